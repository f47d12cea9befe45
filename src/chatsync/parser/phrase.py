"""What the work stages share: the :class:`Work` a clause names, and how its tokens are
joined back into text (the Japanese and English title builders both use these)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from chatsync.parser.morph import Token

__all__ = ["TITLE_MAX", "Work", "in_spans", "join_tokens"]

TITLE_MAX = 80


@dataclass(frozen=True, slots=True)
class Work:
    """The work of a clause: its title, and what kind of phrase it was."""

    title: str
    bare: bool  # only an action (確認, 対応, review): the thing must come from context
    pointer: bool  # それ、私がやります: the work is named elsewhere
    other_subject: bool = False  # トナー交換は総務が行います: someone else does it
    parts: tuple[str, ...] = ()  # two pieces of work in one clause (更新して、送付します)


def join_tokens(text: str, toks: Sequence[Token]) -> str:
    """The tokens as the text had them: one space where there was a gap."""
    out: list[str] = []
    prev: Token | None = None
    for t in toks:
        if prev is not None and t.start < prev.end:
            continue  # the second half of an English contraction (we've → we, have)
        joined = t.start == t.end or (prev is not None and prev.start == prev.end)
        if prev is not None and t.start > prev.end and not joined:
            out.append(" ")  # (a particle the rules put in, as 数字を直す, has no gap)
        out.append(t.surface)
        prev = t
    return "".join(out).strip()


def in_spans(t: Token, spans: Sequence[tuple[int, int]]) -> bool:
    return any(t.start < e and t.end > s for s, e in spans)
