"""Stage 5a: the day a reply gives the task it answers — the one in its promise or its new
date, a time said right after the day, and the days that are no deadline of the task: a
retry (明日またかけます), a chase of someone else (will chase them today), a failure's day.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Sequence
from typing import Any

from chatsync.models import Due, Task
from chatsync.parser import updates
from chatsync.parser.acts import Act
from chatsync.parser.dates import find_dates, pick_due
from chatsync.parser.message import DATE_IS_FINE, THEN_POINTER, MessageReading
from chatsync.parser.morph import Token, analyse
from chatsync.parser.room import Msg, WorkingRoom
from chatsync.parser.rules.lexicon import LEXICON

__all__ = ["due_of_promise", "only_reaches", "reaching_is_the_work"]

log = logging.getLogger(__name__)

_AGAIN = LEXICON["AGAIN"]


def _retries(mr: MessageReading) -> bool:
    """The work failed (誰も出ませんでした, 電話しましたが不在でした) and every promise says it
    will be tried again (また, もう一度, 改めて): the task's own day stands."""
    promises = mr.clauses_of(Act.COMMITMENT)
    failed = Act.NOT_DONE in mr.acts or updates.only_tried(mr)
    return (
        failed
        and bool(promises)
        and all(
            any(t.lemma in _AGAIN for t in c.tokens) or "もう一度" in c.text for c, _ in promises
        )
    )


_CONTACT = LEXICON["CONTACT"]
_EN_WORK = LEXICON["EN_WORK_VERB"]
_CALL = LEXICON["CALL"]


def only_reaches(mr: MessageReading) -> bool:
    """Every promise is to reach someone (will chase them today, もう一度かけます) — not
    "I'll chase them today and send all three quotes by Thursday", which does more."""
    promises = mr.clauses_of(Act.COMMITMENT)
    return bool(promises) and all(_reaches_only(c.tokens) for c, _ in promises)


def _reaches_only(toks: Sequence[Token]) -> bool:
    reach = next((k for k, t in enumerate(toks) if t.lemma in _CONTACT), None)
    if reach is None:
        return False
    return not any(
        a.lemma == "and" and b.lemma in _EN_WORK and b.lemma not in _CONTACT
        for a, b in itertools.pairwise(toks[reach + 1 :])
    )


def reaching_is_the_work(task: Task, words: frozenset[str] = _CONTACT) -> bool:
    """業者に依頼してもらえますか / call the landlord: reaching someone is the task itself."""
    return any(t.lemma in words for t in analyse(task.title).tokens)


def due_of_promise(room: WorkingRoom, m: Msg, task: Task | None = None) -> Any:
    """The deadline a reply sets: the one in its promise or its new date (didn't get to it
    today … will do it first thing monday → Monday), else any in the message. A retry
    (休館日で誰も出ませんでした。明日またかけます) says when someone is reached, ``task``'s day only
    when reaching them is that task; a chase (will chase them today) gives a day only to a
    task that has none."""
    clauses = list(zip(m.mr.clauses, m.mr.readings, strict=True))
    calls = task is not None and reaching_is_the_work(task, _CALL)
    if _retries(m.mr) and not calls:
        return None  # 休館日で誰も出ませんでした。明日またかけます: a retry, not a deadline
    reaching = task is not None and reaching_is_the_work(task)
    if task is not None and task.due is not None and not reaching and only_reaches(m.mr):
        return None  # [配車表を12/24までに] will chase them today: the chase, not the delivery
    for k, (c, r) in enumerate(clauses):
        if r.act in (Act.COMMITMENT, Act.RESCHEDULE, Act.ACCEPT):
            try:
                due = pick_due(c.text, m.sent, room.ctx.calendar)
                if r.act == Act.RESCHEDULE and r.question:
                    # 今日ちょっとバタバタで、週明けすぐでもいいですか: the day asked for is the
                    # one the question ends on, not a day in its reason
                    found = find_dates(c.text, m.sent, room.ctx.calendar)
                    if len(found) > 1:
                        tail = c.text[found[-1].start :]
                        due = pick_due(tail, m.sent, room.ctx.calendar) or due
                if due is None and k > 0 and THEN_POINTER.search(c.text):
                    # 月曜は事務所に寄るので、そのとき押しておきます: the day just said
                    due = pick_due(clauses[k - 1][0].text, m.sent, room.ctx.calendar)
                if due is None and r.rule == "a dated occasion instead":
                    # 5/6(日)の面会のときでもいいですか: the occasion's day is the one asked for
                    found = find_dates(c.text, m.sent, room.ctx.calendar)
                    due = found[0].due if found else None
            except Exception:
                due = None
            if due is not None:
                return _with_time_after(room, m, due, [c2.text for c2, _ in clauses[k + 1 :]])
    lets_me = any(r.rule == "let me" for r in m.mr.readings)  # 1/4に出させてください
    if not lets_me and not m.mr.acts & {Act.COMMITMENT, Act.RESCHEDULE, Act.ACCEPT, Act.NOT_DONE}:
        # actually Wednesday works for the floor prices, the owners don't meet until 5/7: the
        # day said to work, before a marked one that explains it
        # (not "HK is fine with 2pm": the day said before the word that finds it fine)
        for c, _ in clauses:
            said = DATE_IS_FINE.search(c.text)
            if said is not None and (day := _due(room, m, c.text[: said.start()])) is not None:
                return day
        # 提出期限を12/1に変更します counts; "cake delivered at 15:00 on the 26th" does not,
        # nor "They'll send the 8D within two weeks" (someone else's work).
        return _marked_due(room, m, _own_text(m.mr))
    promised = m.mr.acts & {Act.COMMITMENT, Act.RESCHEDULE, Act.ACCEPT} or lets_me
    # (団地店以外はそろいました！須藤さん、今日中にいけそうですか？: a day asked of someone in a
    # question is no new date of the task)
    told = m.mr.text if promised else "\n".join(c.text for c, r in clauses if not r.question)
    due = _due(room, m, told)
    if not promised and due is not None and due.day == m.sent.date():
        return _marked_due(room, m, told)  # didn't get to it today: when it failed, not a new date
    return due


_TIME_ONLY = re.compile(
    r"(?i)^(?:by|at|before|until|till)?\s*[0-9]{1,2}(?::[0-9]{2})?\s*(?:am|pm)?$"
    r"|^[0-9]{1,2}時(?:まで|までに)?$"
)


def _with_time_after(room: WorkingRoom, m: Msg, due: Any, later: list[str]) -> Any:
    """can it slip to Wednesday? I'll have it by 10am → Wednesday 10:00: a time said on its
    own right after the day belongs to that day."""
    if due.at is not None:
        return due
    for text in later[:2]:
        try:
            found = find_dates(text, m.sent, room.ctx.calendar)
        except Exception:
            return due
        for d in found:
            if d.due.at is not None and _TIME_ONLY.match(d.text.strip()):
                return Due(day=due.day, at=d.due.at)
    return due


def _own_text(mr: MessageReading) -> str:
    """The text without English clauses whose subject is a third person (They'll send …)."""
    own = [
        c.text
        for c in mr.clauses
        if not (c.analysis.lang == "en" and c.tokens and c.tokens[0].lemma in _THIRD_PERSON)
    ]
    return "\n".join(own)


_THIRD_PERSON = LEXICON["EN_THIRD_PERSON"]


def _marked_due(room: WorkingRoom, m: Msg, text: str | None = None) -> Any:
    try:
        text = m.mr.text if text is None else text
        marked = [d for d in find_dates(text, m.sent, room.ctx.calendar) if d.is_deadline]
    except Exception:
        log.exception("find_dates failed on message %s", m.msg.message_id)
        return None
    return marked[-1].due if marked else None


def _due(room: WorkingRoom, m: Msg, text: str | None = None) -> Any:
    try:
        return pick_due(m.mr.text if text is None else text, m.sent, room.ctx.calendar)
    except Exception:
        log.exception("pick_due failed on message %s", m.msg.message_id)
        return None
