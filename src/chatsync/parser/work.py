"""Stage 4a: the work a request or commitment names, as a sheet-cell title.

Japanese puts the work before the predicate (見積書の作成を | お願いします), English
after it (Could you | send the invoice). The title is that phrase's morphemes with
what is not the work taken out — dates and their particles, fillers (あとで, 至急),
the sender (私が), vocatives (田中さん、), greetings, prefixes (ご確認 → 確認) and
the request's own machinery — and the object + action noun read as a noun phrase
(議事録を共有 → 議事録の共有; 請求書を送って → 請求書を送る).

This module finds the Japanese work phrase and the thing a statement is about (object_of);
what is cut from the phrase's edges and how it renders are in :mod:`work_trim`, English
titles are built in :mod:`work_en`, and a bare action is joined with the thing said
elsewhere in :mod:`combine`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chatsync.parser.acts import Act, Reading
from chatsync.parser.morph import Analysis, Token
from chatsync.parser.phrase import TITLE_MAX, Work
from chatsync.parser.phrase import join_tokens as _join
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work_en import en_object, en_work
from chatsync.parser.work_trim import (
    LIGHT as _LIGHT,
)
from chatsync.parser.work_trim import (
    apart_lead as _apart_lead,
)
from chatsync.parser.work_trim import (
    basis_lead as _basis_lead,
)
from chatsync.parser.work_trim import (
    content as _content,
)
from chatsync.parser.work_trim import (
    drop_inner as _drop_inner,
)
from chatsync.parser.work_trim import (
    render as _render,
)
from chatsync.parser.work_trim import (
    strip_lead as _strip_lead,
)
from chatsync.parser.work_trim import (
    strip_tail as _strip_tail,
)
from chatsync.parser.work_trim import (
    without_condition as _without_condition,
)
from chatsync.parser.work_trim import (
    without_reminder as _without_reminder,
)
from chatsync.parser.work_trim import (
    without_spans as _without_spans,
)

__all__ = [
    "ASK_BACK",
    "REACH",
    "STOCK_TOPIC",
    "TITLE_MAX",
    "Work",
    "en_work",
    "ja_work",
    "object_of",
]

_TELL = LEXICON["TELL"]
_SELF = LEXICON["SELF"]
_TIME = LEXICON["TIME"]
REACH = frozenset({"電話", "連絡", "メール", "一報", "報告"})
_CHECK_FIRST = frozenset({"確認", "チェック", "拝見", "見る"})
_POINTERS = LEXICON["POINTERS"]
_WRITTEN_POINTERS = frozenset({"上記", "下記"})  # 上記よろしくお願いします: the text above
_EARLIER = LEXICON["EARLIER"]
_REASONS = LEXICON["REASONS"]
_FRAMING = LEXICON["FRAMING"]
_NOT_TOPIC = _TIME | LEXICON["PARTIES"] | LEXICON["HONORIFIC_SUFFIX"]
_HONORIFIC_SUFFIX = LEXICON["HONORIFIC_SUFFIX"]
_DO = LEXICON["DO"]
_SERVICE = LEXICON["SERVICE"]


# 配送不可地域の一覧はご送付 (…は今月中にご送付いただけますと): the topic, then only the
# action noun — the action of the topic
_TOPIC_THEN_ACTION = re.compile(r"^(\S{2,30}?)は[ごお]?([一-龥]{2,4})$")


def ja_work(a: Analysis, reading: Reading, spans: Sequence[tuple[int, int]] = ()) -> Work:
    """The work before the predicate of a Japanese clause."""
    toks = list(a.tokens)
    end = reading.pred
    action_head = end < len(toks) and _content(toks[end]) and toks[end].cls != "f"
    if action_head:
        end += 1  # 再実行 | します, 見 | ておきます: the predicate's own action
    other = _other_subject(toks[:end])
    body = _without_spans(toks[:end], spans)
    body = body[_basis_lead(body) :]  # (これを元に: the これ points at the basis, not the work)
    body = body[_apart_lead(body) :]  # (それとは別で: the それ is the other work, not this one)
    body = _without_reminder(body)
    body, earlier = _without_earlier(body)
    pointer = earlier or any(
        t.lemma in _POINTERS
        and (t.cls == "r" or t.lemma in _WRITTEN_POINTERS)
        and not _side(body, k)
        for k, t in enumerate(body)
    )
    body = _drop_pointers(body)
    reason, body = _split_reason(body)
    conditional = False
    if reading.act == Act.COMMITMENT:
        # 修正があれば私が対応します: the condition is no part of what is promised.
        body, conditional = _without_condition(body)
    body = _strip_tail(_drop_inner(_strip_lead(body)))
    body = _strip_lead(body)
    if not body:
        return Work("", True, pointer, other)
    head = toks[end - 1] if action_head else None
    act_named = head is not None and head.lemma in _DO and body[-1] is head
    if act_named:
        short = _nominalised(body)  # 返すの(僕)やります → 返す: the act is the work
        act_named = short is not body
        body = short
    topic = _comma_topic(reason) if reason and _no_object(body, head) else []
    if topic:
        # リリースノート、#412 は書かなくていいので残りの差分で作って: the topic before the
        # reason is what the work makes (残りの差分で is only how)
        wo = Token("を", "を", "c", "", topic[-1].end, topic[-1].end, "")
        body = [*topic, wo, *body]
    elif (
        reason
        and reading.rule != "needed"  # (…ので請求書の原本が必要です: the thing itself, no action)
        and (_bare([t for t in body if t is not head]) or _no_object(body, head))
    ):
        # 数字が1か所違ってたので直して / ラベルが剥がれかけてるのでテプラで作り直しておきます:
        # the thing the work is about is in the reason (テプラで is only how).
        obj = _reason_object(reason)
        if obj:
            o = obj[-1]
            # 在庫が少ないので発注をかけて → 在庫の発注をかける (one を to a verb)
            mark = "の" if any(t.lemma == "を" and t.cls == "c" for t in body) else "を"
            wo = Token(mark, mark, "c", "", o.end, o.end, "")
            body = [*obj, wo, *body]
    # Two pieces of work are two promises (単価表を更新して、先方に送付します); a request's
    # て-chain is the steps of one job (内容を確認して、押印申請をお願いします).
    coordinate = reading.act == Act.COMMITMENT and not conditional
    pieces = _coordinated(body) if coordinate else [body]
    p = reading.pred
    if len(pieces) == 1 and p >= 2 and toks[p - 1].lemma == "まで" and toks[p - 2].cls == "s":
        pieces = _through(body)  # コピーして配布までお願い: each step up to the last
    if len(pieces) == 1:  # 室内清掃とナンバーの取り付けは僕がやります: two action nouns
        pieces = _noun_pair(body)
    if len(pieces) == 1 and len(spans) >= 2:
        pieces = _dated_pair(body, spans)  # 喪失届を今週中に、離職票は来週火曜までに: each its day
    titles = tuple(t for t in (_render(a.text, _strip_tail(p)) for p in pieces) if t)
    title = titles[0] if len(titles) > 1 else _render(a.text, body)
    title = _TOPIC_THEN_ACTION.sub(r"\1の\2", title)  # 一覧はご送付 → 一覧の送付
    things = [t for t in body if t is not head]
    transfer = any(t.lemma in _TRANSFER for t in body)
    bare = not act_named and _bare(things, transfer)
    return Work(title, bare, pointer, other, titles if len(titles) > 1 else ())


def _noun_pair(body: list[Token]) -> list[list[Token]]:
    """席次表の校正と、引出物の数の最終確認 → two works: two action nouns joined by と and a
    comma (without the comma, 見積と請求書の確認 is one check of two things)."""
    for i in range(1, len(body) - 2):
        t, comma = body[i], body[i + 1]
        if not (t.lemma == "と" and t.cls == "c"):
            continue
        if comma.surface in ("、", ","):
            first, second = body[:i], _strip_tail(body[i + 2 :])
            # (売上の集計と、ロスの花の記録をまとめる: the second with its own object and verb)
            own_verb = (
                bool(second) and second[-1].cls == "v" and any(x.lemma == "を" for x in second)
            )
            named = bool(second) and (second[-1].cls in "sn" or own_verb)
            if body[i - 1].cls == "s" and named and len(first) > 1:
                return [first, second]
        elif body[i - 1].cls == "s" and i > 1 and body[i - 2].cls in "nsp":
            # 準備書面の誤字チェックと証拠番号の振り直し: each side its own thing and action
            second = body[i + 1 :]
            topic = next(
                (k for k, x in enumerate(second) if x.lemma in ("は", "が") and x.cls == "c"), None
            )
            second = _strip_tail(second[:topic])  # (…の取り付けは僕が: the work, not who)
            nos = [k for k, x in enumerate(second) if x.lemma == "の" and x.cls == "c"]
            no = nos[-1] if nos else 0
            action = second[no + 1 :]
            own = no > 0 and second[no - 1].cls in "nsp"
            if own and action and all(x.cls in "svn" for x in action):
                return [body[:i], second]
        elif _nominalised_verb(body, i - 1):
            # 消し込みと領収書の発行: an action said as a verb, then a thing and its action
            second = _strip_tail(body[i + 1 :])
            nos = [k for k, x in enumerate(second) if x.lemma == "の" and x.cls == "c"]
            if nos and second[-1].cls == "s" and second[nos[-1] - 1].cls in "nsp":
                return [body[:i], second]
    return [body]


def _nominalised_verb(body: list[Token], k: int) -> bool:
    """消し込み / 洗い出し / 書き起こし: a verb's 連用形 and a nominal suffix, an action."""
    return (
        k >= 1
        and body[k].cls == "x"
        and "名詞的" in body[k].pos
        and body[k - 1].cls == "v"
        and "連用形" in body[k - 1].pos
    )


def _dated_pair(body: list[Token], spans: Sequence[tuple[int, int]]) -> list[list[Token]]:
    """資格喪失届を今週中に、離職票は来週火曜までにお願いします (the days already cut out):
    two things, each marked by を or は before the comma, are two jobs with a day each."""
    for i in range(2, len(body) - 1):
        mark, comma = body[i - 1], body[i]
        if comma.surface not in ("、", ",") or not (mark.cls == "c" and mark.lemma in ("を", "は")):
            continue
        if not any(comma.start - 1 <= e <= comma.start for _, e in spans):
            continue  # (目標設定シートを、11/27までに各自提出: one job, its day after the comma)
        second = body[i + 1 :]
        k = next((k for k, t in enumerate(second) if t.cls == "c" and t.lemma in ("は", "を")), -1)
        thing = second[:k] if k >= 0 else second  # (the は may have gone with the day)
        if thing and all(t.cls in "nspqx" or t.lemma == "の" for t in thing):
            return [body[: i - 1], thing + (second[k + 1 :] if k >= 0 else [])]
    return [body]


def _coordinated(body: list[Token]) -> list[list[Token]]:
    """単価表を更新して、先方に送付 → [単価表を更新, 先方に送付]: a work verb's て-form and a
    comma join two pieces of work, each with content of its own."""
    for i in range(1, len(body) - 2):
        t, comma = body[i], body[i + 1]
        if not (t.lemma == "て" and t.cls == "c" and comma.surface in ("、", ",")):
            continue
        verb = body[i - 1]
        if verb.lemma == "する" and i >= 2:
            verb = body[i - 2]
        if verb.cls not in "vs" or verb.lemma in _LIGHT or verb.lemma in _FRAMING:
            continue
        first, second = body[:i], body[i + 2 :]
        if _only_reaching(second):
            continue  # 候補日を出して、今週中にお電話します: the call delivers them, one job
        if verb.lemma in _CHECK_FIRST:
            continue  # データ確認して、夕方にはお見積りお送りします: the check before the job
        if verb.lemma in REACH and any(x.lemma in ASK_BACK for x in second):
            continue  # 篠崎様に連絡して、ご在宅の日を聞いておきます: reaching them to ask, one job
        if any(_content(x) for x in second) and any(_content(x) for x in first):
            return [first, *_coordinated(second)]
    return [body]


# 連絡して…聞いておきます: reaching someone to ask them something is one job
ASK_BACK = frozenset({"聞く", "訊く", "伺う", "尋ねる", "確認", "聞き取る"})


def _only_reaching(piece: list[Token]) -> bool:
    """お電話 / ご連絡 / メール alone (a day and an honorific aside): how the work before it
    reaches someone, not work of its own."""
    content = [t for t in piece if _content(t) and t.lemma not in _TIME and t.cls != "f"]
    return len(content) == 1 and content[0].lemma in REACH


def _through(body: list[Token]) -> list[list[Token]]:
    """チラシ60枚、コピーして配布(まで) → [チラシ60枚、コピー, チラシ60枚、配布]: "up to the
    last step" makes a て-chain two jobs on one thing."""
    for i in range(len(body) - 2, 1, -1):
        if body[i].lemma == "て" and body[i].cls == "c" and body[i - 1].lemma == "する":
            verb = i - 2
            if body[verb].cls != "s" or not any(_content(t) for t in body[i + 1 :]):
                return [body]
            thing = body[:verb]
            while thing and thing[-1].cls in "cy":
                thing = thing[:-1]  # (…に / を / 、 before the first step)
            if not thing:
                return [body[: i - 1], body[i + 1 :]]
            no = Token("の", "の", "c", "", thing[-1].end, thing[-1].end, "")
            return [body[: i - 1], [*thing, no, *body[i + 1 :]]]
    return [body]


def _split_reason(body: list[Token]) -> tuple[list[Token], list[Token]]:
    """A reason inside the clause (no comma) and the rest: 終わらなかったので | 明日やります.
    The reason is no part of the work, but may name its thing (数字が違ってたので | 直して)."""
    for i in range(len(body) - 2, 0, -1):
        t = body[i]
        reason = t.cls == "c" and t.lemma in _REASONS and body[i - 1].cls in "vaj"
        nominal = t.lemma == "だ" and body[i - 1].lemma == "の" and body[i - 2 : i - 1]
        if reason or (nominal and body[i - 2].cls in "vaj"):
            return body[:i], body[i + 1 :]
    return [], body


def _comma_topic(reason: list[Token]) -> list[Token]:
    """ストアのリリースノート、… → ストアのリリースノート: nouns, then a comma, opening it."""
    for i, t in enumerate(reason):
        if t.surface in ("、", ","):
            head = reason[:i]
            if head and head[-1].lemma in ("だけ", "のみ") and head[-1].cls == "c":
                head = head[:-1]  # 小梁 B3-12 の継手位置だけ、…ので300ずらして: that one thing
            if head and all(x.cls in "snpxcqy" for x in head) and head[-1].cls in "snp":
                return head if head[-1].lemma not in _TIME else []
            return []
    return []


def _no_object(body: list[Token], head: Token | None) -> bool:
    """No を-object and no noun right before the verb (残りの差分で作って, not 資料作って)."""
    if any(t.lemma == "を" and t.cls == "c" for t in body):
        return False
    verbs = [k for k, t in enumerate(body) if t.cls == "v" or t is head]
    if not verbs:
        return False
    k = verbs[-1]
    return k > 0 and body[k - 1].cls in "cq"  # (300ずらして: an amount, no object)


def _reason_object(reason: list[Token]) -> list[Token]:
    """The thing a reason clause is about: 数字が1か所違ってたので → 数字; 問い合わせ3件、
    チケットに振っておいたので → 問い合わせ3件 (the topic before the comma)."""
    for marks in (("が", "を", "は"), ("、", ",")):
        for i, t in enumerate(reason):
            if i > 0 and ((t.lemma in marks and t.cls == "c") or t.surface in marks):
                head = _strip_tail(_drop_inner(_strip_lead(reason[:i])))
                if head and any(x.cls in "nsp" and not _when(x) for x in head):
                    return head
    # 来週の火曜、SEMの予約まだ取れてないので: the noun phrase right before the predicate
    verb = next((k for k in range(len(reason) - 1, -1, -1) if reason[k].cls == "v"), -1)
    k = verb - 1
    while k >= 0 and reason[k].cls == "d":
        k -= 1
    end = k + 1
    while k >= 0 and (reason[k].cls in "nspqx" or (reason[k].lemma == "の" and k > 0)):
        k -= 1
    head = reason[k + 1 : end]
    if head and head[0].lemma != "の" and any(x.cls in "nsp" and not _when(x) for x in head):
        return head
    return []


def _when(t: Token) -> bool:
    """A time word (来週, 火曜): when, never the thing."""
    return t.lemma in _TIME or "副詞可能" in t.pos


_SIDES = frozenset({"こちら", "そちら", "こっち", "そっち"})
_EDGE_NOUNS = LEXICON["EDGE_NOUNS"]


def _side(body: list[Token], k: int) -> bool:
    """こちらで収録を手配します: こちら + で is whose side does it, no pointer to a thing;
    そちらのカルテにある所見 is the listener's record, named right after it."""
    if body[k].lemma not in _SIDES or k + 1 >= len(body):
        return False
    if body[k + 1].lemma in ("で", "から"):
        return True
    after = body[k + 2] if k + 2 < len(body) else None
    return (
        body[k + 1].lemma == "の"
        and after is not None
        and after.cls in "ns"
        and after.lemma not in _EDGE_NOUNS
    )


def _without_earlier(body: list[Token]) -> tuple[list[Token], bool]:
    """上の件 / さっきの件 / 昨日の件 point at what was said before, like この件 (a pointer);
    例の図面 names the thing, and 例の only says it was mentioned."""
    for k in range(len(body) - 1):
        if body[k].lemma in _POINTERS and body[k].cls in "rt" and body[k + 1].lemma == "件":
            return [*body[:k], *_after_pointer(body[k + 2 :])], True  # この件、チェック…
        if k + 2 >= len(body):
            break
        t, no, head = body[k], body[k + 1], body[k + 2]
        if not (no.lemma == "の" and no.cls == "c" and head.cls in "ns"):
            continue
        if t.lemma not in _EARLIER or (k > 0 and body[k - 1].cls in "nsc"):
            continue  # (資料の上の件: 上 is part of a longer name)
        if head.lemma in _POINTER_HEADS:
            return [*body[:k], *_after_pointer(body[k + 3 :])], True
        if t.lemma == "例":  # (not 前回の検収記録: that names which record)
            return [*body[:k], *body[k + 2 :]], False
    return body, False


_POINTER_HEADS = frozenset({"件", "やつ", "話", "内容"})


def _after_pointer(rest: list[Token]) -> list[Token]:
    """What follows 上の件 / この件, without the particle that tied the pointer to it."""
    return rest[1:] if rest and rest[0].lemma in ("の", "は", "、", "を") else rest


def _drop_pointers(body: list[Token]) -> list[Token]:
    """これ / それ / こちらの: pointers name nothing in a title (with their の)."""
    out: list[Token] = []
    skip_no = False
    for k, t in enumerate(body):
        if t.lemma in _POINTERS and (t.cls == "r" or t.lemma in _WRITTEN_POINTERS):
            skip_no = True
            continue
        if skip_no and (t.lemma == "の" or (t.lemma in ("で", "から") and _side(body, k - 1))):
            skip_no = False
            continue  # (文面はこちらで作っておきます: whose side, with its で)
        skip_no = False
        out.append(t)
    return out


def _nominalised(body: list[Token]) -> list[Token]:
    """A verb made a noun by の before a light verb (レンタル屋さんに返すのやります): the
    verb phrase, without の and the light verb."""
    k = len(body) - 2
    while k >= 0 and body[k].cls in "rx":
        k -= 1  # 僕, さん
    if k >= 1 and body[k].lemma == "の" and "準体" in body[k].pos and body[k - 1].cls == "v":
        return body[:k]
    return body


_NOT_THINGS = LEXICON["NOT_THINGS"]
_BARE_ACTIONS = LEXICON["BARE_ACTIONS"]
_WHEN_HEADS = frozenset({"とき", "時", "際", "ついで"})


def _when_head_at(body: Sequence[Token], k: int) -> bool:
    return k < len(body) and body[k].lemma in _WHEN_HEADS


_TRANSFER = LEXICON["TRANSFER"]


def _bare(body: Sequence[Token], transfer: bool = False) -> bool:
    """Only actions (更新作業, 確認, 分担してやる): no thing the work is done to or on.

    Where a thing is sent (先方へ送付, メーカーに持っていく) names only where it goes."""
    if not body:
        return True
    for i, t in enumerate(body):
        nxt = body[i + 1] if i + 1 < len(body) else None
        if t.lemma in _NOT_THINGS:
            continue  # 二人とも目を通す: people and idioms, not the thing
        if t.lemma in _WHEN_HEADS or (
            nxt is not None and nxt.lemma == "の" and _when_head_at(body, i + 2)
        ):
            continue  # お迎えのときに保護者の方に渡す: when it is done, not what
        if transfer:
            k = i + 1
            while k < len(body) and body[k].cls == "x":
                k += 1  # 業者さんへ
            if k < len(body) and body[k].lemma in ("に", "へ") and body[k].cls == "c":
                continue
            if body[k : k + 3] and [x.lemma for x in body[k : k + 2]] == ["の", "方"]:
                continue  # 保護者の方に渡す: to whom it goes
        if t.cls == "v" and nxt is not None and nxt.lemma == "の" and "準体" in nxt.pos:
            return False  # レンタル屋さんに返すの(は僕がやります): the act itself, named
        names = t.cls == "s" and nxt is not None and nxt.lemma in ("の", "を", "が", "は", "も")
        if names and t.lemma not in _SERVICE:
            return False  # スライドの修正 names a thing; 修理の手配 names only a service
        if t.cls in "npqk" and t.lemma not in _LIGHT and t.lemma not in _BARE_ACTIONS:
            # (折り返し: a noun that is only an action — call them back)
            if t.cls == "p" and nxt is not None and nxt.lemma in _HONORIFIC_SUFFIX:
                continue  # 安藤さんと: a person, not a thing
            return False
    return True


_JOINS = LEXICON["JOINS_JA"]
_SUBJECT_OK = _SELF | frozenset(["誰", "どなた", "皆", "皆さん", "全員", "各自", "みんな"])


def _other_subject(toks: Sequence[Token]) -> bool:
    """A noun marked by が that is not the sender (総務が行います, 業者が来ます), in the
    clause's last comma-separated part."""
    if any(t.lemma in _SELF for t in toks):
        return False
    if any(
        t.lemma == "から" and t.cls == "c" and _named(toks, i) and _tells_after(toks, i)
        for i, t in enumerate(toks[1:], 1)
    ):
        return True  # 正式には湯浅から改めてご連絡します: a colleague will tell them
    first = max(
        (i + 1 for i, t in enumerate(toks) if t.surface in ("、", ",") or _joins(toks, i)),
        default=1,
    )
    for i in range(max(1, first), len(toks)):
        t = toks[i]
        if t.lemma == "が" and t.cls == "c":
            prev = toks[i - 1]
            if prev.cls in "npr" and prev.lemma not in _SUBJECT_OK:
                if i + 1 < len(toks) and toks[i + 1].form == "^":
                    continue  # 予約が取れれば: a condition, not the subject
                return True
            if prev.cls == "x" and i >= 2 and toks[i - 2].cls == "p":
                return True  # 森さんが手配します
        if t.lemma == "は" and t.cls == "c" and toks[i - 1].lemma in ("方", "人", "かた", "皆さん"):
            return True  # 参加できる方は後ほど連絡します
    return False


def _joins(toks: Sequence[Token], i: int) -> bool:
    """から / けど, or ので (の + で, as the analyser splits it): what comes before is a reason
    or a contrast (ラベルが剥がれかけてるので作り直しておきます: not who does it)."""
    t = toks[i]
    if t.lemma in _JOINS:
        return True
    return t.surface == "で" and t.lemma == "だ" and i > 0 and toks[i - 1].surface == "の"


def _named(toks: Sequence[Token], i: int) -> bool:
    """A person's name just before ``i`` (湯浅, 森さん)."""
    prev = toks[i - 1]
    return prev.cls == "p" or (prev.cls == "x" and i >= 2 and toks[i - 2].cls == "p")


def _tells_after(toks: Sequence[Token], i: int) -> bool:
    return any(t.lemma in _TELL for t in toks[i + 1 : i + 5])


# ----------------------------------------------------------------------------- English


def _topic_of(head: list[Token]) -> list[Token]:
    """config.md は分量が多い / 見積書は私が作った: the は-topic, not the が-subject, is the
    thing (unless the topic is only a time: 今日は資料が…)."""
    for k, t in enumerate(head):
        comma_topic = k > 0 and t.surface in ("、", ",") and head[k - 1].lemma not in _NOT_TOPIC
        if comma_topic and all(x.cls in "snpx" for x in head[:k]):
            return head[:k]  # 音響卓、前回の現場で不具合が出てた → 音響卓 (a topic by comma)
        if k > 0 and t.lemma == "は" and t.cls == "c":
            topic = _strip_tail(_strip_lead(head[:k]))
            if topic and topic[-1].lemma not in _NOT_TOPIC and topic[-1].cls in "snpx":
                return head[:k]
            return head[k + 1 :]
    return head


def _stock_of(toks: list[Token]) -> list[Token]:
    """袋、在庫があと3日分です: how much is left of the thing before the comma — the thing."""
    comma = max((k for k, t in enumerate(toks) if t.surface in ("、", ",")), default=-1)
    tail = toks[comma + 1 :]
    if comma > 0 and tail and len(tail) <= 2 and all(t.lemma in _STOCK for t in tail):
        return toks[:comma]
    if len(tail) > 2 and tail[-1].lemma in _STOCK and tail[-2].lemma == "の":
        return tail[:-2]  # 吉祥寺、カラー剤の在庫がやばいです → カラー剤
    return toks


_STOCK = LEXICON["STOCK"]
STOCK_TOPIC = re.compile(
    r"^\s*(.{1,20}?)の(?:" + "|".join(sorted(_STOCK, key=len, reverse=True)) + r")\s*$"
)


# a link names where the thing is, never the thing (PTAL https://…/pull/88 → Review)
_LINK = re.compile(
    r"(?i:https?://[!-~]+|(?<![\w.@])[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|jp|dev|app)(?:/[!-~]*)?)"
    r"(?:\s*の)?"
)
_LINK_LEFT = re.compile(r"\s+(?:on|at|in|to|from|via|here)$", re.I)  # (update the FAQ on <link>)


def without_links(title: str) -> str:
    """A title with its links taken out (and the preposition that led to one)."""
    if "." not in title:
        return title
    cut = _LINK.sub("", title).strip(" 、,:：-")
    return title if cut == title else _LINK_LEFT.sub("", cut)


def object_of(a: Analysis) -> str:
    """The thing a statement is about (its links taken out)."""
    return without_links(_object_of(a))


def _object_of(a: Analysis) -> str:
    """The thing a statement is about, for a request that names none:
    修正内容を更新しました → 修正内容; 面接日程の候補を送りました → 面接日程の候補."""
    if a.lang == "en":
        return en_object(a)
    toks = list(a.tokens)
    for i, t in enumerate(toks[1:-1], start=1):
        if t.lemma == "に" and toks[i + 1].lemma in ("つく", "関する", "係る"):
            # 「登録状況調査」について、回答を取りまとめています → 登録状況調査: the topic
            head = _strip_tail(_drop_inner(_strip_lead(toks[:i])))
            if head:
                return _join(a.text, head).strip("「」『』\"' ")
    for i, t in enumerate(toks):
        if t.lemma in ("を", "が") and t.cls == "c" and i > 0:
            head = _strip_tail(_drop_inner(_strip_lead(_topic_of(_stock_of(toks[:i])))))
            if head:
                return _join(a.text, head)
    comma = next((k for k, t in enumerate(toks) if t.surface in ("、", ",")), -1)
    stock = STOCK_TOPIC.match(a.text[: toks[comma].start]) if comma > 0 else None
    if stock is not None:
        return stock.group(1)  # 小麦粉の在庫、残り3日分です → 小麦粉: the thing running out
    body = _strip_tail(_drop_inner(_strip_lead(toks)))
    # 修正しました → 修正 (the action itself is the thing to check)
    nouns = [t for t in body if t.cls in "snp"]
    if body and nouns and body[-1].cls in "snp":
        return _join(a.text, body)
    if nouns:
        return _join(a.text, nouns)
    return ""
