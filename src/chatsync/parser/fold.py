"""Stage 5: fold a room's messages, oldest first, into its tasks.

:func:`apply_messages` is the one fold: the poller calls it with each cycle's new
messages and the room's stored tasks; ``chatsync extract`` calls it once with every
message of a conversation. Both paths therefore read chat identically.

Per message: markup → :func:`chatsync.parser.tasks.read_message` (normalise,
clauses, acts) → the updates it makes to tasks it points at (reply, quote, or the
sender's only open task) → the tasks it creates.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from chatsync.models import ChatMessage, Task, TaskStatus
from chatsync.parser import updates
from chatsync.parser.acts import Act
from chatsync.parser.dates import find_dates
from chatsync.parser.markup import ParsedMessage, parse
from chatsync.parser.morph import WH_JA, analyse
from chatsync.parser.offers import offer_taken
from chatsync.parser.plans import done_items
from chatsync.parser.promises import (
    adds_to,
    handed_over,
    new_work,
)
from chatsync.parser.replies import leads_with_acceptance, reply_update
from chatsync.parser.reply_days import due_of_promise, only_reaches, reaching_is_the_work
from chatsync.parser.room import Msg, RoomContext, WorkingRoom
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.tasks import (
    Draft,
    MessageReading,
    chatwork_title,
    detect,
    keywords_of,
    read_message,
)
from chatsync.parser.work_en import points_back

__all__ = ["RoomContext", "apply_messages"]

log = logging.getLogger(__name__)


_GENERIC_KW = LEXICON["GENERIC_KEYWORDS"]


# 私行きます！ / 私やります / 僕が対応します / I'll take it: claiming an ask made of anyone
_CLAIM = re.compile(
    r"^\W*(?:はい[、,!！]?\s*)?(?:私|僕|自分|わたし)(?:が|で)?(?:やり|行き|いき|対応し|引き受け)ます"
    r"|^\W*(?:i'll|i will|i can) take (?:it|this|that)\b",
    re.I,
)


def _task_behind(room: WorkingRoom, to: str) -> str:
    """[rp 明日は研修で不在でして…] 私が代わりにやります: a reply to an answer that names no
    work points through it at the task that answer was about — that task's message."""
    root = room.replied.get(to, "")
    if not root or root not in room.texts or any(t.message_id == to for t in room.tasks):
        return ""
    if not any(t.message_id == root and t.status == TaskStatus.OPEN for t in room.tasks):
        return ""
    if read_message(room.texts[to]).acts & _NAMES_WORK:
        return ""  # ([rp スロープの設置が必要です] 私が手配します: the answer names the thing)
    return room.texts[root]


_NAMES_WORK = frozenset({Act.DONE, Act.REQUEST, Act.COMMITMENT, Act.CANCEL})


def _apply_one(room: WorkingRoom, msg: ChatMessage) -> None:
    ctx = room.ctx
    pm = parse(msg.body, room.directory.compact)
    sent = datetime.fromtimestamp(msg.send_time, ctx.tz)
    mr = read_message(pm.text)
    m = Msg(msg, pm, mr, sent)
    previous, room.previous = room.previous, mr.text
    to = next((r.message_id for r in pm.replies if r.message_id in room.texts), "")
    replied = room.texts[to] if to else ""
    if replied:
        previous = replied  # "taking a look now" under a report: the thing is in that report
        previous = _task_behind(room, to) or previous
        room.replied[msg.message_id] = to
    room.texts[msg.message_id] = mr.text
    if len(room.texts) > 500:
        gone = next(iter(room.texts))
        room.texts.pop(gone)
        room.replied.pop(gone, None)
    reported, room.previous_report = (
        room.previous_report,
        (msg.account_id if Act.DONE in mr.acts else None),
    )

    if pm.tasks:
        _chatwork_tasks(room, m)
        return
    if updates.already_applied(room.tasks, msg.message_id):
        return
    drafts = detect(
        pm, msg.account_id, sent, room.directory, ctx.calendar, ctx.self_account_id, previous, mr
    )
    if msg.send_time < room.watermark:
        if drafts or any(t.message_id == msg.message_id for t in room.tasks):
            refs = updates.referenced(pm, room.tasks)
            room.create(msg, [d for d in drafts if d.kind == "request"] if refs else drafts)
        return
    refs = [t for t in updates.referenced(pm, room.tasks) if t.message_id != msg.message_id]
    live = [t for t in refs if t.status != TaskStatus.CANCELLED]
    if live and _answered_by_number(room, m, live):
        return
    if live:
        had = [id(t) for t in room.tasks if t.message_id == msg.message_id]
        if reply_update(room, m, live, drafts):
            now = [id(t) for t in room.tasks if t.message_id == msg.message_id]
            if had and now == had:
                room.create(msg, [])  # an edit that turned a request into an update
            return
        # A promise in a reply accepts the task replied to — unless the sender has no part in
        # it: [rp 残りは明日刷ります] A4の紙、発注しておきます is the replier's own new work.
        bystander = not any(updates.involved(t, msg.account_id) for t in live)
        if _CLAIM.match(mr.text) and all(
            not t.assignee_ids and t.requester_id != msg.account_id for t in live
        ):
            # [rp どなたか…借りてきてもらえませんか] 私行きます！木曜の朝に取りに行ってきます:
            # taking on an ask made of anyone — no work of one's own
            drafts = [d for d in drafts if d.kind != "commitment"]
        # (back! I'll take this one: a claim of the task, not work of its own)
        own = [d for d in new_work(drafts, live) if not points_back(d.title)] if bystander else []
        kept = [d for d in drafts if d.kind == "request" or d in own]
        room.create(msg, [handed_over(d, live, mr, msg.account_id) for d in kept])
        return
    if not drafts and pm.replies and _offer_taken(room, m):
        return
    if reported is not None and reported != msg.account_id and not _for_later(mr):
        # 「提出しました」「確認します。ありがとう」: the requester acknowledging a report
        # ("I'll send comments by thursday" has a day of its own: a promise; あとで目を通して
        # おきます, a promise for later). 先方に送っておきます passes the reported thing on
        drafts = [
            d
            for d in drafts
            if not (d.kind == "commitment" and d.implicit and not d.due and not _passes_on(d))
        ]
    _close_listed_done(room, m)
    drafts = [d for d in drafts if not _progress_note(room, d, msg.account_id, mr)]
    drafts = [d for d in drafts if not _reminder(room, d, mr)]
    if replied:
        drafts = [d for d in drafts if not _answers_question(replied, d, mr)]
    replied_to = (tuple(r.account_id for r in m.pm.replies), replied)
    accepted = _accepted_task(room, drafts, msg.account_id, mr, msg.send_time, replied_to)
    if accepted is not None:
        # 「承知しました、今日中に送ります」 right under the request: its deadline, no new task.
        # (了解です、will chase them today: when the vendor is chased, not the task's day)
        due = drafts[0].due
        chase = only_reaches(mr) and not reaching_is_the_work(accepted) and bool(accepted.due)
        if due is not None and due != accepted.due and not chase:
            room.replace(accepted, updates.move_due(accepted, due, msg.message_id))
        return
    if _asks_more_time(room, m, drafts):
        return
    if not drafts and _day_only_answer(room, m):
        return
    if drafts:
        # 原稿を作成しました。ご確認お願いします: the sender's own task is done (when the message
        # names its work) and the check it asks for is a new task.
        _close_bare(room, m, named=True)
        room.create(msg, drafts)
        return
    if any(t.message_id == msg.message_id for t in room.tasks):
        room.create(msg, [])  # edited into a non-task
        return
    _close_bare(room, m, named=False)


# 1番はメールで送付済みです、2番は今週中に決めます: a list item named by number, at the start
# of the reply or after a comma (markup turns ①… there into 1番)
# (not 1番いいのは…: "the most", no item)
_ITEM_REF = re.compile(r"(?:^|(?<=[、。,\s]))([0-9]{1,2})番(?=\s*(?:は|も|の|を|、|,|→|:|：))")
_LEADING_ITEM = re.compile(r"^([0-9]{1,2})\. ")  # (①は… right after the reply's tag)
_LINE_ITEM = re.compile(r"(?m)^\s*([0-9]{1,2})\. ")
_ITEM_TOPIC = re.compile(r"^(?:[0-9]{1,2}番|[0-9]{1,2}\.)\s*(?:は|も|の件は?|を)?\s*[、,]?")


def _answered_by_number(room: WorkingRoom, m: Msg, live: list[Task]) -> bool:
    """①は送付済みです、②は今週中に決めます、③は予定を聞いてから: a reply that answers the
    items of one list by number; each part updates its item's task as a reply of its own
    would (the ask's tasks are in the order of its items)."""
    text = m.mr.text.strip()
    marks: list[re.Match[str]] = list(_ITEM_REF.finditer(text))
    lead = _LEADING_ITEM.match(text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1 and all(_LEADING_ITEM.match(ln.strip()) for ln in lines):
        # ①名簿 → 格納済みです / ②タクシー → 明日予約します: one line an item
        marks = [x for x in _LINE_ITEM.finditer(text)]
    elif lead is not None and marks and "\n" not in text:
        marks.insert(0, lead)  # 1. は送付済みです、2番は…: the first item, read as a marker
    if not marks or marks[0].start() != 0:
        return False
    ids = {t.message_id for t in live}
    if len(ids) != 1:
        return False
    (source,) = ids
    items = sorted((t for t in room.tasks if t.message_id == source), key=lambda t: t.index)
    numbers = [int(x.group(1)) for x in marks]
    if not all(1 <= n <= len(items) for n in numbers) or len(set(numbers)) != len(numbers):
        return False
    ends = [x.start() for x in marks[1:]] + [len(text)]
    ctx, sender = room.ctx, m.msg.account_id
    asked: list[Draft] = []  # (③は山田さんにお願いできますか: a new ask, kept as one)
    for n, mark, end in zip(numbers, marks, ends, strict=True):
        part = _ITEM_TOPIC.sub("", text[mark.start() : end]).strip(" 、,")
        at = items[n - 1].index
        task = next((t for t in room.tasks if t.message_id == source and t.index == at), None)
        if task is None or task.status != TaskStatus.OPEN:
            continue
        pm = replace(m.pm, text=part)
        sub = Msg(m.msg, pm, read_message(part), m.sent)
        drafts = detect(pm, sender, m.sent, room.directory, ctx.calendar, ctx.self_account_id)
        if not reply_update(room, sub, [task], drafts):
            asked += [d for d in drafts if d.kind == "request"]
    if asked:
        room.create(m.msg, asked)
    return True


def _close_listed_done(room: WorkingRoom, m: Msg) -> None:
    """daily: done: dbt tests (7/7 green) — each item of a report's done section closes the
    sender's open task it names (by a word of its own, not a generic one)."""
    items = done_items(m.mr.lines)
    if not items:
        return
    sender = m.msg.account_id
    for item in items:
        words = set(keywords_of(item)) - _GENERIC_KW
        for t in room.open_tasks():
            if sender in t.assignee_ids and words & set(t.keywords):
                room.replace(t, updates.mark_done(t, m.msg.message_id, m.msg.send_time))
                break


def _for_later(mr: MessageReading) -> bool:
    """あとで目を通しておきます / 後ほど確認します / 見ておきます: a promise put off to later, not
    an ack (〜ておく says the looking is still to do)."""
    promises = mr.clauses_of(Act.COMMITMENT)
    return any(r.rule == "te oku" for _, r in promises) or any(
        t.lemma in _LATER for c, _ in promises for t in c.tokens
    )


_LATER = LEXICON["LATER"] - {"改めて", "別途"}


def _offer_taken(room: WorkingRoom, m: Msg) -> bool:
    """「変更かけますか？」→「お願いします！」: the offer's work, now asked of its offerer."""
    rp = m.pm.replies[0]
    offer = room.texts.get(rp.message_id or "")
    if offer is None or rp.account_id == m.msg.account_id:
        return False
    draft = offer_taken(offer, rp.account_id, m.mr, m.sent, room.ctx.calendar)
    if draft is None:
        return False
    room.create(m.msg, [draft])
    return True


_TRANSFER = tuple(LEXICON["TRANSFER"])


def _passes_on(d: Draft) -> bool:
    """A promise to send the thing on (先方に送る, お客様に転送), not to look at it."""
    return d.title.endswith(_TRANSFER)


# What a bare day may carry: hedges and particles (probably tomorrow, たぶん明日には).
_HEDGE = re.compile(
    r"(?i)\b(?:probably|maybe|hopefully|likely|latest|at the latest|by|around|before|ish)\b"
    r"|たぶん|多分|おそらく|恐らく|遅くとも|には|までに|まで|頃|ごろ|くらい|ぐらい|かな|かと|予定|目処|めど"
    r"|です|で|ね|よ|[\s、。,.!?！？~〜ー]"
)


def _day_only_answer(room: WorkingRoom, m: Msg) -> bool:
    """「probably tomorrow」「たぶん明日には」「sure, by Friday」 from the assignee of the newest
    request to them: its new deadline, said as a day alone (no reply tag, no verb)."""
    if len(m.mr.text) > 40 or m.pm.replies or m.pm.quotes or m.mr.acts - {Act.INFO, Act.ACCEPT}:
        return False  # a day said alone is short
    sender = m.msg.account_id
    asked = [t for t in room.open_tasks() if sender in t.assignee_ids and t.requester_id != sender]
    if not asked:
        return False
    task = max(asked, key=lambda t: t.created_at)
    if task is not _recent_newest(room, m.msg.send_time):
        return False  # only right under the newest task, and soon after it
    # (sure, by Friday / 了解です、金曜までに: the acceptance before the day adds nothing)
    text = "".join(
        c.text for c, r in zip(m.mr.clauses, m.mr.readings, strict=True) if r.act != Act.ACCEPT
    )
    try:
        found = find_dates(text, m.sent, room.ctx.calendar)
    except Exception:
        return False
    if len(found) != 1:
        return False
    rest = _HEDGE.sub("", text[: found[0].start] + text[found[0].end :])
    if rest:
        return False
    room.replace(task, updates.move_due(task, found[0].due, m.msg.message_id))
    return True


def _asks_more_time(room: WorkingRoom, m: Msg, drafts: Sequence[Draft]) -> bool:
    """An assignee asking for more time (もう少しかかりそうです, 金曜まで延ばします) without
    a reply tag: their only open task keeps open, with the new deadline when one is given."""
    if not updates.says_new_due(m.mr) or any(d.kind == "request" for d in drafts):
        return False
    task = updates.close_bare(room.tasks, m.msg.account_id)
    if task is None:
        return False
    due = due_of_promise(room, m)
    if due is not None:
        room.replace(task, updates.move_due(task, due, m.msg.message_id))
    return True


def _close_bare(room: WorkingRoom, m: Msg, named: bool) -> None:
    """A completion with no reply or quote closes the sender's only open task; ``named``: only
    when the message names that task's work."""
    task = updates.close_bare(room.tasks, m.msg.account_id)
    if task is None or not _bare_may_close(m.pm, task, m.mr.text) or updates.only_tried(m.mr):
        return  # (電話しましたが、不在でした: an attempt, not the work done)
    text = m.mr.text.lower()
    if named:
        # 委任状の押印を伝えてもらえますか。机に置いてあります: the report beside a new ask
        # must name the task itself (not the matter the ask is about)
        asks = (Act.REQUEST, Act.COMMITMENT)
        pairs = zip(m.mr.clauses, m.mr.readings, strict=True)
        text = " ".join(c.text for c, r in pairs if r.act not in asks).lower()
    names_it = any(_named(k, text) for k in set(task.keywords) - _GENERIC_KW)
    if named and not names_it:
        return
    # 確認しました alone is mostly "noted": it ends a check only when it names the check.
    checked = names_it and updates.says_checked(m.mr, task)
    # 訳の追加終わりました！ビルドはまだです: the task's own work done, something else not yet
    # (but 6台は押さえました。残り4台は確認中 / …updated, the other ones still pending: a
    # remainder of the same work)
    partly = (
        Act.NOT_DONE in m.mr.acts
        and names_it
        and bool(updates.done_among(m.mr, [task]))
        and not any(updates.names_the_rest(c.tokens) for c, _ in m.mr.clauses_of(Act.NOT_DONE))
        # (bulbs swapped in 204; 206 still flickers: the trouble the work was for remains)
        and not any(r.rule == "the fault persists" for _, r in m.mr.clauses_of(Act.NOT_DONE))
    )
    if _only_a_draft(m.mr, task) or updates.share_left(m.mr, task):
        return
    if updates.says_done(m.mr) or updates.says_own_verb_done(m.mr, task) or checked or partly:
        room.replace(task, updates.mark_done(task, m.msg.message_id, m.msg.send_time))


_DRAFT = LEXICON["DRAFT"]


def _only_a_draft(mr: MessageReading, task: Task) -> bool:
    """メッセージカードのデザイン2案、共有フォルダに入れました under カード印刷: drafts to choose
    from came in — a step before the work, which is not done (unless the work was the draft)."""
    if any(t.lemma in _DRAFT for t in analyse(task.title).tokens):
        return False  # (案内はがきの印刷: no draft in 案内)
    reports = [c for c, _ in mr.clauses_of(Act.DONE)]
    return bool(reports) and all(
        any(t.lemma in _DRAFT and t.cls in "nx" for t in c.tokens) for c in reports
    )


_KANJI_WORD = re.compile(r"[一-龥々]+")


def _named(keyword: str, text: str) -> bool:
    """The keyword in the text, a file name also without its extension (getting-started.md
    ← getting-started の訳)."""
    if keyword in text:
        return True
    if len(keyword) >= 4 and _KANJI_WORD.fullmatch(keyword) and keyword[-2:] in text:
        return True  # 名簿みました for 加入者名簿の確認: a compound named by its head noun
    stem, dot, ext = keyword.rpartition(".")
    return bool(dot) and ext.isalnum() and len(ext) <= 4 and len(stem) >= 4 and stem in text


def _progress_note(room: WorkingRoom, draft: Draft, sender: int, mr: MessageReading) -> bool:
    """「証明書はこれからやります」 from the person who already holds 証明書の更新: progress on
    that task, not a second one (only without a deadline of its own). A message that says
    how far along the sender is (半分ほど終わりました、明日には出せます) is progress, even dated."""
    if draft.kind != "commitment":
        return False
    holds = [t for t in room.open_tasks() if sender in t.assignee_ids]
    if holds and Act.NOT_DONE in mr.acts and _of_held(draft, holds, mr):
        return True
    if holds and _only_when_or_where(draft.title):
        return True  # B店は木曜の閉店後にやります: when and where, the work is the held task
    if holds and adds_to(draft, holds):
        return True  # 明日数えてから見積に入れます: more into the held 見積, even dated
    if (
        holds
        and Act.DONE in mr.acts
        and updates.names_the_rest(analyse(draft.title).tokens, in_title=True)
    ):
        return True  # Elementary groups done. will do the Pre-Int ones after lunch: the rest
    if holds and draft.due is None and _ongoing(mr):
        return True  # 4B is taken, 4A might be free — checking with facilities: under way
    if draft.due is not None and not draft.planned:
        return False  # 日報's 明日：仮編集に着手 is the day of the plan, not a new deadline
    if _names_self(mr):
        # 共用棚の試薬瓶は私が出しておきます under a task for the whole room: the sender's
        # own share, said as theirs — a task of its own, not progress on everyone's
        holds = [t for t in holds if len(t.assignee_ids) <= 2]
    mine = set(draft.keywords) - _GENERIC_KW
    return any(mine & set(t.keywords) for t in holds)


def _of_held(draft: Draft, holds: Sequence[Task], mr: MessageReading) -> bool:
    """半分ほど終わりました、明日には出せます: how far the held work is — unless the report and the
    promise name the same thing, one no held task has (料金、まだ旧料金のままでした。あとで直して
    おきます: a new find, and the fix of it)."""
    not_done = " ".join(c.text for c, _ in mr.clauses_of(Act.NOT_DONE)).lower()
    shared = {k for k in set(draft.keywords) - _GENERIC_KW if k in not_done}
    held = {k for t in holds for k in t.keywords if len(k) >= 2} - _GENERIC_KW
    # (volume report: 3 of 4 stockpiles done … will finish today: the held report, named)
    return draft.implicit or not shared or any(k in not_done for k in held)


def _ongoing(mr: MessageReading) -> bool:
    """checking with facilities / looking into it: every promise is an -ing with no subject,
    what the sender is doing now."""
    promises = mr.clauses_of(Act.COMMITMENT)
    return bool(promises) and all(
        c.analysis.lang == "en" and c.tokens[0].form == "g" for c, _ in promises
    )


def _only_when_or_where(title: str) -> bool:
    """A promise whose verb is only 'do' (やる, 実施する) with no object of its own."""
    toks = analyse(title).tokens
    verbs = [t for t in toks if t.cls in "vs" and t.lemma not in _LIGHT_VERBS]
    # 内線表の更新は…対応します names its work (更新); 閉店後に is only a time
    work = [
        t
        for k, t in enumerate(toks)
        if t.cls == "s"
        and t.lemma not in _DO
        and not (k + 1 < len(toks) and toks[k + 1].lemma in _TIME_SUFFIX)
    ]
    return (
        bool(verbs)
        and verbs[-1].lemma in _DO
        and not work
        and not any(t.lemma == "を" and t.cls == "c" for t in toks)
    )


_DO = LEXICON["DO"]
_TIME_SUFFIX = frozenset({"後", "前", "中", "時", "まで", "以降"})
_LIGHT_VERBS = LEXICON["LIGHT"]


def _reminder(room: WorkingRoom, draft: Draft, mr: MessageReading) -> bool:
    """「原因調査もよろしくお願いします」 to nobody, without a deadline, about work an open task
    already holds: a reminder of that task, not a new one."""
    if draft.kind != "request" or draft.assignees or draft.due is not None:
        return False
    if "よろしく" not in mr.text:
        return False
    return any(
        len(k) >= 2 and k not in _GENERIC_KW and k in draft.title
        for t in room.open_tasks()
        for k in t.keywords
    )


_WH = WH_JA | {"who", "which", "what", "when", "where"}
_PLAIN_VERBS = LEXICON["PLAIN_VERBS"]
_DONE_AFTER = frozenset({"た", "済み", "済む", "ずみ"})


def _predicates(mr: MessageReading, act: Act, *, non_past: bool = False) -> set[str]:
    """The content verb each clause of ``act`` ends on (含めます → 含める); with
    ``non_past``, only those not said as done (依頼済みでしたっけ asks whether it was)."""
    out: set[str] = set()
    for c, _ in mr.clauses_of(act):
        toks = c.tokens
        k = next(
            (
                k
                for k in range(len(toks) - 1, -1, -1)
                if toks[k].cls in "vs" and toks[k].lemma not in _PLAIN_VERBS
            ),
            None,
        )
        if k is None:
            continue
        after = toks[k + 1 : k + 4]
        explained = bool(after) and after[0].lemma in ("の", "ん")  # 含めるのでしたっけ
        if non_past and not explained and any(t.lemma in _DONE_AFTER for t in after):
            continue
        out.add(toks[k].lemma)
    return out


def _answers_question(replied: str, draft: Draft, mr: MessageReading) -> bool:
    """[rp 転園の方もリストに含めるのでしたっけ？] 転園の方も含めます: a yes/no question on how
    things are done, answered in its own verb — the rule stated, no work taken on (not
    [rp 誰が送りますか？] 私が送ります: who does it, answered; nor an answer with a day)."""
    if draft.kind != "commitment" or draft.due is not None:
        return False
    asked = read_message(replied)
    if not asked.has(Act.INFO_ASK) or asked.has(Act.REQUEST, Act.OFFER, Act.COMMITMENT):
        return False
    if any(t.lemma in _WH for c, _ in asked.clauses_of(Act.INFO_ASK) for t in c.tokens):
        return False
    return bool(_predicates(mr, Act.COMMITMENT) & _predicates(asked, Act.INFO_ASK, non_past=True))


def _accepted_task(
    room: WorkingRoom,
    drafts: Sequence[Draft],
    sender: int,
    mr: MessageReading,
    sent: int,
    replied: tuple[tuple[int, ...], str] = ((), ""),
) -> Task | None:
    """A commitment that answers the newest request to the sender, without a reply tag
    (「Sure, I'll book it today.」「承知しました。業者に連絡してみます」「確認します」): an
    acceptance of that task, not a new one — unless it names other work and does not
    open with an acceptance."""
    if len(drafts) != 1 or drafts[0].kind != "commitment":
        return None
    asked = [t for t in room.open_tasks() if sender in t.assignee_ids and t.requester_id != sender]
    if not asked:
        return _claimed(room, drafts[0], sender, sent)
    task = max(asked, key=lambda t: t.created_at)
    if drafts[0].implicit and Act.DONE in mr.acts:
        return None  # merged. will roll it to the fleet tomorrow: "it" is what was just done
    authors, text = replied
    if authors and task.requester_id not in authors and not _names_task(text, task):
        return None  # [rp Chloe] I'll check it by 3pm: an answer to Chloe, not to that task
    other = set(drafts[0].keywords) - set(task.keywords) - _GENERIC_KW
    if drafts[0].implicit or not other:
        return task  # 明日中に仕上げます: a verb alone names no other work
    if leads_with_acceptance(mr) and drafts[0].due is None and not _names_self(mr):
        return task  # 承知しました。業者に連絡してみます: how the sender will do it
    return None


def _names_task(text: str, task: Task) -> bool:
    low = text.lower()
    return any(_named(k, low) for k in set(task.keywords) - _GENERIC_KW)


def _recent_newest(room: WorkingRoom, sent: int) -> Task | None:
    """The room's newest task, when it was made within the window a short answer can mean
    it (a claim, a day alone). Read from the tasks alone, so a batch folds as one message
    at a time does."""
    if not room.tasks:
        return None
    newest = max(room.tasks, key=lambda t: t.created_at)
    return newest if sent - newest.created_at <= _CLAIM_WINDOW else None


def _claimed(room: WorkingRoom, draft: Draft, sender: int, sent: int) -> Task | None:
    """「はい、差し戻しておきます」 under a request to nobody (誰か…お願いできますか): the
    newest task of the room, asked of no one, taken on — no second task."""
    newest = _recent_newest(room, sent)
    if (
        newest is None
        or newest.status != TaskStatus.OPEN
        or newest.assignee_ids
        or newest.requester_id == sender
    ):
        return None
    mine = set(draft.keywords) - _GENERIC_KW
    if draft.implicit or not mine or mine & set(newest.keywords) or _same_action(draft, newest):
        return newest
    return None


_PARTICLE_SPLIT = re.compile(r"[をにはでも、\s]")
_CLAIM_WINDOW = 6 * 3600  # a claim answers a recent call, not last week's


def _same_action(draft: Draft, task: Task) -> bool:
    """差し戻しておきます for チケット差し戻し: the promise's verb is the task's action."""
    verb = _PARTICLE_SPLIT.split(draft.title)[-1]
    stem = verb[:-1] if verb.endswith(tuple("うくぐすつぬぶむる")) else ""
    return len(stem) >= 2 and stem in task.title


def _names_self(mr: MessageReading) -> bool:
    """請求書の発行は私が行います: 私 is said on purpose (English says "I" anyway)."""
    return any(
        r.self_named
        for c, r in zip(mr.clauses, mr.readings, strict=True)
        if c.analysis.lang == "ja"
    )


def _bare_may_close(pm: ParsedMessage, task: Task, text: str) -> bool:
    """A completion with no reply or quote closes the sender's one open task; a reply to some
    other message ("Yes, it was fixed yesterday" to a question) speaks of that message, unless
    it answers the task's requester (a progress question) or names the task's work (the RI
    numbers went over to Procurement, under a colleague's "any update on the RI numbers?")."""
    if pm.quotes:
        return False
    return all(rp.account_id == task.requester_id for rp in pm.replies) or _names_task(text, task)


def _chatwork_tasks(room: WorkingRoom, m: Msg) -> None:
    added: list[Draft] = []
    msg, pm = m.msg, m.pm
    drafts = detect(pm, msg.account_id, m.sent, room.directory, room.ctx.calendar)
    di = iter(drafts)
    for cw in pm.tasks:
        if cw.event in (None, "task_added"):
            d = next(di, None)
            if d is not None:
                added.append(d)
            continue
        if cw.event == "task_done" or cw.status == "done":
            title_kw = set(keywords_of(chatwork_title(cw.body)))
            cands = [
                t
                for t in room.open_tasks()
                if t.kind == "chatwork" and cw.assignee_id in t.assignee_ids
            ]
            exact = [t for t in cands if set(t.keywords) == title_kw] or [
                t for t in cands if title_kw & set(t.keywords)
            ]
            pick = exact[0] if exact else (cands[0] if len(cands) == 1 else None)
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
    room = WorkingRoom(tasks, ctx)
    for msg in messages:
        try:
            _apply_one(room, msg)
        except Exception:
            log.exception("could not read message %s in room %s", msg.message_id, msg.room_id)
        room.watermark = max(room.watermark, msg.send_time)
    order = {id(t): i for i, t in enumerate(room.tasks)}
    return sorted(room.tasks, key=lambda t: (t.created_at, order[id(t)]))
