"""Stage 4, the state one message's clause scan keeps: what the whole message says (a link,
a notice, a 【依頼】 tag), the drafts found so far and which clause gave each, and the
clauses that only detail another's work. :mod:`chatsync.parser.tasks` fills it clause by
clause; :mod:`chatsync.parser.task_dues` gives the drafts their deadlines from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from chatsync.parser.markup import ParsedMessage
from chatsync.parser.message import Draft, MessageReading, TaskContext

__all__ = ["Scan", "Verdict"]

# What a check says of a clause: no task at all, or a detail (its deadline goes to the
# task before it).
Verdict = Literal["skip", "detail"] | None


@dataclass
class Scan:
    """One message's clause scan: what the whole message says, and the drafts so far."""

    pm: ParsedMessage
    mr: MessageReading
    ctx: TaskContext
    previous: str
    has_link: bool  # a link, an [info] block, a quote or a file name: the thing is here
    notice: bool  # [info][title]…のお知らせ: what the notice says will happen is no promise
    notice_titles: frozenset[str]  # those titles, lower-cased
    tagged: bool  # 【依頼】 somewhere in the message
    drafts: list[Draft] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)  # the clause of each draft
    details: list[int] = field(default_factory=list)  # clauses with no work of their own
    tagged_at: int | None = None  # the clause of a 【依頼】 heading

    def note(self, i: int, verdict: Verdict) -> None:
        if verdict == "detail":
            self.details.append(i)
