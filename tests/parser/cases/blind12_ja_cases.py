# ruff: noqa: E501
"""Blind holdout 12 (Japanese): 16 Chatwork conversations in domains not used in earlier sets.

Domains: an architecture firm's building-permit (確認申請) team, a ramen chain's head office, a
veterinary clinic (read with a self account), a theatre ticket office, a software QA outsourcing
team (Japanese and English), a city tourism association, a nursery school (保育園) staff room, a
used-car dealer, a patent office (特許事務所), a bakery with two shops, a civic orchestra's office,
a florist, a ski school (English and Japanese), a karaoke chain's head office, a junk-removal
company and a yoga studio.

Every label was written blind from ``shared/spec/extraction.md`` (mainly "How people really
write", the assignee precedence, the deadline table and "Updates"), without reading the parser
or its tests and without running either on these conversations. Every sentence is new, written
for this set about invented people, companies and products; phrasing habits (soft requests,
casual しといて / よろ / 頼める？, chases, extensions, withdrawals, declines and handoffs) were
studied in the public "issues" and "pages" corpora, but nothing was copied.

Messages run from 2028-09-13 to 2029-01-12 (Asia/Tokyo) and cross 敬老の日 (9/18), 秋分の日
(9/22), スポーツの日 (10/9), 文化の日 (11/3), 勤労感謝の日 (11/23), the 12-29 … 01-03 break and
成人の日 (1/8). N営業日 dues skip them in rooms 99601 (9/14 + 3 → 9/20), 99603 (11/2 + 2 →
11/7), 99605 (1/4 + 5 → 1/12) and 99609 (9/13 + 5 → 9/21); 来週頭 in 99601 lands on the Tuesday
after 敬老の日 and 週明け in 99610 on the Tuesday after 成人の日. Every ``due`` was computed by a
throwaway script (datetime + jpholiday, one function per row of the spec's deadline table, from
the send time of the message that sets it); none was typed by hand.

Phenomena: terse and implicit requests (ご確認よろしくお願いいたします after a report, 見ていただけますか,
頼める？, しといて〜 よろ, してもらってもいいですか, いただけますと幸いです, でお願いできればと思います),
commitments without 私 or a time (しておきます, 引き取ります, 見てきます, 〜します in a reply), a
commitment and a request in one message under one [To:], two works in one sentence, to-do blocks
(担当：/期限：, （名前さん、期限）, （~M/D HH:MM）, full-width dates, numbered lines with an owner after
a dash, 私が… lines), dates that describe the thing (11/11の抜糸, 来月5日の面談, 年内分, 年末パーティー,
来週火曜の現場), noise (emoji, :shortcode:, ー, 〜, 笑, a signature), non-tasks (thanks, よろしく and
season greetings, conditions, vague offers, information questions, a permission question,
promises to report, requests to wait, a request inside 『』, a pasted reply template and a
quoted customer DM, notices and schedules), replies that finish in other words (上げました,
発注かけました, 拝見しました。問題ない, 依頼しました, 焼き上がってます), negated and partial completion
(まだ半分, 7割, 終わりませんでした, 3 of 4 reproduced, 完了予定です), deadlines moved by the assignee
(ずれ込みそうです, 延ばしていただけますか, 週明けでもいいですか) or the requester, paraphrased
cancellations by reply and by quote (なしでOK, いったんキャンセルで) including one from a manager who
is neither requester nor assignee (no effect) followed by the requester's own, a decline followed
by a volunteer, a handoff, chases (〜の件どうなりました？), someone else's work reported, bare
完了しました with one and with two open tasks, a bare report from one of several assignees,
Chatwork task markup (ltype time, date and an old body without ltype; three task_done), [To:],
[toall] (with the self account excluded in room 99603), [rp] and [qt] assignees and updates.
Three conversations (99604, 99606, 99611) hold no task.
"""

from tests.parser.cases.build import chatwork_lt, conv, task, task_added, task_done

P = {
    1301: "小野寺 直樹",
    1302: "桐谷 彩",
    1303: "早瀬 研二",
    1304: "三輪 知佳",
    1305: "宇佐美 紗英",
    1306: "梶 陸斗",
    1307: "藤代 楓",
    1308: "門倉 譲",
    1310: "石黒 亮",
    1311: "丸山 恵",
    1312: "大河内 翔",
    1313: "堀 奈々",
    1314: "沢口 勇",
    1315: "新庄 博之",
    1316: "Liam Carter",
    1317: "雪村 ちさ",
    1318: "林 芽衣",
    1320: "津田 雅人",
    1321: "小宮 遥",
    1322: "榎本 里穂",
    1323: "仲村 颯",
    1329: "chatsync連携",
    1330: "宮坂 文乃",
    1331: "岩佐 大地",
    1332: "遠山 りこ",
    1333: "長谷川 静",
    1334: "久保田 航",
    1335: "小田切 葵",
    1336: "辻本 修一",
    1340: "高梨 俊介",
    1341: "伊吹 舞",
    1342: "Ravi Menon",
    1343: "笹本 剛",
    1344: "瀬川 美月",
    1345: "中条 瑞希",
    1346: "鬼塚 航平",
    1347: "巽 玲奈",
    1348: "福永 恭子",
    1350: "葛西 誠",
    1351: "白鳥 未来",
    1352: "大庭 光一",
    1353: "松永 拓",
    1354: "大島 玄",
    1355: "秋吉 真央",
    1356: "土井 ひより",
    1360: "五十嵐 千尋",
    1361: "前川 聡子",
    1362: "野々村 栞",
    1363: "樋口 蒼",
    1364: "水野 加奈",
    1365: "真壁 玲子",
    1366: "堤 ゆかり",
    1367: "岸本 陽菜",
    1368: "相良 大輝",
    1370: "城戸 拓海",
    1371: "北条 恵太",
    1372: "蒲田 修",
    1373: "若林 栞奈",
    1380: "榊原 宏美",
    1381: "矢吹 慎也",
    1382: "能登 茜",
    1383: "海老原 純",
    1390: "桜井 ひなた",
    1391: "大路 健吾",
    1392: "戸田 美咲",
    1393: "佐野 ゆい",
}


def M(*ids: int) -> list[tuple[int, str]]:
    return [(i, P[i]) for i in ids]


FLYER_LT = chatwork_lt("2028-12-16", "17:00")
FLYER = "English lesson flyer 校正"
ROSTER_LT = chatwork_lt("2028-12-20")
ROSTER = "キッズクラス名簿の作成"
SUMMARY_LT = chatwork_lt("2028-12-28")
SUMMARY = "決済画面テスト 結果サマリ作成"

CASES = [
    # Building-permit team: N営業日 over 敬老の日, 来週頭 landing on Tuesday, a commitment with a
    # bare weekday closed by 上げました (signature as noise), an assignee's ずれ込みそうです moving the
    # due, a commitment inside the requester's acknowledgement, done by reply.
    conv(
        "b12ja-01",
        (99601, "設計部 確認申請チーム"),
        M(1301, 1302, 1303, 1304),
        [
            (
                "2028-09-14 09:40",
                1301,
                "[To:1302]桐谷さん\n藤沢のK邸（戸建て）の確認申請、構造計算書の差し替え版を3営業日以内に審査機関へ提出お願いします。",
            ),
            ("2028-09-14 09:52", 1302, "[rp aid=1301 to={m1}]承知しました！"),
            (
                "2028-09-14 10:15",
                1303,
                "【共有】審査機関の窓口、9/18（月）は敬老の日で休みです。9/19から通常どおりとのことです。",
            ),
            (
                "2028-09-14 10:20",
                1301,
                "[To:1303]早瀬さん\n消防同意の事前相談、来週頭までに予約取っといてもらえる？",
            ),
            ("2028-09-14 10:31", 1303, "[rp aid=1301 to={m4}]了解です、取れたらここに書きます"),
            (
                "2028-09-14 13:05",
                1304,
                "配置図の隣地境界線の寸法、1か所ずれてたので直しておきました :sweat_smile:",
            ),
            ("2028-09-14 13:10", 1301, "三輪さんありがとう！助かるー"),
            (
                "2028-09-14 14:00",
                1301,
                "K邸の施主さん向けの申請スケジュール表、金曜までに私が作ります",
            ),
            (
                "2028-09-15 17:20",
                1301,
                "K邸の申請スケジュール表、共有フォルダに上げました📁\n--\n小野寺",
            ),
            (
                "2028-09-19 10:05",
                1303,
                "[rp aid=1301 to={m4}]事前相談、9/21（木）14時で予約取れました！",
            ),
            (
                "2028-09-19 16:30",
                1302,
                "[rp aid=1301 to={m1}]すみません、構造の先生からの修正がまだ戻ってきておらず…提出は9/25（月）にずれ込みそうです🙇\u200d♀️",
            ),
            (
                "2028-09-19 16:42",
                1301,
                "[rp aid=1302 to={m11}]了解、9/25で大丈夫です。施主さんには私から電話しておきます",
            ),
            ("2028-09-20 09:00", 1304, "念のため、9/22（金）は秋分の日でお休みです〜🍂"),
            (
                "2028-09-25 15:10",
                1302,
                "[rp aid=1301 to={m1}]構造計算書の差し替え版、審査機関へ提出しました。受付番号は共有フォルダに置いてあります",
            ),
        ],
        [
            task(1, ["構造計算書"], [1302], ("2028-09-25", "Mon"), "done"),
            task(4, ["事前相談"], [1303], ("2028-09-19", "Tue"), "done"),
            task(8, ["スケジュール表"], [1301], ("2028-09-15", "Fri"), "done"),
            task(12, ["施主"], [1301], None),
        ],
    ),
    # Ramen chain head office: a to-do block (担当：/期限：, （名前さん、来週中）, a 私が… line) under a
    # date that describes the launch; an assignee's reply that is not done and moves the due to
    # 明日の午前中; bare 入稿しました with one open task; [toall] and a bare report from one of
    # several assignees (stays open); information questions.
    conv(
        "b12ja-02",
        (99602, "本部・店長会（秋メニュー）"),
        M(1310, 1311, 1312, 1313, 1314),
        [
            (
                "2028-10-05 10:00",
                1310,
                "お疲れ様です。10/16(月)から秋限定『焦がし味噌らーめん』の販売開始です🍜 以下よろしくお願いします。\n・POPとメニュー差し込みの入稿　担当：堀さん　期限：10/10\n・レシピカードの最終版共有　担当：丸山さん　期限：10/6\n・高円寺店の仕込み量試算（大河内さん、来週中）\n・吉祥寺店の仕込み量試算（沢口さん、来週中）\n・本部からの告知文は私が作ります",
            ),
            ("2028-10-05 10:12", 1313, "了解です〜👍"),
            (
                "2028-10-05 10:30",
                1314,
                "吉祥寺店、10/9（月・祝）は10時オープンの祝日営業です。ご参考まで",
            ),
            ("2028-10-06 09:00", 1310, "本部告知文、各店のLINEグループに流しました📣"),
            (
                "2028-10-06 16:40",
                1311,
                "[rp aid=1310 to={m1}]レシピカード最終版、共有フォルダに入れました！麺の茹で時間だけ前回から20秒短くなってます",
            ),
            ("2028-10-06 16:45", 1310, "丸山さん、ありがとうございます🙏"),
            (
                "2028-10-10 18:20",
                1313,
                "[rp aid=1310 to={m1}]すみません、POPの入稿まだ終わってません…印刷所の色校待ちです。明日の午前中には入れます🙇",
            ),
            ("2028-10-11 09:30", 1312, "高円寺店です。試算の前提って、1日何杯で見ればいいですか？"),
            (
                "2028-10-11 09:41",
                1310,
                "[rp aid=1312 to={m8}]平日80杯、土日120杯の前提で大丈夫です",
            ),
            ("2028-10-11 11:05", 1313, "入稿しました！"),
            (
                "2028-10-12 10:00",
                1310,
                "[toall]\n10/16の販売開始に向けて、各店で券売機ボタンの設定変更を10/15までにお願いします。手順は添付PDFのとおりです。",
            ),
            (
                "2028-10-12 17:00",
                1314,
                "[rp aid=1310 to={m1}]吉祥寺店の仕込み量試算、本部フォルダに入れました",
            ),
            ("2028-10-13 20:00", 1314, "券売機の設定、変更しました✅"),
            (
                "2028-10-14 09:00",
                1312,
                "[rp aid=1310 to={m1}]高円寺店の試算も入れました🙏 土曜にすみません",
            ),
            ("2028-10-14 10:30", 1310, "大河内さん、沢口さん、ありがとうございます！"),
        ],
        [
            task(1, ["POP"], [1313], ("2028-10-11T12:00", "Wed"), "done"),
            task(1, ["レシピカード"], [1311], ("2028-10-06", "Fri"), "done"),
            task(1, ["高円寺", "仕込み"], [1312], ("2028-10-13", "Fri"), "done"),
            task(1, ["吉祥寺", "仕込み"], [1314], ("2028-10-13", "Fri"), "done"),
            task(1, ["告知文"], [1310], None, "done"),
            task(11, ["券売機"], [1311, 1312, 1313, 1314], ("2028-10-15", "Sun")),
        ],
    ),
    # Veterinary clinic read with a self account: a [toall] condition (no task) and a [toall]
    # request (self excluded) closed by one assignee's reply; a request inside 『』 (none) and the
    # vet's answer asking reception to book (the 11/11 date describes the appointment); N営業日
    # over 文化の日 moved by the assignee's 月曜の午前中; commitments closed by bare reports; a
    # permission question.
    conv(
        "b12ja-03",
        (99603, "みなと動物病院 スタッフ"),
        M(1320, 1321, 1322, 1323, 1329),
        [
            (
                "2028-11-01 08:50",
                1320,
                "[toall]\n11/3(金)文化の日は休診です。急患の問い合わせがあれば、夜間救急の北町アニマルERをご案内ください。",
            ),
            (
                "2028-11-01 08:52",
                1320,
                "[toall]\nそれと、休診前に狂犬病ワクチンの在庫数を数えて、明日中に報告をお願いします🙏",
            ),
            (
                "2028-11-01 09:10",
                1322,
                "[rp aid=1320 to={m2}]数えました！狂犬病ワクチンは残り14本です",
            ),
            (
                "2028-11-01 10:30",
                1323,
                "受付です。トイプードルのモカちゃん（飼い主：佐伯様）からお電話で『術後の抜糸、来週の土曜に変更できますか』とのことです。",
            ),
            (
                "2028-11-01 10:45",
                1321,
                "[rp aid=1323 to={m4}]11/11（土）の午前なら空いてるので、そこで予約入れといてください",
            ),
            (
                "2028-11-01 10:58",
                1323,
                "[rp aid=1321 to={m5}]入れました〜🐩 佐伯様にもSMSでお伝え済みです",
            ),
            (
                "2028-11-02 09:00",
                1320,
                "[To:1321]小宮先生\nシロくん（柴・12歳）の血液検査の結果、飼い主さん向けの説明文にまとめてもらえますか？2営業日以内だと助かります",
            ),
            (
                "2028-11-02 09:20",
                1321,
                "[rp aid=1320 to={m7}]了解です。明日は休診なので、月曜の午前中に仕上げます",
            ),
            (
                "2028-11-02 12:30",
                1322,
                "手術室の無影灯、電球が1つ切れかけてます💡 業者さんに交換の手配しておきます",
            ),
            ("2028-11-02 12:34", 1320, "榎本さん、いつもありがとう😊"),
            ("2028-11-06 11:40", 1321, "シロくんの説明文、カルテに添付しました！"),
            ("2028-11-06 13:00", 1323, "院長、来週水曜の午後って半休いただいても大丈夫ですか？"),
            ("2028-11-06 13:05", 1320, "[rp aid=1323 to={m12}]大丈夫ですよ〜"),
            (
                "2028-11-07 10:00",
                1322,
                "無影灯の電球交換、業者さんに手配しました（作業は11/24の予定です）",
            ),
        ],
        [
            task(2, ["ワクチン"], [1321, 1322, 1323], ("2028-11-02", "Thu"), "done"),
            task(5, ["予約"], [1323], None, "done"),
            task(7, ["説明文"], [1321], ("2028-11-06T12:00", "Mon"), "done"),
            task(9, ["電球"], [1322], None, "done"),
        ],
        self_account_id=1329,
    ),
    # Theatre ticket office, no task: notices and opening hours, a pasted reply template with a
    # request in it, information questions, a vague offer, a request to wait, thanks, closings.
    conv(
        "b12ja-04",
        (99604, "チケットセンター 窓口"),
        M(1330, 1331, 1332),
        [
            (
                "2028-09-27 10:00",
                1330,
                "おはようございます。本日から『冬の灯台』一般発売です🎭 電話受付は10:00〜18:00、窓口は11:00からです。",
            ),
            ("2028-09-27 10:03", 1331, "了解です！今日は電話鳴りっぱなしになりそう笑"),
            (
                "2028-09-27 10:20",
                1332,
                "車椅子席のお問い合わせ用の返信テンプレ、前回決めた文面を貼っておきます\n----\n〇〇様\nお問い合わせありがとうございます。車椅子席をご希望の場合は、公演日の3日前までに劇場窓口へお電話ください。\n----",
            ),
            ("2028-09-27 10:25", 1330, "ありがとうございます、助かります🙏"),
            ("2028-09-27 14:10", 1331, "S席の残りって今どれくらいでしたっけ？"),
            ("2028-09-27 14:12", 1332, "[rp aid=1331 to={m5}]12/2マチネが残り8、ソワレは完売です"),
            (
                "2028-10-02 09:30",
                1330,
                "【お知らせ】10/9（月・祝）スポーツの日は窓口短縮営業（12:00〜16:00）です。シフト表は掲示板に貼ってあります。",
            ),
            (
                "2028-10-02 09:40",
                1331,
                "払い戻し対応で何かあったら言ってください、今週わりと手が空いてます",
            ),
            (
                "2028-10-02 11:00",
                1332,
                "座席表の不具合、システム会社に問い合わせ中です。もう少々お待ちください🙇",
            ),
            ("2028-10-02 11:02", 1330, "了解です〜"),
            ("2028-10-02 18:05", 1331, "今日もお疲れさまでした！明日もよろしくお願いします"),
        ],
        [],
    ),
    # QA outsourcing team across the year-end break: a numbered list with owners (a dash + a
    # romanised name, a line that ends お願いします), an English commitment, Chatwork task markup
    # (ltype=date) and its task_done, an assignee's partial reply moving the due to 明日の昼,
    # bare done with one open task, a named report from someone with two open tasks (closes
    # none), partial English report (stays open), done by reply to one's own message, and N営業日
    # over 成人の日.
    conv(
        "b12ja-05",
        (99605, "QA受託 v3.2 回帰テスト"),
        M(1340, 1341, 1342, 1343, 1344),
        [
            (
                "2028-12-22 10:00",
                1340,
                "年内リリースのv3.2、回帰テストの残りを分担します。\n1. 決済画面のテストケース消化（伊吹さん、12/27まで）\n2. Android 14端末での再現確認 — Ravi\n3. 不具合票の重複整理（笹本さん、今日中）\n4. 顧客向け週報の送付は瀬川さんお願いします",
            ),
            (
                "2028-12-22 10:08",
                1342,
                "Got it. I'll also update the device matrix sheet by tomorrow.",
            ),
            ("2028-12-22 10:30", 1340, task_added(1341, SUMMARY_LT, SUMMARY, "date")),
            ("2028-12-22 15:00", 1344, "週報、先方に送りました📨"),
            (
                "2028-12-22 15:30",
                1343,
                "[rp aid=1340 to={m1}]不具合票の重複整理、まだ半分です…明日の昼までには終わらせます🙇",
            ),
            ("2028-12-25 09:30", 1343, "不具合票の重複整理、終わりました。42件→35件になりました"),
            (
                "2028-12-25 14:00",
                1342,
                "Android repro: 3 of the 4 bugs reproduced on a Pixel 8, logs attached to each ticket. The 4th one I still can't trigger.",
            ),
            (
                "2028-12-25 14:20",
                1340,
                "[rp aid=1342 to={m7}]Thanks Ravi! 4件目は年明けに回しましょう",
            ),
            (
                "2028-12-27 17:50",
                1341,
                "決済画面のテストケース、全部消化しました。NG2件は起票済みです",
            ),
            ("2028-12-28 11:00", 1341, task_done(1341, SUMMARY_LT, SUMMARY, "date")),
            (
                "2028-12-28 11:05",
                1341,
                "[rp aid=1340 to={m1}]決済画面のテストケース消化、完了しています🙏",
            ),
            ("2028-12-28 11:30", 1340, "伊吹さんありがとう！年内はここまでで。皆さん良いお年を🎍"),
            (
                "2029-01-04 10:00",
                1340,
                "あけましておめでとうございます。Raviさん、端末マトリクスって更新済みでしたっけ？",
            ),
            (
                "2029-01-04 10:20",
                1342,
                "[rp aid=1342 to={m2}]Happy new year! Device matrix was updated on 12/23 👍",
            ),
            (
                "2029-01-04 10:40",
                1340,
                "[To:1343]笹本さん\n4件目の再現、5営業日以内に別端末でもう一度試してもらってもいいですか？",
            ),
        ],
        [
            task(1, ["決済"], [1341], ("2028-12-27", "Wed"), "done"),
            task(1, ["再現"], [1342], None),
            task(1, ["不具合票"], [1343], ("2028-12-23T12:00", "Sat"), "done"),
            task(1, ["週報"], [1344], None, "done"),
            task(2, ["matrix"], [1342], ("2028-12-23", "Sat"), "done"),
            task(3, ["サマリ"], [1341], ("2028-12-28", "Thu"), "done"),
            task(15, ["再現"], [1343], ("2029-01-12", "Fri")),
        ],
    ),
    # City tourism association, no task: a schedule list, notices, information questions,
    # promises to report, a quoted customer DM that asks for information, thanks.
    conv(
        "b12ja-06",
        (99606, "観光協会 事務局"),
        M(1350, 1351, 1352),
        [
            (
                "2028-10-02 09:15",
                1350,
                "今週の予定です\n10/4(水) 10:00 紅葉まつり実行委員会（市役所3F）\n10/6(金) 14:00 旅行会社さん来訪\n10/9(月・祝) 観光案内所は通常営業",
            ),
            ("2028-10-02 09:20", 1351, "了解しました📅"),
            ("2028-10-02 09:40", 1352, "実行委員会の資料は当日の机上配布になります。"),
            ("2028-10-02 10:05", 1351, "紅葉の見頃予想って、例年だと何日ごろでしたっけ？"),
            ("2028-10-02 10:10", 1350, "[rp aid=1351 to={m4}]去年は11/10前後でした🍁"),
            (
                "2028-10-02 13:30",
                1352,
                "県の誘客補助金の採択結果、まだ届いてないので届いたら共有します",
            ),
            (
                "2028-10-02 15:00",
                1351,
                "公式インスタのDMに以下のお問い合わせが来てました\n[qt]紅葉まつり当日の駐車場の台数と、臨時バスの時刻表を教えていただけますでしょうか。[/qt]",
            ),
            (
                "2028-10-02 15:10",
                1350,
                "[rp aid=1351 to={m7}]そのあたりは水曜の委員会で決まるので、決まり次第お知らせします",
            ),
            ("2028-10-02 15:12", 1351, "承知です！"),
            (
                "2028-10-10 09:00",
                1352,
                "皆さん、連休中のイベント対応ありがとうございました。来場者は昨年比120%でした🎉",
            ),
            (
                "2028-10-10 09:15",
                1350,
                "大庭さん、ありがとうございます！引き続きよろしくお願いします",
            ),
        ],
        [],
    ),
    # Nursery school staff room: 取り急ぎ to-do block (owner only, 週内, M/D); an acceptance reply
    # giving 今日中; a decline, a volunteer's 引き取ります, the requester dropping the decliner's line
    # by reply; a partial report that also asks for a look (assignees []), closed by この方向でOK;
    # done by reply to one's own message and by bare reports with one open task each.
    conv(
        "b12ja-07",
        (99607, "ひまわり保育園 職員室"),
        M(1360, 1361, 1362, 1363, 1364),
        [
            (
                "2028-11-20 08:00",
                1360,
                "おはようございます☀️ 11/25(土)の作品展に向けて、取り急ぎ以下お願いします。\n・案内掲示物の作成（野々村さん）\n・展示用パネルの借用手配（樋口さん、週内）\n・当日の受付名簿の準備（前川さん、11/24まで）",
            ),
            (
                "2028-11-20 08:30",
                1364,
                "【給食】11/22（水）はアレルギー対応のため、おやつをりんごゼリーに変更します。",
            ),
            (
                "2028-11-20 08:45",
                1362,
                "[rp aid=1360 to={m1}]掲示物、今日中にたたき作っておきますね✂️",
            ),
            (
                "2028-11-20 09:10",
                1363,
                "[rp aid=1360 to={m1}]すみません、パネルの件、今週は行事準備で手が回らなそうです…🙇",
            ),
            ("2028-11-20 09:25", 1361, "パネル、私が引き取ります！🙋"),
            (
                "2028-11-20 09:30",
                1360,
                "[rp aid=1360 to={m1}]パネルの借用は前川さんが巻き取ってくれたので、樋口さんの分はなしでOKです！",
            ),
            (
                "2028-11-20 16:50",
                1362,
                "掲示物、下書きまではできたのでボードに貼りました。まだ完成ではないです🙏 お手すきの際に見ていただけますか？",
            ),
            (
                "2028-11-20 17:05",
                1360,
                "[rp aid=1362 to={m7}]見ました！かわいい😊 この方向でOKです",
            ),
            (
                "2028-11-22 10:00",
                1361,
                "[rp aid=1361 to={m5}]支援センターからパネル6枚、借用の手配しました！",
            ),
            ("2028-11-24 12:00", 1361, "受付名簿、準備できました📋"),
            ("2028-11-24 13:00", 1363, "明日の作品展、駐車場の誘導って誰か決まってましたっけ？"),
            ("2028-11-24 13:10", 1360, "[rp aid=1363 to={m11}]保護者会の方が2名来てくれます"),
            ("2028-11-24 17:00", 1362, "掲示物、完成して玄関に貼りました🎨"),
            ("2028-11-24 17:30", 1360, "皆さんありがとう！明日よろしくお願いします"),
        ],
        [
            task(1, ["掲示物"], [1362], ("2028-11-20", "Mon"), "done"),
            task(1, ["名簿"], [1361], ("2028-11-24", "Fri"), "done"),
            task(5, ["パネル"], [1361], None, "done"),
            task(7, ["掲示物"], [], None, "done"),
        ],
    ),
    # Used-car dealer: casual 頼める？ / しといて〜 よろ, a chase answered by a commitment with 夕方,
    # bare done with one open task, 点検終わりました by reply; a request stopped by a manager who is
    # neither requester nor assignee (no effect) and then withdrawn by the requester; a
    # 来週の火曜 commitment.
    conv(
        "b12ja-08",
        (99608, "オートガレージ城戸 店内"),
        M(1370, 1371, 1372, 1373),
        [
            (
                "2028-12-04 10:10",
                1370,
                "[To:1372]蒲田さん\n白のフィット（在庫No.218）、納車前点検を明日中に頼める？",
            ),
            ("2028-12-04 10:15", 1372, "[rp aid=1370 to={m1}]いけます👍"),
            (
                "2028-12-04 10:20",
                1370,
                "[To:1373]若林さん\nNo.218の名義変更書類、お客様に郵送しといて〜 よろ🙏",
            ),
            (
                "2028-12-04 10:40",
                1373,
                "[rp aid=1370 to={m3}]承知しました。印鑑証明がまだ届いていないので、届き次第お送りします",
            ),
            (
                "2028-12-04 11:30",
                1371,
                "店長、N-BOXの下取り査定の件どうなりました？お客様から今朝聞かれまして💦",
            ),
            (
                "2028-12-04 11:35",
                1370,
                "[rp aid=1371 to={m5}]ごめん、査定まだ見れてない。今日の夕方までに出すわ",
            ),
            ("2028-12-04 17:30", 1370, "N-BOXの査定、出しました。北条さんのデスクに置いてます📄"),
            (
                "2028-12-05 16:00",
                1372,
                "[rp aid=1370 to={m1}]点検終わりました。ブレーキパッドだけ交換しときました",
            ),
            (
                "2028-12-06 10:00",
                1371,
                "[To:1373]若林さん\n週末のフェア用に、試乗車の保険の適用範囲を保険会社に確認してもらってもいいですか？金曜までだと助かります",
            ),
            (
                "2028-12-06 10:30",
                1370,
                "[rp aid=1371 to={m9}]あ、フェアの試乗は今回は見送りにしたから、保険の確認はいったんストップで大丈夫",
            ),
            (
                "2028-12-06 10:35",
                1371,
                "[rp aid=1371 to={m9}]ということで若林さん、保険の件はなしでお願いします🙏 バタバタしてすみません",
            ),
            (
                "2028-12-07 11:00",
                1373,
                "[rp aid=1370 to={m3}]印鑑証明が届いたので、名義変更書類を郵送しました✉️",
            ),
            ("2028-12-07 14:00", 1371, "在庫No.230のプリウス、来週の火曜に写真撮り直します📸"),
            ("2028-12-07 14:02", 1370, "了解！よろしく"),
        ],
        [
            task(1, ["点検"], [1372], ("2028-12-05", "Tue"), "done"),
            task(3, ["名義変更"], [1373], None, "done"),
            task(6, ["査定"], [1370], ("2028-12-04T17:00", "Mon"), "done"),
            task(13, ["写真"], [1371], ("2028-12-12", "Tue")),
        ],
    ),
    # Patent office, formal register: いただけますと幸いです, いただけますでしょうか with N営業日 over
    # 敬老の日, an acceptance restating 来週木曜, でお願いできればと思います with 今月中 in a reply, the
    # assignee asking to extend to 来週火曜, a date that describes the meeting (来月5日), a done
    # report that also asks for a check (assignees []), 拝見しました。問題ない closing it with a new
    # commitment, 済みです, and a partial reply (stays open).
    conv(
        "b12ja-09",
        (99609, "特許事務所 案件管理"),
        M(1380, 1381, 1382, 1383),
        [
            (
                "2028-09-13 09:30",
                1380,
                "[To:1382]能登さん\nP28-0412（株式会社ミナセ精機）の意見書提出期限、念のため期限管理表に登録いただけますと幸いです。",
            ),
            (
                "2028-09-13 09:50",
                1382,
                "[rp aid=1380 to={m1}]登録いたしました。拒絶理由通知の発送日から60日で、11/10が期限です",
            ),
            (
                "2028-09-13 10:10",
                1380,
                "[To:1381]矢吹先生\nミナセ精機の補正案、先方技術者のコメントを反映したものを5営業日以内にお送りいただけますでしょうか。",
            ),
            (
                "2028-09-13 10:30",
                1381,
                "[rp aid=1380 to={m3}]承知いたしました。来週木曜にはお出しします",
            ),
            (
                "2028-09-13 14:00",
                1383,
                "先行技術調査、J-PlatPatで検索式を回した結果を共有フォルダに置きました。",
            ),
            (
                "2028-09-13 14:20",
                1380,
                "[rp aid=1383 to={m5}]ありがとうございます。ヒットが多めなので、上位30件の要約を今月中にお願いできればと思います",
            ),
            (
                "2028-09-20 18:10",
                1381,
                "[rp aid=1380 to={m3}]すみません、先方技術者からのコメントが一部まだ届いておらず、補正案は来週火曜まで延ばしていただけますか🙇",
            ),
            (
                "2028-09-20 18:30",
                1380,
                "[rp aid=1381 to={m7}]承知しました。来週火曜でお願いします。",
            ),
            (
                "2028-09-21 09:00",
                1382,
                "【お知らせ】9/22（金）は秋分の日のため事務所休業です。特許庁への電子出願も当日は行いません。",
            ),
            (
                "2028-09-21 09:30",
                1380,
                "[To:1382]能登さん\n来月5日のミナセ精機さんとの中間面談、会議室を押さえておいてもらえますか？",
            ),
            (
                "2028-09-21 09:45",
                1382,
                "[rp aid=1380 to={m10}]大会議室を10/5 13:00〜で予約しました",
            ),
            (
                "2028-09-26 11:20",
                1381,
                "補正案、榊原先生にメールでお送りしました。ご確認よろしくお願いいたします。",
            ),
            (
                "2028-09-27 10:00",
                1380,
                "[rp aid=1381 to={m12}]拝見しました。問題ないので、このままミナセ精機さんに転送します。",
            ),
            ("2028-09-27 10:30", 1380, "ミナセ精機さんへの転送、済みです。"),
            (
                "2028-09-29 17:00",
                1383,
                "[rp aid=1380 to={m6}]上位30件の要約、まだ18件目です…月末に間に合わないかもしれません",
            ),
        ],
        [
            task(1, ["期限管理表"], [1382], None, "done"),
            task(3, ["補正案"], [1381], ("2028-09-26", "Tue"), "done"),
            task(6, ["要約"], [1383], ("2028-09-30", "Sat")),
            task(10, ["会議室"], [1382], None, "done"),
            task(12, ["確認"], [], None, "done"),
            task(13, ["転送"], [1380], None, "done"),
        ],
    ),
    # Bakery with two shops over the new year: a 焼ける？ request, a volunteered 明日持っていきます
    # closed by 置いてきました, an M/D that rolls into next year, 年内, bare 完了しました from someone
    # with two open tasks (closes none) and the reply that names one, 依頼しました closing the
    # other, the assignee asking for 週明け (after 成人の日) and the requester agreeing.
    conv(
        "b12ja-10",
        (99610, "ベーカリー麦の穂 本店・駅前店"),
        M(1390, 1391, 1392, 1393),
        [
            (
                "2028-12-26 07:30",
                1390,
                "おはよう〜🍞 年末年始の営業です。本店は12/31〜1/3お休み、駅前店は12/31だけお休みです",
            ),
            (
                "2028-12-26 07:35",
                1390,
                "[To:1391]大路くん\nシュトーレン追加で20本、12/28までに焼ける？",
            ),
            ("2028-12-26 07:50", 1391, "[rp aid=1390 to={m2}]いけます！粉だけ足りないかもです"),
            ("2028-12-26 08:05", 1392, "駅前店、強力粉の在庫まだあるので明日持っていきますよ〜"),
            ("2028-12-26 08:06", 1390, "戸田さん神！🙏"),
            ("2028-12-26 10:00", 1393, "すみません、年末の大掃除って何日でしたっけ？🧹"),
            ("2028-12-26 10:05", 1390, "[rp aid=1393 to={m6}]12/29の閉店後だよ〜"),
            ("2028-12-27 10:20", 1392, "強力粉、本店に2袋置いてきました"),
            (
                "2028-12-27 13:00",
                1390,
                "[To:1392]戸田さん\n年明けの福袋、中身のリストを1/5までに作っておいてもらえる？ :bow:",
            ),
            ("2028-12-27 13:10", 1392, "[rp aid=1390 to={m9}]りょです〜"),
            (
                "2028-12-27 13:30",
                1390,
                "[To:1391]大路くん\n1/4の仕込み再開に向けて、オーブンの点検を業者さんに頼んでおいてほしいです。年内で！",
            ),
            ("2028-12-28 15:00", 1391, "完了しました！"),
            ("2028-12-28 15:05", 1390, "[rp aid=1391 to={m12}]ありがとう！どっちの件？笑"),
            (
                "2028-12-28 15:20",
                1391,
                "[rp aid=1390 to={m2}]シュトーレン20本の方です、焼き上がってます🎄 オーブンは業者さんの返事待ちです",
            ),
            (
                "2029-01-04 09:00",
                1391,
                "[rp aid=1390 to={m11}]オーブン点検、業者さんに依頼しました。1/9に来てくれるそうです",
            ),
            (
                "2029-01-05 18:00",
                1392,
                "[rp aid=1390 to={m9}]福袋リスト、駅前店の分しかできてないです…本店の分は週明けでもいいですか？",
            ),
            ("2029-01-05 18:10", 1390, "[rp aid=1392 to={m16}]OK、週明けで大丈夫！"),
            ("2029-01-05 18:12", 1393, "本年もよろしくお願いします🎍"),
        ],
        [
            task(2, ["シュトーレン"], [1391], ("2028-12-28", "Thu"), "done"),
            task(4, ["強力粉"], [1392], ("2028-12-27", "Wed"), "done"),
            task(9, ["福袋"], [1392], ("2029-01-09", "Tue")),
            task(11, ["オーブン"], [1391], ("2028-12-31", "Sun"), "done"),
        ],
    ),
    # Civic orchestra office, no task: thanks, a notice, information questions, a condition, a
    # vague offer and its thanks, a schedule pasted as it announces, season greetings.
    conv(
        "b12ja-11",
        (99611, "市民オーケストラ 事務局"),
        M(1333, 1334, 1335, 1336),
        [
            (
                "2028-12-27 19:00",
                1336,
                "今年も一年ありがとうございました。定期演奏会は皆さんのおかげで満席でした🎻",
            ),
            (
                "2028-12-27 19:05",
                1333,
                "【連絡】年始の練習は1/13(土)から再開です。会場は市民会館の第2練習室です。",
            ),
            ("2028-12-27 19:20", 1334, "1/13って、パート練でしたっけ？それとも全体合奏？"),
            (
                "2028-12-27 19:25",
                1333,
                "[rp aid=1334 to={m3}]全体合奏です。指揮者の先生もいらっしゃいます",
            ),
            (
                "2028-12-27 20:00",
                1335,
                "団費の振込がまだの方は、年明けで大丈夫です。不明点があればこちらまでご連絡ください。",
            ),
            ("2028-12-27 20:10", 1334, "楽譜の製本で手伝えることあれば言ってください〜"),
            ("2028-12-27 20:15", 1336, "久保田さんありがとう、そのときはお願いします！"),
            (
                "2028-12-27 20:30",
                1333,
                "練習日程の一覧、貼っておきます\n1/13(土) 13:00-17:00 全体\n1/20(土) 13:00-17:00 弦分奏\n1/27(土) 13:00-17:00 全体",
            ),
            ("2028-12-27 21:00", 1335, "皆さま、よいお年を🎍"),
            (
                "2029-01-04 09:00",
                1336,
                "あけましておめでとうございます。本年もよろしくお願いいたします🎍",
            ),
            ("2029-01-04 09:30", 1334, "おめでとうございます！今年もよろしくです〜"),
        ],
        [],
    ),
    # Florist: a to-do block with （~M/D HH:MM）, 担当：/期限： with a full-width date, an owner in
    # brackets and a 私が… line with （今月末）; an acceptance moving the due to 10/10の朝イチ; a
    # commitment and a request under one [To:] (火曜に届く describes the goods); a chase answered
    # by 今日の定時までに; 発注かけました / 確認済み / できました / 届きました closing; a partial
    # invoice report (stays open).
    conv(
        "b12ja-12",
        (99612, "フラワーショップ ブーケ・リュンヌ"),
        M(1305, 1306, 1307, 1308),
        [
            (
                "2028-10-06 09:00",
                1305,
                "来週の法人さん案件、段取りです。\n・ホテル青葉のロビー装花の発注（梶さん、~10/10 15:00）\n・開店祝いスタンド花2基の制作　担当：藤代　期限：１０／１１\n・配達ルートの確認（門倉さん）\n・請求書は私がまとめます（今月末）",
            ),
            (
                "2028-10-06 09:20",
                1306,
                "[rp aid=1305 to={m1}]了解です。10/9は祝日で市場が休みなので、発注は10/10の朝イチでかけます",
            ),
            ("2028-10-06 09:40", 1308, "配達ルート、10/11は市役所前が工事で通行止めみたいです🚧"),
            (
                "2028-10-06 10:15",
                1307,
                "スタンド花用のリボン、在庫切れでした😢 問屋さんに注文しておきます",
            ),
            ("2028-10-06 10:20", 1305, "[rp aid=1307 to={m4}]ありがとう、助かる〜"),
            (
                "2028-10-06 15:00",
                1305,
                "[To:1306]\n私はホテル青葉さんと搬入時間を詰めておくので、梶さんは火曜に届く花材の検品をお願いしますー",
            ),
            (
                "2028-10-10 09:45",
                1306,
                "[rp aid=1305 to={m1}]ホテル青葉の装花、市場に発注かけました🌸",
            ),
            ("2028-10-10 13:00", 1305, "門倉さん、ルート確認の件どうなりました？"),
            (
                "2028-10-10 13:10",
                1308,
                "[rp aid=1305 to={m1}]すみません、まだです。今日の定時までに確認しておきます",
            ),
            ("2028-10-10 17:40", 1308, "配達ルート、確認済みです。工事区間は裏道で迂回します"),
            ("2028-10-11 11:00", 1307, "[rp aid=1305 to={m1}]スタンド花2基、できました！"),
            ("2028-10-11 11:05", 1307, "リボンも問屋さんから届きました🎀"),
            (
                "2028-10-31 17:00",
                1305,
                "請求書、ホテル青葉さんの分は発行しました。開店祝いの分はまだです",
            ),
        ],
        [
            task(1, ["装花"], [1306], ("2028-10-10T10:00", "Tue"), "done"),
            task(1, ["スタンド花"], [1307], ("2028-10-11", "Wed"), "done"),
            task(1, ["ルート"], [1308], ("2028-10-10T18:00", "Tue"), "done"),
            task(1, ["請求書"], [1305], ("2028-10-31", "Tue")),
            task(4, ["リボン"], [1307], None, "done"),
            task(6, ["搬入時間"], [1305], None),
            task(6, ["検品"], [1306], None),
        ],
    ),
    # Ski school, English and Japanese: Chatwork tasks with ltype=time and an old body without
    # ltype, both closed by task_done (one also by an English reply); a [To:] request to a
    # romanised name with お手すきの際で; an English acceptance; a partial roster report; 来週中
    # landing on 12/29 (calendar, not business days) moved to 1/5 and then to 1/5の夕方 by the
    # assignee; an English bare done with one open task.
    conv(
        "b12ja-13",
        (99613, "白馬スノースクール スタッフ"),
        M(1315, 1316, 1317, 1318),
        [
            ("2028-12-14 18:00", 1315, task_added(1316, FLYER_LT, FLYER, "time")),
            ("2028-12-14 18:10", 1316, "[rp aid=1315 to={m1}]Got it 👍"),
            ("2028-12-14 18:15", 1315, task_added(1317, ROSTER_LT, ROSTER, None)),
            (
                "2028-12-15 10:00",
                1318,
                "[To:1316]Liam-san\nレンタルスキーのサイズ表、英語版も作ってもらえますか？お手すきの際で大丈夫です🙏",
            ),
            ("2028-12-15 10:30", 1316, "[rp aid=1318 to={m4}]Sure, I'll do it after the flyer."),
            (
                "2028-12-15 16:00",
                1317,
                "キッズクラスの名簿、保護者の緊急連絡先だけまだ集まってないです…",
            ),
            (
                "2028-12-16 15:20",
                1316,
                "[rp aid=1315 to={m1}]Flyer proofread done — fixed 3 typos and uploaded it to the shared drive.",
            ),
            ("2028-12-16 15:40", 1315, task_done(1316, FLYER_LT, FLYER, "time")),
            (
                "2028-12-18 09:00",
                1318,
                "12/29〜1/3は受付もお休みです。期間中の予約はWebのみになります",
            ),
            ("2028-12-20 16:00", 1317, task_done(1317, ROSTER_LT, ROSTER, None)),
            (
                "2028-12-21 09:00",
                1315,
                "[To:1317]雪村さん\n名簿ありがとう！ついでに初日の班分け案も来週中にもらえると嬉しいです",
            ),
            (
                "2028-12-21 09:30",
                1317,
                "[rp aid=1315 to={m11}]年内はちょっと厳しそうなので、1/5でもいいですか？",
            ),
            ("2028-12-21 09:35", 1315, "[rp aid=1317 to={m12}]OK, 1/5で！"),
            (
                "2029-01-05 10:00",
                1317,
                "[rp aid=1315 to={m11}]班分け案、まだ7割くらいです…今日の夕方には出します🙇",
            ),
            (
                "2029-01-09 09:30",
                1316,
                "Finished the English size chart — printed copies are at the front desk. Happy new year everyone! 🎿",
            ),
        ],
        [
            task(1, ["flyer"], [1316], ("2028-12-16T17:00", "Sat"), "done"),
            task(3, ["名簿"], [1317], ("2028-12-20", "Wed"), "done"),
            task(4, ["サイズ表"], [1316], None, "done"),
            task(11, ["班分け"], [1317], ("2029-01-05T17:00", "Fri")),
        ],
    ),
    # Karaoke chain head office: a commitment in a reply to a fault report (明日), list lines
    # naming members under two [To:] (明後日, 3日以内), done that also commits to more work
    # (今日中), a request to wait (no task), the requester moving one line's due by reply, two
    # works in one sentence whose 年末 describes the plan, one of them closed by a reply.
    conv(
        "b12ja-14",
        (99614, "カラオケ本部 運営"),
        M(1345, 1346, 1347, 1348),
        [
            (
                "2028-10-31 10:00",
                1346,
                "新宿店です。3番ルームのデンモク、タッチが効かなくなりました📱",
            ),
            (
                "2028-10-31 10:15",
                1347,
                "[rp aid=1346 to={m1}]あー、ファーム更新で直るやつかもです。明日店舗に寄ってデンモク見てきます",
            ),
            (
                "2028-10-31 11:00",
                1345,
                "[To:1346][To:1348]\nハロウィン期間の売上速報、以下お願いします。\n・鬼塚さん：新宿店分の集計（明後日まで）\n・福永さん：全店合計のまとめ（3日以内）",
            ),
            ("2028-10-31 11:05", 1346, "[rp aid=1345 to={m3}]承知です"),
            (
                "2028-11-01 15:00",
                1347,
                "新宿店3番のデンモク、ファーム更新したら直りました！念のため他の部屋のデンモクも今日中に更新しておきます",
            ),
            (
                "2028-11-01 16:00",
                1348,
                "全店合計、POSの月次締めが11/4になるので少々お待ちください🙇",
            ),
            ("2028-11-01 18:00", 1347, "他の部屋のデンモクも更新完了です✅"),
            (
                "2028-11-02 10:00",
                1345,
                "[rp aid=1345 to={m3}]福永さん、全店合計はPOS締め後でOKです。11/6（月）中でお願いできればと思います",
            ),
            (
                "2028-11-02 11:00",
                1346,
                "[rp aid=1345 to={m3}]新宿店分、集計してスプレッドシートに入れました📊",
            ),
            (
                "2028-11-02 14:00",
                1345,
                "あと私のほうで、年末パーティープランのチラシを作って、Webのキャンペーンページも更新します",
            ),
            ("2028-11-06 16:00", 1348, "全店合計、まとめて共有フォルダに置きました"),
            ("2028-11-06 16:10", 1346, "福永さん、ありがとうございます！"),
            ("2028-11-08 11:00", 1345, "[rp aid=1345 to={m10}]チラシ、印刷所に入稿しました🎉"),
        ],
        [
            task(2, ["デンモク"], [1347], ("2028-11-01", "Wed"), "done"),
            task(3, ["集計"], [1346], ("2028-11-02", "Thu"), "done"),
            task(3, ["全店"], [1348], ("2028-11-06", "Mon"), "done"),
            task(5, ["更新"], [1347], ("2028-11-01", "Wed"), "done"),
            task(10, ["チラシ"], [1345], None, "done"),
            task(10, ["キャンペーン"], [1345], None),
        ],
    ),
    # Junk-removal company: a request whose date describes the job; 再送しました by reply; a
    # decline, a colleague's commitment and the requester withdrawing the first ask by quote; a
    # booking called off by quote (with 再来週 as information) and the assignee's commitment to
    # undo it, closed by a bare report; a notice; 完了予定です (not done).
    conv(
        "b12ja-15",
        (99615, "片付けサービス 配車・事務"),
        M(1353, 1354, 1355, 1356),
        [
            (
                "2029-01-09 09:00",
                1355,
                "[To:1353]松永さん\n1/13（土）の練馬区S様邸の回収、2tトラックの配車お願いします。作業は午前です",
            ),
            ("2029-01-09 09:05", 1353, "[rp aid=1355 to={m1}]了解、押さえます"),
            (
                "2029-01-09 09:20",
                1355,
                "[To:1356]土井さん\nS様への見積書、今日中に再送してもらえますか？金額は前回と同じです",
            ),
            ("2029-01-09 10:00", 1356, "[rp aid=1355 to={m3}]再送しました📨"),
            ("2029-01-09 10:30", 1354, "冷蔵庫のリサイクル券、在庫があと3枚しかないです"),
            (
                "2029-01-09 10:35",
                1355,
                "[To:1354]大島さん\n郵便局でリサイクル券を10枚買ってきてもらえる？急ぎじゃないです",
            ),
            (
                "2029-01-09 10:50",
                1354,
                "[rp aid=1355 to={m6}]すみません、今週は現場続きで郵便局に寄れなさそうです…",
            ),
            ("2029-01-09 11:00", 1356, "リサイクル券、私が昼休みに買ってきますよ"),
            (
                "2029-01-09 11:05",
                1355,
                "[qt][qtmeta aid=1355 time={t6}]郵便局でリサイクル券を10枚買ってきてもらえる？急ぎじゃないです[/qt]\n大島さん、こちらは土井さんが行ってくれるので大丈夫です！",
            ),
            ("2029-01-09 13:10", 1356, "リサイクル券10枚、買ってきました🎫"),
            (
                "2029-01-10 09:30",
                1355,
                "[qt][qtmeta aid=1355 time={t1}]1/13（土）の練馬区S様邸の回収、2tトラックの配車お願いします。作業は午前です[/qt]\nS様からご連絡があり、回収は再来週の土曜に延期になりました。配車はいったんキャンセルでお願いします🙏 新しい日程は確定したら連絡します",
            ),
            (
                "2029-01-10 09:45",
                1353,
                "[rp aid=1355 to={m11}]了解です、レンタル会社に連絡して2tの予約を取り消しておきます",
            ),
            ("2029-01-10 11:00", 1353, "2tの予約、取り消しました"),
            ("2029-01-10 11:10", 1354, "S様の件、延期になったんですね。了解です"),
            (
                "2029-01-12 15:00",
                1356,
                "【共有】1/15以降、粗大ごみ処理場の受付が16時までに短縮されます。",
            ),
            (
                "2029-01-12 15:30",
                1353,
                "[To:1354]大島さん\n来週火曜の現場の分、処分場への搬入をお願いできますか？伝票は事務所の棚にあります",
            ),
            (
                "2029-01-12 15:40",
                1354,
                "[rp aid=1353 to={m16}]了解です！当日は昼過ぎに完了予定です",
            ),
        ],
        [
            task(3, ["見積書"], [1356], ("2029-01-09", "Tue"), "done"),
            task(8, ["リサイクル券"], [1356], None, "done"),
            task(12, ["予約"], [1353], None, "done"),
            task(16, ["搬入"], [1354], None),
        ],
    ),
    # Yoga studio: 再来週の月曜 for two [To:] assignees, closed by one assignee's reply after
    # another's 終わりませんでした; しといてもらえる？ whose 年内分 describes the quantity, then
    # someone else did it (stays open); a commitment with M/D closed by a reply; 来月末 with
    # いただけますと幸いです; a handoff asked as a permission question, a new [To:] request inside a
    # reply (年内), the old one withdrawn; a chase; bare 完了しました with one open task.
    conv(
        "b12ja-16",
        (99616, "ヨガスタジオ ルーチェ"),
        M(1365, 1366, 1367, 1368),
        [
            (
                "2028-11-27 10:00",
                1365,
                "[To:1366][To:1367]\n年末の特別クラス『冬至ヨガ』、告知用のインスタ投稿文を再来週の月曜までに考えてもらえますか？",
            ),
            ("2028-11-27 10:20", 1366, "[rp aid=1365 to={m1}]はーい、岸本さんと相談しますね〜"),
            ("2028-11-27 11:00", 1368, "フロントです。マット用の除菌スプレー、残り2本です。"),
            ("2028-11-27 11:05", 1365, "[rp aid=1368 to={m3}]年内分まとめて発注しといてもらえる？"),
            ("2028-11-27 11:10", 1368, "[rp aid=1365 to={m4}]了解です！"),
            ("2028-11-27 15:00", 1367, "来月のシフト表、12/1に貼り出します"),
            (
                "2028-11-28 09:30",
                1365,
                "[To:1368]相良くん\n法人会員（ミツバ商事さん）の12月分の請求書、来月末までに発行いただけますと幸いです",
            ),
            (
                "2028-11-29 10:00",
                1368,
                "除菌スプレー、発注しようとしたら堤さんが昨日発注してくださってました🙏",
            ),
            ("2028-11-29 10:05", 1365, "[rp aid=1368 to={m8}]あら、堤さんありがとう！"),
            ("2028-12-01 18:00", 1367, "[rp aid=1367 to={m6}]シフト表、受付横に貼り出しました📌"),
            ("2028-12-06 12:00", 1365, "投稿文の件どうなりました？来週月曜が締め切りです〜"),
            (
                "2028-12-06 12:30",
                1366,
                "[rp aid=1365 to={m1}]すみません、今週は代行クラスが続いて終わりませんでした…岸本さんが下書きを進めてくれてます",
            ),
            (
                "2028-12-08 17:00",
                1367,
                "[rp aid=1365 to={m1}]投稿文、2案作って共有フォルダに入れました！",
            ),
            (
                "2028-12-11 10:00",
                1368,
                "[To:1365]真壁さん\n来週から1週間、帰省で不在になります。ミツバ商事さんの請求書発行は、岸本さんに引き継いでもよいでしょうか？",
            ),
            (
                "2028-12-11 10:30",
                1365,
                "[rp aid=1368 to={m14}]OKです！\n[To:1367]岸本さん\nミツバ商事さんの請求書発行、年内にお願いできる？",
            ),
            (
                "2028-12-11 10:32",
                1365,
                "[rp aid=1365 to={m7}]こちらは岸本さんに引き継いだので、相良くんの分はなしでOKです",
            ),
            ("2028-12-11 10:40", 1367, "[rp aid=1365 to={m15}]承知しました！"),
            ("2028-12-20 17:30", 1367, "完了しました！"),
        ],
        [
            task(1, ["投稿文"], [1366, 1367], ("2028-12-11", "Mon"), "done"),
            task(4, ["発注"], [1368], None),
            task(6, ["シフト表"], [1367], ("2028-12-01", "Fri"), "done"),
            task(15, ["請求書"], [1367], ("2028-12-31", "Sun"), "done"),
        ],
    ),
]
