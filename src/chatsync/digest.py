"""The morning delay digest and the assignee reminders, as pure functions.

``build_digest`` decides *what* is late from the sheet rows as people left
them and a given "now"; ``render_digest`` and ``build_reminders`` turn that
into Chatwork messages. No I/O and no settings object here, so every rule of
``digest.md`` can be tested with plain values and a fixed clock.

Decisions (documented here because the spec leaves them open):

- A task with several assignees appears under each of them (each person owes
  it and is mentioned once in their own group); the "N 件" count at the top
  counts distinct tasks.
- Late tasks nobody is assigned to form the "■ 担当者なし" group, last of the
  late groups, as in the spec's example.
- A row with an unreadable deadline is listed under "期限を確認してください"
  even when nothing else is late: it needs a person either way.
- ``[To:id]`` needs an account id; a name without one (a row people added)
  is still listed, just not mentioned. An id is taken from any row whose
  names and ids line up, so a hand-added row of a known person is mentioned.
- Text from the sheet cannot open Chatwork tags (``[info]``, ``[To:1]``…)
  inside the digest: such brackets are replaced by full-width ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from typing import Literal

from chatsync.calendar import BusinessCalendar
from chatsync.models import BoardTask, Due, TaskStatus

Lang = Literal["ja", "en"]

DEFAULT_MAX_CHARS = 8000
"""Far below Chatwork's 65,535-character limit and still readable on a phone."""

MIN_MAX_CHARS = 600
MAX_TITLE_CHARS = 200

_JA_WEEKDAYS = "月火水木金土日"
_EN_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SPACES = re.compile(r"[\s\u3000]+")
_TAG_START = re.compile(r"\[(?=/?[A-Za-z])")
_HONORIFICS = ("さん", "様", "さま")


# --------------------------------------------------------------------------- model


@dataclass(frozen=True)
class DigestItem:
    """One task as the digest shows it."""

    title: str
    due: Due | None
    due_text: str
    days_late: int
    assignees: tuple[str, ...]
    room_id: int | None
    room_name: str
    link: str


@dataclass(frozen=True)
class AssigneeGroup:
    """The late tasks of one person (``name`` empty: nobody is assigned)."""

    name: str
    account_id: int | None
    items: tuple[DigestItem, ...]


@dataclass(frozen=True)
class Digest:
    """What is late at ``now`` (local time of the team)."""

    now: datetime
    late: tuple[AssigneeGroup, ...] = ()
    unassigned: tuple[DigestItem, ...] = ()
    due_today: tuple[DigestItem, ...] = ()
    unreadable: tuple[DigestItem, ...] = ()
    late_items: tuple[DigestItem, ...] = field(default=(), repr=False)
    """Every late task once (assigned or not), oldest deadline first."""

    @property
    def today(self) -> date:
        return self.now.date()

    @property
    def late_count(self) -> int:
        return len(self.late_items)

    @property
    def is_empty(self) -> bool:
        return not (self.late_items or self.due_today or self.unreadable)


# --------------------------------------------------------------------------- build


def normalize_name(name: str) -> str:
    """One spelling per person: spaces collapsed (full-width too), honorific dropped."""
    cleaned = _SPACES.sub(" ", name).strip()
    for honorific in _HONORIFICS:
        if cleaned.endswith(honorific) and len(cleaned) > len(honorific):
            cleaned = cleaned[: -len(honorific)].rstrip()
            break
    return cleaned


def _names(task: BoardTask) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for raw in task.assignee_names:
        name = normalize_name(raw)
        if name:
            seen.setdefault(name, None)
    return tuple(seen)


def _known_ids(tasks: Iterable[BoardTask]) -> dict[str, int]:
    """Name → account id, from rows whose names and ids line up one to one."""
    ids: dict[str, int] = {}
    for task in tasks:
        if task.assignee_ids and len(task.assignee_names) == len(task.assignee_ids):
            for raw, account_id in zip(task.assignee_names, task.assignee_ids, strict=True):
                name = normalize_name(raw)
                if name:
                    ids.setdefault(name, account_id)
    return ids


def build_digest(
    tasks: Sequence[BoardTask],
    now: datetime,
    calendar: BusinessCalendar,
    tz: tzinfo,
) -> Digest:
    """Late, due-today and unreadable open tasks at ``now``, grouped and sorted.

    ``now`` must be aware; it is read in ``tz``, the team's time zone.
    """
    if now.tzinfo is None:
        raise ValueError("build_digest needs an aware 'now'")
    local_now = now.astimezone(tz)
    today = local_now.date()
    ids = _known_ids(tasks)

    late: list[tuple[datetime, DigestItem]] = []
    due_today: list[tuple[datetime, DigestItem]] = []
    unreadable: list[DigestItem] = []
    for task in tasks:
        if task.status is not TaskStatus.OPEN:
            continue
        names = _names(task)
        if task.due is None:
            if task.due_text.strip():
                unreadable.append(_item(task, names, days_late=0))
            continue
        deadline = task.due.deadline(tz)
        if local_now >= deadline:
            days = calendar.business_days_between(task.due.day, today)
            late.append((deadline, _item(task, names, days_late=days)))
        elif task.due.day == today:
            due_today.append((deadline, _item(task, names, days_late=0)))

    # Stable sorts: equal deadlines keep the sheet's order.
    late.sort(key=lambda pair: pair[0])
    due_today.sort(key=lambda pair: pair[0])

    by_name: dict[str, list[tuple[datetime, DigestItem]]] = {}
    unassigned: list[DigestItem] = []
    for deadline, item in late:
        if not item.assignees:
            unassigned.append(item)
        for name in item.assignees:
            by_name.setdefault(name, []).append((deadline, item))
    groups = sorted(by_name.items(), key=lambda kv: (-len(kv[1]), kv[1][0][0], kv[0]))
    return Digest(
        now=local_now,
        late=tuple(
            AssigneeGroup(name=name, account_id=ids.get(name), items=tuple(i for _, i in pairs))
            for name, pairs in groups
        ),
        unassigned=tuple(unassigned),
        due_today=tuple(item for _, item in due_today),
        unreadable=tuple(unreadable),
        late_items=tuple(item for _, item in late),
    )


def _item(task: BoardTask, names: tuple[str, ...], *, days_late: int) -> DigestItem:
    return DigestItem(
        title=task.title,
        due=task.due,
        due_text=task.due_text.strip(),
        days_late=days_late,
        assignees=names,
        room_id=task.room_id,
        room_name=task.room_name,
        link=task.link,
    )


# --------------------------------------------------------------------------- text pieces


def _clean(text: str, limit: int = MAX_TITLE_CHARS) -> str:
    """Sheet text made safe inside our markup: one line, no tags, bounded length."""
    one_line = _SPACES.sub(" ", text).strip()
    safe = _TAG_START.sub("［", one_line)
    if len(safe) > limit:
        safe = safe[: limit - 1].rstrip() + "…"
    return safe


def _clock(at: time | datetime) -> str:
    return f"{at.hour}:{at.minute:02d}"


def _day(day: date, today: date, lang: Lang, *, weekday: bool = True) -> str:
    if lang == "en":
        text = f"{day.day} {_EN_MONTHS[day.month - 1]}"
        if weekday:
            text = f"{_EN_WEEKDAYS[day.weekday()]} {text}"
        return text if day.year == today.year else f"{text} {day.year}"
    text = f"{day.month}/{day.day}"
    if day.year != today.year:
        text = f"{day.year}/{text}"
    return f"{text}({_JA_WEEKDAYS[day.weekday()]})" if weekday else text


def _due(due: Due, today: date, lang: Lang, *, weekday: bool = True) -> str:
    text = _day(due.day, today, lang, weekday=weekday)
    return text if due.at is None else f"{text} {_clock(due.at)}"


def _late_phrase(days: int, lang: Lang) -> str:
    if lang == "en":
        if days <= 0:
            return "late since today"
        return f"{days} business day{'s' if days != 1 else ''} late"
    return f"{days}営業日超過" if days > 0 else "本日超過"


def _person(name: str, lang: Lang) -> str:
    return _clean(name, 60) if lang == "en" else f"{_clean(name, 60)}さん"


def _people(names: Sequence[str], lang: Lang) -> str:
    if not names:
        return "no assignee" if lang == "en" else "担当者なし"
    return ("、" if lang == "ja" else ", ").join(_person(n, lang) for n in names)


def _count(n: int, lang: Lang) -> str:
    if lang == "en":
        return f"{n} task{'s' if n != 1 else ''}"
    return f"{n}件"


def _with_room(line: str, room_name: str) -> str:
    room = _clean(room_name, 80)
    return f"{line} — {room}" if room else line


def _link_lines(item: DigestItem) -> list[str]:
    return [f"  {item.link}"] if item.link else []


def _late_lines(item: DigestItem, today: date, lang: Lang) -> list[str]:
    assert item.due is not None
    due_word = "due" if lang == "en" else "期限"
    sep = ", " if lang == "en" else " "
    due = f"{due_word} {_due(item.due, today, lang)}{sep}{_late_phrase(item.days_late, lang)}"
    return [_with_room(f"・{_clean(item.title)} — {due}", item.room_name), *_link_lines(item)]


def _today_lines(item: DigestItem, today: date, lang: Lang) -> list[str]:
    people = _people(item.assignees, lang)
    head = (
        f"・{_clean(item.title)} ({people})"
        if lang == "en"
        else f"・{_clean(item.title)}({people})"
    )
    if item.due is not None and item.due.at is not None:
        head += f" — by {_clock(item.due.at)}" if lang == "en" else f" — {_clock(item.due.at)}まで"
    return [_with_room(head, item.room_name)]


def _unreadable_lines(item: DigestItem, lang: Lang) -> list[str]:
    people = _people(item.assignees, lang)
    text = _clean(item.due_text, 60)
    if lang == "en":
        head = f'・{_clean(item.title)} ({people}) — deadline "{text}"'
    else:
        head = f"・{_clean(item.title)}({people}) — 期限「{text}」"
    return [_with_room(head, item.room_name), *_link_lines(item)]


def digest_title(now: datetime, lang: Lang = "ja") -> str:
    """``遅延タスク 12月7日(月) 9:00 時点`` / ``Late tasks as of Mon 7 Dec, 9:00``."""
    if lang == "en":
        day = f"{_EN_WEEKDAYS[now.weekday()]} {now.day} {_EN_MONTHS[now.month - 1]}"
        return f"Late tasks as of {day}, {_clock(now)}"
    return f"遅延タスク {now.month}月{now.day}日({_JA_WEEKDAYS[now.weekday()]}) {_clock(now)} 時点"


# --------------------------------------------------------------------------- paging


@dataclass
class _Section:
    """A header and its items; when split, the header is repeated as ``cont``."""

    header: str
    cont: str
    items: list[list[str]]
    gap: bool  # a blank line before the header


def _paginate(lead: list[str], sections: Sequence[_Section], budget: int) -> list[list[str]]:
    """Pack sections into pages of at most ``budget`` characters of body.

    Items are never cut; a section that does not fit continues on the next
    page under its ``cont`` header (so a mention is made only once).
    """
    pages: list[list[str]] = [list(lead)]

    def size(lines: list[str]) -> int:
        return len("\n".join(lines))

    def fits(extra: list[str]) -> bool:
        return size(pages[-1] + extra) <= budget

    def head(section: _Section, line: str) -> list[str]:
        return ([""] if section.gap and pages[-1] else []) + [line]

    for section in sections:
        started = False
        for item in section.items:
            if not started:
                block = head(section, section.header) + item
                if not fits(block) and pages[-1]:
                    pages.append([])
                    block = head(section, section.header) + item
                started = True
            elif fits(item):
                block = item
            else:
                pages.append([])
                block = head(section, section.cont) + item
            pages[-1].extend(block)
    return [page for page in pages if page]


def _wrap(pages: list[list[str]], title: str, max_chars: int) -> list[str]:
    total = len(pages)
    out = []
    for number, page in enumerate(pages, start=1):
        suffix = f" ({number}/{total})" if total > 1 else ""
        text = f"[info][title]{title}{suffix}[/title]" + "\n".join(page) + "\n[/info]"
        if len(text) > max_chars:  # pragma: no cover - guarded by the budget
            raise AssertionError("digest page over budget")
        out.append(text)
    return out


def _budget(title: str, max_chars: int) -> int:
    if max_chars < MIN_MAX_CHARS:
        raise ValueError(f"max_chars must be at least {MIN_MAX_CHARS}")
    return max_chars - len(f"[info][title]{title} (999/999)[/title]\n[/info]")


# --------------------------------------------------------------------------- render


def render_digest(
    digest: Digest,
    *,
    lang: Lang = "ja",
    mentions: bool = True,
    max_chars: int = DEFAULT_MAX_CHARS,
    say_when_empty: bool = False,
) -> list[str]:
    """The digest as Chatwork messages, each complete; ``[]`` when there is nothing to say."""
    title = digest_title(digest.now, lang)
    budget = _budget(title, max_chars)
    today = digest.today
    if digest.is_empty:
        if not say_when_empty:
            return []
        empty = (
            "No open tasks are past their deadline."
            if lang == "en"
            else "期限を過ぎた未完了のタスクはありません。"
        )
        return _wrap([[empty]], title, max_chars)

    n = digest.late_count
    if lang == "en":
        intro = (
            f"{n} open task{' is' if n == 1 else 's are'} past {'its' if n == 1 else 'their'}"
            " deadline."
            if n
            else "No open tasks are past their deadline."
        )
    else:
        intro = (
            f"期限を過ぎた未完了のタスクが {n} 件あります。"
            if n
            else "期限を過ぎた未完了のタスクはありません。"
        )

    sections: list[_Section] = []
    for group in digest.late:
        person = _person(group.name, lang)
        mention = f" [To:{group.account_id}]" if mentions and group.account_id is not None else ""
        cont = "(cont.)" if lang == "en" else "(続き)"
        sections.append(
            _Section(
                header=f"■ {person}{mention} {_count(len(group.items), lang)}",
                cont=f"■ {person} {cont}",
                items=[_late_lines(item, today, lang) for item in group.items],
                gap=True,
            )
        )
    if digest.unassigned:
        label = "No assignee" if lang == "en" else "担当者なし"
        sections.append(
            _Section(
                header=f"■ {label} {_count(len(digest.unassigned), lang)}",
                cont=f"■ {label} {'(cont.)' if lang == 'en' else '(続き)'}",
                items=[_late_lines(item, today, lang) for item in digest.unassigned],
                gap=True,
            )
        )
    if digest.due_today:
        k = len(digest.due_today)
        label = "Due today" if lang == "en" else "本日期限"
        sections.append(
            _Section(
                header=f"[hr]{label}: {k}" if lang == "en" else f"[hr]{label} {k}件",
                cont=f"[hr]{label} {'(cont.)' if lang == 'en' else '(続き)'}",
                items=[_today_lines(item, today, lang) for item in digest.due_today],
                gap=False,
            )
        )
    if digest.unreadable:
        k = len(digest.unreadable)
        label = "Please check the deadline" if lang == "en" else "期限を確認してください"
        sections.append(
            _Section(
                header=f"[hr]{label}: {k}" if lang == "en" else f"[hr]{label} {k}件",
                cont=f"[hr]{label} {'(cont.)' if lang == 'en' else '(続き)'}",
                items=[_unreadable_lines(item, lang) for item in digest.unreadable],
                gap=False,
            )
        )
    return _wrap(_paginate([intro], sections, budget), title, max_chars)


# --------------------------------------------------------------------------- reminders


@dataclass(frozen=True)
class Reminder:
    """The morning nudge for one room: its late tasks, their assignees mentioned."""

    room_id: int
    room_name: str
    messages: tuple[str, ...]


def build_reminders(
    digest: Digest,
    *,
    lang: Lang = "ja",
    mentions: bool = True,
    max_chars: int = DEFAULT_MAX_CHARS,
    ids: dict[str, int] | None = None,
) -> list[Reminder]:
    """One reminder per room that has late *assigned* tasks, rooms in id order.

    Unassigned late tasks are left to the managers' digest (nobody to nudge);
    rows without a room (added by hand) cannot be reminded in a room.
    ``ids`` overrides the name → account id map taken from the digest.
    """
    known = {g.name: g.account_id for g in digest.late if g.account_id is not None}
    if ids:
        known.update(ids)
    by_room: dict[int, list[DigestItem]] = {}
    for item in digest.late_items:
        if item.room_id is not None and item.assignees:
            by_room.setdefault(item.room_id, []).append(item)

    budget = _budget("", max_chars)
    reminders = []
    for room_id in sorted(by_room):
        items = by_room[room_id]
        people: dict[str, None] = {}
        for item in items:
            for name in item.assignees:
                people.setdefault(name, None)
        lead = []
        for name in people:
            account_id = known.get(name)
            to = f"[To:{account_id}]" if mentions and account_id is not None else ""
            lead.append(f"{to}{_person(name, lang)}")
        lead.append(
            "Good morning. These tasks are past their deadline:"
            if lang == "en"
            else "おはようございます。期限を過ぎているタスクがあります。"
        )
        several = len(people) > 1
        lines = [_reminder_lines(item, digest.today, lang, several) for item in items]
        pages = _pack_items(lead, lines, budget)
        reminders.append(
            Reminder(
                room_id=room_id,
                room_name=items[0].room_name,
                messages=tuple("\n".join(page) for page in pages),
            )
        )
    return reminders


def _pack_items(lead: list[str], items: list[list[str]], budget: int) -> list[list[str]]:
    pages: list[list[str]] = [list(lead)]
    for item in items:
        if len("\n".join(pages[-1] + item)) > budget and pages[-1]:
            pages.append([])
        pages[-1].extend(item)
    return pages


def _reminder_lines(item: DigestItem, today: date, lang: Lang, several: bool) -> list[str]:
    assert item.due is not None
    due = _due(item.due, today, lang, weekday=False)
    late = _late_phrase(item.days_late, lang)
    if lang == "en":
        who = f"{_people(item.assignees, lang)}, " if several else ""
        head = f"・{_clean(item.title)} ({who}due {due}, {late})"
    else:
        who = f"{_people(item.assignees, lang)}、" if several else ""
        head = f"・{_clean(item.title)}({who}期限 {due}、{late})"
    return [head, *_link_lines(item)]
