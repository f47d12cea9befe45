"""How the task sheet looks: the formatting requests of a new worksheet and of
``chatsync sheet repair``. Pure: request bodies only, the writer sends them.

A tracker, not a dump: header frozen and bold, a filter on the table, a ステータス
dropdown that still accepts other words (people type 確認待ち), widths that fit, wrapped
titles, and rows coloured by state — late red, due today amber, done grey — by
conditional formats, so nothing is rewritten each day for colours to stay right.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from chatsync.sheet.rows import StatusWords, column_letter

LATE_COLOUR = {"red": 0.98, "green": 0.82, "blue": 0.82}
TODAY_COLOUR = {"red": 1.0, "green": 0.92, "blue": 0.7}
DONE_COLOUR = {"red": 0.9, "green": 0.9, "blue": 0.9}
OUR_COLOURS = (LATE_COLOUR, TODAY_COLOUR, DONE_COLOUR)
"""A conditional format with one of these backgrounds is chatsync's (repair replaces it)."""

STATUS_CHOICES = ("未完了", "対応中", "完了", "保留", "キャンセル")
WIDTHS: Mapping[str, int] = {
    "id": 150,
    "status": 90,
    "title": 320,
    "assignees": 140,
    "due": 130,
    "requester": 110,
    "room": 130,
    "created": 130,
    "done_at": 130,
    "link": 250,
    "memo": 240,
    "review": 70,
}
"""Column widths in pixels, by column key."""

Request = dict[str, Any]


def format_requests(
    sheet_id: int,
    positions: Mapping[str, int],
    words: StatusWords,
    width: int,
    *,
    header: bool = True,
) -> list[Request]:
    """Every formatting request of a worksheet whose columns are at ``positions``
    (``header=False``: leave row 1's cells alone, e.g. people protected it)."""
    requests: list[Request] = [
        {
            "updateSheetProperties": {
                "properties": {"sheetId": sheet_id, "gridProperties": {"frozenRowCount": 1}},
                "fields": "gridProperties.frozenRowCount",
            }
        },
        {"setBasicFilter": {"filter": {"range": {"sheetId": sheet_id}}}},
    ]
    if header:
        requests.insert(
            1,
            {
                "repeatCell": {
                    "range": {"sheetId": sheet_id, "startRowIndex": 0, "endRowIndex": 1},
                    "cell": {"userEnteredFormat": {"textFormat": {"bold": True}}},
                    "fields": "userEnteredFormat.textFormat.bold",
                }
            },
        )
    if "status" in positions:
        requests.append(_dropdown(sheet_id, positions["status"]))
    for key, pos in positions.items():
        if key in WIDTHS:
            requests.append(_width(sheet_id, pos, WIDTHS[key]))
    if "title" in positions:
        col = positions["title"]
        requests.append(
            {
                "repeatCell": {
                    "range": _column(sheet_id, col, first_row=1),
                    "cell": {"userEnteredFormat": {"wrapStrategy": "WRAP"}},
                    "fields": "userEnteredFormat.wrapStrategy",
                }
            }
        )
    if "status" in positions and "due" in positions:
        status, due = column_letter(positions["status"]), column_letter(positions["due"])
        rules = [
            (late_formula(status, due, words), LATE_COLOUR),
            (today_formula(status, due, words), TODAY_COLOUR),
            (done_formula(status, words), DONE_COLOUR),
        ]
        for index, (formula, colour) in enumerate(rules):
            requests.append(_rule(sheet_id, width, index, formula, colour))
    return requests


def late_formula(status: str, due: str, words: StatusWords) -> str:
    """An open task whose deadline (a date cell or ``YYYY-MM-DD[ HH:MM]`` text) has passed;
    a day without a time is late from the next day on."""
    return f'=AND(${due}2<>"",{_open(status, words)},IFERROR({_deadline(due)}<=NOW(),FALSE))'


def today_formula(status: str, due: str, words: StatusWords) -> str:
    """An open task due today and not yet late."""
    return (
        f'=AND(${due}2<>"",{_open(status, words)},'
        f"IFERROR(AND({_deadline(due)}>NOW(),INT({_day(due)})=TODAY()),FALSE))"
    )


def done_formula(status: str, words: StatusWords) -> str:
    return f"=OR({_any_word(status, words.done)})"


def _open(status: str, words: StatusWords) -> str:
    return f"NOT(OR({_any_word(status, words.done)},{_any_word(status, words.cancelled)}))"


def _day(due: str) -> str:
    return f"IF(ISNUMBER(${due}2),${due}2,DATEVALUE(LEFT(${due}2,10)))"


def _deadline(due: str) -> str:
    d = f"${due}2"
    return (
        f"IF(ISNUMBER({d}),{d}+IF(INT({d})={d},1,0),"
        f"DATEVALUE(LEFT({d},10))+IF(LEN({d})>10,TIMEVALUE(MID({d},12,5)),1))"
    )


def _any_word(status: str, words: Sequence[str]) -> str:
    """``$B2="完了",LOWER(TRIM($B2))="done",…``: the status cell is one of ``words``."""
    cell = f"${status}2"
    parts = []
    for word in words:
        quoted = word.strip().replace('"', '""')
        lowered = quoted.lower()
        parts.append(
            f'LOWER(TRIM({cell}))="{lowered}"' if lowered != quoted else f'TRIM({cell})="{quoted}"'
        )
    return ",".join(parts)


def is_ours(rule: Mapping[str, Any]) -> bool:
    """Was this conditional format rule made by chatsync (one of its colours)?"""
    boolean = rule.get("booleanRule")
    if not isinstance(boolean, Mapping):
        return False
    fmt = boolean.get("format")
    colour = fmt.get("backgroundColor") if isinstance(fmt, Mapping) else None
    if not isinstance(colour, Mapping):
        return False
    return any(
        all(abs(float(colour.get(k, 0.0)) - v) < 1e-3 for k, v in ours.items())
        for ours in OUR_COLOURS
    )


def _column(sheet_id: int, col: int, first_row: int = 0) -> Request:
    return {
        "sheetId": sheet_id,
        "startRowIndex": first_row,
        "startColumnIndex": col,
        "endColumnIndex": col + 1,
    }


def _dropdown(sheet_id: int, col: int) -> Request:
    return {
        "setDataValidation": {
            "range": _column(sheet_id, col, first_row=1),
            "rule": {
                "condition": {
                    "type": "ONE_OF_LIST",
                    "values": [{"userEnteredValue": choice} for choice in STATUS_CHOICES],
                },
                "strict": False,  # people may type other words (確認待ち, 済み, …)
                "showCustomUi": True,
            },
        }
    }


def _width(sheet_id: int, col: int, pixels: int) -> Request:
    return {
        "updateDimensionProperties": {
            "range": {
                "sheetId": sheet_id,
                "dimension": "COLUMNS",
                "startIndex": col,
                "endIndex": col + 1,
            },
            "properties": {"pixelSize": pixels},
            "fields": "pixelSize",
        }
    }


def _rule(
    sheet_id: int, width: int, index: int, formula: str, colour: Mapping[str, float]
) -> Request:
    return {
        "addConditionalFormatRule": {
            "index": index,
            "rule": {
                "ranges": [
                    {
                        "sheetId": sheet_id,
                        "startRowIndex": 1,
                        "startColumnIndex": 0,
                        "endColumnIndex": width,
                    }
                ],
                "booleanRule": {
                    "condition": {
                        "type": "CUSTOM_FORMULA",
                        "values": [{"userEnteredValue": formula}],
                    },
                    "format": {"backgroundColor": dict(colour)},
                },
            },
        }
    }
