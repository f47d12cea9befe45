"""The Chatwork token and the service-account private key never leave the process:
not in logs at DEBUG (text or JSON), not in error lines, not in ``chatsync check``,
not in the state store. The state folder and files are owner-only."""

from __future__ import annotations

import json
import stat
import subprocess
from pathlib import Path

from chatsync.emulators.chatwork import ChatworkEmulator
from chatsync.emulators.sheets import DEFAULT_CLIENT_EMAIL, SheetsEmulator
from tests.conftest import TOKEN
from tests.reliability.conftest import Outcome
from tests.reliability.helpers import DAY1, DIGEST_DAY, MANAGERS, chatsync, fast_env, team


def key_fragments(key_file: Path) -> list[str]:
    """Distinctive pieces of the private key: every 40-character slice of its base64 body,
    plus the key id. Any leak of a key line or a large part of it contains one."""
    info = json.loads(key_file.read_text(encoding="utf-8"))
    body = "".join(
        line for line in info["private_key"].splitlines() if line and not line.startswith("-----")
    )
    return [body[i : i + 40] for i in range(0, len(body) - 40, 20)] + [info["private_key_id"]]


def leaks(text: str, token: str, fragments: list[str]) -> list[str]:
    found = [f"token {token!r}"] if token in text else []
    found += [f"key piece {f[:12]}…" for f in fragments if f in text]
    return found


def everything(*runs: subprocess.CompletedProcess[str]) -> str:
    return "\n".join(r.stdout + r.stderr for r in runs)


def test_failing_runs_never_show_the_token_or_the_key(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    key_file: Path,
    store_url: str,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    env = fast_env(env, CHATSYNC_DIGEST__ROOM_IDS=str(MANAGERS))
    fragments = key_fragments(key_file)
    text_logs = ["--log-level", "DEBUG"]
    flags = ["--log-level", "DEBUG", "--log-format", "json"]
    runs = [chatsync(env, *text_logs, "sync", "--now", DAY1)]  # good runs, at DEBUG
    runs.append(chatsync(env, *flags, "digest", "--now", DIGEST_DAY))
    wrong = "wrong-token-" + TOKEN[::-1]
    runs.append(chatsync({**env, "CHATSYNC_CHATWORK__TOKEN": wrong}, *text_logs, "sync"))
    runs.append(chatsync({**env, "CHATSYNC_CHATWORK__TOKEN": wrong}, *flags, "sync"))
    runs.append(chatsync({**env, "CHATSYNC_CHATWORK__TOKEN": wrong}, *flags, "check"))
    chatwork.inject_fault("500", count=50)
    runs.append(chatsync(env, *flags, "sync", "--now", DAY1))
    chatwork.clear_faults()
    chatwork.add_message(10, 11, "[To:12]佐藤 花子さん\n追加の資料をお願いします")
    sheets.unshare(spreadsheet_id, DEFAULT_CLIENT_EMAIL)
    runs.append(chatsync(env, *text_logs, "sync", "--now", DAY1))
    runs.append(chatsync(env, *flags, "check"))
    sheets.share(spreadsheet_id, DEFAULT_CLIENT_EMAIL)
    sheets.revoke_key(json.loads(key_file.read_text(encoding="utf-8"))["private_key_id"])
    runs.append(chatsync(env, *text_logs, "sync", "--now", DAY1))
    runs.append(chatsync(env, *flags, "sync", "--now", DAY1))
    runs.append(chatsync(env, *flags, "check"))
    # A key file that is not valid PEM must not be quoted back either.
    broken = key_file.with_name("broken-key.json")
    info = json.loads(key_file.read_text(encoding="utf-8"))
    broken.write_text(json.dumps({**info, "private_key": info["private_key"][:-200]}))
    runs.append(chatsync({**env, "CHATSYNC_SHEETS__CREDENTIALS_FILE": str(broken)}, *flags, "sync"))

    assert [r.returncode for r in runs] == [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2]
    text = everything(*runs)
    assert " DEBUG " in text and '"level": "DEBUG"' in text  # both formats, at DEBUG
    assert leaks(text, TOKEN, fragments) == []
    assert wrong not in text
    db = Path(store_url.removeprefix("sqlite:///"))
    stored = b"".join(p.read_bytes() for p in db.parent.iterdir())
    assert TOKEN.encode() not in stored
    assert not any(f.encode() in stored for f in fragments)
    outcome(
        "secrets",
        "logs at DEBUG (text and JSON) of good and failing runs (wrong token, 500 storm, "
        "sheet unshared, key revoked, broken key file) and `chatsync check`",
        "neither the token nor any 40-character piece of the private key appears in stdout, "
        "stderr or the state store's files",
        runs=len(runs),
    )


def test_state_folder_and_files_are_owner_only(
    chatwork: ChatworkEmulator,
    sheets: SheetsEmulator,
    spreadsheet_id: str,
    tmp_path: Path,
    env: dict[str, str],
    outcome: Outcome,
) -> None:
    team(chatwork)
    folder = tmp_path / "fresh" / "state"
    env = {**env, "CHATSYNC_STORE__URL": f"sqlite:///{folder}/chatsync.db"}
    # A permissive umask, as a container's default might be.
    done = subprocess.run(
        ["sh", "-c", 'umask 000 && exec "$0" -m chatsync sync --now "$1"', _python(), DAY1],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert "chatsync.db" in modes
    assert modes == dict.fromkeys(modes, 0o600), {k: oct(v) for k, v in modes.items()}
    # The -wal/-shm siblings exist while a connection is open: check them then, too.
    from chatsync.store import open_store

    store = open_store(env["CHATSYNC_STORE__URL"])
    try:
        store.all_tasks()
        live = {p.name: stat.S_IMODE(p.stat().st_mode) for p in folder.iterdir()}
    finally:
        store.close()
    assert {"chatsync.db-wal", "chatsync.db-shm"} <= set(live)
    assert live == dict.fromkeys(live, 0o600), {k: oct(v) for k, v in live.items()}
    outcome(
        "secrets",
        "state folder and files created under `umask 000`",
        "folder 0700; `chatsync.db`, `-wal`, `-shm` 0600",
    )


def _python() -> str:
    import sys

    return sys.executable
