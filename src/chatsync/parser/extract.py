"""Fold a room's messages into its tasks, and the ``chatsync extract`` JSONL contract.

:func:`apply_messages` is the one fold: the poller calls it with each cycle's
new messages and the room's stored tasks; :func:`extract_conversation` calls
it once with every message of a conversation. Both paths therefore read chat
identically.

Run ``python -m chatsync.parser.extract FILE.jsonl`` to extract without the CLI.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from chatsync.calendar import BusinessCalendar
from chatsync.models import ChatMessage, Conversation, Member, Room, Task, TaskStatus
from chatsync.parser import updates
from chatsync.parser.dates import pick_due
from chatsync.parser.detect import Directory, Draft, detect
from chatsync.parser.markup import ParsedMessage, parse

__all__ = ["RoomContext", "apply_messages", "extract_conversation", "extract_file", "main"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoomContext:
    """What the parser needs to know about a room besides its messages."""

    room: Room
    members: Sequence[Member]
    tz: ZoneInfo
    calendar: BusinessCalendar
    self_account_id: int | None = None


@lru_cache(maxsize=256)
def _directory(members: tuple[tuple[int, str], ...]) -> Directory:
    return Directory([Member(account_id=a, name=n) for a, n in members])


class _Room:
    """Mutable working copy of a room's tasks during one fold."""

    def __init__(self, tasks: Sequence[Task], ctx: RoomContext) -> None:
        self.tasks: list[Task] = list(tasks)
        self.ctx = ctx
        self.names = {m.account_id: m.name for m in ctx.members}
        self.directory = _directory(tuple((m.account_id, m.name) for m in ctx.members))
        # The newest moment the state already reflects. A message older than this was seen
        # before (the poller fetched it again, or it was edited): it may re-create its own
        # tasks but must not close or move others a second time.
        self.watermark = max((max(t.created_at, t.done_at or 0) for t in tasks), default=0)
        self.previous = ""  # the text of the message before, for one that points back

    def replace(self, old: Task, new: Task) -> None:
        for i, t in enumerate(self.tasks):
            if t is old:
                self.tasks[i] = new
                return

    def _task(self, msg: ChatMessage, draft: Draft, index: int) -> Task:
        status = TaskStatus.DONE if draft.done else TaskStatus.OPEN
        return Task(
            room_id=self.ctx.room.room_id,
            message_id=msg.message_id,
            index=index,
            title=draft.title,
            assignee_ids=draft.assignees,
            assignee_names=tuple(self.names.get(a, "") for a in draft.assignees),
            due=draft.due,
            status=status,
            requester_id=msg.account_id,
            requester_name=msg.account_name,
            room_name=self.ctx.room.name,
            created_at=msg.send_time,
            done_at=msg.send_time if draft.done else None,
            keywords=draft.keywords,
            kind=draft.kind,
            closed_by=msg.message_id if draft.done else None,
        )

    def create(self, msg: ChatMessage, drafts: Sequence[Draft]) -> None:
        """Add a message's tasks; a message seen again replaces the tasks it created,
        keeping what later messages did to them (status, a moved deadline)."""
        old = [t for t in self.tasks if t.message_id == msg.message_id]
        if old:
            self.tasks = [t for t in self.tasks if t.message_id != msg.message_id]
        many = len(drafts) > 1
        for n, draft in enumerate(drafts, 1):
            task = self._task(msg, draft, n if many else 0)
            prev = _same_task(old, task)
            if prev is not None:
                carry: dict[str, Any] = {}
                if prev.closed_by and prev.closed_by != msg.message_id:
                    carry.update(status=prev.status, done_at=prev.done_at, closed_by=prev.closed_by)
                if prev.due_updated_by:
                    carry.update(due=prev.due, due_updated_by=prev.due_updated_by)
                if carry:
                    task = task.model_copy(update=carry)
            self.tasks.append(task)


def _same_task(old: Sequence[Task], new: Task) -> Task | None:
    for t in old:
        if t.index == new.index and t.title == new.title:
            return t
    for t in old:
        if t.index == new.index:
            return t
    return None


def _apply_one(room: _Room, msg: ChatMessage) -> None:
    ctx = room.ctx
    pm = parse(msg.body, room.directory.compact)
    sent = datetime.fromtimestamp(msg.send_time, ctx.tz)
    previous, room.previous = room.previous, pm.text

    if pm.tasks:
        _chatwork_tasks(room, msg, pm, sent)
        return

    if updates.already_applied(room.tasks, msg.message_id):
        return
    drafts = detect(
        pm, msg.account_id, sent, room.directory, ctx.calendar, ctx.self_account_id, previous
    )
    if msg.send_time < room.watermark:
        if drafts or any(t.message_id == msg.message_id for t in room.tasks):
            refs = updates.referenced(pm, room.tasks)
            room.create(msg, [d for d in drafts if d.kind == "request"] if refs else drafts)
        return
    text = pm.text
    refs = [t for t in updates.referenced(pm, room.tasks) if t.message_id != msg.message_id]
    live = [t for t in refs if t.status != TaskStatus.CANCELLED]
    if live:
        if _reply_update(room, msg, pm, text, sent, live, drafts):
            if any(t.message_id == msg.message_id for t in room.tasks):
                room.create(msg, [])  # an edit that turned a request into an update
            return
        room.create(msg, [d for d in drafts if d.kind == "request"])
        return
    drafts = [d for d in drafts if not _progress_note(room, d, msg.account_id, text)]
    drafts = [d for d in drafts if not _reminder(room, d, text)]
    accepted = _accepted_task(room, drafts, msg.account_id, text)
    if accepted is not None:
        # 「承知しました、今日中に送ります」 right under the request: its deadline, no new task.
        if drafts[0].due is not None and drafts[0].due != accepted.due:
            room.replace(accepted, updates.move_due(accepted, drafts[0].due, msg.message_id))
        return
    if drafts:
        # 原稿を作成しました。ご確認お願いします: the sender's own task is done (when the message
        # names its work) and the check it asks for is a new task.
        _close_bare(room, msg, pm, text, named=True)
        room.create(msg, drafts)
        return
    if any(t.message_id == msg.message_id for t in room.tasks):
        room.create(msg, [])  # edited into a non-task
        return
    _close_bare(room, msg, pm, text, named=False)


def _close_bare(room: _Room, msg: ChatMessage, pm: ParsedMessage, text: str, named: bool) -> None:
    """A completion with no reply or quote closes the sender's only open task; ``named``: only
    when the message names that task's work."""
    task = updates.close_bare(room.tasks, msg.account_id)
    if task is None or not _bare_may_close(pm, task):
        return
    names_it = any(k in text.lower() for k in set(task.keywords) - _GENERIC_KW)
    if named and not names_it:
        return
    # 確認しました alone is mostly "noted"; 「取引先マスタ、確認しました」 names the check it ends.
    checked = names_it and updates.says_done_for(text, task)
    if checked or updates.says_done(text) or updates.says_own_verb_done(text, task):
        room.replace(task, updates.mark_done(task, msg.message_id, msg.send_time))


# Action words shared by unrelated tasks; a shared subject must be some other word.
_GENERIC_KW = frozenset(
    re.findall(
        r"\S+",
        "作成 確認 送付 修正 対応 共有 提出 予約 手配 連絡 集計 更新 準備 用意 調整 報告 送信 "
        "発注 発送 発行 作業 実施 資料 レビュー チェック これから",
    )
)


# How far along the work is: 半分ほど, 8割, 70%, 予定どおり, almost, on track.
_PROGRESS = re.compile(
    r"半分|[0-9一二三四五六七八九]割|[0-9]+\s*[%％]|進捗|予定(?:どおり|通り)|見込み|目処|目途|"
    r"\balmost\b|\bon track\b|\bhalfway\b",
    re.I,
)


def _progress_note(room: _Room, draft: Draft, sender: int, text: str) -> bool:
    """「証明書はこれからやります」 from the person who already holds 証明書の更新: progress on
    that task, not a second one (only without a deadline of its own). A message that says
    how far along the sender is (半分ほど終わりました、明日には出せます) is progress, even dated."""
    if draft.kind != "commitment":
        return False
    holds = [t for t in room.tasks if t.status == TaskStatus.OPEN and sender in t.assignee_ids]
    if holds and any(p.group() not in draft.title for p in _PROGRESS.finditer(text)):
        return True  # (進捗報告をまとめます names work: its 進捗 is no progress)
    if draft.due is not None:
        return False
    mine = set(draft.keywords) - _GENERIC_KW
    return any(mine & set(t.keywords) for t in holds)


_COURTESY_ASK = re.compile(r"よろしく(?:お願い(?:いた|致)?します|お願い申し上げます)?[!！。.\s]*$")


def _reminder(room: _Room, draft: Draft, text: str) -> bool:
    """「原因調査もよろしくお願いします」 to nobody, without a deadline, about work an open task
    already holds: a reminder of that task, not a new one."""
    if draft.kind != "request" or draft.assignees or draft.due is not None:
        return False
    if not _COURTESY_ASK.search(text.strip()):
        return False
    return any(
        len(k) >= 2 and k not in _GENERIC_KW and k in draft.title
        for t in room.tasks
        if t.status == TaskStatus.OPEN
        for k in t.keywords
    )


_ACCEPT_LEAD = re.compile(
    r"^\s*(?:承知|了解|かしこまりました|承りました|(?:sure|ok|okay|will do|no problem|on it|noted|"
    r"got it|understood|of course)(?![A-Za-z]))",
    re.I,
)


_BARE_VERB = re.compile(r"[一-龥]{1,2}[ぁ-ん]{0,3}")


def _accepted_task(room: _Room, drafts: Sequence[Draft], sender: int, text: str) -> Task | None:
    """An acceptance without a reply tag (「Sure, I'll book it today.」) answers the newest
    request to the sender; it is a new commitment only when it names other work."""
    if len(drafts) != 1 or drafts[0].kind != "commitment" or not _ACCEPT_LEAD.match(text):
        return None
    asked = [
        t
        for t in room.tasks
        if t.status == TaskStatus.OPEN and sender in t.assignee_ids and t.requester_id != sender
    ]
    if not asked:
        return None
    task = max(asked, key=lambda t: t.created_at)
    if _BARE_VERB.fullmatch(drafts[0].title):
        return task  # 明日中に仕上げます: a verb alone names no other work
    other = set(drafts[0].keywords) - set(task.keywords) - _GENERIC_KW
    return None if other else task


def _bare_may_close(pm: ParsedMessage, task: Task) -> bool:
    """A completion with no reply or quote closes the sender's one open task; a reply to some
    other message ("Yes, it was fixed yesterday" to a question) speaks of that message, unless
    it answers the task's requester (a progress question)."""
    if pm.quotes:
        return False
    return all(rp.account_id == task.requester_id for rp in pm.replies)


def _reply_update(
    room: _Room,
    msg: ChatMessage,
    pm: ParsedMessage,
    text: str,
    sent: datetime,
    refs: list[Task],
    drafts: list[Draft],
) -> bool:
    """Apply a reply/quote to the tasks it points at. True when it was an update, not a new task."""
    sender = msg.account_id
    by_message: dict[str, list[Task]] = {}
    for t in refs:
        by_message.setdefault(t.message_id, []).append(t)
    groups = list(by_message.values())
    quoted = " ".join(q.text for q in pm.quotes)

    if updates.says_cancelled(text):
        changed = False
        for group in groups:
            open_ = [t for t in group if t.status == TaskStatus.OPEN]
            task = updates.choose_task(open_, text, sender, quoted)
            if task is not None and updates.involved(task, sender):
                room.replace(task, updates.mark_cancelled(task, msg.message_id, msg.send_time))
                changed = True
        if changed:
            return True

    changed = False
    for group in groups:
        open_ = [t for t in group if t.status == TaskStatus.OPEN]
        task = updates.choose_task(open_, updates.done_part(text), sender, quoted)
        if task is not None and updates.says_done_for(text, task):
            room.replace(task, updates.mark_done(task, msg.message_id, msg.send_time))
            changed = True
    if changed:
        return True
    if updates.says_done(text) and all(t.status != TaskStatus.OPEN for t in refs):
        return True  # "done" about a closed task: nothing new

    due = None
    try:
        due = pick_due(text, sent, room.ctx.calendar)
    except Exception:
        log.exception("pick_due failed on message %s", msg.message_id)
    involved = [t for t in refs if updates.involved(t, sender) and t.status == TaskStatus.OPEN]
    # A new request in a reply is a new task, unless it only asks to move this one's deadline
    # (期限を金曜に変更させてください, 来週月曜でも大丈夫ですか).
    asks = any(d.kind == "request" for d in drafts)
    if asks and not (due is not None and involved and updates.says_new_due(text)):
        return False
    if due is not None and involved:
        for group in by_message.values():
            cands = [t for t in group if t in involved]
            task = updates.choose_task(cands, text, sender)
            if task is not None:
                room.replace(task, updates.move_due(task, due, msg.message_id))
        return True
    # An acceptance, a thank-you or a commitment about the referenced task is no new task.
    return bool(involved) or not drafts


def _chatwork_tasks(room: _Room, msg: ChatMessage, pm: ParsedMessage, sent: datetime) -> None:
    added: list[Draft] = []
    drafts = detect(pm, msg.account_id, sent, room.directory, room.ctx.calendar)
    di = iter(drafts)
    for cw in pm.tasks:
        if cw.event in (None, "task_added"):
            d = next(di, None)
            if d is not None:
                added.append(d)
            continue
        if cw.event == "task_done" or cw.status == "done":
            title_kw = set(updates.keywords_for(cw.body))
            cands = [
                t
                for t in room.tasks
                if t.status == TaskStatus.OPEN
                and t.kind == "chatwork"
                and cw.assignee_id in t.assignee_ids
            ]
            exact = [t for t in cands if set(t.keywords) == title_kw] or [
                t for t in cands if title_kw & set(t.keywords)
            ]
            pick = exact[0] if len(exact) >= 1 else (cands[0] if len(cands) == 1 else None)
            if pick is not None:
                room.replace(pick, updates.mark_done(pick, msg.message_id, msg.send_time))
    if added:
        room.create(msg, added)


def apply_messages(
    tasks: Sequence[Task], messages: Sequence[ChatMessage], ctx: RoomContext
) -> list[Task]:
    """Fold new messages (oldest first) into the room's tasks (any status); return all tasks.

    Changed tasks come back updated; cancelled ones stay, with status ``cancelled``.
    An edited message (same ``message_id`` seen again) replaces the tasks it created.
    """
    room = _Room(tasks, ctx)
    for msg in messages:
        try:
            _apply_one(room, msg)
        except Exception:
            log.exception("could not read message %s in room %s", msg.message_id, msg.room_id)
        room.watermark = max(room.watermark, msg.send_time)
    order = {id(t): i for i, t in enumerate(room.tasks)}
    return sorted(room.tasks, key=lambda t: (t.created_at, order[id(t)]))


def _output(task: Task, tz: ZoneInfo) -> dict[str, Any]:
    return {
        "message_id": task.message_id,
        "title": task.title,
        "assignees": sorted(task.assignee_ids),
        "due": task.due.to_contract(tz) if task.due is not None else None,
        "status": task.status.value,
    }


def extract_conversation(
    conv: Conversation, calendar: BusinessCalendar | None = None
) -> list[dict[str, Any]]:
    """The extract output of one conversation: its tasks after the last message, cancelled ones
    dropped. Literally :func:`apply_messages` over all messages, then formatting."""
    tz = ZoneInfo(conv.timezone)
    ctx = RoomContext(
        room=conv.room,
        members=conv.members,
        tz=tz,
        calendar=calendar or BusinessCalendar(),
        self_account_id=conv.self_account_id,
    )
    messages = [m.to_message(conv.room.room_id) for m in conv.messages]
    tasks = apply_messages([], messages, ctx)
    return [_output(t, tz) for t in tasks if t.status != TaskStatus.CANCELLED]


def _dump(obj: dict[str, Any]) -> str:
    try:
        return json.dumps(obj, ensure_ascii=False)
    except (TypeError, ValueError):  # pragma: no cover - defensive
        return json.dumps({"id": str(obj.get("id")), "tasks": []})


def _write(out: TextIO, obj: dict[str, Any]) -> None:
    line = _dump(obj)
    try:
        out.write(line + "\n")
    except UnicodeEncodeError:
        out.write(json.dumps(obj, ensure_ascii=True) + "\n")


def extract_line(line: str, calendar: BusinessCalendar) -> dict[str, Any] | None:
    """One JSONL line → one output object; ``None`` for a blank line. Never raises."""
    if not line.strip():
        return None
    cid: Any = None
    try:
        raw = json.loads(line)
        if isinstance(raw, dict):
            cid = raw.get("id")
            raw.pop("expected", None)
        conv = Conversation.model_validate(raw)
        return {"id": conv.id, "tasks": extract_conversation(conv, calendar)}
    except Exception as exc:
        log.warning("conversation %r: cannot extract (%s)", cid, type(exc).__name__)
        return {"id": cid if isinstance(cid, str | int) else None, "tasks": []}


def extract_file(path: str, out: TextIO) -> None:
    """``chatsync extract FILE.jsonl``: one conversation a line in, one result a line out."""
    calendar = BusinessCalendar()
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            result = extract_line(line, calendar)
            if result is not None:
                _write(out, result)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        sys.stderr.write("usage: python -m chatsync.parser.extract FILE.jsonl\n")
        return 2
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    try:
        extract_file(args[0], sys.stdout)
    except OSError as exc:
        sys.stderr.write(f"cannot read {args[0]}: {exc.strerror}\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
