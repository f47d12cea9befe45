# ruff: noqa: E501  (a rule reads best on one line: its pattern and its corpus lines)
"""English speech-act rules, on the same pipeline as Japanese: one table per act.

Tokens are lower-case words with contractions opened (I'll → i will, didn't → do. not);
``/v.`` is a past form, ``/m`` a modal, ``/r`` a pronoun (see :mod:`chatsync.parser.morph`).
Asks and promises are in :mod:`~chatsync.parser.rules.en_asks`, reports of work in
:mod:`~chatsync.parser.rules.en_reports`; ``TABLES`` holds them all.
"""

from __future__ import annotations

from chatsync.parser.rules import Act, Rule, table
from chatsync.parser.rules.en_asks import COMMITMENT, REQUEST
from chatsync.parser.rules.en_reports import DONE, NOT_DONE

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
    Rule(
        # booth layout pushed to Wednesday / the review's slipped to Friday: the work put off to
        # a day (not "pushed the fix": a commit; not "club moved to 11:00": the thing moved;
        # not "council vote pushed to 3:30": when an event now is)
        "pushed to a day",
        Act.RESCHEDULE,
        "^ <wtq>+ <b>? pushed|bumped|slipped|postponed back? to|till|until monday|tuesday|wednesday|thursday|friday|mon|tue|wed|thu|fri|tomorrow|next …",
        ("booth layout pushed to Wednesday", "the review's slipped to Friday"),
        when=("!question",),
    ),
    Rule(
        # postmortem's still WIP 🙈 pushing the draft to Monday, sorry: the sender moves their
        # own work to a later day (subject-less, as status lines go)
        "pushing it to a day",
        Act.RESCHEDULE,
        "^ pushing|bumping|slipping|moving|shifting <tw>* to|till|until @EN_LATER|<q> …",
        ("pushing the draft to Monday, sorry", "slipping this to next week"),
        when=("!question",),
    ),
    Rule(
        # model's slipping to Wednesday, the laser cutter is down: the thing's new day, said by
        # who holds it
        "slipping to a day",
        Act.RESCHEDULE,
        "^ <wtq>+ <b>? slipping|moving|shifting|sliding to|till|until @EN_LATER|<q> …",
        ("model's slipping to Wednesday", "the review is moving to Friday"),
        when=("!question",),
    ),
    ("until instead", "until|till … instead …", ("Can I have until Monday instead?",)),
    ("by then instead", "by … instead $", ("I'll get it to you by Thursday 5pm instead",)),
    (
        # roster will have to be next Tuesday, two people dropped out: the new day, then why
        "it will have to be then, because",
        "… will have|need to be on? @EN_LATER|<q> <w>? , …",
        ("roster will have to be next Tuesday, two people dropped out",),
    ),
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
        "i|we … postpone|delay|extend|reschedule …",
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
    # let me know when the fix lands, I'll tell the faculty liaisons: word passed on
    (
        "I'll tell them",
        "^ i will tell|inform|notify the|our|my? <w>+ $",
        ("I'll tell the faculty liaisons", "I'll inform the team"),
    ),
    # blocked on the OTP screen — will update: news to come, with nothing named to update
    ("will update", "^ i? will update|report back? $", ("will update", "I'll report back")),
    (
        "report once",
        "i will|can @EN_TELL … once|when|after|if|soon …",
        ("I'll share once I hear back",),
    ),
    (
        "please note",
        "please|pls|kindly note|see|find|enjoy|feel|be|ignore …",
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
        "a period announced",
        # (heads up —) deploy freeze from Wed 3/19 18:00 until Mon 3/24: when a state holds,
        # not "deploy" asked for
        "^ <w> <w>? from <w>? <q> … until|till|through <w>? <q> …",
        (
            "deploy freeze from Wed 3/19 18:00 until Mon 3/24 09:00",
            "maintenance window from Sat 4/5 till Sun 4/6",
        ),
    ),
    (
        "fyi",
        "^ fyi|reminder|note|heads|psa …",
        ("FYI the server restarts tonight", "Heads up: no lunch today"),
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
