# ruff: noqa: E501
"""Holdout 11, English half: 22 Chatwork conversations, mostly English, about a third mixed JA/EN.

Written blind from ``shared/spec/extraction.md`` (its "How people really write" section above
all), with ``tests/parser/PHENOMENA.md`` used only as a checklist, without reading the parser or
its tests and without running either on these texts. Every sentence is new and about invented
people, companies and products, in domains no earlier set used: an architecture studio, a
biotech startup's lab operations and bioinformatics, a language school, a coworking space's
community team, an ocean/air freight forwarder, an indie publisher, a hospital's international
patient desk, a fintech compliance team, a theatre production crew and its front of house, a
craft brewery and its taproom, a chamber orchestra's touring office and a ceramics web shop.

It covers declaratives that ask ("I'd need X from you by Wed", "the drawings still need a
pass", "need someone to restock ..."), questions that ask for work ("anyone free to ...?"),
hedged asks ("when you get a sec", "would you mind"), subject-less commitments ("will send the
rest tmrw"), implicit work (PTAL, "thoughts?"), several tasks in one message (lists, action-item
lines "Name to do X", 名前：作業, a promise plus a request, two jobs in one sentence), noise
(emoji, :shortcodes:, Chatwork icons, signatures, "Sent from my iPhone", lowercase, missing
apostrophes, typos), non-tasks (thanks, FYI notices, schedules, offers and conditions,
questions for information, status updates, requests inside 「」, a pasted web-form message, a
pasted e-mail in [qt], promises to report, requests to wait, permission questions, vague offers
and roles, a bot reminder, a message that does what it announces), replies that finish in other
words (LGTM, "looks good", "signed off", "held: row F"), that do not (half done, 70%, "2 of the
3"), cancellations in paraphrase (scratch that, nvm, no longer needed, won't be needed after
all, キャンセルです; one by [qt]), new deadlines asked for or given by the assignee, more time
asked without a date, acceptances that carry a deadline, handoffs and declines, chases ("any
update on ..."), bare "done" with one open task, with two open tasks, and from one of several
[toall] assignees, Chatwork task markup (ltype=date, ltype=time, ltype=none, an old body with
lt=0 and no ltype; task_done), [To:] / [toall] / [rp] assignees and self_account_id (a bot in
two rooms, a person in one). Three conversations hold no task at all.

Send times run 2028-02-01 … 2028-08-17 in Asia/Tokyo and cross 建国記念の日 (2/11), 天皇誕生日
(2/23), 春分の日 (3/20), 昭和の日 (4/29, a Saturday), 憲法記念日 … こどもの日 (5/3–5/5), 海の日
(7/17) and 山の日 (8/11), so business-day dues skip them (while "this week", 来週中 and
tomorrow land on them, as the table says). Every gold due was computed with
datetime + jpholiday from the send time of the message that set it, one function per row of the
spec's deadline table (a throwaway script outside the repository), never typed from memory.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    # Hart & Kasumi Architects (architecture studio)
    1200: "Eleanor Hart",
    1201: "Tobias Grell",
    1202: "宮本 彩",
    1203: "Nils Achterberg",
    1204: "森下 健一",
    1205: "Sofia Russo",
    1206: "Dmitri Volkov",
    # Aoba Biologics (biotech startup: lab ops, bioinformatics)
    1207: "Sunita Venkataraman",
    1208: "岡田 翔",
    1209: "Marta Kowalczyk",
    1210: "西村 千尋",
    1211: "Felipe Araújo",
    1212: "Kwame Mensah",
    1213: "早川 誠",
    # Lingua Bridge Academy (language school)
    1214: "Grace Obi",
    1215: "Liam Doherty",
    1216: "松井 玲奈",
    1217: "Chloé Marchand",
    1218: "Ahmed Farouk",
    1219: "田村 康介",
    # The Nook Nakameguro (coworking space, community team)
    1220: "Priya Natarajan",
    1221: "高橋 陸",
    1222: "Ben Castellano",
    1223: "山崎 美咲",
    1224: "Camille Dubois",
    1225: "西田 翼",
    1299: "Nook Ops Bot",
    # Tidewater Logistics Japan (freight forwarder)
    1226: "Hamid Rostami",
    1227: "小林 直樹",
    1228: "Ana Sousa",
    1229: "Declan Moore",
    1230: "佐々木 真理",
    1231: "Gabriel Silva",
    1232: "Yasmin Haddad",
    # Paper Lantern Press (indie publisher)
    1233: "Miriam Achebe",
    1234: "Oscar Lindgren",
    1235: "Hana Sato",
    1236: "Rupert Vale",
    1237: "秋山 悠",
    1238: "Léa Moreau",
    # Sakuragaoka General Hospital, International Patient Center
    1239: "藤井 恵",
    1240: "Olga Ivanova",
    1241: "Kevin Tran",
    1242: "中島 由紀",
    1243: "Amara Diallo",
    1244: "Wang Lei",
    1245: "前田 沙織",
    # Kinpay (fintech, compliance)
    1246: "Rebecca Sturm",
    1247: "Arjun Mehta",
    1248: "鈴木 玲",
    1249: "Tomasz Nowak",
    1250: "Lena Fischer",
    1251: "Owen Price",
    1252: "阿部 直子",
    # Teatro Minato (theatre production and front of house)
    1253: "Isabel Cruz",
    1254: "Jamie Okoro",
    1255: "大野 陽太",
    1256: "Freya Lund",
    1257: "Marcus Bell",
    1258: "岡本 美穂",
    1259: "Ruth Adeyemi",
    # Hoshizora Brewing (craft brewery and taproom)
    1260: "Sean Gallagher",
    1261: "松本 健太",
    1262: "石川 さおり",
    1263: "Pieter de Vries",
    1264: "Nora Kim",
    1265: "Diego Alvarez",
    1266: "井上 咲",
    # Meridian Chamber Orchestra (touring office)
    1267: "Helena Kowal",
    1268: "Yusuf Demir",
    1269: "青木 翔太",
    1270: "Clara Jensen",
    1271: "Tourdesk Bot",
    # Kiln & Co. (ceramics web shop)
    1273: "Mina Hoffmann",
    1274: "平野 大地",
    1275: "Chris Lau",
    1276: "Zara Ahmed",
    1277: "上田 舞",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, P[i]) for i in ids]


CASES = [
    # 01 architecture studio (EN): a declarative ask with a weekday, a hedged ask whose acceptance
    # sets "today", PTAL without an addressee closed by "looks good", more time asked by the
    # assignee in a reply (negated "only half done"), completion in other words.
    conv(
        "b11en-01",
        (99501, "HKA – Onoe House"),
        M(1200, 1201, 1202, 1203),
        [
            (
                "2028-02-07 09:40",
                1200,
                "morning all. Onoe client review got moved to 2/15 (Tue) 14:00, same room",
            ),
            (
                "2028-02-07 09:52",
                1200,
                "[To:1201]Tobias Grell\nI'd need the revised ground floor plan from you by Wed so I can mark it up before the review",
            ),
            ("2028-02-07 10:05", 1201, "[rp aid=1200 to={m2}]Eleanor Hart\nyep 👍"),
            (
                "2028-02-07 10:20",
                1200,
                "[To:1202]宮本 彩さん\nthe section drawings still need a pass for the stair headroom. when you get a sec",
            ),
            (
                "2028-02-07 11:02",
                1202,
                "[rp aid=1200 to={m4}]Eleanor-san\nUnderstood! I'll check them today 🙇‍♀️",
            ),
            (
                "2028-02-08 16:45",
                1203,
                "courtyard renders v3 are uploaded to /Onoe/vis/v3. PTAL when you have a minute",
            ),
            (
                "2028-02-08 17:10",
                1200,
                "[rp aid=1203 to={m6}]Nils Achterberg\nlooks good! the tree on the left is a bit heavy but fine for the review",
            ),
            (
                "2028-02-09 18:30",
                1201,
                "[rp aid=1200 to={m2}]Eleanor Hart\nsorry, the plan is only half done, client added a pantry on monday 😩 can I have until 2/14?",
            ),
            (
                "2028-02-09 18:41",
                1200,
                "[rp aid=1201 to={m8}]Tobias Grell\nok, 2/14 works. thanks for the heads up",
            ),
            (
                "2028-02-10 09:15",
                1202,
                "[rp aid=1200 to={m4}]Eleanor-san\nheadroom checked on all three sections, two tight spots marked in red",
            ),
            (
                "2028-02-14 11:30",
                1201,
                "[rp aid=1200 to={m2}]Eleanor Hart\nuploaded the revised ground floor plan, pantry included → /Onoe/plans/GF_rev4.pdf",
            ),
            ("2028-02-14 11:34", 1200, "thanks Tobias!! 🙌"),
        ],
        [
            task(2, ["floor plan"], [1201], ("2028-02-14", "Mon"), "done"),
            task(4, ["section"], [1202], ("2028-02-07", "Mon"), "done"),
            task(6, ["render"], [], None, "done"),
        ],
    ),
    # 02 biotech lab ops (mixed): "Name to X" lines with 夕方 on a leap day and (tomorrow), an
    # acceptance without reply, a request in a reply (rule 4) with N営業日以内 across 天皇誕生日,
    # a bare "done" from the only owner, a partial status, YYYY/M/D, なる早, a reply that closes
    # the item whose work it names.
    conv(
        "b11en-02",
        (99502, "Lab Ops – Kashiwa"),
        M(1207, 1208, 1209, 1210, 1211),
        [
            (
                "2028-02-21 09:05",
                1207,
                "[toall]\nreminder: the -80 freezer in B2 gets serviced on 3/1 (Wed) 10:00–12:00. nothing to do yet",
            ),
            (
                "2028-02-21 09:30",
                1207,
                "move plan for the service:\n- 岡田さん to move racks 1–4 to the backup freezer by 2/29 夕方\n- Marta to update the sample location sheet\n- Felipe: label the temporary boxes (tomorrow)\nthanks all",
            ),
            ("2028-02-21 09:41", 1208, "承知しました！2/29の夕方までに移します"),
            (
                "2028-02-21 10:12",
                1210,
                "Sunita-san, the dry ice for 3/1: is 10kg enough? 教えてください",
            ),
            (
                "2028-02-21 10:20",
                1207,
                "[rp aid=1210 to={m4}]西村さん\n15kg to be safe. Could you place the order 3営業日以内? ありがとう!",
            ),
            (
                "2028-02-21 10:24",
                1210,
                "[rp aid=1207 to={m5}]Sunita-san\n了解です、発注しておきます",
            ),
            ("2028-02-22 15:50", 1211, "boxes labelled ✅ (20 of them, TEMP-B2-01 … 20)"),
            (
                "2028-02-24 11:05",
                1209,
                "location sheet: did about half, the racks from the Nakamura group aren't listed anywhere 🤔",
            ),
            ("2028-02-24 11:30", 1207, "FYI Nakamura group racks are the grey ones, rack 3 and 4"),
            (
                "2028-02-24 14:00",
                1207,
                "[To:1210]西村さん\nHQ wants the annual reagent inventory report. could you prepare it by 2028/3/15? 🙏",
            ),
            (
                "2028-02-24 14:10",
                1207,
                "[To:1211]Felipe\nthe autoclave log book has gone missing from B2 again. can you track it down? なる早で",
            ),
            (
                "2028-02-25 13:10",
                1210,
                "[rp aid=1207 to={m5}]Sunita-san\ndry ice ordered (15kg), delivery 3/1 8:30 📦",
            ),
            (
                "2028-02-29 16:20",
                1208,
                "[rp aid=1207 to={m2}]Sunita-san\nracks 1–4 moved to the backup freezer, temp stable at -79℃",
            ),
            ("2028-02-29 16:40", 1207, "perfect, thanks 岡田さん (bow)"),
        ],
        [
            task(2, ["rack"], [1208], ("2028-02-29T17:00", "Tue"), "done"),
            task(2, ["location sheet"], [1209], None),
            task(2, ["box"], [1211], ("2028-02-22", "Tue"), "done"),
            task(5, ["order"], [1210], ("2028-02-25", "Fri"), "done"),
            task(10, ["inventory report"], [1210], ("2028-03-15", "Wed")),
            task(11, ["log book"], [1211], None),
        ],
    ),
    # 03 language school (EN, no task): a holiday notice, questions for information, a condition,
    # a student's e-mail pasted in [qt], a message that does what it announces, offers.
    conv(
        "b11en-03",
        (99503, "LBA Shibuya – teachers"),
        M(1214, 1215, 1216, 1217),
        [
            (
                "2028-03-14 18:05",
                1214,
                "FYI the school is closed on 3/20 (Mon, 春分の日). Monday classes move to Sat 3/25, same rooms.",
            ),
            (
                "2028-03-14 18:20",
                1215,
                "does the make-up Saturday count toward our contract hours or is it overtime?",
            ),
            (
                "2028-03-14 18:33",
                1216,
                "It counts as overtime, paid with the March salary. 不明点あれば聞いてください!",
            ),
            (
                "2028-03-15 08:50",
                1217,
                "one of my students emailed this, pasting:\n[qt]Could you please send me the homework for the class I miss on 3/20? I'd like to finish it by the weekend.[/qt]\nthere's no class on the 20th anyway so I just told her 😅",
            ),
            ("2028-03-15 09:02", 1214, "ha, good catch Chloé"),
            (
                "2028-03-15 12:40",
                1215,
                "where do we keep the spare whiteboard markers now? the cupboard in room 3 is empty",
            ),
            ("2028-03-15 12:47", 1216, "top drawer in the office, the blue box 🖊️"),
            (
                "2028-03-16 17:30",
                1214,
                "Here's the updated spring timetable: https://drive.example/lba/spring-tt-v2 (changes in yellow)",
            ),
            ("2028-03-16 17:45", 1217, "merci Grace! looks clear to me"),
            (
                "2028-03-17 10:15",
                1215,
                "if anyone wants to swap their Sat 3/25 slot with me, let me know — im fine either way",
            ),
            (
                "2028-03-17 10:30",
                1217,
                "and if you need an extra pair of hands on Saturday, I'm around 🙋‍♀️",
            ),
            ("2028-03-17 10:41", 1214, "thanks both, will shout if we do"),
        ],
        [],
    ),
    # 04 coworking community team (mixed, self account = the ops bot): [toall] minus sender and
    # self, bare "done" from single members of the [toall] task (stays open), a date that
    # describes the thing, an acceptance that sets "today", a commitment closed by a reply to
    # itself, a chase, a new date asked for by the assignee across Golden Week.
    conv(
        "b11en-04",
        (99504, "Nook – community team"),
        M(1220, 1221, 1222, 1223, 1299),
        [
            (
                "2028-04-24 10:00",
                1220,
                "[toall]\nmember survey for Q2 is live → https://forms.example/nook-q2\nplease fill it in by Friday, it's 5 mins",
            ),
            ("2028-04-24 10:12", 1222, "done ✅"),
            (
                "2028-04-24 10:30",
                1220,
                "[To:1221]高橋 陸さん\nCould you book the rooftop for the members' BBQ on 5/12? onegaishimasu 🙏",
            ),
            (
                "2028-04-24 10:41",
                1221,
                "[rp aid=1220 to={m3}]Priya-san\n了解です! I'll book it today",
            ),
            (
                "2028-04-24 14:02",
                1223,
                "the coffee machine on 2F is leaking again 💧 I'll call the vendor",
            ),
            (
                "2028-04-24 16:30",
                1221,
                "[rp aid=1220 to={m3}]Priya-san\nrooftop booked for 5/12, 17:00–21:00 🍖",
            ),
            (
                "2028-04-25 09:20",
                1223,
                "[rp aid=1223 to={m5}]山崎 美咲\ncalled the vendor, they're coming 5/8 10時. 使用禁止の貼り紙もしときました",
            ),
            ("2028-04-27 11:00", 1220, "friendly reminder for the survey 🙏 1 of 3 so far"),
            ("2028-04-27 11:05", 1222, ":+1:"),
            (
                "2028-04-28 09:40",
                1220,
                "[To:1222]Ben\nthe welcome packs for the May cohort still need assembling. could you do them by 5/2 (Tue)?",
            ),
            (
                "2028-04-28 09:55",
                1222,
                "[rp aid=1220 to={m10}]Priya\nI'm off 5/1–5/2 sorry 🙇 can I have until 5/8?",
            ),
            ("2028-04-28 10:02", 1220, "[rp aid=1222 to={m11}]Ben\nsure, 5/8 is fine"),
            ("2028-04-28 17:10", 1223, "survey done!"),
        ],
        [
            task(1, ["survey"], [1221, 1222, 1223], ("2028-04-28", "Fri")),
            task(3, ["rooftop"], [1221], ("2028-04-24", "Mon"), "done"),
            task(5, ["vendor"], [1223], None, "done"),
            task(10, ["welcome pack"], [1222], ("2028-05-08", "Mon")),
        ],
        self_account_id=1299,
    ),
    # 05 freight forwarder, ocean export (EN): Chatwork tasks (ltype=date, ltype=time) closed by
    # task_done, a question for information, a request in a reply with "tomorrow", N営業日以内
    # across Golden Week, an availability question (no task), a redundant report after done.
    conv(
        "b11en-05",
        (99505, "TLJ – Ocean export desk"),
        M(1226, 1227, 1228, 1229),
        [
            (
                "2028-05-01 09:10",
                1226,
                task_added(
                    1227,
                    chatwork_lt("2028-05-02"),
                    "Submit the export declaration for booking TLJ-4471 (Osaka → Rotterdam)",
                    "date",
                ),
            ),
            (
                "2028-05-01 09:12",
                1226,
                task_added(
                    1228,
                    chatwork_lt("2028-05-08", "15:00"),
                    "Send the revised arrival notice to Bergmann GmbH",
                    "time",
                ),
            ),
            (
                "2028-05-01 09:30",
                1229,
                "heads up: CY cut for the Maersk sailing moved to 5/2 noon. vessel ETD unchanged",
            ),
            (
                "2028-05-01 10:05",
                1228,
                "Bergmann still hasn't paid the last invoice btw, should we hold the notice?",
            ),
            (
                "2028-05-01 10:20",
                1226,
                "[rp aid=1228 to={m4}]Ana Sousa\nno, the notice goes out as planned. could you chase their AP team about INV-2210 by tomorrow though?",
            ),
            (
                "2028-05-01 16:40",
                1227,
                task_done(
                    1227,
                    chatwork_lt("2028-05-02"),
                    "Submit the export declaration for booking TLJ-4471 (Osaka → Rotterdam)",
                    "date",
                ),
            ),
            (
                "2028-05-02 10:30",
                1228,
                "[rp aid=1226 to={m5}]Hamid\nchased them about INV-2210, they say payment goes out 5/10 🙄",
            ),
            (
                "2028-05-02 10:45",
                1226,
                "[To:1229]Declan\nB/L draft for TLJ-4480 is in. could you get the shipper to confirm it 2営業日以内? 🙏",
            ),
            (
                "2028-05-02 11:15",
                1229,
                "is anyone around on 5/8 morning in case the terminal calls? dentist 🦷",
            ),
            ("2028-05-02 11:20", 1227, "I'm in that day, np"),
            (
                "2028-05-08 14:20",
                1228,
                task_done(
                    1228,
                    chatwork_lt("2028-05-08", "15:00"),
                    "Send the revised arrival notice to Bergmann GmbH",
                    "time",
                ),
            ),
            ("2028-05-08 14:22", 1228, "notice sent to Bergmann, cc'd their AP 📨"),
        ],
        [
            task(1, ["export declaration"], [1227], ("2028-05-02", "Tue"), "done"),
            task(2, ["arrival notice"], [1228], ("2028-05-08T15:00", "Mon"), "done"),
            task(5, ["INV-2210"], [1228], ("2028-05-02", "Tue"), "done"),
            task(8, ["B/L"], [1229], ("2028-05-09", "Tue")),
        ],
    ),
    # 06 indie publisher (EN): a promise and a request in one message, a subject-less commitment
    # ("will send the rest tmrw"), a declarative ask, a decline, a volunteer's commitment,
    # "scratch that" from the requester, "didn't get to it" with a new date, bare "done" from
    # someone with two open tasks (closes none), replies that close the item they name.
    conv(
        "b11en-06",
        (99506, "PLP – autumn list production"),
        M(1233, 1234, 1235, 1236),
        [
            (
                "2028-03-13 10:00",
                1233,
                "ok autumn list. I'll send the final manuscript of 'Salt Roads' to the printer by Friday. [To:1234]Oscar can you get the cover proofs to me by 3/21?",
            ),
            ("2028-03-13 10:14", 1234, "[rp aid=1233 to={m1}]Miriam\n👍 on it"),
            (
                "2028-03-13 11:30",
                1235,
                "copyedit of ch. 1–6 is back in the doc, notes inline. will send the rest of the copyedit tmrw",
            ),
            (
                "2028-03-13 15:20",
                1236,
                "[To:1235]Hana\nthe Salt Roads blurb needs a second pair of eyes before it goes on the website",
            ),
            (
                "2028-03-13 15:40",
                1235,
                "[rp aid=1236 to={m4}]Rupert\nsorry, swamped with the copyedit this week — Miriam might be quicker?",
            ),
            (
                "2028-03-13 15:52",
                1233,
                "[rp aid=1235 to={m5}]Hana\nno worries, I'll take the blurb",
            ),
            (
                "2028-03-13 16:05",
                1236,
                "[rp aid=1236 to={m4}]Rupert Vale\nscratch that Hana, Miriam's got it",
            ),
            (
                "2028-03-14 18:20",
                1235,
                "[rp aid=1235 to={m3}]Hana Sato\nsorry, didnt get to the rest today, ch. 10 is a beast. I'll have it done by Friday",
            ),
            ("2028-03-16 11:00", 1233, "blurb tightened and sent over to Rupert ✉️"),
            ("2028-03-16 11:10", 1236, "got it, thx! it goes live on the site this afternoon"),
            (
                "2028-03-17 17:45",
                1235,
                "[rp aid=1235 to={m3}]Hana Sato\nrest of the copyedit is in the doc ✔️ ch. 7–12 done",
            ),
            (
                "2028-03-17 18:30",
                1233,
                "[rp aid=1233 to={m1}]Miriam Achebe\nmanuscript is with the printer 🖨️",
            ),
            (
                "2028-03-21 16:00",
                1234,
                "[rp aid=1233 to={m1}]Miriam\ncover proofs are in your tray (matte + gloss)",
            ),
        ],
        [
            task(1, ["manuscript"], [1233], ("2028-03-17", "Fri"), "done"),
            task(1, ["cover proof"], [1234], ("2028-03-21", "Tue"), "done"),
            task(3, ["copyedit"], [1235], ("2028-03-17", "Fri"), "done"),
            task(6, ["blurb"], [1233], None),
        ],
    ),
    # 07 hospital international patient desk (mixed): a schedule list (no task), 今日中 then an
    # acceptance with "by 3pm", "I'd need it from you by Wed", an acceptance with a question, a
    # request inside a reply with 来週月曜, not done yet with a new time (明日の昼), a bare report
    # from the only owner.
    conv(
        "b11en-07",
        (99507, "Sakuragaoka IPC – coordinators"),
        M(1239, 1240, 1241, 1242, 1243),
        [
            (
                "2028-06-05 09:00",
                1239,
                "お疲れ様です。今週の受け入れ予定です:\n・6/6(火) 10:00 Mr. Petrov, cardiology (Russian)\n・6/8(木) 14:00 Mme. Lefèvre, orthopedics (French)\nよろしくお願いします",
            ),
            (
                "2028-06-05 09:20",
                1239,
                "[To:1240]Olga-san\nMr. Petrov's referral letter is in Russian only. Could you translate it before tomorrow's appointment? 今日中だと助かります",
            ),
            ("2028-06-05 09:31", 1240, "[rp aid=1239 to={m2}]藤井さん\nyes, will send by 3pm"),
            (
                "2028-06-05 11:45",
                1241,
                "[To:1242]中島さん\nthe Lefèvre family is asking for a cost estimate for the knee surgery. I'd need it from you by Wed so I can send it before they fly. お願いします!",
            ),
            (
                "2028-06-05 12:10",
                1242,
                "[rp aid=1241 to={m4}]Kevin-san\n承知しました。insurance は自費扱いでいいですか？",
            ),
            (
                "2028-06-05 12:16",
                1241,
                "[rp aid=1242 to={m5}]中島さん\nyes self-pay, their travel insurance may refund later",
            ),
            (
                "2028-06-05 14:48",
                1240,
                "[rp aid=1239 to={m2}]藤井さん\nreferral letter translated, uploaded to the patient folder (JA + EN) 📄",
            ),
            (
                "2028-06-06 16:20",
                1243,
                "Mme. Lefèvre asked if she can bring her own interpreter on Thursday. is that ok with the hospital rules?",
            ),
            (
                "2028-06-06 16:35",
                1239,
                "[rp aid=1243 to={m8}]Amara-san\n大丈夫です。ついでに、彼女の discharge instructions の仏訳チェックを来週月曜までにお願いできますか？",
            ),
            (
                "2028-06-07 17:05",
                1242,
                "[rp aid=1241 to={m4}]Kevin-san\nすみません、まだ麻酔科の金額待ちです… 明日の昼までには出します🙏",
            ),
            (
                "2028-06-08 11:40",
                1242,
                "Kevin-san, cost estimate sent to your inbox (PDF, 2 pages)",
            ),
            ("2028-06-09 10:00", 1241, "thanks 中島さん, forwarded to the family 🙏"),
        ],
        [
            task(2, ["referral letter"], [1240], ("2028-06-05T15:00", "Mon"), "done"),
            task(4, ["cost estimate"], [1242], ("2028-06-08T12:00", "Thu"), "done"),
            task(9, ["discharge instructions"], [1243], ("2028-06-12", "Mon")),
        ],
    ),
    # 08 fintech compliance (EN): action-item lines with an info line and a condition, a
    # declarative ask, Chatwork tasks with lt=0 (an old body without ltype, and ltype=none), a
    # partial status, more time asked by the assignee ("next Tuesday" across 海の日), a sign-off in
    # other words, task_done on the old body, bare "done" from someone with two open tasks, a
    # request next to a partial report.
    conv(
        "b11en-08",
        (99508, "Kinpay – Compliance ops"),
        M(1246, 1247, 1248, 1249, 1250),
        [
            (
                "2028-07-12 17:30",
                1246,
                "notes from today's KYC review:\n- Arjun to re-screen the 14 flagged merchants against the updated sanctions list by Friday\n- Lena to draft the SAR for merchant #8812\n- 鈴木さん to pull the June chargeback stats by 7/18\n- next review: Wed 7/19 15:00\nshout if I missed anything",
            ),
            (
                "2028-07-12 17:42",
                1249,
                "[To:1246]Rebecca\nadding one: the transaction monitoring rules v5 still need your sign-off, they're in the folder",
            ),
            (
                "2028-07-13 09:05",
                1246,
                task_added(1249, 0, "Renew the FIU portal certificate", None),
            ),
            (
                "2028-07-13 09:06",
                1246,
                task_added(1247, 0, "Update the PEP screening vendor contact list", "none"),
            ),
            (
                "2028-07-13 14:30",
                1247,
                "re-screening: 9/14 done, 5 left. the list API keeps throwing 502s 😤",
            ),
            (
                "2028-07-14 18:50",
                1247,
                "[rp aid=1246 to={m1}]Rebecca\nnot going to make Friday on the re-screen, API still flaky. can I have until next Tuesday?",
            ),
            ("2028-07-14 19:02", 1246, "[rp aid=1247 to={m6}]Arjun\nok. Tuesday it is"),
            (
                "2028-07-18 10:20",
                1246,
                "[rp aid=1249 to={m2}]Tomasz\nsigned off v5, one comment on rule 17",
            ),
            (
                "2028-07-18 11:00",
                1249,
                task_done(1249, 0, "Renew the FIU portal certificate", None),
            ),
            (
                "2028-07-18 16:10",
                1248,
                "[rp aid=1246 to={m1}]Rebecca-san\nJune chargeback stats are on the dashboard now (tab CB-06)",
            ),
            ("2028-07-18 17:55", 1247, "re-screen finished, no true hits 🎉"),
            (
                "2028-07-19 09:30",
                1250,
                "[To:1248]鈴木さん\nSAR draft for #8812 is half written. could you send me the merchant's bank statements? 🙏",
            ),
        ],
        [
            task(1, ["merchant"], [1247], ("2028-07-18", "Tue")),
            task(1, ["SAR"], [1250], None),
            task(1, ["chargeback"], [1248], ("2028-07-18", "Tue"), "done"),
            task(2, ["monitoring rules"], [1246], None, "done"),
            task(3, ["certificate"], [1249], None, "done"),
            task(4, ["contact list"], [1247], None),
            task(12, ["bank statements"], [1248], None),
        ],
    ),
    # 09 theatre production crew (EN, lowercase): a numbered list with owners in parentheses, an
    # acceptance in a reply that sets "tmrw", "anyone free to … on wed?" and a decline, bare
    # "done" from the only owner, a paraphrased cancellation ("nvm") by the requester, a chase,
    # 70% and a new date asked in a reply to the list, a done that adds a commitment.
    conv(
        "b11en-09",
        (99509, "Minato – The Lighthouse Keeper crew"),
        M(1253, 1254, 1255, 1256, 1257),
        [
            (
                "2028-08-07 10:10",
                1253,
                "morning crew ☀️ tech rehearsal is 8/14 (Mon) 13:00. before that:\n1. lighting cue sheet v3 (Jamie, by Thursday)\n2. fix the squeaky trapdoor (大野さん)\n3. final fitting for the keeper's coat (Freya, 8/10)\nthx",
            ),
            (
                "2028-08-07 10:25",
                1255,
                "[rp aid=1253 to={m1}]Isabel\ntrapdoor is mine anyway, will sort it tmrw 🔨",
            ),
            (
                "2028-08-07 13:40",
                1257,
                "anyone free to pick up the rented fog machine from Tsukishima on wed? van keys are at the box office",
            ),
            ("2028-08-07 14:05", 1256, "cant wed, I'm at the fabric market all day sorry"),
            ("2028-08-08 11:30", 1255, "trapdoor fixed, no more squeak 🤫"),
            (
                "2028-08-09 09:15",
                1257,
                "[rp aid=1257 to={m3}]Marcus Bell\nnvm, the rental co. will deliver it to the theatre themselves 🙌",
            ),
            ("2028-08-09 18:00", 1253, "jamie any update on the cue sheet? 👀"),
            (
                "2028-08-09 18:20",
                1254,
                "[rp aid=1253 to={m1}]Isabel\nsorry!! about 70% there, the storm sequence is eating my time. can I send it 8/12 (Sat)?",
            ),
            (
                "2028-08-09 18:26",
                1253,
                "[rp aid=1254 to={m8}]Jamie\nok but no later, tech is monday 😬",
            ),
            (
                "2028-08-10 17:30",
                1256,
                "[rp aid=1253 to={m1}]Isabel\nfitting done, sleeves need 2cm off. I'll take the sleeves in tomorrow ✂️",
            ),
            (
                "2028-08-12 20:45",
                1254,
                "[rp aid=1253 to={m1}]Isabel\ncue sheet v3 is up on the drive, 212 cues 💡",
            ),
            ("2028-08-12 21:00", 1253, "legend. thanks Jamie"),
            ("2028-08-13 10:00", 1256, "coat sleeves taken in, it's hanging in the wardrobe room"),
        ],
        [
            task(1, ["cue sheet"], [1254], ("2028-08-12", "Sat"), "done"),
            task(1, ["trapdoor"], [1255], ("2028-08-08", "Tue"), "done"),
            task(1, ["fitting"], [1256], ("2028-08-10", "Thu"), "done"),
            task(10, ["sleeve"], [1256], ("2028-08-11", "Fri"), "done"),
        ],
    ),
    # 10 craft brewery, brewhouse (mixed): 明後日の朝一, a decision asked 来週中 that the
    # assignee's acceptance moves to 5/2, a commitment "tomorrow", bare "done" from the
    # only owner, a reply that closes the sender's own commitment, 再来週の月曜, a done that adds
    # a commitment 来週頭, a reply that closes that commitment.
    conv(
        "b11en-10",
        (99510, "Hoshizora – brewhouse"),
        M(1260, 1261, 1262, 1263),
        [
            (
                "2028-04-26 08:30",
                1260,
                "morning. yeast for the Kölsch arrives 明後日.\n[To:1261]松本さん please sanitise FV3 before it lands, 明後日の朝一まで",
            ),
            ("2028-04-26 08:45", 1261, "[rp aid=1260 to={m1}]Sean-san\n了解です👍"),
            (
                "2028-04-26 10:00",
                1262,
                "[To:1260]Sean-san\nbeer fest の booth 申込、来週中に決めてもらえますか？ 締切が近いので🙏",
            ),
            (
                "2028-04-26 10:12",
                1260,
                "[rp aid=1262 to={m3}]石川さん\nwill decide by 5/2, need to see the hop stock first",
            ),
            (
                "2028-04-27 15:30",
                1263,
                "QA note: batch 0419 IPA came in at 6.9% vs 6.5% on the label 🍺 I'll redo the ABV test on a fresh sample tomorrow",
            ),
            ("2028-04-27 15:45", 1262, "👀 ok, thx for flagging"),
            ("2028-04-28 09:10", 1261, "FV3 sanitised and sealed ✅"),
            (
                "2028-04-28 11:40",
                1263,
                "[rp aid=1263 to={m5}]Pieter de Vries\nre-tested: 6.8%. so it's real, not the hydrometer 😞",
            ),
            (
                "2028-04-28 11:42",
                1263,
                "[To:1260]Sean-san\nlabel 修正の方針、再来週の月曜までに決めてください🙏",
            ),
            (
                "2028-05-02 17:50",
                1260,
                "[rp aid=1262 to={m3}]石川さん\ndecided: we're in for the booth 🎪 tap list coming 来週頭",
            ),
            (
                "2028-05-08 16:00",
                1260,
                "[rp aid=1260 to={m10}]Sean Gallagher\ntap list sent to 石川さん (6 taps + 1 cask) 🍻",
            ),
            ("2028-05-08 16:30", 1262, "ありがとうございます!! 🙏"),
        ],
        [
            task(1, ["FV3"], [1261], ("2028-04-28T10:00", "Fri"), "done"),
            task(3, ["booth"], [1260], ("2028-05-02", "Tue"), "done"),
            task(5, ["ABV"], [1263], ("2028-04-28", "Fri"), "done"),
            task(9, ["label"], [1260], ("2028-05-08", "Mon")),
            task(10, ["tap list"], [1260], ("2028-05-08", "Mon"), "done"),
        ],
    ),
    # 11 brewery taproom (mixed, no task): FYI, questions for information, a pasted web-form
    # message between separators, an offer, a promise to report, a message that does what it
    # announces.
    conv(
        "b11en-11",
        (99511, "Hoshizora – taproom"),
        M(1262, 1264, 1265, 1266),
        [
            (
                "2028-06-16 12:00",
                1264,
                "taproom FYI: the Saturday 6/24 event is sold out (80 tickets) 🎉",
            ),
            ("2028-06-16 12:05", 1265, "nice!! 🙌🙌"),
            (
                "2028-06-16 12:30",
                1266,
                "Nora-san, event の日は 11時 open ですか、12時ですか？ 教えてください",
            ),
            (
                "2028-06-16 12:34",
                1264,
                "[rp aid=1266 to={m3}]井上さん\n12 as usual, doors for the event at 17:00",
            ),
            (
                "2028-06-16 15:10",
                1262,
                "pasting the customer's message from the web form:\n----\nHello, could you please reserve a table for 6 on Saturday and prepare a gluten-free option? Thank you!\n----\nalready replied that the event is sold out 🙇",
            ),
            ("2028-06-16 15:20", 1264, "thanks 石川さん"),
            (
                "2028-06-17 10:00",
                1265,
                "if anyone needs me to swap shifts next week let me know 🙂",
            ),
            ("2028-06-17 10:40", 1266, "I'll let you know once I see my exam schedule!"),
            (
                "2028-06-19 18:00",
                1264,
                "here's the tap list for the event → https://drive.example/hoshizora/tap-0624 (subject to change)",
            ),
            ("2028-06-19 18:15", 1265, "is the cask ale on it or is that sunday only?"),
            ("2028-06-19 18:20", 1264, "saturday only this time, sorry"),
        ],
        [],
    ),
    # 12 architecture competition (mixed): [toall] FYI with a YYYY/M/D that describes the
    # deadline of the competition, 来月10日, an acceptance that adds a second piece of work
    # 今週中, a question for information, 今月末 on a leap day moved to a full-width ３／８ by the
    # assignee, a reply closing the sender's own commitment, 2営業日以内 across 春分の日, partial.
    conv(
        "b11en-12",
        (99512, "HKA – Kanazawa library competition"),
        M(1200, 1202, 1204, 1205, 1206),
        [
            (
                "2028-02-24 13:00",
                1200,
                "[toall]\nwe're entering the Kanazawa library competition 📚 submission deadline is 2028/3/31. kickoff Monday 10:00",
            ),
            (
                "2028-02-24 13:10",
                1200,
                "[To:1204]森下さん\nwould you make the 1:200 massing model by 来月10日? お願いします",
            ),
            (
                "2028-02-24 13:25",
                1204,
                "[rp aid=1200 to={m2}]Eleanor-san\n承知しました。材料は今週中に手配しておきます",
            ),
            (
                "2028-02-24 14:00",
                1205,
                "where's the site survey PDF? can't find it on the server 🙏",
            ),
            (
                "2028-02-24 14:05",
                1200,
                "[rp aid=1205 to={m4}]Sofia\n/Kanazawa/00_brief/site_survey.pdf 👍",
            ),
            (
                "2028-02-25 10:30",
                1200,
                "[To:1206]Dmitri\nstructural concept for the cantilevered reading room: 今月末までに first sketch もらえますか？ no need for calcs yet",
            ),
            (
                "2028-02-25 10:50",
                1206,
                "[rp aid=1200 to={m6}]Eleanor\nFeb is packed for me. could we say ３／８ instead?",
            ),
            ("2028-02-25 11:00", 1200, "[rp aid=1206 to={m7}]Dmitri\nok ３／８ 👍"),
            (
                "2028-02-28 17:20",
                1204,
                "[rp aid=1204 to={m3}]森下 健一\n材料、手配しました📦 3/1着です",
            ),
            (
                "2028-03-08 18:40",
                1206,
                "[rp aid=1200 to={m6}]Eleanor\nfirst sketch attached, two options for the cantilever 📎",
            ),
            (
                "2028-03-10 17:00",
                1204,
                "[rp aid=1200 to={m2}]Eleanor-san\n模型完成しました！ it's on the big table 🏛️",
            ),
            (
                "2028-03-17 09:30",
                1200,
                "[To:1205]Sofia\nplease collect 3 precedent libraries (plans + photos) for the board, 2営業日以内で",
            ),
            (
                "2028-03-21 18:55",
                1205,
                "got 2 of the 3 precedents on the board, still hunting for a third 🔍",
            ),
        ],
        [
            task(2, ["massing model"], [1204], ("2028-03-10", "Fri"), "done"),
            task(3, ["材料"], [1204], ("2028-02-25", "Fri"), "done"),
            task(6, ["sketch"], [1206], ("2028-03-08", "Wed"), "done"),
            task(12, ["precedent"], [1205], ("2028-03-22", "Wed")),
        ],
    ),
    # 13 biotech bioinformatics (EN): PTAL with a signature closed by "otherwise lgtm", "merged"
    # from the requester (no task), "thoughts?" after a draft, a vague time in an acceptance, a
    # review done in other words, an FYI to all, a hedged ask "by thursday if possible" with a
    # typo'd acceptance, a request whose date describes the thing, an acceptance "on Monday".
    conv(
        "b11en-13",
        (99513, "Aoba – bioinformatics"),
        M(1207, 1209, 1211, 1212, 1213),
        [
            (
                "2028-04-10 10:00",
                1212,
                "[To:1211]Felipe\npushed the new QC pipeline for the RNA-seq runs to the lab repo (branch qc-v2). PTAL when u get a chance\n-- Kwame",
            ),
            (
                "2028-04-10 13:45",
                1211,
                "[rp aid=1212 to={m1}]Kwame\none q: why drop reads under 30bp? otherwise lgtm",
            ),
            (
                "2028-04-10 14:00",
                1212,
                "[rp aid=1211 to={m2}]Felipe\nadapter dimers mostly. merged 🚀",
            ),
            (
                "2028-04-11 09:30",
                1207,
                "[To:1212]Kwame\ndrafted a new sample sheet template for the May runs → /templates/ss_may.xlsx. thoughts? :pray:",
            ),
            ("2028-04-11 10:05", 1212, "[rp aid=1207 to={m4}]Sunita\nwill look after lunch"),
            (
                "2028-04-11 15:30",
                1212,
                "[rp aid=1207 to={m4}]Sunita\nreviewed: fine except the index column, it should be i7/i5 not just 'index'. fixed that in ss_may_v2.xlsx",
            ),
            (
                "2028-04-12 08:50",
                1213,
                "[toall]\nFYI lab PCs will restart for the Windows update tonight 22:00–24:00, nothing to do on your side",
            ),
            (
                "2028-04-12 11:00",
                1207,
                "[To:1209]Marta\nwhen you have a sec, could you re-run the qPCR standards for plate 12? the curve looked off. by thursday if possible",
            ),
            ("2028-04-12 11:07", 1209, "[rp aid=1207 to={m8}]Sunita\nsure. tomorow ok?"),
            (
                "2028-04-13 16:40",
                1209,
                "[rp aid=1207 to={m8}]Sunita\nqPCR standards re-run, R² 0.998 now. the old dilution series was off 🙈",
            ),
            ("2028-04-13 17:00", 1207, "great, thx Marta!"),
            (
                "2028-04-14 09:00",
                1211,
                "[To:1213]早川さん\nmy VPN cert expires next week, could you renew it? sorry for the trouble 🙇",
            ),
            (
                "2028-04-14 09:20",
                1213,
                "[rp aid=1211 to={m12}]Felipe-san\n了解です。will do it on Monday",
            ),
        ],
        [
            task(1, ["QC pipeline"], [1211], None, "done"),
            task(4, ["sample sheet"], [1212], None, "done"),
            task(8, ["qPCR"], [1209], ("2028-04-13", "Thu"), "done"),
            task(12, ["VPN"], [1213], ("2028-04-17", "Mon")),
        ],
    ),
    # 14 language school admin (mixed): circled-number to-dos (M月D日, a member named
    # "Grace-san", 私がやります), a Chatwork task for the same order (ltype=date), "by Friday 3pm",
    # a Chatwork task with a time, replies that close each item, task_done, N営業日以内 across
    # 建国記念の日, 来月末, a bare report from the only owner, more time asked without a
    # date in a reply to the Chatwork task (its deadline stays).
    conv(
        "b11en-14",
        (99514, "LBA – admin"),
        M(1214, 1216, 1218, 1219),
        [
            (
                "2028-02-01 09:30",
                1219,
                "皆さん、JLPT対策クラスの件です。\n①申込者リストの集計（松井さん、2月4日まで）\n②教材の発注（Grace-san）\n③教室の確保 → 私がやります\nよろしくお願いします",
            ),
            ("2028-02-01 09:45", 1216, "[rp aid=1219 to={m1}]田村さん\n承知しました！"),
            (
                "2028-02-01 10:00",
                1214,
                task_added(
                    1214, chatwork_lt("2028-02-08"), "Order JLPT N2 textbooks (25 sets)", "date"
                ),
            ),
            (
                "2028-02-02 14:20",
                1218,
                "[To:1216]松井さん\ncould you print the mock test for Saturday's N3 class? 30 copies, by Friday 3pm if possible 🙏",
            ),
            ("2028-02-02 14:30", 1216, "[rp aid=1218 to={m4}]Ahmed-san\nOKです！"),
            (
                "2028-02-03 11:00",
                1219,
                task_added(
                    1218,
                    chatwork_lt("2028-02-10", "18:00"),
                    "Submit the term-end evaluation sheets",
                    "time",
                ),
            ),
            (
                "2028-02-04 12:10",
                1216,
                "[rp aid=1219 to={m1}]田村さん\n申込者リスト集計しました → 23名です📋",
            ),
            (
                "2028-02-04 12:12",
                1216,
                "[rp aid=1218 to={m4}]Ahmed-san\nmock tests printed, 30 copies on the shelf in the staff room",
            ),
            (
                "2028-02-07 10:00",
                1214,
                "[rp aid=1219 to={m1}]田村さん\n教材、発注しました (25 sets, arriving 2/14)",
            ),
            (
                "2028-02-07 10:01",
                1214,
                task_done(
                    1214, chatwork_lt("2028-02-08"), "Order JLPT N2 textbooks (25 sets)", "date"
                ),
            ),
            (
                "2028-02-09 11:00",
                1219,
                "[To:1218]Ahmed-san\ntrial lesson に来た方の感想メール、3営業日以内に返信お願いします",
            ),
            (
                "2028-02-09 11:05",
                1219,
                "[To:1214]Grace-san\n来期のカリキュラム案、来月末までにまとめてもらえますか？",
            ),
            ("2028-02-09 17:00", 1219, "教室は 2F の 203 を押さえました"),
            (
                "2028-02-10 19:30",
                1218,
                "[rp aid=1219 to={m6}]田村さん\nsorry, evaluation sheets are only 14/18 done, I need a bit more time 🙇",
            ),
            (
                "2028-02-10 19:45",
                1219,
                "[rp aid=1218 to={m14}]Ahmed-san\n了解です、無理しないでください",
            ),
        ],
        [
            task(1, ["申込者リスト"], [1216], ("2028-02-04", "Fri"), "done"),
            task(1, ["教材"], [1214], None, "done"),
            task(1, ["教室"], [1219], None, "done"),
            task(3, ["textbook"], [1214], ("2028-02-08", "Tue"), "done"),
            task(4, ["mock test"], [1216], ("2028-02-04T15:00", "Fri"), "done"),
            task(6, ["evaluation sheet"], [1218], ("2028-02-10T18:00", "Thu")),
            task(11, ["感想メール"], [1218], ("2028-02-15", "Tue")),
            task(12, ["カリキュラム"], [1214], ("2028-03-31", "Fri")),
        ],
    ),
    # 15 coworking events (EN, no task): a proposal, a role ("can someone be the MC?"), a vague
    # offer, a promise to report, "let me know when", a permission question, FYIs.
    conv(
        "b11en-15",
        (99515, "Nook – events"),
        M(1220, 1222, 1224, 1225),
        [
            (
                "2028-05-15 11:00",
                1224,
                "idea for June: a 'meet your desk neighbour' breakfast on 6/9? 🥐",
            ),
            ("2028-05-15 11:10", 1222, "love it"),
            (
                "2028-05-15 11:25",
                1220,
                "+1. can someone be the MC on the day? doesn't have to be one of us",
            ),
            ("2028-05-15 11:40", 1225, "I can help out on the day if needed 🙌"),
            (
                "2028-05-15 13:00",
                1224,
                "I've asked the bakery on the corner for a quote, I'll share once I hear back",
            ),
            ("2028-05-15 13:05", 1220, "let me know when you have the number, no rush"),
            (
                "2028-05-16 10:30",
                1222,
                "is it ok if I work from the Shibuya branch on Thursday? the plumber is coming to my place",
            ),
            ("2028-05-16 10:33", 1220, "sure np"),
            (
                "2028-05-17 16:00",
                1224,
                "bakery says ¥450/person for 40 people, delivery included 🥯",
            ),
            ("2028-05-17 16:10", 1225, "thats cheaper than last time, nice"),
            (
                "2028-05-17 16:20",
                1220,
                "FYI the budget for June events is ¥60,000 in total, so we're fine",
            ),
        ],
        [],
    ),
    # 16 freight forwarder, air import (mixed): 今日の定時まで, a plain acceptance, ASAP, a [To:]
    # to two people with a rule date that is no deadline, bare "done" from one of two assignees
    # (stays open), a handoff with Friday 午後5時, a cancellation by [qt] from an assignee, "by
    # tomorrow noon", more time asked without a date (due stays), 共有しました, a bare report.
    conv(
        "b11en-16",
        (99516, "TLJ – Air import"),
        M(1226, 1227, 1230, 1231, 1232),
        [
            (
                "2028-06-19 09:15",
                1227,
                "[To:1230]佐々木さん\nAWB 176-2231 の通関書類、今日の定時までに確認お願いできますか？ shipper invoice の HS code が怪しいです",
            ),
            ("2028-06-19 09:30", 1230, "[rp aid=1227 to={m1}]小林さん\n承知しました、見ておきます"),
            (
                "2028-06-19 11:00",
                1231,
                "[To:1232]Yasmin\nthe consignee for the Lyon shipment wants the POD. could you send it ASAP? 🙏",
            ),
            (
                "2028-06-19 11:20",
                1232,
                "[rp aid=1231 to={m3}]Gabriel\nPOD sent to them just now, cc'd you",
            ),
            (
                "2028-06-19 14:10",
                1226,
                "[To:1227][To:1231]\nnew rule from the airline: DG declarations must be filed 3日以内 of booking from now on. please each check your open DG bookings against it by Thursday",
            ),
            (
                "2028-06-19 15:30",
                1230,
                "[rp aid=1227 to={m1}]小林さん\nHS code 確認しました、8471.30 で正しいです。書類もOKです👍",
            ),
            ("2028-06-20 09:00", 1231, "DG bookings checked, none late ✅"),
            (
                "2028-06-20 10:45",
                1226,
                "[To:1232]Yasmin\nI'm out from tmrw, could you take over my weekly customs report (from 小林さん's figures)? due Friday 午後5時",
            ),
            ("2028-06-20 11:02", 1232, "[rp aid=1226 to={m8}]Hamid\nsure, will do 👍"),
            (
                "2028-06-21 13:00",
                1227,
                "[qt][qtmeta aid=1226 time={t5}]new rule from the airline: DG declarations must be filed 3日以内 of booking from now on. please each check your open DG bookings against it by Thursday[/qt]\nHamid-san, airline から訂正が来ました。the rule only starts next month, so this check is no longer needed 🙇",
            ),
            (
                "2028-06-22 16:40",
                1232,
                "[To:1227]小林さん\nfor the weekly report, I'd need this week's import figures from you by tomorrow noon 🙏",
            ),
            (
                "2028-06-23 09:30",
                1227,
                "[rp aid=1232 to={m11}]Yasmin-san\nすみません、システムが重くて…少し時間ください🙏",
            ),
            (
                "2028-06-23 13:10",
                1227,
                "[rp aid=1232 to={m11}]Yasmin-san\nfigures 共有しました → https://sheets.example/tlj/w25",
            ),
            ("2028-06-23 16:55", 1232, "weekly customs report submitted 📊"),
        ],
        [
            task(1, ["通関書類"], [1230], ("2028-06-19T18:00", "Mon"), "done"),
            task(3, ["POD"], [1232], None, "done"),
            task(8, ["customs report"], [1232], ("2028-06-23T17:00", "Fri"), "done"),
            task(11, ["import figures"], [1227], ("2028-06-23T12:00", "Fri"), "done"),
        ],
    ),
    # 17 publisher, foreign rights (mixed, self account = 秋山): [toall] minus sender and self
    # with 今週末 sent on a Saturday, "will do" (acceptance), 週明け across 海の日, 3営業日後
    # across 海の日 moved by the assignee's "by Tuesday", bare reports from both [toall]
    # assignees (stays open), a bare report from the only owner, a new commitment by the self
    # account.
    conv(
        "b11en-17",
        (99517, "PLP – foreign rights"),
        M(1233, 1235, 1237, 1238),
        [
            (
                "2028-07-08 11:00",
                1233,
                "[toall]\n週末にすみません🙏 the Korean rights offer for 'Salt Roads' came in. please read the term sheet and send me any concerns 今週末までに",
            ),
            ("2028-07-08 11:30", 1235, "will do 👍"),
            (
                "2028-07-11 09:10",
                1233,
                "[To:1237]秋山さん\n翻訳者候補のCV、週明けにまとめて送ります",
            ),
            ("2028-07-11 09:15", 1237, "ありがとうございます！"),
            (
                "2028-07-13 10:00",
                1237,
                "[To:1238]Léa\nCould you send the signed NDA back 3営業日後 at the latest? お手数ですがよろしくお願いします",
            ),
            (
                "2028-07-13 10:20",
                1238,
                "[rp aid=1237 to={m5}]秋山さん\nbien sûr, I'll have it back to you by Tuesday",
            ),
            (
                "2028-07-13 18:00",
                1235,
                "term sheet read, 2 concerns (audiobook clause + the 7-year term), notes in the doc",
            ),
            (
                "2028-07-14 10:00",
                1238,
                "[rp aid=1237 to={m5}]秋山さん\nNDA signed and sent back by email ✍️",
            ),
            (
                "2028-07-14 10:30",
                1238,
                "nothing from my side on the term sheet, it's a standard Seoul offer 🙂",
            ),
            (
                "2028-07-18 11:00",
                1233,
                "sent the translator CVs to 秋山さん by email 📁 (3 people)",
            ),
            ("2028-07-18 11:20", 1237, "thanks! will go through the CVs today"),
        ],
        [
            task(1, ["term sheet"], [1235, 1238], ("2028-07-14", "Fri")),
            task(3, ["CV"], [1233], ("2028-07-18", "Tue"), "done"),
            task(5, ["NDA"], [1238], ("2028-07-18", "Tue"), "done"),
            task(11, ["CV"], [1237], ("2028-07-18", "Tue")),
        ],
        self_account_id=1237,
    ),
    # 18 hospital, second room (mixed): "would you mind … by tomorrow", minutes with 名前：作業,
    # "Name to X" and the sender's own line, an info line, a decline then a cancellation by the
    # requester in a reply to the minutes, the work re-asked of someone else 来週中 (a Friday that
    # is 山の日) and a plain acceptance, 年内, a chase, half done, a bare report from the only
    # owner, a reply that closes one item of the minutes, negated completion.
    conv(
        "b11en-18",
        (99518, "Sakuragaoka IPC – interpreters"),
        M(1239, 1241, 1243, 1244, 1245),
        [
            (
                "2028-08-01 10:00",
                1241,
                "[To:1244]Wang-san\nwould you mind translating the MRI prep sheet for Mr. Zhou into Chinese by tomorrow?",
            ),
            ("2028-08-01 10:15", 1244, "[rp aid=1241 to={m1}]Kevin\nno problem"),
            (
                "2028-08-01 11:00",
                1239,
                "本日の打ち合わせメモです:\n・前田さん：入院案内（英語版）の改訂　8/10まで\n・Amara-san to check the French consent forms against the new template\n・藤井：通訳シフト表の作成\n・次回：8/15(火) 15:00\n以上です",
            ),
            (
                "2028-08-01 16:30",
                1244,
                "[rp aid=1241 to={m1}]Kevin\nprep sheet translated → patient folder / Zhou / MRI_prep_zh.pdf",
            ),
            (
                "2028-08-02 09:10",
                1243,
                "[rp aid=1239 to={m3}]藤井さん\nI can't take the consent forms this week, I'm covering two surgeries 🙇‍♀️",
            ),
            (
                "2028-08-02 09:25",
                1239,
                "[rp aid=1239 to={m3}]藤井 恵\nメモ更新: Amara-san の consent forms チェックはキャンセルです（手術対応のため）",
            ),
            (
                "2028-08-02 09:30",
                1239,
                "[To:1241]Kevin-san\n代わりに French consent forms のチェックをお願いできますか？来週中で大丈夫です🙏",
            ),
            ("2028-08-02 09:45", 1241, "[rp aid=1239 to={m7}]藤井さん\nOK, no problem 👍"),
            (
                "2028-08-02 10:30",
                1239,
                "[To:1244]Wang-san\n院内の中国語表示の見直し、年内にお願いできますか？急ぎではないです",
            ),
            ("2028-08-04 17:00", 1239, "前田さん、入院案内の改訂、進捗どうですか？"),
            (
                "2028-08-04 17:30",
                1245,
                "[rp aid=1239 to={m10}]藤井さん\nすみません、まだ半分です。8/10には間に合わせます！",
            ),
            ("2028-08-07 15:20", 1241, "French consent forms checked, 2 mismatches fixed ✔️"),
            (
                "2028-08-09 18:00",
                1245,
                "[rp aid=1239 to={m3}]藤井さん\n入院案内（英語版）改訂しました！ shared folder に入れてあります",
            ),
            ("2028-08-10 09:00", 1239, "シフト表まだ作れてません…🙇‍♀️"),
        ],
        [
            task(1, ["prep sheet"], [1244], ("2028-08-02", "Wed"), "done"),
            task(3, ["入院案内"], [1245], ("2028-08-10", "Thu"), "done"),
            task(3, ["シフト表"], [1239], None),
            task(7, ["consent forms"], [1241], ("2028-08-11", "Fri"), "done"),
            task(9, ["表示"], [1244], ("2028-12-31", "Sun")),
        ],
    ),
    # 19 fintech compliance, audit prep (mixed): two jobs in one sentence due EOD, a reply that
    # closes one and moves the other, "I'd need X from you by Wed" with an acceptance "by noon
    # tomorrow", a Chatwork task (ltype=date) with a question about scope, a hedged ask "next
    # Monday is fine", task_done, a cancellation in paraphrase by the assignee.
    conv(
        "b11en-19",
        (99519, "Kinpay – audit prep"),
        M(1246, 1248, 1249, 1250, 1251, 1252),
        [
            (
                "2028-03-17 16:00",
                1251,
                "external auditors arrive 3/27. I'll update the evidence tracker and send the PBC list to everyone EOD",
            ),
            ("2028-03-17 16:20", 1250, "weekend plans: none, im drowning in SARs 🫠"),
            (
                "2028-03-17 18:50",
                1251,
                "[rp aid=1251 to={m1}]Owen Price\nPBC list sent. the tracker will slip to Tuesday, sorry 🙇",
            ),
            (
                "2028-03-21 09:30",
                1246,
                "[To:1248]鈴木さん\nI'd need the Q4 AML training completion stats from you by Wed, the auditors will ask 🙏",
            ),
            (
                "2028-03-21 09:40",
                1248,
                "[rp aid=1246 to={m4}]Rebecca-san\nwill send by noon tomorrow",
            ),
            (
                "2028-03-21 11:00",
                1249,
                task_added(
                    1252,
                    chatwork_lt("2028-03-24"),
                    "Review the updated outsourcing agreement with Paylink (clause 9)",
                    "date",
                ),
            ),
            (
                "2028-03-21 14:15",
                1252,
                "[rp aid=1249 to={m6}]Tomasz-san\nclause 9 だけでいいですか？ それとも全体？",
            ),
            ("2028-03-21 14:20", 1249, "[rp aid=1252 to={m7}]阿部さん\nclause 9 only 🙏"),
            (
                "2028-03-22 11:45",
                1248,
                "[rp aid=1246 to={m4}]Rebecca-san\ntraining stats attached, 96% completed 📈",
            ),
            (
                "2028-03-22 15:00",
                1246,
                "[To:1249]Tomasz\nwhen you get a sec, the risk assessment for the Paylink outsourcing needs refreshing too. next Monday is fine",
            ),
            (
                "2028-03-23 10:00",
                1251,
                "[rp aid=1251 to={m1}]Owen Price\nevidence tracker updated, all 42 items linked 🔗",
            ),
            (
                "2028-03-24 17:30",
                1252,
                task_done(
                    1252,
                    chatwork_lt("2028-03-24"),
                    "Review the updated outsourcing agreement with Paylink (clause 9)",
                    "date",
                ),
            ),
            (
                "2028-03-24 17:35",
                1249,
                "[rp aid=1246 to={m10}]Rebecca\nthe Paylink risk assessment won't be needed after all, legal confirmed it falls under the existing outsourcing register 👍",
            ),
        ],
        [
            task(1, ["evidence tracker"], [1251], ("2028-03-21", "Tue"), "done"),
            task(1, ["PBC list"], [1251], ("2028-03-17", "Fri"), "done"),
            task(4, ["training"], [1248], ("2028-03-22T12:00", "Wed"), "done"),
            task(6, ["outsourcing agreement"], [1252], ("2028-03-24", "Fri"), "done"),
        ],
    ),
    # 20 theatre front of house (mixed): a memo with "Name: 作業" lines (今日中, 明日午前中, 私:),
    # an acceptance, a line in 「」 (no task), half done with "by 昼" in a reply, bare "done" from
    # the only owner, 夕方までに, a request to wait, a reply that closes, a bare report of the
    # sender's own commitment, N日以内 ("3日以内"), an acceptance without a date.
    conv(
        "b11en-20",
        (99520, "Minato – front of house"),
        M(1253, 1257, 1258, 1259),
        [
            (
                "2028-07-18 10:00",
                1258,
                "お疲れ様です。本日の FOH メモ:\n- Ruth: 招待客リストの最終版を今日中に\n- Marcus: program の誤植チェック（明日午前中まで）\n- 私: 車椅子席の配置図を更新します\nよろしくお願いします",
            ),
            ("2028-07-18 10:20", 1257, "[rp aid=1258 to={m1}]岡本さん\nprogram proof: on it 👍"),
            (
                "2028-07-18 13:00",
                1259,
                "FYI this is the line I'm using in the comp ticket emails:\n「Please present this email at the box office by 18:30 on the day of the performance.」",
            ),
            ("2028-07-18 13:10", 1253, "reads fine to me"),
            (
                "2028-07-18 17:40",
                1259,
                "[rp aid=1258 to={m1}]岡本さん\n招待客リスト、最終版をアップしました（62名）",
            ),
            (
                "2028-07-19 09:00",
                1257,
                "[rp aid=1258 to={m1}]岡本さん\nhalf way through the program, 3 typos so far. will finish by 昼",
            ),
            ("2028-07-19 11:50", 1257, "program: 5 typos total, all marked in the PDF ✅"),
            (
                "2028-07-19 14:00",
                1253,
                "[To:1258]岡本さん\nthe ushers' briefing sheet needs the new evacuation route. could you add it 夕方までに? 🙏",
            ),
            ("2028-07-19 14:30", 1258, "少々お待ちください、消防署の図面を待ってます"),
            (
                "2028-07-19 17:20",
                1258,
                "[rp aid=1253 to={m8}]Isabel-san\nevacuation route 追加しました🚪",
            ),
            ("2028-07-20 10:00", 1258, "車椅子席の配置図、更新しました♿"),
            (
                "2028-07-20 10:30",
                1257,
                "[To:1259]Ruth\ncan you set aside 4 house seats for the sponsor on opening night? 3日以内で大丈夫です",
            ),
            (
                "2028-07-20 11:00",
                1259,
                "[rp aid=1257 to={m12}]Marcus\nwill do, the box office system is down till tomorrow though 😩",
            ),
        ],
        [
            task(1, ["招待客リスト"], [1259], ("2028-07-18", "Tue"), "done"),
            task(1, ["誤植"], [1257], ("2028-07-19T12:00", "Wed"), "done"),
            task(1, ["配置図"], [1258], None, "done"),
            task(8, ["briefing sheet"], [1258], ("2028-07-19T17:00", "Wed"), "done"),
            task(12, ["house seats"], [1259], ("2028-07-23", "Sun")),
        ],
    ),
    # 21 chamber orchestra touring office (EN, self account = the tour bot): [toall] minus sender
    # and self, a bot notice, "by next Friday", a signature "Sent from my iPhone", a Chatwork task
    # with a time and its task_done, bare "done" from one of three [toall] assignees, a chase, a
    # quote delivered in other words, a request in a reply whose date describes the booking.
    conv(
        "b11en-21",
        (99521, "Meridian – Asia tour 2028"),
        M(1267, 1268, 1269, 1270, 1271),
        [
            (
                "2028-05-10 09:00",
                1267,
                "[toall]\nAsia tour visas: please send me your passport scans by 5/15. no scan, no visa 🛂",
            ),
            (
                "2028-05-10 09:01",
                1271,
                "[info][title]Reminder set[/title]Passport scans due 5/15 (Mon) — Helena Kowal[/info]",
            ),
            (
                "2028-05-10 10:30",
                1268,
                "[To:1269]青木さん\ncould you get quotes from two trucking companies for the instrument transport Seoul → Busan? by next Friday would be ideal",
            ),
            ("2028-05-10 10:45", 1269, "[rp aid=1268 to={m3}]Yusuf-san\n了解です！"),
            (
                "2028-05-10 14:00",
                1270,
                "the Dvořák parts are back from the bindery, all 38 ✔️\nSent from my iPhone",
            ),
            (
                "2028-05-11 09:15",
                1268,
                task_added(
                    1270,
                    chatwork_lt("2028-05-12", "12:00"),
                    "Send the tour repertoire list to the Seoul promoter",
                    "time",
                ),
            ),
            ("2028-05-11 10:00", 1268, "scan sent 🛂"),
            (
                "2028-05-12 11:30",
                1270,
                task_done(
                    1270,
                    chatwork_lt("2028-05-12", "12:00"),
                    "Send the tour repertoire list to the Seoul promoter",
                    "time",
                ),
            ),
            ("2028-05-15 17:00", 1267, "青木さん, any news on your passport scan? 🙏"),
            (
                "2028-05-16 09:10",
                1269,
                "sorry, my passport is at the embassy for my own visa 😅 back on 5/22",
            ),
            (
                "2028-05-18 18:00",
                1269,
                "[rp aid=1268 to={m3}]Yusuf-san\ngot both trucking quotes: Hanjin ₩2.1M, CJ ₩1.9M. PDFs are in the tour folder",
            ),
            (
                "2028-05-19 10:00",
                1268,
                "[rp aid=1269 to={m11}]青木さん\nthanks! CJ it is. could you book them for 6/2?",
            ),
        ],
        [
            task(1, ["passport"], [1268, 1269, 1270], ("2028-05-15", "Mon")),
            task(3, ["quote"], [1269], ("2028-05-19", "Fri"), "done"),
            task(6, ["repertoire"], [1270], ("2028-05-12T12:00", "Fri"), "done"),
            task(12, ["book"], [1269], None),
        ],
        self_account_id=1271,
    ),
    # 22 ceramics web shop (EN, lowercase): a ・ to-do list with M/D(曜) and "this week" (a Friday
    # that is 山の日), an acceptance, a question for information, a commitment "before 16:00"
    # and "need someone to …" in one message, a partial report with a new date asked by the
    # assignee, a bare report from the only owner, replies that close the items they name,
    # "thoughts?" with a sign-off by thurs, "looks great, good to go".
    conv(
        "b11en-22",
        (99522, "Kiln & Co. – summer sale"),
        M(1273, 1274, 1275, 1276, 1277),
        [
            (
                "2028-08-08 10:00",
                1273,
                "summer sale starts 8/18 (Fri) 🎐 to do:\n・product photos for the new celadon mugs（平野さん, 8/10(木)まで）\n・sale landing page (Chris)\n・CS macros for the sale FAQs（Zara, this week）",
            ),
            ("2028-08-08 10:20", 1275, "[rp aid=1273 to={m1}]Mina\nlanding page: will do 👍"),
            ("2028-08-08 11:15", 1276, "dont we still have last years FAQ macros somewhere?"),
            (
                "2028-08-08 11:20",
                1273,
                "[rp aid=1276 to={m3}]Zara\nin the help desk under 'Sale 2027' 👍",
            ),
            (
                "2028-08-08 15:00",
                1277,
                "running low on packing stuff: ill order a few rolls of bubble wrap before 16:00. also need someone to restock the A4 boxes 📦",
            ),
            (
                "2028-08-09 18:30",
                1274,
                "[rp aid=1273 to={m1}]Mina-san\nphotos: white and green mugs are shot, but the grey glaze batch only comes out of the kiln on friday 🙏 can I have until 8/14(月)?",
            ),
            ("2028-08-09 18:45", 1273, "[rp aid=1274 to={m6}]平野さん\nsure, np"),
            ("2028-08-10 09:00", 1277, "bubble wrap ordered (3 rolls), arrives 8/12"),
            (
                "2028-08-10 13:30",
                1276,
                "[rp aid=1273 to={m1}]Mina\nsale FAQ macros refreshed + 2 new ones for the shipping delay question 💬",
            ),
            (
                "2028-08-14 17:00",
                1274,
                "[rp aid=1273 to={m1}]Mina-san\ngrey mugs shot too, all photos are in the shared drive now 📸",
            ),
            (
                "2028-08-15 10:00",
                1275,
                "[To:1273]Mina\nlanding page draft is up on staging → https://staging.example/kiln/summer\nthoughts? need your sign-off by thurs to make the 8/18 launch",
            ),
            ("2028-08-16 19:20", 1273, "[rp aid=1275 to={m11}]Chris\nlooks great, good to go 🚀"),
            ("2028-08-17 09:00", 1275, "landing page is finished and live on staging ✅"),
        ],
        [
            task(1, ["photo"], [1274], ("2028-08-14", "Mon"), "done"),
            task(1, ["landing page"], [1275], None, "done"),
            task(1, ["macro"], [1276], ("2028-08-11", "Fri"), "done"),
            task(5, ["bubble wrap"], [1277], ("2028-08-08T16:00", "Tue"), "done"),
            task(5, ["A4 box"], [], None),
            task(11, ["landing page"], [1273], ("2028-08-17", "Thu"), "done"),
        ],
    ),
]
