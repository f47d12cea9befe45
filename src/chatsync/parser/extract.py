"""The ``chatsync extract`` JSONL contract: conversations in, tasks as they stand after
the last message out (extraction.md), through the same fold the poller uses
(:func:`chatsync.parser.fold.apply_messages`).

Run ``python -m chatsync.parser.extract FILE.jsonl`` to extract without the CLI.
"""

from __future__ import annotations

import io
import json
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from chatsync.calendar import BusinessCalendar
from chatsync.models import Conversation, Task, TaskStatus
from chatsync.parser.fold import RoomContext, apply_messages

__all__ = ["RoomContext", "apply_messages", "extract_conversation", "extract_file", "main"]

log = logging.getLogger(__name__)


def _output(task: Task, tz: ZoneInfo) -> dict[str, Any]:
    return {
        "message_id": task.message_id,
        "title": task.title,
        "assignees": sorted(task.assignee_ids),
        "due": task.due.to_contract(tz) if task.due is not None else None,
        "status": task.status.value,
        "confidence": task.confidence,
    }


def extract_conversation(
    conv: Conversation, calendar: BusinessCalendar | None = None
) -> list[dict[str, Any]]:
    """The extract output of one conversation: its tasks after the last message, cancelled ones
    dropped. Literally :func:`apply_messages` over all messages, then formatting."""
    tz = ZoneInfo(conv.timezone)
    ctx = RoomContext(
        room=conv.room,
        members=conv.members,
        tz=tz,
        calendar=calendar or BusinessCalendar(),
        self_account_id=conv.self_account_id,
    )
    messages = [m.to_message(conv.room.room_id) for m in conv.messages]
    tasks = apply_messages([], messages, ctx)
    return [_output(t, tz) for t in tasks if t.status != TaskStatus.CANCELLED]


def _dump(obj: dict[str, Any]) -> str:
    try:
        return json.dumps(obj, ensure_ascii=False)
    except (TypeError, ValueError):  # pragma: no cover - defensive
        return json.dumps({"id": str(obj.get("id")), "tasks": []})


def _write(out: TextIO, obj: dict[str, Any]) -> None:
    _write_text(out, _dump(obj))


def _write_text(out: TextIO, line: str) -> None:
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:  # a stdout that cannot hold Japanese: escape, same JSON
        out.write(json.dumps(json.loads(line), ensure_ascii=True) + "\n")


def extract_line(line: str, calendar: BusinessCalendar) -> dict[str, Any] | None:
    """One JSONL line → one output object; ``None`` for a blank line. Never raises."""
    if not line.strip():
        return None
    cid: Any = None
    try:
        raw = json.loads(line)
        if isinstance(raw, dict):
            cid = raw.get("id")
            raw.pop("expected", None)
        conv = Conversation.model_validate(raw)
        return {"id": conv.id, "tasks": extract_conversation(conv, calendar)}
    except Exception as exc:
        log.warning("conversation %r: cannot extract (%s)", cid, type(exc).__name__)
        return {"id": cid if isinstance(cid, str | int) else None, "tasks": []}


# Below this size a second process costs more than it saves (start, pickling).
_PARALLEL_MIN_BYTES = 1 << 20
_CHUNK = 64  # conversations sent to a worker at a time
_CALENDAR = BusinessCalendar()


def _line_out(line: str) -> str | None:
    """A worker's job: one JSONL line in, one JSONL line out (``None`` for a blank line)."""
    result = extract_line(line, _CALENDAR)
    return None if result is None else _dump(result)


def jobs_for(path: str) -> int:
    """Processes for a file: every core (up to 8) for a large file on Linux — conversations
    are independent, and a fork shares the loaded dictionary for free; one otherwise."""
    if not sys.platform.startswith("linux"):
        return 1
    try:
        if os.path.getsize(path) < _PARALLEL_MIN_BYTES:
            return 1
    except OSError:
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), 8))


def _pool(jobs: int) -> Any:
    """A pool of forked workers, or None where the host cannot give one (no semaphores)."""
    from chatsync.parser.morph import analyse

    analyse("確認をお願いします")  # load the dictionary before forking, so workers share it
    try:
        return multiprocessing.get_context("fork").Pool(jobs)
    except (OSError, ValueError) as exc:
        log.warning("extract: running in one process (%s)", exc)
        return None


def extract_file(path: str, out: TextIO, jobs: int | None = None) -> None:
    """``chatsync extract FILE.jsonl`` (``-``: standard input): one conversation a line in,
    one result a line out, in input order. ``jobs`` processes (default :func:`jobs_for`);
    the output is the same."""
    if path == "-":  # standard input, one process (its size is not known)
        stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
        for line in stdin:
            result = extract_line(line, _CALENDAR)
            if result is not None:
                _write(out, result)
        return
    jobs = jobs_for(path) if jobs is None else max(1, jobs)
    with open(path, encoding="utf-8", errors="replace") as f:
        pool = _pool(jobs) if jobs > 1 else None
        if pool is not None:
            with pool:
                for text in pool.imap(_line_out, f, chunksize=_CHUNK):
                    if text is not None:
                        _write_text(out, text)
            return
        for line in f:
            result = extract_line(line, _CALENDAR)
            if result is not None:
                _write(out, result)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        sys.stderr.write("usage: python -m chatsync.parser.extract FILE.jsonl\n")
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        extract_file(args[0], sys.stdout)
    except OSError as exc:
        sys.stderr.write(f"cannot read {args[0]}: {exc.strerror}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
