"""``chatsync demo``: the whole flow on the embedded emulators, with no accounts.

A newcomer sees chatsync work in seconds: a scripted week of Japanese team chat
(:mod:`chatsync.demo_data.week`) goes into the Chatwork emulator, chatsync syncs it day by
day into the Sheets emulator (real gspread, a generated service-account key), a person edits
the sheet, chatsync syncs again and keeps the edits, and Monday's delay digest is posted to
the managers' room. Everything lives in a temporary folder; only ``tasks.csv`` and
``digest.txt`` are written to the output folder.
"""

from __future__ import annotations

import csv
import io
import re
import tempfile
import time
import unicodedata
from collections.abc import Iterable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from chatsync.app import digest_once, sync_once
from chatsync.config import Settings
from chatsync.demo_data import week
from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import DEFAULT_CLIENT_EMAIL, SheetsEmulator
from chatsync.models import task_id_for
from chatsync.store import open_store
from chatsync.sync import CycleReport

TZ = ZoneInfo(week.TIMEZONE)
WORKSHEET = "タスク"
SPREADSHEET_TITLE = "チームのタスク(デモ)"
MESSAGE_ID_BASE = 1_900_000_000_000_000_000
"""Scripted messages get fixed ids (so tests know them) in a range the emulator never uses."""
MESSAGE_ID_STEP = 4_099
TABLE_COLUMNS: tuple[tuple[str, int], ...] = (
    ("ID", 30),
    ("ステータス", 10),
    ("タスク", 26),
    ("担当者", 12),
    ("期限", 16),
    ("ルーム", 10),
)
"""Shown columns and their maximum display widths (terminal cells)."""
EXCERPT_MESSAGES = 8
_WEEKDAYS = "月火水木金土日"


# --------------------------------------------------------------------------- the script


def moment(when: str) -> datetime:
    """``"12-07 09:30"`` → that moment of :data:`week.YEAR` in the team's time zone."""
    day, _, clock = when.partition(" ")
    return datetime.strptime(f"{week.YEAR}-{day} {clock or '00:00'}", "%Y-%m-%d %H:%M").replace(
        tzinfo=TZ
    )


def unix(when: str) -> int:
    return int(moment(when).timestamp())


@dataclass(frozen=True)
class Planned:
    """A scripted message with its id and final body (markup filled in)."""

    room: int
    message_id: str
    sender: int
    body: str
    send_time: int


def plan_messages(events: Sequence[week.Event] = week.EVENTS) -> dict[str, Planned]:
    """Ids and bodies of the scripted messages, by key (``#<index>`` for unkeyed ones).

    Pure, so tests compute the task IDs the sheet must show without running the demo.
    """
    planned: dict[str, Planned] = {}
    for index, event in enumerate(events):
        if not isinstance(event, week.Say):
            continue
        body = event.text
        if event.reply_to:
            parent = planned[event.reply_to]
            name = week.MEMBERS.get(parent.sender, "")
            body = (
                f"[rp aid={parent.sender} to={parent.room}-{parent.message_id}]{name}さん\n{body}"
            )
        if event.quote:
            parent = planned[event.quote]
            body = (
                f"[qt][qtmeta aid={parent.sender} time={parent.send_time}]{parent.body}[/qt]\n"
                f"{body}"
            )
        mid = str(MESSAGE_ID_BASE + index * MESSAGE_ID_STEP)
        planned[event.key or f"#{index}"] = Planned(
            event.room, mid, event.sender, body, unix(event.when)
        )
    return planned


def task_id_of(ref: str, planned: dict[str, Planned], chatwork_tasks: dict[str, str]) -> str:
    """The sheet ID of a scripted task: ``key`` or ``key#n`` (n-th task of a list)."""
    key, _, nth = ref.partition("#")
    if key in chatwork_tasks:
        room = next(e.room for e in week.EVENTS if isinstance(e, week.AddTask) and e.key == key)
        return task_id_for(room, chatwork_tasks[key])
    p = planned[key]
    return task_id_for(p.room, p.message_id, int(nth or 0))


def load_week(emu: ChatworkEmulator) -> tuple[dict[str, Planned], dict[str, str]]:
    """Members, rooms and every event of the week; messages stay hidden until the clock
    reaches them. Returns the planned messages and the Chatwork tasks' message ids by key."""
    emu.set_time(unix("12-01 09:00"))  # the rooms exist before the week starts
    emu.add_account(week.BOT, week.BOT_NAME)
    emu.add_token(week.TOKEN, week.BOT)
    for account_id, name in week.MEMBERS.items():
        emu.add_account(account_id, name)
    for room_id, (name, members) in week.ROOMS.items():
        emu.add_room(room_id, name, members)
    planned = plan_messages()
    task_ids: dict[str, int] = {}
    task_messages: dict[str, str] = {}
    for index, event in enumerate(week.EVENTS):
        if isinstance(event, week.Say):
            p = planned[event.key or f"#{index}"]
            emu.add_message(p.room, p.sender, p.body, p.send_time, message_id=p.message_id)
        elif isinstance(event, week.AddTask):
            emu.set_time(unix(event.when))
            (task_id,) = emu.add_task(
                event.room, event.sender, event.to, event.body, unix(event.due), "date"
            )
            task_ids[event.key] = task_id
            task_messages[event.key] = next(
                t.message_id for t in emu.tasks(event.room) if t.task_id == task_id
            )
        else:
            emu.set_time(unix(event.when))
            emu.set_task_status(event.room, task_ids[event.task], "done", event.sender)
    return planned, task_messages


# --------------------------------------------------------------------------- terminal output


def display_width(text: str) -> int:
    """Terminal cells: wide and full-width characters take two, combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def fit(text: str, width: int) -> str:
    """``text`` on one line, cut with ``…`` to at most ``width`` cells, padded to ``width``."""
    text = " ".join(text.split())
    if display_width(text) > width:
        out, used = [], 0
        for ch in text:
            w = display_width(ch)
            if used + w > width - 1:
                break
            out.append(ch)
            used += w
        text = "".join(out) + "…"
    return text + " " * (width - display_width(text))


def shorten_id(task_id: str, width: int) -> str:
    """Long message ids cut in the middle: the room and the last digits stay readable."""
    if len(task_id) <= width:
        return task_id
    head = width // 2
    return task_id[:head] + "…" + task_id[-(width - head - 1) :]


def table(rows: Sequence[Sequence[str]], columns: Sequence[tuple[str, int]]) -> list[str]:
    """A plain-text table of the named columns (ASCII rules: safe in every terminal)."""
    if not rows:
        return ["(the sheet is empty)"]
    header = list(rows[0])
    picks = [(header.index(name), name, limit) for name, limit in columns if name in header]
    body = [[row[i] if i < len(row) else "" for i, _, _ in picks] for row in rows[1:]]
    widths = []
    for k, (_, name, limit) in enumerate(picks):
        sizes = [display_width(name)] + [display_width(r[k]) for r in body]
        widths.append(min(max(sizes), limit))
    lines = [
        "  ".join(fit(name, w) for (_, name, _), w in zip(picks, widths, strict=True)).rstrip()
    ]
    lines.append("  ".join("-" * w for w in widths))
    for r in body:
        cells = [
            fit(shorten_id(text, w) if name == "ID" else text, w)
            for text, (_, name, _), w in zip(r, picks, widths, strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def render_chatwork(body: str) -> list[str]:
    """A posted message as Chatwork's web UI shows it: ``[info]`` as a box with its title,
    ``[hr]`` as a rule, ``[To:id]`` as the "TO" badge."""
    text = re.sub(r"\[To:\d+\]", "(TO)", body)
    text = text.replace("[hr]", "\n" + "-" * 40 + "\n")
    text = re.sub(r"\[info\]\[title\](.*?)\[/title\]", r"== \1 ==\n", text, flags=re.S)
    text = text.replace("[info]", "").replace("[/info]", "")
    return ["  | " + line if line else "  |" for line in text.strip("\n").split("\n")]


def chat_lines(body: str) -> list[str]:
    """A chat message, shortened for the terminal: replies as ``Re: 名前さん``, Chatwork
    tasks as ``[タスク] …``; mentions stay as typed, since that is what the parser reads."""
    text = re.sub(r"\[rp aid=\d+ to=[\d-]+\]", "Re: ", body)
    task = re.search(r"\[dtext:task_(added|done)\].*?\[task [^\]]*\](.*?)\[/task\]", text, re.S)
    if task is not None:
        verb = "タスクを追加" if task.group(1) == "added" else "タスクを完了"
        text = f"[{verb}] {task.group(2)}"
    return text.split("\n")


def chat_excerpt(emu: ChatworkEmulator, room_id: int, day: str, limit: int) -> list[str]:
    """The first ``limit`` messages of one room on one day, as a reader would skim them."""
    start, end = unix(f"{day} 00:00"), unix(f"{day} 23:59")
    out = []
    for m in [m for m in emu.messages(room_id) if start <= m.send_time <= end][:limit]:
        at = datetime.fromtimestamp(m.send_time, TZ)
        who = week.MEMBERS.get(m.account_id, str(m.account_id))
        first, *rest = chat_lines(m.body)
        out.append(f"  {at:%H:%M} {fit(who, 10)} {first}")
        out.extend(" " * 19 + line for line in rest)
    return out


def day_label(at: datetime) -> str:
    return f"{at.month}/{at.day}({_WEEKDAYS[at.weekday()]}) {at:%H:%M}"


def report_line(at: datetime, report: CycleReport) -> str:
    return (
        f"  {day_label(at)}  messages {report.total('new'):3d}   tasks: "
        f"new {report.total('tasks_new'):2d}, updated {report.total('tasks_updated'):2d}, "
        f"done {report.total('tasks_done'):2d}   ({report.duration:.2f} s)"
    )


# --------------------------------------------------------------------------- the sheet


def header_index(values: Sequence[Sequence[str]], name: str) -> int:
    return list(values[0]).index(name)


def find_row(values: Sequence[Sequence[str]], task_id: str) -> int:
    """1-based sheet row of a task ID (people may have moved it; the ID is the key)."""
    for number, row in enumerate(values, start=1):
        if row and row[0] == task_id:
            return number
    raise LookupError(f"task {task_id} is not in the sheet")


def cell(values: Sequence[Sequence[str]], row: int, col: int) -> str:
    line = values[row - 1] if row - 1 < len(values) else []
    return line[col] if col < len(line) else ""


def column_letter(index: int) -> str:
    letters, n = "", index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def write_csv(path: Path, values: Sequence[Sequence[str]]) -> None:
    """Every column, UTF-8 with a BOM so Excel opens the Japanese text correctly."""
    width = max((len(r) for r in values), default=0)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        for row in values:
            writer.writerow(list(row) + [""] * (width - len(row)))


# --------------------------------------------------------------------------- the demo


@dataclass(frozen=True)
class DemoResult:
    """What the demo left behind, for tests: ``ok`` when every step did what it should."""

    ok: bool
    sheet: list[list[str]]
    """The final sheet as people see it (header row first)."""
    posts: list[tuple[int, str]]
    """Every message chatsync posted to Chatwork: (room id, body)."""
    seconds: float


def run_demo(output_dir: str) -> int:
    """``chatsync demo``: 0 when every step did what it should, else 1."""
    return 0 if play(output_dir).ok else 1


def play(output_dir: str) -> DemoResult:
    """Run the demo, print what happens, write ``tasks.csv`` and ``digest.txt``."""
    started = time.perf_counter()
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    ok = True
    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="chatsync-demo-")))
        chat = ChatworkEmulator()
        planned, chatwork_tasks = load_week(chat)
        chat.start()
        stack.callback(chat.stop)
        sheets = SheetsEmulator()
        sheets.start()
        stack.callback(sheets.stop)
        key_file = sheets.write_key_file(tmp / "service-account.json")
        # A fresh spreadsheet, as a person would create and share it: chatsync adds「タスク」.
        sheet_id = sheets.create_spreadsheet(
            SPREADSHEET_TITLE, sheets=("シート1",), shared_with=[DEFAULT_CLIENT_EMAIL]
        )
        settings = Settings(
            timezone=week.TIMEZONE,
            company_holidays=(),
            chatwork={"token": week.TOKEN, "api_base": chat.base_url, "rooms": ()},
            sheets={
                "spreadsheet_id": sheet_id,
                "credentials_file": str(key_file),
                "api_base": sheets.base_url,
                "worksheet": WORKSHEET,
            },
            store={"url": f"sqlite:///{tmp / 'chatsync.db'}"},
            digest={
                "room_ids": [week.DIGEST_ROOM],
                "language": "ja",
                "mentions": True,
                "reminders": False,
                "post_when_empty": False,
            },
        )
        print("chatsync demo — Chatwork and Google Sheets are emulated on 127.0.0.1; no accounts.")
        print(
            f"A week of team chat ({week.YEAR}-{week.WEEK[0]} … {week.WEEK[-1]}): "
            f"{len(week.MEMBERS)} people, {len(week.ROOMS)} rooms "
            f"({'、'.join(name for name, _ in week.ROOMS.values())}), {len(week.EVENTS)} messages."
            f"\nMonday morning in「{week.ROOMS[week.SALES][0]}」:\n"
        )
        print("\n".join(chat_excerpt(chat, week.SALES, week.WEEK[0], EXCERPT_MESSAGES)))
        print("  …\n")

        print("1. Syncing every evening (poll Chatwork → parse → state store → sheet):")
        for day in week.WEEK:
            at = moment(f"{day} {week.SYNC_AT}")
            chat.set_time(at.timestamp())
            report = sync_once(settings, now=at)
            print(report_line(at, report))
            ok = _errors(report) and ok

        values = sheets.values(sheet_id, WORKSHEET)
        print(f"\n2. The sheet「{WORKSHEET}」after Friday ({len(values) - 1} rows):\n")
        print("\n".join("  " + line for line in table(values, TABLE_COLUMNS)))

        edit_at = moment(week.EDIT_AT)
        print(f"\n3. {day_label(edit_at)}: an assistant edits the sheet by hand:")
        edits = []
        for edit in week.SHEET_EDITS:
            task_id = task_id_of(edit.task, planned, chatwork_tasks)
            row = find_row(values, task_id)
            col = header_index(values, edit.column)
            title = cell(values, row, header_index(values, "タスク"))
            before = cell(values, row, col)
            sheets.set_cell(sheet_id, WORKSHEET, f"{column_letter(col)}{row}", edit.value)
            edits.append((task_id, edit, col))
            print(
                f"  - {fit(title, 24)} {edit.column}: {before or '(空)'} → {edit.value}"
                f"   ({edit.why})"
            )

        at = moment(week.MORNING_SYNC_AT)
        chat.set_time(at.timestamp())
        report = sync_once(settings, now=at)
        print(
            "\n4. Monday morning sync (chatsync reads the sheet first: a cell a person changed"
            " is theirs)\n" + report_line(at, report)
        )
        ok = _errors(report) and ok
        values = sheets.values(sheet_id, WORKSHEET)
        ok = _check_edits(values, edits, settings.store.url) and ok

        at = moment(week.DIGEST_AT)
        chat.set_time(at.timestamp())
        before_posts = len(chat.posted(week.DIGEST_ROOM))
        posted_ok = digest_once(settings, at, dry_run=False, out=io.StringIO()).ok
        digest = [m.body for m in chat.posted(week.DIGEST_ROOM)[before_posts:]]
        room_name = week.ROOMS[week.DIGEST_ROOM][0]
        print(
            f"\n5. {day_label(at)}: the digest in the managers' room「{room_name}」"
            " (as Chatwork shows it; the raw message is in digest.txt):\n"
        )
        for body in digest:
            print("\n".join(render_chatwork(body)))
            print()
        if not posted_ok or not digest:
            print("  ✗ no digest was posted")
            ok = False

        write_csv(out / "tasks.csv", values)
        (out / "digest.txt").write_text("\n\n".join(digest) + "\n", encoding="utf-8")
        print(f"Wrote {out / 'tasks.csv'} (every column, UTF-8 with BOM for Excel)")
        print(f"  and {out / 'digest.txt'} (the digest message exactly as posted).")
        posts = [(m.room_id, m.body) for m in chat.posted()]
    seconds = time.perf_counter() - started
    print(f"Done in {seconds:.1f} s.")
    return DemoResult(ok=ok, sheet=values, posts=posts, seconds=seconds)


def _errors(report: CycleReport) -> bool:
    for error in report.errors:
        print(f"  ✗ {error}")
    return report.ok


def _check_edits(
    values: Sequence[Sequence[str]],
    edits: Iterable[tuple[str, week.SheetEdit, int]],
    store_url: str,
) -> bool:
    """The person's values are still in the sheet, and chatsync's own state follows them."""
    ok = True
    edits = list(edits)
    store = open_store(store_url)
    try:
        stored = store.tasks_by_id(task_id for task_id, _, _ in edits)
    finally:
        store.close()
    for task_id, edit, col in edits:
        now_there = cell(values, find_row(values, task_id), col)
        kept = now_there == edit.value
        ok = ok and kept
        mark = "✓" if kept else "✗"
        line = f"  {mark} {edit.column} = {now_there or '(空)'} kept in the sheet"
        task = stored.get(task_id)
        if task is not None and edit.column == "ステータス":
            line += f"; chatsync's state: status {task.status.value}"
        elif task is not None and edit.column == "期限":
            line += f"; chatsync's state: due {task.due.to_sheet() if task.due else '-'}"
        print(line)
    return ok
