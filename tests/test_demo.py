"""``chatsync demo``: the scripted week ends in the sheet, the edits and the digest it should.

The demo is the newcomer's first look at chatsync and the README pastes its output, so these
tests pin what it shows, not just that it runs.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from chatsync import demo
from chatsync.demo_data import week
from chatsync.models import task_id_for
from chatsync.sheet.rows import DEFAULT_HEADERS

PLANNED = demo.plan_messages()


def sheet_id(ref: str) -> str:
    key, _, nth = ref.partition("#")
    p = PLANNED[key]
    return task_id_for(p.room, p.message_id, int(nth or 0))


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> tuple[demo.DemoResult, Path, str]:
    """One run shared by the tests below (module scope: the autouse env fixture is per test,
    so the environment is cleaned here the same way)."""
    out = tmp_path_factory.mktemp("demo-output")
    empty = out.parent / "empty-chatsync.toml"
    empty.write_text("", encoding="utf-8")
    env = pytest.MonkeyPatch()
    for key in [k for k in os.environ if k.startswith("CHATSYNC_")]:
        env.delenv(key)
    env.setenv("CHATSYNC_CONFIG", str(empty))
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            result = demo.play(str(out))
    finally:
        env.undo()
    return result, out, buffer.getvalue()


def csv_rows(out: Path) -> list[dict[str, str]]:
    raw = (out / "tasks.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    with (out / "tasks.csv").open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def by_id(rows: list[dict[str, str]], task_id: str) -> dict[str, str]:
    hits = [r for r in rows if r["ID"] == task_id]
    assert len(hits) == 1, f"{task_id}: {len(hits)} rows"
    return hits[0]


def test_demo_succeeds_and_shows_each_step(played: tuple[demo.DemoResult, Path, str]) -> None:
    result, _, stdout = played
    assert result.ok, stdout
    assert "✗" not in stdout
    steps = [
        line.split(" ")[0]
        for line in stdout.splitlines()
        if line[:2] in ("1.", "2.", "3.", "4.", "5.")
    ]
    assert steps == ["1.", "2.", "3.", "4.", "5."]
    assert stdout.count("19:00  messages") == len(week.WEEK)
    assert "ID" in stdout and "ステータス" in stdout and "ルーム" in stdout


def test_csv_has_every_column_and_the_scripted_tasks_once(
    played: tuple[demo.DemoResult, Path, str],
) -> None:
    _, out, _ = played
    rows = csv_rows(out)
    with (out / "tasks.csv").open(encoding="utf-8-sig", newline="") as f:
        header = next(csv.reader(f))
    assert header == list(DEFAULT_HEADERS.values())
    ids = [r["ID"] for r in rows]
    assert len(ids) == len(set(ids))

    quote = by_id(rows, sheet_id("quote-a"))
    assert "A社" in quote["タスク"] and "見積書" in quote["タスク"]
    assert (quote["ステータス"], quote["担当者"], quote["期限"]) == (
        "完了",
        "佐藤 美穂",
        "2026-12-09",
    )
    assert quote["ルーム"] == "営業部" and quote["依頼者"] == "山田 健一"

    room = by_id(rows, sheet_id("meeting-prep#1"))
    assert "会議室の予約" in room["タスク"] and room["ステータス"] == "完了"
    slides = by_id(rows, sheet_id("meeting-prep#3"))
    assert "スライド" in slides["タスク"]
    assert (slides["担当者"], slides["ステータス"]) == ("高橋 彩", "未完了")
    assert slides["期限"] == "2026-12-11", "the deadline was moved from Thursday to Friday"

    minutes = by_id(rows, sheet_id("minutes-board"))
    assert "議事録" in minutes["タスク"] and minutes["期限"] == "2026-12-08 12:00"
    assert minutes["ステータス"] == "完了", "closed by a quote"

    cancelled = by_id(rows, sheet_id("recheck-d"))
    assert "D社" in cancelled["タスク"] and cancelled["ステータス"] == "キャンセル"

    promise = by_id(rows, sheet_id("stock-list"))
    assert "在庫リスト" in promise["タスク"] and promise["担当者"] == "中村 由紀"

    year_end = [r for r in rows if "年末調整" in r["タスク"]]
    assert len(year_end) == 1
    assert (year_end[0]["担当者"], year_end[0]["期限"], year_end[0]["ステータス"]) == (
        "中村 由紀",
        "2026-12-11",
        "未完了",
    )
    assert not any(r["タスク"] in ("", "させる") for r in rows)
    chatter = ("ランチ", "うどん", "カレー", "大掃除", "雨", "部長会")
    assert not [r["タスク"] for r in rows if any(w in r["タスク"] for w in chatter)]


def test_the_persons_edits_survive_the_next_sync(
    played: tuple[demo.DemoResult, Path, str],
) -> None:
    result, out, stdout = played
    rows = csv_rows(out)
    assert by_id(rows, sheet_id("minutes-sales"))["ステータス"] == "完了"
    assert by_id(rows, sheet_id("proposal-c"))["期限"] == "2026-12-18"
    assert by_id(rows, sheet_id("cards-order"))["メモ"] == "印刷会社に確認中(12/15 納品予定)"
    assert stdout.count("✓") == len(week.SHEET_EDITS)
    assert result.sheet[0] == list(DEFAULT_HEADERS.values())


def test_digest_posted_once_to_the_managers_room_naming_the_late_tasks(
    played: tuple[demo.DemoResult, Path, str],
) -> None:
    result, out, stdout = played
    assert [room for room, _ in result.posts] == [week.MANAGERS]
    body = result.posts[0][1]
    assert body.startswith("[info][title]遅延タスク 12月14日(月) 9:00")
    assert "4 件" in body
    for late in ("名刺の追加発注", "年末調整", "予算案", "スライド"):
        assert body.count(late) == 1, late
    for mention in (week.SATO, week.NAKAMURA, week.ITO, week.TAKAHASHI):
        assert body.count(f"[To:{mention}]") == 1
    assert "3営業日超過" in body  # 名刺: due Wednesday 12/9
    for not_late in ("営業会議の議事録", "C社", "D社", "見積書"):
        assert not_late not in body, f"{not_late}: done, moved or cancelled"
    assert "本日期限" in body and "週報のレビュー" in body
    assert (out / "digest.txt").read_text(encoding="utf-8").strip() == body.strip()
    assert "遅延タスク 12月14日(月) 9:00 時点" in stdout


def test_cli_demo_exits_0(tmp_path: Path) -> None:
    out = tmp_path / "demo-output"
    done = subprocess.run(
        [sys.executable, "-m", "chatsync", "demo", "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=90,
        env=dict(os.environ),
    )
    assert done.returncode == 0, done.stderr
    assert "遅延タスク" in done.stdout
    assert done.stderr == ""
    assert len(csv_rows(out)) > 10


def test_table_cells_fit_their_display_width() -> None:
    assert demo.display_width("営業部 A") == 8
    cut = demo.fit("会議室のプロジェクターの修理の手配", 12)
    assert cut.rstrip().endswith("…") and demo.display_width(cut) == 12
    assert demo.display_width(demo.fit("総務", 10)) == 10
    lines = demo.table(
        [["ID", "タスク", "ルーム"], ["cw-1-2", "見積書の作成", "営業部"], ["cw-1-3", "x", "総務"]],
        (("ID", 10), ("タスク", 8), ("ルーム", 6)),
    )
    starts = {
        demo.display_width(line[: line.index(room)])
        for line, room in zip(lines[2:], ("営業部", "総務"), strict=True)
    }
    assert len(starts) == 1, lines
