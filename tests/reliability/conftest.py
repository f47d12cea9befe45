"""The ``outcome`` fixture: each scenario records the fault it tried and what happened.

Rows of a test that passed are written as JSON to the file named by
``CHATSYNC_RELIABILITY_OUT`` at the end of the session; scripts/reliability_table.py
turns them into the table in RELIABILITY.md. So the table only ever shows what a
test run actually proved.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pytest

OUT_VARIABLE = "CHATSYNC_RELIABILITY_OUT"
_ROWS = pytest.StashKey[list["Row"]]()
_PASSED: list[Row] = []


@dataclass(frozen=True)
class Row:
    area: str
    fault: str
    outcome: str
    test: str
    counts: dict[str, int] = field(default_factory=dict)


class Outcome:
    """``outcome(area, fault, result, **counts)`` adds one row of the reliability table."""

    def __init__(self, test: str, rows: list[Row]) -> None:
        self.test = test
        self.rows = rows

    def __call__(self, area: str, fault: str, result: str, **counts: int) -> None:
        self.rows.append(Row(area, fault, result, self.test, dict(counts)))


@pytest.fixture
def outcome(request: pytest.FixtureRequest) -> Outcome:
    rows: list[Row] = []
    request.node.stash[_ROWS] = rows
    path = Path(str(request.node.path)).name
    return Outcome(f"{path}::{request.node.name}", rows)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Iterator[None] | pytest.TestReport:
    report: pytest.TestReport = yield
    if report.when == "call" and report.passed:
        _PASSED.extend(item.stash.get(_ROWS, []))
    return report


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    out = os.environ.get(OUT_VARIABLE)
    if out:
        Path(out).write_text(
            json.dumps([asdict(r) for r in _PASSED], ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
