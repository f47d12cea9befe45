"""Vocabulary the rules refer to by name (``@NAME`` in a pattern): data, not code.

Lemmas are SudachiPy dictionary forms with spelling variants folded (see
:data:`chatsync.parser.morph._VARIANTS`); English entries are lower-case words.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


LEXICON: dict[str, frozenset[str]] = {
    # ------------------------------------------------------------------ Japanese
    # Verbs of telling: under a condition (何かあれば言ってください, 分かり次第共有します)
    # they offer or promise a report, not work.
    "TELL": _words(
        "連絡 知らせる お知らせ 言う 相談 声 声掛け 声がけ 聞く 聞かせる 教える 問い合わせる "
        "問い合わせ 共有 報告 一報 返信 返事 回答 伝える 相談 ご相談 質問 フィードバック"
        " 知らせ 知る"
    ),
    # Verbs of answering: 教えてください asks for information only.
    "INFORM": _words("教える 知らせる お知らせ 知らせ 知る"),
    # Asked of people, but no work: ご了承ください, ご自愛ください, お待ちください.
    "NO_WORK_ASK": _words(
        "了承 大事 自愛 安心 容赦 気 注意 協力 覧 参照 楽しむ 越す 留意 無視 破棄 休む ゆっくり "
        "無理 過ごす 迎える 認識 理解 承知 含む 含みおく 待つ 待機 参加 出席 欠席 集合 着席 "
        "お越し 来場 来社 出社 在宅 帰宅 帰る 気をつける 心配 遠慮 お待ち 辞退 理解 検討中 "
        "査収 一読 厳守 利用 "
        "頑張る がんばる 楽しむ 休む 休める 気をつける"
    ),
    # Verbs of the sender's schedule or state: 出社します, 休みます, 18時で上がります.
    "NOT_WORK_VERB": _words(
        "ある いる なる 思う 存じる 分かる わかる 知る 見える 聞こえる 困る 助かる 驚く 喜ぶ 祈る "
        "感じる 考える 願う 期待 感謝 安心 心配 承知 了解 失礼 理解 把握 納得 できる 出来る "
        "いただく もらう くれる くださる 頂戴 ござる おる 来る 行く 帰る 戻る 向かう 出かける 出る "
        "着く 到着 出発 出社 退社 出勤 退勤 在宅 直帰 直行 帰社 外出 迂回 経由 休む 休み 休憩 "
        "早退 遅刻 欠席 "
        "参加 出席 遅れる 上がる 始める 始まる 終わる 止まる 開始 停止 延期 延長 変更 待つ お待ち "
        "伺う 参る 移動 入る 失念 勘違い 誤解 拝見 拝受 受領 入社 退職 異動 転職 担う 通う 住む "
        "寝る 起きる 食べる 飲む 言う 聞く 話す 座る 泊まる 混む 空く 届く 変わる 決まる 残る "
        "降る 晴れる 集まる 並ぶ 開く 閉まる 続く 増える 減る 起こる 発生 故障 失敗 成功 "
        "推奨 お勧め おすすめ 予定 中止 休会 不在 留守 します いたす する 思い出す 忘れる "
        "入荷 入庫 着荷 "
        "頑張る がんばる 努める 気をつける 注意 反省 謝る 詫びる お詫び 恐縮 遠慮 辞退 くる "
        "いらっしゃる おっしゃる なさる 召し上がる 見える 切り替わる 切り替える 載る 揃う 壊れる "
        "できる 間に合う 帰省 出張 通院 入院 退院 入所 退所 休暇 有給 半休 午前休 午後休 "
        "在席 離席 退席 付く 見つかる "
        "使える 出せる 行ける いける 送れる 書ける 読める 見れる 来れる 話せる 動く いく "
        # 外付けモニタだと映ります: what a thing does, never a promise
        "映る 写る 繋がる つながる 光る 点灯 点く 消える 足りる 足る 間に合う "
        "使う 使用 利用 閉める 要る "
        "かしこまる 承る 恐れ入る 抜ける 中抜け "
        "落ちる 止める 営業 休業 開店 閉店 開館 閉館 休館 休診 稼働 運休 運行 "
        "来館 来社 来店 来訪 来場 訪問 来院 ずれる ずれ込む 延びる 早まる 振る"
    ),
    # Verbs that make a done report of nothing (確認しました is usually "noted").
    "NOT_DONE_VERB": _words(
        "承知 了解 失礼 理解 把握 納得 感動 感謝 期待 心配 安心 相談 質問 早退 出社 退社 参加 "
        "欠席 遅刻 到着 出発 帰宅 移動 変更 延期 拝見 拝受 受領 連絡 検討 判断 決定 担当 了承 "
        "お待たせ 迷惑 失念 勘違い 誤解 残念 入社 退職 異動 転職 休憩 邪魔 失敗 発生 故障 想像 "
        "成長 集中 区別 判別 再現 ログイン アクセス 接続 利用 使用 特定 思う 分かる わかる 知る "
        "ある いる なる 来る 行く 帰る 戻る 届く 始まる 決まる 変わる 助かる 困る 驚く 見える "
        "流れる 聞く 言う 気づく 気付く 伺う お願い 願う 頂く いただく もらう くれる くださる 頂戴 "
        "つく 入る 出る 起きる 寝る 休む 始める 忘れる 残る 増える 減る 続く 遅れる 見つかる "
        "確認 目 拝読 すむ かしこまる 承る ござる 参る 待つ お待ち なくなる 無くなる 受け取る"
    ),
    # Negations that apologise or reassure (すみません, 構いません): no report.
    "NOT_NEGATED": _words(
        "すむ かまう 構う 差し支える 申し訳 問題 仕方 しかた 間違い 違い 遠慮 ある いる おる "
        "分かる "
        "わかる 知る 思う 存じる 要る 気 変わる 関係 必要 相違 差異 異常 漏れ 不備 支障 影響 変更 "
        "変わり 心配 見当たる 来る 行く 入る ござる もの 物 こと 事 わけ 訳 はず"
    ),
    # A completion in one word: 完了, 済み, 終わる, 片付く ...
    "DONE_WORD": _words(
        "完了 済み 済む 終了 終わる 終わり 終える 片付く 片付ける 仕上がる 仕上げる 揃う 揃える "
        "完成 完遂 完納 納品 対応済み 達成 解決 解消 クローズ 完 done Done DONE finished 了"
    ),
    # A cancellation: 不要, キャンセル, 中止, 見送り ...
    "CANCEL_WORD": _words(
        "不要 キャンセル 中止 取り消し 取り消す 取りやめ 取りやめる 取り止め 見送り 見送る 撤回 "
        "白紙 取り下げ 取り下げる 破棄"
    ),
    # Moving a deadline: 延ばす, 延長, 後ろ倒し, ずらす ...
    "MOVE_WORD": _words(
        "延ばす 延長 延期 後ろ倒し 前倒し ずらす 遅らせる 変更 猶予 リスケ 繰り下げる 繰り上げる"
    ),
    # Occasions, not work: 明日の会議、よろしくお願いします is a courtesy.
    "OCCASION": _words(
        "会議 定例 打ち合わせ 打合せ ミーティング MTG 面談 面接 商談 訪問 来社 研修 説明会 "
        "イベント 懇親会 飲み会 ランチ 発表 本番 出張 当日 明日 本日 今日 今週 来週 今後 今年 "
        "今月 引き続き 今回 皆さん 皆様 みなさん 各位 件 旅行 撮影 式 登壇 本年 今年 今年度 "
        "来年 年 "
        "今期 来期 週 月 当日 一年 本日中 引き続く 年度 本年度 来年度 新年度 下期 上期 "
        "朝礼 終礼 朝会 夕礼 シーズン 今季 "
        # 連休明けにまたよろしくお願いします / 年明けも: after a break, a courtesy
        "連休 明け 休み 年明け 週明け 休み明け 連休明け"
    ),
    # Time words of a courtesy for work that goes on: 今週もよろしく, 引き続きよろしく.
    "ONGOING": _words(
        "今週 今日 本日 今月 今年 今年度 今期 来週 明日 今後 今回 引き続く 本年 来年 来年度 本年度 "
        "年度 週 当面 しばらく 今日一日 一日 連休明け 休み明け 年明け 週明け 連休 休み 明け"
    ),
    # Actions that name a kind of service, not a thing (修理の手配, 交換の対応): the thing is
    # in the sentence before (棚が傾いています。修理の手配をお願いします).
    "SERVICE": _words(
        "修理 交換 点検 回収 撤去 設置 補充 清掃 修繕 復旧 買い替え 取り替え 入れ替え 張り替え "
        "廃棄 処分 更新 確認 対応 作業 手配 発注 再発行 再送"
    ),
    # Generic do-verbs: インデックスの追加は私がやります → インデックスの追加.
    "DO": _words("やる 行う 実施 担当 対応 する 進める"),
    # Acceptance words: 承知しました, 了解です, かしこまりました.
    "ACCEPT_WORD": _words("承知 了解 かしこまる 承る 了承 オッケー おけ OK ok 分かる わかる 把握"),
    # Thanks and courtesies.
    "THANKS": _words(
        "ありがとう 感謝 お疲れ様 お疲れ 苦労 馳走 すみません すいません 申し訳 ごめん "
        "失礼 恐縮 助かる お世話 すむ おはよう こんにちは こんばんは おめでとう おつかれ お大事 "
        "恐れ入る ごめんなさい 手数 面倒"  # お手数ですがお願いします: a courtesy
    ),
    # Adverbs of time or manner that are no part of the work: あとで見ておきます.
    "FILLER": _words(
        "あと 後 後ほど のちほど あとで 一旦 いったん とりあえず 取り急ぎ ちょっと 少し すぐ "
        "直ぐ 早速 急ぎ 至急 大至急 なる早 なるはや 早め 早急 念のため 念の為 改めて 引き続き "
        "今から これから 先に 先ほど 今 まず 再度 もう一度 もう 一度 合わせる あわせる "
        "併せる 併せて 是非 ぜひ 必ず 何とか なんとか 手すき お手すき お手隙 可能 できれば "
        "出来れば "
        "また あと それと それから では じゃあ じゃ 各自 どなたか 誰か 一緒 ついで 追って "
        "別途 引き続く"
    ),
    # Light verbs and auxiliaries that carry no work: する, おく, みる, しまう ...
    "LIGHT": _words(
        "する いたす させる せる れる られる おく みる しまう ちゃう とく もらう いただく くれる "
        "くださる 願う 頂戴 申し上げる できる 出来る お願い いただける もらえる 願える たのめる"
    ),
    # ------------------------------------------------------------------ English
    "EN_REQUEST_LEAD": _words("please pls plz kindly"),
    "EN_MIND": _words("mind tell"),
    # Capitalised words that open a clause before a comma and are no one's name (Thanks, …)
    "EN_NOT_A_NAME": _words(
        "ok okay also yes yeah yep no nope thanks thank sorry so hi hey hello morning update "
        "fyi btw well sure great cool noted ack right again however actually anyway "
        "honestly meanwhile oh ah hmm alright perfect awesome done today tomorrow"
    ),
    "EN_NOT_WORK": _words(
        "be have let try join attend miss need want like love hope think see know feel leave "
        "appreciate prefer rather say suggest guess imagine argue "
        "get back come go stay sleep eat keep wait pop head stop start circle"
    ),
    "EN_TELL": _words(
        "tell let know update ping inform notify share report post message text call email "
        "reply respond answer shout holler"
    ),
    "EN_COURTESY_ASK": _words(
        "note see find enjoy relax rest welcome ignore excuse forgive disregard stay remember"
    ),
    "EN_WORK_VERB": _words(
        "send switch swap check review update fix prepare draft write book call email reply "
        "confirm approve "
        "sign submit file upload share post publish create make build deploy ship merge test "
        "translate order buy print schedule arrange organize organise set plan clean collect "
        "compile summarize summarise finalize finalise revise edit proofread look handle "
        "investigate research follow chase pay invoice process renew cancel remove delete add "
        "move copy fill complete finish close open install configure run measure count tidy "
        "reserve ask contact pick bring deliver return forward circulate double put get take "
        "help cover draw design record transcribe verify validate audit reconcile rebook "
        "escalate triage debug refactor document backup restore migrate rename label tag sort "
        "compare estimate quote price register apply request gather prep mail ring phone "
        "polish sketch assemble load unload pack ship install replace repair swap rewrite rebase "
        "triage proofread trim level hold export crop adjust tweak grade mix render cut resize "
        "retouch fade shorten lengthen sharpen brighten darken mute blur issue reissue "
        "sanitise sanitize restock decide clear generate regenerate rerun wipe empty refill wash "
        "dye redo lock unlock freeze log bump place bake retest recheck reinstall reboot restart "
        "attach drop"  # attached the CO — sorry for the wait: the thing sent, done; drop X off
    ),
    "EN_PAST_DONE": _words(
        "done finished completed complete fixed resolved sent submitted shared uploaded booked "
        "updated published posted translated prepared created ordered filed delivered deployed "
        "approved merged shipped paid called emailed replied signed printed scheduled arranged "
        "reviewed checked handled sorted wrapped closed uploaded added removed renewed cancelled "
        "pushed released launched drafted written wrote made built reserved confirmed "
        "proofread pinged nudged chased contacted messaged texted reminded briefed decided "
        "tested redone sanitised sanitized refreshed restocked ok'd okayed okd set"
    ),
    "EN_ACCEPT": _words(
        "sure ok okay yes yep yeah noted understood roger certainly absolutely gotcha alright"
    ),
    # going slower than I thought: the verb after it compares, it reports nothing
    "EN_COMPARE": _words("than"),
}


def _regular_past(verb: str) -> str:
    """swap → swapped, reissue → reissued, copy → copied, ask → asked."""
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ied"
    vowels = [ch for ch in verb if ch in "aeiou"]
    short = len(vowels) == 1 and verb[0] not in "aeiou" and verb[-2] in "aeiou"
    if short and verb[-1] not in "wxy" and len(verb) <= 5:
        return verb + verb[-1] + "ed"
    return verb + "ed"


# A work verb's regular past reports that work (rebased, reissued, asked the client) — not
# the verbs whose past says something else (got it, took a while, set up, looked fine).
_PAST_NOT_A_REPORT = _words(
    "get take put set look follow hold help cover open run move count level log empty "
    "cut lock freeze request apply process pick bring return double make"
)
LEXICON["EN_PAST_DONE"] = LEXICON["EN_PAST_DONE"] | frozenset(
    _regular_past(v) for v in LEXICON["EN_WORK_VERB"] - _PAST_NOT_A_REPORT
)


# added → add: a wished-for act said in the past (would be nice if someone added …)
EN_BASE_OF_PAST = {_regular_past(v): v for v in LEXICON["EN_WORK_VERB"]}


def _ing(verb: str) -> str:
    """upload → uploading, make → making, swap → swapping."""
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    if _regular_past(verb) == verb + verb[-1] + "ed":
        return verb + verb[-1] + "ing"
    return verb + "ing"


# uploading them tomorrow: a work verb's -ing with a time ahead is a plan of one's own
LEXICON["EN_ING_WORK"] = frozenset(_ing(v) for v in LEXICON["EN_WORK_VERB"] - _PAST_NOT_A_REPORT)
LEXICON["EN_LATER"] = _words(
    "tomorrow tonight later monday tuesday wednesday thursday friday saturday sunday mon tue "
    "wed thu fri next"
)

# Time words are never the work (明日やります: 明日 is when, やる is what).
LEXICON["TIME"] = _words(
    "今日 本日 明日 明後日 昨日 来週 今週 再来週 先週 今月 来月 午前 午後 夕方 朝 夜 昼 後 "
    "あと 後ほど "
    "今度 週明け 月曜 火曜 水曜 木曜 金曜 土曜 日曜 月曜日 火曜日 水曜日 木曜日 金曜日 土曜日 "
    "日曜日 "
    "今夜 今晩 明朝 朝イチ 朝一 定時 終業 月末 年内 今年 来年 週末"
)
LEXICON["NOT_WORK_VERB"] = LEXICON["NOT_WORK_VERB"] | LEXICON["TIME"]
# What a day or time phrase ends with (15日, 午前中, 月末, 来週以降): 明日はリモートでもいい
# asks about something else, 明日でもいい about the day.
LEXICON["WHEN_END"] = LEXICON["TIME"] | _words(
    "日 時 中 午前中 以降 頭 末 明け いっぱい 以内 前半 後半 上旬 中旬 下旬 週 月 "
    "年明け 連休明け 週明け 休み明け"
)


# Vocabulary of the later stages (tasks, work, updates, fold).
LEXICON["TAKE_ON"] = _words(
    "巻き取る 引き取る 引き継ぐ 担当 引き受ける 受け持つ take handle own grab"
)
# The potential form of a work verb (書ける？ to someone: can you write it).
LEXICON["CAN_DO"] = _words(
    "書ける 送れる 直せる 撮れる 出せる やれる 作れる 回せる 返せる 渡せる 探せる 貼れる 組める "
    "取れる 調べれる 入れれる 進めれる"
)
# Seeing and hearing are access, not work: シートって他のチームも見られますか
# 人が必要です / 人手が要ります: people wanted — a call for helpers, not a thing to hand over
LEXICON["HELPERS"] = _words("人 方 人手 メンバー スタッフ 要員 手")
# 忘れずに / 忘れないでください: a reminder, the work is what is not to be forgotten
LEXICON["FORGET"] = _words("忘れる")
LEXICON["NOT_CAN_DO"] = LEXICON["NOT_WORK_VERB"] | _words("見る 聞く 読む 触る 開く")
# What a requester gives back once the asked-for thing arrives (見せてください。FB返します).
LEXICON["RESPONSE"] = _words(
    "fb フィードバック コメント 感想 赤入れ 添削 返事 返信 所感 feedback comments notes thoughts"
)
# What a thing does, said in the third person (fix goes out at 3, the sale starts Monday).
LEXICON["EN_HAPPENS"] = _words(
    "goes comes ships lands starts ends begins runs opens closes launches happens arrives "
    "leaves expires"
)
# 引き継ぎ一覧です / handover notes: a list handed to the one addressed is their work
LEXICON["HANDOVER"] = _words("引き継ぎ 引継ぎ 引継 引き継ぐ 引継ぐ handover hand-off handoff")
LEXICON["ALSO"] = _words(
    "あと また それと それから あわせて 併せて 合わせて あわせる 併せる ついで 追加 別途 も "
    "also and plus"
)
LEXICON["BARE_ACTIONS"] = _words(
    "確認 レビュー チェック 対応 返信 回答 検討 承認 添削 フィードバック 一読 査収 押印 決裁 "
    "折り返し 折返し 見る 修正 見直し 手直し 書き直し 差し替え 取りまとめ 洗い出し 問い合わせ "
    "review check look"
)
# Acts that are a job by themselves (いったんリバートします): a promise of one is firm
LEXICON["SELF_CONTAINED"] = _words(
    "リバート ロールバック 切り戻し 再起動 再発行 再送 再送信 再提出 再デプロイ デプロイ リリース "
    "差し戻し 再実行 復旧 再設定 初期化"
)
# Work one goes somewhere to do (見てきます, 回収してきます), unlike an errand (買ってきます).
LEXICON["GO_AND_DO"] = _words(
    "見る 確認 チェック 回収 受け取る 引き取る 取る 届ける 調べる 点検 測る 撮る 撮影 "
    "下見 修理 交換 設置"
)
# 朝礼を8:45からに前倒しします: a meeting moved is a notice of the schedule, not work.
LEXICON["MOVE_SCHEDULE"] = _words("前倒し 延期 変更 繰り上げ 繰り下げ 移動 ずらす 早める 遅らせる")
# The trouble is gone (風量戻りました): the fix the task asked for worked.
LEXICON["CAME_BACK"] = _words("戻る 復活")
LEXICON["JUST_NOW"] = _words(
    "ただいま 只今 今 先ほど さっき 無事 本日 今日"
)  # ただいま戻りました: I'm back
LEXICON["FINISHED_UP"] = _words(
    "焼き上がる 刷り上がる 仕上がる 出来上がる できあがる"
    " 書き上がる 組み上がる 縫い上がる 炊き上がる"
)
LEXICON["PASTE"] = _words("貼る 添付 貼り付ける 貼れる")
LEXICON["LATER"] = _words("あと 後 後ほど のちほど あとで 改めて 追って 別途")
# Verbs that send a thing somewhere (先方へ送付, メーカーに持っていく): a noun before に/へ
# is where it goes, not what.
LEXICON["TRANSFER"] = _words(
    "送る 送付 お送り 持つ 届ける 渡す 提出 運ぶ 転送 返却 郵送 発送 納品 返送 送信"
)
LEXICON["SHARE_NOW"] = _words("共有 展開 送付 お送り 送る 配布 周知")
# Verbs that do what they announce when the message carries the thing (議事録を貼っておきます
# + the minutes; 資料はこちらです + a link).
LEXICON["ANNOUNCE"] = _words(
    "貼る 添付 載せる 置く 上げる アップ 格納 掲載 貼り付ける 転記 転送 残す 補足 追記"
)
# The words that follow a bare object pronoun: redo those with…, send them over by….
LEXICON["EN_AFTER_OBJECT"] = _words(
    "with by before after for to on in at over again first asap today tomorrow tonight back "
    "up out once when so and"
)
# Meetings where something is said (来週の定例でご報告します: where, not work to track).
LEXICON["MEETING"] = _words(
    "会議 定例 打ち合わせ 打合せ ミーティング MTG 面談 商談 説明会 朝礼 終礼 朝会 夕礼 全体会"
)
# What a plan is kept as: 予定どおり実施します / 通常通り営業します — the plan confirmed.
LEXICON["AS_PLANNED"] = _words("予定 計画 スケジュール 通常 いつも 例年")
# 当番表のとおり対応します: the rota or the plan that says who does what
LEXICON["ROTA"] = _words("表 当番 シフト 予定 計画 スケジュール 日程")
# …and the verbs that say the plan goes ahead (予定どおり週明けに申請出します is own work).
LEXICON["GOES_AHEAD"] = _words("実施 開催 決行 営業 行う 運行 稼働 開始 スタート 出発 開館 開店")
# Words that name no thing: "taking a look", "look into it", "handle this".
LEXICON["EN_GENERIC"] = _words(
    "take taking have having a an the look looking at into it this that one check checking "
    "review reviewing handle handling do doing sort sorting out fix fixing deal dealing with "
    "now double quick revert reverting and"
)
# What a reviewer sends back: "review the deck and send comments" is one job.
LEXICON["EN_FEEDBACK"] = _words(
    "comments comment feedback thoughts notes edits results questions input approval sign-off "
    "changes corrections findings answer answers"
)
LEXICON["JOINS_JA"] = _words("ので から けど けれど のに")
# Romanised honorifics of a vocative (Alan-san、…), third persons whose dates are theirs
# (They'll send the 8D within two weeks), adverbs that end no subject (the LODs still look off).
LEXICON["ROMAN_HONORIFIC"] = _words("san sama kun chan sensei")
# Negations that reassure, not report a failure: "one nit but not blocking", "no rush".
LEXICON["EN_MILD"] = _words("blocking blocker urgent rush worries worry problem biggie big hurry")
LEXICON["EN_THIRD_PERSON"] = _words("they he she")
# What a promise to report back names (詳細は別途メールします): no work of its own.
LEXICON["REPORT_WORDS"] = _words(
    "詳細 結果 メール 連絡 報告 共有 お知らせ 別途 ご連絡 ご報告 詳しく"
)
# Where finished work is put: "the draft is in the shared folder" reports it done.
# What a thing does once it is fixed: the VPN works again, the totals add up now.
LEXICON["EN_WORKS"] = _words(
    "works working work running runs back add adds adding load loads loading pass passes"
    " passing match matches balance balances sync syncs syncing print prints printing"
    " connect connects connecting"
)
LEXICON["EN_PLACE_OF_WORK"] = _words(
    "folder drive inbox repo channel tracker portal dropbox box system doc docs document sheet "
    "figma notion confluence jira miro sharepoint s3 bucket "
    "tray binder wiki pdf server nas share ftp sftp cloud deck slides rundown spreadsheet workbook"
)
LEXICON["EN_INDEFINITE"] = _words(
    "nobody everyone everybody someone somebody anyone anybody nothing something everything"
)
LEXICON["EN_ADVERBS"] = _words("still now already also just really again all")
LEXICON["NOT_THINGS"] = _words(
    "二人 三人 全員 皆 皆さん 各自 みんな 目 手 気 名 人 手数 お手数 面倒 ご面倒 迷惑 ご迷惑"
)
LEXICON["AFTER_SELF"] = _words("の 方 ほう が は で から も 側 として とし 的 より まで")
LEXICON["CONDITION_END"] = _words("ば 場合 次第 際 なら")
LEXICON["HONORIFIC_SUFFIX"] = _words("さん 様 さま くん 君 ちゃん 殿 氏 先生 部長 課長 各位")
# Roles a call for helpers fills (受付係をお願いできる人いますか names no work: extraction.md).
LEXICON["EN_ROLE_VERB"] = _words("cover")  # cover the desk / I can cover: a shift, not work
LEXICON["ROLE"] = _words(
    "受付 係 受付係 司会 幹事 当番 書記 記録係 進行 進行役 タイムキーパー 運転手 シフト MC 手伝い "
    "お手伝い 応援 ヘルプ"
)
# Whose check work waits on (園長の確認待ち), not which thing waits (予算コードの承認待ち).
LEXICON["TITLE_OF_OFFICE"] = _words(
    "部長 課長 係長 社長 店長 園長 院長 室長 所長 校長 教頭 局長 次長 専務 常務 主任 上長 "
    "リーダー マネージャー チーフ 先生 担当 担当者 責任者 本部 経理 総務 人事 法務"
)
# In someone's place (代わりに): 代わりにやりますよ, 春日さんの代わりに入ってもらえる？
LEXICON["INSTEAD"] = _words("代わり かわり 代わる")
# 代わりにお願いできますか / could you take it instead: someone standing in
LEXICON["STAND_IN"] = LEXICON["INSTEAD"] | {"instead"}
# 追加で、第4章の確認をお願いします / 別件で、…: how the ask comes in, before the work
LEXICON["LEAD_DE"] = _words("追加 別件 別途 ついで 引き続き")
# これを元に追加見積を作る / 議事録を踏まえて: what the work draws on, before the work
LEXICON["BASIS"] = _words("元 もと 基 参考 ベース 踏まえる 基づく")
# 発注の締めが12/5なので: when something closes, no thing to work on
LEXICON["DEADLINE_NOUN"] = _words("締め 締切 締め切り 〆切 〆 期限 納期 リミット 必着")
# 袋、在庫があと3日分です: how much is left, said of the thing before the comma
LEXICON["STOCK"] = _words("在庫 残り 残量 残数 数 枚数 件数 個数 ストック")
LEXICON["OTHER_THAN"] = _words("以外 他 ほか 外 残り あと")
# The rest of a piece of work (残り4台は確認中, the other ones still pending, the rest is no
# longer needed): a remainder said of the same task, not a task of its own.
LEXICON["REMAINDER"] = LEXICON["OTHER_THAN"] | _words(
    "分 ones rest remaining others other それ以外"
)
# Verbs of how, not what (チェック表は先週と同じものを使ってください after the ask).
# Work that is an answer (お返事, 回答): the asker's question ends with the reply.
# (not 返信: a reply to others)
LEXICON["REPLY_WORK"] = _words("返事 回答 返答 可否 お返事 判断 ご判断")
# What may come in (問い合わせがあれば…): the case a standing instruction is for.
LEXICON["INCOMING"] = _words(
    "問い合わせ 問合せ 問合わせ 連絡 相談 電話 来客 依頼 申し込み 申込 注文 質問 クレーム 要望 "
    "予約 キャンセル 来店 苦情 変更 不明点"
)
# What a piece of work should hold, said after the ask for it (…を入れてください).
LEXICON["INCLUDE_VERB"] = _words(
    "入れる 含める 記載 明記 盛り込む 添える 付ける つける 付す include mention"
)
# Leaving a finished thing somewhere: 机に置いておきます, 受付に預けておきます
LEXICON["LEAVE_VERB"] = _words("置く 預ける 置いとく")
# Handing finished work back: 最終版を見せて, 修正版を送って, 完成版を共有して
LEXICON["SEND_BACK"] = _words("見せる 送る 共有 送付 提出 戻す 返す 上げる アップ")
LEXICON["MANNER_VERB"] = _words("使う 用いる 使用 参照 従う 沿う 準拠 利用 踏襲 流用 use follow")
# What happens at a time rather than gets done by it (triage call at 11).
LEXICON["EN_EVENT"] = _words(
    "call meeting sync standup stand-up session demo retro huddle kickoff kick-off workshop "
    "interview lunch dinner party offsite 1:1 catchup catch-up"
)
# Places whose being closed or open is a notice, not a report (the stockroom is closed).
LEXICON["EN_PLACE"] = _words(
    "office offices store shop stockroom building lab library portal registration reception "
    "desk bank warehouse factory plant school clinic site cafeteria canteen gym"
)
# Parties outside the team: waiting on their check (先方の押印待ち) asks nobody here.
LEXICON["OUTSIDERS"] = _words(
    "先方 客 お客様 お客さま 顧客 相手 相手方 クライアント 取引先 メーカー 業者 御社 貴社 役所"
)
# Who rather than what: 先方は金額が気になる is about the amount.
LEXICON["PARTIES"] = _words(
    "先方 客 お客様 お客さま 顧客 相手 相手方 クライアント 取引先 上司 社長 部長 課長 店長 院長 "
    "弊社 当社 御社 貴社 我々"
)
# Verbs too plain to say which question a reply answers (and the helpers of ておく, てみる).
LEXICON["PLAIN_VERBS"] = _words(
    "する いる ある なる できる いたす やる おく みる しまう くる いく もらう くれる be do have"
)
# A draft to choose from or to build on: a step before the work (デザイン2案を入れました).
LEXICON["DRAFT"] = _words(
    "案 パターン ドラフト 叩き台 たたき台 素案 ラフ 試案 draft drafts mockup mock-up"
)
# What a clause of feeling is "about" (気になる, 感じがする): never the thing for the work.
LEXICON["FEELING"] = _words("気 感じ 様子 雰囲気 印象 心配 不安")
LEXICON["ADDRESSEES"] = _words("全員 皆さん 皆様 みなさん みなさま 各位 皆 みんな")
# て-forms that frame the work rather than being part of it (計画に向けて、…).
LEXICON["FRAMING"] = _words(
    "つく 続ける 引き続く 向ける 際する 伴う 受ける 踏まえる 関する 先立つ 当たる 合わせる "
    "応じる 基づく"
)
LEXICON["REASONS"] = _words("ので から ため けど けれど が のに")
LEXICON["POLITE_IF"] = _words("差し支える よろしい いい 良い よい 可能 できる")
LEXICON["EDGE_NOUNS"] = _words("ほど 方 ほう 件 旨 よう 感じ 程 分 こと 形 まま 通り 次第 対応方")
LEXICON["POINTERS"] = _words(
    "これ それ あれ この その こちら そちら そっち こっち 本件 当件 同件 上記 下記"
)
# 上の件 / さっきの件 / 例の図面: words that point back at what was said (with の + a noun)
LEXICON["EARLIER"] = _words("上 さっき 先ほど 先程 例 前述 冒頭 先日 前回 昨日 今朝 以前 先週 先月")
LEXICON["SELF"] = _words("私 わたし 僕 ぼく 自分 当方 わたくし 俺 弊社 こちら こっち 我々")
LEXICON["CONTRAST"] = _words("けど けれど けれども のに が")
LEXICON["EN_BUT"] = _words("but nobody no not couldn't however")
# Words a deadline after "by" starts with (dates themselves are numbers).
LEXICON["EN_DUE_WORD"] = _words(
    "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri tomorrow "
    "today tonight eod eow cob noon midday next this end the"
)
# Replies that name no thing (lgtm! go ahead and send it: "it" is not the lgtm).
LEXICON["EN_NO_THING"] = _words(
    "lgtm approved thanks thx ty great nice cool perfect awesome sure ok okay yes yep noted"
)
# call the service company and book an engineer: getting in touch is how the job is done
# Reaching someone. A retry (もう一度かけます) sets the day of a call only (折り返しお願いします);
# a chase (will chase them today, 本日中に業者へ連絡します) the day of any ask to reach someone
# (住民票を6/28までにご用意いただくようお伝えいただけますか → 今日中に連絡します: today).
LEXICON["CALL"] = _words("call phone ring 電話 折り返し 折り返す")
LEXICON["CONTACT"] = LEXICON["CALL"] | _words(
    "chase nudge ping contact email ask tell 連絡 問い合わせ 問い合わせる 依頼 催促 伝える"
)
LEXICON["EN_CONTACT_VERB"] = _words("call phone ring contact")  # (email him the pack: a thing)
# Verbs that pass news or a thing on: a promise to do so once something happens reports.
LEXICON["EN_REPORT_VERB"] = _words(
    "share send forward post let tell update ping report notify loop circle get confirm"
)
LEXICON["EN_OBJECT_PRONOUN"] = _words("them him her us me it this that these those")
LEXICON["EN_YOU"] = _words("you your yours")
LEXICON["EN_FULL"] = _words("100")  # 100% done is done
LEXICON["AWAY"] = _words(
    "out off ooo away sick absent wfh remote offline afk "
    "休み 不在 在宅 出張 休暇 有給 半休 午前休 午後休 直帰 直行 外出 欠席 遅刻 早退 お休み"
)
LEXICON["DONE_FOR_ME"] = _words("くださる いただく もらう くれる")
# A check done, to a task that is a check: 確認しました / reviewed; "looked at it." to
# "could you give it a second look?"
LEXICON["CHECKED"] = _words(
    "確認 チェック レビュー 査収 承認 目 拝見 見る みる checked reviewed approved looked"
)
LEXICON["CHECK_WORK"] = _words(
    "確認 チェック レビュー 査収 承認 目 見る 添削 拝見 check review approve proofread look"
)
# A completion said as a state to come (完了します, 今日中に完了できます) — not a handing-over
# promised (B案で月末までに納品します: the delivery is the work, a commitment).
LEXICON["DONE_STATE"] = LEXICON["DONE_WORD"] - _words("納品 完納")
# A decision's words: the task 個数の確定 is done when it 決まりました.
LEXICON["DECIDE"] = _words("確定 決定 決める 決まる")
# The form a piece of work takes (様式は去年のものを少し変えます after 評価シートは私が作ります):
# said after a promise, how that work will look — no work of its own.
LEXICON["FORM"] = _words("様式 書式 形式 フォーマット テンプレート テンプレ 体裁 構成 レイアウト")
# One (1か所だけ直しました: just the one — not a part of the work left undone)
LEXICON["ONE"] = _words("1 １ 一")
# A fault that goes on (まだ下の方が少し擦ります after 調整しましたが): the work has not fixed it.
LEXICON["FAULT"] = _words(
    "擦る 漏れる 鳴る 揺れる ずれる 外れる 詰まる 止まる 壊れる 割れる ガタつく 軋む きしむ "
    "曇る 剥がれる 浮く 傾く 点滅 故障 不具合 エラー フリーズ 文字化け 化け 化ける 崩れる 固まる "
    "焼け"
)
# A thing's fault is never the sender's work (駅前店のレジ、時々フリーズします), nor is joining
# a meeting (定例、私は午後から合流します).
LEXICON["NOT_WORK_VERB"] = (
    LEXICON["NOT_WORK_VERB"]
    | LEXICON["FAULT"]
    | _words(
        # 楽しみすぎる / 北斗化成に集中してください / 業者さんにも来てほしい: a feeling, a focus,
        # someone coming — no work
        "合流 済む すぎる 過ぎる 集中 来る"
    )
)
# RC2で確認しました。落ちません: a fault that no longer happens is the check's good result,
# not work left undone
LEXICON["NOT_NEGATED"] = LEXICON["NOT_NEGATED"] | LEXICON["FAULT"] | _words("落ちる 固まる")
# A fault said of a thing in the present (the X-ray viewer on chair 3 freezes every time we
# open an image): the verb that ends the thing's name.
LEXICON["EN_FAULT"] = _words(
    "freezes crashes jams fails leaks breaks hangs stalls flickers beeps overheats squeaks "
    "rattles drips sticks wobbles"
)
# Words that name no thing of their own (let's get the last bits locked, sort out the rest).
LEXICON["EN_VAGUE"] = _words("bits bit things thing stuff details loose ends everything rest")
# Trying the work again after it failed: 明日またかけます, もう一度送ってみます, try again
LEXICON["AGAIN"] = _words("また 再度 改めて 再び again retry")  # and もう一度
LEXICON["ACCEPT_LEAD"] = _words(
    "はい ええ うん 了解 承知 かしこまる 承る ok okay sure yes yep yeah thanks thank noted "
    "ありがとう オッケー おけ OK いい"
)
# Action words shared by unrelated tasks; a shared subject must be some other word.
LEXICON["GENERIC_KEYWORDS"] = _words(
    "作成 確認 送付 修正 対応 共有 提出 予約 手配 連絡 集計 更新 準備 用意 調整 報告 送信 "
    "発注 発送 発行 作業 実施 資料 レビュー チェック これから review check update send fix"
)

# A light verb is never the work itself (承知 する ました: the head is 承知, not する).
for _name in ("NOT_WORK_VERB", "NOT_DONE_VERB"):
    LEXICON[_name] = LEXICON[_name] | LEXICON["LIGHT"] | _words("ある いる おる てる")
# ASAP please, they book out fast: how soon, not a thing asked for.
LEXICON["EN_NOT_A_THING_LEAD"] = LEXICON["EN_ACCEPT"] | _words("asap urgent urgently soon quickly")
# Words that name a day or a time in English (a clause that has one is "dated").
LEXICON["EN_DAY_WORDS"] = _words(
    "today tomorrow tonight eod noon midday monday tuesday wednesday thursday friday saturday "
    "sunday mon tue wed thu fri tues thur thurs weds"
)
# everyone who started but hasn't paid: a relative clause says who, not what befell the work.
LEXICON["EN_RELATIVE"] = _words("who that which whose")
