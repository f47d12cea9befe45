"""The command line: ``chatsync sync | digest | run | extract | check | demo``.

Exit codes (operations.md): 0 done, 1 failed, 2 bad usage or settings.
Every failure ends in one line on stderr that says what to fix.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from chatsync import __version__
from chatsync.errors import ChatsyncError, ConfigError

log = logging.getLogger("chatsync")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="chatsync",
        description="Chatwork chat → tasks → Google Sheet → morning delay digest.",
    )
    p.add_argument("--version", action="version", version=f"chatsync {__version__}")
    _global_options(p, argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)  # the same options after the command too

    def command(name: str, **kw: Any) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], **kw)

    s = command("sync", help="one cycle: poll → parse → store → sheet")
    s.add_argument("--now", help="ISO 8601 moment to use as the clock")

    d = command("digest", help="post (or print) the morning digest")
    d.add_argument("--now", help="ISO 8601 moment to use as the clock")
    d.add_argument("--dry-run", action="store_true", help="print instead of posting")

    command("run", help="the service: poll on an interval, digest on business mornings")

    e = command("extract", help="the parser alone: conversations JSONL → tasks JSONL")
    e.add_argument("file", help="conversations, one JSON object a line ('-' for stdin)")

    command("check", help="check settings, token, sheet and digest rooms")

    st = command("status", help="the last cycle (when, counts, errors) and the next digest")
    st.add_argument("--now", help="ISO 8601 moment to use as the clock")

    h = command("health", help="exit 0 when the last cycle finished recently")
    h.add_argument("--max-age", type=int, default=900, help="seconds (default 900)")

    r = command("report", help="what people corrected in the sheet, per room and week")
    r.add_argument("--export", metavar="FILE.jsonl", help="write the corrected conversations")
    r.add_argument("--png", metavar="FILE", help="draw precision and recall per week")

    sh = command("sheet", help="the task sheet's upkeep (sheet repair)")
    actions = sh.add_subparsers(dest="sheet_command", required=True, metavar="ACTION")
    actions.add_parser(
        "repair", parents=[common], help="re-apply the formatting and re-find chatsync's columns"
    )

    m = command("demo", help="the whole flow on embedded emulators, no accounts needed")
    m.add_argument("--output", default="demo-output", help="folder for tasks.csv")
    return p


def _global_options(p: argparse.ArgumentParser, default: Any) -> None:
    p.add_argument("--config", default=default, metavar="PATH", help="settings file (TOML)")
    p.add_argument("--log-format", choices=("text", "json"), default=default)
    p.add_argument("--log-level", default=default, help="override CHATSYNC_LOG_LEVEL")


def parse_now(text: str | None, tz: ZoneInfo) -> datetime | None:
    """``--now``: ISO 8601; a naive value is read in the team's time zone."""
    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise ConfigError(f"--now {text!r} is not an ISO 8601 date-time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    for name, default in (("config", None), ("log_format", "text"), ("log_level", None)):
        if not hasattr(args, name):
            setattr(args, name, default)
    if args.config is not None:
        os.environ["CHATSYNC_CONFIG"] = args.config  # load_settings reads it, and says so
    if args.command == "extract":
        from chatsync.parser.extract import extract_file

        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
        try:
            extract_file(args.file, sys.stdout)
        except OSError as exc:
            print(f"chatsync extract: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
            return EXIT_FAILED
        return EXIT_OK
    try:
        return _run(args)
    except ConfigError as exc:
        print(f"chatsync: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except ChatsyncError as exc:
        print(f"chatsync: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    import chatsync.app as app
    from chatsync.config import load_settings, unknown_variables
    from chatsync.logs import setup_logging

    if args.command == "demo":
        import chatsync.demo as demo

        setup_logging(args.log_level or "WARNING", args.log_format)
        return demo.run_demo(args.output)

    settings = load_settings()
    for line in unknown_variables():
        print(f"chatsync: warning: {line}", file=sys.stderr)
    token = settings.chatwork.resolved_token() if args.command != "check" else None
    setup_logging(args.log_level or settings.log_level, args.log_format, [token or ""])
    if args.command == "check":
        return app.check(settings, out=sys.stdout)
    if args.command == "sync":
        report = app.sync_once(settings, now=parse_now(args.now, settings.tz))
        print(report.summary())
        if report.ok:
            return EXIT_OK
        more = (
            f" (and {len(report.errors) - 1} more; see the log)" if len(report.errors) > 1 else ""
        )
        print(f"chatsync: sync incomplete: {report.errors[0]}{more}", file=sys.stderr)
        return EXIT_FAILED
    if args.command == "digest":
        outcome = app.digest_once(
            settings, now=parse_now(args.now, settings.tz), dry_run=args.dry_run, out=sys.stdout
        )
        if outcome.ok:
            return EXIT_OK
        errors = outcome.errors
        more = f" (and {len(errors) - 1} more; see the log)" if len(errors) > 1 else ""
        print(f"chatsync: digest incomplete: {errors[0]}{more}", file=sys.stderr)
        return EXIT_FAILED
    if args.command == "run":
        return app.serve(settings)
    if args.command == "status":
        return app.status(settings, out=sys.stdout, now=parse_now(args.now, settings.tz))
    if args.command == "report":
        return app.report(
            settings,
            out=sys.stdout,
            export=Path(args.export) if args.export else None,
            png=Path(args.png) if args.png else None,
        )
    if args.command == "sheet":
        return app.repair_sheet(settings, out=sys.stdout)
    if args.command == "health":
        return app.health(settings, args.max_age, out=sys.stdout)
    raise AssertionError(args.command)  # argparse restricts the choices


if __name__ == "__main__":
    raise SystemExit(main())
