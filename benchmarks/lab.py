"""Both emulators in this process, and cycles run in worker processes against them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

from common import ME, TOKEN, ChatGenerator, RoomState

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from chatsync.models import ChatMessage

HERE = Path(__file__).resolve().parent
JST = ZoneInfo("Asia/Tokyo")
NAIVE_TOKEN = "bench-naive-token-0123456789"
UNLIMITED = 10**9


class Lab:
    """Emulators with quotas raised (the naive run would be refused otherwise)."""

    def __init__(self) -> None:
        self.tmp = tempfile.TemporaryDirectory(prefix="chatsync-bench-")
        self.dir = Path(self.tmp.name)
        self.chatwork = ChatworkEmulator({TOKEN: ME, NAIVE_TOKEN: ME}, rate_limit=UNLIMITED)
        self.sheets = SheetsEmulator(
            read_quota_per_user=UNLIMITED,
            write_quota_per_user=UNLIMITED,
            read_quota_per_project=UNLIMITED,
            write_quota_per_project=UNLIMITED,
            slow_seconds=600.0,
        )
        self.chatwork.add_account(ME, "chatsync")
        self.chatwork.start()
        self.sheets.start()
        self.key_file = self.sheets.write_key_file(self.dir / "service-account.json")
        self.config = self.dir / "empty.toml"
        self.config.write_text("", encoding="utf-8")

    def __enter__(self) -> Lab:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self.chatwork.stop()
        self.sheets.stop()
        self.tmp.cleanup()

    # ------------------------------------------------------------------ data
    def add_rooms(self, rooms: Iterable[RoomState], gen: ChatGenerator) -> None:
        for room in rooms:
            for aid in room.members:
                if aid != ME:
                    self.chatwork.add_account(aid, gen.name(aid))
            self.chatwork.add_room(room.room_id, f"プロジェクト{room.room_id}", room.members)

    def add_messages(self, messages: Iterable[ChatMessage]) -> int:
        n = 0
        for m in messages:
            self.chatwork.add_message(
                m.room_id, m.account_id, m.body, m.send_time, message_id=m.message_id
            )
            n += 1
        return n

    # ------------------------------------------------------------------ cycles
    def env(self, store: str, spreadsheet_id: str, token: str = TOKEN) -> dict[str, str]:
        clean = {k: v for k, v in os.environ.items() if not k.startswith("CHATSYNC_")}
        return {
            **clean,
            "CHATSYNC_CONFIG": str(self.config),
            "CHATSYNC_LOG_LEVEL": "WARNING",
            "CHATSYNC_CHATWORK__TOKEN": token,
            "CHATSYNC_CHATWORK__API_BASE": self.chatwork.base_url,
            "CHATSYNC_SHEETS__SPREADSHEET_ID": spreadsheet_id,
            "CHATSYNC_SHEETS__CREDENTIALS_FILE": str(self.key_file),
            "CHATSYNC_SHEETS__API_BASE": self.sheets.base_url,
            "CHATSYNC_STORE__URL": store,
        }

    def cycle(self, env: dict[str, str], now: int, *args: str) -> dict[str, Any]:
        """One worker cycle at emulated time ``now``, with the API calls it made."""
        self.chatwork.set_time(now)
        self.chatwork.reset_counts()
        self.sheets.reset_calls()
        moment = datetime.fromtimestamp(now, JST).isoformat()
        done = subprocess.run(
            [sys.executable, str(HERE / "worker.py"), *args, "--now", moment],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.returncode != 0:
            raise RuntimeError(f"worker {args} failed:\n{done.stderr[-3000:]}")
        out: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        paths = Counter(
            "rooms" if p.endswith("/rooms") else p.rsplit("/", 1)[-1]
            for p in self.chatwork.path_counts().elements()
        )
        out["chatwork_requests"] = self.chatwork.request_count
        out["chatwork_by_kind"] = dict(sorted(paths.items()))
        # GET /rooms/{id}/tasks: chatsync's once-a-day check of rooms with open Chatwork tasks
        out["chatwork_daily_task_checks"] = paths.get("tasks", 0)
        out["chatwork_polling_requests"] = self.chatwork.request_count - paths.get("tasks", 0)
        out["sheets_reads"] = self.sheets.calls("read")
        out["sheets_writes"] = self.sheets.calls("write")
        out["sheets_token_calls"] = self.sheets.calls("token")
        out["api_calls"] = out["chatwork_requests"] + out["sheets_reads"] + out["sheets_writes"]
        return out
