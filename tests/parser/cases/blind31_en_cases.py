# ruff: noqa: E501
"""Blind set 31, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b31en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 31, English part A: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md (in full),
the build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files, README,
benchmarks or git history, and never ran the parser or chatsync on these texts. Ten
searches of public material were used only to learn how people phrase asks, promises,
follow-ups, completions, cancellations and deadlines: GitHub issue and PR threads
(PTAL / "can someone take a look", bump / "any update?" / ETA, "LGTM, merging",
"closing as fixed in", reverts, self-assigning / "I'll take this", "no longer needed" /
parking / won't-fix closes, "will circle back") and workplace-writing pages (Indian
English office phrasing such as "do the needful" and "revert", British polite
requests "could you possibly" / "shall we", Slack shorthand EOD / COB / ETA, and
"pending / waiting on your approval" nudges). Every person, company, room, product,
issue number and sentence here is invented and written fresh; nothing is copied.
Gold dues were computed with /tmp/b31/en_a/dues.py (datetime + jpholiday, one
function per row of the spec's deadline table), never by hand, and each due carries
its weekday so build.py catches a typo. Cancelled tasks are left out of the gold, as
the spec drops them. All rooms run on Asia/Tokyo in 2041.

Domains:
- b31en-01: maintainers of an open-source Python config library (CI bot as self account).
- b31en-02: an Indian QA vendor and its Tokyo payments-app client (mixed Japanese/English).
- b31en-03: the Tokyo office of a UK events agency planning a product launch.
- b31en-04: a fintech wallet's support desk (mixed Japanese/English, a human lead as self account).
- b31en-05: a university ocean-acoustics research group (no task at all).
- b31en-06: volunteer coordinators of a charity 10K run.
- b31en-07: an indie game studio before a showcase build lock.

Dates: English "later today", "EOD", "by today EOD", "tomorrow", "by tomorrow noon",
bare weekdays ("by Friday", "by Thursday", "Monday", "by Tuesday"), "next Tuesday" /
"next Wednesday" / "next Monday", "this week", M/D ("by 6/13", "by 6/26"); Japanese
今日の15時, 明日の昼, 明日の午前中, 2営業日以内 (over 春分の日 3/20), 週明けまでに (sent
Thu 5/2, over Golden Week and the 5/6 substitute holiday → Tue 5/7); Chatwork task
markup with ltype=time and ltype=date. "Next Tuesday" sent on Fri 2/8 crosses
建国記念の日; catering lands on 4/30 right after 昭和の日; a (cancelled) booth layout
was due on 海の日. No February–July deadline naturally crosses 12/29–1/3, so none does.
Phrases the spec does not define (COB Thursday, EOW, "within 48 hours", "mid-next
week", British "29/4 and 3–6/5", "by 1 May") appear only in information that attaches
to no work, or next to a decided deadline that is the one attached to the work.

Covers: developer-thread habits (I'll put up a PR later today; PR is up → closes that
commitment; PTAL with [To:]; LGTM, merging → closes the review; "can someone take a
look" with nobody named, closed later by "closing — fixed in #421" as a reply;
"assigning #425 to you"; checkbox release list with @owners and an "I'll" line, one
deadline said once for all; one item moved by its assignee's reply "will have to be
next Tuesday"; bump / "any update? ETA?" as an information question; "still on it,
halfway" closing nothing; reverted as plain information; CI bot [info] posts; [code]);
Indian English (preponed, "I will share ... by tomorrow", "kindly review and revert by
EOD", "kindly do the needful by tomorrow", "will do the needful" as acceptance, PFA-
style delivery); Japanese colleagues' English (ASAP-ish でお願いします, (bow), 反映済み);
British English (could you possibly, leave it with me, cheers, no stress, Golden Week
list); declarative and implicit asks ("still needs your sign-off — we're blocked on
your approval" to the self account, "still waiting on the logo files from you", "the
venue contract still needs your sign-off"); questions that ask for work ("Anyone free
to pick up the bib boxes by Thursday?", "Could someone export the key art") versus
questions for information; subject-less commitments and acceptances (will do, on it,
sure thing by Friday, can do Thursday as an assignee reply moving the date, "can do,
by Tuesday even", I'll circle back tomorrow as a promise to report); several tasks in
one message for different people ([To:] + "Name:" lines, bullet lines, both by
Friday / all by Friday) and two pieces of work in one sentence (remaster + send the
stems); status in other words (shipped / it's live, sent over, booked, signed, picked
up, uploaded, finalised and shared, approved, 反映済み, 完了, Chatwork task_done) by
reply, by [qt][qtmeta] quote and bare from an assignee's only open task; not done
(didn't get to it, halfway, blocked, 3 of 5, 40/52, 半分くらい, "my part is in" from
one assignee of a [toall] task); cancellations ("publisher pulled the TikTok push, no
longer needed" by the requester's reply, "Kamome Drinks pulled their booth, no longer
needed" by the requester's quote) and "let's park this" on a mere idea; [toall]
excluding a bot self account and a human self account; noise (emoji, lowercase, long
vowels, full-width ！？、, typos, [info], [code], links).

Left out of the gold and not built upon: volunteering replies to a request with no
named assignee ("I can do Thursday" to "Anyone free to …?") — the spec does not say
whether that is a new commitment or an acceptance, so such requests are answered only
with information or closed by a completion reply; handing a task to someone else
(the spec has no reassignment) — the one hand-off-like case is a plain cancellation;
"first thing Monday", "tonight", "end of next week", "by the 15th" as a task's only
deadline; a reply naming a different date to a multi-task message without naming the
item (every date-moving reply here names its item and comes from its assignee).

Part B
------
Blind set 31, English part B: seven English and mixed Japanese/English Chatwork rooms (b31en-08 .. b31en-14).

How it was written: blind. The author read only shared/spec/extraction.md (in
full), the tests/parser/cases/build.py helper and the first 75 and last 30 lines
of blind22_en_cases.py (for the file's shape); never the parser's source, its
other tests, case files, README, benchmarks or git history, never the other
helpers' folders, and never ran the parser or chatsync on these texts. Ten
searches of public material (GitHub issue/PR threads and workplace-writing
pages) were used only to learn how people phrase things: PTAL / review asks and
"LGTM, merging" close-outs, bumps and "any update?", "closing, fixed in #n",
parking / no-longer-needed threads, Indian English office usage (do the
needful, revert = reply, prepone), British polite requests (could you possibly,
shall I, cheers), Slack acknowledgement habits, and English business mail with
Japanese clients. Every person, company, room, product and sentence here is
invented and written fresh; nothing is copied. Gold dues were computed with the
throwaway script /tmp/b31/en_b/dues.py (datetime + jpholiday, one function per
row of the spec's deadline table), never by hand; each due carries its weekday
so build.py catches a typo. Cancelled tasks are left out of the gold, as the
spec drops them. All rooms are Asia/Tokyo, August 2041 .. January 2042.

Domains:
- b31en-08: a hospital's clinical-applications IT team (PR review, ward tablets, a revert), over 文化の日 + the 11/4 substitute holiday.
- b31en-09: an architecture firm and its Japanese clinic client (mixed), over 敬老の日 and 秋分の日 (3営業日以内 skips 9/23).
- b31en-10: a logistics start-up's Bengaluru ops desk and its Tokyo HQ (Indian English + a Japanese colleague), across the 12-29 .. 01-03 break.
- b31en-11: a law firm's litigation paralegals (British English), a human self account, over スポーツの日.
- b31en-12: a lettings agency's viewing desk over 山の日 and its 8/12 substitute holiday — no task at all.
- b31en-13: a marketing agency and its Japanese brewery client (mixed), a bot as self account posting Chatwork tasks, 5営業日以内 across the year-end break.
- b31en-14: an e-bike start-up's firmware/app/support room just after New Year, over 成人の日.

Dates: today / EOD / "later today"; tomorrow; "tomorrow noon"; bare weekdays
("by Friday", "by Tuesday", "can do Thursday", "ETA Wednesday", "by Monday");
"Thursday 5pm"; next + weekday ("next Tuesday", "next Thursday", "next
Monday", "next Wednesday"); 来週水曜; M/D (9/20, 9/25, 12/27, 11/29); YYYY/M/D
(2042/1/7); 3営業日以内 over a Monday holiday; 5営業日以内 across 12-29 .. 01-03;
Chatwork task markup with ltype=date and ltype=time; no phrase (null). Dates
that describe the thing (a courier "for Tuesday morning", the 12/2 print
arrival, 12/30 opening, 11/5 training slot) are no deadline.

Covers: developer-thread habits (PR "is up" + PTAL with nobody named, closed by
"LGTM ... merged"; "I'll put up a PR later today"; "assigning #590 to you ...
ETA?"; bump / any update?; "closing the ticket, fixed in #412"; "reverted" +
"I'll redo it properly"; "PR's up" closing a put-up-a-PR task; a checkbox
backlog with "— @Name" owners and a ticked "[x] ... done" line that is no
task; "PR #598 is up but not merged yet" closing nothing); Indian English
(kindly do the needful, kindly revert on ..., will revert by Monday, "ok sir",
preponed call as FYI); British English (could you possibly, shall I ...? as an
offer, cheers, bank holiday, bit of a slog); Japanese colleagues' English mixed
with Japanese (-san, 年末年始 we are closed, よろしくお願いします, (bow));
declarative asks ("the invoice still needs your sign-off", "support is blocked
on your approval", "we're still waiting on ... could you chase them?");
subject-less acceptances by reply (will do, on it, sure thing by next Tuesday,
can do Thursday, leave it with me, Will do sir by Tuesday, ETA Wednesday) that
create nothing and, where they carry a day, set the due; several tasks in one
message for different people with one deadline said once ("- @Marcus — ...",
"1. Rohit – ... / 2. Deepa – ...", "- Harriet: ...", "- [ ] Nate: ...", "me —" /
"me:" for the sender); a reply that accepts, delegates and commits at once is
avoided, but [To:] beating the replied-to person is tested (b31en-14 #6);
deadlines moved by the assignee's reply ("I'll need until Tuesday", "Will
revert by Monday", "will slip to next Tuesday", "pushing it to next Wednesday",
"Will try again Thursday" after a failed attempt) and set by acceptance
(来週水曜までにお送りします, "by 9/20"); implicit review asks by reply after a
delivery (ご確認お願いします, PTAL) opening a task for the replied-to person;
completion in other words (merged, fixed, booked, signed, shared, sent over,
live in Zendesk, exported, 決定しました, 承認が取れました, お送りしました,
"checked with the city") by reply, by quote with qtmeta, by Chatwork
task_done, and bare from an assignee whose only open task it is; not-done
wording (halfway, still on it, didn't get to it, ほぼできています / 1枚目ができました,
voicemail both times, not merged yet); bare "done ✅" / "I logged my hours" /
確認しました from one assignee of a multi-assignee task closing nothing, and a
quote closing one; [toall] with and without a self account (the bot and the
human self account are left out); cancellations by the requester in other
words ("no longer needed on the app side", 不要になりました by quote);
look-alikes that ask for nothing (a role: "anyone free to cover the on-call
pager Saturday?", offers "let me know, happy to help out", "Shall I ...?",
questions for information, a tenant email in [qt], an SMS template in [code],
minutes in [info], bot reminders, promises to report, reports of other
people's plans with EOW / COB, praise, holiday notices); noise (typos such as
recieved, lowercase, long vowels, emoji, (bow), full-width punctuation).

Left out of the gold: nothing was left out as undecided, because no
conversation was built on an undecided reading. Deliberately avoided: hand-offs
of a task to another person (the spec has no rule that changes an assignee), a
non-reply "on it"/"will do" (reply or new commitment is not decided), answers
to a "pick one" ask that do not say decided/done, and deadline phrases outside
the table (EOW, COB, "by the 25th", "before the long weekend/break", "mid-next
week", "within 48 hours"): these appear only in information or next to a
decided date that is the one attached to the work. The rooms without a task:
b31en-12.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]"


LT_REFUND = chatwork_lt("2041-05-10", "18:00")
BODY_REFUND = "INC-2207: reconcile refund status for the 60 affected users"
LT_SHEETS = chatwork_lt("2041-07-16")
BODY_SHEETS = "Print marshal briefing sheets (60 copies)"

CASES_A = [
    # ------------------------------------------------------------------ b31en-01
    conv(
        "b31en-01",
        (962001, "burrow maintainers 🦡"),
        [
            (9501, "Ines Carvalho"),
            (9502, "Tomasz Wrona"),
            (9503, "Keiko Arai"),
            (9504, "Dev Malhotra"),
            (9505, "burrow-ci"),
        ],
        [
            # 1
            (
                "2041-02-06 10:02",
                9501,
                "morning all ☕ 0.19 milestone is down to 6 open issues 🎉",
            ),
            # 2
            (
                "2041-02-06 10:15",
                9502,
                "#412 (env var interpolation eating `$$`) — got a fix locally, I'll put up a PR later today",
            ),
            # 3
            (
                "2041-02-06 10:16",
                9505,
                "[info][title]CI · nightly (main)[/title]✅ 312 passed, 0 failed · py3.13 / py3.14[/info]",
            ),
            # 4
            (
                "2041-02-06 13:40",
                9503,
                "can someone take a look at #418? windows paths with a drive letter break `include:` and I cant repro on mac 🙇‍♀️",
            ),
            # 5
            (
                "2041-02-06 14:05",
                9504,
                RP(9503, 4)
                + "repro'd on win11. it's the backslash in `C:\\` getting read as an escape seq",
            ),
            # 6
            (
                "2041-02-06 17:48",
                9502,
                "[To:9501]Ines\nPR for #412 is up → #420. PTAL when you get a sec 🙏",
            ),
            # 7
            (
                "2041-02-06 17:55",
                9505,
                "[info][title]CI · PR #420[/title]❌ 1 failed: test_include_windows (py3.14)[/info]",
            ),
            # 8
            (
                "2041-02-07 09:30",
                9501,
                RP(9502, 6) + "LGTM, merging 🚀 (the windows failure is the known flaky one)",
            ),
            # 9
            (
                "2041-02-07 09:31",
                9505,
                "[info][title]merged[/title]#420 → main (ines-c)[/info]",
            ),
            # 10
            (
                "2041-02-07 11:20",
                9501,
                "[toall]\n0.19 release checklist, all by Friday pls 🙏\n- [ ] changelog for 0.19 — @Keiko\n- [ ] tag rc1 — @Tomasz\n- [ ] I'll write the release announcement for the blog",
            ),
            # 11
            ("2041-02-07 11:34", 9503, "will do 👍"),
            # 12
            (
                "2041-02-08 10:05",
                9502,
                RP(9501, 10)
                + "rc1 will have to be next Tuesday, sorry — want the #418 fix in it, and monday's a holiday here anyway 🎌",
            ),
            # 13
            (
                "2041-02-08 10:20",
                9504,
                "#421 is up for the drive-letter thing, tiny diff",
            ),
            # 14
            (
                "2041-02-08 13:00",
                9503,
                RP(9504, 13) + "LGTM 👍 one nit on the test name, not blocking",
            ),
            # 15
            ("2041-02-08 13:12", 9504, RP(9503, 4) + "closing — fixed in #421 🎉"),
            # 16
            ("2041-02-08 17:30", 9503, RP(9501, 10) + "changelog's in → #423 📝"),
            # 17
            (
                "2041-02-12 09:40",
                9502,
                "rc1 tagged and on TestPyPI:\n[code]pip install -i https://test.pypi.org/simple/ burrow==0.19.0rc1[/code]",
            ),
            # 18
            (
                "2041-02-12 10:30",
                9501,
                "[toall] could you each triage 3 issues from the `needs-repro` label by next Monday? backlog's at 57 😬",
            ),
            # 19
            (
                "2041-02-12 10:41",
                9501,
                "[To:9504]Dev\nassigning #425 to you — same windows path family as #418. no rush",
            ),
            # 20
            ("2041-02-12 10:50", 9504, RP(9501, 19) + "👍"),
            # 21
            (
                "2041-02-12 15:20",
                9504,
                "bump — any update on the announcement post? ETA? want to share it on the discord",
            ),
            # 22
            (
                "2041-02-12 15:45",
                9501,
                "still on it, about halfway 😅 the migration section is the long bit",
            ),
            # 23
            ("2041-02-13 11:10", 9503, "triaged my 3 ✅ two were dupes of #401"),
        ],
        [
            task(2, ["PR"], [9502], ("2041-02-06", "Wed"), "done"),
            task(4, ["418"], [], None, "done"),
            task(6, ["420"], [9501], None, "done"),
            task(10, ["changelog"], [9503], ("2041-02-08", "Fri"), "done"),
            task(10, ["rc1"], [9502], ("2041-02-12", "Tue"), "done"),
            task(10, ["announcement"], [9501], ("2041-02-08", "Fri"), "open"),
            task(18, ["triage"], [9502, 9503, 9504], ("2041-02-18", "Mon"), "open"),
            task(19, ["425"], [9504], None, "open"),
        ],
        self_account_id=9505,
    ),
    # ------------------------------------------------------------------ b31en-02
    conv(
        "b31en-02",
        (962002, "Kanade Pay × Vyom QA｜5.2 release testing"),
        [
            (9511, "坂本 浩"),
            (9512, "野村 由紀"),
            (9513, "Ananya Iyer"),
            (9514, "Rohit Menon"),
            (9515, "Sneha Pillai"),
        ],
        [
            # 1
            (
                "2041-03-14 10:00",
                9511,
                "[toall]\nお疲れ様です。5.2 の本番リリースが 3/27(水) → 3/25(月) に前倒しになりました。Sorry for the short notice (bow)",
            ),
            # 2
            (
                "2041-03-14 10:12",
                9513,
                "Noted, Sakamoto-san 👍 Since the release is preponed by two days, I will share the revised test plan by tomorrow.",
            ),
            # 3
            (
                "2041-03-15 11:30",
                9513,
                "[To:9511]坂本さん\nRevised test plan (v3) shared on the drive as promised → https://drive.example.com/vyom/kanade/5.2/testplan_v3\nKindly review and revert by EOD 🙏",
            ),
            # 4
            (
                "2041-03-15 12:05",
                9512,
                "[To:9513]Ananya-san [To:9514]Rohit-san\nrc3 を staging に deploy しました。Release note: https://wiki.example.com/kanade/5.2-rc3\nfull regression、ASAP-ish でお願いします🙏",
            ),
            # 5
            ("2041-03-15 12:10", 9514, "Sure Yuki-san, starting post lunch 👍"),
            # 6
            (
                "2041-03-18 09:20",
                9511,
                RP(9513, 3)
                + "確認しました、LGTM です。No comments from our side 👍 返信遅くなりすみません",
            ),
            # 7
            (
                "2041-03-18 18:05",
                9514,
                "Regression status EOD: 212/340 executed, 3 fails in the payment retry flow. Logged as KP-881, KP-882, KP-883.",
            ),
            # 8
            (
                "2041-03-18 18:30",
                9513,
                "[To:9512]Yuki-san\nKP-881 is a blocker for us, the retry screen crashes on Android 15 so 40 cases are stuck. Kindly do the needful by tomorrow 🙏",
            ),
            # 9
            (
                "2041-03-18 18:45",
                9512,
                RP(9513, 8) + "了解です！明日の午前中に fix 入れます",
            ),
            # 10
            (
                "2041-03-19 11:50",
                9512,
                RP(9513, 8) + "KP-881 fixed in rc4、staging に反映済みです🙆‍♀️",
            ),
            # 11
            (
                "2041-03-19 12:30",
                9515,
                "Hi all, I'm joining from today for the iOS pass 🙋‍♀️ where can I find the test data sheet?",
            ),
            # 12
            (
                "2041-03-19 12:40",
                9514,
                RP(9515, 11) + "Sneha, its in the shared drive → QA/5.2/testdata.xlsx",
            ),
            # 13
            (
                "2041-03-19 14:00",
                9511,
                "[To:9513]Ananya-san\n明日 3/20 は祝日(春分の日)なので弊社はお休みです。sign-off report を2営業日以内にいただけますか？リリース前に社内 approval が必要でして…",
            ),
            # 14
            ("2041-03-19 14:10", 9513, "Sure Sakamoto-san, will do the needful 👍"),
            # 15
            (
                "2041-03-21 10:30",
                9513,
                "Team, plan for today & tomorrow:\n- Rohit: re-run the Android retry cases on rc4, by today EOD\n- Sneha: iOS smoke on rc4 by tomorrow noon\nping me if anything is blocking",
            ),
            # 16
            (
                "2041-03-21 17:55",
                9514,
                RP(9513, 15) + "retry cases re-run done, 18/18 passed ✅",
            ),
            # 17
            (
                "2041-03-22 11:40",
                9515,
                RP(9513, 15)
                + "iOS smoke: 40/52 done, blocked on the OTP screen — test SIM has no signal 😓 will update",
            ),
            # 18
            ("2041-03-22 12:10", 9512, "fyi、staging だと OTP は 000000 で通ります"),
            # 19
            (
                "2041-03-22 13:30",
                9515,
                "Thanks Yuki-san!! that worked. iOS smoke completed, 52/52 pass 🎉",
            ),
            # 20
            (
                "2041-03-22 15:00",
                9513,
                RP(9512, 4)
                + "Full regression completed on rc4: 340/340 executed, 0 open blockers. Report is in the drive.",
            ),
            # 21
            (
                "2041-03-22 18:20",
                9513,
                "[To:9511]坂本さん\nSign-off report sent over by mail just now. Thanks to the whole team for the push 🙏",
            ),
            # 22
            (
                "2041-03-25 10:05",
                9511,
                "[toall] 5.2 本番リリース完了しました🎉 Vyom team、本当にありがとうございました (bow)",
            ),
        ],
        [
            task(2, ["test plan"], [9513], ("2041-03-15", "Fri"), "done"),
            task(3, ["test plan"], [9511], ("2041-03-15", "Fri"), "done"),
            task(4, ["regression"], [9513, 9514], None, "done"),
            task(8, ["KP-881"], [9512], ("2041-03-19T12:00", "Tue"), "done"),
            task(13, ["sign-off"], [9513], ("2041-03-22", "Fri"), "done"),
            task(15, ["retry"], [9514], ("2041-03-21", "Thu"), "done"),
            task(15, ["iOS smoke"], [9515], ("2041-03-22T12:00", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ b31en-03
    conv(
        "b31en-03",
        (962003, "Halden & Rook Tokyo · Aoba Audio launch"),
        [
            (9521, "Fiona Castell"),
            (9522, "Oliver Penhale"),
            (9523, "Priya Sandhu"),
            (9524, "Mark Ashdown"),
            (9525, "Saki Morita"),
        ],
        [
            # 1
            (
                "2041-04-15 09:10",
                9521,
                "Morning all! Aoba have confirmed the launch for Thu 9 May at the Daikanyama space 🥂 Cheers everyone for the push on the pitch",
            ),
            # 2
            (
                "2041-04-15 09:25",
                9522,
                "Brilliant. I'll get a first pass of the run of show over by Friday.",
            ),
            # 3
            (
                "2041-04-15 09:40",
                9521,
                "[To:9523]Priya\nCould you possibly pin down the AV supplier this week? Tokyo Sound Works quoted last time, happy to go with them again if they're free",
            ),
            # 4
            ("2041-04-15 09:52", 9523, "Leave it with me 👍"),
            # 5
            (
                "2041-04-15 11:00",
                9524,
                "Quick one — are we on the new Aoba brand guidelines or the 2040 ones? Don't fancy redoing the lanyards again 😅",
            ),
            # 6
            (
                "2041-04-15 11:20",
                9521,
                RP(9524, 5) + "New ones. Saki said she'd send them over today.",
            ),
            # 7
            (
                "2041-04-16 10:05",
                9524,
                "[To:9525]Saki-san\nStill waiting on the logo files from you — can't start the signage without them 🙏",
            ),
            # 8
            (
                "2041-04-16 10:30",
                9525,
                RP(9524, 7) + "So sorry Mark-san! Sent over just now via WeTransfer (bow)",
            ),
            # 9
            (
                "2041-04-16 15:00",
                9523,
                "FYI Kitchen Tsubomi's office is shut from COB Thursday till Monday (staff trip)",
            ),
            # 10
            (
                "2041-04-17 14:00",
                9523,
                RP(9521, 3) + "AV's booked — Tokyo Sound Works, load-in 8 May from 15:00 📦",
            ),
            # 11
            (
                "2041-04-18 16:45",
                9522,
                RP(9522, 2)
                + "Run of show will have to be Monday, sorry — still missing the speaker order from Aoba",
            ),
            # 12
            ("2041-04-18 16:52", 9521, "No worries, Monday's fine 👌"),
            # 13
            (
                "2041-04-19 10:10",
                9521,
                "[To:9525]Saki-san\nThe venue contract still needs your sign-off — could you possibly get it back to us by next Wednesday? The venue's hold lapses after that.",
            ),
            # 14
            (
                "2041-04-19 10:40",
                9525,
                RP(9521, 13)
                + "Yes! Our legal is reviewing it now, we'll have it signed by Tuesday 🙆‍♀️",
            ),
            # 15
            (
                "2041-04-22 17:30",
                9522,
                RP(9522, 2) + "ROS v1's on the drive → /Aoba/ROS_v1 🗂️ cheers for the patience all",
            ),
            # 16
            (
                "2041-04-23 12:15",
                9525,
                "[qt][qtmeta aid=9521 time={t13}]The venue contract still needs your sign-off — could you possibly get it back to us by next Wednesday?[/qt]\nSigned and sent back to the venue this morning ✍️",
            ),
            # 17
            (
                "2041-04-23 14:00",
                9521,
                "[toall]\nRight, a few things before Golden Week kicks in, all by Friday please 🙏\n• Mark — signage artwork to the printer\n• Priya — final catering headcount to Kitchen Tsubomi\n• Oliver — speaker briefing pack\nOffice is shut 29/4 and 3–6/5, so Friday really is the last day",
            ),
            # 18
            ("2041-04-23 14:20", 9524, RP(9521, 17) + "signage can do Thursday 👍"),
            # 19
            (
                "2041-04-24 11:00",
                9523,
                RP(9521, 17)
                + "catering: Tsubomi only need the final number by 1 May, so I'll send it next Tuesday once the RSVPs close",
            ),
            # 20
            (
                "2041-04-25 18:10",
                9524,
                "signage files sent to the printer ✅ proofs back monday",
            ),
            # 21
            (
                "2041-04-26 17:00",
                9522,
                "didn't get to the briefing pack today, sorry — the speaker bios only landed at 4 😩",
            ),
            # 22
            ("2041-04-26 17:20", 9521, "No stress. Have a lovely Golden Week all 🎏"),
        ],
        [
            task(2, ["run of show"], [9522], ("2041-04-22", "Mon"), "done"),
            task(3, ["AV supplier"], [9523], ("2041-04-19", "Fri"), "done"),
            task(7, ["logo files"], [9525], None, "done"),
            task(13, ["contract"], [9525], ("2041-04-23", "Tue"), "done"),
            task(17, ["signage"], [9524], ("2041-04-25", "Thu"), "done"),
            task(17, ["catering"], [9523], ("2041-04-30", "Tue"), "open"),
            task(17, ["briefing pack"], [9522], ("2041-04-26", "Fri"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ b31en-04
    conv(
        "b31en-04",
        (962004, "Kasumi Wallet サポートデスク (JP/EN)"),
        [
            (9531, "藤井 直子"),
            (9532, "Ben Okafor"),
            (9533, "田辺 陸"),
            (9534, "Chloe Marsh"),
            (9535, "上野 大地"),
        ],
        [
            # 1
            (
                "2041-05-02 10:00",
                9535,
                "[toall]\nお疲れ様です。FSA 向けの月次報告用に、4月分の苦情件数をチャネルごとに週明けまでにまとめてもらえますか？テンプレは先月と同じシートです🙏",
            ),
            # 2
            ("2041-05-02 10:12", 9532, "👍"),
            # 3
            (
                "2041-05-02 17:30",
                9531,
                "GW前最後の日、みなさんお疲れ様でした🎏 queue は 380 件で締めです。良い連休を！",
            ),
            # 4
            (
                "2041-05-07 09:05",
                9531,
                "おはようございます。GW明けで queue 1,240 件です😇 let's go",
            ),
            # 5
            (
                "2041-05-07 09:20",
                9533,
                "refund 系が多いですー。top 3: 二重決済、card declined、KYC pending",
            ),
            # 6
            (
                "2041-05-07 09:45",
                9534,
                "[To:9531]Naoko-san\nThe GW refund batch (¥3.2M, 418 tickets) still needs your sign-off before we can push it. We're blocked on your approval 🙏",
            ),
            # 7
            (
                "2041-05-07 10:10",
                9531,
                RP(9534, 6) + "Approved in the console ✅ 遅くなってごめんなさい",
            ),
            # 8
            ("2041-05-07 10:30", 9534, "thanks! batch is running, ETA ~40 min"),
            # 9
            (
                "2041-05-07 11:00",
                9532,
                "[info][title]INC-2207 double charge on Apple Pay top-ups[/title]~60 users since 5/3. Root cause: retry-on-timeout in the gateway client. Hotfix in review.[/info]",
            ),
            # 10
            (
                "2041-05-07 11:05",
                9531,
                "[To:9532]Ben [To:9533]Riku\nINC-2207 の件、\n- Ben: hotfix の本番 deploy、今日の15時までに\n- Riku: 影響ユーザー向けのお詫びメールの下書き\nお願いします🙏",
            ),
            # 11
            ("2041-05-07 11:08", 9532, "on it"),
            # 12
            (
                "2041-05-07 14:40",
                9532,
                RP(9531, 10)
                + "hotfix shipped, v8.14.2 is live 🚀 monitoring the gateway dashboards",
            ),
            # 13
            (
                "2041-05-07 15:30",
                9533,
                RP(9531, 10) + "お詫びメール、半分くらいです💦 補償の書き方で止まってます",
            ),
            # 14
            (
                "2041-05-07 15:45",
                9531,
                "[To:9535]上野さん\n補償 (¥500 credit) の文言、compliance 的に問題ないか確認いただけますか？明日の昼までにお願いできると助かります",
            ),
            # 15
            ("2041-05-07 16:20", 9532, "苦情件数、私の分(L2 escalations)は入れました"),
            # 16
            (
                "2041-05-08 11:20",
                9535,
                RP(9531, 14)
                + "確認しました、問題ありません。強いて言えば「返金」より「クレジット付与」の方が正確です",
            ),
            # 17
            (
                "2041-05-08 13:00",
                9533,
                RP(9531, 10)
                + "お詫びメールの下書き完了です → https://docs.example.com/inc2207-mail 📝",
            ),
            # 18
            (
                "2041-05-08 16:00",
                9531,
                task_added(9534, LT_REFUND, BODY_REFUND, "time"),
            ),
            # 19
            (
                "2041-05-09 10:00",
                9533,
                "FYI 5/13(月)はお休みいただきます(bow) 担当 ticket は Ben さんに引き継ぎ済みです",
            ),
            # 20
            (
                "2041-05-09 17:20",
                9532,
                "weekly KPI: FRT 3h12m (GW effect), CSAT 4.3. details in the sheet 📊",
            ),
            # 21
            ("2041-05-10 17:40", 9534, task_done(9534, LT_REFUND, BODY_REFUND, "time")),
            # 22
            (
                "2041-05-10 17:45",
                9534,
                "reconciled: 58 refunded, 2 chargebacks pending with the card network (they say within 48 hours)",
            ),
        ],
        [
            task(1, ["苦情件数"], [9532, 9533, 9534], ("2041-05-07", "Tue"), "open"),
            task(6, ["refund batch"], [9531], None, "done"),
            task(10, ["hotfix"], [9532], ("2041-05-07T15:00", "Tue"), "done"),
            task(10, ["お詫びメール"], [9533], None, "done"),
            task(14, ["文言"], [9535], ("2041-05-08T12:00", "Wed"), "done"),
            task(18, ["refund status"], [9534], ("2041-05-10T18:00", "Fri"), "done"),
        ],
        self_account_id=9531,
    ),
    # ------------------------------------------------------------------ b31en-05
    conv(
        "b31en-05",
        (962005, "Ocean Acoustics Lab 🌊 group chat"),
        [
            (9541, "Marta Lindqvist"),
            (9542, "Jun Hasegawa"),
            (9543, "Aisha Bello"),
            (9544, "Leo Fischer"),
        ],
        [
            # 1
            (
                "2041-06-03 09:30",
                9541,
                "Good morning! Group meeting moves to Thursday 14:00 this week (B312).",
            ),
            # 2
            (
                "2041-06-03 10:05",
                9543,
                "Reviewer comments for the JASA paper are back 😬 the main one:\n[qt]Please revise Figure 4 to include uncertainty bands, and clarify the sampling rate used in Section 3.[/qt]",
            ),
            # 3
            (
                "2041-06-03 10:20",
                9542,
                "Figure 4 strikes again 😂 we should probably talk it through on Thursday rather than here",
            ),
            # 4
            ("2041-06-03 10:22", 9541, "Agreed, Thursday."),
            # 5
            (
                "2041-06-03 13:40",
                9544,
                "does anyone know where the spare hydrophone cables went? not in cabinet C",
            ),
            # 6
            (
                "2041-06-03 13:55",
                9542,
                RP(9544, 5) + "pretty sure they're still in the van from the Sagami Bay trip",
            ),
            # 7
            (
                "2041-06-04 09:10",
                9543,
                "Uploaded the cleaned 2040 deployment data → /data/sagami/2040_clean. If anything looks off just shout",
            ),
            # 8
            ("2041-06-04 11:00", 9544, "thank youuu Aisha, that saves me a week lol"),
            # 9
            (
                "2041-06-04 16:30",
                9541,
                "FYI the department cluster is down for maintenance 6/8–6/9, running jobs will be killed 🛠️",
            ),
            # 10
            (
                "2041-06-05 10:00",
                9542,
                "I'll let you all know when I hear back from the ship scheduling office about the July cruise — they said mid-next week",
            ),
            # 11
            (
                "2041-06-05 10:30",
                9544,
                "Marta, quick q — is the thesis template the 2040 one or the new one? no rush, let me know when you have a sec",
            ),
            # 12
            (
                "2041-06-05 11:15",
                9541,
                RP(9544, 11)
                + "New one, it's on the grad school site. Happy to help if the LaTeX fights you",
            ),
            # 13
            (
                "2041-06-06 16:10",
                9541,
                "Thanks all for a good meeting today. Notes: Fig 4 approach agreed, cruise dates TBC, Leo's ch.2 draft is looking good 👏",
            ),
            # 14
            ("2041-06-07 17:30", 9543, "have a nice weekend everyone 🐋"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ b31en-06
    conv(
        "b31en-06",
        (962006, "Sumida Riverside 10K – volunteer coordinators"),
        [
            (9551, "Grace Tan"),
            (9552, "Kenji Moriyama"),
            (9553, "Emma Doyle"),
            (9554, "Arjun Rao"),
            (9555, "Mei Kobayashi"),
        ],
        [
            # 1
            (
                "2041-07-08 19:30",
                9551,
                "Evening all 🏃‍♀️ 13 days to go! 212 volunteers signed up, we need ~240",
            ),
            # 2
            (
                "2041-07-08 19:42",
                9552,
                "I'll put the volunteer callout up on the club Instagram again today",
            ),
            # 3
            (
                "2041-07-08 20:05",
                9553,
                "Anyone free to pick up the bib boxes from the printer in Kinshicho by Thursday?",
            ),
            # 4
            ("2041-07-08 22:15", 9552, "callout's up on IG 📣 already 4 new sign-ups"),
            # 5
            (
                "2041-07-09 08:30",
                9551,
                "[To:9554]Arjun [To:9555]Mei\nTwo things for the water stations, both by Friday please 🙏\nArjun: confirm the 40 water jugs with the Sumida ward office\nMei: shift roster for stations 2 and 3",
            ),
            # 6
            ("2041-07-09 08:41", 9555, "sure thing, by Friday 👍"),
            # 7
            (
                "2041-07-09 09:00",
                9551,
                "[To:9552]Kenji\ncould you sketch the sponsor booth layout for the finish area by next Monday? 🙏",
            ),
            # 8
            (
                "2041-07-09 09:15",
                9554,
                "on it. I'll circle back tomorrow once I've spoken to them",
            ),
            # 9
            (
                "2041-07-10 12:30",
                9554,
                RP(9551, 5)
                + "ward office is fine with the jugs but they want the request form by fax 📠 so not confirmed yet",
            ),
            # 10
            (
                "2041-07-11 17:40",
                9555,
                RP(9553, 3) + "picked up the bib boxes, they're in the club storeroom 📦",
            ),
            # 11
            (
                "2041-07-12 10:00",
                9551,
                task_added(9553, LT_SHEETS, BODY_SHEETS, "date"),
            ),
            # 12
            (
                "2041-07-12 16:20",
                9555,
                RP(9551, 5) + "roster will have to be next Tuesday, two people dropped out 😓",
            ),
            # 13
            ("2041-07-12 16:35", 9551, "no problem 👍"),
            # 14
            (
                "2041-07-12 17:00",
                9554,
                "form faxed and the ward office confirmed 40 jugs for Saturday 7/20 delivery ✅",
            ),
            # 15
            (
                "2041-07-13 11:00",
                9553,
                "marshal briefing — should it include the new detour at Azuma bridge? or is that still TBC",
            ),
            # 16
            (
                "2041-07-13 11:30",
                9551,
                RP(9553, 15)
                + "still TBC, the ward said they'd confirm by EOW. leave it out for now",
            ),
            # 17
            (
                "2041-07-14 20:00",
                9552,
                "[toall] reminder: volunteer briefing is Thu 7/18 19:00 at the Sumida community centre 🚰",
            ),
            # 18
            (
                "2041-07-15 11:00",
                9552,
                RP(9551, 7)
                + "booth layout pushed to Wednesday, still waiting on Kamome Drinks' tent dimensions ⛺",
            ),
            # 19
            ("2041-07-16 09:10", 9553, task_done(9553, LT_SHEETS, BODY_SHEETS, "date")),
            # 20
            (
                "2041-07-16 17:50",
                9555,
                RP(9551, 5) + "roster for stations 2 & 3 finalised and shared in the sheet 🗂️",
            ),
            # 21
            (
                "2041-07-17 10:00",
                9551,
                "[qt][qtmeta aid=9551 time={t7}]could you sketch the sponsor booth layout for the finish area by next Monday? 🙏[/qt]\nKenji — Kamome Drinks pulled their sampling booth, so the layout's no longer needed. sorry for the runaround!",
            ),
            # 22
            (
                "2041-07-17 21:00",
                9553,
                "idea for next year: finisher medals from recycled bottle caps? let's park this till after the race 😄",
            ),
            # 23
            (
                "2041-07-18 21:30",
                9551,
                "Great briefing tonight, thank you all 💛 see you Sunday at 6:30!",
            ),
        ],
        [
            task(2, ["callout"], [9552], ("2041-07-08", "Mon"), "done"),
            task(3, ["bib"], [], ("2041-07-11", "Thu"), "done"),
            task(5, ["water jugs"], [9554], ("2041-07-12", "Fri"), "done"),
            task(5, ["roster"], [9555], ("2041-07-16", "Tue"), "done"),
            task(11, ["briefing sheets"], [9553], ("2041-07-16", "Tue"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ b31en-07
    conv(
        "b31en-07",
        (962007, "Lanternfish Games · Moss & Marrow showcase"),
        [
            (9561, "Sora Ishikawa"),
            (9562, "Hannah Lowe"),
            (9563, "Tobi Adeyemi"),
            (9564, "Camille Roux"),
            (9565, "Yuto Kimura"),
        ],
        [
            # 1
            (
                "2041-06-10 10:00",
                9561,
                "morning 🐟 showcase build lock is Fri 6/14. let's keep scope tight",
            ),
            # 2
            (
                "2041-06-10 10:20",
                9561,
                "[toall]\n- [ ] Hannah — fix the save corruption on quit (#212)\n- [ ] Tobi — lighting pass on the boss arena\n- [ ] Camille — 5 new screenshots for the Steam page\nall by 6/13 please, gives us a day for QA",
            ),
            # 3
            (
                "2041-06-10 10:40",
                9562,
                "#212 is nasty, repro rate is like 1 in 30 😵‍💫",
            ),
            # 4
            (
                "2041-06-11 11:15",
                9564,
                "Could someone export the new key art at 1920x1080 for the capsule? no rush, this week is fine",
            ),
            # 5
            (
                "2041-06-11 15:00",
                9565,
                "new ambience loop for the swamp level is in the build, tell me if it's too loud 🐸",
            ),
            # 6
            (
                "2041-06-12 14:45",
                9562,
                RP(9561, 2)
                + "#212 fixed and merged into the showcase branch ✅ autosave timer was racing the quit handler",
            ),
            # 7
            (
                "2041-06-12 16:00",
                9564,
                "screenshots: 3 of 5 done, the boss ones need Tobi's lighting first 🙏",
            ),
            # 8
            (
                "2041-06-13 11:00",
                9563,
                "lighting pass: blocked, baked GI keeps crashing the editor on my machine 😩 Hannah any idea?",
            ),
            # 9
            (
                "2041-06-13 11:20",
                9562,
                RP(9563, 8) + "thats the 4.2 engine bug, baking with 2 threads worked for me",
            ),
            # 10
            (
                "2041-06-13 18:30",
                9563,
                RP(9561, 2) + "lighting pass done and pushed 🌒 not perfect but it's in",
            ),
            # 11
            (
                "2041-06-13 19:00",
                9564,
                RP(9561, 2)
                + "didn't get to the last 2 screenshots today, will finish them tomorrow",
            ),
            # 12
            (
                "2041-06-14 12:10",
                9564,
                "all 5 Steam screenshots uploaded, the page is live with the new ones 🎉",
            ),
            # 13
            (
                "2041-06-14 13:00",
                9561,
                "Build locked 🔒 v0.9.3 shipped to the showcase organisers. thank you all!!",
            ),
            # 14
            (
                "2041-06-14 15:20",
                9561,
                "[To:9564]Camille\npublisher wants a 30s vertical cut of the trailer for TikTok — can you put one together by next Wednesday?",
            ),
            # 15
            ("2041-06-14 15:25", 9564, RP(9561, 14) + "can do, by Tuesday even"),
            # 16
            (
                "2041-06-17 10:00",
                9561,
                RP(9561, 14)
                + "publisher pulled the TikTok push, so the vertical cut is no longer needed 🙏 sorry for the churn Camille",
            ),
            # 17
            (
                "2041-06-17 10:30",
                9563,
                RP(9564, 4) + "key art exported at 1920x1080, it's in /marketing/capsule 🎨",
            ),
            # 18
            (
                "2041-06-17 11:00",
                9565,
                "I'll remaster the menu theme for the Switch port and send the stems to the porting studio",
            ),
            # 19
            (
                "2041-06-18 16:00",
                9565,
                "menu theme remaster is halfway, the strings are fighting me 🎻",
            ),
            # 20
            (
                "2041-06-19 18:00",
                9562,
                "reverted the autosave timer tweak on main, it was double-saving on Steam Deck. showcase branch unaffected",
            ),
            # 21
            (
                "2041-06-20 09:00",
                9561,
                "[To:9562]Hannah\ncould you put up a fix for the Steam Deck double-save by 6/26? 🙏",
            ),
            # 22
            ("2041-06-20 09:05", 9562, "yep, will do"),
        ],
        [
            task(2, ["save corruption"], [9562], ("2041-06-13", "Thu"), "done"),
            task(2, ["lighting"], [9563], ("2041-06-13", "Thu"), "done"),
            task(2, ["screenshots"], [9564], ("2041-06-14", "Fri"), "done"),
            task(4, ["key art"], [], ("2041-06-14", "Fri"), "done"),
            task(18, ["menu theme"], [9565], None, "open"),
            task(18, ["stems"], [9565], None, "open"),
            task(21, ["double-save"], [9562], ("2041-06-26", "Wed"), "open"),
        ],
    ),
]

NAMES = {
    # b31en-08
    9601: "Dana Whitlock",
    9602: "Marcus Oyelaran",
    9603: "Priya Venkatesh",
    9604: "Tom Hale",
    9605: "Lena Fischer",
    # b31en-09
    9611: "Olivia Brandt",
    9612: "James Whitaker",
    9613: "桜川 美和",
    9614: "中野 健",
    9615: "Rafael Costa",
    # b31en-10
    9621: "Arjun Mehta",
    9622: "Sneha Iyer",
    9623: "Rohit Kulkarni",
    9624: "Yuto Mori",
    9625: "Deepa Nair",
    # b31en-11
    9631: "Fiona McAllister",
    9632: "Oliver Penhaligon",
    9633: "Harriet Cole",
    9634: "Ben Okafor",
    9635: "Yumi Takeda",
    # b31en-12
    9641: "Hannah Brooks",
    9642: "Kenta Ishikawa",
    9643: "Sofia Marin",
    9644: "Raj Patel",
    # b31en-13
    9651: "Brightloom Bot",
    9652: "Chloe Tan",
    9653: "Nate Rivera",
    9654: "石田 由佳",
    9655: "藤本 拓也",
    9656: "Ava Lindqvist",
    # b31en-14
    9661: "Sam Achebe",
    9662: "Mina Park",
    9663: "Luis Ortega",
    9664: "Grace Liu",
    9665: "Theo Nakamura-Hill",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header to message n of the same room, written by aid."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}\n"


def QT(aid: int, n: int, text: str) -> str:
    """A Chatwork quote of message n (by aid)."""
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


def TO(aid: int, suffix: str = "") -> str:
    return f"[To:{aid}]{NAMES[aid]}{suffix}\n"


KV_BODY = "キービジュアル最終承認"
KV_LT = chatwork_lt("2041-11-26")
POSTER_BODY = "駅ポスター入稿データ作成"
POSTER_LT = chatwork_lt("2041-11-27", "15:00")

CASES_B = [
    # ------------------------------------------------------------------ b31en-08
    conv(
        "b31en-08",
        (962008, "KGH clinical apps – dev"),
        M(9601, 9602, 9603, 9604, 9605),
        [
            (
                "2041-10-31 09:12",
                9601,
                "morning all ☕ ward tablet rollout board is updated — 14 tickets open, 3 blocked on the vendor",
            ),
            (
                "2041-10-31 09:30",
                9602,
                "PR for the barcode scanner timeout is up (#412). PTAL when someone gets a sec 🙏",
            ),
            (
                "2041-10-31 09:41",
                9603,
                RP(9602, 2) + "LGTM 👍 one nit on the retry constant, not blocking. merged",
            ),
            (
                "2041-10-31 10:05",
                9604,
                TO(9603)
                + "the discharge summary PDF is cutting off the last line of the med list again on ward 6 printers 😩 could you take a look today? pleaseee",
            ),
            ("2041-10-31 10:20", 9603, RP(9604, 4) + "on it"),
            (
                "2041-10-31 11:02",
                9601,
                TO(9602)
                + TO(9603)
                + "before the long weekend:\n- [ ] @Marcus — MDM profile for the ward 4 tablets\n- [ ] @Priya — update the sign-in runbook\n- [ ] me — book the training room with facilities\nall three by Friday pls",
            ),
            (
                "2041-10-31 13:40",
                9604,
                "fyi pharmacy says the allergy banner change is live on test, no complaints so far",
            ),
            (
                "2041-10-31 15:10",
                9603,
                RP(9604, 4)
                + "found it — the footer margin was eating the last row. fixed, reprinted on ward 6 and it looks right now ✅",
            ),
            (
                "2041-11-01 09:05",
                9601,
                "training room's booked, Tue 11/5 14:00–16:00 ✅",
            ),
            (
                "2041-11-01 09:40",
                9602,
                "MDM: about halfway, the cert push keeps failing on 2 of the 12 tablets. still on it",
            ),
            (
                "2041-11-01 10:10",
                9603,
                RP(9601, 6) + "runbook updated, new screenshots and all 📸",
            ),
            (
                "2041-11-01 11:30",
                9605,
                TO(9602)
                + "could you put up a PR for log rotation on the formulary sync? it's filling the disk on app02 again",
            ),
            ("2041-11-01 11:48", 9602, RP(9605, 12) + "sure thing, by next Tuesday"),
            (
                "2041-11-05 09:20",
                9604,
                "bump — any update on the ward 4 tablets? nurses keep asking 👀",
            ),
            (
                "2041-11-05 09:35",
                9602,
                RP(9601, 6) + "cert issue was the proxy. all 12 enrolled, MDM profile pushed ✅",
            ),
            ("2041-11-05 10:02", 9602, RP(9605, 12) + "log rotation PR's up: #419"),
            (
                "2041-11-06 08:50",
                9604,
                "heads up: the discharge summary cut-off is back on ward 6 after last night's deploy 😩",
            ),
            (
                "2041-11-06 09:10",
                9603,
                "reverted last night's footer change, ward 6 is printing fine again. I'll redo it properly with a test on all 3 printer models",
            ),
            (
                "2041-11-06 09:30",
                9601,
                "closing the scanner-timeout ticket, fixed in #412. cheers all",
            ),
            (
                "2041-11-06 10:00",
                9601,
                "anyone free to cover the on-call pager Saturday? 📟",
            ),
            ("2041-11-06 10:12", 9604, "not me, sister's wedding 🎉"),
        ],
        [
            task(2, ["barcode"], [], None, "done"),
            task(4, ["discharge summary"], [9603], ("2041-10-31", "Thu"), "done"),
            task(6, ["MDM profile"], [9602], ("2041-11-01", "Fri"), "done"),
            task(6, ["runbook"], [9603], ("2041-11-01", "Fri"), "done"),
            task(6, ["training room"], [9601], ("2041-11-01", "Fri"), "done"),
            task(12, ["log rotation"], [9602], ("2041-11-05", "Tue"), "done"),
            task(18, ["footer"], [9603], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------ b31en-09
    conv(
        "b31en-09",
        (962009, "桜川医院 改修 – Arcfield"),
        M(9611, 9612, 9613, 9614, 9615),
        [
            (
                "2041-09-10 10:00",
                9614,
                "お世話になっております。先日の現地打ち合わせ、ありがとうございました。",
            ),
            (
                "2041-09-10 10:25",
                9611,
                "Thank you 中野さん! Notes from Monday:\n[info]1. Waiting room: keep the north windows\n2. X-ray room: shielding spec TBC\n3. Parking: 6 spaces minimum[/info]",
            ),
            (
                "2041-09-10 10:40",
                9611,
                TO(9614, "さん")
                + "Could you send over the existing drawings for the X-ray room by Friday? We're blocked on the shielding spec until we have them 🙏",
            ),
            (
                "2041-09-10 11:05",
                9614,
                RP(9611, 3) + "承知しました。金曜は少し難しいので、来週水曜までにお送りします🙇",
            ),
            (
                "2041-09-10 14:00",
                9612,
                TO(9615)
                + "Rafael, could you possibly render the waiting room with the north glazing option by next Thursday? Cheers",
            ),
            ("2041-09-10 14:20", 9615, RP(9612, 5) + "sure, leave it with me 👍"),
            (
                "2041-09-11 09:30",
                9613,
                TO(9611, " さん")
                + "院長の桜川です。駐車場について、6台ではなく8台にできないか検討をお願いできますか？",
            ),
            (
                "2041-09-11 09:50",
                9611,
                RP(9613, 7)
                + "Noted, 桜川先生. I'll check with the city and get back to you by 9/20 🙇",
            ),
            (
                "2041-09-11 13:00",
                9612,
                "Shall I start on the X-ray room section once the drawings arrive?",
            ),
            ("2041-09-11 13:15", 9611, "let's see what the drawings show first 🙂"),
            (
                "2041-09-13 17:30",
                9614,
                "FYI 来週月曜（9/16）は敬老の日のため休診です。",
            ),
            (
                "2041-09-18 16:10",
                9614,
                RP(9611, 3) + "X-ray room の既存図面、PDF 3点お送りしました。ご確認お願いします",
            ),
            (
                "2041-09-18 16:30",
                9611,
                RP(9614, 12)
                + "Checked — all three are legible and the wall thickness is marked 👍 thank you!",
            ),
            (
                "2041-09-19 11:00",
                9615,
                RP(9612, 5)
                + "waiting room render with the north glazing is done, it's in /renders/0919 🏥",
            ),
            (
                "2041-09-19 11:20",
                9612,
                TO(9613, "様")
                + "The waiting room render is ready in the shared folder. Could you let us know which glazing option you prefer by 9/25? 🙇",
            ),
            (
                "2041-09-20 15:00",
                9611,
                RP(9613, 7)
                + "桜川先生, checked with the city — 8 spaces are fine if two of them are compact size. Updated site plan attached 📎",
            ),
            ("2041-09-20 15:20", 9613, "ありがとうございます！助かります🙏"),
            (
                "2041-09-20 16:00",
                9614,
                TO(9611, " さん")
                + "来月の理事会資料用に、外観パースを2枚いただけますか？3営業日以内だと助かります。",
            ),
            (
                "2041-09-20 16:30",
                9611,
                RP(9614, 18) + "承知しました🙇 Rafael と進めます。",
            ),
            (
                "2041-09-24 10:30",
                9611,
                "FYI 外観パース、1枚目はできました。2枚目はまだ作業中です 🙏",
            ),
            (
                "2041-09-24 15:00",
                9612,
                "Heads-up: the site visit is now Tue 10/1 at 09:30, meet at the side entrance 🚪",
            ),
        ],
        [
            task(3, ["drawings"], [9614], ("2041-09-18", "Wed"), "done"),
            task(5, ["waiting room"], [9615], ("2041-09-19", "Thu"), "done"),
            task(7, ["8台"], [9611], ("2041-09-20", "Fri"), "done"),
            task(12, ["図面"], [9611], None, "done"),
            task(15, ["glazing"], [9613], ("2041-09-25", "Wed"), "open"),
            task(18, ["外観パース"], [9611], ("2041-09-26", "Thu"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ b31en-10
    conv(
        "b31en-10",
        (962010, "FleetNest ops – Bengaluru × Tokyo"),
        M(9621, 9622, 9623, 9624, 9625),
        [
            (
                "2041-12-19 09:30",
                9621,
                "Good morning team. Kindly note Tokyo HQ is closed 12/29 to 1/3, Bengaluru works till 12/31.",
            ),
            (
                "2041-12-19 09:45",
                9624,
                TO(9622)
                + "Hi Sneha-san, the November carrier invoice still needs your sign-off 🙏 we cannot pay until then",
            ),
            (
                "2041-12-19 10:05",
                9622,
                RP(9624, 2) + "So sorry Yuto, will do the needful by EOD 👍",
            ),
            (
                "2041-12-19 10:30",
                9621,
                TO(9623)
                + TO(9625)
                + "1. Rohit – please share the pallet count for Hosur warehouse\n2. Deepa – kindly revert on the Blue Dart rate revision\nBoth by tomorrow please.",
            ),
            ("2041-12-19 10:35", 9623, "ok sir 👍"),
            ("2041-12-19 11:15", 9622, "Invoice signed and sent back to Yuto ✅"),
            ("2041-12-19 11:20", 9624, "Thank you so much (bow)"),
            (
                "2041-12-19 12:40",
                9625,
                "FYI tomorrow's carrier call is preponed to 10 am, the Blue Dart KAM is travelling post lunch",
            ),
            (
                "2041-12-20 09:50",
                9623,
                RP(9621, 4)
                + "Sir, shared the Hosur pallet count in the sheet – 1,284 incl. 60 damaged",
            ),
            (
                "2041-12-20 10:15",
                9625,
                RP(9621, 4)
                + "Arjun, Blue Dart has not confirmed the revised slab yet. Will revert by Monday",
            ),
            (
                "2041-12-20 10:40",
                9621,
                TO(9623)
                + "Also kindly do the needful for the gate pass renewal, security is chasing 🙏",
            ),
            ("2041-12-20 11:00", 9623, RP(9621, 11) + "Will do sir, by Tuesday"),
            (
                "2041-12-20 14:20",
                9624,
                "btw is Hosur open on 12/30? HQ may ship some spare scanners",
            ),
            ("2041-12-20 14:35", 9623, "Open till 12/31 sir, skeleton staff only"),
            (
                "2041-12-23 16:00",
                9625,
                RP(9621, 4)
                + "Blue Dart revised slab received and shared in the rates tracker – 4% hike above 500 kg",
            ),
            (
                "2041-12-24 10:00",
                9623,
                "gate pass renewal done – form submitted to security ✅",
            ),
            (
                "2041-12-24 10:20",
                9621,
                "[toall] Before the break, kindly update your leave dates in the HR sheet by 12/27. Thanks all 🎄",
            ),
            ("2041-12-24 10:45", 9622, "done ✅"),
            (
                "2041-12-24 11:00",
                9624,
                TO(9621)
                + "Arjun-san, HQ finance needs the December fuel surcharge summary. 年末年始 we are closed, so could you send it by 2042/1/7? よろしくお願いします🙏",
            ),
            (
                "2041-12-24 11:30",
                9621,
                RP(9624, 19) + "Sure Yuto-san, leave it with me",
            ),
            (
                "2042-01-06 10:00",
                9621,
                RP(9624, 19) + "Yuto-san, fuel surcharge summary sent over by mail 📧",
            ),
            (
                "2042-01-06 10:30",
                9624,
                "recieved, thank you! あけましておめでとうございます 🎍",
            ),
        ],
        [
            task(2, ["invoice"], [9622], ("2041-12-19", "Thu"), "done"),
            task(4, ["pallet count"], [9623], ("2041-12-20", "Fri"), "done"),
            task(4, ["rate revision"], [9625], ("2041-12-23", "Mon"), "done"),
            task(11, ["gate pass"], [9623], ("2041-12-24", "Tue"), "done"),
            task(
                17,
                ["leave dates"],
                [9622, 9623, 9624, 9625],
                ("2041-12-27", "Fri"),
                "open",
            ),
            task(19, ["fuel surcharge"], [9621], ("2042-01-07", "Tue"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ b31en-11
    conv(
        "b31en-11",
        (962011, "Hartwell & Pryce – litigation support"),
        M(9631, 9632, 9633, 9634, 9635),
        [
            (
                "2041-10-08 09:00",
                9632,
                "Morning all. Marlowe hearing is confirmed for Wed 11/6 📅",
            ),
            (
                "2041-10-08 09:12",
                9632,
                TO(9633)
                + TO(9634)
                + "For the Marlowe bundle, could you possibly:\n- Harriet: paginate the exhibits\n- Ben: draft the index\nboth by Thursday 5pm please. Cheers",
            ),
            ("2041-10-08 09:30", 9633, RP(9632, 2) + "Will do 👍"),
            ("2041-10-08 09:31", 9634, RP(9632, 2) + "on it"),
            (
                "2041-10-08 10:15",
                9635,
                "Fiona-san, where can I find the template for the witness statement cover sheet? 🙇",
            ),
            (
                "2041-10-08 10:20",
                9631,
                "S:/Litigation/Templates/WS, the one ending _v7 📁",
            ),
            (
                "2041-10-08 11:00",
                9633,
                "Is the court open on Monday? Feels like a bank holiday here",
            ),
            (
                "2041-10-08 11:05",
                9632,
                "Monday's スポーツの日, the registry's shut. Tuesday at the earliest for anything that needs filing.",
            ),
            (
                "2041-10-08 14:30",
                9632,
                "[toall] Could everyone please log their hours on the Marlowe matter by Friday 🙏",
            ),
            (
                "2041-10-10 12:00",
                9633,
                RP(9632, 2) + "Exhibits paginated, 1–412. Bit of a slog 😅",
            ),
            (
                "2041-10-10 16:40",
                9634,
                RP(9632, 2)
                + "Index is about halfway, the correspondence section is a mess. I'll need until Tuesday, sorry",
            ),
            ("2041-10-10 16:55", 9632, "No problem, Ben"),
            ("2041-10-11 10:00", 9635, "I logged my hours 🙆‍♀️"),
            (
                "2041-10-11 11:30",
                9632,
                TO(9631)
                + "Fiona, could you book a courier for the bundle on Tuesday morning? Also we're still waiting on the signed witness statement from the client, could you chase them?",
            ),
            ("2041-10-11 11:45", 9631, RP(9632, 14) + "Leave it with me 👍"),
            (
                "2041-10-15 09:05",
                9631,
                RP(9632, 14) + "Courier booked for 10:30, ref HP-7731 🚚",
            ),
            (
                "2041-10-15 09:30",
                9634,
                RP(9632, 2) + "Index done and uploaded to the bundle folder. PTAL 🙏",
            ),
            (
                "2041-10-15 10:10",
                9632,
                RP(9634, 17) + "Looks good, I fixed a couple of typos myself. Thanks Ben",
            ),
            (
                "2041-10-15 13:00",
                9631,
                RP(9632, 14)
                + "Tried the client's GC twice about the statement, voicemail both times. Will try again Thursday",
            ),
            (
                "2041-10-16 09:20",
                9633,
                QT(
                    9632,
                    9,
                    "Could everyone please log their hours on the Marlowe matter by Friday 🙏",
                )
                + "all three of us have logged ours now ✔️",
            ),
            (
                "2041-10-16 10:30",
                9632,
                "Lodged ✅ the Marlowe bundle is with the court. Thanks all, drinks on me Friday 🍻",
            ),
        ],
        [
            task(2, ["exhibits"], [9633], ("2041-10-10T17:00", "Thu"), "done"),
            task(2, ["index"], [9634], ("2041-10-15", "Tue"), "done"),
            task(9, ["hours"], [9633, 9634, 9635], ("2041-10-11", "Fri"), "done"),
            task(14, ["courier"], [9631], None, "done"),
            task(14, ["witness statement"], [9631], ("2041-10-17", "Thu"), "open"),
            task(17, ["index"], [9632], None, "done"),
        ],
        self_account_id=9631,
    ),
    # ------------------------------------------------------------------ b31en-12
    conv(
        "b31en-12",
        (962012, "Minato Lettings – viewings"),
        M(9641, 9642, 9643, 9644),
        [
            (
                "2041-08-08 09:00",
                9641,
                "Morning! Office is closed Mon 8/12 for teh 山の日 substitute holiday, so no viewings that day 🏖️",
            ),
            ("2041-08-08 09:20", 9642, "noted 👍"),
            (
                "2041-08-08 09:45",
                9643,
                "FYI the Shirokane Heights landlord signed the renewal yesterday, Raj already sent him the countersigned copy",
            ),
            (
                "2041-08-08 10:10",
                9644,
                "Tenant at Azabu 3F emailed:\n[qt]Could you please arrange for the air conditioner to be serviced before the end of the month? Thank you.[/qt]\nforwarded to the contractor, they've already booked it in for 8/22 ❄️",
            ),
            (
                "2041-08-08 11:00",
                9641,
                "Who's around on Saturday afternoon? just want to know who's in",
            ),
            ("2041-08-08 11:05", 9642, "I'm in till 3 definately"),
            ("2041-08-08 11:06", 9643, "off this weekend, back Tues 🙏"),
            (
                "2041-08-08 13:30",
                9642,
                "If the Roppongi couple want a second viewing let me know, happy to help out",
            ),
            (
                "2041-08-08 14:00",
                9644,
                "Viewing confirmation SMS template, for reference:\n[code]Hi {name}, this is Minato Lettings. Please reply YES to confirm your viewing at {address} on {date}.[/code]",
            ),
            (
                "2041-08-08 16:45",
                9641,
                "Lovely work on the Ebisu let, Sofia 🎉 that's three this week",
            ),
            (
                "2041-08-09 10:00",
                9643,
                "Heads-up: the Ebisu landlord says he'll have spare keys cut by EOW",
            ),
            (
                "2041-08-09 10:20",
                9642,
                "Will let you all know once the Roppongi couple decide 🙂",
            ),
            (
                "2041-08-09 12:00",
                9644,
                "2F printer jammed again 🙃 facilities already know, they're sending someone COB",
            ),
            ("2041-08-09 17:30", 9641, "Have a good long weekend everyone! 🌴"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ b31en-13
    conv(
        "b31en-13",
        (962013, "Brightloom × 朝霧ビール｜冬季キャンペーン"),
        M(9651, 9652, 9653, 9654, 9655, 9656),
        [
            (
                "2041-11-18 10:00",
                9654,
                "いつもお世話になっております。冬季キャンペーンのキービジュアル、社内でとても好評でした！",
            ),
            (
                "2041-11-18 10:30",
                9652,
                "Yay, thank you 石田さん! 🙌 Next steps on our side:\n- [ ] Nate: banner resizes for LINE & IG\n- [ ] me: updated timeline\nAva's headline options are already in the deck (slides 4–6) ✍️\nboth by Thursday 🙏",
            ),
            ("2041-11-18 10:35", 9651, task_added(9655, KV_LT, KV_BODY, "date")),
            ("2041-11-18 11:00", 9655, RP(9651, 3) + "承知しました🙇 社内で回します。"),
            (
                "2041-11-20 09:45",
                9652,
                TO(9654, "さん")
                + TO(9655, "さん")
                + "Headline options are on slides 4–6. Could you pick one by next Monday? 🙏",
            ),
            (
                "2041-11-20 10:10",
                9653,
                "banners resized, LINE ×3 and IG ×2 are in the shared drive 🖼️",
            ),
            (
                "2041-11-20 16:00",
                9651,
                "[info][title]Reminder[/title]1 task in this room is due within 7 days[/info]",
            ),
            (
                "2041-11-22 15:00",
                9655,
                RP(9652, 5) + "社内で検討し、案Bに決定しました！",
            ),
            (
                "2041-11-22 15:10",
                9652,
                RP(9652, 2) + "updated timeline added as the last slide 📅 great choice on B 🎉",
            ),
            ("2041-11-25 10:00", 9655, "キービジュアル、社内の最終承認が取れました🙌"),
            ("2041-11-25 10:01", 9651, task_done(9655, KV_LT, KV_BODY, "date")),
            (
                "2041-11-25 10:30",
                9654,
                TO(9652, " さん")
                + "駅ポスターの入稿、印刷会社から12/2必着と言われました。間に合いそうですか？",
            ),
            (
                "2041-11-25 10:45",
                9652,
                RP(9654, 12)
                + "Yes, 間に合います! I'll send the print data to the printer by 11/29 👍",
            ),
            (
                "2041-11-25 11:00",
                9651,
                task_added(9653, POSTER_LT, POSTER_BODY, "time"),
            ),
            ("2041-11-27 14:40", 9653, "poster data exported, CMYK + 3mm bleed 👌"),
            ("2041-11-27 14:41", 9651, task_done(9653, POSTER_LT, POSTER_BODY, "time")),
            (
                "2041-11-27 15:10",
                9656,
                "copy for the poster is final, 藤本さん's tweak to line 2 included ✅",
            ),
            (
                "2041-11-27 15:30",
                9652,
                "[toall] final poster proof is in the drive — could everyone check it by tomorrow noon? 🙏",
            ),
            ("2041-11-28 09:00", 9654, "確認しました、OKです👍"),
            (
                "2041-11-29 16:00",
                9652,
                RP(9652, 13) + "print data sent to the printer 📮 追跡番号は drive に置いてます",
            ),
            (
                "2041-12-02 10:00",
                9654,
                TO(9652, " さん")
                + "店頭POPも追加でお願いできますか？ A4で、来週中にいただけると助かります。",
            ),
            ("2041-12-02 10:20", 9652, RP(9654, 21) + "Sure! 👍"),
            (
                "2041-12-04 17:00",
                9654,
                QT(
                    9654,
                    21,
                    "店頭POPも追加でお願いできますか？ A4で、来週中にいただけると助かります。",
                )
                + "すみません、こちら店頭展開自体が中止になったため不要になりました🙇",
            ),
            (
                "2041-12-04 17:10",
                9652,
                "No worries at all! let's park the POP idea for spring 🌸",
            ),
            (
                "2041-12-26 10:00",
                9654,
                TO(9652, " さん")
                + "年明けの振り返りMTG用に、キャンペーンの実績レポートをお願いできますか？ 5営業日以内で大丈夫です。",
            ),
            ("2041-12-26 10:20", 9652, "Noted, thank you! 良いお年を 🎍"),
        ],
        [
            task(2, ["banner"], [9653], ("2041-11-21", "Thu"), "done"),
            task(2, ["timeline"], [9652], ("2041-11-21", "Thu"), "done"),
            task(3, ["最終承認"], [9655], ("2041-11-26", "Tue"), "done"),
            task(5, ["headline"], [9654, 9655], ("2041-11-25", "Mon"), "done"),
            task(13, ["print data"], [9652], ("2041-11-29", "Fri"), "done"),
            task(14, ["入稿データ"], [9653], ("2041-11-27T15:00", "Wed"), "done"),
            task(
                18,
                ["proof"],
                [9653, 9654, 9655, 9656],
                ("2041-11-28T12:00", "Thu"),
                "open",
            ),
            task(25, ["実績レポート"], [9652], ("2042-01-09", "Thu"), "open"),
        ],
        self_account_id=9651,
    ),
    # ------------------------------------------------------------------ b31en-14
    conv(
        "b31en-14",
        (962014, "Voltra – firmware & app"),
        M(9661, 9662, 9663, 9664, 9665),
        [
            (
                "2042-01-06 09:10",
                9661,
                "happy new year all 🎍 sprint backlog:\n- [ ] BLE reconnect drops after sleep — @Mina\n- [ ] battery % jumps on cold mornings — @Theo\n- [ ] support macro for the recall FAQ — @Luis\n- [x] SDK 4.2 bump — done before the break\nall three by Friday pls 🙏",
            ),
            ("2042-01-06 09:25", 9662, "ack, the BLE one might be gnarly 😬"),
            ("2042-01-06 09:40", 9663, RP(9661, 1) + "can do Thursday for the macro"),
            (
                "2042-01-06 10:30",
                9665,
                "I'll put up a PR for the cold-start splash fix later today",
            ),
            (
                "2042-01-06 11:00",
                9661,
                TO(9665) + "assigning #590 (map tiles not loading offline) to you, Theo. ETA?",
            ),
            (
                "2042-01-06 17:50",
                9665,
                RP(9665, 4)
                + "splash fix PR's up: #589 🚀\n"
                + TO(9661)
                + "PTAL when you get a sec",
            ),
            ("2042-01-06 18:05", 9665, RP(9661, 5) + "ETA Wednesday 👍"),
            ("2042-01-07 09:45", 9661, RP(9665, 6) + "LGTM, merged 🎉"),
            ("2042-01-07 10:00", 9664, "CI is green again after the runner upgrade 🟢"),
            (
                "2042-01-07 11:40",
                9663,
                "quick q: is the Saturday firmware push still on?",
            ),
            (
                "2042-01-07 11:45",
                9661,
                "nope, let's park it until BLE is sorted. mid-next week maybe",
            ),
            (
                "2042-01-08 15:00",
                9665,
                RP(9661, 5)
                + "map tiles: root cause is the cache eviction, the fix will slip to next Tuesday, sorry 🙏",
            ),
            (
                "2042-01-09 16:20",
                9663,
                RP(9661, 1) + "recall FAQ macro is live in Zendesk ✅",
            ),
            (
                "2042-01-10 10:00",
                9662,
                RP(9661, 1)
                + "BLE: still on it, it's a race in the sleep handler. pushing it to next Wednesday",
            ),
            (
                "2042-01-10 11:30",
                9665,
                RP(9661, 1) + "battery %: didn't get to it this week, the tiles bug ate my time 😓",
            ),
            (
                "2042-01-10 14:00",
                9663,
                TO(9661)
                + "support is blocked on your approval for the recall email template 🙏 it's in the doc",
            ),
            ("2042-01-10 14:30", 9661, RP(9663, 16) + "approved ✅ sorry for the wait"),
            (
                "2042-01-14 10:00",
                9665,
                RP(9661, 5) + "map tiles fix merged in #596, ships in 2.8.1 📦",
            ),
            (
                "2042-01-14 11:00",
                9661,
                RP(9661, 1)
                + "Theo, the battery % fix is no longer needed on the app side, firmware is handling it in the BMS 🙏",
            ),
            ("2042-01-14 11:10", 9665, "👌 less for me"),
            (
                "2042-01-15 18:00",
                9662,
                "BLE reconnect: PR #598 is up but not merged yet. can someone take a look tomorrow?",
            ),
        ],
        [
            task(1, ["BLE"], [9662], ("2042-01-15", "Wed"), "open"),
            task(1, ["macro"], [9663], ("2042-01-09", "Thu"), "done"),
            task(4, ["splash"], [9665], ("2042-01-06", "Mon"), "done"),
            task(5, ["map tiles"], [9665], ("2042-01-14", "Tue"), "done"),
            task(6, ["#589"], [9661], None, "done"),
            task(16, ["recall email"], [9661], None, "done"),
            task(21, ["#598"], [], ("2042-01-16", "Thu"), "open"),
        ],
    ),
]

CASES = CASES_A + CASES_B
