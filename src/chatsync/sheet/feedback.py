"""What people's work in the sheet says about the parser: corrections, pure.

Every edit a person makes is a label: a deleted row was not a task, a changed title,
assignee or deadline was read wrong, a row added by hand that links a Chatwork message
is a task the parser missed, a cleared 要確認 confirms a weak task. chatsync keeps them
(:class:`chatsync.models.Correction`) so ``chatsync report`` can say how well it reads
this team's chat, and export the corrected conversations for ``score.py``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from chatsync.models import Correction, CorrectionKind, Task
from chatsync.sheet.merge import MergePlan

CORRECTABLE = frozenset({"title", "assignees", "due"})
"""Columns whose edit says the parser read the task wrong (status changes are work done)."""
_LINK = re.compile(r"#!rid(\d+)-(\d+)")


def corrections_of(plan: MergePlan, tasks: Mapping[str, Task], at: int) -> list[Correction]:
    """The corrections one merge saw (``tasks``: the stored tasks, by ID)."""
    out: list[Correction] = []
    for edit in plan.human_edits:
        task = tasks.get(edit.task_id)
        if task is None:
            continue
        if edit.column in CORRECTABLE:
            out.append(
                Correction(
                    task_id=edit.task_id,
                    room_id=task.room_id,
                    kind=CorrectionKind.CORRECTED,
                    column=edit.column,
                    value=edit.value,
                    at=at,
                )
            )
        elif edit.column == "review" and not edit.value.strip():
            out.append(
                Correction(
                    task_id=edit.task_id, room_id=task.room_id, kind=CorrectionKind.CONFIRMED, at=at
                )
            )
    for task_id in plan.deleted:
        task = tasks.get(task_id)
        if task is not None:
            out.append(
                Correction(
                    task_id=task_id, room_id=task.room_id, kind=CorrectionKind.DELETED, at=at
                )
            )
    known = {t.link for t in tasks.values()}
    for cells in plan.foreign:
        match = _LINK.search(cells.get("link", ""))
        if match is None or not cells.get("title", "").strip():
            continue
        room_id, message_id = int(match.group(1)), match.group(2)
        if any(link.endswith(f"#!rid{room_id}-{message_id}") for link in known):
            continue  # chatsync has a task for it: a copy, not a miss
        row = {k: cells.get(k, "") for k in ("title", "assignees", "due", "status")}
        out.append(
            Correction(
                task_id=f"cw-{room_id}-{message_id}",
                room_id=room_id,
                kind=CorrectionKind.ADDED,
                value=json.dumps(row, ensure_ascii=False, sort_keys=True),
                at=at,
            )
        )
    return out
