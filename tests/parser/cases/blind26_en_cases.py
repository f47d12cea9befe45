# ruff: noqa: E501
"""Blind set 26, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b26en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 26, English half (a): seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-overs, delays and close-outs:
GitHub issue and PR threads (asking for a few more days / moving a deadline, out-of-
office hand-overs, closing as no longer needed, retried-but-still-failing reports)
and workplace-writing pages (進捗いかがでしょうか-style chases in business Japanese,
async status updates with done / blocked / next, hotel front-desk shift hand-over
notes, game-localisation delivery and review steps). Every person, company, place,
room, product and sentence is invented and written fresh; nothing is copied. Gold
dues were computed with a throwaway script in /tmp/b26 (datetime + jpholiday, one
function per row of the spec's deadline table: today / tomorrow, bare weekday,
next + weekday, 今週中, N営業日以内 skipping weekends, Japanese holidays incl.
substitute days and 12-29 .. 01-03, the M/D window rule, 年内, times such as noon,
3pm, 明日の17時), never by hand; each due carries its weekday so build.py catches a
typo. Phrases the spec does not define (tonight, after lunch, "first thing", "once
they settle") were kept out of every task's only deadline. Cancelled tasks are
left out of the gold, as the spec drops them. All rooms run on Asia/Tokyo in 2035;
one room crosses the year-end break into January 2036.

Domains: a fintech compliance team preparing a regulator's on-site review (English;
"next Monday" landing on the 4/30 substitute holiday, Golden Week, a deadline moved
twice — once by the requester, once by the assignee — a quote with qtmeta closing
the sender's own list line), a documentary crew in Hokkaido (English; over 海の日,
"any update?" chase, a failed phone attempt, "scrap that", "done except one part",
a reply that reports the permit done and asks for the next step), a hospital IT
helpdesk (English; ticket bot as self account, [toall] excluding it, Chatwork task
markup with ltype=time, a request answered with a question before it is accepted
with a new time, a cancel plus a fresh hand-over request finished by the new
person, a bare "binder checked" from one assignee of a multi-assignee task), a
boutique hotel front office (mixed: Japanese manager, English staff; 明日の17時,
今週中, 3営業日以内 over the 2/12 substitute holiday, a request with two [To:]
people accepted by one, 「」 guest request, quote-based 催促), an esports team
manager room (English; no task at all: schedules, conditional offers with a
deadline, "let me know when", vague offers, promises to report, pasted sponsor
rules, a quote that only adds information), a translation vendor for a Japanese
game (mixed: Japanese studio, English vendor; 5営業日以内 over 勤労感謝の日, 今週中
landing on a holiday, a deadline moved and then cancelled, a commitment without a
time or "I" (パスワードは別途送ります), delivery + ご確認お願いします opening a review
for the replied-to person), and a green-coffee importer with a Japanese roaster
(mixed; a human as self account, [To:] the self account, 年内 shortened by an
acceptance, a customer's "we need it by 12/26" shortened by "will fix tomorrow",
Chatwork date task due in January 2036, 3営業日以内 across 12-29 .. 01-03, [toall]
sent by someone other than the self account).

Covers: list messages ("- Daichi: …", "• … — Ryo, Fri", "1) Luis —", "・…（Kaitoさん）
今週中", "me — …", "私：…"); "can someone …" with nobody named, finished by reply;
implicit work (PR is up, ptal; ご確認お願いします after a delivery); terse
acknowledgements (ack, np, on it, will do 👍, noted 👌); completion in other words
(LGTM, it's live, shipped, sent over, checksummed, 送付済み, got through … ordered)
by reply, by quote, by Chatwork task_done and bare from an assignee's only open task;
partial progress and failed attempts (2 of 3 months, 5 of 6 confirmed, ~60 %, only 4
of 6, called twice no answer, straight to voicemail, still offline, not confirmed
yet, all in except …) closing nothing; chases (any update?, 進捗いかがでしょうか？,
[qt] … どうなりましたか？) that are no new task; dates that describe the thing, not
the deadline (2/10にご到着の団体様, 3/3の団体予約, 1/12 sailing, 5/14 mock interview);
noise (emoji, :shortcode:, lowercase, typos, -- signatures). The room without a task
is b26en-05.

Part B
------
Blind set 26, English half B: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (asking for until Monday / a later deadline, out-of-office
hand-overs and "taking over" notes, partial progress and "still blocked on" updates,
closing as no longer needed / superseded, "shipped / live / LGTM" close-outs) and
workplace-writing pages (Japanese business-chat 催促 / 進捗いかがでしょうか phrasing,
Slack etiquette on terse acknowledgements and emoji, Japanese e-commerce returns and
refund desk wording). Every person, company, room, product and sentence here is
invented and written fresh; nothing is copied. Gold dues were computed with a
throwaway script (datetime + jpholiday, one function per row of the spec's deadline
table: today / EOD, tomorrow, 明後日, 明日の17時 and 朝イチ, bare weekday, next +
weekday, this week sent on a Saturday, 今週中, N営業日以内 over Golden Week, 敬老の日
and the 12-29 .. 01-03 break, 年内, the M/D window rule across the year end, noon and
3pm), never by hand, and each due carries its weekday so build.py catches a typo.
Phrases the spec does not define (COB, tonight, tomorrow afternoon, 前日, 年明け,
"the 27th") appear only in messages that hold no task. Cancelled tasks are left out
of the gold, as the spec drops them. All rooms run on Asia/Tokyo in 2035; the legal
room crosses the year-end break into January 2036.

Domains: a drone startup with a Japanese parts maker (mixed; a customer's "we need
X by 4/26, please", a request answered with a question before it is accepted,
明日の17時 in an acceptance, 2営業日以内 over Golden Week, "can someone" with nobody
named and a failed phone call, a delivery that closes one task and opens a review);
a university admissions office (numbered huddle actions with an "I'll" line, a
deadline moved twice by the assignee — "next Monday" on the 2/12 substitute holiday,
then next Tuesday, then Thursday — a two-person FAQ task closed by one person's
reply, "this week" sent on a Saturday, a close by [qt][qtmeta]); a music festival
production room (a human as self account, [toall] excluding it, a bullet list with
"— Bruno, Thu" owners and a "me —" line, a line scrapped and handed to someone else
who then finishes it, "never mind", ptal → LGTM, "can I have until Tuesday?" over
海の日); an e-commerce returns desk (mixed, a Japanese lead and English replies, a bot
as self account, [toall] 今週中, 3営業日以内 over 敬老の日, 明後日 landing on a Saturday,
朝イチ, 催促, a failed portal upload, a pasted customer request in [qt]); a solar
installer with Japanese homeowners (mixed, an unassigned 共有していただけますか, a
homeowner's spouse confirming the review, "still blocked on", a request and a
commitment in one message, 5営業日以内); a legal team doing contract review (mixed,
"1) Jonas —" actions, "done except the carve-out", a requester moving a deadline to
next Monday, 年内 in an assignee's reply, a Chatwork time task closed by task_done,
3営業日以内 across the year-end break, a quoted clause); and a bike-share operator in
Osaka (no task at all: closures, offers, "just ask", a quoted rider request, holiday
questions, a moved meeting under [toall], partial repairs reported as news, thanks).

Covers: implicit asks after a delivery (ptal, ご確認お願いします, 修正をお願いします in a
reply that also closes the review); commitments without a time or with one
("I'll book the scaffold crew", "I'll update KA-112 to rev C tomorrow", "I'll handle
the call with their GC"); several tasks in one message; acceptances that set or
restate the deadline (承知しました。4/26までにお送りします, 明日の朝イチでアップします);
moves by the assignee and by the requester; completion in other words (uploaded,
sent over, in the folder, went out, submitted, refund's issued, 共有しました,
アップしました, 確認しました, LGTM) by reply, by quote, by Chatwork task_done and bare
from an assignee's only open task; bare "my 5 are in" / "my reason codes are done"
from one assignee of a multi-assignee task closing nothing; partial progress (6 of
14, 31 of 38, ~60 %, 2 of 3, about half) and failed attempts (no answer, portal
timing out, no reply from legal) closing nothing; chases that ask for no work
(any update?, 催促すみません…いかがでしょうか); look-alikes that ask for nothing
(notices, FYIs, quotes, offers, conditions, questions, thanks); noise (emoji,
:shortcode:, lowercase, "-- Theo" signatures). The room without a task is b26en-14.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b26en-01 fintech compliance
    7201: "Marta Lindqvist",
    7202: "Daichi Ono",
    7203: "Priya Raman",
    7204: "Tomasz Wilk",
    7205: "Hana Sugimoto",
    7206: "Leo Brandt",
    # b26en-02 documentary crew
    7211: "Ines Carvalho",
    7212: "Ryo Tamura",
    7213: "Ben Okafor",
    7214: "Sakura Imai",
    7215: "Callum Reid",
    7216: "Yuki Hasegawa",
    # b26en-03 hospital IT helpdesk
    7221: "Grace Whitfield",
    7222: "Kenji Morimoto",
    7223: "Olu Adeyemi",
    7224: "Nadia Haddad",
    7225: "Felix Braun",
    7226: "Mei Fujisaki",
    7227: "helpdesk-bot",
    # b26en-04 boutique hotel front office
    7231: "荒井 瑞希",
    7232: "Sofia Marino",
    7233: "西田 海斗",
    7234: "Emma Lowe",
    7235: "小林 結菜",
    7236: "Ahmed Siddiqui",
    # b26en-05 esports team management
    7241: "Jonas Berg",
    7242: "Alexei Petrov",
    7243: "Rina Okada",
    7244: "Marcus Tan",
    7245: "Chloé Dubois",
    7246: "Haruki Sato",
    # b26en-06 game translation vendor
    7251: "上田 佳奈子",
    7252: "森 翔太",
    7253: "Dana Whitaker",
    7254: "Luis Ortega",
    7255: "Ji-woo Han",
    # b26en-07 green-coffee importer and roaster
    7261: "Tessa Moreau",
    7262: "Gabriel Souza",
    7263: "Nina Patel",
    7264: "日野 誠",
    7265: "北村 あや",
    7266: "Oscar Lind",
}


def members(*aids: int) -> list[tuple[int, str]]:
    return [(a, NAMES[a]) for a in aids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header to message n of the same room."""
    return f"[rp aid={aid} to={{m{n}}}]"


FAN_LT = chatwork_lt("2035-09-14", "15:00")
FAN_BODY = "Replace the core switch fan in server room B"
SLOT_LT = chatwork_lt("2036-01-08")
SLOT_BODY = "Book the container slot for Tsukimino's 1/12 sailing"

CASES_A = [
    # ------------------------------------------------------------------ 01
    conv(
        "b26en-01",
        (936001, "Pellucid Pay · compliance / review prep"),
        members(7201, 7202, 7203, 7204, 7205, 7206),
        [
            (
                "2035-04-26 09:10",
                7201,
                "heads-up: Ishizaki-san at the bureau confirmed the on-site review for 5/16, 10:00–15:00. agenda to follow 📎",
            ),
            (
                "2035-04-26 09:20",
                7201,
                "prep list for the review:\n- Daichi: refresh the AML risk matrix, next Monday\n- Priya: redacted copy of the Q1 STR log (5/2)\n- me — cover letter to Ishizaki-san",
            ),
            ("2035-04-26 09:24", 7202, "ack"),
            ("2035-04-26 09:31", 7203, RP(7201, 2) + "np 👍"),
            (
                "2035-04-26 10:05",
                7204,
                "threshold config PR is up (#412) — [To:7206] Leo ptal when you get a sec",
            ),
            (
                "2035-04-26 10:48",
                7206,
                RP(7204, 5) + "LGTM, two nits but fine to merge :shipit:",
            ),
            (
                "2035-04-26 11:30",
                7201,
                "[To:7205] Hana, could you send Ishizaki-san the updated attendee list by tomorrow 3pm?",
            ),
            ("2035-04-26 11:32", 7205, "sure"),
            (
                "2035-04-26 13:15",
                7204,
                "merged 🎉 staging picks it up with the nightly build",
            ),
            (
                "2035-04-27 09:05",
                7205,
                RP(7201, 7)
                + "can I have until Monday on this? still waiting to hear if Leo's manager joins",
            ),
            ("2035-04-27 09:20", 7201, RP(7205, 7) + "sure, Monday's fine"),
            (
                "2035-04-27 13:20",
                7203,
                "STR log: 2 of 3 months redacted, the march export is corrupted so re-pulling it",
            ),
            ("2035-04-27 16:00", 7206, "fyi I'm off 4/30–5/6 🏖️ Tomasz covers my reviews"),
            (
                "2035-05-01 09:30",
                7205,
                RP(7201, 7)
                + "sorry, pushing this once more — their office is shut for the holidays anyway. I'll send it 5/7",
            ),
            (
                "2035-05-01 10:15",
                7202,
                RP(7201, 2) + "risk matrix refreshed and uploaded to /review-2035/ 📂",
            ),
            (
                "2035-05-02 16:40",
                7203,
                "redacted STR log is in the review folder, march fixed too 🙌",
            ),
            (
                "2035-05-07 10:00",
                7201,
                "[qt][qtmeta aid=7201 time={t2}]- me — cover letter to Ishizaki-san[/qt]\nsent over to the bureau this morning ✉️",
            ),
            (
                "2035-05-07 10:30",
                7204,
                "heads-up, the bureau portal is down for maintenance 5/8 18:00–22:00 :construction:",
            ),
            (
                "2035-05-07 14:00",
                7205,
                "attendee list: 5 of 6 confirmed, still waiting on Leo's manager",
            ),
        ],
        [
            task(2, ["risk matrix"], [7202], ("2035-04-30", "Mon"), "done"),
            task(2, ["STR"], [7203], ("2035-05-02", "Wed"), "done"),
            task(2, ["cover letter"], [7201], None, "done"),
            task(5, ["threshold"], [7206], None, "done"),
            task(7, ["attendee"], [7205], ("2035-05-07", "Mon"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 02
    conv(
        "b26en-02",
        (936002, "Nagisaru doc · field unit"),
        members(7211, 7212, 7213, 7214, 7215, 7216),
        [
            (
                "2035-07-12 08:30",
                7211,
                "call sheet for the marsh shoot is pinned 📌 sunrise is 4:02 so we roll at 3:30, sorry in advance 🌅",
            ),
            (
                "2035-07-12 08:45",
                7211,
                "open items before we go out on sat:\n• permit letter from the Oshiro fishing co-op — Ryo, Fri\n• 6 spare V-mount batteries — Yuki, tomorrow\n• backup drive for the rushes — Ben",
            ),
            ("2035-07-12 08:50", 7212, "on it"),
            ("2035-07-12 11:20", 7212, "called the co-op office twice, no answer 📵"),
            (
                "2035-07-12 13:00",
                7216,
                "batteries: only 4 at the rental place in town, rest are out of stock. the camera shop by the station might have more",
            ),
            ("2035-07-12 15:00", 7211, RP(7212, 2) + "any update on the permit?"),
            (
                "2035-07-12 17:40",
                7212,
                RP(7211, 2)
                + "got the chairman on his mobile — permit letter is signed, scan's on the drive. [To:7211] Ines can you post the countersigned original back to him by next Tuesday? he's old school about paper",
            ),
            ("2035-07-12 17:45", 7211, RP(7212, 7) + "will do, thx 🙏"),
            (
                "2035-07-13 07:50",
                7216,
                RP(7211, 2) + "6 batteries in the kit bag now, the shop restocked overnight 🔋",
            ),
            (
                "2035-07-13 09:30",
                7211,
                "[To:7213] Ben, could you sync timecode on the A and B cams tomorrow before we head out?",
            ),
            (
                "2035-07-13 10:10",
                7213,
                RP(7211, 10) + "the blue sync boxes or the old grey ones?",
            ),
            ("2035-07-13 10:14", 7211, "blue. grey ones drift"),
            ("2035-07-13 10:20", 7213, RP(7211, 10) + "ok, will do it tomorrow at the inn"),
            (
                "2035-07-13 11:00",
                7215,
                "[To:7216] Yuki can you print 3 copies of the location release for sat?",
            ),
            (
                "2035-07-13 11:25",
                7215,
                RP(7216, 14) + "scrap that, Ryo's already got signed ones from the co-op",
            ),
            (
                "2035-07-13 15:00",
                7213,
                "backup drive: orderd a 4TB, should reach the inn tonight",
            ),
            (
                "2035-07-13 20:30",
                7213,
                RP(7211, 2) + "drive's here — day 1 rushes copied and checksummed ✅",
            ),
            ("2035-07-14 09:40", 7213, "timecode synced on A/B at 08:55, all good"),
            (
                "2035-07-14 12:00",
                7215,
                "[To:7214] Sakura, can you upload the wild track WAVs by tomorrow noon? want to start the assembly on monday",
            ),
            (
                "2035-07-14 12:30",
                7214,
                RP(7215, 19)
                + "all up except the marsh ambience, the card reader died on that one 😩\n-- S",
            ),
        ],
        [
            task(2, ["permit"], [7212], ("2035-07-13", "Fri"), "done"),
            task(2, ["batteries"], [7216], ("2035-07-13", "Fri"), "done"),
            task(2, ["drive"], [7213], None, "done"),
            task(7, ["original"], [7211], ("2035-07-17", "Tue"), "open"),
            task(10, ["timecode"], [7213], ("2035-07-14", "Sat"), "done"),
            task(19, ["wild track"], [7214], ("2035-07-15T12:00", "Sun"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 03
    conv(
        "b26en-03",
        (936003, "St. Aldric IT helpdesk – wards"),
        members(7221, 7222, 7223, 7224, 7225, 7226, 7227),
        [
            (
                "2035-09-12 08:05",
                7227,
                "[info][title]Ticket #88213 opened[/title]Ward 4B – label printer offline (reported by Mei Fujisaki)[/info]",
            ),
            (
                "2035-09-12 08:20",
                7221,
                "[To:7222] Kenji, can you look at the 4B label printer? EOD please, they're writing wristbands by hand 😬",
            ),
            ("2035-09-12 08:22", 7222, "will do"),
            (
                "2035-09-12 09:10",
                7226,
                "can someone reset the PIN on the drug cabinet tablet in 4B? it locked itself after 3 wrong tries and nights can't get in",
            ),
            (
                "2035-09-12 09:40",
                7223,
                RP(7226, 4) + "PIN reset ✅ new one's in the sealed envelope at the nurse station",
            ),
            (
                "2035-09-12 10:30",
                7222,
                "4B printer: swapped the cable + restarted the spooler, still offline. think the NIC on the printer itself is dead",
            ),
            (
                "2035-09-12 13:00",
                7225,
                "[To:7224] Nadia, could you add the new sepsis order set to the ICU residents' favourites by Friday?",
            ),
            (
                "2035-09-12 13:20",
                7224,
                RP(7225, 7) + "sure — adult ICU only or PICU as well?",
            ),
            (
                "2035-09-12 13:25",
                7225,
                "adult only for now, PICU goes through their own committee",
            ),
            ("2035-09-12 13:30", 7224, RP(7225, 7) + "ok, I'll have it in by tomorrow noon"),
            ("2035-09-13 09:00", 7221, task_added(7223, FAN_LT, FAN_BODY, "time")),
            ("2035-09-13 11:45", 7224, "sepsis order set is live for adult ICU 🎉"),
            (
                "2035-09-13 14:00",
                7221,
                RP(7222, 2)
                + "Kenji, never mind the printer — the vendor is swapping the whole unit under warranty. need you on PACS prep",
            ),
            (
                "2035-09-13 14:05",
                7221,
                "[To:7223] Olu, could you take the 4B printer instead? the replacement unit needs putting on the network when it lands",
            ),
            (
                "2035-09-13 16:00",
                7221,
                "[toall] reminder: EHR read-only window is Mon 9/17 02:00–05:00. please each confirm your area's downtime binder is current by Friday 3pm 🙏",
            ),
            ("2035-09-14 08:50", 7226, "4B binder checked, all current 👍"),
            ("2035-09-14 15:30", 7223, task_done(7223, FAN_LT, FAN_BODY, "time")),
            (
                "2035-09-18 08:30",
                7223,
                RP(7221, 14)
                + "replacement printer's on the network, test wristband came out fine 🖨️",
            ),
            (
                "2035-09-18 09:00",
                7227,
                "[info][title]Ticket #88213 closed[/title]Ward 4B – label printer replaced[/info]",
            ),
            (
                "2035-09-18 10:00",
                7222,
                "PACS upgrade went through overnight. one leftover: the radiology viewer shows old studies in UTC, will fix tomorrow\n-- Kenji",
            ),
        ],
        [
            task(4, ["PIN"], [], None, "done"),
            task(7, ["sepsis"], [7224], ("2035-09-13T12:00", "Thu"), "done"),
            task(11, ["fan"], [7223], ("2035-09-14T15:00", "Fri"), "done"),
            task(14, ["printer"], [7223], None, "done"),
            task(
                15,
                ["binder"],
                [7222, 7223, 7224, 7225, 7226],
                ("2035-09-14T15:00", "Fri"),
                "open",
            ),
            task(20, ["viewer"], [7222], ("2035-09-19", "Wed"), "open"),
        ],
        self_account_id=7227,
    ),
    # ------------------------------------------------------------------ 04
    conv(
        "b26en-04",
        (936004, "Hotel Kasumiya フロント"),
        members(7231, 7232, 7233, 7234, 7235, 7236),
        [
            ("2035-02-08 09:00", 7231, "お疲れ様です。今週末は満室です🈵 よろしくお願いします"),
            (
                "2035-02-08 09:05",
                7231,
                "[To:7232]Sofiaさん\n302号室のお客様が2泊の延泊をご希望です。見積もりを明日の17時までにお客様へ送ってください。",
            ),
            ("2035-02-08 09:07", 7232, "on it 👍"),
            (
                "2035-02-08 10:30",
                7234,
                "fyi from 205 at checkout: 「明朝6時にタクシーを手配してください」 — night shift already booked it, just flagging so nobody double-books 🚕",
            ),
            (
                "2035-02-08 11:00",
                7231,
                "【依頼】\n・2月分の備品発注リスト作成（西田さん）今週中\n・ロビー装花の件で花屋さんへ連絡（Emmaさん）2/13\n・私：客室タブレットの契約更新",
            ),
            ("2035-02-08 11:05", 7233, RP(7231, 5) + "noted 👌"),
            (
                "2035-02-08 13:00",
                7232,
                RP(7231, 2) + "quote sent to 302 — 2 extra nights, breakfast incl. 送付済みです🙏",
            ),
            (
                "2035-02-09 10:00",
                7235,
                "[To:7232][To:7234]\n2/10にご到着の団体様（12名）のウェルカムカード、英語版の作成をお願いできますか？",
            ),
            ("2035-02-09 10:05", 7234, RP(7235, 8) + "I'll take this one ✋"),
            ("2035-02-09 15:00", 7233, "発注リスト、まだ半分です💦 catalogue changed again"),
            (
                "2035-02-09 16:10",
                7234,
                RP(7235, 8) + "cards done — 12 printed and in the welcome tray 🎴",
            ),
            (
                "2035-02-09 17:00",
                7231,
                "[To:7236]Ahmedさん\n3/3の団体予約（20名）の確認書を、3営業日以内に旅行会社へ送付してください。",
            ),
            ("2035-02-09 17:20", 7236, RP(7231, 12) + "承知しました! will send it by Wednesday"),
            (
                "2035-02-13 09:30",
                7231,
                "[qt][qtmeta aid=7231 time={t5}]・ロビー装花の件で花屋さんへ連絡（Emmaさん）2/13[/qt]\nEmmaさん、こちらの件どうなりましたか？",
            ),
            (
                "2035-02-13 09:45",
                7234,
                RP(7231, 14) + "called them twice, straight to voicemail 📞 left a message",
            ),
            (
                "2035-02-13 14:20",
                7234,
                RP(7231, 5)
                + "got through to the florist — spring arrangement for the lobby is ordered ✅",
            ),
            ("2035-02-14 11:00", 7236, "確認書 sent to the travel agent this morning 📨"),
            ("2035-02-14 18:30", 7231, "皆さん今週もお疲れ様でした🙇‍♀️ 明日は雪予報です❄️"),
        ],
        [
            task(2, ["見積"], [7232], ("2035-02-09T17:00", "Fri"), "done"),
            task(5, ["発注リスト"], [7233], ("2035-02-09", "Fri"), "open"),
            task(5, ["装花"], [7234], ("2035-02-13", "Tue"), "done"),
            task(5, ["契約更新"], [7231], None, "open"),
            task(8, ["ウェルカムカード"], [7232, 7234], None, "done"),
            task(12, ["確認書"], [7236], ("2035-02-14", "Wed"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ 05
    conv(
        "b26en-05",
        (936005, "Northglass Esports · mgmt"),
        members(7241, 7242, 7243, 7244, 7245, 7246),
        [
            (
                "2035-10-03 10:00",
                7241,
                "scrim schedule for next week is in the sheet 📅 mon is off (holiday), tue–fri 19:00 JST",
            ),
            ("2035-10-03 10:12", 7243, "ack"),
            (
                "2035-10-03 10:30",
                7242,
                "game 3 vod is on the team drive if anyone wants to rewatch :eyes:",
            ),
            (
                "2035-10-03 11:00",
                7243,
                "let me know when you want the draft pick stats for the qualifier, theyre about 80% there",
            ),
            (
                "2035-10-03 11:40",
                7244,
                "if anyone needs their jersey size changed, just tell me by Friday — the printer locks the order after that 👕",
            ),
            (
                "2035-10-03 13:00",
                7245,
                "Thanks Rina, the pick-rate graphic from last week did numbers 📈",
            ),
            (
                "2035-10-03 14:20",
                7246,
                "FYI the sponsor renewal meeting is 10/16 15:00 at their office, Jonas and I are going",
            ),
            (
                "2035-10-03 15:00",
                7241,
                "does anyone know if the venue has wired ethernet at the player booths?",
            ),
            ("2035-10-03 15:04", 7242, "yes, 1gbps per booth, we checked last season"),
            (
                "2035-10-04 09:30",
                7241,
                "I can help out with bootcamp logistics if anyone's swamped, just shout",
            ),
            (
                "2035-10-04 10:00",
                7243,
                "[qt][qtmeta aid=7241 time={t1}]scrim schedule for next week is in the sheet 📅[/qt]\ntue vs Kestrel Gaming moved to 20:00 btw",
            ),
            (
                "2035-10-04 12:30",
                7244,
                "Kai's out sick today, he'll stream from home later if he feels up to it 🤒",
            ),
            (
                "2035-10-05 11:00",
                7245,
                "roster announcement went out at noon 🎉 I'll share the engagement numbers once they settle",
            ),
            (
                "2035-10-05 14:00",
                7246,
                "sponsor sent their logo rules, pasting for reference:\n「ロゴの周囲には十分な余白を確保し、背景色は白または黒のみとしてください」",
            ),
            (
                "2035-10-07 18:00",
                7241,
                "happy sports day tomorrow 🏅 office is closed, enjoy the day off :tada:",
            ),
            ("2035-10-09 09:00", 7242, "team dinner after the qualifier? thinking yakiniku 🥩"),
            ("2035-10-09 09:05", 7244, "+1, I know a place near the venue"),
            (
                "2035-10-09 13:00",
                7241,
                "hotel block for the qualifier is confirmed — 6 twins, 10/26–10/28 🏨",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------ 06
    conv(
        "b26en-06",
        (936006, "Ashen Lantern EN loc × Studio Hazakura"),
        members(7251, 7252, 7253, 7254, 7255),
        [
            (
                "2035-11-20 10:00",
                7251,
                "お疲れ様です。第3章のテキスト（約1.2万字）を共有フォルダに格納しました。\n[To:7253]Danaさん\n5営業日以内に英訳の初稿納品をお願いできますか？",
            ),
            (
                "2035-11-20 10:20",
                7253,
                RP(7251, 1)
                + "承知しました — will do. quick q: item descriptions on the old glossary or v2?",
            ),
            ("2035-11-20 10:25", 7251, "v2の方です🙏"),
            (
                "2035-11-20 10:40",
                7253,
                "assigning:\n1) Luis — ch.3 main dialogue, by 11/26\n2) Ji-woo — LQA build on both test rigs, tomorrow",
            ),
            (
                "2035-11-20 16:00",
                7252,
                "[To:7255]Ji-wooさん\nLQAビルドのDLリンクです → https://files.hazakura.example/lqa/ch3_b1142.zip\nパスワードは別途送ります",
            ),
            ("2035-11-21 09:15", 7252, "Ji-wooさん、パスワードをDMで送りました🔑"),
            ("2035-11-21 11:30", 7255, "LQA build is up on both rigs, save files loaded 👾"),
            (
                "2035-11-21 15:00",
                7251,
                "[To:7253]Danaさん\n追加で、UI文字列（約300件）の翻訳も今週中にお願いできますか？",
            ),
            (
                "2035-11-21 15:20",
                7253,
                RP(7251, 8) + "tight with the holiday on fri — could we do next Tuesday?",
            ),
            ("2035-11-21 15:40", 7251, RP(7253, 8) + "了解です、来週火曜でOKです"),
            (
                "2035-11-22 10:00",
                7251,
                RP(7253, 8)
                + "すみません、UI文字列の件はやはり不要になりました🙇 仕様変更で該当画面ごと削除になります",
            ),
            (
                "2035-11-22 14:00",
                7254,
                "dialogue ~60% in, the tavern scenes are taking longer than I thought 🍺",
            ),
            ("2035-11-26 09:30", 7251, "[To:7254]Luisさん\n第3章本文の進捗いかがでしょうか？"),
            (
                "2035-11-26 09:50",
                7254,
                RP(7251, 13)
                + "all in except the ending cutscene — still waiting on the voice timing sheet",
            ),
            (
                "2035-11-26 10:05",
                7252,
                RP(7254, 14) + "すみません、タイミングシート今お送りしました🙇",
            ),
            (
                "2035-11-26 17:40",
                7254,
                RP(7253, 4) + "ch.3 dialogue fully in, ending cutscene included ✅",
            ),
            ("2035-11-27 10:00", 7253, "ch.4 kickoff call is 12/3 10:00 JST, invite's out 📆"),
            (
                "2035-11-28 11:00",
                7253,
                RP(7251, 1)
                + "第3章の英訳初稿を納品しました📦 /deliveries/ch3_v1 に入っています。\nご確認お願いします🙏",
            ),
            ("2035-11-28 11:20", 7251, RP(7253, 18) + "受け取りました！明日中に確認します"),
            (
                "2035-11-29 15:00",
                7251,
                RP(7253, 18) + "確認しました。表記ゆれが数か所ありますが、全体的にOKです👍",
            ),
        ],
        [
            task(1, ["初稿"], [7253], ("2035-11-28", "Wed"), "done"),
            task(4, ["dialogue"], [7254], ("2035-11-26", "Mon"), "done"),
            task(4, ["LQA"], [7255], ("2035-11-21", "Wed"), "done"),
            task(5, ["パスワード"], [7252], None, "done"),
            task(18, ["確認"], [7251], ("2035-11-29", "Thu"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ 07
    conv(
        "b26en-07",
        (936007, "Cerrovento Green Coffee × 焙煎所つきみ野"),
        members(7261, 7262, 7263, 7264, 7265, 7266),
        [
            (
                "2035-12-17 10:00",
                7264,
                "[To:7261]Tessaさん\nいつもお世話になっております。1月分として、エチオピア（ナチュラル）60kg×5袋を追加でお願いしたいです。年内に見積もりをいただけますか？",
            ),
            ("2035-12-17 10:30", 7261, RP(7264, 1) + "thanks Hino-san! will send it by Friday"),
            (
                "2035-12-17 10:45",
                7261,
                "before I quote:\n- Gabriel: check the Jan vessel still has room for 5 more bags\n- Nina: send Hino-san a PSS sample from the new lot, tomorrow if possible",
            ),
            ("2035-12-17 11:00", 7262, RP(7261, 3) + "will check w/ the forwarder 👍"),
            (
                "2035-12-17 15:20",
                7262,
                RP(7261, 3) + "checked with the forwarder — room for 5 on the 1/12 sailing ✅",
            ),
            (
                "2035-12-18 09:30",
                7265,
                "日野からの伝言です：「焙煎テストがあるので、サンプルは12/20までに届くと助かります」とのことです",
            ),
            (
                "2035-12-18 16:00",
                7263,
                "PSS sample shipped to Tsukimino, tracking 4471-2290-18 📦",
            ),
            (
                "2035-12-19 11:00",
                7264,
                "[To:7266]Oscarさん\n11月分の請求書にインボイス番号が記載されていませんでした。再発行をお願いします。We need it by 12/26 for our accountant.",
            ),
            ("2035-12-19 11:30", 7266, RP(7264, 8) + "apologies! will fix tomorrow"),
            (
                "2035-12-20 17:10",
                7266,
                RP(7264, 8) + "reissued invoice sent over, T-number included this time 🙇",
            ),
            (
                "2035-12-21 10:00",
                7261,
                RP(7264, 1) + "quote sent — see the PDF, CIF Yokohama, valid till 1/15",
            ),
            ("2035-12-21 10:30", 7261, task_added(7262, SLOT_LT, SLOT_BODY, "date")),
            (
                "2035-12-24 09:00",
                7262,
                "container slot: forwarder's office is shut, emailed the booking request anyway. not confirmed yet",
            ),
            (
                "2035-12-25 14:00",
                7263,
                "cupping notes on the new lot: 86.5, blueberry + jasmine ☕ nice one",
            ),
            (
                "2035-12-26 10:00",
                7266,
                "[toall] 年末年始は12/29〜1/3休業です🎍\n1/7（月）の新年オンラインミーティングの出欠を、3営業日以内にこちらへ返信してください。",
            ),
            ("2035-12-26 10:20", 7264, "出席します🙋‍♂️"),
            (
                "2035-12-26 11:00",
                7264,
                RP(7261, 11)
                + "見積もり拝見しました。この内容で正式に発注しますので、注文請書の発行をお願いします。",
            ),
            (
                "2035-12-27 16:30",
                7261,
                RP(7264, 17) + "注文請書 sent over ✉️ thanks Hino-san, よいお年を!",
            ),
            (
                "2036-01-04 09:30",
                7262,
                "forwarder's back from the break — still waiting on their booking confirmation for the container",
            ),
            (
                "2036-01-04 10:00",
                7265,
                "あけましておめでとうございます🎍 本年もよろしくお願いいたします",
            ),
        ],
        [
            task(1, ["見積"], [7261], ("2035-12-21", "Fri"), "done"),
            task(3, ["vessel"], [7262], None, "done"),
            task(3, ["PSS"], [7263], ("2035-12-18", "Tue"), "done"),
            task(8, ["請求書"], [7266], ("2035-12-20", "Thu"), "done"),
            task(12, ["container"], [7262], ("2036-01-08", "Tue"), "open"),
            task(15, ["出欠"], [7262, 7263, 7264, 7265], ("2036-01-04", "Fri"), "open"),
            task(17, ["注文請書"], [7261], None, "done"),
        ],
        self_account_id=7261,
    ),
]


NAMES_B = {
    # b26en-08 drone startup x parts maker
    7281: "Nadia Brenner",
    7282: "Owen Achterberg",
    7283: "Priya Ramaswamy",
    7284: "松浦 健吾",
    7285: "石黒 真央",
    7286: "Felix Hartono",
    # b26en-09 admissions office
    7291: "Grace Okafor",
    7292: "Tomás Lindqvist",
    7293: "Mei Watanabe",
    7294: "Rahul Deshpande",
    7295: "Ingrid Solberg",
    # b26en-10 festival production
    7301: "Leona Marsh",
    7302: "Dev Kapoor",
    7303: "Hana Ishikawa",
    7304: "Bruno Castellanos",
    7305: "Yuki Tanabe",
    7306: "Sam O'Rourke",
    # b26en-11 returns desk
    7311: "村上 恵",
    7312: "Ethan Cole",
    7313: "Lucía Ferreira",
    7314: "Arjun Menon",
    7315: "小野寺 翔",
    7316: "Returns Bot",
    # b26en-12 solar installer
    7321: "Marcus Webb",
    7322: "Aisha Rahman",
    7323: "Daniel Fujimoto",
    7324: "高森 由紀子",
    7325: "高森 誠",
    7326: "Chloe Tan",
    # b26en-13 legal
    7331: "Rebecca Stone",
    7332: "Jonas Eklund",
    7333: "Aiko Brandt",
    7334: "岡部 さくら",
    7335: "Laura Quist",
    7336: "Theo Marchetti",
    # b26en-14 bike share
    7341: "Carmen Ruiz",
    7342: "Viktor Hale",
    7343: "Nomvula Dube",
    7344: "Pedro Sato-Lima",
    7345: "Rin Akagi",
}


def members_b(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES_B[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header to message n of the room, written by aid."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES_B[aid]}さん\n"


def TO(aid: int) -> str:
    return f"[To:{aid}]{NAMES_B[aid]}さん\n"


EXEC_TASK = "Orinoco MSA: prepare the execution version with the new signature block"

CASES_B = [
    # ------------------------------------------------------------------ 08
    conv(
        "b26en-08",
        (936008, "Kestrel × Tsubame Seiko / airframe parts"),
        members_b(7281, 7282, 7283, 7284, 7285, 7286),
        [
            (
                "2035-04-23 10:00",
                7284,
                "Kestrel の皆様\nお世話になっております。ツバメ精工の松浦です。\n4/28〜5/6 は弊社工場が連休のため休業となります。ご注意ください🙇\n-- ツバメ精工 松浦",
            ),
            (
                "2035-04-23 10:20",
                7281,
                "thanks for the heads-up 🙏\n[To:7284]松浦さん we need the updated quote for the gimbal brackets (rev C) by 4/26, please — our board meets on the 27th.",
            ),
            ("2035-04-23 11:05", 7284, RP(7281, 2) + "承知しました。4/26までにお送りします。"),
            (
                "2035-04-23 11:30",
                7282,
                "[To:7285]石黒さん could you check whether the M3 inserts on drawing KA-112 can move 2mm inboard? no rush, just need an answer before we freeze rev C",
            ),
            (
                "2035-04-23 14:10",
                7285,
                RP(7282, 4) + "確認ですが、KA-112 は 4/20 付けの最新版でよろしいでしょうか？",
            ),
            ("2035-04-23 14:25", 7282, RP(7285, 5) + "yes, the 4/20 one 👍"),
            (
                "2035-04-23 15:00",
                7285,
                RP(7282, 4) + "承知しました、確認します。明日の17時までに回答します。",
            ),
            (
                "2035-04-24 16:40",
                7285,
                RP(7282, 4)
                + "確認しました。2mm 内側への移動は問題ありません（肉厚 1.8mm 確保できます）。",
            ),
            ("2035-04-24 17:00", 7282, "great news 🙌 I'll update KA-112 to rev C tomorrow"),
            (
                "2035-04-25 18:10",
                7282,
                "KA-112 updated to rev C and uploaded to the share ✅\n[To:7285]石黒さん ptal 🙏",
            ),
            (
                "2035-04-26 10:00",
                7284,
                RP(7281, 2)
                + "ジンバルブラケット（rev C）のお見積りをメールでお送りしました。\n-- ツバメ精工 松浦",
            ),
            ("2035-04-26 10:30", 7281, RP(7284, 11) + "received, thanks 松浦さん 🙏"),
            (
                "2035-04-27 09:15",
                7286,
                "can someone book the test range at Hokuto field for the rev C flight test on 5/9?",
            ),
            (
                "2035-04-27 11:40",
                7283,
                RP(7286, 13)
                + "called the Hokuto field office twice, no answer 📞 probably closed for the holidays already",
            ),
            (
                "2035-05-01 11:00",
                7285,
                RP(7282, 10)
                + "KA-112 rev C 確認しました。フィレット半径にコメントを入れましたので、修正をお願いします。2営業日以内にいただけると助かります。",
            ),
            ("2035-05-01 11:20", 7282, RP(7285, 15) + "will do 👍"),
            ("2035-05-02 09:00", 7286, RP(7283, 14) + "any luck since? 🙏"),
            (
                "2035-05-02 09:30",
                7281,
                "fyi everyone, Kestrel's office is closed 5/3–5/6 too 🎏 back on the 7th",
            ),
        ],
        [
            task(2, ["quote"], [7284], ("2035-04-26", "Thu"), "done"),
            task(4, ["inserts"], [7285], ("2035-04-24T17:00", "Tue"), "done"),
            task(9, ["KA-112"], [7282], ("2035-04-25", "Wed"), "done"),
            task(10, ["KA-112"], [7285], None, "done"),
            task(13, ["test range"], [], None, "open"),
            task(15, ["フィレット"], [7282], ("2035-05-07", "Mon"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 09
    conv(
        "b26en-09",
        (936009, "Admissions – spring intake 2035"),
        members_b(7291, 7292, 7293, 7294, 7295),
        [
            (
                "2035-02-05 09:10",
                7291,
                "morning all ☕ actions from the intake huddle:\n1) Tomás — re-send the missing-transcript emails to the 38 applicants on the list, by Wednesday\n2) Mei — check the scholarship essays the screener flagged\n3) Rahul — fix the portal bug that double-counts fee waivers, by next Monday\nI'll draft the interview schedule.",
            ),
            ("2035-02-05 09:25", 7292, "👍"),
            (
                "2035-02-05 09:40",
                7294,
                RP(7291, 1)
                + "ack. fwiw the 12th is a holiday here 🎌 can I have until next Tuesday?",
            ),
            ("2035-02-05 10:05", 7291, RP(7294, 3) + "sure, next Tuesday works"),
            ("2035-02-05 13:30", 7293, RP(7291, 1) + "essays: 6 of 14 checked so far"),
            (
                "2035-02-06 12:00",
                7295,
                "the Jakarta info webinar went well btw — 42 attendees, recording's in the drive 🎉",
            ),
            (
                "2035-02-07 16:50",
                7292,
                RP(7291, 1)
                + "transcript emails: 31 of 38 re-sent, the other 7 bounced — still working on those",
            ),
            (
                "2035-02-08 10:00",
                7291,
                "[To:7292][To:7293] Tomás, Mei — please each write 5 FAQ answers for the 2/17 open day, by Friday 3pm 🙏",
            ),
            ("2035-02-08 10:30", 7293, "my 5 are in the doc ✍️"),
            ("2035-02-08 11:00", 7292, "lunch anyone? the ramen place on 3rd reopened 🍜"),
            ("2035-02-09 14:45", 7292, RP(7291, 8) + "FAQ doc is complete, both halves in 👌"),
            (
                "2035-02-10 11:00",
                7291,
                "sorry for the weekend ping 🙇 [To:7295]Ingrid could you confirm the visa-letter template with legal this week?",
            ),
            (
                "2035-02-13 09:30",
                7294,
                RP(7291, 1)
                + "found a second place where waivers get counted 🙃 need until Thursday",
            ),
            (
                "2035-02-13 10:00",
                7293,
                RP(7291, 1)
                + "essays all checked — 3 flagged for a plagiarism review, notes in the sheet",
            ),
            (
                "2035-02-14 18:00",
                7295,
                RP(7291, 12)
                + "emailed legal twice, no reply yet — they're at an offsite until Thursday",
            ),
            (
                "2035-02-15 09:00",
                7291,
                "[toall] reminder: the office is closed on 2/23 (天皇誕生日) 🎌",
            ),
            (
                "2035-02-15 09:20",
                7291,
                "[qt][qtmeta aid=7291 time={t1}]I'll draft the interview schedule.[/qt]\ndrafted ✅ it's in the drive under intake/2035",
            ),
        ],
        [
            task(1, ["transcript"], [7292], ("2035-02-07", "Wed"), "open"),
            task(1, ["essays"], [7293], None, "done"),
            task(1, ["portal bug"], [7294], ("2035-02-15", "Thu"), "open"),
            task(1, ["interview schedule"], [7291], None, "done"),
            task(8, ["FAQ"], [7292, 7293], ("2035-02-09T15:00", "Fri"), "done"),
            task(12, ["visa"], [7295], ("2035-02-16", "Fri"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 10
    conv(
        "b26en-10",
        (936010, "Driftwood Sound 2035 – production"),
        members_b(7301, 7302, 7303, 7304, 7305, 7306),
        [
            (
                "2035-07-09 09:00",
                7302,
                "gm 🌞 Cove stage plot v3 is in the drive. crew drinks tonight at the pier bar 🍻",
            ),
            (
                "2035-07-09 09:20",
                7301,
                "quick list for this week 👇\n• power distro map for the Cove stage — Bruno, Thu\n• confirm the hotel block for the headliner crew — Hana, 7/12\n• radio channel plan — Sam, by Friday noon\n• me — final run-of-show",
            ),
            ("2035-07-09 09:45", 7306, "np 👍"),
            (
                "2035-07-09 11:00",
                7303,
                RP(7301, 2)
                + "the hotel wants a rooming list before they'll hold the block — do we have final names?",
            ),
            ("2035-07-09 11:20", 7301, RP(7303, 4) + "yep, crew tab of the advance sheet 👍"),
            (
                "2035-07-10 10:00",
                7304,
                RP(7301, 2)
                + "distro map is ~60% — waiting on the generator spec from the rental co",
            ),
            (
                "2035-07-10 10:30",
                7305,
                "[toall] the volunteer shift sheet is open → please add your name to at least one load-in slot by tomorrow 🙏",
            ),
            ("2035-07-10 14:00", 7306, "out sick from tomorrow 🤒 sorry all"),
            (
                "2035-07-10 14:20",
                7301,
                RP(7306, 2)
                + "get well soon Sam 🙏 scrap the radio plan line, no longer needed from you",
            ),
            (
                "2035-07-10 14:25",
                7301,
                "[To:7302]Dev could you take over the radio channel plan instead? Friday noon still stands",
            ),
            ("2035-07-10 14:40", 7302, RP(7301, 10) + "sure, will do 👍"),
            ("2035-07-11 09:15", 7304, "added myself to the Fri load-in ✔"),
            (
                "2035-07-11 10:00",
                7303,
                "[To:7302]Dev can you forward the headliner's updated dietary list to catering by EOD? 🍱",
            ),
            (
                "2035-07-11 11:30",
                7303,
                RP(7302, 13) + "never mind, their tour manager sent it to catering directly 🙌",
            ),
            (
                "2035-07-11 16:00",
                7303,
                RP(7301, 2) + "hotel block confirmed — 14 rooms, 7/19–7/22 ✅",
            ),
            ("2035-07-12 12:30", 7301, RP(7304, 6) + "Bruno any update on the distro map?"),
            (
                "2035-07-12 13:00",
                7304,
                RP(7301, 2) + "generator spec still hasn't come in 😩 can I have until Tuesday?",
            ),
            ("2035-07-12 13:10", 7301, RP(7304, 17) + "ok, Tuesday it is"),
            (
                "2035-07-13 11:40",
                7302,
                RP(7301, 10) + "radio channel plan done and uploaded to the drive 📻 ptal",
            ),
            ("2035-07-13 15:00", 7301, RP(7302, 19) + "LGTM 👍 thanks for jumping in"),
        ],
        [
            task(2, ["distro map"], [7304], ("2035-07-17", "Tue"), "open"),
            task(2, ["hotel block"], [7303], ("2035-07-12", "Thu"), "done"),
            task(2, ["run-of-show"], [7301], None, "open"),
            task(7, ["load-in"], [7302, 7303, 7304, 7306], ("2035-07-11", "Wed"), "open"),
            task(10, ["radio"], [7302], ("2035-07-13T12:00", "Fri"), "done"),
            task(19, ["radio"], [7301], None, "done"),
        ],
        self_account_id=7301,
    ),
    # ------------------------------------------------------------------ 11
    conv(
        "b26en-11",
        (936011, "Komorebi Living 返品デスク / returns desk"),
        members_b(7311, 7312, 7313, 7314, 7315, 7316),
        [
            (
                "2035-09-12 09:00",
                7316,
                "[info][title]Daily returns digest[/title]open RMAs: 23 / awaiting inspection: 9 / refunds pending: 5[/info]",
            ),
            (
                "2035-09-12 09:30",
                7311,
                "[toall]おはようございます。今週中に、各自担当分の返品理由コードの棚卸しをお願いします🙏",
            ),
            ("2035-09-12 09:45", 7312, "ack 👍"),
            (
                "2035-09-12 10:10",
                7311,
                TO(7313)
                + "注文 #A-88213 のお客様（ひびの入った花瓶の件）への返金対応をお願いできますか？明日の17時までにお願いします。",
            ),
            (
                "2035-09-12 10:30",
                7313,
                RP(7311, 4) + "sure — full refund or store credit? the customer mentioned both 🤔",
            ),
            ("2035-09-12 10:45", 7311, RP(7313, 5) + "全額返金で大丈夫です👍"),
            ("2035-09-12 11:00", 7313, RP(7311, 4) + "got it, on it"),
            (
                "2035-09-12 14:00",
                7311,
                TO(7314)
                + "ヤマブキ運輸に、破損3件の補償申請をしてください。3営業日以内でお願いします。",
            ),
            (
                "2035-09-12 16:20",
                7314,
                RP(7311, 8)
                + "filed 2 of 3 — the third one needs the box photos.\n[To:7315]小野寺さん could you upload the box photos for RMA-5521 to the shared folder?",
            ),
            ("2035-09-12 16:40", 7315, RP(7314, 9) + "了解です。明日の朝イチでアップします📷"),
            ("2035-09-13 10:05", 7315, RP(7314, 9) + "アップしました！"),
            (
                "2035-09-13 13:00",
                7313,
                "the #A-88213 customer also wrote this in the ticket:\n[qt]返品の集荷を来週月曜に手配してください。よろしくお願いします。[/qt]\nthe auto-flow already booked the pickup, fyi",
            ),
            ("2035-09-13 15:30", 7313, RP(7311, 4) + "refund's issued ✅ customer notified too"),
            (
                "2035-09-13 15:35",
                7311,
                RP(7313, 13)
                + "ありがとう！\n続けて、#A-88240 の交換品の発送手配もお願いします。明後日まででOKです。",
            ),
            ("2035-09-14 11:00", 7312, "my reason codes are done — 41 SKUs recoded"),
            (
                "2035-09-14 11:30",
                7311,
                RP(7314, 8) + "催促すみません🙇 補償申請の3件目、その後いかがでしょうか？",
            ),
            (
                "2035-09-14 12:10",
                7314,
                RP(7311, 8)
                + "photos came in yesterday, but the carrier portal keeps timing out on the 3rd claim 😩 can I have until next Wednesday?",
            ),
            (
                "2035-09-18 10:00",
                7316,
                "[info][title]Reminder[/title]9/24 is a public holiday (秋分の日 振替休日) — the warehouse ships nothing that day.[/info]",
            ),
            (
                "2035-09-18 14:00",
                7313,
                RP(7311, 14)
                + "exchange for #A-88240 went out on Saturday, tracking's in the ticket 📦",
            ),
            ("2035-09-19 16:00", 7314, RP(7311, 8) + "all 3 claims filed now 🎉"),
        ],
        [
            task(2, ["理由コード"], [7312, 7313, 7314, 7315], ("2035-09-14", "Fri"), "open"),
            task(4, ["返金"], [7313], ("2035-09-13T17:00", "Thu"), "done"),
            task(8, ["補償申請"], [7314], ("2035-09-19", "Wed"), "done"),
            task(9, ["photos"], [7315], ("2035-09-13T10:00", "Thu"), "done"),
            task(14, ["交換品"], [7313], ("2035-09-15", "Sat"), "done"),
        ],
        self_account_id=7316,
    ),
    # ------------------------------------------------------------------ 12
    conv(
        "b26en-12",
        (936012, "Brightfield Solar｜高森様邸 設置プロジェクト"),
        members_b(7321, 7322, 7323, 7324, 7325, 7326),
        [
            (
                "2035-11-05 10:00",
                7324,
                "[To:7326]Chloe さん\nお世話になっております。先日のお見積りですが、蓄電池を 10kWh に変更した場合のお見積りの修正版を 11/9 までにいただけますか？",
            ),
            (
                "2035-11-05 10:40",
                7326,
                RP(7324, 1) + "高森様 thank you! yes, I'll send the revised quote by 11/9 🙏",
            ),
            (
                "2035-11-05 11:15",
                7321,
                "[To:7323]Daniel — 系統連系の申請を Seiran Electric に 5営業日以内 でお願いします (Takamori site)",
            ),
            ("2035-11-05 11:30", 7323, RP(7321, 3) + "will do 👍"),
            (
                "2035-11-05 13:00",
                7325,
                "工事の日程ですが、11/22 か 11/26 で調整可能です。足場の設置は前日でも大丈夫です。",
            ),
            (
                "2035-11-05 14:00",
                7322,
                RP(7325, 5)
                + "thanks 高森さん! we'll go with 11/26 then 👍\nI'll book the scaffold crew.",
            ),
            (
                "2035-11-06 09:30",
                7324,
                "すみません、もう一つ。屋根の点検報告書（写真付き）も共有していただけますか？",
            ),
            (
                "2035-11-06 10:00",
                7322,
                RP(7324, 7)
                + "共有しました！ roof inspection report with photos → https://files.brightfield.example/takamori/roof-2035.pdf",
            ),
            (
                "2035-11-07 17:00",
                7326,
                RP(7324, 1)
                + "高森様 quick question before I finalise: would you like the battery indoors or on the north wall? it changes the cabling line",
            ),
            ("2035-11-07 18:20", 7324, RP(7326, 9) + "北側の外壁がいいです。"),
            (
                "2035-11-08 16:00",
                7326,
                RP(7324, 1)
                + "高森様 revised quote (10kWh, north wall) sent to your email just now 📩 ご確認お願いします",
            ),
            (
                "2035-11-09 09:00",
                7323,
                RP(7321, 3)
                + "application's drafted, but Seiran's portal wants a stamped single-line diagram — still blocked on that",
            ),
            ("2035-11-09 09:20", 7321, RP(7323, 12) + "Aisha has the stamp, I've pinged her"),
            ("2035-11-10 10:30", 7325, RP(7326, 11) + "妻と確認しました。この内容でOKです👌"),
            (
                "2035-11-12 10:00",
                7323,
                RP(7321, 3) + "submitted to Seiran ✅ receipt no. SE-1112-044",
            ),
            (
                "2035-11-12 10:30",
                7321,
                "[To:7326]Chloe, please send the contract pack to 高森様 by next Monday.\nI'll prep the install-day checklist.",
            ),
            (
                "2035-11-13 14:00",
                7326,
                RP(7321, 16)
                + "contract pack: 2 of 3 docs ready, waiting on the warranty sheet from the panel maker",
            ),
            (
                "2035-11-16 11:00",
                7326,
                RP(7321, 16) + "warranty sheet still hasn't arrived 🙇 can I have until 11/21?",
            ),
            ("2035-11-16 11:15", 7321, RP(7326, 18) + "np 👍"),
            (
                "2035-11-16 15:00",
                7324,
                "11/23（祝）は家におりますので、書類のお届けがあればその日でも大丈夫です。",
            ),
        ],
        [
            task(1, ["見積"], [7326], ("2035-11-09", "Fri"), "done"),
            task(3, ["系統連系"], [7323], ("2035-11-12", "Mon"), "done"),
            task(6, ["scaffold"], [7322], None, "open"),
            task(7, ["点検報告書"], [], None, "done"),
            task(11, ["確認"], [7324], None, "done"),
            task(16, ["contract pack"], [7326], ("2035-11-21", "Wed"), "open"),
            task(16, ["checklist"], [7321], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------ 13
    conv(
        "b26en-13",
        (936013, "Legal – Orinoco Freight MSA"),
        members_b(7331, 7332, 7333, 7334, 7335, 7336),
        [
            (
                "2035-12-17 09:30",
                7336,
                "hi legal 👋 fyi Orinoco Freight sent back their MSA redlines last night, file's in the matter folder. they'd like to sign before their fiscal year closes\n-- Theo",
            ),
            (
                "2035-12-17 10:10",
                7331,
                "thanks Theo. plan for Orinoco:\n1) Jonas — review the liability cap and indemnity changes by Thursday\n2) Aiko — mark up the data-processing annex\n3) 岡部さん — pull the signed 2033 NDA from the archive\nI'll handle the call with their GC.",
            ),
            ("2035-12-17 10:15", 7334, "承知しました🙇"),
            (
                "2035-12-17 10:40",
                7334,
                RP(7331, 2) + "2033年締結のNDAをマターフォルダに格納しました📁",
            ),
            (
                "2035-12-17 14:00",
                7333,
                RP(7331, 2)
                + "quick q on the annex — do we mark up against our 2034 template or their form?",
            ),
            (
                "2035-12-17 14:20",
                7331,
                RP(7333, 5) + "their form, we're not winning that fight this late 😅",
            ),
            (
                "2035-12-18 09:00",
                7335,
                "[qt]Supplier shall notify Customer of any personal data breach without undue delay and, upon request, provide a written incident summary.[/qt]\nthis is the breach-notice clause they pasted in — same as the one we accepted with Lumen Rail last year, fyi",
            ),
            (
                "2035-12-19 11:00",
                7331,
                task_added(7335, chatwork_lt("2035-12-21", "15:00"), EXEC_TASK, "time"),
            ),
            (
                "2035-12-20 16:30",
                7332,
                RP(7331, 2)
                + "cap review is done except the consequential-damages carve-out — still going back and forth with their counsel on that one",
            ),
            (
                "2035-12-20 16:45",
                7331,
                RP(7332, 2) + "ok — let's move the cap review to next Monday then",
            ),
            (
                "2035-12-21 13:00",
                7335,
                task_done(7335, chatwork_lt("2035-12-21", "15:00"), EXEC_TASK, "time"),
            ),
            ("2035-12-21 13:05", 7336, "got the execution version, thanks Laura 🙏"),
            (
                "2035-12-24 10:00",
                7332,
                RP(7331, 2)
                + "carve-out agreed with their counsel, so the cap review is finished ✅",
            ),
            ("2035-12-24 10:30", 7331, "nice 👏 Aiko, where are we on the annex?"),
            (
                "2035-12-24 11:00",
                7333,
                RP(7331, 2) + "annex is about half marked up — I'll have it done 年内",
            ),
            (
                "2035-12-27 09:00",
                7331,
                "[To:7334]岡部さん Orinoco 更新案件のマターファイル作成をお願いできますか？3営業日以内で大丈夫です🙏",
            ),
            ("2035-12-27 09:30", 7334, RP(7331, 16) + "承知しました。1/7までに対応します🙇"),
            (
                "2035-12-28 17:00",
                7331,
                "last day before the break 🎍 thanks all, office reopens 1/4. I'm offline after COB today",
            ),
            (
                "2036-01-04 10:00",
                7333,
                RP(7331, 2)
                + "annex mark-up sent over to their counsel — sorry it slipped past 年内 🙇",
            ),
        ],
        [
            task(2, ["liability cap"], [7332], ("2035-12-24", "Mon"), "done"),
            task(2, ["annex"], [7333], ("2035-12-31", "Mon"), "done"),
            task(2, ["NDA"], [7334], None, "done"),
            task(2, ["call"], [7331], None, "open"),
            task(8, ["execution version"], [7335], ("2035-12-21T15:00", "Fri"), "done"),
            task(16, ["マターファイル"], [7334], ("2036-01-07", "Mon"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 14
    conv(
        "b26en-14",
        (936014, "Yodogawa Cycle Share – Osaka ops"),
        members_b(7341, 7342, 7343, 7344, 7345),
        [
            (
                "2035-10-03 09:00",
                7341,
                "morning 🚲 FYI: the Nakanoshima docks (12 slots) are closed 10/6–10/8 for the riverside marathon.",
            ),
            ("2035-10-03 09:10", 7342, "noted 👍"),
            (
                "2035-10-03 09:30",
                7343,
                "rebalancing van #2 is back from the garage, brakes replaced. parked at the Kitahama depot",
            ),
            (
                "2035-10-03 10:00",
                7344,
                "if anyone needs the spare battery packs, they're in locker B — just ask",
            ),
            (
                "2035-10-03 11:15",
                7345,
                "[qt]Could you please put a dock near Tenma station? My commute would be so much easier.[/qt]\nanother one of these from the app feedback form 😄 that's the 9th Tenma request this month",
            ),
            (
                "2035-10-03 11:20",
                7341,
                RP(7345, 5) + "ha, planning already has Tenma on the 2036 list",
            ),
            (
                "2035-10-04 08:45",
                7342,
                "heads-up: I'm off tomorrow afternoon, back Monday… wait, Monday is スポーツの日 — back Tuesday then",
            ),
            (
                "2035-10-04 09:30",
                7343,
                "does anyone know if the Umeda depot is open on the holiday?",
            ),
            ("2035-10-04 09:40", 7344, RP(7343, 8) + "skeleton crew 10–16, same as GW"),
            (
                "2035-10-04 13:00",
                7341,
                "[toall] ops sync moved to Thursday 10/11 at 15:00, room 3B 📅",
            ),
            ("2035-10-04 13:05", 7345, ":thumbsup:"),
            (
                "2035-10-05 10:00",
                7345,
                "if the marathon folks call about the closures, feel free to send them my way 🙂",
            ),
            (
                "2035-10-05 14:30",
                7342,
                "Namba dock sensors were reset remotely this morning, all 20 reporting again ✅",
            ),
            ("2035-10-05 16:00", 7343, "thanks Viktor for covering my shift last weekend 🙏"),
            (
                "2035-10-09 09:00",
                7341,
                "marathon's done, Nakanoshima docks reopened at 06:00 — 11 of 12 slots online, #7 still offline, the vendor ticket is already open",
            ),
            (
                "2035-10-09 09:20",
                7344,
                "ridership over the long weekend: 18,420 trips, +12% vs last year 📈 full numbers in the dashboard",
            ),
            ("2035-10-09 10:00", 7345, "I can help out if anyone's swamped this week"),
            ("2035-10-10 17:30", 7342, "reminder that the ops sync is tomorrow 15:00 📌"),
        ],
        [],
    ),
]


CASES = CASES_A + CASES_B
