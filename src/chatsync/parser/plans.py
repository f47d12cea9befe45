"""Daily reports: the sender's plan for a day, written as a section (日報 → 明日やること;
standup → ``today: …``). Each item is a promise of the sender, due that day; the other
sections (やったこと, done:, blockers:) are read as ordinary chat.

A plan is a layout, like a to-do list (:mod:`chatsync.parser.lists`): it is recognised by
its heading, not by the grammar of its items (「製氷機の清掃業者に連絡」 has no predicate).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from chatsync.models import Due
from chatsync.parser.clauses import Line
from chatsync.parser.dates import find_dates
from chatsync.parser.lists import AWAY_LEAD, NOTHING
from chatsync.parser.message import Draft, TaskContext, keywords_of
from chatsync.parser.phrase import TITLE_MAX

__all__ = ["Plan", "daily_plan", "done_items"]

# standup "next: …": the sender's plan, said as a heading of its own
_NEXT = r"(?:next(?:\s+up)?|up\s+next|次)"
# 明日やること / 本日の予定 / 【明日やること】 / today: … / tomorrow: … / next:
_PLAN_HEADING = re.compile(
    r"^[【\[]?(?P<day>明日|今日|本日|翌日|today|tomorrow)?\s*(?:の|'s)?\s*"
    rf"(?:やること|やる事|plans?\b|{_NEXT}(?=\s*[:：]))?[】\]]?\s*[:：]?\s*(?P<rest>.*)$",
    re.I,
)
# A heading that closes the plan: what was done, thoughts, blockers, notes.
_OTHER_SECTION = re.compile(
    r"^[【\[]?(?:やったこと|やった事|実績|本日の業務|所感|感想|連絡事項|共有事項|課題|備考|その他|"
    r"done|yesterday|blockers?|notes?|issues?|misc)[】\]]?\s*[:：]?",
    re.I,
)
_HINT = re.compile(r"やること|やる事|plan|today|tomorrow|今日|本日|明日|翌日|next|次", re.I)
_HAS_WORD = re.compile(rf"やること|やる事|\bplans?\b|^{_NEXT}$", re.I)
_COLON = re.compile(r"[:：]")
_REPORT = re.compile(r"日報|週報|daily|standup|stand-up|eod report", re.I)
_NAMED_PLAN = re.compile(rf"やること|やる事|\bplans?\b|^\s*{_NEXT}\s*[:：]", re.I)
_FIELD = re.compile(r"^[^\s:：]{1,12}\s*[:：]")  # 懸念：… / notes: … — another labelled line
_THEN = re.compile(r"^(?:then|and then|after that|あと|その後)[,、\s]+", re.I)
_CONDITION_COMMA = re.compile(r"(?:次第|たら|れば|ので|から|once|after|when)\s*[、,]", re.I)
# Next: nothing new, still on the cost report: work already under way, no new promise
_STILL = re.compile(r"^still\s+(?:on|working\s+on|doing|busy\s+with)\b", re.I)
_ITEM_SPLIT = re.compile(r"\s*[、,;；]\s*")


@dataclass(frozen=True)
class Plan:
    lines: frozenset[int]  # the plan's lines (heading included), read no further
    drafts: list[Draft]


def _heading(text: str) -> tuple[str | None, str] | None:
    """The day a plan heading names (None: no day) and what follows it on its line."""
    m = _PLAN_HEADING.match(text.strip())
    if m is None:
        return None
    day = (m.group("day") or "").lower()
    named = text.strip()[: m.start("rest")].strip(" 【】[]:：")
    has_word = _HAS_WORD.search(named)
    if not day and not has_word:
        return None  # no heading at all
    if not has_word and (not _COLON.search(text) or named.lower() != day):
        return None  # 明日の会議資料… / 本日の売上：…: a sentence or a field, not a heading
    if not has_word and day in ("今日", "本日"):
        return None  # 日報の「本日：…」 is what was done today, not a plan
    rest = m.group("rest").strip()
    if rest.endswith((":", "：")):
        rest = ""  # plan for this week: — the heading goes on to its colon
    return day or None, rest


def daily_plan(lines: Sequence[Line], ctx: TaskContext) -> Plan | None:
    """The plan section of a message, with one promise per item; None when there is none."""
    if not any(_HINT.search(ln.text) for ln in lines):
        return None  # the common case, checked cheaply: no day and no plan word
    report = any(_OTHER_SECTION.match(ln.text) or _REPORT.search(ln.text) for ln in lines)
    for i, ln in enumerate(lines):
        found = _heading(ln.text)
        if found is None:
            continue
        day, rest = found
        if not report and not _NAMED_PLAN.search(ln.text):
            continue  # "today: office closed" alone is a notice, not a report's plan
        # 素材が届き次第、仮編集に着手: a condition and its work are one item, not two
        joined = _CONDITION_COMMA.search(rest) is not None
        items = ([rest] if joined else [p for p in _ITEM_SPLIT.split(rest) if p]) if rest else []
        used = {ln.index}
        for later in lines[i + 1 :]:
            if _OTHER_SECTION.match(later.text) or _heading(later.text) or _FIELD.match(later.text):
                break  # the next section (blockers:, 所感, 懸念：…)
            if rest and not (later.bullet or _THEN.match(later.text)):
                break  # after "today: a", only "then b" or a bullet goes on with the plan
            used.add(later.index)
            items.append(later.text)
        items = [_THEN.sub("", t).strip(" 。.") for t in items]
        items = [
            t
            for t in items
            if t and not (NOTHING.match(t) or AWAY_LEAD.match(t) or _STILL.match(t))
        ]
        if not items:
            return Plan(frozenset(used), []) if used else None
        drafts = []
        for t in items:
            # (明日やること: 10時 打合せ — the heading's day, the item's hour: left as before)
            title, due = _own_day(_PROMISE_LEAD.sub("", t), ctx) if day is None else (t, None)
            drafts.append(
                Draft(
                    _title(title),
                    (ctx.sender,),
                    due or _due(day, ctx),
                    "commitment",
                    keywords_of(_title(title)),
                    confidence=0.7,
                    planned=True,
                )
            )
        return Plan(frozenset(used), drafts)
    return None


# next: I'll run the load test today — an item said as a sentence of its own
_PROMISE_LEAD = re.compile(r"^(?:i'll|i will|i'm going to|i am going to|will)\s+(?=\w)", re.I)


def _own_day(item: str, ctx: TaskContext) -> tuple[str, Due | None]:
    """An item's own day (next: I'll run the load test today), cut from its title."""
    try:
        found = find_dates(item, ctx.sent, ctx.calendar)
    except Exception:
        return item, None
    if not found:
        return item, None
    last = found[-1]
    if unicodedata.normalize("NFKC", item) != item:
        return item, last.due  # the spans are of the normalised text
    cut = (item[: last.start] + item[last.end :]).strip(" ,、")
    return (cut or item), last.due


def _due(day: str | None, ctx: TaskContext) -> Due | None:
    if day in ("明日", "翌日", "tomorrow"):
        return Due(day=ctx.sent.date() + timedelta(days=1))
    if day in ("今日", "本日", "today"):
        return Due(day=ctx.sent.date())
    return None


def _title(item: str) -> str:
    item = item.strip()
    if item[:1].isascii():
        item = item[:1].upper() + item[1:]
    return item[:TITLE_MAX]


# done: backfilled the partitions, fixed the tz bug / やったこと：… / ✅ churn model merged
_DONE_HEADING = re.compile(
    r"^[【\[]?(?:done|yesterday|やったこと|やった事|実績|本日の業務|完了)[】\]]?\s*[:：]\s*(?P<rest>.*)$"
    r"|^[✅✔☑]\s*(?P<tick>\S.*)$",
    re.I,
)


def done_items(lines: Sequence[Line]) -> list[str]:
    """What a daily report's done section lists (each item reports its work done)."""
    out: list[str] = []
    section = False
    for ln in lines:
        m = _DONE_HEADING.match(ln.text.strip())
        if m is not None:
            rest = (m.group("rest") or m.group("tick") or "").strip()
            out += [p for p in _ITEM_SPLIT.split(rest) if p and not NOTHING.match(p)]
            section = m.group("rest") is not None and not rest
            continue
        if section and ln.bullet:
            out.append(ln.text)
            continue
        section = False
    return out
