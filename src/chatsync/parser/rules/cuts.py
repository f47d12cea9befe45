"""Where an English sentence splits into clauses: one named :class:`Cut` per phenomenon,
each with the chat lines that need it (tests/parser/test_cuts.py reads them back).

A cut is a regular expression over the sentence's text that matches the gap between two
clauses (what it matches is dropped: a comma, a dash, a semicolon). The cuts are joined
into one expression, in this order, by :data:`EN_CUTS`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chatsync.parser.rules.lexicon import LEXICON

__all__ = ["EN_CUTS", "EN_CUT_TABLE", "Cut"]


@dataclass(frozen=True, slots=True)
class Cut:
    name: str
    regex: str
    examples: tuple[str, ...]  # lines this cut splits in two (or more)


_I_WILL = r"(?:will|I'll|I\s+will|ill|we'll)"
_ING_WORK = "|".join(sorted(LEXICON["EN_ING_WORK"], key=len, reverse=True))
_LATER = "|".join(sorted(LEXICON["EN_LATER"], key=len, reverse=True))

EN_CUT_TABLE: tuple[Cut, ...] = (
    Cut("semicolon", r";\s+", ("the tray jams; the printer needs a ribbon",)),
    Cut("dash", r"\s+[—–]\s+|\s+-\s+", ("deck is up — pls check slide 4", "fixed - pls retest")),
    Cut(
        "comma, connective",
        r",\s+(?=(?:but|so|then|and then|also|ptal|still)\b)",
        ("the draft is up, ptal", "I sent the deck, but the numbers are old"),
    ),
    Cut(
        "report, then please",
        # recap draft sent over, pls check clause 17: a report, then an ask
        r"(?:(?<=\bover)|(?<=\bout)|(?<=\bdone)|(?<=\bsent)|(?<=\bup))\s*,\s+(?=please\s)",
        ("recap draft sent over, please check clause 17",),
    ),
    Cut(
        "promise, then a hedge",
        # I'll take a stab at it tonight, no promises
        r",\s+(?=(?:no\s+promises|no\s+guarantees|fingers\s+crossed|no\s+rush)\b)",
        ("I'll take a stab at it tonight, no promises",),
    ),
    Cut(
        "acceptance, then the ask",
        r"(?:(?<=^ok)|(?<=^okay)|(?<=^sure)|(?<=^great)|(?<=^perfect)|(?<=^got it)|(?<=^noted)"
        r"|(?<=^no worries)|(?<=^no problem))"
        r"\s*,\s+(?=(?!thanks|thx|ty\b)[a-z])",  # (got it, thanks: one courtesy)
        (
            "ok, switch the order to the other supplier then",
            "got it, starting the QC now",
            "no worries, forget this one then",
        ),
    ),
    Cut(
        "ask, then what happened",
        r",\s+(?=(?:we|they)\s+(?:ran|were|had|did|got|went|lost|sold|used|missed)\b)",
        ("get 40 more tubes in by thursday, we ran out last year",),
    ),
    Cut(
        "ask, then a wish to make sure",
        r",\s+(?=(?:(?:I|we)\s+)?(?:want|wanted|need)\s+to\s+(?:make\s+sure|double-check|confirm)\b)",
        ("have a look when u have a min, want to make sure the error handling matches",),
    ),
    Cut(
        "ask, then what a party said",
        r",\s+(?=(?:the\s+)?(?:client|customer|they|he|she|owners?)\s+(?:wants?|needs?|asked|says?)\b)",
        ("the tagline needs an EN version, client wants 3 options",),
    ),
    Cut(
        "ask, then who is waiting for it",
        # we need the menu by Friday, our CEO keeps asking: the ask, then who is chasing it
        r",\s+(?=(?:our|my|the|their|your)\s+(?:[\w'-]+\s+){1,2}"
        r"(?:keeps?|is|are)\s+(?:asking|waiting|chasing|pushing)\b)",
        ("could you send the deck by Friday, our CEO keeps asking",),
    ),
    Cut(
        "ask, then why",
        r",\s+(?=(?:I|we)(?:'d|'ll|\s+would|\s+will)?\s+(?:want|need|like)\s+(?:them|it|this|those)\b)",
        ("forum questions by Wed pls, I want them in the slides",),
    ),
    Cut(
        "work, then who can",
        r",\s+(?=(?:anyone|anybody|someone|who(?:'s|\s+is)?)\s+(?:free|around|available|able)\b)",
        ("could use a hand packing the bags tomorrow, anyone free?",),
    ),
    Cut(
        "report, then thanks to the room",
        r",\s+(?=(?:thank\s+you|thanks|thx)\s+(?:everyone|all|team|both|so\s+much|a\s+lot)\b)",
        ("all reviews are in, thank you everyone!",),
    ),
    Cut(
        "thanks in mid-sentence",
        r"(?:(?<=\bthanks)|(?<=\bthx))\s*,\s+(?=[a-z])",
        ("got both counts, thanks, closing this",),
    ),
    Cut(
        "report, then what is still missing",
        r",\s+(?=(?:[\w'-]+\s+){1,4}still\s+(?:pending|missing|outstanding|to\s+come|needs?)\b)",
        ("long-term tables updated, accelerated ones still pending from the lab",),
    ),
    Cut(
        "and, a new subject",
        r",\s+and\s+(?=(?:the|our|my|your)\s)",
        ("the tray jams, and the printer needs a ribbon",),
    ),
    Cut(
        "and, a name and an ask",
        r",\s+and\s+(?=[A-Z][\w'-]+,?\s+(?:can|could|would|will|pls|please|mind)\s)",
        ("I'll draft the letter by Mon, and Tamsin can you pull the stats",),
    ),
    Cut(
        "so I will",
        r"\s+(?=(?:so|but)\s+(?:I|we)(?:'ll|'m|'d)?\s)",
        ("I'm off on the 23rd so I'll do it Monday",),
    ),
    Cut(
        "comma, a new subject arrives",
        # I'll swap it Monday, spares arrive Saturday: the promise, then a fact of its own
        r",\s+(?=[a-z][\w'-]*\s+(?:arrive|arrives|arrived|come|comes|came)\b)",
        ("I'll swap it Monday, spares arrive Saturday",),
    ),
    Cut(
        "report, then a plan in -ing",
        # unit 19 fails the e-stop test, retesting tomorrow: what happened, then the plan
        rf",\s+(?=(?:{_ING_WORK})\b[^,;]*\b(?:{_LATER})\b)",
        ("unit 19 fails the e-stop test, retesting tomorrow",),
    ),
    Cut(
        "comma, will",
        # (not "thanks, will do": an acceptance; but "…needs a new filter, will do it tomorrow")
        rf",\s+(?={_I_WILL}\s(?!do\b(?!\s+(?:it|this|that|them)\b)))",
        (
            "it looks off, will fix it",
            "thanks, will send the quote by monday",
            "generator also needs a new fuel filter, will do it tomorrow",
        ),
    ),
    Cut(
        "a promise, and could you",
        # I'll talk to the kitchen today, and could you confirm the count: mine, then yours
        r"(?<=\S),?\s+and\s+(?=(?:[^\s,]+\s+){0,3}?(?:can|could|would)\s+you\s)",
        (
            "I'll talk to the kitchen today, and could you confirm the count by friday?",
            "ill log it with maintenance and Yosuke can you offer them a room change?",
        ),
    ),
    Cut(
        "comma, could you",
        r",\s+(?=(?:mind|can\s+you|could\s+you|would\s+you|any\s+chance)\s)",
        ("the header is clipped, can you fix it?", "draft's in the folder, mind a look?"),
    ),
    Cut(
        "comma, give me time",
        r",\s+(?=give\s+me\s+(?:an?|a\s+few|\d+|one|two|five|ten|half)\s)",
        ("on it, give me an hour",),
    ),
    Cut(
        "and then report back",
        r",?\s+(?=and\s+(?:then\s+)?(?:ping\s+(?:you|u|me|us|everyone|here|back)"
        r"|let\s+(?:you|u|everyone|the\s+team|y'all)\s+know"
        r"|report\s+back|circle\s+back|update\s+(?:you|u|everyone|the\s+thread|this\s+thread)"
        r"|tell\s+you|get\s+back\s+to\s+you)\b)",
        ("I'll add it today and ping you when it's resubmitted",),
    ),
    Cut(
        "greeting",
        r"^(?:hi|hello|hey|morning|good\s+morning|evening)(?:\s+[\w'-]+)?,\s+(?=\S)",
        ("hi IT, the printer on 3F is jammed",),
    ),
    Cut(
        "label",
        r"^(?:update|fyi|heads[\s-]up|quick\s+update|ps)\s*:\s+(?=\S)",
        ("update: only the totals matter now",),
    ),
)

EN_CUTS = re.compile("|".join(f"(?:{c.regex})" for c in EN_CUT_TABLE), re.I)
