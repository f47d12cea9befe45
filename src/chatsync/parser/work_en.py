"""Stage 4a, English: the work after a clause's lead (Could you | send the invoice by
Friday) as a sheet-cell title, and the thing an English statement is about."""

from __future__ import annotations

import re
from collections.abc import Sequence

from chatsync.parser.acts import Act, Reading
from chatsync.parser.morph import IRREGULAR_PAST, Analysis, Token
from chatsync.parser.phrase import TITLE_MAX, Work, in_spans, join_tokens
from chatsync.parser.rules.lexicon import EN_BASE_OF_PAST, LEXICON

__all__ = [
    "EN_MUST",
    "EN_PARTICIPLE",
    "EN_PERSON_POINTER",
    "EN_PHRASAL_POINTER",
    "EN_WHERE",
    "en_object",
    "en_work",
]

_NUMBERED = re.compile(r"#[0-9]+")
_BLOCKED_ON_YOU = re.compile(
    r"^(?:we're|we are|i'm|i am|we|i)?\s*(?:still\s+)?(?:blocked|waiting|held up|stuck)\s+on\s+"
    r"(?:your|you)\b(?:\s+(?:approval|sign-?off|ok|okay|go-ahead|review|feedback|answer|input))?$",
    re.I,
)
# …, security is chasing / …, the client was asking / …, tuesday is holiday so no contractor:
# a state said after the work — its reason, not the work
_EN_STATE_AFTER = re.compile(
    r",\s+(?:(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+)?\s+(?:is|are|was|were|has\s+been)\s+[a-z]+ing\b"
    r"|(?:[A-Za-z]+\s+)?(?:is|are|was|were)\s+(?!done\b)).*$"
)
_EN_TRAIL = re.compile(
    r"(?:\s*[,;:.!?-]*\s*\b(?:please|pls|plz|thanks|thank you|thx|asap|as soon as possible|"
    r"for me|when you (?:can|have a (?:sec|second|min|minute|moment|chance)|get (?:a )?(?:chance|"
    r"time|moment|min|minute|sec))|when (?:someone|somebody|anyone|anybody) (?:has|gets) (?:a )?"
    r"(?:sec|second|min|minute|moment|chance)|if (?:possible|you can)|if you don't mind|from you|"
    r"too|as well|instead|again|real quick|quickly|today|tonight|now|first|urgently|though|tho|"
    r"at some point|sometime|shortly|soon|later|tonight|this morning|this afternoon|for now|"
    r"before anything else|as a priority|any news|any updates?|(?:over )?to you|"
    r"at the latest|latest|(?:[\w-]+\s+){1,3}permitting)\b)+"  # (…, wifi permitting)
    r"[\s,.!?]*$",
    re.I,
)
# check with housekeeping and confirm with him: whom to talk to, no thing talked about
EN_WITH_WHOM = re.compile(
    r"^(?:check|confirm|talk|speak|coordinate|sync|touch base|follow up|liaise)\s+(?:with|to)\s+"
    r"[\w.' -]{1,30}?(?:\s+and\s+(?:check|confirm|talk|speak|coordinate|sync|follow up)"
    r"\s+(?:with|to)\s+[\w.' -]{1,30}?)?$",
    re.I,
)
_WISHED = re.compile(r"^(?:someone|somebody|anyone|anybody)\s+([a-z]+ed)\b", re.I)
_EN_LEAD = re.compile(
    r"^(?:please|pls|plz|kindly|also|then|just|quickly|possibly|go ahead and|and|do the needful and"
    r"|you (?:could|can|would)|(?:you\s+)?(?:two|both)(?=\s+[a-z])|you\s+all(?=\s+[a-z])"
    # (if) someone could / Bob could update the changelog: the one wished for
    r"|(?:someone|somebody|anyone|anybody|(?-i:[A-Z][\w'-]*)) (?:could|can|would)"
    r"|(?:plan|planning|hope|hoping|try|trying|aim|aiming|intend|intending) to"
    r"|(?:remember|don't forget|do not forget|make sure|be sure) to)\s+",
    re.I,
)
EN_PHRASAL_POINTER = re.compile(
    r"^(\w+) (?:it|this|that|them) (up|over|on|out|back|through|down|off|in)$"
    # take a stab at it / have a go at this / give it a shot: an attempt at the thing named
    r"|^(?:take|have|make) an? (?:stab|go|crack|pass|first pass|shot|look)"
    r" at (?:it|this|that|them)$"
    r"|^give (?:it|this|that) an? (?:go|shot|try)$",
    re.I,
)
# "follow up with them", "call her back": the person is named in the clause before.
EN_PERSON_POINTER = re.compile(
    # (not "answer her about the early check-in": the thing is named after the person)
    r"^[A-Za-z]+(?: up| back)?(?: with| to)? (?:them|him|her)\b"
    r"(?! (?:a|an|the|some|our|your|about|on|regarding)\b)",
    re.I,
)
_EN_BARE_PRONOUN = re.compile(
    r"^(?:it|them|this|that|these|those)(?:\s+(?:for|so|ahead)\b.*)?$", re.I
)
# the words that follow a bare object pronoun (redo those with…, send them over by…)
_EN_AFTER_OBJECT = LEXICON["EN_AFTER_OBJECT"]
# fixed / done / signed: the state a thing is wanted in (we need it fixed by Thursday)
_PARTICIPLE = r"(?:[a-z]+ed|done|redone|sent|seen|written|taken)\b"
EN_PARTICIPLE = re.compile(_PARTICIPLE, re.I)
_STATE_OF_PRONOUN = re.compile(r"^(?:it|them|this|that|these|those)\s+" + _PARTICIPLE, re.I)
_EN_PRONOUN_OBJECT = re.compile(
    r"^([A-Za-z]+)\s+(?:it|them|this|that|these|those|one|this one|that one|"
    r"(?:any |some |your |our )?"
    r"(?:comments|feedback|thoughts|input|notes|edits|approval|sign-off))$",
    re.I,
)


def _fronted_object(a: Analysis, reading: Reading) -> str:
    """block D I will finish by Wednesday: the thing said first, then the promise to do it."""
    lead = a.tokens[: reading.work]
    k = next((k for k, t in enumerate(lead) if t.lemma == "i"), -1)
    if not 0 < k <= 3 or not all(t.cls in "wq" for t in lead[:k]):
        return ""
    return join_tokens(a.text, lead[:k]).strip()


def en_work(a: Analysis, reading: Reading, spans: Sequence[tuple[int, int]] = ()) -> Work:
    """The work after an English clause's lead (Could you | send the invoice by Friday)."""
    toks = [t for t in a.tokens[reading.work :] if not in_spans(t, spans)]
    if not toks:
        return Work("", True, False)
    phrase = join_tokens(a.text, toks)
    phrase = re.sub(r"\s+", " ", phrase).strip()
    phrase = re.sub(r"\s+([,.!?;:])", r"\1", phrase)
    phrase = re.sub(r"\(\s*[~〜～]?\s*\)", "", phrase)  # a deadline cut from its parentheses
    phrase = _EN_STATE_AFTER.sub("", phrase)  # …renewal, security is chasing: why, not what
    if (fronted := _fronted_object(a, reading)) and len(phrase.split()) == 1:
        phrase = f"{phrase} {fronted}"  # block D I will finish by Wednesday → finish block D
    for _ in range(3):
        phrase = _EN_LEAD.sub("", phrase)
        phrase = _EN_TRAIL.sub("", phrase).strip()
    wished = _WISHED.match(phrase)  # (would be nice if) someone added a changelog entry
    if wished and wished.group(1).lower() in EN_BASE_OF_PAST:
        phrase = EN_BASE_OF_PAST[wished.group(1).lower()] + phrase[wished.end(1) :]
    phrase = phrase.rstrip(" .!?,;:。．！？")
    phrase = re.sub(r"\b(?:by|until|before|on|at|due)\s*$", "", phrase, flags=re.I).strip(" ,;:-")
    phrase = _EN_RESULT.sub("", phrase).strip()
    core = _EN_WHEN_CLAUSE.sub("", phrase)
    if core != phrase and all(w.lower().strip(",.") in _EN_GENERIC for w in core.split()):
        phrase = core  # take a look before I approve them: the look is all the work
    words = phrase.split()
    pointer = points_back(phrase)
    bare = (
        (len(words) <= 1 and not (words and _NUMBERED.fullmatch(words[0])))  # (#425 is a thing)
        or pointer
        or bool(EN_WITH_WHOM.match(phrase))
        or all(w.lower().strip(",.") in _EN_GENERIC for w in words)
        # need your sign-off by thurs: an answer about the thing named before, not a thing
        or (len(words) > 2 and words[0].lower() in ("need", "needs") and words[2] in _EN_FEEDBACK)
        # we're blocked on your approval: the answer the thing named before waits for
        or bool(_BLOCKED_ON_YOU.match(phrase))
    )
    parts = [p for p in EN_AND_VERB.split(phrase) if p.strip()]
    # A promise of two verbs is two jobs; a request too when each names its own thing
    # (calendar the call and send the invite), not "review X and send comments".
    # review and sign the NDA: a bare first verb shares the object — one job
    shared = len(parts) > 1 and len(parts[0].split()) == 1
    # (I'll dig up the old script and send it: "it" makes the second verb the same job)
    promise = reading.act == Act.COMMITMENT and not _same_thing(parts)
    # call the service company and book an engineer: the call is how the booking is done
    means = len(parts) == 2 and parts[0].split()[0].lower() in _EN_CONTACT
    # (I'll pull the QC traces and compare: a bare last verb is the same job's next step)
    trailing = len(parts) > 1 and len(parts[-1].split()) == 1
    split = (
        not shared
        and not means
        and not trailing
        and (promise or all(_own_object(p) for p in parts[1:]))
    )
    titles = tuple(_capital(p) for p in parts) if split else ()
    title = _capital(phrase)
    if len(titles) > 1 and not all(_points_back(p) for p in parts):
        bare = pointer = False  # reply to her and log a damage claim: the claim is named
    return Work(title[:TITLE_MAX], bare, pointer, False, titles if len(titles) > 1 else ())


_IT = frozenset({"it", "them", "this", "that"})
_EN_CONTACT = LEXICON["EN_CONTACT_VERB"]


def _same_thing(parts: list[str]) -> bool:
    """dig up the old script | send it: the later verb's object is the thing the first one
    named (but review it today | send it out tomorrow: both point elsewhere — two steps)."""
    if len(parts) < 2:
        return False
    first = parts[0].lower().split()
    if any(w in _IT for w in first):
        return False
    return any(len(w := p.lower().split()) >= 2 and w[1] in _IT for p in parts[1:])


def _points_back(part: str) -> bool:
    words = part.split()
    return bool(EN_PERSON_POINTER.match(part)) or (
        2 <= len(words) <= 4 and words[-1].lower() in ("it", "this", "that", "them", "yours")
    )


_EN_GENERIC = LEXICON["EN_GENERIC"]
_EN_FEEDBACK = LEXICON["EN_FEEDBACK"]


def _own_object(part: str) -> bool:
    """send the invite to the client: a thing of its own; send comments / send it back /
    let me know: the first job's result."""
    if EN_PERSON_POINTER.match(part.strip()):
        return False  # check with housekeeping and confirm with him: the same job
    words = part.lower().split()
    if (
        len(words) > 3
        and words[1] in ("me", "us")
        and words[2] in ("the", "a", "an", "our", "your")
    ):
        words = [words[0], *words[2:]]  # send me the flat measurements: a thing of its own
    if len(words) < 3 or words[1] in ("it", "them", "this", "that", "me", "us", "back", "over"):
        return False
    return not any(w.strip(",.") in _EN_FEEDBACK for w in words)


def _capital(phrase: str) -> str:
    """A title: capitalised, a leading -ing made the verb (would you mind giving … → Give …),
    a thing then its participle made the order (get the docs fixed → Fix the docs)."""
    phrase = phrase.strip(" ,;")
    first, _, rest = phrase.partition(" ")
    if first.lower().endswith("ing") and len(first) > 5:
        phrase = f"{_gerund_base(first.lower())} {rest}".strip()
    done = _THING_DONE.match(phrase)
    if done is not None and (verb := _participle_base(done.group(2).lower())):
        phrase = f"{verb} {done.group(1)}{done.group(3)}"
    return (phrase[:1].upper() + phrase[1:])[:TITLE_MAX] if phrase else ""


_EN_VERBS = LEXICON["EN_WORK_VERB"] | {
    "give",
    "take",
    "get",
    "make",
    "put",
    "run",
    "set",
    "pull",
    "do",
}


# "the contract signed by Friday" (after can we get / would be nice to have): thing, participle
_THING_DONE = re.compile(
    r"^((?:the|a|an|our|my|your|this|that|these|those)\s+[\w'-]+(?:\s+[\w'-]+){0,3}?)"
    r"\s+([a-z]+ed|sent|done|written|made|built|set|put|paid|taken|given)\b(.*)$",
    re.I,
)


def _participle_base(word: str) -> str:
    """fixed → fix, updated → update, stopped → stop, sent → send ("" for no verb of work)."""
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    stem = word[:-2]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else "", word[:-1]):
        if base in _EN_VERBS:
            return base
    return ""


def _gerund_base(word: str) -> str:
    """giving → give, getting → get, sending → send (the verbs chat asks for)."""
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if base in _EN_VERBS:
            return base
    return word


# "update the docs and tag the release": two verbs of work joined by "and".
EN_AND_VERB = re.compile(
    r"\s*,?\s+and\s+(?:also\s+)?(?=re-[a-z]+|(?:re-?)?(?:"
    # tag it out and ping the vendor: a message to someone is a job of its own too
    + "|".join(sorted(LEXICON["EN_WORK_VERB"] | {"ping", "text"}, key=len, reverse=True))
    + r")\b)",
    re.I,
)
# … before I approve them / once you're back: when, not what.
_EN_WHEN_CLAUSE = re.compile(
    r"\s+(?:before|after|when|once|until|till)\s+(?:i|we|you|they|he|she)\b.*$", re.I
)
# "I'll have the numbers ready by then": the result words are no part of the title.
_EN_RESULT = re.compile(
    # (not "the bolts that came back": the particle of a verb that is no part of the result)
    r"(?<!\bcame)(?<!\bcome)(?<!\bwent)(?<!\bgone)"
    r"\s+(?:ready|done|finished|sorted|over|in|out|back)(?:\s+by\s+then)?$|\s+by\s+then$"
    r"|\s+first\s+thing$"  # re-run the cases first thing (tomorrow): when, not what
    r"|\s+(?:ready|done|finished|sorted)\s+(?:within|by|before|in|for)\b.*$",  # …done within a day
    re.I,
)


# ----------------------------------------------------------------------------- context


_EN_ABOUT = re.compile(
    r"\b(?:on|about|for|regarding)\s+(?!now\b|today\b|a\s+while\b|the\s+moment\b)"
    r"(?:the\s+|our\s+)?[^.,;!?]{3,60}",
    re.I,
)
_EN_LEAD_WORDS = re.compile(
    r"^(?:the|a|an|our|my|your|this|that|these|those|so|and|but|also|re|fyi|ok|okay)\s+", re.I
)


# "PW-2231 looks like my change": the subject before a verb of seeming is the thing.
_EN_SEEM = frozenset({"look", "looks", "seem", "seems", "appear", "appears", "sound", "sounds"})


def _needs_to(words: list[Token], i: int) -> bool:
    """The records need to be in the binder: the subject is the thing (not "the agency
    needs our feedback on the banners", whose thing is the object)."""
    return (
        0 < i < len(words) - 1
        and words[i].lemma in ("need", "needs")
        and words[i + 1].lemma == "to"
    )


_EN_ADVERBS = LEXICON["EN_ADVERBS"]
_EN_NO_THING = LEXICON["EN_NO_THING"]
_EN_GOOD = frozenset({"good", "great", "nice", "helpful", "ideal", "useful", "best", "better"})
_EN_SEEKING = frozenset({"asking", "waiting", "looking", "hoping", "pushing", "chasing"})
EN_WHERE = frozenset({"to", "into", "onto", "in", "on", "at", "via", "→", "-"})
_EN_PARTICLES = frozenset({"up", "out", "off", "over", "back", "down"})
_EN_INDEFINITE = LEXICON["EN_INDEFINITE"]


_WANT = frozenset({"want", "wants", "wanted", "need", "needs", "requested", "asked"})
_ASKED_IF = re.compile(r"^(?:if|whether) (?:we|you|i|they|someone) (?:can|could|would|will) ")
_ARTICLE = frozenset({"a", "an", "another", "some", "the", "new"})
_AS_WELL = re.compile(r"\s+(?:as well|too|also)$", re.I)
_WHEN_AFTER = re.compile(
    r"\s+(?:tomorrow|today|tonight|asap|(?:on|by|this|next)\s+\w+|[0-9]{1,2}/[0-9]{1,2})$", re.I
)
_PARTY = frozenset(
    {"client", "customer", "customers", "they", "he", "she", "we", "i", "team", "boss"}
    | {"owner", "owners", "manager", "vendor", "supplier", "agency", "guest", "guests"}
    | {"dept", "department", "office", "school", "faculty", "board", "lab", "hq"}
    | {"broker", "agent", "carrier", "courier", "auditor", "auditors", "landlord", "lawyer"}
    | {"accountant", "insurer", "bank", "partner", "partners", "registry", "publisher"}
    | {"mr", "ms", "mrs", "dr", "prof"}  # (Mr. Whitfield in 1502 asked for …)
    | {"company", "firm", "store", "shop", "bar", "hotel"}  # Pedro's company also wants …
    | {"lender", "lenders", "sponsor", "sponsors", "donor", "funder", "venue", "printer"}
    | {"organiser", "organizer", "legal", "finance", "director", "editor", "producer"}
)


def _asked_for(a: Analysis, words: list[Token]) -> str:
    """customer asked if we can do a walkthrough for … → a walkthrough for …: the thing a
    party asked whether someone could do."""
    k = next((i for i, t in enumerate(words) if t.lemma in _WANT), None)
    if k is not None and k > 0 and k + 2 < len(words):
        # the quarry client asked for oblique shots of the north face as well → oblique shots
        # of the north face; the client wants a variation estimate → a variation estimate
        nxt = words[k + 1].lemma
        start = k + 2 if nxt == "for" and words[k].lemma in ("asked", "requested") else -1
        party = any(t.lemma in _PARTY for t in words[:k])
        if party and nxt in _ARTICLE and words[k].lemma in ("wants", "wanted", "requested"):
            start = k + 1
        if start > 0:
            text = " ".join(a.text[words[start].start : words[-1].end].split())
            text = _WHEN_AFTER.sub("", text.split(",")[0])  # (an extra bed tomorrow, 6pm)
            return _AS_WELL.sub("", text).rstrip(" .!?,;:")
    if k is None or not _ASKED_IF.match(" ".join(t.lemma for t in words[k + 1 : k + 5])):
        return ""
    v = next((j for j in range(k + 3, len(words)) if words[j].lemma in _ARTICLE), None)
    if v is None:
        return ""
    return " ".join(a.text[words[v].start : words[-1].end].split()).rstrip(" .!?,;:")


def _missing_thing(a: Analysis, words: list[Token]) -> str:
    """the new reception PC still doesn't have the appointment software → the appointment
    software: what a thing lacks is what the ask after it is about (install it)."""
    if words[0].cls == "r":
        return ""  # (we have no idea: a person's state, no thing)
    for k in range(1, len(words) - 1):
        t, nxt = words[k], words[k + 1]
        lacks = (t.cls == "h" and words[k - 1].cls == "n" and nxt.cls != "n") or (
            t.cls == "h" and nxt.lemma == "no"
        )
        if not lacks:
            continue
        rest = words[k + 2 :] if nxt.lemma == "no" else words[k + 1 :]
        while rest and rest[-1].lemma in _EN_ADVERBS | {"yet", "."}:
            rest = rest[:-1]
        if rest and rest[0].cls in "tw" and len(rest) <= 6:
            phrase = " ".join(a.text[rest[0].start : rest[-1].end].split())
            return _EN_LEAD_WORDS.sub("", phrase)
    return ""


def _a_thing_starts(t: Token) -> bool:
    """a / the / another / 3 (more CVs) / our (price list): what opens the noun phrase of a
    thing."""
    return t.lemma in _ARTICLE or t.lemma in _POSSESSIVE or t.cls == "q"


_EN_FAULT = LEXICON["EN_FAULT"]
_POSSESSIVE = frozenset({"our", "my", "your", "their", "his", "her"})


def _wanted_thing(a: Analysis, words: list[Token]) -> str | None:
    """What someone wants or needs, when it is a thing of its own (a quote for …), not
    feedback about another (input on the banner designs)."""
    k = next((i for i, t in enumerate(words) if t.lemma in _WANT), None)
    subject_end = k
    if k is not None and k + 2 < len(words) and words[k + 1].lemma == "for":
        k += 1  # Mr. Whitfield in 1502 asked for a late checkout → a late checkout
    if k is None or k + 2 >= len(words) or not _a_thing_starts(words[k + 1]):
        return None
    subject = [t for t in words[:subject_end] if t.lemma not in ("also", "still", "the")]
    # (the Yokohama bar asked for our price list: a named place, a party that asks)
    named = subject[:1] and subject[0].surface[:1].isupper() and words[0].lemma == "the"
    party = any(t.lemma in _PARTY for t in subject) or (
        bool(subject) and (all(t.surface[:1].isupper() for t in subject) or bool(named))
    )
    if not party:
        return None  # the briefing sheet needs the new route: the sheet is the thing
    if words[k + 2].lemma in _EN_FEEDBACK:
        return None
    thing = " ".join(a.text[words[k + 1].start : words[-1].end].split()).rstrip(" .!?,;:")
    thing = thing.split(",")[0]  # a late checkout tomorrow, 2pm → a late checkout tomorrow
    thing = re.sub(r"\s+(?:tomorrow|today|tonight|next week)$", "", thing, flags=re.I)
    return _EN_WHEN_CLAUSE.sub("", thing)  # (… for the drums before they file: when, not what)


_EN_SUBJECT_POINTERS = frozenset({"it", "this", "that"})
# it has to be in the rundown / this needs signing off: the verbs of what a thing must come to
EN_MUST = frozenset({"has", "have", "needs", "need", "must"})


def points_back(phrase: str) -> bool:
    """The work is a pronoun for a thing named elsewhere: take care of it, look into this,
    pick it up, redo those with the new rates, follow up with them today."""
    words = phrase.split()
    return (
        bool(_EN_PRONOUN_OBJECT.match(phrase))
        or bool(_EN_BARE_PRONOUN.match(phrase))  # (I'd need) them / it for the tech check
        or (2 <= len(words) <= 4 and words[-1].lower() in ("it", "this", "that", "them", "yours"))
        or (4 < len(words) <= 12 and words[-1].lower() in ("it", "them"))  # …and reset it
        or (len(words) <= 14 and words[1:2] == ["it"])  # fix it before the audit closes
        # send that to the client / forward this over to Legal: the thing, handed on
        or (
            len(words) <= 10
            and words[1:2] in (["this"], ["that"])
            and words[2:3] in (["to"], ["over"], ["across"], ["back"], ["on"])
        )
        # it has to be in the rundown by EOD / this needs signing off: the thing is before
        or (len(words) >= 3 and words[0].lower() in _EN_SUBJECT_POINTERS and words[1] in EN_MUST)
        # (I'll have) it to you by Friday: the thing itself, handed over
        or (2 <= len(words) <= 6 and words[0].lower() in ("it", "them") and words[1] == "to")
        # redo those with the new rates: a plural pronoun, then how or when — no noun
        or (
            len(words) <= 10
            and words[1:2] in (["them"], ["those"], ["these"])
            and (len(words) == 2 or words[2].lower() in _EN_AFTER_OBJECT)
        )
        or bool(EN_PHRASAL_POINTER.match(phrase))
        or bool(EN_PERSON_POINTER.match(phrase))  # follow up with them today
        # (we need) it fixed by Thursday: the state asked of a thing named before
        or (len(words) <= 5 and bool(_STATE_OF_PRONOUN.match(phrase)))
    )  # take care of it, look into this, pick it up


def _up_for(words: list[Token], be: int) -> list[Token]:
    """PR is up for the checksum fix, ptal: the words "for …" say which PR (up to a pause)."""
    if be + 2 >= len(words) or words[be + 1].lemma not in ("up", "ready", "out", "open"):
        return []
    if words[be + 2].lemma != "for":
        return []
    aim = words[be + 2 :]
    stop = next((k for k, t in enumerate(aim) if t.lemma in _EN_PAUSE), len(aim))
    return aim[:stop] if stop > 1 else []


_EN_PAUSE = frozenset({"ptal", "please", "when", "if", "so", "and", "but", "—", "-"})


def en_object(a: Analysis) -> str:
    """The noun phrase an English clause is about (The new onboarding screens — …)."""
    arrow = a.text.find("→")  # … template → /templates/ss_may.xlsx: where it is, not what
    toks = [t for t in a.tokens if arrow < 0 or t.start < arrow]
    while len(toks) > 2 and toks[0].cls == "i":  # hmm, sprinkler rates went up: no thing
        toks = toks[2:] if toks[1].surface == "," else toks[1:]
    colon = next((k for k, t in enumerate(toks[:3]) if t.surface == ":"), -1)
    if colon >= 0 and colon + 1 < len(toks):
        toks = toks[colon + 1 :]  # heads up: Apple rejected 2.8.0 — a label, not the thing
    comma = next((k for k, t in enumerate(toks[:4]) if t.surface == ","), 0)
    name = a.text[: toks[comma].start] if comma else ""
    if name[:1].isupper() and all(w[:1].isupper() for w in name.split()):
        toks = toks[comma + 1 :]  # Ji-woo, the Brightline admin has emailed: a vocative
    words = [t for t in toks if t.cls != "y"]
    if not words or len(words) > 20 or all(t.lemma in _EN_NO_THING for t in words):
        return ""
    if asked := _asked_for(a, words) or _missing_thing(a, words):
        return asked
    be = next(
        (
            i
            for i, t in enumerate(words)
            if t.cls in "mbd"
            or (t.cls == "h" and i + 1 < len(words) and words[i + 1].form == ".")
            or (t.lemma in _EN_SEEM and i > 0)
            # the X-ray viewer on chair 3 freezes every time: a fault, said of the thing
            or (t.lemma in _EN_FAULT and i > 0)
            or (_needs_to(words, i) and words[0].cls != "r")
            # the GW refund batch still needs your sign-off: the thing, then what it waits for
            or (
                t.surface.lower() == "needs"
                and i > 1
                and words[0].cls != "r"
                and i + 2 < len(words)
                and words[i + 2].surface.lower() in _EN_FEEDBACK
                # (not "the agency needs our feedback on the banner designs": that thing)
                and not (i + 3 < len(words) and words[i + 3].lemma in ("on", "about", "for"))
            )
            # the loan agreement from the lender came back with two changes: a finite past
            or (t.cls == "v" and t.form == "." and i > 1 and words[i - 1].cls in "wq")
            # unit 19 fails the e-stop test: a numbered thing, then its verb and an object
            or (
                i > 1
                and words[i - 1].cls == "q"
                and "/" not in words[i - 1].surface  # (the new starter on 5/17 needs …)
                and t.cls == "w"
                and t.surface.endswith("s")
                and t.lemma not in _WANT
                and i + 1 < len(words)
                and words[i + 1].cls == "t"
            )
        ),
        None,
    )
    needed = False
    if be and not any(t.cls in "wq" and t.lemma not in _EN_INDEFINITE for t in words[:be]):
        # Nobody has picked up the Nordlicht renewal / seen it, it's the new font subsetting:
        # no thing before the verb, so the thing is after it.
        words = words[be + 1 :]
        while words and (words[0].cls in "vhbdnmcr" or words[0].lemma in _EN_PARTICLES | _WANT):
            needed = needed or words[0].lemma in _WANT  # I'll need the part number for …
            words = words[1:]
        if len(words) > 3 and words[0].lemma in _EN_GOOD and words[1].lemma == "to":
            # it'd be good to get the complaint stats into the report → the complaint stats
            words = words[3:]
            to = next((k for k, t in enumerate(words) if k >= 1 and t.lemma in EN_WHERE), None)
            words = words[:to]
        while words and words[-1].lemma in _EN_ADVERBS | {"yet"}:
            words = words[:-1]
        be = None
    topic = _EN_ABOUT.search(join_tokens(a.text, words))
    if be and topic and be + 1 < len(words) and words[be + 1].lemma in _EN_SEEKING:
        return topic.group(0)  # the family is asking for a cost estimate → for a cost estimate
    if be and (wanted := _wanted_thing(a, words[:be] if words[be].lemma not in _WANT else words)):
        return wanted  # the Nursing dept wants 40 loaner laptops imaged → 40 loaner laptops
    if be and (aim := _up_for(words, be)):
        # PR is up for the checksum fix (#412) → PR for the checksum fix (#412)
        thing = a.text[words[0].start : words[be - 1].end]
        said = " ".join(f"{thing} {a.text[aim[0].start : aim[-1].end]}".split()).rstrip(" ,.")
        return said + ")" if said.count("(") > said.count(")") else said
    if be:  # "Partner portal is returning 500s" → Partner portal
        words = words[:be]
        while words and words[-1].lemma in _EN_ADVERBS:
            words = words[:-1]  # the LODs still look off → the LODs
    elif words and words[0].form == ".":
        # "Pushed the new QC pipeline for the runs to the lab repo" → the new QC pipeline for
        # the runs: the thing made, not where it went
        words = words[1:]
        to = next((k for k, t in enumerate(words) if k >= 2 and t.lemma in EN_WHERE), None)
        words = words[:to]
    elif (wanted := _wanted_thing(a, words)) is not None:
        return wanted  # the client also wants a quote for a Feb shipment → a quote for …
    elif topic and not needed:
        return topic.group(0)  # "We need input on the banner designs" → on the banner designs
    if not words or len(words) > 10 or not any(t.cls in "wq" for t in words):
        return ""  # seen it, it's …: no thing named
    # The text itself, not its words rejoined: PW-2231 and (save corruption) keep their marks.
    phrase = " ".join(a.text[words[0].start : words[-1].end].split()).rstrip(" .!?,;:-—")
    phrase = re.split(r"\s+(?:→|->|—)\s*", phrase)[0]  # … template → /templates/x.xlsx
    if phrase.count("(") > phrase.count(")"):
        phrase += ")"
    phrase = _EN_LEAD_WORDS.sub("", phrase)
    # (two capitals are a thing too: the PR is up, UI is frozen)
    return phrase if len(phrase) >= 3 or (len(phrase) == 2 and phrase.isupper()) else ""
