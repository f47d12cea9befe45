# ruff: noqa: E501
"""Blind set 21, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind19_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Fourteen searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (picking up / self-assigning work, "sorry for the delay,
need a couple more days, partially done", "no longer needed / closing / going
another way", "shipped / deployed / it's live", "ptal / take a look when you get a
chance", out-of-office hand-overs, "it would be great if someone could / any
volunteers") and workplace-writing pages (ビジネスチャットの依頼例文と期限の書き方,
進捗報告・遅延報告の例文, 依頼の取り下げ・お断りの言い方, 完了報告・発送連絡の例文,
Slack etiquette and async updates, async standup done / next / blockers, polite
follow-up and deadline reminders). Every person, company, room, product and
sentence here is invented and written fresh; nothing is copied. Gold dues were
computed with a throwaway script in /tmp/b21en (datetime + jpholiday, one function
per row of the spec's deadline table: today / tomorrow, bare weekday with today
included, next-week weekday, this week (sent on a Friday), 来週中, 今月中, N
business days skipping weekends, Japanese public holidays incl. substitute days and
12-29 .. 01-03, the M/D window rule, H:MM / 午前中 / 夕方 / 朝イチ times, Chatwork
lt), not by hand, and each due carries its weekday so build.py catches a typo.
Phrases the spec does not define (tonight, after lunch, first thing, end of next
week, early next week, 年明け早々, "before go-live") were kept out of every task's
only deadline. Cancelled tasks are left out of the gold, as the spec drops them.
All rooms run on Asia/Tokyo from June 2030 to December 2030; one room (b21en-10)
crosses the year-end break into January 2031.

Domains: a ward council's comms team before a summer festival (mixed, over 海の日),
a university IT helpdesk at semester start (over 敬老の日 and 秋分の日), a film
production office before a location recce (mixed, over the 山の日 substitute
holiday, 2営業日以内 across it), a law firm's litigation team (over the 文化の日
substitute holiday), a restaurant group's ops room (over 勤労感謝の日 on a Saturday,
[toall]), a solar installer's site team (mixed, June), a museum education team (no
task), a marketing agency with its tea-brand client, a data engineering team (bot
as self account, [toall], Chatwork task markup with ltype=date, ltype=time and an
old body without ltype, a task_done, a cancel of a Chatwork task, over スポーツの日),
a translation agency (mixed, 5営業日以内 before and 3営業日以内 across the year-end
break), a warehouse robotics startup's deploy room (a human as self account,
[toall]), a hospital pharmacy's clinical-trials unit (mixed), a charity fun-run
organising team (to-do list with owners, over スポーツの日), and an aquarium's
jellyfish husbandry crew (no task, over Obon and the 山の日 substitute holiday).

Covers: commitments without a time ("I'll pull the media plan together once we have
the routes", 更新手続きは私がやっておきます, "I'll swing by after the desk shift and
reset it"); subject-less promises ("retesting tomorrow", "can do"); acceptances that
set or move the deadline ("you'll have it by Monday", "I'll sign it tomorrow after
the delivery", 来週中に発注かけます) and acceptances that change nothing ("ya will send
after lunch", "on it", 承知しました); assignees asking for more time with partial
progress ("about two thirds", "60% drafted, need until Friday", "need till Friday on
the dessert course", 1/7 across the break, "need until 11/14 15:00"); partial and
negated completion (30 of 40 brackets ordered, 32 of 40 laptops imaged, 2 of 3
routes, 80% of a sponsor pack, 電話しましたが不在でした, 留守電, "still fails e-stop");
completion in other words (pushed, booked, signed and filed, "moodboards up", LGTM,
"it's live", 全数手配済み, 受理されました, "sorted") by reply, by quote with qtmeta, by
Chatwork task_done, and bare from an assignee's only open task, plus quotes used
where the sender has two open tasks; bare "my part is done" lines from assignees of
[To:]-pair and [toall] tasks that close nothing, and the last assignee's or the
requester's reply or quote that does; several tasks in one message (a request plus
the sender's own commitment, "Name to ..." minutes, "- Ravi: / - Jun:" lines under
one deadline, "1. ... — Hiro (by 10/11)" to-dos, （~11/12） deadlines); a narrowed
follow-up ask (the remaining 10 brackets by another route); a hand-over ("can you
rerun any failed partitions once it finishes? I'm out from Wednesday");
declarative asks ("we'll need the final sponsor logos from you by Friday"), "would
someone be able to ... by Tuesday" with nobody named and later cancelled by quote
("Scrap that ... we no longer need ours"), a name without a [To:] (assignees []);
dates that describe the thing, not the deadline (festival, recce, review meeting,
CMC, presentation slot, exam, go-live, race day, monitor visit, finance close);
look-alikes that ask for nothing (pasted counsel mail and notices in [qt], bot
summaries and bot reminders, "we should probably ..." musings, ideas, rota and duty
lines, meeting reminders, "if anything looks wrong, shout", "lmk what they say",
questions for information, reports of someone else's plan, promises to share
details or let people know, 見ておいてください about time to budget, thanks opening
with a name); noise (emoji, lowercase, tmrw / pls / lmk / ptal, full-width
brackets, [To:] blocks with two people, [toall], a Saturday and holiday send). The
two rooms without a task are b21en-07 and b21en-14.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b21en-01 ward council comms
    5201: "森川 沙織",
    5202: "Daniel Ortiz",
    5203: "平田 健",
    5204: "Aiko Brennan",
    5205: "宇野 真理",
    # b21en-02 university IT helpdesk
    5211: "Priya Raman",
    5212: "Tom Becker",
    5213: "Yuki Saito",
    5214: "Marcus Lee",
    5215: "Hana Kowalski",
    # b21en-03 film production office
    5221: "早川 健二",
    5222: "Sophie Laurent",
    5223: "小野寺 亮",
    5224: "Ben Carter",
    5225: "村井 千夏",
    # b21en-04 litigation team
    5231: "Eleanor Voss",
    5232: "Raj Menon",
    5233: "Claire Dubois",
    5234: "Sam Okafor",
    5235: "Mina Takeda",
    # b21en-05 restaurant group ops
    5241: "Luca Bianchi",
    5242: "Naomi Fujii",
    5243: "Carlos Mendes",
    5244: "Jess Park",
    5245: "Oliver Grant",
    # b21en-06 solar installer
    5251: "大西 拓也",
    5252: "Liam Walsh",
    5253: "石井 美咲",
    5254: "Arjun Patel",
    5255: "中野 豊",
    # b21en-07 museum education (no task)
    5261: "Grace Holloway",
    5262: "Takumi Aoki",
    5263: "Isabel Ruiz",
    5264: "Noor Haddad",
    # b21en-08 marketing agency + client
    5271: "Hannah Cole",
    5272: "Jun Matsuda",
    5273: "Ravi Sharma",
    5274: "Emi Nakagawa",
    5275: "Peter Lindqvist",
    # b21en-09 data engineering (bot is self)
    5281: "Ana Morales",
    5282: "Kenta Ishida",
    5283: "Felix Wagner",
    5284: "Lena Sato",
    5285: "Omar Haddad",
    5286: "chatsync bot",
    # b21en-10 translation agency
    5291: "松本 彩",
    5292: "Thomas Reid",
    5293: "高木 悠",
    5294: "Chloé Martin",
    5295: "山口 誠",
    # b21en-11 warehouse robotics (Ethan is self)
    5301: "Maya Chen",
    5302: "Diego Ruiz",
    5303: "Sora Kimura",
    5304: "Ethan Brooks",
    5305: "Riko Tanaka",
    # b21en-12 hospital pharmacy
    5311: "岡田 恵",
    5312: "Nathan Price",
    5313: "佐々木 優",
    5314: "Lucy Tan",
    5315: "藤原 慎",
    # b21en-13 charity fun-run team
    5321: "Fiona MacLeod",
    5322: "Hiro Watanabe",
    5323: "Zoe Adams",
    5324: "Kofi Mensah",
    5325: "Mei Lin",
    # b21en-14 aquarium husbandry (no task)
    5331: "Rachel Kim",
    5332: "森 大輔",
    5333: "Elena Petrova",
    5334: "Jonah Wright",
}


def M(*aids: int) -> list[tuple[int, str]]:
    return [(a, NAMES[a]) for a in aids]


def TO(aid: int, san: bool = False) -> str:
    return f"[To:{aid}]{NAMES[aid]}" + ("さん" if san else "")


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}\n"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]\n"


CASES = [
    # ------------------------------------------------------------------
    conv(
        "b21en-01",
        (931001, "北区役所 広報チーム / Kita Ward Comms"),
        M(5201, 5202, 5203, 5204, 5205),
        [
            (
                "2030-07-10 09:30",
                5201,
                "おはようございます☀ 夏祭り（7/20）の告知、今年は英語版も出す方針になりました。",
            ),
            (
                "2030-07-10 09:42",
                5201,
                TO(5202, True)
                + "\n英語版の告知文、金曜までにドラフトをお願いできますか？日本語版はこちら→ https://kita-ward.example/natsumatsuri",
            ),
            ("2030-07-10 10:05", 5202, RP(5201, 2) + "Sure, will do 👍 Friday works."),
            (
                "2030-07-10 11:20",
                5204,
                "fyi the ward's Instagram hit 10k followers this morning 🎉",
            ),
            ("2030-07-10 13:00", 5203, "ポスターの差し替え版、共有フォルダに上げました。"),
            (
                "2030-07-10 13:15",
                5201,
                RP(5203, 5)
                + "ありがとうございます！宇野さんにも見てもらいたいので、\n"
                + TO(5205, True)
                + "\n明日の午前中にご確認いただけますか？",
            ),
            (
                "2030-07-11 10:40",
                5205,
                RP(5201, 6) + "確認しました。2点だけ赤入れしてフォルダに戻してあります。",
            ),
            ("2030-07-11 10:55", 5203, "赤入れ分、夕方までにポスター直しておきます～"),
            ("2030-07-11 17:30", 5203, "直しました🙏"),
            (
                "2030-07-12 16:50",
                5202,
                RP(5201, 2)
                + "Got about two thirds of it done — the access section is still missing. I'll need until Tuesday, sorry (Monday's a holiday).",
            ),
            ("2030-07-12 17:05", 5201, RP(5202, 10) + "了解です、火曜で大丈夫です！良い連休を〜🎐"),
            (
                "2030-07-13 11:00",
                5204,
                "weekend thought: we should probably do a short reel of the lantern setup this year. no rush, just an idea",
            ),
            (
                "2030-07-16 09:10",
                5201,
                RP(5204, 12)
                + "いいですね！Aikoさん、リールの撮影お願いしてもいいですか？19日の設営中に撮れれば十分です",
            ),
            ("2030-07-16 09:30", 5204, RP(5201, 13) + "yes! on it 🎬"),
            (
                "2030-07-16 14:00",
                5202,
                RP(5201, 2)
                + "Final English version is up — announcement_en_v2. Bus route names checked against the transit site too.",
            ),
            (
                "2030-07-16 14:20",
                5201,
                "Daniel, thanks so much 🙏 Web team says it goes up Thursday morning.",
            ),
            (
                "2030-07-17 10:00",
                5205,
                "[toall]\n報道向けリリースは7/18（木）15時に配信予定です。取材の問い合わせが来たら私に回してください。",
            ),
            ("2030-07-18 15:10", 5205, "リリース配信しました📮"),
        ],
        [
            task(2, ["告知文"], [5202], ("2030-07-16", "Tue"), "done"),
            task(6, ["ポスター"], [5205], ("2030-07-11T12:00", "Thu"), "done"),
            task(8, ["ポスター"], [5203], ("2030-07-11T17:00", "Thu"), "done"),
            task(13, ["リール"], [5204], None),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-02",
        (931002, "Helpdesk – Tier 2"),
        M(5211, 5212, 5213, 5214, 5215),
        [
            (
                "2030-09-12 09:02",
                5211,
                "morning all. reminder: lab image freeze is Friday 18:00, then the semester rollout on the 17th",
            ),
            (
                "2030-09-12 09:15",
                5211,
                TO(5212)
                + "\ncan you rebuild the Chem lab image with the new MATLAB license by tomorrow 15:00?",
            ),
            ("2030-09-12 09:20", 5212, RP(5211, 2) + "on it"),
            (
                "2030-09-12 10:47",
                5213,
                "ticket 4471 — prof in Physics can't get on eduroam with his new laptop. anyone seen the cert prompt loop on macOS 15?",
            ),
            (
                "2030-09-12 10:52",
                5214,
                RP(5213, 4)
                + "yeah, that's the stale profile thing — removing it and reinstalling from the portal usually sorts it",
            ),
            ("2030-09-12 11:30", 5213, "thx, worked 🙌 closing 4471"),
            (
                "2030-09-13 14:40",
                5212,
                RP(5211, 2)
                + "Chem image built and pushed to the SCCM share. license server check passes ✅",
            ),
            (
                "2030-09-13 14:55",
                5211,
                TO(5213)
                + TO(5215)
                + "\ncould you two spot-test the Chem image on 3 lab machines each before the freeze today? 18:00 is hard",
            ),
            ("2030-09-13 17:20", 5215, "my 3 are fine 👍"),
            (
                "2030-09-13 17:45",
                5213,
                RP(5211, 8) + "mine too, all 6 tested, no issues. freeze away",
            ),
            (
                "2030-09-17 08:30",
                5211,
                "rollout day. Marcus, Tom: you're on the walk-in desk till 12, I'm at the library kiosk. Hana covers phones",
            ),
            (
                "2030-09-17 11:05",
                5214,
                "heads up: printer queue on LIB-2F is jammed again. I'll swing by after the desk shift and reset it",
            ),
            ("2030-09-17 13:10", 5214, "LIB-2F printer reset, queue is clear"),
            (
                "2030-09-18 09:00",
                5211,
                TO(5213)
                + "\nthe Nursing dept wants 40 loaner laptops imaged for their 9/30 exam. can you have them ready by 9/27?",
            ),
            (
                "2030-09-18 09:12",
                5213,
                RP(5211, 14)
                + "can do. we only have 32 in stock though — I'll put in a PO for 8 more today",
            ),
            (
                "2030-09-19 16:30",
                5213,
                QT(5213, 15, "I'll put in a PO for 8 more today")
                + "done, PO went out this morning. ETA Tuesday",
            ),
            (
                "2030-09-20 10:00",
                5215,
                "anyone know if the 23rd is a full closure or just reduced hours?",
            ),
            (
                "2030-09-20 10:04",
                5211,
                RP(5215, 17) + "full closure, it's 秋分の日. desk reopens Tue",
            ),
            (
                "2030-09-26 15:00",
                5213,
                RP(5211, 14) + "32 of 40 imaged + tagged. other 8 arrive Tuesday.",
            ),
            ("2030-09-26 15:20", 5211, RP(5213, 19) + "np, thanks for pushing on it"),
        ],
        [
            task(2, ["Chem", "image"], [5212], ("2030-09-13T15:00", "Fri"), "done"),
            task(8, ["Chem image", "test"], [5213, 5215], ("2030-09-13T18:00", "Fri"), "done"),
            task(12, ["printer"], [5214], None, "done"),
            task(14, ["laptops"], [5213], ("2030-09-27", "Fri")),
            task(15, ["PO"], [5213], ("2030-09-18", "Wed"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-03",
        (931003, "『Low Tide』制作部 / production office"),
        M(5221, 5222, 5223, 5224, 5225),
        [
            (
                "2030-08-07 10:00",
                5221,
                "お疲れ様です。来週のロケハン、8/14（水）に決まりました。逗子の2か所です。",
            ),
            (
                "2030-08-07 10:10",
                5221,
                TO(5223, True)
                + "\n逗子市の撮影許可申請、8/9までに出してもらえますか。警察の道路使用許可は私の方で取ります。",
            ),
            ("2030-08-07 10:30", 5223, RP(5221, 2) + "承知しました！市役所に今日電話してみます"),
            ("2030-08-07 15:40", 5223, "市役所に電話しましたが、担当の方が不在でした😓"),
            (
                "2030-08-08 09:30",
                5222,
                "Morning! Quick one for Ben — "
                + TO(5224)
                + "\ncould you send me the updated call sheet for the Zushi recce by 17:00 today? the van company wants numbers.",
            ),
            ("2030-08-08 11:00", 5224, RP(5222, 5) + "ya will send after lunch"),
            ("2030-08-08 13:45", 5224, "call sheet v3 sent to your inbox Sophie 📨"),
            ("2030-08-08 14:00", 5222, "Got it, thanks Ben! Van's booked for 7 people."),
            (
                "2030-08-08 16:20",
                5225,
                TO(5221, True)
                + "\n7月分の経費精算、領収書がまだ3件出ていません。締めが近いので、2営業日以内に提出お願いします🙇‍♀️",
            ),
            (
                "2030-08-09 10:15",
                5223,
                RP(5221, 2)
                + "撮影許可申請、本日窓口に提出しました。受付番号は共有フォルダに入れてあります。",
            ),
            ("2030-08-09 10:30", 5221, "小野寺さん、ありがとう！助かりました"),
            (
                "2030-08-10 21:00",
                5224,
                "fyi the tide table says low tide on the 14th is 11:42, so we should probably start the recce at the beach side. just thinking out loud",
            ),
            (
                "2030-08-12 19:30",
                5221,
                RP(5221, 2)
                + "連休中にすみません。道路使用許可、警察から追加書類を求められたので、明日朝イチで持っていきます。",
            ),
            ("2030-08-13 11:30", 5221, RP(5221, 2) + "道路使用許可、受理されました🚓"),
            ("2030-08-13 11:35", 5221, RP(5225, 9) + "領収書3件、村井さんの机のトレーに入れました"),
            ("2030-08-13 12:00", 5225, RP(5221, 15) + "受け取りました、ありがとうございます！"),
            (
                "2030-08-13 14:00",
                5222,
                "Heads up: recce tomorrow meets at Zushi station east exit 8:30. Bring sunscreen ☀️",
            ),
            (
                "2030-08-14 18:00",
                5224,
                "recce done. photos up on the drive. "
                + TO(5223, True)
                + "\ncan you ask the second location's owner if we can park the genny truck there on shoot days? need an answer by Friday",
            ),
            (
                "2030-08-16 15:00",
                5223,
                RP(5224, 18) + "オーナーさんに電話したけど留守電でした。メッセージ残してあります",
            ),
            ("2030-08-16 15:10", 5224, RP(5223, 19) + "thx, keep me posted"),
        ],
        [
            task(2, ["撮影許可"], [5223], ("2030-08-09", "Fri"), "done"),
            task(2, ["道路使用許可"], [5221], ("2030-08-13T10:00", "Tue"), "done"),
            task(5, ["call sheet"], [5224], ("2030-08-08T17:00", "Thu"), "done"),
            task(9, ["領収書"], [5221], ("2030-08-13", "Tue"), "done"),
            task(18, ["park"], [5223], ("2030-08-16", "Fri")),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-04",
        (931004, "Harbor v. Kestrel – litigation"),
        M(5231, 5232, 5233, 5234, 5235),
        [
            (
                "2030-10-30 09:00",
                5231,
                "Team — the court has set the case management conference for 11/20 at 10:30. Details are in the docket folder.",
            ),
            (
                "2030-10-30 09:20",
                5231,
                "Action items from this morning's call:\n- Raj to finalise the privilege log by 11/8\n- Claire to draft the response to Kestrel's second set of interrogatories (first pass by 11/6)\n- Sam: compile the exhibit index for the CMC binder\n- I will speak to the client about the settlement range",
            ),
            ("2030-10-30 09:35", 5232, "Noted, thanks."),
            (
                "2030-10-31 14:10",
                5235,
                "[qt]Dear Counsel, please provide your availability for a meet-and-confer during the week of November 11.[/qt]\nThis came in from Kestrel's counsel this afternoon, forwarding for visibility.",
            ),
            (
                "2030-10-31 14:30",
                5231,
                RP(5235, 4)
                + "Mina, could you reply with Tuesday or Wednesday afternoon that week? Raj and I are both free then.",
            ),
            (
                "2030-10-31 15:05",
                5235,
                "Replied to their counsel proposing 11/12 or 11/13 afternoon.",
            ),
            (
                "2030-11-01 18:40",
                5233,
                "Quick question — are we treating the Nakamura emails as privileged or just confidential for the log?",
            ),
            (
                "2030-11-01 18:55",
                5232,
                RP(5233, 7) + "Privileged — they're already flagged in my draft.",
            ),
            (
                "2030-11-05 09:15",
                5233,
                RP(5231, 2)
                + "The interrogatory responses are about 60% drafted; I'll need until Friday for a full first pass, apologies — the long weekend slowed me down.",
            ),
            ("2030-11-05 09:30", 5231, RP(5233, 9) + "Friday is fine, Claire."),
            (
                "2030-11-06 11:00",
                5234,
                "Exhibit index for the CMC binder is done and saved as EX-INDEX-v1 in the binder folder.",
            ),
            (
                "2030-11-06 16:00",
                5231,
                TO(5234)
                + "\nThank you, Sam. Could you also have three hard copies of the binder ready by 11/18 noon?",
            ),
            (
                "2030-11-07 10:20",
                5231,
                "Spoke with the client this morning; they're comfortable with the range we discussed. Notes are in the file.",
            ),
            (
                "2030-11-08 17:10",
                5232,
                RP(5231, 2) + "Privilege log finalised and uploaded — 412 entries.",
            ),
            (
                "2030-11-08 17:40",
                5233,
                RP(5231, 2)
                + "First pass of the interrogatory responses is in the drafts folder for your review.",
            ),
            (
                "2030-11-08 17:55",
                5231,
                RP(5233, 15) + "Thanks — I'll review the responses on Monday.",
            ),
            (
                "2030-11-11 18:30",
                5231,
                "Reviewed Claire's draft, comments are in the margins. Good work.",
            ),
            (
                "2030-11-12 09:00",
                5235,
                "Reminder: meet-and-confer with Kestrel's counsel is tomorrow at 14:00, Room 3B / Teams link in the invite.",
            ),
        ],
        [
            task(2, ["privilege log"], [5232], ("2030-11-08", "Fri"), "done"),
            task(2, ["interrogatories"], [5233], ("2030-11-08", "Fri"), "done"),
            task(2, ["exhibit index"], [5234], None, "done"),
            task(2, ["settlement"], [5231], None, "done"),
            task(5, ["reply"], [5235], None, "done"),
            task(12, ["hard copies"], [5234], ("2030-11-18T12:00", "Mon")),
            task(16, ["responses"], [5231], ("2030-11-11", "Mon"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-05",
        (931005, "Osteria group – ops"),
        M(5241, 5242, 5243, 5244, 5245),
        [
            (
                "2030-11-22 10:00",
                5241,
                "Morning all. December bookings are up 30% on last year 🎉 great work everyone.",
            ),
            (
                "2030-11-22 10:05",
                5241,
                TO(5245)
                + "\ncan you get quotes from two other truffle suppliers? the current one went up 18%. this week if possible",
            ),
            (
                "2030-11-22 11:30",
                5245,
                RP(5241, 2)
                + "will try, but one of them only answers on weekdays, so I'll have both quotes to you by Tuesday",
            ),
            ("2030-11-23 22:15", 5243, "tonight's service was nuts. 142 covers at Ebisu 🔥"),
            (
                "2030-11-24 10:00",
                5242,
                "Luca, the walk-in at Ebisu is making that rattling noise again. I'll call Frost Tech on Monday.",
            ),
            ("2030-11-24 10:20", 5241, RP(5242, 5) + "thanks 🙏 lmk what they say"),
            (
                "2030-11-25 11:00",
                5242,
                "called Frost Tech, they're sending someone Wednesday afternoon",
            ),
            (
                "2030-11-25 11:05",
                5244,
                "Shibuya's year-end party menu draft is in the drive. "
                + TO(5243)
                + "\ncould you sign off on the dessert course by Thursday? printer needs it Friday",
            ),
            (
                "2030-11-25 14:00",
                5243,
                RP(5244, 8)
                + "the panna cotta won't scale to 60 covers. need till Friday on the dessert course",
            ),
            (
                "2030-11-26 16:00",
                5245,
                RP(5241, 2)
                + "both truffle quotes are in the purchasing sheet. the Kansai one is 11% cheaper",
            ),
            (
                "2030-11-26 16:20",
                5241,
                "nice. we should probably trial the Kansai ones at one site first. thinking Ebisu, but no decision yet",
            ),
            (
                "2030-11-29 10:30",
                5243,
                RP(5244, 8)
                + "dessert course signed off — swapped in a yuzu tart. menu's good to print",
            ),
            ("2030-11-29 10:45", 5244, "Carlos, lifesaver 🙌 printer has it now"),
            (
                "2030-12-02 09:00",
                5241,
                "[toall]\nplease each send me your staffing plan for 12/24–12/31 by 12/6. template's in the drive.",
            ),
            ("2030-12-03 18:00", 5244, "Shibuya staffing plan sent ✅"),
            (
                "2030-12-04 12:00",
                5242,
                "Ebisu's too. Frost Tech fixed the fridge btw, new compressor fan",
            ),
            (
                "2030-12-06 17:30",
                5241,
                QT(5241, 14, "please each send me your staffing plan for 12/24–12/31 by 12/6.")
                + "all four plans are in — sorted, thanks everyone 🙏",
            ),
            (
                "2030-12-07 13:00",
                5243,
                "does anyone have the number for the knife sharpening guy? the old one's disconnected",
            ),
        ],
        [
            task(2, ["truffle"], [5245], ("2030-11-26", "Tue"), "done"),
            task(5, ["Frost Tech"], [5242], ("2030-11-25", "Mon"), "done"),
            task(8, ["dessert"], [5243], ("2030-11-29", "Fri"), "done"),
            task(14, ["staffing plan"], [5242, 5243, 5244, 5245], ("2030-12-06", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-06",
        (931006, "Sunfield Solar 施工チーム"),
        M(5251, 5252, 5253, 5254, 5255),
        [
            (
                "2030-06-03 08:30",
                5251,
                "おはようございます。今週は船橋の倉庫屋根（120kW）の架台工事です。雨予報が木曜なので、それまでに架台は終わらせたいところ。",
            ),
            (
                "2030-06-03 08:45",
                5251,
                TO(5254) + "\nパネル固定金具が40個足りません。明日中に手配お願いできますか？",
            ),
            (
                "2030-06-03 09:10",
                5254,
                RP(5251, 2)
                + "Checking with the distributor now. They might only have 30 in stock.",
            ),
            (
                "2030-06-03 11:40",
                5254,
                RP(5251, 2)
                + "Ordered 30 from Kanto Denzai, delivery Wednesday AM. The other 10 are backordered until the 12th 😕",
            ),
            (
                "2030-06-03 12:00",
                5251,
                RP(5254, 4)
                + "了解。残り10個は別ルートで探してもらえますか？金曜までに目処がつけば大丈夫です",
            ),
            ("2030-06-03 15:00", 5255, "架台、南側は今日で7割くらいまで行きました。"),
            (
                "2030-06-04 17:30",
                5252,
                TO(5253, True)
                + "\nCould you send the single-line diagram to TEPCO for the grid connection review? The final PDF is in /permits/Funabashi. By next Friday would be ideal.",
            ),
            ("2030-06-04 17:45", 5253, RP(5252, 7) + "承知しました、来週金曜までに送ります"),
            ("2030-06-05 10:00", 5254, "Fixing brackets (30) arrived at site 📦"),
            (
                "2030-06-06 07:00",
                5255,
                "雨のため本日の屋根作業は中止です。明日は8時集合でお願いします。",
            ),
            (
                "2030-06-06 09:30",
                5254,
                RP(5251, 5)
                + "Found the other 10 at a Chiba supplier, they'll be on site Saturday morning. So the full 40 are sorted.",
            ),
            ("2030-06-06 09:32", 5254, RP(5251, 2) + "（固定金具40個、これで全数手配済みです）"),
            ("2030-06-08 16:00", 5255, "南側・北側とも架台完了しました！お疲れ様でした💪"),
            (
                "2030-06-10 13:00",
                5251,
                "Liam, Saturday's string test sheet — can you share it with me and 石井さん? Just need it for the file, whenever.",
            ),
            (
                "2030-06-10 13:20",
                5252,
                RP(5251, 14) + "shared in /commissioning 👍 all strings within spec",
            ),
            (
                "2030-06-12 11:00",
                5253,
                "TEPCOへ単線結線図を送付しました。回答は2〜3週間とのことです。",
            ),
            ("2030-06-12 11:15", 5252, "Thanks 石井さん! 🙏"),
            (
                "2030-06-15 09:00",
                5251,
                "今週もお疲れ様でした。来週は系統連系の立会いがあるので、詳細は月曜に共有します。",
            ),
        ],
        [
            task(2, ["固定金具"], [5254], ("2030-06-04", "Tue"), "done"),
            task(5, ["別ルート"], [5254], ("2030-06-07", "Fri"), "done"),
            task(7, ["single-line diagram"], [5253], ("2030-06-14", "Fri"), "done"),
            task(14, ["string test"], [], None, "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-07",
        (931007, "Museum Learning – autumn programme"),
        M(5261, 5262, 5263, 5264),
        [
            (
                "2030-10-09 10:00",
                5261,
                "Morning! School bookings for the fossil workshop are now at 18 classes for November 🦕",
            ),
            (
                "2030-10-09 10:15",
                5262,
                "wow. we should probably think about a second handling kit at some point",
            ),
            (
                "2030-10-09 10:30",
                5263,
                "if anyone needs the old kit inventory, it's in the shared drive under /Learning/Kits — just ask if you can't find it",
            ),
            (
                "2030-10-10 14:00",
                5264,
                "FYI the family trail leaflets arrived from the printer, 2 boxes in the store room",
            ),
            ("2030-10-10 14:05", 5261, "Noor, thank you for chasing those!"),
            (
                "2030-10-11 09:00",
                5262,
                "[qt]Could you please confirm whether the museum can host 35 pupils on 11/7, including two wheelchair users?[/qt]\nThat's from the teacher at Minato Elementary. I already replied yes this morning.",
            ),
            ("2030-10-11 09:20", 5263, "is the café open on Monday? it's Sports Day"),
            ("2030-10-11 09:25", 5264, RP(5263, 7) + "museum's open, café closes at 3 I think"),
            (
                "2030-10-11 16:00",
                5261,
                "Reminder: programme planning meeting Tuesday 10/15 at 10:00 in the Learning Studio. Agenda to follow.",
            ),
            (
                "2030-10-13 12:00",
                5262,
                "Sunday drop-in was lovely — 64 kids made paper ammonites today 🐚",
            ),
            (
                "2030-10-15 11:30",
                5261,
                "Thanks all for a good meeting. Isabel's going to look into volunteer training dates with HR — she'll update us when she knows more.",
            ),
            ("2030-10-15 11:40", 5263, "yep! I'll let you know once HR gets back to me"),
            (
                "2030-10-16 15:00",
                5264,
                "would it be mad to do a night-time torch tour for half-term? just an idea for next year 🔦",
            ),
            ("2030-10-16 15:10", 5262, "not mad at all, love it"),
            (
                "2030-10-18 17:00",
                5263,
                "HR says volunteer training can be 11/2 or 11/9. I've pencilled in 11/9 unless anyone objects",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-08",
        (931008, "Brightline × Komorebi Tea — winter campaign"),
        M(5271, 5272, 5273, 5274, 5275),
        [
            (
                "2030-11-01 10:00",
                5274,
                "Good morning all. Attached is the brief for the winter gift-box campaign. Launch date is 12/2.",
            ),
            (
                "2030-11-01 10:20",
                5271,
                "Thanks Emi! "
                + TO(5273)
                + TO(5272)
                + "\nfor the internal review on Thursday 11/7:\n- Ravi: three headline routes\n- Jun: two moodboards\nplease have them in the folder by Wed 11/6 EOD 🙏",
            ),
            (
                "2030-11-01 10:30",
                5275,
                "I'll pull the media plan together once we have the routes, no point before then",
            ),
            (
                "2030-11-05 16:00",
                5273,
                "headline routes: 2 of 3 done, third one's fighting me 😅 will still make tmrw",
            ),
            ("2030-11-06 17:50", 5272, "moodboards up in /review 🎨"),
            ("2030-11-06 18:30", 5273, RP(5271, 2) + "all three headline routes are in the folder"),
            (
                "2030-11-07 15:00",
                5271,
                "Internal review notes:\n・Route B is the favourite — Ravi to tighten the body copy（~11/12）\n・Jun: adapt moodboard 2 into the key visual, first draft by 11/14 10:00\n・I'll book the client presentation slot with Emi",
            ),
            (
                "2030-11-07 15:10",
                5275,
                "media plan will be waiting on the final KV, just so everyone knows",
            ),
            (
                "2030-11-08 11:00",
                5274,
                TO(5271)
                + "\nCould you send the revised quote reflecting the extra Instagram placements? Our finance team closes on 11/20, so we'd need it by 11/19.",
            ),
            ("2030-11-08 11:10", 5271, RP(5274, 9) + "Of course, Emi — you'll have it by Monday."),
            (
                "2030-11-08 11:15",
                5271,
                TO(5274)
                + "\nAlso, would Thursday 11/14 or Friday 11/15 suit for the presentation?",
            ),
            ("2030-11-08 13:00", 5274, RP(5271, 11) + "Friday 11/15, 14:00 works for us."),
            ("2030-11-11 17:00", 5271, RP(5274, 9) + "Revised quote sent to your inbox, Emi."),
            (
                "2030-11-11 17:05",
                5271,
                "Presentation booked: 11/15 14:00 at Komorebi HQ, I've sent the invite.",
            ),
            (
                "2030-11-12 10:00",
                5273,
                RP(5271, 7) + "body copy tightened for Route B — v2 in the folder",
            ),
            (
                "2030-11-13 22:40",
                5272,
                RP(5271, 7)
                + "KV draft is taking longer than planned, the tea leaf texture isn't reading at small sizes. I'll need until 11/14 15:00",
            ),
            ("2030-11-14 09:00", 5271, RP(5272, 16) + "ok, 15:00 it is. shout if you get stuck"),
            (
                "2030-11-15 16:30",
                5274,
                "Thank you all for today's presentation! We'll come back with feedback early next week.",
            ),
        ],
        [
            task(2, ["headline"], [5273], ("2030-11-06", "Wed"), "done"),
            task(2, ["moodboards"], [5272], ("2030-11-06", "Wed"), "done"),
            task(3, ["media plan"], [5275], None),
            task(7, ["body copy"], [5273], ("2030-11-12", "Tue"), "done"),
            task(7, ["key visual"], [5272], ("2030-11-14T15:00", "Thu")),
            task(7, ["presentation"], [5271], None, "done"),
            task(9, ["quote"], [5271], ("2030-11-11", "Mon"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-09",
        (931009, "data-platform"),
        M(5281, 5282, 5283, 5284, 5285, 5286),
        [
            (
                "2030-09-20 10:00",
                5281,
                "standup (async):\nDone: migrated the orders DAG to Airflow 2.9\nNext: I'll write the runbook for orders_hourly\nBlockers: none",
            ),
            (
                "2030-09-20 10:05",
                5282,
                "standup:\nDone: dbt tests for the customer model (all green)\nNext: nothing new, still on the Snowflake cost report\nBlockers: need read access to the billing schema",
            ),
            ("2030-09-20 10:20", 5281, RP(5282, 2) + "I'll grant you billing read today"),
            (
                "2030-09-20 11:00",
                5281,
                QT(5281, 3, "I'll grant you billing read today")
                + "done — you should see BILLING_RO now",
            ),
            (
                "2030-09-20 14:00",
                5283,
                task_added(
                    5284,
                    chatwork_lt("2030-09-26"),
                    "Rotate the Kafka service account keys before the audit",
                    "date",
                ),
            ),
            ("2030-09-20 14:05", 5284, "👍"),
            (
                "2030-09-24 09:30",
                5285,
                "[toall]\nheads up: the warehouse maintenance window is Thursday 02:00–04:00. please pause any manual jobs before you log off Wednesday 🙏",
            ),
            ("2030-09-25 18:30", 5282, "paused my two jobs ✅"),
            (
                "2030-09-25 19:00",
                5286,
                "[info][title]Nightly summary[/title]3 DAG failures, 0 SLA misses. Top offender: orders_hourly (2 retries)[/info]",
            ),
            (
                "2030-09-26 10:00",
                5281,
                RP(5285, 7) + "all manual jobs were paused, window went fine 👍",
            ),
            (
                "2030-09-26 16:00",
                5284,
                task_done(
                    5284,
                    chatwork_lt("2030-09-26"),
                    "Rotate the Kafka service account keys before the audit",
                    "date",
                ),
            ),
            (
                "2030-09-30 09:15",
                5281,
                TO(5283)
                + "\nI kicked off the August orders backfill, it's ~70% through. can you rerun any failed partitions once it finishes? I'm out from Wednesday",
            ),
            ("2030-09-30 09:40", 5283, RP(5281, 12) + "sure. enjoy the time off 🌴"),
            (
                "2030-10-01 17:00",
                5281,
                "runbook for orders_hourly is up on Confluence, linked in the channel topic",
            ),
            (
                "2030-10-02 11:00",
                5283,
                "2 partitions failed overnight (08-14, 08-22), reran both, all green now. backfill complete ✅",
            ),
            (
                "2030-10-04 10:00",
                5284,
                task_added(
                    5285,
                    chatwork_lt("2030-10-15", "10:00"),
                    "Share the Q4 storage cost forecast with finance",
                    "time",
                ),
            ),
            (
                "2030-10-04 10:10",
                5285,
                RP(5284, 16) + "ok. might be tight with the long weekend but will try",
            ),
            (
                "2030-10-07 09:00",
                5282,
                task_added(5282, 0, "Archive the legacy Redshift snapshots", None),
            ),
            (
                "2030-10-09 15:00",
                5286,
                "[info][title]Reminder[/title]Chatwork task 'Share the Q4 storage cost forecast with finance' is due 10/15 10:00[/info]",
            ),
            (
                "2030-10-11 18:00",
                5282,
                RP(5282, 18) + "scrap this — finance wants the snapshots kept for another year",
            ),
        ],
        [
            task(1, ["runbook"], [5281], None, "done"),
            task(3, ["billing"], [5281], ("2030-09-20", "Fri"), "done"),
            task(5, ["Kafka"], [5284], ("2030-09-26", "Thu"), "done"),
            task(7, ["manual jobs"], [5281, 5282, 5283, 5284], ("2030-09-25", "Wed"), "done"),
            task(12, ["partitions"], [5283], None, "done"),
            task(16, ["cost forecast"], [5285], ("2030-10-15T10:00", "Tue")),
        ],
        self_account_id=5286,
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-10",
        (931010, "翻訳案件 / Hoshino Pharma IFU"),
        M(5291, 5292, 5293, 5294, 5295),
        [
            (
                "2030-12-20 10:00",
                5291,
                "お疲れ様です。星野製薬さんの添付文書（IFU）英仏訳、正式に受注しました🎉 原稿は12,400語です。",
            ),
            (
                "2030-12-20 10:10",
                5291,
                TO(5292, True)
                + TO(5294, True)
                + "\n初稿は5営業日以内に納品をお願いします。用語集は/termbaseにあります。",
            ),
            ("2030-12-20 10:30", 5292, RP(5291, 2) + "Got it 👍 glossary looks great."),
            (
                "2030-12-20 11:00",
                5293,
                "チェック用のQAツール、ライセンスが年内で切れるみたいです。",
            ),
            (
                "2030-12-20 11:05",
                5291,
                RP(5293, 4) + "あ、ほんとだ。ライセンスの更新手続きは私がやっておきます！",
            ),
            (
                "2030-12-24 16:00",
                5294,
                "French draft: about 55 % done. The dosage tables are slow going 😩",
            ),
            ("2030-12-26 09:00", 5291, "ライセンス更新しました✨ 1年延長です"),
            ("2030-12-27 14:00", 5292, "EN first draft delivered to /delivery/EN 📄"),
            (
                "2030-12-27 17:30",
                5294,
                RP(5291, 2)
                + "Sorry — the French draft won't be ready today. I need until 1/7, the tables need a second pass.",
            ),
            ("2030-12-27 17:45", 5291, RP(5294, 9) + "了解です、1/7で大丈夫です。良いお年を🎍"),
            (
                "2030-12-27 18:00",
                5291,
                TO(5293, True)
                + "\n英語版のチェック、年明け早々にお願いできますか？3営業日以内だと助かります。",
            ),
            (
                "2030-12-28 10:00",
                5295,
                "DTPの方、仏語は文字数が増えるので、レイアウト調整に2日ほど見ておいてください。",
            ),
            (
                "2031-01-06 09:00",
                5291,
                "あけましておめでとうございます🎍 本年もよろしくお願いします！",
            ),
            (
                "2031-01-07 11:30",
                5293,
                RP(5291, 11) + "英語版チェック、半分まで終わりました。明日中に仕上げます。",
            ),
            (
                "2031-01-07 16:40",
                5294,
                RP(5291, 2)
                + "French first draft delivered to /delivery/FR — that's both languages in now ✅",
            ),
            (
                "2031-01-08 17:00",
                5293,
                "英語版のチェック完了しました。指摘は42件、コメントで入れてあります。",
            ),
            (
                "2031-01-08 17:20",
                5291,
                TO(5295, True) + "\n英仏とも確定したので、1/15（水）までにDTP版をいただけますか？",
            ),
            ("2031-01-08 17:35", 5295, RP(5291, 17) + "承知しました、対応します！"),
        ],
        [
            task(2, ["初稿"], [5292, 5294], ("2031-01-07", "Tue"), "done"),
            task(5, ["ライセンス"], [5291], None, "done"),
            task(11, ["英語版"], [5293], ("2031-01-08", "Wed"), "done"),
            task(17, ["DTP"], [5295], ("2031-01-15", "Wed")),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-11",
        (931011, "Kairo Robotics – Funabashi DC deploy"),
        M(5301, 5302, 5303, 5304, 5305),
        [
            (
                "2030-07-24 09:00",
                5301,
                "morning. Funabashi DC go-live is 8/5. we're at 14 of 20 robots commissioned",
            ),
            (
                "2030-07-24 09:10",
                5301,
                "[toall]\neveryone pls log your site hours in the tracker by Friday — finance is chasing",
            ),
            (
                "2030-07-24 09:30",
                5302,
                "ptal — firmware 3.4.1 fixes the lidar dropout on aisle turns. https://git.kairo.example/fw/pull/388",
            ),
            (
                "2030-07-24 11:00",
                5305,
                RP(5302, 3) + "lgtm, ran it on the test rig for 2h, no dropouts 👍",
            ),
            ("2030-07-24 11:05", 5302, "merged. will roll it to the Funabashi fleet tomorrow"),
            (
                "2030-07-25 08:20",
                5302,
                QT(5302, 5, "will roll it to the Funabashi fleet tomorrow")
                + "done — 3.4.1 is on all 14 commissioned units ✅",
            ),
            (
                "2030-07-25 10:00",
                5303,
                "unit 17's wheel encoder is throwing errors again. I'll swap it Monday, spares arrive Saturday",
            ),
            ("2030-07-26 17:30", 5305, "hours logged"),
            (
                "2030-07-27 14:00",
                5304,
                TO(5301)
                + "\ncustomer asked if we can do a walkthrough for their night-shift supervisors before go-live. any chance you could run one?",
            ),
            (
                "2030-07-27 14:30",
                5301,
                RP(5304, 9)
                + "sure, can do. could you send the customer the sign-up form for the walkthrough by Wednesday?",
            ),
            (
                "2030-07-29 16:00",
                5303,
                QT(5303, 7, "I'll swap it Monday") + "swapped ✅ unit 17 running clean for 3h",
            ),
            ("2030-07-29 16:30", 5301, "Sora, you're a star ⭐"),
            ("2030-07-30 10:00", 5304, "sign-up form sent to their ops manager 📨"),
            (
                "2030-07-31 09:00",
                5301,
                "go-live checklist for 8/5 is pinned. if anything on it looks wrong, shout",
            ),
            (
                "2030-07-31 11:00",
                5301,
                QT(5301, 2, "everyone pls log your site hours in the tracker by Friday")
                + "all hours are in now, thanks team",
            ),
            (
                "2030-08-01 13:00",
                5305,
                "QA pass on units 15–20: 5 of 6 passed. unit 19 fails the e-stop test, retesting tomorrow",
            ),
            (
                "2030-08-02 15:00",
                5305,
                "unit 19 still fails e-stop. swapped the relay, same result 😞 escalating to Diego",
            ),
            (
                "2030-08-02 15:20",
                5302,
                RP(5305, 17)
                + "looking now. probably the relay board harness, I'll bring a spare Monday",
            ),
            ("2030-08-03 10:00", 5301, "reminder go-live Monday 8/5, on site by 7:30 pls"),
        ],
        [
            task(2, ["site hours"], [5302, 5303, 5305], ("2030-07-26", "Fri"), "done"),
            task(3, ["firmware"], [], None, "done"),
            task(5, ["fleet"], [5302], ("2030-07-25", "Thu"), "done"),
            task(7, ["encoder"], [5303], ("2030-07-29", "Mon"), "done"),
            task(9, ["walkthrough"], [5301], None),
            task(10, ["sign-up form"], [5304], ("2030-07-31", "Wed"), "done"),
            task(16, ["unit 19"], [5305], ("2030-08-02", "Fri")),
            task(18, ["spare"], [5302], ("2030-08-05", "Mon")),
        ],
        self_account_id=5304,
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-12",
        (931012, "薬剤部 治験室 / Pharmacy CTU"),
        M(5311, 5312, 5313, 5314, 5315),
        [
            (
                "2030-06-24 08:45",
                5311,
                "おはようございます。治験薬（KT-204）の搬入は6/27（木）午前の予定です。",
            ),
            (
                "2030-06-24 09:00",
                5311,
                TO(5313, True)
                + "\n搬入前に温度ロガーの校正記録を確認しておいてください。水曜までにお願いします。",
            ),
            (
                "2030-06-24 09:20",
                5312,
                "Thanks 岡田さん. FYI the sponsor's monitor visit is 7/3, 13:00–16:00.",
            ),
            ("2030-06-24 10:00", 5313, RP(5311, 2) + "承知しました！"),
            (
                "2030-06-25 14:00",
                5314,
                "Quick one: the -20°C freezer in Room 2 alarmed twice overnight. Reset it, temps are back to normal now.",
            ),
            (
                "2030-06-25 14:10",
                5311,
                RP(5314, 5) + "Lucyさん、ありがとう。念のため業者に点検を依頼してもらえますか？",
            ),
            ("2030-06-25 16:30", 5314, "Called the vendor — earliest slot is 7/1. Booked it."),
            (
                "2030-06-26 11:00",
                5313,
                "温度ロガーの校正記録、確認しました。2台とも有効期限内です。",
            ),
            (
                "2030-06-26 15:00",
                5312,
                TO(5311, True)
                + "\nCould you sign the drug accountability log template before the monitor visit? Ideally by 7/1.",
            ),
            (
                "2030-06-26 15:20",
                5311,
                RP(5312, 9) + "Sure, I'll sign it tomorrow after the delivery.",
            ),
            (
                "2030-06-27 12:30",
                5315,
                "KT-204、予定どおり納品されました。数量も伝票と一致しています。",
            ),
            ("2030-06-27 17:00", 5311, "ログのテンプレート、署名して原本はファイルに綴じました。"),
            (
                "2030-06-28 09:00",
                5312,
                "Would someone be able to prepare the dispensing worksheet for Visit 2 by Tuesday? It would be great if it could mirror the Visit 1 format.",
            ),
            (
                "2030-06-28 09:30",
                5314,
                RP(5312, 13)
                + "Is the Visit 1 version the one in /CTU/forms? just so I know where to look",
            ),
            ("2030-06-28 09:40", 5312, RP(5314, 14) + "Yes, forms/V1_dispensing_final.xlsx"),
            (
                "2030-07-01 10:30",
                5314,
                "Freezer inspection done — the door gasket was worn, the vendor replaced it 🔧",
            ),
            (
                "2030-07-01 13:00",
                5312,
                QT(
                    5312,
                    13,
                    "Would someone be able to prepare the dispensing worksheet for Visit 2 by Tuesday?",
                )
                + "Scrap that — the sponsor is sending their own worksheet for Visit 2, so we no longer need ours.",
            ),
            (
                "2030-07-02 09:00",
                5311,
                TO(5315, True)
                + "\nKT-204用の遮光袋、在庫が残り20枚です。今月中に100枚補充お願いします。",
            ),
            ("2030-07-02 09:30", 5315, RP(5311, 18) + "承知しました。来週中に発注かけます。"),
        ],
        [
            task(2, ["温度ロガー"], [5313], ("2030-06-26", "Wed"), "done"),
            task(6, ["点検"], [5314], None, "done"),
            task(9, ["accountability log"], [5311], ("2030-06-27", "Thu"), "done"),
            task(18, ["遮光袋"], [5315], ("2030-07-12", "Fri")),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-13",
        (931013, "Run for Rivers 2030 – organisers"),
        M(5321, 5322, 5323, 5324, 5325),
        [
            (
                "2030-10-04 10:00",
                5321,
                "Hi all! Race day is confirmed for Sunday 11/17 at the Arakawa riverside 🏃‍♀️",
            ),
            (
                "2030-10-04 10:15",
                5321,
                "Quick to-do list from yesterday's call:\n1. Volunteer sign-up page live — Hiro (by 10/11)\n2. Sponsor pack to the three shortlisted companies — Zoe, 10/18\n3. Portable toilet quote — Kofi\n4. Press release draft — Mei (~10/25)",
            ),
            ("2030-10-04 10:30", 5323, "👍 on it"),
            (
                "2030-10-05 20:00",
                5322,
                "would be nice to have a Japanese version of the sign-up page at some point, but honestly not a priority",
            ),
            (
                "2030-10-07 09:00",
                5325,
                RP(5322, 4)
                + "I can do the Japanese version of the sign-up page, I'll have it by Thursday",
            ),
            (
                "2030-10-08 17:00",
                5322,
                RP(5321, 2)
                + "sign-up page is live: runforrivers.example/volunteer 🎉 (English only for now)",
            ),
            (
                "2030-10-10 16:00",
                5325,
                QT(
                    5325,
                    5,
                    "I can do the Japanese version of the sign-up page, I'll have it by Thursday",
                )
                + "done — JP version is up too ✨",
            ),
            (
                "2030-10-11 11:00",
                5324,
                "toilet quote from Kanto Rentals: ¥186,000 for 12 units incl. delivery. waiting on one more company.",
            ),
            (
                "2030-10-12 09:30",
                5321,
                RP(5321, 2)
                + "toilet quote: moving the deadline to Wednesday, so I can take both quotes to the board on Thursday",
            ),
            (
                "2030-10-14 12:00",
                5323,
                "happy Sports Day 😄 sponsor pack is 80% there, just waiting on the logo files from design",
            ),
            (
                "2030-10-15 10:00",
                5321,
                TO(5323)
                + "\nwe'll need the final sponsor logos from you by Friday for the race bibs — printer's cut-off",
            ),
            (
                "2030-10-16 15:00",
                5324,
                RP(5321, 2)
                + "toilet quotes: second one's in the sheet (Sumida Event Supply, ¥172,000). both done ✅",
            ),
            ("2030-10-17 18:00", 5323, RP(5321, 2) + "sponsor pack sent to all three companies 📨"),
            (
                "2030-10-18 16:00",
                5323,
                RP(5321, 11)
                + "2 of 3 sponsors sent logos. the third (Aozora Bank) can't before Monday, so I'll have the last one to you Monday",
            ),
            ("2030-10-19 10:00", 5321, RP(5323, 14) + "ok 👍"),
            (
                "2030-10-21 14:00",
                5323,
                "Aozora logo received and forwarded to the printer — all 3 in ✅",
            ),
            (
                "2030-10-23 11:00",
                5325,
                TO(5321)
                + "\npress release draft is nearly there — could you send me a two-line quote for it by Thursday?",
            ),
            ("2030-10-24 09:00", 5321, RP(5325, 17) + "sent you a quote by DM, tweak as needed"),
            (
                "2030-10-25 17:30",
                5325,
                RP(5321, 2) + "press release draft is in the shared folder for review 📝",
            ),
        ],
        [
            task(2, ["sign-up page"], [5322], ("2030-10-11", "Fri"), "done"),
            task(2, ["sponsor pack"], [5323], ("2030-10-18", "Fri"), "done"),
            task(2, ["toilet"], [5324], ("2030-10-16", "Wed"), "done"),
            task(2, ["press release"], [5325], ("2030-10-25", "Fri"), "done"),
            task(5, ["Japanese"], [5325], ("2030-10-10", "Thu"), "done"),
            task(11, ["logos"], [5323], ("2030-10-21", "Mon"), "done"),
            task(17, ["quote"], [5321], ("2030-10-24", "Thu"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b21en-14",
        (931014, "Aquarium husbandry – jellyfish gallery"),
        M(5331, 5332, 5333, 5334),
        [
            (
                "2030-08-08 07:30",
                5331,
                "morning 🪼 moon jelly tank 3 salinity 33.8, all within range",
            ),
            ("2030-08-08 08:10", 5332, "お疲れ様です。明日のエサ当番は私です。"),
            (
                "2030-08-08 12:00",
                5333,
                "FYI: the new polyp batch arrived from Kamo aquarium, they're in the quarantine room",
            ),
            ("2030-08-08 12:05", 5334, "Elena, thanks for driving those over! 🙏"),
            (
                "2030-08-09 16:00",
                5331,
                "the chiller on tank 5 sounds a bit loud. probably nothing, just mentioning it",
            ),
            (
                "2030-08-09 16:20",
                5334,
                RP(5331, 5)
                + "it did that last summer too, it's the fan bearing. facilities already know",
            ),
            (
                "2030-08-10 10:00",
                5333,
                "Saturday crowd is huge today 😅 the touch pool queue reached the gift shop",
            ),
            (
                "2030-08-11 09:00",
                5332,
                "[qt]Please ensure all staff wear name badges during the Obon period.[/qt]\n館内通知より、念のため共有です。",
            ),
            ("2030-08-12 13:00", 5331, "does anyone know if the vet is in on holidays?"),
            ("2030-08-12 13:10", 5333, RP(5331, 9) + "on-call only today, number's on the board"),
            (
                "2030-08-13 09:00",
                5334,
                "if anyone has questions about the new dosing pump, just ask",
            ),
            (
                "2030-08-13 15:00",
                5332,
                "クラゲの展示解説パネル、来館者アンケートで評判良いみたいです😊",
            ),
            (
                "2030-08-14 10:00",
                5333,
                "we should probably rethink the lighting in the comb jelly tank at some point… the rainbow effect is hard to see. not urgent",
            ),
            ("2030-08-14 10:30", 5331, "agree, maybe something for the winter refresh"),
            (
                "2030-08-15 17:00",
                5334,
                "reminder: husbandry meeting Monday 8/19 at 9:00 in the staff room",
            ),
        ],
        [],
    ),
]
