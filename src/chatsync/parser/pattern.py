"""A small language for rules over morphemes, compiled once to a regular expression over
:attr:`chatsync.parser.morph.Analysis.code` (`` lemma/CF`` per token).

A pattern is a space-separated sequence of token tests:

========================  =====================================================
``くださる``               a token whose lemma is くださる (any class)
``て/c``                   lemma て, class c (particle); ``/vs`` allows v or s
``<s>`` / ``<vs>``         any token of class s (action noun) / v or s; ``<v!>`` an
                           imperative verb
``<vs>-@NOT_WORK_VERB``    such a token whose lemma is not in the named set
``@WORK_VERB``             a lemma of the named set (``@TELL|言う``: or that word)
``a|b``                    either lemma (``て|<s>``: that word or any action noun)
``X?`` ``X*`` ``X+``       optional / any number / one or more of X
``/v!``                    a form flag after the class: ! imperative, ^ conditional,
                           ~ volitional, . past (English), g -ing (English; ``<vG>``
                           inside brackets, where a lowercase letter names a class)
``…``                      any tokens (as few as possible)
``^`` / ``$``              the clause's start / end
``=>``                     where the work starts (English: Could you => send …)
========================  =====================================================

Classes (Japanese): n noun, s action noun (サ変), p proper noun, r pronoun, q number,
v verb, a auxiliary, j adjective, k adjectival noun, d adverb, c particle, x suffix,
f prefix, i interjection, e conjunction, t adnominal, y symbol. English: v verb or
past/-ing form, w other word, m modal, r pronoun, b be, h have, d do, n negation,
w wh-word, t determiner, c preposition, q number, y symbol.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["compile_pattern", "required_words"]

_ELEMENT = re.compile(r"^(?P<body>.+?)(?P<rep>[?*+])?$")


def _token_regex(body: str, lexicon: Mapping[str, frozenset[str]]) -> str:
    if body == "…":
        return r"(?: [^ ]+)*?"
    if "|" in body and "<" in body:  # て|<s>: a word or a class
        return "(?:" + "|".join(_token_regex(alt, lexicon) for alt in body.split("|")) + ")"
    if body.startswith("<") and "-@" in body:
        head, _, name = body.partition("-@")
        names = lexicon[name]
        alts = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
        return rf"(?= )(?! (?:{alts})/){_token_regex(head, lexicon)}"
    if body.startswith("<") and body.endswith(">"):
        inner = body[1:-1]
        classes = "".join(ch for ch in inner if ch.isalpha() and ch.islower())
        form = "".join(ch for ch in inner if not (ch.isalpha() and ch.islower()))
        form = form.replace("G", "g")  # <vG>: an -ing form (a lowercase g would be a class)
        return (
            rf" [^ /]+/[{classes}]{re.escape(form)}[^ ]*" if form else rf" [^ /]+/[{classes}][^ ]*"
        )
    lemmas, _, tail = body.rpartition("/") if "/" in body else (body, "", "")
    if "|" in tail or "/" in lemmas:
        raise ValueError(f"a class goes after every alternative: {body!r}")
    words: set[str] = set()
    for alt in lemmas.split("|"):
        words.update(lexicon[alt[1:]] if alt.startswith("@") else (alt,))
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    if tail:
        classes = "".join(ch for ch in tail if ch.isalpha() and ch.islower())
        form = "".join(ch for ch in tail if not (ch.isalpha() and ch.islower()))
        cls = f"[{classes}]" if classes else "[a-z]"
        return rf" (?:{alts})/{cls}{re.escape(form)}[^ ]*" if form else rf" (?:{alts})/{cls}[^ ]*"
    return rf" (?:{alts})/[a-z][^ ]*"


def required_words(source: str, lexicon: Mapping[str, frozenset[str]]) -> frozenset[str] | None:
    """Words of which a clause must hold at least one for the pattern to match: the
    smallest set of a required word element (None when every element is a class, optional
    or a gap). Lets the act stage skip most rules without running their regex."""
    best: frozenset[str] | None = None
    for element in source.split():
        if element in ("^", "$", "=>", "…") or element[-1] in "?*" or "<" in element:
            continue
        body = element[:-1] if element.endswith("+") else element
        lemmas = body.rpartition("/")[0] if "/" in body else body
        words: set[str] = set()
        for alt in lemmas.split("|"):
            words.update(lexicon[alt[1:]] if alt.startswith("@") else (alt,))
        if best is None or len(words) < len(best):
            best = frozenset(w.replace(" ", "_") for w in words)
    return best


def compile_pattern(source: str, lexicon: Mapping[str, frozenset[str]]) -> re.Pattern[str]:
    """Compile a rule pattern (see the module docstring) against a lexicon of named sets."""
    parts: list[str] = []
    for element in source.split():
        if element == "^":
            parts.append("^")
            continue
        if element == "$":
            parts.append("$")
            continue
        if element == "=>":
            parts.append("(?P<work>)")
            continue
        m = _ELEMENT.match(element)
        if m is None:  # pragma: no cover - the split never yields an empty element
            raise ValueError(f"bad pattern element {element!r}")
        body, rep = m.group("body"), m.group("rep")
        if body == "…" or rep is None:
            parts.append(_token_regex(body, lexicon))
        else:
            parts.append(f"(?:{_token_regex(body, lexicon)}){rep}")
    return re.compile("".join(parts))
