"""Faults from Chatwork and Google, one run each, then a clean catch-up run.

Every faulty run must end on its own (the subprocess timeout is the guard
against a hang), with exit 1 and a line that names the problem, no traceback,
and a bounded number of requests (no tight retry loop). The next run, with the
fault gone, must catch up to exactly the state of a fault-free run.

Small timeouts and retry counts come from the operator's settings
(``CHATSYNC_*__TIMEOUT_SECONDS``, ``MAX_RETRIES``, ``MAX_ATTEMPTS``).
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import DEFAULT_CLIENT_EMAIL, SheetsEmulator
from tests.conftest import TOKEN
from tests.reliability.conftest import Outcome
from tests.reliability.helpers import (
    DAY1,
    DAY2,
    WORKSHEET,
    assert_exactly_once,
    before_request,
    board,
    day_two,
    fast_env,
    reference,
    sync,
    sync_here,
    team,
)

FAILED = 1


def failed_with(done: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 1, no traceback, and the line that says what went wrong (returned)."""
    assert done.returncode == FAILED, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = [ln for ln in done.stderr.splitlines() if all(w in ln for w in words)]
    assert lines, f"no line with {words} in:\n{done.stderr}"
    return lines[0]


def catch_up(env: dict[str, str], store_url: str, sheets: SheetsEmulator, sid: str, day: int = 1):
    """The next run with the fault gone: exit 0 and the fault-free state."""
    done = sync(env, DAY1 if day == 1 else DAY2)
    assert done.returncode == 0, done.stderr
    return assert_exactly_once(board(store_url, sheets, sid), reference()[day - 1])


# --------------------------------------------------------------------------- Chatwork


def test_chatwork_429_storm_with_reset_headers_waits_for_the_reset(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    # The emulator's clock is pinned to the scenario's day; announce the reset on the
    # real clock chatsync waits by: one second from now.
    reset_in = int(time.time() - chatwork.now()) + 1
    chatwork.inject_fault("429", count=50, path_prefix="/rooms/20/messages", reset_in=reset_in)
    env = fast_env(env, CHATSYNC_CHATWORK__MAX_RETRIES="1")
    line = failed_with(sync(env, DAY1), "room 20", "rate limit")
    requests = chatwork.path_counts()["GET /rooms/20/messages"]
    assert requests == 2  # the first try and one retry after the announced reset
    chatwork.clear_faults()
    counts = catch_up(env, store_url, sheets, spreadsheet_id)
    outcome(
        "Chatwork",
        "429 storm with `X-RateLimit-Reset` on one room",
        f"waits for the reset, retries once, gives up: exit 1, `{line.split(': ', 1)[-1]}`; "
        "other rooms and the sheet done; next run catches up",
        requests=requests,
        **counts,
    )


def test_chatwork_429_storm_without_reset_backs_off(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    chatwork.inject_fault("429-no-reset", count=50, path_prefix="/rooms/10/messages")
    env = fast_env(env)
    failed_with(sync(env, DAY1), "room 10", "rate limit")
    requests = chatwork.path_counts()["GET /rooms/10/messages"]
    assert requests == 3  # MAX_RETRIES=2, with backoff between
    chatwork.clear_faults()
    counts = catch_up(env, store_url, sheets, spreadsheet_id)
    outcome(
        "Chatwork",
        "429 storm without rate-limit headers",
        "capped exponential backoff with jitter, 1 + MAX_RETRIES tries; exit 1 naming the "
        "room; next run catches up",
        requests=requests,
        **counts,
    )


@pytest.mark.parametrize("kind", ["500", "502", "503"])
def test_chatwork_5xx_storm_on_the_room_list(
    kind: str,
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    chatwork.inject_fault(kind, count=50, path_prefix="/rooms", method="GET")
    env = fast_env(env)
    line = failed_with(sync(env, DAY1), "chatsync:", f"failed with {kind}")
    assert chatwork.request_count <= 4  # /me + the room list tried 1 + MAX_RETRIES times
    assert chatwork.path_counts()["GET /rooms"] == 3
    chatwork.clear_faults()
    counts = catch_up(env, store_url, sheets, spreadsheet_id)
    outcome(
        "Chatwork",
        f"{kind} storm on every read",
        f"retried with backoff, then exit 1: `{line}`; next run catches up",
        requests=chatwork.path_counts()["GET /rooms"],
        **counts,
    )


def test_chatwork_connection_resets_on_one_room(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    chatwork.inject_fault("reset", count=50, path_prefix="/rooms/30/messages")
    env = fast_env(env)
    failed_with(sync(env, DAY1), "room 30", "connection failed")
    requests = chatwork.path_counts()["GET /rooms/30/messages"]
    assert requests == 3
    chatwork.clear_faults()
    counts = catch_up(env, store_url, sheets, spreadsheet_id)
    outcome(
        "Chatwork",
        "connection reset on every read of one room",
        "retried 1 + MAX_RETRIES times; exit 1 naming the room; others stored and written; "
        "next run catches up",
        requests=requests,
        **counts,
    )


def test_chatwork_slow_answers_past_the_timeout(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    chatwork.inject_fault("slow", count=50, path_prefix="/rooms/20/messages", delay=3)
    env = fast_env(env, CHATSYNC_CHATWORK__MAX_RETRIES="1")
    failed_with(sync(env, DAY1), "room 20", "no answer within 1 s")
    requests = chatwork.path_counts()["GET /rooms/20/messages"]
    assert requests == 2
    chatwork.clear_faults()
    counts = catch_up(env, store_url, sheets, spreadsheet_id)
    outcome(
        "Chatwork",
        "answers slower than `CHATSYNC_CHATWORK__TIMEOUT_SECONDS` (3 s vs 1 s)",
        "every request times out and is retried a bounded number of times; exit 1; "
        "next run catches up",
        requests=requests,
        **counts,
    )


def test_chatwork_token_revoked_mid_run(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)

    def revoke() -> None:
        chatwork.revoke_token(TOKEN)

    def readd() -> None:
        chatwork.add_token(TOKEN, 900)

    env = fast_env(env)
    with before_request(chatwork, lambda m, p: p == "/rooms/20/messages", revoke) as fired:
        done = sync(env, DAY1)
    assert fired.is_set()
    line = failed_with(done, "chatsync:", "CHATSYNC_CHATWORK__TOKEN")
    assert sum(1 for ln in done.stderr.splitlines() if ln.startswith("chatsync:")) == 1
    refused = [r for r in chatwork.requests if r.status == 401]
    assert len(refused) == 1  # a refused token is never retried
    assert sheets.calls("write") == 0  # the cycle stopped before the sheet
    readd()
    counts = catch_up(env, store_url, sheets, spreadsheet_id)
    outcome(
        "Chatwork",
        "API token revoked mid-run (401 from the second room on)",
        f"stops at once, no retry: exit 1, `{line}`; with a valid token the next run catches up",
        requests=len(refused),
        **counts,
    )


# --------------------------------------------------------------------------- Google Sheets


@pytest.mark.parametrize(
    ("kind", "only", "words"),
    [
        ("429", "write", ("quota exceeded",)),
        ("500", "read", ("server error 500",)),
        ("503", "write", ("server error 503",)),
        ("reset", "write", ("reset or refused",)),
        ("slow", "read", ("did not answer in time",)),
    ],
)
def test_sheets_fault_storm(
    kind: str,
    only: str,
    words: tuple[str, ...],
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    # Let the spreadsheet open (metadata read) and the worksheet be created, then storm.
    sync_here(env, DAY1)
    day_two(chatwork)
    sheets.reset_calls()
    sheets.inject_fault(kind, count=50, only=only, delay=3)
    env = fast_env(env)
    line = failed_with(sync(env, DAY2), "sheet not written", *words)
    # The spreadsheet lookup (a read) is gspread's: one try; every other call 2 tries.
    calls = sheets.calls(only)
    assert calls <= 3, sheets.call_counts()
    sheets.clear_faults()
    counts = catch_up(env, store_url, sheets, spreadsheet_id, day=2)
    outcome(
        "Sheets",
        f"`{kind}` on every {only}" + (" (3 s answers, 1 s timeout)" if kind == "slow" else ""),
        f"bounded tries (MAX_ATTEMPTS), chat still stored, exit 1: `{line.split(': ', 1)[-1]}`;"
        " next run writes the queued tasks",
        requests=calls,
        **counts,
    )


@pytest.mark.parametrize("kind", ["apply-then-500", "apply-then-reset"])
def test_sheets_write_applied_but_answer_lost(
    kind: str,
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    sync_here(env, DAY1)
    day_two(chatwork)
    sheets.inject_fault(kind, count=1, path_prefix=f"/v4/spreadsheets/{spreadsheet_id}/values:")
    done = sync(fast_env(env), DAY2)
    # The write landed and its retry hits the same rows by position: no duplicate.
    assert done.returncode == 0, done.stderr
    counts = assert_exactly_once(board(store_url, sheets, spreadsheet_id), reference()[1])
    outcome(
        "Sheets",
        f"`{kind}`: the batch write is applied, the answer lost",
        "retried at the same row positions (RAW values:batchUpdate, never append): exit 0, "
        "no row duplicated",
        **counts,
    )


def test_sheets_key_revoked_mid_run(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    key_file: Path,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    sync_here(env, DAY1)
    day_two(chatwork)
    kid = json.loads(key_file.read_text(encoding="utf-8"))["private_key_id"]

    with before_request(
        sheets, lambda m, p: p.endswith("values:batchUpdate"), lambda: sheets.revoke_key(kid)
    ) as fired:
        done = sync(fast_env(env), DAY2)
    assert fired.is_set()
    line = failed_with(done, "chatsync:", "refused the service-account key")
    assert sheets.calls("token") <= 3  # one refresh on the 401, no loop
    # The operator creates a new key at the same path; the next run catches up.
    sheets.write_key_file(key_file)
    counts = catch_up(env, store_url, sheets, spreadsheet_id, day=2)
    outcome(
        "Sheets",
        "service-account key revoked mid-run (401, then `invalid_grant`)",
        f"stops, no retry loop: exit 1, `{line}`; with a new key the next run catches up",
        **counts,
    )


def test_sheets_unshared_mid_run(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    sync_here(env, DAY1)
    day_two(chatwork)
    sheets.reset_calls()
    with before_request(
        sheets,
        lambda m, p: m == "GET" and "/values/" in p,
        lambda: sheets.unshare(spreadsheet_id, DEFAULT_CLIENT_EMAIL),
    ) as fired:
        done = sync(fast_env(env), DAY2)
    assert fired.is_set()
    line = failed_with(done, "chatsync:", f"share the sheet with {DEFAULT_CLIENT_EMAIL}")
    assert sheets.calls("write") == 0
    sheets.share(spreadsheet_id, DEFAULT_CLIENT_EMAIL)
    counts = catch_up(env, store_url, sheets, spreadsheet_id, day=2)
    outcome(
        "Sheets",
        "spreadsheet unshared from the service account mid-run (403)",
        f"exit 1, `{line}`; shared again, the next run catches up",
        **counts,
    )


def test_sheets_spreadsheet_deleted_mid_run(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    sync_here(env, DAY1)
    day_two(chatwork)
    sheets.reset_calls()
    with before_request(
        sheets,
        lambda m, p: p.endswith("values:batchUpdate"),
        lambda: sheets.delete_spreadsheet(spreadsheet_id),
    ) as fired:
        done = sync(fast_env(env), DAY2)
    assert fired.is_set()
    line = failed_with(done, "sheet not written", "was not found", spreadsheet_id)
    assert sheets.calls(endpoint="values.batchUpdate") == 1  # a 404 is not retried
    # The operator points chatsync at a new spreadsheet: it is filled from the store.
    new = sheets.create_spreadsheet("チームのタスク (新)")
    env = {**env, "CHATSYNC_SHEETS__SPREADSHEET_ID": new}
    done = sync(env, DAY2)
    assert done.returncode == 0, done.stderr
    got = board(store_url, sheets, new)
    expected = reference()[1]
    counts = assert_exactly_once(got)
    assert got.store == expected.store and got.rows == expected.rows
    outcome(
        "Sheets",
        "spreadsheet deleted mid-run (404)",
        f"exit 1, `{line.split(': ', 1)[-1]}`; pointed at a new spreadsheet, the next run "
        "writes every task once",
        **counts,
    )


def test_worksheet_renamed_by_a_person_mid_run(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    sync_here(env, DAY1)
    day_two(chatwork)
    sheets.reset_calls()
    renamed = "タスク（旧）"
    with before_request(
        sheets,
        lambda m, p: p.endswith("values:batchUpdate"),
        lambda: sheets.rename_sheet(spreadsheet_id, WORKSHEET, renamed),
    ) as fired:
        done = sync(fast_env(env), DAY2)
    assert fired.is_set()
    failed_with(done, "sheet not written", "(400)", "Unable to parse range")
    assert sheets.calls(endpoint="values.batchUpdate") == 1  # a 400 is not retried
    # The next run finds the worksheet by its sheet id under its new name and carries on
    # there, every task once; no second worksheet is created.
    done = sync(env, DAY2)
    assert done.returncode == 0, done.stderr
    assert f"is now called {renamed!r}" in done.stderr
    assert WORKSHEET not in sheets.sheet_titles(spreadsheet_id)
    got = board(store_url, sheets, spreadsheet_id, renamed)
    counts = assert_exactly_once(got)
    assert got.rows == reference()[1].rows
    outcome(
        "Sheets",
        "worksheet renamed by a person mid-run",
        "exit 1, `sheet not written: Sheets API rejected a request … (400): … Unable to parse "
        "range`; the next run finds the worksheet by its sheet id under its new name and "
        "carries on there with every task once (no second worksheet)",
        **counts,
    )
