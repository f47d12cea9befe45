"""Who is meant: the room's members by the names people type, and the precedence of
extraction.md for a task's assignees (commitment → sender; a line naming a member;
``[To:]``; ``[toall]``; the person replied to)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from chatsync.models import Member
from chatsync.parser.markup import ParsedMessage
from chatsync.parser.morph import romaji

__all__ = ["HONORIFIC", "Directory", "addressed"]

HONORIFIC = (
    r"(?:さん|様|さま|くん|君|ちゃん|殿|氏|先生|部長|課長|係長|社長|主任|室長|店長|支店長|所長|院長"
    r"|園長|校長|局長|工場長|料理長|支配人|班長|職長|監督)"
)
_HONORIFICS = tuple(
    sorted(
        [*HONORIFIC[3:-1].split("|"), "-san", " san", "-sama", "-kun", "-chan"],
        key=len,
        reverse=True,
    )
)  # longest first: 部長 before 長
# (平野さん, 8/10(木)まで): one level of brackets inside, for a weekday after a date
# Rafael & Min-jun — … / 森・佐藤： …: names joined, then what they do
_GROUP_HEAD = re.compile(r"^\s*([^—–:：]{3,40}?)\s*(?:\s[—–-]{1,2}\s|[:：])\s*(\S.*)$")
# (1. 炊き出し用食材の買い出し……三上さん・御園さん（9/25まで）: dot leaders, then who, then a day)
_LEADERS = r"…{2,}|\.{3,}|・{3,}"
_GROUP_TAIL = re.compile(
    r"\s*(?:→|⇒|\s[—–]{1,2}\s|" + _LEADERS + r")\s*([^→⇒—–:：()（）…]{3,40}?)"
    r"(\s*[（(][^()（）]{1,12}[)）])?$"
)
_GROUP_JOIN = re.compile(r"\s*(?:&|＆|\band\b|、|・|/|と)\s*")
_PAREN_SEP = ("、", ",", "/", "／")
_PARENS = re.compile(r"\(((?:[^()]|\([^()]{1,6}\)){1,40})\)")


@lru_cache(maxsize=4096)
def _romaji(part: str) -> str:
    try:
        return romaji(part)
    except Exception:  # a dictionary failure must not lose the room
        return ""


_SEPARATORS = (":", "、", ",", "—", "–", "-")
_PARTICLES = frozenset("のにをがはへとでもや")  # 佐藤さん: …, Daniel — rotate the keys
# 佐藤さんの件 / 小山先生に伝えて / 森さんから: a case particle makes the name no owner
_CASE_AFTER_NAME = ("の", "に", "へ", "から", "より", "と", "を")
_ASIDE = re.compile(r"[(（][^()（）]{1,12}[)）]\s*(?=[:：])")
# …を予約 — Luis / 装花の見積もり再送：加藤さん / final cake design: Amélie (by 11/30)
_TRAILING_OWNER = re.compile(
    # (…（Android 3機種）— Dario さん、明日まで: a dash right after a bracket too)
    r"(?:(?:\s+|(?<=[)）]))[—–-]{1,2}>?\s*@?|\s*[：:→⇒]\s*|\s*(?:" + _LEADERS + r")\s*|\s+@(?=\w))"
    r"(\S(?:[^—–：:→⇒]|:(?=[0-9])){0,30})$"
)
# (3/12(月)まで): one level of brackets inside, for a weekday after a date
# … or a day after a comma (英文校正の手配：鈴木さん、来週中)
_AFTER_OWNER = re.compile(
    r"\s*([(（](?:[^()（）]|[(（][^()（）]{1,6}[)）]){1,24}[)）]|(?<=[^\s])[、,]\s*[^、,:：()（）]{1,12}"
    # インタビューのまとめ：宮坂さん 11/8(金)まで: a day after a space, with its まで
    r"|(?<=[^\s])\s+[^\s、,:：()（）]{1,8}(?:[(（][^()（）]{1,4}[)）])?(?:までに|まで|迄|中))?\s*$"
)
_TOPIC = re.compile(r"(?<=[^\sはの])(?:は|、)\s*")
_ASK_AFTER_NAME = ("お願い", "よろしく", "に", "で", "が")
_ACTION_TO = re.compile(r"\s+to\s+(?=[a-z])", re.I)


class Directory:
    """The room's members by the names people type (full, family, given; with or without a
    space). Plain string matching over a handful of names: building one per conversation
    costs no regex compilation (``chatsync extract`` builds thousands)."""

    def __init__(self, members: Sequence[Member]) -> None:
        self.ids = tuple(m.account_id for m in members)
        by_name: dict[str, set[int]] = {}
        for m in members:
            full = " ".join(m.name.split())
            parts = full.split(" ")
            forms = {full, full.replace(" ", "")}
            if len(parts) >= 2:
                forms.update(p for p in (parts[0], parts[-1]) if len(p) >= 2 or not p.isascii())
            if len(parts) >= 3:
                forms.add(" ".join(parts[:-1]))  # Mei Lin Cho goes by Mei Lin
            if len(parts) >= 3 and not parts[-2].isascii():
                # 北斗電設 小野寺 健: a company, then the name — she is 小野寺さん
                forms.update((parts[-2], f"{parts[-2]} {parts[-1]}", parts[-2] + parts[-1]))
            # Colleagues type Japanese names in Latin letters too (Rina, Okano-san).
            forms.update(r for p in parts if not p.isascii() and len(r := _romaji(p)) >= 3)
            for form in forms:
                if form:
                    by_name.setdefault(form.lower(), set()).add(m.account_id)
        # A name shared by two members names nobody.
        self.by_name = {k: next(iter(v)) for k, v in by_name.items() if len(v) == 1}
        self.compact = frozenset(
            " ".join(m.name.split()).replace(" ", "") for m in members if m.name.strip()
        )
        self._names = tuple(sorted(self.by_name, key=len, reverse=True))
        self._firsts = frozenset(n[0] for n in self._names)

    def _name_at(self, text: str, pos: int = 0) -> tuple[str, int] | None:
        """The longest member name starting at ``pos`` (case-insensitive), and its end."""
        if pos >= len(text) or text[pos].lower() not in self._firsts:
            return None  # no member's name starts with this character
        low = text[pos : pos + 64].lower()
        for name in self._names:
            if low.startswith(name):
                end = pos + len(name)
                # an ASCII name must end at a word boundary (Ken, not Kenji)
                if (
                    name.isascii()
                    and end < len(text)
                    and text[end].isalnum()
                    and text[end].isascii()
                ):
                    continue
                return name, end
        return None

    @staticmethod
    def _honorific_at(text: str, pos: int) -> int:
        # (Dario さん: a Latin name, a space, then the Japanese honorific)
        at = pos + 1 if text[pos : pos + 1] == " " and text[pos - 1 : pos].isascii() else pos
        for h in _HONORIFICS:
            if text.startswith(h, at) and (at == pos or not h.isascii()):
                return at + len(h)
        return pos

    @staticmethod
    def _skip_space(text: str, pos: int) -> int:
        while pos < len(text) and text[pos] in " \t\u3000":
            pos += 1
        return pos

    def leading_member(self, line: str) -> tuple[int | None, str]:
        """A member named at the start of a line (``佐藤さん: ...``) and the rest of the line:
        the name, then a separator (: 、 ,) or an honorific (not followed by の)."""
        pos = 1 if line.startswith("@") else 0
        found = self._name_at(line, pos)
        if found is None:
            return None, line
        name, end = found
        after = self._honorific_at(line, end)
        had_honorific = after > end
        after = self._skip_space(line, after)
        aside = _ASIDE.match(line, after)  # Felix (me): …, 佐藤（経理）：…
        if aside is not None:
            after = aside.end()
        if after < len(line) and line[after] in _SEPARATORS:
            after = self._skip_space(line, after + 1)
        elif (not had_honorific and pos == 0) or line.startswith(_CASE_AFTER_NAME, after):
            # (@hanako can you review?: the @ alone addresses; 小山先生に…伝えて: to whom)
            return None, line
        return self.by_name.get(name), line[after:]

    def without_vocative(self, line: str, aid: int) -> str:
        """``Yuki can you draft them`` after ``[To:Yuki]``: the line without the name of
        the one it is addressed to (any name form, no separator needed)."""
        found = self._name_at(line, 1 if line.startswith("@") else 0)
        if found is None or self.by_name.get(found[0]) != aid:
            return line
        after = self._skip_space(line, self._honorific_at(line, found[1]))
        if after < len(line) and line[after] in _SEPARATORS:
            after = self._skip_space(line, after + 1)
        return line[after:] if after > found[1] or after == len(line) else line

    def trailing_member(self, line: str) -> tuple[int | None, str]:
        """A member signed after a dash or a colon at the end of a list item (``…を予約 — Luis``,
        ``見積もり再送：加藤さん``), a bracketed day after the name kept with the work."""
        m = _TRAILING_OWNER.search(line)
        if m is None:
            return None, line
        found = self._name_at(line, m.start(1))
        if found is None:
            return None, line
        name, end = found
        end = self._honorific_at(line, end)
        after = _AFTER_OWNER.fullmatch(line, end)
        if after is None:
            return None, line
        return self.by_name.get(
            name
        ), f"{line[: m.start()].rstrip()} {after.group(1) or ''}".strip()

    def topic_member(self, line: str) -> tuple[int | None, str]:
        """``週報の送付は瀬川さんお願いします`` / ``名簿作成、千葉さんお願いできますか``: the
        work as topic, then who, then the ask — the member and the line without the name."""
        for m in _TOPIC.finditer(line):
            found = self._name_at(line, m.end())
            if found is None:
                continue
            name, end = found
            after = self._honorific_at(line, end)
            if after == end:
                continue
            after = self._skip_space(line, after)
            # (受付名簿の作成、千葉さんお願いできますか: after a comma, only the ask itself)
            asks = _ASK_AFTER_NAME if line[m.start()] == "は" else _ASK_AFTER_NAME[:2]
            if line.startswith(asks, after):
                return self.by_name.get(name), line[: m.start()] + line[after:]
        return None, line

    def action_item(self, line: str) -> tuple[int | None, str]:
        """``Ken to update the FAQ``: the member and the work."""
        pos = 1 if line.startswith("@") else 0
        found = self._name_at(line, pos)
        if found is None:
            return None, line
        name, end = found
        m = _ACTION_TO.match(line, end)
        if m is None:
            return None, line
        return self.by_name.get(name), line[m.end() :]

    def named_in_parens(self, line: str) -> tuple[int | None, str]:
        """A member named inside a list item's parentheses (``会場探し（土屋さん、7日以内）``),
        and the item without the name."""
        for paren in _PARENS.finditer(line):
            inner = paren.group(1)
            for i in range(len(inner)):
                found = self._name_at(inner, i)
                if found is None:
                    continue
                name, end = found
                after = self._honorific_at(inner, end)
                alone = inner[:i].strip() == "" and inner[after:].strip() == ""
                # (土屋さん、7日以内) / (今井さん／6/25 15:00): the name, then what else
                first = inner[:i].strip() == "" and inner[after:].lstrip()[:1] in _PAREN_SEP
                if after == end and not (alone or first):  # (Zara, this week) names Zara
                    continue  # a bare name counts only alone in the parentheses
                while after < len(inner) and (
                    inner[after] in _PAREN_SEP or inner[after] in " \u3000"
                ):
                    after += 1
                rest = inner[:i] + inner[after:]
                return self.by_name.get(
                    name
                ), f"{line[: paren.start()]}({rest}){line[paren.end() :]}"
        return None, line

    def without_addressed_names(self, text: str) -> str:
        """The text without a member called by name inside it (JP-1042 の件、オルセンさん、
        差し戻しを… → JP-1042 の件、差し戻しを…): a name, its honorific and a comma are no
        part of a title."""
        out: list[str] = []
        pos = 0
        i = 0
        while i < len(text):
            found = self._name_at(text, i) if (i == 0 or not text[i - 1].isalnum()) else None
            if found is not None:
                after = self._honorific_at(text, found[1])
                end = self._skip_space(text, after)
                # called, with a comma or a space after (not 鈴木さんの資料, 鈴木さんに送る)
                called = end < len(text) and (
                    text[end] in "、," or (end > after and text[end] not in _PARTICLES)
                )
                if after > found[1] and called:
                    out.append(text[pos:i])
                    pos = i = self._skip_space(text, end + 1 if text[end] in "、," else end)
                    continue
            i += 1
        out.append(text[pos:])
        return "".join(out).strip(" 、,")

    def leading_group(self, line: str) -> tuple[tuple[int, ...], str]:
        """``Rafael & Min-jun — merge the scripts`` / ``森・佐藤：棚卸し``: two or more members
        before a dash or colon, and the work after it."""
        m = _GROUP_HEAD.match(line)
        group = self._group(m.group(1)) if m is not None else ()
        return (group, m.group(2)) if m is not None and group else ((), line)

    def trailing_group(self, line: str) -> tuple[tuple[int, ...], str]:
        """``駐車場の誘導 → 羽田野さん、石黒さん``: two or more members signed after the work."""
        m = _GROUP_TAIL.search(line)
        group = self._group(m.group(1)) if m is not None else ()
        if m is None or not group:
            return (), line
        return group, f"{line[: m.start()].rstrip()}{m.group(2) or ''}"

    def _group(self, names: str) -> tuple[int, ...]:
        """Every member of ``Rafael & Min-jun`` / ``羽田野さん、石黒さん``, or () unless all are."""
        parts = [p for p in _GROUP_JOIN.split(names) if p.strip()]
        ids = [self.member(p) for p in parts]
        if len(parts) < 2 or any(i is None for i in ids):
            return ()
        return tuple(sorted({i for i in ids if i is not None}))

    def member(self, name: str) -> int | None:
        """The member a typed name (with or without an honorific) stands for."""
        name = name.strip()
        for h in _HONORIFICS:
            if name.endswith(h) and len(name) > len(h):
                name = name[: -len(h)]
                break
        name = name.strip().lower()
        return self.by_name.get(name) or self.by_name.get(name.replace(" ", ""))


def addressed(
    pm: ParsedMessage, sender: int, directory: Directory, self_account_id: int | None
) -> tuple[int, ...]:
    """``[To:]`` tags, else ``[toall]`` (every member but the sender and chatsync), else the
    person replied to — the assignees of a request that names nobody in its own words."""
    if pm.to_ids:
        return tuple(sorted(set(pm.to_ids)))
    if pm.to_all:
        return tuple(sorted(a for a in directory.ids if a != sender and a != self_account_id))
    for rp in pm.replies:
        if rp.account_id != sender:
            return (rp.account_id,)
    return ()
