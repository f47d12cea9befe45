"""Who is meant: the room's members by the names people type, and the precedence of
extraction.md for a task's assignees (commitment → sender; a line naming a member;
``[To:]``; ``[toall]``; the person replied to)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chatsync.models import Member
from chatsync.parser.markup import ParsedMessage

__all__ = ["HONORIFIC", "Directory", "addressed"]

HONORIFIC = r"(?:さん|様|さま|くん|君|ちゃん|殿|氏|先生|部長|課長|係長|社長|主任|室長|店長)"
_PARENS = re.compile(r"\(([^()]{1,40})\)")


class Directory:
    """The room's members by the names people type (full, family, given; with or without a
    space). Built once per room and cached by the fold (its regexes are the costly part)."""

    def __init__(self, members: Sequence[Member]) -> None:
        self.ids = tuple(m.account_id for m in members)
        by_name: dict[str, set[int]] = {}
        for m in members:
            full = " ".join(m.name.split())
            parts = full.split(" ")
            forms = {full, full.replace(" ", "")}
            if len(parts) >= 2:
                forms.update(p for p in (parts[0], parts[-1]) if len(p) >= 2 or not p.isascii())
            for form in forms:
                if form:
                    by_name.setdefault(form.lower(), set()).add(m.account_id)
        # A name shared by two members names nobody.
        self.by_name = {k: next(iter(v)) for k, v in by_name.items() if len(v) == 1}
        self.compact = frozenset(
            " ".join(m.name.split()).replace(" ", "") for m in members if m.name.strip()
        )
        alternatives = sorted(self.by_name, key=len, reverse=True)
        pattern = "|".join(re.escape(a) for a in alternatives) or r"(?!x)x"
        self._lead = re.compile(rf"^@?({pattern}){HONORIFIC}?\s*[:、,]\s*", re.I)
        self._lead_loose = re.compile(rf"^@?({pattern}){HONORIFIC}(?!の)\s*[:、,]?\s*", re.I)
        self._named = re.compile(rf"({pattern}){HONORIFIC}\s*[、,]?\s*", re.I)
        self._bare = re.compile(rf"({pattern})", re.I)
        self._owner_tail = re.compile(
            rf"[\s(（]*(?:担当[:：]?\s*)?({pattern}){HONORIFIC}?[\s)）]*$", re.I
        )
        self._action_item = re.compile(rf"^@?({pattern})\s+to\s+(?=[a-z])", re.I)

    def leading_member(self, line: str) -> tuple[int | None, str]:
        """A member named at the start of a line (``佐藤さん: ...``) and the rest of the line."""
        m = self._lead.match(line) or self._lead_loose.match(line)
        if not m:
            return None, line
        return self.by_name.get(m.group(1).lower()), line[m.end() :]

    def action_item(self, line: str) -> tuple[int | None, str]:
        """``Ken to update the FAQ``: the member and the work."""
        m = self._action_item.match(line)
        if not m:
            return None, line
        return self.by_name.get(m.group(1).lower()), line[m.end() :]

    def named_in_parens(self, line: str) -> tuple[int | None, str]:
        """A member named inside a list item's parentheses (``会場探し（土屋さん、7日以内）``),
        and the item without the name."""
        for paren in _PARENS.finditer(line):
            m = self._named.search(paren.group(1)) or self._bare.fullmatch(paren.group(1).strip())
            if m is None:
                continue
            aid = self.by_name.get(m.group(1).lower())
            if aid is None:
                continue
            inner = paren.group(1)[: m.start()] + paren.group(1)[m.end() :]
            return aid, f"{line[: paren.start()]}({inner}){line[paren.end() :]}"
        return None, line

    def member(self, name: str) -> int | None:
        """The member a typed name (with or without an honorific) stands for."""
        name = re.sub(rf"{HONORIFIC}$", "", name.strip()).strip().lower()
        return self.by_name.get(name) or self.by_name.get(name.replace(" ", ""))


def addressed(
    pm: ParsedMessage, sender: int, directory: Directory, self_account_id: int | None
) -> tuple[int, ...]:
    """``[To:]`` tags, else ``[toall]`` (every member but the sender and chatsync), else the
    person replied to — the assignees of a request that names nobody in its own words."""
    if pm.to_ids:
        return tuple(sorted(set(pm.to_ids)))
    if pm.to_all:
        return tuple(sorted(a for a in directory.ids if a != sender and a != self_account_id))
    for rp in pm.replies:
        if rp.account_id != sender:
            return (rp.account_id,)
    return ()
