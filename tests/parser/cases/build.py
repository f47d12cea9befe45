"""Write labelled conversations as readable Python (our own helper, same shape as the spec).

``{m3}`` in a body becomes ``ROOM-MSGID`` of message 3 (for ``[rp]``), ``{t3}`` its
Unix send time (for ``[qtmeta]``). Gold dues are ``(value, weekday)`` pairs so a
typo in a date is caught by the weekday check.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

JST = dt.timezone(dt.timedelta(hours=9))
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def ts(text: str) -> int:
    return int(dt.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=JST).timestamp())


def msg_id(room_id: int, n: int) -> str:
    return f"{room_id}{n:06d}"


def task(
    n: int,
    keywords: list[str],
    assignees: list[int],
    due: tuple[str, str] | None,
    status: str = "open",
) -> dict[str, Any]:
    value = None
    if due is not None:
        value, weekday = due
        day = dt.date.fromisoformat(value[:10])
        assert WEEKDAYS[day.weekday()] == weekday, f"{value} is not a {weekday}"
        if "T" in value:
            value += "+09:00"
    return {
        "n": n,
        "keywords": keywords,
        "assignees": sorted(assignees),
        "due": value,
        "status": status,
    }


def conv(
    cid: str,
    room: tuple[int, str],
    members: list[tuple[int, str]],
    msgs: list[tuple[str, int, str]],
    expected: list[dict[str, Any]],
    self_account_id: int | None = None,
) -> dict[str, Any]:
    room_id, room_name = room
    names = dict(members)
    times = [ts(t) for t, _, _ in msgs]
    assert times == sorted(times), f"{cid}: messages out of order"
    subs: dict[str, str] = {}
    for i, t in enumerate(times, 1):
        subs[f"m{i}"] = f"{room_id}-{msg_id(room_id, i)}"
        subs[f"t{i}"] = str(t)
    out = []
    for i, (_, aid, body) in enumerate(msgs, 1):
        body = re.sub(r"\{(m\d+|t\d+)\}", lambda m: subs[m.group(1)], body)
        out.append(
            {
                "message_id": msg_id(room_id, i),
                "account": {"account_id": aid, "name": names[aid]},
                "body": body,
                "send_time": times[i - 1],
                "update_time": 0,
            }
        )
    tasks = []
    for g in expected:
        g = dict(g)
        g["message_id"] = msg_id(room_id, g.pop("n"))
        tasks.append(g)
    data: dict[str, Any] = {
        "id": cid,
        "timezone": "Asia/Tokyo",
        "room": {"room_id": room_id, "name": room_name},
        "members": [{"account_id": a, "name": n} for a, n in members],
        "messages": out,
        "expected": {"tasks": tasks},
    }
    if self_account_id is not None:
        data["self_account_id"] = self_account_id
    return data


def chatwork_lt(day: str, hhmm: str = "23:59") -> int:
    """A Chatwork ``lt``: 23:59:59 of a day for ``ltype=date``, the minute for ``ltype=time``."""
    return ts(f"{day} {hhmm}") + (59 if hhmm == "23:59" else 0)


def chatwork_task(kind: str, aid: int, lt: int, body: str, ltype: str | None) -> str:
    """The message Chatwork posts when a task is added (``kind="added"``) or done;
    ``ltype=None`` writes an old body without ``ltype``."""
    st = "open" if kind == "added" else "done"
    lt_part = f"lt={lt}" + (f" ltype={ltype}" if ltype else "")
    return (
        f"[info][title][dtext:task_{kind}][/title][task aid={aid} st={st} {lt_part}]"
        f"{body}[/task][/info]"
    )


def task_added(aid: int, lt: int, body: str, ltype: str | None) -> str:
    return chatwork_task("added", aid, lt, body, ltype)


def task_done(aid: int, lt: int, body: str, ltype: str | None) -> str:
    return chatwork_task("done", aid, lt, body, ltype)
