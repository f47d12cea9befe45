# ruff: noqa: E501
"""Blind set 20, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind19_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Fifteen searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (picking work up and promising a PR, apologising for a
delay and asking for more days, closing because something is no longer needed,
handing work over to someone else, "deployed / live now" close-outs, dropping a
plan for another direction, a Japanese thread about calling someone back) and
workplace-writing pages (ビジネスチャットの依頼の書き方と期限, Slack etiquette for
asking a colleague with a deadline, async standup updates with done / next /
blockers, 進捗報告の伝え方 and partial progress, 納期・締切の延長のお願い, gentle
follow-up nudges, 電話したが不在だった時の報告, chat shorthand like ptal / lmk /
sgtm). Every person, company, room, product and sentence here is invented and
written fresh; nothing is copied. Gold dues were computed with a throwaway script
in /tmp (datetime + jpholiday, one function per row of the spec's deadline table:
today / tomorrow, bare weekday, next-week weekday, this week incl. a Saturday or
Sunday send, 週明け as the first business day of next week, N business days
skipping weekends, Japanese public holidays and 12-29 .. 01-03, and the M/D window
rule), not by hand, and each due carries its weekday so build.py catches a typo.
Phrases the spec does not define (tonight, this afternoon, after lunch, before the
weekend, end of next week, 年明け, 年末年始, "over the long weekend") appear only in
messages that are no task or next to a defined deadline, never as a task's only
deadline. Cancelled tasks are left out of the gold, as the spec drops them. All
rooms run on Asia/Tokyo in June .. December 2028; one room (b20en-08) crosses the
year-end break into January 2029. No substitute holiday falls in June .. December
2028, so the holiday cases are plain ones (海の日, 山の日, 敬老の日, 秋分の日 on a
Friday, スポーツの日, 文化の日 on a Friday, 勤労感謝の日, 成人の日 2029) and the
12-29 .. 01-03 break.

Domains: a biotech lab's freezer failure (Saturday asks), a Yokohama English-language
newsroom desk over a port strike (over 海の日), an international school's IT team in
Kobe before term (mixed, before 山の日), a literacy nonprofit's autumn appeal ([toall],
Chatwork task markup, over 敬老の日 and 秋分の日), a Kyoto/Osaka hotel group's revenue
team (mixed, around スポーツの日), a game localisation vendor and its US publisher
(mixed, over 文化の日), a hardware startup's battery supply chain with standups (over
勤労感謝の日), a university research office's grant call (mixed, across the year-end
break into 2029), an e-commerce homeware shop's summer sale (bot as self account,
[toall], Chatwork task markup), a Yokohama dental clinic's front office (mixed, a
human as self account, [toall], before 敬老の日), an architecture studio (no task),
an amateur rugby club's committee (no task, over 山の日), a bilingual recruiting
agency (Chatwork task markup with ltype=none and an old body without ltype), and an
open-source library's maintainers before a release (ptal / lgtm / sgtm, terse).

Covers: commitments without a time ("I'll move my HEK stocks ..", "I'll write the
parent letter", "I'll take #799 then", standup "next:" lines); implicit-work asks
by reply whose object comes from context ("could you move my box as well?", "yes
please, by tomorrow 10am" to an offered longlist, "can you order the same again on
Monday?", この件の対応 for a forwarded parent mail); several tasks in one message
(to-do lists with "・Name:", "1. Name:", "- Name:" owners, a reply asking for a
replacement and a carrier claim, a two-part ask with two deadlines); declarative
asks ("we'd need the Japanese translation back by 11/10", "I'll need Osaka's
comp-set list from you by Thursday"); acceptances that set or repeat the deadline (本日中に
連絡します, 8/14の朝イチで, "yep, I'll have them by Friday", "changelog by
Wednesday"); deadlines moved by the assignee ("I'll need until Monday", "I'll have
it done by Thursday instead") and by the requester after the assignee asked
("fine, 21:30 is the hard stop", "11/14 works", "Monday's fine"); dates that describe
the thing (a site visit, a 12/20 release, a studio hold, an email sent "for Monday
6am", a Dec 6 lunch); 3営業日以内 across 12-29 .. 01-03; "this week" and "by Friday"
landing on a Friday holiday; completion in other words (booked, sent 6 frames,
filed, live blog is up, enrolled, pushes went through, decided, delivered, re-shot,
moved to 9/14) by reply, by quote with qtmeta, by Chatwork task_done and bare from an
assignee's only open task; a bare "shipped" from someone with two open tasks and a
bare 設定しました from one of four [toall] assignees that close nothing; negated or
partial progress (called twice, no answer; 2,100 / 3,400; 74 of 120; 3 of the 4
roles; couldn't finish today; not final yet); cancellations in other words by the
requester or the committer ("no longer needed — scrap the backport", "ok, dropping
the Korean quote"); a hand-over told as someone else's plan; look-alikes that ask
for nothing (pasted client and customer mails with a request inside [qt], offers
and conditions, questions for information, reports of others' plans, a promise to
let people know, thanks opening with a name, greetings, a bot reminder); noise
(emoji, :shortcodes:, lowercase, full-width punctuation, [To:] blocks with several
people, [toall]). The two rooms without a task are b20en-11 and b20en-12.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b20en-01 biotech lab
    3801: "Helena Marsh",
    3802: "Ravi Menon",
    3803: "Yui Tanaka",
    3804: "Tomás Ortega",
    3805: "Lena Fischer",
    # b20en-02 newsroom desk
    3811: "Priya Natarajan",
    3812: "Daniel Okafor",
    3813: "Mei Kobayashi",
    3814: "Ollie Brandt",
    3815: "Sana Iqbal",
    # b20en-03 school IT team
    3821: "Greg Holloway",
    3822: "中村 彩",
    3823: "Arjun Pillai",
    3824: "森田 健",
    3825: "Claire Dubois",
    3826: "西川 由美",
    # b20en-04 nonprofit fundraising
    3831: "Rachel Kim",
    3832: "Tom Whitaker",
    3833: "Aiko Brennan",
    3834: "Marcus Lee",
    3835: "Fiona Walsh",
    3836: "Ken Ishida",
    # b20en-05 hotel revenue
    3841: "Julia Santos",
    3842: "岡本 翔太",
    3843: "Liam O'Connor",
    3844: "藤井 まどか",
    3845: "Hana Suzuki-Park",
    3846: "吉村 大輔",
    # b20en-06 game localisation
    3851: "Nate Graves",
    3852: "高田 里奈",
    3853: "Sofia Reyes",
    3854: "山口 蓮",
    3855: "Owen Park",
    3856: "石井 恵",
    # b20en-07 hardware supply chain
    3861: "Maya Lindqvist",
    3862: "Jun Watanabe",
    3863: "Ben Carter",
    3864: "Ayesha Rahman",
    3865: "Dev Malhotra",
    3866: "Chloe Tan",
    # b20en-08 university research office
    3871: "松本 千尋",
    3872: "Samuel Ito-Grant",
    3873: "小林 悠",
    3874: "Elena Petrova",
    3875: "佐々木 誠",
    3876: "Hugo Martin",
    # b20en-09 e-commerce ops
    3881: "Grace Liu",
    3882: "Sam Porter",
    3883: "Naomi Clarke",
    3884: "Ryo Hayashi",
    3885: "Isla Grant",
    3887: "chatsync bot",
    # b20en-10 dental front office
    3891: "青木 誠一",
    3892: "Emily Hart",
    3893: "川口 さくら",
    3894: "Ji-woo Han",
    3895: "原田 慎也",
    3896: "Marco Bianchi",
    # b20en-11 architecture studio
    3901: "Isabel Moreno",
    3902: "Kenji Hara",
    3903: "Lotte Jansen",
    3904: "Farid Haddad",
    3905: "Nina Sato-Webb",
    # b20en-12 rugby club
    3911: "Callum Reid",
    3912: "Tariq Aziz",
    3913: "Hannah Fujita",
    3914: "Pete Morgan",
    3915: "Yuka Ellis",
    3916: "Rory Tanaka",
    # b20en-13 recruiting agency
    3921: "Victoria Hughes",
    3922: "Kenta Mori",
    3923: "Alicia Gomez",
    3924: "Josh Adler",
    3925: "Mari Endo",
    3926: "Patrick Dunn",
    # b20en-14 open-source maintainers
    3931: "Felix Brandt",
    3932: "Wen Zhao",
    3933: "Oskar Nilsson",
    3934: "Priyanka Rao",
    3935: "Tadashi Ueno",
    3936: "Jordan Blake",
}


def M(*aids: int) -> list[tuple[int, str]]:
    return [(a, NAMES[a]) for a in aids]


def RP(aid: int, n: int) -> str:
    """Reply markup to message n, written by aid."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}\n"


def QT(aid: int, n: int, text: str) -> str:
    """Quote of message n, written by aid."""
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


def TO(*aids: int) -> str:
    return "".join(f"[To:{a}]{NAMES[a]}\n" for a in aids)


TK09_LT = chatwork_lt("2028-08-02", "15:00")
TK09_BODY = "Restock bay 4 with the sale items from the overflow pallet"
TK04_LT = chatwork_lt("2028-10-06")
TK04_BODY = "Donor thank-you evening: confirm the caterer headcount"
TK13A_BODY = "Book a meeting room for the Dec 6 client lunch briefing"
TK13B_LT = chatwork_lt("2028-12-11")
TK13B_BODY = "Send the year-end check-in emails to placed candidates"

CASES = [
    conv(
        "b20en-01",
        (930001, "Marsh Lab – Kawasaki"),
        M(3801, 3802, 3803, 3804, 3805),
        [
            (
                "2028-06-02 09:10",
                3804,
                "morning all ☀️ the -80 #2 alarm went off overnight, it's back at -78 now. logging it in the freezer book",
            ),
            (
                "2028-06-02 09:25",
                3801,
                TO(3804)
                + "can you call the service company and book an engineer for #2? by 3pm today please, I don't want the patient-derived lines sitting in a dodgy freezer over the weekend",
            ),
            ("2028-06-02 09:40", 3804, RP(3801, 2) + "on it 👍"),
            (
                "2028-06-02 11:05",
                3804,
                RP(3801, 2)
                + "called them — engineer booked for Monday 9:00 ✅ they said keep the door shut and it should hold",
            ),
            (
                "2028-06-02 13:30",
                3802,
                "I'll move my HEK stocks out of #2 into #4, the bottom shelf has space",
            ),
            (
                "2028-06-02 13:32",
                3805,
                RP(3802, 5)
                + "could you move my box as well?? blue one, LF-03 😅 I'm stuck at the confocal till 5",
            ),
            (
                "2028-06-02 14:50",
                3802,
                RP(3805, 6) + "moved yours, it's next to mine on the bottom shelf",
            ),
            ("2028-06-02 16:10", 3802, "HEK stocks moved too, #2 is empty on my side"),
            (
                "2028-06-03 10:15",
                3803,
                "Helena, which qPCR kit did we buy last time — the 500-rxn one or two 200s? can't find the PO anywhere",
            ),
            (
                "2028-06-03 10:40",
                3801,
                RP(3803, 9)
                + "the 500 one. can you order the same again on Monday? budget code's in the sheet",
            ),
            ("2028-06-05 09:20", 3804, "engineer's here, swapping the fan on #2 🔧"),
            ("2028-06-05 11:00", 3803, "kit's ordered — PO 4471, arrives Thursday"),
            (
                "2028-06-05 15:30",
                3801,
                TO(3802, 3805)
                + "lab meeting moves to Thu 16:00. one slide each on the organoid passage numbers please, by Wednesday noon so I can merge them",
            ),
            ("2028-06-06 18:40", 3805, "mine's in the folder"),
            (
                "2028-06-07 10:05",
                3802,
                "passage counts from last week's culture are still missing, my slide is about half done",
            ),
            (
                "2028-06-07 13:10",
                3801,
                QT(
                    3801,
                    13,
                    "one slide each on the organoid passage numbers please, by Wednesday noon so I can merge them",
                )
                + "both slides are in and merged, thanks you two 🙏",
            ),
        ],
        [
            task(2, ["service"], [3804], ("2028-06-02T15:00", "Fri"), "done"),
            task(5, ["HEK"], [3802], None, "done"),
            task(6, ["box"], [3802], None, "done"),
            task(10, ["order"], [3803], ("2028-06-05", "Mon"), "done"),
            task(13, ["slide"], [3802, 3805], ("2028-06-07T12:00", "Wed"), "done"),
        ],
    ),
    conv(
        "b20en-02",
        (930002, "Bayline Herald – night desk"),
        M(3811, 3812, 3813, 3814, 3815),
        [
            (
                "2028-07-13 17:20",
                3811,
                TO(3812)
                + "need 600 words on the port strike for tomorrow's A3, filed by 21:00 please",
            ),
            (
                "2028-07-13 17:24",
                3812,
                RP(3811, 1) + "will do. the union rep is calling me back at 7",
            ),
            (
                "2028-07-13 17:40",
                3811,
                TO(3813)
                + "can you get us a picket-line photo at the Honmoku gate? anything usable by 20:00 works",
            ),
            ("2028-07-13 18:55", 3813, "at the gate now, light's going fast 📸"),
            (
                "2028-07-13 19:50",
                3813,
                RP(3811, 3) + "sent 6 frames to the desk folder, #4 is the best one imo",
            ),
            (
                "2028-07-13 20:45",
                3812,
                RP(3811, 1)
                + "union rep still hasn't called back... can I have till 21:30? the rest is written",
            ),
            ("2028-07-13 20:47", 3811, RP(3811, 1) + "fine, 21:30 is the hard stop"),
            (
                "2028-07-13 21:26",
                3812,
                RP(3811, 1) + "filed ✅ 640 words, his quote's in the 4th graf",
            ),
            (
                "2028-07-13 21:40",
                3814,
                "trimmed the strike piece to 590. hed: PORT WALKOUT ENTERS DAY 3",
            ),
            (
                "2028-07-14 10:30",
                3811,
                "heads-up: Monday's a holiday (海の日), skeleton desk. Sana's on the homepage that day, Ollie's off till Tuesday",
            ),
            (
                "2028-07-14 10:45",
                3811,
                TO(3815)
                + "can you set up a live blog for the strike today, and draft the three explainer cards by next Tuesday?",
            ),
            ("2028-07-14 11:02", 3815, "on it. live blog first"),
            ("2028-07-14 12:30", 3815, RP(3811, 11) + "live blog is up 🟢 link pinned in the room"),
            (
                "2028-07-15 09:10",
                3812,
                "if anyone needs strike background over the long weekend my notes are in the shared drive, just ask",
            ),
            (
                "2028-07-18 09:50",
                3815,
                "explainer cards: 2 of 3 drafted\n"
                + TO(3813)
                + "Mei, could you make a simple map of the shipping lanes for the third one? today if possible",
            ),
            ("2028-07-18 14:20", 3813, "map's in the graphics folder 🗺️"),
            ("2028-07-18 16:00", 3815, "third card's drafted too, all three are in the CMS"),
        ],
        [
            task(1, ["port", "strike"], [3812], ("2028-07-13T21:30", "Thu"), "done"),
            task(3, ["photo"], [3813], ("2028-07-13T20:00", "Thu"), "done"),
            task(11, ["live", "blog"], [3815], ("2028-07-14", "Fri"), "done"),
            task(11, ["explainer", "cards"], [3815], ("2028-07-18", "Tue"), "done"),
            task(15, ["map"], [3813], ("2028-07-18", "Tue"), "done"),
        ],
    ),
    conv(
        "b20en-03",
        (930003, "Kobe Bay Intl School – IT"),
        M(3821, 3822, 3823, 3824, 3825, 3826),
        [
            (
                "2028-08-07 09:00",
                3821,
                "Morning all. Term starts 8/24. The Chromebook refresh list is on the drive — 120 units for Grades 6-8.",
            ),
            (
                "2028-08-07 09:15",
                3821,
                TO(3822, 3823)
                + "・中村さん: 新しいChromebookの資産タグ貼り（8/18まで）\n・Arjun: enroll all 120 units in the admin console by 8/21\n・I'll write the parent letter about the charging carts",
            ),
            ("2028-08-07 09:20", 3822, "承知しました🙆‍♀️"),
            (
                "2028-08-07 10:05",
                3825,
                "Greg, for the parent letter: I'll send you the wording on the new phone policy by Wednesday so it can go in too",
            ),
            (
                "2028-08-08 11:30",
                3824,
                TO(3821)
                + "2階のサーバー室、エアコン点検が8/10（木）に入ります。10時〜12時は入室できません。",
            ),
            (
                "2028-08-08 14:00",
                3823,
                "quick q — do we reuse last year's enrollment token or generate a new one?",
            ),
            ("2028-08-08 14:10", 3821, RP(3823, 6) + "new one, last year's expired in March"),
            ("2028-08-09 16:45", 3825, "sent you the phone policy wording by email 📧"),
            (
                "2028-08-10 09:30",
                3826,
                TO(3821)
                + "保護者の方からのメールを転送します。\n[qt]お世話になっております。子どもの学校用アカウントのパスワードを忘れてしまったようです。リセットしていただけますでしょうか。[/qt]",
            ),
            (
                "2028-08-10 10:00",
                3821,
                TO(3822)
                + "このアカウントの件、対応お願いできますか？明日は山の日でお休みなので週明けで大丈夫です",
            ),
            ("2028-08-10 10:20", 3822, RP(3821, 10) + "承知しました、8/14の朝イチでやります"),
            (
                "2028-08-14 10:15",
                3822,
                RP(3821, 10) + "リセットしました。保護者の方にもメールで連絡済みです",
            ),
            (
                "2028-08-14 13:00",
                3823,
                "enrollment update: 74 of 120 done, the rest are still boxed in the library",
            ),
            ("2028-08-16 15:40", 3822, "資産タグ、全部貼り終わりました🏷️"),
            (
                "2028-08-18 17:30",
                3821,
                "parent letter is about half written, the staff meeting ate my afternoon",
            ),
            ("2028-08-21 18:10", 3823, RP(3821, 2) + "all 120 enrolled ✅ policies pushed"),
        ],
        [
            task(2, ["資産タグ"], [3822], ("2028-08-18", "Fri"), "done"),
            task(2, ["enroll"], [3823], ("2028-08-21", "Mon"), "done"),
            task(2, ["parent", "letter"], [3821], None, "open"),
            task(4, ["wording"], [3825], ("2028-08-09", "Wed"), "done"),
            task(10, ["アカウント"], [3822], ("2028-08-14T10:00", "Mon"), "done"),
        ],
    ),
    conv(
        "b20en-04",
        (930004, "Open Pages Japan – development"),
        M(3831, 3832, 3833, 3834, 3835, 3836),
        [
            (
                "2028-09-14 10:00",
                3831,
                "[toall]\nautumn appeal goes out 10/2. quick plan:\n- Tom: final draft of the appeal letter by 9/20\n- Marcus: pull the lapsed-donor list (gave in 2026, not since)\n- Fiona: copy for the appeal page by next Friday\nthanks all!",
            ),
            ("2028-09-14 10:10", 3834, "👍"),
            (
                "2028-09-14 10:30",
                3836,
                "Rachel, thanks for the plan 🙌 if you need volunteers for envelope stuffing just let me know",
            ),
            (
                "2028-09-15 16:00",
                3834,
                RP(3831, 1) + "lapsed list pulled — 1,843 records, it's in the appeal folder",
            ),
            (
                "2028-09-16 11:20",
                3832,
                TO(3831)
                + "v1 of the letter is in the folder, not final yet. can you take a look before I polish it?",
            ),
            (
                "2028-09-17 20:05",
                3831,
                RP(3832, 5) + "read it — lovely opening. LGTM with two small edits in comments",
            ),
            ("2028-09-19 09:30", 3831, task_added(3833, TK04_LT, TK04_BODY, "date")),
            (
                "2028-09-19 09:40",
                3833,
                "got it, the caterer wants final numbers a week before anyway",
            ),
            (
                "2028-09-20 17:55",
                3832,
                RP(3831, 1)
                + "sorry Rachel, the board chair's quote is still pending — I'll need until Monday for the final letter",
            ),
            ("2028-09-21 10:00", 3835, "appeal page copy's written and up in the folder ✍️"),
            (
                "2028-09-21 10:30",
                3831,
                "reminder: tomorrow (9/22) is a public holiday, office closed. enjoy the long weekend 🍂",
            ),
            (
                "2028-09-25 15:10",
                3832,
                RP(3831, 1) + "final letter is in, board chair quote included",
            ),
            (
                "2028-09-26 11:00",
                3834,
                TO(3836)
                + "could you check the volunteer sign-up sheet has everyone's emails? a few rows are blank. no rush",
            ),
            ("2028-09-26 11:20", 3836, RP(3834, 13) + "will do 👍"),
            (
                "2028-09-27 18:00",
                3831,
                "signed off on the letter, the page and the list — we're good to print 🖨️",
            ),
            ("2028-09-29 14:00", 3833, task_done(3833, TK04_LT, TK04_BODY, "date")),
            (
                "2028-09-29 15:00",
                3836,
                "rang the 6 volunteers with blank rows, 4 picked up. still missing 2 emails",
            ),
        ],
        [
            task(1, ["appeal", "letter"], [3832], ("2028-09-25", "Mon"), "done"),
            task(1, ["lapsed"], [3834], None, "done"),
            task(1, ["appeal", "page"], [3835], ("2028-09-22", "Fri"), "done"),
            task(5, ["letter"], [3831], None, "done"),
            task(7, ["caterer", "headcount"], [3833], ("2028-10-06", "Fri"), "done"),
            task(13, ["sign-up", "sheet"], [3836], None, "open"),
        ],
    ),
    conv(
        "b20en-05",
        (930005, "Kansai hotels – revenue"),
        M(3841, 3842, 3843, 3844, 3845, 3846),
        [
            (
                "2028-10-05 09:30",
                3841,
                "Morning. Pickup for the 10/20-22 conference block is slower than forecast, let's look at rates today.",
            ),
            (
                "2028-10-05 09:45",
                3841,
                TO(3843)
                + "can you refresh the pickup report with last night's numbers? by 11:00 if possible",
            ),
            ("2028-10-05 09:50", 3843, "on it"),
            (
                "2028-10-05 10:55",
                3843,
                RP(3841, 2) + "refreshed — Kyoto is 38% picked up, Osaka 52%",
            ),
            (
                "2028-10-05 11:30",
                3842,
                TO(3841)
                + "京都の10/20〜22の料金案を作りました（BAR −¥2,000）。ご確認お願いします🙏",
            ),
            (
                "2028-10-05 11:50",
                3841,
                RP(3842, 5)
                + "looks good 👍 one more thing — can you also close the OTA discount for those dates?",
            ),
            (
                "2028-10-05 13:10",
                3844,
                "大阪も同じ日程で団体の問い合わせが2件入っています。明日の朝イチで見積を出します",
            ),
            (
                "2028-10-05 13:15",
                3845,
                "fyi channel manager maintenance tonight 1–3am, rate pushes will queue",
            ),
            ("2028-10-06 10:20", 3844, "見積2件、送付しました📨"),
            (
                "2028-10-06 14:00",
                3841,
                TO(3845, 3843)
                + "Hana: please load the new Kyoto rates into the channel manager today\nLiam: add the conference block to the comp-set tracker, 10/10 is fine",
            ),
            (
                "2028-10-06 17:40",
                3845,
                RP(3841, 10)
                + "Kyoto rates loaded, the pushes went through after the maintenance window",
            ),
            (
                "2028-10-07 09:00",
                3846,
                "週末の稼働、京都は92%です。スポーツの日の月曜も満室見込みです。",
            ),
            (
                "2028-10-10 10:30",
                3843,
                TO(3844)
                + "comp-set tracker is half done, Kyoto's in. I'll need Osaka's comp-set list from you by Thursday to finish it",
            ),
            (
                "2028-10-11 16:00",
                3844,
                RP(3843, 13) + "大阪のcomp-setリスト、共有フォルダに入れました",
            ),
            ("2028-10-12 11:00", 3842, "OTAの割引、10/20〜22は停止しました"),
            (
                "2028-10-13 09:00",
                3841,
                "great work all 🙌 let's see how pickup moves over the weekend",
            ),
        ],
        [
            task(2, ["pickup", "report"], [3843], ("2028-10-05T11:00", "Thu"), "done"),
            task(5, ["料金案"], [3841], None, "done"),
            task(6, ["OTA"], [3842], None, "done"),
            task(7, ["見積"], [3844], ("2028-10-06T10:00", "Fri"), "done"),
            task(10, ["rates"], [3845], ("2028-10-06", "Fri"), "done"),
            task(10, ["comp-set", "tracker"], [3843], ("2028-10-10", "Tue"), "open"),
            task(13, ["comp-set", "list"], [3844], ("2028-10-12", "Thu"), "done"),
        ],
    ),
    conv(
        "b20en-06",
        (930006, "Emberfall 1.2 – JP loc"),
        M(3851, 3852, 3853, 3854, 3855, 3856),
        [
            (
                "2028-10-30 10:00",
                3851,
                "hi team! patch 1.2 has 3,400 new strings, loc kit is on the portal. we'd need the Japanese translation back by 11/10 so QA can start the week after",
            ),
            (
                "2028-10-30 10:20",
                3852,
                RP(3851, 1) + "Thanks Nate! 承知しました、11/10納品で進めます。",
            ),
            (
                "2028-10-30 10:40",
                3852,
                TO(3854, 3855)
                + "山口さん: 翻訳の割り振りを今日中にお願いします\nOwen: please set up the LQA checklist for 1.2 by Friday",
            ),
            ("2028-10-30 11:00", 3854, "了解です〜"),
            ("2028-10-30 16:30", 3854, RP(3852, 3) + "割り振り完了しました。3名で分担します"),
            (
                "2028-10-31 09:15",
                3853,
                "Rina, glossary question: is 魔導具 'arcane tool' or 'magitech'? the old patch used both 😵",
            ),
            ("2028-10-31 09:40", 3851, RP(3853, 6) + "magitech, per style guide v3"),
            (
                "2028-11-01 14:00",
                3855,
                RP(3852, 3)
                + "Friday's a holiday here (文化の日), so I'll have the LQA checklist done by Thursday instead",
            ),
            ("2028-11-02 17:45", 3855, RP(3852, 3) + "LQA checklist is up on the tracker ✔"),
            (
                "2028-11-06 10:10",
                3856,
                "音声収録スタジオ、11/16と11/17で仮押さえしています。ご参考まで",
            ),
            (
                "2028-11-06 10:30",
                3852,
                RP(3856, 10) + "ありがとうございます、そのまま本予約お願いします🙏",
            ),
            ("2028-11-07 11:00", 3856, "スタジオ、本予約しました。請求書は来週届くそうです"),
            (
                "2028-11-08 18:30",
                3854,
                "進捗：翻訳 2,100 / 3,400 です。金曜納品は厳しいかもしれません…",
            ),
            (
                "2028-11-09 09:00",
                3852,
                RP(3851, 1)
                + "Nate, sorry — we'd need until 11/14 for the translation, about 1,300 strings left. could QA still start 11/15?",
            ),
            ("2028-11-09 09:30", 3851, RP(3851, 1) + "11/14 works for us 👍"),
            (
                "2028-11-14 19:00",
                3852,
                QT(
                    3851,
                    1,
                    "we'd need the Japanese translation back by 11/10 so QA can start the week after",
                )
                + "delivered — all 3,400 strings are on the portal ✅",
            ),
            (
                "2028-11-14 19:20",
                3851,
                "awesome, thank you!\n"
                + TO(3853)
                + "Sofia, could you spot-check 200 random strings by next Monday?",
            ),
        ],
        [
            task(1, ["translation"], [], ("2028-11-14", "Tue"), "done"),
            task(3, ["割り振り"], [3854], ("2028-10-30", "Mon"), "done"),
            task(3, ["LQA", "checklist"], [3855], ("2028-11-02", "Thu"), "done"),
            task(11, ["予約"], [3856], None, "done"),
            task(17, ["spot-check"], [3853], ("2028-11-20", "Mon"), "open"),
        ],
    ),
    conv(
        "b20en-07",
        (930007, "Voltwick – supply chain"),
        M(3861, 3862, 3863, 3864, 3865, 3866),
        [
            (
                "2028-11-17 09:05",
                3862,
                "standup\ndone: PO for 2k BMS boards sent to Shenzhen\nnext: chase the cell supplier on the lead time\nblockers: none",
            ),
            (
                "2028-11-17 09:12",
                3863,
                "standup\ndone: thermal test on the rev C enclosure, passed at 45°C ✅\nnext: harness drawing\nblockers: connector samples haven't arrived",
            ),
            (
                "2028-11-17 09:30",
                3861,
                TO(3864)
                + "any chance you could chase the connector samples? DHL tracking just says 'in transit' 🙃",
            ),
            (
                "2028-11-17 10:40",
                3864,
                RP(3861, 3)
                + "found them — held at Narita customs, the broker wants a commercial invoice",
            ),
            (
                "2028-11-17 10:50",
                3861,
                TO(3866)
                + "can you issue a commercial invoice for the samples and send it to the broker? today ideally 🙏",
            ),
            ("2028-11-17 11:20", 3866, RP(3861, 5) + "sent to the broker, cc'd Ayesha"),
            (
                "2028-11-20 09:00",
                3862,
                "called the cell supplier twice, no answer. left a voicemail",
            ),
            (
                "2028-11-21 10:00",
                3864,
                RP(3861, 3) + "connector samples delivered to the lab 📦 Ben, they're on your desk",
            ),
            (
                "2028-11-21 14:30",
                3861,
                "reminder: Thu 11/23 is 勤労感謝の日, office closed. Friday is a normal day",
            ),
            (
                "2028-11-22 09:30",
                3861,
                TO(3865)
                + "now that the samples are in, can you run the crimp pull test on 20 pieces? results by next Tuesday pls",
            ),
            ("2028-11-22 09:45", 3865, "np, will do"),
            (
                "2028-11-22 16:20",
                3862,
                RP(3862, 1) + "cell supplier finally answered: 14 weeks. done chasing 🙄",
            ),
            (
                "2028-11-22 16:30",
                3862,
                "I'll get a second quote from the Korean supplier by Friday",
            ),
            (
                "2028-11-24 18:20",
                3862,
                "Korean supplier hasn't sent the quote yet, they said Monday",
            ),
            (
                "2028-11-27 11:00",
                3863,
                "harness drawing is ~80% there, waiting on Dev's pull test numbers for the wire gauge",
            ),
            ("2028-11-28 17:00", 3865, "pull test done, all 20 passed > 50N. sheet's in /qa/crimp"),
            (
                "2028-11-28 17:30",
                3861,
                RP(3862, 13)
                + "Jun — we're going with the 14-week lead and moving the Dec build to Jan, so the second quote isn't needed",
            ),
            ("2028-11-28 17:40", 3862, RP(3862, 13) + "ok, dropping the Korean quote then 👍"),
        ],
        [
            task(1, ["cell", "supplier"], [3862], None, "done"),
            task(2, ["harness", "drawing"], [3863], None, "open"),
            task(3, ["connector", "samples"], [3864], None, "done"),
            task(5, ["commercial", "invoice"], [3866], ("2028-11-17", "Fri"), "done"),
            task(10, ["pull", "test"], [3865], ("2028-11-28", "Tue"), "done"),
        ],
    ),
    conv(
        "b20en-08",
        (930008, "東北大学 URA – JSPS国際共同研究"),
        M(3871, 3872, 3873, 3874, 3875, 3876),
        [
            (
                "2028-12-18 10:00",
                3871,
                TO(3873)
                + "JSPS国際共同研究の申請書、学内締切は1/12です。様式と記入例の共有を今週中にお願いします",
            ),
            ("2028-12-18 10:30", 3873, RP(3871, 1) + "承知しました！"),
            (
                "2028-12-19 14:00",
                3872,
                TO(3871)
                + "Matsumoto-san, thanks for flagging the call. I'll draft the research plan section myself; Elena is doing the budget table",
            ),
            ("2028-12-20 11:00", 3873, "様式と記入例、共有フォルダに入れました📁"),
            (
                "2028-12-20 15:30",
                3874,
                TO(3875)
                + "Could you tell me the indirect-cost rate for 2029? It's for the budget table",
            ),
            ("2028-12-20 16:10", 3875, RP(3874, 5) + "30%です（変更なし）"),
            ("2028-12-22 17:00", 3871, "年末年始は12/29〜1/3まで休業です。皆さまよいお年を🎍"),
            (
                "2028-12-26 10:00",
                3871,
                TO(3876)
                + "海外共同研究者の受入れ承諾書、3営業日以内に先方へ依頼していただけますか？",
            ),
            (
                "2028-12-26 10:20",
                3876,
                RP(3871, 8) + "Will do 🙏 I'll write to Prof. Lindgren with our template",
            ),
            (
                "2028-12-26 17:50",
                3876,
                RP(3871, 8)
                + "emailed Prof. Lindgren with the template — he says he'll sign it after New Year",
            ),
            (
                "2028-12-27 09:30",
                3874,
                "budget table is done except equipment, waiting on two quotes",
            ),
            (
                "2028-12-28 16:00",
                3872,
                TO(3873)
                + "Kobayashi-san, could you proofread the Japanese summary once I upload it? by 1/9 would be perfect",
            ),
            ("2028-12-28 16:20", 3873, "承知しました。1/9（火）までに確認します"),
            (
                "2029-01-04 09:10",
                3871,
                "あけましておめでとうございます。本年もよろしくお願いいたします🎍",
            ),
            (
                "2029-01-05 13:00",
                3872,
                "research plan draft is on the drive, and the JP summary is uploaded as well",
            ),
            (
                "2029-01-09 11:30",
                3873,
                RP(3872, 12) + "要約の校正、終わりました。2箇所コメントを入れています",
            ),
            (
                "2029-01-10 10:00",
                3871,
                TO(3873, 3874)
                + "・小林さん: 学内システムへの登録（1/11 17:00まで）\n・Elena: 設備見積2件の添付\nよろしくお願いします",
            ),
        ],
        [
            task(1, ["様式"], [3873], ("2028-12-22", "Fri"), "done"),
            task(3, ["research", "plan"], [3872], None, "done"),
            task(8, ["承諾書"], [3876], ("2029-01-04", "Thu"), "done"),
            task(12, ["summary"], [3873], ("2029-01-09", "Tue"), "done"),
            task(17, ["登録"], [3873], ("2029-01-11T17:00", "Thu"), "open"),
            task(17, ["見積"], [3874], None, "open"),
        ],
    ),
    conv(
        "b20en-09",
        (930009, "Nest & Needle – ops"),
        M(3881, 3882, 3883, 3884, 3885, 3887),
        [
            (
                "2028-07-28 09:00",
                3881,
                "[toall]\nsummer sale starts Mon 7/31 00:00. checklist:\n1. Naomi: sale prices on all 140 SKUs by Saturday noon\n2. Ryo: count stock on the top 20 sellers\n3. Isla: schedule the sale email for Monday 6am\nthanks all ☀️",
            ),
            (
                "2028-07-28 09:05",
                3887,
                "[info][title]chatsync[/title]3 new items were picked up from this room.[/info]",
            ),
            (
                "2028-07-28 09:30",
                3884,
                RP(3881, 1)
                + "top 20 count — will do it this afternoon once the pickup truck has gone",
            ),
            (
                "2028-07-29 11:40",
                3883,
                RP(3881, 1) + "sale prices are in on all 140 ✅ double-checked the bundles too",
            ),
            (
                "2028-07-29 13:00",
                3882,
                TO(3881)
                + "customer wrote in about a broken vase, pasting:\n[qt]Hello, my order #55812 arrived with the vase cracked. Could you please send a replacement? Photos attached.[/qt]\nok if I send one from stock?",
            ),
            (
                "2028-07-29 13:10",
                3881,
                RP(3882, 5)
                + "yes please send the replacement, and file a claim with the carrier too",
            ),
            (
                "2028-07-29 13:45",
                3882,
                "replacement vase shipped, tracking sent to the customer 📦",
            ),
            (
                "2028-07-29 16:00",
                3884,
                "top 20 counted, 3 SKUs are under 10 units — list is in the sheet",
            ),
            (
                "2028-07-30 20:00",
                3885,
                "sale email is scheduled for 6am tomorrow, banner goes live at midnight 🎉",
            ),
            ("2028-07-31 09:30", 3881, task_added(3884, TK09_LT, TK09_BODY, "time")),
            ("2028-07-31 10:00", 3882, RP(3881, 6) + "carrier claim filed as well, ref CL-20931"),
            ("2028-08-01 11:00", 3881, "day 1 numbers: 412 orders, AOV ¥6,800 :tada:"),
            ("2028-08-02 14:40", 3884, task_done(3884, TK09_LT, TK09_BODY, "time")),
            (
                "2028-08-03 09:00",
                3881,
                "[toall]\ncould someone re-shoot the linen set photos by Friday? the current ones look washed out",
            ),
            (
                "2028-08-03 10:30",
                3883,
                RP(3881, 14) + "I'll take this one, the lightbox is free this afternoon",
            ),
            (
                "2028-08-03 11:15",
                3885,
                "if anyone needs the brand colour codes for the lightbox, they're in the style guide",
            ),
            (
                "2028-08-04 15:30",
                3883,
                RP(3881, 14) + "linen set re-shot, new photos are up on the product pages 📸",
            ),
        ],
        [
            task(1, ["sale", "prices"], [3883], ("2028-07-29T12:00", "Sat"), "done"),
            task(1, ["stock"], [3884], None, "done"),
            task(1, ["sale", "email"], [3885], None, "done"),
            task(6, ["replacement"], [3882], None, "open"),
            task(6, ["claim"], [3882], None, "done"),
            task(10, ["bay"], [3884], ("2028-08-02T15:00", "Wed"), "done"),
            task(14, ["linen", "photos"], [3882, 3883, 3884, 3885], ("2028-08-04", "Fri"), "done"),
        ],
        self_account_id=3887,
    ),
    conv(
        "b20en-10",
        (930010, "青木デンタルクリニック 受付"),
        M(3891, 3892, 3893, 3894, 3895, 3896),
        [
            (
                "2028-09-04 08:50",
                3895,
                "おはようございます☀️ 今週の予約状況です：月・火は満枠、水曜午後に3枠空きあり。",
            ),
            (
                "2028-09-04 09:10",
                3895,
                "[toall]\n9/18（敬老の日）は休診です。Web予約の停止設定を今週中にお願いします🙏",
            ),
            ("2028-09-04 09:30", 3893, RP(3895, 2) + "私がやります！"),
            ("2028-09-05 12:15", 3896, "Emily, thanks for covering my Saturday shift 🙏"),
            (
                "2028-09-05 14:00",
                3894,
                TO(3892)
                + "could you call Mr. Fischer to move his cleaning from Thursday to next week? he emailed me by mistake",
            ),
            ("2028-09-05 15:30", 3892, RP(3894, 5) + "called twice, no answer 😕 left a voicemail"),
            (
                "2028-09-06 10:05",
                3892,
                RP(3894, 5) + "got hold of Mr. Fischer, moved him to 9/14 10:30 ✅",
            ),
            (
                "2028-09-06 11:00",
                3891,
                TO(3895)
                + "レントゲンの保守契約、更新の見積を業者に依頼してもらえますか。9/15までに",
            ),
            ("2028-09-06 11:20", 3895, RP(3891, 8) + "承知しました。本日中に業者へ連絡します"),
            (
                "2028-09-06 16:40",
                3895,
                RP(3891, 8) + "業者に見積を依頼しました。回答は来週になるそうです",
            ),
            ("2028-09-07 09:00", 3893, "Web予約、9/18を停止にしました🈚"),
            ("2028-09-07 10:00", 3896, "anyone know where the spare label printer rolls are? 🧐"),
            ("2028-09-07 10:05", 3893, RP(3896, 12) + "受付下の引き出しの2段目です〜"),
            (
                "2028-09-08 17:30",
                3892,
                "I'll update the English voicemail greeting for the holiday closure",
            ),
            ("2028-09-09 10:00", 3894, "Emily, lmk if you want help with the recording 🎙️"),
            ("2028-09-11 09:15", 3892, "voicemail greeting updated 👍"),
            (
                "2028-09-11 09:30",
                3895,
                QT(3895, 2, "9/18（敬老の日）は休診です。Web予約の停止設定を今週中にお願いします🙏")
                + "停止設定済みを確認しました。川口さんありがとうございます",
            ),
        ],
        [
            task(2, ["Web予約"], [3891, 3893, 3894, 3896], ("2028-09-08", "Fri"), "done"),
            task(5, ["Fischer"], [3892], None, "done"),
            task(8, ["見積"], [3895], ("2028-09-06", "Wed"), "done"),
            task(14, ["voicemail", "greeting"], [3892], None, "done"),
        ],
        self_account_id=3892,
    ),
    conv(
        "b20en-11",
        (930011, "Moreno Hara Architects – studio"),
        M(3901, 3902, 3903, 3904, 3905),
        [
            (
                "2028-06-22 09:00",
                3905,
                "good morning! the Ebisu site visit is 6/29 at 10:00, we meet at the north gate 🏗️",
            ),
            (
                "2028-06-22 09:20",
                3901,
                "thanks Nina. the client's note from yesterday, for context:\n[qt]Could you please make the roof terrace a little larger if the budget allows? We also love the timber screens.[/qt]",
            ),
            (
                "2028-06-22 09:45",
                3902,
                "the structural engineer is rerunning the terrace loads next week, she told me this morning",
            ),
            ("2028-06-22 10:30", 3903, "is the model shop open on Saturday?"),
            ("2028-06-22 10:32", 3904, RP(3903, 4) + "yes till 3, I'll be around"),
            (
                "2028-06-23 16:00",
                3904,
                "1:200 massing model is finished 🎉 photos in the project folder",
            ),
            ("2028-06-23 16:10", 3901, "Farid, it looks fantastic — thank you for the late nights"),
            (
                "2028-06-23 16:20",
                3905,
                "heads-up: the office is closed on Fri 7/14 for floor waxing, work from home if you can",
            ),
            (
                "2028-06-24 11:00",
                3903,
                "if anyone wants a second pair of eyes on the stair detail, happy to help",
            ),
            (
                "2028-06-26 09:15",
                3902,
                "planning office called — our pre-consultation is confirmed for 7/6 14:00. I'll let you know if they ask for more drawings",
            ),
            (
                "2028-06-26 09:40",
                3905,
                "updated contact sheet for the Ebisu team is here: https://drive.example.com/ebisu-contacts",
            ),
            (
                "2028-06-28 18:00",
                3901,
                "for tomorrow's site visit: hard hats are in the cupboard by the door, bring your own boots 🥾",
            ),
            (
                "2028-06-29 13:00",
                3902,
                "site visit notes: slab is poured, scaffolding comes down end of next week",
            ),
            ("2028-06-29 13:30", 3903, "great, thanks Kenji 🙏"),
            ("2028-06-30 17:45", 3904, "have a good weekend everyone, I'm off to Hakone 🚗"),
        ],
        [],
    ),
    conv(
        "b20en-12",
        (930012, "Minato Blues RFC – committee"),
        M(3911, 3912, 3913, 3914, 3915, 3916),
        [
            (
                "2028-08-05 08:30",
                3916,
                "autumn league fixtures are out: first game 9/9 away at Kamakura, kick-off 14:00 🏉",
            ),
            ("2028-08-05 08:45", 3912, "training moves to Thursdays 19:30 from next week, pitch 2"),
            ("2028-08-05 09:10", 3913, "subs update: 31 of 40 paid so far, thanks all 🙏"),
            ("2028-08-05 10:00", 3914, "new jerseys arrived!! 👕 they look great"),
            (
                "2028-08-06 19:00",
                3915,
                "the BBQ after the first game was a hit last year, thinking of doing it again — thoughts?",
            ),
            ("2028-08-06 19:20", 3911, RP(3915, 5) + "yes!! 🍖"),
            ("2028-08-06 19:30", 3912, "+1, if you need a hand with the grill just shout"),
            (
                "2028-08-10 21:00",
                3911,
                "tomorrow's 山の日 so the clubhouse is shut, no gym session",
            ),
            (
                "2028-08-12 10:00",
                3916,
                "Kamakura confirmed the away fixture, they'll send directions closer to the date",
            ),
            ("2028-08-12 10:30", 3913, "does anyone know if their ground has parking?"),
            (
                "2028-08-12 10:45",
                3916,
                RP(3913, 10) + "about 15 spaces, otherwise it's a 10 min walk from the station",
            ),
            (
                "2028-08-13 18:00",
                3914,
                "Tariq, thanks for running the juniors this morning, the kids loved it",
            ),
            (
                "2028-08-19 09:00",
                3912,
                "training notes: lineouts all session, good turnout (24) :muscle:",
            ),
            (
                "2028-08-20 20:15",
                3911,
                "committee meeting is Wed 8/30 19:00 at the clubhouse. I'll let everyone know if the room changes",
            ),
            ("2028-08-20 20:30", 3915, "👍 see you then"),
            ("2028-08-26 12:00", 3913, "subs: 38 of 40 paid now 🎉"),
        ],
        [],
    ),
    conv(
        "b20en-13",
        (930013, "Bridgepoint Talent – life sciences desk"),
        M(3921, 3922, 3923, 3924, 3925, 3926),
        [
            (
                "2028-11-29 09:00",
                3921,
                "morning team. Q4 push: 6 placements to go before the year-end close",
            ),
            (
                "2028-11-29 09:20",
                3926,
                TO(3922)
                + "Hoshino Pharma wants 3 more CVs for the regulatory affairs role. any chance you could send them over by Friday?",
            ),
            ("2028-11-29 09:25", 3922, RP(3926, 2) + "yep, I'll have them by Friday"),
            (
                "2028-11-29 10:00",
                3924,
                "I can pull a longlist from LinkedIn for that role if it helps",
            ),
            ("2028-11-29 10:05", 3922, RP(3924, 4) + "yes please, by tomorrow 10am if you can 🙏"),
            (
                "2028-11-30 09:40",
                3924,
                RP(3922, 5) + "longlist's in the tracker, 27 names, top 8 starred ⭐",
            ),
            ("2028-11-30 11:00", 3921, task_added(3925, 0, TK13A_BODY, "none")),
            (
                "2028-11-30 11:30",
                3925,
                "4B is taken that day, 4A might be free — checking with facilities",
            ),
            (
                "2028-12-01 16:50",
                3922,
                RP(3926, 2)
                + "sorry Patrick, only 2 CVs so far — the third candidate wants to talk to her family first. can I send it Monday?",
            ),
            ("2028-12-01 17:05", 3926, RP(3926, 2) + "Monday's fine 👍"),
            ("2028-12-01 17:30", 3925, task_done(3925, 0, TK13A_BODY, "none")),
            (
                "2028-12-04 09:00",
                3923,
                TO(3921) + "I'm out Thursday for the Osaka client visit, Kenta's covering my calls",
            ),
            (
                "2028-12-04 10:30",
                3921,
                TO(3923)
                + "before you go, could you update the pipeline sheet for your 4 active roles? this week is fine",
            ),
            ("2028-12-04 15:00", 3922, "third CV sent to Patrick ✉️"),
            ("2028-12-05 11:00", 3926, "thanks Kenta, the client loved the profile"),
            (
                "2028-12-06 18:00",
                3923,
                "pipeline sheet: 3 of the 4 roles updated, the fintech one is waiting on client feedback",
            ),
            ("2028-12-07 09:00", 3921, task_added(3924, TK13B_LT, TK13B_BODY, None)),
        ],
        [
            task(2, ["CVs"], [3922], ("2028-12-04", "Mon"), "done"),
            task(5, ["longlist"], [3924], ("2028-11-30T10:00", "Thu"), "done"),
            task(7, ["meeting", "room"], [3925], None, "done"),
            task(13, ["pipeline", "sheet"], [3923], ("2028-12-08", "Fri"), "open"),
            task(17, ["check-in", "emails"], [3924], ("2028-12-11", "Mon"), "open"),
        ],
    ),
    conv(
        "b20en-14",
        (930014, "tidewater maintainers"),
        M(3931, 3932, 3933, 3934, 3935, 3936),
        [
            (
                "2028-12-08 22:10",
                3932,
                "ptal #812 — fixes the DST off-by-one in parse_relative. tests included",
            ),
            (
                "2028-12-09 10:00",
                3933,
                RP(3932, 1) + "lgtm, one nit on the docstring but not blocking",
            ),
            ("2028-12-09 10:05", 3932, "merged 🚀"),
            (
                "2028-12-11 09:00",
                3935,
                TO(3931, 3932, 3933)
                + "planning 3.4.0 for 12/20. what's left:\n- Felix: changelog\n- Wen: backport #812 to 3.3.x\n- Oskar: drop py3.9 from the CI matrix\nlmk if the date doesn't work for you",
            ),
            ("2028-12-11 09:30", 3931, RP(3935, 4) + "sgtm, changelog by wednesday"),
            (
                "2028-12-11 11:00",
                3934,
                "hi all 👋 first-time contributor here. is anyone working on #799 (ISO week parsing)?",
            ),
            ("2028-12-11 11:20", 3931, RP(3934, 6) + "nope, it's all yours if you want it"),
            ("2028-12-11 11:45", 3934, "I'll take #799 then 🙂"),
            ("2028-12-12 20:00", 3933, "py3.9 is out of the matrix, CI green ✅"),
            (
                "2028-12-13 23:40",
                3931,
                "changelog isn't done, sorry — the deprecation section needs a call from Wen first",
            ),
            (
                "2028-12-14 08:00",
                3931,
                TO(3932)
                + "can you decide whether we deprecate `strict=False` in 3.4 or in 4.0? need it by tomorrow noon to finish the changelog",
            ),
            ("2028-12-14 10:00", 3932, RP(3931, 11) + "decided: warn in 3.4, remove in 4.0 👍"),
            ("2028-12-15 16:00", 3931, RP(3935, 4) + "changelog is in, PR #820"),
            (
                "2028-12-18 11:00",
                3932,
                RP(3935, 4)
                + "backport of #812: cherry-pick conflicts in the tz module, couldn't finish it today 😩",
            ),
            (
                "2028-12-19 09:30",
                3935,
                RP(3935, 4)
                + "Wen, no longer needed — scrap the #812 backport, 3.3.x goes EOL in March anyway",
            ),
            ("2028-12-19 10:00", 3932, "🙏 thanks"),
            (
                "2028-12-20 18:00",
                3935,
                "3.4.0 is on PyPI 🎉 thanks all. I'm offline 12/29–1/3, happy new year",
            ),
            ("2028-12-22 15:00", 3934, "draft PR for #799 is up, still missing tests for week 53"),
        ],
        [
            task(1, ["812"], [], None, "done"),
            task(4, ["changelog"], [3931], ("2028-12-13", "Wed"), "done"),
            task(4, ["CI", "matrix"], [3933], None, "done"),
            task(8, ["799"], [3934], None, "open"),
            task(11, ["strict"], [3932], ("2028-12-15T12:00", "Fri"), "done"),
        ],
    ),
]
