"""Developer metadata, moveDimension and protected ranges in the Sheets emulator, over HTTP
as any client sees them (the shapes of Google's API reference)."""

from __future__ import annotations

from typing import Any

import pytest

from chatsync.emulators.sheets import SheetsEmulator
from tests.emulators.test_sheets_emulator import Api, emu  # noqa: F401 - fixture


@pytest.fixture
def book(emu: SheetsEmulator) -> tuple[str, int]:  # noqa: F811
    sid = emu.create_spreadsheet("t", ["タスク"], shared_with=[])
    sheet_id = int(emu.sheet_properties(sid, "タスク")["sheetId"])
    return sid, sheet_id


@pytest.fixture
def api(emu: SheetsEmulator, book: tuple[str, int]) -> Api:  # noqa: F811
    return Api(emu, book[0])


def column_meta(sheet_id: int, col: int, key: str, value: str, **extra: Any) -> dict[str, Any]:
    return {
        "createDeveloperMetadata": {
            "developerMetadata": {
                "metadataKey": key,
                "metadataValue": value,
                "location": {
                    "dimensionRange": {
                        "sheetId": sheet_id,
                        "dimension": "COLUMNS",
                        "startIndex": col,
                        "endIndex": col + 1,
                    }
                },
                "visibility": "DOCUMENT",
                **extra,
            }
        }
    }


def search(api: Api, **lookup: Any) -> list[dict[str, Any]]:
    answer = api.call(
        "POST", "/developerMetadata:search", {"dataFilters": [{"developerMetadataLookup": lookup}]}
    )
    assert answer.status_code == 200, answer.text
    return [m["developerMetadata"] for m in answer.json().get("matchedDeveloperMetadata", [])]


def columns_of(api: Api, key: str = "app.column") -> dict[str, int]:
    return {
        m["metadataValue"]: m["location"]["dimensionRange"]["startIndex"]
        for m in search(api, metadataKey=key)
    }


def test_create_returns_the_resource_and_search_finds_it(api: Api, book: tuple[str, int]) -> None:
    _, sheet_id = book
    reply = api.call(
        "POST", ":batchUpdate", {"requests": [column_meta(sheet_id, 2, "app.column", "title")]}
    )
    assert reply.status_code == 200, reply.text
    created = reply.json()["replies"][0]["createDeveloperMetadata"]["developerMetadata"]
    assert created["metadataId"] > 0
    assert created["location"] == {
        "locationType": "COLUMN",
        "dimensionRange": {
            "sheetId": sheet_id,
            "dimension": "COLUMNS",
            "startIndex": 2,
            "endIndex": 3,
        },
    }
    assert search(api, metadataKey="app.column") == [created]
    assert search(api, metadataKey="other") == []
    got = api.call("GET", f"/developerMetadata/{created['metadataId']}")
    assert got.status_code == 200 and got.json() == created
    assert api.call("GET", "/developerMetadata/999999").status_code == 404


def test_metadata_follows_columns_people_insert_move_and_delete(
    emu: SheetsEmulator,  # noqa: F811
    api: Api,
    book: tuple[str, int],
) -> None:
    sid, sheet_id = book
    requests = [column_meta(sheet_id, i, "app.column", key) for i, key in enumerate("abcd")]
    assert api.call("POST", ":batchUpdate", {"requests": requests}).status_code == 200
    api.put("タスク!A1:D1", [["A", "B", "C", "D"]])

    emu.insert_columns(sid, "タスク", "B")  # a person inserts a column before B
    assert columns_of(api) == {"a": 0, "b": 2, "c": 3, "d": 4}
    emu.move_columns(sid, "タスク", "E", "A")  # drags d to the front
    assert columns_of(api) == {"d": 0, "a": 1, "b": 3, "c": 4}
    assert emu.values(sid, "タスク")[0] == ["D", "A", "", "B", "C"]
    emu.delete_columns(sid, "タスク", "D")  # deletes b: its metadata goes with it
    assert columns_of(api) == {"d": 0, "a": 1, "c": 3}


def test_move_dimension_counts_the_destination_before_the_move(
    emu: SheetsEmulator,  # noqa: F811
    api: Api,
    book: tuple[str, int],
) -> None:
    sid, sheet_id = book
    api.put("タスク!A1:D1", [["a", "b", "c", "d"]])
    body = {
        "requests": [
            {
                "moveDimension": {
                    "source": {
                        "sheetId": sheet_id,
                        "dimension": "COLUMNS",
                        "startIndex": 0,
                        "endIndex": 1,
                    },
                    "destinationIndex": 3,
                }
            }
        ]
    }
    assert api.call("POST", ":batchUpdate", body).status_code == 200
    assert emu.values(sid, "タスク")[0] == ["b", "c", "a", "d"]


def test_metadata_must_name_a_key_a_visibility_and_one_column(
    api: Api, book: tuple[str, int]
) -> None:
    _, sheet_id = book
    no_visibility = column_meta(sheet_id, 0, "k", "v")
    del no_visibility["createDeveloperMetadata"]["developerMetadata"]["visibility"]
    wide = column_meta(sheet_id, 0, "k", "v")
    wide["createDeveloperMetadata"]["developerMetadata"]["location"]["dimensionRange"][
        "endIndex"
    ] = 3
    for request in (no_visibility, wide, column_meta(sheet_id, 99, "k", "v")):
        answer = api.call("POST", ":batchUpdate", {"requests": [request]})
        assert answer.status_code == 400
        assert answer.json()["error"]["status"] == "INVALID_ARGUMENT"
    assert search(api, metadataKey="k") == []  # nothing half-created


def test_project_metadata_is_hidden_from_other_projects(
    emu: SheetsEmulator,  # noqa: F811
    api: Api,
    book: tuple[str, int],
) -> None:
    sid, sheet_id = book
    mine = column_meta(sheet_id, 0, "k", "mine", visibility="PROJECT")
    assert api.call("POST", ":batchUpdate", {"requests": [mine]}).status_code == 200
    assert len(search(api, metadataKey="k")) == 1
    other = Api(emu, sid, "bot@other-project.iam.gserviceaccount.com")
    assert search(other, metadataKey="k") == []


def test_search_by_location_and_by_range(api: Api, book: tuple[str, int]) -> None:
    _, sheet_id = book
    requests = [column_meta(sheet_id, i, "k", str(i)) for i in range(3)]
    assert api.call("POST", ":batchUpdate", {"requests": requests}).status_code == 200
    on_sheet = search(
        api,
        metadataLocation={"sheetId": sheet_id},
        locationMatchingStrategy="INTERSECTING_LOCATION",
    )
    assert len(on_sheet) == 3
    assert search(api, metadataLocation={"sheetId": sheet_id}) == []  # exact: none on the sheet
    exact = search(
        api,
        metadataLocation={
            "dimensionRange": {
                "sheetId": sheet_id,
                "dimension": "COLUMNS",
                "startIndex": 1,
                "endIndex": 2,
            }
        },
    )
    assert [m["metadataValue"] for m in exact] == ["1"]
    answer = api.call(
        "POST", "/developerMetadata:search", {"dataFilters": [{"a1Range": "タスク!B:C"}]}
    )
    assert sorted(
        m["developerMetadata"]["metadataValue"] for m in answer.json()["matchedDeveloperMetadata"]
    ) == ["1", "2"]


def test_a_protected_header_refuses_the_service_account_with_googles_error(
    emu: SheetsEmulator,  # noqa: F811
    api: Api,
    book: tuple[str, int],
) -> None:
    sid, _ = book
    emu.protect_range(sid, "タスク", "1:1")
    refused = api.put("タスク!A1", [["x"]])
    assert refused.status_code == 400
    assert "protected cell or object" in refused.json()["error"]["message"]
    assert api.put("タスク!A2", [["x"]]).status_code == 200
    emu.insert_row(sid, "タスク", 1)  # the protection moves down with the header
    assert api.put("タスク!A1", [["y"]]).status_code == 200
    assert api.put("タスク!A2", [["y"]]).status_code == 400
    warned = emu.protect_range(sid, "タスク", "C:C", warning_only=True)
    assert warned > 0 and api.put("タスク!C5", [["ok"]]).status_code == 200


def test_date_formatted_numbers_read_back_as_google_renders_them(
    emu: SheetsEmulator,  # noqa: F811
    api: Api,
    book: tuple[str, int],
) -> None:
    _, sheet_id = book
    assert api.put("タスク!A1:B1", [[46394.75, 46394]]).status_code == 200  # 2027-01-07 18:00
    body = {
        "requests": [
            {
                "repeatCell": {
                    "range": {"sheetId": sheet_id, "startColumnIndex": 0, "endColumnIndex": 1},
                    "cell": {
                        "userEnteredFormat": {
                            "numberFormat": {"type": "DATE_TIME", "pattern": "yyyy-mm-dd hh:mm"}
                        }
                    },
                    "fields": "userEnteredFormat.numberFormat",
                }
            }
        ]
    }
    assert api.call("POST", ":batchUpdate", body).status_code == 200
    shown = api.get("タスク!A1:B1")["values"][0]
    assert shown == ["2027-01-07 18:00", "46394"]
    raw = api.get("タスク!A1", valueRenderOption="UNFORMATTED_VALUE")["values"][0]
    assert raw == [46394.75]
    text = api.get(
        "タスク!A1", valueRenderOption="UNFORMATTED_VALUE", dateTimeRenderOption="FORMATTED_STRING"
    )["values"][0]
    assert text == ["2027-01-07 18:00"]


def test_a_strict_dropdown_refuses_other_values_and_a_loose_one_takes_them(
    api: Api, book: tuple[str, int]
) -> None:
    _, sheet_id = book

    def dropdown(col: int, strict: bool) -> dict[str, Any]:
        return {
            "setDataValidation": {
                "range": {"sheetId": sheet_id, "startColumnIndex": col, "endColumnIndex": col + 1},
                "rule": {
                    "condition": {
                        "type": "ONE_OF_LIST",
                        "values": [{"userEnteredValue": "未完了"}, {"userEnteredValue": "完了"}],
                    },
                    "strict": strict,
                },
            }
        }

    body = {"requests": [dropdown(0, True), dropdown(1, False)]}
    assert api.call("POST", ":batchUpdate", body).status_code == 200
    assert api.put("タスク!A2", [["完了"]]).status_code == 200
    refused = api.put("タスク!A3", [["済み"]])
    assert refused.status_code == 400 and "data validation" in refused.json()["error"]["message"]
    assert api.put("タスク!B3", [["済み"]]).status_code == 200


def test_a_conditional_format_formula_is_syntax_checked(api: Api, book: tuple[str, int]) -> None:
    _, sheet_id = book

    def rule(formula: str) -> dict[str, Any]:
        return {
            "addConditionalFormatRule": {
                "rule": {
                    "ranges": [{"sheetId": sheet_id, "startRowIndex": 1}],
                    "booleanRule": {
                        "condition": {
                            "type": "CUSTOM_FORMULA",
                            "values": [{"userEnteredValue": formula}],
                        },
                        "format": {"backgroundColor": {"red": 1}},
                    },
                }
            }
        }

    for bad in ('AND($A2<>"")', '=AND($A2<>""', '=AND($A2<>"x)'):
        answer = api.call("POST", ":batchUpdate", {"requests": [rule(bad)]})
        assert answer.status_code == 400, bad
        assert "Invalid ConditionalFormatRule" in answer.json()["error"]["message"]
    ok = api.call("POST", ":batchUpdate", {"requests": [rule('=AND($A2<>"",$B2="(")')]})
    assert ok.status_code == 200
