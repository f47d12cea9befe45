# ruff: noqa: E501
"""Blind set 29, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b29en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 29, English half A: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape); never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-offs, delays and close-outs:
GitHub issue / PR threads (asking for more time on a review, handing an issue over
to someone else, translation batches delivered for review, closing work as
superseded / no longer needed, incident follow-ups with "called, no answer, still
waiting") and workplace-writing pages (Japanese soft refusals such as 今は対応が
難しい, 進捗報告 phrasing such as ほぼ終わりました / 残りは…, Slack etiquette and
acknowledgement shorthand). Every person, company, school, place, product and
sentence is invented and written fresh; nothing is copied. Gold dues were computed
with a throwaway script in /tmp/b29/en_a (datetime + jpholiday, one function per
row of the spec's deadline table: today / EOD, tomorrow, bare weekday, next +
weekday, 今週中, N営業日以内 skipping weekends, Japanese holidays and 12-29 .. 01-03,
年内, the M/D window rule, times such as noon, 3pm, 9am, 17時, 朝イチ, 午前中), never
by hand; each due carries its weekday so build.py catches a typo. Phrases the spec
does not define (tonight, COB, end of next week, after lunch, 午後イチ, 連休前に,
before the break, 10時〜12時の間) appear only in messages that ask for nothing or
next to a defined deadline, never as a task's only deadline. Cancelled tasks are
left out of the gold, as the spec drops them. All rooms run on Asia/Tokyo in 2038;
b29en-07 crosses the year-end break into January 2039.

Domains: a game studio's localisation team with a Tokyo publisher (mixed, before
Golden Week), a hospital IT service desk (bot as self account, Chatwork task
markup, over 海の日), a coffee roaster's wholesale desk with a café chain's buyer
and accountant (mixed, 5営業日以内 over 敬老の日, 9/23 秋分の日), a film festival
programming team (the room with no task, over スポーツの日), a yacht charter office
in Okinawa (mixed, over 山の日), a fintech compliance team (a human as self
account, 3営業日以内 over 文化の日, [toall] excluding the self account), and a
school exchange programme with a Japanese partner school (mixed, 年内, 5営業日以内
and 3営業日以内 across the year-end break into 2039).

Covers: requests said as a need (修正ビルドが必要です。それがないと QA が先に進められ
ません / 用紙がないと…進められません / we'll need an EPR login set up by Monday / we'll
need the signed DPA … any chance you could chase …); work asked of a role with
nobody named (whoever is on call, can someone roast … today by 3pm); a [To:]
message with two different asks on separate "Tom — / Yui —" lines; owner lines
(・…（玉城さん）, ・…：私 for the sender, "- Sven, could you …" buried in a long
weekly status report, a reply listing two fixes for two people); implicit-work asks
after a delivery (確認お願いします, ptal) closed by ありがとうございます、確認しました and
LGTM; an assignee answering with a question instead of accepting; acceptances by
reply that set the deadline (燃料やっとくね〜 明日の朝イチで); deadlines moved by the
assignee (I'll have it ready by Tuesday 9am, 8/11は山の日…8/12の朝イチに出します,
I'll send hers by 1/7); a request withdrawn by quoting it (scrap that) and replaced
by a different ask plus a commitment without a time or "I" (will draft the outline
myself); work already done when asked (already did that this morning / もう見てある
よ); done except one part (冊子ほぼ終わりました、残りは表紙だけです); partial progress
and failed attempts that close nothing (~60 %, 3 of the 4, 2 of 4 batches, 2 of 3
sections, a partial name hit, Liam's copy sent but Dana's late, emailed twice and
called with no answer); soft refusals that leave the task open (can't this week,
sorry); a yes/no question that is a request (今日中にできそう？); future completion
(roasting's done — it ships this evening) that closes nothing; a ✅ / ☐ progress
checklist posted as a reply whose ✅ line closes the sender's own item; completion
in other words (sorted, swapped, fixed, uploaded, is in the folder, 満タンにしといた,
返送しました, picked up, sent over, 提出しました) by reply, by Chatwork task_done, and
bare from an assignee's only open task; a bare "did the phishing module" from one
assignee of a [toall] task closing nothing; a bot's reminder of a Chatwork task's
deadline; a hand-over reported as done ("Passed the form to Hiro") with the new
person closing the task by reply; dates that describe the thing (9/24 menu launch,
starts Tue 7/20, 9/23 holiday, the 10th vendor call, 11/30 data pack); look-alikes
that ask for nothing (quotes in [qt] and 「」, a request to wait, "happy to help
wherever", "will circle back", "ETA?", offers, conditions, holiday notices,
minutes posted, reports); noise (emoji, :shortcode:, lowercase, shld / tmrw / teh,
-- signatures, full-width punctuation). The room without a task is b29en-04.

Part B
------
Blind set 29, English half B: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its other tests, case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, delays and close-outs: GitHub
issue and PR threads (asking for more time before a review, handing work over,
確認お願いします / 修正しました / 対応しました replies, follow-up action items that are
partly done, closing something as no longer needed) and workplace-writing pages
(Slack etiquette and async request shorthand, polite Japanese refusals such as
今週は厳しい, Japanese progress-report phrasing with ほぼ完了 / 残り). Every person,
company, room, product and sentence here is invented and written fresh; nothing is
copied. Gold dues were computed with a throwaway script in /tmp/b29/en_b (datetime
+ jpholiday, one function per row of the spec's deadline table: today / tomorrow,
bare weekday, 来週 / next + weekday, 今週中 / this week, 今月中, 年内, N営業日以内
skipping weekends, holidays and 12-29 .. 01-03, the M/D window rule, 昼 / 午前中 /
朝イチ / H時), never by hand, and each due carries its weekday so build.py catches a
typo. Phrases the spec does not define (COB, after lunch, before Golden Week,
午後イチ, "until 17:00" as a status) appear only next to a defined phrase or where
no task hangs on them. Cancelled tasks are left out of the gold, as the spec drops
them. All rooms run on Asia/Tokyo in 2038; b29en-14 crosses into January 2039.

Domains: a podcast network (English; Golden Week, a "- me:" line, a deadline moved
by the assignee, ptal after a delivery, LGTM that closes the review and asks for a
new fix in the same reply), a solar installer with a Japanese subcontractor (mixed;
〜がないと進められません, one [To:] message with different asks for two people on
separate lines, acceptance "by tomorrow" that sets the deadline, 明日の17時 moved to
7/20 over 海の日, a request buried in an English site update, 火曜の朝イチ, a
commitment with 午前中, 3面のうち2面 partial), a museum loans registrar (English;
"already did that this morning", "scrap the crate quotes" replaced by a different
request in the same reply, a ✅ / ☐ checklist, 3 of 6 and 5 of 6 partial counts,
"will need until next Tuesday", a bare completion from an assignee's only open
task), a SaaS customer-success team with a Japanese client (mixed; a bot as self
account with reminders of deadlines, Chatwork task markup added and done,
今月中に必要です, 4営業日以内 shortened by the assignee's "by Monday", ご確認ください
after a delivery and ありがとうございます、確認しました, "whoever's on call", 14 of 17
partial, 明日の昼 in an acceptance), a craft brewery taproom (English; no task at
all: taps list, FYI with "let me know", a customer request inside [qt] already
handled, holiday-rate question, rota link, a role without work, vague offer,
musing, thanks, meeting time, promise to report, request to wait, notes with no
action items), a car-rental counter at Naha airport (mixed; 今日中にできそう？ with
了解〜 昼までに, a request buried in a ・ status list, 2台目も確保 closing the only
open task, a two-assignee check half done by one, two tasks in one sentence,
今週はちょっと厳しいです with 来週月曜 confirmed by the requester, 誰か + 午前中
closed by a non-assignee's reply), and a translation agency with freelancers
(mixed; a human as self account, numbered owner lines with 12/24 / 12/28 / 年内,
a deadline moved to 1/5 across the year end, 経理の方 with nobody tagged, DTP
cancelled and replaced by 5営業日以内 landing on 2039-01-04, ほぼ終わりました、残りは…
closing nothing).

Covers: commitments without a time; implicit work by reply; several tasks in one
message (lists "- Name:", "1) Name —", "・Name：", checklist "— Owen, Wed");
completions in other words (up in the Drive folder, swapped, signed off, sent over,
受け取りました, 上げました, 押さえました, 発行しました, delivered, filed, LGTM) by reply,
by Chatwork task_done and bare from an assignee's only open task; partial progress
and failed attempts that close nothing (emailed twice, tried 3x, 1台目 only, 3 of
6, my 3 done on a two-assignee task); deadlines moved by the assignee and the
requester; noise (emoji, :shortcode:, lowercase, -- signatures, full-width
punctuation). Not included because the spec does not decide them: an assignee
passing work on ("I'll ask X to pick it up"), a taker's bare "I'll take this one"
after a "can someone", and time windows such as 10時〜12時の間に. The room without
a task is b29en-12.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b29en-01 game localisation x Tokyo publisher
    8301: "高野 美咲",
    8302: "Ben Hartley",
    8303: "Carla Souza",
    8304: "内田 蓮",
    8305: "Dmitri Volkov",
    # b29en-02 hospital IT service desk
    8311: "ServiceDesk Bot",
    8312: "Priya Nair",
    8313: "Tom Okafor",
    8314: "Lena Fischer",
    8315: "Marcus Webb",
    8316: "Yui Sato",
    # b29en-03 coffee roaster wholesale desk x café chain
    8321: "港 千尋",
    8322: "Owen Marsh",
    8323: "Sofia Reyes",
    8324: "Hiro Tanabe",
    8325: "島田 綾",
    # b29en-04 film festival programming (no task)
    8331: "Nadia Kerr",
    8332: "Felix Braun",
    8333: "Rosa Lindqvist",
    8334: "Kenta Arai",
    8335: "Maya Chen",
    # b29en-05 yacht charter office, Okinawa
    8341: "比嘉 真央",
    8342: "Jake Donnelly",
    8343: "玉城 健二",
    8344: "Elena Petrova",
    8345: "宮里 勇人",
    # b29en-06 fintech compliance (Raj is the account chatsync reads with)
    8351: "Grace Whitfield",
    8352: "Mia Kowalski",
    8353: "Raj Patel",
    8354: "Sven Olsen",
    8355: "Hannah Ito",
    # b29en-07 school exchange programme x Japanese partner school
    8361: "加藤 由美",
    8362: "Rachel Dunn",
    8363: "佐野 健",
    8364: "Liam O'Brien",
    8365: "村井 さくら",
}


def members(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header to message n of the same room (written by aid)."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES[aid]}\n"


def TO(aid: int) -> str:
    return f"[To:{aid}]{NAMES[aid]}"


REIMAGE = "Reimage the two laptops returned by Radiology (asset 44120, 44121)"
REIMAGE_LT = chatwork_lt("2038-07-16")

CASES_A = [
    # ------------------------------------------------------------------
    conv(
        "b29en-01",
        (942001, "Starfall Loc × 狐火パブリッシング"),
        members(8301, 8302, 8303, 8304, 8305),
        [
            (
                "2038-04-19 10:05",
                8301,
                TO(8302)
                + "さん\nお疲れ様です。v1.3 の追加テキスト（約2,400ワード）を共有フォルダに入れました。\n英訳を4/23（金）までにお願いできますか。\nGW前に一度ビルドで通して確認したいです🙏",
            ),
            ("2038-04-19 10:12", 8302, RP(8301, 1) + "ack, on it 👍"),
            (
                "2038-04-19 10:40",
                8303,
                "fyi I'm on the Brazil build most of this week, but ping me if the glossary needs a second pair of eyes",
            ),
            (
                "2038-04-20 14:00",
                8304,
                TO(8305)
                + "さん\nRC2 ビルドで、ショップ画面のフォントが豆腐（□）になる箇所があります。スクショは LOC-212 に貼りました。\n明日の17時までに修正ビルドが必要です。それがないと QA が先に進められません🙇",
            ),
            (
                "2038-04-20 14:25",
                8305,
                RP(8304, 4)
                + "which branch are you testing on — release/1.3 or hotfix/1.2.9? the glyph fallback only landed on release",
            ),
            ("2038-04-20 14:40", 8304, RP(8305, 5) + "release/1.3 です！"),
            (
                "2038-04-21 11:30",
                8302,
                "dialogue's done, quest log + item text ~60%. shld be fine for fri",
            ),
            (
                "2038-04-21 16:10",
                8305,
                RP(8304, 4)
                + "rc2b is up on the portal (1.3.0-rc2b), font fallback fixed for the shop + mail screens. 確認お願いします",
            ),
            (
                "2038-04-21 17:30",
                8304,
                RP(8305, 8) + "ありがとうございます、確認しました！豆腐は全部消えてます✨",
            ),
            (
                "2038-04-22 15:00",
                8301,
                "[toall]\n弊社はゴールデンウィーク（4/29〜5/5）の間お休みをいただきます。5/6（木）から通常営業です。",
            ),
            (
                "2038-04-23 18:20",
                8302,
                RP(8301, 1)
                + "uploaded the v1.3 EN to the shared folder — all 2,400 words incl. quest log + items 📁",
            ),
            (
                "2038-04-26 10:00",
                8301,
                RP(8302, 11)
                + "ありがとうございます！確認したところ、用語集と違う訳が少しありました。\n・「霊脈」は glossary どおり Ley Line に統一（Benさん）\n・UI の文字数オーバー6件の調整（Carlaさん）\n連休前に、4/28（水）までに直していただけると助かります。",
            ),
            (
                "2038-04-26 10:30",
                8303,
                RP(8301, 12) + "can't this week, sorry 🙇 the Brazil build is eating all my time",
            ),
            ("2038-04-26 10:41", 8301, RP(8303, 13) + "了解です🙏"),
            (
                "2038-04-27 17:50",
                8302,
                RP(8301, 12) + "Ley Line fixed across all 14 strings ✅",
            ),
            (
                "2038-04-28 09:15",
                8305,
                "fyi build farm is down for maintenance tonight 22:00–02:00, no RC builds then 🛠️",
            ),
            (
                "2038-04-28 12:00",
                8304,
                "RC3 は連休明けで大丈夫です、急ぎません〜",
            ),
        ],
        [
            task(1, ["英訳"], [8302], ("2038-04-23", "Fri"), "done"),
            task(4, ["ビルド"], [8305], ("2038-04-21T17:00", "Wed"), "done"),
            task(8, ["確認"], [8304], None, "done"),
            task(12, ["Ley Line"], [8302], ("2038-04-28", "Wed"), "done"),
            task(12, ["文字数"], [8303], ("2038-04-28", "Wed"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b29en-02",
        (942002, "St. Aldric Hospital – IT Service Desk"),
        members(8311, 8312, 8313, 8314, 8315, 8316),
        [
            (
                "2038-07-14 08:40",
                8315,
                "morning — the label printer on Ward 6B is jamming again, 3rd time this week :face_with_rolling_eyes: whoever is on call, could you take a look today? nurses are hand-writing wristbands\n-- Marcus, 6B",
            ),
            (
                "2038-07-14 10:20",
                8313,
                RP(8315, 1)
                + "6B printer sorted — feed roller was worn, swapped it. shld be fine now 🤞",
            ),
            ("2038-07-14 11:00", 8312, task_added(8314, REIMAGE_LT, REIMAGE, "date")),
            ("2038-07-14 11:05", 8314, "ack"),
            (
                "2038-07-15 09:30",
                8312,
                "[To:8313]Tom Okafor\n[To:8316]Yui Sato\nTom — can you swap the badge reader on the ICU east door by Friday? vendor left the spare at the desk\nYui — pls find out why the guest wifi in Outpatients drops every ~20 min, by tomorrow noon",
            ),
            (
                "2038-07-15 09:50",
                8316,
                RP(8312, 5)
                + "do we have any logs from before tuesday? the controller only keeps 48h",
            ),
            (
                "2038-07-15 10:05",
                8312,
                RP(8316, 6) + "nope, just what's on the controller, sorry",
            ),
            (
                "2038-07-15 13:00",
                8315,
                TO(8312)
                + "\nwe'll need an EPR login for our new registrar (Dr. Halvorsen, starts Tue 7/20) set up by Monday. HR form attached 📎",
            ),
            (
                "2038-07-15 13:20",
                8312,
                RP(8315, 8)
                + "Mon is 海の日 and the desk is skeleton crew — I'll have it ready by Tuesday 9am, before he logs in",
            ),
            (
                "2038-07-16 08:00",
                8311,
                TO(8314) + f'\n⏰ Reminder: "{REIMAGE}" is due today (Fri 7/16).',
            ),
            (
                "2038-07-16 11:40",
                8313,
                "badge reader swapped + tested w/ my card and the night-shift test card ✔",
            ),
            (
                "2038-07-16 12:05",
                8316,
                RP(8312, 5)
                + "wifi fixed — the guest VLAN had a 20 min DHCP lease, set it to 8h. no drops since 11:30",
            ),
            ("2038-07-16 15:00", 8314, task_done(8314, REIMAGE_LT, REIMAGE, "date")),
            ("2038-07-16 15:02", 8314, "both back on the shelf 💻💻"),
            (
                "2038-07-16 17:45",
                8312,
                "[toall] please each finish the phishing-awareness module in the LMS by next Friday 🎣 it's mandatory this quarter",
            ),
            (
                "2038-07-16 17:50",
                8312,
                "and heads-up: skeleton crew on Mon 7/19 (海の日), P1s go to the on-call phone as usual 📞",
            ),
            ("2038-07-19 10:30", 8313, "did the phishing module, 12 min lol"),
            (
                "2038-07-20 08:50",
                8312,
                RP(8315, 8)
                + "Dr. Halvorsen's EPR login is set up — creds are in the sealed envelope at the 6B nurses' station",
            ),
            ("2038-07-20 09:30", 8315, "brilliant, thanks all 🙏"),
        ],
        [
            task(1, ["label printer"], [], ("2038-07-14", "Wed"), "done"),
            task(3, ["Reimage"], [8314], ("2038-07-16", "Fri"), "done"),
            task(5, ["badge reader"], [8313], ("2038-07-16", "Fri"), "done"),
            task(5, ["guest wifi"], [8316], ("2038-07-16T12:00", "Fri"), "done"),
            task(8, ["EPR login"], [8312], ("2038-07-20T09:00", "Tue"), "done"),
            task(
                15,
                ["phishing"],
                [8313, 8314, 8315, 8316],
                ("2038-07-23", "Fri"),
                "open",
            ),
        ],
        self_account_id=8311,
    ),
    # ------------------------------------------------------------------
    conv(
        "b29en-03",
        (942003, "Kestrel Roasters ⇄ 喫茶みなと堂 卸"),
        members(8321, 8322, 8323, 8324, 8325),
        [
            (
                "2038-09-13 10:00",
                8321,
                TO(8322)
                + "さん\nいつもお世話になっております。喫茶みなと堂の港です。\n秋限定ブレンド『霧雨』を、9/24（金）からの新メニュー用に 40kg 必要です。\n5営業日以内にお見積りをいただけますか。",
            ),
            (
                "2038-09-13 10:30",
                8322,
                RP(8321, 1) + "Thanks Minato-san! will do 👍 checking our green stock first",
            ),
            (
                "2038-09-14 16:00",
                8322,
                TO(8323)
                + "\nETA on the Sidamo restock? need to know before I can price the 霧雨 order",
            ),
            (
                "2038-09-14 16:20",
                8323,
                RP(8322, 3)
                + "called the importer twice, no answer 📵 their office might be shut this week",
            ),
            (
                "2038-09-15 10:40",
                8323,
                RP(8322, 3)
                + "importer got back — 30kg of Sidamo lands Fri, so we're fine for the 40kg",
            ),
            (
                "2038-09-15 14:00",
                8322,
                RP(8321, 1) + "Quote's sent to your inbox (Q-0915-KR) 📩 any questions, just shout",
            ),
            (
                "2038-09-16 10:00",
                8321,
                RP(8322, 6)
                + "ありがとうございます。社内で確認中です。\nちなみに、4月から請求書の送付先が変わっています。経理の島田がこのルームに入りましたので、よろしくお願いします。",
            ),
            (
                "2038-09-16 10:15",
                8325,
                "はじめまして、喫茶みなと堂 経理の島田です。\n"
                + TO(8322)
                + " さん\n新しい支払先の登録用紙を添付しました（PDF）。御社の口座情報をご記入いただいた用紙がないと、支払いの手続きが進められません。\n今週中にご返送お願いします。",
            ),
            (
                "2038-09-16 10:40",
                8322,
                RP(8325, 8)
                + "Nice to meet you, Shimada-san! Passed the form to Hiro in our accounts, he has the bank details 🙏",
            ),
            ("2038-09-16 10:45", 8324, "了解〜 😄"),
            (
                "2038-09-17 15:30",
                8324,
                RP(8325, 8) + "島田さん、登録用紙に記入して返送しました！📩",
            ),
            (
                "2038-09-17 16:00",
                8325,
                RP(8324, 11) + "ありがとうございます、受け取りました！",
            ),
            (
                "2038-09-21 10:00",
                8321,
                RP(8322, 6)
                + "お見積り、社内で確認しました。このままで大丈夫です！40kg 発注します。\n9/23（木）は祝日で店が休みなので、焙煎と発送を前倒しして、9/22（水）着でお願いできますか？",
            ),
            (
                "2038-09-21 10:05",
                8321,
                "受け取りは当日10時〜12時の間なら店にいます🙏",
            ),
            (
                "2038-09-21 10:20",
                8322,
                "can someone roast the 40kg of 霧雨 today by 3pm? courier picks up this evening for a next-morning drop 🚚",
            ),
            (
                "2038-09-21 13:10",
                8323,
                "2 of 4 batches roasted, drum's running hot so pausing 20 min 😓",
            ),
            (
                "2038-09-21 14:50",
                8323,
                RP(8322, 15) + "all 4 batches roasted + bagged, 40kg on the pallet 📦",
            ),
            (
                "2038-09-21 15:00",
                8322,
                RP(8321, 13)
                + "roasting's done — it ships this evening and should arrive 9/22 morning 👍",
            ),
        ],
        [
            task(1, ["見積"], [8322], ("2038-09-21", "Tue"), "done"),
            task(8, ["登録用紙"], [8322], ("2038-09-17", "Fri"), "done"),
            task(13, ["発送"], [8322], ("2038-09-22", "Wed"), "open"),
            task(15, ["roast"], [], ("2038-09-21T15:00", "Tue"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b29en-04",
        (942004, "Harbourlight Film Festival — Programming"),
        members(8331, 8332, 8333, 8334, 8335),
        [
            (
                "2038-10-04 09:10",
                8331,
                "morning 🎬 selection committee meets Thu 10/7, 14:00, Blue Room",
            ),
            (
                "2038-10-04 09:25",
                8332,
                "fyi the Lisbon sales agent confirmed the DCP for *Salt Roads* ships end of next week",
            ),
            ("2038-10-04 09:40", 8333, "nice 🙌 is that the last competition title?"),
            (
                "2038-10-04 09:42",
                8332,
                "one more, *The Quiet Ferry* is still at the lab",
            ),
            (
                "2038-10-04 11:00",
                8335,
                "[qt][qtmeta aid=8332 time={t2}]fyi the Lisbon sales agent confirmed the DCP for *Salt Roads* ships end of next week[/qt]\nif it slips past 10/15 we lose the press screening slot, just so everyone knows",
            ),
            (
                "2038-10-04 13:15",
                8334,
                "the director's note for *Salt Roads* says 「please screen it with the burnt-in English subs, not the SDH file」 — we have both files, so we're fine",
            ),
            (
                "2038-10-04 15:00",
                8331,
                "jury hotel block is booked ✔ 6 rooms at the Kittiwake Inn, 10/21–10/24",
            ),
            ("2038-10-05 10:30", 8333, "happy to help wherever, just shout 🙂"),
            ("2038-10-05 10:45", 8331, "thanks Rosa 🙏"),
            (
                "2038-10-05 11:00",
                8331,
                "[toall] pls hang tight on the jury announcement until the last juror confirms 🙏",
            ),
            (
                "2038-10-06 16:20",
                8334,
                "Kobe distributor asked about the subtitles again — will circle back once I hear from the lab",
            ),
            ("2038-10-06 16:30", 8332, "ETA on the lab?"),
            ("2038-10-06 16:32", 8334, "they said friday-ish 🤷"),
            (
                "2038-10-08 18:00",
                8331,
                "minutes from thursday are up on the drive → https://drive.example.invalid/hff/minutes-1007\ndecisions: 42 features, 18 shorts, opening night = *Salt Roads*",
            ),
            ("2038-10-08 18:10", 8335, ":tada: :tada:"),
            (
                "2038-10-11 12:00",
                8332,
                "office is closed today (スポーツの日), I'm only checking chat on and off",
            ),
            (
                "2038-10-12 09:00",
                8333,
                "does teh Blue Room have a 4K projector or is that just the main house?",
            ),
            ("2038-10-12 09:20", 8331, "main house only — Blue Room tops out at 2K"),
            (
                "2038-10-12 09:30",
                8334,
                "lab update: *The Quiet Ferry* DCP passed QC this morning, KDMs come through tonight 🙌\n-- Kenta",
            ),
            ("2038-10-12 09:35", 8332, "finally 🥳"),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    conv(
        "b29en-05",
        (942005, "ちゅら潮セイルチャーター 運航デスク"),
        members(8341, 8342, 8343, 8344, 8345),
        [
            (
                "2038-08-09 09:00",
                8341,
                "おはようございます☀️\n8/14（土）の貸切（12名・ホテル潮音様）の準備です。\n・燃料補給（玉城さん）\n・子ども用ライフジャケット4着の手配（Elenaさん）\n・汐風港への出港届の提出（宮里さん）〜8/11\n・ケータリングの最終人数連絡：私\nよろしくお願いします！",
            ),
            (
                "2038-08-09 09:20",
                8344,
                RP(8341, 1) + "on it 👍 asking two suppliers for the kids' jackets",
            ),
            (
                "2038-08-09 09:45",
                8343,
                RP(8341, 1) + "燃料やっとくね〜 明日の朝イチで入れとく⛽",
            ),
            (
                "2038-08-09 14:00",
                8342,
                TO(8345)
                + "\nYuto — mind grabbing the spare VHF radio from the harbour office while you're there for the 出港届? ours is acting up 📻",
            ),
            ("2038-08-09 14:05", 8345, RP(8342, 4) + "👌"),
            (
                "2038-08-10 09:40",
                8343,
                RP(8341, 1) + "燃料、満タンにしといた👍 残量は日報に書いといたよ",
            ),
            (
                "2038-08-10 11:00",
                8344,
                RP(8341, 1)
                + "kids' jackets: got 3 of the 4 from Marine Depot Ryukyu, the XS one is backordered 😕",
            ),
            (
                "2038-08-10 11:30",
                8341,
                RP(8344, 7)
                + "XS はうちの倉庫にあったかも。\n"
                + TO(8343)
                + "さん、今日の午前中に倉庫の棚を見てもらえますか？",
            ),
            (
                "2038-08-10 11:50",
                8343,
                RP(8341, 8) + "もう見てあるよ〜 XS 1着あった！Elenaの机に置いといた",
            ),
            (
                "2038-08-10 16:00",
                8345,
                RP(8341, 1)
                + "出港届の件、8/11は山の日で港の窓口が閉まっているので、8/12の朝イチに出します🙏",
            ),
            (
                "2038-08-10 16:30",
                8342,
                "fyi I'm at the marina tmrw after lunch if anyone needs the boat keys 🔑",
            ),
            (
                "2038-08-11 15:00",
                8342,
                "hull's clean and the engine check came back fine ✔ all good for Sat ⛵",
            ),
            (
                "2038-08-12 10:15",
                8345,
                RP(8341, 1) + "出港届、提出しました📄 受付印ももらってます",
            ),
            (
                "2038-08-12 10:20",
                8345,
                RP(8342, 4) + "VHF picked up, it's on the charging dock 🔋",
            ),
            (
                "2038-08-12 17:00",
                8341,
                RP(8341, 1)
                + "進捗まとめです📋\n✅ 燃料補給\n✅ 出港届\n✅ ケータリング人数 → 先ほど12名で連絡しました\n☐ 子ども用ライフジャケット（残り1着の受け渡し）",
            ),
            ("2038-08-13 09:30", 8341, "明日は7:30集合です。よろしくお願いします！🌊"),
        ],
        [
            task(1, ["燃料"], [8343], ("2038-08-10T10:00", "Tue"), "done"),
            task(1, ["ライフジャケット"], [8344], None, "open"),
            task(1, ["出港届"], [8345], ("2038-08-12T10:00", "Thu"), "done"),
            task(1, ["ケータリング"], [8341], None, "done"),
            task(4, ["VHF"], [8345], None, "done"),
            task(8, ["倉庫"], [8343], ("2038-08-10T12:00", "Tue"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    conv(
        "b29en-06",
        (942006, "Fernbank Pay — Compliance Ops"),
        members(8351, 8352, 8353, 8354, 8355),
        [
            (
                "2038-11-01 09:00",
                8351,
                "weekly status 📋\n- SAR backlog down 14 → 9, nice work all\n- the regulator's thematic review letter arrived Friday, Hannah has the original\n- Sven, could you pull the Q3 chargeback export for the review pack by Thursday? they want it by reason code\n- KYC false-positive rate still ~7%, vendor call on the 10th\n- 11/3 is a holiday (文化の日), no on-call changes\nthat's it — shout if I missed anything",
            ),
            ("2038-11-01 09:20", 8354, RP(8351, 1) + "👍 thu works"),
            (
                "2038-11-01 10:00",
                8351,
                TO(8352)
                + "\n"
                + TO(8355)
                + "\nMia — please re-screen the two new merchants (Marlow Tiles, Tern Goods) against the updated sanctions list, 3営業日以内 ideally\nHannah — draft our response outline for the thematic review by next Monday",
            ),
            (
                "2038-11-01 10:30",
                8355,
                RP(8351, 3) + "can't this week, sorry 🙏 I'm in the licensing audit Tue–Fri",
            ),
            (
                "2038-11-01 10:45",
                8351,
                "[qt][qtmeta aid=8351 time={t3}]Hannah — draft our response outline for the thematic review by next Monday[/qt]\nok, scrap that then — will draft the outline myself.\n"
                + TO(8355)
                + "\ncould you just check annex B of the letter for their deadlines by EOD?",
            ),
            (
                "2038-11-01 11:10",
                8355,
                RP(8351, 5)
                + "already did that this morning 🙂 annex B says 「the data pack by 30 November, the written response by 10 December」",
            ),
            (
                "2038-11-02 17:00",
                8352,
                RP(8351, 3)
                + "Marlow Tiles screened clean. Tern Goods has a partial name hit on a director — pulling the ID docs to rule it out",
            ),
            (
                "2038-11-04 15:00",
                8354,
                RP(8351, 1)
                + "Q3 chargeback export is in the review pack folder, split by reason code 📊 ptal",
            ),
            ("2038-11-04 15:30", 8351, RP(8354, 8) + "LGTM, thanks Sven 🙌"),
            (
                "2038-11-05 10:00",
                8352,
                RP(8351, 3)
                + "Tern Goods cleared — false positive, different DOB. both merchants re-screened ✔",
            ),
            (
                "2038-11-05 10:30",
                8351,
                "[toall] the data pack for the regulator is due 11/30. please each drop your section into the pack folder by 11/26 (Fri) — section list is pinned 📌",
            ),
            (
                "2038-11-08 09:00",
                8353,
                "fyi the 4F coffee machine is fixed ☕ also IT says the regulator portal goes read-only after COB on 11/30",
            ),
            ("2038-11-10 09:00", 8354, "my section's in 👍"),
            (
                "2038-11-15 11:00",
                8355,
                TO(8354)
                + "\nwe'll need the signed DPA from the new KYC vendor before the pack can go out — any chance you could chase their legal team by Wednesday?",
            ),
            (
                "2038-11-15 16:40",
                8354,
                RP(8355, 14)
                + "emailed their legal twice + called their account manager, no answer yet 📭",
            ),
            (
                "2038-11-17 09:00",
                8351,
                "outline's drafted — it's in the thematic review folder 📝",
            ),
            (
                "2038-11-24 10:00",
                8352,
                "2 of 3 sections in the pack now, waiting on Hannah's",
            ),
        ],
        [
            task(1, ["chargeback"], [8354], ("2038-11-04", "Thu"), "done"),
            task(3, ["sanctions"], [8352], ("2038-11-05", "Fri"), "done"),
            task(5, ["outline"], [8351], None, "done"),
            task(5, ["annex"], [8355], ("2038-11-01", "Mon"), "done"),
            task(8, ["export"], [8351], None, "done"),
            task(11, ["section"], [8352, 8354, 8355], ("2038-11-26", "Fri"), "open"),
            task(14, ["DPA"], [8354], ("2038-11-17", "Wed"), "open"),
        ],
        self_account_id=8353,
    ),
    # ------------------------------------------------------------------
    conv(
        "b29en-07",
        (942007, "Wrenfield Academy × 白鷺台高校 交換留学"),
        members(8361, 8362, 8363, 8364, 8365),
        [
            (
                "2038-12-13 16:00",
                8361,
                TO(8362)
                + "さん\nお疲れ様です。3月の訪問団（生徒10名・引率2名）の件です。\nホームステイ先の希望調査票を、年内にご返送いただけますか。",
            ),
            ("2038-12-13 16:30", 8362, RP(8361, 1) + "Of course! will do 👍"),
            (
                "2038-12-14 10:00",
                8363,
                TO(8364)
                + "先生\n交流授業の指導案（英語版）、ありがとうございます！\n1点だけ、2限目のワークシートがないとこちらで準備が進められません。12/17（金）までにお送りいただけますか？",
            ),
            (
                "2038-12-14 10:20",
                8364,
                RP(8363, 3) + "oops, sorry — just emailed the period 2 worksheet 📎",
            ),
            (
                "2038-12-14 10:40",
                8363,
                RP(8364, 4) + "ありがとうございます、確認しました！",
            ),
            (
                "2038-12-15 09:00",
                8365,
                TO(8362)
                + "様\n白鷺台高校 事務の村井です。訪問団の旅行保険の手続きに、引率の先生お二人のパスポートのコピーが必要です。\n5営業日以内にお送りいただけますでしょうか。",
            ),
            (
                "2038-12-15 09:30",
                8362,
                RP(8365, 6) + "Sure 👍 will get them from Liam and Dana",
            ),
            (
                "2038-12-16 11:00",
                8362,
                RP(8365, 6)
                + "Liam's copy is sent over ✅ Dana's passport is at the embassy for renewal, so I'll send hers by 1/7 🙇",
            ),
            (
                "2038-12-16 11:30",
                8365,
                RP(8362, 8) + "承知しました、1/7で大丈夫です。",
            ),
            (
                "2038-12-17 10:00",
                8364,
                TO(8363)
                + "\nSano-sensei, could you put together the student welcome booklet (schedule, campus map, emergency contacts) by next Wednesday? we'd like to print it before the break 🙏",
            ),
            ("2038-12-17 10:30", 8363, RP(8364, 10) + "承知しました！"),
            (
                "2038-12-20 15:00",
                8361,
                TO(8362)
                + "さん\n訪問日程表の英訳、今日中にできそう？🙏 明日の職員会議で配りたくて…",
            ),
            ("2038-12-20 15:20", 8362, RP(8361, 12) + "yep, doing it now"),
            (
                "2038-12-20 18:40",
                8362,
                RP(8361, 12) + "translated schedule sent over 📩",
            ),
            (
                "2038-12-22 11:00",
                8363,
                RP(8364, 10)
                + "冊子、ほぼ終わりました。残りは表紙だけです🙏 美術の先生と相談中です",
            ),
            (
                "2038-12-22 11:10",
                8363,
                "あと、1/6の打ち合わせは午後イチからです📅",
            ),
            (
                "2038-12-24 17:00",
                8361,
                "[toall]\n本校は12/29〜1/4まで冬季休業のため、事務室も閉まります。緊急の場合は加藤の携帯までご連絡ください。\n良いお年を🎍",
            ),
            (
                "2038-12-27 09:00",
                8362,
                RP(8361, 1)
                + "homestay preference forms: all 10 back from the families and sent over to you by email ✉️ happy holidays!",
            ),
            (
                "2038-12-27 09:30",
                8365,
                TO(8362)
                + "様\n保険の申込書にRachel様のご署名が必要です。添付の用紙にご署名のうえ、3営業日以内にご返送ください。",
            ),
            (
                "2039-01-06 09:15",
                8362,
                RP(8365, 6) + "Dana's passport copy is sent too — that's both of them ✅",
            ),
        ],
        [
            task(1, ["希望調査票"], [8362], ("2038-12-31", "Fri"), "done"),
            task(3, ["ワークシート"], [8364], ("2038-12-17", "Fri"), "done"),
            task(6, ["パスポート"], [8362], ("2039-01-07", "Fri"), "done"),
            task(10, ["booklet"], [8363], ("2038-12-22", "Wed"), "open"),
            task(12, ["日程表"], [8362], ("2038-12-20", "Mon"), "done"),
            task(19, ["申込書"], [8362], ("2039-01-05", "Wed"), "open"),
        ],
    ),
]


NAMES_B = {
    # b29en-08 podcast network
    8381: "Maya Okafor",
    8382: "Theo Lindqvist",
    8383: "Priya Raman",
    8384: "Sam Whitcombe",
    8385: "Kenji Hart",
    8386: "Lena Voss",
    # b29en-09 solar installer + Japanese subcontractor
    8391: "Dana Whitfield",
    8392: "Marcus Bell",
    8393: "北斗電設 小野寺 健",
    8394: "北斗電設 三浦 彩",
    8395: "Rina Castillo",
    # b29en-10 museum loans registrar
    8401: "Harriet Dunmore",
    8402: "Felix Arroyo",
    8403: "Noor Haddad",
    8404: "Owen Pryce",
    8405: "Greta Sundqvist",
    # b29en-11 SaaS customer success + Japanese client
    8411: "Relay Bot",
    8412: "中村 葵",
    8413: "Ben Carver",
    8414: "Chloe Dumas",
    8415: "ミナモ物流 高橋 誠",
    8416: "ミナモ物流 森本 由紀",
    8417: "Ravi Menon",
    # b29en-12 craft brewery taproom (no task)
    8421: "Jonas Pereira",
    8422: "Bea Kowalczyk",
    8423: "Milo Reyes",
    8424: "Sadie Obi",
    8425: "Arun Patel",
    8426: "Fern Li",
    # b29en-13 car-rental counter at Naha airport
    8431: "金城 駿",
    8432: "Lucy Brennan",
    8433: "比嘉 美咲",
    8434: "Tomasz Nowak",
    8435: "宮城 蓮",
    8436: "Carla Mendes",
    # b29en-14 translation agency and its freelancers
    8441: "坂本 由美",
    8442: "Daniel Frost",
    8443: "Ines Moreau",
    8444: "藤井 翔",
    8445: "Hana Kim",
    8446: "Olu Adeyemi",
    8447: "大野 真理",
}


def members_b(*aids: int) -> list[tuple[int, str]]:
    return [(a, NAMES_B[a]) for a in aids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header pointing at message n of the same room."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES_B[aid]}\n"


def TO(aid: int, san: bool = False) -> str:
    return f"[To:{aid}]{NAMES_B[aid]}" + ("さん" if san else "") + "\n"


CASES_B = [
    # ------------------------------------------------------------------
    # b29en-08: podcast network, English only, Golden Week
    conv(
        "b29en-08",
        (942008, "Driftwood Audio — show ops"),
        members_b(8381, 8382, 8383, 8384, 8385, 8386),
        [
            (
                "2038-04-26 10:05",
                8381,
                "morning all ☕ ep 41 with Dr. Amara Quist goes out 5/6. before Golden Week eats the calendar:\n"
                "- Theo: rough cut of ep 41 by Wednesday\n"
                "- Priya: confirm the guest bio + headshot with her PA\n"
                "- Sam: get the midroll script approved by Fenwick Tea — 4/28\n"
                "- me: show notes draft",
            ),
            ("2038-04-26 10:12", 8382, "on it 👍"),
            (
                "2038-04-26 10:30",
                8383,
                RP(8381, 1) + "emailed her PA twice, no answer yet 😕",
            ),
            (
                "2038-04-27 09:40",
                8385,
                "fyi booth B mic is crackling again. I've put a do-not-use sign on it for now",
            ),
            (
                "2038-04-27 11:00",
                8384,
                RP(8381, 1)
                + "Fenwick want a different discount code so the script needs another pass — approval will be Friday now, sorry",
            ),
            (
                "2038-04-27 13:20",
                8381,
                TO(8385)
                + "any chance you could swap the booth B cable tomorrow? spare's in the grey crate",
            ),
            ("2038-04-27 13:35", 8385, RP(8381, 6) + "the XLR or the usb one?"),
            ("2038-04-27 13:40", 8381, RP(8385, 7) + "XLR, the short one"),
            (
                "2038-04-28 16:10",
                8382,
                RP(8381, 1) + "rough cut of 41 is up in the Drive folder, ptal",
            ),
            ("2038-04-28 17:00", 8385, "cable swapped, booth B sounds clean now 🎙️"),
            (
                "2038-04-29 10:00",
                8386,
                "[toall] reminder: office closed 5/3–5/5 for Golden Week, we're on Discord only :palm_tree:",
            ),
            (
                "2038-04-30 09:15",
                8381,
                RP(8382, 9)
                + "listened through, LGTM apart from the cold open. can you tighten the first 40 secs today? want it locked before Golden Week",
            ),
            (
                "2038-04-30 11:30",
                8384,
                "Fenwick signed off on the new script ✅ code is TEA41",
            ),
            (
                "2038-04-30 12:00",
                8383,
                RP(8381, 1)
                + "finally got through to her PA on the phone — bio and headshot confirmed 🙌",
            ),
            ("2038-04-30 12:20", 8386, "love the new cover colours btw 😍"),
            (
                "2038-05-06 09:00",
                8382,
                RP(8381, 12) + "cold open tightened, new bounce is in the folder",
            ),
            ("2038-05-06 09:30", 8386, "[toall] ep 41 is live 🎉 great one everyone"),
        ],
        [
            task(1, ["rough cut"], [8382], ("2038-04-28", "Wed"), "done"),
            task(1, ["bio"], [8383], None, "done"),
            task(1, ["midroll"], [8384], ("2038-04-30", "Fri"), "done"),
            task(1, ["show notes"], [8381], None, "open"),
            task(6, ["cable"], [8385], ("2038-04-28", "Wed"), "done"),
            task(9, ["rough cut"], [8381], None, "done"),
            task(12, ["cold open"], [8382], ("2038-04-30", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    # b29en-09: solar installer with a Japanese subcontractor, mixed, over 海の日
    conv(
        "b29en-09",
        (942009, "Brightfield Solar × 北斗電設 現場調整"),
        members_b(8391, 8392, 8393, 8394, 8395),
        [
            (
                "2038-07-14 09:00",
                8393,
                TO(8391, True)
                + "お疲れ様です。北斗電設の小野寺です。\n来週の鈴木様邸（屋根上パネル12枚）の件、足場の図面がないと進められません。今週中に共有お願いします。",
            ),
            (
                "2038-07-14 09:20",
                8391,
                RP(8393, 1) + "Thanks Onodera-san, I'll send it by tomorrow",
            ),
            (
                "2038-07-14 10:05",
                8394,
                TO(8391, True) + TO(8395, True) + "お世話になっております、三浦です。\n"
                "Danaさん：作業員名簿の最新版をご確認ください。\n"
                "Rinaさん：電力会社への系統連系申請の控えを明日の17時までに送付いただけますか。",
            ),
            ("2038-07-14 10:30", 8395, RP(8394, 3) + "will do 👍"),
            (
                "2038-07-15 11:00",
                8391,
                RP(8393, 1)
                + "sent over the scaffold drawing (rev B) 📎 shout if the anchor points look off",
            ),
            (
                "2038-07-15 11:20",
                8393,
                RP(8391, 5) + "受け取りました。ありがとうございます🙇",
            ),
            (
                "2038-07-15 14:00",
                8395,
                "FYI the utility's portal is down until Monday, so the 申請 receipt might be late",
            ),
            (
                "2038-07-15 16:40",
                8395,
                RP(8394, 3)
                + "portal keeps erroring, tried 3x 😩 I'll send the receipt by 7/20 once it's back up",
            ),
            (
                "2038-07-16 09:30",
                8392,
                "site update — Suzuki residence:\n"
                "- rails delivered yesterday, stacked by the carport\n"
                "- inverter still on backorder, supplier says 7/23\n"
                "- 小野寺さん、月曜は祝日なので火曜の朝イチに搬入口の鍵を受け取ってもらえますか？ the owner leaves it with the neighbour\n"
                "- weather looks ok for tue/wed ☀️",
            ),
            ("2038-07-16 09:45", 8393, RP(8392, 9) + "承知しました。"),
            (
                "2038-07-16 10:10",
                8394,
                "作業員名簿、最新版を共有フォルダに置いてあります。",
            ),
            ("2038-07-20 10:20", 8393, RP(8392, 9) + "鍵、受け取りました。"),
            (
                "2038-07-20 15:00",
                8395,
                RP(8394, 3) + "receipt sent over 📨 (PDF, 2 pages)",
            ),
            (
                "2038-07-20 15:10",
                8394,
                RP(8395, 13) + "ありがとうございます、受領しました。",
            ),
            ("2038-07-21 08:30", 8393, "7/23の午前中に足場を解体します。"),
            ("2038-07-21 09:00", 8391, "thx 🙏 the Suzukis know you're coming"),
            ("2038-07-23 11:40", 8393, "解体、3面のうち2面終わりました。"),
            ("2038-07-23 12:30", 8392, "crew left the site super tidy, thanks all"),
        ],
        [
            task(1, ["足場", "図面"], [8391], ("2038-07-15", "Thu"), "done"),
            task(3, ["作業員名簿"], [8391], None, "open"),
            task(3, ["控え"], [8395], ("2038-07-20", "Tue"), "done"),
            task(9, ["鍵"], [8393], ("2038-07-20T10:00", "Tue"), "done"),
            task(15, ["解体"], [8393], ("2038-07-23T12:00", "Fri"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    # b29en-10: museum loans registrar, English only, over 敬老の日 and 秋分の日
    conv(
        "b29en-10",
        (942010, "Registrar — outgoing loans"),
        members_b(8401, 8402, 8403, 8404, 8405),
        [
            (
                "2038-09-16 10:00",
                8401,
                "Corran Gallery loan (Hollin Bay) — object list is final 🎉 next steps:\n"
                "1) Noor — condition reports for all 6 objects by next Friday\n"
                "2) Owen — crate quotes from two shippers by Monday\n"
                "3) Felix — sign off the insurance values\n"
                "I'll chase Corran for their facility report.",
            ),
            ("2038-09-16 10:15", 8403, "ack"),
            (
                "2038-09-16 10:40",
                8402,
                RP(8401, 1) + "already did that this morning — values are signed off in the TMS ✔️",
            ),
            (
                "2038-09-17 09:30",
                8401,
                RP(8401, 1)
                + TO(8404)
                + "scrap the crate quotes, Corran are shipping with their own agent. instead could you measure the doorway clearances at the loading bay today? COB ideally",
            ),
            ("2038-09-17 09:45", 8404, RP(8401, 4) + "on it"),
            (
                "2038-09-17 14:00",
                8404,
                "measured both doors: 2.10 m and 1.95 m, notes are in the loan file",
            ),
            (
                "2038-09-17 15:00",
                8405,
                "FYI Corran's courier visit is pencilled in for 10/5, Harriet's confirming the slot with them",
            ),
            (
                "2038-09-21 09:10",
                8403,
                "condition reports: 3 of 6 done. the lacquer box needs a second look under UV, still blocked on the lamp repair",
            ),
            (
                "2038-09-21 09:30",
                8401,
                "packing prep checklist:\n"
                "✅ tissue & tyvek ordered\n"
                "✅ crate labels printed\n"
                "☐ gallery 3 goods lift booked — Owen, Wed\n"
                "☐ photos of each object before packing — Greta",
            ),
            ("2038-09-21 10:00", 8404, "will do 👍"),
            (
                "2038-09-22 16:00",
                8404,
                RP(8401, 9) + "lift's booked for the 4th, 8–11am",
            ),
            (
                "2038-09-24 11:00",
                8403,
                RP(8401, 1)
                + "lamp's fixed 🔦 5 of 6 reports done. the lacquer box will need until next Tuesday, sorry",
            ),
            ("2038-09-24 11:10", 8401, RP(8403, 12) + "np, thanks for the heads-up"),
            (
                "2038-09-27 10:00",
                8401,
                "Corran's facility report came in this morning — read it and filed it 📁",
            ),
            (
                "2038-09-28 15:30",
                8403,
                RP(8401, 1) + "all 6 condition reports done and uploaded",
            ),
            (
                "2038-09-28 16:00",
                8405,
                "photos: 4 of 6 objects shot, the two tapestries are waiting on the big easel",
            ),
            (
                "2038-09-29 09:00",
                8402,
                "is the big easel still in gallery 2 or did it go back to the store?",
            ),
            ("2038-09-29 09:05", 8404, RP(8402, 17) + "still in gallery 2 :+1:"),
        ],
        [
            task(1, ["condition reports"], [8403], ("2038-09-28", "Tue"), "done"),
            task(1, ["insurance values"], [8402], None, "done"),
            task(1, ["facility report"], [8401], None, "done"),
            task(4, ["doorway"], [8404], ("2038-09-17", "Fri"), "done"),
            task(9, ["lift"], [8404], ("2038-09-22", "Wed"), "done"),
            task(9, ["photos"], [8405], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------
    # b29en-11: SaaS customer success with a Japanese client, mixed, bot as self account
    conv(
        "b29en-11",
        (942011, "ミナモ物流様 × Relaybase サポート"),
        members_b(8411, 8412, 8413, 8414, 8415, 8416, 8417),
        [
            (
                "2038-10-27 10:00",
                8415,
                TO(8412, True)
                + "お世話になっております。ミナモ物流の高橋です。\n11月分の請求書の宛名を「経理部」に変更したく、変更後のPDFが今月中に必要です。ご対応お願いします。",
            ),
            (
                "2038-10-27 10:20",
                8412,
                RP(8415, 1) + "高橋様\n承知しました、対応いたします🙏",
            ),
            (
                "2038-10-27 10:30",
                8412,
                task_added(
                    8413,
                    chatwork_lt("2038-10-29"),
                    "ミナモ物流 11月分請求書の宛名変更・再発行",
                    "date",
                ),
            ),
            ("2038-10-27 10:32", 8413, "ack 👍"),
            (
                "2038-10-28 09:00",
                8411,
                '⏰ Reminder: the task "ミナモ物流 11月分請求書の宛名変更・再発行" (Ben Carver) is due 10/29 (Fri).',
            ),
            (
                "2038-10-28 13:00",
                8416,
                TO(8412, True)
                + TO(8417, True)
                + "いつもお世話になっております。ミナモ物流の森本です。\n"
                "中村さん：来週の定例の議題案を共有いただけますか。\n"
                "Raviさん：API連携の仕様書、4営業日以内にレビューをお願いします。",
            ),
            (
                "2038-10-28 13:30",
                8417,
                RP(8416, 6)
                + "森本様 ありがとうございます！ will have comments to you by Monday 👍",
            ),
            (
                "2038-10-29 10:00",
                8413,
                task_done(
                    8413,
                    chatwork_lt("2038-10-29"),
                    "ミナモ物流 11月分請求書の宛名変更・再発行",
                    "date",
                ),
            ),
            (
                "2038-10-29 10:05",
                8412,
                RP(8415, 1)
                + "高橋様\n宛名を「経理部」に変更した請求書PDFをお送りしました。ご確認ください。",
            ),
            (
                "2038-10-29 10:40",
                8415,
                RP(8412, 9) + "ありがとうございます、確認しました。問題ございません。",
            ),
            (
                "2038-10-29 14:00",
                8414,
                "[toall] heads-up: 11/3 is 文化の日, the JP support line is closed. Ravi is on call that day for P1s",
            ),
            (
                "2038-10-29 14:10",
                8414,
                "whoever's on call, please re-run the failed Minamo webhooks this week 🙏",
            ),
            (
                "2038-10-29 15:00",
                8417,
                "re-ran them, 14 of 17 went through. other 3 still 500ing 😑",
            ),
            (
                "2038-11-01 09:00",
                8411,
                "⏰ Reminder: the API仕様書 review Ravi Menon agreed to is due today (11/1).",
            ),
            (
                "2038-11-01 11:30",
                8412,
                RP(8416, 6) + "森本様\n議題案は明日の昼までに共有いたします。",
            ),
            (
                "2038-11-02 11:50",
                8412,
                RP(8416, 6) + "森本様\n議題案を共有フォルダにアップしました📎",
            ),
            ("2038-11-02 12:10", 8416, RP(8412, 16) + "ありがとうございます！"),
        ],
        [
            task(1, ["宛名"], [8412], ("2038-10-31", "Sun"), "done"),
            task(3, ["請求書"], [8413], ("2038-10-29", "Fri"), "done"),
            task(6, ["議題案"], [8412], ("2038-11-02T12:00", "Tue"), "done"),
            task(6, ["仕様書"], [8417], ("2038-11-01", "Mon"), "open"),
            task(9, ["確認"], [8415], None, "done"),
            task(12, ["webhook"], [], ("2038-10-29", "Fri"), "open"),
        ],
        self_account_id=8411,
    ),
    # ------------------------------------------------------------------
    # b29en-12: craft brewery taproom, English only, over 山の日 — no task at all
    conv(
        "b29en-12",
        (942012, "Tidewater Brewing — taproom"),
        members_b(8421, 8422, 8423, 8424, 8425, 8426),
        [
            (
                "2038-08-09 10:00",
                8421,
                "morning crew 🍺 taps this week: Lantern Pils, Foghorn Stout, Sunburnt Hazy, and the cherry sour from Wed",
            ),
            (
                "2038-08-09 10:20",
                8422,
                "FYI the glycol chiller got serviced first thing, temps are back to normal. if anything looks off behind the bar let me know",
            ),
            ("2038-08-09 10:25", 8423, "🙌"),
            (
                "2038-08-09 11:00",
                8424,
                "this came in through the booking form:\n"
                "[qt]Hi! Could you reserve the back room for 20 people on Sat 8/21 from 6pm? A tasting flight for everyone would be lovely too. — Corinne[/qt]\n"
                "already booked them in and replied 👍",
            ),
            ("2038-08-09 11:05", 8421, "nice one Sadie"),
            (
                "2038-08-09 14:00",
                8425,
                "is the 11th paid at holiday rate? it's 山の日 right",
            ),
            ("2038-08-09 14:10", 8426, RP(8425, 6) + "yep, holiday rate applies 👍"),
            (
                "2038-08-10 09:30",
                8421,
                "here's the August rota: https://rota.example/tidewater-aug — swaps go through me as usual",
            ),
            (
                "2038-08-10 12:00",
                8423,
                "is anyone able to be quizmaster for trivia night on the 19th?",
            ),
            ("2038-08-10 12:05", 8425, "I can help out if nobody else can"),
            (
                "2038-08-10 16:00",
                8422,
                "we should probably rethink the flight paddles at some point, half of them are warped 😅",
            ),
            (
                "2038-08-11 13:00",
                8426,
                "busy one today! thanks Arun and Milo for covering the holiday shift 🙏",
            ),
            (
                "2038-08-11 19:30",
                8423,
                "Sunburnt Hazy just kicked :beers: board's switched to the pils",
            ),
            (
                "2038-08-12 09:00",
                8421,
                "staff meeting Fri 8/13 at 15:00 in the cellar, ~30 min",
            ),
            (
                "2038-08-12 09:15",
                8422,
                "I'll let you know once the new CO2 supplier confirms delivery days",
            ),
            (
                "2038-08-12 10:00",
                8424,
                "bear with me a sec, still untangling the POS export 🙏",
            ),
            ("2038-08-12 10:30", 8425, "np"),
            (
                "2038-08-13 16:00",
                8421,
                "meeting notes: no change to opening hours, cherry sour stays on till it's gone, next meeting 9/10. thanks all\n-- J",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    # b29en-13: car-rental counter at Naha airport, mixed, over 建国記念の日
    conv(
        "b29en-13",
        (942013, "那覇空港カウンター ops"),
        members_b(8431, 8432, 8433, 8434, 8435, 8436),
        [
            (
                "2038-02-08 09:10",
                8432,
                TO(8431, True)
                + "Shun, we'll need the damage photos for plate 58-21 before the insurer calls back — 今日中にできそう？",
            ),
            ("2038-02-08 09:25", 8431, RP(8432, 1) + "了解〜 昼までに撮っておきます📸"),
            (
                "2038-02-08 10:00",
                8433,
                "お疲れ様です、比嘉です。本日の状況です。\n"
                "・NH993 遅延のため、11時台の受け渡し6件が後ろ倒し\n"
                "・チャイルドシートが2台不足\n"
                "・Tomaszさん：那覇西営業所からチャイルドシートを2台、今日中に取り寄せてもらえますか？明日の午後イチの予約で使います\n"
                "・返却レーンの清掃は完了しています",
            ),
            ("2038-02-08 10:05", 8434, RP(8433, 3) + "np, driving over after lunch 🚗"),
            (
                "2038-02-08 11:40",
                8431,
                RP(8432, 1) + "58-21の写真、撮って共有フォルダに上げました",
            ),
            (
                "2038-02-08 15:30",
                8434,
                RP(8433, 3) + "1台目 picked up. the second one's in use at Nishi until 17:00 😕",
            ),
            (
                "2038-02-08 18:20",
                8434,
                "2台目も確保しました ✅ both seats are in the back room",
            ),
            (
                "2038-02-09 09:00",
                8432,
                TO(8431, True)
                + TO(8433, True)
                + "could you two redo the fuel-level check on the 6 cars flagged yesterday? by Thursday pls",
            ),
            ("2038-02-09 09:15", 8433, RP(8432, 8) + "承知しました🙆‍♀️"),
            ("2038-02-10 16:00", 8433, "燃料チェック、私の担当分の3台は終わりました"),
            (
                "2038-02-10 16:30",
                8436,
                TO(8431, True)
                + "Hi Shun — Kaito Logistics (corporate acct) need 4 vans on 2/19. could you hold 4 Hiace for them today, and send me the quote by Friday? ありがとう!",
            ),
            (
                "2038-02-10 17:00",
                8431,
                RP(8436, 11)
                + "今週はちょっと厳しいです…見積は来週月曜でもいいですか？押さえは今やります",
            ),
            (
                "2038-02-10 17:05",
                8436,
                RP(8436, 11) + "ok — quote by next Monday then 👍 thx!",
            ),
            ("2038-02-10 17:30", 8431, RP(8436, 11) + "Hiace 4台、2/19で押さえました"),
            (
                "2038-02-12 08:50",
                8435,
                "シャトルバス2号車、タイヤの空気圧警告が出てます。午前中に誰か見てもらえますか？",
            ),
            (
                "2038-02-12 09:10",
                8434,
                RP(8435, 15) + "checked it — sensor glitch, pressures are fine 👌",
            ),
            (
                "2038-02-15 10:00",
                8431,
                RP(8436, 11) + "Kaito Logistics様の見積、送付しました",
            ),
            (
                "2038-02-15 10:30",
                8432,
                RP(8432, 8) + "fuel check ETA? Misaki said her 3 are in",
            ),
        ],
        [
            task(1, ["damage photos"], [8431], ("2038-02-08T12:00", "Mon"), "done"),
            task(3, ["チャイルドシート"], [8434], ("2038-02-08", "Mon"), "done"),
            task(8, ["fuel"], [8431, 8433], ("2038-02-11", "Thu"), "open"),
            task(11, ["Hiace"], [8431], ("2038-02-10", "Wed"), "done"),
            task(11, ["quote"], [8431], ("2038-02-15", "Mon"), "done"),
            task(15, ["空気圧"], [], ("2038-02-12T12:00", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    # b29en-14: translation agency and freelancers, mixed, a human as self account,
    # across the year-end break into January 2039
    conv(
        "b29en-14",
        (942014, "Aozora製薬 社内報 英訳プロジェクト"),
        members_b(8441, 8442, 8443, 8444, 8445, 8446, 8447),
        [
            (
                "2038-12-20 10:00",
                8441,
                "お疲れ様です。Aozora製薬様の社内報 英訳（12ページ）の件です。\n"
                "1) Daniel — 本文の英訳、12/24まで\n"
                "2) Olu — 英訳のレビュー、12/28まで\n"
                "3) 藤井さん — 英語版のDTP、年内\n"
                "よろしくお願いします。",
            ),
            ("2038-12-20 10:10", 8442, RP(8441, 1) + "on it 👍"),
            (
                "2038-12-20 10:30",
                8446,
                RP(8441, 1)
                + "12/28 is tight for me with the holidays — could we make the review 1/5?",
            ),
            (
                "2038-12-20 10:45",
                8441,
                RP(8441, 1) + "Oluさん、了解です。レビューの期限を1/5（水）に変更します🙏",
            ),
            (
                "2038-12-20 11:00",
                8441,
                "経理の方で、フリーランスの皆さんの12月分の支払通知書を今週中に発行していただけますか。",
            ),
            ("2038-12-20 13:00", 8447, "支払通知書の件、承知しました。"),
            (
                "2038-12-21 09:00",
                8443,
                "Bonjour! FYI I'm offline 12/25–1/3. if you need FR checks before then, just ping me 🙂",
            ),
            (
                "2038-12-22 11:00",
                8445,
                "[toall] 年末年始休業のお知らせ：12/29〜1/3はお休み、1/4から通常営業です。",
            ),
            (
                "2038-12-22 14:00",
                8441,
                RP(8441, 1)
                + TO(8444, True)
                + "藤井さん、DTPはやっぱり不要になりました（先方が社内でやるそうです）。代わりに、表紙の画像3点の差し替えを5営業日以内にお願いできますか？",
            ),
            ("2038-12-22 14:20", 8444, RP(8441, 9) + "承知しました〜 対応します"),
            (
                "2038-12-24 17:30",
                8442,
                RP(8441, 1) + "translation delivered to the shared folder — all 12 pages 📂",
            ),
            ("2038-12-24 18:00", 8447, RP(8441, 5) + "支払通知書、発行しました。"),
            (
                "2038-12-27 10:00",
                8444,
                "表紙、ほぼ終わりました。残りは3枚目の画像だけです",
            ),
            ("2038-12-27 10:05", 8441, RP(8444, 13) + "ありがとうございます🙏"),
            (
                "2038-12-28 16:00",
                8445,
                TO(8446)
                + "Olu — Aozora asked for the 2-page insert too. could you review it as well? by 1/5 is fine",
            ),
            (
                "2038-12-28 16:20",
                8446,
                RP(8445, 15) + "sure, will fold it into the same pass",
            ),
            (
                "2039-01-04 10:00",
                8444,
                RP(8441, 9) + "表紙の画像3点、差し替え完了です🎨",
            ),
            (
                "2039-01-05 15:00",
                8446,
                RP(8441, 1) + "review's done ✅ tracked changes are in the folder",
            ),
        ],
        [
            task(1, ["本文", "英訳"], [8442], ("2038-12-24", "Fri"), "done"),
            task(1, ["レビュー"], [8446], ("2039-01-05", "Wed"), "done"),
            task(5, ["支払通知書"], [], ("2038-12-24", "Fri"), "done"),
            task(9, ["表紙"], [8444], ("2039-01-04", "Tue"), "done"),
            task(15, ["insert"], [8446], ("2039-01-05", "Wed"), "open"),
        ],
        self_account_id=8445,
    ),
]


CASES = CASES_A + CASES_B
