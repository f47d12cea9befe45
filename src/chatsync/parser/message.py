"""Stage 4a: one message as the task stage reads it — its clauses and acts
(:func:`read_message`, cached), the drafts it may yield (:class:`Draft`), their keywords,
Chatwork's own tasks, and the helpers the task and list readers share (deadlines, date
phrases to cut from a title, the work phrase of a clause).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, tzinfo
from functools import lru_cache

from chatsync.calendar import BusinessCalendar
from chatsync.models import Due
from chatsync.parser.acts import Act, Reading, read_clause
from chatsync.parser.clauses import Clause, Line, split_lines, to_clauses
from chatsync.parser.dates import find_dates, pick_due
from chatsync.parser.markup import ChatworkTask, ParsedMessage
from chatsync.parser.morph import analyse
from chatsync.parser.normalise import normalise
from chatsync.parser.people import Directory
from chatsync.parser.rules.date_asides import SHARE_OF_DAY
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work import TITLE_MAX, Work, en_work, ja_work, without_links

__all__ = [
    "COURTESY_RULES",
    "DATE_IS_FINE",
    "Draft",
    "MessageReading",
    "TaskContext",
    "chatwork_drafts",
    "chatwork_due",
    "chatwork_title",
    "date_spans",
    "due_in",
    "is_occasion",
    "keywords_of",
    "marked_due",
    "read_message",
    "starts_then",
    "work_of",
]


@dataclass(frozen=True, slots=True)
class Draft:
    """A task as read from one message, before it joins the room's state."""

    title: str
    assignees: tuple[int, ...]
    due: Due | None
    kind: str  # "request" | "commitment" | "chatwork"
    keywords: tuple[str, ...]
    done: bool = False
    confidence: float = 1.0
    implicit: bool = False  # the work was only an action or a pointer (対応します, I'll do it)
    answer: bool = False  # it asks for an answer (lmk by Thu whether…), which a reply gives
    planned: bool = False  # an item of a daily report's plan (明日：仮編集に着手)


@dataclass(frozen=True)
class MessageReading:
    """Everything the later stages need of one message: its clauses and their acts."""

    text: str
    clauses: tuple[Clause, ...]
    readings: tuple[Reading, ...]
    acts: frozenset[Act] = field(default=frozenset())
    lines: tuple[Line, ...] = ()

    def has(self, *acts: Act) -> bool:
        return any(a in self.acts for a in acts)

    def clauses_of(self, *acts: Act) -> list[tuple[Clause, Reading]]:
        return [(c, r) for c, r in zip(self.clauses, self.readings, strict=True) if r.act in acts]


@lru_cache(maxsize=16384)
def read_message(text: str) -> MessageReading:
    """Normalise → lines → clauses → one act per clause (cached: the same words read the
    same in every room, and chat repeats itself — 承知しました, 了解です)."""
    clean = normalise(text[:20_000])
    lines = tuple(split_lines(clean))
    clauses = tuple(to_clauses(list(lines)))
    readings = tuple(read_clause(c.analysis) for c in clauses)
    return MessageReading(clean, clauses, readings, frozenset(r.act for r in readings), lines)


# ----------------------------------------------------------------------------- keywords

_KW = re.compile(
    r"[一-龥々]{2,}|[一-龥](?:[ぁ-ん][一-龥])+(?![一-龥])|[ァ-ヶー]{2,}|[A-Za-z][A-Za-z0-9.+#-]{1,}|[0-9]+[A-Za-z]+"
)
_KW_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "this",
        "that",
        "by",
        "to",
        "of",
        "in",
        "on",
        "at",
        "an",
        "be",
        "it",
        "them",
        "these",
        "those",
        "you",
        "we",
        "us",
        "is",
        "me",
        "my",
        "our",
        "your",
        "all",
        "up",
        "out",
        "please",
        "do",  # a light verb names no work, and "do" is in "done"
        "get",
        "株式会社",
    ]
)


def keywords_of(title: str) -> tuple[str, ...]:
    """Content words of a title, used to tell which task a later reply is about."""
    words = [w for w in _KW.findall(title) if w.lower() not in _KW_STOP]
    return tuple(dict.fromkeys(w.lower() for w in words))


# ----------------------------------------------------------------------------- chatwork


def chatwork_due(task: ChatworkTask, tz: tzinfo) -> Due | None:
    """Deadline of a Chatwork task: ``ltype=date`` → the day; ``time`` → day and time;
    ``none`` or ``lt=0`` → none; no ltype (older bodies) → a day when 23:59:59 local."""
    if task.limit <= 0 or task.limit_type == "none":
        return None
    try:
        moment = datetime.fromtimestamp(task.limit, tz)
    except (OverflowError, OSError, ValueError):
        return None
    if task.limit_type == "date":
        return Due(day=moment.date())
    if task.limit_type is None and moment.time() == time(23, 59, 59):
        return Due(day=moment.date())
    return Due(day=moment.date(), at=moment.time().replace(second=0, microsecond=0))


def chatwork_drafts(pm: ParsedMessage, tz: tzinfo | None) -> list[Draft]:
    out: list[Draft] = []
    for cw in pm.tasks:
        if cw.event not in (None, "task_added") or cw.assignee_id is None:
            continue
        title = chatwork_title(cw.body) or cw.body.strip()[:TITLE_MAX] or "(task)"
        due = chatwork_due(cw, tz) if tz is not None else None
        out.append(
            Draft(
                title, (cw.assignee_id,), due, "chatwork", keywords_of(title), cw.status == "done"
            )
        )
    return out


def chatwork_title(body: str) -> str:
    """A Chatwork task body's first line as a title (its own request words taken off)."""
    line = normalise(body.split("\n", 1)[0]).strip()
    clauses = to_clauses(split_lines(line))
    if not clauses:
        return ""
    c = clauses[-1]
    r = read_clause(c.analysis)
    if r.act in (Act.REQUEST, Act.COMMITMENT):
        w = work_of(c, r, ())
        label = " ".join(x.text.strip(" —–-:") for x in clauses[:-1])
        if w.title and label and all(read_clause(x.analysis).act == Act.INFO for x in clauses[:-1]):
            # Arvenly renewal call — prep the pricing options: which matter, then the work
            work = w.title if w.title[1:2].isupper() else w.title[:1].lower() + w.title[1:]
            return f"{label}: {work}"[:TITLE_MAX]
        if w.title:
            return w.title
    return line.strip(" 。.!")[:TITLE_MAX]


# ----------------------------------------------------------------------------- pieces


@dataclass(frozen=True, slots=True)
class TaskContext:
    sender: int
    sent: datetime
    calendar: BusinessCalendar
    directory: Directory
    base: tuple[int, ...]  # [To:] / [toall] / the person replied to


_SHARE_OF_DAY = re.compile(SHARE_OF_DAY + r"(?![一-龥])")


def date_spans(c: Clause, ctx: TaskContext) -> list[tuple[int, int]]:
    """Date phrases to cut from the title: deadlines, and dates that are no part of the thing
    (a date followed by の describes it and stays: 来月10日の新年会の会場予約)."""
    try:
        found = find_dates(c.text, ctx.sent, ctx.calendar)
    except Exception:
        return []
    spans: list[tuple[int, int]] = []
    text = c.text
    for m in found:
        if m.is_deadline:
            spans.append((m.start, m.end))
        elif c.analysis.lang == "en" and re.search(r"\b(?:for|of)\s+(?:the\s+)?$", text[: m.start]):
            continue  # "the agenda for Monday": the day is part of the thing
        elif c.analysis.lang == "en":
            spans.append((m.start, m.end))
        elif text.startswith(("を", "と"), m.end):
            continue  # 水曜と木曜を交代: the days are the thing
        elif _SHARE_OF_DAY.match(text, m.end):
            continue  # 5/7出荷分のラベル: the goods of that day
        elif text.startswith(("〜", "~", "～"), m.end) and any(n.start == m.end + 1 for n in found):
            continue  # 1/7〜1/11のトレーラー: a range, the thing's days
        elif not text.startswith("の", m.end):
            # 打ち合わせは11/25(水)、提案資料は…: the event's whole phrase goes with its date.
            after = re.match(r"(?:です|でした)?\s*[、,]", text[m.end :])
            if after is not None:
                start = max(text.rfind("、", 0, m.start), text.rfind(",", 0, m.start)) + 1
                spans.append((start, m.end + after.end()))
            else:
                spans.append((m.start, m.end))
    return spans


def due_in(text: str, ctx: TaskContext) -> Due | None:
    try:
        return pick_due(text, ctx.sent, ctx.calendar)
    except Exception:
        return None


DATE_IS_FINE = re.compile(
    r"(?:で|までで|までに|中で|頃で|だと)\s*(?:OK|ok|大丈夫|いい|良い|よい|構い|問題|お願い|よろしく|助かり|結構)"
    r"|までで$|中で$"
    # できれば午前中に / なるべく今日中で: a time, hoped for, in a fragment of its own
    r"|^(?:できれば|出来れば|なるべく|可能なら|できたら)[、,\s]*[^、。]{1,12}(?:に|で|まで)$"
    # This week is fine / Monday works / end of month is OK: a day the sender will accept
    r"|(?i:\b(?:is|are|'s)\s+(?:fine|ok|okay|good|enough|plenty)\b|\bworks\b)"
    # 3pm thurs latest / Friday at the latest: the day, as a limit
    r"|(?i:\blatest\b)"
)


def marked_due(text: str, ctx: TaskContext) -> Due | None:
    try:
        marked = [m for m in find_dates(text, ctx.sent, ctx.calendar) if m.is_deadline]
    except Exception:
        return None
    return marked[-1].due if marked else None


def work_of(c: Clause, r: Reading, spans: Sequence[tuple[int, int]]) -> Work:
    w = en_work(c.analysis, r, spans) if c.analysis.lang == "en" else ja_work(c.analysis, r, spans)
    title = balanced(without_links(w.title))
    if title == w.title:
        return w
    if title[:1].islower() and w.title[:1].isupper():
        title = title[:1].upper() + title[1:]
    return replace(w, title=title, bare=w.bare or not title)


def balanced(title: str) -> str:
    """図面データ(DWG)を… cut after the bracket keeps it closed: 図面データ(DWG)."""
    for open_, close in (("(", ")"), ("「", "」"), ("[", "]")):
        if title.count(open_) == title.count(close) + 1 and not title.endswith(open_):
            title += close
        title = title.rstrip(open_).rstrip()
    return title


_OCCASION = LEXICON["OCCASION"] | LEXICON["ACCEPT_WORD"] | LEXICON["THANKS"]
COURTESY_RULES = frozenset({"onegai", "yoroshiku"})
# そのとき / その日 / then: the day is the one just said
THEN_POINTER = re.compile(r"その(?:とき|時|日|際)|それまで|\bthen\b", re.I)


def is_occasion(title: str) -> bool:
    """明日の会議 / 本年度 / 引き続き: a courtesy's topic, not work (time nouns are 副詞可能)."""
    toks = [t for t in analyse(title).tokens if t.cls not in "cyx"]
    if toks and toks[-1].lemma in _DAY_OF and len(toks) <= 3:
        return True  # 施工当日はよろしくお願いいたします: the day of an event, a courtesy
    return bool(toks) and all(
        t.lemma in _OCCASION or t.cls in "dqf" or "副詞可能" in t.pos for t in toks
    )


_DAY_OF = frozenset({"当日", "前日", "本番"})


_STARTS = re.compile(
    r"(?:来週|今週|再来週|明日|明後日|今日|本日|来月|今月|週明け|[0-9]+月|[0-9]+日|[0-9]+/[0-9]+)"
    r"(?:\([月火水木金土日]\))?(?:以降|から|より)"
)


def starts_then(c: Clause) -> bool:
    return bool(_STARTS.search(c.text)) and not re.search(r"まで|迄|以内|中に", c.text)
