# ruff: noqa: E501
"""Blind set 14, English half: fourteen English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first lines of blind13_en_cases.py (for the file's shape),
never the parser's source, its other tests or its notes, and never ran the parser
on these texts. About ten searches of public team threads (PR reviews, incident
hand-offs, issue close-outs) and workplace-writing guides (polite follow-ups, asking
for a deadline extension, declining extra work, Slack etiquette, status updates,
delegating) were used only to learn how people phrase asks, promises, reports,
postponements and refusals; every person, company and sentence here is invented
and written fresh. Gold dues were computed with a throwaway script (datetime +
jpholiday, one function per row of the spec's deadline table, business days skipping
weekends, Japanese holidays and 12-29 .. 01-03), not by hand. Cancelled tasks are
left out of the gold, as the spec drops them.

Domains: veterinary clinic, podcast studio, wine importer (Tokyo, mixed), non-profit
gala, robotics lab, architecture firm, theatre production (with the reading bot as
self account), bike-courier co-op, hotel front office (Tokyo, mixed), data-journalism
desk, landscaping crews, indie game QA, conference organiser (Tokyo, mixed), language
school. Three rooms hold no task at all.

Covers: declaratives that ask ("still need the signed fee proposal from you",
"blocked on your review", "would be great to have X by wed"), questions that ask
for work (anyone free to / mind taking a look / mind checking / any chance you
could / can you two), subject-less commitments (will fix it tomorrow, leave it with
me, ill take this one), acceptances (on it, yep, 承知しました) with and without a
deadline that then becomes the task's, several tasks in one message and in one
sentence, action-item lists with owners (Name to ..., Name: ..., ill ...), context
pointers (same for joint 5, this one, that one), asks for more time and deadline
moves by the assignee in a reply (incl. 金曜まで延ばします), half-finished and negated
reports, completions in other words (all set, called her, ordered, sorted, lgtm,
printed, 送付しました, 修正しました, shipped, ✅), a bare done from an assignee with
two open tasks (closes none), a bare done from one of several assignees (closes
nothing), a third party's reply saying it is finished, paraphrased cancellations by
reply and by quote (lets drop it, forget this one), Chatwork task markup (ltype
date / time / none, task_done), [toall] with the bot as self account, and every
family of the deadline table: today, EOD, tomorrow, tomorrow noon, bare weekdays
(by thursday sent on a Friday, monday that is a holiday), next Monday / next Friday
/ next Tuesday, this week (also sent on a Saturday), noon, 3pm, M/D (also 1/8 from
December), ASAP = null, 明日, 今週中, 月末, 3営業日以内 across Golden Week, 敬老の日
and the year end. Non-tasks: chit-chat, thanks, FYI, schedules in [info], bot
digests, information questions, promises to report, requests to wait, offers,
conditions, pasted letters and quoted player requests, minutes that are posted in
the message itself, out-of-office notes, emoji.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    # b14en-01 veterinary clinic
    1801: "Ingrid Solberg",
    1802: "Tariq Haddad",
    1803: "Mei Lin Zhou",
    1804: "Owen Fitzgerald",
    # b14en-02 podcast studio
    1805: "Beatriz Nunes",
    1806: "Kofi Mensah",
    1807: "Sven Aalto",
    1808: "Lucía Ferrer",
    # b14en-03 wine importer (Tokyo)
    1809: "Claire Dubois",
    1810: "田村 健一",
    1811: "Matteo Russo",
    1812: "西川 あや",
    # b14en-04 non-profit gala
    1813: "Adaeze Okonkwo",
    1814: "Rhys Llewellyn",
    1815: "Parisa Farahani",
    1816: "Jonas Weber",
    # b14en-05 robotics lab
    1817: "Hyun-woo Kang",
    1818: "Amelia Hart",
    1819: "Dmitri Volkov",
    1820: "Zanele Dlamini",
    # b14en-06 architecture firm
    1821: "Farah Siddiqui",
    1822: "Björn Lindahl",
    1823: "Chiara Conti",
    1824: "Kwabena Boateng",
    # b14en-07 theatre production
    1825: "Niamh Gallagher",
    1826: "Rafael Moreno",
    1827: "Aroha Ngata",
    1828: "Tobias Klein",
    # b14en-08 bike-courier co-op
    1829: "Yaw Darko",
    1830: "Marisol Vega",
    1831: "Kai Reid",
    1832: "Fatima Benali",
    # b14en-09 hotel front office (Tokyo)
    1833: "Daniela Rossi",
    1834: "松本 陽介",
    1835: "Arjun Nair",
    1836: "青木 美穂",
    # b14en-10 data-journalism desk
    1837: "Sinéad Brennan",
    1838: "Hamid Rahimi",
    1839: "Valentina Cruz",
    1840: "Ngozi Eze",
    # b14en-11 landscaping
    1841: "Duncan McRae",
    1842: "Lorenzo Bianchi",
    1843: "Thandiwe Mokoena",
    1844: "Eitan Levi",
    # b14en-12 indie game QA
    1845: "Aleksander Nowak",
    1846: "Ji-min Seo",
    1847: "Camille Laurent",
    1848: "Rahul Bose",
    # b14en-13 conference organiser (Tokyo)
    1849: "Astrid Holm",
    1850: "小野寺 大地",
    1851: "Marcus Oyelaran",
    1852: "藤原 玲奈",
    # b14en-14 language school
    1853: "Yasmin Aziz",
    1854: "Pierre-Luc Gagnon",
    1855: "Sakura Ishida",
    1856: "Mateus Costa",
    # bots
    1898: "BuildBot",
    1899: "Callboard Bot",
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
    # b14en-01 vet clinic. Phenomena: [To:] request with "by tomorrow" and a date that
    # describes the thing ("inspection is on the 12th"); "yep on it" acceptance; an FYI
    # plus a subject-less commitment in one message ("will fix it tomorrow", Owen, never
    # reported -> open); "ill call ... today" closed by "called her" (Mei's only open
    # task then); "all set" in a reply; "anyone free to order ...?" names the work ->
    # task with no assignee, closed by another member's reply "ordered ..."; a task for
    # two people ("could you two", next Monday from a Wednesday -> 3/11); a half-done
    # report; a bare "rota all done" from ONE of the two assignees without reply does not
    # close a multi-assignee task -> open.
    conv(
        "b14en-01",
        (98101, "Maplebrook Vet – front desk"),
        M(1801, 1802, 1803, 1804),
        [
            ("2030-03-04 08:50", 1803, "morning all, phones already mad, 3 walk ins before 9"),
            (
                "2030-03-04 09:05",
                1801,
                TO(1802)
                + "\nthe vaccine fridge log for feb is still blank for the last week, can you fill it in by tomorrow? inspection is on the 12th",
            ),
            ("2030-03-04 09:12", 1802, RP(1801, 2) + "yep on it"),
            (
                "2030-03-04 10:30",
                1804,
                "biscuit (mrs okafors cat) bloods came back normal fyi. also the label printer in consult 1 jammed again, will fix it tomorrow",
            ),
            ("2030-03-04 10:41", 1803, "ill call mrs okafor w the results today"),
            ("2030-03-04 14:20", 1803, "called her, she was relieved lol"),
            (
                "2030-03-05 09:02",
                1801,
                "reminder: ultrasound service tech is in thurs 2pm, room 2 out of action 2-4",
            ),
            (
                "2030-03-05 11:15",
                1802,
                RP(1801, 2)
                + "all set, feb is filled in. had to dig thru the paper sheets for 3 days of it",
            ),
            ("2030-03-05 11:40", 1801, "legend ty"),
            (
                "2030-03-06 08:45",
                1804,
                "anyone free to order more of the small e-collars? were down to 2",
            ),
            ("2030-03-06 09:30", 1803, RP(1804, 10) + "ordered a box of 20, should land monday"),
            (
                "2030-03-06 16:00",
                1801,
                TO(1802)
                + " "
                + TO(1803)
                + "\ncould you two sort out the waiting room rota for april by next monday",
            ),
            ("2030-03-08 17:30", 1802, "rota about half done, april saturdays still empty"),
            ("2030-03-11 10:10", 1803, "rota all done 🎉"),
            ("2030-03-11 10:12", 1801, "great ty both"),
        ],
        [
            task(2, ["fridge log"], [1802], ("2030-03-05", "Tue"), "done"),
            task(4, ["label printer"], [1804], ("2030-03-05", "Tue"), "open"),
            task(5, ["okafor"], [1803], ("2030-03-04", "Mon"), "done"),
            task(10, ["e-collars"], [], None, "done"),
            task(12, ["rota"], [1802, 1803], ("2030-03-11", "Mon"), "open"),
        ],
    ),
    # b14en-02 podcast studio. Phenomena: minutes as an action-item list with owners in
    # three shapes ("Kofi to ...", "Lucía: ...", "ill ...") and three deadline families
    # (by thursday -> Thu 4/4, 4/8, this week -> Fri 4/5); the assignee asks for more
    # time in a reply to the list ("gonna need till monday for the cut") -> cut due moves
    # to Mon 4/8; Sven's non-reply "ad reads recorded" closes his only open task; a
    # reply naming the guest confirms -> that line done; the sender's own line is
    # cancelled by a quote of it ("lets drop the template thing") -> left out; an FYI
    # followed by a separate ASAP request (null); "booked the mic tech" from Kofi, whose
    # only open task is then the mic (the cut was closed by reply just before) -> done.
    conv(
        "b14en-02",
        (98102, "Loudhaus Audio – show ops"),
        M(1805, 1806, 1807, 1808),
        [
            (
                "2030-04-02 17:05",
                1805,
                "notes from todays planning call:\n- Kofi to cut ep 41 down to 45 min by thursday\n- Lucía: confirm the guest for ep 43 by 4/8\n- Sven to record the ad reads this week\n- ill update the show notes template",
            ),
            ("2030-04-02 17:20", 1807, "ugh ad reads. fine 🙃"),
            (
                "2030-04-03 10:00",
                1808,
                "guest for 43 is probably the beekeeper lady, waiting to hear from her agent",
            ),
            (
                "2030-04-03 13:30",
                1806,
                RP(1805, 1)
                + "ep 41 is a mess, 3 guests talking over each other the whole hour. gonna need till monday for the cut, sorry",
            ),
            ("2030-04-03 13:45", 1805, RP(1806, 4) + "np, better right than rushed"),
            ("2030-04-04 11:00", 1807, "ad reads recorded, 3 takes each, files are in /ads"),
            ("2030-04-04 11:20", 1805, "🙏"),
            (
                "2030-04-05 09:40",
                1808,
                RP(1805, 1) + "beekeeper confirmed for 43! recording on 4/15",
            ),
            (
                "2030-04-05 10:05",
                1805,
                QT(1805, 1, "- ill update the show notes template")
                + "actually lets drop the template thing, the new cms has its own",
            ),
            ("2030-04-05 15:00", 1806, "fyi the studio b mic is crackling again"),
            (
                "2030-04-05 15:10",
                1805,
                TO(1806) + "\ncan you get someone in to look at the studio b mic asap",
            ),
            ("2030-04-08 10:30", 1806, RP(1805, 1) + "ep 41 cut is done, 44:52 😅"),
            ("2030-04-08 10:35", 1806, "booked the mic tech for wed morning"),
            ("2030-04-08 10:50", 1807, "guess im in studio a on wed then"),
        ],
        [
            task(1, ["ep 41"], [1806], ("2030-04-08", "Mon"), "done"),
            task(1, ["guest"], [1808], ("2030-04-08", "Mon"), "done"),
            task(1, ["ad reads"], [1807], ("2030-04-05", "Fri"), "done"),
            task(11, ["mic"], [1806], None, "done"),
        ],
    ),
    # b14en-03 wine importer, Tokyo office, mixed Japanese/English. Phenomena: 明日までに
    # inside an English ask (Tue 4/30 -> 5/1); "I'll put the order in today" commitment;
    # 3営業日以内 sent Wed 5/1 across Golden Week (5/3-5/6 off) -> Wed 5/8; an information
    # question and its answer; 送付しました in a reply; out-of-office; Matteo's non-reply
    # "ebisu order went in yesterday" while he has TWO open tasks (order, 請求書) closes
    # none -> the order stays open; 今月末 -> 5/31; ✅ in a reply closes the invoice.
    conv(
        "b14en-03",
        (98103, "Vinhos Tokyo 輸入チーム"),
        M(1809, 1810, 1811, 1812),
        [
            ("2030-04-30 09:30", 1810, "おはようございます。5/1から倉庫の棚卸しが始まります"),
            (
                "2030-04-30 10:00",
                1809,
                TO(1810, "さん")
                + "\ncustoms docs for the Douro shipment, could you send them to the broker 明日までに? 🙏",
            ),
            ("2030-04-30 10:05", 1810, RP(1809, 2, "さん") + "承知しました"),
            (
                "2030-04-30 11:20",
                1811,
                "the restaurant in ebisu wants 6 cases of the vinho verde, ill put the order in today",
            ),
            (
                "2030-05-01 09:15",
                1812,
                TO(1811, "さん")
                + "\n先月分の請求書の再発行をお願いします。3営業日以内でお願いできますか",
            ),
            ("2030-05-01 09:40", 1811, RP(1812, 5, "さん") + "sure, which customer was it again?"),
            ("2030-05-01 09:42", 1812, "丸吉商店さんです"),
            ("2030-05-01 14:00", 1810, RP(1809, 2, "さん") + "ブローカーに送付しました"),
            ("2030-05-02 10:00", 1809, "GW中はお休みします. back on the 7th 🌴"),
            ("2030-05-02 10:30", 1811, "ebisu order went in yesterday, forgot to say"),
            (
                "2030-05-07 09:10",
                1812,
                TO(1810, "さん") + "\n今月末までに在庫リストの更新もお願いします",
            ),
            ("2030-05-07 09:30", 1810, "了解です"),
            ("2030-05-08 16:50", 1811, RP(1812, 5, "さん") + "reissued and emailed to 丸吉 ✅"),
            ("2030-05-08 17:00", 1812, "ありがとうございます！"),
        ],
        [
            task(2, ["customs"], [1810], ("2030-05-01", "Wed"), "done"),
            task(4, ["order"], [1811], ("2030-04-30", "Tue"), "open"),
            task(5, ["請求書"], [1811], ("2030-05-08", "Wed"), "done"),
            task(11, ["在庫リスト"], [1810], ("2030-05-31", "Fri"), "open"),
        ],
    ),
    # b14en-04 non-profit gala: NO TASK. Venue info, information questions, a pasted
    # donor note that offers help (quote), a vague offer ("if anyone needs help ...
    # just shout"), a promise to share info later, a request to wait ("hold off on
    # printing"), out-of-office, ticket numbers, a condition ("let me know if the board
    # asks ...").
    conv(
        "b14en-04",
        (98104, "Harbour Light Trust – gala 2030"),
        M(1813, 1814, 1815, 1816),
        [
            (
                "2030-06-07 10:00",
                1813,
                "gala venue confirmed: the old customs house, sat 9/21, doors 6pm",
            ),
            ("2030-06-07 10:04", 1814, "ooh the one with the glass roof?"),
            ("2030-06-07 10:05", 1813, "thats the one"),
            (
                "2030-06-07 11:30",
                1815,
                "hartley foundation is in for the silver tier 🎉 their note:\n[qt]Thank you for thinking of us. Do tell us if there is anything else you need from our side.[/qt]",
            ),
            ("2030-06-07 11:45", 1816, "amazing!!"),
            (
                "2030-06-07 14:10",
                1814,
                "if anyone needs help with the auction stuff just shout, i have time next week",
            ),
            (
                "2030-06-10 09:20",
                1816,
                "does anyone know if the customs house has step free access? a couple of guests asked",
            ),
            (
                "2030-06-10 09:35",
                1813,
                "pretty sure yes, theres a lift by the side door. will share the access info once the venue sends their pack",
            ),
            ("2030-06-10 09:40", 1816, "perfect thx"),
            (
                "2030-06-10 13:00",
                1815,
                "hold off on printing anything for now, the logo might change",
            ),
            ("2030-06-10 13:02", 1814, "👍"),
            (
                "2030-06-11 17:45",
                1813,
                "out tomorrow for a school thing, back thurs. parisa has the venue contact if anything comes up",
            ),
            ("2030-06-13 09:00", 1816, "ticket sales so far: 112 of 250"),
            (
                "2030-06-13 09:10",
                1815,
                "nice. let me know if the board asks for it broken down by tier",
            ),
        ],
        [],
    ),
    # b14en-05 robotics lab. Phenomena: "blocked on your review ..., mind taking a look
    # before noon?" (today 12:00); acceptance in a reply; "lgtm" closes the review;
    # "merged" from someone with no open task changes nothing; two tasks in one sentence
    # ("ill recalibrate joint 4 and log the drift numbers") -> two; "same for joint 5
    # pls" points at the previous work -> task for Hyun-woo; a quote of m6 reporting the
    # recalibration done but "havent logged it yet" -> recalibration done, log open;
    # "before thursdays demo? 3pm thurs latest" -> Thu 7/4 15:00; "pads printed" in a
    # reply; "joint 5 done too" in a reply.
    conv(
        "b14en-05",
        (98105, "Kestrel Robotics Lab – arm v3"),
        M(1817, 1818, 1819, 1820),
        [
            (
                "2030-07-01 09:15",
                1818,
                TO(1819)
                + "\nblocked on your review for the gripper torque PR, mind taking a look before noon?",
            ),
            (
                "2030-07-01 09:20",
                1819,
                RP(1818, 1) + "stuck in standup till 10, will look right after",
            ),
            (
                "2030-07-01 11:05",
                1819,
                RP(1818, 1) + "lgtm, one nit on the clamp constant but not blocking",
            ),
            ("2030-07-01 11:30", 1818, "merged 🚀"),
            ("2030-07-01 14:00", 1820, "encoder on joint 4 is drifting again, ~0.3deg per hour"),
            (
                "2030-07-01 14:10",
                1817,
                "ill recalibrate joint 4 and log the drift numbers in the tracking sheet",
            ),
            (
                "2030-07-01 14:12",
                1820,
                TO(1817) + " same for joint 5 pls, its not as bad but still",
            ),
            (
                "2030-07-02 10:45",
                1817,
                QT(
                    1817,
                    6,
                    "ill recalibrate joint 4 and log the drift numbers in the tracking sheet",
                )
                + "joint 4 recalibrated, drift down to 0.02/h. havent logged it yet",
            ),
            ("2030-07-02 11:00", 1818, "nice"),
            (
                "2030-07-03 09:00",
                1818,
                TO(1820)
                + " can you print the new finger pads before thursdays demo? 3pm thurs latest",
            ),
            (
                "2030-07-03 09:30",
                1820,
                RP(1818, 10) + "drone team has the printer this morning but should be ok",
            ),
            ("2030-07-04 13:50", 1820, RP(1818, 10) + "pads printed, 8 sets, on your desk"),
            ("2030-07-05 16:30", 1817, RP(1820, 7) + "joint 5 done too, 0.04 now"),
            ("2030-07-05 16:45", 1819, "have a good weekend all"),
        ],
        [
            task(1, ["gripper"], [1819], ("2030-07-01T12:00", "Mon"), "done"),
            task(6, ["joint 4"], [1817], None, "done"),
            task(6, ["drift"], [1817], None, "open"),
            task(7, ["joint 5"], [1817], None, "done"),
            task(10, ["finger pads"], [1820], ("2030-07-04T15:00", "Thu"), "done"),
        ],
    ),
    # b14en-06 architecture firm. Phenomena: a Chatwork task (ltype=date, 9/6); "still
    # need the signed fee proposal from you" (declarative ask, no date) whose assignee
    # accepts in a reply with "today" -> due 9/2, then "signed and sent"; a request by
    # 9/13 with a describing date (council meeting 9/20); a refusal, then the requester
    # quotes her ask and says "forget this one" -> cancelled, left out; the same work
    # re-asked of Björn ("any chance you could pick up ...? same deadline, 9/13");
    # Björn replies to the Chatwork task "will slip to next friday" (sent Wed 9/4 ->
    # Fri 9/13), the assignee's reply moves its due; done by quote; task_done markup.
    conv(
        "b14en-06",
        (98106, "Arcadia Studio – Hilltop library"),
        M(1821, 1822, 1823, 1824),
        [
            (
                "2030-09-02 09:30",
                1821,
                task_added(
                    1822,
                    chatwork_lt("2030-09-06"),
                    "Update the site plan with the new setback lines",
                    "date",
                ),
            ),
            ("2030-09-02 09:45", 1822, "ok 👍 need the surveyors pdf first tho"),
            (
                "2030-09-02 10:10",
                1823,
                TO(1824) + " still need the signed fee proposal from you, client is asking",
            ),
            ("2030-09-02 10:30", 1824, RP(1823, 3) + "sorry, on site all week. will sign it today"),
            ("2030-09-03 08:55", 1824, RP(1823, 3) + "signed and sent to the client"),
            (
                "2030-09-03 11:00",
                1821,
                TO(1823)
                + " could you do the daylight study for the reading room by 9/13? council meeting is 9/20",
            ),
            (
                "2030-09-03 11:20",
                1823,
                RP(1821, 6)
                + "honestly i cant take that on this week, the competition entry is eating everything",
            ),
            (
                "2030-09-03 11:35",
                1821,
                QT(
                    1821,
                    6,
                    "could you do the daylight study for the reading room by 9/13? council meeting is 9/20",
                )
                + "no worries, forget this one then",
            ),
            (
                "2030-09-03 11:40",
                1821,
                TO(1822)
                + " any chance you could pick up the daylight study for the reading room? same deadline, 9/13",
            ),
            ("2030-09-03 13:00", 1822, RP(1821, 9) + "yeah ok"),
            (
                "2030-09-04 09:10",
                1822,
                RP(1821, 1)
                + "heads up this one will slip to next friday, the surveyor pdf still hasnt come",
            ),
            ("2030-09-11 17:00", 1823, "competition entry submitted!! 🥂"),
            (
                "2030-09-12 18:20",
                1822,
                QT(
                    1821,
                    9,
                    "any chance you could pick up the daylight study for the reading room? same deadline, 9/13",
                )
                + "done, renders + sun hours table are in the project folder",
            ),
            (
                "2030-09-13 16:40",
                1822,
                task_done(
                    1822,
                    chatwork_lt("2030-09-06"),
                    "Update the site plan with the new setback lines",
                    "date",
                ),
            ),
            ("2030-09-13 16:45", 1821, "thanks both, good week"),
        ],
        [
            task(1, ["site plan"], [1822], ("2030-09-13", "Fri"), "done"),
            task(3, ["fee proposal"], [1824], ("2030-09-02", "Mon"), "done"),
            task(9, ["daylight"], [1822], ("2030-09-13", "Fri"), "done"),
        ],
    ),
    # b14en-07 theatre production, read by the room's bot (self_account_id=1899), which
    # posts call digests. Phenomena: [toall] request "by friday" -> every member but the
    # sender and the bot, Fri 10/11; a bare "emailed you mine" from one of the three
    # assignees closes nothing (several assignees need a reply or quote), nor does the
    # requester's later thanks -> open; "leave it with me, ill get a replacement ...
    # tomorrow" commitment (the work is what the previous message points at) closed by
    # a quote of it ("picked up"); "can you two" task by 10/11, a half-done non-reply
    # from one assignee, then a reply "both flats done" closes it; the bot's holiday
    # notice and an out-of-office note.
    conv(
        "b14en-07",
        (98107, "The Glass Orchard – production"),
        M(1825, 1826, 1827, 1828, 1899),
        [
            (
                "2030-10-07 08:00",
                1899,
                "[info][title]Todays calls[/title]10:00 fight call (stage)\n13:00 costume fittings (wardrobe)\n19:30 tech run[/info]",
            ),
            (
                "2030-10-07 09:10",
                1825,
                "[toall]\nplease send me your availability for the pickup rehearsals by friday 🙏",
            ),
            ("2030-10-07 09:30", 1826, "emailed you mine"),
            (
                "2030-10-07 12:40",
                1827,
                "the prop dagger handle cracked during fight call, taped it for now",
            ),
            (
                "2030-10-07 12:45",
                1828,
                "leave it with me, ill get a replacement from the hire place tomorrow",
            ),
            ("2030-10-07 18:00", 1899, "Reminder: tech run 19:30, half hour call 19:00"),
            (
                "2030-10-08 11:15",
                1828,
                QT(1828, 5, "leave it with me, ill get a replacement from the hire place tomorrow")
                + "picked up, bit heavier than the old one",
            ),
            ("2030-10-08 11:30", 1825, "cheers tobias"),
            (
                "2030-10-09 10:00",
                1825,
                TO(1827)
                + " "
                + TO(1826)
                + "\ncan you two repaint the doorframe flats by 10/11? preview is saturday and the chip on stage left shows from row A",
            ),
            ("2030-10-10 16:00", 1827, "flats done, just need a second coat on the left one"),
            ("2030-10-11 12:30", 1826, RP(1825, 9) + "second coat on, both flats done and dry"),
            ("2030-10-11 17:00", 1825, "thanks all, pickup rota goes out monday"),
            (
                "2030-10-14 08:00",
                1899,
                "[info][title]Todays calls[/title]Theatre dark (スポーツの日). No calls.[/info]",
            ),
            ("2030-10-15 09:00", 1828, TO(1825) + "\nill be late tmrw, dentist. there by 11"),
        ],
        [
            task(2, ["availability"], [1826, 1827, 1828], ("2030-10-11", "Fri"), "open"),
            task(5, ["replacement"], [1828], ("2030-10-08", "Tue"), "done"),
            task(9, ["flats"], [1826, 1827], ("2030-10-11", "Fri"), "done"),
        ],
        self_account_id=1899,
    ),
    # b14en-08 bike-courier co-op: NO TASK. Weather, banter, an information question
    # and its answer, a route report, a new-client FYI, a vague offer ("i can help out
    # if it gets busy"), a shift swap, a condition about the spare keys, thanks.
    conv(
        "b14en-08",
        (98108, "Spokes Co-op – dispatch"),
        M(1829, 1830, 1831, 1832),
        [
            ("2030-11-11 07:30", 1829, "rain all morning, bag covers are in the rack"),
            ("2030-11-11 07:32", 1830, "my front brake squeaks like a dying seagull"),
            ("2030-11-11 07:40", 1831, "lol. the shop opens at 10 if you want to swing by"),
            (
                "2030-11-11 08:15",
                1832,
                "whos on the long route today? cant remember if its me or kai",
            ),
            ("2030-11-11 08:17", 1829, "kai. youre on the city loop"),
            ("2030-11-11 11:50", 1831, "long route done, 14 drops, 1 not home (left a card)"),
            (
                "2030-11-12 09:00",
                1829,
                "new client from thurs: a bakery on the canal, 2 pickups a day. details in the sheet",
            ),
            ("2030-11-12 09:20", 1830, "i can help out if it gets busy"),
            ("2030-11-13 18:00", 1832, "im off friday, swapped with marisol"),
            ("2030-11-13 18:05", 1830, "yep confirmed 👍"),
            (
                "2030-11-14 10:30",
                1829,
                "bakery day 1: all pickups on time. they gave us croissants",
            ),
            ("2030-11-14 10:31", 1831, "best client ever"),
            (
                "2030-11-15 16:00",
                1829,
                "if anything breaks over the weekend the spare keys are in the lockbox, same code as before",
            ),
            ("2030-11-15 16:10", 1832, "thanks yaw, have a good one"),
        ],
        [],
    ),
    # b14en-09 hotel front office, Tokyo, mixed. Phenomena: an English ask with 今週中
    # (Thu 9/12 -> Fri 9/13) accepted in Japanese; one message with the sender's own
    # commitment ("ill log it with maintenance") and a [To:] ask mid-sentence (room
    # change) -> two tasks; a reply 803に移っていただきました names the room move -> that
    # one done; "logged, ticket 5521" closes Arjun's only open task; 確認して修正しました
    # from 青木 (only open task) closes the check; 3営業日以内 sent Fri 9/13 across 敬老の日
    # (9/16) -> Thu 9/19, then the assignee's reply 金曜まで延ばします (sent Wed 9/18) moves
    # it to Fri 9/20; "today" lost-and-found email done by reply; 共有フォルダに入れました
    # closes 松本's only open task.
    conv(
        "b14en-09",
        (98109, "Hotel Sakuragawa フロント"),
        M(1833, 1834, 1835, 1836),
        [
            ("2030-09-12 08:30", 1834, "おはようございます。本日のチェックイン予定は42件です"),
            (
                "2030-09-12 09:00",
                1833,
                TO(1836, "さん")
                + "\ncould you check the group booking for the Lindqvist wedding party 今週中? the rooming list looks off",
            ),
            ("2030-09-12 09:05", 1836, RP(1833, 2, "さん") + "承知しました、確認します"),
            (
                "2030-09-12 10:20",
                1835,
                "guest in 804 says the AC is making a ticking noise. ill log it with maintenance and "
                + TO(1834, "さん")
                + " can you offer them a room change?",
            ),
            ("2030-09-12 10:40", 1834, RP(1835, 4, "さん") + "803に移っていただきました"),
            ("2030-09-12 11:00", 1835, "logged, ticket 5521"),
            (
                "2030-09-13 09:30",
                1836,
                TO(1833, "さん")
                + "\nLindqvist様の件、rooming listを確認して修正しました。2部屋入れ替わっていました",
            ),
            (
                "2030-09-13 14:00",
                1833,
                TO(1834, "さん") + "\n来月の夜勤シフト表、3営業日以内にお願いできますか",
            ),
            ("2030-09-13 14:10", 1834, RP(1833, 8, "さん") + "承知しました"),
            (
                "2030-09-17 10:00",
                1835,
                "lost & found: a kids stuffed rabbit from 612, guest already checked out. "
                + TO(1836, "さん")
                + " could you email the 612 guest about the rabbit today? address is in the pms",
            ),
            ("2030-09-17 10:30", 1836, RP(1835, 10, "さん") + "sent! they were so relieved 😭"),
            (
                "2030-09-18 16:00",
                1834,
                RP(1833, 8, "さん")
                + "すみません、シフト表は金曜まで延ばします。two people still havent sent their requests",
            ),
            ("2030-09-18 16:20", 1833, RP(1834, 12, "さん") + "np 👍"),
            ("2030-09-20 17:30", 1834, "シフト表、共有フォルダに入れました"),
            ("2030-09-20 17:35", 1833, "ありがとう！ perfect"),
        ],
        [
            task(2, ["group booking"], [1836], ("2030-09-13", "Fri"), "done"),
            task(4, ["maintenance"], [1835], None, "done"),
            task(4, ["room change"], [1834], None, "done"),
            task(8, ["シフト表"], [1834], ("2030-09-20", "Fri"), "done"),
            task(10, ["rabbit"], [1836], ("2030-09-17", "Tue"), "done"),
        ],
    ),
    # b14en-10 data-journalism desk. Phenomena: "would be great to have the cleaned
    # precinct csv by wed" (Mon -> Wed 6/5); an information question and answer; a
    # Chatwork task with ltype=time (6/4 15:00) and its task_done; a negated report in a
    # reply from the assignee that gives a new time ("not there yet ... will have it by
    # tomorrow noon" -> Thu 6/6 12:00), then "up on the drive ✅"; an announcement plus
    # "any chance you could give it a read this week?" (Thu -> Fri 6/7), accepted with
    # "tomorrow" (also 6/7), done by "read it"; "by next monday" sent Fri 6/7 -> 6/10,
    # acknowledged with 👍 only -> open.
    conv(
        "b14en-10",
        (98110, "Ledger Desk – elections data"),
        M(1837, 1838, 1839, 1840),
        [
            (
                "2030-06-03 09:00",
                1837,
                "morning. turnout piece is pencilled in for thursdays edition",
            ),
            (
                "2030-06-03 09:20",
                1837,
                TO(1838) + " would be great to have the cleaned precinct csv by wed",
            ),
            (
                "2030-06-03 09:40",
                1838,
                RP(1837, 2) + "should be doable, the county files are a mess tho",
            ),
            ("2030-06-03 11:00", 1839, "anyone know where last cycles shapefiles ended up?"),
            ("2030-06-03 11:05", 1840, "archive drive, /2026/geo"),
            (
                "2030-06-03 15:30",
                1837,
                task_added(
                    1840,
                    chatwork_lt("2030-06-04", "15:00"),
                    "Fact-check the turnout chart labels",
                    "time",
                ),
            ),
            (
                "2030-06-04 14:45",
                1840,
                task_done(
                    1840,
                    chatwork_lt("2030-06-04", "15:00"),
                    "Fact-check the turnout chart labels",
                    "time",
                ),
            ),
            (
                "2030-06-05 17:50",
                1838,
                RP(1837, 2)
                + "not there yet, 2 counties still have merged cells. will have it by tomorrow noon",
            ),
            ("2030-06-05 18:00", 1837, "ok, tight but fine"),
            ("2030-06-06 11:40", 1838, RP(1837, 2) + "cleaned csv is up on the drive ✅"),
            (
                "2030-06-06 13:00",
                1839,
                "draft of the turnout explainer is in the doc. "
                + TO(1837)
                + " any chance you could give it a read this week?",
            ),
            ("2030-06-06 13:05", 1837, RP(1839, 11) + "yes, tomorrow"),
            (
                "2030-06-07 10:15",
                1837,
                RP(1839, 11) + "read it, comments are in the doc. nice work",
            ),
            (
                "2030-06-07 10:30",
                1840,
                TO(1838)
                + " can you move the raw county files into /raw by next monday? couldnt find the originals",
            ),
            ("2030-06-07 10:40", 1838, RP(1840, 14) + "👍"),
        ],
        [
            task(2, ["precinct"], [1838], ("2030-06-06T12:00", "Thu"), "done"),
            task(6, ["chart"], [1840], ("2030-06-04T15:00", "Tue"), "done"),
            task(11, ["explainer"], [1837], ("2030-06-07", "Fri"), "done"),
            task(14, ["county files"], [1838], ("2030-06-10", "Mon"), "open"),
        ],
    ),
    # b14en-11 landscaping crews. Phenomena: a job list with owners ("Name: ...", "Name
    # to ...") where only one line has a deadline ("by thursday" sent on a Friday would
    # be Thu 8/8); a [To:] ask "today, EOD is fine" -> Mon 8/5, closed by "sorted" in a
    # reply; "whitcombe hedge done" from Lorenzo whose only open task is then the hedge;
    # a negated report ("not gonna be done this week"); the assignee moves her line in a
    # reply to the list ("will slip to next tuesday"), then the requester quotes that
    # line and says "forget this one, client rang, theyre not going ahead" -> cancelled,
    # left out; an FYI about roadworks; "mower serviced" closes Eitan's only open task;
    # an information question.
    conv(
        "b14en-11",
        (98111, "Greenleaf Landscapes – crews"),
        M(1841, 1842, 1843, 1844),
        [
            (
                "2030-08-02 07:10",
                1841,
                "crew jobs, addresses are in the sheet:\n- Lorenzo: hedge trimming at the Whitcombe place\n- Thandiwe: quote for the rooftop garden on Kerr St by thursday\n- Eitan to service the big mower",
            ),
            ("2030-08-02 07:20", 1844, "mowers making that noise again so yeah overdue"),
            ("2030-08-02 12:30", 1843, "kerr st client wants native plants only, fyi"),
            (
                "2030-08-05 08:00",
                1841,
                TO(1842)
                + " can you also pick up 20 bags of mulch on the way back today, EOD is fine",
            ),
            ("2030-08-05 16:40", 1842, RP(1841, 4) + "mulch sorted, 20 bags in the yard"),
            (
                "2030-08-06 07:30",
                1842,
                "whitcombe hedge done, took 2 trailers of clippings to the tip",
            ),
            (
                "2030-08-06 09:15",
                1844,
                "mowers in bits on the bench, waiting on a belt. not gonna be done this week",
            ),
            (
                "2030-08-07 10:00",
                1843,
                RP(1841, 1)
                + "the kerr st quote will slip to next tuesday, the structural engineer hasnt replied about roof load",
            ),
            ("2030-08-07 10:05", 1841, "ok"),
            (
                "2030-08-08 13:00",
                1841,
                "fyi council is digging up kerr st all next week, park round the back",
            ),
            ("2030-08-09 15:00", 1844, "belt arrived, mower serviced and back on the trailer"),
            (
                "2030-08-13 11:30",
                1841,
                QT(1841, 1, "- Thandiwe: quote for the rooftop garden on Kerr St by thursday")
                + "forget this one, client rang, theyre not going ahead this year",
            ),
            ("2030-08-13 11:35", 1843, "oh well. saves me chasing the engineer 😅"),
            ("2030-08-13 14:00", 1842, "anyone got the key for the small trailer lock?"),
            ("2030-08-13 14:05", 1844, "on the hook by the door"),
        ],
        [
            task(1, ["hedge"], [1842], None, "done"),
            task(1, ["mower"], [1844], None, "done"),
            task(4, ["mulch"], [1842], ("2030-08-05", "Mon"), "done"),
        ],
    ),
    # b14en-12 indie game QA, with a CI bot that is NOT the self account. Phenomena: bot
    # build notices; a player request inside 「」 is a quote, no task, but "ill take this
    # one" right after is a commitment to that work (the save bug); "mind checking ...?
    # need to know by 3pm" asks to check by a time -> 15:00 today; "checked, blur is
    # gone"; a bug report FYI; a [To:] ask "grab QA-388 too"; Rahul's bare "fixed,
    # pushing now" with TWO open tasks closes none; another member's reply to m3 "fix
    # shipped ... save corruption gone" closes the save bug; "by 2/8" with a describing
    # date (cert 2/12); "on it"; the assignee's reply "will finish monday" (sent Fri 2/8
    # -> Mon 2/11, a holiday, but a bare weekday ignores holidays); "regression pass
    # complete"; "still digging" leaves QA-388 open; a Chatwork task with ltype=none.
    conv(
        "b14en-12",
        (98112, "Mothlight Games – QA"),
        M(1845, 1846, 1847, 1848, 1898),
        [
            (
                "2030-02-04 10:00",
                1898,
                "build 0.9.14 (win/mac/deck) passed ✅ 212 tests, 0 failures",
            ),
            (
                "2030-02-04 10:20",
                1847,
                "player report from the discord:\n「please fix the save corruption when you quit during the lantern cutscene!!」\nrepro'd on win, 3/3",
            ),
            ("2030-02-04 10:25", 1848, "ill take this one"),
            (
                "2030-02-04 11:00",
                1845,
                TO(1846)
                + " mind checking if the steam deck build still has the font blur from last week? need to know by 3pm for the patch notes",
            ),
            ("2030-02-04 14:30", 1846, RP(1845, 4) + "checked, blur is gone on deck 👍"),
            (
                "2030-02-04 16:00",
                1847,
                "also the controller remap screen crashes if you unplug mid-remap. ticket QA-388",
            ),
            ("2030-02-04 16:05", 1845, TO(1848) + " can you grab QA-388 too after the save bug"),
            ("2030-02-05 12:00", 1848, "fixed, pushing now"),
            ("2030-02-05 12:40", 1898, "build 0.9.15 passed ✅ 214 tests, 0 failures"),
            (
                "2030-02-05 13:10",
                1847,
                RP(1848, 3)
                + "fix shipped in 0.9.15, save corruption gone. quit 10 times during the cutscene 🎉",
            ),
            (
                "2030-02-06 10:00",
                1845,
                TO(1847)
                + " could you run the full regression pass on 0.9.15 by 2/8? cert submission is 2/12",
            ),
            ("2030-02-06 10:10", 1847, RP(1845, 11) + "on it"),
            (
                "2030-02-08 18:30",
                1847,
                RP(1845, 11) + "about 80% through, boss fights left. will finish monday",
            ),
            (
                "2030-02-11 15:00",
                1847,
                RP(1845, 11)
                + "regression pass complete (yes on a holiday 🙃), 3 minor issues logged QA-391..393",
            ),
            (
                "2030-02-12 09:00",
                1848,
                RP(1845, 7) + "QA-388 is nastier than it looks, still digging",
            ),
            (
                "2030-02-12 09:30",
                1845,
                task_added(1846, 0, "Update the known issues list on the store page", "none"),
            ),
        ],
        [
            task(3, ["save"], [1848], None, "done"),
            task(4, ["font"], [1846], ("2030-02-04T15:00", "Mon"), "done"),
            task(7, ["QA-388"], [1848], None, "open"),
            task(11, ["regression"], [1847], ("2030-02-11", "Mon"), "done"),
            task(16, ["known issues"], [1846], None, "open"),
        ],
    ),
    # b14en-13 conference organiser, Tokyo, mixed. Phenomena: ASAP -> null, accepted
    # with 少々お待ちください (a request to wait is no task), 全員に送付しました in a reply;
    # "this week" sent on a Saturday (12/21) -> the next Friday 12/27, with a describing
    # date ("closes on the 27th"); the assignee accepts with 明日確認します (Mon 12/23 ->
    # 12/24), which becomes the due, then 480名で確定しました; 3営業日以内 sent Thu 12/26
    # across the year end (12/28-1/5 off) -> 2031-01-07; an out-of-office note with a
    # condition (緊急の場合は...ご連絡ください); a commitment with [To:] "by 1/8" sent 12/27
    # -> next year's 1/8; a half-finished report in a reply ("first 4 invoices sent, the
    # last 2 need PO numbers") leaves the invoices open.
    conv(
        "b14en-13",
        (98113, "DevHarbor Tokyo 2030 運営"),
        M(1849, 1850, 1851, 1852),
        [
            ("2030-12-16 10:00", 1849, "speaker list is final! 32 talks, 4 workshops 🎉"),
            ("2030-12-16 10:20", 1852, "おめでとうございます！"),
            (
                "2030-12-16 11:00",
                1849,
                TO(1852, "さん")
                + "\ncould you send the speaker contracts out ASAP? a few people are asking",
            ),
            (
                "2030-12-16 11:10",
                1852,
                RP(1849, 3, "さん") + "承知しました。テンプレートを確認するので少々お待ちください",
            ),
            ("2030-12-18 15:00", 1852, RP(1849, 3, "さん") + "全員に送付しました"),
            (
                "2030-12-21 11:00",
                1851,
                TO(1850, "さん")
                + "\ncan you confirm the catering headcount this week? the caterer closes for the holidays on the 27th",
            ),
            ("2030-12-23 09:30", 1850, RP(1851, 6, "さん") + "明日確認します"),
            ("2030-12-24 16:00", 1850, RP(1851, 6, "さん") + "480名で確定しました"),
            (
                "2030-12-26 10:00",
                1850,
                TO(1851, "さん") + "\nスポンサーの請求書、3営業日以内に送っていただけますか",
            ),
            ("2030-12-26 10:15", 1851, RP(1850, 9, "さん") + "sure thing"),
            (
                "2030-12-27 17:00",
                1849,
                "office closed 12/28–1/5, see you all in the new year 🎍 緊急の場合は携帯にご連絡ください",
            ),
            (
                "2030-12-27 17:10",
                1851,
                TO(1849) + "\nbefore i forget, ill draft the venue floor plan by 1/8",
            ),
            (
                "2030-12-27 17:30",
                1851,
                RP(1850, 9, "さん")
                + "first 4 invoices sent, the last 2 need PO numbers from finance",
            ),
            ("2030-12-27 17:40", 1850, RP(1851, 13, "さん") + "了解です、良いお年を！"),
        ],
        [
            task(3, ["contracts"], [1852], None, "done"),
            task(6, ["headcount"], [1850], ("2030-12-24", "Tue"), "done"),
            task(9, ["請求書"], [1851], ("2031-01-07", "Tue"), "open"),
            task(12, ["floor plan"], [1851], ("2031-01-08", "Wed"), "open"),
        ],
    ),
    # b14en-14 language school: NO TASK. Term-start info with a self-correction, banter,
    # a results FYI, an information question and answer, a pasted parent email with a
    # question (quote) already answered, a meeting time, an offer ("if anyone needs the
    # pdf ... just ask"), meeting notes posted in the message itself (does what it
    # announces), out-of-office, "what did i miss" (asks for nothing).
    conv(
        "b14en-14",
        (98114, "Lingua Bridge – teachers room"),
        M(1853, 1854, 1855, 1856),
        [
            (
                "2030-01-08 08:40",
                1853,
                "welcome back everyone! term starts monday the 14th.. wait thats a holiday. tuesday the 15th",
            ),
            ("2030-01-08 08:45", 1854, "lol classic"),
            (
                "2030-01-08 10:00",
                1855,
                "placement test results are in the shared drive under /jan-intake, 38 new students",
            ),
            (
                "2030-01-08 10:30",
                1856,
                "does anyone know if room 3s projector got fixed over the break?",
            ),
            ("2030-01-08 10:35", 1853, "yes, new bulb. should be fine"),
            (
                "2030-01-09 15:00",
                1854,
                "parent email re the b1 evening class:\n[qt]Could you kindly tell us whether the class will run on the national holiday?[/qt]\nalready replied, told them no class on the 14th",
            ),
            ("2030-01-09 15:05", 1855, "👍 thx"),
            ("2030-01-10 09:00", 1853, "staff meeting fri 16:00 in the lounge, 30 min tops"),
            (
                "2030-01-10 12:20",
                1856,
                "if anyone needs the new a2 workbook pdf i have it, just ask",
            ),
            (
                "2030-01-11 16:45",
                1853,
                "meeting notes as promised: https://notes.example/lb-0111\nmain points: new attendance app from feb, the coffee machine is staying 😂",
            ),
            ("2030-01-11 16:50", 1854, "the coffee machine news is the real headline"),
            (
                "2030-01-11 17:00",
                1855,
                "im out monday and tuesday morning (dentist + visa office). back tues 13:00",
            ),
            ("2030-01-15 13:10", 1855, "back! what did i miss"),
            ("2030-01-15 13:15", 1856, "nothing much, the new a1 group is lovely"),
        ],
        [],
    ),
]
