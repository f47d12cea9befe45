"""Logging: JSON lines carry the cycle's fields; secrets are redacted in any record."""

from __future__ import annotations

import json
import logging

import pytest

from chatsync.logs import JsonFormatter, RedactingFilter, setup_logging
from chatsync.sync import CycleReport, RoomReport


def test_json_lines_carry_structured_fields() -> None:
    report = CycleReport(rooms_listed=3, rooms=[RoomReport(1, "r", new=4, tasks_new=2)])
    record = logging.LogRecord("chatsync", logging.INFO, __file__, 1, "%s", ("x",), None)
    record.fields = report.fields()
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "x" and line["level"] == "INFO"
    assert line["rooms_listed"] == 3 and line["messages"] == 4 and line["tasks_new"] == 2


def test_secrets_are_redacted_from_messages_and_arguments(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        setup_logging("DEBUG", "text", ["tok-SECRET-123"])
        logging.getLogger("chatsync.test").warning("token %s", "X-ChatWorkToken: tok-SECRET-123")
    finally:
        root.handlers[:], root.level = saved[0], saved[1]
    err = capsys.readouterr().err
    assert "tok-SECRET-123" not in err and "X-ChatWorkToken: ***" in err
    assert RedactingFilter(["abc"]).secrets == []  # too short to redact safely
