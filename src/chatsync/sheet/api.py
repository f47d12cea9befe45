"""The Sheets calls under the writer: retries with backoff, one-line errors, the few
requests gspread has no method for. Kept apart from :mod:`chatsync.sheet.writer`, which
decides what to read and write; this module only makes the calls and counts them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import gspread
import requests
from google.auth.exceptions import GoogleAuthError
from gspread.exceptions import APIError
from gspread.urls import SPREADSHEET_URL

from chatsync.errors import ChatsyncError
from chatsync.sheet.client import map_api_error
from chatsync.sheet.columns import METADATA_KEY

log = logging.getLogger("chatsync.sheet.writer")

T = TypeVar("T")

_RETRYABLE = frozenset({408, 429})


@dataclass
class SheetReport:
    """What one sync did, for the cycle log line and tests."""

    worksheet_created: bool = False
    header_written: bool = False
    rows_added: int = 0
    rows_updated: int = 0
    cells_written: int = 0
    human_edits: int = 0
    rows_deleted_by_people: int = 0
    tasks_taken_from_sheet: int = 0
    wrote: bool = False
    fast_path: bool = False
    full_read_because: str = ""
    rows_read: int | None = None  # rows the fast path asked for; None: the whole sheet
    api_calls: int = 0
    retries: int = 0
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"sheet: +{self.rows_added} rows, {self.rows_updated} updated, "
            f"{self.human_edits} edits by people, {self.rows_deleted_by_people} deleted by people, "
            f"{len(self.warnings)} warnings, {self.api_calls} API calls, "
            + (f"{self.rows_read} rows read" if self.fast_path else "whole sheet read")
        )


class SheetCalls:
    """One spreadsheet's API calls, each retried on 408/429/5xx and network errors.

    ``sleep`` is injectable so tests never wait; ``max_attempts`` bounds every call
    (first try included). Every call and retry is counted in the current report.
    """

    def __init__(
        self,
        spreadsheet: gspread.Spreadsheet,
        sleep: Callable[[float], None] = time.sleep,
        max_attempts: int = 5,
        *,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
    ) -> None:
        if max_attempts < 1:
            raise ValueError("max_attempts must be at least 1")
        self.spreadsheet = spreadsheet
        self._sleep = sleep
        self.max_attempts = max_attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self._report = SheetReport()

    def worksheet_titles(self) -> list[str]:
        """Titles of the spreadsheet's worksheets (for ``chatsync check``)."""
        return self._call(
            "list the worksheets", lambda: [ws.title for ws in self.spreadsheet.worksheets()]
        )

    def _spreadsheet_id(self) -> str:
        return str(getattr(self.spreadsheet, "id", ""))

    def _search_tags(self) -> list[dict[str, Any]]:
        """``developerMetadata:search`` for chatsync's column tags (gspread has no method)."""
        url = SPREADSHEET_URL % self._spreadsheet_id() + "/developerMetadata:search"
        body = {"dataFilters": [{"developerMetadataLookup": {"metadataKey": METADATA_KEY}}]}
        response = self.spreadsheet.client.request("post", url, json=body)
        found = response.json().get("matchedDeveloperMetadata", [])
        return list(found) if isinstance(found, list) else []

    def _resize(self, sheet_id: int, rows: int, cols: int) -> None:
        body = {
            "requests": [
                {
                    "updateSheetProperties": {
                        "properties": {
                            "sheetId": sheet_id,
                            "gridProperties": {"rowCount": rows, "columnCount": cols},
                        },
                        "fields": "gridProperties.rowCount,gridProperties.columnCount",
                    }
                }
            ]
        }
        self._call("grow the worksheet", lambda: self.spreadsheet.batch_update(body))

    # ----------------------------------------------------------------- retries

    def _call(self, what: str, call: Callable[[], T], *, missing_on_400: bool = False) -> T:
        """Run one idempotent API call, retrying 408/429/5xx and network errors with backoff.

        ``missing_on_400``: a 400 means the range names no worksheet ("Unable to parse
        range"); raise :class:`_Missing` so the caller can check and create it.
        """
        attempt = 0
        while True:
            attempt += 1
            self._report.api_calls += 1
            try:
                return call()
            except APIError as exc:
                status = _status(exc)
                if status == 400 and missing_on_400:
                    raise _Missing from exc
                retryable = status in _RETRYABLE or status >= 500
                if not retryable or attempt >= self.max_attempts:
                    raise self._error(what, exc, attempt) from exc
                delay = _retry_after(exc)
                if delay is None:
                    delay = self.backoff * 2 ** (attempt - 1)
                log.warning("could not %s (HTTP %d); retry %d", what, status, attempt)
            except GoogleAuthError as exc:  # google-auth already retried the token endpoint
                raise self._error(what, exc, attempt) from exc
            except requests.RequestException as exc:
                if attempt >= self.max_attempts:
                    raise self._error(what, exc, attempt) from exc
                delay = self.backoff * 2 ** (attempt - 1)
                log.warning("could not %s (%s); retry %d", what, type(exc).__name__, attempt)
            self._report.retries += 1
            self._sleep(min(delay, self.max_backoff))

    def _error(self, what: str, exc: Exception, attempts: int) -> ChatsyncError:
        """The operator's one-line error (client.map_api_error), after ``attempts`` tries."""
        auth = getattr(getattr(self.spreadsheet, "client", None), "auth", None)
        email = getattr(auth, "service_account_email", None)
        log.warning("gave up trying to %s after %d attempt(s)", what, attempts)
        return map_api_error(
            exc,
            spreadsheet_id=str(getattr(self.spreadsheet, "id", "")) or None,
            client_email=email if isinstance(email, str) else None,
        )


class _Missing(Exception):
    """The worksheet could not be read by its title: it does not exist."""


def _status(exc: APIError) -> int:
    response = getattr(exc, "response", None)
    code = getattr(response, "status_code", None)
    return int(code) if isinstance(code, int) else int(exc.code)


def _retry_after(exc: APIError) -> float | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None  # an HTTP date: fall back to our own backoff
