# ruff: noqa: E501
"""Blind set 27, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b27en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 27, English half A: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (asking for more time on a review, handing work over,
partial progress / retries that still fail, closing something as no longer needed,
"merged / deployed / live" close-outs) and workplace-writing pages (Japanese
business-chat request phrasing with deadlines, 納期延長 / progress-report phrasing,
Slack etiquette and shorthand such as ack / np / on it / emoji acknowledgements).
Every person, company, room, product and sentence here is invented and written
fresh; nothing is copied. Gold dues were computed with a throwaway script in
/tmp/b27/en_a (datetime + jpholiday, one function per row of the spec's deadline
table: today / EOD, tomorrow, bare weekday incl. "by Friday" / "until Monday" /
"— Teo, Sat", next + weekday, this week / 今週中 (sent on a Saturday: the next
Friday), N営業日以内 skipping weekends, Japanese holidays and 12-29 .. 01-03, 年内,
the M/D window rule, and times: noon, 3pm, 5pm, 明日の17時, (~5/8 17:00)), never by
hand; each due carries its weekday so build.py catches a typo. Phrases the spec does
not define (COB, tonight, after lunch, end of next week, 火曜の午後, "before I
submit") appear only in messages that hold no task, or beside a task that has no
deadline at all. Cancelled tasks are left out of the gold, as the spec drops them.
All rooms run on Asia/Tokyo in 2036; one room crosses the year-end break into
January 2037.

Domains: a biotech lab working with a Japanese CRO (mixed; 3営業日以内 over 昭和の日,
Golden Week notice, a to-do list with one dated line), a podcast network production
room (a reminder bot as self account, Chatwork date task added and done, [toall]
without the bot), a co-working space operations team (no task at all), a Tokyo game
localization QA team (mixed; "1) Aiko —" list, "PR is up, ptal", a deadline moved by
the assignee onto 海の日, 3営業日以内 over 海の日), a yacht charter company (a
client's "we need X by Friday", a deadline sent in a separate reply, "• … — Teo,
Sat" list with a "me —" line that is scrapped, failed calls and voicemail over 山の日),
a nonprofit grant office (a human as self account, a long message with the one ask
buried in the middle, "can someone" done by a volunteer, a task done by someone
other than its assignee, [toall] excluding sender and self, "next Monday" landing on
敬老の日), and a furniture maker with a Japanese retailer (mixed; 年内 moved to Friday
by the assignee, 今週中-style "this week" sent on a Saturday, 5営業日以内 across the
year-end break into 2037, a Chatwork time task).

Covers: terse acks (on it, np, will do 👍, ack) that add nothing; implicit asks
after a delivery (ご確認お願いします, "PR is up … ptal", "could you review it?") that
both close the delivered task and open one for the replied-to person; commitments
without a time or an "I" ("will relabel … tomorrow", 図面は明日の17時までにお送り
します, 発注書は1/6にお送りします); a past state before the ask in the same message
(we orderd …; we sent the deposit invoice …; 先週のビルドで …); typos and
abbreviations (orderd, pls chek, snt, w/); choices and days asked that are no task
(8L or 12L?, buffet or plated?, when works for you?, いつなら空いてますか,
ご都合よろしいでしょうか); acceptances that move the deadline at once ("will send them
over by Thursday", "will have them by friday", "agenda will be 10/8 though", "I'll
send the formal quote by Friday"); completions in other words (booked, resent,
uploaded, swapped ✅, LGTM、マージしました, sorted, is live, sent them over,
Chatwork task_done) by reply and bare from an assignee's only open task; a bare
"done ✅" / "added mine 👍" from one assignee of a [toall] task closing nothing; partial
progress and failed attempts (14 of 40, 2 of 3, 41 of 56, 2 of 5, called but no
pick-up, tried twice no answer, voicemail, truck booked but movers not) closing
nothing; cancellations by reply ("never mind", "scrap the crew sheet line", "never
mind the volunteers"); look-alikes that ask for nothing (a bot's digest and
reminder lines, [qt] of a member's complaint and of a task body, a request to wait,
a role ask, "I can help out", a conditional offer, an info ask 教えてください, a
message that hands over what it announces, holiday and maintenance notices).
The room without a task is b27en-03.

Part B
------
Blind set 27, English half B: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue and PR threads (asking for more time / moving a deadline to Monday,
partial progress and "still blocked" updates, closing work as superseded or no
longer needed, "merged / deployed / live" close-outs) and workplace-writing pages
(Japanese business-chat request phrasing with deadlines, Slack etiquette and
shorthand such as ack / np / ptal / EOD and emoji acknowledgements, 納期遅延 notices
from suppliers and factories, 引き継ぎ / 担当変更 requests). Every person, company,
place, room, product and sentence here is invented and written fresh; nothing is
copied. Gold dues were computed with a throwaway script in /tmp/b27/en_b (datetime +
jpholiday, one function per row of the spec's deadline table: today / EOD / 本日中,
tomorrow / 明日, bare weekday ("by Wednesday", "by Friday", "until Friday"), next +
weekday / 来週火曜, this week / 今週中 (incl. sent on a Saturday), N営業日以内 skipping
weekends, Japanese holidays incl. substitute days and 12-29 .. 01-03, 年内, the M/D
window rule across the year end, times: 明日の17時, 3pm, noon, 朝一), never by hand,
and each due carries its weekday so build.py catches a typo. Phrases the spec does
not define (COB, tonight, after lunch, end of next week, "when you can") appear only
in lines that are no task or next to a defined deadline that the spec reads.
Cancelled tasks are left out of the gold, as the spec drops them. All rooms run on
Asia/Tokyo in 2036; one room crosses the year-end break into January 2037. Replies
carry Chatwork's own form: [rp aid=<author of the replied-to message> to=ROOM-MSG].

Domains: a satellite data startup (b27en-08, English, 春分の日: "tomorrow" landing on
the holiday, "by Wednesday" moved by the assignee's "I'll need until Friday"), a
hospital pharmacy procurement team (b27en-09, mixed: Japanese requesters, English
replies; Golden Week with the 5/6 substitute holiday, 3営業日以内 replaced by an
acceptance that names 5/7, a wholesaler's "we need ... back by 4/30"), a film
festival programming room (b27en-10, English, 海の日; no task at all), a fashion
brand and its Japanese sewing factory (b27en-11, mixed: English requesters, Japanese
replies; 敬老の日 and 秋分の日, "next Tuesday", a deadline given in a later reply, 来週火曜の朝一
in an acceptance), a SaaS customer-success team (b27en-12, English; a reminder bot as
self account, Chatwork task_added / task_done with ltype=date and ltype=time,
[toall] excluding sender and bot, "can I have until Wednesday?" + "sure, Wednesday
then"), a school district IT office (b27en-13, English; a human as self account and a
[To:] to it, "this week" sent on a Saturday, the 11/24 振替休日, "by 3pm" moved by
"will do tomorrow", "scrap that"), and a craft brewery with a Tokyo distributor
(b27en-14, mixed both ways; 今週中 moved earlier by the acceptance, 2営業日以内,
年内, 3営業日以内 over the year-end break moved to 1/7 by the requester).

Covers: terse acks (on it, np, ack, will do 👍, 了解です, 承知しました) that add nothing;
implicit-work asks (PR is up, ptal; can you take this?; redo those; send it to them);
commitments without a time or "I" (will fix ... tomorrow, 今週中にやっておきます,
明日確認しまs, "me — update ... by EOD", "I'll loop in finance"); list messages with
"- Ines —", "- 藤井さん:", "• ... — Mateo, tomorrow" and "me" lines; "can someone ..."
with nobody named; a past state stated before the ask (先週...発注済みです。請求書を...);
a long message with a greeting and an FYI paragraph around one buried ask; a
customer's "we need X by <date>"; replies that finish (LGTM, merged, renewed, is
live, sent over, snt, orderd, 発送しました, チェック完了です, 完了しました), move (I'll need
until Friday, let's push ... to 9/24, 1/7で大丈夫です), accept-and-move at once
(realistically 5/7, will do tomorrow, by Wednesday), or cancel ("never mind",
"scrap that") a task; tasks finished by someone other than the assignee (a
[] task renewed or re-enrolled by a colleague, the wholesaler's agreement signed by
Arjun); bare completions from an assignee's only open task; partial progress and
failed attempts that close nothing (2 of 5, 3 of 5, 5 of 12, まだ半分です, まだできて
いません, called twice no answer, job died again, still waiting on, one of two bulbs);
a bare "done for my 6 accounts" from one assignee of a multi-assignee task; look-alikes
that ask for nothing: choices (would you prefer A or B? / どっちがいい？), days asked
(when works for you? / いつなら空いてますか？), FYIs, holiday notices, a pasted
distributor request in 「」, [qt] quoting a task message with a question, reminder
bot lines, offers (just ask, I can help out wherever), a request to wait, promises to
report, reports of others' work, minutes without actions; noise (emoji, :shortcode:,
lowercase, typos, tmrw, -- signatures). The room without a task is b27en-10.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b27en-01 biotech lab × CRO
    7601: "Ingrid Halvorsen",
    7602: "Marcus Oyelaran",
    7603: "Priya Venkataraman",
    7604: "北村 沙織",
    7605: "森永 大輔",
    7606: "Tomás Reyes",
    # b27en-02 podcast network
    7611: "Dana Whitlock",
    7612: "Kofi Mensah-Boateng",
    7613: "Lena Sörensen",
    7614: "Raj Castellano",
    7615: "Yui Tanabe",
    7616: "Cue Bot",
    # b27en-03 co-working space
    7621: "Beatrix Okonkwo-Lund",
    7622: "Hugo Falkenrath",
    7623: "Mina Castellane",
    7624: "Sanjay Rautela",
    7625: "Chloé Ambrose",
    # b27en-04 game localization QA
    7631: "早瀬 健吾",
    7632: "Aiko Brennan",
    7633: "Jonas Virtanen",
    7634: "松本 りさ",
    7635: "Felipe Arriaga",
    7636: "Nadia Kowalczyk",
    # b27en-05 yacht charter
    7641: "Callum Fairweather",
    7642: "Isla Montague",
    7643: "Teo Vasquez-Lind",
    7644: "Rosalind Achebe",
    7645: "Benedikt Strauss",
    7646: "Ama Kobayashi-Fox",
    # b27en-06 nonprofit grant office
    7651: "Orla Pemberton-Hayes",
    7652: "Desmond Achterberg",
    7653: "Keiko Harlan",
    7654: "Rhys Oduya",
    7655: "Solveig Marchetti",
    7656: "Bart Quince",
    # b27en-07 furniture maker × retailer
    7661: "Henrik Lindqvist",
    7662: "Maja Thorsdottir",
    7663: "Ollie Brandt",
    7664: "小野寺 美咲",
    7665: "金子 隆",
    7666: "Esme Fairbanks-Ito",
}


def members(*aids: int) -> list[tuple[int, str]]:
    return [(a, NAMES[a]) for a in aids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header pointing at message n of the room, written by aid."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}\n"


def TO(*aids: int) -> str:
    return "".join(f"[To:{a}]{NAMES[a]}\n" for a in aids)


FINAL_MIX = "ep 118 final mix + loudness pass"
FINAL_MIX_LT = chatwork_lt("2036-06-04")
FINAL_QC = "final QC of the showroom dining set"
FINAL_QC_LT = chatwork_lt("2036-12-24", "15:00")

CASES_A = [
    # ------------------------------------------------------------------
    conv(
        "b27en-01",
        (937001, "Halvorsen Lab × 北星臨床リサーチ｜検体・データ"),
        members(7601, 7602, 7603, 7604, 7605, 7606),
        [
            (
                "2036-04-24 10:05",
                7604,
                "[To:7602]Marcus Oyelaranさん\nお疲れ様です。北村です。\n先週お送りいただいた検体のうち、3本のラベルが判読できませんでした。\n該当ロットの検体リストを4/28までに再送いただけますか。",
            ),
            ("2036-04-24 10:20", 7602, RP(7604, 1) + "on it 👍 will resend by monday"),
            (
                "2036-04-24 11:00",
                7601,
                "[To:7603]Priya\nwe orderd the new dry-ice shippers last week, they land on tue. can you book the courier pickup for the next batch by tomorrow noon?",
            ),
            ("2036-04-24 11:05", 7603, "ack"),
            (
                "2036-04-24 15:40",
                7605,
                "[To:7601]Halvorsen先生\nお世話になっております。北星臨床リサーチの森永です。\n\nGW期間の弊社営業についてご案内いたします。4/29（火）および5/3〜5/6は休業となり、その間のお問い合わせへの回答は5/7以降となります。\n\nつきましては、中間データのクエリ（全40件）へのご回答を3営業日以内にいただけますでしょうか。\n\nご不明点がございましたら、お気軽にご連絡ください。\n引き続きよろしくお願いいたします。",
            ),
            (
                "2036-04-25 09:10",
                7603,
                RP(7601, 3) + "pickup booked for Tue 4/29, 9–11. conf # is in the sheet",
            ),
            (
                "2036-04-25 09:30",
                7601,
                "Marcus, Priya — for the June batch, would you prefer the 8L or the 12L shippers?",
            ),
            ("2036-04-25 09:40", 7602, "12L imo, the 8L ones barely fit the racks"),
            (
                "2036-04-25 13:00",
                7606,
                "fyi the courier's GW schedule is pinned on the board. I'm around after lunch if anyone needs the dock key 🔑",
            ),
            (
                "2036-04-28 10:00",
                7602,
                RP(7604, 1)
                + "resent the sample list — v2 is in the shared folder, the 3 unreadable tubes are flagged in red",
            ),
            ("2036-04-28 10:20", 7604, RP(7602, 10) + "受領しましたー、ありがとうございます🙏"),
            (
                "2036-04-28 11:00",
                7601,
                RP(7605, 5)
                + "Morinaga-san, 14 of the 40 queries answered so far, rest to follow 🙏",
            ),
            (
                "2036-04-30 09:00",
                7601,
                RP(7605, 5) + "all 40 queries answered and uploaded to the portal ✅",
            ),
            ("2036-04-30 09:20", 7605, RP(7601, 13) + "受領いたしました。ありがとうございます。"),
            (
                "2036-04-30 10:00",
                7604,
                "[To:7602]Marcus Oyelaranさん\n[To:7603]Priya Venkataramanさん\n次回出荷に向けて、以下お願いします。\n・次回出荷分の温度ログの提出（Marcusさん）\n・逸脱報告書のドラフト作成（Priyaさん）(~5/8 17:00)",
            ),
            (
                "2036-05-01 11:00",
                7602,
                "re the 3 unreadable tubes — will relabel the retained aliquots tomorrow so they match v2",
            ),
            ("2036-05-02 10:30", 7602, RP(7602, 16) + "relabelled ✔ photos are in the folder"),
            (
                "2036-05-07 09:30",
                7603,
                RP(7604, 15) + "deviation report draft uploaded to the shared folder 📄",
            ),
            (
                "2036-05-07 10:00",
                7602,
                RP(7604, 15)
                + "temp logs: exported 2 of 3 loggers, the third one won't connect 😩 still on it",
            ),
        ],
        [
            task(1, ["検体リスト"], [7602], ("2036-04-28", "Mon"), "done"),
            task(3, ["courier pickup"], [7603], ("2036-04-25T12:00", "Fri"), "done"),
            task(5, ["クエリ"], [7601], ("2036-04-30", "Wed"), "done"),
            task(15, ["温度ログ"], [7602], None, "open"),
            task(15, ["逸脱報告書"], [7603], ("2036-05-08T17:00", "Thu"), "done"),
            task(16, ["relabel"], [7602], ("2036-05-02", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b27en-02",
        (937002, "Tidewater Audio — production"),
        members(7611, 7612, 7613, 7614, 7615, 7616),
        [
            (
                "2036-06-02 09:00",
                7616,
                "⏰ Daily digest — 3 episodes in post. Next publish: ep 118 “Salt Roads”, Thu 6/5 06:00.",
            ),
            ("2036-06-02 09:15", 7611, task_added(7612, FINAL_MIX_LT, FINAL_MIX, "date")),
            ("2036-06-02 09:20", 7612, "np 👍"),
            (
                "2036-06-02 10:05",
                7611,
                "[toall] ep 119 prep:\n- Lena: rewrite the cold open, the sponsor read runs long\n- Raj: cut 3 audiograms by Thursday\n- me: chase the sponsor for new ad copy",
            ),
            ("2036-06-02 10:12", 7613, "on it"),
            (
                "2036-06-02 10:30",
                7614,
                RP(7611, 4) + "thursday's tight w/ the launch posts — will have them by friday 🙏",
            ),
            (
                "2036-06-02 14:00",
                7615,
                "booking q: when works for everyone for the guest prep call, wed or thu?",
            ),
            ("2036-06-02 14:10", 7613, "thu am for me"),
            (
                "2036-06-02 16:00",
                7611,
                "[toall] please add your July recording availability to the sheet by Wednesday 📅",
            ),
            (
                "2036-06-03 11:00",
                7612,
                "[qt][qtmeta aid=7611 time={t2}]"
                + FINAL_MIX
                + "[/qt]\nat -16 LUFS now but the ad break still clips, re-exporting 🔁",
            ),
            (
                "2036-06-03 16:30",
                7611,
                "[To:7612]Kofi Mensah-Boateng\ncan you also pull the uncut interview for the bonus ep by EOD?",
            ),
            ("2036-06-03 17:00", 7615, "added mine 👍"),
            ("2036-06-04 15:00", 7612, task_done(7612, FINAL_MIX_LT, FINAL_MIX, "date")),
            (
                "2036-06-04 15:05",
                7616,
                "✅ “" + FINAL_MIX + "” was completed by Kofi Mensah-Boateng",
            ),
            (
                "2036-06-04 17:30",
                7614,
                RP(7611, 4) + "2 of 3 audiograms done, last one's waiting on the waveform template",
            ),
            (
                "2036-06-05 09:00",
                7616,
                "⏰ Reminder: “ep 119 audiograms” is due tomorrow (Raj Castellano)",
            ),
            (
                "2036-06-05 10:00",
                7611,
                RP(7611, 4) + "re the sponsor copy — never mind, they're reusing last month's read",
            ),
            (
                "2036-06-05 11:20",
                7613,
                RP(7611, 4)
                + "rewrote the cold open, ~40s shorter, it's in the doc. Dana could you review it?",
            ),
            ("2036-06-05 15:00", 7611, RP(7613, 18) + "LGTM, nice and tight 👌"),
            ("2036-06-06 12:00", 7614, RP(7611, 4) + "all 3 audiograms uploaded to the drive 🎉"),
        ],
        [
            task(2, ["final mix"], [7612], ("2036-06-04", "Wed"), "done"),
            task(4, ["cold open"], [7613], None, "done"),
            task(4, ["audiograms"], [7614], ("2036-06-06", "Fri"), "done"),
            task(9, ["availability"], [7612, 7613, 7614, 7615], ("2036-06-04", "Wed"), "open"),
            task(11, ["uncut interview"], [7612], ("2036-06-03", "Tue"), "open"),
            task(18, ["review"], [7611], None, "done"),
        ],
        self_account_id=7616,
    ),
    # ------------------------------------------------------------------
    conv(
        "b27en-03",
        (937003, "Kanda Loft — ops"),
        members(7621, 7622, 7623, 7624, 7625),
        [
            (
                "2036-10-06 09:00",
                7621,
                "morning all ☀️ weekly notes:\n1) 4 new members start this week\n2) boiler service Thu 10/9, 9:00–12:00 — no hot water on 3F\n3) 10/13 (Mon) is Sports Day: doors open 10:00–18:00, no staffed desk",
            ),
            ("2036-10-06 09:05", 7624, "ack 👍"),
            (
                "2036-10-06 09:40",
                7622,
                "Oct event calendar, for reference:\n- Fri 10/10 19:00 founders' mixer\n- Fri 10/17 12:00 lunch & learn: bookkeeping basics\n- Fri 10/24 18:30 board game night 🎲",
            ),
            (
                "2036-10-06 10:15",
                7623,
                "fyi the 2F printer is jamming again. if it acts up for you, let me know and I'll swap the drum 🖨️",
            ),
            (
                "2036-10-06 11:00",
                7625,
                "quick poll: would you prefer the mixer in the lounge or up on the roof if the weather holds? 🌤",
            ),
            ("2036-10-06 11:05", 7622, "roof!! 🙌"),
            ("2036-10-06 11:10", 7624, "lounge — the roof heaters are still busted lol"),
            (
                "2036-10-06 14:30",
                7621,
                "[qt]Hi, the phone booth on 3F smells of coffee again. Could someone please give it a proper clean? — a member[/qt]\ncame in through the feedback form. Mina already has it on her Thursday round, just so everyone knows",
            ),
            ("2036-10-06 14:35", 7623, "👍"),
            (
                "2036-10-07 09:20",
                7621,
                "please hold off on booking meeting room B for next week until the landlord confirms the aircon repair. he said he'd get back to me by COB, I'll share once I hear",
            ),
            ("2036-10-07 09:25", 7625, "ok, holding 👌"),
            (
                "2036-10-07 13:00",
                7622,
                "is anyone up for being fire warden for the drill on the 20th?",
            ),
            ("2036-10-07 13:10", 7624, "I can help out if nobody else wants it"),
            (
                "2036-10-08 10:00",
                7625,
                "Beatrix, when works for you for the Q4 events chat? I'm free thu pm or fri am",
            ),
            ("2036-10-08 10:30", 7621, "fri am 👌"),
            ("2036-10-09 12:30", 7623, "boiler service done, hot water's back on 3F 🚿"),
            (
                "2036-10-09 17:00",
                7621,
                "landlord got back: aircon's fixed, room B is bookable again. the new lease terms should land by the end of next week. thanks for waiting everyone 🙏\n-- Bea",
            ),
            (
                "2036-10-10 18:00",
                7624,
                "wifi maintenance tonight 01:00–03:00, heads up night owls 🦉",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    conv(
        "b27en-04",
        (937004, "LocQA｜Project Hoshikage (EN)"),
        members(7631, 7632, 7633, 7634, 7635, 7636),
        [
            (
                "2036-07-14 10:00",
                7631,
                TO(7632, 7633, 7636)
                + "お疲れ様です。今週のLQA分担です。\n1) Aiko — 第3章のテキストはみ出しチェック（今週中）\n2) Jonas — UI用語の統一（glossary v4準拠）\n3) Nadia — クエスト名リストの最終校正、7/17まで\nよろしくお願いします。",
            ),
            ("2036-07-14 10:10", 7632, "will do 👍"),
            ("2036-07-14 10:12", 7633, "ack"),
            (
                "2036-07-14 11:30",
                7635,
                "FYI build 0.9.412 is on the test kits, patch notes are in the wiki",
            ),
            (
                "2036-07-14 15:00",
                7634,
                "[To:7635]Felipeさん\n先週のビルドでフォント差し替えをお願いしていましたが、まだ旧フォントのままでした。\n差し替え済みのビルドを明日の17時までにアップしていただけますか。",
            ),
            (
                "2036-07-14 15:20",
                7635,
                RP(7634, 5) + "sorry, missed that 🙇 new build w/ the font swap by tomorrow 5pm",
            ),
            ("2036-07-15 16:40", 7635, RP(7634, 5) + "0.9.415 is on the kits, font swapped ✅"),
            (
                "2036-07-15 17:00",
                7633,
                RP(7631, 1) + "glossary pass done — PR is up (#233), 18 strings. ptal 🙏",
            ),
            ("2036-07-16 10:00", 7631, RP(7633, 8) + "LGTM、マージしました👍"),
            (
                "2036-07-16 11:00",
                7636,
                RP(7631, 1)
                + "quest names: 41 of 56 proofread, the rest need context — still blocked on the lore doc",
            ),
            (
                "2036-07-16 11:30",
                7634,
                "[To:7636]Nadiaさん\nlore docはこちらです → 共有ドライブ / Hoshikage / lore_v2.pdf",
            ),
            (
                "2036-07-17 09:00",
                7636,
                RP(7631, 1)
                + "quest names — I'll need until Monday, the lore doc raised more questions than it answered 😅",
            ),
            (
                "2036-07-17 14:00",
                7632,
                RP(7631, 1)
                + "ch3 overflow: 2 of 5 scenes checked, build keeps crashing in scene 4 😩",
            ),
            (
                "2036-07-18 10:00",
                7631,
                "[To:7632]Aikoさん\n追加で、第4章のボイス字幕のタイミング確認を3営業日以内にお願いします。\n（7/21は祝日なのでご注意ください）",
            ),
            ("2036-07-18 10:05", 7632, "np!"),
            (
                "2036-07-18 16:00",
                7632,
                RP(7631, 1) + "ch3 overflow check done, all 5 scenes — 7 boxes logged as bugs 🐛",
            ),
            (
                "2036-07-22 10:00",
                7634,
                "[To:7631]早瀬さん\n来週のキックオフ、いつなら空いてますか？",
            ),
            ("2036-07-22 10:10", 7631, "火曜の午後なら大丈夫です"),
            (
                "2036-07-22 11:00",
                7636,
                RP(7631, 1) + "quest names proofread, final list is in the sheet ✨",
            ),
        ],
        [
            task(1, ["はみ出し"], [7632], ("2036-07-18", "Fri"), "done"),
            task(1, ["用語"], [7633], None, "done"),
            task(1, ["クエスト名"], [7636], ("2036-07-21", "Mon"), "done"),
            task(5, ["ビルド"], [7635], ("2036-07-15T17:00", "Tue"), "done"),
            task(8, ["PR"], [7631], None, "done"),
            task(14, ["字幕"], [7632], ("2036-07-24", "Thu"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b27en-05",
        (937005, "Blue Meridian Charters — ops"),
        members(7641, 7642, 7643, 7644, 7645, 7646),
        [
            (
                "2036-08-04 09:30",
                7644,
                "[To:7642]Isla\nhi 👋 we signed the charter agreement on Friday, thank you! for the 8/16 sail we need the catering menu options by Friday — our CEO wants to pick himself 😅\n-- Ros",
            ),
            (
                "2036-08-04 09:45",
                7642,
                RP(7644, 1) + "thanks Ros! will send them over by Thursday 🙂",
            ),
            (
                "2036-08-04 10:30",
                7641,
                "[To:7645]Benedikt\ncan you pls chek the port engine on Meridian II? the impeller was making noise on Saturday's run",
            ),
            ("2036-08-04 10:35", 7641, RP(7641, 3) + "*by Wednesday ideally"),
            ("2036-08-04 10:40", 7645, "will do 👍"),
            (
                "2036-08-04 13:00",
                7641,
                "crew & prep for the 16th:\n• confirm 2 deckhands — Teo, Sat\n• fuel order for Meridian II — Benedikt\n• me — update the crew sheet",
            ),
            (
                "2036-08-05 11:00",
                7643,
                RP(7641, 6) + "called both deckhands — Kaito said yes, Rui didn't pick up 📵",
            ),
            (
                "2036-08-05 15:00",
                7645,
                RP(7641, 3) + "port engine checked, replaced the impeller, runs smooth now ⚙️",
            ),
            (
                "2036-08-06 09:00",
                7641,
                "[To:7646]Ama\nwe sent Harbourlight the deposit invoice last week. can you send them the balance invoice too? by 8/8 pls, their AP closes early for Obon",
            ),
            (
                "2036-08-06 09:30",
                7642,
                RP(7644, 1)
                + "sent the 3 menu options to your inbox just now 📧 would you prefer buffet or plated service?",
            ),
            ("2036-08-06 10:15", 7644, RP(7642, 10) + "thanks!! Mediterranean, plated 😊"),
            (
                "2036-08-06 14:00",
                7641,
                RP(7641, 6)
                + "scrap the crew sheet line — the new booking system fills it in automatically 🙃",
            ),
            (
                "2036-08-07 10:00",
                7643,
                RP(7641, 6) + "both deckhands confirmed for the 16th ✅ (Kaito + Rui)",
            ),
            (
                "2036-08-07 11:00",
                7645,
                RP(7641, 6)
                + "fuel: the usual supplier's shut for the holiday till Tuesday, tried the backup one twice, no answer",
            ),
            (
                "2036-08-08 09:00",
                7644,
                "[To:7641]Callum\n[To:7642]Isla\none more thing — we need the boarding time and pier number confirmed in writing by 8/12, our travel desk keeps asking 🙏",
            ),
            (
                "2036-08-08 09:30",
                7646,
                RP(7641, 9) + "done — balance invoice snt to Harbourlight, cc'd you 📨",
            ),
            (
                "2036-08-08 11:00",
                7642,
                RP(7644, 15)
                + "confirmed by email to your travel desk just now: Pier 3, boarding 10:30 ⚓",
            ),
            (
                "2036-08-12 10:00",
                7645,
                "fuel: left a voicemail with the usual supplier, they're back tomorrow",
            ),
        ],
        [
            task(1, ["catering menu"], [7642], ("2036-08-07", "Thu"), "done"),
            task(3, ["port engine"], [7645], ("2036-08-06", "Wed"), "done"),
            task(6, ["deckhands"], [7643], ("2036-08-09", "Sat"), "done"),
            task(6, ["fuel"], [7645], None, "open"),
            task(9, ["balance invoice"], [7646], ("2036-08-08", "Fri"), "done"),
            task(15, ["boarding"], [7641, 7642], ("2036-08-12", "Tue"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b27en-06",
        (937006, "Fernbrook Foundation — grants office"),
        members(7651, 7652, 7653, 7654, 7655, 7656),
        [
            (
                "2036-09-08 09:00",
                7651,
                "Good morning all, hope the weekend was restful 🍂\n\nA bit of context for the week: the Arden Trust moved their decision meeting to early October, so there's a little more breathing room on the capacity grant. The board also asked for a lighter report format this cycle — Solveig is drafting a template.\n\n[To:7652]Desmond, could you pull the 2035 outcomes numbers for the Arden application by Thursday?\n\nOtherwise nothing urgent. Enjoy the long weekend next week!\n-- Orla",
            ),
            ("2036-09-08 09:20", 7652, "will do"),
            (
                "2036-09-08 10:00",
                7654,
                "can someone proofread the Lakeshore budget narrative before I submit? it's 2 pages 🙏",
            ),
            (
                "2036-09-08 13:30",
                7655,
                RP(7654, 3) + "done — 3 small fixes, tracked changes in the doc ✍️",
            ),
            (
                "2036-09-09 11:00",
                7652,
                "[toall] please add your October PTO to the shared calendar by next Monday 🗓",
            ),
            ("2036-09-09 11:10", 7656, "done ✅"),
            (
                "2036-09-09 14:00",
                7651,
                "[To:7653]Keiko\nwe got the Arden award letter yesterday 🎉 can you send them the signed grant acceptance form by 3pm on 9/12?",
            ),
            (
                "2036-09-10 09:00",
                7653,
                RP(7651, 7)
                + "signed on our side, still waiting on the ED's countersignature before I can send it",
            ),
            (
                "2036-09-11 16:00",
                7652,
                RP(7651, 1)
                + "pulled the 2035 outcomes numbers, they're in the Arden folder (2035 tab) 📊",
            ),
            (
                "2036-09-12 10:30",
                7652,
                RP(7651, 7)
                + "Keiko's off sick today so I sent the acceptance form to Arden myself — ED countersigned this morning 📨",
            ),
            ("2036-09-12 11:00", 7651, "thank you Desmond 🙏"),
            (
                "2036-09-12 14:00",
                7651,
                "Arden kickoff prep:\n- Rhys: draft the site-visit agenda, 10/3\n- Bart: line up 4 volunteers for the site visit\nthe visit itself is 10/20",
            ),
            (
                "2036-09-12 14:20",
                7654,
                RP(7651, 12)
                + "on it — agenda will be 10/8 though, still waiting on the venue's room list",
            ),
            (
                "2036-09-16 10:30",
                7656,
                RP(7651, 12) + "volunteers: 3 of 4 confirmed, one more ask out",
            ),
            (
                "2036-09-17 09:00",
                7651,
                "[To:7654]Rhys\nwhen works for you for a 30-min prep on the Lakeshore submission, thu or fri?",
            ),
            ("2036-09-17 09:15", 7654, "fri 2pm works 👍"),
            (
                "2036-09-19 17:00",
                7651,
                RP(7651, 12)
                + "Bart — never mind the volunteers, Arden is bringing their own team 🙃 thanks for the legwork!",
            ),
            ("2036-09-24 11:00", 7654, RP(7651, 12) + "agenda draft shared in the Arden folder ✍️"),
        ],
        [
            task(1, ["outcomes"], [7652], ("2036-09-11", "Thu"), "done"),
            task(3, ["budget narrative"], [], None, "done"),
            task(5, ["PTO"], [7653, 7654, 7655, 7656], ("2036-09-15", "Mon"), "open"),
            task(7, ["acceptance form"], [7653], ("2036-09-12T15:00", "Fri"), "done"),
            task(12, ["agenda"], [7654], ("2036-10-08", "Wed"), "done"),
        ],
        self_account_id=7651,
    ),
    # ------------------------------------------------------------------
    conv(
        "b27en-07",
        (937007, "Lindqvist Woodworks × 暮らしの森｜新店展示"),
        members(7661, 7662, 7663, 7664, 7665, 7666),
        [
            (
                "2036-12-15 10:00",
                7664,
                "[To:7666]Esmeさん\nお世話になっております。暮らしの森の小野寺です。\n先日ご提案いただいたオーク材のダイニングセット、新店の展示で採用することになりました。\n正式なお見積書を年内にお送りいただけますでしょうか。",
            ),
            (
                "2036-12-15 10:30",
                7666,
                RP(7664, 1) + "ありがとうございます！🙌 I'll send the formal quote by Friday",
            ),
            (
                "2036-12-15 11:00",
                7665,
                "[To:7663]Ollieさん\n展示用サンプルの搬入は1/9（金）を予定しています。トラックのサイズを教えてください。\n搬入経路の図面は明日の17時までにお送りします。",
            ),
            ("2036-12-15 11:20", 7663, "2t truck w/ tail lift 👍"),
            (
                "2036-12-16 16:50",
                7665,
                "[To:7663]Ollieさん\n搬入経路の図面をメールでお送りしました。",
            ),
            (
                "2036-12-17 09:00",
                7663,
                "got the drawings, thx — the 2nd door is 90cm so we'll hand-carry the table top",
            ),
            ("2036-12-18 10:00", 7661, task_added(7662, FINAL_QC_LT, FINAL_QC, "time")),
            ("2036-12-18 10:05", 7662, "ack"),
            (
                "2036-12-19 15:00",
                7666,
                RP(7664, 1)
                + "小野寺さん、formal quote sent by email just now (Q-2036-118) 📄 ご確認お願いします",
            ),
            ("2036-12-19 15:30", 7664, RP(7666, 9) + "拝受しました。社内で確認いたします。"),
            (
                "2036-12-20 11:00",
                7663,
                "[To:7662]Maja\ncan you get the crate dims to the forwarder this week? sorry for the weekend ping 🙇",
            ),
            ("2036-12-22 09:30", 7662, RP(7663, 11) + "sent them over this morning 📦"),
            ("2036-12-24 14:30", 7662, task_done(7662, FINAL_QC_LT, FINAL_QC, "time")),
            (
                "2036-12-25 10:00",
                7664,
                RP(7666, 9)
                + "社内で確認完了しました、問題ありません🙆‍♀️ 発注書は1/6にお送りします。",
            ),
            (
                "2036-12-25 10:30",
                7665,
                "[To:7663]Ollieさん\n1/9の搬入に向けて、トラックと作業員2名の手配を5営業日以内にお願いできますか。",
            ),
            (
                "2036-12-25 11:00",
                7663,
                RP(7665, 15)
                + "truck booked ✅ movers: called the agency twice, they're closed till 1/5 📵",
            ),
            (
                "2036-12-26 17:00",
                7661,
                "[toall] office closed 12/27–1/4. happy holidays everyone 🎄\n-- Henrik",
            ),
            (
                "2037-01-05 10:00",
                7663,
                RP(7665, 15) + "movers sorted too — 2 people on 1/9 from 8:00. all set 🚚",
            ),
            (
                "2037-01-05 11:00",
                7666,
                "[To:7664]小野寺さん\nあけましておめでとうございます🎍 1月の商談、いつならご都合よろしいでしょうか？",
            ),
        ],
        [
            task(1, ["見積"], [7666], ("2036-12-19", "Fri"), "done"),
            task(3, ["図面"], [7665], ("2036-12-16T17:00", "Tue"), "done"),
            task(7, ["final QC"], [7662], ("2036-12-24T15:00", "Wed"), "done"),
            task(9, ["確認"], [7664], None, "done"),
            task(11, ["crate dims"], [7662], ("2036-12-26", "Fri"), "done"),
            task(14, ["発注書"], [7664], ("2037-01-06", "Tue"), "open"),
            task(15, ["手配"], [7663], ("2037-01-08", "Thu"), "done"),
        ],
    ),
]


NAMES_B = {
    # b27en-08 satellite data startup
    7681: "Priya Raman",
    7682: "Tomasz Wrona",
    7683: "Keiko Adachi",
    7684: "Dev Malhotra",
    7685: "Ines Carvalho",
    7686: "Sam Okafor",
    # b27en-09 hospital pharmacy procurement
    7691: "中村 恵子",
    7692: "Liam Fletcher",
    7693: "Rosa Lindqvist",
    7694: "小野 大輔",
    7695: "Arjun Mehta",
    7696: "Carmen Wu",
    # b27en-10 film festival programming
    7701: "Margot Selby",
    7702: "Hugo Baptiste",
    7703: "Naledi Khumalo",
    7704: "Ren Takahashi",
    7705: "Oskar Lind",
    # b27en-11 fashion brand and its sewing factory
    7711: "Clara Voss",
    7712: "Jun Whitfield",
    7713: "丸岡 聡",
    7714: "井上 真由美",
    7715: "Bea Sandoval",
    7716: "藤井 翔",
    # b27en-12 SaaS customer success (7726 is the reminder bot chatsync reads with)
    7721: "Hannah Brooks",
    7722: "Mateo Ruiz",
    7723: "Yuki Sorensen",
    7724: "Femi Adeyemi",
    7725: "Lotte Janssen",
    7726: "Tessaly Bot",
    # b27en-13 school district IT office (7731 is the human account chatsync reads with)
    7731: "Dana Whitlock",
    7732: "Kenji Moreau",
    7733: "Alicia Ferreira",
    7734: "Tobias Grant",
    7735: "Priyanka Shah",
    7736: "Leland Ott",
    # b27en-14 craft brewery and its Tokyo distributor
    7741: "Owen Marsh",
    7742: "Freya Lindahl",
    7743: "佐々木 健",
    7744: "森田 あや",
    7745: "Caleb Novak",
    7746: "高橋 隼人",
}


QBR_LT = chatwork_lt("2036-11-05")  # b27en-12, ltype=date
ARVENLY_LT = chatwork_lt("2036-11-13", "15:00")  # b27en-12, ltype=time


def members_b(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES_B[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header pointing at message n of the same room."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES_B[aid]}\n"


CASES_B = [
    # b27en-08: satellite data startup, English only, around 春分の日 (Thu 3/20).
    conv(
        "b27en-08",
        (937008, "Orbitkeel — ground segment"),
        members_b(7681, 7682, 7683, 7684, 7685, 7686),
        [
            (
                "2036-03-17 09:10",
                7681,
                "morning all ☕ FYI next week's Skarvik pass schedule is in the sheet, and the Tannhollow S-band antenna is down for maintenance Wed–Thu.",
            ),
            (
                "2036-03-17 09:40",
                7682,
                "[To:7684]Dev Malhotra\nPR is up for the downlink checksum fix (#412), ptal when you get a sec",
            ),
            ("2036-03-17 10:05", 7684, RP(7682, 2) + "on it"),
            (
                "2036-03-17 11:20",
                7681,
                "action items from the Veldmark Agri call 📝\n- Ines — regenerate the 3–9 March NDVI tiles, the cloud mask was off\n- me — update the SLA appendix by EOD",
            ),
            (
                "2036-03-17 11:22",
                7681,
                "[To:7683]Keiko Adachi\nKeiko, could you send Veldmark the revised tasking quote by Wednesday? they asked for it on the call",
            ),
            (
                "2036-03-17 11:30",
                7686,
                "I'm out after lunch (dentist 🦷), back tomorrow",
            ),
            (
                "2036-03-17 14:05",
                7685,
                RP(7681, 4)
                + "2 of 5 tiles regenerated so far, the rest are stuck behind the reprocessing queue ⏳",
            ),
            (
                "2036-03-17 16:40",
                7682,
                "can someone renew the staging TLS cert? browsers are already yelling 🙃",
            ),
            (
                "2036-03-17 17:55",
                7681,
                "SLA appendix updated, v2.3 is in the contracts folder",
            ),
            (
                "2036-03-18 09:30",
                7683,
                RP(7681, 5) + "I'll need until Friday — finance still owes me the new per-km² rate",
            ),
            ("2036-03-18 10:15", 7684, RP(7682, 2) + "LGTM 👍 merged"),
            ("2036-03-18 10:50", 7684, RP(7682, 8) + "renewed, good till june"),
            (
                "2036-03-19 17:30",
                7682,
                "will fix the flaky TLE ingest test tomorrow, too fried now 🫠",
            ),
            ("2036-03-19 17:40", 7686, "tomorrow's 春分の日 btw, office is closed 🌸"),
            (
                "2036-03-19 18:05",
                7685,
                "tried rerunning with the fixed mask — job died at tile 3 again. still blocked on the reprocessing queue",
            ),
            (
                "2036-03-19 18:20",
                7681,
                "for the Veldmark demo deck — would you prefer false colour or true colour for the flood scenes? either's fine by me",
            ),
            (
                "2036-03-21 10:00",
                7686,
                "Priya, when works for you for the demo dry run? I'm free most of Tuesday",
            ),
            (
                "2036-03-21 16:45",
                7683,
                RP(7681, 5) + "snt the quote over to Veldmark 📨\n-- K",
            ),
            ("2036-03-21 17:10", 7681, "thanks all, have a good weekend :beers:"),
        ],
        [
            task(2, ["checksum"], [7684], None, "done"),
            task(4, ["NDVI"], [7685], None, "open"),
            task(4, ["SLA appendix"], [7681], ("2036-03-17", "Mon"), "done"),
            task(5, ["quote"], [7683], ("2036-03-21", "Fri"), "done"),
            task(8, ["TLS"], [], None, "done"),
            task(13, ["TLE"], [7682], ("2036-03-20", "Thu"), "open"),
        ],
    ),
    # b27en-09: hospital pharmacy procurement, mixed (Japanese requesters, English replies), Golden Week.
    conv(
        "b27en-09",
        (937009, "薬剤部 調達 / Pharmacy procurement"),
        members_b(7691, 7692, 7693, 7694, 7695, 7696),
        [
            (
                "2036-04-21 09:00",
                7691,
                "おはようございます。連休前の発注締めについて共有です。卸への最終発注は4/25（金）正午です。連休中は当番表のとおり対応します。",
            ),
            (
                "2036-04-21 09:20",
                7691,
                "[To:7692]Liam Fletcherさん\n先週セフトリアキソン注1gを200バイアル発注済みです。Hoshida Medical さんから請求書を取り寄せていただけますか？明日の17時までにお願いします。",
            ),
            ("2036-04-21 09:35", 7692, RP(7691, 2) + "will do 👍"),
            ("2036-04-21 10:10", 7694, "冷所の在庫棚卸し、今週中にやっておきます"),
            (
                "2036-04-21 11:00",
                7696,
                "Hello 中村さん and team, Carmen from Hoshida Medical here. FYI over Golden Week, orders placed after 4/25 noon will ship on 5/7. Separately, we need your signed quarterly price agreement back by 4/30 so the May prices apply.\nBest, Carmen",
            ),
            (
                "2036-04-22 16:50",
                7692,
                RP(7691, 2) + "Hoshida says the invoice goes out tmrw 🤞",
            ),
            (
                "2036-04-23 10:20",
                7691,
                "[To:7692]Liam Fletcherさん\nヘパリンロック用シリンジの在庫が少ないので、本日中に追加発注お願いします🙏",
            ),
            ("2036-04-23 10:55", 7692, RP(7691, 7) + "orderd, PO 55310 👍"),
            (
                "2036-04-23 15:30",
                7692,
                RP(7691, 2) + "invoice came in this morning, forwarded to 経理 ✅",
            ),
            (
                "2036-04-24 17:00",
                7694,
                "冷所の棚卸し、まだ半分です💦 麻薬金庫の監査で時間を取られました",
            ),
            (
                "2036-04-25 09:10",
                7691,
                "[To:7693]Rosa Lindqvistさん\nバンコマイシンの供給停止の件、代替品2社分の見積比較を3営業日以内にお願いできますか？",
            ),
            (
                "2036-04-25 09:40",
                7693,
                RP(7691, 11)
                + "sure — realistically 5/7 though, Kisaragi Pharma's office is shut over GW. I'll get both quotes to you by then",
            ),
            (
                "2036-04-25 11:00",
                7694,
                "冷所の棚卸し完了しました。差異2件はシートに記入済みです",
            ),
            (
                "2036-04-25 11:30",
                7691,
                "[To:7694]小野 大輔さん\n連休中の当番、5/3と5/4どっちがいい？",
            ),
            ("2036-04-25 11:40", 7694, RP(7691, 14) + "5/4がいいです！"),
            (
                "2036-04-30 10:00",
                7695,
                RP(7696, 5)
                + "signed the price agreement with 中村さん and sent it back to Hoshida this morning ✍️",
            ),
            (
                "2036-05-01 16:30",
                7694,
                "3病棟サテライトの温度ロガー、またアラームが出ています。明日確認しまs",
            ),
            (
                "2036-05-01 17:00",
                7691,
                "連休明けに発注フローの振り返りをしたいのですが、皆さんいつなら空いてますか？",
            ),
            ("2036-05-01 17:20", 7695, "Wed 5/7 afternoon works for me"),
        ],
        [
            task(2, ["請求書"], [7692], ("2036-04-22T17:00", "Tue"), "done"),
            task(4, ["棚卸し"], [7694], ("2036-04-25", "Fri"), "done"),
            task(5, ["price agreement"], [], ("2036-04-30", "Wed"), "done"),
            task(7, ["シリンジ"], [7692], ("2036-04-23", "Wed"), "done"),
            task(11, ["見積"], [7693], ("2036-05-07", "Wed"), "open"),
            task(17, ["温度ロガー"], [7694], ("2036-05-02", "Fri"), "open"),
        ],
    ),
    # b27en-10: film festival programming room, English only, around 海の日 (Mon 7/21). No task at all.
    conv(
        "b27en-10",
        (937010, "Lanternfall FF — programming"),
        members_b(7701, 7702, 7703, 7704, 7705),
        [
            (
                "2036-07-14 09:30",
                7701,
                "morning! programming committee meets Thu 7/17 at 15:00 in the Kestrel room, agenda to follow",
            ),
            ("2036-07-14 09:45", 7702, "👍"),
            (
                "2036-07-14 10:20",
                7703,
                "FYI the sales agent for the Oyelaran doc confirmed premiere status — world premiere, no festival before us 🎉",
            ),
            (
                "2036-07-14 11:05",
                7704,
                "shortlist notes from the weekend screenings are here: https://notes.lanternfall.example/shortlist-wk28 — 14 titles, 5 flagged for a second look",
            ),
            (
                "2036-07-14 13:40",
                7705,
                "if anyone needs the screener links resent, just ask",
            ),
            (
                "2036-07-15 10:00",
                7701,
                "Corvid Films wrote back, pasting for context:\n「Please send us the final screening schedule and the Q&A moderator's name by 7/25.」\nnothing to do until the schedule is locked.",
            ),
            (
                "2036-07-15 10:30",
                7702,
                "I'll let you know as soon as the sales agent for 'Salt Years' gets back to me",
            ),
            (
                "2036-07-15 14:00",
                7703,
                "quick q — does the Mitsuhama hall have a DCP server or only Blu-ray?",
            ),
            ("2036-07-15 14:10", 7704, RP(7703, 8) + "DCP, they upgraded last year"),
            (
                "2036-07-16 09:15",
                7701,
                "reminder: office is closed Mon 7/21 for 海の日, screenings resume Tue. the catalogue goes to the printer end of next week",
            ),
            (
                "2036-07-16 11:00",
                7705,
                "Margot — for opening night, would you prefer the Oyelaran doc or 'Salt Years'?",
            ),
            (
                "2036-07-16 11:30",
                7701,
                RP(7705, 11) + "leaning Oyelaran, but it's the committee's call",
            ),
            (
                "2036-07-16 15:20",
                7702,
                "Naledi wrote the jury letters yesterday, they went out this morning",
            ),
            (
                "2036-07-17 16:45",
                7701,
                "minutes from today: opening night = Oyelaran doc (unanimous), closing night TBD, subtitling budget approved at ¥1.2M. no action items this week.",
            ),
            (
                "2036-07-17 17:00",
                7703,
                "when works for you all for a short sync next week? I'm around Tue–Wed",
            ),
            (
                "2036-07-18 10:00",
                7704,
                "please hold off on confirming any slots with filmmakers until the schedule is final 🙏",
            ),
            (
                "2036-07-18 12:10",
                7705,
                "I can help out wherever next week if you're short-handed",
            ),
            ("2036-07-18 18:30", 7702, "have a good long weekend all 🌊 :sunglasses:"),
        ],
        [],
    ),
    # b27en-11: fashion brand and its Japanese sewing factory, mixed (English requesters,
    # Japanese replies), around 敬老の日 (Mon 9/15) and 秋分の日 (Mon 9/22).
    conv(
        "b27en-11",
        (937011, "Maren Atelier × 丸岡縫製 sampling"),
        members_b(7711, 7712, 7713, 7714, 7715, 7716),
        [
            (
                "2036-09-08 10:00",
                7711,
                "[To:7713]丸岡 聡さん\nHi 丸岡さん, hope the week's off to a good start ☀️\n\nA couple of updates from our side first: the AW37 line sheet was signed off on Friday, so sampling can officially start. Our Tokyo showroom moves to the Aoikawa building from 10/1, the new address is in the shared sheet. And the horn buttons for the coat ship from the trim supplier on 9/19, so nothing is needed on those yet.\n\nFor the wool coat (MA-2207): could you send us 3 lab dip options for the camel by next Tuesday? We'd like to pick one before the fitting.\n\nThanks so much, and say hi to the sample room for us!\nClara",
            ),
            (
                "2036-09-08 10:30",
                7713,
                RP(7711, 1) + "承知しました。染工場に手配します。",
            ),
            (
                "2036-09-08 14:00",
                7712,
                "[To:7716]藤井 翔さん\nafter today's fitting, MA-2231:\n- 藤井さん: re-measure the 1st proto, the shoulder numbers on the spec sheet look off\n- me: tech pack v3, tomorrow",
            ),
            (
                "2036-09-08 14:05",
                7712,
                "[To:7714]井上 真由美さん\ncould you make the 2nd proto with the sleeve 1.5cm shorter? by 9/19 please 🙏",
            ),
            ("2036-09-08 14:20", 7714, "了解です！🙆‍♀️"),
            (
                "2036-09-09 11:00",
                7716,
                "1st protoの再採寸、まだできていません。撮影に持ち出されていて手元にないです💦",
            ),
            ("2036-09-09 16:30", 7712, "tech pack v3 is up on the drive 📁"),
            (
                "2036-09-10 10:00",
                7715,
                "[To:7716]藤井 翔さん\ncould you check the 2 bolts of the Hoshizora twill that came back for shading? the last lot had complaints",
            ),
            (
                "2036-09-10 10:40",
                7715,
                RP(7715, 8) + "sorry, forgot to say — by Friday pls, the mill wants an answer",
            ),
            ("2036-09-10 11:00", 7716, RP(7715, 8) + "承知しました"),
            (
                "2036-09-11 15:00",
                7711,
                "[To:7715]Bea Sandoval\nBea, can you call Kurobane Trims about the zipper pullers? they still haven't confirmed the colour",
            ),
            (
                "2036-09-11 17:20",
                7715,
                RP(7711, 11) + "called twice, no answer 📵 left a voicemail",
            ),
            (
                "2036-09-12 09:30",
                7716,
                RP(7715, 8)
                + "ホシゾラツイル2反、チェック完了です。2反目の耳に軽い色ブレあり、写真はドライブに上げました",
            ),
            (
                "2036-09-12 10:15",
                7713,
                RP(7711, 1) + "ラボディップ3色、本日発送しました。明後日には届く予定です。",
            ),
            (
                "2036-09-12 11:00",
                7711,
                RP(7711, 11) + "never mind — Kurobane just emailed the colour confirmation 🙌",
            ),
            (
                "2036-09-16 09:00",
                7712,
                RP(7712, 4)
                + "井上さん, we're changing the collar too — let's push the 2nd proto to 9/24",
            ),
            ("2036-09-16 10:00", 7714, RP(7712, 4) + "承知しました、9/24で進めます🙆‍♀️"),
            (
                "2036-09-18 16:00",
                7716,
                "1st protoの再採寸、終わりました。肩幅は仕様より+0.8cmでした",
            ),
            (
                "2036-09-19 09:00",
                7711,
                "[To:7713]丸岡 聡さん\ncamel #2 it is 🐪 could you book the bulk dye slot? and let us know the lead time when you can",
            ),
            (
                "2036-09-19 09:30",
                7713,
                RP(7711, 19) + "承知しました。来週火曜の朝一で押さえます。",
            ),
        ],
        [
            task(1, ["lab dip"], [7713], ("2036-09-16", "Tue"), "done"),
            task(3, ["re-measure"], [7716], None, "done"),
            task(3, ["tech pack"], [7712], ("2036-09-09", "Tue"), "done"),
            task(4, ["2nd proto"], [7714], ("2036-09-24", "Wed"), "open"),
            task(8, ["twill"], [7716], ("2036-09-12", "Fri"), "done"),
            task(19, ["dye slot"], [7713], ("2036-09-23T10:00", "Tue"), "open"),
        ],
    ),
    # b27en-12: SaaS customer-success team, English only, a reminder bot as self account,
    # Chatwork task markup (date and time), [toall], around 文化の日 (Mon 11/3).
    conv(
        "b27en-12",
        (937012, "CS — Tessaly enterprise accounts"),
        members_b(7721, 7722, 7723, 7724, 7725, 7726),
        [
            (
                "2036-11-04 09:00",
                7726,
                "⏰ Reminder (auto): Kinloch Foods QBR — Thu 11/6 14:00, video link in the calendar invite.",
            ),
            (
                "2036-11-04 09:30",
                7721,
                task_added(
                    7722,
                    QBR_LT,
                    "QBR deck for Kinloch Foods (use the new template)",
                    "date",
                ),
            ),
            ("2036-11-04 09:45", 7722, "on it 👍"),
            (
                "2036-11-04 10:30",
                7723,
                "Arvenly's IT admin just emailed: their IdP cert rotates this weekend, so they need the SSO metadata re-issued by Friday.\n[To:7724]Femi Adeyemi\nFemi can you take this?",
            ),
            ("2036-11-04 10:40", 7724, RP(7723, 4) + "yep, I'll take this one"),
            (
                "2036-11-04 13:00",
                7721,
                "[toall]\nrenewal forecast: please fill in the risk column for your accounts this week 🙏",
            ),
            ("2036-11-04 13:10", 7725, "np"),
            (
                "2036-11-04 15:20",
                7722,
                "[qt][qtmeta aid=7721 time={t6}][toall]\nrenewal forecast: please fill in the risk column for your accounts this week 🙏[/qt]\nQ4 tab or the FY tab?",
            ),
            (
                "2036-11-05 11:00",
                7722,
                task_done(
                    7722,
                    QBR_LT,
                    "QBR deck for Kinloch Foods (use the new template)",
                    "date",
                ),
            ),
            (
                "2036-11-06 09:00",
                7726,
                "⏰ Reminder (auto): 'renewal forecast — risk column' is due Fri 11/7 (4 people).",
            ),
            (
                "2036-11-06 16:30",
                7721,
                "QBR went well 🎉 follow-ups:\n• send Kinloch the recap + recording — Mateo, tomorrow\n• I'll loop in finance on the multi-year discount they asked about",
            ),
            (
                "2036-11-06 16:35",
                7721,
                "[To:7725]Lotte Janssen\nLotte, could you scope their Cartwell connector ask by next Monday? rough t-shirt sizing is enough",
            ),
            (
                "2036-11-07 10:00",
                7724,
                RP(7723, 4) + "new SSO metadata is live, Arvenly confirmed logins work ✅",
            ),
            (
                "2036-11-07 11:30",
                7722,
                RP(7721, 11) + "recap + recording sent over to Kinloch",
            ),
            (
                "2036-11-07 15:00",
                7723,
                "risk column done for my 6 accounts ✔️ offline after COB, have a good weekend",
            ),
            (
                "2036-11-07 17:00",
                7721,
                task_added(
                    7723,
                    ARVENLY_LT,
                    "Arvenly renewal call — prep the pricing options",
                    "time",
                ),
            ),
            (
                "2036-11-10 09:20",
                7725,
                RP(7721, 12)
                + "can I have until Wednesday? eng still hasn't answered my API-limit questions",
            ),
            ("2036-11-10 09:40", 7721, RP(7721, 12) + "sure, Wednesday then"),
            (
                "2036-11-12 09:00",
                7726,
                "⏰ Reminder (auto): 'Cartwell connector scope' is due today (Lotte).",
            ),
            (
                "2036-11-12 16:50",
                7725,
                RP(7721, 12) + "scope doc's shared in the Kinloch folder 📄",
            ),
        ],
        [
            task(2, ["QBR deck"], [7722], ("2036-11-05", "Wed"), "done"),
            task(4, ["SSO"], [7724], ("2036-11-07", "Fri"), "done"),
            task(
                6,
                ["risk column"],
                [7722, 7723, 7724, 7725],
                ("2036-11-07", "Fri"),
                "open",
            ),
            task(11, ["recap"], [7722], ("2036-11-07", "Fri"), "done"),
            task(11, ["finance"], [7721], None, "open"),
            task(12, ["connector"], [7725], ("2036-11-12", "Wed"), "done"),
            task(16, ["Arvenly"], [7723], ("2036-11-13T15:00", "Thu"), "open"),
        ],
        self_account_id=7726,
    ),
    # b27en-13: school district IT office, English only, a human as self account, a weekend
    # "this week", the 11/24 substitute holiday.
    conv(
        "b27en-13",
        (937013, "Wrenfield USD — IT ops"),
        members_b(7731, 7732, 7733, 7734, 7735, 7736),
        [
            (
                "2036-11-22 10:15",
                7736,
                "Hi IT team, sorry for the weekend message 🙏 Birchmoor's 3rd-grade laptop cart still has the old wifi profile on about 12 devices. Could you get those re-enrolled this week?\nThanks,\n-- Leland Ott, Birchmoor Elementary",
            ),
            (
                "2036-11-24 08:30",
                7731,
                "reminder: today's the 振替休日, on-call only — Tobias has the pager 📟",
            ),
            (
                "2036-11-25 08:45",
                7734,
                "[To:7731]Dana Whitlock\nPR is up for the Birchmoor core switch VLAN config — ptal",
            ),
            ("2036-11-25 09:30", 7731, RP(7734, 3) + "looking now"),
            ("2036-11-25 11:00", 7731, RP(7734, 3) + "LGTM 👍"),
            (
                "2036-11-25 13:00",
                7731,
                "printer stuff this week 🖨️\n- Kenji: swap the fuser on the Hollis Middle library printer\n- Priyanka — reset the badge-release PINs for the new subs, by Wednesday",
            ),
            ("2036-11-25 13:05", 7732, "ack"),
            (
                "2036-11-25 15:40",
                7734,
                "pushed the VLAN change after dismissal, Birchmoor is on the new VLANs 🎉",
            ),
            (
                "2036-11-25 16:00",
                7735,
                RP(7731, 6) + "PINs: did 3 of 5, the other two subs aren't in the HR feed yet",
            ),
            ("2036-11-26 10:30", 7732, "fuser swapped at Hollis, test page is clean"),
            (
                "2036-11-26 11:00",
                7733,
                RP(7736, 1)
                + "5 of 12 re-enrolled so far, the rest won't take the new profile without a powerwash 😩",
            ),
            (
                "2036-11-26 14:00",
                7736,
                RP(7733, 11)
                + "thank you! would you prefer I leave the remaining ones in the cart or bring them to the office?",
            ),
            (
                "2036-11-26 17:30",
                7735,
                RP(7731, 6) + "last 2 subs showed up in the feed — all 5 PINs reset ✅",
            ),
            (
                "2036-11-27 09:00",
                7731,
                "[To:7732]Kenji Moreau\nKenji — the projector bulbs in Hollis 204 and 206, can you redo those by 3pm? the ones from last week are flickering again",
            ),
            (
                "2036-11-27 09:20",
                7732,
                RP(7731, 14) + "can't today, parts are at the depot — will do tomorrow",
            ),
            (
                "2036-11-27 15:00",
                7731,
                "[To:7735]Priyanka Shah\nPriyanka, can you send the sub PIN list to them (Hollis front office) by noon tomorrow?",
            ),
            (
                "2036-11-28 08:30",
                7731,
                RP(7731, 16) + "scrap that — the front office pulled it from the portal themselves",
            ),
            (
                "2036-11-28 10:00",
                7733,
                RP(7736, 1) + "all 12 done, Birchmoor's cart is on the new profile 🎉\n-- A",
            ),
            (
                "2036-11-28 16:00",
                7732,
                "bulbs swapped in 204; 206 still flickers, pretty sure it's the ballast not the bulb",
            ),
        ],
        [
            task(1, ["re-enroll"], [], ("2036-11-28", "Fri"), "done"),
            task(3, ["VLAN"], [7731], None, "done"),
            task(6, ["fuser"], [7732], None, "done"),
            task(6, ["PIN"], [7735], ("2036-11-26", "Wed"), "done"),
            task(14, ["projector"], [7732], ("2036-11-28", "Fri"), "open"),
        ],
        self_account_id=7731,
    ),
    # b27en-14: craft brewery and its Tokyo distributor, mixed both ways, 年内 and business
    # days across the 12-29 .. 01-03 break into January 2037.
    conv(
        "b27en-14",
        (937014, "Tidewrack Brewing × 東都酒販"),
        members_b(7741, 7742, 7743, 7744, 7745, 7746),
        [
            (
                "2036-12-15 10:00",
                7743,
                "[To:7741]Owen Marshさん\nお世話になっております。年明けの新年会シーズン向けに、IPAとスタウトの追加を検討しています。今週中に1月分の見積をいただけますか？",
            ),
            (
                "2036-12-15 10:30",
                7741,
                RP(7743, 1) + "sure — will have it to you by Wednesday 🍺",
            ),
            (
                "2036-12-15 11:05",
                7741,
                "fyi we brew the winter stout tonight, so the Jan allocation should be firm by Thursday",
            ),
            (
                "2036-12-16 09:30",
                7744,
                "[To:7742]Freya Lindahlさん\n12/26着の便の件です。パッキングリストを2営業日以内に送っていただけますか？通関書類の準備があります🙏",
            ),
            ("2036-12-16 10:00", 7742, RP(7744, 4) + "ok! 👍"),
            (
                "2036-12-17 11:00",
                7741,
                RP(7743, 1) + "Jan quote sent over by email, stout at the new price 📨",
            ),
            (
                "2036-12-17 13:00",
                7743,
                RP(7741, 6) + "ありがとうございます、受け取りました🙇",
            ),
            (
                "2036-12-18 09:00",
                7742,
                "packing list: still waiting on the final pallet count from Caleb 🙄",
            ),
            (
                "2036-12-18 09:15",
                7742,
                "[To:7745]Caleb Novak\nCaleb can you send me the final pallet count today?",
            ),
            (
                "2036-12-18 12:40",
                7745,
                RP(7742, 9) + "sent you the pallet count 👍 14 pallets, 2 mixed",
            ),
            ("2036-12-18 17:10", 7742, RP(7744, 4) + "パッキングリスト sent over ✅"),
            (
                "2036-12-19 10:00",
                7746,
                "Owenさん、来年の試飲会のポスター、A（波）とB（灯台）どっちがいいですか？",
            ),
            (
                "2036-12-22 11:00",
                7743,
                "[To:7741]Owen Marshさん\n1月分、IPA 60ケース・スタウト30ケースで正式に発注します。年内に発注請書をお願いできますか？",
            ),
            ("2036-12-22 11:30", 7741, RP(7743, 13) + "thank you!! 🙌 on it"),
            (
                "2036-12-24 14:00",
                7744,
                "[To:7742]Freya Lindahlさん\n1月便のCOA（成分分析書）を3営業日以内にお願いします。年末年始は倉庫が閉まりますので、早めだと助かります",
            ),
            (
                "2036-12-24 15:00",
                7742,
                RP(7744, 15)
                + "the lab's shut from the 26th, so realistically 1/7 — would that work?",
            ),
            ("2036-12-24 15:30", 7744, RP(7744, 15) + "1/7で大丈夫です！"),
            (
                "2036-12-26 16:00",
                7741,
                "発注請書 signed and sent to 佐々木さん. have a good break all 🎍\n-- Owen",
            ),
            (
                "2037-01-06 10:00",
                7742,
                "COA: the lab's back today, samples went in this morning 🧪",
            ),
            (
                "2037-01-06 10:30",
                7746,
                "あけましておめでとうございます🎍 本年もよろしくお願いいたします",
            ),
        ],
        [
            task(1, ["見積"], [7741], ("2036-12-17", "Wed"), "done"),
            task(4, ["パッキングリスト"], [7742], ("2036-12-18", "Thu"), "done"),
            task(9, ["pallet count"], [7745], ("2036-12-18", "Thu"), "done"),
            task(13, ["発注請書"], [7741], ("2036-12-31", "Wed"), "done"),
            task(15, ["COA"], [7742], ("2037-01-07", "Wed"), "open"),
        ],
    ),
]


CASES = CASES_A + CASES_B
