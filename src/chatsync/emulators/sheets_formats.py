"""Number formats, data validation and conditional-format formulas in the Sheets
emulator, as Google documents them (kept apart from :mod:`chatsync.emulators.sheets`).

* A numeric cell under a DATE / TIME / DATE_TIME ``numberFormat`` reads back as the
  pattern's text with FORMATTED_VALUE, as its serial number with UNFORMATTED_VALUE and
  SERIAL_NUMBER, and as the text again with FORMATTED_STRING.
* A ``strict`` ONE_OF_LIST validation refuses other values, with Google's 400.
* A CUSTOM_FORMULA condition must be a formula: ``=`` first, balanced parentheses and
  quotes, else Google's 400 "Invalid ConditionalFormatRule".
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

Json = Any
_EPOCH = datetime(1899, 12, 30)
_TOKENS = re.compile(r"yyyy|yy|mm|m|dd|d|hh|h|ss|s|\"[^\"]*\"|\\.|.", re.I)
DATE_TYPES = frozenset({"DATE", "TIME", "DATE_TIME"})


def date_text(serial: float, pattern: str) -> str:
    """A serial number under a date pattern (``yyyy-mm-dd hh:mm``; ``mm`` after ``h`` is
    minutes, as in Sheets)."""
    moment = _EPOCH + timedelta(days=serial)
    moment = moment.replace(microsecond=0) + timedelta(seconds=round(moment.microsecond / 1e6))
    out: list[str] = []
    last_hour = False
    for token in _TOKENS.findall(pattern):
        low = token.lower()
        if low == "yyyy":
            out.append(f"{moment.year:04d}")
        elif low == "yy":
            out.append(f"{moment.year % 100:02d}")
        elif low in ("mm", "m"):
            value = moment.minute if last_hour else moment.month
            out.append(f"{value:02d}" if low == "mm" else str(value))
        elif low in ("dd", "d"):
            out.append(f"{moment.day:02d}" if low == "dd" else str(moment.day))
        elif low in ("hh", "h"):
            out.append(f"{moment.hour:02d}" if low == "hh" else str(moment.hour))
            last_hour = True
            continue
        elif low in ("ss", "s"):
            out.append(f"{moment.second:02d}" if low == "ss" else str(moment.second))
        elif token.startswith('"'):
            out.append(token[1:-1])
        elif token.startswith("\\"):
            out.append(token[1:])
        else:
            out.append(token)
        if low != ":":
            last_hour = False
    return "".join(out)


def date_pattern(fmt: Json) -> str | None:
    """The date pattern of a cell's stored format (``{"userEnteredFormat": …}``)."""
    entered = fmt.get("userEnteredFormat", fmt) if isinstance(fmt, dict) else None
    number = entered.get("numberFormat") if isinstance(entered, dict) else None
    if not isinstance(number, dict) or number.get("type") not in DATE_TYPES:
        return None
    default = {"DATE": "yyyy-mm-dd", "TIME": "hh:mm:ss", "DATE_TIME": "yyyy-mm-dd hh:mm:ss"}
    return str(number.get("pattern") or default[str(number["type"])])


def refused_by(rule: Json, value: Json) -> bool:
    """Does a strict validation ``rule`` refuse ``value``? (only ONE_OF_LIST is checked)"""
    if not isinstance(rule, dict) or not rule.get("strict"):
        return False
    condition = rule.get("condition") or {}
    if condition.get("type") != "ONE_OF_LIST":
        return False
    allowed = {str(v.get("userEnteredValue", "")) for v in condition.get("values") or []}
    return value not in ("", None) and str(value) not in allowed


def formula_problem(formula: Json) -> str | None:
    """Why a CUSTOM_FORMULA is not a formula (None: it parses as far as we check)."""
    if not isinstance(formula, str) or not formula.startswith("="):
        return "a custom formula must start with '='"
    depth = 0
    quoted = False
    for ch in formula:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch == "(":
            depth += 1
        elif not quoted and ch == ")":
            depth -= 1
            if depth < 0:
                return "unbalanced parentheses"
    if quoted:
        return "an unterminated string"
    if depth:
        return "unbalanced parentheses"
    return None
