"""Stage 2: a message's text → lines → list items → sentences → clauses.

A clause is the unit a speech act belongs to. Japanese joins clauses with a
connective and a comma (資料は私が作るので、レビューをお願いします: a commitment,
then a request); English with ``; `` or ``, but``. Each clause keeps the line and
the list item it came from, because a to-do line owns its clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chatsync.parser.morph import Analysis, Token, analyse, language
from chatsync.parser.rules.cuts import EN_CUTS

__all__ = ["Clause", "Line", "split_lines", "split_sentences", "to_clauses"]

# A list marker: ・ - * • ● ○ ■ □ ◆ ◇ → > 1. 1) 1、 (1) [ ] ☐
_BULLET = re.compile(
    r"^\s*(?:[・\-*•●○◦▪■□◆◇→▶►☐☑✓✔]|\d{1,2}[.)、](?!\d)|\(\d{1,2}\)|\[\s?[xX ]?\s?\])\s*"
    r"(?:\[\s?[xX ]?\s?\]\s*)?"  # - [ ] / - [x]: a checkbox after the dash
)
# - [x] bump the version / ☑ 会場予約: an item ticked off, done already
_BOXED = re.compile(r"^\s*(?:[-*•・]\s*)?(?:\[\s?[xX ]?\s?\]|☐|☑|✅)")
_TICKED = re.compile(r"^\s*(?:[-*•・]\s*)?(?:\[\s?[xX]\s?\]|☑|✅)")
# Titles and Latin abbreviations end in a dot but not a sentence (Mr. Hollis, e.g. this).
_ABBREVIATED = (
    *("Mr", "Ms", "Mrs", "Dr", "St", "No", "vs"),
    *("rev", "Rev", "ver", "approx", "incl", "ch", "Mme", "Mlle", "Prof", "Jr", "Sr"),
)
_ABBREV = (
    "".join(rf"(?<!{a})" for a in (r"\b" + w + r"\." for w in _ABBREVIATED))
    + r"(?<!e\.g\.)(?<!i\.e\.)(?<!\b[A-Z]\.)"  # A. Romero: an initial
)
_SENT_END = re.compile(
    r"(?<=[。!?！？])\s*|(?<=[.;])" + _ABBREV + r"\s+(?=[A-Za-z\[(「])"
    # an ellipsis that trails off ends the sentence, one that pauses inside it does not
    # (試してもらえたり…しますか)
    r"|(?<=\.)" + _ABBREV + r"(?<!\.\.\.(?=[しすまでだ]))\s*(?=[ぁ-んァ-ヶ一-龥])"
    r"|(?<=[たすん]…)(?![しすまでだ])\s*(?=[ぁ-んァ-ヶ一-龥])"  # 無理でした…明後日までに送ります
    r"|(?:(?<=[たす]…)|(?<=[たす]\.\.\.))\s*(?=[A-Za-z])"  # 再現しませんでした…Issue立てます
    # 合ってない気がしていて…6/24までにお願いします: a reason trails off, then the ask
    r"|(?:(?<=て…)|(?<=て\.\.\.))\s*(?=[0-9０-９][^。!?]{0,20}?(?:まで|中)に?(?:お願い|よろしく))"
    # 集計しました → 23名です: after a predicate, an arrow starts what came of it
    r"|(?:(?<=した)|(?<=ます)|(?<=です)|(?<=い)|(?<=だ))\s*(?:→|->)\s*"  # 悪い→明日…
    # お願いします 今日までで！: a space after a polite predicate ends it (a long vowel gone)
    r"|(?:(?<=ます)|(?<=です)|(?<=さい))\s+(?=[ぁ-んァ-ヶ一-龥０-９])"
    # 全員おわりました 2名キャンセルで…: a space after a polite past, then a new sentence
    r"|(?:(?<=ました)|(?<=でした))\s+(?=[ぁ-んァ-ヶ一-龥0-9０-９A-Za-z])"  # (太くしました v3です)
)


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of a message, with its list marker taken off."""

    index: int
    text: str
    bullet: bool
    numbered: bool = False  # 1. / ① / (1): the marker is a number
    raw: int = 0  # its line number in the text, blank lines counted
    ticked: bool = False  # - [x] …: a checklist item already done
    boxed: bool = False  # - [ ] …: a checklist item, ticked or not


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause: its words analysed, and where it sits in the message."""

    analysis: Analysis
    line: int
    sentence: int  # index of its sentence in the message
    bullet: bool
    first_in_sentence: bool

    @property
    def text(self) -> str:
        return self.analysis.text

    @property
    def tokens(self) -> tuple[Token, ...]:
        return self.analysis.tokens


def split_lines(text: str) -> list[Line]:
    out: list[Line] = []
    raws = text.split("\n")
    # → 7/20に交換済みでした: one arrow line says what came of the text above, no list
    arrows = sum(1 for raw in raws if raw.lstrip().startswith(_ARROWS))
    for n, raw in enumerate(raws):
        if not raw.strip():
            continue
        m = _BULLET.match(raw)
        body = raw[m.end() :] if m else raw
        bullet = m is not None and not (arrows == 1 and raw.lstrip().startswith(_ARROWS))
        if body.strip():
            numbered = m is not None and m.group().strip()[:1] in "0123456789("
            ticked = bullet and _TICKED.match(raw) is not None
            boxed = ticked or (bullet and _BOXED.match(raw) is not None)
            out.append(Line(len(out), body.strip(), bullet, numbered, n, ticked, boxed))
    return out


_ARROWS = ("→", "▶", "►")


def split_sentences(text: str) -> list[str]:
    return [p.strip() for p in _SENT_END.split(text) if p and p.strip()]


# A Japanese clause ends at a connective after a predicate, then a comma.
_JA_JOINS = frozenset({"ので", "から", "けど", "けれど", "けれども", "が", "し", "のに"})
_FINAL_AUX = frozenset({"ます", "です", "た", "ない", "だ"})
# send me reels 1-3 and I'll spot-check them: an ask, then a promise (not after "if": if
# anyone has samples, ping me and I'll help is one offer)
# …, I let him in and he's finished: a new subject and its verb begin a clause of their own
_EN_AND_I = re.compile(
    r"\s+(?=and\s+(?:(?:I|we)(?:'ll|\s+will)"
    r"|(?:he|she|they)(?:'s|'re|'ve|\s+(?:is|are|has|have|was|were)))\s)",
    re.I,
)
_EN_IF = re.compile(r"\bif\b", re.I)
# leave it with me, I have the hosting login: after a comma, what the sender has or knows —
# why they can, a clause of its own (not the thing taken on)
_EN_COMMA_I_HAVE = re.compile(r"(?<=,)\s+(?=(?:I|we)\s+(?:have|had|know)\s|I've\s)")
# everyone, upload your sheets by Friday please: the group addressed, then the ask
_EN_VOCATIVE = re.compile(
    r"^((?:hi |hey )?(?:everyone|everybody|all|team|folks|guys|y'all))\s*,\s+", re.I
)


# re the Marlow consent form: … / passing this on from Legal: … — what the rest is about,
# a clause of its own (so that a pointer after it can be named)
_EN_TOPIC_LABEL = re.compile(
    r"^((?:re|regarding)\s+[^:]{3,40}?|passing\s+(?:this|it)\s+on(?:\s+from\s+[^:]{1,30}?)?)"
    r"\s*:\s+(?=\S)",
    re.I,
)


def _en_split(piece: str) -> list[str]:
    out: list[str] = []
    voc = _EN_VOCATIVE.match(piece) or _EN_TOPIC_LABEL.match(piece)
    if voc is not None:
        out.append(voc.group(1))
        piece = piece[voc.end() :]
    for p in EN_CUTS.split(piece):
        if _EN_IF.search(p):
            out.append(p)
            continue
        for q in _EN_AND_I.split(p):
            out += _EN_COMMA_I_HAVE.split(q)
    return [p.strip() for p in out if p.strip()]


# English, then a connective, then Japanese: The sale starts 8/16, so 3営業日以内でお願いします.
# flyer draft attached (A4) — 確認お願いします: an English report, a dash, a Japanese ask;
# 調査しました — a retry sent them twice: a Japanese report, a dash, what it found.
_MIXED_SPLIT = re.compile(
    r"(?<=[\x21-\x7e]),\s+(?:so|but|and|then)\s+(?=[\x21-\x7e]{0,12}[^\x00-\x7f])"
    r"|(?<=[\x21-\x7e])\s+[—–]\s+(?=[^\x00-\x7f])"
    r"|(?<=[たすだ])\s*[—–]\s*(?=[A-Za-z])",
    re.I,
)


# (not 再発行は不要で、…: what was found, said as content)
_CALLED_OFF = frozenset({"キャンセル", "中止", "取り消し", "取消", "見送り"})


def _ja_split(a: Analysis) -> list[Analysis]:
    """Split after 〜ので、/〜が、/〜けど、 where a predicate ends the clause before."""
    cuts: list[int] = []
    toks = a.tokens
    for i in range(1, len(toks) - 1):
        t = toks[i]
        if (
            t.cls == "c"
            and t.lemma in _JA_JOINS
            and toks[i + 1].surface in ("、", ",")
            and toks[i - 1].cls in ("a", "v", "j")
        ):
            cuts.append(i + 2)
        elif (
            t.lemma == "だ"
            and toks[i - 1].lemma in ("の", "ん")
            and toks[i + 1].surface in ("、", ",")
            and i >= 2
            and toks[i - 2].cls in ("a", "v", "j", "k")
        ):
            cuts.append(i + 2)  # 重いので、/ 使うので、 (の + で) / 明日納車なんで、
        elif (
            t.lemma == "て"
            and toks[i + 1].surface in ("、", ",")
            and i + 3 < len(toks)
            and toks[i + 2].lemma in _THE_REST
            and toks[i + 3].lemma in ("は", "も")
        ):
            cuts.append(i + 2)  # 凡例だけ直して、あとはこのままでOK: the ask, then the rest
        elif (
            t.lemma in ("で", "だ")
            and i >= 1
            and toks[i - 1].lemma in _CALLED_OFF
            and toks[i + 1].surface in ("、", ",")
        ):
            cuts.append(i + 2)  # 権田さんの分はキャンセルで、やっぱり西口にお願いします
        elif t.lemma in ("済み", "済") and t.cls == "x" and toks[i + 1].surface in ("、", ","):
            cuts.append(i + 2)  # 打ち合わせ済み、席次表は校正待ち: a report, then the next
        elif t.lemma == "くださる" and t.form == "!" and toks[i + 1].surface in ("、", ","):
            cuts.append(i + 2)  # 忘れてください、失礼しました
        elif (
            t.cls == "a"
            and t.lemma in _FINAL_AUX
            and "終止形" in t.pos
            and toks[i + 1].surface in ("、", ",", ":", "：")
        ):
            # 承知しました、対応します / 了解です、よろしくお願いします / 修正をお願いします：
            # 店名のふりがな、… (the ask, then what it covers)
            cuts.append(i + 2)
        elif (
            t.cls == "a"
            and t.lemma in _FINAL_AUX
            and "終止形" in t.pos
            and (after := _afterthought(toks, i + 1))
        ):
            cuts.append(after)  # 私作りますよ〜 土曜までに！
        elif (
            (
                (t.cls in ("v", "j") and "終止形" in t.pos)
                or (t.cls == "a" and t.lemma in _FINAL_AUX and "終止形" in t.pos)
                or (t.cls == "d" and t.lemma == "よろしく")  # チェックよろ〜 校正は明日…
            )
            and toks[i + 1].start > t.end
            and toks[i + 1].cls not in ("c", "y", "a")
            and (t.cls != "a" or not any(x.cls in ("v", "a") for x in toks[i + 1 :]))
        ):
            # 電話してみる ちょい待ってて / 回収済みです 10枚: casual chat ends a clause with a
            # space (after です/ます only before a verbless afterthought: お願いします
            # ３営業日以内に所感だけでも… is the same ask going on)
            cuts.append(i + 1)
    if not cuts:
        return [a]
    out: list[Analysis] = []
    start = 0
    for cut in [*cuts, len(toks)]:
        if cut > start:
            out.append(_slice(a, start, cut))
        start = cut
    return out


_TONE = frozenset({"よ", "ね", "な", "わ", "ぞ", "さ"})
_THE_REST = frozenset({"あと", "後", "残り", "他", "ほか", "それ以外"})


def _afterthought(toks: tuple[Token, ...], k: int) -> int:
    """Where an afterthought begins after a finished predicate and its tone particles
    (作りますよ〜 土曜までに！: the deadline said after the promise), else 0."""
    j = k
    while j < len(toks) and toks[j].cls == "c" and toks[j].lemma in _TONE:
        j += 1
    if j == k or j >= len(toks) or toks[j].cls in ("c", "y"):
        return 0
    return j


def _slice(a: Analysis, first: int, last: int) -> Analysis:
    """Tokens ``first … last-1`` as an analysis of their own (no second tokenising)."""
    base = a.tokens[first].start
    text = a.text[base : a.tokens[last - 1].end]
    toks = tuple(
        Token(t.surface, t.lemma, t.cls, t.form, t.start - base, t.end - base, t.pos)
        for t in a.tokens[first:last]
    )
    code = a.code[a.offsets[first] : (a.offsets[last] if last < len(a.offsets) else len(a.code))]
    shift = a.offsets[first]
    offsets = tuple(o - shift for o in a.offsets[first:last])
    return Analysis(text, toks, code, offsets, a.lang)


def to_clauses(lines: list[Line]) -> list[Clause]:
    """Every clause of a message, in order."""
    out: list[Clause] = []
    n_sentence = 0
    for line in lines:
        for sentence in split_sentences(line.text):
            parts: list[Analysis] = []
            for piece in _MIXED_SPLIT.split(sentence):
                if not piece.strip():
                    continue
                if language(piece) == "en":
                    parts += [analyse(p) for p in _en_split(piece)]
                else:
                    # …切れてます, could you fix it 明日まで?: an English clause after a
                    # Japanese one is read as English
                    split = _ja_split(analyse(piece.strip()))
                    if len(split) > 1:  # (one part is the piece itself, already Japanese)
                        split = [analyse(p.text) if language(p.text) == "en" else p for p in split]
                    parts += split
            for k, part in enumerate(parts):
                out.append(Clause(part, line.index, n_sentence, line.bullet, k == 0))
            n_sentence += 1
    return out
