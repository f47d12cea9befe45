"""Task ↔ sheet row mapping (sheet.md "Layout"): pure functions, no I/O.

Every cell is handled as text. chatsync writes with valueInputOption RAW, so
text from chat (``=HYPERLINK(...)``, ``+1``, ``@x``) is stored verbatim and
never becomes a formula; that is why no escaping happens here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, tzinfo

from chatsync.errors import ConfigError
from chatsync.models import BoardTask, Due, Task, TaskStatus
from chatsync.parser.dates import parse_sheet_due

COLUMNS: tuple[str, ...] = (
    "id",
    "status",
    "title",
    "assignees",
    "due",
    "requester",
    "room",
    "created",
    "done_at",
    "link",
    "memo",
    "review",
)
"""Column keys in sheet order (A … K of sheet.md, then chatsync's additions after K)."""

DEFAULT_HEADERS: Mapping[str, str] = {
    "id": "ID",
    "status": "ステータス",
    "title": "タスク",
    "assignees": "担当者",
    "due": "期限",
    "requester": "依頼者",
    "room": "ルーム",
    "created": "依頼日時",
    "done_at": "完了日時",
    "link": "リンク",
    "memo": "メモ",
    "review": "要確認",
}

WRITTEN: tuple[str, ...] = tuple(key for key in COLUMNS if key != "memo")
"""Columns chatsync writes; メモ belongs to people alone."""

SPEC_COLUMNS: frozenset[str] = frozenset(COLUMNS[:11])
"""Columns A … K of sheet.md."""

REQUIRED: frozenset[str] = frozenset({"id", "status", "title"})
"""Without these a row cannot be told apart or read; any other column people delete is
simply no longer written (``chatsync sheet repair`` puts it back)."""

REVIEW_BELOW = 0.7
"""Tasks the parser is less sure of than this get 要確認 (extract's ``confidence``)."""
REVIEW_MARK = "要確認"

TAKEN_INTO_STORE: frozenset[str] = frozenset(
    {"status", "title", "assignees", "due", "requester", "room"}
)
"""Columns whose human edits change the stored task (the others are only kept)."""

DATE_COLUMNS: frozenset[str] = frozenset({"due", "created", "done_at"})

CELL_LIMIT = 50_000
"""Google's per-cell character limit."""

CUT_MARKER = "…[以下省略]"

STATUS_TEXT: Mapping[TaskStatus, str] = {
    TaskStatus.OPEN: "未完了",
    TaskStatus.DONE: "完了",
    TaskStatus.CANCELLED: "キャンセル",
}
DONE_WORDS: tuple[str, ...] = (
    "完了", "済", "済み", "完了済み", "対応済", "対応済み", "終了", "✓", "✔", "done", "closed",
)  # fmt: skip
CANCELLED_WORDS: tuple[str, ...] = (
    "キャンセル", "中止", "不要", "取り消し", "見送り", "cancelled", "canceled",
)  # fmt: skip
"""Status words people type (sheet.md); anything else (対応中, 保留, …) is open."""


def _word(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


@dataclass(frozen=True)
class StatusWords:
    """Which status words mean done and cancelled (``sheets.done_words`` and
    ``sheets.cancelled_words`` in the settings), compared after NFKC and case folding
    so ｄｏｎｅ, Done and done are one word."""

    done: tuple[str, ...] = DONE_WORDS
    cancelled: tuple[str, ...] = CANCELLED_WORDS

    def __post_init__(self) -> None:
        clash = {_word(w) for w in self.done} & {_word(w) for w in self.cancelled}
        if clash:
            raise ConfigError(
                f"status word(s) {', '.join(sorted(clash))} are in both sheets.done_words "
                "and sheets.cancelled_words; keep each in one list"
            )
        if not any(_word(w) for w in self.done):
            raise ConfigError("sheets.done_words is empty; list at least one word, e.g. 完了")

    def read(self, text: str) -> TaskStatus:
        word = _word(text)
        if word in self._done:
            return TaskStatus.DONE
        if word in self._cancelled:
            return TaskStatus.CANCELLED
        return TaskStatus.OPEN

    @property
    def _done(self) -> frozenset[str]:
        return _words(self.done)

    @property
    def _cancelled(self) -> frozenset[str]:
        return _words(self.cancelled)


@functools.cache
def _words(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for w in map(_word, words) if w)


DEFAULT_WORDS = StatusWords()

ASSIGNEE_JOINER = "、"
_ASSIGNEE_SPLIT = re.compile(r"[、,，]")
_ROOM_IN_ID = re.compile(r"^cw-(\d+)-")
_ROOM_IN_LINK = re.compile(r"#!rid(\d+)")
_SERIAL_EPOCH = date(1899, 12, 30)
_MAX_SERIAL = 2_958_466  # 9999-12-31


@dataclass(frozen=True)
class Layout:
    """Header texts and the 0-based column of each key.

    Positions default to the spec's order; :meth:`resolve` follows people who
    inserted or moved columns, as long as every header text is still there.
    ``identified``: the positions were found by identity (developer metadata, see
    :mod:`chatsync.sheet.columns`) and hold whatever the header texts say; keys
    missing from ``positions`` are columns people deleted (neither read nor written).
    ``words`` are the status words the sheet is read with.
    """

    headers: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_HEADERS))
    positions: Mapping[str, int] = field(
        default_factory=lambda: {key: i for i, key in enumerate(COLUMNS)}
    )
    words: StatusWords = DEFAULT_WORDS
    identified: bool = False

    @classmethod
    def with_headers(
        cls, headers: Mapping[str, str] | None = None, words: StatusWords = DEFAULT_WORDS
    ) -> Layout:
        """Defaults overridden by ``headers`` (column key → header text)."""
        merged = dict(DEFAULT_HEADERS)
        for key, text in (headers or {}).items():
            if key not in DEFAULT_HEADERS:
                raise ConfigError(
                    f"unknown sheet column {key!r}; known columns: {', '.join(COLUMNS)}"
                )
            if not text.strip():
                raise ConfigError(f"the header text of sheet column {key!r} is empty")
            merged[key] = text
        if len(set(merged.values())) != len(merged):
            raise ConfigError("sheet header texts must be distinct")
        return cls(headers=merged, words=words)

    def header_row(self) -> list[str]:
        row = [""] * self.width
        for key, pos in self.positions.items():
            row[pos] = self.headers[key]
        return row

    @property
    def width(self) -> int:
        return max(self.positions.values()) + 1

    def at(self, positions: Mapping[str, int]) -> Layout:
        """This layout with columns found by identity at ``positions``."""
        return replace(self, positions=dict(positions), identified=True)

    def resolve(self, header: Sequence[str]) -> Layout:
        """The layout of a sheet whose row 1 is ``header`` (by header text, unless the
        columns were found by identity)."""
        if self.identified:
            return self
        found: dict[str, int] = {}
        texts = [h.strip() for h in header]
        for key in COLUMNS:
            want = self.headers[key].strip()
            if want in texts:
                found[key] = texts.index(want)
            elif key in SPEC_COLUMNS:
                return self
        return replace(self, positions=found)

    def cells(self, row: Sequence[object]) -> dict[str, str]:
        """A sheet row (values as the API returned them) → column key → text."""
        out: dict[str, str] = {}
        for key, pos in self.positions.items():
            out[key] = cell_text(row[pos], key) if pos < len(row) else ""
        return out


DEFAULT_LAYOUT = Layout()


def column_letter(index: int) -> str:
    """0-based column index → ``A``, ``B``, … ``AA``."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("A") + rem) + letters
    return letters


def fit_cell(text: str, limit: int = CELL_LIMIT) -> str:
    """Cut text that would not fit a cell, leaving a visible marker.

    Counted in UTF-16 code units (the stricter reading of Google's limit),
    so emoji-heavy text cannot slip past it.
    """
    if _utf16_len(text) <= limit:
        return text
    budget = limit - _utf16_len(CUT_MARKER)
    used = cut = 0
    for ch in text:
        used += 2 if ord(ch) > 0xFFFF else 1
        if used > budget:
            break
        cut += 1
    return text[:cut] + CUT_MARKER


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def format_moment(unix_seconds: int, tz: tzinfo) -> str:
    return datetime.fromtimestamp(unix_seconds, tz).strftime("%Y-%m-%d %H:%M")


def task_to_cells(task: Task, tz: tzinfo) -> dict[str, str]:
    """What chatsync writes for a task: column key → text (never メモ)."""
    cells = {
        "id": task.task_id,
        "status": STATUS_TEXT[task.status],
        "title": task.title,
        "assignees": ASSIGNEE_JOINER.join(task.assignee_names),
        "due": task.due.to_sheet() if task.due else "",
        "requester": task.requester_name,
        "room": task.room_name,
        "created": format_moment(task.created_at, tz),
        "done_at": format_moment(task.done_at, tz) if task.done_at is not None else "",
        "link": task.link,
        "review": REVIEW_MARK if task.confidence < REVIEW_BELOW else "",
    }
    return {key: fit_cell(value) for key, value in cells.items()}


def cell_text(value: object, key: str = "") -> str:
    """A value as the API returned it → the text people see.

    Numbers in date columns are date serials (a person typed a date and the
    sheet converted it); they come back as ``YYYY-MM-DD[ HH:MM]``.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        if key in DATE_COLUMNS and 1 <= value < _MAX_SERIAL:
            return serial_to_text(float(value))
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)
    return str(value)


def serial_to_text(serial: float) -> str:
    """A Sheets date serial (days since 1899-12-30) → ``YYYY-MM-DD[ HH:MM]``."""
    days = int(serial)
    minutes = round((serial - days) * 24 * 60)
    if minutes >= 24 * 60:
        days, minutes = days + 1, 0
    day = _SERIAL_EPOCH + timedelta(days=days)
    if minutes == 0:
        return day.isoformat()
    return f"{day.isoformat()} {minutes // 60:02d}:{minutes % 60:02d}"


def parse_status(text: str, words: StatusWords = DEFAULT_WORDS) -> TaskStatus:
    """Status words of sheet.md; anything else (対応中, 保留, …) is open."""
    return words.read(text)


def parse_due(text: str, today: date | None = None) -> Due | None:
    """A deadline cell → Due; None when unreadable (the caller keeps the text and flags it).

    The forms people type (``2026/12/18 18:00``, ``12/18``, ``12月18日``, full-width
    digits; a year left out is the one nearest ``today``).
    """
    return parse_sheet_due(text, today)


def split_assignees(text: str) -> tuple[str, ...]:
    return tuple(name for part in _ASSIGNEE_SPLIT.split(text) if (name := part.strip()))


def room_id_of(task_id: str, link: str) -> int | None:
    """The room of a row from its ID (``cw-{room}-…``) or its Chatwork link."""
    match = _ROOM_IN_ID.match(task_id) or _ROOM_IN_LINK.search(link)
    return int(match.group(1)) if match else None


def row_to_board_task(
    cells: Mapping[str, str],
    task: Task | None = None,
    words: StatusWords = DEFAULT_WORDS,
    today: date | None = None,
) -> BoardTask:
    """A row as people left it → what the digest reads.

    ``task`` (when the row is chatsync's) supplies the Chatwork account ids of
    the assignees whose names are still in the cell, so mentions keep working.
    ``due_text`` always holds the cell as written; ``due`` is None when it
    cannot be read.
    """
    task_id = cells.get("id", "").strip() or None
    names = split_assignees(cells.get("assignees", ""))
    ids: tuple[int, ...] = ()
    if task is not None:
        known = dict(zip(task.assignee_names, task.assignee_ids, strict=False))
        ids = tuple(known[name] for name in names if name in known)
    due_text = cells.get("due", "").strip()
    link = cells.get("link", "").strip()
    status_text = cells.get("status", "")
    return BoardTask(
        task_id=task_id,
        status=parse_status(status_text, words),
        status_text=status_text,
        title=cells.get("title", ""),
        assignee_names=names,
        assignee_ids=ids,
        due=parse_due(due_text, today) if due_text else None,
        due_text=due_text,
        requester_name=cells.get("requester", ""),
        room_id=task.room_id if task is not None else room_id_of(task_id or "", link),
        room_name=cells.get("room", ""),
        link=link,
    )
