"""Stage 4: a message's clauses and their acts → the tasks it creates (:class:`Draft`).

Each request or commitment clause that names work is a task; a clause that only
details the same work (明日までにいただけると助かります) gives it a deadline; a
request whose work is implicit (ご確認お願いします) takes its thing from the clause
before, or is the bare action. Lists and to-do blocks give one task a line, with the
owner the line names. Every draft carries a confidence: strong for an explicit request
or a Chatwork task, weaker for implicit work, no assignee or an inferred title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, time, tzinfo
from functools import lru_cache

from chatsync.calendar import BusinessCalendar
from chatsync.models import Due
from chatsync.parser.acts import Act, Reading, read_clause
from chatsync.parser.clauses import Clause, Line, split_lines, to_clauses
from chatsync.parser.dates import find_dates, pick_due
from chatsync.parser.markup import ChatworkTask, ParsedMessage
from chatsync.parser.morph import analyse
from chatsync.parser.normalise import normalise
from chatsync.parser.people import Directory, addressed
from chatsync.parser.rules.ja import OPTION_ANSWER
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work import TITLE_MAX, Work, en_work, ja_work, object_of

__all__ = [
    "Draft",
    "MessageReading",
    "chatwork_due",
    "chatwork_title",
    "detect",
    "keywords_of",
    "read_message",
]


@dataclass(frozen=True, slots=True)
class Draft:
    """A task as read from one message, before it joins the room's state."""

    title: str
    assignees: tuple[int, ...]
    due: Due | None
    kind: str  # "request" | "commitment" | "chatwork"
    keywords: tuple[str, ...]
    done: bool = False
    confidence: float = 1.0
    implicit: bool = False  # the work was only an action or a pointer (対応します, I'll do it)


@dataclass(frozen=True)
class MessageReading:
    """Everything the later stages need of one message: its clauses and their acts."""

    text: str
    clauses: tuple[Clause, ...]
    readings: tuple[Reading, ...]
    acts: frozenset[Act] = field(default=frozenset())
    lines: tuple[Line, ...] = ()

    def has(self, *acts: Act) -> bool:
        return any(a in self.acts for a in acts)

    def clauses_of(self, *acts: Act) -> list[tuple[Clause, Reading]]:
        return [(c, r) for c, r in zip(self.clauses, self.readings, strict=True) if r.act in acts]


@lru_cache(maxsize=16384)
def read_message(text: str) -> MessageReading:
    """Normalise → lines → clauses → one act per clause (cached: the same words read the
    same in every room, and chat repeats itself — 承知しました, 了解です)."""
    clean = normalise(text[:20_000])
    lines = tuple(split_lines(clean))
    clauses = tuple(to_clauses(list(lines)))
    readings = tuple(read_clause(c.analysis) for c in clauses)
    return MessageReading(clean, clauses, readings, frozenset(r.act for r in readings), lines)


# ----------------------------------------------------------------------------- keywords

_KW = re.compile(r"[一-龥々]{2,}|[ァ-ヶー]{2,}|[A-Za-z][A-Za-z0-9.+#-]{1,}|[0-9]+[A-Za-z]+")
_KW_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "this",
        "that",
        "by",
        "to",
        "of",
        "in",
        "on",
        "at",
        "an",
        "be",
        "it",
        "them",
        "these",
        "those",
        "you",
        "we",
        "us",
        "is",
        "me",
        "my",
        "our",
        "your",
        "all",
        "up",
        "out",
        "please",
        "株式会社",
    ]
)


def keywords_of(title: str) -> tuple[str, ...]:
    """Content words of a title, used to tell which task a later reply is about."""
    words = [w for w in _KW.findall(title) if w.lower() not in _KW_STOP]
    return tuple(dict.fromkeys(w.lower() for w in words))


# ----------------------------------------------------------------------------- chatwork


def chatwork_due(task: ChatworkTask, tz: tzinfo) -> Due | None:
    """Deadline of a Chatwork task: ``ltype=date`` → the day; ``time`` → day and time;
    ``none`` or ``lt=0`` → none; no ltype (older bodies) → a day when 23:59:59 local."""
    if task.limit <= 0 or task.limit_type == "none":
        return None
    try:
        moment = datetime.fromtimestamp(task.limit, tz)
    except (OverflowError, OSError, ValueError):
        return None
    if task.limit_type == "date":
        return Due(day=moment.date())
    if task.limit_type is None and moment.time() == time(23, 59, 59):
        return Due(day=moment.date())
    return Due(day=moment.date(), at=moment.time().replace(second=0, microsecond=0))


def _chatwork_drafts(pm: ParsedMessage, tz: tzinfo | None) -> list[Draft]:
    out: list[Draft] = []
    for cw in pm.tasks:
        if cw.event not in (None, "task_added") or cw.assignee_id is None:
            continue
        title = chatwork_title(cw.body) or cw.body.strip()[:TITLE_MAX] or "(task)"
        due = chatwork_due(cw, tz) if tz is not None else None
        out.append(
            Draft(
                title, (cw.assignee_id,), due, "chatwork", keywords_of(title), cw.status == "done"
            )
        )
    return out


def chatwork_title(body: str) -> str:
    """A Chatwork task body's first line as a title (its own request words taken off)."""
    line = normalise(body.split("\n", 1)[0]).strip()
    clauses = to_clauses(split_lines(line))
    if not clauses:
        return ""
    c = clauses[-1]
    r = read_clause(c.analysis)
    if r.act in (Act.REQUEST, Act.COMMITMENT):
        w = _work(c, r, ())
        if w.title:
            return w.title
    return line.strip(" 。.!")[:TITLE_MAX]


# ----------------------------------------------------------------------------- pieces


@dataclass(frozen=True, slots=True)
class _Ctx:
    sender: int
    sent: datetime
    calendar: BusinessCalendar
    directory: Directory
    base: tuple[int, ...]  # [To:] / [toall] / the person replied to


def _spans(c: Clause, ctx: _Ctx) -> list[tuple[int, int]]:
    """Date phrases to cut from the title: deadlines, and dates that are no part of the thing
    (a date followed by の describes it and stays: 来月10日の新年会の会場予約)."""
    try:
        found = find_dates(c.text, ctx.sent, ctx.calendar)
    except Exception:
        return []
    spans: list[tuple[int, int]] = []
    text = c.text
    for m in found:
        if m.is_deadline:
            spans.append((m.start, m.end))
        elif c.analysis.lang == "en" and re.search(r"\b(?:for|of)\s+(?:the\s+)?$", text[: m.start]):
            continue  # "the agenda for Monday": the day is part of the thing
        elif c.analysis.lang == "en":
            spans.append((m.start, m.end))
        elif not text.startswith("の", m.end):
            # 打ち合わせは11/25(水)、提案資料は…: the event's whole phrase goes with its date.
            after = re.match(r"(?:です|でした)?\s*[、,]", text[m.end :])
            if after is not None:
                start = max(text.rfind("、", 0, m.start), text.rfind(",", 0, m.start)) + 1
                spans.append((start, m.end + after.end()))
            else:
                spans.append((m.start, m.end))
    return spans


def _due(text: str, ctx: _Ctx) -> Due | None:
    try:
        return pick_due(text, ctx.sent, ctx.calendar)
    except Exception:
        return None


_DATE_IS_FINE = re.compile(
    r"(?:で|までで|までに|中で|頃で)\s*(?:OK|ok|大丈夫|いい|良い|よい|構い|問題|お願い|よろしく|助かり|結構)"
    r"|までで$|中で$"
)


def _marked_due(text: str, ctx: _Ctx) -> Due | None:
    try:
        marked = [m for m in find_dates(text, ctx.sent, ctx.calendar) if m.is_deadline]
    except Exception:
        return None
    return marked[-1].due if marked else None


def _work(c: Clause, r: Reading, spans: Sequence[tuple[int, int]]) -> Work:
    if c.analysis.lang == "en":
        return en_work(c.analysis, r, spans)
    return ja_work(c.analysis, r, spans)


_OCCASION = LEXICON["OCCASION"] | LEXICON["ACCEPT_WORD"] | LEXICON["THANKS"]
_COURTESY_RULES = frozenset({"onegai", "yoroshiku"})


def _is_occasion(title: str) -> bool:
    """明日の会議 / 本年度 / 引き続き: a courtesy's topic, not work (time nouns are 副詞可能)."""
    toks = [t for t in analyse(title).tokens if t.cls not in "cyx"]
    return bool(toks) and all(
        t.lemma in _OCCASION or t.cls in "dqf" or "副詞可能" in t.pos for t in toks
    )


_ANNOUNCE = LEXICON["ANNOUNCE"]
_SHARE_NOW = LEXICON["SHARE_NOW"]
_LATER = LEXICON["LATER"]


_PASTE = LEXICON["PASTE"]


def _announces_itself(c: Clause, lines: Sequence[Line], has_link: bool, dated: bool) -> bool:
    """議事録を貼っておきます + the minutes; ログを貼っておきます (pasting it here);
    当番表を共有します (sharing it now)."""
    lemmas = {t.lemma for t in c.tokens}
    if lemmas & _PASTE and not dated:
        return True
    if lemmas & _ANNOUNCE:
        return has_link or c.line < len(lines) - 1
    if lemmas & _SHARE_NOW and not dated and not lemmas & (_LATER | {"私", "僕", "自分"}):
        last_verbs = [t for t in c.tokens if t.cls in "sv"][-2:]
        return any(t.lemma in _SHARE_NOW for t in last_verbs) and not any(
            t.lemma in ("おく", "みる") for t in c.tokens
        )
    return False


# ----------------------------------------------------------------------------- lists

_FIELD_OWNER = re.compile(
    r"^(?:担当者?|対応者|owner|assignee|who)\s*[:：]\s*([^\s(（、,/]+)(.*)$", re.I
)
_FIELD_DUE = re.compile(
    r"^(?:期限|締め?切り?|〆切|納期|期日|due|deadline|when)\s*[:：]\s*(.+)$", re.I
)
_FIELD_SPLIT = re.compile(
    r"\s*(?:/|／|｜|\||、|,)\s*(?=(?:担当|期限|締|〆|納期|期日|due|owner)\b)|\s+(?=(?:担当者?|期限|〆切|納期)\s*[:：])",
    re.I,
)
_SECTION_HEADING = re.compile(
    r"^[\[【(（]?(?:[一-龥ァ-ヶー]{0,6}(?:事項|一覧)|議題|アジェンダ|アクション(?:アイテム)?|宿題|"
    r"次回|その他|備考|参加者|出席者|todo|tasks?|decisions?|action items?|next steps?|agenda|"
    r"attendees|notes?|summary|to ?do)[\]】)）]?\s*[:：]?$",
    re.I,
)
_MAY_BE_ITEM = re.compile(r"[:：]|担当|期限|〆切|締め?切|\bto\s", re.I)
_ITEM_TAG = re.compile(r"^\s*(?:AI|Action(?: items?)?|TODO|To ?do)\s*[:：]\s*(?=\S)", re.I)
_TAGS = re.compile(
    r"【(?:依頼|タスク|お願い|TODO|至急|重要|急ぎ|対応依頼)】|\bTODO\b:?"
    r"|^\s*(?:AI|Action(?: items?)?)\s*:\s*",
    re.I,
)


@dataclass
class _Item:
    text: str
    owner: int | None
    due_text: str
    lines: list[int]


def _fields(line: str, directory: Directory) -> tuple[str, int | None, str]:
    """``見積書の送付 / 担当：森 / 期限：1/15`` → the work, the owner, the deadline text."""
    owner: int | None = None
    due_text = ""
    parts = _FIELD_SPLIT.split(line)
    rest: list[str] = []
    for part in parts:
        m_owner = _FIELD_OWNER.match(part.strip())
        m_due = _FIELD_DUE.match(part.strip())
        if m_owner:
            owner = directory.member(m_owner.group(1)) or owner
            if m_owner.group(2).strip():
                rest.append(m_owner.group(2))  # 担当:高木 (~1/20 18:00): the deadline stays
        elif m_due:
            due_text = "期限:" + m_due.group(1)
        else:
            rest.append(part)
    return " ".join(rest).strip(), owner, due_text


def _list_items(lines: Sequence[Line], directory: Directory) -> tuple[str, list[_Item]] | None:
    """The list of a message — bulleted lines, lines naming an owner (``佐藤さん：見積の再送``)
    or a to-do block whose 担当/期限 lines come after or before their work — with the header
    text before it; None when the message has no list."""
    if (
        len(lines) < 2
        and not any(ln.bullet for ln in lines)
        and not _MAY_BE_ITEM.search(lines[0].text if lines else "")
    ):
        return None  # one plain line: no list (the common case, checked cheaply)
    tagged = {ln.index for ln in lines if _ITEM_TAG.match(ln.text)}  # AI: …, TODO: …
    parsed = [(ln, *_fields(_ITEM_TAG.sub("", ln.text), directory)) for ln in lines]
    fields = [i for i, (_, text, owner, due) in enumerate(parsed) if not text and (owner or due)]
    owned = [
        i
        for i, (ln, text, _, _) in enumerate(parsed)
        if text and directory.leading_member(text)[0] is not None
    ]
    colon_owned = [i for i in owned if re.match(r"^@?[^\s:：、,]{1,20}\s*[:：]", parsed[i][1])]
    bullets = sum(1 for ln in lines if ln.bullet or ln.index in tagged)
    if not (bullets or fields or len(owned) >= 2 or colon_owned):
        return None
    # In a to-do block the fields follow their work, unless the block opens with one.
    fields_first = bool(fields) and all(
        not text or parsed[i][0].bullet for i, (_, text, _, _) in enumerate(parsed[: fields[0]])
    )
    items: list[_Item] = []
    header: list[str] = []
    pending: _Item | None = None
    for i, (ln, text, owner, due_text) in enumerate(parsed):
        if i in fields:
            target = pending if fields_first else (items[-1] if items else None)
            if target is None and fields_first:
                target = pending = _Item("", None, "", [])
            if target is not None:
                target.owner = owner if owner is not None else target.owner
                target.due_text = due_text or target.due_text
                target.lines.append(ln.index)
            continue
        item_line = (
            ln.bullet
            or ln.index in tagged
            or owner is not None
            or bool(due_text)
            or i in colon_owned
            or (len(owned) >= 2 and i in owned)
            or (
                fields
                and (fields_first or any(f > i for f in fields))
                and i > (fields[0] if fields_first else -1)
            )
        )
        if not item_line or (fields and not ln.bullet and not fields_first and i < fields[0] - 1):
            header.append(ln.text)
            continue
        item = _Item(text, owner, due_text, [ln.index])
        if pending is not None:
            item.owner = item.owner if item.owner is not None else pending.owner
            item.due_text = item.due_text or pending.due_text
            pending = None
        items.append(item)
    if not items:
        return None
    return " ".join(header), items


def _list_drafts(
    header: str, items: list[_Item], ctx: _Ctx, self_account_id: int | None
) -> list[Draft] | None:
    head = read_message(header) if header else None
    header_asks = head is not None and head.has(Act.REQUEST)
    header_due = _marked_due(header, ctx) if header else None
    drafts: list[Draft] = []
    any_owner = any(i.owner for i in items)
    for item in items:
        body = _TAGS.sub("", item.text).strip()
        owner = item.owner
        if owner is None:
            owner, rest = ctx.directory.leading_member(body)
            if owner is not None:
                body = rest
        if owner is None:
            owner, body2 = ctx.directory.named_in_parens(body)
            if owner is not None:
                body = body2
        if owner is None:
            owner, rest = ctx.directory.action_item(body)
            if owner is not None:
                body = rest
        if not body or (owner is None and _SECTION_HEADING.match(body)):
            continue
        mr = read_message(body)
        if not mr.clauses:
            continue
        asks = mr.clauses_of(Act.REQUEST, Act.COMMITMENT)
        c, r = asks[0] if asks else (mr.clauses[-1], mr.readings[-1])
        if not asks:
            if r.act not in (Act.INFO, Act.CANCEL) or r.question or _is_statement(c):
                continue
            if owner is None and not header_asks and not any_owner:
                continue
        due = _due(body, ctx) or (_due(item.due_text, ctx) if item.due_text else None) or header_due
        spans = _spans(c, ctx)
        w = _work(c, r, spans) if asks else _noun_item(c, spans)
        if not w.title or _is_occasion(w.title):
            continue
        if r.act == Act.COMMITMENT and (w.other_subject or _starts_then(c)):
            continue
        if r.act == Act.COMMITMENT:
            assignees: tuple[int, ...] = (ctx.sender,)
        elif owner is not None:
            assignees = (owner,)
        else:
            assignees = ctx.base
        conf = 0.85 if owner is not None else 0.7
        drafts.append(
            Draft(w.title, assignees, due, "request", keywords_of(w.title), confidence=conf)
        )
    return drafts or None


def _noun_item(c: Clause, spans: Sequence[tuple[int, int]]) -> Work:
    """A to-do line without a predicate (見積書の送付（2/18まで）) is its own title."""
    reading = Reading(Act.REQUEST, "to-do line", len(c.tokens), 0, 0.8, False, False, False)
    return _work(c, reading, spans)


def _is_statement(c: Clause) -> bool:
    """A list line that states something (会議は3/1(水)20時からです) rather than naming work."""
    toks = [t for t in c.tokens if t.cls != "y"]
    if not toks:
        return True
    last = toks[-1]
    if c.analysis.lang == "en":
        return any(t.cls in "bm" for t in toks[:3])
    return last.cls in "av" or last.lemma in ("から", "より", "にて", "予定")


# ----------------------------------------------------------------------------- detect


def _is_own_report(pm: ParsedMessage) -> bool:
    """A digest or reminder chatsync posted with its own account: no new work in it."""
    own = re.compile(r"タスク|\btasks?\b|期限を過ぎ|#!rid[0-9]", re.I)
    return any(own.search(t) for t in pm.info_titles) or bool(
        re.search(r"期限を過ぎ|#!rid[0-9]", pm.text)
    )


def _inline_member(mr: MessageReading, directory: Directory) -> int | None:
    """佐藤さん、見積の件お願いします: the member named at the start of the message."""
    for c in mr.clauses[:2]:
        aid, rest = directory.leading_member(c.text)
        if aid is not None and rest != c.text:
            return aid
    return None


_BARE_TITLE_ACTIONS = LEXICON["BARE_ACTIONS"]


def detect(
    pm: ParsedMessage,
    sender: int,
    sent: datetime,
    directory: Directory,
    calendar: BusinessCalendar,
    self_account_id: int | None = None,
    previous: str = "",
    mr: MessageReading | None = None,
) -> list[Draft]:
    """The tasks one message creates (none for greetings, thanks, FYI, questions, acks).

    ``previous`` is the room's message before this one, for work that points back."""
    if pm.tasks:
        return _chatwork_drafts(pm, sent.tzinfo)
    if sender == self_account_id and _is_own_report(pm):
        return []
    mr = mr or read_message(pm.text)
    if not mr.clauses:
        return []
    lines = mr.lines
    base = addressed(pm, sender, directory, self_account_id)
    inline = None if pm.to_ids or pm.to_all else _inline_member(mr, directory)
    if inline is not None and inline != sender:
        base = (inline,)
    ctx = _Ctx(sender, sent, calendar, directory, base)

    listed = _list_items(lines, directory)
    if listed is not None:
        in_list = _list_drafts(*listed, ctx, self_account_id)
        if in_list is not None:
            return in_list

    has_link = "http" in mr.text or bool(pm.info_titles)
    tagged = bool(_TAGS.search(pm.text))
    drafts: list[Draft] = []
    owners: list[int] = []  # index in mr.clauses of each draft
    details: list[int] = []  # request clauses that name no work of their own
    tagged_at: int | None = None  # the clause of a 【依頼】 heading
    for i, (c, r) in enumerate(zip(mr.clauses, mr.readings, strict=True)):
        act = r.act
        if act == Act.INFO_ASK and r.rule == "tell me" and _due(c.text, ctx) is not None:
            act = Act.REQUEST  # 金曜までに候補日を教えてください: answer by a time
        tag = _TAGS.search(c.text)
        if tag is not None and r.rule == "topic only":
            tag = None  # 【依頼】…について: the heading names a topic; the body asks
        if tag is not None and act not in (Act.REQUEST, Act.COMMITMENT):
            act = Act.REQUEST  # 【依頼】年末調整書類の提出: the heading names the work
            r = Reading(Act.REQUEST, "tag", len(c.tokens), 0, 0.9, r.question, False, False)
        if act not in (Act.REQUEST, Act.COMMITMENT):
            continue
        if act == Act.REQUEST and not base:
            # TODO: 契約書の製本（鈴木）: nobody addressed, the owner named in parentheses.
            aid, rest = directory.named_in_parens(c.text)
            if aid is not None and aid != sender:
                base_here: tuple[int, ...] = (aid,)
                c = replace(c, analysis=analyse(rest.replace("()", " ").strip()))
                r = read_clause(c.analysis)
            else:
                base_here = base
        else:
            base_here = base
        spans = _spans(c, ctx)
        if act == Act.COMMITMENT and _announces_itself(c, lines, has_link, bool(spans)):
            continue
        if act == Act.COMMITMENT and pm.to_all and not _self_or_by(c):
            continue  # [toall] 本日18時にリリースします: a schedule, not work due by a time
        if act == Act.REQUEST and pm.replies and _option_answer(c):
            continue  # B店でお願いします: an answer to a question
        if tag is not None:
            spans = [*spans, (tag.start(), tag.end())]
        w = _work(c, r, spans)
        if act == Act.COMMITMENT and w.other_subject:
            continue  # トナー交換は総務が行います: a notice of someone else's work
        if r.rule == "someone who can" and w.bare:
            continue  # 手伝える人いますか？: a call for helpers that names no work
        if act == Act.COMMITMENT and r.conditional and w.bare and not w.pointer:
            continue  # 修正があれば私が対応します: a conditional offer beside the request
        if drafts and act == Act.REQUEST and tagged_at is not None and not _also(c):
            details.append(i)  # 【依頼】X then the body that explains X: one task
            continue
        if drafts and _details(mr, i, r, drafts, owners, w):
            details.append(i)
            continue
        if drafts and (w.bare or w.pointer or not w.title) and not _also(c):
            details.append(i)
            continue
        title = w.title
        confidence = r.strength
        if title.startswith(_RELATIONAL) and i > 0 and mr.clauses[i - 1].sentence == c.sentence:
            # 夜間バックアップが失敗しているので、原因を調べます → 夜間バックアップの原因を調べる
            obj = object_of(mr.clauses[i - 1].analysis)
            if obj:
                title = f"{obj}の{title}"
        if not title and r.action:
            # Pushed the new signup form, PTAL: the thing is named before the ask.
            before = analyse(c.text[: c.tokens[r.pred].start].strip(" ,、")) if r.pred else None
            obj = object_of(before) if before is not None and before.tokens else ""
            title = _combine(obj, r.action) if obj else r.action
            w = Work(title, not obj, False)
        if act == Act.REQUEST and (
            not title or (_is_occasion(title) and r.rule in _COURTESY_RULES)
        ):
            details.append(i)  # よろしくお願いします / 明日の会議、よろしく: no work of its own
            continue
        if act == Act.COMMITMENT and (not title or _is_occasion(title)):
            if w.pointer or not title:
                title = _from_context(mr, i, previous, "対応")
                confidence -= 0.2
                if not title:
                    continue
            else:
                continue
        elif act == Act.COMMITMENT and w.bare and not w.pointer and not _firm(r, c, ctx):
            continue  # 確認します alone: no thing and no time — a remark, not a promise to track
        elif w.bare or w.pointer:
            ctx_title = _from_context(mr, i, "", title)
            if ctx_title:
                title = ctx_title  # named in this message: explicit enough
                w = Work(title, False, False, w.other_subject)
            elif ctx_title := _from_context(mr, 0, previous, title):
                title = ctx_title
                confidence -= 0.1
            elif title.lower() not in _BARE_TITLE_ACTIONS and w.pointer:
                confidence -= 0.2
            confidence -= 0.1
        if act == Act.COMMITMENT and _starts_then(c):
            continue  # 来週から試験導入します: a start, not a time the work is due by
        if act == Act.COMMITMENT:
            assignees: tuple[int, ...] = (sender,)
        else:
            aid, _ = directory.leading_member(c.text)
            assignees = (aid,) if aid is not None and aid != sender else base_here
            if not assignees:
                confidence -= 0.15
        if tagged:
            confidence = max(confidence, 0.9)
        if tag is not None and tagged_at is None:
            tagged_at = i
        due = _due(c.text, ctx)
        for part in w.parts or (title,):
            kw = keywords_of(part)
            if any(set(kw) and set(kw) == set(d.keywords) for d in drafts):
                continue  # the same work said twice
            drafts.append(
                Draft(
                    part[:TITLE_MAX],
                    assignees,
                    due,
                    act.value,
                    kw,
                    confidence=_clamp(confidence - (0.1 if w.parts else 0.0)),
                    implicit=w.bare or w.pointer,
                )
            )
            owners.append(i)
    if not drafts:
        return []
    # Clauses without work of their own give their deadline to the task before them (or the
    # only task): 見積書の作成をお願いします。明日までにいただけると助かります。
    for i in details:
        due = _due(mr.clauses[i].text, ctx)
        if due is None:
            continue
        k = max((n for n, o in enumerate(owners) if o < i), default=0)
        if drafts[k].due is None:
            drafts[k] = replace(drafts[k], due=due)
    if len(drafts) == 1 and drafts[0].due is None:
        # A deadline said in a clause of its own (金曜までで): only a marked one, so that the
        # day of an event the message mentions (2/17(水)10時で先方OKでした) is none.
        used = set(owners)
        rest = " ".join(c.text for j, c in enumerate(mr.clauses) if j not in used)
        due = _marked_due(rest, ctx) if rest else None
        if due is None:
            for j, c in enumerate(mr.clauses):
                if j not in used and _DATE_IS_FINE.search(c.text):
                    due = _due(c.text, ctx)  # 金曜でOKです / 明日中で大丈夫です
                    break
        if due is not None:
            drafts[0] = replace(drafts[0], due=due)
    return drafts


# Nouns that are about something else (原因を調べる: the cause of what?).
_RELATIONAL = (
    "原因",
    "理由",
    "詳細",
    "状況",
    "対策",
    "影響",
    "経緯",
    "解決策",
    "代替案",
    "再発防止",
)

_ALSO = LEXICON["ALSO"]


_STARTS = re.compile(
    r"(?:来週|今週|再来週|明日|明後日|今日|本日|来月|今月|週明け|[0-9]+月|[0-9]+日|[0-9]+/[0-9]+)"
    r"(?:\([月火水木金土日]\))?(?:以降|から|より)"
)


def _starts_then(c: Clause) -> bool:
    return bool(_STARTS.search(c.text)) and not re.search(r"まで|迄|以内|中に", c.text)


# Promise forms that commit even with no thing named: あとで見ておきます, 調べてみます,
# 引き取ります, taking a look.
_FIRM_RULES = frozenset(
    {"te oku", "te miru", "humbly do", "taking a look", "let me", "I'll have it"}
)


def _firm(r: Reading, c: Clause, ctx: _Ctx) -> bool:
    """A promise without a thing is still one when its form or a deadline makes it firm."""
    if r.rule in _FIRM_RULES or any(t.lemma in _TAKE_ON for t in c.tokens):
        return True
    return _due(c.text, ctx) is not None


def _self_or_by(c: Clause) -> bool:
    """The sender named, or a deadline (まで, 以内, 中に, by) in the clause."""
    return any(t.lemma in ("私", "僕", "自分", "わたし", "i") for t in c.tokens) or bool(
        re.search(r"まで|迄|以内|中に|\bby\b", c.text, re.I)
    )


def _option_answer(c: Clause) -> bool:
    code = c.analysis.code.rstrip()
    core = re.sub(r"(?: [^ ]+/[yc][^ ]*)+$", "", code)
    return any(r.compiled.search(core) for r in OPTION_ANSWER)


def _also(c: Clause) -> bool:
    """あと、請求書もお願いします / Also, book the room: a second piece of work."""
    toks = c.tokens
    return any(t.lemma in _ALSO and (t.cls != "c" or t.lemma == "も") for t in toks[:3]) or any(
        t.lemma == "も" and t.cls == "c" for t in toks
    )


_TAKE_ON = LEXICON["TAKE_ON"]


def _details(
    mr: MessageReading, i: int, r: Reading, drafts: Sequence[Draft], owners: Sequence[int], w: Work
) -> bool:
    """A request after another one in the same message that only details it: a deadline or a
    manner (明日までにいただけると助かります; 15時までに一次回答をもらえると助かります)."""
    c = mr.clauses[i]
    if _also(c):
        return False
    prev = drafts[-1]
    if prev.kind != r.act.value:
        return False
    if r.act == Act.COMMITMENT:
        # 提案書は私が巻き取ります。12/4までに初稿を出します: taking work on, then saying
        # what will come of it, is one piece of work; two different promises are two.
        first = mr.clauses[owners[-1]] if owners else None
        return (
            w.bare
            or w.pointer
            or (first is not None and any(t.lemma in _TAKE_ON for t in first.tokens))
        )
    if r.rule == "would help":
        return True
    return w.bare or not w.title


def _from_context(mr: MessageReading, i: int, previous: str, action: str) -> str:
    """Name implicit work from the clause before (修正しました。ご確認お願いします → 修正の確認)
    or, for a commitment that points back, from the message before."""
    for j in range(i - 1, -1, -1):
        if mr.readings[j].act in _NO_THING:
            continue
        obj = object_of(mr.clauses[j].analysis)
        if _names_a_thing(obj, mr.readings[j].act):
            return _combine(obj, action)
    if previous:
        prev = read_message(previous)
        for c, r in zip(reversed(prev.clauses), reversed(prev.readings), strict=True):
            obj = object_of(c.analysis) if r.act not in _NO_THING else ""
            if _names_a_thing(obj, r.act):
                return _combine(obj, action)
    return ""


# Clauses whose words name no thing to work on: 承知しました, ありがとう, どこでしたっけ?
_NO_THING = frozenset({Act.ACCEPT, Act.COURTESY, Act.INFO_ASK, Act.OFFER})


def _names_a_thing(obj: str, act: Act) -> bool:
    """Not empty, and — in an ask — not itself only an action (ご確認お願いします names what
    was asked, not what of; 修正しました names the thing to check)."""
    if not obj:
        return False
    core = obj.removeprefix("ご").removeprefix("お")
    return act not in (Act.REQUEST, Act.COMMITMENT) or core.lower() not in _BARE_TITLE_ACTIONS


_EN_TOPIC = re.compile(
    r"\b(?:on|about|for|regarding|of)\s+(?:the\s+|our\s+)?([^.,;!?]{3,60})", re.I
)


def _combine(obj: str, action: str) -> str:
    if not action:
        return obj
    if obj.isascii() and action.isascii():
        verb, _, rest = action.partition(" ")
        topic = _EN_TOPIC.search(obj)
        if rest and topic:
            return f"{action} on {topic.group(1).strip()}"  # Send comments on banner designs
        return f"{verb} {obj}"
    if action[-1] in "うくぐすつぬぶむる" and not re.search(r"[一-龥ァ-ヶー]$", action):
        return f"{obj}を{action}"
    if action[-1] in "うくぐすつぬぶむる" and len(action) <= 3:
        return f"{obj}を{action}"
    return f"{obj}の{action}"


def _clamp(x: float) -> float:
    return round(min(1.0, max(0.1, x)), 2)
