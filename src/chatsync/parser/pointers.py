"""Work said elsewhere: the ask in a pasted text or quoted lines that a pointer names
(上記、対応お願いします / can you handle this one?), and "same for X" — the work just asked
for, again, for another thing."""

from __future__ import annotations

import re

from chatsync.parser.acts import Act
from chatsync.parser.message import read_message, work_of
from chatsync.parser.normalise import QUOTE_LINE

__all__ = ["ask_in", "asks_the_same", "quoted_ask", "same_for"]


def quoted_ask(raw: str) -> str:
    """Koru's admin emailed: > could you reset the SSO config for our sandbox? … can you
    handle this one?: the work the quoted lines ask for, which "this one" points at."""
    lines = [q.group().strip().lstrip(">＞").strip() for q in QUOTE_LINE.finditer(raw)]
    return ask_in("\n".join(lines)) if lines else ""


# same for the Kyoto bid / do the same for the iPad sizes / the Guatemala lot too: the work
# just asked for, again, for another thing
_SAME_FOR = re.compile(
    r"^(?:(?:could you |can you |please )?do )?(?:the )?same(?: thing)? for (?P<thing>.{2,60}?)"
    r"(?:,? (?:please|pls|as well|too))?$"
    r"|^(?P<also>(?:the |our |their )?[\w'’ -]{2,40}?) (?:too|as well)$",
    re.I,
)


def asks_the_same(title: str) -> bool:
    """ "same for the Kyoto bid" / "the Guatemala lot too": the work before, for another thing."""
    return _SAME_FOR.match(title.strip()) is not None


def same_for(title: str, before: str) -> str:
    """``title`` as the work ``before`` names, for another thing (Same for the Kyoto bid →
    One-page summary for the Hokuriku bid — same for the Kyoto bid), or ``title`` as it is."""
    m = _SAME_FOR.match(title.strip())
    if m is None or not before:
        return title
    thing = (m.group("thing") or m.group("also") or "").strip()
    if not thing:
        return title
    if not _ASCII.match(thing) or not _ASCII.match(before):
        return f"{before} — same for {thing}"
    words = before.split()
    if len(words) > 2 and (k := before.lower().find(" to ")) > len(words[0]):
        # Send the export for 1.3 to the client → Send the screenshot pack to the client
        return f"{words[0]} {thing}{before[k:]}"
    if (k := before.lower().rfind(" for ")) > 0:
        return f"{before[: k + 5]}{thing}"  # summary for the Osaka bid → … for the Kyoto bid
    return f"{before} — same for {thing}"


_ASCII = re.compile(r"^[\x00-\x7f]+$")


def ask_in(text: str) -> str:
    """The work the first request of a pasted text asks for (帯のキャッチを…に変えてください
    → 帯のキャッチを…に変える), or ''."""
    mr = read_message(text)
    for c, r in mr.clauses_of(Act.REQUEST):
        title = work_of(c, r, []).title
        if title:
            return title
    return ""
