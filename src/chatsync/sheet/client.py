"""Build a gspread client for a Sheets API base URL, and map its failures to chatsync errors.

gspread hard-codes ``https://sheets.googleapis.com``; its public ``http_client=`` argument takes
an ``HTTPClient`` class, so a subclass that rewrites the URL prefix points unmodified gspread at
the emulator (research/sheets-api.md §2.2) without monkeypatching. We subclass the plain
``HTTPClient``, not ``BackOffHTTPClient``: that one retries forever and re-sends appends after a
5xx, which duplicates rows. Retries belong to the writer, around idempotent writes only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, MutableMapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import gspread
import requests
from google.auth import exceptions as auth_exceptions
from google.oauth2 import service_account
from gspread.exceptions import APIError, SpreadsheetNotFound, WorksheetNotFound
from gspread.http_client import HTTPClient

from chatsync.errors import (
    AuthError,
    ChatsyncError,
    ConfigError,
    NetworkError,
    NotFoundError,
    PermanentError,
    RateLimitedError,
    ServerError,
)

GOOGLE_SHEETS_BASE = "https://sheets.googleapis.com"
GOOGLE_DRIVE_BASE = "https://www.googleapis.com"
SCOPES = ("https://www.googleapis.com/auth/spreadsheets",)
"""The one scope chatsync needs: it opens its sheet by id and never lists Drive."""
_REQUIRED_FIELDS = ("client_email", "private_key", "token_uri")


class BaseURLHTTPClient(HTTPClient):
    """gspread's plain HTTPClient with Google's URLs rewritten to ``api_base``.

    gspread instantiates the class itself (``http_client(auth, session)``), so the base URL is
    a class attribute; :func:`client_class_for` makes one subclass per base.
    """

    api_base: str = GOOGLE_SHEETS_BASE
    default_timeout: float = 30.0

    def __init__(self, auth: Any, session: Any = None) -> None:
        super().__init__(auth, session)
        self.timeout = self.default_timeout

    def request(
        self,
        method: str,
        endpoint: str,
        params: Any = None,
        data: bytes | None = None,
        json: Mapping[str, Any] | None = None,
        files: Any = None,
        headers: MutableMapping[str, str] | None = None,
    ) -> requests.Response:
        base = self.api_base.rstrip("/")
        for google in (GOOGLE_SHEETS_BASE, GOOGLE_DRIVE_BASE):
            if base != GOOGLE_SHEETS_BASE and endpoint.startswith(google):
                endpoint = base + endpoint[len(google) :]
                break
        if self.timeout is None:  # never wait forever (gspread's default is no timeout)
            self.timeout = self.default_timeout
        response: requests.Response = super().request(
            method, endpoint, params=params, data=data, json=json, files=files, headers=headers
        )
        return response


def client_class_for(api_base: str, timeout: float = 30.0) -> type[BaseURLHTTPClient]:
    """A :class:`BaseURLHTTPClient` subclass bound to one base URL and default timeout."""
    return type(
        "BoundBaseURLHTTPClient",
        (BaseURLHTTPClient,),
        {"api_base": api_base.rstrip("/"), "default_timeout": timeout},
    )


def load_service_account_info(credentials_file: str | Path) -> dict[str, Any]:
    """Read and check a service-account key file; ConfigError says which file and what is wrong.

    Messages never quote the file's content: it holds a private key.
    """
    path = Path(credentials_file)
    if not path.is_file():
        raise ConfigError(
            f"Google service-account key file not found: {path} "
            "(download a JSON key for the service account and set its path)"
        )
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"Google service-account key file {path} is not UTF-8 JSON") from None
    except json.JSONDecodeError as exc:
        raise ConfigError(
            f"Google service-account key file {path} is not valid JSON "
            f"(line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except OSError as exc:
        raise ConfigError(
            f"cannot read Google service-account key file {path}: {exc.strerror}"
        ) from None
    if not isinstance(info, dict):
        raise ConfigError(f"Google service-account key file {path} is not a JSON object")
    if info.get("type", "service_account") != "service_account":
        raise ConfigError(
            f"{path} is a {info.get('type')!r} credential, not a service-account key "
            "(create a key under IAM > Service accounts > Keys)"
        )
    missing = [f for f in _REQUIRED_FIELDS if not isinstance(info.get(f), str) or not info[f]]
    if missing:
        raise ConfigError(
            f"Google service-account key file {path} lacks {', '.join(missing)} "
            "(download a fresh JSON key for the service account)"
        )
    return info


def credentials_from_file(credentials_file: str | Path) -> service_account.Credentials:
    """Service-account credentials for gspread's scopes, with ConfigError on a bad key."""
    info = load_service_account_info(credentials_file)
    try:
        creds: service_account.Credentials = service_account.Credentials.from_service_account_info(  # type: ignore[no-untyped-call]
            info, scopes=SCOPES
        )
        return creds
    except (ValueError, TypeError, IndexError):
        raise ConfigError(
            f"Google service-account key file {credentials_file}: private_key is not a valid "
            "PEM private key (download a fresh JSON key for the service account)"
        ) from None


def make_client(
    credentials_file: str | Path,
    api_base: str = GOOGLE_SHEETS_BASE,
    timeout: float = 30.0,
) -> gspread.Client:
    """A gspread client whose every request goes to ``api_base`` with ``timeout`` seconds."""
    creds = credentials_from_file(credentials_file)
    client = gspread.Client(auth=creds, http_client=client_class_for(api_base, timeout))
    client.set_timeout(timeout)
    return client


def open_spreadsheet(
    credentials_file: str | Path,
    spreadsheet_id: str,
    api_base: str = GOOGLE_SHEETS_BASE,
    timeout: float = 30.0,
    *,
    fetch_metadata: bool = True,
) -> gspread.Spreadsheet:
    """Open a spreadsheet by id; every failure becomes one actionable chatsync error.

    ``fetch_metadata=False`` costs no request: gspread's ``open_by_key`` reads the
    spreadsheet's metadata (one read-quota unit) that values reads and writes never
    use, so the sync cycle skips it and meets an unknown or unshared sheet at its
    values read instead (the writer maps that error the same way)."""
    creds = credentials_from_file(credentials_file)
    client = gspread.Client(auth=creds, http_client=client_class_for(api_base, timeout))
    client.set_timeout(timeout)
    if not fetch_metadata:
        return _UnfetchedSpreadsheet(client.http_client, {"id": spreadsheet_id})
    email = str(creds.service_account_email)
    with api_errors(spreadsheet_id=spreadsheet_id, client_email=email):
        return client.open_by_key(spreadsheet_id)


class _UnfetchedSpreadsheet(gspread.Spreadsheet):
    """A handle by id alone: gspread's constructor would read the metadata first."""

    def __init__(self, http_client: HTTPClient, properties: dict[str, Any]) -> None:
        self.client = http_client
        self._properties = properties


@contextmanager
def api_errors(
    spreadsheet_id: str | None = None, client_email: str | None = None
) -> Iterator[None]:
    """Re-raise gspread/google-auth/requests failures as chatsync errors (see map_api_error)."""
    try:
        yield
    except ChatsyncError:
        raise
    except Exception as exc:
        mapped = map_api_error(exc, spreadsheet_id=spreadsheet_id, client_email=client_email)
        raise mapped from exc


def map_api_error(
    exc: BaseException,
    *,
    spreadsheet_id: str | None = None,
    client_email: str | None = None,
) -> ChatsyncError:
    """Translate one failure from gspread, google-auth or requests into a chatsync error.

    Unknown spreadsheet → NotFoundError naming the id; not shared → AuthError naming the account
    to share with; token refused → AuthError; 429 → RateLimitedError; 5xx → ServerError;
    timeouts/resets → NetworkError. Anything unrecognised becomes a plain ChatsyncError.
    """
    sheet = f"spreadsheet {spreadsheet_id}" if spreadsheet_id else "the spreadsheet"
    share_hint = (
        f"share the sheet with {client_email} (Editor)"
        if client_email
        else "share the sheet with the service account's client_email (Editor)"
    )
    if isinstance(exc, ChatsyncError):
        return exc
    if isinstance(exc, SpreadsheetNotFound):
        return NotFoundError(f"{sheet} was not found: check the spreadsheet id in the settings")
    if isinstance(exc, WorksheetNotFound):
        return NotFoundError(f"worksheet {exc} not found in {sheet}")
    if isinstance(exc, PermissionError):  # what gspread's open_by_key raises on a 403
        if isinstance(exc.__cause__, APIError):
            return _map_api_error(exc.__cause__, sheet, share_hint)
        return AuthError(f"{sheet} is not shared with the service account: {share_hint}")
    if isinstance(exc, APIError):
        return _map_api_error(exc, sheet, share_hint)
    if isinstance(exc, auth_exceptions.RefreshError):
        reason = _one_line(str(exc.args[0]) if exc.args else str(exc))
        if getattr(exc, "retryable", False):
            return ServerError(f"Google's token endpoint failed, try again later: {reason}")
        who = client_email or "the service account"
        return AuthError(
            f"Google refused the service-account key of {who} ({reason}): the key may be "
            "deleted or disabled; create a new JSON key and update the key file"
        )
    if isinstance(exc, auth_exceptions.TransportError):
        return NetworkError(f"cannot reach Google's token endpoint: {_one_line(str(exc))}")
    if isinstance(exc, requests.Timeout):
        return NetworkError(f"the Sheets API did not answer in time for {sheet}")
    if isinstance(exc, requests.ConnectionError):
        return NetworkError(
            f"connection to the Sheets API failed for {sheet} (reset or refused): "
            f"{_one_line(type(exc).__name__)}"
        )
    if isinstance(exc, requests.RequestException):
        return NetworkError(f"Sheets API request failed for {sheet}: {type(exc).__name__}")
    return ChatsyncError(f"unexpected Sheets failure for {sheet}: {type(exc).__name__}")


def _map_api_error(exc: APIError, sheet: str, share_hint: str) -> ChatsyncError:
    status = exc.response.status_code
    error = exc.error if isinstance(exc.error, Mapping) else {}
    message = _one_line(str(error.get("message", "")))[:300]
    reason = str(error.get("status", ""))
    if status == 429 or reason == "RESOURCE_EXHAUSTED":
        retry_after = _retry_after(exc.response.headers.get("Retry-After"))
        return RateLimitedError(
            f"Sheets API quota exceeded for {sheet}; retry after a minute: {message}",
            retry_after=retry_after,
        )
    if status == 404:
        return NotFoundError(f"{sheet} was not found: check the spreadsheet id in the settings")
    if status == 403 and _disabled(error):
        link = (
            _activation_url(error)
            or "https://console.cloud.google.com/apis/library/sheets.googleapis.com"
        )
        return AuthError(
            "the Google Sheets API is not enabled in the service account's Cloud project: "
            f"enable it at {link}, wait a few minutes, then retry"
        )
    if status == 403:
        return AuthError(f"{sheet} is not shared with the service account: {share_hint}")
    if status == 401:
        return AuthError(
            f"the Sheets API refused the access token for {sheet}: check the service-account key"
        )
    if status >= 500 or status == 408:
        return ServerError(f"Sheets API server error {status} for {sheet}: {message}", status)
    return PermanentError(f"Sheets API rejected a request for {sheet} ({status}): {message}")


def _details(error: Mapping[str, object]) -> list[Mapping[str, object]]:
    details = error.get("details")
    return [d for d in details if isinstance(d, Mapping)] if isinstance(details, list) else []


def _disabled(error: Mapping[str, object]) -> bool:
    """Google's 403 for an API not enabled in the project (reason SERVICE_DISABLED)."""
    if any(d.get("reason") == "SERVICE_DISABLED" for d in _details(error)):
        return True
    message = str(error.get("message", ""))
    return "has not been used in project" in message or "it is disabled" in message


def _activation_url(error: Mapping[str, object]) -> str | None:
    for detail in _details(error):
        meta = detail.get("metadata")
        if isinstance(meta, Mapping) and isinstance(meta.get("activationUrl"), str):
            return str(meta["activationUrl"])
    return None


def _retry_after(value: str | None) -> float | None:
    try:
        return float(value) if value else None
    except ValueError:
        return None


def _one_line(text: str) -> str:
    return " ".join(text.split())
