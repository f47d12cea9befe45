"""ChatworkClient against the real emulator over loopback (and `responses` for HTTP-layer edges).

Client and emulator share one fake clock: when the client "sleeps" the emulator's rate-limit
windows move too, and the recorded sleeps are the waits the client chose.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator

import pytest
import requests
import responses

from chatsync.chatwork import ChatworkClient
from chatsync.chatwork.api import Me, RoomTask
from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.errors import (
    AuthError,
    NetworkError,
    NotFoundError,
    PermanentError,
    RateLimitedError,
    ServerError,
)
from chatsync.models import ChatMessage, Member, Room

T0 = 1_700_000_000.0
TOKEN = "secret-token-4f1c9b"
ME = 101
PEER = 102
ROOM = 10
HIDDEN_ROOM = 20


class FakeClock:
    """Unix seconds that move only when someone sleeps; records every sleep."""

    def __init__(self, start: float = T0) -> None:
        self.t = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.t

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_emulator(clock: FakeClock, **options: object) -> ChatworkEmulator:
    emu = ChatworkEmulator(tokens={TOKEN: ME}, clock=clock, **options)  # type: ignore[arg-type]
    emu.add_account(ME, "田中 太郎")
    emu.add_account(PEER, "佐藤 花子")
    emu.add_room(ROOM, "営業チーム", members=[ME, PEER], created_time=int(T0) - 86_400)
    emu.add_room(HIDDEN_ROOM, "経理", members=[PEER], created_time=int(T0) - 86_400)
    return emu


def make_client(emu: ChatworkEmulator, clock: FakeClock, **options: object) -> ChatworkClient:
    kwargs: dict[str, object] = {"timeout": 2.0, "rng": random.Random(7)}
    kwargs.update(options)
    return ChatworkClient(
        TOKEN,
        emu.base_url,
        clock=clock,
        sleep=clock.sleep,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.fixture
def emulator(clock: FakeClock) -> Iterator[ChatworkEmulator]:
    with make_emulator(clock) as emu:
        yield emu


@pytest.fixture
def client(emulator: ChatworkEmulator, clock: FakeClock) -> Iterator[ChatworkClient]:
    with make_client(emulator, clock) as cw:
        yield cw


# --------------------------------------------------------------------------- reading


def test_me_returns_the_full_account(client: ChatworkClient) -> None:
    me = client.me()
    assert isinstance(me, Me)
    assert (me.account_id, me.name) == (ME, "田中 太郎")


def test_rooms_room_and_members_convert_to_shared_models(
    client: ChatworkClient, emulator: ChatworkEmulator
) -> None:
    emulator.add_message(ROOM, PEER, "hi", send_time=int(T0) - 5)
    assert client.rooms() == [Room(room_id=ROOM, name="営業チーム", last_update_time=int(T0) - 5)]
    assert client.room(ROOM) == client.rooms()[0]
    assert client.room_detail(ROOM).unread_num == 1
    assert client.members(ROOM) == [
        Member(account_id=ME, name="田中 太郎"),
        Member(account_id=PEER, name="佐藤 花子"),
    ]


def test_messages_force1_returns_chat_messages_with_string_ids(
    client: ChatworkClient, emulator: ChatworkEmulator
) -> None:
    mid = emulator.add_message(ROOM, PEER, "見積書をお願いします", send_time=int(T0) - 30)
    [message] = client.messages(ROOM)
    assert message == ChatMessage(
        room_id=ROOM,
        message_id=mid,
        account_id=PEER,
        account_name="佐藤 花子",
        body="見積書をお願いします",
        send_time=int(T0) - 30,
    )
    assert int(message.message_id) > 2**53  # kept exact, never a float
    assert emulator.requests[-1].query == {"force": "1"}
    assert client.message(ROOM, mid) == message


def test_204_is_an_empty_list(client: ChatworkClient, emulator: ChatworkEmulator) -> None:
    assert client.messages(ROOM) == []
    assert client.tasks(ROOM) == []
    assert [r.status for r in emulator.requests] == [204, 204]


def test_force0_reads_only_what_this_token_has_not_fetched(
    client: ChatworkClient, emulator: ChatworkEmulator
) -> None:
    first = emulator.add_message(ROOM, PEER, "1", send_time=int(T0) - 20)
    assert [m.message_id for m in client.messages(ROOM, force=False)] == [first]
    assert client.messages(ROOM, force=False) == []
    second = emulator.add_message(ROOM, PEER, "2", send_time=int(T0) - 10)
    assert [m.message_id for m in client.messages(ROOM, force=True)] == [first, second]
    assert [m.message_id for m in client.messages(ROOM, force=False)] == [second]


def test_tasks_are_typed_with_filters(client: ChatworkClient, emulator: ChatworkEmulator) -> None:
    [task_id] = emulator.add_task(ROOM, PEER, [ME], "資料確認", limit=int(T0) + 3600)
    [task] = client.tasks(ROOM)
    assert isinstance(task, RoomTask)
    assert (task.task_id, task.account.account_id, task.assigned_by_account.account_id) == (
        task_id,
        ME,
        PEER,
    )
    assert (task.limit_time, task.limit_type, task.status) == (int(T0) + 3600, "time", "open")
    assert client.message(ROOM, task.message_id).body.startswith("[info][title][dtext:task_added]")
    assert client.tasks(ROOM, account_id=PEER) == []
    assert client.set_task_status(ROOM, task_id, "done") == task_id
    assert [t.task_id for t in client.tasks(ROOM, status="done")] == [task_id]


# --------------------------------------------------------------------------- posting


def test_post_message_returns_the_new_id(
    client: ChatworkClient, emulator: ChatworkEmulator
) -> None:
    mid = client.post_message(ROOM, "本日の遅延: 2件")
    [posted] = emulator.posted(ROOM)
    assert (posted.message_id, posted.body, posted.self_unread) == (mid, "本日の遅延: 2件", False)
    client.post_message(ROOM, "未読で", self_unread=True)
    assert emulator.posted(ROOM)[-1].self_unread


def test_add_task_creates_one_task_per_assignee(
    client: ChatworkClient, emulator: ChatworkEmulator
) -> None:
    ids = client.add_task(ROOM, "議事録", [ME, PEER], limit=int(T0) + 60, limit_type="time")
    assert [t.task_id for t in emulator.tasks(ROOM)] == ids


def test_post_rate_limit_per_room_is_waited_out(
    client: ChatworkClient, emulator: ChatworkEmulator, clock: FakeClock
) -> None:
    for i in range(11):
        client.post_message(ROOM, f"post {i}")
    assert len(emulator.posted(ROOM)) == 11
    assert [r.status for r in emulator.requests].count(429) == 1
    assert clock.sleeps == [10.0]


def test_bad_request_is_permanent(client: ChatworkClient, emulator: ChatworkEmulator) -> None:
    with pytest.raises(PermanentError, match="Parameter 'body' is required"):
        client.post_message(ROOM, "")
    assert emulator.request_count == 1


# --------------------------------------------------------------------------- errors


def test_401_is_an_auth_error_without_the_token(
    emulator: ChatworkEmulator, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    bad = "wrong-token-ffffffff"
    cw = ChatworkClient(bad, emulator.base_url, clock=clock, sleep=clock.sleep)
    with cw, pytest.raises(AuthError) as info:
        cw.rooms()
    assert str(info.value) == (
        "Chatwork refused the API token; set CHATSYNC_CHATWORK__TOKEN to a valid token"
    )
    assert info.value.__cause__ is None
    assert bad not in repr(cw)
    assert bad not in caplog.text
    assert emulator.request_count == 1  # never retried


def test_404_names_the_room(client: ChatworkClient) -> None:
    with pytest.raises(NotFoundError, match="room 999"):
        client.messages(999)
    with pytest.raises(NotFoundError, match=f"room {HIDDEN_ROOM}"):
        client.room(HIDDEN_ROOM)


def test_403_names_the_room(clock: FakeClock) -> None:
    with (
        make_emulator(clock, nonmember_status=403) as emu,
        make_client(emu, clock) as cw,
        pytest.raises(AuthError, match=f"room {HIDDEN_ROOM}"),
    ):
        cw.members(HIDDEN_ROOM)


def test_unknown_message_names_room_and_message(client: ChatworkClient) -> None:
    with pytest.raises(NotFoundError, match="message 123 in room 10"):
        client.message(ROOM, "123")


# --------------------------------------------------------------------------- rate limits


def test_429_with_reset_waits_for_the_reset_and_goes_on(
    client: ChatworkClient, emulator: ChatworkEmulator, clock: FakeClock
) -> None:
    emulator.inject_fault("429", reset_in=42)
    assert client.rooms()[0].room_id == ROOM
    assert clock.sleeps == [43.0]  # reset - now + 1 s margin for clock skew
    assert [r.status for r in emulator.requests] == [429, 200]


def test_429_without_reset_backs_off(
    client: ChatworkClient, emulator: ChatworkEmulator, clock: FakeClock
) -> None:
    emulator.inject_fault("429-no-reset", count=2)
    client.rooms()
    assert len(clock.sleeps) == 2
    assert 0.25 <= clock.sleeps[0] <= 0.5
    assert 0.5 <= clock.sleeps[1] <= 1.0


def test_spent_budget_is_waited_out_before_a_429(clock: FakeClock) -> None:
    with make_emulator(clock, rate_limit=3) as emu, make_client(emu, clock) as cw:
        for _ in range(5):
            cw.me()
        assert [r.status for r in emu.requests] == [200] * 5  # never earned a 429
        assert clock.sleeps == [301.0]  # window of 300 s from T0, plus the margin
        assert cw.request_count == 5


def test_persistent_429_ends_in_rate_limited_error(
    client: ChatworkClient, emulator: ChatworkEmulator
) -> None:
    emulator.inject_fault("429-no-reset", count=10)
    with pytest.raises(RateLimitedError) as info:
        client.rooms()
    assert info.value.retry_after is None
    assert emulator.request_count == 5  # 1 + max_retries


# --------------------------------------------------------------------------- retries


def test_5xx_is_retried_with_capped_backoff(
    client: ChatworkClient, emulator: ChatworkEmulator, clock: FakeClock
) -> None:
    emulator.inject_fault("500")
    emulator.inject_fault("502")
    emulator.inject_fault("503")
    assert client.me().account_id == ME
    assert emulator.request_count == 4
    assert len(clock.sleeps) == 3
    for attempt, slept in enumerate(clock.sleeps, start=1):
        ceiling = 0.5 * 2 ** (attempt - 1)
        assert ceiling / 2 <= slept <= ceiling


def test_backoff_is_capped(emulator: ChatworkEmulator, clock: FakeClock) -> None:
    emulator.inject_fault("500", count=7)
    with make_client(emulator, clock, max_retries=7, backoff_cap=2.0) as cw:
        cw.me()
    assert max(clock.sleeps) <= 2.0
    assert clock.sleeps[-1] >= 1.0


def test_5xx_after_the_retries_is_a_server_error(
    client: ChatworkClient, emulator: ChatworkEmulator
) -> None:
    emulator.inject_fault("500", count=5)
    with pytest.raises(ServerError) as info:
        client.rooms()
    assert info.value.status == 500
    assert emulator.request_count == 5


def test_connection_reset_is_retried(client: ChatworkClient, emulator: ChatworkEmulator) -> None:
    emulator.inject_fault("reset", count=2)
    assert client.me().account_id == ME
    assert emulator.request_count == 3


def test_timeout_is_retried(emulator: ChatworkEmulator, clock: FakeClock) -> None:
    emulator.inject_fault("slow", delay=0.3)
    with make_client(emulator, clock, timeout=0.05) as cw:
        assert cw.me().account_id == ME
    assert emulator.request_count == 2
    assert len(clock.sleeps) == 1


def test_timeouts_after_the_retries_are_a_network_error(
    emulator: ChatworkEmulator, clock: FakeClock
) -> None:
    emulator.inject_fault("slow", count=2, delay=0.3)
    cw = make_client(emulator, clock, timeout=0.05, max_retries=1)
    with cw, pytest.raises(NetworkError, match=r"no answer within 0\.05 s"):
        cw.me()
    assert emulator.request_count == 2


def test_a_post_is_never_retried_after_an_ambiguous_failure(
    client: ChatworkClient, emulator: ChatworkEmulator, clock: FakeClock
) -> None:
    emulator.inject_fault("500", method="POST")
    with pytest.raises(ServerError):
        client.post_message(ROOM, "一度だけ")
    emulator.inject_fault("reset", method="POST")
    with pytest.raises(NetworkError):
        client.post_message(ROOM, "一度だけ")
    assert emulator.request_count == 2
    assert clock.sleeps == []


def test_a_timed_out_post_is_not_repeated(emulator: ChatworkEmulator, clock: FakeClock) -> None:
    emulator.inject_fault("slow", delay=0.3, method="POST")
    with make_client(emulator, clock, timeout=0.05) as cw, pytest.raises(NetworkError):
        cw.post_message(ROOM, "届いたかもしれない")
    assert emulator.request_count == 1


def test_refused_connection_is_a_network_error_without_the_token(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    emu = make_emulator(clock)
    url = emu.start()
    emu.stop()
    with make_client(emu, clock, max_retries=1) as cw, pytest.raises(NetworkError) as info:
        cw.rooms()
    assert TOKEN not in str(info.value)
    assert info.value.__cause__ is None
    assert info.value.__suppress_context__
    assert TOKEN not in caplog.text
    assert url.startswith("http://127.0.0.1:")


def test_debug_log_names_requests_but_never_the_token(
    client: ChatworkClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="chatsync.chatwork.client")
    client.messages(ROOM)
    client.post_message(ROOM, "x")
    assert "GET /rooms/10/messages params={'force': 1} -> 204" in caplog.text
    assert "POST /rooms/10/messages" in caplog.text
    assert TOKEN not in caplog.text


def test_client_satisfies_the_chat_client_port(client: ChatworkClient) -> None:
    from chatsync.ports import ChatClient

    port: ChatClient = client
    assert port.rooms()[0].room_id == ROOM


def test_empty_token_is_refused_up_front() -> None:
    with pytest.raises(AuthError, match="CHATSYNC_CHATWORK__TOKEN"):
        ChatworkClient("")


# --------------------------------------------------------------------------- HTTP-layer edges


@responses.activate
def test_a_numeric_message_id_is_rejected_not_rounded() -> None:
    responses.get(
        "https://api.chatwork.com/v2/rooms/1/messages",
        json=[
            {
                "message_id": 1183167621093130240,
                "account": {"account_id": 1, "name": "a"},
                "body": "x",
                "send_time": 1,
                "update_time": 0,
            }
        ],
    )
    with pytest.raises(ServerError, match="unexpected shape"):
        ChatworkClient(TOKEN, max_retries=0).messages(1)


@responses.activate
def test_an_empty_200_body_on_a_list_is_an_empty_list() -> None:
    responses.get("https://api.chatwork.com/v2/rooms/1/tasks", body=b"", status=200)
    assert ChatworkClient(TOKEN).tasks(1) == []


@responses.activate
def test_every_call_has_the_timeout_and_the_token_header() -> None:
    seen: list[requests.PreparedRequest] = []

    def answer(request: requests.PreparedRequest) -> tuple[int, dict[str, str], str]:
        seen.append(request)
        return 200, {}, '{"account_id": 1, "room_id": 2, "name": "a"}'

    responses.add_callback(responses.GET, "https://api.chatwork.com/v2/me", callback=answer)
    ChatworkClient(TOKEN, timeout=3.5).me()
    assert seen[0].headers["X-ChatWorkToken"] == TOKEN
    assert responses.calls[0].request.req_kwargs["timeout"] == 3.5


@responses.activate
def test_a_redirect_is_not_followed_with_the_token() -> None:
    responses.get(
        "https://api.chatwork.com/v2/me",
        status=302,
        headers={"Location": "https://elsewhere.example/me"},
    )
    with pytest.raises(PermanentError, match="redirect"):
        ChatworkClient(TOKEN).me()
    assert len(responses.calls) == 1


def test_refused_connection_is_a_connect_error_and_even_a_post_is_retried() -> None:
    """Nothing was sent when the connection was refused: retrying a post is safe."""
    import socket as _socket

    from chatsync.chatwork.client import ChatworkClient
    from chatsync.errors import ConnectError

    with _socket.socket() as probe:  # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sleeps: list[float] = []
    client = ChatworkClient(
        "tok-refused-0000", f"http://127.0.0.1:{port}/v2", max_retries=2, sleep=sleeps.append
    )
    with pytest.raises(ConnectError) as err:
        client.post_message(10, "hello")
    assert len(sleeps) == 2 and client.request_count == 3
    assert "tok-refused-0000" not in str(err.value)
