"""``chatsync report``: how well chatsync reads this team's chat, from what people corrected
in the sheet (see :mod:`chatsync.sheet.feedback`). Pure: tasks and corrections in, rows out.

Per room and ISO week of the task's message:

* found — tasks chatsync extracted; confirmed — 要確認 cleared by a person;
* corrected — title, assignees or deadline changed; deleted — rows people deleted (not tasks);
* added — rows people added linking a Chatwork message (tasks chatsync missed);
* precision = (found − deleted) / found; recall = (found − deleted) / (found − deleted + added).

``export`` writes the corrected conversations in the ``extract`` format with an
``expected`` key, so ``score.py`` measures a parser change on the team's own chat.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Any

from chatsync.models import ChatMessage, Correction, CorrectionKind, Member, Room, Task, TaskStatus
from chatsync.sheet.rows import DEFAULT_WORDS, StatusWords, parse_due, split_assignees


@dataclass(frozen=True)
class WeekRow:
    room_id: int
    room_name: str
    week: str  # ISO week, 2027-W02
    found: int
    confirmed: int
    corrected: int
    deleted: int
    added: int

    @property
    def precision(self) -> float | None:
        return (self.found - self.deleted) / self.found if self.found else None

    @property
    def recall(self) -> float | None:
        right = self.found - self.deleted
        return right / (right + self.added) if right + self.added else None


def _week(unix: int, tz: tzinfo) -> str:
    year, week, _ = datetime.fromtimestamp(unix, tz).isocalendar()
    return f"{year}-W{week:02d}"


def weekly(
    tasks: Sequence[Task],
    corrections: Sequence[Correction],
    tz: tzinfo,
    *,
    sent: Mapping[str, int] | None = None,
    room_names: Mapping[int, str] | None = None,
) -> list[WeekRow]:
    """One row per room and week. ``sent``: send time by ``cw-{room}-{message}``, for the
    week of a task people added (else the time chatsync saw the row)."""
    by_id = {t.task_id: t for t in tasks}
    names = dict(room_names or {})
    counts: dict[tuple[int, str], dict[str, set[str]]] = {}

    def bucket(room_id: int, week: str) -> dict[str, set[str]]:
        return counts.setdefault((room_id, week), {k: set() for k in _KINDS})

    for task in tasks:
        bucket(task.room_id, _week(task.created_at, tz))["found"].add(task.task_id)
        names.setdefault(task.room_id, task.room_name)
    for c in corrections:
        owner = by_id.get(c.task_id)
        if c.kind is CorrectionKind.ADDED:
            when = (sent or {}).get(c.task_id, c.at)
        elif owner is not None:
            when = owner.created_at
        else:
            continue
        bucket(c.room_id, _week(when, tz))[c.kind.value].add(c.task_id)
    return [
        WeekRow(
            room_id,
            names.get(room_id, str(room_id)),
            week,
            *(len(sets[k]) for k in _KINDS),
        )
        for (room_id, week), sets in sorted(counts.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]


_KINDS = ("found", "confirmed", "corrected", "deleted", "added")


def total(rows: Iterable[WeekRow]) -> WeekRow:
    rows = list(rows)
    return WeekRow(0, "合計", "", *(sum(getattr(r, k) for r in rows) for k in _KINDS))


def render(rows: Sequence[WeekRow]) -> str:
    """A plain-text table, one line per room and week, and the totals."""
    head = f"{'week':<9} {'room':<16} found confirmed corrected deleted added precision recall"
    lines = [head]
    for r in [*rows, total(rows)] if rows else []:
        lines.append(
            f"{r.week:<9} {r.room_name[:16]:<16} {r.found:>5} {r.confirmed:>9} {r.corrected:>9} "
            f"{r.deleted:>7} {r.added:>5} {_rate(r.precision):>9} {_rate(r.recall):>6}"
        )
    if not rows:
        lines.append("no tasks yet: sync first")
    return "\n".join(lines) + "\n"


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


_KEYWORD = re.compile(r"[の・、,\s]+")


def keywords(title: str) -> list[str]:
    """The words ``score.py`` looks for in a predicted title: the title's parts."""
    parts = [p for p in _KEYWORD.split(title) if len(p) >= 2]
    return parts[:3] or ([title] if title else [])


def export(
    rooms: Sequence[tuple[Room, Sequence[Member], Sequence[ChatMessage]]],
    tasks: Sequence[Task],
    corrections: Sequence[Correction],
    timezone: str,
    tz: tzinfo,
    *,
    words: StatusWords = DEFAULT_WORDS,
) -> list[dict[str, Any]]:
    """Conversations with people's corrections as ``expected`` (score.py's format): the
    tasks chatsync keeps (with people's edits, which the store holds), without the rows
    people deleted, plus the rows people added. Rooms without a correction are left out."""
    deleted = {c.task_id for c in corrections if c.kind is CorrectionKind.DELETED}
    touched = {c.room_id for c in corrections}
    out = []
    for room, members, messages in rooms:
        if room.room_id not in touched:
            continue
        ids = {m.name: m.account_id for m in members}
        expected = [
            {
                "message_id": t.message_id,
                "keywords": keywords(t.title),
                "assignees": sorted(t.assignee_ids),
                "due": t.due.to_contract(tz) if t.due is not None else None,
                "status": t.status.value,
            }
            for t in tasks
            if t.room_id == room.room_id
            and t.task_id not in deleted
            and t.status is not TaskStatus.CANCELLED
        ]
        for c in corrections:
            if c.kind is not CorrectionKind.ADDED or c.room_id != room.room_id:
                continue
            row = json.loads(c.value)
            due = parse_due(row.get("due", ""), datetime.fromtimestamp(c.at, tz).date())
            status = words.read(row.get("status", ""))
            if status is TaskStatus.CANCELLED:
                continue
            expected.append(
                {
                    "message_id": c.task_id.split("-", 2)[2],
                    "keywords": keywords(row.get("title", "")),
                    "assignees": sorted(
                        ids[n] for n in split_assignees(row.get("assignees", "")) if n in ids
                    ),
                    "due": due.to_contract(tz) if due is not None else None,
                    "status": status.value,
                }
            )
        out.append(
            {
                "id": f"room-{room.room_id}",
                "timezone": timezone,
                "room": {"room_id": room.room_id, "name": room.name},
                "members": [{"account_id": m.account_id, "name": m.name} for m in members],
                "messages": [
                    {
                        "message_id": m.message_id,
                        "account": {"account_id": m.account_id, "name": m.account_name},
                        "body": m.body,
                        "send_time": m.send_time,
                        "update_time": m.update_time,
                    }
                    for m in messages
                ],
                "expected": {"tasks": expected},
            }
        )
    return out
