"""Finding chatsync's columns by identity (pure): tags first, header text second."""

from __future__ import annotations

from chatsync.sheet.columns import METADATA_KEY, resolve_columns, tag_request, tagged_columns
from chatsync.sheet.format import format_requests, is_ours, late_formula
from chatsync.sheet.rows import COLUMNS, DEFAULT_HEADERS, DEFAULT_WORDS, StatusWords

HEADER = [DEFAULT_HEADERS[k] for k in COLUMNS]
ALL = {key: [i] for i, key in enumerate(COLUMNS)}


def resolve(header: list[str], tagged: dict[str, list[int]], **kw: object):  # type: ignore[no-untyped-def]
    return resolve_columns(header, tagged, DEFAULT_HEADERS, title="タスク", **kw)  # type: ignore[arg-type]


def test_tagged_columns_hold_whatever_people_call_them() -> None:
    header = ["ID", "状態", "件名", *HEADER[3:]]
    found = resolve(header, ALL)
    assert found.positions == {key: i for i, key in enumerate(COLUMNS)}
    assert found.problem is None and not found.adopt and not found.add


def test_a_sheet_from_before_tags_is_adopted_by_header_text_and_gets_the_new_column() -> None:
    found = resolve(HEADER[:11], {})
    assert found.adopt == {key: i for i, key in enumerate(COLUMNS[:11])}
    assert found.add == ("review",)


def test_a_deleted_optional_column_is_gone_not_re_added() -> None:
    header = [h for h in HEADER if h != "依頼者"]
    tagged = {k: [header.index(DEFAULT_HEADERS[k])] for k in COLUMNS if k != "requester"}
    found = resolve(header, tagged, seen_before=COLUMNS)
    assert found.gone == ("requester",) and found.problem is None
    assert resolve(header, tagged, seen_before=COLUMNS, repair=True).add == ("requester",)


def test_a_lost_id_column_is_a_problem_that_says_what_row_1_reads() -> None:
    tagged = {k: [v[0] - 1] for k, v in ALL.items() if k != "id"}
    found = resolve(HEADER[1:], tagged)
    assert found.problem is not None
    assert "'ID' cannot be found" in found.problem and "ステータス | タスク" in found.problem
    assert "nothing was written" in found.problem


def test_a_column_tagged_twice_uses_the_first_and_says_so() -> None:
    found = resolve(HEADER, {**ALL, "title": [5, 2]})
    assert found.positions["title"] == 2 and "tagged 2 times" in found.notes[0]


def test_tags_of_other_worksheets_are_ignored() -> None:
    mine = tag_request(7, "title", 2)["createDeveloperMetadata"]
    other = tag_request(8, "due", 4)["createDeveloperMetadata"]
    matches = [{"developerMetadata": m["developerMetadata"]} for m in (mine, other)]  # type: ignore[index]
    assert tagged_columns(matches, 7) == {"title": [2]}
    assert mine["developerMetadata"]["metadataKey"] == METADATA_KEY  # type: ignore[index]


def test_the_late_rule_uses_the_teams_words_and_the_columns_where_they_are() -> None:
    words = StatusWords(done=("出荷済",), cancelled=("ボツ",))
    formula = late_formula("C", "A", words)
    assert '"出荷済"' in formula and '"ボツ"' in formula and "$A2" in formula and "$C2" in formula
    requests = format_requests(1, {"status": 2, "due": 0, "title": 1}, DEFAULT_WORDS, 3)
    rules = [
        r["addConditionalFormatRule"]["rule"] for r in requests if "addConditionalFormatRule" in r
    ]
    assert len(rules) == 3 and all(is_ours(rule) for rule in rules)
    validation = next(r["setDataValidation"] for r in requests if "setDataValidation" in r)
    assert validation["rule"]["strict"] is False
    assert not is_ours({"booleanRule": {"format": {"backgroundColor": {"red": 0.1}}}})
