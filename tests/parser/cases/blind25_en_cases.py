# ruff: noqa: E501
"""Blind set 25, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b25en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 25, English half A: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (taking over an on-call shift or a hand-over, asking
for a few more days / a new date, closing work as superseded or no longer needed,
partial success and retries, Japanese translation-review PRs with 担当 / 締切 /
TODO lists) and workplace-writing pages (Slack etiquette: emoji acks, threads,
short replies; Japanese business-chat 進捗確認 / 催促 phrasing; 締め切り延長 and
納期延期 requests). Every person, company, museum, game, product and sentence here is
invented and written fresh; nothing is copied. Gold dues were computed with a
throwaway script in /tmp/b25 (datetime + jpholiday, one function per row of the
spec's deadline table: today / EOD, tomorrow, bare weekday, 来週 / next + weekday,
今週中, N営業日以内 skipping weekends, Japanese holidays and 12-29 .. 01-03, 年内,
the M/D window rule, times such as noon, 3pm, 5pm, 午前中, 明日の17時), never by
hand, and each due carries its weekday so build.py catches a typo. Phrases the spec
does not define (COB, tonight, after lunch, this afternoon, end of next week, 近いうちに,
輸送日の前日, "before it goes to the client", "once the photos are in") appear only
in messages that ask for nothing or next to a defined deadline, never as a task's
only deadline; where one is all a task has, the gold due is null. Cancelled tasks
are left out of the gold, as the spec drops them. All rooms run on Asia/Tokyo in
2034; one room crosses the year-end break into January 2035.

Domains: a SaaS data team's on-call room (English, a bot as self account, over
春分の日), a museum exhibitions team with a Japanese lender museum (mixed: Japanese
requesters and English replies, Golden Week, 3営業日以内 over 5/3-5/5 and the
weekend), a game localisation vendor and its Tokyo publisher (mixed, 今週中,
明日の17時, Chatwork date task, over 敬老の日), a biotech lab operations group (the
room with no task: holiday notice, FYIs, a pasted vendor letter, an offer, a
condition, a musing, schedules, a promise to report), an inbound travel agency desk
(English, bullet list "— Jonas, Thu", a forwarded agent e-mail in [qt], over
スポーツの日), a nonprofit grants team (English, a human as self account, numbered
minutes "1) Elena —", a two-person line, [toall] excluding sender and self, over
文化の日), and an ad agency with a Tokyo beverage client (mixed, the client's "we
need X by 12/27", 年内, Chatwork time task, 5営業日以内 across 12-29 .. 01-03 and
成人の日 into 2035).

Covers: asks whose work is implicit (ptal on a PR, ご確認お願いします after a
delivery, "could you take this one instead?", "I'll take this one" replying to a
bot alert); commitments without a time or "I" ("me — I'll rework ...", "I'll draft
the cover letter"); lists with one task a line and owners by name; "can someone"
with nobody named, closed by a non-assignee's reply; a request answered with a
question before it is accepted (three rooms); acceptances by reply that set the
deadline ("will set it up today", "5/1の午前中にお送りします", "by tomorrow 5pm",
"We'll send it by 12/22") and ones that set none; a task moved twice (assignee
"I'll need until Monday", then requester "let's say Tuesday"), moves by assignee
("we'll deliver on Tuesday instead", "I'll need until Thursday") and a move asked
by the assignee and granted by the requester (next Tuesday / 来週火曜); a hand-over
finished by the new person and closed for the first one by the requester's reply;
done except one part (box no. 3, the appendix) and partial progress (2 of 5
partitions, 2 of 3 boxes, 11 of 12, frames 4-6, "my half's done", staff costs done)
and failed attempts (called twice, no answer; e-mailed twice, nothing back; still
blocked on quota) closing nothing; chases (any update on this? / any news on the
coach?) that are no task; a message that reports one thing done and asks for the
next; completions in other words (sorted, shipped as "invite sent", rotated, green
again, delivered, sent over, 拝見しました・問題ございません, "got the letter, signed")
by reply, by quote with qtmeta, by Chatwork task_done, bare from an assignee's only
open task; a bare LGTM / "uploaded mine" from one assignee of a multi-assignee task
closing nothing; a multi-assignee task closed by one assignee's reply; a
cancellation ("scrap that"); dates that describe the thing, not the deadline
(来週水曜の14時 meeting, arriving 10/16, portal closes 11/17, 1/9(火) meeting,
"monday's a holiday"); noise (emoji, :shortcode:, lowercase, typos, -- signatures,
[To:] blocks with two people, [toall]). The room without a task is b25en-04.

Part B
------
Blind set 25, English half (b): seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (picking an item up and asking for a look, handing work
over when someone has no time, "any update?" chases and vendor blockers, closing
items as no longer needed, incident follow-up action items with owners and due
dates) and workplace-writing pages (Japanese business-chat request phrasing with
deadlines, 催促 / 進捗確認 without pressure, 納期遅延 and schedule-adjustment
phrasing with suppliers, Slack-style async status updates with done / in progress /
blocked and emoji acknowledgements). Every person, company, room, product and
sentence here is invented and written fresh; nothing is copied. Gold dues were
computed with a throwaway script in /tmp/b25 (datetime + jpholiday, one function
per row of the spec's deadline table: today / tomorrow, bare weekday, next +
weekday, 今週中 / this week, N営業日以内 skipping weekends, Japanese holidays and
12-29 .. 01-03, the M/D window rule, 年内, times such as noon, 3pm, 朝イチ), never by
hand, and each due carries its weekday so build.py catches a typo. Phrases the spec
does not define ("tonight", "before the holidays", "after", 年明け, "within 3 days
of delivery" as a policy) were kept out of every task's only
deadline; where they appear in a reply they leave the due as it was. Cancelled
tasks are left out of the gold, as the spec drops them. All rooms run on
Asia/Tokyo in 2034; one room crosses the year-end break into January 2035.

Domains: a robotics startup's hardware team with a Japanese parts supplier (mixed,
7営業日以内 over Golden Week, a deadline moved twice by the assignee, a package
"done except one part", a question before a request is accepted, a chase), a
podcast network's production room (bot as self account, [toall] request excluding
the bot, list with "- Dev:" / "me:" lines, "by Monday" landing on 海の日, "can
someone" with nobody named finished by another member, a bump quoting the ask, a
multi-assignee task with a bare "my half is done"), a language school's front
office (no task at all), a restaurant group's purchasing room with a Japanese fish
supplier (mixed, 今週中 over 文化の日, Chatwork task_added / task_done markup, a
request answered with a question and then handed to another person, 催促 that is
no new task), a consulting firm's deck review (human as self account, numbered
owner list with "me —", acceptance that sets a deadline, "I'll need until Friday",
a quote that closes the sender's own item and asks for the next review, LGTM), a
freight forwarder's customs desk (mixed, English requester and Japanese replies, a
pasted customer e-mail in [qt], 年内, 3営業日以内 across the year-end break into
2035, 朝イチ, a failed phone call, a blocked item), and a property management
company with contractors (an HOA board's "we need it fixed by Thursday", "• … —
Felix, tomorrow" lines, a voicemail, 5 of 8 done, a cancelled quote, a contractor's
conditional offer accepted with "yes please").

Covers: implicit-work asks by reply (確認お願いします after a delivery, "could you
give it a read", "yes please" to an offer, "could you file it instead");
commitments without a time ("I'll also ask 津田さん ...", "I'll forward the HS code
to Wren tonight") and with one (明日の朝イチで提出します); several tasks in one
message; completion in other words (sent over, reworked, sorted, filed, 押さえました,
確定しました, "intercom's working again", "checked them", LGTM) by reply, by quote,
by Chatwork task_done and bare from an assignee's only open task; partial progress
and failed attempts that close nothing (STEP + PDF but not the tolerance sheet,
~2/3, 8割, 5 of 8, 電話しましたが不在, voicemail, まだ止まっています); deadline moves
by the assignee ("will be Monday", then "will be tomorrow"; "will finish it by noon
tomorrow"; "PDF will be tomorrow") and a report by a non-assignee that moves
nothing ("tech coming Thu 9am"); cancellations ("scrap the bike shed quote",
"never mind then" with a hand-over to a new person who then finishes); look-alikes
that ask for nothing (notices, FYIs, holiday schedules, "just shout" offers,
conditional offers, musings, promises to report, pasted customer letters, chases,
questions for information); noise (emoji, lowercase, typos, -- signatures, [To:]
blocks with several people, [toall]). The room without a task is b25en-10.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b25en-01 SaaS data team on-call
    6801: "Priya Raman",
    6802: "Tomasz Wojcik",
    6803: "Hana Kobayashi",
    6804: "Diego Alvarez",
    6805: "Lukas Brandt",
    6806: "Relay Bot",
    # b25en-02 museum exhibitions + lender museum
    6811: "Clara Whitfield",
    6812: "Owen Mbeki",
    6813: "Sofia Reyes",
    6814: "宮下 綾",
    6815: "北川 誠",
    # b25en-03 game localisation vendor + Tokyo publisher
    6821: "Rhea Lindqvist",
    6822: "Marco Bellini",
    6823: "Yuki Aoki",
    6824: "松本 健太",
    6825: "大西 さくら",
    # b25en-04 biotech lab operations
    6831: "Ingrid Solberg",
    6832: "Kofi Asante",
    6833: "Renata Duarte",
    6834: "Sam Whitaker",
    6835: "Aya Morimoto",
    # b25en-05 inbound travel agency desk
    6841: "Nadia Haddad",
    6842: "Jonas Berg",
    6843: "Emi Sato",
    6844: "Felix Okafor",
    6845: "Laura Chen",
    # b25en-06 nonprofit grants team
    6851: "Beatrice Owusu",
    6852: "Tariq Saleem",
    6853: "Elena Petrova",
    6854: "Gareth Lloyd",
    6855: "Noor Malik",
    # b25en-07 ad agency + Tokyo client
    6861: "Hannah Kessler",
    6862: "Liam Foster",
    6863: "Zoe Park",
    6864: "高田 亮",
    6865: "三浦 千尋",
}


def members(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}\n"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


CASES_A = [
    # ------------------------------------------------------------------ 01
    conv(
        "b25en-01",
        (935001, "data-platform on-call"),
        members(6801, 6802, 6803, 6804, 6805, 6806),
        [
            (
                "2034-03-13 09:05",
                6806,
                "[toall] on-call this week → primary: Tomasz Wojcik, secondary: Hana Kobayashi. Handover notes are pinned in the runbook.",
            ),
            (
                "2034-03-13 09:20",
                6801,
                "[To:6802]Tomasz Wojcik\nthe eu orders backfill died again at 03:10 😩 could you re-run it by tomorrow noon?",
            ),
            ("2034-03-13 09:24", 6802, RP(6801, 2) + "on it"),
            (
                "2034-03-13 09:40",
                6806,
                "[info][title]ALERT · dbt[/title]model stg_payments failing since 02:00 JST (3 consecutive runs)[/info]",
            ),
            ("2034-03-13 09:42", 6803, RP(6806, 4) + "I'll take this one"),
            (
                "2034-03-13 10:02",
                6804,
                "can someone rotate the grafana service token? my account doesnt have admin on that org :pray:",
            ),
            ("2034-03-13 10:05", 6805, "👀 is that the one the CI dashboards use?"),
            (
                "2034-03-13 11:30",
                6802,
                RP(6801, 2) + "rerun kicked off, 2 of 5 partitions done so far",
            ),
            (
                "2034-03-13 14:10",
                6803,
                "fixed stg_payments — upstream renamed a column, pinned the type. green again 🟢",
            ),
            (
                "2034-03-13 16:45",
                6802,
                RP(6801, 2)
                + "the 3rd partition keeps timing out, I'll need until Thursday to split it properly",
            ),
            ("2034-03-13 16:50", 6801, RP(6802, 10) + "np 👍"),
            (
                "2034-03-13 18:00",
                6806,
                "[toall] maintenance window tonight 23:00–01:00 for the warehouse upgrade, expect job delays",
            ),
            (
                "2034-03-14 10:00",
                6801,
                "PR for the new freshness alerts is up → https://git.example.invalid/data/alerts/pull/412\n[To:6803]Hana Kobayashi [To:6804]Diego Alvarez ptal when you get a chance",
            ),
            ("2034-03-14 11:20", 6804, "left two nits, otherwise LGTM"),
            (
                "2034-03-14 15:00",
                6803,
                RP(6804, 6) + "rotated ✅ new one's in the vault under grafana/ci",
            ),
            ("2034-03-15 09:30", 6801, RP(6801, 2) + "any update on this?"),
            (
                "2034-03-15 09:45",
                6802,
                RP(6801, 2)
                + "still blocked on the 3rd partition, warehouse quota again. asked infra to bump it",
            ),
            (
                "2034-03-16 17:20",
                6802,
                RP(6801, 2) + "backfill's done — all 5 partitions loaded, counts match prod ✅",
            ),
            (
                "2034-03-17 10:00",
                6801,
                "[To:6802]Tomasz Wojcik\nmonday's a holiday so could you update the on-call calendar for next week by end of day?",
            ),
            (
                "2034-03-17 16:30",
                6802,
                RP(6801, 19) + "calendar updated, Hana is primary from Tuesday",
            ),
        ],
        [
            task(2, ["backfill"], [6802], ("2034-03-16", "Thu"), "done"),
            task(5, ["stg_payments"], [6803], None, "done"),
            task(6, ["grafana"], [], None, "done"),
            task(13, ["freshness"], [6803, 6804], None, "open"),
            task(19, ["on-call calendar"], [6802], ("2034-03-17", "Fri"), "done"),
        ],
        self_account_id=6806,
    ),
    # ------------------------------------------------------------------ 02
    conv(
        "b25en-02",
        (935002, "Lacquer & Light — loan coordination"),
        members(6811, 6812, 6813, 6814, 6815),
        [
            (
                "2034-04-24 10:00",
                6814,
                "[To:6811]Clara Whitfieldさん\nお世話になっております。貸出作品の状態調書（condition report）のドラフトを共有フォルダに入れました。4/28までにご確認いただけますでしょうか。",
            ),
            ("2034-04-24 10:30", 6811, RP(6814, 1) + "Thank you, Miyashita-san! Will do 👍"),
            (
                "2034-04-24 11:00",
                6811,
                "[To:6813]Sofia Reyes\ncan you mark up the condition report for the 3 lacquer boxes by Thursday? 🙏",
            ),
            (
                "2034-04-24 14:00",
                6815,
                "[To:6812]Owen Mbekiさん\n輸送業者との打ち合わせ、Zoomの設定をお願いできますか。来週水曜の14時で先方OKとのことです。",
            ),
            (
                "2034-04-24 14:20",
                6812,
                RP(6815, 4)
                + "Sure — should the invite go to the shipper's team too, or just to you and Miyashita-san?",
            ),
            ("2034-04-24 14:35", 6815, RP(6812, 5) + "弊館の二人だけで大丈夫です。"),
            ("2034-04-24 14:40", 6812, RP(6815, 4) + "ok, will set it up today 👍"),
            (
                "2034-04-24 16:10",
                6812,
                RP(6815, 4) + "Zoom is set up, invite sent to you and Miyashita-san 📅",
            ),
            (
                "2034-04-26 11:00",
                6813,
                RP(6811, 3)
                + "2 of 3 boxes marked up. the photos of box 3 are too dark to see the cracks on the lid 😕",
            ),
            (
                "2034-04-26 11:10",
                6811,
                "[To:6814]宮下 綾さん\nSorry to trouble you — could you send higher-res photos of box no. 3 (inv. KL-0412)? The lid cracking isn't visible in the current set.",
            ),
            (
                "2034-04-26 15:00",
                6814,
                RP(6811, 10) + "承知しました。撮り直しになりますので、5/1の午前中にお送りします。",
            ),
            (
                "2034-04-27 18:30",
                6811,
                RP(6814, 1)
                + "Miyashita-san, we've been through everything except box no. 3 — could we send our comments on the whole report next Tuesday, once the new photos are in?",
            ),
            (
                "2034-04-28 09:15",
                6814,
                RP(6814, 1) + "はい、来週火曜で問題ございません。よろしくお願いいたします。",
            ),
            (
                "2034-04-28 10:00",
                6815,
                "共有です。5/3〜5/5は祝日のため弊館は休館となります。輸送日程の確定版は近いうちに共有いたします。",
            ),
            ("2034-05-01 11:20", 6814, RP(6811, 10) + "撮り直した写真をお送りしました。"),
            (
                "2034-05-01 13:00",
                6813,
                RP(6811, 3) + "box 3 done too, all three are marked up now ✅",
            ),
            (
                "2034-05-02 10:30",
                6811,
                RP(6814, 1)
                + "We've finished reviewing the condition report — our comments are in the folder. Nothing blocking from our side.",
            ),
            (
                "2034-05-02 10:45",
                6815,
                "[To:6812]Owen Mbekiさん\n2点お願いです。\n・保険証書の写しを3営業日以内にお送りください\n・輸送日の前日に、梱包の最終チェックをお願いします",
            ),
            (
                "2034-05-02 11:00",
                6812,
                RP(6815, 18) + "Will do both 👍 the certificate is with our insurer at the moment.",
            ),
        ],
        [
            task(1, ["状態調書"], [6811], ("2034-05-02", "Tue"), "done"),
            task(3, ["lacquer boxes"], [6813], ("2034-04-27", "Thu"), "done"),
            task(4, ["Zoom"], [6812], ("2034-04-24", "Mon"), "done"),
            task(10, ["photos"], [6814], ("2034-05-01T12:00", "Mon"), "done"),
            task(18, ["保険証書"], [6812], ("2034-05-10", "Wed"), "open"),
            task(18, ["梱包"], [6812], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------ 03
    conv(
        "b25en-03",
        (935003, "Starfall Tactics JP→EN localisation"),
        members(6821, 6822, 6823, 6824, 6825),
        [
            (
                "2034-09-11 10:00",
                6824,
                "[To:6821]Rhea Lindqvistさん\nお疲れ様です。パッチ1.2の追加テキスト（約3,200語）をアップしました。今週中に翻訳をお願いできますでしょうか。",
            ),
            (
                "2034-09-11 10:20",
                6821,
                RP(6824, 1) + "Received, thanks! We'll have it back to you by Friday.",
            ),
            (
                "2034-09-11 10:30",
                6821,
                task_added(
                    6822,
                    chatwork_lt("2034-09-14"),
                    "Patch 1.2 additional strings — first-pass translation",
                    "date",
                ),
            ),
            ("2034-09-11 10:45", 6822, RP(6821, 3) + "will do 👍"),
            (
                "2034-09-11 11:00",
                6822,
                "[To:6824]松本 健太さん\nquick q — the glossary still has 'Aether Core' for 霊核, is that final?",
            ),
            ("2034-09-11 14:00", 6824, RP(6822, 5) + "はい、そちらで確定です。"),
            (
                "2034-09-12 09:30",
                6825,
                "[To:6823]Yuki Aokiさん\nLQAで見つかった表示崩れ（スキル説明文のはみ出し）を12件リストにまとめました。明日の17時までに修正案をいただけますか。",
            ),
            (
                "2034-09-12 09:50",
                6823,
                RP(6825, 7)
                + "Got it. Quick check — do you want shorter text, or is a smaller font OK on your side?",
            ),
            (
                "2034-09-12 10:30",
                6825,
                RP(6823, 8) + "フォントはそのままで、文言の短縮になります。",
            ),
            ("2034-09-12 10:40", 6823, RP(6825, 7) + "ok, shortened versions by tomorrow 5pm 👍"),
            (
                "2034-09-13 16:40",
                6823,
                RP(6825, 7)
                + "11 of 12 done, sheet updated. #7 (the Lv.10 passive) still won't fit under 40 chars, trying another wording",
            ),
            (
                "2034-09-14 11:00",
                6823,
                RP(6825, 7) + "#7 sorted too — all 12 proposals are in the sheet ✅",
            ),
            (
                "2034-09-14 18:00",
                6822,
                task_done(
                    6822,
                    chatwork_lt("2034-09-14"),
                    "Patch 1.2 additional strings — first-pass translation",
                    "date",
                ),
            ),
            (
                "2034-09-14 18:05",
                6822,
                "[To:6821]Rhea Lindqvist\nfirst pass is in the TM. could you run the QA check on it before it goes to the client?",
            ),
            (
                "2034-09-15 10:00",
                6821,
                RP(6824, 1)
                + "Matsumoto-san, our QA flagged some inconsistent skill names, so we'll deliver on Tuesday instead — sorry for the delay 🙇",
            ),
            (
                "2034-09-15 10:30",
                6824,
                RP(6821, 15)
                + "承知しました。火曜で問題ありません（月曜は祝日のため弊社はお休みです）。",
            ),
            (
                "2034-09-15 16:00",
                6821,
                RP(6822, 14) + "QA check's done ✅ 14 flags, all fixed in the TM",
            ),
            (
                "2034-09-19 11:00",
                6821,
                RP(6824, 1)
                + "Patch 1.2 translation delivered to the shared folder 📦 ご確認お願いします",
            ),
            (
                "2034-09-20 15:00",
                6824,
                RP(6821, 18) + "ありがとうございます。現在拝見中です、もう少々お待ちください。",
            ),
            (
                "2034-09-21 10:00",
                6825,
                "[toall]来月のDLC第2弾のキックオフは10/2(月)10時からです。資料は共有フォルダに入っています。",
            ),
        ],
        [
            task(1, ["翻訳"], [6821], ("2034-09-19", "Tue"), "done"),
            task(3, ["Patch 1.2"], [6822], ("2034-09-14", "Thu"), "done"),
            task(7, ["修正案"], [6823], ("2034-09-13T17:00", "Wed"), "done"),
            task(14, ["QA"], [6821], None, "done"),
            task(18, ["Patch 1.2"], [6824], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------ 04
    conv(
        "b25en-04",
        (935004, "Lab Ops — Building C"),
        members(6831, 6832, 6833, 6834, 6835),
        [
            (
                "2034-08-07 09:00",
                6831,
                "[toall] reminder: Friday 8/11 is a public holiday (山の日). Building C closes at 18:00 on Thursday; the -80 freezers stay on the alarm line as usual.\n-- Ingrid",
            ),
            ("2034-08-07 09:12", 6832, "thanks 🙏"),
            (
                "2034-08-07 09:30",
                6833,
                "FYI the autoclave on 3F failed its cycle test this morning. facilities already have a ticket open and said they'd come by tomorrow.",
            ),
            (
                "2034-08-07 09:45",
                6834,
                "if anyone's booking the plate reader this week I can help out, the booking system is a bit finicky :sweat_smile:",
            ),
            (
                "2034-08-07 10:20",
                6835,
                "does anyone know where the spare CO2 regulators ended up? were they moved to the B wing?",
            ),
            ("2034-08-07 10:25", 6832, "B-114, bottom shelf, behind the dewars"),
            (
                "2034-08-07 11:00",
                6831,
                "vendor note about the LN2 delivery:\n[qt]Dear customer, please make sure the loading bay is clear by 7:30 on delivery day and that a member of staff signs the delivery slip.[/qt]\ndelivery is Wednesday morning. nothing changes for us, facilities handle the bay.",
            ),
            (
                "2034-08-07 13:10",
                6833,
                "if the -80 alarm goes off over the long weekend, the on-call number is on the freezer door, not the facilities desk",
            ),
            (
                "2034-08-07 13:30",
                6834,
                "the Thursday safety walk-through moved to 10:30, same room",
            ),
            (
                "2034-08-08 09:05",
                6835,
                "morning all ☀️ new batch of pipette tips arrived, they're in the usual cabinet",
            ),
            (
                "2034-08-08 09:40",
                6832,
                "we should probably relabel the shared reagent shelf at some point, half the labels are faded",
            ),
            ("2034-08-08 09:50", 6831, "agreed, let's bring it up at the September ops meeting"),
            (
                "2034-08-08 14:00",
                6833,
                "facilities came by — autoclave is back in service ✅ I'll let everyone know once the new cycle log is posted",
            ),
            (
                "2034-08-08 14:05",
                6834,
                "Renata, thanks for chasing them 🙏 heads up, I'm out after lunch tomorrow (dentist 🦷)",
            ),
            (
                "2034-08-08 17:30",
                6831,
                "2F freezer defrost runs tonight, facilities will move the racks to the backup unit",
            ),
            ("2034-08-09 10:00", 6835, "LN2 delivery signed for, tanks are topped up"),
            (
                "2034-08-10 16:30",
                6831,
                "[toall] have a good long weekend everyone, see you Monday 🎐",
            ),
            ("2034-08-10 16:35", 6832, ":wave: you too"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ 05
    conv(
        "b25en-05",
        (935005, "Inbound desk — FIT & groups"),
        members(6841, 6842, 6843, 6844, 6845),
        [
            (
                "2034-10-02 09:10",
                6841,
                "morning! for the Halvorsen Tours group (22 pax, arriving 10/16):\n• guide for the Hakone day — Jonas, Thu\n• welcome dinner restaurant — Emi, by Wednesday",
            ),
            (
                "2034-10-02 09:40",
                6844,
                "[qt]Hi team, for the Okabe family (4 pax) we need the JR Pass vouchers as soon as possible, they fly out of Sydney next week. Thanks! Grace, Southern Cross Travel[/qt]\nforwarded from the Sydney agent 👆\n[To:6845]Laura Chen can you issue the vouchers by Friday? I'm on the airport run all morning",
            ),
            (
                "2034-10-02 10:05",
                6845,
                RP(6844, 2) + "sure — 7-day or 14-day pass? the note doesnt say",
            ),
            ("2034-10-02 10:30", 6844, RP(6845, 3) + "14-day, checked with Grace"),
            ("2034-10-02 10:35", 6845, RP(6844, 2) + "ok, on it 👍"),
            (
                "2034-10-02 11:00",
                6841,
                "[To:6842]Jonas Berg can you also get a coach quote for the Hakone day? 27-seater, from the hotel. need it by Thursday so I can price the package",
            ),
            ("2034-10-02 11:05", 6842, RP(6841, 6) + "ack"),
            (
                "2034-10-03 11:00",
                6843,
                RP(6841, 1) + "called Kaiseki Ren twice, no answer 📵",
            ),
            (
                "2034-10-03 15:30",
                6843,
                RP(6841, 1) + "Ren is full on the 16th 😞 trying Tsukiyo next",
            ),
            (
                "2034-10-04 09:20",
                6842,
                RP(6841, 6)
                + "Hakone Kotsu only quoted a 45-seater, waiting on a second company. I'll need until Monday for this",
            ),
            (
                "2034-10-04 09:35",
                6841,
                RP(6841, 6)
                + "that's a public holiday here, nobody at the bus companies will pick up — let's say Tuesday",
            ),
            (
                "2034-10-04 10:00",
                6843,
                RP(6841, 1)
                + "restaurant sorted — Tsukiyo, private room for 22 at 19:00 on the 16th 🍶",
            ),
            (
                "2034-10-04 10:10",
                6841,
                "[To:6843]Emi Sato could you call Hotel Suiren about the two accessible rooms by tomorrow? they still haven't confirmed in writing",
            ),
            (
                "2034-10-04 10:25",
                6843,
                RP(6841, 13)
                + "I'm stuck on the Narita counter 🙏 [To:6844]Felix Okafor could you take this one instead?",
            ),
            (
                "2034-10-05 14:00",
                6844,
                RP(6843, 14) + "called Suiren, both accessible rooms confirmed in writing ✅",
            ),
            ("2034-10-05 14:10", 6841, RP(6841, 13) + "great, that's sorted then — thanks both 🙌"),
            (
                "2034-10-06 11:30",
                6845,
                RP(6844, 2) + "vouchers issued and sent over to Grace 📨",
            ),
            (
                "2034-10-06 17:00",
                6844,
                "I'm off from COB today till Tuesday, Laura has the airport phone 📱",
            ),
            ("2034-10-10 10:00", 6841, RP(6841, 6) + "any news on the coach?"),
            (
                "2034-10-10 10:20",
                6842,
                RP(6841, 19) + "second quote should come in this afternoon, still waiting on them",
            ),
        ],
        [
            task(1, ["guide"], [6842], ("2034-10-05", "Thu"), "open"),
            task(1, ["restaurant"], [6843], ("2034-10-04", "Wed"), "done"),
            task(2, ["vouchers"], [6845], ("2034-10-06", "Fri"), "done"),
            task(6, ["coach quote"], [6842], ("2034-10-10", "Tue"), "open"),
            task(13, ["accessible rooms"], [6843], ("2034-10-05", "Thu"), "done"),
            task(14, ["accessible rooms"], [6844], None, "done"),
        ],
    ),
    # ------------------------------------------------------------------ 06
    conv(
        "b25en-06",
        (935006, "Grants — Hartwell Trust application"),
        members(6851, 6852, 6853, 6854, 6855),
        [
            (
                "2034-10-30 09:30",
                6851,
                "notes from this morning's sync (Hartwell portal closes 11/17):\n1) Elena — budget narrative, first draft by Thursday\n2) Gareth — letters of support from the two school partners\n3) Noor & Tariq — outcomes table, together",
            ),
            ("2034-10-30 09:45", 6854, "ack"),
            (
                "2034-10-30 10:10",
                6854,
                RP(6851, 1)
                + "Q on 2) — do we still need one from Lakeside Primary? they're applying to Hartwell themselves this round",
            ),
            (
                "2034-10-30 10:30",
                6851,
                RP(6854, 3) + "good catch — skip Lakeside, the Millbrook letter is enough",
            ),
            ("2034-10-30 10:45", 6851, "I'll draft the cover letter"),
            (
                "2034-11-01 15:00",
                6853,
                RP(6851, 1)
                + "budget narrative: staff costs + evaluation sections done, still missing the in-kind figures",
            ),
            ("2034-11-01 15:20", 6852, "fyi finance says the in-kind numbers land Thursday"),
            (
                "2034-11-02 17:50",
                6853,
                RP(6851, 1) + "budget narrative first draft is done, it's in the folder 📁",
            ),
            (
                "2034-11-02 18:00",
                6854,
                "off tomorrow for 文化の日 + taking the long weekend, back Monday 🏕️",
            ),
            (
                "2034-11-07 09:00",
                6854,
                RP(6851, 1)
                + "Millbrook letter: emailed the head teacher twice, nothing back yet 😬",
            ),
            (
                "2034-11-07 10:30",
                6852,
                RP(6851, 1)
                + "outcomes table: my half's done (cohort numbers), Noor has the narrative column",
            ),
            (
                "2034-11-08 11:00",
                6853,
                "[toall] please upload your sections to the Hartwell portal by next Monday 🙏\n-- Elena",
            ),
            (
                "2034-11-08 11:20",
                6855,
                RP(6851, 1)
                + "outcomes table finished ✅ narrative column is in and Tariq double-checked the numbers",
            ),
            (
                "2034-11-09 09:40",
                6851,
                RP(6851, 5)
                + "scrap that — Hartwell's new form doesn't have a cover letter field anymore 🙃",
            ),
            (
                "2034-11-10 16:00",
                6854,
                RP(6851, 1) + "got the Millbrook letter, signed and in the folder 🎉",
            ),
            ("2034-11-13 09:00", 6852, "uploaded mine 👍"),
            (
                "2034-11-13 11:30",
                6851,
                "[To:6855]Noor Malik\ncould you do a final proofread of the whole application by 3pm tomorrow? I'd like to submit on Wednesday morning",
            ),
            ("2034-11-13 11:45", 6855, RP(6851, 17) + "will do"),
            (
                "2034-11-14 14:20",
                6855,
                RP(6851, 17)
                + "proofread done except the appendix — the PDFs are locked, waiting on Gareth for editable copies",
            ),
        ],
        [
            task(1, ["budget narrative"], [6853], ("2034-11-02", "Thu"), "done"),
            task(1, ["letters of support"], [6854], None, "done"),
            task(1, ["outcomes table"], [6852, 6855], None, "done"),
            task(12, ["upload"], [6852, 6854, 6855], ("2034-11-13", "Mon"), "open"),
            task(17, ["proofread"], [6855], ("2034-11-14T15:00", "Tue"), "open"),
        ],
        self_account_id=6851,
    ),
    # ------------------------------------------------------------------ 07
    conv(
        "b25en-07",
        (935007, "Kiriko Beverages × Northlight — winter campaign"),
        members(6861, 6862, 6863, 6864, 6865),
        [
            (
                "2034-12-18 10:00",
                6864,
                "[To:6861]Hannah Kesslerさん\nお世話になっております。先日の絵コンテ、社内で確認しました。修正点をまとめて添付しましたので、12/22までに修正版をお送りいただけますか。",
            ),
            ("2034-12-18 10:20", 6861, RP(6864, 1) + "Thank you, Takada-san — will do 🙏"),
            (
                "2034-12-18 10:40",
                6861,
                "[To:6862]Liam Foster\nKiriko's notes are in the folder. can you redo frames 4–7 by Wednesday?\nme — I'll rework the end-card copy",
            ),
            (
                "2034-12-18 14:00",
                6865,
                "[To:6863]Zoe Parkさん\nHi Zoe, we need the English version of our press release by 12/27 for the global site. The Japanese master is attached.\n-- Chihiro Miura",
            ),
            (
                "2034-12-18 14:30",
                6863,
                RP(6865, 4) + "Thanks, Miura-san! We'll send it by 12/22 👍",
            ),
            ("2034-12-20 17:30", 6862, RP(6861, 3) + "4–6 redone, 7 still rendering 🐢"),
            ("2034-12-21 12:10", 6862, RP(6861, 3) + "all frames redone, v3 uploaded ✅"),
            (
                "2034-12-21 12:30",
                6861,
                QT(6861, 3, "me — I'll rework the end-card copy")
                + "end-card copy reworked, it's in v3 too",
            ),
            (
                "2034-12-21 15:00",
                6861,
                RP(6864, 1)
                + "Takada-san, we've uploaded the revised storyboard (v3) to the shared folder. ご確認お願いします。",
            ),
            (
                "2034-12-22 09:30",
                6863,
                RP(6865, 4) + "Miura-san, just sent over the English press release by email 📨",
            ),
            (
                "2034-12-22 10:00",
                6864,
                RP(6861, 9) + "拝見しました。問題ございません！ありがとうございます。",
            ),
            (
                "2034-12-25 11:00",
                6864,
                "[To:6861]Hannah Kesslerさん [To:6863]Zoe Parkさん\n年明けのキャンペーン報告用に、11月分の配信実績レポートを年内にいただけますでしょうか。",
            ),
            ("2034-12-25 11:30", 6861, RP(6864, 12) + "Yes, we'll put it together 👍"),
            (
                "2034-12-26 10:00",
                6861,
                task_added(
                    6862,
                    chatwork_lt("2034-12-27", "15:00"),
                    "Kiriko: export the 15s cut-down for the station screens",
                    "time",
                ),
            ),
            (
                "2034-12-27 14:40",
                6862,
                task_done(
                    6862,
                    chatwork_lt("2034-12-27", "15:00"),
                    "Kiriko: export the 15s cut-down for the station screens",
                    "time",
                ),
            ),
            (
                "2034-12-28 17:30",
                6863,
                RP(6864, 12) + "November delivery report sent 📊 Hannah's summary is on p.2",
            ),
            (
                "2034-12-28 17:50",
                6864,
                RP(6863, 16)
                + "ありがとうございます。年明けの定例は1/9(火)です。来年もよろしくお願いいたします。",
            ),
            (
                "2034-12-28 18:00",
                6864,
                "[To:6861]Hannah Kesslerさん\nあと、1月の店頭POPの初稿を5営業日以内にお願いできますか。",
            ),
            ("2034-12-28 18:20", 6865, "今年も大変お世話になりました🙇 良いお年をお迎えください"),
            (
                "2035-01-04 10:00",
                6861,
                RP(6864, 18) + "あけましておめでとうございます🎍 Noted, on it 🙏",
            ),
        ],
        [
            task(1, ["修正版"], [6861], ("2034-12-22", "Fri"), "done"),
            task(3, ["frames"], [6862], ("2034-12-20", "Wed"), "done"),
            task(3, ["end-card"], [6861], None, "done"),
            task(4, ["press release"], [6863], ("2034-12-22", "Fri"), "done"),
            task(9, ["storyboard"], [6864], None, "done"),
            task(12, ["レポート"], [6861, 6863], ("2034-12-31", "Sun"), "done"),
            task(14, ["15s cut-down"], [6862], ("2034-12-27T15:00", "Wed"), "done"),
            task(18, ["POP"], [6861], ("2035-01-11", "Thu"), "open"),
        ],
    ),
]


NAMES_B = {
    # b25en-08 robotics hardware x parts supplier
    6881: "Priya Natarajan",
    6882: "Tomasz Wierzbicki",
    6883: "Lena Okafor",
    6884: "森川 健吾",
    6885: "津田 沙織",
    # b25en-09 podcast network
    6886: "Marisol Vega",
    6887: "Dev Raman",
    6888: "Hannah Brooks",
    6889: "Kofi Mensah",
    6890: "Tidewater Bot",
    6891: "Ines Carvalho",
    # b25en-10 language school
    6895: "Rosa Lindqvist",
    6896: "Callum Reid",
    6897: "Yuki Arakawa",
    6898: "Olu Adeyemi",
    # b25en-11 restaurant group x fish supplier
    6901: "Gabriel Fontaine",
    6902: "Nadia Petrova",
    6903: "Sam Whitfield",
    6904: "吉岡 大輔",
    6905: "浜田 里美",
    # b25en-12 consulting deck review
    6910: "Eleanor Whitcombe",
    6911: "Rafael Duarte",
    6912: "Aisha Karim",
    6913: "Jonas Feldt",
    6914: "Bettina Moro",
    6915: "Kenji Oyama",
    # b25en-13 freight forwarder customs desk
    6920: "Marcus Lindgren",
    6921: "山下 美穂",
    6922: "小野寺 拓也",
    6923: "Priscilla Ng",
    # b25en-14 property management
    6930: "Colette Ambrose",
    6931: "Dmitri Sokolov",
    6932: "Felix Hartmann",
    6933: "Joy Castillo",
    6934: "Arjun Mehta",
}


def members_b(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES_B[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header to message n of the room, written by aid."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES_B[aid]}\n"


def TO(aid: int, suffix: str = "") -> str:
    return f"[To:{aid}]{NAMES_B[aid]}{suffix}\n"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


CONSENT_LT = chatwork_lt("2034-11-08")
CONSENT_BODY = "Maruyoshi payment-terms consent form — legal check before I sign"

CASES_B = [
    # ------------------------------------------------------------------
    conv(
        "b25en-08",
        (935008, "Kestrel Robotics × 森川精工 actuator parts"),
        members_b(6881, 6882, 6883, 6884, 6885),
        [
            (
                "2034-04-24 10:05",
                6884,
                TO(6883, "様")
                + "お世話になっております。森川精工の森川です。\nアクチュエータハウジング（図面Rev.C）の公差指示書を、7営業日以内にご送付いただけますでしょうか。",
            ),
            (
                "2034-04-24 10:30",
                6883,
                RP(6884, 1) + "ack — will send it over once Tomasz exports the latest 👍",
            ),
            (
                "2034-04-24 11:00",
                6881,
                TO(6882)
                + "can you export the Rev.C package for Lena by tomorrow? (STEP, drawing PDF, tolerance sheet)",
            ),
            (
                "2034-04-24 16:40",
                6882,
                RP(6881, 3)
                + "STEP + PDF are in /rev-c. tolerance sheet still needs the datum callouts",
            ),
            (
                "2034-04-25 10:20",
                6882,
                RP(6881, 3) + "tolerance sheet done too — whole Rev.C package is in /rev-c ✅",
            ),
            (
                "2034-04-25 10:45",
                6883,
                RP(6884, 1)
                + "森川さん, sent over the Rev.C tolerance sheet + STEP by email just now. 確認お願いします 🙏",
            ),
            (
                "2034-04-25 14:10",
                6885,
                TO(6881, "様")
                + "品質保証の津田です。初回ロットの受入検査基準書に御社の承認印が必要です。5/8(月)までにご返送いただけますか。",
            ),
            (
                "2034-04-25 14:30",
                6881,
                RP(6885, 7)
                + "津田さん thanks — quick q before I stamp it: is this the version with the 0.02 runout limit, or the old 0.05?",
            ),
            ("2034-04-25 15:05", 6885, RP(6881, 8) + "0.02の版です。添付のPDFが最新版になります。"),
            (
                "2034-04-25 15:20",
                6881,
                RP(6885, 7) + "great, will stamp and send it back before the holidays",
            ),
            (
                "2034-04-26 09:30",
                6884,
                "[toall]\n【お知らせ】弊社は4/29〜5/7をゴールデンウィーク休業とさせていただきます。期間中の出荷は5/8以降となります。",
            ),
            (
                "2034-04-26 10:00",
                6883,
                TO(6882)
                + "ugh, so the first housings ship 5/8 at the earliest. can you re-run the build plan with that? need it by Friday so I can tell ops",
            ),
            (
                "2034-04-26 10:15",
                6882,
                RP(6883, 12) + "np. I'll also ask 津田さん if they can air-ship the first 20 pcs",
            ),
            (
                "2034-04-27 17:50",
                6882,
                RP(6883, 12)
                + "build plan will be Monday — the vendor calendar import keeps failing 😩",
            ),
            (
                "2034-04-28 09:10",
                6882,
                QT(6882, 13, "I'll also ask 津田さん if they can air-ship the first 20 pcs")
                + "asked — she's checking with their logistics team",
            ),
            (
                "2034-05-01 09:40",
                6882,
                RP(6883, 12)
                + "still fighting the calendar import, build plan will be tomorrow. sorry!!",
            ),
            (
                "2034-05-01 10:10",
                6883,
                TO(6881) + "did the inspection sheet go back to 津田さん yet? 🙂",
            ),
            (
                "2034-05-01 10:30",
                6881,
                RP(6885, 7) + "津田さん, stamped and sent it back this morning 📨",
            ),
            (
                "2034-05-02 16:00",
                6882,
                RP(6883, 12) + "build plan v2 done, in the drive with the 5/8 ship date baked in",
            ),
            ("2034-05-02 16:20", 6883, "thx Tomasz 🙏🙏"),
        ],
        [
            task(1, ["公差"], [6883], ("2034-05-08", "Mon"), "done"),
            task(3, ["Rev.C"], [6882], ("2034-04-25", "Tue"), "done"),
            task(6, ["確認"], [6884], None, "open"),
            task(7, ["検査基準書"], [6881], ("2034-05-08", "Mon"), "done"),
            task(12, ["build plan"], [6882], ("2034-05-02", "Tue"), "done"),
            task(13, ["air"], [6882], None, "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b25en-09",
        (935009, "Tidewater Audio — production"),
        members_b(6886, 6887, 6888, 6889, 6890, 6891),
        [
            (
                "2034-07-12 09:30",
                6890,
                '[info][title]Weekly release calendar[/title]Ep 41 "Salt Roads" — publishes Tue 7/18 06:00\nEp 42 "Night Ferry" — publishes Tue 7/25 06:00[/info]',
            ),
            (
                "2034-07-12 09:50",
                6886,
                "[toall] ep 41 checklist 🎙️\n- Dev: final mix by Friday\n- Hannah: show notes, tomorrow 3pm\n- me: send the sponsor read to Bayline Coffee for sign-off",
            ),
            ("2034-07-12 10:02", 6887, "on it"),
            (
                "2034-07-12 11:30",
                6889,
                "fyi ep 43 guest Dr. Anneliese Vorberg confirmed — remote record 7/27 14:00 📅",
            ),
            (
                "2034-07-12 11:40",
                6886,
                RP(6889, 4) + "amazing 🙌 can you send her the prep pack? by Monday ideally",
            ),
            (
                "2034-07-13 14:50",
                6888,
                RP(6886, 2) + "show notes are up in the CMS, chapter markers too ✅",
            ),
            (
                "2034-07-14 17:30",
                6887,
                RP(6886, 2)
                + "mix is ~2/3 there, the cold open still has that HVAC hum 😩 final mix will be Monday",
            ),
            ("2034-07-15 12:10", 6891, "ep 41 thumbnails are in the drive 🎨"),
            (
                "2034-07-15 12:12",
                6891,
                "can someone double check the colours vs the new brand guide? not sure about the teal 🤔",
            ),
            (
                "2034-07-16 20:00",
                6886,
                "sent the sponsor read to Bayline for sign-off ✅",
            ),
            (
                "2034-07-17 10:00",
                6887,
                RP(6886, 2)
                + "final mix done, -16 LUFS, uploaded to the host for tomorrow's 6am slot",
            ),
            (
                "2034-07-17 10:20",
                6886,
                TO(6889) + "any news on the prep pack for Dr. Vorberg?",
            ),
            (
                "2034-07-17 10:40",
                6889,
                RP(6886, 5)
                + "legal still has the release form 🙃 will send the whole pack tonight",
            ),
            (
                "2034-07-17 11:00",
                6886,
                "[toall] reminder: today's Marine Day, nobody needs to be online 🌊 ep 41 goes out tomorrow 6am regardless",
            ),
            ("2034-07-18 09:15", 6888, "ep 41 is live 🎉"),
            (
                "2034-07-18 09:40",
                6886,
                TO(6887)
                + TO(6888)
                + "could you two put together the ep 42 rough cut by next Monday?",
            ),
            (
                "2034-07-18 10:00",
                6886,
                "[toall] for the ep 44–46 planning call: please each drop 2 topic ideas in the planning sheet by Thursday 🙏",
            ),
            ("2034-07-19 18:00", 6887, "my half of the rough cut is done"),
            (
                "2034-07-20 11:00",
                6891,
                QT(6891, 9, "can someone double check the colours vs the new brand guide?")
                + "bump 🙏",
            ),
            (
                "2034-07-20 11:30",
                6888,
                RP(6891, 9)
                + "checked them — teal was off-brand, swapped it for the darker one. all good now",
            ),
        ],
        [
            task(2, ["final mix"], [6887], ("2034-07-17", "Mon"), "done"),
            task(2, ["show notes"], [6888], ("2034-07-13T15:00", "Thu"), "done"),
            task(2, ["sponsor read"], [6886], None, "done"),
            task(5, ["prep pack"], [6889], ("2034-07-17", "Mon"), "open"),
            task(9, ["colours"], [], None, "done"),
            task(16, ["rough cut"], [6887, 6888], ("2034-07-24", "Mon"), "open"),
            task(17, ["topic ideas"], [6887, 6888, 6889, 6891], ("2034-07-20", "Thu"), "open"),
        ],
        self_account_id=6890,
    ),
    # ------------------------------------------------------------------
    conv(
        "b25en-10",
        (935010, "Maplewood Language Academy — front office"),
        members_b(6895, 6896, 6897, 6898),
        [
            ("2034-09-11 09:00", 6895, "morning all ☀️"),
            (
                "2034-09-11 09:05",
                6895,
                "FYI autumn term timetable is final 📎 placement tests are 9/20 and 9/21, room 3.",
            ),
            ("2034-09-11 09:10", 6896, "thanks Rosa!"),
            ("2034-09-11 09:30", 6897, "quick q — we're closed on the 18th, right? holiday?"),
            (
                "2034-09-11 09:35",
                6895,
                RP(6897, 4) + "yep, Respect for the Aged Day. and the 23rd is a Saturday anyway",
            ),
            (
                "2034-09-11 10:00",
                6898,
                "[toall] heads up: October intake invoices went out this morning. if a parent has questions about the new fee, feel free to send them my way",
            ),
            ("2034-09-11 10:20", 6896, "if anyone needs a hand on test day just shout 🙋"),
            (
                "2034-09-11 10:45",
                6897,
                QT(6895, 2, "placement tests are 9/20 and 9/21, room 3.")
                + "is room 3 the one with the broken projector? 😅",
            ),
            (
                "2034-09-11 10:50",
                6895,
                RP(6897, 8) + "no that was room 5 — the landlord's electrician fixed it last week",
            ),
            (
                "2034-09-11 11:30",
                6898,
                "pasting the note from the Kanda family so everyone's aware:\n[qt]Dear staff, could you please move Haruto's lessons to Thursdays from October? Kind regards, Ayumi Kanda[/qt]",
            ),
            (
                "2034-09-11 11:40",
                6895,
                RP(6898, 10)
                + "noted. Thursday slots are full till November, so that one's on hold for now",
            ),
            (
                "2034-09-11 13:15",
                6896,
                "re the timetable — B2 evening starts 19:00 not 18:30, already fixed in the PDF ✔️",
            ),
            (
                "2034-09-11 14:00",
                6897,
                "we should probably rethink the waiting-list process at some point 🤔",
            ),
            (
                "2034-09-12 09:10",
                6898,
                "btw copier lease is up for renewal 10/31. the leasing company emails the paperwork in October",
            ),
            (
                "2034-09-12 09:30",
                6895,
                "landlord says there'll be a fire drill sometime in October, I'll let you know once they confirm the date",
            ),
            (
                "2034-09-13 12:00",
                6896,
                "staff lunch Fri 12:30 at the ramen place on the corner, all welcome 🍜",
            ),
            ("2034-09-13 12:05", 6897, "I'm in 🍜"),
            ("2034-09-13 12:20", 6898, "me too\n-- Olu"),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    conv(
        "b25en-11",
        (935011, "Harbor & Ember Group × 丸吉水産"),
        members_b(6901, 6902, 6903, 6904, 6905),
        [
            (
                "2034-10-30 09:15",
                6904,
                TO(6902, "様")
                + "いつもありがとうございます。丸吉水産の吉岡です。\n11月の寒ブリ入荷予定表をお送りしました。数量のご確認をお願いします。今週中にご返事いただけると助かります。",
            ),
            (
                "2034-10-30 09:40",
                6902,
                RP(6904, 1)
                + "thanks 吉岡さん! checking with the kitchens, will get back to you this week 🙏",
            ),
            (
                "2034-10-30 09:45",
                6902,
                TO(6903)
                + "can you send me Ember Minato's buri numbers for Nov (kg/week)? by Wed noon pls",
            ),
            (
                "2034-10-30 10:30",
                6903,
                RP(6902, 3) + "yep, need to ask the sous chefs first — will have it tomorrow",
            ),
            (
                "2034-10-31 16:00",
                6903,
                RP(6902, 3)
                + "Ember Minato: 18kg/wk, 22 for the week of the 20th (private party). sent the sheet to your inbox too",
            ),
            (
                "2034-10-31 16:30",
                6902,
                RP(6904, 1)
                + "吉岡さん, confirmed the Nov quantities: 64kg/week, 70 for the week of 11/20. details in the attached sheet 📎",
            ),
            (
                "2034-11-01 10:00",
                6905,
                TO(6901, "様")
                + "経理の浜田です。10月分の請求書を発行しました。お支払い条件の変更に伴い、同意書へのご署名を11/10までにお願いいたします。",
            ),
            (
                "2034-11-01 10:20",
                6901,
                task_added(6902, CONSENT_LT, CONSENT_BODY, "date"),
            ),
            (
                "2034-11-01 10:25",
                6901,
                RP(6905, 7)
                + "浜田さん, received with thanks. We'll sign after a quick legal review.",
            ),
            (
                "2034-11-02 15:40",
                6904,
                "[toall]\n【ご連絡】11/3(金)は祝日のため配送はお休みです。11/4(土)は通常通り配送いたします。",
            ),
            (
                "2034-11-06 08:30",
                6903,
                "saturday's buri delivery had two boxes with broken ice packs 😬 fish was ok but borderline. photos are in the kitchen group",
            ),
            (
                "2034-11-06 08:40",
                6901,
                RP(6903, 11)
                + TO(6903)
                + "can you file a claim with 丸吉 today? they only take claims within 3 days of delivery",
            ),
            (
                "2034-11-06 09:20",
                6903,
                RP(6901, 12) + "I'm on the market run till 2 — can it wait till tomorrow?",
            ),
            (
                "2034-11-06 09:30",
                6901,
                QT(6901, 12, "can you file a claim with 丸吉 today?")
                + "Sam, never mind then 👍\n"
                + TO(6902)
                + "Nadia could you file it instead? has to go in today",
            ),
            ("2034-11-06 09:45", 6902, RP(6901, 14) + "on it"),
            (
                "2034-11-06 13:10",
                6902,
                RP(6901, 14)
                + "filed the claim with 吉岡さん, they'll credit both boxes on the Nov invoice ✅",
            ),
            (
                "2034-11-07 11:00",
                6902,
                task_done(6902, CONSENT_LT, CONSENT_BODY, "date"),
            ),
            (
                "2034-11-08 17:20",
                6905,
                TO(6901, "様") + "同意書の件、その後いかがでしょうか。",
            ),
            (
                "2034-11-09 10:00",
                6901,
                RP(6905, 7)
                + "浜田さん, signed and sent back the consent form this morning 🙇 sorry for the wait",
            ),
            (
                "2034-11-09 10:30",
                6904,
                TO(6902, "様")
                + "年末用の本マグロ特注について、ご希望の数量を12/8(金)までにお知らせいただけますか。",
            ),
        ],
        [
            task(1, ["数量"], [6902], ("2034-11-03", "Fri"), "done"),
            task(3, ["buri"], [6903], ("2034-10-31", "Tue"), "done"),
            task(7, ["同意書"], [6901], ("2034-11-10", "Fri"), "done"),
            task(8, ["consent form"], [6902], ("2034-11-08", "Wed"), "done"),
            task(14, ["claim"], [6902], ("2034-11-06", "Mon"), "done"),
            task(20, ["マグロ"], [6902], ("2034-12-08", "Fri"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b25en-12",
        (935012, "Ashgrove Partners — Halvorsen steerco deck"),
        members_b(6910, 6911, 6912, 6913, 6914, 6915),
        [
            (
                "2034-02-20 09:00",
                6910,
                "[toall] Halvorsen steerco deck — Bettina's comments are in 📝 owners:\n1) Rafael — rework the market-sizing slide (7) by Wednesday\n2) Aisha — redo the cost waterfall with Q4 actuals\n3) Jonas — appendix benchmarks, Thu\nme — exec summary rewrite",
            ),
            ("2034-02-20 09:12", 6911, "on it"),
            ("2034-02-20 09:20", 6913, RP(6910, 1) + "ack. thu's a holiday fwiw but fine"),
            (
                "2034-02-20 10:10",
                6912,
                RP(6910, 1)
                + "do we have the Q4 actuals yet? last I heard finance was still closing December",
            ),
            (
                "2034-02-20 10:25",
                6910,
                RP(6912, 4) + "yes — Rafael dropped them in /finance/Q4 on Friday",
            ),
            ("2034-02-20 10:40", 6912, RP(6910, 1) + "ok then, will redo it by Wednesday"),
            (
                "2034-02-21 16:00",
                6915,
                "fyi the new Ashgrove template is on the shared drive, the old one gets archived Friday",
            ),
            (
                "2034-02-22 11:00",
                6911,
                RP(6910, 1) + "slide 7 reworked — TAM is now bottom-up from store counts",
            ),
            (
                "2034-02-22 19:40",
                6912,
                RP(6910, 1)
                + "waterfall's 2/3 done, logistics bucket still doesn't reconcile with finance 😓 I'll need until Friday, sorry",
            ),
            ("2034-02-22 19:45", 6910, RP(6912, 9) + "np, Friday works"),
            ("2034-02-23 21:10", 6913, "benchmarks appendix done, slides 31–38"),
            (
                "2034-02-24 09:00",
                6914,
                TO(6910)
                + "client moved the steerco to 3/2. can you get me a clean PDF by next Tuesday?",
            ),
            ("2034-02-24 09:20", 6910, RP(6914, 12) + "will do"),
            (
                "2034-02-24 17:50",
                6912,
                RP(6910, 1) + "cost waterfall redone w/ Q4 actuals, logistics reconciles now ✅",
            ),
            (
                "2034-02-27 10:00",
                6910,
                QT(6910, 1, "me — exec summary rewrite")
                + "done, it's slide 2.\n"
                + TO(6914)
                + "could you give the exec summary a read before I make the PDF?",
            ),
            ("2034-02-27 15:30", 6914, RP(6910, 15) + "read it, LGTM 👍"),
            (
                "2034-02-28 11:00",
                6910,
                RP(6914, 12)
                + "PDF will be tomorrow — Jonas found two broken links in the appendix",
            ),
            ("2034-02-28 17:30", 6915, "friday drinks at Kobo at 7, anyone? 🍻"),
        ],
        [
            task(1, ["market-sizing"], [6911], ("2034-02-22", "Wed"), "done"),
            task(1, ["cost waterfall"], [6912], ("2034-02-24", "Fri"), "done"),
            task(1, ["benchmarks"], [6913], ("2034-02-23", "Thu"), "done"),
            task(1, ["exec summary"], [6910], None, "done"),
            task(12, ["PDF"], [6910], ("2034-03-01", "Wed"), "open"),
            task(15, ["exec summary"], [6914], None, "done"),
        ],
        self_account_id=6910,
    ),
    # ------------------------------------------------------------------
    conv(
        "b25en-13",
        (935013, "Northgate Forwarding — Tokyo customs desk"),
        members_b(6920, 6921, 6922, 6923),
        [
            (
                "2034-12-20 10:00",
                6923,
                "forwarding from Fernbrook Outdoor 👇\n[qt]Hi Priscilla, we need the HS classification for the new carbon tent poles confirmed by 12/27, otherwise our January container sits at the port. Could you also check if the EPA rate applies? Best, Wren[/qt]",
            ),
            (
                "2034-12-20 10:15",
                6923,
                TO(6921, "さん")
                + "for Fernbrook's tent poles, pls:\n- HS code confirmation — by 12/26\n- EPA preferential rate check — 年内 is fine 🙏",
            ),
            (
                "2034-12-20 10:40",
                6921,
                RP(6923, 2) + "承知しました。HSコードは12/25までに確定させます。",
            ),
            ("2034-12-20 11:00", 6922, "スペックシート、共有フォルダに入れておきました📁"),
            (
                "2034-12-21 09:30",
                6920,
                "[toall] year-end schedule 📅 office closed 12/29–1/3. last customs filings go in 12/28 by 15:00.",
            ),
            (
                "2034-12-21 09:45",
                6920,
                TO(6922, "さん")
                + "can you book a bonded warehouse slot for the Fernbrook container? tomorrow 3pm latest",
            ),
            ("2034-12-21 10:05", 6922, RP(6920, 6) + "了解です、やっておきます👍"),
            (
                "2034-12-22 14:20",
                6922,
                RP(6920, 6) + "倉庫に電話しましたが担当者不在でした😓 折り返し待ちです。",
            ),
            ("2034-12-22 16:40", 6922, RP(6920, 6) + "倉庫、12/27の枠を押さえました。"),
            (
                "2034-12-25 17:10",
                6921,
                RP(6923, 2)
                + "HSコード、6306.22で確定しました。根拠資料は共有フォルダにあります。EPA税率はまだ原産地証明の確認中です。",
            ),
            (
                "2034-12-25 17:30",
                6923,
                RP(6921, 10) + "thank you!! I'll forward the HS code to Wren tonight",
            ),
            (
                "2034-12-26 09:00",
                6923,
                "forwarded the HS code to Wren last night, she's happy 🙌",
            ),
            (
                "2034-12-26 10:00",
                6921,
                TO(6922, "さん")
                + "Brightwater Teaの輸入申告書、3営業日以内に作成をお願いします。インボイスは届いています。",
            ),
            ("2034-12-26 10:10", 6922, RP(6921, 13) + "承知です💪"),
            (
                "2034-12-27 16:00",
                6920,
                TO(6921, "さん")
                + "any update on the EPA check? no pressure, just want to tell Fernbrook where we are",
            ),
            (
                "2034-12-27 16:20",
                6921,
                RP(6920, 15)
                + "原産地証明の書式がEUの新様式と合っていないので、先方に再発行を依頼中です。まだ止まっています🙏",
            ),
            (
                "2034-12-28 14:30",
                6922,
                RP(6921, 13)
                + "申告書、8割できました。残りは原産地の欄だけなので年明けに仕上げます。",
            ),
            (
                "2035-01-04 10:30",
                6922,
                RP(6921, 13) + "輸入申告書、作成完了しました📄 明日の朝イチで提出します。",
            ),
            (
                "2035-01-04 10:45",
                6921,
                RP(6922, 18) + "ありがとうございます！よろしくお願いします。",
            ),
        ],
        [
            task(2, ["HS"], [6921], ("2034-12-25", "Mon"), "done"),
            task(2, ["EPA"], [6921], ("2034-12-31", "Sun"), "open"),
            task(6, ["warehouse"], [6922], ("2034-12-22T15:00", "Fri"), "done"),
            task(11, ["HS code"], [6923], None, "done"),
            task(13, ["輸入申告書"], [6922], ("2035-01-04", "Thu"), "done"),
            task(18, ["提出"], [6922], ("2035-01-05T10:00", "Fri"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b25en-14",
        (935014, "Larchmont PM — Sakuragaoka Residence repairs"),
        members_b(6930, 6931, 6932, 6933, 6934),
        [
            (
                "2034-08-07 09:10",
                6934,
                "Morning all. Lobby intercom is dead again 😤 we need it fixed by Thursday — the fire inspection is next Monday.\n-- Arjun, HOA board",
            ),
            ("2034-08-07 09:25", 6930, RP(6934, 1) + "so sorry Arjun, on it."),
            (
                "2034-08-07 09:40",
                6930,
                TO(6931)
                + TO(6932)
                + "other open items:\n• unit 304 leak under the kitchen sink — Felix, tomorrow\n• stairwell B light fittings, replace all 8 — Dmitri, Wed\n• quote for repainting the bike shed — Felix",
            ),
            ("2034-08-07 10:00", 6932, RP(6930, 3) + "np 👍 tenant in 304 confirmed for tmrw"),
            (
                "2034-08-07 13:30",
                6931,
                RP(6934, 1) + "called the intercom company twice, no answer. left a voicemail 📞",
            ),
            (
                "2034-08-07 15:00",
                6933,
                "FYI 2F tenants were told the hallway carpet gets cleaned on 8/16, notices are up in the lift",
            ),
            (
                "2034-08-08 12:40",
                6932,
                RP(6930, 3)
                + "304 sorted — trap was cracked, swapped it. the dishwasher hose is perished too, I'd replace it next visit if you OK it",
            ),
            ("2034-08-08 14:00", 6931, RP(6934, 1) + "intercom tech coming Thu 9am 🤞"),
            (
                "2034-08-09 17:45",
                6931,
                RP(6930, 3)
                + "stairwell B: 5 of 8 fittings swapped, ran out of LED units. still waiting on the supplier",
            ),
            (
                "2034-08-10 11:20",
                6931,
                RP(6934, 1)
                + "intercom's working again — tech replaced the control board, tested all 24 units ✅",
            ),
            ("2034-08-10 11:30", 6934, RP(6931, 10) + "great, thank you!"),
            (
                "2034-08-10 16:00",
                6930,
                RP(6930, 3)
                + "Felix, scrap the bike shed quote — the board's tearing it down next spring",
            ),
            (
                "2034-08-11 10:00",
                6933,
                "office closed today (Mountain Day) ⛰️ emergency line is forwarded to my mobile",
            ),
            (
                "2034-08-14 09:00",
                6930,
                TO(6931) + "any update on stairwell B? 3F says the landing is still dark",
            ),
            (
                "2034-08-14 09:20",
                6931,
                RP(6930, 3) + "LEDs arrived this morning, will finish it by noon tomorrow",
            ),
            ("2034-08-15 11:50", 6931, RP(6930, 3) + "stairwell B done, all 8 in 💡"),
            (
                "2034-08-16 10:00",
                6932,
                "re the 304 dishwasher hose — still want me to swap it? ~¥4,800 parts + 30 min",
            ),
            (
                "2034-08-16 10:30",
                6930,
                RP(6932, 17) + "yes please, next Monday works for the tenant",
            ),
            ("2034-08-16 10:35", 6932, RP(6930, 18) + "👍 will do"),
        ],
        [
            task(1, ["intercom"], [], ("2034-08-10", "Thu"), "done"),
            task(3, ["leak"], [6932], ("2034-08-08", "Tue"), "done"),
            task(3, ["stairwell"], [6931], ("2034-08-15T12:00", "Tue"), "done"),
            task(18, ["hose"], [6932], ("2034-08-21", "Mon"), "open"),
        ],
    ),
]


CASES = CASES_A + CASES_B
