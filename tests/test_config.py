"""Settings: TOML + env precedence, plain-sentence errors, the example file in step."""

from __future__ import annotations

import tomllib
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pydantic import BaseModel

from chatsync.config import Settings, load_settings, require
from chatsync.errors import ConfigError

JST = ZoneInfo("Asia/Tokyo")

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)


def test_defaults_match_operations_md(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CHATSYNC_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    s = load_settings()
    assert s.chatwork.api_base == "https://api.chatwork.com/v2"
    assert s.sheets.api_base == "https://sheets.googleapis.com"
    assert s.sheets.worksheet == "タスク"
    assert s.store.url.startswith("sqlite:///") and s.store.url.endswith("/chatsync/chatsync.db")
    assert Path(s.store.url.removeprefix("sqlite:///")).is_absolute()  # not the working folder
    assert s.digest.time.strftime("%H:%M") == "09:00"
    assert s.timezone == "Asia/Tokyo"
    assert s.chatwork.rooms == ()


def test_the_data_folder_is_the_same_from_any_working_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("CHATSYNC_DATA_DIR", str(tmp_path / "state"))
    for here in (tmp_path, tmp_path.parent):
        monkeypatch.chdir(here)
        assert load_settings().store.url == f"sqlite:///{tmp_path / 'state' / 'chatsync.db'}"


def test_since_is_a_day_or_a_number_of_days(monkeypatch: pytest.MonkeyPatch) -> None:
    first = 1_800_000_000
    assert load_settings().chatwork.since_moment(first, JST) == first - 14 * 86_400
    monkeypatch.setenv("CHATSYNC_CHATWORK__SINCE", "3")
    assert load_settings().chatwork.since_moment(first, JST) == first - 3 * 86_400
    monkeypatch.setenv("CHATSYNC_CHATWORK__SINCE", "2026-11-01")
    moment = load_settings().chatwork.since_moment(first, JST)
    assert datetime.fromtimestamp(moment, JST) == datetime(2026, 11, 1, tzinfo=JST)
    monkeypatch.setenv("CHATSYNC_CHATWORK__SINCE", "last week")
    with pytest.raises(ConfigError, match="CHATSYNC_CHATWORK__SINCE"):
        load_settings()


def test_a_pasted_sheet_url_is_reduced_to_its_id(monkeypatch: pytest.MonkeyPatch) -> None:
    url = "https://docs.google.com/spreadsheets/d/1AbC-d_EF2/edit#gid=0"
    monkeypatch.setenv("CHATSYNC_SHEETS__SPREADSHEET_ID", url)
    assert load_settings().sheets.spreadsheet_id == "1AbC-d_EF2"


def test_env_overrides_toml(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[chatwork]\nrooms = [1, 2]\n[digest]\ntime = "08:30"\n', encoding="utf-8")
    monkeypatch.setenv("CHATSYNC_CONFIG", str(cfg))
    monkeypatch.setenv("CHATSYNC_CHATWORK__ROOMS", "5, 6,7")
    monkeypatch.setenv("CHATSYNC_DIGEST__ROOM_IDS", "9")
    monkeypatch.setenv("CHATSYNC_CHATWORK__TOKEN", "secret-token-value")
    s = load_settings()
    assert s.chatwork.rooms == (5, 6, 7)
    assert s.digest.room_ids == (9,)
    assert s.digest.time.strftime("%H:%M") == "08:30"
    assert s.chatwork.resolved_token() == "secret-token-value"
    assert "secret-token-value" not in repr(s)


def test_default_config_file_is_read(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CHATSYNC_CONFIG")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "chatsync.toml").write_text('timezone = "UTC"\n', encoding="utf-8")
    assert load_settings().timezone == "UTC"


def test_errors_are_sentences_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHATSYNC_TIMEZONE", "Mars/Base")
    monkeypatch.setenv("CHATSYNC_DIGEST__TIME", "25:00")
    monkeypatch.setenv("CHATSYNC_POLL__INTERVAL_SECONDS", "abc")
    with pytest.raises(ConfigError) as err:
        load_settings()
    text = str(err.value)
    assert "CHATSYNC_TIMEZONE" in text and "Mars/Base" in text
    assert "CHATSYNC_DIGEST__TIME" in text
    assert "CHATSYNC_POLL__INTERVAL_SECONDS" in text
    assert "pydantic" not in text


def test_missing_config_file_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHATSYNC_CONFIG", "/nonexistent/chatsync.toml")
    with pytest.raises(ConfigError, match=r"/nonexistent/chatsync\.toml"):
        load_settings()


def test_broken_toml_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cfg = tmp_path / "bad.toml"
    cfg.write_text("[chatwork\nrooms = ", encoding="utf-8")
    monkeypatch.setenv("CHATSYNC_CONFIG", str(cfg))
    with pytest.raises(ConfigError, match=r"bad\.toml"):
        load_settings()


def test_token_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "tok").write_text("from-file\n", encoding="utf-8")
    monkeypatch.setenv("CHATSYNC_CHATWORK__TOKEN_FILE", str(tmp_path / "tok"))
    assert load_settings().chatwork.resolved_token() == "from-file"
    monkeypatch.setenv("CHATSYNC_CHATWORK__TOKEN_FILE", str(tmp_path / "none"))
    with pytest.raises(ConfigError, match="token_file"):
        load_settings().chatwork.resolved_token()


def test_require_names_every_missing_setting() -> None:
    with pytest.raises(ConfigError) as err:
        require(load_settings(), "token", "sheet", "digest")
    text = str(err.value)
    for name in (
        "CHATSYNC_CHATWORK__TOKEN",
        "CHATSYNC_SHEETS__SPREADSHEET_ID",
        "CHATSYNC_SHEETS__CREDENTIALS_FILE",
        "CHATSYNC_DIGEST__ROOM_IDS",
    ):
        assert name in text


def _keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    out = set()
    for name, info in model.model_fields.items():
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, BaseModel):
            out |= _keys(ann, f"{prefix}{name}.")
        else:
            out.add(prefix + name)
    return out


SECRET_ONLY = {"chatwork.token"}


def test_example_toml_documents_every_setting() -> None:
    text = (ROOT / "config" / "chatsync.example.toml").read_text(encoding="utf-8")
    tomllib.loads(text)  # valid TOML
    section = ""
    present = set()
    for raw in text.splitlines():
        line = raw.lstrip("# ").strip()
        if line.startswith("[") and line.endswith("]") and " " not in line:
            section = line[1:-1] + "."
        elif "=" in line:
            present.add(section + line.split("=", 1)[0].strip())
    assert _keys(Settings) - SECRET_ONLY <= present


def test_example_toml_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHATSYNC_CONFIG", str(ROOT / "config" / "chatsync.example.toml"))
    assert load_settings() == Settings()
