# ruff: noqa: E501
"""Blind set 28, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b28en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 28, English half A: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape); never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase things: GitHub issue / PR threads (asking for more
time while blocked on review, handing work over, Japanese 引き継ぎ / 修正しました /
確認しました threads, incident follow-up action items with owners and partial
progress) and workplace-writing pages (Slack etiquette and shorthand such as ack /
ptal / LGTM / EOD, Japanese business-chat request phrasing with deadlines, polite
status-update chasers, 納期前倒し / キャンセル連絡 phrasing). Every person, company,
room, product and sentence is invented and written fresh; nothing is copied. Gold
dues were computed with a throwaway script in /tmp/b28/en_a (datetime + jpholiday,
one function per row of the spec's deadline table: today / EOD, tomorrow, bare
weekday incl. today, next + weekday, 今週中 / this week incl. the Saturday rule,
来週中, 週明け skipping 成人の日, N営業日以内 over Golden Week, the 9/21-9/23
silver week and the 12-29 .. 01-03 break, 年内, the M/D window rule, times such as
明日の17時, noon, 3pm), never by hand; each due carries its weekday. Phrases the spec
does not define (COB, tonight, after lunch, end of next week) appear only in
messages that hold no task. Cancelled tasks are left out of the gold. All rooms run
on Asia/Tokyo in 2037; b28en-03 crosses into January 2038.

Domains: b28en-01 a wind-farm maintenance crew with a Japanese turbine maker
(mixed: Japanese requests, English replies; 3営業日以内 over silver week), b28en-02
a university research office (English), b28en-03 a restaurant group opening in
Osaka (mixed; Chatwork task markup; year-end break), b28en-04 a mobile app agency
with a Tokyo client (mixed; a bot as self account; Golden Week), b28en-05 a
wildlife rescue centre (English; NO task), b28en-06 a trade-show booth team at a
Makuhari expo (mixed; over スポーツの日), b28en-07 a piano shop and its tuners
(English; a human as self account; over 建国記念の日).

Covers: commitments without a time or with a hedge ("I should be able to ... by
Thursday", "lemme redo ..., tomorrow noon latest", "I'll take this one" in reply to
an FYI, "me — release notes"); implicit asks after a delivery (ご確認お願いします,
"PR is up ... ptal") closed by 拝見しました。問題ありません / "LGTM, merged"; lists
("- Nina: ...", "1) Marco — ...（12/18）", "• card screen UI — Mia, Thursday", "me —")
and [To:] lines under a "[due Thursday]" heading; two tasks in one sentence; work
split between two people (one task, two assignees) closed only by a reply, with
"my half is done" / "my 3 are done" and a bare message from one assignee closing
nothing; "can someone ..." with nobody named, reported done twice by two people;
an ask passed on from Legal; an ask inside a question about its details ("A4 ok?
and 10 copies pls"); deadlines moved by the assignee ("will have to be 12/21" never
answered, "will need until Monday", "will be 5/7 instead"), by the requester later
(5/14) and earlier ("need both by Tuesday instead"), set by an acceptance ("I'll
have it to you by Monday"); a chase ("any update on ...?", 進捗いかがでしょうか) and a
third person's reminder that are no task; a long thread where only the first message
names the work; completions in other words (sorted, is live, merged, filed →
MOB-2291, "redone → link", "→ Booth/specs_final.docx", 完了しました（発注番号 ...）,
Chatwork task_done), by reply, by a reply to the wrong (non-task) message from the
assignee's only open task, and bare from an assignee's only open task; partial
progress and failed attempts (3 of 4 blades, 4 of 6 screens, 2 of 3 trucks, scanner
jammed, called twice no answer, 電話しましたが不在, still stuck with the dean's
office) closing nothing; cancellations ("never mind the Android parity", "scrap all
of that" for a whole four-line list); [toall] requests excluding the sender and the
self account; look-alikes that ask for nothing (FYIs, holiday notices, schedules,
offers, conditions, a role ask, a county note in [qt], a link that does what it
announces, promises to report, questions for information, reports of someone
else's work); noise (emoji, :shortcode:, lowercase, typos, "-- Omar" signatures).

Part B
------
Blind set 28, English half B: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (asking for a few more days / still blocked, out-of-office
hand-overs, closing work as no longer needed, retries and partial fixes, "merged /
deployed / live") and workplace-writing pages (Slack etiquette and async requests
with owner and deadline, Japanese business-chat request phrasing with 期限,
進捗報告 / 途中経過 wording). Every person, company, room, product and sentence here
is invented and written fresh; nothing is copied. Gold dues were computed with a
throwaway script in /tmp/b28/en_b (datetime + jpholiday, one function per row of the
spec's deadline table: today / EOD, tomorrow, bare weekday, next + weekday,
今週中 / this week, 来週頭 over a Monday holiday, 年内, N営業日以内 skipping weekends,
Japanese holidays and 12-29 .. 01-03, the M/D window rule, noon / 3pm / 明日の17時),
never by hand, and each due carries its weekday so build.py catches a typo.
Phrases the spec does not define (COB, tonight, end of next week, after lunch, "when
we're back", "by then", "by the 24th") never carry a task's only deadline. Cancelled
tasks are left out of the gold, as the spec drops them. All rooms run on Asia/Tokyo
in 2037; one room crosses the year-end break into January 2038.

Domains: a cloud cost (FinOps) team over the 2037 Silver Week (敬老の日 / 国民の休日 /
秋分の日; "next Monday" landing on a holiday), an animation studio with a Japanese
co-producer (mixed, Golden Week, 今週中, EOD), a language-exchange nonprofit (no
task at all), an orthodontic clinic front desk (mixed, Japanese requesters and
English replies, 明日の17時, 2営業日以内 over 建国記念の日, 来週頭 over 天皇誕生日), a
freight forwarder with a Yokohama warehouse (mixed, a customer's "we need X by
12/24", 年内, 5営業日以内 across the year-end break into 2038), a theatre touring
company (bot as self account, [toall] bios, Chatwork date task, 文化の日), and a
bicycle parts importer (a human as self account, [To:] the self account, Chatwork
time task, 2営業日以内 over 春分の日).

Covers: work split between two people in one line (one task, two assignees) closed
only by one assignee's reply, not by the other's bare "my half is in"; implicit-work
asks after a delivery (PR is up, ptal; boards are up — 確認お願いします, which also
closes the delivery task); a review answered by 拝見しました that closes the review and
asks for a new change by reply; list messages ("- Nadia: ...", "1) 佐藤さん — ...",
"2) me — ...", "• ... — 西村さん, 12/28", "・Emily：...", "- Ken: ...") with one task a
line and a shared deadline line; "can someone ..." with nobody named, reported done
twice by two people; a request passed on for someone else (Procurement asked me to
nudge you, 音響監督からの依頼をお伝えします); a counter-offer of a later day by the
assignee that the requester never answers; deadlines moved earlier by the requester
(by Friday noon instead) and by the assignee (I'll do it Monday); a deadline in a
heading ([due Fri]); hedged promises (should be Friday, probably Thursday, probably
Friday — an acceptance that sets an earlier day than the ask); an ask inside a
question about details (A4 ok? and 30 copies pls); a chase (any update on ...?, any
luck with ...?) that is no new task; a third person's reminder of someone else's
due; a reply to the wrong message (the chase) that still names the work, from an
assignee with one open task; a long thread where the work is named only in the first
message; one cancellation of a single list line and one of a whole list at once
(scrap all three); completions in other words, by reply, by bare message from an
assignee's only open task, by Chatwork task_done, with a link, a file name only
(grain_plate_v2.exr, sendai_plot_r3.dwg); partial progress and failed attempts that
close nothing (2 of 4, 212 of 340, 3 of 5 stems, 12品目中8品目, half the count, no
answer, render died, on hold, emailed twice); look-alikes that ask for nothing
(a quoted customer message with qtmeta, a pasted partner-school note in [qt], offers
with lmk, musings, questions for information, holiday notices, a bot digest); noise
(emoji, :shortcode:, lowercase, typos, -- signatures, slang: gonna, lemme, wanna).
The room without a task is b28en-10.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b28en-01 wind farm maintenance crew + Japanese turbine maker
    8001: "佐伯 剛",
    8002: "Liam Doherty",
    8003: "Nina Kowalczyk",
    8004: "Owen Price",
    8005: "小野寺 美咲",
    8006: "Raj Menon",
    # b28en-02 university research office
    8011: "Helen Marsh",
    8012: "Tomás Ruiz",
    8013: "Priya Nair",
    8014: "Ben Okafor",
    8015: "Yuki Sato",
    8016: "Clara Fenwick",
    # b28en-03 restaurant group opening in Osaka
    8021: "中西 由香",
    8022: "Marco Bellini",
    8023: "Sophie Laurent",
    8024: "藤井 大輔",
    8025: "Dan Whitaker",
    8026: "Kenji Mori",
    # b28en-04 mobile app agency + Tokyo client (8031 is the bot chatsync reads with)
    8031: "chatsync-bot",
    8032: "高橋 彩",
    8033: "Jonas Berg",
    8034: "Mia Chen",
    8035: "Arjun Patel",
    8036: "Leah Novak",
    8037: "石川 翔",
    # b28en-05 wildlife rescue centre (no task)
    8041: "Ines Moreau",
    8042: "Callum Reid",
    8043: "Hana Kobayashi",
    8044: "Ravi Shah",
    8045: "Ellie Watts",
    8046: "Joe Bramley",
    # b28en-06 trade-show booth team at a Makuhari expo
    8051: "Grace Holloway",
    8052: "松本 奈々",
    8053: "Felix Braun",
    8054: "Aiko Tanabe",
    8055: "Sam Ortiz",
    8056: "岡田 健",
    # b28en-07 piano shop and its tuners (8061 is the human account chatsync reads with)
    8061: "Rosa Delgado",
    8062: "Ken Ishida",
    8063: "Mia Fairweather",
    8064: "Theo Brandt",
    8065: "Lucy Park",
    8066: "Omar Haddad",
}


def members(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header to message n of the room (build.py fills in {mN})."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}\n"


def TO(aid: int) -> str:
    return f"[To:{aid}]{NAMES[aid]}\n"


CASES_A = [
    conv(
        "b28en-01",
        (938001, "北上ウィンドファーム保守 | Kitakami WF T-07/T-09"),
        members(8001, 8002, 8003, 8004, 8005, 8006),
        [
            (
                "2037-09-17 09:10",
                8001,
                TO(8002)
                + "お疲れ様です。\nT-07のピッチベアリング点検の件、点検記録（写真付き）を3営業日以内にご提出いただけますでしょうか。\n※9/21〜9/23は弊社窓口がお休みです。",
            ),
            (
                "2037-09-17 09:25",
                8002,
                RP(8001, 1) + "ack 👍 Nina has the photos from Tuesday's climb",
            ),
            (
                "2037-09-17 09:40",
                8002,
                "[To:8003][To:8004]\nfor the T-07 write-up:\n- Nina: pull the bearing photos off the drone card and rename them by blade, by Friday\n- Owen: scan the torque logs for T-07 & T-09, next Thursday is fine",
            ),
            ("2037-09-17 10:02", 8003, "on it"),
            (
                "2037-09-17 13:30",
                8005,
                TO(8002)
                + "共有です。交換用シールは9/28（月）着の予定です。届き次第こちらでお知らせします。",
            ),
            (
                "2037-09-18 08:50",
                8004,
                "T-07 torque log scanned. T-09's scanner jammed halfway thru 😩",
            ),
            (
                "2037-09-18 11:00",
                8003,
                RP(8002, 3) + "photos renamed + on the share → /T07/2037-09-15/ ✅",
            ),
            (
                "2037-09-18 14:20",
                8001,
                "[To:8006]Menonさん\n来週のタワー昇降作業の前に、安全帯の点検表を共有いただけますか。至急でお願いします🙏",
            ),
            (
                "2037-09-18 14:40",
                8006,
                RP(8001, 8) + "Saeki-san, sure — I'll have it to you by Monday",
            ),
            (
                "2037-09-18 17:05",
                8002,
                "heads-up: I'm off at COB, phone's on for emergencies",
            ),
            (
                "2037-09-19 09:00",
                8002,
                "[toall] site closed 9/21–9/23 for the holidays, gate code changes on the 24th. FYI only, nothing to do",
            ),
            (
                "2037-09-20 16:00",
                8006,
                RP(8001, 8) + "shared → HSE/harness_check_0920.xlsx",
            ),
            (
                "2037-09-24 08:30",
                8001,
                RP(8001, 1) + "Liamさん\n点検記録の件、進捗いかがでしょうか？",
            ),
            (
                "2037-09-24 08:55",
                8002,
                RP(8001, 13)
                + "佐伯さん sorry for the wait — 3 of 4 blades written up, still missing the blade C close-ups",
            ),
            (
                "2037-09-24 10:40",
                8004,
                "T-09 rescan failed again, the feeder keeps eating page 2 🙄",
            ),
            (
                "2037-09-25 11:10",
                8002,
                RP(8001, 1)
                + "佐伯さん\n点検記録を提出しました（写真付きPDF、12ページ）。ご確認お願いします",
            ),
            (
                "2037-09-25 13:00",
                8001,
                RP(8002, 16) + "拝見しました。内容問題ありません、ありがとうございました！",
            ),
            ("2037-09-25 13:05", 8003, "🙌"),
        ],
        [
            task(1, ["点検記録"], [8002], ("2037-09-25", "Fri"), "done"),
            task(3, ["photos"], [8003], ("2037-09-18", "Fri"), "done"),
            task(3, ["torque"], [8004], ("2037-09-24", "Thu"), "open"),
            task(8, ["点検表"], [8006], ("2037-09-21", "Mon"), "done"),
            task(16, ["確認"], [8001], None, "done"),
        ],
    ),
    conv(
        "b28en-02",
        (938002, "Research Office – grants & agreements"),
        members(8011, 8012, 8013, 8014, 8015, 8016),
        [
            (
                "2037-11-02 09:05",
                8011,
                "[To:8012]Tomás\nKessler Foundation renewal — can you pull together the budget justification for Clara's project? 3 yrs, with the new RA line. need it by next Monday so Ben has time to go through the numbers",
            ),
            (
                "2037-11-02 09:20",
                8012,
                RP(8011, 1) + "sure. 2037 salary scales or teh draft 2038 ones?",
            ),
            ("2037-11-02 09:31", 8011, RP(8012, 2) + "2038 draft. Ben has them"),
            (
                "2037-11-02 10:12",
                8014,
                RP(8012, 2) + "they're in Finance/2038_draft/scales_v2.xlsx",
            ),
            (
                "2037-11-02 16:00",
                8015,
                "fyi the 3rd floor printer works again, toner was the culprit 🖨️",
            ),
            (
                "2037-11-04 09:00",
                8011,
                "[To:8013]Priya\npassing this on from Legal: they want the signed data-sharing agreement for the Marlow cohort back this week. scan to them + original to the 3rd floor",
            ),
            ("2037-11-04 09:30", 8013, RP(8011, 6) + "np 👍"),
            (
                "2037-11-04 10:15",
                8016,
                "re the Marlow consent form: I should be able to get the revised version to Priya by Thursday, conference wifi permitting 😅",
            ),
            (
                "2037-11-04 13:00",
                8011,
                "[To:8014]Ben\ncould you check Tomás's budget numbers once he's done and get the indirect cost rate signed off with the faculty? by 11/12 please",
            ),
            (
                "2037-11-04 16:40",
                8012,
                RP(8011, 1) + "halfway there — RA line done, equipment still to go",
            ),
            (
                "2037-11-05 09:10",
                8011,
                RP(8011, 9)
                + "sorry Ben, the faculty board got moved up — need both by Tuesday instead 🙏",
            ),
            (
                "2037-11-05 11:00",
                8015,
                "reminder for Priya: Legal's agreement is due tomorrow (Fri) 📌",
            ),
            ("2037-11-05 17:20", 8016, "revised consent form sent to Priya 📎\n-- C."),
            (
                "2037-11-06 10:00",
                8013,
                RP(8011, 6)
                + "signed agreement scanned to Legal, original dropped at the 3rd floor ✅",
            ),
            (
                "2037-11-06 15:00",
                8012,
                RP(8011, 1) + "finished — budget_just_v1.docx is in the renewal folder",
            ),
            ("2037-11-06 15:30", 8011, "thanks both, have a good weekend 🙌"),
            ("2037-11-09 10:00", 8011, "Ben, any update on the cost rate sign-off?"),
            (
                "2037-11-09 10:30",
                8014,
                RP(8011, 9)
                + "budget numbers checked, fixed two typos in Tomás's sheet. the rate sign-off is still stuck with the dean's office",
            ),
        ],
        [
            task(1, ["budget justification"], [8012], ("2037-11-09", "Mon"), "done"),
            task(6, ["data-sharing"], [8013], ("2037-11-06", "Fri"), "done"),
            task(8, ["consent form"], [8016], ("2037-11-05", "Thu"), "done"),
            task(9, ["budget numbers"], [8014], ("2037-11-10", "Tue"), "done"),
            task(9, ["cost rate"], [8014], ("2037-11-10", "Tue"), "open"),
        ],
    ),
    conv(
        "b28en-03",
        (938003, "Osteria Lumo 梅田 オープン準備"),
        members(8021, 8022, 8023, 8024, 8025, 8026),
        [
            (
                "2037-12-10 10:00",
                8021,
                "[toall]\nOsteria Lumo 梅田、オープン前の残タスクと担当です👇\n1) Marco — 仕込みリストの最終版（12/18）\n2) Sophie — スタッフのシフト表、年内\n3) 藤井さん — 食器の追加発注、来週中",
            ),
            (
                "2037-12-10 10:20",
                8022,
                RP(8021, 1)
                + "中西さん the prep list will have to be 12/21 — the fish supplier only sends the final list on the 19th 🙏",
            ),
            ("2037-12-10 10:45", 8023, RP(8021, 1) + "ok 👍"),
            (
                "2037-12-10 11:00",
                8021,
                task_added(
                    8026,
                    chatwork_lt("2037-12-16"),
                    "ガス業者の立会い日程を確定してください",
                    "date",
                ),
            ),
            (
                "2037-12-11 09:30",
                8026,
                "gas company called back — they can only do the 17th. asked about the 15th, no luck",
            ),
            (
                "2037-12-14 14:00",
                8026,
                task_done(
                    8026,
                    chatwork_lt("2037-12-16"),
                    "ガス業者の立会い日程を確定してください",
                    "date",
                ),
            ),
            (
                "2037-12-14 15:00",
                8025,
                "IG teaser post is scheduled for 12/20 20:00 🎉 fyi, nothing needed from anyone",
            ),
            (
                "2037-12-15 11:00",
                8024,
                TO(8021)
                + "食器の件、メーカーに電話しましたが担当の方が不在でした😓 折り返し待ちです。",
            ),
            (
                "2037-12-17 16:00",
                8024,
                RP(8021, 1) + "食器の追加発注、完了しました（発注番号 PO-5512）",
            ),
            (
                "2037-12-21 18:00",
                8022,
                RP(8021, 1) + "final prep list uploaded → Kitchen/prep_final_1221.pdf",
            ),
            (
                "2037-12-22 10:00",
                8021,
                "[To:8022][To:8023]Marco, Sophie\n1/15のプレオープン用の試食メニューカード、お二人で分担して作っていただけますか？ 5営業日以内でお願いします🙏",
            ),
            (
                "2037-12-22 10:30",
                8022,
                RP(8021, 11) + "sure 👍 Sophie, let's split by course",
            ),
            (
                "2037-12-24 17:00",
                8022,
                RP(8021, 11) + "my half is done (mains + dolci) 🍝",
            ),
            (
                "2037-12-26 10:00",
                8025,
                "happy holidays all 🎄 office closed 12/29–1/3, 緊急時は中西さんの携帯へ",
            ),
            (
                "2037-12-28 16:30",
                8023,
                RP(8021, 11)
                + "menu cards finished — both halves merged, proof's in the shared folder",
            ),
            (
                "2037-12-28 17:00",
                8023,
                "January shift rota is done and pinned in the staff chat 📌",
            ),
            (
                "2038-01-04 09:00",
                8021,
                TO(8024)
                + "あけましておめでとうございます🎍\nプレオープン用の花の手配、週明けまでにお願いできますか？",
            ),
            (
                "2038-01-04 09:20",
                8024,
                RP(8021, 17) + "承知しました！今年もよろしくお願いします",
            ),
            (
                "2038-01-04 09:30",
                8026,
                "明けましておめでとうございます 🙏 back on site from today",
            ),
        ],
        [
            task(1, ["仕込みリスト"], [8022], ("2037-12-21", "Mon"), "done"),
            task(1, ["シフト表"], [8023], ("2037-12-31", "Thu"), "done"),
            task(1, ["食器"], [8024], ("2037-12-18", "Fri"), "done"),
            task(4, ["立会い"], [8026], ("2037-12-16", "Wed"), "done"),
            task(11, ["メニューカード"], [8022, 8023], ("2038-01-04", "Mon"), "done"),
            task(17, ["花"], [8024], ("2038-01-12", "Tue"), "open"),
        ],
    ),
    conv(
        "b28en-04",
        (938004, "寿フィットネス アプリ改修 / Kotobuki app"),
        members(8031, 8032, 8033, 8034, 8035, 8036, 8037),
        [
            (
                "2037-04-27 10:00",
                8032,
                TO(8033)
                + "お世話になっております。5/8のキャンペーン開始に向けて、会員証画面のリニューアル版をTestFlightで配信いただく必要があります。4営業日以内にご対応お願いします。",
            ),
            (
                "2037-04-27 10:30",
                8033,
                RP(8032, 1)
                + "高橋さん noted 👍 plan:\n• card screen UI — Mia, Thursday\n• Android parity — Arjun, Thursday\n• regression pass on both — Leah, next Monday\n• me — release notes JP/EN",
            ),
            (
                "2037-04-28 18:40",
                8034,
                "card screen done, PR is up: #412 — ptal [To:8033]",
            ),
            ("2037-04-29 11:00", 8033, RP(8034, 3) + "LGTM, merged 🚀"),
            (
                "2037-04-29 11:05",
                8031,
                "[info][title]CI[/title]build 1.8.0 (412) passed on main[/info]",
            ),
            (
                "2037-04-30 09:15",
                8035,
                "android parity: 4 of 6 screens matched, the barcode one still renders blurry on the Pixel 9a 😕",
            ),
            (
                "2037-04-30 14:00",
                8033,
                "[toall] heads-up: office closed 5/4–5/6 🎏 on-call is Arjun",
            ),
            (
                "2037-04-30 14:30",
                8036,
                RP(8033, 2) + "Monday's a holiday here — regression pass will be 5/7 instead",
            ),
            (
                "2037-05-01 15:00",
                8033,
                TO(8035)
                + "can you file the blurry barcode as a ticket by EOD? lemme know if you need a Pixel from the device shelf",
            ),
            ("2037-05-01 15:10", 8035, RP(8033, 9) + "filed → MOB-2291"),
            (
                "2037-05-01 16:00",
                8032,
                RP(8032, 1)
                + "Jonasさん\nキャンペーンが1週間延期になりました。TestFlight配信は5/14までで大丈夫です。",
            ),
            (
                "2037-05-01 16:20",
                8033,
                RP(8032, 11) + "ありがとうございます、助かります 🙏",
            ),
            (
                "2037-05-07 09:00",
                8033,
                RP(8033, 2)
                + "Arjun, never mind the Android parity for this release — client wants iOS first. drop it 👍",
            ),
            (
                "2037-05-07 10:00",
                8036,
                RP(8033, 2)
                + "regression pass done on iOS, 2 minor issues logged (MOB-2295, MOB-2296)",
            ),
            (
                "2037-05-08 10:00",
                8032,
                "[toall]\nキャンペーン用のスクリーンショット、各自の担当画面分を来週水曜までにDriveへアップをお願いします📷",
            ),
            (
                "2037-05-08 11:00",
                8033,
                RP(8032, 1) + "高橋さん\nTestFlight build 1.8.1 (420) is live for your testers ✅",
            ),
            (
                "2037-05-08 11:30",
                8037,
                "石川です、いつもありがとうございます！テスター5名に招待を送りました",
            ),
            (
                "2037-05-08 12:00",
                8034,
                "screens for the card + profile tabs are up in Drive 👍",
            ),
        ],
        [
            task(1, ["TestFlight"], [8033], ("2037-05-14", "Thu"), "done"),
            task(2, ["card screen"], [8034], ("2037-04-30", "Thu"), "done"),
            task(2, ["regression"], [8036], ("2037-05-07", "Thu"), "done"),
            task(2, ["release notes"], [8033], None, "open"),
            task(3, ["PR"], [8033], None, "done"),
            task(9, ["barcode"], [8035], ("2037-05-01", "Fri"), "done"),
            task(
                15,
                ["スクリーンショット"],
                [8033, 8034, 8035, 8036, 8037],
                ("2037-05-13", "Wed"),
                "open",
            ),
        ],
        self_account_id=8031,
    ),
    conv(
        "b28en-05",
        (938005, "Fernhill Wildlife Rescue – daily ops"),
        members(8041, 8042, 8043, 8044, 8045, 8046),
        [
            (
                "2037-07-17 08:10",
                8042,
                "morning! intake yesterday: 2 hedgehogs, 1 tawny owl (left wing), 3 fox kits. board's updated 🦔🦉",
            ),
            (
                "2037-07-17 08:30",
                8044,
                "fox kits already had their first feed, Ellie did it at 7",
            ),
            (
                "2037-07-17 09:00",
                8043,
                "[toall] volunteer briefing moved to Sat 7/25 10:00, barn 2. we're open as normal on Monday (Marine Day) 🌊",
            ),
            (
                "2037-07-17 09:05",
                8045,
                "does anyone know where the spare heat lamps went? the box in store B is empty",
            ),
            (
                "2037-07-17 09:12",
                8044,
                RP(8045, 4) + "top shelf in the quarantine room, behind the scales",
            ),
            (
                "2037-07-17 10:00",
                8041,
                "owl's x-ray looks ok, no fracture. I'll let you know after lunch whether she can go in the flight aviary",
            ),
            (
                "2037-07-17 10:30",
                8046,
                "if anyone needs a hand with the pond netting this weekend, just shout 👍",
            ),
            (
                "2037-07-17 11:00",
                8042,
                "pasting the county's note so we all have it:\n[qt]Release sites must be registered with the county office at least five working days before any release. Please bring the registration slip to the site.[/qt]",
            ),
            (
                "2037-07-17 13:40",
                8041,
                "update: she can go in the flight aviary from tomorrow 🦉 if her dressing looks wet at all, let me know",
            ),
            (
                "2037-07-17 14:00",
                8043,
                "is anyone up for reception duty on Sunday? I'm one person short",
            ),
            (
                "2037-07-17 14:20",
                8045,
                RP(8043, 10) + "maybe the morning half? depends on my train",
            ),
            ("2037-07-18 09:00", 8044, "hedgehog feeding rota is getting messy tbh 🙃"),
            (
                "2037-07-18 10:00",
                8042,
                "here's next week's cleaning rota: https://docs.example.org/fernhill/rota-wk30",
            ),
            ("2037-07-18 10:05", 8043, "thanks Callum 🙏"),
            (
                "2037-07-19 16:00",
                8046,
                "FYI the van's booked for Tuesday's release run, leaving the yard at 8:00",
            ),
            ("2037-07-20 09:00", 8041, "the tawny's eating on her own now :tada:"),
            ("2037-07-20 09:30", 8044, "any idea when the new scales arrive?"),
            (
                "2037-07-20 09:45",
                8042,
                RP(8044, 17) + "supplier says Thursday. I'll shout when they're in",
            ),
        ],
        [],
    ),
    conv(
        "b28en-06",
        (938006, "MakuLog 2037 booth @ Makuhari"),
        members(8051, 8052, 8053, 8054, 8055, 8056),
        [
            (
                "2037-10-06 09:00",
                8051,
                "[due Thursday] booth graphics for MakuLog\n[To:8054]Aiko — final print files for the back wall + counter wrap, to 岡田さん\n[To:8053]Felix — spec sheet text for the 3 demo units",
            ),
            ("2037-10-06 09:20", 8054, RP(8051, 1) + "on it 👍"),
            (
                "2037-10-06 10:00",
                8052,
                TO(8055) + "搬入車両の登録を今週中にお願いします。ナンバーと運転者名が必要です🚚",
            ),
            (
                "2037-10-06 10:30",
                8055,
                RP(8052, 3)
                + "松本さん sure — plates for 2 of 3 trucks are in, waiting on the rental co. for the third",
            ),
            (
                "2037-10-06 14:00",
                8053,
                TO(8051)
                + "could you print the floor plan for the crew briefing? A4 ok? and 10 copies pls",
            ),
            ("2037-10-06 14:10", 8051, RP(8053, 5) + "A4's fine 👍"),
            (
                "2037-10-07 09:00",
                8056,
                TO(8051)
                + "Graceさん\n電源の追加工事の申込書を明日の17時までにご提出ください。様式は事務局サイトにあります。",
            ),
            (
                "2037-10-07 11:00",
                8051,
                RP(8056, 7) + "岡田さん submitted via the portal, ref EX-0781",
            ),
            (
                "2037-10-08 16:00",
                8053,
                RP(8051, 1) + "spec sheet text → Booth/specs_final.docx",
            ),
            (
                "2037-10-08 16:30",
                8054,
                RP(8051, 1)
                + "back wall files are with 岡田さん. the counter wrap will need until Monday, bleed is off by 3mm 😤",
            ),
            (
                "2037-10-09 09:00",
                8055,
                RP(8052, 3) + "all 3 trucks registered ✅ the rental one came through last night",
            ),
            (
                "2037-10-09 09:40",
                8051,
                RP(8055, 11) + "floor plans printed btw — 10 × A4 on Felix's desk",
            ),
            (
                "2037-10-09 10:00",
                8051,
                "[toall]\nbooth-duty prep, please:\n- Felix: 5-min demo script\n- Aiko: QR codes for the lead form\n- Sam: badge pickup for all 6 of us\n- 松本さん: interpreter booking for day 2",
            ),
            (
                "2037-10-09 15:00",
                8051,
                RP(8051, 13)
                + "scrap all of that ☝️ the organiser's turnkey pack covers every item. sorry for the noise 🙇",
            ),
            (
                "2037-10-10 11:00",
                8052,
                TO(8051) + "Graceさん\n出展者マニュアルの同意書、今週中にご返送をお願いします🙏",
            ),
            (
                "2037-10-13 09:30",
                8054,
                RP(8051, 1) + "counter wrap fixed + sent, 岡田さん confirmed receipt 🎉",
            ),
            (
                "2037-10-13 11:00",
                8056,
                "搬入は10/20 13:00〜、ホール4の北側ゲートからです。",
            ),
            (
                "2037-10-15 15:00",
                8052,
                "[To:8051][To:8053][To:8054][To:8055]\n会期中の朝礼は毎日8:30、ホール4入口前です。よろしくお願いします！",
            ),
        ],
        [
            task(1, ["print files"], [8054], ("2037-10-12", "Mon"), "done"),
            task(1, ["spec sheet"], [8053], ("2037-10-08", "Thu"), "done"),
            task(3, ["搬入車両"], [8055], ("2037-10-09", "Fri"), "done"),
            task(5, ["floor plan"], [8051], None, "done"),
            task(7, ["申込書"], [8051], ("2037-10-08T17:00", "Thu"), "done"),
            task(15, ["同意書"], [8051], ("2037-10-16", "Fri"), "open"),
        ],
    ),
    conv(
        "b28en-07",
        (938007, "Delgado Pianos – tuners & deliveries"),
        members(8061, 8062, 8063, 8064, 8065, 8066),
        [
            (
                "2037-02-09 09:00",
                8061,
                "[To:8062][To:8063]\nKen, Mia — the Yamane school's 6 uprights need tuning before their recital. could you split them between you? by Friday pls 🙏",
            ),
            ("2037-02-09 09:15", 8062, RP(8061, 1) + "will do 👍"),
            (
                "2037-02-09 10:30",
                8065,
                "can someone go round tomorrow and fix the sticking key on Mrs Okabe's Bösendorfer? low A again, she called this morning",
            ),
            (
                "2037-02-09 11:00",
                8065,
                "also: the Kawai grand in the window has a cracked back-left caster, it wobbles 😬",
            ),
            ("2037-02-09 11:05", 8064, RP(8065, 4) + "I'll take this one"),
            (
                "2037-02-10 08:45",
                8066,
                "gonna be late today, van's at the garage till 10\n-- Omar",
            ),
            (
                "2037-02-10 09:00",
                8061,
                TO(8066)
                + "could you confirm the delivery slot for the Blüthner with the Takeda family by 3pm?",
            ),
            (
                "2037-02-10 11:30",
                8066,
                RP(8061, 7) + "called twice, no answer. left a voicemail 📞",
            ),
            (
                "2037-02-10 14:20",
                8066,
                RP(8061, 7) + "Takedas confirmed — Thursday 10–12 ✅",
            ),
            (
                "2037-02-10 16:00",
                8063,
                RP(8065, 3) + "sorted, it was a swollen bushing on the low A 🔧",
            ),
            (
                "2037-02-10 17:30",
                8064,
                RP(8065, 3) + "went past Okabe's on the way back, Mia had already fixed it lol",
            ),
            (
                "2037-02-10 18:10",
                8062,
                "tonight's my late tuning at the concert hall, reachable after 9",
            ),
            (
                "2037-02-11 10:00",
                8062,
                "lemme redo the pitch chart in the tuning log, it's all over the place. tomorrow noon latest",
            ),
            (
                "2037-02-12 11:50",
                8062,
                RP(8062, 13) + "redone → https://drive.example.com/tuning-log/pitch-chart-v2",
            ),
            ("2037-02-12 18:00", 8063, RP(8061, 1) + "my 3 are done, Ken?"),
            (
                "2037-02-13 10:00",
                8065,
                "[toall] shop's closed Mon 2/23 for the holiday. can everyone log their February mileage in the van sheet by 2/20? :pray:",
            ),
            (
                "2037-02-13 12:30",
                8062,
                RP(8061, 1) + "all 6 done now, Yamane's happy 🎹",
            ),
            (
                "2037-02-16 10:00",
                8064,
                "caster's still on backorder, supplier says end of next week",
            ),
            ("2037-02-16 10:20", 8061, "thx Theo 👍"),
        ],
        [
            task(1, ["uprights"], [8062, 8063], ("2037-02-13", "Fri"), "done"),
            task(3, ["sticking key"], [], ("2037-02-10", "Tue"), "done"),
            task(5, ["caster"], [8064], None, "open"),
            task(7, ["delivery slot"], [8066], ("2037-02-10T15:00", "Tue"), "done"),
            task(13, ["pitch chart"], [8062], ("2037-02-12T12:00", "Thu"), "done"),
            task(16, ["mileage"], [8062, 8063, 8064, 8066], ("2037-02-20", "Fri"), "open"),
        ],
        self_account_id=8061,
    ),
]


NAMES_B = {
    # b28en-08 cloud cost team
    8081: "Dana Whitfield",
    8082: "Kofi Mensah",
    8083: "Lena Brandt",
    8084: "Sota Ishida",
    8085: "Priya Raman",
    8086: "Marco Bellini",
    # b28en-09 animation studio + Japanese co-producer
    8091: "黒沢 花",
    8092: "Theo Marsh",
    8093: "Nadia Okafor",
    8094: "高木 蓮",
    8095: "Gus Lindqvist",
    8096: "星野 結衣",
    # b28en-10 language-exchange nonprofit
    8101: "Clara Voss",
    8102: "Jun Arai",
    8103: "Mateo Ruiz",
    8104: "Aiko Fujimoto",
    8105: "Sam Okoye",
    8106: "Bea Lindgren",
    # b28en-11 orthodontic clinic front desk
    8111: "沢田 恵子",
    8112: "Emily Carter",
    8113: "Luis Ortega",
    8114: "上野 真理",
    8115: "Tom Becker",
    8116: "Ines Duarte",
    # b28en-12 freight forwarder, Yokohama warehouse
    8121: "Oliver Grant",
    8122: "西村 香織",
    8123: "森 大地",
    8124: "Sophie Laurent",
    8125: "佐藤 春樹",
    8126: "Zara Ahmed",
    # b28en-13 theatre touring company
    8131: "Greta Holm",
    8132: "Femi Adeyemi",
    8133: "Rosa Delgado",
    8134: "Ivan Petrov",
    8135: "Chloe Park",
    8136: "Ben Ashworth",
    8137: "TourDesk Bot",
    # b28en-14 bicycle parts importer
    8141: "Jonas Reiter",
    8142: "Mia Tanabe",
    8143: "Ken Ogawa",
    8144: "Aisha Bello",
    8145: "Felix Braun",
    8146: "Noa Ishikawa",
}


def members_b(*aids: int) -> list[tuple[int, str]]:
    return [(a, NAMES_B[a]) for a in aids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header pointing at message n of the same room."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES_B[aid]}\n"


def TO(*aids: int) -> str:
    return "".join(f"[To:{a}]{NAMES_B[a]}\n" for a in aids)


CLOAK = "Repair the torn Act 2 cloak before Sendai"
BANNER = "Spring sale banner for the web shop"


CASES_B = [
    conv(
        "b28en-08",
        (938008, "finops-weekly"),
        members_b(8081, 8082, 8083, 8084, 8085, 8086),
        [
            (
                "2037-09-16 09:40",
                8081,
                TO(8082, 8083)
                + "Kofi, Lena — could you two split the August anomaly review between you? need it in the doc by Friday",
            ),
            ("2037-09-16 09:52", 8082, "ack 👍"),
            (
                "2037-09-16 10:05",
                8084,
                TO(8081) + "tagging policy PR is up → #2291, ptal when you get a sec",
            ),
            ("2037-09-16 10:30", 8081, RP(8084, 3) + "LGTM 🚀"),
            ("2037-09-16 10:34", 8084, "merged ✅"),
            (
                "2037-09-16 11:10",
                8085,
                "can someone switch off the idle GPU nodes in sandbox-west? they've been burning ~$40/day since the hackathon :fire:",
            ),
            ("2037-09-16 11:25", 8086, RP(8085, 6) + "done, scaled both pools to zero"),
            (
                "2037-09-16 11:31",
                8084,
                RP(8085, 6) + "ha, I did it too — must've raced you. they're at 0 either way",
            ),
            (
                "2037-09-16 13:00",
                8081,
                TO(8086)
                + "Procurement asked me to nudge you: could you send them the reserved-instance renewal numbers for ap-osaka by next Monday?",
            ),
            (
                "2037-09-16 13:20",
                8086,
                RP(8081, 9)
                + "21st is a holiday here (敬老の日) — I'll get them over on 9/24 instead",
            ),
            (
                "2037-09-16 13:45",
                8081,
                TO(8085)
                + "Priya, could you put together the monthly cost report for the exec sync by next Thursday?",
            ),
            (
                "2037-09-16 15:00",
                8083,
                "storage half of the anomaly review is in the doc. Kofi's still on compute",
            ),
            (
                "2037-09-17 09:15",
                8081,
                RP(8085, 11)
                + "exec sync got pulled forward 😬 need the report by Friday noon instead",
            ),
            (
                "2037-09-18 10:00",
                8082,
                RP(8081, 1) + "compute side's done too — review's complete 🎉",
            ),
            (
                "2037-09-18 11:50",
                8085,
                RP(8081, 11)
                + "final version → https://docs.nimbusledger.example/finops/cost-report-2037-08",
            ),
            (
                "2037-09-18 14:00",
                8081,
                "[toall]\nheads-up: 9/19–9/23 is the long weekend (敬老の日 / 国民の休日 / 秋分の日). budget alerts are muted from Friday COB, Sota's on call 🌕",
            ),
            (
                "2037-09-18 14:30",
                8084,
                "I'll clean up the orphaned EBS snapshots when we're back, probably Thursday",
            ),
            (
                "2037-09-24 10:00",
                8082,
                "any update on the Osaka RI numbers? Procurement pinged me again",
            ),
            (
                "2037-09-24 10:20",
                8086,
                RP(8082, 18) + "the RI renewal numbers went over to Procurement this morning 📨",
            ),
            (
                "2037-09-24 16:00",
                8084,
                "snapshots: 212 of 340 gone. the rest are pinned by a backup vault policy — still blocked on Infra",
            ),
        ],
        [
            task(1, ["anomaly review"], [8082, 8083], ("2037-09-18", "Fri"), "done"),
            task(3, ["tagging policy"], [8081], None, "done"),
            task(6, ["GPU nodes"], [], None, "done"),
            task(9, ["renewal numbers"], [8086], ("2037-09-24", "Thu"), "done"),
            task(11, ["cost report"], [8085], ("2037-09-18T12:00", "Fri"), "done"),
            task(17, ["snapshots"], [8084], ("2037-09-24", "Thu"), "open"),
        ],
    ),
    conv(
        "b28en-09",
        (938009, "EP3 co-pro / Kumoiro × Larkfield"),
        members_b(8091, 8092, 8093, 8094, 8095, 8096),
        [
            (
                "2037-04-23 10:00",
                8091,
                "[To:8092]Theo Marshさん\nお疲れ様です。第3話の絵コンテ修正版、今週中に共有いただけますか？GW前に社内で回したいので🙏",
            ),
            ("2037-04-23 10:12", 8092, RP(8091, 1) + "will do 👍 should be Friday"),
            (
                "2037-04-23 10:30",
                8092,
                TO(8093, 8095)
                + "ep3 bits before the break:\n- Nadia: redo those 4 rain comps with the new grain\n- Gus: export the locked animatic as ProRes for Kumoiro\nboth by next Tuesday pls",
            ),
            ("2037-04-23 10:45", 8093, "on it"),
            (
                "2037-04-24 16:00",
                8092,
                RP(8091, 1)
                + "revised boards are up on the share (ep03_boards_v4.pdf) — 確認お願いします",
            ),
            (
                "2037-04-27 09:30",
                8091,
                RP(8092, 5)
                + "拝見しました、ありがとうございます。カット12と13だけ尺を少し詰めてください。他はOKです。",
            ),
            (
                "2037-04-27 09:40",
                8092,
                RP(8091, 6) + "承知です — will trim them tomorrow",
            ),
            (
                "2037-04-27 11:00",
                8096,
                "[To:8095]Gus Lindqvistさん\n音響監督の麻生さんからの依頼をお伝えします。第3話の仮ミックス用ステムの書き出しを5/8までにお願いできますか？",
            ),
            (
                "2037-04-27 11:20",
                8095,
                RP(8096, 8) + "sure thing 👍 fyi we're closed 4/29 and 5/3–5/6",
            ),
            (
                "2037-04-28 10:00",
                8093,
                "rain comps: 2 of 4 redone. the other two need the new grain plate, which hasn't been exported yet",
            ),
            (
                "2037-04-28 10:10",
                8093,
                "[To:8094]高木 蓮さん\nRen can u export the grain plate by EOD? I'm blocked on it",
            ),
            (
                "2037-04-28 10:25",
                8094,
                RP(8093, 11) + "lemme check the farm… ok gonna kick it off now",
            ),
            (
                "2037-04-28 13:05",
                8094,
                RP(8093, 11) + "render died at frame 212 😩 retrying",
            ),
            (
                "2037-04-28 16:40",
                8094,
                RP(8093, 11) + "grain_plate_v2.exr is on the NAS",
            ),
            (
                "2037-04-28 18:10",
                8092,
                "cuts 12 and 13 trimmed, new timing's in ep03_animatic_v7",
            ),
            (
                "2037-04-30 09:00",
                8095,
                RP(8092, 3) + "ProRes sent over to Kumoiro via the transfer link ✔",
            ),
            ("2037-04-30 11:00", 8093, "all 4 rain comps redone w/ the new grain ✨"),
            (
                "2037-05-01 10:00",
                8091,
                "[toall]\nGW中（5/2〜5/6）は弊社も休業です。連休明けにまたよろしくお願いします🎏",
            ),
            ("2037-05-07 15:00", 8095, "temp mix: 3 of 5 stems bounced so far"),
        ],
        [
            task(1, ["絵コンテ"], [8092], ("2037-04-24", "Fri"), "done"),
            task(3, ["rain comps"], [8093], ("2037-04-28", "Tue"), "done"),
            task(3, ["ProRes"], [8095], ("2037-04-28", "Tue"), "done"),
            task(5, ["boards"], [8091], None, "done"),
            task(6, ["カット12"], [8092], ("2037-04-28", "Tue"), "done"),
            task(8, ["仮ミックス"], [8095], ("2037-05-08", "Fri"), "open"),
            task(11, ["grain plate"], [8094], ("2037-04-28", "Tue"), "done"),
        ],
    ),
    conv(
        "b28en-10",
        (938010, "Tandem Circle volunteers"),
        members_b(8101, 8102, 8103, 8104, 8105, 8106),
        [
            (
                "2037-07-13 09:30",
                8101,
                "[toall]\nFYI the community centre is closed on 7/20 (海の日), so Monday's conversation table moves to Tue 7/21, 18:30–20:00 📅",
            ),
            ("2037-07-13 09:41", 8102, "ack"),
            (
                "2037-07-13 10:05",
                8103,
                "lmk if anyone needs a projector for the Spanish table, happy to help",
            ),
            (
                "2037-07-13 10:20",
                8104,
                "thanks Mateo 🙏 we should be fine with the centre's TV this time",
            ),
            (
                "2037-07-13 12:02",
                8105,
                "random q: do we still have the name badges from spring, or did they get tossed?",
            ),
            (
                "2037-07-13 12:15",
                8106,
                RP(8105, 5) + "they're in the blue box under the sign-up desk",
            ),
            (
                "2037-07-14 09:00",
                8101,
                "pasting what the partner school sent, for context:\n[qt]To all volunteer tutors: kindly hand in your attendance sheets by Friday and confirm the room layout with our office.[/qt]\nnothing for us to do — their office handles it this term.",
            ),
            (
                "2037-07-14 13:30",
                8102,
                "lol the wifi at the centre is down again :sweat_smile:",
            ),
            (
                "2037-07-14 13:34",
                8103,
                "it's been flaky all week. the centre said a tech is coming Thursday",
            ),
            (
                "2037-07-15 08:50",
                8104,
                "fyi I'll be late on Tue, 19:00ish — train from Chiba",
            ),
            (
                "2037-07-15 11:10",
                8105,
                "newcomer stats for June: 23 new sign-ups, 14 came back for a second session 🎉",
            ),
            ("2037-07-15 11:12", 8106, "nice!! best month since we started"),
            (
                "2037-07-16 10:00",
                8101,
                "reminder: the volunteer picnic is end of next week, rain or shine. details in the pinned note",
            ),
            (
                "2037-07-16 10:07",
                8102,
                "will there be vegetarian options? asking for a friend (me)",
            ),
            ("2037-07-16 10:30", 8101, RP(8102, 14) + "yes, and gluten-free too"),
            (
                "2037-07-16 15:45",
                8103,
                "we should probably think about a Korean table at some point, 3 people asked this month",
            ),
            ("2037-07-16 15:50", 8104, "+1, maybe after summer"),
            (
                "2037-07-17 17:20",
                8105,
                "where's the link for tonight's online session these days? the old one 404s",
            ),
            (
                "2037-07-17 17:26",
                8106,
                RP(8105, 18) + "same link, it just moved to the pinned post 👍",
            ),
            ("2037-07-17 18:00", 8101, "thanks all, great term so far 🌻\n-- Clara"),
        ],
        [],
    ),
    conv(
        "b28en-11",
        (938011, "受付 / front desk"),
        members_b(8111, 8112, 8113, 8114, 8115, 8116),
        [
            (
                "2037-02-09 09:00",
                8111,
                "[To:8112]Emily Carterさん\n2/21の無料矯正相談会のチラシ、受付に置く分の印刷をお願いします。明日の17時までにお願いできると助かります。",
            ),
            ("2037-02-09 09:20", 8112, RP(8111, 1) + "will do 👍"),
            (
                "2037-02-09 09:40",
                8112,
                "[To:8113]Luis Ortega\nLuis, the consult-day flyer is in the shared drive. A4 ok? and 30 copies pls 🙏",
            ),
            ("2037-02-09 09:45", 8113, "np"),
            (
                "2037-02-09 10:30",
                8111,
                "[To:8113]Luis Ortegaさん\n[To:8116]Ines Duarteさん\n2/12の予約のリマインド電話、お二人で分担してかけてもらえますか？今日中にお願いします。",
            ),
            (
                "2037-02-09 11:50",
                8116,
                RP(8111, 5) + "did the first 12. 3 didn't pick up, left voicemails",
            ),
            (
                "2037-02-09 14:00",
                8114,
                "[To:8115]Tom Beckerさん\nユニット3のバキュームの吸いが弱いです。業者さんに点検の依頼をしてもらえますか？2営業日以内だと助かります。",
            ),
            ("2037-02-09 14:15", 8115, RP(8114, 7) + "called Dentek, no answer 😕"),
            (
                "2037-02-09 16:40",
                8113,
                RP(8111, 5)
                + "finished the rest — everyone's confirmed now, incl. the 3 voicemails",
            ),
            (
                "2037-02-09 17:05",
                8113,
                "printed 30 on the glossy stock, they're in the tray by the desk",
            ),
            ("2037-02-10 09:10", 8112, RP(8111, 1) + "flyers are out at reception ✔️"),
            (
                "2037-02-10 09:30",
                8115,
                RP(8114, 7) + "got through to Dentek — tech's booked for Thu 2/12 AM",
            ),
            (
                "2037-02-10 11:00",
                8111,
                "[To:8112][To:8115]\n・Emily：3月の休診日のお知らせを院内掲示用に作成\n・Tom：レセコン保守契約の更新書類の確認\nどちらも今週中でお願いします。",
            ),
            ("2037-02-10 11:20", 8112, RP(8111, 13) + "on it 👍"),
            (
                "2037-02-12 10:00",
                8111,
                RP(8111, 13) + "休診日のお知らせは不要になりました、HPに載せるだけにします。",
            ),
            (
                "2037-02-12 10:30",
                8114,
                "ユニット3、点検してもらってバッチリです✨ ありがとうございました",
            ),
            (
                "2037-02-13 16:00",
                8115,
                "maintenance renewal papers checked — one typo in the clinic address, flagged to the vendor",
            ),
            (
                "2037-02-16 09:00",
                8111,
                "[To:8116]Ines Duarteさん\n2/24の新患さん用の問診票、来週頭までに10部コピーしておいてください。",
            ),
            (
                "2037-02-16 09:15",
                8116,
                RP(8111, 18) + "will do! probably Friday, since I'm only in twice this week",
            ),
        ],
        [
            task(1, ["チラシ"], [8112], ("2037-02-10T17:00", "Tue"), "done"),
            task(3, ["copies"], [8113], None, "done"),
            task(5, ["リマインド"], [8113, 8116], ("2037-02-09", "Mon"), "done"),
            task(7, ["点検"], [8115], ("2037-02-12", "Thu"), "done"),
            task(13, ["保守契約"], [8115], ("2037-02-13", "Fri"), "done"),
            task(18, ["問診票"], [8116], ("2037-02-20", "Fri"), "open"),
        ],
    ),
    conv(
        "b28en-12",
        (938012, "Maison Lumen × Harborline / Yokohama"),
        members_b(8121, 8122, 8123, 8124, 8125, 8126),
        [
            (
                "2037-12-21 10:00",
                8124,
                "[To:8121]Oliver Grant\nHi Oliver, we need the shipping docs for the January lamp shipment by 12/24 — our bank closes early for the holidays.",
            ),
            (
                "2037-12-21 10:20",
                8121,
                RP(8124, 1) + "noted, will have them to you by then 👍",
            ),
            (
                "2037-12-21 10:30",
                8121,
                "[To:8123]森 大地さん\nMaison Lumen向けの通関書類、12/23までにドラフトいただけますか？ I have to pass them on to the client by the 24th.",
            ),
            ("2037-12-21 10:45", 8123, RP(8121, 3) + "承知しました。"),
            (
                "2037-12-21 11:00",
                8121,
                "[To:8122]西村 香織さん\nYokohama pre-holiday list:\n1) 佐藤さん — cycle count for bay C\n2) me — chase the insurer on the damaged pallet claim\nどちらも年内でお願いします🙏",
            ),
            ("2037-12-21 11:30", 8125, RP(8121, 5) + "承知しました、棚卸し進めます"),
            (
                "2037-12-22 09:10",
                8126,
                "[qt][qtmeta aid=8124 time={t1}]Hi Oliver, we need the shipping docs for the January lamp shipment by 12/24 — our bank closes early for the holidays.[/qt]\nis that 12/24 Paris time or JST? just so the cutoff's right in the tracker",
            ),
            (
                "2037-12-22 15:00",
                8123,
                RP(8121, 3)
                + "ドラフトできました。共有フォルダに ML-CD-1224_draft.xlsx を置いています。",
            ),
            ("2037-12-22 15:10", 8121, "thanks 森さん 🙏"),
            ("2037-12-23 16:00", 8125, "Bay Cの棚卸し、半分まで終わりました。"),
            (
                "2037-12-24 11:00",
                8121,
                RP(8124, 1) + "all shipping docs sent over — check your inbox 📎",
            ),
            (
                "2037-12-24 11:30",
                8121,
                "[To:8123]森 大地さん\n1月便のHSコード見直し、5営業日以内にお願いできますか？ no rush over the break obviously",
            ),
            (
                "2037-12-25 10:00",
                8121,
                "[To:8122][To:8125]\nfor the Lumen January inbound:\n• re-label the 40 cartons — 佐藤さん\n• hold 2 bays in C — 西村さん, 12/28\n• book the customs exam slot — 森さん",
            ),
            (
                "2037-12-25 11:05",
                8122,
                RP(8121, 13) + "承知しました、C-4とC-5で押さえます",
            ),
            (
                "2037-12-25 16:00",
                8124,
                "Hi Oliver, our January order is postponed to March, sorry for the trouble 🙇",
            ),
            (
                "2037-12-25 16:10",
                8121,
                RP(8121, 13) + "scrap all three — Lumen pushed the order to March. sorry all",
            ),
            (
                "2037-12-25 17:00",
                8121,
                RP(8121, 5) + "insurer: emailed twice, still nothing back 🙄",
            ),
            (
                "2037-12-28 17:00",
                8125,
                "Bay Cの棚卸し完了しました。差異2件、シートに記入済みです。",
            ),
            (
                "2038-01-04 09:30",
                8126,
                "あけましておめでとうございます🎍 reminder for 森さん: the HS code review is due Wednesday",
            ),
            ("2038-01-05 14:00", 8123, "HSコード、12品目中8品目まで確認済みです。"),
        ],
        [
            task(1, ["shipping docs"], [8121], ("2037-12-24", "Thu"), "done"),
            task(3, ["通関書類"], [8123], ("2037-12-23", "Wed"), "done"),
            task(5, ["cycle count"], [8125], ("2037-12-31", "Thu"), "done"),
            task(5, ["insurer"], [8121], ("2037-12-31", "Thu"), "open"),
            task(12, ["HSコード"], [8123], ("2038-01-06", "Wed"), "open"),
        ],
    ),
    conv(
        "b28en-13",
        (938013, "Autumn tour 2037 — company"),
        members_b(8131, 8132, 8133, 8134, 8135, 8136, 8137),
        [
            (
                "2037-10-29 09:00",
                8131,
                "[To:8132]Femi Adeyemi\n[due Fri] Sendai load-in plan — pls send it to the venue, they've asked twice 🙄",
            ),
            ("2037-10-29 09:10", 8132, "will do 👍"),
            (
                "2037-10-29 09:30",
                8131,
                task_added(8133, chatwork_lt("2037-11-02"), CLOAK, "date"),
            ),
            (
                "2037-10-29 10:20",
                8135,
                "[toall]\ncan everyone send me a 2-line bio for the Sendai programme by Monday noon? 📝",
            ),
            (
                "2037-10-29 11:00",
                8137,
                "[info][title]TourDesk daily digest[/title]Open Chatwork tasks in this room: 1\nNext venue: Sendai Civic Hall — load-in Wed 11/4 08:00[/info]",
            ),
            (
                "2037-10-29 13:00",
                8136,
                "hotel block for Sendai: 14 rooms confirmed, 2 still on the waitlist. I'll chase the hotel for the last 2 this week",
            ),
            (
                "2037-10-29 13:40",
                8134,
                "dimmer rack in truck 2 is dead again 🙃 I'm at the hardware store after lunch anyway",
            ),
            (
                "2037-10-29 14:00",
                8131,
                RP(8134, 7) + "ugh. Sendai has a spare rack we can borrow, I checked",
            ),
            (
                "2037-10-30 11:00",
                8132,
                RP(8131, 1) + "sent the load-in plan to Sendai Civic, they confirmed reciept",
            ),
            (
                "2037-10-30 14:00",
                8131,
                "[To:8134]Ivan Petrov\nIvan, one more: Sendai wants our lighting plot in DWG. can you convert it by next Wednesday? their office is shut Tue for 文化の日",
            ),
            (
                "2037-10-30 14:30",
                8134,
                RP(8131, 10) + "Wednesday's load-in day, no way — I'll do it Monday",
            ),
            ("2037-10-30 16:00", 8136, "bio sent 👍"),
            (
                "2037-11-02 09:00",
                8133,
                task_done(8133, chatwork_lt("2037-11-02"), CLOAK, "date"),
            ),
            ("2037-11-02 10:00", 8132, "bio's in ✍️"),
            ("2037-11-02 11:30", 8135, RP(8136, 6) + "any luck with the hotel?"),
            (
                "2037-11-02 11:45",
                8136,
                RP(8135, 15) + "called twice, front desk keeps putting me on hold. still 2 short",
            ),
            (
                "2037-11-02 16:00",
                8134,
                RP(8131, 10) + "converted → sendai_plot_r3.dwg in the tour folder",
            ),
            (
                "2037-11-03 10:00",
                8131,
                "[toall]\nload-in tomorrow 08:00 sharp, coffee's on me ☕\n-- G",
            ),
            (
                "2037-11-04 18:00",
                8136,
                RP(8136, 6) + "sorted — last 2 rooms came through 🎉",
            ),
        ],
        [
            task(1, ["load-in plan"], [8132], ("2037-10-30", "Fri"), "done"),
            task(3, ["cloak"], [8133], ("2037-11-02", "Mon"), "done"),
            task(
                4,
                ["bio"],
                [8131, 8132, 8133, 8134, 8136],
                ("2037-11-02T12:00", "Mon"),
                "open",
            ),
            task(6, ["hotel"], [8136], ("2037-10-30", "Fri"), "done"),
            task(10, ["lighting plot"], [8134], ("2037-11-02", "Mon"), "done"),
        ],
        self_account_id=8137,
    ),
    conv(
        "b28en-14",
        (938014, "purchasing / ops"),
        members_b(8141, 8142, 8143, 8144, 8145, 8146),
        [
            (
                "2037-03-16 09:30",
                8141,
                "[To:8145]Felix Braun\nFelix — could you get Kettenwerk to re-quote the 11-speed chains at the new MOQ? need it by Thursday 3pm",
            ),
            ("2037-03-16 09:45", 8145, "sure, which MOQ — 500 or 1000?"),
            (
                "2037-03-16 09:50",
                8141,
                RP(8145, 2) + "both if they'll do it, 1000 is the main one",
            ),
            (
                "2037-03-16 10:05",
                8145,
                "ok. they usually want a forecast too — do we have a current one?",
            ),
            (
                "2037-03-16 10:10",
                8142,
                RP(8145, 4) + "最新のフォーキャストは共有ドライブの sales/2037Q2 に入ってます",
            ),
            ("2037-03-16 10:20", 8145, "got it 👍"),
            (
                "2037-03-16 10:40",
                8144,
                "[To:8141][To:8143]\nVelo Minato got 20 brake pads instead of 20 rotors on order #A-3371 😬\n- Ken: check the pick list for #A-3371\n- Jonas: apology call to them, today pls",
            ),
            ("2037-03-16 10:55", 8143, RP(8144, 7) + "確認します"),
            (
                "2037-03-16 11:30",
                8141,
                RP(8144, 7) + "called Velo Minato, no answer. left a message",
            ),
            (
                "2037-03-16 14:10",
                8141,
                RP(8144, 7) + "got them on the phone and apologised, all good 👍",
            ),
            (
                "2037-03-16 15:00",
                8143,
                RP(8144, 7)
                + "checked the pick list, it was fine — the B-12/B-13 bin labels are swapped 🤦 will relabel them tomorrow",
            ),
            (
                "2037-03-16 16:00",
                8141,
                "lemme know if anyone needs the old 10-speed price list, I've got it somewhere",
            ),
            (
                "2037-03-17 09:30",
                8143,
                "[toall]\nB-12/B-13 relabelled ✅ recounted B-14 too while I was there",
            ),
            (
                "2037-03-17 10:00",
                8142,
                task_added(8146, chatwork_lt("2037-03-19", "15:00"), BANNER, "time"),
            ),
            ("2037-03-17 10:05", 8146, "👍 wanna see the draft before I finalise?"),
            ("2037-03-17 10:10", 8142, RP(8146, 15) + "大丈夫です、お任せします🙆‍♀️"),
            (
                "2037-03-18 15:00",
                8145,
                RP(8141, 1)
                + "re-quote's in: €4.10 @1000, €4.45 @500. PDF's in the supplier folder",
            ),
            ("2037-03-18 15:20", 8141, RP(8145, 17) + "👍 ta"),
            (
                "2037-03-19 14:40",
                8146,
                task_done(8146, chatwork_lt("2037-03-19", "15:00"), BANNER, "time"),
            ),
            (
                "2037-03-19 17:00",
                8144,
                "[To:8141]Jonas Reiter\nJonas, can you approve the RMA for Velo Minato's wrong pads? 2営業日以内で大丈夫です",
            ),
        ],
        [
            task(1, ["chains"], [8145], ("2037-03-19T15:00", "Thu"), "done"),
            task(7, ["pick list"], [8143], None, "done"),
            task(7, ["apology"], [8141], ("2037-03-16", "Mon"), "done"),
            task(11, ["relabel"], [8143], ("2037-03-17", "Tue"), "done"),
            task(14, ["banner"], [8146], ("2037-03-19T15:00", "Thu"), "done"),
            task(20, ["RMA"], [8141], ("2037-03-24", "Tue"), "open"),
        ],
        self_account_id=8141,
    ),
]


CASES = CASES_A + CASES_B
