"""Stage 4b: a bare action joined with the thing named elsewhere, as one title.

ご確認お願いします after 修正しました → 修正の確認; please level it after "the interview audio
dips" → Level the interview audio dips; I'll get it to them after "they want an LCL quote"
→ An LCL quote … to them. :func:`combine` knows how each language puts a thing and an
action together; :func:`said_before` finds an English pointer's thing in its own clause.
"""

from __future__ import annotations

import re

from chatsync.parser.acts import Act, Reading
from chatsync.parser.morph import Analysis, analyse
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work import object_of
from chatsync.parser.work_en import (
    EN_MUST,
    EN_PARTICIPLE,
    EN_PERSON_POINTER,
    EN_PHRASAL_POINTER,
    EN_WHERE,
    EN_WITH_WHOM,
)

__all__ = ["combine", "names_a_thing", "said_before"]

_BARE_ACTIONS = LEXICON["BARE_ACTIONS"]


def names_a_thing(obj: str, act: Act) -> bool:
    """Not empty, and — in an ask — not itself only an action (ご確認お願いします names what
    was asked, not what of; 修正しました names the thing to check)."""
    if not obj or obj in _FEELING:
        return False  # (ちょっと気になる: a feeling, no thing)
    core = obj.removeprefix("ご").removeprefix("お")
    return act not in (Act.REQUEST, Act.COMMITMENT) or core.lower() not in _BARE_ACTIONS


_EN_TOPIC = re.compile(
    r"\b(?:on|about|for|regarding|of)\s+(?:the\s+|our\s+)?([^.,;!?]{3,60})", re.I
)


_FEELING = LEXICON["FEELING"]
_JA_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


# Send it to the families / get it from the supplier: where it goes or comes from, after it
# (redo it properly with a test → redo the footer change properly with a test)
_AFTER_IT = EN_WHERE | {"from", "with", "by", "for", "properly", "again", "right"}


_EN_NEEDS = re.compile(r"\bneeds?\s+(?:a|an|some|new)\b", re.I)
_EN_ALSO = re.compile(r"\s+also\s+", re.I)
_JOINED = re.compile(r"[、,\sの]")


def combine(obj: str, action: str) -> str:
    if not action or obj.endswith(action):
        return obj  # 各課の回答 + 回答: said once
    if not _JA_CHARS.search(obj + action):  # Lefèvre is English text too
        phrasal = EN_PHRASAL_POINTER.match(action)
        if phrasal:
            return f"{phrasal[1]} {phrasal[2]} {obj}"  # Pick it up → Pick up PW-2231
        verb, _, rest = action.partition(" ")
        if action.lower() in ("do it", "do this", "do that") and _EN_NEEDS.search(obj):
            # the generator also needs a new fuel filter, will do it → the need is the title
            return _EN_ALSO.sub(" ", obj[:1].upper() + obj[1:])
        if verb.lower() in ("it", "them") and rest.lower().startswith("to "):
            # (I'll get) it to them → An LCL quote for February to them
            return f"{obj[:1].upper()}{obj[1:]} {rest}"
        if action.lower().endswith((" look", " a look", " a quick look")):
            return f"{action} at {obj}"  # Take a look → Take a look at rough cut v2
        if verb.lower() in ("it", "this", "that") and rest.split(" ", 1)[0] in EN_MUST:
            return f"{obj[:1].upper()}{obj[1:]} {rest}"  # it has to be in the rundown → the spot …
        if verb.lower() in ("it", "them", "this", "that") and EN_PARTICIPLE.match(rest):
            return f"{obj[:1].upper()}{obj[1:]} {rest}"  # (we need) it fixed → Lobby intercom fixed
        if rest.lower() in ("it", "this", "that", "them", "yours"):
            return f"{verb} {obj}"  # Level it → Level the interview audio
        pronoun, _, tail = rest.partition(" ")
        if pronoun.lower() in ("it", "them") and EN_PARTICIPLE.match(tail):
            return f"{verb} {obj} {tail}"  # Get it fixed → Get the lobby door fixed
        pointer = pronoun.lower() in ("it", "them", "those", "these", "this", "that")
        if pointer and tail and tail.split()[0].lower() in _AFTER_IT:
            return (
                f"{verb} {obj} {tail}"  # Send it to the families → Send the draft to the families
            )
        person = EN_PERSON_POINTER.match(action)
        if person:  # Follow up with them today → Follow up with the Brightline admin today
            head = re.sub(r"\s*\b(?:them|him|her)$", "", person.group(0), flags=re.I)
            return f"{head} {obj}{action[person.end() :]}"
        if EN_WITH_WHOM.match(action):
            return f"{action} about {obj}"  # check with housekeeping → … about the late checkout
        words = action.split()
        last = words[-1].lower()
        if (len(words) >= 3 and last in ("it", "them")) or (len(words) >= 2 and last == "one"):
            # swing by after the shift and reset it → … reset the printer queue; run one →
            # run a walkthrough for …
            return f"{' '.join(words[:-1])} {obj}"
        topic = _EN_TOPIC.search(obj)
        if rest and topic:
            return f"{action} on {topic.group(1).strip()}"  # Send comments on banner designs
        if rest.lower().split()[-1:] and rest.lower().split()[-1] in LEXICON["EN_FEEDBACK"]:
            return f"{action} on {obj}"  # Send comments → Send comments on the full draft
        return f"{verb} {obj}"
    joined = _JOINED.sub("", obj)
    if (
        _JOINED.sub("", action).startswith(joined)
        or (
            len(joined) >= 3 and f"の{obj}の" in action  # (吉祥寺のカラー剤の補充 + カラー剤)
        )
        or (len(joined) >= 5 and joined in _JOINED.sub("", action))
    ):  # (2組分の受験票コピーの…)
        return action  # 台帳の最新版、上げました + 台帳の最新版の確認: already named
    if "を" in action:
        return f"{obj}の{action}"  # 在庫 + 発注をかける → 在庫の発注をかける
    if action[-1] in "うくぐすつぬぶむる" and not re.search(r"[一-龥ァ-ヶー]$", action):
        return f"{obj}を{action}"
    if action[-1] in "うくぐすつぬぶむる" and len(action) <= 3:
        return f"{obj}を{action}"
    return f"{obj}の{action}"


def said_before(a: Analysis, r: Reading, action: str) -> str:
    """The thing an English pointer means when the clause names it before the ask:
    the interview audio dips, please level it → level the interview audio dips."""
    if a.lang != "en" or r.pred <= 0 or r.pred >= len(a.tokens):
        return ""
    before = a.text[: a.tokens[r.pred].start].strip(" ,;:-")
    if len(before.split()) < 2:
        return ""
    obj = object_of(analyse(before))
    return combine(obj, action) if names_a_thing(obj, r.act) else ""
