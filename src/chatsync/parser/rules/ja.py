# ruff: noqa: E501  (a rule reads best on one line: its pattern and its corpus lines)
"""Japanese speech-act rules: one table per act, one rule per phenomenon.

Patterns match the clause's *core*: its morphemes with sentence-final particles,
punctuation and one trailing ます/です/だ taken off (送ってくださいね → `` 送る/v
て/c くださる/v!``); whether it was a question, polite or casual is a feature
(``when``). Patterns are anchored with ``$`` where the predicate must end the clause.
Asks and promises are in :mod:`~chatsync.parser.rules.ja_asks`, reports of work (done,
not done) in :mod:`~chatsync.parser.rules.ja_reports`; ``TABLES`` holds them all.
"""

from __future__ import annotations

from chatsync.parser.rules import Act, Rule, table
from chatsync.parser.rules.ja_asks import COMMITMENT, REQUEST
from chatsync.parser.rules.ja_reports import DONE, NOT_DONE

_ASKED = "くださる|いただける|もらえる|くれる|願う|お願い|ほしい|いただく|もらう"

CANCEL = table(
    Act.CANCEL,
    Rule("no reply needed", Act.INFO, "@TELL は|も? 不要 …", ("返信不要です", "ご連絡は不要です")),
    Rule(
        "cancel-word as predicate",
        Act.CANCEL,
        "@CANCEL_WORD に|と|だ? なる|する|いたす|させる? <va>* $",
        ("不要になりました", "キャンセルします", "中止となりました"),
    ),
    (
        "let it be called off",
        # 今回は見送りとさせてください (not 予約を取り消しておきます: the work itself)
        "@CANCEL_WORD と|に する せる て くださる|いただく|下さる|頂く <va>* $",
        ("今回は見送りとさせてください", "キャンセルとさせていただきます"),
    ),
    (
        "became none",
        "無し|なし に なる <va>* $",
        ("石田さんが行かれることになったので無しになりました",),
    ),
    (
        # 新幹線はもう要らなくなりました: no longer needed
        "no longer needed",
        "<nsx> は|も|、 もう? 要る|いる ない なる <va>* $",
        ("新幹線はもう要らなくなりました", "その資料、いらなくなりました"),
    ),
    (
        # 先方都合で仙台の件が流れました: the plan fell through, and its work with it
        "fell through",
        "^ … 件|話|予定|案件|企画|商談|会|計画|イベント|打ち合わせ|打合せ|旅行|出張 が|は 流れる て? しまう? <va>* た $",
        ("先方都合で仙台の件が流れました", "来週の商談は流れてしまいました"),
    ),
    (
        "off is fine",
        # 今回こちらは見送りで大丈夫です: called off, said as what is fine
        "@CANCEL_WORD で 大丈夫|OK|いい|構う|結構 <va>* $",
        ("今回こちらは見送りで大丈夫です", "その件はキャンセルでOKです"),
    ),
    Rule(
        "none of it",
        Act.CANCEL,
        # これは一旦なしで大丈夫です (not 私は特になしです: nothing to add; not 穴はなしです:
        # none found)
        "は|も 一旦|いったん? なし|無し に|と|で|だ なる|する|お/f? 願う|お願い|OK|大丈夫|いい|結構 <va>* $",
        ("今回はなしでお願いします", "佐伯さんの分はなしでOKです", "これは一旦なしで大丈夫です"),
    ),
    Rule(
        "none of it, said short",
        Act.CANCEL,
        # この件はなしで: the ask dropped, its ending unsaid (a plain なしです is none found)
        "は|も 一旦|いったん? なし|無し で|だ? $",
        ("この件はなしで", "これは一旦なしで"),
        when=("unsaid", "!question"),
    ),
    Rule(
        "that one is fine",
        Act.CANCEL,
        # それ以外は大丈夫です: the rest is fine, said of a checked draft
        "<n>-@OTHER_THAN は 大丈夫|結構|OK <va>* $",  # 書類もOKです: a check's result
        ("見積は大丈夫です", "資料は結構です"),
    ),
    (
        "cancel-word then de",
        "@CANCEL_WORD で|だ $",
        ("こちらの発注見積りは予算凍結のためキャンセルで。",),
    ),
    (
        "cancel-word then please",
        "@CANCEL_WORD で|だ お/f? 願う|お願い <va>* $",
        ("キャンセルでお願いします", "見送りでお願いします"),
    ),
    (
        "need gone",
        "必要 が|も? ない <va>* $",
        ("必要なくなりました", "もう必要ないです"),
    ),
    (
        "it is off",
        "件|話|予定|依頼|案件 は|が|も? なくなる|無くなる <va>* $",
        ("すみません、この件なくなりました",),
    ),
    ("not wanted (noun)", "<n> は|も|が? いる|要る ない <va>* $", ("資料はいらないです",)),
    ("not wanted", "^ いる|要る ない なる? <va>* $", ("いらなくなりました",)),
    (
        "none after all",
        # さっきのラッピングの追記、やっぱりなしで！: the thing, then called off
        "やっぱり|やはり|やっぱ|一旦|いったん なし|無し で|だ? $",
        ("さっきのラッピングの追記、やっぱりなしで！", "それは一旦なしで"),
    ),
    Rule(
        # やっぱり年明けで大丈夫です: a later time that is fine after all (no day the calendar
        # knows, but still no call to drop the work)
        "a later time after all",
        Act.ACCEPT,
        "やっぱり|やはり|やっぱ … @WHEN_END で も? 大丈夫|いい|結構|OK <va>* $",
        ("やっぱり年明けで大丈夫です", "やはり連休明けでいいです"),
    ),
    Rule(
        # (やっぱり来週中で大丈夫です: a later day that is fine, not no need)
        "after all, fine",
        Act.CANCEL,
        "やっぱり|やはり|やっぱ … 大丈夫|いい|結構|OK <va>* $",
        ("やっぱり大丈夫です", "やはり結構です"),
        when=("!dated",),
    ),
    ("became fine", "大丈夫 に|だ なる <va>* $", ("大丈夫になりました",)),
    Rule(
        "no need to",
        Act.CANCEL,
        "<vs> する? ない て|で も? 大丈夫|いい|結構|OK|構う <va>* $",
        ("見積は取らなくて大丈夫です", "予約はしなくていいです", "送らなくても大丈夫です"),
        when=("!question",),
    ),
    (
        "doing it is off",
        # 会見で聞けるので、個別に当たるのはやめておきます: the plan itself, called off
        "<v> の は|も やめる|よす|止める|見送る て? おく? <va>* $",
        ("個別に当たるのはやめておきます", "今回は再発注するのはやめます"),
    ),
    (
        "forget it",
        "忘れる|無視 する? て くださる|いい|OK|大丈夫 <va>* $",
        ("この件は忘れてください", "さっきの依頼は無視して大丈夫です"),
    ),
)

OFFER = table(
    Act.OFFER,
    Rule(
        "tell me if",
        Act.OFFER,
        "ば|場合|次第|際 … @TELL <vacfn>* くださる|いただける|もらえる|願う|お願い|ほしい|て|よろしく <va>* $",
        ("何かあればご連絡ください", "不足があればお知らせください", "困ったら言ってね"),
        when=("conditional",),
    ),
    Rule(
        "can come then",
        Act.OFFER,
        # 換気扇の件、木曜の午前中なら伺えます: a slot offered, for the other side to take
        "<nqx> だ/a^ <s>? 伺える|行ける|来れる|来られる|できる|出せる|入れる <a>* $",
        ("木曜の午前中なら伺えます", "来週なら対応できます"),
    ),
    Rule(
        "pass it to me if",
        Act.OFFER,
        # 取材の問い合わせが来たら私に回してください: a condition, for whoever it comes to
        "<va^> … 私|僕|自分|こちら|わたし に 回す|振る|転送 する? て <vacfn>* くださる|いただける|もらえる|ほしい <va>* $",
        ("問い合わせが来たら私に回してください", "質問が出たらこちらに振ってください"),
        when=("conditional",),
    ),
    Rule(
        "tell me if (conditional form)",
        Act.OFFER,
        "<va^> … @TELL <vacfn>* くださる|いただける|もらえる|願う|お願い|ほしい|て|よろしく <va>* $",
        ("分からなかったら聞いてください", "決まったらお知らせください"),
        when=("conditional",),
    ),
    Rule(
        "if it comes up, do",
        Act.OFFER,
        # 返品の相談があれば、サポート窓口をご案内ください: a standing instruction for what
        # may come in, not work to do now (差分があれば修正をお願いします asks for a check)
        "^ <npsxc>* @INCOMING が|も? ある/v^ ば … くださる|いただける|もらえる|願う|お願い|ほしい <va>* $",
        (
            "返品の相談があれば、サポート窓口をご案内ください",
            "遅刻の連絡があれば、受付で控えてください",
            "変更あればこのスレに書いてください",
        ),
        when=("conditional",),
    ),
    (
        "I will, if wanted",
        # 必要なら、材料は私が買い足しますよ / 何かあれば、私のほうで調整しますよ: the
        # condition of an offer (if needed, if anything comes up), not of a fact
        "^ もし? ご/f? 必要|希望|要望|何か|なにか <vaj^> …",
        ("必要なら、材料は私が買い足しますよ", "何かあれば、私のほうで調整しますよ"),
    ),
    (
        "I will, if you like",
        "^ もし? いい|よい|良い|宜しい|よろしい/j^ …",
        ("よければ私が送っておきます",),
    ),
    ("feel free", "気軽|遠慮 … $", ("お気軽にご相談ください", "遠慮なく言ってください")),
    ("any time", "いつ で も … @TELL|声|相談 …", ("いつでも声をかけてください",)),
    Rule(
        "offer to do",
        Act.OFFER,
        "<vs> する? ます/a~ $",
        ("私がやりましょうか", "手伝いましょうか"),
        when=("question",),
    ),
    (
        "help if needed",
        "手伝う|手伝える|手伝い|サポート|助ける|力 … <va^> …",
        ("手伝えることあれば言ってね", "サポートが必要なら声をかけて", "力になれることがあれば"),
    ),
    Rule(
        "someone for a role",
        Act.OFFER,
        # (not 今日の当番の方、見ていただけますか: the one on duty, asked by their role)
        "係|役|当番|幹事|司会|担当|リーダー を|が|に … 人|方|かた|どなた|誰 …",
        ("受付係をお願いできる人いますか",),
        when=("question",),
    ),
)

INFO_ASK = table(
    Act.INFO_ASK,
    (
        "tell me",
        "@INFORM <vacf>* " + _ASKED + " <va>* $",
        ("場所を教えてください", "空いている日を教えていただけますか", "状況をお知らせください"),
    ),
    (
        "let me hear",
        # ご都合お聞かせください: 聞かせる (let me hear) asks for information only
        "聞く せる <vacf>* " + _ASKED + " <va>* $",
        ("ご都合お聞かせください", "ご意見をお聞かせいただけますか"),
    ),
    (
        "tell me, it would help",
        # 状況だけでも教えていただけますと助かります: still only information
        "@INFORM <vacf>* いただける|もらえる|くれる|くださる|いただく|もらう … 助かる|幸い|嬉しい|うれしい|ありがたい <va>* $",
        ("状況だけでも教えていただけますと助かります", "空き状況をお知らせいただけると幸いです"),
    ),
    Rule("kke", Act.INFO_ASK, "$", ("明日って休みでしたっけ",), when=("recall",)),
    Rule(
        "when can I get it",
        Act.INFO_ASK,
        "いつ|何時|いつごろ|いつ頃 <nrdqc>* いただける|もらえる|届く|来る ます? ない? $",
        ("資料いつもらえますか", "見積っていつ頃いただけますか"),
        when=("question",),
    ),
)

RESCHEDULE = table(
    Act.RESCHEDULE,
    Rule(
        "see whether it can move",
        Act.REQUEST,
        # 納品日を前倒しできるか考えてくれる？: asked to look into a move — work, not a move
        "@MOVE_WORD … か どう? か? … 考える|検討|確認|調べる|相談 する? て? " + _ASKED + " …",
        ("納品日を前倒しできるか考えてくれる？", "搬入日を延ばせるか確認してもらえますか"),
    ),
    (
        "will likely be on a day",
        # 申告は12/24朝イチになりそうです: the doer's estimate of when the work lands
        "^ <s> は … @TIME|<q> に なる そう <vak>* $",
        ("申告は12/24朝イチになりそうです", "発送は来週水曜になりそうです"),
    ),
    Rule(
        "until a day, is it alright?",
        Act.RESCHEDULE,
        # 推薦状は来週火曜まででもよろしいでしょうか: a later day asked for
        "まで で も? いい|よい|よろしい|大丈夫|構う|かまう <va>* $",
        ("推薦状は来週火曜まででもよろしいでしょうか", "金曜まででも大丈夫ですか"),
        when=("question",),
    ),
    Rule(
        "may I move it to a day?",
        Act.RESCHEDULE,
        # １／２６（土）の午前中納品に延ばしてもよろしいでしょうか: asking leave to move it
        "@MOVE_WORD て も いい|よい|よろしい|大丈夫|構う|かまう <va>* $",
        ("1/26の午前中納品に延ばしてもよろしいでしょうか", "来週月曜に延ばしてもいいですか"),
        when=("question", "dated"),
    ),
    (
        "deadline moved",
        "期限|締め切り|締切|〆切|納期|日程|提出日 … @MOVE_WORD …",
        ("期限を12/10に変更します", "締め切りを延長してもらえますか"),
    ),
    Rule(
        "wait till it arrives",
        Act.INFO,
        # 本日発送いたしました。到着まで今しばらくお待ちください: it is on its way — the
        # sender's part is done, nothing moves
        "^ 到着|着く|届く|お届け|配達|配送 まで … 待つ …",
        ("到着まで今しばらくお待ちくださいませ", "届くまでもう少々お待ちいただけますか"),
    ),
    (
        "until, moved",
        "まで … @MOVE_WORD|待つ|お待ち …",
        ("金曜まで延ばします", "月曜まで待ってもらえますか"),
    ),
    (
        "more time",
        "もう|少し|もう少し|あと … 時間|日|猶予 … くださる|いただける|もらえる|ほしい|かかる|いただく …",
        ("もう少し時間をください", "あと2日いただけますか"),
    ),
    (
        "time until",
        # ２／１４の朝イチまでお時間いただけますか: a day, then time asked for until it
        "まで お/f? 時間|猶予 を? くださる|いただける|もらえる|いただく|頂ける …",
        ("月曜の朝イチまでお時間いただけますか", "金曜まで時間をもらえますか"),
    ),
    (
        "takes longer",
        "もう|少し|もう少し|あと|まだ … かかる|要する …",
        ("もう少しかかりそうです", "あと1日かかります"),
    ),
    Rule(
        "a later day instead",
        Act.RESCHEDULE,
        # (週明けすぐでもいいですか: すぐ only says how soon after)
        "@WHEN_END|<q> すぐ|早々? で|に も? いい|大丈夫|よろしい|構う|可能|OK <va>* $",
        (
            "来週月曜でも大丈夫ですか",
            "週明けすぐでもいいですか",
            "金曜でもいいですか",
            "15日でもいいですか",
            "午前中でも構いませんか",
        ),
        when=("question",),
    ),
    Rule(
        # 5/6(日)でもいいですか / 5/6の面会のときでもいいですか: a dated day or occasion instead
        "a dated occasion instead",
        Act.RESCHEDULE,
        "<q> … )|とき|時|際|日 で|に も? いい|大丈夫|よろしい|構う|可能|OK <va>* $",
        ("5/8(金)でもいいですか", "12/3の搬入のときでもいいですか？"),
        when=("question", "dated"),
    ),
    Rule(
        # 恐縮ですが前倒しで明日の午前中までにいただけますか: the same work, wanted earlier
        "wanted earlier",
        Act.RESCHEDULE,
        "前倒し|繰り上げ だ|て|に … まで に? お/f? 願う|お願い|いただける|もらえる|くださる|いただく …",
        ("前倒しで明日の午前中までにいただけますか", "前倒しで金曜までにお願いできますか"),
    ),
    Rule(
        "a day asked for",
        Act.RESCHEDULE,
        # ネーム戻しは先生の都合で金曜でお願いできますか: the day itself is what is asked
        "@WHEN_END|<q> で お/f? 願う|お願い できる|いただける|可能 <va>* $",
        ("ネーム戻しは金曜でお願いできますか", "提出は来週月曜でお願いできますか"),
        when=("question",),
    ),
)

INFO = table(
    Act.INFO,
    (
        # この内容で正式に発注しますので、注文請書を…: the order placed by saying so (no promise
        # still to keep), the reason for the ask that follows
        "ordered on these terms",
        "^ この|その|上記 の? 内容|条件|金額|仕様 で … 発注|契約|注文|決定|確定 する|いたす <a>* $",
        ("この内容で正式に発注します", "上記の条件で契約いたします"),
    ),
    Rule(
        # GW期間の弊社営業についてご案内いたします。…: the notice this message is
        "announcing this",
        Act.INFO,
        "^ <nspqcxy>+ に つく て <f>? 案内|知らせ|お知らせ|報告|連絡|共有 いたす|する|申し上げる <a>* <y>* $",
        ("年末年始の営業についてご案内いたします", "駐車場の工事についてお知らせします"),
        when=("!dated", "!question"),
    ),
    (
        # 監督からの依頼をお伝えします。…: passing a request on, said as it is passed
        "passing a request on",
        "^ … 依頼|お願い|ご依頼|伝言 を お/f? 伝える|伝え|伝言 する|いたす|申し上げる? <a>* <y>* $",
        ("監督からの依頼をお伝えします",),
    ),
    (
        # 母に代わって返信します。…: the reply this message is, said as it is made
        "replying for someone",
        "^ … 代わる て|に? <f>? 返信|返事|回答|連絡|報告 する|いたす|さす <a>* <y>* $",
        ("母に代わって返信します", "部長に代わりご連絡いたします"),
    ),
    (
        # 2月分、A 40ケース・B 20ケースで正式に発注します: the order placed by saying so
        "ordered formally on these terms",
        "^ … で 正式 だ 発注|契約|注文|申し込む|申込 する|いたす <a>* <y>* $",
        ("2月分、ブレンド40袋・シングル20袋で正式に発注します。",),
    ),
    Rule(
        # 見積OKです。300枚 発注します: an order said with its amount is placed by saying it
        # (not 明日10個発注します, nor 30個発注しておきます: work still to do)
        "ordered by amount",
        Act.INFO,
        "^ … <q> <nx>? で? 発注|注文 する|いたす <a>* <y>* $",
        ("このままで大丈夫です！300枚 発注します。", "A4で5箱注文します"),
        when=("!dated", "!question"),
    ),
    Rule(
        # お問い合わせは総務課までお願いします / 事故のご連絡は受付センターへお願いいたします:
        # where such calls go, a standing direction (not 見積の連絡は明日までに: by a day)
        "where to contact",
        Act.INFO,
        "<f>? 連絡|問い合わせ|相談|質問|申し込み|申込 は 、? <nspqcyf>* <ny> へ|まで <f>? 願う|お願い <va>* <y>* $",
        (
            "お問い合わせは総務課までお願いします",
            "事故のご連絡は、受付センターへお願いいたします。",
        ),
        when=("!dated", "!question"),
    ),
    (
        # 対策の欄が空欄なので一旦差し戻します: the draft goes back with this very message; the
        # author's redo is the task (not 差し戻してください: an ask)
        "sent back now",
        "差し戻す|差戻す|差し戻し|差戻し|却下 する|いたす? $",
        ("一旦差し戻します", "この申請は却下します"),
    ),
    (
        "happens at a value",
        # 周囲温度35℃で再現します: under what condition a fault shows, not work to do
        "<q> <nxy>* で 再現|発生 する <va>* $",
        ("周囲温度35℃で再現します", "負荷80%で発生します"),
    ),
    (
        "go ahead with this",
        # この内容で進めてください: an approval of what was shown, not new work
        "^ <tr>? <nqp>? 内容|形|方向|方向性|案|感じ|まま で|にて 進める|進む|いく|行く <vacf>* $",
        ("この内容で進めてください", "この形で進めましょう", "A案で進めます"),
    ),
    (
        "go ahead with this, once weighed",
        # 社内で検討いたしまして、A案にて進めさせていただければと存じます: the choice after a
        # reason, still no work
        "^ … て 、 <tr>? <nqp>? 内容|形|方向|方向性|案|感じ|まま で|にて 進める|進む <vacf>* $",
        ("社内で検討いたしまして、A案にて進めさせていただければと存じます",),
    ),
    (
        # 見積書、拝見しました。このままでお願いします: the quote as it is, approved
        "as it is, please",
        "^ <tr>? 内容|形|まま|通り|とおり で <f>? 願う|お願い|よろしい|大丈夫 <vacfy>* $",
        ("このままでお願いします！", "その内容で大丈夫です"),
    ),
    (
        "next time",
        # また次の物件でお願いします: a courtesy for some later work, not an ask now
        "^ また 次|今度|次回 … お/f? 願う|お願い|よろしく <va>* $",
        ("また次の物件でお願いします", "また今度よろしくお願いします"),
    ),
    (
        "take care",
        "気 を つける <vac>* $",
        ("雨予報なので足元お気をつけて", "お気をつけてお越しください"),
    ),
    Rule(
        "hearsay",
        Act.INFO,
        "そう $",
        (
            "荷受けは10時まで待ってもらえるそうです",
            "見積は明日届くそうです",
            "修理は完了したそうです",
        ),
        when=("hearsay",),
    ),
    ("asked already", "お/f? 願う|お願い <va>* た $", ("先方にお願いしました",)),
    # (not 忘れないでください: a reminder to do the work)
    (
        "do not",
        "<va>-@FORGET ない で くださる|ほしい|いただける|願う|お願い <va>* $",
        ("見ないでください",),
    ),
    (
        "let me",
        "<vs>-@DONE_WORD する? せる|させる て くださる|いただける|もらえる|ほしい <va>* $",
        ("確認させてください", "休ませてください"),
    ),
    (
        "topic only",
        "に つく|関する|対する|係る て? $",
        ("上期決算の準備について", "新制度に関して"),
    ),
    (
        "for your information",
        "^ FYI|fyi|PSA|参考 …",
        ("FYI: 3/2から新しい勤怠システムに切り替わります",),
    ),
    (
        "picks an option",
        "^ <dief>* はい|いいえ|いえ|ええ|うん|そう|では|じゃあ … <nkqrpx> で|だ お/f? 願う|お願い|よろしく <va>* $",
        (
            "はい、最新版でお願いします",
            "はい、いつものところでお願いします",
            "はい、いつもの業者さんでお願いします",
        ),
    ),
    Rule(
        # 交換の了承もらえますか？: the approval got from someone else is work (not ご了承
        # ください, which asks the listener to bear with something)
        "get someone's approval?",
        Act.REQUEST,
        "了承|承認|許可|同意|許諾 を? もらう|もらえる|いただく|いただける|取る|とる|得る <va>* $",
        ("交換の了承もらえますか", "工事の許可いただけますか"),
        when=("question",),
    ),
    Rule(
        "get someone's approval",
        Act.REQUEST,
        "了承|承認|許可|同意|許諾 を? もらう|いただく|取る|とる|得る て くださる/v! $",
        ("お客様の了承を取ってください",),
    ),
    (
        "nothing to do",
        "お/f? @NO_WORK_ASK の? ほど? よろしく? <vacfx>* " + _ASKED + " <va>* $",
        ("少々お待ちください", "ご了承ください", "ご参加をお願いします", "ご自愛ください"),
    ),
    (
        "event held",
        "会議|定例|打ち合わせ|打合せ|MTG|ミーティング|面談|研修|説明会|勉強会|懇親会|飲み会|"
        "歓迎会|送別会|朝会|夕会|リハーサル|キックオフ|イベント を|は? 開催|実施? する|いたす|行う|やる $",
        ("来週水曜にリハーサルをします", "定例を開催します"),
    ),
    (
        "decided as",
        "と|に/ac する|いたす $",
        ("在宅勤務とします", "お休みにします", "これにします"),
    ),
    ("let's", "ます/a~ $", ("進めましょう", "明日決めましょう")),
    # (15時までにお願い is the ask itself, with its hour: not after まで)
    (
        "a request follows",
        "<nsxkdq> に お/f? 願う|お願い $",
        ("ついでにお願いです", "GW前にお願いです"),
    ),
    (
        "ongoing courtesy",
        "@ONGOING も|とも? <y>? よろしく <vacf>* $",
        ("チケット対応、今週もよろしくお願いします", "引き続きよろしくお願いします"),
    ),
    (
        "this year too, us",
        # 本年も当店をよろしくお願いいたします: a season's greeting names who is greeted
        # (今年も運営チーム、よろしくお願いします: the ones greeted, then a comma)
        "^ @ONGOING も|とも … を|、 <y>? よろしく <vacf>* $",
        (
            "本年も当店をよろしくお願いいたします",
            "今年もみどり薬局をよろしくお願いします",
            "今年も運営チーム、よろしくお願いします",
        ),
    ),
    (
        "rsvp",
        "参加|欠席|出席|不参加 で|だ <fd>* 願う|お願い|よろしく <va>* $",
        ("勉強会、参加でよろしくです",),
    ),
    ("away from desk", "席 を 外す|はずす", ("午後は健康診断で席を外します",)),
    (
        "retracting a message",
        "^ 削除|取り消す|取り消し|訂正|撤回 する|いたす? <va>* $",
        ("削除します",),
    ),
    (
        "leave it to me",
        "お/f? 任せる|まかせる|任せ|お任せ くださる|ます? <va>* $",
        ("おまかせください",),
    ),
    (
        "sorry for the trouble",
        "不便|迷惑|手数|心配|面倒|負担 を? お/f? かける",
        ("ご不便をおかけします",),
    ),
    (
        "urgent contact",
        "急ぎ|至急|緊急|不明点|不明 の? … @TELL|電話|メール …",
        ("急ぎの連絡は田村さんまでお願いします", "急ぎの件は携帯までお電話ください"),
    ),
    (
        "will ask someone",
        # 印刷所に納期を確認しておきます names the thing to find out: work, not a remark
        "^ <dei>* <npsx>+ に <d>* 確認|聞く|問い合わせる|問い合わせ|相談|伺う する? て? おく|みる? $",
        ("開発チームに確認します", "先方に聞いてみます", "営業にいったん確認してみます"),
    ),
    Rule(
        "promise to report",
        Act.INFO,
        "@TELL する|いたす|おく|て? <a>* $",
        ("何か分かったら共有します", "返事が来たらお知らせします"),
        when=("conditional",),
    ),
    Rule(
        "allow time",
        Act.INFO,
        # レイアウト調整に2日ほど見ておいてください: how long to allow, not work
        "<q> <xn> ほど|くらい|程度|ぐらい? 見る|みる て おく? て? <vacf>* $",
        ("レイアウト調整に2日ほど見ておいてください", "移動に1時間くらい見ておいてください"),
    ),
    Rule(
        "details later",
        Act.INFO,
        # 詳細は月曜に共有します: the details will follow, no work to track
        "^ 詳細|詳しい <n>? は … 共有|連絡|お知らせ|案内 する|いたす <a>* $",
        ("詳細は月曜に共有します", "詳細は追って連絡します"),
        when=("!question",),
    ),
    Rule(
        "will announce",
        Act.INFO,
        # 当日の監督シフトは来週お知らせします: the thing will be announced, no work to track
        "は … お知らせ|周知|告知 する|いたす <a>* $",
        ("当日のシフトは来週お知らせします", "詳しい日程は改めて周知します"),
        when=("!question",),
    ),
)

ACCEPT = table(
    Act.ACCEPT,
    (
        "accepted",
        "^ <dief>* @ACCEPT_WORD …",
        ("承知しました", "了解です", "かしこまりました", "OKです"),
    ),
    ("yes", "^ はい|ええ|うん $", ("はい",)),
    Rule(
        # [rp 実のところ1/7になりそうですが…] 1/7で大丈夫です！: the day agreed to (a reply's
        # acceptance carries its day, as 承知しました、明日までに送ります does)
        "a day is fine",
        Act.ACCEPT,
        "^ … @WHEN_END|<q>|) で も? 大丈夫|いい|よい|OK|ok|結構|構う <va>* <y>* $",
        ("1/9で大丈夫です！", "来週水曜でOKです", "金曜でも構いません", "5/8（火）で大丈夫です。"),
        when=("!question",),
    ),
    # 書き出し了解です: the task named, then the acceptance
    (
        "noted, the work named",
        "^ <nsxv> <nsxc>? <nsx>? 、? @ACCEPT_WORD <va>* <y>* $",
        ("書き出し了解です", "見積の件承知しました", "見積、了解です。"),
    ),
)

COURTESY = table(
    Act.COURTESY,
    ("thanks and greetings", "@THANKS …", ("ありがとうございます", "お疲れ様です", "すみません")),
)

# An answer that picks an option or a manner, in a reply (B店でお願いします, 含めずにお願いします):
# it asks for no new work (read by the tasks stage, which knows the message is a reply).
OPTION_ANSWER = (
    Rule(
        "option answer",
        Act.INFO,
        "^ <dief>* <nkqrpsx>+ で|だ お/f? 願う|お願い|よろしく <va>* $",
        ("B店でお願いします", "最新版でお願いします"),
    ),
    Rule(
        "manner answer",
        Act.INFO,
        "^ … ない に|で お/f? 願う|お願い <va>* $",
        ("含めずにお願いします",),
    ),
)

TABLES: dict[Act, tuple[Rule, ...]] = {
    Act.CANCEL: CANCEL,
    Act.NOT_DONE: NOT_DONE,
    Act.OFFER: OFFER,
    Act.INFO_ASK: INFO_ASK,
    Act.RESCHEDULE: RESCHEDULE,
    Act.INFO: INFO,
    Act.REQUEST: REQUEST,
    Act.COMMITMENT: COMMITMENT,
    Act.DONE: DONE,
    Act.ACCEPT: ACCEPT,
    Act.COURTESY: COURTESY,
}
