# ruff: noqa: E501
"""Blind set 30, Japanese half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b30ja-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 30, Japanese part A: 7 Chatwork conversations from workplaces not used before.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (build.py) and the first 75
and last 30 lines of blind22_ja_cases.py for the file's shape; nothing under src/, no
other test or case file, no README / BENCHMARKS and no git history were read, and the
parser was never run on these texts. Eight searches were made only to learn how people
phrase things: public pages (a vet clinic's night emergency hand-over, humble request
forms such as いただけますと幸いです / お手数ですが, asking to extend a deadline,
cancelling or postponing by message, a moving company's visit estimates and crew
booking, a food maker's foreign-matter complaint and investigation report) and public
GitHub threads (修正しました / ご確認お願いします / まだ直っていない, 担当の引き継ぎ /
代わりに対応). Every sentence, person, clinic, company, shop, place and product here is
invented and no third-party text is copied. Every gold due was computed by a throwaway
script outside the repo (/tmp/b30/ja_a, datetime + jpholiday, one function per row of
the spec's deadline table), not in the head.

Domains: a vet clinic and its night emergency partner over the start of Golden Week
(b30ja-01); a university lab and the faculty office in a leap-year February, the
secretary being the self account (-02); a hotel banquet planner with a wedding couple,
the banquet kitchen and the costume room (-03); a moving company's branch in the March
rush, its bot being the self account (-04); an insurance agency and a small shop across
the year-end break into January 2041 (-05); a city water and sewer works team (-06, no
task); a food maker's quality assurance team on a customer complaint (-07).

Dates: 週明け sent on a Friday before the 昭和の日 substitute holiday (4/27 → 5/1);
3営業日以内 across 天皇誕生日 (2/20 → 2/24) and across the 12/29–1/3 break (12/27 →
1/7); 5営業日以内 across 敬老の日 (9/13 → 9/21); 今週中 sent on a Wednesday and on a
Tuesday; 来週中 sent on a Monday and on a Friday; 今月中 in a leap February (2/29);
月末; 年内; 来月5日; a bare 金曜; 来週火曜; 明後日; 明日 landing on a Saturday; 明日の朝イチ;
明日の午前中; 本日17時; 15時まで; 夕方; M/D (〜5/1, 〜11/12, 〜9/14, 9/26) and M/D sent in
December for January (1/8 → 2041); M/D HH:MM (3/16 18:00); Chatwork tasks with
ltype=date and ltype=time. Dates that describe the thing are no deadline (明朝8時に退院,
明日の夜に転院予定, 3/22（木）午前便, 来年1/15で満期, 11/17（土）10:00〜のお打合せ).

Covers: humble and roundabout requests (ご確認いただけますと幸いです, お手数ですが…
いただけますでしょうか, 〜してもらえると助かる, コメントいただけると嬉しいです, 〜って可能
ですか？, A4で1枚お送りいただけると助かります); implicit work after a report (…フォルダに
上げました。ご確認いただけますと幸いです); commitments without a time (英語版の見積書は私が
作っておきます, 比較表はこちらで作っておきます, ③…こちら（大槻）でやります), with a date
(1/8（火）にお持ちします) and bound to a condition (確認取れ次第…作ってお送りします);
acceptances that set or keep a deadline (5/1までにお送りします, 明日郵送いたします, 保管サンプル
は今日中に見ます, 了解、今日中に見ます) or none (承知しました, ありがとう、見ときます); to-do
lists in several layouts (①… → 戸田さん（〜5/1）, ・… → 蓮見さん（〜9/14）, ②… → 来週中);
[toall] with a human and with a bot self account; a long night report whose only task is
its last line; follow-ups that are no new task (①の件どうなってますか？, リマインドです🙏,
英語版見積書の件どうなってますか？); a deadline moved by the requester (やっぱり来週中で
大丈夫です, 期限を9/26に変更します), one asked by the assignee and agreed (明日の朝イチでも
いいですか？ → 大丈夫です！, 期限を5営業日以内に変更させてください → OKです) and ones set in
the assignee's reply (残りは明日の午前中に送ります, 明後日には送れます, 3営業日以内に仕上げて
お送りします, 残りは明日やります); one reply answering a numbered list item by item
(①は…送付済み、②は今週中に…決めます、③は…); a hand-over by reply ([To:]…代わりに…お願いでき
ますか) with the Chatwork task closed by task_done; cancellations in other words (今回は
見送りで, 先方都合で…流れました…不要になりました) left out of the gold; partial progress
and failed attempts that close nothing (半分まで作りました, 半分終わってます, 半分くらい直し
ました, 担当の方が不在で, 本日お休みでした, 定休日でした, 会議中で不在でした, 年明けになるって);
completion in other words naming where the result is (拝見しました, 送付済みです, 手配かけ
ました, 投函しました, 回収済みです, 共有フォルダに格納しました, 上げておきました, 決めました,
決まりました, お持ちしました, 見ました + a new request in the same reply); bare completions
from one of several assignees that close nothing; a quoted agency notice in [qt], a
citizen's request in 「」 and a pasted notice template in [code] whose requests are not
tasks; offers and conditions (足りない様式があればいつでも言ってください, 何か手伝えること
あったら言ってくださいー); questions asking for no work; meeting and schedule
announcements; stamp-only replies ((bow), (cracker), 👍); noise (emoji, ー, 〜,
full-width brackets, 【依頼】, 【苦情共有】, ①②③, ※, 📠) and typos (手配おねがいします,
見積もり明日までで). One conversation (b30ja-06) holds no task at all.

Part B
------
Blind set 30, Japanese part B: 7 Chatwork conversations from workplaces not used before.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (build.py) and the first 75 and
last 30 lines of blind22_ja_cases.py for the file's shape; nothing under src/, no other
test or case file, no README / BENCHMARKS and no git history were read, and the parser was
never run on these texts. Eight searches were made only to learn how people phrase things:
public pages on business-chat request phrasing (お手数ですが / いただけますでしょうか),
asking for a deadline extension, gentle reminders, care-home letters to families and the
book-editing workflow (入稿・初校・校正), and public GitHub threads on 修正しました・ご確認
お願いします, 見送り・クローズ・引き継ぎ and progress reports. Every sentence, person, facility,
office, shop, company and product is invented; no third-party text is copied. Every gold
due was computed by a throwaway script outside the repo (/tmp/b30/ja_b, datetime +
jpholiday, one function per row of the spec's deadline table), not in the head.

Domains: a care home and residents' families across Golden Week (b30ja-08), a law office's
paralegals around 敬老の日 (09), a JA farm shop's growers' room with no task at all (10), a
book editorial team with a freelance designer (11), an event set-up company with venue
staff around 春分の日, a human self account (12), a dental clinic's front desk with a
booking bot as the self account (13), and a software contractor with its client's IT
department across the year-end break into January 2041, with Chatwork task markup (14).

Covers: humble and roundabout requests (お持ちいただけますでしょうか, まとめていただけると助かり
ます, ご入稿いただけますと幸いです, 回してもらえると助かる, 追加していただくことって可能ですか？,
3営業日以内にご対応いただけますでしょうか); implicit work (格納しました。ご確認お願いします,
この件、月曜までに for a quoted author wish); commitments without a time (病院に連絡しておき
ます as an acceptance, no new task; 書記官には私から連絡しておきます; お弁当6つ予約しておきます,
later dropped by its own sender; 届いたら各ブースに回しておきます bound to a condition, for the
object named in the previous message); lists in several layouts (①②③ with one line the
sender's own, 1. 2. 3. with （〜M/D） and （年内）, 担当：, [To:] lines with a shared
どちらも来週中で); a reply answering a list item by item (①名簿 → 格納済み / ②タクシー →
明日の午前中に); deadlines moved by the assignee and agreed (5/6(日)でもいいですか, 来週火曜で
もよろしいでしょうか, 来週火曜の午前中まででも, 明後日まででも, 明日の朝イチまででも), set by an
assignee in a reply (明日の午前中に出してきます, 来週月曜の午前中には戻します, 明日…見てきます) and
moved by the requester (やっぱり年明けで大丈夫です。1/8(火)までに); a hand-over by reply
(代わりにお願いできますか) with both tasks closed; cancellations in other words (先方都合で流れ
ました…もう要らなくなりました, ディーラーさん都合で流れたので…今回見送り); partial progress and
failed attempts that close nothing (お休みでした, 半分くらい, 7割くらい, 外出中でした, 施錠されてて確
認できませんでした, まだいらしてないので確認できてません, 終わりませんでした); completions in other
words naming where the result is (置いておきました, 差し出し完了, 手配かけました, 投函しました, 共有フ
ォルダに格納しました, 発注かけました, 差し替えました, 上げておきました, 拝見しました for a review,
task_done) by reply, by a named line of a multi-task message and bare from the only open
task's assignee; a bare 読みました from one of several [toall] assignees that closes
nothing; [toall] with a bot and a human self account; follow-ups that ask nothing
(どうなってますか？); quoted text that is no task (a 内容証明 draft and a head-office letter in
[qt], a band copy in [code], an author's wish in 「」); notices, schedules, offers and
conditions (判断つき次第お知らせします, 手伝えることあったら言ってくださいね, ご自由にどうぞ);
stamp-only replies ((bow), (cracker), 👍, 🙇‍♀️); a long message whose only task is its last
line; noise (emoji, ー, 【依頼】, 【不具合報告】, ※, full-width brackets, おねがいします).
Dates: 週明け across the 昭和の日 substitute holiday (4/23 → 5/1) and 敬老の日 (9/10 → 9/18),
3営業日以内 across 4/30 (→ 5/2) and across the 12/29–1/3 break (12/26 → 2041-01-04), 今週中
sent on a Monday and a Tuesday, 来週中, 来週火曜, 来週月曜の午前中, 月曜 sent on a Friday, 今月中,
来月3日 beside a 来月5日(水) that describes the event, 明後日, 明日中, 明日の朝イチ, 明日の午前中,
明日の15時, 本日17時, 明日 sent on 春分の日, 20日(木) (day of month with weekday), M/D, M/D
HH:MM, M/D(曜) for January sent in December, 年内, and Chatwork lt with ltype date and time.
A reopened task (まだ直っていないようです) is left out: the spec does not say how to read it.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b30ja-01 ふたば動物病院 / みなと夜間動物救急センター
    9101: "柏木 涼子",
    9102: "宮内 沙耶",
    9103: "戸田 健吾",
    9104: "千早 透",
    9105: "大槻 まどか",
    # b30ja-02 篠原研究室 / 理工学部事務
    9111: "篠原 誠一",
    9112: "北浦 ちひろ",
    9113: "三好 航",
    9114: "湯川 りさ",
    9115: "坂巻 達也",
    # b30ja-03 ホテル 宴会部 / 婚礼のお客様
    9121: "砂川 美帆",
    9122: "久我 隼人",
    9123: "石嶺 さくら",
    9124: "河野 悠真",
    9125: "榎本 萌",
    # b30ja-04 引越し 港北営業所
    9131: "真壁 剛",
    9132: "日向 恵理",
    9133: "能登 大地",
    9134: "水沢 玲奈",
    9135: "桐谷 翔",
    9136: "営業所Bot",
    # b30ja-05 みつば保険サービス / 高森商店
    9141: "菅野 亮",
    9142: "須崎 なつみ",
    9143: "高森 義男",
    9144: "高森 由香",
    # b30ja-06 市の上下水道課 工務係
    9151: "小宮山 修",
    9152: "瀬尾 まりな",
    9153: "国分 晴樹",
    9154: "岩佐 典子",
    # b30ja-07 食品メーカー 品質保証部
    9161: "浅見 貴之",
    9162: "丹羽 美里",
    9163: "蓮見 聡",
    9164: "倉持 優斗",
    9165: "江藤 しおり",
}


def members(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


CASES_A = [
    # ------------------------------------------------------------------
    # b30ja-01: a vet clinic and its night emergency partner, over the
    # start of Golden Week (4/30 is a substitute holiday).
    conv(
        "b30ja-01",
        (951001, "ふたば動物病院⇔みなと夜間救急 連携"),
        members(9101, 9102, 9103, 9104, 9105),
        [
            (
                "2040-04-26 21:40",
                9104,
                "[To:9101]柏木先生\n本日お預かりのコタロウくん（柴・9歳）、嘔吐おさまって状態安定してます。明朝8時に退院→そちらへお戻しの予定です。\n退院サマリは共有フォルダに上げました。ご確認いただけますと幸いです🙏",
            ),
            (
                "2040-04-26 21:55",
                9101,
                "[rp aid=9104 to={m1}]千早先生\n夜分にありがとうございます！承知しました。",
            ),
            (
                "2040-04-27 09:10",
                9101,
                "[rp aid=9104 to={m1}]サマリ拝見しました👍 内服の量もこちらで了解です",
            ),
            (
                "2040-04-27 09:30",
                9105,
                "【依頼】5〜6月の夜間紹介の受け入れについて\n①ふたば様の休診日一覧（5〜6月分） → 戸田さん（〜5/1）\n②当番獣医師の緊急連絡先の更新 → 柏木先生\n③紹介状テンプレの差し替え → こちら（大槻）でやります\n※②は今日中だと助かります",
            ),
            (
                "2040-04-27 09:45",
                9103,
                "[rp aid=9105 to={m4}]①承知しました、5/1までにお送りします",
            ),
            (
                "2040-04-27 11:20",
                9101,
                "[rp aid=9105 to={m4}]②更新しました。私の携帯番号が変わってます⚠️",
            ),
            ("2040-04-27 13:05", 9102, "午後の手術は14時開始に変更になりました。"),
            (
                "2040-04-27 16:30",
                9104,
                "[To:9102]宮内さん\n明日の夜に転院予定のモモちゃん（猫）の件、お手数ですが、直近の血液検査の結果を送っていただけますでしょうか。本日17時までにいただけると助かります",
            ),
            (
                "2040-04-27 16:50",
                9102,
                "[rp aid=9104 to={m8}]検査センターに問い合わせましたが、担当の方が不在で…結果がまだ手元にないです💦",
            ),
            (
                "2040-04-27 16:58",
                9102,
                "[rp aid=9104 to={m8}]すみません、17時は厳しそうです🙇‍♀️ 明日の朝イチでもいいですか？",
            ),
            ("2040-04-27 17:02", 9104, "[rp aid=9102 to={m10}]大丈夫です！"),
            (
                "2040-04-27 22:40",
                9104,
                "夜間受診のご報告です。\nふたば様かかりつけのレオくん（ミニチュアダックス・12歳）、咳が止まらないとのことで21時半に来院されました。\nレントゲンで軽度の肺水腫所見あり、酸素室で管理中です。呼吸数は来院時より落ち着いてきています。\nご家族には、明朝まで様子を見てからそちらへ戻る流れでご説明済みです。\n処置内容：\n・フロセミド注射\n・酸素室（濃度40%）\n・ピモベンダンは継続\n念のため、そちらのカルテにある過去の心エコー所見をいただけますか。急ぎではないので週明けで大丈夫です",
            ),
            (
                "2040-04-28 09:40",
                9102,
                "[rp aid=9104 to={m8}]血液検査の結果、FAXとメールで送付済みです📠",
            ),
            ("2040-04-28 09:45", 9104, "(bow)"),
            (
                "2040-05-01 10:20",
                9103,
                "[rp aid=9104 to={m12}]レオくんの心エコー所見、PDFでメールしました📩",
            ),
            (
                "2040-05-01 10:40",
                9105,
                "[rp aid=9103 to={m5}]戸田さん、①の件どうなってますか？",
            ),
            (
                "2040-05-01 11:00",
                9103,
                "[rp aid=9105 to={m4}]すみません、半分まで作りました！残りは明日の午前中に送ります",
            ),
            (
                "2040-05-02 10:45",
                9103,
                "[rp aid=9105 to={m4}]①休診日一覧、6月分も入れて送付しました！",
            ),
            ("2040-05-02 10:50", 9105, "ありがとうございます🙇‍♀️ 助かりました"),
        ],
        [
            task(1, ["サマリ"], [9101], None, "done"),
            task(4, ["休診日"], [9103], ("2040-05-02T12:00", "Wed"), "done"),
            task(4, ["緊急連絡先"], [9101], ("2040-04-27", "Fri"), "done"),
            task(4, ["紹介状", "テンプレ"], [9105], None),
            task(8, ["血液検査"], [9102], ("2040-04-28T10:00", "Sat"), "done"),
            task(12, ["心エコー"], [], ("2040-05-01", "Tue"), "done"),
        ],
    ),
    # ------------------------------------------------------------------
    # b30ja-02: a university lab and the faculty office in late February
    # (2/23 天皇誕生日, 2040 is a leap year); the secretary is the account
    # chatsync reads Chatwork with.
    conv(
        "b30ja-02",
        (951002, "篠原研 × 理工学部事務"),
        members(9111, 9112, 9113, 9114, 9115),
        [
            (
                "2040-02-20 09:05",
                9115,
                "[toall]\n会計係の坂巻です。年度末の物品購入の締めについてお知らせです。\n・今年度予算での発注は3/9（金）受付分まで\n・納品と検収は3/23（金）まで\n※締め後の発注は来年度予算の扱いになります",
            ),
            (
                "2040-02-20 09:30",
                9111,
                "[To:9112]北浦さん\n先週の出張旅費の精算書、3営業日以内に事務に出してもらえると助かる。領収書は机の上のクリアファイルに入れてあります",
            ),
            ("2040-02-20 09:34", 9112, "承知しました👍"),
            (
                "2040-02-20 13:10",
                9113,
                "[To:9111]篠原先生\n春の学会の予稿、ドラフトを研究室のDriveに上げました。お手すきの際にコメントいただけると嬉しいです",
            ),
            ("2040-02-20 13:12", 9111, "👍"),
            (
                "2040-02-21 18:40",
                9113,
                "[rp aid=9113 to={m4}]先生、予稿の件リマインドです🙏",
            ),
            (
                "2040-02-22 15:00",
                9115,
                "[To:9112]北浦さん\n先日の試薬の発注の件、見積書の宛名が旧学部名のままでした。業者に再発行を依頼していただけますか。今週中でお願いします",
            ),
            (
                "2040-02-22 15:20",
                9112,
                "[rp aid=9115 to={m7}]承知しました。業者に連絡しておきます",
            ),
            (
                "2040-02-22 16:00",
                9115,
                "[toall]\n各研究室の備品棚卸表、今月中に会計係まで提出をお願いします🙏 様式は学部ポータルにあります",
            ),
            (
                "2040-02-24 09:20",
                9112,
                "[rp aid=9111 to={m2}]精算書、会計係に提出しました。",
            ),
            (
                "2040-02-24 10:10",
                9112,
                "[rp aid=9115 to={m7}]業者に電話しましたが、担当の方が本日お休みでした🙇‍♀️",
            ),
            (
                "2040-02-24 13:30",
                9115,
                "[rp aid=9115 to={m7}]北浦さん、急ぎではないので、やっぱり来週中で大丈夫です",
            ),
            (
                "2040-02-24 16:00",
                9111,
                "[rp aid=9113 to={m4}]予稿見ました。図3の凡例だけ直して、あとはこのままでOK",
            ),
            ("2040-02-24 16:05", 9113, "ありがとうございます！直します"),
            (
                "2040-02-27 10:30",
                9113,
                "棚卸表、うちの研究室分は提出しました",
            ),
            (
                "2040-02-27 11:15",
                9112,
                "[rp aid=9115 to={m7}]再発行、手配かけました。新しい見積書は水曜に届くそうです",
            ),
            (
                "2040-02-27 17:30",
                9113,
                "[rp aid=9111 to={m13}]凡例、半分くらい直しました。残りは明日やります",
            ),
            (
                "2040-02-28 09:00",
                9115,
                "【周知】3/2（金）13:00〜 学位記授与式のリハーサルを講堂で行います。出欠の回答は不要です",
            ),
            ("2040-02-28 09:10", 9111, "(bow)"),
        ],
        [
            task(2, ["精算書"], [9112], ("2040-02-24", "Fri"), "done"),
            task(4, ["予稿"], [9111], None, "done"),
            task(7, ["見積書", "再発行"], [9112], ("2040-03-02", "Fri"), "done"),
            task(9, ["棚卸表"], [9111, 9113, 9114], ("2040-02-29", "Wed")),
            task(13, ["凡例"], [9113], ("2040-02-28", "Tue")),
        ],
        self_account_id=9112,
    ),
    # ------------------------------------------------------------------
    # b30ja-03: a hotel's banquet (wedding) planner with the couple, the
    # banquet kitchen and the costume room, around 文化の日.
    conv(
        "b30ja-03",
        (951003, "【ご婚礼】河野様・榎本様 お打合せ"),
        members(9121, 9122, 9123, 9124, 9125),
        [
            (
                "2040-10-29 11:00",
                9121,
                "[To:9124][To:9125]河野様、榎本様\nいつもお世話になっております。宴会部の砂川です。\n先日のお打合せ内容をまとめました。\n①招待客リスト最終版のご提出（〜11/12）\n②引出物の個数のご確定 → 来週中\n③ご両親様の衣装試着のご予約\nどうぞよろしくお願いいたします。",
            ),
            (
                "2040-10-29 12:30",
                9125,
                "[rp aid=9121 to={m1}]ありがとうございます！承知しました😊",
            ),
            (
                "2040-10-30 10:15",
                9122,
                "[To:9121]砂川さん\n河野様ご親族のアレルギー（えび・かに）の件、厨房長と確認取れ次第、対応メニュー表を作ってお送りします",
            ),
            ("2040-10-30 10:20", 9121, "[rp aid=9122 to={m3}]ありがとうございます🙏"),
            (
                "2040-10-30 20:45",
                9124,
                "[rp aid=9121 to={m1}]①はさきほどメールで送付済みです、②は今週中に二人で決めます、③は両親の予定を聞いてからになります🙇",
            ),
            (
                "2040-11-01 14:00",
                9123,
                "衣装室の石嶺です。ご新婦様のドレス、2回目のフィッティングは11/10（土）14:00〜で押さえております👗 所要時間は1時間ほどです。",
            ),
            ("2040-11-01 14:30", 9125, "ありがとうございます！楽しみです✨"),
            (
                "2040-11-02 19:10",
                9125,
                "[rp aid=9121 to={m1}]②の引出物、60個で決まりました！",
            ),
            (
                "2040-11-05 10:00",
                9121,
                "[rp aid=9125 to={m8}]承知しました。60個で発注かけました📦",
            ),
            (
                "2040-11-05 10:30",
                9122,
                "[rp aid=9122 to={m3}]すみません、厨房長が出張中で、まだ確認取れてません…",
            ),
            (
                "2040-11-06 11:00",
                9121,
                "[To:9124][To:9125]\n当日のタイムテーブル案を共有フォルダに格納しました。金曜までにご確認いただけますと幸いです。",
            ),
            ("2040-11-06 11:20", 9124, "承知しました！"),
            (
                "2040-11-07 09:30",
                9122,
                "[rp aid=9122 to={m3}]厨房長と確認取れました。アレルギー対応のメニュー表、砂川さんにPDFで送付しました🍽",
            ),
            ("2040-11-07 09:45", 9121, "(bow)"),
            (
                "2040-11-08 21:00",
                9125,
                "[rp aid=9121 to={m11}]タイムテーブル、二人で確認しました！乾杯のご発声は叔父に決まりました",
            ),
            (
                "2040-11-12 15:00",
                9121,
                "[To:9124][To:9125]\n最終お打合せは11/17（土）10:00〜、ブライダルサロンにて承ります。\nまた、ご請求書を郵送いたしましたので、お支払いは月末までにお願いいたします。",
            ),
            (
                "2040-11-12 15:30",
                9124,
                "[rp aid=9121 to={m1}]③、両親の都合が合わず、今回は見送りで…当日の衣装は持ち込みにします",
            ),
            ("2040-11-12 15:40", 9121, "[rp aid=9124 to={m17}]かしこまりました😊"),
        ],
        [
            task(1, ["招待客リスト"], [9124, 9125], ("2040-11-12", "Mon"), "done"),
            task(1, ["引出物"], [9124, 9125], ("2040-11-02", "Fri"), "done"),
            task(3, ["メニュー表"], [9122], None, "done"),
            task(11, ["タイムテーブル"], [9124, 9125], ("2040-11-09", "Fri"), "done"),
            task(16, ["支払"], [9124, 9125], ("2040-11-30", "Fri")),
        ],
    ),
    # ------------------------------------------------------------------
    # b30ja-04: a moving company's branch in the March rush (3/20 春分の日);
    # its bot is the account chatsync reads Chatwork with.
    conv(
        "b30ja-04",
        (951004, "【港北営業所】配車・見積"),
        members(9131, 9132, 9133, 9134, 9135, 9136),
        [
            (
                "2040-03-15 08:30",
                9136,
                "【本日の訪問見積】3件（10:00 緑区／14:00 港北区／16:30 都筑区）\n詳細は予定表に入っています",
            ),
            (
                "2040-03-15 09:00",
                9134,
                "[toall]\n繁忙期（3/24・3/25）のシフト希望、3/16 18:00までに各自私まで出してください🙏",
            ),
            (
                "2040-03-15 11:40",
                9132,
                "[To:9134]水沢さん\n佐久間様、見積り確定しました！3/22（木）午前便で、2t車1台と作業員3名の手配おねがいします🙇‍♀️",
            ),
            (
                "2040-03-15 11:50",
                9134,
                "[rp aid=9132 to={m3}]手配かけました。リーダーは桐谷さんです",
            ),
            (
                "2040-03-15 17:20",
                9133,
                "ラーマン様、英語のほうが安心とのことなので、英語版の見積書は私が作っておきます",
            ),
            ("2040-03-16 10:00", 9135, "シフト希望出しました"),
            (
                "2040-03-16 13:30",
                9131,
                "[To:9133]能登さん\n飯島様の件、ピアノ運搬が入るので専門業者の見積もり明日までで取ってもらえる？",
            ),
            (
                "2040-03-16 13:45",
                9133,
                "[rp aid=9131 to={m7}]業者に電話しましたが、今日は定休日でした…明日またかけてみます",
            ),
            (
                "2040-03-17 11:05",
                9133,
                "[rp aid=9131 to={m7}]ピアノの見積もり、取れました！共有フォルダに格納しました",
            ),
            (
                "2040-03-19 09:15",
                9134,
                "[rp aid=9133 to={m5}]能登さん、英語版見積書の件どうなってますか？ お客様から問い合わせがありました",
            ),
            (
                "2040-03-19 09:30",
                9133,
                "[rp aid=9133 to={m5}]すみません、半分終わってます🙇 明後日には送れます",
            ),
            (
                "2040-03-19 14:00",
                9131,
                "【連絡】明日3/20（祝）も営業所は通常営業です。受付は9時からです。",
            ),
            (
                "2040-03-20 10:00",
                9132,
                "[To:9134]水沢さん\n飯島様、3/24（土）の4t車の仮押さえお願いできますか？",
            ),
            (
                "2040-03-21 16:20",
                9133,
                "[rp aid=9133 to={m5}]英語版見積書、ラーマン様に送付済みです📩",
            ),
            (
                "2040-03-21 17:40",
                9132,
                "[rp aid=9132 to={m13}]飯島様、先方都合で今回のお引越し自体が流れました…仮押さえは不要になりました🙇‍♀️",
            ),
            (
                "2040-03-22 08:10",
                9134,
                task_added(
                    9135,
                    chatwork_lt("2040-03-22"),
                    "佐久間様 梱包資材（段ボール20枚）の回収",
                    "date",
                ),
            ),
            (
                "2040-03-22 08:40",
                9135,
                "[rp aid=9134 to={m16}]すみません、今日は午後から別現場の応援なので、回収まで手が回らなそうです🙏",
            ),
            (
                "2040-03-22 08:50",
                9134,
                "[rp aid=9135 to={m17}]了解です！\n[To:9133]能登さん、代わりに佐久間様の資材回収お願いできますか？夕方で大丈夫です",
            ),
            (
                "2040-03-22 17:05",
                9133,
                "[rp aid=9134 to={m18}]佐久間様の資材、回収済みです🚚",
            ),
            (
                "2040-03-22 17:10",
                9134,
                task_done(
                    9135,
                    chatwork_lt("2040-03-22"),
                    "佐久間様 梱包資材（段ボール20枚）の回収",
                    "date",
                ),
            ),
        ],
        [
            task(2, ["シフト希望"], [9131, 9132, 9133, 9135], ("2040-03-16T18:00", "Fri")),
            task(3, ["手配"], [9134], None, "done"),
            task(5, ["英語版", "見積書"], [9133], ("2040-03-21", "Wed"), "done"),
            task(7, ["ピアノ", "見積"], [9133], ("2040-03-17", "Sat"), "done"),
            task(16, ["資材", "回収"], [9135], ("2040-03-22", "Thu"), "done"),
            task(18, ["資材", "回収"], [9133], ("2040-03-22T17:00", "Thu"), "done"),
        ],
        self_account_id=9136,
    ),
    # ------------------------------------------------------------------
    # b30ja-05: an insurance agency and a small shop it insures, across the
    # year-end break into January 2041.
    conv(
        "b30ja-05",
        (951005, "みつば保険サービス｜高森商店様"),
        members(9141, 9142, 9143, 9144),
        [
            (
                "2040-12-17 10:00",
                9141,
                "[To:9143]高森社長\nいつもお世話になっております。みつば保険の菅野です。\n社用車（ハイエース）の自動車保険が来年1/15で満期を迎えます。\n更新のお見積りを2パターン作成し、共有フォルダに格納しました。\nお手数ですが、年内にどちらのプランにするかご判断いただけますでしょうか。",
            ),
            (
                "2040-12-17 12:30",
                9143,
                "[rp aid=9141 to={m1}]ありがとう、見ときます",
            ),
            (
                "2040-12-18 15:10",
                9144,
                "[To:9142]須崎さん\n先日いただいたご案内の件です。\n[qt][qtmeta aid=9142 time=2238714000]【事故受付のご案内】\n夜間・休日に事故が起きた場合は、まず安全を確保し、下記の事故受付センターへお電話ください。\n事故受付センター：0120-000-000（24時間）[/qt]\nこちら、店のバックヤードに貼っておきたいので、A4で1枚お送りいただけると助かります",
            ),
            (
                "2040-12-18 15:30",
                9142,
                "[rp aid=9144 to={m3}]承知しました。明日郵送いたします",
            ),
            (
                "2040-12-19 16:40",
                9142,
                "[rp aid=9144 to={m3}]本日、ご案内をポストに投函しました📮",
            ),
            (
                "2040-12-20 09:50",
                9143,
                "[To:9141]菅野さん\n昨日、配達中に軽トラで店の前のポールにこすってしまいました。人も車もケガなし、バンパーに傷が少し。これ保険使ったほうがいいのかな？",
            ),
            (
                "2040-12-20 10:15",
                9141,
                "[rp aid=9143 to={m6}]ご連絡ありがとうございます。お怪我がなくて何よりです。\n修理額によっては、等級が下がる分のほうが高くつくこともあります。まず修理工場で見積もりを取っていただけますか。\n保険を使った場合と使わない場合の比較表は、こちらで作っておきます",
            ),
            (
                "2040-12-21 17:30",
                9143,
                "[rp aid=9141 to={m7}]修理工場行ったけど、年末で混んでて見積もりは年明けになるって😅",
            ),
            (
                "2040-12-25 10:00",
                9141,
                "[rp aid=9141 to={m1}]高森社長、こちらの件リマインドです🙏",
            ),
            (
                "2040-12-26 11:20",
                9143,
                "[rp aid=9141 to={m1}]見積もり見ました。Bプランに決めました👍",
            ),
            (
                "2040-12-26 11:40",
                9141,
                "[rp aid=9143 to={m10}]ありがとうございます！更新の申込書、1/8（火）にお店までお持ちします",
            ),
            (
                "2040-12-27 09:30",
                9143,
                "[rp aid=9141 to={m7}]修理工場、早めに見てくれました！見積もり取れて12万円でした。見積書はFAXで送ってます",
            ),
            (
                "2040-12-27 10:10",
                9141,
                "[rp aid=9141 to={m7}]FAX受け取りました！比較表、3営業日以内に仕上げてお送りします",
            ),
            (
                "2040-12-27 14:00",
                9142,
                "【年末年始休業のお知らせ】\n12/29（土）〜1/3（木）は休業いたします。\n休業中の事故のご連絡は、24時間の事故受付センター（0120-000-000）へお願いいたします。",
            ),
            (
                "2040-12-27 14:30",
                9144,
                "[rp aid=9142 to={m14}]承知しました。良いお年を🎍",
            ),
            (
                "2041-01-07 09:20",
                9144,
                "[To:9142]須崎さん\nあけましておめでとうございます。昨年分の保険料の領収書、会社宛てで再発行してもらうって可能ですか？",
            ),
            (
                "2041-01-07 09:45",
                9142,
                "[rp aid=9144 to={m16}]可能です！担当部署に確認しますので、少々お待ちください🙇‍♀️",
            ),
            (
                "2041-01-07 16:00",
                9141,
                "[rp aid=9141 to={m7}]比較表、メールで送付しました📊 今回は保険を使わない方がお得という結果です",
            ),
            (
                "2041-01-08 15:30",
                9141,
                "[rp aid=9141 to={m11}]本日お店に伺って、申込書お持ちしました。ご記入ありがとうございました🙇",
            ),
            ("2041-01-08 15:45", 9143, "(bow)"),
        ],
        [
            task(1, ["プラン"], [9143], ("2040-12-31", "Mon"), "done"),
            task(3, ["案内"], [9142], ("2040-12-19", "Wed"), "done"),
            task(7, ["修理", "見積"], [9143], None, "done"),
            task(7, ["比較表"], [9141], ("2041-01-07", "Mon"), "done"),
            task(11, ["申込書"], [9141], ("2041-01-08", "Tue"), "done"),
            task(16, ["領収書"], [9142], None),
        ],
    ),
    # ------------------------------------------------------------------
    # b30ja-06: a city water and sewer section's works team; schedules,
    # FYIs, a pasted notice template, offers and questions: no task.
    conv(
        "b30ja-06",
        (951006, "上下水道課 工務係"),
        members(9151, 9152, 9153, 9154),
        [
            (
                "2040-06-11 08:45",
                9151,
                "【今週の予定】\n6/11（月）9:00 朝礼\n6/13（水）14:00 管路更新工事の定例会議（第2会議室）\n6/15（金）22:00〜翌5:00 栄町2丁目 断水作業",
            ),
            (
                "2040-06-11 09:10",
                9152,
                "栄町2丁目の断水のお知らせ、各戸へのポスティングは昨日までに全部終わってます👍",
            ),
            ("2040-06-11 09:12", 9151, "ありがとうございます、助かります🙏"),
            (
                "2040-06-11 11:30",
                9153,
                "市民の方からメールで「朝いちばんの水が少し茶色いので、一度見に来てほしい」と問い合わせがありましたが、昨日伺って排水したら透明になりました。ご本人にも説明済みです。",
            ),
            (
                "2040-06-11 11:35",
                9154,
                "お疲れさまです〜 窓口の受付簿、足りない様式があればいつでも言ってください",
            ),
            ("2040-06-11 13:00", 9154, "20日（水）は健康診断のため、午前中不在です"),
            (
                "2040-06-11 15:20",
                9152,
                "断水のお知らせの文面、前回のものを貼っておきます。\n[code]\n【断水のお知らせ】\n水道管の工事のため、下記の時間帯は断水いたします。\n日時：6月15日（金）22時〜翌朝5時\nご不便をおかけしますが、ご理解とご協力をお願いいたします。\n※断水前に飲み水の汲み置きをお願いします。\n※再開直後に濁りが出た場合は、しばらく水を流してください。\n[/code]",
            ),
            ("2040-06-11 15:25", 9151, "👍"),
            (
                "2040-06-12 09:00",
                9153,
                "明日って、庁舎の停電点検で午後はエレベーター止まるんでしたっけ？",
            ),
            ("2040-06-12 09:05", 9151, "[rp aid=9153 to={m9}]そうです、13時〜16時です"),
            (
                "2040-06-12 10:40",
                9154,
                "漏水の通報、今朝2件ありました。どちらも宅内の給水管で、所有者さんが業者に依頼済みとのことです",
            ),
            ("2040-06-12 10:45", 9153, "了解です"),
            (
                "2040-06-12 16:00",
                9153,
                "管路更新工事の進捗、現時点で全体の6割くらいです。7月中に完了予定です",
            ),
            (
                "2040-06-13 17:30",
                9152,
                "定例会議の議事録、共有フォルダに格納しました。",
            ),
            ("2040-06-13 17:40", 9153, "何か手伝えることあったら言ってくださいー"),
            (
                "2040-06-14 10:00",
                9154,
                "(cracker) 浄水場見学会の受付、本日で締め切りました！参加者は42名です",
            ),
            (
                "2040-06-14 10:05",
                9151,
                "お疲れさまでした。見学会当日の集合は8:30、浄水場の正門前です",
            ),
            ("2040-06-14 10:10", 9153, "承知しました🙆‍♂️"),
            (
                "2040-06-15 21:30",
                9153,
                "今夜の断水作業、現地に着きました。天気も問題なさそうです☁️",
            ),
        ],
        [],
    ),
    # ------------------------------------------------------------------
    # b30ja-07: a food maker's quality assurance team handling a customer
    # complaint over 敬老の日 (9/17) and 秋分の日 (9/22, a Saturday).
    conv(
        "b30ja-07",
        (951007, "品質保証部 苦情対応"),
        members(9161, 9162, 9163, 9164, 9165),
        [
            (
                "2040-09-12 10:00",
                9165,
                "【苦情共有】\nお客様相談室の江藤です。\n本日、「ごま豆腐（3個パック）」に黒い異物が入っていたとのお申し出がありました。\n・購入店：ひまわりマート東町店\n・賞味期限：2040.9.20\n・ロット：G0905B\n現品は着払いで送っていただくよう手配済みです。",
            ),
            (
                "2040-09-12 10:15",
                9161,
                "[To:9162][To:9163]\n分担です。\n・異物の分析 → 蓮見さん（〜9/14）\n・同ロット保管サンプルの確認 → 丹羽さん\n・お客様への報告書案 → 丹羽さん、来週火曜まで",
            ),
            ("2040-09-12 10:20", 9163, "了解です"),
            (
                "2040-09-12 10:22",
                9162,
                "[rp aid=9161 to={m2}]承知しました🙇‍♀️ 保管サンプルは今日中に見ます",
            ),
            (
                "2040-09-12 16:50",
                9162,
                "[rp aid=9161 to={m2}]同ロットの保管サンプル、10個開封して確認しました。異物なしです",
            ),
            (
                "2040-09-13 11:00",
                9165,
                "現品、届きました。品証の冷蔵庫（上段）に入れてあります",
            ),
            (
                "2040-09-13 11:30",
                9163,
                "[rp aid=9161 to={m2}]異物、顕微鏡で見てみましたが、まだ特定できてません。外部機関に出すかもです",
            ),
            (
                "2040-09-13 15:20",
                9163,
                "[rp aid=9161 to={m2}]異物の分析、外部機関に出すことにしました。すみません、期限を5営業日以内に変更させてください🙏",
            ),
            ("2040-09-13 15:30", 9161, "[rp aid=9163 to={m8}]OKです"),
            (
                "2040-09-13 15:40",
                9161,
                "[rp aid=9161 to={m2}]丹羽さん、報告書案は分析結果待ちになるので、期限を9/26に変更します",
            ),
            (
                "2040-09-14 09:30",
                9162,
                "[To:9164]倉持さん\nG0905B製造日の、ろ過工程のフィルター交換記録をいただけますか？ 15時までだと助かります",
            ),
            (
                "2040-09-14 14:40",
                9164,
                "[rp aid=9162 to={m11}]フィルター交換記録、共有フォルダの「品証提出」に上げておきました",
            ),
            (
                "2040-09-14 17:00",
                9161,
                task_added(
                    9165,
                    chatwork_lt("2040-09-18", "10:00"),
                    "ひまわりマート東町店へ経過報告の電話",
                    "time",
                ),
            ),
            (
                "2040-09-18 10:20",
                9165,
                "[rp aid=9161 to={m13}]東町店の担当の方、会議中で不在でした…",
            ),
            (
                "2040-09-18 14:05",
                9165,
                task_done(
                    9165,
                    chatwork_lt("2040-09-18", "10:00"),
                    "ひまわりマート東町店へ経過報告の電話",
                    "time",
                ),
            ),
            (
                "2040-09-21 16:00",
                9163,
                "[rp aid=9161 to={m2}]外部機関から結果が来ました。異物は原料ごまの焦げ（炭化物）でした。結果のレポートは共有フォルダに格納しました",
            ),
            (
                "2040-09-21 16:30",
                9161,
                "[To:9164]倉持さん\nこの結果を受けて、ごまの受入検査の手順見直しを来月5日までにお願いできますか。",
            ),
            (
                "2040-09-21 16:45",
                9164,
                "[rp aid=9161 to={m17}]承知しました。まず現場の聞き取りから始めます",
            ),
            (
                "2040-09-25 10:00",
                9162,
                "[rp aid=9161 to={m2}]お客様への報告書案、作成しました。部長チェックお願いします🙏",
            ),
            (
                "2040-09-25 10:05",
                9161,
                "[rp aid=9162 to={m19}]了解、今日中に見ます",
            ),
        ],
        [
            task(2, ["異物", "分析"], [9163], ("2040-09-21", "Fri"), "done"),
            task(2, ["保管サンプル"], [9162], ("2040-09-12", "Wed"), "done"),
            task(2, ["報告書案"], [9162], ("2040-09-26", "Wed"), "done"),
            task(11, ["フィルター"], [9164], ("2040-09-14T15:00", "Fri"), "done"),
            task(13, ["経過報告"], [9165], ("2040-09-18T10:00", "Tue"), "done"),
            task(17, ["受入検査"], [9164], ("2040-10-05", "Fri")),
            task(19, ["チェック"], [9161], ("2040-09-25", "Tue")),
        ],
    ),
]


NAMES_B = {
    # b30ja-08 care home and families
    9181: "相沢 真理子",
    9182: "久住 拓也",
    9183: "戸田 芳江",
    9184: "三浦 陽子",
    9185: "葛西 良太",
    9186: "根岸 彩",
    # b30ja-09 law office
    9191: "森下 圭吾",
    9192: "佐伯 由香",
    9193: "楠田 明美",
    9194: "野々村 翔",
    # b30ja-10 farm co-op shop (no task)
    9201: "小宮山 修",
    9202: "安斎 さやか",
    9203: "梶原 信夫",
    9204: "乙部 かよ子",
    9205: "須藤 健太",
    # b30ja-11 book publisher and a freelance designer
    9211: "真壁 千尋",
    9212: "大森 忠",
    9213: "日向 紗季",
    9214: "長嶺 悟",
    # b30ja-12 event set-up company and venue staff
    9221: "桐生 大輔",
    9222: "早乙女 淳",
    9223: "井口 まどか",
    9224: "宗像 理恵",
    9225: "荒巻 勇",
    # b30ja-13 dental clinic front desk (bot self account)
    9231: "西川 隆之",
    9232: "浜口 美咲",
    9233: "倉持 詩織",
    9234: "立花 恵",
    9235: "予約管理Bot",
    # b30ja-14 software contractor and the client's IT department
    9241: "瀬川 航",
    9242: "葉山 蓮",
    9243: "石神 由佳",
    9244: "千葉 直人",
    9245: "小田切 真央",
}


def members_b(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES_B[i]) for i in ids]


CASES_B = [
    conv(
        "b30ja-08",
        (951008, "しらかし荘 2階東 ご家族連絡"),
        members_b(9181, 9182, 9183, 9184, 9185, 9186),
        [
            (
                "2040-04-23 09:10",
                9181,
                "[toall]\n【お知らせ】5/3（木・祝）14:00〜 2階東ホールで「春のお茶会」を開きます🌸 ご家族の参加も大歓迎です。\n※当日の面会受付は13:30からです",
            ),
            ("2040-04-23 09:32", 9184, "ありがとうございます！母と一緒に参加します😊"),
            (
                "2040-04-23 10:05",
                9181,
                "[To:9184]三浦さん\nお手数ですが、トメ様の夏用のパジャマを2枚ほど、週明けまでにお持ちいただけますでしょうか。\n※前開きのものだとお着替えが楽です",
            ),
            (
                "2040-04-23 12:48",
                9184,
                "[rp aid=9181 to={m3}]承知しました。連休中に買いに行くので、5/6(日)の面会のときでもいいですか？",
            ),
            (
                "2040-04-23 13:15",
                9181,
                "[rp aid=9184 to={m4}]はい、それで大丈夫です🙆‍♀️",
            ),
            (
                "2040-04-26 14:20",
                9183,
                "[To:9185]葛西さん\nハル様の診療情報提供書、かかりつけの病院に依頼していただけますか？ 提出の締切が近いので、3営業日以内だと助かります",
            ),
            (
                "2040-04-26 14:51",
                9185,
                "[rp aid=9183 to={m6}]了解です、病院に連絡しておきます",
            ),
            (
                "2040-04-27 10:40",
                9185,
                "[rp aid=9183 to={m6}]病院に電話しましたが、医事課の担当の方がお休みでした💦",
            ),
            (
                "2040-04-27 16:00",
                9182,
                "連休前に事務まわりでお願いしたいことです🙇\n[To:9186]根岸さん\n①お茶会の参加者名簿の作成（〜5/1）\n②福祉タクシーの予約（5/3 お茶会の送迎分）\n③ご家族向け案内の郵送は私がやります",
            ),
            ("2040-04-27 16:05", 9186, "(bow)"),
            ("2040-04-28 11:00", 9185, "5/4は親戚と面会に伺います。11時ごろの予定です"),
            ("2040-04-28 11:20", 9181, "承知しました、お待ちしております"),
            (
                "2040-05-01 10:20",
                9186,
                "[rp aid=9182 to={m9}]①名簿 → 共有フォルダに格納済みです📁\n②タクシー → 明日の午前中に予約します",
            ),
            (
                "2040-05-01 15:30",
                9185,
                "[rp aid=9183 to={m6}]提供書の件、病院から施設あてに郵送してもらうよう手配かけました。来週には届くそうです",
            ),
            (
                "2040-05-02 11:40",
                9186,
                "[rp aid=9182 to={m9}]タクシー、3台予約取れました🚕",
            ),
            (
                "2040-05-02 17:10",
                9182,
                "ご家族向けの案内、全世帯分ポストに投函しました📮",
            ),
            ("2040-05-02 17:20", 9181, "ありがとうございます！"),
        ],
        [
            task(3, ["パジャマ"], [9184], ("2040-05-06", "Sun")),
            task(6, ["診療情報提供書"], [9185], ("2040-05-02", "Wed"), "done"),
            task(9, ["名簿"], [9186], ("2040-05-01", "Tue"), "done"),
            task(9, ["タクシー"], [9186], ("2040-05-02T12:00", "Wed"), "done"),
            task(9, ["案内", "郵送"], [9182], None, "done"),
        ],
    ),
    conv(
        "b30ja-09",
        (951009, "森下・佐伯法律事務所 民事チーム"),
        members_b(9191, 9192, 9193, 9194),
        [
            (
                "2040-09-10 09:05",
                9191,
                "[To:9193]楠田さん\n山県商事の件、訴状副本と証拠説明書のコピーを各2部、明日の朝イチまでにお願いします",
            ),
            ("2040-09-10 09:07", 9193, "承知しました"),
            (
                "2040-09-10 11:30",
                9192,
                "お疲れさまです。来週の予定を共有します。\n・9/18(火) 13:30〜 依頼者 長谷部様と打合せ（第2会議室）\n・9/19(水) 終日 仙台出張\n・9/21(金) 10:00 期日（地裁 民事第14部）\n出張中はメールの返信が遅れます。よろしくお願いします。\n[To:9194]野々村さん、長谷部様の打合せ用に、これまでのやりとりを時系列にまとめていただけると助かります。週明けまでで大丈夫です",
            ),
            ("2040-09-10 11:45", 9194, "[rp aid=9192 to={m3}]承知しました！"),
            (
                "2040-09-11 09:20",
                9193,
                "[rp aid=9191 to={m1}]コピー各2部、先生の机の上に置いておきました",
            ),
            (
                "2040-09-11 13:00",
                9191,
                "[To:9194]野々村さん\n内容証明の文案です。これで明日中に郵便局から出してもらえますか？\n[qt]株式会社大滝工務店 御中\n貴社に対し、本書面到達後14日以内に、未払いの請負代金を下記口座へお支払いくださるよう請求いたします。\n期限内にお支払いがない場合は、法的措置を検討いたしますのでご承知おきください。[/qt]",
            ),
            (
                "2040-09-11 13:10",
                9194,
                "[rp aid=9191 to={m6}]了解です。明日の午前中に郵便局で出してきます",
            ),
            (
                "2040-09-12 12:30",
                9194,
                "[rp aid=9191 to={m6}]内容証明、差し出し完了です。控えはスキャンして案件フォルダに入れました",
            ),
            (
                "2040-09-13 10:00",
                9192,
                "[To:9194]野々村さん\n19日の仙台出張、新幹線の指定席を取っていただけますか？ 朝8時台の便で🙏",
            ),
            (
                "2040-09-13 10:30",
                9191,
                "[To:9194]野々村さん\n9/21の期日、提出書類一式の持参もお願いします",
            ),
            ("2040-09-13 10:35", 9194, "承知です🙆"),
            (
                "2040-09-14 17:30",
                9194,
                "[rp aid=9192 to={m3}]時系列の表、半分くらいまで進みました。残りは来週火曜の午前中まででもいいですか？",
            ),
            (
                "2040-09-14 17:45",
                9192,
                "[rp aid=9194 to={m12}]大丈夫です、打合せに間に合えばOKです👍",
            ),
            (
                "2040-09-14 18:10",
                9192,
                "[rp aid=9194 to={m9}]先方都合で仙台の件が流れました💦 新幹線はもう要らなくなりました、すみません",
            ),
            (
                "2040-09-18 11:50",
                9194,
                "[rp aid=9192 to={m3}]時系列まとめ、案件フォルダに格納しました。ご確認お願いします",
            ),
            (
                "2040-09-18 13:10",
                9192,
                "[rp aid=9194 to={m15}]拝見しました。とても分かりやすいです、ありがとうございます🙏",
            ),
            (
                "2040-09-20 17:40",
                9194,
                "[rp aid=9191 to={m10}][To:9193]楠田さん\nすみません、急に通院が入ってしまって…提出書類の持参、代わりにお願いできますか🙏",
            ),
            ("2040-09-20 17:55", 9193, "[rp aid=9194 to={m17}]了解です！"),
            (
                "2040-09-21 09:40",
                9193,
                "[rp aid=9194 to={m17}]提出書類、書記官室に持参して提出しました",
            ),
            (
                "2040-09-21 10:30",
                9191,
                "[rp aid=9191 to={m10}]楠田さん、ありがとう。この件は完了です\n次回期日の日程調整、書記官には私から連絡しておきます",
            ),
        ],
        [
            task(1, ["コピー"], [9193], ("2040-09-11T10:00", "Tue"), "done"),
            task(3, ["時系列"], [9194], ("2040-09-18T12:00", "Tue"), "done"),
            task(6, ["内容証明"], [9194], ("2040-09-12T12:00", "Wed"), "done"),
            task(10, ["持参"], [9194], None, "done"),
            task(15, ["確認"], [9192], None, "done"),
            task(17, ["持参"], [9193], None, "done"),
            task(20, ["日程調整"], [9191], None),
        ],
    ),
    conv(
        "b30ja-10",
        (951010, "JAみどり台 直売所「とれたて広場」出荷者連絡"),
        members_b(9201, 9202, 9203, 9204, 9205),
        [
            (
                "2040-07-09 07:30",
                9201,
                "[toall]\nおはようございます。7/16（月・祝）海の日は通常営業です。搬入も6:30〜8:30でいつも通りです🌽",
            ),
            ("2040-07-09 07:45", 9203, "了解です👍"),
            (
                "2040-07-09 08:10",
                9204,
                "海の日って、レジ袋の無料配布やるんでしたっけ？",
            ),
            (
                "2040-07-09 08:30",
                9202,
                "[rp aid=9204 to={m3}]今年はやらないそうですー。エコバッグの販売だけです",
            ),
            (
                "2040-07-10 12:00",
                9201,
                "【共有】先週の売上ランキングです\n1. 須藤さんのとうもろこし（ゴールドラッシュ）\n2. 梶原さんの中玉トマト\n3. 乙部さんのきゅうりの浅漬け\nいつもありがとうございます🙏",
            ),
            ("2040-07-10 12:20", 9205, "(cracker)"),
            (
                "2040-07-11 19:05",
                9201,
                "台風が近づいてます🌀 13日(金)の朝に警報が出ていたら、搬入は無理しないでください。開店するかどうかは、判断つき次第こちらからお知らせします",
            ),
            (
                "2040-07-11 19:20",
                9203,
                "ありがとうございます。うちのハウスは補強済みなので大丈夫そうです",
            ),
            (
                "2040-07-12 10:00",
                9202,
                "POP手書き用の色ペンとカード、事務所の棚に置いてあります。使いたい方はご自由にどうぞ〜🖍",
            ),
            ("2040-07-12 10:30", 9204, "助かります！"),
            (
                "2040-07-12 15:00",
                9201,
                "本部から出荷者向けの案内が届いたので貼っておきます\n[qt]出荷者各位\n8月出荷分より、袋詰め用ラベルの様式が変わります。新しいラベルは7月末までに各自ご購入ください。\nご不明な点は営農センターまでお問い合わせください。[/qt]\n詳しくは出荷者会議で説明があるそうです",
            ),
            (
                "2040-07-12 15:10",
                9201,
                "【出荷者会議】7/19（木）19:00〜 営農センター2階 大会議室\n※20:30終了予定です",
            ),
            ("2040-07-13 06:40", 9205, "警報は出てないですね。雨も弱めです☔"),
            ("2040-07-13 06:55", 9201, "ありがとうございます。本日は通常営業です！"),
            (
                "2040-07-14 17:30",
                9204,
                "今日、浅漬け完売しました😭 ありがとうございます",
            ),
            (
                "2040-07-14 17:40",
                9205,
                "さすがです！袋詰めとか、手伝えることあったら言ってくださいね",
            ),
            ("2040-07-14 17:45", 9202, "🙇‍♀️✨ お疲れさまでしたー"),
            (
                "2040-07-15 08:00",
                9203,
                "来週から中玉トマトの出荷量が倍くらいになりそうです。ご参考までに🍅",
            ),
            ("2040-07-15 08:20", 9201, "了解です！ありがとうございます"),
        ],
        [],
    ),
    conv(
        "b30ja-11",
        (951011, "『北の窯をたずねて』装丁・本文デザイン"),
        members_b(9211, 9212, 9213, 9214),
        [
            (
                "2040-11-05 10:00",
                9211,
                "[To:9213]日向さん\nお世話になっております。カバーラフの件、著者からOKが出ました🎉\nお手数ですが、帯の文言を差し込んだ版を今週中にいただけますでしょうか。文言は下記です。\n[code]帯表：土と火と、三十年。\n帯裏：全国の小さな窯元 二十二軒を訪ねた記録[/code]",
            ),
            ("2040-11-05 10:30", 9213, "[rp aid=9211 to={m1}]承知しました！"),
            (
                "2040-11-05 14:00",
                9212,
                "本文の初校、印刷所から上がってきました。共有フォルダの「初校」に入れてあります。\n[To:9211]真壁さん　素読みお願いします\n[To:9214]長嶺さん　台割との照合をお願いします\nどちらも来週中で",
            ),
            ("2040-11-05 14:05", 9214, "了解です"),
            (
                "2040-11-08 18:20",
                9213,
                "[rp aid=9211 to={m1}]帯入りの版、金曜がちょっと立て込んでいて…来週火曜でもよろしいでしょうか🙇‍♀️",
            ),
            (
                "2040-11-08 18:40",
                9211,
                "[rp aid=9213 to={m5}]大丈夫です！火曜でお願いします",
            ),
            (
                "2040-11-09 11:00",
                9211,
                "著者の奥寺先生から「著者近影は去年撮ったものに替えてほしい」とのことです。写真は共有フォルダの「近影」に入れました。\n[To:9213]日向さん　この件、月曜までにお願いできますか",
            ),
            ("2040-11-09 11:20", 9213, "👍"),
            (
                "2040-11-12 09:40",
                9213,
                "[rp aid=9211 to={m7}]著者近影、差し替えました。カバー袖のデータも更新済みです",
            ),
            (
                "2040-11-13 16:55",
                9213,
                "[rp aid=9211 to={m1}]帯入りのカバー、共有フォルダに格納しました📁",
            ),
            (
                "2040-11-14 10:00",
                9214,
                "[rp aid=9212 to={m3}]台割との照合、半分終わりました。写真ページのノンブルがずれている箇所が2つあります",
            ),
            (
                "2040-11-14 10:30",
                9212,
                "[rp aid=9214 to={m11}]ありがとう。そこは日向さんに直してもらいましょう。\n[To:9213]日向さん、お手数ですが該当2ページのノンブル修正、明日の15時までにお願いできますか？",
            ),
            ("2040-11-14 11:00", 9213, "[rp aid=9212 to={m12}]対応します！"),
            (
                "2040-11-15 14:20",
                9213,
                "[rp aid=9212 to={m12}]ノンブル2箇所、修正して再入稿しました",
            ),
            (
                "2040-11-16 17:50",
                9211,
                "[rp aid=9212 to={m3}]素読み、終わりませんでした…残り40ページです。来週月曜の午前中には戻します",
            ),
            (
                "2040-11-16 18:05",
                9214,
                "[rp aid=9212 to={m3}]照合完了です。台割どおりになってます（ノンブルは修正済）",
            ),
            (
                "2040-11-19 09:00",
                9212,
                "[To:9213]日向さん\n色校の立ち会いが来月5日(水)10:00からです。帯の特色指定を入れたデータを、来月3日までにご入稿いただけますと幸いです",
            ),
            ("2040-11-19 09:15", 9213, "承知しました🙇‍♀️"),
            (
                "2040-11-20 10:00",
                9212,
                "【共有】12/5の色校立ち会いは、真壁さんと私の2名で行きます。集合は印刷所の受付に9:50です",
            ),
        ],
        [
            task(1, ["帯"], [9213], ("2040-11-13", "Tue"), "done"),
            task(3, ["素読み"], [9211], ("2040-11-19T12:00", "Mon")),
            task(3, ["台割", "照合"], [9214], ("2040-11-16", "Fri"), "done"),
            task(7, ["近影"], [9213], ("2040-11-12", "Mon"), "done"),
            task(12, ["ノンブル"], [9213], ("2040-11-15T15:00", "Thu"), "done"),
            task(17, ["特色"], [9213], ("2040-12-03", "Mon")),
        ],
    ),
    conv(
        "b30ja-12",
        (951012, "港南メッセ 3号館｜春の住まいフェア 設営"),
        members_b(9221, 9222, 9223, 9224, 9225),
        [
            (
                "2040-03-12 09:30",
                9224,
                "[toall]\n港南メッセの宗像です。住まいフェアの搬入は3/23(金)17:00〜22:00です。\n入館証の申請フォーム、今週中に各自ご提出をお願いいたします🙇‍♀️\n※フォームは添付のPDFです",
            ),
            ("2040-03-12 10:02", 9225, "[rp aid=9224 to={m1}]了解です"),
            (
                "2040-03-12 11:15",
                9221,
                "分担です\n担当：井口さん　ブース図面の最終版を会場へ送付（〜3/14）\n担当：早乙女さん　レンタル什器の発注（〜3/15 17:00）\n担当：荒巻さん　分電盤の容量確認おねがいします",
            ),
            ("2040-03-12 11:20", 9223, "承知です！"),
            (
                "2040-03-13 15:40",
                9223,
                "[rp aid=9221 to={m3}]図面の最終版、宗像さん宛てにメールで送付済みです",
            ),
            (
                "2040-03-13 16:05",
                9224,
                "[rp aid=9223 to={m5}]受領しました、ありがとうございます🙇‍♀️",
            ),
            (
                "2040-03-14 10:20",
                9222,
                "[rp aid=9221 to={m3}]什器、レンタル屋さんに電話しましたが担当者が外出中でした…折り返し待ちです",
            ),
            (
                "2040-03-14 14:00",
                9225,
                "[rp aid=9221 to={m3}]分電盤、現地で見ようとしたんですが盤の扉が施錠されてて確認できませんでした🔑",
            ),
            (
                "2040-03-14 14:30",
                9221,
                "[To:9224]宗像さん\n照明の台数が増えたので、仮設電源を1系統追加していただくことって可能ですか？",
            ),
            (
                "2040-03-14 16:30",
                9224,
                "[rp aid=9221 to={m9}]可能です！費用は別途お見積りになります。分電盤の鍵は警備室で貸し出ししています",
            ),
            (
                "2040-03-15 16:50",
                9222,
                "[rp aid=9221 to={m3}]什器、発注かけました。3/23 16:00に搬入口着です🚚",
            ),
            (
                "2040-03-16 09:10",
                9221,
                "[rp aid=9224 to={m1}]入館証のフォーム、弊社チーム分（荒巻さん含む4名）まとめて提出しました",
            ),
            ("2040-03-16 09:30", 9224, "(bow)"),
            (
                "2040-03-19 10:00",
                9224,
                "[rp aid=9221 to={m9}]仮設電源、設置業者に手配かけました。搬入日の午後には使えるようになります",
            ),
            (
                "2040-03-19 13:00",
                9221,
                "出展者マップは、印刷会社から22日(木)に届く予定です",
            ),
            ("2040-03-19 13:05", 9223, "届いたら各ブースに回しておきます！"),
            (
                "2040-03-20 20:00",
                9225,
                "[rp aid=9221 to={m3}]分電盤、明日警備室で鍵を借りて見てきます",
            ),
            ("2040-03-22 18:00", 9225, "明日は17時に搬入口集合で了解です！"),
            (
                "2040-03-23 16:20",
                9223,
                "マップ届いたので、各ブースに配り終わりました✅",
            ),
            ("2040-03-23 16:25", 9221, "👍"),
        ],
        [
            task(1, ["入館証"], [9221, 9223, 9225], ("2040-03-16", "Fri"), "done"),
            task(3, ["図面"], [9223], ("2040-03-14", "Wed"), "done"),
            task(3, ["什器"], [9222], ("2040-03-15T17:00", "Thu"), "done"),
            task(3, ["分電盤"], [9225], ("2040-03-21", "Wed")),
            task(9, ["仮設電源"], [9224], None, "done"),
            task(16, ["ブース"], [9223], None, "done"),
        ],
        self_account_id=9222,
    ),
    conv(
        "b30ja-13",
        (951013, "にしかわ歯科 受付・事務"),
        members_b(9231, 9232, 9233, 9234, 9235),
        [
            (
                "2040-10-01 08:30",
                9235,
                "【予約管理Bot】本日の予約 42件（うち初診 3件）\n※10/8（月・祝）は休診です",
            ),
            (
                "2040-10-01 08:50",
                9232,
                "[To:9233]倉持さん\n10/8休診のお知らせ、待合の掲示を本日17時までに差し替えお願いします🙏",
            ),
            ("2040-10-01 08:52", 9233, "了解です！"),
            ("2040-10-01 12:40", 9233, "[rp aid=9232 to={m2}]掲示、差し替えました📌"),
            (
                "2040-10-02 13:00",
                9231,
                "[toall]\n来月から自費のホワイトニング料金が改定になります。\n各自、新しい料金表（共有フォルダ）に目を通しておいてください。今週中で",
            ),
            ("2040-10-02 15:30", 9234, "料金表、読みました👍"),
            (
                "2040-10-03 10:00",
                9232,
                "お疲れさまです。来週の件まとめます。\n・10/9(火)は連休明けで混みそうなので、受付は2名体制でいきます\n・技工所の集荷は通常どおり16時です\n・新人の佐久間さんは来週から午前のみの勤務です\n[To:9234]立花さん、定期検診のハガキ、11月分の宛名リストを来週火曜までに出していただけますか？",
            ),
            ("2040-10-03 10:20", 9234, "[rp aid=9232 to={m7}]承知です🙆‍♀️"),
            (
                "2040-10-04 09:15",
                9235,
                "【リマインド】10/5(金) 14:00〜15:00 レントゲン室の業者点検です",
            ),
            (
                "2040-10-04 11:00",
                9231,
                "[To:9232]浜口さん\nレセコンの保守契約の更新書類、事務長に回してもらえると助かる。急ぎじゃないけど今月中に",
            ),
            (
                "2040-10-04 11:10",
                9232,
                "[rp aid=9231 to={m10}]承知しました、事務長にお渡ししておきます",
            ),
            (
                "2040-10-04 17:45",
                9233,
                "明日のランチミーティング用に、お弁当6つ予約しておきます🍱",
            ),
            (
                "2040-10-05 09:30",
                9233,
                "[rp aid=9233 to={m12}]ランチミーティング、ディーラーさん都合で流れたので、お弁当は今回見送りにします",
            ),
            (
                "2040-10-05 16:40",
                9233,
                "【依頼】\n[To:9232]浜口さん\n明日の朝イチで、山之内様（10:30ご予約）の保険証の確認お願いできますか？ 前回、期限切れでした",
            ),
            (
                "2040-10-06 10:05",
                9232,
                "[rp aid=9233 to={m14}]山之内様、まだいらしてないので確認できてません…",
            ),
            (
                "2040-10-06 10:50",
                9232,
                "[rp aid=9233 to={m14}]山之内様、新しい保険証を確認済みです✅ コピーも取りました",
            ),
            (
                "2040-10-09 09:05",
                9232,
                "[rp aid=9234 to={m8}]宛名リストの件、どうなってますか？",
            ),
            (
                "2040-10-09 09:30",
                9234,
                "[rp aid=9232 to={m7}]すみません、まだ半分くらいです…明後日まででもいいですか？🙇‍♀️",
            ),
            ("2040-10-09 09:40", 9232, "[rp aid=9234 to={m18}]大丈夫です〜"),
            (
                "2040-10-11 15:00",
                9234,
                "[rp aid=9232 to={m7}]宛名リスト、共有フォルダの「検診ハガキ」に格納しました",
            ),
        ],
        [
            task(2, ["掲示"], [9233], ("2040-10-01T17:00", "Mon"), "done"),
            task(5, ["料金表"], [9232, 9233, 9234], ("2040-10-05", "Fri")),
            task(7, ["宛名リスト"], [9234], ("2040-10-11", "Thu"), "done"),
            task(10, ["更新書類"], [9232], ("2040-10-31", "Wed")),
            task(14, ["保険証"], [9232], ("2040-10-06T10:00", "Sat"), "done"),
        ],
        self_account_id=9235,
    ),
    conv(
        "b30ja-14",
        (951014, "ミナセ精機様 在庫照会システム改修"),
        members_b(9241, 9242, 9243, 9244, 9245),
        [
            (
                "2040-12-17 10:00",
                9244,
                "[To:9241]瀬川さん\nお世話になっております。ミナセ精機の千葉です。\n在庫照会システム改修の受入テストについて、以下お願いできますでしょうか。\n1. テスト環境のURLとアカウントの発行（〜12/19）\n2. 操作説明資料の送付（〜12/21 17:00）\n3. 本番リリース日程のご提案（年内）\n急なお願いで恐縮ですが、よろしくお願いいたします。",
            ),
            (
                "2040-12-17 10:20",
                9241,
                "[rp aid=9244 to={m1}]承知しました。社内で分担して進めます🙇",
            ),
            (
                "2040-12-17 10:40",
                9241,
                task_added(
                    9242,
                    chatwork_lt("2040-12-19"),
                    "ミナセ精機様 受入テスト用アカウント発行",
                    "date",
                ),
            ),
            (
                "2040-12-17 11:00",
                9241,
                "[To:9243]石神さん\n操作説明資料、前回改修のときのをベースに更新してもらえると助かります。金曜17時に先方へ出したいので、20日(木)までにドラフトもらえますか？",
            ),
            ("2040-12-17 11:05", 9243, "[rp aid=9241 to={m4}]了解です、対応します"),
            (
                "2040-12-18 18:30",
                9242,
                task_done(
                    9242,
                    chatwork_lt("2040-12-19"),
                    "ミナセ精機様 受入テスト用アカウント発行",
                    "date",
                ),
            ),
            (
                "2040-12-18 18:45",
                9241,
                "[rp aid=9244 to={m1}]テスト環境のURLとアカウント、小田切様宛てにメールでお送りしました",
            ),
            ("2040-12-19 10:10", 9245, "ログインできました。ありがとうございます！"),
            (
                "2040-12-20 19:00",
                9243,
                "[rp aid=9241 to={m4}]すみません、ドラフト7割くらいまでです…明日の朝イチまででもいいですか？🙏",
            ),
            ("2040-12-20 19:10", 9241, "[rp aid=9243 to={m9}]OKです！"),
            (
                "2040-12-21 09:50",
                9243,
                "[rp aid=9241 to={m4}]ドラフト、共有ドライブの「受入テスト」に上げておきました",
            ),
            (
                "2040-12-21 16:30",
                9241,
                "[rp aid=9244 to={m1}]操作説明資料、送付いたしました。",
            ),
            (
                "2040-12-21 17:20",
                9244,
                "[rp aid=9241 to={m1}]ありがとうございます。リリース日程のご提案ですが、こちらの稼働を考えると、やっぱり年明けで大丈夫です。1/8(火)までにいただけますでしょうか",
            ),
            ("2040-12-21 17:30", 9241, "[rp aid=9244 to={m13}]承知しました🙇"),
            (
                "2040-12-25 11:00",
                9244,
                "[toall]\n【年末年始休業のお知らせ】弊社は12/28(金)〜1/6(日)まで休業いたします。\n休業中のご連絡には、1/7(月)以降に順次対応いたします。",
            ),
            (
                "2040-12-26 15:00",
                9245,
                "【不具合報告】\n受入テストで、在庫一覧のCSV出力をExcelで開くと文字化けします。\n[To:9241]瀬川さん\nお手数ですが、3営業日以内にご対応いただけますでしょうか",
            ),
            (
                "2040-12-26 15:20",
                9241,
                task_added(
                    9242,
                    chatwork_lt("2040-12-28", "15:00"),
                    "CSV出力の文字化け修正（BOM付きUTF-8で出力）",
                    "time",
                ),
            ),
            (
                "2040-12-28 14:10",
                9242,
                task_done(
                    9242,
                    chatwork_lt("2040-12-28", "15:00"),
                    "CSV出力の文字化け修正（BOM付きUTF-8で出力）",
                    "time",
                ),
            ),
            (
                "2040-12-28 14:30",
                9241,
                "[rp aid=9245 to={m16}]CSVの文字化け、修正してテスト環境に反映済みです。よいお年をお迎えください🙇",
            ),
            (
                "2041-01-07 09:30",
                9241,
                "[toall]\n明けましておめでとうございます。本年もどうぞよろしくお願いいたします🎍",
            ),
        ],
        [
            task(1, ["アカウント"], [9241], ("2040-12-19", "Wed"), "done"),
            task(1, ["操作説明資料"], [9241], ("2040-12-21T17:00", "Fri"), "done"),
            task(1, ["リリース日程"], [9241], ("2041-01-08", "Tue")),
            task(3, ["アカウント発行"], [9242], ("2040-12-19", "Wed"), "done"),
            task(4, ["ドラフト"], [9243], ("2040-12-21T10:00", "Fri"), "done"),
            task(16, ["文字化け"], [9241], ("2041-01-04", "Fri"), "done"),
            task(17, ["文字化け"], [9242], ("2040-12-28T15:00", "Fri"), "done"),
        ],
    ),
]


CASES = CASES_A + CASES_B
