"""Settings: a TOML file overridden by ``CHATSYNC_<SECTION>__<KEY>`` variables.

The file is ``config/chatsync.toml`` or the path in ``CHATSYNC_CONFIG``.
Secrets (the Chatwork token) come from the environment or a file path,
never from the TOML in the repo. Validation errors become one plain
sentence per setting (see :func:`explain`), never a pydantic traceback.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
import sys
import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from chatsync.errors import ConfigError
from chatsync.sheet.rows import CANCELLED_WORDS, DONE_WORDS, StatusWords

DEFAULT_CONFIG = Path("config/chatsync.toml")


def _split_ids(value: Any) -> Any:
    """Accept ``"1, 2,3"`` (env) as well as ``[1, 2, 3]`` (TOML)."""
    if isinstance(value, int):
        return [value]
    if isinstance(value, str):
        return [part for part in re.split(r"[,\s]+", value.strip()) if part]
    return value


def _split_dates(value: Any) -> Any:
    if isinstance(value, str):
        return [part for part in re.split(r"[,\s]+", value.strip()) if part]
    return value


IdList = Annotated[tuple[int, ...], NoDecode, BeforeValidator(_split_ids)]
DateList = Annotated[tuple[date, ...], NoDecode, BeforeValidator(_split_dates)]


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChatworkSettings(Section):
    token: SecretStr | None = Field(default=None, description="API token (secret; env only)")
    token_file: Path | None = Field(default=None, description="file holding the API token")
    api_base: str = Field(default="https://api.chatwork.com/v2", description="API base URL")
    rooms: IdList = Field(
        default=(), description="room ids to read; empty = every group room (no direct chats)"
    )
    since: date | int | None = Field(
        default=None,
        description="messages before this day (ISO date) or this many days before the first "
        "sync give context but create no tasks; default 14 days",
    )
    timeout_seconds: float = Field(default=10.0, gt=0, description="per-request timeout")
    max_retries: int = Field(default=4, ge=0, description="retries of 429/5xx/timeouts")

    def since_moment(self, first_sync: int, tz: dt.tzinfo) -> int:
        """Unix seconds before which messages create no tasks (``since``)."""
        if isinstance(self.since, date):
            return int(dt.datetime.combine(self.since, dt.time(0, 0), tz).timestamp())
        days = 14 if self.since is None else self.since
        return first_sync - max(0, days) * 86_400

    def resolved_token(self) -> str | None:
        if self.token is not None:
            return self.token.get_secret_value().strip() or None
        if self.token_file is not None:
            try:
                return self.token_file.read_text(encoding="utf-8").strip() or None
            except OSError as exc:
                raise ConfigError(
                    f"chatwork.token_file {self.token_file} cannot be read ({exc.strerror}); "
                    "fix the path or set CHATSYNC_CHATWORK__TOKEN"
                ) from None
        return None


class SheetsSettings(Section):
    spreadsheet_id: str = Field(default="", description="the Google Sheet's id (from its URL)")
    credentials_file: Path | None = Field(default=None, description="service-account JSON key file")
    api_base: str = Field(default="https://sheets.googleapis.com", description="API base URL")
    worksheet: str = Field(default="タスク", description="worksheet name (created if missing)")
    headers: dict[str, str] = Field(
        default={}, description="header texts by column key (id, status, title, ...)"
    )
    done_words: list[str] = Field(
        default=list(DONE_WORDS),
        description="status words people type that mean done",
    )
    cancelled_words: list[str] = Field(
        default=list(CANCELLED_WORDS),
        description="status words people type that mean cancelled",
    )
    timeout_seconds: float = Field(default=30.0, gt=0, description="per-request timeout")
    max_attempts: int = Field(default=5, ge=1, description="tries of a 429/5xx-failed call")
    sweep_minutes: int = Field(
        default=30, ge=0, description="read the sheet at least this often when chat is quiet"
    )

    @property
    def status_words(self) -> StatusWords:
        return StatusWords(tuple(self.done_words), tuple(self.cancelled_words))

    @model_validator(mode="after")
    def _distinct_words(self) -> SheetsSettings:
        try:
            self.status_words  # noqa: B018 - validates the two lists together
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return self

    @field_validator("spreadsheet_id")
    @classmethod
    def _id_from_url(cls, value: str) -> str:
        """A pasted sheet URL (…/spreadsheets/d/<ID>/edit#gid=0) is reduced to its id."""
        match = re.search(r"/spreadsheets/d/([A-Za-z0-9_-]+)", value)
        return match.group(1) if match else value.strip()

    @field_validator("headers")
    @classmethod
    def _known_columns(cls, value: dict[str, str]) -> dict[str, str]:
        from chatsync.sheet.rows import Layout

        try:
            Layout.with_headers(value)
        except ConfigError as exc:
            raise ValueError(str(exc)) from None
        return value


def data_dir() -> Path:
    """Where chatsync keeps its state by default, the same from any working folder:
    ``CHATSYNC_DATA_DIR``, else the platform's user data folder (``/data`` in the image)."""
    explicit = os.environ.get("CHATSYNC_DATA_DIR")
    if explicit:
        return Path(explicit).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "chatsync"


def default_store_url() -> str:
    return f"sqlite:///{data_dir() / 'chatsync.db'}"


class StoreSettings(Section):
    url: str = Field(
        default_factory=default_store_url,
        description="state store URL (default: chatsync.db in the data folder)",
    )


def _clock(value: Any) -> Any:
    """``9:00``, ``09:00``, ``9時``, ``9時30分`` → a time; anything else a one-line error."""
    if not isinstance(value, str):
        return value
    m = re.fullmatch(r"\s*(\d{1,2})(?::(\d{2})|時(?:(\d{1,2})分)?)\s*", value)
    if m is None or int(m[1]) > 23 or int(m[2] or m[3] or 0) > 59:
        raise ValueError(f"{value!r} is not a time of day: use HH:MM, e.g. 09:00")
    return dt.time(int(m[1]), int(m[2] or m[3] or 0))


Clock = Annotated[dt.time, BeforeValidator(_clock)]


class DigestSettings(Section):
    room_ids: IdList = Field(default=(), description="rooms that get the morning digest")
    time: Clock = Field(default=dt.time(9, 0), description="local time of the digest")
    language: Literal["ja", "en"] = Field(default="ja", description="digest language")
    mentions: bool = Field(default=True, description="[To:] the assignees in the digest")
    reminders: bool = Field(default=False, description="also remind assignees in each room")
    post_when_empty: bool = Field(default=False, description="post a line when nothing is late")
    grace_minutes: int = Field(
        default=180, ge=0, description="post a missed digest this long after its time"
    )


class TeamSettings(Section):
    """One ``[[teams]]`` entry: its rooms and its managers' room(s) (operations.md)."""

    name: str = Field(min_length=1, description="the team's name")
    rooms: IdList = Field(default=(), description="room ids of this team")
    digest_room_ids: IdList = Field(default=(), description="its managers' room(s)")
    worksheet: str | None = Field(default=None, description="its own worksheet (not yet)")
    time: Clock | None = Field(default=None, description="its own digest time (not yet)")
    language: Literal["ja", "en"] | None = Field(default=None, description="digest language")

    @field_validator("worksheet")
    @classmethod
    def _one_worksheet(cls, value: str | None) -> str | None:
        if value is not None:
            raise ValueError(
                "a worksheet per team is not supported yet: leave it out, every team's tasks "
                "go to sheets.worksheet"
            )
        return value


class PollSettings(Section):
    interval_seconds: int = Field(default=300, ge=10, description="seconds between cycles")


class Settings(BaseSettings):
    """Every setting of chatsync; see config/chatsync.example.toml."""

    model_config = SettingsConfigDict(
        env_prefix="CHATSYNC_",
        env_nested_delimiter="__",
        extra="forbid",
        nested_model_default_partial_update=True,
    )

    timezone: str = Field(default="Asia/Tokyo", description="the team's time zone")
    company_holidays: DateList = Field(
        default=(), description="extra non-business days (YYYY-MM-DD)"
    )
    log_level: str = Field(default="INFO", description="DEBUG, INFO, WARNING or ERROR")
    chatwork: ChatworkSettings = ChatworkSettings()
    sheets: SheetsSettings = SheetsSettings()
    store: StoreSettings = Field(default_factory=StoreSettings)  # its default: the data dir now
    digest: DigestSettings = DigestSettings()
    poll: PollSettings = PollSettings()
    teams: list[TeamSettings] = Field(default=[], description="[[teams]]: rooms and managers")

    @model_validator(mode="after")
    def _team_times(self) -> Settings:
        for team in self.teams:
            if team.time is not None and team.time != self.digest.time:
                raise ValueError(
                    f"team {team.name!r}: a digest time per team is not supported yet; every "
                    f"digest goes out at digest.time ({self.digest.time:%H:%M}) — leave time out"
                )
        names = [t.name for t in self.teams]
        if len(set(names)) != len(names):
            raise ValueError("two [[teams]] have the same name; give each its own")
        return self

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. Asia/Tokyo)") from None
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
        return level

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        path = _config_path()
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if path is not None:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=path))
        return tuple(sources)


def _config_path() -> Path | None:
    explicit = os.environ.get("CHATSYNC_CONFIG")
    if explicit:
        return Path(explicit)
    return DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None


def config_file() -> Path | None:
    """The settings file in use (``--config``, ``CHATSYNC_CONFIG``, or the default), if any."""
    path = _config_path()
    return path.resolve() if path is not None and path.is_file() else None


_SECRETS_IN_FILES = (("chatwork", "token"),)
_OTHER_VARIABLES = frozenset({"CHATSYNC_CONFIG", "CHATSYNC_DATA_DIR"})


def known_variables() -> set[str]:
    """Every ``CHATSYNC_*`` variable a setting answers to."""
    names = set(_OTHER_VARIABLES)

    def walk(model: type[BaseModel], loc: tuple[str, ...]) -> None:
        for name, info in model.model_fields.items():
            ann = info.annotation
            if isinstance(ann, type) and issubclass(ann, BaseModel):
                names.add(env_name((*loc, name)))  # a whole section as JSON
                walk(ann, (*loc, name))
            else:
                names.add(env_name((*loc, name)))

    walk(Settings, ())
    return names


def unknown_variables(environ: Mapping[str, str] | None = None) -> list[str]:
    """One line per ``CHATSYNC_*`` variable no setting reads, with a did-you-mean."""
    env = os.environ if environ is None else environ
    known = known_variables()
    lines = []
    for name in sorted(k for k in env if k.startswith("CHATSYNC_") and k not in known):
        guess = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.75)
        hint = f" (did you mean {guess[0]}?)" if guess else ""
        lines.append(f"{name} is not a chatsync setting and is ignored{hint}")
    return lines


def _refuse_secrets_in(path: Path) -> None:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return  # pydantic-settings reports it
    for section, key in _SECRETS_IN_FILES:
        table = data.get(section)
        if isinstance(table, dict) and key in table:
            raise ConfigError(
                f"{section}.{key} is set in {path}: a secret in a settings file leaks with it; "
                f"set CHATSYNC_{section.upper()}__{key.upper()} or {section}.{key}_file instead"
            )


def load_settings(**overrides: Any) -> Settings:
    """Read the settings, or raise ConfigError with one sentence per problem."""
    explicit = os.environ.get("CHATSYNC_CONFIG")
    if explicit and not Path(explicit).is_file():
        raise ConfigError(f"CHATSYNC_CONFIG points at {explicit}, which is not a file")
    path = _config_path()
    if path is not None and path.is_file():
        _refuse_secrets_in(path)
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(explain(exc)) from None
    except ValueError as exc:  # TOML syntax errors, undecodable env values
        where = explicit or str(DEFAULT_CONFIG)
        raise ConfigError(f"cannot read the settings ({where}): {exc}") from None


def env_name(loc: tuple[str | int, ...]) -> str:
    """``("chatwork", "rooms")`` → ``CHATSYNC_CHATWORK__ROOMS``."""
    parts = [str(p) for p in loc if not isinstance(p, int)]
    return "CHATSYNC_" + "__".join(p.upper() for p in parts)


def explain(exc: ValidationError) -> str:
    """Pydantic's errors as plain sentences naming the setting (never its value if secret)."""
    lines = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = tuple(err["loc"])
        name = env_name(loc)
        key = ".".join(str(p) for p in loc if not isinstance(p, int))
        if err["type"] == "extra_forbidden":
            keys = sorted(_setting_keys())
            guess = difflib.get_close_matches(key, keys, n=1, cutoff=0.7)
            hint = f"did you mean {guess[0]}?" if guess else "check its spelling"
            lines.append(f"unknown setting {key} ({name}); {hint}")
        else:
            message = err["msg"].removeprefix("Value error, ")
            lines.append(f"setting {key} ({name}): {message}")
    return "; ".join(lines)


def _setting_keys() -> set[str]:
    """Every setting's dotted key (``digest.time``), for did-you-mean."""
    return {name.removeprefix("CHATSYNC_").lower().replace("__", ".") for name in known_variables()}


def require(settings: Settings, *what: str) -> None:
    """Raise ConfigError naming every required setting that is missing."""
    missing = []
    if "token" in what and not settings.chatwork.resolved_token():
        missing.append("CHATSYNC_CHATWORK__TOKEN (your Chatwork API token)")
    if "sheet" in what and not settings.sheets.spreadsheet_id:
        missing.append("CHATSYNC_SHEETS__SPREADSHEET_ID (the id in the sheet's URL)")
    if "sheet" in what and not settings.sheets.credentials_file:
        missing.append("CHATSYNC_SHEETS__CREDENTIALS_FILE (the service-account JSON key)")
    teams_post = any(t.digest_room_ids for t in settings.teams)
    if "digest" in what and not settings.digest.room_ids and not teams_post:
        missing.append("CHATSYNC_DIGEST__ROOM_IDS (rooms that get the morning digest)")
    if missing:
        raise ConfigError("missing setting: " + "; ".join(missing))
