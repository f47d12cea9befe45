# ruff: noqa: E501
"""Blind set 33, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b33en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 33, English part A: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md (in full),
the build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files, README,
BENCHMARKS or git history, and never ran the parser or chatsync on these texts. Ten
searches of public material were used only to learn how people phrase things: GitHub
issue and PR threads (picking an item up, "will get to it tomorrow", slipping a week,
"merged / live", disregard / no longer needed, "leave it with me") and workplace-writing
pages (polite asks with a deadline, chasing a request made earlier, status words such
as WIP / pending / in progress, English in Japanese offices' chat and why asks need a
date). Every person, company, room, product and sentence here is invented and written
fresh; nothing is copied. Gold dues were computed with /tmp/b33/en_a/dues.py (datetime +
jpholiday, one function per row of the spec's deadline table), never by hand, and each
carries its weekday so build.py catches a typo.

Domains:
- b33en-01: a podcast network's episode-production room (over 春分の日 and its 3/21
  substitute holiday).
- b33en-02: a genomics core facility at a research institute, a bot as self account
  (over 昭和の日 4/29 and Golden Week).
- b33en-03: the Tokyo service & parts office of a German machine maker, mixed
  Japanese/English (3営業日以内 across 4/29 and 5/3-5/5, "this week" landing on 昭和の日).
- b33en-04: a charity's spring-appeal fundraising team; no task at all.
- b33en-05: a game localisation vendor's JP project room, mixed Japanese/English
  (2営業日以内 across 海の日 7/18).
- b33en-06: an architecture studio's house project, a human as self account ([To:]
  the self account, [toall] excluding it; dates around 山の日 8/11).
- b33en-07: a coffee roaster's wholesale desk (Chatwork task markup with ltype=date and
  ltype=time, task_done).

Dates: English today / EOD / tomorrow / tomorrow noon / bare weekday ("by Wednesday",
"by Thursday", "Monday is fine") / "by end of day Friday" (read as that Friday) /
"next Monday" / "next Tuesday" / "this week" (sent on a Monday and a Tuesday) / M/D
("by 8/8", "(~7/14)", "7/20(水)"); Japanese 明日 / 明日中 / 来週頭 / 3営業日以内 /
2営業日以内; Chatwork lt with ltype=date and ltype=time. All rooms run on Asia/Tokyo,
March to August 2044.

Covers: precision traps in every room - announcements and plans that ask nothing
("we're migrating the parts portal on Thursday", "the print house plans to ship",
"HQ plans to release firmware", "the importer plans to ship"), status lines (still
investigating, WIP, ~1h delay), a third party's intentions ("Legal will send the NDA
over", "Legal will send over the wording"), pasted customer / sponsor / donor mail in
[qt] with asks addressed to the team, past asks ("as I asked last week ..."),
questions for information ("does anyone know if ..."), hypotheticals ("if we had the
budget we'd redo ..."), promises to report ("if they have notes I'll let you know"),
bot status posts and reminders; several tasks in one message with different owners
and days (list lines "- 林さん:", "・UI strings → 佐々木さん (~7/14)", "1. Jonas —",
"3. me —"; a request to one person plus the sender's own "I'll update ... myself")
and a reply accepting only one of them ("leave it with me"); titles that point at
context ("send that", "same for the screenshot pack", "print this one" under a quote,
"the Guatemala lot too — that one by Friday", "leave it with me" / "taking this" under
a problem report) whose gold keywords name the work, never the pointer; completion in
other words ("new cover's live", "sent the export across", "the client's got it now",
"merged", "final's with Ines", "chased them, manifest is on the share", 行ってきました,
交換完了, LGTM, Chatwork task_done), by reply, by quote with qtmeta, and bare from an
assignee's only open task; a bare "mine is in" from one assignee of a [toall] task
closing nothing, then a quote closing it for everyone; partial completion ("view 1
done, view 2 still rendering", "did the festival terms, UI terms still pending",
"Guatemala quote's in ... Colombia still pending"); negated and deferred work
("didn't get to it", "slipping to Wednesday", "slipping to Monday",
"slipping to Thursday", 延ばします);
commitments without "I" or a time ("leave it with me", "taking this — ...", acceptances
"on it" / "will do" / "np, leave it with me" that add no task); a deadline moved in
casual words ("can the ad reads wait till Monday?" answered "re ad reads: sure,
Monday works" as a reply to the task's own message) and an acceptance that sets an
earlier day ("I'll do it today"); implicit review ask by reply after a delivery
(ご確認お願いします, closing the delivery and opening a 確認 for the replied-to person);
non-native English and Japanese mixed in, typos, lowercase, emoji, (bow), full-width
punctuation, [To:], [rp], [qt][qtmeta], [info][title], [code], [toall], signatures.

Left out of the gold, and why (none of these carries a room's meaning):
- "can it wait till Monday?" answered by a bare "sure" replying to the question rather
  than to the task: the spec does not say whether the question alone moves the
  deadline, so b33en-01 has the requester restate Monday in a reply to the task's
  message; both readings then give the same day.
- "first thing tomorrow", "before the 3pm call", "this afternoon", "tonight": not in
  the deadline table; used nowhere as a task's deadline.
- A request by first name without [To:] ("Pablo, could you ..."): the spec gives []
  but people would not; every such request here carries [To:].
- Conditional to-dos ("LQA pass → Lucas, once both are in") and "taking this" in
  answer to a "could someone ...": not built; the former dropped from the split list.
- Moving a Chatwork task's deadline by chat reply: not built; Chatwork tasks here are
  only added and done.

Part B
------
Blind set 33, English part B: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md (in full),
the build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape) — never the parser's source, its other tests or case files, README,
BENCHMARKS or the git history, and never ran the parser or chatsync on these texts.
Ten searches of public material (GitHub issue/PR threads and workplace-writing pages)
were used only to learn how people phrase things: asking whether something can wait
till Monday, picking work up ("on it", "taking this"), "merged / deployed / it's live"
close-outs, "didn't get to it / slipping" notes, status lines ("still investigating",
"WIP"), "no longer needed" cancellations, follow-ups on earlier requests, Slack-style
acknowledgements ("will do", "leave it with me"), English deadline phrasing used by
Japanese writers (EOD, by + weekday), and freight-forwarding booking mail. Every person,
company, room, product and sentence here is invented and written fresh; nothing is
copied. Gold dues were computed with /tmp/b33/en_b/dues.py (datetime + jpholiday, one
function per row of the spec's deadline table), never by hand; each due carries its
weekday so build.py catches a typo.

Domains:
- b33en-08: an e-sports team's ops room (hotel, showmatch to-do list, highlight reel; over 敬老の日 9/19 and 秋分の日 9/22).
- b33en-09: a university research office (grant bids, partner letters; next Monday landing on スポーツの日 10/10).
- b33en-10: a festival production crew (no task at all: only look-alikes).
- b33en-11: a dental chain's IT helpdesk (a bot as self account, Chatwork date and time tasks, [toall], over 文化の日 and 勤労感謝の日).
- b33en-12: a freight forwarder and a Japanese retailer (mixed Japanese/English, 3 business days across 12-29 .. 01-03 into 2045, 来月中).
- b33en-13: a mobile app agency and its Japanese client (mixed, a human as self account, [To:] the self account, [toall] without it, over 成人の日).
- b33en-14: a solar installer's install scheduling (customer mail, two-line asks with owners, "end of day Friday" sent on a Friday).

Dates: all rooms on Asia/Tokyo, September 2044 .. January 2045. Forms used as deadlines:
bare weekday ("by Thursday", "by Friday", "by Monday", "by Tuesday 15:00", "Monday noon"),
next + weekday ("by next Monday", "Wednesday next week", "next Wednesday", 来週水曜),
tomorrow with a time ("tomorrow 3pm", "tomorrow noon", "tomorrow 10:00", "tomorrow 7:30"),
"today", "by 15:00 today", M/D ("by 9/27", "by 10/12", "by 11/4", 1/13まで, 1/18までに,
1/4中), 明日までに in an acceptance, "within 3 business days" sent 12/27 (skips the year-end
break: 12/28, 1/4, 1/5), 来月中 (last day of next month), Chatwork lt with ltype=date and
ltype=time, and "end of day Friday" sent on Friday 12/9 (EOD = today = the bare Friday, so
both readings agree). Dues landing on a holiday (9/19, 10/10) stay there, as the table's
weekday rows do not skip holidays.

Covers: precision traps (announcements: migrating the ticketing system / appointment
system / run sheet, moving the lab server; third-party plans: supplier plans to ship,
organiser will send the media kit, "Legal ... will send it over", shuttle company will
send the list, vendor plans to discontinue; status lines: WIP, still investigating,
permit pending; pasted mail with asks for outsiders in [info] blocks and a store request
in 「」; past asks: "as I asked Tomás last week ...", "the radio count I asked for last
week is done"; questions for information: "does anyone know if ..."; hypotheticals: "if
we had the budget we'd ...", "if I had a free evening I'd ..."; promises to report; a
vague "just shout" offer; [toall] with no ask; a message that is the stage plot link).
Several tasks in one message with different owners and days (list lines "Dev:",
"Joon:", "I'll sort ...", "1. Albrecht —", "・... — Chloeさん / 私がやります / 小松さん",
"- Mei: / - Luca:", a commitment plus a [To:] request, a [To:] request plus "I'll add it
to the job notes"); a reply that takes only one of them, with its own deadline
("rail kits — will confirm ... by Monday noon"). Titles that point at context: "same for
the Kyoto consortium bid", "do the same for the iPad sizes", "see above ↑", "call him",
"install it", "on it" / "leave it with me 🔧" after a problem report (gold keywords name
the work: summary + Kyoto, iPad + screenshot, map, Hendricks, card reader, viewer, tail
lift). Completion in other words: "merged", "it's live on Google Play", "sent it across",
"they've got it" by the requester in a quote, "hotel's booked", "is up on the sheet",
"all three letters are in", "found — both sites confirmed", "LGTM", お送りしました,
手配済み, 確保しました, Chatwork task_done; by reply, by [qt][qtmeta], and bare from an
assignee whose only open task it is. Partial ("did the personnel costs, equipment
lines still pending", "two of three letters in", "12.9" done, 11" pending", "panels
loaded ✅ meter drop still pending" closing only the panels line), negated and deferred
("didn't get to it, slipping to Monday", 終わりませんでした, "didn't get to the swap yet")
closing nothing; a bare "mine's updated" / "done ✅" from one assignee of a
multi-assignee task closing nothing, and a reply "done for all three of us" closing it.
Commitments without "I" or a time ("on it", "leave it with me 🔧") and acceptances that
are no new task ("will do", "taking this", "on it" to a request, 承知しました).
Deadline moves in casual words ("can it wait till Thursday?" → "sure, ... by Thursday",
"can it wait till Wednesday next week?" → "sure, next Wednesday then", "slipping to
Monday", "slipping to Friday") and deadlines set by an acceptance (明日までに, 1/4中に,
"by Monday noon"). Dates that describe the thing (the 1/6 slot, the 12/6 install, the
11/10 inspection, "valid until March"). Noise: typos ("r", "havent", "didnt", "pls",
"thx"), emoji, (bow), full-width punctuation, a signature (-- A. Kunz), [code], [info],
[To:] blocks with two people, [toall] with a bot self account and a human self account.

Left out of the gold / not built on: no message rests on "first thing tomorrow",
"before the 3pm call", "COB" or "end of day <weekday>" sent on another day (the table
does not decide them; the only "3pm call" is an FYI, and "end of day Friday" is sent on a
Friday where every reading gives the same day). No task is cancelled. "Two objects of
one verb" (send A and B) and "one version now, the other later" splits were avoided, as
was a problem report read as an implicit request: such reports (the frozen X-ray viewer,
the busted tail lift, the missing card reader driver) are no task, the commitment that
answers them is. The "from 12/28" remark and "Tuesday morning" / "12/14 13:00" in
close-outs describe bookings, not deadlines. The room without a task is b33en-10.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]"


def QT(aid: int, n: int, text: str) -> str:
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]"


COURIER = "Book the courier pickup for the Sakuragi Hotel order"
COURIER_LT = chatwork_lt("2044-06-22")
PRICES = "Send the Q3 price list to all café accounts"
PRICES_LT = chatwork_lt("2044-06-24", "15:00")

CASES_A = [
    # ------------------------------------------------------------------ 01 podcast
    conv(
        "b33en-01",
        (982001, "Lanternfish Audio – ep production"),
        [
            (8301, "Mara Okonkwo"),
            (8302, "Daichi Ueno"),
            (8303, "Priya Raman"),
            (8304, "Tom Whitlock"),
            (8305, "Ines Carvalho"),
        ],
        [
            (
                "2044-03-14 09:12",
                8301,
                'morning all ☕ ep 41 ("The Salt Road") locks this week. guest session is Wed 3/16 at 14:00, studio B',
            ),
            (
                "2044-03-14 09:20",
                8304,
                "guest confirmed, she's bringing her own mic apparently lol",
            ),
            (
                "2044-03-14 09:31",
                8301,
                "[To:8302]Daichi\n[To:8303]Priya\ncouple of things before the session:\n- Daichi: rebuild the intro bed at -16 LUFS, the old one clips on Spotify\n- Priya: draft the show notes for ep 41 by Wednesday\nthx 🙏",
            ),
            ("2044-03-14 09:40", 8302, RP(8301, 3) + "on it"),
            (
                "2044-03-14 10:05",
                8305,
                "FYI Kettlebright (the sponsor) plans to send new ad copy sometime next week, so the midroll might change",
            ),
            (
                "2044-03-14 10:30",
                8304,
                "if we had the budget we'd redo the theme music from scratch tbh 🎹",
            ),
            (
                "2044-03-15 11:02",
                8302,
                "the RSS feed for ep 40 is showing last weeks artwork on Apple Podcasts 😩",
            ),
            (
                "2044-03-15 11:04",
                8304,
                RP(8302, 7) + "leave it with me, I have the hosting login",
            ),
            (
                "2044-03-15 14:20",
                8303,
                "does anyone know if apple still caps chapter images at 3000px?",
            ),
            ("2044-03-15 14:31", 8302, RP(8303, 9) + "yep, 3000x3000 max"),
            (
                "2044-03-15 16:40",
                8304,
                "ep 40 artwork fixed — the new cover's live in the feed (apps may take a few hrs to catch up)",
            ),
            (
                "2044-03-16 17:30",
                8303,
                RP(8301, 3) + "show notes drafted, they're in the ep41 doc ✅",
            ),
            ("2044-03-16 17:45", 8301, "thx Priya!! (bow)"),
            (
                "2044-03-17 10:10",
                8301,
                "session went really well 🎉 edit plan:\n1. Daichi — first cut by Friday\n2. Tom — record the two ad reads tomorrow\n3. me — send the final to Ines for the sponsor check by Monday",
            ),
            (
                "2044-03-17 10:22",
                8304,
                RP(8301, 14) + "can the ad reads wait till Monday? voice is shot after today 🤒",
            ),
            (
                "2044-03-17 10:30",
                8301,
                RP(8301, 14) + "re the ad reads: sure, Monday works. rest that voice 🍯",
            ),
            (
                "2044-03-18 18:50",
                8302,
                RP(8301, 14)
                + "first cut is up → ep41_cut1.wav\nintro bed still WIP, didnt get to it 🙇",
            ),
            (
                "2044-03-19 10:00",
                8305,
                "Kettlebright's new copy came in, pasting for ref\n[qt]Hi team, please make sure the promo code LANTERN15 is read twice and mention free shipping. Could you also send us the air date? Cheers, Jo[/qt]",
            ),
            ("2044-03-19 10:12", 8301, RP(8305, 18) + "noted. air date is 3/24 btw"),
            (
                "2044-03-21 15:05",
                8304,
                "ad reads recorded, both takes are in /ads/ep41 🎙️",
            ),
            ("2044-03-22 11:40", 8301, "final's with Ines for the sponsor check 👍"),
            (
                "2044-03-22 11:45",
                8305,
                "got it! if Kettlebright has notes I'll let you know\n-- Ines",
            ),
        ],
        [
            task(3, ["intro bed"], [8302], None, "open"),
            task(3, ["show notes"], [8303], ("2044-03-16", "Wed"), "done"),
            task(8, ["artwork"], [8304], None, "done"),
            task(14, ["first cut"], [8302], ("2044-03-18", "Fri"), "done"),
            task(14, ["ad reads"], [8304], ("2044-03-21", "Mon"), "done"),
            task(14, ["sponsor check"], [8301], ("2044-03-21", "Mon"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ 02 genomics core (bot self)
    conv(
        "b33en-02",
        (982002, "Genomics Core – ops"),
        [
            (8310, "Helen Marsh"),
            (8311, "Kenji Arakawa"),
            (8312, "Sofia Lindqvist"),
            (8313, "Ravi Menon"),
            (8314, "CoreBot"),
        ],
        [
            (
                "2044-04-25 08:55",
                8314,
                "[info][title]Instrument status[/title]NovaSeq-2: run 0412 completed\nQubit: calibration due 5/2\nBioanalyzer: OK[/info]",
            ),
            (
                "2044-04-25 09:10",
                8310,
                "Reminder: the core is closed Fri 4/29 (Showa Day) and 5/3–5/5. Last sample drop-off before the break is Thu 4/28 at 16:00.",
            ),
            (
                "2044-04-25 09:30",
                8310,
                "[To:8311]Kenji\nthe Pellworth lab's 24 RNA samples arrived with no manifest. could you chase their PI for it by EOD?",
            ),
            ("2044-04-25 09:41", 8311, RP(8310, 3) + "will do"),
            (
                "2044-04-25 11:20",
                8313,
                "still investigating the low yields on plate 7, prob the bead lot",
            ),
            (
                "2044-04-25 11:25",
                8312,
                RP(8313, 5) + "taking this — I'll pull the QC traces for plates 6–8 and compare",
            ),
            (
                "2044-04-25 15:02",
                8311,
                RP(8310, 3) + "chased them, the manifest is on the share now ✅",
            ),
            (
                "2044-04-26 10:00",
                8310,
                "[toall] before the break, please each log your April reagent usage in the sheet by Thursday 🙏",
            ),
            ("2044-04-26 10:30", 8313, "my April usage is in"),
            (
                "2044-04-26 13:15",
                8312,
                "does anyone know if the Corvex rep is still coming on the 10th?",
            ),
            (
                "2044-04-26 13:20",
                8310,
                RP(8312, 10) + "yes, 5/10 at 11:00. Legal will send the NDA over before then",
            ),
            (
                "2044-04-27 09:05",
                8312,
                QT(
                    8312,
                    6,
                    "taking this — I'll pull the QC traces for plates 6–8 and compare",
                )
                + "done. plate 7 is definitly the bead lot:\n[code]plate06  RIN 8.9  yield 412 ng\nplate07  RIN 8.7  yield  96 ng  <- lot BW-2207\nplate08  RIN 9.0  yield 398 ng[/code]",
            ),
            (
                "2044-04-27 09:20",
                8310,
                RP(8312, 12) + "great catch. I'll email Beadwell about a replacement lot today",
            ),
            (
                "2044-04-27 14:40",
                8311,
                "Helen, is the Pellworth run still on the 5/9 flow cell?",
            ),
            ("2044-04-27 14:55", 8310, RP(8311, 14) + "yes, 5/9, no change"),
            (
                "2044-04-28 10:10",
                8314,
                "[info][title]Reminder[/title]Reagent usage sheet (April): 1 of 3 entries received.[/info]",
            ),
            (
                "2044-04-28 16:30",
                8310,
                "emailed Beadwell about the lot — they're shipping a replacement after Golden Week",
            ),
            (
                "2044-04-28 17:05",
                8311,
                QT(
                    8310,
                    8,
                    "[toall] before the break, please each log your April reagent usage in the sheet by Thursday 🙏",
                )
                + "mine + Sofia's are in too, sheet's complete",
            ),
            (
                "2044-05-02 09:15",
                8310,
                "[To:8313]Ravi\ncould you do the Qubit calibration this week? I'm out until Friday",
            ),
            ("2044-05-02 09:30", 8313, RP(8310, 19) + "np, leave it with me"),
            (
                "2044-05-06 11:00",
                8313,
                RP(8310, 19)
                + "didn't get to the calibration, the standards had expired 😞 new ones are on order",
            ),
            (
                "2044-05-06 11:10",
                8310,
                "thx Ravi. and thanks all for putting the bead lot numbers in the run log like I asked last week 🙏",
            ),
        ],
        [
            task(3, ["manifest"], [8311], ("2044-04-25", "Mon"), "done"),
            task(6, ["QC traces"], [8312], None, "done"),
            task(8, ["reagent usage"], [8311, 8312, 8313], ("2044-04-28", "Thu"), "done"),
            task(13, ["replacement lot"], [8310], ("2044-04-27", "Wed"), "done"),
            task(19, ["calibration"], [8313], ("2044-05-06", "Fri"), "open"),
        ],
        self_account_id=8314,
    ),
    # ------------------------------------------------------------------ 03 machine maker (mixed)
    conv(
        "b33en-03",
        (982003, "Hartwig JP – Service & Parts"),
        [
            (8320, "Stefan Kühn"),
            (8321, "山本 恵"),
            (8322, "林 拓海"),
            (8323, "Julia Brandt"),
            (8324, "大西 玲奈"),
        ],
        [
            (
                "2044-04-26 09:00",
                8320,
                "Guten Morgen / おはようございます。Quick heads-up: we're migrating the parts portal to the new SAP instance on Thursday, ordering is down 4/28 10:00–15:00.",
            ),
            (
                "2044-04-26 09:40",
                8324,
                "ツクダ精機さんからメール来てます、下に貼りますね\n[qt]ハートヴィヒ・ジャパン御中\nHX-40のスピンドル異音の件、至急技術者の派遣をお願いします。また、交換部品のお見積りを今週中にいただけますでしょうか。\nツクダ精機　生産技術課　太田[/qt]",
            ),
            (
                "2044-04-26 09:52",
                8320,
                RP(8324, 2)
                + "Thanks Reina.\n- 林さん: please visit Tsukuda tomorrow and check the spindle\n- 山本さん: send them the quote for the bearing kit this week",
            ),
            ("2044-04-26 10:01", 8322, RP(8320, 3) + "了解です、明日行ってきます"),
            ("2044-04-26 10:03", 8321, RP(8320, 3) + "quote, on it 👍"),
            (
                "2044-04-26 14:30",
                8323,
                "Hi all, HQ plans to release firmware 7.3 for the HX series in June. No action needed yet, just so you know.",
            ),
            (
                "2044-04-27 15:20",
                8322,
                RP(8320, 3)
                + "Tsukudaさん行ってきました。ベアリングの摩耗でした、写真はフォルダに入れてます",
            ),
            (
                "2044-04-27 15:35",
                8320,
                RP(8322, 7) + "Danke! ベアリング交換、来週頭にお願いできますか？",
            ),
            (
                "2044-04-27 15:50",
                8322,
                RP(8320, 8) + "了解です、Tsukudaさんにも連絡済みです",
            ),
            (
                "2044-04-28 09:10",
                8321,
                RP(8320, 3) + "bearing kit quote sent to Tsukuda (PDF in the folder)",
            ),
            (
                "2044-04-28 11:00",
                8323,
                "FYI portal migration: still WIP on the HQ side, they say ~1h delay",
            ),
            (
                "2044-04-28 17:00",
                8320,
                "【依頼】[To:8324]大西さん\nTsukudaさんの件、対応履歴をチケットに3営業日以内にまとめてください。",
            ),
            ("2044-04-28 17:10", 8324, RP(8320, 12) + "承知しました！"),
            (
                "2044-05-02 14:45",
                8322,
                RP(8320, 8) + "交換完了です。異音なくなりました✨",
            ),
            (
                "2044-05-02 15:00",
                8323,
                "Great work! If we had more time we'd turn this into a service bulletin for all HX customers 😅",
            ),
            (
                "2044-05-06 10:00",
                8320,
                "[To:8323]Julia\ncould you ask Stuttgart to add the HX-40 bearing kit to the JP safety stock list by next Monday?",
            ),
            (
                "2044-05-06 10:20",
                8323,
                RP(8320, 16) + "sure, I'll raise it in the HQ call",
            ),
            (
                "2044-05-09 11:30",
                8324,
                RP(8320, 12) + "チケットに対応履歴まとめました。ご確認お願いします🙇",
            ),
            ("2044-05-09 14:00", 8320, RP(8324, 18) + "確認しました、LGTM 👍 Danke!"),
            (
                "2044-05-10 09:00",
                8323,
                RP(8320, 16) + "the HQ call got cancelled 🙄 so this one's slipping to Thursday",
            ),
            ("2044-05-10 09:30", 8321, "明日の午前中は健康診断で不在です🙏"),
        ],
        [
            task(3, ["spindle"], [8322], ("2044-04-27", "Wed"), "done"),
            task(3, ["quote", "bearing kit"], [8321], ("2044-04-29", "Fri"), "done"),
            task(8, ["ベアリング交換"], [8322], ("2044-05-02", "Mon"), "done"),
            task(12, ["対応履歴"], [8324], ("2044-05-09", "Mon"), "done"),
            task(16, ["safety stock"], [8323], ("2044-05-12", "Thu"), "open"),
            task(18, ["確認"], [8320], None, "done"),
        ],
    ),
    # ------------------------------------------------------------------ 04 charity (no task)
    conv(
        "b33en-04",
        (982004, "Brightwater Trust – spring appeal"),
        [
            (8330, "Nadia Fielding"),
            (8331, "Owen Price"),
            (8332, "Keiko Sato"),
            (8333, "Marcus Bell"),
        ],
        [
            (
                "2044-06-06 09:05",
                8330,
                "morning! appeal totals as of Friday: ¥4.82m from 1,130 donors 🎉",
            ),
            ("2044-06-06 09:12", 8331, "wow, thats up 18% on last spring"),
            (
                "2044-06-06 09:30",
                8332,
                "FYI the print house plans to ship the thank-you cards next Wednesday",
            ),
            (
                "2044-06-06 10:02",
                8333,
                "pasting a donor's note so we have it on file:\n[qt]Dear Brightwater, please could you send me a receipt for tax purposes and take my name off the website list. Many thanks, A. Harrow[/qt]\nalready handled by the donor care team, they've got it",
            ),
            (
                "2044-06-06 10:15",
                8330,
                "does anyone know if the gala venue still needs the final headcount by the 20th?",
            ),
            (
                "2044-06-06 10:20",
                8331,
                RP(8330, 5) + "they said the 24th now, per their last email",
            ),
            (
                "2044-06-07 14:00",
                8332,
                "still investigating why the card payouts for 6/3 are ¥12,000 short — probably refunds",
            ),
            (
                "2044-06-07 14:05",
                8333,
                RP(8332, 7) + "as I asked last week — did we ever get the refund log from finance?",
            ),
            (
                "2044-06-07 14:10",
                8332,
                RP(8333, 8) + "yes, Finance sent it across on Monday",
            ),
            (
                "2044-06-08 11:00",
                8330,
                "if we had time we'd redo the appeal deck for the corporate partners, but honestly it works fine as is",
            ),
            (
                "2044-06-08 11:30",
                8331,
                "Legal will send over the revised gift-aid wording before the board meeting",
            ),
            (
                "2044-06-09 16:45",
                8332,
                "payout mystery solved: two refunds + one chargeback. no action needed 🙌",
            ),
            (
                "2044-06-10 09:00",
                8333,
                "[info][title]Board meeting 6/15[/title]14:00–15:30, room 3 / Zoom link is in the calendar invite[/info]",
            ),
            (
                "2044-06-10 17:55",
                8330,
                "thanks all for a great week, have a good weekend 🌿\n-- N",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------ 05 game localisation (mixed)
    conv(
        "b33en-05",
        (982005, "Kitsune Loc – Emberfall JP"),
        [
            (8335, "Aoife Brennan"),
            (8336, "中村 翔"),
            (8337, "Lucas Ferreira"),
            (8338, "佐々木 美咲"),
        ],
        [
            (
                "2044-07-11 10:00",
                8335,
                "Hi team! Emberfall patch 1.4 strings landed: 3,412 new words, mostly the festival event + UI. Client wants the JP build by 7/22.",
            ),
            (
                "2044-07-11 10:05",
                8335,
                "Split:\n・UI strings → 佐々木さん (~7/14)\n・festival event dialogue → 中村さん (~7/19)\n・glossary update → me",
            ),
            ("2044-07-11 10:20", 8338, RP(8335, 2) + "承知です〜 UI頑張ります💪"),
            (
                "2044-07-11 10:22",
                8336,
                RP(8335, 2) + "OK! 7/18は海の日ですが僕は普通に作業してます",
            ),
            (
                "2044-07-11 13:40",
                8337,
                'does anyone know if the client\'s style guide v3 allows half-width katakana in button labels? e.g.\n[code]BTN_FESTIVAL_JOIN = "ｻﾝｶｽﾙ"[/code]',
            ),
            (
                "2044-07-11 13:55",
                8336,
                RP(8337, 5) + "No, full-width only. v3のp.12にあります",
            ),
            (
                "2044-07-12 11:00",
                8335,
                "[To:8336]中村さん [To:8338]佐々木さん\nクライアントから用語の変更依頼です（祭り囃子→フェスティバル・ビート）。両方のファイルに反映をお願いします。明日中で🙏",
            ),
            ("2044-07-12 15:30", 8338, "UI側は反映しました"),
            (
                "2044-07-12 17:10",
                8335,
                "[To:8337]Lucas\nthe bug tracker export for 1.3 — can you send that to the client today? same for the screenshot pack",
            ),
            (
                "2044-07-12 17:40",
                8337,
                RP(8335, 9)
                + "sent the export across. screenshot pack is still pending, the 4K captures are rendering 🐢",
            ),
            (
                "2044-07-13 09:30",
                8336,
                RP(8335, 7) + "イベント側もmerge済みです、これで両方OKです",
            ),
            (
                "2044-07-13 10:00",
                8337,
                RP(8335, 9) + "screenshot pack — the client's got it now 📦",
            ),
            (
                "2044-07-14 18:20",
                8338,
                RP(8335, 2) + "UI strings、全部終わりました！TMへの登録も済みです",
            ),
            (
                "2044-07-15 09:00",
                8335,
                "glossary update: did the festival terms, the UI terms are still pending",
            ),
            (
                "2044-07-15 11:45",
                8336,
                RP(8335, 2)
                + "すみません、festival dialogueは7/20(水)まで延ばします🙇 ボイス収録台本の差し替えが入ったので…",
            ),
            (
                "2044-07-15 11:50",
                8335,
                RP(8336, 15) + "np, 7/20 works. the client date doesn't move though",
            ),
            (
                "2044-07-15 14:00",
                8335,
                "[To:8338]佐々木さん\n1.4のTM差分、2営業日以内にクライアント向けにエクスポートしてもらえますか？",
            ),
            ("2044-07-15 14:05", 8338, RP(8335, 17) + "はーい、了解です！"),
            (
                "2044-07-20 19:05",
                8336,
                RP(8335, 2) + "festival dialogue delivered 🎉 1,980 words, QA checklist attached",
            ),
            (
                "2044-07-21 11:30",
                8337,
                "LQA on the festival event: 42 issues logged so far, still WIP",
            ),
            (
                "2044-07-22 10:15",
                8335,
                "[toall] JP build went to the client 🎉 thanks everyone!! retro is Mon 7/25 15:00, invite's in your calendar",
            ),
        ],
        [
            task(2, ["UI strings"], [8338], ("2044-07-14", "Thu"), "done"),
            task(2, ["festival"], [8336], ("2044-07-20", "Wed"), "done"),
            task(2, ["glossary"], [8335], None, "open"),
            task(7, ["用語"], [8336, 8338], ("2044-07-13", "Wed"), "done"),
            task(9, ["bug tracker export"], [8337], ("2044-07-12", "Tue"), "done"),
            task(9, ["screenshot pack"], [8337], ("2044-07-12", "Tue"), "done"),
            task(17, ["TM差分"], [8338], ("2044-07-20", "Wed"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 06 architecture studio (human self)
    conv(
        "b33en-06",
        (982006, "Okabe+Lund – Kamakura House"),
        [
            (8340, "Freya Lund"),
            (8341, "Ren Okabe"),
            (8342, "Jonas Meyer"),
            (8343, "Hana Ishii"),
            (8344, "Carlos Ruiz"),
        ],
        [
            (
                "2044-08-01 09:15",
                8340,
                "Morning. Client review for Kamakura House is Tue 8/9 at 10:00 at their place. Plan for the week below 👇",
            ),
            (
                "2044-08-01 09:20",
                8340,
                "[To:8342]Jonas [To:8343]Hana [To:8344]Carlos\n1. Jonas — update the section drawings with the new stair\n2. Hana — render the two courtyard views by Thursday\n3. Carlos — 1:50 model, roof removable, by 8/8",
            ),
            ("2044-08-01 09:40", 8342, RP(8340, 2) + "👍 taking the sections"),
            (
                "2044-08-01 09:45",
                8344,
                RP(8340, 2) + "model by 8/8 ok. need the final roof pitch tho",
            ),
            (
                "2044-08-01 10:30",
                8341,
                "FYI the timber supplier plans to raise prices in September. not our problem for this one",
            ),
            (
                "2044-08-02 11:00",
                8343,
                "does anyone know where the 2043 site survey PDF lives? the old link is dead",
            ),
            (
                "2044-08-02 11:05",
                8342,
                RP(8343, 6) + "/projects/kamakura/survey/ — got renamed last month",
            ),
            (
                "2044-08-02 16:30",
                8341,
                "[To:8342]Jonas\ncan you send the updated area schedule to the client by end of day Friday?",
            ),
            ("2044-08-02 16:45", 8342, RP(8341, 8) + "will do"),
            (
                "2044-08-03 18:00",
                8343,
                RP(8340, 2)
                + "courtyard view 1 is done, view 2 still rendering — the vegetation pass is heavy 🌳",
            ),
            (
                "2044-08-04 17:50",
                8343,
                RP(8340, 2) + "both courtyard views are up on the server now ✅",
            ),
            (
                "2044-08-05 10:20",
                8340,
                "[To:8343]Hana\n"
                + QT(
                    8343,
                    6,
                    "does anyone know where the 2043 site survey PDF lives? the old link is dead",
                )
                + "could you print this one at A1 for the review? Monday is fine",
            ),
            ("2044-08-05 10:25", 8343, RP(8340, 12) + "sure!"),
            (
                "2044-08-05 17:40",
                8342,
                RP(8341, 8) + "area schedule sent to the client, cc'd you",
            ),
            (
                "2044-08-08 09:30",
                8344,
                RP(8340, 2) + "model's slipping to Wednesday, the laser cutter is down 😓",
            ),
            (
                "2044-08-08 10:00",
                8341,
                "[toall] please put your Obon leave dates in the shared calendar by Wednesday 🙏",
            ),
            (
                "2044-08-08 15:00",
                8343,
                RP(8340, 12) + "A1 prints of the survey are on your desk 🖨️",
            ),
            (
                "2044-08-09 14:30",
                8340,
                "review went well 🎉 client signed off the stair. next up:\n- Jonas: issue the revised sections to Moriya Structural by 8/12\n- Ren: get the tile samples from the client",
            ),
            ("2044-08-09 14:45", 8341, RP(8340, 18) + "leave it with me"),
            (
                "2044-08-10 16:00",
                8344,
                RP(8340, 2) + "model's done, sitting in the meeting room 🏠",
            ),
            (
                "2044-08-10 16:30",
                8342,
                RP(8340, 2) + "stair sections updated, all 4 sheets",
            ),
            (
                "2044-08-12 11:00",
                8342,
                RP(8340, 18) + "didn't get to the Moriya issue yet, sorry — slipping to Monday",
            ),
            (
                "2044-08-12 11:10",
                8341,
                RP(8340, 18) + "pinged the client about the tiles, no reply yet",
            ),
        ],
        [
            task(2, ["section drawings"], [8342], None, "done"),
            task(2, ["courtyard"], [8343], ("2044-08-04", "Thu"), "done"),
            task(2, ["model"], [8344], ("2044-08-10", "Wed"), "done"),
            task(8, ["area schedule"], [8342], ("2044-08-05", "Fri"), "done"),
            task(12, ["site survey"], [8343], ("2044-08-08", "Mon"), "done"),
            task(16, ["leave"], [8340, 8343, 8344], ("2044-08-10", "Wed"), "open"),
            task(18, ["revised sections"], [8342], ("2044-08-15", "Mon"), "open"),
            task(18, ["tile samples"], [8341], None, "open"),
        ],
        self_account_id=8342,
    ),
    # ------------------------------------------------------------------ 07 coffee roaster wholesale
    conv(
        "b33en-07",
        (982007, "Hinoki Roasters – wholesale desk"),
        [
            (8345, "Yuto Hirano"),
            (8346, "Grace Adeyemi"),
            (8347, "Pablo Ortiz"),
            (8348, "Mei Tanabe"),
        ],
        [
            (
                "2044-06-20 09:00",
                8345,
                "morning ☕ new wholesale price list goes live 7/1, no changes for existing contracts",
            ),
            ("2044-06-20 09:10", 8345, task_added(8348, COURIER_LT, COURIER, "date")),
            (
                "2044-06-20 11:00",
                8348,
                "FYI the green bean importer plans to ship the Colombia lot next week, ETA Kobe ~6/29",
            ),
            (
                "2044-06-20 14:20",
                8346,
                "pasting Café Lumen's mail:\n[qt]Hello Hinoki team, could you confirm our standing order for July and send the updated invoice address? Thanks, Rika[/qt]\n[To:8345]Yuto can you confirm the standing order with them by tomorrow noon? I'll update the invoice address myself",
            ),
            (
                "2044-06-20 14:30",
                8345,
                RP(8346, 4) + "confirmed w/ Rika just now — July same as June ✅",
            ),
            ("2044-06-21 10:00", 8348, task_done(8348, COURIER_LT, COURIER, "date")),
            ("2044-06-21 10:05", 8348, "courier's booked for wed AM 🚚"),
            (
                "2044-06-21 15:00",
                8347,
                "roaster #2 is making that rattle again, still investigating",
            ),
            (
                "2044-06-21 15:10",
                8345,
                RP(8347, 8) + "if it gets worse we'd move everything to #1, but lets see",
            ),
            ("2044-06-22 09:00", 8345, task_added(8346, PRICES_LT, PRICES, "time")),
            ("2044-06-22 09:15", 8346, RP(8345, 10) + "will do 👍"),
            (
                "2044-06-24 13:50",
                8346,
                "price list: sent to 14 of 16 cafés, 2 bounced — fixing the adresses",
            ),
            ("2044-06-24 14:40", 8346, task_done(8346, PRICES_LT, PRICES, "time")),
            (
                "2044-06-27 10:00",
                8345,
                "[To:8348]Mei\ncan you get a customs quote for the Colombia lot by next Tuesday? the Guatemala lot too — that one by Friday pls",
            ),
            (
                "2044-06-27 10:20",
                8348,
                RP(8345, 14)
                + "Guatemala one's easy, I'll do it today. Colombia needs the final weight first",
            ),
            (
                "2044-06-27 17:00",
                8348,
                RP(8345, 14)
                + "Guatemala quote's in the folder. Colombia still pending, waiting on the weight",
            ),
            (
                "2044-06-28 09:00",
                8346,
                "does anyone know if Sakuragi got their order? they haven't replied to me",
            ),
            (
                "2044-06-28 09:10",
                8348,
                RP(8346, 17) + "delivered wed 10:42, signed by the front desk",
            ),
            (
                "2044-06-28 11:00",
                8345,
                "Grace, did the Lumen invoice address get updated in the end?",
            ),
            (
                "2044-06-28 11:20",
                8346,
                QT(8346, 4, "I'll update the invoice address myself")
                + "done, sorted it a couple of days ago — sorry, forgot to say 🙏",
            ),
            (
                "2044-06-29 10:00",
                8347,
                "roaster #2: I'll book the Kestrel service technician",
            ),
            (
                "2044-06-30 17:30",
                8345,
                "thanks all, big month 🎉\n-- Yuto / Hinoki Roasters Wholesale",
            ),
        ],
        [
            task(2, ["courier"], [8348], ("2044-06-22", "Wed"), "done"),
            task(4, ["standing order"], [8345], ("2044-06-21T12:00", "Tue"), "done"),
            task(4, ["invoice address"], [8346], None, "done"),
            task(10, ["price list"], [8346], ("2044-06-24T15:00", "Fri"), "done"),
            task(14, ["Colombia"], [8348], ("2044-07-05", "Tue"), "open"),
            task(14, ["Guatemala"], [8348], ("2044-06-27", "Mon"), "done"),
            task(21, ["technician"], [8347], None, "open"),
        ],
    ),
]

LT_PC = chatwork_lt("2044-11-07")
PC_BODY = "Yokohama: replace the reception PC (the old one keeps rebooting)"
LT_UPS = chatwork_lt("2044-11-24", "09:00")
UPS_BODY = "Shibuya: swap the UPS battery before the clinic opens"

CASES_B = [
    conv(
        "b33en-08",
        (982008, "Kitsune Five — team ops"),
        [
            (8351, "Marco Vidal"),
            (8352, "Hana Ozawa"),
            (8353, "Dev Patel"),
            (8354, "Lina Sørensen"),
            (8355, "Joon Park"),
        ],
        [
            (
                "2044-09-12 10:05",
                8351,
                "morning all ☀️ bootcamp in Osaka starts 9/26, flights r on the sheet",
            ),
            (
                "2044-09-12 10:20",
                8352,
                "[To:8354]Lina Sørensen\ncould you book the hotel for the Osaka bootcamp by Thursday? 6 rooms, walking distance to the venue pls 🙏",
            ),
            ("2044-09-12 10:31", 8354, "[rp aid=8352 to={m2}]Hana Ozawa\nwill do 👍"),
            (
                "2044-09-12 10:45",
                8353,
                "jersey shoot is still WIP, retouching about half the set",
            ),
            (
                "2044-09-12 11:30",
                8351,
                "for next weekend's showmatch:\n- Dev: stream overlay with the new sponsor logos, by Friday\n- Joon: scrim schedule for the bootcamp week (by Wednesday)\n- I'll sort the van rental",
            ),
            (
                "2044-09-12 11:48",
                8355,
                "[rp aid=8351 to={m5}]Marco Vidal\nscrim schedule — can it wait till Thursday? two partners havent confirmed slots yet",
            ),
            (
                "2044-09-12 11:55",
                8351,
                "[rp aid=8355 to={m5}]Joon Park\nsure, scrim schedule by Thursday is fine",
            ),
            (
                "2044-09-12 13:10",
                8353,
                "does anyone know if the arena wifi lets us run OBS remote? last time it blocked the port 🤔",
            ),
            (
                "2044-09-13 09:40",
                8354,
                "[rp aid=8352 to={m2}]Hana Ozawa\nhotel's booked ✅ 6 twins at Rinku Gate Inn, confirmation in the drive",
            ),
            (
                "2044-09-13 10:15",
                8352,
                "[toall] the organiser will send the media kit over next week, nothing to do on our side till then",
            ),
            ("2044-09-13 14:22", 8351, "van rental done, 9-seater from Fri 8:00 🚐"),
            (
                "2044-09-14 16:30",
                8352,
                "[To:8353]Dev Patel\nalso please cut a 30s highlight reel from last night's VOD for the sponsor — by tomorrow 3pm if possible",
            ),
            ("2044-09-14 17:05", 8353, "[rp aid=8352 to={m12}]Hana Ozawa\non it"),
            (
                "2044-09-15 09:20",
                8355,
                "[rp aid=8351 to={m5}]Marco Vidal\nscrim schedule is up on the sheet, 12 blocks confirmed",
            ),
            (
                "2044-09-15 14:50",
                8352,
                "[qt][qtmeta aid=8352 time={t12}]also please cut a 30s highlight reel from last night's VOD for the sponsor — by tomorrow 3pm if possible[/qt]\nreel's with the sponsor, they've got it — thanks Dev 🙌",
            ),
            (
                "2044-09-15 15:30",
                8351,
                "heads-up: the arena is migrating their ticketing system next Tuesday, guest list goes through the new portal from then",
            ),
            (
                "2044-09-16 18:40",
                8353,
                "[rp aid=8351 to={m5}]Marco Vidal\noverlay: didnt get to the sponsor logos today, slipping to Monday 🙇",
            ),
            ("2044-09-16 18:52", 8351, "np, enjoy the long weekend 🍁"),
            (
                "2044-09-20 11:00",
                8353,
                "overlay status: logos placed, lower-third animation still WIP",
            ),
            (
                "2044-09-20 15:00",
                8352,
                "[To:8354]Lina Sørensen [To:8355]Joon Park\nplease both check your passports are valid until March — the Seoul qualifier visa form needs it. by 9/27 🙏",
            ),
            ("2044-09-21 10:00", 8354, "checked mine, valid till 2049 ✅"),
        ],
        [
            task(2, ["hotel"], [8354], ("2044-09-15", "Thu"), "done"),
            task(5, ["overlay"], [8353], ("2044-09-19", "Mon"), "open"),
            task(5, ["scrim schedule"], [8355], ("2044-09-15", "Thu"), "done"),
            task(5, ["van"], [8351], None, "done"),
            task(12, ["highlight reel"], [8353], ("2044-09-15T15:00", "Thu"), "done"),
            task(20, ["passport"], [8354, 8355], ("2044-09-27", "Tue"), "open"),
        ],
    ),
    conv(
        "b33en-09",
        (982009, "Research Office — Faculty of Engineering"),
        [
            (8356, "Priya Raman"),
            (8357, "Tomás Ferreira"),
            (8358, "Yuki Morimoto"),
            (8359, "Albrecht Kunz"),
            (8360, "Sara Lindqvist"),
        ],
        [
            (
                "2044-10-03 09:15",
                8356,
                "Good morning all. Ethics committee meets 10/20 this month; submissions close one week before.",
            ),
            (
                "2044-10-03 09:40",
                8359,
                "[To:8357]Tomás Ferreira\nCould you check the budget justification for the Hokuriku bid by 10/12? v3 is in the shared folder.\n-- A. Kunz",
            ),
            (
                "2044-10-03 09:58",
                8357,
                "[rp aid=8359 to={m2}]Albrecht Kunz\nleave it with me.",
            ),
            (
                "2044-10-03 11:00",
                8356,
                "[info][title]Funder notice (fwd)[/title]Dear applicants,\nPlease upload the signed partner letters no later than 31 October and confirm your ORCID iD in the portal.\nKind regards,\nProgramme Office[/info]\nFYI only — this is the funder's general note to everyone",
            ),
            (
                "2044-10-03 11:20",
                8356,
                "[To:8360]Sara Lindqvist\nplease collect the three partner letters for Prof. Kunz's bid — Hokuriku Ceramics will be the slow one 😅 by next Monday please",
            ),
            (
                "2044-10-03 11:35",
                8360,
                "[rp aid=8356 to={m5}]Priya Raman\nOk. can it wait till Wednesday next week? Hokuriku's office is closed on the holiday Monday",
            ),
            (
                "2044-10-03 11:40",
                8356,
                "[rp aid=8360 to={m5}]Sara Lindqvist\nsure, next Wednesday then",
            ),
            (
                "2044-10-03 14:00",
                8359,
                "we're moving the lab server to the new rack on Thursday, expect ~2h downtime",
            ),
            (
                "2044-10-04 10:10",
                8358,
                "[To:8357]Tomás-san\nI will prepare the signature sheets for the dean by tomorrow noon. template is same as last year?",
            ),
            (
                "2044-10-04 10:25",
                8357,
                "[rp aid=8358 to={m9}]Yuki Morimoto\nyes, same template 👍",
            ),
            (
                "2044-10-04 16:45",
                8357,
                "budget justification: did the personnel costs, equipment lines still pending (waiting for the supplier quote)",
            ),
            (
                "2044-10-05 11:50",
                8358,
                "[qt][qtmeta aid=8358 time={t9}]I will prepare the signature sheets for the dean by tomorrow noon.[/qt]\nprinted and left on dean's desk 📄",
            ),
            (
                "2044-10-05 13:30",
                8359,
                "as I asked Tomás last week, overhead rate is 25% not 30% — he already fixed it in v3, thanks",
            ),
            (
                "2044-10-06 09:05",
                8356,
                "[To:8359]Albrecht Kunz [To:8357]Tomás Ferreira\nBefore the internal review:\n1. Albrecht — one-page summary for the Hokuriku bid, by Tuesday\n2. Tomás — same for the Kyoto consortium bid please, by Friday",
            ),
            (
                "2044-10-06 10:20",
                8359,
                "[rp aid=8356 to={m14}]Priya Raman\nwill do, I'm at a conference in Lyon this week though 😓 if I had a free evening I'd also rewrite the impact section",
            ),
            (
                "2044-10-07 17:30",
                8357,
                "[rp aid=8356 to={m14}]Priya Raman\nKyoto summary — sent it across to the consortium lead ✅",
            ),
            (
                "2044-10-11 09:30",
                8360,
                "[rp aid=8356 to={m5}]Priya Raman\nHokuriku and Sendai letters are in, third one (Mizuho Kiko) still pending",
            ),
            (
                "2044-10-11 15:00",
                8359,
                "[rp aid=8356 to={m14}]Priya Raman\nHokuriku summary finished, uploaded to the review folder",
            ),
            (
                "2044-10-12 10:00",
                8356,
                "still investigating why the portal rejects PDFs over 10MB, will share when I know more",
            ),
            (
                "2044-10-12 18:10",
                8360,
                "Mizuho Kiko letter arrived!! all three partner letters are in the folder 🎉",
            ),
        ],
        [
            task(2, ["budget justification"], [8357], ("2044-10-12", "Wed"), "open"),
            task(5, ["partner letters"], [8360], ("2044-10-12", "Wed"), "done"),
            task(9, ["signature sheets"], [8358], ("2044-10-05T12:00", "Wed"), "done"),
            task(14, ["summary", "Hokuriku"], [8359], ("2044-10-11", "Tue"), "done"),
            task(14, ["summary", "Kyoto"], [8357], ("2044-10-07", "Fri"), "done"),
        ],
    ),
    conv(
        "b33en-10",
        (982010, "Harbourlight Festival — production"),
        [
            (8361, "Gemma Walsh"),
            (8362, "Kofi Mensah"),
            (8363, "Rin Takeda"),
            (8364, "Oliver Brandt"),
            (8365, "Ama Boateng"),
        ],
        [
            (
                "2044-10-24 09:00",
                8361,
                "[toall] morning crew 👋 recce notes from Friday are in the drive, folder 'Recce 10-21'",
            ),
            (
                "2044-10-24 09:12",
                8362,
                "thx. power contractor plans to deliver the generators Thursday",
            ),
            (
                "2044-10-24 09:30",
                8363,
                "[info][title]From the headliner's agent[/title]Hi Rin, could you please confirm the hotel check-in for 11/5 and send the rider sign-off by Friday? Best, Paula[/info]\npasting for context — already answered her this morning",
            ),
            (
                "2044-10-24 09:45",
                8364,
                "stage plot v2 still WIP, FOH desk position not final",
            ),
            (
                "2044-10-24 10:02",
                8365,
                "does anyone know if the volunteers' lunch comes out of the catering budget or ours?",
            ),
            ("2044-10-24 10:10", 8361, "catering's, same as last year"),
            (
                "2044-10-25 11:20",
                8362,
                "if we had the budget we'd rent a second telehandler, but we'll manage with one",
            ),
            (
                "2044-10-25 14:00",
                8364,
                "FYI the 3pm call with the sound company is moved to 4pm",
            ),
            (
                "2044-10-26 09:30",
                8363,
                "the shuttle company said they'll send the driver list next week",
            ),
            (
                "2044-10-26 10:00",
                8361,
                "the radio count I asked for last week is done — Kofi did it, 42 working 👍",
            ),
            (
                "2044-10-27 16:00",
                8365,
                "volunteer briefing: 11/2 18:00 at the boathouse",
            ),
            (
                "2044-10-27 16:20",
                8364,
                "we're migrating the run sheet to the new template on Monday, old links will break",
            ),
            (
                "2044-10-28 10:00",
                8362,
                "generators arrived early 🙌 parked behind the north gate",
            ),
            ("2044-10-28 10:30", 8361, "thanks Kofi, lifesaver (bow)"),
            (
                "2044-10-28 12:00",
                8363,
                "I'll let you all know once the agent confirms set times",
            ),
            (
                "2044-10-31 09:10",
                8364,
                "stage plot v3 → https://files.example.com/harbourlight/stageplot-v3.pdf",
            ),
            (
                "2044-10-31 09:40",
                8362,
                "if anyone needs an extra pair of hands on Saturday just shout",
            ),
        ],
        [],
    ),
    conv(
        "b33en-11",
        (982011, "Smile Square Dental — IT helpdesk"),
        [
            (8366, "Nadia Kowalski"),
            (8367, "Felipe Araujo"),
            (8368, "Emi Kanda"),
            (8369, "Grace Liu"),
            (8370, "Helpdesk Bot"),
        ],
        [
            (
                "2044-11-01 08:30",
                8370,
                "[info][title]Nightly sync[/title]Ticket import finished: 7 new, 3 closed. Imaging server backup: OK[/info]",
            ),
            (
                "2044-11-01 09:05",
                8368,
                "the X-ray viewer on chair 3 freezes again when opening old scans 😩",
            ),
            ("2044-11-01 09:12", 8367, "[rp aid=8368 to={m2}]Emi Kanda\non it"),
            (
                "2044-11-01 09:40",
                8366,
                "we're migrating the appointment system to the new server Thursday night — it's the holiday so clinics are closed anyway",
            ),
            ("2044-11-01 10:00", 8366, task_added(8367, LT_PC, PC_BODY, "date")),
            (
                "2044-11-01 11:20",
                8369,
                "[To:8366]Nadia Kowalski\ncould you get a quote from the vendor for two more label printers? no rush",
            ),
            (
                "2044-11-01 11:35",
                8366,
                "[rp aid=8369 to={m6}]Grace Liu\nwill do. fyi the vendor plans to discontinue the old model next spring anyway",
            ),
            (
                "2044-11-01 14:10",
                8367,
                "x-ray viewer: still investigating, looks like the cache folder fills up\n[code]$ du -sh /srv/vistaview/cache\n38G\t/srv/vistaview/cache[/code]",
            ),
            (
                "2044-11-02 09:00",
                8368,
                "[toall] please each check your emergency contact details in the staff sheet by 11/4 — the inspection is 11/10",
            ),
            ("2044-11-02 09:30", 8367, "mine's updated"),
            (
                "2044-11-04 08:50",
                8366,
                "[rp aid=8368 to={m9}]Emi Kanda\nemergency contacts done for all three of us ✅",
            ),
            ("2044-11-04 10:00", 8367, task_done(8367, LT_PC, PC_BODY, "date")),
            (
                "2044-11-04 10:15",
                8367,
                "[To:8368]Emi Kanda\nx-ray viewer fixed — cleared the cache and set a weekly cleanup job ✅",
            ),
            ("2044-11-04 10:40", 8368, "works!! thank you (bow)"),
            (
                "2044-11-07 09:20",
                8366,
                "[rp aid=8369 to={m6}]Grace Liu\nquote's in — two TD-4 label printers, PDF in the IT folder",
            ),
            (
                "2044-11-07 11:00",
                8369,
                "new reception PC is great, thanks！ only thing: the card reader driver isn't installed yet",
            ),
            (
                "2044-11-07 11:10",
                8367,
                "leave it with me, will install it remotely tomorrow 10:00",
            ),
            (
                "2044-11-08 10:25",
                8367,
                "card reader driver installed on the Yokohama PC ✅",
            ),
            ("2044-11-21 09:00", 8366, task_added(8367, LT_UPS, UPS_BODY, "time")),
            (
                "2044-11-21 09:05",
                8370,
                "Reminder: all clinics closed Wed 11/23 (勤労感謝の日). Patch window moved to 11/23 01:00.",
            ),
            (
                "2044-11-22 16:00",
                8367,
                "UPS: battery ordered, arrives 11/24 early morning. didn't get to the swap yet obviously",
            ),
        ],
        [
            task(3, ["viewer"], [8367], None, "done"),
            task(5, ["reception PC"], [8367], ("2044-11-07", "Mon"), "done"),
            task(6, ["label printer"], [8366], None, "done"),
            task(
                9,
                ["emergency contact"],
                [8366, 8367, 8369],
                ("2044-11-04", "Fri"),
                "done",
            ),
            task(17, ["card reader"], [8367], ("2044-11-08T10:00", "Tue"), "done"),
            task(19, ["UPS"], [8367], ("2044-11-24T09:00", "Thu"), "open"),
        ],
        self_account_id=8370,
    ),
    conv(
        "b33en-12",
        (982012, "Marunami × BlueHarbor 輸入案件"),
        [
            (8371, "青山 健司"),
            (8372, "藤井 美咲"),
            (8373, "Rahul Mehta"),
            (8374, "Sofia Grant"),
            (8375, "田村 翔"),
        ],
        [
            (
                "2044-12-12 10:00",
                8371,
                "お世話になっております、Marunamiの青山です。\nper our supplier, the winter stock (2 x 40ft from Ningbo) is planned to ship next week.",
            ),
            (
                "2044-12-12 10:20",
                8373,
                "Thanks Aoyama-san 🙏 I'll confirm the vessel space with the carrier today.\n[To:8374]Sofia Grant\ncould you prepare the draft B/L check sheet for the Ningbo shipment by Wednesday?",
            ),
            (
                "2044-12-12 10:35",
                8374,
                "[rp aid=8373 to={m2}]Rahul Mehta\ntaking the B/L sheet 👍",
            ),
            (
                "2044-12-12 11:00",
                8372,
                "[To:8375]田村 翔さん\n年明けの倉庫受け入れ枠、1/5か1/6で確保いただけますか？🙏",
            ),
            (
                "2044-12-12 11:10",
                8375,
                "[rp aid=8372 to={m4}]藤井 美咲さん\n承知しました。明日までに確認してお返事します。",
            ),
            (
                "2044-12-12 15:30",
                8373,
                "vessel space confirmed: Kaiyo Star V.208, ETD Ningbo 12/19 ✅",
            ),
            (
                "2044-12-13 09:40",
                8375,
                "[rp aid=8372 to={m4}]藤井 美咲さん\n1/6 午前で確保しました！",
            ),
            (
                "2044-12-13 10:15",
                8371,
                "店舗からの要望も共有しておきます。\n「初売り用の商品は1/10までに各店舗へ納品してください」\nbackground only, nothing for you to do 🙇",
            ),
            (
                "2044-12-14 17:50",
                8374,
                "[rp aid=8373 to={m2}]Rahul Mehta\nB/L check sheet: consignee and HS codes done, shipper address still pending — supplier hasn't replied",
            ),
            (
                "2044-12-14 18:05",
                8373,
                "[rp aid=8374 to={m9}]Sofia Grant\nok, let me know when it's in",
            ),
            (
                "2044-12-16 11:00",
                8374,
                "[rp aid=8373 to={m2}]Rahul Mehta\nB/L draft sheet finished, sent it across to the carrier ✅",
            ),
            ("2044-12-19 09:30", 8373, "vessel sailed on schedule 🚢 ETA Tokyo 12/27"),
            (
                "2044-12-27 10:00",
                8373,
                "[To:8371]青山 健司さん [To:8372]藤井 美咲さん\ncontainers discharged at Oi. For customs clearance we need the signed power of attorney from Marunami — please send it within 3 business days 🙏",
            ),
            (
                "2044-12-27 10:20",
                8371,
                "[rp aid=8373 to={m13}]Rahul-san\n承知しました。社内の押印が年明けになるので、1/4中にお送りします",
            ),
            (
                "2044-12-28 11:00",
                8374,
                "customs docs: everything else is ready, only waiting on the POA. Legal at Marunami will send it over after New Year I guess",
            ),
            ("2044-12-28 11:30", 8375, "本年の作業はここまでです。良いお年を！🎍"),
            (
                "2045-01-04 14:00",
                8372,
                "[rp aid=8373 to={m13}]Rahul-san\n押印済みの委任状をPDFでお送りしました🙏",
            ),
            (
                "2045-01-05 10:00",
                8374,
                "[To:8375]田村 翔さん\ncould you arrange the drayage to Marunami's Kashiwa warehouse for the 1/6 slot? 2 trucks, by 15:00 today if possible 🙏",
            ),
            (
                "2045-01-05 10:15",
                8375,
                "[rp aid=8374 to={m18}]Sofia-san\nはい、手配します！",
            ),
            (
                "2045-01-05 13:40",
                8375,
                "[rp aid=8374 to={m18}]Sofia-san\n2台とも手配済みです。明日 8:00 倉庫着の予定です",
            ),
            (
                "2045-01-05 15:00",
                8371,
                "[To:8373]Rahul-san\n次の春物（3月出荷分）の見積もりを来月中にいただけますか？",
            ),
            (
                "2045-01-05 15:10",
                8373,
                "[rp aid=8371 to={m21}]Aoyama-san\nsure, will do 👍 if we'd known about the holiday closures earlier we'd have shipped in November 😅",
            ),
        ],
        [
            task(2, ["vessel space"], [8373], ("2044-12-12", "Mon"), "done"),
            task(2, ["B/L"], [8374], ("2044-12-14", "Wed"), "done"),
            task(4, ["受け入れ枠"], [8375], ("2044-12-13", "Tue"), "done"),
            task(13, ["power of attorney"], [8371, 8372], ("2045-01-04", "Wed"), "done"),
            task(18, ["drayage"], [8375], ("2045-01-05T15:00", "Thu"), "done"),
            task(21, ["見積"], [8373], ("2045-02-28", "Tue"), "open"),
        ],
    ),
    conv(
        "b33en-13",
        (982013, "湯めぐりアプリ — Studio Lumen 連絡室"),
        [
            (8376, "Chloe Dubois"),
            (8377, "Mateo Ruiz"),
            (8378, "Aisha Khan"),
            (8379, "小松 由衣"),
            (8380, "石井 大輔"),
            (8381, "Ben Carter"),
        ],
        [
            (
                "2045-01-05 10:00",
                8379,
                "あけましておめでとうございます🎍 今年もよろしくお願いいたします！",
            ),
            (
                "2045-01-05 10:05",
                8376,
                "Happy new year! 🎉 plan for January: release 1.4 targeted 1/24, code freeze 1/17",
            ),
            (
                "2045-01-05 10:30",
                8379,
                "[To:8376]Chloe Duboisさん\nAndroid版で温泉マップが真っ白になる不具合、至急見ていただけますか？ユーザーから問い合わせが3件来ています🙏",
            ),
            (
                "2045-01-05 10:42",
                8376,
                "[To:8378]Aisha Khan\ncan you take the blank-map bug on Android? see above ↑ today if you can",
            ),
            (
                "2045-01-05 10:50",
                8378,
                "[rp aid=8376 to={m4}]Chloe Dubois\ntaking this. tile API key expired over the break it seems 🙄",
            ),
            (
                "2045-01-05 14:15",
                8378,
                "[rp aid=8376 to={m4}]Chloe Dubois\nmap fix merged, hotfix 1.3.2 building now",
            ),
            (
                "2045-01-05 16:40",
                8376,
                "[rp aid=8379 to={m3}]小松 由衣さん\n地図の不具合、修正版 1.3.2 を公開しました。it's live on Google Play now 🙏",
            ),
            (
                "2045-01-06 09:30",
                8380,
                "1.4 リリースに向けてのTODOです\n・英語版ストア用スクリーンショット — Chloeさん、来週水曜まで\n・ストア説明文の日本語チェック — 私がやります、1/13まで\n・プレスリリース原稿の確認 — 小松さん",
            ),
            (
                "2045-01-06 09:50",
                8379,
                "[rp aid=8380 to={m8}]石井 大輔さん\nプレスリリース原稿は広報部から届く予定なので、届いたら確認しますね",
            ),
            (
                "2045-01-06 10:05",
                8376,
                "[rp aid=8380 to={m8}]石井 大輔さん\nscreenshots 承知しました 👍",
            ),
            (
                "2045-01-06 10:12",
                8376,
                "[To:8377]Mateo Ruiz\ncould you do the same for the iPad sizes? by next Wednesday as well",
            ),
            ("2045-01-06 10:20", 8377, "np 👌"),
            (
                "2045-01-10 11:00",
                8381,
                "[toall] regression run for 1.4 starts Thursday. please each log any known issues in the QA sheet by tomorrow 🙏",
            ),
            ("2045-01-10 11:40", 8378, "done ✅ 2 logged"),
            (
                "2045-01-11 17:30",
                8376,
                "[rp aid=8380 to={m8}]石井 大輔さん\nEnglish store screenshots are uploaded to the shared folder 📁",
            ),
            (
                "2045-01-11 18:00",
                8377,
                '[rp aid=8376 to={m11}]Chloe Dubois\niPad ones: 12.9" set done, the 11" set still pending sorry — slipping to Friday',
            ),
            (
                "2045-01-12 09:00",
                8379,
                "Apple審査って今月は遅めでしょうか？does anyone know? 🤔",
            ),
            (
                "2045-01-13 12:30",
                8380,
                "説明文の日本語チェック、今日中には終わりませんでした🙇 まだ半分くらいです",
            ),
            (
                "2045-01-13 17:45",
                8377,
                '[rp aid=8376 to={m11}]Chloe Dubois\n11" iPad screenshots done too, all sizes in the folder ✅',
            ),
            (
                "2045-01-16 10:00",
                8376,
                "[To:8379]小松 由衣さん\n1.4 の TestFlight ビルドを配布しました。ご確認お願いします🙏 1/18までにフィードバックいただけると助かります",
            ),
            (
                "2045-01-16 10:30",
                8379,
                "[rp aid=8376 to={m20}]Chloe Duboisさん\n承知しました！",
            ),
            (
                "2045-01-18 16:00",
                8379,
                "[rp aid=8376 to={m20}]Chloe Duboisさん\nTestFlight確認しました、LGTMです👍 設定画面の文言だけ、石井から別途ご連絡します",
            ),
        ],
        [
            task(3, ["マップ"], [8376], None, "done"),
            task(4, ["map"], [8378], ("2045-01-05", "Thu"), "done"),
            task(8, ["スクリーンショット"], [8376], ("2045-01-11", "Wed"), "done"),
            task(8, ["説明文"], [8380], ("2045-01-13", "Fri"), "open"),
            task(8, ["プレスリリース"], [8379], None, "open"),
            task(11, ["iPad", "screenshot"], [8377], ("2045-01-13", "Fri"), "done"),
            task(
                13,
                ["known issues"],
                [8377, 8378, 8379, 8380],
                ("2045-01-11", "Wed"),
                "open",
            ),
            task(20, ["TestFlight"], [8379], ("2045-01-18", "Wed"), "done"),
        ],
        self_account_id=8376,
    ),
    conv(
        "b33en-14",
        (982014, "SunRidge Solar — install scheduling"),
        [
            (8382, "Oksana Melnyk"),
            (8383, "Darius Cole"),
            (8384, "Mei Tanaka"),
            (8385, "Luca Bianchi"),
            (8386, "Ravi Iyer"),
        ],
        [
            (
                "2044-12-01 08:50",
                8382,
                "morning! December schedule v1 is on the board — 14 installs, 3 inspections 📋",
            ),
            (
                "2044-12-01 09:05",
                8385,
                "inverter supplier plans to ship the backorder next week, no firm date yet",
            ),
            (
                "2044-12-01 09:20",
                8386,
                "[info][title]Customer mail — Mr. Hendricks, site 4471[/title]Hello, please send your crew before 10am, and could the technician call me 30 minutes in advance? Thank you, P. Hendricks[/info]",
            ),
            (
                "2044-12-01 09:25",
                8386,
                "[To:8383]Darius Cole\nfor Hendricks (4471): can your crew call him 30 min before arriving on the 12/6 install? I'll add it to the job notes as well",
            ),
            ("2044-12-01 09:40", 8383, "[rp aid=8386 to={m4}]Ravi Iyer\nwill do"),
            (
                "2044-12-01 10:30",
                8382,
                "[To:8384]Mei Tanaka [To:8385]Luca Bianchi\nTwo asks for next week's installs:\n- Mei: chase the city on the 4502 permit, by Monday\n- Luca: confirm rail kits for 4502 and 4510 by Tuesday 15:00",
            ),
            (
                "2044-12-01 10:45",
                8385,
                "[rp aid=8382 to={m6}]Oksana Melnyk\nrail kits — will confirm with the warehouse by Monday noon",
            ),
            (
                "2044-12-01 11:00",
                8382,
                "if we had a second crew we'd do 4510 and 4515 on the same day, oh well",
            ),
            ("2044-12-01 14:30", 8383, "truck 2's tail lift is busted again 🙄"),
            (
                "2044-12-01 14:35",
                8385,
                "[rp aid=8383 to={m9}]Darius Cole\nleave it with me 🔧",
            ),
            (
                "2044-12-01 16:00",
                8386,
                "job notes for 4471 updated with the call-ahead ✅",
            ),
            (
                "2044-12-02 09:15",
                8384,
                "[rp aid=8382 to={m6}]Oksana Melnyk\ncity says the 4502 permit is approved, PDF in the job folder 🎉",
            ),
            (
                "2044-12-02 16:50",
                8385,
                "tail lift: repair shop booked for Tuesday morning, truck 2 out of service till then",
            ),
            (
                "2044-12-05 11:40",
                8385,
                "[rp aid=8382 to={m6}]Oksana Melnyk\nrail kits: 4502 confirmed, 4510 still pending, warehouse is recounting 😓",
            ),
            (
                "2044-12-05 15:00",
                8382,
                "[To:8383]Darius Cole\nfor the 4510 job:\n1. load the panels on truck 1 by tomorrow 7:30\n2. drop the old meter at the utility depot",
            ),
            (
                "2044-12-06 07:45",
                8383,
                "[rp aid=8382 to={m15}]Oksana Melnyk\npanels loaded ✅ meter drop still pending, depot opens at 9",
            ),
            (
                "2044-12-06 10:30",
                8385,
                "[rp aid=8382 to={m6}]Oksana Melnyk\n4510 rail kits found (mislabelled pallet 🙄) — both sites confirmed now",
            ),
            (
                "2044-12-06 13:00",
                8385,
                "[qt][qtmeta aid=8385 time={t10}]leave it with me 🔧[/qt]\ntail lift is fixed, truck 2 back in service 👍",
            ),
            (
                "2044-12-07 09:00",
                8384,
                "does anyone know if the city office is open on 12/28? 🤔",
            ),
            (
                "2044-12-07 09:10",
                8382,
                "they close from the 28th I think, so no inspections that week",
            ),
            (
                "2044-12-09 10:00",
                8382,
                "[To:8384]Mei Tanaka\ncan you book the final inspection for 4502? end of day Friday at the latest, the city's booking window closes after that",
            ),
            ("2044-12-09 10:20", 8384, "[rp aid=8382 to={m21}]Oksana Melnyk\non it"),
            (
                "2044-12-09 16:30",
                8384,
                "[rp aid=8382 to={m21}]Oksana Melnyk\nfinal inspection booked — 12/14 13:00, confirmation # in the job folder",
            ),
        ],
        [
            task(4, ["Hendricks"], [8383], None, "open"),
            task(4, ["job notes"], [8386], None, "done"),
            task(6, ["permit"], [8384], ("2044-12-05", "Mon"), "done"),
            task(6, ["rail kits"], [8385], ("2044-12-05T12:00", "Mon"), "done"),
            task(10, ["tail lift"], [8385], None, "done"),
            task(15, ["panels"], [8383], ("2044-12-06T07:30", "Tue"), "done"),
            task(15, ["meter"], [8383], None, "open"),
            task(21, ["final inspection"], [8384], ("2044-12-09", "Fri"), "done"),
        ],
    ),
]

CASES = CASES_A + CASES_B
