# ruff: noqa: E501
"""Blind holdout 10 (Japanese): 23 conversations in domains the project had not used much.

The domains are an OSS translation team, a restaurant chain's HQ, a school's administrative
office, a logistics dispatch desk, an event agency, a municipal office, a game studio QA team,
a dental clinic and a real-estate office. Every label was written blind from
``shared/spec/extraction.md`` (mainly "How people really write"), without reading the parser or
its tests and without running either on these conversations. Every sentence is new, written for
this set about invented people, companies and products. Every ``due`` was computed with
datetime + jpholiday per the spec's deadline table. The dates run from 2027-07 to 2028-01 and
cover 海の日, 山の日, Obon (not a holiday), 敬老の日, 秋分の日, スポーツの日, 文化の日,
勤労感謝の日 and the 12-29 … 01-03 year end.

Phenomena: implicit work, commitments without a time or 私, acceptances that set or move a
deadline, done in other words, negated and partial completion, more time asked (with and
without a date), paraphrased cancellations by the requester, a decline followed by a
withdrawal or an extension, handoffs (引き継ぎます / 巻き取り), re-work requests (差し戻し,
作り直し), progress chasing, blockers (〜待ちです), long reports with one request buried inside,
stiffly polite chains, to-do blocks and action-item lines, Chatwork task markup (date, time,
none and an old body without ltype, closed by task_done), [To:] / [toall] / [rp] assignees, a
self account excluded from [toall] (rooms 99202 and 99203), and bare 完了 from an assignee who
holds one or two open tasks. Three conversations hold no task at all.
"""

from tests.parser.cases.build import chatwork_lt, chatwork_task, conv, task

P = {
    1001: "小坂 陽菜",
    1002: "真壁 透",
    1003: "荻野 里沙",
    1004: "堀内 蓮",
    1005: "Aiko Brandt",
    1006: "千田 航",
    1007: "宮内 沙耶",
    1008: "大槻 隆之",
    1009: "久保田 舞",
    1010: "寺島 健吾",
    1011: "吉永 結子",
    1012: "浜口 大和",
    1013: "桑原 典子",
    1014: "藤森 亜希",
    1015: "江口 直人",
    1016: "相沢 加奈",
    1017: "市川 祐介",
    1018: "根本 勝也",
    1019: "安西 美帆",
    1020: "杉浦 拓海",
    1021: "柴崎 竜二",
    1022: "矢野 遼",
    1023: "北条 玲奈",
    1024: "丹羽 俊介",
    1025: "白石 萌",
    1026: "古賀 誠一",
    1027: "野々村 彩",
    1028: "三浦 正樹",
    1029: "岩瀬 千夏",
    1030: "大畑 圭吾",
    1031: "菅野 里美",
    1032: "土屋 啓",
    1033: "鳴海 翔",
    1034: "永井 杏",
    1035: "香川 聡太",
    1036: "Kim Jiwoo",
    1037: "松岡 瑞穂",
    1038: "瀬戸 貴之",
    1039: "岡部 美紀",
    1040: "若林 彩乃",
    1041: "栗原 さやか",
    1042: "滝本 恵",
    1043: "南 雄一郎",
    1044: "片山 美緒",
    1045: "石原 拓真",
    1046: "関口 奈央",
    1047: "坂井 慎也",
    1048: "飯田 朋美",
    1049: "中西 海斗",
    1050: "早川 紬",
    1051: "福島 颯",
    1052: "内藤 春香",
    1053: "今村 敦",
    1054: "竹内 未来",
    1055: "上野 和真",
    1056: "宇佐美 詩織",
    1057: "西田 康平",
    1058: "平野 真央",
    1059: "業務連携アカウント",
    1060: "河合 大地",
}

SELF = 1059


def M(*ids):
    return [(i, P[i]) for i in ids]


CASES = [
    # b10ja-01 OSS translation team: a soft request with 今週金曜; an implicit 確認 whose
    # deadline is set by the assignee's acceptance (今日中) and which a reply closes; partial
    # completion with "more time" but no date (due unchanged); a handoff (後半は私が引き継ぎます)
    # is a commitment for the sender and leaves the original task open; the new owner's bare
    # 訳し終わりました closes her only open task; an information-only question and its answer.
    conv(
        "b10ja-01",
        (99201, "Lumen Docs 日本語訳"),
        M(1001, 1002, 1003, 1004, 1006),
        [
            (
                "2027-07-05 10:12",
                1001,
                "[toall]\nv3.2 の翻訳期間が今週から始まります。担当は先週決めた通りで、進め方は Wiki にまとめました。\nhttps://example.org/lumen/wiki/ja-v32",
            ),
            (
                "2027-07-05 10:20",
                1001,
                "[To:1004]堀内さん\nconfig.md は分量が多いので、今週金曜までに訳してもらえると助かります。",
            ),
            (
                "2027-07-05 10:30",
                1003,
                "[To:1001]小坂さん\ninstall.md の訳を途中まで上げました。用語が怪しいところにコメントを入れてあるので、確認お願いできますか？🙏",
            ),
            (
                "2027-07-05 11:02",
                1001,
                "[rp aid=1003 to={m3}]荻野 里沙さん\nはーい、今日中に見ます！",
            ),
            ("2027-07-05 14:15", 1002, "用語集の最新版ってどこに置いてありましたっけ？"),
            (
                "2027-07-05 14:18",
                1003,
                "[rp aid=1002 to={m5}]真壁 透さん\nDrive の ja/glossary フォルダです〜",
            ),
            (
                "2027-07-05 18:40",
                1001,
                "[rp aid=1003 to={m3}]荻野 里沙さん\n確認しました！コメント3件返してます。",
            ),
            (
                "2027-07-08 09:15",
                1004,
                "[rp aid=1001 to={m2}]小坂 陽菜さん\nすみません、config.md まだ半分くらいです…金曜はちょっと厳しいかもしれません💦",
            ),
            (
                "2027-07-08 09:40",
                1006,
                "[rp aid=1004 to={m8}]堀内 蓮さん\nじゃあ後半は私が引き継ぎます！どこから訳せばいいか教えてください",
            ),
            (
                "2027-07-08 09:52",
                1004,
                "[rp aid=1006 to={m9}]千田 航さん\n助かります！「## Advanced」の見出しから下がまだ手つかずです🙇",
            ),
            (
                "2027-07-09 16:30",
                1006,
                "config.md の後半、訳し終わりました。PR #418 に入れてあります",
            ),
            ("2027-07-09 16:45", 1001, "千田さん、ありがとうございます！助かりました🙏"),
        ],
        [
            task(2, ["config"], [1004], ("2027-07-09", "Fri")),
            task(3, ["確認"], [1001], ("2027-07-05", "Mon"), "done"),
            task(9, ["後半"], [1006], None, "done"),
        ],
    ),
    # b10ja-02 OSS glossary meeting, self account room (1):minutes whose 宿題 lines are
    # 「名前：作業（期限）」 action items (one names the sender), decision lines and a
    # next-meeting line that are no tasks; an assignee's acceptance sets 来週中 on her line;
    # a reply closes one line of the minutes; a [toall] request excludes the sender and the
    # self account, and bare 記入しました from one of its assignees (her only open task) does
    # not close it; a commitment with 夕方 closed by the sender's bare 集計おわりました; 週明け
    # across 海の日.
    conv(
        "b10ja-02",
        (99202, "Lumen Docs 用語検討会"),
        M(1001, 1002, 1003, 1005, SELF),
        [
            (
                "2027-07-13 21:05",
                1002,
                "用語検討会おつかれさまでした！決まったことと宿題です。\n\n決まったこと\n・「deploy」は「デプロイ」で統一\n・「instance」は文脈で「インスタンス」「実体」を使い分け\n\n宿題\n・荻野：訳語表に今日の決定を反映（7/16まで）\n・Aiko：英語版 README の style guide との差分チェック\n・真壁：次回の議題案づくり（~7/23 18:00）\n\n次回は7/27(火)21時〜です",
            ),
            (
                "2027-07-13 21:10",
                1005,
                "[rp aid=1002 to={m1}]真壁 透さん\nThanks! 差分チェック、来週中にやります👍",
            ),
            ("2027-07-13 21:12", 1003, "[rp aid=1002 to={m1}]真壁 透さん\n了解です〜"),
            (
                "2027-07-13 23:40",
                1003,
                "[rp aid=1002 to={m1}]真壁 透さん\n訳語表、今日の決定分を反映しました！",
            ),
            (
                "2027-07-14 10:00",
                1001,
                "[toall]\nv3.2 の訳、各自の担当ファイルの進捗を今週金曜までにスプレッドシートに記入してください。\nhttps://example.org/lumen/progress-sheet",
            ),
            ("2027-07-14 12:30", 1003, "記入しました！"),
            ("2027-07-16 09:05", 1005, "シートって英語版チームの人も見られますか？"),
            (
                "2027-07-16 09:30",
                1001,
                "[rp aid=1005 to={m7}]Aiko Brandtさん\n見られますよ〜。みなさんありがとうございます！集計は今日の夕方に私の方でやっておきます",
            ),
            ("2027-07-16 17:20", 1001, "集計おわりました、全体で62%でした📊"),
            (
                "2027-07-16 17:30",
                1001,
                "[To:1005]Aikoさん\n集計結果を英語版チームにも共有したいので、週明けに英訳してもらえますか？🙏",
            ),
        ],
        [
            task(1, ["訳語表"], [1003], ("2027-07-16", "Fri"), "done"),
            task(1, ["差分"], [1005], ("2027-07-23", "Fri")),
            task(1, ["議題"], [1002], ("2027-07-23T18:00", "Fri")),
            task(5, ["進捗"], [1002, 1003, 1005], ("2027-07-16", "Fri")),
            task(8, ["集計"], [1001], ("2027-07-16T17:00", "Fri"), "done"),
            task(10, ["英訳"], [1005], ("2027-07-20", "Tue")),
        ],
        self_account_id=SELF,
    ),
    # b10ja-03 restaurant chain HQ and store managers, self account room (2): a [toall]
    # request with 今月末 (every member but the sender and the self account); a long weekly
    # report whose last line is the one request (the date describes the staff, not the
    # deadline); a customer's words in 「」 are no request; "let me know when" asks nothing;
    # bare 完了 from assignees of the [toall] task does not close it; a reply closes the
    # buried request.
    conv(
        "b10ja-03",
        (99203, "つばめ食堂 本部・店長連絡"),
        M(1007, 1009, 1010, 1011, SELF),
        [
            (
                "2027-08-02 09:30",
                1007,
                "[toall]\nおはようございます。8月の衛生点検チェックシート、今月末までに各店で記入して本部フォルダに上げてください。\n様式は先月と同じです。",
            ),
            ("2027-08-02 09:41", 1010, "承知しました"),
            (
                "2027-08-02 11:20",
                1009,
                "[To:1007]宮内さん\nお疲れさまです、渋谷店です。先週の報告です。\n・売上は前年比104%、ランチが好調でした\n・アルバイト2名が8月末で退職予定です\n・製氷機の異音は、先週業者さんが部品を交換してくれて直りました\n・お盆期間（8/13〜8/16）は通常営業します\nあと一点だけ、9/1からの応援スタッフを2名、手配していただけますでしょうか。",
            ),
            (
                "2027-08-02 11:35",
                1007,
                "[rp aid=1009 to={m3}]久保田 舞さん\n応援の件、承知しました。決まったらご連絡します。",
            ),
            (
                "2027-08-03 14:02",
                1011,
                "町田店です。昨日いただいたお客様の声を共有します。\n「テイクアウトの容器が汁漏れしていたので改善してください」\nとのことでした。容器メーカーに問い合わせ中です。",
            ),
            (
                "2027-08-03 14:30",
                1007,
                "[rp aid=1011 to={m5}]吉永 結子さん\n共有ありがとうございます。メーカーの回答が来たら教えてください。",
            ),
            ("2027-08-12 16:10", 1010, "チェックシート記入完了しました！"),
            (
                "2027-08-20 10:00",
                1007,
                "[rp aid=1009 to={m3}]久保田 舞さん\n9/1からの応援、本部で2名手配しました。詳細は別途メールします。",
            ),
            ("2027-08-31 18:30", 1009, "渋谷店もチェックシート上げました🙇"),
        ],
        [
            task(1, ["衛生点検"], [1009, 1010, 1011], ("2027-08-31", "Tue")),
            task(3, ["応援"], [1007], None, "done"),
        ],
        self_account_id=SELF,
    ),
    # b10ja-04 restaurant HQ menu development: a 差し戻し whose problem lines are no tasks and
    # whose one request (再提出, 9/3(金)の午前中) is closed by 差し替えました; a request plus the
    # sender's own commitment in one message, both withdrawn by the requester in paraphrase
    # (撮り直しもスタイリングもなしに); the assignee's 解除しておきますね is a new commitment and
    # her bare 解除しました closes it.
    conv(
        "b10ja-04",
        (99204, "つばめ食堂 商品開発"),
        M(1007, 1008, 1012, 1048),
        [
            (
                "2027-09-01 10:05",
                1008,
                "[To:1048]飯田さん\n秋メニューのPOP初稿ありがとうございます。申し訳ないですが一度差し戻させてください。\n・価格が税抜表記になっています\n・「栗ごはん定食」の写真が夏メニューのままです\nこの2点を修正した版を、9/3(金)の午前中までに再提出いただけますか。",
            ),
            (
                "2027-09-01 10:20",
                1048,
                "[rp aid=1008 to={m1}]大槻 隆之さん\n失礼しました、承知しました！",
            ),
            (
                "2027-09-01 11:00",
                1008,
                "[To:1012]浜口さん\n栗ごはん定食の写真の撮り直し、来週火曜までにお願いできますか？スタイリングは私がやります。",
            ),
            ("2027-09-01 11:05", 1012, "[rp aid=1008 to={m3}]大槻 隆之さん\nOKです！📷"),
            (
                "2027-09-02 17:45",
                1048,
                "[rp aid=1008 to={m1}]大槻 隆之さん\n税込表記と写真を差し替えた版、共有フォルダの「秋POP_v2」に上げました。",
            ),
            (
                "2027-09-03 09:10",
                1007,
                "秋フェアの開始日、10/1(金)で確定しました。全店に告知済みです。",
            ),
            (
                "2027-09-03 15:20",
                1008,
                "[rp aid=1008 to={m3}]大槻 隆之さん\n浜口さん、すみません。栗ごはん定食は仕入れの都合で秋メニューから外れることになったので、撮り直しもスタイリングもなしになりました🙏",
            ),
            (
                "2027-09-03 15:25",
                1012,
                "[rp aid=1008 to={m7}]大槻 隆之さん\n了解です！スタジオの仮押さえ、解除しておきますね",
            ),
            ("2027-09-03 15:40", 1012, "仮押さえ解除しました👌"),
        ],
        [
            task(1, ["再提出"], [1048], ("2027-09-03T12:00", "Fri"), "done"),
            task(8, ["解除"], [1012], None, "done"),
        ],
    ),
    # b10ja-05 school administrative office: a stiffly polite request with 3営業日以内 across
    # 敬老の日 and 秋分の日, closed by 拝見しました; a request whose deadline (来週火曜) is the one
    # attached to the work, not the distribution day; an offer that names the work
    # (立ち会い、私がやりますよ) is a commitment; bare 終わりました from an assignee holding two
    # open tasks closes none; the follow-up reply (刷って…置いてあります) closes one.
    conv(
        "b10ja-05",
        (99205, "みなと台中学校 事務室"),
        M(1013, 1014, 1015, 1016),
        [
            (
                "2027-09-17 08:45",
                1016,
                "[To:1013]桑原さん\n恐れ入りますが、体育祭の保護者向け案内文の最終版を3営業日以内に確認していただけますでしょうか。\n（敬老の日と秋分の日を挟むので、余裕を見ています）",
            ),
            ("2027-09-17 08:50", 1013, "[rp aid=1016 to={m1}]相沢 加奈さん\n承知いたしました。"),
            (
                "2027-09-17 09:30",
                1013,
                "[To:1014]藤森さん\n体育祭のプログラムを、全校生徒分と来賓用30部、来週火曜までに印刷してもらえますか？配布は来週水曜の朝です。",
            ),
            ("2027-09-17 09:33", 1014, "[rp aid=1013 to={m3}]桑原 典子さん\nはい、了解です！"),
            (
                "2027-09-17 10:15",
                1015,
                "連休明けの21日、業者さんの給食室点検が入っていて、立ち会いできる人が必要です。私は午前中授業の補助で抜けられません…",
            ),
            (
                "2027-09-17 10:20",
                1014,
                "[rp aid=1015 to={m5}]江口 直人さん\n点検の立ち会い、私がやりますよ〜",
            ),
            ("2027-09-21 15:40", 1014, "終わりました〜"),
            ("2027-09-21 15:45", 1013, "おつかれさまです！どちらの件でしょう？"),
            (
                "2027-09-21 15:50",
                1014,
                "[rp aid=1013 to={m3}]桑原 典子さん\nプログラム、全部刷って職員室前に置いてあります！",
            ),
            (
                "2027-09-24 11:10",
                1013,
                "[rp aid=1016 to={m1}]相沢 加奈さん\n案内文、拝見しました。日付の曜日が1か所ずれていたので、赤を入れてお戻ししています。",
            ),
            ("2027-09-24 11:20", 1016, "ありがとうございます、助かりました。"),
        ],
        [
            task(1, ["案内文"], [1013], ("2027-09-24", "Fri"), "done"),
            task(3, ["プログラム"], [1014], ("2027-09-21", "Tue"), "done"),
            task(6, ["立ち会"], [1014], None),
        ],
    ),
    # b10ja-06 school office before the year end: a to-do block with 担当：/期限： (full-width
    # １２／２７, (~12/23 12:00)) and an info line; an acceptance that restates the deadline; an
    # acceptance that sets 今日中; bare 完了です from an assignee with one open task closes it;
    # 3営業日以内 across 12-29 … 01-03; more time asked with a date (12/28まで延ばさせてください)
    # in a reply to the to-do message; a season greeting.
    conv(
        "b10ja-06",
        (99206, "みなと台中学校 事務室（年末）"),
        M(1013, 1014, 1015, 1017),
        [
            (
                "2027-12-22 16:00",
                1013,
                "年末年始の事務室の段取りをまとめました。\n\n・備品の棚卸し　担当：江口　期限：12/24\n・年賀状の宛名確認　担当：藤森　期限：１２／２７\n・職員室の大掃除の分担表づくり　担当：市川先生（~12/23 12:00）\n・閉庁期間は12/29〜1/3です",
            ),
            (
                "2027-12-22 16:05",
                1017,
                "[rp aid=1013 to={m1}]桑原 典子さん\n分担表、明日の昼までに作ります！",
            ),
            (
                "2027-12-22 16:30",
                1015,
                "[To:1013]桑原さん\n棚卸しの途中ですが、コピー用紙の在庫がかなり少ないです。発注をかけていただけますか？",
            ),
            (
                "2027-12-22 16:40",
                1013,
                "[rp aid=1015 to={m3}]江口 直人さん\n了解です、今日中に発注します。",
            ),
            ("2027-12-24 15:00", 1015, "棚卸し完了です📦 結果は共有フォルダに入れました"),
            (
                "2027-12-27 10:30",
                1013,
                "[To:1014]藤森さん\n来年度の転入生名簿の様式更新、3営業日以内にお願いできますか？",
            ),
            (
                "2027-12-27 10:45",
                1014,
                "[rp aid=1013 to={m1}]桑原 典子さん\n年賀状の宛名確認、修正が多くて…12/28まで延ばさせてください🙇",
            ),
            ("2027-12-28 17:00", 1013, "本年もお世話になりました。よいお年をお迎えください。"),
            (
                "2027-12-28 17:05",
                1017,
                "よいお年を！分担表の件、遅くなりましたが作ってホワイトボードに貼りました",
            ),
        ],
        [
            task(1, ["棚卸"], [1015], ("2027-12-24", "Fri"), "done"),
            task(1, ["年賀状"], [1014], ("2027-12-28", "Tue")),
            task(1, ["分担表"], [1017], ("2027-12-23T12:00", "Thu"), "done"),
            task(3, ["発注"], [1013], ("2027-12-22", "Wed")),
            task(6, ["名簿"], [1014], ("2028-01-05", "Wed")),
        ],
    ),
    # b10ja-07 logistics dispatch desk, terse: a request whose 明日 describes the trip (no
    # deadline) until the acceptance sets 午前中; a commitment without a time (連絡しておきます)
    # closed by 連絡済みです; a blocker (〜待ちで止まっています) is no task; a commitment to chase
    # the shipper closed by the sender's bare report; a commitment with 明日の朝イチ.
    conv(
        "b10ja-07",
        (99207, "北斗運輸 配車デスク"),
        M(1018, 1019, 1020, 1021, 1022),
        [
            (
                "2027-10-05 07:50",
                1018,
                "[To:1020]杉浦さん\n明日の丸和食品さんの便、2t 1台追加。ドライバー手配お願い。",
            ),
            (
                "2027-10-05 07:52",
                1020,
                "[rp aid=1018 to={m1}]根本 勝也さん\n了解、午前中に押さえます",
            ),
            (
                "2027-10-05 08:30",
                1021,
                "柴崎です。国道16号、事故渋滞で30分遅れます。相模原センター着は9時半見込み",
            ),
            (
                "2027-10-05 08:32",
                1019,
                "[rp aid=1021 to={m3}]柴崎 竜二さん\n了解です。センターには私から連絡しておきます",
            ),
            (
                "2027-10-05 08:45",
                1019,
                "センターに連絡済みです。荷受けは10時まで待ってもらえるそうです",
            ),
            (
                "2027-10-05 11:15",
                1020,
                "[rp aid=1018 to={m1}]根本 勝也さん\n丸和さんの明日の2t、協力会社の大友運送さんで手配済みです。",
            ),
            (
                "2027-10-05 13:00",
                1022,
                "[To:1018]根本さん\n来週の鈴鹿方面の見積、荷主さんの数量確定待ちで止まっています。",
            ),
            (
                "2027-10-05 13:10",
                1018,
                "[rp aid=1022 to={m7}]矢野 遼さん\n了解。荷主さんへの催促は私からしておきます",
            ),
            ("2027-10-05 16:40", 1018, "荷主さんに電話で催促しました。数量確定です👍"),
            (
                "2027-10-05 16:55",
                1022,
                "[rp aid=1018 to={m9}]根本 勝也さん\nありがとうございます！見積は明日の朝イチで出します",
            ),
        ],
        [
            task(1, ["ドライバー"], [1020], ("2027-10-05T12:00", "Tue"), "done"),
            task(4, ["連絡"], [1019], None, "done"),
            task(8, ["催促"], [1018], None, "done"),
            task(10, ["見積"], [1022], ("2027-10-06T10:00", "Wed")),
        ],
    ),
    # b10ja-08 logistics around Obon: an info post that does what it announces; a Chatwork task
    # with ltype=time closed by task_done; 2営業日以内 across 山の日; a request whose date
    # describes the truck (no deadline) closed by 確保しました; 2営業日以内 from 8/13 over Obon
    # (Obon weekdays are business days); partial completion with もう少し時間ください (no date:
    # due unchanged); a Chatwork task with ltype=date.
    conv(
        "b10ja-08",
        (99208, "北斗運輸 配車デスク（お盆）"),
        M(1018, 1019, 1020, 1022, 1049),
        [
            (
                "2027-08-10 09:00",
                1018,
                "お盆期間の運行表です。8/13〜8/16もカレンダー通り稼働、山の日(8/11)だけ休みです。\n[info][title]8月 運行表[/title]https://example.com/hokuto/unkou-08[/info]",
            ),
            (
                "2027-08-10 09:20",
                1018,
                chatwork_task(
                    "added",
                    1019,
                    chatwork_lt("2027-08-12", "15:00"),
                    "お盆期間の臨時便の配車表を作成",
                    "time",
                ),
            ),
            (
                "2027-08-10 09:25",
                1018,
                "[To:1022]矢野さん\n協力会社3社に、お盆期間の稼働可否を2営業日以内に確認してもらえますか",
            ),
            (
                "2027-08-10 09:40",
                1022,
                "[rp aid=1018 to={m3}]根本 勝也さん\n承知です。1社は担当者が夏休みで、回答が来週になるかもです",
            ),
            (
                "2027-08-12 14:50",
                1019,
                chatwork_task(
                    "done",
                    1019,
                    chatwork_lt("2027-08-12", "15:00"),
                    "お盆期間の臨時便の配車表を作成",
                    "time",
                ),
            ),
            (
                "2027-08-12 15:10",
                1049,
                "[To:1018]根本さん\n倉庫の中西です。8/16(月)の朝に入る冷凍便、バース2番を空けておいてもらえますか？",
            ),
            (
                "2027-08-12 15:30",
                1018,
                "[rp aid=1049 to={m6}]中西 海斗さん\nバース2番、16日は朝から冷凍便用に確保しました。",
            ),
            (
                "2027-08-13 16:00",
                1018,
                "[To:1020]杉浦さん\n今日入った冷凍便の温度記録、2営業日以内に荷主さんへ送ってください。",
            ),
            (
                "2027-08-13 17:30",
                1022,
                "[rp aid=1018 to={m3}]根本 勝也さん\n3社中2社は確認取れました。残り1社がまだで、もう少し時間ください🙏",
            ),
            (
                "2027-08-13 17:35",
                1018,
                "[rp aid=1022 to={m9}]矢野 遼さん\n了解です、引き続きよろしくです",
            ),
            (
                "2027-08-16 09:00",
                1018,
                chatwork_task(
                    "added",
                    1049,
                    chatwork_lt("2027-08-20"),
                    "9月の棚替えレイアウト案を提出",
                    "date",
                ),
            ),
            ("2027-08-16 09:05", 1049, "承知しました〜"),
        ],
        [
            task(2, ["配車表"], [1019], ("2027-08-12T15:00", "Thu"), "done"),
            task(3, ["稼働"], [1022], ("2027-08-13", "Fri")),
            task(6, ["バース"], [1018], None, "done"),
            task(8, ["温度記録"], [1020], ("2027-08-17", "Tue")),
            task(11, ["レイアウト"], [1049], ("2027-08-20", "Fri")),
        ],
    ),
    # b10ja-09 event agency, venue report: a long report whose reported client wishes
    # (〜とのこと) are no tasks and whose last lines hold the sender's commitment (来週中) and a
    # request to the [To:] person; her acceptance sets 明日の午前中 and her bare 出しました closes
    # it; an offer of samples and a call for a receptionist ask for nothing; a request whose
    # date describes the delivery; an acceptance that sets 週明け (next Monday is スポーツの日);
    # two pieces of work in one sentence are two tasks.
    conv(
        "b10ja-09",
        (99209, "ハレマ 秋の物産展プロジェクト"),
        M(1023, 1024, 1025, 1026, 1027),
        [
            (
                "2027-10-07 18:20",
                1024,
                "[To:1023]北条さん\n本日の会場打ち合わせの報告です。\n\n■会場\n・搬入口は北側のみ、搬入可能時間は前日15時〜21時\n・電源は各ブース1.5kWまで、追加は有料\n■先方からの要望\n・通路幅は2m以上確保してほしいとのこと\n・当日の警備員配置図を事前に見たいとのこと\n■その他\n・駐車場は関係者用に10台分確保済み\n\n配置図のたたき台は私が来週中に作ります。警備会社への見積依頼だけ、北条さんからお願いできますか？",
            ),
            (
                "2027-10-07 18:40",
                1023,
                "[rp aid=1024 to={m1}]丹羽 俊介さん\n詳細な報告ありがとうございます！見積依頼、明日の午前中に出しておきます",
            ),
            (
                "2027-10-08 10:05",
                1025,
                "ノベルティのサンプル届きました📦 事務所の棚に置いてあります。手に取って見たい方どうぞ〜",
            ),
            ("2027-10-08 10:30", 1023, "見積依頼、警備会社2社に出しました。"),
            ("2027-10-08 11:00", 1026, "[toall]\n当日の受付、あと1人お願いできる人いませんか？🙏"),
            (
                "2027-10-08 11:05",
                1027,
                "[rp aid=1026 to={m5}]古賀 誠一さん\n当日のシフト次第ですが、午後なら入れるかもです",
            ),
            (
                "2027-10-08 14:00",
                1023,
                "[To:1025]白石さん\nノベルティ、サンプル見ました！この仕様で500個、発注をお願いします。納品先は10/25の設営会場です。",
            ),
            (
                "2027-10-08 14:10",
                1025,
                "[rp aid=1023 to={m7}]北条 玲奈さん\n承知しました！週明けに発注します",
            ),
            ("2027-10-12 16:00", 1025, "ノベルティ500個、発注かけました！納品は10/22予定です"),
            (
                "2027-10-12 16:20",
                1026,
                "看板のデザインデータを入稿して、印刷所に納期を確認しておきます",
            ),
            ("2027-10-12 16:25", 1023, "古賀さんありがとうございます🙏"),
        ],
        [
            task(1, ["配置図"], [1024], ("2027-10-15", "Fri")),
            task(1, ["見積"], [1023], ("2027-10-08T12:00", "Fri"), "done"),
            task(7, ["発注"], [1025], ("2027-10-12", "Tue"), "done"),
            task(10, ["入稿"], [1026], None),
            task(10, ["納期"], [1026], None),
        ],
    ),
    # b10ja-10 event agency, summer festival: 3営業日以内 across 山の日; a request to wait is
    # no task; a permission question; more time asked with a date by the assignee and granted
    # by the requester in a reply to the task (期限を来週火曜に変更); 予約取れました closes a
    # reply-addressed request; the requester withdraws a request by quote in other words
    # (見積は取らなくて大丈夫です).
    conv(
        "b10ja-10",
        (99210, "ハレマ 夏祭り運営"),
        M(1023, 1024, 1050, 1051),
        [
            (
                "2027-08-09 11:00",
                1023,
                "[To:1050]早川さん\n夏祭りのタイムテーブル看板、デザイン案を3営業日以内にいただけますか？",
            ),
            ("2027-08-09 11:30", 1050, "[rp aid=1023 to={m1}]北条 玲奈さん\nかしこまりました。"),
            (
                "2027-08-09 13:00",
                1023,
                "[To:1051]福島さん\n当日の発電機レンタル、2台分の予約をお願いします。",
            ),
            (
                "2027-08-09 13:20",
                1051,
                "[rp aid=1023 to={m3}]北条 玲奈さん\nレンタル会社に在庫を確認中です。少々お待ちください🙇",
            ),
            (
                "2027-08-09 15:00",
                1023,
                "[To:1024]丹羽さん\n当日配るうちわ、追加で300本の見積を取ってもらえますか",
            ),
            (
                "2027-08-10 09:15",
                1024,
                "明日は山の日でお休みですが、会場の下見って明日行っても大丈夫ですか？",
            ),
            (
                "2027-08-10 09:20",
                1023,
                "[rp aid=1024 to={m6}]丹羽 俊介さん\n大丈夫ですよ、鍵は守衛室で借りられます",
            ),
            (
                "2027-08-12 18:00",
                1050,
                "[rp aid=1023 to={m1}]北条 玲奈さん\nすみません、別案件が押していて…デザイン案は来週火曜まででもよろしいでしょうか",
            ),
            (
                "2027-08-12 18:10",
                1023,
                "[rp aid=1023 to={m1}]北条 玲奈さん\n早川さん、大丈夫です！期限を来週火曜に変更しますね",
            ),
            (
                "2027-08-13 10:00",
                1051,
                "[rp aid=1023 to={m3}]北条 玲奈さん\n発電機2台、予約取れました⚡",
            ),
            (
                "2027-08-16 09:30",
                1023,
                "[qt][qtmeta aid=1023 time={t5}]丹羽さん\n当日配るうちわ、追加で300本の見積を取ってもらえますか[/qt]\n丹羽さん、うちわは協賛企業さんが提供してくださることになったので、見積は取らなくて大丈夫です🙏",
            ),
            ("2027-08-16 09:35", 1024, "了解です！"),
        ],
        [
            task(1, ["タイムテーブル"], [1050], ("2027-08-17", "Tue")),
            task(3, ["発電機"], [1051], None, "done"),
        ],
    ),
    # b10ja-11 municipal office, an inter-department survey: a stiffly polite chain
    # (恐れ入りますが…いただけますでしょうか) with 2027年11月5日; the manager's acceptance names how
    # and is no task; 3営業日以内 across 文化の日; a resident's letter in [qt] and a pasted reply
    # template ask for nothing, the request after the template does; 拝見しました…大丈夫です
    # closes a review; one reply both closes a task (格納しました) and asks for a new check.
    conv(
        "b10ja-11",
        (99211, "青葉市 市民協働課"),
        M(1028, 1029, 1030, 1031, 1032),
        [
            (
                "2027-10-28 09:10",
                1032,
                "[To:1028]三浦課長\n総務課の土屋です。お忙しいところ恐れ入りますが、「市民活動団体の登録状況調査」について、各課の回答を取りまとめております。\n大変恐縮ですが、2027年11月5日までにご回答いただけますでしょうか。\n様式は庁内ポータルに掲載しております。",
            ),
            (
                "2027-10-28 09:30",
                1028,
                "[rp aid=1032 to={m1}]土屋 啓さん\n承知しました。担当に振って回答します。",
            ),
            (
                "2027-10-29 09:35",
                1028,
                "[To:1029]岩瀬さん\n総務課の登録状況調査、うちの課の分の下書きを3営業日以内にお願いできますか。",
            ),
            ("2027-10-29 09:40", 1029, "[rp aid=1028 to={m3}]三浦 正樹さん\n承知いたしました。"),
            (
                "2027-10-29 14:00",
                1031,
                "市民の方から届いたお手紙です。共有いたします。\n[qt]先日の清掃ボランティアの集合場所がわかりにくかったので、次回は地図を添えていただけますと幸いです。[/qt]\n次回の案内チラシを作るときの参考にします。",
            ),
            (
                "2027-10-29 14:30",
                1030,
                "[To:1031]菅野さん\nお手紙への返信文、下のひな形で作ってみました。\n--------\nこのたびは貴重なご意見をいただき、ありがとうございました。次回より、集合場所の地図を案内に掲載いたします。今後ともご協力くださいますようお願い申し上げます。\n--------\n文面、ご確認いただけますでしょうか。",
            ),
            (
                "2027-10-29 15:10",
                1031,
                "[rp aid=1030 to={m6}]大畑 圭吾さん\n拝見しました。「掲載いたします」は「掲載するよう努めます」に変えた方が無難かなと思います。それ以外は大丈夫です！",
            ),
            (
                "2027-11-01 17:20",
                1029,
                "[rp aid=1028 to={m3}]三浦 正樹さん\n下書き、共有フォルダに格納しました。ご確認をお願いいたします。",
            ),
            (
                "2027-11-02 10:00",
                1028,
                "[rp aid=1029 to={m8}]岩瀬 千夏さん\n確認しました、ありがとうございます。",
            ),
            (
                "2027-11-02 10:30",
                1028,
                "[rp aid=1032 to={m1}]土屋 啓さん\n市民協働課分の調査票、提出いたしました。",
            ),
            (
                "2027-11-02 10:35",
                1032,
                "[rp aid=1028 to={m10}]三浦 正樹さん\n受領いたしました。ありがとうございます。",
            ),
        ],
        [
            task(1, ["登録状況"], [1028], ("2027-11-05", "Fri"), "done"),
            task(3, ["下書き"], [1029], ("2027-11-04", "Thu"), "done"),
            task(6, ["確認"], [1031], None, "done"),
            task(8, ["確認"], [1028], None, "done"),
        ],
    ),
    # b10ja-12 municipal office, a civic fair: Chatwork tasks with ltype=date and with an old
    # body (lt=0, no ltype), both closed by task_done; 2営業日以内 across 勤労感謝の日 closed by
    # the assignee's bare 印刷して…置きました; a negated status (まだ最終化できていません) closes
    # nothing; a commitment (電話してみます) closed by the sender's bare 電話しました.
    conv(
        "b10ja-12",
        (99212, "青葉市 市民協働課（フェア担当）"),
        M(1028, 1029, 1030, 1031, 1052),
        [
            (
                "2027-11-19 10:00",
                1028,
                chatwork_task(
                    "added",
                    1030,
                    chatwork_lt("2027-11-26"),
                    "市民活動フェアの出展者一覧を最終化",
                    "date",
                ),
            ),
            (
                "2027-11-19 10:01",
                1028,
                chatwork_task("added", 1052, 0, "会場の消防署への届出書類を準備", None),
            ),
            ("2027-11-19 10:30", 1030, "了解しました。"),
            (
                "2027-11-22 09:00",
                1029,
                "[To:1031]菅野さん\nフェアのアンケート用紙、2営業日以内に300部印刷をお願いできますか？明日は勤労感謝の日でお休みです。",
            ),
            ("2027-11-22 09:10", 1031, "[rp aid=1029 to={m4}]岩瀬 千夏さん\n承知しました！"),
            (
                "2027-11-24 16:40",
                1052,
                chatwork_task("done", 1052, 0, "会場の消防署への届出書類を準備", None),
            ),
            ("2027-11-24 17:00", 1031, "アンケート用紙300部、印刷して会議室Aに置きました"),
            (
                "2027-11-25 11:00",
                1030,
                "[rp aid=1028 to={m1}]三浦 正樹さん\n出展者一覧、2団体の回答待ちでまだ最終化できていません🙇",
            ),
            (
                "2027-11-25 11:10",
                1028,
                "[rp aid=1030 to={m8}]大畑 圭吾さん\n了解です。2団体には私から電話してみます",
            ),
            ("2027-11-26 09:30", 1028, "2団体に電話しました。今日中に回答をもらえるそうです"),
            (
                "2027-11-26 15:00",
                1030,
                chatwork_task(
                    "done",
                    1030,
                    chatwork_lt("2027-11-26"),
                    "市民活動フェアの出展者一覧を最終化",
                    "date",
                ),
            ),
        ],
        [
            task(1, ["出展者"], [1030], ("2027-11-26", "Fri"), "done"),
            task(2, ["届出"], [1052], None, "done"),
            task(4, ["アンケート"], [1031], ("2027-11-25", "Thu"), "done"),
            task(9, ["電話"], [1028], None, "done"),
        ],
    ),
    # b10ja-13 game studio QA: a bug report ending in 修正お願いします; the assignee's
    # 見ておきます in reply is an acceptance, no new task; one reply closes the fix (直しました)
    # and asks for a check (rule 4 assignee); 確認しました closes the check; an English-Japanese
    # info question; two [To:] assignees with 明後日; bare 終わりました from one of them does not
    # close the shared task; the lead's commitment (チケット切っておきます); a signature.
    conv(
        "b10ja-13",
        (99213, "スタジオ・ホタル QA（ver1.4）"),
        M(1033, 1034, 1035, 1036, 1037),
        [
            (
                "2027-11-08 10:00",
                1034,
                "[To:1035]香川さん\n【不具合】ステージ3のボス戦後、リザルト画面でBGMが二重に鳴ります。\n再現率 3/5、Switch版のみ。動画は #qa-1483 に添付しています。\n修正お願いします🙏",
            ),
            (
                "2027-11-08 10:20",
                1035,
                "[rp aid=1034 to={m1}]永井 杏さん\nあー、フェード処理の後に再生フラグが残ってそうです。見ておきます",
            ),
            (
                "2027-11-09 15:30",
                1035,
                "[rp aid=1034 to={m1}]永井 杏さん\nフェード処理を直しました。dev ビルド #2215 で確認お願いします",
            ),
            (
                "2027-11-09 17:10",
                1034,
                "[rp aid=1035 to={m3}]香川 聡太さん\n#2215 で確認しました、10回試して再発なしです👍",
            ),
            (
                "2027-11-10 11:00",
                1036,
                "Hi all, Korean localization の最新ビルドってどこにありますか？",
            ),
            (
                "2027-11-10 11:05",
                1037,
                "[rp aid=1036 to={m5}]Kim Jiwooさん\nビルドサーバーの /loc/ko/1.4.0-rc2 です〜",
            ),
            (
                "2027-11-10 14:00",
                1033,
                "[To:1036][To:1037]\nJiwooさん、松岡さん\n韓国語版のテキストはみ出しチェック、明後日までにお願いします。チェック表は先週と同じものを使ってください。",
            ),
            ("2027-11-10 14:10", 1036, "[rp aid=1033 to={m7}]鳴海 翔さん\nOK! 了解です👍"),
            ("2027-11-12 17:30", 1037, "はみ出しチェック終わりました！ショップ画面に4件ありました"),
            (
                "2027-11-12 17:35",
                1033,
                "ありがとうございます！4件は香川さんにチケット切っておきます",
            ),
            ("2027-11-12 18:00", 1035, "了解です :+1:\n--\n香川"),
        ],
        [
            task(1, ["BGM"], [1035], None, "done"),
            task(3, ["確認"], [1034], None, "done"),
            task(7, ["はみ出し"], [1036, 1037], ("2027-11-12", "Fri")),
            task(10, ["チケット"], [1033], None),
        ],
    ),
    # b10ja-14 game QA weekly list: numbered to-do lines with the owner and the date in
    # parentheses (水曜, 来週月曜, 月末) plus an info line; a volunteered commitment; a decline
    # (今回は難しいです) answered by the requester moving the deadline (再来週の金曜まで延ばします);
    # a progress chase and its answer ask for nothing; bare 終わりました from an assignee with
    # two open tasks closes none; replies then close each task by name.
    conv(
        "b10ja-14",
        (99214, "スタジオ・ホタル QA（週次）"),
        M(1033, 1034, 1035, 1037, 1053),
        [
            (
                "2027-11-29 10:00",
                1033,
                "今週のQAタスクです。\n1. 実績解除のテスト（永井さん、水曜まで）\n2. セーブデータ移行の確認（松岡さん、来週月曜まで）\n3. 負荷テストの結果まとめ（今村さん、月末）\n4. 金曜は棚卸しのため定時で全員退勤です",
            ),
            (
                "2027-11-29 10:30",
                1034,
                "[To:1033]鳴海さん\nついでにクラッシュレポートの振り分けも私やっておきますね",
            ),
            (
                "2027-11-29 11:00",
                1053,
                "[rp aid=1033 to={m1}]鳴海 翔さん\nすみません、負荷テストの結果まとめ、今週はイベント準備と重なっていて今回は難しいです…",
            ),
            (
                "2027-11-29 11:10",
                1033,
                "[rp aid=1033 to={m1}]鳴海 翔さん\n今村さん、了解です。負荷テストの結果まとめは再来週の金曜まで延ばします。",
            ),
            ("2027-11-30 15:00", 1033, "[To:1034]永井さん\n実績解除のテスト、進捗いかがですか？"),
            ("2027-11-30 15:20", 1034, "[rp aid=1033 to={m5}]鳴海 翔さん\n残り3項目です！"),
            ("2027-12-01 16:30", 1034, "終わりました〜🎉"),
            ("2027-12-01 16:35", 1033, "おつかれさまです！どっちの件ですか？笑"),
            (
                "2027-12-01 16:40",
                1034,
                "[rp aid=1034 to={m2}]永井 杏さん\nクラッシュレポートの振り分けの方です、終わりました！",
            ),
            (
                "2027-12-02 10:40",
                1034,
                "[rp aid=1033 to={m1}]鳴海 翔さん\n実績解除のテスト、全項目終わりました。不具合なしです！",
            ),
        ],
        [
            task(1, ["実績"], [1034], ("2027-12-01", "Wed"), "done"),
            task(1, ["セーブ"], [1037], ("2027-12-06", "Mon")),
            task(1, ["負荷テスト"], [1053], ("2027-12-17", "Fri")),
            task(2, ["クラッシュ"], [1034], None, "done"),
        ],
    ),
    # b10ja-15 dental clinic staff room: a condition (急患があれば…連絡ください) asks nothing; a
    # request with 昼 closed by 電話しました; a suggestion with no addressee is no task; a
    # commitment (修理の依頼を出しておきます) stays open when someone else did it
    # (院長が…連絡してくださっていました); a suggestion; a commitment (折り返しておきます)
    # closed by the sender's bare 折り返して…予約取れました; Chatwork icons.
    conv(
        "b10ja-15",
        (99215, "はなみずき歯科 スタッフ連絡"),
        M(1038, 1039, 1040, 1041, 1042),
        [
            (
                "2027-10-18 08:40",
                1038,
                "おはようございます。今日は午後から歯科医師会の会議で、15時に抜けます。15時以降に急患があれば、若林さん経由で連絡ください(bow)",
            ),
            (
                "2027-10-18 09:05",
                1039,
                "[To:1041]栗原さん\n技工所から佐伯様の仮歯が届いていないので、昼までに電話で確認してもらえますか？",
            ),
            (
                "2027-10-18 09:20",
                1040,
                "2番ユニットのバキューム、吸いが弱いです。業者さん呼んだ方がいいかもです",
            ),
            (
                "2027-10-18 09:25",
                1042,
                "[rp aid=1040 to={m3}]若林 彩乃さん\nメーカーに修理の依頼を出しておきます",
            ),
            (
                "2027-10-18 11:30",
                1041,
                "[rp aid=1039 to={m2}]岡部 美紀さん\n技工所に電話しました、今日の夕方に届くそうです！",
            ),
            (
                "2027-10-18 11:50",
                1042,
                "バキュームの件、院長が朝のうちにメーカーへ連絡してくださっていました。明日の午前に修理の方が来ます",
            ),
            ("2027-10-18 13:10", 1039, "今日のキャンセル枠、16時と16時半が空きました。"),
            (
                "2027-10-18 13:15",
                1040,
                "[rp aid=1039 to={m7}]岡部 美紀さん\n16時の枠、メンテナンス待ちの中川様はどうでしょう？",
            ),
            (
                "2027-10-18 13:18",
                1039,
                "[rp aid=1040 to={m8}]若林 彩乃さん\nいいですね！中川様には私から折り返しておきます",
            ),
            ("2027-10-18 14:30", 1039, "中川様に折り返して、16時で予約取れました😊"),
            ("2027-10-18 18:00", 1038, "皆さんおつかれさまでした(bow)"),
        ],
        [
            task(2, ["仮歯"], [1041], ("2027-10-18T12:00", "Mon"), "done"),
            task(4, ["修理"], [1042], None),
            task(9, ["折り返"], [1039], None, "done"),
        ],
    ),
    # b10ja-16 dental clinic office before the year end: a request after an [info] notice full
    # of dates (the deadline is 来週中, attached to the work); an acceptance that adds a distinct
    # piece of work (掲示も私の方で作っておきます) is a commitment; a Chatwork task with
    # ltype=none; a request whose 来月10日 describes the party, withdrawn by the requester in
    # other words (今年は見送る…予約はしなくて大丈夫です); a reply closes one task and the
    # assignee's later bare 貼り終わりました closes her one remaining task.
    conv(
        "b10ja-16",
        (99216, "はなみずき歯科 事務連絡"),
        M(1038, 1039, 1042, 1054),
        [
            (
                "2027-12-01 09:00",
                1038,
                "[To:1039]岡部さん\n[info][title]年末年始の診療について[/title]12/29(水)〜1/3(月)は休診、12/28(火)は17時までの短縮診療です。[/info]\n予約システムへの休診日の反映を、来週中にお願いします。",
            ),
            (
                "2027-12-01 09:10",
                1039,
                "[rp aid=1038 to={m1}]瀬戸 貴之さん\n承知しました！待合室の掲示も私の方で作っておきます",
            ),
            (
                "2027-12-01 10:00",
                1042,
                chatwork_task("added", 1054, 0, "受付マニュアル（会計編）を読んでおく", "none"),
            ),
            ("2027-12-01 10:05", 1054, "ありがとうございます！がんばります💪"),
            (
                "2027-12-02 14:00",
                1038,
                "[To:1042]滝本さん\n来月10日の新年会、例年のお店で会場予約をお願いします。",
            ),
            (
                "2027-12-02 14:05",
                1042,
                "[rp aid=1038 to={m5}]瀬戸 貴之さん\n承知しました。人数は去年と同じ12名で大丈夫ですか？",
            ),
            (
                "2027-12-02 14:10",
                1038,
                "[rp aid=1042 to={m6}]滝本 恵さん\n今年は竹内さんが増えたので13名です",
            ),
            (
                "2027-12-06 17:30",
                1039,
                "[rp aid=1038 to={m1}]瀬戸 貴之さん\n予約システム、12/29〜1/3を休診に設定しました",
            ),
            ("2027-12-07 09:00", 1039, "待合室の掲示も貼り終わりました📌"),
            (
                "2027-12-08 11:00",
                1038,
                "[rp aid=1038 to={m5}]瀬戸 貴之さん\n滝本さん、新年会はやっぱり今年は見送ることにしました。予約はしなくて大丈夫です🙏",
            ),
            ("2027-12-08 11:05", 1042, "[rp aid=1038 to={m10}]瀬戸 貴之さん\n承知しました！"),
        ],
        [
            task(1, ["予約システム"], [1039], ("2027-12-10", "Fri"), "done"),
            task(2, ["掲示"], [1039], None, "done"),
            task(3, ["マニュアル"], [1054], None),
        ],
    ),
    # b10ja-17 real-estate rental team: a request whose 10/16(土) describes the viewing, given a
    # time by the acceptance (金曜の午後3時) and then withdrawn by the requester in other words
    # (内見はなくなりました…借りに行かなくて大丈夫です); an acceptance that moves 明日の14時 to
    # 明日の午前中; one reply closes a check and asks for a fix; the fix closed by a bare
    # 直しました; 今週中 sent on a Saturday (next Friday) moved by 週明け in the acceptance, then
    # partial completion with a new date (明日中には終わらせます).
    conv(
        "b10ja-17",
        (99217, "ひだまり不動産 賃貸チーム"),
        M(1043, 1044, 1045, 1046, 1047),
        [
            (
                "2027-10-13 10:00",
                1044,
                "[To:1045]石原さん\n10/16(土)の内見用に、グランメゾン青葉302の鍵を管理会社から借りてきてもらえますか？",
            ),
            (
                "2027-10-13 10:05",
                1045,
                "[rp aid=1044 to={m1}]片山 美緒さん\n了解です、金曜の午後3時に取りに行きます",
            ),
            (
                "2027-10-13 11:30",
                1046,
                "[To:1043]南店長\n重要事項説明書2件のチェックを、明日の14時までにお願いできますでしょうか。",
            ),
            (
                "2027-10-13 11:40",
                1043,
                "[rp aid=1046 to={m3}]関口 奈央さん\n了解、明日の午前中に見ます",
            ),
            (
                "2027-10-14 11:20",
                1043,
                "[rp aid=1046 to={m3}]関口 奈央さん\n2件ともチェックしました。1件目は駐車場の記載だけ直してください",
            ),
            ("2027-10-14 15:00", 1046, "駐車場の記載、直しました！"),
            (
                "2027-10-14 16:00",
                1044,
                "[rp aid=1044 to={m1}]片山 美緒さん\n石原さん、すみません。お客様が他の物件で決められたので、302の内見はなくなりました。鍵は借りに行かなくて大丈夫です🙏",
            ),
            ("2027-10-14 16:05", 1045, "[rp aid=1044 to={m7}]片山 美緒さん\n了解です！"),
            (
                "2027-10-16 09:30",
                1047,
                "[To:1044]片山さん\n土曜にすみません。先日の松原様の申込書類、今週中に不備チェックをお願いできますか？",
            ),
            (
                "2027-10-16 10:15",
                1044,
                "[rp aid=1047 to={m9}]坂井 慎也さん\n承知しました、週明けに見ます",
            ),
            (
                "2027-10-18 16:00",
                1044,
                "[rp aid=1047 to={m9}]坂井 慎也さん\n申込書類、まだ半分しか見られていません🙇 明日中には終わらせます",
            ),
        ],
        [
            task(3, ["重要事項"], [1043], ("2027-10-14T12:00", "Thu"), "done"),
            task(5, ["駐車場"], [1046], None, "done"),
            task(9, ["不備"], [1044], ("2027-10-19", "Tue")),
        ],
    ),
    # b10ja-18 real-estate sales team: a [toall] request with full-width １１／１９ closed by the
    # requester's reply (登録完了です) after a bare report from one assignee that closes nothing;
    # implicit 確認 twice; a re-work request (作り直してもらえますか, 5日以内) whose assignee asks
    # for more time with a YYYY/M/D date; 作り直しました closes it; a check closed and a new
    # request (先方に出してください) in one reply; an acceptance that sets 今日中; 来月末.
    conv(
        "b10ja-18",
        (99218, "ひだまり不動産 売買チーム"),
        M(1043, 1047, 1055, 1056, 1057),
        [
            (
                "2027-11-10 09:30",
                1043,
                "[toall]\n来月から新しい査定システムに切り替わります。操作マニュアルを読んで、１１／１９までにテスト査定を1件ずつ登録してください。",
            ),
            ("2027-11-10 09:40", 1056, "了解です！"),
            (
                "2027-11-10 13:00",
                1055,
                "[To:1043]南店長\n桜木町の戸建ての査定書、作成しました。ご確認お願いします。",
            ),
            (
                "2027-11-10 16:20",
                1043,
                "[rp aid=1055 to={m3}]上野 和真さん\n確認しました。周辺の成約事例が古いので、直近半年の事例で作り直してもらえますか。5日以内でお願いします。",
            ),
            ("2027-11-12 10:00", 1057, "テスト査定、登録しました"),
            (
                "2027-11-15 09:10",
                1055,
                "[rp aid=1043 to={m4}]南 雄一郎さん\nすみません、事例の抽出に手間取っていて…2027/11/17まで延ばしていただけますか🙇",
            ),
            ("2027-11-15 09:30", 1043, "[rp aid=1055 to={m6}]上野 和真さん\nOKです、17日で。"),
            (
                "2027-11-17 18:10",
                1055,
                "[rp aid=1043 to={m4}]南 雄一郎さん\n直近半年の事例で作り直しました。再度ご確認お願いします🙏",
            ),
            (
                "2027-11-18 10:00",
                1043,
                "[rp aid=1055 to={m8}]上野 和真さん\n確認しました、これで先方に出してください",
            ),
            (
                "2027-11-18 10:05",
                1055,
                "[rp aid=1043 to={m9}]南 雄一郎さん\n承知しました、今日中に送ります",
            ),
            (
                "2027-11-19 17:00",
                1043,
                "[rp aid=1043 to={m1}]南 雄一郎さん\n皆さん、テスト査定は4件とも登録完了です。ありがとうございます！",
            ),
            (
                "2027-11-19 17:10",
                1043,
                "[To:1057]西田さん\n店舗の看板の塗り直し、業者見積を来月末までに2社分取ってもらえますか",
            ),
        ],
        [
            task(1, ["テスト査定"], [1047, 1055, 1056, 1057], ("2027-11-19", "Fri"), "done"),
            task(3, ["確認"], [1043], None, "done"),
            # Labelled 11-17 (five business days) when written; extraction.md says N日以内 is
            # today + N calendar days: 11-10 + 5 = 11-15 (corrected after the first scoring).
            task(4, ["作り直"], [1055], ("2027-11-15", "Mon"), "done"),
            task(8, ["確認"], [1043], None, "done"),
            task(9, ["先方"], [1055], ("2027-11-18", "Thu")),
            task(12, ["看板"], [1057], ("2027-12-31", "Fri")),
        ],
    ),
    # b10ja-19 no task: translation team chit-chat — attendance questions, an information
    # question and its answer, a release that someone else published, a vague offer, thanks.
    conv(
        "b10ja-19",
        (99219, "Lumen Docs 雑談"),
        M(1001, 1002, 1003, 1005, 1006),
        [
            (
                "2027-07-21 22:00",
                1005,
                "Hi all! 来月の東京ミートアップ、参加する人いますか？ 8/28(土)です🗼",
            ),
            ("2027-07-21 22:05", 1003, "行きます〜！"),
            ("2027-07-21 22:10", 1002, "仕事次第ですが、たぶん行けます"),
            ("2027-07-21 22:12", 1006, "ミートアップの会場ってどこでしたっけ？"),
            (
                "2027-07-21 22:15",
                1005,
                "[rp aid=1006 to={m4}]千田 航さん\n渋谷のコワーキングスペースです。詳細は connpass に出てます",
            ),
            (
                "2027-07-21 22:30",
                1001,
                "v3.1 の訳、公式サイトに反映されてました🎉 みなさんおつかれさまでした！",
            ),
            ("2027-07-21 22:32", 1003, "おお、ほんとだ！感慨深い…"),
            (
                "2027-07-21 22:40",
                1002,
                "次のリリースも、手伝えることあれば気軽に声かけてください〜",
            ),
            ("2027-07-21 22:41", 1005, "Thanks everyone 🙌 よろしくです"),
        ],
        [],
    ),
    # b10ja-20 no task: dispatch status traffic — departures, delays, a blocker, "let me know
    # when", a weather note.
    conv(
        "b10ja-20",
        (99220, "北斗運輸 運行状況"),
        M(1018, 1019, 1021, 1022, 1058),
        [
            ("2027-12-06 06:10", 1021, "柴崎です。厚木センター出発しました。"),
            (
                "2027-12-06 06:40",
                1058,
                "平野です。東名、大井松田付近で雪のためチェーン規制です。少し遅れます",
            ),
            (
                "2027-12-06 06:45",
                1019,
                "[rp aid=1058 to={m2}]平野 真央さん\n了解です、安全第一で！",
            ),
            (
                "2027-12-06 07:30",
                1022,
                "[To:1018]根本さん\n今日の静岡便、荷主さんからの出荷指示待ちで、まだ出られていません",
            ),
            ("2027-12-06 07:35", 1018, "[rp aid=1022 to={m4}]矢野 遼さん\n了解。指示来たら教えて"),
            ("2027-12-06 08:50", 1022, "指示来ました！静岡便、8:55に出発しました"),
            ("2027-12-06 09:15", 1058, "規制解除されました。通常ペースに戻ってます"),
            (
                "2027-12-06 12:00",
                1018,
                "みなさん午前中おつかれさまです。午後は雨予報です☔ 荷濡れ注意で！",
            ),
            ("2027-12-06 12:05", 1021, "了解です👍"),
        ],
        [],
    ),
    # b10ja-21 no task: school office notices — lunch counts, a holiday question answered, a
    # visitor notice, a repair someone else made, greetings.
    conv(
        "b10ja-21",
        (99221, "みなと台中学校 事務室（連絡）"),
        M(1013, 1014, 1015, 1016),
        [
            (
                "2027-10-01 08:30",
                1016,
                "おはようございます。本日は3年生が校外学習のため、給食は1・2年生分のみです。",
            ),
            ("2027-10-01 08:35", 1013, "承知しました。"),
            ("2027-10-01 09:50", 1015, "来週の月曜ってスポーツの日でしたっけ？"),
            (
                "2027-10-01 09:55",
                1014,
                "[rp aid=1015 to={m3}]江口 直人さん\nスポーツの日は再来週の11日です〜",
            ),
            ("2027-10-01 11:20", 1016, "15時ごろ、PTA会長が来校予定です。"),
            ("2027-10-01 11:25", 1013, "了解です、応接室を空けてあります"),
            ("2027-10-01 14:00", 1014, "コピー機の紙詰まり、業者さんが直してくれました！"),
            ("2027-10-01 14:05", 1015, "おお、助かります"),
            ("2027-10-01 16:30", 1013, "今週もおつかれさまでした。よい週末を！"),
            ("2027-10-01 16:32", 1016, "おつかれさまでした〜"),
        ],
        [],
    ),
    # b10ja-22 event agency, delegation and decline: 〜さんにお願いしてもいいですか is a request;
    # the assignee declines (今回は難しいです) and the requester withdraws the request in a reply
    # to it (取り下げます), then asks someone else; an acceptance with an information question;
    # a request with 明日の定時; a progress chase and a partial answer ask for nothing; a reply
    # closes the request (共有フォルダに入れました).
    conv(
        "b10ja-22",
        (99222, "ハレマ 企業研修イベント"),
        M(1023, 1024, 1026, 1027, 1060),
        [
            (
                "2027-12-13 10:00",
                1023,
                "[To:1027]野々村さん\n来週の研修イベントのアンケート集計、野々村さんにお願いしてもいいですか？イベント翌日の12/22までにもらえると助かります。",
            ),
            (
                "2027-12-13 10:15",
                1027,
                "[rp aid=1023 to={m1}]北条 玲奈さん\nすみません、その週は別案件の撤収と重なっていて、今回は難しいです…🙇",
            ),
            (
                "2027-12-13 10:30",
                1023,
                "[rp aid=1023 to={m1}]北条 玲奈さん\n野々村さん、了解です！こちらの依頼は取り下げます🙏",
            ),
            (
                "2027-12-13 10:32",
                1023,
                "[To:1060]河合さん\n代わりに、来週の研修イベントのアンケート集計をお願いできますか？12/22までで大丈夫です。",
            ),
            (
                "2027-12-13 10:40",
                1060,
                "[rp aid=1023 to={m4}]北条 玲奈さん\nはい、やります！集計フォーマットは前回のものを使えばいいですか？",
            ),
            ("2027-12-13 10:45", 1023, "[rp aid=1060 to={m5}]河合 大地さん\nはい、前回のでOKです"),
            (
                "2027-12-13 14:00",
                1026,
                "[To:1024]丹羽さん\n研修会場の備品リスト、明日の定時までに共有してもらえると助かります。プロジェクターの台数だけ先に知りたいです",
            ),
            ("2027-12-14 16:00", 1023, "[To:1024]丹羽さん\n備品リストの件、進捗いかがですか？"),
            ("2027-12-14 16:10", 1024, "[rp aid=1023 to={m8}]北条 玲奈さん\nまだ8割くらいです💦"),
            (
                "2027-12-14 17:40",
                1024,
                "[rp aid=1026 to={m7}]古賀 誠一さん\n備品リスト、共有フォルダに入れました！プロジェクターは2台です",
            ),
            ("2027-12-14 17:45", 1026, "丹羽さんありがとうございます〜🙏"),
        ],
        [
            task(4, ["アンケート"], [1060], ("2027-12-22", "Wed")),
            task(7, ["備品リスト"], [1024], ("2027-12-14T18:00", "Tue"), "done"),
        ],
    ),
    # b10ja-23 restaurant HQ over the new year: 年内 moved by the acceptance (明後日); 1/7(金)
    # sent in December reads as 2028; a meeting notice; 来月5日 into 2028; 至急 (no deadline)
    # closed by a reply; the assignee's bare 貼りました then closes his one remaining task;
    # 3日後 with 来月末 describing the event; partial completion with a new date (1/4) in a
    # reply; a year-end greeting.
    conv(
        "b10ja-23",
        (99223, "つばめ食堂 本部（年末年始）"),
        M(1007, 1008, 1010, 1011, 1012),
        [
            (
                "2027-12-20 10:00",
                1007,
                "[To:1010]寺島さん\n川崎店の年末年始の営業時間、年内に店頭掲示をお願いします。",
            ),
            (
                "2027-12-20 10:05",
                1010,
                "[rp aid=1007 to={m1}]宮内 沙耶さん\n承知しました、明後日までに貼ります",
            ),
            (
                "2027-12-20 11:00",
                1008,
                "[To:1012]浜口さん\n新春メニューの撮影データ、1/7(金)までに納品をお願いできますか",
            ),
            ("2027-12-20 11:10", 1012, "[rp aid=1008 to={m3}]大槻 隆之さん\nかしこまりです📷"),
            ("2027-12-20 14:00", 1007, "来月の店長会議は1/12(水)14時〜、本部3階です。"),
            (
                "2027-12-20 14:10",
                1007,
                "[To:1011]吉永さん\n町田店の1月のシフト表、来月5日までに本部へ提出してください。",
            ),
            ("2027-12-20 14:15", 1011, "[rp aid=1007 to={m6}]宮内 沙耶さん\n承知しました！"),
            (
                "2027-12-20 16:30",
                1008,
                "[To:1010]寺島さん\n川崎店の冷蔵庫の温度ログ、至急送ってください🙏 保健所から問い合わせが来ています",
            ),
            (
                "2027-12-20 16:45",
                1010,
                "[rp aid=1008 to={m8}]大槻 隆之さん\n温度ログ、メールで送りました！",
            ),
            ("2027-12-22 15:00", 1010, "店頭の掲示、貼りました📝"),
            (
                "2027-12-24 10:00",
                1007,
                "[To:1008]大槻さん\n来月末の新メニュー発表会の資料、3日後までにたたき台をもらえますか？",
            ),
            ("2027-12-24 10:10", 1008, "[rp aid=1007 to={m11}]宮内 沙耶さん\n了解です！"),
            (
                "2027-12-27 17:00",
                1008,
                "[rp aid=1007 to={m11}]宮内 沙耶さん\nたたき台、まだ6割です…年明けの1/4に出させてください🙇",
            ),
            ("2027-12-28 18:00", 1007, "今年も一年ありがとうございました。よいお年を！🎍"),
        ],
        [
            task(1, ["掲示"], [1010], ("2027-12-22", "Wed"), "done"),
            task(3, ["撮影データ"], [1012], ("2028-01-07", "Fri")),
            task(6, ["シフト表"], [1011], ("2028-01-05", "Wed")),
            task(8, ["温度ログ"], [1010], None, "done"),
            task(11, ["たたき台"], [1008], ("2028-01-04", "Tue")),
        ],
    ),
]
