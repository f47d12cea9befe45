"""SIGKILL at every step of a cycle (CHATSYNC_FAULT_STEP), then a clean rerun.

Two days of realistic chat over three rooms: the first day's requests, then
replies that close, move and cancel tasks plus new requests. Each day's sync is
killed at the step, then run again cleanly. The end state must equal the
fault-free run's: every task once in the store and once in the sheet, nothing
lost, and no crash mistaken for a person's edit.

The digest is killed after claiming and after posting: at most one digest per
room per day, and the one window that cannot be closed is shown for what it is.
"""

from __future__ import annotations

import pytest

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator
from chatsync.store import open_store
from tests.reliability.conftest import Outcome
from tests.reliability.helpers import (
    BOARD,
    DAY1,
    DAY2,
    DIGEST_DAY,
    MANAGERS,
    assert_exactly_once,
    board,
    chatsync,
    day_two,
    reference,
    sync,
    sync_here,
    team,
)

KILLED = -9

SYNC_STEPS = {
    "after_rooms": "after reading the room list",
    "after_fetch": "after reading the first room's messages, before storing them",
    "after_fetch@2": "between rooms: room 1 stored, room 2 read but not stored",
    "after_store": "after storing the first room",
    "after_store@2": "after storing the second of three rooms",
    "before_sheet_write": "sheet read and merged, nothing written",
    "after_sheet_write": "sheet written, the store not yet told",
}


@pytest.mark.parametrize("step", list(SYNC_STEPS))
def test_sync_killed_at_step_then_rerun(
    step: str,
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    first, second = reference()
    team(chatwork)
    for now, expected in ((DAY1, first), (DAY2, second)):
        if now == DAY2:
            day_two(chatwork)
        crashed = sync(env, now, CHATSYNC_FAULT_STEP=step)
        assert crashed.returncode == KILLED, crashed.stderr
        rerun = sync(env, now)
        assert rerun.returncode == 0, rerun.stderr
        assert "sheet_edits_by_people=0" in rerun.stderr
        counts = assert_exactly_once(board(store_url, sheets, spreadsheet_id), expected)
    # A further cycle with nothing new writes nothing: the state is settled.
    sheets.reset_calls()
    sync_here(env, DAY2)
    assert sheets.calls("write") == 0
    outcome(
        "crash",
        f"`sync` SIGKILLed at `{step}` ({SYNC_STEPS[step]}), on a day of new tasks and on "
        "a day of updates",
        "rerun exits 0; store and sheet equal the fault-free run; no edit misread",
        **counts,
    )


@pytest.fixture
def synced(chatwork: ChatworkEmulator, env: dict[str, str]) -> dict[str, str]:
    """Both days synced: late tasks on the board for the Tuesday digest."""
    env = {**env, "CHATSYNC_DIGEST__ROOM_IDS": f"{MANAGERS},{BOARD}"}
    team(chatwork)
    sync_here(env, DAY1)
    day_two(chatwork)
    sync_here(env, DAY2)
    return env


def posted(chatwork: ChatworkEmulator, room: int) -> list[str]:
    return [m.body for m in chatwork.posted(room)]


def test_digest_killed_after_post_is_not_posted_again(
    chatwork: ChatworkEmulator,
    synced: dict[str, str],
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    store_url: str,
    outcome: Outcome,
) -> None:
    # Killed right after the first room's post, before it was recorded as posted.
    crashed = chatsync(
        {**synced, "CHATSYNC_FAULT_STEP": "after_post"}, "digest", "--now", DIGEST_DAY
    )
    assert crashed.returncode == KILLED
    assert len(posted(chatwork, MANAGERS)) == 1 and posted(chatwork, BOARD) == []
    rerun = chatsync(synced, "digest", "--now", DIGEST_DAY)
    assert rerun.returncode == 0, rerun.stderr
    # The claim made before posting holds: no second post; the other room gets its one.
    (managers,) = posted(chatwork, MANAGERS)
    (board_room,) = posted(chatwork, BOARD)
    assert "請求書の発行" in managers and managers == board_room
    again = chatsync(synced, "digest", "--now", DIGEST_DAY)
    assert again.returncode == 0 and len(chatwork.posted()) == 2
    counts = assert_exactly_once(board(store_url, sheets, spreadsheet_id), reference()[1])
    outcome(
        "crash",
        "`digest` SIGKILLed at `after_post` (posted to room 1 of 2, not yet recorded)",
        "rerun posts to room 2 only; room 1 is not posted twice (claim before post)",
        digests=len(chatwork.posted()),
        **counts,
    )


def test_digest_killed_between_claim_and_post_loses_that_days_digest(
    chatwork: ChatworkEmulator,
    synced: dict[str, str],
    store_url: str,
    outcome: Outcome,
) -> None:
    crashed = chatsync(
        {**synced, "CHATSYNC_FAULT_STEP": "after_claim"}, "digest", "--now", DIGEST_DAY
    )
    assert crashed.returncode == KILLED
    assert chatwork.posted() == []
    rerun = chatsync(synced, "digest", "--now", DIGEST_DAY)
    assert rerun.returncode == 0, rerun.stderr
    # The known window: the claim stands, so that room's digest is lost for the day,
    # never doubled. The other room is served.
    assert posted(chatwork, MANAGERS) == [] and len(posted(chatwork, BOARD)) == 1
    store = open_store(store_url)
    try:
        claims = {(room, kind): mid for room, _, kind, mid in store.posts()}
    finally:
        store.close()
    assert claims[(MANAGERS, "digest")] is None  # claimed, never finished: visible in the store
    # The next business day is served normally.
    nxt = chatsync(synced, "digest", "--now", "2027-01-13T09:00:00+09:00")
    assert nxt.returncode == 0, nxt.stderr
    assert len(posted(chatwork, MANAGERS)) == 1 and len(posted(chatwork, BOARD)) == 2
    outcome(
        "crash",
        "`digest` SIGKILLed at `after_claim` (claimed, not yet posted)",
        "known window: that room's digest is lost for the day (claim kept, never posted "
        "twice); the next business day posts normally",
        digests=len(chatwork.posted()),
    )
