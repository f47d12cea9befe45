"""Stage 4a, the edges of a Japanese work phrase: what is cut before the work (greetings,
vocatives, a purpose or an occasion, the sender), after it (light verbs, particles), inside
it (fillers, conditions, date phrases), and how the rest renders as a title (議事録を共有 →
議事録の共有; 請求書を送って → 請求書を送る). :mod:`chatsync.parser.work` finds the phrase."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chatsync.parser.morph import Token
from chatsync.parser.phrase import TITLE_MAX
from chatsync.parser.phrase import in_spans as _in_spans
from chatsync.parser.phrase import join_tokens as _join
from chatsync.parser.rules.lexicon import LEXICON

__all__ = [
    "LIGHT",
    "apart_lead",
    "basis_lead",
    "content",
    "drop_inner",
    "render",
    "strip_lead",
    "strip_tail",
    "without_condition",
    "without_reminder",
    "without_spans",
]

LIGHT = _LIGHT = LEXICON["LIGHT"] | {
    "ある",
    "いる",
    "おる",
    "てる",
    "ちゃう",
    "じゃう",
    "ほしい",
    "たのむ",
}
_FILLER = LEXICON["FILLER"]
_INSTEAD = LEXICON["INSTEAD"]
_LEAD_DE = LEXICON["LEAD_DE"]
_THANKS = LEXICON["THANKS"]
_LEAD_WORDS = _THANKS | LEXICON["ACCEPT_LEAD"]  # 了解、…をかけといてもらえる？: an answer first
_SELF = LEXICON["SELF"]
_TIME = LEXICON["TIME"]
_EDGE_NOUNS = LEXICON["EDGE_NOUNS"]
_POLITE_IF = LEXICON["POLITE_IF"]
_REASONS = LEXICON["REASONS"]
_FRAMING = LEXICON["FRAMING"]
_TIME = LEXICON["TIME"]


_OCCASION_NOUNS = frozenset({"際", "とき", "時", "ついで", "合間"})


def _circumstance(seg: Sequence[Token]) -> bool:
    """A reason or a frame before the work: 会議で使うので、/ 計画に向けて、/ 切れるから、."""
    if len(seg) < 2:
        return False
    last, before = seg[-1], seg[-2]
    if last.lemma in _REASONS and before.cls in "vajk":
        return True
    if last.lemma == "だ" and before.lemma == "の":
        return True
    if last.lemma == "ば" and any(t.lemma in _POLITE_IF for t in seg):
        return True  # 差し支えなければ、/ よろしければ、: a manner, not a condition
    if last.lemma == "に" and before.lemma in _OCCASION_NOUNS:
        return True  # お手すきの際に、… / 時間のあるときに、…
    return last.lemma == "て" and before.lemma in _FRAMING


_SPARE_TIME = frozenset({"手すき", "手隙", "時間", "余裕", "都合", "手空き"})


def _honorific_o(t: Token) -> bool:
    return t.cls == "f" and t.lemma == "お"


def _polite_o(toks: Sequence[Token], i: int) -> bool:
    """The お/ご of politeness before a verb or action noun (ご確認, お送り, ご担当箇所), not
    one that is part of a name (英語おはなし会: お, a word in kana, then a noun)."""
    if not (_honorific_o(toks[i]) and i + 1 < len(toks) and toks[i + 1].cls in "sv"):
        return False
    return not _o_of_a_name(toks, i)


def without_reminder(body: list[Token]) -> list[Token]:
    """採血、忘れずにお願いします / 返却を忘れないようにお願いします: 忘れずに is how to do
    it; the work is what comes before it."""
    for k, t in enumerate(body):
        if t.lemma in _FORGET and k + 1 < len(body) and body[k + 1].lemma == "ない":
            end = k + 2
            while end < len(body) and body[end].lemma in ("よう", "に", "だ", "で"):
                end += 1
            if k > 0:
                return [*body[:k], *body[end:]]
    return body


def _o_of_a_name(toks: Sequence[Token], i: int) -> bool:
    """おはなし会: お, a word in kana, then a noun — one name, not a polite お."""
    return (
        toks[i].surface == "お"
        and i + 2 < len(toks)
        and _HIRAGANA.fullmatch(toks[i + 1].surface) is not None
        and toks[i + 2].cls in "nx"
    )


_FORGET = LEXICON["FORGET"]
_HIRAGANA = re.compile(r"[ぁ-ゖ]+")


def _purpose_lead(toks: Sequence[Token]) -> int:
    """Where the work starts after 「Xのため(に)」 (社内調整のため): why, not what."""
    for k, t in enumerate(toks[:7]):
        if t.lemma in ("為", "ため") and t.cls == "n" and k >= 2 and toks[k - 1].lemma == "の":
            j = k + 1
            while j < len(toks) and toks[j].surface in ("に", "、", ",", "は"):
                j += 1
            return j if any(content(x) for x in toks[j:]) else 0
    return 0


def basis_lead(toks: Sequence[Token]) -> int:
    """Where the work starts after 「Xを元に / を参考に / を踏まえて」 (これを元に追加見積を作る):
    what the work draws on, not the work."""
    for k, t in enumerate(toks[:7]):
        if t.lemma == "を" and t.cls == "c" and k >= 1 and k + 2 < len(toks):
            basis, link = toks[k + 1], toks[k + 2]
            if basis.lemma in _BASIS and link.lemma in ("に", "て") and link.cls == "c":
                j = k + 3
                while j < len(toks) and toks[j].surface in ("、", ","):
                    j += 1
                return j if any(content(x) for x in toks[j:]) else 0
            return 0
    return 0


_BASIS = LEXICON["BASIS"]


def apart_lead(toks: Sequence[Token]) -> int:
    """Where the work starts after 「それとは別で / これとは別に」: other work than that said."""
    words = [t.lemma for t in toks[:5]]
    if len(words) >= 5 and words[0] in ("それ", "これ") and words[1:4] == ["と", "は", "別"]:
        j = 4 if words[4] not in ("で", "に", "だ") else 5
        while j < len(toks) and toks[j].surface in ("、", ","):
            j += 1
        return j if any(content(x) for x in toks[j:]) else 0
    return 0


def _courtesy_occasion(toks: Sequence[Token]) -> int:
    """Where the work starts after a lead 'when you have a moment' (お手すきの際に, 時間のある時に).

    Only spare time counts: 会議の際に配る資料 keeps its occasion, which says which material.
    """
    for i, t in enumerate(toks[:6]):
        if t.lemma == "に" and t.cls == "c" and i > 1 and toks[i - 1].lemma in _OCCASION_NOUNS:
            if any(x.lemma in _SPARE_TIME for x in toks[:i]) and len(toks) > i + 1:
                return i + 1
            return 0
    return 0


_ADDRESSEES = LEXICON["ADDRESSEES"]
_HONORIFIC_SUFFIX = LEXICON["HONORIFIC_SUFFIX"]


def content(t: Token) -> bool:
    return t.cls in "snpvkq" and t.lemma not in _LIGHT


_ROMAN_HONORIFIC = LEXICON["ROMAN_HONORIFIC"]


def _before_lead(toks: Sequence[Token]) -> int:
    """How many tokens "X前に" takes at the start (連休前に, 会議の前に): a time before an
    event says when the work is due, not what it is; 0 when there is none."""
    k = 0
    while k < min(len(toks), 4) and toks[k].cls in "ns" and toks[k].lemma != "前":
        k += 1
    if k and k < len(toks) and toks[k].lemma == "の":
        k += 1
    if (
        0 < k < len(toks) - 2
        and toks[k].lemma == "前"
        and "副詞可能" in toks[k].pos
        and (toks[k + 1].lemma in ("に", "は") or toks[k + 1].surface in ("、", ","))
    ):
        k += 2
        return k + 1 if toks[k].surface in ("、", ",") and k + 1 < len(toks) else k
    return 0


def strip_lead(toks: list[Token]) -> list[Token]:
    """Greetings, acknowledgements, fillers, vocatives, the sender and particles before the work."""
    changed = True
    while toks and changed:
        changed = False
        # A greeting or courtesy up to its comma (お忙しいところすみませんが、…).
        comma = next((i for i, t in enumerate(toks) if t.surface in ("、", ",")), -1)
        lead = toks[:comma] if comma > 0 else []
        if any(t.lemma in _LEAD_WORDS for t in lead) and not any(
            content(t) and t.lemma not in _LEAD_WORDS and t.cls != "p" for t in lead
        ):
            toks = toks[comma + 1 :]
            changed = True
            continue
        # A purpose or circumstance before the work (来期の計画に向けて、…; 会議で使うので、…).
        if comma > 0 and _circumstance(toks[:comma]) and len(toks) > comma + 2:
            toks = toks[comma + 1 :]
            changed = True
            continue
        # A purpose before the work: 社内調整のため金曜までにご確認 → 確認.
        at = _purpose_lead(toks)
        if at:
            toks = toks[at:]
            changed = True
            continue
        # A courtesy occasion without a comma: お手すきの際に見ていただけますか.
        at = _courtesy_occasion(toks)
        if at:
            toks = toks[at:]
            changed = True
            continue
        # A person as the topic: 古川さんは導入事例を… (the assignee, not the work).
        if (
            len(toks) > 2
            and toks[0].cls == "p"
            and toks[1].lemma in _HONORIFIC_SUFFIX
            and toks[2].lemma in ("は", "も")
            and toks[2].cls == "c"
        ):
            toks = toks[3:]
            changed = True
            continue
        # A romanised vocative: Alan-san、 / Mei san,
        k = 2 if len(toks) > 2 and toks[1].surface == "-" else 1
        if (
            len(toks) > k + 1
            and toks[0].surface.isascii()
            and toks[0].surface.isalpha()
            and toks[k].lemma in _ROMAN_HONORIFIC
            and toks[k + 1].surface in ("、", ",")
        ):
            toks = toks[k + 2 :]
            changed = True
            continue
        # A role called: 今日の当番の方、見ていただけますか (who is asked, not the work).
        if comma >= 2 and toks[comma - 1].lemma in ("方", "かた") and toks[comma - 2].lemma == "の":
            toks = toks[comma + 1 :]
            changed = True
            continue
        # A vocative: 田中さん、 / 田中さん (at the start).
        for k in (1, 2, 3):
            if (
                len(toks) > k
                and toks[k].lemma in _HONORIFIC_SUFFIX
                and all(t.cls in "pnr" for t in toks[:k])
            ):
                nxt = toks[k + 1] if len(toks) > k + 1 else None
                if nxt is None or nxt.surface in ("、", ",", ":", "：") or nxt.start > toks[k].end:
                    toks = toks[k + 1 :]
                    changed = True
                break
        if changed:
            continue
        at = _before_lead(toks)
        if at:
            toks = toks[at:]  # 連休前に、…直していただけると / 納品前に検品を: when, not what
            changed = True
            continue
        t = toks[0]
        if t.lemma in _INSTEAD and len(toks) > 1 and toks[1].lemma == "に":
            toks = toks[2:]  # 代わりにお願いできますか: in my place, the work said before
            changed = True
            continue
        if t.lemma == "それ" and len(toks) > 2 and toks[1].lemma == "と" and toks[2].cls == "y":
            toks = toks[3:]  # それと、報告書がまだ…: "and also", then the thing
            changed = True
            continue
        if t.lemma in _LEAD_DE and len(toks) > 2 and toks[1].lemma == "で" and toks[2].cls == "y":
            toks = toks[3:]  # 追加で、第4章の確認をお願いします: how the ask comes, not its work
            changed = True
            continue
        if t.lemma in _ADDRESSEES and len(toks) > 1 and toks[1].surface in ("、", ",", "へ"):
            toks = toks[2:]  # 全員、アンケート回答お願いします
            changed = True
            continue
        if t.cls == "y" and t.surface in _KEEP_LEADING:
            break  # =IMPORTXML(…), +1, #231: the text as typed (the sheet keeps it inert)
        if t.lemma in _SELF:
            toks = toks[1:]
            while toks and toks[0].lemma in _AFTER_SELF:
                toks = toks[1:]  # 私の方で, 私から, こちらで
            changed = True
            continue
        if (
            t.cls in "cyaeid"
            or t.lemma in _FILLER
            or t.lemma in _SELF
            or t.lemma in _THANKS
            or (
                t.cls == "f"
                and len(toks) > 1
                and toks[1].cls not in "snq"
                and not _o_of_a_name(toks, 0)
            )  # 第1章 and おはなし会 stay
        ):
            toks = toks[1:]
            changed = True
    return toks


def strip_tail(toks: list[Token]) -> list[Token]:
    while toks:
        t = toks[-1]
        if t.cls in "cyaxfdie" and not (
            t.cls == "x" and t.lemma not in ("中", "頃", "ごろ", "まで")
        ):
            toks = toks[:-1]
            continue
        if t.lemma in _LIGHT or t.lemma in _EDGE_NOUNS or t.lemma in _FILLER:
            toks = toks[:-1]
            continue
        if t.lemma == "なん" and t.cls == "r" and len(toks) > 1:
            toks = toks[:-1]  # #1427 なんですが: the な+ん of "it's that", not "what"
            continue
        break
    return toks


_NOISE_MARKS = frozenset(["!", "?", "。", "!", "?", "~", "〜", "ー", "…", "‥", "♪", "☆", "★", "※"])
_DO = LEXICON["DO"]
_CONDITION_END = LEXICON["CONDITION_END"]


def without_condition(toks: list[Token]) -> tuple[list[Token], bool]:
    """The work without its condition (修正があれば | 私が対応します; 資料を確認して、問題なければ
    | 送って): the phrase from the last comma before the condition to its end goes."""
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i]
        if (t.lemma in _CONDITION_END and t.cls in "cn") or (t.form == "^" and t.cls in "av"):
            j = i + 1
            if t.form == "^" and j < len(toks) and toks[j].lemma == "ば":
                j += 1
            while j < len(toks) and toks[j].lemma in ("は", "、", ",", "に"):
                j += 1
            start = max((k + 1 for k in range(i) if toks[k].surface in ("、", ",")), default=0)
            return toks[:start] + toks[j:], True
    return toks, False


_KEEP_LEADING = frozenset(["=", "+", "-", "@", "#", "(", "「", "『", "[", "<", "�"])
_AFTER_SELF = LEXICON["AFTER_SELF"]


def drop_inner(toks: list[Token]) -> list[Token]:
    """Fillers and the sender inside the phrase (見積は木曜までに私の方で出します → 見積を出す)."""
    out: list[Token] = []
    skip_particle = False
    after_self = False
    quoted = 0
    for i, t in enumerate(toks):
        quoted += (t.surface == "「") - (t.surface == "」")
        if quoted > 0 and t.surface != "「":
            out.append(t)  # 「木曜休診」から…に変更: words quoted as they are
            continue
        if after_self and t.lemma in _AFTER_SELF:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            t.lemma in _TIME
            and t.cls == "n"
            and nxt is not None
            and (nxt.lemma in ("に", "は", "、") or nxt.cls == "s")
        ):
            skip_particle = nxt.cls == "c" or nxt.surface == "、"
            continue  # 週末に対応 / 来週修正: when, not what (but 明日の会議資料 is the thing)
        if t.lemma in _INSTEAD and nxt is not None and nxt.lemma == "に":
            while out and (out[-1].lemma in _HONORIFIC_SUFFIX or out[-1].cls == "p"):
                out.pop()  # 残りの作業、戸川さん代わりに: who stands in, and how, not the work
            skip_particle = True
            continue
        if t.lemma in ("当日", "それ") and nxt is not None and nxt.lemma == "まで":
            skip_particle = True
            continue  # 当日までに処分 / それまでに決める: by the day named before, not what
        after_self = False
        if skip_particle and t.cls == "c":
            skip_particle = t.lemma == "まで"  # (まで, then its に)
            continue
        skip_particle = False
        if t.lemma in _SELF:
            after_self = True
            continue
        if t.lemma in _SELF or (t.cls == "d") or (t.lemma in _FILLER and t.cls in "ndr"):
            skip_particle = True
            continue
        ranged = t.surface in ("〜", "~", "～") and out and out[-1].cls == "q"  # 1〜3章
        if (t.cls == "i" or (t.cls == "y" and t.surface in _NOISE_MARKS)) and not ranged:
            continue
        out.append(t)
    return out


_GIVING_AFTER_STEM = ("ください", "下さい", "いただ", "頂", "お願い", "願い")
_CAN_DO = LEXICON["CAN_DO"]
_E_TO_U = str.maketrans("えけげせてねべめれ", "うくぐすつぬぶむる")


def _plain_verb(lemma: str) -> str:
    """書ける → 書く, 送れる → 送る: the work of "can you …?" is the verb itself."""
    if lemma not in _CAN_DO or len(lemma) < 3:
        return lemma
    return lemma[:-2] + lemma[-2].translate(_E_TO_U)


_OPEN = frozenset({"(", "（", "[", "「"})
_CLOSE = frozenset({")", "）", "]", "」"})


def _without_empty_brackets(toks: list[Token]) -> list[Token]:
    """繁忙期（3/24・3/25）のシフト希望 with its dates cut: the brackets left holding only a
    dot go too."""
    out: list[Token] = []
    for t in toks:
        if t.surface in _CLOSE:
            k = len(out) - 1
            while k >= 0 and out[k].cls == "y" and out[k].surface not in _OPEN:
                k -= 1
            if k >= 0 and out[k].surface in _OPEN and k < len(out) - 0:
                del out[k:]
                continue
        out.append(t)
    return out or toks


def render(text: str, toks: list[Token]) -> str:
    """Tokens → title: the last verb in its dictionary form, ``Xを<action noun>`` → ``Xの…``."""
    if not toks:
        return ""
    if _polite_o(toks, 0):
        toks = toks[1:]  # ご確認 → 確認 (but お詫び文 stays)
    if any(t.cls == "f" for t in toks[1:-1]):
        toks = [
            t for i, t in enumerate(toks) if not (0 < i < len(toks) - 1 and _polite_o(toks, i))
        ]  # 資料をお送りください → 資料を送る; 見積のご確認 → 見積の確認
    last = toks[-1]
    toks = [
        t
        for i, t in enumerate(toks)
        if not (t.surface in ("、", ",") and i > 0 and toks[i - 1].cls == "c")
    ]  # 下書きを、共有 → 下書きを共有
    last = toks[-1]
    if (
        len(toks) >= 3
        and last.cls == "v"
        and last.lemma in _DO
        and toks[-2].surface in ("を", "は", "も", "、", ",")
        and toks[-3].cls == "s"
    ):
        toks = toks[:-2]  # インデックスの追加は私がやります → インデックスの追加
        last = toks[-1]
    if len(toks) >= 2 and toks[-2].surface in ("、", ","):
        # 提案書、巻き取る → 提案書を巻き取る; 資料、共有 → 資料の共有
        toks = [*toks[:-2], _with(toks[-2], "を" if last.cls == "v" else "の"), last]
    toks = [t for t in toks if t.surface not in ("、", ",") or t is toks[-1]]
    last = toks[-1]
    if len(toks) >= 3 and toks[-2].lemma in ("は", "も") and toks[-3].cls == "c":
        toks = [*toks[:-2], last]  # センターには連絡 → センターに連絡
    elif len(toks) >= 2 and last.cls == "s" and toks[-2].lemma in ("を", "は", "も"):
        toks = [*toks[:-2], _with(toks[-2], "の"), last]
    elif len(toks) >= 2 and last.cls == "v" and toks[-2].lemma in ("は", "も"):
        toks = [*toks[:-2], _with(toks[-2], "を"), last]
    toks = _without_empty_brackets(toks)
    last = toks[-1]
    title = _join(text, toks[:-1])
    # 写真の撮り直し: a verb's stem after の is a noun (Sudachi gives 撮り直す); keep it.
    nominal = len(toks) >= 2 and toks[-2].lemma == "の" and toks[-2].cls == "c"
    # 見積もりください / 見積もりいただければ: a stem right before the giving verb is the
    # noun of the work (見積もり), not the verb (見積もる)
    nominal = nominal or (
        last.cls == "v"
        and last.surface != last.lemma
        and text.startswith(_GIVING_AFTER_STEM, last.end)
        and not (len(toks) >= 2 and (toks[-2].cls == "f" or toks[-2].surface == "を"))
        and not text[: last.start].endswith(("お", "ご"))  # (お送りいただけますか, お was cut)
    )  # but お送りください / 資料を送りいただく: the verb, honorific or with its object
    # 日程の仮押さえ / ドレス試着の予約取り: a stem that ends the clause names the work
    nominal = nominal or (
        last.cls == "v"
        and "連用形-一般" in last.pos
        and last.surface != last.lemma
        and not text[last.end :].strip(" 　。.!！?？)）")
    )
    tail = _plain_verb(last.lemma) if last.cls == "v" and not nominal else last.surface
    if toks[:-1] and toks[-2].end < last.start and text[toks[-2].end : last.start].strip() == "":
        title += " "
    title += tail
    title = re.sub(r"^(?:の|を|は|、|,|\s)+", "", title)
    return title[:TITLE_MAX].strip()


def _with(t: Token, surface: str) -> Token:
    return Token(surface, surface, t.cls, t.form, t.start, t.end, t.pos)


def without_spans(toks: Sequence[Token], spans: Sequence[tuple[int, int]]) -> list[Token]:
    """The tokens outside the date phrases, and without the particle a phrase leaves behind
    (見積は明日の朝イチで出します → 見積は出す, not 見積はで出す)."""
    out: list[Token] = []
    dropped = False
    for t in toks:
        if _in_spans(t, spans):
            dropped = True
            continue
        if dropped and t.cls == "c" and t.lemma in ("で", "に", "まで", "には", "までに"):
            continue
        dropped = False
        out.append(t)
    return out
