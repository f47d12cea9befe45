"""The ``chatsync extract`` JSONL contract: conversations in, tasks as they stand after
the last message out (extraction.md), through the same fold the poller uses
(:func:`chatsync.parser.fold.apply_messages`).

Run ``python -m chatsync.parser.extract FILE.jsonl`` to extract without the CLI.
"""

from __future__ import annotations

import json
import logging
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
    line = _dump(obj)
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:
        out.write(json.dumps(obj, ensure_ascii=True) + "\n")


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


def extract_file(path: str, out: TextIO) -> None:
    """``chatsync extract FILE.jsonl``: one conversation a line in, one result a line out."""
    calendar = BusinessCalendar()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            result = extract_line(line, calendar)
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
