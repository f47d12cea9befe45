"""The benchmarks run at a tiny scale and print the figures run_all and BENCHMARKS.md use.

No timing is asserted; the API-call counts are, since they do not depend on the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"


def run(script: str, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, str(BENCH / script), "--scale", "0.01", "--repeat", "1", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.strip().splitlines()
    assert lines[-1].startswith("# "), "a one-line summary comes last"
    return json.loads("\n".join(line for line in lines if not line.startswith("# ")))


def test_parse_prints_throughput_and_memory() -> None:
    out = run("bench_parse.py")
    assert out["benchmark"] == "parse"
    for key in ("messages", "msgs_per_s", "peak_rss_mb", "tasks", "target_met"):
        assert key in out
    assert out["messages"] >= 50 and out["tasks"] > 0 and out["msgs_per_s"] > 0


def test_extract_times_the_command_on_generated_and_labelled_chat() -> None:
    out = run("bench_extract.py")
    assert out["benchmark"] == "extract"
    assert out["generated_messages"] >= 10 and out["labelled_messages"] > 1000
    assert out["generated_msgs_per_s"] > 0 and out["labelled_tasks"] > 0


def test_cycle_counts_api_calls_against_naive() -> None:
    out = run("bench_cycle.py")
    assert out["benchmark"] == "cycle"
    for key in ("chatsync_changed", "chatsync_unchanged", "naive_changed", "naive_unchanged"):
        for field in ("chatwork_requests", "sheets_reads", "sheets_writes", "wall_s"):
            assert field in out[key], (key, field)
    assert "api_calls_changed" in out["ratio_naive_over_chatsync"]
    changed, unchanged = out["chatsync_changed"], out["chatsync_unchanged"]
    assert changed["errors"] == [] and unchanged["errors"] == []
    assert changed["chatwork_by_kind"]["messages"] == out["changed_rooms"]
    assert changed["chatwork_polling_requests"] == 1 + out["changed_rooms"]
    assert changed["sheets_reads"] <= 1 and changed["sheets_writes"] <= 1
    assert unchanged["chatwork_requests"] == 1
    assert unchanged["sheets_reads"] + unchanged["sheets_writes"] == 0


@pytest.mark.parametrize("script", ["bench_growth.py"])
def test_growth_reports_each_size(script: str) -> None:
    out = run(script)
    assert out["benchmark"] == "growth"
    assert len(out["by_size"]) == 3
    for figures in out["by_size"].values():
        for key in ("wall_s", "poll_s", "sheet_s", "peak_rss_mb"):
            assert key in figures
        assert figures["errors"] == []
    assert {"wall", "poll"} <= set(out["largest_over_smallest"])


def test_sheet_actions_count_the_calls_after_each_person_action() -> None:
    out = run("bench_sheet_actions.py")
    assert out["benchmark"] == "sheet_actions"
    assert out["steady"] == {"reads": 1, "writes": 1, "metadata_searches": 0}
    for action in ("after_header_renamed", "after_column_inserted", "after_column_moved"):
        assert out[action]["writes"] == 1 and out[action]["metadata_searches"] == 1
        assert out[action + "_then_steady"] == out["steady"]
