"""Parse throughput: messages per second of task extraction on one core.

A seeded corpus of 50,000 messages in 500 rooms (100 each) is folded room by
room in batches of 25, the way the poller feeds each cycle's new messages with
the room's tasks so far. Generation is outside the timing. Peak memory is the
process's peak RSS (corpus included) and, separately, the tracemalloc peak of
one fold of 5,000 messages.
"""

from __future__ import annotations

import gc
import time
import tracemalloc
from collections.abc import Sequence
from zoneinfo import ZoneInfo

from common import (
    BASE_TIME,
    ME,
    ChatGenerator,
    RoomState,
    emit,
    make_rooms,
    median,
    peak_rss_mb,
    scale_arg,
    scaled,
)

from chatsync.calendar import BusinessCalendar
from chatsync.models import ChatMessage, Member, Room, Task, TaskStatus
from chatsync.parser.extract import RoomContext, apply_messages

TZ = ZoneInfo("Asia/Tokyo")
PER_ROOM = 100
BATCH = 25
TARGET = 10_000  # in process (issue #11); `chatsync extract` with start-up: ≥ 5,000 (bench_extract)


def corpus(total: int) -> list[tuple[RoomContext, list[ChatMessage]]]:
    gen = ChatGenerator(seed=8)
    rooms = make_rooms(max(1, total // PER_ROOM))
    calendar = BusinessCalendar()
    out = []
    left = total
    for state in rooms:
        n = min(PER_ROOM, left)
        if n <= 0:
            break
        left -= n
        out.append((context(state, gen, calendar), gen.messages(state, n, BASE_TIME)))
    return out


def context(state: RoomState, gen: ChatGenerator, calendar: BusinessCalendar) -> RoomContext:
    members = [Member(account_id=a, name=gen.name(a)) for a in state.members if a != ME]
    room = Room(room_id=state.room_id, name=f"room {state.room_id}")
    return RoomContext(room=room, members=members, tz=TZ, calendar=calendar, self_account_id=ME)


def fold(rooms: Sequence[tuple[RoomContext, list[ChatMessage]]]) -> list[Task]:
    everything: list[Task] = []
    for ctx, messages in rooms:
        tasks: list[Task] = []
        for start in range(0, len(messages), BATCH):
            tasks = apply_messages(tasks, messages[start : start + BATCH], ctx)
        everything.extend(tasks)
    return everything


def main() -> None:
    args = scale_arg(__doc__ or "").parse_args()
    total = scaled(50_000, args.scale, minimum=50)
    t0 = time.perf_counter()
    rooms = corpus(total)
    generated = time.perf_counter() - t0
    count = sum(len(m) for _, m in rooms)
    chars = sum(len(m.body) for _, ms in rooms for m in ms)

    rates, cpu = [], []
    tasks: list[Task] = []
    for _ in range(max(1, args.repeat)):
        gc.collect()
        w0, c0 = time.perf_counter(), time.process_time()
        tasks = fold(rooms)
        wall, proc = time.perf_counter() - w0, time.process_time() - c0
        rates.append(count / wall)
        cpu.append(count / proc if proc else 0.0)

    sample = rooms[: max(1, len(rooms) // 10)]
    tracemalloc.start()
    fold(sample)
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    status = {s.value: sum(1 for t in tasks if t.status is s) for s in TaskStatus}
    rate = median(rates)
    figures = {
        "messages": count,
        "rooms": len(rooms),
        "batch": BATCH,
        "body_chars": chars,
        "generate_seconds": round(generated, 2),
        "repetitions": len(rates),
        "msgs_per_s": round(rate),
        "msgs_per_s_runs": [round(r) for r in rates],
        "msgs_per_cpu_s": round(median(cpu)),
        "us_per_msg": round(1e6 / rate, 1),
        "tasks": len(tasks),
        "tasks_by_status": status,
        "peak_rss_mb": peak_rss_mb(),
        "tracemalloc_peak_mb_per_5k_msgs": round(
            traced_peak / 2**20 * 5000 / max(1, sum(len(m) for _, m in sample)), 2
        ),
        "target_msgs_per_s": TARGET,
        "target_met": rate >= TARGET,
    }
    emit(
        "parse",
        figures,
        f"{rate:,.0f} msg/s (median of {len(rates)}; target ≥ {TARGET:,}) over {count:,} "
        f"messages → {len(tasks):,} tasks, peak RSS {figures['peak_rss_mb']} MB",
    )


if __name__ == "__main__":
    main()
