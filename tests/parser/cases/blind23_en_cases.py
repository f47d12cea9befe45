# ruff: noqa: E501
"""Blind set 23, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eighteen searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (picking an item up for tomorrow, asking for a couple
more days, closing as no longer needed / going another way, on-call handover and
incident follow-up owners, "deployed / it's live / shipped", handing work over
while on leave, "any chance you could review before Friday", "never mind / scrap
that", "tried but still failing / halfway done", "it would be great if someone
could") and workplace-writing pages (Japanese business-chat request phrasing with
deadlines, 期限延長のお願い, 電話したが不在 / 折り返し reports, 対応済み / 手配しました
completion reports, 議事録のアクションアイテム with owner and due, Slack etiquette and
shorthand such as lmk / EOD / ptal, async standup done / next / blockers, freight
forwarder booking and customs-document vocabulary). Every person, company, room,
product and sentence here is invented and written fresh; nothing is copied. Gold
dues were computed with a throwaway script in /tmp/b23en (datetime + jpholiday, one
function per row of the spec's deadline table: today / tomorrow / 明後日, bare
weekday, 来週 / next + weekday, 今週中 (a Sunday send rolls to the next Friday),
N営業日以内 skipping weekends, Japanese holidays and 12-29 .. 01-03, 今月末, 年内, the M/D
window rule across the year end, times such as noon, 3pm, 17時, 朝イチ, 01:00), never by
hand, and each due carries its weekday so build.py catches a typo. 2032 has no
substitute holiday (no holiday falls on a Sunday); the 9/20–9/22 run with its
国民の休日 is used instead. Phrases the spec does not define (COB, tonight, "after
lunch", "the day before", "before then", "tomorrow morning", 週末, "end of next
week") were kept out of every task's only deadline. Cancelled tasks are left out
of the gold, as the spec drops them. All rooms run on Asia/Tokyo in 2032; one room
crosses the year-end break into January 2033.

Domains: a university orchestra's management (mixed; 成人の日, a to-do list with
two owners, a requester moving only one of the two deadlines), a craft brewery's
taproom and distribution room (Saturday and Sunday sends, "next Friday" sent on a
Sunday, "by Wednesday" landing on 建国記念の日 and moved to "tomorrow"), a mobile-game
live-ops team with its Tokyo publisher (mixed; 本日中 narrowed to "by 3pm", 明日の17時,
standup lines, the day before 春分の日), an insurance claims desk (a human as self
account and sender of a [toall] task, Golden Week, a referral form due on 昭和の日
and moved), a coworking space's community team (no task), a dental clinic chain's
IT (a hand-over to a colleague, a failed remote install moved to Monday, a list
item cancelled as not needed), a language school's scheduling office (mixed; 海の日,
火曜の朝イチ, a two-teacher task closed by reply), a museum shop's buying team (山の日,
a Sunday close-out, partial quotes and a deadline moved by asking and accepting),
a cloud infra on-call team (bot as self account, [toall] excluding it, 2営業日以内
across the 9/20–9/22 holidays, a 01:00 maintenance-window deadline), a hospital
volunteer desk (no task), a small law firm's immigration desk (mixed; 明後日,
"Tuesday EOD", スポーツの日, 今週中 on a Thursday), a cycling race organiser (numbered
action items with a date per line, one dropped, 文化の日 and 勤労感謝の日), a ski
resort's rental shop (Chatwork task markup with ltype date / time / none and a
task_done, a Chatwork task moved by a reply), and a shipping forwarder with an
importer client (mixed; 年内, 3営業日以内 across 12-29 .. 01-03 into 2033, M/D dates
read across the year end).

Covers: implicit-work asks by reply (確認お願いします / ptal after a delivery, which
both closes the delivered task and opens a review for the replied-to person);
list messages with "・小野寺さん：" / "- Saki:" / "• … — Jonas, Thu" / "1) Akira —" /
"Ryo:" owners and a "me —" line for the sender; "can someone" with nobody named and
a customer's "we need them delivered by 1/12" with nobody named; commitments
without a time ("I'll sketch a new harp layout", "I'll print the count sheets",
"I'll push the body shop back"); acceptances by reply that set the deadline ("will
upload by 3pm JST", "I'll have it by Tuesday EOD actually", 次のメンテ枠(9/16 01:00)で
上げます, "I'll have it moved by Monday"); deadlines moved by the assignee ("I'll need
until Monday / Friday / next Wednesday", 続きは明日見ます, 修正版は来週月曜までに) and
by the requester ("Monday's fine for the crowd shot", 木曜(1/22)まで延ばしてOK);
dates that describe the thing, not the deadline (ships 3/24, opens 10/2, the
1/7〜1/11 trailers, race day 11/28, the 12/18–12/19 rota); completion in other words
(振込、済ませました, "it's in the drive", "calendar's locked", 押さえました, "signed and
sent", 調整済み, 納品完了, "approved 👍", LGTM) by reply, by quote with qtmeta, by
Chatwork task_done, and bare from an assignee's only open task; a bare "done on all
23 of my files" from one assignee of a multi-assignee task (who also holds another
open task) closing nothing; partial progress (8割, 40 of 62, 2 of 3 quotes, 300 of
420, 45 of 120, 2 of 5 restored, 380 of 412) and failed attempts (voicemail-style
不在, blurry photos, installer needs admin rights, fully booked) closing nothing;
cancellations in other words ("isn't needed", "no longer needed, drop it");
look-alikes that ask for nothing (pasted customer and member emails and a notice
in [qt], conditional ご意見あれば, lmk / just ask / ping me offers, "I can help out",
reports of someone else's plan, musings "we should probably …", questions for
information, a request to wait, a promise to report ("We'll confirm on 1/9"),
holiday notices, bot reminders in [info], thanks opening with a name, greetings
with emoji); noise (emoji and :shortcodes:, lowercase, full-width punctuation,
[To:] blocks with several people, [toall]). The rooms without a task are b23en-05
and b23en-10.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b23en-01 university orchestra management
    6001: "森田 香苗",
    6002: "Lucas Brandt",
    6003: "高瀬 遼",
    6004: "Mina Choi",
    6005: "小野寺 葵",
    6006: "Daniel Okafor",
    # b23en-02 craft brewery taproom & distribution
    6012: "Owen Price",
    6013: "Saki Ueda",
    6014: "Marcus Lee",
    6015: "Ines Moreau",
    6016: "Kenji Hara",
    6017: "Tom Beck",
    # b23en-03 mobile-game live-ops with a Tokyo publisher
    6023: "Priya Nair",
    6024: "Jonas Weber",
    6025: "田村 彩",
    6026: "松井 健吾",
    6027: "Aiko Sato-Reed",
    6028: "Ben Hart",
    # b23en-04 motor insurance claims desk
    6034: "Rachel Kim",
    6035: "Hiroshi Bando",
    6036: "Laura Chen",
    6037: "Sam Whitfield",
    6038: "Noriko Ishii",
    6039: "Greg Olsen",
    # b23en-05 coworking space community team (no task)
    6045: "Chloe Martin",
    6046: "Yuto Ishida",
    6047: "Fatima Rahman",
    6048: "Leo Santos",
    6049: "Hana Berg",
    6050: "Emi Kato",
    # b23en-06 dental clinic chain IT
    6056: "Arjun Mehta",
    6057: "永野 恵子",
    6058: "Will Turner",
    6059: "清水 由美",
    6060: "Ana Ruiz",
    6061: "Taro Fujii",
    # b23en-07 language school scheduling office
    6067: "平野 美樹",
    6068: "Grace Liu",
    6069: "Tom O'Neill",
    6070: "岡田 拓海",
    6071: "Yuki Hernandez",
    6072: "Sofia Rossi",
    # b23en-08 museum shop buying team
    6078: "Hannah Scott",
    6079: "Ryo Tanabe",
    6080: "Claire Dubois",
    6081: "Victor Nam",
    6082: "Mei Arakawa",
    6083: "Paul Grant",
    # b23en-09 cloud infra on-call team (bot as self account)
    6089: "chatsync-bot",
    6090: "Maya Goldberg",
    6091: "Kenta Mori",
    6092: "Oliver Grant",
    6093: "Sara Lindqvist",
    6094: "中川 翔",
    6095: "Raj Patel",
    # b23en-10 hospital volunteer coordination (no task)
    6100: "Helen Park",
    6101: "今井 紀子",
    6102: "Daniel Ross",
    6103: "Aya Fukuda",
    6104: "Mark Evans",
    6105: "Rin Takeda",
    # b23en-11 small law firm immigration desk
    6111: "青木 真理子",
    6112: "Ethan Cole",
    6113: "佐伯 由香",
    6114: "Nina Petrova",
    6115: "福田 武",
    6116: "Joseph Mensah",
    # b23en-12 cycling race organiser
    6122: "Sophie Turner",
    6123: "Akira Sugimoto",
    6124: "Liam Walsh",
    6125: "Nora Lindgren",
    6126: "Dev Kapoor",
    6127: "Yui Ogawa",
    # b23en-13 ski resort rental shop
    6133: "Bjorn Larsen",
    6134: "遠藤 遥",
    6135: "Chris Taylor",
    6136: "Felix Wagner",
    6137: "Mio Sakamoto",
    6138: "Grace Yamamoto",
    # b23en-14 shipping forwarder with an importer client
    6144: "村上 健太",
    6145: "Alice Wong",
    6146: "西田 沙織",
    6147: "Pedro Alves",
    6148: "石川 勇",
    6149: "Emma Clarke",
}


def members(*aids: int) -> list[tuple[int, str]]:
    return [(a, NAMES[a]) for a in aids]


def TO(*aids: int) -> str:
    return "".join(f"[To:{a}]{NAMES[a]}\n" for a in aids)


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}\n"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


CASES = [
    # ------------------------------------------------------------------
    conv(
        "b23en-01",
        (933001, "青嵐大学フィル 運営 / Seiran Phil management"),
        members(6001, 6002, 6003, 6004, 6005, 6006),
        [
            (
                "2032-01-06 10:00",
                6001,
                "あけましておめでとうございます🎍 今年も運営チーム、よろしくお願いします！",
            ),
            (
                "2032-01-06 10:20",
                6001,
                TO(6002)
                + "Brahms 2 の弦のパート譜、各パート分のコピーをそろえてもらえますか？金曜までにお願いします🙏",
            ),
            (
                "2032-01-06 11:05",
                6002,
                RP(6001, 2) + "sure 👍 might need the originals from the cabinet though",
            ),
            (
                "2032-01-07 09:30",
                6003,
                "FYI 区民ホールから会場費の請求書が届きました。支払期限は1/30です。",
            ),
            (
                "2032-01-07 09:45",
                6001,
                RP(6003, 4)
                + "ありがとう！じゃあ振込は高瀬くんお願い。1/23までに済ませてくれると安心です",
            ),
            (
                "2032-01-08 18:10",
                6004,
                "stage plot for the Feb concert — we should probably rethink where the harps go, last time it was really cramped",
            ),
            ("2032-01-08 18:30", 6006, "agreed. I'll sketch a new harp layout"),
            (
                "2032-01-09 16:00",
                6002,
                "パート譜、コピー終わりました！段ボールで部室に置いてあります📦",
            ),
            (
                "2032-01-11 11:00",
                6005,
                "[toall] 明日1/12（成人の日）は部室が閉まっているので、練習はお休みです〜",
            ),
            (
                "2032-01-13 09:00",
                6001,
                TO(6005, 6004)
                + "定期演奏会のチラシの件、分担お願いします。\n・小野寺さん：表面の文面の最終版\n・Mina：裏面の座席図\nどちらも来週水曜までで！",
            ),
            (
                "2032-01-13 10:15",
                6004,
                RP(6001, 10)
                + "got it. the hall still hasn't sent their seating plan though, so I'm a bit stuck until then",
            ),
            (
                "2032-01-14 13:00",
                6003,
                "区民ホールへの振込、済ませました。控えは会計ファイルに入れてあります",
            ),
            (
                "2032-01-15 20:00",
                6006,
                "new harp layout is in the drive (stage_v3.pdf). comments welcome whenever 😅",
            ),
            (
                "2032-01-19 09:30",
                6005,
                "文面、ちょっと遅れそうです…木曜まで待っていただけますか？🙇",
            ),
            (
                "2032-01-19 10:00",
                6001,
                RP(6001, 10)
                + "小野寺さんの文面は木曜(1/22)まで延ばしてOKです。座席図は水曜のままで🙏",
            ),
            ("2032-01-21 17:40", 6004, "seating chart's done, uploaded next to the flyer draft ✅"),
            (
                "2032-01-22 21:00",
                6005,
                "文面、8割くらいまでできました。残りは校歌の引用部分だけです",
            ),
            ("2032-01-23 10:30", 6001, "Lucas, thanks for sorting the parts so fast last week 🙌"),
        ],
        [
            task(2, ["パート譜"], [6002], ("2032-01-09", "Fri"), "done"),
            task(5, ["振込"], [6003], ("2032-01-23", "Fri"), "done"),
            task(7, ["harp layout"], [6006], None, "done"),
            task(10, ["文面"], [6005], ("2032-01-22", "Thu"), "open"),
            task(10, ["座席図"], [6004], ("2032-01-21", "Wed"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-02",
        (933002, "Hinoki Brewing — taproom & distro"),
        members(6012, 6013, 6014, 6015, 6016, 6017),
        [
            (
                "2032-02-06 09:00",
                6012,
                "morning all. taproom is closed on the 11th (national holiday), back open on the 12th.",
            ),
            (
                "2032-02-06 09:20",
                6014,
                "the liquor store on Kanda St wants 6 kegs of the winter stout instead of 4. can someone update the delivery sheet by Monday?",
            ),
            ("2032-02-06 09:35", 6013, RP(6014, 2) + "on it"),
            (
                "2032-02-07 14:00",
                6013,
                "saturday taproom was packed 🍻 we're almost out of the small glasses",
            ),
            ("2032-02-07 14:10", 6012, RP(6013, 4) + "I'll order two more cases of glasses Monday"),
            (
                "2032-02-08 19:00",
                6012,
                TO(6017) + "can you draft the March events calendar by next Friday? :calendar:",
            ),
            (
                "2032-02-09 08:40",
                6013,
                RP(6014, 2) + "delivery sheet updated — Kanda St now shows 6 kegs",
            ),
            (
                "2032-02-09 10:00",
                6015,
                TO(6014)
                + "the Yokohama bar asked for our price list in English. any chance you could send it to them by Wednesday? I'm at the beer fest till Thursday",
            ),
            (
                "2032-02-09 10:30",
                6014,
                RP(6015, 8) + "np. Wed is a holiday though, so I'll do it tomorrow",
            ),
            ("2032-02-09 15:00", 6012, "glasses ordered, 2 cases arriving Thu"),
            ("2032-02-10 17:30", 6014, "sent the EN price list to Yokohama, cc'd Ines"),
            (
                "2032-02-12 09:00",
                6017,
                "idea for March: a tap takeover with that brewery from Sendai? would be fun",
            ),
            (
                "2032-02-12 09:20",
                6012,
                RP(6017, 12) + "love it. let's talk it through at Monday's meeting",
            ),
            (
                "2032-02-13 18:00",
                6017,
                "events calendar: March is mostly there, still missing two dates from the venue 🗓",
            ),
            (
                "2032-02-17 13:00",
                6016,
                "heads up: the CO2 delivery slipped to Thursday, so stout kegging moves to Thursday too",
            ),
            (
                "2032-02-18 16:00",
                6013,
                "[toall] taproom staff meeting on Mon 2/23 is off (holiday) — moved to Tue 2/24 at 15:00",
            ),
            (
                "2032-02-19 11:00",
                6015,
                TO(6013, 6016)
                + "for the fest recap post I need one photo from each of you:\n- Saki: taproom crowd shot\n- Kenji: brewhouse shot\nby 2/20 pls 📸",
            ),
            ("2032-02-20 12:00", 6016, RP(6015, 17) + "brewhouse shot is in the shared folder"),
            (
                "2032-02-20 18:00",
                6013,
                RP(6015, 17)
                + "crowd pics from last night all came out blurry 😩 can I send one Monday instead?",
            ),
            ("2032-02-20 18:30", 6015, RP(6015, 17) + "Monday's fine for the crowd shot 👍"),
        ],
        [
            task(2, ["delivery sheet"], [], ("2032-02-09", "Mon"), "done"),
            task(5, ["glasses"], [6012], ("2032-02-09", "Mon"), "done"),
            task(6, ["events calendar"], [6017], ("2032-02-13", "Fri"), "open"),
            task(8, ["price list"], [6014], ("2032-02-10", "Tue"), "done"),
            task(17, ["crowd"], [6013], ("2032-02-23", "Mon"), "open"),
            task(17, ["brewhouse"], [6016], ("2032-02-20", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-03",
        (933003, "Starlit Kitchen LiveOps (Kirameki × Northfold)"),
        members(6023, 6024, 6025, 6026, 6027, 6028),
        [
            (
                "2032-03-01 10:00",
                6025,
                TO(6024)
                + "お疲れ様です。ひな祭りイベントのバナー画像、本日中にご提出いただけますでしょうか。ストア申請に使用します。",
            ),
            ("2032-03-01 10:40", 6024, RP(6025, 1) + "承知しました！ will upload by 3pm JST"),
            (
                "2032-03-01 14:50",
                6024,
                RP(6025, 1) + "banner uploaded to the shared drive → /hina/banner_final.png 🎎",
            ),
            ("2032-03-01 15:10", 6025, "ありがとうございます！確認しました。"),
            (
                "2032-03-02 09:00",
                6028,
                "standup 🧍\ndone: hotfix 2.4.1 (login loop) — deployed\nnext: I'll run the load test on the Hina event server today\nblockers: none",
            ),
            (
                "2032-03-02 09:15",
                6024,
                "drop-rate table for Hina: still tuning the rare costume odds 🎲",
            ),
            (
                "2032-03-02 18:00",
                6028,
                "load test done — p95 stays under 200ms at 3x the expected load 👌",
            ),
            (
                "2032-03-03 11:00",
                6026,
                TO(6028)
                + "お世話になっております。イベント報酬が二重に届いたというお問い合わせが3件来ています。報酬ログの調査をお願いできますか？明日の17時までにご回答いただけると助かります。",
            ),
            (
                "2032-03-03 11:20",
                6028,
                RP(6026, 8)
                + "確認します。the reward service keeps 7 days of logs so we should be fine",
            ),
            (
                "2032-03-04 15:30",
                6028,
                RP(6026, 8)
                + "調査しました — a retry on the reward queue sent those 3 rewards twice. the fix ships in 2.4.2",
            ),
            ("2032-03-05 10:00", 6026, RP(6028, 10) + "ありがとうございました！助かりました🙏"),
            (
                "2032-03-08 09:30",
                6023,
                TO(6024, 6027)
                + "spring update (ships 3/24) — owners:\n• event calendar lock — Jonas, Thu\n• JP strings for the new recipes — Aiko, 3/16\nBen is already handling the server config, so nothing needed there.",
            ),
            (
                "2032-03-08 10:00",
                6027,
                RP(6023, 12) + "JP strings: 40 of 62 done already, should be fine for 3/16 ✍️",
            ),
            (
                "2032-03-10 19:00",
                6024,
                RP(6023, 12) + "calendar's locked 🔒 pushed to the live-ops repo",
            ),
            (
                "2032-03-12 11:00",
                6025,
                TO(6023)
                + "来週金曜(3/19)のレビュー会ですが、春分の日の前日なので弊社の出席者は少なめになりそうです。オンライン参加で問題ありません。",
            ),
            (
                "2032-03-15 09:00",
                6027,
                RP(6023, 12)
                + "sorry, the recipe names came in late — I'll have the JP strings by Wednesday",
            ),
            (
                "2032-03-17 16:30",
                6027,
                "JP strings: 58 of 62 in. the last 4 recipe names are still in the publisher's naming review",
            ),
            (
                "2032-03-18 10:00",
                6023,
                "nice work everyone 🎉 we should probably do a retro once the update is out, but let's see how the week looks",
            ),
        ],
        [
            task(1, ["バナー"], [6024], ("2032-03-01T15:00", "Mon"), "done"),
            task(5, ["load test"], [6028], ("2032-03-02", "Tue"), "done"),
            task(8, ["ログ"], [6028], ("2032-03-04T17:00", "Thu"), "done"),
            task(12, ["event calendar"], [6024], ("2032-03-11", "Thu"), "done"),
            task(12, ["JP strings"], [6027], ("2032-03-17", "Wed"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-04",
        (933004, "Meridian Mutual — motor claims desk"),
        members(6034, 6035, 6036, 6037, 6038, 6039),
        [
            (
                "2032-04-23 09:00",
                6034,
                "Good morning team. A reminder that the office is closed on 4/29 and 5/3–5/5; claim intake runs through the call centre on those days.",
            ),
            (
                "2032-04-23 09:30",
                6034,
                "[toall] Before the holidays, please make sure every open file of yours has a diary note dated after 5/6. Please finish by Wednesday 4/28.",
            ),
            (
                "2032-04-23 10:00",
                6035,
                TO(6036)
                + "Claim MC-2231 (rear-end on Route 16): the body shop estimate came in at ¥486,000. Could you give it a second look before I approve? today if possible 🙏",
            ),
            (
                "2032-04-23 11:40",
                6036,
                RP(6035, 3)
                + "looked at it. the labour hours look padded (14h for a bumper?). I'd push back to around ¥410k before approving",
            ),
            (
                "2032-04-23 11:55",
                6035,
                RP(6036, 4) + "thanks — I'll push the body shop back to ~410k",
            ),
            (
                "2032-04-26 09:10",
                6037,
                "FYI the tow invoice for MC-2240 arrived by post, scanned into the file.",
            ),
            (
                "2032-04-26 09:30",
                6038,
                TO(6034)
                + "MC-2198 has three prior claims in 18 months with the same repairer. I'd like to refer it to SIU — can you sign off the referral form by Thursday?",
            ),
            (
                "2032-04-26 10:00",
                6034,
                RP(6038, 7) + "Thursday's a holiday — I'll sign it tomorrow",
            ),
            (
                "2032-04-27 13:00",
                6034,
                QT(
                    6038,
                    7,
                    "I'd like to refer it to SIU — can you sign off the referral form by Thursday?",
                )
                + "signed and sent to SIU 📨",
            ),
            (
                "2032-04-27 15:00",
                6039,
                "the rental car vendor says they'll raise daily rates from May. they're sending a new rate card next week",
            ),
            ("2032-04-28 09:00", 6035, "diary notes done on all 23 of my files"),
            (
                "2032-04-28 10:30",
                6035,
                RP(6035, 5) + "body shop agreed to ¥415,000 — approved and logged",
            ),
            (
                "2032-04-28 16:00",
                6037,
                "still 4 files left without diary notes on my side, sorry 🙇",
            ),
            ("2032-05-06 09:00", 6034, "Welcome back everyone 🌸 hope the break was restful."),
            (
                "2032-05-06 09:20",
                6034,
                RP(6034, 2) + "diary notes are all in — thanks everyone, closing this one out",
            ),
            (
                "2032-05-06 11:00",
                6036,
                "if anyone needs cover on the hail claims next week just let me know",
            ),
            (
                "2032-05-07 10:00",
                6039,
                TO(6034)
                + "new rental rate card attached (+8% from 5/10). Could you approve it by 5/12? Otherwise the old rates lapse.",
            ),
        ],
        [
            task(
                2,
                ["diary note"],
                [6035, 6036, 6037, 6038, 6039],
                ("2032-04-28", "Wed"),
                "done",
            ),
            task(3, ["estimate"], [6036], ("2032-04-23", "Fri"), "done"),
            task(5, ["body shop"], [6035], None, "done"),
            task(7, ["referral form"], [6034], ("2032-04-27", "Tue"), "done"),
            task(17, ["rate card"], [6034], ("2032-05-12", "Wed"), "open"),
        ],
        self_account_id=6034,
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-05",
        (933005, "Hive Nakameguro — community team"),
        members(6045, 6046, 6047, 6048, 6049, 6050),
        [
            (
                "2032-05-14 10:00",
                6045,
                "Hi all 👋 quick recap of last night's member mixer: ~45 people, and the taco truck was a hit 🌮",
            ),
            (
                "2032-05-14 10:20",
                6046,
                "nice! we should probably do the next one on a Friday, Thursdays clash with the yoga class",
            ),
            (
                "2032-05-14 10:45",
                6047,
                "FYI the printer on 3F is jammed again — facilities already have a ticket open and are coming Monday",
            ),
            ("2032-05-14 11:00", 6048, "does anyone know if the rooftop is booked on 5/28?"),
            (
                "2032-05-14 11:10",
                6045,
                RP(6048, 4) + "it's free as far as I can see in the calendar",
            ),
            (
                "2032-05-15 13:00",
                6049,
                "weekend crew here ☀️ descaled the coffee machine this morning, all good",
            ),
            (
                "2032-05-17 09:00",
                6045,
                "[toall] reminder: community stand-up is Wed 5/19 at 10:00 in the Lounge. agenda's in the doc, feel free to add items 📝",
            ),
            (
                "2032-05-17 09:30",
                6046,
                "Fatima, thanks so much for handling the noisy-call complaint last week 🙏",
            ),
            ("2032-05-17 10:00", 6047, "no worries! if it comes up again just ping me"),
            (
                "2032-05-18 15:00",
                6048,
                "pasting the member's email so we have it:\n[qt]Hi, could you please make sure the phone booths are cleaned more often? They smell of coffee by the afternoon. Thanks, Mariko[/qt]",
            ),
            (
                "2032-05-18 15:10",
                6049,
                "booth cleaning is already twice a day per the contract. I think the issue is the vents",
            ),
            ("2032-05-18 15:30", 6045, "hm, good point, could be the vents 🤔"),
            (
                "2032-05-19 11:30",
                6050,
                "stand-up notes: we keep the mixer monthly, next one is Fri 6/11. no action items this week 🙌",
            ),
            ("2032-05-19 11:45", 6046, "sgtm :+1:"),
            (
                "2032-05-20 17:00",
                6048,
                "heads-up, I'm off tomorrow, back Monday. Emi is covering the front desk.",
            ),
            (
                "2032-05-21 09:00",
                6050,
                "on front desk today, happy to help if anything comes up 😊",
            ),
            (
                "2032-05-21 12:00",
                6047,
                "lunch poll: ramen or curry for the team lunch next Thursday? 🍜🍛",
            ),
            ("2032-05-21 12:05", 6045, "ramen, obviously"),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-06",
        (933006, "Sakura Smile Dental — IT"),
        members(6056, 6057, 6058, 6059, 6060, 6061),
        [
            (
                "2032-06-01 09:00",
                6059,
                TO(6056)
                + "Good morning. The X-ray viewer on chair 3 at Shibuya freezes every time we open a panoramic image. Could you come and look at it this week?",
            ),
            (
                "2032-06-01 09:20",
                6056,
                RP(6059, 1)
                + "sorry about that 🙇 I'm tied up with the Yokohama network cut-over all week.\n"
                + TO(6061)
                + "Taro, could you take the chair-3 X-ray viewer on Thursday while you're at Shibuya?",
            ),
            ("2032-06-01 09:30", 6061, RP(6056, 2) + "will do 👍"),
            (
                "2032-06-02 10:00",
                6060,
                TO(6057)
                + "Yokohama here — the new reception PC still doesn't have the appointment software. We open the new chair on 6/14; could you install it by Friday 6/11?",
            ),
            (
                "2032-06-02 10:30",
                6058,
                "heads up: the Yokohama cut-over is confirmed for Sat 6/5, 22:00–02:00. expect the clinic wifi to drop for ~10 min",
            ),
            (
                "2032-06-03 14:00",
                6061,
                RP(6056, 2) + "chair-3 viewer fixed — it was the GPU driver update, rolled it back",
            ),
            (
                "2032-06-03 15:00",
                6059,
                QT(
                    6059,
                    1,
                    "The X-ray viewer on chair 3 at Shibuya freezes every time we open a panoramic image.",
                )
                + "直りました、ありがとうございます！🙏",
            ),
            (
                "2032-06-04 09:00",
                6057,
                RP(6060, 4)
                + "tried installing remotely but the installer needs admin rights on that PC 😓 I'll do it on site on Monday",
            ),
            (
                "2032-06-07 17:00",
                6057,
                RP(6060, 4) + "appointment software installed on site, Ana-san's login works ✅",
            ),
            (
                "2032-06-08 09:00",
                6056,
                "weekly IT list 🗒\n1. Renew the SSL cert for the booking site — Will, by 6/15\n2. Keiko: test restore of the image backups (~6/18)\n3. Taro to replace the Omotesando router (今月末まで)",
            ),
            (
                "2032-06-08 09:30",
                6058,
                RP(6056, 10) + "the cert is on auto-renew actually, so #1 isn't needed 👍",
            ),
            (
                "2032-06-10 13:00",
                6061,
                "Omotesando router: the new unit arrived, but the ISP has to re-provision it first",
            ),
            (
                "2032-06-11 16:00",
                6058,
                "fyi the booking-site cert expires 2033/3/2 and auto-renew is on",
            ),
            (
                "2032-06-14 10:00",
                6061,
                "Omotesando router swapped, the ISP re-provisioned it this morning 🎉",
            ),
            (
                "2032-06-17 18:00",
                6057,
                "test restore: 2 of 5 sample patients restored so far, the rest is still running overnight",
            ),
            (
                "2032-06-18 12:00",
                6059,
                TO(6056)
                + "すみません、Shibuya の受付プリンター、トナー交換のランプがついています。予備のトナーってどこにありましたっけ？",
            ),
            (
                "2032-06-18 12:10",
                6056,
                RP(6059, 16) + "bottom drawer of the server cabinet, left side 🙂",
            ),
        ],
        [
            task(1, ["X-ray viewer"], [6056], ("2032-06-04", "Fri"), "done"),
            task(2, ["X-ray viewer"], [6061], ("2032-06-03", "Thu"), "done"),
            task(4, ["appointment software"], [6057], ("2032-06-07", "Mon"), "done"),
            task(10, ["test restore"], [6057], ("2032-06-18", "Fri"), "open"),
            task(10, ["router"], [6061], ("2032-06-30", "Wed"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-07",
        (933007, "ことのは語学院 スケジュール / Kotonoha scheduling"),
        members(6067, 6068, 6069, 6070, 6071, 6072),
        [
            (
                "2032-07-09 10:00",
                6067,
                "お疲れ様です。夏期集中コースの時間割、ドラフトを共有します👉 (timetable_summer_v1)\nご意見あれば来週中にお願いします🙏",
            ),
            (
                "2032-07-09 10:30",
                6069,
                TO(6068)
                + "Mr. Kowalski can't do Tuesdays in August. Could you move his B2 class to Thursday evenings?",
            ),
            ("2032-07-09 11:00", 6068, RP(6069, 2) + "sure, I'll have it moved by Monday"),
            (
                "2032-07-11 21:00",
                6068,
                RP(6069, 2) + "B2 moved to Thu 18:30 from 8/5, students emailed ✉️",
            ),
            (
                "2032-07-12 10:00",
                6070,
                "海の日(7/19)は受付お休みです。電話は自動で留守電に切り替わります。",
            ),
            (
                "2032-07-13 14:00",
                6071,
                TO(6067)
                + "N3対策クラスの教室ですが、8月は201が工事で使えないそうです。代わりの教室を押さえていただけますか？7/20までだと助かります",
            ),
            ("2032-07-13 14:20", 6067, RP(6071, 6) + "承知しました、空き状況を見てみます"),
            (
                "2032-07-14 11:00",
                6072,
                TO(6069, 6071)
                + "For the summer campaign I need three student testimonials (JP or EN). Could you each ask one or two students from your classes? by next Fri 🙏",
            ),
            (
                "2032-07-15 16:00",
                6069,
                "got one testimonial from my Tuesday group 👍 one more to go",
            ),
            ("2032-07-16 09:00", 6067, RP(6071, 6) + "201の代わりに305を8月分押さえました"),
            ("2032-07-16 10:00", 6068, "Hirano-san, thanks for sorting the room so quickly!"),
            (
                "2032-07-16 10:30",
                6070,
                TO(6068)
                + "来週の体験レッスン、申込みが12件来ています。講師の割り振り、火曜の朝イチまでにお願いできますか？",
            ),
            (
                "2032-07-20 09:15",
                6068,
                RP(6070, 12)
                + "assigned all 12 trial lessons, sheet updated. 岡田さん、確認お願いします🙏",
            ),
            (
                "2032-07-20 11:00",
                6069,
                "random thought — should we run a Saturday conversation café in September? could be a nice way to bring in new students",
            ),
            (
                "2032-07-21 15:00",
                6071,
                RP(6072, 8)
                + "two testimonials from my N2 class are in the campaign folder. with Tom's that makes three 🎉",
            ),
            ("2032-07-22 10:00", 6072, "thanks both! the campaign goes live 8/2"),
        ],
        [
            task(2, ["B2 class"], [6068], ("2032-07-12", "Mon"), "done"),
            task(6, ["教室"], [6067], ("2032-07-20", "Tue"), "done"),
            task(8, ["testimonials"], [6069, 6071], ("2032-07-23", "Fri"), "done"),
            task(12, ["割り振り"], [6068], ("2032-07-20T10:00", "Tue"), "done"),
            task(13, ["確認"], [6070], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-08",
        (933008, "Museum of Northern Crafts — shop buying"),
        members(6078, 6079, 6080, 6081, 6082, 6083),
        [
            (
                "2032-08-02 09:30",
                6078,
                "Morning! Autumn exhibition (lacquerware, opens 10/2) — shop range planning starts this week.",
            ),
            (
                "2032-08-02 09:45",
                6078,
                TO(6079, 6080)
                + "Ryo: please get quotes from at least 3 suppliers for lacquer chopstick sets by next Monday.\nClaire: mock up 2 tote bag designs with the exhibition key visual by 8/13.",
            ),
            (
                "2032-08-02 10:00",
                6081,
                "stock count for the summer range is 8/10 after closing — I'll print the count sheets",
            ),
            (
                "2032-08-03 14:00",
                6082,
                "the washi notebooks are selling out faster than expected, we're down to 12 😮",
            ),
            (
                "2032-08-03 14:10",
                6078,
                RP(6082, 4)
                + "thanks Mei.\n"
                + TO(6081)
                + "can you reorder 200 washi notebooks from Kamiya Paper? ASAP please",
            ),
            (
                "2032-08-03 16:00",
                6081,
                RP(6078, 5) + "reorder placed — Kamiya says delivery Friday 📦",
            ),
            (
                "2032-08-05 11:00",
                6083,
                "Q2 shop margin came in at 52%, slightly above target. nice work all",
            ),
            (
                "2032-08-06 17:00",
                6079,
                RP(6078, 2)
                + "quotes so far: 2 of 3 back (Wajima Studio, Echizen Works). the third one hasn't replied",
            ),
            ("2032-08-08 20:00", 6081, "count sheets printed, they're on the back-office desk 🖨"),
            (
                "2032-08-09 10:00",
                6079,
                RP(6078, 2)
                + "third supplier still silent 😩 I'll chase them by phone today and send all three quotes by Thursday",
            ),
            ("2032-08-09 10:15", 6078, RP(6079, 10) + "Thursday's ok 👍"),
            (
                "2032-08-10 21:30",
                6081,
                "stock count done: 3 discrepancies. I'll go through them tomorrow",
            ),
            (
                "2032-08-12 15:00",
                6079,
                RP(6078, 2) + "all 3 quotes are in the buying folder. Echizen is cheapest by ~15%",
            ),
            (
                "2032-08-12 15:30",
                6080,
                RP(6078, 2)
                + "tote mockups: only one is done, sorry — the KV files from the curators came late. can I send both on Monday?",
            ),
            ("2032-08-12 15:45", 6078, RP(6078, 2) + "Claire — Monday is fine for the totes"),
            (
                "2032-08-13 10:00",
                6082,
                "[toall] shop floor reminder: the gallery is open late on Fridays in August (till 20:00) 🌙",
            ),
            (
                "2032-08-16 11:00",
                6081,
                "discrepancies sorted — two were miscounts, one was a damaged item that was never written off. register updated",
            ),
            (
                "2032-08-16 18:00",
                6080,
                RP(6078, 2) + "both tote mockups uploaded 🎨 ptal when you have a minute",
            ),
        ],
        [
            task(2, ["quotes"], [6079], ("2032-08-12", "Thu"), "done"),
            task(2, ["tote"], [6080], ("2032-08-16", "Mon"), "done"),
            task(3, ["count sheets"], [6081], None, "done"),
            task(5, ["washi notebooks"], [6081], None, "done"),
            task(12, ["discrepancies"], [6081], ("2032-08-11", "Wed"), "done"),
            task(18, ["tote"], [6078], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-09",
        (933009, "infra on-call (ap-northeast-1)"),
        members(6089, 6090, 6091, 6092, 6093, 6094, 6095),
        [
            ("2032-09-14 02:40", 6092, "🔥 paged: api-gw 5xx spike in ap-northeast-1 since 02:31"),
            (
                "2032-09-14 02:55",
                6092,
                "mitigated — rolled the gw config back to v341. error rate is back to baseline.",
            ),
            (
                "2032-09-14 09:30",
                6090,
                "thanks Oliver 🙏 follow-ups from last night:\n- Oliver: write the incident report by Thursday\n- Kenta: add an alert on gw config drift\n- Sara to pin the config version in the deploy pipeline (9/17)",
            ),
            ("2032-09-14 09:40", 6091, "ack"),
            (
                "2032-09-14 10:00",
                6095,
                TO(6094)
                + "app team here — any chance you could bump the connection pool limit on payments-db? we keep hitting 200 during batch runs",
            ),
            (
                "2032-09-14 10:20",
                6094,
                RP(6095, 5) + "承知しました。次のメンテ枠(9/16 01:00)で上げます",
            ),
            (
                "2032-09-14 10:30",
                6089,
                "[info][title]Weekly reminder[/title]On-call handover is at 10:00 every Monday. Current on-call: Oliver Grant[/info]",
            ),
            ("2032-09-16 01:40", 6094, RP(6095, 5) + "pool limit 200→400 反映しました"),
            (
                "2032-09-16 16:00",
                6092,
                RP(6090, 3)
                + "incident report is ~70% done, timeline's in, still need the root-cause section. I'll need until Friday",
            ),
            (
                "2032-09-17 11:00",
                6093,
                "config version is now pinned in the pipeline, PR #2207 merged ✅",
            ),
            ("2032-09-17 18:30", 6092, "incident report is up on the wiki: INC-0914 📝"),
            (
                "2032-09-17 19:00",
                6090,
                "[toall] long weekend ahead (9/18–9/22). before you log off today, please update your on-call contact number in the roster sheet 📱",
            ),
            ("2032-09-21 08:00", 6091, "quiet night on call 😴 nothing to report"),
            (
                "2032-09-21 08:10",
                6091,
                "gw config drift alert: rule is written, still needs a test in staging before I turn it on",
            ),
            (
                "2032-09-23 09:30",
                6090,
                TO(6091, 6093)
                + "can you two review the new runbook for the drift alert? 2営業日以内でお願い",
            ),
            ("2032-09-24 15:00", 6093, RP(6090, 15) + "runbook LGTM, left two nits"),
            (
                "2032-09-27 10:00",
                6089,
                "[info][title]On-call handover[/title]This week: Kenta Mori → next: Maya Goldberg[/info]",
            ),
            ("2032-09-27 10:30", 6095, "thanks all, the batch ran clean over the weekend 🙌"),
        ],
        [
            task(3, ["incident report"], [6092], ("2032-09-17", "Fri"), "done"),
            task(3, ["alert"], [6091], None, "open"),
            task(3, ["config version"], [6093], ("2032-09-17", "Fri"), "done"),
            task(5, ["connection pool"], [6094], ("2032-09-16T01:00", "Thu"), "done"),
            task(
                12,
                ["contact number"],
                [6091, 6092, 6093, 6094, 6095],
                ("2032-09-17", "Fri"),
                "open",
            ),
            task(15, ["runbook"], [6091, 6093], ("2032-09-27", "Mon"), "done"),
        ],
        self_account_id=6089,
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-10",
        (933010, "Midori General — volunteer desk"),
        members(6100, 6101, 6102, 6103, 6104, 6105),
        [
            (
                "2032-09-01 09:00",
                6100,
                "Good morning volunteers 🌻 the September rota is up on the board and in the shared drive.",
            ),
            ("2032-09-01 09:15", 6102, "thanks Helen! I see I'm on Thursdays again, perfect"),
            (
                "2032-09-01 10:00",
                6101,
                "病棟からです。9/20〜22の連休中は面会時間が短縮になります（14時〜16時）。",
            ),
            ("2032-09-01 10:05", 6103, "got it, thanks 今井さん"),
            (
                "2032-09-02 14:00",
                6104,
                "the library cart on 5F has a wobbly wheel. facilities said they'll swap it next week",
            ),
            (
                "2032-09-02 14:30",
                6105,
                "is the volunteer orientation on 9/10 at 13:00 or 14:00? I wrote down both 😅",
            ),
            ("2032-09-02 14:35", 6100, RP(6105, 6) + "13:00, Conference Room B 🙂"),
            (
                "2032-09-03 11:00",
                6102,
                "we should probably think about a second reading slot for pediatrics at some point, the Tuesday one is always full",
            ),
            ("2032-09-03 11:20", 6100, RP(6102, 8) + "agree, it's worth a look at some point 🤔"),
            (
                "2032-09-04 10:00",
                6103,
                "Saturday crew checking in 👋 the lobby piano volunteer couldn't make it, so it's quiet today",
            ),
            (
                "2032-09-06 09:00",
                6101,
                "[qt]ボランティアの皆さまへ：患者さんの写真撮影はご遠慮ください。ご協力をお願いします。[/qt]\n先週掲示した内容、念のためここにも貼っておきます。",
            ),
            ("2032-09-06 09:30", 6104, "noted 🙏"),
            (
                "2032-09-07 16:00",
                6105,
                "I can help out with the pediatric reading slot if you end up adding one!",
            ),
            ("2032-09-07 16:10", 6100, "Rin, that's lovely, thank you 😊"),
            (
                "2032-09-08 12:00",
                6102,
                "if anyone needs to swap a shift this month just let me know and I'll sort the rota",
            ),
            ("2032-09-08 12:30", 6103, "👍👍"),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-11",
        (933011, "あおば法律事務所 入管チーム / Aoba immigration desk"),
        members(6111, 6112, 6113, 6114, 6115, 6116),
        [
            ("2032-10-04 09:00", 6111, "おはようございます。今週もよろしくお願いします☕"),
            (
                "2032-10-04 09:20",
                6111,
                TO(6112) + "Chen様の高度専門職ビザの件、雇用契約書の英訳を水曜までにお願いします。",
            ),
            (
                "2032-10-04 09:40",
                6112,
                RP(6111, 2)
                + "承知しました。I'll have it by Tuesday EOD actually, it's only 4 pages",
            ),
            ("2032-10-04 10:00", 6115, "入管の窓口は10/11（スポーツの日）閉庁です。"),
            (
                "2032-10-04 11:00",
                6114,
                "client email below, FYI only:\n[qt]Dear Ms. Aoki, could you please let me know whether my wife can work part-time on a dependent visa? Best regards, R. Silva[/qt]",
            ),
            (
                "2032-10-04 11:20",
                6111,
                RP(6114, 5)
                + TO(6116)
                + "Joseph先生、Silva様への回答案を作ってもらえますか？資格外活動許可の説明も入れてください。明後日までにお願いします。",
            ),
            (
                "2032-10-05 17:50",
                6112,
                RP(6111, 2)
                + "English translation of the employment contract is done, saved to Chen/02_translations 📁",
            ),
            (
                "2032-10-06 09:00",
                6113,
                TO(6111) + "Kim様の永住申請、理由書のドラフトができました。ご確認お願いします。",
            ),
            (
                "2032-10-06 15:00",
                6116,
                RP(6111, 6)
                + "draft reply for Silva-san is in the shared folder. I included the 28-hour rule 🙂",
            ),
            (
                "2032-10-07 10:00",
                6111,
                RP(6113, 8) + "理由書、半分まで見ました。続きは明日見ます。",
            ),
            (
                "2032-10-08 18:00",
                6111,
                TO(6113)
                + "Kim様の理由書、コメントを入れて戻しました。佐伯さん、修正をお願いします🙏",
            ),
            (
                "2032-10-10 20:00",
                6112,
                "I'm working from home tomorrow even though it's a holiday — ping me if anything urgent comes in",
            ),
            ("2032-10-12 09:30", 6113, RP(6111, 11) + "修正版は来週月曜までに出します。"),
            (
                "2032-10-12 10:00",
                6112,
                "heads up: the immigration bureau's online system is down for maintenance all day Sat 10/16",
            ),
            ("2032-10-13 14:00", 6116, "Silva-san replied, she's happy with the explanation 😊"),
            (
                "2032-10-14 11:00",
                6111,
                TO(6112, 6116)
                + "来週から新規のIT企業案件が2件入ります。\n・Ethan：必要書類リストの作成\n・Joseph：初回ヒアリングの日程調整\nどちらも今週中にお願いします。",
            ),
            (
                "2032-10-15 17:00",
                6112,
                RP(6111, 16) + "書類リストはドラフトまで…月曜に仕上げます🙇",
            ),
            (
                "2032-10-15 17:30",
                6116,
                RP(6111, 16) + "hearing dates are set with both clients: 10/20 and 10/22 ✅",
            ),
        ],
        [
            task(2, ["英訳"], [6112], ("2032-10-05", "Tue"), "done"),
            task(6, ["回答案"], [6116], ("2032-10-06", "Wed"), "done"),
            task(8, ["理由書"], [6111], ("2032-10-08", "Fri"), "done"),
            task(11, ["修正"], [6113], ("2032-10-18", "Mon"), "open"),
            task(16, ["書類リスト"], [6112], ("2032-10-18", "Mon"), "open"),
            task(16, ["ヒアリング"], [6116], ("2032-10-15", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-12",
        (933012, "Ashigara Hill Classic 2032 — race office"),
        members(6122, 6123, 6124, 6125, 6126, 6127),
        [
            (
                "2032-11-01 09:00",
                6122,
                "4 weeks to race day (Sun 11/28) 🚴 let's get the last bits locked.",
            ),
            (
                "2032-11-01 09:10",
                6122,
                "action items from Friday's call:\n1) Akira — final marshal map to the police, by 11/5\n2) Liam — sponsor banners print order (tomorrow)\n3) Yui: road-closure notice letters to residents, 今週中\n4) me — book the portable toilets\n5) Liam — feed-station signage with the Kanagawa Bank logo (11/19)",
            ),
            (
                "2032-11-01 09:30",
                6124,
                RP(6122, 2)
                + "banners: the Fujiyama Water logo we have is the old one. I'll order once they send the new file",
            ),
            (
                "2032-11-02 16:00",
                6125,
                "volunteer sign-ups are at 64 of 80. the call on the club forums went out this morning",
            ),
            (
                "2032-11-02 16:20",
                6126,
                "schedule from our side: timing mats arrive 11/26, setup is 11/27 afternoon, teardown right after the last finisher",
            ),
            (
                "2032-11-03 10:00",
                6124,
                RP(6122, 2) + "new Fujiyama logo came in, sponsor banners ordered with PrintHub ✅",
            ),
            (
                "2032-11-04 11:00",
                6123,
                RP(6122, 2)
                + "marshal map: the police asked for two more marshals at the Sengoku junction, so I'm redoing it. I'll need until Monday",
            ),
            (
                "2032-11-04 14:00",
                6127,
                "letters: printed 300 of 420, then the printer ran out of toner 😑",
            ),
            (
                "2032-11-05 16:00",
                6127,
                "road-closure letters printed and posted to all 420 households 📬",
            ),
            ("2032-11-05 16:10", 6122, "thanks Yui!! 🙌"),
            (
                "2032-11-08 17:00",
                6123,
                RP(6122, 2) + "updated marshal map sent to the Odawara police station",
            ),
            (
                "2032-11-09 10:00",
                6122,
                "toilets: the first company is fully booked that weekend. trying another one",
            ),
            (
                "2032-11-10 09:30",
                6122,
                TO(6126)
                + "could you send us the final timing-chip allocation list by next Wednesday? we need it for the rider packs",
            ),
            (
                "2032-11-12 13:00",
                6124,
                "sponsor update: Kanagawa Bank pulled out of the feed-station sponsorship 😞",
            ),
            (
                "2032-11-12 13:20",
                6122,
                RP(6122, 2)
                + "Liam — the Kanagawa Bank feed-station signage is no longer needed, drop it",
            ),
            (
                "2032-11-16 11:00",
                6122,
                "toilets booked: 12 units from Hakone Rentals, delivered 11/27 🚽",
            ),
            (
                "2032-11-17 17:00",
                6126,
                RP(6122, 13)
                + "allocation list: 380 of 412 riders mapped, the late entries still need chips. full list by Friday",
            ),
            (
                "2032-11-22 10:00",
                6127,
                "reminder: tomorrow (11/23) is a holiday and the town office is closed, so the final permit pickup is Wed 11/24 at 10:00",
            ),
        ],
        [
            task(2, ["marshal map"], [6123], ("2032-11-08", "Mon"), "done"),
            task(2, ["banners"], [6124], ("2032-11-02", "Tue"), "done"),
            task(2, ["letters"], [6127], ("2032-11-05", "Fri"), "done"),
            task(2, ["toilets"], [6122], None, "done"),
            task(13, ["allocation list"], [6126], ("2032-11-19", "Fri"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-13",
        (933013, "Kamui Snow Resort — rental shop"),
        members(6133, 6134, 6135, 6136, 6137, 6138),
        [
            (
                "2032-11-25 09:00",
                6133,
                "Morning crew. Lifts open Sat 12/18 if the snow cooperates ❄️ pre-season prep starts today.",
            ),
            (
                "2032-11-25 09:05",
                6133,
                task_added(
                    6135, chatwork_lt("2032-12-03"), "Wax and edge the 120 demo skis", "date"
                ),
            ),
            (
                "2032-11-25 09:06",
                6133,
                task_added(
                    6137,
                    chatwork_lt("2032-11-30", "15:00"),
                    "Upload the rental price list to the booking site",
                    "time",
                ),
            ),
            (
                "2032-11-25 09:30",
                6136,
                "snowboard bindings: checked all 60 sets, 14 had worn straps — already swapped them from last season's spares",
            ),
            (
                "2032-11-25 10:00",
                6134,
                "staff training day is Sat 12/11, 9:00–15:00 at the shop. lunch provided 🍱",
            ),
            (
                "2032-11-26 15:00",
                6137,
                "price list: drafted, but I'm waiting on Grace to confirm the new helmet price before I upload",
            ),
            ("2032-11-26 15:10", 6138, RP(6137, 6) + "helmet rental stays ¥1,500/day, no change"),
            (
                "2032-11-29 10:00",
                6137,
                task_done(
                    6137,
                    chatwork_lt("2032-11-30", "15:00"),
                    "Upload the rental price list to the booking site",
                    "time",
                ),
            ),
            (
                "2032-11-29 11:00",
                6136,
                "fyi the Niseko supplier is sending a few extra straps anyway, arriving Thursday 📦",
            ),
            (
                "2032-11-30 09:00",
                6135,
                "demo skis: 45 of 120 done. the edge grinder is acting up, might need a service visit",
            ),
            (
                "2032-11-30 09:20",
                6133,
                TO(6138)
                + "could you approve a service call for the edge grinder by tomorrow noon? the Sapporo tech can come Thursday if we confirm by then",
            ),
            ("2032-11-30 13:00", 6138, RP(6133, 11) + "approved 👍"),
            ("2032-11-30 13:30", 6133, "booked the Sapporo tech for Thu 12/2 🔧"),
            (
                "2032-12-02 17:00",
                6135,
                RP(6133, 2)
                + "grinder's fixed. realistically I'll need until next Wednesday for all 120",
            ),
            (
                "2032-12-06 10:00",
                6134,
                "[toall] training on 12/11 — tools and uniforms are provided on the day 🙂",
            ),
            ("2032-12-08 16:30", 6135, "all 120 demo skis waxed & edged ⛷️"),
            (
                "2032-12-09 11:00",
                6137,
                TO(6134)
                + "reservations for opening weekend are at 230 sets. could you plan the staff rota for 12/18–12/19 by 12/13?",
            ),
            ("2032-12-09 11:30", 6134, RP(6137, 17) + "will do. Monday is fine"),
            (
                "2032-12-10 09:00",
                6133,
                task_added(6136, 0, "Inventory check of the rental helmets", "none"),
            ),
        ],
        [
            task(2, ["demo skis"], [6135], ("2032-12-08", "Wed"), "done"),
            task(3, ["price list"], [6137], ("2032-11-30T15:00", "Tue"), "done"),
            task(11, ["service call"], [6138], ("2032-12-01T12:00", "Wed"), "done"),
            task(17, ["rota"], [6134], ("2032-12-13", "Mon"), "open"),
            task(19, ["helmets"], [6136], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b23en-14",
        (933014, "海洋フォワーディング × Alves Coffee / import desk"),
        members(6144, 6145, 6146, 6147, 6148, 6149),
        [
            (
                "2032-12-20 09:00",
                6147,
                "Hi team, our 2 x 40ft of green coffee from Santos arrive at Yokohama on 1/6. We need them delivered to our Chiba warehouse by 1/12 at the latest.",
            ),
            (
                "2032-12-20 09:30",
                6144,
                RP(6147, 1) + "承知しました。Thanks Pedro, we'll take care of it.",
            ),
            (
                "2032-12-20 10:00",
                6144,
                TO(6146, 6148)
                + "Alves様の件、以下お願いします。\n・西田さん：輸入申告書類の準備（12/27まで）\n・石川さん：1/7〜1/11のトレーラー2台の手配（年内）",
            ),
            (
                "2032-12-20 10:30",
                6145,
                "FYI our office is closed 12/29–1/3. The last trucks go out on 12/28.",
            ),
            (
                "2032-12-21 14:00",
                6148,
                RP(6144, 3) + "トレーラーの件、丸和運輸に電話しましたが担当の方が不在でした📞",
            ),
            (
                "2032-12-22 11:00",
                6148,
                RP(6144, 3) + "丸和運輸で1/7〜1/11のトレーラー2台、押さえました🚛",
            ),
            (
                "2032-12-23 16:00",
                6149,
                "Pedro's company also wants an LCL quote for February. I'll get it to them by 1/5",
            ),
            (
                "2032-12-24 17:00",
                6146,
                "輸入申告書類、インボイスとパッキングリストは揃いました。原産地証明だけまだAlves様から届いていません",
            ),
            (
                "2032-12-24 17:10",
                6144,
                TO(6147)
                + "Could you send us the certificate of origin for the Santos shipment? 3営業日以内にいただけると助かります🙏",
            ),
            ("2032-12-27 09:00", 6147, RP(6144, 9) + "attached the CO — sorry for the wait"),
            (
                "2032-12-27 10:00",
                6146,
                RP(6144, 3) + "原産地証明も届いたので、輸入申告書類一式そろいました✅",
            ),
            ("2032-12-28 18:00", 6145, "今年も一年ありがとうございました！良いお年を🎍"),
            (
                "2033-01-04 09:00",
                6144,
                "あけましておめでとうございます。本年もよろしくお願いいたします。",
            ),
            (
                "2033-01-04 09:30",
                6144,
                TO(6146)
                + "本船の入港が1/6から1/8に遅れるそうです。申告のタイミング、明後日までに再調整をお願いします",
            ),
            (
                "2033-01-05 11:00",
                6149,
                "LCL quote: the carrier's February rates only come in on 1/7, so it'll be a couple of days late, sorry 🙇",
            ),
            (
                "2033-01-05 15:00",
                6147,
                "Thanks for the heads-up on the vessel delay. Is 1/12 delivery still realistic?",
            ),
            (
                "2033-01-05 15:30",
                6144,
                RP(6147, 16)
                + "Yes, still realistic if the vessel berths on 1/8. We'll confirm on 1/9.",
            ),
            (
                "2033-01-06 10:00",
                6146,
                RP(6144, 14) + "1/8入港後すぐに申告を出せるよう、通関業者と調整済みです",
            ),
            (
                "2033-01-11 16:00",
                6148,
                RP(6147, 1)
                + "コンテナ2本、千葉倉庫に納品完了しました🚚 both containers are at your Chiba warehouse",
            ),
            ("2033-01-11 16:30", 6147, "received, thank you all 🙏☕"),
        ],
        [
            task(1, ["Chiba"], [], ("2033-01-12", "Wed"), "done"),
            task(3, ["輸入申告書類"], [6146], ("2032-12-27", "Mon"), "done"),
            task(3, ["トレーラー"], [6148], ("2032-12-31", "Fri"), "done"),
            task(7, ["LCL quote"], [6149], ("2033-01-05", "Wed"), "open"),
            task(9, ["certificate of origin"], [6147], ("2033-01-04", "Tue"), "done"),
            task(14, ["申告"], [6146], ("2033-01-06", "Thu"), "done"),
        ],
    ),
]
