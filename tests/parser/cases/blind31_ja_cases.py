# ruff: noqa: E501
"""Blind set 31, Japanese half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b31ja-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 31, Japanese part A: 7 Chatwork conversations from workplaces not used before.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (tests/parser/cases/build.py)
and the first 75 and last 30 lines of blind22_ja_cases.py for the file's shape. Nothing
under src/, no other test file, no README / BENCHMARKS and no git history were read, the
other helper's folders were not opened, and the parser / chatsync was never run on these
texts. Ten searches were made only to learn how people phrase things: public GitHub
threads (PR出しました・レビューお願いします・マージしました, リバート・再現しない・Issueを立てる,
担当の交代・引き継ぎ, 対応済み・直しておきました・途中まで) and public pages (取り急ぎ・
ご査収・添付の通りの使い方, いただけませんか・可能でしょうかなどの依頼の言い換え, なる早・
週明けなど社内チャットの言い回し, 依頼の取り下げ・キャンセルの連絡, 3PL倉庫の出荷依頼・入荷
依頼の手順, 翻訳会社のPM・チェッカー・DTPの工程). Every sentence, person, bank, shop, city
office, company, product and URL here is invented; no third-party text is copied. Every
gold due was computed by /tmp/b31/ja_a/dues.py (datetime + jpholiday, one function per
row of the spec's deadline table), not in the head.

Domains:
- b31ja-01: a regional bank's システム部 — helpdesk and developers (CSV bug, PR review,
  release, revert, Issue), around 春分の日 (Wed 3/20).
- b31ja-02: a ramen chain's HQ and three store managers (casual; the area manager is the
  self account), around 建国記念の日 (Mon 2/11) and 天皇誕生日 (Sat 2/23).
- b31ja-03: a city 選挙管理委員会事務局 preparing 期日前投票所 (formal keigo), across
  昭和の日 and Golden Week.
- b31ja-04: a translation company's PM with a freelance translator, a Chinese checker, a
  coordinator and the client's 技術文書課 (business-mail habits pasted into chat).
- b31ja-05: a manga editorial desk (editor, assistant, artist, cover designer) working
  through the 12/29–1/3 break and 成人の日 (Mon 1/14).
- b31ja-06: a 3PL warehouse and its cosmetics shipper before an EC sale (the warehouse's
  WMS通知Bot is the self account; it posts [info] and [toall] notices).
- b31ja-07: a yoga studio chain's staff room — no task at all.

Dates: 午前中 in an acceptance, 明日 + 21時, 木曜の朝イチ, お昼まで, 来週あたま (read as
来週頭: 2/6 → Tue 2/12 past 建国記念の日), 今日の定時まで, 週明けすぐ (→ Tue 2/12), 今日中
(in a fragment), Chatwork ltype=date (2/22) and ltype=time (6/6 15:00), 明後日 (2/18 → 2/20;
1/9 → 1/11), M/D with (金) (2/22(金), 1/25（金）, 2/1（金）, 5/17（金）), 明日の昼まで, 月曜まで
sent on a Friday, 来週中 sent on a Wednesday (→ Fri 5/3, 憲法記念日, which the table does not
skip), 週明け on a Friday before 昭和の日 (→ Tue 4/30) and before 成人の日 (→ Tue 1/15),
3営業日以内 across Golden Week (4/30 → 5/7), 5/7の午前中, 再来週の月曜, 明日の午前中,
YYYY年M月D日（金）, 全角 １／２６（土）の午前中, 来週水曜の夕方, 明日の午後3時, 2営業日以内 sent
on 1/3 inside the year-end break (→ Mon 1/7), 月曜の午前中, 金曜まで, 今週中 (Wed → Fri) and
今週中 sent on a Saturday (→ next Fri 6/7), 来週水曜, 本日中, 明日中. Dates that describe
the thing and are no deadline: 6月2日執行, 4/26（金）の午後, 5月24日までに設置, 来月1日,
2/23が祝日, 月末の締め, 本日14時に入荷予定, 6/10〜6/16 in an [info], 1/28（月）に上がる予定.

Covers: terse fragments that carry the deadline in a noun phrase, addressed with [To:]
(西口の3月分の発注書、今日中で🙏 / 7巻カバーデザインの見積、金曜まで🙏) read as requests;
asks as negative questions and feasibility checks (見てもらえない？, お送りいただけません
でしょうか, 明後日までっていけます？) with the yes reply that adds nothing; an ask to anyone
with [toall] (どなたか…お願いできますか) answered by 私やります from an assignee (acceptance,
then partial progress, a new deadline and completion by reply); お二人で with two [To:];
work handed over mid-thread twice: by the requester's quote (権田さんの分はキャンセルで、
やっぱり西口にお願いします → the first task dropped, a new one in the same message) and by a
colleague (私が代わりにやります + the requester's 長尾さんへのお願いは取り消します → the first
dropped, the commitment closed by the volunteer's bare report); one message with three
to-do lines for three members and one deadline said once at the end, twice (・権田さん：… /
・… → 滝本さん), with each line's owner replying separately (done by name, partial with a new
deadline, postponement asked by the assignee, a new deadline set from a Saturday); messages
that report something done and ask new work (日本語訳、納品いたしました。ご査収ください /
本日納品いたしました。ご確認のほど); replies that point at context (それ私やっときます,
さっきの件、明日やります, 上の件、7巻カバーに入れてもらえますか, 私が代わりにやります) with
titles from what they point at; developer threads (修正PR出しました、レビューお願いします,
LGTMです, マージしました, 本番反映は明日の夜で。21時…私が流します, 再現しませんでした, リバート
します + [code], リバート済みです, Issue立てておきます); business-mail habits (取り急ぎ、受領の
ご連絡まで, 添付の通り, ご査収ください, 以上、よろしくお願いいたします, long signatures,
[download:…], URLs, [info] blocks); status in other words (LGTM, 手配しました, あげました,
揃いました…完了です, 終えました, 相談しました, 発送しました, アップロードいたしました, 納品
いたしました, 上げました, 入れました, 確定しました, ご回答です + the answer, task_done) by reply,
by quote, bare from the only open task's assignee, and by a non-assignee's reply (桜井 ships
堀内's 欠品 order); bare reports that close nothing (one of three [toall] assignees saying
送りました; a non-assignee reporting the fliers arrived, which leaves 滝本's 納品 open); partial
progress that closes nothing (2店とも…本店営業部は…, 半分まで, p.1〜30まで, 日本語版は終わり
ました); a [toall] from the bot self account with no request; a [toall] from a human that
excludes the sender and the bot (and one from a human that excludes the sender and the human
self account); requests and a Chatwork task sent by the human self account; offers,
conditions, promises to report and requests to wait (何かあれば共有ください,
手伝えることあればいつでも, 決まったら共有しますね。少々お待ちください), a customer's request
inside [qt]「」, questions that ask only for information, noise (emoji, (bow), (please), (roger),
(clap), long vowels, りょ, 承知でっす, typos, full-width brackets).

Left out of the gold, and why: the two handed-over tasks (ポスター for 権田, 記載台 for
長尾) and the 案内看板 order, because the requester cancels them by quote or reply and the
spec drops cancelled tasks. Kept out of every deadline because the spec's table does not
decide them, and no conversation is built on them: 午後イチ (only a contractor's visit
time), 月初 (only 月初の売上締め, a report), 連休明け (only a greeting), 夜 (本番反映は明日の
夜で is followed by 21時, which decides). Readings chosen where the spec is terse, so a
reviewer can check them: an addressed noun-phrase fragment with a deadline is a request; 〜
っていけそう/いけます？ is "can you"; ご査収ください after a delivery asks the reader to
check it (a task for the reader); 私やります from an assignee of a [toall] ask is an
acceptance, not a new task; ご回答です + the answer completes a "please answer by" task.

Part B
------
Blind set 31, Japanese part B: 7 Chatwork conversations (b31ja-08 .. b31ja-14) from workplaces not used before.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (tests/parser/cases/build.py)
and the first 75 and last 30 lines of blind22_ja_cases.py for the file's shape; nothing
under src/, no other test file, no README / BENCHMARKS and no git history were read, no
other helper's folder was opened, and neither the parser nor chatsync was ever run on
these texts. Ten searches were made only to learn how people phrase things: public GitHub
threads (PR出しました / レビューお願いします / マージしました, リバート・再現しない・Issue起票,
担当の引き継ぎ・代わりに対応) and public pages (取り急ぎ / ご査収 / 添付の通り in business mail,
いただけませんか・可能でしょうか and other request forms, なる早・週明け・朝イチ・午後イチ and
what they mean in offices, 依頼の取り下げ・キャンセルの連絡, 葬儀社の打ち合わせ後の手配業務,
中古車輸出の輸出抹消・B/L・船積み書類, 進路指導の調査書・推薦書の流れ). Every sentence, person,
company, shop, school, product and URL here is invented; no third-party sentence is copied.
Every gold due was computed by a throwaway script kept next to this file
(/tmp/b31/ja_b/dues.py: datetime + jpholiday, one function per row of the spec's deadline
table), not in the head.

Domains:
- b31ja-08: a fintech startup's app team and its outsourced QA vendor (PRs, review, merge, revert, release) around 敬老の日.
- b31ja-09: a city hall 観光振興課 preparing an autumn lantern festival with the tourism association, across スポーツの日.
- b31ja-10: a funeral home's 施行 room over the 文化の日 weekend and its 振替休日 (the director is the self account).
- b31ja-11: a used-car export company before the last ship of the year and the 12/29-1/3 break (Chatwork task markup, ltype=time).
- b31ja-12: a high school's 進路指導部 in January, before 成人の日 and the 共通テスト.
- b31ja-13: a kimono rental shop on a fireworks weekend with 山の日 (no task at all).
- b31ja-14: a co-op's delivery centre around 海の日; its 配送管理Bot is the self account and posts a Chatwork task (ltype=date).

Dates: send times 2041-07 .. 2042-01 (JST). Deadline forms used in the gold: 今日中, 明日
(also 明日のHRで), 明後日, 今週中, 週明け (Fri 9/13 → Tue 9/17 across 敬老の日), 週明けすぐ
(Fri 12/20 → Mon 12/23), 3営業日以内 across the year-end break (Thu 12/26 → 2042-01-07), bare
weekdays (木曜中, 土曜中, 火曜の午前中, 水曜の午前中), M/D with (曜日) and with 定時 / 午前中
(10/11（金）, 10/16（水）, 11/4（月）の定時 on a 振替休日, 12/24の午前中, 1/10（金）), M/D sent in
December for January (1/6 → 2042), （〜7/18） after a to-do, 夕方, 午前中, 明日の朝イチ,
明日の定時, 今日の定時, お昼まで (read as the table's 昼 12:00), N時 in an acceptance (9時),
Chatwork lt with ltype=date and ltype=time, and なる早 (null). Dates that describe the thing, not the deadline: 灯りまつり（10/26・27）,
下見は10/15（火）14時〜, 通夜 11/5・告別式 11/6, 火葬場 11/6 13:00, JEVIC検査が19日, カット日
12/24, 共通テスト（1/18・19）, 発行は1/14から, 部品が来週水曜, 年始は1/6から, 週明けすぐだと
バタつく (b31ja-14: the deadline there is 土曜中), 打ち合わせは明日の午後イチ.

Covers: terse action-item and to-do lines with no verb (・協賛店一覧の更新 → 大鷹さん, ・1組分 →
桐島先生, 佐久間：3号車の代車手配、今日中, 谷口：…（〜7/18）) with one deadline said once at the end
for several people (以上、10/11（金）までに / 11/4（月）の定時までに / 1/10（金）までに);
negative-question and feasibility asks (明日までっていけそう？, 見てもらえないですか？, 書いていた
だけませんか, 借りてきてもらえませんか？, 週明けにいただけますか) and their replies (a counter-offer
水曜の午前中なら！ that moves the due, yes-replies that are no task, acceptances that set the due:
木曜の午前中には, 9時の受付開始と同時に, お昼までに, 火曜の午前中に, 消し込みは明日); work handed
over mid-thread (この依頼はキャンセルで + [To:] someone else 代わりに → the first task dropped, a new
one; それ私やっときます taking over a request made to someone else → a new commitment, the first
task closed later by its own assignee); two people asked together (お二人で) closed only by a reply
while a bare 見ました / partial 〜まで終わりました from one of them closes nothing; an ask to anyone
(どなたか…借りてきてもらえませんか) with assignees [] closed by the volunteer's reply; role asks
that are no task (引率…どなたか, 応援ドライバー…どなたか); messages that report done AND ask or
promise new work (チェック終わりました + 見てもらえないですか, 確認しました + 直してもらえますか,
調査終わりました + 修正PRは明日の朝イチで出します, 点検終わりました + 明日メーカーに交換依頼します,
消し込み完了 + 領収書は1/6に, PR出しました + お二人でレビュー); replies that promise the rest
(アクアの分は週明けすぐ); context-pointing commitments whose title comes from what they point at
(それ私見ときます → 残高, それ私やっときます → 受験票, コメントの件は…Issue); developer threads (PR,
LGTM, マージ, リバートします / リバートしました, 再現しませんでした, 本番反映, スモークテスト);
business-mail habits (a pasted travel-agency mail with 添付の通り / ご査収ください that asks
nothing, 以上、よろしくお願いいたします, a long signature, [download:…], URLs, [info] blocks,
[code]); one sentence with two pieces of work (消し込みと領収書の発行 → two, each given its own
new due later); status by reply, by quote ([qt][qtmeta]), by a named line of a multi-task
message, bare from an assignee's only open task, by Chatwork task_done, work done by someone
other than the assignee (重り borrowed by a volunteer, 受験票 collected by another teacher), partial
progress that closes nothing (半分くらい, 2台分だけ済み, A〜Dコースまで, 前の2本だけ) and failed
repro (再現しませんでした); [toall] with a bot self account (excluded from assignees) and as
information only; a request in 「」 from a customer; offers and promises to report (手伝えること
あったら言ってね, 連絡あったら共有します); noise (emoji, (bow), (cracker), long vowels, typos,
full-width punctuation, 【依頼】, English mixed in).

Left out of the gold, and why:
- b31ja-09 m18「私行きます！木曜の朝に軽トラで取りに行ってきます」answering the どなたか request
  is read as an acceptance of that request (the spec: acceptances are no new task), so it adds no
  task and the どなたか task keeps assignees [] (the spec has no rule that moves an assignee). Its
  木曜 equals the request's 明後日 (10/17), so no due question arises.
- b31ja-11 m9 (陸送手配 asked of 鶴見) is dropped from the gold because the requester cancels it
  by a reply (この依頼はキャンセルで) and asks someone else in the same message.
- Informal words the table does not decide (連休明け, 年明け, 午後イチ) appear only in information
  or describing clauses, never as the deadline of a gold task; 年明け in b31ja-11 m19 (an
  acceptance) changes nothing, and that task's due is then set by a later reply (1/6). 来週あたま,
  月初, 今日の夜まで and 急ぎで are not used at all, for the same reason.
- Partial progress (b31ja-09 m8, -11 m7, -14 m14) is labelled as closing nothing; in those three
  the task is closed later by an explicit reply anyway, while in b31ja-14 m23 (前の2本だけ) the
  task stays open.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

SHOKUHIN_LT = chatwork_lt("2041-02-22")
SHIFT_LT = chatwork_lt("2041-06-06", "15:00")

CASES_A = [
    # ------------------------------------------------------------------ b31ja-01
    conv(
        "b31ja-01",
        (961001, "システム部｜ヘルプデスク×開発"),
        [
            (9301, "岡部 直樹"),
            (9302, "三浦 さやか"),
            (9303, "久我 亮"),
            (9304, "西条 真琴"),
            (9305, "平松 実"),
        ],
        [
            (
                "2041-03-18 09:12",
                9302,
                "お疲れ様です。朝イチの問い合わせ状況です。\n[info][title]問い合わせ（3/18 9:00時点）[/title]・ネットバンキング管理画面で振込明細のCSVが文字化け：3件（駅前支店／北口支店／本店営業部）\n・ICカードリーダーが反応しない：1件（西町出張所）[/info]",
            ),
            (
                "2041-03-18 09:20",
                9301,
                "[To:9303]久我さん\nCSV文字化けの件、開発側で見てもらえない？先週金曜のリリース後から出てるっぽい",
            ),
            (
                "2041-03-18 09:41",
                9303,
                "[rp aid=9301 to={m2}]岡部 直樹さん\n見ます〜。たぶん文字コード指定まわりかな",
            ),
            (
                "2041-03-18 09:55",
                9302,
                "ICカードリーダーの件、こちらの検証端末では再現しませんでした。出張所のUSBハブが怪しいかもです",
            ),
            (
                "2041-03-18 10:02",
                9305,
                "了解。リーダーの件はいったん様子見で。何かあれば共有ください",
            ),
            (
                "2041-03-18 10:48",
                9303,
                "原因わかりました、エクスポート処理でShift_JISの指定が抜けてました😇\n修正PR出しました。\n[To:9304]西条さん\nレビューお願いします🙏\nhttps://git.kitahama-bank.example/ib-admin/pulls/482",
            ),
            ("2041-03-18 10:51", 9304, "[rp aid=9303 to={m6}]りょ、午前中に見ます"),
            (
                "2041-03-18 11:46",
                9304,
                "[rp aid=9303 to={m6}]見ました！変数名で1点だけコメントしてますが、LGTMです👍",
            ),
            ("2041-03-18 11:58", 9303, "コメント反映してマージしました🙏"),
            (
                "2041-03-18 12:05",
                9304,
                "本番反映は明日の夜で。21時のリリース枠で私が流します",
            ),
            (
                "2041-03-18 12:08",
                9301,
                "承知です、ありがとうございます！木曜の朝には解消してる想定ですね",
            ),
            (
                "2041-03-19 17:30",
                9301,
                "[To:9302]三浦さん\n明日は祝日なので、木曜の朝イチで駅前・北口・本店営業部の3店に、CSVが直ったか確認の電話お願いします",
            ),
            ("2041-03-19 17:34", 9302, "[rp aid=9301 to={m12}]承知しました！"),
            (
                "2041-03-19 21:12",
                9304,
                "本番反映完了しました。ジョブも正常終了です",
            ),
            (
                "2041-03-19 21:25",
                9303,
                "[rp aid=9301 to={m2}]本番でCSV落としてみて、文字化け直ってるの確認しました！",
            ),
            ("2041-03-19 21:27", 9301, "遅くまでありがとうございます(bow)"),
            (
                "2041-03-21 10:05",
                9302,
                "[rp aid=9301 to={m12}]駅前と北口は電話しました、どちらも解消してました。本店営業部はご担当が会議中なので、お昼までにかけ直します",
            ),
            (
                "2041-03-21 11:40",
                9302,
                "[rp aid=9301 to={m12}]本店営業部もつながりました！3店とも解消確認できました🙆‍♀️",
            ),
            (
                "2041-03-21 13:10",
                9304,
                "すみません、火曜のリリースに入ってたログ出力の変更で、夜間バッチの処理時間が倍になってます…\n[code]nightly_settle_01  3/18: 41min  3/19: 44min  3/20: 86min[/code]\nログの変更だけリバートします",
            ),
            (
                "2041-03-21 13:16",
                9305,
                "[rp aid=9304 to={m19}]了解。オンラインに影響出てないなら、慌てなくて大丈夫",
            ),
            ("2041-03-21 15:50", 9304, "リバート済みです。今夜のバッチで戻るはず…🤞"),
            (
                "2041-03-22 09:10",
                9304,
                "夜間バッチ、処理時間もとに戻ってました。再発防止でIssue立てておきます",
            ),
        ],
        [
            task(2, ["CSV", "文字化け"], [9303], None, "done"),
            task(6, ["レビュー"], [9304], ("2041-03-18T12:00", "Mon"), "done"),
            task(10, ["本番反映"], [9304], ("2041-03-19T21:00", "Tue"), "done"),
            task(12, ["電話"], [9302], ("2041-03-21T12:00", "Thu"), "done"),
            task(19, ["リバート"], [9304], None, "done"),
            task(22, ["Issue"], [9304], None),
        ],
    ),
    # ------------------------------------------------------------------ b31ja-02
    conv(
        "b31ja-02",
        (961002, "麺屋こがね 本部⇔店長会"),
        [
            (9311, "木島 亮介"),
            (9312, "大津 ほのか"),
            (9313, "権田 和也"),
            (9314, "小暮 杏"),
            (9315, "戸塚 誠"),
        ],
        [
            (
                "2041-02-06 10:05",
                9312,
                "[toall]おつかれさまです！今週の『柚子塩つけ麺』試食、ありがとうございます🍜\n各店で試食アンケート集めて、来週あたまに本部へ送ってください🙏",
            ),
            ("2041-02-06 10:22", 9314, "承知でっす！"),
            (
                "2041-02-08 15:20",
                9312,
                "[To:9313]権田さん\n駅南の1月分の食材ロス報告、まだ届いてないかもです…月末の締めに使うので、今日の定時までにもらえますか？",
            ),
            (
                "2041-02-08 15:35",
                9313,
                "[rp aid=9312 to={m3}]すんません忘れてました🙇 今日ちょっとバタバタで、週明けすぐでもいいですか？",
            ),
            ("2041-02-08 15:40", 9312, "[rp aid=9313 to={m4}]OKです〜🙆‍♀️"),
            (
                "2041-02-12 09:40",
                9313,
                "[rp aid=9312 to={m3}]1月分のロス報告、送りました！遅れてすみません",
            ),
            ("2041-02-12 09:50", 9313, "あ、駅南のアンケートもさっき送りました"),
            ("2041-02-12 10:00", 9315, "西口も送信済みでーす"),
            (
                "2041-02-12 10:10",
                9312,
                "[qt][qtmeta aid=9312 time={t1}]各店で試食アンケート集めて、来週あたまに本部へ送ってください🙏[/qt]中央通りの分も届いて、3店舗ぶん揃いました！こちら完了です🙌",
            ),
            (
                "2041-02-12 10:15",
                9312,
                "[To:9315]戸塚さん\n西口の3月分の発注書、今日中で🙏",
            ),
            ("2041-02-12 16:45", 9315, "[rp aid=9312 to={m10}]発注書、あげました"),
            (
                "2041-02-13 09:00",
                9311,
                task_added(
                    9314, SHOKUHIN_LT, "中央通り店 衛生チェックシート（2月分）の提出", "date"
                ),
            ),
            (
                "2041-02-18 10:00",
                9312,
                "[To:9313]権田さん\n春限定の販促ポスター、駅南の店頭の貼り替えお願いします！明後日まででOKです",
            ),
            (
                "2041-02-18 10:30",
                9312,
                "[qt][qtmeta aid=9312 time={t13}]春限定の販促ポスター、駅南の店頭の貼り替えお願いします！[/qt]すみません、駅南は店頭の改装中なの忘れてました💦 権田さんの分はキャンセルで、やっぱり西口にお願いします！\n[To:9315]戸塚さん、明後日までっていけます？",
            ),
            ("2041-02-18 10:40", 9315, "[rp aid=9312 to={m14}]いけます！"),
            ("2041-02-19 17:00", 9315, "ポスター貼り替えました📸"),
            (
                "2041-02-20 14:00",
                9311,
                "[To:9313][To:9314][To:9315]\n来月の店長会の準備、分担です📝\n・権田さん：売上資料\n・小暮さん：新人教育の進捗まとめ\n・戸塚さん：会場（本部2F会議室）の予約\n2/23が祝日なので、2/22(金)までにお願いします！",
            ),
            ("2041-02-20 14:10", 9315, "[rp aid=9311 to={m17}]会場予約しました！"),
            (
                "2041-02-21 09:00",
                9314,
                task_done(
                    9314, SHOKUHIN_LT, "中央通り店 衛生チェックシート（2月分）の提出", "date"
                ),
            ),
            (
                "2041-02-21 18:30",
                9314,
                "[rp aid=9311 to={m17}]新人教育のまとめ、半分くらいまでです。残りは明日の昼までに仕上げます",
            ),
            (
                "2041-02-22 11:55",
                9314,
                "[rp aid=9311 to={m17}]新人教育の進捗まとめ、共有フォルダに入れました📁",
            ),
            (
                "2041-02-22 12:10",
                9313,
                "[rp aid=9311 to={m17}]売上資料、まだ途中です🙇 月曜まで延ばしてもらえますか",
            ),
            ("2041-02-22 12:30", 9311, "[rp aid=9313 to={m22}]OK、月曜で！(roger)"),
        ],
        [
            task(1, ["アンケート"], [9313, 9314, 9315], ("2041-02-12", "Tue"), "done"),
            task(3, ["ロス"], [9313], ("2041-02-12", "Tue"), "done"),
            task(10, ["発注書"], [9315], ("2041-02-12", "Tue"), "done"),
            task(12, ["衛生チェック"], [9314], ("2041-02-22", "Fri"), "done"),
            task(14, ["ポスター"], [9315], ("2041-02-20", "Wed"), "done"),
            task(17, ["売上資料"], [9313], ("2041-02-25", "Mon")),
            task(17, ["新人教育"], [9314], ("2041-02-22T12:00", "Fri"), "done"),
            task(17, ["会場", "予約"], [9315], ("2041-02-22", "Fri"), "done"),
        ],
        self_account_id=9311,
    ),
    # ------------------------------------------------------------------ b31ja-03
    conv(
        "b31ja-03",
        (961003, "選管事務局｜市長選 期日前投票所準備"),
        [
            (9321, "佐久間 恵子"),
            (9322, "長尾 俊"),
            (9323, "日野 まどか"),
            (9324, "吉住 功"),
        ],
        [
            (
                "2041-04-24 09:10",
                9321,
                "おはようございます。6月2日執行の市長選挙に向け、期日前投票所の準備を本格的に進めます。\n昨日の打合せメモを共有いたします。\n[info][title]打合せメモ（4/23）[/title]・期日前投票所：本庁舎1階市民ホール、北部市民センター、南部公民館の3か所\n・期日前投票期間：5月27日（月）〜6月1日（土）\n・入場券の発送：5月中旬[/info]",
            ),
            (
                "2041-04-24 10:02",
                9321,
                "[To:9322]長尾さん\n[To:9323]日野さん\nお二人で、北部市民センターと南部公民館の会場下見を来週中にお願いできますでしょうか。",
            ),
            (
                "2041-04-24 10:15",
                9323,
                "[rp aid=9321 to={m2}]承知いたしました。長尾さんと日程を相談します。",
            ),
            (
                "2041-04-26 17:20",
                9322,
                "[rp aid=9321 to={m2}]本日、日野さんと2会場の下見を終えました。南部公民館は入口の段差が大きく、スロープの設置が必要です。",
            ),
            (
                "2041-04-26 17:35",
                9321,
                "[rp aid=9322 to={m4}]ありがとうございます。スロープの件、営繕課に相談いただけますか。週明けで構いません。",
            ),
            (
                "2041-04-30 10:30",
                9322,
                "[rp aid=9321 to={m5}]営繕課に相談しました。仮設スロープを5月24日までに設置いただけるとのことです。",
            ),
            (
                "2041-04-30 11:00",
                9321,
                "[toall]\nどなたか、投票管理者・投票立会人への依頼文書の発送をお願いできますか。3営業日以内に発送できると助かります。",
            ),
            ("2041-04-30 11:08", 9323, "[rp aid=9321 to={m7}]私やります！"),
            ("2041-04-30 11:10", 9321, "日野さん、ありがとうございます。助かります。"),
            (
                "2041-05-02 16:40",
                9323,
                "[rp aid=9321 to={m7}]依頼文書、北部・南部の分は発送しました。本庁舎分は宛名の確認が残っているため、5/7の午前中に発送します。",
            ),
            (
                "2041-05-07 11:15",
                9323,
                "[rp aid=9321 to={m7}]本庁舎分も発送しました。これで全件完了です。",
            ),
            (
                "2041-05-07 13:00",
                9321,
                "[To:9324]吉住さん\n期日前投票所の案内看板、3か所分の発注をお願いします。5/17（金）までにお願いできれば。",
            ),
            (
                "2041-05-07 13:20",
                9322,
                "[rp aid=9321 to={m12}]局長、前回の市議選の看板が第2倉庫に残っていたかと思います。",
            ),
            (
                "2041-05-07 15:05",
                9321,
                "[qt][qtmeta aid=9321 time={t12}]期日前投票所の案内看板、3か所分の発注をお願いします。[/qt]倉庫の看板を確認したところ、日付シールの貼り替えでそのまま使えそうです。こちらの発注は不要になりました。吉住さん、お手数をおかけしました。",
            ),
            ("2041-05-07 15:10", 9324, "承知しました！"),
            (
                "2041-05-08 09:30",
                9321,
                "[To:9323]日野さん\n来月1日（期日前投票の最終日）の人員配置表、再来週の月曜までに作成いただけますか。",
            ),
            ("2041-05-08 09:40", 9323, "[rp aid=9321 to={m16}]承知いたしました。"),
            (
                "2041-05-08 13:00",
                9321,
                "[To:9322]長尾さん\n期日前投票所の記載台、北部市民センター分の5台を、明日中に倉庫から搬出しておいていただけますか。",
            ),
            (
                "2041-05-08 13:20",
                9322,
                "[rp aid=9321 to={m18}]申し訳ありません、明日は終日県の研修で不在でして…",
            ),
            (
                "2041-05-08 13:25",
                9324,
                "[rp aid=9322 to={m19}]私が代わりにやります！明日の午前中に運び出しておきます",
            ),
            (
                "2041-05-08 13:40",
                9321,
                "[rp aid=9321 to={m18}]承知しました、長尾さんへのお願いは取り消します。吉住さん、ありがとうございます。",
            ),
            (
                "2041-05-09 11:10",
                9324,
                "記載台5台、北部市民センター分の搬出終わりました。",
            ),
        ],
        [
            task(2, ["下見"], [9322, 9323], ("2041-05-03", "Fri"), "done"),
            task(5, ["スロープ"], [9322], ("2041-04-30", "Tue"), "done"),
            task(7, ["依頼文書"], [9322, 9323, 9324], ("2041-05-07T12:00", "Tue"), "done"),
            task(16, ["人員配置表"], [9323], ("2041-05-20", "Mon")),
            task(20, ["記載台"], [9324], ("2041-05-09T12:00", "Thu"), "done"),
        ],
    ),
    # ------------------------------------------------------------------ b31ja-04
    conv(
        "b31ja-04",
        (961004, "【案件】北辰精機 HT-5200取説（EN→JA/ZH）"),
        [
            (9331, "谷口 涼子"),
            (9332, "森永 哲"),
            (9333, "周 美玲"),
            (9334, "石黒 保"),
            (9335, "桑原 悠"),
        ],
        [
            (
                "2041-01-07 10:00",
                9334,
                "[To:9331]シンセイ翻訳 谷口様\n\nいつもお世話になっております。北辰精機の石黒です。\n新年早々恐縮ですが、先日ご相談したCNC旋盤「HT-5200」の取扱説明書（英語版）について、日本語版と中国語版への翻訳をお願いしたく存じます。\n添付の通り、本文は約48ページです。\n納期は2041年2月8日（金）を希望しております。\n\n[download:88001]HT-5200_manual_EN_rev3.pdf\n\n以上、よろしくお願いいたします。\n\n──────────────\n北辰精機株式会社 技術部 技術文書課\n石黒 保\nTEL 0258-00-0000\n──────────────",
            ),
            (
                "2041-01-07 10:30",
                9331,
                "[rp aid=9334 to={m1}]石黒様\nお世話になっております。原稿、拝受いたしました。\n2月8日（金）納品にて承ります。\n取り急ぎ、受領のご連絡まで。",
            ),
            (
                "2041-01-07 11:15",
                9331,
                "[To:9332]森永さん\n[To:9333]周さん\n新規案件です（北辰精機 HT-5200 取説）。\n・日本語訳（森永さん）：1/25（金）まで\n・中国語訳のチェック（周さん）：2/1（金）まで\n用語集は前回の北辰精機案件のものがそのまま使えます。\nhttps://files.shinsei-trans.example/glossary/hokushin_v4.xlsx",
            ),
            (
                "2041-01-07 13:02",
                9333,
                "[rp aid=9331 to={m3}]了解です。中国語訳はいつ頃届きますか？",
            ),
            (
                "2041-01-07 13:10",
                9331,
                "[rp aid=9333 to={m4}]1/28（月）に翻訳者から上がる予定です。",
            ),
            (
                "2041-01-09 16:20",
                9332,
                "谷口さん、原稿p.31〜33の図版内テキストが画像になっていて、そのままでは編集できませんでした💦",
            ),
            (
                "2041-01-09 16:50",
                9331,
                "[To:9334]石黒様\nお世話になっております。原稿p.31〜33の図版につきまして、Illustratorの元データをお送りいただけませんでしょうか。\n明後日までにいただけますと大変助かります。\n何卒よろしくお願いいたします。",
            ),
            (
                "2041-01-10 14:05",
                9334,
                "[rp aid=9331 to={m7}]谷口様\nお世話になっております。ご依頼の元データ、下記にアップロードいたしました。\nhttps://share.hokushin-seiki.example/d/7Qx2\n以上、よろしくお願いいたします。",
            ),
            (
                "2041-01-10 14:20",
                9331,
                "[rp aid=9332 to={m6}]森永さん、元データいただきました！上のURLからDLできます(please)",
            ),
            (
                "2041-01-21 09:30",
                9332,
                "[rp aid=9331 to={m3}]日本語訳、p.1〜30まで終わりました。残りは予定通り金曜に納品します。",
            ),
            (
                "2041-01-23 18:10",
                9332,
                "[rp aid=9331 to={m3}]すみません、図版まわりで時間を取られていて…１／２６（土）の午前中納品に延ばしてもよろしいでしょうか。",
            ),
            (
                "2041-01-23 18:30",
                9331,
                "[rp aid=9332 to={m11}]大丈夫です、承知しました！無理のない範囲で🙏",
            ),
            (
                "2041-01-26 10:40",
                9332,
                "[rp aid=9331 to={m3}]日本語訳、納品いたしました。ご査収ください。\n[download:88114]HT-5200_manual_JA_v1.docx",
            ),
            (
                "2041-01-28 09:20",
                9331,
                "[rp aid=9332 to={m13}]森永さん、拝受しました。ひと通り確認しましたが問題ありません、ありがとうございます！",
            ),
            (
                "2041-01-28 11:00",
                9335,
                "[To:9333]周さん\n中国語訳が上がりましたのでお送りします。\n[download:88130]HT-5200_manual_ZH_v1.docx\nチェック期限は変わらず2/1（金）です。よろしくお願いします！",
            ),
            (
                "2041-01-30 17:45",
                9333,
                "谷口さん、中国語のチェック終わりました。コメントは訳文に直接入れてあります。",
            ),
            (
                "2041-01-31 10:10",
                9331,
                "[To:9335]桑原さん\n日本語版・中国語版のDTP、来週水曜の夕方までにお願いできますか？",
            ),
            (
                "2041-02-06 16:30",
                9335,
                "[rp aid=9331 to={m17}]DTP、日本語版は終わりました。中国語版はフォントの差し替えが残っていて、明日の午後3時までには仕上げます。",
            ),
            (
                "2041-02-07 14:50",
                9335,
                "[rp aid=9331 to={m17}]中国語版もDTP完了です！サーバーに置きました",
            ),
            (
                "2041-02-07 17:00",
                9331,
                "[rp aid=9334 to={m1}]石黒様\nお世話になっております。シンセイ翻訳の谷口です。\nHT-5200 取扱説明書の日本語版・中国語版が仕上がりましたので、1日前倒しとなりますが本日納品いたしました。\n内容のご確認のほど、よろしくお願いいたします。\n\n[download:88201]HT-5200_JA_ZH_final.zip\n\n――――――――――――――\n株式会社シンセイ翻訳 プロジェクトマネージャー\n谷口 涼子\nTEL 03-0000-0000 / taniguchi@shinsei-trans.example\n――――――――――――――",
            ),
            (
                "2041-02-07 17:40",
                9334,
                "[rp aid=9331 to={m20}]谷口様\n前倒しでのご納品、ありがとうございます。拝受いたしました。\n社内で確認のうえ、改めてご連絡いたします。",
            ),
        ],
        [
            task(1, ["翻訳"], [9331], ("2041-02-08", "Fri"), "done"),
            task(3, ["日本語訳"], [9332], ("2041-01-26T12:00", "Sat"), "done"),
            task(3, ["中国語", "チェック"], [9333], ("2041-02-01", "Fri"), "done"),
            task(7, ["元データ"], [9334], ("2041-01-11", "Fri"), "done"),
            task(13, ["日本語訳"], [9331], None, "done"),
            task(17, ["DTP"], [9335], ("2041-02-07T15:00", "Thu"), "done"),
            task(20, ["確認"], [9334], None),
        ],
    ),
    # ------------------------------------------------------------------ b31ja-05
    conv(
        "b31ja-05",
        (961005, "ヤングフレア編集部｜『灯台守のシグナル』班"),
        [
            (9341, "氷室 拓"),
            (9342, "志賀 菜摘"),
            (9343, "真鍋 ユウ"),
            (9344, "能登 圭"),
        ],
        [
            (
                "2041-01-02 13:10",
                9341,
                "あけましておめでとうございます🎍 今年もよろしくお願いします！\n真鍋先生から第48話のネーム、届いてます。今回もめちゃくちゃ良いです…！",
            ),
            (
                "2041-01-02 13:40",
                9343,
                "あけましておめでとうございます！本年もよろしくお願いしまーす🙇 年末にいただいた赤字、ぜんぶ反映済みです",
            ),
            (
                "2041-01-03 10:15",
                9341,
                "[To:9342]志賀さん\n休み中にごめんね🙇 48話の台詞、写植用にテキスト起こしお願いできる？2営業日以内だと助かる",
            ),
            ("2041-01-03 10:40", 9342, "[rp aid=9341 to={m3}]大丈夫ですー！"),
            (
                "2041-01-03 11:00",
                9341,
                "[To:9344]能登さん\n7巻カバーデザインの見積、金曜まで🙏",
            ),
            ("2041-01-03 11:20", 9344, "[rp aid=9341 to={m5}]了解です、金曜に出しますね"),
            (
                "2041-01-04 17:30",
                9344,
                "[rp aid=9341 to={m5}]見積お送りしました！\n[download:77051]7巻カバー_見積_能登.pdf",
            ),
            (
                "2041-01-04 18:00",
                9342,
                "[rp aid=9341 to={m3}]台詞、半分まで起こしました。残りは月曜の午前中にやります",
            ),
            (
                "2041-01-07 11:30",
                9342,
                "[rp aid=9341 to={m3}]台詞のテキスト起こし、全部終わりました📄",
            ),
            ("2041-01-07 13:00", 9341, "7巻の表紙のアオリ文、まだ決まってないんだよなぁ…"),
            (
                "2041-01-07 13:05",
                9342,
                "[rp aid=9341 to={m10}]それ私やっときます！案を3つくらい出しますね",
            ),
            (
                "2041-01-08 10:00",
                9342,
                "アオリ案3つ、上げました👆\n①灯りは、まだ消えていない。\n②その信号は、誰のために。\n③嵐の夜、少年は海を見た。",
            ),
            (
                "2041-01-08 10:20",
                9341,
                "②でいきましょう！\n[To:9344]能登さん\n上の件、7巻カバーに入れてもらえますか？",
            ),
            ("2041-01-08 10:45", 9344, "[rp aid=9341 to={m13}]了解です、明日の昼までに入れます"),
            (
                "2041-01-09 11:40",
                9344,
                "[rp aid=9341 to={m13}]アオリ②、カバーに入れました！\n[download:77090]7巻カバー_v3.pdf",
            ),
            (
                "2041-01-09 14:00",
                9344,
                "あ、48話の扉ページのカラー原稿、RGBのまま入稿されてました。印刷所に出す前にCMYKへの変換が必要です",
            ),
            ("2041-01-09 14:10", 9342, "[rp aid=9344 to={m16}]さっきの件、明日やります！"),
            ("2041-01-10 16:00", 9342, "CMYK変換、おわりました！"),
            (
                "2041-01-11 18:00",
                9341,
                "今週もお疲れさまでした。月曜は成人の日でお休みです🎌\n[To:9343]真鍋先生\n49話のネーム、週明けにいただけると嬉しいです",
            ),
            ("2041-01-11 18:20", 9343, "[rp aid=9341 to={m19}]がんばります💪"),
        ],
        [
            task(3, ["台詞"], [9342], ("2041-01-07T12:00", "Mon"), "done"),
            task(5, ["見積"], [9344], ("2041-01-04", "Fri"), "done"),
            task(11, ["アオリ"], [9342], None, "done"),
            task(13, ["アオリ"], [9344], ("2041-01-09T12:00", "Wed"), "done"),
            task(17, ["CMYK"], [9342], ("2041-01-10", "Thu"), "done"),
            task(19, ["49話", "ネーム"], [9343], ("2041-01-15", "Tue")),
        ],
    ),
    # ------------------------------------------------------------------ b31ja-06
    conv(
        "b31ja-06",
        (961006, "【荷主様共有】ミナセ化粧品 × 東和ロジ 川越DC"),
        [
            (9351, "東和ロジ WMS通知Bot"),
            (9352, "堀内 剛"),
            (9353, "桜井 美緒"),
            (9354, "篠原 陽子"),
            (9355, "滝本 樹"),
        ],
        [
            (
                "2041-05-27 08:00",
                9351,
                "[info][title]【WMS】出荷実績 5/24(金)〜5/26(日)[/title]出荷件数：1,284件\n出荷遅延：0件\n欠品保留：3件（MN-LP-204 ほか）[/info]",
            ),
            (
                "2041-05-27 09:15",
                9354,
                "[To:9352]堀内さん\nおはようございます。欠品保留の3件、本日14時に入荷予定ですので、入荷後すぐに出荷をお願いできますでしょうか。",
            ),
            (
                "2041-05-27 09:30",
                9352,
                "[rp aid=9354 to={m2}]承知しました。入荷検品が終わり次第、出荷いたします。",
            ),
            (
                "2041-05-27 16:40",
                9353,
                "[rp aid=9354 to={m2}]欠品保留の3件、本日の最終便で出荷しました。",
            ),
            (
                "2041-05-29 10:00",
                9355,
                "6月の周年セールの件です。\n[info][title]ミナセ化粧品 周年セール概要[/title]期間：6/10(月)〜6/16(日)\n想定出荷：通常の約3倍\n同梱チラシ：あり（2種）[/info]\n[To:9352]堀内さん\nセール期間中の人員増強が可能かどうか、今週中にお返事いただけると助かります。",
            ),
            (
                "2041-05-29 10:20",
                9352,
                "[rp aid=9355 to={m5}]社内で確認して、金曜までにご回答します。",
            ),
            (
                "2041-05-31 15:00",
                9352,
                "[rp aid=9355 to={m5}]ご回答です。セール期間中は1日あたり6名の増員で対応可能です。",
            ),
            (
                "2041-05-31 15:30",
                9354,
                "[To:9352][To:9353][To:9355]\nセール準備のToDoです。\n・同梱チラシの倉庫への納品 → 滝本さん\n・チラシ同梱の作業手順書 → 桜井さん\n・出荷バースの増設レイアウト → 堀内さん\n以上、来週水曜までにお願いします。",
            ),
            ("2041-05-31 15:40", 9353, "[rp aid=9354 to={m8}]承知しました！"),
            (
                "2041-06-01 10:30",
                9355,
                "[rp aid=9354 to={m8}]土曜にすみません🙇 チラシ、印刷所の都合で水曜は厳しそうなので、今週中の納品にさせてください",
            ),
            ("2041-06-01 11:00", 9354, "[rp aid=9355 to={m10}]了解です、金曜着でOKです"),
            (
                "2041-06-03 08:00",
                9351,
                "[toall]【WMS】在庫アラート：MN-SK-110（化粧水 150ml）の有効在庫が安全在庫を下回りました。",
            ),
            (
                "2041-06-03 09:10",
                9354,
                "[toall]\n在庫アラートの件、本日中にMN-SK-110の棚の実在庫確認をお願いします。システムとズレてる気がします…",
            ),
            (
                "2041-06-03 11:30",
                9353,
                "[rp aid=9354 to={m13}]棚確認しました。実在庫は42個で、システムと一致していました。",
            ),
            (
                "2041-06-03 13:00",
                9352,
                task_added(9353, SHIFT_LT, "周年セール期間の増員シフト表の作成", "time"),
            ),
            (
                "2041-06-04 17:00",
                9353,
                "[rp aid=9354 to={m8}]作業手順書、作成しました。共有フォルダに入れています。\n[download:66310]チラシ同梱手順書_v1.pdf",
            ),
            (
                "2041-06-05 16:00",
                9352,
                "[rp aid=9354 to={m8}]バースのレイアウト、半分まで決めました。残りは明日中に詰めます",
            ),
            (
                "2041-06-06 14:30",
                9353,
                task_done(9353, SHIFT_LT, "周年セール期間の増員シフト表の作成", "time"),
            ),
            (
                "2041-06-06 18:00",
                9352,
                "[rp aid=9354 to={m8}]バースレイアウト、確定しました。図面を添付します\n[download:66342]バース増設_図面.pdf",
            ),
            (
                "2041-06-07 08:00",
                9351,
                "[info][title]【WMS】本日の入荷予定[/title]13:00　同梱チラシ（2種）48ケース[/info]",
            ),
            (
                "2041-06-07 14:20",
                9353,
                "同梱チラシ48ケース、入荷しました。検品も問題なしです",
            ),
            (
                "2041-06-07 15:00",
                9354,
                "皆さまありがとうございます。来週からよろしくお願いいたします！",
            ),
        ],
        [
            task(2, ["欠品"], [9352], None, "done"),
            task(5, ["人員"], [9352], ("2041-05-31", "Fri"), "done"),
            task(8, ["チラシ", "納品"], [9355], ("2041-06-07", "Fri")),
            task(8, ["手順書"], [9353], ("2041-06-05", "Wed"), "done"),
            task(8, ["レイアウト"], [9352], ("2041-06-06", "Thu"), "done"),
            task(13, ["在庫"], [9352, 9353, 9355], ("2041-06-03", "Mon"), "done"),
            task(15, ["シフト表"], [9353], ("2041-06-06T15:00", "Thu"), "done"),
        ],
        self_account_id=9351,
    ),
    # ------------------------------------------------------------------ b31ja-07
    conv(
        "b31ja-07",
        (961007, "LUMA YOGA 店舗スタッフ連絡"),
        [
            (9361, "三上 しおり"),
            (9362, "早乙女 ゆい"),
            (9363, "小川 ナディア"),
            (9364, "伊吹 航"),
        ],
        [
            (
                "2041-04-08 09:00",
                9361,
                "おはようございます☀️ 今月のスタジオ別レッスン表、更新しまいた！\nhttps://luma-yoga.example/staff/schedule/2041-04",
            ),
            ("2041-04-08 09:12", 9362, "ありがとうございます〜🙏"),
            (
                "2041-04-08 09:30",
                9364,
                "恵比寿スタジオの木曜19時のリストラティブって、今月から20時スタートでしたっけ？",
            ),
            ("2041-04-08 09:41", 9361, "[rp aid=9364 to={m3}]そうです、20時からです！"),
            (
                "2041-04-08 12:05",
                9363,
                "会員さんからこんなメッセージいただきました。\n[qt]「マットの貸し出し、有料になったんですか？変わるなら事前に教えてください」[/qt]\n受付で説明はしておきました",
            ),
            (
                "2041-04-08 12:20",
                9361,
                "[rp aid=9363 to={m5}]ありがとう！マット料金の件は本部からも会員さん向けに案内が出る予定です。何かあればまた教えてください",
            ),
            (
                "2041-04-09 18:30",
                9362,
                "今日の夜クラス、体験の方が5名来てくれました🙌 うち2名ご入会です！",
            ),
            (
                "2041-04-09 18:40",
                9361,
                "最高です(clap) 入会特典のタオル、足りなくなりそうなら言ってね。手伝えることあればいつでも〜",
            ),
            (
                "2041-04-10 10:00",
                9364,
                "明日の代々木、空調の点検業者さんが午後イチで来るそうです。レッスンは通常通りです",
            ),
            (
                "2041-04-12 17:00",
                9361,
                "月初の売上締め、今月も皆さんのおかげで無事に終わりました。ありがとうございました！",
            ),
            ("2041-04-12 17:05", 9362, "GWのレッスン表ってもう出てますか？"),
            (
                "2041-04-12 17:20",
                9361,
                "[rp aid=9362 to={m11}]いま本部で調整中です。決まったら共有しますね。少々お待ちください🙏",
            ),
            ("2041-04-12 17:22", 9362, "承知です〜"),
            (
                "2041-04-26 19:00",
                9361,
                "GWのレッスン表、本部から出ました！4/29と5/3〜5/6は祝日スケジュールです。\n[download:55120]GW_lesson_2041.pdf\n連休明けもよろしくお願いします🌿",
            ),
        ],
        [],
    ),
]

# ---------------------------------------------------------------- b31ja-08
DEV = [
    (9401, "宇佐美 蓮"),
    (9402, "北条 なつき"),
    (9403, "岸 颯太"),
    (9404, "早乙女 里穂"),
    (9405, "丹羽 健吾"),
]

# ---------------------------------------------------------------- b31ja-09
KANKO = [
    (9411, "芦田 孝之"),
    (9412, "柚木 美咲"),
    (9413, "大鷹 翼"),
    (9414, "戸川 沙耶"),
]

# ---------------------------------------------------------------- b31ja-10
SOUGI = [
    (9421, "三上 直人"),
    (9422, "小笠原 由香"),
    (9423, "堀 雄大"),
    (9424, "神谷 千秋"),
    (9425, "石黒 修"),
]

# ---------------------------------------------------------------- b31ja-11
EXPORT = [
    (9431, "若林 剛"),
    (9432, "竹中 恭子"),
    (9433, "ラシッド・カーン"),
    (9434, "鶴見 大地"),
    (9435, "相良 美帆"),
]

# ---------------------------------------------------------------- b31ja-12
SHINRO = [
    (9441, "大河内 正樹"),
    (9442, "桐島 久美子"),
    (9443, "野々村 翔"),
    (9444, "真壁 さとみ"),
]

# ---------------------------------------------------------------- b31ja-13
KIMONO = [
    (9451, "宮坂 柚子"),
    (9452, "白石 こはる"),
    (9453, "Tran Thi Mai"),
    (9454, "奥寺 陸"),
]

# ---------------------------------------------------------------- b31ja-14
COOP = [
    (9461, "配送管理Bot"),
    (9462, "今泉 浩二"),
    (9463, "佐久間 ゆり"),
    (9464, "谷口 勇太"),
    (9465, "小池 ミサ"),
    (9466, "江藤 光"),
]

CW_LIST_LT = chatwork_lt("2041-07-12")
CW_LIST_BODY = "7/13（土）前倒し便の積込リスト確認"
CW_BL_LT = chatwork_lt("2041-12-27", "17:00")
CW_BL_BODY = "B/Lコピーを経理に提出（ランクル・ハイエース分）"

CASES_B = [
    # ------------------------------------------------------------ b31ja-08
    conv(
        "b31ja-08",
        (961008, "【Kurumi】開発×QA連携"),
        DEV,
        [
            (
                "2041-09-12 10:02",
                9404,
                "お疲れ様です、テスト工房ミナトの早乙女です。\nv2.8.0 の回帰テスト、本日から着手しております。取り急ぎ進捗の共有です。\n[info][title]進捗（9/12 10:00時点）[/title]全312件中 48件消化 / NG 2件（QA-1021, QA-1022 で起票済み）[/info]",
            ),
            (
                "2041-09-12 13:05",
                9402,
                "QA-1021 見ました。ログイン後に残高が0円表示になるやつ、手元だと再現しないでうね…🤔",
            ),
            (
                "2041-09-12 13:20",
                9405,
                "丹羽です。再現手順、補足します。\n[code]\n1. 機種変更フローで復元\n2. 復元直後にアプリを強制終了\n3. 再起動 → 残高0円\n[/code]\nPixel 9 / Android 17 で3回中3回出ました",
            ),
            (
                "2041-09-12 14:02",
                9402,
                "あー、復元直後なんですね。残高0円のやつ、それ私見ときます",
            ),
            (
                "2041-09-12 17:30",
                9403,
                "[To:9401]宇佐美さん\nQA-1022（グラフの凡例はみ出し）の修正PR出しました、レビューお願いします🙇\nhttps://git.nekonote.example/kurumi/app/pull/884",
            ),
            (
                "2041-09-12 18:10",
                9401,
                "[rp aid=9403 to={m5}]岸さん\nLGTMです👍 マージしましたー",
            ),
            (
                "2041-09-12 18:35",
                9403,
                "あっ…#884 のマージ後、iOSのビルドが落ちてます😱 いったんリバートします",
            ),
            ("2041-09-12 18:50", 9403, "リバートしました。お騒がせしました🙇"),
            (
                "2041-09-13 09:30",
                9402,
                "[rp aid=9405 to={m3}]丹羽さん\n手順どおりやってみたんですが、手元の3台では再現しませんでした…😇",
            ),
            (
                "2041-09-13 10:30",
                9403,
                "[To:9401]宇佐美さん\n#884 出し直しました（#889）。iOSのビルドも通ってます。再レビューお願いします🙏\nhttps://git.nekonote.example/kurumi/app/pull/889",
            ),
            (
                "2041-09-13 17:05",
                9401,
                "[toall]\n来週月曜は敬老の日でお休みです。QAさんもお休みと伺ってます。本番リリースは 9/18（水）のまま、予定変わらずです",
            ),
            (
                "2041-09-13 17:12",
                9401,
                "[rp aid=9403 to={m10}]#889 見ました、LGTMです！マージ済み👍",
            ),
            (
                "2041-09-13 17:20",
                9401,
                "[To:9404]早乙女さん\n回帰テストの結果レポート、週明けにいただけますか？",
            ),
            (
                "2041-09-13 17:42",
                9404,
                "[rp aid=9401 to={m13}]宇佐美さん\n承知しました。火曜の午前中にお送りします(bow)",
            ),
            (
                "2041-09-17 10:10",
                9405,
                "QA-1021、再現できました！復元のあと端末を再起動しないまま開くと出るみたいです。ログ添付します\n[download:55120841]restore_log_0917.txt (48.2 KB)[/download]",
            ),
            (
                "2041-09-17 11:05",
                9404,
                "[rp aid=9401 to={m13}]宇佐美さん\n回帰テストの結果レポート、共有フォルダにアップしました。NGは最初の2件のみです。\nhttps://box.nekonote.example/qa/kurumi/v2.8.0/report.xlsx\n以上、よろしくお願いいたします。\n――――――――――――――\nテスト工房ミナト株式会社\nQAリーダー　早乙女 里穂\nTEL 045-000-1234",
            ),
            (
                "2041-09-17 11:30",
                9402,
                "ログありがとうございます🙏 QA-1021の調査、終わりました。復元時にキャッシュの初期化が先に走ってました。修正PRは明日の朝イチで出します",
            ),
            (
                "2041-09-18 09:52",
                9402,
                "[To:9401][To:9403]宇佐美さん、岸さん\nPR出しました。お二人でレビューお願いします🙏 リリース日なので午前中に見てもらえると嬉しいです\nhttps://git.nekonote.example/kurumi/app/pull/891",
            ),
            ("2041-09-18 10:40", 9403, "見ました、1点だけコメントしてます🙏"),
            (
                "2041-09-18 11:25",
                9401,
                "[rp aid=9402 to={m18}]LGTM、マージしました🚀",
            ),
            (
                "2041-09-18 11:30",
                9403,
                "コメントの件は別でIssue立てておきます",
            ),
            (
                "2041-09-18 21:40",
                9401,
                "本番反映しました🎉\n[To:9404]早乙女さん\n本番のスモークテスト、明日の定時までにお願いできますか",
            ),
            (
                "2041-09-19 15:10",
                9404,
                "[rp aid=9401 to={m22}]スモーク完了です、問題ありませんでした✨",
            ),
            (
                "2041-09-19 16:02",
                9401,
                "ありがとうございました！今回もめちゃ助かりました🙏",
            ),
        ],
        [
            task(4, ["残高"], [9402], None, "done"),
            task(5, ["レビュー"], [9401], None, "done"),
            task(7, ["リバート"], [9403], None, "done"),
            task(10, ["レビュー"], [9401], None, "done"),
            task(13, ["レポート"], [9404], ("2041-09-17T12:00", "Tue"), "done"),
            task(17, ["PR"], [9402], ("2041-09-18T10:00", "Wed"), "done"),
            task(18, ["レビュー"], [9401, 9403], ("2041-09-18T12:00", "Wed"), "done"),
            task(21, ["Issue"], [9403], None),
            task(22, ["スモークテスト"], [9404], ("2041-09-19T18:00", "Thu"), "done"),
        ],
    ),
    # ------------------------------------------------------------ b31ja-09
    conv(
        "b31ja-09",
        (961009, "観光振興課　秋の灯りまつり準備"),
        KANKO,
        [
            (
                "2041-10-07 09:10",
                9411,
                "おはようございます。灯りまつり（10/26・27）まで3週間を切りました。今週の分担です。\n・ポスター最終稿の校正（柚木さん）\n・協賛店一覧の更新 → 大鷹さん\n・シャトルバスの運行表、バス会社へ確認（戸川さん）\n以上、10/11（金）までにお願いします。",
            ),
            ("2041-10-07 09:25", 9412, "承知しました！"),
            ("2041-10-07 09:31", 9413, "了解です〜"),
            ("2041-10-07 10:02", 9414, "観光協会の戸川です、承知しました(bow)"),
            (
                "2041-10-08 14:20",
                9411,
                "ミヤマ旅行さんからメールが来てます。共有です👇\n――――――――――\n鳴沢市観光振興課　ご担当者様\n\nいつも大変お世話になっております。ミヤマ旅行の坂東でございます。\n灯りまつりモニターツアーの行程案を、添付の通りお送りいたします。ご査収ください。\nご不明な点がございましたら、お気軽にお問い合わせください。\n――――――――――\n[download:60331870]行程案_灯りまつりモニターツアー.pdf (1.1 MB)[/download]",
            ),
            (
                "2041-10-08 14:35",
                9411,
                "[To:9412]柚木さん\n行程案への返信の下書き、木曜中にお願いできますか",
            ),
            (
                "2041-10-08 14:50",
                9412,
                "[rp aid=9411 to={m6}]承知しました。木曜の午前中にはお送りします",
            ),
            (
                "2041-10-09 11:00",
                9413,
                "協賛店一覧、半分くらい更新しました。残りは商店会さんの回答待ちです",
            ),
            (
                "2041-10-09 16:40",
                9414,
                "[rp aid=9411 to={m1}]運行表の確認、バス会社さんと済みました。10/26は臨時便を2本追加してもらえることになりました🚌",
            ),
            (
                "2041-10-10 10:20",
                9412,
                "[rp aid=9411 to={m6}]返信の下書き、作成しました。共有フォルダに入れてあります\nhttps://box.city-narusawa.example/kankou/akari2041/henshin_miyama.docx",
            ),
            ("2041-10-10 10:45", 9411, "ありがとうございます！助かります"),
            (
                "2041-10-10 15:30",
                9413,
                "[rp aid=9411 to={m1}]協賛店一覧の件、商店会さんの回答が連休明けになるそうで…(bow) 10/16（水）まで延ばしてもいいですか",
            ),
            (
                "2041-10-10 15:42",
                9411,
                "[rp aid=9413 to={m12}]OKです！回答がないお店は昨年の掲載内容のままで大丈夫です",
            ),
            (
                "2041-10-11 09:05",
                9412,
                "[rp aid=9411 to={m1}]ポスター校正、終わりました。赤字は2か所だけです",
            ),
            (
                "2041-10-11 17:10",
                9411,
                "[toall]\n来週月曜はスポーツの日で閉庁です。現地の下見は 10/15（火）14時〜、集合は市役所東口です",
            ),
            (
                "2041-10-15 16:45",
                9414,
                "下見おつかれさまでした！会場の延長コード、協会の倉庫に6本ありました。足りない分は当日までに調達が必要そうです",
            ),
            (
                "2041-10-15 17:00",
                9411,
                "当日のテント用の重り、どなたか明後日までに商工会から借りてきてもらえませんか？20個です🙏",
            ),
            (
                "2041-10-15 17:08",
                9413,
                "[rp aid=9411 to={m17}]私行きます！木曜の朝に軽トラで取りに行ってきます",
            ),
            (
                "2041-10-16 16:20",
                9413,
                "[rp aid=9411 to={m1}]協賛店一覧、更新終わりました！回答なしの3店は昨年のままです",
            ),
            (
                "2041-10-17 10:15",
                9413,
                "[rp aid=9411 to={m17}]重り20個、借りてきました💪 倉庫の入口に置いてます",
            ),
            ("2041-10-17 10:30", 9411, "ありがとう！助かりました〜"),
        ],
        [
            task(1, ["ポスター", "校正"], [9412], ("2041-10-11", "Fri"), "done"),
            task(1, ["協賛店"], [9413], ("2041-10-16", "Wed"), "done"),
            task(1, ["運行表"], [9414], ("2041-10-11", "Fri"), "done"),
            task(6, ["下書き"], [9412], ("2041-10-10T12:00", "Thu"), "done"),
            task(17, ["重り"], [], ("2041-10-17", "Thu"), "done"),
        ],
    ),
    # ------------------------------------------------------------ b31ja-10
    conv(
        "b31ja-10",
        (961010, "【施行】青柳家 通夜・告別式"),
        SOUGI,
        [
            (
                "2041-11-02 07:40",
                9421,
                "[toall]\n【施行決定】青柳家\n[info]通夜：11/5（火）18:00〜\n告別式：11/6（水）11:00〜\n式場：本館 第2式場\n宗派：浄土真宗（菩提寺 光照寺様）\n喪主：青柳 恵子 様（故人の奥様）[/info]\n打ち合わせは本日10時からご自宅です。",
            ),
            (
                "2041-11-02 07:52",
                9425,
                "[rp aid=9421 to={m1}]了解。連休中なので、火葬場の予約は今日中に押さえてください",
            ),
            (
                "2041-11-02 08:05",
                9421,
                "[rp aid=9425 to={m2}]承知しました。9時の受付開始と同時に電話します",
            ),
            (
                "2041-11-02 09:12",
                9421,
                "[rp aid=9425 to={m2}]火葬場、11/6 13:00で押さえられました",
            ),
            (
                "2041-11-02 12:30",
                9421,
                "打ち合わせ終わりました。決まったことです。\n・会葬礼状の手配 150部（小笠原さん）\n・祭壇生花の準備、白とグリーン基調で。供花は現時点で8基（神谷さん）\n・通夜ぶるまいの仕出し手配、30名分（堀さん）\n11/4（月）の定時までにお願いします。振替休日ですが通常営業です🙏",
            ),
            ("2041-11-02 12:41", 9422, "承知しました。"),
            ("2041-11-02 12:44", 9423, "了解です！"),
            ("2041-11-02 13:15", 9423, "仕出し、いつもの割烹みやこさんで良いですか？"),
            (
                "2041-11-02 13:18",
                9421,
                "[rp aid=9423 to={m8}]みやこさんでOKです。えびアレルギーの方が1名いらっしゃいます",
            ),
            (
                "2041-11-03 10:05",
                9424,
                "生花部の神谷です。親族の方から供花の追加が2基入りました。合計10基になります",
            ),
            (
                "2041-11-03 15:20",
                9422,
                "[To:9421]三上さん\n会葬礼状の文案です。ご確認いただけますか(bow)\n[download:70211455]会葬礼状_青柳家_案.pdf (210 KB)[/download]",
            ),
            (
                "2041-11-03 15:48",
                9421,
                "[rp aid=9422 to={m11}]確認しました。2行目の「逝去」を「永眠」に直してもらえますか",
            ),
            (
                "2041-11-03 16:05",
                9423,
                "仕出し、みやこさんに30名分で発注かけました。えびの件も伝えてます",
            ),
            (
                "2041-11-03 16:30",
                9422,
                "[rp aid=9421 to={m12}]直しました！差し替え版です\n[download:70211502]会葬礼状_青柳家_案2.pdf (212 KB)[/download]",
            ),
            (
                "2041-11-04 11:10",
                9424,
                "[qt][qtmeta aid=9421 time={t5}]・祭壇生花の準備、白とグリーン基調で。供花は現時点で8基（神谷さん）[/qt]生花、市場で仕入れの手配しました。白菊・白カーネーションにグリーンで組みます🌿",
            ),
            (
                "2041-11-04 17:55",
                9422,
                "[rp aid=9421 to={m5}]会葬礼状、印刷所に150部で入稿しました。明日15時に納品です",
            ),
            (
                "2041-11-06 14:30",
                9421,
                "告別式・火葬とも無事終わりました。皆さん本当にありがとうございました(bow)\n精算書は明日まとめます",
            ),
            ("2041-11-06 14:35", 9425, "お疲れさまでした。"),
        ],
        [
            task(2, ["火葬場"], [9421], ("2041-11-02T09:00", "Sat"), "done"),
            task(5, ["会葬礼状"], [9422], ("2041-11-04T18:00", "Mon"), "done"),
            task(5, ["生花"], [9424], ("2041-11-04T18:00", "Mon"), "done"),
            task(5, ["仕出し"], [9423], ("2041-11-04T18:00", "Mon"), "done"),
            task(11, ["会葬礼状"], [9421], None, "done"),
            task(12, ["永眠"], [9422], None, "done"),
            task(17, ["精算書"], [9421], ("2041-11-07", "Thu")),
        ],
        self_account_id=9421,
    ),
    # ------------------------------------------------------------ b31ja-11
    conv(
        "b31ja-11",
        (961011, "輸出チーム（ケニア・NZ向け）"),
        EXPORT,
        [
            (
                "2041-12-16 09:05",
                9431,
                "おはようございます。年内最終の本船は 12/27 横浜港出港です。カット日は 12/24（火）。\n[info][title]対象車両[/title]1. 2038 ランドクルーザー（ケニア）\n2. 2037 ハイエース（ケニア）\n3. 2039 アクア（NZ）[/info]",
            ),
            (
                "2041-12-16 09:20",
                9432,
                "輸出抹消、3台とも今週中に陸運局行ってきます",
            ),
            (
                "2041-12-16 09:34",
                9433,
                "[To:9434]鶴見さん\nハイエースの下回り洗浄、明日までっていけそう？JEVICの検査が19日なので🙏",
            ),
            (
                "2041-12-16 09:50",
                9434,
                "[rp aid=9433 to={m3}]明日はちょっと厳しいです…水曜の午前中なら！",
            ),
            (
                "2041-12-16 09:52",
                9433,
                "[rp aid=9434 to={m4}]OK! 水曜午前で大丈夫です👍",
            ),
            (
                "2041-12-18 11:20",
                9434,
                "[rp aid=9433 to={m3}]ハイエースの洗浄、終わりました。ついでにランクルの下回りもやっときました",
            ),
            (
                "2041-12-19 16:00",
                9432,
                "陸運局、ランクルとハイエースは輸出抹消仮登録済みです。アクアは所有者の印鑑証明が期限切れで…お客様に再取得をお願いしてます",
            ),
            (
                "2041-12-20 10:00",
                9432,
                "[rp aid=9432 to={m2}]アクアの印鑑証明、届きました！アクアの分は週明けすぐ行ってきます",
            ),
            (
                "2041-12-20 10:30",
                9431,
                "[To:9434]鶴見さん\nランクルとハイエース、12/24の午前中にCFSまで陸送の手配お願いします",
            ),
            (
                "2041-12-20 10:50",
                9434,
                "[rp aid=9431 to={m9}]すみません、23・24は有給いただいてまして…",
            ),
            (
                "2041-12-20 11:02",
                9431,
                "[rp aid=9431 to={m9}]あ、そうでしたね。鶴見さんへのこの依頼はキャンセルで🙏\n[To:9433]ラシッドさん\n代わりにお願いできますか？ランクルとハイエースの陸送手配、12/24の午前中で",
            ),
            (
                "2041-12-20 11:10",
                9433,
                "[rp aid=9431 to={m11}]OKです、私やります！",
            ),
            (
                "2041-12-23 10:40",
                9432,
                "[rp aid=9432 to={m2}]アクアも輸出抹消、済みました。これで3台とも完了です✅",
            ),
            (
                "2041-12-23 15:00",
                9433,
                "陸送の手配、済みました。24日朝9時にヤード集荷です🚛",
            ),
            (
                "2041-12-24 09:30",
                9435,
                task_added(9432, CW_BL_LT, CW_BL_BODY, "time"),
            ),
            (
                "2041-12-24 09:41",
                9432,
                "B/Lって船会社から出るの26日以降ですよね？",
            ),
            (
                "2041-12-24 09:50",
                9435,
                "[rp aid=9432 to={m16}]はい、26日の夕方に出る見込みです",
            ),
            (
                "2041-12-26 17:00",
                9431,
                "ケニアのMwangi Motorsさんから入金ありました💰\n[To:9435]相良さん\n消し込みと領収書の発行、3営業日以内でお願いします",
            ),
            (
                "2041-12-26 17:10",
                9435,
                "[rp aid=9431 to={m18}]承知しました。消し込みは明日やります。領収書は年明けになりますがよろしいでしょうか",
            ),
            (
                "2041-12-27 11:20",
                9432,
                task_done(9432, CW_BL_LT, CW_BL_BODY, "time"),
            ),
            (
                "2041-12-27 16:40",
                9435,
                "[rp aid=9431 to={m18}]消し込み、完了しました。領収書は1/6に発行します",
            ),
            (
                "2041-12-27 17:30",
                9431,
                "[toall]\n本日で年内の営業は終了です。ランクル・ハイエースは無事積みました🚢 アクアは1月便です。年始は 1/6（月）からです。良いお年を！",
            ),
            ("2041-12-27 17:45", 9434, "よいお年をー🎍"),
        ],
        [
            task(2, ["輸出抹消"], [9432], ("2041-12-23", "Mon"), "done"),
            task(3, ["洗浄"], [9434], ("2041-12-18T12:00", "Wed"), "done"),
            task(11, ["陸送"], [9433], ("2041-12-24T12:00", "Tue"), "done"),
            task(15, ["B/L"], [9432], ("2041-12-27T17:00", "Fri"), "done"),
            task(18, ["消し込み"], [9435], ("2041-12-27", "Fri"), "done"),
            task(18, ["領収書"], [9435], ("2042-01-06", "Mon")),
        ],
    ),
    # ------------------------------------------------------------ b31ja-12
    conv(
        "b31ja-12",
        (961012, "進路指導部（3学年）"),
        SHINRO,
        [
            (
                "2042-01-06 08:15",
                9441,
                "あけましておめでとうございます。本年もよろしくお願いします。\n今週から調査書の発行ラッシュです。申請は進路資料室の真壁さんに集約しています",
            ),
            (
                "2042-01-06 08:30",
                9444,
                "おめでとうございます🎍 申請は現時点で1組12件、2組9件です",
            ),
            (
                "2042-01-06 08:52",
                9441,
                "【依頼】調査書の記載内容チェック\n・1組分 → 桐島先生\n・2組分 → 野々村先生\n成人の日の連休明けに発行したいので、1/10（金）までにお願いします",
            ),
            ("2042-01-06 09:05", 9442, "承知しました。"),
            (
                "2042-01-06 09:40",
                9443,
                "了解っす！冬休み中にだいぶ見てたので、早めに出せると思います",
            ),
            (
                "2042-01-07 12:20",
                9443,
                "[To:9441]大河内先生\n2組の調査書、チェック終わりました👍 1件だけ、欠席日数が指導要録と合わない生徒がいるので見てもらえないですか？（出席番号18）",
            ),
            (
                "2042-01-07 12:45",
                9441,
                "[rp aid=9443 to={m6}]確認します。要録の方が正しい気がしますが…",
            ),
            (
                "2042-01-07 15:30",
                9441,
                "[rp aid=9443 to={m6}]見ました。要録の方が正しかったです。調査書は私の方で4日に直しておきました",
            ),
            (
                "2042-01-08 10:10",
                9444,
                "[To:9442]桐島先生\n1組の相沢さん、私立の出願に推薦書が要るそうです。担任所見の欄、今日の夕方までに書いていただけませんか🙇‍♀️ 本人が取りに来るそうで…",
            ),
            (
                "2042-01-08 10:25",
                9442,
                "[rp aid=9444 to={m9}]えっ今日ですか💦 承知しました、お昼までに書いて資料室に持っていきます",
            ),
            (
                "2042-01-08 11:58",
                9442,
                "[rp aid=9444 to={m9}]書きました！真壁さんの机に置いてます",
            ),
            (
                "2042-01-08 16:00",
                9441,
                "共通テスト（1/18・19）の引率、どなたか2日間入れる先生いませんか？",
            ),
            ("2042-01-08 16:12", 9443, "2日とも行けます🙋‍♂️"),
            (
                "2042-01-08 16:20",
                9441,
                "ありがとう、助かります！事前の打ち合わせは明日の午後イチで。集合は6:50、会場は北都大学です",
            ),
            (
                "2042-01-09 09:15",
                9441,
                "[To:9444]真壁さん\n2組分の受験票コピー、まだ揃ってないみたいです。なる早で回収お願いできますか",
            ),
            (
                "2042-01-09 09:22",
                9443,
                "[rp aid=9441 to={m15}]あ、それ私やっときます！明日のHRで集めます",
            ),
            ("2042-01-09 09:30", 9444, "[rp aid=9443 to={m16}]助かります🙏🙏"),
            (
                "2042-01-10 13:40",
                9443,
                "受験票のコピー、クラス全員分集めました！真壁さんに渡してます📄",
            ),
            (
                "2042-01-10 13:55",
                9444,
                "[rp aid=9441 to={m15}]野々村先生から受け取りました。ファイリングも済みです📁",
            ),
            (
                "2042-01-10 16:30",
                9442,
                "[qt][qtmeta aid=9441 time={t3}]・1組分 → 桐島先生[/qt]1組の調査書チェック、終わりました。修正はありませんでした",
            ),
            (
                "2042-01-10 16:45",
                9441,
                "皆さんありがとうございます。発行は連休明けの 1/14（火）からです。良い三連休を！",
            ),
        ],
        [
            task(3, ["調査書", "1組"], [9442], ("2042-01-10", "Fri"), "done"),
            task(3, ["調査書", "2組"], [9443], ("2042-01-10", "Fri"), "done"),
            task(6, ["欠席日数"], [9441], None, "done"),
            task(9, ["推薦書"], [9442], ("2042-01-08T12:00", "Wed"), "done"),
            task(15, ["受験票"], [9444], None, "done"),
            task(16, ["受験票"], [9443], ("2042-01-10", "Fri"), "done"),
        ],
    ),
    # ------------------------------------------------------------ b31ja-13 (no task)
    conv(
        "b31ja-13",
        (961013, "きもの処 はなゆい 浅草店"),
        KIMONO,
        [
            (
                "2041-08-08 19:40",
                9451,
                "お疲れさまです〜！今週末は川べりの花火大会（8/10）と山の日の連休で、予約ぱんぱんです🎆 シフト表貼っておきます\n[info][title]8/10（土）〜8/12（月・振休）シフト[/title]10日：宮坂・白石・マイ・奥寺\n11日：宮坂・白石・奥寺\n12日：白石・マイ[/info]",
            ),
            ("2041-08-08 19:52", 9452, "了解です！10日えぐいですね…😇"),
            ("2041-08-08 20:03", 9453, "はい、わかりました。12日は何時からですか？"),
            ("2041-08-08 20:05", 9451, "[rp aid=9453 to={m3}]12日は10時からだよ〜"),
            (
                "2041-08-08 20:10",
                9454,
                "10日のヘアセット、18時以降の枠はもう埋まってます。当日飛び込みのお客様は浴衣の着付けだけのご案内になるかもです",
            ),
            ("2041-08-08 20:30", 9451, "了解！手伝えることあったら言ってね〜"),
            (
                "2041-08-09 11:15",
                9452,
                "今日来店されたお客様に「下駄で歩くと痛いので、鼻緒を緩めてもらえませんか」って言われたので、その場で調整しました",
            ),
            ("2041-08-09 11:20", 9451, "ありがとう〜！神対応🙏"),
            (
                "2041-08-09 15:40",
                9453,
                "店長、明日って着物の返却は何時まででしたっけ？",
            ),
            (
                "2041-08-09 15:44",
                9451,
                "[rp aid=9453 to={m9}]20時まで！花火の日も延長はなしです",
            ),
            (
                "2041-08-10 22:10",
                9451,
                "みんな今日はほんっっとにお疲れさまでした！！来店62組、過去最高です(cracker)",
            ),
            ("2041-08-10 22:15", 9454, "お疲れさまでしたー！足パンパンです笑"),
            (
                "2041-08-10 22:18",
                9452,
                "落とし物で、かんざし（べっこう風）が1点ありました。レジ横のボックスに入れてます。持ち主さんから連絡あったら共有します",
            ),
            ("2041-08-10 22:30", 9453, "お疲れさまでした😊 明日もがんばりましょう"),
            (
                "2041-08-11 09:05",
                9451,
                "おはよー☀️ 今日も猛暑日予報です。冷蔵庫に差し入れのゼリーがあるので、休憩のときにどうぞ〜",
            ),
            ("2041-08-11 09:20", 9452, "ゼリー🥹 ありがとうございます！"),
        ],
        [],
    ),
    # ------------------------------------------------------------ b31ja-14
    conv(
        "b31ja-14",
        (961014, "みどり生協 北部配送センター 連絡板"),
        COOP,
        [
            (
                "2041-07-11 07:00",
                9461,
                "[toall]\n【自動通知】本日の配送予定\n[info]便数：14便 / 個配 1,284件 / 班配 212件\n要冷凍：3号車・5号車・7号車\n※7/15（月・祝）は休配日です。7/13（土）に前倒し配送があります[/info]",
            ),
            (
                "2041-07-11 07:32",
                9463,
                "おはようございます☀️ 昨日の5号車の床濡れ、保冷剤の袋が破れてただけでした。谷口さんが拭いてくれてます",
            ),
            (
                "2041-07-11 13:20",
                9461,
                "[To:9466]江藤 光さん\n【アラート】冷凍車3号 庫内温度 -12.4℃（基準 -18℃以下）を検知しました。\n記録ID: TMP-20410711-0031",
            ),
            (
                "2041-07-11 13:26",
                9466,
                "3号、配送中で扉の開け閉めが多いからですかね…。冷凍機、夕方に点検します",
            ),
            (
                "2041-07-11 13:40",
                9462,
                "[rp aid=9466 to={m4}]よろしくお願いします🙏 監査で温度記録を見られるので助かります",
            ),
            (
                "2041-07-11 17:10",
                9466,
                "3号の点検、終わりました。ドアパッキンが一部切れてたので応急処置してます。明日メーカーに交換依頼します",
            ),
            (
                "2041-07-12 08:00",
                9461,
                task_added(9465, CW_LIST_LT, CW_LIST_BODY, "date"),
            ),
            (
                "2041-07-12 09:00",
                9463,
                "[To:9464][To:9465]谷口さん、小池さん\n火曜配送分の仕分け、お二人で土曜中にお願いできますか。月曜が海の日で、週明けすぐだとバタつきそうなので🙏",
            ),
            ("2041-07-12 09:12", 9465, "りょうかいですー"),
            ("2041-07-12 09:15", 9464, "[rp aid=9463 to={m8}]OKです！"),
            (
                "2041-07-12 10:30",
                9462,
                "[toall]\n本部から連絡です。8月のお中元配送の応援ドライバー、どなたか8/3（土）に出られる方いますか？出られる方は佐久間さんまでご連絡ください",
            ),
            (
                "2041-07-12 16:45",
                9465,
                task_done(9465, CW_LIST_LT, CW_LIST_BODY, "date"),
            ),
            (
                "2041-07-12 17:20",
                9466,
                "メーカーさんにパッキン交換、依頼しました。部品取り寄せで来週水曜になるそうです",
            ),
            (
                "2041-07-13 15:30",
                9464,
                "仕分け、A〜Dコースまで終わりました。残りは小池さんがやってくれてます",
            ),
            (
                "2041-07-13 17:05",
                9465,
                "[rp aid=9463 to={m8}]仕分け、全部終わりました！火曜分は棚に並べてあります📦",
            ),
            ("2041-07-13 17:10", 9463, "お二人ともありがとうございます！！😭"),
            (
                "2041-07-16 06:50",
                9461,
                "[toall]\n【自動通知】本日の配送予定\n[info]便数：15便 / 個配 1,502件（連休明けのため増）\n要冷凍：5号車・7号車（3号車は整備待ち）[/info]",
            ),
            (
                "2041-07-16 07:15",
                9462,
                "連休明けの段取りです👇\n佐久間：3号車の代車手配、今日中\n谷口：5号車のタイヤ空気圧チェック（〜7/18）",
            ),
            ("2041-07-16 07:22", 9463, "承知しました🙆‍♀️"),
            (
                "2041-07-16 08:00",
                9462,
                "[toall]\n7月分の安全運転チェックシート、今日の定時までに事務所へ提出お願いします",
            ),
            (
                "2041-07-16 10:05",
                9463,
                "[rp aid=9462 to={m18}]代車、手配しました。11時にセンターに届きます🚚",
            ),
            (
                "2041-07-16 10:30",
                9461,
                "[toall]\n【自動通知】3号車の整備入庫を登録しました（7/16〜7/17）",
            ),
            (
                "2041-07-16 11:40",
                9464,
                "タイヤ、前の2本だけ見ました。後ろはまだです",
            ),
        ],
        [
            task(4, ["点検"], [9466], ("2041-07-11T17:00", "Thu"), "done"),
            task(6, ["交換"], [9466], ("2041-07-12", "Fri"), "done"),
            task(7, ["積込リスト"], [9465], ("2041-07-12", "Fri"), "done"),
            task(8, ["仕分け"], [9464, 9465], ("2041-07-13", "Sat"), "done"),
            task(18, ["代車"], [9463], ("2041-07-16", "Tue"), "done"),
            task(18, ["空気圧"], [9464], ("2041-07-18", "Thu")),
            task(
                20,
                ["チェックシート"],
                [9463, 9464, 9465, 9466],
                ("2041-07-16T18:00", "Tue"),
            ),
        ],
        self_account_id=9461,
    ),
]

CASES = CASES_A + CASES_B
