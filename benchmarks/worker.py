"""One sync cycle in its own process, as cron or ``chatsync run`` would do it.

``worker.py chatsync --now ISO`` runs :func:`chatsync.app.sync_once` with the
settings in the ``CHATSYNC_*`` environment; ``worker.py naive --state FILE`` runs
the naive baseline. Either prints one JSON line: wall time of the cycle (process
start-up and imports excluded), the sheet step's share, peak RSS and the report.
A process per cycle keeps the emulators (in the parent) out of the RSS figures.
"""

from __future__ import annotations

import argparse
import json
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import gspread
from common import ME, peak_rss_mb

from chatsync import app
from chatsync.config import Settings
from chatsync.sync import CycleReport


def rss_mb() -> float:
    return peak_rss_mb()


def run_chatsync(now: datetime | None) -> dict[str, Any]:
    settings = Settings()
    sheet_seconds = [0.0]
    sheet_step = app._sheet_step

    def timed_sheet_step(*args: Any) -> None:
        start = time.perf_counter()
        try:
            sheet_step(*args)
        finally:
            sheet_seconds[0] += time.perf_counter() - start

    app._sheet_step = timed_sheet_step

    # Time spent waiting on Sheets API requests (the emulator's work + loopback HTTP), so
    # the sheet step can be split into chatsync's own time and the server's.
    api_seconds = [0.0]
    request = gspread.http_client.HTTPClient.request

    def timed_request(self: Any, *args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter()
        try:
            return request(self, *args, **kwargs)
        finally:
            api_seconds[0] += time.perf_counter() - start

    gspread.http_client.HTTPClient.request = timed_request  # type: ignore[method-assign]
    before = rss_mb()
    start = time.perf_counter()
    report: CycleReport = app.sync_once(settings, now)
    wall = time.perf_counter() - start
    return {
        "wall_s": round(wall, 4),
        "sheet_s": round(sheet_seconds[0], 4),
        "sheets_api_s": round(api_seconds[0], 4),
        "poll_s": round(wall - sheet_seconds[0], 4),
        "rss_before_mb": before,
        "peak_rss_mb": rss_mb(),
        "rooms_listed": report.rooms_listed,
        "rooms_read": len(report.rooms),
        "messages_new": report.total("new"),
        "tasks_new": report.total("tasks_new"),
        "tasks_updated": report.total("tasks_updated"),
        "sheet": report.sheet,
        "errors": report.errors,
    }


def run_naive(state: Path) -> dict[str, Any]:
    from bench_naive import naive_cycle

    before = rss_mb()
    start = time.perf_counter()
    figures = naive_cycle(state, ME)
    wall = time.perf_counter() - start
    return {"wall_s": round(wall, 4), "rss_before_mb": before, "peak_rss_mb": rss_mb(), **figures}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=("chatsync", "naive"))
    parser.add_argument("--now", default=None)
    parser.add_argument("--state", default=None)
    args = parser.parse_args()
    if args.kind == "chatsync":
        now = datetime.fromisoformat(args.now) if args.now else None
        out = run_chatsync(now)
    else:
        out = run_naive(Path(args.state))
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
