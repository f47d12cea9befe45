"""Rule-based reading of Japanese and English deadline phrases (extraction.md, "Deadlines").

Why rules and not a library: ``research/ja-dates.md`` measured ja-timex and dateparser on
real Chatwork phrasing and both were wrong on a third of it (午後 dropped, no year
rollover, 金額 read as Friday, 来週月曜 / 今週中 / N営業日 unknown). The phrases people
use for deadlines are a small closed set, so a table of regular expressions resolved
against the message's send time is both more accurate and ~100x faster.

Everything here is pure: the send time and the business calendar come in as arguments.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from chatsync.calendar import BusinessCalendar
from chatsync.models import Due
from chatsync.parser.datewords import (
    ANSWER_DAY,
    AWAY_BEFORE,
    BY_FIRST_CHAR,
    GAP_DATE_TIME,
    GAP_DATE_WD,
    GAP_TIME_DATE,
    KANJI_DIGITS,
    MONTHS_EN,
    NEEDS_NFKC,
    PREFIX_DESC,
    PREFIX_DESC_HINT_EN,
    PREFIX_DESC_HINT_JA,
    PREFIX_MARK,
    PREFIX_MARK_HINT_EN,
    PREFIX_MARK_HINT_JA,
    START,
    STATE_UNTIL,
    SUFFIX_DESC,
    SUFFIX_MARK,
    WD_EN,
    WD_JA,
    may_hold,
)

__all__ = ["DateMention", "find_dates", "parse_sheet_due", "pick_due"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """One date/time expression found in a text, resolved to a :class:`Due`.

    ``start``/``end`` cover the whole phrase including deadline particles
    (までに, 中, 以内, by, 期限は …) so a caller can cut it out of a title.
    """

    due: Due
    start: int
    end: int
    is_deadline: bool
    text: str


# --------------------------------------------------------------------------- tokens

_DATE, _TIME, _DATETIME, _EOD, _WEEKDAY = range(5)


class _Tok:
    """A resolved phrase before merging (mutable, internal)."""

    __slots__ = ("at", "day", "deadline", "end", "explicit", "kind", "start", "vague")

    def __init__(
        self,
        kind: int,
        start: int,
        end: int,
        day: date | None,
        at: time | None = None,
        deadline: bool = False,
        explicit: bool = False,
        vague: bool = False,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.day = day
        self.at = at
        self.deadline = deadline
        self.explicit = explicit
        self.vague = vague  # tonight: a time of day the deadline table does not define


def _knum(s: str) -> int | None:
    """'12' or a small kanji number (三, 十, 十五, 二十) → int."""
    if s.isascii():
        return int(s) if s.isdigit() else None
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = KANJI_DIGITS.get(head, 0) if head else 1
        ones = KANJI_DIGITS.get(tail, 0) if tail else 0
        if (head and head not in KANJI_DIGITS) or (tail and tail not in KANJI_DIGITS):
            return None
        return tens * 10 + ones
    return KANJI_DIGITS.get(s) if len(s) == 1 else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    if 1 <= m <= 12 and 1 <= d <= 31 and 1 <= y <= 9999:
        try:
            return date(y, m, d)
        except ValueError:
            return None
    return None


def _last_day(y: int, m: int) -> date:
    if m == 12:
        return date(y, 12, 31)
    return date(y, m + 1, 1) - timedelta(days=1)


def _shift_month(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def _month_day(today: date, m: int, d: int) -> date | None:
    """M/D without a year: the earliest of last/this/next year's day that is at most
    30 days before ``today`` (extraction.md), so 1/8 said in December is next January
    and 12/28 said on 1/12 is the December just gone."""
    floor = today - timedelta(days=30)
    for y in (today.year - 1, today.year, today.year + 1):
        cand = _safe_date(y, m, d)
        if cand is not None and cand >= floor:
            return cand
    return None


def _month_end(today: date, m: int, kind: str) -> date | None:
    """12月末 / 12月中 / 1月中旬: resolved like M/D on the day it names."""
    if not 1 <= m <= 12:
        return None
    floor = today - timedelta(days=30)
    for y in (today.year - 1, today.year, today.year + 1):
        cand = _period_day(y, m, kind)
        if cand >= floor:
            return cand
    return None


def _period_day(y: int, m: int, kind: str) -> date:
    if kind in ("上旬", "初旬", "頭", "初め"):
        return date(y, m, 10)
    if kind == "中旬":
        return date(y, m, 20)
    return _last_day(y, m)


def _day_of_month(today: date, d: int, weekday: int | None) -> date | None:
    """25日 / 17日(木): the next such day of a month, today included; a weekday in
    brackets picks the month where it agrees (年明け4日(月) said in December)."""
    first: date | None = None
    for k in range(4):
        y, m = _shift_month(today.year, today.month, k)
        cand = _safe_date(y, m, d)
        if cand is None or cand < today:
            continue
        if first is None:
            first = cand
        if weekday is None or cand.weekday() == weekday:
            # a contradicting weekday may move us one month on (年明け4日(月)), no further
            return cand if cand <= first + timedelta(days=31) else first
    return first


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _this_friday(today: date) -> date:
    """今週中: Friday of this week; at the weekend, the coming Friday."""
    monday = _monday(today)
    return monday + timedelta(days=4 if today.weekday() < 5 else 11)


def _wd_from_paren(s: str) -> int | None:
    i = s.rfind("(")
    if i < 0 or i + 1 >= len(s):
        return None
    c = s[i + 1]
    j = WD_JA.find(c)
    if j >= 0:
        return j
    return WD_EN.get(s[i + 1 : i + 4].lower())


_EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def _clock(h: int, mi: int, prefix: str | None, suffix: str | None) -> time | None:
    """H:MM with 午前/午後/朝/夜 or am/pm applied; None when out of range (25時, 13pm)."""
    p = (prefix or "").lower()
    s = (suffix or "").lower()[:1]
    if (s or p in ("午前", "am", "朝")) and h > 12:
        return None
    if p in ("午後", "夜", "夕方", "晩", "夕", "pm") or s == "p":
        if h < 12:
            h += 12
    elif (p in ("午前", "am") or s == "a") and h == 12:
        h = 0
    if 0 <= h <= 23 and 0 <= mi <= 59:
        return time(h, mi)
    return None


_SOFT_TIMES = {
    "午前中": time(12, 0),
    "正午": time(12, 0),
    "昼": time(12, 0),
    "お昼": time(12, 0),
    "昼過ぎ": time(12, 0),  # as 昼: the spec's reading of a midday deadline
    "昼すぎ": time(12, 0),
    "お昼過ぎ": time(12, 0),
    "noon": time(12, 0),
    "am": time(12, 0),  # tomorrow am / tomorrow morning: as 午前中
    "morning": time(12, 0),
    "midday": time(12, 0),
    "夕方": time(17, 0),
    "朝一": time(10, 0),
    "朝一番": time(10, 0),
    "朝イチ": time(10, 0),
    "朝いち": time(10, 0),
    "午後一": time(13, 0),
    "午後一番": time(13, 0),
    "午後イチ": time(13, 0),
    "午後いち": time(13, 0),
    "昼一": time(13, 0),
    "昼イチ": time(13, 0),
    "定時": time(18, 0),
    "終業": time(18, 0),
}


def _token(m: re.Match[str], today: date, sent: datetime, cal: BusinessCalendar) -> _Tok | None:
    """Resolve one match of a ``BY_FIRST_CHAR`` pattern; None when not a real date (12/32)."""
    g = m.group
    kind = m.lastgroup
    s, e = m.start(), m.end()
    if kind == "ign":
        return None
    if kind == "ymd":
        mo = g("ymd_m1") or g("ymd_m2")
        dd = g("ymd_d1") or g("ymd_d2")
        day = _safe_date(int(g("ymd_y")), int(mo), int(dd))
        return _Tok(_DATE, s, e, day, explicit=True) if day else None
    if kind == "era":
        ey = g("era_y")
        y = 2018 + (1 if ey == "元" else int(ey))
        day = _safe_date(y, int(g("era_m")), int(g("era_d")))
        return _Tok(_DATE, s, e, day, explicit=True) if day else None
    if kind == "mdy":
        day = _safe_date(int(g("mdy_y")), int(g("mdy_m")), int(g("mdy_d")))
        return _Tok(_DATE, s, e, day, explicit=True) if day else None
    if kind == "md":
        mo = g("md_m1") or g("md_m2")
        dd = g("md_d1") or g("md_d2")
        day = _month_day(today, int(mo), int(dd))
        return _Tok(_DATE, s, e, day, explicit=True) if day else None
    if kind == "mm":
        day = _month_end(today, int(g("mm_m")), g("mm_k"))
        return _Tok(_DATE, s, e, day, deadline=g("mm_k") != "末") if day else None
    if kind == "bd":
        n = _knum(g("bd_n"))
        if n is None or n > 366:
            return None
        return _Tok(_DATE, s, e, cal.add_business_days(today, n), deadline=g("bd_k") == "以内")
    if kind == "hrs":
        n = _knum(g("hrs_n"))
        if n is None or n > 240:
            return None
        moment = sent + timedelta(hours=n)
        return _Tok(
            _DATETIME,
            s,
            e,
            moment.date(),
            moment.time().replace(second=0, microsecond=0),
            deadline=True,
        )
    if kind == "dur":
        n = _knum(g("dur_n"))
        if n is None or n > 999:
            return None
        days = n * 7 if g("dur_u") == "週間" else n
        return _Tok(_DATE, s, e, today + timedelta(days=days), deadline=g("dur_k") == "以内")
    if kind == "dom":
        day = _day_of_month(today, int(g("dom_d")), _wd_from_paren(m.group()))
        return _Tok(_DATE, s, e, day, explicit=True) if day else None
    if kind == "tm":
        mi = 30 if g("tm_half") else int(g("tm_m") or 0)
        at = _clock(int(g("tm_h")), mi, g("tm_p"), None)
        return _Tok(_TIME, s, e, None, at) if at else None
    if kind == "hm":
        at = _clock(int(g("hm_h")), int(g("hm_m")), g("hm_p"), g("hm_s"))
        return _Tok(_TIME, s, e, None, at) if at else None
    if kind == "ampm":
        h = int(g("ampm_h"))
        at = _clock(h, 0, None, g("ampm_s")) if 1 <= h <= 12 else None
        return _Tok(_TIME, s, e, None, at) if at else None
    if kind in ("edm", "emd"):
        p = kind + "_"
        mo_num = MONTHS_EN[g(p + "m")[:3].lower()]
        dd = int(g(p + "d"))
        yy = g(p + "y")
        day = _safe_date(int(yy), mo_num, dd) if yy else _month_day(today, mo_num, dd)
        return _Tok(_DATE, s, e, day, explicit=True) if day else None
    if kind == "nmbd":
        y, mo_i = _shift_month(today.year, today.month, 1 if g("nmbd_w") == "来月" else 0)
        n = int(g("nmbd_n"))
        if not 1 <= n <= 23:
            return None
        first = cal.next_business_day(date(y, mo_i, 1))
        return _Tok(_DATE, s, e, cal.add_business_days(first, n - 1))
    if kind == "nmd":
        k = {"今月": 0, "来月": 1, "再来月": 2}[g("nmd_w")]
        y, mo_i = _shift_month(today.year, today.month, k)
        day = _safe_date(y, mo_i, int(g("nmd_d")))
        return _Tok(_DATE, s, e, day, explicit=True) if day else None
    if kind == "mper":
        k = {"今月": 0, "来月": 1, "再来月": 2}[g("mper_w")]
        y, mo_i = _shift_month(today.year, today.month, k)
        pk = g("mper_k")
        return _Tok(_DATE, s, e, _period_day(y, mo_i, pk), deadline=pk in ("中", "内", "いっぱい"))
    if kind == "eom":
        return _Tok(_DATE, s, e, _last_day(today.year, today.month), deadline=m.group()[-1] == "内")
    if kind == "wk":
        prefix = g("wk_p")
        monday = _monday(today)
        weeks = {"今週": 0, "来週": 1, "翌週": 1, "次週": 1, "再来週": 2}[prefix]
        wd = g("wk_d")
        wk_k = g("wk_k")
        if wd:
            return _Tok(_DATE, s, e, monday + timedelta(days=7 * weeks + WD_JA.index(wd)))
        if wk_k in ("頭", "あたま", "アタマ", "早々", "初め", "明け"):
            start = monday + timedelta(days=7 * max(weeks, 1))
            return _Tok(_DATE, s, e, cal.next_business_day(start))
        if weeks == 0:
            return _Tok(_DATE, s, e, _this_friday(today), deadline=wk_k in ("中", "内", "いっぱい"))
        return _Tok(
            _DATE,
            s,
            e,
            monday + timedelta(days=7 * weeks + 4),
            deadline=wk_k in ("中", "内", "いっぱい"),
        )
    if kind == "wkx":
        word = m.group()
        if word.startswith("週明"):
            return _Tok(_DATE, s, e, cal.next_business_day(_monday(today) + timedelta(days=7)))
        return _Tok(_DATE, s, e, _this_friday(today), deadline=word == "週内")
    if kind == "yr":
        yk = g("yr_k")
        if yk in ("年内", "年末", "今年中"):
            return _Tok(_DATE, s, e, date(today.year, 12, 31), deadline=yk != "年末")
        if yk == "年明け":
            target = date(today.year + 1, 1, 1) if today.month >= 7 else date(today.year, 1, 1)
            return _Tok(_DATE, s, e, cal.next_business_day(max(target, today)))
        fy_end = date(today.year + (1 if today.month >= 4 else 0), 3, 31)
        return _Tok(_DATE, s, e, fy_end, deadline=yk != "年度末")
    if kind == "nbd":
        return _Tok(_DATE, s, e, cal.add_business_days(today, 1))
    if kind == "rel":
        w = m.group()
        off = {"一昨日": -2, "昨日": -1, "今日": 0, "本日": 0, "明日": 1, "明朝": 1, "明後日": 2}[w]
        return _Tok(_DATE, s, e, today + timedelta(days=off))
    if kind == "wd":
        wd_i = WD_JA.index(g("wd_d"))
        return _Tok(_WEEKDAY, s, e, today + timedelta(days=(wd_i - today.weekday()) % 7))
    if kind == "wdp":
        wd_i = WD_JA.index(g("wdp_d"))
        return _Tok(_WEEKDAY, s, e, today + timedelta(days=(wd_i - today.weekday()) % 7))
    if kind == "soft":
        word = m.group().lower().split()[-1] if m.group()[:1].isascii() else m.group().lower()
        return _Tok(_TIME, s, e, None, _SOFT_TIMES[word])
    if kind == "eod":
        return _Tok(_EOD, s, e, today, deadline=True)
    if kind == "erel":
        w = " ".join(g("erel_w").lower().split())
        if w == "the day after tomorrow":
            off = 2
        elif w in ("tomorrow", "tmrw"):
            off = 1
        elif w == "yesterday":
            off = -1
        else:
            off = 0
        # (tonight is in no row of the spec's table: a day said, never a deadline — unless a
        # clock time comes with it, tonight 9pm)
        return _Tok(_DATE, s, e, today + timedelta(days=off), vague=w == "tonight")
    if kind == "edur":
        raw = g("edur_n").lower()
        n_en = int(raw) if raw.isdigit() else _EN_NUM[raw]
        if n_en > 999:
            return None
        if g("edur_b"):
            return _Tok(_DATE, s, e, cal.add_business_days(today, n_en), deadline=True)
        days = n_en * 7 if g("edur_u").lower().startswith("week") else n_en
        return _Tok(_DATE, s, e, today + timedelta(days=days), deadline=True)
    if kind == "ewk":
        monday = _monday(today)
        if g("ewk_eonw") or g("ewk_next"):
            return _Tok(_DATE, s, e, monday + timedelta(days=11), deadline=bool(g("ewk_eonw")))
        if g("ewk_early"):
            return _Tok(_DATE, s, e, cal.next_business_day(monday + timedelta(days=7)))
        return _Tok(_DATE, s, e, _this_friday(today), deadline=bool(g("ewk_eow")))
    if kind == "emo":
        if g("emo_next"):
            y, mo_i = _shift_month(today.year, today.month, 1)
            return _Tok(_DATE, s, e, _last_day(y, mo_i))
        return _Tok(_DATE, s, e, _last_day(today.year, today.month), deadline=bool(g("emo_eom")))
    if kind == "edom":
        day = _day_of_month(today, int(g("edom_d")), None)
        return _Tok(_DATE, s, e, day, explicit=True) if day else None
    if kind == "ewd":
        wd_i = WD_EN[g("ewd_d")[:3].lower()]
        p = (g("ewd_p") or "").lower()
        if p == "next":
            day = _monday(today) + timedelta(days=7 + wd_i)
        else:
            day = today + timedelta(days=(wd_i - today.weekday()) % 7)
        return _Tok(_WEEKDAY, s, e, day)
    return None  # pragma: no cover - every named alternative is handled above


def _merge(prev: _Tok, cur: _Tok, gap: str) -> bool:
    """Fold ``cur`` into ``prev`` when they are one phrase (明日の15時, 3pm tomorrow)."""
    pk, ck = prev.kind, cur.kind
    if pk in (_DATE, _WEEKDAY, _EOD) and ck == _TIME and GAP_DATE_TIME.fullmatch(gap):
        prev.kind, prev.at, prev.end, prev.vague = _DATETIME, cur.at, cur.end, False
        return True
    if pk == _TIME and ck in (_DATE, _WEEKDAY) and GAP_TIME_DATE.fullmatch(gap):
        prev.kind, prev.day, prev.end = _DATETIME, cur.day, cur.end
        prev.deadline = prev.deadline or cur.deadline
        return True
    if pk in (_DATE, _WEEKDAY, _DATETIME) and ck == _EOD and GAP_TIME_DATE.fullmatch(gap):
        prev.end, prev.deadline = cur.end, True  # tomorrow EOD
        return True
    if pk == _EOD and ck in (_DATE, _WEEKDAY) and GAP_TIME_DATE.fullmatch(gap):
        prev.kind, prev.day, prev.end = ck, cur.day, cur.end  # EOD Friday
        return True
    if pk == _DATE and prev.explicit and ck == _WEEKDAY and GAP_DATE_WD.fullmatch(gap):
        prev.end = cur.end  # 来月15日の金曜: the weekday restates the date
        return True
    if pk in (_TIME, _DATETIME) and ck == _TIME and gap.strip() in ("-", "–", "—", "〜", "~"):
        prev.end = cur.end  # 8:00–14:00: one span of time, from its start
        return True
    if pk == _WEEKDAY and ck in (_DATE, _DATETIME) and cur.explicit and gap in (" ", ", "):
        prev.kind, prev.day, prev.at, prev.end = ck, cur.day, cur.at, cur.end  # Sat 10/9
        prev.deadline = prev.deadline or cur.deadline
        return True
    return False


def _normalise(text: str) -> str:
    if not text.isascii() and NEEDS_NFKC.search(text):
        return unicodedata.normalize("NFKC", text)
    return text


@dataclass(frozen=True, slots=True)
class _Found:
    mention: DateMention
    describes: bool


_QUOTED = re.compile(r"「[^「」\n]{1,30}」")


def _scan(text: str, sent: datetime, calendar: BusinessCalendar) -> list[_Found]:
    text = _normalise(text)
    spots = [m.start() for m in START.finditer(text)]
    if spots and "「" in text:
        # 「木曜休診」から「木・日・祝休診」に変更: words quoted as they are, no day of this work
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        spots = [p for p in spots if not any(a < p < b for a, b in quoted)]
    if not spots:
        return []
    today = sent.date()
    toks: list[_Tok] = []
    by_char = BY_FIRST_CHAR
    done = 0
    for pos in spots:
        if pos < done:
            continue
        rx = by_char.get(text[pos])
        m = rx.match(text, pos) if rx is not None else None
        if m is None or m.end() == pos:
            continue
        done = m.end()
        try:
            tok = _token(m, today, sent, calendar)
        except (OverflowError, ValueError):  # year 1 / 9999 send times: dates out of range
            continue
        if tok is not None and not (toks and _merge(toks[-1], tok, text[toks[-1].end : tok.start])):
            toks.append(tok)

    # Tuesday or Wednesday afternoon / 火曜か水曜: days offered to choose from, no deadline
    options = {
        k
        for j in range(len(toks) - 1)
        if _OR.fullmatch(text[toks[j].end : toks[j + 1].start])
        for k in (j, j + 1)
    }
    found: list[_Found] = []
    for n, t in enumerate(toks):
        day = t.day if t.day is not None else today
        due = Due(day=day, at=t.at)
        start, end = t.start, t.end
        deadline = t.deadline
        after = SUFFIX_MARK.match(text, end)
        if after is not None and after.end() > end:
            deadline = True
            end = after.end()
        elif deadline and text[end - 1] in "中内" and text.startswith("に", end):
            end += 1  # 今週中に, 3日以内に: the particle belongs to the phrase
        lo = max(0, start - 24)
        if may_hold(text[lo:start], PREFIX_MARK_HINT_JA, PREFIX_MARK_HINT_EN):
            before = PREFIX_MARK.search(text, lo, start)
            if before is not None and STATE_UNTIL.search(text, max(0, start - 48), start):
                found.append(_Found(DateMention(due, start, end, False, text[start:end]), True))
                continue  # he's on a trip until Thursday: how long a state lasts
            if before is not None:
                deadline = True
                start = before.start()
        describes = False
        if not deadline:
            lo = max(0, start - 32)
            answer = due.at is None and ANSWER_DAY.match(text, end) is not None
            describes = (
                answer
                or SUFFIX_DESC.match(text, end) is not None
                or AWAY_BEFORE.search(text, max(0, start - 48), start) is not None
                or (
                    may_hold(text[lo:start], PREFIX_DESC_HINT_JA, PREFIX_DESC_HINT_EN)
                    and PREFIX_DESC.search(text, lo, start) is not None
                )
            )
        describes = describes or (n in options and not deadline)
        if t.vague:
            deadline, describes = False, True
        found.append(_Found(DateMention(due, start, end, deadline, text[start:end]), describes))
    return found


_OR = re.compile(r"\s*(?:or|か|または|もしくは|or maybe)\s*", re.I)


def find_dates(text: str, sent: datetime, calendar: BusinessCalendar) -> list[DateMention]:
    """All date/time expressions, in order, resolved relative to ``sent`` (aware, room tz).

    Spans refer to the NFKC-normalised text when the input needed normalising.
    """
    return [f.mention for f in _scan(text, sent, calendar)]


# (広報の締切が4/3なので) / (since the printer closes on 12/20): a reason in brackets
# (Monday is a holiday for you, not for me): a remark in brackets about a day, no deadline
_REASON_ASIDE = re.compile(
    r"\([^()]*(?:ので|ため|から|since|because|\bis\b|\bare\b|祝日|休み)[^()]*\)", re.I
)


def pick_due(text: str, sent: datetime, calendar: BusinessCalendar) -> Due | None:
    """The deadline of the work asked for in ``text``.

    A mention attached to a deadline marker wins (the last one: 会議は12/3、資料は12/2までに
    → 12/2); otherwise the first mention, not already past, that does not describe an event
    (来月10日の新年会…, 10時から); otherwise None (至急, なる早, ASAP and no phrase at all).
    """
    found = _scan(text, sent, calendar)
    asides = [m.span() for m in _REASON_ASIDE.finditer(_normalise(text))]
    marked = [f for f in found if f.mention.is_deadline]
    # 4/2までにお願いしたい(広報の締切が4/3なので): a deadline in a reason said aside is
    # someone else's; the work's own wins
    own = [f for f in marked if not any(a <= f.mention.start < b for a, b in asides)]
    if own or marked:
        return (own or marked)[-1].mention.due
    today = sent.date()
    for f in found:
        # 昨日届いた荷物の確認: an unmarked day already past says when, not by when.
        if any(a <= f.mention.start < b for a, b in asides):
            continue  # will do (Monday is a holiday for you): a remark about that day
        if not f.describes and f.mention.due.day >= today:
            return f.mention.due
    return None


_SHEET_DUE = re.compile(
    r"\s*(?:(?P<y>[0-9]{4})\s*(?P<s1>[-/.年])\s*)?"
    r"(?P<m>[0-9]{1,2})\s*(?P<s2>[-/.月])\s*(?P<d>[0-9]{1,2})\s*日?"
    r"\s*(?:[(（][^)）]{1,4}[)）])?"  # a weekday people add: (金), （Fri）
    r"(?:(?:\s*|T)(?P<h>[0-9]{1,2})"
    r"(?::(?P<mi>[0-9]{2})(?::[0-9]{2})?|\s*時\s*(?:(?P<mi2>[0-9]{1,2})\s*分)?))?\s*"
)


def parse_sheet_due(text: str, today: date | None = None) -> Due | None:
    """A deadline a person typed into the sheet, in the forms people type.

    ``2026-12-18``, ``2026/12/18 18:00``, ``2026年12月18日``, and without a year
    (``12/18``, ``12月18日(金) 18時``) when ``today`` says which year is meant: the
    one that puts the day nearest to today. Anything else (来週?, 12/32, 2027-02-30)
    is None; the caller keeps the raw text and flags it.
    """
    m = _SHEET_DUE.fullmatch(_normalise(text))
    if m is None or (m["y"] is None and today is None):
        return None
    if m["s1"] is not None and (m["s1"] == "年") != (m["s2"] == "月"):
        return None  # 2026/12月3日
    if m["s1"] not in (None, "年") and m["s1"] != m["s2"]:
        return None  # 2026-12/03
    month, day_of_month = int(m["m"]), int(m["d"])
    if m["y"] is not None:
        day = _safe_date(int(m["y"]), month, day_of_month)
    else:
        assert today is not None
        near = [
            d
            for y in (today.year - 1, today.year, today.year + 1)
            if (d := _safe_date(y, month, day_of_month)) is not None
        ]
        day = min(near, key=lambda d: abs((d - today).days), default=None)
    if day is None:
        return None
    if m["h"] is None:
        return Due(day=day)
    h, mi = int(m["h"]), int(m["mi"] or m["mi2"] or 0)
    if h > 23 or mi > 59:
        return None
    return Due(day=day, at=time(h, mi))
