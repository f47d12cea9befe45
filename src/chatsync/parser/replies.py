"""Stage 5, replies: a reply or quote updates the tasks it points at — calls them off,
closes them (one, some, or the one named), moves their day, or takes the next step on.

:func:`reply_update` is called by the fold for a message that replies to or quotes a
message holding tasks; it says whether the message was such an update (else the fold reads
it as new work). The steps run in order, each a function of its own: called off →
reported done, part done or not done → what comes after a report → the day moved, a new
ask, or another promise.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any

from chatsync.models import Due, Task, TaskStatus
from chatsync.parser import updates
from chatsync.parser.acts import Act
from chatsync.parser.dates import find_dates
from chatsync.parser.message import Draft, MessageReading
from chatsync.parser.morph import analyse
from chatsync.parser.promises import (
    marked_as_extra,
    named_work,
    new_work,
    other_promises,
    overlap,
    stand_in_for,
)
from chatsync.parser.reply_days import due_of_promise
from chatsync.parser.room import Msg, WorkingRoom
from chatsync.parser.rules.lexicon import LEXICON

__all__ = ["leads_with_acceptance", "reply_update"]

_GENERIC_KW = LEXICON["GENERIC_KEYWORDS"]
_ACCEPT_LEAD = LEXICON["ACCEPT_LEAD"]

# How far along one piece of work is (3 of 5 variants done, 半分ほど): not something else
# still to come (should be done overnight).
_PART_DONE = frozenset(
    {"some of them", "some of them, then the verb", "half done", "a share done"}
    | {"about a share done", "only some done", "how far along", "part of it"}
    | {"done except a part", "a share not yet", "all but one part", "part of it, so far"}
)


def reply_update(room: WorkingRoom, m: Msg, refs: list[Task], drafts: list[Draft]) -> bool:
    """Apply a reply/quote to the tasks it points at. True when it was an update, not a new task."""
    by_message: dict[str, list[Task]] = {}
    for t in refs:
        by_message.setdefault(t.message_id, []).append(t)
    groups = list(by_message.values())
    quoted = " ".join(q.text for q in m.pm.quotes)
    if updates.says_cancelled(m.mr) and _called_off(room, m, groups, drafts, quoted):
        return True
    changed, settled = _reported(room, m, groups, refs, drafts, quoted)
    if settled:
        return True
    if changed and Act.RESCHEDULE not in m.mr.acts:
        return _after_report(room, m, refs, drafts)
    if changed:  # the control plan is released; the work instructions slip to Tuesday
        current = {id(t) for t in room.tasks}
        refs = [t for t in refs if id(t) in current]
        by_message = {k: [t for t in g if id(t) in current] for k, g in by_message.items()}
    if updates.says_done(m.mr) and all(t.status != TaskStatus.OPEN for t in refs):
        # "done" about a closed task: nothing new — but LGTM。マージしちゃってください asks anew,
        # and LGTM! マージしておきます promises the next step (an action of its own)
        steps = new_work(drafts, refs, bare_ok=True)
        if steps:
            room.create(m.msg, steps)
            return True
        return not any(d.kind == "request" for d in drafts)
    return _moved_or_asked(room, m, refs, by_message, drafts)


def _called_off(
    room: WorkingRoom, m: Msg, groups: list[list[Task]], drafts: list[Draft], quoted: str
) -> bool:
    """やっぱり不要になりました / scrap that: the task replied to (or the one named among
    several) is cancelled, by someone with a part in it. True when one was."""
    msg, mr, text, sender = m.msg, m.mr, m.mr.text, m.msg.account_id
    changed = False
    last: Task | None = None
    for group in groups:
        open_ = [t for t in group if t.status == TaskStatus.OPEN]
        named = updates.cancelled_among(mr, open_) if len(open_) > 1 else []
        said = updates.cancelled_among(mr, group) if len(group) > 1 else []
        if said and all(t.status != TaskStatus.OPEN for t in said):
            continue  # the signage is no longer needed, drop it: the one named is closed
        chosen = updates.choose_task(open_, text, sender, quoted)
        every = not named and len(open_) > 1 and updates.calls_off_all(mr)
        for off in named or (open_ if every else [chosen] if chosen is not None else []):
            if updates.involved(off, sender):
                room.replace(off, updates.mark_cancelled(off, msg.message_id, msg.send_time))
                changed, last = True, off
    if changed:
        # お願いはなしで！プロフィールは自分で巻き取ります: called off, and taken on; let's
        # drop the audiograms. can you make a quote card instead?: called off, and a new ask
        # (キャンセルで、やっぱり西口にお願いします: the one asked instead, named alone)
        drafts = [replace(d, implicit=True) if _whom_only(d) else d for d in drafts]
        extra = [d for d in drafts if d.kind in ("commitment", "request") and not d.implicit]
        if last is not None and not extra:
            stand_ins = [stand_in_for(d, last, mr) for d in drafts if d.kind == "request"]
            extra = [d for d in stand_ins if d is not None]
        if last is not None and not extra:
            # nvm this one, I'll pull it myself by tue: the work called off, taken back by the
            # one who asked for it — its title, the sender's promise and day
            extra = [
                replace(d, title=last.title, keywords=last.keywords, due=d.due or last.due)
                for d in drafts
                if d.kind == "commitment" and d.implicit
            ]
        if extra:
            room.create(msg, extra)
        return True
    return False


def _whom_only(d: Draft) -> bool:
    """西口 (やっぱり西口にお願いします): a request that names only the one asked — a team,
    a store, a person — and no action."""
    toks = [t for t in analyse(d.title).tokens if t.cls != "y"]
    return d.kind == "request" and len(toks) == 1 and toks[0].cls in "np" and len(d.title) <= 6


def _reported(
    room: WorkingRoom,
    m: Msg,
    groups: list[list[Task]],
    refs: list[Task],
    drafts: list[Draft],
    quoted: str,
) -> tuple[bool, bool]:
    """Done, part done, not done: the tasks the report closes or moves. (changed, settled):
    settled when the message was wholly that update (a part done with the rest given a day)."""
    msg, mr, text, sender = m.msg, m.mr, m.mr.text, m.msg.account_id
    changed = False
    tried = updates.only_tried(mr)  # 電話しましたが担当の方が不在でした: an attempt, not done
    mixed = {Act.DONE, Act.NOT_DONE} <= mr.acts and not tried
    unfinished = bool({Act.NOT_DONE, Act.RESCHEDULE} & mr.acts) or tried
    for group in groups:
        open_ = [t for t in group if t.status == TaskStatus.OPEN]
        mine = [t for t in open_ if sender in t.assignee_ids]
        part = open_[0] if len(open_) == 1 else mine[0] if len(mine) == 1 else None
        if (
            part is not None
            and updates.share_done_rest_promised(mr, part)
            and (due := due_of_promise(room, m, part)) is not None
        ):
            # 北部・南部の分は発送しました。本庁舎分は5/7の午前中に発送します: open, that day
            room.replace(part, updates.move_due(part, due, msg.message_id))
            return changed, True
        left = [c for c, _ in mr.clauses_of(Act.NOT_DONE) if updates.names_the_rest(c.tokens)]
        if not left and Act.NOT_DONE in mr.acts:
            # 半分しかできてません…明日の午前中に残りやります: the rest named in the promise
            left = [c for c, _ in mr.clauses_of(Act.COMMITMENT) if updates.names_the_rest(c.tokens)]
        if (
            unfinished
            and left
            and part is not None
            and (due := due_of_promise(room, m, part)) is not None
        ):
            # 2校分はセットできました。残り1校は明日の朝イチでやります: part done, the rest given
            # its day — the task's new one (of a list, the replier's own item: 日本語訳、p.1〜30
            # まで終わりました。残りは金曜に納品します)
            room.replace(part, updates.move_due(part, due, msg.message_id))
            return changed, True
        if unfinished and len(open_) == 1:
            share_left = any(r.rule in _PART_DONE for _, r in mr.clauses_of(Act.NOT_DONE))
            if (
                mixed
                and not share_left
                and Act.RESCHEDULE not in mr.acts
                and updates.done_among(mr, open_)
            ):
                # 訳の追加終わりました！ビルドはまだです: the task's own work named done, and
                # something else not yet (not 本庁舎の分は配り終わりました。支所の分はまだです:
                # a share of the same work still to do)
                room.replace(open_[0], updates.mark_done(open_[0], msg.message_id, msg.send_time))
                changed = True
            continue  # 3社中2社は確認取れました。残り1社は時間ください: part of one task
        if tried:
            continue  # ダクト点検の件、業者に電話しましたが不在で折り返し待ちです: of a list, too
        if mixed and len(open_) > 1:
            done_now = updates.done_among(mr, open_)
            partial = any(r.rule in _PART_DONE for _, r in mr.clauses_of(Act.NOT_DONE))
            if len(done_now) == 1 and partial and not updates.not_done_among(mr, open_):
                # macro draft is in the sheet — 3 of 5 variants done: the part not done is
                # of the one task named, which stays open
                continue
            for done in done_now:
                room.replace(done, updates.mark_done(done, msg.message_id, msg.send_time))
                changed = True
            rest = [t for t in updates.not_done_among(mr, open_) if t not in done_now]
            due = due_of_promise(room, m) if len(rest) == 1 and done_now else None
            if due is not None and (Act.COMMITMENT in mr.acts or _dated_not_done(room, m)):
                # screenshots regenerated. the feature graphic is only half done, will finish
                # it tomorrow: one closed, the other's new date
                room.replace(rest[0], updates.move_due(rest[0], due, msg.message_id))
                return changed, True
            continue
        named = updates.each_named_done(mr, open_) if len(open_) > 1 else []
        named = [t for t in named if updates.says_done_for(mr, t)]
        if any(sender in t.assignee_ids for t in named):
            # ワークシート原稿、送りました from who holds 原稿: theirs, not the check of it
            named = [t for t in named if sender in t.assignee_ids]
        if named:  # v3 is up: pause trimmed, drone shot swapped in — each one named
            for done in named:
                room.replace(done, updates.mark_done(done, msg.message_id, msg.send_time))
            changed = True
            continue
        said = None if quoted else updates.named_task(group, updates.done_text(mr))
        own = [t for t in open_ if sender in t.assignee_ids]
        theirs = said is not None and sender not in said.assignee_ids
        if said is not None and said.status != TaskStatus.OPEN and not (theirs and len(own) == 1):
            # 304 sorted when 304's task is closed: no other task of the list is done (but
            # DM、全部刷り上がりました from who prints it, after the DM's proof was closed:
            # their own line)
            continue
        task = updates.choose_task(open_, updates.done_text(mr), sender, quoted)
        if task is None and len(open_) > 1:
            # motor guy came early, I let him in and he's finished: the clause before names it
            task = updates.choose_task(open_, text, sender, quoted)
        # (input lib PR is up, could you review it?: from someone with no part in the task
        # replied to, who asks its assignee for something — their own news, not the task done)
        outsider = (
            task is not None
            and bool(task.assignee_ids)
            and not updates.involved(task, sender)
            and (
                any(d.kind == "request" for d in drafts)
                or any(sender in t.assignee_ids for t in refs)  # (their own is among them)
            )
        )
        if outsider or task is None or updates.received_input(mr, task, sender):
            continue  # (Okamoto-san, got the draft, thanks!: the input for the work came in)
        if _promised_again(drafts, task, sender, updates.done_text(mr)):
            continue  # FAX受け取りました！比較表、3営業日以内に仕上げます: still to come
        if updates.says_done_for(mr, task):
            room.replace(task, updates.mark_done(task, msg.message_id, msg.send_time))
            changed = True
    for t in [t for t in refs if t.answer and t.status == TaskStatus.OPEN]:
        if (
            sender in t.assignee_ids
            and updates.gives_answer(mr)
            and not any(
                d.kind == "commitment" and overlap(set(d.keywords), set(t.keywords)) for d in drafts
            )
        ):
            # lmk by Thu if you have bandwidth → "yes, I've got room for it": answered (not
            # 台帳、拝受いたしました。加入要否、金曜までに判断してご連絡いたします: to come)
            room.replace(t, updates.mark_done(t, msg.message_id, msg.send_time))
            changed = True
    return changed, False


def _promised_day(drafts: Sequence[Draft], task: Task, sender: int, done: str) -> Due | None:
    """The day of the promise that says the task is still to come, if it gives one."""
    if not _promised_again(drafts, task, sender, done):
        return None
    keywords = set(task.keywords)
    return next(
        (
            d.due
            for d in drafts
            if d.kind == "commitment" and d.due and overlap(set(d.keywords), keywords)
        ),
        None,
    )


def _promised_again(drafts: Sequence[Draft], task: Task, sender: int, done: str) -> bool:
    """The one who holds the task reports something else done and promises the task's work
    in the same message (FAX受け取りました！比較表、…仕上げます): the task is still to come
    (not 交換終わりました。明日試運転します: the task done, then its next step)."""
    if sender not in task.assignee_ids or any(k in done for k in task.keywords):
        return False
    return any(
        d.kind == "commitment" and not d.done and overlap(set(d.keywords), set(task.keywords))
        for d in drafts
    )


def _after_report(room: WorkingRoom, m: Msg, refs: list[Task], drafts: list[Draft]) -> bool:
    """A report closed a task: the next step it promises or asks for besides, if any."""
    msg, mr = m.msg, m.mr
    # decided: we're in for the booth. tap list coming 来週頭: done, and the next promise
    # (印刷は…やっておきます: a thing of its own; else only with a day of its own —
    # 詳細は別途メールします is a courtesy)
    said_done = " ".join(c.text for c, _ in mr.clauses_of(Act.DONE))
    current = {id(t) for t in room.tasks}
    for t in refs:
        if id(t) in current and t.status == TaskStatus.OPEN:
            due = _promised_day(drafts, t, msg.account_id, said_done)
            if due is not None:
                # 見積書受け取りました！比較表、3営業日以内に仕上げてお送りします: the other
                # task done, and the sender's own one given its day — no new task
                room.replace(t, updates.move_due(t, due, msg.message_id))
                drafts = [d for d in drafts if d.due != due or d.kind != "commitment"]
    new = new_work(drafts, refs, said_done=said_done)
    extra = new if marked_as_extra(mr) else [d for d in new if d.due or named_work(d)]
    if extra:
        room.create(msg, extra)
        return True
    # 確認しました！単価の欄だけ直してもらえますか？: done, and a new request besides.
    return not any(d.kind == "request" for d in drafts)


# (not "so I can take both quotes to the board": English "both" names things, not the items)
_EVERY_ITEM = re.compile(r"[0-9０-９二三四五]\s*(?:点|件|つ)とも|両方とも?|どちらも|いずれも")


def _moved_or_asked(
    room: WorkingRoom,
    m: Msg,
    refs: list[Task],
    by_message: dict[str, list[Task]],
    drafts: list[Draft],
) -> bool:
    """No report: the reply moves a task's day, asks anew, or promises something else."""
    msg, mr, text, sender = m.msg, m.mr, m.mr.text, m.msg.account_id
    involved = [t for t in refs if updates.involved(t, sender) and t.status == TaskStatus.OPEN]
    due = due_of_promise(room, m, involved[0] if len(involved) == 1 else None)
    # A new request in a reply is a new task, unless it only asks to move this one's deadline
    # (期限を金曜に変更させてください, 来週月曜でも大丈夫ですか).
    asks = any(d.kind == "request" for d in drafts)
    restated = _restated_ask(refs, drafts, sender, text)
    if restated is not None:
        # すみません訂正です、原稿は木曜までにお願いできますか under one's own ask: its new day
        task, new_due = restated
        room.replace(task, updates.move_due(task, new_due, msg.message_id))
        return True
    replied_ids = {rp.message_id for rp in m.pm.replies}
    if (
        asks
        and all(d.implicit for d in drafts)
        and any(t.due_updated_by in replied_ids for t in refs)
    ):
        return True  # [rp 月曜までいただけますか] 了解、それで進めてください: the new day approved
    more_time = _later_day_asked(refs, drafts, sender, mr.text)
    if more_time is not None:
        # [rp 校正をお願いします] 校正は再来週の月曜までいただけますか: the one doing it asks
        # the one who asked for a later day — that task's new day, no new ask
        task, new_due = more_time
        room.replace(task, updates.move_due(task, new_due, msg.message_id))
        return True
    own = [t for t in involved if sender in t.assignee_ids]
    if (
        asks
        and due is not None
        and len(own) == 1
        and leads_with_acceptance(mr)
        and all(d.implicit for d in drafts if d.kind == "request")
    ):
        # [rp チラシの作成お願いできますか] sure! draft by tomorrow noon: the one asked says
        # when the work comes — its day, no new ask
        room.replace(own[0], updates.move_due(own[0], due, msg.message_id))
        return True
    if asks and not (due is not None and involved and updates.says_new_due(mr)):
        return False
    moves = due is not None and bool(involved)
    extra = other_promises(mr, drafts, refs, sender)
    if extra and not (moves and updates.says_new_due(mr)):
        # 承知しました！待合室の掲示も私の方で作っておきます; 材料は今週中に手配しておきます
        # (its day is its own, not the task's)
        room.create(msg, extra)
        return True
    if moves:
        for group in by_message.values():
            cands = [t for t in group if t in involved]
            task = updates.choose_task(cands, text, sender)
            # (2点とも承知いたしました。修正版は週明けにお送りします: every item, that day)
            chosen = cands if len(cands) > 1 and _EVERY_ITEM.search(text) else [task]
            for t in chosen:
                if t is not None:
                    moved = _on_the_tasks_day(t, due, m.sent)
                    room.replace(t, updates.move_due(t, moved, msg.message_id))
        return True
    promises = [d for d in drafts if d.kind == "commitment" and not d.implicit]
    theirs = [t for t in refs if t.requester_id == sender]
    if promises and theirs and not any(sender in t.assignee_ids for t in refs):
        # [rp 4tでもいいですか？] 佐野様に電話で確認しておきます: the one who asked takes the
        # next step on; no acceptance, since they asked for the task, not took it
        room.create(msg, promises)
        return True
    # An acceptance, a thank-you or a commitment about the referenced task is no new task.
    return bool(involved) or not drafts


def _later_day_asked(
    refs: Sequence[Task], drafts: Sequence[Draft], sender: int, text: str = ""
) -> tuple[Task, Due] | None:
    """An assignee asking the task's requester, with a later day, for the task's own work
    (named in the ask, or as the message's topic: 評価項目の見直しですが、…来週水曜まで
    いただけますか): that task and the day, else None."""
    asks = [d for d in drafts if d.kind == "request"]
    if len(asks) != 1 or asks[0].due is None:
        return None
    ask, day = asks[0], asks[0].due
    mine = set(ask.keywords) - _GENERIC_KW
    for t in refs:
        theirs = t.status == TaskStatus.OPEN and sender in t.assignee_ids
        later = t.due is not None and day.day > t.due.day
        to_requester = t.requester_id in ask.assignees and sender != t.requester_id
        named = (mine and overlap(mine, set(t.keywords))) or _topic_names(text, t)
        if theirs and later and to_requester and named:
            return t, day
    return None


def _topic_names(text: str, task: Task) -> bool:
    """The message opens on the task's work: 評価項目の見直しですが、… / 見直しの件、…"""
    head = re.split(r"[、,。]", text, maxsplit=1)[0]
    kws = set(task.keywords) - _GENERIC_KW
    return bool(kws) and all(k in head for k in kws)


# nudging this 👀 / bump / gentle reminder: the ask that follows is the old one again
_NUDGE = re.compile(
    r"^\W*(?:nudging|nudge|bump(?:ing)?|gentle reminder|friendly reminder|reminder"
    r"|just checking)\b",
    re.I,
)


def _restated_ask(
    refs: Sequence[Task], drafts: Sequence[Draft], sender: int, text: str = ""
) -> Any:
    """The requester asking again, with a day, for the work of their own open task they
    reply to (概算、木曜中にもらえると助かります): that task and its new day, else None."""
    asks = [d for d in drafts if d.kind == "request"]
    if len(asks) != 1 or asks[0].due is None:
        return None
    ask = asks[0]
    mine = set(ask.keywords) - _GENERIC_KW
    # Rosa, forum questions within 2 days pls, under a list: the item of the one asked first
    refs = sorted(refs, key=lambda t: not set(ask.assignees) & set(t.assignee_ids))
    again = bool(_NUDGE.match(text))  # (nudging this 👀 could we have the write-up by Friday?)
    for t in refs:
        own = t.status == TaskStatus.OPEN and t.requester_id == sender
        # (those 3 by tmrw pls under one's own ask: the pointer is that task)
        if (
            own
            and (mine & set(t.keywords) or ask.implicit or not mine or again)
            and t.due != ask.due
        ):
            return t, ask.due
    return None


def _dated_not_done(room: WorkingRoom, m: Msg) -> bool:
    """didn't get to the docs, monday: the unfinished part names its new day."""
    for c, _ in m.mr.clauses_of(Act.NOT_DONE):
        try:
            if find_dates(c.text, m.sent, room.ctx.calendar):
                return True
        except Exception:
            return False
    return False


def _on_the_tasks_day(task: Task, due: Due, sent: datetime) -> Due:
    """承知です、朝イチでやります at 15:40 to a task due tomorrow: a time already past today
    is that time on the task's own day."""
    old = task.due
    if old is None or due.at is None or due.day != sent.date() or old.day <= due.day:
        return due
    if due.at >= sent.time().replace(tzinfo=None):
        return due
    return Due(day=old.day, at=due.at)


def leads_with_acceptance(mr: MessageReading) -> bool:
    """承知しました。… / はい、… / Sure, … / Thanks, I'll …"""
    if not mr.readings:
        return False
    if mr.readings[0].act in (Act.ACCEPT, Act.COURTESY) and len(mr.readings) > 1:
        return True
    toks = mr.clauses[0].tokens
    return bool(toks) and toks[0].lemma in _ACCEPT_LEAD
