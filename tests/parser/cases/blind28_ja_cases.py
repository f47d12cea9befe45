# ruff: noqa: E501
"""Blind set 28, Japanese half: fourteen Chatwork conversations, written blind in two parts
by two helpers at once (b28ja-01 .. -07 and -08 .. -14), each given the same brief and
neither shown the parser, its tests or the other's part. The two parts are joined here
unchanged; each part's own account follows.

Part A
------
Blind set 28, Japanese part A: 7 Chatwork conversations from workplaces not used before.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (build.py) and the first 75
and last 30 lines of blind22_ja_cases.py for the file's shape; nothing under src/, no
other test or case file, no README / BENCHMARKS and no git history were read, and the
parser was never run on these texts. Eight searches were made only to learn how people
phrase things: public GitHub threads (修正しました・対応済み・ご確認お願いします; 引き継ぎ・
不要になりました・クローズ) and public pages (その後いかがでしょうか などの催促の言い方, 期限の
前倒しのお願い, 区役所の要介護認定の窓口, 物流の配車係とドライバーのやり取り, 結婚式プランナー
との打ち合わせと席次表・引出物, 職場の関西弁). Every sentence, person, office, shop,
company, clinic, venue and product is invented and no third-party text is copied. Every
gold due was computed by a throwaway script outside the repo (/tmp/b28/ja_a, datetime +
jpholiday, one function per row of the spec's deadline table), not in the head:
来週火曜 sent on a Wednesday landing on the 国民の休日 (9/22) and then moved by the
assignee's counter-offer 9/24(木) that the requester never answers; 3営業日以内 across the
September holidays (9/18 → 9/28); 週明け across Golden Week (5/1 → 5/7) and across the
天皇誕生日 (2/19 → 2/24, given in an acceptance that moves 〜2/25 one day earlier); 2営業日
以内 across the year-end break (12/28 → 2038-01-05); 今週中 sent on a Monday and on a
Wednesday; 年内; 月末; 明後日の15時; 明日の朝イチ and 明日の午前中 (both as deadlines moved
earlier by the requester); 午前中 in an acceptance; 明日中 / 明日まで in acceptances; M/D
from a list line （〜9/18）, a heading 【〆切 6/12】 and a to-do （〜2/26）; M/D HH:MM (4/30
15:00); 1/4の朝イチ sent in December (→ 2038); Chatwork tasks with ltype=time, ltype=date,
lt=0/none and an old body without ltype. Cancelled tasks are left out of the gold as the
spec drops them (a whole three-line list cancelled at once in b28ja-02, one line of a
two-line list cancelled and handed to someone else in b28ja-07).

Domains: a ward office's 介護保険課 before the September holidays, a wagashi shop with its
department-store fair counter over Golden Week, a renovation company and a condominium
board in Osaka (staff write in Kansai dialect), a university 教務課 in exam week (no
task at all), a logistics centre's dispatch desk across the year-end break (its 配車Bot is
the self account), a dental lab and a partner clinic (the lab head is the self account),
and a wedding venue's planner team.

Covers: to-do lists in several layouts (・…（汐見さん）, ①…〜4/30, 1. 2. 3., → …（門脇さん）,
・… → …（〜2/25）, 担当：… ), a [toall] list whose lines name owners, a list to two [To:]
people, a request plus the sender's own promise in one message (模型もお送りします), work
split between two people in one line (貝塚さんと大西さんで分担して) closed only by a reply
after a bare partial from one of them, a request relayed on behalf of someone else (多田さん
から依頼です, 椎名さんから依頼です), an ask inside a question about details (A4横で足りるかな？
あと…10部刷っといて), implicit work after an upload (上げておきましたので、ご確認お願いします)
closed by 拝見しました, a review reply that also asks for a fix, titles that point at context
(これ after a bot alert), commitments without a time (あとで補充しておきます) and a hedged one
(できれば2営業日以内に…送っておきます), acceptances (承知しました, 対応します, やっとくわ,
了解っす, 引き受けます, あとで送っておきます) that are no new task, a chase (その後いかがでしょうか)
and a third person's reminder (今日〆ですよー, 金曜〆ですよね) that are no task, partial
progress (2か所は連絡済み…さくら包括は不在, 半分くらい, 南側の4軒は, まだ半分, 新婦側の3名分)
and failed attempts (不在でした, 空き車両なし, 留守電でした) that close nothing, completions in
other words (印刷して棚に入れました, 手配かけました, 差し替えました, 入力済み, 送付済み, 見てきたで,
一報済み, 配布済み, 完成しました, 仕上がりました, 受け取ってきました), completions given only by a
file name, a link, a ticket or slip number (納品済 伝票 No.…, 送付済です：….pdf), a task
reported done twice by two people, a completion replying to the wrong message (the
sender's own progress note) that still names the work, a long thread where the work is only
named in the first message (終わりました。), a Chatwork task moved by the assignee
(延ばしてもいいですか) and closed by both a reply and task_done, a task for the human self
account by [To:], a quoted customer question ([qt]) and a pasted 「」 template that ask
nothing, a quote of a completion, roles, offers, conditions, requests to wait and promises
to report (監督補助に入れる方いますか, 何かあればご連絡ください, 少々お待ちください, 分かったら
共有しますね), bot notices and [toall] schedules, and noise (emoji, ー, full-width brackets,
【依頼】, 【共有】, ※, ①②③, ―――). b28ja-04 holds no task at all.

Part B
------
Blind set 28, Japanese half B: seven Chatwork conversations (b28ja-08 .. b28ja-14).

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (build.py) and the first 75
and last 30 lines of blind22_ja_cases.py for the file's shape; nothing under src/, no
other test or case file, no README / BENCHMARKS and no git history were read, and the
parser was never run on these texts. Eight searches were made only to learn how people
phrase things: public GitHub threads (修正しました・ご確認お願いします, 引き継ぎ・担当変更,
不要になりました・取り下げ) and public pages (納期の前倒し・期限延長のお願い, その後いかが
でしょうか などの催促の言い方, ホテル宴会の手配・席次表, 社労士と顧問先の算定基礎届の
やりとり, 食品工場の異物申し出と報告). Every sentence, person, library, company, hotel,
school, garden firm, radio station and product here is invented; no third-party text is
copied. Every gold due was computed by a throwaway script outside the repo
(/tmp/b28/ja_b, datetime + jpholiday, one function per row of the spec's deadline table).

Domains: a 市立図書館 奉仕係 over Golden Week; a 食品メーカー 品質管理課 handling a customer
complaint (Chatwork task markup, ltype=date); a 社労士事務所 and its client company in the
算定基礎届 season (the 所長 is the human self account); a ホテル 宴会課 over the 2037 silver
week (its 宴会Bot is the self account; Chatwork task markup, ltype=time); a 中学校 職員室 at
the end of the second term, crossing into January 2038; a 造園会社 and a homeowner (Kansai
and casual endings); a 地域FM局 制作部 (no task at all).

Covers: dates across holidays and weekends, each computed: 3営業日以内 across 昭和の日
(4/27 → 5/1), across 海の日 (7/16 → 7/22) and across the year-end break (12/25 → 2038-01-05);
週明け after Golden Week (5/1 → 5/7), after the silver week (9/18 → 9/24) and after a plain
weekend (12/18 → 12/21); 今週中 sent on a Monday, a Tuesday, a Wednesday and a Thursday;
来週中, 来週火曜 (sent Mon, Thu, Fri), a bare 金曜 and 金曜15時, 月曜 sent on a Friday, 月末, 年内
(then brought forward by the assignee's hedged たぶん12/25には), 明後日, 明日, 明日の朝イチ,
15時まで, 夕方まで, M/D, M/D HH:MM, a deadline in a heading (【〆切 6/12】) for a two-line list,
（〜M/D）and （〜M/D HH:MM）after to-dos. Commitments without a time or 私 (テプラで作り
直しておきます, 処分場に持ってっときます〜); acceptances with a deadline (できれば今週中にお送り
します, ええですよ、明後日までに出しときますわ) and without (対応します, 刷っときます, 引き取ります,
やっときます〜); requests whose work is implicit (シフト表…上げてあるので、ご確認お願いします,
こちらも入力済みです。チェックお願いします); titles pointing at context (先ほどの件, この件,
the object named in another message); lists in several layouts (・…：早瀬さん, ①②③ with
（〜7/6）, 1. … → 千葉さん（〜12/17）, a line naming the sender); two pieces of work with two
dates in one sentence (資格喪失届を今週中に、離職票は来週火曜までに); work split between two
people in one line (宇野さんと真壁さんで分担して) then reported done twice by the two; a request
passed on for someone else (稲垣さんから依頼です, 親方から依頼です); an ask inside a question
about the work (サイズはA5で合ってますか？あと15時までに60部お願いしますー); a hand-over by reply
(代わりに大友さん…お願いできますか) with the original closed by the requester's 完了 and the
handed-over task by the new assignee; a counter-offer of a day by the assignee that the
requester never answers (5/7でもいいですか？); a postponement asked by the assignee (明日の朝
イチまで延ばしてもいいですか？); a deadline moved earlier by the requester (今週中 → 明日の朝イチ);
cancellations of one task (やっぱり不要になりました) and of a whole ①②③ list at once (上の3点
…すべて不要になりました); chases that are no new task (その後いかがでしょうか, その後どんな感じ
ですか？); reminders by a third person about someone else's task (念のため…今日までです〜);
partial progress and failed attempts that finish nothing (半分ほど終わりました, A〜Hの段まで
貼り替えました。残りは明日やります, まだ半分です, 8割くらいです, 留守電でした, 受付終わって
ました, 社長さん不在で、折り返し待ちです, 担当の方がお休みで); completions in other words
(出しておきました, 格納済です + a file name only, 反映済 → 指示書 No.…, 集計しました → a file
path, 到達番号 …, 送付済みです, 差し替えました, 上げておきました, 送らせてもろてます, 移して
おきました, task_done) including a reply to the wrong message that still names the work
(a reply to the bot's notice; a reply to one's own earlier completion), and a completion
by someone who is not the assignee; a long thread where the task is named only in its first
message; [toall] with and without a self account; quoted requests that are no task (「」 in a
pasted customer request and a notice, [qt] of a listener mail); noise (emoji, 〜, ー,
full-width brackets, 【依頼】, 【連絡】, 【共有】, ※). b28ja-14 holds no task: schedules, FYIs,
an information question, a vague offer (何か手伝えることあったら), a conditional promise to report
(修正が出たら連絡します), a condition (差し替えが必要な方は…声かけてください) and a role ask
(ブース番をお願いできる方いますか？).
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

NAMES = {
    # b28ja-01 区役所 介護保険課
    7801: "大河内 典子",
    7802: "三森 健吾",
    7803: "早瀬 里奈",
    7804: "伊吹 遼",
    7805: "汐見 かおり",
    # b28ja-02 和菓子店 × 百貨店 催事
    7811: "藤野 宗一郎",
    7812: "藤野 まき",
    7813: "笹倉 航",
    7814: "矢吹 真央",
    7815: "小椋 ひなた",
    # b28ja-03 リフォーム会社 × マンション管理組合
    7821: "門脇 隆之",
    7822: "貝塚 千尋",
    7823: "大西 勝也",
    7824: "葛城 昭夫",
    7825: "七瀬 由美",
    # b28ja-04 大学 教務課
    7831: "真壁 弘美",
    7832: "久住 翔太",
    7833: "音羽 涼子",
    7834: "桐谷 みのり",
    7835: "三角 大地",
    # b28ja-05 物流センター 配車係（配車Bot が self account）
    7841: "椎名 剛",
    7842: "宮坂 優斗",
    7843: "乙部 さやか",
    7844: "樋渡 修",
    7845: "配車Bot",
    # b28ja-06 歯科技工所 × 提携医院（所長が self account）
    7851: "源 聡史",
    7852: "蒔田 玲",
    7853: "宇津木 颯",
    7854: "千早 敏行",
    7855: "榊 ゆい",
    # b28ja-07 結婚式場 プランナーチーム
    7861: "鳴海 沙織",
    7862: "綾瀬 拓海",
    7863: "柚木 茜",
    7864: "東條 麗",
    7865: "羽生 大樹",
}


def members(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES[i]) for i in ids]


CASES_A = [
    # 01: ward office, long-term-care insurance section, around the September holidays
    conv(
        "b28ja-01",
        (928001, "介護保険課 認定係"),
        members(7801, 7802, 7803, 7804, 7805),
        [
            (
                "2037-09-16 09:10",
                7801,
                "[toall]\n【依頼】連休前後は窓口が混むので、以下お願いします\n・認定申請書の予備印刷 200部（汐見さん）\n・主治医意見書の未着リスト更新（伊吹さん／〜9/18）\n・包括支援センター3か所へ、連休中の窓口時間の連絡（三森さん）\nよろしくお願いします",
            ),
            ("2037-09-16 09:14", 7805, "承知しました🙆‍♀️"),
            (
                "2037-09-16 09:30",
                7802,
                "[rp aid=7801 to={m1}]包括3か所の件、午前中に電話しておきます",
            ),
            (
                "2037-09-16 11:05",
                7802,
                "[rp aid=7801 to={m1}]ひまわり包括・みなと包括の2か所は連絡済みです。さくら包括は電話しましたが担当の方が不在でした💦",
            ),
            (
                "2037-09-16 14:20",
                7805,
                "[rp aid=7801 to={m1}]申請書200部、印刷して窓口下の棚に入れました",
            ),
            (
                "2037-09-16 14:25",
                7805,
                "あと、窓口の介護保険パンフも残り少なかったので、あとで補充しておきます",
            ),
            (
                "2037-09-16 15:40",
                7801,
                "[To:7803]早瀬さん\n福祉課の多田さんから依頼です。10月の出前講座で使う「介護保険のしくみ」のスライド、昨年度の数字を今年度のものに差し替えてほしいとのこと。来週火曜までにお願いできますか",
            ),
            (
                "2037-09-16 15:52",
                7803,
                "[rp aid=7801 to={m7}]来週火曜って祝日ですよね…？9/24(木)でもよいですか🙇‍♀️",
            ),
            (
                "2037-09-17 09:05",
                7804,
                "未着リスト、半分くらい更新しました。残りは医療機関からの返信待ちです",
            ),
            (
                "2037-09-17 10:30",
                7802,
                "[rp aid=7802 to={m4}]さくら包括、つながりました。連休中の窓口時間お伝えして、これで3か所とも連絡済みです",
            ),
            (
                "2037-09-17 13:00",
                7801,
                "[To:7804]伊吹さん\n未着リストの件、その後いかがでしょうか？",
            ),
            (
                "2037-09-17 13:12",
                7804,
                "[rp aid=7801 to={m11}]残り8件です。いま医療機関に催促の電話を入れているところです",
            ),
            (
                "2037-09-18 09:30",
                7803,
                "[To:7804]伊吹さん、未着リスト今日〆ですよー（係長が朝気にしてました）",
            ),
            (
                "2037-09-18 10:00",
                7801,
                "[To:7802]三森さん\n昨日窓口に来られた坂巻様（区分変更申請）の件、訪問調査の日程調整を3営業日以内にお願いします",
            ),
            ("2037-09-18 10:10", 7802, "承知しました、調整します🙏"),
            (
                "2037-09-18 12:00",
                7801,
                "[toall]\n※連休中の体制です（共有のみ）\n9/19(土)〜9/23(水・祝) 閉庁\n緊急の問い合わせは係長携帯へ転送\n9/24(木) 通常どおり",
            ),
            (
                "2037-09-18 16:45",
                7804,
                "[rp aid=7801 to={m1}]本日到着分まで反映して更新完了です。主治医意見書_未着_0918.xlsx",
            ),
            (
                "2037-09-24 09:20",
                7803,
                "[rp aid=7801 to={m7}]スライド、今年度の数字に差し替えました。多田さんにも送付済みです",
            ),
            (
                "2037-09-24 14:00",
                7802,
                "坂巻様のご家族、電話しましたが留守電でした📞",
            ),
        ],
        [
            task(1, ["申請書"], [7805], None, "done"),
            task(1, ["未着リスト"], [7804], ("2037-09-18", "Fri"), "done"),
            task(1, ["窓口時間"], [7802], ("2037-09-16T12:00", "Wed"), "done"),
            task(6, ["パンフ"], [7805], None),
            task(7, ["スライド"], [7803], ("2037-09-24", "Thu"), "done"),
            task(14, ["調査", "日程"], [7802], ("2037-09-28", "Mon")),
        ],
    ),
    # 02: wagashi shop and a department-store fair counter, Golden Week
    conv(
        "b28ja-02",
        (928002, "菓匠ふじ乃 × 丸栄百貨店 催事"),
        members(7811, 7812, 7813, 7814, 7815),
        [
            (
                "2037-04-24 10:00",
                7814,
                "[To:7811][To:7812]\nいつもお世話になっております。丸栄の矢吹です。5/1〜5/5の「端午の節句 和菓子市」の件で、以下ご準備をお願いいたします。\n① 出店者カード（店名・紹介文100字）のご提出　〜4/30\n② 試食用の柏餅の数量のご連絡\n③ 搬入車両のナンバー登録　〜4/30 15:00",
            ),
            (
                "2037-04-24 10:20",
                7812,
                "[rp aid=7814 to={m1}]承知しました！順次ご用意します🙇",
            ),
            (
                "2037-04-24 11:00",
                7811,
                "[rp aid=7814 to={m1}]試食の数量は明日までにご連絡します",
            ),
            (
                "2037-04-24 13:30",
                7811,
                "[To:7813]笹倉くん\n催事用の柏餅、5/1朝の搬入分で300個。仕込み計画たてといてくれる？",
            ),
            (
                "2037-04-24 13:45",
                7813,
                "[rp aid=7811 to={m4}]了解です、明日中に作ります",
            ),
            (
                "2037-04-25 09:40",
                7811,
                "[rp aid=7814 to={m1}]試食用の数量、こし餡・みそ餡 各25個でメールお送りしました",
            ),
            (
                "2037-04-25 14:00",
                7813,
                "仕込み計画、作りました→ 柏餅_仕込み計画_0501.xlsx",
            ),
            (
                "2037-04-27 10:10",
                7814,
                "[rp aid=7814 to={m1}]①の出店者カードの件、その後いかがでしょうか。館内掲示の校正が早まりまして、恐縮ですが前倒しで明日の午前中までにいただけますでしょうか🙇",
            ),
            (
                "2037-04-27 10:30",
                7812,
                "[rp aid=7814 to={m8}]承知しました！明日の午前中にお送りします",
            ),
            (
                "2037-04-28 09:50",
                7812,
                "[rp aid=7814 to={m1}]出店者カード、先ほどメールで送付しました",
            ),
            (
                "2037-04-28 17:00",
                7814,
                "[To:7811][To:7812]\n好評につき、5/3(日)からの追加販売のご相談です🙏\n1. 追加の柏餅 100個（5/3 朝イチ搬入）\n2. のぼり旗の持ち込み\n3. 販売スタッフ1名の増員\nご検討のうえ、ご対応お願いいたします",
            ),
            (
                "2037-04-29 10:00",
                7811,
                "[rp aid=7814 to={m1}]搬入車両、品川 480 あ 12-34 で登録フォームに入力済みです",
            ),
            (
                "2037-04-29 10:20",
                7812,
                "[rp aid=7814 to={m1}]車両ナンバー、私の方でも登録しておきました（同じ内容です）💦",
            ),
            (
                "2037-04-30 11:00",
                7814,
                "[To:7811][To:7812]\nお客様から以下のお問い合わせがありました（ご参考まで）\n[qt]当日、のし紙をお付けして地方発送していただくことはできますか？[/qt]\n発送は館のギフトカウンターで承りますので、御社でのご対応は不要です",
            ),
            (
                "2037-04-30 15:00",
                7811,
                "[To:7815]小椋さん\n催事のお品書き、A4横で足りるかな？あと明日の朝イチまでに10部刷っといてもらえる？",
            ),
            ("2037-04-30 15:10", 7815, "A4横で大丈夫だと思います！刷っときます〜"),
            (
                "2037-05-01 08:30",
                7815,
                "[rp aid=7811 to={m15}]お品書き10部、刷って催事場のレジ横に置きました",
            ),
            (
                "2037-05-01 18:00",
                7814,
                "[rp aid=7814 to={m11}]大変申し訳ございません。館の都合で追加販売そのものが中止となりました。上の3点、すべて不要です🙇",
            ),
            (
                "2037-05-01 19:00",
                7812,
                "[To:7815]小椋さん、催事5日間の売上日報の集計、週明けにお願いできますか🙏",
            ),
            ("2037-05-01 19:05", 7815, "はい！🙆‍♀️"),
        ],
        [
            task(1, ["出店者カード"], [7811, 7812], ("2037-04-28T12:00", "Tue"), "done"),
            task(1, ["試食"], [7811, 7812], ("2037-04-25", "Sat"), "done"),
            task(1, ["車両"], [7811, 7812], ("2037-04-30T15:00", "Thu"), "done"),
            task(4, ["仕込み計画"], [7813], ("2037-04-25", "Sat"), "done"),
            task(15, ["お品書き"], [7815], ("2037-05-01T10:00", "Fri"), "done"),
            task(19, ["売上"], [7815], ("2037-05-07", "Thu")),
        ],
    ),
    # 03: renovation company and a condominium board, Osaka, November (staff talk in Kansai dialect)
    conv(
        "b28ja-03",
        (928003, "ハイツ北摂 大規模修繕（管理組合 × 住まい工房いなほ）"),
        members(7821, 7822, 7823, 7824, 7825),
        [
            (
                "2037-11-02 09:00",
                7824,
                "[To:7821][To:7822]\nお世話になります、理事長の葛城です。先日の理事会で出た件です。\n→ 工事期間中の掲示板用お知らせ文案（貝塚さん）\n→ 駐輪場の仮置き場所の図面（門脇さん）\nどちらも来週火曜の理事会に間に合えば大丈夫です",
            ),
            (
                "2037-11-02 09:20",
                7821,
                "[rp aid=7824 to={m1}]承知しました。図面は私の方でご用意します",
            ),
            (
                "2037-11-02 10:30",
                7821,
                "[To:7823]大西さん\n307号室の浴室、床下点検口の位置、今週中に見てきてくれへん？",
            ),
            ("2037-11-02 10:40", 7823, "了解っす👍"),
            (
                "2037-11-04 08:50",
                7822,
                "[rp aid=7824 to={m1}]お知らせ文案、作成しました。共有フォルダに上げておきましたので、ご確認お願いします🙏",
            ),
            (
                "2037-11-04 12:00",
                7821,
                "[To:7822][To:7823]\n来週の足場搬入の前に、近隣の戸建て8軒へのあいさつ回り、貝塚さんと大西さんで分担して今週中に頼むわ",
            ),
            ("2037-11-04 12:05", 7823, "[rp aid=7821 to={m6}]おっけー、やっとくわ"),
            ("2037-11-04 12:10", 7822, "はーい🙆‍♀️"),
            (
                "2037-11-05 17:10",
                7823,
                "[rp aid=7821 to={m3}]307の点検口、見てきたで。洗面台の下やった。写真はフォルダに入れといた",
            ),
            (
                "2037-11-05 17:30",
                7822,
                "あいさつ回り、南側の4軒は終わりました！",
            ),
            (
                "2037-11-06 16:00",
                7823,
                "[rp aid=7821 to={m6}]北側4軒も回ったで。これで8軒全部完了や👍 留守の2軒はポストにチラシ入れといた",
            ),
            (
                "2037-11-09 09:00",
                7824,
                "[rp aid=7822 to={m5}]文案拝見しました。2行目の「騒音」を「作業音」に直していただけますか。それ以外は大丈夫です",
            ),
            (
                "2037-11-09 10:15",
                7822,
                "[rp aid=7824 to={m12}]差し替えました→ https://files.inaho-reform.example.jp/s/k7Qm2",
            ),
            (
                "2037-11-09 15:00",
                7821,
                "[rp aid=7824 to={m1}]駐輪場の図面、まだ半分です。明日の理事会には間に合わせます",
            ),
            (
                "2037-11-10 11:00",
                7821,
                "[rp aid=7824 to={m1}]仮置き場所の図面、完成しました📐 PDFは共有フォルダに入れてます",
            ),
            (
                "2037-11-10 11:20",
                7824,
                "ありがとうございます。今晩の理事会、よろしくお願いします",
            ),
            (
                "2037-11-10 11:30",
                7825,
                "会計の七瀬です。今晩の理事会は19時から集会室です（共有まで）",
            ),
            (
                "2037-11-12 10:00",
                7821,
                "[To:7822]千尋ちゃん、管理組合さんへの中間請求書、月末までに出しといてや",
            ),
            ("2037-11-12 10:05", 7822, "はーい、やっときます〜"),
        ],
        [
            task(1, ["文案"], [7822], ("2037-11-10", "Tue"), "done"),
            task(1, ["図面"], [7821], ("2037-11-10", "Tue"), "done"),
            task(3, ["点検口"], [7823], ("2037-11-06", "Fri"), "done"),
            task(5, ["文案"], [7824], None, "done"),
            task(6, ["あいさつ回り"], [7822, 7823], ("2037-11-06", "Fri"), "done"),
            task(12, ["作業音"], [7822], None, "done"),
            task(18, ["請求書"], [7822], ("2037-11-30", "Mon")),
        ],
    ),
    # 04: university academic affairs office in exam week: no task at all
    conv(
        "b28ja-04",
        (928004, "教務課 履修・試験係"),
        members(7831, 7832, 7833, 7834, 7835),
        [
            (
                "2037-07-13 08:50",
                7831,
                "おはようございます。今週から前期試験期間です。よろしくお願いします🙇",
            ),
            ("2037-07-13 09:05", 7832, "おはようございます！よろしくお願いします"),
            (
                "2037-07-13 10:20",
                7833,
                "【共有】追試験の申請期間は 7/27(月)〜7/31(金) です。掲示は昨日の夕方に貼り替え済みです",
            ),
            (
                "2037-07-13 11:00",
                7834,
                "学生さんから窓口で「レポート提出のポータルが開かない」と言われたのですが、同じような問い合わせ、他にも来てますか？",
            ),
            (
                "2037-07-13 11:10",
                7835,
                "[rp aid=7834 to={m4}]昼前に一時的に落ちていたようです。今は復旧してます。原因を調べているので少々お待ちください。分かったら共有しますね",
            ),
            (
                "2037-07-13 11:12",
                7834,
                "[rp aid=7835 to={m5}]ありがとうございます、助かります！",
            ),
            (
                "2037-07-14 09:30",
                7831,
                "[toall]\n7/16(木)の3限、講堂の試験で監督補助に入れる方いますか？",
            ),
            ("2037-07-14 09:45", 7832, "3限なら空いてます🙋‍♂️"),
            ("2037-07-14 09:50", 7831, "[rp aid=7832 to={m8}]ありがとう、助かります🙏"),
            (
                "2037-07-15 13:00",
                7833,
                "成績入力の締切って、非常勤の先生方も8/5でしたっけ？",
            ),
            (
                "2037-07-15 13:05",
                7831,
                "[rp aid=7833 to={m10}]非常勤の先生は8/7です。要項の4ページにあります",
            ),
            (
                "2037-07-15 16:00",
                7835,
                "教務システムのメンテナンスのお知らせです。\n日時：7/18(土) 22:00〜翌2:00\n※この間、履修・成績の画面は使えません",
            ),
            (
                "2037-07-16 10:00",
                7834,
                "学生向け掲示のひな型、参考に貼っておきます👇\n――――\n「追試験を希望する学生は、所定の申請書に診断書等を添えて、期間内に教務課窓口へ提出してください。」\n――――",
            ),
            (
                "2037-07-16 15:30",
                7832,
                "監督補助、終わりました。講堂の忘れ物（傘1本）は窓口で預かってます",
            ),
            (
                "2037-07-17 15:00",
                7831,
                "来週月曜（7/20）は海の日でお休みです。火曜は通常どおり開室します。何かあれば私の携帯までご連絡ください",
            ),
            ("2037-07-17 15:10", 7833, "了解です〜"),
            (
                "2037-07-17 17:30",
                7835,
                "[rp aid=7834 to={m4}]ポータルの件、原因はアクセス集中でした。サーバー増強済みなので、もう同じことは起きないはずです",
            ),
            ("2037-07-17 17:35", 7834, "了解しました、ありがとうございます！🙏"),
        ],
        [],
    ),
    # 05: logistics centre dispatch desk across the year-end break; its dispatch bot is the self account
    conv(
        "b28ja-05",
        (928005, "関東第二センター 配車係"),
        members(7841, 7842, 7843, 7844, 7845),
        [
            (
                "2037-12-21 08:30",
                7845,
                "[info][title]【遅延アラート】厚木第3便[/title]到着予定 11:40 → 13:10（東名上り 渋滞）[/info]",
            ),
            (
                "2037-12-21 08:35",
                7841,
                "[rp aid=7845 to={m1}][To:7842]宮坂さん\nこれ、荷主さんに一報入れといてください",
            ),
            (
                "2037-12-21 08:50",
                7842,
                "[rp aid=7841 to={m2}]一報済みです。先方了解とのことです",
            ),
            (
                "2037-12-21 09:00",
                7841,
                "[toall]\n年末年始の臨時便の件です。各自、担当荷主さんの年始初回便の希望日を、年内に配車表へ入力しておいてください",
            ),
            (
                "2037-12-21 09:20",
                7841,
                task_added(
                    7842,
                    chatwork_lt("2037-12-24", "17:00"),
                    "チャーター便（12/28 横浜→厚木 4t）の傭車手配",
                    "time",
                ),
            ),
            ("2037-12-21 09:25", 7842, "対応します💪"),
            (
                "2037-12-22 10:00",
                7842,
                "傭車の件、丸信運輸さんに電話しましたが、年末で空き車両なしとのことでした😢",
            ),
            (
                "2037-12-22 11:30",
                7844,
                "[To:7843]乙部さん\n椎名さんから依頼です。12/26(土)の棚卸しの前に、フォークリフト2台の点検記録を12/25までに出してほしいとのことです",
            ),
            ("2037-12-22 11:40", 7843, "[rp aid=7844 to={m8}]承知しました🙆‍♀️"),
            (
                "2037-12-23 15:00",
                7842,
                "[rp aid=7841 to={m5}]傭車、ひかり急送さんで手配かけました。配車番号 HK-1228-04",
            ),
            (
                "2037-12-23 15:01",
                7842,
                task_done(
                    7842,
                    chatwork_lt("2037-12-24", "17:00"),
                    "チャーター便（12/28 横浜→厚木 4t）の傭車手配",
                    "time",
                ),
            ),
            (
                "2037-12-24 09:00",
                7843,
                "[rp aid=7844 to={m8}]点検記録、提出済みです（FL点検_1224.pdf）",
            ),
            (
                "2037-12-24 10:00",
                7841,
                task_added(7843, chatwork_lt("2037-12-28"), "年始1/4便の配車表 作成", "date"),
            ),
            (
                "2037-12-24 10:30",
                7843,
                "[rp aid=7841 to={m13}]すみません、28日は棚卸しの片付けで手が回らなそうです…年明けの1/4の朝イチまで延ばしてもいいですか？",
            ),
            (
                "2037-12-25 17:30",
                7841,
                "[toall]\n今年の営業は12/28まで、年始は1/4からです。年末年始の緊急連絡先は事務所の掲示板に貼ってあります。今年もお疲れさまでした！",
            ),
            (
                "2037-12-28 16:00",
                7843,
                "[rp aid=7841 to={m4}]三栄食品さんは1/5、トモエ製菓さんは1/6で入力しました",
            ),
            (
                "2037-12-28 16:30",
                7842,
                "年始の運賃改定のご案内、できれば2営業日以内に荷主さん3社へ送っておきます",
            ),
            (
                "2038-01-04 09:50",
                7843,
                "[rp aid=7841 to={m13}]1/4便の配車表、作成してドライバーさんに配布済みです",
            ),
            (
                "2038-01-04 09:51",
                7843,
                task_done(7843, chatwork_lt("2037-12-28"), "年始1/4便の配車表 作成", "date"),
            ),
            (
                "2038-01-04 10:30",
                7845,
                "[info][title]本日の配車状況[/title]稼働 42台 ／ 臨時便 3便 ／ 遅延なし[/info]",
            ),
            (
                "2038-01-05 11:00",
                7842,
                "[rp aid=7842 to={m17}]運賃改定のご案内、3社とも送付済みです📨",
            ),
        ],
        [
            task(2, ["荷主"], [7842], None, "done"),
            task(4, ["初回便"], [7842, 7843, 7844], ("2037-12-31", "Thu")),
            task(5, ["傭車"], [7842], ("2037-12-24T17:00", "Thu"), "done"),
            task(8, ["点検記録"], [7843], ("2037-12-25", "Fri"), "done"),
            task(13, ["配車表"], [7843], ("2038-01-04T10:00", "Mon"), "done"),
            task(17, ["運賃"], [7842], ("2038-01-05", "Tue"), "done"),
        ],
        self_account_id=7845,
    ),
    # 06: dental lab and a partner clinic in June; the lab head is the self account
    conv(
        "b28ja-06",
        (928006, "ラボ・ミナモト × さかえ歯科"),
        members(7851, 7852, 7853, 7854, 7855),
        [
            (
                "2037-06-08 09:10",
                7854,
                "[To:7851][To:7852]\n【〆切 6/12】\n患者ID 2087 様、右下6番のジルコニアクラウン、再製作をお願いします。咬合がやや高かったので、対合の模型も一緒にお送りします",
            ),
            (
                "2037-06-08 09:30",
                7852,
                "[rp aid=7854 to={m1}]承知しました。模型が届きましたら着手します",
            ),
            (
                "2037-06-08 15:00",
                7855,
                "[rp aid=7854 to={m1}]対合の模型、本日ゆうパックで発送済みです。お問い合わせ番号 5521-8830-1147",
            ),
            (
                "2037-06-09 10:00",
                7853,
                "[To:7852]蒔田さん、さかえ歯科さんの再製作、金曜〆ですよね。模型は今朝届いてました📦",
            ),
            ("2037-06-09 10:05", 7852, "ありがとうございます🙏"),
            (
                "2037-06-09 11:00",
                7854,
                "[To:7853]宇津木さん\n別件です。患者ID 2114 様の上顎の義歯、人工歯の色を A3 に変更していただけますか？明後日の15時までにお願いします",
            ),
            (
                "2037-06-09 11:10",
                7853,
                "[rp aid=7854 to={m6}]承知しました。A3の在庫もありました👍",
            ),
            (
                "2037-06-10 09:00",
                7854,
                "[rp aid=7854 to={m6}]すみません、患者さんの来院が早まりました。義歯の件、前倒しで明日の朝イチまでにお願いできますか🙏",
            ),
            (
                "2037-06-10 09:20",
                7853,
                "[rp aid=7854 to={m8}]了解です、明日朝イチでお届けします",
            ),
            (
                "2037-06-10 14:00",
                7851,
                "[toall]\n6/15(月)〜6/16(火)は石膏トラップの業者点検のため、午前中の受付を止めます。急ぎの症例は事前にご相談ください",
            ),
            (
                "2037-06-11 08:40",
                7853,
                "[rp aid=7854 to={m6}]納品済　伝票 No.DL-0611-203",
            ),
            (
                "2037-06-11 13:00",
                7854,
                "[To:7851]源さん\n来月から保険のCAD/CAM冠の依頼が増えそうです。料金表の最新版を送っていただけますか",
            ),
            (
                "2037-06-11 13:30",
                7851,
                "[rp aid=7854 to={m12}]承知しました。あとで送っておきます",
            ),
            (
                "2037-06-12 10:00",
                7852,
                "[rp aid=7854 to={m1}]再製作、まだ半分ほどです。咬合面の調整中です",
            ),
            (
                "2037-06-12 16:30",
                7852,
                "[rp aid=7854 to={m1}]仕上がりました！本日の便で発送しました🚚",
            ),
            (
                "2037-06-12 16:35",
                7851,
                "[rp aid=7854 to={m1}]2087様の件、発送まで完了しています。よろしくお願いいたします",
            ),
            (
                "2037-06-15 09:00",
                7851,
                "[rp aid=7854 to={m12}]送付済です：料金表_2037年7月改定.pdf",
            ),
            (
                "2037-06-15 09:30",
                7854,
                "[qt][qtmeta aid=7851 time={t17}]送付済です：料金表_2037年7月改定.pdf[/qt]受け取りました。ありがとうございます",
            ),
            (
                "2037-06-15 10:00",
                7851,
                task_added(7853, 0, "さかえ歯科様 6月分の請求書作成", "none"),
            ),
            ("2037-06-15 10:05", 7853, "了解です"),
        ],
        [
            task(1, ["再製作"], [7851, 7852], ("2037-06-12", "Fri"), "done"),
            task(1, ["模型"], [7854], None, "done"),
            task(6, ["人工歯"], [7853], ("2037-06-11T10:00", "Thu"), "done"),
            task(12, ["料金表"], [7851], None, "done"),
            task(19, ["請求書"], [7853], None),
        ],
        self_account_id=7851,
    ),
    # 07: wedding venue planner team before a late-February wedding
    conv(
        "b28ja-07",
        (928007, "ヴィラ・セレスト 2/28 藤堂・仁科家"),
        members(7861, 7862, 7863, 7864, 7865),
        [
            (
                "2037-02-16 10:00",
                7861,
                "[To:7863]柚木さん\n藤堂様・仁科様の席次表、ゲストの肩書きが何か所か古いままなので、修正を今週中にお願いします",
            ),
            ("2037-02-16 10:10", 7863, "承知しました"),
            (
                "2037-02-17 10:00",
                7861,
                task_added(
                    7864,
                    chatwork_lt("2037-02-20"),
                    "新婦様 お色直しドレスの裾上げ手配",
                    None,
                ),
            ),
            (
                "2037-02-17 10:30",
                7864,
                "[rp aid=7861 to={m3}]承知しました〜、アトリエ・ミモザさんにお願いしておきます",
            ),
            (
                "2037-02-17 14:00",
                7863,
                "[rp aid=7861 to={m1}]新婦側の3名分は直しました。新郎側は新郎様のお返事待ちです",
            ),
            (
                "2037-02-18 11:00",
                7862,
                "[rp aid=7863 to={m5}]これ、新郎様からさっき電話でお返事ありました。会社名は「株式会社アルセア」で合ってるそうです",
            ),
            ("2037-02-18 11:05", 7863, "[rp aid=7862 to={m6}]助かります！"),
            (
                "2037-02-19 09:00",
                7862,
                "[To:7865]羽生さん\n2/28の藤堂・仁科家、アレルギー対応の件です。\n・甲殻類NGのゲスト2名 → 代替メニューの決定（〜2/25）\n・乳幼児2名分のお子様プレート手配\nお願いします🙏",
            ),
            (
                "2037-02-19 09:30",
                7865,
                "[rp aid=7862 to={m8}]代替メニューは週明けに料理長と決めます。お子様プレートはいつもので手配かけときます〜",
            ),
            (
                "2037-02-19 12:00",
                7861,
                "[To:7862][To:7863]\n2/28の件、以下お願いします\n担当：綾瀬さん　ウェルカムボードの受け取り（〜2/26）\n担当：柚木さん　司会者さんとの最終打ち合わせの日程調整",
            ),
            (
                "2037-02-19 12:20",
                7862,
                "[rp aid=7861 to={m10}]すみません、2/26は別の披露宴のヘルプで一日出られないです…",
            ),
            (
                "2037-02-19 12:40",
                7861,
                "[rp aid=7862 to={m10}]了解です、綾瀬さんのボード受け取りは取り消しにします。\n[To:7864]東條さん、代わりにウェルカムボードの受け取りお願いできますか？2/26までで大丈夫です",
            ),
            (
                "2037-02-19 13:00",
                7864,
                "[rp aid=7861 to={m12}]大丈夫です！引き受けます",
            ),
            ("2037-02-19 16:50", 7863, "[rp aid=7861 to={m1}]終わりました。"),
            (
                "2037-02-20 10:00",
                7863,
                "司会の小日向さん、電話しましたが不在でした。折り返し待ちです",
            ),
            (
                "2037-02-20 18:00",
                7864,
                task_done(
                    7864,
                    chatwork_lt("2037-02-20"),
                    "新婦様 お色直しドレスの裾上げ手配",
                    None,
                ),
            ),
            (
                "2037-02-24 15:00",
                7865,
                "[rp aid=7862 to={m8}]甲殻類の代替、料理長と決めました。白身魚のポワレに差し替えです",
            ),
            ("2037-02-24 17:00", 7862, "[rp aid=7865 to={m17}]ありがとうございます！"),
            (
                "2037-02-26 11:00",
                7864,
                "ウェルカムボード、受け取ってきました🎉 控室に置いてます",
            ),
        ],
        [
            task(1, ["席次表"], [7863], ("2037-02-20", "Fri"), "done"),
            task(3, ["裾上げ"], [7864], ("2037-02-20", "Fri"), "done"),
            task(8, ["代替メニュー"], [7865], ("2037-02-24", "Tue"), "done"),
            task(8, ["お子様プレート"], [7865], None),
            task(10, ["司会"], [7863], None),
            task(12, ["ボード"], [7864], ("2037-02-26", "Thu"), "done"),
        ],
    ),
]


NAMES_B = {
    # 928008 市立図書館 奉仕係
    7881: "沢渡 里美",
    7882: "国枝 陽太",
    7883: "入江 千晶",
    7884: "牧野 航",
    7885: "稲垣 夏帆",
    # 928009 食品メーカー 品質管理課
    7891: "長嶺 徹",
    7892: "早瀬 美月",
    7893: "坂口 大地",
    7894: "篠田 律子",
    7895: "谷本 勇",
    # 928010 社労士事務所 × 顧問先（self = 所長）
    7901: "藤見 恭子",
    7902: "宇野 健",
    7903: "真壁 あかり",
    7904: "大崎 文子",
    7905: "丸山 修二",
    # 928011 ホテル 宴会課（self = 宴会Bot）
    7911: "久世 雅人",
    7912: "樋渡 理沙",
    7913: "大友 蓮",
    7914: "桐生 大悟",
    7915: "仲宗根 玲奈",
    7916: "宴会Bot",
    # 928012 中学校 職員室（学期末）
    7921: "蓮見 博之",
    7922: "大橋 佳代",
    7923: "千葉 亮",
    7924: "森脇 さやか",
    7925: "今泉 翔",
    # 928013 造園会社 × 施主
    7931: "関 源次郎",
    7932: "戸倉 悠斗",
    7933: "相馬 里奈",
    7934: "日下部 直子",
    # 928014 地域FM局 制作（no task）
    7941: "宍戸 健吾",
    7942: "三輪 ほのか",
    7943: "芦田 純平",
    7944: "堀之内 真紀",
    7945: "栗林 誠",
}


def members_b(*ids: int) -> list[tuple[int, str]]:
    return [(i, NAMES_B[i]) for i in ids]


CASES_B = [
    conv(
        "b28ja-08",
        (928008, "水城市立図書館｜奉仕係"),
        members_b(7881, 7882, 7883, 7884, 7885),
        [
            (
                "2037-04-27 09:10",
                7881,
                "[toall]\n【依頼】連休中の返却ポスト当番、シフト表を作りました。共有フォルダ（奉仕係/2037GW）に上げてあるので、ご確認お願いします🙏",
            ),
            ("2037-04-27 09:25", 7882, "了解です"),
            (
                "2037-04-27 10:02",
                7881,
                "[To:7883]入江さん\n児童書コーナーの除籍候補リスト、3営業日以内に作ってもらえますか。基準は前回と同じで大丈夫です",
            ),
            (
                "2037-04-27 10:30",
                7884,
                "予約本の取置き棚、ラベルが剥がれかけてるのでテプラで作り直しておきます",
            ),
            (
                "2037-04-27 11:15",
                7885,
                "[To:7881]沢渡さん\n移動図書館の5月の巡回表、ひばり台公民館から「日程の変更があれば4/30までにご連絡ください」と来ています。うちは変更なしで大丈夫ですよね？",
            ),
            (
                "2037-04-27 11:20",
                7881,
                "[rp aid=7885 to={m5}] はい、変更なしでOKです。あと巡回表、公民館に置く用に5部コピーしてもらえますか",
            ),
            (
                "2037-04-27 13:40",
                7881,
                "[rp aid=7881 to={m6}] さっきのコピー、やっぱり不要になりました🙏 公民館さんの方で刷ってくれるそうです",
            ),
            ("2037-04-28 16:40", 7883, "[rp aid=7881 to={m3}] 半分ほど終わりました。"),
            (
                "2037-04-28 17:05",
                7881,
                "[toall]\n連休中の開館予定です\n・4/29（水・祝）通常開館 9:00〜17:00\n・5/3（日）〜5/6（水）休館\n※返却ポストの当番はシフト表のとおりです",
            ),
            (
                "2037-04-30 10:00",
                7884,
                "[rp aid=7884 to={m4}] A〜Hの段まで貼り替えました。残りは明日やります",
            ),
            (
                "2037-04-30 15:30",
                7883,
                "[rp aid=7881 to={m3}] すみません、連休前には終わりそうにないです…5/7でもいいですか？",
            ),
            (
                "2037-04-30 15:45",
                7882,
                "[To:7884]牧野さん\n稲垣さんから依頼です🙏 おはなし会で使う大型絵本（10冊）、今週中に書庫から出しておいてほしいとのことです。お願いします",
            ),
            (
                "2037-05-01 09:30",
                7884,
                "[rp aid=7882 to={m12}] 出しておきました！カウンター裏の台車に載せてます",
            ),
            (
                "2037-05-01 10:10",
                7881,
                "[To:7882]国枝さん\nこども読書週間の展示の来館者アンケート、集計を週明けにお願いできますか。用紙は事務室の青いファイルです",
            ),
            ("2037-05-01 10:15", 7882, "承知しました"),
            (
                "2037-05-07 09:05",
                7885,
                "[To:7882]国枝さん 念のため、アンケートの集計は今日までです〜",
            ),
            (
                "2037-05-07 11:20",
                7883,
                "[rp aid=7881 to={m3}] 終わりました！フォルダに入れてあります📁",
            ),
            (
                "2037-05-07 16:50",
                7882,
                "[rp aid=7881 to={m14}] 集計しました → 共有/展示/アンケート集計_0507.xlsx",
            ),
            ("2037-05-07 17:00", 7881, "ありがとうございます！助かりました"),
        ],
        [
            task(1, ["シフト表"], [7882, 7883, 7884, 7885], None),
            task(3, ["除籍候補"], [7883], ("2037-05-07", "Thu"), "done"),
            task(4, ["ラベル"], [7884], ("2037-05-01", "Fri")),
            task(12, ["大型絵本"], [7884], ("2037-05-01", "Fri"), "done"),
            task(14, ["アンケート"], [7882], ("2037-05-07", "Thu"), "done"),
        ],
    ),
    conv(
        "b28ja-09",
        (928009, "ひなた食品 品質管理課"),
        members_b(7891, 7892, 7893, 7894, 7895),
        [
            (
                "2037-06-08 09:00",
                7891,
                "[To:7892][To:7893]\n【〆切 6/12】お客様相談室から回ってきた異物のお申し出（冷凍たこ焼き 賞味期限2037.11.20）の件、以下お願いします。\n・調査報告書のまとめ：早瀬さん\n・保管サンプルの確認：坂口さん",
            ),
            ("2037-06-08 09:05", 7892, "承知しました"),
            (
                "2037-06-08 09:40",
                7893,
                "[rp aid=7891 to={m1}] 了解です、サンプル見ておきます",
            ),
            (
                "2037-06-08 10:15",
                7894,
                "相談室からの転送です。お申し出のお客様のご要望は「原因が分かったら書面で回答してほしい。できれば来週中にお願いします」とのことです",
            ),
            (
                "2037-06-09 13:00",
                7891,
                "[To:7895]谷本さん\n製造日（5/28）の3号ラインの金属検出機の記録、出してもらえますか？今週中だと助かります",
            ),
            ("2037-06-09 13:20", 7895, "[rp aid=7891 to={m5}] おけです、探しときます"),
            (
                "2037-06-10 10:00",
                7891,
                "[rp aid=7891 to={m5}] すみません、報告書の締めが前倒しになりそうなので、記録は明日の朝イチでお願いできますか🙏",
            ),
            (
                "2037-06-10 11:30",
                7893,
                "[rp aid=7891 to={m1}] 保管サンプル、同じロットの3袋とも確認しました。異常なしです。写真は共有フォルダに入れてます",
            ),
            (
                "2037-06-10 14:00",
                7892,
                "[To:7894]篠田さん\nお客様への一次連絡の電話、15時までにお願いできますか。報告書より先に一報入れておきたいので",
            ),
            (
                "2037-06-10 15:05",
                7894,
                "[rp aid=7892 to={m9}] お電話しましたが留守電でした…また後でかけ直します",
            ),
            (
                "2037-06-10 17:20",
                7894,
                "[rp aid=7892 to={m9}] つながりました。お詫びと、いま調査中である旨をお伝え済みです",
            ),
            (
                "2037-06-11 09:50",
                7895,
                "[rp aid=7891 to={m5}] 3号ラインの記録、スキャンして共有フォルダに上げておきました",
            ),
            (
                "2037-06-11 10:30",
                7891,
                task_added(
                    7893,
                    chatwork_lt("2037-06-19"),
                    "3号ライン 再発防止策の案を作成",
                    "date",
                ),
            ),
            (
                "2037-06-11 16:00",
                7891,
                "[To:7892]早瀬さん\n報告書、その後いかがでしょうか？詰まってるところがあれば言ってください",
            ),
            (
                "2037-06-11 16:20",
                7892,
                "[rp aid=7891 to={m14}] 8割くらいです、もう少しです🙇",
            ),
            (
                "2037-06-12 11:40",
                7892,
                "[rp aid=7891 to={m1}] 品質調査報告書_たこ焼き_0612.pdf 格納済です",
            ),
            (
                "2037-06-16 17:00",
                7893,
                task_done(
                    7893,
                    chatwork_lt("2037-06-19"),
                    "3号ライン 再発防止策の案を作成",
                    "date",
                ),
            ),
            ("2037-06-16 17:10", 7891, "皆さんありがとうございました！"),
        ],
        [
            task(1, ["報告書"], [7892], ("2037-06-12", "Fri"), "done"),
            task(1, ["サンプル"], [7893], ("2037-06-12", "Fri"), "done"),
            task(5, ["金属検出機"], [7895], ("2037-06-11T10:00", "Thu"), "done"),
            task(9, ["電話"], [7894], ("2037-06-10T15:00", "Wed"), "done"),
            task(13, ["再発防止策"], [7893], ("2037-06-19", "Fri"), "done"),
        ],
    ),
    conv(
        "b28ja-10",
        (928010, "【ふじみ社労士事務所】丸和工務店さま"),
        members_b(7901, 7902, 7903, 7904, 7905),
        [
            (
                "2037-07-01 09:30",
                7902,
                "[To:7904]大崎様\n算定基礎届の準備で、以下のご提出をお願いいたします。\n① 4〜6月分の賃金台帳（〜7/6）\n② 6月末時点の在籍者一覧（〜7/6）\n③ 5月以降の入社・退社者の一覧（〜7/6）",
            ),
            ("2037-07-01 09:45", 7904, "[rp aid=7902 to={m1}] 承知しました、揃えます"),
            (
                "2037-07-01 11:00",
                7901,
                "[To:7902][To:7903]\n丸和さんの算定、宇野さんと真壁さんで分担して、7/8までに入力をお願いします",
            ),
            ("2037-07-01 11:05", 7903, "了解です！"),
            (
                "2037-07-01 14:20",
                7905,
                "[To:7901]藤見先生\n来月から入るパートさん2名分の雇用契約書、ひな形をいただけますか。できれば来週中で🙏",
            ),
            (
                "2037-07-01 14:40",
                7901,
                "[rp aid=7905 to={m5}] 承知しました。できれば今週中にお送りします",
            ),
            (
                "2037-07-02 10:00",
                7902,
                "[rp aid=7902 to={m1}] 大崎様、上の3点ですが、給与ソフトの共有設定でこちらから直接見られることが分かりましたので、ご提出はすべて不要になりました。お手数をおかけしました🙇",
            ),
            ("2037-07-02 10:10", 7904, "承知しました！助かります😊"),
            (
                "2037-07-03 16:30",
                7901,
                "[rp aid=7905 to={m5}] 雇用契約書（パート用）のひな形、メールでお送りしました",
            ),
            (
                "2037-07-06 09:15",
                7904,
                "[To:7902]宇野さん\n6月末で1名（工事部 石黒）退職しています。資格喪失届を今週中に、離職票は来週火曜までにお願いできますか？",
            ),
            (
                "2037-07-06 09:30",
                7902,
                "[rp aid=7904 to={m10}] 承知しました、対応します",
            ),
            ("2037-07-08 17:30", 7903, "[rp aid=7901 to={m3}] 入力終わりました！"),
            (
                "2037-07-08 17:50",
                7902,
                "[rp aid=7901 to={m3}] こちらも入力済みです。チェックお願いします",
            ),
            (
                "2037-07-09 10:00",
                7901,
                "[rp aid=7902 to={m13}] 見ました、問題なしです。金曜までに電子申請で提出お願いします",
            ),
            (
                "2037-07-10 11:00",
                7902,
                "[rp aid=7901 to={m14}] 電子申請で提出しました。到達番号 20370710-0042",
            ),
            (
                "2037-07-10 11:20",
                7902,
                "[rp aid=7904 to={m10}] 資格喪失届、提出済みです",
            ),
            (
                "2037-07-13 09:00",
                7903,
                "[toall]\n7/20（月・祝）は事務所休業です。お急ぎの件は7/17までにご連絡ください",
            ),
            (
                "2037-07-16 09:50",
                7904,
                "8月に2名の入社が決まりました！工事部と総務に1名ずつです",
            ),
            (
                "2037-07-16 10:00",
                7904,
                "[To:7903]真壁さん\n先ほどの件、入社時に必要な書類一式を3営業日以内に送っていただけますか🙏",
            ),
            ("2037-07-16 10:05", 7903, "[rp aid=7904 to={m19}] 承知しました！"),
        ],
        [
            task(3, ["入力"], [7902, 7903], ("2037-07-08", "Wed"), "done"),
            task(5, ["ひな形"], [7901], ("2037-07-03", "Fri"), "done"),
            task(10, ["資格喪失届"], [7902], ("2037-07-10", "Fri"), "done"),
            task(10, ["離職票"], [7902], ("2037-07-14", "Tue")),
            task(13, ["チェック"], [7901], None, "done"),
            task(14, ["提出"], [7902], ("2037-07-10", "Fri"), "done"),
            task(19, ["書類"], [7903], ("2037-07-22", "Wed")),
        ],
        self_account_id=7901,
    ),
    conv(
        "b28ja-11",
        (928011, "ホテル潮見ヶ丘 宴会課"),
        members_b(7911, 7912, 7913, 7914, 7915, 7916),
        [
            (
                "2037-09-14 09:00",
                7916,
                "[toall]\n【本日の宴会】\n・鳳凰の間 18:00〜 相良建設様 創立30周年記念パーティー（120名）\n・桔梗の間 12:00〜 ご法要後のお食事会（24名）\n※人数の変更は予約システムに反映済みです",
            ),
            (
                "2037-09-14 09:30",
                7911,
                "[To:7912]樋渡さん\n9/26の篠崎様・水原様の披露宴、席次表の最終版を先方へ送付お願いします。9/18 15:00までで",
            ),
            ("2037-09-14 09:35", 7912, "[rp aid=7911 to={m2}] 対応します"),
            (
                "2037-09-14 11:00",
                7913,
                "[To:7915]仲宗根さん\n今夜の相良様のメニュー表、サイズはA5で合ってますか？あと15時までに60部お願いしますー🙏",
            ),
            (
                "2037-09-14 11:10",
                7915,
                "[rp aid=7913 to={m4}] A5で合ってます！刷っときます",
            ),
            (
                "2037-09-14 13:20",
                7911,
                "[To:7914]桐生料理長\n相良様、アレルギーの方が3名（えび・かに）です。夕方までに厨房の指示書への反映をお願いします",
            ),
            (
                "2037-09-14 14:40",
                7915,
                "[rp aid=7913 to={m4}] 60部刷って、控室の棚に置いておきました",
            ),
            (
                "2037-09-14 15:30",
                7914,
                "[rp aid=7911 to={m6}] 反映済 → 指示書 No.0914-07",
            ),
            (
                "2037-09-15 10:00",
                7911,
                task_added(
                    7913,
                    chatwork_lt("2037-09-17", "17:00"),
                    "桔梗の間 プロジェクターの交換手配",
                    "time",
                ),
            ),
            (
                "2037-09-15 17:45",
                7912,
                "[rp aid=7911 to={m2}] すみません、明日から3日間研修で不在になります🙇 席次表の件、代わりに[To:7913]大友さん、金曜15時までにお願いできますか？",
            ),
            ("2037-09-15 17:50", 7913, "[rp aid=7912 to={m10}] 引き取ります！"),
            (
                "2037-09-16 16:00",
                7913,
                "施設課に連絡しましたが、担当の方がお休みで明日折り返しだそうです",
            ),
            (
                "2037-09-17 11:30",
                7913,
                task_done(
                    7913,
                    chatwork_lt("2037-09-17", "17:00"),
                    "桔梗の間 プロジェクターの交換手配",
                    "time",
                ),
            ),
            (
                "2037-09-18 13:10",
                7913,
                "[rp aid=7912 to={m10}] 席次表、先方へ送付済みです📨",
            ),
            (
                "2037-09-18 13:30",
                7911,
                "[rp aid=7911 to={m2}] この件、大友さんの方で送付済みなので完了です。大友さんありがとう！",
            ),
            (
                "2037-09-18 16:00",
                7911,
                "[To:7915]仲宗根さん\n10月の宴会プラン料金表、差し替え版を週明けにWeb担当へ渡してください",
            ),
            ("2037-09-18 16:05", 7915, "承知です〜"),
            (
                "2037-09-24 09:00",
                7916,
                "[toall]\n【本日の宴会】\n・牡丹の間 18:30〜 市内経営者クラブ例会（40名）",
            ),
            (
                "2037-09-24 10:20",
                7915,
                "[rp aid=7916 to={m18}] 10月の料金表、差し替えました！Web担当さんにも渡し済みです",
            ),
            (
                "2037-09-24 10:40",
                7911,
                "[To:7912]樋渡さん\nおかえりなさい！研修の報告書、来週火曜までに出してください",
            ),
        ],
        [
            task(2, ["席次表"], [7912], ("2037-09-18T15:00", "Fri"), "done"),
            task(4, ["メニュー表"], [7915], ("2037-09-14T15:00", "Mon"), "done"),
            task(6, ["指示書"], [7914], ("2037-09-14T17:00", "Mon"), "done"),
            task(9, ["プロジェクター"], [7913], ("2037-09-17T17:00", "Thu"), "done"),
            task(10, ["席次表"], [7913], ("2037-09-18T15:00", "Fri"), "done"),
            task(16, ["料金表"], [7915], ("2037-09-24", "Thu"), "done"),
            task(20, ["報告書"], [7912], ("2037-09-29", "Tue")),
        ],
        self_account_id=7916,
    ),
    conv(
        "b28ja-12",
        (928012, "みなと台中学校 職員室（2学年・教務）"),
        members_b(7921, 7922, 7923, 7924, 7925),
        [
            (
                "2037-12-14 08:10",
                7922,
                "2学年 学期末のToDoです\n1. 成績一覧表の印刷 → 千葉さん（〜12/17）\n2. 大掃除の分担表づくり → 今泉さん（〜12/16 15:00）\n3. 保護者会の案内文の修正 → 大橋",
            ),
            ("2037-12-14 08:15", 7925, "了解っす！"),
            ("2037-12-14 08:20", 7923, "[rp aid=7922 to={m1}] 1. 了解です"),
            (
                "2037-12-14 16:00",
                7921,
                "【連絡】12/24（木）は午後から大掃除、終業式は12/25（金）9:00〜体育館です",
            ),
            (
                "2037-12-15 16:30",
                7922,
                "[rp aid=7922 to={m1}] 3. 案内文、直して教頭先生の机に置きました",
            ),
            (
                "2037-12-16 13:00",
                7923,
                "[To:7925]今泉さん 念のため、大掃除の分担表は今日の15時〆です〜",
            ),
            (
                "2037-12-16 14:50",
                7925,
                "[rp aid=7922 to={m1}] 分担表できました！学年の掲示板に貼ってあります",
            ),
            (
                "2037-12-16 15:30",
                7921,
                "[To:7923]千葉先生\n3学期の時間割（案）、できれば年内にもらえると助かります。たたき台で大丈夫です",
            ),
            (
                "2037-12-16 15:40",
                7923,
                "[rp aid=7921 to={m8}] たぶん12/25には出せると思います",
            ),
            (
                "2037-12-17 09:00",
                7923,
                "[rp aid=7922 to={m1}] 成績一覧、学年分刷り終わりました。職員室の棚です",
            ),
            (
                "2037-12-18 17:30",
                7922,
                "[To:7925]今泉さん\n学年通信の冬休み号、原稿を共有フォルダに上げました。誤字チェックを週明けにお願いします🙏",
            ),
            (
                "2037-12-21 08:30",
                7925,
                "[rp aid=7922 to={m11}] すみません、まだ半分です💦 明日の朝イチまで延ばしてもいいですか？",
            ),
            (
                "2037-12-21 09:00",
                7921,
                "[To:7923]千葉先生 時間割の件、その後どんな感じですか？急ぎではないです",
            ),
            (
                "2037-12-21 09:10",
                7923,
                "[rp aid=7921 to={m13}] 月・火の枠で調整中です、もう少しお待ちください🙏",
            ),
            (
                "2037-12-22 09:40",
                7925,
                "[rp aid=7922 to={m11}] チェック終わりました！赤ペンで入れてあります",
            ),
            (
                "2037-12-25 15:00",
                7923,
                "[rp aid=7921 to={m8}] 時間割のたたき台、共有ドライブに上げておきました",
            ),
            (
                "2037-12-25 15:20",
                7921,
                "[To:7924]森脇先生\n保健だより1月号の原稿、3営業日以内にいただけますか",
            ),
            (
                "2037-12-25 15:30",
                7924,
                "[rp aid=7921 to={m17}] 承知しました、年明けすぐ出します",
            ),
            (
                "2038-01-05 10:10",
                7924,
                "[rp aid=7921 to={m17}] 原稿、送付済みです🙏 遅くなりました",
            ),
            (
                "2038-01-05 10:30",
                7921,
                "ありがとうございます。3学期もよろしくお願いします",
            ),
        ],
        [
            task(1, ["成績一覧"], [7923], ("2037-12-17", "Thu"), "done"),
            task(1, ["分担表"], [7925], ("2037-12-16T15:00", "Wed"), "done"),
            task(1, ["案内文"], [7922], None, "done"),
            task(8, ["時間割"], [7923], ("2037-12-25", "Fri"), "done"),
            task(11, ["誤字"], [7925], ("2037-12-22T10:00", "Tue"), "done"),
            task(17, ["保健だより"], [7924], ("2038-01-05", "Tue"), "done"),
        ],
    ),
    conv(
        "b28ja-13",
        (928013, "日下部様邸 お庭工事（みどり庭苑）"),
        members_b(7931, 7932, 7933, 7934),
        [
            (
                "2037-11-02 19:30",
                7934,
                "[To:7931]関さん\nお世話になります。先日のお見積もり拝見しました。生垣の撤去は今回なしにして、その分ウッドデッキ前の砂利敷きを追加で見積もっていただけますか？",
            ),
            (
                "2037-11-02 20:05",
                7931,
                "[rp aid=7934 to={m1}] ええですよ、明後日までに出しときますわ",
            ),
            (
                "2037-11-03 08:00",
                7932,
                "[To:7931]親方\n先週の剪定ゴミ、まだ荷台に残ってるんで処分場に持ってっときます〜",
            ),
            (
                "2037-11-04 17:40",
                7931,
                "[rp aid=7934 to={m1}] 砂利敷き追加の見積書、相馬からメールで送らせてもろてます",
            ),
            (
                "2037-11-05 09:00",
                7934,
                "[rp aid=7931 to={m4}] 見ました！これでOKです。工事は11/14の土曜からで大丈夫ですか？",
            ),
            ("2037-11-05 09:30", 7931, "[rp aid=7934 to={m5}] 14日からで大丈夫です👍"),
            (
                "2037-11-06 10:00",
                7933,
                "[To:7932]戸倉くん\n親方から依頼です。砂利（五分砕石）2トン、石材屋さんへの発注を来週火曜までにお願い〜",
            ),
            (
                "2037-11-06 10:20",
                7932,
                "[rp aid=7933 to={m7}] 了解っす、やっときます〜",
            ),
            (
                "2037-11-06 16:00",
                7932,
                "[rp aid=7932 to={m3}] 処分場持っていったら今日の受付終わってました…月曜また行きます",
            ),
            (
                "2037-11-09 11:00",
                7932,
                "[rp aid=7932 to={m3}] 剪定ゴミ、処分してきました〜",
            ),
            (
                "2037-11-09 11:30",
                7932,
                "[rp aid=7933 to={m7}] 石材屋さんに電話したら社長さん不在で、折り返し待ちです",
            ),
            (
                "2037-11-09 17:20",
                7932,
                "[rp aid=7932 to={m10}] 砂利、発注しました！火曜の午後着です",
            ),
            (
                "2037-11-10 20:00",
                7934,
                "[To:7931]関さん\nもう一つすみません。デッキ横の物置、工事のときに移動してもらえますか？重くて私では動かせなくて💦",
            ),
            (
                "2037-11-10 20:30",
                7931,
                "[rp aid=7934 to={m13}] ええですよ、うちの若いのでやっときます",
            ),
            (
                "2037-11-12 09:00",
                7933,
                "[To:7934]日下部様\n工事中の駐車についてご案内です。11/14〜11/20の間、ガレージ前に作業車を1台停めさせていただきます。ご不便をおかけします🙇",
            ),
            (
                "2037-11-14 16:30",
                7932,
                "[rp aid=7934 to={m13}] 物置、デッキの反対側に移しておきました！中身はそのままです",
            ),
            (
                "2037-11-14 17:00",
                7931,
                "[To:7933]相馬さん\n今日の作業写真、月末までに施主さん用のアルバムにまとめといてくれるか",
            ),
            ("2037-11-14 17:05", 7933, "承知しました〜"),
            (
                "2037-11-20 15:00",
                7934,
                "皆さん、本当にありがとうございました！見違えました🌿",
            ),
        ],
        [
            task(1, ["見積"], [7931], ("2037-11-04", "Wed"), "done"),
            task(3, ["剪定ゴミ"], [7932], ("2037-11-09", "Mon"), "done"),
            task(7, ["砂利"], [7932], ("2037-11-10", "Tue"), "done"),
            task(13, ["物置"], [7931], None, "done"),
            task(17, ["アルバム"], [7933], ("2037-11-30", "Mon")),
        ],
    ),
    conv(
        "b28ja-14",
        (928014, "コミュニティFMみずうみ 制作部"),
        members_b(7941, 7942, 7943, 7944, 7945),
        [
            (
                "2037-08-03 10:00",
                7941,
                "おはようございます。今週の収録スケジュールです\n・8/4（火）14:00〜『ひるまえラジオ』ゲスト：駅前商店街の和菓子屋さん\n・8/6（木）10:00〜 防災特番のナレーション録り\n※スタジオBは空調点検のため8/5は使えません",
            ),
            ("2037-08-03 10:05", 7942, "ありがとうございます！了解です"),
            (
                "2037-08-03 11:20",
                7944,
                "リスナーさんからのメール共有です。\n[qt]「毎朝聴いてます。今年の夏祭りの日程を番組で紹介してもらえませんか？チラシを局に送ります」[/qt]\n実行委員会さんには営業から連絡済みです",
            ),
            ("2037-08-03 11:30", 7941, "了解です。夏祭りって8/22でしたっけ？"),
            ("2037-08-03 11:32", 7944, "[rp aid=7941 to={m4}] 8/22（土）です！"),
            (
                "2037-08-04 16:10",
                7943,
                "和菓子屋さんの回、無事終わりました。ゲストの方すごく話し上手でした😊 編集済みの音源はいつものフォルダにあります",
            ),
            (
                "2037-08-04 16:15",
                7942,
                "お疲れさまでした〜🍡 お土産のどら焼き、冷蔵庫に入ってます",
            ),
            (
                "2037-08-05 09:00",
                7945,
                "【共有】8/11（火・祝）は送信所の定期点検で、0:00〜5:00停波します。番組への影響はありません",
            ),
            ("2037-08-05 09:10", 7941, "承知しました🙏"),
            (
                "2037-08-05 13:00",
                7944,
                "来月の特番、スポンサー候補の件で何か手伝えることあったら言ってください！",
            ),
            (
                "2037-08-05 13:30",
                7942,
                "防災特番の原稿って、最新版どこにありましたっけ？",
            ),
            (
                "2037-08-05 13:35",
                7943,
                "[rp aid=7942 to={m11}] 共有ドライブの「防災特番2037」フォルダの中です！",
            ),
            (
                "2037-08-06 11:45",
                7941,
                "ナレーション録り、お疲れさまでした。修正が出たら連絡します",
            ),
            (
                "2037-08-06 12:00",
                7945,
                "スタジオAの卓、3chのフェーダーにガリが出てます。メーカーさんの点検は来週木曜に決まってます",
            ),
            (
                "2037-08-07 17:30",
                7941,
                "番組表の差し替えが必要な方は、今月中に声かけてください",
            ),
            (
                "2037-08-07 17:40",
                7944,
                "夏祭り中継の日、ブース番をお願いできる方いますか？",
            ),
            (
                "2037-08-07 17:45",
                7943,
                "[rp aid=7944 to={m16}] 22日はほかの中継が入ってて…すみません🙏",
            ),
            (
                "2037-08-07 18:00",
                7941,
                "皆さん今週もお疲れさまでした！来週は山の日で火曜がお休みです。よい週末を〜",
            ),
        ],
        [],
    ),
]


CASES = CASES_A + CASES_B
