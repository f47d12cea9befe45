"""Sheets calls per cycle around what people do to the sheet.

A worksheet of 300 tasks (10 rooms) is created by a first sync (setup calls counted
apart), then each person action of the sheet tests is made in turn and followed by a
cycle with 5 new tasks: the calls that cycle makes (reads, writes, and the metadata
search a changed header row costs) are counted by the emulator. Then ``sheet repair``
is counted. The point: a changed cycle stays one values read and one write, plus one
metadata search only when people changed row 1.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from common import emit, scale_arg
from lab import Lab

from chatsync.models import Due, Room, Task
from chatsync.ports import RoomPosition
from chatsync.sheet.client import open_spreadsheet
from chatsync.sheet.writer import SheetWriter
from chatsync.store.sql import SqlStore

TZ = ZoneInfo("Asia/Tokyo")
WS = "タスク"
START = int(datetime(2027, 1, 4, 9, 0, tzinfo=TZ).timestamp())


def task(n: int) -> Task:
    return Task(
        room_id=100 + n % 10,
        message_id=str(10_000 + n),
        title=f"資料{n}の作成",
        assignee_ids=(11,),
        assignee_names=("佐藤",),
        due=Due(day=datetime.fromtimestamp(START, TZ).date()),
        requester_id=12,
        requester_name="田中",
        room_name=f"部屋{n % 10}",
        created_at=START + n * 60,
    )


def put(store: SqlStore, tasks: list[Task]) -> None:
    room = Room(room_id=100, name="部屋")
    store.commit_room(room, [], tasks, RoomPosition(room_id=room.room_id))


def main() -> None:
    args = scale_arg(__doc__ or "").parse_args()
    size = max(20, int(300 * args.scale))
    figures: dict[str, object] = {"tasks": size}
    with Lab() as lab:
        sid = lab.sheets.create_spreadsheet("actions", sheets=("Sheet1",))
        store = SqlStore(f"sqlite:///{lab.dir}/actions.db")
        writer = SheetWriter(
            open_spreadsheet(lab.key_file, sid, lab.sheets.base_url),
            WS,
            tz=TZ,
            fast_from_rows=0,  # the fast path from the start: the steady state of a big sheet
        )
        next_n = 0

        def cycle(label: str) -> None:
            nonlocal next_n
            put(store, [task(next_n + i) for i in range(5)])
            next_n += 5
            lab.sheets.reset_calls()
            writer.sync(store, now=datetime.fromtimestamp(START, TZ))
            counts = lab.sheets.call_counts()
            figures[label] = {
                "reads": counts.get("read", 0),
                "writes": counts.get("write", 0),
                "metadata_searches": counts.get("developerMetadata.search", 0),
            }

        put(store, [task(i) for i in range(size)])
        next_n = size
        lab.sheets.reset_calls()
        writer.sync(store, now=datetime.fromtimestamp(START, TZ))
        counts = lab.sheets.call_counts()
        figures["first_sync_setup"] = {
            "reads": counts.get("read", 0),
            "writes": counts.get("write", 0),
        }
        cycle("steady")
        actions = {
            "after_header_renamed": lambda: lab.sheets.set_cell(sid, WS, "K1", "備考"),
            "after_column_inserted": lambda: lab.sheets.insert_columns(sid, WS, "B"),
            "after_column_moved": lambda: lab.sheets.move_columns(sid, WS, "F", "A"),
            "after_rows_sorted": lambda: lab.sheets.sort_rows(sid, WS, "D", descending=True),
            "after_header_protected": lambda: lab.sheets.protect_range(sid, WS, "1:1"),
        }
        for label, act in actions.items():
            act()
            cycle(label)
            cycle(label + "_then_steady")
        lab.sheets.reset_calls()
        writer.repair(store)
        counts = lab.sheets.call_counts()
        figures["sheet_repair"] = {"reads": counts.get("read", 0), "writes": counts.get("write", 0)}
        store.close()
    steady = figures["steady"]
    emit(
        "sheet_actions",
        figures,
        f"{size} tasks; a changed cycle {steady}; after a header rename "
        f"{figures['after_header_renamed']}; repair {figures['sheet_repair']}",
    )


if __name__ == "__main__":
    main()
