# ruff: noqa: E501
"""Blind set 32, Japanese half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b32ja-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 32, Japanese part A: 7 Chatwork conversations from workplaces not used before.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (tests/parser/cases/build.py)
and the first 75 and last 30 lines of blind22_ja_cases.py for the file's shape. Nothing
under src/, no other test file, no README / BENCHMARKS and no git history were read, no
other helper's folder was opened, and neither the parser nor chatsync was run on these
texts. Ten searches were made only to learn how people phrase things: public pages on
keigo request phrasing in business mail (〜いただけますと幸いです and its cushions),
newspaper ad booking / 入稿 / 校了 flow, steel shop-drawing approval between a fabricator
and a general contractor, municipal nursery admission paperwork, dental-lab order
instructions, and how chat replies answer several points at once; and public GitHub
threads on partial review approval, 反映済み / 修正しました follow-ups, reopened tickets,
and soft promises (見ておきます, 対応しておきます). Every sentence, person, company,
school, studio, clinic, product and phone number here is invented; no third-party text
is copied. Every gold due was computed by a throwaway script kept next to this file
(/tmp/b32/ja_a/dues.py: datetime + jpholiday, one function per row of the spec's
deadline table), not in the head; the same script checks the weekdays written in the
message bodies.

Domains:
- b32ja-01: a regional newspaper's ad desk (湊日報 広告局) in a shared room with an ad
  agency's AE, GW special page; honorific agency mail next to casual internal replies.
- b32ja-02: a steel fabricator (石黒鉄工) and its general contractor (東光建設), shop
  drawings for a logistics centre across the 天皇誕生日 substitute holiday.
- b32ja-03: a municipal childcare section (こども保育課 入所係) before April admissions,
  across 春分の日.
- b32ja-04: a game studio's QA room before Golden Week; its build-notice bot is the self
  account.
- b32ja-05: a wedding photo studio in June (casual register, emoji).
- b32ja-06: a university career centre's counter room: no task at all.
- b32ja-07: a labour-and-social-insurance attorney office (社労士事務所) in a client's
  room during 年度更新; the office head is the self account and is once the assignee.

Dates: M/D（曜）までに (4/17（木）, 6/13（金）, 6/16（月）), M/D（曜）の午前中まで (→ 12:00),
M/D（曜）の17時〆 (one deadline line for a whole to-do list), 本日17時〆, 17時〆です, 10時までに,
水曜中, 木曜までに, 金曜までに, 金曜には, 今週金曜まで, 今週中, 週内, 週内に + 〆切は金曜 (same
Friday), 月曜中, 月曜10時までに, 明日中, 本日中, 2営業日以内 sent on the Wednesday before
春分の日 (→ Mon 3/24), 週明け sent on a Wednesday before the 天皇誕生日 substitute Monday
(→ Tue 2/25) and on the Friday before the GW holidays (→ Wed 5/7), new deadlines given by
the assignee in a reply (明日中にrev4で, 明日の午前中まで延ばしても), Chatwork task markup
with ltype=date and ltype=time (and their task_done). Dates that describe the thing, not
the deadline: 4/1の入所説明会の受付名簿, 3/19（水）の園長会の資料, 7/1付で資格喪失, 納品は
来週火曜, 2/26（水）14時からの工程会議, 6/7（土）前撮り, 7/3（木）の定例訪問, 5/4も希望に.
明朝 appears only in a non-task notice. Deadlines here fall in February to June 2042, so
the 12/29–1/3 break is not crossed (nothing natural reaches it).

Covers: an ask in the middle of a long report or notice list (【1】【2】【3】 report with
one commitment and one ask by a date; 【GW特集面】 notice list with one ask; 【ご報告】
with a ※ commitment), a pasted customer e-mail in [info] whose own request is no task,
followed by the sender's internal ask and own commitment (two tasks, two people);
honorific client mail (いただけますと幸いです, ご修正いただけますでしょうか) next to casual
internal replies (りょーかいですー, もらえる？); numbered replies answering several points
(1. ありがとうございます 2. 再作図します 3. …), a numbered review reply with a partial
approval (1. これで大丈夫です 2./3. 直してください → two tasks), partial approvals (A案は
これで大丈夫です、B案だけ…; ②はこのままで、①のみ…; 1〜60枚目は大丈夫、61枚目以降の…だけ);
[toall] asks answered by several people (bare done from one of several assignees that
closes nothing, 「まだ半分です」, a question, 「まだ書けてないです」; one [toall] task closed
by the last assignee's reply, two left open); [toall] with the bot self account excluded;
to-do lines with （北条さん） owners and a list line naming 千葉さん inside a [toall] message;
soft asks (もらってもいいですか, お願いできればと思います, 念のため…確認しておいてもらえる
と助かります, 念のため…再確認しておいてもらえると嬉しいです, 見ていただけますと幸いです)
and soft promises (見ておきますね, 私がやります, 弊所で作成いたします, 出しておきます);
asks naming files, folders and tickets (GW特集_ラフ_v1.pdf, 製作図_3節_rev2.pdf,
当番表_GW.xlsx, #1423, #1427); status by paraphrase (ラフ上げました, 反映済みです, 刷って
置いておきました, 発送いたしました for お送りいたします, 出しました, クラッシュしないのを
確認しました), a done report by someone other than the assignee (組版データのほうで修正して
おきました, by reply naming the work), a done reply naming one task of a multi-task message,
a quote [qt][qtmeta] of the task line that closes it, a bare completion from an assignee
with a single open task (closes it) and with several open (closes none), partial progress
(1〜50枚目まで, 英語版は…日本語版はまだ, 2人分まで, rev3では未反映), a reopened ticket with
a fresh ask, a task for the self account by [To:], [code] and [info] blocks, a message that
does what it announces (決定事項を貼っておきます, テンプレを貼っておきます), a request inside
「」, a template with requests, 少々お待ちください quoted, roles and conditional report
promises, noise (【】, ※, ①②③, (bow), 🙏, long vowels, full-width punctuation).

Left out of the gold, and why:
- b32ja-04 m16 reopens #1427 after its fix was reported (m14) and verified (m15). The
  spec names no reopening update (only done, new deadline and cancel), so the fix task
  of m2 stays done as the spec reads it; the reopen message is labelled only for what it
  decides — its own new ask to 島津さん (週明け → 5/7). Nothing else rests on the reopen.
- b32ja-02 m4 ends 「2点目・3点目とも、週明けに修正版をもらえますか」: read as the deadline
  of the two fix lines (a clause detailing the same work), not as a third task.
- No message was built on a word the table leaves open (明朝, 午後, 来週 alone, 会議までに);
  where such a word appears it is in a non-task message.

Part B
------
Blind set 32, Japanese part B: 7 Chatwork conversations (b32ja-08 .. b32ja-14) from workplaces not used before.

How it was written: blind. The only inputs were the labelling contract
(/work/shared/spec/extraction.md, read in full), the case helper
(tests/parser/cases/build.py) and the first 75 and last 30 lines of
blind22_ja_cases.py for the file's shape. Nothing under src/, no other test file, no
README / BENCHMARKS and no git history were read, nothing under /tmp/b32 outside this
folder was opened, and neither the parser nor chatsync was run on these texts. Ten
searches were made only to learn how people phrase things: public pages (取引先への依頼
メールと「〜いただけますと幸いです」などのやわらかい依頼表現, 「今日中」「朝イチ」「今週中」など締め
切り表現の受け取り方, EC の出荷・発送完了連絡の流れ, 病院栄養科の献立・食事変更の連絡, 特許事務
所の拒絶理由通知と応答期限, 看板・印刷物の校正と修正依頼の流れ) and public GitHub threads (部分的
な修正依頼・2点目だけ直す, 「対応しておきます」「反映済みです」, 再発・再オープン, 指摘への番号つき
返信「1. 修正しました 2. 対応します」). Every sentence, person, company, hospital, temple,
school, client, product, file name and ticket number here is invented; no third-party
text is copied. Every gold due was computed by /tmp/b32/ja_b/dues.py (datetime +
jpholiday, one function per row of the spec's deadline table), not in the head.

Domains:
- b32ja-08: an EC shop (ことり堂) and its fulfilment partner (北摂ロジ) in one room; the
  shop's 出荷連携Bot is the self account and posts automatic notices.
- b32ja-09: a hospital nutrition department (栄養科) preparing the 敬老の日 行事食, with a
  ward nurse writing in keigo.
- b32ja-10: a sign maker (あおば看板工芸) and a dental clinic's office manager who writes
  honorific e-mail style next to casual internal replies; across スポーツの日.
- b32ja-11: a temple office (光明寺 寺務所) before お盆 and 施餓鬼 — no task at all.
- b32ja-12: a ski school over the year-end break and 成人の日; the school head (志田) is
  the self account (a human account).
- b32ja-13: a law firm's IP team (商標・特許の中間処理) across 文化の日, the 勤労感謝の日
  substitute holiday and the year-end break, with Chatwork task markup.
- b32ja-14: a bakery chain's central kitchen and two shops around 海の日.

Dates: M/D with a weekday (9/11（木）中, 10/10（金）まで, 12/26（金）中, 7/31（木）まで, 12/1（月）
まで), M/D sent in December for January (年明け1/5 → 2043-01-05), M/D with 17時〆 (10/10（金）
17時〆), a to-do line's （〜11/21）, 今週金曜まで sent on a Monday (twice), 〆切は水曜 (bare
weekday), 今週中, 週内 (in acceptances), 来週火曜, 来週中 sent on a Saturday (→ 10/24), 週明け
after スポーツの日 (10/8 → 10/14), after 文化の日 (10/31 → 11/4) and after the 勤労感謝の日
substitute holiday (11/20 → 11/25, a postponement by the assignee), 3営業日以内 across
成人の日 (1/8 → 1/14), 本日中 (three times), 明日, 明日の午前中 (new deadline in a reply →
12:00), Chatwork tasks with ltype=date (12/24) and ltype=time (12/26 17:00) before the
12/29–1/3 break. Dates that describe the thing and are not deadlines: 15日（月・祝）の行事食,
9/16退院予定, 施工は10/18（土）午前, 1/10〜1/12の連休, 先方が年内に決裁したい, 年末は12/27出荷分
まで, 連休明けの朝イチで先方に出したい (the work's own deadline is 10/10 17時〆), 来週水曜に引き
取り. 明朝 appears only in an informational line (09) and carries no gold.

Covers: the one ask in the middle of a long report (08: 作業報告 ①〜⑤ with ④ 〜反映していた
だけますと幸いです; 12: 【確認お願いします】 1〜3 of which only 1 is asked, "1だけ…見ていただけ
ますか"; 09: 【連絡】 three lines of which one asks), a pasted customer e-mail whose own
request is not a task, followed by the internal ask (08), a quoted letter's request in
「」 (11), honorific client mail next to casual internal replies (10), numbered replies
answering several points (08: 1. 了解です 2. 承知しました。週内にやります 3. question; 12:
1. 見ました + a new ask 2. 了解です 3. 了解です; 14: 1. 了解です 2. 増産分の発注、明日やります
3. chit-chat; 10: a numbered done report naming both fixes), [toall] asks answered by
several people (12: 出しました / まだです / a question; 14: 出しました / a question / まだです;
08: a count of one shelf / まだ) that stay open because a bare reply from one of several
assignees closes nothing, [toall] with a bot self account and with a human self account
as the sender (assignees exclude sender and self), [toall] notices that ask nothing,
partial approvals (A案はこれで大丈夫です。裏面の文言だけ…; 1点目は問題ございません。2点目の
電話番号…だけ; 見ました。結論部分だけもう少し短く; 見積書、見ました。単価だけ…), soft asks
(〜してもらってもいいですか, 〜お願いできますでしょうか, 念のため目を通しておいてもらえると🙏,
〜いただけますと幸いです, 確認しておいてもらえると助かります, 〜していただけると助かります,
見ておいてもらえますか), soft promises as commitments (メーカーに修理の連絡入れておきます,
先方には年明け1/5に連絡しておきます, 配膳のときに病棟へ配りますね) and as mere acceptances
(承知しました、対応しておきます; 見ておきます; 承知しました！手配します), asks and promises
naming a file or ticket (出荷指示書_1119.xlsx, #S-12, KT-58831, 記録表_7月.xlsx, ルート表.pdf,
T-2291, P-0877), [To:] beating [rp] for the assignee (13 m3), a reply that asks for work
assigned to the replied-to author, a commitment with [To:] (sender is the assignee), a
task for the self account by [To:], status from paraphrases (発送完了です for 出荷, 反映済み
for 修正/反映, 差し替え済み, 発注かけました for 発注数の確定, 見ました for 目を通す/確認/レビュー,
ルート表OKです, 交換しました for 点検, 切り替えました, 出し直しました, 連絡しました by quote,
送りました, task_done), a done report by reply from someone other than the assignee (14:
the quality manager confirms both shops' 提出; 13: the docketing clerk confirms the 提出),
bare done from the only open task's assignee (09 赤飯, 10 client's 確認いたしました), a
bot's 出荷完了 notice that closes nothing before the assignee's reply does, negated or
partial completion (半分しかできてません, まだ7割くらい, まだ終わっていません, 5階だけまだです,
まだです), new deadlines by the assignee (明日の午前中に残りやります, 週明けまで延ばします) and by
the requester (補正案は12/1（月）まででいいよ), acceptances that set or repeat a deadline
(修正版は週明けにお送りいたします for two tasks, 週内にやります, 週内に決めます, 今週中に出します),
a re-raised point after a done fix handled as a new request (10: 電話番号 made larger and
closed, then the client asks for 太字 — a new task; the closed one stays closed), chains
of done + new ask in one message (13: できました。レビューお願いします / 見ました。…短くして /
反映済みです。本日中に提出します), offers, roles and conditions that ask for nothing
(受付係をお願いできる方, 手伝えることがあれば, 手の空いてる人いたら声かけて, 明日の午後なら手伝え
ます, 何かございましたらご連絡ください, 修正あればすぐ直せます), promises to report (分かったら
共有しますね, 返信が来ましたらお知らせします), messages that do what they announce (貼っておきます
+ [info] 日程, 受付時間の一覧), information questions, noise (【】 headings, ※ notes, ①〜⑤,
(bow), kaomoji, emoji, long vowels, full-width spaces and brackets, [code], [info], [qt]).

Left out of the gold, and why (nothing is built on these):
- Whether a reply from ONE of several assignees closes a multi-assignee task is decided
  by the spec (it does), but it reads oddly when others have not finished; so every
  multi-assignee task here is either closed by a reply naming the whole work (08
  交換品 by the warehouse leader, 14 温度記録 by the requester confirming both shops) or
  answered only by bare messages, which close nothing.
- 明朝 is not in the deadline table: it appears only in an informational line.
- 今週金曜 is not a table row: used only on Mondays, where the bare-weekday reading and
  the 今週 reading agree.
- A status "reopened" by a later complaint is not decided by the spec: the re-raised
  point in 10 is written as a new, differently worded request (太字), and the earlier
  fix (文字を大きく) stays done.
- Questions that offer work (〜買っておきますか？), 〜は可能でしょうか, 〜できたら共有して,
  requests to cancel in other words (倉庫だけで大丈夫です) and a promise to 相談 were avoided
  rather than labelled.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

SHOTS_LT = chatwork_lt("2042-05-09")
SANTEI_LT = chatwork_lt("2042-06-16", "10:00")
SANTEI_BODY = "潮見フーズ様　算定基礎届用の4〜6月賃金データ提出のご依頼メール送付"

CASES_A = [
    # ------------------------------------------------------------------ b32ja-01
    conv(
        "b32ja-01",
        (971001, "湊日報 広告局 × ひばり企画｜GW特集面"),
        [
            (9701, "片桐 雅之"),
            (9702, "日比野 沙織"),
            (9703, "宇佐美 蒼"),
            (9704, "藤代 京子"),
        ],
        [
            (
                "2042-04-14 09:40",
                9704,
                "[To:9701]片桐様\nいつも大変お世話になっております。ひばり企画の藤代でございます。\n先日はお忙しい中、お打ち合わせのお時間を頂戴し誠にありがとうございました。\n\n【GW特集面（5/2朝刊）について】\n・弊社取り扱い分は全5段のうち3枠でございます\n・各クライアント様の原稿は今週後半より順次入稿予定です\n・※丸三酒造様のみ、ロゴが差し替えになる可能性がございます\n\nつきましては、誠に恐縮ではございますが、掲載位置の案を4/17（木）までにお送りいただけますと幸いです。\n引き続き何卒よろしくお願い申し上げます。",
            ),
            (
                "2042-04-14 09:52",
                9701,
                "[rp aid=9704 to={m1}]藤代様\nご連絡ありがとうございます。承知いたしました。\n掲載位置の案、木曜までにお送りいたします。",
            ),
            (
                "2042-04-14 10:05",
                9701,
                "[To:9702]日比野さん\nGW特集のひばりさん3枠、レイアウトのラフを水曜中に1案もらえますか？ 位置案のたたきにしたいので🙏",
            ),
            ("2042-04-14 10:11", 9702, "りょーかいですー👍"),
            (
                "2042-04-15 16:30",
                9702,
                "[rp aid=9701 to={m3}]ラフ上げました！共有フォルダの GW特集_ラフ_v1.pdf です。\nA案（酒造さん右上）とB案（地元広告まとめ）の2つ入れてます",
            ),
            (
                "2042-04-15 16:48",
                9701,
                "[rp aid=9702 to={m5}]ありがとう！\nA案はこれで大丈夫です。B案だけ、地元広告の3枠を下段に寄せてもらってもいいですか？",
            ),
            (
                "2042-04-15 17:20",
                9702,
                "[rp aid=9701 to={m6}]B案、下段寄せ反映済みです〜 ファイル名そのままで上書きしてます",
            ),
            (
                "2042-04-16 11:00",
                9701,
                "[rp aid=9704 to={m1}]藤代様\nお待たせいたしました。掲載位置の案を2案作成いたしましたので、お送りいたします。\n[info][title]GW特集面　掲載位置案[/title]A案：丸三酒造様 右上／みなと眼鏡店様 左中段／ひかり歯科様 下段\nB案：丸三酒造様 右上／地元3社様 下段まとめ[/info]\nご不明な点がございましたら、お気軽にお申し付けください。",
            ),
            (
                "2042-04-16 14:20",
                9704,
                "[rp aid=9701 to={m8}]片桐様\nご送付いただき、誠にありがとうございます。社内で検討いたしまして、A案にて進めさせていただければと存じます。\nなお、丸三酒造様のロゴにつきましては、差し替えなしで確定となりました。",
            ),
            (
                "2042-04-16 14:31",
                9701,
                "[rp aid=9704 to={m9}]承知いたしました。ご確認ありがとうございます(bow)",
            ),
            (
                "2042-04-18 09:05",
                9703,
                "おはようございます☀ 5/2朝刊の折込チラシ、販売局によると残り2枠だそうです〜",
            ),
            (
                "2042-04-21 09:15",
                9701,
                "[To:9703]宇佐美さん\nみなと眼鏡店さんから、ひばりさん経由じゃなく直接メールが来てたので貼ります👇\n[info][title]みなと眼鏡店 様より（4/19受信）[/title]湊日報 広告局 ご担当者様\nいつも大変お世話になっております。みなと眼鏡店の浜口でございます。\nGW特集の原稿につきまして、店舗の電話番号に誤りがございました。\n誤）0766-00-4817　正）0766-00-4871\nお手数をおかけいたしますが、ご修正をお願いできますでしょうか。\n何卒よろしくお願い申し上げます。[/info]\n浜口さんに受領の返信だけしておいてもらえますか？ 電話番号の修正は私がやります",
            ),
            ("2042-04-21 09:20", 9703, "承知ですー！"),
            (
                "2042-04-21 11:40",
                9703,
                "[rp aid=9701 to={m12}]浜口さんに返信しました📩 「よろしくお願いします」とのことでした",
            ),
            (
                "2042-04-21 13:05",
                9702,
                "[rp aid=9701 to={m12}]横から失礼します🙏 眼鏡店さんの電話番号、組版データのほうで修正しておきました！",
            ),
            ("2042-04-21 13:10", 9701, "[rp aid=9702 to={m15}]助かる！ありがとう🙏"),
            (
                "2042-04-22 10:30",
                9704,
                "[To:9701]片桐様\nお世話になっております。校正紙を拝受いたしました。確認させていただいたところ、2点ございます。\n①ひかり歯科様：診療時間「9:00〜18:00」→「9:00〜18:30」\n②丸三酒造様：キャッチコピーの改行位置\n②はクライアント様にてこのままで問題ないとのことですので、①のみ本日17時〆でご修正いただけますでしょうか。\nお手数ですがよろしくお願いいたします。",
            ),
            (
                "2042-04-22 10:41",
                9701,
                "[rp aid=9704 to={m17}]藤代様\n承知いたしました。①、17時までに修正いたします。",
            ),
            (
                "2042-04-22 10:45",
                9701,
                "[To:9702]日比野さん\nひかり歯科さんの診療時間、18:30に直してもらえる？ 17時〆です🙏",
            ),
            (
                "2042-04-22 14:50",
                9702,
                "[rp aid=9701 to={m19}]診療時間、18:30に直しました！PDF書き出し済みです",
            ),
            ("2042-04-22 15:02", 9703, "GW特集、いい紙面になりそうですね✨"),
        ],
        [
            task(1, ["掲載位置"], [9701], ("2042-04-17", "Thu"), "done"),
            task(3, ["ラフ"], [9702], ("2042-04-16", "Wed"), "done"),
            task(6, ["B案"], [9702], None, "done"),
            task(12, ["返信"], [9703], None, "done"),
            task(12, ["電話番号"], [9701], None, "done"),
            task(17, ["診療時間"], [9701], ("2042-04-22T17:00", "Tue")),
            task(19, ["診療時間"], [9702], ("2042-04-22T17:00", "Tue"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ b32ja-02
    conv(
        "b32ja-02",
        (971002, "(仮称)港南物流センター新築工事｜鉄骨"),
        [
            (9711, "真鍋 隆之"),
            (9712, "坂東 優斗"),
            (9713, "石黒 誠"),
            (9714, "小池 彩花"),
            (9715, "有村 健"),
        ],
        [
            (
                "2042-02-17 08:50",
                9714,
                "[To:9711]真鍋様\nお世話になっております。石黒鉄工の小池です。\n3節の製作図（rev2）をアップしました。\n・製作図_3節_rev2.pdf\n・部材リスト_3節.xlsx\nご確認の程よろしくお願い致します。",
            ),
            ("2042-02-17 09:05", 9712, "お疲れ様です！受領しました🙇\u200d♂️"),
            (
                "2042-02-18 07:55",
                9715,
                "有村です。2節の現場溶接、UT検査は全数合格でした。報告書は共有フォルダの「検査記録」に入れてあります",
            ),
            (
                "2042-02-19 17:30",
                9711,
                "[rp aid=9714 to={m1}]小池さん\n3節、確認しました。\n1. 柱・大梁はこれで大丈夫です\n2. 小梁 B3-12 の継手位置だけ、設備スリーブと干渉するので300ずらしてください\n3. ブレースのガセットPL、構造図だと16なので直してください（図面は12になってます）\n2点目・3点目とも、週明けに修正版をもらえますか",
            ),
            (
                "2042-02-19 17:42",
                9714,
                "[rp aid=9711 to={m4}]承知しました。\n1. ありがとうございます！\n2. 継手位置、ずらして再作図します\n3. ガセット、見落としてました…申し訳ありません🙇\u200d♀️\n修正版、週明けにお送りします",
            ),
            (
                "2042-02-20 10:10",
                9713,
                "[To:9711]真鍋さん\n工場長の石黒です。4節の建方は3/10（月）で段取り組んでます。製品検査は3/5（水）10時からの予定で変わりないです",
            ),
            (
                "2042-02-20 10:25",
                9711,
                "[rp aid=9713 to={m6}]承知しました。当日よろしくお願いします",
            ),
            (
                "2042-02-21 16:40",
                9711,
                "[To:9713][To:9714]\n来週の工程会議、2/26（水）14時からです。場所は現場事務所2Fです。\n※3節のミルシートの写し、2/26（水）の午前中までにアップいただけると助かります",
            ),
            (
                "2042-02-21 16:52",
                9714,
                "[rp aid=9711 to={m8}]承知しました。ミルシートは私の方でまとめてアップします",
            ),
            ("2042-02-21 17:05", 9712, "週明けの24日は振替休日なので現場閉所です。お間違えなく〜"),
            (
                "2042-02-25 09:10",
                9714,
                "[rp aid=9711 to={m4}]真鍋様\n修正版をアップしました（製作図_3節_rev3.pdf）。\n2. B3-12 継手位置 300ずらし → 反映済みです\n3. ガセットPL → 構造設計事務所さんに板厚の最終確認中のため、rev3では未反映です\nひとまず2点目について、ご確認をお願い致します。",
            ),
            (
                "2042-02-25 09:30",
                9712,
                "真鍋さん、rev3 の継手のとこ、先に私のほうで見ておきますね👀",
            ),
            (
                "2042-02-25 15:00",
                9712,
                "rev3、継手の位置見ました！スリーブとの離れ 150 確保できてます👍",
            ),
            ("2042-02-25 15:20", 9711, "[rp aid=9712 to={m13}]ありがとう、助かります"),
            (
                "2042-02-26 11:05",
                9714,
                "[rp aid=9711 to={m8}]3節のミルシート、アップしました。\n[info][title]ミルシート_3節.pdf[/title]SN490B・SS400 ほか　計14枚[/info]",
            ),
            (
                "2042-02-26 16:30",
                9711,
                "工程会議おつかれさまでした。決定事項を貼っておきます。\n[info][title]2/26 工程会議　決定事項[/title]・4節建方：3/10（月）〜 予定どおり\n・製品検査：3/5（水）10:00〜 石黒鉄工 第二工場\n・次回工程会議：3/12（水）14:00〜[/info]",
            ),
            (
                "2042-02-27 08:15",
                9712,
                "[To:9713]石黒さん\n検査の日、現場から車2台で伺う予定です。駐車場は第二工場の前で大丈夫でしたっけ？",
            ),
            ("2042-02-27 08:40", 9713, "[rp aid=9712 to={m17}]はい、第二工場の前で大丈夫です🚗"),
            (
                "2042-02-27 13:00",
                9714,
                "[rp aid=9711 to={m4}]ガセットPLの件、構造設計さんから16で確定と回答がありました。明日中にrev4で直してお送りします",
            ),
        ],
        [
            task(1, ["製作図"], [9711], None, "done"),
            task(4, ["継手"], [9714], ("2042-02-25", "Tue"), "done"),
            task(4, ["ガセット"], [9714], ("2042-02-28", "Fri")),
            task(8, ["ミルシート"], [9713, 9714], ("2042-02-26T12:00", "Wed"), "done"),
            task(11, ["確認"], [9711], None),
            task(12, ["継手"], [9712], None, "done"),
        ],
    ),
    # ------------------------------------------------------------------ b32ja-03
    conv(
        "b32ja-03",
        (971003, "こども保育課 入所係"),
        [
            (9721, "長谷部 真理"),
            (9722, "三浦 翔太"),
            (9723, "千葉 美咲"),
            (9724, "大友 健二"),
            (9725, "桑原 ゆき"),
        ],
        [
            (
                "2042-03-17 08:45",
                9721,
                "[toall]\nおはようございます。4月入所の件で3点です。\n①内定通知の発送リスト、各自の担当園の分を今週中に最終チェックしてください\n②4/1の入所説明会の受付名簿作成、千葉さんお願いできますか\n③3/19（水）の園長会の資料は私が作ります\nよろしくお願いします。",
            ),
            ("2042-03-17 08:52", 9725, "おはようございます。承知しました！"),
            (
                "2042-03-17 09:10",
                9723,
                "[rp aid=9721 to={m1}]②承知しました。名簿の様式は昨年度のものを使って大丈夫ですか？",
            ),
            ("2042-03-17 09:25", 9721, "[rp aid=9723 to={m3}]昨年度ので大丈夫です👌"),
            (
                "2042-03-18 17:10",
                9722,
                "[To:9721]係長\n①、北地区の5園分チェック終わりました。ひまわり保育園で児童名の漢字違いが1件あったので、直してあります",
            ),
            (
                "2042-03-18 17:25",
                9724,
                "[rp aid=9721 to={m1}]すみません、①まだ半分です…金曜には終わらせます",
            ),
            (
                "2042-03-18 17:40",
                9725,
                "①について質問です。転園の方（2名）もリストに含めるのでしたっけ？",
            ),
            (
                "2042-03-18 17:55",
                9721,
                "[rp aid=9725 to={m7}]転園の方も含めます。様式の右端に「転」の印が付いてる方です",
            ),
            (
                "2042-03-19 08:30",
                9721,
                "園長会の資料、作成しました📄 共有フォルダの「園長会_0319.docx」です\n[To:9722]三浦さん、印刷だけお願いできますか？ 20部、10時までに🙏",
            ),
            (
                "2042-03-19 09:40",
                9722,
                "[rp aid=9721 to={m9}]20部刷って、会議室の机に置いておきました！",
            ),
            ("2042-03-19 13:30", 9724, "園長会おつかれさまでした🍵"),
            (
                "2042-03-19 15:45",
                9721,
                "[To:9724]大友さん\nあおば保育園さんから、0歳児クラスの定員変更の届出を紙で受け取りました（課長の机の上にあります）。受付簿への登録と、県への報告データの作成を2営業日以内にお願いできますか",
            ),
            (
                "2042-03-19 15:52",
                9724,
                "[rp aid=9721 to={m12}]承知しました。①の残りと並行で進めます💦",
            ),
            (
                "2042-03-21 11:20",
                9723,
                "[rp aid=9721 to={m1}]②の受付名簿、作成しました。共有フォルダの「入所説明会」に置いてます📁",
            ),
            ("2042-03-21 11:35", 9723, "あと①の南地区分も、チェック終わってます〜"),
            (
                "2042-03-21 16:50",
                9724,
                "[rp aid=9721 to={m1}]①、残りの3園も終わりました。これで全園分そろいました🙆\u200d♂️",
            ),
            ("2042-03-21 17:05", 9721, "みなさんありがとうございます！おかげで間に合いました🌸"),
            (
                "2042-03-24 10:15",
                9724,
                "[rp aid=9721 to={m12}]あおば保育園の件、受付簿への登録は済みました。報告データはこれからです",
            ),
            (
                "2042-03-24 17:20",
                9724,
                "[rp aid=9721 to={m12}]報告データ、まだ途中です🙇\u200d♂️ 明日の午前中まで延ばしてもいいですか",
            ),
            ("2042-03-24 17:28", 9721, "[rp aid=9724 to={m19}]大丈夫です、無理しないでね"),
        ],
        [
            task(1, ["発送リスト"], [9722, 9723, 9724, 9725], ("2042-03-21", "Fri"), "done"),
            task(1, ["名簿"], [9723], None, "done"),
            task(1, ["園長会"], [9721], None, "done"),
            task(9, ["印刷"], [9722], ("2042-03-19T10:00", "Wed"), "done"),
            task(12, ["受付簿"], [9724], ("2042-03-24", "Mon"), "done"),
            task(12, ["報告データ"], [9724], ("2042-03-25T12:00", "Tue")),
        ],
    ),
    # ------------------------------------------------------------------ b32ja-04
    conv(
        "b32ja-04",
        (971004, "【Project KASUMI】QA連絡"),
        [
            (9731, "QA通知Bot"),
            (9732, "渡会 俊"),
            (9733, "北条 まりな"),
            (9734, "島津 航"),
            (9735, "早乙女 伶"),
            (9736, "倉持 大地"),
        ],
        [
            (
                "2042-04-30 02:00",
                9731,
                "[info][title]Nightly Build #2291 (release/1.4)[/title]結果: SUCCESS\n新規クラッシュレポート: 2件（#1423, #1427）\nテスト: 1,204 passed / 3 skipped[/info]",
            ),
            (
                "2042-04-30 09:40",
                9732,
                "[toall]\n1.4 の RC 前チェック、GW 前に片付けたいので以下お願いします🙏\n・#1423 クラッシュの再現手順の整理（北条さん）\n・#1427 の修正（島津さん）\n・実績解除テキストの最終確認（早乙女さん）\nいずれも 5/2（金）の17時〆で！",
            ),
            ("2042-04-30 09:48", 9733, "了解です！"),
            (
                "2042-04-30 09:50",
                9734,
                "[rp aid=9732 to={m2}]#1427 見ておきます。たぶんテクスチャのロード順が原因っぽいです",
            ),
            (
                "2042-04-30 11:15",
                9733,
                "[rp aid=9732 to={m2}]#1423 の再現手順、まとめました。チケットにも追記済みです\n[code]1. タイトル画面で言語を English に変更\n2. チャプター3のセーブデータをロード\n3. ポーズ → オプション → 戻る を3回くりかえす\n→ 10回中8回クラッシュ[/code]",
            ),
            ("2042-04-30 11:30", 9734, "[rp aid=9733 to={m5}]助かります！これで追えそう🙏"),
            (
                "2042-04-30 14:00",
                9732,
                "[toall]\nGW中の緊急対応の当番表、作りました（当番表_GW.xlsx）。明日中に各自の希望日を書き込んでもらえますか",
            ),
            ("2042-04-30 14:05", 9736, "書きましたー🙆"),
            ("2042-04-30 14:20", 9735, "当番表、5/4（日）も希望に入れていいんでしたっけ？"),
            ("2042-04-30 14:26", 9732, "[rp aid=9735 to={m9}]5/4もOKです！"),
            (
                "2042-04-30 16:00",
                9735,
                "実績解除テキスト、英語版は確認終わりました。日本語版はまだです🙏",
            ),
            (
                "2042-05-01 02:00",
                9731,
                "[info][title]Nightly Build #2292 (release/1.4)[/title]結果: SUCCESS\n新規クラッシュレポート: 0件\nテスト: 1,207 passed / 0 skipped[/info]",
            ),
            ("2042-05-01 09:30", 9733, "すみません、当番表まだ書けてないです💦"),
            (
                "2042-05-01 16:30",
                9734,
                "[rp aid=9732 to={m2}]#1427 修正しました。rev 88412 でコミット済みです。\n[To:9733]北条さん、念のため再現手順で再確認しておいてもらえると嬉しいです",
            ),
            (
                "2042-05-01 17:40",
                9733,
                "[rp aid=9734 to={m14}]#1427、手順どおり10回やって、クラッシュしないのを確認しました👍",
            ),
            (
                "2042-05-02 10:20",
                9733,
                "[To:9734]島津さん\n#1427 なんですが、手順3を5回に増やすとまだ落ちます…😇 チケットは再オープンしました。\n週明けでいいので、もう一度見てもらえますか",
            ),
            ("2042-05-02 10:35", 9734, "[rp aid=9733 to={m16}]うわ、了解です…週明けに見ます🙇"),
            (
                "2042-05-02 15:00",
                9735,
                "[rp aid=9732 to={m2}]実績解除テキスト、日本語版も確認終わりました。誤字2件は修正済みです",
            ),
            (
                "2042-05-02 15:05",
                9736,
                "[rp aid=9735 to={m9}]（横から）当番表、5/4と5/5は埋まってるので、5/6あたりが空いてます〜",
            ),
            (
                "2042-05-02 15:10",
                9732,
                "みなさんありがとうございます！RC前チェックは #1427 以外クリアです。良い連休を〜🎏",
            ),
            (
                "2042-05-02 15:20",
                9732,
                task_added(
                    9736,
                    SHOTS_LT,
                    "1.4 ストア掲載用スクリーンショットの差し替え（英語版5枚）",
                    "date",
                ),
            ),
            ("2042-05-02 15:24", 9736, "おつかれさまでしたー🍺"),
        ],
        [
            task(2, ["再現手順"], [9733], ("2042-05-02T17:00", "Fri"), "done"),
            task(2, ["#1427"], [9734], ("2042-05-02T17:00", "Fri"), "done"),
            task(2, ["実績"], [9735], ("2042-05-02T17:00", "Fri"), "done"),
            task(7, ["希望日"], [9733, 9734, 9735, 9736], ("2042-05-01", "Thu")),
            task(14, ["確認"], [9733], None, "done"),
            task(16, ["#1427"], [9734], ("2042-05-07", "Wed")),
            task(21, ["スクリーンショット"], [9736], ("2042-05-09", "Fri")),
        ],
        self_account_id=9731,
    ),
    # ------------------------------------------------------------------ b32ja-05
    conv(
        "b32ja-05",
        (971005, "スタジオ灯 撮影チーム"),
        [
            (9741, "水野 玲奈"),
            (9742, "柏木 大輔"),
            (9743, "湯川 ひなた"),
            (9744, "関 さくら"),
            (9745, "内藤 美穂"),
        ],
        [
            (
                "2042-06-02 10:00",
                9745,
                "【今週の撮影】\n・6/7（土）前撮り　佐久間様・森田様（ロケ：しらさぎ公園）\n・6/8（日）挙式　岡部様（ホテル湊）\n※6/7は雨天の場合スタジオ撮影に振替になります\n今週もよろしくお願いします〜🌿",
            ),
            ("2042-06-02 10:05", 9743, "はーい、了解です！"),
            (
                "2042-06-02 10:30",
                9741,
                "[To:9744]関さん\n先週の藤堂様のアルバム用データ、レタッチを今週金曜までにお願いできればと思います。セレクトは済んでて、フォルダは「0531_藤堂様_select」です",
            ),
            ("2042-06-02 10:41", 9744, "[rp aid=9741 to={m3}]承知です🙆\u200d♀️ 全部で86枚ですね"),
            (
                "2042-06-02 14:00",
                9745,
                "[To:9742]柏木さん\n岡部様から、集合写真に車椅子のおばあさまが入られるとご連絡がありました。念のため、ホテル湊さんにチャペル前のスロープの場所を確認しておいてもらえると助かります",
            ),
            ("2042-06-02 14:12", 9742, "[rp aid=9745 to={m5}]了解、宴会担当さんに電話しとくね📞"),
            (
                "2042-06-03 11:20",
                9742,
                "[rp aid=9745 to={m5}]ホテル湊さんに確認しました。チャペル横にスロープがあって、当日は係の方が誘導してくれるそうです",
            ),
            (
                "2042-06-03 16:00",
                9741,
                "[toall]\n7月の浴衣フォトキャンペーン、インスタの告知投稿の案を週内に1人1案ずつください🙏 〆切は金曜で！",
            ),
            ("2042-06-03 16:10", 9743, "はーい📸"),
            (
                "2042-06-04 18:30",
                9744,
                "[rp aid=9741 to={m3}]藤堂様、1〜50枚目まで終わりました。残り36枚です",
            ),
            (
                "2042-06-05 17:45",
                9744,
                "[rp aid=9741 to={m3}]藤堂様の86枚、全部レタッチ終わりました！「0531_藤堂様_retouch」に入れてます。チェックお願いします🙏",
            ),
            (
                "2042-06-05 18:10",
                9743,
                "投稿案、ドライブの「浴衣キャンペーン」フォルダに入れました〜",
            ),
            (
                "2042-06-06 09:30",
                9741,
                "[rp aid=9744 to={m11}]チェックしました！1〜60枚目はこれで大丈夫です。61枚目以降の肌の補正だけ、もう少し弱めてもらってもいいですか？ 納品は来週火曜なので、月曜中で大丈夫です",
            ),
            ("2042-06-06 10:00", 9742, "投稿案出しました。2案あります"),
            (
                "2042-06-06 10:15",
                9745,
                "投稿案の写真って、過去の浴衣フォトのを使っても大丈夫でしたっけ？",
            ),
            (
                "2042-06-06 10:20",
                9741,
                "[rp aid=9745 to={m15}]掲載許可が取れてるお客様のものなら、過去のもOKです！",
            ),
            ("2042-06-06 10:40", 9744, "[rp aid=9741 to={m13}]承知です、月曜中に直します💪"),
            ("2042-06-06 10:50", 9744, "投稿案はまだ考え中です…すみません💦"),
            (
                "2042-06-06 18:40",
                9741,
                "[To:9745]内藤さん\n明日の天気、午後から雨予報になってきました☔ 佐久間様に、スタジオ振替の可能性があることを本日中にお電話しておいてもらえますか",
            ),
            (
                "2042-06-06 19:20",
                9745,
                "[rp aid=9741 to={m19}]佐久間様にお電話しました。明日の朝8時に最終判断、とお伝えしてあります",
            ),
            (
                "2042-06-06 19:30",
                9741,
                "ありがとう！明朝は7時にスタジオ集合で、機材の積み込みです🚐",
            ),
            (
                "2042-06-07 08:05",
                9742,
                "おはようございます。8時判断、予定どおりロケで行けそうです☀ しらさぎ公園に向かいます",
            ),
        ],
        [
            task(3, ["レタッチ"], [9744], ("2042-06-06", "Fri"), "done"),
            task(5, ["スロープ"], [9742], None, "done"),
            task(8, ["投稿"], [9742, 9743, 9744, 9745], ("2042-06-06", "Fri")),
            task(11, ["チェック"], [9741], None, "done"),
            task(13, ["補正"], [9744], ("2042-06-09", "Mon")),
            task(19, ["佐久間"], [9745], ("2042-06-06", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ b32ja-06
    conv(
        "b32ja-06",
        (971006, "キャリアセンター 窓口連絡"),
        [
            (9751, "浅野 典子"),
            (9752, "黒木 遼"),
            (9753, "平井 もえ"),
            (9754, "森下 啓介"),
        ],
        [
            (
                "2042-05-07 08:55",
                9751,
                "おはようございます。連休明け、今日から窓口は通常営業です。よろしくお願いします🙇",
            ),
            ("2042-05-07 09:02", 9752, "おはようございます！よろしくお願いします"),
            (
                "2042-05-07 09:30",
                9753,
                "【共有】5/14（水）の合同企業説明会、参加企業が32社で確定しました。一覧を貼っておきます\n[info][title]合同企業説明会　参加企業（5/14）[/title]①湊銀行　②北陸ガス　③株式会社ミナトシステム　…ほか29社[/info]",
            ),
            ("2042-05-07 09:41", 9754, "ありがとうございます。去年より5社多いですね👀"),
            (
                "2042-05-07 10:15",
                9752,
                "窓口に来た4年生から「説明会の服装って私服でいいですか、大学から企業に確認してもらえませんか」と聞かれました。案内に『服装自由』とあるので、そのまま伝えてます",
            ),
            ("2042-05-07 10:20", 9751, "[rp aid=9752 to={m5}]それで大丈夫です。ありがとう"),
            (
                "2042-05-07 13:00",
                9754,
                "学生向けの案内文、テンプレを貼っておきます。\n[info][title]面談予約の案内（テンプレ）[/title]〇〇さん\nキャリア面談のご予約ありがとうございます。\n当日は履歴書の下書きをご持参ください。\n日時の変更がある場合は、前日までにご連絡ください。[/info]",
            ),
            (
                "2042-05-07 13:25",
                9753,
                "説明会の受付、当日お手伝いできる方いますか？ 学生スタッフが2名足りなくて…",
            ),
            (
                "2042-05-07 13:40",
                9752,
                "[rp aid=9753 to={m8}]その日は入試課の応援で終日いないんです、すみません🙏",
            ),
            (
                "2042-05-07 13:45",
                9754,
                "学生スタッフ、ゼミで希望者がいたらお知らせします",
            ),
            (
                "2042-05-08 09:10",
                9751,
                "説明会の会場、3号館大ホールで予約が取れていました（総務から連絡あり）",
            ),
            (
                "2042-05-08 10:05",
                9753,
                "浅野さん、説明会当日のお昼って、企業の方にお弁当出すんでしたっけ？",
            ),
            (
                "2042-05-08 10:12",
                9751,
                "[rp aid=9753 to={m12}]出します。去年と同じく学内のお弁当屋さんで、総務が手配済みです",
            ),
            (
                "2042-05-08 15:30",
                9752,
                "就職情報サイトの担当の方が来られてます。「少々お待ちください」とお伝えして、応接室にお通ししました",
            ),
            ("2042-05-08 15:35", 9751, "[rp aid=9752 to={m14}]ありがとう、今向かってます🏃"),
            (
                "2042-05-08 17:50",
                9754,
                "今日の面談、計9件でした。来週も予約が埋まってきてます📈 お疲れ様でした！",
            ),
            ("2042-05-08 17:55", 9753, "お疲れ様でしたー🍵"),
        ],
        [],
    ),
    # ------------------------------------------------------------------ b32ja-07
    conv(
        "b32ja-07",
        (971007, "潮見フーズ様｜労務顧問（みなと社労士事務所）"),
        [
            (9761, "今泉 貴子"),
            (9762, "戸田 光"),
            (9763, "荻野 彩"),
            (9764, "佐野 由佳"),
        ],
        [
            (
                "2042-06-09 10:00",
                9764,
                "[To:9762]戸田様\nいつも大変お世話になっております。潮見フーズ総務の佐野でございます。\n先日ご依頼いただきました件、下記の通りご報告申し上げます。\n【1】賃金台帳（2041年4月〜2042年3月分）：本日、共有フォルダに格納いたしました\n【2】6月入社の2名：雇用契約書の写しは6/16（月）までにお送りいたします\n【3】育休中の社員1名：復帰日は7/1の予定でございます\n\nなお、1点ご相談がございます。パート社員のうち3名、7月から週の所定労働時間が変わる予定でございまして、社会保険の加入要否のご判断を6/13（金）までにいただけますと大変助かります。\nお忙しいところ恐縮ですが、何卒よろしくお願い申し上げます。",
            ),
            (
                "2042-06-09 10:20",
                9762,
                "[rp aid=9764 to={m1}]佐野様\nご丁寧にありがとうございます。賃金台帳、拝受いたしました。\nパートの方3名の加入要否、金曜までに判断してご連絡いたします。",
            ),
            (
                "2042-06-09 10:35",
                9761,
                "[To:9763]荻野さん\n潮見フーズさんの賃金台帳、年度更新の集計表への転記をお願いします。急ぎじゃないので週内で大丈夫です",
            ),
            ("2042-06-09 10:40", 9763, "承知しました！"),
            (
                "2042-06-10 14:00",
                9763,
                "[To:9761]所長\n【ご報告】潮見フーズさん関係\n・労働保険の年度更新の申告書：様式の準備できています\n・7/3（木）の定例訪問：先方OKとのことです\n・※雇用保険の被保険者名簿が古いままなので、最新版をハローワークのシステムから出しておきます\n以上です(bow)",
            ),
            ("2042-06-10 14:10", 9761, "[rp aid=9763 to={m5}]ありがとう、助かります🙏"),
            (
                "2042-06-11 09:30",
                9762,
                "[To:9761]所長\n加入要否の判定メモ、2人分まで書けました（共有フォルダ「潮見フーズ/2042社保」）。\n3人目の方（週28時間→20時間）だけ判断が微妙なので、念のため所長にも見ていただけますと幸いです",
            ),
            (
                "2042-06-11 10:15",
                9761,
                "[rp aid=9762 to={m7}]見ました。3人目も戸田さんの考えどおり、加入継続でOKです👌",
            ),
            (
                "2042-06-11 11:00",
                9762,
                "[rp aid=9764 to={m1}]佐野様\nパート社員3名の社会保険の加入要否につきまして、判断いたしましたのでご連絡いたします。\n・Aさん：加入継続\n・Bさん：7/1付で資格喪失\n・Cさん：加入継続\n詳細は共有フォルダのメモに記載しております。Bさんの資格喪失届は弊所で作成いたします。",
            ),
            (
                "2042-06-11 11:30",
                9764,
                "[rp aid=9762 to={m9}]戸田様\n迅速にご判断いただき、誠にありがとうございます。承知いたしました。",
            ),
            (
                "2042-06-12 11:00",
                9763,
                "[rp aid=9761 to={m3}]潮見フーズさんの転記、終わりました。集計表の「2042年度更新」シートです",
            ),
            (
                "2042-06-12 16:00",
                9763,
                "被保険者名簿、最新版を出しました！共有フォルダに入れてあります📁",
            ),
            ("2042-06-13 09:00", 9761, task_added(9763, SANTEI_LT, SANTEI_BODY, "time")),
            (
                "2042-06-13 09:05",
                9763,
                "[rp aid=9761 to={m13}]承知しました。月曜10時までに送ります",
            ),
            ("2042-06-16 09:40", 9763, task_done(9763, SANTEI_LT, SANTEI_BODY, "time")),
            (
                "2042-06-16 10:30",
                9764,
                "[qt][qtmeta aid=9764 time={t1}]【2】6月入社の2名：雇用契約書の写しは6/16（月）までにお送りいたします[/qt]戸田様\nこちら、本日レターパックにて発送いたしました。到着まで今しばらくお待ちくださいませ。",
            ),
            (
                "2042-06-16 10:45",
                9762,
                "[rp aid=9764 to={m16}]佐野様\nご連絡ありがとうございます(bow)",
            ),
            (
                "2042-06-17 10:00",
                9762,
                "[rp aid=9764 to={m16}]佐野様\n雇用契約書の写し2名分、本日拝受いたしました。",
            ),
        ],
        [
            task(1, ["雇用契約書"], [9764], ("2042-06-16", "Mon"), "done"),
            task(1, ["加入"], [9762], ("2042-06-13", "Fri"), "done"),
            task(3, ["転記"], [9763], ("2042-06-13", "Fri"), "done"),
            task(5, ["名簿"], [9763], None, "done"),
            task(7, ["判定"], [9761], None, "done"),
            task(9, ["資格喪失届"], [9762], None),
            task(13, ["算定基礎"], [9763], ("2042-06-16T10:00", "Mon"), "done"),
        ],
        self_account_id=9761,
    ),
]

CASES_B = [
    # ------------------------------------------------------------------ b32ja-08
    conv(
        "b32ja-08",
        (971008, "【ことり堂×北摂ロジ】出荷連携"),
        [
            (9801, "森永 さやか"),
            (9802, "久住 亮"),
            (9803, "大槻 剛"),
            (9804, "戸川 みのり"),
            (9809, "出荷連携Bot"),
        ],
        [
            (  # 1
                "2042-11-17 09:02",
                9809,
                "[info][title]【自動通知】11/17 出荷予定[/title]出荷予定：148件（うち同梱 12件）\n※この通知への返信は不要です[/info]",
            ),
            (  # 2 task: toall -> 9802, 9803, 9804 (not sender, not the bot)
                "2042-11-17 09:15",
                9801,
                "[toall]\nおはようございます！今週末はセールなので物量多めです🙇‍♀️\nセール用の同梱チラシ（A5・黄色）、出荷前に各自の持ち場の在庫を確認しておいてもらえると助かります🙏　〆切は水曜で！",
            ),
            ("2042-11-17 09:40", 9803, "チラシ、A棚の分は数えました。残り820枚っす"),
            ("2042-11-17 09:52", 9804, "事務所分はまだ数えてないです💦"),
            (
                "2042-11-17 10:05",
                9802,
                "セール、今回は送料無料ラインを5,000円に下げてます📣",
            ),
            (
                "2042-11-17 10:10",
                9803,
                "[rp aid=9802 to={m5}]久住 亮さん\n了解っす、物量増えそう😇",
            ),
            (  # 7 task: the internal ask after a pasted customer mail
                "2042-11-17 13:20",
                9802,
                "[To:9803]大槻さん\n[To:9804]戸川さん\nお客様からのメールです、転記します\n――――――――\n株式会社ことり堂　ご担当者様\nいつもお世話になっております。先日注文した陶器のマグカップ（注文番号 KT-58831）ですが、箱を開けたところ取っ手が欠けておりました。大変お手数ではございますが、交換品をお送りいただけますでしょうか。\nどうぞよろしくお願いいたします。\n――――――――\nKT-58831、交換品の出荷お願いできますか🙏　欠けた方の返送は不要とお伝え済みです",
            ),
            (
                "2042-11-17 13:45",
                9804,
                "[rp aid=9802 to={m7}]久住 亮さん\n承知しました！手配します",
            ),
            (
                "2042-11-17 17:30",
                9809,
                "[info][title]【自動通知】出荷完了[/title]注文番号：KT-58831（交換）\n伝票番号：4410-2291-8837[/info]",
            ),
            (
                "2042-11-17 17:40",
                9803,
                "[rp aid=9802 to={m7}]久住 亮さん\n交換品、さっきの便で発送完了です📦",
            ),
            (  # 11 task: the one ask (④) in a long report
                "2042-11-18 10:30",
                9804,
                "[To:9801]森永さん\n【11/18 北摂ロジ 作業報告】\n①入荷：マグカップ（白）240個、検品OKです\n②返品受付：3件（うち1件は住所不明のため保留）\n③ラベルプリンタ1台不調 → 予備機で対応中\n④12月の休業日カレンダー、ことり堂さんのカート側にも反映していただけますと幸いです（年末は12/27出荷分まで）\n⑤明日は通常どおりです\n以上です",
            ),
            (  # 12 numbered reply; line 2 accepts task 11 with 週内
                "2042-11-18 10:48",
                9801,
                "[rp aid=9804 to={m11}]戸川 みのりさん\nありがとうございます！\n1. 返品保留の件、了解です\n2. 休業日カレンダーの反映、承知しました。週内にやります\n3. プリンタ大丈夫そうですか？",
            ),
            (  # 13 task: soft ask naming a file and a set number
                "2042-11-18 14:00",
                9802,
                "[To:9803]大槻さん\n出荷指示書_1119.xlsx を共有フォルダに上げました。セット品（#S-12）の組み方が変わってるので、念のため目を通しておいてもらえると🙏\n[code]#S-12 = マグカップ白 ×1 + コースター ×2 + ギフト箱L[/code]",
            ),
            (
                "2042-11-18 15:10",
                9803,
                "[rp aid=9802 to={m13}]久住 亮さん\n見ました！S-12、了解っす👍",
            ),
            (
                "2042-11-19 09:00",
                9809,
                "[info][title]【自動通知】11/19 出荷予定[/title]出荷予定：203件（うち同梱 31件）[/info]",
            ),
            ("2042-11-19 09:30", 9803, "ラベルプリンタ、また紙詰まりしてる…😇"),
            (  # 17 task: commitment (soft promise) in a reply to a report
                "2042-11-19 09:35",
                9804,
                "[rp aid=9803 to={m16}]大槻 剛さん\nメーカーに修理の連絡入れておきます。今日は予備機で回せそうですか？",
            ),
            (
                "2042-11-19 09:38",
                9803,
                "[rp aid=9804 to={m17}]戸川 みのりさん\nなんとか回ります！",
            ),
            (
                "2042-11-20 16:00",
                9801,
                "[rp aid=9804 to={m11}]戸川 みのりさん\n休業日カレンダー、カートに反映済みです🙆‍♀️",
            ),
            (
                "2042-11-21 11:00",
                9801,
                "[toall]\n来週月曜（11/24）は振替休日です。北摂ロジさんは通常稼働、ことり堂のCSはお休みで、お問い合わせの返信は火曜からになります。",
            ),
            (
                "2042-11-21 15:20",
                9804,
                "[qt][qtmeta aid=9804 time={t17}]メーカーに修理の連絡入れておきます。今日は予備機で回せそうですか？[/qt]連絡しました！来週水曜に引き取りに来てくれるそうです",
            ),
        ],
        [
            task(2, ["チラシ"], [9802, 9803, 9804], ("2042-11-19", "Wed")),
            task(7, ["交換"], [9803, 9804], None, "done"),
            task(11, ["休業日"], [9801], ("2042-11-21", "Fri"), "done"),
            task(13, ["出荷指示書"], [9803], None, "done"),
            task(17, ["修理"], [9804], None, "done"),
        ],
        self_account_id=9809,
    ),
    # ------------------------------------------------------------------ b32ja-09
    conv(
        "b32ja-09",
        (971009, "栄養科 連絡"),
        [
            (9811, "三好 礼子"),
            (9812, "柴崎 航"),
            (9813, "野々村 真央"),
            (9814, "堀 健太郎"),
            (9815, "安斎 ゆかり"),
        ],
        [
            (  # 1 three to-do lines with owners, one deadline
                "2042-09-08 08:50",
                9811,
                "[toall]\nおはようございます。9/15（月・祝）の敬老の日は行事食（祝い膳）です🎌\n・献立表の最終版作成（柴崎さん）\n・病棟配布用のメッセージカード印刷（野々村さん）\n・赤飯の発注数の確定（堀さん）\nいずれも9/11（木）中でお願いします。",
            ),
            ("2042-09-08 09:05", 9812, "承知しました。"),
            ("2042-09-08 09:12", 9813, "承知です！"),
            (
                "2042-09-08 09:20",
                9814,
                "赤飯、去年は180食でした。今年は入院少なめなので170くらいで考えてます🍚",
            ),
            (
                "2042-09-10 10:00",
                9813,
                "メッセージカードのデザイン2案、共有フォルダに入れました（敬老カード_案.pdf）",
            ),
            (  # 6 task: partial approval
                "2042-09-10 10:30",
                9811,
                "[rp aid=9813 to={m5}]野々村 真央さん\nA案はこれで大丈夫です。裏面の文言だけ「いつまでもお元気で」に直してもらえますか",
            ),
            (
                "2042-09-10 10:45",
                9813,
                "[rp aid=9811 to={m6}]三好 礼子さん\n直しました！差し替え済みです🙆‍♀️",
            ),
            ("2042-09-10 15:00", 9814, "赤飯、170食で業者さんに発注かけました"),
            (
                "2042-09-11 11:30",
                9812,
                "[rp aid=9811 to={m1}]三好 礼子さん\n献立表、最終版を作成しました（9月行事食_最終.xlsx）",
            ),
            (
                "2042-09-11 17:10",
                9813,
                "[rp aid=9811 to={m1}]三好 礼子さん\nカードの印刷、途中でインク切れて半分しかできてません…(´；ω；｀)　明日の午前中に残りやります",
            ),
            (
                "2042-09-11 17:20",
                9811,
                "[rp aid=9813 to={m10}]野々村 真央さん\n了解です、無理しないでね",
            ),
            (
                "2042-09-12 11:20",
                9813,
                "[rp aid=9811 to={m1}]三好 礼子さん\nカード印刷、全部終わりました！",
            ),
            (  # 13 task: commitment without a time
                "2042-09-12 11:25",
                9813,
                "カードは祝い膳と一緒に、配膳のときに病棟へ配りますね",
            ),
            (  # 14 task: the one ask among notices, keigo
                "2042-09-12 15:00",
                9815,
                "[To:9812]柴崎さん\n5東の安斎です、いつもお世話になっております。\n【連絡】\n・502号 田村様（仮名）、9/16退院予定です\n・508号 佐久間様（仮名）、主治医より嚥下調整食2への変更指示が出ました。切り替えのご対応をお願いできますでしょうか\n・5東の祝い膳は14食です\nよろしくお願いいたします。",
            ),
            (
                "2042-09-12 15:20",
                9812,
                "[rp aid=9815 to={m14}]安斎 ゆかりさん\n承知しました、対応しておきます",
            ),
            (
                "2042-09-12 16:00",
                9814,
                "明朝の仕込み、5時入りが2人増えます。15日は祝い膳の盛り付けで全員入りです",
            ),
            (
                "2042-09-16 10:00",
                9812,
                "[rp aid=9815 to={m14}]安斎 ゆかりさん\n508号 佐久間様、嚥下調整食2に切り替えました。",
            ),
            (
                "2042-09-16 10:30",
                9811,
                "敬老の日の行事食、無事に終わりました。皆さんお疲れさまでした（bow）\n来週23日（火）は秋分の日で、委託業者さんは午前のみです。",
            ),
            (
                "2042-09-16 11:00",
                9813,
                "カードの病棟配布、3階と4階は終わりました。5階は配膳ルートが別だったので、まだです💦",
            ),
            (
                "2042-09-16 11:10",
                9815,
                "[rp aid=9813 to={m19}]野々村 真央さん\n5東はまだ届いてないので、お待ちしてます〜😊",
            ),
        ],
        [
            task(1, ["献立表"], [9812], ("2042-09-11", "Thu"), "done"),
            task(1, ["カード", "印刷"], [9813], ("2042-09-12T12:00", "Fri"), "done"),
            task(1, ["赤飯"], [9814], ("2042-09-11", "Thu"), "done"),
            task(6, ["文言"], [9813], None, "done"),
            task(13, ["カード"], [9813], None),
            task(14, ["嚥下"], [9812], None, "done"),
        ],
    ),
    # ------------------------------------------------------------------ b32ja-10
    conv(
        "b32ja-10",
        (971010, "【看板】みなと歯科さま 新看板"),
        [
            (9821, "青柳 修平"),
            (9822, "西脇 ことね"),
            (9823, "福留 大輔"),
            (9824, "久保 典子"),
        ],
        [
            (  # 1 task: client asked to check by a date
                "2042-10-06 10:00",
                9821,
                "[To:9824]久保様\nいつもお世話になっております。あおば看板工芸の青柳でございます。\n先日お打ち合わせいたしました袖看板と窓ガラスシートのデザイン案をお送りいたします（みなと歯科_看板案_v1.pdf）。\nお手数ですが、10/10（金）までにご確認いただけますと幸いです。\n何卒よろしくお願い申し上げます。",
            ),
            (
                "2042-10-06 10:05",
                9822,
                "データはv1フォルダにあります。色味の調整が必要そうならすぐ直せます👍",
            ),
            (  # 3 client: done for 1 (bare, her only task) + partial approval with two asks
                "2042-10-08 17:30",
                9824,
                "[To:9821]青柳様\nいつも大変お世話になっております。みなと歯科の久保でございます。\nデザイン案をお送りいただき、誠にありがとうございます。院長とも確認いたしました。\n袖看板はこちらの案で問題ございません。\n窓ガラスシートにつきまして、2点お願いがございます。\n1. 診療時間の表記を「木曜休診」から「木・日・祝休診」に変更\n2. 電話番号の文字をもう一回り大きく\nお手数をおかけいたしますが、ご対応のほどよろしくお願い申し上げます。\nなお、10/13（月）はスポーツの日のため休診となっております。",
            ),
            (  # 4 acceptance of both with 週明け (10/13 holiday -> 10/14)
                "2042-10-08 17:45",
                9821,
                "[rp aid=9824 to={m3}]久保様\nご確認いただき、ありがとうございます。2点とも承知いたしました。修正版は週明けにお送りいたします。",
            ),
            (  # 5 task: internal, 17時〆
                "2042-10-08 17:50",
                9821,
                "[To:9822]西脇さん\n上の2点、修正お願いします🙏　連休明けの朝イチで先方に出したいので、10/10（金）17時〆でお願いできますか",
            ),
            (
                "2042-10-08 18:02",
                9822,
                "[rp aid=9821 to={m5}]青柳 修平さん\nりょです〜👌",
            ),
            (
                "2042-10-09 08:30",
                9823,
                "施工は10/18（土）午前で仮押さえしてます。高所作業車も手配済みです",
            ),
            (
                "2042-10-09 09:00",
                9821,
                "[rp aid=9823 to={m7}]福留 大輔さん\n助かります！",
            ),
            (
                "2042-10-10 16:30",
                9822,
                "[rp aid=9821 to={m5}]青柳 修平さん\n2点とも修正しました！v2です（みなと歯科_看板案_v2.pdf）。電話番号は120%にしてます",
            ),
            (  # 10 numbered done report naming both fixes
                "2042-10-14 09:30",
                9821,
                "[rp aid=9824 to={m3}]久保様\nお待たせいたしました。修正版（v2）をお送りいたします。\n1. 診療時間の表記：「木・日・祝休診」に変更いたしました\n2. 電話番号：文字を120%に拡大いたしました",
            ),
            (  # 11 task: partial approval, new wording of the second point
                "2042-10-14 13:00",
                9824,
                "[rp aid=9821 to={m10}]青柳様\nご対応いただき、ありがとうございます。\n1点目は問題ございません。2点目の電話番号につきまして、もう少しだけ太字にしていただけますでしょうか。\nお手数をおかけいたします。",
            ),
            (  # 12 task: 本日中
                "2042-10-14 13:10",
                9821,
                "[To:9822]西脇さん\n電話番号、もうちょい太くしてほしいとのことです。本日中にいけますか🙏",
            ),
            (
                "2042-10-14 15:40",
                9822,
                "[rp aid=9821 to={m12}]青柳 修平さん\n太くしました〜　v3です",
            ),
            (
                "2042-10-14 16:00",
                9821,
                "[rp aid=9824 to={m11}]久保様\n電話番号を太字にいたしました（v3を添付いたします）。",
            ),
            (
                "2042-10-15 09:10",
                9824,
                "[rp aid=9821 to={m14}]青柳様\n拝見いたしました。こちらで問題ございません。施工当日はどうぞよろしくお願いいたします。",
            ),
            (
                "2042-10-17 18:00",
                9823,
                "明日の施工、8:30現地着の予定です。雨予報なので窓シートは午後になるかもです☔",
            ),
            (
                "2042-10-18 12:40",
                9823,
                "袖看板・窓シートとも取り付け完了しました🙌　写真は施工フォルダに入れてます",
            ),
            (
                "2042-10-18 13:00",
                9821,
                "[To:9824]久保様\n本日、袖看板と窓ガラスシートの取り付けが完了いたしました。この度は誠にありがとうございました。",
            ),
            (  # 19 task: 来週中 sent on a Saturday
                "2042-10-18 13:10",
                9821,
                "[To:9823]福留さん\nお疲れさまでした！作業報告書、来週中にお願いします🙏",
            ),
            (
                "2042-10-18 13:30",
                9824,
                "[To:9821]青柳様、皆様\n素敵な看板をありがとうございました。院長も大変喜んでおります。",
            ),
            (
                "2042-10-20 09:00",
                9823,
                "[rp aid=9821 to={m19}]青柳 修平さん\n報告書、今週中に出します！",
            ),
        ],
        [
            task(1, ["デザイン"], [9824], ("2042-10-10", "Fri"), "done"),
            task(3, ["診療時間"], [9821], ("2042-10-14", "Tue"), "done"),
            task(3, ["電話番号"], [9821], ("2042-10-14", "Tue"), "done"),
            task(5, ["修正"], [9822], ("2042-10-10T17:00", "Fri"), "done"),
            task(11, ["太字"], [9821], None, "done"),
            task(12, ["電話番号"], [9822], ("2042-10-14", "Tue"), "done"),
            task(19, ["報告書"], [9823], ("2042-10-24", "Fri")),
        ],
    ),
    # ------------------------------------------------------------------ b32ja-11 (no task)
    conv(
        "b32ja-11",
        (971011, "光明寺 寺務所"),
        [
            (9831, "大谷 了玄"),
            (9832, "岸 佳代子"),
            (9833, "桑原 茂"),
            (9834, "大谷 慧"),
            (9835, "梅田 のぞみ"),
        ],
        [
            (
                "2042-08-04 09:30",
                9832,
                "おはようございます。お盆の棚経の日程表、最新版を貼っておきます。\n[info][title]棚経 日程（8/13〜8/15）[/title]8/13　東地区 午前／西地区 午後\n8/14　北地区 終日\n8/15　南地区 午前[/info]",
            ),
            (
                "2042-08-04 09:45",
                9834,
                "ありがとうございます🙏　14日は北地区だけなので少し余裕ありますね",
            ),
            (
                "2042-08-04 11:10",
                9833,
                "お世話になっております。総代の桑原です。\n施餓鬼法要（8/16）の受付係をお願いできる方はいらっしゃいますでしょうか。例年お二人ほどお願いしております。",
            ),
            (
                "2042-08-04 11:30",
                9835,
                "[rp aid=9833 to={m3}]桑原 茂さん\n16日なら少しお手伝いできるかもです。シフト次第なので、分かったら共有しますね",
            ),
            (
                "2042-08-05 08:20",
                9831,
                "猛暑が続いております。皆さん水分補給を忘れずに。",
            ),
            (
                "2042-08-05 10:00",
                9832,
                "檀家の西田様からお手紙が届きました。要旨だけ転記します。\n「今年は足を悪くしており、棚経は玄関先で済ませていただけますと幸いです」\nとのことです。住職にはお伝え済みです。",
            ),
            ("2042-08-05 10:20", 9831, "承知しました。"),
            (
                "2042-08-06 15:00",
                9835,
                "11日は山の日で、お寺の前の道が交通規制になるみたいです。お参りの方の駐車場ってどうなるんでしょう？",
            ),
            (
                "2042-08-06 15:30",
                9833,
                "[rp aid=9835 to={m8}]梅田 のぞみさん\n規制は花火大会の日だけで、11日の夕方からと聞いております。詳しいことが分かりましたらお知らせします。",
            ),
            (
                "2042-08-07 09:00",
                9832,
                "お盆期間の寺務所の受付時間です。\n・8/13〜15　9:00〜16:00\n・8/16　9:00〜12:00（施餓鬼法要のため）\n※卒塔婆のお申し込みは8/10で締め切りました",
            ),
            ("2042-08-07 09:20", 9834, "卒塔婆、今年は何本でした？"),
            (
                "2042-08-07 09:25",
                9832,
                "[rp aid=9834 to={m11}]大谷 慧さん\n142本です！去年より10本ほど多いです",
            ),
            (
                "2042-08-07 10:00",
                9831,
                "手伝えることがあれば、何でも言ってください。",
            ),
            (
                "2042-08-12 17:00",
                9833,
                "明日からよろしくお願いいたします。何かございましたら携帯までご連絡ください。",
            ),
            (
                "2042-08-16 13:00",
                9835,
                "施餓鬼、無事に終わりましたね。お疲れさまでした〜🙏",
            ),
            (
                "2042-08-16 13:20",
                9832,
                "お疲れさまでした。受付の記帳は312名でした。",
            ),
            (
                "2042-08-16 14:00",
                9831,
                "皆さま、暑い中ありがとうございました（bow）",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------ b32ja-12
    conv(
        "b32ja-12",
        (971012, "白樺スキースクール スタッフ"),
        [
            (9841, "志田 隼人"),
            (9842, "今泉 沙織"),
            (9843, "新田 ルイ"),
            (9844, "高岡 美帆"),
            (9845, "宇野 蒼"),
        ],
        [
            (  # 1 task: [toall] from the self account -> everyone else
                "2042-12-15 10:00",
                9841,
                "[toall]\n今シーズンもよろしくお願いします⛷\n年末年始のシフト希望、今週金曜までに今泉さんに出してください。",
            ),
            ("2042-12-15 10:20", 9843, "出しました！"),
            ("2042-12-15 10:40", 9845, "すみません、まだです🙏"),
            (
                "2042-12-15 11:00",
                9844,
                "提出ってフォームでしたっけ？紙でしたっけ？",
            ),
            (
                "2042-12-15 11:05",
                9842,
                "[rp aid=9844 to={m4}]高岡 美帆さん\nフォームです！URLは去年と同じです〜",
            ),
            (  # 6 task for the self account: the one ask among three notices
                "2042-12-16 14:00",
                9842,
                "[To:9841]志田さん\n【確認お願いします】\n1. 団体レッスン（さくら小学校 1/8・1/9）の見積書、フォルダに入れました\n2. リフト券の仕入れ、今年は200枚で発注予定です\n3. 新しいレンタルウェアの請求書（#INV-0412）が届いてます\n1だけ、今週中に見ていただけますか。先方が年内に決裁したいそうです",
            ),
            (  # 7 numbered reply: done for 6 + a new ask
                "2042-12-16 18:30",
                9841,
                "[rp aid=9842 to={m6}]今泉 沙織さん\n1. 見積書、見ました。単価だけ1名あたり500円下げて出し直してもらってもいいですか\n2. 了解です\n3. 請求書の件も了解です",
            ),
            (
                "2042-12-17 10:15",
                9842,
                "[rp aid=9841 to={m7}]志田 隼人さん\n出し直しました！さくら小学校さんにも送付済みです",
            ),
            ("2042-12-17 12:00", 9844, "シフト出しました〜"),
            (
                "2042-12-18 21:00",
                9845,
                "[To:9841]志田さん\n子ども用のヘルメット、Sサイズが6個しかないです😢",
            ),
            (  # 11 task: soft ask in a reply
                "2042-12-18 21:30",
                9841,
                "[rp aid=9845 to={m10}]宇野 蒼さん\nえ、少ない…！追加で10個買っておいてもらえますか？駅前のスポーツ店で大丈夫です",
            ),
            (
                "2042-12-19 16:00",
                9845,
                "[rp aid=9841 to={m11}]志田 隼人さん\nヘルメット10個、買ってきました！倉庫の棚に置いてます",
            ),
            ("2042-12-19 16:05", 9845, "シフトも今出しました🙇"),
            (  # 14 task for the self account: decide by a date
                "2042-12-22 09:00",
                9842,
                "[To:9841]志田さん\n成人の日の連休（1/10〜1/12）、団体予約が3件入りました。\nインストラクターの配置、12/26（金）中に決めていただけると助かります🙏",
            ),
            (
                "2042-12-22 09:30",
                9841,
                "[rp aid=9842 to={m14}]今泉 沙織さん\n了解、週内に決めます",
            ),
            (
                "2042-12-24 18:00",
                9843,
                "[toall]\nレンタル用のスキー、まだ12台チューンナップ残ってます😇　手の空いてる人いたら声かけてください🙏",
            ),
            ("2042-12-24 18:10", 9844, "明日の午後なら手伝えます！"),
            (
                "2042-12-26 11:00",
                9841,
                "[rp aid=9842 to={m14}]今泉 沙織さん\n配置、決めました。シフト表の「1月連休」タブに入れてあります",
            ),
            (  # 19 task: soft promise with M/D across the year-end break
                "2042-12-26 11:30",
                9842,
                "[rp aid=9841 to={m18}]志田 隼人さん\nありがとうございます！先方には年明け1/5に連絡しておきます",
            ),
            (
                "2042-12-26 12:00",
                9841,
                "[toall]\n事務所は12/29〜1/3お休みです。レッスンは通常どおりです⛄　皆さん良いお年を！",
            ),
            (
                "2043-01-05 09:30",
                9845,
                "あけましておめでとうございます！本年もよろしくお願いします🎍",
            ),
            (
                "2043-01-05 10:10",
                9842,
                "[qt][qtmeta aid=9842 time={t19}]ありがとうございます！先方には年明け1/5に連絡しておきます[/qt]さくら小学校さん・スノー旅行社さん・市民スキークラブさん、3件とも連絡しました",
            ),
            (  # 23 task: commitment with [To:], 3営業日以内 across 成人の日
                "2043-01-08 17:00",
                9843,
                "[To:9842]今泉さん\n連休の団体3件、レッスン報告書は私が3営業日以内に作成します",
            ),
        ],
        [
            task(1, ["シフト"], [9842, 9843, 9844, 9845], ("2042-12-19", "Fri")),
            task(6, ["見積書"], [9841], ("2042-12-19", "Fri"), "done"),
            task(7, ["見積"], [9842], None, "done"),
            task(11, ["ヘルメット"], [9845], None, "done"),
            task(14, ["配置"], [9841], ("2042-12-26", "Fri"), "done"),
            task(19, ["連絡"], [9842], ("2043-01-05", "Mon"), "done"),
            task(23, ["報告書"], [9843], ("2043-01-14", "Wed")),
        ],
        self_account_id=9841,
    ),
    # ------------------------------------------------------------------ b32ja-13
    conv(
        "b32ja-13",
        (971013, "知財チーム（商標・特許）"),
        [
            (9851, "篠原 徹"),
            (9852, "北村 遥"),
            (9853, "安西 健吾"),
            (9854, "堤 まゆ"),
            (9855, "国枝 瞳"),
        ],
        [
            (
                "2042-10-31 16:00",
                9854,
                "【期限リマインド】\n・T-2291（商標／ベルナ食品）拒絶理由通知への応答：11/28（金）\n・P-0877（特許／ミナト精機）中間応答：12/3（水）\n・T-2305（商標）更新登録申請：1/15\n※期限管理表（期限管理_2042.xlsx）にも反映済みです",
            ),
            (  # 2 task: commitment with M/D
                "2042-10-31 16:20",
                9852,
                "T-2291の意見書ドラフト、私が作ります。11/21（金）までに仕上げます",
            ),
            (  # 3 task: [To:] beats [rp]; 週明け after 文化の日
                "2042-10-31 16:40",
                9851,
                "[rp aid=9852 to={m2}]北村 遥さん\nよろしく。\n[To:9855]国枝さん\nベルナ食品さんに、使用実績の資料（パンフレット・販売数の推移）をお願いするメールを週明けに出しておいてください",
            ),
            (
                "2042-10-31 16:45",
                9855,
                "[rp aid=9851 to={m3}]篠原 徹さん\n承知しました。",
            ),
            (
                "2042-11-04 10:00",
                9853,
                "P-0877、引用文献3件の読み込み終わりました。引用文献2が一番近そうです",
            ),
            (
                "2042-11-04 11:30",
                9855,
                "[rp aid=9851 to={m3}]篠原 徹さん\nベルナ食品の広報ご担当者様へ、依頼メールを送付しました。返信が来ましたらお知らせします。",
            ),
            (  # 7 task: 来週火曜
                "2042-11-04 13:00",
                9851,
                "[To:9853]安西さん\nP-0877の対比表（本願と引用文献1〜3）、来週火曜までに北村さんと私に共有してください。水曜の打合せで使います",
            ),
            (
                "2042-11-04 13:10",
                9853,
                "[rp aid=9851 to={m7}]篠原 徹さん\n承知しました！",
            ),
            (
                "2042-11-11 17:50",
                9853,
                "[rp aid=9851 to={m7}]篠原 徹さん\n対比表、共有フォルダに上げました（P-0877_対比表_v1.xlsx）",
            ),
            (  # 10 task: one to-do line with an owner and (〜M/D); the other line is done
                "2042-11-12 15:00",
                9851,
                "打合せありがとうございました。P-0877は補正＋意見書でいきます。\n・補正案の作成：安西さん（〜11/21）\n・意見書の骨子：打合せメモのとおり（作成済み）",
            ),
            (  # 11 postponement by the assignee: 週明け after the substitute holiday
                "2042-11-20 18:30",
                9852,
                "[rp aid=9852 to={m2}]T-2291の意見書、まだ7割くらいです…すみません、週明けまで延ばします🙏",
            ),
            (
                "2042-11-21 17:00",
                9853,
                "[rp aid=9851 to={m10}]篠原 徹さん\n補正案、請求項5の書き方で迷っていて、まだ終わっていません…",
            ),
            (  # 13 new deadline by the requester
                "2042-11-21 17:20",
                9851,
                "[rp aid=9853 to={m10}]安西 健吾さん\n補正案は12/1（月）まででいいよ。焦らずで",
            ),
            (  # 14 done for 2 + a review ask by [To:]
                "2042-11-25 09:05",
                9852,
                "[rp aid=9852 to={m2}][To:9851]篠原先生\nT-2291の意見書ドラフト、できました。レビューお願いします🙏",
            ),
            (  # 15 done for 14 + partial approval ask
                "2042-11-26 19:00",
                9851,
                "[rp aid=9852 to={m14}]北村 遥さん\n見ました。結論部分だけもう少し短くしてください。あとは大丈夫です",
            ),
            (  # 16 done for 15 + commitment 本日中
                "2042-11-27 10:00",
                9852,
                "[rp aid=9851 to={m15}]篠原 徹さん\n結論部分、短くして反映済みです。本日中に提出します",
            ),
            (  # 17 done report by someone other than the assignee
                "2042-11-27 16:30",
                9854,
                "[rp aid=9852 to={m16}]北村 遥さん\nT-2291の意見書、電子出願で提出されているのを確認しました✅　期限管理表も更新済みです",
            ),
            (
                "2042-12-01 16:00",
                9853,
                "[rp aid=9851 to={m10}]篠原 徹さん\n補正案、作成しました。P-0877_補正案_v1.docx です",
            ),
            (
                "2042-12-19 10:00",
                9854,
                task_added(
                    9855,
                    chatwork_lt("2042-12-24"),
                    "顧問先への年賀状の宛名リスト最終チェック",
                    "date",
                ),
            ),
            (
                "2042-12-19 10:01",
                9854,
                task_added(
                    9853,
                    chatwork_lt("2042-12-26", "17:00"),
                    "P案件の期限一覧チェック（期限管理表に✅）",
                    "time",
                ),
            ),
            (
                "2042-12-19 10:05",
                9854,
                "[toall]\n年末年始は12/29（月）〜1/3（土）まで事務所休業です。休業中に期限が来る案件はありません。\n年明けは1/5（月）から通常業務です。",
            ),
            (
                "2042-12-24 15:00",
                9855,
                task_done(
                    9855,
                    chatwork_lt("2042-12-24"),
                    "顧問先への年賀状の宛名リスト最終チェック",
                    "date",
                ),
            ),
            (
                "2042-12-26 17:30",
                9851,
                "今年もお疲れさまでした。良いお年を🎍",
            ),
        ],
        [
            task(2, ["意見書"], [9852], ("2042-11-25", "Tue"), "done"),
            task(3, ["使用実績"], [9855], ("2042-11-04", "Tue"), "done"),
            task(7, ["対比表"], [9853], ("2042-11-11", "Tue"), "done"),
            task(10, ["補正案"], [9853], ("2042-12-01", "Mon"), "done"),
            task(14, ["意見書"], [9851], None, "done"),
            task(15, ["結論"], [9852], None, "done"),
            task(16, ["提出"], [9852], ("2042-11-27", "Thu"), "done"),
            task(19, ["宛名"], [9855], ("2042-12-24", "Wed"), "done"),
            task(20, ["期限一覧"], [9853], ("2042-12-26T17:00", "Fri")),
        ],
    ),
    # ------------------------------------------------------------------ b32ja-14
    conv(
        "b32ja-14",
        (971014, "セントラルキッチン×店舗 連絡"),
        [
            (9861, "江藤 正樹"),
            (9862, "浜田 理沙"),
            (9863, "瀬尾 あかり"),
            (9864, "芦田 圭"),
            (9865, "丸山 大地"),
        ],
        [
            (  # 1 a report of notices only (a 締切 is a notice, not an ask)
                "2042-07-14 08:10",
                9861,
                "【7/14 CK製造連絡】\n①クロワッサン生地、バターの入荷遅れのため本日は通常の8割で製造します\n②海の日（7/21）の店舗向け増産分、発注締切は7/17（木）15時です\n③配送車2号車、車検のため7/16は1台体制です\n④新商品「塩レモンパン」の試食サンプル、各店長にお配りしています\n以上です。",
            ),
            (  # 2 numbered reply; line 2 a commitment with 明日
                "2042-07-14 08:30",
                9863,
                "おはようございます！\n1. クロワッサン了解です\n2. 増産分の発注、明日やります\n3. 塩レモン、スタッフみんなで食べました😋",
            ),
            (
                "2042-07-14 08:45",
                9864,
                "南口店です。③の件、2号車の日って配送時間ずれますか？",
            ),
            (
                "2042-07-14 08:50",
                9865,
                "[rp aid=9864 to={m3}]芦田 圭さん\n16日は南口さんが30分くらい遅れます🙏　10:30着予定です",
            ),
            (  # 5 task: two [To:], soft ask, 今週金曜まで, a file
                "2042-07-14 13:00",
                9862,
                "[To:9863]瀬尾さん\n[To:9864]芦田さん\n品質管理の浜田です。先週の温度記録表、まだ届いていない店舗さんがあります。念のため、今週金曜までに両店とも再提出しておいてもらえると助かります🙏（記録表_7月.xlsx の「店舗」シート）",
            ),
            ("2042-07-14 13:20", 9864, "南口店は出しました〜"),
            (
                "2042-07-15 11:00",
                9863,
                "[qt][qtmeta aid=9863 time={t2}]2. 増産分の発注、明日やります[/qt]入れました！",
            ),
            (
                "2042-07-15 11:10",
                9861,
                "[rp aid=9863 to={m7}]瀬尾 あかりさん\n受けました！ありがとうございます",
            ),
            (  # 9 two action lines with owners, 本日中
                "2042-07-16 09:30",
                9862,
                "【ご報告】駅前店さんから「カレーパンの揚げ色が薄い」と連絡がありました。\nCKで同ロットを確認したところ、フライヤー3番の温度が5℃低かったです。\n・フライヤー3番の温度センサー点検 → 江藤さん\n・駅前店の該当ロットの店頭在庫確認 → 瀬尾さん\n以上、本日中にお願いします。",
            ),
            (
                "2042-07-16 10:05",
                9863,
                "[rp aid=9862 to={m9}]浜田 理沙さん\n駅前店、該当ロット残り6個でした。全部下げて廃棄記録つけました",
            ),
            (
                "2042-07-16 15:30",
                9861,
                "[rp aid=9862 to={m9}]浜田 理沙さん\nセンサー、メーカーさんに来てもらって交換しました。温度戻ってます👍",
            ),
            (
                "2042-07-17 14:50",
                9864,
                "増産分、南口店も発注入れました！ギリギリですみません💦",
            ),
            (  # 13 done report from the requester, not an assignee
                "2042-07-18 17:00",
                9862,
                "[rp aid=9862 to={m5}]温度記録表、両店とも提出を確認しました。ありがとうございます！",
            ),
            (  # 14 task: soft ask naming a file
                "2042-07-18 17:30",
                9865,
                "[To:9861]江藤さん\n海の日の配送ルート、祝日ダイヤで組みました。ルート表.pdf を共有フォルダに置いてます。見ておいてもらえますか",
            ),
            (
                "2042-07-18 17:45",
                9861,
                "[rp aid=9865 to={m14}]丸山 大地さん\n見ておきます",
            ),
            (
                "2042-07-19 09:00",
                9861,
                "[rp aid=9865 to={m14}]丸山 大地さん\nルート表、OKです！",
            ),
            (
                "2042-07-19 10:00",
                9864,
                "南口店、海の日は10時オープンに変更になりました",
            ),
            (
                "2042-07-19 10:10",
                9865,
                "[rp aid=9864 to={m17}]芦田 圭さん\n了解です！",
            ),
            (
                "2042-07-22 08:00",
                9861,
                "海の日の増産分、全店完売でした🎉　皆さんお疲れさまでした！",
            ),
            (  # 20 task: [toall] with no self account -> all but the sender
                "2042-07-22 08:30",
                9862,
                "[toall]\n今月の衛生チェックシート、7/31（木）までに各自提出をお願いします。",
            ),
            ("2042-07-22 09:00", 9865, "配送チームは出しました"),
            (
                "2042-07-22 09:10",
                9863,
                "チェックシートって新しい様式のほうですか？",
            ),
            (
                "2042-07-22 09:20",
                9862,
                "[rp aid=9863 to={m22}]瀬尾 あかりさん\n新しい方です！フォルダの「衛生チェック_v3」です",
            ),
            ("2042-07-22 09:30", 9864, "南口店はまだです🙏"),
        ],
        [
            task(2, ["発注"], [9863], ("2042-07-15", "Tue"), "done"),
            task(5, ["温度記録"], [9863, 9864], ("2042-07-18", "Fri"), "done"),
            task(9, ["センサー"], [9861], ("2042-07-16", "Wed"), "done"),
            task(9, ["在庫"], [9863], ("2042-07-16", "Wed"), "done"),
            task(14, ["ルート"], [9861], None, "done"),
            task(20, ["衛生チェック"], [9861, 9863, 9864, 9865], ("2042-07-31", "Thu")),
        ],
    ),
]

CASES = CASES_A + CASES_B
