# ruff: noqa: E501
"""Blind set 16, Japanese half: 13 Chatwork conversations from thirteen different workplaces.

How it was written: blind. The only inputs were the labelling contract
(shared/spec/extraction.md, read in full), the case helper (build.py, read in full) and
the opening lines (docstring, P dict, M helper, first comment) and last 40 lines of
blind14_ja_cases.py for the file's shape. Nothing under src/, no other test file and no
notes were read, and the parser was never run on these texts. Fourteen searches were
made only to learn how people phrase things: public pages on ビジネスチャットの依頼例文,
社内チャットの報連相, 催促・リマインド, 納期延長のお願い, 忙しい時の断り方, 引き継ぎ・担当変更,
日報の書き方, シフト交代のお願いと断り, 看護師の申し送り, クレームの社内共有, and public
Japanese issue threads (対応お願いします/後ほど対応します, 取り込みました/差し戻し/修正お願いします,
手伝います/担当します, レビュー/LGTM/マージします). No text was copied: every person, shop,
company and sentence here is invented. Every gold due was computed by a throwaway
script in /tmp (datetime + jpholiday from the repo's .venv, which lists the 2032
holidays: 成人の日 1/12, 建国記念の日 2/11, 春分の日 3/20 (a Saturday, no substitute),
GW 4/29 and 5/3-5/5, 海の日 7/19, 山の日 8/11, 敬老の日 9/20 + 国民の休日 9/21 + 秋分の日
9/22, スポーツの日 10/11, 文化の日 11/3, 勤労感謝の日 11/23) following the spec's date table:
business days skip weekends, holidays and 12-29..01-03; 週明け is the first business
day of next week; 今週末 sent on a Saturday is the next Friday; M/D takes the earliest
of last/this/next year's day that is at most 30 days before the send date. The
weekday in each gold pair was then checked by build.task. Cancelled tasks are left out
of the gold, as the spec drops them. All messages are sent in 2032 (one due falls in
January 2033).

Domains: a hospital ward's nurses, a logistics warehouse (Chatwork's own task
markup), a junior high school's teachers' room, a municipal citizens' desk, a
rental-property management firm, a small manufacturer's QA section, a recruitment
agency, a wedding planner, a software team (with the tool's own Chatwork account as
self_account_id and [toall]), a university lab, a restaurant chain's HQ with store
managers' 日報, a food-bank NPO and a care home's staff room.

Covers: very polite 敬語 asks (ご作成いただけますでしょうか, ご確認いただけますと幸いです),
casual ones (下ろしといてもらえる？), terse commitments (マージしておきます, 私がやりますね,
私やります！), an ask to a member named only in plain text (assignees [] by the
precedence), an ask to nobody (誰か〜刷っておいてもらえませんか), to-do lists with
（名前さん） owners and 〜M/D(曜) deadlines, 申し送り with a non-member owner
(（夜勤さんへ）), 日報 with やったこと / 明日やること blocks, a full-width (～８／２０
１８：００) deadline, an ask and a commitment in one message, acceptances whose deadline
becomes the task's (本日中に送ります, 月曜…押しておきます, 明日中に直します), an assignee's
decline that asks for more time and names the new day, new deadlines by reply,
cancellations in other words (やっぱり大丈夫です, 先方のご都合で中止…不要です, a quote of the
own commitment + 不要になりました), completion in other words (手配済みです, 投函しました,
電話で伝えました, 届きました, LGTM, 取り込みました, 確認OKです, 拝見しました), Chatwork
task_added with ltype date / time / none and task_done, bare completions from the only
open task's owner, bare completions that close nothing (one of several assignees),
partial and negated completion (まだ半分, 連絡済みですが書面はまだ), [toall] with the tool's
own bot excluded, [qt][qtmeta] completion, and deadlines from 今日中, 今日の定時, 明日中,
明日の夕方, 明日の午後3時, 明日の8時, 明日の朝イチ, 明後日の午前中, 3日以内, 3営業日以内 and
5営業日以内 across holidays and the year end, bare weekday, 来週の月曜/来週水曜, 週明け across
Silver Week, 今週中, 今週末 on a Saturday, 来週中, 今月中, 来月中, 年内, M/D(曜) and 1/5 across
the year end, なる早 = null, and dates that describe the thing (来月10日の披露宴,
再来週の月曜の会食). Noise: greetings, thanks, FYI, schedules, pasted notices with asks
inside 「」, customers' and families' requests quoted, questions for information,
promises to report, requests to wait, conditional offers, roles and shift-swap
calls, bot notifications, emoji, kaomoji and :shortcode:. Three conversations
(b16ja-04, -10, -13) hold no task at all.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    2301: "川端 雅子",
    2302: "森下 千晴",
    2303: "安藤 ゆい",
    2304: "ダス プリヤ",
    2305: "竹内 洋平",
    2306: "大河内 誠",
    2307: "宮田 陽子",
    2308: "岩崎 健吾",
    2309: "ファム バン ナム",
    2310: "小林 さくら",
    2311: "長尾 和彦",
    2312: "福島 由紀子",
    2313: "クラーク 恵美",
    2314: "高松 亮",
    2315: "西田 智子",
    2316: "堀江 俊",
    2317: "上野 麻衣",
    2318: "ガルシア 健",
    2319: "杉本 明美",
    2320: "早川 隆",
    2321: "大島 美咲",
    2322: "ソン ミナ",
    2323: "若林 拓海",
    2324: "三宅 修司",
    2325: "松永 亜由美",
    2326: "ビスワス ラフル",
    2327: "津田 康平",
    2328: "桐山 恵",
    2329: "白石 玲子",
    2330: "荒木 悠",
    2331: "土屋 さやか",
    2332: "リン ウェイ",
    2333: "石原 隼人",
    2334: "真田 美和子",
    2335: "川口 ひなた",
    2336: "チャン リサ",
    2337: "東 ゆうき",
    2338: "前川 大樹",
    2339: "岸本 翔",
    2340: "江口 里奈",
    2341: "オルテガ 勇",
    2342: "保坂 みのり",
    2343: "chatsync連携bot",
    2344: "新井 直樹",
    2345: "ハッサン 理沙",
    2346: "永田 海斗",
    2347: "吉野 まどか",
    2348: "大久保 健太",
    2349: "桑原 真理",
    2350: "ゴメス 大地",
    2351: "柏木 奈央",
    2352: "笹川 陽子",
    2353: "宇佐美 典子",
    2354: "ナカムラ ジョージ",
    2355: "平田 美穂",
    2356: "倉田 蓮",
    2357: "菊池 はるか",
    2358: "丸山 恭子",
    2359: "サントス マリア",
    2360: "井上 翔太",
    2361: "福原 美幸",
}


def M(*ids):
    return [(i, P[i]) for i in ids]


CASES = [
    # b16ja-01 (hospital ward, September, Silver Week): m2 [To:] ask with 週明け sent
    # Thu 9/16 when Mon 9/20, Tue 9/21 (国民の休日) and Wed 9/22 are all holidays ->
    # Thu 9/23; m3 is an acceptance (連休明け is not in the table, due kept) and m13 a
    # half-done report plus a request to wait (stays open). m4-m6 are a shift-swap call
    # and its answer: a shift is a role (受付係をお願いできる人いますか), so no task. m7 asks
    # ダスさん only in plain text -> assignees [] by the precedence, 今日中 -> 9/16, closed
    # by the reply m8 (提出しました). m9 [To:] repair request, closed by reply m10 (電話で
    # 伝えました = the request was made). m11 申し送り: one line asks work, its owner
    # (夜勤さんへ) is no member -> [], 明日6時 -> 9/18 06:00, closed by the quote-free reply
    # m14 that points at m11 (実施済み). m12 a commitment with bare 月曜 sent Fri ->
    # Mon 9/20 (a holiday, but a weekday phrase is a calendar day).
    conv(
        "b16ja-01",
        (96001, "5階東病棟 看護スタッフ"),
        M(2301, 2302, 2303, 2304, 2305),
        [
            (
                "2032-09-16 08:20",
                2302,
                "おはようございます。本日の連絡です。\n・302号室 吉岡様、本日午後に4階西へ転棟予定です\n・病棟会は金曜17:30〜に変更になりました",
            ),
            (
                "2032-09-16 08:35",
                2301,
                "[To:2303]安藤 ゆいさん\n来週の褥瘡ケア勉強会の資料、週明けまでに下書きを見せてもらえますか？急ぎではないので無理のない範囲で大丈夫です",
            ),
            (
                "2032-09-16 08:40",
                2303,
                "[rp aid=2301 to={m2}]承知しました！連休明けにお見せします",
            ),
            (
                "2032-09-16 10:05",
                2304,
                "誰か10/2(土)の日勤、代わってもらえる人いませんか🙏 家族の用事が入ってしまって…",
            ),
            ("2032-09-16 10:12", 2305, "助手なので代われなくてすみません💦"),
            ("2032-09-16 10:30", 2303, "[rp aid=2304 to={m4}]私入れますよ〜"),
            (
                "2032-09-16 10:41",
                2301,
                "安藤さんありがとう。ダスさん、勤務変更届だけ今日中に出しておいてくださいね",
            ),
            (
                "2032-09-16 15:50",
                2304,
                "[rp aid=2301 to={m7}]勤務変更届、師長の机に提出しました！",
            ),
            (
                "2032-09-17 07:55",
                2305,
                "[To:2302]森下 千晴さん\n点滴スタンドのキャスターが1台ガタガタです。ME室に修理依頼を出していただけますか",
            ),
            (
                "2032-09-17 08:10",
                2302,
                "[rp aid=2305 to={m9}]了解です。ME室に電話で伝えました、午後に取りに来てくれるそうです",
            ),
            (
                "2032-09-17 13:00",
                2302,
                "申し送りです。\n・401号室 佐野様：夜間の離床センサー反応多め、様子見でOK\n・405号室 堀様：明日6時の採血、忘れずにお願いします（夜勤さんへ）\n・ご家族からの差し入れは詰所の冷蔵庫に入っています",
            ),
            (
                "2032-09-17 13:10",
                2302,
                "あと、ナースコール子機の電池交換、月曜の日勤で私がやっておきます",
            ),
            (
                "2032-09-17 16:30",
                2303,
                "[rp aid=2301 to={m2}]勉強会の資料、まだ半分くらいです🙇 もう少しお待ちください",
            ),
            (
                "2032-09-18 06:40",
                2304,
                "[rp aid=2302 to={m11}]堀様の採血、6時に実施済みです👍 検体も検査室に出しました",
            ),
        ],
        [
            task(2, ["資料"], [2303], ("2032-09-23", "Thu"), "open"),
            task(7, ["勤務変更届"], [], ("2032-09-16", "Thu"), "done"),
            task(9, ["修理"], [2302], None, "done"),
            task(11, ["採血"], [], ("2032-09-18T06:00", "Sat"), "done"),
            task(12, ["電池"], [2302], ("2032-09-20", "Mon"), "open"),
        ],
    ),
    # b16ja-02 (logistics warehouse, Golden Week): Chatwork's own tasks: m2 ltype=date
    # (4/28, closed by task_done m14; the bare half-done report m13 closes nothing), m9
    # ltype=none (lt=0 -> null, open) and m15 ltype=time (5/6 10:00). m4 casual [To:]
    # ask with 今日の定時 -> 4/26 18:00, closed by the bare 下ろしました！ from its only
    # assignee, whose only open task it is (m9 comes later). m10 [To:] ask 明日中 ->
    # 4/28; the acceptance m11 (本日中に送ります) moves it to 4/27; 5/6 describes the
    # delivery, not the deadline; closed by reply m12 (送信済みです). Noise: a schedule
    # post, a pickup-time FYI, a where-is question and its answer, thanks.
    conv(
        "b16ja-02",
        (96002, "第2倉庫 連絡"),
        M(2306, 2307, 2308, 2309, 2310),
        [
            (
                "2032-04-26 08:05",
                2306,
                "おはようございます。GW中の出荷スケジュールです\n4/29 休み\n4/30 通常\n5/1〜5/5 休み\n5/6 通常（午前は入荷多め）",
            ),
            (
                "2032-04-26 08:30",
                2306,
                task_added(2307, chatwork_lt("2032-04-28"), "GW前の棚卸し（A〜Cエリア）", "date"),
            ),
            ("2032-04-26 08:32", 2307, "了解です〜"),
            (
                "2032-04-26 09:10",
                2307,
                "[To:2308]岩崎 健吾さん\nC-12の棚、上段のパレットが傾いてるので、今日の定時までに下ろしといてもらえる？危ないので😅",
            ),
            ("2032-04-26 11:45", 2308, "下ろしました！"),
            ("2032-04-26 13:20", 2309, "ヤマト便の集荷、今日は１６時に変更とのことです"),
            (
                "2032-04-26 14:00",
                2310,
                "すみません、梱包用のエアキャップってどこにありましたっけ？",
            ),
            ("2032-04-26 14:03", 2307, "[rp aid=2310 to={m7}]資材庫の右奥だよ〜"),
            (
                "2032-04-27 08:00",
                2307,
                task_added(2308, 0, "フォークリフト2号機　月次点検表の記入", "none"),
            ),
            (
                "2032-04-27 09:00",
                2306,
                "[To:2309]ファム バン ナムさん\n仕入先3社に、5/6入荷分の確認メールを明日中に送ってもらえますか。午前着で問題ないかを聞いてほしいです",
            ),
            (
                "2032-04-27 09:15",
                2309,
                "[rp aid=2306 to={m10}]かしこまりました。本日中に送ります",
            ),
            (
                "2032-04-27 17:40",
                2309,
                "[rp aid=2306 to={m10}]3社とも送信済みです。2社からは返信があり、午前着で問題ないそうです",
            ),
            (
                "2032-04-28 16:50",
                2307,
                "棚卸し、A・Bエリアは終わりましたが、Cエリアがまだ半分残ってます💦",
            ),
            (
                "2032-04-30 11:20",
                2307,
                task_done(2307, chatwork_lt("2032-04-28"), "GW前の棚卸し（A〜Cエリア）", "date"),
            ),
            (
                "2032-04-30 13:00",
                2306,
                task_added(
                    2310,
                    chatwork_lt("2032-05-06", "10:00"),
                    "返品処理（丸福商事分 12ケース）",
                    "time",
                ),
            ),
            (
                "2032-04-30 13:05",
                2306,
                "皆さん連休前にお疲れさまでした！連休明けもよろしくお願いします🙇",
            ),
        ],
        [
            task(2, ["棚卸"], [2307], ("2032-04-28", "Wed"), "done"),
            task(4, ["パレット"], [2308], ("2032-04-26T18:00", "Mon"), "done"),
            task(9, ["点検表"], [2308], None, "open"),
            task(10, ["確認メール"], [2309], ("2032-04-27", "Tue"), "done"),
            task(15, ["返品"], [2310], ("2032-05-06T10:00", "Thu"), "open"),
        ],
    ),
    # b16ja-03 (junior high teachers' room, October): m2 a to-do list, one task a line,
    # owner from （名前さん） / （福島） (the sender herself is a member); 〜10/8 -> Fri
    # 10/8, 〜10/13(水); m3 an acceptance reply (放課後 is no deadline). m12 replies to
    # m2 naming 保護者向け案内 -> that line done; the bare m11 from the same owner says
    # 2年生分がまだ (negated, closes nothing). m4 ask to nobody (誰か) -> [], 明日の8時まで
    # -> 10/7 08:00 (明日の午前中 only describes the sender's absence), closed by reply
    # m5 (刷って…置いておきました). m7 keigo [To:] ask 今週中 sent Thu -> Fri 10/8, closed by
    # reply m13 (投函しました). m9 commitment without a time (来週の大掃除 describes the
    # thing). m10 [To:] ask 来月中 -> 11/30.
    conv(
        "b16ja-03",
        (96003, "第三中 職員室"),
        M(2311, 2312, 2313, 2314, 2315),
        [
            (
                "2032-10-06 07:50",
                2311,
                "おはようございます。本日は3限に避難訓練があります。雨天の場合は放送でお知らせします",
            ),
            (
                "2032-10-06 12:40",
                2312,
                "文化祭までの準備、担当を整理しました。\n・保護者向け案内の印刷（西田さん）〜10/8\n・体育館の椅子の数の確認（高松さん）\n・展示パネルの発注（福島）〜10/13(水)\nよろしくお願いします",
            ),
            (
                "2032-10-06 12:45",
                2314,
                "[rp aid=2312 to={m2}]椅子の確認、放課後にやっておきます",
            ),
            (
                "2032-10-06 15:30",
                2313,
                "すみません、2-3の英語の小テスト、誰か明日の8時までに印刷室で刷っておいてもらえませんか？明日の午前中は出張でいなくて…🙏",
            ),
            (
                "2032-10-06 16:10",
                2315,
                "[rp aid=2313 to={m4}]小テスト、36部刷ってクラーク先生の机に置いておきました〜",
            ),
            (
                "2032-10-06 16:20",
                2313,
                "[rp aid=2315 to={m5}]西田さん、ありがとうございます！助かりました🙏",
            ),
            (
                "2032-10-07 08:15",
                2311,
                "[To:2312]福島 由紀子さん\n文化祭の来賓への招待状、昨年の宛名リストを使って今週中に投函していただけますでしょうか。切手は事務室にございます",
            ),
            ("2032-10-07 08:20", 2312, "[rp aid=2311 to={m7}]承知いたしました"),
            (
                "2032-10-07 12:00",
                2314,
                "来週の理科室の大掃除、ワックスがけは私がやりますね。業者さんの日程が合わなかったので",
            ),
            (
                "2032-10-07 12:30",
                2311,
                "[To:2314]高松 亮さん\nついでで恐縮ですが、薬品庫の在庫点検も来月中にお願いできますでしょうか",
            ),
            (
                "2032-10-07 16:45",
                2315,
                "保護者向け案内、1・3年生分は刷りましたが、紙が足りず2年生分がまだです💦 用紙の入荷待ちです",
            ),
            (
                "2032-10-08 10:30",
                2315,
                "[rp aid=2312 to={m2}]保護者向け案内、全学年分刷り終わりました。各担任の棚に入れてあります",
            ),
            (
                "2032-10-08 17:10",
                2312,
                "[rp aid=2311 to={m7}]招待状、本日すべて投函しました📮",
            ),
            (
                "2032-10-08 17:30",
                2311,
                "皆さん今週もお疲れさまでした。月曜は祝日なので、火曜の朝会は8:10からです",
            ),
        ],
        [
            task(2, ["案内"], [2315], ("2032-10-08", "Fri"), "done"),
            task(2, ["椅子"], [2314], None, "open"),
            task(2, ["パネル"], [2312], ("2032-10-13", "Wed"), "open"),
            task(4, ["小テスト"], [], ("2032-10-07T08:00", "Thu"), "done"),
            task(7, ["招待状"], [2312], ("2032-10-08", "Fri"), "done"),
            task(9, ["ワックス"], [2314], None, "open"),
            task(10, ["薬品"], [2314], ("2032-11-30", "Tue"), "open"),
        ],
    ),
    # b16ja-04 (municipal citizens' desk, February) - NO TASK: a holiday schedule, a
    # pasted notice from another section whose ask sits inside 「」, thanks, a citizen's
    # request quoted inside a question for information, advice and a report that it
    # was followed, an FYI, "let me know if it changes" (information only), a closure
    # notice and sign-offs.
    conv(
        "b16ja-04",
        (96004, "市民課 窓口係"),
        M(2316, 2317, 2318, 2319),
        [
            (
                "2032-02-09 08:30",
                2316,
                "おはようございます。今週は11日(水)が祝日のため、窓口は月・火・木・金の開庁です",
            ),
            (
                "2032-02-09 09:10",
                2317,
                "総務課からの通知を転記します。\n――――――\n【各課あて】庁舎の電気設備点検について\n2月14日(土)8:00〜17:00は全館停電となります。\n各課においては「前日までに端末のシャットダウンをお願いします」。\nご不明な点は総務課（内線210）までお問い合わせください。\n――――――",
            ),
            ("2032-02-09 09:12", 2316, "共有ありがとうございます"),
            (
                "2032-02-09 11:40",
                2319,
                "窓口で市民の方から「住民票の写しを郵送で取り寄せたいので、申請書を送ってほしい」と言われたのですが、郵送請求ってHPの様式で大丈夫でしたっけ？",
            ),
            (
                "2032-02-09 11:46",
                2317,
                "[rp aid=2319 to={m4}]HPの様式で大丈夫ですよ！定額小為替が要ることも併せてお伝えすると親切です",
            ),
            (
                "2032-02-09 11:50",
                2319,
                "[rp aid=2317 to={m5}]ありがとうございます、そのようにご案内しました🙇",
            ),
            (
                "2032-02-10 13:05",
                2318,
                "マイナンバーカードの交付予約、来週は火曜と木曜が埋まってきています。FYIです📅",
            ),
            ("2032-02-10 13:20", 2316, "了解です。状況が変わったら教えてください"),
            (
                "2032-02-12 08:50",
                2317,
                "システム端末の入替で、本日午後は3番窓口が使えません。掲示は出してあります",
            ),
            (
                "2032-02-12 17:15",
                2319,
                "お先に失礼します。明日は午前休をいただいております🙇",
            ),
            ("2032-02-12 17:16", 2316, "お疲れさまでした〜"),
        ],
        [],
    ),
    # b16ja-05 (rental-property management, year end): m1 quotes a tenant (no task).
    # m2 [To:] ask 年内 -> 12/31, closed by reply m6 (手配済みです). m4 [To:] ask
    # 来週月曜 sent Wed 12/22 -> 12/27, cancelled by the requester's reply m9
    # (やっぱり大丈夫です) -> dropped. m5 keigo review ask with no deadline, closed by
    # the reviewer's reply m7 (拝見しました = the review is done); m7 also asks the
    # replied-to author for a fix ([rp] -> 2322), 3営業日以内 from Thu 12/23 -> Tue
    # 12/28; the acceptance m8 (明日中に直します) moves it to 12/24; closed by reply m11
    # (修正しました). m11 also commits to the mailing: 1/5 sent 12/24 -> 2033-01-05.
    # m13 commitment 明日…10時から -> 12/28 10:00, closed by the bare m14 from its
    # owner, whose only open task it is (m2 is already done).
    conv(
        "b16ja-05",
        (96005, "賃貸管理課"),
        M(2320, 2321, 2322, 2323),
        [
            (
                "2032-12-22 09:15",
                2321,
                "おはようございます。コーポ桜台203の入居者様からお電話がありました。\n「浴室の換気扇からカタカタ音がするので、年内に一度見てもらえませんか」とのことです。",
            ),
            (
                "2032-12-22 09:30",
                2320,
                "[To:2323]若林 拓海さん\n換気扇の件、年内に修理の手配をお願いします。業者は東和設備さんで大丈夫です",
            ),
            ("2032-12-22 09:41", 2323, "[rp aid=2320 to={m2}]承知しました！"),
            (
                "2032-12-22 11:00",
                2321,
                "[To:2322]ソン ミナさん\nハイツ緑ヶ丘105の鍵交換、業者さんに見積を取っていただけますか。来週月曜までにいただけると助かります",
            ),
            (
                "2032-12-22 14:20",
                2322,
                "[To:2320]早川 隆さん\n1月の更新案内（12件）の文面を作成しました。お手すきの際にご確認いただけますと幸いです。",
            ),
            (
                "2032-12-22 16:05",
                2323,
                "[rp aid=2320 to={m2}]東和設備さん、28日の午前に伺えるとのことで手配済みです。入居者様にもお電話でお伝えしました",
            ),
            (
                "2032-12-23 10:00",
                2320,
                "[rp aid=2322 to={m5}]拝見しました。問い合わせ先の電話番号だけ、営業所の番号に修正をお願いします。3営業日以内で大丈夫です",
            ),
            (
                "2032-12-23 10:12",
                2322,
                "[rp aid=2320 to={m7}]承知しました、明日中に直します",
            ),
            (
                "2032-12-24 11:30",
                2321,
                "[rp aid=2321 to={m4}]ソンさん、鍵交換の見積ですが、やっぱり大丈夫です🙏 オーナー様が今回は見送りたいとのことでした",
            ),
            ("2032-12-24 11:35", 2322, "[rp aid=2321 to={m9}]承知しました〜"),
            (
                "2032-12-24 15:40",
                2322,
                "[rp aid=2320 to={m7}]電話番号、営業所の番号に修正しました。発送は年明けの1/5に私の方でやります",
            ),
            (
                "2032-12-27 09:00",
                2320,
                "年末年始のお知らせです。12/29〜1/3は休業、緊急時は24時間コールセンターでの対応になります",
            ),
            (
                "2032-12-27 09:20",
                2323,
                "明日の換気扇修理、10時から私が立ち会います",
            ),
            (
                "2032-12-28 11:10",
                2323,
                "換気扇、モーター交換で直りました。立ち会い完了です👍",
            ),
            ("2032-12-28 17:30", 2320, "今年もありがとうございました。良いお年を🎍"),
        ],
        [
            task(2, ["修理"], [2323], ("2032-12-31", "Fri"), "done"),
            task(5, ["更新案内"], [2320], None, "done"),
            task(7, ["電話番号"], [2322], ("2032-12-24", "Fri"), "done"),
            task(11, ["発送"], [2322], ("2033-01-05", "Wed"), "open"),
            task(13, ["換気扇"], [2323], ("2032-12-28T10:00", "Tue"), "done"),
        ],
    ),
    # b16ja-06 (small manufacturer's QA, July): m1 an inspection report (no task). m2
    # [To:] ask 5営業日以内 from Wed 7/14 across 海の日 Mon 7/19 -> Thu 7/22; m10 is a
    # partial reply (連絡済みですが、書面はまだ; 来週火曜 is the supplier's absence, not a
    # deadline) and closes nothing; m11 (書面が届きました) closes it. m3 holds an ask for
    # 2325 (明日の午後3時 -> 7/15 15:00, closed by reply m6 naming 全数検査) and the
    # sender's own commitment (使用停止の連絡 -> 2324 although [To:2325]); m4 reports what
    # someone else did, m5 is the sender's bare completion of his only open task. m7
    # keigo review ask 明日中 -> 7/16, closed by reply m8 (確認しました), which sends it
    # back and asks for 再提出 ([rp] -> 2328) 来週水曜 -> 7/21, closed by reply m12. m13
    # commitment 明日 -> 7/22.
    conv(
        "b16ja-06",
        (96006, "品質保証課"),
        M(2324, 2325, 2326, 2327, 2328),
        [
            (
                "2032-07-14 08:40",
                2325,
                "受入検査の結果です。ロット#B-0714のブラケット、50個中3個でバリ残りがありました。写真は共有フォルダに入れています",
            ),
            (
                "2032-07-14 09:05",
                2324,
                "[To:2327]津田 康平さん\nバリの件、仕入先の山口精工さんに連絡して、原因と対策を書面でもらってください。5営業日以内でお願いします",
            ),
            (
                "2032-07-14 09:10",
                2324,
                "[To:2325]松永 亜由美さん\n残りの在庫分、明日の午後3時までに全数検査をお願いできますか。\n製造課への使用停止の連絡は私の方で入れておきます",
            ),
            (
                "2032-07-14 09:20",
                2326,
                "製造側、了解です。該当ロットは棚から外して赤札つけました🔴",
            ),
            ("2032-07-14 09:35", 2324, "製造課長にも電話で使用停止を伝えました"),
            (
                "2032-07-15 14:50",
                2325,
                "[rp aid=2324 to={m3}]全数検査、終わりました。在庫420個中、バリ残りは11個です。一覧は共有フォルダに入れています",
            ),
            (
                "2032-07-15 15:30",
                2328,
                "[To:2324]三宅 修司さん\n客先への不具合報告書、ドラフトを作成しました。明日中にご確認いただけますでしょうか",
            ),
            (
                "2032-07-16 10:20",
                2324,
                "[rp aid=2328 to={m7}]確認しました。対策の欄が空欄なので一旦差し戻します。来週水曜までに再提出をお願いします",
            ),
            ("2032-07-16 10:25", 2328, "[rp aid=2324 to={m8}]承知しました"),
            (
                "2032-07-16 16:00",
                2327,
                "[rp aid=2324 to={m2}]山口精工さんには連絡済みですが、書面はまだもらえていません。先方のご担当が来週火曜まで不在とのことで…",
            ),
            (
                "2032-07-21 11:00",
                2327,
                "[rp aid=2324 to={m2}]山口精工さんから原因と対策の書面が届きました！共有フォルダに入れてあります",
            ),
            (
                "2032-07-21 15:40",
                2328,
                "[rp aid=2324 to={m8}]対策欄を追記して再提出しました",
            ),
            (
                "2032-07-21 16:00",
                2324,
                "ありがとうございます。報告書は私から客先に明日送付します",
            ),
        ],
        [
            task(2, ["対策"], [2327], ("2032-07-22", "Thu"), "done"),
            task(3, ["全数検査"], [2325], ("2032-07-15T15:00", "Thu"), "done"),
            task(3, ["使用停止"], [2324], None, "done"),
            task(7, ["報告書"], [2324], ("2032-07-16", "Fri"), "done"),
            task(8, ["再提出"], [2328], ("2032-07-21", "Wed"), "done"),
            task(13, ["報告書"], [2324], ("2032-07-22", "Thu"), "open"),
        ],
    ),
    # b16ja-07 (recruitment agency, March, very polite): m2 keigo [To:] ask 今週中 ->
    # Fri 3/19; the assignee's reply m3 declines this week and names 来週火曜 -> 3/23 (a
    # new deadline from the assignee in a reply to the task's message), which m4 only
    # acknowledges; closed by reply m14 (作成いたしました). m5 quotes a candidate and
    # reports it was handled (no task). m7 review ask without a deadline (木曜の最終面接
    # describes the thing), closed by reply m8 (確認しました). m9 commitment 今週中 ->
    # 3/19 (再来週の月曜 describes the dinner); m10 only details that work (no task);
    # the bare m11 (予約完了しました) closes its owner's only open task. m12 ask to two
    # [To:] 来週中 -> 3/26; the bare m15 from one of the two closes nothing.
    conv(
        "b16ja-07",
        (96007, "キャリア事業部 コンサルタント"),
        M(2329, 2330, 2331, 2332, 2333),
        [
            (
                "2032-03-15 09:00",
                2329,
                "おはようございます。今週の面接予定を共有いたします。\n3/16(火) 14:00 A社様 一次面接（候補者：小野様）\n3/18(木) 10:00 B社様 最終面接（候補者：平井様）",
            ),
            (
                "2032-03-15 09:20",
                2329,
                "[To:2330]荒木 悠さん\nC社様向けの推薦状、今週中にご作成いただけますでしょうか。先方より、書類選考の前に拝見したいとのご要望がございました",
            ),
            (
                "2032-03-15 10:05",
                2330,
                "[rp aid=2329 to={m2}]大変申し訳ございません、今週は面談が立て込んでおり難しい状況です。推薦状は来週火曜まででもよろしいでしょうか",
            ),
            (
                "2032-03-15 10:20",
                2329,
                "[rp aid=2330 to={m3}]承知しました、来週火曜で問題ございません🙆‍♀️",
            ),
            (
                "2032-03-15 13:40",
                2332,
                "候補者の小野様からお電話があり、「明日の面接、10分ほど遅れるかもしれない」とのことでした。A社様にはお伝え済みです",
            ),
            (
                "2032-03-15 13:45",
                2329,
                "[rp aid=2332 to={m5}]リンさん、ご対応ありがとうございます",
            ),
            (
                "2032-03-16 17:30",
                2331,
                "[To:2329]白石 玲子さん\nB社様の求人票、給与欄の改訂案を作成いたしました。ご確認いただけますと幸いです。先方へは木曜の最終面接のあとにご提出する予定です",
            ),
            (
                "2032-03-17 09:10",
                2329,
                "[rp aid=2331 to={m7}]確認しました、この内容で問題ございません👍",
            ),
            (
                "2032-03-17 11:00",
                2333,
                "再来週の月曜、D社様の人事部長と会食のアポが取れました🍽 お店の予約は私の方で今週中に済ませておきます",
            ),
            (
                "2032-03-17 11:05",
                2329,
                "ありがとうございます！人数は先方2名・当方2名でお願いします",
            ),
            (
                "2032-03-18 16:20",
                2333,
                "会食のお店、予約完了しました。銀座の和食店の個室です",
            ),
            (
                "2032-03-19 09:30",
                2332,
                "[To:2330][To:2331]荒木 悠さん、土屋 さやかさん\n来週中に、ご担当候補者の今月分の面談記録をシステムへご入力いただけますでしょうか。月次の集計に使用いたします",
            ),
            ("2032-03-19 09:40", 2331, "[rp aid=2332 to={m12}]承知しました！"),
            (
                "2032-03-23 17:50",
                2330,
                "[rp aid=2329 to={m2}]推薦状、作成いたしました。共有フォルダに格納しております",
            ),
            (
                "2032-03-24 10:00",
                2331,
                "面談記録、私の担当分は入力が終わりました",
            ),
        ],
        [
            task(2, ["推薦状"], [2330], ("2032-03-23", "Tue"), "done"),
            task(7, ["求人票"], [2329], None, "done"),
            task(9, ["予約"], [2333], ("2032-03-19", "Fri"), "done"),
            task(12, ["面談記録"], [2330, 2331], ("2032-03-26", "Fri"), "open"),
        ],
    ),
    # b16ja-08 (wedding planner, June): m2 [To:] ask 明日の夕方 -> 6/8 17:00, closed by
    # the quote m6 of the task message + メールでお送りしました. m4 [To:] ask whose only
    # date (来月10日) describes the reception -> null, closed by reply m10 (手配済みです;
    # its 変更があれば共有します is a promise to report). m7 [To:] ask 来週の月曜 ->
    # 6/14, cancelled by the requester's reply m11 (先方のご都合で…中止…不要です) ->
    # dropped. m13 asks for a role and m14 offers it (no task); m15 is a commitment
    # inside a reply (-> sender) 明日の朝イチ sent Fri -> Sat 6/12 10:00.
    conv(
        "b16ja-08",
        (96008, "ブライダルサロン プランナー"),
        M(2334, 2335, 2336, 2337, 2338),
        [
            (
                "2032-06-07 09:30",
                2334,
                "おはようございます☀️ 今週末の挙式は土曜2組、日曜1組です。よろしくお願いします",
            ),
            (
                "2032-06-07 09:45",
                2334,
                "[To:2337]東 ゆうきさん\n土曜の中村様・鈴木様ご両家の装花、サンプル写真を明日の夕方までに送っていただけますか？新婦様が色味を最終確認されたいそうです",
            ),
            ("2032-06-07 10:00", 2337, "[rp aid=2334 to={m2}]はーい、了解です🌸"),
            (
                "2032-06-07 11:20",
                2335,
                "[To:2338]前川 大樹さん\n来月10日の高橋様の披露宴、BGMリストをいただいたので添付します。入場曲だけ音源の手配をお願いできますでしょうか",
            ),
            (
                "2032-06-07 14:05",
                2336,
                "[To:2334]真田 美和子さん\n岡田様ご夫妻から、ゲスト数が80名から65名に減りそうとご連絡がありました",
            ),
            (
                "2032-06-07 16:40",
                2337,
                "[qt][qtmeta aid=2334 time={t2}]土曜の中村様・鈴木様ご両家の装花、サンプル写真を明日の夕方までに送っていただけますか？新婦様が色味を最終確認されたいそうです[/qt]\n写真、メールでお送りしました📷 ピンク系とアイボリー系の2パターンです",
            ),
            (
                "2032-06-08 10:10",
                2334,
                "[To:2336]チャン リサさん\n岡田様ご夫妻の見積書、65名で改訂版を来週の月曜までにお願いできますか？",
            ),
            ("2032-06-08 10:30", 2336, "[rp aid=2334 to={m7}]承知しました"),
            (
                "2032-06-08 15:15",
                2335,
                "高橋様の招待状の返信はがき、今日までで42通届いています。残り8通です✉️",
            ),
            (
                "2032-06-09 09:00",
                2338,
                "[rp aid=2335 to={m4}]入場曲の音源、手配済みです🎵 当日のキュー表は、変更があれば共有しますね",
            ),
            (
                "2032-06-10 13:30",
                2334,
                "[rp aid=2334 to={m7}]チャンさん、岡田様の見積の件ですが、先方のご都合でご相談自体が中止になりました。改訂版は不要です🙏",
            ),
            ("2032-06-10 13:40", 2336, "[rp aid=2334 to={m11}]承知しました！残念ですね…"),
            (
                "2032-06-11 17:00",
                2335,
                "明日の中村様・鈴木様の挙式、受付係をお願いできる方いますか？ご親族側が1名足りないそうです",
            ),
            (
                "2032-06-11 17:10",
                2337,
                "装花の搬入が終わってからなら受付手伝えます！",
            ),
            (
                "2032-06-11 17:20",
                2335,
                "[rp aid=2337 to={m14}]東さん助かります〜！受付名簿は明日の朝イチで私が印刷しておきますね",
            ),
        ],
        [
            task(2, ["装花"], [2337], ("2032-06-08T17:00", "Tue"), "done"),
            task(4, ["音源"], [2338], None, "done"),
            task(15, ["名簿"], [2335], ("2032-06-12T10:00", "Sat"), "open"),
        ],
    ),
    # b16ja-09 (software team, November; 2343 is the tool's own Chatwork account):
    # m2 review ask (:pray:, a link) -> 2339; m3 a reply that comments (not a finished
    # review) and asks the PR author for a fix ([rp] -> 2340), accepted by m4 (後ほど対応
    # します, no new task) and closed by reply m5 (直しました). m6 LGTM closes m2 and is
    # itself a commitment (マージしておきます -> 2339), closed by the bare m9 (取り込み
    # ました) from its owner, whose only open task it is. m7 [To:] ask なる早 -> null;
    # the assignee's reply m11 gives 木曜 sent Tue 11/2 -> Thu 11/4 (11/3 is a
    # holiday); closed by reply m12 (修正して…反映しました). m10 a conditional commitment
    # that names the work (確認は私がやります -> 2342 despite [To:2341]), closed by her
    # bare m13 (確認OKです). m14 [toall] -> everyone but the sender and the bot account,
    # 週明け sent Fri 11/5 -> Mon 11/8 (来週火曜リリース describes the release); the bare
    # m16 from one of three assignees closes nothing. Bot notices are noise.
    conv(
        "b16ja-09",
        (96009, "決済アプリ開発"),
        M(2339, 2340, 2341, 2342, 2343),
        [
            (
                "2032-11-01 09:45",
                2339,
                "今週の予定です。\n・11/3(水)は祝日\n・リリース判定は11/5(金) 16:00〜",
            ),
            (
                "2032-11-01 10:30",
                2340,
                "[To:2339]岸本 翔さん\nログイン画面のバリデーション修正、PR出しました。レビューお願いします :pray:\nhttps://git.example.jp/app/pull/412",
            ),
            (
                "2032-11-01 11:15",
                2339,
                "[rp aid=2340 to={m2}]1点コメントしました。エラーメッセージの文言だけ直してもらえますか",
            ),
            ("2032-11-01 11:20", 2340, "[rp aid=2339 to={m3}]後ほど対応します！"),
            ("2032-11-01 14:40", 2340, "[rp aid=2339 to={m3}]文言直しました🙆‍♀️"),
            ("2032-11-01 15:05", 2339, "[rp aid=2340 to={m2}]LGTM! マージしておきます"),
            (
                "2032-11-01 15:30",
                2339,
                "[To:2341]オルテガ 勇さん\n決済APIのタイムアウト、本番で再現しました😇 修正をお願いできますか。なる早で🙏",
            ),
            (
                "2032-11-01 15:32",
                2343,
                "【自動通知】ステージング環境へのデプロイが完了しました（build #2211）",
            ),
            ("2032-11-01 16:10", 2339, "PR#412、mainに取り込みました"),
            (
                "2032-11-02 09:30",
                2342,
                "[To:2341]オルテガ 勇さん\n再現手順はチケット#881にまとめました。修正が入ったら、ステージングでの確認は私がやります",
            ),
            (
                "2032-11-02 18:20",
                2341,
                "[rp aid=2339 to={m7}]原因はコネクションプールの上限でした。明日は祝日なので、木曜に直します🙏",
            ),
            (
                "2032-11-04 17:45",
                2341,
                "[rp aid=2339 to={m7}]タイムアウト、修正してステージングに反映しました",
            ),
            (
                "2032-11-05 10:20",
                2342,
                "ステージングで決済を20回通して、タイムアウトは出ませんでした。確認OKです✅",
            ),
            (
                "2032-11-05 16:45",
                2339,
                "[toall]\nリリース判定の結果、予定どおり来週火曜リリースで確定です。各自、担当チケットのステータスを週明けまでに「リリース待ち」に更新してください🙏",
            ),
            ("2032-11-05 16:50", 2343, "【自動通知】本日のビルドはすべて成功しました"),
            ("2032-11-05 17:00", 2340, "更新しました〜"),
        ],
        [
            task(2, ["バリデーション"], [2339], None, "done"),
            task(3, ["文言"], [2340], None, "done"),
            task(6, ["マージ"], [2339], None, "done"),
            task(7, ["タイムアウト"], [2341], ("2032-11-04", "Thu"), "done"),
            task(10, ["確認"], [2342], None, "done"),
            task(14, ["ステータス"], [2340, 2341, 2342], ("2032-11-08", "Mon"), "open"),
        ],
        self_account_id=2343,
    ),
    # b16ja-10 (university lab, January) - NO TASK: a new-year greeting, the seminar
    # schedule, a question for information and its answer, thanks, a promise to report
    # (何か分かったら共有します), a vague offer (手伝えることあれば言ってね), "wait and see",
    # a health-check FYI, a seminar summary in prose, a closure notice and an ack.
    conv(
        "b16ja-10",
        (96010, "新井研究室"),
        M(2344, 2345, 2346, 2347),
        [
            (
                "2032-01-05 09:00",
                2344,
                "あけましておめでとうございます。本年もよろしくお願いします🎍",
            ),
            (
                "2032-01-05 09:30",
                2345,
                "ゼミは1/8(木)から再開です。場所はいつもの302セミナー室です",
            ),
            (
                "2032-01-05 10:15",
                2347,
                "質問です。学会の参加費って研究室の予算から出せるんでしたっけ？",
            ),
            (
                "2032-01-05 10:40",
                2345,
                "[rp aid=2347 to={m3}]出せますよ〜。立替精算になります",
            ),
            ("2032-01-05 10:42", 2347, "[rp aid=2345 to={m4}]ありがとうございます！"),
            (
                "2032-01-06 17:30",
                2346,
                "遠心分離機、午後に使ったらエラーE-21が出ました。再起動したら直りましたが、何か分かったら共有します",
            ),
            (
                "2032-01-06 17:40",
                2345,
                "[rp aid=2346 to={m6}]手伝えることあれば言ってね",
            ),
            (
                "2032-01-06 17:45",
                2344,
                "了解、ありがとう。しばらく様子見でいいと思います",
            ),
            (
                "2032-01-07 12:10",
                2347,
                "学内の健康診断、今年は1/19〜1/23だそうです。予約制で、案内メールが来ています📩",
            ),
            (
                "2032-01-08 18:30",
                2345,
                "今日のゼミは永田さんの実験速報と、吉野さんの文献紹介でした。次回は1/15(木)です",
            ),
            (
                "2032-01-09 16:00",
                2346,
                "月曜は成人の日で建物が閉館です。お間違えなく〜",
            ),
            ("2032-01-09 16:05", 2347, "了解です〜🙆"),
        ],
        [],
    ),
    # b16ja-11 (restaurant chain HQ, August): m2 a store manager's 日報: やったこと lines
    # are past (no task), each 明日やること line is a commitment of the sender due 明日
    # -> 8/10. m9 quotes one 日報 line (製氷機…連絡) and says 連絡つきました -> that line
    # done; the same message says シフト is still in progress (closes nothing); the
    # later bare 日報 m12 (シフト作成、完了) closes his only open task by then. m4 an
    # announcement whose one ask line has no owner -> [], full-width （～８／２０
    # １８：００） -> 8/20 18:00 (9/7 describes the tasting); m5 answers for one store
    # only and closes nothing. m6 日報 with a commitment 明日 -> 8/11 (a holiday, still
    # that day), closed by the bare m7 from its owner. m8 ask to two [To:] 今月中 ->
    # 8/31, closed by the reply m11 that says both stores' sheets were mailed. Noise:
    # a weekly note, a comment on the 日報, an offer (応援が必要なら言ってください), thanks.
    conv(
        "b16ja-11",
        (96011, "店舗運営部 × 店長"),
        M(2348, 2349, 2350, 2351, 2352),
        [
            (
                "2032-08-09 09:00",
                2348,
                "【今週の共有】\n・8/11(水)は山の日のため本部休み\n・お盆期間の来客予測は昨年比110%です\n各店の発注は通常より多めで見ています",
            ),
            (
                "2032-08-09 22:30",
                2350,
                "【日報】渋谷店 ゴメス\n■本日の売上：38.2万円（前年比104%）\n■やったこと\n・冷蔵庫の温度ログ記入\n・アルバイト面接1名\n■明日やること\n・製氷機の清掃業者に連絡\n・8月後半のシフト作成\n■所感\nランチのピークが12:30にずれてきています",
            ),
            (
                "2032-08-10 09:15",
                2348,
                "[rp aid=2350 to={m2}]ゴメスさんお疲れさまです！ランチのピークずれ、面白いですね👀",
            ),
            (
                "2032-08-10 11:00",
                2349,
                "秋の新メニュー試食会のお知らせです🍂\n日時：9/7(火) 14:00〜\n場所：本部テストキッチン\n各店長は以下をお願いします。\n・参加可否の回答（～８／２０ １８：００）",
            ),
            ("2032-08-10 11:30", 2351, "[rp aid=2349 to={m4}]新宿店、参加します🙋‍♀️"),
            (
                "2032-08-10 23:05",
                2351,
                "【日報】新宿店 柏木\n売上 41.5万（前年比98%）\n・エアコン1台効きが悪い→明日メーカーに点検依頼します\n・ホールスタッフ1名、今月末で退職予定\n以上です",
            ),
            (
                "2032-08-11 10:40",
                2351,
                "エアコン、メーカーに点検依頼しました。来週月曜に来てくれるそうです",
            ),
            (
                "2032-08-12 09:00",
                2352,
                "[To:2350][To:2351]ゴメス 大地さん、柏木 奈央さん\n7月分の小口現金の精算書、今月中に本部へ郵送をお願いします🙇 原本が必要です",
            ),
            (
                "2032-08-12 09:30",
                2350,
                "[qt][qtmeta aid=2350 time={t2}]・製氷機の清掃業者に連絡[/qt]\n業者さん連絡つきました、来週水曜に入ってもらいます。シフトの方はまだ作成中です💦",
            ),
            (
                "2032-08-13 14:00",
                2348,
                "お盆期間、応援が必要なら言ってください。本部から2名まで出せます",
            ),
            (
                "2032-08-16 10:20",
                2351,
                "[rp aid=2352 to={m8}]新宿店分と渋谷店分、まとめて本日レターパックで投函しました📮（ゴメスさんから預かりました）",
            ),
            (
                "2032-08-16 21:50",
                2350,
                "【日報】渋谷店 ゴメス\n■売上 45.0万（前年比112%）\n■やったこと\n・8月後半のシフト作成、完了\n■明日やること\n・特になし",
            ),
            ("2032-08-17 09:00", 2352, "[rp aid=2351 to={m11}]柏木さん、ありがとうございます🙏"),
        ],
        [
            task(2, ["製氷機"], [2350], ("2032-08-10", "Tue"), "done"),
            task(2, ["シフト"], [2350], ("2032-08-10", "Tue"), "done"),
            task(4, ["参加"], [], ("2032-08-20T18:00", "Fri"), "open"),
            task(6, ["エアコン"], [2351], ("2032-08-11", "Wed"), "done"),
            task(8, ["精算書"], [2350, 2351], ("2032-08-31", "Tue"), "done"),
        ],
    ),
    # b16ja-12 (food-bank NPO, Golden Week): m2 asks for roles and m4 takes one (no
    # task); m3 takes a role and commits to named work 5/7(金) -> 5/7, later cancelled
    # by its own owner quoting it (m13 …不要になりました) -> dropped. m5 [To:] ask with
    # 今週末 sent Sat 5/1 -> Fri 5/7; the acceptance m6 (月曜…押しておきます) moves it to
    # Mon 5/3 (憲法記念日, still a weekday phrase); closed by reply m9 (押印しました). m7
    # only asks who has a car (no task); m8 "私やります！" names the work (引き取り) ->
    # sender, 明後日の午前中 sent Sun 5/2 -> 5/4 12:00, closed by his bare m10. m11 ask to
    # three [To:] 3日以内 -> 5/8; the bare m12 from one of them closes nothing.
    conv(
        "b16ja-12",
        (96012, "フードバンクみどり ボランティア"),
        M(2353, 2354, 2355, 2356, 2357),
        [
            (
                "2032-04-30 20:10",
                2353,
                "お疲れさまです！5/8(土)の配布会、今のところ申込みは62世帯です🍙",
            ),
            ("2032-04-30 20:15", 2353, "当日の受付と誘導、手伝える人いますか〜？"),
            (
                "2032-04-30 20:30",
                2355,
                "受付なら入れます！あと駐車場のコーン、私が5/7(金)に倉庫から運んでおきますね",
            ),
            ("2032-04-30 20:42", 2356, "誘導やります🙋‍♂️"),
            (
                "2032-05-01 09:00",
                2354,
                "[To:2353]宇佐美 典子さん\n市の社協さんへの活動報告書、今週末までに提出が必要とのことです。代表印が要るので、押印をお願いできますか？",
            ),
            (
                "2032-05-01 09:30",
                2353,
                "[rp aid=2354 to={m5}]OKです！月曜は祝日だけど事務所に寄るので、そのとき押しておきます",
            ),
            (
                "2032-05-02 11:00",
                2357,
                "寄付のお米、農家さんから30kg×10袋いただけることになりました🌾 車を出せる人いますか？",
            ),
            (
                "2032-05-02 11:20",
                2356,
                "[rp aid=2357 to={m7}]私やります！明後日の午前中に引き取りに行ってきます🚗",
            ),
            (
                "2032-05-03 15:20",
                2353,
                "[rp aid=2354 to={m5}]押印しました。事務所の机の上に置いてあります",
            ),
            ("2032-05-04 11:30", 2356, "お米10袋、引き取って倉庫に運び込みました💪"),
            (
                "2032-05-05 19:00",
                2354,
                "[To:2355][To:2356][To:2357]平田 美穂さん、倉田 蓮さん、菊池 はるかさん\n配布会のチラシ、近所の掲示板に貼ってもらえると助かります。3日以内でお願いします🙏",
            ),
            ("2032-05-05 21:10", 2357, "チラシ、公民館と駅前に貼ってきました"),
            (
                "2032-05-06 10:00",
                2355,
                "[qt][qtmeta aid=2355 time={t3}]受付なら入れます！あと駐車場のコーン、私が5/7(金)に倉庫から運んでおきますね[/qt]\nコーンの件、会場の方で用意してもらえることになったので不要になりました〜",
            ),
            (
                "2032-05-07 21:00",
                2353,
                "明日はよろしくお願いします！雨予報なので足元お気をつけて☔",
            ),
        ],
        [
            task(5, ["押印"], [2353], ("2032-05-03", "Mon"), "done"),
            task(8, ["引き取り"], [2356], ("2032-05-04T12:00", "Tue"), "done"),
            task(11, ["チラシ"], [2355, 2356, 2357], ("2032-05-08", "Sat"), "open"),
        ],
    ),
    # b16ja-13 (care home staff room, year end) - NO TASK: a visiting-hours notice, a
    # family's request quoted inside a report, information on the doctor's round, a
    # report of work already done (フィルター交換しておきました) and thanks, a night-shift
    # swap call and its answer (a role), a report that the roster was already fixed,
    # a vaccination report, year-end sign-offs with a kaomoji.
    conv(
        "b16ja-13",
        (96013, "特養ひだまり 職員連絡"),
        M(2358, 2359, 2360, 2361),
        [
            (
                "2032-12-27 08:30",
                2358,
                "年末年始の面会は12/30〜1/3がお休みです。ご家族向けの案内は玄関に掲示済みです",
            ),
            (
                "2032-12-27 10:00",
                2359,
                "佐伯様のご家族から「お正月に一時帰宅させたいので、先生に聞いてもらえませんか」とご相談がありました。主治医の判断になります、とお伝えしています",
            ),
            (
                "2032-12-27 10:20",
                2361,
                "[rp aid=2359 to={m2}]主治医の回診は明日です。外泊の可否はそこで判断になると思います",
            ),
            ("2032-12-27 14:10", 2360, "2階の加湿器、全部フィルター交換しておきました✨"),
            ("2032-12-27 14:15", 2358, "井上さんありがとう！助かります"),
            (
                "2032-12-28 09:05",
                2359,
                "明日の夜勤、熱が出てしまって…代わってもらえる方いませんか🙏",
            ),
            ("2032-12-28 09:20", 2360, "[rp aid=2359 to={m6}]入れますよ！お大事に〜"),
            (
                "2032-12-28 09:25",
                2358,
                "[rp aid=2360 to={m7}]井上さん、ありがとう。勤務表はこちらで直しておきました",
            ),
            (
                "2032-12-28 16:40",
                2361,
                "インフルエンザの予防接種、入所者の方は全員終わりました💉 職員分は1/6の予定です",
            ),
            (
                "2032-12-28 17:00",
                2359,
                "お疲れさまです。今年もお世話になりました(｡･ω･｡)ﾉ",
            ),
            ("2032-12-28 17:05", 2358, "皆さん一年間ありがとうございました。よいお年を🎍"),
        ],
        [],
    ),
]
