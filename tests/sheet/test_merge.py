"""The pure three-way merge (sheet.md "Merge rules"), against an in-memory sheet."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from chatsync.models import Due, Task, TaskStatus
from chatsync.ports import SheetMemory
from chatsync.sheet.merge import MergePlan, RowWrite, apply_edit, merge, merge_rows, rows_to_read
from chatsync.sheet.rows import COLUMNS, DEFAULT_LAYOUT, task_to_cells

TOKYO = ZoneInfo("Asia/Tokyo")
NOW = datetime(2024, 12, 6, 9, 0, tzinfo=TOKYO)
COL = {key: i for i, key in enumerate(COLUMNS)}


def make_task(n: int, **kw: object) -> Task:
    base: dict[str, object] = {
        "room_id": 11,
        "message_id": str(1000 + n),
        "title": f"タスク{n}",
        "assignee_ids": (1,),
        "assignee_names": ("田中",),
        "due": Due(day=date(2024, 12, 5)),
        "requester_id": 3,
        "requester_name": "鈴木",
        "room_name": "営業部",
        "created_at": 1_733_000_000 + n * 60,
    }
    base.update(kw)
    return Task.model_validate(base)


@dataclass
class World:
    """A sheet people edit plus the store's sheet state; ``sync`` runs merge and applies it."""

    grid: list[list[object]] = field(default_factory=list)
    tasks: dict[str, Task] = field(default_factory=dict)
    memory: dict[str, SheetMemory] = field(default_factory=dict)
    dirty: set[str] = field(default_factory=set)

    def put(self, *tasks: Task) -> None:
        for task in tasks:
            self.tasks[task.task_id] = task
            self.dirty.add(task.task_id)

    def plan(self) -> MergePlan:
        return merge(self.grid, self.memory, self.tasks.values(), self.dirty, tz=TOKYO, now=NOW)

    def write(self, plan: MergePlan) -> None:
        for write in plan.writes:
            apply_write(self.grid, write)

    def commit(self, plan: MergePlan) -> None:
        self.memory.update({m.task_id: m for m in plan.memory})
        self.tasks.update({t.task_id: t for t in plan.tasks})
        self.dirty -= plan.clean

    def sync(self) -> MergePlan:
        plan = self.plan()
        self.write(plan)
        self.commit(plan)
        return plan

    # --- a person at the sheet -------------------------------------------
    def row_of(self, task_id: str) -> int:
        return next(i for i, row in enumerate(self.grid) if row and row[0] == task_id) + 1

    def cell(self, task_id: str, key: str) -> object:
        row = self.grid[self.row_of(task_id) - 1]
        return row[COL[key]] if COL[key] < len(row) else ""

    def type(self, task_id: str, key: str, value: object) -> None:
        row = self.grid[self.row_of(task_id) - 1]
        row.extend([""] * (COL[key] + 1 - len(row)))
        row[COL[key]] = value

    def ids(self) -> list[str]:
        return [str(row[0]) for row in self.grid[1:] if row and row[0]]


def apply_write(grid: list[list[object]], write: RowWrite) -> None:
    while len(grid) < write.row:
        grid.append([])
    row = grid[write.row - 1]
    for col, text in write.cells.items():
        row.extend([""] * (col + 1 - len(row)))
        row[col] = text


def synced(*tasks: Task) -> World:
    world = World()
    world.put(*tasks)
    world.sync()
    return world


def test_first_sync_writes_header_and_rows_in_order() -> None:
    world = World()
    world.put(make_task(2), make_task(1))
    plan = world.sync()
    assert plan.header is not None
    assert world.grid[0] == DEFAULT_LAYOUT.header_row()
    assert world.ids() == ["cw-11-1001", "cw-11-1002"]
    assert [w.row for w in plan.new_rows] == [2, 3]
    assert all(len(w.cells) == 11 for w in plan.new_rows)  # never メモ
    assert not plan.updates
    assert plan.clean == {"cw-11-1001", "cw-11-1002"}
    assert world.memory["cw-11-1001"].cells == task_to_cells(make_task(1), TOKYO)
    assert [b.task_id for b in plan.board] == ["cw-11-1001", "cw-11-1002"]


def test_nothing_changed_means_nothing_written() -> None:
    world = synced(make_task(1), make_task(2))
    plan = world.sync()
    assert not plan.has_writes
    assert plan.memory == []
    assert plan.tasks == []
    assert plan.warnings == []
    assert len(plan.board) == 2


def test_a_changed_task_rewrites_only_its_changed_cells_where_the_row_now_is() -> None:
    world = synced(make_task(1), make_task(2), make_task(3))
    header, *body = world.grid
    world.grid = [header, *reversed(body)]  # a person sorted descending
    world.put(make_task(1, status=TaskStatus.DONE, done_at=1_733_100_000))
    plan = world.sync()
    assert plan.updates == [
        RowWrite(4, {COL["status"]: "完了", COL["done_at"]: "2024-12-02 09:40"})
    ]
    assert not plan.new_rows
    assert world.ids() == ["cw-11-1003", "cw-11-1002", "cw-11-1001"]


def test_a_persons_status_edit_wins_and_is_taken_into_the_store() -> None:
    world = synced(make_task(1))
    world.type("cw-11-1001", "status", "完了")
    plan = world.sync()
    task = world.tasks["cw-11-1001"]
    assert task.status is TaskStatus.DONE
    assert task.done_at == int(NOW.timestamp())
    assert [(e.task_id, e.column, e.value) for e in plan.human_edits] == [
        ("cw-11-1001", "status", "完了")
    ]
    # chatsync fills 完了日時 (its own column) but never the status again
    assert plan.updates == [RowWrite(2, {COL["done_at"]: "2024-12-06 09:00"})]
    assert world.memory["cw-11-1001"].human == {"status"}

    world.put(make_task(1, status=TaskStatus.OPEN, title="タスク1 改"))  # chat changes later
    plan = world.sync()
    assert plan.updates == [RowWrite(2, {COL["title"]: "タスク1 改", COL["done_at"]: ""})]
    assert world.cell("cw-11-1001", "status") == "完了"
    assert plan.board[0].status is TaskStatus.DONE
    assert not plan.human_edits


def test_a_human_owned_cell_edited_again_is_taken_again() -> None:
    world = synced(make_task(1))
    world.type("cw-11-1001", "status", "対応中")
    world.sync()
    assert world.tasks["cw-11-1001"].status is TaskStatus.OPEN
    world.put(make_task(1, status=TaskStatus.DONE))  # chat: done; the sheet still says 対応中
    world.sync()
    assert world.tasks["cw-11-1001"].status is TaskStatus.DONE  # not reverted by the old cell
    world.type("cw-11-1001", "status", "中止")
    plan = world.sync()
    assert world.tasks["cw-11-1001"].status is TaskStatus.CANCELLED
    assert plan.tasks[0].done_at is None


def test_deadline_title_assignee_and_memo_edits_survive() -> None:
    world = synced(make_task(1), make_task(2))
    world.type("cw-11-1001", "due", "2024-12-20 15:00")
    world.type("cw-11-1001", "title", "見積書(改)")
    world.type("cw-11-1001", "assignees", "佐藤、田中")
    world.type("cw-11-1001", "memo", "先方に電話済み")
    world.put(make_task(1, title="チャットで変わった題名", due=Due(day=date(2025, 1, 1))))
    world.put(make_task(3))
    plan = world.sync()
    task = world.tasks["cw-11-1001"]
    assert task.due == Due(day=date(2024, 12, 20), at=time(15, 0))
    assert task.title == "見積書(改)"
    assert task.assignee_names == ("佐藤", "田中")
    assert task.assignee_ids == (1,)
    assert world.cell("cw-11-1001", "title") == "見積書(改)"
    assert world.cell("cw-11-1001", "due") == "2024-12-20 15:00"
    assert world.cell("cw-11-1001", "memo") == "先方に電話済み"
    assert [w.row for w in plan.new_rows] == [4]
    assert world.ids() == ["cw-11-1001", "cw-11-1002", "cw-11-1003"]
    assert "memo" not in world.memory["cw-11-1001"].cells
    assert not world.sync().has_writes


def test_garbage_deadlines_are_kept_flagged_and_never_crash() -> None:
    world = synced(make_task(1), make_task(2))
    world.type("cw-11-1001", "due", "来週?")
    world.type("cw-11-1002", "due", "12/32")
    plan = world.sync()
    assert not plan.has_writes
    assert world.tasks["cw-11-1001"].due == Due(day=date(2024, 12, 5))  # not guessed
    assert [(w.row, w.task_id) for w in plan.warnings] == [(2, "cw-11-1001"), (3, "cw-11-1002")]
    assert "来週?" in str(plan.warnings[0])
    assert plan.board[0].due is None
    assert plan.board[0].due_text == "来週?"
    assert world.cell("cw-11-1002", "due") == "12/32"
    assert len(world.sync().warnings) == 2  # flagged every cycle until fixed


def test_a_sync_without_the_board_plans_the_same_and_warns_the_same() -> None:
    world = synced(make_task(1), make_task(2), make_task(3))
    world.type("cw-11-1001", "due", "来週?")
    world.type("cw-11-1003", "status", "完了")
    world.grid.append(["", "未完了", "人の行", "山田", "12/32"])
    world.put(make_task(2, title="改"), make_task(4))
    args = (world.grid, world.memory, world.tasks.values(), world.dirty)
    full = merge(*args, tz=TOKYO, now=NOW)
    lean = merge(*args, tz=TOKYO, now=NOW, board=False)
    assert lean.board == [] and len(full.board) == 5
    assert lean.warnings == full.warnings and len(lean.warnings) == 2
    for name in ("updates", "new_rows", "memory", "tasks", "clean", "human_edits", "last_row"):
        assert getattr(lean, name) == getattr(full, name), name


def test_a_date_people_typed_reads_back_as_a_serial() -> None:
    world = synced(make_task(1))
    world.type("cw-11-1001", "due", 45646)  # 2024-12-20 as the sheet stores a typed date
    world.sync()
    assert world.tasks["cw-11-1001"].due == Due(day=date(2024, 12, 20))


def test_a_deleted_row_stays_deleted() -> None:
    world = synced(make_task(1), make_task(2), make_task(3))
    del world.grid[world.row_of("cw-11-1002") - 1]
    plan = world.sync()
    assert plan.deleted == ["cw-11-1002"]
    assert not plan.has_writes
    assert world.memory["cw-11-1002"].deleted
    world.put(make_task(2, title="更新"))  # chat changes the deleted task
    plan = world.sync()
    assert not plan.has_writes
    assert world.ids() == ["cw-11-1001", "cw-11-1003"]
    assert [b.task_id for b in plan.board] == ["cw-11-1001", "cw-11-1003"]
    assert "cw-11-1002" not in world.dirty


def test_duplicate_ids_keep_the_first_and_add_nothing() -> None:
    world = synced(make_task(1), make_task(2))
    world.grid.append(list(world.grid[1]))  # a person copied row 2 to the bottom
    world.put(make_task(1, title="新しい題名"))
    plan = world.sync()
    assert plan.updates == [RowWrite(2, {COL["title"]: "新しい題名"})]
    assert not plan.new_rows
    assert [(w.row, w.task_id) for w in plan.warnings] == [(4, "cw-11-1001")]
    assert [b.task_id for b in plan.board] == ["cw-11-1001", "cw-11-1002"]


def test_rows_people_add_are_left_alone_and_read_for_the_digest() -> None:
    world = synced(make_task(1))
    world.grid.append(["", "未完了", "備品の発注", "山田", "2024-12-01"])
    world.grid.append([])
    world.grid.append(["A-7", "対応中", "来客対応", "", "来週?", "", "", "", "", "", "メモ"])
    world.put(make_task(2))
    plan = world.sync()
    assert [w.row for w in plan.new_rows] == [6]  # after the last non-empty row
    assert not plan.updates
    assert [b.task_id for b in plan.board] == ["cw-11-1001", None, "A-7", "cw-11-1002"]
    assert plan.board[1].due == Due(day=date(2024, 12, 1))
    assert plan.board[1].title == "備品の発注"
    assert world.grid[2] == ["", "未完了", "備品の発注", "山田", "2024-12-01"]
    assert "A-7" not in world.memory


def test_crash_after_writing_adopts_the_rows_instead_of_adding_them_again() -> None:
    world = World()
    world.put(make_task(1), make_task(2))
    world.write(world.plan())  # the sheet got the rows; the store never heard of it
    world.put(make_task(2, title="その後変わった"))
    plan = world.sync()
    assert not plan.new_rows
    assert plan.updates == [RowWrite(3, {COL["title"]: "その後変わった"})]
    assert not plan.human_edits
    assert world.ids() == ["cw-11-1001", "cw-11-1002"]
    assert set(world.memory) == {"cw-11-1001", "cw-11-1002"}
    assert not world.sync().has_writes


def test_crash_after_an_update_is_not_mistaken_for_a_persons_edit() -> None:
    world = synced(make_task(1))
    world.put(make_task(1, title="新"))
    world.write(world.plan())  # written, not recorded
    plan = world.sync()
    assert not plan.human_edits
    assert not plan.has_writes
    assert world.memory["cw-11-1001"].cells["title"] == "新"
    assert world.memory["cw-11-1001"].human == frozenset()


def test_lost_memory_keeps_what_people_wrote() -> None:
    world = synced(make_task(1))
    world.type("cw-11-1001", "status", "済")
    world.memory.clear()  # e.g. a store restored from an old backup
    plan = world.sync()
    assert world.tasks["cw-11-1001"].status is TaskStatus.DONE
    assert world.memory["cw-11-1001"].human == {"status"}
    assert not plan.new_rows
    assert world.cell("cw-11-1001", "status") == "済"


def test_a_column_people_inserted_is_followed() -> None:
    world = synced(make_task(1))
    for row in world.grid:
        row.insert(3, "優先度" if row is world.grid[0] else "高")
    world.put(make_task(1, assignee_names=("佐藤",), assignee_ids=(2,)), make_task(2))
    plan = world.sync()
    assert plan.updates == [RowWrite(2, {4: "佐藤"})]
    assert plan.new_rows[0].cells[4] == "田中"
    assert 3 not in plan.new_rows[0].cells
    assert world.grid[1][3] == "高"


def test_missing_header_is_written_and_data_in_row_one_is_not_overwritten() -> None:
    world = synced(make_task(1))
    world.grid[0] = []  # a person cleared the header
    plan = world.sync()
    assert plan.header is not None and plan.header.row == 1
    assert not plan.updates and not plan.new_rows

    world = synced(make_task(1))
    del world.grid[0]  # a person deleted the header row: the task is now row 1
    world.put(make_task(2))
    plan = world.sync()
    assert plan.header is None
    assert [w.row for w in plan.new_rows] == [2]
    assert plan.warnings and plan.warnings[0].row == 1
    assert world.ids() == ["cw-11-1002"]  # ids() skips row 1; it still holds cw-11-1001
    assert world.grid[0][0] == "cw-11-1001"


def test_chat_text_is_carried_verbatim() -> None:
    world = synced(make_task(1, title='=HYPERLINK("http://x","y")'), make_task(2, title="+1"))
    assert world.cell("cw-11-1001", "title") == '=HYPERLINK("http://x","y")'
    assert world.cell("cw-11-1002", "title") == "+1"


def test_apply_edit_ignores_columns_the_store_does_not_take() -> None:
    task = make_task(1)
    assert apply_edit(task, "link", "x") is task
    assert apply_edit(task, "due", "").due is None
    assert apply_edit(task, "requester", "高橋").requester_name == "高橋"
    assert apply_edit(task, "room", "総務").room_name == "総務"


# --- property: whatever people do, every live task is in the sheet exactly once ------------

ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("chat"), st.integers(0, 7), st.sampled_from(["title", "done"])),
        st.tuples(st.just("edit"), st.integers(0, 7), st.sampled_from(["status", "due", "title"])),
        st.tuples(st.just("delete"), st.integers(0, 7), st.just("")),
        st.tuples(st.just("sort"), st.integers(0, 1), st.just("")),
        st.tuples(st.just("blank"), st.integers(0, 7), st.just("")),
        st.tuples(st.just("crash"), st.integers(0, 0), st.just("")),
        st.tuples(st.just("sync"), st.integers(0, 0), st.just("")),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(ACTIONS)
@example([("chat", 1, "title"), ("crash", 0, ""), ("delete", 1, ""), ("sync", 0, "")])
@example([("chat", 1, "title"), ("sync", 0, ""), ("delete", 1, ""), ("crash", 0, "")])
def test_every_task_exactly_once_whatever_people_do(actions: list[tuple[str, int, str]]) -> None:
    world = World()
    deleted: set[str] = set()
    for kind, n, what in actions:
        tid = f"cw-11-{1000 + n}"
        if kind == "chat":
            old = world.tasks.get(tid, make_task(n))
            new = (
                old.model_copy(update={"title": old.title + "+"})
                if what == "title"
                else old.model_copy(update={"status": TaskStatus.DONE, "done_at": 1_733_500_000})
            )
            world.put(new)
        elif kind == "edit" and tid in world.ids():
            world.type(tid, what, {"status": "完了", "due": "来週?", "title": "人の題名"}[what])
        elif kind == "delete" and tid in world.ids():
            del world.grid[world.row_of(tid) - 1]
            if tid in world.memory:  # a row chatsync never recorded comes back
                deleted.add(tid)
        elif kind == "sort" and len(world.grid) > 2:
            header, *body = world.grid
            body.sort(key=lambda r: str(r[0]) if r else "", reverse=bool(n))
            world.grid = [header, *body]
        elif kind == "blank" and len(world.grid) > 1:
            world.grid.insert(min(n + 1, len(world.grid)), [])
        elif kind == "crash":
            world.write(world.plan())
        else:
            world.sync()
    world.sync()
    ids = world.ids()
    assert len(ids) == len(set(ids))
    assert set(ids) == set(world.tasks) - deleted
    assert not world.sync().has_writes


# --- the fast path (merge_rows): same properties, reading only the rows it touches ---------


@dataclass
class FastWorld(World):
    """A World whose sync takes the writer's fast path when it can (writer.py): read row
    1 and the rows ``rows_to_read`` names, ``merge_rows``, and the full merge otherwise."""

    last_row: int | None = None  # the recorded sheet state; None: not settled
    fast: int = 0

    def fast_plan(self) -> MergePlan | None:
        if self.last_row is None or not self.dirty:
            return None
        memory = {tid: self.memory[tid] for tid in self.dirty if tid in self.memory}
        tasks = [self.tasks[tid] for tid in self.dirty]
        new = sum(1 for tid in self.dirty if tid not in memory)
        if any(m.row is None for m in memory.values() if not m.deleted):
            return None
        wanted = rows_to_read(memory, new, self.last_row)
        rows = {n: self.grid[n - 1] for n in wanted if n <= len(self.grid)}
        header = self.grid[0] if self.grid else []
        plan = merge_rows(header, rows, memory, tasks, self.last_row, tz=TOKYO, now=NOW)
        if plan is not None:
            for write in plan.updates:  # only where this read found the task ...
                assert self.grid[write.row - 1][0] == memory[tid_of(self, write)].task_id
            for write in plan.new_rows:  # ... or found nothing
                row = self.grid[write.row - 1] if write.row <= len(self.grid) else []
                assert not any(str(v).strip() for v in row)
        return plan

    def plan(self) -> MergePlan:
        plan = self.fast_plan()
        if plan is not None:
            self.fast += 1
            return plan
        return super().plan()

    def sync(self) -> MergePlan:
        plan = super().sync()
        self.last_row = plan.last_row
        return plan

    def crash(self) -> None:
        """The writer clears the settled state before writing; the commit never comes."""
        plan = self.plan()
        self.last_row = None
        self.write(plan)


def tid_of(world: World, write: RowWrite) -> str:
    return str(world.grid[write.row - 1][0])


_KINDS = ["chat"] * 4 + ["sync"] * 4 + ["edit"] * 2
_KINDS += ["delete", "sort", "blank", "append", "crash", "sweep"]
_WHAT = {"chat": ["title", "done"], "edit": ["status", "due", "title"]}
FAST_ACTIONS = st.lists(
    st.sampled_from(_KINDS).flatmap(
        lambda kind: st.tuples(
            st.just(kind), st.integers(0, 7), st.sampled_from(_WHAT.get(kind, [""]))
        )
    ),
    max_size=40,
)
"""Mostly chat changes and syncs, so that most syncs can take the fast path."""


@settings(max_examples=300, deadline=None)
@given(FAST_ACTIONS)
@example([("chat", 1, "title"), ("sync", 0, ""), ("append", 0, ""), ("chat", 2, "title")])
@example([("chat", 0, "title"), ("sync", 0, ""), ("chat", 1, "title"), ("edit", 0, "status")])
@example([("chat", 1, "title"), ("sync", 0, ""), ("crash", 0, ""), ("chat", 2, "done")])
@example([("chat", 1, "title"), ("chat", 2, "title"), ("sync", 0, ""), ("delete", 1, ""),
          ("chat", 3, "title"), ("sync", 0, ""), ("chat", 1, "done")])  # fmt: skip
def test_the_fast_path_keeps_every_property(actions: list[tuple[str, int, str]]) -> None:
    """Exactly once, deletions stay, people's rows untouched and (without a crash, whose
    adoption rule may overwrite an edit made in its window) people's cells kept."""
    world = FastWorld()
    deleted: set[str] = set()
    typed: dict[tuple[str, str], str] = {}
    people_rows: list[list[object]] = []
    crashed = False
    for kind, n, what in actions:
        tid = f"cw-11-{1000 + n}"
        if kind == "chat":
            old = world.tasks.get(tid, make_task(n))
            new = (
                old.model_copy(update={"title": old.title + "+"})
                if what == "title"
                else old.model_copy(update={"status": TaskStatus.DONE, "done_at": 1_733_500_000})
            )
            world.put(new)
        elif kind == "edit" and tid in world.ids():
            value = {"status": "完了", "due": "来週?", "title": "人の題名"}[what]
            if world.cell(tid, what) != value:
                world.type(tid, what, value)
                typed[(tid, what)] = value
        elif kind == "delete" and tid in world.ids():
            del world.grid[world.row_of(tid) - 1]
            if tid in world.memory:
                deleted.add(tid)
        elif kind == "sort" and len(world.grid) > 2:
            header, *body = world.grid
            body.sort(key=lambda r: str(r[0]) if r else "", reverse=bool(n))
            world.grid = [header, *body]
        elif kind == "blank" and len(world.grid) > 1:
            world.grid.insert(min(n + 1, len(world.grid)), [])
        elif kind == "append" and world.grid:
            row: list[object] = ["", "未完了", f"人の行{len(people_rows)}", "山田"]
            last = max((i for i, r in enumerate(world.grid) if any(r)), default=0)
            world.grid.insert(last + 1, row)
            people_rows.append(list(row))
        elif kind == "crash":
            world.crash()
            crashed = True
        elif kind == "sweep":
            world.last_row = None
        else:
            world.sync()
    world.sync()
    ids = world.ids()
    assert len(ids) == len(set(ids))
    assert set(ids) == set(world.tasks) - deleted
    for row in people_rows:
        assert sum(1 for r in world.grid if r[: len(row)] == row) == 1
    if not crashed:
        for (tid, key), value in typed.items():
            if tid in ids:
                assert world.cell(tid, key) == value
    # A fast-path sync reads only the rows it touches, so a person's edit in another row
    # (完了 typed in row 2 while a new task went to row 3) is seen by the next full read,
    # which then fills that row's 完了日時: one more write, once.
    world.last_row = None
    world.sync()
    assert not world.sync().has_writes
    world.last_row = None
    assert not world.sync().has_writes  # a full merge finds nothing left to do


def test_the_fast_path_is_taken_and_reads_few_rows() -> None:
    world = FastWorld()
    world.put(*(make_task(n) for n in range(1, 50)))
    world.sync()
    world.put(make_task(7, title="改"), make_task(50))
    plan = world.sync()
    assert world.fast == 1
    assert plan.updates == [RowWrite(8, {2: "改"})]
    assert [w.row for w in plan.new_rows] == [51]
    assert world.memory["cw-11-1050"].row == 51
    assert rows_to_read({t: world.memory[t] for t in ("cw-11-1007",)}, 1, 51) == [8, 51, 52]


def test_the_fast_path_refuses_a_sheet_without_its_header() -> None:
    world = FastWorld()
    world.put(make_task(1))
    world.sync()
    world.grid[0] = ["ID", "状態"]  # a person renamed the headers
    world.put(make_task(1, title="改"))
    world.sync()
    assert world.fast == 0
    assert world.cell("cw-11-1001", "title") == "改"


def test_the_fast_path_fills_a_sheet_emptied_down_to_its_header() -> None:
    world = FastWorld()
    world.put(make_task(1))
    world.sync()
    del world.grid[1]  # a person deleted the only row
    world.last_row = 1  # as a full merge would have recorded it
    world.put(make_task(2))
    plan = world.sync()
    assert world.fast == 1
    assert [w.row for w in plan.new_rows] == [2]
    assert world.ids() == ["cw-11-1002"]
