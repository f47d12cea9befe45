"""The emulator answers like the vendor's own spec: Chatwork's RAML, with its example responses.

Reads ``../shared/fixtures/chatwork-api-spec/endpoints.json`` (the RAML flattened to JSON) and,
for every endpoint the emulator serves, checks the emulator's JSON against the example
response (same keys, same JSON types, recursively) and against the JSON schema (required
keys, types, enums). Skipped only when the shared folder is not there (a bare clone).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests

from chatsync.emulators.chatwork import ChatworkEmulator

SHARED = Path(__file__).parents[2].parent / "shared"
SPEC = SHARED / "fixtures" / "chatwork-api-spec" / "endpoints.json"
if not SHARED.is_dir():
    pytest.skip("../shared (Chatwork's RAML fixture) is not here", allow_module_level=True)

T0 = 1_700_000_000
TOKEN = "tok-conformance"
ME = 101
PEER = 102
ROOM = 10


@dataclass
class World:
    base: str
    http: requests.Session
    peer_message: str
    own_message: str
    task_id: int


Call = Callable[[World], requests.Response]

CALLS: dict[tuple[str, str], Call] = {
    ("GET", "/me"): lambda w: w.http.get(f"{w.base}/me"),
    ("GET", "/my/status"): lambda w: w.http.get(f"{w.base}/my/status"),
    ("GET", "/my/tasks"): lambda w: w.http.get(f"{w.base}/my/tasks"),
    ("GET", "/rooms"): lambda w: w.http.get(f"{w.base}/rooms"),
    ("GET", "/rooms/{room_id}"): lambda w: w.http.get(f"{w.base}/rooms/{ROOM}"),
    ("GET", "/rooms/{room_id}/members"): lambda w: w.http.get(f"{w.base}/rooms/{ROOM}/members"),
    ("GET", "/rooms/{room_id}/messages"): lambda w: w.http.get(
        f"{w.base}/rooms/{ROOM}/messages", params={"force": 1}
    ),
    ("POST", "/rooms/{room_id}/messages"): lambda w: w.http.post(
        f"{w.base}/rooms/{ROOM}/messages", data={"body": "Hello Chatwork!", "self_unread": 0}
    ),
    ("PUT", "/rooms/{room_id}/messages/read"): lambda w: w.http.put(
        f"{w.base}/rooms/{ROOM}/messages/read", data={"message_id": w.peer_message}
    ),
    ("PUT", "/rooms/{room_id}/messages/unread"): lambda w: (
        w.http.put(f"{w.base}/rooms/{ROOM}/messages/read"),
        w.http.put(f"{w.base}/rooms/{ROOM}/messages/unread", data={"message_id": w.peer_message}),
    )[1],
    ("GET", "/rooms/{room_id}/messages/{message_id}"): lambda w: w.http.get(
        f"{w.base}/rooms/{ROOM}/messages/{w.peer_message}"
    ),
    ("PUT", "/rooms/{room_id}/messages/{message_id}"): lambda w: w.http.put(
        f"{w.base}/rooms/{ROOM}/messages/{w.own_message}", data={"body": "edited"}
    ),
    ("GET", "/rooms/{room_id}/tasks"): lambda w: w.http.get(f"{w.base}/rooms/{ROOM}/tasks"),
    ("POST", "/rooms/{room_id}/tasks"): lambda w: w.http.post(
        f"{w.base}/rooms/{ROOM}/tasks",
        data={"body": "Buy milk", "to_ids": f"{ME},{PEER}", "limit": T0 + 86_400},
    ),
    ("GET", "/rooms/{room_id}/tasks/{task_id}"): lambda w: w.http.get(
        f"{w.base}/rooms/{ROOM}/tasks/{w.task_id}"
    ),
    ("PUT", "/rooms/{room_id}/tasks/{task_id}/status"): lambda w: w.http.put(
        f"{w.base}/rooms/{ROOM}/tasks/{w.task_id}/status", data={"body": "done"}
    ),
}


def load_spec() -> dict[tuple[str, str], dict[str, Any]]:
    endpoints = json.loads(SPEC.read_text(encoding="utf-8"))
    return {(e["method"], e["path"]): e["responses"] for e in endpoints}


def json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def same_shape(got: object, example: object, where: str = "$") -> list[str]:
    """Differences in keys and JSON types between a response and the spec's example."""
    if json_type(got) != json_type(example):
        return [f"{where}: {json_type(got)} where the example has {json_type(example)}"]
    problems: list[str] = []
    if isinstance(got, dict) and isinstance(example, dict):
        if set(got) != set(example):
            problems.append(
                f"{where}: keys {sorted(set(got) ^ set(example))} differ from the example"
            )
        for key in set(got) & set(example):
            problems += same_shape(got[key], example[key], f"{where}.{key}")
    elif isinstance(got, list) and isinstance(example, list) and example:
        assert got, f"{where}: empty list, nothing to compare"
        for i, item in enumerate(got):
            problems += same_shape(item, example[0], f"{where}[{i}]")
    return problems


def schema_problems(value: object, schema: dict[str, Any], where: str = "$") -> list[str]:
    """A small JSON-schema check: type, required, properties, items, enum."""
    kind = schema.get("type")
    if kind and json_type(value) != kind:
        return [f"{where}: {json_type(value)} where the schema says {kind}"]
    problems: list[str] = []
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{where}: {value!r} not in {schema['enum']}")
    if isinstance(value, dict):
        missing = set(schema.get("required", ())) - set(value)
        if missing:
            problems.append(f"{where}: missing {sorted(missing)}")
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += schema_problems(value[key], sub, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        items = schema["items"]
        item_schema = items[0] if isinstance(items, list) else items
        for i, item in enumerate(value):
            problems += schema_problems(item, item_schema, f"{where}[{i}]")
    return problems


@pytest.fixture(scope="module")
def spec() -> dict[tuple[str, str], dict[str, Any]]:
    return load_spec()


@pytest.fixture
def world() -> Iterator[World]:
    emu = ChatworkEmulator(tokens={TOKEN: ME})
    emu.set_time(T0)
    emu.add_account(ME, "John Smith", organization_name="Hello Company", room_id=322)
    emu.add_account(PEER, "Bob")
    emu.add_room(ROOM, "Group Chat Name", members=[ME, PEER], description="room description")
    peer_message = emu.add_message(ROOM, PEER, "[To:101] Hello Chatwork!", send_time=T0 - 60)
    own_message = emu.add_message(ROOM, ME, "mine", send_time=T0 - 30)
    [task_id] = emu.add_task(ROOM, PEER, [ME], "buy milk", limit=T0 + 3600, limit_type="date")
    with emu, requests.Session() as http:
        http.headers["X-ChatWorkToken"] = TOKEN
        yield World(emu.base_url, http, peer_message, own_message, task_id)


def test_every_emulated_endpoint_is_in_the_spec(
    spec: dict[tuple[str, str], dict[str, Any]],
) -> None:
    assert set(CALLS) <= set(spec)


@pytest.mark.parametrize("endpoint", sorted(CALLS), ids=lambda e: f"{e[0]} {e[1]}")
def test_response_matches_the_spec_example_and_schema(
    endpoint: tuple[str, str], spec: dict[tuple[str, str], dict[str, Any]], world: World
) -> None:
    response = CALLS[endpoint](world)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("application/json")
    documented = spec[endpoint]["200"]
    got = response.json()
    assert same_shape(got, documented["example"]) == []
    assert schema_problems(got, documented["schema"]) == []


@pytest.mark.parametrize("endpoint", sorted(CALLS), ids=lambda e: f"{e[0]} {e[1]}")
def test_unauthorized_matches_the_spec(
    endpoint: tuple[str, str], spec: dict[tuple[str, str], dict[str, Any]], world: World
) -> None:
    world.http.headers["X-ChatWorkToken"] = "not-a-token"
    response = CALLS[endpoint](world)
    assert response.status_code == 401
    assert response.json() == spec[endpoint]["401"]["example"]
