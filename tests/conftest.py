"""Fixtures shared across the suite: a clean environment, emulators, a store."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import SheetsEmulator

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
    monkeypatch.setenv("CHATSYNC_DATA_DIR", str(tmp_path / "chatsync-data"))  # never ~/.local


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


@pytest.fixture
def sheets(tmp_path: Path) -> Iterator[SheetsEmulator]:
    emu = SheetsEmulator()
    emu.start()
    yield emu
    emu.stop()


@pytest.fixture
def key_file(sheets: SheetsEmulator, tmp_path: Path) -> Path:
    return sheets.write_key_file(tmp_path / "service-account.json")


@pytest.fixture
def spreadsheet_id(sheets: SheetsEmulator, key_file: Path) -> str:
    return sheets.create_spreadsheet("チームのタスク")


@pytest.fixture
def env(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    key_file: Path,
    spreadsheet_id: str,
    store_url: str,
) -> dict[str, str]:
    """The environment of a fully configured chatsync process (operations.md names)."""
    return {
        **os.environ,
        "CHATSYNC_CHATWORK__TOKEN": TOKEN,
        "CHATSYNC_CHATWORK__API_BASE": chatwork.base_url,
        "CHATSYNC_SHEETS__SPREADSHEET_ID": spreadsheet_id,
        "CHATSYNC_SHEETS__CREDENTIALS_FILE": str(key_file),
        "CHATSYNC_SHEETS__API_BASE": sheets.base_url,
        "CHATSYNC_STORE__URL": store_url,
    }
