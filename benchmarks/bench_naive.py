"""The naive sync that common Chatwork → Sheets scripts do, as the baseline for bench_cycle.

Each cycle: list the rooms, read every room's messages (``force=0``, one request per
room whether or not anything happened in it), open the spreadsheet and the
worksheet with gspread (two metadata reads), and ``worksheet.append_row`` once per
new or changed task. It uses chatsync's own parser, so both sides find the same
tasks and the comparison is about API calls only. Writing a changed task as a
new row (rather than ``find`` + ``update_cell``, two more calls) makes this a
lower bound of what such scripts cost.

Run by ``bench_cycle.py`` through ``worker.py naive``; running this file directly
runs ``bench_cycle.py`` (which reports chatsync and naive side by side).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from chatsync.calendar import BusinessCalendar
from chatsync.chatwork.client import ChatworkClient
from chatsync.models import Member, Task
from chatsync.parser.extract import RoomContext, apply_messages
from chatsync.sheet.client import open_spreadsheet
from chatsync.sheet.rows import WRITTEN, task_to_cells
from chatsync.sync import diff_tasks

TZ = ZoneInfo("Asia/Tokyo")
NAIVE_WORKSHEET = "tasks"


def naive_cycle(state_file: Path, self_account_id: int) -> dict[str, Any]:
    """One naive cycle; the script's memory (tasks per room, members) lives in a JSON file."""
    state: dict[str, Any] = (
        json.loads(state_file.read_text()) if state_file.exists() else {"rooms": {}}
    )
    env = os.environ
    calendar = BusinessCalendar()
    appended = 0
    read_rooms = 0
    with ChatworkClient(
        env["CHATSYNC_CHATWORK__TOKEN"], env["CHATSYNC_CHATWORK__API_BASE"]
    ) as chat:
        rooms = chat.rooms()
        sheet = open_spreadsheet(
            env["CHATSYNC_SHEETS__CREDENTIALS_FILE"],
            env["CHATSYNC_SHEETS__SPREADSHEET_ID"],
            env["CHATSYNC_SHEETS__API_BASE"],
        )
        worksheet = sheet.worksheet(NAIVE_WORKSHEET)
        for room in rooms:
            known = state["rooms"].setdefault(str(room.room_id), {"tasks": [], "members": None})
            messages = chat.messages(room.room_id, force=False)
            read_rooms += 1
            if not messages:
                continue
            if known["members"] is None:
                known["members"] = [m.model_dump() for m in chat.members(room.room_id)]
            ctx = RoomContext(
                room=room,
                members=[Member.model_validate(m) for m in known["members"]],
                tz=TZ,
                calendar=calendar,
                self_account_id=self_account_id,
            )
            before = [Task.model_validate(t) for t in known["tasks"]]
            after = apply_messages(before, messages, ctx)
            changed, *_ = diff_tasks(before, after)
            for task in changed:
                cells = task_to_cells(task, TZ)
                worksheet.append_row([cells[key] for key in WRITTEN])
                appended += 1
            known["tasks"] = [t.model_dump(mode="json") for t in after]
    state_file.write_text(json.dumps(state, ensure_ascii=False))
    return {"rooms_read": read_rooms, "rows_appended": appended}


def main() -> None:
    cycle = Path(__file__).resolve().parent / "bench_cycle.py"
    os.execv(sys.executable, [sys.executable, str(cycle), *sys.argv[1:]])


if __name__ == "__main__":
    main()
