"""Stage 4, who: the members a task is for — the sender for a promise; for a request the
member the clause names, the [To:] above it, or who the message is addressed to."""

from __future__ import annotations

from chatsync.parser.acts import Act
from chatsync.parser.clauses import Clause
from chatsync.parser.naming import without
from chatsync.parser.scan import Scan

__all__ = ["addressed_above", "assignees_of"]


def assignees_of(
    scan: Scan, c: Clause, act: Act, title: str, base_here: tuple[int, ...]
) -> tuple[tuple[int, ...], str]:
    """The sender for a promise; for a request the member the clause names (out of the
    title) or else who the message is addressed to."""
    sender, directory = scan.ctx.sender, scan.ctx.directory
    if act == Act.COMMITMENT:
        return (sender,), title
    aid, rest = directory.leading_member(c.text)
    named = [aid] if aid is not None else []
    while named and len(named) < 6:
        more, after = directory.leading_member(rest)  # 内田くん、春日さん、…してもらえる？
        if more is None or more in named:
            break
        named, rest = [*named, more], after
    if len(named) > 1 and sender not in named:
        return tuple(named), without(title, c.text, rest) if c.analysis.lang == "ja" else title
    if aid is not None and c.analysis.lang == "en" and title.lower() != rest.lower():
        # Rosa, forum questions please: the name says who, it is no part of the work
        said = c.text[: len(c.text) - len(rest)].strip(" ,:")
        if title.lower().startswith(said.lower()):
            title = title[len(said) :].strip(" ,:")
            title = title[:1].upper() + title[1:]
    if aid is None and c.analysis.lang == "ja":
        aid, rest = directory.topic_member(c.text)  # 週報の送付は瀬川さんお願いします
        if aid is not None:
            title = without(title, c.text, rest)
    if aid is not None and aid != sender:
        return (aid,), title
    if base_here == scan.ctx.base and (above := addressed_above(scan, c)):
        return above, title
    return base_here, title


def addressed_above(scan: Scan, c: Clause) -> tuple[int, ...]:
    """[To:小松]…鑑定をお願いします。[To:石井]…出してもらえますか: with [To:]s on lines of
    their own, each ask goes to the [To:] above it (only while line numbers still match)."""
    pm, mr = scan.pm, scan.mr
    blocks: list[list[int]] = []  # runs of consecutive lines of [To:]s
    for n in sorted({n for n, _ in pm.to_lines}):
        if blocks and n == blocks[-1][-1] + 1:
            blocks[-1].append(n)
        else:
            blocks.append([n])
    if len(blocks) < 2 or pm.text.count("\n") != mr.text.count("\n"):
        return ()
    raw = mr.lines[c.line].raw
    block = next((b for b in reversed(blocks) if b[-1] <= raw), None)
    if block is None:
        return ()
    return tuple(sorted({aid for n, aid in pm.to_lines if n in block} - {scan.ctx.sender}))
