# ruff: noqa: E501  (a rule reads best on one line: its pattern and its corpus lines)
"""English speech-act rules, on the same pipeline as Japanese: one table per act.

Tokens are lower-case words with contractions opened (I'll → i will, didn't → do. not);
``/v.`` is a past form, ``/m`` a modal, ``/r`` a pronoun (see :mod:`chatsync.parser.morph`).
"""

from __future__ import annotations

from chatsync.parser.rules import Act, Rule, table
from chatsync.parser.rules.en_asks import COMMITMENT, REQUEST

CANCEL = table(
    Act.CANCEL,
    ("no longer needed", "no longer …", ("This is no longer needed", "no longer necessary")),
    (
        "we don't need it after all",
        "not need|want … after all …",
        ("so we don't need the van after all", "we won't need the banner after all"),
    ),
    (
        "we don't need it anymore",
        "not need|want … anymore|more …",
        ("We don't need the extra chairs anymore", "we don't need a second quote any more"),
    ),
    (
        "not needed",
        "not needed|necessary|required …",
        ("not needed anymore", "it's not necessary any more"),
    ),
    (
        "cancel",
        "cancel|cancelled|canceled|canceling|cancelling …",
        ("Cancel that, sorry", "The order is cancelled"),
    ),
    ("let's not", "let us not @EN_WORK_VERB …", ("so let's not book the caterer after all",)),
    (
        # no worries, forget this one then: the asker calls it off (not "don't forget …")
        "forget this one",
        "^ <i>* just? forget|skip|drop it|this|that one? then? $",
        ("forget this one then", "skip it", "just drop that one"),
    ),
    Rule(
        "dropping it",
        Act.CANCEL,
        # ok, dropping the Korean quote then: the one who promised calls it off
        "^ <rbi>* dropping|scrapping|shelving|ditching|cancelling|canceling the|this|that|it|my <w>* …",
        ("ok, dropping the Korean quote then", "scrapping the teaser, no time"),
        when=("!question",),
    ),
    (
        "let's drop it",
        # let's drop the audiograms for this ep: the work called off
        "^ <w>? let us drop|skip|scrap|shelve|ditch …",
        ("let's drop the audiograms for this ep", "ok let's skip the teaser this time"),
    ),
    ("never mind", "never mind …", ("Never mind, we found it",)),
    ("nvm", "^ <w>? nevermind|nvm …", ("nevermind, found it", "actually nvm, the BI team has it")),
    (
        "we don't need ours",
        "^ so? we|i do? not need|want ours|it|this|that|them|one|those $",
        ("so we dont need ours", "we don't need it"),
    ),
    (
        "scratch that",
        "scratch|disregard|ignore that|this|it|my …",
        ("Scratch that", "Please disregard my last message"),
    ),
    ("called off", "call|called off …", ("The visit is called off",)),
    (
        # (Felix, scrap the bike shed quote: a name called first)
        "scrap the X",
        "^ <rbi>* <w>? <y>? scrap|scratch|bin all? of? the|that|this|those|them|it|both|two|three|four|five|<q> …",
        ("scrap the offer pack", "Felix, scrap the bike shed quote", "scrap all of that"),
    ),
    (
        "going another way",
        "go|going|went a|another different? way|direction|route …",
        ("we're going a different way, the vendor swaps the part", "we went another direction"),
    ),
    ("we'll skip", "skip it|this|that …", ("we can skip this",)),
    # (not "drop it in the folder": put it somewhere)
    ("we'll drop it", "drop it|this|that $", ("We can drop this",)),
    (
        "we'll drop it, then",
        "drop it|this|that ,|then|for|please|now|too|altogether|entirely|completely …",
        ("let's drop it for now", "drop that altogether"),
    ),
    (
        "we can skip the X",
        "^ <rbi>* so? we|you can|could skip|drop the …",
        ("so we can skip the intro call", "we can drop the second survey"),
    ),
    (
        "back in the backlog",
        "put|putting|move|moving|moved|throw|throwing it|this|that back? in|into|to the backlog …",
        ("putting it back in the backlog", "moved it to the backlog for now"),
    ),
    (
        "no time after all",
        "not have|find time|bandwidth|capacity for … after all …",
        ("I won't have time for TW-2281 this sprint after all",),
    ),
    (
        "let's drop the X",
        "^ <rbi>* <w>? let|lets us? drop|skip|scrap|shelve the|that|this <w>* thing|idea|plan|part|bit|one …",
        (
            "actually lets drop the template thing, the new cms has its own",
            "let's skip the survey part",
        ),
    ),
    ("won't be needed", "will not be needed|necessary …", ("won't be needed after all",)),
)

NOT_DONE = table(
    Act.NOT_DONE,
    (
        # bulbs swapped in 204; 206 still flickers: the trouble the work was for is still there
        "the fault persists",
        "^ <wqtyv>* still|again @EN_FAULT …",
        ("206 still flickers", "the back tap still drips, pretty sure it's the washer"),
    ),
    (
        # proofread done except the appendix: all but one part, so not yet done
        "done except a part",
        "… done|finished|complete|completed|ready|sorted except|apart|besides|minus …",
        ("proofread done except the appendix", "all finished apart from box 3"),
    ),
    (
        # tried booking, the portal keeps throwing a 403 at me: an attempt, and what stopped it
        "tried doing it",
        "^ i? tried <vg> …",
        ("tried booking, the facility portal keeps throwing a 403 at me", "tried calling twice"),
    ),
    (
        # called Kestrel twice, straight to voicemail both times: tried, nobody reached
        "nobody reached",
        "… straight|went|goes|going to voicemail|vm …",
        ("called Kestrel twice, straight to voicemail both times", "went to voicemail again"),
    ),
    (
        "no answer",
        "^ still? no answer|anwser|reply|response …",
        ("no answer", "still no reply from the landlord"),
    ),
    (
        "tried, no answer",
        "… , still? no answer|anwser|reply|response …",
        ("called Mbeko Motors twice, no anwser",),
    ),
    (
        "but no luck",
        "… but|however … nobody|no|not|never <vwg>-@EN_MILD …",  # not "one nit but not blocking"
        ("I called but nobody picked up", "tried twice but no luck"),
    ),
    Rule(
        "have not done",
        Act.NOT_DONE,
        "^ <r>? have|has not <v.> …",
        ("havent logged it yet", "we haven't sent the invoice"),
        when=("!question",),
    ),
    (
        "slipping",
        "^ <wtq>+ be slipping|late|behind|delayed …",
        ("style guide draft is slipping, GW got in the way", "the translation is late"),
    ),
    (
        "has not been done",
        "^ <wtqc>+ … have not yet? be <v.> …",
        ("the invoices haven't been sent", "the labels have not yet been printed"),
    ),
    (
        "not done",
        "not quite? yet? done|finished|complete|completed|ready|there|final …",
        ("It's not done yet", "not finished", "v1 is in the folder, not final yet"),
    ),
    (
        "did not get to it",
        "do|have not … get|finish|finished|complete|completed|started|start|manage|managed …",
        ("I didn't get to it", "haven't finished", "didn't manage to send it"),
    ),
    ("still working", "still working|going …", ("Still working on it",)),
    (
        # unit 19 still fails e-stop. swapped the relay, same result: the fault stays
        "still failing",
        "^ <wtq>* be? still fails|failing|crashing|crashes|leaking|leaks|broken|erroring …",
        ("unit 19 still fails the e-stop test", "the sync is still crashing on login"),
    ),
    (
        "still waiting",
        # (not "still pending on your side": that asks the one it names)
        "still waiting on|for …",
        ("still waiting on that", "still waiting for the courier"),
    ),
    (
        "still pending",
        "^ <wtqv>+ be? still pending|outstanding|missing $",
        ("the last two invoices are still outstanding", "the signed copy is still missing"),
    ),
    (
        "still pending from",
        # the ones before the verb say which; (not "still outstanding from you": that asks
        # the one it names)
        "^ <wtqv>+ be? still pending|outstanding|missing from|on|with|at <wtv>-@EN_YOU …",
        (
            "accelerated ones still pending from the lab",
            "the refund is still pending with the bank",
        ),
    ),
    (
        "a share done",
        # area schedule 80% done: how far along, not finished (40/40 done is all of it)
        "<q>-@EN_FULL % done|finished|complete|there|through …",
        ("area schedule 80% done", "the deck is 60% there"),
    ),
    (
        # (not "training stats attached, 96% completed": a figure the report gives)
        "about a share done",
        "about|around|roughly|maybe|only|~ <q>-@EN_FULL % <v.> …",
        ("responses are about 60% drafted", "the index is only 30% built"),
    ),
    (
        "run out",
        # badge printer is out of ribbon: what the work needs is missing
        "is|are|be|'s|'re out of <w> …",
        ("badge printer is out of ribbon", "we're out of toner"),
    ),
    (
        "but still needs",
        "… <v.>|done|ready but still need|needs|missing|waiting|pending …",
        ("the report is drafted but still needs the probe calibration cert",),
    ),
    # not "Svalbard is still on the old firmware": a state, not work under way
    ("still on it", "still on it|this|that $", ("still on it",)),
    (
        "half done",
        "half|halfway|partly|partially|almost|nearly|mostly|~|two-thirds|three-quarters|a-third <wq>? <v.>|done|finished|there|through|complete|completed|ready|fixed|sorted|way …",
        (
            "Half done",
            "almost there",
            "the audio dip is only half fixed",
            "the budget is only half written",
            "Tutorial LQA is ~ done",
        ),
    ),
    (
        "some of them",
        "^ <rbi>* @EN_WORK_VERB|@EN_PAST_DONE <q> of <q> …",
        ("proofread 4 of 6, the last two need an answer", "checked 3 of 5 invoices so far"),
    ),
    (
        "some of them, then the verb",
        "<q> of|/ the? <q> <w>* @EN_PAST_DONE|<v.>|done …",
        ("Site 03: 12 of 14 queries closed", "9 of 12 invoices sent", "3 of the 4 roles updated"),
    ),
    (
        "came out wrong",
        # crowd pics all came out blurry: made, but not usable (not "the newsletter came out")
        "came|come|comes|turned out all? too? blurry|wrong|dark|badly|bad|crooked|unusable|fuzzy …",
        ("crowd pics from last night all came out blurry", "the prints came out too dark"),
    ),
    (
        "still needs more",
        # rule is written, still needs a test in staging: a remainder of the work (not "still
        # needs your sign-off", which asks the one it names)
        "^ but? still needs|requires <wtq>-@EN_YOU …",  # (not "still need X from you": an ask)
        ("still needs a test in staging before I turn it on", "still needs the appendix"),
    ),
    (
        "only some done",
        # tote mockups: only one is done, sorry — a count short of the work asked
        "^ <wtqy>* only|just one|two|three|<q> <wtc>* be? done|finished|ready|<v.> …",
        ("tote mockups: only one is done, sorry", "only two of the flyers printed so far"),
    ),
    (
        "still missing",
        # draft PR is up, still missing tests for week 53: part of the work is not there yet
        "^ but? still missing|lacking|without …",
        ("still missing tests for week 53", "but still missing the appendix"),
    ),
    ("in progress", "in progress|underway …", ("It's in progress",)),
    (
        "blocked",
        # not "the release is blocked on you": that asks the one it names
        "^ <rbi>* <wtry>* be? still? blocked|stuck|held on|by|up|behind <wtqyrv>-@EN_YOU …",
        ("still blocked on the vpn", "we're stuck on the build", "blocked by #120"),
    ),
    ("will be done", "will|should be done|ready|finished …", ("It will be done by noon",)),
)

OFFER = table(
    Act.OFFER,
    (
        # the hose is perished too, I'd replace it next visit if you OK it: offered, on a
        # condition — the task comes when someone says yes
        "I'd do it if",
        "… i|we would => <vw>-@EN_NOT_WORK … if …",
        ("I'd replace it next visit if you OK it", "we'd redo the grout if the owner approves"),
    ),
    Rule(
        # I'd suggest we wait / I'd go with the cheaper one: advice, no promise
        "I'd suggest",
        Act.INFO,
        "^ <rbi>* i|we would suggest|recommend|advise|say|go …",
        ("I'd suggest we wait for the second quote", "I'd go with the cheaper one"),
    ),
    Rule(
        "answer by a time",  # before "if you have": a decision asked for by a day
        Act.REQUEST,
        "^ … let|lmk|tell me|us? know? by|before <q>|@EN_DUE_WORD <w>? whether|if|which …",
        (
            "lmk by Thursday whether the illustrator is ok with option A",
            "lmk by Thu if you have bandwidth",
            "can you tell me by wed which ones we can fix this sprint?",
        ),
        action="Confirm",
    ),
    ("let me know if", "let me|us know if|whether …", ("Let me know if you need anything",)),
    ("if you need", "if you need|want|have …", ("If you need help, ping me",)),
    (
        "if anyone",
        "^ if anyone|anybody|someone|somebody … i will|can|could …",
        ("if anyone has samples in the cold room, ping me and I'll help you move them",),
    ),
    (
        "if anyone needs, shout",
        "^ if … need|needs|want|wants … shout|holler|ping …",  # give me a shout, ping me
        ("if anyone needs help with the raffle just shout", "if you want a hand, ping me"),
    ),
    ("feel free", "feel free …", ("Feel free to reach out",)),
    (
        "if so, I can",
        "^ if … i can|could|will …",
        ("If not I can ask the supplier", "if needed I'll call them"),
    ),
    (
        "I can if",
        "^ i can|could … if …",
        ("I can do it if nobody else can", "I could take the Friday shift if needed"),
    ),
    ("happy to help", "happy|glad to help|assist …", ("Happy to help",)),
    (
        "ping me if",
        "ping|reach|call|message|email|shout|holler|yell … if …",
        ("Reach out to me if anything's missing",),
    ),
    Rule(
        "can help out",
        Act.OFFER,
        "i can|could help|assist out? …",
        (
            "I can help out",
            "I could help",
            "fwiw I can help out with the launch stuff if anyone needs hands",
        ),
    ),
    (
        "when ready",
        # approved ✅ merge when ready: leave to act, not work asked for
        "^ <w> … when|whenever|once ready $",
        ("merge when ready", "ship it once ready"),
    ),
    ("whenever", "^ <w> … whenever $", ("ship it whenever",)),
    Rule("shall I", Act.OFFER, "^ shall|should i …", ("Shall I book it?",), when=("question",)),
    Rule(
        "want me to",
        Act.OFFER,
        "want|like me to …",
        ("Do you want me to send it?",),
        when=("question",),
    ),
)

INFO_ASK = table(
    Act.INFO_ASK,
    (
        # 確認 please: is the sakura latte on the POP too?: a label, then the question asked
        "check please: a question",
        "^ <wn>+ please|pls : be|do|have|can|will|would|should|which|what|when|where|who …",
        ("確認 please: is the latte on the POP too", "quick check pls: are we open on the 23rd"),
    ),
    Rule(
        # would you like the battery indoors or on the north wall?: a choice asked, no work
        "which would you like",
        Act.INFO_ASK,
        "… would|do you like|prefer|want … or …",
        ("would you like the battery indoors or on the north wall?", "do you prefer red or blue?"),
        when=("question",),
    ),
    (
        "let me know",
        "^ … let me|us know …",
        ("Could you let me know your availability?", "let me know when it's ready"),
    ),
    Rule(
        "wh-question",
        Act.INFO_ASK,
        "^ <t>? what|where|when|who|why|how|which <bmdh> …",
        ("Where is the deck?", "When is the meeting?", "How's it going?", "Where did we put it?"),
        when=("question",),
    ),
    Rule(
        "yes-no about state",
        Act.INFO_ASK,
        "^ be|do|have the|this|that|it|we|they|he|she|these|those|our|my|your …",
        ("Is the room free tomorrow?", "Did the package arrive?", "Have we heard back?"),
        when=("question",),
    ),
    Rule(
        "do you know",
        Act.INFO_ASK,
        "<m> you tell me …",
        ("Can you tell me where it is?",),
    ),
    Rule(
        # can someone remind me where the spare lanyards are kept?: a question, no work
        "remind me where",
        Act.INFO_ASK,
        "remind|tell|show me|us where|what|when|how|who|which …",
        (
            "can someone remind me where the spare lanyards are kept?",
            "remind me what the wifi code is",
        ),
    ),
)

RESCHEDULE = table(
    Act.RESCHEDULE,
    Rule(
        # the overlay can wait, next Wednesday is fine: put off to the day said
        "it can wait till a day",
        Act.RESCHEDULE,
        "… can|could wait|slip , <w> <w>? be fine|ok|okay …",
        ("the overlay can wait, next Wednesday is fine", "the flyers can slip, Friday's fine"),
        when=("!question",),
    ),
    # A price pushed back or down is bargained, not put off: I'll push the body shop back to
    # ~410k (a promise to haggle); I'd push back to around ¥410k (advice, no task).
    Rule(
        "I'll push a price down",
        Act.COMMITMENT,
        "^ i|we will => push|talk|bring|knock <tw>* back|down to <w>? <y>? <q> …",
        ("I'll push the body shop back to ~410k", "we'll talk the vendor down to 5%"),
    ),
    Rule(
        "I'd push a price down",
        Act.INFO,
        "^ i|we would push|talk|bring|knock <tw>* back|down to <w>? <y>? <q> …",
        ("I'd push back to around ¥410k before approving",),
    ),
    ("until instead", "until|till … instead …", ("Can I have until Monday instead?",)),
    ("by then instead", "by … instead $", ("I'll get it to you by Thursday 5pm instead",)),
    (
        # lab says the data lands thursday, so the CMC update will be Friday: its new day
        "it will be then",
        # (the prep list will have to be 12/21: a date the work must move to)
        "… will have|need? to? be on? @EN_LATER|<q> <w>? <y>? sorry|apologies? $",
        (
            "so the CMC update will be Friday",
            "the report will be next week",
            "the prep list will have to be 12/21",
            "approval will be Friday now, sorry",
        ),
    ),
    (
        # the invoice will go out Thursday instead: the thing's new day, said by who does it
        "will happen then instead",
        "… will <wbv>+ … @EN_LATER|<q> instead …",
        ("the invoice will go out Thursday instead", "the parts will arrive monday instead"),
    ),
    Rule(
        # the log is two-thirds done… Would next Thursday be acceptable?: a later day asked for
        "would a day do?",
        Act.RESCHEDULE,
        "^ would|could|will|be|does @EN_LATER <w>? be|do? acceptable|ok|okay|fine|alright|work …",
        ("Would next Thursday be acceptable?", "would Monday work?", "is Friday ok?"),
        when=("question",),
    ),
    Rule(
        "another day instead?",
        Act.RESCHEDULE,
        "^ <wq>+ instead $",
        ("Wednesday instead?", "3/8 instead?"),
        when=("question",),
    ),
    Rule(
        "could we say instead?",
        Act.RESCHEDULE,
        "^ could|can we say|make|do it? … instead $",
        ("could we say 3/8 instead?", "can we make it Friday instead?"),
        when=("question",),
    ),
    Rule(
        "a day works",
        Act.RESCHEDULE,
        # [rp] 11/14 works for us / Thursday is fine: the asker agrees to the new day
        "^ next|the? <q>|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|tomorrow|tmrw th|st|nd|rd? be? works|fine|ok|okay …",
        ("11/14 works for us", "Thursday is fine", "next monday works"),
        when=("!question",),
    ),
    Rule(
        "that day then",
        Act.RESCHEDULE,
        # [rp can I have until Wednesday?] sure, Wednesday then: the day asked for, agreed
        "^ next|the? <q>|monday|tuesday|wednesday|thursday|friday|saturday|sunday th|st|nd|rd? then $",
        ("Thursday then", "the 14th then"),
        when=("!question",),
    ),
    ("have until", "have|get until|till …", ("Could I have until Friday?",)),
    (
        "need until",
        # gonna need till monday for the cut, sorry: more time, with the day
        "need|needs until|till|til <q>|@EN_DUE_WORD …",
        ("gonna need till monday for the cut, sorry", "I'll need until the 20th"),
    ),
    Rule(
        "can I finish by",
        Act.RESCHEDULE,
        "^ <rbi>* can|could|may i finish|do|send|submit|deliver|return|share|complete <rt>? … by …",
        ("can I finish them by next Monday?", "Could I send it by the 20th instead?"),
        when=("question",),
    ),
    Rule(
        "can I send it then",
        Act.RESCHEDULE,
        "^ <rbi>* can|could|may i finish|do|send|submit|deliver|return|share|complete <rt>? on? @EN_LATER …",
        ("can I send it Monday?", "could I do it next week?"),
        when=("question",),
    ),
    ("push back", "push|move|shift|bump it|this|that? back|to …", ("Can we push it to Monday?",)),
    (
        "move X to a day",
        "^ so? let? us|we? push|move|shift|bump <tw>+ to|till|until <q>|@EN_DUE_WORD …",
        ("so let's move the dataset lock to 12/1 (Fri)", "move the handover to Monday"),
    ),
    Rule(
        "can we say a day?",
        Act.RESCHEDULE,
        "^ so? could|can we say|make it? <q>|@EN_DUE_WORD …",
        ("so can we say 11/28 for the whole batch?", "can we make it Friday?"),
        when=("question",),
    ),
    (
        # that's a holiday here — let's say Tuesday: the requester names the new day
        "let's say a day",
        "^ so|ok|okay? then? let us say|make it? <q>|@EN_DUE_WORD …",
        ("let's say Tuesday", "ok let's make it Friday then"),
    ),
    ("extension", "extension …", ("Can I get an extension?",)),
    (
        "slips to",
        "slip|slips|slipped|slide|slides|slid to|until|till …",
        ("so those slip to Tuesday", "the handover slides to next week"),
    ),
    (
        "we postpone",
        "i|we … postpone|delay|extend|reschedule|push …",
        ("Can we postpone it a week?",),
    ),
    (
        "more time",
        "more <w>? time|days|weeks …",
        ("I need a bit more time", "can I have 2 more business days?"),
    ),
)

INFO = table(
    Act.INFO,
    Rule(
        "need to know first",
        Act.INFO,
        # ETA on the restock? need to know before I can price the order: what the sender's own
        # next step waits on, not a promise of it
        "^ i? need|needs to? know|it|that|this|confirmation before|so|until|then i|we can|could …",
        ("need to know before I can price the order", "need it before we can book the van"),
    ),
    Rule(
        # sorry, swamped with the copyedit this week: what keeps the sender busy, no report
        "swamped with",
        Act.INFO,
        "^ <wi>* ,? i? be? swamped|slammed|buried|snowed|tied up? with|under|up …",
        ("sorry, swamped with the launch this week", "slammed with month-end"),
    ),
    Rule(
        # the client's IT admin just emailed: their cert rotates Friday: news relayed, what
        # someone else said (no work of the sender's reported)
        "someone wrote in",
        Act.INFO,
        "^ <wtrq>+ just|also? emailed|called|wrote|messaged|texted|rang|phoned|pinged :|, …",
        ("the landlord just emailed: the boiler service is on Monday",),
    ),
    Rule(
        # all shipping docs sent over — check your inbox 📎: where the thing is, not work
        "check your inbox",
        Act.INFO,
        "^ check|see your inbox|email|e-mail|mail|dms|messages|spam $",
        ("check your inbox", "see your email"),
    ),
    Rule(
        # sorry, forgot to say — by Friday pls: an apology for what was left out, no report
        "forgot to say",
        Act.COURTESY,
        "^ sorry|oops|ah|argh ,? i? forgot|forget to? say|mention|add|tell|ask …",
        ("sorry, forgot to say", "oops, forgot to mention"),
    ),
    Rule(
        # get well soon Sam 🙏 / safe travels: wishes, no work
        "wishes",
        Act.COURTESY,
        "^ get well soon|quickly …",
        ("get well soon Sam", "get well quickly!"),
    ),
    # [qt]can someone double check the colours?[/qt] bump 🙏: a chase, no new ask
    ("bump", "^ bump|bumping|ping|pinging|up this|that|it? $", ("bump", "bumping this")),
    (
        # need it by Thursday so I can price the package: why the day, no promise of its own
        "so that I can",
        "^ so that? i|we can|could …",
        ("so I can price the package", "so that we can book the hall"),
    ),
    ("incoming", "… incoming|inbound $", ("booking request incoming", "more orders inbound")),
    (
        # truck's in. one pallet has a crushed case: something arrived, no one's work done
        "it arrived",
        "^ the? truck|van|container|delivery|shipment|courier|parcel|package|pallet|pallets be in|here $",
        ("truck's in", "the courier is here"),
    ),
    (
        # open Fri as usual, dock closes at COB: opening hours, no ask to open anything
        "open as usual",
        "^ open|closed … as usual|normal|normally …",
        ("open Fri as usual, dock closes at COB", "closed Monday as usual"),
    ),
    (
        # I'm buried in chargebacks 😵: how busy the sender is, no report of work done
        "the sender is swamped",
        "^ i|we be <rb>? buried|swamped|snowed|slammed|drowning|flooded|tied|overloaded …",
        ("I'm buried in chargebacks", "we're swamped with returns this week"),
    ),
    (
        # sponsor update: Kanagawa Bank pulled out of the sponsorship — news of someone else
        # leaving, no work done (the cancellation, if any, comes from the requester)
        "someone pulled out",
        "… pulled|backed|dropped|opted out of …",
        (
            "sponsor update: the bank pulled out of the sponsorship",
            "two riders dropped out of the race",
        ),
    ),
    (
        # no worries, take the time you need: leave, not work
        "take your time",
        "^ take the|your time …",
        ("take the time you need", "take your time"),
    ),
    (
        # all 6 tested, no issues. freeze away: leave to go ahead, no work asked
        "go ahead",
        "^ <vw> away $",
        ("freeze away", "fire away"),
    ),
    (
        # (not "taking a look": a wish to a new team, no work)
        "looking forward",
        "^ <rbi>* be? look|looking forward to …",
        ("looking forward to working with you!", "I'm looking forward to the offsite"),
    ),
    (
        "working from home",
        "^ i? be? working|wfh from? home|remotely|remote …",  # where the sender is today
        ("working from home today (holiday lol)", "I'm working remotely tomorrow"),
    ),
    (
        "a place is closed",
        "@EN_PLACE be closed|shut|open|closing|opening …",
        ("the grants office and the stockroom are closed", "The office is closed on Monday"),
    ),
    (
        "a count by a label",
        # a dashboard's "open: 23 · waiting: 9": a word before a colon and a number labels it
        "^ <wv>+ : <q> … <wv> : <q> …",  # two pairs: not "re-tested: 6.8%", a report
        ("open: 23 · waiting on customer: 9", "fixed: 4, pending: 2"),
    ),
    (
        "how it should be",
        # client notes: how a thing should look, no one's work (not "should be sent by …")
        "^ <wtvq>+ should|must be <wcq> …",
        ("booking button should be above the fold on mobile", "the logo should be bigger"),
    ),
    (
        "nothing needed",
        "^ nothing|no|none <w>? need|needed|required …",
        ("Nothing needed from you yet", "No action needed on your side"),
    ),
    (
        "an event at a time",
        "^ <wv>? @EN_EVENT at|on|tomorrow|today|tonight|next|this <qw> …",
        ("triage call at 11", "review meeting at 3pm", "sync at 2 tomorrow"),
    ),
    ("I'll be", "^ i will be …", ("I'll be late", "I'll be out tomorrow")),
    (
        "busy",
        "be <d>? packed|swamped|slammed|busy|stretched|overloaded|snowed …",
        ("Feb is packed for me", "I'm swamped this week"),
    ),
    ("work from", "i will work from|remotely|remote …", ("I'll work from home tomorrow",)),
    (
        "day off",
        "i will take <wqt>* off …",
        ("I'll take Friday off", "I'll take the afternoon off"),
    ),
    (
        "a break",
        "i will take a|some|the? break|leave|vacation|holiday|pto …",
        ("I'll take a break",),
    ),
    (
        "hold off",
        # (pls hang tight on the announcement until…: a request to wait is no work)
        "^ please|pls? hold|wait|hang|sit off|on|until|till|tight …",
        (
            "Please hold off on sharing it until Monday",
            "pls hang tight on the announcement until the last juror confirms",
        ),
    ),
    ("promise to report", "i will let you|us know …", ("I'll let you know",)),
    (
        "will share once",
        "^ will @EN_TELL … once|when|after|if|soon …",
        ("will share as soon as I hear back", "will post here when it reopens"),
    ),
    (
        "post results here",
        # regression kicked off, takes ~3h. will post results here: a report to come
        "will post|share|drop|report the|an|my? result|results|update|updates|findings|numbers"
        " here|back|later|soon …",
        ("will post results here", "I'll share an update here"),
    ),
    (
        "post results",
        "will post|share|drop|report the|an|my? result|results|update|updates|findings $",
        ("will post the results", "I'll share updates"),
    ),
    ("keep you posted", "i will keep you|everyone posted|updated …", ("I'll keep you posted",)),
    (
        "report once",
        "i will|can @EN_TELL … once|when|after|if|soon …",
        ("I'll share once I hear back",),
    ),
    (
        "please note",
        "please|pls note|see|find|enjoy|feel|be|ignore …",
        ("Please note the office is closed", "Please note the new dress code from Monday"),
    ),
    ("take care", "^ please? take care $", ("Take care!",)),
    ("get well", "take care and|! …", ("Please take care and get well soon!",)),
    (
        "being there",
        "could|can|would|will you|everyone|all be there|available|around|free|in|at|online …",
        ("Can you be available at 3?", "Could everyone be online by 9?"),
    ),
    Rule(
        # Could you come and look at it this week?: coming is how the work gets done
        "come and do it",
        Act.REQUEST,
        "could|can|would|will you come|pop|swing over|by|round|down? and|to => @EN_WORK_VERB …",
        ("Could you come and look at it this week?", "can you swing by and fix the printer?"),
    ),
    (
        "attendance",
        "could|can|would|will you|everyone|all come|join|attend …",
        ("Could you come to the party?", "Can you join the call at 3pm?"),
    ),
    (
        "make it to",
        "could|can|would|will you|everyone|all make it …",
        ("Can you make it to the offsite on Thursday?", "can everyone make it at 10?"),
    ),
    (
        "when something happens",
        # (I'll pull the media plan together once we have the routes: work, once ready)
        "i will @EN_REPORT_VERB … once|when|whenever|till|until <rt>",
        ("I'll share once I hear back", "I'll send it when they reply"),
    ),
    (
        "after someone does",
        "i will @EN_REPORT_VERB … after <r>",
        ("I'll send it after they confirm",),
    ),
    (
        "as soon as it happens",
        "i will … soon as <rt>",
        ("I'll send the minutes as soon as the call ends",),
    ),
    ("count me in", "^ count me in|out …", ("Count me in.",)),
    ("to follow", "^ <tw>+ to follow $", ("invoice to follow", "details to follow")),
    ("have a good one", "^ have a good|nice|great …", ("Have a nice weekend",)),
    (
        "fyi",
        "^ fyi|reminder|note|heads|psa …",
        ("FYI the server restarts tonight", "Heads up: no lunch today"),
    ),
)

DONE = table(
    Act.DONE,
    Rule(
        "lgtm",
        Act.DONE,
        # runbook LGTM, left two nits: the thing reviewed, then the verdict
        "^ <rbt>* <w>? <w>? :? otherwise? lgtm|approved …",
        ("LGTM", "Approved, thanks", "otherwise lgtm", "runbook LGTM, left two nits"),
    ),
    Rule(
        # read it, LGTM 👍 / went through it, lgtm: the review, then its verdict
        "looked at it, lgtm",
        Act.DONE,
        # (listened through, LGTM apart from the cold open: the verdict, and one exception)
        "^ <vw> <vwc>* <rt>? <w>? , lgtm …",
        (
            "read it, LGTM",
            "went through it, lgtm",
            "listened through, LGTM apart from the cold open.",
        ),
    ),
    Rule(
        "done",
        Act.DONE,
        "^ <rbhit>* all? done|finished|completed|complete|sorted|fixed|resolved …",
        ("Done!", "All done", "It's fixed", "finished"),
        when=("!question",),
    ),
    Rule(
        "past work verb",
        Act.DONE,
        "^ <rhbt>* just? @EN_PAST_DONE …",
        ("Sent it over", "I've uploaded the file", "Merged", "We shipped it this morning"),
        when=("!question",),
    ),
    Rule(
        "phrasal past",
        Act.DONE,
        # picked up, bit heavier than the old one: a phrasal verb's past opens the report
        "^ <rhbt>* just? <v.> up|out|off|back|over|down ,|. …",
        ("picked up, bit heavier than the old one", "sent out."),
        when=("!question",),
    ),
    Rule(
        "is done",
        Act.DONE,
        # not "should be sent by Friday": a modal before "be" is what ought to happen
        "^ <wtrqyc>* <wtrqy> be now? all? just? @EN_PAST_DONE|ready|live|up …",
        ("The agenda is done and uploaded", "The deck is ready", "The fix is live"),
        when=("!question",),
    ),
    Rule(
        "has been done",
        Act.DONE,
        "^ <wtqc>+ … have be <v.> …",
        (
            "The transcripts arrived on 23 December and have been scanned into his file.",
            "the invoices have been sent",
        ),
        when=("!question",),
    ),
    Rule(
        "has been (and gone)",
        Act.DONE,
        # the plumber's been, it's the ignition board: the visit the task asked for happened
        "^ the|our|your? <w> have be ,|.|and …",
        ("courier's been and gone", "the technician has been, all fixed"),
        when=("!question",),
    ),
    Rule(
        "has been",
        Act.DONE,
        "^ the|our|your? <w> have be $",
        ("the electrician's been", "the plumber has been"),
        when=("!question",),
    ),
    Rule(
        "thing ready",
        Act.DONE,
        # starter kit ready: laptop, phone and badge are in the drawer
        "^ <wtq>+ ready|sorted|complete|finished :|,|;|. …",
        (
            "starter kit ready: laptop, phone and badge are in the drawer",
            "slides finished, sending now",
        ),
        when=("!question",),
    ),
    Rule(
        "in hand",
        Act.DONE,
        "^ <wtq>+ be now? all? in hand …",
        ("scaffold cert is in hand, passed this morning", "the permits are all in hand"),
        when=("!question",),
    ),
    Rule(
        # cot is in 1107 ✅: the thing is in the numbered room it was asked for
        "is in the room",
        Act.DONE,
        "^ <wt>+ be now? in|at room? <q> now? $",
        ("cot is in 1107", "the spare monitor is in room 402 now"),
        when=("!question",),
    ),
    Rule(
        "is in the folder",
        Act.DONE,
        "be now? in|on the|your|our|my? <wqv>* @EN_PLACE_OF_WORK …",  # (in Figma)
        (
            "first draft is in the matter folder",
            "The signed copies are in your inbox",
            "rest of the copyedit is in the doc",
        ),
        when=("!question",),
    ),
    Rule(
        "is with them",
        Act.DONE,
        "^ <wtq>+ be now? with the|our|your <w> …",
        ("manuscript is with the printer", "the signed lease is with the landlord now"),
        when=("!question",),
    ),
    Rule(
        "looks good",
        Act.DONE,
        "^ <rt>* look|looks good|great|fine|perfect …",
        ("looks great, good to go", "looks good to me", "Looks fine, ship it"),
        when=("!question",),
    ),
    Rule(
        # otherwise good to go 👍 / all good to go from my side: the check came out clean
        "good to go",
        Act.DONE,
        "^ otherwise|all|so|yep|yes|ok|okay|,? <w>? good to go …",
        ("otherwise good to go 👍", "all good to go from my side"),
        when=("!question",),
    ),
    Rule(
        "works again",
        Act.DONE,
        "^ <wtqcv>+ be? @EN_WORKS up? again|now …",
        (
            "projector in 204 works again, new bulb in",
            "the VPN is working again",
            "totals add up now",
        ),
        when=("!question",),
    ),
    Rule(
        "taken care of",
        Act.DONE,
        "taken care of …",
        ("It's taken care of", "taken care of, thanks"),
        when=("!question",),
    ),
    Rule(
        "got the things",
        Act.DONE,
        # got both counts / received your invoice: what was asked for has come in
        "^ <rhbi>* got|received all|both|the|your|their <wq>|<vg> <wq>* …",
        ("got both counts", "received your invoice, paying it today", "got the mapping table"),
        when=("!question",),
    ),
    Rule(
        "that one, yes",
        Act.DONE,
        # (both?) review yes, left comments on the PR: which of the two is done, said first
        "^ the? <wq>+ yes|yep|yup , …",
        ("review yes, left comments on the PR.", "the invoice yes, sent it this morning"),
        when=("!question",),
    ),
    Rule(
        "sent over to you",
        # homestay forms: all 10 back from the families and sent over to you by email
        Act.DONE,
        "^ <wq>+ : … and? sent|forwarded|emailed|passed over? to you …",
        ("homestay preference forms: all 10 back from the families and sent over to you by email",),
        when=("!question",),
    ),
    Rule(
        "sent to us",
        Act.DONE,
        # Finance has sent the figures to Yuki and me: what was chased for has come in
        "^ the? <w>+ <h>? sent|forwarded|emailed|shared the|their|over <wq>+ … to|with … me|us $",
        ("Finance has sent the figures to Yuki and me.", "the vendor sent the quote over to us"),
        when=("!question",),
    ),
    Rule(
        "closing it",
        Act.DONE,
        # closing this ✅: the one who asked marks the thread finished
        "^ <rbi>* closing this|it|out …",
        ("closing this", "closing this out"),
        when=("!question",),
    ),
    Rule(
        "all set", Act.DONE, "^ <rbi>* all set …", ("All set", "We're all set"), when=("!question",)
    ),
    Rule(
        "all in",
        Act.DONE,
        # all reviews are in: what was collected has all arrived (not "I'm in": a pronoun)
        "^ all|the|both? <wq>+ <wqtc>* be all? in now? $",
        (
            "all reviews are in",
            "the signatures are in",
            "both quotes are in",
            "all hours are in now",
        ),
        when=("!question",),
    ),
    Rule(
        "all in, and more",
        Act.DONE,
        "^ all|the|both? <wq>+ <wqtc>* be all? in ,|.|and …",
        ("changelog is in, PR #820", "the signatures are in and filed"),
        when=("!question",),
    ),
    Rule(
        "in on all of them",
        Act.DONE,
        # sale prices are in on all 140 SKUs / the numbers are in for Q3: entered, all of it
        "^ all|the|both? <wq>+ be all? in on|for …",
        ("sale prices are in on all 140 SKUs", "the Q3 numbers are in for every store"),
        when=("!question",),
    ),
    Rule(
        "thing up somewhere",
        Act.DONE,
        # moodboards up in /review / v2 up on the drive: the thing is there to see
        "^ <wtq>+ up|live in|on|at …",
        ("moodboards up in /review", "v2 up on the drive"),
        when=("!question",),
    ),
    Rule(
        "went out",
        Act.DONE,
        "went|came|is|be also|now|finally? out|live|up …",
        ("The newsletter went out", "The page is live", "the price list is also out now"),
        when=("!question",),
    ),
    Rule(
        # the renewal numbers went over to Procurement: sent (not "went over the numbers")
        "went over to",
        Act.DONE,
        "went|got over|across to …",
        ("the renewal numbers went over to Procurement this morning",),
        when=("!question",),
    ),
    Rule(
        # final version: https://…: the finished thing, shown by its link (with an arrow, it
        # is "thing, then where it is")
        "final version, linked",
        Act.DONE,
        "^ the? final|latest|updated|revised|signed version|draft|cut|deck|copy|pdf : …",
        ("final version: https://docs.example/report-v3", "signed copy: contracts/0412.pdf"),
        when=("!question",),
    ),
    Rule(
        "noun then past",
        Act.DONE,
        "^ <wrbhvq>-@EN_ACCEPT <wrbhvqcy>-@EN_COMPARE* <wv>? @EN_PAST_DONE|<v.>|run|set|put|cut|read and|to|in|on|at|into|via|with|for|from|out|up|off|over|away|,|:|(|+|&|yesterday|today|tonight|last|earlier|already|early|safely …",
        (
            "Test plan finished and shared in the drive",
            "keys rotated, old ones revoked",
            "fix for #5123 merged, rc3 is building",
            "boxes arrived early, stacked by the back door",
            "mixer 2 tagged out, new belt ordered",
        ),
        when=("!question",),
    ),
    Rule(
        # signed lease sent by courier this morning: the thing, the past, and how it went
        # (not "by Friday": that is when it is wanted)
        "noun then past, by a means",
        Act.DONE,
        "^ <wrbhvq>-@EN_ACCEPT <wrbhvqcy>-@EN_COMPARE* @EN_PAST_DONE|<v.> by email|e-mail|mail|post|courier|hand|fax|dhl|fedex|ups …",
        ("signed lease sent by courier this morning", "final invoice sent by email just now"),
        when=("!question",),
    ),
    Rule(
        # all 3 claims filed now 🎉 / both invoices sent: every one of them, done
        "all of them done",
        Act.DONE,
        "^ all|both <q>? <w>* @EN_PAST_DONE|<v.> now|too|today? $",
        ("all 3 claims filed now", "both invoices sent"),
        when=("!question",),
    ),
    Rule(
        "thing, then where it is",
        Act.DONE,
        # spec sheet text → Booth/specs_final.docx: the thing, and the file it is now in
        "^ <wq>+ $",
        ("spec sheet text → Booth/specs_final.docx", "minutes → https://wiki.example/m/12"),
        when=("handed", "!question"),
    ),
    Rule(
        "thing then past",
        Act.DONE,
        "^ <wrbhvq>-@EN_ACCEPT <wrbhvqcy>-@EN_COMPARE* <wv>? @EN_PAST_DONE|<v.> $",
        ("Release calendar updated", "Pricing slide added", "QA sign-off for 5.8.0 given。"),
        when=("!question",),
    ),
    Rule(
        # the thing, its past, then how far the work went (across all six pages): done
        "thing then past, everywhere",
        Act.DONE,
        "^ <wrbhvq>-@EN_ACCEPT <wrbhvqcy>-@EN_COMPARE* <wv>? @EN_PAST_DONE|<v.> in|on|for? "
        "across|throughout|all|both|every …",
        (
            "Header colour fixed across all six pages",
            "dates corrected throughout the deck ✅",
        ),
        when=("!question", "!conditional"),
    ),
    Rule(
        "thing then past, too",
        Act.DONE,
        "^ <wrbhvq>-@EN_ACCEPT <wrbhvqcy>-@EN_COMPARE* <wv>? @EN_PAST_DONE|<v.> too|also …",
        ("joint 5 done too, 0.04 now", "back office printer done too, toner replaced"),
        when=("!question",),
    ),
    Rule(
        # a state, then the report after the comma (build 0.9.2 is on the rigs, firmware flashed)
        "a state, then thing past",
        Act.DONE,
        # (not a count: one case crushed, 3 bottles gone is damage found, no work done; not
        # after a modal or a negation: couldn't log in, my access expired; a state says "is":
        # fix the banner, the photo looks dated is an ask and its reason)
        "^ <wrhvqcyt>* <b> <wrbhvqcyt>* , <wt>-@EN_ACCEPT <wrbhvqcy>-@EN_COMPARE* <wv>? @EN_PAST_DONE|<v.> $",
        ("build 2.4.1 is on the test rigs, firmware flashed", "menu is at the shop, prices fixed"),
        when=("!question", "!conditional"),
    ),
    Rule(
        # ping the vendor / call the landlord: the one asked was reached — the contact made
        "got through to them",
        Act.DONE,
        "^ <i>* finally? got|reached through|hold|out to|of …",
        ("got through to the landlord at last", "finally got hold of the courier"),
        when=("!question",),
    ),
    Rule(
        "spoke to them",
        Act.DONE,
        "^ <i>* finally|just|already? spoke|talked to|with …",
        ("spoke to the caterer, they can do 40", "just talked with the landlord"),
        when=("!question",),
    ),
)

ACCEPT = table(
    Act.ACCEPT,
    ("accepted", "^ @EN_ACCEPT …", ("Sure", "OK, will do", "Noted")),
    ("of course", "^ of course …", ("Of course, will do.",)),
    ("got it", "^ got it …", ("Got it", "got it, thanks")),
    ("sounds good", "^ sounds good|great|fine …", ("Sounds good",)),
    ("no problem", "^ no problem|worries …", ("No problem",)),
)

COURTESY = table(
    Act.COURTESY,
    (
        "thanks and greetings",
        "thanks|thank|thx|ty|cheers|congrats|congratulations|sorry|apologies …",
        ("Thanks!", "Thank you so much", "sorry for the slow replies this week"),
    ),
    (
        # at the start only: "passed this morning" is no greeting
        "greetings",
        "^ <rbi>* <w>? morning|hi|hello|hey …",
        ("Good morning all", "hi team", "morning!"),
    ),
    # welcome to the team / welcome back! — not "welcome dinner restaurant — Emi" (a noun's
    # adjective, the start of a to-do)
    ("welcome", "^ <rbi>* welcome <y>* $", ("Welcome!",)),
    (
        "welcome someone",
        "^ <rbi>* welcome to|back|aboard|all|everyone|everybody|folks|team|guys …",
        ("welcome to the team", "welcome back Tomas", "Welcome aboard 🎉"),
    ),
)

TABLES: dict[Act, tuple[Rule, ...]] = {
    Act.CANCEL: CANCEL,
    Act.NOT_DONE: NOT_DONE,
    Act.OFFER: OFFER,
    Act.INFO_ASK: INFO_ASK,
    Act.RESCHEDULE: RESCHEDULE,
    Act.INFO: INFO,
    Act.REQUEST: REQUEST,
    Act.COMMITMENT: COMMITMENT,
    Act.DONE: DONE,
    Act.ACCEPT: ACCEPT,
    Act.COURTESY: COURTESY,
}
