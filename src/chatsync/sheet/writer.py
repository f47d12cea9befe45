"""Writes the task sheet: one read, the pure merge, at most one batch write per cycle.

Why it is shaped this way (sheet.md, research/sheets-api.md):

* Every write goes to a row position found by ID in the read just made, through
  ``values:batchUpdate`` with valueInputOption RAW. RAW keeps chat text from
  ever becoming a formula; explicit positions make the write idempotent, so a
  429/5xx/reset can be retried without duplicating a row (``values.append``
  and gspread's ``BackOffHTTPClient`` would re-append after an ambiguous 5xx).
* Memory is committed to the store only after the write; a crash in between
  is healed by the merge, which adopts rows it finds by ID (see merge.py).
* The read asks for UNFORMATTED_VALUE with SERIAL_NUMBER dates: text comes
  back as typed, and a date a person typed into 期限 arrives as a serial that
  :func:`chatsync.sheet.rows.cell_text` turns into ``YYYY-MM-DD`` whatever the
  cell's display format.
* Columns are found by identity (developer metadata tags, sheet/columns.py), not
  by header text: row 1 as last seen is remembered, and only a changed row 1 costs
  a metadata search. A renamed worksheet is found again by its sheet id.
* Setup calls (create the worksheet, tag its columns, the tracker's formatting of
  sheet/format.py) happen only when the worksheet is new, its header row is empty
  or its columns must be tagged. Growing the grid (``values`` writes never do) costs one
  extra call only when new rows would run past the last grid row.

Two ways to run a writing cycle, so that its cost grows with what changed and
not with the size of the sheet (BENCHMARKS.md, "growth"):

* **Fast path**, the usual one: the store remembers each task's row
  (``SheetMemory.row``) and the sheet's last used row (:class:`SheetState`).
  One ``values:batchGet`` reads row 1, the dirty tasks' rows and the rows new
  tasks will take; :func:`chatsync.sheet.merge.merge_rows` checks that every
  remembered row still holds its ID (and the new rows are empty) and merges
  those rows alone, with only the dirty tasks and their memory loaded.
* **Full path**: read the whole worksheet, merge every row (finds rows people
  moved, deleted or added, edits anywhere, unreadable deadlines anywhere). It
  runs while the sheet is small (under ``fast_from_rows`` rows: reading it whole
  costs little, and every writing cycle then sees everything people did), on the
  first writing cycle of each day in ``tz`` (so edits to rows chatsync does not
  touch reach the store within a day), when the store has no settled state
  (first run, a write that may have reached the sheet without being recorded,
  another worksheet), when new rows need a bigger grid, and when the fast read
  finds the rows moved: that cycle then reads twice (the fast read, then the
  whole sheet).
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, tzinfo
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

import gspread
from gspread.exceptions import APIError, WorksheetNotFound
from gspread.utils import absolute_range_name

from chatsync.errors import ChatsyncError
from chatsync.faults import checkpoint
from chatsync.models import BoardTask, Task
from chatsync.ports import SheetMemory, StateStore
from chatsync.sheet.api import SheetCalls, SheetReport, _Missing
from chatsync.sheet.columns import (
    Columns,
    resolve_columns,
    tag_request,
    tagged_columns,
)
from chatsync.sheet.feedback import corrections_of
from chatsync.sheet.format import format_requests, is_ours
from chatsync.sheet.merge import MergePlan, RowWrite, merge, merge_rows, rows_to_read
from chatsync.sheet.rows import (
    COLUMNS,
    DEFAULT_WORDS,
    Layout,
    StatusWords,
    cell_text,
    column_letter,
)

log = logging.getLogger(__name__)

T = TypeVar("T")

TOKYO = ZoneInfo("Asia/Tokyo")
READ_PARAMS: dict[str, str | int | bool | float | list[str] | None] = {
    "valueRenderOption": "UNFORMATTED_VALUE",
    "dateTimeRenderOption": "SERIAL_NUMBER",
}
NEW_SHEET_ROWS = 1000
GROW_HEADROOM = 1000
STATE_KEY = "sheet_state"
FAST_FROM_ROWS = 2000
"""Below this many rows a writing cycle reads the whole sheet (~0.1 s at 1,000 rows)."""
MAX_RANGES = 100
"""Ranges in one fast read (a GET: its URL must stay short); nearby rows are joined."""
_GRID = re.compile(r"!?\$?[A-Z]*\$?\d*:\$?([A-Z]+)\$?(\d+)$")


@dataclass(frozen=True)
class SheetState:
    """What the store keeps of the sheet between cycles, for the fast path.

    ``settled`` is cleared before every write and set again once the write and its
    memory are committed: a crash in between leaves it cleared, so the next cycle
    takes the full path, which finds and adopts what was written (a fast path there
    could add a row a second time).
    """

    spreadsheet: str
    worksheet: str
    last_row: int  # last non-empty row after the last cycle
    grid_rows: int  # rows of the grid, as last read or grown
    swept_on: str  # ISO day (in the writer's tz) of the last full path in sync()
    settled: bool = True
    sheet_id: int | None = None  # the worksheet's id: found again after people rename it
    configured: str | None = None  # the settings' worksheet name when this was recorded
    header: list[str] | None = None  # row 1 as last read, trailing empty cells trimmed
    columns: dict[str, int] | None = None  # chatsync's columns as last resolved
    gone: list[str] = field(default_factory=list)  # chatsync's columns people deleted
    fresh: list[str] = field(default_factory=list)  # columns put back by repair, not yet merged

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> SheetState | None:
        if not text:
            return None
        try:
            return cls(**json.loads(text))
        except (TypeError, ValueError):
            return None  # unreadable: take the full path, which writes a new one


@dataclass
class _Read:
    values: list[list[object]]
    rows: int | None  # grid size from the response's clipped range, when readable
    cols: int | None
    missing: bool = False  # the worksheet did not exist (and may have been created now)
    created: bool = False
    sheet_id: int | None = None
    header: list[str] = field(default_factory=list)  # row 1 after this cycle's setup calls


class SheetWriter(SheetCalls):
    """Keeps one worksheet in step with the store (sheet.md).

    ``sleep`` and ``clock`` are injectable so tests never wait; ``max_attempts``
    bounds every API call (first try included).
    """

    def __init__(
        self,
        spreadsheet: gspread.Spreadsheet,
        worksheet_title: str = "タスク",
        headers: Mapping[str, str] | None = None,
        tz: tzinfo = TOKYO,
        words: StatusWords = DEFAULT_WORDS,
        sleep: Callable[[float], None] = time.sleep,
        max_attempts: int = 5,
        *,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
        clock: Callable[[], datetime] | None = None,
        fast_from_rows: int = FAST_FROM_ROWS,
    ) -> None:
        super().__init__(spreadsheet, sleep, max_attempts, backoff=backoff, max_backoff=max_backoff)
        self.title = worksheet_title
        self.configured = worksheet_title
        self.layout = Layout.with_headers(headers, words)
        self.tz = tz
        self._clock = clock or (lambda: datetime.now(self.tz))
        self.fast_from_rows = fast_from_rows

    # ----------------------------------------------------------------- public

    def check_columns(self) -> tuple[bool, str]:
        """For ``chatsync check`` (read-only: two reads, nothing written): can chatsync's
        columns be found? (ok, one line)."""
        try:
            response = self._call(
                "read the header row",
                lambda: self.spreadsheet.values_get(
                    absolute_range_name(self.title, "1:1"), params=READ_PARAMS
                ),
                missing_on_400=True,
            )
        except _Missing:
            return True, f"worksheet {self.title!r} missing: created on the first sync"
        values = list(response.get("values", []))
        header = _trim([cell_text(v) for v in values[0]]) if values else []
        if not any(header):
            return True, f"worksheet {self.title!r}: empty; its header is written on the next sync"
        tagged = tagged_columns(
            self._call("find chatsync's columns", self._search_tags),
            self._sheet_id(_Read(values, None, None)),
        )
        columns = resolve_columns(header, tagged, self.layout.headers, title=self.title)
        if columns.problem is not None:
            return False, columns.problem
        by_tag = sum(1 for key in columns.positions if key not in columns.adopt)
        text = f"worksheet {self.title!r}: chatsync's columns found ({by_tag} by their tags"
        if columns.adopt:
            text += f", {len(columns.adopt)} by header text, tagged on the next sync"
        return True, text + ")"

    def sync(self, store: StateStore, now: datetime | None = None) -> SheetReport:
        """One cycle: read the sheet, merge, write what changed, record it in the store."""
        self._report = report = SheetReport()
        self._fast_columns: tuple[Columns, list[str]] | None = None
        moment = now or self._clock()
        dirty = store.dirty_task_ids()
        state = self._follow(SheetState.from_json(store.get_value(STATE_KEY)))

        fast = self._fast(store, dirty, state, moment)
        columns: Columns | None = None
        loaded: list[Task] | None = None  # every task, when the full path loaded them
        if fast is not None:
            read, plan = fast
            if self._fast_columns is not None:
                columns, read.header = self._fast_columns
        else:
            read = self._read(create=True, state=state)
            columns = self._columns(read, state)
            memory, tasks = store.sheet_memory(), store.all_tasks()
            loaded = tasks
            if self._mine(state) and state is not None and state.fresh:
                columns = replace(columns, fresh=(*columns.fresh, *state.fresh))
            plan = self._plan(read, memory, tasks, dirty, moment, board=False, columns=columns)
            if plan.header is not None and not read.created:
                self._format(self._sheet_id(read))
        after = self._next_state(state, read, plan, moment, swept=fast is None, columns=columns)
        stored = state
        if plan.has_writes and state is not None and state.settled:
            stored = replace(state, settled=False)
            store.set_value(STATE_KEY, stored.to_json())
        checkpoint("before_sheet_write")
        if plan.has_writes:
            self._grow(read, plan)
            if after is not None:
                after = replace(after, grid_rows=read.rows or after.grid_rows)
            self._write(plan)
        checkpoint("after_sheet_write")
        if plan.memory or plan.tasks or plan.clean:
            store.commit_sheet(plan.memory, plan.tasks, plan.clean)
        self._record_corrections(store, plan, moment, loaded)
        if after is not None and after != stored:
            store.set_value(STATE_KEY, after.to_json())

        report.worksheet_created = read.created
        report.header_written = plan.header is not None
        report.rows_added = len(plan.new_rows)
        report.rows_updated = len(plan.updates)
        report.cells_written = plan.cells_written
        report.human_edits = len(plan.human_edits)
        report.rows_deleted_by_people = len(plan.deleted)
        report.tasks_taken_from_sheet = len(plan.tasks)
        report.wrote = plan.has_writes
        report.warnings = [str(w) for w in plan.warnings]
        for edit in plan.human_edits:
            log.info("row %d (%s): %s edited by a person", edit.row, edit.task_id, edit.column)
        for task_id in plan.deleted:
            log.info("%s: row deleted by a person; it will not be written again", task_id)
        for warning in report.warnings:
            log.warning("sheet %r %s", self.title, warning)
        return report

    def _record_corrections(
        self, store: StateStore, plan: MergePlan, now: datetime, loaded: list[Task] | None
    ) -> None:
        """People's corrections seen this cycle, for ``chatsync report`` (``loaded``: the
        tasks the full path already read, reused rather than read again)."""
        if not (plan.human_edits or plan.deleted or plan.foreign):
            return
        if loaded is not None:
            tasks = {t.task_id: t for t in loaded}
        elif plan.foreign:
            tasks = {t.task_id: t for t in store.all_tasks()}
        else:
            tasks = store.tasks_by_id({e.task_id for e in plan.human_edits} | set(plan.deleted))
        found = corrections_of(plan, tasks, int(now.timestamp()))
        if found:
            store.record_corrections(found)

    def read_board(self, store: StateStore, now: datetime | None = None) -> list[BoardTask]:
        """The board as people see it merged with the store, for the digest (one read, no
        writes): chatsync's rows with people's edits, rows people added, minus deleted rows."""
        self._report = SheetReport()
        state = self._follow(SheetState.from_json(store.get_value(STATE_KEY)))
        read = self._read(create=False, state=state)
        columns = None if read.missing else self._columns(read, state, setup=False)
        plan = self._plan(
            read, store.sheet_memory(), store.all_tasks(), set(), now, columns=columns
        )
        for warning in plan.warnings:
            log.warning("sheet %r %s", self.title, warning)
        return plan.board

    # ----------------------------------------------------------------- steps

    def _plan(
        self,
        read: _Read,
        memory: Mapping[str, SheetMemory],
        tasks: list[Task],
        dirty: set[str],
        now: datetime | None,
        *,
        board: bool = True,
        columns: Columns | None = None,
    ) -> MergePlan:
        layout = self.layout if columns is None else self.layout.at(columns.positions)
        if read.missing:
            # A worksheet that did not exist holds nothing people did: start it over,
            # keeping only their deletions.
            memory = {tid: m for tid, m in memory.items() if m.deleted}
        return merge(
            read.values,
            memory,
            tasks,
            dirty,
            tz=self.tz,
            layout=layout,
            now=now or self._clock(),
            board=board,
            fresh=columns.fresh if columns is not None else (),
        )

    def _fast(
        self, store: StateStore, dirty: set[str], state: SheetState | None, now: datetime
    ) -> tuple[_Read, MergePlan] | None:
        """The fast path's read and plan, or None (the reason in the report and the log)
        when this cycle must read and merge the whole sheet."""
        why = self._full_read_needed(dirty, state, now)
        if why is not None or state is None:
            return self._full_read(why or "no sheet state recorded yet")
        memory = store.sheet_memory_of(dirty)
        tasks = store.tasks_by_id(dirty)
        new = sum(1 for tid in tasks if tid not in memory)
        if any(m.row is None for m in memory.values() if not m.deleted):
            return self._full_read("rows of some changed tasks not known yet")
        if state.last_row + new > state.grid_rows:
            return self._full_read("new rows need a bigger grid")
        wanted = rows_to_read(memory, new, state.last_row)
        header: Sequence[object] = []
        rows: dict[int, Sequence[object]] = {}
        read = _Read([], state.grid_rows, None)
        if wanted:
            try:
                header, rows, read.cols = self._read_rows(wanted)
            except _Missing:  # the grid shrank, or the worksheet is gone
                return self._full_read("the remembered rows are no longer in the grid")
        positions = state.columns
        head = _trim([cell_text(v) for v in header])
        if wanted and (positions is None or head != state.header):
            row1 = _Read([list(header)], read.rows, read.cols, header=head)
            row1.sheet_id = state.sheet_id if state.worksheet == self.title else None
            found = self._columns(row1, state)
            positions, self._fast_columns = found.positions, (found, row1.header)
        plan = merge_rows(
            header,
            rows,
            memory,
            tasks.values(),
            state.last_row,
            tz=self.tz,
            layout=self.layout.at(positions or {}),
            now=now,
        )
        if plan is None:
            return self._full_read("rows were moved, deleted or added since the last cycle")
        self._report.fast_path = True
        self._report.rows_read = len(wanted)
        return read, plan

    def _full_read(self, why: str) -> tuple[_Read, MergePlan] | None:
        """Record why the whole sheet is read this cycle; None, for :meth:`_fast`."""
        self._report.full_read_because = why
        log.info("sheet %r: reading the whole sheet (%s)", self.title, why)
        return None

    def _full_read_needed(
        self, dirty: set[str], state: SheetState | None, now: datetime
    ) -> str | None:
        if not dirty:
            return "nothing changed: a sweep"
        if state is None:
            return "no sheet state recorded yet"
        if not state.settled:
            return "the last write may not have been recorded"
        if state.fresh:
            return "columns were put back: every row gets them"
        if (state.spreadsheet, state.worksheet) != (self._spreadsheet_id(), self.title):
            return "another spreadsheet or worksheet"
        if state.last_row < self.fast_from_rows:
            return "a small sheet: read whole"
        if state.swept_on != _day(now, self.tz).isoformat():
            return "first writing cycle of the day"
        return None

    def _next_state(
        self,
        state: SheetState | None,
        read: _Read,
        plan: MergePlan,
        now: datetime,
        *,
        swept: bool,
        columns: Columns | None = None,
    ) -> SheetState | None:
        """The state to record once this cycle is committed (None: leave it as it is)."""
        if not swept:
            assert state is not None
            if columns is not None:  # the header changed and was resolved on the fast path
                state = replace(
                    state,
                    header=_trim(read.header),
                    columns=dict(columns.positions),
                    gone=list(columns.gone),
                )
            return replace(state, last_row=plan.last_row, settled=True)
        if read.rows is None:
            return None
        header = list(read.header)
        if plan.header is not None:
            header = [plan.header.cells.get(i, "") for i in range(max(plan.header.cells) + 1)]
        return SheetState(
            spreadsheet=self._spreadsheet_id(),
            worksheet=self.title,
            last_row=plan.last_row,
            grid_rows=read.rows,
            swept_on=_day(now, self.tz).isoformat(),
            sheet_id=read.sheet_id,
            configured=self.configured,
            header=_trim(header),
            columns=dict(columns.positions) if columns is not None else None,
            gone=list(columns.gone) if columns is not None else [],
        )

    def _read_rows(
        self, wanted: list[int]
    ) -> tuple[Sequence[object], dict[int, Sequence[object]], int | None]:
        """One ``values:batchGet`` of row 1 and the ``wanted`` rows (whole rows, so columns
        people moved are read too): (header, rows by number, grid columns)."""
        spans = _spans(wanted, MAX_RANGES)
        ranges = [absolute_range_name(self.title, "1:1")]
        ranges += [absolute_range_name(self.title, f"{a}:{b}") for a, b in spans]
        response = self._call(
            "read the changed rows",
            lambda: self.spreadsheet.values_batch_get(ranges, params=READ_PARAMS),
            missing_on_400=True,
        )
        value_ranges = list(response.get("valueRanges", []))
        if len(value_ranges) != len(ranges):
            raise ChatsyncError(
                f"could not read worksheet {self.title!r}: {len(value_ranges)} ranges "
                f"returned for {len(ranges)} asked"
            )
        head = list(value_ranges[0].get("values", []))
        cols = _grid_size(str(value_ranges[0].get("range", "")))[1]
        rows: dict[int, Sequence[object]] = {}
        for (first, _last), found in zip(spans, value_ranges[1:], strict=True):
            for offset, values in enumerate(found.get("values", [])):
                rows[first + offset] = values
        return (head[0] if head else []), rows, cols

    def _read(self, *, create: bool, state: SheetState | None = None) -> _Read:
        """The one read of the cycle (plus setup calls when the worksheet is missing)."""
        whole = absolute_range_name(self.title)
        try:
            response = self._call(
                "read the sheet",
                lambda: self.spreadsheet.values_get(whole, params=READ_PARAMS),
                missing_on_400=True,
            )
        except _Missing as exc:
            try:
                self._call("look up the worksheet", lambda: self.spreadsheet.worksheet(self.title))
            except WorksheetNotFound:
                if self._renamed(state):
                    return self._read(create=create)
                if not create:
                    return _Read([], None, None, missing=True)
                return self._create()
            raise ChatsyncError(
                f"could not read worksheet {self.title!r}: {exc.__cause__}"
            ) from exc.__cause__
        rows, cols = _grid_size(str(response.get("range", "")))
        values = list(response.get("values", []))
        head = _trim([cell_text(v) for v in values[0]]) if values else []
        read = _Read(values, rows, cols, header=head)
        if self._mine(state) and state is not None and state.worksheet == self.title:
            read.sheet_id = state.sheet_id
        return read

    def _mine(self, state: SheetState | None) -> bool:
        """Was ``state`` recorded for this spreadsheet and this worksheet setting?"""
        return (
            state is not None
            and state.spreadsheet == self._spreadsheet_id()
            and state.configured == self.configured
        )

    def _follow(self, state: SheetState | None) -> SheetState | None:
        """Use the worksheet's title as last seen: people may have renamed it."""
        if self._mine(state) and state is not None:
            self.title = state.worksheet
        return state

    def _renamed(self, state: SheetState | None) -> bool:
        """The worksheet is not under its title: find it by its sheet id (people renamed
        it) rather than create a second one. True when found (``self.title`` follows)."""
        if not self._mine(state) or state is None or state.sheet_id is None:
            return False
        sheet_id = state.sheet_id
        try:
            worksheet = self._call(
                "look up the worksheet by its id",
                lambda: self.spreadsheet.get_worksheet_by_id(sheet_id),
            )
        except WorksheetNotFound:
            return False
        log.warning(
            "worksheet %r is now called %r (found by its sheet id); chatsync follows it",
            self.title,
            worksheet.title,
        )
        self.title = str(worksheet.title)
        return True

    # ----------------------------------------------------------------- columns

    def _columns(
        self, read: _Read, state: SheetState | None, *, setup: bool = True, repair: bool = False
    ) -> Columns:
        """Where chatsync's columns are this cycle (see :mod:`chatsync.sheet.columns`).

        Free while row 1 is what it was: the positions last resolved are used. When it
        changed (people renamed, moved, inserted or deleted a column), one metadata
        search finds the tagged columns; columns found by header text or new to the sheet
        are tagged (setup calls, with ``setup``). Raises :class:`ColumnsNotFound`, before
        anything is merged or written, when the ID, status or title column is gone.
        """
        defaults = {key: i for i, key in enumerate(COLUMNS)}
        if read.created:
            return Columns(defaults)
        if (
            not repair
            and self._mine(state)
            and state is not None
            and state.worksheet == self.title
            and state.columns is not None
            and state.header == read.header
        ):
            return Columns(dict(state.columns), gone=tuple(state.gone))
        matches = self._call("find chatsync's columns", self._search_tags)
        tagged = tagged_columns(matches, self._sheet_id(read))
        if not any(read.header) and not tagged:
            columns = Columns(defaults, adopt=defaults)  # an empty row 1: the header goes here
        else:
            seen = state.columns if self._mine(state) and state is not None else None
            columns = resolve_columns(
                read.header,
                tagged,
                self.layout.headers,
                title=self.title,
                seen_before=tuple(seen or ()),
                repair=repair,
            )
        for note in columns.notes:
            log.warning("worksheet %r: %s", self.title, note)
        if columns.problem is not None:
            raise ColumnsNotFound(columns.problem)
        _refuse_an_empty_id_column(read, columns, self.title)
        if setup and (columns.adopt or columns.add):
            columns = self._tag(read, columns)
        elif columns.add:
            columns = replace(columns, gone=(*columns.gone, *columns.add), add=())
        for key in columns.gone:
            if key != "memo":
                log.info(
                    "worksheet %r: column %r was deleted; chatsync no longer writes it "
                    "(`chatsync sheet repair` puts it back)",
                    self.title,
                    self.layout.headers[key],
                )
        return columns

    def _tag(self, read: _Read, columns: Columns) -> Columns:
        """Setup calls: add the columns new to the sheet after its last one, then tag every
        column found without a tag. A protected header keeps a new column out (logged)."""
        sheet_id = self._sheet_id(read)
        positions = dict(columns.positions)
        gone = list(columns.gone)
        added: dict[str, int] = {}
        if columns.add:
            start = max(len(read.header), max(positions.values(), default=-1) + 1)
            added = {key: start + i for i, key in enumerate(columns.add)}
            need = start + len(added)
            if read.cols is not None and need > read.cols:
                self._resize(sheet_id, read.rows or NEW_SHEET_ROWS, need)
                read.cols = need
            first, last = column_letter(start), column_letter(need - 1)
            body = {
                "valueInputOption": "RAW",
                "data": [
                    {
                        "range": absolute_range_name(self.title, f"{first}1:{last}1"),
                        "values": [[self.layout.headers[key] for key in added]],
                    }
                ],
            }
            try:
                self._call("add columns", lambda: self.spreadsheet.values_batch_update(body))
            except ChatsyncError as exc:
                log.warning("worksheet %r: could not add column(s) (%s)", self.title, exc)
                gone += list(added)
                added = {}
            header = list(read.header) + [""] * max(0, need - len(read.header))
            for key, pos in added.items():
                header[pos] = self.layout.headers[key]
            read.header = _trim(header) if added else read.header
            positions.update(added)
        tags = [tag_request(sheet_id, key, pos) for key, pos in {**columns.adopt, **added}.items()]
        if tags:
            try:
                self._call(
                    "tag chatsync's columns",
                    lambda: self.spreadsheet.batch_update({"requests": tags}),
                )
            except ChatsyncError as exc:  # found by header text meanwhile; tried again later
                log.warning("worksheet %r: could not tag its columns (%s)", self.title, exc)
        return Columns(positions, gone=tuple(gone), notes=columns.notes, fresh=tuple(added))

    def _create(self) -> _Read:
        log.info("worksheet %r not found: creating it", self.title)

        def add() -> Any:
            try:
                return self.spreadsheet.add_worksheet(
                    self.title, rows=NEW_SHEET_ROWS, cols=self.layout.width
                )
            except APIError as exc:
                if exc.code == 400 and "already exists" in str(exc.error.get("message", "")):
                    # our own earlier attempt got through before its answer was lost
                    return self.spreadsheet.worksheet(self.title)
                raise

        worksheet = self._call("create the worksheet", add)
        sheet_id = int(worksheet.id)
        self._format(sheet_id, tags={key: i for i, key in enumerate(COLUMNS)})
        return _Read(
            [], NEW_SHEET_ROWS, self.layout.width, missing=True, created=True, sheet_id=sheet_id
        )

    def repair(self, store: StateStore) -> list[str]:
        """``chatsync sheet repair``: find chatsync's columns again (putting back those
        people deleted, after the last column), replace chatsync's formatting, and forget
        the remembered positions so the next sync resolves them afresh. Lines to print."""
        self._report = SheetReport()
        state = self._follow(SheetState.from_json(store.get_value(STATE_KEY)))
        read = self._read(create=True, state=state)
        if read.created:
            return [f"worksheet {self.title!r} created with its header, columns and formatting"]
        columns = self._columns(read, state, repair=True)
        sheet_id = self._sheet_id(read)
        fields: dict[str, str | int | bool | float | list[str] | None] = {
            "fields": "sheets(properties.sheetId,conditionalFormats)"
        }
        meta = self._call(
            "read the formatting", lambda: self.spreadsheet.fetch_sheet_metadata(fields)
        )
        rules: list[dict[str, Any]] = []
        for sheet in meta.get("sheets", []):
            if int(sheet.get("properties", {}).get("sheetId", -1)) == sheet_id:
                rules = list(sheet.get("conditionalFormats", []))
        drop = [
            {"deleteConditionalFormatRule": {"sheetId": sheet_id, "index": i}}
            for i in reversed(range(len(rules)))
            if is_ours(rules[i])
        ]
        if drop:
            self._call(
                "remove old formatting", lambda: self.spreadsheet.batch_update({"requests": drop})
            )
        lines = [
            f"worksheet {self.title!r}: columns "
            + ", ".join(
                f"{self.layout.headers[k]}={column_letter(p)}"
                for k, p in sorted(columns.positions.items(), key=lambda kv: kv[1])
            )
        ]
        try:
            self._format(sheet_id, positions=columns.positions)
        except ChatsyncError:
            self._format(sheet_id, positions=columns.positions, header=False)
            lines.append("row 1 is protected: its cells were left as they are")
        lines.append(f"formatting re-applied ({len(drop)} old rule(s) of chatsync replaced)")
        zone = str(getattr(self.tz, "key", "") or "")
        if zone and str(getattr(self.spreadsheet, "timezone", "") or "") != zone:
            body = {
                "requests": [
                    {
                        "updateSpreadsheetProperties": {
                            "properties": {"timeZone": zone},
                            "fields": "timeZone",
                        }
                    }
                ]
            }
            self._call("set the time zone", lambda: self.spreadsheet.batch_update(body))
            lines.append(f"spreadsheet time zone set to {zone}, the team's")
        if state is not None:
            fresh = sorted({*state.fresh, *columns.fresh})
            state = replace(state, header=None, columns=None, fresh=fresh)
            store.set_value(STATE_KEY, state.to_json())
        return lines

    def _format(
        self,
        sheet_id: int,
        tags: Mapping[str, int] | None = None,
        positions: Mapping[str, int] | None = None,
        *,
        header: bool = True,
    ) -> None:
        """The tracker's formatting (:mod:`chatsync.sheet.format`) and, in the same call,
        the tags of chatsync's columns (``tags``: key → column)."""
        where = dict(positions if positions is not None else self.layout.positions)
        width = max(where.values(), default=0) + 1
        requests = format_requests(sheet_id, where, self.layout.words, width, header=header)
        body = {"requests": requests}
        body["requests"] += [tag_request(sheet_id, k, c) for k, c in (tags or {}).items()]
        self._call("format the worksheet", lambda: self.spreadsheet.batch_update(body))

    def _sheet_id(self, read: _Read) -> int:
        if read.sheet_id is None:
            worksheet = self._call(
                "look up the worksheet", lambda: self.spreadsheet.worksheet(self.title)
            )
            read.sheet_id = int(worksheet.id)
        return read.sheet_id

    def _grow(self, read: _Read, plan: MergePlan) -> None:
        """Values writes never extend the grid: resize first when rows would run past it."""
        need_rows = max(w.row for w in plan.writes)
        need_cols = max(max(w.cells) for w in plan.writes if w.cells) + 1
        too_few_rows = read.rows is not None and need_rows > read.rows
        too_few_cols = read.cols is not None and need_cols > read.cols
        if not (too_few_rows or too_few_cols):
            return
        rows = max(read.rows or 0, need_rows + GROW_HEADROOM if too_few_rows else 0)
        cols = max(read.cols or 0, need_cols)
        self._resize(self._sheet_id(read), rows, cols)
        read.rows, read.cols = rows, cols

    def _write(self, plan: MergePlan) -> None:
        body = {"valueInputOption": "RAW", "data": value_ranges(self.title, plan.writes)}
        self._call("write the sheet", lambda: self.spreadsheet.values_batch_update(body))


class ColumnsNotFound(ChatsyncError):
    """chatsync's columns cannot be told in the worksheet: nothing is written until fixed."""


def _refuse_an_empty_id_column(read: _Read, columns: Columns, title: str) -> None:
    """An ID column put back empty would read as every task deleted by people."""
    if "id" not in columns.adopt or len(read.values) < 2:
        return
    pos = columns.positions["id"]
    rows = [row for row in read.values[1:] if any(str(v).strip() for v in row if v is not None)]
    if rows and not any(pos < len(row) and str(row[pos]).strip() for row in rows):
        raise ColumnsNotFound(
            f"worksheet {title!r}: the ID column ({column_letter(pos)}) is empty while "
            f"{len(rows)} rows hold tasks; nothing was written. Restore the IDs (Edit → Undo, "
            "or File → Version history), then sync again"
        )


def _trim(cells: Sequence[str]) -> list[str]:
    """Row texts without trailing empty cells, as the API returns a row."""
    out = list(cells)
    while out and not out[-1].strip():
        out.pop()
    return out


def value_ranges(title: str, writes: list[RowWrite]) -> list[dict[str, object]]:
    """One ``ValueRange`` per contiguous run of cells of each row write."""
    data: list[dict[str, object]] = []
    for write in writes:
        for start, texts in write.runs():
            first = f"{column_letter(start)}{write.row}"
            last = f"{column_letter(start + len(texts) - 1)}{write.row}"
            span = first if first == last else f"{first}:{last}"
            data.append({"range": absolute_range_name(title, span), "values": [texts]})
    return data


def _day(moment: datetime, tz: tzinfo) -> date:
    return moment.astimezone(tz).date()


def _spans(rows: list[int], limit: int) -> list[tuple[int, int]]:
    """Ascending row numbers → at most ``limit`` ranges ``(first, last)``: runs of
    adjacent rows, then the closest runs joined (the rows between are read and ignored)."""
    spans: list[list[int]] = []
    for number in rows:
        if spans and number <= spans[-1][1] + 1:
            spans[-1][1] = max(spans[-1][1], number)
        else:
            spans.append([number, number])
    while len(spans) > limit:
        gaps = sorted(range(len(spans) - 1), key=lambda i: spans[i + 1][0] - spans[i][1])
        join = set(gaps[: len(spans) - limit])
        merged: list[list[int]] = []
        for i, span in enumerate(spans):
            if i - 1 in join:
                merged[-1][1] = span[1]
            else:
                merged.append(span)
        spans = merged
    return [(a, b) for a, b in spans]


def _grid_size(a1: str) -> tuple[int | None, int | None]:
    """Rows and columns of the grid from the clipped range of a whole-sheet read
    (``'タスク'!A1:K1000``); Google clips to the grid, not to the data."""
    match = _GRID.search(a1)
    if match is None:
        return None, None
    letters, rows = match.groups()
    cols = 0
    for ch in letters:
        cols = cols * 26 + ord(ch) - ord("A") + 1
    return int(rows), cols
