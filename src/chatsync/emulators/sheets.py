"""A Google Sheets API v4 and OAuth token endpoint emulator, served over loopback HTTP.

chatsync talks to Google only through unmodified gspread and google-auth. This emulator speaks
the same wire protocol (the JWT-bearer token grant, gspread's percent-encoded A1 ranges, Google's
error envelopes, quotas) so tests and the demo run the real client stack with no network and no
credentials. Behaviour follows ``shared/research/sheets-api.md`` §6 and reproduces the recorded
exchanges in ``shared/fixtures/gspread-cassettes`` (``tests/emulators/test_sheets_conformance``).

Run standalone with ``python -m chatsync.emulators.sheets --port 8790``.
"""

from __future__ import annotations

import argparse
import base64
import copy
import datetime as dt
import json
import logging
import re
import secrets
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qs, unquote, urlsplit

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from chatsync.emulators import sheets_formats as formats
from chatsync.emulators import sheets_metadata as meta
from chatsync.emulators._http import BackgroundServer, EmulatorHandler, QuietServer

log = logging.getLogger(__name__)

Json = Any
CellValue = str | int | float | bool

TOKEN_PATH = "/token"
CONTROL_PREFIX = "/_emulator"
API_PREFIX = "/v4/spreadsheets"
DEFAULT_CLIENT_EMAIL = "chatsync@demo-project.iam.gserviceaccount.com"
DEFAULT_PROJECT = "demo-project"
CELL_CHAR_LIMIT = 50_000
CELL_CAP = 10_000_000
TOKEN_LIFETIME = 3599
FAULT_KINDS = (
    "429",
    "500",
    "503",
    "401",
    "reset",
    "slow",
    "apply-then-500",
    "apply-then-reset",
)
FaultKind = Literal[
    "429", "500", "503", "401", "reset", "slow", "apply-then-500", "apply-then-reset"
]
Only = Literal["read", "write"]

_UNAUTHENTICATED = (
    "Request had invalid authentication credentials. Expected OAuth 2 access token, login "
    "cookie or other valid authentication credential. See "
    "https://developers.google.com/identity/sign-in/web/devconsole-project."
)
_DEFAULT_FORMAT: Json = {
    "backgroundColor": {"red": 1, "green": 1, "blue": 1},
    "padding": {"top": 2, "right": 3, "bottom": 2, "left": 3},
    "verticalAlignment": "BOTTOM",
    "wrapStrategy": "OVERFLOW_CELL",
    "textFormat": {
        "foregroundColor": {},
        "fontFamily": "arial,sans,sans-serif",
        "fontSize": 10,
        "bold": False,
        "italic": False,
        "strikethrough": False,
        "underline": False,
        "foregroundColorStyle": {"rgbColor": {}},
    },
    "backgroundColorStyle": {"rgbColor": {"red": 1, "green": 1, "blue": 1}},
}


# --------------------------------------------------------------------------- errors


class ApiError(Exception):
    """An error answered with Google's envelope ``{"error": {code, message, status}}``."""

    def __init__(
        self, code: int, status: str, message: str, details: list[Json] | None = None
    ) -> None:
        super().__init__(message)
        self.code = code
        self.status = status
        self.message = message
        self.details = details

    def body(self) -> Json:
        err: dict[str, Json] = {"code": self.code, "message": self.message, "status": self.status}
        if self.details:
            err["details"] = self.details
        return {"error": err}

    def prefixed(self, prefix: str) -> ApiError:
        return ApiError(self.code, self.status, prefix + self.message, self.details)


def _service_disabled(project_id: str) -> ApiError:
    """Google's answer when the Sheets API is not enabled in the caller's project."""
    number = _project_number(project_id)
    url = f"https://console.developers.google.com/apis/api/sheets.googleapis.com/overview?project={number}"
    return ApiError(
        403,
        "PERMISSION_DENIED",
        f"Google Sheets API has not been used in project {number} before or it is disabled. "
        f"Enable it by visiting {url} then retry. If you enabled this API recently, wait a few "
        "minutes for the action to propagate to our systems and retry.",
        [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "SERVICE_DISABLED",
                "domain": "googleapis.com",
                "metadata": {
                    "service": "sheets.googleapis.com",
                    "consumer": f"projects/{number}",
                    "activationUrl": url,
                    "serviceTitle": "Google Sheets API",
                    "containerInfo": str(number),
                },
            }
        ],
    )


def _bad_request(message: str) -> ApiError:
    return ApiError(400, "INVALID_ARGUMENT", message)


# --------------------------------------------------------------------------- A1 notation


def col_letters(index: int) -> str:
    """0 → ``A``, 25 → ``Z``, 26 → ``AA``."""
    out = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        out = chr(65 + rem) + out
    return out


def col_index(letters: str) -> int:
    """``A`` → 0, ``AA`` → 26 (case-insensitive)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LOOKS_LIKE_CELL = re.compile(r"^([A-Za-z]{1,3}\d+|[Rr]\d+[Cc]\d+|[A-Za-z]{1,3}|\d+)$")


def quote_sheet_title(title: str) -> str:
    """Google's response style: ``Sheet1`` bare, ``'Chat Log'``/``'D3'``/``'タスク'`` quoted."""
    if _IDENT.match(title) and not _LOOKS_LIKE_CELL.match(title):
        return title
    return "'" + title.replace("'", "''") + "'"


@dataclass(frozen=True)
class GridRange:
    """Zero-based, half-open; ``None`` ends are unbounded (``A2:C``, ``A:A``, ``2:2``)."""

    start_row: int = 0
    start_col: int = 0
    end_row: int | None = None
    end_col: int | None = None

    @property
    def bounded(self) -> bool:
        return self.end_row is not None and self.end_col is not None


_SIDE = re.compile(r"^\$?([A-Za-z]{0,3})\$?(\d*)$")


def _parse_side(text: str) -> tuple[int | None, int | None] | None:
    m = _SIDE.match(text.strip())
    if not m or (not m.group(1) and not m.group(2)):
        return None
    col = col_index(m.group(1)) if m.group(1) else None
    row = int(m.group(2)) - 1 if m.group(2) else None
    if row is not None and row < 0:
        return None
    return col, row


def parse_cells(text: str) -> GridRange | None:
    """Parse the cell part of an A1 range (``A1``, ``A1:B2``, ``A:K``, ``A2:C``, ``2:2``)."""
    parts = text.split(":")
    if not text or len(parts) > 2:
        return None
    if len(parts) == 1:
        side = _parse_side(parts[0])
        if side is None:
            return None
        col, row = side
        if col is None or row is None:
            return None
        return GridRange(row, col, row + 1, col + 1)
    left, right = _parse_side(parts[0]), _parse_side(parts[1])
    if left is None or right is None:
        return None
    (c1, r1), (c2, r2) = left, right
    if (c1 is None) != (c2 is None) and (r1 is None or r2 is None) and c1 is None:
        return None  # e.g. "2:B" is not a range
    rows = _span(r1, r2)
    cols = _span(c1, c2)
    return GridRange(rows[0], cols[0], rows[1], cols[1])


def _span(a: int | None, b: int | None) -> tuple[int, int | None]:
    if a is not None and b is not None:
        return min(a, b), max(a, b) + 1
    if b is not None:
        return 0, b + 1
    return (a or 0), None


def split_sheet_name(text: str) -> tuple[str | None, str | None]:
    """Split ``'It''s'!A1`` into (``It's``, ``A1``); a bare text gives (None, text)."""
    if text.startswith("'"):
        buf: list[str] = []
        i = 1
        while i < len(text):
            ch = text[i]
            if ch == "'":
                if text[i + 1 : i + 2] == "'":
                    buf.append("'")
                    i += 2
                    continue
                break
            buf.append(ch)
            i += 1
        else:
            raise _bad_request(f"Unable to parse range: {text}")
        rest = text[i + 1 :]
        if rest == "":
            return "".join(buf), None
        if rest.startswith("!") and len(rest) > 1:
            return "".join(buf), rest[1:]
        raise _bad_request(f"Unable to parse range: {text}")
    if "!" in text:
        title, _, cells = text.rpartition("!")
        if not cells:
            raise _bad_request(f"Unable to parse range: {text}")
        return title, cells
    return None, text


# --------------------------------------------------------------------------- cells and values


@dataclass(frozen=True)
class Cell:
    """A stored cell: its effective value, the formula that produced it, its display text."""

    value: CellValue
    formula: str | None = None
    display: str | None = None  # formatted text when it differs from the default rendering
    is_date: bool = False

    def __deepcopy__(self, memo: dict[int, Any]) -> Cell:
        return self  # immutable: snapshots for atomic batches need not copy cells


_NUMBER = re.compile(r"^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?%?$")
_ISO_DATE = re.compile(
    r"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$"
)
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_EPOCH = dt.datetime(1899, 12, 30)


def _serial(year: int, month: int, day: int, h: int = 0, m: int = 0, s: int = 0) -> float | None:
    try:
        delta = dt.datetime(year, month, day, h, m, s) - _EPOCH
    except ValueError:
        return None
    return delta.days + delta.seconds / 86400


def _num(x: float) -> int | float:
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e15:
        return int(x)
    return x


def format_number(x: float) -> str:
    """Google's default ("General") number rendering, closely enough for tests."""
    if isinstance(x, int) or (x.is_integer() and abs(x) < 1e15):
        return str(int(x))
    text = format(x, ".10g")
    return text.upper() if "e" in text else text


def user_entered(raw: CellValue) -> Cell:
    """Parse a value as if a person typed it (valueInputOption=USER_ENTERED)."""
    if isinstance(raw, bool):
        return Cell(raw)
    if isinstance(raw, int | float):
        return Cell(_num(raw))
    text = raw
    if text.startswith("'"):
        return Cell(text[1:])
    if text.startswith("=") and len(text) > 1:
        return Cell(evaluate_formula(text), formula=text)
    if text.startswith("+") and len(text) > 1 and not _NUMBER.match(text):
        formula = "=" + text
        return Cell(evaluate_formula(formula), formula=formula)
    stripped = text.strip()
    if stripped.upper() in ("TRUE", "FALSE"):
        return Cell(stripped.upper() == "TRUE")
    if any(ch.isdigit() for ch in stripped) and _NUMBER.match(stripped):
        number = float(stripped.replace(",", "").rstrip("%"))
        if stripped.endswith("%"):
            number /= 100
        plain = "," not in stripped and "%" not in stripped
        return Cell(_num(number), display=None if plain else stripped)
    m = _ISO_DATE.match(stripped)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
        hh, mm, ss = (int(g) if g else 0 for g in m.group(4, 5, 6))
        serial = _serial(y, mo, d, hh, mm, ss)
        if serial is not None:
            return Cell(_num(serial), display=stripped, is_date=True)
    m = _US_DATE.match(stripped)
    if m:
        serial = _serial(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        if serial is not None:
            return Cell(_num(serial), display=stripped, is_date=True)
    return Cell(text)


def raw_entered(raw: CellValue) -> Cell:
    """valueInputOption=RAW: strings verbatim (``=x``, ``+1``, ``'x`` stay text)."""
    if isinstance(raw, float | int) and not isinstance(raw, bool):
        return Cell(_num(raw))
    return Cell(raw)


def formatted(cell: Cell) -> str:
    if cell.display is not None:
        return cell.display
    v = cell.value
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int | float):
        return format_number(v)
    return v


def render(cell: Cell, value_render: str, date_render: str) -> Json:
    """One cell under valueRenderOption / dateTimeRenderOption."""
    if value_render == "FORMULA" and cell.formula is not None:
        return cell.formula
    if value_render == "FORMATTED_VALUE":
        return formatted(cell)
    if cell.is_date and date_render == "FORMATTED_STRING" and cell.display is not None:
        return cell.display
    return cell.value


# --------------------------------------------------------------------------- formulas

_TOKEN = re.compile(
    r"\s*(?:(\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)|(\"(?:[^\"]|\"\")*\")|([A-Za-z_.]+)|(.))"
)


class _FormulaError(Exception):
    pass


def evaluate_formula(formula: str) -> CellValue:
    """Evaluate a tiny subset (arithmetic, string literals, ``&``, HYPERLINK); else ``#NAME?``.

    Enough to show that a formula *ran* (its display differs from its text) without pretending
    to be a spreadsheet engine.
    """
    try:
        parser = _FormulaParser(formula[1:])
        value = parser.expr()
        if parser.peek() is not None:
            raise _FormulaError("trailing input")
        return _num(value) if isinstance(value, float) else value
    except ZeroDivisionError:
        return "#DIV/0!"
    except (_FormulaError, OverflowError):
        return "#NAME?"


class _FormulaParser:
    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, str]] = []
        for m in _TOKEN.finditer(text):
            if m.group(1):
                self.tokens.append(("num", m.group(1)))
            elif m.group(2):
                self.tokens.append(("str", m.group(2)[1:-1].replace('""', '"')))
            elif m.group(3):
                self.tokens.append(("name", m.group(3).upper()))
            elif m.group(4) and not m.group(4).isspace():
                self.tokens.append(("op", m.group(4)))
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, op: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if tok is None or (op is not None and tok != ("op", op)):
            raise _FormulaError(f"expected {op}")
        self.pos += 1
        return tok

    def expr(self) -> CellValue:
        left = self.additive()
        while self.peek() == ("op", "&"):
            self.take("&")
            left = _text(left) + _text(self.additive())
        return left

    def additive(self) -> CellValue:
        left = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            right = self.term()
            left = _number(left) + _number(right) if op == "+" else _number(left) - _number(right)
        return left

    def term(self) -> CellValue:
        left = self.power()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            right = self.power()
            left = _number(left) * _number(right) if op == "*" else _number(left) / _number(right)
        return left

    def power(self) -> CellValue:
        left = self.unary()
        if self.peek() == ("op", "^"):
            self.take("^")
            return float(_number(left) ** _number(self.power()))
        return left

    def unary(self) -> CellValue:
        if self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            value = _number(self.unary())
            return value if op == "+" else -value
        return self.atom()

    def atom(self) -> CellValue:
        kind, text = self.take()
        if kind == "num":
            return float(text)
        if kind == "str":
            return text
        if kind == "op" and text == "(":
            value = self.expr()
            self.take(")")
            return value
        if kind == "name" and text in ("TRUE", "FALSE") and self.peek() != ("op", "("):
            return text == "TRUE"
        if kind == "name" and self.peek() == ("op", "("):
            self.take("(")
            args: list[CellValue] = []
            if self.peek() != ("op", ")"):
                args.append(self.expr())
                while self.peek() == ("op", ","):
                    self.take(",")
                    args.append(self.expr())
            self.take(")")
            if text == "HYPERLINK" and 1 <= len(args) <= 2:
                return args[-1]
            if text == "SUM":
                return float(sum(_number(a) for a in args))
            if text == "CONCATENATE":
                return "".join(_text(a) for a in args)
        raise _FormulaError(f"unsupported {text}")


def _number(v: CellValue) -> float:
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, int | float):
        return float(v)
    raise _FormulaError("not a number")


def _text(v: CellValue) -> str:
    if isinstance(v, float):
        return format_number(v)
    return formatted(Cell(v))


# --------------------------------------------------------------------------- field masks


def parse_field_mask(mask: str) -> list[list[str]]:
    """``a.b,c(d,e/f)`` → ``[[a,b],[c,d],[c,e,f]]``; ``/`` and ``.`` both separate."""
    paths: list[list[str]] = []

    def parse(i: int, prefix: list[str]) -> int:
        cur: list[str] = []
        token = ""
        while i < len(mask):
            ch = mask[i]
            if ch in "./":
                cur.append(token.strip())
                token = ""
            elif ch == ",":
                if token.strip() or cur:
                    paths.append([*prefix, *cur, token.strip()])
                cur, token = [], ""
            elif ch == "(":
                i = parse(i + 1, [*prefix, *cur, token.strip()])
                cur, token = [], ""
                continue
            elif ch == ")":
                if token.strip() or cur:
                    paths.append([*prefix, *cur, token.strip()])
                return i + 1
            else:
                token += ch
            i += 1
        if token.strip() or cur:
            paths.append([*prefix, *cur, token.strip()])
        return i

    parse(0, [])
    return [[p for p in path if p] for path in paths if any(path)]


def apply_mask(target: dict[str, Json], source: Mapping[str, Json], mask: str) -> None:
    """Copy the masked fields of ``source`` into ``target`` (absent in source → cleared)."""
    for path in parse_field_mask(mask):
        if path == ["*"]:
            target.clear()
            target.update(copy.deepcopy(dict(source)))
            continue
        src: Json = source
        dst = target
        for key in path[:-1]:
            src = src.get(key, {}) if isinstance(src, Mapping) else {}
            nxt = dst.get(key)
            if not isinstance(nxt, dict):
                nxt = {}
                dst[key] = nxt
            dst = nxt
        last = path[-1]
        if isinstance(src, Mapping) and last in src:
            dst[last] = copy.deepcopy(src[last])
        else:
            dst.pop(last, None)


def filter_fields(obj: Json, mask: str) -> Json:
    """Keep only the masked fields of a response (the ``fields=`` query parameter)."""
    tree: dict[str, Any] = {}
    for path in parse_field_mask(mask):
        node = tree
        for key in path:
            node = node.setdefault(key, {})

    def walk(value: Json, node: dict[str, Any]) -> Json:
        if not node or "*" in node:
            return value
        if isinstance(value, list):
            return [walk(v, node) for v in value]
        if isinstance(value, dict):
            return {k: walk(v, node[k]) for k, v in value.items() if k in node}
        return value

    return walk(obj, tree)


# --------------------------------------------------------------------------- model


@dataclass
class Sheet:
    """One worksheet: its properties JSON (as the API shows it), cells and recorded formats."""

    props: dict[str, Json]
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    formats: dict[tuple[int, int], dict[str, Json]] = field(default_factory=dict)
    conditional_formats: list[Json] = field(default_factory=list)
    validations: dict[tuple[int, int], Json] = field(default_factory=dict)
    extras: dict[str, Json] = field(default_factory=dict)  # merges, basicFilter, ...
    metadata: list[Json] = field(default_factory=list)  # developer metadata on it or its rows/cols
    protected: list[Json] = field(default_factory=list)  # ProtectedRange resources

    @property
    def sheet_id(self) -> int:
        return int(self.props["sheetId"])

    @property
    def title(self) -> str:
        return str(self.props["title"])

    @property
    def grid(self) -> dict[str, Json]:
        grid: dict[str, Json] = self.props.setdefault("gridProperties", {})
        return grid

    @property
    def rows(self) -> int:
        return int(self.grid.get("rowCount", 1000))

    @property
    def cols(self) -> int:
        return int(self.grid.get("columnCount", 26))

    def clip(self, gr: GridRange) -> tuple[int, int, int, int]:
        r1 = self.rows if gr.end_row is None else gr.end_row
        c1 = self.cols if gr.end_col is None else gr.end_col
        return gr.start_row, gr.start_col, r1, c1

    def a1(self, r0: int, c0: int, r1: int, c1: int) -> str:
        """A response range such as ``Sheet1!A1:Z1000`` (``Sheet1!A1`` for one cell)."""
        start = f"{col_letters(c0)}{r0 + 1}"
        name = quote_sheet_title(self.title)
        if r1 - r0 <= 1 and c1 - c0 <= 1:
            return f"{name}!{start}"
        return f"{name}!{start}:{col_letters(c1 - 1)}{r1}"

    def snapshot(self) -> Sheet:
        """A copy to roll back to. Cells are immutable, so their dict is copied shallowly:
        a batch on a sheet of a million cells must not cost a deep copy of each."""
        return Sheet(
            props=copy.deepcopy(self.props),
            cells=dict(self.cells),
            formats=copy.deepcopy(self.formats),
            conditional_formats=copy.deepcopy(self.conditional_formats),
            validations=copy.deepcopy(self.validations),
            extras=copy.deepcopy(self.extras),
            metadata=copy.deepcopy(self.metadata),
            protected=copy.deepcopy(self.protected),
        )

    def used_extent(self) -> tuple[int, int]:
        if not self.cells:
            return 0, 0
        return max(r for r, _ in self.cells) + 1, max(c for _, c in self.cells) + 1

    def shift(self, dimension: str, start: int, delta: int) -> None:
        """Move everything at or after ``start`` by ``delta`` rows/columns (negative deletes)."""
        axis = 0 if dimension == "ROWS" else 1

        def moved(store: dict[tuple[int, int], Any]) -> dict[tuple[int, int], Any]:
            out: dict[tuple[int, int], Any] = {}
            for key, value in store.items():
                pos = key[axis]
                if delta < 0 and start <= pos < start - delta:
                    continue
                if pos >= start:
                    pos += delta
                out[(pos, key[1]) if axis == 0 else (key[0], pos)] = value
            return out

        self.cells = moved(self.cells)
        self.formats = moved(self.formats)
        self.validations = moved(self.validations)
        self.metadata = meta.shift(self.metadata, self.sheet_id, dimension, start, delta)
        self.protected = meta.shift_protected(self.protected, dimension, start, delta)
        key = "rowCount" if axis == 0 else "columnCount"
        self.grid[key] = (self.rows if axis == 0 else self.cols) + delta

    def permute(self, dimension: str, moved: Mapping[int, int]) -> None:
        """Move rows/columns to new indexes (``moved``: old → new), as moveDimension does."""
        axis = 0 if dimension == "ROWS" else 1

        def placed(store: dict[tuple[int, int], Any]) -> dict[tuple[int, int], Any]:
            out: dict[tuple[int, int], Any] = {}
            for key, value in store.items():
                pos = moved.get(key[axis], key[axis])
                out[(pos, key[1]) if axis == 0 else (key[0], pos)] = value
            return out

        self.cells = placed(self.cells)
        self.formats = placed(self.formats)
        self.validations = placed(self.validations)
        meta.permute(self.metadata, self.sheet_id, dimension, moved)


@dataclass
class Spreadsheet:
    spreadsheet_id: str
    props: dict[str, Json]
    sheets: list[Sheet]
    shared_with: set[str] | None  # None: every service account this emulator issued
    named_ranges: list[Json] = field(default_factory=list)
    format_requests: list[Json] = field(default_factory=list)
    metadata: list[Json] = field(default_factory=list)  # developer metadata on the spreadsheet
    next_metadata_id: int = 1

    def all_metadata(self) -> list[Json]:
        return [*self.metadata, *(m for sheet in self.sheets for m in sheet.metadata)]

    def sheet_by_id(self, sheet_id: int) -> Sheet:
        for sheet in self.sheets:
            if sheet.sheet_id == sheet_id:
                return sheet
        raise _bad_request(f"No grid with id: {sheet_id}")

    def sheet_by_title(self, title: str) -> Sheet | None:
        for sheet in self.sheets:
            if sheet.title == title:
                return sheet
        return None

    def reindex(self) -> None:
        self.sheets.sort(key=lambda s: int(s.props.get("index", 0)))
        for i, sheet in enumerate(self.sheets):
            sheet.props["index"] = i

    def resolve(self, text: str) -> tuple[Sheet, GridRange]:
        """Resolve an A1 range (quoted/unquoted sheet, whole sheet, bare cells on sheet 1)."""
        title, cells = split_sheet_name(text)
        if title is None:
            assert cells is not None
            sheet = self.sheet_by_title(cells)
            if sheet is not None:
                return sheet, GridRange()
            gr = parse_cells(cells)
            if gr is None or not self.sheets:
                raise _bad_request(f"Unable to parse range: {text}")
            return self.sheets[0], gr
        sheet = self.sheet_by_title(title)
        if sheet is None:
            raise _bad_request(f"Unable to parse range: {text}")
        if cells is None:
            return sheet, GridRange()
        gr = parse_cells(cells)
        if gr is None:
            raise _bad_request(f"Unable to parse range: {text}")
        return sheet, gr

    def total_cells(self) -> int:
        return sum(s.rows * s.cols for s in self.sheets)


@dataclass
class _Fault:
    kind: str
    remaining: int
    only: str | None
    path_prefix: str | None
    delay: float

    def matches(self, kind: str, path: str) -> bool:
        if self.only is not None and self.only != kind:
            return False
        return self.path_prefix is None or path.startswith(self.path_prefix)


@dataclass(frozen=True)
class CallRecord:
    """One API request as the emulator saw it."""

    method: str
    endpoint: str  # e.g. "values.get", "spreadsheets.batchUpdate", "token"
    kind: str  # "read", "write" or "token"
    path: str
    status: int


@dataclass
class _Key:
    kid: str
    client_email: str
    project_id: str
    public_key: rsa.RSAPublicKey
    revoked: bool = False


@dataclass
class _Token:
    client_email: str
    project_id: str
    expires_at: float


@dataclass
class _Reply:
    status: int
    body: Json
    headers: dict[str, str] = field(default_factory=dict)
    after: str | None = None  # "reset": drop the connection instead of answering


# --------------------------------------------------------------------------- the emulator


class SheetsEmulator:
    """An in-memory Google Sheets (API v4) plus OAuth token endpoint, with a control API.

    ``clock`` drives the per-minute quotas and token expiry, so tests move time instead of
    sleeping. Quotas default to Google's: 60 reads and 60 writes per minute per service account,
    300 each per project. ``shared_with=None`` on a spreadsheet means every service account whose
    key this emulator issued may use it.
    """

    CONTROL_METHODS = frozenset(
        {
            "create_spreadsheet",
            "issue_key",
            "revoke_key",
            "share",
            "unshare",
            "delete_spreadsheet",
            "add_sheet",
            "delete_sheet",
            "rename_sheet",
            "values",
            "formulas",
            "formula_cells",
            "set_cell",
            "sort_rows",
            "insert_row",
            "delete_row",
            "append_row",
            "sheet_properties",
            "conditional_formats",
            "inject_fault",
            "clear_faults",
            "calls",
            "call_counts",
            "reset_calls",
            "set_quota",
            "advance",
            "set_time",
            "release_time",
            "insert_columns",
            "delete_columns",
            "move_columns",
            "protect_range",
            "developer_metadata",
            "sheet_titles",
            "set_filter",
            "disable_api",
        }
    )

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        clock: Callable[[], float] = time.time,
        read_quota_per_user: int = 60,
        write_quota_per_user: int = 60,
        read_quota_per_project: int = 300,
        write_quota_per_project: int = 300,
        slow_seconds: float = 5.0,
    ) -> None:
        self._host = host
        self._port = port
        self._clock = clock
        self._pinned: float | None = None
        self._offset = 0.0
        self._lock = threading.RLock()
        self._spreadsheets: dict[str, Spreadsheet] = {}
        self._keys: dict[str, _Key] = {}
        self._tokens: dict[str, _Token] = {}
        self._faults: list[_Fault] = []
        self._disabled: set[str] = set()  # Cloud projects with the Sheets API not enabled
        self._calls: list[CallRecord] = []
        self._quota_windows: dict[tuple[str, str, str], deque[float]] = defaultdict(deque)
        self.quotas = {
            ("user", "read"): read_quota_per_user,
            ("user", "write"): write_quota_per_user,
            ("project", "read"): read_quota_per_project,
            ("project", "write"): write_quota_per_project,
        }
        self.slow_seconds = slow_seconds
        self._server: BackgroundServer | None = None
        self._stopping = threading.Event()

    # ----------------------------------------------------------------- lifecycle

    def start(self) -> str:
        """Serve in a background thread; returns the base URL (``http://127.0.0.1:PORT``)."""
        emulator = self

        class Handler(_Handler):
            owner = emulator

        self._stopping.clear()
        self._server = BackgroundServer(QuietServer((self._host, self._port), Handler), "sheets")
        return self.base_url

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.stop()
        self._server = None

    def __enter__(self) -> SheetsEmulator:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """What ``chatsync.sheet.client`` takes as ``api_base``."""
        if self._server is None:
            raise RuntimeError("emulator not started")
        host, port = self._server.address
        return f"http://{host}:{port}"

    @property
    def token_uri(self) -> str:
        return self.base_url + TOKEN_PATH

    @property
    def control_url(self) -> str:
        return self.base_url + CONTROL_PREFIX

    # ----------------------------------------------------------------- clock

    def now(self) -> float:
        return (self._pinned if self._pinned is not None else self._clock()) + self._offset

    def set_clock(self, clock: Callable[[], float]) -> None:
        self._clock = clock

    def set_time(self, unix: float) -> None:
        """Pin the clock (until :meth:`release_time`)."""
        self._pinned, self._offset = unix, 0.0

    def advance(self, seconds: float) -> None:
        self._offset += seconds

    def release_time(self) -> None:
        self._pinned, self._offset = None, 0.0

    # ----------------------------------------------------------------- keys and sharing

    def issue_key(
        self,
        client_email: str = DEFAULT_CLIENT_EMAIL,
        project_id: str | None = None,
        path: str | Path | None = None,
    ) -> dict[str, str]:
        """Create a service-account key this emulator accepts; optionally write it to ``path``."""
        private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        ).decode()
        kid = secrets.token_hex(20)
        project = project_id or client_email.partition("@")[2].split(".")[0] or DEFAULT_PROJECT
        with self._lock:
            self._keys[kid] = _Key(kid, client_email, project, private_key.public_key())
        info = {
            "type": "service_account",
            "project_id": project,
            "private_key_id": kid,
            "private_key": pem,
            "client_email": client_email,
            "client_id": str(secrets.randbelow(10**20)),
            "auth_uri": "https://accounts.google.com/o/oauth2/auth",
            "token_uri": self.token_uri,
            "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
            "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/"
            + client_email.replace("@", "%40"),
            "universe_domain": "googleapis.com",
        }
        if path is not None:
            Path(path).write_text(json.dumps(info, indent=2), encoding="utf-8")
        return info

    def write_key_file(self, path: str | Path, client_email: str = DEFAULT_CLIENT_EMAIL) -> Path:
        """Write a fresh key file (the demo's and tests' credentials) and return its path."""
        self.issue_key(client_email, path=path)
        return Path(path)

    def revoke_key(self, private_key_id: str) -> None:
        """Make the token endpoint refuse this key (``invalid_grant``), like a deleted key."""
        with self._lock:
            self._keys[private_key_id].revoked = True
            self._tokens.clear()

    def share(self, spreadsheet_id: str, client_email: str) -> None:
        with self._lock:
            book = self._book(spreadsheet_id)
            if book.shared_with is None:
                book.shared_with = set()
            book.shared_with.add(client_email)

    def unshare(self, spreadsheet_id: str, client_email: str) -> None:
        """Remove access; with ``shared_with=None`` this leaves every other issued account."""
        with self._lock:
            book = self._book(spreadsheet_id)
            if book.shared_with is None:
                book.shared_with = {k.client_email for k in self._keys.values()}
            book.shared_with.discard(client_email)

    # ----------------------------------------------------------------- spreadsheets

    def create_spreadsheet(
        self,
        title: str = "chatsync",
        sheets: Iterable[str] = ("Sheet1",),
        shared_with: Iterable[str] | None = None,
        spreadsheet_id: str | None = None,
        rows: int = 1000,
        cols: int = 26,
        time_zone: str = "Etc/GMT",
        locale: str = "en_US",
    ) -> str:
        """Create a spreadsheet; returns its id. Sheet 1 gets ``sheetId`` 0 as on Google."""
        sid = spreadsheet_id or _new_spreadsheet_id()
        book = Spreadsheet(
            sid,
            {"title": title, "locale": locale, "autoRecalc": "ON_CHANGE", "timeZone": time_zone},
            [],
            None if shared_with is None else set(shared_with),
        )
        for i, name in enumerate(sheets):
            book.sheets.append(_new_sheet(0 if i == 0 else _new_sheet_id(), name, i, rows, cols))
        with self._lock:
            self._spreadsheets[sid] = book
        return sid

    def delete_spreadsheet(self, spreadsheet_id: str) -> None:
        with self._lock:
            del self._spreadsheets[spreadsheet_id]

    def add_sheet(self, spreadsheet_id: str, title: str, rows: int = 1000, cols: int = 26) -> int:
        with self._lock:
            book = self._book(spreadsheet_id)
            sheet = _new_sheet(_new_sheet_id(), title, len(book.sheets), rows, cols)
            book.sheets.append(sheet)
            return sheet.sheet_id

    def delete_sheet(self, spreadsheet_id: str, title: str) -> None:
        with self._lock:
            book = self._book(spreadsheet_id)
            book.sheets.remove(self._sheet(book, title))
            book.reindex()

    def rename_sheet(self, spreadsheet_id: str, title: str, new_title: str) -> None:
        with self._lock:
            book = self._book(spreadsheet_id)
            self._sheet(book, title).props["title"] = new_title

    def spreadsheet_ids(self) -> list[str]:
        with self._lock:
            return list(self._spreadsheets)

    # ----------------------------------------------------------------- inspection

    def values(self, spreadsheet_id: str, sheet: str) -> list[list[str]]:
        """The sheet as a person sees it: formatted strings, trimmed like ``values.get``."""
        return self._dump(spreadsheet_id, sheet, "FORMATTED_VALUE")

    def formulas(self, spreadsheet_id: str, sheet: str) -> list[list[str]]:
        """Like :meth:`values` but formula cells show their formula text."""
        return self._dump(spreadsheet_id, sheet, "FORMULA")

    def formula_cells(self, spreadsheet_id: str, sheet: str | None = None) -> list[list[str]]:
        """``[sheet title, A1, formula]`` for every formula cell (for injection tests)."""
        with self._lock:
            book = self._book(spreadsheet_id)
            out = []
            for s in book.sheets:
                if sheet is not None and s.title != sheet:
                    continue
                for (r, c), cell in sorted(s.cells.items()):
                    if cell.formula is not None:
                        out.append([s.title, f"{col_letters(c)}{r + 1}", cell.formula])
            return out

    def sheet_properties(self, spreadsheet_id: str, sheet: str) -> dict[str, Json]:
        with self._lock:
            return copy.deepcopy(self._sheet(self._book(spreadsheet_id), sheet).props)

    def conditional_formats(self, spreadsheet_id: str, sheet: str) -> list[Json]:
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            return copy.deepcopy(s.conditional_formats)

    def cell_format(self, spreadsheet_id: str, sheet: str, a1: str) -> dict[str, Json]:
        """The ``userEnteredFormat`` stored for one cell by repeatCell/updateCells."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            gr = parse_cells(a1)
            if gr is None:
                raise ValueError(f"not a cell: {a1}")
            return copy.deepcopy(s.formats.get((gr.start_row, gr.start_col), {}))

    def format_requests(self, spreadsheet_id: str) -> list[Json]:
        """Every formatting request received (repeatCell, conditional formats, ...), in order."""
        with self._lock:
            return copy.deepcopy(self._book(spreadsheet_id).format_requests)

    # ----------------------------------------------------------------- a person's edits

    def set_cell(self, spreadsheet_id: str, sheet: str, a1: str, value: CellValue) -> None:
        """Type into a cell as a person would (USER_ENTERED; ``""`` empties it)."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            gr = parse_cells(a1)
            if gr is None or gr.end_row is None or gr.end_row - gr.start_row != 1:
                raise ValueError(f"not a single cell: {a1}")
            _store(s, gr.start_row, gr.start_col, value, "USER_ENTERED")

    def sort_rows(
        self,
        spreadsheet_id: str,
        sheet: str,
        column: str,
        descending: bool = False,
        header_rows: int = 1,
    ) -> None:
        """Sort the data rows (below ``header_rows``) by a column letter, as a person would."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            used_rows, _ = s.used_extent()
            order = "DESCENDING" if descending else "ASCENDING"
            _sort(s, header_rows, used_rows, 0, s.cols, [(col_index(column), order)])

    def insert_row(
        self, spreadsheet_id: str, sheet: str, row: int, values: Iterable[CellValue] = ()
    ) -> None:
        """Insert an empty row before 1-based ``row`` (optionally typing ``values`` into it)."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            s.shift("ROWS", row - 1, 1)
            for c, value in enumerate(values):
                _store(s, row - 1, c, value, "USER_ENTERED")

    def delete_row(self, spreadsheet_id: str, sheet: str, row: int) -> None:
        """Delete 1-based ``row``; rows below move up."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            s.shift("ROWS", row - 1, -1)

    def insert_columns(self, spreadsheet_id: str, sheet: str, before: str, count: int = 1) -> None:
        """Insert ``count`` empty columns before column ``before`` (a letter), as a person would."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            s.shift("COLUMNS", col_index(before), count)

    def delete_columns(self, spreadsheet_id: str, sheet: str, column: str, count: int = 1) -> None:
        """Delete ``count`` columns from ``column`` on; columns to the right move left."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            s.shift("COLUMNS", col_index(column), -count)

    def move_columns(
        self, spreadsheet_id: str, sheet: str, column: str, before: str, count: int = 1
    ) -> None:
        """Drag ``count`` columns from ``column`` to just before column ``before`` (letters
        counted before the move, as moveDimension counts them)."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            start = col_index(column)
            moved = meta.move_map(start, start + count, col_index(before), s.cols)
            s.permute("COLUMNS", moved)

    def protect_range(
        self, spreadsheet_id: str, sheet: str, a1: str, warning_only: bool = False
    ) -> int:
        """Protect a range so that only the owner (a person) may edit it; returns its id."""
        with self._lock:
            book = self._book(spreadsheet_id)
            s = self._sheet(book, sheet)
            gr = parse_cells(a1)
            if gr is None:
                raise ValueError(f"not a range: {a1}")
            rng: dict[str, Json] = {"sheetId": s.sheet_id}
            r0, c0, r1, c1 = gr.start_row, gr.start_col, gr.end_row, gr.end_col
            if a1.replace("$", "")[:1].isalpha():
                rng["startColumnIndex"] = c0
            if any(ch.isdigit() for ch in a1.split(":")[0]):
                rng["startRowIndex"] = r0
            if r1 is not None:
                rng["endRowIndex"] = r1
            if c1 is not None:
                rng["endColumnIndex"] = c1
            book.next_metadata_id += 1
            item: dict[str, Json] = {
                "protectedRangeId": book.next_metadata_id,
                "range": rng,
                "warningOnly": warning_only,
                "requestingUserCanEdit": True,
            }
            if not warning_only:
                item["editors"] = {"users": ["owner@example.com"]}
            s.protected.append(item)
            return book.next_metadata_id

    def disable_api(self, project_id: str = DEFAULT_PROJECT, disabled: bool = True) -> None:
        """The Sheets API not enabled in a Cloud project: its callers get Google's 403."""
        with self._lock:
            (self._disabled.add if disabled else self._disabled.discard)(project_id)

    def set_filter(self, spreadsheet_id: str, sheet: str, column: str, hidden: list[str]) -> None:
        """Filter the table as a person would: rows whose ``column`` holds one of ``hidden``
        are hidden from view (the API still reads every row, as Google's does)."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            s.extras["basicFilter"] = {
                "range": {"sheetId": s.sheet_id},
                "filterSpecs": [
                    {
                        "columnIndex": col_index(column),
                        "filterCriteria": {"hiddenValues": list(hidden)},
                    }
                ],
            }

    def sheet_titles(self, spreadsheet_id: str) -> list[str]:
        """The worksheets' titles, in tab order."""
        with self._lock:
            return [sheet.title for sheet in self._book(spreadsheet_id).sheets]

    def developer_metadata(self, spreadsheet_id: str) -> list[Json]:
        """Every developer metadata entry of the spreadsheet, as the API shows it."""
        with self._lock:
            return [meta.public(m) for m in self._book(spreadsheet_id).all_metadata()]

    def append_row(self, spreadsheet_id: str, sheet: str, values: Iterable[CellValue]) -> int:
        """Type a row below the last non-empty row; returns its 1-based number."""
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            row = s.used_extent()[0]
            if row >= s.rows:
                s.grid["rowCount"] = row + 1
            for c, value in enumerate(values):
                _store(s, row, c, value, "USER_ENTERED")
            return row + 1

    # ----------------------------------------------------------------- faults, calls, quotas

    def inject_fault(
        self,
        kind: FaultKind | str,
        count: int = 1,
        path_prefix: str | None = None,
        *,
        only: Only | str | None = None,
        delay: float | None = None,
    ) -> None:
        """Make the next ``count`` matching API requests fail.

        Kinds: ``429`` (quota error JSON), ``500``/``503``/``401`` (request not executed),
        ``reset`` (TCP reset, not executed), ``slow`` (wait ``delay`` s then answer normally),
        ``apply-then-500`` / ``apply-then-reset`` (the write *is* applied, then the answer is
        lost: the ambiguous outcome that makes blind retries duplicate rows). ``only`` limits
        the fault to ``read`` or ``write`` requests; ``path_prefix`` to raw paths starting with it.
        """
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {FAULT_KINDS}")
        if only not in (None, "read", "write"):
            raise ValueError("only must be 'read', 'write' or None")
        with self._lock:
            self._faults.append(
                _Fault(
                    kind, count, only, path_prefix, self.slow_seconds if delay is None else delay
                )
            )

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()

    def calls(self, kind: str | None = None, endpoint: str | None = None) -> int:
        """How many API requests arrived (``kind``: read/write/token; ``endpoint``: values.get…)."""
        with self._lock:
            return sum(
                1
                for c in self._calls
                if (kind is None or c.kind == kind) and (endpoint is None or c.endpoint == endpoint)
            )

    def call_counts(self) -> dict[str, int]:
        """Counts by kind and by endpoint, e.g. ``{"read": 2, "values.get": 1, ...}``."""
        with self._lock:
            counts: dict[str, int] = defaultdict(int)
            for c in self._calls:
                counts[c.kind] += 1
                if c.endpoint != c.kind:
                    counts[c.endpoint] += 1
            return dict(counts)

    def call_log(self) -> list[CallRecord]:
        with self._lock:
            return list(self._calls)

    def reset_calls(self) -> None:
        with self._lock:
            self._calls.clear()

    def set_quota(
        self,
        read_per_user: int | None = None,
        write_per_user: int | None = None,
        read_per_project: int | None = None,
        write_per_project: int | None = None,
    ) -> None:
        with self._lock:
            for key, value in (
                (("user", "read"), read_per_user),
                (("user", "write"), write_per_user),
                (("project", "read"), read_per_project),
                (("project", "write"), write_per_project),
            ):
                if value is not None:
                    self.quotas[key] = value
            self._quota_windows.clear()

    # ----------------------------------------------------------------- internals

    def _book(self, spreadsheet_id: str) -> Spreadsheet:
        try:
            return self._spreadsheets[spreadsheet_id]
        except KeyError:
            raise KeyError(f"no spreadsheet {spreadsheet_id}") from None

    @staticmethod
    def _sheet(book: Spreadsheet, title: str) -> Sheet:
        sheet = book.sheet_by_title(title)
        if sheet is None:
            raise KeyError(f"no sheet {title!r} in {book.spreadsheet_id}")
        return sheet

    def _dump(self, spreadsheet_id: str, sheet: str, render_option: str) -> list[list[str]]:
        with self._lock:
            s = self._sheet(self._book(spreadsheet_id), sheet)
            rows = _read_grid(s, 0, 0, s.rows, s.cols, render_option, "FORMATTED_STRING")
            return [[v if isinstance(v, str) else formatted(Cell(v)) for v in row] for row in rows]

    def _next_fault(self, kind: str, path: str) -> _Fault | None:
        with self._lock:
            for fault in self._faults:
                if fault.remaining > 0 and fault.matches(kind, path):
                    fault.remaining -= 1
                    return fault
            self._faults = [f for f in self._faults if f.remaining > 0]
        return None

    def _record(self, method: str, endpoint: str, kind: str, path: str, status: int) -> None:
        with self._lock:
            self._calls.append(CallRecord(method, endpoint, kind, path, status))

    # ----------------------------------------------------------------- HTTP entry points

    def handle_token(self, body: bytes, content_type: str) -> _Reply:
        """The OAuth2 JWT-bearer grant google-auth sends for a service-account key."""
        form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace")).items()}
        grant = form.get("grant_type")
        if "application/x-www-form-urlencoded" not in content_type:
            return _oauth_error("invalid_request", "Expected form-encoded token request.")
        if grant != "urn:ietf:params:oauth:grant-type:jwt-bearer":
            return _oauth_error("unsupported_grant_type", f"Invalid grant_type: {grant or ''}")
        assertion = form.get("assertion")
        if not assertion:
            return _oauth_error("invalid_request", "Missing required parameter: assertion")
        try:
            claims, key = self._verify_jwt(assertion)
        except _GrantError as exc:
            return _oauth_error("invalid_grant", str(exc))
        token = "ya29.emu-" + secrets.token_urlsafe(32)
        with self._lock:
            self._tokens[token] = _Token(
                str(claims["iss"]), key.project_id, self.now() + TOKEN_LIFETIME
            )
        return _Reply(
            200, {"access_token": token, "expires_in": TOKEN_LIFETIME, "token_type": "Bearer"}
        )

    def _verify_jwt(self, assertion: str) -> tuple[dict[str, Json], _Key]:
        try:
            head_b64, claims_b64, sig_b64 = assertion.split(".")
            header = json.loads(_b64decode(head_b64))
            claims = json.loads(_b64decode(claims_b64))
            signature = _b64decode(sig_b64)
        except ValueError:
            raise _GrantError("Invalid JWT: Token must be a short-lived token.") from None
        if not isinstance(header, dict) or not isinstance(claims, dict):
            raise _GrantError("Invalid JWT: Token must be a short-lived token.")
        with self._lock:
            key = self._keys.get(str(header.get("kid")))
            if key is None:
                key = next(
                    (k for k in self._keys.values() if k.client_email == claims.get("iss")), None
                )
        if key is None or key.revoked or header.get("alg") != "RS256":
            raise _GrantError("Invalid JWT Signature.")
        try:
            key.public_key.verify(
                signature,
                f"{head_b64}.{claims_b64}".encode(),
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except InvalidSignature:
            raise _GrantError("Invalid JWT Signature.") from None
        if claims.get("iss") != key.client_email:
            raise _GrantError("Invalid email or User ID")
        try:
            exp = float(claims["exp"])
            iat = float(claims["iat"])
        except (KeyError, TypeError, ValueError):
            raise _GrantError("Invalid JWT: Token must be a short-lived token.") from None
        if exp - iat > 3600 or exp < time.time() - 300:
            raise _GrantError(
                "Invalid JWT: Token must be a short-lived token (60 minutes) and in a "
                "reasonable timeframe. Check your iat and exp values in the JWT claim."
            )
        return claims, key

    def handle_api(
        self, method: str, raw_path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> _Reply:
        route = _route(method, raw_path)
        if route is None:
            return _Reply(404, ApiError(404, "NOT_FOUND", "Requested entity was not found.").body())
        endpoint, kind, sid, range_text = route
        params = parse_qs(query, keep_blank_values=True)
        try:
            return self._serve(endpoint, kind, sid, range_text, params, headers, body)
        except ApiError as exc:
            return _Reply(exc.code, exc.body())

    def _serve(
        self,
        endpoint: str,
        kind: str,
        sid: str,
        range_text: str | None,
        params: dict[str, list[str]],
        headers: Mapping[str, str],
        body: bytes,
    ) -> _Reply:
        token = self._authenticate(headers)
        if token.project_id in self._disabled:
            raise _service_disabled(token.project_id)
        with self._lock:
            book = self._spreadsheets.get(sid)
            if book is None:
                raise ApiError(404, "NOT_FOUND", "Requested entity was not found.")
            allowed = book.shared_with
            if allowed is not None and token.client_email not in allowed:
                raise ApiError(403, "PERMISSION_DENIED", "The caller does not have permission")
            self._consume_quota(token, kind)
            payload = _parse_body(body)
            api = _Api(book, caller=token.client_email, project=token.project_id)
            result = getattr(api, endpoint.replace(".", "_"))(range_text, params, payload)
            return _Reply(200, result)

    def _authenticate(self, headers: Mapping[str, str]) -> _Token:
        auth = next((v for k, v in headers.items() if k.lower() == "authorization"), "")
        scheme, _, token = auth.partition(" ")
        with self._lock:
            found = self._tokens.get(token.strip()) if scheme.lower() == "bearer" else None
            if found is None or found.expires_at <= self.now():
                raise ApiError(401, "UNAUTHENTICATED", _UNAUTHENTICATED)
            return found

    def _consume_quota(self, token: _Token, kind: str) -> None:
        now = self.now()
        metric = "Read requests" if kind == "read" else "Write requests"
        windows = []
        for scope, who in (("user", token.client_email), ("project", token.project_id)):
            window = self._quota_windows[(scope, who, kind)]
            while window and window[0] <= now - 60:
                window.popleft()
            limit = self.quotas[(scope, kind)]
            if len(window) >= limit:
                per = " per user" if scope == "user" else ""
                raise ApiError(
                    429,
                    "RESOURCE_EXHAUSTED",
                    f"Quota exceeded for quota metric '{metric}' and limit '{metric} per minute"
                    f"{per}' of service 'sheets.googleapis.com' for consumer "
                    f"'project_number:{_project_number(token.project_id)}'.",
                    [
                        {
                            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                            "reason": "RATE_LIMIT_EXCEEDED",
                            "domain": "googleapis.com",
                            "metadata": {
                                "quota_metric": "sheets.googleapis.com/"
                                + ("read_requests" if kind == "read" else "write_requests"),
                                "quota_limit": (
                                    "ReadRequests" if kind == "read" else "WriteRequests"
                                )
                                + (
                                    "PerMinutePerUser" if scope == "user" else "PerMinutePerProject"
                                ),
                                "quota_limit_value": str(limit),
                                "consumer": f"projects/{_project_number(token.project_id)}",
                                "service": "sheets.googleapis.com",
                                "quota_location": "global",
                            },
                        },
                        {
                            "@type": "type.googleapis.com/google.rpc.Help",
                            "links": [
                                {
                                    "description": "Request a higher quota limit.",
                                    "url": "https://cloud.google.com/docs/quotas/help/request_increase",
                                }
                            ],
                        },
                    ],
                )
            windows.append(window)
        for window in windows:
            window.append(now)

    def handle_control(self, name: str, body: bytes) -> _Reply:
        """``POST /_emulator/<method>`` with JSON keyword arguments calls the control method."""
        if name not in self.CONTROL_METHODS:
            return _Reply(404, {"error": f"no control method {name!r}"})
        try:
            kwargs = json.loads(body or b"{}")
            if not isinstance(kwargs, dict):
                raise TypeError("body must be a JSON object of keyword arguments")
            result = getattr(self, name)(**kwargs)
        except (KeyError, TypeError, ValueError) as exc:
            return _Reply(400, {"error": str(exc)})
        if isinstance(result, set):
            result = sorted(result)
        if isinstance(result, list) and result and isinstance(result[0], CallRecord):
            result = [c.__dict__ for c in result]
        return _Reply(200, {"result": result})


class _GrantError(Exception):
    pass


def _oauth_error(error: str, description: str) -> _Reply:
    return _Reply(400, {"error": error, "error_description": description})


def _b64decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _project_number(project_id: str) -> int:
    return int(sum(ord(ch) * 31**i for i, ch in enumerate(project_id)) % 10**12)


def _new_spreadsheet_id() -> str:
    return "1" + secrets.token_urlsafe(32)[:43]


def _new_sheet_id() -> int:
    return secrets.randbelow(2**31 - 2) + 1


def _new_sheet(sheet_id: int, title: str, index: int, rows: int, cols: int) -> Sheet:
    return Sheet(
        {
            "sheetId": sheet_id,
            "title": title,
            "index": index,
            "sheetType": "GRID",
            "gridProperties": {"rowCount": rows, "columnCount": cols},
        }
    )


def _parse_body(body: bytes) -> Json:
    if not body.strip():
        return {}
    try:
        payload = json.loads(body)
    except ValueError as exc:
        raise _bad_request(f"Invalid JSON payload received. {exc}") from None
    if not isinstance(payload, dict):
        raise _bad_request("Invalid JSON payload received. Expected an object.")
    return payload


_RE_BOOK = re.compile(r"^/v4/spreadsheets/([^/:]+)(:batchUpdate)?$")
_RE_VALUES_BATCH = re.compile(
    r"^/v4/spreadsheets/([^/:]+)/values:(batchGet|batchUpdate|batchClear)$"
)
_RE_VALUES = re.compile(r"^/v4/spreadsheets/([^/:]+)/values/(.+?)(:append|:clear)?$")
_RE_METADATA = re.compile(r"^/v4/spreadsheets/([^/:]+)/developerMetadata(:search|/(\d+))$")


def _route(method: str, raw_path: str) -> tuple[str, str, str, str | None] | None:
    """(endpoint, read|write, spreadsheet id, decoded range) from the *raw* path."""
    m = _RE_BOOK.match(raw_path)
    if m:
        if m.group(2):
            return (
                ("spreadsheets.batchUpdate", "write", unquote(m.group(1)), None)
                if (method == "POST")
                else None
            )
        return ("spreadsheets.get", "read", unquote(m.group(1)), None) if method == "GET" else None
    m = _RE_METADATA.match(raw_path)
    if m:
        if m.group(2) == ":search":
            return (
                ("developerMetadata.search", "read", unquote(m.group(1)), None)
                if (method == "POST")
                else None
            )
        return (
            ("developerMetadata.get", "read", unquote(m.group(1)), m.group(3))
            if (method == "GET")
            else None
        )
    m = _RE_VALUES_BATCH.match(raw_path)
    if m:
        name = m.group(2)
        expected = "GET" if name == "batchGet" else "POST"
        if method != expected:
            return None
        kind = "read" if name == "batchGet" else "write"
        return f"values.{name}", kind, unquote(m.group(1)), None
    m = _RE_VALUES.match(raw_path)
    if m:
        suffix = m.group(3)
        sid, rng = unquote(m.group(1)), unquote(m.group(2))
        if suffix == ":append" and method == "POST":
            return "values.append", "write", sid, rng
        if suffix == ":clear" and method == "POST":
            return "values.clear", "write", sid, rng
        if suffix is None and method == "GET":
            return "values.get", "read", sid, rng
        if suffix is None and method == "PUT":
            return "values.update", "write", sid, rng
    return None


def _param(params: Mapping[str, list[str]], name: str, default: str | None = None) -> str | None:
    values = params.get(name)
    return values[-1] if values else default


def _flag(value: Json) -> bool:
    return str(value).lower() == "true"


# --------------------------------------------------------------------------- values operations


def _is_empty(sheet: Sheet, r: int, c: int) -> bool:
    return (r, c) not in sheet.cells


def _store(sheet: Sheet, r: int, c: int, raw: CellValue | None, option: str) -> None:
    if raw is None:
        return
    if isinstance(raw, str) and raw == "":
        sheet.cells.pop((r, c), None)
        return
    cell = user_entered(raw) if option == "USER_ENTERED" else raw_entered(raw)
    sheet.cells[(r, c)] = cell


def _check_value(raw: Json) -> None:
    if raw is not None and not isinstance(raw, str | int | float | bool):
        raise ApiError(
            400,
            "INVALID_ARGUMENT",
            f"Invalid values[0][0]: {json.dumps(raw)}",
            [
                {
                    "@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [
                        {"field": "data.values[0]", "description": f"Invalid values: {raw!r}"}
                    ],
                }
            ],
        )
    if isinstance(raw, str) and len(raw) > CELL_CHAR_LIMIT:
        raise _bad_request(
            "Your input contains more than the maximum of 50000 characters in a single cell."
        )


def _read_grid(
    sheet: Sheet, r0: int, c0: int, r1: int, c1: int, value_render: str, date_render: str
) -> list[list[Json]]:
    rows: list[list[Json]] = []
    for r in range(r0, r1):
        row: list[Json] = []
        last = -1
        for c in range(c0, c1):
            cell = sheet.cells.get((r, c))
            if cell is None:
                row.append("")
            else:
                pattern = formats.date_pattern(sheet.formats.get((r, c)))
                if pattern and isinstance(cell.value, int | float) and not cell.is_date:
                    text = formats.date_text(float(cell.value), pattern)
                    cell = Cell(cell.value, cell.formula, text, is_date=True)
                row.append(render(cell, value_render, date_render))
                last = c - c0
        rows.append(row[: last + 1])
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _transpose(rows: list[list[Json]]) -> list[list[Json]]:
    width = max((len(r) for r in rows), default=0)
    cols = [[r[i] if i < len(r) else "" for r in rows] for i in range(width)]
    for col in cols:
        while col and col[-1] == "":
            col.pop()
    while cols and not cols[-1]:
        cols.pop()
    return cols


def _grid_limits(sheet: Sheet, text: str) -> ApiError:
    return _bad_request(
        f"Range ({text}) exceeds grid limits. Max rows: {sheet.rows}, max columns: {sheet.cols}"
    )


def _value_range(
    sheet: Sheet, gr: GridRange, value_render: str, date_render: str, major: str
) -> Json:
    r0, c0, r1, c1 = sheet.clip(gr)
    if r0 >= sheet.rows or c0 >= sheet.cols or r1 > sheet.rows or c1 > sheet.cols:
        raise _grid_limits(sheet, sheet.a1(r0, c0, r1, c1))
    rows = _read_grid(sheet, r0, c0, r1, c1, value_render, date_render)
    if major == "COLUMNS":
        rows = _transpose(rows)
    out: dict[str, Json] = {"range": sheet.a1(r0, c0, r1, c1), "majorDimension": major}
    if rows:
        out["values"] = rows
    return out


def _sort_key(cell: Cell | None) -> tuple[int, Json]:
    if cell is None:
        return (3, "")
    v = cell.value
    if isinstance(v, bool):
        return (2, v)
    if isinstance(v, int | float):
        return (0, v)
    return (1, v.casefold())


def _sort(sheet: Sheet, r0: int, r1: int, c0: int, c1: int, specs: list[tuple[int, str]]) -> None:
    rows = list(range(r0, r1))
    snapshot = {r: {c: sheet.cells.get((r, c)) for c in range(c0, c1)} for r in rows}

    def by_column(col: int) -> Callable[[int], tuple[int, Json]]:
        return lambda r: _sort_key(snapshot[r][col])

    for col, order in reversed(specs):
        filled = [r for r in rows if snapshot[r].get(col) is not None]
        empty = [r for r in rows if snapshot[r].get(col) is None]
        filled.sort(key=by_column(col), reverse=order == "DESCENDING")
        rows = filled + empty
    for target, source in zip(range(r0, r1), rows, strict=True):
        for c in range(c0, c1):
            cell = snapshot[source][c]
            if cell is None:
                sheet.cells.pop((target, c), None)
            else:
                sheet.cells[(target, c)] = cell


class _Api:
    """The Sheets v4 methods, run under the emulator lock on one spreadsheet."""

    def __init__(
        self, book: Spreadsheet, caller: str | None = None, project: str | None = None
    ) -> None:
        self.book = book
        self.caller = caller  # the service account calling (None: the control API, a person)
        self.project = project

    def _may_edit(self, sheet: Sheet, r0: int, c0: int, r1: int, c1: int) -> None:
        if not meta.may_edit(sheet.protected, self.caller, r0, c0, r1, c1):
            raise _bad_request(meta.PROTECTED_MESSAGE)

    # -- developer metadata

    def developerMetadata_search(
        self, _r: str | None, _p: Mapping[str, list[str]], body: Json
    ) -> Json:
        filters = body.get("dataFilters")
        if not isinstance(filters, list) or not filters:
            raise _bad_request("Must specify at least one data filter.")
        found: dict[int, Json] = {}
        for data_filter in filters:
            for item in self._matching(data_filter):
                entry = found.setdefault(
                    int(item["metadataId"]),
                    {"developerMetadata": meta.public(item), "dataFilters": []},
                )
                entry["dataFilters"].append(copy.deepcopy(data_filter))
        return {"matchedDeveloperMetadata": list(found.values())} if found else {}

    def developerMetadata_get(
        self, metadata_id: str | None, _p: Mapping[str, list[str]], _b: Json
    ) -> Json:
        for item in self.book.all_metadata():
            if str(item["metadataId"]) == metadata_id and meta.visible(item, self.project):
                return meta.public(item)
        raise ApiError(404, "NOT_FOUND", f"No developer metadata with id {metadata_id}.")

    def _matching(self, data_filter: Json) -> list[Json]:
        """The visible metadata one DataFilter selects."""
        if not isinstance(data_filter, dict) or len(data_filter) != 1:
            raise _bad_request("A data filter must have exactly one of its fields set.")
        ((kind, arg),) = data_filter.items()
        items = [m for m in self.book.all_metadata() if meta.visible(m, self.project)]
        if kind == "developerMetadataLookup":
            return [m for m in items if meta.lookup_matches(m, arg or {})]
        if kind == "gridRange":
            sheet, r0, c0, r1, c1 = self._grid(arg or {})
        elif kind == "a1Range":
            sheet, gr = self.book.resolve(str(arg))
            r0, c0, r1, c1 = sheet.clip(gr)
        else:
            raise _bad_request(f"Unknown data filter {kind!r}.")
        return [m for m in items if meta.range_matches(m, sheet.sheet_id, r0, c0, r1, c1)]

    def req_createDeveloperMetadata(self, args: Json) -> Json:
        book = self.book
        wanted = copy.deepcopy(args.get("developerMetadata"))
        try:
            meta.check_new(wanted)
            location = meta.new_location(
                wanted.get("location"),
                (s.sheet_id for s in book.sheets),
                lambda sid: (book.sheet_by_id(sid).rows, book.sheet_by_id(sid).cols),
            )
        except meta.MetadataError as exc:
            raise _bad_request(str(exc)) from None
        if "metadataId" in wanted:
            metadata_id = int(wanted["metadataId"])
            if any(int(m["metadataId"]) == metadata_id for m in book.all_metadata()):
                raise _bad_request(f"Developer metadata with id {metadata_id} already exists.")
        else:
            metadata_id = book.next_metadata_id
        book.next_metadata_id = max(book.next_metadata_id, metadata_id) + 1
        item = {
            "metadataId": metadata_id,
            "metadataKey": wanted["metadataKey"],
            **({"metadataValue": wanted["metadataValue"]} if "metadataValue" in wanted else {}),
            "location": location,
            "visibility": wanted["visibility"],
            "_project": self.project,
        }
        if location["locationType"] == "SPREADSHEET":
            book.metadata.append(item)
        else:
            sheet_id = int(
                location.get("sheetId", location.get("dimensionRange", {}).get("sheetId", 0))
            )
            book.sheet_by_id(sheet_id).metadata.append(item)
        return {"createDeveloperMetadata": {"developerMetadata": meta.public(item)}}

    def req_deleteDeveloperMetadata(self, args: Json) -> Json:
        doomed = {int(m["metadataId"]) for m in self._matching(args.get("dataFilter") or {})}
        removed = [
            meta.public(m) for m in self.book.all_metadata() if int(m["metadataId"]) in doomed
        ]
        self.book.metadata = [m for m in self.book.metadata if int(m["metadataId"]) not in doomed]
        for sheet in self.book.sheets:
            sheet.metadata = [m for m in sheet.metadata if int(m["metadataId"]) not in doomed]
        return {"deleteDeveloperMetadata": {"deletedDeveloperMetadata": removed}}

    # -- protected ranges

    def req_addProtectedRange(self, args: Json) -> Json:
        wanted = copy.deepcopy(args.get("protectedRange") or {})
        rng = wanted.get("range") or {}
        sheet = self.book.sheet_by_id(int(rng.get("sheetId", 0)))
        rng["sheetId"] = sheet.sheet_id
        self.book.next_metadata_id += 1
        item = {
            "protectedRangeId": self.book.next_metadata_id,
            "range": rng,
            **({"description": wanted["description"]} if "description" in wanted else {}),
            "warningOnly": bool(wanted.get("warningOnly", False)),
            "requestingUserCanEdit": True,
        }
        if not item["warningOnly"]:
            users = list((wanted.get("editors") or {}).get("users", []))
            if self.caller is not None and self.caller not in users:
                users.append(self.caller)  # whoever protects a range may still edit it
            item["editors"] = {"users": users}
        sheet.protected.append(item)
        return {"addProtectedRange": {"protectedRange": copy.deepcopy(item)}}

    def req_deleteProtectedRange(self, args: Json) -> Json:
        wanted = int(args.get("protectedRangeId", -1))
        for sheet in self.book.sheets:
            for item in sheet.protected:
                if int(item["protectedRangeId"]) == wanted:
                    self._may_edit(sheet, 0, 0, sheet.rows, sheet.cols)
                    sheet.protected.remove(item)
                    return {}
        raise _bad_request(f"No protected range with id: {wanted}")

    # -- moveDimension

    def req_moveDimension(self, args: Json) -> Json:
        source = args.get("source") or {}
        sheet = self.book.sheet_by_id(int(source.get("sheetId", 0)))
        dimension = source.get("dimension", "ROWS")
        size = sheet.rows if dimension == "ROWS" else sheet.cols
        try:
            moved = meta.move_map(
                int(source.get("startIndex", 0)),
                int(source.get("endIndex", 0)),
                int(args.get("destinationIndex", 0)),
                size,
            )
        except meta.MetadataError as exc:
            raise _bad_request(str(exc)) from None
        sheet.permute(dimension, moved)
        return {}

    # -- reads

    def spreadsheets_get(
        self, _range: str | None, params: Mapping[str, list[str]], _body: Json
    ) -> Json:
        book = self.book
        ranges = params.get("ranges", [])
        with_data = _flag(_param(params, "includeGridData", "false")) or bool(ranges)
        wanted: dict[int, list[GridRange]] = {}
        for text in ranges:
            sheet, gr = book.resolve(text)
            wanted.setdefault(sheet.sheet_id, []).append(gr)
        sheets_json = []
        for sheet in book.sheets:
            if ranges and sheet.sheet_id not in wanted:
                continue
            entry: dict[str, Json] = {"properties": copy.deepcopy(sheet.props)}
            if with_data:
                entry["data"] = [
                    _grid_data(sheet, gr) for gr in wanted.get(sheet.sheet_id, [GridRange()])
                ]
            if sheet.conditional_formats:
                entry["conditionalFormats"] = copy.deepcopy(sheet.conditional_formats)
            if sheet.protected:
                entry["protectedRanges"] = copy.deepcopy(sheet.protected)
            on_sheet = [
                meta.public(m)
                for m in sheet.metadata
                if m["location"]["locationType"] == "SHEET" and meta.visible(m, self.project)
            ]
            if on_sheet:
                entry["developerMetadata"] = on_sheet
            entry.update(copy.deepcopy(sheet.extras))
            sheets_json.append(entry)
        result: dict[str, Json] = {
            "spreadsheetId": book.spreadsheet_id,
            "properties": {**copy.deepcopy(book.props), "defaultFormat": _DEFAULT_FORMAT},
            "sheets": sheets_json,
        }
        if book.named_ranges:
            result["namedRanges"] = copy.deepcopy(book.named_ranges)
        on_book = [meta.public(m) for m in book.metadata if meta.visible(m, self.project)]
        if on_book:
            result["developerMetadata"] = on_book
        result["spreadsheetUrl"] = (
            f"https://docs.google.com/spreadsheets/d/{book.spreadsheet_id}/edit"
        )
        fields = _param(params, "fields")
        return filter_fields(result, fields) if fields else result

    def values_get(self, range_text: str | None, params: Mapping[str, list[str]], _b: Json) -> Json:
        assert range_text is not None
        sheet, gr = self.book.resolve(range_text)
        return _value_range(sheet, gr, *_render_options(params))

    def values_batchGet(self, _r: str | None, params: Mapping[str, list[str]], _b: Json) -> Json:
        value_ranges = []
        for text in params.get("ranges", []):
            sheet, gr = self.book.resolve(text)
            value_ranges.append(_value_range(sheet, gr, *_render_options(params)))
        return {"spreadsheetId": self.book.spreadsheet_id, "valueRanges": value_ranges}

    # -- writes

    def values_update(
        self, range_text: str | None, params: Mapping[str, list[str]], body: Json
    ) -> Json:
        assert range_text is not None
        option = _input_option(_param(params, "valueInputOption"))
        with _atomic(self.book):
            result = self._update(range_text, body, option)
        if _flag(_param(params, "includeValuesInResponse", "false")):
            sheet, gr = self.book.resolve(result["updatedRange"])
            result["updatedData"] = _value_range(
                sheet, gr, *_render_options(params, prefix="response")
            )
        return result

    def _update(self, range_text: str, body: Json, option: str) -> dict[str, Json]:
        sheet, gr = self.book.resolve(range_text)
        if body.get("range") and body["range"] != range_text:
            target_sheet, target_gr = self.book.resolve(str(body["range"]))
            if target_sheet is not sheet or target_gr != gr:
                raise _bad_request(
                    f"Requested writing within range [{range_text}], but the request body has "
                    f"range [{body['range']}]"
                )
        rows = _matrix(body.get("values"), body.get("majorDimension"))
        r0, c0 = gr.start_row, gr.start_col
        height = len(rows)
        width = max((len(r) for r in rows), default=0)
        r1, c1 = sheet.clip(gr)[2:]
        single_cell = gr.bounded and (r1 - r0, c1 - c0) == (1, 1)  # an anchor, not a bound
        if gr.bounded and not single_cell and (height > r1 - r0 or width > c1 - c0):
            bad_row = r0 + height if height > r1 - r0 else r0 + 1
            what = f"row [{bad_row}]" if height > r1 - r0 else f"column [{c0 + width}]"
            raise _bad_request(
                f"Requested writing within range [{range_text}], but tried writing to {what}"
            )
        if r0 + max(height, 1) > sheet.rows or c0 + max(width, 1) > sheet.cols:
            raise _grid_limits(sheet, sheet.a1(r0, c0, r0 + max(height, 1), c0 + max(width, 1)))
        for row in rows:
            for raw in row:
                _check_value(raw)
        if height and width:
            self._may_edit(sheet, r0, c0, r0 + height, c0 + width)
        for i, row in enumerate(rows):
            for j, raw in enumerate(row):
                rule = sheet.validations.get((r0 + i, c0 + j))
                if rule is not None and formats.refused_by(rule, raw):
                    cell_name = f"{col_letters(c0 + j)}{r0 + i + 1}"
                    raise _bad_request(
                        f"Invalid value at {sheet.title}!{cell_name}: the data violates the "
                        "data validation rules set on this cell."
                    )
        counted_rows: set[int] = set()
        counted_cols: set[int] = set()
        cells = 0
        for i, row in enumerate(rows):
            for j, raw in enumerate(row):
                if raw is None:
                    continue
                _store(sheet, r0 + i, c0 + j, raw, option)
                counted_rows.add(i)
                counted_cols.add(j)
                cells += 1
        result: dict[str, Json] = {
            "spreadsheetId": self.book.spreadsheet_id,
            "updatedRange": sheet.a1(r0, c0, r0 + max(height, 1), c0 + max(width, 1)),
        }
        if cells:
            result.update(
                updatedRows=len(counted_rows), updatedColumns=len(counted_cols), updatedCells=cells
            )
        return result

    def values_batchUpdate(self, _r: str | None, _p: Mapping[str, list[str]], body: Json) -> Json:
        option = _input_option(body.get("valueInputOption"))
        responses = []
        with _atomic(self.book):
            for i, item in enumerate(body.get("data") or []):
                try:
                    responses.append(self._update(str(item.get("range", "")), item, option))
                except ApiError as exc:
                    raise exc.prefixed(f"Invalid data[{i}]: ") from None
        include = _flag(body.get("includeValuesInResponse"))
        for resp in responses:
            if include:
                sheet, gr = self.book.resolve(resp["updatedRange"])
                resp["updatedData"] = _value_range(
                    sheet,
                    gr,
                    body.get("responseValueRenderOption") or "FORMATTED_VALUE",
                    body.get("responseDateTimeRenderOption") or "SERIAL_NUMBER",
                    "ROWS",
                )
        # totals count distinct rows/columns (two 4-wide ranges on rows 1 and 4: 2 rows, 4 cols)
        rows_seen: set[tuple[int, int]] = set()
        cols_seen: set[tuple[int, int]] = set()
        for resp in responses:
            if "updatedCells" in resp:
                sheet, gr = self.book.resolve(resp["updatedRange"])
                r0, c0, r1, c1 = sheet.clip(gr)
                rows_seen.update((sheet.sheet_id, r) for r in range(r0, r1))
                cols_seen.update((sheet.sheet_id, c) for c in range(c0, c1))
        result: dict[str, Json] = {"spreadsheetId": self.book.spreadsheet_id}
        if any("updatedCells" in r for r in responses):
            result.update(
                totalUpdatedRows=len(rows_seen),
                totalUpdatedColumns=len(cols_seen),
                totalUpdatedCells=sum(r.get("updatedCells", 0) for r in responses),
                totalUpdatedSheets=len({sheet_id for sheet_id, _ in rows_seen}),
            )
        result["responses"] = responses
        return result

    def values_append(
        self, range_text: str | None, params: Mapping[str, list[str]], body: Json
    ) -> Json:
        assert range_text is not None
        option = _input_option(_param(params, "valueInputOption"))
        insert = _param(params, "insertDataOption", "OVERWRITE") or "OVERWRITE"
        if insert not in ("OVERWRITE", "INSERT_ROWS"):
            raise _bad_request(f"Invalid value at 'insert_data_option' ({insert})")
        sheet, gr = self.book.resolve(range_text)
        rows = _matrix(body.get("values"), body.get("majorDimension"))
        for row in rows:
            for raw in row:
                _check_value(raw)
        table = _find_table(sheet, gr, range_text)
        if table is None:
            r0, c0 = gr.start_row, gr.start_col
        else:
            r0, c0 = table[2], table[1]
        height = len(rows)
        width = max((len(r) for r in rows), default=0)
        if height and width:
            self._may_edit(sheet, r0, c0, r0 + height, c0 + width)
        with _atomic(self.book):
            if insert == "INSERT_ROWS" and height:
                sheet.shift("ROWS", r0, height)
            if r0 + height > sheet.rows:
                sheet.grid["rowCount"] = r0 + height
            if c0 + width > sheet.cols:
                sheet.grid["columnCount"] = c0 + width
            if self.book.total_cells() > CELL_CAP:
                raise _bad_request(
                    "This action would increase the number of cells in the workbook above the "
                    f"limit of {CELL_CAP} cells."
                )
            cells = 0
            for i, row in enumerate(rows):
                for j, raw in enumerate(row):
                    if raw is not None:
                        _store(sheet, r0 + i, c0 + j, raw, option)
                        cells += 1
        updated_range = sheet.a1(r0, c0, r0 + max(height, 1), c0 + max(width, 1))
        updates: dict[str, Json] = {
            "spreadsheetId": self.book.spreadsheet_id,
            "updatedRange": updated_range,
        }
        if cells:
            updates.update(updatedRows=height, updatedColumns=width, updatedCells=cells)
        if _flag(_param(params, "includeValuesInResponse", "false")):
            updates["updatedData"] = _value_range(
                sheet,
                GridRange(r0, c0, r0 + max(height, 1), c0 + max(width, 1)),
                *_render_options(params, prefix="response"),
            )
        result: dict[str, Json] = {"spreadsheetId": self.book.spreadsheet_id}
        if table is not None:
            tr0, tc0, tr1, tc1 = table[0], table[1], table[2], table[3]
            result["tableRange"] = sheet.a1(tr0, tc0, tr1, tc1)
        result["updates"] = updates
        return result

    def values_clear(self, range_text: str | None, _p: Mapping[str, list[str]], _b: Json) -> Json:
        assert range_text is not None
        return {"spreadsheetId": self.book.spreadsheet_id, "clearedRange": self._clear(range_text)}

    def _clear(self, range_text: str) -> str:
        sheet, gr = self.book.resolve(range_text)
        r0, c0, r1, c1 = sheet.clip(gr)
        if r0 >= sheet.rows or c0 >= sheet.cols:
            raise _grid_limits(sheet, range_text)
        r1, c1 = min(r1, sheet.rows), min(c1, sheet.cols)
        self._may_edit(sheet, r0, c0, r1, c1)
        for key in [k for k in sheet.cells if r0 <= k[0] < r1 and c0 <= k[1] < c1]:
            del sheet.cells[key]
        return sheet.a1(r0, c0, r1, c1)

    def values_batchClear(self, _r: str | None, _p: Mapping[str, list[str]], body: Json) -> Json:
        with _atomic(self.book):
            cleared = [self._clear(str(text)) for text in body.get("ranges") or []]
        return {"spreadsheetId": self.book.spreadsheet_id, "clearedRanges": cleared}

    # -- spreadsheets.batchUpdate

    def spreadsheets_batchUpdate(
        self, _r: str | None, _p: Mapping[str, list[str]], body: Json
    ) -> Json:
        requests = body.get("requests")
        if not isinstance(requests, list) or not requests:
            raise _bad_request("Must specify at least one request.")
        replies = []
        with _atomic(self.book):
            for i, request in enumerate(requests):
                if not isinstance(request, dict) or len(request) != 1:
                    raise _bad_request(f"Invalid requests[{i}]: exactly one kind is required")
                ((kind, args),) = request.items()
                handler = getattr(self, "req_" + kind, None)
                if handler is None:
                    raise _bad_request(
                        f"Invalid requests[{i}]: the emulator does not implement {kind}"
                    )
                try:
                    replies.append(handler(args or {}))
                except ApiError as exc:
                    raise exc.prefixed(f"Invalid requests[{i}].{kind}: ") from None
        result: dict[str, Json] = {"spreadsheetId": self.book.spreadsheet_id, "replies": replies}
        if _flag(body.get("includeSpreadsheetInResponse")):
            result["updatedSpreadsheet"] = self.spreadsheets_get(None, {}, {})
        return result

    def _grid(self, grid_range: Json) -> tuple[Sheet, int, int, int, int]:
        sheet = self.book.sheet_by_id(int(grid_range.get("sheetId", 0)))
        r0 = int(grid_range.get("startRowIndex", 0))
        c0 = int(grid_range.get("startColumnIndex", 0))
        r1 = int(grid_range.get("endRowIndex", sheet.rows))
        c1 = int(grid_range.get("endColumnIndex", sheet.cols))
        if r1 > sheet.rows or c1 > sheet.cols or r0 < 0 or c0 < 0:
            raise _grid_limits(sheet, sheet.a1(r0, c0, max(r1, r0 + 1), max(c1, c0 + 1)))
        return sheet, r0, c0, r1, c1

    def req_addSheet(self, args: Json) -> Json:
        props = copy.deepcopy(args.get("properties") or {})
        title = props.get("title") or f"Sheet{len(self.book.sheets) + 1}"
        if self.book.sheet_by_title(title) is not None:
            raise _bad_request(
                f'A sheet with the name "{title}" already exists. Please enter another name.'
            )
        sheet_id = int(props.get("sheetId", _new_sheet_id()))
        if any(s.sheet_id == sheet_id for s in self.book.sheets):
            raise _bad_request(f"A grid with id: {sheet_id} already exists.")
        grid = props.get("gridProperties") or {}
        index = min(int(props.get("index", len(self.book.sheets))), len(self.book.sheets))
        sheet = _new_sheet(
            sheet_id,
            title,
            index,
            int(grid.get("rowCount", 1000)),
            int(grid.get("columnCount", 26)),
        )
        for key in ("frozenRowCount", "frozenColumnCount", "hideGridlines"):
            if grid.get(key):
                sheet.grid[key] = grid[key]
        for key in ("hidden", "tabColor", "tabColorStyle", "rightToLeft"):
            if props.get(key):
                sheet.props[key] = props[key]
        for other in self.book.sheets:
            if int(other.props["index"]) >= index:
                other.props["index"] = int(other.props["index"]) + 1
        self.book.sheets.append(sheet)
        self.book.reindex()
        self._check_cells()
        return {"addSheet": {"properties": copy.deepcopy(sheet.props)}}

    def req_deleteSheet(self, args: Json) -> Json:
        sheet = self.book.sheet_by_id(int(args.get("sheetId", -1)))
        if len(self.book.sheets) == 1:
            raise _bad_request("You can't remove all the sheets in a document.")
        self.book.sheets.remove(sheet)
        self.book.reindex()
        return {}

    def req_updateSheetProperties(self, args: Json) -> Json:
        props = args.get("properties") or {}
        fields = args.get("fields")
        if not fields:
            raise _bad_request("At least one field must be updated, but none specified.")
        sheet = self.book.sheet_by_id(int(props.get("sheetId", 0)))
        old_index = int(sheet.props["index"])
        updated = copy.deepcopy(sheet.props)
        apply_mask(updated, props, fields)
        updated["sheetId"] = sheet.sheet_id
        updated.setdefault("sheetType", "GRID")
        title = updated.get("title")
        if not title:
            raise _bad_request("The sheet title cannot be empty.")
        other = self.book.sheet_by_title(str(title))
        if other is not None and other is not sheet:
            raise _bad_request(
                f'A sheet with the name "{title}" already exists. Please enter another name.'
            )
        grid = updated.setdefault("gridProperties", {})
        grid.setdefault("rowCount", sheet.rows)
        grid.setdefault("columnCount", sheet.cols)
        for key in ("frozenRowCount", "frozenColumnCount"):
            if not grid.get(key):
                grid.pop(key, None)
        for key in ("hideGridlines",):
            if not grid.get(key):
                grid.pop(key, None)
        if not updated.get("hidden"):
            updated.pop("hidden", None)
        elif all(s.props.get("hidden") for s in self.book.sheets if s is not sheet):
            raise _bad_request("You can't hide all the sheets in a document.")
        if int(grid["rowCount"]) < 1 or int(grid["columnCount"]) < 1:
            raise _bad_request("The grid must have at least one row and one column.")
        if int(grid.get("frozenRowCount", 0)) > int(grid["rowCount"]):
            raise _bad_request("You can't freeze all visible rows on the sheet.")
        new_index = int(updated.get("index", old_index))
        updated["index"] = old_index
        sheet.props = updated
        if new_index != old_index:
            self.book.sheets.remove(sheet)
            self.book.sheets.insert(min(new_index, len(self.book.sheets)), sheet)
            for i, s in enumerate(self.book.sheets):
                s.props["index"] = i
        for pos in list(sheet.cells):
            if pos[0] >= sheet.rows or pos[1] >= sheet.cols:
                del sheet.cells[pos]
        self._check_cells()
        return {}

    def req_updateSpreadsheetProperties(self, args: Json) -> Json:
        fields = args.get("fields")
        if not fields:
            raise _bad_request("At least one field must be updated, but none specified.")
        apply_mask(self.book.props, args.get("properties") or {}, fields)
        return {}

    def req_repeatCell(self, args: Json) -> Json:
        sheet, r0, c0, r1, c1 = self._grid(args.get("range") or {})
        self._may_edit(sheet, r0, c0, r1, c1)
        fields = args.get("fields")
        if not fields:
            raise _bad_request("At least one field must be updated, but none specified.")
        cell = args.get("cell") or {}
        for r in range(r0, r1):
            for c in range(c0, c1):
                self._apply_cell_data(sheet, r, c, cell, fields)
        self.book.format_requests.append({"repeatCell": copy.deepcopy(args)})
        return {}

    def req_updateCells(self, args: Json) -> Json:
        fields = args.get("fields")
        if not fields:
            raise _bad_request("At least one field must be updated, but none specified.")
        if "start" in args:
            start = args["start"]
            sheet = self.book.sheet_by_id(int(start.get("sheetId", 0)))
            r0, c0 = int(start.get("rowIndex", 0)), int(start.get("columnIndex", 0))
        else:
            sheet, r0, c0, _, _ = self._grid(args.get("range") or {})
        for i, row in enumerate(args.get("rows") or []):
            for j, cell in enumerate(row.get("values") or []):
                if r0 + i >= sheet.rows or c0 + j >= sheet.cols:
                    raise _grid_limits(sheet, sheet.a1(r0 + i, c0 + j, r0 + i + 1, c0 + j + 1))
                self._apply_cell_data(sheet, r0 + i, c0 + j, cell, fields)
        self.book.format_requests.append({"updateCells": copy.deepcopy(args)})
        return {}

    def _apply_cell_data(self, sheet: Sheet, r: int, c: int, cell: Json, fields: str) -> None:
        data: dict[str, Json] = copy.deepcopy(sheet.formats.get((r, c), {}))
        apply_mask(data, cell, fields)
        _add_color_styles(data.get("userEnteredFormat"))
        entered = data.pop("userEnteredValue", None)
        if any(p[0] in ("userEnteredValue", "*") for p in parse_field_mask(fields)):
            if entered is None:
                sheet.cells.pop((r, c), None)
            else:
                raw: Json = next(iter(entered.values()), None)
                key = next(iter(entered), "")
                if key == "formulaValue":
                    sheet.cells[(r, c)] = user_entered(str(raw))
                elif raw is not None:
                    _check_value(raw)
                    sheet.cells[(r, c)] = raw_entered(raw)
        if data:
            sheet.formats[(r, c)] = data
        else:
            sheet.formats.pop((r, c), None)

    def req_addConditionalFormatRule(self, args: Json) -> Json:
        rule = copy.deepcopy(args.get("rule") or {})
        ranges = rule.get("ranges") or []
        if not ranges or not (rule.get("booleanRule") or rule.get("gradientRule")):
            raise _bad_request("A conditional format rule needs ranges and a booleanRule.")
        for gr in ranges:
            self._grid(gr)
        condition = (rule.get("booleanRule") or {}).get("condition") or {}
        if condition.get("type") == "CUSTOM_FORMULA":
            values = condition.get("values") or [{}]
            problem = formats.formula_problem(values[0].get("userEnteredValue"))
            if problem is not None:
                raise _bad_request(f"Invalid ConditionalFormatRule: {problem}.")
        sheet = self.book.sheet_by_id(int(ranges[0].get("sheetId", 0)))
        for gr in ranges:
            gr.setdefault("sheetId", sheet.sheet_id)
        index = int(args.get("index", 0))
        sheet.conditional_formats.insert(min(index, len(sheet.conditional_formats)), rule)
        self.book.format_requests.append({"addConditionalFormatRule": copy.deepcopy(args)})
        return {}

    def req_deleteConditionalFormatRule(self, args: Json) -> Json:
        sheet = self.book.sheet_by_id(int(args.get("sheetId", 0)))
        index = int(args.get("index", 0))
        if not 0 <= index < len(sheet.conditional_formats):
            raise _bad_request(
                f"No conditional format on sheet: {sheet.sheet_id} at index: {index}"
            )
        rule = sheet.conditional_formats.pop(index)
        return {"deleteConditionalFormatRule": {"rule": rule}}

    def req_updateConditionalFormatRule(self, args: Json) -> Json:
        sheet = self.book.sheet_by_id(int(args.get("sheetId", 0)))
        index = int(args.get("index", 0))
        if not 0 <= index < len(sheet.conditional_formats):
            raise _bad_request(
                f"No conditional format on sheet: {sheet.sheet_id} at index: {index}"
            )
        old = sheet.conditional_formats[index]
        if "rule" in args:
            sheet.conditional_formats[index] = copy.deepcopy(args["rule"])
            return {
                "updateConditionalFormatRule": {
                    "newRule": args["rule"],
                    "oldRule": old,
                    "newIndex": index,
                    "oldIndex": index,
                }
            }
        new_index = int(args.get("newIndex", index))
        sheet.conditional_formats.insert(new_index, sheet.conditional_formats.pop(index))
        return {
            "updateConditionalFormatRule": {
                "newRule": old,
                "newIndex": new_index,
                "oldIndex": index,
            }
        }

    def req_setDataValidation(self, args: Json) -> Json:
        sheet, r0, c0, r1, c1 = self._grid(args.get("range") or {})
        for r in range(r0, r1):
            for c in range(c0, c1):
                if args.get("rule"):
                    sheet.validations[(r, c)] = copy.deepcopy(args["rule"])
                else:
                    sheet.validations.pop((r, c), None)
        return {}

    def req_insertDimension(self, args: Json) -> Json:
        rng = args.get("range") or {}
        sheet = self.book.sheet_by_id(int(rng.get("sheetId", 0)))
        dimension = rng.get("dimension", "ROWS")
        start, end = int(rng.get("startIndex", 0)), int(rng.get("endIndex", 0))
        limit = sheet.rows if dimension == "ROWS" else sheet.cols
        if end <= start or start > limit:
            raise _bad_request(f"Invalid dimension range {start}..{end}")
        sheet.shift(dimension, start, end - start)
        self._check_cells()
        return {}

    def req_appendDimension(self, args: Json) -> Json:
        sheet = self.book.sheet_by_id(int(args.get("sheetId", 0)))
        key = "rowCount" if args.get("dimension", "ROWS") == "ROWS" else "columnCount"
        sheet.grid[key] = int(sheet.grid.get(key, 0)) + int(args.get("length", 0))
        self._check_cells()
        return {}

    def req_deleteDimension(self, args: Json) -> Json:
        rng = args.get("range") or {}
        sheet = self.book.sheet_by_id(int(rng.get("sheetId", 0)))
        dimension = rng.get("dimension", "ROWS")
        limit = sheet.rows if dimension == "ROWS" else sheet.cols
        start, end = int(rng.get("startIndex", 0)), int(rng.get("endIndex", limit))
        if end <= start or end > limit:
            raise _bad_request(f"Invalid dimension range {start}..{end}")
        if end - start >= limit:
            what = "rows" if dimension == "ROWS" else "columns"
            raise _bad_request(f"You can't delete all the {what} on the sheet.")
        sheet.shift(dimension, start, start - end)
        return {}

    def req_sortRange(self, args: Json) -> Json:
        sheet, r0, c0, r1, c1 = self._grid(args.get("range") or {})
        specs = [
            (int(s.get("dimensionIndex", 0)), s.get("sortOrder", "ASCENDING"))
            for s in args.get("sortSpecs") or []
        ]
        _sort(sheet, r0, r1, c0, c1, specs)
        return {}

    def req_mergeCells(self, args: Json) -> Json:
        sheet = self._grid(args.get("range") or {})[0]
        rng = copy.deepcopy(args.get("range") or {})
        rng.setdefault("sheetId", sheet.sheet_id)
        sheet.extras.setdefault("merges", []).append(rng)
        return {}

    def req_unmergeCells(self, args: Json) -> Json:
        sheet, r0, c0, r1, c1 = self._grid(args.get("range") or {})
        merges = [
            m
            for m in sheet.extras.get("merges", [])
            if not (
                r0 <= m.get("startRowIndex", 0)
                and m.get("endRowIndex", 0) <= r1
                and c0 <= m.get("startColumnIndex", 0)
                and m.get("endColumnIndex", 0) <= c1
            )
        ]
        if merges:
            sheet.extras["merges"] = merges
        else:
            sheet.extras.pop("merges", None)
        return {}

    def req_setBasicFilter(self, args: Json) -> Json:
        flt = copy.deepcopy(args.get("filter") or {})
        sheet = self._grid(flt.get("range") or {})[0]
        sheet.extras["basicFilter"] = flt
        return {}

    def req_clearBasicFilter(self, args: Json) -> Json:
        self.book.sheet_by_id(int(args.get("sheetId", 0))).extras.pop("basicFilter", None)
        return {}

    def req_updateDimensionProperties(self, args: Json) -> Json:
        rng = args.get("range") or {}
        self.book.sheet_by_id(int(rng.get("sheetId", 0)))
        self.book.format_requests.append({"updateDimensionProperties": copy.deepcopy(args)})
        return {}

    def req_autoResizeDimensions(self, args: Json) -> Json:
        dims = args.get("dimensions") or {}
        self.book.sheet_by_id(int(dims.get("sheetId", 0)))
        self.book.format_requests.append({"autoResizeDimensions": copy.deepcopy(args)})
        return {}

    def req_addNamedRange(self, args: Json) -> Json:
        named = copy.deepcopy(args.get("namedRange") or {})
        self._grid(named.get("range") or {})
        named.setdefault("namedRangeId", secrets.token_hex(6))
        self.book.named_ranges.append(named)
        return {"addNamedRange": {"namedRange": named}}

    def req_deleteNamedRange(self, args: Json) -> Json:
        rid = args.get("namedRangeId")
        self.book.named_ranges = [n for n in self.book.named_ranges if n["namedRangeId"] != rid]
        return {}

    def _check_cells(self) -> None:
        if self.book.total_cells() > CELL_CAP:
            raise _bad_request(
                "This action would increase the number of cells in the workbook above the limit "
                f"of {CELL_CAP} cells."
            )


def _grid_data(sheet: Sheet, gr: GridRange) -> Json:
    r0, c0, r1, c1 = sheet.clip(gr)
    r1, c1 = min(r1, sheet.rows), min(c1, sheet.cols)
    used_r, used_c = sheet.used_extent()
    fmt_r = max((r for r, _ in sheet.formats), default=-1) + 1
    fmt_c = max((c for _, c in sheet.formats), default=-1) + 1
    r1, c1 = min(r1, max(used_r, fmt_r)), min(c1, max(used_c, fmt_c))
    row_data = []
    for r in range(r0, r1):
        values = []
        for c in range(c0, c1):
            cell_json: dict[str, Json] = {}
            cell = sheet.cells.get((r, c))
            if cell is not None:
                if cell.formula is not None:
                    cell_json["userEnteredValue"] = {"formulaValue": cell.formula}
                else:
                    cell_json["userEnteredValue"] = _typed(cell.value)
                cell_json["effectiveValue"] = _typed(cell.value)
                cell_json["formattedValue"] = formatted(cell)
            cell_json.update(copy.deepcopy(sheet.formats.get((r, c), {})))
            values.append(cell_json)
        row_data.append({"values": values} if any(values) else {})
    data: dict[str, Json] = {}
    if r0:
        data["startRow"] = r0
    if c0:
        data["startColumn"] = c0
    data["rowData"] = row_data
    return data


def _add_color_styles(fmt: Json) -> None:
    """Google mirrors every colour into a ``...Style`` field ({rgbColor}); so do we."""
    if not isinstance(fmt, dict):
        return
    for owner in (fmt, fmt.get("textFormat")):
        if not isinstance(owner, dict):
            continue
        for key in ("backgroundColor", "foregroundColor"):
            if isinstance(owner.get(key), dict):
                owner[key + "Style"] = {"rgbColor": copy.deepcopy(owner[key])}


def _typed(value: CellValue) -> Json:
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int | float):
        return {"numberValue": value}
    return {"stringValue": value}


def _find_table(sheet: Sheet, gr: GridRange, text: str) -> tuple[int, int, int, int] | None:
    """Google's append "table detection" (research §6 items 27-28): the table to append below.

    A range with explicit rows (``A1``, ``A5:K5``) is an anchor: empty → no table, else the block
    grown right along its row and then down. A whole sheet or whole columns (``A:K``): the block
    connected to the last cell of the last used row.
    """
    r0, c0, _, c_end = sheet.clip(gr)
    if c0 >= sheet.cols or r0 >= sheet.rows:
        raise _grid_limits(sheet, text)
    if gr.end_row is not None:
        if _is_empty(sheet, r0, c0):
            return None
        c1 = c0
        while c1 < sheet.cols and not _is_empty(sheet, r0, c1):
            c1 += 1
        r1 = r0
        while r1 < sheet.rows and any(not _is_empty(sheet, r1, c) for c in range(c0, c1)):
            r1 += 1
        return r0, c0, r1, c1
    used = [(r, c) for (r, c) in sheet.cells if c0 <= c < c_end and r >= r0]
    if not used:
        return None
    last_row = max(r for r, _ in used)
    start = (last_row, max(c for r, c in used if r == last_row))
    seen = {start}
    todo = [start]
    while todo:
        r, c = todo.pop()
        for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if nb not in seen and c0 <= nb[1] < c_end and nb[0] >= r0 and nb in sheet.cells:
                seen.add(nb)
                todo.append(nb)
    rows = [r for r, _ in seen]
    cols = [c for _, c in seen]
    return min(rows), min(cols), max(rows) + 1, max(cols) + 1


def _matrix(values: Json, major: Json) -> list[list[Json]]:
    if values is None:
        return []
    if not isinstance(values, list) or not all(isinstance(r, list) for r in values):
        raise ApiError(
            400,
            "INVALID_ARGUMENT",
            f"Invalid value at 'data.values' (type.googleapis.com/google.protobuf.ListValue), "
            f"{json.dumps(values)[:100]}",
            [
                {
                    "@type": "type.googleapis.com/google.rpc.BadRequest",
                    "fieldViolations": [
                        {
                            "field": "data.values",
                            "description": "Invalid value at 'data.values' "
                            "(type.googleapis.com/google.protobuf.ListValue)",
                        }
                    ],
                }
            ],
        )
    if major == "COLUMNS":
        height = max((len(c) for c in values), default=0)
        return [[col[i] if i < len(col) else None for col in values] for i in range(height)]
    return values


def _input_option(option: Json) -> str:
    if not option:
        raise _bad_request("'valueInputOption' is required but not specified")
    if option not in ("RAW", "USER_ENTERED"):
        raise _bad_request(f"Invalid value at 'value_input_option' ({option})")
    return str(option)


def _render_options(params: Mapping[str, list[str]], prefix: str = "") -> tuple[str, str, str]:
    def name(n: str) -> str:
        return prefix + n[0].upper() + n[1:] if prefix else n

    value_render = _param(params, name("valueRenderOption"), "FORMATTED_VALUE") or "FORMATTED_VALUE"
    date_render = _param(params, name("dateTimeRenderOption"), "SERIAL_NUMBER") or "SERIAL_NUMBER"
    major = _param(params, "majorDimension", "ROWS") or "ROWS"
    if value_render not in ("FORMATTED_VALUE", "UNFORMATTED_VALUE", "FORMULA"):
        raise _bad_request(f"Invalid value at 'value_render_option' ({value_render})")
    if major not in ("ROWS", "COLUMNS"):
        raise _bad_request(f"Invalid value at 'major_dimension' ({major})")
    return value_render, date_render, major


class _atomic:
    """Apply all or nothing: restore the spreadsheet's state if the block raises."""

    def __init__(self, book: Spreadsheet) -> None:
        self.book = book
        self.saved: tuple[Json, list[Sheet], Json, Json, Json, int] | None = None

    def __enter__(self) -> None:
        book = self.book
        self.saved = (
            copy.deepcopy(book.props),
            [sheet.snapshot() for sheet in book.sheets],
            copy.deepcopy(book.named_ranges),
            list(book.format_requests),  # entries are appended, never changed
            copy.deepcopy(book.metadata),
            book.next_metadata_id,
        )

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is not None and self.saved is not None:
            book = self.book
            (
                book.props,
                book.sheets,
                book.named_ranges,
                book.format_requests,
                book.metadata,
                book.next_metadata_id,
            ) = self.saved


# --------------------------------------------------------------------------- HTTP plumbing


class _Handler(EmulatorHandler):
    owner: SheetsEmulator
    server_version = "ESF"
    sys_version = ""
    log_name = "sheets-emulator"

    def dispatch(self, method: str) -> None:
        body = self.read_body()
        split = urlsplit(self.path)
        raw_path, query = split.path, split.query
        owner = self.owner
        if raw_path == TOKEN_PATH and method == "POST":
            reply = owner.handle_token(body, self.headers.get("Content-Type", ""))
            owner._record(method, "token", "token", raw_path, reply.status)
            self._send(reply)
            return
        if raw_path.startswith(CONTROL_PREFIX + "/"):
            self._send(owner.handle_control(raw_path[len(CONTROL_PREFIX) + 1 :], body))
            return
        route = _route(method, raw_path)
        kind = route[1] if route else ("read" if method == "GET" else "write")
        endpoint = route[0] if route else "unknown"
        fault = owner._next_fault(kind, raw_path)
        if fault is not None and fault.kind == "slow":
            owner._stopping.wait(fault.delay)
        if fault is not None and fault.kind in ("429", "500", "503", "401", "reset"):
            reply = _fault_reply(fault.kind, kind)
        else:
            reply = owner.handle_api(method, raw_path, query, dict(self.headers.items()), body)
            if fault is not None and fault.kind.startswith("apply-then-"):
                reply = _fault_reply(fault.kind.removeprefix("apply-then-"), kind)
        owner._record(method, endpoint, kind, raw_path, 0 if reply.after else reply.status)
        self._send(reply)

    def _send(self, reply: _Reply) -> None:
        if reply.after == "reset":
            self.reset_connection()
            return
        data = json.dumps(reply.body, ensure_ascii=False, indent=2).encode("utf-8")
        self.send_response(reply.status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _fault_reply(kind: str, request_kind: str) -> _Reply:
    if kind == "reset":
        return _Reply(0, None, after="reset")
    if kind == "429":
        metric = "Read requests" if request_kind == "read" else "Write requests"
        return _Reply(
            429,
            ApiError(
                429,
                "RESOURCE_EXHAUSTED",
                f"Quota exceeded for quota metric '{metric}' and limit '{metric} per minute per "
                "user' of service 'sheets.googleapis.com' for consumer 'project_number:0'.",
            ).body(),
        )
    if kind == "401":
        return _Reply(401, ApiError(401, "UNAUTHENTICATED", _UNAUTHENTICATED).body())
    if kind == "503":
        return _Reply(
            503, ApiError(503, "UNAVAILABLE", "The service is currently unavailable.").body()
        )
    return _Reply(500, ApiError(500, "INTERNAL", "Internal error encountered.").body())


# --------------------------------------------------------------------------- CLI


def main(argv: list[str] | None = None) -> int:
    """Serve until interrupted; optionally write a key file and create a spreadsheet."""
    parser = argparse.ArgumentParser(prog="python -m chatsync.emulators.sheets")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    parser.add_argument("--key-file", type=Path, help="write a service-account key JSON here")
    parser.add_argument("--client-email", default=DEFAULT_CLIENT_EMAIL)
    parser.add_argument("--spreadsheet-id", help="create a spreadsheet with this id")
    parser.add_argument("--title", default="chatsync")
    parser.add_argument("--sheet", action="append", help="worksheet title (repeatable)")
    args = parser.parse_args(argv)
    emulator = SheetsEmulator(args.host, args.port)
    url = emulator.start()
    out: dict[str, Json] = {"api_base": url, "token_uri": emulator.token_uri}
    if args.key_file:
        emulator.write_key_file(args.key_file, args.client_email)
        out["key_file"] = str(args.key_file)
    if args.spreadsheet_id:
        out["spreadsheet_id"] = emulator.create_spreadsheet(
            args.title, args.sheet or ["Sheet1"], spreadsheet_id=args.spreadsheet_id
        )
    sys.stdout.write(json.dumps(out) + "\n")
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
