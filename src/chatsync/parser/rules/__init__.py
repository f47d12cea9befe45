"""Speech-act rules as data: one named :class:`Rule` per phenomenon, grouped in one
table per act, each with the chat lines that need it (the tests read them back).

:mod:`chatsync.parser.rules.ja` and :mod:`chatsync.parser.rules.en` hold the
tables; :mod:`chatsync.parser.acts` applies them in the order of :data:`ACT_ORDER`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from chatsync.parser.pattern import compile_pattern, required_words
from chatsync.parser.rules.lexicon import LEXICON

__all__ = ["ACT_ORDER", "Act", "Rule"]


class Act(StrEnum):
    """What a clause does (issue #11's list)."""

    REQUEST = "request"  # asks someone for work
    COMMITMENT = "commitment"  # the sender will do work
    DONE = "done"  # reports work finished
    NOT_DONE = "not_done"  # negated, partial or future completion
    CANCEL = "cancel"  # the work is off
    RESCHEDULE = "reschedule"  # a new deadline, or a request for more time
    ACCEPT = "accept"  # takes on what was asked
    OFFER = "offer"  # an offer or a condition: 何かあればご連絡ください
    INFO_ASK = "info_ask"  # a question for information only
    COURTESY = "courtesy"  # greetings, thanks, よろしく alone
    INFO = "info"  # anything else: statements, notices, schedules


# When two tables could match, the earlier act wins: an offer before a request
# (何かあればご連絡ください), a negated report before a done one (終わりませんでした).
ACT_ORDER: tuple[Act, ...] = (
    Act.CANCEL,
    Act.NOT_DONE,
    Act.OFFER,
    Act.INFO_ASK,
    Act.RESCHEDULE,
    Act.INFO,
    Act.REQUEST,
    Act.COMMITMENT,
    Act.DONE,
    Act.ACCEPT,
    Act.COURTESY,
)

# Clause features a rule may require (``when``); ``!name`` requires its absence.
FEATURES = frozenset(
    {
        "question",
        "conditional",
        "polite",
        "past",
        "self",
        "casual",
        "recall",
        "embedded",
        "hearsay",
        "by a time",  # Japanese: 今日中に / 金曜までに in the clause
        "dated",  # Japanese: a day or time named in the clause (明日, 12/5, 今日中に)
        "subject",  # English: build 0.9.7 is green (a noun first, then be)
        "label",  # English: booking update: … (a gerund and a noun, then a colon)
        "imperative",  # Japanese: the clause ends in an imperative (ください, して)
        "wh",  # Japanese: a question word (どこ, いつ, 誰) in the clause
        "handed",  # English: an arrow to a file or a link ends the clause (spec text → a.docx)
        "from you",  # English: "from you" in the clause (waiting on the files from you)
        "thing first",  # Japanese: a thing and a comma or は open the clause (議事録、…)
        "unsaid",  # Japanese: the clause ends on a bare で, its ending unsaid (この件はなしで)
    }
)


@dataclass(frozen=True)
class Rule:
    """A named rule: its act, a pattern over morphemes (:mod:`chatsync.parser.pattern`),
    the clause features it needs, how sure a match makes us, and its corpus lines."""

    name: str
    act: Act
    pattern: str
    examples: tuple[str, ...]
    when: tuple[str, ...] = ()
    strength: float = 0.9
    action: str = ""  # the work when the clause names none (PTAL → Review)
    needs: frozenset[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for w in self.when:
            if w.lstrip("!") not in FEATURES:
                raise ValueError(f"rule {self.name}: unknown feature {w!r}")
        object.__setattr__(self, "needs", required_words(self.pattern, LEXICON))

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """The pattern's regex, built on first use: a process compiles only the rules its
        chat reaches (``needs`` skips the rest), so start-up stays short."""
        return compile_pattern(self.pattern, LEXICON)


def table(act: Act, *rules: tuple[str, str, tuple[str, ...]] | Rule) -> tuple[Rule, ...]:
    """Rules of one act; a plain ``(name, pattern, examples)`` is a rule of that act."""
    out: list[Rule] = []
    for r in rules:
        out.append(r if isinstance(r, Rule) else Rule(r[0], act, r[1], r[2]))
    return tuple(out)
