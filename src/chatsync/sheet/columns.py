"""Finding chatsync's columns by identity, not by header text or position: pure, no I/O.

chatsync tags each of its columns with a Sheets developer metadata entry
(key :data:`METADATA_KEY`, value the column key). Google moves the tag with its
column and deletes it with it, so people may rename, move and insert columns
freely (sheet.md "Layout"). A column without a tag is adopted by its header
text (a sheet made before tags, or a column people put back), and then tagged.

What cannot be resolved is said in one line and nothing is written: a sheet
read with the wrong columns is how rows get corrupted for good.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from chatsync.sheet.rows import COLUMNS, REQUIRED, column_letter

METADATA_KEY = "chatsync.column"
"""Developer metadata key on each of chatsync's columns; the value is the column key."""


@dataclass(frozen=True)
class Columns:
    """Where chatsync's columns are, and what setup that takes.

    ``adopt``: columns found by header text, to be tagged; ``add``: columns new to
    this sheet (e.g. 要確認 on a sheet from before it existed), to be added after the
    last column; ``gone``: columns people deleted, neither read nor written until
    ``chatsync sheet repair`` puts them back; ``problem``: why nothing may be written;
    ``fresh``: columns added (back) just now, so their empty cells are not people's edits.
    """

    positions: dict[str, int]
    adopt: dict[str, int] = field(default_factory=dict)
    add: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    problem: str | None = None
    fresh: tuple[str, ...] = ()  # columns added just now: what chatsync remembers of them is void


def resolve_columns(
    header: Sequence[str],
    tagged: Mapping[str, Sequence[int]],
    headers: Mapping[str, str],
    *,
    title: str,
    seen_before: Collection[str] = (),
    repair: bool = False,
) -> Columns:
    """Resolve the columns of a worksheet whose row 1 reads ``header``.

    ``tagged``: column indexes carrying each key's tag; ``headers``: the header text
    of each key (the settings'); ``seen_before``: keys this sheet had when chatsync
    last resolved it (a key missing now was deleted by a person, not never there);
    ``repair``: put deleted columns back instead of leaving them out.
    """
    texts = [text.strip() for text in header]
    positions: dict[str, int] = {}
    adopt: dict[str, int] = {}
    notes: list[str] = []
    taken = {i for indexes in tagged.values() for i in indexes}
    for key in COLUMNS:
        indexes = sorted(tagged.get(key, ()))
        if indexes:
            positions[key] = indexes[0]
            if len(indexes) > 1:
                notes.append(
                    f"column {headers[key]!r} is tagged {len(indexes)} times "
                    f"(columns {', '.join(column_letter(i) for i in indexes)}); the first is used"
                )
            continue
        want = headers[key].strip()
        free = [i for i, text in enumerate(texts) if text == want and i not in taken]
        if free:
            positions[key] = adopt[key] = free[0]
            taken.add(free[0])
    missing = [key for key in COLUMNS if key not in positions]
    lost = [key for key in missing if key in REQUIRED]
    if lost:
        return Columns(positions, problem=_problem(title, lost, texts, headers), notes=tuple(notes))
    add = tuple(k for k in missing if k != "memo" and (repair or k not in seen_before))
    gone = tuple(k for k in missing if k not in add)
    return Columns(positions, adopt, add, gone, tuple(notes))


def _problem(title: str, lost: list[str], texts: list[str], headers: Mapping[str, str]) -> str:
    names = ", ".join(repr(headers[key]) for key in lost)
    row = " | ".join(text for text in texts if text) or "(empty)"
    return (
        f"worksheet {title!r}: chatsync's column(s) {names} cannot be found "
        f"(row 1 reads: {row}); nothing was written. Undo the deletion (Edit → Undo, or "
        f"File → Version history), or add a column headed {headers[lost[0]]!r} with its "
        "values back, then run `chatsync sheet repair`"
    )


def tagged_columns(matches: Sequence[Mapping[str, object]], sheet_id: int) -> dict[str, list[int]]:
    """``developerMetadata:search`` matches → column indexes of each key's tag on one sheet."""
    out: dict[str, list[int]] = {}
    for match in matches:
        meta = match.get("developerMetadata", match)
        if not isinstance(meta, Mapping) or meta.get("metadataKey") != METADATA_KEY:
            continue
        location = meta.get("location")
        rng = location.get("dimensionRange") if isinstance(location, Mapping) else None
        if not isinstance(rng, Mapping) or rng.get("dimension") != "COLUMNS":
            continue
        if int(str(rng.get("sheetId", 0))) != sheet_id:
            continue
        key = str(meta.get("metadataValue", ""))
        if key in COLUMNS:
            out.setdefault(key, []).append(int(str(rng.get("startIndex", 0))))
    return out


def tag_request(sheet_id: int, key: str, column: int) -> dict[str, object]:
    """The batchUpdate request that tags ``column`` as chatsync's ``key`` column.

    DOCUMENT visibility: another instance (another Cloud project) finds it too.
    """
    return {
        "createDeveloperMetadata": {
            "developerMetadata": {
                "metadataKey": METADATA_KEY,
                "metadataValue": key,
                "location": {
                    "dimensionRange": {
                        "sheetId": sheet_id,
                        "dimension": "COLUMNS",
                        "startIndex": column,
                        "endIndex": column + 1,
                    }
                },
                "visibility": "DOCUMENT",
            }
        }
    }
