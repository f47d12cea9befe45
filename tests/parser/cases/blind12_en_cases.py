# ruff: noqa: E501
"""Holdout 12, English half: 16 Chatwork conversations, mostly English, about a third mixed JA/EN.

Written blind from ``shared/spec/extraction.md`` (its "How people really write", deadline table
and "Updates" sections above all), with the catalogue of ``tests/parser/PHENOMENA.md`` used only
as a checklist, without reading the parser or its tests and without running either on these
texts. Searches of public team threads and workplace-writing pages were used only to see how
people phrase requests, promises, reports, postponements and cancellations; every sentence here
is new and about invented people, companies and products. Domains no earlier set used: a game
localisation vendor, an international school's admin office, a solar-panel installer, a wine
importer, a mobile-app agency, a museum's exhibitions team, a clinical-trial CRO, a ski resort's
guest services, a podcast network, a robotics lab, a veterinary clinic group, a bike-share
operator's field ops, a university grants office, a furniture web shop's support desk, a
documentary film festival's programming team and a hotel's wedding banquet team.

Covered: declaratives that ask ("it'd be great to get X by 9/15", "X needs JP subtitles by",
"the KDM is still pending on your side", "the A3 tray keeps jamming"), questions that ask for
work ("can you ping them?", "anyone free to ...?"), hedged asks ("we should probably ... can
you", "it'd be good to get"), subject-less and apostrophe-less commitments ("will take it to
the garage on saturday", "ill test ..."), implicit work (PTAL, "thoughts?", ご確認ください),
several tasks in one message (a promise plus a request, two jobs in one sentence, list lines
"Name: work", "Name to do X", "Name — work (~M/D)", 名前：作業（~M/D HH:MM）), noise (emoji,
:shortcodes:, Chatwork icons, a signature, lowercase, typos, Slack shorthand lmk / eod / wfh /
ooo / np / ty / fyi / +1), non-tasks (thanks, FYI notices, a schedule in [info], offers and
conditions, questions for information, status updates, a request inside 「」, a pasted customer
e-mail, a city notice, promises to report, a request to hold off, permission questions, a
chase), replies that finish in other words ("uploaded", "あがりました", "booked", "looks great
... otherwise good to go", "lgtm", "受領しました", a bare "done ✅" with one open task), that do
not (half done, "2/3 done", "12 of 14", "4 of 6", "only half written"), cancellations in
paraphrase ("scratch the EV quote", "let's drop this one for you", "we won't need ours after
all", "nvm ... we don't need ours", and by [qt] "確認は不要です"), deadlines moved by the
assignee or requester ("can this wait till friday?", "can I send it monday?", "can I have until
tomorrow?", "can we say 11/28", "let's move the dataset lock to 12/1", "2 more business days"),
acceptances that carry a deadline, a decline and a re-ask to someone else, a bare
"done" with two open tasks, a bare report from one of several [toall] assignees, someone else
doing the sender's job (which closes nothing), Chatwork task markup (ltype=date, ltype=time, an
old body with lt=0 and no ltype; task_done), [To:] / [toall] / [rp] / list-line assignees and
self_account_id (a bot in one room, a person in another). Three conversations hold no task.

Send times run 2028-09-11 ... 2029-01-31 in Asia/Tokyo and cross 敬老の日 (9/18), 秋分の日 (9/22,
a Friday), スポーツの日 (10/9), 文化の日 (11/3, a Friday), 勤労感謝の日 (11/23), the 12-29 ... 01-03
break and 成人の日 (1/8), so business-day dues skip them (while "by Friday", "monday" or 今週中
land on a holiday when the table says so). Every gold due was computed with datetime +
jpholiday from the send time of the message that set it, one function per row of the spec's
deadline table (a throwaway script outside the repository), never typed from memory.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    1401: "石川 花",
    1402: "Owen Marsh",
    1403: "森 大輝",
    1404: "Priya Raman",
    1405: "Jess Moreno",
    1406: "Hiro Tanaka",
    1407: "Amara Obi",
    1408: "Luca Ferri",
    1410: "Claire Dubois",
    1411: "Tom Akers",
    1412: "Nadia Yusuf",
    1413: "Ben Cho",
    1414: "Ines Carvalho",
    1415: "Theo Lambert",
    1416: "Sora Fujii",
    1417: "Bea Lindqvist",
    1418: "Max Keller",
    1420: "高橋 誠",
    1421: "Luis Ferreira",
    1422: "山口 さくら",
    1423: "Jake Whitfield",
    1424: "田村 彩",
    1425: "Nate Collins",
    1426: "加藤 裕子",
    1427: "Amélie Brun",
    1428: "渡辺 直樹",
    1430: "Marco Bellini",
    1431: "Yuki Tanabe",
    1432: "Sophie Laurent",
    1433: "Kenji Hara",
    1440: "Aiko Nakamura",
    1441: "Sam Okafor",
    1442: "Lena Vogt",
    1443: "Raj Patel",
    1449: "Brightline Bot",
    1450: "藤田 真理",
    1451: "Elena Rossi",
    1452: "Tom Hargreaves",
    1453: "岡本 健",
    1454: "Grace Lin",
    1460: "Rachel Kim",
    1461: "Daniel Brooks",
    1462: "Mei Watanabe",
    1463: "Arjun Mehta",
    1464: "Olivia Grant",
    1470: "小林 美咲",
    1471: "Jack Sullivan",
    1472: "Anna Novak",
    1473: "松本 翔",
    1475: "Maya Torres",
    1476: "Eli Navarro",
    1477: "Noor Haddad",
    1478: "Felix Brandt",
    1479: "Iris Kato",
    1480: "川瀬 恵美",
    1481: "Leo Fischer",
    1482: "Sana Iqbal",
    1483: "阿部 亮",
    1484: "Chen Wei",
    1485: "佐々木 由美",
    1486: "Hannah Price",
    1487: "中村 拓",
    1488: "Carlos Mendes",
    1490: "Dana Whitlock",
    1491: "Kofi Mensah",
    1492: "佐藤 里奈",
    1493: "Pete Olsen",
    1494: "井上 智子",
    1495: "Marcus Lee",
    1496: "鈴木 健太",
    1497: "Fatima Noor",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, P[i]) for i in ids]


CASES = [
    # 01 game localisation vendor, mixed JA/EN: "it'd be great to get X by 9/15" to a [To]; an
    # acceptance restating Friday; a 水曜までに ask in Japanese to a translator; a hedged "we should
    # probably ... can you ping them?" whose acceptance adds "today"; done in other words
    # (あがりました, "font team checked", "uploaded"); "within 3 business days" across 敬老の日;
    # a "~2/3 done" report in a reply (stays open, due unchanged).
    conv(
        "b12en-01",
        (99701, "Lumen Quest / JP loc"),
        M(1401, 1402, 1403, 1404),
        [
            (
                "2028-09-11 10:05",
                1404,
                "[To:1401]Ishikawa-san\nbuild 0.14 is on the share drive. it'd be great to get the crafting menu strings translated by 9/15 — ~340 new keys, glossary tab updated too",
            ),
            (
                "2028-09-11 10:20",
                1401,
                "[rp aid=1404 to={m1}]Priya Raman さん\n承知しました! we'll have them by Friday 🙏",
            ),
            (
                "2028-09-11 10:32",
                1401,
                "[To:1403]森さん\ncrafting menu の 340 keys、水曜までに初稿お願いできますか？ glossary is updated (see the 0.14 tab)",
            ),
            ("2028-09-11 10:40", 1403, "了解です〜"),
            (
                "2028-09-11 11:15",
                1402,
                "fyi LQA on the 0.13 patch notes is finished, 2 minor issues logged in the tracker. nothing blocking",
            ),
            (
                "2028-09-11 11:18",
                1402,
                "[To:1401]we should probably get the font team to check JP glyph coverage for the new item names before lock. can you ping them?",
            ),
            ("2028-09-11 11:25", 1401, "[rp aid=1402 to={m6}]sure, will ask them today"),
            (
                "2028-09-13 17:40",
                1403,
                "[rp aid=1401 to={m3}]初稿あがりました → crafting_menu_ja_v1.xlsx\nITEM_FORGE_07 / 08 had no context so I left notes in the sheet",
            ),
            ("2028-09-13 17:55", 1401, "森さん ありがとうございます！助かります🙏"),
            (
                "2028-09-14 11:20",
                1401,
                "[rp aid=1402 to={m6}]font team checked: coverage is fine except two kanji in 鍛冶屋, theyre patching the atlas on their side",
            ),
            (
                "2028-09-15 16:30",
                1401,
                "[rp aid=1404 to={m1}]Priya-san, crafting menu strings are uploaded (JP 340/340). お疲れ様です！",
            ),
            ("2028-09-15 16:45", 1404, "amazing, ty!! :tada:"),
            (
                "2028-09-15 17:10",
                1404,
                "[To:1402]Owen, 0.15 is on the drive as well. could you run LQA on the tutorial chapter within 3 business days? (we know monday is a holiday in JP)",
            ),
            ("2028-09-15 17:30", 1402, "np 👍"),
            (
                "2028-09-21 15:00",
                1402,
                "[rp aid=1404 to={m13}]tutorial LQA is ~2/3 done, the chapter 3 cutscenes still need a pass",
            ),
            ("2028-09-21 15:12", 1404, "[rp aid=1402 to={m15}]ok, thanks for the heads-up 🙏"),
        ],
        [
            task(1, ["crafting"], [1401], ("2028-09-15", "Fri"), "done"),
            task(3, ["crafting"], [1403], ("2028-09-13", "Wed"), "done"),
            task(6, ["glyph"], [1401], ("2028-09-11", "Mon"), "done"),
            task(13, ["tutorial"], [1402], ("2028-09-21", "Thu")),
        ],
    ),
    # 02 international school office, EN: huddle notes with "Name to ..." / "Name: ..." lines and
    # an info line; "by Friday" that lands on 秋分の日, moved by the assignee's reply to Thursday;
    # a bare "booked ✅" and a bare "works again" that each close the sender's only open task;
    # "within 3 business days" across 秋分の日, met by a draft + PTAL (done + new review task),
    # "lgtm! go ahead and send it ..." (closes the review, asks for the send), "sent to all 6";
    # two declarative asks in one message, a bare "done 👍" with both open (closes none), a reply
    # that closes one, and a third party's visit moved to friday (no deadline).
    conv(
        "b12en-02",
        (99702, "Harbourview Intl School – office"),
        M(1410, 1411, 1412, 1413),
        [
            (
                "2028-09-19 08:50",
                1410,
                "morning all, notes from this mornings ops huddle:\n- Tom to send the re-enrolment forms to Grade 5 families by Friday\n- Nadia to book the gym for the open day tour briefing\n- Ben: replace the projector bulb in room 204\n- next huddle: Tue 9/26 8:30\nshout if I missed anything",
            ),
            (
                "2028-09-19 08:58",
                1411,
                "[rp aid=1410 to={m1}]fri is a holiday btw (秋分の日) — ill get the forms out thursday",
            ),
            ("2028-09-19 09:05", 1413, "bulb for 204 is on order, should be here wed"),
            ("2028-09-19 09:30", 1412, "gym is booked for 9/27 3:30–4:30 ✅"),
            (
                "2028-09-19 10:12",
                1410,
                "[To:1412]Nadia could you also draft the welcome email for the 6 new families starting in october? no rush, within 3 business days is fine",
            ),
            ("2028-09-19 10:20", 1412, "sure!"),
            (
                "2028-09-19 11:40",
                1411,
                "Where do we keep the Grade 5 family contact list these days? the one on the S: drive looks old",
            ),
            (
                "2028-09-19 11:46",
                1410,
                "[rp aid=1411 to={m7}]admissions > 2028-29 > contacts_master.xlsx, updated last week",
            ),
            (
                "2028-09-21 15:05",
                1411,
                "[rp aid=1410 to={m1}]re-enrolment forms sent to all 38 Grade 5 families 📨",
            ),
            (
                "2028-09-21 15:30",
                1413,
                "projector in 204 works again, new bulb in. also swapped the HDMI cable while i was there",
            ),
            (
                "2028-09-25 09:10",
                1412,
                "[rp aid=1410 to={m5}]welcome email draft is in the shared drive > admissions > welcome_oct.docx, PTAL when you get a chance",
            ),
            (
                "2028-09-25 09:40",
                1410,
                "[rp aid=1412 to={m11}]lgtm! go ahead and send it to the families 🙌",
            ),
            ("2028-09-25 11:30", 1412, "[rp aid=1410 to={m12}]sent to all 6 families 📧"),
            (
                "2028-09-25 13:00",
                1410,
                "[toall]reminder: staff photos are tomorrow 10:00 in the library 📸",
            ),
            (
                "2028-09-26 08:40",
                1410,
                "[To:1413]Ben, two things when you have a moment: the A3 tray on the office printer keeps jamming, and the visitor badge printer needs a new ribbon. thx",
            ),
            ("2028-09-26 11:15", 1413, "done 👍"),
            ("2028-09-26 11:20", 1410, "[rp aid=1413 to={m16}]which one? 😅"),
            (
                "2028-09-26 11:26",
                1413,
                "[rp aid=1410 to={m15}]badge printer ribbon replaced. the A3 tray needs the ricoh tech, hes coming thursday",
            ),
            ("2028-09-27 17:10", 1413, "fyi the ricoh tech is coming friday instead of thursday"),
        ],
        [
            task(1, ["enrolment"], [1411], ("2028-09-21", "Thu"), "done"),
            task(1, ["gym"], [1412], None, "done"),
            task(1, ["projector"], [1413], None, "done"),
            task(5, ["welcome"], [1412], ("2028-09-25", "Mon"), "done"),
            task(11, ["welcome"], [1410], None, "done"),
            task(12, ["families"], [1412], None, "done"),
            task(15, ["A3"], [1413], None),
            task(15, ["ribbon"], [1413], None, "done"),
        ],
    ),
    # 03 solar-panel installer, mixed JA/EN: "could we get a site survey done by next Friday?"; a
    # survey delegated to the installer with a new [To] ask (来週火曜); a Japanese commitment plus
    # a request in one message whose bare 月曜 lands on スポーツの日, moved by the assignee's reply;
    # a subject-less "will take it to the garage on saturday"; 送付しました + ご確認ください (done +
    # implicit check), 確認しました; "scratch the EV quote" (cancel by the assignee, self-reply);
    # 3営業日以内; bare reports that close the sender's only open task ("aircon fixed", 提出しました).
    conv(
        "b12en-03",
        (99703, "Sunmark Solar 工事チーム (Kanagawa)"),
        M(1420, 1421, 1422, 1423),
        [
            (
                "2028-10-04 09:15",
                1423,
                "[To:1420]Takahashi-san, the Ono residence in Fujisawa signed today 🎉 18 panels + battery. could we get a site survey done by next Friday? customer prefers mornings",
            ),
            (
                "2028-10-04 09:40",
                1420,
                "[To:1421]Luis-san\n小野様邸 (Fujisawa) の現地調査、来週火曜でお願いできますか？ roof is slate fyi",
            ),
            ("2028-10-04 09:50", 1421, "[rp aid=1420 to={m2}]ok! tuesday works 👍"),
            (
                "2028-10-04 10:30",
                1422,
                "[To:1420]高橋さん\n小野様邸の系統連系の申請、東京電力さん向けの書類はこちらで準備しますね。単線結線図だけ月曜までにいただけますか？",
            ),
            (
                "2028-10-04 10:45",
                1420,
                "[rp aid=1422 to={m4}]了解です、月曜は祝日なので金曜に送ります",
            ),
            (
                "2028-10-05 14:20",
                1423,
                "btw the Ono family asked if we can also quote an EV charger. I'll put together a quote by tomorrow",
            ),
            (
                "2028-10-05 14:30",
                1421,
                "fyi the van's aircon is broken again 🥵 will take it to the garage on saturday",
            ),
            (
                "2028-10-06 11:00",
                1420,
                "[rp aid=1422 to={m4}]単線結線図、送付しました。ご確認ください",
            ),
            ("2028-10-06 11:30", 1422, "[rp aid=1420 to={m8}]確認しました、問題ありません！"),
            (
                "2028-10-06 17:45",
                1423,
                "[rp aid=1423 to={m6}]hmm scratch the EV quote — the Onos just told me theyre leasing a car that comes with a charger 🤷",
            ),
            (
                "2028-10-10 13:40",
                1421,
                "[rp aid=1420 to={m2}]survey done ✅ roof is fine for 18 panels, south face 32°. photos + measurements in the folder",
            ),
            (
                "2028-10-10 13:55",
                1420,
                "[rp aid=1423 to={m1}]Jake-san, 現地調査終わりました。Luis-san's report is in the folder",
            ),
            ("2028-10-10 14:10", 1423, "awesome, thanks both 🙏"),
            (
                "2028-10-10 14:30",
                1423,
                "[To:1420]could you send me the panel layout drawing so I can finalise the contract? 3営業日以内で大丈夫です",
            ),
            ("2028-10-13 10:05", 1421, "van's back, aircon fixed ❄️"),
            (
                "2028-10-13 10:30",
                1422,
                "東京電力さんへの申請、本日提出しました。受付番号は共有フォルダに入れてあります",
            ),
        ],
        [
            task(1, ["survey"], [1420], ("2028-10-13", "Fri"), "done"),
            task(2, ["現地調査"], [1421], ("2028-10-10", "Tue"), "done"),
            task(4, ["書類"], [1422], None, "done"),
            task(4, ["単線結線図"], [1420], ("2028-10-06", "Fri"), "done"),
            task(7, ["garage"], [1421], ("2028-10-07", "Sat"), "done"),
            task(8, ["確認"], [1422], None, "done"),
            task(14, ["layout"], [1420], ("2028-10-13", "Fri")),
        ],
    ),
    # 04 wine importer, EN, no task at all: FYI notices, thanks, a pasted customer e-mail already
    # answered, information questions, a vague offer, "let me know when ..." and a promise to post,
    # a status report, "+1", a request to hold off, a promise to share, wfh, a permission question,
    # a signature.
    conv(
        "b12en-04",
        (99704, "Vinalto Imports – orders & logistics"),
        M(1430, 1431, 1432, 1433),
        [
            (
                "2028-10-16 09:05",
                1432,
                "fyi the Bordeaux container (MSKU 4471203) cleared customs in Yokohama this morning 🍷 trucking to the bonded warehouse tomorrow",
            ),
            ("2028-10-16 09:12", 1430, "nice, thanks Sophie!"),
            (
                "2028-10-16 09:40",
                1431,
                "forwarding the Hotel Aoba sommelier's mail so everyone has it:\n-----\nCould you please send us the updated Barolo 2024 allocation list by Friday? We would also welcome samples of the two Etna whites.\n-----\nalready answered her with the list, and the samples went out by courier this morning",
            ),
            (
                "2028-10-16 10:15",
                1433,
                "Where's the latest price list for restaurant accounts? the one in the drive says Q2",
            ),
            (
                "2028-10-16 10:20",
                1432,
                "[rp aid=1433 to={m4}]Sales > Pricing > 2028Q4_restaurant.pdf. the Q2 file should have been archived, my bad",
            ),
            (
                "2028-10-16 11:30",
                1430,
                "If anyone needs help with the Hotel Aoba tasting next week just let me know",
            ),
            ("2028-10-16 13:05", 1431, "let me know when the Etna pallet arrives, no rush"),
            (
                "2028-10-16 13:10",
                1432,
                "[rp aid=1431 to={m7}]will do, ETA is 10/24. i'll post here when it lands",
            ),
            ("2028-10-16 17:50", 1433, "wfh tomorrow, reachable here as usual"),
            (
                "2028-10-17 16:20",
                1433,
                "Status: restaurant orders this week 42 (last week 37), two pending credit checks, nothing overdue.",
            ),
            ("2028-10-17 16:25", 1430, "+1 great week 👏"),
            (
                "2028-10-18 09:00",
                1432,
                "Please hold off on confirming any Champagne orders for December until Marco hears back from the producer about the allocation.",
            ),
            (
                "2028-10-18 09:03",
                1430,
                "yep, still waiting on Épernay. will share as soon as I hear back",
            ),
            ("2028-10-20 17:30", 1431, "Is it ok if I leave at 4 on Monday? dentist 🦷"),
            ("2028-10-20 17:35", 1430, "[rp aid=1431 to={m14}]of course, np"),
            (
                "2028-10-20 17:40",
                1433,
                "have a good weekend all 🍻\n--\nKenji Hara | Vinalto Imports",
            ),
        ],
        [],
    ),
    # 05 mobile-app agency, EN, read by a bot (self_account_id): a Chatwork task (ltype=date)
    # closed by a bare report (two open: closes none) and then by task_done; PTAL to one [To];
    # "looks great! ... could you make X red? otherwise good to go" (closes the review, new ask);
    # a bot's build notice; a [toall] ask (not the sender, not the bot) with a bare "logged ✅"
    # from one of its assignees; two commitments in one sentence with "today" before them and a
    # request "by friday" that lands on 文化の日, moved by the assignee's reply; "half done, will
    # finish it tomorrow" in a reply; a bare report closing the sender's only open task; "within 2
    # business days" across 文化の日 and the weekend; a Chatwork task with ltype=time.
    conv(
        "b12en-05",
        (99705, "Tidepool app – Brightline Studio"),
        M(1440, 1441, 1442, 1443, 1449),
        [
            (
                "2028-10-30 10:00",
                1440,
                task_added(
                    1441,
                    chatwork_lt("2028-11-02"),
                    "Fix the crash on the onboarding carousel (iOS 18)",
                    "date",
                ),
            ),
            ("2028-10-30 10:05", 1441, "on it"),
            (
                "2028-10-30 10:30",
                1442,
                "[To:1440]Aiko, pushed the new settings screen mocks to Figma (Tidepool > v2.3 > Settings). PTAL when you get a sec 🙏",
            ),
            (
                "2028-10-30 11:10",
                1443,
                "fwiw the toggle spacing already matches material3 on android 👍",
            ),
            (
                "2028-10-30 11:40",
                1440,
                "[rp aid=1442 to={m3}]looks great! one thing: could you make the delete-account button red instead of orange? otherwise good to go",
            ),
            (
                "2028-10-30 13:00",
                1449,
                "[info][title]Build 2.3.0 (412) uploaded to TestFlight[/title]Internal testers can install it now.[/info]",
            ),
            (
                "2028-10-30 13:20",
                1440,
                "[toall]Friendly reminder 🙂 please log your October hours in Harvest by 10/31 18:00, finance closes the month on 11/1",
            ),
            ("2028-10-31 09:30", 1441, "hours logged ✅"),
            (
                "2028-10-31 10:20",
                1443,
                "[To:1440]Aiko, the Play Store listing still has the old look. today I'll regenerate the screenshots and redo the feature graphic. could you update the release notes by friday?",
            ),
            (
                "2028-10-31 10:35",
                1440,
                "[rp aid=1443 to={m9}]sure, I'll have it by Thursday since Friday is a holiday 🎌",
            ),
            (
                "2028-10-31 18:10",
                1443,
                "[rp aid=1443 to={m9}]screenshots regenerated for all 4 device sizes. the feature graphic is only half done, will finish it tomorrow",
            ),
            (
                "2028-11-01 09:15",
                1441,
                "carousel crash fixed — it was a race in the page controller. PR #2291 merged",
            ),
            (
                "2028-11-01 09:16",
                1441,
                task_done(
                    1441,
                    chatwork_lt("2028-11-02"),
                    "Fix the crash on the onboarding carousel (iOS 18)",
                    "date",
                ),
            ),
            (
                "2028-11-01 11:00",
                1443,
                "[rp aid=1443 to={m9}]feature graphic done too 🎨 both are live in the console",
            ),
            ("2028-11-02 16:40", 1440, "release notes updated in the console (EN + JA) 📝"),
            (
                "2028-11-02 16:45",
                1442,
                "[rp aid=1440 to={m5}]delete account is red now, in dark mode too. Figma updated",
            ),
            (
                "2028-11-02 17:30",
                1440,
                "[To:1441]Sam, could you add the analytics opt-out toggle to settings? within 2 business days is fine",
            ),
            (
                "2028-11-06 10:00",
                1440,
                task_added(
                    1442,
                    chatwork_lt("2028-11-07", "15:00"),
                    "Export the v2.3 app icon set (all densities)",
                    "time",
                ),
            ),
            ("2028-11-06 10:10", 1442, "ok! (bow)"),
        ],
        [
            task(1, ["carousel"], [1441], ("2028-11-02", "Thu"), "done"),
            task(3, ["settings"], [1440], None, "done"),
            task(5, ["delete"], [1442], None, "done"),
            task(7, ["Harvest"], [1441, 1442, 1443], ("2028-10-31T18:00", "Tue")),
            task(9, ["screenshots"], [1443], ("2028-10-31", "Tue"), "done"),
            task(9, ["feature graphic"], [1443], ("2028-11-01", "Wed"), "done"),
            task(9, ["release notes"], [1440], ("2028-11-02", "Thu"), "done"),
            task(17, ["opt-out"], [1441], ("2028-11-07", "Tue")),
            task(18, ["icon"], [1442], ("2028-11-07T15:00", "Tue")),
        ],
        self_account_id=1449,
    ),
    # 06 museum exhibitions team, mixed JA/EN: 今週中 ask; a partial check with "tomorrow", then
    # done; an assignee declines ("can't take the labels on this time"), the requester calls it off
    # in a reply and re-asks someone else, whose acceptance gives "monday 11/20"; a Japanese
    # request + 来週頭 commitment in one message; 送りました closes the sender's part; a proof +
    # "thoughts?" (done + review ask), "looks good! ... let's go with it"; 2営業日以内 across
    # 勤労感謝の日 in the assignee's reply; a [toall] meeting notice.
    conv(
        "b12en-06",
        (99706, "Kōgei Museum – 'Lacquer & Light' winter exhibition"),
        M(1450, 1451, 1452, 1453, 1454),
        [
            (
                "2028-11-14 10:00",
                1450,
                "[To:1451]Elena-san\nthe loan agreement from the Kyoto lender came back with two changes (insurance value, courier dates). 今週中に確認してもらえますか？",
            ),
            ("2028-11-14 10:10", 1451, "[rp aid=1450 to={m1}]will do 👍"),
            (
                "2028-11-14 10:30",
                1450,
                "[To:1452]Tom-san, label copy for the 24 objects is final. could you lay out the gallery labels? I'd need the first proof by 11/21",
            ),
            (
                "2028-11-14 10:50",
                1452,
                "[rp aid=1450 to={m3}]sorry, I'm at the Osaka install 11/16–11/20, so I can't take the labels on this time 🙏",
            ),
            (
                "2028-11-14 11:05",
                1450,
                "[rp aid=1450 to={m3}]ah right, Osaka. let's drop this one for you then, no worries",
            ),
            (
                "2028-11-14 11:10",
                1450,
                "[To:1454]Grace-san, could you take the gallery labels instead? 24 objects, copy is in the shared folder. first proof by 11/21 if possible 🙏",
            ),
            (
                "2028-11-14 11:40",
                1454,
                "[rp aid=1450 to={m6}]yes, happy to. I'll send the proof on monday 11/20",
            ),
            (
                "2028-11-14 13:00",
                1453,
                "[To:1451]Elena-san\n子ども向けワークシートの英語版、native check お願いできますか？ 原稿は来週頭に送ります 🙏",
            ),
            (
                "2028-11-16 15:20",
                1451,
                "[rp aid=1450 to={m1}]went through the insurance section, that part is fine. havent got to the courier dates yet, tomorrow",
            ),
            (
                "2028-11-17 17:20",
                1451,
                "[rp aid=1450 to={m1}]courier dates checked too. all fine once the lender moves pickup to 12/1, which they agreed to by phone. signed copy is on the drive",
            ),
            (
                "2028-11-20 09:30",
                1453,
                "[rp aid=1453 to={m8}]ワークシート原稿、送りました → worksheet_draft_EN.docx 🙇",
            ),
            (
                "2028-11-20 16:00",
                1454,
                "[rp aid=1450 to={m6}]first proof of the labels is up: labels_proof1.pdf. some longer captions wrap to 3 lines, I kept them that way for now. thoughts?",
            ),
            (
                "2028-11-21 10:10",
                1450,
                "[rp aid=1454 to={m12}]looks good! 3 lines is ok for those. let's go with it",
            ),
            (
                "2028-11-21 10:30",
                1451,
                "[rp aid=1453 to={m8}]Okamoto-san, got the draft, thanks! native check は2営業日以内にやります👍",
            ),
            (
                "2028-11-21 10:45",
                1453,
                "[rp aid=1451 to={m14}]はい、大丈夫です！ありがとうございます",
            ),
            (
                "2028-11-24 14:00",
                1450,
                "[toall]来週月曜の設営前ミーティングは 10:00 から 3F 会議室です。fyi the Kyoto crates arrive 12/1",
            ),
        ],
        [
            task(1, ["loan agreement"], [1451], ("2028-11-17", "Fri"), "done"),
            task(6, ["labels"], [1454], ("2028-11-20", "Mon"), "done"),
            task(8, ["ワークシート"], [1451], ("2028-11-24", "Fri")),
            task(8, ["原稿"], [1453], ("2028-11-20", "Mon"), "done"),
            task(12, ["proof"], [1450], None, "done"),
        ],
    ),
    # 07 clinical-trial CRO, EN: numbered notes "1. Name — work (~M/D)", "by M/D", "Name: work"
    # and an info line; the assignee asks "can we say 11/28" in a reply; done in other words for a
    # line ("went to the IRB portal on friday"); a Chatwork task with ltype=time and its task_done;
    # a permission question; "ooo" notice; the requester moves a deadline in a reply to her own
    # notes; "12 of 14 closed" (not done); a commitment "today" plus a request "by tomorrow noon"
    # in one message; a bare report closing the sender's only open task; "sent you ..." in a reply.
    conv(
        "b12en-07",
        (99707, "NRX-204 Phase II – site ops (Meridian CRO)"),
        M(1460, 1461, 1462, 1463, 1464),
        [
            (
                "2028-11-20 09:00",
                1460,
                "Monday notes:\n1. Daniel — close the 14 open data queries at Site 03 (~11/24)\n2. Mei — lock the interim dataset for the DSMB by 11/29\n3. Arjun: submit the protocol amendment v4 to the IRB\n4. DSMB meeting is 12/6, slides TBD\n\nping me if something doesnt fit",
            ),
            (
                "2028-11-20 09:20",
                1461,
                "[rp aid=1460 to={m1}]ack. 6 of them need the PI's signature and he's away till wed, so can we say 11/28 for the whole batch?",
            ),
            ("2028-11-20 09:35", 1460, "[rp aid=1461 to={m2}]11/28 works 👍"),
            (
                "2028-11-20 10:05",
                1463,
                "[rp aid=1460 to={m1}]amendment v4 actually went to the IRB portal on friday, ref IRB-2028-3317. should have posted it here, sorry",
            ),
            (
                "2028-11-20 10:40",
                1462,
                task_added(
                    1461,
                    chatwork_lt("2028-11-22", "17:00"),
                    "Send Site 03 the corrected CRF completion guidelines",
                    "time",
                ),
            ),
            (
                "2028-11-20 10:42",
                1462,
                "[To:1461]^ Daniel, the typo is on p.7 (visit window). sorry for the extra job",
            ),
            (
                "2028-11-21 14:00",
                1464,
                "[To:1460]Rachel, Site 05 is asking whether the pharmacy manual v2 is final. can I tell them yes?",
            ),
            ("2028-11-21 14:10", 1460, "[rp aid=1464 to={m7}]yes, v2 is final"),
            (
                "2028-11-22 16:50",
                1461,
                task_done(
                    1461,
                    chatwork_lt("2028-11-22", "17:00"),
                    "Send Site 03 the corrected CRF completion guidelines",
                    "time",
                ),
            ),
            ("2028-11-22 17:05", 1461, "fyi the Site 03 coordinator is ooo on 11/24"),
            (
                "2028-11-24 11:30",
                1460,
                "[rp aid=1460 to={m1}]Mei, the stats team wants to rerun one listing first, so let's move the dataset lock to 12/1 (Fri)",
            ),
            ("2028-11-24 11:45", 1462, "[rp aid=1460 to={m11}]np, 12/1 it is"),
            (
                "2028-11-28 18:20",
                1461,
                "[rp aid=1460 to={m1}]Site 03: 12 of 14 queries closed. the last 2 are still waiting on the PI's signature",
            ),
            (
                "2028-11-29 10:00",
                1463,
                "[To:1460]Rachel, the IRB came back with one question on amendment v4 (consent wording, section 4). I'll draft our answer today. could you get Site 05's local consent version to me by tomorrow noon?",
            ),
            ("2028-11-29 17:30", 1463, "IRB answer drafted and uploaded to the portal ✅"),
            (
                "2028-11-30 11:50",
                1460,
                "[rp aid=1463 to={m14}]sent you Site 05's local consent version by mail (v3.1, dated 2028-10-02)",
            ),
            (
                "2028-12-01 15:00",
                1462,
                "[rp aid=1460 to={m1}]interim dataset locked 🔒 DSMB package is in the eTMF",
            ),
        ],
        [
            task(1, ["queries"], [1461], ("2028-11-28", "Tue")),
            task(1, ["dataset"], [1462], ("2028-12-01", "Fri"), "done"),
            task(1, ["amendment"], [1463], None, "done"),
            task(5, ["CRF"], [1461], ("2028-11-22T17:00", "Wed"), "done"),
            task(14, ["answer"], [1463], ("2028-11-29", "Wed"), "done"),
            task(14, ["Site 05"], [1460], ("2028-11-30T12:00", "Thu"), "done"),
        ],
    ),
    # 08 ski resort guest services, mixed JA/EN, no task at all, across the new year: FYI notices,
    # a status with a promise to post, a guest's request inside 「」 already booked, a shift
    # schedule in [info] ending in 何かあれば言ってください, season greetings, an information
    # question and its answer, a vague offer of help.
    conv(
        "b12en-08",
        (99708, "Hakuba Aurora Resort – Guest Services"),
        M(1470, 1471, 1472, 1473),
        [
            (
                "2028-12-26 08:30",
                1470,
                "おはようございます！ FYI: occupancy tonight is 96%, 12 late check-ins expected after 22:00.",
            ),
            (
                "2028-12-26 08:45",
                1473,
                "Lift update: Gondola 2 on wind hold until at least 11:00. will post here when it reopens",
            ),
            (
                "2028-12-26 09:10",
                1472,
                "A guest in 512 asked me: 「Could you arrange a private ski lesson for my daughter on the 28th?」 — already booked it with Jack's team, just so you all know",
            ),
            (
                "2028-12-26 09:15",
                1471,
                "[rp aid=1472 to={m3}]yep got it, Kenta is teaching her at 10:00 on 12/28 ⛷️",
            ),
            ("2028-12-26 11:05", 1473, "Gondola 2 reopened 11:02 🚡"),
            (
                "2028-12-27 14:00",
                1470,
                "年末年始のフロントのシフト表を共有します。[info][title]Front desk 12/29–1/3[/title]12/29 早番 小林 / 遅番 Anna\n12/30 早番 Anna / 遅番 小林\n12/31 early Jack (cover) / late 小林\n1/1–1/3 see sheet[/info]\n何かあれば言ってください〜",
            ),
            ("2028-12-27 14:20", 1471, "thanks Misaki-san! 👍"),
            (
                "2028-12-29 20:10",
                1472,
                "Heads up: the shuttle bus to Hakuba station runs on the holiday timetable from tomorrow until 1/3. the timetable is pinned at the concierge desk.",
            ),
            (
                "2028-12-31 23:50",
                1470,
                "皆さん今年もお疲れ様でした！よいお年を🎍 Happy new year everyone!",
            ),
            (
                "2029-01-01 09:00",
                1471,
                "あけましておめでとうございます！ fresh 30cm overnight ❄️ ski school is fully booked today",
            ),
            ("2029-01-02 10:30", 1473, "Do we know if night skiing starts again on 1/4 or 1/5?"),
            ("2029-01-02 10:40", 1470, "[rp aid=1473 to={m11}]1/5 の 17:00 からです"),
            (
                "2029-01-03 16:00",
                1472,
                "If anyone needs extra hands for the 1/6 torch-light parade, I'm free that evening 🙂",
            ),
            ("2029-01-05 09:00", 1470, "今年もよろしくお願いします！ Let's have a great season 🏂"),
        ],
        [],
    ),
    # 09 podcast network, EN: two jobs in one sentence with "by wed eod" and a :shortcode:; a
    # commitment "tomorrow"; "it'd be good to get X ... can you cut a 30s version? by 12/15
    # ideally"; an acceptance with an info question, a commitment "today" in a reply; bare reports
    # closing the sender's only open task; "intro tightened, guest audio only half levelled ... can
    # this wait till friday?" (one done, one moved); "we won't need ours after all" (cancel by the
    # assignee); list lines under [To] tags, one with a date that describes the recording.
    conv(
        "b12en-09",
        (99709, "Static Bloom Audio – 'Night Shift'"),
        M(1475, 1476, 1477, 1478, 1479),
        [
            (
                "2028-12-04 10:00",
                1475,
                "[To:1476]ep 48 rough cut is up in teh drive. can you tighten the intro and level the guest audio? need it by wed eod :pray:",
            ),
            ("2028-12-04 10:15", 1476, "[rp aid=1475 to={m1}]yup, will do both by wed"),
            (
                "2028-12-04 10:40",
                1477,
                "[To:1475]I'll record the pickups for the sponsor read tomorrow",
            ),
            (
                "2028-12-04 11:00",
                1478,
                "[To:1475]fyi Kettleworks renewed for Q1 🎉 same rate, 2 mid-rolls per episode",
            ),
            ("2028-12-04 11:05", 1475, "woo! nice one Felix"),
            (
                "2028-12-04 11:30",
                1478,
                "[To:1479]Iris, it'd be good to get the Kettleworks promo clip on IG before the holidays. can you cut a 30s version? by 12/15 ideally",
            ),
            (
                "2028-12-04 11:45",
                1479,
                "[rp aid=1478 to={m6}]can do! is the sponsor script final yet?",
            ),
            ("2028-12-04 11:50", 1478, "[rp aid=1479 to={m7}]yes, I'll send it over today"),
            ("2028-12-04 16:20", 1478, "sent the script to Iris's inbox 📩"),
            ("2028-12-05 15:40", 1477, "pickups recorded, 3 takes each, files in /ep48/pickups 🎙️"),
            (
                "2028-12-06 17:30",
                1476,
                "[rp aid=1475 to={m1}]intro tightened (-40s). guest audio is only half levelled, his mic clipped all over the second half 😩 can this wait till friday?",
            ),
            (
                "2028-12-06 17:45",
                1475,
                "[rp aid=1476 to={m11}]ok friday is fine, we publish monday",
            ),
            (
                "2028-12-08 18:10",
                1476,
                "[rp aid=1475 to={m1}]guest audio levelled + de-clipped, v3 in the drive",
            ),
            (
                "2028-12-11 09:30",
                1475,
                "[toall]ep 48 is live 🎉 thanks all. next up: ep 49 with Dr. Ono, recording 12/13 14:00 in studio A",
            ),
            (
                "2028-12-11 09:45",
                1479,
                "[rp aid=1478 to={m6}]Felix, Kettleworks just said they'll make the IG clip in-house, so we won't need ours after all 🙌",
            ),
            ("2028-12-11 09:50", 1478, "[rp aid=1479 to={m15}]ah nice, even better"),
            (
                "2028-12-12 10:00",
                1475,
                "[To:1476][To:1477]ep 49 prep:\n- Noor: send Dr. Ono the question list by thursday\n- Eli: book studio A for the 12/13 recording",
            ),
            ("2028-12-12 10:20", 1476, "studio A booked ✅ 12/13 14:00–16:00"),
        ],
        [
            task(1, ["intro"], [1476], ("2028-12-06", "Wed"), "done"),
            task(1, ["audio"], [1476], ("2028-12-08", "Fri"), "done"),
            task(3, ["pickups"], [1477], ("2028-12-05", "Tue"), "done"),
            task(8, ["script"], [1478], ("2028-12-04", "Mon"), "done"),
            task(17, ["question list"], [1477], ("2028-12-14", "Thu")),
            task(17, ["studio"], [1476], None, "done"),
        ],
    ),
    # 10 robotics lab, EN, read with a member's own account (self_account_id): a [toall] with two
    # jobs in one sentence (assignees: not the sender, not the reader); apostrophe-less "ill test
    # ... tomorrow and send ... by friday" (two tasks, two dues); the reader's own two commitments
    # "by monday" with a date that describes the camera-ready; a reply asking the reader for more;
    # info + a permission question; a reply naming both jobs of one message; "can I have until
    # tomorrow?"; a bare report from the reader closing his only open task; a professor's promise in
    # a reply, then her report plus a new ask; a bare report from one of the [toall] assignees.
    conv(
        "b12en-10",
        (99710, "Kawase Lab – manipulation group"),
        M(1480, 1481, 1482, 1483, 1484),
        [
            (
                "2028-12-14 09:30",
                1480,
                "[toall]Before the winter break please back up your experiment logs to the NAS and clear your bench. by 12/27 at the latest 🙏",
            ),
            ("2028-12-14 10:00", 1483, "ok!"),
            (
                "2028-12-14 10:15",
                1482,
                "gripper v3 fingers arrived from the print shop. ill test the new fingers on the UR5 tomorrow and send the grasp success numbers by friday",
            ),
            (
                "2028-12-14 11:20",
                1481,
                "[To:1480]Prof. Kawase, the ICRA camera-ready is due 12/22. I'll rewrite the related-work section and regenerate figure 4 with the new runs by monday",
            ),
            (
                "2028-12-14 11:40",
                1480,
                "[rp aid=1481 to={m4}]thanks Leo. could you also add the ablation table Sana mentioned? by monday as well",
            ),
            (
                "2028-12-14 13:00",
                1484,
                "fyi the compressor for the vacuum gripper is making a weird noise again. I've put an 'out of order' sign on it and emailed the vendor",
            ),
            (
                "2028-12-14 13:05",
                1483,
                "[rp aid=1484 to={m6}]Chen-san can I still use the suction cups on the other arm? need them for tomorrows demo",
            ),
            ("2028-12-14 13:10", 1484, "[rp aid=1483 to={m7}]yes, the other arm is fine"),
            (
                "2028-12-15 17:50",
                1482,
                "[rp aid=1482 to={m3}]new fingers tested on the UR5 ✅ grasp success numbers are in the group sheet: 87% on the YCB set (v2 was 71%)",
            ),
            (
                "2028-12-18 10:30",
                1481,
                "[rp aid=1481 to={m4}]related-work section rewritten and figure 4 regenerated",
            ),
            (
                "2028-12-18 10:40",
                1481,
                "[rp aid=1480 to={m5}]the ablation table still needs one more run, can I have until tomorrow?",
            ),
            ("2028-12-18 10:50", 1480, "[rp aid=1481 to={m11}]sure"),
            (
                "2028-12-19 16:00",
                1481,
                "ablation table added, full draft is in your inbox for a last look 📄",
            ),
            (
                "2028-12-19 16:30",
                1480,
                "[rp aid=1481 to={m13}]thanks! I'll send comments by thursday",
            ),
            ("2028-12-20 09:10", 1483, "bench cleared and logs backed up to the NAS 👍"),
            (
                "2028-12-21 18:30",
                1480,
                "[To:1481]Leo, comments are in the PDF, mostly small stuff. please submit it tomorrow after those fixes",
            ),
            ("2028-12-22 15:40", 1481, "camera-ready submitted 🎉 ICRA paper ID 4172"),
            ("2028-12-22 16:00", 1482, "congrats Leo!! 🥳"),
        ],
        [
            task(1, ["logs"], [1482, 1483, 1484], ("2028-12-27", "Wed")),
            task(1, ["bench"], [1482, 1483, 1484], ("2028-12-27", "Wed")),
            task(3, ["fingers"], [1482], ("2028-12-15", "Fri"), "done"),
            task(3, ["grasp"], [1482], ("2028-12-15", "Fri"), "done"),
            task(4, ["related"], [1481], ("2028-12-18", "Mon"), "done"),
            task(4, ["figure 4"], [1481], ("2028-12-18", "Mon"), "done"),
            task(5, ["ablation"], [1481], ("2028-12-19", "Tue"), "done"),
            task(14, ["comments"], [1480], ("2028-12-21", "Thu"), "done"),
            task(16, ["submit"], [1481], ("2028-12-22", "Fri"), "done"),
        ],
        self_account_id=1481,
    ),
    # 11 veterinary clinic group, mixed JA/EN, across the year-end break and 成人の日: a Japanese
    # ask with dates that describe the closure and いつでも大丈夫 (no due), accepted "on 12/30";
    # "3営業日以内" sent on 12/27 (skips 12/29 … 1/3); a closure notice in [info]; an info question
    # with a conditional offer; "4 of 6 booked" (not done); 週明け from Thursday 1/4 (1/8 is a
    # holiday); 見積もり届きました closes "ask for a quote"; a reply that asks for the next step;
    # a commitment after "fyi" whose date describes the change.
    conv(
        "b12en-11",
        (99711, "PawCare Clinics – admin (Setagaya / Meguro)"),
        M(1485, 1486, 1487, 1488),
        [
            (
                "2028-12-25 10:00",
                1485,
                "[To:1488]Carlos-san\n年末年始の休診中に、受付PCのWindowsアップデートをお願いできますか？ 12/29 から 1/3 までは誰もいないので、いつでも大丈夫です",
            ),
            (
                "2028-12-25 10:30",
                1488,
                "[rp aid=1485 to={m1}]sure, I'll do it remotely on 12/30 👍",
            ),
            (
                "2028-12-27 10:00",
                1486,
                "[To:1487]Taku-san, could you call the owners of the 6 dogs due for rabies boosters in January and book them in? the list is on the desk. 3営業日以内でお願いできると助かります 🙏",
            ),
            ("2028-12-27 10:10", 1487, "[rp aid=1486 to={m3}]承知しました！"),
            (
                "2028-12-27 14:00",
                1485,
                "[toall]年末年始のお知らせです。[info]休診：12/29(金)〜1/3(水)\n緊急時は夜間救急センター（03-5555-0142）へ\n1/4(木) から通常診療[/info]",
            ),
            (
                "2028-12-27 14:20",
                1486,
                "Yumi-san, thanks for the notice. Do we have enough vaccine stock for the first week of January? If not I can ask the supplier",
            ),
            ("2028-12-27 14:35", 1485, "[rp aid=1486 to={m6}]在庫は20本あるので大丈夫です！"),
            (
                "2028-12-28 17:00",
                1487,
                "[rp aid=1486 to={m3}]4 of 6 booked. 2 owners didnt pick up, will try them again after the holidays",
            ),
            (
                "2028-12-30 11:20",
                1488,
                "[rp aid=1485 to={m1}]Windows updates done on both reception PCs, rebooted and checked the printer still works 🖨️",
            ),
            (
                "2029-01-04 09:10",
                1485,
                "明けましておめでとうございます！本年もよろしくお願いします🎍",
            ),
            (
                "2029-01-04 09:30",
                1486,
                "Happy new year! [To:1485]Yumi-san, the ultrasound service contract expires at the end of January. could you ask the vendor for a renewal quote? 週明けで大丈夫です",
            ),
            ("2029-01-04 09:45", 1485, "[rp aid=1486 to={m11}]承知しました"),
            (
                "2029-01-05 16:30",
                1487,
                "[rp aid=1486 to={m3}]remaining 2 owners booked too, all 6 rabies boosters are in the calendar 📅",
            ),
            ("2029-01-05 16:40", 1486, "Taku-san you're a star ⭐ ありがとう！"),
            (
                "2029-01-09 11:00",
                1485,
                "[rp aid=1486 to={m11}]業者さんから更新の見積もりが届きました。前年と同額です。PDFは共有フォルダに入れてあります",
            ),
            (
                "2029-01-09 11:20",
                1486,
                "[rp aid=1485 to={m15}]great, let's renew. could you send them the signed order form by friday?",
            ),
            (
                "2029-01-11 15:00",
                1488,
                "[To:1485]fyi the clinic wifi password changes on 1/15, I'll put the new password on a card at reception",
            ),
        ],
        [
            task(1, ["Windows"], [1488], ("2028-12-30", "Sat"), "done"),
            task(3, ["rabies"], [1487], ("2029-01-05", "Fri"), "done"),
            task(11, ["ultrasound"], [1485], ("2029-01-09", "Tue"), "done"),
            task(16, ["order form"], [1485], ("2029-01-12", "Fri")),
            task(17, ["password"], [1488], None),
        ],
    ),
    # 12 bike-share field ops, EN, no task at all: overnight report, "heading out now", FYI stats, a
    # fix reported without any request, thanks, an info question, a city notice with a request in
    # 「」 inside [info], "lmk if ..." offer, a status report, a conditional plan with a promise to
    # report by a time.
    conv(
        "b12en-12",
        (99712, "CycleLoop Tokyo – field ops"),
        M(1490, 1491, 1492, 1493),
        [
            (
                "2029-01-15 07:45",
                1492,
                "morning! 14 bikes flagged low battery overnight, dispatch list is in the app",
            ),
            ("2029-01-15 07:50", 1491, "thx, heading out now"),
            (
                "2029-01-15 09:30",
                1493,
                "FYI weekend rides were up 18% vs last weekend, mostly Shibuya & Ebisu docks. dashboard updated",
            ),
            ("2029-01-15 09:35", 1490, "nice 📈"),
            (
                "2029-01-15 11:10",
                1491,
                "station 0412 (Ebisu Garden Place) dock 7 was jammed again. already swapped the lock module, works now",
            ),
            (
                "2029-01-15 11:15",
                1490,
                "[rp aid=1491 to={m5}]ty Kofi 🙏 thats the third time this month",
            ),
            ("2029-01-15 13:00", 1492, "Is the Meguro river depot open on Saturdays in January?"),
            ("2029-01-15 13:05", 1490, "[rp aid=1492 to={m7}]yes, 9–15 only"),
            (
                "2029-01-16 08:00",
                1490,
                "[info][title]Notice from the ward office[/title]「Please keep bicycles off the tactile paving at all stations. Repeated violations may lead to a permit review.」[/info]\njust forwarding, we're mostly fine on this",
            ),
            (
                "2029-01-16 08:20",
                1493,
                "lmk if anyone wants the raw data behind the weekend numbers",
            ),
            (
                "2029-01-16 17:30",
                1491,
                "rebalancing done for today: 38 bikes moved, 2 stations still over capacity (Ebisu 3, Daikanyama 1)",
            ),
            (
                "2029-01-17 09:00",
                1492,
                "Heads up: snow forecast for tomorrow night. if it sticks we'll pause the Daikanyama hill stations, I'll let you know by 17:00 tomorrow",
            ),
            ("2029-01-17 09:10", 1490, "[rp aid=1492 to={m12}]👍 thanks for the heads up"),
        ],
        [],
    ),
    # 13 university grants office, mixed JA/EN: a Japanese ask "1/19(金) までに" with a second date
    # that describes the internal deadline; a request for a figure, accepted 本日中, then sent; a
    # commitment "I'll get a signed PDF from them"; memo lines 名前（~M/D HH:MM） / 名前 (the sender
    # herself) / 名前、来週中 with an info line; an acceptance with an info question; "only half
    # written ... can I send it monday?"; a reply naming one line of the memo; 発注しました; "got
    # the signed PDF"; someone else did the sender's own job (stays open).
    conv(
        "b12en-13",
        (99713, "Tōyō Univ. Research Support – international grants"),
        M(1494, 1495, 1496, 1497),
        [
            (
                "2029-01-15 10:00",
                1494,
                "[To:1495]Lee先生\nHorizon grant の budget justification、英語版のドラフトを 1/19(金) までにいただけますか？ 学内締切が 1/26 なので、その前に一度 check したいです",
            ),
            ("2029-01-15 10:30", 1495, "[rp aid=1494 to={m1}]Inoue-san, 了解です! 1/19 is fine"),
            (
                "2029-01-15 10:35",
                1495,
                "[To:1496]Suzuki-san, could you send me the FY2029 overhead rate? I need it for the budget",
            ),
            ("2029-01-15 10:50", 1496, "[rp aid=1495 to={m3}]承知しました。本日中にお送りします"),
            (
                "2029-01-15 15:20",
                1496,
                "[rp aid=1495 to={m3}]Lee先生、間接経費率の資料をメールでお送りしました（FY2029: 30%）",
            ),
            (
                "2029-01-16 09:30",
                1497,
                "[To:1494]Inoue-san, the partner university in Leiden sent their letter of support. It's unsigned though 😅 I'll get a signed PDF from them",
            ),
            ("2029-01-16 09:40", 1494, "[rp aid=1497 to={m6}]ありがとうございます、助かります🙏"),
            (
                "2029-01-17 11:00",
                1494,
                "1/17 grants sync メモ\n・Data management plan の更新：Fatima（~1/22 17:00）\n・学内決裁の回付：井上\n・英文校正の手配：鈴木さん、来週中\n・次回 sync：1/24 11:00",
            ),
            (
                "2029-01-17 11:20",
                1496,
                "[rp aid=1494 to={m8}]英文校正の件、了解です。業者は前回と同じで良いですか？",
            ),
            ("2029-01-17 11:25", 1494, "[rp aid=1496 to={m9}]はい、同じで大丈夫です"),
            (
                "2029-01-19 17:40",
                1495,
                "[rp aid=1494 to={m1}]sorry Inoue-san, the budget justification is only half written, the equipment section needs the vendor quote. can I send it monday?",
            ),
            ("2029-01-19 17:50", 1494, "[rp aid=1495 to={m11}]はい、月曜で大丈夫です！"),
            (
                "2029-01-22 16:30",
                1497,
                "[rp aid=1494 to={m8}]DMP updated on the shared drive (v3), the storage section now covers the Leiden data too",
            ),
            (
                "2029-01-22 18:05",
                1495,
                "[rp aid=1494 to={m1}]full draft of the budget justification is in the folder now 🙇",
            ),
            (
                "2029-01-23 10:00",
                1497,
                "got the signed PDF from Leiden ✍️ filed under /support_letters",
            ),
            (
                "2029-01-23 10:20",
                1496,
                "[rp aid=1494 to={m8}]英文校正、業者に発注しました。納品は 1/29 の予定です",
            ),
            (
                "2029-01-24 09:30",
                1494,
                "学内決裁、研究推進課の田中さんが先に回してくださってました🙏",
            ),
        ],
        [
            task(1, ["budget"], [1495], ("2029-01-22", "Mon"), "done"),
            task(3, ["overhead"], [1496], ("2029-01-15", "Mon"), "done"),
            task(6, ["signed"], [1497], None, "done"),
            task(8, ["management plan"], [1497], ("2029-01-22T17:00", "Mon"), "done"),
            task(8, ["決裁"], [1494], None),
            task(8, ["校正"], [1496], ("2029-01-26", "Fri"), "done"),
        ],
    ),
    # 14 furniture web shop support, EN: a pasted customer e-mail ("> " lines) followed by the
    # agent's own two jobs "today"; a reply that asks a third member ([To] wins over [rp]), done by
    # "checked: 2 spare"; "could you ship a panel ... tomorrow?" in a reply; a self-reply naming
    # both jobs; an info question; list lines "Name: work (by thursday)"; "+1"; done in other words
    # ("drafted", "reviewed ... it's live now"); "it'd be good to get X ... by 1/31" with a
    # signature, then "nvm ... we don't need ours" (cancel by the requester).
    conv(
        "b12en-14",
        (99714, "Oakhaven Furniture – CS team"),
        M(1405, 1406, 1407, 1408),
        [
            (
                "2029-01-22 09:15",
                1406,
                "pasting a customer email (order #OH-58213):\n> Hi, the walnut sideboard arrived with a cracked back panel. Could you please send a replacement panel or arrange a pickup? I'd appreciate a reply by Friday.\n> — K. Ogawa\nI'll reply to her and log a damage claim today",
            ),
            (
                "2029-01-22 09:30",
                1405,
                "[rp aid=1406 to={m1}]ty Hiro. [To:1407]Amara, can you check whether we have a spare back panel for the WS-120 in stock?",
            ),
            (
                "2029-01-22 09:50",
                1407,
                "[rp aid=1405 to={m2}]checked: 2 spare WS-120 back panels on shelf C4 👍",
            ),
            (
                "2029-01-22 10:05",
                1405,
                "[rp aid=1407 to={m3}]perfect, could you ship a panel to Mrs. Ogawa tomorrow? address is on the order",
            ),
            (
                "2029-01-22 10:20",
                1406,
                "[rp aid=1406 to={m1}]replied to her + damage claim logged (DC-0119)",
            ),
            (
                "2029-01-22 11:00",
                1408,
                "[To:1405]Jess, quick q: are we still offering free assembly in the 23 wards this month?",
            ),
            ("2029-01-22 11:05", 1405, "[rp aid=1408 to={m6}]yes, until 1/31"),
            (
                "2029-01-23 16:00",
                1407,
                "[rp aid=1405 to={m4}]panel shipped via Yamato, tracking 4471-2290-3381 📦",
            ),
            (
                "2029-01-24 10:00",
                1405,
                "[To:1406][To:1408]the delivery-delay macro still mentions the old carrier 🙄\n- Hiro: rewrite the macro (by thursday)\n- Luca: review it before it goes live",
            ),
            ("2029-01-24 10:15", 1408, "+1 👍"),
            (
                "2029-01-25 17:50",
                1406,
                "[rp aid=1405 to={m9}]new delay macro is drafted in Zendesk (not live yet) 📝",
            ),
            (
                "2029-01-26 11:00",
                1408,
                "[rp aid=1405 to={m9}]reviewed the new macro, fixed two typos, otherwise good. its live now ✅",
            ),
            (
                "2029-01-29 09:30",
                1405,
                "[To:1406]Hiro, it'd be good to get the January complaint stats into the monthly report. could you pull them by 1/31?\n-- Jess",
            ),
            ("2029-01-29 09:40", 1406, "[rp aid=1405 to={m13}]sure 👍"),
            (
                "2029-01-30 14:00",
                1405,
                "[rp aid=1405 to={m13}]actually nvm, the BI team is pulling the complaint stats for all teams now, so we dont need ours",
            ),
            ("2029-01-30 14:05", 1406, "[rp aid=1405 to={m15}]oh nice, np"),
            ("2029-01-31 17:55", 1407, "fyi the warehouse closes at 15:00 on 2/2 for stocktaking"),
        ],
        [
            task(1, ["reply"], [1406], ("2029-01-22", "Mon"), "done"),
            task(1, ["claim"], [1406], ("2029-01-22", "Mon"), "done"),
            task(2, ["panel"], [1407], None, "done"),
            task(4, ["panel"], [1407], ("2029-01-23", "Tue"), "done"),
            task(9, ["macro"], [1406], ("2029-01-25", "Thu"), "done"),
            task(9, ["review"], [1408], None, "done"),
        ],
    ),
    # 15 documentary film festival programming, EN: "X needs JP subtitles by 10/6"; "anyone free to
    # ... this week?" (no assignee) answered only by a decline; an info notice, then "could you
    # book her a hotel ...?" whose dates describe the stay; "the KDM is still pending on your side,
    # we need it by 10/3"; a chase ("any update?") and a status with ooo; "send me reels 1–3 and
    # I'll spot-check the timings tomorrow" (a request and a commitment); "sent!"; done in other
    # words; "aren't finished yet ... can I have 2 more business days?" across スポーツの日.
    conv(
        "b12en-15",
        (99715, "Kitanokaze Doc Fest 2029 – programming"),
        M(1414, 1415, 1416, 1417, 1418),
        [
            (
                "2028-09-25 10:00",
                1414,
                "[To:1416]Sora, the Gdańsk film ('Salt Roads') needs JP subtitles by 10/6. the dialogue list is on the drive",
            ),
            ("2028-09-25 10:10", 1416, "[rp aid=1414 to={m1}]got it"),
            (
                "2028-09-25 10:30",
                1414,
                "anyone free to watch the 3 late submissions this week? screener links are in the sheet",
            ),
            (
                "2028-09-25 10:45",
                1415,
                "[rp aid=1414 to={m3}]sorry, swamped with the print schedule this week 🙏",
            ),
            (
                "2028-09-25 11:00",
                1417,
                "[To:1414]Ines, the director of 'Salt Roads' confirmed she can attend 10/20–10/22 ✈️ the embassy covers her flights",
            ),
            (
                "2028-09-25 11:10",
                1414,
                "[rp aid=1417 to={m5}]wonderful! could you book her a hotel near the venue for those nights?",
            ),
            ("2028-09-25 11:20", 1417, "[rp aid=1414 to={m6}]will do 👍"),
            (
                "2028-09-27 15:00",
                1418,
                "[To:1415]Theo, the KDM for 'Lanterns' is still pending on your side, we need it by 10/3 for the tech check 🙏",
            ),
            ("2028-09-27 15:20", 1415, "[rp aid=1418 to={m8}]on it, chasing the lab now"),
            (
                "2028-09-28 09:00",
                1414,
                "[To:1416]Sora, how are the Salt Roads subs coming along? any update?",
            ),
            (
                "2028-09-28 09:30",
                1416,
                "[rp aid=1414 to={m10}]reels 1–3 done, 4–5 in progress. btw I'm ooo 10/2–10/4 (family thing)",
            ),
            (
                "2028-09-28 09:40",
                1418,
                "[To:1416]send me reels 1–3 and I'll spot-check the timings tomorrow",
            ),
            ("2028-09-28 10:15", 1416, "[rp aid=1418 to={m12}]sent! 🙏"),
            (
                "2028-09-29 18:00",
                1418,
                "[rp aid=1418 to={m12}]spot-checked reels 1–3, timings look fine except two lines in reel 2 (notes in the sheet)",
            ),
            (
                "2028-10-02 10:00",
                1415,
                "[rp aid=1418 to={m8}]KDM arrived and tested on screen 2 ✅ valid 10/1–11/30",
            ),
            (
                "2028-10-05 16:30",
                1417,
                "[rp aid=1414 to={m6}]hotel booked: Hotel Mizuki, 10/20–10/23, 2 min walk from the venue 🏨",
            ),
            (
                "2028-10-06 11:00",
                1416,
                "[rp aid=1414 to={m1}]sorry Ines, reels 4–5 aren't finished yet 🙇 can I have 2 more business days?",
            ),
            ("2028-10-06 11:10", 1414, "[rp aid=1416 to={m17}]ok, wednesday then"),
        ],
        [
            task(1, ["subtitles"], [1416], ("2028-10-11", "Wed")),
            task(3, ["submissions"], [], ("2028-09-29", "Fri")),
            task(6, ["hotel"], [1417], None, "done"),
            task(8, ["KDM"], [1415], ("2028-10-03", "Tue"), "done"),
            task(12, ["reels"], [1416], None, "done"),
            task(12, ["timings"], [1418], ("2028-09-29", "Fri"), "done"),
        ],
    ),
    # 16 hotel wedding banquet team, mixed JA/EN: to-do lines in both languages with (by 11/30),
    # no date and (~12/4 18:00), and an info line; an acceptance "by wednesday" in French-flavoured
    # English; a commitment "today" plus a request "by friday" in one message; 再送しました; an old
    # Chatwork task body (lt=0, no ltype) and its task_done; "sent" in a reply; a bare "done ✅" with
    # one open task; 来週月曜までで for an answer, then called off by the requester in a [qt]
    # (確認は不要です); 受領しました; a commitment with a date and a time; a [toall] call time.
    conv(
        "b12en-16",
        (99716, "Grand Minato Hotel – Weddings & Banquets"),
        M(1424, 1425, 1426, 1427, 1428),
        [
            (
                "2028-11-27 10:00",
                1424,
                "12/9 小野寺様・Williams様 wedding の最終確認です🙏\n・final cake design: Amélie (by 11/30)\n・装花の見積もり再送：加藤さん\n・BGMリストの受領：渡辺さん（~12/4 18:00）\n・当日の人数：82名（確定）",
            ),
            (
                "2028-11-27 10:20",
                1427,
                "[rp aid=1424 to={m1}]d'accord! I'll send the final sketch by wednesday 🎂",
            ),
            (
                "2028-11-27 10:30",
                1425,
                "[To:1424]Tamura-san, the couple asked for a vegan option for 6 guests. I'll talk to the kitchen today, and could you confirm the final vegan count with the couple by friday?",
            ),
            ("2028-11-27 10:45", 1424, "[rp aid=1425 to={m3}]承知しました！ will ask them tonight"),
            (
                "2028-11-28 14:00",
                1426,
                "[rp aid=1424 to={m1}]装花の見積もり、再送しました📎 前回から白バラを10本追加しています",
            ),
            (
                "2028-11-28 15:30",
                1424,
                task_added(1428, 0, "音響リハーサルの日程調整（新郎側バンド）", None),
            ),
            ("2028-11-28 15:40", 1428, "(bow)"),
            (
                "2028-11-29 16:00",
                1427,
                "[rp aid=1424 to={m1}]final cake sketch sent to your mail, 3 tiers + sugar camellias 🌸",
            ),
            ("2028-11-30 11:00", 1425, "done ✅"),
            (
                "2028-11-30 11:02",
                1425,
                "kitchen will do a mushroom wellington for the vegan guests",
            ),
            (
                "2028-11-30 11:30",
                1426,
                "[To:1424]Tamura-san, the florist asks if the couple wants the petal shower at the chapel exit. could you check with them? 返事は来週月曜までで大丈夫です",
            ),
            (
                "2028-12-01 17:00",
                1424,
                "[rp aid=1425 to={m3}]vegan count confirmed: 6 → 7 (the bride's aunt too) 🌱",
            ),
            (
                "2028-12-04 10:00",
                1426,
                "[qt][qtmeta aid=1426 time={t11}]Tamura-san, the florist asks if the couple wants the petal shower at the chapel exit. could you check with them? 返事は来週月曜までで大丈夫です[/qt]\nこちら、花屋さん側で動線的に難しいとのことで、フラワーシャワー自体なくなりました。確認は不要です🙏",
            ),
            (
                "2028-12-04 17:30",
                1428,
                "[rp aid=1424 to={m1}]BGMリスト、新郎様から受領しました🎵 全48曲",
            ),
            (
                "2028-12-05 11:00",
                1428,
                task_done(1428, 0, "音響リハーサルの日程調整（新郎側バンド）", None),
            ),
            (
                "2028-12-06 09:30",
                1427,
                "[To:1424]Tamura-san, I'm off on 12/8. I'll deliver the cake to the banquet kitchen myself on 12/9 at 9:00, so no worries",
            ),
            ("2028-12-06 09:45", 1424, "[rp aid=1427 to={m16}]助かります！ありがとうございます🙏"),
            (
                "2028-12-08 18:00",
                1424,
                "[toall]明日はよろしくお願いします！集合は 7:30 に宴会場Bです。",
            ),
        ],
        [
            task(1, ["cake"], [1427], ("2028-11-29", "Wed"), "done"),
            task(1, ["見積"], [1426], None, "done"),
            task(1, ["BGM"], [1428], ("2028-12-04T18:00", "Mon"), "done"),
            task(3, ["kitchen"], [1425], ("2028-11-27", "Mon"), "done"),
            task(3, ["count"], [1424], ("2028-12-01", "Fri"), "done"),
            task(6, ["リハーサル"], [1428], None, "done"),
            task(16, ["cake"], [1427], ("2028-12-09T09:00", "Sat")),
        ],
    ),
]
