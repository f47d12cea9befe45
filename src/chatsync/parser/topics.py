"""Topics a Japanese message opens with: the thing an ask that names none is about
(保存食のレシピページ、分量の表記を統一しました → 保存食のレシピページ; 領収書がまだ出ていません
→ 領収書). Used by :mod:`chatsync.parser.naming` to name implicit work."""

from __future__ import annotations

from chatsync.parser.acts import Act
from chatsync.parser.clauses import Clause
from chatsync.parser.message import MessageReading
from chatsync.parser.morph import Token, analyse
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work import STOCK_TOPIC as _STOCK_TOPIC
from chatsync.parser.work import object_of

__all__ = [
    "NOT_A_TOPIC",
    "comma_topic",
    "ja_tokens",
    "names_past_topic",
    "still_missing",
    "stock_after_topic",
    "topic_before",
    "with_topic",
    "wo_object",
]

NOT_A_TOPIC = LEXICON["TIME"] | LEXICON["ADDRESSEES"] | LEXICON["THANKS"] | LEXICON["OCCASION"]
_HONORIFIC_SUFFIX = LEXICON["HONORIFIC_SUFFIX"]
_PARTIES = LEXICON["PARTIES"] | LEXICON["OUTSIDERS"]


def ja_tokens(title: str) -> tuple[Token, ...]:
    """A Japanese title's tokens (none for an English or empty one)."""
    return analyse(title).tokens if title and not title.isascii() else ()


_STOCK_WORDS = LEXICON["STOCK"]


def stock_after_topic(c: Clause) -> str:
    """吉祥寺、カラー剤の在庫がやばいです: the thing whose stock runs low, after the topic."""
    toks = c.tokens
    k = next((k for k, t in enumerate(toks) if t.surface in ("、", ",")), -1)
    for j in range(k + 2, min(len(toks) - 1, k + 8)):
        if toks[j].lemma == "の" and toks[j + 1].lemma in _STOCK_WORDS:
            head = toks[k + 1 : j]
            if head and all(t.cls in "nspqx" for t in head):
                return c.text[head[0].start : head[-1].end]
            return ""
    return ""


def topic_before(mr: MessageReading, i: int) -> str:
    """The topic the nearest clause before ``i`` opens with (comma_topic), or ''."""
    return next((t for j in range(i - 1, -1, -1) if (t := comma_topic(mr.clauses[j]))), "")


def names_past_topic(mr: MessageReading, j: int) -> bool:
    """西條様の在留申請、申請書の下書きができました: after the topic's comma, a thing of its own
    (not 輸入申告書、作成完了しました, where only the action follows)."""
    obj = object_of(mr.clauses[j].analysis)
    return "、" in obj and not all(t.cls == "s" for t in ja_tokens(obj.rsplit("、", 1)[1]))


def comma_topic(c: Clause) -> str:
    """保存食のレシピページ、分量の表記を統一しました → 保存食のレシピページ: nouns (joined by
    の) before the clause's first comma — the thing the message is about. Not a time, a
    greeting or a person (今日、 / 田中さん、)."""
    toks = c.tokens
    k = next((k for k, t in enumerate(toks) if t.surface in ("、", ",")), -1)
    head = toks[:k]
    if not 0 < k <= 12 or head[-1].cls not in "nspx" or head[-1].lemma in NOT_A_TOPIC:
        return ""
    if not all(
        t.cls in "nspqxf" or (t.cls == "c" and t.lemma == "の") or t.surface in "()（）・"
        for t in head
    ):
        return ""
    if any(
        (t.lemma in _HONORIFIC_SUFFIX or t.lemma in _PARTIES)
        and (j + 1 == len(head) or head[j + 1].lemma != "の")
        for j, t in enumerate(head)
    ):
        return ""  # 田中さん、 — but 相良様のメニュー表、 is a thing of theirs
    topic = c.text[: toks[k].start].strip()
    stock = _STOCK_TOPIC.match(topic)
    return stock.group(1) if stock else topic  # 小麦粉の在庫、残り3日分: the flour runs out


def still_missing(mr: MessageReading, i: int) -> str:
    """The noun a not-done clause before clause ``i`` says is missing (領収書がまだ出ていません
    → 領収書; after its last comma, so not the message's topic)."""
    for j in range(i - 1, -1, -1):
        if mr.readings[j].act != Act.NOT_DONE:
            continue
        toks = mr.clauses[j].tokens
        k = next((k for k, t in enumerate(toks) if t.lemma in ("が", "は") and t.cls == "c"), -1)
        comma = max((n for n, t in enumerate(toks[:k]) if t.surface in ("、", ",")), default=-1)
        head = toks[comma + 1 : k]
        if any(t.lemma in NOT_A_TOPIC for t in head):
            continue  # 来週は別の組で動けないので / 来週分がまだ: when, not what
        if head and all(t.cls in "nspx" or t.lemma == "の" for t in head):
            return "".join(t.surface for t in head)
    return ""


def wo_object(c: Clause) -> str:
    """The noun phrase marked by the clause's first を (明日の朝食を… → 朝食), without a time
    or whatever comes before a comma or another particle."""
    toks = c.tokens
    k = next((k for k, t in enumerate(toks) if t.lemma == "を" and t.cls == "c"), -1)
    start = k
    while start > 0 and (toks[start - 1].cls in "nspqxf" or toks[start - 1].lemma == "の"):
        start -= 1
    head = list(toks[start:k])
    while head and (head[0].lemma in NOT_A_TOPIC or head[0].lemma == "の"):
        head = head[1:]  # 明日の朝食 → 朝食
    if not head or head[-1].cls not in "nsp":
        return ""
    return "".join(t.surface for t in head)


def with_topic(topic: str, title: str) -> str:
    if not title or title.startswith(topic):
        return title or topic  # (西條様の在留申請、申請書の下書きの確認: named already)
    last = [t for t in analyse(title).tokens if t.cls != "y"][-1]
    return f"{topic}を{title}" if last.cls == "v" else f"{topic}の{title}"
