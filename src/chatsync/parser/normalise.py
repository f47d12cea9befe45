"""Stage 1 (after the markup): take out what is noise for meaning, before any rule reads it.

Long vowels (確認してほしいー, お願いしまーす), ``:shortcode:`` emoji, pictographs and
Chatwork icons, kaomoji and 笑/w, repeated punctuation, chat abbreviations
(よろ, おなしゃす), signatures (``-- Ken``, Sent from my iPhone), and words that are
not the sender's own: a request quoted in 「」, e-mail quote lines (``> …``) and a
block pasted between separator lines. None of it changes whether a sentence asks for
work, and none of it may reach a title.

Every step is a named entry of :data:`STEPS`, applied in order; each is a pure
``str -> str`` so it can be tested alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["QUOTE_LINE", "QUOTE_MARK", "STEPS", "normalise"]

# :thumbsup: :pray: — Slack-style shortcodes typed or pasted into Chatwork.
_SHORTCODE = re.compile(r":[a-z0-9_+\-]{2,30}:", re.I)
# Chatwork's own icons: (bow) (handshake) (y) (clap) ...
_CW_ICON = re.compile(
    r"\((?:bow|handshake|y|n|clap|\*|roger|cracker|dance|gogo|\^\^|\^\^;|lol|sweat|ok|"
    r"flex|star|heart|coffee|beer|gogo|think|please|quick|anger|devil|puke|wonder|"
    r"blush|inlove|cry|smile|sad|more smile|lightbulb|~|sun|music|present|eat|talk|"
    r"ec14|sweat|ninja|kiss|rice|snowy|gift|cake|party|flower|sleepy|shy|muscle|yes|no)\)",
    re.I,
)
# Pictographs, dingbats, variation selectors, ZWJ: emoji in every form.
_EMOJI = re.compile(
    "[\U0001f000-\U0001faff\U00002600-\U000027bf\U0001f900-\U0001f9ff\u2b00-\u2bff"
    "\u2300-\u23ff\ufe0e\ufe0f\u200d\u20e3\u2640\u2642\u2705\u274c\u2b50]"
)
# Kaomoji and laughter: (^^) (笑) (´・ω・`) ｗｗ 笑 at a clause end.
_KAOMOJI = re.compile(
    r"m?[(（][_＿][ \u3000]?[_＿][)）]m?"  # m(_ _)m, (_ _): a bow
    r"|\((?:[\^＾][_\-ー.]?[\^＾];?|笑|汗|泣|涙|礼|喜|苦笑|爆笑|[^()\sA-Za-z0-9一-龥ぁ-んァ-ヶ]{2,8})\)"
    r"|(?<=[ぁ-んァ-ヶー一-龥!?。、])(?:w{1,6}|笑+)(?=[\s。!?、]|$)"
)
# A long vowel stretched onto hiragana (しまーす, ほしいー, でーす, ね〜): not in katakana words.
_LONG_VOWEL = re.compile(r"(?<=[ぁ-ん])[ー〜~～]+(?=[ぁ-ん\s!?。、.,]|$)")
_REPEATED_PUNCT = re.compile(r"([!?。、！？])[!?！？。、]+")
# Chat abbreviations, to the words the rules know.
_ABBREVIATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    # Kansai endings: 見てきてくれへん？ / 出しといてや / できひん — the standard forms
    (re.compile(r"(?<=[くれもらえ])へん(?=[?？か。!！\s]|$)"), "ない"),
    (re.compile(r"(?<=[てで])や(?=[!！。\s🙏]|$)"), ""),
    # a key slipped at the end: 頼んでおきまs / 送りまた / 確認済みでs
    (re.compile(r"(?<=[ぁ-んァ-ヶー一-龥])ま[sｓ](?![A-Za-z])"), "ます"),
    (re.compile(r"(?<=[ぁ-んァ-ヶー一-龥])で[sｓ](?![A-Za-z])"), "です"),
    (re.compile(r"(?<=[きぎしちにびみりいえけげせてねべめれ])また(?=$|[^\w])"), "ました"),
    (re.compile(r"よろ(?=$|[!。\s]|です|で[すー]|しく)(?!しく)"), "よろしく"),
    (re.compile(r"お(?:な|ね)(?:しゃ|しゃー|がいしゃ)す"), "お願いします"),
    (re.compile(r"おねがい(?=します|いたします|できますか|したい|ね|です|$)"), "お願い"),
    (re.compile(r"あざ(?:っ)?す|あざまる"), "ありがとうございます"),
    (re.compile(r"(?<![ぁ-ん])りょ(?:う)?(?:です|でーす|っす|!|$)"), "了解です"),
    (re.compile(r"おつ(?:かれ)?(?:です|でーす|っす|さまです)"), "お疲れ様です"),
    # (配合表、OKです / 内容OKです: a verdict on the thing named, not an acceptance)
    (
        re.compile(
            r"(?<![ぁ-ん])(?:おけ|おっけー?)(?=[!。\s]|$)|(?:^|(?<=[\s!！。]))OKです(?=[!。\s]|$)",
            re.I | re.M,
        ),
        "了解です",
    ),
    (re.compile(r"とりま(?=[、\s]|$)"), "とりあえず"),
    # English chat shorthand
    (re.compile(r"\b[Uu]\b(?=\s+[a-z])"), "you"),
    (re.compile(r"\b(?:ur|yr)\b", re.I), "your"),
    (re.compile(r"\b(?:pls|plz|plse)\b", re.I), "please"),
    (re.compile(r"\bptal\s+at\b", re.I), "please take a look at"),  # ptal at the PR
    (re.compile(r"\bcna\b(?=\s+(?:you|u|someone|we)\b)", re.I), "can"),  # cna you check it
    (re.compile(r"\b(?:thx|tks|thnx|ty)\b", re.I), "thanks"),
    (re.compile(r"\b(?:tmrw|tmr|tmw|2moro)\b", re.I), "tomorrow"),
    (re.compile(r"\bw/(?=\s)", re.I), "with"),
    (re.compile(r"\bb4\b(?!\s*[,/&]?\s*[A-Z]\d)"), "before"),  # not booths B3 and B4
    (re.compile(r"(?:^|(?<=[.!?]\s))ill(?=\s+[a-z])", re.M), "I'll"),
    # the work verbs typed in a hurry: snt the invoice, orderd a drive, chek the engine
    *(
        (re.compile(rf"\b{typo}\b", re.I), word)
        for typo, word in (
            ("snt", "sent"),
            ("orderd", "ordered"),
            ("chek", "check"),
            ("chekc", "check"),
            ("recieved", "received"),
            ("finshed|finsihed", "finished"),
            ("uplaoded", "uploaded"),
            ("confrimed", "confirmed"),
        )
    ),
)
# A signature line: "-- Ken", "— 佐藤", "Sent from my iPhone", "iPhoneから送信".
_SIGNATURE = re.compile(
    r"^\s*(?:(?:--|—|――|－－)(?![-—―－])\s*\S.{0,30}|sent from my \w+.*|\w+から送信)\s*$",
    re.I | re.M,
)
# E-mail quote lines and separators of a pasted block.
QUOTE_LINE = re.compile(r"^\s*(?:>|＞).*$", re.M)
_SEPARATOR = re.compile(r"^\s*(?:[-=_*~＝ー─━#―—]{3,}|-{2,}\s*以下\s*-{2,}).*$")
# A request quoted in 「」 or “ ” (「至急ご対応ください」とのことです): someone else's words.
# What a quoted ask becomes: it stays a sentence, but names nothing to work on.
QUOTE_MARK = "「引用」"
_QUOTED_ASK = re.compile(
    # (…変えていただけないでしょうか。部活の大会と重なってしまいました」: a letter's last line)
    r"「([^「」]{2,400}?(?:ください|下さい|ます|ません|です|ですか|ね|よ|か|た|[。!?.]))」"
    r"|“([^“”]{2,400}?[.!?])”"
    r'|"([^"\n]{2,400}?[.!?])"'  # the client emailed: "Please send the revised quote."
    # the director's note says 「please screen it with the burnt-in subs」: English, quoted
    r"|「((?i:please|pls|kindly|could you|can you)\b[^「」]{2,400}?)」"
)


# A block that is someone else's letter or a template, to the end of the message.
_FORWARDED = re.compile(r"forwarded|original message|転送|以下のメール|以下メール", re.I)
_LETTER_OPENING = re.compile(r"^\s*(?:dear\s+\S.*,|[^\s、。]{1,20}(?:様|御中)\s*)$", re.I)


def _drop_letters(text: str) -> str:
    """A forwarded message, or a letter or template pasted after a line announcing it
    (「…文面です:」 then ``Dear customer,``): not the sender's words, to the end."""
    lines = text.split("\n")
    for i, ln in enumerate(lines):
        if _SEPARATOR.match(ln) and (
            _FORWARDED.search(ln) or (i > 0 and lines[i - 1].rstrip().endswith((":", "：")))
        ):
            # (a second separator closes the pasted block: what follows is the sender's again)
            end = next((j for j in range(i + 1, len(lines)) if _SEPARATOR.match(lines[j])), None)
            if end is None or _FORWARDED.search(ln):
                return "\n".join(lines[:i])
            return "\n".join(lines[:i] + lines[end + 1 :])
        before = [p for p in lines[:i] if p.strip() and not _SEPARATOR.match(p)][-2:]
        if _LETTER_OPENING.match(ln) and any(p.rstrip().endswith((":", "：")) for p in before):
            return "\n".join(lines[:i])
    return text


def _drop_pasted_blocks(text: str) -> str:
    """Lines between a pair of separator lines (a pasted template or customer letter) are
    not the sender's words; an unpaired separator only splits."""
    lines = text.split("\n")
    seps = [i for i, ln in enumerate(lines) if _SEPARATOR.match(ln)]
    dropped: set[int] = set(seps)
    for a, b in zip(seps[0::2], seps[1::2], strict=False):
        dropped.update(range(a, b + 1))
    return "\n".join(ln for i, ln in enumerate(lines) if i not in dropped)


_ICON_RUN = re.compile(r"\x00+")
_ICON_BEFORE_TEXT = re.compile(
    r"(?<=[ぁ-んァ-ヶー一-龥a-zA-Z0-9)〜～~!！])[ \t\u3000]*\x00+[ \t\u3000]+(?=\S)"
)


def _icon_boundaries(text: str) -> str:
    """An emoji or icon between two phrases ends the first (お願いします🙏 先方へ…): it
    becomes a sentence break; anywhere else it is dropped."""
    text = _ICON_BEFORE_TEXT.sub("。", text)
    return _ICON_RUN.sub("", text)


# "00:18 trim the pause" / "01:40 the audio dips": review notes keyed by a timecode.
_TIMECODE = re.compile(r"^([ \t]*(?:[-*•・][ \t]*)?)\d{1,2}:\d{2}(?::\d{2})?[ \t]+(?=\S)", re.M)


def _timecodes(text: str) -> str:
    """Two or more lines led by a time are notes keyed by a timecode or an agenda: the
    times are labels, not deadlines (a deadline is said, 17時までに / by 5pm)."""
    if len(_TIMECODE.findall(text)) < 2:
        return text
    return _TIMECODE.sub(r"\1", text)


def _quoted_asks(text: str) -> str:
    return _QUOTED_ASK.sub(QUOTE_MARK, text)


def _abbreviations(text: str) -> str:
    for pat, repl in _ABBREVIATIONS:
        text = pat.sub(repl, text)
    return text


# ☐ photos — Greta: an empty box is a checklist's bullet, an item still to do (the pictograph
# step would take it out). A ticked one (✅ labels printed) goes with the pictographs: its
# line reads as the report it is.
_UNTICKED = re.compile(r"^([ \t]*)[☐⬜🔲◻]\ufe0f?[ \t]*", re.M)

# A fenced block (```…```): a pasted log, stack trace or changelog — not the sender's words.
_CODE_FENCE = re.compile(r"```.*?(?:```|\Z)", re.S)

STEPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("code blocks", lambda s: _CODE_FENCE.sub("\n", s)),
    ("forwarded letter", _drop_letters),
    ("signature", lambda s: _SIGNATURE.sub("", s)),
    ("email quote lines", lambda s: QUOTE_LINE.sub("", s)),
    ("pasted block", _drop_pasted_blocks),
    ("shortcode emoji", lambda s: _SHORTCODE.sub("\x00", s)),
    ("chatwork icons", lambda s: _CW_ICON.sub("\x00", s)),
    ("check boxes", lambda s: _UNTICKED.sub(r"\1- ", s)),
    ("pictographs", lambda s: _EMOJI.sub("\x00", s)),
    ("icons end sentences", _icon_boundaries),
    ("kaomoji and laughter", lambda s: _KAOMOJI.sub("", s)),
    ("long vowels", lambda s: _LONG_VOWEL.sub("", s)),
    ("repeated punctuation", lambda s: _REPEATED_PUNCT.sub(r"\1", s)),
    ("abbreviations", _abbreviations),
    ("timecode labels", _timecodes),
    ("quoted requests", _quoted_asks),
)


def normalise(text: str) -> str:
    """The sender's own words with the noise taken out (see :data:`STEPS`)."""
    for _, step in STEPS:
        text = step(text)
    return re.sub(r"[ \t\u3000]+", " ", text)
