# ruff: noqa: E501
"""Blind set 24, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b24en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 24, English half (part a): seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (asking for a few more days on a review, out-of-office
hand-overs, "still blocked / retrying" reports, closing work as no longer needed,
post-incident action items with owners) and workplace-writing pages (Japanese
business-chat request phrasing with deadlines, 進捗報告 / 途中経過 / 不在・折り返し
reports, Slack shorthand and reaction etiquette such as ack / np / ptal / LGTM).
Every person, company, room, product, URL and sentence here is invented and
written fresh; nothing is copied. Gold dues were computed with a throwaway script
in /tmp/b24 (datetime + jpholiday, one function per row of the spec's deadline
table: EOD / today, tomorrow, bare weekday with today included, next + weekday
(also sent on a Sunday), this week / 今週中 (also sent on a Sunday), 週明け over
海の日, N営業日以内 over 海の日, the 3/21 substitute holiday and 12-29 .. 01-03,
the M/D window rule across the year end, 年内, 3pm, noon, 17時, 夕方), never by
hand, and each due carries its weekday so build.py catches a typo. Phrases the spec
does not define (COB, tonight, after lunch, end of next week) appear only where no
task depends on them. Cancelled tasks are left out of the gold, as the spec drops
them. All rooms run on Asia/Tokyo in 2033; one room crosses the year-end break into
January 2034.

Domains: a fintech startup's platform team before Golden Week (English, a bot as
the self account, [toall] excluding it), a film production office with a Tokyo
co-producer (mixed: Japanese requesters, English replies; 明日の17時, 夕方, 3営業日以内
and 週明け over 海の日), a university imaging lab (English; numbered meeting notes,
"next Monday" sent on a Sunday landing on 敬老の日), a hotel chain's revenue desk
(no task at all), an e-commerce customer-support team (English; a bullet backlog,
a pasted customer letter, [toall] "this week"), an architecture firm with a
Japanese client (mixed; "we need X by 3/18(金)", 3営業日以内 over the 3/21
substitute holiday) and a translation agency over the year end (mixed: English
requester, Japanese replies; a human as the self account, [To:] the self account,
Chatwork task markup with a time, 年内, ３営業日以内 in full-width digits across
12-29 .. 01-03, a deadline moved to 1/6 of the next year).

Covers: list messages ("- Tomas: ...", "1) Aiko — ...", "• ... — Jonas, Thu",
"me — ...", "1) 駐車許可の手配 — 武田", a line for "誰か" with nobody named, a line
naming two members); commitments without a time ("I'll take this one" to an FYI,
"I'll chase the Lisbon vendor"); implicit work (a reply "added the idempotency
check, PR's up — ptal" and "お送りしました。ご確認お願いします" that close the
delivered task and open a review for the replied-to person); two tasks in one
sentence; "can someone ..." with nobody named; a client's "...が必要です" and a
quoted customer letter whose "by 2/14" is not the deadline; acceptances by reply
that set the deadline ("will order them today", "by Thursday") or leave it alone
("tonight"); deadlines moved by the assignee ("I'll need until next Wednesday",
"I'll need until Monday", "hand them out Wednesday instead") and by the requester
("please deliver by 1/6 instead"); cancellations by quote ("never mind this",
"scrap this one", "scrap that"); completion in other words (LGTM, sorted, sent
over, submitted, つながりました, 受理済み, 購入しました, Chatwork task_done) by reply,
by quote with qtmeta and bare from an assignee's only open task; a bare "mine's
in" from one assignee of a multi-assignee task closing nothing; partial progress
and failed attempts (2 of 5 plates, 3 of 5 variants, 18 of 42 pages, voicemail,
403 from a portal, no reply to two emails, still blocked on the PSP, まだ半分)
closing nothing; look-alikes that ask for nothing (notices, bot reports, pasted
letters, conditions, offers, "I can help out", promises to report, questions for
information, reports of someone else's action, schedules, dates that describe
the thing). The room without a task is b24en-04.

Part B
------
Blind set 24, English half (b): seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (asking for a look at a PR and for more time, missing
translations blocking a build, closing work as superseded / no longer needed,
incident and shift hand-over notes with owners, release checklists and
cherry-pick/backport volunteering) and workplace-writing pages (Japanese
business-chat request phrasing with deadlines, Slack etiquette on terse
acknowledgements and emoji, 納期遅延 / 見積 reporting phrases). Every person,
company, room, product and sentence here is invented and written fresh; nothing is
copied. Gold dues were computed with a throwaway script in /tmp/b24 (datetime +
jpholiday, one function per row of the spec's deadline table: today / EOD /
tomorrow, bare weekday, next + weekday, 今週中, N営業日以内 skipping weekends,
Japanese holidays and 12-29 .. 01-03, 年内, the M/D window rule, times such as 3pm
and 明日の17時), never by hand, and each due carries its weekday so build.py
catches a typo. Phrases the spec does not define (COB, tonight, end of next week,
after lunch, 連休明け) appear only in messages that hold no task, never as a
task's deadline. Cancelled tasks are left out of the gold, as the spec drops them.
All rooms run on Asia/Tokyo in 2033; one room crosses the year-end break into
January 2034.

Domains: a game studio's QA and localisation room (mixed: Japanese producer,
English testers; 今週中 landing on 昭和の日, 3営業日以内 over Golden Week moved by
the assignee's "next Monday" acceptance), an NGO field office (a "- Name:" action
list with a "me —" line, "can I have until Monday?" answered by the requester with
Monday = 海の日, a bare completion from an assignee with two open tasks), a car
rental branch at Narita (mixed, a fleet bot as self account, [toall] excluding it,
a customer's request in 「」, a quote with qtmeta closing a commitment, "scrap
that"), a SaaS sales team with a Japanese distributor (mixed, a pasted customer
request in [qt], 5営業日以内 over 勤労感謝の日 re-set by an acceptance and moved
again by an assignee, a distributor's "we need X by Friday", ptal / LGTM), a
school international office (no task at all: schedules, notices, a quoted student
email, offers, a promise to report, someone else's completed work), a wine
importer's warehouse (a "• … — Name, Tue" prep list, a deadline moved off 山の日 by
the requester, a list inside a reply, Chatwork task markup added and done, "never
mind"), and an open-source maintainers room (a human as self account, [toall]
excluding it, 年内, 3営業日以内 across 12-29 .. 01-03 into 2034 then moved to 1/5,
a quoted user issue, PR up / ptal / merged).

Covers: implicit-work asks by reply after a delivery (確認お願いします, ptal), which
both close the delivered task and open a review for the replied-to person;
lists with "・… — Name さん、明日まで", "- Name:", "me —", "1) Name —",
"• … — Name, Tue" and a list inside a reply; commitments without a time or "I"
(見積もり取っておきます, "I'll take this one", "will do it tomorrow"); "can someone"
with nobody named; a [toall] request; a customer's "we need … by Friday";
acceptances that set or re-set the deadline ("will share it by next Monday at the
latest", "we'll have the guide to you by next Monday"); deadlines moved by the
requester ("Monday works", "Friday's fine", 1/5 で大丈夫です) and by an assignee
("we'll send it by Wednesday"); dates that describe the thing (the Thursday
distribution run, the 9/17 weekend, 審査会が12/5, 9/23 は祝日); completion in other
words (booked, sent over, sorted, is live, is up, merged, LGTM, 直しました,
そろいました) by reply, by quote with qtmeta, by Chatwork task_done and bare from
an assignee's only open task; a bare completion from an assignee with two open
tasks and a bare "mine are all fine" / 鍵返しました from one assignee of a
multi-assignee task closing nothing; partial progress and failed attempts (2 of 3
devices, 14 of 32, half the JP version, 11 and 18 of 22 spots, 2 of 3 commits,
voicemail, no answer, a portal timing out, a PyPI 403) closing nothing; cancellations in other words ("scrap
that — no quote needed", "never mind — no restock needed"); look-alikes that ask for
nothing (requests in 「」 and [qt], "shout if anything's unclear", "ping me if you
get stuck", "let me know", "happy to help out", schedules, bot alerts, holiday
notices, a promise to report, thanks, questions for information); noise (emoji,
:shortcode:, lowercase, typos, "-- Pete" signatures). The room without a task is
b24en-12.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b24en-01 fintech platform team
    6401: "Priya Raman",
    6402: "Tomas Lindqvist",
    6403: "Kenji Mori",
    6404: "Dana Whitfield",
    6405: "Olu Bankole",
    6406: "ledger-bot",
    # b24en-02 film production office
    6411: "桜井 芽衣",
    6412: "Hollis Grant",
    6413: "Noor Haddad",
    6414: "武田 遼",
    6415: "Emil Varga",
    # b24en-03 university imaging lab
    6421: "Ingrid Halvorsen",
    6422: "Aiko Brandt",
    6423: "Rafael Oyelaran",
    6424: "Min-jun Seo",
    6425: "Lotte Vance",
    # b24en-04 hotel revenue desk
    6431: "Gwen Abernathy",
    6432: "Arjun Malhotra",
    6433: "石原 裕子",
    6434: "Felix Dorn",
    6435: "Maeve Costa",
    # b24en-05 e-commerce customer support
    6441: "Bea Kowalczyk",
    6442: "Jonas Pereira",
    6443: "Yui Tanabe",
    6444: "Marcus Lee",
    6445: "Sofia Alvarez",
    # b24en-06 architecture firm and Japanese client
    6451: "北浦 誠",
    6452: "Clara Montoya",
    6453: "Sven Aalto",
    6454: "Idris Fennell",
    6455: "中野 彩",
    # b24en-07 translation agency
    6461: "Harriet Quinlan",
    6462: "加藤 直樹",
    6463: "Lena Fischer",
    6464: "森下 千尋",
    6465: "Pablo Ruiz",
}


def members(*aids: int) -> list[tuple[int, str]]:
    return [(a, NAMES[a]) for a in aids]


def RP(aid: int, n: int, san: bool = False) -> str:
    """A Chatwork reply header pointing at message n of the room."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}{'さん' if san else ''}\n"


def TO(aid: int, san: bool = False) -> str:
    return f"[To:{aid}]{NAMES[aid]}{'さん' if san else ''}\n"


def QT(aid: int, n: int, text: str) -> str:
    """A Chatwork quote of message n (by aid) of the room."""
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


TERMS_BODY = "Aoba IFU: review the client terminology list"
TERMS_LT = chatwork_lt("2033-12-21", "15:00")

CASES_A = [
    # ------------------------------------------------------------------
    conv(
        "b24en-01",
        (934001, "platform-eng 🛠"),
        members(6401, 6402, 6403, 6404, 6405, 6406),
        [
            (
                "2033-04-25 09:12",
                6406,
                "[info][title]deploy notice[/title]payments-api v2.14.0 is live on staging. prod rollout is scheduled for after the GW freeze.[/info]",
            ),
            (
                "2033-04-25 09:30",
                6401,
                TO(6402)
                + "follow-ups from friday's settlement incident:\n- Tomas: add an idempotency key check to the refund webhook handler, by Thursday\n- me: write up the incident timeline for Dana",
            ),
            ("2033-04-25 09:50", 6404, "thx Priya :pray: I'll keep the board posted"),
            (
                "2033-04-25 11:30",
                6402,
                "fyi teh ledger export job is timing out again on the JPY sub-accounts :face_with_spiral_eyes:",
            ),
            ("2033-04-25 11:34", 6405, RP(6402, 4) + "I'll take this one"),
            ("2033-04-25 12:10", 6403, "anyone else seeing slow CI today? 🐢"),
            (
                "2033-04-25 12:14",
                6402,
                RP(6403, 6)
                + "yeah runners are saturated, infra says they should be back after lunch",
            ),
            (
                "2033-04-25 13:15",
                6404,
                "[toall]\nplease add your GW on-call availability to the rota sheet by Wednesday 🙏",
            ),
            ("2033-04-25 13:22", 6403, "mine's in"),
            (
                "2033-04-25 14:40",
                6402,
                RP(6401, 2) + "added the idempotency check, PR's up — ptal 🙏",
            ),
            ("2033-04-25 15:10", 6401, RP(6402, 10) + "LGTM 👍 nice tests"),
            (
                "2033-04-25 15:45",
                6405,
                RP(6402, 4)
                + "tried bumping the job timeout to 15 min, still dies around 40k rows 😩",
            ),
            (
                "2033-04-26 10:10",
                6406,
                "[info][title]nightly reconciliation[/title]2 mismatches: acct 88123, acct 88190. runbook: https://wiki.example.invalid/recon[/info]",
            ),
            (
                "2033-04-26 10:30",
                6401,
                TO(6402)
                + "could you dig into those 2 recon mismatches? by 3pm if possible, before the freeze kicks in",
            ),
            ("2033-04-26 10:33", 6402, RP(6401, 14) + "ack"),
            (
                "2033-04-26 11:55",
                6402,
                RP(6401, 14)
                + "88123 was a rounding diff, fixed. 88190 is still blocked on the PSP side — ticket's open with them, they said COB their time",
            ),
            (
                "2033-04-26 14:00",
                6401,
                QT(6401, 2, "- me: write up the incident timeline for Dana")
                + "done, it's in the incident folder and Dana has the link 📄",
            ),
            (
                "2033-04-26 16:30",
                6404,
                "[toall] change freeze starts Thursday 18:00, no prod deploys until 5/6. have a good GW 🎏\n-- Dana",
            ),
            (
                "2033-04-27 09:00",
                6406,
                "[info][title]rota sheet[/title]GW on-call rota: 2 of 4 filled[/info]",
            ),
        ],
        [
            task(2, ["idempotency"], [6402], ("2033-04-28", "Thu"), "done"),
            task(2, ["timeline"], [6401], None, "done"),
            task(5, ["export"], [6405], None, "open"),
            task(8, ["rota"], [6401, 6402, 6403, 6405], ("2033-04-27", "Wed"), "open"),
            task(10, ["idempotency"], [6401], None, "done"),
            task(14, ["mismatch"], [6402], ("2033-04-26T15:00", "Tue"), "open"),
        ],
        self_account_id=6406,
    ),
    # ------------------------------------------------------------------
    conv(
        "b24en-02",
        (934002, "Night Ferry｜制作 production"),
        members(6411, 6412, 6413, 6414, 6415),
        [
            (
                "2033-07-11 10:00",
                6411,
                TO(6413, san=True)
                + "お疲れ様です。来週の横浜ロケの件で、ロケ地の使用許可申請書を明日の17時までにご提出いただけますか。書式は共有フォルダにあります。",
            ),
            (
                "2033-07-11 10:20",
                6413,
                RP(6411, 1, san=True) + "Got it, will get it in by then 👍",
            ),
            (
                "2033-07-11 10:40",
                6412,
                "morning all. reminder the Yokohama recce van leaves the office at 7:30 on Thursday 🚐",
            ),
            (
                "2033-07-11 11:40",
                6414,
                "横浜港の管理事務所に電話しましたが、担当の方が不在でした。夕方に再度電話します。",
            ),
            (
                "2033-07-11 13:05",
                6415,
                "heads up: colour pass for reel 2 moved to 7/20 at the Shibuya suite. no action needed, just so it's in your calendars",
            ),
            (
                "2033-07-11 17:20",
                6414,
                "管理事務所とつながりました👌 搬入口は朝9時から使えるとのことです。",
            ),
            (
                "2033-07-12 16:10",
                6413,
                RP(6411, 1, san=True)
                + "申請書 submitted via their web form — receipt no. YK-22817",
            ),
            (
                "2033-07-12 16:15",
                6411,
                RP(6413, 7, san=True) + "ありがとうございます！🙏",
            ),
            (
                "2033-07-14 18:30",
                6412,
                "recce done. photos are in /NightFerry/Recce/0714 📸",
            ),
            (
                "2033-07-15 09:50",
                6411,
                TO(6415, san=True)
                + "予告編の英語字幕のチェック、3営業日以内にお願いできますか？台本の最新版も添付します🙏",
            ),
            ("2033-07-15 10:05", 6415, RP(6411, 10, san=True) + "sure thing, on it"),
            (
                "2033-07-15 15:00",
                6414,
                "ロケハンを受けてのTODOです\n1) 駐車許可の手配 — 武田\n2) 近隣住民へのお知らせ配布 — Noorさん、週明けまで\n3) 雨天時の代替スケジュール作成 — 誰か手の空いている方",
            ),
            (
                "2033-07-15 15:30",
                6413,
                RP(6414, 12, san=True)
                + "leaflets: the printer can only deliver Tuesday, so I'll hand them out Wednesday instead",
            ),
            ("2033-07-15 15:40", 6414, RP(6413, 13) + "了解です、水曜でOKです🙆"),
            (
                "2033-07-19 11:00",
                6415,
                RP(6411, 10, san=True)
                + "halfway through the subs — the reel 2 export has no burnt-in timecode yet, waiting on the editor",
            ),
            ("2033-07-19 14:00", 6414, "駐車許可、警察署に申請して受理済みです👮‍♂️"),
            (
                "2033-07-19 16:00",
                6411,
                "[toall]\n7/26撮影の香盤表（確定版）です。\nhttps://drive.example.invalid/nightferry/kouban_0726\n変更があればまたこちらで共有します。",
            ),
            (
                "2033-07-19 16:20",
                6413,
                RP(6414, 12, san=True)
                + "rain plan: roughly half drafted, the warehouse option is still open",
            ),
            (
                "2033-07-19 16:45",
                6412,
                "forecast looks dry for the 26th anyway ☀️ we'll know more tonight",
            ),
        ],
        [
            task(1, ["申請書"], [6413], ("2033-07-12T17:00", "Tue"), "done"),
            task(4, ["電話"], [6414], ("2033-07-11T17:00", "Mon"), "done"),
            task(10, ["字幕"], [6415], ("2033-07-21", "Thu"), "open"),
            task(12, ["駐車許可"], [6414], None, "done"),
            task(12, ["お知らせ"], [6413], ("2033-07-20", "Wed"), "open"),
            task(12, ["代替"], [], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b24en-03",
        (934003, "Halvorsen Lab · imaging"),
        members(6421, 6422, 6423, 6424, 6425),
        [
            (
                "2033-09-12 10:00",
                6421,
                "Notes from this morning's group meeting:\n1) Aiko — re-run the confocal batch with the new antibody dilution, by Friday\n2) Rafael & Min-jun — merge your segmentation scripts into one repo by next Monday\n3) Lotte to order the 35mm glass-bottom dishes\n4) I'll send the revised abstract to the consortium tomorrow\nThanks all, good discussion today.",
            ),
            ("2033-09-12 10:15", 6425, RP(6421, 1) + "will order them today 👍"),
            (
                "2033-09-12 11:30",
                6424,
                QT(
                    6421,
                    1,
                    "2) Rafael & Min-jun — merge your segmentation scripts into one repo by next Monday",
                )
                + "which repo, ours or the shared consortium one?",
            ),
            (
                "2033-09-12 11:48",
                6421,
                RP(6424, 3) + "ours (lab-seg). the consortium one is read-only for us",
            ),
            ("2033-09-13 09:05", 6421, "revised abstract sent to the consortium 📨"),
            (
                "2033-09-13 14:20",
                6422,
                "confocal update: 2 of 5 plates imaged so far, the scope booking ran out at 2pm 😩",
            ),
            (
                "2033-09-14 10:00",
                6424,
                "merged my half of the segmentation code into lab-seg/main",
            ),
            ("2033-09-14 10:30", 6425, "dishes ordered — should arrive Thursday"),
            (
                "2033-09-14 13:00",
                6421,
                TO(6424)
                + "can you book a cryo-EM slot at the facility for early October? by Thursday please, their calendar fills up fast",
            ),
            ("2033-09-14 13:20", 6424, RP(6421, 9) + "will do"),
            (
                "2033-09-15 11:00",
                6424,
                RP(6421, 9)
                + "tried booking, the facility portal keeps throwing a 403 at me. emailed their admin",
            ),
            (
                "2033-09-15 16:00",
                6421,
                QT(
                    6421,
                    9,
                    "can you book a cryo-EM slot at the facility for early October?",
                )
                + "never mind this — Lotte already holds a slot for us on 10/4 🙌",
            ),
            (
                "2033-09-16 17:30",
                6422,
                RP(6421, 1)
                + "confocal batch isn't finished — the scope went down again at plate 3 of 5. I'll need until next Wednesday, sorry",
            ),
            (
                "2033-09-16 17:45",
                6421,
                RP(6422, 13) + "no problem, thanks for flagging",
            ),
            (
                "2033-09-18 20:00",
                6423,
                TO(6421)
                + "methods section draft is in the paper folder (methods_v2.docx). could you have a look by next Monday? 🙏",
            ),
            ("2033-09-18 21:30", 6421, RP(6423, 15) + "thx, will read it tonight 🌙"),
            (
                "2033-09-20 09:00",
                6423,
                RP(6421, 1) + "segmentation: both halves merged into lab-seg/main, tests pass ✅",
            ),
            (
                "2033-09-20 09:30",
                6422,
                "quick q: is 9/23 a lab closure or just no seminar?",
            ),
            (
                "2033-09-20 09:40",
                6425,
                RP(6422, 18) + "building's open, just no seminar. card access as usual",
            ),
        ],
        [
            task(1, ["confocal"], [6422], ("2033-09-21", "Wed"), "open"),
            task(1, ["segmentation"], [6423, 6424], ("2033-09-19", "Mon"), "done"),
            task(1, ["dishes"], [6425], ("2033-09-12", "Mon"), "done"),
            task(1, ["abstract"], [6421], ("2033-09-13", "Tue"), "done"),
            task(15, ["methods"], [6421], ("2033-09-19", "Mon"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b24en-04",
        (934004, "Revenue desk · Kanto properties"),
        members(6431, 6432, 6433, 6434, 6435),
        [
            (
                "2033-11-01 09:00",
                6431,
                "morning all ☕ Shinagawa pickup is +6% vs the same time last week",
            ),
            (
                "2033-11-01 09:20",
                6432,
                "FYI pricing committee moves to Wednesday 15:00 this week (room 4B)",
            ),
            (
                "2033-11-01 09:45",
                6431,
                "forwarding from the OTA side so it's on record:\n[qt]Hi team, please confirm the Black Friday allotments for all three properties by Friday. Best, Mara (Skyroute Travel)[/qt]\nHiroko already confirmed these with Mara by phone this morning, so nothing to do here",
            ),
            ("2033-11-01 10:02", 6433, "はい、今朝電話で確認済みです👍"),
            (
                "2033-11-01 10:30",
                6434,
                "if the 25th is still under 70% occupancy on Wednesday we'll open the locals promo code. just flagging, no decision yet",
            ),
            (
                "2033-11-01 11:00",
                6432,
                "here's the comp-set rate shop for next weekend 👉 https://rm.example.invalid/shop/1105 lmk if anything looks off",
            ),
            ("2033-11-01 11:15", 6434, "thanks Arjun 🙏"),
            (
                "2033-11-01 13:40",
                6431,
                "does anyone know when the STR report lands this month?",
            ),
            (
                "2033-11-01 13:52",
                6433,
                RP(6431, 8) + "たぶん第2水曜です。usually lands COB-ish",
            ),
            (
                "2033-11-01 15:10",
                6434,
                "if anyone needs the 2032 actuals export, just ask — I've got it cached",
            ),
            (
                "2033-11-02 09:05",
                6432,
                "GM approved the group rate for the Nishimura wedding block yesterday 🎉",
            ),
            (
                "2033-11-02 09:30",
                6431,
                "I'll let you all know when I hear back from the GM about the Osaka cap",
            ),
            (
                "2033-11-02 10:00",
                6435,
                "11/3は祝日のため、日次レポートの配信はお休みです。11/4から通常どおり配信します。",
            ),
            ("2033-11-02 11:20", 6434, "I can help out if anyone's swamped this week"),
            (
                "2033-11-02 14:00",
                6432,
                "[toall] reminder: the rate freeze for the 11/23 holiday weekend starts end of next week. no manual overrides after that 🙅",
            ),
            ("2033-11-02 14:10", 6435, RP(6432, 15) + "了解です"),
            ("2033-11-03 10:00", 6431, "happy 文化の日 to those off today 🎌"),
            (
                "2033-11-04 16:00",
                6431,
                "GM says the Osaka cap stays as is. thanks everyone, have a good weekend",
            ),
            ("2033-11-04 16:05", 6433, "お疲れさまでした🙇‍♀️"),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    conv(
        "b24en-05",
        (934005, "CS · Tidewell Outfitters"),
        members(6441, 6442, 6443, 6444, 6445),
        [
            (
                "2033-02-07 09:10",
                6441,
                'backlog for this week:\n• chargeback evidence for order #58812 — Jonas, Thu\n• rewrite the "where is my order" macro — Yui, by Friday\n• call back the wholesale buyer at Kestrel Bikes — Marcus\n• me — sort out the refund approval limits with finance',
            ),
            ("2033-02-07 09:25", 6442, "👍"),
            (
                "2033-02-07 09:40",
                6443,
                RP(6441, 1)
                + "will do! ok if I reuse the tracking-status wording from the carrier page?",
            ),
            ("2033-02-07 09:42", 6441, RP(6443, 3) + "yep, that's fine"),
            (
                "2033-02-07 11:05",
                6444,
                "called Kestrel twice, straight to voicemail both times. left a msg 📞",
            ),
            (
                "2033-02-08 10:00",
                6442,
                "can someone file the DHL damage claim for the crushed box on #58790? I'm buried in chargebacks 😵",
            ),
            (
                "2033-02-08 10:40",
                6445,
                "fyi the help center banner for the Feb sale is live",
            ),
            (
                "2033-02-08 14:15",
                6444,
                RP(6441, 1)
                + "got hold of Kestrel, sorted 👍 they're fine with the partial shipment",
            ),
            (
                "2033-02-09 09:15",
                6441,
                QT(6441, 1, "• me — sort out the refund approval limits with finance")
                + "scrap this one, finance is rewriting the refund policy anyway",
            ),
            (
                "2033-02-09 10:00",
                6443,
                RP(6441, 1) + "macro draft is in the macros sheet — 3 of 5 variants done",
            ),
            (
                "2033-02-09 15:40",
                6442,
                RP(6441, 1)
                + "chargeback evidence for #58812 won't make Thursday, the Stripe export is still missing the AVS data (support says COB). I'll need until Monday",
            ),
            (
                "2033-02-10 11:00",
                6444,
                RP(6442, 6) + "filed the DHL claim, ref DE-4471",
            ),
            (
                "2033-02-10 14:00",
                6441,
                TO(6443)
                + "escalation from Haverly Home:\n[qt]We need a corrected invoice for order #58955 by 2/14 at the latest, our auditors are waiting on it.[/qt]\ncould you reissue the invoice from the billing tool by tomorrow noon? their 2/14 is the hard stop",
            ),
            ("2033-02-10 14:20", 6443, RP(6441, 13) + "on it"),
            (
                "2033-02-11 10:30",
                6443,
                RP(6441, 13) + "corrected invoice sent over to Haverly 📨",
            ),
            (
                "2033-02-14 09:00",
                6441,
                "[toall]\nplease add your March PTO to the team calendar this week 🙏",
            ),
            ("2033-02-14 09:20", 6445, "mine's in 🌴"),
            (
                "2033-02-14 16:00",
                6442,
                RP(6441, 1) + "chargeback evidence submitted to Stripe 🙌 fingers crossed",
            ),
            (
                "2033-02-14 16:10",
                6441,
                "nice work all. next week's rota is pinned :pushpin:",
            ),
        ],
        [
            task(1, ["chargeback"], [6442], ("2033-02-14", "Mon"), "done"),
            task(1, ["macro"], [6443], ("2033-02-11", "Fri"), "open"),
            task(1, ["Kestrel"], [6444], None, "done"),
            task(6, ["DHL"], [], None, "done"),
            task(13, ["invoice"], [6443], ("2033-02-11T12:00", "Fri"), "done"),
            task(16, ["PTO"], [6442, 6443, 6444, 6445], ("2033-02-18", "Fri"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b24en-06",
        (934006, "北浦邸 新築計画 / Kitaura Residence"),
        members(6451, 6452, 6453, 6454, 6455),
        [
            (
                "2033-03-14 10:00",
                6451,
                TO(6452, san=True)
                + "お世話になっております。先日の打ち合わせで話した間取り変更の件、修正した平面図が3/18(金)までに必要です。銀行との面談で使います。よろしくお願いします。",
            ),
            (
                "2033-03-14 10:30",
                6452,
                RP(6451, 1, san=True)
                + "Noted, Kitaura-san — I'll have the revised plan to you by Thursday.",
            ),
            (
                "2033-03-14 10:45",
                6452,
                TO(6453)
                + "can you update the stair section to match the new layout, and get the beam depth over the living room confirmed with the structural engineer?",
            ),
            ("2033-03-14 11:20", 6453, RP(6452, 3) + "on it 👍"),
            (
                "2033-03-14 15:00",
                6455,
                "中野です。キッチンの仕様書を共有します📎 kitchen_spec_v3.pdf\nショールームの予約は3/26(土)です。",
            ),
            (
                "2033-03-15 09:40",
                6453,
                RP(6452, 3) + "stair section updated in the model, sheet A-301 reissued",
            ),
            (
                "2033-03-16 17:10",
                6453,
                RP(6452, 3)
                + "emailed Hoshino Structural about the beam twice, no reply yet 😕 their office line just rings out",
            ),
            (
                "2033-03-17 16:30",
                6452,
                RP(6451, 1, san=True)
                + "北浦様\n修正した平面図（Rev.C、PDFとDWG）をお送りしました。ご確認お願いします。",
            ),
            (
                "2033-03-18 10:00",
                6451,
                RP(6452, 8, san=True) + "確認しました。問題ありません、ありがとうございます。",
            ),
            (
                "2033-03-18 11:00",
                6451,
                "次回の現地打ち合わせは3/24(木)14時からです。現地でお待ちしています。",
            ),
            (
                "2033-03-18 13:00",
                6454,
                "for the site visit on the 24th:\n- Sven: site visit checklist, by Wednesday\n- Clara: book the office car EOD\nthanks both",
            ),
            (
                "2033-03-18 13:30",
                6455,
                TO(6452, san=True)
                + "照明計画の見積り内訳を、3営業日以内にご送付いただけますか。施主様の予算確認に使います。",
            ),
            ("2033-03-18 13:45", 6452, RP(6455, 12, san=True) + "承知しました！"),
            ("2033-03-18 15:00", 6452, RP(6454, 11) + "car's booked for Thu 8:30 🚗"),
            (
                "2033-03-22 10:00",
                6453,
                RP(6452, 3)
                + "got Hoshino on the phone and confirmed the beam depth: 450, ceiling height unchanged ✅",
            ),
            (
                "2033-03-23 11:00",
                6453,
                RP(6454, 11) + "checklist is about 70% there, still missing the MEP items",
            ),
            (
                "2033-03-23 17:00",
                6452,
                RP(6455, 12, san=True)
                + "見積り内訳ですが、照明メーカーからの回答待ちで、まだ半分しか埋まっていません🙏",
            ),
            (
                "2033-03-23 17:30",
                6454,
                "reminder: site visit tomorrow, we leave the office at 8:30 sharp 🏗️",
            ),
            (
                "2033-03-23 17:40",
                6451,
                "明日よろしくお願いします。駐車場は敷地の北側が空いています。",
            ),
        ],
        [
            task(1, ["平面図"], [6452], ("2033-03-17", "Thu"), "done"),
            task(3, ["stair"], [6453], None, "done"),
            task(3, ["beam"], [6453], None, "done"),
            task(8, ["平面図"], [6451], None, "done"),
            task(11, ["checklist"], [6453], ("2033-03-23", "Wed"), "open"),
            task(11, ["car"], [6452], ("2033-03-18", "Fri"), "done"),
            task(12, ["見積"], [6452], ("2033-03-24", "Thu"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b24en-07",
        (934007, "Aoba Pharma IFU｜翻訳チーム"),
        members(6461, 6462, 6463, 6464, 6465),
        [
            (
                "2033-12-18 19:30",
                6464,
                "[toall]\n【依頼】年末年始の稼働予定を、今週中にシフト表へ記入してください🙏\nhttps://sheets.example.invalid/shift_nenmatsu",
            ),
            (
                "2033-12-19 09:30",
                6461,
                TO(6462, san=True)
                + "New job from Aoba Pharma: the 42-page IFU, JA→EN. Could you have the translation done by 12/27? Glossary and reference files are in /Aoba/IFU.",
            ),
            (
                "2033-12-19 09:45",
                6462,
                RP(6461, 2, san=True) + "承知しました。12/27までに納品します。",
            ),
            ("2033-12-19 10:00", 6461, task_added(6463, TERMS_LT, TERMS_BODY, "time")),
            (
                "2033-12-19 10:20",
                6464,
                TO(6461, san=True)
                + "DTP用の欧文フォント（Calder Sans）のライセンス、年内に購入をお願いできますか。",
            ),
            (
                "2033-12-19 11:10",
                6465,
                "I'll chase the Lisbon vendor for their November invoice\n— Pablo",
            ),
            ("2033-12-20 15:00", 6462, "IFU進捗：42ページ中18ページまで訳了です。"),
            ("2033-12-20 15:30", 6463, "entered my dates in the shift sheet"),
            ("2033-12-21 14:20", 6463, task_done(6463, TERMS_LT, TERMS_BODY, "time")),
            (
                "2033-12-21 14:25",
                6463,
                "terminology list reviewed — 6 terms flagged, comments are in the sheet",
            ),
            (
                "2033-12-22 10:00",
                6465,
                QT(6465, 6, "I'll chase the Lisbon vendor for their November invoice")
                + "scrap that — finance is taking over vendor invoices from January",
            ),
            (
                "2033-12-23 11:00",
                6461,
                QT(
                    6464,
                    5,
                    "DTP用の欧文フォント（Calder Sans）のライセンス、年内に購入をお願いできますか。",
                )
                + "購入しました。ライセンスキーは共有ドライブの /Licenses に置いてあります",
            ),
            (
                "2033-12-26 10:00",
                6461,
                RP(6461, 2)
                + TO(6462, san=True)
                + "client moved the delivery date — please deliver by 1/6 instead. no need to rush over the holidays 🎍",
            ),
            (
                "2033-12-26 10:30",
                6462,
                RP(6461, 13, san=True) + "承知しました、1/6でいきます🙇",
            ),
            (
                "2033-12-27 11:00",
                6464,
                TO(6463, san=True)
                + "カバーレターの校正済みファイルを、３営業日以内にアップロードしていただけますか。",
            ),
            (
                "2033-12-27 11:20",
                6463,
                RP(6464, 15, san=True) + "sure, will do — 1/5 at the latest",
            ),
            (
                "2033-12-28 17:00",
                6461,
                "[toall] office closes 12/29–1/3. happy new year everyone 🎍 see you on the 4th",
            ),
            (
                "2034-01-04 09:30",
                6462,
                RP(6461, 2, san=True) + "IFU 納品しました 📦 42ページ、JA→EN。",
            ),
            (
                "2034-01-05 16:00",
                6463,
                RP(6464, 15, san=True) + "proofread cover letter uploaded to /Aoba/final ✅",
            ),
            (
                "2034-01-05 16:10",
                6464,
                "ありがとうございます！今年もよろしくお願いします🙏",
            ),
        ],
        [
            task(1, ["稼働予定"], [6462, 6463, 6465], ("2033-12-23", "Fri"), "open"),
            task(2, ["IFU"], [6462], ("2034-01-06", "Fri"), "done"),
            task(4, ["terminology"], [6463], ("2033-12-21T15:00", "Wed"), "done"),
            task(5, ["フォント"], [6461], ("2033-12-31", "Sat"), "done"),
            task(15, ["校正"], [6463], ("2034-01-05", "Thu"), "done"),
        ],
        self_account_id=6461,
    ),
]


NAMES_B = {
    # b24en-08 game studio QA / localisation
    6481: "早瀬 みのり",
    6482: "Dario Pellegrini",
    6483: "Yuna Kwon",
    6485: "森岡 航",
    6486: "Priya Ramaswamy",
    # b24en-09 NGO field office
    6491: "Amara Okonjo",
    6492: "Tomás Riera",
    6493: "Lena Vogt",
    6494: "Samuel Otieno",
    6495: "Joseph Mwale",
    6496: "Hana Ito",
    # b24en-10 car rental branch, Narita
    6501: "石黒 由香",
    6502: "Rafael Duarte",
    6503: "野口 剛",
    6504: "Mei Tanaka-Lowe",
    6505: "Sunil Perera",
    6506: "Skylane Fleet Bot",
    # b24en-11 SaaS sales + Japanese distributor
    6511: "Claire Dumont",
    6512: "Oskar Lindqvist",
    6513: "藤原 玲奈",
    6514: "小川 健司",
    6515: "平田 さやか",
    6516: "Ben Achebe",
    # b24en-12 school international office
    6541: "Kathryn Sloane",
    6542: "Priya Nandakumar",
    6543: "佐藤 美咲",
    6544: "Tom Whitfield",
    6545: "Aiko Brandt",
    # b24en-13 wine importer warehouse
    6531: "Giulia Ferraro",
    6532: "Kwame Asante",
    6533: "Sophie Marchand",
    6534: "Daniel Reyes",
    6535: "Sho Miura",
    # b24en-14 open-source maintainers
    6551: "Noor Haddad",
    6552: "坂本 陸",
    6553: "Ines Carvalho",
    6554: "Pete Okafor",
    6555: "Valentina Russo",
}


def members_b(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES_B[i]) for i in ids]


JP_NAMES = {6481, 6485, 6501, 6503, 6513, 6514, 6515, 6543, 6552}


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header to message ``n`` of the room, as the client writes it."""
    suffix = "さん" if aid in JP_NAMES else ""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES_B[aid]}{suffix}\n"


CARDS_LT = chatwork_lt("2033-08-19")

CASES_B = [
    # ------------------------------------------------------------------ 08
    conv(
        "b24en-08",
        (934008, "QA / Loc — Project Hoshizora"),
        members_b(6481, 6482, 6483, 6485, 6486),
        [
            (
                "2033-04-25 09:40",
                6481,
                "[To:6482]Darioさん\n[To:6483]Yunaさん\nおはようございます。ビルド 0.9.3 の件です。\n・クラッシュ再現テスト（Android 3機種）— Dario さん、明日まで\n・ストアページ文言の英訳チェック — Yuna さん、今週中\nよろしくお願いします🙏",
            ),
            ("2033-04-25 09:52", 6482, RP(6481, 1) + "on it 👍"),
            ("2033-04-25 10:05", 6483, RP(6481, 1) + "will do"),
            (
                "2033-04-25 15:10",
                6481,
                "[To:6485]森岡さん\n日本語版の実績名（全32件）の校正をお願いできますか？ 5/9 まででOKです。",
            ),
            ("2033-04-25 15:22", 6485, RP(6481, 4) + "承知しました！"),
            (
                "2033-04-26 10:15",
                6482,
                RP(6481, 1)
                + "repro update: Pixel 7 + Galaxy A54 crash on the 3rd loading screen every time. the Xperia won't even install the build (signature error) so that one's still pending",
            ),
            (
                "2033-04-26 11:40",
                6486,
                "fyi re-signed apk is up on the QA drive (0.9.3-rc2b), should get rid of the signature error",
            ),
            (
                "2033-04-26 16:45",
                6482,
                RP(6481, 1)
                + "xperia reproduced too with rc2b, so 3/3 📱 logs + video attached to QA-2291. repro test done ✅",
            ),
            (
                "2033-04-27 09:30",
                6481,
                "【依頼】[To:6486]Priyaさん\nクラッシュログの解析結果をまとめて、3営業日以内に共有をお願いします。",
            ),
            (
                "2033-04-27 09:41",
                6486,
                RP(6481, 9) + "ok! will share it by next Monday at the latest 🙏",
            ),
            (
                "2033-04-27 13:20",
                6483,
                RP(6481, 1)
                + "store page EN check done — 4 small fixes, comments are in the sheet 📝",
            ),
            (
                "2033-04-27 13:26",
                6483,
                "[To:6485]Morioka-san, the JP store text has two typos in the 2nd paragraph (ダウロード → ダウンロード, and a doubled の). could you fix those by EOD? 🙏",
            ),
            ("2033-04-27 14:05", 6485, RP(6483, 12) + "直しました！ご指摘ありがとうございます"),
            (
                "2033-04-28 17:30",
                6485,
                RP(6481, 4) + "実績名の校正、32件中14件まで見ました。まだ途中です🙇",
            ),
            (
                "2033-04-28 18:10",
                6481,
                "[toall] 4/29（金）〜5/5（木）はスタジオ休館です🎏 サーバー監視の当番表はシートにあります。",
            ),
            (
                "2033-05-06 10:00",
                6486,
                RP(6481, 9)
                + "sorry, this slipped past Monday 🙇 crash analysis is up on confluence: 2 root causes (texture streaming on low-RAM devices + the old ad SDK). 確認お願いします",
            ),
            (
                "2033-05-06 11:30",
                6481,
                RP(6486, 16) + "読みました、LGTM です！ありがとうございます🙏",
            ),
            (
                "2033-05-06 14:00",
                6482,
                "[To:6481]Hayase-san, regression pass for QA-2291 on rc3 is scheduled for Mon 5/9 10:00, after lunch we'll know more",
            ),
        ],
        [
            task(1, ["再現テスト"], [6482], ("2033-04-26", "Tue"), "done"),
            task(1, ["英訳チェック"], [6483], ("2033-04-29", "Fri"), "done"),
            task(4, ["校正"], [6485], ("2033-05-09", "Mon"), "open"),
            task(9, ["解析"], [6486], ("2033-05-02", "Mon"), "done"),
            task(12, ["typo"], [6485], ("2033-04-27", "Wed"), "done"),
            task(16, ["確認"], [6481], None, "done"),
        ],
    ),
    # ------------------------------------------------------------------ 09
    conv(
        "b24en-09",
        (934009, "Norvale field office — Open Hands Relief"),
        members_b(6491, 6492, 6493, 6494, 6495, 6496),
        [
            (
                "2033-07-11 08:50",
                6491,
                "morning all ☀️ actions from the cluster meeting:\n- Tomás: two more quotes for the 20L jerrycans, by Wednesday\n- Joseph: book a pickup truck for the Thursday distribution run\n- me — draft the July sitrep\nshout if anything's unclear",
            ),
            ("2033-07-11 08:58", 6495, "ok 👍"),
            ("2033-07-11 09:05", 6492, RP(6491, 1) + "ack"),
            (
                "2033-07-11 15:40",
                6495,
                RP(6491, 1) + "called Mbeko Motors twice, no anwser. left a voicemail",
            ),
            (
                "2033-07-12 08:15",
                6491,
                "can someone print 40 consent forms for the Block D visit by Thursday? the back office printer works again 🖨️",
            ),
            (
                "2033-07-12 09:00",
                6492,
                "the pump at the Block A borehole is dripping again. I'll take this one",
            ),
            (
                "2033-07-12 09:05",
                6492,
                "generator also needs a new fuel filter, will do it tomorrow",
            ),
            (
                "2033-07-12 10:30",
                6491,
                "[To:6493]Lena\ncan you send HQ the revised beneficiary list by tomorrow? the Tokyo desk needs it for the donor call",
            ),
            (
                "2033-07-12 11:10",
                6493,
                RP(6491, 8)
                + "tomorrow's going to be tight, Block C is still a mess 😩 can I have until Monday?",
            ),
            ("2033-07-12 11:25", 6491, RP(6491, 8) + "Monday works 👍"),
            (
                "2033-07-12 13:30",
                6495,
                RP(6491, 1) + "got through to them — pickup booked for thu 7am, white hilux",
            ),
            (
                "2033-07-12 16:20",
                6496,
                RP(6491, 5) + "printed all 40, they're in the blue crate by the door",
            ),
            (
                "2033-07-13 11:00",
                6492,
                RP(6491, 1)
                + "jerrycan quotes: 3 in, Ostra Plastics is cheapest by ~12%. sent over to Samuel",
            ),
            ("2033-07-13 11:20", 6494, "got them, thanks Tomás 🙏"),
            ("2033-07-13 14:00", 6492, "filter swapped, genny's running smooth again"),
            (
                "2033-07-14 17:45",
                6491,
                "[toall] office closed Monday 7/18 for Marine Day. the Tokyo desk visit moved to end of next week, Tuesday truck run goes ahead as planned",
            ),
            (
                "2033-07-15 16:30",
                6493,
                RP(6491, 8) + "revised beneficiary list sent to HQ and the Tokyo desk ✉️",
            ),
            ("2033-07-19 09:10", 6491, "July sitrep draft is in the shared folder 📄"),
        ],
        [
            task(1, ["jerrycan"], [6492], ("2033-07-13", "Wed"), "done"),
            task(1, ["pickup"], [6495], None, "done"),
            task(1, ["sitrep"], [6491], None, "done"),
            task(5, ["consent forms"], [], ("2033-07-14", "Thu"), "done"),
            task(6, ["pump"], [6492], None, "open"),
            task(7, ["filter"], [6492], ("2033-07-13", "Wed"), "open"),
            task(8, ["beneficiary list"], [6493], ("2033-07-18", "Mon"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ 10
    conv(
        "b24en-10",
        (934010, "成田空港店 カウンター / Narita Airport branch"),
        members_b(6501, 6502, 6503, 6504, 6505, 6506),
        [
            (
                "2033-09-14 08:10",
                6506,
                "[info][title]返却遅延アラート / Overdue returns (auto)[/title]NRT-0412 プリウス — 返却予定 9/13 22:00 未返却\nNRT-0388 セレナ — 返却予定 9/14 07:00 未返却[/info]",
            ),
            (
                "2033-09-14 08:30",
                6501,
                "[To:6502]Rafaelさん\nNRT-0412 のお客様に電話して、返却予定を確認してください。今日の15時までにお願いします。",
            ),
            ("2033-09-14 08:34", 6502, RP(6501, 2) + "on it"),
            (
                "2033-09-14 11:50",
                6502,
                RP(6501, 2) + "called twice + sent an SMS, no answer yet 📵",
            ),
            (
                "2033-09-14 14:40",
                6502,
                RP(6501, 2)
                + "reached him 👍 confirmed: his flight from Manila got delayed, he'll return it tomorrow 10:00. contract extended in the system",
            ),
            (
                "2033-09-14 15:00",
                6501,
                "[toall] 9/19（月）と 9/23（金）は祝日シフトです。シフト表を更新しました📅",
            ),
            (
                "2033-09-14 16:20",
                6503,
                "NRT-0388 セレナ、戻ってきましたがフロントガラスにヒビがあります。ガラス屋2社に見積もり取っておきます。",
            ),
            (
                "2033-09-15 09:10",
                6504,
                "[To:6501]Ishiguro-san, heads up — we're down to 3 child seats and the 9/17 weekend is fully booked with families 😬 the Chiba depot has spares",
            ),
            (
                "2033-09-15 09:25",
                6501,
                RP(6504, 8)
                + "ありがとうございます！チャイルドシート4台、今週中に届くように手配してください。",
            ),
            ("2033-09-15 09:31", 6504, RP(6501, 9) + "will do 👍"),
            ("2033-09-15 10:05", 6502, "fyi NRT-0412 prius is back, 10 min early. no damage"),
            (
                "2033-09-15 17:40",
                6505,
                "heads up: corporate booking request from Halvorsen Pharma, 6 vans for 9/26. their admin wrote「9/20までに見積書を送ってください」— I'll send the quote by Tuesday",
            ),
            (
                "2033-09-15 18:00",
                6501,
                "[toall] 連休前にロッカーの鍵を返却してください。明日の17時までにお願いします🔑",
            ),
            (
                "2033-09-16 10:30",
                6504,
                RP(6501, 9) + "child seats sorted ✅ 4 coming on today's depot truck",
            ),
            (
                "2033-09-16 11:00",
                6503,
                "ガラス屋、1社目の見積はもらいました。2社目は連休明けに回答だそうです。",
            ),
            (
                "2033-09-16 15:30",
                6505,
                RP(6505, 12) + "scrap that — Halvorsen went with another agency 😞 no quote needed",
            ),
            ("2033-09-16 16:05", 6504, "鍵返しました🔑"),
            (
                "2033-09-20 10:00",
                6503,
                "[qt][qtmeta aid=6503 time={t7}]NRT-0388 セレナ、戻ってきましたがフロントガラスにヒビがあります。ガラス屋2社に見積もり取っておきます。[/qt]2社分そろいました。比較はシートに入れてあります。",
            ),
            (
                "2033-09-20 10:30",
                6501,
                RP(6503, 18)
                + "ありがとうございます！Kanto Glassworks でOKです。交換の予約、9/23 は祝日なので 9/22 までにお願いします。",
            ),
        ],
        [
            task(2, ["返却予定"], [6502], ("2033-09-14T15:00", "Wed"), "done"),
            task(7, ["見積"], [6503], None, "done"),
            task(9, ["チャイルドシート"], [6504], ("2033-09-16", "Fri"), "done"),
            task(13, ["鍵"], [6502, 6503, 6504, 6505], ("2033-09-16T17:00", "Fri"), "open"),
            task(19, ["交換"], [6503], ("2033-09-22", "Thu"), "open"),
        ],
        self_account_id=6506,
    ),
    # ------------------------------------------------------------------ 11
    conv(
        "b24en-11",
        (934011, "Lumora × ホシミテクノ（代理店）"),
        members_b(6511, 6512, 6513, 6514, 6515, 6516),
        [
            (
                "2033-11-21 10:00",
                6514,
                "[To:6511]Claireさん\n[To:6513]藤原さん\nお世話になっております。ホシミテクノの小川です。\n先日のデモの件で、エンドユーザーの丸福銀行様から以下のご要望をいただきました。\n[qt]SAML 連携の設定手順書をご提供ください。あわせて、ログの保存期間を400日に延長できるかご教示ください。[/qt]\n設定手順書は5営業日以内にいただけますでしょうか。よろしくお願いいたします。",
            ),
            (
                "2033-11-21 10:25",
                6511,
                RP(6514, 1)
                + "Ogawa-san, 承知しました！ we'll have the guide to you by next Monday 🙏",
            ),
            (
                "2033-11-21 10:40",
                6511,
                "[To:6512]Oskar, could you write the first draft of the SAML setup guide (EN) by Thursday? screenshots from the admin console please 📸",
            ),
            ("2033-11-21 10:44", 6512, RP(6511, 3) + "yep, will do"),
            (
                "2033-11-22 09:30",
                6514,
                "[To:6513]藤原さん\nもう一点、セキュリティホワイトペーパーの日本語版を12/2までにいただけますでしょうか。銀行側の審査会が12/5のため、事前に社内で読み合わせをしたく。",
            ),
            ("2033-11-22 09:48", 6513, RP(6514, 5) + "承知しました！"),
            (
                "2033-11-22 11:40",
                6515,
                "[To:6512]Oskarさん\nhi! for our PoC we need a test tenant with SSO enabled by Friday. thank you 🙇‍♀️",
            ),
            ("2033-11-22 11:52", 6512, RP(6515, 7) + "np, will set it up"),
            (
                "2033-11-24 16:30",
                6512,
                RP(6511, 3) + "SAML guide draft is in the team drive (EN, 14 pages). ptal 🙏",
            ),
            (
                "2033-11-25 09:10",
                6511,
                RP(6512, 9) + "LGTM 👍 fixed two screenshot captions myself",
            ),
            (
                "2033-11-25 09:15",
                6511,
                "[To:6513]Rena, could you turn the guide into the JP version by Monday? then it goes to Ogawa-san",
            ),
            (
                "2033-11-25 11:00",
                6512,
                RP(6515, 7)
                + "test tenant is live → poc-hoshimi.lumora.example, creds sent over by email",
            ),
            ("2033-11-25 11:20", 6515, RP(6512, 12) + "recieved, thanks! 🙇‍♀️"),
            (
                "2033-11-28 14:00",
                6513,
                RP(6511, 11) + "JP版、半分くらいまで進みました。スクショの差し替えがまだです💦",
            ),
            (
                "2033-11-28 14:20",
                6511,
                RP(6514, 1)
                + "Ogawa-san, sorry — the JP guide needs a bit more time. we'll send it by Wednesday 🙇",
            ),
            (
                "2033-11-29 18:30",
                6513,
                RP(6511, 11) + "JP版できました！チームドライブに置いてあります",
            ),
            (
                "2033-11-30 10:00",
                6513,
                RP(6514, 1) + "小川さん、SAML 連携の設定手順書（日本語版）をお送りしました。",
            ),
            ("2033-11-30 15:00", 6514, RP(6513, 17) + "拝受しました。ありがとうございます！"),
            (
                "2033-12-01 17:00",
                6516,
                "FYI the distributor contract template v3 is on the wiki now",
            ),
        ],
        [
            task(1, ["手順書"], [6511, 6513], ("2033-11-30", "Wed"), "done"),
            task(3, ["SAML"], [6512], ("2033-11-24", "Thu"), "done"),
            task(5, ["ホワイトペーパー"], [6513], ("2033-12-02", "Fri"), "open"),
            task(7, ["test tenant"], [6512], ("2033-11-25", "Fri"), "done"),
            task(9, ["SAML"], [6511], None, "done"),
            task(11, ["JP version"], [6513], ("2033-11-28", "Mon"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ 12 (no task)
    conv(
        "b24en-12",
        (934012, "International Office — Hollis Bay School"),
        members_b(6541, 6542, 6543, 6544, 6545),
        [
            (
                "2033-03-14 08:45",
                6541,
                "good morning everyone 🌸 the spring exchange group arrives Tue 3/22 — 18 students from Lyon + 2 teachers",
            ),
            ("2033-03-14 08:52", 6544, "🎉"),
            (
                "2033-03-14 09:10",
                6543,
                "FYI the welcome packs and campus maps are in the shared drive, folder 'Spring 2033'",
            ),
            (
                "2033-03-14 09:30",
                6542,
                "arrival week:\nTue 3/22 15:00 airport pickup (bus booked by Nakamura-sensei)\nWed 3/23 10:00 orientation, Hall B\nThu 3/24 host family meet & greet, gym\nFri 3/25 Kamakura day trip",
            ),
            ("2033-03-14 10:05", 6545, "is 3/21 a day off for us too? my calendar says 振替休日"),
            (
                "2033-03-14 10:12",
                6541,
                RP(6545, 5) + "yes, office closed Mon 3/21 (substitute holiday for 春分の日)",
            ),
            (
                "2033-03-14 11:40",
                6543,
                "[qt]Could you please send me the invitation letter again? I can't find the PDF anywhere 😢[/qt]\nfrom one of the Lyon students — Tom already re-sent it this morning, just sharing so nobody sends it twice",
            ),
            ("2033-03-14 11:45", 6544, RP(6543, 7) + "yep, went out at 9:10 👍"),
            (
                "2033-03-14 13:20",
                6542,
                "if any host family calls about the pickup time, let me know",
            ),
            (
                "2033-03-14 14:00",
                6545,
                "happy to help out on arrival day if you need an extra pair of hands 🙂",
            ),
            ("2033-03-15 09:00", 6541, "thanks Aiko 🙏"),
            (
                "2033-03-15 10:30",
                6544,
                "the visa office still hasn't confirmed the two late applications. I'll let you all know as soon as they reply",
            ),
            (
                "2033-03-16 15:00",
                6543,
                "heads up: the Hall B projector is being repaired on the morning of 3/23, facilities said they'll set up the portable one after lunch",
            ),
            (
                "2033-03-17 12:10",
                6542,
                "lunch for orientation day is confirmed — 22 bento, halal and veg options included 🍱",
            ),
            (
                "2033-03-18 17:30",
                6541,
                "[toall] have a good long weekend everyone, see you Tuesday ✈️",
            ),
            ("2033-03-22 16:40", 6544, "bus has left the airport, 18 + 2 on board, ETA 18:00 🚌"),
            ("2033-03-22 18:15", 6541, "they're here! thanks all for the prep 🙏"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ 13
    conv(
        "b24en-13",
        (934013, "Warehouse — Vinoteca Hayama Imports"),
        members_b(6531, 6532, 6533, 6534, 6535),
        [
            (
                "2033-08-08 08:30",
                6531,
                "container MSKU-7731 from Bordeaux lands at Yokohama on Wed 🚢 prep:\n• clear bay 4 for 22 pallets — Kwame, Tue\n• packing list to the customs broker — Sho, today\nthx",
            ),
            ("2033-08-08 08:40", 6535, RP(6531, 1) + "packing list sent over to the broker ✅"),
            (
                "2033-08-08 09:15",
                6534,
                "[To:6531]Giulia — Osteria Lumen wants their 6 cases of the 2029 Barbera earlier. could you ship them by Thursday?",
            ),
            (
                "2033-08-08 09:30",
                6531,
                RP(6534, 3) + "Thursday is Mountain Day, the courier doesn't run 🙃 Friday ok?",
            ),
            ("2033-08-08 09:40", 6534, RP(6534, 3) + "Friday's fine, they confirmed"),
            (
                "2033-08-08 16:00",
                6531,
                task_added(6533, CARDS_LT, "Cellar room stock count (Q3)", "date"),
            ),
            (
                "2033-08-09 11:00",
                6532,
                RP(6531, 1)
                + "bay 4 about half cleared, 11 pallet spots free so far. the old Rioja is in the way",
            ),
            ("2033-08-10 08:00", 6535, "container cleared customs, truck ETA 13:00 🚚"),
            (
                "2033-08-10 09:00",
                6531,
                "[toall] reminder: no deliveries or pickups tomorrow 8/11 (Mountain Day). open Fri as usual, dock closes at COB",
            ),
            (
                "2033-08-10 13:40",
                6532,
                "truck's in. one pallet of the Grüner Veltliner has a crushed case, 3 bottles gone 🍷💥",
            ),
            (
                "2033-08-10 13:50",
                6531,
                RP(6532, 10)
                + "ugh 😩\n- Kwame: photos of the crushed case + the pallet label\n- Sophie: damage claim with the carrier, by next Monday",
            ),
            ("2033-08-10 14:05", 6532, RP(6531, 11) + "photos are in the drive folder 📸"),
            (
                "2033-08-12 10:00",
                6533,
                RP(6531, 11)
                + "Kanto Freight's portal keeps timing out, couldn't submit the claim yet :rage:",
            ),
            (
                "2033-08-12 10:30",
                6531,
                RP(6534, 3) + "Barbera for Osteria Lumen shipped 📦 tracking 4471-2209",
            ),
            (
                "2033-08-12 15:00",
                6534,
                "can someone restock the tasting room fridge before the buyers from Kobe come by?",
            ),
            (
                "2033-08-12 15:45",
                6534,
                RP(6534, 15)
                + "never mind — the Kobe visit got pushed to September, no restock needed",
            ),
            (
                "2033-08-15 09:00",
                6533,
                RP(6531, 11) + "damage claim filed with Kanto Freight, ref KF-88213",
            ),
            ("2033-08-15 09:10", 6531, "👍 thanks all. bay 4 status, Kwame?"),
            (
                "2033-08-15 09:30",
                6532,
                RP(6531, 1) + "18 of 22 spots clear, rest after teh Rioja moves\n-- K",
            ),
            (
                "2033-08-15 16:00",
                6533,
                task_done(6533, CARDS_LT, "Cellar room stock count (Q3)", "date"),
            ),
        ],
        [
            task(1, ["bay 4"], [6532], ("2033-08-09", "Tue"), "open"),
            task(1, ["packing list"], [6535], ("2033-08-08", "Mon"), "done"),
            task(3, ["Barbera"], [6531], ("2033-08-12", "Fri"), "done"),
            task(6, ["stock count"], [6533], ("2033-08-19", "Fri"), "done"),
            task(11, ["photos"], [6532], None, "done"),
            task(11, ["damage claim"], [6533], ("2033-08-15", "Mon"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ 14
    conv(
        "b24en-14",
        (934014, "lanternfish maintainers"),
        members_b(6551, 6552, 6553, 6554, 6555),
        [
            (
                "2033-12-19 09:30",
                6551,
                "morning :wave: 2.4 freeze is this Friday. open items:\n1) Ines — PR for the $ref cycle detection (#812)\n2) Riku — backport #790 to 2.3.x\nping me if you get stuck",
            ),
            ("2033-12-19 09:41", 6553, RP(6551, 1) + "👍"),
            (
                "2033-12-19 11:20",
                6552,
                "[To:6555]Valentinaさん\n2.4 の移行ガイド、年内にレビューお願いできますか？🙏",
            ),
            ("2033-12-19 11:31", 6555, RP(6552, 3) + "sure! :+1:"),
            (
                "2033-12-20 15:10",
                6553,
                RP(6551, 1)
                + "PR for #812 is up, ptal 🙏 added tests for the self-referencing case",
            ),
            (
                "2033-12-20 16:00",
                6554,
                "[qt]Installing 2.3.1 on Python 3.13 fails with ModuleNotFoundError: _speedups. Please fix this before the holidays!![/qt]\nnew issue #829 from a user, same root cause as #790 I think",
            ),
            ("2033-12-21 10:00", 6551, RP(6553, 5) + "LGTM, merged 🎉 thanks Ines"),
            (
                "2033-12-21 10:30",
                6552,
                RP(6551, 1)
                + "backport、3 commits 中 2 つは cherry-pick できました。残り1つがコンフリクト中です…",
            ),
            (
                "2033-12-21 14:00",
                6554,
                "[toall] release plan: 2.4.0 gets tagged Fri 12/23, then we're all off until 1/4 🎍 can everyone check their open PRs against the 2.4 milestone by Thursday?",
            ),
            ("2033-12-22 09:00", 6555, "mine are all fine 👍"),
            ("2033-12-23 17:00", 6554, "2.4.0 is tagged and on PyPI 🚀 have a good break everyone"),
            (
                "2033-12-26 10:00",
                6552,
                RP(6551, 1) + "backport 終わりました、2.3.x にマージ済みです",
            ),
            (
                "2033-12-26 10:05",
                6552,
                "[To:6554]Peteさん\n2.3.6 のリリース、3営業日以内にお願いできますか？",
            ),
            (
                "2033-12-26 10:40",
                6554,
                RP(6552, 13) + "can do, but I'm travelling from tonight. could I have until 1/5?",
            ),
            ("2033-12-26 11:00", 6552, RP(6552, 13) + "1/5 で大丈夫です！"),
            (
                "2034-01-05 11:00",
                6554,
                RP(6552, 13)
                + "2.3.6 is tagged, but the PyPI upload keeps failing with a 403 😩\n-- Pete",
            ),
            (
                "2034-01-05 11:20",
                6551,
                RP(6554, 16)
                + "the upload token probably expired over the break. I rotated it this morning",
            ),
        ],
        [
            task(1, ["cycle detection"], [6553], None, "done"),
            task(1, ["backport"], [6552], None, "done"),
            task(3, ["移行ガイド"], [6555], ("2033-12-31", "Sat"), "open"),
            task(5, ["#812"], [6551], None, "done"),
            task(9, ["open PRs"], [6552, 6553, 6555], ("2033-12-22", "Thu"), "open"),
            task(13, ["2.3.6"], [6554], ("2034-01-05", "Thu"), "open"),
        ],
        self_account_id=6551,
    ),
]


CASES = CASES_A + CASES_B
