# ruff: noqa: E501  (a rule reads best on one line: its pattern and its corpus lines)
"""English asks and promises: the REQUEST and COMMITMENT tables. The other acts are in
:mod:`chatsync.parser.rules.en`, whose ``TABLES`` holds them all."""

from __future__ import annotations

from chatsync.parser.rules import Act, Rule, table

REQUEST = table(
    Act.REQUEST,
    ("please", "@EN_REQUEST_LEAD => <vw>", ("Please send the invoice", "pls check the numbers")),
    ("verb then please", "^ => @EN_WORK_VERB … please|pls|plz $", ("Send it over please",)),
    (
        "let's have you",
        # let's have you do the area schedule: the work given to the one addressed
        "^ let us? have you => do|@EN_WORK_VERB",  # (have you own X: a role)
        ("let's have you do the area schedule", "let's have you draft the vendor list"),
    ),
    (
        "could you",
        "could|can|would|will you|everyone|everybody|all please? => <vwd>-@EN_MIND",
        (
            "Could you send the invoice to B Corp?",
            "can you review this?",
            "Could everyone send comments?",
        ),
    ),
    (
        # can your crew call him 30 min before arriving?: an ask of the one addressed, for
        # their people to do
        "could your team",
        "could|can|would|will your crew|team|guys|people|side|driver|drivers|tech|techs "
        "please? => <vw>-@EN_MIND",
        ("can your crew call him before arriving?", "could your team check the logs?"),
    ),
    ("would you mind", "would you mind => <vw>", ("Would you mind checking the figures?",)),
    (
        # could you have a look today?: "have a look" is work, not having something
        "could you have a look",
        "could|can|would|will you => have a quick? look|go|peek|think|word|chat",
        ("could you have a look today?", "can you have a quick look at the logs?"),
    ),
    (
        "need you to",
        "need|needs you|someone|somebody|anyone to …",
        ("We need someone to cover the desk", "I need you to sign this"),
    ),
    (
        "someone has to",
        "^ someone|somebody|anyone needs|has|should to? => <vw>",
        ("Someone needs to restart the staging server", "Somebody should update the wiki"),
    ),
    (
        "be able to",
        "could|can|would|will you be able to => <vw>",
        ("Would you be able to look into the flaky test?",),
    ),
    (
        "could I get",
        "could|can|may i get|have => …",
        ("could I get the October feedback summary?", "Can I have the signed copy by Friday?"),
    ),
    (
        "could I ask you",
        "could|can|may i ask you to => <vw>",
        ("Could I ask you to check the numbers?",),
    ),
    (
        "any chance",
        "any chance you|someone|anyone|somebody could|can|would => <vw>",
        (
            "Any chance you could review this today?",
            "any chance someone could export the logo as SVG?",
        ),
    ),
    (
        "any chance I could get",
        "any chance i|we could|can get|have => …",
        ("any chance I could get the product photos by Wed?",),
    ),
    ("mind doing", "^ would|do? you? mind => <vw>", ("Mind taking a look at my PR?",)),
    (
        "don't forget to",
        "do not forget to => <vw>",
        ("Please don't forget to submit your timesheets",),
    ),
    Rule(
        "can we get it done",
        Act.REQUEST,
        "can|could we get|have => … <v.>",
        ("Can we get the contract signed by Friday?",),
        when=("question",),
        strength=0.6,
    ),
    Rule(
        "would be nice to get it done",
        Act.REQUEST,
        "would|will be great|nice|good|ideal|helpful to get|have => … <v.>",
        (
            "would be nice to get the docs fixed before friday",
            "It'd be great to have the FAQ updated",
        ),
        when=("!question",),
        strength=0.6,
    ),
    Rule(
        "can we get it by a time?",
        Act.REQUEST,
        "^ <rbi>* can|could we|i|you get|have => <twqyc>+ by|before <q>|@EN_DUE_WORD …",
        (
            "can we get the QA sign-off by wednesday noon?",
            "can we get the logo files before Friday?",
        ),
        when=("question",),
    ),
    (
        "could one of you",
        "<m> one|either|any of you|them => <vw>",
        (
            "could one of you sanity-check the calibration plot?",
            "can either of you cover the call?",
        ),
    ),
    Rule(
        "a thing, please",
        Act.REQUEST,
        # tire check on truck 12 by 2pm please, it's on the 3pm run: the work, then please
        "^ => <wtq>-@EN_NOT_A_THING_LEAD <wtqcy>* please …",
        (
            "tire check on truck 12 by 2pm please, it's on the 3pm run",
            "two more chairs in room B please",
        ),
        when=("!question",),
        strength=0.7,
    ),
    Rule(
        "could you have it ready",
        Act.REQUEST,
        "<m> you have|get => it|them|this|that|the|everything … ready|done|finished|sorted …",
        ("could you have it ready by friday?", "can you get the badges done before Monday?"),
        when=("question",),
    ),
    Rule(
        "can we do it?",
        Act.REQUEST,
        # can we swap booths B3 and B4?: asked of whoever can, the work named
        "^ <rbi>* so? can|could we => @EN_WORK_VERB …",
        ("can we swap booths B3 and B4?", "could we rebase this onto main?"),
        when=("question",),
        strength=0.6,
    ),
    Rule(
        "I'd need it by",
        Act.REQUEST,
        # show notes, I'd need them by Monday noon: the thing just named, wanted by a time
        "^ i|we would|will? need|want => them|it|this|those|these by|before …",
        ("I'd need them by Monday noon", "we need it before the 3pm call"),
        when=("!question",),
    ),
    Rule(
        # for the spring fair we need the stand layouts by Friday: a thing wanted by a day
        # (a thing, not "we need to talk"; by a day, not "we need a bigger van")
        "we need the thing by",
        Act.REQUEST,
        "^ … we will|would? need => <tq>+ <wvq>+ … by|before <q>|@EN_DUE_WORD …",
        ("for the spring fair we need the stand layouts by Friday",),
        when=("!question", "!conditional"),
        strength=0.6,
    ),
    Rule(
        # passing this on from Legal: they want the signed agreement back this week: a party
        # wants a thing by a day — asked of whoever the message is for
        "they want the thing by",
        Act.REQUEST,
        # (not "they want the request form by fax": how, not when)
        "^ … they want|need => <tq>+ <wvq>+ … by|before|this|next <q>|@EN_DUE_WORD|week|month …",
        ("they want the signed lease back this week",),
        when=("!question", "!conditional"),
        strength=0.6,
    ),
    (
        "need it from you",
        "need|needed => … from you …",
        ("I'd need the draft from you by Wednesday noon",),
    ),
    Rule(
        # waiting on the logo files from you / still waiting for the signed copy from you: what
        # the sender waits for is what the listener owes (not "waiting on the vendor")
        "waiting on it from you",
        Act.REQUEST,
        "^ <rbi>* still? waiting on|for => <tq>* <wvq>+ … from you …",
        ("waiting on the logo files from you", "still waiting for the signed copy from you"),
        when=("from you", "!conditional"),
        strength=0.6,
    ),
    Rule(
        # would be good to have the Q3 numbers before Friday: a thing wanted by a day, said as
        # a wish (by a day: "would be nice to have lunch" asks for nothing)
        "would be good to have it by",
        Act.REQUEST,
        "^ <rbi>* would|will be good|great|nice|helpful|ideal to have|get => <tq>* <wvq>+ …",
        ("would be good to have the Q3 numbers before Friday",),
        when=("dated", "!question", "!conditional"),
        strength=0.6,
    ),
    (
        "would be great if",
        "would|will be great|nice|helpful|good|awesome|ideal if …",
        ("It would be great if you could check it",),
    ),
    Rule(
        "might be worth",
        Act.REQUEST,
        "^ <rbi>* might|may|could|would be worth => <vg>",
        ("might be worth checking whether the new firmware went out",),
        strength=0.6,
    ),
    (
        "it would help if you",
        "would|will help|helps if you|someone …",
        ("it'd help if you could snap a photo of the POP once it's up",),
    ),
    ("appreciate if", "appreciate it? if …", ("I'd appreciate it if you could review",)),
    (
        "would appreciate a",
        # (would appreciate a review by Friday: the I left out, as chat does)
        "^ i? would appreciate|love|welcome a|an|your|some => …",
        ("I'd appreciate a review when you have a moment", "would appreciate a review by Friday"),
    ),
    Rule(
        # it has to be in the rundown before the draw, EOD today please / the deck has to go
        # out tomorrow / this needs signing off by Thu: what a thing must come to, by a day
        "it has to be done by then",
        Act.REQUEST,
        "^ => it|this|that|these|those|<t> <wq>* have|need|needs to be|go|get …",
        ("it has to be in the rundown by EOD today please", "the deck has to go out tomorrow"),
        when=("dated", "!question", "!conditional"),
        strength=0.6,
    ),
    Rule(
        "it needs doing by then",
        Act.REQUEST,
        "^ => it|this|that|<t> <wq>* need|needs <vg> …",
        ("this needs signing off by Thu", "the banner needs reprinting before Friday"),
        when=("dated", "!question", "!conditional"),
        strength=0.6,
    ),
    Rule(
        "could use a hand",
        Act.REQUEST,
        # could use a hand packing the gift bags tomorrow, anyone free?: help with the work
        "^ <rbi>* could|can use|need|needs a|some hand|help with? => <vg>",
        ("could use a hand packing the gift bags tomorrow", "we need some help moving the chairs"),
        strength=0.6,
    ),
    Rule(
        "anyone free to",
        Act.REQUEST,
        "anyone|someone|somebody|anybody|who free|able|available|around|have time? to|can|could => <vw>",
        ("Anyone free to check the invoice today?", "Can someone review this?"),
        strength=0.6,
    ),
    Rule(
        "can someone",
        Act.REQUEST,
        "<m> anyone|someone|somebody => <vw>",
        ("Could someone book the room?",),
        strength=0.6,
    ),
    Rule(
        "can someone with",
        Act.REQUEST,
        # can someone with admin rights bump the timeout?: who, then the work
        "<m> anyone|someone|somebody with|from <tw>+ => @EN_WORK_VERB …",
        ("can someone with admin rights bump the build timeout?",),
        strength=0.6,
    ),
    Rule(
        "ptal",
        Act.REQUEST,
        "ptal => …",
        ("PTAL", "Pushed the new signup form, PTAL when you get a sec"),
        action="Review",
    ),
    Rule(
        # would you have time to look over the copy before the friday call?: an ask, put as
        # whether there is time for it
        "would you have time to",
        Act.REQUEST,
        "would|do|will|could you have time|bandwidth|a|any moment|minute|sec|chance? to => <vw>",
        ("would you have time to look over the copy before the friday call?",),
        when=("question",),
        strength=0.8,
    ),
    Rule(
        # first pass of the map is up … over to you for review 👀 / this one's over to you:
        # the work handed to the one addressed (its thing in the words before)
        "over to you",
        Act.REQUEST,
        "^ <rb>* … over to you for? review|a|the? <w>? $",
        ("over to you for review", "over to you"),
        when=("!question", "!conditional"),
        strength=0.7,
        action="Review",
    ),
    Rule(
        # the lender wants a credit line on the panel — this one's yours 🙂: the work named
        # before, handed to the one addressed
        "this one's yours",
        Act.REQUEST,
        "^ this|that|that's|it's one|one's? be? all? yours $",
        ("this one's yours", "that one is yours"),
        when=("!question", "!conditional"),
        strength=0.7,
        action="Handle",
    ),
    Rule(
        # assigning #425 to you / I'm handing the vendor audit over to you: the work given to
        # the one addressed
        "assigning it to you",
        Act.REQUEST,
        "^ <rb>* assigning|assign|reassigning|handing => … over? to you …",
        ("assigning #425 to you", "I'm handing the vendor audit over to you"),
        when=("!question", "!conditional"),
        strength=0.7,
    ),
    Rule(
        # kindly do the needful (by EOD): handle what the message or the one before names
        "do the needful",
        Act.REQUEST,
        "^ also|and? @EN_REQUEST_LEAD? do the needful for|on? => …",
        (
            "kindly do the needful",
            "please do the needful by EOD",
            "also kindly do the needful for it",
        ),
        action="Handle",
    ),
    (
        "take a look",
        "^ => take|have a look …",
        ("Take a look when you can", "have a look at the draft"),
    ),
    Rule(
        "it needs",
        Act.REQUEST,
        "^ => … need|needs a|an|the|some|another|your|our? <w>? @EN_WORK_VERB|look|sign-off|approval|translation|pass|proofread|ok|okay|go-ahead|signature|input|version|draft|rewrite|edit …",
        (
            "Also, the price list needs the same check",
            "the Norwegian FAQ also needs a proofread",
            "the Q4 group rates need your sign-off",
            "the tagline needs an EN version",
        ),
        when=("!question",),  # does the form need the total filled in? asks how, not for work
    ),
    Rule(
        "need it, please",
        Act.REQUEST,
        # [To:Dan] need 600 words on the strike, filed by 21:00 please: "I" left unsaid
        "^ need => <tqw> … please|pls|plz|thanks|thx $",
        ("need 400 words on the floods by 6 please", "need the signed copy back, thanks"),
        when=("!question",),
    ),
    Rule(
        "needs it by a date",
        Act.REQUEST,
        "^ => <twqy>+ need|needs <tw>-@EN_OBJECT_PRONOUN+ by|before <q>|@EN_DUE_WORD …",
        (
            "the Gdańsk film needs JP subtitles by 10/6",
            "the lobby needs new signage before Friday",
        ),  # not "Daisuke needs them by Tuesday" or "I'd need the proof by 11/21": what someone needs
        when=("!question", "!past"),
    ),
    Rule(
        "thing out by a date",
        Act.REQUEST,
        # a to-do said without its verb: the notice out by 2/24, the deck ready by tomorrow
        "^ => the|our|your|all? <wqv> <wq>? <wq>? out|ready by|before <q>|@EN_DUE_WORD …",
        ("tenant letters out by 3/10", "name badges ready before Friday", "deck ready by tomorrow"),
        when=("!question", "!past"),
    ),
    Rule(
        "still missing",
        Act.REQUEST,
        "^ we|i be still? missing => …",
        ("we're still missing the signed W-9 from the contractor",),
        when=("!question",),
    ),
    Rule(
        "needs a new part",
        Act.REQUEST,
        "^ => <twqy>+ need|needs a|an|some new|fresh|replacement|spare <w>+",
        ("the visitor badge printer needs a new ribbon", "the lab fridge needs a replacement seal"),
        when=("!question", "!past"),
    ),
    Rule(
        "pending on your side",
        Act.REQUEST,
        "^ => … still? pending|outstanding|waiting|blocked on|from|with you|your …",
        (
            "the KDM for 'Lanterns' is still pending on your side",
            "the W-9 is still outstanding from you",
            "the release is blocked on you",
        ),
        when=("!question",),
    ),
    Rule(
        "to be done",
        Act.REQUEST,
        "^ => <twqc> … need|needs|has|have|is|are? to be <v.> …",  # (not: Made to be used)
        (
            "Maintenance ticket needs to be opened",
            "Airport taxi for Ms. Varga to be booked for Sunday",
            "the badge has to be renewed",
        ),
        when=("!question",),
    ),
    (
        "go ahead and",
        "^ <rbi>* go ahead and => <vw>",
        ("go ahead and send it to the families", "Go ahead and book the earlier flight"),
    ),
    Rule(
        "same for",
        Act.REQUEST,
        "^ => same|ditto for|with <tw>+ …",
        ("same for the evening class please", "same for the board-book edition btw"),
        when=("!question",),
        strength=0.6,
    ),
    ("make sure", "^ make sure => …", ("Make sure the slides are uploaded by noon",)),
    (
        # ok. let's get the last 2 blocks rebooked within 2 business days: the state asked for
        "let's get it done",
        # (not "let's get the last bits locked": no thing named, a rallying call)
        "^ let us get|have => <wtq>-@EN_VAGUE+ <v.> …",
        ("let's get the last 2 blocks rebooked within 2 business days",),
    ),
    (
        # We need them delivered to our Chiba warehouse by 1/12: the state wanted, by a day
        "we need it done by",
        "^ we|i need|want|needed => <wtqr>+ <v.> … by|before <q>|@EN_DUE_WORD …",
        ("We need them delivered to our warehouse by 1/12 at the latest",),
    ),
    (
        # please have a cot set up in 1107 by Friday: the state the work leaves, asked for
        "please have it done",
        "^ please|pls have => <wtq>+ <v.> …",
        ("please have a cot set up in 1107 by Friday", "pls have the invoices sent by noon"),
    ),
    Rule(
        # can you get a quote for the Colombia lot? the Guatemala lot too: the same ask, for
        # another thing (pointers.same_for names it)
        "the other one too",
        Act.REQUEST,
        "^ the|our|their <wq>+ too|also $",
        ("the Guatemala lot too", "the Kyoto bid too"),
        when=("!question",),
        strength=0.6,
    ),
    Rule(
        # Plan for the week below 👇 / notes from today attached: a heading that points at
        # what follows, not "plan" asked for
        "a heading for what follows",
        Act.INFO,
        "^ <wv> for|of|from <wtcq>* below|above|attached|here $",
        ("Plan for the week below", "notes from today attached"),
    ),
    Rule(
        # quote, on it 👍: the line of the list replied to, taken (not "quote" asked for)
        "thing, on it",
        Act.COMMITMENT,
        "^ <wvq>+ , <rb>* on it|this $",
        ("quote, on it", "slides, on this"),
    ),
    Rule(
        "imperative",
        Act.REQUEST,
        "^ => @EN_WORK_VERB",
        when=("!past", "!subject", "!label"),
        examples=(
            "Send me the deck by Friday",
            "Check the logs",
            "Book a room for Monday",
            "Send the updated deck",
        ),
    ),
    Rule(
        "thoughts?",
        Act.REQUEST,
        "^ any? thoughts|feedback|comments|opinions|objections $",
        ("thoughts?", "any feedback?"),
        when=("question",),
        action="Review",
        strength=0.6,
    ),
    ("todo", "^ todo|action|ai|task : => …", ("TODO: update the FAQ", "AI: book the venue")),
    Rule(
        "labelled imperative",
        Act.REQUEST,
        "^ => <wtq>+ : @EN_WORK_VERB",
        when=("!past",),
        examples=("end card: hold it 2 more seconds", "Slide 4: update the revenue chart"),
    ),
)

COMMITMENT = table(
    Act.COMMITMENT,
    Rule(
        "if I had the time, I'd",
        Act.INFO,
        # if I had a free evening I'd also rewrite the impact section: a wish under a
        # condition not met (past tense after if), no promise
        "^ if <rw> <v.>|have|be … i|we would …",
        (
            "if I had a free evening I'd also rewrite the impact section",
            "if we had budget we would redo the deck",
        ),
    ),
    Rule(
        "I'd do it so",
        Act.INFO,
        # data note: the csv has a gap … I'd interpolate and flag it: what the sender would
        # do, as advice — no day, no promise (not "I'd send it by Friday")
        "^ i would => <vw>-@EN_NOT_WORK …",
        ("I'd interpolate and flag it in the source line", "I would round those up"),
        when=("!dated", "!question"),
    ),
    Rule(
        "I will",
        Act.COMMITMENT,
        "i will|would|can|shall also? then? quickly? => <vwd>-@EN_NOT_WORK …",
        (
            "I'll send it by Friday",
            "I can do the slides",
            "I'll take care of it",
            "I'll take this one",
        ),
    ),
    ("I'm going to", "i be going|gonna to? => <vw>", ("I'm going to fix it tonight",)),
    (
        # I should be able to get the revised form to Priya by Thursday: a promise, hedged
        "I should be able to",
        "^ <rbi>* i|we should|ought be able to => <vw>-@EN_NOT_WORK|get …",
        ("I should be able to get the revised form to Priya by Thursday",),
    ),
    (
        "I plan to",
        "^ <rbi>* i|we be? plan|planning|intend|intending|aim|aiming|expect|expecting to => <vw>-@EN_NOT_WORK …",
        ("I plan to refresh the screenshots by Friday", "we're aiming to ship the fix on monday"),
    ),
    Rule(
        "I'll try to",
        Act.COMMITMENT,
        "^ <rbi>* i|we will try to => <vw>-@EN_NOT_WORK …",
        ("I'll try to look at it tomorrow", "we'll try to send the quote today"),
        strength=0.6,
    ),
    (
        "I'll get a thing",  # "get" alone is no work (I'll get back to you); a thing makes it
        "i will => get|grab|fetch a|an|the|some|those|these|their <wv>+ from|for|to …",
        ("I'll get a signed PDF from them", "I'll grab the spare keys from reception"),
    ),
    ("going to", "^ going|gonna to? => <vw>-@EN_NOT_WORK", ("Going to update the wiki tonight",)),
    Rule("will do", Act.ACCEPT, "^ will do $", ("Will do", "will do!")),
    Rule("can do", Act.ACCEPT, "^ can do $", ("can do", "Can do!")),
    Rule("will do, thanks", Act.ACCEPT, "^ will do ,|!|. …", ("Will do, thanks Ethan",)),
    (
        # Oscar-san and me will do it on 5/7: the sender among those who promise
        "X and I will",
        "^ <w>+ and|& me|i will => <vwd>-@EN_NOT_WORK",
        ("Oscar-san and me will do it on 5/7", "Ken and I will redo the floor plan"),
    ),
    (
        "subject-less will",
        "^ will => <vwd>-@EN_NOT_WORK",
        ("Will fix it tomorrow", "will send later", "will do it first thing monday"),
    ),
    (
        "will have it",
        "^ will have|get => it|them|this|that|the|everything … <v.>|ready|done|finished|over|out|back …",
        ("will have the PDF export fix out by EOD", "will get the slides done tonight"),
    ),
    ("on it", "^ <rbi>* on it|this $", ("On it", "I'm on it")),
    (
        "will go through",
        "^ i? will => go through|over …",
        ("will go through the CVs today", "I'll go over the draft tonight"),
    ),
    Rule(
        "coming",
        Act.COMMITMENT,
        "^ => <wtqv>+ coming …",
        ("tap list coming 来週頭", "revised quote coming tomorrow"),
        strength=0.7,
    ),
    ("label: on it", "^ <wq>+ : <rb>* on it|this $", ("program proof: on it", "slides: on it")),
    Rule(
        "a gerund, then done",
        Act.DONE,
        # [info][title]Booking confirmed 🚢[/title]: the booking (a noun) is confirmed — a
        # heading that reports, not "book" promised
        "^ <vG> @EN_PAST_DONE <y>* $",
        ("Booking confirmed", "Shipping done"),
        when=("!question",),
    ),
    Rule(
        "taking a look",
        Act.COMMITMENT,
        "^ <rbi>-@EN_THIRD_PERSON* => taking|looking|handling|checking|fixing|sending|updating|preparing|drafting|writing|booking|reviewing|working …",
        # (not "they're sending a new rate card next week": someone else's work)
        ("Taking a look now", "Looking into it", "Sending the report now"),
        when=("!label",),  # booking update: Dr. Haldane confirmed — a heading, no promise
    ),
    Rule(
        # got it, starting the QC now: the next step taken on, from now
        "starting it now",
        Act.COMMITMENT,
        "^ <rbi>-@EN_THIRD_PERSON* starting|beginning on? => <wt> … now|today|tonight $",
        ("starting the QC now", "beginning on the inventory today"),
        when=("!question", "!label"),
    ),
    Rule(
        "we're changing things then",
        Act.INFO,
        # we're migrating the run sheet to the new template on Monday: a change announced to
        # the room (extraction.md: "we're migrating Thursday"), not one person's promise
        "^ we be migrating|moving|switching|upgrading|changing|closing|shutting|retiring|"
        "relocating|renaming|replacing|rolling …",
        (
            "we're migrating the run sheet to the new template on Monday",
            "we're moving office in May",
        ),
        when=("!question",),
    ),
    Rule(
        "doing it later",
        Act.COMMITMENT,
        # reconciliation done, 2 receipts missing. uploading them tomorrow: a plan, said short
        "^ <rbi>-@EN_THIRD_PERSON* => @EN_ING_WORK … @EN_LATER …",
        ("uploading them tomorrow", "sending the invoice on monday"),
        when=("!question", "!label"),
    ),
    ("let me", "^ let me => <vw>-@EN_TELL …", ("Let me check", "Let me handle the booking")),
    ("leave it to me", "leave it|this|that to|with me …", ("Leave it to me",)),
    ("I got this", "^ i get|got|have this|it $", ("I got this",)),
    (
        "I'll have it by a day",
        "i will have|get => it|them|this|that|those|these by|before <q>|@EN_DUE_WORD …",
        ("I'll have them by friday", "I'll get it before the 20th"),
    ),
    (
        "I'll have it to you",
        "i will have|get => it|them|this|that|the|everything … to you|u|them|him|her …",
        ("so I'll have it to you tuesday 11/4", "I'll get the figures to you by noon"),
    ),
    (
        "I'll have it",
        # (I'll get a first pass of the run of show over by Friday: a draft of it, over)
        "i will have|get => it|them|this|that|the|a|an|my|our|everything … <v.>|ready|done|finished|over|out|back …",
        (
            "I'll have the numbers ready by then",
            "I'll have it out tomorrow",
            "I'll get a first pass over by Friday",
        ),
    ),
)
