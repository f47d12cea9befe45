"""Fixtures shared across the suite: a clean environment, emulators, a store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatsync.emulators.chatwork import ChatworkEmulator

TOKEN = "test-token-0123456789abcdef"
ME = 900  # the account chatsync reads Chatwork with


@pytest.fixture(autouse=True)
def _no_chatsync_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never see the developer's CHATSYNC_* variables or config file."""
    for key in list(os.environ):
        if key.startswith("CHATSYNC_"):
            monkeypatch.delenv(key)
    empty = tmp_path / "empty-chatsync.toml"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv("CHATSYNC_CONFIG", str(empty))


@pytest.fixture
def chatwork() -> Iterator[ChatworkEmulator]:
    emu = ChatworkEmulator({TOKEN: ME})
    emu.add_account(ME, "chatsync bot")
    emu.start()
    yield emu
    emu.stop()


@pytest.fixture
def store_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/state/chatsync.db"
