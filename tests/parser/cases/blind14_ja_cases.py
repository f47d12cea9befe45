# ruff: noqa: E501
"""Blind set 14, Japanese half: 14 Chatwork conversations from workplaces far from software.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (build.py) and the first
lines of blind13_ja_cases.py for the file's shape; nothing under src/, no other test
file and no notes were read, and the parser was never run on these texts. Ten searches
of public pages and Japanese threads (催促・リマインド例文, 期限延長のお願い, 進捗報告, 断り方,
Chatworkの返信と引用, 社内依頼メール, 歯科受付の連絡, 引越し当日の段取り, 完了報告と
「遅くなりすみません」, キャンセルの言い方) were used only to learn how people phrase asks,
promises, reports, postponements and refusals; every sentence, person, shop and company
here is invented. Every gold due was computed by a throwaway script outside the repo
(datetime + jpholiday: business days, 週明け, 今週中 on a Saturday, M/D across the year
end, 12-29..01-03), not in the head. Cancelled tasks are left out of the gold, as the
spec drops them.

Domains: a dental clinic, a moving company, a temple festival committee, a law office,
a translation agency, a hair-salon chain, a university lab, a municipal library, a
construction site office, a catering firm (with its own order bot as the self account),
a used-car dealer, a strawberry growers' co-op, a nursery school and a real-estate
agency.

Covers: terse and implicit asks (ご確認お願いします after 修正しました, 〜が必要です,
〜待ちです, 〜してもらえますか？, 〜してほしいですー), commitments without 私 or a time
(業者呼びますね, 渡しておきます, 確認しておきます, 私がやります), to-do blocks with 担当／期限,
（名前さん）, 「名前：」 lines and (~12/24) / （朝イチ） suffixes, several tasks in one
message and in one sentence, a commitment and an ask for another member in one message
(commitment → sender even with [To:]), acceptances whose deadline becomes the task's,
new deadlines and cancellations by [rp] and [qt][qtmeta], asks for more time, negated,
half and future completion that close nothing, completion in other words, a bare
"my part is done" on a task with several assignees, a bare completion from someone
with two open tasks, [To:] / [toall] with a self bot account / [rp] assignees,
Chatwork task markup (ltype date / time / none, task_done), and deadlines from every
family of the table (今日中, 本日中, 明日中, 明後日, N日以内, N営業日以内 across 春分の日,
Golden Week and the year end, bare weekday sent on that day, 来週水曜, 再来週の月曜,
今週中 sent on a Saturday, 来週中, 週明け after a Monday holiday, 月末, 来月中, 来月１日,
年内, M/D and M/D(曜) across the year end, YYYY/M/D, 全角 digits, 午前中, 朝イチ, 夕方,
午後3時, 定時, なる早 = null). Noise: greetings, thanks that start with a name, FYI,
schedules, questions for information, promises to report, requests to wait, offers and
conditions, roles, quoted customer and parent requests, pasted notices, emoji,
:shortcode:, (bow). Three conversations (b14ja-03, -08, -12) hold no task at all.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    1701: "井口 正樹",
    1702: "大塚 奈々",
    1703: "グエン ティ ラン",
    1704: "松尾 かすみ",
    1705: "北条 剛",
    1706: "坂口 大地",
    1707: "宮本 彩花",
    1708: "カルロス 翔",
    1709: "浜田 恵子",
    1710: "大森 慈恵",
    1711: "川島 義男",
    1712: "野口 里美",
    1713: "ハリス 健太",
    1714: "石井 拓",
    1715: "森川 隆之",
    1716: "宇野 千尋",
    1717: "鈴村 綾",
    1718: "大野 翼",
    1719: "リー 美帆",
    1720: "沢井 美鈴",
    1721: "ベッカー 亮",
    1722: "中西 理恵",
    1723: "横山 大輔",
    1724: "藤井 玲奈",
    1725: "本田 ゆうき",
    1726: "ジョンソン 舞",
    1727: "近藤 涼",
    1728: "安西 誠一",
    1729: "平野 若菜",
    1730: "パク ミンジュン",
    1731: "小島 陸",
    1732: "水谷 葵",
    1733: "長谷川 洋子",
    1734: "今井 颯太",
    1735: "シュミット 由佳",
    1736: "大西 琴音",
    1737: "工藤 剛志",
    1738: "三浦 健",
    1739: "吉川 まい",
    1740: "アリ ハサン",
    1741: "桑田 修",
    1742: "ハレノヒ受注bot",
    1743: "小松 千夏",
    1744: "原田 光",
    1745: "岡本 真由",
    1746: "ミラー 彩",
    1747: "斎藤 和也",
    1748: "西村 健二",
    1749: "堀 沙耶",
    1750: "タパ ラジ",
    1751: "内田 翔太",
    1752: "坂本 勝",
    1753: "田辺 美代子",
    1754: "ロペス 大和",
    1755: "中川 博",
    1756: "片山 典子",
    1757: "村上 由美",
    1758: "林 夏美",
    1759: "ウォン 美玲",
    1760: "佐々木 秀子",
    1761: "長谷 亜希子",
    1762: "福田 悠真",
    1763: "ヤマモト エリカ",
    1764: "石川 修",
    1765: "秋山 望",
}


def M(*ids):
    return [(i, P[i]) for i in ids]


CASES = [
    # b14ja-01 (dental clinic, January): 週明け sent Thu 1/10 when Monday 1/14 is
    # 成人の日 -> Tue 1/15; a question-form ask with [To:] (依頼してもらえますか？);
    # a declarative ask with nobody named (発注が必要ですー -> assignees []), closed by
    # a reply from someone else (発注かけました: the work's verb in the past); an
    # acceptance without a time (no new task, due kept); 本日中 -> that day; a bare
    # 全員おわりましたー from 1703, whose only open task is the reminder calls -> done;
    # 依頼済みです by reply -> done. Noise: snow FYI, visit schedule, a permission
    # question and its answer, a thank-you that starts with a name, a meeting time with
    # a conditional offer (議題あれば事前にどうぞ).
    conv(
        "b14ja-01",
        (98001, "ひまわり歯科 スタッフ連絡"),
        M(1701, 1702, 1703, 1704),
        [
            (
                "2030-01-10 08:45",
                1702,
                "おはようございます！今日は午後から雪予報なので、キャンセルの電話が増えるかもです⛄",
            ),
            (
                "2030-01-10 08:52",
                1701,
                "[To:1704]松尾さん\n技工所に仮歯の再製作を依頼してもらえますか？週明けまでに手配できると助かります",
            ),
            (
                "2030-01-10 08:56",
                1704,
                "[rp aid=1701 to={m2}]井口 正樹さん\n承知しました、あとで技工所に電話入れます(bow)",
            ),
            ("2030-01-10 09:10", 1703, "滅菌パックの在庫、残り２箱です。発注が必要ですー"),
            ("2030-01-10 09:12", 1702, "[rp aid=1703 to={m4}]いつもの業者さんで大丈夫ですか？"),
            ("2030-01-10 09:14", 1703, "[rp aid=1702 to={m5}]はい、いつものところでOKです"),
            (
                "2030-01-10 11:30",
                1702,
                "[rp aid=1703 to={m4}]発注かけました！連休明けの火曜に届くそうです",
            ),
            ("2030-01-10 13:05", 1701, "午後の訪問診療は２号車で出ます。戻りは16時ごろの予定"),
            (
                "2030-01-11 09:02",
                1702,
                "[To:1703]グエンさん\n明日(土)は午前のみの診療です。ご予約の患者さまへのリマインド電話、本日中にお願いできますか？",
            ),
            ("2030-01-11 09:05", 1703, "[rp aid=1702 to={m9}]了解です！"),
            (
                "2030-01-11 15:40",
                1704,
                "[rp aid=1701 to={m2}]技工所に依頼済みです。仕上がったら向こうから連絡くれるそうです",
            ),
            (
                "2030-01-11 16:10",
                1703,
                "リマインド電話、全員おわりましたー 2名キャンセルで枠あいてます",
            ),
            ("2030-01-11 16:12", 1701, "グエンさん、ありがとう！助かります"),
            (
                "2030-01-11 16:20",
                1701,
                "来週の院内ミーティングは水曜13時からです。議題あれば事前にどうぞ",
            ),
        ],
        [
            task(2, ["仮歯"], [1704], ("2030-01-15", "Tue"), "done"),
            task(4, ["滅菌パック"], [], None, "done"),
            task(9, ["リマインド"], [1703], ("2030-01-11", "Fri"), "done"),
        ],
    ),
    # b14ja-02 (moving company, Golden Week): a 【依頼】 block with 担当／期限 and
    # full-width dates gives three tasks, one of them owned by the sender (担当：北条);
    # ４／２６ sent 4/25 -> 4/26. The assignee's negated report by reply (まだ終わって
    # ません) closes nothing and asks for more time; the requester's reply to the task
    # message (期限を５／７に変更します) moves the due to 5/7. ３営業日以内 sent Tue 4/30
    # skips 5/3-5/6 (憲法記念日, weekend, 振替休日) -> Tue 5/7. Bare completions close the
    # sender's only open task each time (再送しました, シフト確定しました + the list,
    # 積み込み完了です). Noise: a case list, a question for information, an offer with a
    # condition (足りなそうなら言ってください), an FYI about invoices, a time check, thanks.
    conv(
        "b14ja-02",
        (98002, "みなと引越センター 配車連絡"),
        M(1705, 1706, 1707, 1708, 1709),
        [
            (
                "2030-04-25 09:00",
                1705,
                "お疲れ様です。GW中の案件まとめです\n５/３ 佐伯様 ２ｔ\n５/４ 丸山様 ４ｔ\n５/６ 小池様 単身パック",
            ),
            (
                "2030-04-25 09:05",
                1705,
                "【依頼】\n・丸山様の見積書の再送　担当：宮本さん／期限：４／２６\n・資材の積み込み（段ボール５０枚）　担当：坂口さん／期限：５／２\n・GWの作業員シフト確定　担当：北条",
            ),
            ("2030-04-25 09:20", 1707, "[rp aid=1705 to={m2}]承知です！"),
            (
                "2030-04-25 09:40",
                1708,
                "５/４の丸山様、エレベーターなしの４階らしいです。人数足りますかね？",
            ),
            (
                "2030-04-25 09:46",
                1705,
                "[rp aid=1708 to={m4}]４名で組む予定です。足りなそうなら言ってください",
            ),
            (
                "2030-04-26 10:15",
                1707,
                "丸山様に見積書を再送しました。受け取りのご連絡もいただいてます",
            ),
            (
                "2030-04-26 11:00",
                1709,
                "事務からです。５月分から請求書のフォーマットが変わります。詳細はメールで送ってます",
            ),
            (
                "2030-04-30 16:30",
                1706,
                "[rp aid=1705 to={m2}]すみません、資材の積み込みまだ終わってません💦 倉庫の入荷待ちで…期限、５/７まで延ばしてもらえませんか？",
            ),
            (
                "2030-04-30 16:34",
                1705,
                "[rp aid=1705 to={m2}]了解です、積み込みの期限を５／７に変更します",
            ),
            (
                "2030-04-30 17:10",
                1705,
                "[To:1709]浜田さん\n連休明けの請求処理、３営業日以内に締めてもらえると助かります🙏",
            ),
            ("2030-04-30 17:15", 1709, "[rp aid=1705 to={m10}]承知しました〜"),
            (
                "2030-05-02 08:30",
                1708,
                "おはようございます。明日の佐伯様、現地は８時着で大丈夫ですか？",
            ),
            ("2030-05-02 08:41", 1705, "[rp aid=1708 to={m12}]はい、８時着で大丈夫です"),
            (
                "2030-05-02 09:00",
                1705,
                "GWの作業員シフト確定しました。共有します\n５/３ 坂口・カルロス\n５/４ 坂口・カルロス・応援２名\n５/６ カルロス",
            ),
            (
                "2030-05-07 18:05",
                1706,
                "資材の積み込み完了です！段ボール５０枚、トラックに載せました",
            ),
            ("2030-05-07 18:12", 1705, "坂口さん、ありがとうございます！助かりました🙇"),
        ],
        [
            task(2, ["見積書"], [1707], ("2030-04-26", "Fri"), "done"),
            task(2, ["積み込み"], [1706], ("2030-05-07", "Tue"), "done"),
            task(2, ["シフト"], [1705], None, "done"),
            task(10, ["請求"], [1709], ("2030-05-07", "Tue"), "open"),
        ],
    ),
    # b14ja-03 (temple festival committee): NO TASK. A festival date that describes the
    # event; pasted minutes in [info] (a message that does what it announces); a
    # neighbourhood association's request forwarded inside 「」 with its own deadline
    # (a quote asks for nothing); questions for information and their answers; a role
    # (受付係をお願いできる方いらっしゃいますか？ names no work); a vague offer; a greeting
    # passed on from the priest; a promise to report (決まったらお知らせします); a rain
    # plan FYI; a conditional ask (不足している備品があれば…教えてくださいね); emoji.
    conv(
        "b14ja-03",
        (98003, "蓮光寺 夏まつり実行委員会"),
        M(1710, 1711, 1712, 1713, 1714),
        [
            (
                "2030-07-01 19:30",
                1710,
                "皆さまお疲れさまです。今年の夏まつりは8/24(土)開催で決まりました🎆",
            ),
            (
                "2030-07-01 19:32",
                1710,
                "去年の反省点を貼っておきます\n[info][title]2029 反省メモ[/title]・屋台の電源が足りなかった\n・ゴミの分別表示が小さかった\n・迷子の呼び出しに時間がかかった[/info]",
            ),
            ("2030-07-01 19:40", 1712, "ありがとうございます！去年は本当に暑かったですね😅"),
            (
                "2030-07-01 19:45",
                1711,
                "町内会から届いたお願いをそのまま転送します\n「駐車場の誘導係を２名出していただけますでしょうか。7月20日までにご回答をお願いいたします」",
            ),
            ("2030-07-01 19:50", 1713, "誘導係って去年は何時から何時まででしたっけ？"),
            (
                "2030-07-01 19:55",
                1711,
                "[rp aid=1713 to={m5}]16時から21時までです。途中で交代ありでした",
            ),
            ("2030-07-01 20:02", 1714, "焼きそばの鉄板、去年はどこから借りたんでしたっけ？"),
            ("2030-07-01 20:05", 1712, "[rp aid=1714 to={m7}]酒屋の吉岡さんのところです！"),
            ("2030-07-01 20:10", 1710, "受付係をお願いできる方いらっしゃいますか？"),
            ("2030-07-01 20:15", 1713, "手伝えることあったら何でも言ってください👍"),
            ("2030-07-03 10:00", 1710, "住職より「今年もよろしくお願いします」とのことです(bow)"),
            ("2030-07-03 10:20", 1711, "誘導係の件は、町内会の役員会で決まったらお知らせします"),
            ("2030-07-03 10:30", 1714, "了解です！"),
            ("2030-07-05 21:00", 1712, "雨天の場合は本堂で縮小開催だそうです☔"),
            ("2030-07-05 21:05", 1710, "不足している備品があれば遠慮なく教えてくださいね"),
        ],
        [],
    ),
    # b14ja-04 (law office, February): 来週水曜 sent Wed 2/6 -> 2/13; two pieces of work in
    # one sentence (誤字チェックと証拠番号の振り直し) are two tasks; the second is cancelled
    # by the requester's quote (不要になりました, naming it) and left out. A task for two
    # [To:] members (明後日 -> Fri 2/8): one of them says a bare 私の分は完了です (no reply:
    # does not close a task with several assignees); the other replies to the task message
    # with a negated report and a new deadline (明日の午前中までに仕上げます, sent Thu 2/7
    # -> 2/8 12:00); a later quote of the task message with そろいました closes it (the
    # quoted 明後日 is not re-read). 終わりました by reply closes 誤字チェック. The closing
    # "ありがとうございます！あとで確認しておきます" is a commitment with no time -> a task
    # for the sender (確認). Noise: court schedule, a question and its answer, acks.
    conv(
        "b14ja-04",
        (98004, "森川総合法律事務所 事務連絡"),
        M(1715, 1716, 1717, 1718, 1719),
        [
            (
                "2030-02-06 09:15",
                1715,
                "おはようございます。本日午後、田村建設の件で裁判所に行ってきます。戻りは17時頃です",
            ),
            (
                "2030-02-06 09:30",
                1715,
                "[To:1717]鈴村さん\n準備書面の誤字チェックと証拠番号の振り直し、来週水曜までにお願いします",
            ),
            ("2030-02-06 09:33", 1717, "[rp aid=1715 to={m2}]承知しました。"),
            (
                "2030-02-06 10:05",
                1716,
                "[To:1718][To:1719]大野さん、リーさん\n依頼者向けの説明資料の製本（２０部）、明後日までにお願いできますか？",
            ),
            ("2030-02-06 10:08", 1719, "[rp aid=1716 to={m4}]承知しました！"),
            ("2030-02-07 16:40", 1719, "製本、私の分は完了です"),
            (
                "2030-02-07 16:45",
                1718,
                "[rp aid=1716 to={m4}]すみません、こちらはまだ半分しかできてません…明日の午前中までに仕上げます",
            ),
            ("2030-02-07 17:00", 1716, "了解です、無理しないでくださいね"),
            (
                "2030-02-08 11:20",
                1718,
                "[qt][qtmeta aid=1716 time={t4}]依頼者向けの説明資料の製本（２０部）、明後日までにお願いできますか？[/qt]\n２０部そろいました。宇野先生の机に置いてあります📚",
            ),
            (
                "2030-02-08 13:00",
                1717,
                "森川先生、１点確認です。証拠番号は甲１からの通し番号でよいでしょうか？",
            ),
            ("2030-02-08 13:10", 1715, "[rp aid=1717 to={m10}]はい、甲１からの通しで大丈夫です"),
            (
                "2030-02-12 10:00",
                1715,
                "[qt][qtmeta aid=1715 time={t2}]準備書面の誤字チェックと証拠番号の振り直し、来週水曜までにお願いします[/qt]\n相手方が和解の方向で動き出したので、証拠番号の振り直しは不要になりました🙏",
            ),
            ("2030-02-12 10:05", 1717, "[rp aid=1715 to={m12}]承知しました。"),
            (
                "2030-02-13 17:30",
                1717,
                "[rp aid=1715 to={m2}]準備書面の誤字チェック、終わりました。修正箇所に付箋をつけてあります",
            ),
            ("2030-02-13 17:35", 1715, "鈴村さん、ありがとうございます！あとで確認しておきます"),
        ],
        [
            task(2, ["誤字"], [1717], ("2030-02-13", "Wed"), "done"),
            task(4, ["製本"], [1718, 1719], ("2030-02-08T12:00", "Fri"), "done"),
            task(15, ["確認"], [1715], None, "open"),
        ],
    ),
    # b14ja-05 (translation agency, March): Chatwork tasks posted by the PM: ltype=date
    # (3/26) and ltype=time (3/28 15:00); task_done closes the first. ３営業日以内 sent
    # Fri 3/15 skips the weekend and 春分の日 (Wed 3/20) -> Thu 3/21; closed by a reply
    # (送付しました). A [To:] question-form ask (対応してもらえますか？) whose acceptance by
    # reply carries 明後日 (sent Wed 3/27 -> Fri 3/29) = its due. Half progress closes
    # nothing; 1720's bare "サーバー移行…終わりました" closes nothing because 1720 has no
    # open task then; 1721's bare 入れました after its task_done has nothing left to close.
    # Noise: a new-order FYI whose 3/29(金) is the client's wish (no ask to anyone in the
    # room), a glossary question and answer, "let me know when" (教えてください), acks.
    conv(
        "b14ja-05",
        (98005, "リンクス翻訳 案件進行"),
        M(1720, 1721, 1722, 1723),
        [
            (
                "2030-03-15 10:00",
                1723,
                "新規案件です。医療機器の取扱説明書、英→日で約8,000ワード。納品は3/29(金)希望とのこと",
            ),
            (
                "2030-03-15 10:05",
                1720,
                task_added(
                    1721, chatwork_lt("2030-03-26"), "取扱説明書 翻訳（前半4,000ワード）", "date"
                ),
            ),
            (
                "2030-03-15 10:06",
                1720,
                task_added(
                    1722,
                    chatwork_lt("2030-03-28", "15:00"),
                    "取扱説明書 訳文チェック（前半）",
                    "time",
                ),
            ),
            ("2030-03-15 10:10", 1721, "[rp aid=1720 to={m2}]承知しました！用語集ってありますか？"),
            (
                "2030-03-15 10:15",
                1720,
                "[rp aid=1721 to={m4}]先方の過去資料から作ったものを共有フォルダに入れてあります📁",
            ),
            (
                "2030-03-15 10:20",
                1723,
                "[To:1720]沢井さん\n正式な見積書、３営業日以内に先方へ送ってもらえますか？",
            ),
            ("2030-03-15 10:25", 1720, "[rp aid=1723 to={m6}]了解です！"),
            (
                "2030-03-18 11:00",
                1720,
                "[rp aid=1723 to={m6}]見積書、先方に送付しました。控えはフォルダに入れてます",
            ),
            (
                "2030-03-19 18:30",
                1721,
                "前半、いま6割くらいです。専門用語が多くて少し時間かかってます💦",
            ),
            (
                "2030-03-22 09:00",
                1720,
                "翻訳メモリのサーバー移行、昨日の夜に終わりました。ログイン方法は変わりません",
            ),
            ("2030-03-25 17:50", 1722, "前半が上がったら教えてください〜🙏"),
            (
                "2030-03-26 16:40",
                1721,
                task_done(
                    1721, chatwork_lt("2030-03-26"), "取扱説明書 翻訳（前半4,000ワード）", "date"
                ),
            ),
            ("2030-03-26 16:42", 1721, "前半、納品フォルダに入れました！"),
            ("2030-03-26 16:45", 1722, "受け取りました！"),
            (
                "2030-03-27 09:10",
                1723,
                "[To:1721]ベッカーさん\n先方から追加で、図表キャプション（約40か所）も訳してほしいとのことです。対応してもらえますか？",
            ),
            ("2030-03-27 09:20", 1721, "[rp aid=1723 to={m15}]承知しました、明後日までに出します"),
        ],
        [
            task(2, ["翻訳"], [1721], ("2030-03-26", "Tue"), "done"),
            task(3, ["チェック"], [1722], ("2030-03-28T15:00", "Thu"), "open"),
            task(6, ["見積書"], [1720], ("2030-03-21", "Thu"), "done"),
            task(15, ["キャプション"], [1721], ("2030-03-29", "Fri"), "open"),
        ],
    ),
    # b14ja-06 (hair-salon chain, June): 今週中 sent on Saturday 6/1 -> the next Friday
    # 6/7; that ask has three [To:] assignees, so each shop's bare "出しました" closes
    # nothing (1725 also has a second open task), and the requester's quote of the ask
    # with 3店舗ぶん揃いました closes it. A commitment with no time or 私 (業者呼びますね).
    # 〜してほしいですー with なる早 and nobody named -> assignees [], due null; closed by a
    # reply from the area manager (発送済みです). 金曜の定時まで sent on Friday 6/7: a bare
    # weekday includes today -> 6/7 18:00; the acceptance has no time; 入れました by reply
    # -> done. Noise: greeting, :ok_hand:, りょーかい, a cost note, an absence FYI, emoji.
    conv(
        "b14ja-06",
        (98006, "Salon Lumo 3店舗 店長会"),
        M(1724, 1725, 1726, 1727),
        [
            ("2030-06-01 09:30", 1724, "おはようございまーす☀️ 今月もよろしくお願いします！"),
            (
                "2030-06-01 09:35",
                1724,
                "[To:1725][To:1726][To:1727]\n先月の売上報告、今週中に出してもらえますか？フォーマットいつものでOKです🙆‍♀️",
            ),
            ("2030-06-01 09:40", 1726, "りょーかいです👍"),
            ("2030-06-01 09:41", 1727, ":ok_hand:"),
            (
                "2030-06-01 10:15",
                1725,
                "渋谷店、シャンプー台の排水がまた詰まり気味です…業者呼びますね",
            ),
            (
                "2030-06-01 10:20",
                1724,
                "[rp aid=1725 to={m5}]ありがとう！費用は本部持ちで大丈夫です",
            ),
            (
                "2030-06-03 11:00",
                1726,
                "吉祥寺、カラー剤の在庫がやばいです😱 なる早で補充してほしいですー",
            ),
            (
                "2030-06-03 11:05",
                1724,
                "[rp aid=1726 to={m7}]本部の在庫から発送済みです！明日には着くはず📦",
            ),
            ("2030-06-05 18:30", 1725, "渋谷の売上報告、出しました📊"),
            (
                "2030-06-07 10:00",
                1727,
                "中野です、今日はスタッフ1名お休みなので予約を少し調整してます🙏",
            ),
            ("2030-06-07 10:30", 1726, "吉祥寺も売上報告いれましたー"),
            (
                "2030-06-07 10:40",
                1724,
                "[To:1726]ジョンソンさん\nついでに来月のシフト表、金曜の定時までに共有してもらえますか？",
            ),
            ("2030-06-07 10:42", 1726, "[rp aid=1724 to={m12}]はーい🙆‍♀️"),
            (
                "2030-06-07 16:55",
                1726,
                "[rp aid=1724 to={m12}]シフト表、共有フォルダに入れました〜🗓",
            ),
            ("2030-06-07 17:20", 1727, "中野の売上報告もアップしました！遅くなってすみません💦"),
            (
                "2030-06-07 17:30",
                1724,
                "[qt][qtmeta aid=1724 time={t2}]先月の売上報告、今週中に出してもらえますか？フォーマットいつものでOKです🙆‍♀️[/qt]\n3店舗ぶん揃いました！みんなありがとう✨",
            ),
        ],
        [
            task(2, ["売上報告"], [1725, 1726, 1727], ("2030-06-07", "Fri"), "done"),
            task(5, ["業者"], [1725], None, "open"),
            task(7, ["カラー剤"], [], None, "done"),
            task(12, ["シフト"], [1726], ("2030-06-07T18:00", "Fri"), "done"),
        ],
    ),
    # b14ja-07 (university lab, November): implicit work after a report (修正しました。
    # ご確認お願いします with [To:]) -> a check task for the professor; his reply "見ました、
    # 問題ないです" closes it AND asks the replied-to student to submit by 2030/11/15
    # (YYYY/M/D) -> a new task for 1732 (rp aid). Two asks in one message: 再来週の月曜 sent
    # Fri 11/8 -> Mon 11/18, and 年内 -> 12/31. The report of the draft by reply closes it
    # and asks for a check (ご確認お願いします -> task for 1728, the rp aid); his
    # acceptance "今日中に見ます" gives the due (11/18), and "このままで大丈夫です" closes it.
    # Noise: seminar schedule, equipment FYI, a where-is question and answer, a student's
    # "まだ半分しか" about work nobody asked for (no task), an offer (困ったら相談してね).
    conv(
        "b14ja-07",
        (98007, "高分子化学研究室 連絡"),
        M(1728, 1729, 1730, 1731, 1732),
        [
            ("2030-11-05 09:00", 1729, "今週の輪講は木曜16時から、担当は小島くんです"),
            (
                "2030-11-05 09:20",
                1732,
                "[To:1728]安西先生\n学会の予稿、修正しました。ご確認お願いします🙇‍♀️\n（共有ドライブ/予稿/水谷_v3.docx）",
            ),
            (
                "2030-11-06 13:30",
                1728,
                "[rp aid=1732 to={m2}]見ました、問題ないです👍 締切が2030/11/15なので、それまでに学会サイトから提出してください",
            ),
            ("2030-11-06 13:35", 1732, "[rp aid=1728 to={m3}]ありがとうございます！提出します"),
            ("2030-11-06 15:00", 1730, "NMR、明日の午前は装置メンテで使えません。午後からはOKです"),
            ("2030-11-06 15:10", 1731, "パクさん、NMRの予約表ってどこにありましたっけ？"),
            ("2030-11-06 15:12", 1730, "[rp aid=1731 to={m6}]共有ドライブの「装置」フォルダです〜"),
            (
                "2030-11-08 10:00",
                1728,
                "[To:1730]パクくん\n科研費の実績報告の下書き、再来週の月曜までにお願いできますか。あと、試薬庫の棚卸しは年内に終わらせてください",
            ),
            ("2030-11-08 10:05", 1730, "[rp aid=1728 to={m8}]承知しました！"),
            ("2030-11-08 10:30", 1731, "輪講のスライド、まだ半分しかできてません…😇"),
            (
                "2030-11-08 10:35",
                1729,
                "[rp aid=1731 to={m10}]木曜までまだあるから大丈夫！困ったら相談してね",
            ),
            (
                "2030-11-12 17:00",
                1732,
                "[rp aid=1728 to={m3}]予稿、学会サイトから提出しました。受付番号は控えてあります",
            ),
            (
                "2030-11-18 11:00",
                1730,
                "[rp aid=1728 to={m8}]実績報告の下書き、共有ドライブに上げました。ご確認お願いします",
            ),
            ("2030-11-18 11:30", 1728, "[rp aid=1730 to={m13}]ありがとう、今日中に見ます"),
            ("2030-11-19 09:15", 1728, "[rp aid=1730 to={m13}]見ました。このままで大丈夫です"),
        ],
        [
            task(2, ["予稿"], [1728], None, "done"),
            task(3, ["提出"], [1732], ("2030-11-15", "Fri"), "done"),
            task(8, ["実績報告"], [1730], ("2030-11-18", "Mon"), "done"),
            task(8, ["棚卸し"], [1730], ("2030-12-31", "Tue"), "open"),
            task(13, ["実績報告"], [1728], ("2030-11-18", "Mon"), "done"),
        ],
    ),
    # b14ja-08 (municipal library, September): NO TASK. Holiday opening FYI; a report of
    # work already done (乾かして状態確認まで済ませてあります); a thank-you that starts with
    # a name; a patron's request inside 「」 plus a question for information; a pasted
    # notice in [info] (does what it announces) and its approval; a where-is question, a
    # request to wait (少々お待ちください) and the answer; a volunteer's work reported by
    # someone else; a vague offer; an inspection visit FYI with a date; a ranking that is
    # posted, not promised; acks and emoji.
    conv(
        "b14ja-08",
        (98008, "市立みどり図書館 カウンター班"),
        M(1733, 1734, 1735, 1736),
        [
            (
                "2030-09-10 08:40",
                1733,
                "おはようございます。9/16(月)と9/23(月)は祝日開館、翌日の火曜が休館です📚",
            ),
            ("2030-09-10 08:45", 1734, "了解です！"),
            (
                "2030-09-10 09:30",
                1735,
                "返却ポストに濡れた本が３冊入ってました。乾かして状態確認まで済ませてあります",
            ),
            (
                "2030-09-10 09:32",
                1733,
                "[rp aid=1735 to={m3}]シュミットさん、ありがとうございます！助かります",
            ),
            (
                "2030-09-10 10:10",
                1736,
                "利用者さんから「予約本の取り置き、もう少し延ばしてもらえませんか」と聞かれました。規定だと何日まででしたっけ？",
            ),
            ("2030-09-10 10:14", 1733, "[rp aid=1736 to={m5}]取り置きは7日間、延長は1回まで可です"),
            (
                "2030-09-10 11:00",
                1734,
                "掲示用の文面、下書きを貼ります\n[info][title]利用者のみなさまへ[/title]返却期限を過ぎた資料は、速やかにご返却ください。\n延滞中は新たな貸出ができません。[/info]",
            ),
            ("2030-09-10 11:05", 1733, "[rp aid=1734 to={m7}]いいですね、これで大丈夫です👍"),
            (
                "2030-09-10 13:15",
                1735,
                "大西さん、郷土資料の『みどり町百年史』って書庫のどの棚でしたっけ？",
            ),
            ("2030-09-10 13:18", 1736, "[rp aid=1735 to={m9}]少々お待ちください🙏"),
            ("2030-09-10 13:24", 1736, "[rp aid=1735 to={m9}]B-3の一番上の段でした！"),
            (
                "2030-09-10 15:00",
                1733,
                "来月のおはなし会、ボランティアの森さんが絵本を選んでくださいました。リストは共有フォルダにあります",
            ),
            (
                "2030-09-10 15:30",
                1734,
                "手伝えることあったら言ってくださいね。午後は手が空いてます",
            ),
            (
                "2030-09-12 09:00",
                1733,
                "空調の点検業者さんが9/17(火)10時に来館予定です。休館日なので館内は静かです",
            ),
            (
                "2030-09-12 09:30",
                1736,
                "貸出ランキング、8月分をまとめました📊\n1位『夜の図書室』 2位『はじめての家庭菜園』 3位『港町のパン屋』",
            ),
            (
                "2030-09-12 09:35",
                1733,
                "大西さん、ありがとうございます！面白いラインナップですね😊",
            ),
        ],
        [],
    ),
    # b14ja-09 (construction site office, October): a 段取り list with 「名前：」 lines
    # and bracketed times: （朝イチ） -> today 10:00, （夕方まで） -> today 17:00, one line
    # with no time; replies to the list message close the line whose work they name
    # (ポンプ車 / お知らせ). A commitment with 明日の午前中 (sent Tue 10/8 -> Wed 10/9
    # 12:00); the foreman's reply asks the replied-to member for photos with 来週中
    # (-> Fri 10/18), so 1741 has two open tasks and needs a quote to close the first.
    # Half/future progress (夕方までには終わる予定です) closes nothing; a later bare
    # 全部おわりました from the member's only open task closes it. A declarative ask with
    # [To:] (提出する必要があります): the inspection day 10/18(金) describes the thing, the
    # deadline is 10/16(水)の午後3時; the assignee's acceptance by reply (週明けに出します,
    # Monday 10/14 is スポーツの日 -> Tue 10/15) replaces it; a bare 提出しました closes it.
    conv(
        "b14ja-09",
        (98009, "（仮称）東町三丁目マンション新築工事 現場事務所"),
        M(1737, 1738, 1739, 1740, 1741),
        [
            (
                "2030-10-08 07:30",
                1737,
                "おはようございます。本日は３階スラブのコンクリート打設です。天候OK、予定どおり実施します",
            ),
            (
                "2030-10-08 07:45",
                1737,
                "本日の段取り\n・三浦：ポンプ車の到着確認（朝イチ）\n・吉川：近隣への騒音お知らせ配布\n・ハサンさん：打設後の養生シート（夕方まで）",
            ),
            ("2030-10-08 07:50", 1738, "了解です！"),
            ("2030-10-08 08:28", 1738, "[rp aid=1737 to={m2}]ポンプ車到着しました、確認OKです🚛"),
            (
                "2030-10-08 09:10",
                1739,
                "[rp aid=1737 to={m2}]騒音のお知らせ、近隣２０軒に配布完了です",
            ),
            (
                "2030-10-08 10:30",
                1741,
                "設備です。４階の配管スリーブ、図面と位置が５cmずれてる箇所があります。明日の午前中に是正します",
            ),
            (
                "2030-10-08 10:35",
                1737,
                "[rp aid=1741 to={m6}]了解。是正後の写真ください📷 来週中で大丈夫です",
            ),
            ("2030-10-08 15:00", 1740, "養生シート、いま半分くらい。夕方までには終わる予定です"),
            ("2030-10-08 16:50", 1740, "養生、全部おわりました！"),
            (
                "2030-10-08 17:30",
                1739,
                "[To:1737]工藤所長\n10/18(金)の中間検査、立会者名簿を10/16(水)の午後3時までに提出する必要があります",
            ),
            ("2030-10-08 17:35", 1737, "[rp aid=1739 to={m10}]了解、週明けに出します"),
            (
                "2030-10-09 11:40",
                1741,
                "[qt][qtmeta aid=1741 time={t6}]明日の午前中に是正します[/qt]\nスリーブの是正、終わりました👍",
            ),
            ("2030-10-09 17:00", 1738, "明日からは５階の型枠に入ります"),
            ("2030-10-15 09:00", 1737, "中間検査の名簿、提出しました"),
            ("2030-10-15 09:10", 1738, "所長、ありがとうございます。検査当日の集合は8時です"),
        ],
        [
            task(2, ["ポンプ車"], [1738], ("2030-10-08T10:00", "Tue"), "done"),
            task(2, ["お知らせ"], [1739], None, "done"),
            task(2, ["養生"], [1740], ("2030-10-08T17:00", "Tue"), "done"),
            task(6, ["スリーブ"], [1741], ("2030-10-09T12:00", "Wed"), "done"),
            task(7, ["写真"], [1741], ("2030-10-18", "Fri"), "open"),
            task(10, ["名簿"], [1737], ("2030-10-15", "Tue"), "done"),
        ],
    ),
    # b14ja-10 (catering firm, August; self account = the order bot 1742, which posts):
    # [toall] from 1743 -> every member but the sender and the bot ([1744, 1745, 1746]),
    # 明日中 -> 8/6; its assignees' bare "確認OKです" / "確認しましたー" close nothing (a task
    # with several assignees, and each of them also holds an open Chatwork task). The bot
    # creates Chatwork tasks: ltype=date (8/8), ltype=time (8/9 10:30) and ltype=none
    # (lt=0 -> null); task_done closes the first two. A [To:] ask to consult (相談して
    # もらえますか？), accepted without a time, closed by reply (相談して決定しました). The
    # bot's order list and reminder are information; 1745's final bare 納品完了です does
    # not close the [toall] task. Noise: a where-is question and answer.
    conv(
        "b14ja-10",
        (98010, "ケータリング ハレノヒ 受注管理"),
        M(1742, 1743, 1744, 1745, 1746),
        [
            (
                "2030-08-05 09:00",
                1742,
                "[info][title]新規受注[/title]8/9(金) 12:00 城北商事様 会議用弁当 40食\n8/10(土) 18:00 森田様 ご自宅パーティー 15名[/info]",
            ),
            (
                "2030-08-05 09:10",
                1743,
                "[toall]\n今週の受注です。各自、担当分の仕込み・配送の段取り確認を明日中にお願いします",
            ),
            ("2030-08-05 09:20", 1745, "8/10の森田様、搬入口って裏手でしたっけ？"),
            ("2030-08-05 09:25", 1746, "[rp aid=1745 to={m3}]裏手の駐車場側です。前回と同じです"),
            (
                "2030-08-05 09:40",
                1742,
                task_added(1744, chatwork_lt("2030-08-08"), "城北商事様 弁当40食 献立確定", "date"),
            ),
            (
                "2030-08-05 09:41",
                1742,
                task_added(
                    1745, chatwork_lt("2030-08-09", "10:30"), "城北商事様 配送車両の手配", "time"
                ),
            ),
            (
                "2030-08-05 09:42",
                1742,
                task_added(1746, 0, "森田様 追加ドリンクの本数確認", "none"),
            ),
            (
                "2030-08-05 10:00",
                1746,
                "[To:1743]小松さん\n森田様から、えび・かにアレルギーの方が２名いると連絡ありました。対応メニュー、原田さんと相談してもらえますか？",
            ),
            ("2030-08-05 10:05", 1743, "[rp aid=1746 to={m8}]OK、原田さんと詰めておきます"),
            ("2030-08-06 17:00", 1744, "仕込みの段取り、確認OKです👌"),
            ("2030-08-06 17:30", 1745, "配送ルートも確認しましたー"),
            (
                "2030-08-07 14:00",
                1744,
                task_done(1744, chatwork_lt("2030-08-08"), "城北商事様 弁当40食 献立確定", "date"),
            ),
            (
                "2030-08-07 14:05",
                1742,
                "[info][title]リマインド[/title]8/9(金) 城北商事様 納品まで あと2日です[/info]",
            ),
            (
                "2030-08-08 16:00",
                1745,
                task_done(
                    1745, chatwork_lt("2030-08-09", "10:30"), "城北商事様 配送車両の手配", "time"
                ),
            ),
            (
                "2030-08-08 16:10",
                1743,
                "[rp aid=1746 to={m8}]アレルギー対応メニュー、原田さんと相談して決定しました👌 詳細は献立表に反映済みです",
            ),
            ("2030-08-09 13:30", 1745, "城北商事様、納品完了です！先方の担当さん喜んでました😊"),
        ],
        [
            task(2, ["段取り"], [1744, 1745, 1746], ("2030-08-06", "Tue"), "open"),
            task(5, ["献立"], [1744], ("2030-08-08", "Thu"), "done"),
            task(6, ["配送"], [1745], ("2030-08-09T10:30", "Fri"), "done"),
            task(7, ["ドリンク"], [1746], None, "open"),
            task(8, ["アレルギー"], [1743], None, "done"),
        ],
        self_account_id=1742,
    ),
    # b14ja-11 (used-car dealer, June): 月末 (sent 6/24 -> Sun 6/30) on a [To:] ask that
    # the requester later cancels by quoting it (商談が流れたので…今回なしで大丈夫です) -> left
    # out. A declarative 〜待ちです plus a question-form ask with [To:] and 3日以内 (Mon
    # 6/24 -> Thu 6/27). A flyer check for two [To:] members: the date 来月10日 describes
    # the sale, the deadline is 今週中 (Wed 6/26 -> Fri 6/28); one assignee's reply to the
    # task message (チェックしました) closes it — a reply or quote is what closes a task
    # with several assignees. An offer that names the work (写真撮影は私がやります + 月末
    # までに撮っておきます) is a commitment. 来月１日の朝イチ sent 6/28 -> 7/1 10:00, closed
    # by reply (入稿しました). Noise: stock FYI, acceptances (部品の入荷待ちなので、来たら
    # すぐやります is a condition on the accepted task, not a new one), thanks.
    conv(
        "b14ja-11",
        (98011, "オートプラザ湾岸 営業・整備"),
        M(1747, 1748, 1749, 1750, 1751),
        [
            ("2030-06-24 10:00", 1748, "白のプリウス（在庫No.118）、今週末に商談入りました🚗"),
            (
                "2030-06-24 10:05",
                1748,
                "[To:1750]タパさん\n118の車検整備、月末までにお願いできますか？",
            ),
            (
                "2030-06-24 10:10",
                1750,
                "[rp aid=1748 to={m2}]OKです。部品の入荷待ちなので、来たらすぐやります",
            ),
            (
                "2030-06-24 11:00",
                1749,
                "[To:1751]内田さん\n竹内様の名義変更、委任状の回収待ちです🙏 3日以内に回収できるよう、お客様に連絡してもらえますか？",
            ),
            ("2030-06-24 11:05", 1751, "[rp aid=1749 to={m4}]了解です、連絡してみます"),
            (
                "2030-06-26 14:00",
                1747,
                "[To:1748][To:1751]\n来月10日の決算セールのチラシ、原稿チェックを今週中にお願いします",
            ),
            ("2030-06-26 14:10", 1748, "了解です！"),
            ("2030-06-26 14:30", 1751, "チラシの写真撮影は私がやります📸 月末までに撮っておきます"),
            ("2030-06-27 09:30", 1750, "[rp aid=1748 to={m2}]部品届きました、今から整備入ります🔧"),
            (
                "2030-06-28 16:00",
                1748,
                "[qt][qtmeta aid=1748 time={t2}]118の車検整備、月末までにお願いできますか？[/qt]\nすみません、118の商談が先方都合で流れたので、車検整備は今回なしで大丈夫です🙏",
            ),
            ("2030-06-28 16:05", 1750, "[rp aid=1748 to={m10}]了解です👌"),
            (
                "2030-06-28 16:30",
                1751,
                "[rp aid=1747 to={m6}]チラシ原稿チェックしました。価格の誤りを２か所赤入れしてます",
            ),
            ("2030-06-28 17:00", 1747, "内田さん、ありがとう！助かります🙏"),
            (
                "2030-06-28 17:05",
                1747,
                "[To:1749]堀さん\n赤入れを反映した原稿、来月１日の朝イチまでに印刷所へ入稿お願いできますか？",
            ),
            ("2030-06-28 17:10", 1749, "[rp aid=1747 to={m14}]承知しました！"),
            (
                "2030-07-01 09:40",
                1749,
                "[rp aid=1747 to={m14}]印刷所に入稿しました。初校は7/3に届きます",
            ),
        ],
        [
            task(4, ["委任状"], [1751], ("2030-06-27", "Thu"), "open"),
            task(6, ["チラシ"], [1748, 1751], ("2030-06-28", "Fri"), "done"),
            task(8, ["写真"], [1751], ("2030-06-30", "Sun"), "open"),
            task(14, ["入稿"], [1749], ("2030-07-01T10:00", "Mon"), "done"),
        ],
    ),
    # b14ja-12 (strawberry growers' co-op, December): NO TASK. Weather and price FYI,
    # chit-chat, a question for information about packing specs and its answer, year-end
    # shipping dates that describe the schedule, a pickup-time question, a co-op request
    # passed on inside 「」, the briefing's date asked and answered, a conditional offer
    # (箱が足りなければ、事務所に連絡くださいね), pasted seminar photos (does what it
    # announces) and a thank-you that starts with a name.
    conv(
        "b14ja-12",
        (98012, "みのり農協 いちご部会"),
        M(1752, 1753, 1754, 1755),
        [
            (
                "2030-12-02 06:30",
                1752,
                "おはようございます。今朝は冷えましたね❄️ 最低気温マイナス2度でした",
            ),
            ("2030-12-02 06:45", 1753, "うちのハウスは暖房つけてたので大丈夫でした〜"),
            ("2030-12-02 07:10", 1754, "今週の出荷規格、変更ありますか？"),
            (
                "2030-12-02 07:20",
                1752,
                "[rp aid=1754 to={m3}]変更なしです。パックは先週と同じ270gです",
            ),
            ("2030-12-02 09:00", 1755, "市場の単価、昨日はLサイズ1パック620円でした📈"),
            ("2030-12-02 09:05", 1753, "上がってきましたねー👏"),
            ("2030-12-02 12:30", 1752, "年末の出荷は12/28(土)が最終、年明けは1/6(月)からです"),
            ("2030-12-02 12:40", 1754, "了解です。年末の集荷は何時まででしたっけ？"),
            ("2030-12-02 12:45", 1752, "[rp aid=1754 to={m8}]15時までです"),
            (
                "2030-12-04 19:00",
                1755,
                "農協の担当さんから伝言です\n「選果場の新しい機械の説明会に、各農家1名ご参加ください」\nとのこと",
            ),
            ("2030-12-04 19:05", 1753, "説明会っていつでしたっけ？"),
            ("2030-12-04 19:10", 1755, "[rp aid=1753 to={m11}]12/10(火)の14時、選果場2階です"),
            ("2030-12-04 19:20", 1752, "出荷量が多くて箱が足りなければ、事務所に連絡くださいね"),
            (
                "2030-12-04 19:30",
                1754,
                "先週の病害虫講習の資料、写真で貼っておきます📎\n[info]講習資料 p1〜p3（画像3枚）[/info]",
            ),
            ("2030-12-04 19:35", 1753, "ロペスさん、ありがとうございます！助かります"),
        ],
        [],
    ),
    # b14ja-13 (nursery school, February): 今週中 sent Mon 2/18 -> Fri 2/22; a [To:]
    # declarative ask (園長の確認待ちです) closed by her reply (このままでOKです). A parent's
    # request inside 「」 and a question for information are no task; the answer is
    # information, and the teacher's reply "保護者の方に渡しておきます" is a commitment with
    # no time and no 私 (the 申込書 named in the message it answers). 明日中 sent 2/18; the
    # assignee's acceptance by reply (明日の午前中に見ます) -> 2/19 12:00; her reply
    # "資料見ました" closes it and asks the replied-to member to fix a date (a new task,
    # rp aid), closed by 直しました. 8割・明日の午前中に貼り終わる予定です (future) closes
    # nothing; 貼り終わりました by reply does. Noise: absence FYI, acks, a thank-you that
    # starts with a name, a menu FYI.
    conv(
        "b14ja-13",
        (98013, "ひだまり保育園 職員連絡"),
        M(1756, 1757, 1758, 1759, 1760),
        [
            (
                "2030-02-18 08:00",
                1756,
                "おはようございます。本日、ひよこ組で発熱による欠席が３名です。インフルエンザの可能性ありとのこと",
            ),
            (
                "2030-02-18 08:10",
                1757,
                "[To:1758]林さん\nひなまつり会の掲示物、今週中に仕上げてもらえると助かります🎎",
            ),
            ("2030-02-18 08:12", 1758, "[rp aid=1757 to={m2}]わかりました〜！"),
            (
                "2030-02-18 09:30",
                1760,
                "[To:1756]片山園長\n来週の献立表、園長の確認待ちです🙏 事務室の机に置いてあります",
            ),
            ("2030-02-18 10:00", 1756, "[rp aid=1760 to={m4}]見ました！このままでOKです👌"),
            (
                "2030-02-18 10:30",
                1759,
                "保護者の方から連絡帳にこう書かれてました\n「木曜だけお迎えを17:30に変更してもらえますか」\n延長保育の申込書って必要ですよね？",
            ),
            (
                "2030-02-18 10:35",
                1757,
                "[rp aid=1759 to={m6}]そうです、申込書が要ります。用紙は事務室の棚の上段にあります",
            ),
            (
                "2030-02-18 10:40",
                1759,
                "[rp aid=1757 to={m7}]ありがとうございます！お迎えのときに保護者の方に渡しておきます",
            ),
            (
                "2030-02-18 15:00",
                1757,
                "[To:1756]園長\n３月の職員会議の資料、明日中に目を通していただけますか？",
            ),
            ("2030-02-18 15:05", 1756, "[rp aid=1757 to={m9}]了解です、明日の午前中に見ます"),
            (
                "2030-02-19 11:20",
                1756,
                "[rp aid=1757 to={m9}]資料見ました。２ページ目の日付だけ直してください🙏",
            ),
            ("2030-02-19 11:40", 1757, "[rp aid=1756 to={m11}]直しました！"),
            (
                "2030-02-21 17:10",
                1758,
                "掲示物、８割くらいできました。明日の午前中に貼り終わる予定です",
            ),
            (
                "2030-02-22 12:05",
                1758,
                "[rp aid=1757 to={m2}]ひなまつりの掲示物、貼り終わりました🌸",
            ),
            ("2030-02-22 12:10", 1757, "林さん、かわいい！ありがとうございます😍"),
            ("2030-02-22 12:30", 1760, "来週月曜の給食はひなまつりメニューです🍡"),
        ],
        [
            task(2, ["掲示物"], [1758], ("2030-02-22", "Fri"), "done"),
            task(4, ["献立表"], [1756], None, "done"),
            task(8, ["申込書"], [1759], None, "open"),
            task(9, ["資料"], [1756], ("2030-02-19T12:00", "Tue"), "done"),
            task(11, ["日付"], [1757], None, "done"),
        ],
    ),
    # b14ja-14 (real-estate agency, December): a 【TODO】 block with owners in brackets
    # and per-line deadlines: 年内 -> 12/31; (~12/24); (~1/8(水)) sent 12/20 -> 2031-01-08
    # (the earliest 1/8 at most 30 days back). The assignee's reply that the walk-through
    # is arranged for 12/27(金)10時 closes 日程の調整 and its date describes the thing
    # (no new deadline). One message holds a commitment (立会いは私が行きます -> the sender,
    # although the message carries [To:1762]) and an ask for the [To:] member (鍵の手配);
    # a reply to it naming 鍵 closes that one, the sender's later bare 終わりました closes
    # her only open task. ３営業日以内 sent Wed 12/25 skips 12/28-1/5 (weekend, 12/29-1/3)
    # -> Mon 2031-01-06. 来月中 in a commitment sent 12/27 -> 2031-01-31. Noise: closing
    # days FYI, an owner's request inside 「」, a question and its answer, "2 of 3 done"
    # and "まだ出せていません" that close nothing.
    conv(
        "b14ja-14",
        (98014, "スマイル不動産 賃貸管理チーム"),
        M(1761, 1762, 1763, 1764, 1765),
        [
            (
                "2030-12-20 09:00",
                1761,
                "年末年始は12/28(土)〜1/5(日)休業です。緊急時は管理会社の夜間窓口へ",
            ),
            (
                "2030-12-20 09:10",
                1761,
                "【TODO】\n・空室３件の募集図面の更新（福田さん）年内\n・コーポ桜202の退去立会いの日程調整（ヤマモトさん）(~12/24)\n・更新契約書の発送（石川さん）(~1/8(水))",
            ),
            ("2030-12-20 09:15", 1763, "[rp aid=1761 to={m2}]承知しました！"),
            (
                "2030-12-20 09:30",
                1765,
                "オーナーの上野様から問い合わせです。「エアコン交換の費用、年明けに見積もりをいただけますか」とのこと",
            ),
            ("2030-12-20 10:00", 1764, "更新契約書って、年明けの発送でも間に合いますか？"),
            ("2030-12-20 10:05", 1761, "[rp aid=1764 to={m5}]間に合います。更新日が2/1なので"),
            (
                "2030-12-23 16:00",
                1762,
                "図面更新、３件中２件まで終わりました。残り１件は写真待ちです",
            ),
            (
                "2030-12-24 11:00",
                1763,
                "[rp aid=1761 to={m2}]コーポ桜202の立会い、12/27(金)10時で入居者さんと日程調整つきました",
            ),
            (
                "2030-12-24 11:05",
                1761,
                "[To:1762]福田さん\nヤマモトさん、ありがとうございます！立会いは私が行きます。福田さんは当日の鍵の手配をお願いします",
            ),
            (
                "2030-12-25 10:00",
                1761,
                "[To:1765]秋山さん\n上野様のエアコンの件、設備業者に見積依頼を出しておいてください。３営業日以内でお願いします",
            ),
            (
                "2030-12-25 10:10",
                1765,
                "[rp aid=1761 to={m10}]承知しました。業者さんも年末休みに入るので、回答は年明けすぐになるかもです",
            ),
            (
                "2030-12-26 15:00",
                1762,
                "[rp aid=1761 to={m2}]募集図面、残りの１件も更新しました！ポータルにも反映済みです",
            ),
            ("2030-12-27 08:30", 1762, "[rp aid=1761 to={m9}]鍵、管理会社から預かってきました🔑"),
            ("2030-12-27 14:00", 1761, "退去立会い、終わりました👍 お部屋の状態も問題なしです"),
            ("2030-12-27 14:05", 1761, "敷金の精算書は来月中に作っておきます"),
            (
                "2030-12-27 14:30",
                1764,
                "更新契約書、本日発送の予定でしたが、オーナー様の押印待ちでまだ出せていません🙇",
            ),
        ],
        [
            task(2, ["図面"], [1762], ("2030-12-31", "Tue"), "done"),
            task(2, ["立会い"], [1763], ("2030-12-24", "Tue"), "done"),
            task(2, ["契約書"], [1764], ("2031-01-08", "Wed"), "open"),
            task(9, ["立会い"], [1761], None, "done"),
            task(9, ["鍵"], [1762], None, "done"),
            task(10, ["見積"], [1765], ("2031-01-06", "Mon"), "open"),
            task(15, ["精算書"], [1761], ("2031-01-31", "Fri"), "open"),
        ],
    ),
]
