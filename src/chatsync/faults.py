"""Crash points for the crash-safety tests.

``CHATSYNC_FAULT_STEP=after_store`` makes the process SIGKILL itself when it
reaches that step, so tests can prove that every step is safe to die at;
``after_store@2`` dies the second time the step is reached (e.g. after the
second room), so a crash between rooms is tried too.
Unset in production: one environment lookup per checkpoint.
"""

from __future__ import annotations

import os
import signal

STEPS = (
    "after_rooms",  # the room list was read
    "after_fetch",  # a room's messages were read, nothing stored yet
    "after_store",  # a room's messages and tasks were committed
    "before_sheet_write",  # the sheet was read and merged, nothing written
    "after_sheet_write",  # the sheet was written, the store not yet told
    "after_claim",  # a digest post was claimed, not yet posted
    "after_post",  # a digest was posted, not yet recorded
)


_reached: dict[str, int] = {}


def checkpoint(step: str) -> None:
    wanted = os.environ.get("CHATSYNC_FAULT_STEP")
    if not wanted:
        return
    name, _, nth = wanted.partition("@")
    if name != step:
        return
    _reached[step] = _reached.get(step, 0) + 1
    if _reached[step] >= int(nth or 1):
        os.kill(os.getpid(), signal.SIGKILL)
