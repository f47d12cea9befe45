# ruff: noqa: E501  (a rule reads best on one line: its pattern and its corpus lines)
"""Japanese asks and promises: the REQUEST and COMMITMENT tables. The other acts are in
:mod:`chatsync.parser.rules.ja`, whose ``TABLES`` holds them all."""

from __future__ import annotations

from chatsync.parser.rules import Act, Rule, table

REQUEST = table(
    Act.REQUEST,
    Rule(
        "needed by a day",
        Act.REQUEST,
        # 修正した平面図が3/18(金)までに必要です: the thing wanted, and by when (a client's need)
        "が … まで に? 必要 <a>* $",
        ("修正した平面図が3/18(金)までに必要です", "見積書が金曜までに必要です"),
        when=("polite", "!question"),
    ),
    Rule(
        "someone to come, relayed",
        Act.INFO,
        # ご家族が、訪問のときに業者さんにも来てほしいとのことです: who should be there, no work
        "来る|くる|来られる|いらっしゃる|同席 する? て ほしい|くださる|いただく と の こと <a>* $",
        ("業者さんにも来てほしいとのことです", "担当の方にも同席してほしいとのことです"),
    ),
    Rule(
        "relayed ask",
        Act.REQUEST,
        # 稲垣さんから依頼です。大型絵本、今週中に出しておいてほしいとのことです: an ask passed
        # on is an ask of the listener (not 見積がほしいとのことです: a thing someone wants, nor
        # 5月24日までに設置いただけるとのことです: what another party said it can do)
        "て|<s> ほしい|くださる|いただく と の こと <a>* $",
        ("書庫から出しておいてほしいとのことです", "折り返しご連絡くださいとのことです"),
        when=("!question",),
        strength=0.7,
    ),
    Rule(
        "then, please",
        Act.ACCEPT,
        # 手伝えることあれば言ってください ← そのときはお願いします: an offer kept for later
        "^ … その 時|とき|際 は|も? お/f? 願う|お願い …",
        ("久保田さんありがとう、そのときはお願いします",),
    ),
    Rule(
        "can you by a time?",
        Act.REQUEST,
        # シュトーレン追加で20本、12/28までに焼ける？: asked as a question of ability
        "まで に <v>-@NOT_WORK_VERB $",
        ("シュトーレン追加で20本、12/28までに焼ける？", "金曜までに直せる？"),
        when=("question",),
        strength=0.6,
    ),
    Rule(
        "manage with it?",
        Act.INFO_ASK,
        # 今日は予備機で回せそうですか？: whether things run on a stand-in — how it stands, not
        # work asked for (not 今週で出来そう？, by a time)
        "<n>-@TIME で <v> そう <a>* か? $",
        ("今日は予備機で回せそうですか？", "当面は手作業でしのげそう？"),
        when=("question",),
    ),
    Rule(
        "can you, by then?",
        Act.REQUEST,
        # コメント、今日中に取れそう？ / 明日の朝イチ、立ち会い行けそう？: whether it can be done
        # by a time, asked of the one who would do it
        "<v>-@NOT_WORK_VERB|行ける|来れる|来られる|できる|出来る そう $",
        (
            "反対派のコメント、今日中に取れそう？",
            "明日の朝イチ、立ち会い行けそう？",
            "英訳、今日中にできそう？",
        ),
        when=("question", "dated"),
        strength=0.6,
    ),
    Rule(
        "doable by then?",
        Act.REQUEST,
        # 議事録、明日までっていけそう？ / 請求書の件、今日中いけます？: whether the one asked
        # can manage the thing named first by a day (not 須藤さん、今日中にいけそう？: a chase)
        "中|まで って|は|に|なら? いける|行ける そう/k? <a>* $",
        ("議事録、明日までっていけそう？", "請求書の件、今日中いけます？"),
        when=("question", "dated", "thing first"),
        strength=0.6,
    ),
    Rule(
        "may I ask you",
        Act.REQUEST,
        # Aikoさん、リールの撮影お願いしてもいいですか: asking leave to ask is the ask
        "<ns>|を お/f 願う する て も いい|よろしい|大丈夫 <a>* か? $",  # (not Tomさんにお願い)
        ("リールの撮影お願いしてもいいですか？", "受付をお願いしてもよろしいでしょうか"),
        when=("question",),
    ),
    (
        "would like to ask",
        # 要約を今月中にお願いできればと思います: a request said as a wish
        # …お願いできればと / …いただけたらと: the 思います left unsaid
        "お/f? 願う|いただける|もらえる|頂ける できる? ば|た と 思う|存じる|存ずる? <va>* $",
        (
            "要約を今月中にお願いできればと思います",
            "ご確認いただければと存じます",
            "議事録の共有お願いできればと",
            "資料確認していただけたらと",
        ),
    ),
    (
        "it would help, left unsaid",
        # 念のため目を通しておいてもらえると🙏: …と助かります, its ending dropped
        "て もらえる|いただける|頂ける|くれる と $",
        ("念のため目を通しておいてもらえると", "明日までに見ていただけると"),
    ),
    (
        "needed within a time",
        # 3日以内に返送が必要です: work that is due, said as a need
        "@WHEN_END|まで に? <s> が 必要 <va>* $",
        ("3日以内に返送が必要です", "今週中に署名が必要です"),
    ),
    Rule(
        "must be done by a time",
        Act.REQUEST,
        # 名簿を16日の15時までに提出する必要があります: the work due, said as an obligation
        "まで に <nsc>* <vs> する? 必要 が|も? ある <va>* $",
        ("名簿を10/16の15時までに提出する必要があります", "今月末までに更新する必要があります"),
        when=("!question",),
        strength=0.6,
    ),
    Rule(
        "a need stated",
        Act.REQUEST,
        # 在庫、残り2箱です。発注が必要です: the work said as a need, nobody named
        "^ <s> が 必要 <va>* $",
        ("発注が必要です", "修正が必要です"),
        when=("!question",),
        strength=0.6,
    ),
    Rule(
        "needed",
        Act.REQUEST,
        # 請求書の原本が必要です。…月末までにいただけないと進められません: the thing wanted, said
        # as a need (the day may come in the next sentence)
        # (not 立ち会いできる人が必要です: someone wanted, a call for helpers; not 修正が必要
        # でしたので: what was found)
        "<ns>-@HELPERS が 必要 <a>* $",
        ("請求書の原本が必要です", "防火区画処理の写真が必要です"),
        when=("polite", "!question", "!past", "!embedded"),
        strength=0.6,
    ),
    Rule(
        "awaiting a check",
        Act.REQUEST,
        # 来週の献立表、園長の確認待ちです: the work waits on the addressee's check (not on
        # an outside party's: 請求書は先方の押印待ち is where it stands)
        "@TITLE_OF_OFFICE|<prx> の 確認|承認|チェック|決裁|押印|サイン 待ち <va>* $",
        # (いまは承認待ちです: a state)
        ("献立表、園長の確認待ちです", "請求書、課長のチェック待ちです"),
        when=("!question",),
        strength=0.6,
    ),
    Rule(
        "awaiting a check (one word)",
        Act.REQUEST,
        # the dictionary has these as one noun; (予算コードの承認待ち: a thing waits, a state)
        "@TITLE_OF_OFFICE|<prx> の 承認待ち|確認待ち <va>* $",
        ("稟議、部長の承認待ちです",),
        when=("!question",),
        strength=0.6,
    ),
    Rule(
        "also by a day, said short",
        Act.REQUEST,
        # 再配達の手配をお願いします。お客さまへの一次返信もあわせて今日中で: a second piece
        "<ns> も あわせる|併せる て @TIME 中|まで|以内|までに だ|で? $",
        ("お客さまへの一次返信もあわせて今日中で", "請求書の再発行も併せて明日までで"),
    ),
    Rule(
        "by a day, said short",
        Act.REQUEST,
        # 翻訳シートの用語チェック、今日中で: the work and its day, the ask left unsaid
        "<ns> <y>? <nxq>* @TIME 中|まで|以内|までに だ|で? $",
        ("翻訳シートの用語チェック、今日中で", "見積の再送、明日までで"),
        when=("!question",),
        strength=0.6,
    ),
    Rule(
        "the action and its day, said short",
        Act.REQUEST,
        # PR #418、今日中に確認だけ！: an action noun left without its verb (not 確認だけです,
        # a fact said with です; not undated: 確認だけ。 can answer what is left)
        "<s> だけ|のみ|を $",
        ("PR #418、今日中に確認だけ！", "見積書、明日までに送付を"),
        when=("!question", "dated", "!polite"),
        strength=0.6,
    ),
    (
        "thing, urgently",
        # 写真なる早で！: a thing and how soon, the ask said by で alone
        "なる早|至急|大至急|急ぎ で? $",
        ("市役所前の写真なる早で！", "見積もり、至急で"),
    ),
    Rule(
        "focus on it",
        Act.INFO,
        # PCTの用語照合はこっちで巻き取ります！北斗化成に集中してください: where to put one's
        # effort, no work of its own
        "に 集中|専念 する て くださる|ね|ほしい <a>* $",
        ("北斗化成に集中してください", "本番に専念してくださいね"),
    ),
    (
        "te kudasai",
        "くださる/v! $",
        ("議事録を共有してください", "ご確認ください", "送付して下さい"),
    ),
    Rule(
        "kudasaimasen ka",
        Act.REQUEST,
        "くださる ます? ない? $",
        ("確認してくださいますか", "送ってくださいませんか"),
        when=("question",),
    ),
    Rule(
        "could it move by some days?",
        Act.RESCHEDULE,
        # 月曜お休みなので、1日延ばしてもらえますか🙏: more time for the work asked about, by
        # the one who holds it (not new work "延ばす")
        "^ <q> 日|週 だけ? 延ばす|延長|ずらす|後ろ倒し する? て もらえる|いただける|くださる|ほしい …",
        ("1日延ばしてもらえますか", "2日だけ延長していただけますか"),
    ),
    Rule(
        "could you (itadakeru)",
        Act.REQUEST,
        "いただける|もらえる|くれる|願える ます? ない? $",
        (
            "送っていただけますか",
            "見てもらえませんか",
            "やってもらえる？",
            "確認いただけますでしょうか",
            "修正しといてくれる？",
            "送ってくれない？",
        ),
        when=("question",),
    ),
    Rule(
        "could you perhaps",
        Act.REQUEST,
        # 見積もり出してもらえたりしますか？: a request softened with たり
        "て もらえる|いただける|くれる たり <y>* する <va>* $",
        ("見積もり出してもらえたりしますか？", "確認していただけたりしますか"),
        when=("question",),
    ),
    Rule(
        "could I perhaps ask",
        Act.REQUEST,
        "お/f? 願う できる たり する <va>* $",
        ("再送ってお願いできたりします？", "招待の再送お願いできたりしますか"),
        when=("question",),
    ),
    Rule(
        "is it alright if you",
        Act.REQUEST,
        "て もらう|いただく て? も? いい|よい|大丈夫|よろしい <va>* $",
        ("確認してもらっていいですか", "送っていただいてもよろしいでしょうか"),
        when=("question",),
    ),
    (
        "would help",
        "いただける|もらえる|くれる|くださる|いただく|もらう … 助かる|幸い|嬉しい|うれしい|ありがたい|有難い|幸甚 <va>* $",
        ("確認してもらえると助かります", "ご確認いただけますと幸いです", "いただければ幸いです"),
    ),
    ("want you to", "て ほしい <va>* $", ("確認してほしいです", "見てほしい")),
    (
        "want to receive",
        "もらう|いただく たい <va>* $",
        ("修正していただきたいです", "ご対応いただきたく"),
    ),
    Rule(
        # お客様に再取得をお願いしてます / 先方に確認をお願いしています: an ask already made of
        # someone else, reported — not one made here
        "asked already",
        Act.INFO,
        "お/f? 願う|お願い する て|てる いる|おる? <a>* $",
        ("お客様に再取得をお願いしてます", "先方に確認をお願いしています"),
    ),
    (
        "onegai",
        "お/f? 願う|お願い <va>* $",
        ("見積書の作成をお願いします", "ご確認をお願いできますか", "レビューお願いしたいです"),
    ),
    ("tanomu", "たのむ <va>* $", ("集計、今週中に頼みます", "これ頼んだ")),
    Rule("tanomeru", Act.REQUEST, "たのめる <va>* $", ("これ頼める？",), when=("question",)),
    Rule(
        "can you (potential)",
        Act.REQUEST,
        # まとめ記事を週内に1本書ける？: asking whether the one addressed can do the work
        "@CAN_DO <va>* $",
        ("まとめ記事を週内に1本書ける？", "写真、2枚くらい撮れる？"),
        when=("question", "!self", "!wh"),
    ),
    Rule(
        "can you (potential ending)",
        Act.REQUEST,
        "<v>-@NOT_CAN_DO られる|れる <va>* $",  # 明日までに調べられますか (not 見られますか)
        ("明日までに調べられますか", "申請書、今日中に入れられる？"),
        when=("question", "!self", "!wh"),
    ),
    ("yoroshiku", "よろしく <va>* $", ("チェックよろしくです", "資料よろしくね")),
    Rule(
        "casual te",
        Act.REQUEST,
        # 別案件が押していて…: a state's て-form trails off, it asks nothing
        "<vs>-@NOT_WORK_VERB|おく|とく する? おく|ちゃう? て/c $",
        ("送って", "見といて", "確認しといて", "このまま送っちゃって"),
        when=("!question", "!polite"),  # (アレルギー対応版も含めてです: "including", a reply)
    ),
    Rule(
        "can it be done",
        Act.REQUEST,
        "<s> は|って|を? 可能|できる <va>* $",
        ("明日までに対応可能でしょうか", "今日中に修正できますか"),
        when=("question", "!self"),
    ),
    Rule(
        "can a round of it be done",
        Act.REQUEST,
        # 年内にリグレッション一周できますか: the work counted in rounds or runs
        "<nsp> <q> 周|回|巡 できる <va>* $",
        ("年内にリグレッション一周できますか", "今週中に負荷テスト2回できますか"),
        when=("question", "!self"),
    ),
    ("irai", "依頼 する|いたす|申し上げる $", ("以下の作業を依頼します",)),
    Rule(
        "is it possible to",
        Act.REQUEST,
        "いただく|もらう こと|の? は|が|って? 可能|できる|大丈夫 <va>* $",
        (
            "見積書を今週中にいただくことは可能でしょうか",
            "明日までに直していただくことはできますか",
            "会社宛てで再発行してもらうって可能ですか？",
        ),
        when=("question",),
    ),
    Rule(
        "someone who can",
        Act.REQUEST,
        "<v>-@NOT_WORK_VERB|できる|いける|可能 人|方|かた いる|おる|いらっしゃる <va>* $",
        ("今日中に請求書を確認できる人いますか", "明日の会議資料、誰か作れる人いますか？"),
        when=("question",),
        strength=0.6,
    ),
)

COMMITMENT = table(
    Act.COMMITMENT,
    Rule(
        "done, and reported here",
        Act.DONE,
        # 調査が完了しましたのでご報告いたします + the findings: the work is done, and this
        # message is the report (no promise of a later one)
        "@DONE_WORD <vac>* た の|から だ? 、? <f>? 報告|連絡|共有|案内 いたす|する|申し上げる <a>* $",
        ("調査が完了しましたのでご報告いたします", "対応が終わりましたのでご連絡します"),
    ),
    (
        "te oku",
        "<vs> する? せる|させる? て|で? おく $",
        (
            "あとで見ておきます",
            "業者に連絡しておきます",
            "やっときます",
            "明日の昼までに終わらせておきます",
            "業者に点検を頼んでおきます",
        ),
    ),
    ("te miru", "<vs>-@NOT_WORK_VERB する? て みる $", ("調べてみます", "確認してみます")),
    (
        "go and do",
        # 明日店舗に寄ってデンモク見てきます: going to do work (not 買ってきます, an errand)
        "@GO_AND_DO する? て くる $",
        ("明日店舗に寄ってデンモク見てきます", "現場を確認してきます"),
    ),
    (
        "go to do",
        # 明後日の午前中に引き取りに行ってきます: going there for the work
        "@GO_AND_DO に 行く|伺う|参る て? くる? <a>* $",
        ("明後日の午前中に引き取りに行ってきます", "午後に回収に伺います"),
    ),
    (
        "go and do (no particle)",
        # 土曜の朝に取材行ってきます: an action noun, then going to do it
        "<sn> 行く|いく|伺う て くる $",  # (ロケハン行ってきました: done)
        ("土曜の朝に取材行ってきます", "午後に集金行ってきます"),
    ),
    Rule(
        "take it there on a day",
        Act.COMMITMENT,
        # 今日中に契約書を法務局へ持っていきます: a delivery on a day (not 車に積んでいきますね,
        # what one brings along)
        "持つ|届ける|運ぶ|提出 する? て いく|行く $",
        (
            "今日中に契約書を法務局へ持っていきます",
            "来週火曜に自分で菓子折り持って行きます",
            "金曜までに見本を先方に届けていきます",
            "在庫があるので明日持っていきますよ",
        ),
        when=("dated",),
    ),
    ("humbly do", "せる|させる て いただく $", ("送付させていただきます",)),
    Rule(
        "will report later",
        Act.INFO,
        # 数量は追ってご連絡いたします: a promise to report is no task (extraction.md)
        "^ … 追う|改めて|後ほど|のちほど|別途 て? お/f? 連絡|報告|知らせ|共有 する|いたす …",
        ("数量は追ってご連絡いたします", "詳細は改めてご報告します"),
        when=("!question",),
    ),
    ("o-suru", "お/f <v>-@NOT_WORK_VERB する|いたす $", ("お送りします", "お届けいたします")),
    Rule(
        "action noun + suru",
        Act.COMMITMENT,
        "<sn>-@NOT_WORK_VERB を? する|いたす|やる $",  # 資料の確認をいたします
        (
            "対応します",
            "明日までに作成します",
            "確認いたします",
            "明日の朝イチに再実行します",
            "資料の確認をいたします",
        ),
        when=("polite", "!question"),
    ),
    Rule(
        "work verb",
        Act.COMMITMENT,
        "<v>-@NOT_WORK_VERB $",
        ("引き取ります", "明日送りますね", "私がやります", "見積もり出しますね"),
        when=("polite", "!question"),
    ),
    Rule(
        "a schedule named",
        Act.INFO,
        # 今日の出荷予定です (then the list): the day's schedule, not the sender's plan to work
        "の <s> 予定 $",
        ("今日の出荷予定です", "来週の配送予定です"),
    ),
    Rule(
        "the topic is mine",
        Act.COMMITMENT,
        # 折り返しは私がします: the work as topic, the sender as the one who does it
        "^ <nsxqf>+ は 私|僕|自分|わたし が|で する|やる|いたす|対応 <a>* $",
        ("折り返しは私がします", "片付けは僕がやります"),
        when=("!question", "!past"),
    ),
    Rule(
        "go and do it",
        Act.COMMITMENT,
        # トナーは私が明日の朝イチで買ってきます: go, do the work, come back
        # (the sender named: not お土産買ってきますね, a plan of one's own day)
        "<v>-@NOT_WORK_VERB て くる|まいる <a>* $",
        ("トナーは私が明日の朝イチで買ってきます", "私が郵便局で切手を買ってきます"),
        when=("polite", "!question", "!past", "self"),
    ),
    Rule(
        "a release scheduled",
        Act.INFO,
        # 修正版は11/25にリリース予定です: when a thing comes out, news of it (not 週末に対応予定
        # です, the sender's own plan for the work)
        "は … リリース|公開|配信|発売|稼働|開始|提供 予定 です? $",
        ("修正版は11/25にリリース予定です", "新機能は来月公開予定です"),
    ),
    Rule(
        "a party's plan",
        Act.INFO,
        # 各クライアント様の原稿は今週後半より入稿予定です: the client's plan, news (not
        # 見積書は明日送付予定です, the sender's own)
        "^ <nsxqfc>* 様|さま|@OUTSIDERS <nsxqfc>* は … <s> 予定 <a>* $",
        ("各クライアント様の原稿は今週後半より順次入稿予定です", "先方は月末に発注予定です"),
    ),
    Rule(
        "planned",
        Act.COMMITMENT,
        # 週末に対応予定です: the sender's own plan for the work (not 打ち合わせの予定, an event)
        "<s>-@NOT_WORK_VERB する? 予定 $",
        ("週末に対応予定です", "見積書は明日送付予定です", "本日中に修正する予定です"),
        when=("polite", "!question"),  # 座席表は来週更新予定 in pasted minutes: their plan
        strength=0.6,
    ),
    Rule(
        "get it finished",
        Act.COMMITMENT,
        "@DONE_WORD する? せる|させる $",
        ("本契約は私の方で12/24までに済ませます", "今日中に終わらせます"),
        when=("polite",),
    ),
    Rule(
        "work verb, casual",
        Act.COMMITMENT,
        "<v>-@NOT_WORK_VERB $",
        ("あとで送るね", "やるよ"),
        when=("casual", "!question"),
        strength=0.6,
    ),
    Rule(
        # 明後日の朝イチに伺います / 金曜の午後に参ります: a visit promised for a time (伺う alone
        # is often "to ask": お話を伺います)
        "I'll come by then",
        Act.COMMITMENT,
        "… に 伺う|参る|お邪魔 する? $",
        ("明後日の朝イチに伺います", "金曜の10時に参ります"),
        when=("dated", "!question"),
    ),
)
