"""The Sheets emulator's own behaviour: wire details, A1 quirks, limits, control API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
import requests

from chatsync.emulators.sheets import (
    DEFAULT_CLIENT_EMAIL,
    GridRange,
    SheetsEmulator,
    parse_cells,
    parse_field_mask,
    quote_sheet_title,
    split_sheet_name,
)


@pytest.fixture
def emu() -> Iterator[SheetsEmulator]:
    with SheetsEmulator() as emulator:
        yield emulator


class Api:
    """A bare HTTP client that speaks to the emulator as gspread does (raw encoded paths)."""

    def __init__(self, emu: SheetsEmulator, sid: str, client_email: str | None = None) -> None:
        info = emu.issue_key(client_email) if client_email else emu.issue_key()
        emu.share(sid, info["client_email"])
        self.base = f"{emu.base_url}/v4/spreadsheets/{sid}"
        self.http = requests.Session()
        self.token = self._token(emu, info)
        self.http.headers["authorization"] = f"Bearer {self.token}"

    @staticmethod
    def _token(emu: SheetsEmulator, info: dict[str, str]) -> str:
        import google.auth.transport.requests
        from google.oauth2 import service_account

        creds = service_account.Credentials.from_service_account_info(
            info, scopes=["https://www.googleapis.com/auth/spreadsheets"]
        )
        creds.refresh(google.auth.transport.requests.Request())
        return str(creds.token)

    def call(self, method: str, suffix: str, body: Any = None, **params: Any) -> requests.Response:
        return self.http.request(method, self.base + suffix, json=body, params=params or None)

    def get(self, rng: str, **params: Any) -> Any:
        return self.call("GET", "/values/" + quote(rng, safe=""), **params).json()

    def put(self, rng: str, values: Any, option: str = "RAW") -> requests.Response:
        return self.call(
            "PUT", "/values/" + quote(rng, safe=""), {"values": values}, valueInputOption=option
        )


@pytest.fixture
def sid(emu: SheetsEmulator) -> str:
    return emu.create_spreadsheet("t", ["Sheet1", "Chat Log", "It's", "D3"], shared_with=[])


@pytest.fixture
def api(emu: SheetsEmulator, sid: str) -> Api:
    return Api(emu, sid)


# ----------------------------------------------------------------- A1 notation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A1", GridRange(0, 0, 1, 1)),
        ("B3:A1", GridRange(0, 0, 3, 2)),
        ("A:K", GridRange(0, 0, None, 11)),
        ("A2:C", GridRange(1, 0, None, 3)),
        ("2:2", GridRange(1, 0, 2, None)),
        ("A1:1", GridRange(0, 0, 1, None)),
        ("AA10", GridRange(9, 26, 10, 27)),
    ],
)
def test_parse_cells(text: str, expected: GridRange) -> None:
    assert parse_cells(text) == expected


def test_sheet_names_quote_like_google() -> None:
    assert split_sheet_name("'It''s'!A1") == ("It's", "A1")
    assert split_sheet_name("'Chat Log'") == ("Chat Log", None)
    assert split_sheet_name("Sheet1!A:B") == ("Sheet1", "A:B")
    assert split_sheet_name("A1:B2") == (None, "A1:B2")
    assert [quote_sheet_title(t) for t in ("Sheet1", "D3", "Chat Log", "It's", "タスク")] == [
        "Sheet1",
        "'D3'",
        "'Chat Log'",
        "'It''s'",
        "'タスク'",
    ]


def test_field_masks_in_every_spelling() -> None:
    assert parse_field_mask("gridProperties/frozenRowCount,title") == [
        ["gridProperties", "frozenRowCount"],
        ["title"],
    ]
    assert parse_field_mask("userEnteredFormat(textFormat.bold,backgroundColor)") == [
        ["userEnteredFormat", "textFormat", "bold"],
        ["userEnteredFormat", "backgroundColor"],
    ]


def test_quoted_and_encoded_ranges_round_trip(api: Api) -> None:
    assert api.put("'It''s'!B2", [["x"]]).json()["updatedRange"] == "'It''s'!B2"
    assert api.get("'It''s'") == {
        "range": "'It''s'!A1:Z1000",
        "majorDimension": "ROWS",
        "values": [[], ["", "x"]],
    }
    assert api.put("'Chat Log'!A1", [["日本語"]]).status_code == 200
    assert api.get("'Chat Log'!A:K")["range"] == "'Chat Log'!A1:K1000"
    assert api.get("'D3'!A1:1")["range"] == "'D3'!A1:Z1"
    assert api.get("A1:B2")["range"] == "Sheet1!A1:B2"  # bare cells: the first sheet
    assert api.get("Nope!A1") == {
        "error": {
            "code": 400,
            "message": "Unable to parse range: Nope!A1",
            "status": "INVALID_ARGUMENT",
        }
    }


def test_reads_trim_and_transpose(api: Api) -> None:
    api.put("Sheet1!A1", [["a", "", "c", ""], [], ["", "f"]])
    assert api.get("Sheet1")["values"] == [["a", "", "c"], [], ["", "f"]]
    assert api.get("Sheet1", majorDimension="COLUMNS")["values"] == [["a"], ["", "", "f"], ["c"]]
    assert "values" not in api.get("Sheet1!D5:E9")


def test_value_input_and_render_options(api: Api) -> None:
    row = ["=1/4", "2,000.5", "2020-01-01", "TRUE", "'007", "plain", 3]
    api.put("Sheet1!A1", [row], option="USER_ENTERED")
    api.put("Sheet1!A2", [row], option="RAW")
    assert api.get("Sheet1")["values"] == [
        ["0.25", "2,000.5", "2020-01-01", "TRUE", "007", "plain", "3"],
        ["=1/4", "2,000.5", "2020-01-01", "TRUE", "'007", "plain", "3"],
    ]
    assert api.get("Sheet1!A1:G1", valueRenderOption="UNFORMATTED_VALUE")["values"] == [
        [0.25, 2000.5, 43831, True, "007", "plain", 3]
    ]
    assert api.get("Sheet1!A1:A2", valueRenderOption="FORMULA")["values"] == [["=1/4"], ["=1/4"]]


def test_missing_value_input_option_and_grid_limits(api: Api) -> None:
    missing = api.call("PUT", "/values/" + quote("Sheet1!A1", safe=""), {"values": [["x"]]})
    assert missing.status_code == 400
    assert "'valueInputOption' is required" in missing.json()["error"]["message"]
    outside = api.put("Sheet1!AA1", [["x"]])
    assert outside.status_code == 400
    assert "exceeds grid limits. Max rows: 1000, max columns: 26" in outside.text
    too_many = api.put("Sheet1!A1:B1", [["1", "2", "3"]])
    assert "Requested writing within range" in too_many.json()["error"]["message"]


def test_fifty_thousand_character_limit(api: Api) -> None:
    assert api.put("Sheet1!A1", [["x" * 50_000]]).status_code == 200
    too_long = api.call(
        "POST",
        "/values:batchUpdate",
        {"valueInputOption": "RAW", "data": [{"range": "Sheet1!A2", "values": [["x" * 50_001]]}]},
    )
    assert too_long.status_code == 400
    assert too_long.json()["error"] == {
        "code": 400,
        "message": "Invalid data[0]: Your input contains more than the maximum of 50000 "
        "characters in a single cell.",
        "status": "INVALID_ARGUMENT",
    }


def test_values_batch_update_is_atomic(api: Api, emu: SheetsEmulator, sid: str) -> None:
    body = {
        "valueInputOption": "RAW",
        "data": [
            {"range": "Sheet1!A1", "values": [["kept out"]]},
            {"range": "Sheet1!AA1", "values": [["outside"]]},
        ],
    }
    assert api.call("POST", "/values:batchUpdate", body).status_code == 400
    assert emu.values(sid, "Sheet1") == []


def test_append_table_detection_matches_recordings(api: Api) -> None:
    sheet = "'Chat Log'"
    first = api.call(
        "POST",
        f"/values/{quote(sheet, safe='')}:append",
        {"values": [["x", "", "z"]]},
        valueInputOption="RAW",
    ).json()
    assert "tableRange" not in first
    assert first["updates"]["updatedRange"] == "'Chat Log'!A1:C1"
    second = api.call(
        "POST",
        f"/values/{quote(sheet, safe='')}:append",
        {"values": [["x", "", "z"]]},
        valueInputOption="RAW",
    ).json()
    assert second["tableRange"] == "'Chat Log'!C1"
    assert second["updates"]["updatedRange"] == "'Chat Log'!C2:E2"
    anchored = api.call(
        "POST",
        f"/values/{quote(sheet + '!A1', safe='')}:append",
        {"values": [["y"]]},
        valueInputOption="RAW",
        insertDataOption="INSERT_ROWS",
    ).json()
    assert anchored["tableRange"] == "'Chat Log'!A1"
    assert anchored["updates"]["updatedRange"] == "'Chat Log'!A2"


def test_spreadsheet_batch_update_formats_and_metadata(
    api: Api, emu: SheetsEmulator, sid: str
) -> None:
    rule = {
        "ranges": [{"sheetId": 0, "startRowIndex": 1, "startColumnIndex": 0, "endColumnIndex": 11}],
        "booleanRule": {
            "condition": {
                "type": "CUSTOM_FORMULA",
                "values": [{"userEnteredValue": "=$E2<TODAY()"}],
            },
            "format": {"backgroundColor": {"red": 1}},
        },
    }
    body = {
        "requests": [
            {"addSheet": {"properties": {"title": "タスク", "gridProperties": {"rowCount": 5}}}},
            {
                "updateSheetProperties": {
                    "properties": {"sheetId": 0, "gridProperties": {"frozenRowCount": 1}},
                    "fields": "gridProperties.frozenRowCount",
                }
            },
            {
                "repeatCell": {
                    "range": {"sheetId": 0, "startRowIndex": 0, "endRowIndex": 1},
                    "cell": {"userEnteredFormat": {"textFormat": {"bold": True}}},
                    "fields": "userEnteredFormat.textFormat.bold",
                }
            },
            {"addConditionalFormatRule": {"rule": rule, "index": 0}},
        ]
    }
    reply = api.call("POST", ":batchUpdate", body).json()
    added = reply["replies"][0]["addSheet"]["properties"]
    assert added["title"] == "タスク" and added["index"] == 4 and added["sheetId"] > 0
    assert reply["replies"][1:] == [{}, {}, {}]
    meta = api.call("GET", "", includeGridData="false").json()
    first = meta["sheets"][0]
    assert first["properties"]["gridProperties"] == {
        "rowCount": 1000,
        "columnCount": 26,
        "frozenRowCount": 1,
    }
    assert first["conditionalFormats"] == [rule]
    assert emu.cell_format(sid, "Sheet1", "K1") == {
        "userEnteredFormat": {"textFormat": {"bold": True}}
    }
    assert [list(r) for r in emu.format_requests(sid)] == [
        ["repeatCell"],
        ["addConditionalFormatRule"],
    ]
    filtered = api.call("GET", "", fields="sheets.properties.title").json()
    assert filtered == {
        "sheets": [
            {"properties": {"title": t}} for t in ["Sheet1", "Chat Log", "It's", "D3", "タスク"]
        ]
    }


def test_spreadsheet_batch_update_is_atomic_and_rejects_unknown_kinds(
    api: Api, emu: SheetsEmulator, sid: str
) -> None:
    body = {
        "requests": [
            {"addSheet": {"properties": {"title": "new"}}},
            {"frobnicate": {}},
        ]
    }
    answer = api.call("POST", ":batchUpdate", body)
    assert answer.status_code == 400
    assert "requests[1]" in answer.json()["error"]["message"]
    assert "new" not in [s["properties"]["title"] for s in api.call("GET", "").json()["sheets"]]


def test_auth_not_found_and_permission(emu: SheetsEmulator, api: Api, sid: str) -> None:
    bare = requests.get(f"{emu.base_url}/v4/spreadsheets/{sid}", timeout=5)
    assert bare.status_code == 401
    assert bare.json()["error"]["status"] == "UNAUTHENTICATED"
    missing = api.http.get(f"{emu.base_url}/v4/spreadsheets/unknown", timeout=5)
    assert missing.json() == {
        "error": {"code": 404, "message": "Requested entity was not found.", "status": "NOT_FOUND"}
    }
    emu.unshare(sid, DEFAULT_CLIENT_EMAIL)
    denied = api.call("GET", "")
    assert denied.json()["error"] == {
        "code": 403,
        "message": "The caller does not have permission",
        "status": "PERMISSION_DENIED",
    }


def test_token_endpoint_rejects_bad_grants(emu: SheetsEmulator) -> None:
    wrong_grant = requests.post(emu.token_uri, data={"grant_type": "password"}, timeout=5)
    assert wrong_grant.status_code == 400
    assert wrong_grant.json()["error"] == "unsupported_grant_type"
    garbage = requests.post(
        emu.token_uri,
        data={"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": "a.b.c"},
        timeout=5,
    )
    assert garbage.json()["error"] == "invalid_grant"


def test_person_edits(emu: SheetsEmulator, sid: str) -> None:
    for row in (["ID", "期限"], ["b", "2024-05-02"], ["a", "2024-05-01"], ["c", ""]):
        emu.append_row(sid, "Sheet1", row)
    emu.sort_rows(sid, "Sheet1", "B")
    assert emu.values(sid, "Sheet1") == [
        ["ID", "期限"],
        ["a", "2024-05-01"],
        ["b", "2024-05-02"],
        ["c"],
    ]
    emu.insert_row(sid, "Sheet1", 2, ["x", "来週?"])
    emu.delete_row(sid, "Sheet1", 3)
    emu.set_cell(sid, "Sheet1", "B4", '=HYPERLINK("u","l")')
    assert emu.values(sid, "Sheet1") == [
        ["ID", "期限"],
        ["x", "来週?"],
        ["b", "2024-05-02"],
        ["c", "l"],
    ]
    assert emu.formula_cells(sid) == [["Sheet1", "B4", '=HYPERLINK("u","l")']]
    emu.rename_sheet(sid, "Sheet1", "renamed")
    assert emu.sheet_properties(sid, "renamed")["gridProperties"]["rowCount"] == 1000


def test_control_api_over_http(emu: SheetsEmulator) -> None:
    def control(name: str, **kwargs: Any) -> Any:
        answer = requests.post(f"{emu.control_url}/{name}", data=json.dumps(kwargs), timeout=5)
        assert answer.status_code == 200, answer.text
        return answer.json()["result"]

    sid = control("create_spreadsheet", title="demo", sheets=["タスク"], spreadsheet_id="demo-1")
    assert sid == "demo-1"
    control("append_row", spreadsheet_id=sid, sheet="タスク", values=["ID", "タスク"])
    assert control("values", spreadsheet_id=sid, sheet="タスク") == [["ID", "タスク"]]
    control("inject_fault", kind="503", count=2, only="write")
    assert control("calls") == 0
    unknown = requests.post(f"{emu.control_url}/stop", timeout=5)
    assert unknown.status_code == 404
