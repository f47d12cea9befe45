# ruff: noqa: E501
"""Blind set 13, English half: sixteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md and the
build.py helper, never the parser's source, its other tests or its notes, and never
ran the parser on these texts. A dozen searches of public team threads (PR reviews,
ops channels) and workplace-writing guides (polite follow-ups, asking for an
extension, status updates, out-of-office notes, Slack etiquette) were used only to
learn how people phrase things; every person, company and sentence here is invented
and written fresh. Gold dues were computed with a throwaway script (datetime +
jpholiday, one function per row of the spec's deadline table), not typed by hand.
Cancelled tasks are left out of the gold, as the spec drops them from the output
(the helper first wrote them with status "cancelled"; removed before scoring), and
times are written HH:MM as the spec's due format says (the brief had asked for seconds).

Covers: declaratives that ask ("still needs your sign-off", "blocked on your
review", "we're missing X from you"), asks as questions (can you / any chance /
would you mind / mind taking a look), hedged asks (might be worth / it'd help if
you / we should probably + a commitment), labelled imperatives and action-item
lists with owners, commitments without "I" (leave it with me, on it — will ...),
acceptances that carry a deadline, several tasks in one message, context pointers
(same for ..., the above, that one), every family of the deadline table in English
and Japanese (EOD, EOW, by Fri, tomorrow am, next Monday, N business days across
振替休日 / 天皇誕生日 / 春分の日 / 昭和の日 / Golden Week, M/D, noon, 3pm, ASAP, 週明け,
再来週, 明後日, N日以内), completions in other words (sent, merged, shipped, all set,
taken care of, ✅, LGTM), half-finished reports, cancellations in paraphrase,
deadline moves, Chatwork task markup (ltype date / time / absent), [toall] with a
self account, multi-assignee tasks that a bare "done" does not close, a bare "done"
with two open tasks, someone else finishing another's job, and plenty of
non-tasks (FYI, schedules in [info], offers, conditions, quotes, out-of-office,
information questions, promises to report, other teams' work).
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    # b13en-01 e-sports
    1601: "Dana Whitfield",
    1602: "Kenji Arai",
    1603: "Priya Raman",
    1604: "Marco Bellini",
    # b13en-02 craft beer
    1605: "Tom Hadley",
    1606: "山本 彩",
    1607: "小林 健太",
    1608: "Erin Walsh",
    # b13en-03 dental supply
    1609: "Rachel Osei",
    1610: "Ben Kowalski",
    1611: "Aiko Mori",
    1612: "Luis Ortega",
    # b13en-04 marathon
    1613: "Grace Liu",
    1614: "Owen Price",
    1615: "Sofia Greco",
    1616: "Jamal Reed",
    1617: "Nina Petrov",
    # b13en-05 satellite imaging
    1618: "Felix Brandt",
    1619: "佐々木 美咲",
    1620: "Arjun Mehta",
    1621: "高橋 翔",
    # b13en-06 language school
    1622: "Helen Park",
    1623: "Chris Dunn",
    1624: "Yuki Ono",
    1625: "Sam Adeyemi",
    # b13en-07 theatre
    1626: "Imogen Clarke",
    1627: "Raf Delgado",
    1628: "Bea Thornton",
    1629: "Lewis Grant",
    1630: "Hana Sato",
    # b13en-08 cold chain
    1631: "Martin Hughes",
    1632: "井上 大輔",
    1633: "Chloe Bennett",
    1634: "中村 結衣",
    # b13en-09 coworking
    1635: "Zoe Martin",
    1636: "Daichi Fujii",
    1637: "Amara Nwosu",
    1638: "Leo Fischer",
    # b13en-10 bakery franchise
    1639: "Oliver Grant",
    1640: "森田 真理",
    1641: "伊藤 直樹",
    1642: "Lucy Chen",
    # b13en-11 open source
    1643: "Nora Lindqvist",
    1644: "Pavel Horak",
    1645: "Maya Goldberg",
    1646: "Ike Obi",
    1647: "Ravi Subramanian",
    # b13en-12 recruiting
    1648: "Claire Sutton",
    1649: "Dev Patel",
    1650: "Hannah Cho",
    1651: "Marcus Webb",
    # b13en-13 yacht charter
    1652: "Jack Morrow",
    1653: "比嘉 さくら",
    1654: "Tomás Ruiz",
    1655: "宮城 亮",
    # b13en-14 drone survey
    1656: "Ethan Brooks",
    1657: "Lena Vogt",
    1658: "Kwame Asante",
    1659: "Rosa Jimenez",
    # b13en-15 children's books
    1660: "Fiona Hale",
    1661: "渡辺 陽子",
    1662: "George Ames",
    1663: "松本 大樹",
    # b13en-16 payroll
    1664: "Rebecca Stone",
    1665: "Alan Cho",
    1666: "Tanya Brooks",
    1667: "Kevin O'Neill",
    # the account chatsync reads Chatwork with (b13en-08)
    1699: "Sync Bot",
}


def M(*ids):
    return [(i, P[i]) for i in ids]


CASES = [
    # b13en-01 — e-sports team ops before the 建国記念の日 long weekend: labelled
    # imperatives ("Kenji: ..."), a date that describes the thing (for the Saturday
    # match → no due), a declarative ask with "by tomorrow", "approved ✅" as a reply
    # that closes, a bare "roster updated" from the only-open assignee, "within 2
    # business days" across Sat/Sun/2-12 振替休日, "3 of 5 done" (not done), and
    # "chased them" closing the chase.
    conv(
        "b13en-01",
        (99901, "Ops – Kitsune Esports"),
        M(1601, 1602, 1603, 1604),
        [
            (
                "2029-02-08 09:12",
                1601,
                "morning all :coffee: quick run-down before the long weekend",
            ),
            (
                "2029-02-08 09:14",
                1601,
                "Kenji: update the roster on the league portal, Hiro's visa came through so he's eligible again\nPriya: schedule the match-day graphics for the Saturday match pls",
            ),
            ("2029-02-08 09:20", 1602, "on it"),
            ("2029-02-08 09:31", 1603, "will do! templates are mostly ready anyway"),
            (
                "2029-02-08 09:45",
                1604,
                "[To:1601]Dana Whitfield\nthe bootcamp house booking still needs your sign-off by tomorrow — the host won't hold it past that",
            ),
            ("2029-02-08 10:02", 1601, "[rp aid=1604 to={m5}]Marco Bellini\nlooking now"),
            ("2029-02-08 10:40", 1601, "[rp aid=1604 to={m5}]Marco Bellini\napproved ✅"),
            (
                "2029-02-08 11:05",
                1604,
                "fyi the LAN organisers moved check-in to 8:30 on Sat. no change for us otherwise",
            ),
            ("2029-02-08 13:22", 1602, "roster updated, portal shows Hiro as active again"),
            (
                "2029-02-08 14:10",
                1603,
                "[To:1602]Kenji Arai\ncan you get me the final jersey numbers within 2 business days? need them for the overlays",
            ),
            ("2029-02-08 14:15", 1602, "[rp aid=1603 to={m10}]Priya Raman\nsure, prob sooner"),
            (
                "2029-02-08 16:48",
                1603,
                "graphics are 3 of 5 done, the last two need the sponsor logo and I still don't have it",
            ),
            (
                "2029-02-08 16:55",
                1601,
                "[To:1604]Marco Bellini\nany chance you could chase the sponsor for that logo today?",
            ),
            ("2029-02-08 17:30", 1604, "chased them, logo is coming monday"),
            ("2029-02-08 18:02", 1601, "thx all, have a good long weekend 🎮"),
        ],
        [
            task(2, ["roster"], [1602], None, "done"),
            task(2, ["graphics"], [1603], None, "open"),
            task(5, ["booking"], [1601], ("2029-02-09", "Fri"), "done"),
            task(10, ["jersey"], [1602], ("2029-02-13", "Tue"), "open"),
            task(13, ["logo"], [1604], ("2029-02-08", "Thu"), "done"),
        ],
    ),
    # b13en-02 — craft-beer distributor, mixed JA/EN, week of 天皇誕生日 (Fri 2/23):
    # a commitment as a reply (在庫確認します), 確認しました closing it, "I'll call ...",
    # "we're missing X from you" + 金曜までに (a bare weekday that falls on a holiday
    # still reads as that Friday), the assignee's acceptance moving it to 木曜中,
    # Chatwork task_added/task_done with ltype=date, EOW, "looks good ... good to go"
    # closing a review, 送付しました from the only-open assignee, and an offer.
    conv(
        "b13en-02",
        (99902, "Hopline Distribution – Tokyo sales"),
        M(1605, 1606, 1607, 1608),
        [
            (
                "2029-02-20 10:03",
                1605,
                "お疲れ様です。Quick one — the Shibuya Taproom wants 20 kegs of the yuzu saison instead of 12 for the March launch.",
            ),
            ("2029-02-20 10:10", 1606, "[rp aid=1605 to={m1}]Tom Hadley さん\n在庫確認します！"),
            (
                "2029-02-20 10:42",
                1606,
                "確認しました、20は厳しいです。倉庫に14しかなくて、残りは来週の入荷待ちです",
            ),
            (
                "2029-02-20 10:50",
                1605,
                "ok, I'll call Shibuya Taproom and offer 14 now + 6 after the restock",
            ),
            (
                "2029-02-20 11:30",
                1608,
                "[To:1607]小林 健太さん\nwe're missing the updated price sheet from you — the one with the new excise numbers. 金曜までにいただけますか？",
            ),
            (
                "2029-02-20 11:41",
                1607,
                "[rp aid=1608 to={m5}]Erin Walsh さん\n承知しました。金曜は祝日なので木曜中に送りますね",
            ),
            ("2029-02-20 13:15", 1605, "called Shibuya Taproom, they're fine with the split 👍"),
            (
                "2029-02-20 13:20",
                1605,
                task_added(
                    1606, chatwork_lt("2029-02-22"), "渋谷タップルーム：14樽の配送手配", "date"
                ),
            ),
            ("2029-02-20 13:24", 1606, "了解です"),
            (
                "2029-02-20 15:02",
                1608,
                "btw I'm wfh tomorrow, ping me on here if the label proofs come in",
            ),
            (
                "2029-02-21 09:40",
                1608,
                "[To:1605]Tom Hadley\nlabel proofs came in overnight, they're in the drive. mind taking a look before I approve them? no rush, EOW is fine",
            ),
            (
                "2029-02-21 11:05",
                1605,
                "[rp aid=1608 to={m11}]Erin Walsh\nlooks good, only nit is the ABV font is tiny on the can mock. otherwise good to go",
            ),
            (
                "2029-02-21 16:30",
                1606,
                task_done(
                    1606, chatwork_lt("2029-02-22"), "渋谷タップルーム：14樽の配送手配", "date"
                ),
            ),
            (
                "2029-02-22 10:12",
                1607,
                "[To:1608]Erin Walsh さん\n価格表を送付しました🙏 何かあれば言ってください",
            ),
            ("2029-02-22 10:30", 1608, "thanks 小林さん!"),
        ],
        [
            task(2, ["在庫"], [1606], None, "done"),
            task(4, ["Taproom"], [1605], None, "done"),
            task(5, ["price sheet"], [1607], ("2029-02-22", "Thu"), "done"),
            task(8, ["配送"], [1606], ("2029-02-22", "Thu"), "done"),
            task(11, ["proofs"], [1605], ("2029-02-23", "Fri"), "done"),
        ],
    ),
    # b13en-03 — dental-lab supplier, NO TASK: a schedule in [info], another
    # company's fix ("they're on it"), an information question and a promise to
    # report, a quoted customer request that a colleague already handled, a
    # conditional pointer to files, an out-of-office note, an "if you want" offer,
    # and status numbers.
    conv(
        "b13en-03",
        (99903, "Crestline Dental Supply – orders"),
        M(1609, 1610, 1611, 1612),
        [
            (
                "2029-03-05 09:00",
                1609,
                "[info][title]Week 10 shipping schedule[/title]Mon/Wed: zirconia blanks to the Osaka labs\nTue/Thu: impression materials, Kanto region\nFri: returns pickup 14:00[/info]",
            ),
            ("2029-03-05 09:05", 1610, "👍"),
            (
                "2029-03-05 09:30",
                1612,
                "heads up: the courier's tracking system is down this morning, numbers will show up late. nothing we need to do, they're on it",
            ),
            (
                "2029-03-05 09:48",
                1611,
                "did the Nagoya clinic ever confirm which shade guide they use?",
            ),
            (
                "2029-03-05 09:52",
                1609,
                "[rp aid=1611 to={m4}]Aiko Mori\nclassical afaik. I'll let you know if they say otherwise",
            ),
            (
                "2029-03-05 10:20",
                1610,
                'the Kobe account emailed: "Please send the revised quote for the milling burs by Thursday." Luis already sent it last night, just closing the loop',
            ),
            ("2029-03-05 10:25", 1612, "yep, went out with the 5% volume discount"),
            (
                "2029-03-05 11:40",
                1611,
                "if anyone needs the new SDS sheets for the resin, they're in the shared drive under /compliance",
            ),
            (
                "2029-03-05 13:05",
                1609,
                "ooo tomorrow pm for the dentist (ironic, I know 🦷). Ben already agreed to cover approvals",
            ),
            ("2029-03-05 13:10", 1610, "happy to take the Thursday supplier call too if you want"),
            ("2029-03-05 13:14", 1609, "nah I'll be back by then, thanks though"),
            (
                "2029-03-05 15:30",
                1612,
                "status: 42 of 50 orders packed for tomorrow's run, the rest are waiting on the blanks",
            ),
            (
                "2029-03-05 15:32",
                1611,
                "the rep said their truck is running late, should be here by 5",
            ),
            ("2029-03-05 17:20", 1612, "all 50 packed 🎉"),
            ("2029-03-05 17:22", 1609, "legend. thanks Luis"),
        ],
        [],
    ),
    # b13en-04 — marathon organiser: action-item lines with owners (by Fri, by 3/16,
    # ASAP, none), a reply that names one line of a multi-task message ("runner
    # email draft is in the doc"), "next Monday" in a reply-request, an assignee's
    # "can ... slip to Monday?" confirmed by the requester, "9 of 12" (not done),
    # a bare completion from the only-open assignee, and a [toall] RSVP by "noon
    # Friday" that single bare "I'm in"s do not close.
    conv(
        "b13en-04",
        (99904, "Harbour City Marathon – volunteers"),
        M(1613, 1614, 1615, 1616, 1617),
        [
            (
                "2029-03-12 10:00",
                1613,
                "Notes from this morning's sync, action items below:\n- Owen to confirm the water-station captains by Fri\n- Sofia: first-aid tent layout to the council by 3/16\n- Jamal to book the barriers & cones (ASAP, supplier is filling up)\n- Nina: draft the runner info email",
            ),
            ("2029-03-12 10:05", 1614, "👍"),
            (
                "2029-03-12 10:12",
                1616,
                "[rp aid=1613 to={m1}]Grace Liu\nbarriers: supplier can do 40, not 60. good enough?",
            ),
            ("2029-03-12 10:20", 1613, "[rp aid=1616 to={m3}]Jamal Reed\n40 is fine, take them"),
            ("2029-03-12 11:30", 1616, "barriers booked, cones too. invoice to follow"),
            (
                "2029-03-13 09:15",
                1617,
                "[rp aid=1613 to={m1}]Grace Liu\nrunner email draft is in the doc, comments welcome",
            ),
            (
                "2029-03-13 09:40",
                1613,
                "[rp aid=1617 to={m6}]Nina Petrov\nlooks great. can you send the email out next Monday once the bag-drop times are in?",
            ),
            ("2029-03-13 09:42", 1617, "will do"),
            (
                "2029-03-13 14:00",
                1615,
                "[rp aid=1613 to={m1}]Grace Liu\nthe council's portal is down till Thursday 🙄 can the tent layout slip to Monday?",
            ),
            ("2029-03-13 14:06", 1613, "[rp aid=1615 to={m9}]Sofia Greco\nsure, Monday works"),
            ("2029-03-14 16:20", 1614, "captains: 9 of 12 confirmed, still chasing Zone C"),
            ("2029-03-15 08:40", 1614, "Zone C sorted — all 12 captains confirmed ✅"),
            (
                "2029-03-15 08:55",
                1613,
                "[toall]\nReminder: course walk is Saturday 7:00 at the start line, wear the hi-vis. Please confirm you're coming by noon Friday",
            ),
            ("2029-03-15 09:10", 1616, "I'm in 👍"),
            ("2029-03-15 09:25", 1615, "same, see you there"),
            ("2029-03-15 09:40", 1617, "can't make Sat unfortunately, it's my sister's wedding 💐"),
        ],
        [
            task(1, ["captains"], [1614], ("2029-03-16", "Fri"), "done"),
            task(1, ["tent"], [1615], ("2029-03-19", "Mon"), "open"),
            task(1, ["barriers"], [1616], None, "done"),
            task(1, ["email"], [1617], None, "done"),
            task(7, ["email"], [1617], ("2029-03-19", "Mon"), "open"),
            task(13, ["confirm"], [1614, 1615, 1616, 1617], ("2029-03-16T12:00", "Fri"), "open"),
        ],
    ),
    # b13en-05 — satellite-imaging startup, mixed JA/EN, around 春分の日 (Tue 3/20):
    # "leave it with me, will pull ..." (commitment, no I), a hedged "might be worth
    # checking" with [To:], 明日までに relayed from a customer and moved by the
    # assignee ("can it slip to Wednesday? ... by 10am"), 連絡しておきます as a
    # commitment, a quote closing one of two open tasks, "it'd help if you ..." as a
    # reply-request later cancelled ("hold off ... going a different way"),
    # 確認済み / 連絡済み closings, and 2営業日以内.
    conv(
        "b13en-05",
        (99905, "Orbitra – ground segment"),
        M(1618, 1619, 1620, 1621),
        [
            (
                "2029-03-19 10:05",
                1618,
                "the 14:32 pass over Hokkaido failed to downlink again. 3rd time this month",
            ),
            ("2029-03-19 10:09", 1619, "leave it with me, will pull the ground-station logs"),
            (
                "2029-03-19 10:30",
                1620,
                "[To:1619]佐々木 美咲さん\nmight be worth checking whether the new antenna firmware went out to Svalbard as well",
            ),
            (
                "2029-03-19 10:34",
                1619,
                "[rp aid=1620 to={m3}]Arjun Mehta さん\nたしかに、合わせて見ます",
            ),
            (
                "2029-03-19 11:50",
                1621,
                "[To:1618]Felix Brandt さん\nミナト林業さんから、欠損したシーンの再撮影スケジュールを明日までに出してほしいと言われています。ご対応お願いできますか？",
            ),
            (
                "2029-03-19 11:58",
                1618,
                "[rp aid=1621 to={m5}]高橋 翔さん\ntomorrow is a public holiday here, right? can it slip to Wednesday? I'll have it by 10am",
            ),
            (
                "2029-03-19 12:05",
                1621,
                "[rp aid=1618 to={m6}]Felix Brandt さん\n大丈夫です👌 先方には私から連絡しておきます",
            ),
            (
                "2029-03-19 14:40",
                1619,
                "[qt][qtmeta aid=1619 time={t2}]leave it with me, will pull the ground-station logs[/qt]\npulled. the LNA on dish 2 drops out whenever it's above -5°C… weird but reproducible",
            ),
            (
                "2029-03-19 14:45",
                1618,
                "[rp aid=1619 to={m8}]佐々木 美咲さん\nhuh. it'd help if you wrote that up for the vendor ticket, temp graph included",
            ),
            (
                "2029-03-19 15:10",
                1619,
                "[rp aid=1620 to={m3}]Arjun Mehta さん\nSvalbard is still on the old firmware, so it's not that. 確認済みです",
            ),
            (
                "2029-03-21 09:48",
                1618,
                "[rp aid=1621 to={m5}]高橋 翔さん\nschedule sent to ミナト林業, cc'd you 📨",
            ),
            ("2029-03-21 09:55", 1621, "ありがとうございます！"),
            ("2029-03-21 10:00", 1621, "ミナト林業さんへ連絡済みです"),
            (
                "2029-03-21 13:30",
                1618,
                "[rp aid=1619 to={m9}]佐々木 美咲さん\nactually hold off on the write-up — we're going a different way, the vendor is swapping the LNA under warranty",
            ),
            ("2029-03-21 13:33", 1619, "了解です〜"),
            (
                "2029-03-21 16:00",
                1620,
                "[To:1618]Felix Brandt\nI'll need the replacement part number for the asset register — 2営業日以内にもらえると助かります",
            ),
        ],
        [
            task(2, ["logs"], [1619], None, "done"),
            task(3, ["firmware"], [1619], None, "done"),
            task(5, ["再撮影"], [1618], ("2029-03-21T10:00", "Wed"), "done"),
            task(7, ["連絡"], [1621], None, "done"),
            task(16, ["part number"], [1618], ("2029-03-23", "Fri"), "open"),
        ],
    ),
    # b13en-06 — language school before Golden Week: one request to two [To:]
    # teachers (closed by their replies), "still needs your OK" closed by "OK'd ✅"
    # in a reply that also asks for a change, "will fix it tmrw am" as an acceptance
    # with a deadline, a partial report, "same for the evening class" (context
    # pointer), a Chatwork task with ltype=time, the requester moving a due to
    # "within 3 business days" across 4/30 振替休日 and 5/3-5/5, and an OOO note.
    conv(
        "b13en-06",
        (99906, "Sakura Lingo – teachers' room"),
        M(1622, 1623, 1624, 1625),
        [
            (
                "2029-04-26 09:30",
                1622,
                "[To:1623]Chris Dunn[To:1625]Sam Adeyemi\nMorning! Placement test results are in the drive. can you each go through the placement results for your groups and flag anyone who should move up?",
            ),
            ("2029-04-26 09:41", 1623, "sure thing"),
            (
                "2029-04-26 09:55",
                1624,
                "[To:1622]Helen Park\nthe Golden Week timetable still needs your OK, the printer is booked for tomorrow",
            ),
            (
                "2029-04-26 10:20",
                1622,
                "[rp aid=1624 to={m3}]Yuki Ono\nOK'd ✅ one change: move the Saturday conversation club to 11:00",
            ),
            ("2029-04-26 10:24", 1624, "[rp aid=1622 to={m4}]Helen Park\nwill fix it tmrw am"),
            (
                "2029-04-26 11:30",
                1625,
                "[To:1622]Helen Park\nElementary groups done. will do the Pre-Int ones after lunch",
            ),
            (
                "2029-04-26 13:10",
                1622,
                "[To:1625]Sam Adeyemi\nthanks! same for the evening class pls, they sat the test on Tuesday",
            ),
            (
                "2029-04-26 15:45",
                1623,
                "[rp aid=1622 to={m1}]Helen Park\ndone — 4 movers in my groups, names are in the sheet",
            ),
            (
                "2029-04-26 16:30",
                1625,
                "[rp aid=1622 to={m1}]Helen Park\nPre-Int done too, 2 movers",
            ),
            (
                "2029-04-26 16:40",
                1622,
                task_added(
                    1624,
                    chatwork_lt("2029-05-08", "17:00"),
                    "Send level-change notices to parents",
                    "time",
                ),
            ),
            ("2029-04-26 16:42", 1624, "👌"),
            (
                "2029-04-27 09:50",
                1624,
                "[rp aid=1622 to={m4}]Helen Park\nclub moved to 11:00 and the timetable's printed, copies are in the staff room",
            ),
            (
                "2029-04-27 10:15",
                1623,
                "fyi I'm ooo 5/1–5/2, back on the 7th. Sam has my Thursday class notes",
            ),
            (
                "2029-04-27 11:20",
                1622,
                "[rp aid=1625 to={m7}]Sam Adeyemi\nideally within 3 business days so Yuki can put them in the notices",
            ),
            ("2029-04-27 11:24", 1625, "np 👍"),
            ("2029-04-27 15:00", 1622, "have a good GW everyone 🎏"),
        ],
        [
            task(1, ["placement"], [1623, 1625], None, "done"),
            task(3, ["timetable"], [1622], None, "done"),
            task(4, ["club"], [1624], ("2029-04-27T12:00", "Fri"), "done"),
            task(7, ["evening"], [1625], ("2029-05-07", "Mon"), "open"),
            task(10, ["notices"], [1624], ("2029-05-08T17:00", "Tue"), "open"),
        ],
    ),
    # b13en-07 — theatre production after Golden Week: "X and also Y ... both by
    # Fri" (two tasks), a two-work commitment "by Thursday", "would you mind ... by
    # noon" closed by "sent 📎", a [toall] meeting notice (no task), "no longer
    # needed" from a third party (cancels nothing) then the assignee scrapping one
    # half via a quote, a reply naming one of two tasks, a colleague finishing
    # another's job by replying to the task, a bare "hem done" from the only-open
    # assignee, and an "lmk" scheduling question.
    conv(
        "b13en-07",
        (99907, "Lantern Players – The Tide Clock"),
        M(1626, 1627, 1628, 1629, 1630),
        [
            (
                "2029-05-07 09:05",
                1626,
                "welcome back from GW all 🎭 tech week starts 5/21, so this fortnight is crunch",
            ),
            (
                "2029-05-07 09:12",
                1626,
                "[To:1627]Raf Delgado\ncan you get the revolve motor serviced and also send me the flat measurements for the Act 2 door? both by Fri if poss",
            ),
            ("2029-05-07 09:30", 1627, "will do. motor guy comes Wed"),
            (
                "2029-05-07 10:02",
                1628,
                "I'll fix the hem on the Act 1 gown and re-dye the sashes, both by Thursday",
            ),
            (
                "2029-05-07 10:30",
                1629,
                "gel order went in this morning. fyi the supplier's out of L201 so I subbed L202",
            ),
            (
                "2029-05-07 10:45",
                1630,
                "[To:1629]Lewis Grant\nwould you mind sending me the gel invoice by noon? finance wants it for today's payment run",
            ),
            ("2029-05-07 11:40", 1629, "[rp aid=1630 to={m6}]Hana Sato\nsent 📎"),
            (
                "2029-05-07 13:00",
                1626,
                "[toall]\nFull company call Wed 18:30 in the rehearsal room. Agenda is in the doc, no prep needed",
            ),
            (
                "2029-05-08 14:20",
                1630,
                "[rp aid=1628 to={m4}]Bea Thornton\nre the sashes — the director wants to keep the original colour after all, so no longer needed 🙏",
            ),
            (
                "2029-05-08 14:25",
                1628,
                "[qt][qtmeta aid=1628 time={t4}]I'll fix the hem on the Act 1 gown and re-dye the sashes, both by Thursday[/qt]\nscrap the re-dye then, phew. hem is still happening",
            ),
            (
                "2029-05-08 16:00",
                1627,
                "[rp aid=1626 to={m2}]Imogen Clarke\ndoor flat measurements: 2.1m × 0.9m, 4cm reveal. motor is tomorrow",
            ),
            (
                "2029-05-09 11:15",
                1629,
                "[rp aid=1626 to={m2}]Imogen Clarke\nmotor guy came early, I let him in and he's finished — the revolve runs smooth now. Raf was stuck at the timber yard",
            ),
            ("2029-05-09 11:20", 1627, "legend, thx Lewis 🙌"),
            ("2029-05-09 17:05", 1628, "hem done ✂️"),
            (
                "2029-05-09 17:30",
                1626,
                "[To:1627]Raf Delgado[To:1629]Lewis Grant\ndoes 3pm tomorrow work for the set/light walkthrough? lmk",
            ),
            ("2029-05-09 17:34", 1629, "works for me"),
        ],
        [
            task(2, ["motor"], [1627], ("2029-05-11", "Fri"), "done"),
            task(2, ["measurements"], [1627], ("2029-05-11", "Fri"), "done"),
            task(4, ["hem"], [1628], ("2029-05-10", "Thu"), "done"),
            task(6, ["invoice"], [1629], ("2029-05-07T12:00", "Mon"), "done"),
        ],
    ),
    # b13en-08 — cold-chain logistics, mixed JA/EN, self account set: "on it — will
    # pull X and open Y" (two commitments, no I), an ASAP-style ask with no table
    # phrase (null), 連絡済み closing it, [toall] 週明けまでに from Fri 2/9 (next week's
    # first business day skips 2/12 振替休日 → 2/13) excluding sender and self, EOD,
    # 確認しました, a quote closing one of two commitments, another team's work
    # reported (no task), bare アップしました from assignees of a multi-assignee
    # task (no close) and one assignee's reply that closes it.
    conv(
        "b13en-08",
        (99908, "Polar Route Logistics – dispatch"),
        M(1631, 1632, 1633, 1634, 1699),
        [
            (
                "2029-02-09 08:40",
                1631,
                "reefer #7 logged 9°C for 40 min overnight on the Sendai run 🥶 load was vaccines for the Miyagi clinics",
            ),
            (
                "2029-02-09 08:44",
                1633,
                "on it — will pull the logger data and open a deviation report",
            ),
            (
                "2029-02-09 09:10",
                1631,
                "[To:1634]中村 結衣さん\nthe clinics need a heads-up asap, can you call them before they open? keep it short",
            ),
            ("2029-02-09 09:13", 1634, "承知しました、すぐ連絡します"),
            (
                "2029-02-09 09:50",
                1634,
                "[rp aid=1631 to={m3}]Martin Hughes さん\n3院とも連絡済みです。2院は受け取り保留、1院は使用OKとのことです",
            ),
            (
                "2029-02-09 10:30",
                1631,
                "[toall]\n週明けまでに、冷凍車の点検記録を各自アップしてください。フォーマットは前回と同じです",
            ),
            ("2029-02-09 10:35", 1632, "了解です👍"),
            (
                "2029-02-09 11:20",
                1633,
                "[To:1632]井上 大輔さん\ncould you check whether driver Fujita restarted the unit manually? need it for the report by EOD",
            ),
            (
                "2029-02-09 13:05",
                1632,
                "[rp aid=1633 to={m8}]Chloe Bennett さん\n確認しました。Fujitaさんが02:10に手動で再起動しています",
            ),
            (
                "2029-02-09 15:40",
                1633,
                "[qt][qtmeta aid=1633 time={t2}]on it — will pull the logger data and open a deviation report[/qt]\nlogger data pulled ✅ the report is drafted but still needs the probe calibration cert",
            ),
            (
                "2029-02-09 15:45",
                1631,
                "the warehouse team already swapped the door seal on #7 this afternoon fyi",
            ),
            ("2029-02-13 09:20", 1632, "点検記録アップしました"),
            ("2029-02-13 09:35", 1634, "アップ済みです〜"),
            (
                "2029-02-13 10:10",
                1633,
                "[rp aid=1631 to={m6}]Martin Hughes\nmine's up too, that's all three",
            ),
            ("2029-02-13 10:12", 1631, "thx all 🙏"),
        ],
        [
            task(2, ["logger"], [1633], None, "done"),
            task(2, ["deviation"], [1633], None, "open"),
            task(3, ["clinics"], [1634], None, "done"),
            task(6, ["点検記録"], [1632, 1633, 1634], ("2029-02-13", "Tue"), "done"),
            task(8, ["restart"], [1632], ("2029-02-09", "Fri"), "done"),
        ],
        self_account_id=1699,
    ),
    # b13en-09 — coworking space, NO TASK: an events schedule in [info], a question
    # for information and its answer, another team's fix, a vague "just show up"
    # and "I can help out if needed", a lost-key question, an OOO note with a cover
    # arrangement, a pasted speaker request already handled, and an "if you want"
    # offer.
    conv(
        "b13en-09",
        (99909, "Nest Cowork Kuramae – community team"),
        M(1635, 1636, 1637, 1638),
        [
            (
                "2029-04-02 09:30",
                1635,
                "[info][title]April events[/title]4/5 (Thu) 19:00 Founders' potluck\n4/12 (Thu) 12:00 Lunch & learn: bookkeeping basics\n4/26 (Thu) 18:30 Members' hanami on the roof (weather permitting)[/info]",
            ),
            ("2029-04-02 09:34", 1636, "nice lineup 🌸"),
            (
                "2029-04-02 09:50",
                1637,
                "is the roof insured for events now or are we still waiting on that?",
            ),
            (
                "2029-04-02 09:58",
                1635,
                "[rp aid=1637 to={m3}]Amara Nwosu\nyes, the landlord sorted the policy last month",
            ),
            (
                "2029-04-02 10:40",
                1638,
                "fyi the printer on 2F is jammed again. facilities already know, they're sending someone tomorrow",
            ),
            (
                "2029-04-02 11:05",
                1637,
                "if anyone wants to help set up the potluck tables thursday just show up at 6, no pressure",
            ),
            ("2029-04-02 11:07", 1636, "I can help out if needed"),
            (
                "2029-04-02 12:30",
                1638,
                "new member onboarding went fine this morning btw, 3 signups from the design studio",
            ),
            ("2029-04-02 12:31", 1635, "🙌"),
            (
                "2029-04-02 14:15",
                1637,
                "has anyone seen the spare key for the meeting pods? not urgent",
            ),
            (
                "2029-04-02 14:20",
                1638,
                "[rp aid=1637 to={m10}]Amara Nwosu\nit's in the drawer under the coffee machine",
            ),
            (
                "2029-04-02 15:00",
                1636,
                "ooo Wed–Thu, family thing. Zoe has the door codes if members ask",
            ),
            (
                "2029-04-02 15:40",
                1635,
                'the bookkeeping speaker sent this, pasting for reference:\n"Please make sure a projector and HDMI adapter are available, and kindly send the attendee list the day before."\nall handled already — I booked the projector last week and the list goes out automatically',
            ),
            ("2029-04-02 15:45", 1637, "perfect, thanks Zoe"),
            (
                "2029-04-02 16:20",
                1638,
                "happy to MC the hanami if you want, I've still got the mic from last year",
            ),
            ("2029-04-02 16:30", 1635, "let's see closer to the date :)"),
        ],
        [],
    ),
    # b13en-10 — bakery franchise, mixed JA/EN: a to-do checklist with owners in
    # parentheses, one with (~5/22 18:00), one "by 5/25" and one （私） for the
    # sender; a reply-request "any chance I could get ... by Wed?" whose acceptance
    # ("I'll get those over to you tmrw") moves the due; an old-style Chatwork task
    # with no ltype (23:59:59 → a day) closed by task_done; a half-done report whose
    # 残りは明日 moves the due; 連絡しました from the only-open assignee; replies that
    # name one line of the checklist; "it'd help if you ..." with 今週中.
    conv(
        "b13en-10",
        (99910, "Crumb & Co. franchise – Kanto stores"),
        M(1639, 1640, 1641, 1642),
        [
            (
                "2029-05-14 10:00",
                1639,
                "お疲れ様です。Summer menu launch checklist:\n・新メニューPOPの印刷（森田さん）\n・Allergen labels updated in the POS（伊藤さん）(~5/22 18:00)\n・Instagram teaser post (Lucy) by 5/25\n・仕入れ先への発注量の連絡（私）",
            ),
            ("2029-05-14 10:05", 1640, "承知しました！"),
            ("2029-05-14 10:08", 1641, "了解です。POS側の設定は本部の権限が必要かもです"),
            (
                "2029-05-14 10:30",
                1642,
                "[rp aid=1639 to={m1}]Oliver Grant\nteaser: any chance I could get the product photos by Wed? otherwise 5/25 gets tight",
            ),
            (
                "2029-05-14 10:40",
                1639,
                "[rp aid=1642 to={m4}]Lucy Chen\nyep, I'll get those over to you tmrw",
            ),
            (
                "2029-05-14 11:15",
                1639,
                task_added(1641, chatwork_lt("2029-05-31"), "川崎店：6月シフト表の提出", None),
            ),
            ("2029-05-14 11:20", 1641, "月末までですね、了解です"),
            (
                "2029-05-15 09:30",
                1639,
                "[rp aid=1642 to={m4}]Lucy Chen\nphotos are in the shared folder 📸",
            ),
            ("2029-05-15 09:45", 1642, "got them, thx! 😍"),
            (
                "2029-05-15 13:00",
                1640,
                "[rp aid=1639 to={m1}]Oliver Grant さん\nPOPの印刷、半分終わりました。残りは明日やります",
            ),
            ("2029-05-15 15:20", 1639, "発注量、仕入れ先に連絡しました"),
            (
                "2029-05-16 10:10",
                1641,
                "[rp aid=1639 to={m1}]Oliver Grant さん\nアレルゲン表示、POSに反映しました✅",
            ),
            (
                "2029-05-16 11:00",
                1642,
                "[To:1640]森田 真理さん\nit'd help if you could snap a photo of the POP in store once it's up, for the teaser 🙏 今週中で大丈夫です",
            ),
            ("2029-05-16 11:05", 1640, "はーい"),
            (
                "2029-05-16 16:30",
                1640,
                "[rp aid=1639 to={m1}]Oliver Grant さん\nPOP全部印刷できました！",
            ),
            (
                "2029-05-16 16:45",
                1641,
                task_done(1641, chatwork_lt("2029-05-31"), "川崎店：6月シフト表の提出", None),
            ),
        ],
        [
            task(1, ["POP"], [1640], ("2029-05-16", "Wed"), "done"),
            task(1, ["Allergen"], [1641], ("2029-05-22T18:00", "Tue"), "done"),
            task(1, ["teaser"], [1642], ("2029-05-25", "Fri"), "open"),
            task(1, ["発注量"], [1639], None, "done"),
            task(4, ["photos"], [1639], ("2029-05-15", "Tue"), "done"),
            task(6, ["シフト"], [1641], ("2029-05-31", "Thu"), "done"),
            task(13, ["photo"], [1640], ("2029-05-18", "Fri"), "open"),
        ],
    ),
    # b13en-11 — open-source maintainers: "#812 is blocked on your review" closed by
    # "LGTM'd and merged", "we should probably ... I'll open a PR" (one commitment),
    # "halfway" status (no task), "any chance you could ... by Wed?" moved by the
    # assignee ("let's say Thursday instead?") and agreed, "PR is up" closing the
    # PR commitment, "mind taking a look at that one?" as a reply to the PR message with a [To:] to
    # someone else (context pointer; the [To:] decides the assignee), "merged",
    # and "I'll cut 3.2 and update the changelog" (two) closed by a quote.
    conv(
        "b13en-11",
        (99911, "tidewater-py maintainers"),
        M(1643, 1644, 1645, 1646, 1647),
        [
            (
                "2029-05-28 09:00",
                1643,
                "release 3.2 planning: I'd like to ship Thu. open blockers are #812 (Pavel's fix) and the docs migration",
            ),
            (
                "2029-05-28 09:05",
                1643,
                "[To:1645]Maya Goldberg\n#812 is blocked on your review fwiw — Pavel pushed the fix on Sat",
            ),
            ("2029-05-28 09:40", 1645, "ugh sorry, looking now"),
            ("2029-05-28 11:10", 1645, "[rp aid=1643 to={m2}]Nora Lindqvist\nLGTM'd and merged"),
            (
                "2029-05-28 11:30",
                1647,
                "we should probably pin numpy <3 before 3.2, the nightly broke two tests. I'll open a PR",
            ),
            ("2029-05-28 11:32", 1644, "+1"),
            (
                "2029-05-28 13:00",
                1646,
                "docs migration is halfway — API pages done, tutorials still on the old theme",
            ),
            (
                "2029-05-28 13:05",
                1643,
                "[rp aid=1646 to={m7}]Ike Obi\nany chance you could finish the tutorials by Wed? otherwise we ship with mixed themes, not the end of the world",
            ),
            (
                "2029-05-28 13:20",
                1646,
                "[rp aid=1643 to={m8}]Nora Lindqvist\nWed is tight with the day job, let's say Thursday instead? I can do them Wed night",
            ),
            ("2029-05-28 13:22", 1643, "[rp aid=1646 to={m9}]Ike Obi\nfine by me 👍"),
            ("2029-05-28 15:45", 1647, "numpy pin PR is up: #821"),
            (
                "2029-05-28 16:00",
                1643,
                "[rp aid=1647 to={m11}]Ravi Subramanian\n[To:1644]Pavel Horak\nmind taking a look at that one?",
            ),
            ("2029-05-28 16:30", 1644, "[rp aid=1643 to={m12}]Nora Lindqvist\nmerged"),
            (
                "2029-05-31 08:50",
                1646,
                "[rp aid=1643 to={m8}]Nora Lindqvist\ntutorials migrated, preview build is green ✅",
            ),
            ("2029-05-31 09:30", 1643, "great, thanks all. I'll cut 3.2 and update the changelog"),
            (
                "2029-05-31 14:10",
                1643,
                "[qt][qtmeta aid=1643 time={t15}]I'll cut 3.2 and update the changelog[/qt]\nboth done — 3.2 shipped to PyPI and the changelog is updated 🎉",
            ),
            ("2029-05-31 14:15", 1645, "🎉🎉"),
        ],
        [
            task(2, ["812"], [1645], None, "done"),
            task(5, ["numpy"], [1647], None, "done"),
            task(8, ["tutorials"], [1646], ("2029-05-31", "Thu"), "done"),
            task(12, ["821"], [1644], None, "done"),
            task(15, ["3.2"], [1643], None, "done"),
            task(15, ["changelog"], [1643], None, "done"),
        ],
    ),
    # b13en-12 — recruiting agency: "we're still missing the signed W-9" with an
    # acceptance "I'll chase him today" (due today), "by 3pm", a message that
    # delivers the shortlist (numbered lines that ask for nothing), "taken care of"
    # with a signature, "lmk by Thu if you have bandwidth" (answer by a time → task)
    # closed by the answer, an OOO note, "would you mind ... next Monday is fine"
    # cancelled by the requester ("scrap the offer pack"), and a status line.
    conv(
        "b13en-12",
        (99912, "Brightpath Talent – tech desk"),
        M(1648, 1649, 1650, 1651),
        [
            (
                "2029-03-26 09:15",
                1648,
                "morning. Kairo Robotics put the backend role on hold until April, so no outreach there this week",
            ),
            (
                "2029-03-26 09:20",
                1649,
                "[To:1650]Hannah Cho\nwe're still missing the signed W-9 from the contractor you placed at Finch Labs, accounts can't pay the invoice without it",
            ),
            (
                "2029-03-26 09:26",
                1650,
                "[rp aid=1649 to={m2}]Dev Patel\nargh, sorry — I'll chase him today",
            ),
            (
                "2029-03-26 10:05",
                1651,
                "[To:1648]Claire Sutton\ncan you send me the shortlist for the Finch SRE role by 3pm? client call is at 4",
            ),
            ("2029-03-26 10:07", 1648, "yep"),
            (
                "2029-03-26 11:00",
                1648,
                "here's the shortlist, sent the CVs to your inbox too. top two are strongest imo:\n1. A. Romero – 7y SRE, k8s heavy\n2. J. Whitaker – ex-marketplace infra\n3. S. Kaur – strong on observability\n4. T. Bell – junior-ish but sharp",
            ),
            ("2029-03-26 11:10", 1651, "perfect, thx 🙏"),
            (
                "2029-03-26 14:30",
                1650,
                "[rp aid=1649 to={m2}]Dev Patel\nW-9 taken care of, it's in the accounts folder 📄\n-- Hannah",
            ),
            (
                "2029-03-27 09:40",
                1651,
                "[To:1649]Dev Patel\nthe client is asking whether we can run a second search for a data-eng lead. lmk by Thu if you have bandwidth",
            ),
            (
                "2029-03-27 10:15",
                1649,
                "[rp aid=1651 to={m9}]Marcus Webb\nyes, I've got room for it 👍",
            ),
            (
                "2029-03-27 11:00",
                1648,
                "heads up, I'm ooo Thu–Fri (spring break w/ the kids). Marcus is covering my candidates",
            ),
            (
                "2029-03-27 13:30",
                1651,
                "[To:1650]Hannah Cho\nwould you mind prepping the offer pack for Romero? client verbally accepted. next Monday is fine",
            ),
            ("2029-03-27 13:35", 1650, "on it 👍"),
            (
                "2029-03-28 16:20",
                1651,
                "[rp aid=1650 to={m12}]Hannah Cho\nscrap the offer pack — Romero took a counter-offer from his current employer 😩",
            ),
            ("2029-03-28 16:25", 1650, "noooo. ok, binning it"),
            (
                "2029-03-28 16:40",
                1649,
                "happens. the Whitaker interview is still on for Fri 10:00 btw",
            ),
        ],
        [
            task(2, ["W-9"], [1650], ("2029-03-26", "Mon"), "done"),
            task(4, ["shortlist"], [1648], ("2029-03-26T15:00", "Mon"), "done"),
            task(9, ["search"], [1649], ("2029-03-29", "Thu"), "done"),
        ],
    ),
    # b13en-13 — yacht charter, mixed JA/EN, NO TASK: a bilingual [info] schedule,
    # reports of work already done (ケータリングには連絡済み, ポンプ交換終わりました,
    # お伝えしておきました), a condition ("if Thu looks bad ... no need to do anything
    # yet"), a customer question quoted in 「」 and answered, the marina's own
    # repairs, an offer (何かあれば声かけてください), status, and an OOO note.
    conv(
        "b13en-13",
        (99913, "Blue Reach Charters – Okinawa ops"),
        M(1652, 1653, 1654, 1655),
        [
            (
                "2029-06-04 08:00",
                1652,
                "[info][title]今週のチャーター予定 / This week's charters[/title]6/5 (火) Kerama day sail – 8 pax – Tomás\n6/7 (木) sunset cruise – 12 pax – Tomás\n6/9 (土) private charter – 4 pax – Jack[/info]",
            ),
            (
                "2029-06-04 08:12",
                1653,
                "6/7のお客様、1名ベジタリアンです。ケータリングには連絡済みです",
            ),
            (
                "2029-06-04 08:20",
                1654,
                "👍 noted. wind forecast for Thu looks marginal, 20 kt gusts",
            ),
            (
                "2029-06-04 08:35",
                1652,
                "if Thu still looks bad by Wed evening we can offer them Fri instead, no need to do anything yet",
            ),
            ("2029-06-04 09:10", 1655, "2号艇のビルジポンプ交換終わりました。試運転もOKです"),
            ("2029-06-04 09:12", 1652, "nice one 🙌 ありがとう"),
            (
                "2029-06-04 10:40",
                1653,
                "6/9のお客様から質問です。「桟橋の近くに駐車場はありますか？」とのこと。ありますよね？",
            ),
            (
                "2029-06-04 10:45",
                1652,
                "[rp aid=1653 to={m7}]比嘉 さくらさん\nyes, 6 spots behind the office. free for charter guests",
            ),
            ("2029-06-04 10:47", 1653, "ありがとうございます、お客様にお伝えしておきました"),
            (
                "2029-06-04 13:00",
                1654,
                "fyi the marina office says the fuel dock is closed Wed morning for repairs, they reopen at 13:00",
            ),
            (
                "2029-06-04 13:05",
                1655,
                "何かあれば声かけてください、水曜は終日ハーバーにいる予定です",
            ),
            ("2029-06-04 15:30", 1653, "明日のKeramaツアー、8名全員のチェックイン書類そろいました"),
            ("2029-06-04 15:32", 1654, "perfect. see everyone at 7 🌊"),
            (
                "2029-06-04 17:50",
                1652,
                "I'm off tmrw pm (dentist), back Wed. 比嘉さん has the office keys",
            ),
            ("2029-06-04 17:55", 1653, "了解です、お大事に〜"),
        ],
        [],
    ),
    # b13en-14 — drone-survey company around 昭和の日 (4/29 Sun → 4/30 振替休日):
    # "tomorrow's flight plan" describes the thing (no due), a Chatwork task with
    # ltype=date closed by task_done, a bare "✅" from the only-open assignee,
    # "double-check the above" (context pointer), "can you chase it today?" closed
    # by "all set", a reply-request "let's get ... within 2 business days" from Thu
    # 4/26 (→ Tue 5/1), a "3 of 4 done ... will finish today" partial report, and
    # the assignee's "can we push it to Monday?" across Golden Week (→ 5/7).
    conv(
        "b13en-14",
        (99914, "SkyGrid Surveys – field team"),
        M(1656, 1657, 1658, 1659),
        [
            (
                "2029-04-23 08:30",
                1656,
                "flights this week: Tue quarry in Chichibu, Thu solar farm in Ibaraki. NOTAMs filed for both",
            ),
            (
                "2029-04-23 08:45",
                1659,
                "[To:1657]Lena Vogt\nthe quarry client asked for oblique shots of the north face as well — can you add those to tomorrow's flight plan?",
            ),
            ("2029-04-23 08:50", 1657, "[rp aid=1659 to={m2}]Rosa Jimenez\nsure, will add"),
            (
                "2029-04-23 09:30",
                1656,
                task_added(
                    1658, chatwork_lt("2029-04-27"), "Chichibu quarry – volume calc report", "date"
                ),
            ),
            ("2029-04-23 09:32", 1658, "👍"),
            ("2029-04-23 14:00", 1657, "flight plan updated w/ the obliques ✅"),
            (
                "2029-04-24 16:40",
                1657,
                "quarry flown, 1,240 images. uploading to the bucket overnight",
            ),
            (
                "2029-04-25 10:10",
                1658,
                "[To:1657]Lena Vogt\nGCP 7 and 9 look off by ~30cm in the upload. could you double-check the above against the base-station log when you get a sec?",
            ),
            (
                "2029-04-25 10:50",
                1657,
                "[rp aid=1658 to={m8}]Kwame Asante\nchecked — base was set up on the wrong benchmark 🤦‍♀️ corrected coordinates are in the shared sheet",
            ),
            (
                "2029-04-25 11:30",
                1656,
                "[To:1659]Rosa Jimenez\nthe solar-farm contract still needs a countersignature from their side, can you chase it today? we can't fly Thu without it",
            ),
            (
                "2029-04-25 15:10",
                1659,
                "[rp aid=1656 to={m10}]Ethan Brooks\nall set, signed copy is in the drive",
            ),
            (
                "2029-04-26 18:30",
                1657,
                "solar farm: 4 of 6 blocks flown ✈️ wind picked up, so the last two need another trip",
            ),
            (
                "2029-04-26 18:45",
                1656,
                "[rp aid=1657 to={m12}]Lena Vogt\nok. let's get the last 2 blocks rebooked within 2 business days",
            ),
            (
                "2029-04-27 09:05",
                1658,
                "volume report: 3 of 4 stockpiles done, the last one needs the corrected GCPs re-run. will finish today",
            ),
            (
                "2029-04-27 17:20",
                1658,
                task_done(
                    1658, chatwork_lt("2029-04-27"), "Chichibu quarry – volume calc report", "date"
                ),
            ),
            (
                "2029-05-01 08:40",
                1657,
                "[rp aid=1656 to={m13}]Ethan Brooks\nforecast is rubbish today and tomorrow — can we push it to Monday?",
            ),
            ("2029-05-01 08:50", 1656, "[rp aid=1657 to={m16}]Lena Vogt\nMonday it is 👍"),
        ],
        [
            task(2, ["oblique"], [1657], None, "done"),
            task(4, ["volume"], [1658], ("2029-04-27", "Fri"), "done"),
            task(8, ["log"], [1657], None, "done"),
            task(10, ["contract"], [1659], ("2029-04-25", "Wed"), "done"),
            task(13, ["blocks"], [1657], ("2029-05-07", "Mon"), "open"),
        ],
    ),
    # b13en-15 — children's book publisher, mixed JA/EN: "lmk by Thursday whether
    # ..." (answer by a time → task) closed by the answer, a message with two asks
    # for one [To:] (再来週の月曜まで + "can someone swap it?"), an acceptance that
    # delegates, 3日以内, "signed and sent back", "same for the board-book edition"
    # (context pointer), 明後日までに, and the sender reporting that the designer did
    # the barcode work — which, per the spec, closes none of her own tasks.
    conv(
        "b13en-15",
        (99915, "Little Lantern Books – editorial"),
        M(1660, 1661, 1662, 1663),
        [
            (
                "2029-06-11 10:00",
                1660,
                "cover options for 'Mochi and the Moon Kite' are in the drive: A (blue night sky) and B (orange sunset)",
            ),
            (
                "2029-06-11 10:05",
                1660,
                "[To:1661]渡辺 陽子さん\nlmk by Thursday whether the illustrator is ok with option A — she had doubts about the kite colour",
            ),
            ("2029-06-11 10:20", 1661, "確認してみます！"),
            (
                "2029-06-11 11:00",
                1662,
                "[To:1660]Fiona Hale\nthe printer needs final files for the 'Ten Tiny Tanuki' reprint 再来週の月曜まで. also the ISBN barcode on the back cover is the old one, can someone swap it?",
            ),
            (
                "2029-06-11 11:10",
                1660,
                "[rp aid=1662 to={m4}]George Ames\nbarcode: I'll get the designer to redo it. files should be fine for that date",
            ),
            (
                "2029-06-11 13:30",
                1663,
                "[To:1660]Fiona Hale\nthe Korean publisher's contract for 'Mochi' still needs your signature, 3日以内に返送が必要です",
            ),
            (
                "2029-06-11 13:45",
                1660,
                "[rp aid=1663 to={m6}]松本 大樹さん\nsigned and sent back 🖊️",
            ),
            (
                "2029-06-12 09:15",
                1662,
                "[rp aid=1660 to={m4}]Fiona Hale\nsame for the Tanuki board-book edition btw, its barcode is old too",
            ),
            ("2029-06-12 09:30", 1660, "ok, adding it to the designer's list"),
            (
                "2029-06-13 16:00",
                1661,
                "[rp aid=1660 to={m2}]Fiona Hale さん\nイラストレーターさん、Aで大丈夫とのことです！凧の色だけ少し明るくしたいそうです",
            ),
            (
                "2029-06-13 16:10",
                1660,
                "yay 🎉 option A it is then.\n[To:1662]George Ames\ncan you ask the printer for a hard proof of cover A? 明後日までにもらえると嬉しい",
            ),
            ("2029-06-13 16:15", 1662, "will do"),
            (
                "2029-06-14 11:00",
                1660,
                "the designer sent new barcodes for both Tanuki editions ✅",
            ),
            ("2029-06-14 11:30", 1662, "printer says the proof will be here Fri morning"),
            (
                "2029-06-15 10:30",
                1662,
                "[rp aid=1660 to={m11}]Fiona Hale\nhard proof arrived, it's on your desk 📦",
            ),
            ("2029-06-15 10:45", 1660, "colours look lovely. thanks both!"),
        ],
        [
            task(2, ["illustrator"], [1661], ("2029-06-14", "Thu"), "done"),
            task(4, ["files"], [1660], ("2029-06-25", "Mon"), "open"),
            task(4, ["barcode"], [1660], None, "open"),
            task(6, ["contract"], [1660], ("2029-06-14", "Thu"), "done"),
            task(8, ["barcode"], [1660], None, "open"),
            task(11, ["proof"], [1662], ("2029-06-15", "Fri"), "done"),
        ],
    ),
    # b13en-16 — HR payroll at February month-end: a numbered list of three asks
    # "all by Wed 2/28" with owners, "leave it with me" as an acceptance, "will send
    # tmrw" moving one line's due, "can you double check before I sign?", a reply
    # closing one line by its abbreviation ("OT report"), "halfway" (not done), a
    # laptop ask by 3/1 with a signature and an acceptance moving it to Wed, a bare
    # "sent" from the only-open assignee, a conditional [toall] ("anyone with
    # address changes, tell me"), and a bare "done ✅" from someone with two open
    # tasks — closing none — before a reply settles which one.
    conv(
        "b13en-16",
        (99916, "Payroll & HR ops"),
        M(1664, 1665, 1666, 1667),
        [
            (
                "2029-02-26 09:00",
                1664,
                "Feb payroll cutoff is Wed. a few things, all by Wed 2/28 please:\n1. Alan – new-hire bank details for the 3 March starters\n2. Tanya – sign off the overtime report\n3. Kevin: fix the timesheet export, it's dropping the night-shift column",
            ),
            ("2029-02-26 09:10", 1667, "leave it with me"),
            (
                "2029-02-26 09:25",
                1665,
                "[rp aid=1664 to={m1}]Rebecca Stone\nwill send tmrw, still waiting on one of them",
            ),
            (
                "2029-02-26 10:40",
                1666,
                "[To:1664]Rebecca Stone\nthe overtime report looks off for the warehouse team, 2 people at 90+ hrs. can you double check before I sign?",
            ),
            (
                "2029-02-26 11:15",
                1664,
                "[rp aid=1666 to={m4}]Tanya Brooks\ngood catch — one was a duplicate import, the other is legit (stocktake week). fixed the dupe and re-exported",
            ),
            ("2029-02-26 11:20", 1666, "👍 signing it in a bit"),
            ("2029-02-26 11:50", 1666, "[rp aid=1664 to={m1}]Rebecca Stone\nOT report signed ✍️"),
            (
                "2029-02-26 13:00",
                1667,
                "export fix is halfway, the night-shift column is back but the totals don't add up yet",
            ),
            (
                "2029-02-26 14:30",
                1665,
                "[To:1667]Kevin O'Neill\nany chance you could set up laptops for the March starters by 3/1? Tanaka, Silva and Obi. thx!\n— Alan (HR)",
            ),
            (
                "2029-02-26 14:35",
                1667,
                "[rp aid=1665 to={m9}]Alan Cho\nthey're sitting in IT already, I'll image them Wed",
            ),
            ("2029-02-27 10:05", 1665, "bank details sent to you Rebecca, all 3 🏦"),
            (
                "2029-02-27 15:00",
                1664,
                "[toall]\nreminder: payslips go out Fri 3/2. anyone with address changes, tell me by noon Thu",
            ),
            ("2029-02-28 09:30", 1667, "done ✅"),
            ("2029-02-28 09:34", 1664, "[rp aid=1667 to={m13}]Kevin O'Neill\nwhich one? 😅"),
            (
                "2029-02-28 09:40",
                1667,
                "[rp aid=1664 to={m1}]Rebecca Stone\nthe export — totals add up now",
            ),
            (
                "2029-02-28 17:45",
                1664,
                "Feb payroll submitted 🎉 thanks everyone. I'm wfh tomorrow am, ping me here if anything's on fire",
            ),
        ],
        [
            task(1, ["bank"], [1665], ("2029-02-27", "Tue"), "done"),
            task(1, ["overtime"], [1666], ("2029-02-28", "Wed"), "done"),
            task(1, ["timesheet"], [1667], ("2029-02-28", "Wed"), "done"),
            task(4, ["overtime"], [1664], None, "done"),
            task(9, ["laptops"], [1667], ("2029-02-28", "Wed"), "open"),
        ],
    ),
]
