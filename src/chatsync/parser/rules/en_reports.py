# ruff: noqa: E501  (a rule reads best on one line: its pattern and its corpus lines)
"""English reports of work: the NOT_DONE and DONE tables (done, part done, not done,
tried). The other acts are in :mod:`chatsync.parser.rules.en`, whose ``TABLES``
holds them all."""

from __future__ import annotations

from chatsync.parser.rules import Act, Rule, table

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
        # not "one nit but not blocking", nor "everyone who started but hasn't paid": who, not
        # what happened to the work
        "^ <wrbhvmndtcqy>-@EN_RELATIVE* but|however … nobody|no|not|never <vwg>-@EN_MILD …",
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
    Rule(
        "still waiting",
        Act.NOT_DONE,
        # (not "still pending on your side" nor "still waiting for it from you": those ask the
        # one they name)
        "still waiting on|for …",
        ("still waiting on that", "still waiting for the courier"),
        when=("!from you",),
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


DONE = table(
    Act.DONE,
    Rule(
        # went through reels 1–3 / looked over the draft: the look asked for, taken (a review
        # or a check done, whatever its verdict)
        "went through it",
        Act.DONE,
        "^ i|we? have? went|gone|looked|read through => <wtq>+ …",
        ("went through reels 1–3", "I went through the deck"),
        when=("!question", "!conditional"),
    ),
    Rule(
        # (not "we went over budget": over what, without a determiner)
        "looked over it",
        Act.DONE,
        "^ i|we? have? went|gone|looked|read over => the|it|this|that|them|your|my …",
        ("looked over the draft, all good", "went over your notes"),
        when=("!question", "!conditional"),
    ),
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
        "they've got it",
        Act.DONE,
        # screenshot pack — the client's got it now 📦: the one it was for has it — sent
        "^ the? <w>|they have? got|received it|them|both now? …",
        ("the client's got it now", "they've got it", "the printer has received them"),
        when=("!question",),
    ),
    Rule(
        "the thing is done",
        Act.DONE,
        # The padding spec is uploaded in the mount folder: a noun phrase after "the" may hold
        # an -ing word (padding, mounting) and still name the thing
        "^ the|this|our <wvq>* <wq> be now? all? just? @EN_PAST_DONE|ready|live|up …",
        ("The padding spec is uploaded in the mount folder", "the mounting plan is ready"),
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
