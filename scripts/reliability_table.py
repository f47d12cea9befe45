"""Run the reliability suite and rewrite the fault table in RELIABILITY.md from what it proved.

    .venv/bin/python scripts/reliability_table.py

Each scenario records (area, fault, outcome, counts) through the ``outcome`` fixture
(tests/reliability/conftest.py); only rows of tests that passed are written. The table
between the markers in RELIABILITY.md is replaced; nothing is written if a test failed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "RELIABILITY.md"
START, END = "<!-- reliability-table:start -->", "<!-- reliability-table:end -->"
AREAS = ("crash", "Chatwork", "Sheets", "hostile input", "state store", "secrets")


def _stable(text: str) -> str:
    """One line, without what differs from run to run (spreadsheet ids, temporary paths),
    quotes of error lines kept short."""
    text = text.replace("|", "\\|").replace("\n", " ")
    text = re.sub(r"\b1[A-Za-z0-9_-]{43}\b", "<spreadsheet id>", text)
    text = re.sub(r"sqlite:///[^\s`]+", "<state store URL>", text)
    return re.sub(r"`([^`]{121,})`", lambda m: f"`{m.group(1)[:120].rstrip()}…`", text)


def render(rows: list[dict[str, object]]) -> str:
    rows = sorted(rows, key=lambda r: (AREAS.index(str(r["area"])), str(r["test"])))
    lines = ["| area | fault tried | outcome | test |", "|---|---|---|---|"]
    for r in rows:
        area, fault, outcome = (_stable(str(r[k])) for k in ("area", "fault", "outcome"))
        lines.append(f"| {area} | {fault} | {outcome} | `{r['test']}` |")
    checked = [r for r in rows if "tasks" in r["counts"]]  # type: ignore[operator]
    tasks = sum(int(r["counts"]["tasks"]) for r in checked)  # type: ignore[index]
    lost = sum(int(r["counts"]["lost"]) for r in checked)  # type: ignore[index]
    dup = sum(int(r["counts"]["duplicated"]) for r in checked)  # type: ignore[index]
    lines += [
        "",
        f"**Final check:** {len(rows)} faults tried; {len(checked)} of them end with the "
        f"exactly-once check over {tasks} tasks in all: **{lost} lost, {dup} duplicated**.",
    ]
    return "\n".join(lines)


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.json"
        env = {**os.environ, "CHATSYNC_RELIABILITY_OUT": str(out)}
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-p",
                "no:cacheprovider",
                "tests/reliability",
                "--ignore=tests/reliability/test_reliability_doc.py",  # checks this output
            ],
            cwd=ROOT,
            env=env,
        )
        if done.returncode != 0:
            sys.stderr.write("reliability tests failed: RELIABILITY.md left as it is\n")
            return 1
        rows = json.loads(out.read_text(encoding="utf-8"))
    text = DOC.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    DOC.write_text(f"{head}{START}\n{render(rows)}\n{END}{tail}", encoding="utf-8")
    sys.stdout.write(f"RELIABILITY.md: {len(rows)} rows\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
