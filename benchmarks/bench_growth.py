"""Growth: an incremental cycle's time and memory with 1k, 10k and 100k tasks already stored.

For each size a fresh SQLite store is seeded directly (tasks spread over 500
rooms, one origin message per task, room positions and member lists, sheet
memory, ~70 % of the tasks done or cancelled) together with a worksheet holding
the matching rows (written in one values.update), so the cycle starts from a
steady state: nothing dirty, the sheet as chatsync last wrote it, each task's
row and the sheet's last row remembered, the day's full read done. The measured
cycle then has 5 rooms with 40 new messages each (roughly 30 new or changed
tasks) and runs in its own process; the sheet step is included, since that is
where history could cost, and reported apart from the poll step (Chatwork →
parse → store). Then one more such cycle is run as the first writing cycle of
a new day, which reads and merges the whole sheet (the daily sweep).
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import replace
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from common import (
    BASE_TIME,
    THINGS,
    VERBS_REQ,
    ChatGenerator,
    RoomState,
    emit,
    machine,
    make_rooms,
    median,
    scale_arg,
    scaled,
)
from lab import Lab
from sqlalchemy import insert

from chatsync.models import Due, Member, Room, Task, TaskStatus
from chatsync.ports import RoomPosition
from chatsync.sheet.client import open_spreadsheet
from chatsync.sheet.columns import tag_request
from chatsync.sheet.rows import COLUMNS, DEFAULT_LAYOUT, task_to_cells
from chatsync.sheet.writer import NEW_SHEET_ROWS, STATE_KEY, SheetState
from chatsync.store import schema as s
from chatsync.store.sql import SqlStore

TZ = ZoneInfo("Asia/Tokyo")
SIZES = (1_000, 10_000, 100_000)
ROOMS = 500
CHANGED = 5
PER_ROOM = 40
WORKSHEET = "タスク"


def history(n: int, rooms: list[RoomState], gen: ChatGenerator) -> list[Task]:
    """``n`` tasks created over the last two years, before the benchmark's week."""
    rng = random.Random(n)
    tasks = []
    span = 2 * 365 * 86400
    for i in range(n):
        room = rooms[i % len(rooms)]
        created = BASE_TIME - span + i * (span // n)
        req, who = rng.sample([m for m in room.members if m > 1000], 2)
        status = rng.choices(list(TaskStatus), weights=(30, 65, 5))[0]
        tasks.append(
            Task(
                room_id=room.room_id,
                message_id=str(1_000_000_000 + i),
                title=f"{rng.choice(THINGS)}の{rng.choice(VERBS_REQ)}",
                assignee_ids=(who,),
                assignee_names=(gen.name(who),),
                due=Due(day=time_day(created + rng.randint(1, 14) * 86400)),
                status=status,
                requester_id=req,
                requester_name=gen.name(req),
                room_name=f"プロジェクト{room.room_id}",
                created_at=created,
                done_at=created + 86400 if status is TaskStatus.DONE else None,
                keywords=(rng.choice(THINGS),),
            )
        )
    return tasks


def time_day(unix: int) -> date:
    return datetime.fromtimestamp(unix, TZ).date()


def seed(lab: Lab, url: str, rooms: list[RoomState], tasks: list[Task], gen: ChatGenerator) -> str:
    store = SqlStore(url)
    store.set_value("self_account_id", "900")
    for room in rooms:
        members = [Member(account_id=a, name=gen.name(a)) for a in room.members]
        store.commit_room(
            _room(room), [], [], RoomPosition(room_id=room.room_id, last_update_time=0)
        )
        store.save_members(_room(room), members)
    memory = []
    rows = [DEFAULT_LAYOUT.header_row()]
    for t in tasks:
        cells = task_to_cells(t, TZ)
        memory.append(
            {
                "task_id": t.task_id,
                "cells": json.dumps(cells, ensure_ascii=False, sort_keys=True),
                "human": "[]",
                "deleted": False,
                "sheet_row": len(rows) + 1,
            }
        )
        row = [""] * DEFAULT_LAYOUT.width
        for key, text in cells.items():
            row[DEFAULT_LAYOUT.positions[key]] = text
        rows.append(row)
    with store.engine.begin() as conn:
        conn.execute(
            insert(s.tasks),
            [
                {
                    "task_id": t.task_id,
                    "room_id": t.room_id,
                    "data": t.model_dump_json(),
                    "dirty": False,
                }
                for t in tasks
            ],
        )
        conn.execute(
            insert(s.messages),
            [
                {
                    "room_id": t.room_id,
                    "message_id": t.message_id,
                    "account_id": t.requester_id,
                    "account_name": t.requester_name,
                    "body": f"[To:{t.assignee_ids[0]}]さん\n{t.title}をお願いします。",
                    "send_time": t.created_at,
                    "update_time": 0,
                }
                for t in tasks
            ],
        )
        conn.execute(insert(s.sheet_memory), memory)
    grid_rows = len(rows) + NEW_SHEET_ROWS
    sid = lab.sheets.create_spreadsheet("growth", sheets=(WORKSHEET,), rows=grid_rows)
    book = open_spreadsheet(lab.key_file, sid, lab.sheets.base_url)
    book.values_update(
        f"'{WORKSHEET}'!A1", params={"valueInputOption": "RAW"}, body={"values": rows}
    )
    sheet_id = int(book.worksheet(WORKSHEET).id)
    columns = {key: i for i, key in enumerate(COLUMNS)}
    book.batch_update(
        {"requests": [tag_request(sheet_id, key, col) for key, col in columns.items()]}
    )
    state = SheetState(
        sid,
        WORKSHEET,
        len(rows),
        grid_rows,
        time_day(BASE_TIME).isoformat(),
        sheet_id=sheet_id,
        configured=WORKSHEET,
        header=DEFAULT_LAYOUT.header_row(),
        columns=columns,
    )
    store.set_value(STATE_KEY, state.to_json())
    store.close()
    return sid


def new_day(url: str) -> None:
    """Make the next writing cycle the first of a new day: it reads the whole sheet."""
    store = SqlStore(url)
    state = SheetState.from_json(store.get_value(STATE_KEY))
    assert state is not None
    store.set_value(STATE_KEY, replace(state, swept_on="2000-01-01").to_json())
    store.close()


def _room(room: RoomState) -> Room:
    return Room(room_id=room.room_id, name=f"プロジェクト{room.room_id}")


def main() -> None:
    args = scale_arg(__doc__ or "").parse_args()
    sizes = [scaled(n, args.scale, minimum=10) for n in SIZES]
    n_rooms = min(ROOMS, sizes[0])
    started = time.perf_counter()
    results: dict[str, Any] = {}
    for size in sizes:
        # A fresh pair of emulators per size: rooms the previous size's cycles changed
        # would otherwise look changed to the new store too.
        with Lab() as lab:
            gen = ChatGenerator(seed=8)
            rooms = make_rooms(n_rooms)
            lab.add_rooms(rooms, gen)
            now = BASE_TIME + 3600
            url = f"sqlite:///{lab.dir}/growth-{size}.db"
            t0 = time.perf_counter()
            sid = seed(lab, url, rooms, history(size, rooms, gen), gen)
            seeded = time.perf_counter() - t0
            env = lab.env(url, sid)
            runs = []
            for rep in range(max(1, args.repeat)):
                now += 3600
                batch = rooms[rep * CHANGED : (rep + 1) * CHANGED]
                for room in batch:
                    lab.add_messages(gen.messages(room, PER_ROOM, now - 3300, step=80))
                runs.append(lab.cycle(env, now, "chatsync"))
            now += 3600
            for room in rooms[-CHANGED:]:
                lab.add_messages(gen.messages(room, PER_ROOM, now - 3300, step=80))
            new_day(url)
            sweep = lab.cycle(env, now, "chatsync")
        results[str(size)] = {
            "tasks_stored": size,
            "seed_seconds": round(seeded, 1),
            "wall_s": median([r["wall_s"] for r in runs]),
            "poll_s": median([r["poll_s"] for r in runs]),
            "sheet_s": median([r["sheet_s"] for r in runs]),
            # waiting on the Sheets emulator (its work + loopback HTTP), and the rest
            "sheets_api_s": median([r["sheets_api_s"] for r in runs]),
            "own_s": median([round(r["wall_s"] - r["sheets_api_s"], 4) for r in runs]),
            "wall_s_runs": [r["wall_s"] for r in runs],
            "poll_s_runs": [r["poll_s"] for r in runs],
            "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
            "rss_before_mb": max(r["rss_before_mb"] for r in runs),
            "tasks_new_or_changed": median([r["tasks_new"] + r["tasks_updated"] for r in runs]),
            "chatwork_polling_requests": max(r["chatwork_polling_requests"] for r in runs),
            "chatwork_daily_task_checks": max(r["chatwork_daily_task_checks"] for r in runs),
            "sheets_reads": max(r["sheets_reads"] for r in runs),
            "sheets_writes": max(r["sheets_writes"] for r in runs),
            "errors": [e for r in [*runs, sweep] for e in r["errors"]],
            "daily_sweep": {
                "wall_s": sweep["wall_s"],
                "sheet_s": sweep["sheet_s"],
                "sheets_api_s": sweep["sheets_api_s"],
                "peak_rss_mb": sweep["peak_rss_mb"],
                "sheets_reads": sweep["sheets_reads"],
                "sheets_writes": sweep["sheets_writes"],
            },
        }
    small, large = results[str(sizes[0])], results[str(sizes[-1])]
    growth = {
        "wall": round(large["wall_s"] / small["wall_s"], 2),
        "poll": round(large["poll_s"] / small["poll_s"], 2),
        "own": round(large["own_s"] / small["own_s"], 2),
        "sheet": round(large["sheet_s"] / max(1e-9, small["sheet_s"]), 2),
        "peak_rss": round(large["peak_rss_mb"] / small["peak_rss_mb"], 2),
        "daily_sweep": round(large["daily_sweep"]["wall_s"] / small["daily_sweep"]["wall_s"], 2),
    }
    figures = {
        "sizes": sizes,
        "rooms": n_rooms,
        "changed_rooms": CHANGED,
        "new_messages_per_cycle": CHANGED * PER_ROOM,
        "repetitions": max(1, args.repeat),
        "by_size": results,
        "largest_over_smallest": growth,
        "targets": {
            "full_cycle_under_2x": growth["wall"] < 2,
            "poll_step_under_2x": growth["poll"] < 2,
            "cycle_without_sheets_server_under_2x": growth["own"] < 2,
        },
        "machine": machine(),
        "bench_seconds": round(time.perf_counter() - started, 1),
    }
    emit(
        "growth",
        figures,
        " | ".join(
            f"{k} tasks: {v['wall_s']:.2f}s (poll {v['poll_s']:.2f}s, sheet {v['sheet_s']:.2f}s, "
            f"of it Sheets server {v['sheets_api_s']:.2f}s), "
            f"{v['peak_rss_mb']} MB"
            for k, v in results.items()
        )
        + f" | {sizes[-1]}/{sizes[0]}: ×{growth['wall']} cycle, ×{growth['poll']} poll step, "
        + f"×{growth['own']} without the Sheets server's time"
        + " | daily sweep: "
        + " / ".join(f"{v['daily_sweep']['wall_s']:.2f}s" for v in results.values()),
    )


if __name__ == "__main__":
    main()
