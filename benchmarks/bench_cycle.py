"""API economy of one sync cycle, against the emulators, side by side with a naive sync.

500 rooms, each with a little history, are synced once (the warm-up, reported as
``first_cycle``). Then, per repetition, the same 50 rooms get 40 new messages each
(2,000 messages; the generated mix yields roughly 300 new or changed tasks)
and one chatsync cycle runs, then a cycle with no change. The first repetition is
the first read of the day of those rooms, which adds chatsync's once-a-day check
of rooms with open Chatwork tasks (GET /rooms/{id}/tasks); it is reported as
``chatsync_changed_first`` and the later repetitions as the steady state. The
worksheet is created with 10,000 rows so that no cycle has to grow the grid (that
costs one metadata read and one write per 1,000 new rows; see BENCHMARKS.md).
The naive sync (bench_naive.py) does the same work in the same run, against the
same rooms, with its own token and spreadsheet. Each cycle is its own process
(worker.py). API calls are counted by the emulators; Google token requests are
reported apart (they count against no Sheets quota).
"""

from __future__ import annotations

import time
from typing import Any

from bench_naive import NAIVE_WORKSHEET
from common import (
    BASE_TIME,
    ChatGenerator,
    emit,
    machine,
    make_rooms,
    median,
    scale_arg,
    scaled,
)
from lab import NAIVE_TOKEN, Lab

CHATWORK_LIMIT = 300  # requests per 5 minutes per token
SHEETS_WRITE_LIMIT = 60  # write requests per minute per user
SHEETS_READ_LIMIT = 60
HISTORY = 5  # messages per room before the warm-up
PER_ROOM = 40  # new messages per changed room (under the API's 100 per read)
TASK_SHARE = 0.115  # of messages creating or changing a task: ~300 per 2,000 messages


def pick(runs: list[dict[str, Any]], key: str) -> Any:
    values = [r[key] for r in runs]
    if all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return median(values) if isinstance(values[0], float) else int(median(values))
    return values[-1]


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians (counts are the same in every run; the per-run lists show it)."""
    out = {k: pick(runs, k) for k in runs[0]}
    out["wall_s_runs"] = [r["wall_s"] for r in runs]
    out["api_calls_runs"] = [r["api_calls"] for r in runs]
    out["chatwork_by_kind_runs"] = [r["chatwork_by_kind"] for r in runs]
    return out


def main() -> None:
    args = scale_arg(__doc__ or "").parse_args()
    n_rooms = scaled(500, args.scale, minimum=2)
    n_changed = scaled(50, args.scale)
    repeat = max(1, args.repeat)
    gen = ChatGenerator(seed=8, task_share=TASK_SHARE)
    rooms = make_rooms(n_rooms)
    started = time.perf_counter()

    with Lab() as lab:
        lab.add_rooms(rooms, gen)
        for room in rooms:
            lab.add_messages(gen.messages(room, HISTORY, BASE_TIME, step=240))
        ours = lab.sheets.create_spreadsheet("chatsync", sheets=("タスク",), rows=10_000)
        theirs = lab.sheets.create_spreadsheet("naive", sheets=(NAIVE_WORKSHEET,))
        env = lab.env(f"sqlite:///{lab.dir}/chatsync.db", ours)
        naive_env = lab.env("sqlite://", theirs, token=NAIVE_TOKEN)
        state = str(lab.dir / "naive-state.json")

        now = BASE_TIME + 3600
        first = lab.cycle(env, now, "chatsync")
        naive_first = lab.cycle(naive_env, now, "naive", "--state", state)

        changed, unchanged, naive_changed, naive_unchanged = [], [], [], []
        new_messages = 0
        for _ in range(repeat):
            now += 3600
            batch = rooms[:n_changed]
            for room in batch:
                new_messages += lab.add_messages(gen.messages(room, PER_ROOM, now - 3300, step=80))
            changed.append(lab.cycle(env, now, "chatsync"))
            naive_changed.append(lab.cycle(naive_env, now, "naive", "--state", state))
            now += 300
            unchanged.append(lab.cycle(env, now, "chatsync"))
            naive_unchanged.append(lab.cycle(naive_env, now, "naive", "--state", state))

    steady = changed[1:] or changed
    first_changed = changed[0]
    c, u = summarise(steady), summarise(unchanged)
    nc, nu = summarise(naive_changed[1:] or naive_changed), summarise(naive_unchanged)
    tasks_changed = c["tasks_new"] + c["tasks_updated"]
    targets = {
        "changed_chatwork_is_1_plus_changed_rooms_plus_daily_checks": all(
            r["chatwork_polling_requests"] == 1 + n_changed for r in changed
        ),
        "changed_sheets_at_most_1_read_1_write": c["sheets_reads"] <= 1 and c["sheets_writes"] <= 1,
        "unchanged_1_chatwork_no_sheets": u["chatwork_requests"] == 1
        and u["sheets_reads"] + u["sheets_writes"] == 0,
        "20x_fewer_calls_changed_cycle": nc["api_calls"] >= 20 * c["api_calls"],
        "20x_fewer_calls_changed_plus_unchanged": nc["api_calls"] + nu["api_calls"]
        >= 20 * (c["api_calls"] + u["api_calls"]),
    }
    ratio = {
        "api_calls_changed": round(nc["api_calls"] / max(1, c["api_calls"]), 1),
        "api_calls_unchanged": round(nu["api_calls"] / max(1, u["api_calls"]), 1),
        "api_calls_pair": round(
            (nc["api_calls"] + nu["api_calls"]) / max(1, c["api_calls"] + u["api_calls"]), 1
        ),
        "chatwork_changed": round(nc["chatwork_requests"] / max(1, c["chatwork_requests"]), 1),
        "sheets_changed": round(
            (nc["sheets_reads"] + nc["sheets_writes"])
            / max(1, c["sheets_reads"] + c["sheets_writes"]),
            1,
        ),
        "wall_changed": round(nc["wall_s"] / max(1e-9, c["wall_s"]), 1),
    }
    quota = {
        "chatsync_changed_share_of_chatwork_5min_budget": round(
            c["chatwork_requests"] / CHATWORK_LIMIT, 3
        ),
        "naive_changed_share_of_chatwork_5min_budget": round(
            nc["chatwork_requests"] / CHATWORK_LIMIT, 3
        ),
        "naive_sheets_writes_over_per_minute_quota": round(
            nc["sheets_writes"] / SHEETS_WRITE_LIMIT, 2
        ),
        "naive_min_minutes_to_write_at_quota": nc["sheets_writes"] // SHEETS_WRITE_LIMIT,
    }
    figures = {
        "rooms": n_rooms,
        "changed_rooms": n_changed,
        "new_messages_per_cycle": new_messages // repeat,
        "tasks_new_or_changed": tasks_changed,
        "repetitions": repeat,
        "first_cycle": first,
        "chatsync_changed_first": first_changed,
        "naive_first_cycle": naive_first,
        "chatsync_changed": c,
        "chatsync_unchanged": u,
        "naive_changed": nc,
        "naive_unchanged": nu,
        "ratio_naive_over_chatsync": ratio,
        "real_quota": quota,
        "targets": targets,
        "machine": machine(),
        "bench_seconds": round(time.perf_counter() - started, 1),
    }
    emit(
        "cycle",
        figures,
        f"{n_rooms} rooms, {n_changed} changed, {tasks_changed} tasks: chatsync "
        f"{c['chatwork_polling_requests']} Chatwork (+{c['chatwork_daily_task_checks']} daily "
        f"task checks) + {c['sheets_reads']}R/{c['sheets_writes']}W Sheets "
        f"in {c['wall_s']:.2f}s; unchanged {u['chatwork_requests']} + "
        f"{u['sheets_reads']}R/{u['sheets_writes']}W; naive {nc['api_calls']} calls "
        f"({ratio['api_calls_changed']}× changed, {ratio['api_calls_pair']}× pair); "
        f"targets {sum(targets.values())}/{len(targets)}",
    )


if __name__ == "__main__":
    main()
