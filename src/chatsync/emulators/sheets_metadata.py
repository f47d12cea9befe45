"""Developer metadata and protected ranges of the Sheets emulator, as Google documents them.

Kept apart from :mod:`chatsync.emulators.sheets` (values, formats, the HTTP surface): here
is only what follows rows and columns around. Google's behaviour reproduced:

* A ``DeveloperMetadata`` sits on the spreadsheet, a sheet, or one row or column
  (``dimensionRange`` spanning exactly one). Metadata on a column moves with it
  (insertDimension, deleteDimension, moveDimension) and is deleted with it.
* ``visibility`` is required: ``DOCUMENT`` metadata is seen by every caller, ``PROJECT``
  metadata only by callers of the Cloud project that created it.
* ``developerMetadata:search`` takes ``dataFilters``; a ``developerMetadataLookup``
  matches when every field it names matches (``locationMatchingStrategy`` EXACT_LOCATION
  by default, or INTERSECTING_LOCATION); a ``gridRange``/``a1Range`` filter matches the
  metadata whose location intersects the range.
* A protected range (not ``warningOnly``) refuses edits from callers who are not among
  its editors, with Google's 400 "You are trying to edit a protected cell or object".

Functions take and return plain JSON; :class:`MetadataError` carries a 400 message that
the caller turns into Google's error envelope.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import Any

Json = Any

PROTECTED_MESSAGE = (
    "You are trying to edit a protected cell or object. Please contact the spreadsheet "
    "owner to remove protection if you need to edit."
)
_TYPES = ("SPREADSHEET", "SHEET", "ROW", "COLUMN")


class MetadataError(Exception):
    """A request Google would answer with 400 INVALID_ARGUMENT."""


def new_location(
    location: Json, sheet_ids: Iterable[int], rows_cols: Callable[[int], Json]
) -> Json:
    """A request's ``location`` → the stored one, with ``locationType`` filled in.

    ``rows_cols(sheet_id)`` gives ``(rows, cols)`` of a sheet, to check the index.
    """
    if not isinstance(location, dict) or not location:
        raise MetadataError("Developer metadata location must be specified.")
    known = set(sheet_ids)
    if location.get("spreadsheet"):
        return {"locationType": "SPREADSHEET", "spreadsheet": True}
    if "sheetId" in location:
        sheet_id = int(location["sheetId"])
        if sheet_id not in known:
            raise MetadataError(f"No grid with id: {sheet_id}")
        return {"locationType": "SHEET", "sheetId": sheet_id}
    rng = location.get("dimensionRange")
    if not isinstance(rng, dict):
        raise MetadataError("Developer metadata location must be specified.")
    sheet_id = int(rng.get("sheetId", 0))
    if sheet_id not in known:
        raise MetadataError(f"No grid with id: {sheet_id}")
    dimension = rng.get("dimension")
    if dimension not in ("ROWS", "COLUMNS"):
        raise MetadataError("Developer metadata dimension range must specify a dimension.")
    if "startIndex" not in rng or "endIndex" not in rng:
        raise MetadataError("Developer metadata may not be associated with unbounded ranges.")
    start, end = int(rng["startIndex"]), int(rng["endIndex"])
    if end - start != 1:
        raise MetadataError(
            "Developer metadata may only be associated with a single row or column."
        )
    rows, cols = rows_cols(sheet_id)
    if start < 0 or end > (rows if dimension == "ROWS" else cols):
        raise MetadataError(f"Invalid dimension range {start}..{end}")
    return {
        "locationType": "ROW" if dimension == "ROWS" else "COLUMN",
        "dimensionRange": {
            "sheetId": sheet_id,
            "dimension": dimension,
            "startIndex": start,
            "endIndex": end,
        },
    }


def check_new(meta: Json) -> None:
    """What Google requires of a new ``developerMetadata`` besides its location."""
    if not isinstance(meta, dict):
        raise MetadataError("Developer metadata must be specified.")
    key = meta.get("metadataKey")
    if not isinstance(key, str) or not key:
        raise MetadataError("Developer metadata key must be specified.")
    if meta.get("visibility") not in ("DOCUMENT", "PROJECT"):
        raise MetadataError("Developer metadata visibility must be specified.")
    if "metadataId" in meta and int(meta["metadataId"]) <= 0:
        raise MetadataError("Developer metadata id must be positive.")


def _sheet_of(location: Json) -> int | None:
    if "sheetId" in location:
        return int(location["sheetId"])
    rng = location.get("dimensionRange")
    return int(rng["sheetId"]) if isinstance(rng, dict) else None


def _span(location: Json) -> tuple[str, int, int] | None:
    rng = location.get("dimensionRange")
    if not isinstance(rng, dict):
        return None
    return str(rng["dimension"]), int(rng["startIndex"]), int(rng["endIndex"])


def _intersects(location: Json, query: Json) -> bool:
    """Does stored ``location`` intersect the ``query`` location (INTERSECTING_LOCATION)?"""
    if query.get("spreadsheet"):
        return True
    if location.get("spreadsheet"):
        return False
    if _sheet_of(location) != _sheet_of(query):
        return False
    mine, theirs = _span(location), _span(query)
    if mine is None or theirs is None:
        return True  # a sheet and anything on it
    return mine[0] == theirs[0] and mine[1] < theirs[2] and theirs[1] < mine[2]


def _exact(location: Json, query: Json) -> bool:
    if query.get("spreadsheet"):
        return bool(location.get("spreadsheet"))
    if "sheetId" in query:
        return location.get("locationType") == "SHEET" and _sheet_of(location) == int(
            query["sheetId"]
        )
    return _span(location) == _span(query) and _sheet_of(location) == _sheet_of(query)


def lookup_matches(meta: Json, lookup: Json) -> bool:
    """A ``developerMetadataLookup``: every field given must match."""
    if "metadataId" in lookup and int(lookup["metadataId"]) != int(meta["metadataId"]):
        return False
    if "metadataKey" in lookup and lookup["metadataKey"] != meta.get("metadataKey"):
        return False
    if "metadataValue" in lookup and lookup["metadataValue"] != meta.get("metadataValue"):
        return False
    if "visibility" in lookup and lookup["visibility"] != meta.get("visibility"):
        return False
    location = meta["location"]
    if "locationType" in lookup and lookup["locationType"] != location["locationType"]:
        return False
    query = lookup.get("metadataLocation")
    if query:
        strategy = lookup.get("locationMatchingStrategy", "EXACT_LOCATION")
        test = _intersects if strategy == "INTERSECTING_LOCATION" else _exact
        if not test(location, query):
            return False
    return True


def range_matches(meta: Json, sheet_id: int, r0: int, c0: int, r1: int, c1: int) -> bool:
    """A ``gridRange``/``a1Range`` filter: metadata whose location meets the range."""
    location = meta["location"]
    if location.get("spreadsheet") or _sheet_of(location) != sheet_id:
        return False
    span = _span(location)
    if span is None:
        return True
    dimension, start, end = span
    lo, hi = (r0, r1) if dimension == "ROWS" else (c0, c1)
    return start < hi and lo < end


def visible(meta: Json, project: str | None) -> bool:
    return bool(meta.get("visibility") == "DOCUMENT" or meta.get("_project") == project)


def public(meta: Json) -> Json:
    """The resource as the API shows it (internal keys dropped)."""
    return {k: copy.deepcopy(v) for k, v in meta.items() if not k.startswith("_")}


def shift(
    metadata: list[Json], sheet_id: int, dimension: str, start: int, delta: int
) -> list[Json]:
    """Rows/columns at or after ``start`` moved by ``delta``; a negative delta deletes
    ``-delta`` of them, and the metadata on them with them."""
    out = []
    for meta in metadata:
        span = _span(meta["location"])
        if span is None or _sheet_of(meta["location"]) != sheet_id or span[0] != dimension:
            out.append(meta)
            continue
        index = span[1]
        if delta < 0 and start <= index < start - delta:
            continue
        if index >= start:
            _place(meta, index + delta)
        out.append(meta)
    return out


def permute(metadata: list[Json], sheet_id: int, dimension: str, moved: Mapping[int, int]) -> None:
    """Apply a moveDimension: ``moved`` maps old indexes to new ones."""
    for meta in metadata:
        span = _span(meta["location"])
        on_sheet = span is not None and _sheet_of(meta["location"]) == sheet_id
        if on_sheet and span is not None and span[0] == dimension and span[1] in moved:
            _place(meta, moved[span[1]])


def _place(meta: Json, index: int) -> None:
    rng = meta["location"]["dimensionRange"]
    rng["startIndex"], rng["endIndex"] = index, index + 1


def move_map(start: int, end: int, destination: int, size: int) -> dict[int, int]:
    """moveDimension's index map: ``[start, end)`` moved to ``destination`` (counted before
    the move, as Google counts it). Raises for a destination inside the moved span."""
    if not (0 <= start < end <= size) or not 0 <= destination <= size:
        raise MetadataError(f"Invalid dimension range {start}..{end}")
    if start < destination < end:
        raise MetadataError("destinationIndex may not be within the source range.")
    order = list(range(size))
    block = order[start:end]
    rest = order[:start] + order[end:]
    at = destination - len(block) if destination >= end else destination
    new = rest[:at] + block + rest[at:]
    return {old: i for i, old in enumerate(new) if old != i}


def shift_protected(protected: list[Json], dimension: str, start: int, delta: int) -> list[Json]:
    """Protected ranges follow inserted and deleted rows/columns (a range wholly deleted goes)."""
    lo_key, hi_key = (
        ("startRowIndex", "endRowIndex")
        if dimension == "ROWS"
        else ("startColumnIndex", "endColumnIndex")
    )
    out = []
    for item in protected:
        rng = item["range"]
        lo, hi = rng.get(lo_key), rng.get(hi_key)
        if delta > 0:
            if lo is not None and lo >= start:
                rng[lo_key] = lo + delta
            if hi is not None and hi > start:
                rng[hi_key] = hi + delta
        else:
            lo, hi = (None if i is None else _after_delete(i, start, -delta) for i in (lo, hi))
            if lo is not None and hi is not None and lo >= hi:
                continue
            if lo is not None:
                rng[lo_key] = lo
            if hi is not None:
                rng[hi_key] = hi
        out.append(item)
    return out


def _after_delete(index: int, start: int, gone: int) -> int:
    return index if index <= start else max(start, index - gone)


def may_edit(
    protected: Iterable[Json], who: str | None, r0: int, c0: int, r1: int, c1: int
) -> bool:
    """May ``who`` (a service account's e-mail; None: the emulator's control API, i.e. the
    owner) edit the cells ``[r0, r1) × [c0, c1)``?"""
    if who is None:
        return True
    for item in protected:
        if item.get("warningOnly"):
            continue
        if who in (item.get("editors") or {}).get("users", []):
            continue
        rng = item["range"]
        if (
            rng.get("startRowIndex", 0) < r1
            and r0 < rng.get("endRowIndex", r1)
            and rng.get("startColumnIndex", 0) < c1
            and c0 < rng.get("endColumnIndex", c1)
        ):
            return False
    return True
