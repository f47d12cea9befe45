"""Stage 4, deadlines: the day each draft of a message is due by — its own clause's, a day
said in a clause of its own (見積書の作成をお願いします。明日までにいただけると助かります), the
hour said after it (18:00 is hard), the day the promised thing is handed over, or the day of
the event a pointer names (当日まで)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from chatsync.models import Due
from chatsync.parser.acts import Act
from chatsync.parser.clause_checks import only_a_day
from chatsync.parser.clauses import Clause
from chatsync.parser.dates import find_dates
from chatsync.parser.message import (
    DATE_IS_FINE,
    THEN_POINTER,
    Draft,
    TaskContext,
    due_in,
    marked_due,
)
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.scan import Scan
from chatsync.parser.work_en import EN_AND_VERB

__all__ = ["due_of", "dues_said_apart", "part_dues"]

_TRANSFER = LEXICON["TRANSFER"]

# 大掃除は12/24です。当日までに… / 締めが12/5なので、それまでに決めて: by the day named before
_BY_THE_DAY = re.compile(r"当日(?:まで|中)|(?:それ|その日)までに")


_EACH = re.compile(r"それぞれ|各々|おのおの|いずれも|両方とも|\b(?:both|each)\b", re.I)


_TOGETHER = re.compile(r"もあわせて|も併せて|も合わせて")


# 今週中に、 / 来週火曜までに、: a day said, then the next thing
_JA_DATED_COMMA = re.compile(r"(?<=に|で)[、,]")
_HOUR_IS_FIRM = re.compile(
    r"^\s*(?:by\s+)?[0-9]{1,2}(?::[0-9]{2})?\s*(?:am|pm)?\s+(?:is|'s)\s+(?:a\s+)?"
    r"(?:hard|firm|final|the\s+(?:hard\s+)?(?:cutoff|deadline|limit))\b"
    r"|^\s*[0-9]{1,2}時(?:が|は)?(?:厳守|締切|締め切り|リミット)",
    re.I,
)


def due_of(scan: Scan, i: int, c: Clause, thing_at: int | None) -> Due | None:
    """The clause's deadline, or the day of the thing it points back at."""
    mr, ctx = scan.mr, scan.ctx
    due = due_in(c.text, ctx)
    if due is None and thing_at is not None:
        due = due_in(mr.clauses[thing_at].text, ctx)  # 機材、明日返却ですよね？…僕やります
    if due is None and i > 0 and THEN_POINTER.search(c.text):
        due = due_in(mr.clauses[i - 1].text, ctx)  # 月曜は寄るので、そのとき押しておきます
    if due is None and (by := _BY_THE_DAY.search(c.text)) is not None:
        # 大掃除は12/24です。当日までに処分してください (the day said before, in this clause too)
        due = _day_said_before([c.text[: by.start()], *(x.text for x in mr.clauses[:i])], ctx)
    return due


def _hour_said_after(scan: Scan) -> None:
    """…before the freeze today? 18:00 is hard: the hour said after the ask is its day's."""
    mr, ctx, drafts = scan.mr, scan.ctx, scan.drafts
    for n, o in enumerate(scan.owners):
        due = drafts[n].due
        if due is None or due.at is not None or o + 1 >= len(mr.clauses):
            continue
        after = mr.clauses[o + 1].text
        hour = due_in(after, ctx) if _HOUR_IS_FIRM.match(after) else None
        if hour is not None and hour.at is not None:
            drafts[n] = replace(drafts[n], due=Due(day=due.day, at=hour.at))


def _day_corrected(scan: Scan) -> None:
    """I'll send the deck monday — wait, monday's a holiday. tuesday then: a day said again
    after the promise or ask is its day now."""
    mr, drafts, owners = scan.mr, scan.drafts, scan.owners
    for i, r in enumerate(mr.readings):
        if r.rule != "that day then" or not any(o < i for o in owners):
            continue
        due = due_in(mr.clauses[i].text, scan.ctx)
        n = max(n for n, o in enumerate(owners) if o < i)
        if due is not None and drafts[n].due is not None:
            drafts[n] = replace(drafts[n], due=due)


def _handover_day(scan: Scan) -> None:
    """試算表は私が作ります。週明けに北条さんへ渡すので: the day the promised thing is handed
    over, said right after the promise, is its day."""
    mr, drafts = scan.mr, scan.drafts
    for n, o in enumerate(scan.owners):
        if drafts[n].kind != "commitment" or drafts[n].due is not None:
            continue
        if o + 1 < len(mr.clauses) and mr.readings[o + 1].act == Act.INFO:
            after = mr.clauses[o + 1]
            if any(t.lemma in _TRANSFER for t in after.tokens):
                drafts[n] = replace(drafts[n], due=due_in(after.text, scan.ctx))


def dues_said_apart(scan: Scan) -> list[Draft]:
    """Deadlines said in clauses without work of their own go to the task before them (or
    the only task): 見積書の作成をお願いします。明日までにいただけると助かります。"""
    mr, ctx, drafts, owners = scan.mr, scan.ctx, scan.drafts, scan.owners
    for i in scan.details:
        due = due_in(mr.clauses[i].text, ctx)
        if due is None:
            continue
        k = max((n for n, o in enumerate(owners) if o < i), default=0)
        each = _EACH.search(mr.clauses[i].text) is not None  # それぞれ7/13までに: every one
        for n, o in enumerate(owners):  # 校正と、引出物の確認をお願いします。どちらも今週中で
            if (o == owners[k] or each) and drafts[n].due is None:
                drafts[n] = replace(drafts[n], due=due)
    _day_corrected(scan)
    _hour_said_after(scan)
    _handover_day(scan)
    for n, o in enumerate(owners):
        # 再配達の手配をお願いします。一次返信もあわせて今日中で: the day is for both
        if drafts[n].due is not None and _TOGETHER.search(mr.clauses[o].text):
            for k in range(n):
                if drafts[k].due is None:
                    drafts[k] = replace(drafts[k], due=drafts[n].due)
    if len(set(owners)) > 1 or any(d.due is not None for d in drafts):
        return drafts
    # A deadline said in a clause of its own (金曜までで): only a marked one, so that the
    # day of an event the message mentions (2/17(水)10時で先方OKでした) is none.
    used = set(owners)
    rest = " ".join(c.text for j, c in enumerate(mr.clauses) if j not in used)
    # …所見をいただけますか。急ぎではないので週明けで大丈夫です: the day said right after
    # the ask is its day, before any marked one in the report above it (明朝まで様子を見て)
    due = _fine_day(mr.clauses[max(used) + 1 :], ctx) if used else None
    due = due or (marked_due(rest, ctx) if rest else None)
    due = due or _fine_day([c for j, c in enumerate(mr.clauses) if j not in used], ctx)
    return [replace(d, due=due) for d in drafts] if due is not None else drafts


def _fine_day(clauses: Sequence[Clause], ctx: TaskContext) -> Due | None:
    """The day of the first clause that only says a day or that a day is fine (金曜でOKです /
    明日中で大丈夫です)."""
    for c in clauses:
        if DATE_IS_FINE.search(c.text) or only_a_day(c, ctx):
            return due_in(c.text, ctx)
    return None


def part_dues(
    c: Clause, parts: Sequence[str], due: Due | None, ctx: TaskContext
) -> list[Due | None]:
    """I'll review it today and send it out tomorrow: each piece of work its own day, when
    it says one; the clause's otherwise (update the docs and tag the release by Friday)."""
    if len(parts) < 2:
        return [due] * len(parts)
    if c.analysis.lang != "en":
        # 資格喪失届を今週中に、離職票は来週火曜までに: the day said with each, in order
        pieces = _JA_DATED_COMMA.split(c.text, maxsplit=len(parts) - 1)
        if len(pieces) != len(parts):
            return [due] * len(parts)
        return [due_in(p, ctx) or due for p in pieces]
    pieces = EN_AND_VERB.split(c.text)
    if len(pieces) != len(parts):
        return [due] * len(parts)
    return [due_in(p, ctx) or due for p in pieces]


def _day_said_before(texts: list[str], ctx: TaskContext) -> Due | None:
    """当日までに: by the day of the event the message named before (its day, not its hour);
    ``texts`` is the clause up to the word, then the clauses before it in order."""
    for text in [texts[0], *reversed(texts[1:])]:
        try:
            found = find_dates(text, ctx.sent, ctx.calendar)
        except Exception:
            return None
        if found:
            return Due(day=found[0].due.day)
    return None
