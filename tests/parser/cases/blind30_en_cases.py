# ruff: noqa: E501
"""Blind set 30, English half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b30en-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 30, English half (a): seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md (in
full), the build.py helper and the first 75 and last 30 lines of
blind22_en_cases.py (for the file's shape); never the parser's source, its other
tests, case files or notes, and never ran the parser on these texts. Eight searches
of public material were used only to learn how people phrase asks, promises,
delays and close-outs: GitHub issue and PR threads (asking for more time while
blocked on a vendor, self-assigning / "PR is up, ptal", closing as no longer
needed, Japanese 対応 / 修正済み / 再送 threads, "still broken, tried again") and
workplace-writing pages (Slack etiquette and shorthand, Japanese business-chat
request and 催促 / リマインド phrasing, gentle-reminder / follow-up emails). Every
person, company, room, product and sentence here is invented and written fresh;
nothing is copied. Gold dues were computed with a throwaway script in
/tmp/b30/en_a (datetime + jpholiday, one function per row of the spec's deadline
table: today / EOD, tomorrow, bare weekday, next + weekday, this week / 今週中,
N営業日以内 skipping weekends, Japanese holidays incl. the 4/30 substitute day and
12-29 .. 01-03, 年内, the M/D window rule, times such as noon, 3pm, 午前中, 夕方),
never by hand; each due carries its weekday so build.py catches a typo. Phrases
the spec does not define (COB, tonight, after lunch, "after the break", tmrw as a
deadline, "before Friday", English "business days") were kept out of every task's
deadline. Cancelled tasks are left out of the gold, as the spec drops them. The
spec says nothing about reopening a task reported done or about handing a task
to someone else by reply, so neither appears. All rooms run on Asia/Tokyo in
2040; b30en-07 crosses the year-end break into January 2041.

Domains: an architecture firm with a Tokyo developer client (mixed; Golden Week,
3営業日以内 over the 4/30 substitute holiday, 明日の午前中 in an acceptance, a
deadline moved later by the requester to 5/8（火）, a multi-assignee task closed by
one assignee's reply), a biotech lab ordering supplies (English, a bot as self
account, 海の日, "could I have till Tuesday?" -> "sure, PO by Tuesday", [toall]
without the bot, a Chatwork date task), a university admissions office with a
Japanese partner school (mixed; "we need X by 9/21", by Monday landing on 敬老の日,
"would appreciate a review by Friday", a gentle nudge that is no task), a
restaurant group opening in Osaka (mixed; [toall] with owner lines, a long note
whose only task is its last line, 確認お願いします after a delivery, 確認しました
closing it while asking for 修正, 不要になりました, "has to be placed by next
Monday"), a drone survey company (no task at all), an e-sports tournament crew
(English, a human self account, [toall] excluding it, "scrap that", a quote with
qtmeta closing a "me —" line, a claim of unowned work "I can take the switch
swap", a Chatwork time task added and done, EOD today, a requester moving a
deadline to next Wednesday) and an NGO's volunteer coordinators (mixed; to-do
lines with （名前） and （私）, 年内, 金曜の夕方 in an acceptance, "we're dropping
this one", an old-style Chatwork task without deadline, 5営業日以内 across
12-29 .. 01-03 into 2041).

Covers: list messages with "- Tomás:", "1) Leo —", "• … — Nikolai, this week",
"me —" and "・…（私）" owners; asks whose work is implicit (確認お願いします after a
delivery, "would appreciate a review"); "can someone …" with nobody named, closed
by someone else's reply; commitments in claims; acceptances by reply that set or
restate a deadline; deadlines moved by the assignee and by the requester;
completion in other words by reply (uploaded to the drive, filed, labelled,
ordered, sent over, アップしました, "is in the rundown", LGTM),
by quote, by Chatwork task_done, and bare from an assignee's only open task;
bare "my usage is in" / :white_check_mark: from one assignee of a [toall] task
closing nothing; a thank-you naming someone else's work closing nothing;
partial progress and failed attempts (half way, 3 of 5 zones, 4 of 6, 38 of 52,
voicemail, 折り返し待ち, Audiotek refusing the return, "still waiting on the dairy
quote"); cancellations by the requester (scrap that, 不要になりました, we're
dropping this one); look-alikes that ask for nothing (schedules and notices with
times, questions for information, a client letter pasted in [code], offers and
"ping me if …", a promise to share the NOTAM once issued, holiday notices,
emoji-only replies, signatures, thanks). The room without a task is b30en-05.

Part B
------
Blind set 30, English half B: seven English and mixed Japanese/English Chatwork rooms.

How it was written: blind. The author read only shared/spec/extraction.md, the
build.py helper and the first 75 and last 30 lines of blind22_en_cases.py (for the
file's shape), never the parser's source, its tests, other case files or notes, and
never ran the parser on these texts. Eight searches of public material were used
only to learn how people phrase asks, promises, hand-overs, delays and close-outs:
GitHub issue and PR threads (asking for a few more days / "still blocked on
review", out-of-office hand-over threads, Japanese PR review-request and
修正しました / 確認しました exchanges, "no longer needed" closures, postmortem
action items with owners and failed retries) and workplace-writing pages (async
Slack etiquette with owner + deadline, Japanese reminder / 催促 / 進捗いかがでしょうか
phrasing, chat shorthand such as lmk / np / ty). Every person, company, room,
product, place name and sentence here is invented and written fresh; nothing is
copied. Gold dues were computed with a throwaway script in /tmp/b30/en_b
(datetime + jpholiday, one function per row of the spec's deadline table), never
by hand, and each carries its weekday so build.py catches a typo. Phrases the spec
does not define (tonight, after lunch, "this morning", "before the interviews",
"Friday morning", "the long weekend") never carry a task's only deadline.
Cancelled tasks are left out of the gold, as the spec drops them. All rooms run on
Asia/Tokyo in 2040; b30en-13 crosses the year-end break into January 2041.

Domains: a hotel chain's revenue team (English; Golden Week, a list whose header
names the review day, an acceptance that sets "tomorrow", a requester moving a
deadline to Wednesday, "I'll take this one", "can someone", any update? / 2 of 5
backfilled, a long recap whose only task is the last line); a recruitment agency
with a Japanese client (mixed; 今週中 moved by the assignee's "could I have until
Tuesday?" and agreed, over 敬老の日, ご確認お願いします after a delivery, 拝見しました
closing the review and opening 面接の日程調整 where 10/3か10/4 is the interview, not
the deadline); a freight forwarder at Yokohama port (mixed; a numbered list with
（明日の10時まで）, 私がやります and a header date that describes the vessel, a
customer's ask inside 「」, 3営業日以内 over 海の日, an acceptance that narrows 明日の17時 to
明日の午前中); a dental clinic's front desk (English, NO task: holiday and meeting
notices, minutes without action items, a pasted patient email in [qt], offers,
"let me know" questions, promises to report, emoji-only replies); a mobile-app
agency with a Japanese bank client (English; a bot as self account, Chatwork
date task added and done, ptal after a pushed fix, LGTM / approved / good to go,
[toall] sign-off excluding the bot, a pasted email in [code], "client pulled this
one", pentest triage moved to Wednesday by its owner, bare done reports that close
nothing because the sender has several open tasks); a ski resort in Niseko
(mixed; 年内, 明日の夕方, a Chatwork time task, 再送です with a [qt] re-send, failed
calls then "got through", a two-person task due 5営業日以内 across 12-29 .. 01-03,
週明け landing after 成人の日); an academic conference committee (English; a human
as self account, numbered minutes, an item cancelled by a quote "no longer
needed", an offer that names the work, "could I have till Monday?" → "sure",
[toall] availability moved by the requester, bare "mine's in" from single
assignees of a multi-assignee task).

Covers: terse acks (on it, noted, ack, 👍, :white_check_mark:, :pray:), implicit
work, several tasks per message, replies that finish, cancel or move a task,
partial progress and failed attempts that do not finish, completion in other
words that names where the result is (uploaded, filed, posted, booked, in the
deck, on the shared drive), conditional acceptances, quotes and pasted text that
ask nothing, dates that describe the thing, noise (emoji, lowercase, -- signature).
The room without a task is b30en-11.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b30en-01 architecture firm / Tokyo developer client
    9301: "Elena Vos",
    9302: "Tomás Reyes",
    9303: "Priya Nair",
    9304: "藤堂 真澄",
    9305: "大槻 航",
    # b30en-02 biotech lab supplies
    9311: "Ines Halvorsen",
    9312: "Marcus Oduya",
    9313: "Yuki Tanabe",
    9314: "Leo Brandt",
    9315: "Chloe Ferrand",
    9320: "LabOps Bot",
    # b30en-03 university admissions office / Japanese partner school
    9321: "Hannah Okafor",
    9322: "Diego Marchetti",
    9323: "水野 沙織",
    9324: "千葉 拓也",
    9325: "Ruth Ellison",
    # b30en-04 restaurant group opening in Osaka
    9331: "Olivia Brandt",
    9332: "岡本 玲奈",
    9333: "Felix Duarte",
    9334: "西村 健太",
    9335: "Aiko Lambert",
    9336: "森下 陽介",
    # b30en-05 drone survey company (no task)
    9341: "Rafael Kim",
    9342: "Sunniva Berg",
    9343: "Tariq Hassan",
    9344: "Mei Okonkwo",
    9345: "Jun Ashford",
    # b30en-06 e-sports tournament crew (human self account)
    9351: "Zoe Lindgren",
    9352: "Kwame Asante",
    9353: "Ryo Fujimura",
    9354: "Bea Santos",
    9355: "Nikolai Petrov",
    9356: "Hana Whitfield",
    # b30en-07 NGO volunteer coordinators
    9361: "石川 紗希",
    9362: "Tom Keller",
    9363: "Ananya Rao",
    9364: "小松 大地",
    9365: "Grace Mwangi",
}


def members(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    return f"[rp aid={aid} to={{m{n}}}]"


CASES_A = [
    # ------------------------------------------------------------------
    # b30en-01: architecture firm, Japanese developer client, English replies.
    # Golden Week 2040: 4/29 (Sun) 昭和の日 -> 4/30 substitute holiday, 5/3-5/5.
    conv(
        "b30en-01",
        (952001, "汐留ランドワークス × Vos Mori Architects｜ロビー改修"),
        members(9301, 9302, 9303, 9304, 9305),
        [
            (
                "2040-04-23 10:05",
                9304,
                "[To:9301]Elena Vosさん\nお世話になっております。先日の定例の件、ロビー案の修正版を4/27までにご共有いただけますでしょうか。\nよろしくお願いいたします。",
            ),
            (
                "2040-04-23 10:20",
                9301,
                RP(9304, 1) + "藤堂さん noted — we'll have it over to you by Friday 👍",
            ),
            (
                "2040-04-23 10:31",
                9301,
                "Tomás, Priya — split for the lobby rev:\n- Tomás: redo the canopy elevations w/ the new glass spec, by Wednesday\n- Priya: clash check on the revised ceiling void, tomorrow 3pm\n(藤堂さん's markups are in /lobby/markup if you need them)",
            ),
            ("2040-04-23 11:02", 9302, "on it"),
            (
                "2040-04-24 14:40",
                9303,
                RP(9301, 3)
                + " clash check is about half way — 3 of 5 zones clean, the north void still throws errors on the sprinkler mains. still blocked on the MEP model from 大槻さん's side",
            ),
            (
                "2040-04-24 14:45",
                9303,
                "[To:9305]大槻さん\ncould you send over the latest sprinkler model? the one on the portal is from March 🙏",
            ),
            (
                "2040-04-24 16:10",
                9305,
                RP(9303, 6) + "承知しました。明日の午前中にアップします。",
            ),
            (
                "2040-04-25 09:50",
                9305,
                RP(9303, 6) + "ポータルにアップロードしました。フォルダ「MEP_0425」です。",
            ),
            (
                "2040-04-25 17:30",
                9302,
                RP(9301, 3) + " canopy elevations uploaded to the drive, /lobby/rev3",
            ),
            (
                "2040-04-25 18:05",
                9301,
                RP(9302, 9) + " nice work on the mullion line 👏",
            ),
            (
                "2040-04-26 09:15",
                9303,
                RP(9301, 3)
                + " clash check done — 0 hard clashes with the new model. report filed in /coord/clash",
            ),
            (
                "2040-04-26 11:00",
                9304,
                RP(9301, 1)
                + "Elenaさん\nすみません、ロビー案ですが社内確認が連休明けになりそうなので、5/8（火）で大丈夫です。",
            ),
            (
                "2040-04-26 11:20",
                9301,
                RP(9304, 12) + "ありがとうございます、助かります 🙏",
            ),
            (
                "2040-04-26 15:00",
                9304,
                "[To:9301][To:9302]\n【依頼】駐輪場の配置案を3営業日以内にいただけますか。社内の稟議に添付します。",
            ),
            ("2040-04-26 15:30", 9302, RP(9304, 14) + "承知しました！"),
            (
                "2040-04-27 10:00",
                9302,
                "bike parking: option A sketched, option B still rough ✏️",
            ),
            (
                "2040-04-27 16:40",
                9301,
                "fyi office is closed 4/30 (振替休日) and 5/3–5/6. the 5/1 coordination meeting stays at 14:00 on Teams",
            ),
            (
                "2040-05-02 17:20",
                9301,
                RP(9304, 14) + "藤堂さん\n駐輪場の配置案、A案・B案の2案をメールでお送りしました 📎",
            ),
            (
                "2040-05-07 09:00",
                9304,
                RP(9301, 18) + "受領しました。ありがとうございます！",
            ),
        ],
        [
            task(1, ["ロビー"], [9301], ("2040-05-08", "Tue"), "open"),
            task(3, ["canopy"], [9302], ("2040-04-25", "Wed"), "done"),
            task(3, ["clash"], [9303], ("2040-04-24T15:00", "Tue"), "done"),
            task(6, ["sprinkler"], [9305], ("2040-04-25T12:00", "Wed"), "done"),
            task(14, ["駐輪場"], [9301, 9302], ("2040-05-02", "Wed"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    # b30en-02: biotech lab ordering supplies, English only, a bot as self account.
    # 海の日 2040-07-16 (Mon).
    conv(
        "b30en-02",
        (952002, "Halvorsen lab — supplies & orders"),
        members(9311, 9312, 9313, 9314, 9315, 9320),
        [
            (
                "2040-07-11 09:10",
                9312,
                "morning all ☕ reorder round for next week, shout if I missed anything:\n1) Leo — order nitrile gloves (M + L, 20 boxes) by Friday\n2) Yuki — confirm the antibody lot numbers w/ Selvane by tomorrow noon\n3) Chloe — raise the PO for the -80 freezer service, also by Friday",
            ),
            ("2040-07-11 09:25", 9314, "👍"),
            (
                "2040-07-11 09:40",
                9315,
                RP(9312, 1)
                + " PO for the freezer service — need Kryotek's quote first, still waiting on them",
            ),
            (
                "2040-07-11 13:05",
                9313,
                RP(9312, 1)
                + " lot numbers: called Selvane twice, straight to voicemail both times 😩",
            ),
            (
                "2040-07-11 15:30",
                9311,
                "fyi the grant renewal call went well, reviewers liked the organoid data. site visit is penciled in for 9/26, nothing to prep yet. thanks all 🙏",
            ),
            (
                "2040-07-12 10:20",
                9313,
                RP(9312, 1)
                + " got through to Selvane on the 3rd try — lot numbers confirmed, both match the last order. noted in the reagent log",
            ),
            (
                "2040-07-12 16:00",
                9315,
                "can someone label the new shelving in cold room B? the auditor flagged it on the pre-audit list",
            ),
            (
                "2040-07-13 09:30",
                9314,
                RP(9315, 7) + " labelled ✅ photos are in the audit folder",
            ),
            (
                "2040-07-13 10:15",
                9314,
                RP(9312, 1) + " gloves ordered, 20 boxes, arriving wed",
            ),
            (
                "2040-07-13 14:00",
                9315,
                RP(9312, 1)
                + " Kryotek quote landed 🎉 could I have till Tuesday for the PO? finance is shut Monday for the holiday",
            ),
            ("2040-07-13 14:20", 9312, RP(9315, 1) + " sure, PO by Tuesday is fine"),
            (
                "2040-07-17 09:00",
                9320,
                "[info][title]Scheduled export[/title]Cold room B temperature log export runs 07-18 02:00. No action needed.[/info]",
            ),
            (
                "2040-07-17 11:30",
                9315,
                "PO raised for the freezer service — PO-40-1187, sent over to Kryotek 📨",
            ),
            (
                "2040-07-17 15:00",
                9312,
                "[toall] fyi lab meeting moves to Thursday 10:00 this week only, room 4B 📅",
            ),
            (
                "2040-07-18 10:00",
                9312,
                "[toall] everyone please log your Q2 reagent usage in the sheet by Friday",
            ),
            ("2040-07-18 16:30", 9314, "my usage is in ✅"),
            ("2040-07-18 16:45", 9313, RP(9312, 15) + " ty, on it"),
            (
                "2040-07-19 09:10",
                9311,
                "Leo, thanks for sorting the cold room labels so quickly 🙏",
            ),
            (
                "2040-07-19 14:00",
                9312,
                task_added(
                    9313,
                    chatwork_lt("2040-07-24"),
                    "Reorder antibody — 2 vials, lot 4471B",
                    "date",
                ),
            ),
        ],
        [
            task(1, ["gloves"], [9314], ("2040-07-13", "Fri"), "done"),
            task(1, ["lot numbers"], [9313], ("2040-07-12T12:00", "Thu"), "done"),
            task(1, ["freezer service"], [9315], ("2040-07-17", "Tue"), "done"),
            task(7, ["shelving"], [], None, "done"),
            task(
                15,
                ["reagent usage"],
                [9311, 9313, 9314, 9315],
                ("2040-07-20", "Fri"),
                "open",
            ),
            task(19, ["antibody"], [9313], ("2040-07-24", "Tue"), "open"),
        ],
        self_account_id=9320,
    ),
    # ------------------------------------------------------------------
    # b30en-03: university admissions office, English requesters, a Japanese
    # partner school replying in Japanese. 敬老の日 2040-09-17 (Mon).
    conv(
        "b30en-03",
        (952003, "Northvale Univ. × 青嶺国際高校｜2041 spring intake"),
        members(9321, 9322, 9323, 9324, 9325),
        [
            (
                "2040-09-13 10:00",
                9321,
                "[To:9323]水野さん\nhi! for the spring intake we need the transcripts for the 6 nominated students by 9/21. scans are fine for now, originals can follow by post",
            ),
            (
                "2040-09-13 10:40",
                9323,
                RP(9321, 1) + "承知しました。学年主任に確認のうえ、揃い次第お送りします。",
            ),
            (
                "2040-09-13 11:15",
                9322,
                "the Aomine parents' webinar on Fri 9/14 is confirmed — 19:00 JST, Zoom link is in the invite. nothing needed from the school side 🙂",
            ),
            (
                "2040-09-13 14:00",
                9321,
                "[To:9322]Diego\npls draft the slide deck for the 10/5 info session at 青嶺 by next Wednesday — same structure as last year's is fine",
            ),
            ("2040-09-13 14:10", 9322, "will do"),
            (
                "2040-09-14 09:20",
                9322,
                "deck: outline's there, slides maybe 40% — need the scholarship numbers from Ruth before I can finish",
            ),
            (
                "2040-09-14 09:35",
                9322,
                "[To:9325]Ruth\ncould you send me the 2041 scholarship figures? by Monday ideally 🙏",
            ),
            (
                "2040-09-14 10:00",
                9325,
                RP(9322, 7) + " monday's a holiday in Japan but not for us 😅 np",
            ),
            (
                "2040-09-17 10:30",
                9325,
                RP(9322, 7) + " figures sent over by email, also pasted them into the deck notes",
            ),
            (
                "2040-09-18 11:00",
                9321,
                RP(9323, 1) + " gentle nudge on the transcripts 🙏 any update?",
            ),
            (
                "2040-09-18 13:20",
                9323,
                RP(9321, 1)
                + "6名中4名分は手元にあります。残り2名分は担任が不在のため、まだ揃っていません。",
            ),
            (
                "2040-09-19 16:00",
                9322,
                RP(9321, 4)
                + " uploaded the deck draft to the shared drive → /intake2041/info-session_v1.pptx. would appreciate a review by Friday",
            ),
            (
                "2040-09-20 10:00",
                9321,
                RP(9322, 12) + " went through it — LGTM, only nit is the fees slide font 👍",
            ),
            (
                "2040-09-20 15:00",
                9324,
                "[To:9321]Hannahさん\n説明会当日の駐車場ですが、来場者用に何台分必要でしょうか？",
            ),
            (
                "2040-09-20 15:30",
                9321,
                RP(9324, 14)
                + " good question — 6 should be plenty. could you hold 6 parking spaces for us by 9/27?",
            ),
            (
                "2040-09-21 09:00",
                9323,
                RP(9321, 1)
                + "残りの2名分も揃いましたので、6名分まとめてメールでお送りしました。\nよろしくお願いいたします。",
            ),
            (
                "2040-09-21 11:00",
                9321,
                RP(9323, 16) + " received all 6, thank you so much 🙏",
            ),
            (
                "2040-09-25 10:00",
                9324,
                RP(9321, 15) + "駐車場の件、施設課に申請中です。回答待ちです。",
            ),
        ],
        [
            task(1, ["transcripts"], [9323], ("2040-09-21", "Fri"), "done"),
            task(4, ["slide deck"], [9322], ("2040-09-19", "Wed"), "done"),
            task(7, ["scholarship"], [9325], ("2040-09-17", "Mon"), "done"),
            task(12, ["review"], [9321], ("2040-09-21", "Fri"), "done"),
            task(15, ["parking"], [9324], ("2040-09-27", "Thu"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    # b30en-04: restaurant group opening in Osaka, Japanese store manager with
    # English replies. 勤労感謝の日 2040-11-23 (Fri).
    conv(
        "b30en-04",
        (952004, "Marigold 心斎橋 オープン準備"),
        members(9331, 9332, 9333, 9334, 9335, 9336),
        [
            (
                "2040-11-12 09:30",
                9332,
                "[toall]お疲れ様です。オープンまで残り3週間です 🎉\n今週の段取り：\n1) Felixさん — 試食会メニューの確定（11/15まで）\n2) Aikoさん — プレス向け案内文の作成\n3) 森下さん — 食器の発注、今週中\n4) 西村さん — 厨房の排気ダクト点検の日程調整\nよろしくお願いします！",
            ),
            (
                "2040-11-12 09:45",
                9333,
                RP(9332, 1)
                + " menu — I'll have it locked by Thursday, just waiting on the fish supplier's prices",
            ),
            ("2040-11-12 10:10", 9335, "np, on it ✍️"),
            (
                "2040-11-12 13:00",
                9336,
                RP(9332, 1) + "食器、業者に見積依頼しましたが、まだ回答がありません。",
            ),
            (
                "2040-11-13 11:20",
                9331,
                "[To:9332]\nlong one, sorry 🙏 notes from the landlord call: signage permit is approved, the shutter repair happens on 11/20 (their contractor, not ours), gas inspection is booked for 11/28 at 10:00, and staff uniforms arrive on the 26th. soft-opening guest list is still with HQ, nothing to do there yet.\nlast thing — 岡本さん, could you send me the final floor plan PDF by tomorrow 3pm? I need it for the insurance form.",
            ),
            ("2040-11-13 11:40", 9332, RP(9331, 5) + "承知しました！"),
            (
                "2040-11-13 17:05",
                9332,
                RP(9331, 5) + "図面のPDF、送付しました。最新版（rev.7）です。",
            ),
            (
                "2040-11-14 10:00",
                9335,
                RP(9332, 1)
                + " uploaded the press note draft to the marketing folder — 確認お願いします 🙏",
            ),
            (
                "2040-11-14 15:00",
                9332,
                RP(9335, 8)
                + "確認しました。2点だけ修正をお願いします：店名のふりがな、オープン日の曜日。明日中で大丈夫です。",
            ),
            (
                "2040-11-15 09:00",
                9333,
                RP(9332, 1) + " tasting menu is final ✅ sent it round to everyone by mail",
            ),
            ("2040-11-15 12:30", 9335, RP(9332, 9) + " 了解です 🙆‍♀️"),
            (
                "2040-11-15 14:00",
                9334,
                RP(9332, 1)
                + "ダクト点検の件、業者に2回電話しましたが、担当者不在で折り返し待ちです。",
            ),
            (
                "2040-11-16 10:00",
                9332,
                RP(9334, 1)
                + "西村さん、ダクト点検の日程調整は本社側で持つことになったので、こちらは不要になりました。ありがとうございました！",
            ),
            (
                "2040-11-16 16:30",
                9336,
                "食器の発注、完了しました。納品は11/27の予定です。",
            ),
            (
                "2040-11-19 09:15",
                9331,
                "[To:9333]\nFelix, when you get a sec — the opening-week produce order with Kansai Greens has to be placed by next Monday. can you own that?",
            ),
            ("2040-11-19 09:30", 9333, "sure 👍"),
            (
                "2040-11-21 18:00",
                9333,
                RP(9331, 15)
                + " produce: veg is in, still waiting on the dairy quote before I can put in the rest",
            ),
            (
                "2040-11-22 10:00",
                9331,
                "fyi tomorrow (11/23) is a holiday here so the Kansai Greens office is closed; friday deliveries shift to saturday. enjoy the long weekend 🍁",
            ),
        ],
        [
            task(1, ["メニュー"], [9333], ("2040-11-15", "Thu"), "done"),
            task(1, ["案内文"], [9335], None, "done"),
            task(1, ["食器"], [9336], ("2040-11-16", "Fri"), "done"),
            task(5, ["floor plan"], [9332], ("2040-11-14T15:00", "Wed"), "done"),
            task(8, ["press note"], [9332], None, "done"),
            task(9, ["修正"], [9335], ("2040-11-15", "Thu"), "open"),
            task(15, ["produce"], [9333], ("2040-11-26", "Mon"), "open"),
        ],
    ),
    # ------------------------------------------------------------------
    # b30en-05: drone survey company, English only. No task at all: schedules,
    # FYIs, questions, a pasted client letter, offers, a promise to share,
    # reports of work nobody asked for in this room. 山の日 2040-08-11 (Sat).
    conv(
        "b30en-05",
        (952005, "Skyline Survey Works — flight ops"),
        members(9341, 9342, 9343, 9344, 9345),
        [
            (
                "2040-08-06 08:30",
                9341,
                "morning 🌤 calendar's updated for the week, see the Flights tab 📅 — Hinode quarry tue morning, solar farm wed, levee corridor thu if the wind allows. friday is maintenance day, hangar closed to visitors.",
            ),
            ("2040-08-06 08:41", 9342, "👍"),
            (
                "2040-08-06 09:10",
                9343,
                "fyi DJI firmware 14.2 is out but the release notes mention RTK drift on some units. we're staying on 14.1 for now",
            ),
            (
                "2040-08-06 09:30",
                9344,
                "is the Hinode job 2cm GSD or 3cm? contract says one thing and the brief the other 🤔",
            ),
            (
                "2040-08-06 09:45",
                9345,
                RP(9344, 4)
                + " 2cm — the brief is out of date, the client confirmed on last week's call",
            ),
            (
                "2040-08-06 11:00",
                9345,
                "draft reply to Kuroshio Port below, shout if the tone is off:\n[code]Dear Ms Sakamoto,\nThank you for the updated boundary file. Could you please confirm the access gate code and send the safety induction slides by Friday? We will share the flight window once the NOTAM is issued.\nKind regards,\nJun Ashford[/code]",
            ),
            ("2040-08-06 11:20", 9341, RP(9345, 6) + " reads fine to me 👌"),
            (
                "2040-08-07 07:50",
                9342,
                "Hinode quarry flown ✅ 412 images, the overnight batch is in the ingest bucket",
            ),
            (
                "2040-08-07 12:15",
                9343,
                "JMA model has gusts to 10 m/s thu afternoon, morning looks calmer 🤞 go/no-go call at 07:00 on the day as usual",
            ),
            (
                "2040-08-07 14:00",
                9344,
                "the orthomosaic template for the levee job is in /templates/levee_v3 if anyone needs it. ping me if something's unclear",
            ),
            (
                "2040-08-07 16:30",
                9345,
                "Kuroshio Port came back: gate code is 4471, induction slides are attached to their mail. will share the NOTAM here once it's issued",
            ),
            (
                "2040-08-08 09:00",
                9341,
                "reminder: office is closed sat 8/11 (山の日), no weekend flights this week. payroll goes out on the 10th as normal",
            ),
            (
                "2040-08-08 10:15",
                9342,
                "can the spare battery set go in van 2, or is that space reserved for Tariq's kit?",
            ),
            (
                "2040-08-08 10:20",
                9343,
                RP(9342, 13) + " van 2 is fine, mine all fit in van 1",
            ),
            (
                "2040-08-09 15:40",
                9343,
                "levee corridor flown, 3 of 4 segments. segment D got cut short by a gusty spell — might not even be needed, the client only asked for A–C in the end",
            ),
            ("2040-08-09 16:00", 9344, "nice one 🙌 :tada:"),
            (
                "2040-08-10 17:30",
                9341,
                "thanks all for a smooth week 🙏 enjoy the long weekend, see you monday\n-- Rafael",
            ),
            ("2040-08-10 17:45", 9345, "🙏"),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    # b30en-06: e-sports tournament crew, English only, the director's own
    # account is the one chatsync reads with (self account), [toall].
    # 天皇誕生日 2040-02-23 (Thu).
    conv(
        "b30en-06",
        (952006, "Crimson Circuit Spring Open — crew"),
        members(9351, 9352, 9353, 9354, 9355, 9356),
        [
            (
                "2040-02-13 10:00",
                9351,
                "[toall] kickoff for Spring Open prep 🎮 everyone please confirm your availability for the 2/25 finals in the crew sheet by Wednesday",
            ),
            ("2040-02-13 10:05", 9354, ":white_check_mark:"),
            (
                "2040-02-13 11:30",
                9352,
                "broadcast checklist:\n• caster headsets — return the two faulty ones to Audiotek — Nikolai, this week\n• overlay package w/ the new sponsor logos — Bea, next Monday\n• me — rotate the stream keys on all channels",
            ),
            ("2040-02-13 11:45", 9355, "headsets: will do"),
            (
                "2040-02-13 13:00",
                9356,
                "[To:9353]Ryo\ncould you redo the booth floor plan for Nimbus Noodles? they want the corner spot. by Thursday pls",
            ),
            ("2040-02-13 13:20", 9353, "👍"),
            (
                "2040-02-14 09:30",
                9356,
                RP(9353, 5)
                + " scrap that — Nimbus pulled out of the event, booth stays as it is. sorry Ryo 🙇",
            ),
            (
                "2040-02-14 10:00",
                9356,
                "[To:9352]\nVolta's 30s spot is in /sponsors/volta. it has to be in the rundown before the semis draw, EOD today please",
            ),
            (
                "2040-02-14 15:40",
                9352,
                "[qt][qtmeta aid=9352 time={t3}]• me — rotate the stream keys on all channels[/qt]\nkeys rotated on all 3 channels 🔑",
            ),
            (
                "2040-02-14 17:50",
                9352,
                RP(9356, 8) + " Volta spot is in the rundown, slot 14 before semi 1",
            ),
            (
                "2040-02-15 11:00",
                9351,
                RP(9351, 1) + " crew sheet is complete — all five of you filled it in, thanks 🙌",
            ),
            (
                "2040-02-15 16:00",
                9355,
                "hall B wifi dropped twice during today's scrim. venue IT says it's our switch 🙄",
            ),
            (
                "2040-02-15 16:10",
                9353,
                RP(9355, 12) + " I can take the switch swap, spare's in my car",
            ),
            ("2040-02-16 09:30", 9353, "switch swapped, hall B stable since 🎉"),
            (
                "2040-02-16 10:00",
                9351,
                task_added(
                    9353,
                    chatwork_lt("2040-02-20", "18:00"),
                    "Referee rota for the group stage",
                    "time",
                ),
            ),
            (
                "2040-02-16 17:40",
                9355,
                RP(9352, 3)
                + " Audiotek won't take the headsets back without the original boxes 😩 trying their repair desk instead",
            ),
            (
                "2040-02-17 10:30",
                9352,
                RP(9354, 3)
                + " Bea — with the sponsor reshuffle the overlay can wait, next Wednesday is fine",
            ),
            (
                "2040-02-20 12:00",
                9352,
                "fyi the test stream is on wed 2/22 at 20:00, join the discord if you want to watch 📺",
            ),
            (
                "2040-02-20 17:55",
                9353,
                task_done(
                    9353,
                    chatwork_lt("2040-02-20", "18:00"),
                    "Referee rota for the group stage",
                    "time",
                ),
            ),
            (
                "2040-02-21 09:00",
                9354,
                "overlay's coming along — lower thirds are there, bracket graphics still to do",
            ),
        ],
        [
            task(
                1,
                ["availability"],
                [9352, 9353, 9354, 9355, 9356],
                ("2040-02-15", "Wed"),
                "done",
            ),
            task(3, ["headsets"], [9355], ("2040-02-17", "Fri"), "open"),
            task(3, ["overlay"], [9354], ("2040-02-22", "Wed"), "open"),
            task(3, ["stream keys"], [9352], None, "done"),
            task(8, ["Volta"], [9352], ("2040-02-14", "Tue"), "done"),
            task(13, ["switch"], [9353], None, "done"),
            task(15, ["referee rota"], [9353], ("2040-02-20T18:00", "Mon"), "done"),
        ],
        self_account_id=9351,
    ),
    # ------------------------------------------------------------------
    # b30en-07: NGO volunteer coordinators, a Japanese coordinator with English
    # replies, across the 12-29 .. 01-03 break into January 2041.
    conv(
        "b30en-07",
        (952007, "ひかりブリッジ｜年末炊き出し 2040"),
        members(9361, 9362, 9363, 9364, 9365),
        [
            (
                "2040-12-17 10:00",
                9361,
                "[To:9362][To:9363]\nお疲れ様です。年末の炊き出しの件です。\n・ボランティア名簿の更新（Tomさん）12/21まで\n・配送ルートの確定（Ananyaさん）\n・寄付者へのお礼状（私）年内\nよろしくお願いします。",
            ),
            ("2040-12-17 10:12", 9362, "roster — will do 👍"),
            (
                "2040-12-17 10:30",
                9363,
                RP(9361, 1)
                + " routes: need the final pickup addresses from 小松さん first, so this one's blocked for now",
            ),
            (
                "2040-12-17 11:00",
                9363,
                "[To:9364]小松さん\ncould you send me the final list of pickup addresses by Wednesday? 🙏",
            ),
            (
                "2040-12-17 15:20",
                9364,
                RP(9363, 4)
                + "承知しました。棚卸しと重なっているので、金曜の夕方までにお送りします。",
            ),
            (
                "2040-12-18 09:00",
                9365,
                "fyi Sakuragi Bakery offered 200 loaves for the 12/27 drive 🍞 pickup details to follow from their side",
            ),
            (
                "2040-12-19 10:00",
                9363,
                "[To:9365]Grace\ncould you ask Sakuragi whether they can deliver the bread themselves? by tomorrow pls",
            ),
            (
                "2040-12-19 13:00",
                9363,
                RP(9365, 7)
                + " we're dropping this one — their driver is coming on his own anyway 🙏",
            ),
            (
                "2040-12-19 14:00",
                9362,
                RP(9361, 1) + " roster: 38 of 52 reconfirmed, phoning the rest",
            ),
            (
                "2040-12-20 11:00",
                9361,
                "[toall]【お知らせ】12/27の炊き出しは10:00集合、場所は旭町公民館です。雨天決行、持ち物は名札のみです。",
            ),
            (
                "2040-12-21 16:50",
                9364,
                RP(9363, 4) + "住所リスト、共有フォルダにアップしました。",
            ),
            (
                "2040-12-21 17:30",
                9362,
                RP(9361, 1)
                + " roster's updated — all 52 confirmed or marked out, sheet's in the drive",
            ),
            (
                "2040-12-24 10:00",
                9363,
                RP(9361, 1)
                + " routes are final: 3 vans, 14 stops. map posted in the logistics folder 🗺️",
            ),
            (
                "2040-12-26 09:00",
                9361,
                task_added(9365, 0, "Print 90 survey sheets for the drive", None),
            ),
            (
                "2040-12-26 17:00",
                9365,
                task_done(9365, 0, "Print 90 survey sheets for the drive", None),
            ),
            (
                "2040-12-27 15:00",
                9361,
                "[To:9362]Tomさん\n本日はお疲れ様でした！参加者アンケートの集計を5営業日以内にお願いできますか。",
            ),
            ("2040-12-27 15:20", 9362, "np, will do 🙏"),
            (
                "2040-12-28 10:00",
                9365,
                "office is closed 12/29–1/3, the hotline forwards to Tom's mobile. 良いお年を 🎍",
            ),
            (
                "2041-01-07 10:00",
                9362,
                RP(9361, 16) + " survey tally: 61 of 90 sheets entered so far",
            ),
        ],
        [
            task(1, ["名簿"], [9362], ("2040-12-21", "Fri"), "done"),
            task(1, ["ルート"], [9363], None, "done"),
            task(1, ["お礼状"], [9361], ("2040-12-31", "Mon"), "open"),
            task(4, ["addresses"], [9364], ("2040-12-21T17:00", "Fri"), "done"),
            task(14, ["survey sheets"], [9365], None, "done"),
            task(16, ["アンケート"], [9362], ("2041-01-09", "Wed"), "open"),
        ],
    ),
]


NAMES_B = {
    # b30en-08 hotel chain revenue team
    9381: "Marisol Vega",
    9382: "Daniel Okafor",
    9383: "Yuki Brennan",
    9384: "Tomasz Wierzbicki",
    9385: "Hana Lindqvist",
    9386: "Ravi Menon",
    # b30en-09 recruitment agency placing bilingual staff
    9391: "河合 真理子",
    9392: "Priya Raman",
    9393: "Leo Fischer",
    9394: "Sakura Holm",
    9395: "大西 健吾",
    9396: "Mateo Rossi",
    # b30en-10 freight forwarder, Yokohama port
    9401: "村井 達也",
    9402: "Kofi Mensah",
    9403: "Elena Sokolova",
    9404: "佐伯 美咲",
    9405: "Jun Takeda-Clarke",
    9406: "Bea Santos",
    # b30en-11 dental clinic front desk (no task)
    9411: "Naomi Ferreira",
    9412: "Ayaka Lund",
    9413: "Colin Baptiste",
    9414: "Mirei Oshiro",
    9415: "Samir Haddad",
    # b30en-12 mobile-app agency, Japanese bank client (bot is the self account)
    9421: "Isabel Moreau",
    9422: "Kenji Albright",
    9423: "Freya Nakamura-Dahl",
    9424: "Oskar Brandt",
    9425: "Lucía Ortega",
    9426: "Tasklight Bot",
    9427: "Haruki Vance",
    # b30en-13 ski resort in Niseko
    9431: "菅野 俊介",
    9432: "Callum Reid",
    9433: "Ingrid Solberg",
    9434: "森下 あかね",
    9435: "Tane Whitford",
    9436: "Jae-won Park",
    # b30en-14 academic conference committee (a human is the self account)
    9441: "Helen Achterberg",
    9442: "Tomás Ibarra",
    9443: "Mina Kowalczyk",
    9444: "Arjun Dasgupta",
    9445: "Rosa Lindgren",
    9446: "Felix Osei",
    9447: "Grace Whitmore",
}


def members_b(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES_B[i]) for i in ids]


def RP(aid: int, n: int) -> str:
    """A Chatwork reply header to message n of the same room, written by aid."""
    return f"[rp aid={aid} to={{m{n}}}]{NAMES_B[aid]}\n"


def QT(aid: int, n: int, text: str) -> str:
    """A Chatwork quote of message n (by aid) with qtmeta."""
    return f"[qt][qtmeta aid={aid} time={{t{n}}}]{text}[/qt]"


CASES_B = [
    # ------------------------------------------------------------------ 08
    conv(
        "b30en-08",
        (952008, "Revenue mgmt — Lantern Bay Hotels (Kanto)"),
        members_b(9381, 9382, 9383, 9384, 9385, 9386),
        [
            (
                "2040-04-23 09:10",
                9381,
                "morning all ☕ GW pricing review is Thu 4/26, 14:00 in 3B (video link's in the invite)",
            ),
            (
                "2040-04-23 09:25",
                9381,
                "ahead of Thursday's review:\n- Yuki: comp-set rate shop for 5/3–5/5\n- Daniel: pickup report for the four Bayside properties, by Wednesday",
            ),
            ("2040-04-23 09:41", 9382, "on it 👍"),
            (
                "2040-04-23 10:05",
                9383,
                RP(9381, 2)
                + "will do. the shopper tool is down till tonight so I'll have it tomorrow",
            ),
            (
                "2040-04-23 11:30",
                9384,
                "heads up: the channel manager pushes the rate sync tonight at 23:00, OTA mappings may flicker for ~10 min. nothing needed from anyone",
            ),
            (
                "2040-04-23 14:02",
                9385,
                "[To:9384]Tomasz Wierzbicki\nKairo Bay still shows last week's spring promo on the booking sites 😬 could you pull it down by EOD? group sales is getting calls about it",
            ),
            (
                "2040-04-23 14:25",
                9384,
                RP(9385, 6)
                + "tried twice, the extranet keeps throwing a 502. will retry after lunch",
            ),
            (
                "2040-04-23 16:48",
                9384,
                RP(9385, 6) + "promo's off everywhere now, cleared the cache too ✅",
            ),
            (
                "2040-04-24 09:12",
                9386,
                "fyi the forecast dashboard shows 0% saturday occupancy for every Kanto hotel. looks like last night's ETL skipped a partition",
            ),
            (
                "2040-04-24 09:20",
                9382,
                RP(9386, 9) + "ugh, that explains my weird pickup curve",
            ),
            (
                "2040-04-24 09:31",
                9386,
                "I'll take this one — will backfill the missing partition",
            ),
            (
                "2040-04-24 10:05",
                9383,
                "rate shop's uploaded to the GW folder, one tab per property",
            ),
            (
                "2040-04-24 13:10",
                9381,
                "notes from the owners' call, for the record:\n• GW ADR target is +6% on last year\n• the Kansai team wants to copy our floor-price approach, I said yes\n• the Shirakawa renovation keeps 40 rooms out of inventory until July\n• owners liked the March report, no changes asked\n\n[To:9385]Hana Lindqvist one thing for us: please send the owners the final GW floor prices by Friday noon",
            ),
            ("2040-04-24 13:14", 9385, "👍"),
            (
                "2040-04-24 15:40",
                9381,
                "can someone add the GW blackout dates to the RMS? sales keeps asking why the corporate rate still loads for 5/3",
            ),
            (
                "2040-04-24 17:05",
                9381,
                RP(9386, 11) + "any update on the backfill?",
            ),
            (
                "2040-04-24 17:20",
                9386,
                RP(9381, 16) + "2 of 5 days backfilled, the rest are queued behind the nightly job",
            ),
            (
                "2040-04-25 10:30",
                9382,
                RP(9381, 2) + "pickup report's in the review deck, slide 4",
            ),
            (
                "2040-04-25 11:00",
                9386,
                "backfill finished, dashboard looks normal again 🎉",
            ),
            (
                "2040-04-26 16:30",
                9381,
                RP(9381, 13)
                + "actually Wednesday works for the floor prices, the owners don't meet until 5/7",
            ),
        ],
        [
            task(2, ["rate shop"], [9383], ("2040-04-24", "Tue"), "done"),
            task(2, ["pickup report"], [9382], ("2040-04-25", "Wed"), "done"),
            task(6, ["promo"], [9384], ("2040-04-23", "Mon"), "done"),
            task(11, ["backfill"], [9386], None, "done"),
            task(13, ["floor prices"], [9385], ("2040-05-02", "Wed"), "open"),
            task(15, ["blackout dates"], [], None, "open"),
        ],
    ),
    # ------------------------------------------------------------------ 09
    conv(
        "b30en-09",
        (952009, "Kestrel Talent × 朝凪精工 採用"),
        members_b(9391, 9392, 9393, 9394, 9395, 9396),
        [
            (
                "2040-09-12 10:00",
                9391,
                "[To:9392]Priya Ramanさん\nお世話になっております、朝凪精工の河合です。\n海外営業アシスタントの件、候補者の職務経歴書を今週中にお送りいただけますでしょうか。3名ほどいただけると助かります。",
            ),
            (
                "2040-09-12 10:20",
                9392,
                RP(9391, 1)
                + "Thank you 河合さん! will do 🙌 we have four strong profiles, I'll narrow it to three",
            ),
            (
                "2040-09-12 10:35",
                9392,
                "[To:9393]Leo Fischer [To:9394]Sakura Holm\n1) Leo — reference checks for Aoi and Gabriel, by Friday\n2) Sakura — JLPT certificate copies from all four candidates",
            ),
            ("2040-09-12 11:02", 9394, "ack 🙏"),
            (
                "2040-09-13 11:15",
                9392,
                RP(9391, 1)
                + "河合さん, could I have until Tuesday for the CVs? one candidate gets her JLPT N1 result on Monday and it would strengthen the shortlist",
            ),
            (
                "2040-09-13 11:40",
                9391,
                RP(9392, 5) + "はい、火曜で問題ありません。",
            ),
            (
                "2040-09-13 16:40",
                9393,
                RP(9392, 3)
                + "1 of 2 refs done (Aoi — glowing 👍). Gabriel's ex-manager: called twice, no answer, left a voicemail",
            ),
            (
                "2040-09-13 17:05",
                9394,
                RP(9392, 3) + "JLPT copies: 3 of 4 in, still chasing Gabriel's",
            ),
            (
                "2040-09-14 09:10",
                9394,
                "got Gabriel's certificate as well, all four JLPT copies are in the candidate folder now 📁",
            ),
            (
                "2040-09-14 10:00",
                9396,
                "FYI from compliance: from 10/1 the new 個人情報 consent form replaces the old one for every candidate. template's on the wiki, nothing to do for live searches",
            ),
            (
                "2040-09-14 15:30",
                9393,
                RP(9392, 3) + "Gabriel's reference is done too — solid, notes are in the ATS",
            ),
            (
                "2040-09-14 18:10",
                9392,
                "have a good long weekend everyone 🍁 (Monday is 敬老の日 on the client side, so no replies expected)",
            ),
            (
                "2040-09-18 10:05",
                9392,
                RP(9391, 1)
                + "河合さん, sent the three shortlisted CVs to your inbox just now (PDF, anonymised). ご確認お願いします 🙏",
            ),
            (
                "2040-09-18 16:50",
                9391,
                RP(9392, 13)
                + "拝見しました、ありがとうございます。AoiさんとGabrielさんのお二人とも面接に進めたいので、10/3か10/4で面接の日程調整をお願いできますか？",
            ),
            (
                "2040-09-18 17:05",
                9392,
                RP(9391, 14) + "承知しました! I'll send you slot options by Thursday",
            ),
            (
                "2040-09-19 09:30",
                9392,
                "[To:9395]大西 健吾さん\nFYI: we're aiming for 10/3 or 10/4 afternoon for the interviews, I'll confirm the exact slots once 河合さん picks",
            ),
            ("2040-09-19 09:48", 9395, RP(9392, 16) + "了解です👌"),
            (
                "2040-09-20 11:20",
                9392,
                RP(9391, 14)
                + "both interviews are booked — Aoi 10/3 14:00, Gabriel 10/3 15:30. calendar invites sent 📅",
            ),
            (
                "2040-09-20 13:00",
                9391,
                RP(9392, 18) + "ありがとうございます！当日よろしくお願いいたします。",
            ),
            (
                "2040-09-21 10:00",
                9396,
                "[To:9392]Priya Raman pls get signed NDAs back from both candidates by 10/2 — no NDA, no interview 🙂",
            ),
        ],
        [
            task(1, ["職務経歴書"], [9392], ("2040-09-18", "Tue"), "done"),
            task(3, ["reference checks"], [9393], ("2040-09-14", "Fri"), "done"),
            task(3, ["JLPT"], [9394], None, "done"),
            task(13, ["確認"], [9391], None, "done"),
            task(14, ["日程調整"], [9392], ("2040-09-20", "Thu"), "done"),
            task(20, ["NDA"], [9392], ("2040-10-02", "Tue"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 10
    conv(
        "b30en-10",
        (952010, "横浜 輸出オペ / Yokohama export ops"),
        members_b(9401, 9402, 9403, 9404, 9405, 9406),
        [
            (
                "2040-07-11 08:50",
                9401,
                "おはようございます。本日の本船スケジュール共有です。\nKAIRYU STAR 0712W：みなと第7埠頭 カット 7/12 12:00\nBLUE HERON 028E：汐見C4 カット 7/13 17:00\n変更があれば随時流します。",
            ),
            (
                "2040-07-11 09:05",
                9401,
                "[To:9402]Kofi Mensahさん [To:9403]Elena Sokolovaさん\n明日の本船分、以下お願いします。\n1. Kofiさん：輸出申告の書類チェック（明日の10時まで）\n2. Elenaさん：VGMの提出、3件\n3. ドレージの手配は私がやります",
            ),
            ("2040-07-11 09:20", 9402, "on it 👍"),
            ("2040-07-11 09:22", 9403, "noted, will do"),
            (
                "2040-07-11 11:30",
                9406,
                "fyi Cresthaven paid the June invoices in full, AR is clear for them 💴",
            ),
            (
                "2040-07-11 15:00",
                9405,
                "Customer update from Cresthaven: 「来週月曜までに8月分のスペース状況を教えていただけますか」 — told them we'd come back to them.\n[To:9403]Elena Sokolova could you check August space with the carriers by Friday? 🙏",
            ),
            (
                "2040-07-11 16:20",
                9401,
                RP(9401, 2) + "ドレージ、手配済みです（Sunrise Haulage、明日の朝便）",
            ),
            (
                "2040-07-11 17:30",
                9403,
                RP(9401, 2)
                + "VGM: 2 of 3 submitted. for the third one the shipper still hasn't sent the weight ticket",
            ),
            (
                "2040-07-12 09:55",
                9402,
                RP(9401, 2)
                + "書類チェック完了です。one invoice had the wrong HS code — fixed it with the shipper",
            ),
            (
                "2040-07-12 10:30",
                9404,
                "CFSからのお知らせ：7/16（海の日）は倉庫休業です。7/17から通常営業となります。",
            ),
            (
                "2040-07-12 11:00",
                9401,
                "[To:9404]佐伯 美咲さん\n来週分のバンニング計画、3営業日以内に共有してもらえますか？",
            ),
            ("2040-07-12 11:15", 9404, RP(9401, 11) + "承知しました👌"),
            (
                "2040-07-12 13:40",
                9403,
                RP(9401, 2)
                + "3rd VGM is in too — all 3 submitted ✅ (weight ticket finally showed up)",
            ),
            (
                "2040-07-13 10:10",
                9403,
                RP(9405, 6)
                + "Jun, could I have till Tuesday for the August space? two of the carriers only publish allocations after the long weekend",
            ),
            (
                "2040-07-13 10:25",
                9405,
                RP(9403, 14) + "sure, Tuesday works — I'll let Cresthaven know",
            ),
            (
                "2040-07-13 17:45",
                9401,
                "[toall] 来週の安全ミーティングは7/18（水）9:00から、2F会議室です。",
            ),
            (
                "2040-07-17 15:30",
                9403,
                RP(9405, 6)
                + "August space confirmed with 3 carriers, summary sheet is on the shared drive under /Cresthaven/2040-08",
            ),
            (
                "2040-07-18 08:40",
                9404,
                RP(9401, 11) + "バンニング計画、共有フォルダにアップしました。",
            ),
            (
                "2040-07-18 10:15",
                9401,
                "[To:9402]Kofi Mensahさん\nCresthavenの8月出荷分、原産地証明の申請を明日の17時までにお願いします。",
            ),
            (
                "2040-07-18 10:20",
                9402,
                RP(9401, 19) + "承知しました、明日の午前中に申請します",
            ),
        ],
        [
            task(2, ["書類チェック"], [9402], ("2040-07-12T10:00", "Thu"), "done"),
            task(2, ["VGM"], [9403], None, "done"),
            task(2, ["ドレージ"], [9401], None, "done"),
            task(6, ["August space"], [9403], ("2040-07-17", "Tue"), "done"),
            task(11, ["バンニング計画"], [9404], ("2040-07-18", "Wed"), "done"),
            task(19, ["原産地証明"], [9402], ("2040-07-19T12:00", "Thu"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 11 (no task)
    conv(
        "b30en-11",
        (952011, "Front desk — Aoba International Dental"),
        members_b(9411, 9412, 9413, 9414, 9415),
        [
            (
                "2040-11-19 08:30",
                9415,
                "[toall] reminder: the clinic is closed Fri 11/23 (Labour Thanksgiving Day). Sat 11/24 runs normal hours, 9:00–13:00.",
            ),
            ("2040-11-19 08:34", 9412, "noted 👍"),
            (
                "2040-11-19 09:10",
                9413,
                "fyi the card terminal at desk 2 froze again — rebooted it, working fine now",
            ),
            ("2040-11-19 09:12", 9411, ":pray:"),
            (
                "2040-11-19 10:45",
                9412,
                "patient email that came in overnight, pasting for context:\n[qt]Hello, could you please move my cleaning on Thursday to next week? Also please send me the receipt for October. Thank you, R. Almeida[/qt]\nalready moved her to Wed 11/28 10:30 and emailed the October receipt 📧",
            ),
            (
                "2040-11-19 11:30",
                9414,
                "does anyone know where the spare prophy angles went? 🤔",
            ),
            (
                "2040-11-19 11:33",
                9413,
                RP(9414, 6) + "bottom drawer of the steri room cabinet, left side",
            ),
            ("2040-11-19 11:34", 9414, "ty!!"),
            (
                "2040-11-19 14:00",
                9415,
                "staff meeting Wed 11/21, 13:15 in the consult room, ~20 min. agenda: winter hours, new intake form, holiday party date",
            ),
            (
                "2040-11-19 16:10",
                9411,
                "if anyone wants to shadow the implant consult on Thursday, let me know — happy to have you in",
            ),
            (
                "2040-11-20 09:00",
                9412,
                "lab says the Yamamura bridge will be ready Thursday afternoon. I'll let you all know once it's actually here",
            ),
            ("2040-11-20 09:05", 9413, "👌"),
            (
                "2040-11-20 12:20",
                9414,
                "I can help out at the desk during the lunch rush if you're short this week, just ping me",
            ),
            (
                "2040-11-20 15:40",
                9415,
                "heads-up: the new intake form goes live 12/1, printed copies arrive next Monday. nothing to do yet, details at Wednesday's meeting",
            ),
            (
                "2040-11-21 13:40",
                9415,
                "minutes from today's meeting:\n• winter hours: 9:00–18:00 from 12/3\n• intake form: live 12/1, paper copies will sit by the desk\n• holiday party: Fri 12/14, 19:00 at Trattoria Solenne\nthat's all, thanks everyone 🙏",
            ),
            (
                "2040-11-21 15:05",
                9413,
                "is the 22nd a full day for Dr. Ferreira or does she leave at 3?",
            ),
            (
                "2040-11-21 15:07",
                9411,
                RP(9413, 16) + "full day, I'm here till close",
            ),
            (
                "2040-11-22 16:20",
                9412,
                "Yamamura bridge arrived ✅ it's in the lab fridge tray",
            ),
            (
                "2040-11-22 17:55",
                9412,
                "closing up — have a good long weekend all 🍂\n-- Ayaka",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------ 12
    conv(
        "b30en-12",
        (952012, "Kitanoe Bank app — sprint 14"),
        members_b(9421, 9422, 9423, 9424, 9425, 9426, 9427),
        [
            (
                "2040-10-03 09:45",
                9421,
                task_added(
                    9422,
                    chatwork_lt("2040-10-05"),
                    "Face ID re-auth flow on the transfer screen",
                    "date",
                ),
            ),
            (
                "2040-10-03 09:50",
                9421,
                "[To:9423]Freya Nakamura-Dahl\ncould you look into the biometric prompt crash on the Zephyr 5? the bank's QA flagged it twice",
            ),
            (
                "2040-10-03 10:20",
                9424,
                "the bank's security team sent over their pentest findings (12 items). I'll triage them into tickets by Friday",
            ),
            (
                "2040-10-03 11:05",
                9427,
                "[To:9421]Isabel Moreau\nnew onboarding screens are in the design file, page 'S14 onboarding'. would appreciate a review before I hand them to dev 🙏",
            ),
            (
                "2040-10-03 11:30",
                9421,
                RP(9427, 4)
                + "looks good! tiny nit on the button copy, left a comment there, otherwise LGTM ✅",
            ),
            (
                "2040-10-03 14:15",
                9425,
                "[To:9422]Kenji Albright\nthe amount field in PR #482 accepts '1e6' when pasted 😅 can you block non-digit paste before we merge? repro's in the ticket",
            ),
            ("2040-10-03 14:40", 9422, RP(9425, 6) + "good catch, fixing now"),
            ("2040-10-03 17:20", 9422, RP(9425, 6) + "pushed a fix to #482, ptal"),
            (
                "2040-10-04 10:05",
                9425,
                RP(9422, 8) + "retested on 3 devices, paste is blocked now. approved 👍",
            ),
            ("2040-10-04 10:30", 9424, "fyi #482 merged into release/14 🎉"),
            (
                "2040-10-04 11:00",
                9421,
                "[toall] the bank's change advisory board wants our release note draft — it needs signing off by everyone by Tuesday (Monday is Sports Day, plan around it) 🙏 doc: 'S14 release note' in the project drive",
            ),
            (
                "2040-10-04 11:20",
                9426,
                '⏰ reminder: "Face ID re-auth flow on the transfer screen" (Kenji Albright) is due Fri 10/5',
            ),
            ("2040-10-04 13:00", 9422, "signed off ✍"),
            (
                "2040-10-04 15:30",
                9421,
                "[To:9424]Oskar Brandt\ncould you sanity-check my email draft to the bank before I send? mainly the technical bit\n[code]Subject: Push notification delay\nDear Mr. Sato,\nCould you please confirm the expiry date of the push certificate on your side? Please also share a contact at your MDM vendor so we can coordinate the renewal.\nBest regards,\nIsabel[/code]",
            ),
            (
                "2040-10-04 15:48",
                9424,
                RP(9421, 14)
                + "tech bit is fine, I'd say 'certificate expiry' rather than 'renewal'. otherwise good to go 👍",
            ),
            (
                "2040-10-05 09:10",
                9421,
                RP(9421, 2)
                + "client pulled this one — they're dropping Zephyr 5 support for this release. Freya, scrap it, sorry for the churn 🙏",
            ),
            (
                "2040-10-05 11:40",
                9424,
                RP(9424, 3)
                + "pentest: 7 of 12 ticketed. I'll need until Wednesday for the other five — their security team is out Monday",
            ),
            (
                "2040-10-05 16:10",
                9422,
                "Face ID re-auth is on the beta channel, build 14.3 📲",
            ),
            (
                "2040-10-05 16:55",
                9421,
                task_done(
                    9422,
                    chatwork_lt("2040-10-05"),
                    "Face ID re-auth flow on the transfer screen",
                    "date",
                ),
            ),
            (
                "2040-10-09 09:30",
                9421,
                "[toall] Kitanoe demo moved to Fri 10/12 15:00, same link",
            ),
        ],
        [
            task(1, ["Face ID"], [9422], ("2040-10-05", "Fri"), "done"),
            task(3, ["pentest"], [9424], ("2040-10-10", "Wed"), "open"),
            task(4, ["onboarding"], [9421], None, "done"),
            task(6, ["paste"], [9422], None, "done"),
            task(8, ["482"], [9425], None, "done"),
            task(
                11,
                ["release note"],
                [9422, 9423, 9424, 9425, 9427],
                ("2040-10-09", "Tue"),
                "open",
            ),
            task(14, ["draft"], [9424], None, "done"),
        ],
        self_account_id=9426,
    ),
    # ------------------------------------------------------------------ 13
    conv(
        "b30en-13",
        (952013, "Niseko Hanamori Resort — winter ops 運営"),
        members_b(9431, 9432, 9433, 9434, 9435, 9436),
        [
            (
                "2040-12-17 08:00",
                9431,
                "おはようございます。本日の索道運行：ゴンドラ8:30〜、第3リフトは強風のため10時まで運休見込みです。",
            ),
            (
                "2040-12-17 08:40",
                9431,
                "[To:9432]Callum Reidさん\n年末年始のスクール講師シフト表、年内に確定版をお願いします。",
            ),
            (
                "2040-12-17 09:05",
                9432,
                RP(9431, 2) + "will do 👍 just waiting on two instructors to confirm their flights",
            ),
            (
                "2040-12-17 10:30",
                9433,
                "[To:9434]森下 あかねさん\nCould you set aside 20 kids' rental sets for the Bellmont Grammar group arriving 12/27? They'll pick up the morning of the 27th.",
            ),
            ("2040-12-17 10:45", 9434, RP(9433, 4) + "了解です、確保しておきます"),
            (
                "2040-12-18 16:20",
                9431,
                "[To:9435]Tane Whitfordさん\n圧雪車2号機のオイル漏れの件、明日の夕方までに業者へ連絡をお願いします。",
            ),
            (
                "2040-12-19 11:30",
                9435,
                RP(9431, 6)
                + "called Hokuryo Machinery twice, line busy both times. trying their email now",
            ),
            (
                "2040-12-19 15:10",
                9435,
                RP(9431, 6)
                + "got through to Hokuryo — their mechanic comes Friday morning to look at it 🔧",
            ),
            (
                "2040-12-20 09:15",
                9436,
                "[toall] 12/22（土）19:00からナイター花火イベントです。当日のスタッフ配置は別途共有します。",
            ),
            (
                "2040-12-20 10:00",
                9436,
                task_added(
                    9433,
                    chatwork_lt("2040-12-21", "15:00"),
                    "Guest newsletter: fireworks night blurb (EN/JP)",
                    "time",
                ),
            ),
            (
                "2040-12-21 14:20",
                9433,
                "fireworks blurb is in the newsletter draft, both languages ✅",
            ),
            (
                "2040-12-21 14:30",
                9436,
                task_done(
                    9433,
                    chatwork_lt("2040-12-21", "15:00"),
                    "Guest newsletter: fireworks night blurb (EN/JP)",
                    "time",
                ),
            ),
            (
                "2040-12-25 09:40",
                9433,
                "[To:9434]森下 あかねさん\n再送です🙏\n"
                + QT(
                    9433,
                    4,
                    "Could you set aside 20 kids' rental sets for the Bellmont Grammar group arriving 12/27? They'll pick up the morning of the 27th.",
                ),
            ),
            (
                "2040-12-25 10:05",
                9434,
                RP(9433, 4) + "すみません、見落としてました🙇 20セット、レンタル棚Cに確保済みです",
            ),
            (
                "2040-12-26 11:00",
                9432,
                RP(9431, 2)
                + "shift roster is final — uploaded to the ski school drive, /rosters/NYE 📁",
            ),
            (
                "2040-12-26 11:30",
                9431,
                "[To:9432]Callum Reidさん [To:9433]Ingrid Solbergさん\n1/5〜1/7のインバウンド団体（120名）の受入計画、5営業日以内にまとめてもらえますか。",
            ),
            (
                "2040-12-27 17:30",
                9433,
                RP(9431, 16)
                + "about half drafted (transport + lift passes). meals are still waiting on the hotel",
            ),
            (
                "2040-12-28 12:00",
                9436,
                "office team's last day before the break — rentals and lifts run as usual over New Year. 良いお年を🎍",
            ),
            (
                "2041-01-04 10:00",
                9432,
                RP(9431, 16)
                + "plan's done — Ingrid and I put it in /groups/0105 on the shared drive 📁",
            ),
            (
                "2041-01-11 16:00",
                9431,
                "[To:9435]Tane Whitfordさん\n第3リフトの点検報告書、週明けに提出をお願いします。",
            ),
        ],
        [
            task(2, ["シフト表"], [9432], ("2040-12-31", "Mon"), "done"),
            task(4, ["rental sets"], [9434], None, "done"),
            task(6, ["オイル漏れ"], [9435], ("2040-12-19T17:00", "Wed"), "done"),
            task(10, ["fireworks"], [9433], ("2040-12-21T15:00", "Fri"), "done"),
            task(16, ["受入計画"], [9432, 9433], ("2041-01-08", "Tue"), "done"),
            task(20, ["点検報告書"], [9435], ("2041-01-15", "Tue"), "open"),
        ],
    ),
    # ------------------------------------------------------------------ 14
    conv(
        "b30en-14",
        (952014, "HSDS 2040 organising committee"),
        members_b(9441, 9442, 9443, 9444, 9445, 9446, 9447),
        [
            (
                "2040-03-14 10:00",
                9442,
                "minutes from this morning's committee call 📝\n1) Arjun — camera-ready instructions to authors, by Friday\n2) Felix — accepted-papers list on the website\n3) Rosa: early-bird reminder email to everyone who started a registration but hasn't paid\nnext call is Wed 3/21, 10:00",
            ),
            ("2040-03-14 10:12", 9444, ":white_check_mark:"),
            (
                "2040-03-14 10:30",
                9446,
                RP(9442, 1) + "list goes up once the PC finalises the last two decisions",
            ),
            (
                "2040-03-14 13:45",
                9447,
                "sponsor update: Norvane Analytics confirmed Gold 🎉, Tidewell Labs still deciding. Norvane asked if the logo deadline is flexible — told them I'd get back to them",
            ),
            (
                "2040-03-14 14:00",
                9441,
                RP(9447, 4)
                + "logo files by 4/6 is still fine.\n[To:9447]Grace Whitmore could you also get Norvane's invoice details to finance by Thursday?",
            ),
            (
                "2040-03-14 16:30",
                9443,
                "I can take the catering tasting, I know the venue's chef from last year",
            ),
            (
                "2040-03-15 09:20",
                9444,
                RP(9442, 1)
                + "camera-ready instructions went out to all 86 authors, copy filed under /pubs/2040 📄",
            ),
            (
                "2040-03-15 11:00",
                9447,
                RP(9441, 5)
                + "could I have till Monday for the invoice details? Norvane's finance contact is out until then",
            ),
            ("2040-03-15 11:10", 9441, RP(9447, 8) + "sure 👍"),
            (
                "2040-03-15 15:40",
                9445,
                "[toall] registration system maintenance Sat 3/17, 02:00–05:00 JST. nothing needed, just don't panic if the form's down 🙂",
            ),
            (
                "2040-03-16 10:05",
                9442,
                "[toall] please each send me your session-chair availability for the three conference days by Wednesday noon 🙏",
            ),
            ("2040-03-16 10:20", 9443, "mine's in"),
            (
                "2040-03-16 16:00",
                9445,
                RP(9442, 1)
                + "early-bird reminder: drafted, but the mailing tool won't let me target 'started, not paid' — support ticket is open",
            ),
            (
                "2040-03-19 09:30",
                9442,
                QT(
                    9442,
                    1,
                    "3) Rosa: early-bird reminder email to everyone who started a registration but hasn't paid",
                )
                + "\nno longer needed — the organising office is sending one combined reminder on Friday, so let's drop ours. sorry Rosa, thanks for drafting it",
            ),
            (
                "2040-03-19 10:10",
                9447,
                RP(9441, 5) + "Norvane's invoice details are with finance now ✔",
            ),
            (
                "2040-03-19 13:00",
                9446,
                RP(9442, 1)
                + "accepted-papers list is live: https://hsds2040.example.org/accepted 🚀",
            ),
            (
                "2040-03-19 16:45",
                9442,
                RP(9442, 11)
                + "actually Thursday is fine for the availability — the scheduling meeting moved to Friday",
            ),
            (
                "2040-03-20 11:00",
                9441,
                "reminder that tomorrow's call is at 10:00, same link. enjoy the holiday today 🌸",
            ),
            (
                "2040-03-21 17:30",
                9443,
                RP(9443, 6) + "tasting done, menu notes are posted in /venue/catering",
            ),
            ("2040-03-22 09:00", 9444, "my availability's in too"),
        ],
        [
            task(1, ["camera-ready"], [9444], ("2040-03-16", "Fri"), "done"),
            task(1, ["papers list"], [9446], None, "done"),
            task(5, ["invoice details"], [9447], ("2040-03-19", "Mon"), "done"),
            task(6, ["catering tasting"], [9443], None, "done"),
            task(
                11,
                ["availability"],
                [9443, 9444, 9445, 9446, 9447],
                ("2040-03-22", "Thu"),
                "open",
            ),
        ],
        self_account_id=9441,
    ),
]


CASES = CASES_A + CASES_B
