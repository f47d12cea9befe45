# ruff: noqa: E501
"""Blind set 17, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first ~100 and last 40 lines of blind14_en_cases.py (for the
file's shape), never the parser's source, its other tests or its notes, and never
ran the parser on these texts. Fourteen searches of public material (GitHub issue and
PR threads: "can I take this", rebase requests, "closing in favor of" / "no longer
relevant" close-outs, "swamped, next week" delays, "ping me when it's ready",
changelog wishes, LGTM reviews, "pushed a fix / landed"; and workplace-writing pages:
chat etiquette, asking for an update politely, delegation messages, async standup
formats, declining extra work, asking for a deadline extension) were used only to
learn how people phrase asks, promises, reports, delays and refusals. Every person,
company, room and sentence here is invented and written fresh; nothing is copied.
Gold dues were computed with a throwaway script in /tmp (datetime + jpholiday, one
function per row of the spec's deadline table; business days skip weekends, Japanese
public holidays incl. substitute days, and 12-29 .. 01-03), not by hand, and each due
carries its weekday so build.py catches a typo. Cancelled tasks are left out of the
gold, as the spec drops them. All rooms run on Asia/Tokyo; all messages are in 2033.

Domains: open-source library maintainers, a docs site's content team, a mobile app
with overseas contractors (Tokyo, mixed), a data-science team's standups, a small
design agency, a restaurant group's ops room (no task), an international school's
office (Tokyo, mixed), a freight dispatch room, a clinic front desk at the year end,
conference volunteers (Tokyo, mixed, with the reading bot as self account and
[toall]), a startup's sales/CS room, a translation vendor's pool, an open-source
community channel with CI bot posts (no task), a data-science paper club (no task).

Covers: terse asks (PTAL, needs a rebase, can u call, can u review), asks hidden in
wishes and questions (would be nice if someone.., would be great if someone..,
any chance you could.., can someone with admin rights..), offers that name the work
(I can take the windows failure), commitments with no time (I'll take a look) and
with odd times (after lunch, first thing tomorrow, by EOW, by tomorrow EOD),
standup "today:" lines, action-item lists with owners (Name to .., Name: .., me: ..,
"(~4/27)"), list lines naming different people in one message, one sentence with
two pieces of work, acceptances (on it, will do, 承知しました, 了解) incl. ones that
carry a deadline which then becomes the task's (11時には, until 1/11 noon, by EOD),
asks for more time and deadline moves by the assignee in a reply, a reply that
closes one task of a two-task message and moves the other, half-done / negated /
"no answer yet" reports, completions in other words (lgtm, rebased, pushed a fix,
shipped, sent over, sorted, confirmed, delivered, writeup's up, 印刷して置きました,
送付しました), a bare report from one of several assignees (closes nothing), a
multi-assignee task closed by a reply and by a quote, declines followed by the
requester's cancellation, cancellations in other words (we're good, scratch this,
closing #4475, nvm moot), Chatwork task markup (ltype=date and ltype=time, task_done),
[toall] with a self account, [To:] outranking the [rp] target, and deadline rows:
today, EOD, tomorrow, bare weekdays (incl. over a holiday Monday), next Monday,
next Friday, 来週水曜, this week / EOW (Friday that is itself a holiday), noon, 2pm,
M/D and M/D HH:MM, M/D noon, 明日, 火曜, 3営業日以内 over スポーツの日, 5 business days
over the year end, 2 business days. Non-tasks: FYIs, pasted CI logs and fridge logs,
a pasted supplier note and a patient email with requests inside [qt], a job-post
template, information questions (any ETA, where are.., is the link the same), promises
to report (I'll let you know once..), "ping me when..", conditional offers, vague
offers, minutes whose list line names a member without asking anything, chit-chat,
thanks, emoji and :shortcodes:.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    # b17en-01 open-source library maintainers
    2601: "Wren Okafor",
    2602: "Bastian Kühn",
    2603: "Ilse Marchetti",
    2604: "Dev Raghunathan",
    2605: "Noor Alavi",
    # b17en-02 docs site content team
    2606: "Priya Venkataraman",
    2607: "Tomasz Wróbel",
    2608: "Ama Owusu",
    2609: "Lars Eklund",
    # b17en-03 mobile app + contractors (Tokyo, mixed)
    2610: "佐々木 真理",
    2611: "Mateo Quiroga",
    2612: "Oksana Hrytsenko",
    2613: "北村 翔",
    # b17en-04 data-science standups
    2614: "Gabriela Ionescu",
    2615: "Femi Adebayo",
    2616: "Rosa Lindqvist",
    2617: "Yusuf Demir",
    # b17en-05 design agency
    2618: "Marguerite Osei",
    2619: "Leon Castellanos",
    2620: "Hana Kovačić",
    2621: "Theo Brandt",
    # b17en-06 restaurant group ops
    2622: "Dolores Aguirre",
    2623: "Callum Reid",
    2624: "Anjali Mehta",
    2625: "Pieter de Vries",
    # b17en-07 international school office (Tokyo, mixed)
    2626: "Fiona MacLeod",
    2627: "山下 恵子",
    2628: "Jorge Paredes",
    2629: "中野 健太",
    # b17en-08 freight dispatch
    2630: "Ray Donnelly",
    2631: "Mina Park",
    2632: "Raj Malhotra",
    2633: "Tevita Fifita",
    2634: "Oona Virtanen",
    # b17en-09 clinic front desk
    2635: "Carmen Ibáñez",
    2636: "Lwazi Ndlovu",
    2637: "Esther Goldberg",
    2638: "Niko Papadakis",
    # b17en-10 conference volunteers (Tokyo, mixed)
    2639: "Rebecca Tanaka-Holm",
    2640: "小林 直樹",
    2641: "Samuel Achebe",
    2642: "Ines Carvalho",
    # b17en-11 startup sales & CS
    2643: "Jordan Pike",
    2644: "Mariam Haddad",
    2645: "Chen Wei",
    2646: "Olu Bankole",
    # b17en-12 translation vendor
    2647: "Natasha Petrova",
    2648: "Ryo Inoue",
    2649: "Aya Whitfield",
    2650: "Marco Bellini",
    # b17en-13 open-source community channel
    2651: "Sunniva Hallberg",
    2652: "Kwame Asante",
    2653: "Elif Şahin",
    2654: "Joaquín Herrera",
    # b17en-14 paper club
    2655: "Ha-eun Jung",
    2656: "Tobiah Mendel",
    2657: "Siobhán Duffy",
    2658: "Arvind Krishnan",
    # bots
    2698: "CI Bot",
    2699: "chatsync bot",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, P[i]) for i in ids]


def TO(aid: int, suffix: str = "") -> str:
    return f"[To:{aid}]{P[aid]}{suffix}"


def RP(aid: int, n: int, suffix: str = "") -> str:
    """A reply to message n, whose author is aid."""
    return f"[rp aid={aid} to={{m{n}}}]{P[aid]}{suffix}\n"


def QT(aid: int, n: int, text: str) -> str:
    """A quote of message n (author aid)."""
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


LANYARDS_LT = chatwork_lt("2033-08-09")
LANYARDS = "Order the lanyards (300 pcs) from the print shop"
HARBOR_LT = chatwork_lt("2033-05-06", "15:00")
HARBOR = "Send the renewal quote to Harbor Foods"

CASES = [
    # b17en-01 OSS maintainers (Mon 2/14 .. Fri 2/18). Phenomena: "PTAL" with [To:] ->
    # review for Bastian, closed by his "lgtm :shipit:" in a reply; "needs a rebase"
    # as a bare [rp] -> task for the PR author (rp aid), closed by "rebased 👍" (Dev's
    # only open task); "I can take the windows failure" = an offer naming the work ->
    # Noor's commitment, closed by "pushed a fix for the windows job" (her only open
    # task then; the backport ask comes later); a wish "would be nice if someone added a
    # changelog entry" -> task with no assignee, closed by another member's reply; a
    # commitment "I'll review #79 tomorrow" cancelled by its own author in a reply
    # ("nvm, moot") after #79 is closed in favor of #91 -> left out; "any chance you
    # could also backport" -> request, closed by a reply "backported"; "can you rebase
    # #91" + acceptance "will do by EOD" -> due that day, closed by Ilse's bare
    # "rebased #91" (her only open task); "I'll update the docs and tag 4.2 by Friday"
    # (sent Thu) -> two tasks due Fri 2/18; the reply "tagged and shipped ... didn't get
    # to the docs, monday" closes the tag and moves the docs to Mon 2/21 (open). The
    # CI log and "merged, thanks!" are no tasks.
    conv(
        "b17en-01",
        (95101, "tidewater-py maintainers"),
        M(2601, 2602, 2603, 2604, 2605),
        [
            (
                "2033-02-14 09:40",
                2604,
                TO(2602)
                + "\nPR #88 is up, swaps the tz lookup over to zoneinfo and drops the pytz shim. PTAL when you get a sec",
            ),
            ("2033-02-14 09:52", 2602, RP(2604, 1) + "👀 on it"),
            (
                "2033-02-14 10:15",
                2603,
                "ci is red on main again, only the windows job:\n```\nFAILED tests/test_parse.py::test_dst_gap[Europe/Dublin] - AssertionError: offset -1:00 != +0:00\n========= 1 failed, 412 passed in 38.21s =========\n```\nprobably the tzdata bump from last week",
            ),
            (
                "2033-02-14 10:21",
                2605,
                "I can take the windows failure, I hit the same thing locally last week",
            ),
            (
                "2033-02-14 11:02",
                2601,
                "would be nice if someone added a changelog entry for the zoneinfo switch before we tag 4.2",
            ),
            (
                "2033-02-14 11:40",
                2602,
                RP(2604, 1) + "needs a rebase first, conflicts with #85 in tz/_lookup.py",
            ),
            ("2033-02-14 12:05", 2604, "rebased 👍 force-pushed"),
            (
                "2033-02-14 13:40",
                2602,
                RP(2604, 1) + "lgtm :shipit: one nit on the warning text but not blocking",
            ),
            ("2033-02-14 13:44", 2604, "merged, thanks!"),
            (
                "2033-02-14 14:05",
                2602,
                "I'll review #79 tomorrow, it's been sitting there for weeks 😬",
            ),
            (
                "2033-02-14 17:20",
                2605,
                "pushed a fix for the windows job, it was the Dublin negative-DST case again. main is green",
            ),
            (
                "2033-02-15 09:10",
                2603,
                TO(2605)
                + "\nany chance you could also backport the fix to 4.1.x? a couple of distros are still pinned there",
            ),
            (
                "2033-02-15 10:02",
                2601,
                "closing #79 in favor of #91, the new approach covers both cases.\n"
                + TO(2603)
                + " can you rebase #91 on main? it conflicts with #88 now",
            ),
            ("2033-02-15 10:05", 2602, RP(2602, 10) + "nvm, moot now that #79 is closed"),
            ("2033-02-15 10:10", 2603, RP(2601, 13) + "will do by EOD"),
            (
                "2033-02-15 11:00",
                2604,
                RP(2601, 5)
                + "changelog entry for the zoneinfo switch is in, went in as a follow-up commit ✅",
            ),
            (
                "2033-02-16 08:50",
                2603,
                "rebased #91, had to redo the parser tests by hand but CI is green",
            ),
            ("2033-02-16 11:30", 2605, RP(2603, 12) + "backported to 4.1.x 🎉"),
            ("2033-02-17 10:00", 2601, "I'll update the docs and tag 4.2 by Friday"),
            (
                "2033-02-18 16:30",
                2601,
                RP(2601, 19)
                + "4.2 is tagged and shipped to PyPI 🚀 didn't get to the docs, monday",
            ),
            ("2033-02-18 16:40", 2605, ":tada:"),
        ],
        [
            task(1, ["88"], [2602], None, "done"),
            task(4, ["windows"], [2605], None, "done"),
            task(5, ["changelog"], [], None, "done"),
            task(6, ["rebase"], [2604], None, "done"),
            task(12, ["backport"], [2605], None, "done"),
            task(13, ["rebase"], [2603], ("2033-02-15", "Tue"), "done"),
            task(19, ["docs"], [2601], ("2033-02-21", "Mon"), "open"),
            task(19, ["tag"], [2601], ("2033-02-18", "Fri"), "done"),
        ],
    ),
    # b17en-02 docs site (Mon 4/25 .. Thu 4/28, Golden Week ahead). Phenomena: meeting
    # notes whose action items name four owners in four styles ("Tomasz to ..",
    # "Ama: ..", "Lars to ..", "me: .. by EOW") -> four tasks, each with its owner;
    # "(~4/27)" after a to-do is its deadline; EOW sent on a Monday -> Fri 4/29 (a
    # holiday, but the table says Friday of this week). Lars's reply to the list says
    # he asked the vendor -> that line done. Tomasz's reply "half done ... by thursday"
    # moves the redirects to Thu 4/28 (later closed by "landed in main" in a reply).
    # "can someone with admin rights bump the build timeout?" -> task with no assignee,
    # closed by "bumped it to 45" in a reply. Ama's bare "screenshots done" closes her
    # only open task. Priya's reply "slipping ... by next Monday" (sent Thu) moves her
    # own line to Mon 5/2, open. The light/dark question is information only.
    conv(
        "b17en-02",
        (95102, "Kestrel Docs – content team"),
        M(2606, 2607, 2608, 2609),
        [
            (
                "2033-04-25 10:00",
                2606,
                "notes from this morning's docs sync, action items at the bottom\n\n- search is still indexing the old /v2 pages\n- analytics: the install guide is ~40% of all traffic\n\nAction items:\n- Tomasz to set up redirects from /v2/* to /v3 (~4/27)\n- Ama: refresh the screenshots in the quickstart\n- Lars to ask the search vendor about a full reindex\n- me: draft the style guide section on admonitions by EOW",
            ),
            ("2033-04-25 10:12", 2607, "👍"),
            (
                "2033-04-25 10:30",
                2608,
                RP(2606, 1) + "screenshots: do we want dark mode ones too or just light?",
            ),
            ("2033-04-25 10:41", 2606, RP(2608, 3) + "just light for now"),
            (
                "2033-04-25 15:20",
                2609,
                RP(2606, 1)
                + "asked the search vendor, they've queued a full reindex on their side. should be done overnight",
            ),
            (
                "2033-04-26 09:05",
                2607,
                RP(2606, 1)
                + "redirects are half done, /v2/api/* works but /v2/guides/* still 404s. I'll have them done by thursday",
            ),
            ("2033-04-26 09:20", 2606, RP(2607, 6) + "sure, thursday's fine"),
            (
                "2033-04-26 11:00",
                2608,
                "can someone with admin rights bump the build timeout? the screenshot PR keeps dying at 20 min",
            ),
            ("2033-04-26 11:08", 2607, RP(2608, 8) + "bumped it to 45, retry"),
            ("2033-04-27 14:00", 2608, "screenshots done, PR #412"),
            (
                "2033-04-28 17:45",
                2607,
                RP(2606, 1) + "redirects landed in main, spot-checked 30 old urls",
            ),
            (
                "2033-04-28 18:00",
                2606,
                RP(2606, 1)
                + "style guide draft is slipping, GW got in the way 😅 I'll have it by next Monday",
            ),
            ("2033-04-28 18:05", 2609, "enjoy the break everyone 🎏"),
        ],
        [
            task(1, ["redirect"], [2607], ("2033-04-28", "Thu"), "done"),
            task(1, ["screenshot"], [2608], None, "done"),
            task(1, ["vendor"], [2609], None, "done"),
            task(1, ["style guide"], [2606], ("2033-05-02", "Mon"), "open"),
            task(8, ["timeout"], [], None, "done"),
        ],
    ),
    # b17en-03 mobile app + contractors, mixed (Wed 7/13 .. Fri 7/15; 海の日 Mon 7/18).
    # Phenomena: 明日のビルドまでに見ていただけますか -> Oksana, due 7/14, closed by
    # her reply "fixed —"; that same reply asks Mateo (with [To:], which outranks the
    # [rp] target Sasaki) to review PR #231 "first thing tomorrow" -> read as 朝一 =
    # 10:00 the next day, closed by his "lgtm, approved" in a reply; a heads-up plus
    # "I'll add it today and ping you when it's resubmitted" -> one task (the ping is a
    # promise to report), closed by the bare "restore button is in" (Mateo's only open
    # task); a QA sheet shared with two [To:] is sharing, no ask; release notes for two
    # people by 火曜 (bare weekday, the Tuesday after the holiday) -> 7/19; an
    # acceptance that splits the work is no new task; one assignee's bare "android
    # part ... is in the doc" does not close the two-person task -> open.
    conv(
        "b17en-03",
        (95103, "Hanami Pay アプリ開発 (ext. contractors)"),
        M(2610, 2611, 2612, 2613),
        [
            (
                "2033-07-13 10:05",
                2610,
                TO(2612, "さん")
                + "\nAndroid 14でログイン後にクラッシュする件、QAから再現手順が来ています。明日のビルドまでに見ていただけますか？\nrepro: https://qa.example/hp-231",
            ),
            ("2033-07-13 10:20", 2612, RP(2610, 1, "さん") + "on it 👍"),
            ("2033-07-13 11:00", 2613, "iOS 2.8.0 (build 311) のTestFlight配信を確認しました👀"),
            (
                "2033-07-13 11:30",
                2611,
                "heads up: Apple rejected 2.8.0, missing the restore-purchases button on the paywall. I'll add it today and ping you when it's resubmitted",
            ),
            ("2033-07-13 11:34", 2610, "了解です、ありがとうございます🙏"),
            (
                "2033-07-13 15:10",
                2613,
                TO(2611)
                + "\n"
                + TO(2612)
                + "\n2.8.0のQAシートを共有します。気になった点はコメントしておきました\nhttps://sheets.example/qa-280",
            ),
            ("2033-07-13 17:55", 2611, "restore button is in, resubmitted as build 312 🤞"),
            (
                "2033-07-13 18:10",
                2612,
                RP(2610, 1, "さん")
                + "fixed — the biometric prompt was firing before the activity was attached. PR #231\n"
                + TO(2611)
                + " can u review? first thing tomorrow is fine",
            ),
            ("2033-07-13 18:30", 2610, "Oksanaさん早い！ありがとうございます"),
            (
                "2033-07-14 09:15",
                2611,
                RP(2612, 8) + "lgtm, approved. nice catch with the lifecycle thing",
            ),
            (
                "2033-07-14 10:30",
                2610,
                TO(2611)
                + "\n"
                + TO(2612)
                + "\n来週月曜は祝日（海の日）なので、リリース判定は火曜にします。それまでにリリースノートの英語版をお二人で用意してもらえますか？",
            ),
            (
                "2033-07-14 10:45",
                2612,
                RP(2610, 11, "さん")
                + "承知しました! I'll write the android part, Mateo the iOS bits?",
            ),
            ("2033-07-14 10:50", 2611, "yep 👍"),
            ("2033-07-15 16:00", 2612, "android part of the release notes is in the doc ✍️"),
            ("2033-07-15 16:20", 2613, "build 313でAndroidのクラッシュは再現しなくなりました ✅"),
        ],
        [
            task(1, ["クラッシュ"], [2612], ("2033-07-14", "Thu"), "done"),
            task(4, ["restore"], [2611], ("2033-07-13", "Wed"), "done"),
            task(8, ["231"], [2611], ("2033-07-14T10:00", "Thu"), "done"),
            task(11, ["リリースノート"], [2611, 2612], ("2033-07-19", "Tue"), "open"),
        ],
    ),
    # b17en-04 data-science standups (Tue 9/13 .. Fri 9/16). Phenomena: async standups
    # whose "today:" line is the sender's commitment for that day ("y:" lines are
    # reports, "blockers:" with no addressee asks nobody); the lead turns the blocker
    # into a [To:] ask, closed by "done, granted" in a reply; "access works" from
    # Femi closes nothing of his; "churn v7 retrained ..." closes Femi's only open task
    # and the same message's terse "writeup tomorrow" is a new commitment (due 9/14),
    # later closed by "writeup's up" + link; Rosa's reply to her own standup ("didn't
    # get to ... will finish it by thursday") moves her task to Thu 9/15 and the bare
    # "cleaned up and merged" closes it; "could one of you sanity-check" with two [To:]
    # -> both assignees, closed by Rosa's reply; Yusuf's "slipped" keeps his open. The
    # holiday notice is information.
    conv(
        "b17en-04",
        (95104, "Lumen Analytics – DS standup"),
        M(2614, 2615, 2616, 2617),
        [
            (
                "2033-09-13 09:30",
                2615,
                "standup\ny: finished the feature audit for the churn model, 14 cols dropped\ntoday: retrain churn v7 on the aug snapshot\nblockers: still no read access to the events warehouse",
            ),
            (
                "2033-09-13 09:34",
                2616,
                "standup\ny: dashboard QA w/ finance, they signed off\ntoday: out half day (dentist), then cleaning up the uplift notebook\nblockers: none",
            ),
            (
                "2033-09-13 09:40",
                2614,
                TO(2617)
                + "\ncan you sort out Femi's read access to the events warehouse? he's blocked",
            ),
            (
                "2033-09-13 09:52",
                2617,
                RP(2614, 3)
                + "done, granted via the analysts group. might take 10 min to propagate",
            ),
            ("2033-09-13 11:10", 2615, "access works, thx Yusuf 🙏"),
            (
                "2033-09-13 14:20",
                2614,
                "reminder: model review with the risk team is thu 15:00, slides in the usual folder",
            ),
            (
                "2033-09-13 16:45",
                2615,
                "churn v7 retrained, AUC 0.81 -> 0.84 on holdout. writeup tomorrow",
            ),
            (
                "2033-09-14 09:20",
                2616,
                RP(2616, 2)
                + "didn't get to the uplift notebook yesterday, the dashboard fire ate my afternoon 🙃 will finish it by thursday",
            ),
            (
                "2033-09-14 09:40",
                2617,
                "standup\ny: access requests, fixed the airflow sensor timeout\ntoday: migrating the scoring job to the new cluster\nblockers: none",
            ),
            (
                "2033-09-14 13:00",
                2614,
                TO(2615)
                + "\n"
                + TO(2616)
                + "\nbefore the risk review, could one of you sanity-check the calibration plot? it looks too good to be true",
            ),
            (
                "2033-09-14 13:20",
                2616,
                RP(2614, 10)
                + "checked it — the holdout was leaking into the calibration set. fixed and regenerated the plot",
            ),
            ("2033-09-15 11:00", 2615, "writeup's up: https://wiki.example/ds/churn-v7"),
            ("2033-09-15 17:30", 2616, "uplift notebook is cleaned up and merged 🧹"),
            (
                "2033-09-16 09:00",
                2614,
                "next week is short (mon + fri are holidays), so standup tue-thu only",
            ),
            (
                "2033-09-16 09:10",
                2617,
                "scoring job migration slipped, the new cluster's quota isn't approved yet",
            ),
        ],
        [
            task(1, ["churn"], [2615], ("2033-09-13", "Tue"), "done"),
            task(2, ["uplift"], [2616], ("2033-09-15", "Thu"), "done"),
            task(3, ["access"], [2617], None, "done"),
            task(7, ["writeup"], [2615], ("2033-09-14", "Wed"), "done"),
            task(9, ["scoring job"], [2617], ("2033-09-14", "Wed"), "open"),
            task(10, ["calibration"], [2615, 2616], None, "done"),
        ],
    ),
    # b17en-05 design agency (Mon 3/14 .. Fri 3/18; 春分の日 振替 Mon 3/21). Phenomena:
    # a pasted client letter with requests inside [qt] is no task; a two-line list for
    # two designers ("Leon: the tweaks .. by Wednesday", "Hana: mock it up on a paper
    # bag once Leon's files are in") -> two tasks, owners from the lines, the second
    # with a condition, not a date; "any chance someone could export the old logo as
    # SVG?" -> no assignee, closed by "sent over" in a reply; Leon's reply "half done
    # ... I'll have them by friday" moves his line to 3/18, then his reply "final
    # tweaks are in the drive" closes it; "could you take the Instagram banner set this
    # week?" is declined ("sorry, can't this week, swamped") and the requester cancels
    # it in a reply to her own ask ("scratch this one, we're good") -> left out; Hana's
    # bare "bag mockup done" closes her only open task; Theo's "I'll send the v4 deck
    # to the client monday — wait, monday's a holiday. tuesday then" (sent Fri) -> the
    # weekday he settles on, Tue 3/22, open.
    conv(
        "b17en-05",
        (95105, "Fieldnote Studio – Orchard Bakery rebrand"),
        M(2618, 2619, 2620, 2621),
        [
            (
                "2033-03-14 09:20",
                2621,
                "client feedback from Friday's call, pasted as they sent it:\n[qt]Loving direction B! Could you please make the wheat mark a touch thinner and try the wordmark in the darker green? We'd also love to see it on a paper bag.[/qt]\nso: direction B it is 🎉",
            ),
            (
                "2033-03-14 09:35",
                2618,
                "two things for direction B:\n- Leon: the tweaks from their note, by Wednesday\n- Hana: mock it up on a paper bag once Leon's files are in",
            ),
            ("2033-03-14 09:40", 2619, "👍"),
            ("2033-03-14 09:41", 2620, "on it once they land"),
            (
                "2033-03-15 11:00",
                2621,
                "any chance someone could export the old logo as SVG? the printer doing the shop sign can't use the PNG",
            ),
            ("2033-03-15 11:12", 2620, RP(2621, 5) + "sent over to the printer directly, cc'd you"),
            (
                "2033-03-16 17:50",
                2619,
                RP(2618, 2)
                + "tweaks are half done, the wheat mark is thinner but the green needs another pass. I'll have them by friday",
            ),
            (
                "2033-03-17 10:15",
                2618,
                TO(2620) + "\nalso, could you take the Instagram banner set this week? 3 sizes",
            ),
            (
                "2033-03-17 10:40",
                2620,
                RP(2618, 8)
                + "sorry, can't this week, the Kobo packaging is due friday and I'm swamped 😩",
            ),
            (
                "2033-03-17 10:48",
                2618,
                RP(2618, 8)
                + "scratch this one, we're good — the client says they'll reuse last year's banners",
            ),
            (
                "2033-03-18 16:30",
                2619,
                RP(2618, 2) + "final tweaks are in the drive: /orchard/dirB/v4",
            ),
            ("2033-03-18 16:45", 2620, "bag mockup done, pretty cute if I say so myself 🥐"),
            (
                "2033-03-18 17:00",
                2621,
                "great work both 👏 I'll send the v4 deck to the client monday — wait, monday's a holiday. tuesday then",
            ),
        ],
        [
            task(2, ["tweak"], [2619], ("2033-03-18", "Fri"), "done"),
            task(2, ["paper bag"], [2620], None, "done"),
            task(5, ["svg"], [], None, "done"),
            task(13, ["deck"], [2621], ("2033-03-22", "Tue"), "open"),
        ],
    ),
    # b17en-06 restaurant group ops, NO TASK (Mon 6/6 .. Tue 6/7). A launch date as
    # information, a pasted supplier note with a request inside [qt] that the sender
    # already handled, an information question and its answer, a fridge temperature
    # log, thanks, a conditional offer ("if anyone runs low ... shout and I'll move
    # some"), a budget notice, a question about service times, a record night, emoji
    # shortcodes.
    conv(
        "b17en-06",
        (95106, "Brasa & Co. – ops (all sites)"),
        M(2622, 2623, 2624, 2625),
        [
            (
                "2033-06-06 08:45",
                2622,
                "morning all. summer menu goes live 6/20 at all three sites, final recipe cards are in the shared folder",
            ),
            (
                "2033-06-06 09:10",
                2625,
                "supplier note from Hokkaido Dairy, fyi:\n[qt]Due to the heat, please confirm your standing order quantities by Friday so we can plan routes.[/qt]\nalready confirmed ours on the phone this morning",
            ),
            (
                "2033-06-06 09:30",
                2623,
                "did the new dish racks ever arrive at Ebisu? ours came yesterday",
            ),
            ("2033-06-06 09:42", 2624, "yep, friday. all installed"),
            (
                "2033-06-06 11:15",
                2624,
                "walk-in at Ebisu read 6°C overnight, the tech came and replaced the door seal, back to 3°C now. log:\n```\n02:00  5.8C\n04:00  6.1C\n06:00  6.0C\n09:30  3.2C  (after repair)\n```",
            ),
            ("2033-06-06 11:20", 2622, "thanks for handling that so quickly 🙏"),
            (
                "2033-06-06 14:00",
                2625,
                "if anyone runs low on oat milk before the next delivery, shout and I'll move some over from Shibuya",
            ),
            ("2033-06-06 14:05", 2623, "👍"),
            ("2033-06-07 10:00", 2622, "staff meal budget stays at ¥600/head for Q3, no change"),
            (
                "2033-06-07 10:30",
                2623,
                "quick q, is the 6/20 launch dinner only or lunch too?",
            ),
            ("2033-06-07 10:34", 2622, RP(2623, 10) + "both services"),
            (
                "2033-06-07 16:20",
                2624,
                "Ebisu did 212 covers last night, new record 🎉 the terrace is doing a lot of the work",
            ),
            ("2033-06-07 16:25", 2625, ":tada: :fire:"),
        ],
        [],
    ),
    # b17en-07 international school office, mixed (Wed 10/5 .. Fri 10/7; スポーツの日
    # Mon 10/10). Phenomena: "could you print 60 copies by noon?" -> Yamashita, due
    # 12:00, moved to 11:00 by her acceptance (11時には置いておきます), closed by the bare
    # 印刷して...置きました (her only open task); a projector report with "should arrive
    # friday" is information; 3営業日以内 sent Wed -> Thu, Fri, (Mon holiday), Tue 10/11,
    # closed by 送付しました in a reply; "can someone remind me where the spare lanyards
    # are kept?" asks only for information; "I'll set up the sub's Google account and
    # print her badge by tuesday" -> two tasks due Tue 10/11; Jorge's own reply closes
    # the account and says the badge is still waiting -> badge open.
    conv(
        "b17en-07",
        (95107, "Sakuragaoka International School – 事務室"),
        M(2626, 2627, 2628, 2629),
        [
            (
                "2033-10-05 08:30",
                2626,
                TO(2627, "さん")
                + "\nおはようございます。Grade 4 field trip permission slips need to go home today, could you print 60 copies by noon?",
            ),
            (
                "2033-10-05 08:40",
                2627,
                RP(2626, 1, "さん") + "承知しました。11時には職員室に置いておきます",
            ),
            (
                "2033-10-05 09:15",
                2628,
                "the gym projector died again. I've ordered a replacement lamp, should arrive friday",
            ),
            ("2033-10-05 10:50", 2627, "印刷して職員室の棚に置きました📄 60部です"),
            (
                "2033-10-05 11:30",
                2629,
                "保護者会の出欠フォーム、回答が42件になりました。締切は10/14です",
            ),
            (
                "2033-10-05 13:00",
                2626,
                TO(2629, "さん")
                + "\nフォーム未回答のご家庭にリマインドメールを送っていただけますか？ 3営業日以内でお願いします",
            ),
            ("2033-10-05 13:10", 2629, "承知しました！"),
            (
                "2033-10-05 14:20",
                2628,
                "can someone remind me where the spare lanyards are kept? the new sub teacher starts tuesday",
            ),
            (
                "2033-10-05 14:25",
                2627,
                RP(2628, 8, "さん") + "事務室のキャビネット、上から2段目です",
            ),
            (
                "2033-10-06 09:00",
                2628,
                "I'll set up the sub's Google account and print her badge by tuesday",
            ),
            (
                "2033-10-07 15:40",
                2628,
                RP(2628, 10)
                + "account is set up, login details are in her welcome envelope. badge printer is out of ribbon, still waiting on that",
            ),
            (
                "2033-10-07 16:00",
                2629,
                RP(2626, 6, "さん") + "未回答の18家庭にリマインドを送付しました",
            ),
            (
                "2033-10-07 16:10",
                2626,
                "ありがとうございます！Have a good long weekend everyone 🍂",
            ),
        ],
        [
            task(1, ["permission slip"], [2627], ("2033-10-05T11:00", "Wed"), "done"),
            task(6, ["リマインド"], [2629], ("2033-10-11", "Tue"), "done"),
            task(10, ["account"], [2628], ("2033-10-11", "Tue"), "done"),
            task(10, ["badge"], [2628], ("2033-10-11", "Tue"), "open"),
        ],
    ),
    # b17en-08 freight dispatch (Tue 11/1 .. Wed 11/2; Culture Day Thu 11/3).
    # Phenomena: "tire check on truck 12 by 2pm pls, it's on the 3pm Narita run" ->
    # 14:00 (the 3pm describes the run), closed by "tires checked ... topped up ✅"
    # (Tevita's only open task); a two-line list for two drivers/dispatchers -> two
    # tasks, owners from the lines, "by noon" -> 12:00 on the second only; "confirmed"
    # and "delivered" as completions by each one's only open task; a road-closure FYI;
    # "can u call the Saitama depot" -> Oona, "will do" acceptance, closed by "sorted";
    # "I'll redo the thursday driver roster after lunch" -> due that day (thursday
    # describes the roster), closed by "roster updated".
    conv(
        "b17en-08",
        (95108, "Kanto Line Freight – dispatch"),
        M(2630, 2631, 2632, 2633, 2634),
        [
            ("2033-11-01 06:50", 2630, "morning. 14 runs today, the Narita ones are heavy"),
            (
                "2033-11-01 06:52",
                2630,
                TO(2633) + "\ntire check on truck 12 by 2pm pls, it's on the 3pm Narita run",
            ),
            ("2033-11-01 06:55", 2633, "on it"),
            (
                "2033-11-01 07:15",
                2630,
                "for today:\n- Raj: take the Osaka overnight\n- Mina: confirm the pickup slot with Kintetsu warehouse by noon",
            ),
            ("2033-11-01 07:20", 2632, RP(2630, 4) + "👍 got it"),
            ("2033-11-01 09:40", 2631, "Kintetsu can do 13:30-14:00 at dock 4, confirmed"),
            (
                "2033-11-01 10:05",
                2634,
                "Route 16 northbound closed near Kashiwa (JARTIC), the Joban is moving fine fyi",
            ),
            (
                "2033-11-01 12:30",
                2633,
                "truck 12 tires checked, front left was at 6 bar, topped up ✅",
            ),
            (
                "2033-11-01 13:00",
                2630,
                TO(2634)
                + "\ncan u call the Saitama depot re the pallet count mismatch on yesterday's drop? they say 22, we say 24",
            ),
            ("2033-11-01 13:05", 2634, RP(2630, 9) + "will do"),
            (
                "2033-11-01 15:30",
                2634,
                "depot found the 2 pallets, they were scanned under the wrong PO. sorted 👍",
            ),
            ("2033-11-02 05:40", 2632, "back from Osaka, all 9 drops delivered, no damage"),
            (
                "2033-11-02 08:00",
                2630,
                "reminder tmrw is Culture Day, only the 2 Narita runs go out. everyone else is off",
            ),
            (
                "2033-11-02 08:30",
                2631,
                "I'll redo the thursday driver roster after lunch since half the team's off",
            ),
            ("2033-11-02 14:10", 2631, "roster updated, 4 drivers on for thursday"),
            ("2033-11-02 14:15", 2630, "cheers all 🚚"),
        ],
        [
            task(2, ["tire"], [2633], ("2033-11-01T14:00", "Tue"), "done"),
            task(4, ["osaka"], [2632], None, "done"),
            task(4, ["pickup slot"], [2631], ("2033-11-01T12:00", "Tue"), "done"),
            task(9, ["pallet"], [2634], None, "done"),
            task(14, ["roster"], [2631], ("2033-11-02", "Wed"), "done"),
        ],
    ),
    # b17en-09 clinic front desk at the year end (Thu 12/22 .. Fri 12/23). Phenomena:
    # "could you call Mr. Hartmann to move his 12/28 10:00 appointment?" (the date
    # describes the appointment) is cancelled by the assignee's reply "we're good — he'd
    # already rebooked" -> left out; "I'll order 20 more pediatric doses today" in a
    # reply (the 28th describes the supplier) -> Carmen, due 12/22, closed by her bare
    # "ordered" report; a pasted patient email asking for something inside [qt] is no
    # task, but "Niko, can you handle that one? ... by tomorrow" in a reply to it ->
    # Niko (the rp target), due 12/23, closed by his reply "sent Ms. Morel her
    # vaccination record" (a reply, because he also holds the two-person restock);
    # "can you two restock the intake forms ... before we close tomorrow?" with two [To:]
    # -> both, due 12/23, closed by Lwazi's quote of it + "done"; "within 5 business
    # days" sent Fri 12/23 -> 12/26, 27, 28, (12/29 .. 1/3 off), 1/4, 1/5 -> 2034-01-05
    # (the 6th is when the rota reaches the staff), open after "will do 👍".
    conv(
        "b17en-09",
        (95109, "Azabu Family Clinic – front desk"),
        M(2635, 2636, 2637, 2638),
        [
            (
                "2033-12-22 08:40",
                2635,
                TO(2636)
                + "\ncould you call Mr. Hartmann to move his 12/28 10:00 appointment? Dr. Sato is out that morning",
            ),
            ("2033-12-22 08:55", 2636, RP(2635, 1) + "sure"),
            (
                "2033-12-22 09:30",
                2637,
                "flu vaccine stock: 34 adult doses, 8 pediatric. the pediatric ones won't last till the new year",
            ),
            (
                "2033-12-22 09:45",
                2635,
                RP(2637, 3)
                + "I'll order 20 more pediatric doses today, the supplier closes on the 28th",
            ),
            (
                "2033-12-22 10:10",
                2636,
                RP(2635, 1) + "we're good — he'd already rebooked online for the 5th",
            ),
            (
                "2033-12-22 10:30",
                2638,
                "patient email that came in overnight, pasting for the record:\n[qt]Hello, could you please send me a copy of my vaccination record before I fly on the 30th? Thank you, A. Morel[/qt]",
            ),
            (
                "2033-12-22 10:35",
                2635,
                RP(2638, 6)
                + "can you handle that one? records release form first, then email it to her by tomorrow",
            ),
            ("2033-12-22 11:50", 2635, "20 pediatric doses ordered, arriving tuesday"),
            (
                "2033-12-22 14:00",
                2637,
                TO(2636)
                + "\n"
                + TO(2638)
                + "\ncan you two restock the intake forms at both counters before we close tomorrow? we're down to the last pad",
            ),
            ("2033-12-22 14:05", 2638, "👍"),
            (
                "2033-12-23 10:15",
                2638,
                RP(2635, 7)
                + "sent Ms. Morel her vaccination record, the release form is scanned into her chart",
            ),
            (
                "2033-12-23 17:30",
                2636,
                QT(
                    2637,
                    9,
                    "can you two restock the intake forms at both counters before we close tomorrow? we're down to the last pad",
                )
                + "done, both counters have a full stack now 📋",
            ),
            (
                "2033-12-23 17:45",
                2635,
                "that's me off for the break, clinic reopens 1/4. happy new year in advance everyone 🎍",
            ),
            (
                "2033-12-23 17:50",
                2637,
                TO(2635)
                + "\nbefore you go, the new year rota still needs your sign-off. can you approve it within 5 business days? it has to reach the staff before the 6th",
            ),
            ("2033-12-23 17:55", 2635, RP(2637, 14) + "will do 👍"),
        ],
        [
            task(4, ["pediatric"], [2635], ("2033-12-22", "Thu"), "done"),
            task(7, ["record"], [2638], ("2033-12-23", "Fri"), "done"),
            task(9, ["intake form"], [2636, 2638], ("2033-12-23", "Fri"), "done"),
            task(14, ["rota"], [2635], ("2034-01-05", "Thu"), "open"),
        ],
    ),
    # b17en-10 conference volunteers, mixed, with the reading bot as self account (Mon
    # 8/1 .. Tue 8/9; 山の日 Thu 8/11). Phenomena: [toall] "please pick your shifts by
    # Friday" -> every member but the sender and the bot, due Fri 8/5; 小林's bare
    # 登録しました does not close the three-person task; the requester's reply "all
    # shifts are filled" does; a parking question is information; a Chatwork task
    # (ltype=date) for Ines, acknowledged with "got it 👍 on it", closed by task_done
    # (her bare "lanyards ordered" comes while she also holds the shift task, so it
    # alone would close nothing); "would be great if someone could check whether the
    # venue wifi can handle 600 devices" -> no assignee, closed by 確認しました in a
    # reply; 来週水曜までに追加で買っていただけますか sent Mon -> Wed 8/17, accepted with
    # 了解、手配します (no new task), open. The T-shirt note is information.
    conv(
        "b17en-10",
        (95110, "PyCon Setouchi 2033 – volunteers"),
        M(2639, 2640, 2641, 2642, 2699),
        [
            (
                "2033-08-01 10:00",
                2639,
                "[toall]\nvolunteer shift sheet is live 🎉 please pick your shifts by Friday: https://sheets.example/pcs33-shifts",
            ),
            ("2033-08-01 10:20", 2640, "登録しました！受付の午前枠にしました🙋"),
            (
                "2033-08-01 10:45",
                2641,
                "is there a parking spot for volunteers or should we take the tram?",
            ),
            (
                "2033-08-01 10:50",
                2639,
                RP(2641, 3) + "tram, sorry! parking is only for the AV vendor",
            ),
            ("2033-08-02 09:00", 2639, task_added(2642, LANYARDS_LT, LANYARDS, "date")),
            ("2033-08-02 09:05", 2642, "got it 👍 on it"),
            (
                "2033-08-02 11:30",
                2641,
                "would be great if someone could check whether the venue wifi can handle 600 devices — last year it died during the keynote",
            ),
            (
                "2033-08-03 10:00",
                2640,
                RP(2641, 7) + "会場の担当者に確認しました。同時接続800台までは大丈夫とのことです",
            ),
            ("2033-08-03 14:00", 2642, "lanyards ordered ✅ arriving the 12th"),
            ("2033-08-03 14:01", 2642, task_done(2642, LANYARDS_LT, LANYARDS, "date")),
            (
                "2033-08-05 18:00",
                2639,
                RP(2639, 1) + "all shifts are filled, sheet is locked 🔒 thank you all!",
            ),
            (
                "2033-08-08 10:00",
                2639,
                "T-shirt order went in, sizes per the form. pickup is 8/18 at the venue",
            ),
            (
                "2033-08-08 10:30",
                2640,
                TO(2639, "さん")
                + "\n受付用の名札ケース、50個ほど足りなさそうです。来週水曜までに追加で買っていただけますか？",
            ),
            ("2033-08-08 10:40", 2639, RP(2640, 13, "さん") + "了解、手配します！"),
            (
                "2033-08-09 12:00",
                2642,
                "just saw the wifi answer, 800 is plenty 👍 thanks 小林さん",
            ),
            ("2033-08-09 12:05", 2640, "🙆"),
        ],
        [
            task(1, ["shift"], [2640, 2641, 2642], ("2033-08-05", "Fri"), "done"),
            task(5, ["lanyard"], [2642], ("2033-08-09", "Tue"), "done"),
            task(7, ["wifi"], [], None, "done"),
            task(13, ["名札ケース"], [2639], ("2033-08-17", "Wed"), "open"),
        ],
        self_account_id=2699,
    ),
    # b17en-11 startup sales & CS (Mon 5/2 .. Mon 5/9, Golden Week 5/3-5/5). Phenomena:
    # a Chatwork task with ltype=time for Chen, due 5/6 15:00, closed by his bare
    # "quote sent over" (his only open task) and then by task_done; "any ETA on the
    # refund?" asks for information and the answer ends with a promise to report; "can
    # you approve a 10% discount by EOD?" -> deciding by a time is a task, closed by
    # "approved" in a reply; "ping me when the Harbor quote is out" is information;
    # "I'll take a look" (invoice numbering) -> Olu, no time, open; a weekly CS summary
    # ending in "would be nice if someone from sales could call Pinewood" -> no
    # assignee, closed by "called Pinewood's ops lead" in a reply; "can u find out from
    # eng whether SSO is on the Q3 roadmap? ... by next Friday" (sent Fri) -> Fri 5/13,
    # accepted, then "asked eng, no answer yet" -> still open.
    conv(
        "b17en-11",
        (95111, "Tallyho – sales & CS"),
        M(2643, 2644, 2645, 2646),
        [
            ("2033-05-02 09:10", 2643, task_added(2645, HARBOR_LT, HARBOR, "time")),
            (
                "2033-05-02 09:20",
                2644,
                "any ETA on the refund for Brightline? they emailed again this morning",
            ),
            (
                "2033-05-02 09:35",
                2646,
                RP(2644, 2)
                + "finance approved it friday, should hit their card in 3-5 days. I'll let you know once it's processed",
            ),
            (
                "2033-05-02 10:00",
                2645,
                TO(2643)
                + "\nHarbor wants 15% off for a 2-year term. can you approve a 10% discount by EOD? their board meets tomorrow",
            ),
            (
                "2033-05-02 10:40",
                2643,
                RP(2645, 4) + "approved, 10% for 2 yrs, not a cent more 😄",
            ),
            (
                "2033-05-02 11:00",
                2644,
                "ping me when the Harbor quote is out, I want to set up their onboarding call",
            ),
            (
                "2033-05-02 11:20",
                2646,
                "saw the invoice numbering bug Mariam flagged last week (INV-0412 used twice), I'll take a look",
            ),
            ("2033-05-02 13:30", 2645, "quote sent over to Harbor, cc Mariam"),
            ("2033-05-02 13:31", 2645, task_done(2645, HARBOR_LT, HARBOR, "time")),
            (
                "2033-05-06 10:00",
                2644,
                "weekly CS summary\n- 41 tickets, 38 closed\n- 2 churn risks: Pinewood (price), Ostara (no SSO)\n- NPS 47\nwould be nice if someone from sales could call Pinewood before their renewal comes up",
            ),
            (
                "2033-05-06 15:40",
                2645,
                RP(2644, 10)
                + "called Pinewood's ops lead, they're fine with the new pricing if the CSV export ships this summer",
            ),
            (
                "2033-05-06 16:00",
                2643,
                TO(2644)
                + "\ncan u find out from eng whether SSO is on the Q3 roadmap? Ostara needs an answer by next Friday",
            ),
            ("2033-05-06 16:10", 2644, RP(2643, 12) + "👍 will ask Dana in eng"),
            ("2033-05-09 11:00", 2644, RP(2643, 12) + "asked eng, no answer yet 🙄"),
            ("2033-05-09 11:05", 2643, "classic. thx for chasing"),
        ],
        [
            task(1, ["renewal quote"], [2645], ("2033-05-06T15:00", "Fri"), "done"),
            task(4, ["discount"], [2643], ("2033-05-02", "Mon"), "done"),
            task(7, ["invoice"], [2646], None, "open"),
            task(10, ["pinewood"], [], None, "done"),
            task(12, ["sso"], [2644], ("2033-05-13", "Fri"), "open"),
        ],
    ),
    # b17en-12 translation vendor (Tue 1/4 .. Tue 1/11; 成人の日 Mon 1/10). Phenomena: a
    # job post "due 1/7 18:00 JST ... can you take it?" -> Ryo, whose acceptance "I can
    # take it, but I'd need until 1/11 noon" moves it to 1/11 12:00, closed by
    # "delivered via the portal" (his only open task); a job-post template with a
    # request inside [qt] is no task; "anyone free? ideally by Friday" for #4475 is
    # declined ("not me this week, booked solid") and the requester closes it in a
    # reply ("closing #4475, the client pulled the project") -> left out; "could you
    # apply them by tomorrow EOD?" -> Aya, due 1/7, closed by her bare "notes applied";
    # a delivery-date note is information; "within 2 business days" sent Tue 1/11 ->
    # Thu 1/13, open.
    conv(
        "b17en-12",
        (95112, "Lingobridge – EN>JA pool"),
        M(2647, 2648, 2649, 2650),
        [
            (
                "2033-01-04 10:00",
                2647,
                "happy new year all 🎍 queue is quiet, 3 jobs expected this week",
            ),
            (
                "2033-01-05 09:30",
                2647,
                "Job #4471 — EN>JA, medical device IFU, 2,300 words, due 1/7 18:00 JST\n"
                + TO(2648)
                + " can you take it?",
            ),
            (
                "2033-01-05 09:50",
                2648,
                RP(2647, 2)
                + "I can take it, but I'd need until 1/11 noon — the terminology list alone is 200 terms",
            ),
            ("2033-01-05 09:55", 2647, RP(2648, 3) + "works, the client is flexible"),
            (
                "2033-01-05 10:30",
                2647,
                "posting the job template again since people keep asking:\n[qt]Job #____ — LANG>LANG, subject, word count, due M/D HH:MM JST\n@name can you take it? Please reply within 2 hours.[/qt]",
            ),
            (
                "2033-01-05 11:00",
                2647,
                "Job #4475 — EN>JA, game UI strings, 800 words. anyone free? ideally by Friday",
            ),
            (
                "2033-01-05 11:20",
                2649,
                RP(2647, 6) + "not me this week, sorry, booked solid till the 14th 🙇",
            ),
            (
                "2033-01-05 15:00",
                2647,
                RP(2647, 6) + "closing #4475, the client pulled the project",
            ),
            (
                "2033-01-06 10:00",
                2650,
                TO(2649)
                + "\nreview notes for #4460 are in the CAT tool, mostly consistency stuff. could you apply them by tomorrow EOD? the client wants the file monday",
            ),
            ("2033-01-06 10:15", 2649, RP(2650, 9) + "will do"),
            (
                "2033-01-07 17:10",
                2649,
                "#4460 notes applied and re-QA'd, handed back to Marco ✅",
            ),
            (
                "2033-01-07 17:30",
                2650,
                "thanks! client delivery moved to 1/11 since monday is a public holiday here",
            ),
            ("2033-01-11 11:40", 2648, "#4471 delivered via the portal, TM is updated too"),
            ("2033-01-11 11:45", 2647, RP(2648, 13) + "🙏 thank you, perfect timing"),
            (
                "2033-01-11 13:00",
                2647,
                TO(2650)
                + "\ncould you do the LQA on #4471 within 2 business days? the client wants a quality score with the invoice",
            ),
        ],
        [
            task(2, ["4471"], [2648], ("2033-01-11T12:00", "Tue"), "done"),
            task(9, ["4460"], [2649], ("2033-01-07", "Fri"), "done"),
            task(15, ["lqa"], [2650], ("2033-01-13", "Thu"), "open"),
        ],
    ),
    # b17en-13 open-source community channel, NO TASK (Sat 2/19 .. Wed 2/23). CI bot
    # digests in [info] (passed, a failure with a pasted traceback), user feedback, an
    # information question and its answer, a blog link, praise, a maintainer's report
    # that the fix is already done, a vague offer of help, an office-hours notice.
    conv(
        "b17en-13",
        (95113, "tidewater-py – community"),
        M(2651, 2652, 2653, 2654, 2698),
        [
            (
                "2033-02-19 10:00",
                2698,
                "[info][title]nightly build #1204[/title]status: passed ✅\npython 3.11 / 3.12 / 3.13: ok\nduration: 6m12s[/info]",
            ),
            (
                "2033-02-19 11:30",
                2652,
                "4.2 works great with our scheduler, the DST edge case we reported is gone 🎉",
            ),
            (
                "2033-02-19 12:10",
                2653,
                "does 4.2 still support python 3.9 or was that dropped?",
            ),
            ("2033-02-19 12:25", 2651, RP(2653, 3) + "dropped in 4.0, 3.10+ only now"),
            (
                "2033-02-20 09:00",
                2654,
                "fyi I wrote a small blog post on migrating from pytz: https://blog.example/tidewater-pytz",
            ),
            (
                "2033-02-20 09:40",
                2652,
                "nice writeup! the section on ambiguous times is the clearest explanation I've seen",
            ),
            (
                "2033-02-21 08:30",
                2698,
                "[info][title]nightly build #1206[/title]status: failed ❌\n```\nFAILED tests/test_tzdata.py::test_new_zone[America/Ciudad_Juarez]\nE   KeyError: 'America/Ciudad_Juarez'\n```[/info]",
            ),
            (
                "2033-02-21 08:45",
                2651,
                "that's the runner's tzdata being old, not us. already bumped the image, the next nightly should pass",
            ),
            (
                "2033-02-22 08:30",
                2698,
                "[info][title]nightly build #1207[/title]status: passed ✅[/info]",
            ),
            (
                "2033-02-22 12:00",
                2653,
                "if anyone ever needs a hand with translations, happy to help",
            ),
            ("2033-02-22 12:20", 2654, "good to know 👍"),
            (
                "2033-02-23 10:00",
                2651,
                "reminder: office hours tomorrow 20:00 JST on the usual video link, no agenda, questions welcome",
            ),
        ],
        [],
    ),
    # b17en-14 data-science paper club, NO TASK (Wed 6/8 .. Mon 6/13). A paper link with
    # the meeting time, chit-chat, an information question, "running 5 min late, start
    # without me", posted notes whose list line names a member without asking anything
    # ("- Tobiah: the appendix C ablation is the real contribution"), a request for a
    # recommendation (information), a cancelled session notice, good wishes.
    conv(
        "b17en-14",
        (95114, "Lumen Analytics – paper club"),
        M(2655, 2656, 2657, 2658),
        [
            (
                "2033-06-08 12:00",
                2655,
                "this week's paper: 'Calibrating gradient boosted trees under label shift', https://arxiv.example/2306.01234 — thursday 12:30, room B or zoom",
            ),
            (
                "2033-06-08 12:20",
                2656,
                "oh I saw the talk version of this, the appendix is where the good stuff is",
            ),
            ("2033-06-08 13:05", 2657, "is the zoom link the same as last time?"),
            ("2033-06-08 13:10", 2655, RP(2657, 3) + "same one 👍"),
            ("2033-06-09 12:25", 2658, "running 5 min late, start without me"),
            (
                "2033-06-09 13:40",
                2655,
                "notes from today, pasted:\n- label shift ≠ covariate shift, they lean on the former\n- their temperature-scaling baseline is weaker than it looks\n- Tobiah: the appendix C ablation is the real contribution\nnext time: TBD",
            ),
            ("2033-06-09 13:45", 2656, "😂 I stand by it"),
            (
                "2033-06-10 09:00",
                2657,
                "anyone have a favourite intro to conformal prediction? asking for a friend (the friend is me)",
            ),
            (
                "2033-06-10 09:20",
                2658,
                "there's a gentle intro notebook in our wiki under /ml-notes/conformal, start there",
            ),
            ("2033-06-10 09:30", 2657, "perfect, ty!"),
            (
                "2033-06-13 10:00",
                2655,
                "no paper club this thursday, half of us are at the offsite 🏕️",
            ),
            ("2033-06-13 10:05", 2656, "enjoy the offsite!"),
        ],
        [],
    ),
]
