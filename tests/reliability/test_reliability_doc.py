"""RELIABILITY.md's fault table is backed by tests: every row names a test that exists,
every scenario that records a row is in the table, and the final check says zero."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
START, END = "<!-- reliability-table:start -->", "<!-- reliability-table:end -->"


def table() -> str:
    text = (ROOT / "RELIABILITY.md").read_text(encoding="utf-8")
    return text.split(START, 1)[1].split(END, 1)[0]


def scenarios_with_outcome() -> dict[str, set[str]]:
    """file name → test functions that take the ``outcome`` fixture."""
    found: dict[str, set[str]] = {}
    for path in HERE.glob("test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if (
                isinstance(node, ast.FunctionDef)
                and node.name.startswith("test_")
                and any(a.arg == "outcome" for a in node.args.args)
            ):
                found.setdefault(path.name, set()).add(node.name)
    return found


def test_every_row_names_an_existing_test_and_every_scenario_has_a_row() -> None:
    rows = re.findall(r"^\|.*\| `([^`]+)` \|$", table(), flags=re.M)
    assert len(rows) >= 30
    recorded = scenarios_with_outcome()
    named: dict[str, set[str]] = {}
    for test in rows:
        file, _, name = test.partition("::")
        function = name.split("[", 1)[0]
        assert function in recorded.get(file, set()), f"{test} is not a test in {HERE.name}/"
        named.setdefault(file, set()).add(function)
    assert named == recorded, "scenarios missing from the table: run scripts/reliability_table.py"


def test_final_check_found_nothing_lost_or_duplicated() -> None:
    summary = re.search(r"\*\*(\d+) lost, (\d+) duplicated\*\*", table())
    assert summary is not None and summary.groups() == ("0", "0")
