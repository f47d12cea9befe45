# ruff: noqa: E501
"""Blind set 22, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind19_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Fourteen searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (picking an item up / asking for a look, asking for a
few more days, closing as no longer needed, "shipped / deployed / live", handing
work over to someone else) and workplace-writing pages (Japanese business-chat
request phrasing with deadlines, progress reports and 期限延長の相談, 承知しました /
了解 / 対応しておきます usage, async standup done / next / blockers, polite
deadline-extension requests, meeting minutes with owner and due-date action items,
電話したが不在 / 折り返し reports, Slack shorthand such as lmk / EOD / COB / np).
Every person, company, room, product and sentence here is invented and written
fresh; nothing is copied. Gold dues were computed with a throwaway script in
/tmp/b22en (datetime + jpholiday, one function per row of the spec's deadline
table: today / tomorrow / 明後日, bare weekday, 来週 / next + weekday, 今週中, 週明け,
N営業日以内 skipping weekends, Japanese holidays incl. substitute days and
12-29 .. 01-03, the M/D window rule, times such as noon, 3pm, 午前中), never by
hand, and each due carries its weekday so build.py catches a typo. Phrases the spec
does not define (COB, "after lunch", "before the weekend", "end of next week",
年内-style promises restating a task) were kept out of every task's only deadline.
Cancelled tasks are left out of the gold, as the spec drops them. All rooms run on
Asia/Tokyo in 2031; one room crosses the year-end break into January 2032.

Domains: a podcast production team (over 成人の日, "next Tuesday" sent on a Sunday,
an old-style Chatwork task without a deadline), an airline ground-ops desk at an
airport (mixed, 明後日 landing on a Sunday, over 建国記念の日 and the 2/24 substitute
holiday), a university grants office (over 春分の日, a deadline moved by asking and
accepting, a letter of support cancelled), a SaaS customer-success team with a
Japanese food-company client (mixed, bot as self account, [toall], Chatwork task
markup, 3営業日以内 over 昭和の日, Golden Week), a construction estimating team (a
take-off list with a date per item, moved and re-asked items), a cinema chain's
programming room (no task, over 海の日), a boutique hotel's events desk (mixed,
週明け over 山の日, 5pm), a biotech regulatory-affairs team (over 敬老の日 and 秋分の日,
a failed upload), a public library (mixed, 今週中, a requester moving a deadline to
来週水曜, over スポーツの日), a fintech compliance team (over 文化の日, a
multi-assignee task closed by one assignee's reply, "never mind"), a furniture
e-shop's fulfilment room (no task), a conference organiser (numbered minutes, over
the 11/24 substitute holiday, a narrowed booking task), a school-district
transport office (mixed, 7営業日以内 across 12-29 .. 01-03 into 2032, Chatwork time
task), and an animation studio production desk (a human as self account, [To:] the
self account, [toall] excluding it).

Covers: implicit-work asks by reply (ご確認お願いします / ptal after a delivery,
which both closes the delivered task and opens a review for the replied-to
person); list messages with "Name:" / "・田村さん：" / "1. Nora —" / "• concrete &
rebar — Mei Lin (6/11)" owners and an "I'll ..." or "me —" line for the sender; two
tasks in one sentence (tag the loader out and ping the vendor; book the room and
I'll prepare the list); "could someone" / "can someone" with nobody named;
commitments without a time (あとで油さしておきます, "I'll rerecord the intro");
acceptances by reply that set the deadline ("sure — I'll have them by Friday",
"draft by tomorrow noon", "yep, can have it by Thursday"); deadlines moved by the
assignee ("I'll need until Monday", "AV quote will be Wednesday", "CMC update will
be Friday", "I'll try again before noon tomorrow") and by the requester
(来週水曜まで延ばしてOK, "Thursday works", "Monday's fine"); dates that describe
the thing, not the deadline (来週水曜の講習, the 2/14 shift, parking for the 22nd,
the 11/12 meeting room, 来週水曜の路線説明会); business days across holidays and
the year-end break; completion in other words (rough cut's up, tagged out, got
through to the vendor, routed, filed, pulled, logged in, 印刷して置いておきました,
押さえました, 取り寄せ→届きました, out to Kaede) by reply, by quote with qtmeta, by
Chatwork task_done, and bare from an assignee's only open task; bare "my half is
done" / "my 3 are in" from one assignee of a multi-assignee task closing nothing;
partial progress (~70 %, half drafted, 3 of 4 booked, 14 of 31, 3 of 5 drivers,
6 of 10 spots) and failed attempts (voicemail, still clipping, gateway timing out,
access expired, 電話しましたが不在) closing nothing; cancellations in other words
("scrap the Kanto letter", "never mind") and a narrowed task; look-alikes that ask
for nothing (pasted customer notes and distributor riders in [qt], lmk / just ask
offers, "I can help out", reports of someone else's plan, musings "we should
probably ...", questions for information, holiday notices, thanks opening with a
name, greetings with emoji, promises to report); noise (emoji, lowercase,
full-width punctuation, [To:] blocks with several people, [toall]). The rooms
without a task are b22en-06 and b22en-11.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]"


NAMES = {
    5601: "Maya Okonkwo",
    5602: "Ren Takeda",
    5603: "Sofia Brandt",
    5604: "Jun Ishikawa",
    5605: "Pat Levine",
    5611: "藤村 愛子",
    5612: "Tom Whitcombe",
    5613: "小西 健太",
    5614: "Lina Park",
    5615: "大場 さくら",
    5621: "Helen Achterberg",
    5622: "Kofi Mensah",
    5623: "Yuki Sawada",
    5624: "Imran Qadir",
    5625: "Bea Lindqvist",
    5631: "Dana Reyes",
    5632: "Kenji Arai",
    5633: "森本 由香",
    5634: "石原 直樹",
    5635: "Priya Nair",
    5636: "chatsync bot",
    5641: "Grant Whelan",
    5642: "Mei Lin Cho",
    5643: "Oscar Duarte",
    5644: "Hana Yoshioka",
    5645: "Ravi Menon",
    5651: "Nadia Flores",
    5652: "Ewan Kerr",
    5653: "高野 麻衣",
    5654: "Ines Moreau",
    5661: "Claire Dubois",
    5662: "中村 恵",
    5663: "Marco Bianchi",
    5664: "岡田 翔",
    5665: "Sun-hee Park",
    5671: "Annika Sorensen",
    5672: "Felix Wagner",
    5673: "Mariko Tsuji",
    5674: "Omar Haddad",
    5675: "Lucy Tran",
    5681: "佐伯 優子",
    5682: "Grace Kim",
    5683: "田村 大輔",
    5684: "Leo Martins",
    5685: "久保 綾",
    5691: "Rachel Osei",
    5692: "Daniel Brooks",
    5693: "Emi Hayashi",
    5694: "Victor Lamb",
    5695: "Zoe Achebe",
    5701: "Jonas Eklund",
    5702: "Aya Morimoto",
    5703: "Beth Carver",
    5704: "Tariq Aziz",
    5711: "Sam Ortega",
    5712: "Nora Hjelm",
    5713: "Keita Ono",
    5714: "Ama Boateng",
    5715: "Lukas Meyer",
    5716: "Jade Fong",
    5721: "山口 隆",
    5722: "Emily Carter",
    5723: "松井 理沙",
    5724: "Bruno Costa",
    5725: "西田 翼",
    5731: "Ellie Strand",
    5732: "Haruto Kimura",
    5733: "Zara Quinn",
    5734: "Diego Ramos",
    5735: "Mio Saito",
    5736: "Felix Oduya",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


LT_CSV = chatwork_lt("2031-05-09")
LT_SHIFT = chatwork_lt("2032-01-09", "17:00")

CASES = [
    # 01 podcast production team
    conv(
        "b22en-01",
        (932001, "Tidewater Sounds — episode pipeline"),
        M(5601, 5602, 5603, 5604, 5605),
        [
            (
                "2031-01-09 10:00",
                5601,
                "happy new year all 🎍 first batch of 2031 is eps 41–44, the schedule is pinned",
            ),
            (
                "2031-01-09 10:20",
                5601,
                "[To:5602]Ren\ncould you do the rough cut of ep 41 by Friday? the guest wants to hear it before the weekend",
            ),
            ("2031-01-09 10:32", 5602, "on it"),
            (
                "2031-01-09 14:05",
                5603,
                "I'll rerecord the intro for 42, the mic was clipping on mine",
            ),
            (
                "2031-01-09 15:40",
                5605,
                "booking update: Dr. Haldane confirmed for 1/22, recording at 14:00 in studio 2",
            ),
            (
                "2031-01-10 18:50",
                5602,
                RP(5601, 2) + "rough cut's up on the drive, 38 min before trims",
            ),
            (
                "2031-01-11 11:15",
                5604,
                "anyone know if we're allowed to post clips from the Haldane session before it airs?",
            ),
            ("2031-01-11 11:40", 5601, RP(5604, 7) + "only after release, it's in her contract"),
            (
                "2031-01-12 20:00",
                5601,
                "[To:5604]Jun\nplease draft the social copy for ep 41 by next Tuesday 🙏",
            ),
            (
                "2031-01-13 09:30",
                5604,
                RP(5601, 9) + "will do — off today for the holiday, two options coming",
            ),
            (
                "2031-01-14 11:00",
                5603,
                "intro for 42: recorded it twice, both takes still clip on the plosives 😩 not usable yet",
            ),
            ("2031-01-14 13:20", 5605, "Maya, thanks for covering the Haldane call on Friday!!"),
            (
                "2031-01-15 10:10",
                5601,
                "[To:5602][To:5605]\nRen: chapter markers for 41\nPat: send Haldane the prep questions by 1/17",
            ),
            (
                "2031-01-15 16:00",
                5604,
                RP(5601, 9) + "social copy drafted, both options are in the doc — ptal",
            ),
            ("2031-01-16 09:00", 5605, "sent the prep questions to Dr. Haldane ✉️"),
            ("2031-01-16 09:45", 5601, RP(5604, 14) + "B looks good 👍 going with that one"),
            (
                "2031-01-17 17:30",
                5602,
                "markers for 41 are half done, the ad breaks still need timestamps",
            ),
            ("2031-01-17 18:00", 5601, task_added(5604, 0, "ep 42 audiogram export", None)),
        ],
        [
            task(2, ["rough cut"], [5602], ("2031-01-10", "Fri"), "done"),
            task(4, ["intro"], [5603], None, "open"),
            task(9, ["social copy"], [5604], ("2031-01-14", "Tue"), "done"),
            task(13, ["chapter markers"], [5602], None, "open"),
            task(13, ["prep questions"], [5605], ("2031-01-17", "Fri"), "done"),
            task(14, ["social copy"], [5601], None, "done"),
            task(18, ["audiogram"], [5604], None, "open"),
        ],
    ),
    # 02 airline ground ops desk (mixed)
    conv(
        "b22en-02",
        (932002, "HND Ramp Ops desk / ランプ調整"),
        M(5611, 5612, 5613, 5614, 5615),
        [
            (
                "2031-02-07 08:10",
                5611,
                "おはようございます。本日のスポット割当、共有です。\n- A321 x3：spot 12〜14\n- 貨物チャーター 22:40着：remote 305",
            ),
            (
                "2031-02-07 08:30",
                5611,
                "[To:5613]小西さん\nGPU #7 の点検記録、明後日までに整備課へ提出お願いします",
            ),
            ("2031-02-07 08:41", 5613, "承知しました"),
            (
                "2031-02-07 11:02",
                5612,
                "belt loader 3 is leaking hydraulic fluid again. I'll tag it out and ping the vendor",
            ),
            (
                "2031-02-07 14:30",
                5614,
                "Reminder: the de-icing drill is Tue 2/11 at 06:00, even though it's a holiday ❄️",
            ),
            (
                "2031-02-08 09:15",
                5612,
                RP(5612, 4) + "loader 3 tagged out ✅ vendor didn't pick up, left a voicemail",
            ),
            ("2031-02-09 16:20", 5613, RP(5611, 2) + "GPU #7 の点検記録、整備課に提出しました"),
            (
                "2031-02-10 07:50",
                5611,
                "[To:5615]大場さん\n来週水曜の新人向けランプ安全講習、資料の印刷をお願いできますか。20部です",
            ),
            ("2031-02-10 08:05", 5615, "かしこまりました！😊"),
            (
                "2031-02-12 10:30",
                5614,
                "could someone swap into the wingwalker roster for the 2/14 morning? I'm at the sim that day",
            ),
            ("2031-02-12 10:41", 5612, "I can help out if nobody else grabs it"),
            (
                "2031-02-13 13:00",
                5611,
                "[toall]2/24(月)は振替休日ですが、ランプは通常シフトです。勤務表の変更はありません。",
            ),
            (
                "2031-02-14 09:00",
                5615,
                RP(5611, 8) + "講習資料20部、印刷して講習室に置いておきました",
            ),
            (
                "2031-02-17 10:15",
                5612,
                RP(5612, 4)
                + "vendor still isn't answering, I'll try them again before noon tomorrow",
            ),
            (
                "2031-02-18 11:20",
                5612,
                "got through to the vendor finally, they're coming thursday for loader 3 🔧",
            ),
            ("2031-02-18 15:00", 5613, "Lina さん、2/14の件は結局どなたが入りましたか？"),
        ],
        [
            task(2, ["点検記録"], [5613], ("2031-02-09", "Sun"), "done"),
            task(4, ["belt loader"], [5612], None, "done"),
            task(4, ["vendor"], [5612], ("2031-02-18T12:00", "Tue"), "done"),
            task(8, ["資料", "印刷"], [5615], None, "done"),
            task(10, ["wingwalker roster"], [], None, "open"),
        ],
    ),
    # 03 university grants office
    conv(
        "b22en-03",
        (932003, "Grants Office — spring cycle"),
        M(5621, 5622, 5623, 5624, 5625),
        [
            (
                "2031-03-14 09:00",
                5621,
                "morning all. internal deadline for the coastal resilience grant is 3/28, sponsor deadline 4/4",
            ),
            (
                "2031-03-14 09:20",
                5621,
                "[To:5622]Kofi\ncan you build the budget justification for Dr. Qadir's proposal by next Wednesday?",
            ),
            (
                "2031-03-14 09:45",
                5622,
                RP(5621, 2)
                + "sure — can we make it Thursday? the new fringe rates aren't posted yet",
            ),
            ("2031-03-14 10:02", 5621, RP(5621, 2) + "Thursday works for the budget justification"),
            ("2031-03-14 13:30", 5624, "Helen, thanks for the checklist, super helpful"),
            (
                "2031-03-17 10:00",
                5624,
                "[To:5623]Yuki\nwould you be able to chase the letter of support from Kanto Marine Institute? we'd need it by 3/26",
            ),
            (
                "2031-03-17 10:30",
                5623,
                "will do. I emailed their director last week but no reply yet",
            ),
            (
                "2031-03-18 15:10",
                5625,
                "fyi the sponsor portal is down for maintenance saturday 3/22 night",
            ),
            (
                "2031-03-19 11:00",
                5622,
                "budget justification ~70% there, still waiting on the fringe table",
            ),
            (
                "2031-03-20 17:45",
                5622,
                RP(5621, 2)
                + "budget justification is in the shared folder, fringe at the FY31 rate",
            ),
            ("2031-03-20 18:00", 5621, "thanks Kofi 🙌"),
            (
                "2031-03-24 09:30",
                5621,
                "Action items from this morning's check-in:\n- Yuki — compliance form 4B (due 3/25)\n- Bea — route the proposal for dean signature\n- me — final read-through by Thursday",
            ),
            (
                "2031-03-24 14:00",
                5623,
                "called Kanto Marine again, the director's out till thursday 😓",
            ),
            ("2031-03-25 16:30", 5623, RP(5621, 12) + "4B filed ✅"),
            (
                "2031-03-26 11:00",
                5624,
                RP(5624, 6)
                + "scrap the Kanto letter — the program officer says letters aren't scored this cycle",
            ),
            (
                "2031-03-27 10:00",
                5625,
                "routed to the dean's office this morning; they said signatures usually take two days",
            ),
            (
                "2031-03-27 17:00",
                5621,
                "read-through: got through sections 1–4, the rest will have to wait for monday",
            ),
        ],
        [
            task(2, ["budget justification"], [5622], ("2031-03-20", "Thu"), "done"),
            task(12, ["compliance form"], [5623], ("2031-03-25", "Tue"), "done"),
            task(12, ["dean signature"], [5625], None, "done"),
            task(12, ["read-through"], [5621], ("2031-03-27", "Thu"), "open"),
        ],
    ),
    # 04 SaaS customer success with a Japanese client (mixed, bot self account)
    conv(
        "b22en-04",
        (932004, "Hoshizora Foods × Loopwise CS"),
        M(5631, 5632, 5633, 5634, 5635, 5636),
        [
            (
                "2031-04-25 10:00",
                5634,
                "[toall]お世話になっております。連休前の確認事項です。SSO切替は5/7(水)の予定です。",
            ),
            (
                "2031-04-25 10:15",
                5634,
                "[toall]5/2までに各自、テスト用アカウントでのログイン確認をお願いします。",
            ),
            (
                "2031-04-25 10:40",
                5631,
                "石原さん、ありがとうございます！\n[To:5632]Kenji\nSAMLメタデータを森本さんに3営業日以内に送ってもらえますか？",
            ),
            ("2031-04-25 11:00", 5632, "will do 👍"),
            ("2031-04-25 15:00", 5631, task_added(5633, LT_CSV, "ユーザー一覧CSVの提出", "date")),
            ("2031-04-28 09:30", 5633, "ログイン確認しました、問題ありません。"),
            ("2031-04-28 17:10", 5632, RP(5631, 3) + "sent the metadata to 森本さん just now"),
            (
                "2031-04-30 10:00",
                5635,
                "Quick heads-up: our support desk is closed 5/3–5/6 for Golden Week, the status page still updates",
            ),
            (
                "2031-04-30 11:20",
                5634,
                "現場から来た問い合わせを貼ります\n[qt]在庫画面の表示が遅いので、至急確認してください。[/qt]\n連休明けにご相談させてください。",
            ),
            (
                "2031-05-01 14:00",
                5631,
                RP(5634, 2) + "all four of us have logged in with the test accounts, no issues 🎉",
            ),
            (
                "2031-05-02 16:00",
                5633,
                "CSV、半分ほど作りましたが部署コードの確認が残っています。提出は連休明けになりそうです。",
            ),
            ("2031-05-07 09:10", 5634, "SSO切替、予定どおり本日実施します。"),
            (
                "2031-05-07 13:00",
                5632,
                "[To:5633]森本さん\n切替後、管理画面に入れない方が2名います。権限の再付与を明日の午前中までにお願いできますか",
            ),
            ("2031-05-08 10:30", 5633, RP(5632, 13) + "2名とも権限を再付与しました。"),
            ("2031-05-09 17:30", 5633, task_done(5633, LT_CSV, "ユーザー一覧CSVの提出", "date")),
            ("2031-05-09 17:45", 5631, "ありがとうございます！来週の定例でご報告しますね"),
        ],
        [
            task(2, ["ログイン確認"], [5631, 5632, 5633, 5635], ("2031-05-02", "Fri"), "done"),
            task(3, ["SAML"], [5632], ("2031-05-01", "Thu"), "done"),
            task(5, ["ユーザー一覧"], [5633], ("2031-05-09", "Fri"), "done"),
            task(13, ["権限"], [5633], ("2031-05-08T12:00", "Thu"), "done"),
        ],
        self_account_id=5636,
    ),
    # 05 construction estimating team
    conv(
        "b22en-05",
        (932005, "Estimating — Kawasaki depot bid"),
        M(5641, 5642, 5643, 5644, 5645),
        [
            (
                "2031-06-06 08:45",
                5641,
                "bid docs for the Kawasaki depot are in. tender closes 6/20 at 17:00",
            ),
            (
                "2031-06-06 09:00",
                5641,
                "Takeoffs:\n• concrete & rebar — Mei Lin (6/11)\n• structural steel — Oscar (6/12)\n• MEP allowances — Ravi\n• I'll do the general conditions",
            ),
            ("2031-06-06 09:30", 5643, "np. are the addenda in the same folder?"),
            ("2031-06-06 09:34", 5641, RP(5643, 3) + "yes, addendum 1 and 2"),
            (
                "2031-06-07 10:00",
                5644,
                "we should probably get a second quote for the piling, the last sub was way over",
            ),
            (
                "2031-06-09 11:00",
                5641,
                RP(5644, 5) + "good call. Hana, can you get a second piling quote by Friday?",
            ),
            ("2031-06-09 11:20", 5644, RP(5641, 6) + "yep, can have it by Thursday"),
            ("2031-06-11 16:50", 5642, "concrete and rebar takeoff done, sheet's in /takeoffs"),
            (
                "2031-06-12 09:00",
                5643,
                RP(5641, 2)
                + "steel is going slower than I thought, the connection details on S-301 are a mess. I'll need until Monday",
            ),
            (
                "2031-06-12 14:00",
                5644,
                RP(5641, 6) + "second piling quote is in, Tokai Foundations came in 11% lower",
            ),
            (
                "2031-06-13 10:00",
                5645,
                RP(5641, 2)
                + "MEP allowances — done, though I used last year's unit rates for the sprinklers",
            ),
            (
                "2031-06-13 10:30",
                5641,
                RP(5645, 11)
                + "hmm, sprinkler rates went up ~8% this spring. could you redo those with the new rates by 3pm Monday?",
            ),
            (
                "2031-06-14 09:00",
                5643,
                "fyi I'll be on site at the depot tuesday for the walk-through",
            ),
            ("2031-06-16 14:40", 5645, RP(5641, 12) + "sprinklers updated to the spring rates 👍"),
            (
                "2031-06-16 18:30",
                5643,
                RP(5641, 2) + "steel takeoff done — 412 t incl. misc metals",
            ),
            (
                "2031-06-17 09:00",
                5641,
                "general conditions are about half drafted, blocked on the site insurance number",
            ),
            (
                "2031-06-18 08:30",
                5642,
                "Grant, thanks for walking me through the escalation clause yesterday",
            ),
        ],
        [
            task(2, ["concrete", "rebar"], [5642], ("2031-06-11", "Wed"), "done"),
            task(2, ["structural steel"], [5643], ("2031-06-16", "Mon"), "done"),
            task(2, ["MEP allowances"], [5645], None, "done"),
            task(2, ["general conditions"], [5641], None, "open"),
            task(6, ["piling quote"], [5644], ("2031-06-12", "Thu"), "done"),
            task(12, ["sprinkler"], [5645], ("2031-06-16T15:00", "Mon"), "done"),
        ],
    ),
    # 06 cinema chain programming (no task)
    conv(
        "b22en-06",
        (932006, "Programming — Shinonome Cinemas"),
        M(5651, 5652, 5653, 5654),
        [
            (
                "2031-07-18 10:00",
                5651,
                "schedule for the 7/21 holiday weekend is final, pinned above 🎬",
            ),
            (
                "2031-07-18 10:12",
                5652,
                "nice. the 70mm print of Harbor Lights arrives saturday morning per the distributor",
            ),
            (
                "2031-07-18 10:30",
                5653,
                "Screen 4 の音響点検は、木曜に業者さんが済ませてくれました。",
            ),
            (
                "2031-07-18 11:05",
                5654,
                "anyone know if the Ginza site is doing the late show on sunday?",
            ),
            ("2031-07-18 11:20", 5651, RP(5654, 4) + "yes, 23:10 start"),
            ("2031-07-19 09:40", 5652, "print's here, 6 reels, cans look fine 📦"),
            (
                "2031-07-19 14:00",
                5654,
                "if anyone needs the Q3 attendance deck, lmk and I'll send it over",
            ),
            ("2031-07-20 19:30", 5653, "日曜の動員、前年比112%でした🎉"),
            ("2031-07-21 08:00", 5651, "happy Marine Day to those of us working it 🌊"),
            (
                "2031-07-21 12:15",
                5652,
                "we should think about a summer anime marathon next year, the numbers for the august one were wild",
            ),
            (
                "2031-07-22 09:10",
                5654,
                "[qt]Please return all trailers by the end of the month.[/qt]\nthat's from the distributor's rider, already handled by the booth, just so it's on everyone's radar",
            ),
            ("2031-07-22 10:00", 5651, "Ewan, thanks for staying for the 70mm check last night"),
            ("2031-07-23 17:00", 5653, "来週の番組会議は30日(水)14時からです。"),
        ],
        [],
    ),
    # 07 boutique hotel events desk (mixed)
    conv(
        "b22en-07",
        (932007, "Hotel Kasumi — Events Desk"),
        M(5661, 5662, 5663, 5664, 5665),
        [
            (
                "2031-08-08 09:30",
                5665,
                "Hi all! Confirming the Aoba Pharma reception on 8/22, 80 pax, 18:30 start 🥂",
            ),
            (
                "2031-08-08 09:50",
                5661,
                "[To:5662]中村さん\nAoba の seating chart のドラフト、週明けまでにお願いできますか",
            ),
            ("2031-08-08 10:05", 5662, "承知しました！"),
            (
                "2031-08-08 10:30",
                5661,
                "[To:5663]Marco, could you send the allergy list to the kitchen by 5pm? there are 3 nut allergies",
            ),
            (
                "2031-08-08 16:40",
                5663,
                "allergy list sent to the kitchen ✔️ also flagged the shellfish one",
            ),
            ("2031-08-09 11:00", 5664, "土曜のブライダルフェア、来場18組でした。"),
            (
                "2031-08-12 17:20",
                5662,
                RP(5661, 2) + "座席表のドラフトできました。ご確認お願いします🙇‍♀️",
            ),
            ("2031-08-13 10:00", 5661, RP(5662, 7) + "looks good 👍 perfect as is"),
            (
                "2031-08-13 10:30",
                5665,
                "quick q — do your canapé menus already include a vegetarian option?",
            ),
            ("2031-08-13 10:45", 5663, RP(5665, 9) + "yes, three of the eight are veg"),
            (
                "2031-08-14 15:00",
                5665,
                "[To:5661][To:5664]\nClaire: final invoice by 8/20 please\n岡田さん: 22日の駐車場10台分の確保をお願いします",
            ),
            (
                "2031-08-15 09:00",
                5664,
                "駐車場、とりあえず6台は押さえました。残り4台は隣のビルに確認中です🚗",
            ),
            (
                "2031-08-18 11:00",
                5661,
                RP(5665, 11)
                + "Sun-hee, the invoice will go out Thursday instead, accounting is short-staffed this week",
            ),
            ("2031-08-19 14:00", 5662, "ちなみに当日は私、早番なので17時で上がります"),
            ("2031-08-21 16:30", 5661, "invoice sent to Aoba's AP team 📨"),
            ("2031-08-22 22:45", 5665, "Thank you all, the client was thrilled ✨"),
        ],
        [
            task(2, ["seating chart"], [5662], ("2031-08-12", "Tue"), "done"),
            task(4, ["allergy list"], [5663], ("2031-08-08T17:00", "Fri"), "done"),
            task(7, ["座席表"], [5661], None, "done"),
            task(11, ["invoice"], [5661], ("2031-08-21", "Thu"), "done"),
            task(11, ["駐車場"], [5664], None, "open"),
        ],
    ),
    # 08 biotech regulatory affairs
    conv(
        "b22en-08",
        (932008, "Reg Affairs — KX-114 filing"),
        M(5671, 5672, 5673, 5674, 5675),
        [
            (
                "2031-09-11 09:00",
                5671,
                "PMDA consultation for KX-114 is on 9/30. the briefing package goes out 9/24",
            ),
            (
                "2031-09-11 09:15",
                5671,
                "[To:5672]Felix\nplease update the CMC section with the new stability data by next Tuesday",
            ),
            ("2031-09-11 09:40", 5672, "will do. fyi I'm off monday (holiday)"),
            (
                "2031-09-11 11:00",
                5673,
                "I'll redo the Japanese translation of the module 2.5 summary, the current one reads like a machine did it",
            ),
            (
                "2031-09-12 14:00",
                5674,
                "does anyone remember whether the agency wanted the CTD in PDF 1.7 or 2.0?",
            ),
            ("2031-09-12 14:20", 5675, RP(5674, 5) + "1.7, per the 2030 notice"),
            (
                "2031-09-12 15:00",
                5671,
                "[To:5674]Omar — would be great if you could pull the deviation log for lot 23 by EOD. need it for the QA annex",
            ),
            (
                "2031-09-12 18:10",
                5674,
                RP(5671, 7) + "deviation log for lot 23 pulled, it's in the QA annex folder",
            ),
            (
                "2031-09-16 10:00",
                5672,
                "CMC: long-term stability tables updated, accelerated ones still pending from the lab",
            ),
            (
                "2031-09-16 17:30",
                5672,
                RP(5671, 2)
                + "lab says the accelerated data lands thursday, so the CMC update will be Friday",
            ),
            (
                "2031-09-17 09:00",
                5675,
                "[To:5673]Mariko\nwhen the 2.5 translation is ready just ping me 🙂",
            ),
            (
                "2031-09-19 16:00",
                5672,
                RP(5671, 2) + "CMC section updated with both stability sets, tracked changes on",
            ),
            (
                "2031-09-22 10:00",
                5671,
                "[toall] reminder: tomorrow 9/23 is a holiday and the office is closed. the briefing package still goes out 9/24",
            ),
            ("2031-09-24 08:30", 5673, "2.5 translation redone and passed to Lucy"),
            (
                "2031-09-24 09:00",
                5675,
                RP(5673, 14) + "got it, starting the QC now. I'll be done by 3pm",
            ),
            (
                "2031-09-24 15:20",
                5675,
                "QC done — 4 minor terminology fixes, all accepted by Mariko",
            ),
            (
                "2031-09-24 16:00",
                5671,
                "[To:5674]Omar\nplease file the briefing package via the gateway today",
            ),
            ("2031-09-24 17:50", 5674, "gateway keeps timing out on upload 😤 tried 3 times"),
        ],
        [
            task(2, ["CMC section"], [5672], ("2031-09-19", "Fri"), "done"),
            task(4, ["translation"], [5673], None, "done"),
            task(7, ["deviation log"], [5674], ("2031-09-12", "Fri"), "done"),
            task(15, ["QC"], [5675], ("2031-09-24T15:00", "Wed"), "done"),
            task(17, ["briefing package"], [5674], ("2031-09-24", "Wed"), "open"),
        ],
    ),
    # 09 public library (mixed)
    conv(
        "b22en-09",
        (932009, "Minato Public Library — programs & branch ops"),
        M(5681, 5682, 5683, 5684, 5685),
        [
            (
                "2031-10-09 09:00",
                5681,
                "おはようございます。10/18(土)の英語おはなし会、ボランティア4名確定しました。",
            ),
            (
                "2031-10-09 09:20",
                5681,
                "[To:5682]Grace\n英語おはなし会のチラシ、今週中に作成お願いできますか",
            ),
            ("2031-10-09 09:35", 5682, RP(5681, 2) + "sure! draft by tomorrow noon 📝"),
            ("2031-10-09 13:00", 5683, "返却ポストの鍵が固いので、あとで油さしておきます"),
            (
                "2031-10-10 11:45",
                5682,
                RP(5681, 2) + "flyer draft attached (A4, JP/EN) — 確認お願いします",
            ),
            ("2031-10-10 14:00", 5681, RP(5682, 5) + "OKです！ばっちりです👍"),
            (
                "2031-10-11 10:30",
                5684,
                "volunteer briefing is saturday 10:00 in room B — if anyone can't make it just tell me",
            ),
            ("2031-10-13 09:00", 5685, "本日スポーツの日ですが、開館・通常時間です📚"),
            (
                "2031-10-14 10:00",
                5681,
                "[To:5683][To:5685]\n・田村さん：除籍本リストの作成（~10/17）\n・久保さん：ブックスタート用の絵本の発注 10/20まで",
            ),
            (
                "2031-10-14 10:20",
                5683,
                "返却ポストの鍵、油さしましたがまだ固いです。業者に見てもらったほうがいいかも",
            ),
            (
                "2031-10-15 15:00",
                5684,
                "Could someone print 30 name badges for the volunteers? the template's in the shared drive",
            ),
            ("2031-10-15 16:00", 5685, "絵本の発注先って、前回と同じ書店でいいんでしたっけ？"),
            ("2031-10-16 11:00", 5681, RP(5685, 12) + "はい、同じで大丈夫です"),
            (
                "2031-10-17 17:00",
                5683,
                QT(5681, 9, "・田村さん：除籍本リストの作成（~10/17）")
                + "\n作成しました。共有フォルダに入れています",
            ),
            ("2031-10-20 16:30", 5685, "絵本の発注、まだできていません…予算コードの承認待ちです🙏"),
            ("2031-10-21 10:00", 5681, RP(5685, 9) + "絵本の発注は来週水曜まで延ばしてOKです"),
            (
                "2031-10-22 12:00",
                5684,
                "Grace, thank you for covering the storytime rehearsal yesterday!",
            ),
        ],
        [
            task(2, ["チラシ"], [5682], ("2031-10-10T12:00", "Fri"), "done"),
            task(4, ["返却ポスト"], [5683], None, "open"),
            task(5, ["flyer"], [5681], None, "done"),
            task(9, ["除籍本リスト"], [5683], ("2031-10-17", "Fri"), "done"),
            task(9, ["絵本", "発注"], [5685], ("2031-10-29", "Wed"), "open"),
            task(11, ["name badges"], [], None, "open"),
        ],
    ),
    # 10 fintech compliance team
    conv(
        "b22en-10",
        (932010, "Compliance — Kinetta Pay"),
        M(5691, 5692, 5693, 5694, 5695),
        [
            (
                "2031-10-31 10:00",
                5691,
                "heads-up: the FSA inspection pre-meeting moved to 11/12 at 10:00",
            ),
            (
                "2031-10-31 10:10",
                5691,
                "[To:5692][To:5693]\nDaniel, Emi — please refresh the AML risk assessment for the remittance product by 11/7",
            ),
            (
                "2031-10-31 10:30",
                5694,
                "[To:5691] any chance you could send me last quarter's SAR stats? for the board pack",
            ),
            ("2031-10-31 11:00", 5691, "sure, after lunch"),
            ("2031-10-31 14:10", 5691, RP(5694, 3) + "SAR stats are in your inbox"),
            (
                "2031-11-02 21:00",
                5695,
                "random thought: should we move the KYC refresh cycle to 18 months for low-risk users? not urgent",
            ),
            (
                "2031-11-04 09:30",
                5692,
                "my half of the AML assessment is done (inherent risk scoring)",
            ),
            (
                "2031-11-04 10:00",
                5691,
                "[To:5695]Zoe\ncan you draft the policy exception memo for the Manila corridor by Thursday?",
            ),
            ("2031-11-04 10:15", 5695, "will do 👍"),
            (
                "2031-11-05 16:00",
                5693,
                RP(5691, 2)
                + "AML risk assessment refreshed — Daniel's scoring plus my controls section, v3 is in the folder",
            ),
            (
                "2031-11-06 09:00",
                5695,
                RP(5691, 8)
                + "memo's drafted but I'd like legal to glance at clause 4 first — can I send it Monday?",
            ),
            ("2031-11-06 09:20", 5691, RP(5695, 11) + "Monday's fine"),
            (
                "2031-11-07 13:00",
                5694,
                "[To:5692]Daniel\nthe board wants the sanctions-screening false-positive numbers. could you pull them by 3pm?",
            ),
            (
                "2031-11-07 14:30",
                5692,
                "couldn't get into the screening dashboard, my access expired 🙃 raised a ticket with IT",
            ),
            (
                "2031-11-07 14:45",
                5694,
                RP(5694, 13)
                + "never mind on the false-positive numbers, the board dropped it from the agenda",
            ),
            (
                "2031-11-10 11:00",
                5695,
                "exception memo sent to Rachel, legal was fine with clause 4",
            ),
            ("2031-11-10 11:30", 5691, "thanks Zoe 🙏"),
            (
                "2031-11-10 15:00",
                5691,
                "[To:5693]Emi\nplease book the large meeting room for the FSA pre-meeting on 11/12, and I'll prepare the attendee list by tomorrow",
            ),
        ],
        [
            task(2, ["AML risk assessment"], [5692, 5693], ("2031-11-07", "Fri"), "done"),
            task(3, ["SAR stats"], [5691], None, "done"),
            task(8, ["exception memo"], [5695], ("2031-11-10", "Mon"), "done"),
            task(18, ["meeting room"], [5693], None, "open"),
            task(18, ["attendee list"], [5691], ("2031-11-11", "Tue"), "open"),
        ],
    ),
    # 11 furniture e-shop fulfilment (no task)
    conv(
        "b22en-11",
        (932011, "Fulfilment — Kiri & Oak furniture"),
        M(5701, 5702, 5703, 5704),
        [
            (
                "2031-11-14 08:30",
                5701,
                "morning — 142 orders in the queue, 9 of them oversize (sofas) 🛋️",
            ),
            (
                "2031-11-14 08:45",
                5702,
                "the freight pickup is at 15:00 today per the carrier portal",
            ),
            (
                "2031-11-14 10:00",
                5703,
                "Tariq took care of the damaged dresser return yesterday btw, customer's happy",
            ),
            ("2031-11-14 11:30", 5704, "ha, thanks Beth. that one was a puzzle"),
            ("2031-11-15 13:00", 5701, "weekend crew: we're at 96% on-time this week 🎉"),
            (
                "2031-11-16 18:00",
                5702,
                "if anyone wants the new packing SOP in Japanese, I have a draft, just ask",
            ),
            (
                "2031-11-17 09:00",
                5703,
                "is the Osaka 3PL still closed on the 24th for the holiday?",
            ),
            ("2031-11-17 09:15", 5701, RP(5703, 7) + "yes, closed 11/24, reopening 11/25"),
            (
                "2031-11-17 14:00",
                5704,
                "[qt]Could you please deliver before 10am? I only work from home in the mornings.[/qt]\na customer note on order #88412 — already set in the carrier notes, just sharing",
            ),
            (
                "2031-11-18 10:30",
                5702,
                "we should probably rethink the foam corners for the walnut tables, two dents this month",
            ),
            ("2031-11-18 16:00", 5701, "Aya, thanks for the SOP draft, super clear"),
            (
                "2031-11-19 09:00",
                5703,
                "the new label printer arrives next wednesday, the installer comes the same day",
            ),
            ("2031-11-20 17:30", 5704, "COB update: queue at 38, all oversize out the door 🚚"),
        ],
        [],
    ),
    # 12 conference organiser
    conv(
        "b22en-12",
        (932012, "Kyoto Design Forum 2031 — ops"),
        M(5711, 5712, 5713, 5714, 5715, 5716),
        [
            (
                "2031-11-20 09:00",
                5711,
                "T-minus 3 weeks to the forum (12/11–12/12). run-of-show v4 is pinned",
            ),
            (
                "2031-11-20 09:10",
                5711,
                "[To:5712][To:5713][To:5714]\nfrom this morning's sync:\n1. Nora — speaker travel bookings for the 4 overseas keynotes (by 11/28)\n2. Keita — AV quote from the venue, next Tuesday\n3. Ama — name badge proof\n4. I'll send the sponsor deck to Hikari Paper by tomorrow",
            ),
            ("2031-11-20 09:30", 5713, "sgtm"),
            (
                "2031-11-20 13:00",
                5715,
                "lmk if you need anything for the registration desk, I'm around all week",
            ),
            ("2031-11-21 16:40", 5711, RP(5711, 2) + "sponsor deck's out to Hikari Paper"),
            (
                "2031-11-22 10:15",
                5716,
                "hey all, I'm the new intern on the content side 👋 looking forward to working with you!",
            ),
            (
                "2031-11-24 10:00",
                5712,
                "flights for 3 of the 4 keynotes are booked ✈️ still waiting on Prof. Adeyemi's passport details",
            ),
            (
                "2031-11-24 10:30",
                5713,
                RP(5711, 2)
                + "the venue's AV manager is off today (substitute holiday) — AV quote will be Wednesday",
            ),
            (
                "2031-11-24 14:00",
                5711,
                "[To:5716]Jade\nwelcome! could you proofread the session abstracts in the program doc? no rush",
            ),
            ("2031-11-25 11:00", 5714, RP(5711, 2) + "badge proof attached, ptal 🙏"),
            ("2031-11-25 15:30", 5711, RP(5714, 10) + "looks good 👍 no changes"),
            (
                "2031-11-26 17:00",
                5713,
                "AV quote is in: ¥1.84M for both days incl. streaming. forwarded to Sam",
            ),
            (
                "2031-11-27 09:00",
                5711,
                RP(5711, 2)
                + "Nora — drop Prof. Adeyemi from the travel list, he's switched to a remote talk. just the other three",
            ),
            (
                "2031-11-27 09:20",
                5712,
                RP(5711, 2)
                + "noted — then the travel bookings are all done, the three were booked on monday ✅",
            ),
            (
                "2031-11-28 10:00",
                5716,
                "abstracts: through 14 of 31 so far, some have no Japanese titles yet",
            ),
            (
                "2031-11-28 12:00",
                5715,
                "[To:5711]Sam\ncan you confirm the registration desk headcount by 5pm today? the staffing agency closes their books at 6",
            ),
            ("2031-11-28 16:10", 5711, RP(5715, 16) + "headcount confirmed at 6, told the agency"),
        ],
        [
            task(2, ["travel bookings"], [5712], ("2031-11-28", "Fri"), "done"),
            task(2, ["AV quote"], [5713], ("2031-11-26", "Wed"), "done"),
            task(2, ["badge proof"], [5714], None, "done"),
            task(2, ["sponsor deck"], [5711], ("2031-11-21", "Fri"), "done"),
            task(9, ["abstracts"], [5716], None, "open"),
            task(10, ["badge proof"], [5711], None, "done"),
            task(16, ["headcount"], [5711], ("2031-11-28T17:00", "Fri"), "done"),
        ],
    ),
    # 13 school district transport office (mixed, across the year-end break)
    conv(
        "b22en-13",
        (932013, "学区交通課 / District Transport"),
        M(5721, 5722, 5723, 5724, 5725),
        [
            (
                "2031-12-19 09:00",
                5721,
                "お疲れ様です。冬休み中の部活動送迎バス、運行日を共有します：12/26、1/5、1/6 の3日間です。",
            ),
            (
                "2031-12-19 09:15",
                5721,
                "[To:5724]Bruno\n冬休み送迎の配車表、12/24(水)までに業者さんから取り寄せてもらえますか",
            ),
            ("2031-12-19 09:30", 5724, "了解です、will chase them today"),
            ("2031-12-19 11:00", 5722, "I'll update the route map for the new Kitano stop"),
            (
                "2031-12-22 10:00",
                5721,
                "[To:5723][To:5725]\n松井さん：保護者向けお知らせ文の作成（～12/26）\n西田さん：運転手さんの年始シフト確認、7営業日以内で",
            ),
            ("2031-12-22 10:20", 5725, "承知しました🙆"),
            (
                "2031-12-23 15:00",
                5724,
                RP(5721, 2) + "配車表、業者から届きました。共有フォルダにあります",
            ),
            ("2031-12-24 09:00", 5722, "route map updated & sent to 松井さん 🗺️"),
            ("2031-12-24 12:00", 5723, "Emily, thanks for the map! 助かります🙏"),
            ("2031-12-25 17:00", 5723, "お知らせ文、ドラフト半分まで進みました。"),
            (
                "2031-12-26 16:30",
                5723,
                RP(5721, 5) + "保護者向けお知らせ文、作成しました。ご確認お願いします",
            ),
            (
                "2031-12-26 17:00",
                5721,
                "[toall]本年もお疲れ様でした。12/29～1/3は閉庁です。良いお年を🎍",
            ),
            (
                "2031-12-27 10:00",
                5724,
                "fyi bus 3 had a flat this morning but the contractor swapped it, all runs on time",
            ),
            (
                "2032-01-05 08:30",
                5721,
                "あけましておめでとうございます。本年もよろしくお願いします",
            ),
            (
                "2032-01-05 09:00",
                5721,
                RP(5723, 11) + "お知らせ文、確認しました。このまま配信でOKです",
            ),
            (
                "2032-01-05 10:00",
                5725,
                "運転手さんのシフト、5名中3名は確認取れました。残り2名は電話しましたが不在でした",
            ),
            (
                "2032-01-06 14:00",
                5721,
                "[To:5722]Emily\n来週水曜の路線説明会、英語版スライドの用意をお願いします",
            ),
            ("2032-01-06 14:20", 5722, RP(5721, 17) + "sure — I'll have them by Friday"),
            (
                "2032-01-07 09:00",
                5721,
                task_added(5725, LT_SHIFT, "残り2名の運転手さんへのシフト確認電話", "time"),
            ),
            (
                "2032-01-08 16:00",
                5725,
                task_done(5725, LT_SHIFT, "残り2名の運転手さんへのシフト確認電話", "time"),
            ),
        ],
        [
            task(2, ["配車表"], [5724], ("2031-12-24", "Wed"), "done"),
            task(4, ["route map"], [5722], None, "done"),
            task(5, ["お知らせ文"], [5723], ("2031-12-26", "Fri"), "done"),
            task(5, ["年始シフト"], [5725], ("2032-01-07", "Wed"), "open"),
            task(11, ["お知らせ文"], [5721], None, "done"),
            task(17, ["英語版スライド"], [5722], ("2032-01-09", "Fri"), "open"),
            task(19, ["シフト確認"], [5725], ("2032-01-09T17:00", "Fri"), "done"),
        ],
    ),
    # 14 animation studio production desk (human self account)
    conv(
        "b22en-14",
        (932014, "Studio Harukaze — Production Desk"),
        M(5731, 5732, 5733, 5734, 5735, 5736),
        [
            ("2031-05-23 10:00", 5732, "ep 7 layouts are locked 🎉 thanks everyone"),
            (
                "2031-05-23 10:15",
                5732,
                "[To:5731][To:5733]\nEllie, Zara — could you get the ep 7 comp test for cut 112 out by Monday?",
            ),
            (
                "2031-05-23 10:40",
                5733,
                "[To:5731] on it. I'll need the cut 112 BG plates from you by tomorrow though",
            ),
            ("2031-05-23 11:00", 5731, RP(5733, 3) + "will send after lunch"),
            ("2031-05-23 14:30", 5731, RP(5733, 3) + "BG plates for 112 are on the server"),
            (
                "2031-05-24 12:00",
                5734,
                "in-betweens for ep 7 part B: the Manila studio says 40% in, the rest by 6/2",
            ),
            (
                "2031-05-26 18:20",
                5733,
                RP(5732, 2) + "comp test for 112 rendered, link's in the review sheet",
            ),
            (
                "2031-05-27 09:30",
                5732,
                "cut 112 comp: the rim light is too hot. can someone knock it down ~20% and re-render?",
            ),
            ("2031-05-27 15:00", 5733, RP(5732, 8) + "rim light down 20% and re-rendered ✅"),
            (
                "2031-05-28 10:00",
                5736,
                "outsourcing update: Studio Kaede can take 60 cuts of ep 9 but not before 6/10",
            ),
            (
                "2031-05-28 10:30",
                5731,
                "[To:5736]Felix\nplease send Kaede the ep 9 cut list by Friday",
            ),
            ("2031-05-28 11:00", 5735, "color keys for ep 8 were done yesterday, fyi"),
            (
                "2031-05-29 09:00",
                5734,
                "fyi Manila lost two days to a power cut, part B might land 6/4 instead of 6/2",
            ),
            ("2031-05-29 16:00", 5736, RP(5731, 11) + "cut list's out to Kaede"),
            (
                "2031-05-30 11:00",
                5732,
                "[toall] retake meeting for ep 7 moved to monday 6/2 at 14:00 📅",
            ),
            (
                "2031-05-30 11:30",
                5732,
                "[toall] before the retake meeting, please each list your top 3 problem cuts in the sheet by Monday noon",
            ),
            ("2031-05-31 14:00", 5735, "my 3 are in the sheet"),
            (
                "2031-06-02 09:00",
                5731,
                "Haruto, thanks for pushing the layouts through last week 🙏",
            ),
        ],
        [
            task(2, ["comp test"], [5731, 5733], ("2031-05-26", "Mon"), "done"),
            task(3, ["BG plates"], [5731], ("2031-05-24", "Sat"), "done"),
            task(8, ["rim light"], [], None, "done"),
            task(11, ["cut list"], [5736], ("2031-05-30", "Fri"), "done"),
            task(
                16, ["problem cuts"], [5733, 5734, 5735, 5736], ("2031-06-02T12:00", "Mon"), "open"
            ),
        ],
        self_account_id=5731,
    ),
]
