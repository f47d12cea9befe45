# ruff: noqa: E501
"""Blind set 16, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first ~100 and last 40 lines of blind14_en_cases.py (for the
file's shape), never the parser's source, its other tests or its notes, and never ran
the parser on these texts. Fifteen searches were made only to learn how people
phrase things at work: eight of stored web pages (Slack etiquette and emoji
conventions with asking a coworker for help, follow-ups after no reply, shift-handover
notes, declining extra work, asking for a deadline extension, daily status updates
with done/today/blockers, IT helpdesk ticket replies, hotel front-desk shift logs)
and seven of public issue and pull-request threads ("can you take a look", "I'll pick
this up", "any update / ETA?", "this can be closed / not needed anymore", "I won't
have time, unassigning myself", "happy to review / blocked by", "done in ...,
closing"). Every person, company, address and sentence here is invented and written
fresh; nothing is copied. Gold dues were computed with a throwaway script in /tmp
(datetime + jpholiday via the project venv; one function per row of the spec's
deadline table: today/EOD, tomorrow, bare weekday with today included, next +
weekday, this week = Friday, 月末, M/D within the 30-days-back window, business
days skipping weekends, Japanese holidays incl. the 2032 Silver Week 9/20-9/22 and
Golden Week, and 12-29 .. 01-03), not by hand. Cancelled tasks are left out of the
gold, as the spec drops them.

Domains: hotel front office (Tokyo, mixed), marketing agency, export logistics
coordinators (Tokyo, mixed), university admissions (formal, Chatwork task markup),
game studio build/QA room with a CI bot, law-firm paralegals (formal, Silver Week),
HR onboarding (Tokyo, mixed), data-platform standup (daily reports), construction
PM (weekly to-do list with owners), food-bank volunteers (no task), customer success
(year end), IT helpdesk (the reading bot as self account), new-joiner welcome room
(no task), game-studio art lounge (no task).

Covers: [To:] requests, requests to nobody ("can someone take a look?", "anyone?",
"could day shift chase them"), an ask to a name in plain text with no [To:],
subject-less and "me:" commitments, daily-report "today:" lines as commitments,
to-do lists with owners ("- Connor: ... (~11/5)", "(~11/8 12:00)"), a list line that
names a member but asks for nothing, several tasks in one message (request + own
promise, a pasted guest email holding its own requests), acceptances with and without
a deadline that then becomes the task's (木曜にやっておきます, "realistically 11/10",
"I'll send the request today"), asks for more time by the assignee in a reply ("can
we have till monday?", "would next Thursday be acceptable?", "I'll get it to you
Monday morning"), completions in other words (told him at the desk, sent, ordered,
forwarded to the broker, lgtm, confirmed with the pump company, cert in hand, boosted,
pushed a new cert, shelves were all clear), by reply, by quote (also quoting one's
own message) and bare from an assignee with one open task; a bare "done ✅" from an
assignee with two open tasks (closes none), then a quote that closes one of them;
bare "done" from one of several assignees ([toall] and [To:]x2) closing nothing;
partial and future reports (2/3 done, "they'll send it tomorrow", 40%, failed
inspection); paraphrased cancellations by the requester or assignee in a reply
("never mind, their sales guy is picking them up himself", "we can skip the intro
call", "I won't have time for it ... back in the backlog"); Chatwork task markup
(ltype date / time / none, task_done); [toall] with and without a bot as self
account. Deadline families: noon today, tomorrow 3pm, tomorrow noon, monday noon,
thursday 5pm, EOD, today, tomorrow, bare weekdays, next Thursday, this week/今週中,
月末, M/D (9/30, 11/10, 12/28), 2営業日以内 across Golden Week, 3 business days
across Silver Week and across the year end into 2033, ASAP = null, and dates that
describe the thing (arrives 15:00, hearing moved to 10/4, the 2029 deed, pour at 7am
tomorrow). Non-tasks: handovers and site diaries, FYI, bot digests and CI alerts,
information questions, vague offers and roles ("I can help out", "I can cover"),
conditions ("if you spot ..."), requests to wait, quoted customer letters and
pasted templates, promises to report, links posted in the message itself,
out-of-office notes, chit-chat, emoji and :shortcodes:.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    # b16en-01 hotel front office (Tokyo, mixed)
    2401: "Lucas Moreau",
    2402: "中島 美咲",
    2403: "Anjali Rao",
    2404: "森田 翔",
    # b16en-02 marketing agency
    2405: "Priya Raman",
    2406: "Tom Becker",
    2407: "Mariana Silva",
    2408: "Jasper Quinn",
    # b16en-03 export logistics (Tokyo, mixed)
    2409: "渡辺 健二",
    2410: "Olivia Grant",
    2411: "山口 彩",
    2412: "Diego Fernández",
    # b16en-04 university admissions
    2413: "Helen Okafor",
    2414: "Samuel Achterberg",
    2415: "Yuki Hartmann",
    2416: "Rosa Delgado",
    # b16en-05 game studio build & QA
    2417: "Nikolai Petrov",
    2418: "Aiko Brennan",
    2419: "Femi Adeyemi",
    2420: "Lena Hoffmann",
    # b16en-06 law-firm paralegals
    2421: "Margaret Ellison",
    2422: "Devon Clarke",
    2423: "Sofia Marchetti",
    2424: "Hannah Kowalczyk",
    # b16en-07 HR onboarding (Tokyo, mixed)
    2425: "佐々木 恵",
    2426: "Ethan Cole",
    2427: "Fatima Idrissi",
    2428: "小林 直樹",
    # b16en-08 data platform standup
    2429: "Grace Nakamura-Lee",
    2430: "Omar Siddiqui",
    2431: "Ines Carvalho",
    2432: "Pavel Novak",
    # b16en-09 construction PM
    2433: "Ravi Menon",
    2434: "Connor Doyle",
    2435: "Elif Yıldız",
    2436: "Marcus Bell",
    # b16en-10 food-bank volunteers
    2437: "Dolores Whitaker",
    2438: "Ben Osei",
    2439: "Hana Petrović",
    2440: "Luis Ortega",
    2441: "Meera Pillai",
    # b16en-11 customer success
    2443: "Chloe Tan",
    2444: "Ibrahim Khalil",
    2445: "Sara Lindgren",
    2446: "Mateo Rinaldi",
    # b16en-12 IT helpdesk
    2447: "Aaron Fitch",
    2448: "Nadia Rahman",
    2449: "Joel Park",
    2450: "Tanvir Hossain",
    # b16en-13 new-joiner welcome room
    2451: "Naomi Sterling",
    2452: "Kiran Desai",
    2453: "Bella Ferreira",
    2454: "Thomas Ng",
    2455: "Amara Nwosu",
    # b16en-14 game-studio art lounge
    2456: "Ottilie Brandt",
    2457: "Yusuf Demir",
    2458: "Clara Jensen",
    2459: "Renata Costa",
    # bots
    2497: "Forge CI",
    2499: "DeskSync Bot",
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


CASES = [
    # b16en-01 hotel front office, Tokyo (mixed). m1 night handover = report only.
    # m2 [To:] late-checkout check "before noon today" -> 10/4 12:00 (the 2pm checkout
    # tomorrow describes the thing), 承知しました is no task, closed by the reply "told
    # Mr. Whitfield at the desk". m4 "I'll set up the luggage area" = commitment with no
    # time (15:00 is the group's arrival, not a deadline), closed by the bare "luggage
    # area is ready" (Mori's only open task then). m7/m8 covering the bell desk is a
    # role -> no task. m10 pastes a guest email (its requests are no task) and holds two
    # tasks: the cot for Mori by Friday (10/8), moved by his acceptance 木曜 -> 10/7 and
    # closed by his reply; Lucas's own "I'll answer her about the early check-in
    # tomorrow" (10/5), closed by his bare "replied to Ms. Lindqvist". m12 "could day
    # shift chase them" names the work (905 AC) but no member -> [] open.
    conv(
        "b16en-01",
        (96101, "Hotel Kaede Shinjuku – Front Office"),
        M(2401, 2402, 2403, 2404),
        [
            (
                "2032-10-04 07:55",
                2403,
                "Night handover 🌙\n- 1208 late arrival checked in 02:10, passport copied\n- 905 complained about AC noise, moved them to 907, engineering ticket is in\n- lost property: black umbrella, logged in the book\nnothing else open from my side",
            ),
            (
                "2032-10-04 08:10",
                2401,
                TO(2402, "さん")
                + "\nMr. Whitfield in 1502 asked for a late checkout tomorrow, 2pm. can you check with housekeeping and confirm with him before noon today?",
            ),
            ("2032-10-04 08:12", 2402, RP(2401, 2) + "承知しました！"),
            (
                "2032-10-04 09:30",
                2404,
                "the tour group from Melbourne (28 pax) arrives around 15:00, their bags come separately by truck. I'll set up the luggage area by the side door",
            ),
            (
                "2032-10-04 11:05",
                2402,
                RP(2401, 2) + "HK is fine with 2pm, told Mr. Whitfield at the desk 👍",
            ),
            (
                "2032-10-04 11:40",
                2401,
                "FYI the card reader at counter 2 is acting up again, vendor is coming Wed morning. counters 1 and 3 are fine",
            ),
            (
                "2032-10-04 13:20",
                2404,
                "anyone around to cover the bell desk 14:00-14:30? dentist 🦷",
            ),
            ("2032-10-04 13:25", 2402, "I can cover, counter is quiet"),
            (
                "2032-10-04 14:50",
                2404,
                "luggage area is ready, tags and trolleys are out :white_check_mark:",
            ),
            (
                "2032-10-04 16:45",
                2401,
                TO(2404, "さん")
                + "\nguest email for the 10/9 arrival, pasting it here:\n---\nDear Hotel Kaede, could you please arrange a baby cot in our room and let us know whether early check-in around 11am is possible? Kind regards, H. Lindqvist\n---\nplease have a cot set up in 1107 by Friday. I'll answer her about the early check-in tomorrow",
            ),
            ("2032-10-04 16:50", 2404, RP(2401, 10) + "了解です、木曜にやっておきます"),
            (
                "2032-10-05 07:50",
                2403,
                "night report: all quiet, occupancy 91%. engineering still hasn't looked at the 905 AC, could day shift chase them please? 🙏",
            ),
            (
                "2032-10-05 10:30",
                2401,
                "replied to Ms. Lindqvist, early check-in is OK if 1107 is ready by then",
            ),
            ("2032-10-07 21:00", 2404, RP(2401, 10) + "cot is in 1107 ✅"),
            (
                "2032-10-09 11:20",
                2402,
                "Lindqvist様ご一家 arrived, very happy with the room 😊",
            ),
        ],
        [
            task(2, ["late checkout"], [2402], ("2032-10-04T12:00", "Mon"), "done"),
            task(4, ["luggage area"], [2404], None, "done"),
            task(10, ["cot"], [2404], ("2032-10-07", "Thu"), "done"),
            task(10, ["check-in"], [2401], ("2032-10-05", "Tue"), "done"),
            task(12, ["905"], [], None, "open"),
        ],
    ),
    # b16en-02 marketing agency. m2 "could you two" moodboards by Thursday (3/4) for
    # two [To:] people; the assignee's reply to it "can we have till monday?" moves the
    # due to 3/8 (read from Wed 3/3; the requester agrees in a reply to that reply), and
    # the reply "that's all three in the folder" closes it (multi-assignee, by reply).
    # m4 "i'll draft ... EOD" = commitment 3/1, closed by the bare "calendar's in the
    # folder". m5 is an information question. m10 asks Priya to look over the copy
    # "before the friday call" -> Friday 3/5, closed by "looks good!". m12 [To:] poster
    # layouts, "no rush" -> null, open ("on it" is no task). m15 Jasper cannot do the
    # boost and asks "anyone?" -> task with no assignee, closed by Mariana's reply
    # "boosted it". m17 is an ask to a name in plain text with no [To:] -> [] open.
    conv(
        "b16en-02",
        (96102, "Brightfold – Halden Coffee account"),
        M(2405, 2406, 2407, 2408),
        [
            (
                "2032-03-01 09:20",
                2405,
                "morning! Halden signed off on the spring campaign brief 🎉 deck is here: https://drive.example/halden-spring",
            ),
            (
                "2032-03-01 09:35",
                2405,
                TO(2406)
                + " "
                + TO(2407)
                + "\ncould you two put together three moodboard directions for the in-store posters by Thursday? client call is Friday 10am",
            ),
            ("2032-03-01 09:40", 2406, "yep"),
            (
                "2032-03-01 10:02",
                2408,
                "i'll draft the instagram calendar for april and drop it in the folder EOD",
            ),
            (
                "2032-03-01 10:10",
                2407,
                "quick q — is the tagline locked or can we still play with it?",
            ),
            (
                "2032-03-01 10:14",
                2405,
                RP(2407, 5) + "still open, they liked 'slow mornings' best but nothing is signed",
            ),
            ("2032-03-01 17:55", 2408, "calendar's in the folder, 12 posts + 4 reels"),
            (
                "2032-03-03 11:30",
                2406,
                RP(2405, 2)
                + "heads up, we'll only have two directions ready by thursday, the third one needs photography we don't have yet. can we have till monday for it?",
            ),
            ("2032-03-03 11:42", 2405, RP(2406, 8) + "fine by me 👍"),
            (
                "2032-03-04 16:00",
                2407,
                "copy for the posters v1 is in the doc, headline options on p.2.\n"
                + TO(2405)
                + " would you have time to look over the copy before the friday call?",
            ),
            (
                "2032-03-04 18:20",
                2405,
                RP(2407, 10) + "looks good! tiny tweak: 'brewed' not 'brew'. otherwise good to go",
            ),
            (
                "2032-03-05 12:10",
                2405,
                "call went well 🙌 they're leaning to B but want to see the third direction first.\n"
                + TO(2406)
                + " could you start the poster layouts on B in the meantime? no rush",
            ),
            ("2032-03-05 12:15", 2406, RP(2405, 12) + "on it"),
            (
                "2032-03-08 15:30",
                2406,
                RP(2405, 2)
                + "third direction is up (the film-grain one), so that's all three in the folder",
            ),
            (
                "2032-03-09 10:00",
                2408,
                "halden's community manager asked if we can boost last week's reel. I won't have time today, swamped with the Orla launch — anyone?",
            ),
            (
                "2032-03-09 10:20",
                2407,
                RP(2408, 15) + "boosted it just now, same budget as last time 👍",
            ),
            (
                "2032-03-09 11:00",
                2405,
                "Mariana, when you get a sec could you proofread the Orla press release? it's in the Orla folder",
            ),
        ],
        [
            task(2, ["moodboard"], [2406, 2407], ("2032-03-08", "Mon"), "done"),
            task(4, ["instagram calendar"], [2408], ("2032-03-01", "Mon"), "done"),
            task(10, ["copy"], [2405], ("2032-03-05", "Fri"), "done"),
            task(12, ["poster layouts"], [2406], None, "open"),
            task(15, ["reel"], [], None, "done"),
            task(17, ["press release"], [], None, "open"),
        ],
    ),
    # b16en-03 export logistics, Tokyo (mixed). m2 [To:] invoice + packing list "by
    # tomorrow 3pm" -> 4/27 15:00, はい、対応します is an acceptance, closed by the reply
    # 送付しました. m4 "ETA on the Osaka truck?" asks for information only. m6 "I'll redo
    # the label template" = commitment, no time, closed by Diego quoting it with "done".
    # m9 courier pickup for Friday is cancelled by the requester's reply "never mind ...
    # picking them up himself" -> dropped. m11 MSDS "ASAP" -> null; the reply "they'll
    # send it tomorrow" closes nothing; "MSDS arrived, forwarded to the broker" closes
    # it. m14 two [To:], 2営業日以内 from Fri 4/30 across Golden Week -> 5/7, closed by a
    # reply. m19 own commitment 金曜までに -> 5/7, open.
    conv(
        "b16en-03",
        (96103, "Pacific Bridge Logistics – 輸出チーム"),
        M(2409, 2410, 2411, 2412),
        [
            (
                "2032-04-26 09:00",
                2409,
                "おはようございます。GW前の出荷が集中しています。今週の予定はシートにまとめました: https://sheets.example/pbl-gw",
            ),
            (
                "2032-04-26 09:15",
                2410,
                TO(2411, "さん")
                + "\nthe Hamada Foods reefer container for Busan — could you send the commercial invoice and packing list to the forwarder by tomorrow 3pm?",
            ),
            ("2032-04-26 09:20", 2411, RP(2410, 2) + "はい、対応します"),
            ("2032-04-26 10:05", 2412, "ETA on the Osaka truck? warehouse is asking"),
            ("2032-04-26 10:09", 2409, RP(2412, 4) + "14時ごろ着の予定です"),
            (
                "2032-04-26 11:30",
                2412,
                "Seoul customer wants the pallet labels in Korean as well as English this time. I'll redo the label template for them",
            ),
            (
                "2032-04-27 13:40",
                2411,
                RP(2410, 2) + "インボイスとパッキングリスト、フォワーダーに送付しました",
            ),
            ("2032-04-27 14:00", 2410, "thanks 🙏"),
            (
                "2032-04-27 16:00",
                2410,
                TO(2411, "さん")
                + "\ncan you book a courier pickup for the Hamada samples on friday?",
            ),
            (
                "2032-04-28 09:00",
                2410,
                RP(2410, 9) + "never mind, Hamada's sales guy is picking them up himself 🙂",
            ),
            (
                "2032-04-28 10:20",
                2410,
                TO(2412)
                + "\nthe Nagoya customs broker needs the MSDS for the solvent drums before they file. can you get it from the supplier? ASAP please",
            ),
            (
                "2032-04-28 10:45",
                2412,
                RP(2410, 11) + "asked the supplier, they said they'll send it tomorrow",
            ),
            (
                "2032-04-28 15:10",
                2412,
                QT(
                    2412,
                    6,
                    "Seoul customer wants the pallet labels in Korean as well as English this time. I'll redo the label template for them",
                )
                + "done, test print looks fine 👌",
            ),
            (
                "2032-04-30 09:30",
                2409,
                TO(2410)
                + "さん "
                + TO(2412)
                + "さん\n連休明けのBusan便のブッキング確認、2営業日以内にお願いします",
            ),
            (
                "2032-04-30 09:40",
                2410,
                RP(2409, 14, "さん") + "承知しました、I'll split it with Diego",
            ),
            (
                "2032-04-30 16:00",
                2412,
                RP(2410, 11) + "MSDS arrived, forwarded to the broker",
            ),
            (
                "2032-05-06 11:00",
                2410,
                RP(2409, 14, "さん")
                + "booking confirmed on the 5/12 vessel, Diego did the second container",
            ),
            ("2032-05-06 11:05", 2409, "ありがとう！"),
            (
                "2032-05-06 11:10",
                2409,
                "来週出荷分の通関書類は金曜までに私の方でチェックしておきます",
            ),
        ],
        [
            task(2, ["invoice"], [2411], ("2032-04-27T15:00", "Tue"), "done"),
            task(6, ["label template"], [2412], None, "done"),
            task(11, ["msds"], [2412], None, "done"),
            task(14, ["ブッキング"], [2410, 2412], ("2032-05-07", "Fri"), "done"),
            task(19, ["通関書類"], [2409], ("2032-05-07", "Fri"), "open"),
        ],
    ),
    # b16en-04 university admissions, formal. m1 dates describe the portal. m2 "Could
    # you kindly confirm receipt ... by Thursday?" -> 1/8, closed by the reply
    # "arrived ... scanned ... emailed the agent". m5 Chatwork task (ltype=date 1/14)
    # closed by task_done. m6 asks for information. m8 "I'll forward ... by noon" to a
    # [To:] person = commitment of the sender, 1/8 12:00, closed by her bare "Sent".
    # m10 [toall] with committee dates and a condition ("If you spot ...") asks for
    # nothing. m11 is a partial status. m12 [To:] chase Finance "by 3pm tomorrow" ->
    # 1/14 15:00, closed by the reply. m14 Chatwork task ltype=time 1/16 17:00, open.
    # m17 Chatwork task with no deadline, open; m18 is not a reply and only tells
    # where Samuel is.
    conv(
        "b16en-04",
        (96104, "Admissions – International Intake 2032"),
        M(2413, 2414, 2415, 2416),
        [
            (
                "2032-01-07 09:00",
                2413,
                "Good morning all, and a happy new year. The spring intake portal reopens on Tuesday 13 January; the timeline is pinned in the room notes.",
            ),
            (
                "2032-01-07 09:20",
                2413,
                TO(2414)
                + "\nCould you kindly confirm receipt of the transcripts for Kwabena Asante by Thursday? His agent says they were couriered before the break.",
            ),
            ("2032-01-07 09:45", 2414, RP(2413, 2) + "Certainly, I will check the post room."),
            (
                "2032-01-07 15:10",
                2414,
                RP(2413, 2)
                + "The transcripts arrived on 23 December and have been scanned into his file. I have emailed the agent to confirm.",
            ),
            (
                "2032-01-07 15:30",
                2413,
                task_added(
                    2415,
                    chatwork_lt("2032-01-14"),
                    "Prepare the offer letter batch for the 14 conditional applicants",
                    "date",
                ),
            ),
            (
                "2032-01-08 10:00",
                2415,
                "Thank you, Helen. May I ask whether last year's IELTS waiver wording still applies, or has the faculty revised it?",
            ),
            (
                "2032-01-08 10:15",
                2413,
                RP(2415, 6) + "The faculty revised it in November. Rosa has the new wording.",
            ),
            (
                "2032-01-08 10:20",
                2416,
                TO(2415) + "\nI'll forward the revised waiver paragraph to you by noon.",
            ),
            (
                "2032-01-08 11:05",
                2416,
                "Sent — it's in your inbox, subject 'IELTS waiver 2032'.",
            ),
            (
                "2032-01-09 14:00",
                2413,
                "[toall]\nThe February committee meets on 1/28 and files go to the panel on 1/23. If you spot a missing referee letter, please let me know.",
            ),
            (
                "2032-01-13 09:05",
                2415,
                "Status, offer letters: 9 of 14 drafted. The remaining five are waiting on the revised scholarship amounts from Finance.",
            ),
            (
                "2032-01-13 09:30",
                2413,
                TO(2416)
                + "\nWould you be able to chase Finance for the scholarship figures? We need them by 3pm tomorrow at the latest.",
            ),
            ("2032-01-13 09:32", 2416, RP(2413, 12) + "Of course."),
            (
                "2032-01-13 09:40",
                2413,
                task_added(
                    2415,
                    chatwork_lt("2032-01-16", "17:00"),
                    "Upload the committee shortlist to the shared drive",
                    "time",
                ),
            ),
            (
                "2032-01-13 16:40",
                2416,
                RP(2413, 12) + "Finance has sent the figures to Yuki and me.",
            ),
            (
                "2032-01-14 17:10",
                2415,
                task_done(
                    2415,
                    chatwork_lt("2032-01-14"),
                    "Prepare the offer letter batch for the 14 conditional applicants",
                    "date",
                ),
            ),
            (
                "2032-01-14 17:15",
                2413,
                task_added(
                    2414,
                    0,
                    "Send the pre-arrival guide to all confirmed students",
                    "none",
                ),
            ),
            (
                "2032-01-15 09:00",
                2414,
                "Noted. I am at the agents' fair in Osaka on Friday and back in the office on Monday.",
            ),
        ],
        [
            task(2, ["transcripts"], [2414], ("2032-01-08", "Thu"), "done"),
            task(5, ["offer letter"], [2415], ("2032-01-14", "Wed"), "done"),
            task(8, ["waiver"], [2416], ("2032-01-08T12:00", "Thu"), "done"),
            task(12, ["scholarship"], [2416], ("2032-01-14T15:00", "Wed"), "done"),
            task(14, ["shortlist"], [2415], ("2032-01-16T17:00", "Fri"), "open"),
            task(17, ["pre-arrival guide"], [2414], None, "open"),
        ],
    ),
    # b16en-05 game studio build & QA, with a CI bot (not the tool's account). m1/m3
    # CI alerts are no task. m2 "will split the ui_shop atlas in two, give me an hour"
    # = commitment, no table phrase -> null, closed by the bare "green again ... split
    # the atlas" (Aiko's only open task). m5 "take a look and tell me by wed which ones
    # we can fix" = asks to check/decide by a time -> Wed 6/9, closed by the reply
    # that gives the answer. m7 "I'll pick up the remapping crash" = commitment; the
    # same person later replies to it "I won't have time for it ... back in the
    # backlog" -> treated as a cancellation by the assignee -> dropped. m8 a reply that
    # asks Femi to review the PR -> [2419], closed by "lgtm". m11 "I'll update the
    # submission checklist today" -> 6/9, closed by "checklist updated ✅". m12 is an
    # information question. m16 two [To:] "by monday noon" (sent Fri) -> 6/14 12:00;
    # a bare "done" from one of the two assignees closes nothing -> open.
    conv(
        "b16en-05",
        (96105, "Tidewater Games – Build & QA"),
        M(2417, 2418, 2419, 2420, 2497),
        [
            (
                "2032-06-07 10:02",
                2497,
                "[info][title]Build #4412 FAILED (main)[/title]stage: cook_assets\nerror: texture atlas 'ui_shop' exceeds 8192px\ntriggered by: aiko.brennan[/info]",
            ),
            (
                "2032-06-07 10:05",
                2418,
                "ugh that's mine, the new shop icons. will split the ui_shop atlas in two, give me an hour",
            ),
            (
                "2032-06-07 11:10",
                2497,
                "[info][title]Build #4413 PASSED (main)[/title]duration 41m 12s[/info]",
            ),
            (
                "2032-06-07 11:12",
                2418,
                "green again 🟢 split the atlas into shop_a / shop_b",
            ),
            (
                "2032-06-07 11:30",
                2420,
                TO(2417)
                + "\nplatform cert feedback came in, 3 items. can you take a look and tell me by wed which ones we can fix before the submission?",
            ),
            ("2032-06-07 11:34", 2417, RP(2420, 5) + "will do 👍"),
            (
                "2032-06-08 09:45",
                2419,
                "I'll pick up the controller remapping crash (TW-2281). blocked by the input lib update though, so not before Nikolai merges that",
            ),
            (
                "2032-06-08 09:50",
                2417,
                RP(2419, 7)
                + "input lib PR is up: https://git.example/tw/pull/918\ncould you review it? then you're unblocked",
            ),
            (
                "2032-06-08 10:40",
                2419,
                RP(2417, 8) + "left two comments, otherwise lgtm",
            ),
            (
                "2032-06-09 14:00",
                2417,
                RP(2420, 5)
                + "items 1 and 3 are quick fixes, 2 needs a rework of the save system so I'd push it to the day-one patch. details in the doc",
            ),
            (
                "2032-06-09 14:20",
                2420,
                "perfect, thanks. I'll update the submission checklist today",
            ),
            (
                "2032-06-10 16:30",
                2418,
                "anyone know where the capture card for the devkit went? 🙃",
            ),
            ("2032-06-10 16:32", 2419, RP(2418, 12) + "QA cupboard, second shelf"),
            ("2032-06-11 09:10", 2420, "checklist updated ✅"),
            (
                "2032-06-11 12:00",
                2419,
                RP(2419, 7)
                + "heads up, I won't have time for TW-2281 this sprint after all, the perf pass ate my week. putting it back in the backlog",
            ),
            (
                "2032-06-11 15:00",
                2420,
                TO(2418)
                + " "
                + TO(2419)
                + "\nthe playtest build for the publisher goes out monday. can you both do a smoke test on it by monday noon?",
            ),
            ("2032-06-11 15:05", 2418, RP(2420, 16) + "yep 👍"),
            (
                "2032-06-11 18:30",
                2419,
                "smoke test on xbox done, no blockers",
            ),
        ],
        [
            task(2, ["atlas"], [2418], None, "done"),
            task(5, ["cert feedback"], [2417], ("2032-06-09", "Wed"), "done"),
            task(8, ["input lib"], [2419], None, "done"),
            task(11, ["checklist"], [2420], ("2032-06-09", "Wed"), "done"),
            task(16, ["smoke test"], [2418, 2419], ("2032-06-14T12:00", "Mon"), "open"),
        ],
    ),
    # b16en-06 law-firm paralegals, formal. m1 the hearing date describes the thing.
    # m2 [To:] exhibit binders "by 9/30" -> 9/30; the partial report m11 closes nothing,
    # the bare m16 "all three binders are ready" (Devon's only open task) closes it.
    # m4 is an information question. m6 action items: Sofia privilege log "(by
    # Friday)" -> 9/17, moved by her reply "Would next Thursday be acceptable?" (sent
    # Thu 9/16) -> 9/23, closed by her reply "Privilege log sent"; Hannah certified
    # copies "(~9/24)" (2029 describes the deed), her acceptance "I'll send the request
    # today" moves it to 9/14, closed by her reply "Request ... went out"; the Devon line
    # asks for nothing; "I will circulate the revised witness list myself" = the
    # sender's commitment, closed by her bare "The witness list is also out now". m10
    # "Please do not work over the holidays" asks for no work. m12 [To:] subpoena
    # "within 3 business days" from Fri 9/17 across Silver Week (9/20-9/22) -> 9/27,
    # open.
    conv(
        "b16en-06",
        (96106, "Harrow & Vance – Litigation Paralegals"),
        M(2421, 2422, 2423, 2424),
        [
            (
                "2032-09-13 09:00",
                2421,
                "Good morning. The Brandt v. Okoye hearing has been moved to 10/4. The revised scheduling order is in the matter file.",
            ),
            (
                "2032-09-13 09:10",
                2421,
                TO(2422)
                + "\nPlease prepare the exhibit binders (3 sets) for Brandt by 9/30, indexed per the court's new format.",
            ),
            ("2032-09-13 09:25", 2422, RP(2421, 2) + "Understood."),
            (
                "2032-09-13 10:30",
                2423,
                "Quick one — does anyone have the login for the e-filing portal? The shared one in the vault seems to have expired.",
            ),
            (
                "2032-09-13 10:34",
                2424,
                RP(2423, 4)
                + "IT reset it on Friday, the new one is in the vault under 'Court e-filing (2032)'",
            ),
            (
                "2032-09-14 11:00",
                2421,
                "Action items from this morning's case meeting:\n- Sofia: draft the privilege log for the Okoye production (by Friday)\n- Hannah: request certified copies of the 2029 deed from the land registry (~9/24)\n- Devon: nothing new, the binders take priority\nI will circulate the revised witness list myself.",
            ),
            (
                "2032-09-14 11:20",
                2424,
                RP(2421, 6) + "The registry takes about a week, so I'll send the request today.",
            ),
            (
                "2032-09-15 16:45",
                2424,
                RP(2421, 6)
                + "The request for the certified copies went out this morning, registry reference R-55120.",
            ),
            (
                "2032-09-16 10:00",
                2423,
                RP(2421, 6)
                + "The privilege log is about two-thirds done; the production set grew by 400 pages. Would next Thursday be acceptable?",
            ),
            (
                "2032-09-16 10:20",
                2421,
                RP(2423, 9) + "Yes, that is fine. Please do not work over the holidays.",
            ),
            (
                "2032-09-17 15:00",
                2422,
                "Binders: sets 1 and 2 are complete and indexed. Set 3 is waiting on two late exhibits from the client.",
            ),
            (
                "2032-09-17 15:30",
                2421,
                TO(2424)
                + "\nCould you please arrange service of the subpoena on Lakeside Storage within 3 business days? The process server has the address.",
            ),
            ("2032-09-17 15:34", 2424, RP(2421, 12) + "Will do."),
            (
                "2032-09-24 09:40",
                2423,
                RP(2421, 6) + "Privilege log sent to you by email (412 entries).",
            ),
            (
                "2032-09-24 11:00",
                2421,
                "Thank you, Sofia. The witness list is also out now.",
            ),
            (
                "2032-09-24 17:20",
                2422,
                "The client couriered the last two exhibits, so set 3 is done too and all three binders are ready in the file room.",
            ),
        ],
        [
            task(2, ["exhibit binders"], [2422], ("2032-09-30", "Thu"), "done"),
            task(6, ["privilege log"], [2423], ("2032-09-23", "Thu"), "done"),
            task(6, ["certified copies"], [2424], ("2032-09-14", "Tue"), "done"),
            task(6, ["witness list"], [2421], None, "done"),
            task(12, ["subpoena"], [2424], ("2032-09-27", "Mon"), "open"),
        ],
    ),
    # b16en-07 HR onboarding, Tokyo (mixed). m1 info. m2 [To:] PC手配 今週中 -> Fri
    # 3/26, acceptance without date, closed by the reply "ordered ✅". m4 two own
    # promises in one sentence: welcome pack today (3/22) and health check by Friday
    # (3/26), each closed by her reply to m4 naming that work. m5 seat is reported
    # done; 名刺は入社後に発注します = commitment with no deadline, open. m8 【連絡】
    # orientation time is info. m9 two [To:] 資格取得届 月末 -> 3/31; 年金事務所は小林が
    # 行きます details the same work; closed by the reply 提出してきました. m12 reports
    # accounts requested (no open task). m13 asks for information.
    conv(
        "b16en-07",
        (96107, "People Ops – 入社手続き"),
        M(2425, 2426, 2427, 2428),
        [
            (
                "2032-03-22 09:30",
                2425,
                "今週の入社準備です。4/1入社のRahul Mehtaさん（エンジニア）、ビザは取得済みとのことです。",
            ),
            (
                "2032-03-22 09:40",
                2425,
                TO(2426)
                + "\nRahulさんのPC手配、今週中にお願いできますか？スペックはエンジニア標準で",
            ),
            (
                "2032-03-22 09:45",
                2426,
                RP(2425, 2, "さん") + "sure, will go with the engineer spec 👍 承知しました",
            ),
            (
                "2032-03-22 10:15",
                2427,
                "I'll email him the welcome pack today, and book his health check by Friday.",
            ),
            (
                "2032-03-22 11:00",
                2428,
                "座席は7F窓側のB-14を確保済みです。名刺は入社後に発注します",
            ),
            (
                "2032-03-22 13:20",
                2427,
                RP(2427, 4) + "welcome pack sent ✉️ he replied already, very polite guy",
            ),
            (
                "2032-03-23 10:00",
                2426,
                RP(2425, 2, "さん")
                + "ordered ✅ vendor says delivery 3/29, so it'll be imaged and ready before day one",
            ),
            (
                "2032-03-24 09:00",
                2428,
                "【連絡】4/1のオリエンテーションは10:00〜12:00、3F会議室Aです。",
            ),
            (
                "2032-03-24 14:30",
                2425,
                TO(2427)
                + " "
                + TO(2428, "さん")
                + "\n社会保険の資格取得届、月末までに提出お願いします。書類はRahulさんから受け取り済みです",
            ),
            (
                "2032-03-24 14:40",
                2428,
                RP(2425, 9, "さん") + "承知しました。年金事務所は小林が行きます",
            ),
            (
                "2032-03-25 16:00",
                2427,
                RP(2427, 4) + "health check booked for 4/3 at 9:30, sent him the map",
            ),
            (
                "2032-03-26 11:00",
                2426,
                "IT accounts (Slack, GitHub, VPN) are requested, they go live on 3/31 evening",
            ),
            (
                "2032-03-29 10:00",
                2427,
                "Quick check — should Rahul's name badge be in katakana or romaji? He asked for romaji.",
            ),
            ("2032-03-29 10:05", 2425, RP(2427, 13) + "ローマ字でOKです"),
            (
                "2032-03-31 17:40",
                2428,
                RP(2425, 9, "さん")
                + "資格取得届、年金事務所に提出してきました。控えは共有フォルダです",
            ),
        ],
        [
            task(2, ["pc"], [2426], ("2032-03-26", "Fri"), "done"),
            task(4, ["welcome pack"], [2427], ("2032-03-22", "Mon"), "done"),
            task(4, ["health check"], [2427], ("2032-03-26", "Fri"), "done"),
            task(5, ["名刺"], [2428], None, "open"),
            task(9, ["資格取得届"], [2427, 2428], ("2032-03-31", "Wed"), "done"),
        ],
    ),
    # b16en-08 data-platform standup with daily reports. "today:" lines are the
    # sender's commitments due that day; "done:" lines report. m1 gives two tasks
    # (dbt tests, review of the feature-store PR), 7/12. m2 "today: docs" 7/12, closed
    # by m8 "done: churn feature docs" (her only open task). m3 [To:] finance mapping
    # table "by wednesday" -> 7/14, closed by the reply "got the mapping table". m5 a
    # bare "done ✅" from Omar with two open tasks closes none; m7 quotes m1 and closes
    # the review only ("dbt tests not yet"). m8 new commitment: address the PR comments
    # (7/13), closed by m13. m9 airflow upgrade plan (7/13), open. m11 holiday and
    # freeze times are info. m12 "done: dbt tests" closes them (his only open one) and
    # adds the on-call handover doc (7/14), open. m14 [toall] "push your notebooks ...
    # by EOD" -> every member but the sender, 7/16; two bare "pushed mine" close
    # nothing.
    conv(
        "b16en-08",
        (96108, "Data Platform – standup"),
        M(2429, 2430, 2431, 2432),
        [
            (
                "2032-07-12 09:05",
                2430,
                "daily:\ndone: backfilled the orders_2031 partitions, fixed the tz bug in the sessions job\ntoday: dbt tests for the new churn model, review Ines's feature-store PR\nblockers: none",
            ),
            (
                "2032-07-12 09:08",
                2431,
                "daily:\n✅ churn model v2 merged to dev\n🔜 today: docs for the churn features\n⛔ waiting on finance for the FY mapping table",
            ),
            (
                "2032-07-12 09:15",
                2429,
                "thanks both. "
                + TO(2432)
                + " can you get the finance mapping table out of them? they answer you faster 😅 ideally by wednesday",
            ),
            ("2032-07-12 09:20", 2432, RP(2429, 3) + "sure, pinging their lead now"),
            ("2032-07-12 18:10", 2430, "done ✅"),
            ("2032-07-12 18:12", 2429, RP(2430, 5) + "both?"),
            (
                "2032-07-12 18:15",
                2430,
                QT(
                    2430,
                    1,
                    "today: dbt tests for the new churn model, review Ines's feature-store PR",
                )
                + "review yes, left comments on the PR. dbt tests not yet, 3 of 7 written",
            ),
            (
                "2032-07-13 09:02",
                2431,
                "daily:\ndone: churn feature docs 📄\ntoday: address Omar's comments on the feature-store PR\nOOO thursday afternoon",
            ),
            (
                "2032-07-13 09:04",
                2432,
                "daily:\ndone: not much, on-call ate monday\ntoday: airflow upgrade plan\nblockers: finance still silent 🙃",
            ),
            (
                "2032-07-13 15:30",
                2432,
                RP(2429, 3) + "got the mapping table, it's in s3://dp-shared/finance/fy_map.csv",
            ),
            (
                "2032-07-14 09:00",
                2429,
                "reminder: no standup next monday (海の日), office closed. dashboards freeze friday 18:00 for the board pack",
            ),
            (
                "2032-07-14 09:10",
                2430,
                "daily:\ndone: dbt tests (7/7 green)\ntoday: on-call handover doc\nblockers: -",
            ),
            (
                "2032-07-14 11:20",
                2431,
                "addressed all of Omar's comments, PR merged 🎉 thanks for the review",
            ),
            (
                "2032-07-16 17:45",
                2429,
                "[toall]\nbefore the long weekend: please push your notebooks to the repo by EOD, the workspace gets wiped saturday night for the upgrade",
            ),
            ("2032-07-16 17:50", 2431, "pushed mine 👍"),
            ("2032-07-16 17:52", 2430, "same, all in"),
        ],
        [
            task(1, ["dbt tests"], [2430], ("2032-07-12", "Mon"), "done"),
            task(1, ["feature-store"], [2430], ("2032-07-12", "Mon"), "done"),
            task(2, ["docs"], [2431], ("2032-07-12", "Mon"), "done"),
            task(3, ["mapping table"], [2432], ("2032-07-14", "Wed"), "done"),
            task(8, ["comments"], [2431], ("2032-07-13", "Tue"), "done"),
            task(9, ["airflow"], [2432], ("2032-07-13", "Tue"), "open"),
            task(12, ["handover"], [2430], ("2032-07-14", "Wed"), "open"),
            task(14, ["notebooks"], [2430, 2431, 2432], ("2032-07-16", "Fri"), "open"),
        ],
    ),
    # b16en-09 construction PM. m1/m15 site diaries are reports. m2 weekly to-do list:
    # "Connor: scaffold cert (~11/5)" -> 11/5, closed by his reply "cert is in hand";
    # "Elif: cost report (~11/8 12:00)" -> 11/8 12:00, closed by her reply "v3
    # uploaded"; "Marcus: MEP clash review" no date, his reply "realistically 11/10"
    # sets 11/10, open; "me: chase the window supplier" = Ravi's own, closed by his bare
    # "chased the window supplier" (his only open task then). m4/m6 ask for
    # information. m9 [To:] pump-truck booking "confirmed today" -> 11/4 (7am tomorrow
    # is the pour), closed by the reply "confirmed with Hino Pumping". m11 a failed
    # inspection closes nothing. m16 [To:] rough variation estimate "by Friday" ->
    # 11/12, the assignee's reply "I'll get it to you Monday morning" -> 11/15, open.
    conv(
        "b16en-09",
        (96109, "Kestrel Yard Phase 2 – site coordination"),
        M(2433, 2434, 2435, 2436),
        [
            (
                "2032-11-01 07:30",
                2434,
                "site diary mon: 14 on site, L3 slab pour postponed to thu (rain). crane inspection passed.",
            ),
            (
                "2032-11-01 08:15",
                2433,
                "Weekly to-dos:\n- Connor: scaffold inspection cert for the east elevation (~11/5)\n- Elif: updated cost report for the client meeting (~11/8 12:00)\n- Marcus: MEP clash review with the architect\n- me: chase the window supplier on the revised lead times",
            ),
            (
                "2032-11-01 08:20",
                2436,
                RP(2433, 2)
                + "the architect is away until the 9th, so the clash review will realistically be 11/10",
            ),
            (
                "2032-11-01 10:40",
                2435,
                "Ravi, do you want the cost report in the new template or the one the client is used to?",
            ),
            ("2032-11-01 10:45", 2433, RP(2435, 4) + "the old one, they hate surprises"),
            (
                "2032-11-02 13:00",
                2434,
                "anyone got the number for the hoarding contractor? a gate panel is hanging off again",
            ),
            (
                "2032-11-02 13:05",
                2433,
                RP(2434, 6)
                + "it's in the contacts sheet under 'Brightline Hoarding', ask for Declan",
            ),
            (
                "2032-11-02 16:30",
                2433,
                "chased the window supplier: 6 weeks instead of 4 😩 asked them to confirm it in writing",
            ),
            (
                "2032-11-04 08:00",
                2434,
                TO(2433)
                + "\nL3 pour is on for 7am tomorrow. can you make sure the pump truck booking is confirmed today? the office has the PO",
            ),
            (
                "2032-11-04 08:30",
                2433,
                RP(2434, 9) + "confirmed with Hino Pumping, truck on site at 6:30 👍",
            ),
            (
                "2032-11-05 15:00",
                2434,
                "scaffold east elevation: the inspector failed it, two toe boards missing. reinspection is booked for monday",
            ),
            (
                "2032-11-08 09:30",
                2435,
                RP(2433, 2)
                + "cost report v3 uploaded to the client folder, old template as requested",
            ),
            (
                "2032-11-08 10:15",
                2434,
                RP(2433, 2)
                + "scaffold cert is in hand, passed this morning. copy is in the site office",
            ),
            ("2032-11-08 10:20", 2433, "great, thanks Connor"),
            (
                "2032-11-09 07:30",
                2434,
                "site diary tue: 11 on site, L3 slab curing, plumbers started the L2 risers. no incidents.",
            ),
            (
                "2032-11-09 16:00",
                2433,
                TO(2435)
                + "\nthe client wants a variation estimate for the extra EV chargers. could you have a rough number by Friday? doesn't need to be pretty",
            ),
            (
                "2032-11-09 16:20",
                2435,
                RP(2433, 16)
                + "Friday's tight with the month-end valuation, I'll get it to you Monday morning",
            ),
            ("2032-11-09 16:25", 2433, "ok 👍"),
        ],
        [
            task(2, ["scaffold"], [2434], ("2032-11-05", "Fri"), "done"),
            task(2, ["cost report"], [2435], ("2032-11-08T12:00", "Mon"), "done"),
            task(2, ["clash review"], [2436], ("2032-11-10", "Wed"), "open"),
            task(2, ["window supplier"], [2433], None, "done"),
            task(9, ["pump truck"], [2433], ("2032-11-04", "Thu"), "done"),
            task(16, ["estimate"], [2435], ("2032-11-15", "Mon"), "open"),
        ],
    ),
    # b16en-10 food-bank volunteers: no task. Shift times and the delivery time are
    # info; "I can help out with whatever's needed" and "If anyone needs a lift ...
    # let me know" are vague offers and conditions; m4 is an information question; m6
    # an absence; m8 a pasted client reminder whose requests are no task; m9 a promise
    # to report; m10 weather chit-chat; m13 a link posted in the message itself.
    conv(
        "b16en-10",
        (96110, "Riverside Food Bank – Saturday volunteers"),
        M(2437, 2438, 2439, 2440, 2441),
        [
            (
                "2032-08-02 19:00",
                2437,
                "Hi all 🌻 this Saturday's shift is 9:00–13:00 as usual. We're expecting the big Harvest Co-op delivery around 10.",
            ),
            (
                "2032-08-02 19:20",
                2438,
                "I can help out with whatever's needed, I'm free all morning",
            ),
            (
                "2032-08-02 19:32",
                2439,
                "Same here! If anyone needs a lift from the station, let me know 🚗",
            ),
            (
                "2032-08-02 20:05",
                2440,
                "Does anyone know if we still need to bring our own gloves, or are there boxes of them now?",
            ),
            (
                "2032-08-02 20:10",
                2437,
                RP(2440, 4)
                + "We have gloves now, thanks to a donation from the pharmacy on Elm St.",
            ),
            (
                "2032-08-03 12:30",
                2441,
                "I won't make it this Saturday, my sister's wedding 💍 back next week!",
            ),
            ("2032-08-03 12:45", 2437, RP(2441, 6) + "Congratulations!! Enjoy :tada:"),
            (
                "2032-08-04 18:00",
                2437,
                "Pasting the reminder that goes out to clients, in case anyone asks you about it:\n---\nPlease bring your registration card and a reusable bag. If you cannot attend, kindly call us on the number below so we can pass your parcel to another family.\n---",
            ),
            (
                "2032-08-04 18:40",
                2438,
                "Thanks Dolores. I'll let you know if I hear of anyone else who wants to volunteer",
            ),
            (
                "2032-08-06 21:00",
                2437,
                "Forecast says 34°C tomorrow ☀️ there's water and ice pops in the back fridge, nobody has to be a hero 😅",
            ),
            (
                "2032-08-07 13:30",
                2437,
                "Thank you everyone! 212 households today, a new record. The Harvest Co-op delivery came in at 9:40 and we had it all sorted by 11 💪",
            ),
            ("2032-08-07 13:45", 2439, "That was fun, see you next week!"),
            (
                "2032-08-07 13:50",
                2440,
                "Photos from today are here if anyone wants them: https://photos.example/rfb-0807",
            ),
        ],
        [],
    ),
    # b16en-11 customer success, year end. m1 info. m2 a pasted customer email (its
    # request is no task) and a [To:] "can you handle this one?" -> SSO reset for
    # Mateo, null, closed by the reply "sandbox SSO reset, emailed ... metadata". m4
    # "I'll pull it tomorrow" -> usage export 12/21 (Thursday's call describes the
    # thing); "40%" closes nothing; the bare "usage export is in ... ✅" closes it. m6
    # [To:] usage numbers "by tomorrow noon" -> 12/21 12:00 ("I'll take it from there on
    # the call" names no work), closed by the reply. m11 asks whether to, no work. m12 a
    # reply that asks Mateo to set up the intro call "by 12/28" -> cancelled by his reply
    # "we can skip the intro call" -> dropped. m14 own promise "within 3 business days"
    # from Fri 12/24 across the 12/29-1/3 closure -> 2033-01-04, open.
    conv(
        "b16en-11",
        (96111, "Customer Success – APAC"),
        M(2443, 2444, 2445, 2446),
        [
            (
                "2032-12-20 09:10",
                2443,
                "morning team ☕ renewal calls this week: Koru Health (Tue), Meridian Freight (Thu). QBR deck template is in the usual place",
            ),
            (
                "2032-12-20 09:30",
                2444,
                "Koru's admin emailed overnight:\n> Hi, could you please reset the SSO configuration for our sandbox and send us the new metadata file? Thanks, Aroha\n"
                + TO(2446)
                + " can you handle this one? you did their prod setup",
            ),
            ("2032-12-20 09:34", 2446, RP(2444, 2) + "on it"),
            (
                "2032-12-20 11:00",
                2445,
                "Meridian wants the usage export before Thursday's call so they can look at it internally. I'll pull it tomorrow",
            ),
            (
                "2032-12-20 11:45",
                2446,
                RP(2444, 2) + "sandbox SSO reset, emailed Aroha the new metadata file",
            ),
            (
                "2032-12-20 14:20",
                2443,
                TO(2444)
                + "\nKoru asked for a discount on the renewal again. Could you put together the usage numbers that justify the current price by tomorrow noon? I'll take it from there on the call",
            ),
            ("2032-12-20 14:25", 2444, RP(2443, 6) + "will do"),
            (
                "2032-12-21 10:40",
                2444,
                RP(2443, 6)
                + "numbers are in the Koru renewal doc, tab 'usage'. tl;dr they use 3x what they did last year",
            ),
            ("2032-12-21 16:00", 2445, "export's running, 40% 😴"),
            ("2032-12-21 17:30", 2445, "usage export is in Meridian's shared folder ✅"),
            (
                "2032-12-22 09:00",
                2446,
                TO(2443)
                + "\nMeridian's champion is leaving at the end of the month 😬 should we set up an intro call with her replacement before the holidays?",
            ),
            (
                "2032-12-22 09:20",
                2443,
                RP(2446, 11)
                + "yes please, can you set it up? ideally by 12/28, we close for the year after that",
            ),
            ("2032-12-22 09:25", 2446, RP(2443, 12) + "👍 will try"),
            (
                "2032-12-24 15:00",
                2444,
                "Koru signed the renewal 🎉 at the current price! I'll send them the countersigned order form within 3 business days, legal is slow this time of year",
            ),
            ("2032-12-24 15:10", 2443, "amazing work 👏"),
            (
                "2032-12-27 11:00",
                2446,
                RP(2443, 12)
                + "Meridian says they'll handle the handover internally and the new champion will reach out herself, so we can skip the intro call",
            ),
            (
                "2032-12-28 17:00",
                2443,
                "that's a wrap for 2032 🎄 office closed 12/29–1/3, the on-call rota is in the calendar. happy holidays!",
            ),
        ],
        [
            task(2, ["sso"], [2446], None, "done"),
            task(4, ["usage export"], [2445], ("2032-12-21", "Tue"), "done"),
            task(6, ["usage numbers"], [2444], ("2032-12-21T12:00", "Tue"), "done"),
            task(14, ["order form"], [2444], ("2033-01-04", "Tue"), "open"),
        ],
    ),
    # b16en-12 IT helpdesk; DeskSync Bot is the tool's own account (self). m1/m9/m19
    # bot digests are no task. m2 "can someone take a look?" names the work (wifi) ->
    # [] null, closed by the reply "fixed — ... pushed a new one". m3 an eyes emoji is
    # no task. m4 [toall] fire-drill info asks for nothing. m7 [toall] printer shelves
    # "by thursday 5pm" -> every member but the sender and the bot, 5/13 17:00; a bare
    # "cleared my stuff" from one of them closes nothing; the requester's own reply "the
    # shelves were all clear" closes it. m8 "will put a sign up on 3F too" = commitment,
    # closed by his quote of it with "done". m10 [To:] starter kit "by friday" -> 5/14,
    # "sure, will do" is an acceptance, closed by the reply "starter kit ready". m12
    # [To:] image a laptop "tomorrow" -> 5/11, closed by the reply. m14 "could someone
    # install Figma ... by thursday" -> [] 5/13, open.
    conv(
        "b16en-12",
        (96112, "IT Helpdesk – Yokohama office"),
        M(2447, 2448, 2449, 2450, 2499),
        [
            (
                "2032-05-10 08:50",
                2499,
                "[info][title]Daily digest[/title]open tickets: 7 · overdue: 1 · new since Fri: 3[/info]",
            ),
            (
                "2032-05-10 09:05",
                2450,
                "hi IT, my laptop won't connect to the office wifi since the update on friday. can someone take a look? desk 4F-22",
            ),
            ("2032-05-10 09:12", 2448, RP(2450, 2) + "👀"),
            (
                "2032-05-10 09:40",
                2449,
                "[toall]\nfire drill on wednesday at 14:00, takes about 20 min. the elevators will be off during it",
            ),
            (
                "2032-05-10 10:25",
                2448,
                RP(2450, 2)
                + "fixed — the wifi certificate on your laptop had expired, pushed a new one. you should be connected now",
            ),
            ("2032-05-10 10:30", 2450, "yep works, thank you!!"),
            (
                "2032-05-10 11:00",
                2447,
                "[toall]\nwe're replacing the 3F printers on thursday evening. could everyone remove personal stuff from the printer shelves by thursday 5pm?",
            ),
            ("2032-05-10 11:05", 2449, "will put a sign up on 3F too"),
            (
                "2032-05-10 13:30",
                2499,
                "[info][title]Ticket #8821 updated[/title]status: resolved · assignee: Nadia Rahman · 'laptop wifi 4F-22'[/info]",
            ),
            (
                "2032-05-10 14:10",
                2449,
                TO(2447)
                + "\nthe new starter in marketing on 5/17 needs the standard starter kit (laptop, phone, badge). could you have it ready by friday?",
            ),
            ("2032-05-10 14:15", 2447, RP(2449, 10) + "sure, will do"),
            (
                "2032-05-10 14:20",
                2447,
                TO(2448)
                + " can you image a laptop for the new marketing starter tomorrow? the Dell pool has two left",
            ),
            (
                "2032-05-11 16:00",
                2448,
                RP(2447, 12) + "imaged and labelled, it's on your desk",
            ),
            (
                "2032-05-12 10:00",
                2450,
                "also, could someone install Figma on my machine? I need it for the brochure by thursday",
            ),
            ("2032-05-13 16:50", 2450, "cleared my stuff off the printer shelf 👍"),
            (
                "2032-05-13 17:05",
                2449,
                QT(2449, 8, "will put a sign up on 3F too") + "done, it's up by the lifts",
            ),
            (
                "2032-05-14 09:00",
                2447,
                RP(2447, 7)
                + "printers swapped last night, the shelves were all clear. thanks all 🙏",
            ),
            (
                "2032-05-14 17:30",
                2447,
                RP(2449, 10)
                + "starter kit ready: laptop, phone and badge are in the drawer at reception",
            ),
            (
                "2032-05-14 17:40",
                2499,
                "[info][title]Weekly summary[/title]tickets closed: 23 · median time to resolve: 3h10m[/info]",
            ),
        ],
        [
            task(2, ["wifi"], [], None, "done"),
            task(7, ["printer"], [2448, 2449, 2450], ("2032-05-13T17:00", "Thu"), "done"),
            task(8, ["sign"], [2449], None, "done"),
            task(10, ["starter kit"], [2447], ("2032-05-14", "Fri"), "done"),
            task(12, ["laptop"], [2448], ("2032-05-11", "Tue"), "done"),
            task(14, ["figma"], [], ("2032-05-13", "Thu"), "open"),
        ],
        self_account_id=2499,
    ),
    # b16en-13 new-joiner welcome room: no task. Schedules, lunch and badge places are
    # info; information questions and their answers; an offer ("feel free to ping
    # me"); a request to wait ("please wait at the 3F lifts"); a report of someone
    # else's work; a deck posted in the message with a condition; a promise to report;
    # a drinks invitation; thanks.
    conv(
        "b16en-13",
        (96113, "Welcome – April 2032 joiners"),
        M(2451, 2452, 2453, 2454, 2455),
        [
            (
                "2032-04-01 09:00",
                2451,
                "Welcome to the April cohort 👋 This room is for questions during your first weeks. Your orientation schedule is pinned; lunch today is on us at 12:30 in the 5F lounge.",
            ),
            (
                "2032-04-01 09:20",
                2452,
                "Thanks Naomi! Excited to be here. Quick question: is the Wi-Fi password the same on every floor?",
            ),
            (
                "2032-04-01 09:24",
                2451,
                RP(2452, 2)
                + "Yes, one network for the whole building. Details are in the IT sheet in your welcome folder.",
            ),
            (
                "2032-04-01 10:05",
                2453,
                "Hi all, Bella from Finance 🙂 if anyone needs help with the expense tool, feel free to ping me",
            ),
            ("2032-04-01 10:40", 2454, "Does anyone know where we pick up the access badges?"),
            (
                "2032-04-01 10:43",
                2455,
                RP(2454, 5) + "Security desk on 1F, they just need your employee number",
            ),
            (
                "2032-04-01 12:10",
                2451,
                "Reminder for this afternoon: please wait at the 3F lifts at 14:00, someone from IT will collect you for the laptop setup.",
            ),
            ("2032-04-02 09:15", 2452, "My laptop setup is all done, thanks to Ken from IT 🙏"),
            (
                "2032-04-02 16:00",
                2451,
                "Here's the slide deck from today's benefits session: https://slides.example/benefits-2032 . The pension enrolment form inside is only needed if you opted out at the offer stage.",
            ),
            (
                "2032-04-05 11:30",
                2455,
                "Will let you all know if they announce the date for the next security training",
            ),
            ("2032-04-07 18:00", 2454, "Anyone up for drinks on friday? No pressure 🍻"),
            ("2032-04-07 18:05", 2453, "I'm in! :beers:"),
            (
                "2032-04-09 17:30",
                2451,
                "That's your first week and a half done 🎉 the feedback survey opens next week; it's optional and anonymous.",
            ),
            ("2032-04-09 17:40", 2452, "Thanks for everything, really smooth start"),
        ],
        [],
    ),
    # b16en-14 game-studio art lounge: no task. A brush pack and a timelapse posted in
    # the message itself, an information question and its answer (Facilities already
    # told), a schedule change, an offer with a condition ("if anyone wants feedback
    # ... happy to look"), an absence, a quoted publisher request with "no action for
    # now", a promise to report, chit-chat and emoji.
    conv(
        "b16en-14",
        (96114, "Studio Marrow – art team lounge"),
        M(2456, 2457, 2458, 2459),
        [
            (
                "2032-06-21 10:00",
                2456,
                "new brush pack from the concept team is up on the drive: https://drive.example/brushes-v3 🎨",
            ),
            ("2032-06-21 10:04", 2457, "ooh the rust ones are gorgeous"),
            (
                "2032-06-21 11:30",
                2458,
                "does anyone know if the Wacom in meeting room B is the new one or the old one?",
            ),
            (
                "2032-06-21 11:36",
                2459,
                RP(2458, 3) + "new one, but the pen is missing. Facilities have been told already",
            ),
            (
                "2032-06-22 09:15",
                2456,
                "reminder: art review moves to thursday 15:00 this week because of the publisher visit",
            ),
            (
                "2032-06-22 09:40",
                2457,
                "if anyone wants feedback on their turnarounds before thursday, happy to look, just send them over",
            ),
            ("2032-06-22 12:00", 2458, "out tomorrow afternoon, dentist 🦷"),
            (
                "2032-06-24 16:10",
                2459,
                "the publisher loved the key art btw, Lena forwarded their email:\n> The new key art is fantastic. Could the team consider a variant with the logo on the left for the store page?\nproducers are still discussing whether we do it, no action for now",
            ),
            ("2032-06-24 16:12", 2456, "🎉🎉"),
            (
                "2032-06-25 11:00",
                2458,
                "timelapse of the harbour matte painting, for the curious: https://video.example/harbour-tl",
            ),
            ("2032-06-25 11:05", 2457, "that's mesmerising :star-struck:"),
            (
                "2032-06-25 15:30",
                2459,
                "I'll let everyone know once the producers decide on the store variant",
            ),
            ("2032-06-25 18:00", 2456, "have a good weekend all 🍕"),
        ],
        [],
    ),
]
