"""The README states only what is true: its tables are checked against the code."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from chatsync.config import Settings, env_name
from chatsync.models import Conversation
from chatsync.parser.extract import extract_conversation

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
SENT = 1_796_605_200  # Monday 2026-12-07 10:00 JST


def section(name: str) -> list[list[str]]:
    body = README.split(f"<!-- {name}:start -->")[1].split(f"<!-- {name}:end -->")[0]
    rows = [line for line in body.strip().splitlines() if line.startswith("|")][2:]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in rows]


def _fields(model: type[BaseModel], loc: tuple[str, ...] = ()) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, info in model.model_fields.items():
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out |= _fields(ann, (*loc, name))
        else:
            out[env_name((*loc, name))] = info.default
    return out


def test_settings_table_matches_the_settings_model() -> None:
    table = {row[0].strip("`"): row[1] for row in section("settings")}
    fields = _fields(Settings)
    assert set(table) == set(fields)
    for name, default in fields.items():
        shown = table[name].strip("`")
        if default in (None, (), "", {}, []) or shown in {"—", "all rooms the token sees"}:
            assert default in (None, (), "", {}, []), name
            continue
        if name == "CHATSYNC_STORE__URL":  # computed: the data folder
            assert shown.startswith("SQLite file"), name
            continue
        if isinstance(default, list):
            text = "`, `".join(map(str, default))  # a list is shown as `a`, `b`, …
        else:
            text = default.strftime("%H:%M") if hasattr(default, "strftime") else str(default)
        assert shown == (text.lower() if isinstance(default, bool) else text), name


@pytest.mark.parametrize("table", ["parser-examples", "parser-real-examples"])
def test_parser_examples_are_what_the_parser_reads(table: str) -> None:
    rows = section(table)
    bodies = [row[0].replace("`<br>`", "\n").strip("`") for row in rows]
    messages = [
        {
            "message_id": str(1000 + i),
            "account": {"account_id": 101, "name": "田中 太郎"},
            "body": body,
            "send_time": SENT + i,
        }
        for i, body in enumerate(bodies)
    ]
    conv = Conversation.model_validate(
        {
            "id": "readme",
            "room": {"room_id": 1, "name": "営業部"},
            "members": [
                {"account_id": 101, "name": "田中 太郎"},
                {"account_id": 102, "name": "佐藤 花子"},
                {"account_id": 103, "name": "鈴木 一郎"},
            ],
            "messages": messages,
        }
    )
    got: dict[str, list[dict[str, object]]] = {}
    for task in extract_conversation(conv):
        got.setdefault(str(task["message_id"]), []).append(task)
    for i, row in enumerate(rows):
        tasks = got.get(str(1000 + i), [])
        if row[1] == "—":
            assert tasks == [], row[0]
            continue
        assert [t["title"] for t in tasks] == row[1].split("<br>"), row[0]
        assignees = [", ".join(map(str, t["assignees"])) for t in tasks]
        assert assignees == row[2].split("<br>"), row[0]
        dues = [t["due"] or "—" for t in tasks]
        assert dues == row[3].split("<br>"), row[0]


def test_quick_start_is_the_two_make_targets_and_ci_runs_the_test_one() -> None:
    quick = README.split("## Quick start")[1].split("```sh")[1].split("```")[0]
    assert re.findall(r"^make \w+", quick, re.M) == ["make demo", "make test"]
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_every_documented_command_exists() -> None:
    documented = set(re.findall(r"^\| `chatsync (\w+)", README, re.M))
    helptext = subprocess.run(
        [sys.executable, "-m", "chatsync", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in documented:
        assert command in helptext, command
    assert {"sync", "digest", "run", "extract", "check", "demo"} <= documented


def test_dockerfile_copies_files_that_exist() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    for src in re.findall(r"^COPY (?!--from)(.+) \S+$", dockerfile, re.M):
        for path in src.split():
            assert (ROOT / path).exists(), path
    assert "USER chatsync" in dockerfile and 'CMD ["run"]' in dockerfile
    assert "VOLUME" in dockerfile and "HEALTHCHECK" in dockerfile
