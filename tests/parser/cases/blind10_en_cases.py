# ruff: noqa: E501
"""Holdout 10, English half: 24 Chatwork conversations, mostly English, about a third mixed JA/EN.

Written blind from ``shared/spec/extraction.md`` (its "How people really write" section above
all) and the catalogue in ``tests/parser/PHENOMENA.md`` used only as a checklist, without
reading the parser or its tests and without running either on these texts. Every sentence is
new and about invented people, companies and products (a game studio, a university lab, a
hotel front office, a SaaS support team, a plant's QA, a law firm's paralegals, a food bank's
volunteer coordinators, a video production team).

It covers handoffs and declines, delegation through a third person, chasing ("any update on"),
blockers, a reopened bug, requests buried in status updates and in prose minutes, hedged asks
("would you mind", "when you have a sec"), declaratives and passives that ask for work,
subject-less commitments, implicit work, several tasks in one message, action-item and to-do
lines, completion in other words, negated and partial completion, more time asked with and
without a date, paraphrased cancellations, Chatwork task markup (date, time, an old body with
``lt=0``; task_done), [To:] / [toall] / [rp] assignees, a self account in two rooms, bare
"done" with one and with two open tasks, and noise (emoji, :shortcodes:, signatures, lowercase).
Three conversations hold no task at all.

Dates run 2027-07 … 2028-01 in Asia/Tokyo and cross 海の日, 山の日, 敬老の日, 秋分の日,
スポーツの日, 文化の日, 勤労感謝の日, the 12-29 … 01-03 break and 成人の日. Every gold due was
computed with datetime + jpholiday from the message's send time, one function per row of the
spec's deadline table (a throwaway script outside the repository), never typed from memory.
"""

from tests.parser.cases.build import chatwork_lt, chatwork_task, conv, task

P = {
    # Pinewhistle Games (game studio)
    1061: "Mara Okafor",
    1062: "Devin Hale",
    1063: "今井 さくら",
    1064: "Theo Lindqvist",
    1065: "Rosa Delgado",
    # Nwosu Lab, Hoshigaoka University (research lab)
    1066: "Adaeze Nwosu",
    1067: "Felix Brandt",
    1068: "森田 遼",
    1069: "Priyanka Rao",
    1070: "Jonah Whitfield",
    # Hotel Amaterrace Kyoto (front office)
    1071: "Nadia Petrov",
    1072: "藤原 健",
    1073: "Luis Ferreira",
    1074: "佐野 はるか",
    # Tallyfold (SaaS support)
    1075: "Gwen Mercer",
    1076: "Omar Haddad",
    1077: "Ji-woo Kim",
    1078: "Bastian Cole",
    1079: "上野 美紀",
    # Sanwa Precision, Hamamatsu plant (QA)
    1080: "石原 誠",
    1081: "Alan Reyes",
    1082: "木下 葵",
    1083: "Hannah Voss",
    # Whitcombe & Arai (law firm)
    1084: "Evelyn Marsh",
    1085: "新井 大輔",
    1086: "Tobias Grant",
    1087: "Leah Ambrose",
    # Harbor Lights Food Bank Yokohama (volunteer coordinators)
    1088: "Ines Moreau",
    1089: "Kwame Boateng",
    1090: "西田 ゆり",
    1091: "Patrick O'Neill",
    # Lumen Reel (video production)
    1092: "Sofia Marchetti",
    1093: "武田 涼",
    1094: "Caleb Stone",
    1095: "Yuna Park",
    # more
    1096: "松井 楓",
    1097: "佐久間 陸",
    1098: "Noor Siddiqui",
    1099: "Tallyfold Sync (bot)",
}

SELF = 1099  # the account chatsync reads Tallyfold's rooms with


def M(*ids):
    return [(i, P[i]) for i in ids]


CASES = [
    # b10en-01 (game studio): a subject-less "I'll pick it up"; delegation through a lead
    # ("get someone on your team to ..."), accepted with 夕方 (due -> 17:00); prose minutes
    # whose action items name members ("Theo to ...", "Sakura: ...") beside info lines;
    # PTAL naming the work, closed by LGTM; "merged" closing the sender's only open task;
    # a reopened bug asked of the fixer by [rp] (a new task), accepted with "on it".
    conv(
        "b10en-01",
        (99301, "Pinewhistle / build 0.9 triage"),
        M(1061, 1062, 1063, 1064),
        [
            (
                "2027-07-12 09:40",
                1061,
                "[toall]\nmorning! the crash reports from the weekend playtest are in the tracker, 14 new tickets. triage call at 11.",
            ),
            (
                "2027-07-12 09:52",
                1062,
                "PW-2231 (save corruption) looks like my serializer change. I'll pick it up.",
            ),
            (
                "2027-07-12 10:05",
                1061,
                "[To:1063]今井 さくらさん\nSakura-san, could you get someone on your team to re-run the controller remapping pass on the Switch devkit? Today if possible 🙏",
            ),
            (
                "2027-07-12 10:07",
                1063,
                "[rp aid=1061 to={m3}]Mara Okafor\n了解です、夕方までにやります",
            ),
            (
                "2027-07-12 11:45",
                1061,
                "Notes from triage:\nMost of the new tickets are duplicates of the audio pops, which we agreed are won't-fix for 0.9.\n- Theo to redo the shadow LODs on the harbor map by Friday\n- Sakura: add the remapping pass to the regression checklist\n- PW-2240 (audio pops): won't fix for 0.9\n- next triage: Thu 11:00",
            ),
            ("2027-07-12 13:30", 1064, "ugh, LODs again 😩 ok"),
            (
                "2027-07-12 16:20",
                1063,
                "[rp aid=1061 to={m3}]Mara Okafor\nremapping pass done on the devkit, 2 issues filed (PW-2252, PW-2253)",
            ),
            (
                "2027-07-12 17:10",
                1062,
                "[To:1061]Mara Okafor\nthe fix for PW-2231 is up on the branch, PTAL when you have a sec",
            ),
            (
                "2027-07-12 17:40",
                1061,
                "[rp aid=1062 to={m8}]Devin Hale\nLGTM, one nit on the log message but ship it",
            ),
            ("2027-07-12 18:05", 1062, "merged 👍 PW-2231 closed"),
            (
                "2027-07-13 10:15",
                1063,
                "[rp aid=1062 to={m10}]Devin Hale\nPW-2231 is back on today's build 😢 save slot 3 still corrupts after a quick-resume. can you take another look at the quick-resume save bug?",
            ),
            ("2027-07-13 10:20", 1062, "[rp aid=1063 to={m11}]今井 さくらさん\nugh, sorry. on it"),
        ],
        [
            task(2, ["PW-2231"], [1062], None, "done"),
            task(3, ["remapping"], [1063], ("2027-07-12T17:00", "Mon"), "done"),
            task(5, ["LOD"], [1064], ("2027-07-16", "Fri")),
            task(5, ["checklist"], [1063], None),
            task(8, ["PW-2231"], [1061], None, "done"),
            task(11, ["quick-resume"], [1062], None),
        ],
    ),
    # b10en-02 (game studio): a declarative request ("the patch notes need a tech pass"),
    # declined by the assignee ("I can't take this one") and withdrawn by the requester
    # ("scratch that") -> dropped; the same work asked of someone else with "would you
    # mind" + tomorrow noon; an English speaker's 3営業日以内 across 山の日 (08-11); a
    # vague offer; a chase ("any update on") and a half-done reply, neither changing the task.
    conv(
        "b10en-02",
        (99302, "Pinewhistle / community & store"),
        M(1061, 1062, 1064, 1065),
        [
            (
                "2027-08-05 10:00",
                1065,
                "[To:1062]Devin Hale\nthe 0.9.1 patch notes need a tech pass before they go out. by tomorrow noon ideally",
            ),
            (
                "2027-08-05 10:30",
                1062,
                "[rp aid=1065 to={m1}]Rosa Delgado\nI can't take this one, sorry — I'm heads-down on the cert build until Monday. Theo knows the changelog better than me anyway",
            ),
            (
                "2027-08-05 10:34",
                1065,
                "[rp aid=1065 to={m1}]Rosa Delgado\nno worries Devin! scratch that request then 🙂",
            ),
            (
                "2027-08-05 10:40",
                1065,
                "[To:1064]Theo Lindqvist\nTheo, would you mind giving the 0.9.1 patch notes a tech pass? tomorrow noon is the cutoff",
            ),
            ("2027-08-05 11:02", 1064, "sure thing"),
            (
                "2027-08-06 11:50",
                1064,
                "[rp aid=1065 to={m4}]Rosa Delgado\npatch notes tech pass done, fixed two wrong cvar names",
            ),
            (
                "2027-08-09 10:00",
                1061,
                "[To:1064]Theo Lindqvist\nCan you export a 60s cut of the new trailer for the store page? The summer sale starts 8/16, so 3営業日以内でお願いします 🙏",
            ),
            ("2027-08-09 10:10", 1065, "happy to help out with the sale prep if you need hands 🙌"),
            (
                "2027-08-12 15:00",
                1061,
                "[To:1064]Theo Lindqvist\nany update on the trailer cut? no pressure, just checking before the publisher call",
            ),
            (
                "2027-08-12 15:20",
                1064,
                "[rp aid=1061 to={m9}]Mara Okafor\nhalf rendered, the encoder keeps choking on the particle shots. should still make tomorrow",
            ),
            (
                "2027-08-13 16:40",
                1064,
                "[rp aid=1061 to={m7}]Mara Okafor\n60s cut exported and uploaded to the publisher's portal ✅",
            ),
            ("2027-08-13 16:45", 1061, "legend, thanks Theo 🙏"),
        ],
        [
            task(4, ["patch notes"], [1064], ("2027-08-06T12:00", "Fri"), "done"),
            task(7, ["trailer"], [1064], ("2027-08-13", "Fri"), "done"),
        ],
    ),
    # b10en-03 (research lab): prose lab-meeting notes with a detail sentence about the same
    # work (no extra task) and action items naming members, one of them the sender ("Felix
    # (me)") with "next Friday"; an acceptance with 3営業日以内 across 敬老の日 and 秋分の日
    # (-> 09-24); "dishes ordered" closing the sender's only open task; a booking whose date
    # describes the session; "when you have a sec" closed by "sent"; partial work + もう少し
    # かかります (more time, no date) leaves the due alone.
    conv(
        "b10en-03",
        (99303, "Nwosu Lab / general"),
        M(1066, 1067, 1068, 1069, 1070),
        [
            (
                "2027-09-17 16:30",
                1067,
                "Lab meeting notes (9/17), for those who missed it:\nWe went through the confocal data from 森田さん — the membrane marker bleeds into the GFP channel, so the spectral unmixing has to be redone before anything goes into the draft.\nAction items\n- 森田さん: redo the spectral unmixing on the 9/2 batch\n- Priyanka: order another box of the 35 mm glass-bottom dishes\n- Jonah to book the confocal for the 9/30 session (no rush)\n- Felix (me): rebuild figure 3 with the new controls by next Friday\nNext meeting: 10/1, 16:00, room 402",
            ),
            (
                "2027-09-17 16:50",
                1068,
                "[rp aid=1067 to={m1}]Felix Brandt\nunmixing、承知しました。I'll rerun it with the new reference spectra, 3営業日以内に出します",
            ),
            ("2027-09-17 17:05", 1069, "dishes ordered, should arrive Wed"),
            (
                "2027-09-17 17:20",
                1070,
                "quick q — is the 9/30 session morning or afternoon? the booking form asks",
            ),
            (
                "2027-09-17 17:24",
                1067,
                "[rp aid=1070 to={m4}]Jonah Whitfield\nafternoon, 13:00–17:00",
            ),
            (
                "2027-09-21 10:10",
                1070,
                "[rp aid=1067 to={m1}]Felix Brandt\nconfocal booked for 9/30 13:00–17:00 👍",
            ),
            (
                "2027-09-21 11:00",
                1066,
                "[To:1067]Felix Brandt\nFelix, when you have a sec could you send me the raw intensity tables behind figure 3? I'd like to go through them before the draft meeting.",
            ),
            (
                "2027-09-21 11:20",
                1067,
                "[rp aid=1066 to={m7}]Adaeze Nwosu\nwill do, they're on the lab drive — I'll send you the link",
            ),
            (
                "2027-09-21 13:40",
                1067,
                "[rp aid=1066 to={m7}]Adaeze Nwosu\nsent — https://drive.example.org/nwosu-lab/fig3-raw (tables 3a–3d)",
            ),
            (
                "2027-09-24 18:30",
                1068,
                "[rp aid=1067 to={m1}]Felix Brandt\nunmixing: 12 of 16 fields done, the last 4 still have a tiling artefact 🙇 もう少しかかります",
            ),
            (
                "2027-09-24 18:40",
                1067,
                "[rp aid=1068 to={m10}]森田 遼さん\nno worries, take the time you need 👍",
            ),
        ],
        [
            task(1, ["unmixing"], [1068], ("2027-09-24", "Fri")),
            task(1, ["dishes"], [1069], None, "done"),
            task(1, ["confocal"], [1070], None, "done"),
            task(1, ["figure 3"], [1067], ("2027-09-24", "Fri")),
            task(7, ["intensity"], [1067], None, "done"),
        ],
    ),
    # b10en-04 (research lab, no task): a promise to share once something is released, a
    # blocker ("still blocked on the ethics committee"), "let me know when", an FYI full of
    # dates, a conditional offer ("ping me and I'll help"), thanks, a holiday notice
    # (スポーツの日), a promise to report.
    conv(
        "b10en-04",
        (99304, "Nwosu Lab / ethics & grants"),
        M(1066, 1067, 1069, 1070),
        [
            (
                "2027-10-04 09:15",
                1066,
                "Morning all. The JSPS interim report portal opens 10/18 and closes 11/15. Nothing needed from you yet — I'll share the template as soon as the grants office releases it.",
            ),
            (
                "2027-10-04 09:40",
                1067,
                "the human-subjects amendment is still blocked on the ethics committee. they meet on the 12th, nothing we can do until then",
            ),
            (
                "2027-10-04 09:42",
                1066,
                "thanks for the heads-up. let me know when they've ruled on it",
            ),
            (
                "2027-10-04 10:05",
                1069,
                "FYI building maintenance is cutting power to the 4th floor on Sat 10/9, 8:00–14:00. The freezers are on the backup circuit.",
            ),
            (
                "2027-10-04 10:07",
                1069,
                "if anyone has samples in the -20 in room 408, ping me and I'll help you move them",
            ),
            ("2027-10-04 10:30", 1070, "Priyanka you're a lifesaver 🙏"),
            (
                "2027-10-08 17:00",
                1069,
                "Have a good long weekend, everyone. Monday is スポーツの日, so the grants office and the stockroom are closed.",
            ),
            (
                "2027-10-13 09:50",
                1067,
                "ethics committee approved the amendment with one wording change. I'll let you know once the signed letter arrives.",
            ),
            ("2027-10-13 09:55", 1066, "excellent news, thank you Felix!"),
        ],
        [],
    ),
    # b10en-05 (hotel, mixed): a night-shift handover log whose to-do lines name an owner
    # ("(佐野さん)", "— Luis") among info lines; a passive line whose time describes the ride;
    # 出しました closing the sender's only open task; 週明け on the Friday before 海の日
    # (-> Tue 07-20); a reply to the log closing one line; partial work ("12 of 18 stuffed")
    # that closes nothing; 準備できました by reply.
    conv(
        "b10en-05",
        (99305, "Amaterrace Kyoto / front desk"),
        M(1071, 1072, 1073, 1074),
        [
            (
                "2027-07-16 07:05",
                1072,
                "Night handover 7/15→7/16\n・Room 512: guest reported the AC rattling at 2am, moved to 514 for the night. Maintenance ticket needs to be opened (佐野さん)\n・Room 303 (Mr. Hollis): late checkout 13:00, approved by Nadia\n・Room 220: lost & found, a grey scarf, logged in the book\n・City tax report for 7/15 is printed and in the tray\n・Airport taxi for Ms. Varga (Room 610) to be booked for Sun 06:30 — Luis",
            ),
            ("2027-07-16 07:20", 1071, "Thanks Ken-san, good night 🌙"),
            ("2027-07-16 08:10", 1074, "512のメンテ依頼、出しました。業者さん11時に来ます"),
            (
                "2027-07-16 09:30",
                1071,
                "[To:1074]佐野 はるかさん\nHaruka-san, the Morimoto wedding group (18 rooms) arrives on Wednesday. Could you prepare the welcome envelopes 週明けまでに? The room list is in the shared drive.",
            ),
            ("2027-07-16 09:32", 1074, "[rp aid=1071 to={m4}]Nadia Petrov\n承知しました！"),
            (
                "2027-07-16 11:15",
                1073,
                "[rp aid=1072 to={m1}]藤原 健さん\nVarga taxi booked with MK, confirmation # K-88213 🚕",
            ),
            (
                "2027-07-16 14:00",
                1071,
                "Reminder: Monday is 海の日 but we're fully booked, so normal shifts. No changes to the rota.",
            ),
            (
                "2027-07-16 14:30",
                1073,
                "[To:1071]Nadia Petrov\nMr. Hollis asked whether we can hold his bags after the late checkout. I said yes — hope that's ok",
            ),
            ("2027-07-16 14:35", 1071, "[rp aid=1073 to={m8}]Luis Ferreira\nof course 👍"),
            (
                "2027-07-20 16:50",
                1074,
                "Morimoto group welcome envelopes: 12 of 18 stuffed, still waiting on the shuttle timetable from the venue 🙇",
            ),
            (
                "2027-07-21 10:00",
                1074,
                "[rp aid=1071 to={m4}]Nadia Petrov\nウェルカム封筒、18部すべて準備できました",
            ),
        ],
        [
            task(1, ["maintenance"], [1074], None, "done"),
            task(1, ["taxi"], [1073], None, "done"),
            task(4, ["envelope"], [1074], ("2027-07-20", "Tue"), "done"),
        ],
    ),
    # b10en-06 (hotel): a forwarded guest e-mail in quote lines (no task); one message with a
    # request to a colleague ("would you mind") and the sender's own commitment; a request
    # with 来週水曜 accepted with "I'll do it Monday" (another date describes a day off);
    # delegation through a colleague to housekeeping ("when you have a sec, can you ask
    # housekeeping to ..."); a reply closing one task of a two-task message; a bare
    # "sorted" closing the sender's only open task; 2営業日以内 across 勤労感謝の日;
    # "still not here" closing nothing.
    conv(
        "b10en-06",
        (99306, "Amaterrace Kyoto / guest relations & sales"),
        M(1071, 1073, 1097, 1098),
        [
            (
                "2027-11-17 10:00",
                1098,
                "Forwarding a guest email from overnight:\n\n> Dear team, we are celebrating our 25th anniversary during our stay on 11/26.\n> Could you please arrange a small cake and some flowers in the room?\n> Kind regards, E. Lambert",
            ),
            (
                "2027-11-17 10:05",
                1098,
                "[To:1073]Luis Ferreira\nLuis, would you mind sorting the cake with the pastry kitchen? I'll handle the flowers myself.",
            ),
            (
                "2027-11-17 10:20",
                1073,
                "[rp aid=1098 to={m2}]Noor Siddiqui\nno problem, leave it with me",
            ),
            (
                "2027-11-17 11:00",
                1097,
                "[To:1071]Nadia Petrov\nNadia-san, the Q4 group rates for Kansai Travel need your sign-off. 来週水曜までにお願いできますか？",
            ),
            (
                "2027-11-17 11:30",
                1071,
                "[rp aid=1097 to={m4}]佐久間 陸さん\nsure. I'm off on the 23rd (holiday) so I'll do it Monday",
            ),
            (
                "2027-11-17 15:40",
                1098,
                "[To:1073]Luis Ferreira\nwhen you have a sec, can you ask housekeeping to put extra pillows in 708 before the Lamberts check in? they asked for 4",
            ),
            (
                "2027-11-17 16:05",
                1073,
                "[rp aid=1098 to={m2}]Noor Siddiqui\ncake ordered: 12 cm chocolate, message plate 'Happy 25th', delivered to 708 at 15:00 on the 26th 🎂",
            ),
            ("2027-11-17 16:10", 1073, "pillows sorted with housekeeping too"),
            (
                "2027-11-22 10:00",
                1097,
                "[To:1098]Noor Siddiqui\nNoor-san, could I get the October guest feedback summary? 2営業日以内にもらえますか？",
            ),
            (
                "2027-11-22 17:30",
                1071,
                "[rp aid=1097 to={m4}]佐久間 陸さん\nsigned off on the Kansai Travel rates, the PDF is in the sales folder",
            ),
            (
                "2027-11-25 09:00",
                1098,
                "flowers for 708 are… still not here 😬 the florist says tomorrow morning",
            ),
            (
                "2027-11-25 12:00",
                1098,
                "[rp aid=1097 to={m9}]佐久間 陸さん\nOctober feedback summary sent to your inbox 📊",
            ),
        ],
        [
            task(2, ["cake"], [1073], None, "done"),
            task(2, ["flowers"], [1098], None),
            task(4, ["rates"], [1071], ("2027-11-22", "Mon"), "done"),
            task(6, ["pillows"], [1073], None, "done"),
            task(9, ["feedback summary"], [1098], ("2027-11-25", "Thu"), "done"),
        ],
    ),
    # b10en-07 (SaaS support, self account): a [toall] request (every member but the sender
    # and chatsync's own account) with "by Thursday"; a report that does what it says ("I've
    # escalated it"); "I'll take this one — will have the fix out by EOD" in an [rp] (one
    # task for the sender); follow-up with a customer asked by [To:] and closed with
    # "replied"; a chase and a blocker reply that change nothing; a bare "done ✅" from one
    # [toall] assignee that leaves the multi-assignee task open.
    conv(
        "b10en-07",
        (99307, "Tallyfold Support / escalations"),
        M(1075, 1076, 1077, 1078, 1099),
        [
            (
                "2027-10-12 09:00",
                1075,
                "[toall]\nWelcome back from the long weekend! The queue is at 212 open tickets. Please each clear your own 'pending customer' tickets older than 7 days by Thursday.",
            ),
            (
                "2027-10-12 09:20",
                1076,
                "ticket #48812 (Brightline Dental): invoices render blank in the PDF export since Friday's release. looks like a backend thing, so I've escalated it to eng",
            ),
            (
                "2027-10-12 09:35",
                1078,
                "[rp aid=1076 to={m2}]Omar Haddad\nseen it, it's the new font subsetting. I'll take this one — will have the PDF export fix out by EOD",
            ),
            ("2027-10-12 09:40", 1076, "[rp aid=1078 to={m3}]Bastian Cole\n🙏 thanks"),
            (
                "2027-10-12 11:10",
                1075,
                "[To:1077]Ji-woo Kim\nJi-woo, the Brightline admin has emailed twice now. Can you follow up with them today with the workaround (CSV export works)?",
            ),
            (
                "2027-10-12 11:25",
                1077,
                "[rp aid=1075 to={m5}]Gwen Mercer\nreplied to them with the CSV steps and a link to the status page ✉️",
            ),
            (
                "2027-10-12 15:50",
                1075,
                "[To:1078]Bastian Cole\nany update on the PDF fix? Brightline has a board meeting tomorrow",
            ),
            (
                "2027-10-12 16:10",
                1078,
                "[rp aid=1075 to={m7}]Gwen Mercer\nthe fix is in review, blocked on a flaky e2e test. should land tonight",
            ),
            (
                "2027-10-13 10:05",
                1078,
                "[rp aid=1078 to={m3}]Bastian Cole\nPDF export fix deployed to prod at 09:40, verified with Brightline's sample invoice",
            ),
            ("2027-10-14 17:30", 1077, "done ✅ cleared my 9 stale ones"),
        ],
        [
            task(1, ["pending"], [1076, 1077, 1078], ("2027-10-14", "Thu")),
            task(3, ["PDF"], [1078], ("2027-10-12", "Tue"), "done"),
            task(5, ["Brightline"], [1077], ("2027-10-12", "Tue"), "done"),
        ],
        self_account_id=SELF,
    ),
    # b10en-08 (SaaS support JP, mixed, self account): [toall] with a passive need and
    # 2営業日以内 across 文化の日 (-> 11-04), よろしく from an English speaker; a Japanese
    # colleague's short English: partial work on the [toall] task (closes nothing) and a
    # commitment with "tomorrow", closed by reply; a Chatwork task (ltype=date) closed by
    # task_done; "arigato", (y), お疲れ様です.
    conv(
        "b10en-08",
        (99308, "Tallyfold Support JP"),
        M(1075, 1076, 1079, 1099),
        [
            (
                "2027-11-01 09:30",
                1075,
                "[toall]\nHi team, the JP help center articles for the new e-invoice (インボイス) flow need a final check before we publish. 2営業日以内にお願いします、よろしく！",
            ),
            (
                "2027-11-01 09:45",
                1079,
                "Gwenさん, I checked 3 of 5 articles. The screenshots in article 4 are old UI. I will replace them tomorrow.",
            ),
            ("2027-11-01 09:50", 1075, "arigato Miki-san! よろしくです🙏"),
            (
                "2027-11-01 10:30",
                1075,
                chatwork_task(
                    "added",
                    1076,
                    chatwork_lt("2027-11-05"),
                    "Translate the refund policy macro into Japanese (check wording with Miki)",
                    "date",
                ),
            ),
            ("2027-11-01 10:32", 1076, "(y) 了解です"),
            (
                "2027-11-02 16:00",
                1079,
                "[rp aid=1079 to={m2}]上野 美紀さん\narticle 4 screenshots replaced with the new UI ✅",
            ),
            (
                "2027-11-02 17:00",
                1076,
                "quick question — in the refund macro, should 'chargeback' stay in English or be チャージバック?",
            ),
            (
                "2027-11-02 17:05",
                1079,
                "[rp aid=1076 to={m7}]Omar Haddad\nチャージバック is fine 👍",
            ),
            (
                "2027-11-04 15:00",
                1076,
                chatwork_task(
                    "done",
                    1076,
                    chatwork_lt("2027-11-05"),
                    "Translate the refund policy macro into Japanese (check wording with Miki)",
                    "date",
                ),
            ),
            ("2027-11-04 15:02", 1075, "お疲れ様です! thanks both 🙏"),
        ],
        [
            task(1, ["help center"], [1076, 1079], ("2027-11-04", "Thu")),
            task(2, ["screenshots"], [1079], ("2027-11-02", "Tue"), "done"),
            task(4, ["refund"], [1076], ("2027-11-05", "Fri"), "done"),
        ],
        self_account_id=SELF,
    ),
    # b10en-09 (SaaS support): one [To:] ask buried at the end of a long weekly status update
    # whose bullet lines are status, a blocker ("blocked on legal") and a chase; acceptance
    # "Monday it is"; two commitments in replies to the update ("I'll nudge legal on Monday",
    # "I'll fix it ... after the break", no date); "pinged legal" closing the nudge; partial
    # work + "can I finish them by next Monday?" in a reply to the task (due moves); a
    # season greeting.
    conv(
        "b10en-09",
        (99309, "Tallyfold / docs & macros"),
        M(1075, 1076, 1077, 1078),
        [
            (
                "2027-12-17 17:30",
                1077,
                "Weekly update from the macros side:\n- rewrote 14 macros for the new billing page, 6 still in draft\n- CSAT on macro-answered tickets is up to 91% (from 87%)\n- the Stripe dispute macro is blocked on legal, they haven't approved the wording yet\n- still chasing the Zendesk admin about the broken auto-close trigger\n\nOne ask: [To:1076]Omar, could you proofread the 6 drafts before I publish them? Monday is fine.\nHave a good weekend all!",
            ),
            ("2027-12-17 17:40", 1076, "[rp aid=1077 to={m1}]Ji-woo Kim\nsure, Monday it is"),
            (
                "2027-12-17 17:42",
                1075,
                "great update Ji-woo, thanks. re the Stripe macro — I'll nudge legal on Monday",
            ),
            (
                "2027-12-17 17:45",
                1078,
                "the Zendesk trigger is partly my fault tbh 😅 I'll fix it with their admin after the break",
            ),
            (
                "2027-12-20 11:00",
                1075,
                "[rp aid=1075 to={m3}]Gwen Mercer\npinged legal, they said the Stripe wording is with their partner now",
            ),
            (
                "2027-12-20 18:20",
                1076,
                "[rp aid=1077 to={m1}]Ji-woo Kim\nproofread 4 of 6, the last two need an answer from product first. can I finish them by next Monday?",
            ),
            ("2027-12-20 18:30", 1077, "[rp aid=1076 to={m6}]Omar Haddad\nyes of course, no rush"),
            (
                "2027-12-27 15:00",
                1076,
                "[rp aid=1077 to={m1}]Ji-woo Kim\nall 6 drafts proofread ✅ left comments in the doc",
            ),
            (
                "2027-12-28 17:00",
                1075,
                "last day before the break for most of us — thanks for a great year, team 🎍 よいお年を！",
            ),
        ],
        [
            task(1, ["drafts"], [1076], ("2027-12-27", "Mon"), "done"),
            task(3, ["legal"], [1075], ("2027-12-20", "Mon"), "done"),
            task(4, ["trigger"], [1078], None),
        ],
    ),
    # b10en-10 (plant QA, mixed): an inspection report (no task); an NCR request with
    # 3営業日以内 accepted with "I'll have it out tomorrow" (due -> tomorrow); an info line;
    # a Japanese request with 今日中 closed by 完了しました; "NCR ... sent" by reply; a
    # request conditioned on an event ("when the 8D comes back, could you review ..."); an
    # upload that is information; "reviewed" by reply.
    conv(
        "b10en-10",
        (99310, "Sanwa Precision 浜松工場 / QA"),
        M(1080, 1081, 1082, 1083),
        [
            (
                "2027-08-09 08:45",
                1082,
                "Incoming inspection: lot 27-0802 of the M6 flange bolts from Kato Seiko — 7/50 samples out of spec on thread pitch. The lot is on hold in the quarantine cage.",
            ),
            (
                "2027-08-09 09:10",
                1080,
                "[To:1081]Alan Reyes\nAlan-san, please issue an NCR to Kato Seiko for lot 27-0802. 3営業日以内にお願いします。",
            ),
            (
                "2027-08-09 09:12",
                1081,
                "[rp aid=1080 to={m2}]石原 誠さん\n承知しました。I'll have it out tomorrow.",
            ),
            (
                "2027-08-09 09:30",
                1083,
                "Line 3 can run on the bolts from the previous lot (27-0719), we have ~4,000 left. No impact on this week's schedule.",
            ),
            (
                "2027-08-09 09:40",
                1080,
                "[To:1082]木下 葵さん\n木下さん、念のため前ロット27-0719からも20本抜き取りで再検査をお願いします。今日中で！",
            ),
            (
                "2027-08-09 15:30",
                1082,
                "[rp aid=1080 to={m5}]石原 誠さん\n27-0719の再検査、完了しました。20/20 OKです👍",
            ),
            (
                "2027-08-10 11:00",
                1081,
                "[rp aid=1080 to={m2}]石原 誠さん\nNCR-2027-118 sent to Kato Seiko. They'll send the 8D within two weeks.",
            ),
            (
                "2027-08-10 11:05",
                1080,
                "[To:1083]Hannah Voss\nありがとうございます。Hannah-san, when the 8D comes back, could you review the containment section with Alan?",
            ),
            ("2027-08-10 11:20", 1083, "[rp aid=1080 to={m8}]石原 誠さん\nwill do 👍"),
            (
                "2027-08-20 16:00",
                1081,
                "8D from Kato Seiko arrived (root cause: a worn thread-rolling die). uploaded to the NCR folder.",
            ),
            (
                "2027-08-24 14:00",
                1083,
                "[rp aid=1080 to={m8}]石原 誠さん\ncontainment section reviewed with Alan — looks adequate, one question sent back to Kato about the sorting method",
            ),
        ],
        [
            task(2, ["NCR"], [1081], ("2027-08-10", "Tue"), "done"),
            task(5, ["再検査"], [1082], ("2027-08-09", "Mon"), "done"),
            task(8, ["containment"], [1083], None, "done"),
        ],
    ),
    # b10en-11 (plant QA, mixed): one message with two pieces of work in one promise ("I'll
    # update the control plan ... and re-issue the work instructions by Friday") and a
    # request to another member (whose [To:] says nothing about the sender's promise); an
    # acceptance with 週明け across 敬老の日 (-> Tue 09-21); a passive need + お願いできますか;
    # a bare "finished ✅" from a sender with two open tasks (closes none); a reply that closes
    # one and slips the other to Tuesday; a bare completion when only one is open (closes it).
    conv(
        "b10en-11",
        (99311, "Sanwa Precision / audit prep"),
        M(1080, 1081, 1082, 1083),
        [
            (
                "2027-09-15 10:00",
                1083,
                "Customer audit (Nordlicht Automotive) is on 9/29. I'll update the control plan for line 3 and re-issue the work instructions by Friday.\n[To:1082]木下 葵さん\nAoi-san, could you pull the last 3 months of CMM reports for the audit binder?",
            ),
            (
                "2027-09-15 10:05",
                1082,
                "[rp aid=1083 to={m1}]Hannah Voss\n承知しました。週明けまでに揃えます",
            ),
            (
                "2027-09-15 11:30",
                1080,
                "The calibration records for the torque wrenches need to be in the binder too. [To:1081]Alan-san、お願いできますか？",
            ),
            ("2027-09-15 11:40", 1081, "[rp aid=1080 to={m3}]石原 誠さん\nsure, will do"),
            ("2027-09-17 16:30", 1083, "finished ✅"),
            ("2027-09-17 16:35", 1080, "which one? 😅"),
            (
                "2027-09-17 16:40",
                1083,
                "[rp aid=1083 to={m1}]Hannah Voss\nthe control plan for line 3 is updated and released. the work instructions still need the torque values from Alan, so those slip to Tuesday",
            ),
            (
                "2027-09-21 09:30",
                1081,
                "[rp aid=1080 to={m3}]石原 誠さん\ncalibration records printed and filed in the binder, tab 7",
            ),
            (
                "2027-09-21 09:45",
                1082,
                "[rp aid=1083 to={m1}]Hannah Voss\nCMMレポート3か月分、バインダーに入れました",
            ),
            (
                "2027-09-21 17:50",
                1083,
                "work instructions re-issued (rev. F) with Alan's torque values 👍",
            ),
        ],
        [
            task(1, ["control plan"], [1083], ("2027-09-17", "Fri"), "done"),
            task(1, ["work instructions"], [1083], ("2027-09-21", "Tue"), "done"),
            task(1, ["CMM"], [1082], ("2027-09-21", "Tue"), "done"),
            task(3, ["calibration"], [1081], None, "done"),
        ],
    ),
    # b10en-12 (law firm): a passive need ("need to be Bates-stamped by Tuesday") asked of
    # a senior paralegal who should get a junior started (assignee: the [To:]); she delegates
    # to the junior with a nearer deadline ("Monday EOD", the other date is the requester's);
    # "would you mind ordering rush copies" withdrawn in other words ("we won't need the
    # rush copies after all", + hold off); a Chatwork task with ltype=time closed by
    # task_done; an FYI of a moved hearing; two completions by reply.
    conv(
        "b10en-12",
        (99312, "Whitcombe & Arai / litigation support"),
        M(1084, 1085, 1086, 1087),
        [
            (
                "2027-10-21 09:10",
                1085,
                "[To:1084]Evelyn Marsh\nEvelyn, the exhibits for the Halvorsen opposition need to be Bates-stamped by Tuesday. Could you get Tobias started on it?",
            ),
            (
                "2027-10-21 09:14",
                1085,
                "[To:1087]Leah Ambrose\nLeah, would you mind ordering rush copies of the hearing binder from Kinsho Print? 3 sets, for the 11/2 hearing.",
            ),
            (
                "2027-10-21 09:20",
                1084,
                "[To:1086]Tobias Grant\nTobias, can you take the first pass on Bates-stamping the Halvorsen exhibits? Daisuke needs them by Tuesday, so Monday EOD would give me time to QC.",
            ),
            ("2027-10-21 09:25", 1086, "[rp aid=1084 to={m3}]Evelyn Marsh\non it 👍"),
            (
                "2027-10-21 10:00",
                1087,
                chatwork_task(
                    "added",
                    1084,
                    chatwork_lt("2027-10-22", "15:00"),
                    "Kirby v. Osei: e-file the notice of appearance",
                    "time",
                ),
            ),
            (
                "2027-10-21 10:30",
                1087,
                "FYI court calendar: the Halvorsen hearing moved from 11/2 to 11/9, 10:00, Dept. 14.",
            ),
            (
                "2027-10-21 10:35",
                1085,
                "[rp aid=1085 to={m2}]新井 大輔さん\nLeah, with the hearing pushed to 11/9 we won't need the rush copies after all. please hold off for now 🙏",
            ),
            (
                "2027-10-22 14:20",
                1084,
                chatwork_task(
                    "done",
                    1084,
                    chatwork_lt("2027-10-22", "15:00"),
                    "Kirby v. Osei: e-file the notice of appearance",
                    "time",
                ),
            ),
            (
                "2027-10-25 17:40",
                1086,
                "[rp aid=1084 to={m3}]Evelyn Marsh\nfirst pass done: HAL-000001 to HAL-000412. two exhibits had missing pages, flagged them in the index",
            ),
            (
                "2027-10-26 12:30",
                1084,
                "[rp aid=1085 to={m1}]新井 大輔さん\nHalvorsen exhibits are stamped and QC'd, uploaded to the matter folder",
            ),
            ("2027-10-26 12:40", 1085, "great, thank you both"),
        ],
        [
            task(1, ["Bates"], [1084], ("2027-10-26", "Tue"), "done"),
            task(3, ["Bates"], [1086], ("2027-10-25", "Mon"), "done"),
            task(5, ["notice of appearance"], [1084], ("2027-10-22T15:00", "Fri"), "done"),
        ],
    ),
    # b10en-13 (law firm, mixed): a to-do block with 担当： / 期限： and (~12/27 18:00), plus
    # the sender's own commitment line whose date describes the hearing; an acceptance
    # restating the same Friday; an information question and answer; completions by reply
    # and a bare one (one open task); 3営業日 from Mon 12-27 across the 12-29 … 01-03 break
    # (-> 2028-01-05); a reply with 8割 + 明日の午前中 (due -> 12-28 12:00); よいお年を;
    # a completion after the new year.
    conv(
        "b10en-13",
        (99313, "Whitcombe & Arai / 東京 paralegals"),
        M(1084, 1085, 1086, 1087),
        [
            (
                "2027-12-22 10:00",
                1085,
                "年末年始前のToDoです。Please check your line 🙏\n・Kirby v. Osei 証拠説明書のドラフト　担当：Tobias　期限：12/24\n・Halvorsen 和解案の英訳チェック　担当：Evelyn（~12/27 18:00）\n・事務所の年末年始スケジュールを裁判所カレンダーに反映　担当：Leah\n・1/7の期日の準備書面は私が年明けに書きます",
            ),
            (
                "2027-12-22 10:10",
                1086,
                "[rp aid=1085 to={m1}]新井 大輔さん\n了解です! I'll have the draft by Friday",
            ),
            (
                "2027-12-22 10:30",
                1087,
                "[To:1085]新井 大輔さん\nQuestion: is the office open on 12/28, or closed from then too?",
            ),
            (
                "2027-12-22 10:35",
                1085,
                "[rp aid=1087 to={m3}]Leah Ambrose\n12/28まで営業、12/29〜1/3が休みです",
            ),
            (
                "2027-12-24 16:00",
                1086,
                "[rp aid=1085 to={m1}]新井 大輔さん\n証拠説明書のドラフト、共有フォルダに上げました",
            ),
            ("2027-12-24 16:30", 1087, "court calendar updated with the holiday closure ✅"),
            (
                "2027-12-27 11:00",
                1084,
                "[To:1087]Leah Ambrose\nLeah, one more: could you send the Osei client the year-end billing statement 3営業日以内? お願いします🙏",
            ),
            ("2027-12-27 11:05", 1087, "[rp aid=1084 to={m7}]Evelyn Marsh\n承知しました"),
            (
                "2027-12-27 17:55",
                1084,
                "[rp aid=1085 to={m1}]新井 大輔さん\n和解案の英訳チェック、8割まで終わりました。残りは明日の午前中に仕上げます🙇",
            ),
            (
                "2027-12-28 11:40",
                1084,
                "[rp aid=1085 to={m1}]新井 大輔さん\n和解案の英訳チェック完了です。コメントは赤字で入れています",
            ),
            ("2027-12-28 12:00", 1085, "皆さん今年もありがとうございました。よいお年を！🎍"),
            (
                "2028-01-05 10:00",
                1087,
                "あけましておめでとうございます！ I sent the year-end billing statement to Osei yesterday by email 📧",
            ),
        ],
        [
            task(1, ["証拠説明書"], [1086], ("2027-12-24", "Fri"), "done"),
            task(1, ["和解案"], [1084], ("2027-12-28T12:00", "Tue"), "done"),
            task(1, ["カレンダー"], [1087], None, "done"),
            task(1, ["準備書面"], [1085], None),
            task(7, ["billing statement"], [1087], ("2028-01-05", "Wed"), "done"),
        ],
    ),
    # b10en-14 (food bank): a role call on a Saturday and a conditional offer of the role
    # (no task); "this week" sent on a Saturday (-> next Friday); a vague offer + a question;
    # prose minutes whose narrative restates the work and whose action items name members
    # (romanised "Yuri" for 西田 ゆり) with "before 11/30" and "next Wednesday"; "labels
    # printed" by reply; "can I have until 12/10" in a reply to the minutes (due moves).
    conv(
        "b10en-14",
        (99314, "Harbor Lights Food Bank / coordinators"),
        M(1088, 1089, 1090, 1091),
        [
            (
                "2027-11-06 10:30",
                1088,
                "sorry for the Saturday ping! We still need a shift lead for the 11/13 sorting day — anyone?",
            ),
            ("2027-11-06 10:45", 1091, "I can do it if nobody else can"),
            ("2027-11-06 11:00", 1088, "thank you Patrick!! 🙌 you're it then"),
            (
                "2027-11-06 11:10",
                1088,
                "[To:1089]Kwame Boateng\nKwame, could you print the new allergen labels for the sorting day? This week is fine",
            ),
            ("2027-11-06 11:30", 1090, "Ines-san, I can help out on the day 🙌 何時集合ですか？"),
            (
                "2027-11-06 11:35",
                1088,
                "[rp aid=1090 to={m5}]西田 ゆりさん\n8:30 at the warehouse door! ありがとう〜",
            ),
            (
                "2027-11-08 09:00",
                1088,
                "Notes from the coordinators' call (11/8):\nWe agreed the Kōhoku pantry pickup moves to Thursdays from December. Kwame mentioned the van's annual inspection is due, and Yuri offered to move the volunteer sign-up sheet to Google Forms.\nAction items:\n- Kwame to get the van inspected before 11/30\n- Yuri: build the Google Forms sign-up sheet by next Wednesday\n- Patrick to brief the shift leads on the new pickup day",
            ),
            (
                "2027-11-08 09:20",
                1089,
                "[rp aid=1088 to={m4}]Ines Moreau\nlabels printed, 400 of them, they're in the blue crate 🏷️",
            ),
            (
                "2027-11-08 09:30",
                1089,
                "[rp aid=1088 to={m7}]Ines Moreau\nthe garage is full until December 😬 can I have until 12/10 for the van inspection?",
            ),
            ("2027-11-08 09:40", 1088, "[rp aid=1089 to={m9}]Kwame Boateng\nsure, 12/10 works"),
            (
                "2027-11-17 18:00",
                1090,
                "[rp aid=1088 to={m7}]Ines Moreau\nInes-san, Google Forms のサインアップシート作りました！ https://forms.example.org/hl-signup",
            ),
        ],
        [
            task(4, ["allergen"], [1089], ("2027-11-12", "Fri"), "done"),
            task(7, ["van"], [1089], ("2027-12-10", "Fri")),
            task(7, ["sign-up"], [1090], ("2027-11-17", "Wed"), "done"),
            task(7, ["shift leads"], [1091], None),
        ],
    ),
    # b10en-15 (food bank, no task): a pasted letter template between separators, a donor's
    # words in 「」, a request to hold off, "let me know if", chit-chat, an FYI, thanks.
    conv(
        "b10en-15",
        (99315, "Harbor Lights / donor thank-yous"),
        M(1088, 1089, 1090, 1091),
        [
            (
                "2027-12-02 14:00",
                1088,
                "Here's the thank-you template we're using for the winter drive, for reference:\n----\nDear {name},\nThank you so much for your gift to Harbor Lights. Please keep this letter as your receipt for tax purposes, and let us know if any of your details are wrong.\nWith gratitude,\nThe Harbor Lights team\n----",
            ),
            (
                "2027-12-02 14:10",
                1091,
                "looks great. the donor in Kōnan-ku who called yesterday said 「please don't send paper letters anymore, email only」 — noted in the CRM",
            ),
            (
                "2027-12-02 14:20",
                1089,
                "Please hold off on mailing anything to corporate donors until the new letterhead arrives.",
            ),
            ("2027-12-02 14:25", 1088, "good call. let me know if the printer gives you a date"),
            ("2027-12-02 14:30", 1090, "the letterhead proof looks so nice btw 👀✨"),
            ("2027-12-03 10:00", 1089, "the printer says the letterhead ships on 12/9"),
            ("2027-12-03 10:05", 1088, "perfect, thanks Kwame 🙏"),
        ],
        [],
    ),
    # b10en-16 (video production): "could you take a look when you get a chance" naming the
    # rough cut; the review answered in a reply that also gives timestamped notes (one task
    # a line, assignee from [rp]) -> the review is done; a commitment with "tonight" (not a
    # table word: null); an export closed by reply; a reply naming three finished notes; a
    # reply saying the fourth is only half fixed + "I'll finish it tomorrow" (due moves); a
    # bare "posted" closing the sender's only open task.
    conv(
        "b10en-16",
        (99316, "Lumen Reel / Kinoha Tea brand film"),
        M(1092, 1093, 1094, 1095),
        [
            (
                "2027-07-27 10:00",
                1093,
                "[To:1092]Sofia Marchetti\nRough cut v2 of the Kinoha Tea film is up on frame.io (2:14). Could you take a look when you get a chance?",
            ),
            (
                "2027-07-27 15:30",
                1092,
                "[rp aid=1093 to={m1}]武田 涼さん\nwatched it twice — the structure works! notes:\n- 00:18 trim the pause before the first pour\n- 00:52 swap the wide of the tea field for the drone shot\n- 01:40 the interview audio dips, please level it\n- 02:05 end card: hold it 2 more seconds\nCaleb is on the lower thirds separately.",
            ),
            (
                "2027-07-27 15:35",
                1093,
                "[rp aid=1092 to={m2}]Sofia Marchetti\nthanks! all doable 👍",
            ),
            ("2027-07-27 15:50", 1094, "lower thirds: I'll send two font options tonight"),
            (
                "2027-07-28 11:00",
                1095,
                "[To:1093]武田 涼さん\nRyo, can you export an XML of the locked sections so I can start the grade? no rush",
            ),
            (
                "2027-07-28 11:30",
                1093,
                "[rp aid=1095 to={m5}]Yuna Park\nXML exported to /kinoha/grade_in/ 👍",
            ),
            (
                "2027-07-28 18:40",
                1093,
                "[rp aid=1092 to={m2}]Sofia Marchetti\nv3 is up: pause trimmed, drone shot swapped in, end card held 2s longer ✅",
            ),
            (
                "2027-07-28 18:45",
                1093,
                "[rp aid=1092 to={m2}]Sofia Marchetti\nthe 01:40 audio dip is only half fixed, it needs a proper noise pass. I'll finish it tomorrow 🙇",
            ),
            (
                "2027-07-29 12:10",
                1094,
                "posted the two font options for the lower thirds in the frame.io comments",
            ),
            (
                "2027-07-29 14:00",
                1093,
                "[rp aid=1092 to={m2}]Sofia Marchetti\n01:40 audio fixed, noise pass done, v3.1 uploaded",
            ),
            (
                "2027-07-29 14:20",
                1092,
                "[rp aid=1093 to={m10}]武田 涼さん\nsounds great now, thank you!",
            ),
        ],
        [
            task(1, ["rough cut"], [1092], None, "done"),
            task(2, ["pause"], [1093], None, "done"),
            task(2, ["drone"], [1093], None, "done"),
            task(2, ["audio"], [1093], ("2027-07-29", "Thu"), "done"),
            task(2, ["end card"], [1093], None, "done"),
            task(4, ["font"], [1094], None, "done"),
            task(5, ["XML"], [1093], None, "done"),
        ],
    ),
    # b10en-17 (video production, mixed): a passive need + 来週頭までに across スポーツの日
    # (-> Tue 10-12); ASAP (null) on a booking whose date describes the shoot, later called
    # off in other words ("let's not book ... after all"); a request declined ("I can't take
    # this one") and withdrawn by the requester ("scratch this one for you"); the handoff to
    # another editor ("could you take over ...", "Friday still works"), accepted with
    # 引き取ります; partial + もう少し時間ください (no date); partial forms; done by reply.
    conv(
        "b10en-17",
        (99317, "Lumen Reel / Shirakaba Railway shoot"),
        M(1092, 1093, 1094, 1095),
        [
            (
                "2027-10-04 10:00",
                1092,
                "Shoot day for the Shirakaba Railway safety video is locked: 10/14, Ōmiya depot 🚆",
            ),
            (
                "2027-10-04 10:05",
                1092,
                "[To:1095]Yuna Park\nthe talent release forms need to be collected from all 6 extras before the shoot. 来週頭までにお願いできる？",
            ),
            ("2027-10-04 10:20", 1095, "[rp aid=1092 to={m2}]Sofia Marchetti\nsure, will do 👍"),
            (
                "2027-10-04 10:22",
                1092,
                "[To:1095]Yuna Park\nand could you line up a BTS camera op for the 14th? ASAP please, they book out fast",
            ),
            (
                "2027-10-04 10:25",
                1092,
                "[To:1094]Caleb Stone\nCaleb, could you draw up storyboard frames for the platform safety scene by Friday?",
            ),
            (
                "2027-10-04 10:40",
                1094,
                "[rp aid=1092 to={m5}]Sofia Marchetti\nI can't take this one, sorry — I'm on the Kinoha deliverables until Friday. 武田さん might have room?",
            ),
            (
                "2027-10-04 10:50",
                1092,
                "[rp aid=1092 to={m5}]Sofia Marchetti\nno worries Caleb — scratch this one for you 👍",
            ),
            (
                "2027-10-04 10:52",
                1092,
                "[To:1093]武田 涼さん\n武田さん、could you take over the storyboard frames for the platform safety scene? Friday still works for me 🙏",
            ),
            (
                "2027-10-04 11:00",
                1093,
                "[rp aid=1092 to={m8}]Sofia Marchetti\nOKです、引き取ります",
            ),
            (
                "2027-10-08 17:00",
                1093,
                "[rp aid=1092 to={m8}]Sofia Marchetti\nstoryboard、12コマ中8コマまでです🙇 もう少し時間ください",
            ),
            (
                "2027-10-08 17:10",
                1092,
                "[rp aid=1093 to={m10}]武田 涼さん\nno problem, enjoy the long weekend!",
            ),
            (
                "2027-10-12 11:30",
                1095,
                "[rp aid=1092 to={m2}]Sofia Marchetti\n5 of 6 release forms in. still chasing the last extra (Mr. Hattori), he's on a business trip until Thursday",
            ),
            (
                "2027-10-12 14:00",
                1092,
                "[rp aid=1092 to={m4}]Sofia Marchetti\nYuna, change of plan from the client: they want to skip the behind-the-scenes cut entirely, so let's not book the BTS camera op after all 🙏",
            ),
            (
                "2027-10-13 16:00",
                1093,
                "[rp aid=1092 to={m8}]Sofia Marchetti\nstoryboard frames 12/12 done, uploaded to the shoot folder",
            ),
        ],
        [
            task(2, ["release forms"], [1095], ("2027-10-12", "Tue")),
            task(8, ["storyboard"], [1093], ("2027-10-08", "Fri"), "done"),
        ],
    ),
    # b10en-18 (game studio localisation, mixed): a Chatwork task with ltype=date closed by
    # task_done three days after its day; a Japanese colleague's "OK! I can do it by
    # Thursday" accepting a 今週中 request (due -> Thursday); an old-style task body with
    # lt=0 and no ltype (no deadline) closed by task_done; partial work ("40/52, still
    # going") that closes nothing; an FYI.
    conv(
        "b10en-18",
        (99318, "Pinewhistle / localization JP"),
        M(1061, 1063, 1065, 1096),
        [
            (
                "2027-11-30 10:00",
                1061,
                chatwork_task(
                    "added",
                    1096,
                    chatwork_lt("2027-12-10"),
                    "JP loc pass for the 1.0 store page and achievements",
                    "date",
                ),
            ),
            ("2027-11-30 10:05", 1096, "承知しました! よろしくお願いします🙏"),
            (
                "2027-11-30 10:30",
                1065,
                "[To:1096]松井 楓さん\nKaede-san, could you also check the Japanese text in the launch trailer subtitles? 今週中だと助かります",
            ),
            (
                "2027-11-30 10:45",
                1096,
                "[rp aid=1065 to={m3}]Rosa Delgado\nOK! I can do it by Thursday.",
            ),
            (
                "2027-11-30 11:00",
                1063,
                chatwork_task(
                    "added", 1063, 0, "Regression test of the font fallback on the JP UI", None
                ),
            ),
            (
                "2027-12-02 16:00",
                1096,
                "[rp aid=1065 to={m3}]Rosa Delgado\nsubtitles checked. 2 typos fixed, 1 line is too long for the screen — I left a comment",
            ),
            (
                "2027-12-03 11:00",
                1061,
                "FYI glossary v3 is final, it's in the loc folder. No more term changes before launch.",
            ),
            (
                "2027-12-08 18:00",
                1063,
                chatwork_task(
                    "done", 1063, 0, "Regression test of the font fallback on the JP UI", None
                ),
            ),
            (
                "2027-12-10 17:30",
                1096,
                "[To:1061]Mara Okafor\nachievements are at 40/52, still going 🙇",
            ),
            (
                "2027-12-13 15:00",
                1096,
                chatwork_task(
                    "done",
                    1096,
                    chatwork_lt("2027-12-10"),
                    "JP loc pass for the 1.0 store page and achievements",
                    "date",
                ),
            ),
        ],
        [
            task(1, ["store page"], [1096], ("2027-12-10", "Fri"), "done"),
            task(3, ["subtitles"], [1096], ("2027-12-02", "Thu"), "done"),
            task(5, ["font fallback"], [1063], None, "done"),
        ],
    ),
    # b10en-19 (research lab, no task): a permission question, an information question and
    # answer, a progress remark, a message that does what it announces (the recording link),
    # thanks with :tada:.
    conv(
        "b10en-19",
        (99319, "Nwosu Lab / journal club"),
        M(1066, 1067, 1068, 1070),
        [
            (
                "2027-12-06 12:00",
                1070,
                "Is it ok if I present the Nakamura 2027 paper at journal club instead of the one on the schedule?",
            ),
            (
                "2027-12-06 12:10",
                1066,
                "[rp aid=1070 to={m1}]Jonah Whitfield\nsure, that one's more relevant anyway",
            ),
            ("2027-12-06 12:15", 1068, "where's the shared folder for journal club papers again?"),
            (
                "2027-12-06 12:16",
                1067,
                "[rp aid=1068 to={m3}]森田 遼さん\nlab drive → /journal-club/2027-28",
            ),
            ("2027-12-06 15:30", 1070, "slides are about 70% there 😅"),
            ("2027-12-06 15:40", 1066, "no pressure Jonah, Friday's session is informal 🙂"),
            (
                "2027-12-10 17:30",
                1067,
                "great discussion today, thanks Jonah! the recording is here: https://video.example.org/nwosu-jc-1210",
            ),
            ("2027-12-10 17:45", 1070, "thanks all 🙇‍♂️ :tada:"),
        ],
        [],
    ),
    # b10en-20 (hotel night audit): lowercase, no apostrophes, a signature; a request sent
    # at 23:40 with "tomorrow"; two subject-less commitments in two messages ("ill fix it",
    # "ill print"), then a bare "done" while both are open (closes none), a reply closing
    # one and a bare one closing the other; "called them" by reply; "by noon if you can,
    # onegaishimasu"; an acceptance with すぐ; a report with a signature block.
    conv(
        "b10en-20",
        (99320, "Amaterrace Kyoto / night audit"),
        M(1071, 1072, 1074, 1098),
        [
            (
                "2027-08-26 23:40",
                1072,
                "[To:1071]Nadia Petrov\nthe pos terminal at the lobby bar crashed twice tonight. rebooted it but pls call the vendor tomorrow to have it checked\n-- Ken (night audit)",
            ),
            (
                "2027-08-26 23:55",
                1072,
                "also room 801 minibar charges didnt post to the folio, ill fix it before the audit closes",
            ),
            ("2027-08-26 23:58", 1072, "and ill print the arrivals list before i leave"),
            ("2027-08-27 03:10", 1072, "done"),
            (
                "2027-08-27 06:50",
                1072,
                "[rp aid=1072 to={m2}]藤原 健さん\nminibar charges posted to the 801 folio, audit closed 06:40",
            ),
            ("2027-08-27 06:55", 1072, "arrivals list printed, on the desk 📄"),
            (
                "2027-08-27 09:10",
                1071,
                "[rp aid=1072 to={m1}]藤原 健さん\nthanks Ken. called them, a technician is coming this afternoon",
            ),
            (
                "2027-08-27 09:20",
                1071,
                "[To:1074]佐野 はるかさん\nHaruka-san, can you make sure the bar staff know to use the backup terminal for now? by noon if you can, onegaishimasu 🙏",
            ),
            ("2027-08-27 09:22", 1074, "[rp aid=1071 to={m8}]Nadia Petrov\nはい！すぐ伝えます"),
            (
                "2027-08-27 10:05",
                1074,
                "[rp aid=1071 to={m8}]Nadia Petrov\nbar team briefed at this morning's huddle 👍（朝礼で伝えました）",
            ),
            (
                "2027-08-27 16:00",
                1098,
                "the pos is fixed, the vendor replaced the card reader. thanks everyone 🙏\n\nNoor Siddiqui | Guest Relations | Hotel Amaterrace Kyoto",
            ),
        ],
        [
            task(1, ["vendor"], [1071], ("2027-08-27", "Fri"), "done"),
            task(2, ["minibar"], [1072], None, "done"),
            task(3, ["arrivals"], [1072], None, "done"),
            task(8, ["backup terminal"], [1074], ("2027-08-27T12:00", "Fri"), "done"),
        ],
    ),
    # b10en-21 (plant QA, mixed): [toall] with "by next Monday", which lands on 敬老の日
    # (the table gives that Monday; no business-day shift); a question and answer; "by
    # noon" accepted with 11時まで (due -> 11:00); a commitment "by 3pm" closed by a reply
    # ("uploaded"); a bare "submitted ✅" from one [toall] assignee (stays open); a
    # weekend greeting.
    conv(
        "b10en-21",
        (99321, "Sanwa Precision / line 3 kaizen"),
        M(1080, 1081, 1082, 1083),
        [
            (
                "2027-09-14 08:30",
                1080,
                "[toall]\nおはようございます。Kaizen suggestion sheets for Q3 are due — please submit yours by next Monday. 紙でもExcelでもOKです",
            ),
            (
                "2027-09-14 08:35",
                1083,
                "quick one: does the sheet need the cost estimate filled in?",
            ),
            (
                "2027-09-14 08:40",
                1080,
                "[rp aid=1083 to={m2}]Hannah Voss\nHannah-san, 概算で大丈夫です",
            ),
            (
                "2027-09-14 09:00",
                1083,
                "[To:1082]木下 葵さん\nAoi-san, could you send me last week's scrap counts for line 3 by noon? I'd like to include them in my sheet",
            ),
            (
                "2027-09-14 09:05",
                1082,
                "[rp aid=1083 to={m4}]Hannah Voss\nはい、11時までに送ります",
            ),
            (
                "2027-09-14 10:50",
                1082,
                "[rp aid=1083 to={m4}]Hannah Voss\nscrap counts sent by mail 📧（先週分、シフト別）",
            ),
            (
                "2027-09-14 13:00",
                1081,
                "I'll have the supplier defect Pareto ready by 3pm for the kaizen review",
            ),
            (
                "2027-09-14 15:10",
                1081,
                "[rp aid=1081 to={m7}]Alan Reyes\nPareto uploaded to the shared drive — sorry, 10 min late 🙇",
            ),
            ("2027-09-17 17:00", 1082, "kaizen sheet submitted (2件) ✅"),
            ("2027-09-17 17:05", 1080, "みなさん連休前にありがとうございます。良い週末を！"),
        ],
        [
            task(1, ["kaizen"], [1081, 1082, 1083], ("2027-09-20", "Mon")),
            task(4, ["scrap"], [1082], ("2027-09-14T11:00", "Tue"), "done"),
            task(7, ["Pareto"], [1081], ("2027-09-14T15:00", "Tue"), "done"),
        ],
    ),
    # b10en-22 (law firm): an open call ("anyone free to ... today?", assignees []) closed by
    # the asker quoting it ("ran it myself"); "it would be great if you could ..." + 週内,
    # accepted "by Thursday"; "would you mind signing off ..."; "didn't get to it" (stays
    # open) then done by reply; a completion by [qt][qtmeta]; two pieces of work in one
    # sentence, the date describing the call; a reply naming one of them.
    conv(
        "b10en-22",
        (99322, "Whitcombe & Arai / intake"),
        M(1084, 1085, 1086, 1087),
        [
            (
                "2027-11-08 09:30",
                1084,
                "anyone free to run a conflict check on the new intake (Marlowe Logistics) today?",
            ),
            (
                "2027-11-08 10:15",
                1085,
                "[To:1086]Tobias Grant\nTobias, it would be great if you could draft the Marlowe engagement letter. 週内で大丈夫です",
            ),
            ("2027-11-08 10:20", 1086, "[rp aid=1085 to={m2}]新井 大輔さん\nsure, by Thursday"),
            (
                "2027-11-08 11:00",
                1087,
                "[To:1084]Evelyn Marsh\nwould you mind signing off on the October time entries before the billing run? 🙏",
            ),
            (
                "2027-11-08 15:00",
                1084,
                "[qt][qtmeta aid=1084 time={t1}]anyone free to run a conflict check on the new intake (Marlowe Logistics) today?[/qt]\nran it myself — no hits, cleared to open the matter",
            ),
            (
                "2027-11-09 18:00",
                1084,
                "[rp aid=1087 to={m4}]Leah Ambrose\nsorry, didn't get to the time entries today, a client call ran long",
            ),
            (
                "2027-11-10 09:15",
                1084,
                "[rp aid=1087 to={m4}]Leah Ambrose\ntime entries signed off ✍️",
            ),
            (
                "2027-11-11 17:20",
                1086,
                "[qt][qtmeta aid=1085 time={t2}]Tobias, it would be great if you could draft the Marlowe engagement letter. 週内で大丈夫です[/qt]\nfirst draft is in the matter folder, fee schedule as per your email",
            ),
            ("2027-11-11 17:30", 1085, "perfect, thanks Tobias! 👍"),
            (
                "2027-11-12 10:00",
                1085,
                "[To:1087]Leah Ambrose\nLeah, please calendar the Marlowe kickoff call for 11/18 at 14:00 and send the invite to the client 🙏",
            ),
            (
                "2027-11-12 10:30",
                1087,
                "[rp aid=1085 to={m10}]新井 大輔さん\ninvite sent to Ms. Marlowe, cc'd you 📨",
            ),
        ],
        [
            task(1, ["conflict check"], [], ("2027-11-08", "Mon"), "done"),
            task(2, ["engagement letter"], [1086], ("2027-11-11", "Thu"), "done"),
            task(4, ["time entries"], [1084], None, "done"),
            task(10, ["calendar"], [1087], None),
            task(10, ["invite"], [1087], None, "done"),
        ],
    ),
    # b10en-23 (food bank, mixed): [toall] with "by 12/20" whose other date describes the
    # event; "will do!"; a passive need with 年内 + "can you arrange the van?", withdrawn in
    # other words by reply ("we don't need the van after all"); bare headcounts from [toall]
    # assignees (the task stays open); 2営業日以内 from 12-28 across the break (-> 2028-01-05),
    # accepted with "on 1/4" (M/D rolls into 2028); done by reply; 週明け across 成人の日
    # (-> Tue 2028-01-11).
    conv(
        "b10en-23",
        (99323, "Harbor Lights / 年末配布"),
        M(1088, 1089, 1090, 1091),
        [
            (
                "2027-12-13 10:00",
                1090,
                "[toall]\n年末の食品配布についてです。Each team lead, please send me your volunteer headcount for 12/26 by 12/20 🙏 よろしくお願いします",
            ),
            ("2027-12-13 10:10", 1091, "will do!"),
            (
                "2027-12-13 10:30",
                1088,
                "[To:1089]Kwame Boateng\nKwame, the rice donation from Sato Farms needs to be picked up 年内. can you arrange the van?",
            ),
            (
                "2027-12-13 10:45",
                1089,
                "[rp aid=1088 to={m3}]Ines Moreau\nsure 👍 leave it with me",
            ),
            (
                "2027-12-14 11:00",
                1088,
                "[rp aid=1088 to={m3}]Ines Moreau\nKwame, good news — Sato Farms will deliver the rice themselves, so we don't need the van after all 🎉",
            ),
            ("2027-12-20 17:00", 1089, "warehouse team headcount: 14 for the 26th"),
            ("2027-12-21 09:00", 1091, "pantry team: 9 ✋"),
            (
                "2027-12-28 16:00",
                1090,
                "[To:1088]Ines Moreau\nInes-san, could you send the thank-you email to all the 12/26 volunteers? 2営業日以内で大丈夫です",
            ),
            (
                "2027-12-28 16:10",
                1088,
                "[rp aid=1090 to={m8}]西田 ゆりさん\n了解！ I'll send it on 1/4",
            ),
            (
                "2028-01-05 10:30",
                1088,
                "[rp aid=1090 to={m8}]西田 ゆりさん\nthank-you email sent to all 63 volunteers yesterday 💌",
            ),
            (
                "2028-01-07 15:00",
                1090,
                "[To:1091]Patrick O'Neill\nPatrickさん、配布実績のレポート、週明けにお願いできますか？",
            ),
            ("2028-01-07 15:20", 1091, "[rp aid=1090 to={m11}]西田 ゆりさん\nno problem 👍"),
        ],
        [
            task(1, ["headcount"], [1088, 1089, 1091], ("2027-12-20", "Mon")),
            task(8, ["thank-you"], [1088], ("2028-01-04", "Tue"), "done"),
            task(11, ["レポート"], [1091], ("2028-01-11", "Tue")),
        ],
    ),
    # b10en-24 (game studio art, noise): a subject-less commitment with :coffee: and
    # "tomorrow"; "can u ... by friday pls" with :christmas_tree:; :+1:; emoji-only news and
    # cheers; a reply "lods fixed ... pushed 🚀" closing the commitment; chit-chat in a reply;
    # a bare "banners done" with a "-- theo" signature closing the only open task; a [toall]
    # closure notice full of dates.
    conv(
        "b10en-24",
        (99324, "Pinewhistle / art team"),
        M(1061, 1062, 1064, 1065),
        [
            (
                "2027-12-06 10:12",
                1064,
                "morning :coffee: harbor map LODs still look off on low settings, will fix it tomorrow",
            ),
            (
                "2027-12-06 10:20",
                1065,
                "[To:1064]Theo Lindqvist\ntheo can u make 3 holiday banner variants for the steam page :christmas_tree: by friday pls",
            ),
            ("2027-12-06 10:21", 1064, ":+1:"),
            ("2027-12-06 11:00", 1062, "build 0.9.7 is green on all platforms 🎉🎉"),
            ("2027-12-06 11:05", 1061, "nice!! 🙌🙌"),
            (
                "2027-12-07 17:45",
                1064,
                "[rp aid=1064 to={m1}]Theo Lindqvist\nlods fixed on low + medium, pushed 🚀",
            ),
            (
                "2027-12-08 09:30",
                1065,
                "[rp aid=1064 to={m1}]Theo Lindqvist\nLODs look great now even on my potato laptop lol 🥔",
            ),
            (
                "2027-12-10 16:00",
                1064,
                "banners done, 3 variants in the marketing folder 🎄\n\n-- theo",
            ),
            ("2027-12-10 16:05", 1065, "ty theo!!! ✨✨"),
            (
                "2027-12-10 16:30",
                1061,
                "[toall]\nreminder: the studio closes 12/29–1/3, last build push is 12/24. have a great break all 🎍",
            ),
        ],
        [
            task(1, ["LOD"], [1064], ("2027-12-07", "Tue"), "done"),
            task(2, ["banner"], [1064], ("2027-12-10", "Fri"), "done"),
        ],
    ),
]
