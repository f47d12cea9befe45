"""Conversation-level extraction: our labelled conversations scored by the eval's rules,
the JSONL contract, and incremental feeding equal to one batch."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from chatsync.calendar import BusinessCalendar
from chatsync.models import Conversation, Task, TaskStatus
from chatsync.parser.extract import (
    RoomContext,
    apply_messages,
    extract_conversation,
    extract_file,
    jobs_for,
    main,
)
from tests.parser.cases.own_cases import CASES
from tests.parser.scoring import score_cases, shortfalls

CAL = BusinessCalendar()


def test_own_labelled_set_size() -> None:
    n_msgs = sum(len(c["messages"]) for c in CASES)
    n_tasks = sum(len(c["expected"]["tasks"]) for c in CASES)
    assert n_msgs >= 150
    assert n_msgs - n_tasks >= 90  # most chat is not a task


def test_own_labelled_conversations_meet_the_bar() -> None:
    scores, errors = score_cases(CASES)
    assert not shortfalls(scores), "\n".join([str(scores), *errors])


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_incremental_equals_batch(case: dict[str, Any]) -> None:
    """Every split point: two sync cycles give exactly the tasks of one batch."""
    conv = Conversation.model_validate(case)
    ctx = RoomContext(
        room=conv.room,
        members=conv.members,
        tz=ZoneInfo(conv.timezone),
        calendar=CAL,
        self_account_id=conv.self_account_id,
    )
    msgs = [m.to_message(conv.room.room_id) for m in conv.messages]
    batch = apply_messages([], msgs, ctx)
    for cut in range(1, len(msgs)):
        first = apply_messages([], msgs[:cut], ctx)
        assert apply_messages(first, msgs[cut:], ctx) == batch


@pytest.mark.parametrize("case", CASES[:6], ids=[c["id"] for c in CASES[:6]])
def test_feeding_messages_twice_changes_nothing(case: dict[str, Any]) -> None:
    """The poller may fetch a message again (force=1): the second pass is a no-op."""
    conv = Conversation.model_validate(case)
    ctx = RoomContext(conv.room, conv.members, ZoneInfo(conv.timezone), CAL)
    msgs = [m.to_message(conv.room.room_id) for m in conv.messages]
    once = apply_messages([], msgs, ctx)
    assert apply_messages(once, msgs, ctx) == once


def _ctx_and_msgs(case: dict[str, Any]) -> tuple[RoomContext, list[Any]]:
    conv = Conversation.model_validate(case)
    ctx = RoomContext(conv.room, conv.members, ZoneInfo(conv.timezone), CAL)
    return ctx, [m.to_message(conv.room.room_id) for m in conv.messages]


def test_later_cycle_update_changes_an_earlier_task() -> None:
    ctx, msgs = _ctx_and_msgs(CASES[0])
    stored = apply_messages([], msgs[:2], ctx)
    assert [t.status for t in stored] == [TaskStatus.OPEN]
    after = apply_messages(stored, msgs[8:9], ctx)  # the reply that finishes it
    assert after[0].status == TaskStatus.DONE
    assert after[0].done_at == msgs[8].send_time
    assert after[0].closed_by == msgs[8].message_id


def test_cancelled_tasks_stay_in_state_but_leave_the_output() -> None:
    case = next(c for c in CASES if c["id"] == "own-003")
    ctx, msgs = _ctx_and_msgs(case)
    tasks = apply_messages([], msgs, ctx)
    cancelled = [t for t in tasks if t.status == TaskStatus.CANCELLED]
    assert [t.message_id for t in cancelled] == [msgs[7].message_id]
    out = extract_conversation(Conversation.model_validate(case), CAL)
    assert msgs[7].message_id not in {t["message_id"] for t in out}


def test_edited_message_replaces_its_tasks() -> None:
    ctx, msgs = _ctx_and_msgs(CASES[0])
    tasks = apply_messages([], msgs[:2], ctx)
    edited = msgs[1].model_copy(
        update={
            "body": "[To:202]中田 悠さん\nA社向けの見積書の作成を明日までにお願いします。",
            "update_time": msgs[1].send_time + 60,
        }
    )
    again = apply_messages(tasks, [edited], ctx)
    assert len(again) == 1
    assert "見積書" in again[0].title
    assert again[0].due is not None and again[0].due.day.isoformat() == "2026-12-01"
    gone = apply_messages(
        tasks, [edited.model_copy(update={"body": "失礼しました、削除します"})], ctx
    )
    assert gone == []


def test_edit_keeps_what_later_messages_did() -> None:
    ctx, msgs = _ctx_and_msgs(CASES[0])
    tasks = apply_messages([], msgs[:9], ctx)
    done = next(t for t in tasks if t.message_id == msgs[1].message_id)
    assert done.status == TaskStatus.DONE
    edited = msgs[1].model_copy(update={"body": msgs[1].body + "（追記：PDFで）"})
    again = apply_messages(tasks, [edited], ctx)
    assert [t.status for t in again if t.message_id == msgs[1].message_id] == [TaskStatus.DONE]


def test_extract_output_shape() -> None:
    out = extract_conversation(Conversation.model_validate(CASES[0]), CAL)
    assert out[0] == {
        "message_id": "4001000002",
        "title": out[0]["title"],
        "assignees": [202],
        "due": "2026-11-30",
        "status": "done",
        "confidence": out[0]["confidence"],
    }
    assert 0.0 < out[0]["confidence"] <= 1.0  # the extra key extraction.md allows
    assert "お願い" not in out[0]["title"] and "本日中" not in out[0]["title"]


def test_extract_file_reads_jsonl_ignores_expected_and_survives_bad_lines(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "in.jsonl"
    good = CASES[1]
    lines = [
        json.dumps(good, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"id": "bad-1", "room": {"room_id": "x"}}),
        json.dumps({"id": "bad-2", "messages": "nope", "room": {"room_id": 1, "name": "r"}}),
        json.dumps([1, 2, 3]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    buf = io.StringIO()
    extract_file(str(path), buf)
    rows = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert [r["id"] for r in rows] == [good["id"], None, "bad-1", "bad-2", None]
    assert rows[0]["tasks"] == extract_conversation(Conversation.model_validate(good), CAL)
    assert all(r["tasks"] == [] for r in rows[1:])
    assert "cannot extract" in caplog.text


def test_parallel_extract_writes_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    """Two forked workers (what a large file gets on Linux) change nothing in the output."""
    path = tmp_path / "many.jsonl"
    lines = [json.dumps(c, ensure_ascii=False) for c in CASES] + ["{not json", ""]
    path.write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    one, two = io.StringIO(), io.StringIO()
    extract_file(str(path), one, jobs=1)
    extract_file(str(path), two, jobs=2)
    assert two.getvalue() == one.getvalue()
    ids = [json.loads(x)["id"] for x in one.getvalue().splitlines()]
    assert ids == ([c["id"] for c in CASES] + [None]) * 3


def test_small_files_stay_in_one_process(tmp_path: Path) -> None:
    path = tmp_path / "small.jsonl"
    path.write_text(json.dumps(CASES[0], ensure_ascii=False) + "\n", encoding="utf-8")
    assert jobs_for(str(path)) == 1
    assert jobs_for(str(tmp_path / "missing.jsonl")) == 1


def test_module_entry_point(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(CASES[2], ensure_ascii=False) + "\n", encoding="utf-8")
    assert main([str(path)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["id"] == "own-003" and len(row["tasks"]) == 2
    assert main([]) == 2
    assert main([str(tmp_path / "missing.jsonl")]) == 1


def test_toall_excludes_sender_and_reading_account() -> None:
    case = next(c for c in CASES if c["id"] == "own-013")
    out = extract_conversation(Conversation.model_validate(case), CAL)
    assert out[0]["assignees"] == [322, 323, 324]


def test_tasks_keep_parser_state_fields() -> None:
    ctx, msgs = _ctx_and_msgs(CASES[4])
    tasks = apply_messages([], msgs, ctx)
    moved = [t for t in tasks if t.due_updated_by]
    assert {t.message_id for t in moved} == {msgs[2].message_id, msgs[3].message_id}
    assert all(isinstance(t, Task) and t.keywords for t in tasks)
    assert {t.kind for t in tasks} == {"request", "commitment"}
