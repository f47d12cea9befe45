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


# --------------------------------------------------------------------------- patterns

_WD_JA = "月火水木金土日"
_WD_EN = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_MONTHS_EN = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_KANJI_DIGITS = {
    "一": 1,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

# An optional weekday in brackets after a date: (金), (金曜), (金曜日), (月・祝), (Fri).
_WDP = (
    r"(?:\s*\((?:[月火水木金土日](?:曜日?)?(?:[・/,][祝休]日?)?"
    r"|(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\))?"
)
_NUM = r"(?:[0-9]{1,3}|[一二三四五六七八九十]{1,3})"
_MONTH_EN = (
    r"(?:(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|May|MAY)"
)
# Numbers followed by these are quantities, not month/day: 3/4くらい, 10/20件.
_NOT_COUNT = (
    r"(?!\s*(?:くらい|ぐらい|程度|ほど|以上|以下|未満|件|個|人|名|枚|本|台|回|社|部|点"
    r"|ページ|頁|%|円|倍|割|ずつ))"
)

_ALTERNATIVES = [
    # Spans to swallow so that nothing inside reads as a date: recurring days, 年末年始.
    r"(?P<ign>毎(?:週|月|日|朝|年)(?:の)?(?:[0-9]{1,2}日|[月火水木金土日]曜日?)?|年末年始|年始年末)",
    # 2026/12/5, 2026-12-05, 2026.12.5, 2026年12月5日
    r"(?P<ymd>(?<![0-9\-/.])(?P<ymd_y>20[0-9]{2})\s*(?:年\s*(?P<ymd_m1>[0-9]{1,2})\s*月\s*"
    r"(?P<ymd_d1>[0-9]{1,2})\s*日|(?P<ymd_sep>[/\-.])(?P<ymd_m2>[0-9]{1,2})(?P=ymd_sep)"
    r"(?P<ymd_d2>[0-9]{1,2})(?![0-9]))" + _WDP + ")",
    r"(?P<era>令和\s*(?P<era_y>[0-9]{1,2}|元)\s*年\s*(?P<era_m>[0-9]{1,2})\s*月\s*"
    r"(?P<era_d>[0-9]{1,2})\s*日" + _WDP + ")",
    # 12/5/2026 (US order)
    r"(?P<mdy>(?<![0-9/])(?<![0-9]\.)(?P<mdy_m>[0-9]{1,2})/(?P<mdy_d>[0-9]{1,2})/(?P<mdy_y>20[0-9]{2})"
    r"(?![0-9])" + _WDP + ")",
    # 12月末, 12月中, 1月中旬
    r"(?P<mm>(?<![0-9])(?P<mm_m>[0-9]{1,2})\s*月\s*(?P<mm_k>末|中旬|上旬|下旬|初旬|中(?![央心止断国])"
    r"|いっぱい))",
    # 12/5, 12月5日 (+ optional weekday)
    r"(?P<md>(?<![0-9/\-])(?<![0-9]\.)(?<![0-9]:)(?:(?P<md_m1>[0-9]{1,2})/(?P<md_d1>[0-9]{1,2})(?![0-9/]|\.[0-9])"
    r"|(?P<md_m2>[0-9]{1,2})\s*月\s*(?P<md_d2>[0-9]{1,2})\s*日(?!間))" + _NOT_COUNT + _WDP + ")",
    # 3営業日以内, 3営業日後, 1営業日
    r"(?P<bd>(?<![0-9第])(?P<bd_n>" + _NUM + r")\s*営業日(?P<bd_k>以内|後|目)?)",
    # 2時間以内
    r"(?P<hrs>(?<![0-9])(?P<hrs_n>" + _NUM + r")\s*時間\s*(?:以内|後))",
    # 3日後, 3日以内, 1週間以内
    r"(?P<dur>(?<![0-9月/])(?P<dur_n>" + _NUM + r")\s*(?P<dur_u>日|週間)\s*(?P<dur_k>以内|後))",
    # 25日まで, 17日(木) — a day of the month, only with a deadline word or weekday after it.
    r"(?P<dom>(?:年明け\s*の?\s*)?(?<![0-9/月第])(?P<dom_d>[0-9]{1,2})\s*日(?=\s*(?:\([月火水木金土日]|まで|迄|締|〆|期限"
    r"|必着|の?\s*(?:朝|昼|夕方|午前|午後|[0-9]{1,2}\s*時|[0-9]{1,2}:[0-9]{2}|定時|終業)))"
    + _WDP
    + ")",
    # 15時, 15時半, 午後3時, 17時30分
    r"(?P<tm>(?P<tm_p>午前|午後|朝|夜|夕方|晩|夕)?\s*(?<![0-9/])(?<![0-9]\.)(?<![0-9]:)(?P<tm_h>[0-9]{1,2})\s*時"
    r"(?!間|点|限|代|給)(?:(?P<tm_half>半)|\s*(?P<tm_m>[0-9]{1,2})\s*分(?!間))?)",
    # 15:00, 午後3:00, 3:30pm
    r"(?P<hm>(?P<hm_p>午前|午後|朝|夜|夕方|(?i:am|pm))?\s*(?<![0-9/])(?<![0-9]\.)(?<![0-9]:)(?P<hm_h>[0-9]{1,2}):"
    r"(?P<hm_m>[0-9]{2})(?![0-9]|:[0-9])(?:\s*(?P<hm_s>(?i:[ap])\.?(?i:m)\.?)(?![A-Za-z]))?)",
    # 3pm, 3 p.m.
    r"(?P<ampm>(?<![0-9A-Za-z.:])(?P<ampm_h>[0-9]{1,2})\s*(?P<ampm_s>[APap])\.?[Mm]\.?(?![A-Za-z]))",
    # 5 Dec, 5th of December
    r"(?P<edm>(?<![0-9])(?P<edm_d>[0-9]{1,2})(?i:st|nd|rd|th)?\s*(?i:of\s+)?(?P<edm_m>"
    + _MONTH_EN
    + r")"
    r"(?![A-Za-z])\.?(?:,?\s*(?P<edm_y>20[0-9]{2}))?)",
    # 来月第2営業日
    r"(?P<nmbd>(?P<nmbd_w>来月|今月)\s*の?\s*第\s*(?P<nmbd_n>[0-9]{1,2})\s*営業日)",
    # 来月10日, 今月25日
    r"(?P<nmd>(?P<nmd_w>来月|今月|再来月)\s*の?\s*(?P<nmd_d>[0-9]{1,2})\s*日(?!間)" + _WDP + ")",
    # 来月末, 今月中, 来月中旬
    r"(?P<mper>(?P<mper_w>来月|今月|再来月)\s*(?P<mper_k>末|中旬|上旬|下旬|初旬|中(?![央心止断国])"
    r"|いっぱい|内|頭|初め))",
    # 月末, 月内
    r"(?P<eom>(?<![0-9今来])月(?:末|内))",
    # 来週水曜, 来週の水曜日, 今週中, 来週頭, 再来週中, 来週まで
    r"(?P<wk>(?P<wk_p>再来週|来週|今週|翌週|次週)\s*の?\s*(?:(?P<wk_d>[月火水木金土日])曜日?"
    r"|(?P<wk_k>中(?![央心止断国])|末|いっぱい|内|頭|早々|初め|明け)|(?=\s*(?:まで|迄))))",
    r"(?P<wkx>週内|週明け|週明|週末(?=\s*(?:まで|迄)))",
    # 年内, 年度内, 年明け
    r"(?P<yr>(?P<yr_k>今年度中|年度内|年度末|今年中|年内|年末|年明け)(?=\s*(?:まで|迄|中|に|で|いっぱい|[、。!！]|$)))",
    r"(?P<nbd>翌営業日|(?i:next\s+(?:business|working)\s+day))",
    # 明後日, 明日, 今日, 本日 (明日香 is a name)
    r"(?P<rel>一昨日|明後日|明日(?![香美菜奈佳花])|明朝(?!体)|今日|本日|昨日)",
    # 金曜, 金曜日
    r"(?P<wd>(?P<wd_d>[月火水木金土日])曜日?)",
    # (金) on its own
    r"(?P<wdp>\((?P<wdp_d>[月火水木金土日])(?:曜日?)?\))",
    # 午前中, 昼, 夕方, 朝イチ, 定時, 終業, noon
    r"(?P<soft>午前中|正午|夕方|朝一番|朝一|朝イチ|朝いち|午後一番|午後一|午後イチ|午後いち|昼一|昼イチ"
    r"|お?昼(?=\s*(?:まで|迄|に|頃|ごろ|前|で|の?うち|[、。!！?？)]|$))"
    r"|定時(?!後|以降|退社)|終業(?!後|以降)|(?<![A-Za-z])(?i:noon|midday)(?![A-Za-z]))",
    # English words
    r"(?P<eod>(?<![A-Za-z])(?i:eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day"
    r"|close\s+of\s+business)(?![A-Za-z]))",
    r"(?P<erel>(?<![A-Za-z])(?P<erel_w>(?i:the\s+day\s+after\s+tomorrow|tomorrow|tmrw|today|tonight"
    r"|yesterday))(?![A-Za-z]))",
    r"(?P<edur>(?<![A-Za-z])(?i:in|within)\s+(?P<edur_n>[0-9]{1,3}|(?i:one|two|three|four|five|six"
    r"|seven|ten))\s+(?P<edur_b>(?i:business|working)\s+)?(?P<edur_u>(?i:days?|weeks?))(?![A-Za-z]))",
    r"(?P<ewk>(?<![A-Za-z])(?i:(?P<ewk_eonw>end\s+of\s+next\s+week)|(?P<ewk_eow>eow|end\s+of\s+"
    r"(?:the\s+|this\s+)?week)|(?P<ewk_early>(?:early|beginning\s+of|start\s+of)\s+next\s+week)"
    r"|(?P<ewk_this>this\s+week)|(?P<ewk_next>next\s+week))(?![A-Za-z]))",
    r"(?P<emo>(?<![A-Za-z])(?i:(?P<emo_next>(?:end\s+of\s+)?next\s+month)|(?P<emo_eom>eom|end\s+of\s+"
    r"(?:the\s+|this\s+)?month|this\s+month))(?![A-Za-z]))",
    r"(?P<emd>(?<![A-Za-z])(?P<emd_m>"
    + _MONTH_EN
    + r")\.?\s*(?P<emd_d>[0-9]{1,2})(?i:st|nd|rd|th)?"
    r"(?![0-9])(?:,?\s*(?P<emd_y>20[0-9]{2}))?)",
    # by the 15th
    r"(?P<edom>(?<![A-Za-z])(?i:the)\s+(?P<edom_d>[0-9]{1,2})(?i:st|nd|rd|th)(?![A-Za-z0-9]))",
    r"(?P<ewd>(?<![A-Za-z])(?:(?P<ewd_p>(?i:next|this|coming))\s+)?(?P<ewd_d>(?i:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|Mon|Tues?|Wed|Thurs?|Thu|Fri|MON|TUE|WED|THU|FRI"
    # Sat and Sun are words too: days only before a time or a date (Sun 06:30, Sat 10/9)
    r"|(?:Sat|Sun|SAT|SUN)(?=,?\s+[0-9])"
    # lower-case abbreviations only where a deadline word says they are days (by fri)
    r"|(?:(?<=by )|(?<=on )|(?<=due )|(?<=till )|(?<=until )|(?<=before ))"
    r"(?:mon|tues?|wed|thu(?:rs?)?|fri))(?![A-Za-z])\.?)",
]
_DIGITS = "0123456789"
_KANJI_NUM = "一二三四五六七八九十"
# The characters each alternative can begin with (both cases for English words).
_FIRST_CHARS = {
    "ign": "毎年",
    "ymd": "2",
    "era": "令",
    "mdy": _DIGITS,
    "mm": _DIGITS,
    "md": _DIGITS,
    "bd": _DIGITS + _KANJI_NUM,
    "hrs": _DIGITS + _KANJI_NUM,
    "dur": _DIGITS + _KANJI_NUM,
    "dom": _DIGITS + "年",
    "tm": _DIGITS + "午朝夜夕晩",
    "hm": _DIGITS + "午朝夜夕aApP",
    "ampm": _DIGITS,
    "edm": _DIGITS,
    "nmbd": "来今",
    "nmd": "来今再",
    "mper": "来今再",
    "eom": "月",
    "wk": "再来今翌次",
    "wkx": "週",
    "yr": "今年",
    "nbd": "翌nN",
    "rel": "一明今本昨",
    "wd": _WD_JA,
    "wdp": "(",
    "soft": "午正夕朝昼定終おnNmM",
    "eod": "eEcC",
    "erel": "tTyY",
    "edur": "iIwW",
    "ewk": "eEbBsStTnN",
    "emo": "eEtTnN",
    "emd": "jJfFmMaAsSoOnNdD",
    "edom": "tT",
    "ewd": "nNtTcCmMwWfFsS",
}


def _compile_by_first_char() -> dict[str, re.Pattern[str]]:
    """One pattern per first character holding only the alternatives that can start there.

    Trying all ~35 alternatives at a position costs ~2.5 µs in ``re``; the few that can
    match cost a tenth of that, and plain chat offers many candidate positions (お, 日, t …).
    """
    names = [re.match(r"\(\?P<(\w+)>", alt) for alt in _ALTERNATIVES]
    by_key: dict[tuple[int, ...], re.Pattern[str]] = {}
    table: dict[str, re.Pattern[str]] = {}
    for ch in sorted(set("".join(_FIRST_CHARS.values()))):
        key = tuple(
            i for i, n in enumerate(names) if n is not None and ch in _FIRST_CHARS[n.group(1)]
        )
        if key not in by_key:
            by_key[key] = re.compile("|".join(_ALTERNATIVES[i] for i in key))
        table[ch] = by_key[key]
    return table


_BY_FIRST_CHAR = _compile_by_first_char()

# English phrases begin with one of these word prefixes (today, this, Friday, Dec, in 3 days …).
_EN_PREFIXES = (
    "tod tom ton tmr the thi thu tue yes eod eob eow eom end ear cob clo com beg sta nex noo mid"
    " wit mon wed fri sat sun jan feb mar apr may jun jul aug sep oct nov dec in\\s am pm"
)


def _start_pattern() -> re.Pattern[str]:
    """Positions where some pattern may begin, as one regex that starts with a character set
    (so ``re`` scans for it in C): a Japanese/number start character, or an English word start
    whose first letters begin a known phrase."""
    follow: dict[str, list[str]] = {}
    for word in _EN_PREFIXES.split():
        follow.setdefault(word[0], []).append(word[1:])
    english = "|".join(
        f"(?<=[{c.upper()}{c}])(?i:{'|'.join(rest)})" for c, rest in sorted(follow.items())
    )
    first = "".join(sorted({c for c in follow} | {c.upper() for c in follow}))
    return re.compile(
        rf"[0-9今明本昨一二三四五六七八九十来再翌次週月火水木金土日年令午朝昼夕夜晩定終正お毎({first}]"
        rf"(?:(?<![A-Za-z])|(?<![A-Za-z].)(?={english}))"
    )


_START = _start_pattern()


_NEEDS_NFKC = re.compile(r"[\u00a0\u2150-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\uff00-\uffef]")

# A deadline word after the phrase: までに, 中に, 以内, 締切, 〆, 必着, に変更 …
_SUFFIX_MARK = re.compile(
    r"\s*(?:頃|ごろ|位|くらい)?(?:(?:まで|迄)(?:には|に|で)?(?!は)|中(?![央心止断旬国間])に?|以内に?"
    r"|(?:が|を)?(?:締(?:め?切り?|め)|〆(?:切り?)?|期限|納期)|必着|厳守|を?目[処途安](?:に|で)?|めど"
    r"|に(?:延期|延長|変更|後ろ倒し)"
    # tomorrow noon is the cutoff / Friday's the deadline
    r"|\s*(?:is|['’]s)\s+(?:the\s+|our\s+)?(?i:cutoff|cut-off|deadline|due date|hard stop))"
)
# A deadline word before it: 期限は, 締切:, by, due, before, no later than …
_PREFIX_MARK = re.compile(
    r"(?:(?:提出)?期限|締め?切り?|〆切?り?|納期|(?<![A-Za-z])(?i:deadline|due(?:\s+date)?"
    r"|due\s+(?:on|by)|by|before|until|till|no\s+later\s+than|not\s+later\s+than"
    r"|(?:push|postpone|extend|bump)(?:ed|ing)?(?:\s+(?:it|this|that|them))?(?:\s+back)?\s+to))"
    r"\s*(?:は|を|が|:|=|日|の|(?i:to))?\s*(?:(?i:the|on)\s+)?$"
)
# What follows a date that describes an event rather than a deadline (の + noun, から …).
_SUFFIX_DESC = re.compile(
    r"\s*(?:の(?!\s*(?:うち|内|間|中|朝|昼|夕|午前|午後|夜|晩|定時|終業|始業|[0-9]))"
    r"|から|より|[〜~～\-–]|以降|以後|開催|実施|予定|開始|[朝昼夜晩]?(?:発(?![送注行表])|着(?!手)|戻り|出発)"
    r"|時点|現在|なので|ので|だから|ため|に(?:開催|実施|予定|行われ|始ま|出発|到着|戻)"
    # 10/1に届いた請求書: a past verb before a noun says when the thing happened
    r"|に[ぁ-ん一-龥]{1,6}?[ただ](?=[一-龥ァ-ヶー])"
    # 8/16の朝に入る冷凍便, 明日届く荷物: a verb before a noun says when the thing comes
    r"|(?:の(?:朝|昼|夕方|夜|午前|午後))?に?[一-龥][ぁ-ん]{0,3}?[うくぐすつぬぶむる](?=[一-龥ァ-ヶー])"
    r"|に(?:すみません|すいません|ごめん|申し訳|失礼|ありがとう|感謝|お疲れ|恐縮)"
    r"|に(?:相談(?:しよう|しましょう|させ|する|します)|話し合(?:おう|いましょう)|話そう|話しましょう"
    r"|集ま(?:ろう|りましょう|る|ります))"
    r"|で\s*[0-9]+\s*(?:名|人|部屋|室|席|泊|台)"
    r"|は(?:休|お休|祝|出社|在宅|不在|外出|出張|直行|直帰|半休|有給|会議|打ち?合わ?せ|研修)"
    # Mon to Fri is a range; "tomorrow to have it checked" is the work's purpose
    r"|\s+(?i:to|until|through)\s+(?=[0-9]|(?i:the\s+[0-9]|mon|tue|wed|thu|fri|sat|sun|jan|feb"
    r"|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|end|noon|midnight))"
    r"|['’]s(?![A-Za-z])"
    # the 9/30 session, the 9/2 batch: an English noun after the day names the thing
    r"|\s+(?i:session|meeting|call|event|party|launch|workshop|visit|trip|shipment|delivery"
    r"|batch|order|booking|slot|class|build|release|edition|newsletter|sale|webinar|demo"
    r"|kickoff|offsite|training|shift|flight|dinner|lunch|run|standup|sync)\b)"
)
_PREFIX_DESC = re.compile(
    r"(?:会議|打ち?合わ?せ|定例|ミーティング|MTG|面談|面接|説明会|商談|訪問|来社|来客|出張|研修|セミナー"
    r"|イベント|懇親会|飲み会|新年会|忘年会|送別会|歓迎会|展示会|発売|公開|配信|入社|稼働|休み|休業|出社"
    r"|(?<![A-Za-z])(?i:meeting|workshop|call|sync|review|session|party|event|dinner|lunch)"
    r"(?:\s+(?i:is|was|will\s+be|has\s+moved\s+to|moved\s+to))?"
    r"|(?<![A-Za-z])(?i:starts?|begins?|launch(?:es)?|goes live|takes effect|kicks? off)"
    r"|(?<=[A-Za-z] )(?i:for(?:\s+(?:the|our|a|this))?))"
    r"(?:日|日程|日時)?\s*(?:は|が|:|=)?\s*$"
)
# "he's away until Thursday", "the office is closed till the 4th": a state, not a deadline.
_STATE_UNTIL = re.compile(
    r"(?i:\b(?:is|are|am|was|be|been|'s|'re|'m)\s+(?:\w+\s+){0,4}?"
    r"(?:on|away|out|off|closed|busy|abroad|travelling|traveling|booked|unavailable|in\s+\w+)\b"
    r"[^.!?。]*\b(?:until|till|through)\s*(?:the\s+|on\s+)?)$"
)
# Cheap tests that a look-back window may hold a match: the searches above try every start
# position of the window (~3 µs), these are one C scan or a few substring tests.
_PREFIX_MARK_HINT_JA = re.compile(r"[期締〆納]")
_PREFIX_MARK_HINT_EN = (
    "by",
    "due",
    "before",
    "until",
    "till",
    "later",
    "deadline",
    "push",
    "postpone",
    "extend",
    "bump",
)
_PREFIX_DESC_HINT_JA = re.compile(r"[会打定ミ面説商訪来出研セイ懇飲新忘送歓展発公配入稼休]|MTG")
_PREFIX_DESC_HINT_EN = (
    " for",
    "meeting",
    "workshop",
    "call",
    "sync",
    "review",
    "session",
    "party",
    "event",
    "dinner",
    "lunch",
    "start",
    "begin",
    "launch",
    "live",
    "effect",
    "kick",
)


def _may_hold(window: str, ja: re.Pattern[str], en: tuple[str, ...]) -> bool:
    if ja.search(window) is not None:
        return True
    low = window.lower()
    return any(w in low for w in en)


# Gaps allowed between a date and its time: 明日の15時, 12/10 17:00, tomorrow at 3pm.
_GAP_DATE_TIME = re.compile(r"[\s、,のは]{0,3}|\s*(?i:at|@|,)\s*")
# Time before date, as English writes it: 3pm tomorrow, 10:00 on Friday.
_GAP_TIME_DATE = re.compile(r"\s*,?\s*(?i:on\s+)?")
# A date followed by its weekday in words: 来月15日の金曜.
_GAP_DATE_WD = re.compile(r"\s*の?\s*")


# --------------------------------------------------------------------------- tokens

_DATE, _TIME, _DATETIME, _EOD, _WEEKDAY = range(5)


class _Tok:
    """A resolved phrase before merging (mutable, internal)."""

    __slots__ = ("at", "day", "deadline", "end", "explicit", "kind", "start")

    def __init__(
        self,
        kind: int,
        start: int,
        end: int,
        day: date | None,
        at: time | None = None,
        deadline: bool = False,
        explicit: bool = False,
    ) -> None:
        self.kind = kind
        self.start = start
        self.end = end
        self.day = day
        self.at = at
        self.deadline = deadline
        self.explicit = explicit


def _knum(s: str) -> int | None:
    """'12' or a small kanji number (三, 十, 十五, 二十) → int."""
    if s.isascii():
        return int(s) if s.isdigit() else None
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = _KANJI_DIGITS.get(head, 0) if head else 1
        ones = _KANJI_DIGITS.get(tail, 0) if tail else 0
        if (head and head not in _KANJI_DIGITS) or (tail and tail not in _KANJI_DIGITS):
            return None
        return tens * 10 + ones
    return _KANJI_DIGITS.get(s) if len(s) == 1 else None


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
    j = _WD_JA.find(c)
    if j >= 0:
        return j
    return _WD_EN.get(s[i + 1 : i + 4].lower())


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
    "noon": time(12, 0),
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
    """Resolve one match of a ``_BY_FIRST_CHAR`` pattern; None when not a real date (12/32)."""
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
        mo_num = _MONTHS_EN[g(p + "m")[:3].lower()]
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
            return _Tok(_DATE, s, e, monday + timedelta(days=7 * weeks + _WD_JA.index(wd)))
        if wk_k in ("頭", "早々", "初め", "明け"):
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
        wd_i = _WD_JA.index(g("wd_d"))
        return _Tok(_WEEKDAY, s, e, today + timedelta(days=(wd_i - today.weekday()) % 7))
    if kind == "wdp":
        wd_i = _WD_JA.index(g("wdp_d"))
        return _Tok(_WEEKDAY, s, e, today + timedelta(days=(wd_i - today.weekday()) % 7))
    if kind == "soft":
        word = m.group().lower()
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
        return _Tok(_DATE, s, e, today + timedelta(days=off))
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
        wd_i = _WD_EN[g("ewd_d")[:3].lower()]
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
    if pk in (_DATE, _WEEKDAY, _EOD) and ck == _TIME and _GAP_DATE_TIME.fullmatch(gap):
        prev.kind, prev.at, prev.end = _DATETIME, cur.at, cur.end
        return True
    if pk == _TIME and ck in (_DATE, _WEEKDAY) and _GAP_TIME_DATE.fullmatch(gap):
        prev.kind, prev.day, prev.end = _DATETIME, cur.day, cur.end
        prev.deadline = prev.deadline or cur.deadline
        return True
    if pk in (_DATE, _WEEKDAY, _DATETIME) and ck == _EOD and _GAP_TIME_DATE.fullmatch(gap):
        prev.end, prev.deadline = cur.end, True  # tomorrow EOD
        return True
    if pk == _EOD and ck in (_DATE, _WEEKDAY) and _GAP_TIME_DATE.fullmatch(gap):
        prev.kind, prev.day, prev.end = ck, cur.day, cur.end  # EOD Friday
        return True
    if pk == _DATE and prev.explicit and ck == _WEEKDAY and _GAP_DATE_WD.fullmatch(gap):
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
    if not text.isascii() and _NEEDS_NFKC.search(text):
        return unicodedata.normalize("NFKC", text)
    return text


@dataclass(frozen=True, slots=True)
class _Found:
    mention: DateMention
    describes: bool


def _scan(text: str, sent: datetime, calendar: BusinessCalendar) -> list[_Found]:
    text = _normalise(text)
    spots = [m.start() for m in _START.finditer(text)]
    if not spots:
        return []
    today = sent.date()
    toks: list[_Tok] = []
    by_char = _BY_FIRST_CHAR
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

    found: list[_Found] = []
    for t in toks:
        day = t.day if t.day is not None else today
        due = Due(day=day, at=t.at)
        start, end = t.start, t.end
        deadline = t.deadline
        after = _SUFFIX_MARK.match(text, end)
        if after is not None and after.end() > end:
            deadline = True
            end = after.end()
        elif deadline and text[end - 1] in "中内" and text.startswith("に", end):
            end += 1  # 今週中に, 3日以内に: the particle belongs to the phrase
        lo = max(0, start - 24)
        if _may_hold(text[lo:start], _PREFIX_MARK_HINT_JA, _PREFIX_MARK_HINT_EN):
            before = _PREFIX_MARK.search(text, lo, start)
            if before is not None and _STATE_UNTIL.search(text, max(0, start - 48), start):
                found.append(_Found(DateMention(due, start, end, False, text[start:end]), True))
                continue  # he's on a trip until Thursday: how long a state lasts
            if before is not None:
                deadline = True
                start = before.start()
        describes = False
        if not deadline:
            lo = max(0, start - 32)
            describes = _SUFFIX_DESC.match(text, end) is not None or (
                _may_hold(text[lo:start], _PREFIX_DESC_HINT_JA, _PREFIX_DESC_HINT_EN)
                and _PREFIX_DESC.search(text, lo, start) is not None
            )
        found.append(_Found(DateMention(due, start, end, deadline, text[start:end]), describes))
    return found


def find_dates(text: str, sent: datetime, calendar: BusinessCalendar) -> list[DateMention]:
    """All date/time expressions, in order, resolved relative to ``sent`` (aware, room tz).

    Spans refer to the NFKC-normalised text when the input needed normalising.
    """
    return [f.mention for f in _scan(text, sent, calendar)]


def pick_due(text: str, sent: datetime, calendar: BusinessCalendar) -> Due | None:
    """The deadline of the work asked for in ``text``.

    A mention attached to a deadline marker wins (the last one: 会議は12/3、資料は12/2までに
    → 12/2); otherwise the first mention, not already past, that does not describe an event
    (来月10日の新年会…, 10時から); otherwise None (至急, なる早, ASAP and no phrase at all).
    """
    found = _scan(text, sent, calendar)
    for f in reversed(found):
        if f.mention.is_deadline:
            return f.mention.due
    today = sent.date()
    for f in found:
        # 昨日届いた荷物の確認: an unmarked day already past says when, not by when.
        if not f.describes and f.mention.due.day >= today:
            return f.mention.due
    return None


_SHEET_DUE = re.compile(
    r"\s*(?P<y>[0-9]{4})(?:(?P<sep>[-/.])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})"
    r"|年\s*(?P<m2>[0-9]{1,2})\s*月\s*(?P<d2>[0-9]{1,2})\s*日)"
    r"(?:(?:\s+|T)(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::[0-9]{2})?)?\s*"
)


def parse_sheet_due(text: str) -> Due | None:
    """A deadline a person typed into the sheet: ``YYYY-MM-DD[ HH:MM]`` or ``YYYY/M/D[ H:MM]``.

    Anything else (来週?, 12/32, 2027-02-30) is None; the caller keeps the raw text and flags it.
    """
    m = _SHEET_DUE.fullmatch(_normalise(text))
    if m is None:
        return None
    day = _safe_date(int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"]))
    if day is None:
        return None
    if m["h"] is None:
        return Due(day=day)
    h, mi = int(m["h"]), int(m["mi"])
    if h > 23 or mi > 59:
        return None
    return Due(day=day, at=time(h, mi))
