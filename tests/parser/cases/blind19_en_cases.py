# ruff: noqa: E501
"""Blind set 19, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 60 and last 30 lines of blind18_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Sixteen searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads ("can you take this one / I'll pick this up", "closing
as not planned, decided not to do this after all", "postponing to the next release,
won't make it this week", "partially done, still working on the rest / WIP",
"could someone review this when you get a chance", "shipped / live now / deployed",
"anyone free to help, happy to take it", "no longer needed, dropping this,
superseded") and workplace-writing pages (Slack etiquette and threads, asking for a
deadline politely, gentle follow-up / nudge messages, async standup updates with
done / next / blockers, delegating in a message, politely declining a request,
EOD / COB / EOW meanings, rescheduling "can we move it"). Every person, company,
room, product and sentence here is invented and written fresh; nothing is copied.
Gold dues were computed with a throwaway script in /tmp (datetime + jpholiday, one
function per row of the spec's deadline table: bare weekday, next-week weekday,
this week, today / tomorrow, N business days skipping weekends, Japanese public
holidays incl. substitute days and 12-29 .. 01-03, and the M/D window rule), not by
hand, and each due carries its weekday so build.py catches a typo. Phrases the spec
does not define (COB, "tonight", "this afternoon", "end of next week", "after the
holidays", 週末, 年明け) were kept out of every task's only deadline. Cancelled tasks
are left out of the gold, as the spec drops them. All rooms run on Asia/Tokyo in
2027 (one due lands in January 2028 across the year-end break).

Domains: an indie game studio before a festival demo (over 成人の日), a language
school in Osaka (mixed, over the 春分の日 substitute holiday), a wedding
photographer collective (weekend asks, "this week" sent on a Sunday), a SaaS
billing team at month end (bot as self account, [toall], Chatwork task markup,
over 敬老の日 and 秋分の日), a bike-repair chain over Golden Week, a mobile-app
agency with its client (over 海の日), a Yokohama freight forwarder's export desk
(mixed, over the year-end break), a craft brewery's taproom crew (no task), a
film-subtitling vendor and its distributor client (mixed, over 文化の日), a
property-management firm (over 建国記念の日 and 天皇誕生日), a climbing gym's
route setters (no task, over スポーツの日), a Niseko ski-rental shop before opening
(mixed, a human as self account, [toall], over 勤労感謝の日), a podcast network's
show room, and a museum's exhibition install crew (no task).

Covers: implicit-work asks by reply ("can you take a look before anything else?",
"can you fix it before close?", "can you mock that up first?"); list messages with
"Name:" / "（Name）" / "（上田さん）" owners, bare lines under one [To:], and an
"I'll write the ..." line; two tasks in one sentence ("switch the order .. also get
40 tubes in by thursday", ワックスがけとエッジ調整); a requester's cancel plus a new ask
in one reply; a commitment inside a reply that also tags someone else; declarative
asks ("we'd need the final .srt from you by 11/15", "I'd need them by Monday
noon"); "could someone .. by Friday" and "anyone free to cover .." with nobody
named; commitments without a time ("I'll slot it into sprint 7", "I'll prepare
it"); acceptances that set the deadline ("yep, I'll have it by Friday", "sure, by
tomorrow 10:00", "you'll have it by noon tomorrow"); deadlines moved by the
assignee ("will slip to monday", "I'll need until Friday", 申告は12/24朝イチ,
"notice will go out thursday instead") and by the requester ("Thursday is fine for
the cull", QCの期限を11/16に変更, "11/17 for the .srt works", 月曜まででOK); dates that
describe the thing, not the deadline (the 12/27 vessel, the 6/19 shoot, a 6/25
gallery date, studio B for the 20th, sprint planning on Wednesday); business days
across a holiday and across 12-29 .. 01-03; "this week" sent on a Sunday;
completion in other words (pushed to main, up on the drive, booked, sent over,
plumber's been, forwarded, 連絡しました, できました, 許可下りました, quote card's live,
all filled now) by reply, by quote with qtmeta, by Chatwork task_done, and bare
from an assignee's only open task; bare "my part is done" lines from assignees of
[To:]-pair and [toall] tasks that close nothing, and the requester's or last
assignee's reply that does; partial progress (41 of 58, a cull at ~780 of a
~600 target, 2 of 3, ~60 %, ~70 %, 22 of 30 edges) closing nothing; cancellations in other words ("no longer
needed", "let's drop the audiograms"); look-alikes that ask for nothing (pasted
customer mails and lender notes, "if you need .. let me know", "just ask", "lmk when
..", a role / gig ask, a report of someone else's plan, a promise to let people
know, 少々お待ちください, thanks opening with a name); noise (emoji, :shortcodes:,
typos such as "cna", lowercase, "-- wes" and a mail-style signature). The three
rooms without a task are b19en-08, b19en-11 and b19en-14.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b19en-01
    3401: "Priya Raman",
    3402: "Tomás Ekwueme",
    3403: "Hana Kobayashi",
    3404: "Wes Oduya",
    3405: "Lin Mbeki",
    # b19en-02
    3413: "西村 裕子",
    3414: "Daniel Price",
    3415: "藤井 愛子",
    3416: "Marcus Bell",
    3417: "上田 健太",
    # b19en-03
    3425: "Grace Oyelaran",
    3426: "Jun Sato",
    3427: "Bea Lindqvist",
    3428: "Omar Haddad",
    # b19en-04
    3433: "Rhea Castellanos",
    3434: "Ivan Petrov",
    3435: "Sakura Imai",
    3436: "Noor Aziz",
    3437: "Tallyhook Bot",
    # b19en-05
    3445: "Leo Martins",
    3446: "Chidi Obi",
    3447: "Elena Rossi",
    3448: "Sam Whitfield",
    # b19en-06
    3457: "Aoife Brennan",
    3458: "Ravi Menon",
    3459: "Kiko Tanabe",
    3460: "Felix Ward",
    3461: "Mara Stone",
    # b19en-07
    3469: "森 武",
    3470: "Claire Dubois",
    3471: "杉本 遥",
    3472: "Ben Carter",
    3473: "石田 奈緒",
    # b19en-08
    3481: "Jess Albright",
    3482: "Kaito Hirano",
    3483: "Dmitri Volkov",
    3484: "Rosa Gutierrez",
    # b19en-09
    3493: "高原 恵美",
    3494: "Owen Fitzgerald",
    3495: "黒田 里奈",
    3496: "Paulo Ferreira",
    3497: "Lisa Wong",
    # b19en-10
    3505: "Hannah Okafor",
    3506: "Ryo Matsuda",
    3507: "Tess Lindgren",
    3508: "Victor Salas",
    # b19en-11
    3517: "Mateo Silva",
    3518: "Yui Okada",
    3519: "Jonah Reyes",
    3520: "Freya Holm",
    # b19en-12
    3529: "新井 健二",
    3530: "Chloe Martin",
    3531: "山口 太郎",
    3532: "Sophie Nguyen",
    3533: "佐藤 美奈",
    # b19en-13
    3541: "Nadia Haidari",
    3542: "Gus Pemberton",
    3543: "Ami Kondo",
    3544: "Theo Marsh",
    3545: "Zara Quinn",
    # b19en-14
    3553: "Iris Langford",
    3554: "Kofi Mensah",
    3555: "Sayaka Endo",
    3556: "Piet de Vries",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


def TO(aid: int, suffix: str = "") -> str:
    return f"[To:{aid}]{NAMES[aid]}{suffix}"


def RP(aid: int, n: int, suffix: str = "") -> str:
    """A Chatwork reply to message n of the same room, written by account aid."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}{suffix}\n"


def QT(aid: int, n: int, text: str) -> str:
    """A Chatwork quote of message n (by account aid)."""
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


REFUND_BODY = "Refund ticket #4471: confirm the refund amount with the customer"
REFUND_LT = chatwork_lt("2027-09-21", "15:00")

CASES = [
    # ------------------------------------------------------------------ 01
    conv(
        "b19en-01",
        (929001, "saltmarsh-dev"),
        M(3401, 3402, 3403, 3404, 3405),
        [
            (
                "2027-01-07 10:05",
                3401,
                "morning all, happy new year again 🎉 the Next Fest build goes to the store on 1/20, so this week is all polish",
            ),
            (
                "2027-01-07 10:20",
                3402,
                "the crash on the boss door is back, repro'd twice on the handheld. log's in #builds",
            ),
            (
                "2027-01-07 10:31",
                3401,
                RP(3402, 2)
                + "can you take a look before anything else? that one would sink the demo",
            ),
            ("2027-01-07 10:33", 3402, RP(3401, 3) + "yep on it"),
            (
                "2027-01-07 11:40",
                3403,
                "new relic icons (all 24) are in the art drive. the lantern one still looks muddy at 1x so I'll redo that",
            ),
            (
                "2027-01-07 14:02",
                3404,
                "Priya, thanks for sorting the license for the ambience pack 🙏",
            ),
            (
                "2027-01-07 14:10",
                3401,
                TO(3404)
                + " "
                + TO(3405)
                + "\nplan for the rest of the week:\n- Wes: final mix of the title theme by Friday\n- Lin: full regression pass on 0.9.3, by Tue 1/12\n- I'll write the store page blurb",
            ),
            (
                "2027-01-07 16:45",
                3405,
                "quick q: does the regression pass cover the controller remap screen or is that still behind the flag?",
            ),
            ("2027-01-07 16:52", 3402, RP(3405, 8) + "still flagged, skip it for now"),
            (
                "2027-01-08 09:15",
                3402,
                RP(3401, 3) + "fixed 🎉 it was a null anim ref on the door prefab. pushed to main",
            ),
            (
                "2027-01-08 12:30",
                3404,
                RP(3401, 7)
                + "title theme mix will slip to monday, the strings stem needs another pass sorry",
            ),
            ("2027-01-08 18:20", 3403, "lantern icon redone and re-exported at 1x/2x ✨"),
            (
                "2027-01-12 10:02",
                3405,
                "regression on 0.9.3: 41 of 58 cases through, 2 new bugs filed (#311, #312)",
            ),
            (
                "2027-01-12 10:30",
                3401,
                TO(3402)
                + "\n#312 looks like it's from your save-slot change, cna you check it today?",
            ),
            (
                "2027-01-12 15:00",
                3404,
                "final mix of the title theme is uploaded to the drive 🎶\n-- wes",
            ),
        ],
        [
            task(3, ["crash"], [3402], None, "done"),
            task(5, ["lantern"], [3403], None, "done"),
            task(7, ["title theme"], [3404], ("2027-01-11", "Mon"), "done"),
            task(7, ["regression"], [3405], ("2027-01-12", "Tue")),
            task(7, ["blurb"], [3401], None),
            task(14, ["312"], [3402], ("2027-01-12", "Tue")),
        ],
    ),
    # ------------------------------------------------------------------ 02
    conv(
        "b19en-02",
        (929002, "講師ルーム / Teachers room"),
        M(3413, 3414, 3415, 3416, 3417),
        [
            (
                "2027-03-18 09:30",
                3413,
                "おはようございます！Reminder: the spring intensive starts 4/5, placement tests are next Saturday.",
            ),
            (
                "2027-03-18 09:45",
                3413,
                TO(3414, "さん")
                + "\nCould you update the B1 placement test? Last year's listening part still uses the old audio. 来週水曜までにお願いします🙏",
            ),
            ("2027-03-18 10:02", 3414, RP(3413, 2) + "Sure, no problem 👍"),
            ("2027-03-18 11:15", 3415, "受付より：4月の体験レッスン、現在6名お申込みです。"),
            ("2027-03-18 11:20", 3416, "nice! is the kids class on sat still at 10?"),
            ("2027-03-18 11:22", 3415, RP(3416, 5) + "はい、10時からです"),
            (
                "2027-03-18 14:00",
                3413,
                TO(3416, "さん")
                + " "
                + TO(3417, "さん")
                + "\n・Kids class textbook order（Marcus）: 今週中\n・Classroom 3 projector → 業者に連絡（上田さん）\nよろしくお願いします",
            ),
            ("2027-03-18 14:30", 3417, RP(3413, 7) + "承知しました！"),
            (
                "2027-03-19 10:10",
                3416,
                "ordered the kids textbooks, 12 copies, arriving on the 25th",
            ),
            (
                "2027-03-19 16:40",
                3417,
                "プロジェクターの件、業者さんに連絡しました。月曜は振替休日なので火曜に来てくれるそうです",
            ),
            (
                "2027-03-19 17:00",
                3413,
                TO(3414, "さん")
                + "\nOne more: could you record the new listening audio for the test as well? by 3/23 please",
            ),
            (
                "2027-03-22 20:15",
                3414,
                "working from home today (holiday lol). the audio script is drafted, only the recording left",
            ),
            (
                "2027-03-23 15:30",
                3414,
                RP(3413, 11) + "listening audio recorded and uploaded to the shared folder ✅",
            ),
            ("2027-03-24 09:00", 3413, RP(3413, 2) + "placement test の進捗どうですか？"),
            (
                "2027-03-24 11:45",
                3414,
                RP(3413, 2)
                + "B1 placement test updated, the new audio is linked in the answer key 😊",
            ),
            (
                "2027-03-24 12:00",
                3415,
                "[toall]\n4月の時間割をアップしました。金曜までに各自ご確認お願いします🙏",
            ),
        ],
        [
            task(2, ["placement test"], [3414], ("2027-03-24", "Wed"), "done"),
            task(7, ["textbook"], [3416], ("2027-03-19", "Fri"), "done"),
            task(7, ["projector"], [3417], None, "done"),
            task(11, ["audio"], [3414], ("2027-03-23", "Tue"), "done"),
            task(16, ["時間割"], [3413, 3414, 3416, 3417], ("2027-03-26", "Fri")),
        ],
    ),
    # ------------------------------------------------------------------ 03
    conv(
        "b19en-03",
        (929003, "Paper Lantern – bookings & edits"),
        M(3425, 3426, 3427, 3428),
        [
            (
                "2027-06-12 22:40",
                3426,
                "Hayashi/Cole wedding done 📸 ~1,900 frames, cards backed up twice",
            ),
            ("2027-06-12 22:55", 3425, "amazing!! how bad was the rain"),
            ("2027-06-12 23:01", 3426, RP(3425, 2) + "stopped right before the vows lol"),
            (
                "2027-06-13 10:20",
                3425,
                TO(3426)
                + " "
                + TO(3427)
                + "\nHayashi/Cole next steps:\n- Jun: cull down to ~600 by Tuesday\n- Bea: sneak peek (15 shots) to the couple this week",
            ),
            ("2027-06-13 10:45", 3427, ":+1:"),
            (
                "2027-06-13 11:30",
                3428,
                "[qt]Hi! Could you send us the full gallery before our honeymoon on the 20th? Thanks so much, Mei[/qt]\nfrom the Hayashi/Cole inbox, fyi",
            ),
            (
                "2027-06-13 12:10",
                3425,
                RP(3428, 6)
                + "full gallery by the 20th isn't realistic. I'll reply to her and offer a 6/25 date",
            ),
            (
                "2027-06-14 09:30",
                3427,
                TO(3428)
                + "\ncould you book the studio for the Tanaka engagement shoot? they asked for 6/19 afternoon",
            ),
            ("2027-06-14 09:50", 3428, RP(3427, 8) + "booked, 13:00–16:00 ✔"),
            (
                "2027-06-14 10:05",
                3428,
                "also I'll update the price sheet on the website this week, the old one still says 2026",
            ),
            (
                "2027-06-14 21:00",
                3425,
                RP(3425, 7) + "replied to Mei, she's fine with 6/25 🙌",
            ),
            ("2027-06-15 17:30", 3426, "cull is at ~780, still trimming the reception"),
            (
                "2027-06-15 17:35",
                3425,
                RP(3425, 4) + "Jun, no stress, Thursday is fine for the cull",
            ),
            (
                "2027-06-16 08:10",
                3428,
                "anyone up for a second-shooter gig on 7/3? a planner friend is asking",
            ),
            (
                "2027-06-16 11:00",
                3427,
                "sneak peek sent to the couple 💌 they replied with about 20 heart emojis",
            ),
            (
                "2027-06-17 10:00",
                3425,
                TO(3427)
                + "\ncan you also do the album layout draft for the Moriyama wedding? by next Monday please",
            ),
        ],
        [
            task(4, ["cull"], [3426], ("2027-06-17", "Thu")),
            task(4, ["sneak peek"], [3427], ("2027-06-18", "Fri"), "done"),
            task(7, ["reply"], [3425], None, "done"),
            task(8, ["studio"], [3428], None, "done"),
            task(10, ["price sheet"], [3428], ("2027-06-18", "Fri")),
            task(16, ["album"], [3427], ("2027-06-21", "Mon")),
        ],
    ),
    # ------------------------------------------------------------------ 04
    conv(
        "b19en-04",
        (929004, "billing-ops"),
        M(3433, 3434, 3435, 3436, 3437),
        [
            (
                "2027-09-17 09:00",
                3437,
                "Daily dunning summary: 14 failed renewals, 3 cards expiring this month.",
            ),
            (
                "2027-09-17 09:30",
                3433,
                "[toall]\nmonth-end close is 9/30. please get your reconciliation items into the sheet by next Wednesday 🙏",
            ),
            (
                "2027-09-17 10:05",
                3434,
                "the proration bug on annual → monthly downgrades is real btw, customers get charged the full month",
            ),
            (
                "2027-09-17 10:12",
                3433,
                RP(3434, 3) + "ugh. can you fix it before close? within 3 business days ideally",
            ),
            ("2027-09-17 10:20", 3434, RP(3433, 4) + "will do"),
            (
                "2027-09-17 11:00",
                3435,
                task_added(3436, REFUND_LT, REFUND_BODY, "time"),
            ),
            (
                "2027-09-17 11:40",
                3436,
                "[qt]Please cancel my subscription and refund the last two months, I never used it.[/qt]\nthat's #4471 for context. fun one 🙃",
            ),
            (
                "2027-09-21 10:00",
                3437,
                "Daily dunning summary: 9 failed renewals, 1 card expiring this month.",
            ),
            ("2027-09-21 13:40", 3436, task_done(3436, REFUND_LT, REFUND_BODY, "time")),
            (
                "2027-09-21 14:00",
                3434,
                "proration fix is in review, ~70% of the test matrix passing so far",
            ),
            ("2027-09-21 16:10", 3435, "finance items are in the reconciliation sheet ✅"),
            (
                "2027-09-22 09:15",
                3433,
                TO(3436)
                + "\ncould you draft the customer email about the proration fix? keep it short, legal hasn't cleared any apology wording yet",
            ),
            (
                "2027-09-22 09:20",
                3436,
                RP(3433, 12) + "sure, you'll have it by noon tomorrow",
            ),
            (
                "2027-09-22 17:50",
                3433,
                RP(3433, 2)
                + "all reconciliation items are in, thanks everyone, closing this one ✅",
            ),
            (
                "2027-09-24 11:00",
                3434,
                RP(3433, 4)
                + "proration fix merged and deployed, downgrades prorate correctly now 🎉",
            ),
            (
                "2027-09-24 11:30",
                3433,
                RP(3433, 12)
                + "Noor, the email is no longer needed, legal wants to send it themselves",
            ),
            ("2027-09-24 11:35", 3436, "ok 👌"),
            (
                "2027-09-24 14:00",
                3434,
                "I'll add a regression test for the annual→monthly downgrade path by next Tuesday",
            ),
        ],
        [
            task(2, ["reconciliation"], [3434, 3435, 3436], ("2027-09-22", "Wed"), "done"),
            task(4, ["proration"], [3434], ("2027-09-24", "Fri"), "done"),
            task(6, ["refund"], [3436], ("2027-09-21T15:00", "Tue"), "done"),
            task(18, ["regression test"], [3434], ("2027-09-28", "Tue")),
        ],
        self_account_id=3437,
    ),
    # ------------------------------------------------------------------ 05
    conv(
        "b19en-05",
        (929005, "Spoke & Chain – shop leads"),
        M(3445, 3446, 3447, 3448),
        [
            (
                "2027-04-27 09:10",
                3445,
                "GW is always our busiest week for tune-ups. heads up: Kichijoji opens at 9 instead of 10 from 4/29 to 5/5",
            ),
            (
                "2027-04-27 09:30",
                3448,
                "the 11-speed chains we usually get are backordered until mid may. KMC ones are in stock",
            ),
            (
                "2027-04-27 09:40",
                3445,
                RP(3448, 2)
                + "ok, switch the GW chain order to KMC then.\nalso pls get 40 more 700x25 inner tubes in by thursday, we ran out last year",
            ),
            ("2027-04-27 09:45", 3448, RP(3445, 3) + "👍 will do both"),
            (
                "2027-04-27 13:20",
                3446,
                "Shibuya: the truing stand clamp snapped again. we're borrowing Kichijoji's for now",
            ),
            (
                "2027-04-27 13:40",
                3445,
                TO(3446)
                + "\ncould you order a replacement clamp direct from Park Tool? put it on the shop card",
            ),
            (
                "2027-04-27 18:05",
                3448,
                RP(3445, 3)
                + "switched the chain order to KMC, confirmation's in the purchasing folder",
            ),
            (
                "2027-04-28 10:00",
                3447,
                "Kichijoji GW schedule: Mika and Ren on 4/29–5/2, me on 5/3–5/5",
            ),
            (
                "2027-04-28 15:30",
                3448,
                "tubes arrived early, 20 in the back room at each shop",
            ),
            (
                "2027-04-30 19:00",
                3445,
                TO(3446)
                + " "
                + TO(3447)
                + "\nplease send me your GW tune-up counts by 5/6, I need them for the monthly report",
            ),
            (
                "2027-05-04 20:30",
                3447,
                "Kichijoji: 143 tune-ups for GW so far, final number after tomorrow",
            ),
            (
                "2027-05-06 10:00",
                3446,
                RP(3445, 6)
                + "new clamp from Park Tool arrived and it's on the stand ✔ Elena, yours is coming back today",
            ),
            ("2027-05-06 11:20", 3447, RP(3445, 10) + "Kichijoji: 171 tune-ups total"),
            ("2027-05-06 14:00", 3446, RP(3445, 10) + "Shibuya: 198 🔥"),
            (
                "2027-05-06 14:10",
                3445,
                RP(3445, 10) + "got both counts, thanks, closing this ✅ great GW everyone",
            ),
            (
                "2027-05-06 14:30",
                3445,
                TO(3447)
                + "\nfor next year, could you put together a GW staffing template? by 5/31 is fine",
            ),
        ],
        [
            task(3, ["KMC"], [3448], None, "done"),
            task(3, ["tubes"], [3448], ("2027-04-29", "Thu"), "done"),
            task(6, ["clamp"], [3446], None, "done"),
            task(10, ["tune-up"], [3446, 3447], ("2027-05-06", "Thu"), "done"),
            task(16, ["template"], [3447], ("2027-05-31", "Mon")),
        ],
    ),
    # ------------------------------------------------------------------ 06
    conv(
        "b19en-06",
        (929006, "Fetchly app – delivery"),
        M(3457, 3458, 3459, 3460, 3461),
        [
            (
                "2027-07-14 10:00",
                3457,
                "sprint 6 demo went well 🎉 Mara's notes are in the doc, mostly copy tweaks",
            ),
            (
                "2027-07-14 10:15",
                3461,
                "Thanks all! One bigger ask: could you add the sitter's rating to the booking screen? Happy to jump on a call if it's a big change",
            ),
            (
                "2027-07-14 10:40",
                3457,
                RP(3461, 2)
                + TO(3460)
                + "\ncan you mock that up first? then Ravi and Kiko can size it",
            ),
            ("2027-07-14 11:00", 3460, RP(3457, 3) + "yep, I'll have it by Friday"),
            (
                "2027-07-14 15:20",
                3458,
                "TestFlight build 0.6.2 is up, includes the push permission fix",
            ),
            ("2027-07-14 15:25", 3459, "android 0.6.2 is on the internal track too"),
            (
                "2027-07-15 09:30",
                3461,
                "Ravi, Kiko, thanks for the quick turnaround on the push fix 🙏",
            ),
            (
                "2027-07-16 16:50",
                3460,
                RP(3457, 3) + "rating mockups are in Figma, page 'booking v3' 👀",
            ),
            (
                "2027-07-16 17:10",
                3457,
                TO(3458)
                + " "
                + TO(3459)
                + "\ncould you both estimate the rating change from Felix's mockups? by Tuesday please, we plan sprint 7 on Wednesday",
            ),
            ("2027-07-16 17:30", 3459, "ok! fyi I'm off monday for the holiday"),
            ("2027-07-20 11:00", 3458, "iOS estimate: 3 pts"),
            (
                "2027-07-20 14:20",
                3459,
                "android estimate is 5 pts, the list adapter needs a refactor first",
            ),
            (
                "2027-07-20 15:00",
                3457,
                "thanks both, 8 pts total. I'll slot the rating change into sprint 7",
            ),
            (
                "2027-07-21 10:00",
                3461,
                "Quick one: the App Store screenshots still show the old logo. Could someone swap them by Friday? that's when we submit",
            ),
            ("2027-07-21 10:30", 3457, "fyi sprint 7 planning moved to Thursday 10:00"),
            (
                "2027-07-21 16:00",
                3460,
                "if you need the new logo in other sizes just let me know",
            ),
        ],
        [
            task(2, ["rating"], [], None),
            task(3, ["mock"], [3460], ("2027-07-16", "Fri"), "done"),
            task(9, ["estimate"], [3458, 3459], ("2027-07-20", "Tue")),
            task(13, ["sprint 7"], [3457], None),
            task(14, ["screenshots"], [], ("2027-07-23", "Fri")),
        ],
    ),
    # ------------------------------------------------------------------ 07
    conv(
        "b19en-07",
        (929007, "輸出チーム / Export desk"),
        M(3469, 3470, 3471, 3472, 3473),
        [
            (
                "2027-12-20 09:00",
                3469,
                "おはようございます。年内最終の船積みは12/27(月)です。Last vessel cut-off is 12/24 noon.",
            ),
            (
                "2027-12-20 09:20",
                3472,
                "Kanto Precision wants to ship 2x40HC to Rotterdam before year end. booking request incoming",
            ),
            (
                "2027-12-20 09:45",
                3469,
                TO(3470, "さん")
                + "\nplease secure space for Kanto Precision on the 12/27 vessel, 今日中にお願いします",
            ),
            ("2027-12-20 10:05", 3470, RP(3469, 3) + "on it"),
            (
                "2027-12-20 11:30",
                3471,
                "通関書類のテンプレート、新しいHSコード対応版に差し替えました。",
            ),
            (
                "2027-12-20 15:40",
                3470,
                RP(3469, 3) + "space confirmed on the 12/27 sailing, booking no. is in the sheet",
            ),
            (
                "2027-12-20 15:50",
                3472,
                "great, I'll forward the booking confirmation to Kanto Precision",
            ),
            (
                "2027-12-21 10:00",
                3469,
                TO(3473, "さん")
                + " "
                + TO(3471, "さん")
                + "\nKanto Precision 書類:\n・B/L draft（石田さん）: 12/23まで\n・Export declaration（杉本さん）: 12/23 15:00まで\nよろしくお願いします",
            ),
            ("2027-12-21 11:00", 3472, "forwarded to them, they said thanks 🙇"),
            (
                "2027-12-22 17:00",
                3473,
                "B/L draftできました。Kanto Precisionさんに確認依頼済みです",
            ),
            (
                "2027-12-23 11:20",
                3471,
                RP(3469, 8) + "申告は12/24朝イチになりそうです。インボイスの金額修正待ちです🙏",
            ),
            ("2027-12-23 11:25", 3469, RP(3471, 11) + "了解です"),
            ("2027-12-24 09:50", 3471, "輸出申告完了、許可下りました ✅"),
            (
                "2027-12-24 14:00",
                3472,
                TO(3469, "さん")
                + "\nKanto Precision also wants a quote for a Feb shipment to Hamburg. I'll prepare it, no rush from their side",
            ),
            ("2027-12-24 14:10", 3469, RP(3472, 14) + "OK、よろしくお願いします"),
            ("2027-12-27 18:00", 3470, "containers loaded, vessel sailed on time 🚢"),
            (
                "2027-12-28 10:00",
                3469,
                "今年もお疲れ様でした！12/29〜1/3はお休みです。\n"
                + TO(3470, "さん")
                + "\nRotterdam 到着予定のご案内を、お客様に2営業日以内に送っておいてください🙏",
            ),
            ("2027-12-28 10:20", 3470, RP(3469, 17) + "will do, have a good break!"),
        ],
        [
            task(3, ["space"], [3470], ("2027-12-20", "Mon"), "done"),
            task(7, ["confirmation"], [3472], None, "done"),
            task(8, ["B/L"], [3473], ("2027-12-23", "Thu"), "done"),
            task(8, ["declaration"], [3471], ("2027-12-24T10:00", "Fri"), "done"),
            task(14, ["quote"], [3472], None),
            task(17, ["到着"], [3470], ("2028-01-05", "Wed")),
        ],
    ),
    # ------------------------------------------------------------------ 08 (no task)
    conv(
        "b19en-08",
        (929008, "taproom crew"),
        M(3481, 3482, 3483, 3484),
        [
            ("2027-08-06 16:00", 3481, "new seasonal (yuzu saison) goes on tap 3 tonight 🍋"),
            ("2027-08-06 16:05", 3482, "finally!! how's the carbonation?"),
            (
                "2027-08-06 16:12",
                3481,
                RP(3482, 2) + "bit lively, should settle after a day in the keg",
            ),
            (
                "2027-08-06 21:30",
                3483,
                "busy night, the IPA keg kicked around 9. spare's already hooked up",
            ),
            (
                "2027-08-07 11:00",
                3484,
                "[qt]Hi, could you hold a table for 12 this Saturday at 7? Thanks, Ota[/qt]\nfrom the taproom inbox, fyi. already told him we're walk-in only",
            ),
            (
                "2027-08-08 14:00",
                3482,
                "does anyone know if the street festival on the 11th still happens in the rain?",
            ),
            ("2027-08-08 14:20", 3484, RP(3482, 6) + "yes, rain or shine per their site"),
            (
                "2027-08-08 14:25",
                3483,
                "if anyone needs a ride to the festival I've got the van, just shout",
            ),
            ("2027-08-09 10:00", 3481, "taproom hours on 8/11: 12:00–20:00 (holiday)"),
            (
                "2027-08-10 18:00",
                3484,
                "yuzu saison reviews are 🔥 three people asked if we sell cans",
            ),
            ("2027-08-10 18:04", 3483, "when are cans coming btw? lmk"),
            (
                "2027-08-10 18:30",
                3481,
                RP(3483, 11) + "september probably, still waiting on the label printer",
            ),
            (
                "2027-08-11 21:45",
                3482,
                "festival was packed, sold out of the saison by 6! thanks all 🙌",
            ),
            ("2027-08-11 21:50", 3484, ":beers: :tada:"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ 09
    conv(
        "b19en-09",
        (929009, "字幕制作 / Subtitle projects"),
        M(3493, 3494, 3495, 3496, 3497),
        [
            (
                "2027-11-01 10:00",
                3493,
                "おはようございます。New project: 'The Quiet Harbour' (feature, 104 min), EN subs for a festival screener. 素材はサーバーにあります",
            ),
            (
                "2027-11-01 10:05",
                3497,
                "Hi all! we'd need the final .srt from you by 11/15, the festival wants the screener on the 19th. sorry it's tight!\n—\nLisa Wong | Harbourview Pictures",
            ),
            (
                "2027-11-01 10:30",
                3493,
                TO(3496, "さん") + "\nspotting を11/4までにお願いできますか？🙏",
            ),
            ("2027-11-01 10:40", 3496, RP(3493, 3) + "了解です👍"),
            (
                "2027-11-01 10:45",
                3493,
                TO(3494, "さん")
                + "\ncould you do the EN translation? reel by reel as spotting comes in, all five reels by 11/10 please",
            ),
            ("2027-11-01 11:00", 3494, "sure thing. is the director's glossary final?"),
            ("2027-11-01 11:10", 3493, RP(3494, 6) + "final版です、/refs にあります"),
            ("2027-11-02 18:30", 3496, "spotting: reels 1–3 done, 4 and 5 still to go"),
            (
                "2027-11-04 16:00",
                3496,
                RP(3493, 3) + "spotting finished for all 5 reels ✅",
            ),
            (
                "2027-11-04 16:05",
                3493,
                RP(3496, 9)
                + "ありがとうございます！ついでに festival 指定の SRT 形式への変換もお願いできますか？",
            ),
            ("2027-11-04 16:10", 3495, "黒田です。QCは11/11から入れます。"),
            (
                "2027-11-04 16:30",
                3493,
                TO(3495, "さん")
                + "\nQCをお願いします。11/12 18時までに戻していただけると助かります",
            ),
            (
                "2027-11-08 09:40",
                3494,
                "translation at about 60%, reel 4 has a lot of overlapping dialogue",
            ),
            (
                "2027-11-09 10:00",
                3494,
                RP(3493, 5)
                + "reel 5 is dense too, I'll need until Friday for the whole thing, sorry!",
            ),
            (
                "2027-11-09 10:20",
                3493,
                RP(3493, 12) + "翻訳が金曜までずれるので、QCの期限を11/16に変更させてください🙏",
            ),
            (
                "2027-11-09 11:00",
                3497,
                RP(3497, 2) + "no worries on our side, 11/17 for the .srt works",
            ),
            (
                "2027-11-12 17:45",
                3494,
                "translation's done, all 5 reels uploaded for QC 🎬",
            ),
        ],
        [
            task(2, ["srt"], [], ("2027-11-17", "Wed")),
            task(3, ["spotting"], [3496], ("2027-11-04", "Thu"), "done"),
            task(5, ["translation"], [3494], ("2027-11-12", "Fri"), "done"),
            task(10, ["SRT"], [3496], None),
            task(12, ["QC"], [3495], ("2027-11-16", "Tue")),
        ],
    ),
    # ------------------------------------------------------------------ 10
    conv(
        "b19en-10",
        (929010, "Kestrel PP – maintenance & leasing"),
        M(3505, 3506, 3507, 3508),
        [
            (
                "2027-02-09 09:00",
                3505,
                "morning. unit 402 at Maple Court reported no hot water overnight, tenant is staying with family",
            ),
            ("2027-02-09 09:05", 3506, "I'll get the plumber out today"),
            (
                "2027-02-09 13:30",
                3506,
                "plumber's been, it's the heater's ignition board. part arrives friday",
            ),
            (
                "2027-02-09 14:00",
                3505,
                TO(3506)
                + " "
                + TO(3508)
                + "\n- Ryo: confirm with the tenant once the part is fitted\n- Victor: 3-day rent credit for 402",
            ),
            ("2027-02-09 14:05", 3508, RP(3505, 4) + "on it"),
            (
                "2027-02-10 10:00",
                3507,
                "4 viewing requests for 201 at Maple Court this week. anyone free to cover the Saturday 11:00 viewing? I'm at the Oak St handover",
            ),
            (
                "2027-02-10 16:30",
                3507,
                RP(3507, 6)
                + "no longer needed, they moved the viewing to Monday and I'm free then",
            ),
            (
                "2027-02-12 16:00",
                3506,
                "ignition board fitted at 402, hot water's back 🔥 tenant confirmed everything works",
            ),
            ("2027-02-15 09:30", 3508, "credit for 402 applied to March rent, ¥12,300"),
            (
                "2027-02-15 11:00",
                3505,
                "Oak St annual fire inspection is on 3/3.\n"
                + TO(3506)
                + "\n- book the inspector\n- tenant notice out by 2/24",
            ),
            (
                "2027-02-15 11:15",
                3506,
                QT(3505, 10, "- book the inspector") + "inspector booked for 3/3 10:00",
            ),
            ("2027-02-17 15:00", 3507, "201 is let! signed today, move-in 3/1 🥳"),
            (
                "2027-02-17 15:10",
                3508,
                "Tess, thanks for getting the deposit paperwork in early",
            ),
            (
                "2027-02-19 10:00",
                3505,
                TO(3507)
                + "\ncan you prepare the move-in pack for 201? keys, meter readings, welcome letter. by next Friday",
            ),
            (
                "2027-02-22 17:40",
                3506,
                RP(3505, 10)
                + "still waiting on the inspector's written confirmation, so the tenant notice will go out thursday instead",
            ),
            (
                "2027-02-24 09:00",
                3505,
                "reminder: office was closed yesterday for the holiday, phones are forwarded again from today",
            ),
        ],
        [
            task(2, ["plumber"], [3506], ("2027-02-09", "Tue"), "done"),
            task(4, ["tenant"], [3506], None, "done"),
            task(4, ["credit"], [3508], None, "done"),
            task(10, ["inspector"], [3506], None, "done"),
            task(10, ["notice"], [3506], ("2027-02-25", "Thu")),
            task(14, ["move-in"], [3507], ("2027-02-26", "Fri")),
        ],
    ),
    # ------------------------------------------------------------------ 11 (no task)
    conv(
        "b19en-11",
        (929011, "Crux Yard setters"),
        M(3517, 3518, 3519, 3520),
        [
            (
                "2027-10-08 18:00",
                3517,
                "reset of the cave wall went smooth, 14 new problems up 🧗",
            ),
            ("2027-10-08 18:10", 3518, "the pink V4 in the corner feels more like V6 tbh"),
            ("2027-10-08 18:15", 3519, RP(3518, 2) + "agreed, the crimp on move 3 is nasty"),
            ("2027-10-08 18:40", 3517, RP(3518, 2) + "fair, members will tell us soon enough 😂"),
            ("2027-10-09 10:30", 3520, "comp on the 24th: registration hit 60 already"),
            ("2027-10-09 10:35", 3518, "wow. do we know how many setters the comp needs?"),
            ("2027-10-09 10:50", 3520, RP(3518, 6) + "4 plus a head setter, same as last year"),
            ("2027-10-09 11:00", 3519, "I can help out on comp day if you're short"),
            (
                "2027-10-10 20:00",
                3517,
                "[qt]Could you please set more slab problems for beginners? My kids love them![/qt]\nfeedback card from the front desk, made me smile",
            ),
            (
                "2027-10-11 12:00",
                3518,
                "gym's crazy busy for the holiday, 300+ check-ins by noon",
            ),
            (
                "2027-10-11 12:10",
                3519,
                "let me know when the new hold order lands, want to see the colours",
            ),
            (
                "2027-10-11 12:30",
                3517,
                RP(3519, 11)
                + "tracking says wednesday. Freya said she'll bring the catalogue on sunday too",
            ),
            (
                "2027-10-12 09:00",
                3520,
                "Mateo, thanks for covering my shift on Sunday! :muscle:",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------ 12
    conv(
        "b19en-12",
        (929012, "ニセコ店 / Niseko shop"),
        M(3529, 3530, 3531, 3532, 3533),
        [
            (
                "2027-11-15 09:00",
                3529,
                "おはようございます。Season opening is 11/26 if the snow holds ❄️",
            ),
            (
                "2027-11-15 09:10",
                3529,
                "[toall]\n開業前チェックリストをシートに載せました。各自の担当分を今週中に埋めてください🙏",
            ),
            (
                "2027-11-15 09:30",
                3530,
                "will do. Taro, are the demo skis back from the factory yet?",
            ),
            (
                "2027-11-15 09:40",
                3531,
                RP(3530, 3) + "まだです、水曜着の予定です。少々お待ちください",
            ),
            (
                "2027-11-15 13:00",
                3533,
                TO(3532, "さん")
                + "\nbooking site の英語ページ、料金表が去年のままです。修正お願いできますか？明日までで大丈夫です",
            ),
            ("2027-11-15 13:20", 3532, RP(3533, 5) + "sorry!! fixing it now"),
            (
                "2027-11-15 14:05",
                3532,
                RP(3533, 5) + "price table on the EN page is updated ✅",
            ),
            (
                "2027-11-16 10:00",
                3530,
                "Taro, the boot dryer in rack B is making that grinding noise again",
            ),
            ("2027-11-16 10:05", 3531, RP(3530, 8) + "I'll check it by 3pm"),
            (
                "2027-11-16 14:30",
                3531,
                RP(3531, 9) + "dryer fan bearing was worn, replaced it. quiet now 👌",
            ),
            ("2027-11-17 11:00", 3532, "checklist: front desk section filled in"),
            (
                "2027-11-17 11:30",
                3529,
                TO(3531, "さん")
                + "\nデモスキー届きました！全部ワックスがけとエッジ調整をお願いします。11/24まで",
            ),
            ("2027-11-19 17:00", 3530, "shop floor section of the checklist done ✔"),
            (
                "2027-11-19 17:30",
                3529,
                RP(3529, 2) + "山口さん、チューンナップの欄だけまだ空いてます。月曜まででOKです",
            ),
            (
                "2027-11-22 18:00",
                3531,
                RP(3529, 2) + "チューン欄も記入しました。これで全部埋まりました✅",
            ),
            (
                "2027-11-24 16:00",
                3531,
                RP(3529, 12) + "demo skis: all 30 waxed ✅ edges done on 22 so far",
            ),
            (
                "2027-11-24 16:30",
                3529,
                "ありがとう！opening party is 11/26 19:00 at the shop, everyone welcome 🍻",
            ),
        ],
        [
            task(2, ["チェックリスト"], [3530, 3531, 3532], ("2027-11-22", "Mon"), "done"),
            task(5, ["料金表"], [3532], ("2027-11-16", "Tue"), "done"),
            task(9, ["dryer"], [3531], ("2027-11-16T15:00", "Tue"), "done"),
            task(12, ["ワックス"], [3531], ("2027-11-24", "Wed"), "done"),
            task(12, ["エッジ"], [3531], ("2027-11-24", "Wed")),
        ],
        self_account_id=3533,
    ),
    # ------------------------------------------------------------------ 13
    conv(
        "b19en-13",
        (929013, "show: The Long Commute"),
        M(3541, 3542, 3543, 3544, 3545),
        [
            (
                "2027-04-08 10:00",
                3541,
                "ep 41 (the night-bus drivers one) is locked, airs Tuesday 🎙",
            ),
            ("2027-04-08 10:10", 3543, "final master exported, -16 LUFS integrated"),
            (
                "2027-04-08 10:30",
                3541,
                "ep 41 promo:\n- Theo: three audiograms for socials\n- Gus: show notes, I'd need them by Monday noon",
            ),
            ("2027-04-08 10:35", 3542, "ugh yes sorry, monday noon latest"),
            (
                "2027-04-08 14:00",
                3545,
                "guest update: the lighthouse keeper said yes for ep 43! recording 4/20 in the studio",
            ),
            (
                "2027-04-08 14:20",
                3541,
                RP(3545, 5)
                + TO(3545)
                + " you legend 🎉 can you send her the pre-interview questions by Friday? I'll book studio B for the 20th",
            ),
            ("2027-04-09 11:10", 3545, RP(3541, 6) + "questions sent over to her ✉️"),
            (
                "2027-04-09 11:30",
                3544,
                "audiograms: 2 of 3 done, the third clip has licensed music under it, checking if we can clear it",
            ),
            ("2027-04-09 16:00", 3541, "studio B is booked for the 20th, 13:00–17:00"),
            ("2027-04-12 11:58", 3542, "show notes are in the doc 📝 two minutes to spare lol"),
            (
                "2027-04-12 14:00",
                3541,
                RP(3541, 3)
                + "let's drop the audiograms for this ep, the licensing isn't worth the headache.\n"
                + TO(3544)
                + " can you make a quote card instead?",
            ),
            ("2027-04-12 14:10", 3544, RP(3541, 11) + "sure, by tomorrow 10:00"),
            ("2027-04-13 09:40", 3544, "quote card's live on all three channels"),
            ("2027-04-13 18:00", 3542, "ep 41 is out! 300 plays already 🚌"),
            (
                "2027-04-14 10:00",
                3541,
                TO(3543) + "\nep 42 raw files are on the drive. rough cut by next Thursday please?",
            ),
            ("2027-04-14 10:30", 3543, RP(3541, 15) + "yep 👍"),
            (
                "2027-04-16 17:00",
                3544,
                "if anyone wants the ep 41 stats broken down by platform, just ask",
            ),
        ],
        [
            task(3, ["show notes"], [3542], ("2027-04-12T12:00", "Mon"), "done"),
            task(6, ["questions"], [3545], ("2027-04-09", "Fri"), "done"),
            task(6, ["studio"], [3541], None, "done"),
            task(11, ["quote card"], [3544], ("2027-04-13T10:00", "Tue"), "done"),
            task(15, ["rough cut"], [3543], ("2027-04-22", "Thu")),
        ],
    ),
    # ------------------------------------------------------------------ 14 (no task)
    conv(
        "b19en-14",
        (929014, "Tides exhibition – install crew"),
        M(3553, 3554, 3555, 3556),
        [
            (
                "2027-05-27 08:30",
                3553,
                "crates for 'Tides' arrived at the loading dock, 22 in total",
            ),
            ("2027-05-27 08:45", 3554, "condition reports for crates 1–10 done, no damage 🙌"),
            (
                "2027-05-27 09:00",
                3555,
                "which gallery gets the whale skeleton, 2 or 3? the floor plan shows both",
            ),
            ("2027-05-27 09:10", 3553, RP(3555, 3) + "gallery 3, the plan's been updated"),
            (
                "2027-05-27 12:00",
                3556,
                "lunch is on the museum today, sandwiches in the staff room 🥪",
            ),
            (
                "2027-05-27 15:30",
                3554,
                "crates 11–22 also clear. the loan agreement asks for 50% RH max, fyi",
            ),
            (
                "2027-05-28 10:00",
                3555,
                "[qt]Please ensure all objects are handled with nitrile gloves at all times.[/qt]\nfrom the lender's handling notes, just so everyone's seen it",
            ),
            ("2027-05-28 16:45", 3553, "the whale is up!! 🐋 photos in the shared album"),
            (
                "2027-05-29 11:00",
                3554,
                "anyone know if the café is open on sunday during install?",
            ),
            ("2027-05-29 11:20", 3556, RP(3554, 9) + "closed till opening day I think"),
            (
                "2027-05-30 20:00",
                3555,
                "Piet, thanks for staying late with the lighting rig yesterday",
            ),
            (
                "2027-05-31 09:00",
                3553,
                "press preview is 6/3 at 14:00 now, I'll let you all know if the director's office moves it again",
            ),
        ],
        [],
    ),
]
