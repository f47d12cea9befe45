"""Replay real recorded gspread ↔ Google exchanges against the Sheets emulator.

The cassettes (``shared/fixtures/gspread-cassettes``, gspread's own VCR recordings of the live
API) are read from the repo's sibling ``shared`` directory and never copied into the project.
Each recording session starts with a Drive "create spreadsheet" call; the harness creates that
spreadsheet in the emulator under the recorded id and title, then sends every recorded Sheets
request verbatim (raw path and query, body) and compares status and JSON with the recording.
Drive calls are skipped (chatsync does not use Drive). Two adjustments, both documented below:
a recorded ``addSheet`` gets the recorded ``sheetId`` pinned in its request (Google picks it at
random; later requests refer to it), and a spreadsheet the recording could not open (403) is
created unshared.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from chatsync.emulators.sheets import SheetsEmulator

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CASSETTES = SHARED / "fixtures" / "gspread-cassettes"

# Cassettes whose Sheets calls are the ones chatsync (and its writer) relies on: metadata,
# values get/batchGet/update/batchUpdate/append/clear/batchClear, addSheet/deleteSheet,
# sheet properties (title, frozen rows, size, index, hidden), insert/delete rows, sort.
RELEVANT = [
    "CellTest.test_a1_value",
    "CellTest.test_equality",
    "CellTest.test_numeric_value",
    "CellTest.test_properties",
    "ClientTest.test_access_non_existing_spreadsheet",
    "ClientTest.test_access_private_spreadsheet",
    "ClientTest.test_open_by_key_has_metadata",
    "SpreadsheetTest.test_add_del_worksheet",
    "SpreadsheetTest.test_get_worksheet",
    "SpreadsheetTest.test_properties",
    "SpreadsheetTest.test_sheet1",
    "SpreadsheetTest.test_timezone_and_locale",
    "SpreadsheetTest.test_update_title",
    "SpreadsheetTest.test_values_batch_get",
    "SpreadsheetTest.test_values_get",
    "SpreadsheetTest.test_worksheets",
    "SpreadsheetTest.test_worksheets_exclude_hidden",
    "WorksheetTest.test_acell",
    "WorksheetTest.test_append_row",
    "WorksheetTest.test_append_row_with_empty_value",
    "WorksheetTest.test_append_row_with_empty_value_and_table_range",
    "WorksheetTest.test_batch_clear",
    "WorksheetTest.test_batch_get",
    "WorksheetTest.test_batch_update",
    "WorksheetTest.test_cell",
    "WorksheetTest.test_clear",
    "WorksheetTest.test_delete_row",
    "WorksheetTest.test_find",
    "WorksheetTest.test_findall",
    "WorksheetTest.test_format",
    "WorksheetTest.test_freeze",
    "WorksheetTest.test_get_all_records",
    "WorksheetTest.test_get_all_records_value_render_options",
    "WorksheetTest.test_get_all_values",
    "WorksheetTest.test_get_all_values_date_time_render_options",
    "WorksheetTest.test_get_all_values_title_is_a1_notation",
    "WorksheetTest.test_get_returns_ValueRange_with_metadata",
    "WorksheetTest.test_get_values_and_maintain_size",
    "WorksheetTest.test_insert_row",
    "WorksheetTest.test_range_get_all_values",
    "WorksheetTest.test_reorder_worksheets",
    "WorksheetTest.test_resize",
    "WorksheetTest.test_sort",
    "WorksheetTest.test_update_acell",
    "WorksheetTest.test_update_and_get",
    "WorksheetTest.test_update_cell",
    "WorksheetTest.test_update_cell_multiline",
    "WorksheetTest.test_update_cell_unicode",
    "WorksheetTest.test_update_cells",
    "WorksheetTest.test_update_cells_noncontiguous",
    "WorksheetTest.test_update_cells_unicode",
    "WorksheetTest.test_update_title",
    "WorksheetTest.test_worksheet_update_index",
]

CLIENT_EMAIL = "gspread-test@demo-project.iam.gserviceaccount.com"


def _token(emulator: SheetsEmulator) -> str:
    """Get an access token the way google-auth does, through the emulator's token endpoint."""
    import google.auth.transport.requests
    from google.oauth2 import service_account

    info = emulator.issue_key(CLIENT_EMAIL)
    creds = service_account.Credentials.from_service_account_info(
        info, scopes=["https://www.googleapis.com/auth/spreadsheets"]
    )
    creds.refresh(google.auth.transport.requests.Request())
    return str(creds.token)


def _sessions(cassette: Path) -> list[list[dict[str, Any]]]:
    interactions = json.loads(cassette.read_text(encoding="utf-8"))["interactions"]
    sessions: list[list[dict[str, Any]]] = []
    for it in interactions:
        req = it["request"]
        is_create = req["method"] == "POST" and urlsplit(req["uri"]).path == "/drive/v3/files"
        if is_create or not sessions:
            sessions.append([])
        sessions[-1].append(it)
    return sessions


def _json(text: str | None) -> Any:
    try:
        return json.loads(text) if text else None
    except ValueError:  # Drive exports (CSV, PDF) are not JSON
        return text


def _compare(where: str, recorded: Any, got: Any, problems: list[str]) -> None:
    if recorded != got:
        problems.append(
            f"{where}:\n  recorded {json.dumps(recorded, ensure_ascii=False)[:600]}"
            f"\n  emulator {json.dumps(got, ensure_ascii=False)[:600]}"
        )


def _metadata_view(body: Any) -> Any:
    """The parts of spreadsheets.get gspread reads (theme and default format are cosmetic)."""
    if not isinstance(body, dict) or "properties" not in body:
        return body
    props = body["properties"]
    return {
        "spreadsheetId": body.get("spreadsheetId"),
        "properties": {k: props.get(k) for k in ("title", "locale", "autoRecalc", "timeZone")},
        "sheets": [s.get("properties") for s in body.get("sheets", [])],
        "spreadsheetUrl": body.get("spreadsheetUrl"),
    }


def replay(cassette: Path, emulator: SheetsEmulator, token: str) -> list[str]:
    """Replay every session of a cassette; returns the differences found."""
    problems: list[str] = []
    base = emulator.base_url
    http = requests.Session()
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    for session in _sessions(cassette):
        known: set[str] = set()
        for n, it in enumerate(session):
            req, resp = it["request"], it["response"]
            url = urlsplit(req["uri"])
            recorded_body = _json(resp["body"]["string"])
            if url.netloc == "www.googleapis.com":
                if req["method"] == "POST" and url.path == "/drive/v3/files":
                    created = recorded_body
                    emulator.create_spreadsheet(
                        created["name"], spreadsheet_id=created["id"], shared_with=[CLIENT_EMAIL]
                    )
                    known.add(created["id"])
                continue
            sid = url.path.split("/")[3].split(":")[0]
            if sid not in known and sid not in emulator.spreadsheet_ids():
                if resp["status"]["code"] == 403:
                    emulator.create_spreadsheet("private", spreadsheet_id=sid, shared_with=[])
                known.add(sid)
            body = req["body"]
            if body and '"addSheet"' in body:
                # Google picks sheetIds at random; pin the recorded one so later requests match.
                parsed = json.loads(body)
                replies = recorded_body.get("replies", []) if recorded_body else []
                for sub, reply in zip(parsed["requests"], replies, strict=False):
                    if "addSheet" in sub and "addSheet" in reply:
                        sub["addSheet"].setdefault("properties", {})["sheetId"] = reply["addSheet"][
                            "properties"
                        ]["sheetId"]
                body = json.dumps(parsed)
            target = f"{base}{url.path}" + (f"?{url.query}" if url.query else "")
            got = http.request(
                req["method"], target, data=body.encode() if body else None, headers=headers
            )
            where = f"{cassette.stem} #{n} {req['method']} {url.path[-60:]}?{url.query[:80]}"
            if got.status_code != resp["status"]["code"]:
                problems.append(
                    f"{where}: status {got.status_code} != recorded {resp['status']['code']}"
                    f" ({got.text[:300]})"
                )
                continue
            got_body = got.json() if got.content else None
            if resp["status"]["code"] >= 400:
                rec_err, got_err = recorded_body["error"], got_body["error"]
                _compare(
                    where,
                    (rec_err["code"], rec_err["status"]),
                    (got_err["code"], got_err["status"]),
                    problems,
                )
                continue
            if url.path.count("/") == 3 and req["method"] == "GET":
                _compare(where, _metadata_view(recorded_body), _metadata_view(got_body), problems)
            else:
                _compare(where, recorded_body, got_body, problems)
    return problems


@pytest.fixture(scope="module")
def emulator() -> Any:
    emu = SheetsEmulator(read_quota_per_user=10**6, write_quota_per_user=10**6)
    emu.set_quota(read_per_project=10**6, write_per_project=10**6)
    with emu:
        yield emu


@pytest.mark.skipif(not CASSETTES.is_dir(), reason="shared fixtures (../shared) not present")
@pytest.mark.parametrize("name", RELEVANT)
def test_emulator_reproduces_recorded_exchange(emulator: SheetsEmulator, name: str) -> None:
    cassette = CASSETTES / f"{name}.json"
    problems = replay(cassette, emulator, _token(emulator))
    assert not problems, "\n".join(problems)
