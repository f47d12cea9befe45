"""The deadline phrases of extraction.md as data: the alternatives a date or time is written
in (Japanese and English), the markers that make one a deadline (までに, by, 期限は) or a
description of the thing (の会議, から, the 9/30 session), and the gaps allowed between a
date, its time and its weekday. :mod:`chatsync.parser.dates` resolves what these find
against the message's send time.
"""

from __future__ import annotations

import re

from chatsync.parser.rules.date_asides import AWAY_STATE
from chatsync.parser.rules.date_asides import SUFFIX_DESC as _SUFFIX_DESC

__all__ = [
    "ANSWER_DAY",
    "BY_FIRST_CHAR",
    "GAP_DATE_TIME",
    "GAP_DATE_WD",
    "GAP_TIME_DATE",
    "KANJI_DIGITS",
    "MONTHS_EN",
    "NEEDS_NFKC",
    "PREFIX_DESC",
    "PREFIX_DESC_HINT_EN",
    "PREFIX_DESC_HINT_JA",
    "PREFIX_MARK",
    "PREFIX_MARK_HINT_EN",
    "PREFIX_MARK_HINT_JA",
    "START",
    "STATE_UNTIL",
    "SUFFIX_DESC",
    "SUFFIX_MARK",
    "WD_EN",
    "WD_JA",
    "may_hold",
]

WD_JA = "月火水木金土日"
WD_EN = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
MONTHS_EN = {
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
KANJI_DIGITS = {
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
# ~2/3 done, 1/2 of the boxes: a fraction, not a day
_FRACTION = r"(?!\s*(?:done|complete|finished|through|of\s+(?:the|it|them|these|those)\b))"
_NOT_COUNT = (
    # (1/6くらいまでに: an approximate day, then the mark — a date after all)
    r"(?!\s*(?:(?:くらい|ぐらい)(?!\s*(?:まで|迄))|程度|ほど|以上|以下|未満|件|個|人|名|枚|本|台|回|社|部|点"
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
    + _FRACTION
    + r"|(?P<md_m2>[0-9]{1,2})\s*月\s*(?P<md_d2>[0-9]{1,2})\s*日(?!間))"
    + _NOT_COUNT
    + _WDP
    + ")",
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
    r"|(?P<wk_k>中(?![央心止断国])|末|いっぱい|内|頭|あたま|アタマ|早々|初め|明け)|(?=\s*(?:まで|迄))))",
    r"(?P<wkx>週内|週明け|週明|週末(?=\s*(?:まで|迄)))",
    # 年内, 年度内, 年明け; （年内） after a to-do
    r"(?P<yr>(?P<yr_k>今年度中|年度内|年度末|今年中|年内|年末|年明け)(?=\s*(?:まで|迄|中|に|で|いっぱい|[、。!！)）,]|$|\s[A-Za-z])))",
    r"(?P<nbd>翌営業日|(?i:next\s+(?:business|working)\s+day))",
    # 明後日, 明日, 今日, 本日 (明日香 is a name)
    r"(?P<rel>一昨日|明後日|明日(?![香美菜奈佳花])|明朝(?!体)|今日|本日|昨日)",
    # 金曜, 金曜日
    r"(?P<wd>(?P<wd_d>[月火水木金土日])曜日?)",
    # (金) on its own
    r"(?P<wdp>\((?P<wdp_d>[月火水木金土日])(?:曜日?)?\))",
    # 午前中, 昼, 夕方, 朝イチ, 定時, 終業, noon
    r"(?P<soft>午前中|正午|夕方|朝一番|朝一|朝イチ|朝いち|午後一番|午後一|午後イチ|午後いち|昼一|昼イチ"
    r"|お?昼(?:過ぎ|すぎ)?(?=\s*(?:まで|迄|に|頃|ごろ|前|で|の?うち|[、。!！?？)]|$))"
    r"|定時(?!後|以降|退社)|終業(?!後|以降)|(?<![A-Za-z])(?i:noon|midday)(?![A-Za-z])"
    # tomorrow am / today morning: the morning of the day just said
    r"|(?:(?<=[Tt]omorrow )|(?<=[Tt]oday )|(?<=[Tt]mrw ))(?i:am|morning)(?![A-Za-z]))",
    # English words
    r"(?P<eod>(?<![A-Za-z])(?i:eod|cob|eob|end\s+of\s+(?:the\s+)?(?:business\s+|work(?:ing)?\s+)?day"
    r"|close\s+of\s+business)(?![A-Za-z]))",
    r"(?P<erel>(?<![A-Za-z])(?P<erel_w>(?i:the\s+day\s+after\s+tomorrow|tomorrow|tmrw|today|tonight"
    r"|yesterday))(?![A-Za-z]))",
    # in 3 days, within two business days; 2 more business days (asked for: from now)
    r"(?P<edur>(?<![A-Za-z])(?:(?i:in|within)\s+|(?=\w+\s+(?i:more|extra)\s))"
    r"(?P<edur_n>[0-9]{1,3}|(?i:one|two|three|four|five|six"
    r"|seven|ten))\s+(?:(?i:more|extra)\s+)?(?P<edur_b>(?i:business|working)\s+)?(?P<edur_u>(?i:days?|weeks?))(?![A-Za-z]))",
    r"(?P<ewk>(?<![A-Za-z])(?i:(?P<ewk_eonw>end\s+of\s+next\s+week)|(?P<ewk_eow>eow|end\s+of\s+"
    r"(?:the\s+|this\s+)?week)|(?P<ewk_early>(?:early|beginning\s+of|start\s+of)\s+next\s+week)"
    r"|(?P<ewk_this>this\s+week(?:end)?|the\s+weekend)|(?P<ewk_next>next\s+week))(?![A-Za-z]))",
    r"(?P<emo>(?<![A-Za-z])(?i:(?P<emo_next>(?:end\s+of\s+)?next\s+month)|(?P<emo_eom>eom|end\s+of\s+"
    r"(?:the\s+|this\s+)?month|this\s+month))(?![A-Za-z]))",
    r"(?P<emd>(?<![A-Za-z])(?P<emd_m>"
    + _MONTH_EN
    + r")\.?\s*(?P<emd_d>[0-9]{1,2})(?i:st|nd|rd|th)?"
    r"(?![0-9])(?:,?\s*(?P<emd_y>20[0-9]{2}))?)",
    # by the 15th
    # (not "the 3rd partition" / "the 5th floor": an ordinal before a noun counts things)
    r"(?P<edom>(?<![A-Za-z])(?i:the)\s+(?P<edom_d>[0-9]{1,2})(?i:st|nd|rd|th)(?![A-Za-z0-9])"
    r"(?!\s+(?!(?:of|at|by|to|or|and|in|for|is|works|latest|eod|noon|morning|afternoon|evening"
    r"|please|pls|then|instead|if|so|but|would|will|should|could|ok|okay|fine)\b)[a-z]{3,}))",
    r"(?P<ewd>(?<![A-Za-z])(?:(?P<ewd_p>(?i:next|this|coming))\s+)?(?P<ewd_d>(?i:monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)|Mon|Tues?|Wed|Thurs?|Thu|Fri|MON|TUE|WED|THU|FRI"
    # Sat and Sun are words too: days only before a time or a date (Sun 06:30, Sat 10/9)
    r"|(?:Sat|Sun|SAT|SUN)(?=,?\s+[0-9])"
    # … after a deadline word, or ending a to-do line after a comma (confirm the crew — Teo, Sat)
    r"|(?:(?<=by )|(?<=on )|(?<=due )|(?<=till )|(?<=until )|(?<=before )|(?<=, ))"
    r"(?:Sat|Sun)(?=\s*$|\s*[.;)!]|\s+(?:latest|eod|EOD|noon|am|pm|at\s+[0-9]))"
    # lower-case abbreviations only where a deadline word says they are days (by fri)
    r"|(?:(?<=by )|(?<=on )|(?<=due )|(?<=till )|(?<=until )|(?<=before )"
    # … or a time (3pm thurs latest, noon fri)
    r"|(?<=pm )|(?<=am )|(?<=noon ))"
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
    "wd": WD_JA,
    "wdp": "(",
    "soft": "午正夕朝昼定終おnNmMaA",
    "eod": "eEcC",
    "erel": "tTyY",
    "edur": "iIwW" + _DIGITS + "oOtTfFsS",
    "ewk": "eEbBsStTnN",
    "emo": "eEtTnN",
    "emd": "jJfFmMaAsSoOnNdD",
    "edom": "tT",
    "ewd": "nNtTcCmMwWfFsS",
}


class _ByFirstChar:
    """One pattern per first character holding only the alternatives that can start there.

    Trying all ~35 alternatives at a position costs ~2.5 µs in ``re``; the few that can
    match cost a tenth of that, and plain chat offers many candidate positions (お, 日, t …).
    The 36 distinct patterns are compiled when a text first needs one (~90 ms for all of
    them), so a start that reads one message pays for the few it meets.
    """

    def __init__(self) -> None:
        names = [re.match(r"\(\?P<(\w+)>", alt) for alt in _ALTERNATIVES]
        self._keys: dict[str, tuple[int, ...]] = {
            ch: tuple(
                i for i, n in enumerate(names) if n is not None and ch in _FIRST_CHARS[n.group(1)]
            )
            for ch in sorted(set("".join(_FIRST_CHARS.values())))
        }
        self._by_key: dict[tuple[int, ...], re.Pattern[str]] = {}
        self._table: dict[str, re.Pattern[str]] = {}

    def get(self, ch: str) -> re.Pattern[str] | None:
        """The pattern for alternatives that may begin with ``ch``; None when none can."""
        rx = self._table.get(ch)
        if rx is None:
            key = self._keys.get(ch)
            if key is None:
                return None
            rx = self._by_key.get(key)
            if rx is None:
                rx = self._by_key[key] = re.compile("|".join(_ALTERNATIVES[i] for i in key))
            self._table[ch] = rx
        return rx


BY_FIRST_CHAR = _ByFirstChar()

# English phrases begin with one of these word prefixes (today, this, Friday, Dec, in 3 days …).
_EN_PREFIXES = (
    "tod tom ton tmr the thi thu tue yes eod eob eow eom end ear cob clo com beg sta nex noo mid"
    " wit mon wed fri sat sun jan feb mar apr may jun jul aug sep oct nov dec in\\s am pm"
    " one two thr fou fiv mor"  # two more days, tomorrow morning
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


START = _start_pattern()


NEEDS_NFKC = re.compile(r"[\u00a0\u2150-\u24ff\u3000\u3200-\u33ff\uf900-\ufaff\uff00-\uffef]")

# A deadline word after the phrase: までに, 中に, 以内, 締切, 〆, 必着, に変更 …
# 来週火曜まで不在 / 金曜までお休み: a state that lasts until the day (not 出張報告書)
SUFFIX_MARK = re.compile(
    # 明日の朝までに / 金曜の夜まで: a part of that day, then the mark
    # 明日のビルドまでに: by an event of that day, so by that day
    # 来週火曜の理事会に間に合えば: in time for an event of that day, so by that day
    r"の[一-龥ァ-ヶーA-Za-z]{1,8}に間に合(?:えば|う|わせ)"
    r"|(?:の(?:朝|夜|晩|うち|(?=[一-龥ァ-ヶーA-Za-z]{1,8}(?:まで|迄)に)[一-龥ァ-ヶーA-Za-z]{1,8}))?"
    r"\s*(?:頃|ごろ|位|くらい)?(?:(?:まで|迄)(?:には|に|で)?(?!は)"
    # 来週火曜まで不在: how long a state lasts, no deadline
    r"(?!" + AWAY_STATE + r")"
    r"|中(?![央心止断旬国間])に?|以内に?"
    r"|(?:が|を)?(?:締(?:め?切り?|め)|〆(?:切り?)?|期限|納期)|必着|着(?:で|希望|指定)|厳守|を?目[処途安](?:に|で)?|めど"
    r"|に(?:延期|延長|変更|後ろ倒し)"
    # tomorrow noon is the cutoff / Friday's the deadline
    r"|\s*(?:is|['’]s)\s+(?:the\s+|our\s+)?(?i:cutoff|cut-off|deadline|due date|hard stop))"
)
# A deadline word before it: 期限は, 締切:, by, due, before, no later than …
PREFIX_MARK = re.compile(
    # (not 賞味期限2037.11.20 / 有効期限: the date a product or a card is good until)
    r"(?:(?:提出)?(?<!賞味)(?<!消費)(?<!有効)(?<!使用)期限|締め?切り?|〆切?り?|納期"
    r"|(?<![A-Za-z])(?i:deadline|due(?:\s+date)?"
    # (logs from before Tuesday: a span of time the thing covers, no deadline)
    r"|due\s+(?:on|by)|by|(?<!from )before|until|till|no\s+later\s+than|not\s+later\s+than"
    r"|(?:push|postpone|extend|bump)(?:ed|ing)?(?:\s+(?:it|this|that|them))?(?:\s+back)?\s+to))"
    r"\s*(?:は|を|が|:|=|日|の|,|(?i:to))?\s*(?:(?i:the|on)\s+)?"  # (same deadline, 9/13)
    r"(?:(?:変わらず|引き続き|そのまま|従来どおり|従来通り)、?\s*)?$"  # 期限は変わらず3/26です
)
# What follows a date that describes an event rather than a deadline: a table of its own.
SUFFIX_DESC = _SUFFIX_DESC
# 納品日の確認、来週水曜で返事しておきます: a day (not a time: 朝イチで連絡します is when)
# given as the answer, not a deadline
ANSWER_DAY = re.compile(r"\s*で\s*(?:お?返事|返信|回答|お?伝え|ご?連絡し)")
PREFIX_DESC = re.compile(
    r"(?:会議|打ち?合わ?せ|定例|ミーティング|MTG|面談|面接|説明会|商談|訪問|来社|来客|出張|研修|セミナー"
    r"|イベント|懇親会|飲み会|新年会|忘年会|送別会|歓迎会|展示会|発売|公開|配信|入社|稼働|休み|休業|出社"
    r"|(?<![A-Za-z])(?i:meeting|workshop|call|sync|review|session|party|event|dinner|lunch)"
    r"(?:\s+(?i:is|was|will\s+be|has\s+moved\s+to|moved\s+to|on))?"  # the pre-meeting on 11/12
    r"|(?<![A-Za-z])(?i:starts?|begins?|launch(?:es)?|goes live|takes effect|kicks? off"
    r"|(?:out|off|away|starting)\s+from|from"  # I'm out from tomorrow: when a state starts
    # move it from Thursday to next week: both ends of the move describe the appointment
    r"|from\s+[\w/:-]+(?:\s+[\w/:-]+)?\s+(?:to|until|till)"
    r"|dated(?:\s+(?:after|before|from|on))?)"  # a diary note dated after 5/6: the note's date
    r"|(?<=[A-Za-z] )(?i:for(?:\s+(?:the|our|a|this))?)"
    # book the range for the rev C flight test on 5/9: the day of what it is for
    r"|(?i:\bfor\s+(?:the|our|a|this|their)\s+(?:[\w-]+\s+){1,4}on))"
    r"(?:日|日程|日時)?\s*(?:は|が|:|=)?\s*$"
)
# "he's away until Thursday", "the office is closed till the 4th": a state, not a deadline.
STATE_UNTIL = re.compile(
    r"(?i:\b(?:is|are|am|was|be|been|'s|'re|'m)\s+(?:\w+\s+){0,4}?"
    r"(?:on|away|out|off|down|offline|closed|shut|busy|abroad|travelling|traveling|booked|unavailable"
    r"|in\s+\w+)\b"
    r"[^.!?。]*\b(?:until|till|through)\s*(?:the\s+|on\s+)?)$"
)
# will do — off today for the holiday / I'm out Friday: the day someone is away, said at a
# clause's start or after who is away (not "send it out today": the verb's particle)
AWAY_BEFORE = re.compile(
    r"(?:^|[—–,;:.!?]\s*|\b(?:i'm|i am|i'll be|i will be|we're|we'll be|\w+'s|\w+ is)\s+)"
    # (the print shop is closed for Obon 8/13–8/16: the reason before the days)
    # (I'm at a conference in Lyon this week: where the sender is, not when the work is due)
    r"(?:off|out|ooo|away|sick|offline|closed|shut|on\s+(?:leave|holiday|vacation)"
    r"|at\s+(?:a|an|the)\s+[\w-]+(?:\s+in\s+[\w-]+)?)\s+(?:for\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
    r"(?:on\s+)?(?:[0-9/]+\s*(?:,|and|&|[–~〜-])\s*){0,3}$",
    re.I,
)
# Cheap tests that a look-back window may hold a match: the searches above try every start
# position of the window (~3 µs), these are one C scan or a few substring tests.
PREFIX_MARK_HINT_JA = re.compile(r"[期締〆納]")
PREFIX_MARK_HINT_EN = (
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
PREFIX_DESC_HINT_JA = re.compile(r"[会打定ミ面説商訪来出研セイ懇飲新忘送歓展発公配入稼休]|MTG")
PREFIX_DESC_HINT_EN = (
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
    "from",
    "dated",
)


def may_hold(window: str, ja: re.Pattern[str], en: tuple[str, ...]) -> bool:
    if ja.search(window) is not None:
        return True
    low = window.lower()
    return any(w in low for w in en)


# Gaps allowed between a date and its time: 明日の15時, 12/10 17:00, tomorrow at 3pm.
GAP_DATE_TIME = re.compile(r"[\s、,のは]{0,3}|\s*(?i:at|@|,)\s*")
# Time before date, as English writes it: 3pm tomorrow, 10:00 on Friday.
GAP_TIME_DATE = re.compile(r"\s*,?\s*(?i:on\s+)?")
# A date followed by its weekday in words: 来月15日の金曜.
GAP_DATE_WD = re.compile(r"\s*の?\s*")
