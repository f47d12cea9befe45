"""Unmodified gspread + google-auth against the Sheets emulator over loopback sockets."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import gspread
import pytest

from chatsync.emulators.sheets import DEFAULT_CLIENT_EMAIL, SheetsEmulator
from chatsync.errors import (
    AuthError,
    ConfigError,
    NetworkError,
    NotFoundError,
    RateLimitedError,
    ServerError,
)
from chatsync.sheet.client import api_errors, map_api_error, open_spreadsheet

TASKS = "タスク"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def emu(clock: FakeClock) -> Iterator[SheetsEmulator]:
    with SheetsEmulator(clock=clock) as emulator:
        yield emulator


@pytest.fixture
def key_file(emu: SheetsEmulator, tmp_path: Path) -> Path:
    return emu.write_key_file(tmp_path / "sa.json")


@pytest.fixture
def sid(emu: SheetsEmulator) -> str:
    return emu.create_spreadsheet("board", [TASKS], shared_with=[DEFAULT_CLIENT_EMAIL])


def _open(
    emu: SheetsEmulator, key_file: Path, sid: str, timeout: float = 5.0
) -> gspread.Spreadsheet:
    return open_spreadsheet(key_file, sid, api_base=emu.base_url, timeout=timeout)


def test_open_read_and_write_through_gspread(emu: SheetsEmulator, key_file: Path, sid: str) -> None:
    sh = _open(emu, key_file, sid)
    ws = sh.worksheet(TASKS)
    ws.update([["ID", "タスク"], ["cw-1-2", "資料作成"]], "A1")
    assert ws.get_all_values() == [["ID", "タスク"], ["cw-1-2", "資料作成"]]
    assert emu.values(sid, TASKS) == [["ID", "タスク"], ["cw-1-2", "資料作成"]]
    assert emu.calls(endpoint="token") == 1
    assert all(c.status == 200 for c in emu.call_log())


def test_raw_keeps_chat_text_inert_user_entered_makes_formulas(
    emu: SheetsEmulator, key_file: Path, sid: str
) -> None:
    ws = _open(emu, key_file, sid).worksheet(TASKS)
    evil = ['=HYPERLINK("https://evil.example","click")', "+1", "@x", "'quoted"]
    ws.update([evil], "A1")  # gspread's default is RAW
    assert ws.get_all_values() == [evil]
    assert ws.get_all_values(value_render_option="FORMULA") == [evil]
    assert emu.formula_cells(sid) == []

    ws.update([evil], "A2", raw=False)
    assert ws.get_all_values()[1] == ["click", "1", "@x", "quoted"]
    assert emu.formula_cells(sid) == [[TASKS, "A2", evil[0]]]
    assert emu.formulas(sid, TASKS)[1][0] == evil[0]


def test_batch_update_and_append(emu: SheetsEmulator, key_file: Path, sid: str) -> None:
    ws = _open(emu, key_file, sid).worksheet(TASKS)
    ws.update([["ID", "ステータス"], ["a", "未完了"], ["b", "未完了"]], "A1")
    emu.reset_calls()
    response = ws.batch_update(
        [{"range": "B2", "values": [["完了"]]}, {"range": "B3", "values": [["完了"]]}]
    )
    assert response["totalUpdatedCells"] == 2
    assert emu.call_counts() == {"write": 1, "values.batchUpdate": 1}
    appended = ws.append_rows([["c", "未完了"]], table_range="A1")
    assert appended["tableRange"] == f"'{TASKS}'!A1:B3"
    assert appended["updates"]["updatedRange"] == f"'{TASKS}'!A4:B4"
    assert emu.values(sid, TASKS)[1:] == [["a", "完了"], ["b", "完了"], ["c", "未完了"]]


def test_unknown_spreadsheet_names_the_id(emu: SheetsEmulator, key_file: Path) -> None:
    with pytest.raises(NotFoundError, match="spreadsheet nope-123 was not found"):
        _open(emu, key_file, "nope-123")


def test_not_shared_names_the_account_to_share_with(emu: SheetsEmulator, key_file: Path) -> None:
    private = emu.create_spreadsheet(
        "private", shared_with=["someone@else.iam.gserviceaccount.com"]
    )
    with pytest.raises(AuthError) as info:
        _open(emu, key_file, private)
    assert f"share the sheet with {DEFAULT_CLIENT_EMAIL} (Editor)" in str(info.value)
    assert "\n" not in str(info.value)


def test_the_api_not_enabled_says_so_with_the_link_not_sharing(
    emu: SheetsEmulator, key_file: Path, sid: str
) -> None:
    """Google's 403 SERVICE_DISABLED is not a sharing problem: the message says enable it."""
    emu.disable_api("demo-project")
    with pytest.raises(AuthError) as info:
        _open(emu, key_file, sid)
    text = str(info.value)
    assert "Google Sheets API is not enabled" in text and "share" not in text
    assert "https://console.developers.google.com/apis/api/sheets.googleapis.com" in text
    emu.disable_api("demo-project", disabled=False)
    assert _open(emu, key_file, sid) is not None


def test_only_the_spreadsheets_scope_is_asked_for() -> None:
    from chatsync.sheet.client import SCOPES

    assert SCOPES == ("https://www.googleapis.com/auth/spreadsheets",)


def test_unshare_after_open_maps_403(emu: SheetsEmulator, key_file: Path, sid: str) -> None:
    sh = _open(emu, key_file, sid)
    emu.unshare(sid, DEFAULT_CLIENT_EMAIL)
    with pytest.raises(AuthError, match="Editor"), api_errors(sid, DEFAULT_CLIENT_EMAIL):
        sh.worksheet(TASKS).get_all_values()


def test_revoked_key_is_an_auth_error(emu: SheetsEmulator, key_file: Path, sid: str) -> None:
    emu.revoke_key(json.loads(key_file.read_text())["private_key_id"])
    with pytest.raises(AuthError, match="invalid_grant"):
        _open(emu, key_file, sid)


def test_key_from_another_issuer_is_refused(emu: SheetsEmulator, tmp_path: Path, sid: str) -> None:
    with SheetsEmulator() as other:
        foreign = other.write_key_file(tmp_path / "foreign.json")
    info = json.loads(foreign.read_text())
    info["token_uri"] = emu.token_uri
    foreign.write_text(json.dumps(info))
    with pytest.raises(AuthError, match="Invalid JWT Signature"):
        _open(emu, foreign, sid)


@pytest.mark.parametrize(
    ("kind", "error"),
    [
        ("429", RateLimitedError),
        ("500", ServerError),
        ("503", ServerError),
        ("reset", NetworkError),
    ],
)
def test_faults_map_to_chatsync_errors(
    emu: SheetsEmulator, key_file: Path, sid: str, kind: str, error: type[Exception]
) -> None:
    ws = _open(emu, key_file, sid).worksheet(TASKS)
    emu.inject_fault(kind, only="write")
    with pytest.raises(error), api_errors(sid, DEFAULT_CLIENT_EMAIL):
        ws.update([["x"]], "A1")
    assert emu.values(sid, TASKS) == []  # the faulted write was not applied
    ws.update([["x"]], "A1")  # the fault was used up
    assert emu.values(sid, TASKS) == [["x"]]


def test_apply_then_500_applies_the_write(emu: SheetsEmulator, key_file: Path, sid: str) -> None:
    ws = _open(emu, key_file, sid).worksheet(TASKS)
    emu.inject_fault("apply-then-500", only="write")
    with pytest.raises(ServerError), api_errors(sid):
        ws.append_rows([["once"]])
    assert emu.values(sid, TASKS) == [["once"]]  # nothing retried it: still exactly one row


def test_slow_answer_hits_the_explicit_timeout(
    emu: SheetsEmulator, key_file: Path, sid: str
) -> None:
    ws = _open(emu, key_file, sid, timeout=0.3).worksheet(TASKS)
    emu.inject_fault("slow", only="read", delay=30)
    with pytest.raises(NetworkError, match="did not answer in time"), api_errors(sid):
        ws.get_all_values()


def test_read_quota_window(emu: SheetsEmulator, key_file: Path, sid: str, clock: FakeClock) -> None:
    emu.set_quota(read_per_user=3)
    sh = _open(emu, key_file, sid)  # read 1
    ws = sh.worksheet(TASKS)  # read 2
    ws.get_all_values()  # read 3
    with pytest.raises(RateLimitedError, match="quota"), api_errors(sid):
        ws.get_all_values()
    ws.update([["writes have their own quota"]], "A1")
    clock.now += 61
    assert ws.get_all_values() == [["writes have their own quota"]]


def test_quota_error_is_googles(emu: SheetsEmulator, key_file: Path, sid: str) -> None:
    emu.set_quota(write_per_user=0)
    ws = _open(emu, key_file, sid).worksheet(TASKS)
    with pytest.raises(gspread.exceptions.APIError) as info:
        ws.update([["x"]], "A1")
    assert info.value.response.status_code == 429
    assert info.value.error["status"] == "RESOURCE_EXHAUSTED"
    assert "'Write requests per minute per user'" in info.value.error["message"]
    assert isinstance(map_api_error(info.value), RateLimitedError)


def test_every_request_carries_a_timeout(emu: SheetsEmulator, key_file: Path, sid: str) -> None:
    sh = _open(emu, key_file, sid, timeout=7.5)
    assert sh.client.timeout == 7.5
    sh.client.set_timeout(None)  # gspread's "no timeout": our client puts the default back
    sh.worksheet(TASKS)
    assert sh.client.timeout == 7.5


def test_missing_key_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(ConfigError, match=f"not found: {missing}"):
        open_spreadsheet(missing, "x")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "is not valid JSON"),
        ("[1, 2]", "is not a JSON object"),
        ('{"type": "service_account", "client_email": "a@b"}', "lacks private_key, token_uri"),
        ('{"type": "authorized_user"}', "not a service-account key"),
    ],
)
def test_malformed_key_file(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "key.json"
    path.write_text(content)
    with pytest.raises(ConfigError, match=problem) as info:
        open_spreadsheet(path, "x")
    assert str(path) in str(info.value)


def test_bad_private_key_is_named_but_never_quoted(emu: SheetsEmulator, tmp_path: Path) -> None:
    info = emu.issue_key()
    secret_line = info["private_key"].splitlines()[3]
    info["private_key"] = info["private_key"].replace(secret_line, "A" * len(secret_line))
    info["private_key"] = info["private_key"][:200] + secret_line + "\n-----END PRIVATE KEY-----\n"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(info))
    with pytest.raises(ConfigError, match="private_key is not a valid PEM private key") as exc:
        open_spreadsheet(path, "x", api_base=emu.base_url)
    assert secret_line not in str(exc.value)
    assert str(path) in str(exc.value)
