# ruff: noqa: E501  (a rule reads best on one line: its pattern and its corpus lines)
"""Japanese reports of work: the NOT_DONE and DONE tables (done, part done, not done,
tried). The other acts are in :mod:`chatsync.parser.rules.ja`, whose ``TABLES``
holds them all."""

from __future__ import annotations

from chatsync.parser.rules import Act, Rule, table

NOT_DONE = table(
    Act.NOT_DONE,
    Rule(
        "up to a count",
        Act.NOT_DONE,
        # シャフト、1000本までは出荷準備できました (of 1200): done up to a count, not all of it
        "^ <nsp>* 、? <q> <nx> まで は|で? … <vs> <vac>* た $",
        ("シャフト、1000本までは出荷準備できました", "30件までは入力しました"),
        when=("!question",),
    ),
    Rule(
        "up to a share",
        Act.NOT_DONE,
        # 追加見積、1階分までは作りました (the 2階 share waits): done up to one share of it
        "^ <nsp>* 、? <nsqp>+ の? 分/n まで は … <vs> <vac>* た <y>* $",
        ("追加見積、1階分までは作りました", "請求書、3月の分までは送りました。"),
        when=("!question",),
    ),
    Rule(
        "only a count of it",
        Act.NOT_DONE,
        # 10部だけ印刷しました (of the 20 asked): a count short of the work (not 1か所だけ数字を
        # 直しました: just one thing needed it)
        "^ <q>-@ONE <nx> だけ … <vs> <vac>* た $",
        ("10部だけ印刷しました", "3台だけ運びました"),
        when=("!question",),
    ),
    Rule(
        "still left",
        Act.NOT_DONE,
        # 長机は全部運びました。パーテーションがまだ半分残ってます: part of the work remains
        "まだ … 残る <vac>* $",
        ("パーテーションがまだ半分残ってます", "まだ3件残っています"),
        when=("!question",),
    ),
    Rule(
        "the fault persists",
        Act.NOT_DONE,
        # 一度調整しましたが、まだ下の方が少し擦ります: the trouble the work was for is still there
        "^ まだ … @FAULT <vac>* $",
        ("まだ下の方が少し擦ります", "まだ少し水が漏れています"),
        when=("!question",),
    ),
    Rule(
        "negated predicate",
        Act.NOT_DONE,
        "<vs>-@NOT_NEGATED <vac>* ない/a <a>* $",
        ("最後まで終わりませんでした", "まだ送れていません", "できてないです"),
        when=("!question",),
    ),
    (
        "could not",
        # 今日中は無理でした / 午前中は無理でした: the time passed, the work not done
        "無理|不可能 と? の? こと? だ|です た <y>* $",
        ("今日中は無理でした", "午前中は無理でした…", "連休前はいっぱいで無理とのことでした"),
    ),
    (
        "tried, nobody there",
        # 残り2名は電話しましたが不在でした: the attempt made, the one it needed away
        "た が|けど|けれど <n>* 不在|留守|外出中|離席|留守電 …",
        (
            "残り2名は電話しましたが不在でした",
            "先方に電話したが留守でした",
            "電話したけど留守電でした",
        ),
    ),
    (
        # 下回り以外は点検終わりました / 3問目以外入力しました: all but one part, not yet done
        "all but one part",
        "<nqxvs> 以外 は|を? … @DONE_WORD|た …",
        ("下回り以外は点検終わりました", "アンケートは3問目以外入力しました"),
    ),
    (
        # 給与分は終わりました。報酬分だけまだです: one share of the work still to do
        "a share not yet",
        "^ <nsq>+ の? 分/n だけ|は|も? まだ <nsxkq>* <a>* $",
        ("報酬分だけまだです", "2階の分はまだです"),
    ),
    (
        "not yet",
        "まだ <nsxkq>* の? <nsxkq>* <a>* $",
        ("まだです", "まだ途中です", "まだ半分です", "まだ3分の1です"),
    ),
    Rule(
        # 残り半分も終わりました: the other half is done too — the whole of it
        "the other half too",
        Act.DONE,
        "^ <y>* 残り|残る|後 の? 半分 も … <vs> <va>* た <y>* $",
        ("残り半分も終わりました！", "残りの半分も送りました"),
        when=("!question",),
    ),
    (
        "part of it",
        # (一部剥げてる: a state; 初日分の8割まで刷りました: a share, by tenths)
        "半分|一部|半ば|大半|割 <cdq>* だけ? <vs> する? て? <va>* た …",
        (
            "半分くらい終わりました",
            "一部だけ完了しました",
            "半分くらい見ました",
            "初日分の8割まで刷りました",
        ),
    ),
    (
        # 半分ほど終わってます / 一部片付いてます: how far along, said as a state
        "part of it, so far",
        "半分|一部|半ば|大半 <cdq>* だけ? @DONE_WORD <va>* $",
        ("半分ほど終わってます", "一部片付いてます"),
    ),
    (
        "only someone's share",
        # レビュー、宮下さんの分だけ終わりました: one person's share of the work, the rest open
        "分 だけ|のみ … @DONE_WORD|できる|終わる|済む …",
        ("レビュー、宮下さんの分だけ終わりました", "私の分だけ完了しました"),
    ),
    (
        "so many left",
        # 23件返しました。残り15件くらいです: how much is still to do
        "^ 残り|あと <q> <nx>? くらい|ほど|程度|ぐらい|ちょっと? 残る? て? いる|てる? <a>* $",
        ("残り15件くらいです", "あと3件です", "あと8件残ってます"),
    ),
    (
        "still ahead",
        # 林さんと黒田さんの分はこれからです: what is left is yet to be done
        "<nxy> は|も これ|今 から <va>* $",
        (
            "林さんと黒田さんの分はこれからです",
            "残りはこれからです",
            "週末の分（12件）はこれからです",
        ),
    ),
    (
        "a share of it",
        "割|%|パーセント … @DONE_WORD|できる|進む|いく|まとまる|終わる …",
        ("8割ほどできています", "7割くらい進みました"),
    ),
    (
        "some of them",
        # 3件中2件まで終わりました: M of N done, the rest open
        # (実績名の校正、32件中14件まで見ました: any work verb, M of N)
        # (解体、3面のうち2面終わりました / 5件中3件終わりました: said without まで too)
        "<q> <nx>? の? 中|うち <q> <nx>? まで|だけ|は? … @DONE_WORD|できる|進む|終わる|<vs> …",
        (
            "図面更新、3件中2件まで終わりました",
            "10枚中6枚だけできました",
            "32件中14件まで見ました",
            "塗装、4面のうち3面終わりました",
        ),
    ),
    Rule(
        "the rest is fine",
        Act.INFO,
        # …だけ直してください、あとはOKです: the rest needs nothing (not "the rest is ahead")
        "^ 残り|あと|後|他|ほか|それ以外 は|も <rt>? まま|通り|とおり? で? OK|ok|オッケー|大丈夫|問題ない|問題|結構|いい|良い …",
        ("あとはOKです", "残りは大丈夫です", "あとはこのままでOK"),
    ),
    Rule(
        "the rest is done too",
        Act.DONE,
        # 台帳、残りも見ました: the rest reported done — the whole work is (not "the rest is ahead")
        "残り|続き|後半 <qx>* は|も … <vs> <va>* た $",
        (
            "台帳、残りも見ました",
            "続きも終わりました",
            "シャフトの残り200本も検査を通って、本日出荷しました",
        ),
    ),
    Rule(
        "the rest is ahead",
        Act.NOT_DONE,
        "残り|続き|あと|後半 <qx>* は|も … <vs>-@TAKE_ON <va>* $",
        ("残りは明日やります", "続きは来週対応します", "残り1校は明日の朝イチでやります"),
        # じゃあ後半は私が引き継ぎます: someone else taking the rest on is a promise; 郵券の残りも
        # 確認しといてください asks (the imperative)
        when=("!self", "!imperative"),
    ),
    (
        "completion ahead",
        "@DONE_WORD <vaxnc>* 予定|見込み|見込む|次第|そう|後|つもり|目処|めど|見通し …",
        ("完了予定です", "完了する見込みです", "終わりそうです", "終わり次第連絡します"),
    ),
    (
        "completion announced",
        "@DONE_STATE する|いたす|させる|できる $",
        ("完了します", "今日中に完了できます"),  # (not 月末までに納品します: a promise)
    ),
    ("in progress", "<s> 中/x $", ("作成中です", "対応中", "確認中です")),
    (
        "how far along",
        "^ <dnq>* 半分|途中|一部|割|%|パーセント|半ば|7割|8割 ほど|くらい|ぐらい|程度|まで? $",
        ("半分ほどです", "まだ途中です", "7割くらいです"),
    ),
    (
        "working on it",
        "進める|取り組む|作業|取り掛かる|着手|対応|作成 する? て いる|おる $",
        ("進めています", "今対応しています", "取り掛かっております"),
    ),
    Rule(
        "when finished",
        Act.NOT_DONE,
        "@DONE_WORD <va>* ば|次第 …",
        ("完了すれば連絡します", "終わればお知らせします"),
    ),
)


DONE = table(
    Act.DONE,
    Rule(
        "done word",
        Act.DONE,
        "@DONE_WORD <vac>* た $",
        ("完了しました", "終わりました", "仕上がりました"),
        when=("!question",),
    ),
    Rule(
        # 電話番号を太字にいたしました / 見出しを赤字にしました: the thing made into what was
        # asked (not 打ち合わせを来週にしました: a day, a move)
        "made it so",
        Act.DONE,
        "を <nsx>* … <nsk>-@TIME に する|いたす|致す ます? た $",
        ("電話番号を太字にいたしました", "見出しを赤字にしました"),
        when=("!question",),
    ),
    Rule(
        # 太くしました / 大きくしました: made it as asked, an adjective and する
        "made it so, an adjective",
        Act.DONE,
        "^ <id>* <j> する|いたす|致す ます? た $",
        ("太くしました", "少し大きくしました"),
        when=("!question",),
    ),
    Rule(
        # (not ・チラシの納品 → 滝本さん: a delivery to make, named as a noun)
        "done word, noun",
        Act.DONE,
        "@DONE_STATE $",
        ("完了です", "送付済みです", "対応済"),
        when=("!question",),
    ),
    Rule("delivered", Act.DONE, "^ 納品|完納 $", ("納品です", "完納です"), when=("!question",)),
    Rule(
        # 納品済 伝票 No.DL-0611-203 / 送付済み → 料金表.pdf: done, then the slip or file it left
        "done word, then its reference",
        Act.DONE,
        "^ <ns>+ 済|済み|完了 <y>* <nsqwpy>* $",
        ("納品済 伝票 No.4471", "発送済み 追跡番号 1234-5678"),
        when=("!question",),
    ),
    Rule(
        "done word, state",
        Act.DONE,
        "@DONE_WORD <vac>* いる|おる|てる $",
        ("終わっています", "完了しております", "数え終わってます"),
        when=("!question",),
    ),
    Rule(
        "work verb, past",
        Act.DONE,
        # (not 在庫ありました: a thing there, no work — ある only after て)
        "<vs>-@NOT_DONE_VERB する|いたす? せる? て? おく|しまう|いただく? ます? た $",
        ("作成しました", "送っておきました", "印刷して発送しました", "お送りしました"),
        when=("!question",),
    ),
    Rule(
        "work verb, left done",
        Act.DONE,
        "<vs>-@NOT_DONE_VERB する|いたす? て ある ます? た $",
        ("送ってありました", "準備してありました"),
        when=("!question",),
    ),
    Rule(
        "work verb, managed",
        Act.DONE,
        # 押さえられました: an ichidan verb + られる, past — the work could be done (a godan
        # verb's れる is a passive: 言われました)
        "<v>-@NOT_DONE_VERB られる ます? た $",
        ("会場、押さえられました", "必要な数、集められました"),
        when=("!question",),
    ),
    Rule(
        "noun + suru, past",
        Act.DONE,
        "<n>-@NOT_DONE_VERB する|いたす せる? て? おく|ある|しまう? ます? た $",
        ("見積り、再提出しました", "明日の朝イチで再実行しました"),
        when=("!question",),
    ),
    Rule(
        # 業者さん連絡つきました / 先方と電話がつながりました: the one to reach was reached
        "got through",
        Act.DONE,
        "連絡|電話 が? つく|つながる ます? た",
        ("業者さん連絡つきました", "先方と電話がつながりました"),
        when=("!question",),
    ),
    Rule(
        # the one asked to check, answering what was shown: looks good (EN "looks good")
        "looks good",
        Act.DONE,
        "^ <i>* ばっちり|バッチリ|完璧 <va>* $",
        ("ばっちりです", "完璧です！"),
        when=("!question",),
    ),
    Rule(
        "no problems found",
        Act.DONE,
        "^ <i>* 特に? 問題 は? ある? ます? ない/aj <a>* $",
        ("問題ありません", "特に問題ないです"),
        when=("!question",),
    ),
    Rule(
        "received",
        Act.DONE,
        "<ns> 、? を|は|も? もらう|いただく|受領|受け取る ます? た $",
        ("3社とも回答もらいました", "請求書を受け取りました", "USB、受け取りました"),
        when=("!question",),
    ),
    Rule(
        "arrived",
        Act.DONE,
        # the ordered or sent thing came: the order or the sending is done
        "<ns> <nxcy>* 届く|入荷 する? ます? た $",
        (
            "リボンも問屋さんから届きました",
            "替えの蛍光灯が入荷しました",
            "部品、メーカーから届きました",
        ),
        when=("!question",),
    ),
    Rule(
        "humbly sent",
        Act.DONE,
        "お/f <v> する て? おる|いる $",
        ("先ほどメールでお送りしております", "お届けしています"),
        when=("!question",),
    ),
    Rule(
        "work verb, state",
        Act.DONE,
        "<vs> する? せる|させる? て ある $",
        ("送ってあります", "12/30に済ませてあります"),
        when=("!question",),
    ),
    Rule(
        "finished, and where it is",
        Act.DONE,
        # 300部刷り終わってカウンター裏に置いてます: done, and left where it can be found
        "<v> 終わる|上がる て <nspq> … てる|ある|いる|おる|た <a>* $",
        ("読書手帳、300部刷り終わってカウンター裏に置いてます",),
        when=("!question",),
    ),
    Rule(
        "put where it is",
        Act.DONE,
        # 報告書をフォルダに入れています / 共有フォルダに置いてます: put there, and there it
        # stays — a report (not 入れているところです: under way)
        "に 入れる|置く|上げる|格納|保存|アップ|アップロード する? て? いる|おる|てる ます? $",
        (
            "報告書をフォルダに入れています",
            "共有フォルダに置いてます",
            "写真はフォルダに上げています",
        ),
        when=("!question",),
    ),
    Rule(
        "settled now",
        Act.DONE,
        # 小峰さんに引き受けてもらえました！これで2人確定です: the thing asked for is final
        "^ これ で … 確定|決定|確保 です|だ? $",
        ("これで2人確定です", "これで全員分確保です"),
        when=("!question",),
    ),
    Rule(
        # 見積書はFAXで送ってます / 書類は昨日提出してあります: sent, and so it stands
        "sent, as it stands",
        Act.DONE,
        "^ <nspx>+ は|も … @TRANSFER する? て? いる|てる|ある|おる ます? $",
        ("見積書はFAXで送ってます", "図面は先方に渡してます"),
        when=("!question", "!dated"),
    ),
    Rule(
        "finished up",
        Act.DONE,
        # 焼き上がってます / 刷り上がりました: the work's result is ready
        "@FINISHED_UP て? いる|てる? ます? た? $",
        ("焼き上がってます", "チラシ刷り上がりました", "仕上がってます"),
        when=("!question",),
    ),
    Rule(
        "was accepted",
        Act.DONE,
        # 道路使用許可、受理されました / 稟議、承認されました: the filing went through
        "<ns> 、? が|は|も? 受理|承認|認可|受付|決裁 する れる ます? た $",
        ("道路使用許可、受理されました", "稟議が承認されました"),
        when=("!question",),
    ),
    Rule(
        "came back",
        Act.DONE,
        # 清掃したら風量戻りました: the trouble is gone (not 席に戻りました / ただいま戻りました:
        # the sender is back)
        "<ns>-@JUST_NOW が|は|も? @CAME_BACK ます? た $",
        ("清掃したら風量戻りました", "電源が戻りました"),
        when=("!question",),
    ),
    Rule(
        "made it",
        Act.DONE,
        "<nsp>-@NOT_DONE_VERB <qx>* 、? が|は|も? できる|取れる|揃う|まとまる ます? た $",
        ("資料できました", "予約が取れました", "スタンド花2基、できました"),
        when=("!question",),
    ),
)
