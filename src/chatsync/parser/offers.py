"""An offer taken up: 「変更かけますか？」 answered 「お願いします！」, "Want me to update the
doc?" answered "yes please". The work is the offerer's; the answer that takes it up is
where the task is asked for, so the task sits on the answer, assigned to the offerer.

Pure: the offer's text and the answer's reading in, a draft or None out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from chatsync.calendar import BusinessCalendar
from chatsync.parser.acts import Act, Reading, read_clause
from chatsync.parser.dates import pick_due
from chatsync.parser.message import (
    COURTESY_RULES,
    Draft,
    MessageReading,
    keywords_of,
    read_message,
    work_of,
)
from chatsync.parser.morph import Token, analyse
from chatsync.parser.naming import from_context
from chatsync.parser.rules.lexicon import LEXICON

__all__ = ["offer_taken"]

_NOT_WORK = LEXICON["NOT_WORK_VERB"]
# yes please / please do / sure, go ahead: the English answers that take an offer up
_YES_EN = re.compile(
    r"^(?:(?:yes|yeah|yep|sure|ok|okay)\b[\s,!.]*)?(?:please(?:\s+do)?|go\s+ahead|that\s+would"
    r"\s+be\s+great|would\s+be\s+great)\b|^(?:yes|yeah|yep)\s*,?\s*please\b",
    re.I,
)
_ABLE = frozenset({"できる", "わかる"})  # できますか / わかりますか ask about the addressee
_CONDITIONAL_OFFERS = frozenset({"I can if"})
_EN_IF = re.compile(r"\s+if\s+", re.I)
_ANSWER_ACTS = frozenset({Act.REQUEST, Act.ACCEPT, Act.COURTESY, Act.INFO})


def _takes_it(mr: MessageReading) -> bool:
    """The answer only says yes to the offer (お願いします！, ぜひお願いします, yes please):
    no work of its own, nothing called off or declined."""
    if not mr.clauses or mr.acts - _ANSWER_ACTS:
        return False
    if any(r.rule not in COURTESY_RULES for _, r in mr.clauses_of(Act.REQUEST)):
        return False  # お願いします。あと請求書も送ってください: an ask of its own
    first_c, first_r = mr.clauses[0], mr.readings[0]
    if first_c.analysis.lang == "en":
        return bool(_YES_EN.match(first_c.text.strip()))
    return first_r.act == Act.REQUEST and first_r.rule in COURTESY_RULES and first_r.pred <= 1


def _offer_clause(mr: MessageReading) -> int | None:
    """The last clause that offers to do work: an offer rule's (送りましょうか, want me to), or
    a polite question on a work verb (変更かけますか？ — the sender asking whether to)."""
    for k in range(len(mr.clauses) - 1, -1, -1):
        c, r = mr.clauses[k], mr.readings[k]
        if r.act == Act.OFFER and (r.question or r.rule in _CONDITIONAL_OFFERS):
            return k  # (I can pull a longlist if it helps: an offer said as a condition)
        if r.act == Act.INFO_ASK and c.analysis.lang == "ja" and _asks_whether_to(c.tokens):
            return k
    return None


def _asks_whether_to(toks: tuple[Token, ...]) -> bool:
    words = [t for t in toks if t.cls != "y"]
    if len(words) < 3 or words[-1].lemma != "か" or words[-2].lemma != "ます":
        return False
    verb = words[-3]
    if verb.lemma == "する" and len(words) >= 4:
        verb = words[-4]
    return (
        verb.cls in "vs" and verb.lemma not in _NOT_WORK and verb.lemma not in ("できる", "わかる")
    )


def offer_taken(
    offer_text: str,
    offerer: int,
    answer: MessageReading,
    sent: datetime,
    calendar: BusinessCalendar,
) -> Draft | None:
    """The task an answer creates by taking up the offer it replies to, else None."""
    if not _takes_it(answer):
        return None
    offer = read_message(offer_text)
    k = _offer_clause(offer)
    if k is None:
        return None
    c, r = offer.clauses[k], offer.readings[k]
    head = _EN_IF.split(c.text)[0] if c.analysis.lang == "en" else ""
    if head and head != c.text:  # I can pull a longlist … if it helps: the work, not the if
        a = analyse(head)
        c, r = replace(c, analysis=a), read_clause(a)
    as_promise = Reading(Act.COMMITMENT, r.rule, r.pred, r.work, r.strength, False, False, False)
    w = work_of(c, as_promise, ())
    named = from_context(offer, k, "", w.title) if w.pointer and k > 0 else ""
    if named:  # re the 304 dishwasher hose — still want me to swap it?: the thing said first
        w = replace(w, title=named, bare=False, pointer=False)
    if not w.title or (w.bare and w.pointer):
        return None
    try:
        due = pick_due(answer.text, sent, calendar)
    except Exception:
        due = None
    return Draft(w.title, (offerer,), due, "request", keywords_of(w.title), confidence=0.6)
