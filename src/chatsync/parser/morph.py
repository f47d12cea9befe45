"""Morphemes: Japanese through SudachiPy (sudachidict-core), English through a small
word tokeniser — one :class:`Token` shape for both, so rules match either.

Why SudachiPy: on this project's labelled chat (1,944 messages) it read 615–645k
tokens/s against fugashi + unidic-lite's 425–460k once each token's features are
read from Python, its mode C keeps business compounds whole (見積書, 経費精算),
and its normalised forms fold spelling variants (頂く/いただく, 下さる/ください).

Each token is encoded as `` lemma/CF`` (class letter, inflection flag) in
:attr:`Analysis.code`, the string the rule patterns of :mod:`chatsync.parser.rules`
are compiled against (see :mod:`chatsync.parser.pattern`).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = ["WH_JA", "Analysis", "Token", "analyse", "has_japanese"]


@dataclass(frozen=True, slots=True)
class Token:
    """One morpheme (or English word) with what the rules need of it."""

    surface: str
    lemma: str  # dictionary form, spelling variants folded (いただける, くださる, する)
    cls: str  # one letter: see _CLASS (Japanese) and _EN_CLASS (English)
    form: str  # "!" imperative, "^" conditional, "~" volitional, "." past (EN), "" else
    start: int  # character offsets in the analysed text
    end: int
    pos: str = ""  # the analyser's own part-of-speech string, for debugging and tests


@dataclass(frozen=True, slots=True)
class Analysis:
    """A text's tokens and their code string (`` lemma/CF`` per token)."""

    text: str
    tokens: tuple[Token, ...]
    code: str
    offsets: tuple[int, ...]  # where each token's code starts in ``code``
    lang: str  # "ja" | "en"

    def __hash__(self) -> int:
        # The act stage caches on analyses: hash the two strings (whose hashes Python keeps),
        # not every token; equality still compares every field.
        return hash((self.text, self.code))

    def token_at(self, code_pos: int) -> int:
        """The index of the token whose code starts at or before ``code_pos``."""
        lo, hi = 0, len(self.offsets)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.offsets[mid] <= code_pos:
                lo = mid + 1
            else:
                hi = mid
        return max(0, lo - 1)

    def span(self, first: int, last: int) -> str:
        """The original text of tokens ``first`` … ``last - 1``."""
        if first >= last or first >= len(self.tokens):
            return ""
        return self.text[self.tokens[first].start : self.tokens[last - 1].end]


_JA = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff々〆ヵヶ]")


_KANJI = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_ASCII_WORD = re.compile(r"[A-Za-z]+")


def has_japanese(text: str) -> bool:
    return _JA.search(text) is not None


_JA_VOCATIVE = re.compile(r"^\s*[^\s、,。]{1,8}?(?:さん|様|さま|くん|君|ちゃん)(?:\s*[、,]\s*|\s+)")


# A clause that ends in a Japanese predicate (追加しました, 送ります, お願いします) is Japanese
# whatever nouns it names — unless it opens with an English ask or promise.
_JA_PREDICATE = re.compile(
    r"(?:ました|ます|です|でした|ません|ください|下さい|した|しとく|しときます|ましょう|ですか|ますか)"
    r"[\s。．.！!？?)）、,\x00]*(?:(?:[#＃]\d+|https?://\S+)[\s。．.！!)）]*)*$"  # PR出しました #58
)
_EN_LEAD = re.compile(
    r"\s*(?i:please|pls|could|can|would|will|i\b|i'|we\b|we'|let|kindly|thanks|thank)"
)


# A Japanese noun phrase, then English words that report on it (請書 signed and sent).
_EN_REPORT_AFTER = re.compile(r"^\s*[^\x00-\x7f\s]+\s+([A-Za-z]+)(?![\w'-])")
_EN_REPORT_WORDS = frozenset({"sent", "done", "made", "put", "sold", "paid", "built", "written"})


def language(text: str) -> str:
    """``en`` for a clause written in English even if it names a Japanese thing
    (could you review the 英語版マニュアル?), else ``ja`` when it has any Japanese."""
    if not has_japanese(text):
        return "en"
    rest = _JA_VOCATIVE.sub("", text, count=1)
    if rest != text and rest[:1].isascii():
        return language(rest)  # 武田さん、could you take over the storyboard?
    if _JA_PREDICATE.search(text) and not _EN_LEAD.match(text):
        return "ja"  # evacuation route 追加しました: the Japanese predicate decides the act
    said = _EN_REPORT_AFTER.match(text)
    word = said.group(1).lower() if said is not None else ""
    if (
        word
        and (word in _EN_REPORT_WORDS or word.endswith("ed"))
        and not _JA_PREDICATE.search(text)
    ):
        return "en"  # パッキングリスト sent over ✅: a Japanese thing, an English report
    letters = sum(len(w) for w in _ASCII_WORD.findall(text))
    ja = len(_JA.findall(text))
    first = text.lstrip()[:1]
    if letters >= 4 * ja and not _JA_PREDICATE.search(text):
        return "en"  # 確認書 sent to the travel agent this morning: English about a 確認書
    return "en" if first.isascii() and first.isalpha() and letters >= 2 * ja else "ja"


# ----------------------------------------------------------------------------- Japanese

# Part of speech → one class letter. サ変 nouns (作成, 確認) are 's' so rules can ask for
# "an action noun"; proper nouns 'p'; pronouns 'r'.
_CLASS = {
    "名詞": "n",
    "代名詞": "r",
    "動詞": "v",
    "助動詞": "a",
    "形容詞": "j",
    "形状詞": "k",
    "副詞": "d",
    "助詞": "c",
    "接尾辞": "x",
    "接頭辞": "f",
    "感動詞": "i",
    "補助記号": "y",
    "記号": "y",
    "空白": "y",
    "接続詞": "e",
    "連体詞": "t",
}
# Spelling variants people type for the same word (頂けますか / いただけますか).
_VARIANTS = {
    "頂ける": "いただける",
    "頂く": "いただく",
    "戴く": "いただく",
    "下さる": "くださる",
    "貰う": "もらう",
    "貰える": "もらえる",
    "致す": "いたす",
    "宜しい": "よろしい",
    "宜しく": "よろしく",
    "頼む": "たのむ",
    "頼める": "たのめる",
    "為る": "する",
    "出来る": "できる",
    "良い": "いい",
    "よい": "いい",
    "無い": "ない",
    "御": "お",
    "ご": "お",
    "有難う": "ありがとう",
    "有り難う": "ありがとう",
    "欲しい": "ほしい",
    "済": "済み",
    "とく": "おく",  # 見とく = 見ておく
    "どく": "おく",
}
# Japanese question words (who, what, when, where, which).
WH_JA = frozenset(["どなた", "誰", "だれ", "何", "なに", "いつ", "どこ", "どれ", "どちら"])
_FORMS = (("命令形", "!"), ("仮定形", "^"), ("意志推量形", "~"))


def _form(cform: str) -> str:
    for prefix, flag in _FORMS:
        if cform.startswith(prefix):
            return flag
    return ""


_local = threading.local()


def _tokenizer() -> Any:
    tok = getattr(_local, "tokenizer", None)
    if tok is None:
        from sudachipy import Dictionary, SplitMode

        tok = Dictionary().tokenizer(SplitMode.C)
        _local.tokenizer = tok
    return tok


_POS_CACHE: dict[int, tuple[str, str, str, bool, bool]] = {}


def _pos_info(m: Any) -> tuple[str, str, str, bool, bool]:
    """(class letter, form flag, POS string, is whitespace, is 副助詞) of a morpheme, cached
    by SudachiPy's part-of-speech id (a few hundred ids cover all text)."""
    pid = m.part_of_speech_id()
    info = _POS_CACHE.get(pid)
    if info is None:
        pos = m.part_of_speech()
        cls = _CLASS.get(pos[0], "z")
        if cls == "n":
            if pos[2].startswith("サ変"):
                cls = "s"
            elif pos[1] == "固有名詞":
                cls = "p"
            elif pos[1] == "数詞":
                cls = "q"
        posstr = ",".join(p for p in pos if p != "*")
        info = (cls, _form(pos[5]), posstr, pos[0] == "空白", pos[1] == "副助詞")
        _POS_CACHE[pid] = info
    return info


def _ja_tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    for m in _tokenizer().tokenize(text):
        cls, form, posstr, blank, adverbial = _pos_info(m)
        if blank:
            continue
        surface = m.surface()
        begin, end = m.begin(), m.end()
        wh_before = bool(out) and out[-1].lemma in WH_JA and out[-1].end == begin
        if adverbial and surface == "か" and wh_before:
            wh = out.pop()  # どなたか, 誰か, 何か: "someone", not a question word
            out.append(Token(wh.surface + "か", wh.lemma + "か", "r", "", wh.start, end, wh.pos))
            continue
        lemma = m.dictionary_form()
        lemma = _VARIANTS.get(lemma, lemma)
        if cls in "ns" and len(lemma) >= 2 and lemma[0] in "ご御" and _KANJI.match(lemma[1]):
            lemma = lemma[1:]  # ご承知 → 承知, ご相談 → 相談
        elif lemma == "ぬ" or lemma == "ず":
            lemma = "ない"  # ません / ず: the same negation as ない
        elif cls == "y" and surface.isalpha():
            cls = "n"  # β版, α版: a letter the dictionary files as a symbol names a thing
        out.append(Token(surface, lemma, cls, form, begin, end, posstr))
    return _stems_as_nouns(_self_then_verb(out))


# 私見ときます is 私 + 見ときます (I'll look at it), which the dictionary reads as 私見 (an
# opinion) + と + 来る: a pronoun run into a one-kanji verb stem before the contracted とく.
_SELF_STEMS = {me + "見": (me, "見", "見る") for me in ("私", "僕", "俺")}
_STEM_POS = "動詞,非自立可能,上一段-マ行,連用形-一般"


def _self_then_verb(toks: list[Token]) -> list[Token]:
    out: list[Token] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        split = _SELF_STEMS.get(t.surface)
        after = toks[k + 1 : k + 3]
        if split and len(after) == 2 and after[0].surface == "と" and after[1].lemma == "くる":
            me, stem, verb = split
            mid = t.start + len(me)
            out.append(Token(me, me, "r", "", t.start, mid, "代名詞"))
            out.append(Token(stem, verb, "v", "", mid, t.end, _STEM_POS))
            to, ki = after
            out.append(Token("と" + ki.surface, "おく", "a", "", to.start, ki.end, "助動詞"))
            k += 3
            continue
        if (
            t.cls == "n"
            and len(after) == 2
            and after[0].surface == "と"
            and after[1].lemma == "くる"
            and _ichidan_stem(t.surface)
        ):
            # 調べときます / 管理会社に投げときます: an ichidan stem, then the contracted とく,
            # which the dictionary reads as 調べ (a noun) + と + 来る
            out.append(Token(t.surface, t.surface + "る", "v", "", t.start, t.end, _STEM_POS))
            to, ki = after
            out.append(Token("と" + ki.surface, "おく", "a", "", to.start, ki.end, "助動詞"))
            k += 3
            continue
        out.append(t)
        k += 1
    return out


_E_ROW = frozenset("えけげせぜてでねべぺめれ")


@lru_cache(maxsize=4096)
def _ichidan_stem(surface: str) -> bool:
    """調べ, まとめ, 伝え: the stem of an ichidan verb (the word plus る is that verb)."""
    if len(surface) < 2 or surface[-1] not in _E_ROW:
        return False
    ms = list(_tokenizer().tokenize(surface + "る"))
    return len(ms) == 1 and ms[0].part_of_speech()[0] == "動詞"


_TOPIC_AFTER_STEM = frozenset({"、", ",", "は", "も"})


def _stems_as_nouns(toks: list[Token]) -> tuple[Token, ...]:
    """飾りつけ、自分やります / 見積もりは明日: a verb's stem opening the clause before a comma
    or は is a noun (the work named as a topic), not the verb (飾りつける)."""
    if len(toks) >= 2:
        t, nxt = toks[0], toks[1]
        if (
            t.cls == "v"
            and t.surface != t.lemma
            and len(t.surface) >= 2
            and "連用形" in t.pos
            and nxt.surface in _TOPIC_AFTER_STEM
            and t.lemma not in ("する", "来る", "くる", "いる", "ある", "なる")
        ):
            toks[0] = Token(t.surface, t.surface, "n", "", t.start, t.end, t.pos)
    return tuple(toks)


_ROMAJI = {
    **dict(zip("アイウエオ", ["a", "i", "u", "e", "o"], strict=True)),
    **dict(zip("カキクケコ", ["ka", "ki", "ku", "ke", "ko"], strict=True)),
    **dict(zip("ガギグゲゴ", ["ga", "gi", "gu", "ge", "go"], strict=True)),
    **dict(zip("サシスセソ", ["sa", "shi", "su", "se", "so"], strict=True)),
    **dict(zip("ザジズゼゾ", ["za", "ji", "zu", "ze", "zo"], strict=True)),
    **dict(zip("タチツテト", ["ta", "chi", "tsu", "te", "to"], strict=True)),
    **dict(zip("ダヂヅデド", ["da", "ji", "zu", "de", "do"], strict=True)),
    **dict(zip("ナニヌネノ", ["na", "ni", "nu", "ne", "no"], strict=True)),
    **dict(zip("ハヒフヘホ", ["ha", "hi", "fu", "he", "ho"], strict=True)),
    **dict(zip("バビブベボ", ["ba", "bi", "bu", "be", "bo"], strict=True)),
    **dict(zip("パピプペポ", ["pa", "pi", "pu", "pe", "po"], strict=True)),
    **dict(zip("マミムメモ", ["ma", "mi", "mu", "me", "mo"], strict=True)),
    **dict(zip("ヤユヨ", ["ya", "yu", "yo"], strict=True)),
    **dict(zip("ラリルレロ", ["ra", "ri", "ru", "re", "ro"], strict=True)),
    **dict(zip("ワヲン", ["wa", "o", "n"], strict=True)),
}
_SMALL = {"ャ": "ya", "ュ": "yu", "ョ": "yo"}


def romaji(text: str) -> str:
    """The Hepburn reading of a Japanese name (藤原 → fujiwara, 里奈 → rina), for members
    whose colleagues type their names in Latin letters ("Rina: invitation design")."""
    if not has_japanese(text):
        return text.lower()
    kana = "".join(m.reading_form() for m in _tokenizer().tokenize(text))
    out: list[str] = []
    double = False
    for ch in kana:
        if ch == "ッ":
            double = True
            continue
        if ch == "ー":
            continue  # long vowels are usually not typed (Satou → Sato)
        if ch in _SMALL and out:
            prev = out.pop()  # キョ → kyo, ショ → sho, ジュ → ju
            palatal = prev in ("shi", "chi", "ji")
            syl = prev[:-1] + (_SMALL[ch][1] if palatal else _SMALL[ch])
        else:
            syl = _ROMAJI.get(ch, "")
        if double and syl:
            syl = syl[0] + syl
        double = False
        out.append(syl)
    word = "".join(out)
    # long vowels are usually not typed: Satou → Sato, Itou → Ito, Oono → Ono
    return word.replace("ou", "o").replace("uu", "u").replace("oo", "o")


# ----------------------------------------------------------------------------- English

_EN_WORD = re.compile(
    r"(?:[Cc]h|[Nn]o|[Rr]ev|[Vv]er|[Vv]ol|[Ff]ig|[Ss]ec|pp?)\.(?=\s*[0-9A-Z])"  # ch. 7, rev. F
    r"|[A-Za-z]+-[0-9][0-9A-Za-z-]*|[A-Za-z]+[0-9][0-9A-Za-z]*(?:'[A-Za-z]+)?(?![./:][0-9])"
    r"|(?:[Rr]e-)?[A-Za-z]+(?:'[A-Za-z]+|(?:-[A-Za-z]+)+)?|[0-9]+(?:[:./–-][0-9]+)?|[\u3040-\u30ff\u3400-\u9fff々ー]+|[^\sA-Za-z0-9]"
)
_CONTRACTIONS = {
    "i'll": ("i", "will"),
    "you'll": ("you", "will"),
    "we'll": ("we", "will"),
    "they'll": ("they", "will"),
    "he'll": ("he", "will"),
    "she'll": ("she", "will"),
    "it'll": ("it", "will"),
    "i'd": ("i", "would"),
    "we'd": ("we", "would"),
    "you'd": ("you", "would"),
    "i'm": ("i", "be"),
    "we're": ("we", "be"),
    "you're": ("you", "be"),
    "they're": ("they", "be"),
    "it's": ("it", "be"),
    "that's": ("that", "be"),
    "he's": ("he", "be"),
    "she's": ("she", "be"),
    "there's": ("there", "be"),
    "here's": ("here", "be"),
    "mine's": ("mine", "be"),  # mine's up too: mine is
    "i've": ("i", "have"),
    "you've": ("you", "have"),
    "they've": ("they", "have"),
    "it'd": ("it", "would"),
    "that'd": ("that", "would"),
    "they'd": ("they", "would"),
    "he'd": ("he", "would"),
    "she'd": ("she", "would"),
    "we've": ("we", "have"),
    "can't": ("can", "not"),
    "cannot": ("can", "not"),
    "won't": ("will", "not"),
    "don't": ("do", "not"),
    "doesn't": ("do", "not"),
    "didn't": ("did", "not"),
    "isn't": ("be", "not"),
    "aren't": ("be", "not"),
    "wasn't": ("was", "not"),
    "weren't": ("were", "not"),
    "haven't": ("have", "not"),
    "hasn't": ("have", "not"),
    "hadn't": ("had", "not"),
    "couldn't": ("could", "not"),
    "wouldn't": ("would", "not"),
    "shouldn't": ("should", "not"),
    "let's": ("let", "us"),
}
# Chat types contractions without the apostrophe (ill fix it, didnt post, im on it).
_BARE_CONTRACTIONS = {
    k.replace("'", ""): v
    for k, v in _CONTRACTIONS.items()
    if k.replace("'", "")
    not in ("its", "well", "were", "id", "wed", "hell", "shell", "lets", "mines")
}
# "ill" is also a word (feeling ill): I'll only where a clause starts.
_ILL_AFTER = frozenset({",", ".", "!", ":", ";", "and", "so", "then", "also", "but", "ok", "okay"})
_EN_CLASS = {
    **dict.fromkeys(
        ["will", "would", "can", "could", "shall", "should", "may", "might", "must"], "m"
    ),  # modals
    **dict.fromkeys(
        ["i", "you", "we", "they", "he", "she", "it", "someone", "anyone", "somebody", "anybody"],
        "r",
    ),
    **dict.fromkeys(["be", "am", "is", "are", "was", "were", "been", "being"], "b"),
    **dict.fromkeys(["have", "has", "had"], "h"),
    **dict.fromkeys(["do", "does", "did"], "d"),
    **dict.fromkeys(["not", "never", "no"], "n"),
    # interjections: "hmm scratch the EV quote" is still "scratch the EV quote"
    **dict.fromkeys(
        ["hmm", "hm", "ah", "ahh", "oh", "ooh", "uh", "um", "umm", "ugh", "argh", "welp", "oops"],
        "i",
    ),
    **dict.fromkeys(["what", "where", "when", "who", "why", "how", "which", "whether", "if"], "w"),
    **dict.fromkeys(
        [
            "the",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "my",
            "your",
            "our",
            "their",
            "his",
            "her",
            "its",
        ],
        "t",
    ),  # determiners
    **dict.fromkeys(
        [
            "to",
            "by",
            "for",
            "on",
            "at",
            "in",
            "of",
            "from",
            "with",
            "about",
            "until",
            "before",
            "after",
        ],
        "c",
    ),
}
_EN_LEMMA = {
    "am": "be",
    "is": "be",
    "are": "be",
    "was": "be",
    "were": "be",
    "been": "be",
    "being": "be",
    "has": "have",
    "had": "have",
    "does": "do",
    "did": "do",
}
# Irregular past forms (a reply saying the work's own verb in the past closes it).
IRREGULAR_PAST = {
    "seen": "see",
    "saw": "see",
    "sent": "send",
    "wrote": "write",
    "written": "write",
    "made": "make",
    "bought": "buy",
    "brought": "bring",
    "paid": "pay",
    "took": "take",
    "taken": "take",
    "drew": "draw",
    "drawn": "draw",
    "got": "get",
    "gotten": "get",
    "found": "find",
    "gave": "give",
    "given": "give",
    "told": "tell",
    "built": "build",
    "rang": "ring",
    "rung": "ring",
    "laid": "lay",
    "ran": "run",
    "did": "do",
    "done": "do",
    "put": "put",
    "set": "set",
    "read": "read",
    "left": "leave",
    "met": "meet",
    "sold": "sell",
    "spoke": "speak",
    "spoken": "speak",
    "thought": "think",
    "understood": "understand",
    "went": "go",
    "gone": "go",
    "came": "come",
    "began": "begin",
    "begun": "begin",
    "chose": "choose",
    "chosen": "choose",
    "held": "hold",
    "kept": "keep",
    "lost": "lose",
    "shut": "shut",
    "cut": "cut",
    "fed": "feed",
    "forgot": "forget",
    "forgotten": "forget",
    "split": "split",
    "reset": "reset",
}
IRREGULAR_PAST.update({"re" + k: "re" + v for k, v in IRREGULAR_PAST.items()})  # rewritten
# Words ending in -ing that are no verb form.
_ING_NOT = frozenset(
    [
        "spring",
        "string",
        "thing",
        "something",
        "nothing",
        "anything",
        "everything",
        "evening",
        "morning",
        "ceiling",
        "sibling",
        "wedding",
        "pudding",
    ]
)
# Words ending in -ed that are no past verb.
_ED_NOT = frozenset(
    ["need", "needed", "red", "bed", "shed", "seed", "feed", "speed", "embed", "hundred", "indeed"]
)


_STATE_AFTER = re.compile(
    r"\s+(?:live|up|out|done|ready|back|fixed|sorted|merged|deployed|in|on|fine|ok|okay|good)\b"
)
_BEEN_AFTER = re.compile(r"\s+been\b", re.I)  # the plumber's been: has


def _en_tokens(text: str) -> tuple[Token, ...]:
    out: list[Token] = []
    for m in _EN_WORD.finditer(text):
        word = m.group(0)
        low = word.lower().replace("’", "'")
        start, end = m.start(), m.end()
        if low in ("am", "pm") and out and out[-1].cls == "q":
            out.append(Token(word, low, "w", "", start, end))  # 11am / 11 am: a time
            continue
        parts = _CONTRACTIONS.get(low) or _BARE_CONTRACTIONS.get(low)
        if low == "ill" and out and out[-1].lemma not in _ILL_AFTER:
            parts = None  # feeling ill
        if parts:
            for part in parts:
                form = "." if part in ("did", "was", "were", "had") else ""
                lemma = _EN_LEMMA.get(part, part)
                out.append(Token(word, lemma, _EN_CLASS.get(lemma, "v"), form, start, end))
            continue
        if low.endswith("n't") or low.endswith("'s") or low.endswith("'re"):
            head = low.split("'")[0]
            head = head.removesuffix("n") if low.endswith("n't") else head
            if low.endswith("'s") and head not in _EN_CLASS and head not in _EN_LEMMA:
                if _BEEN_AFTER.match(text, end):
                    # the plumber's been: the noun, then "has"
                    out.append(Token(word[:-2], head, "w", "", start, end - 2))
                    out.append(Token(word[-2:], "have", "h", "", end - 2, end))
                    continue
                if _STATE_AFTER.match(text, end):
                    # quote card's live / the build's up: the noun, then "is"
                    out.append(Token(word[:-2], head, "w", "", start, end - 2))
                    out.append(Token(word[-2:], "be", "b", "", end - 2, end))
                    continue
                # export's running / Koru's admin: a noun (is, or its owner), never a verb
                out.append(Token(word, low, "w", "", start, end))
                continue
            out.append(
                Token(word, _EN_LEMMA.get(head, head), _EN_CLASS.get(head, "w"), "", start, end)
            )
            continue
        if not low[0].isalpha():
            cls = "q" if low[0].isdigit() else "y"
            out.append(Token(word, low.replace("/", "-"), cls, "", start, end))  # 12/12: a count
            continue
        low = low.removeprefix("re-")  # re-issued is issued again: the same verb
        lemma = _EN_LEMMA.get(low, low)
        form = ""
        if low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 3 and low not in _ED_NOT):
            form = "."
        elif low.endswith("ing") and len(low) > 4 and low not in _ING_NOT:
            form = "g"
        if low in ("was", "were", "had", "did"):
            form = "."
        cls = _EN_CLASS.get(lemma, "v" if form else "w")
        if word == "May" and out:
            cls = "w"  # the May runs: the month, not the modal
        out.append(Token(word, lemma, cls, form, start, end))
    return tuple(out)


# ----------------------------------------------------------------------------- analysis


def _code(tokens: tuple[Token, ...]) -> tuple[str, tuple[int, ...]]:
    parts: list[str] = []
    offsets: list[int] = []
    pos = 0
    for t in tokens:
        piece = f" {t.lemma.replace(' ', '_')}/{t.cls}{t.form}"
        offsets.append(pos)
        parts.append(piece)
        pos += len(piece)
    return "".join(parts), tuple(offsets)


@lru_cache(maxsize=65536)
def analyse(text: str) -> Analysis:
    """Tokens of one clause (cached: chat repeats itself — 承知しました, 了解です)."""
    lang = language(text)
    try:
        tokens = _ja_tokens(text) if lang == "ja" else _en_tokens(text)
    except Exception:  # an analyser failure must not lose the message
        tokens = _en_tokens(text)
    code, offsets = _code(tokens)
    return Analysis(text, tokens, code, offsets, lang)
