"""Chatwork message markup → a structured message.

Chatwork bodies mix the sender's own words with machine markup: addressing
(``[To:]``, ``[toall]``, ``[rp]``), quotes of earlier messages, info boxes,
Chatwork's own task posts, code, files and icons. Task detection must read
only the sender's own words, and know who was addressed and which message a
reply or quote points at; this module separates the two.

Robustness rule: :func:`parse` never raises. Tags that do not pair up, or
that we do not know, stay in the text as typed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["ChatworkTask", "ParsedMessage", "Quote", "Reply", "clean_text", "parse"]

MAX_BODY = 200_000  # characters read from one body; Chatwork caps posts at 65,535


@dataclass(frozen=True, slots=True)
class Reply:
    """``[rp aid=.. to=ROOM-MSG]``: a reply to ``message_id``, written by ``account_id``."""

    account_id: int
    room_id: int | None
    message_id: str | None


@dataclass(frozen=True, slots=True)
class Quote:
    """``[qt][qtmeta aid= time=]text[/qt]``: context from an earlier message, never a new task."""

    account_id: int | None
    time: int | None
    text: str


@dataclass(frozen=True, slots=True)
class ChatworkTask:
    """A ``[task ...]BODY[/task]`` block; ``event`` is the dtext code of its info title."""

    event: str | None
    assignee_id: int | None
    status: str
    limit: int
    limit_type: str | None
    body: str


@dataclass(frozen=True, slots=True)
class ParsedMessage:
    """The sender's own words (``text``) and everything the markup said about them."""

    text: str
    to_ids: tuple[int, ...] = ()
    to_all: bool = False
    # (line of text, account) of each [To:] outside a container: a list line may name its own
    to_lines: tuple[tuple[int, int], ...] = ()
    replies: tuple[Reply, ...] = ()
    quotes: tuple[Quote, ...] = ()
    tasks: tuple[ChatworkTask, ...] = ()
    events: tuple[str, ...] = ()
    info_titles: tuple[str, ...] = ()
    code: tuple[str, ...] = field(default=())


# A tag: [name], [/name], [name:arg] or [name attr=value ...]. Anything else is text.
_TAG = re.compile(r"\[(/?)([A-Za-z][A-Za-z]*)(?::([^\[\]\s]{1,64})|( [^\[\]\n]{0,200}))?\]")
_ATTR = re.compile(r"([a-z]+)=([^\s\]]*)")
# An info box titled as someone else's mail: 〜様より / 〜からのメール / Fwd: / (4/19受信)
_LETTER_TITLE = re.compile(
    r"(?:様|さん|御中)\s*(?:より|から)|からの(?:メール|ご連絡|連絡|依頼)|受信[)）]?$"
    r"|^(?:fwd?|fw|from)\s*[:：]|\bforwarded\b|\bexcerpt\b|抜粋|転載"
    r"|テンプレ|ひな形|雛形|文面|例文|\btemplate\b|\bdraft\b"
    # From the headliner's agent / Funder notice (fwd) / Customer mail — Mr. Hendricks
    r"|^from\s+(?:the\s+|our\s+)?[a-z]|[(（]fwd?[)）]|\b(?:customer|client|guest|vendor|supplier"
    r"|donor|sponsor|parent)['’]?s?\s+(?:mail|e-?mail|message|letter|request)\b",
    re.I,
)
_PAIRED = frozenset({"qt", "info", "title", "task", "code", "download"})
# Characters that break sheet cells or JSON output: C0/C1 controls (but \n, \t) and surrogates.
_BAD_CHARS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff\u200b-\u200f\u2028\u2029]")
_HONORIFIC = r"さん|様|さま|くん|君|ちゃん"
_HONORIFIC_LINE = re.compile(
    r"^[^\n\[\]、。,!?！？]{1,30}?(?:" + _HONORIFIC + r"|殿|氏"
    r"|課長|部長|係長|主任|社長|店長|院長|室長|所長|先生)\s*$"
)


# Circled numbers mark list items (① 会場探し); NFKC would turn them into a bare "1".
_CIRCLED = re.compile("[\u2460-\u2473]")


def _circled(m: re.Match[str]) -> str:
    return f"{ord(m.group(0)) - 0x2460 + 1}. "


# ①②は3/27までに / ③は総務でやります / ①と②の件 / ※②は今日中で / …、②は今週中に: items
# named by number at a line's start or after a comma,
# not a list marker — each becomes "1番" (NFKC would run ①② together into "12").
_CIRCLED_REFS = re.compile(
    "(?m)(^[ \t]*(?:※[ \t]*)?|[、。,][ \t]*)"
    "((?:[\u2460-\u2473][ \t]*[と・、,&]?[ \t]*)*[\u2460-\u2473])"
    "(?=[ \t]*(?:[\u2460-\u2473]|[はもをのと・、,]))"
)


def _refs(m: re.Match[str]) -> str:
    return m.group(1) + _CIRCLED.sub(lambda c: f"{ord(c.group(0)) - 0x2460 + 1}番", m.group(2))


# Squared and enclosed signs (🈵 満, 🈁 ココ, 🆗 OK): emoji, which NFKC would turn into words.
_ENCLOSED = re.compile("[\U0001f100-\U0001f2ff]")


def clean_text(text: str) -> str:
    """NFKC-normalise (keeping ① as "1. ", dropping 🈵-style signs that would become words)
    and drop control characters and lone surrogates."""
    text = _BAD_CHARS.sub("", text)
    if _CIRCLED.search(text):
        text = _CIRCLED.sub(_circled, _CIRCLED_REFS.sub(_refs, text))
    if _ENCLOSED.search(text):
        text = _ENCLOSED.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    return _BAD_CHARS.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def _int(value: str | None) -> int | None:
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit() and len(value) < 20:
        return int(value)
    return None


def _attrs(raw: str | None) -> dict[str, str]:
    return dict(_ATTR.findall(raw or ""))


def _pair_tags(tokens: list[re.Match[str]]) -> set[int]:
    """Indices of open/close tokens that pair up; unpaired ones stay text."""
    stack: list[tuple[str, int]] = []
    paired: set[int] = set()
    for i, tok in enumerate(tokens):
        name = tok.group(2).lower()
        if name not in _PAIRED:
            continue
        if tok.group(1):  # closing tag
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == name:
                    paired.add(stack[depth][1])
                    paired.add(i)
                    del stack[depth:]
                    break
        elif tok.group(3) is None or name == "download":
            stack.append((name, i))
    return paired


def _name_after_address(name_words: frozenset[str], line: str) -> int:
    """Length of the addressee's name that Chatwork puts after ``[To:]``/``[rp]``, else 0."""
    stripped = line.strip()
    if not stripped:
        return 0
    if _HONORIFIC_LINE.match(stripped):
        return len(line)
    compact = stripped.replace(" ", "").replace("\u3000", "")
    if compact in name_words:
        return len(line)
    if 2 <= len(compact) <= 6 and any(n != compact and n.endswith(compact) for n in name_words):
        return len(line)  # [To:8222]和美: the given name alone on the line, for 藤本 和美
    return _name_prefix(name_words, line)


_AFTER_NAME = re.compile(r"(?:" + _HONORIFIC + r")?(?:[\s、,:：]+|$)")


def _name_prefix(name_words: frozenset[str], line: str) -> int:
    """``[To:2]青木 美穂さん could you …`` on one line: the name (and its honorific) before
    the words, when the line starts with a member's full name."""
    compact = ""
    for i, ch in enumerate(line):
        if ch in " \u3000":
            continue
        compact += ch
        if len(compact) > 40:
            return 0
        if compact in name_words:
            after = _AFTER_NAME.match(line, i + 1)
            if after is not None and after.end() < len(line):
                return after.end()
    return 0


@lru_cache(maxsize=4096)
def parse(body: str, names: frozenset[str] = frozenset()) -> ParsedMessage:
    """Parse one message body. ``names`` are member names (spaces removed) for stripping
    the addressee's name that follows ``[To:]`` and ``[rp]``. Never raises.

    Cached: the result is frozen, and a poll re-reads the same bodies (edits, overlaps)."""
    try:
        return _parse(body, names)
    except Exception:
        return ParsedMessage(text=clean_text(str(body)[:MAX_BODY]) if isinstance(body, str) else "")


def _parse(body: str, names: frozenset[str]) -> ParsedMessage:
    text = clean_text(body[:MAX_BODY])
    tokens = list(_TAG.finditer(text))
    paired = _pair_tags(tokens)

    out: list[str] = []
    to_ids: list[int] = []
    to_lines: list[tuple[int, int]] = []
    to_all = False
    replies: list[Reply] = []
    quotes: list[Quote] = []
    tasks: list[ChatworkTask] = []
    events: list[str] = []
    info_titles: list[str] = []
    code: list[str] = []

    # Context stack of paired containers: (name, buffer, attrs)
    stack: list[tuple[str, list[str], dict[str, str]]] = []
    strip_name_next = False
    pos = 0

    def emit(chunk: str) -> None:
        nonlocal strip_name_next
        if not chunk:
            return
        if strip_name_next:
            strip_name_next = False
            end = chunk.find("\n")
            line = chunk if end < 0 else chunk[:end]
            cut = _name_after_address(names, line)
            chunk = chunk[cut:]
            if not chunk:
                return
        if stack:
            stack[-1][1].append(chunk)
        else:
            out.append(chunk)

    for i, tok in enumerate(tokens):
        emit(text[pos : tok.start()])
        pos = tok.end()
        closing, name, arg, raw = tok.group(1), tok.group(2), tok.group(3), tok.group(4)
        lname = name.lower()
        if lname in _PAIRED and (i in paired):
            if not closing:
                stack.append((lname, [], _attrs(raw) if raw else {}))
                strip_name_next = False
                continue
            cname, buf, attrs = stack.pop()
            inner = "".join(buf)
            if cname == "qt":
                meta = attrs.get("_meta")
                qattrs = _attrs(meta)
                quotes.append(
                    Quote(_int(qattrs.get("aid")), _int(qattrs.get("time")), inner.strip())
                )
                emit("\n")
            elif cname == "title":
                title = inner.strip()
                if title:
                    info_titles.append(title)
                    emit(title + "\n")
            elif cname == "info":
                head, _, body = inner.strip().partition("\n")
                if info_titles and _LETTER_TITLE.search(head) and head == info_titles[-1]:
                    # [info][title]みなと眼鏡店 様より（4/19受信）[/title]…[/info]: a letter
                    # pasted in, someone else's words — its title only
                    emit("\n" + head + "\n")
                else:
                    emit("\n" + inner + "\n")
            elif cname == "task":
                tasks.append(
                    ChatworkTask(
                        event=events[-1] if events else None,
                        assignee_id=_int(attrs.get("aid")),
                        status=attrs.get("st", "open"),
                        limit=_int(attrs.get("lt")) or 0,
                        limit_type=attrs.get("ltype"),
                        body=inner.strip(),
                    )
                )
            elif cname == "code":
                code.append(inner)
                emit("\n")
            # download: a file name, not the sender's words
            continue
        if closing:
            emit(tok.group(0))
            continue
        if lname == "to" and arg is not None and (aid := _int(arg)) is not None:
            to_ids.append(aid)
            if not stack:
                to_lines.append((sum(chunk.count("\n") for chunk in out), aid))
            strip_name_next = True
            continue
        if lname == "toall" and arg is None and raw is None:
            to_all = True
            continue
        if lname == "rp" and raw is not None:
            attrs = _attrs(raw)
            aid = _int(attrs.get("aid"))
            if aid is not None:
                room_id, msg_id = None, None
                target = attrs.get("to", "")
                if "-" in target:
                    r, _, m = target.partition("-")
                    room_id, msg_id = _int(r), (m if _int(m) is not None else None)
                replies.append(Reply(aid, room_id, msg_id))
                strip_name_next = True
                continue
        if lname == "qtmeta" and raw is not None:
            if stack and stack[-1][0] == "qt" and "_meta" not in stack[-1][2]:
                stack[-1][2]["_meta"] = raw
            continue
        if lname == "dtext" and arg is not None:
            events.append(arg)
            continue
        if lname == "hr" and arg is None and raw is None:
            emit("\n")
            continue
        if lname in ("picon", "piconname", "pname") and _int(arg) is not None:
            continue
        if lname == "preview" and raw is not None:
            continue
        if lname == "download" and arg is not None:
            continue  # unpaired [download:id]
        emit(tok.group(0))  # unknown or broken: stays text
    emit(text[pos:])
    # Unclosed containers cannot occur (only paired tokens open one), but flush defensively.
    while stack:
        _, buf, _ = stack.pop()
        emit("".join(buf))

    return ParsedMessage(
        text="".join(out),
        to_ids=tuple(dict.fromkeys(to_ids)),
        to_all=to_all,
        to_lines=tuple(to_lines),
        replies=tuple(replies),
        quotes=tuple(quotes),
        tasks=tuple(tasks),
        events=tuple(events),
        info_titles=tuple(info_titles),
        code=tuple(code),
    )
