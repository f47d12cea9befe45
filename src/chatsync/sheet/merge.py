"""The three-way merge of the task sheet (sheet.md "Merge rules"): pure, no I/O.

Three versions of every cell meet here: the sheet as read (what people left),
the memory of what chatsync last wrote (the common base) and the task in the
store (what chatsync would write now). A cell that differs from the base was
edited by a person: the person's value wins, is taken into the task, and the
column becomes the person's for that task for good.

Crash safety (a write that reached the sheet but was never recorded in the
store) rests on two rules:

* a cell that differs from the base but already equals what chatsync would
  write is chatsync's own unrecorded write, not a person's edit;
* a row whose ID is in the sheet but not in memory is adopted. If the task is
  still dirty, the row is chatsync's unrecorded write (the store never got to
  clean it), so differing cells are rewritten; the cost is that a person's
  edit made in that crash window would be overwritten. If the task is clean,
  memory itself was lost, and differing cells are taken as people's edits:
  keeping a person's work beats freshness.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from chatsync.models import BoardTask, Task, TaskStatus
from chatsync.ports import SheetMemory
from chatsync.sheet.rows import (
    DEFAULT_LAYOUT,
    DEFAULT_WORDS,
    WRITTEN,
    Layout,
    StatusWords,
    cell_text,
    parse_due,
    parse_status,
    row_to_board_task,
    split_assignees,
    task_to_cells,
)

_EDITABLE = WRITTEN[1:]  # the ID is the key, never an edit


@dataclass(frozen=True)
class RowWrite:
    """Cells to write into one sheet row (1-based), by 0-based column."""

    row: int
    cells: Mapping[int, str]

    def runs(self) -> list[tuple[int, list[str]]]:
        """Contiguous column runs ``(first column, texts)``: one range each."""
        runs: list[tuple[int, list[str]]] = []
        for col in sorted(self.cells):
            if runs and runs[-1][0] + len(runs[-1][1]) == col:
                runs[-1][1].append(self.cells[col])
            else:
                runs.append((col, [self.cells[col]]))
        return runs


@dataclass(frozen=True)
class HumanEdit:
    task_id: str
    column: str
    value: str
    row: int


@dataclass(frozen=True)
class MergeWarning:
    """Something a person should look at; logged, never fatal."""

    message: str
    row: int | None = None
    task_id: str | None = None

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row is not None else "sheet"
        who = f" ({self.task_id})" if self.task_id else ""
        return f"{where}{who}: {self.message}"


@dataclass
class MergePlan:
    """What one sync cycle writes and records.

    ``tasks`` are the stored tasks changed by people's edits; ``memory`` the
    memory entries that are new or changed; ``board`` the sheet as it will
    stand after the writes (deleted rows gone, people's rows included).
    """

    layout: Layout
    header: RowWrite | None = None
    updates: list[RowWrite] = field(default_factory=list)
    new_rows: list[RowWrite] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    memory: list[SheetMemory] = field(default_factory=list)
    clean: set[str] = field(default_factory=set)
    board: list[BoardTask] = field(default_factory=list)
    human_edits: list[HumanEdit] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    foreign: list[Mapping[str, str]] = field(default_factory=list)  # rows people added
    warnings: list[MergeWarning] = field(default_factory=list)
    last_row: int = 1

    @property
    def writes(self) -> list[RowWrite]:
        head = [self.header] if self.header is not None else []
        return [*head, *self.updates, *self.new_rows]

    @property
    def has_writes(self) -> bool:
        return bool(self.header or self.updates or self.new_rows)

    @property
    def cells_written(self) -> int:
        return sum(len(w.cells) for w in self.writes)


def apply_edit(
    task: Task,
    column: str,
    text: str,
    now: datetime | None = None,
    words: StatusWords = DEFAULT_WORDS,
    today: date | None = None,
) -> Task:
    """Take a person's cell into the stored task.

    An unreadable deadline leaves the stored due as it was (the cell keeps the
    text and the board flags it); an emptied one removes it.
    """
    update: dict[str, object]
    if column == "status":
        status = parse_status(text, words)
        update = {"status": status}
        if status is TaskStatus.DONE and task.done_at is None and now is not None:
            update["done_at"] = int(now.timestamp())
        elif status is not TaskStatus.DONE:
            update["done_at"] = None
    elif column == "title":
        update = {"title": text}
    elif column == "assignees":
        names = split_assignees(text)
        known = dict(zip(task.assignee_names, task.assignee_ids, strict=False))
        ids = tuple(known[name] for name in names if name in known)
        update = {"assignee_names": names, "assignee_ids": ids}
    elif column == "due":
        if not text.strip():
            update = {"due": None}
        elif (due := parse_due(text, today)) is not None:
            update = {"due": due}
        else:
            return task
    elif column == "requester":
        update = {"requester_name": text}
    elif column == "room":
        update = {"room_name": text}
    else:
        return task
    return task.model_copy(update=update)


@dataclass
class _Row:
    row: int
    task_id: str
    cells: dict[str, str]


def merge(
    values: Sequence[Sequence[object]],
    memory: Mapping[str, SheetMemory],
    tasks: Iterable[Task],
    dirty: Collection[str],
    *,
    tz: tzinfo,
    layout: Layout = DEFAULT_LAYOUT,
    now: datetime | None = None,
    board: bool = True,
    fresh: Collection[str] = (),
) -> MergePlan:
    """Plan one sync cycle from one read of the whole worksheet.

    ``values`` is the worksheet as the API returned it, row 1 first (trimmed
    rows and cells are fine). Unchanged tasks produce no writes. ``board=False``
    leaves ``plan.board`` empty (a sync does not need it; building it is a third
    of the merge's time on a large sheet); the warnings are the same. ``fresh``: columns
    just added (back) to the sheet: what memory holds of them is void, so their empty
    cells are filled, not taken for people's edits.
    """
    by_id = {t.task_id: t for t in tasks}
    plan = MergePlan(layout=layout, clean=set(dirty))

    start = _read_header(values, memory, by_id, plan)
    rows = _scan(values, start, plan)
    final: dict[int, _Final] = {}
    found = {r.task_id: r for r in rows}

    ours: set[str] = set()
    new_tasks: list[Task] = []
    for task in sorted(by_id.values(), key=lambda t: (t.created_at, t.task_id)):
        tid = task.task_id
        mem = memory.get(tid)
        if mem is not None and mem.deleted:
            continue  # a person deleted it: never written again
        row = found.get(tid)
        if row is None:
            if mem is not None:
                plan.deleted.append(tid)
                plan.memory.append(mem.model_copy(update={"deleted": True, "row": None}))
            else:
                new_tasks.append(task)
            continue
        ours.add(tid)
        if mem is not None and fresh:
            mem = mem.model_copy(
                update={
                    "cells": {k: v for k, v in mem.cells.items() if k not in fresh},
                    "human": frozenset(mem.human - set(fresh)),
                }
            )
        final[row.row] = _merge_row(task, mem, row, tid not in dirty, tz, now, plan)

    for row in rows:
        if row.task_id not in ours:  # people's row (or one of a deleted task)
            final[row.row] = (row.cells, by_id.get(row.task_id))
            if row.task_id not in by_id and row.task_id not in memory:
                plan.foreign.append(row.cells)

    _append(new_tasks, plan, final, tz)
    _finish(final, plan, board=board, today=_today(now, tz))
    return plan


def merge_rows(
    header: Sequence[object],
    rows: Mapping[int, Sequence[object]],
    memory: Mapping[str, SheetMemory],
    tasks: Iterable[Task],
    last_row: int,
    *,
    tz: tzinfo,
    layout: Layout = DEFAULT_LAYOUT,
    now: datetime | None = None,
) -> MergePlan | None:
    """Plan a cycle from a read of only the rows it touches (the writer's fast path).

    ``tasks`` are the dirty tasks and ``memory`` their memory; ``rows`` holds the
    rows read, by 1-based number (a row not in it is empty): every remembered row
    (``SheetMemory.row``) of those tasks and, when some are new, rows ``last_row``
    to ``last_row + new``. Each row is merged exactly as :func:`merge` merges it.

    Returns None, and the caller merges the whole sheet instead, unless the read
    proves that the remembered positions still hold: row 1 is the header with
    every column, each remembered row holds its task's ID, and new rows go right
    after a non-empty ``last_row`` into empty rows. So a row is only ever written
    where this very read found its task, or found nothing (sheet.md: rows found by
    ID; people's rows left alone). Deleted rows, rows people add further down and
    edits to rows no task touches are left to the next full merge.
    """
    plan = MergePlan(layout=layout, last_row=last_row)
    placed: list[tuple[Task, SheetMemory, int]] = []
    new_tasks: list[Task] = []
    for task in sorted(tasks, key=lambda t: (t.created_at, t.task_id)):
        plan.clean.add(task.task_id)
        mem = memory.get(task.task_id)
        if mem is None:
            new_tasks.append(task)
        elif not mem.deleted:
            if mem.row is None or mem.row < 2:
                return None
            placed.append((task, mem, mem.row))
    if not placed and not new_tasks:
        return plan  # only tasks people deleted: nothing to read or write

    first = [cell_text(v) for v in header]
    plan.layout = layout.resolve(first)
    for key, pos in plan.layout.positions.items():
        if plan.layout.identified:
            break  # the writer checked row 1 against the header it found the columns under
        if pos >= len(first) or first[pos].strip() != layout.headers[key].strip():
            return None  # no header, or not all of it: the full merge decides

    final: dict[int, _Final] = {}
    for task, mem, number in placed:
        cells = plan.layout.cells(rows.get(number, ()))
        if cells["id"].strip() != task.task_id:
            return None  # the row moved (sort, insert, delete)
        row = _Row(number, task.task_id, cells)
        final[number] = _merge_row(task, mem, row, False, tz, now, plan)

    if new_tasks:
        bottom = plan.layout.cells(rows.get(last_row, ()))
        if last_row < 1 or (last_row > 1 and not _filled(bottom)):
            return None  # rows were deleted or moved at the bottom (row 1 is the header)
        for number in range(last_row + 1, last_row + len(new_tasks) + 1):
            if _filled(plan.layout.cells(rows.get(number, ()))):
                return None  # a row someone added (or an unrecorded write of ours)
    _append(new_tasks, plan, final, tz)
    _finish(final, plan, board=False, today=_today(now, tz))
    return plan


def _append(
    new_tasks: Sequence[Task],
    plan: MergePlan,
    final: dict[int, _Final],
    tz: tzinfo,
) -> None:
    """New tasks go to the rows right after the last one: explicit positions, never
    an append, so a retried write lands on the same cells."""
    for task in new_tasks:
        plan.last_row += 1
        cells = task_to_cells(task, tz)
        plan.new_rows.append(_row_write(plan.last_row, cells, plan.layout))
        plan.memory.append(SheetMemory(task_id=task.task_id, cells=cells, row=plan.last_row))
        final[plan.last_row] = (cells, task)


def rows_to_read(memory: Mapping[str, SheetMemory], new: int, last_row: int) -> list[int]:
    """The rows :func:`merge_rows` needs, ascending (row 1, the header, not included)."""
    wanted = {m.row for m in memory.values() if not m.deleted and m.row is not None}
    if new:
        wanted.update(range(last_row, last_row + new + 1))
    return sorted(n for n in wanted if n >= 2)


def _filled(cells: Mapping[str, str]) -> bool:
    return any(text.strip() for text in cells.values())


_Final = tuple[Mapping[str, str], Task | None]
"""A row as it will stand after the writes, and its task (None: a row people own)."""


def _finish(
    final: Mapping[int, _Final], plan: MergePlan, *, board: bool, today: date | None
) -> None:
    """The board (when wanted) and a warning for every deadline that cannot be read."""
    readable: dict[str, bool] = {}
    for number in sorted(final):
        cells, task = final[number]
        if board:
            plan.board.append(row_to_board_task(cells, task, plan.layout.words, today))
        due_text = cells.get("due", "").strip()
        if not due_text:
            continue
        if due_text not in readable:
            readable[due_text] = parse_due(due_text, today) is not None
        if not readable[due_text]:
            plan.warnings.append(
                MergeWarning(
                    f"期限 {due_text!r} を読めません (left as written; not used for lateness)",
                    row=number,
                    task_id=cells.get("id", "").strip() or None,
                )
            )


def _read_header(
    values: Sequence[Sequence[object]],
    memory: Mapping[str, SheetMemory],
    by_id: Mapping[str, Task],
    plan: MergePlan,
) -> int:
    """Decide what row 1 is; returns the index of the first data row."""
    first = [cell_text(v) for v in values[0]] if values else []
    if not any(text.strip() for text in first):
        plan.header = RowWrite(1, dict(enumerate(plan.layout.header_row())))
        return 1
    probe = plan.layout.cells(first).get("id", "").strip()
    if probe in by_id or probe in memory:
        plan.warnings.append(
            MergeWarning("the header row is missing and row 1 holds a task; header not written", 1)
        )
        plan.last_row = 0
        return 0
    plan.layout = plan.layout.resolve(first)
    return 1


def _scan(values: Sequence[Sequence[object]], start: int, plan: MergePlan) -> list[_Row]:
    """Non-empty rows by first occurrence of their ID; duplicates are left alone."""
    rows: list[_Row] = []
    first_row: dict[str, int] = {}
    for index in range(start, len(values)):
        cells = plan.layout.cells(values[index])
        if not any(text.strip() for text in cells.values()):
            continue
        number = index + 1
        plan.last_row = max(plan.last_row, number)
        tid = cells["id"].strip()
        if tid and tid in first_row:
            plan.warnings.append(
                MergeWarning(
                    f"ID appears again (first in row {first_row[tid]}); row left as it is",
                    number,
                    tid,
                )
            )
            continue
        if tid:
            first_row[tid] = number
        rows.append(_Row(number, tid, cells))
    return rows


def _merge_row(
    task: Task,
    mem: SheetMemory | None,
    row: _Row,
    clean: bool,
    tz: tzinfo,
    now: datetime | None,
    plan: MergePlan,
) -> _Final:
    """Merge one task with its row; returns the row as it will stand, and the task."""
    before = task_to_cells(task, tz)
    base = dict(mem.cells) if mem is not None else {}
    human = set(mem.human) if mem is not None else set()
    memory_lost = mem is None and clean
    current = task
    for key in _EDITABLE:
        seen = row.cells.get(key)
        if seen is None:
            continue  # a column people deleted: neither read nor written
        if key in human:
            edited = seen != base.get(key)
        elif key in base:
            edited = seen != base[key] and seen != before[key]
        else:
            edited = memory_lost and seen != before[key]
        if edited:
            human.add(key)
            current = apply_edit(current, key, seen, now, plan.layout.words, _today(now, tz))
            plan.human_edits.append(HumanEdit(task.task_id, key, seen, row.row))

    wanted = before if current is task else task_to_cells(current, tz)
    cells = {"id": task.task_id}
    writes: dict[str, str] = {}
    for key in _EDITABLE:
        if key in human and key in row.cells:
            cells[key] = row.cells[key]
            continue
        cells[key] = base[key] if key in human and key in base else wanted[key]
        if key in row.cells and row.cells[key] != wanted[key]:
            writes[key] = wanted[key]

    if writes:
        plan.updates.append(_row_write(row.row, writes, plan.layout))
    if current != task:
        plan.tasks.append(current)
    new_mem = SheetMemory(task_id=task.task_id, cells=cells, human=frozenset(human), row=row.row)
    if new_mem != mem:
        plan.memory.append(new_mem)
    return {**cells, **row.cells, **writes}, current


def _today(now: datetime | None, tz: tzinfo) -> date | None:
    """The day a yearless date a person typed (12/18) is read against."""
    return now.astimezone(tz).date() if now is not None else None


def _row_write(row: int, cells: Mapping[str, str], layout: Layout) -> RowWrite:
    positions = layout.positions
    return RowWrite(row, {positions[key]: text for key, text in cells.items() if key in positions})
