"""Run every benchmark in its own process and print each one's figures (``make bench``).

``--scale`` and ``--repeat`` are passed on (``--scale 0.01`` for a smoke run);
``--json FILE`` also writes all figures to one file.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from common import machine, parse_output

HERE = Path(__file__).resolve().parent
BENCHMARKS = (
    "bench_parse.py",
    "bench_extract.py",
    "bench_cycle.py",
    "bench_growth.py",
    "bench_sheet_actions.py",
)


def run(script: str, extra: list[str]) -> tuple[dict[str, Any], str, float]:
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(HERE / script), *extra],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{script} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    summary = next(
        (line for line in reversed(done.stdout.splitlines()) if line.startswith("# ")), ""
    )
    return parse_output(done.stdout), summary, took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--repeat", default="3")
    parser.add_argument("--json", default=None, help="also write every figure to this file")
    args = parser.parse_args()
    extra = ["--scale", args.scale, "--repeat", args.repeat]
    everything: dict[str, Any] = {"machine": machine()}
    summaries = []
    start = time.perf_counter()
    for script in BENCHMARKS:
        figures, summary, took = run(script, extra)
        figures["seconds"] = round(took, 1)
        everything[figures["benchmark"]] = figures
        print(json.dumps(figures, ensure_ascii=False, indent=2), flush=True)
        summaries.append(f"{summary}  [{took:.0f}s]")
    total = time.perf_counter() - start
    print("\n".join(["", *summaries, f"# all: {total:.0f}s on {machine()['nproc']} cores"]))
    if args.json:
        Path(args.json).write_text(json.dumps(everything, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
