"""``chatsync extract`` as a user runs it: one process over a JSONL file, start-up included.

Two corpora, timed separately:

- *generated*: 50,000 messages in 5,000 short conversations (10 each) from the seeded
  chat generator — the throughput bar (≥ 5,000 msg/s, process start included);
- *labelled*: every conversation of the project's labelled sets under
  ``tests/parser/cases`` — real-style text that repeats far less, so the parser's
  caches help less: the honest figure for unseen chat.

Each run is a fresh ``python -m chatsync extract FILE`` (median of ``--repeat``).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from common import BASE_TIME, ME, ChatGenerator, emit, make_rooms, median, scale_arg, scaled

ROOT = Path(__file__).resolve().parents[1]
PER_CONV = 10
TARGET = 5000
LABELLED = (
    "blind_cases",
    "blind2_cases",
    "blind3_cases",
    "blind4_cases",
    "blind5_cases",
    "blind6_cases",
    "blind7_cases",
    "blind8_cases",
    "blind9_ja_cases",
    "blind9_en_cases",
    "own_cases",
)


def generated(total: int) -> list[dict[str, Any]]:
    gen = ChatGenerator(seed=11)
    convs = []
    for state in make_rooms(max(1, total // PER_CONV), first_id=20_000, seed=11):
        msgs = gen.messages(state, PER_CONV, BASE_TIME)
        members = [a for a in state.members if a != ME]
        convs.append(
            {
                "id": f"gen-{state.room_id}",
                "room": {"room_id": state.room_id, "name": f"room {state.room_id}"},
                "members": [{"account_id": a, "name": gen.name(a)} for a in members],
                "self_account_id": ME,
                "messages": [
                    {
                        "message_id": m.message_id,
                        "account": {"account_id": m.account_id, "name": m.account_name},
                        "body": m.body,
                        "send_time": m.send_time,
                    }
                    for m in msgs
                ],
            }
        )
    return convs


def labelled() -> list[dict[str, Any]]:
    sys.path.insert(0, str(ROOT))
    out: list[dict[str, Any]] = []
    for name in LABELLED:
        try:
            out.extend(importlib.import_module(f"tests.parser.cases.{name}").CASES)
        except ModuleNotFoundError:
            continue
    return out


def run(convs: list[dict[str, Any]], repeat: int) -> tuple[float, int, int]:
    """Median wall seconds of ``chatsync extract``, messages, tasks."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for c in convs:
            f.write(json.dumps({k: v for k, v in c.items() if k != "expected"}, ensure_ascii=False))
            f.write("\n")
        path = f.name
    walls: list[float] = []
    tasks = 0
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "chatsync", "extract", path],
            capture_output=True,
            text=True,
            check=True,
        )
        walls.append(time.perf_counter() - start)
        tasks = sum(len(json.loads(line)["tasks"]) for line in done.stdout.splitlines() if line)
    Path(path).unlink()
    return median(walls), sum(len(c["messages"]) for c in convs), tasks


def main() -> None:
    args = scale_arg(__doc__ or "").parse_args()
    gen_wall, gen_msgs, gen_tasks = run(generated(scaled(50_000, args.scale, 10)), args.repeat)
    lab_wall, lab_msgs, lab_tasks = run(labelled(), args.repeat)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import chatsync.parser.extract"], check=True)
    import_seconds = time.perf_counter() - start
    rate = gen_msgs / gen_wall
    figures = {
        "generated_messages": gen_msgs,
        "generated_conversations": gen_msgs // PER_CONV,
        "generated_seconds": round(gen_wall, 2),
        "generated_msgs_per_s": round(rate),
        "generated_tasks": gen_tasks,
        "labelled_messages": lab_msgs,
        "labelled_seconds": round(lab_wall, 2),
        "labelled_msgs_per_s": round(lab_msgs / lab_wall),
        "labelled_tasks": lab_tasks,
        "process_start_seconds": round(import_seconds, 2),
        "target_msgs_per_s": TARGET,
        "target_met": rate >= TARGET,
    }
    emit(
        "extract",
        figures,
        f"{rate:,.0f} msg/s over {gen_msgs:,} generated messages in {gen_msgs // PER_CONV:,} "
        f"conversations, start-up included (target ≥ {TARGET:,}); "
        f"{lab_msgs / lab_wall:,.0f} msg/s on {lab_msgs:,} labelled real-style messages",
    )


if __name__ == "__main__":
    main()
