"""The Chatwork emulator speaks Chatwork API v2 as ../shared/research/chatwork-api.md pins it.

Raw HTTP (requests) on purpose: these tests pin status codes, headers, JSON names and types,
independently of chatsync's own client.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
import requests

from chatsync.emulators.chatwork import ChatworkEmulator

T0 = 1_700_000_000
TOKEN = "tok-emulator-test"
ME = 101
PEER = 102
OUTSIDER = 103
ROOM = 10
OTHER_ROOM = 20


@pytest.fixture
def emu() -> Iterator[ChatworkEmulator]:
    emulator = ChatworkEmulator(tokens={TOKEN: ME, "tok-outsider": OUTSIDER})
    emulator.set_time(T0)
    emulator.add_account(ME, "田中 太郎")
    emulator.add_account(PEER, "佐藤 花子")
    emulator.add_room(ROOM, "営業チーム", members=[ME, PEER], created_time=T0 - 86_400)
    emulator.add_room(OTHER_ROOM, "経理", members=[PEER, OUTSIDER], created_time=T0 - 86_400)
    with emulator:
        yield emulator


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        session.headers["X-ChatWorkToken"] = TOKEN
        yield session


JST = timezone(timedelta(hours=9))
MINI_ACCOUNT = {"account_id": int, "name": str, "avatar_image_url": str}
ROOM_LIST_ITEM = {
    "room_id": int,
    "name": str,
    "type": str,
    "role": str,
    "sticky": bool,
    "unread_num": int,
    "mention_num": int,
    "mytask_num": int,
    "message_num": int,
    "file_num": int,
    "task_num": int,
    "icon_path": str,
    "last_update_time": int,
}


def assert_shape(value: object, shape: dict[str, type]) -> None:
    assert isinstance(value, dict)
    assert set(value) == set(shape)
    for key, kind in shape.items():
        assert type(value[key]) is kind, key  # bool is not int here


def assert_message(item: object) -> None:
    assert isinstance(item, dict)
    assert set(item) == {"message_id", "account", "body", "send_time", "update_time"}
    assert isinstance(item["message_id"], str)
    assert item["message_id"].isdigit()
    assert_shape(item["account"], MINI_ACCOUNT)
    assert type(item["send_time"]) is int
    assert type(item["update_time"]) is int


def test_missing_or_wrong_token_is_401_with_errors_json(emu: ChatworkEmulator) -> None:
    for headers in ({}, {"X-ChatWorkToken": "nope"}):
        r = requests.get(f"{emu.base_url}/me", headers=headers, timeout=5)
        assert r.status_code == 401
        assert r.headers["Content-Type"] == "application/json"
        assert r.json() == {"errors": ["Invalid API token"]}
        assert {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"} <= set(r.headers)


def test_token_header_name_is_case_insensitive(emu: ChatworkEmulator) -> None:
    r = requests.get(f"{emu.base_url}/me", headers={"x-chatworktoken": TOKEN}, timeout=5)
    assert r.status_code == 200
    assert r.json()["account_id"] == ME


def test_me_has_every_documented_field_with_its_type(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    body = http.get(f"{emu.base_url}/me").json()
    ints = {"account_id", "room_id", "organization_id"}
    strings = {
        "name",
        "chatwork_id",
        "organization_name",
        "department",
        "title",
        "url",
        "introduction",
        "mail",
        "tel_organization",
        "tel_extension",
        "tel_mobile",
        "skype",
        "facebook",
        "twitter",
        "avatar_image_url",
        "login_mail",
    }
    assert_shape(body, {**dict.fromkeys(ints, int), **dict.fromkeys(strings, str)})
    assert body["name"] == "田中 太郎"


def test_rate_limit_headers_count_down_within_a_fixed_window(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    first = http.get(f"{emu.base_url}/me")
    second = http.get(f"{emu.base_url}/rooms")
    assert first.headers["X-RateLimit-Limit"] == "300"
    assert first.headers["X-RateLimit-Remaining"] == "299"
    assert second.headers["X-RateLimit-Remaining"] == "298"
    reset = str(T0 + 300)
    assert first.headers["X-RateLimit-Reset"] == second.headers["X-RateLimit-Reset"] == reset


def test_spent_budget_is_429_until_the_reset() -> None:
    emu = ChatworkEmulator(tokens={TOKEN: ME}, rate_limit=2, rate_window=300)
    emu.set_time(T0)
    with emu, requests.Session() as http:
        http.headers["X-ChatWorkToken"] = TOKEN
        assert [http.get(f"{emu.base_url}/me").status_code for _ in range(2)] == [200, 200]
        refused = http.get(f"{emu.base_url}/me")
        assert refused.status_code == 429
        assert refused.headers["X-RateLimit-Remaining"] == "0"
        assert refused.headers["X-RateLimit-Reset"] == str(T0 + 300)
        assert isinstance(refused.json()["errors"], list)
        emu.set_time(T0 + 300)
        again = http.get(f"{emu.base_url}/me")
        assert again.status_code == 200
        assert again.headers["X-RateLimit-Remaining"] == "1"


def test_rooms_list_and_detail_shapes(emu: ChatworkEmulator, http: requests.Session) -> None:
    emu.add_message(ROOM, PEER, "[To:101]田中さん\n確認お願いします", send_time=T0 - 60)
    rooms = http.get(f"{emu.base_url}/rooms").json()
    assert [r["room_id"] for r in rooms] == [ROOM]  # not OTHER_ROOM: not a member
    assert_shape(rooms[0], ROOM_LIST_ITEM)
    assert rooms[0]["type"] == "group"
    assert rooms[0]["role"] == "admin"
    assert rooms[0]["unread_num"] == 1
    assert rooms[0]["mention_num"] == 1
    assert rooms[0]["message_num"] == 1
    assert rooms[0]["last_update_time"] == T0 - 60
    detail = http.get(f"{emu.base_url}/rooms/{ROOM}").json()
    assert_shape(detail, {**ROOM_LIST_ITEM, "description": str})


def test_members_shape(emu: ChatworkEmulator, http: requests.Session) -> None:
    members = http.get(f"{emu.base_url}/rooms/{ROOM}/members").json()
    assert [m["account_id"] for m in members] == [ME, PEER]
    for m in members:
        assert_shape(
            m,
            {
                "account_id": int,
                "role": str,
                "name": str,
                "chatwork_id": str,
                "organization_id": int,
                "organization_name": str,
                "department": str,
                "avatar_image_url": str,
            },
        )


def test_rooms_the_account_is_not_in_are_404_by_default_or_403(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    for path in (f"/rooms/{OTHER_ROOM}", f"/rooms/{OTHER_ROOM}/messages", "/rooms/999"):
        r = http.get(f"{emu.base_url}{path}")
        assert r.status_code == 404
        assert isinstance(r.json()["errors"], list)
    emu.nonmember_status = 403
    assert http.get(f"{emu.base_url}/rooms/{OTHER_ROOM}").status_code == 403
    assert http.get(f"{emu.base_url}/rooms/999").status_code == 404


def test_message_ids_are_long_digit_strings(emu: ChatworkEmulator, http: requests.Session) -> None:
    emu.add_message(ROOM, PEER, "おはようございます", send_time=T0 - 10)
    items = http.get(f"{emu.base_url}/rooms/{ROOM}/messages", params={"force": 1}).json()
    assert_message(items[0])
    assert len(items[0]["message_id"]) >= 17
    assert int(items[0]["message_id"]) > 2**53
    assert items[0]["update_time"] == 0
    assert items[0]["account"]["name"] == "佐藤 花子"


def test_force0_is_a_per_token_cursor_and_204_when_nothing_is_new(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    url = f"{emu.base_url}/rooms/{ROOM}/messages"
    first = emu.add_message(ROOM, PEER, "一つ目", send_time=T0 - 20)
    assert [m["message_id"] for m in http.get(url).json()] == [first]
    empty = http.get(url, params={"force": 0})
    assert empty.status_code == 204
    assert empty.content == b""
    assert "X-RateLimit-Remaining" in empty.headers
    second = emu.add_message(ROOM, ME, "自分の投稿も返る", send_time=T0 - 10)
    assert [m["message_id"] for m in http.get(url).json()] == [second]
    # force=1 returns the latest regardless and does not move the cursor
    assert len(http.get(url, params={"force": 1}).json()) == 2
    assert http.get(url).status_code == 204
    # another token keeps its own position
    emu.add_token("tok-second", PEER)
    other = requests.get(url, headers={"X-ChatWorkToken": "tok-second"}, timeout=5)
    assert [m["message_id"] for m in other.json()] == [first, second]


def test_force0_hands_out_a_backlog_100_at_a_time_oldest_first(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    ids = [emu.add_message(ROOM, PEER, f"m{i}", send_time=T0 - 1000 + i) for i in range(150)]
    url = f"{emu.base_url}/rooms/{ROOM}/messages"
    batch1 = [m["message_id"] for m in http.get(url).json()]
    batch2 = [m["message_id"] for m in http.get(url).json()]
    assert batch1 == ids[:100]
    assert batch2 == ids[100:]
    assert http.get(url).status_code == 204


def test_force0_latest_backlog_option_drops_the_oldest() -> None:
    emu = ChatworkEmulator(tokens={TOKEN: ME}, backlog="latest")
    emu.set_time(T0)
    emu.add_room(ROOM, "r", members=[ME, PEER])
    ids = [emu.add_message(ROOM, PEER, f"m{i}", send_time=T0 - 1000 + i) for i in range(150)]
    with emu:
        url = f"{emu.base_url}/rooms/{ROOM}/messages"
        headers = {"X-ChatWorkToken": TOKEN}
        assert [m["message_id"] for m in requests.get(url, headers=headers, timeout=5).json()] == (
            ids[50:]
        )
        assert requests.get(url, headers=headers, timeout=5).status_code == 204


def test_force1_returns_the_latest_100_oldest_first(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    ids = [emu.add_message(ROOM, PEER, f"m{i}", send_time=T0 - 1000 + i) for i in range(150)]
    items = http.get(f"{emu.base_url}/rooms/{ROOM}/messages", params={"force": 1}).json()
    assert [m["message_id"] for m in items] == ids[50:]
    assert [m["send_time"] for m in items] == sorted(m["send_time"] for m in items)


def test_force1_on_an_empty_room_is_204(emu: ChatworkEmulator, http: requests.Session) -> None:
    r = http.get(f"{emu.base_url}/rooms/{ROOM}/messages", params={"force": 1})
    assert r.status_code == 204
    assert r.content == b""


def test_future_messages_appear_when_the_clock_reaches_them(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    later = emu.add_message(ROOM, PEER, "まだ", send_time=T0 + 60)
    url = f"{emu.base_url}/rooms/{ROOM}"
    assert http.get(f"{url}/messages", params={"force": 1}).status_code == 204
    assert http.get(f"{url}/messages/{later}").status_code == 404
    assert http.get(url).json()["last_update_time"] == T0 - 86_400
    emu.set_time(T0 + 60)
    assert [m["message_id"] for m in http.get(f"{url}/messages").json()] == [later]
    assert http.get(url).json()["last_update_time"] == T0 + 60
    assert_message(http.get(f"{url}/messages/{later}").json())


def test_back_dated_messages_drive_last_update_time(http: requests.Session) -> None:
    emu = ChatworkEmulator(tokens={TOKEN: ME})
    emu.set_time(T0)
    emu.add_room(ROOM, "r", members=[ME])  # no created_time: messages alone decide
    with emu:
        url = f"{emu.base_url}/rooms/{ROOM}"
        assert http.get(url).json()["last_update_time"] == 0
        emu.add_message(ROOM, ME, "a", send_time=T0 - 100)
        assert http.get(url).json()["last_update_time"] == T0 - 100
        emu.add_message(ROOM, ME, "b", send_time=T0 - 40)
        assert http.get(url).json()["last_update_time"] == T0 - 40


def test_edits_set_update_time_and_move_last_update_time(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    mid = emu.add_message(ROOM, PEER, "初版", send_time=T0 - 100)
    emu.edit_message(ROOM, mid, "改訂版")
    item = http.get(f"{emu.base_url}/rooms/{ROOM}/messages/{mid}").json()
    assert (item["body"], item["update_time"]) == ("改訂版", T0)
    assert http.get(f"{emu.base_url}/rooms/{ROOM}").json()["last_update_time"] == T0


def test_message_from_another_room_is_404(emu: ChatworkEmulator, http: requests.Session) -> None:
    mid = emu.add_message(OTHER_ROOM, PEER, "経理の話", send_time=T0 - 5)
    assert http.get(f"{emu.base_url}/rooms/{ROOM}/messages/{mid}").status_code == 404


def test_post_message_is_form_encoded_and_answers_a_string_id(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    r = http.post(f"{emu.base_url}/rooms/{ROOM}/messages", data={"body": "本日の遅延: 2件"})
    assert r.status_code == 200
    assert set(r.json()) == {"message_id"}
    assert isinstance(r.json()["message_id"], str)
    [posted] = emu.posted(ROOM)
    assert (posted.message_id, posted.body, posted.account_id) == (
        r.json()["message_id"],
        "本日の遅延: 2件",
        ME,
    )
    assert posted.send_time == T0
    assert not posted.self_unread
    # the poster's own message is read for them unless self_unread=1
    assert http.get(f"{emu.base_url}/rooms/{ROOM}").json()["unread_num"] == 0
    http.post(f"{emu.base_url}/rooms/{ROOM}/messages", data={"body": "x", "self_unread": "1"})
    assert http.get(f"{emu.base_url}/rooms/{ROOM}").json()["unread_num"] == 1


@pytest.mark.parametrize(
    ("data", "status"),
    [({}, 400), ({"body": ""}, 400), ({"body": "x" * 65_536}, 400), ({"body": "x" * 65_535}, 200)],
)
def test_post_body_must_be_1_to_65535_chars(
    emu: ChatworkEmulator, http: requests.Session, data: dict[str, str], status: int
) -> None:
    r = http.post(f"{emu.base_url}/rooms/{ROOM}/messages", data=data)
    assert r.status_code == status
    if status == 400:
        assert isinstance(r.json()["errors"], list)


def test_posting_is_limited_to_10_per_10_seconds_per_room(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    url = f"{emu.base_url}/rooms/{ROOM}/messages"
    assert [http.post(url, data={"body": f"{i}"}).status_code for i in range(10)] == [200] * 10
    refused = http.post(url, data={"body": "11"})
    assert refused.status_code == 429
    assert refused.json() == {"errors": ["Rate limit for message posting per room exceeded."]}
    assert int(refused.headers["X-RateLimit-Remaining"]) > 0  # the general budget is fine
    emu.set_time(T0 + 10)
    assert http.post(url, data={"body": "12"}).status_code == 200
    assert len(emu.posted(ROOM)) == 11


def test_creating_tasks_posts_task_added_messages(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    deadline = int(datetime(2023, 11, 20, 15, 0, tzinfo=JST).timestamp())
    r = http.post(
        f"{emu.base_url}/rooms/{ROOM}/tasks",
        data={
            "body": "見積書の作成",
            "to_ids": f"{ME},{PEER}",
            "limit": deadline,
            "limit_type": "date",
        },
    )
    assert r.status_code == 200
    task_ids = r.json()["task_ids"]
    assert len(task_ids) == 2
    assert all(type(t) is int for t in task_ids)
    tasks = http.get(f"{emu.base_url}/rooms/{ROOM}/tasks").json()
    end_of_day = int(datetime(2023, 11, 20, 23, 59, 59, tzinfo=JST).timestamp())
    assert [t["task_id"] for t in tasks] == task_ids
    for task in tasks:
        assert_shape(
            task,
            {
                "task_id": int,
                "account": dict,
                "assigned_by_account": dict,
                "message_id": str,
                "body": str,
                "limit_time": int,
                "status": str,
                "limit_type": str,
            },
        )
        assert (task["limit_time"], task["limit_type"], task["status"]) == (
            end_of_day,
            "date",
            "open",
        )
        assert task["assigned_by_account"]["account_id"] == ME
        announce = http.get(f"{emu.base_url}/rooms/{ROOM}/messages/{task['message_id']}").json()
        assert announce["body"] == (
            f"[info][title][dtext:task_added][/title][task aid={task['account']['account_id']} "
            f"st=open lt={end_of_day} ltype=date]見積書の作成[/task][/info]"
        )
        assert announce["account"]["account_id"] == ME


def test_task_without_limit_has_no_deadline(emu: ChatworkEmulator, http: requests.Session) -> None:
    http.post(f"{emu.base_url}/rooms/{ROOM}/tasks", data={"body": "議事録", "to_ids": str(PEER)})
    [task] = http.get(f"{emu.base_url}/rooms/{ROOM}/tasks").json()
    assert (task["limit_time"], task["limit_type"]) == (0, "none")


def test_task_status_put_answers_task_id_and_posts_task_done(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    [task_id] = emu.add_task(ROOM, ME, [PEER], "請求書送付", limit=T0 + 3600)
    url = f"{emu.base_url}/rooms/{ROOM}/tasks/{task_id}/status"
    r = http.put(url, data={"body": "done"})
    assert r.status_code == 200
    assert r.json() == {"task_id": task_id}
    assert http.get(f"{emu.base_url}/rooms/{ROOM}/tasks").status_code == 204  # no open tasks
    [done] = http.get(f"{emu.base_url}/rooms/{ROOM}/tasks", params={"status": "done"}).json()
    assert done["status"] == "done"
    bodies = [m["body"] for m in http.get(f"{emu.base_url}/rooms/{ROOM}/messages").json()]
    assert bodies[-1] == (
        f"[info][title][dtext:task_done][/title][task aid={PEER} st=done lt={T0 + 3600} "
        "ltype=time]請求書送付[/task][/info]"
    )
    assert http.put(url, data={"body": "finished"}).status_code == 400


def test_task_assignees_must_be_members(emu: ChatworkEmulator, http: requests.Session) -> None:
    r = http.post(f"{emu.base_url}/rooms/{ROOM}/tasks", data={"body": "x", "to_ids": str(OUTSIDER)})
    assert r.status_code == 400


def test_read_and_unread_marks(emu: ChatworkEmulator, http: requests.Session) -> None:
    first = emu.add_message(ROOM, PEER, "[To:101] a", send_time=T0 - 20)
    emu.add_message(ROOM, PEER, "b", send_time=T0 - 10)
    url = f"{emu.base_url}/rooms/{ROOM}/messages"
    assert http.put(f"{url}/read").json() == {"unread_num": 0, "mention_num": 0}
    assert http.put(f"{url}/read").status_code == 400
    assert http.put(f"{url}/unread", data={"message_id": first}).json() == {
        "unread_num": 2,
        "mention_num": 1,
    }


def test_my_status_and_my_tasks(emu: ChatworkEmulator, http: requests.Session) -> None:
    emu.add_task(ROOM, PEER, [ME], "資料確認")
    status = http.get(f"{emu.base_url}/my/status").json()
    assert status["mytask_num"] == 1
    assert all(type(v) is int for v in status.values())
    [task] = http.get(f"{emu.base_url}/my/tasks").json()
    assert "account" not in task
    assert task["room"] == {
        "room_id": ROOM,
        "name": "営業チーム",
        "icon_path": "https://appdata.chatwork.com/icon/ico_group.png",
    }


def test_faults_hit_matching_requests_only_and_are_counted(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    emu.inject_fault("500", count=2, path_prefix=f"/rooms/{ROOM}/messages")
    assert http.get(f"{emu.base_url}/rooms").status_code == 200
    assert [http.get(f"{emu.base_url}/rooms/{ROOM}/messages").status_code for _ in range(3)] == [
        500,
        500,
        204,
    ]
    assert emu.request_count == 4
    assert emu.path_counts() == {"GET /rooms": 1, f"GET /rooms/{ROOM}/messages": 3}
    emu.reset_counts()
    assert emu.request_count == 0


@pytest.mark.parametrize("kind", ["502", "503"])
def test_gateway_faults_answer_plain_text(
    emu: ChatworkEmulator, http: requests.Session, kind: str
) -> None:
    emu.inject_fault(kind)
    r = http.get(f"{emu.base_url}/me")
    assert r.status_code == int(kind)
    assert r.headers["Content-Type"] == "text/plain"


def test_429_faults_with_and_without_reset_headers(
    emu: ChatworkEmulator, http: requests.Session
) -> None:
    emu.inject_fault("429", reset_in=42)
    emu.inject_fault("429-no-reset")
    with_reset = http.get(f"{emu.base_url}/me")
    without = http.get(f"{emu.base_url}/me")
    assert with_reset.status_code == without.status_code == 429
    assert with_reset.headers["X-RateLimit-Remaining"] == "0"
    assert with_reset.headers["X-RateLimit-Reset"] == str(T0 + 42)
    assert "X-RateLimit-Reset" not in without.headers


def test_reset_and_slow_faults(emu: ChatworkEmulator, http: requests.Session) -> None:
    emu.inject_fault("reset", method="GET")
    with pytest.raises(requests.ConnectionError):
        http.get(f"{emu.base_url}/me")
    emu.inject_fault("slow", delay=0.3)
    with pytest.raises(requests.ReadTimeout):
        http.get(f"{emu.base_url}/me", timeout=0.05)
    assert http.get(f"{emu.base_url}/me").status_code == 200


def test_unknown_fault_kind_is_refused(emu: ChatworkEmulator) -> None:
    with pytest.raises(ValueError, match="unknown fault kind"):
        emu.inject_fault("418")


def test_http_control_surface_loads_and_inspects(emu: ChatworkEmulator) -> None:
    control = emu.control_url
    scenario = {
        "now": T0 + 100,
        "accounts": [{"account_id": 201, "name": "鈴木", "token": "tok-201"}],
        "rooms": [
            {
                "room": {"room_id": 3001, "name": "営業チーム"},
                "members": [
                    {"account_id": 201, "name": "鈴木"},
                    {"account_id": 202, "name": "山田"},
                ],
                "messages": [
                    {
                        "message_id": "3001000001",
                        "account": {"account_id": 202, "name": "山田"},
                        "body": "見積書をお願いします",
                        "send_time": T0 + 50,
                        "update_time": 0,
                    }
                ],
            }
        ],
    }
    assert requests.post(f"{control}/load", json=scenario, timeout=5).json() == {"ok": True}
    added = requests.post(
        f"{control}/messages",
        json={"room_id": 3001, "account_id": 201, "body": "later", "send_time": T0 + 200},
        timeout=5,
    ).json()["message_id"]
    api = {"X-ChatWorkToken": "tok-201"}
    url = f"{emu.base_url}/rooms/3001/messages"
    visible = requests.get(url, headers=api, params={"force": 1}, timeout=5).json()
    assert [m["message_id"] for m in visible] == ["3001000001"]
    requests.post(f"{control}/time", json={"advance": 100}, timeout=5)
    visible = requests.get(url, headers=api, params={"force": 1}, timeout=5).json()
    assert [m["message_id"] for m in visible] == ["3001000001", added]
    requests.post(f"{control}/faults", json={"kind": "503", "path_prefix": "/me"}, timeout=5)
    assert requests.get(f"{emu.base_url}/me", headers=api, timeout=5).status_code == 503
    requests.post(url, headers=api, data={"body": "posted"}, timeout=5)
    posted = requests.get(f"{control}/posted", params={"room_id": 3001}, timeout=5).json()
    assert [m["body"] for m in posted] == ["posted"]
    state = requests.get(f"{control}/state", timeout=5).json()
    assert state["request_count"] == 4
    assert state["now"] == T0 + 200
    requests.post(f"{control}/reset_counts", timeout=5)
    assert emu.request_count == 0
    bad = requests.post(f"{control}/faults", json={"kind": "418"}, timeout=5)
    assert bad.status_code == 400


def test_paths_outside_v2_are_404(emu: ChatworkEmulator, http: requests.Session) -> None:
    assert http.get(emu.base_url.removesuffix("/v2") + "/v1/me").status_code == 404
    assert http.get(f"{emu.base_url}/no/such/endpoint").status_code == 404


def test_runs_standalone_with_python_m() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "chatsync.emulators.chatwork", "--port", "0", "--token", "t:5"],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        match = re.search(r"API (http://127\.0\.0\.1:\d+/v2)", line)
        assert match, line
        r = requests.get(f"{match.group(1)}/me", headers={"X-ChatWorkToken": "t"}, timeout=5)
        assert r.json()["account_id"] == 5
    finally:
        proc.terminate()
        proc.wait(timeout=10)
