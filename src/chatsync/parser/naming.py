"""Stage 4b: naming implicit work from the message around the clause.

A request or promise often names only the action (ご確認お願いします, I'll redo that)
or only the party (問屋さんに注文しておきます): the thing is in the clause before, in
the message before, or in what was just reported done. These functions find it.
"""

from __future__ import annotations

import re

from chatsync.parser.acts import Act, Reading
from chatsync.parser.clauses import Clause
from chatsync.parser.combine import combine, names_a_thing
from chatsync.parser.message import MessageReading, balanced, read_message
from chatsync.parser.morph import Analysis, Token, analyse
from chatsync.parser.normalise import QUOTE_MARK
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.topics import (
    NOT_A_TOPIC,
    comma_topic,
    ja_tokens,
    names_past_topic,
    still_missing,
    stock_after_topic,
    topic_before,
    with_topic,
    wo_object,
)
from chatsync.parser.work import object_of

HEADING = re.compile(r"^[【\[]?[^【】\[\]\s]{1,12}[】\]]\s*")


# Nouns that are about something else (原因を調べる: the cause of what?).
RELATIONAL = (
    "原因",
    "理由",
    "詳細",
    "状況",
    "対策",
    "影響",
    "経緯",
    "解決策",
    "代替案",
    "再発防止",
)


# 対応メニュー / 対応表 / 対応策: a thing made for what was just reported, named by it
_FOR_IT = re.compile(r"^対応(?!の|を|は|する|し|お願い)[一-龥ァ-ヶー]")
# A stand-in for the thing just reported (欠品だそうです。代わりを探しておきます).
_INSTEAD = ("代わり", "代替品", "代品", "代用品")
# 各自の担当分 / 担当部署分 / 自分の分: each one's share of the thing just named
SHARE_OF = re.compile(r"^(?:担当(?:[一-龥]{1,3})?分|各自の分|自分の分|担当箇所|担当部分)")
VERSION = ("修正版", "最新版", "改訂版", "訂正版", "差し替え版", "差替版", "完成版", "新しい版")


# print 60 copies / make two sets: copies of what the clause before names
COPIES = re.compile(r"\b(?:\d+|two|three|four|five|ten)\s+(?:copies|sets|prints)$", re.I)


# check the wording / proof the numbers: an aspect of the thing the clause before names
ASPECT = re.compile(
    r"\bthe\s+(?:wording|tone|formatting|layout|numbers|figures|spelling|grammar|totals"
    r"|(?:first|next|second|last)\s+(?:batch|round|half))$",
    re.I,
)


# The clause before names the thing a party-only promise is about: リボン、在庫切れでした
# (問屋さんに注文しておきます) / 照明の機材、明日返却ですよね？(レンタル屋さんに返すの僕やります)
SETS_THE_THING = frozenset({Act.INFO, Act.DONE, Act.INFO_ASK})


NAMES_THE_THING = SETS_THE_THING | {Act.REQUEST}


_HONORIFIC_SUFFIX = LEXICON["HONORIFIC_SUFFIX"]


_PARTIES = LEXICON["PARTIES"] | LEXICON["OUTSIDERS"]


CONFIRM = "Confirm"


_REPLY_WORK = LEXICON["REPLY_WORK"]


_ADDRESS_MARKUP = ("[To:", "[rp ", "[toall]")


_SO = re.compile(r"^(?:so|and\s+so)\s", re.I)


# Clauses whose words name no thing to work on: 承知しました, ありがとう, どこでしたっけ?
# Verdicts that report a check done and name nothing (問題ないです, looks good).
_APPROVAL = frozenset({"looks good", "no problems found"})
_REASON_END = re.compile(r"(?:ので|から|ため)[、,]?\s*$")
_NO_THING = frozenset({Act.ACCEPT, Act.COURTESY, Act.INFO_ASK, Act.OFFER})
_CALL_OFF_ONLY = re.compile(
    r"^\W*(?:\w+,\s*)?(?:never\s*mind|nvm|scratch that|forget it|forget that)\b[\s\w]{0,12}\W*$",
    re.I,
)
# I'm swamped with the launch / I'm stuck on the counter: what keeps the sender busy
_OCCUPIED = frozenset({"busy", "the sender is swamped", "swamped with"})


def _sender_occupied(c: Clause, r: Reading) -> bool:
    """The clause says what keeps the sender (I / we) busy — not the thing a later ask is
    about (the deploy is blocked on the cert names a thing; I'm blocked on the audit does not)."""
    first = c.tokens[0].lemma if c.tokens else ""
    return r.rule in _OCCUPIED or (r.rule == "blocked" and first in ("i", "we"))


def party_only(title: str) -> bool:
    """問屋さんに注文 / 業者さんに交換の手配: work said with whom, not what (no を object)."""
    toks = ja_tokens(title)
    if not toks or any(t.lemma == "を" and t.cls == "c" for t in toks):
        return False
    k = next((k for k, t in enumerate(toks) if t.lemma == "に" and t.cls == "c"), -1)
    return 0 < k < 4 and toks[k - 1].lemma in _HONORIFIC_SUFFIX | _PARTIES


def _oblique(title: str) -> bool:
    """倉庫の予備と交換 / 藤井さんからお客様に確認: said with と, に, から or へ, no object."""
    toks = ja_tokens(title)
    if not toks or any(t.lemma in ("を", "は", "が") and t.cls == "c" for t in toks):
        return False
    return any(t.lemma in ("と", "に", "から", "へ") and t.cls == "c" for t in toks)


def _which_of(title: str) -> bool:
    """どちらの案で進めるか / どの日程がいいか: a choice among things named before."""
    toks = ja_tokens(title)
    return any(
        t.lemma in ("どちら", "どっち", "どの", "どれ") and k + 1 < len(toks)
        for k, t in enumerate(toks)
    )


def _done_before(mr: MessageReading, i: int) -> str:
    """What the last clause before ``i`` that reports work done (お送りしました) names."""
    for j in range(i - 1, -1, -1):
        if mr.readings[j].act == Act.DONE:
            obj = balanced(object_of(mr.clauses[j].analysis).strip("、,。 "))
            return obj if len(obj) <= 25 else ""
    return ""


# 内容 / 中身 / 数字: an aspect of a thing, which the ask does not name itself
_ASPECTS = frozenset({"内容", "中身", "詳細", "数字", "金額", "表記", "文言", "数値", "記載"})
# お二人で / 皆さんで / 各自で: who does it, said as how — no part of the work
_BY_WHOM = re.compile(r"^(?:お?二人|お?三人|皆さん|みなさん|みんな|皆|各自|全員)で\s*")


def _aspect_only(title: str) -> str:
    """お二人で内容の確認 → 内容の確認: an aspect of a thing and what to do with it, or ''."""
    rest = _BY_WHOM.sub("", title)
    toks = ja_tokens(rest)
    if len(toks) >= 3 and toks[0].lemma in _ASPECTS and toks[1].lemma in ("の", "を"):
        return rest
    return ""


def _thing_done_before(mr: MessageReading, i: int) -> str:
    """The thing the last report before ``i`` names, not where it was put (共有フォルダに
    上げてあります says where; テスト用データを作りました says what)."""
    for j in range(i - 1, -1, -1):
        if mr.readings[j].act != Act.DONE:
            continue
        obj = balanced(object_of(mr.clauses[j].analysis).strip("、,。 "))
        if obj and len(obj) <= 25 and not _where_or_when(mr.clauses[j].analysis, obj):
            return obj
    return ""


_EN_VERSION = re.compile(
    r"\bthe\s+(?:revised|new|updated|final|latest|corrected|signed)\s+(?:version|draft|copy)\b"
    r"(?!\s+of\b)",
    re.I,
)
_TOPIC_LABEL = re.compile(r"^(?:re|regarding)\s+(.{3,40})$", re.I)


def _topic_label(mr: MessageReading, i: int) -> str:
    """The thing a "re …" label before clause ``i`` names."""
    for j in range(i - 1, -1, -1):
        if (label := _TOPIC_LABEL.match(mr.clauses[j].text.strip(" :"))) is not None:
            return label.group(1)
    return ""


_JA_AMOUNT = re.compile(r"(?:あと)?\s*[0-9]+\s*(?:部|枚|個|セット|箱|冊|本|台)")


def _qualified_check(title: str) -> bool:
    """著者確認 / 最終チェック: a kind of check, with no thing of its own named."""
    toks = ja_tokens(title)
    return (
        1 < len(toks) <= 3
        and toks[-1].lemma in _CHECK_NOUNS
        and not any(t.cls == "c" for t in toks)
    )


_CHECK_NOUNS = frozenset({"確認", "チェック", "レビュー", "校正", "校閲", "承認"})


# 全部発送します / すべて返送します: a quantifier standing for the thing said before
_ALL_OF = re.compile(r"^(?:全部|全て|すべて|両方とも?|どちらも|いずれも)(?:を|の|、)?")


def amount_only(title: str) -> bool:
    """追加で10個買う: how many, and what to do, but not of what."""
    return _JA_AMOUNT.search(title) is not None and _no_thing(title)


def _no_thing(title: str) -> bool:
    """100枚追加で刷る / ME室に修理出す / 調理場と調整 / レイアウトへの流し込み: what to do,
    with whom or where, but no thing it is done to (no を, が or は, and every noun phrase
    but the action itself marked by a case particle)."""
    if not title:
        return True
    toks = [t for t in analyse(title).tokens if t.cls != "y"]
    if not toks or any(t.lemma in ("を", "が", "は") and t.cls == "c" for t in toks):
        return False
    k = 0
    while k < len(toks):
        if toks[k].cls not in "npxqs":
            k += 1
            continue
        end = k
        while end + 1 < len(toks) and toks[end + 1].cls in "npxqs":
            end += 1  # ME室, 100枚追加: one noun phrase
        rest = toks[end + 1 :]
        # followed by a case particle, or the action itself (修理 | 出す, 流し込み)
        if rest and rest[0].lemma not in _CASE and not all(t.cls in "va" for t in rest):
            return False
        k = end + 1
    return True


_CASE = frozenset({"に", "へ", "と", "から", "で", "まで"})


def _matter_named(mr: MessageReading, i: int) -> str:
    """先日いただいたご案内の件です。…A4で1枚お送りいただけると: the matter a clause before
    ``i`` announces (Xの件です) — its last noun phrase, without the honorific お/ご."""
    for c in mr.clauses[:i]:
        toks = [t for t in c.tokens if t.cls != "y"]
        k = next((k for k, t in enumerate(toks) if t.lemma == "件" and k > 1), -1)
        if k < 0 or toks[k - 1].lemma != "の" or not {t.lemma for t in toks[k + 1 :]} <= _IS:
            continue
        start = k - 1
        while start > 0 and toks[start - 1].cls in "nspf":
            start -= 1
        head = [t for t in toks[start : k - 1] if t.cls != "f"]
        if head and head[-1].cls in "nsp":
            return "".join(t.surface for t in head)
    return ""


_IS = frozenset({"です", "だ", "で", "ござる", "ます", "が", "けど"})


def _why(c: Clause) -> bool:
    """万国旗が切れていたので / 見積を出したので: a clause that gives the reason."""
    return c.text.rstrip("、, ").endswith(("ので", "から", "ため"))


def without(title: str, line: str, rest: str) -> str:
    """The title without the words that ``rest`` dropped from ``line`` (は瀬川さん)."""
    i = next((k for k, (a, b) in enumerate(zip(line, rest, strict=False)) if a != b), len(rest))
    said = line[i : i + len(line) - len(rest)].strip(" 、,\u3000")
    return (title.replace(said, "").strip() or title) if said else title


_TELL_ME_WHICH = re.compile(
    r"\b(?:tell|let)\s+(?:me|us)\s+(?:know\s+)?(?:which|whether|if|what|when)\b", re.I
)


def asks_reply(title: str) -> bool:
    """金曜までにお返事いただけると助かります / tell me which ones we can fix: the work is
    an answer."""
    if _TELL_ME_WHICH.search(title):
        return True
    toks = ja_tokens(title)
    content = [t for t in toks if t.cls in "nsv" and t.lemma not in ("する", "いただく")]
    return bool(content) and content[-1].lemma in _REPLY_WORK


_THEM = re.compile(r"\b(?:them|those|these)\b", re.I)
# A counted plural (3 discrepancies, two invoices): what "them" most likely stands for.
_COUNTED_PLURAL = re.compile(
    r"\b(?:[0-9]+|two|three|four|five|several|a few)\s+(?:[a-z-]+\s+)?[a-z-]+s\b", re.I
)


def _last_plural(text: str) -> str:
    """The last counted plural (3 discrepancies), not a count said aside in brackets
    (their pentest findings (12 items): the findings are the thing)."""
    bare = re.sub(r"\([^()]*\)", " ", text)
    found = _COUNTED_PLURAL.findall(bare) or _NAMED_PLURAL.findall(bare)
    return found[-1] if found else ""


# sent over their pentest findings: a plural named as someone's
_NAMED_PLURAL = re.compile(r"\b(?:their|our|your)\s+(?:[a-z-]+\s+)?[a-z-]+s\b", re.I)


_FAULT = LEXICON["FAULT"]


def _ja_fault(c: Clause) -> str:
    """The fault noun a Japanese report ends on (…開くと文字化けします → 文字化け), else ''."""
    if c.analysis.lang != "ja":
        return ""
    toks = [t for t in c.tokens if t.cls not in "yac"]
    while toks and toks[-1].lemma in ("する", "なる", "いる", "てる", "ある"):
        toks.pop()
    if not toks or toks[-1].lemma not in _FAULT or toks[-1].cls not in "ns":
        return ""
    k = len(toks) - 1
    while k > 0 and toks[k - 1].cls in "ns" and toks[k - 1].end == toks[k].start:
        k -= 1
    return "".join(t.surface for t in toks[k:])


_LOOKED = frozenset({"went through it", "looked over it"})
_FINISH_IT = re.compile(
    r"(?i)^(?:finish|complete|wrap up|get) (?:it|them|that)\b|^仕上げる|^終わらせる"
)
_ASK_CALLED_OFF = re.compile(r"(?:依頼|お願い)(?:は|を)?(?:キャンセル|取り消|取消|撤回|なし)")


def from_context(mr: MessageReading, i: int, previous: str, action: str) -> str:
    """Name implicit work from the clause before (修正しました。ご確認お願いします → 修正の確認)
    or, for a commitment that points back, from the message before. A clause that reports
    work done names it first (first proof is up … I kept the long captions. thoughts? → the
    proof)."""
    if i > 0 and _THEM.search(action) and (many := _last_plural(mr.clauses[i - 1].text)):
        return combine(many, action)  # stock count done: 3 discrepancies. I'll go through them
    if opened := _opened_on_an_id(mr, i):
        return combine(opened, action)  # #1427 なんですが、…再オープンしました。見てもらえますか
    done = [
        j
        for j in range(i - 1, -1, -1)
        # (went through reels 1–3 … can you lift them?: the look taken names no thing to fix)
        if (mr.readings[j].act == Act.DONE and mr.readings[j].rule not in _LOOKED)
        or _planned(mr, j)
    ]
    if i > 0 and _SO.match(mr.clauses[i].text):
        done = [i - 1]  # the lantern one still looks muddy, so I'll redo that: the one just said
    if _FINISH_IT.search(action):
        # the VLAN is configured, but the firewall rule is not yet. I will finish it: what is
        # left to finish is the thing not done
        left = [j for j in range(i - 1, -1, -1) if mr.readings[j].act == Act.NOT_DONE]
        done = left[:1] or done
    before = mr.clauses[i - 1] if i > 0 else None
    if before is not None and before.sentence == mr.clauses[i].sentence:
        found = any(t.lemma == "が" and t.cls == "c" for t in before.tokens)
        if _REASON_END.search(before.text) and found and not (done and _JA_LOOK.search(action)):
            # 校閲戻しました！表記ゆれが3ヶ所あったので、判断お願いします: what was found is the
            # thing (not 比較表を作ったので: a step done; not 来週は動けないので; not 指示書を上げ
            # ました。組み方が変わってるので目を通して: what is looked over is what came)
            done = [i - 1]
    aside = ""  # a place or a day the clause names: only if nothing names a thing
    looks = bool(_LOOK_AT.search(action))  # (a fault names the thing for a look, not "fix it")
    for j in [*done, *range(i - 1, -1, -1)]:
        if mr.readings[j].act in _NO_THING or mr.clauses[j].text.startswith(_ADDRESS_MARKUP):
            continue  # ([To:2]Kwame names who, not what)
        if mr.readings[j].rule in _APPROVAL:
            continue  # 見ました、問題ないです👍: a verdict on what was shown, no thing
        if mr.readings[j].rule == "sorry for the trouble":
            continue  # お手数をおかけいたしますが、ご対応のほど…: a courtesy, no thing
        if mr.readings[j].act == Act.CANCEL and (
            _CALL_OFF_ONLY.search(mr.clauses[j].text) or _ASK_CALLED_OFF.search(mr.clauses[j].text)
        ):
            # Sam, never mind then. Nadia could you file it instead?: no thing named;
            # 鶴見さんへのこの依頼はキャンセルで。代わりにお願いできますか: the ask, not a thing
            continue
        if _sender_occupied(mr.clauses[j], mr.readings[j]):
            continue  # I'm stuck on the Narita counter. could you take this one?: what keeps them
        if mr.readings[j].act == Act.INFO and _only_when(mr.clauses[j]):
            continue  # 画面が映らなくなりました…外付けモニタだと映ります。見てもらえますか？
        if _closes_on(mr.clauses[j]):
            continue  # 発注の締めが12/5なので、それまでに決めて: when, not the thing decided
        if _WHO_ONLY.match(mr.clauses[j].text):
            continue  # whoever is on call, could you take a look?: who is asked, no thing
        if (
            looks
            and mr.clauses[j].analysis.lang == "en"
            and (fault := _en_fault(mr.clauses[j].text))
        ):
            return f"{action}: {fault}"  # my laptop won't connect…, can someone take a look?
        obj = object_of(mr.clauses[j].analysis)
        if (
            "、" in obj
            and mr.readings[j].act == Act.DONE
            and not names_past_topic(mr, j)
            and (topic := comma_topic(mr.clauses[j]))
        ):
            # 輸入申告書、作成完了しました。明日提出します → 輸入申告書の提出 (but
            # Kim様の永住申請、理由書のドラフトができました: the draft is the thing)
            obj = topic
        if (fault := _ja_fault(mr.clauses[j])) and obj:
            # CSV出力をExcelで開くと文字化けします。…ご対応いただけますか: the fault is the thing
            obj = f"{obj.rsplit('、', 1)[-1]}の{fault}"
        if not names_a_thing(obj, mr.readings[j].act) or _REPORTED.match(mr.clauses[j].text):
            continue  # (「…」とのことです: what the caller said, not a thing)
        if _where_or_when(mr.clauses[j].analysis, obj):
            aside = aside or obj  # 共有フォルダに入れてあります / 3/19の午後をご希望です
            continue
        return combine(obj, action)
    if aside:
        return combine(aside, action)
    if previous:
        prev = read_message(previous)
        if echoed := _echoed(prev, action):
            return echoed  # [rp これ、HPにも載せたほうがいいですかね？] これ載せといてもらえる？
        pairs = list(zip(reversed(prev.clauses), reversed(prev.readings), strict=True))
        # キッチンの扉の色ですが、AとBどっちがいいか迷ってます: the topic opened is the thing
        topics = [p for p in reversed(pairs) if _TOPIC_CLAUSE.search(p[0].text)]
        # フィラリア予防薬の在庫、残りわずかです。いま卸さんに確認中です: the thing the message
        # opens on, not the step under way
        opening = [
            p
            for p in reversed(pairs)
            if p[1].act == Act.INFO and comma_topic(p[0]) and not prev.has(Act.REQUEST)
        ]  # (…入稿されてました。CMYKへの変換が必要です: the need is the thing)
        for c, r in [
            *(p for p in pairs if p[1].act == Act.DONE),
            *topics[:1],
            *opening[:1],
            *pairs,
        ]:
            obj = object_of(c.analysis) if r.act not in _NO_THING else ""
            if names_a_thing(obj, r.act) and not _located(c.analysis):
                return combine(obj, action)
    return ""


def _echoed(prev: MessageReading, action: str) -> str:
    """The phrase of a question that a bare ask answers in its own verb: これ、HPのお知らせにも
    載せたほうがいいですかね？ → 載せといてもらえる？ asks to put it on the HP's notices."""
    toks = [t for t in analyse(action).tokens if t.cls != "y"]
    if len(toks) != 1 or toks[0].cls != "v" or toks[0].lemma in _PLAIN:
        return ""
    verb = toks[0].lemma
    for c, _ in prev.clauses_of(Act.INFO_ASK):
        ct = list(c.tokens)
        k = next((k for k, t in enumerate(ct) if t.lemma == verb and t.cls == "v"), -1)
        if k <= 0:
            continue
        start = next((j + 1 for j in range(k) if ct[j].surface in ("、", ",")), 0)
        head = [t for t in ct[start:k] if not (t.lemma == "も" and t.cls == "c")]
        if head and any(t.cls in "nsp" for t in head):
            return "".join(t.surface for t in head) + verb
    return ""


_PLAIN = LEXICON["PLAIN_VERBS"]
_DEADLINE_NOUN = LEXICON["DEADLINE_NOUN"]
_TOPIC_CLAUSE = re.compile(r"^[^、。]{2,30}(?:ですが|の件ですが|の件で|については)[、,]\s*$")


# A ticket, a code or a file: an identifier names the thing outright.
_AN_ID = re.compile(r"#\s?[0-9]+|\b[A-Z]{2,}[-_]?[0-9]+\b|\w\.(?:xlsx|docx|pdf|pptx|csv)\b")


def _opened_on_an_id(mr: MessageReading, i: int) -> str:
    """#1427 なんですが、手順3でまだ落ちます。チケットは再オープンしました。見てもらえますか:
    the message opened on a ticket by its number — that is the thing to look at, whatever
    the clauses between report."""
    for j in range(i):
        c = mr.clauses[j]
        if c.text.startswith(_ADDRESS_MARKUP):
            continue
        if not _TOPIC_CLAUSE.search(c.text) or not _AN_ID.search(c.text):
            return ""
        obj = object_of(c.analysis)
        return obj if _AN_ID.search(obj) else ""
    return ""


def _only_when(c: Clause) -> bool:
    """外付けモニタだと映ります / 有線なら繋がります: how the trouble behaves under a
    condition, not the thing that needs the work."""
    toks = c.tokens
    for k, t in enumerate(toks):
        if t.cls == "v":
            return False  # (画面がちらつくようになりました…HDMIだと映ります: the trouble first)
        if (t.lemma == "だ" and k + 1 < len(toks) and toks[k + 1].lemma == "と") or (
            t.lemma == "なら" and k > 0 and toks[k - 1].cls in "np"
        ):
            return True
    return False


def _closes_on(c: Clause) -> bool:
    """締めが12/5なので / 期限は金曜です: the clause says when something closes."""
    toks = c.tokens
    return any(
        t.lemma in _DEADLINE_NOUN and k + 1 < len(toks) and toks[k + 1].lemma in ("が", "は")
        for k, t in enumerate(toks)
    )


def named_after(mr: MessageReading, i: int, action: str) -> str:
    """ptal — firmware 3.4.1 fixes the lidar dropout: a bare ask, then in the same sentence
    the report of the thing it is about."""
    if i + 1 >= len(mr.clauses) or mr.clauses[i + 1].sentence != mr.clauses[i].sentence:
        return ""
    if mr.readings[i].act != Act.REQUEST:
        return ""  # (I'll take a stab at it tonight, no promises: a hedge, no thing)
    if mr.readings[i + 1].act not in (Act.INFO, Act.DONE):
        return ""
    obj = object_of(mr.clauses[i + 1].analysis)
    return combine(obj, action) if names_a_thing(obj, mr.readings[i + 1].act) else ""


def _located(a: Analysis) -> bool:
    """用紙は事務室の棚の上段にあります: where a thing is kept, not the thing to work on."""
    toks = a.tokens
    return (
        a.lang == "ja"
        and any(t.lemma == "ある" for t in toks[-4:])
        and any(t.lemma == "に" and t.cls == "c" for t in toks)
    )


def _planned(mr: MessageReading, j: int) -> bool:
    """花束の色、私が確認する予定でしたが: the work someone meant to do names the thing."""
    return mr.clauses[j].analysis.lang == "ja" and any(
        t.lemma in ("予定", "つもり") for t in mr.clauses[j].tokens
    )


_REPORTED = re.compile(rf"^(?:{QUOTE_MARK}|「[^」]*」)\s*(?:と|って)(?:のこと|言|おっしゃ|聞)")
_EN_DAY_ONLY = re.compile(r"^(?i:on|at|by|from|until|till|before|after)\s+[\d/:.\s]+$")
_DAY_ONLY = re.compile(
    r"^[\d０-９/／月日年()（）月火水木金土祝・\s]+(?:の)?(?:午前|午後|朝|昼|夕方|夜|中|以降)?$"
)


def _where_or_when(a: Analysis, obj: str) -> bool:
    """共有フォルダの「現況届」に入れてあります names where the thing is, 3/19(月)の午後を
    ご希望です when: neither is the thing a pointer means."""
    if _DAY_ONLY.match(obj):
        return True
    if a.lang != "ja":
        return _EN_DAY_ONLY.match(obj) is not None  # We open the new chair on 6/14: when
    toks = a.tokens
    k = next((k for k, t in enumerate(toks) if t.cls == "c" and not _of_or_a_day(toks, k)), -1)
    if k < 0 or toks[k].lemma not in ("に", "へ"):
        return False
    return k + 1 >= len(toks) or toks[k + 1].lemma not in _ABOUT  # (…について: a topic)


_ABOUT = frozenset({"つく", "関する", "対する", "係る", "向ける"})


def _of_or_a_day(toks: tuple[Token, ...], k: int) -> bool:
    """の, a particle before の, or the particle of a day (3/18(日)に): none says where the
    thing went."""
    if toks[k].lemma == "の" or (k + 1 < len(toks) and toks[k + 1].lemma == "の"):
        return True  # (ご両親への花束: への joins two nouns)
    return k > 0 and (toks[k - 1].cls == "q" or toks[k - 1].surface in ")）")


def with_its_thing(
    mr: MessageReading, i: int, c: Clause, title: str, ask: Reading | None = None
) -> tuple[str, int | None]:
    """Clause ``i``'s title (``c`` as read) with the thing a clause before names, and which.

    各自の担当分を埋めてください after チェックリストを載せました → チェックリストの担当分;
    原因を調べます after 夜間バックアップが失敗しているので → 夜間バックアップの原因;
    問屋さんに注文しておきます after リボン、在庫切れでした → リボンを問屋さんに注文;
    print 60 copies / sanity-check the wording → of the thing the clause before names.
    ``ask``: the clause's reading when it asks someone for work (not a courtesy); only an
    ask takes the thing from an earlier topic (…までにいただけますでしょうか), since a promise
    after a report is often the next step on the thing reported."""
    title = HEADING.sub("", title)  # 【引き継ぎ】302号室…: a label, not the work
    if i == 0:
        return title, None
    before, act_before = mr.clauses[i - 1], mr.readings[i - 1].act
    same_sentence = before.sentence == c.sentence
    thing_at: int | None = None
    if SHARE_OF.match(title) and act_before in NAMES_THE_THING:
        obj = object_of(before.analysis)
        if obj and len(obj) <= 20:
            title = f"{obj}の{title}"
    elif title.startswith(VERSION) and (obj := object_of(mr.clauses[0].analysis).split("、")[0]):
        # 市民文化祭のポスター、日付の修正が来ました。…修正版のPDFをもらえますか: a version
        # of the thing the message opened with
        if len(obj) <= 20 and not obj.startswith(VERSION):
            title = f"{obj}の{title}"
    elif _which_of(title) and (obj := _done_before(mr, i)):
        # デザイン案（2案）をお送りしました。どちらの案で進めるかお返事を: which of those
        title = f"{obj}、{title}"
    elif title.startswith(_INSTEAD) and (obj := object_of(before.analysis)) and len(obj) <= 20:
        title = f"{obj}の{title}"  # クッキーが欠品だそうです。代わりを探します
    elif c.analysis.lang == "ja" and (rest := _ALL_OF.sub("", title)) != title and rest:
        # 年賀状の印刷、3件入りました。年内に全部発送します: all of the thing said before
        topic = topic_before(mr, i) or object_of(before.analysis)
        if topic and len(topic) <= 20:
            title = with_topic(topic, rest)
    elif c.analysis.lang == "ja" and _JA_AMOUNT.fullmatch(title) and (topic := topic_before(mr, i)):
        # メニュー表、サイズはA5で合ってますか？あと60部お願いします: that many of the topic
        title = f"{topic}を{title}"
    elif (
        c.analysis.lang == "ja"
        and _qualified_check(title)
        and act_before in (Act.DONE, Act.INFO)
        and (topic := comma_topic(before))
        and len(topic) <= 20
    ):
        # 初校ゲラ、赤字入れて上げてあります。著者確認を5営業日以内に: the check of that thing
        title = f"{topic}の{title}"
    elif (
        c.analysis.lang == "ja"
        and ask is not None
        and (aspect := _aspect_only(title))
        and (obj := _thing_done_before(mr, i))
    ):
        # テスト用データを作りました。…お二人で内容のご確認お願いします → the data's 内容
        title = f"{obj}の{aspect}"
    elif (
        c.analysis.lang == "ja"
        and _FOR_IT.match(title)
        and (obj := object_of(before.analysis).split("、")[-1])
        and len(obj) <= 15
    ):
        # えび・かにアレルギーの方が2名います。対応メニュー、…相談して → アレルギー対応メニュー
        title = f"{obj}{title}"
    elif title.startswith(RELATIONAL) and same_sentence:
        obj = object_of(before.analysis)
        if obj:
            title = f"{obj}の{title}"
    elif party_only(title) and act_before in SETS_THE_THING | {Act.NOT_DONE}:
        # スタンド花用のリボン、在庫切れ → リボン (霜取りが効かない → 霜取り): the head noun,
        # not the words of the task it belongs to
        parts = object_of(before.analysis).split("、")
        obj = parts[0].split("の")[-1]
        if obj in NOT_A_TOPIC and len(parts) > 1:
            obj = parts[1]  # 先日の発注の件、見積書の宛名が…: the thing after the matter named
        if obj and obj not in NOT_A_TOPIC and len(obj) <= 12:
            title = f"{obj}を{title}"
            thing_at = i - 1
    elif same_sentence and act_before in SETS_THE_THING and _why(before) and _oblique(title):
        # 万国旗が1本切れていたので、倉庫の予備と交換して → 万国旗を倉庫の予備と交換: the
        # reason names the thing, the ask only what to do with it and with whom
        obj = object_of(before.analysis)
        # (週明けに北条さんへ渡すので: where it goes, not the thing)
        if (
            obj
            and len(obj) <= 15
            and not party_only(f"{obj}に")
            and not _where_or_when(before.analysis, obj)
        ):
            title = f"{obj}を{title}"
    elif (
        c.analysis.lang == "ja"
        and ask is not None
        and _no_thing(title)
        and (missing := still_missing(mr, i))
    ):
        # 経費精算、領収書がまだ3件出ていません。…提出お願いします → 領収書の提出: what is
        # still missing is what the ask is for
        title = with_topic(missing, title)
    elif c.analysis.lang == "ja" and ask is not None and _no_thing(title):
        # 点滴スタンド、キャスターがガタついてます。ME室に修理出しときます / 申込書、なくなり
        # そうです。100枚追加で刷ってもらえますか: the topic an earlier clause opened with
        at = next((j for j in range(i - 1, -1, -1) if comma_topic(mr.clauses[j])), None)
        topic = comma_topic(mr.clauses[at]) if at is not None else ""
        if (
            at is not None
            and mr.readings[at].act == Act.DONE
            and names_past_topic(mr, at)
            and all(t.cls == "s" for t in ja_tokens(title))
        ):
            # 西條様の在留申請、申請書の下書きができました。ご確認お願いします: the draft
            # after the topic is the thing, and the context step names it
            topic = ""
        if at is not None and (stock := stock_after_topic(mr.clauses[at])):
            topic = f"{topic}の{stock}"  # 吉祥寺、カラー剤の在庫がやばいです → 吉祥寺のカラー剤
        # (明日の朝食を6時半に早められないかとご相談がありました。調理場と調整お願いできますか:
        # with no topic, what the report before the ask wants changed)
        topic = topic or (wo_object(before) if act_before == Act.INFO else "")
        topic = topic or _matter_named(mr, i)
        if topic:
            title = with_topic(topic, title)
    if c.analysis.lang != "en":
        return title, thing_at
    if COPIES.search(title):
        # …permission slips need to go home today, could you print 60 copies by noon?
        obj = object_of(before.analysis)
        if obj and same_sentence:
            the = "" if obj.lower().startswith("the ") else "the "
            title = f"{title} of {the}{obj}"
    elif (v := _EN_VERSION.search(title)) and (topic := _topic_label(mr, i)):
        # re the consent form: I should be able to get the revised version to Priya → the
        # revised version of the consent form
        title = f"{title[: v.end()]} of {topic}{title[v.end() :]}"
    elif _TICKET.fullmatch(title) and (proposal := _proposed(mr, i)):
        # we should probably pin numpy <3 before 3.2 … I'll open a PR → a PR to pin it
        title = f"{title} to {proposal}"
    elif (
        _CHECK_PARTS.match(title)
        and len(title.split()) > 2  # (a bare "review" takes its thing later, from context)
        and act_before == Act.DONE
        and _ATTACHED.search(before.text)
        and (obj := object_of(before.analysis))
        and len(obj) <= 30
        and obj.lower() not in title.lower()
    ):
        # B/L draft attached 📎 pls check the consignee + notify party: the fields checked
        # are of the thing just sent
        title = f"{obj}: {title}"
    elif ASPECT.search(title):
        # cover letter v1 is done. could you sanity-check the wording: the wording of it
        obj = object_of(before.analysis)
        if obj and len(obj) <= 40 and act_before in NAMES_THE_THING:
            the = "" if obj.lower().startswith("the ") else "the "
            title = f"{title} of {the}{obj}"
    return title, thing_at


_CHECK_PARTS = re.compile(r"^(?:check|review|confirm|verify|proofread|look over|go over)\b", re.I)
_ATTACHED = re.compile(r"\b(?:attached|enclosed|uploaded|is up|are up)\b", re.I)


# open a PR / file a ticket: a vehicle for the work, named by what was proposed before it
_TICKET = re.compile(
    r"(?:open|file|raise|put up|create|make|send)\s+(?:a|an|the)?\s*"
    r"(?:pr|pull request|mr|merge request|ticket|issue|bug)",
    re.I,
)
_WE_SHOULD = re.compile(
    r"^(?:i think\s+)?(?:we|you)\s+(?:should|could|might want to|need to)\s+"
    r"(?:probably\s+|just\s+)?"
    r"(?P<work>(?:[^,.;!?]|(?<=[0-9])\.(?=[0-9])){3,60})",  # (3.2: a version, not a stop)
    re.I,
)


def _proposed(mr: MessageReading, i: int) -> str:
    """The work a clause before proposes (we should probably pin numpy <3 before 3.2)."""
    for j in range(i - 1, -1, -1):
        if (m := _WE_SHOULD.match(mr.clauses[j].text.strip())) is not None:
            return m.group("work").strip()
    return ""


# my laptop won't connect to the office wifi since friday: the fault is the thing to look at
_EN_FAULT = re.compile(
    r"^(?:hi\s+\w+,?\s+)?(?:my|our|the|this|that)?\s*(?P<fault>[\w' -]{2,40}?\s+"
    r"(?:won't|can't|cannot|doesn't|does not|isn't|is not|keeps|stopped|no longer"
    r"|(?:is|are)(?=\s+\w+ing\s+again\b)|(?:is|are)(?=\s+(?:broken|down|dead|stuck|frozen)\b))"
    r"\s+(?!(?:have|has|need|come with)\b)[^.,;!?]{2,60}?)"  # (doesn't have the app: a lack)
    r"(?=\s+(?:since|after|when|because|for the last|again)\b|[.,;!?]|$)",
    re.I,
)


_JA_LOOK = re.compile(r"目を通す|見る|確認|チェック|目通し")
_LOOK_AT = re.compile(r"\b(?:look|looked|check|see|investigate|troubleshoot|diagnose)\b", re.I)
# whoever is on call / anyone free: a clause that only says who is asked
_WHO_ONLY = re.compile(r"^\s*(?:whoever|anyone|anybody|someone|somebody)\b[^,.;!?]{0,30}$", re.I)


def _en_fault(text: str) -> str:
    m = _EN_FAULT.match(text.strip())
    return m.group("fault").strip() if m else ""
