"""Stage 4a: which request and promise clauses are no task of their own.

A clause the acts read as a request or a promise may still be no new work: an
announcement that does what it says (議事録を貼っておきます), an answer on how
(v3を使ってください), a detail of the ask before it (明日までにいただけると助かります),
a call for a shift or a role, or a conditional offer. Each check here is one such
reading, named, so that :func:`chatsync.parser.tasks.detect` reads as a list of them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from chatsync.parser.acts import Act, Reading
from chatsync.parser.clauses import Clause, Line
from chatsync.parser.message import (
    Draft,
    MessageReading,
    TaskContext,
    date_spans,
    due_in,
    keywords_of,
    work_of,
)
from chatsync.parser.morph import analyse
from chatsync.parser.people import Directory
from chatsync.parser.rules.ja import OPTION_ANSWER
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work import Work

# Words of the clause, looked up in the lexicon (rules/lexicon.py says which lines need them).
_ANNOUNCE = LEXICON["ANNOUNCE"]
_SHARE_NOW = LEXICON["SHARE_NOW"]
LATER = LEXICON["LATER"]
_PASTE = LEXICON["PASTE"]
_RESPONSE = LEXICON["RESPONSE"]
_ALSO = LEXICON["ALSO"]
_TAKE_ON = LEXICON["TAKE_ON"]
ROLE = LEXICON["ROLE"]
_EN_ROLE = LEXICON["EN_ROLE_VERB"]
_MANNER_VERB = LEXICON["MANNER_VERB"]
_INCLUDE = LEXICON["INCLUDE_VERB"]
_MOVE_SCHEDULE = LEXICON["MOVE_SCHEDULE"]
_OCCASION = LEXICON["OCCASION"]
_MEETING = LEXICON["MEETING"]
_AS_PLANNED = LEXICON["AS_PLANNED"]
_GOES_AHEAD = LEXICON["GOES_AHEAD"]
_ROTA = LEXICON["ROTA"]
_TELL = LEXICON["TELL"]
_COSTS = frozenset({"cost", "costs", "bill", "bills", "fee", "fees", "expense", "expenses"})

# Promise forms that commit even with no thing named: あとで見ておきます, 調べてみます,
# 引き取ります, taking a look.
# Acts that are a job by themselves, whatever they are done to (リバート, 再起動, 再発行)
_SELF_CONTAINED = LEXICON["SELF_CONTAINED"]
_FIRM_RULES = frozenset(
    {"te oku", "te miru", "humbly do", "taking a look", "let me", "I'll have it"}
    | {"the topic is mine"}  # 折り返しは私がします: who does it, said outright
)
# English statements of what must happen; the direct ask after one says how (one task).
NEED_RULES = frozenset({"to be done", "it needs"})
# …needs a new part: a need the sender may take on at once (…, will do it tomorrow).
NEED_A_PART = "needs a new part"


def announces_itself(c: Clause, lines: Sequence[Line], has_link: bool, dated: bool) -> bool:
    """議事録を貼っておきます + the minutes; ログを貼っておきます (pasting it here);
    当番表を共有します (sharing it now)."""
    lemmas = {t.lemma for t in c.tokens}
    if lemmas & _PASTE and not dated:
        return True
    if lemmas & _ANNOUNCE:
        # メモとしてここに残しておきます: the message itself is what it leaves
        return has_link or c.line < len(lines) - 1 or "ここ" in lemmas
    # (確認取れ次第、メニュー表を作ってお送りします: sent once something happens, later)
    if lemmas & _SHARE_NOW and not dated and not lemmas & (LATER | {"私", "僕", "自分", "次第"}):
        light = ("おく", "しまう", "いたす")  # (共有しておきます: 共有 is the verb)
        last_verbs = [t for t in c.tokens if t.cls in "sv" and t.lemma not in light][-2:]
        if not any(t.lemma in _SHARE_NOW for t in last_verbs) or any(
            t.lemma == "みる" for t in c.tokens
        ):
            return False
        # 店舗からの要望も共有しておきます。「…」: with what is shared on the lines below, the
        # message does it (at the end of a message, 共有しておきます is still to come)
        return not any(t.lemma == "おく" for t in c.tokens) or c.line < len(lines) - 1
    return False


def asks_an_outsider(c: Clause, directory: Directory) -> bool:
    """…に依頼します where the one asked (before に) is no member: a maker, a vendor."""
    toks = c.tokens
    for k, t in enumerate(toks[1:], 1):
        if t.lemma == "に" and t.cls == "c" and toks[k - 1].cls in "nps":
            return directory.member(toks[k - 1].surface) is None
    return False


def covers_a_shift(c: Clause, r: Reading) -> bool:
    """cover the bell desk / I can cover — but not "cover the cost of the taxi"."""
    toks = c.tokens
    if c.analysis.lang != "en" or r.work >= len(toks) or toks[r.work].lemma not in _EN_ROLE:
        return False
    return not any(t.lemma in _COSTS for t in toks[r.work + 1 : r.work + 5])


def option_answer(c: Clause) -> bool:
    code = c.analysis.code.rstrip()
    core = re.sub(r"(?: [^ ]+/[yc][^ ]*)+$", "", code)
    return any(r.compiled.search(core) for r in OPTION_ANSWER)


def self_or_by(c: Clause) -> bool:
    """The sender named, or a deadline (まで, 以内, 中に, by) in the clause."""
    return any(t.lemma in ("私", "僕", "自分", "わたし", "i") for t in c.tokens) or bool(
        re.search(r"まで|迄|以内|中に|\bby\b", c.text, re.I)
    )


def firm(r: Reading, c: Clause, ctx: TaskContext) -> bool:
    """A promise without a thing is still one when its form or a deadline makes it firm."""
    if r.rule in _FIRM_RULES or any(t.lemma in _TAKE_ON | LATER for t in c.tokens):
        return True  # (あとで対応します / 後ほど確認します: a time, if a vague one)
    if c.analysis.lang == "ja" and any(
        t.cls == "s" and t.lemma in _SELF_CONTAINED for t in c.tokens
    ):
        return True  # いったんリバートします: an act that names its own job (not 確認します)
    return due_in(c.text, ctx) is not None


def only_a_day(c: Clause, ctx: TaskContext, fine: bool = False) -> bool:
    """午前中に🙏 / 金曜までに！ said after the ask: a clause that is a day and nothing else
    (``fine``: or a day said to be fine — 年内 is fine, Friday works)."""
    spans = date_spans(c, ctx)
    rest = c.text
    for start, end in reversed(spans):
        rest = rest[:start] + rest[end:]
    rest = _HOPE.sub("", rest)  # today if possible / 明日中にできれば
    if fine:
        rest = _FINE.sub("", rest)
    return bool(spans) and not rest.strip(" 　、。,.!！?？にでまは~〜ー")


_FINE = re.compile(
    r"(?i:\b(?:is|are)\s+(?:fine|ok|okay)\b|\bworks\b|\blatest\b)|でOK|で大丈夫|でいい"
)
# A day said with a hope or a plea around it is still a day and nothing else.
_HOPE = re.compile(
    r"(?i:\bif\s+(?:possible|you\s+can|poss)\b|\bideally\b|\bplease\b|\bpls\b"
    r"|^\s*(?:also|too|and)\b|\b(?:too|as\s+well)\s*$)"  # (…, also by Friday)
    r"|できれば|出来れば|可能なら(?:ば)?|可能であれば|なるべく|なるはやで"
)


def asked_next(mr: MessageReading, i: int) -> bool:
    """The need is followed by a direct ask (the rice needs picking up. can you arrange the
    van?), perhaps after why (B needs another pass — the paragraph is too technical. could
    you rewrite it?): one job, said by the ask."""
    k = i + 1
    while k < len(mr.clauses) and k <= i + 2 and mr.readings[k].act == Act.INFO:
        k += 1  # (the mordant paragraph is too technical for a general audience)
    if k >= len(mr.clauses):
        return False
    nxt = mr.readings[k]
    return (
        nxt.act == Act.REQUEST
        and nxt.rule not in NEED_RULES
        and not also(mr.clauses[k])
        and mr.clauses[k].analysis.lang == "en"
    )


def taken_on_next(mr: MessageReading, i: int) -> bool:
    """generator also needs a new fuel filter, will do it tomorrow: the next clause promises
    the need just said (a pointer), so the need is the sender's own task, not an ask."""
    if i + 1 >= len(mr.clauses) or mr.readings[i + 1].act != Act.COMMITMENT:
        return False
    nxt = work_of(mr.clauses[i + 1], mr.readings[i + 1], ())
    return nxt.pointer or nxt.bare


def promised_next(mr: MessageReading, i: int) -> bool:
    """The next clause promises work of its own (it names a thing, not a pointer)."""
    if i + 1 >= len(mr.clauses) or mr.readings[i + 1].act != Act.COMMITMENT:
        return False
    nxt = work_of(mr.clauses[i + 1], mr.readings[i + 1], ())
    return bool(nxt.title) and not (nxt.pointer or nxt.bare)


def courtesy(c: Clause) -> bool:
    """よろしくお願いします: a closing, not an ask for the thing said before."""
    return any(t.lemma in ("よろしい", "よろしく", "宜しい") for t in c.tokens)


def also(c: Clause) -> bool:
    """あと、請求書もお願いします / Also, book the room: a second piece of work."""
    toks = c.tokens
    return any(t.lemma in _ALSO and (t.cls != "c" or t.lemma == "も") for t in toks[:3]) or any(
        t.lemma == "も" and t.cls == "c" for t in toks
    )


def details(
    mr: MessageReading, i: int, r: Reading, drafts: Sequence[Draft], owners: Sequence[int], w: Work
) -> bool:
    """A request after another one in the same message that only details it: a deadline or a
    manner (明日までにいただけると助かります; 15時までに一次回答をもらえると助かります)."""
    c = mr.clauses[i]
    # 件数だけでなく内訳もつけてください: what the asked thing holds (あと、予約も入れて: a
    # second piece of work)
    also_lead = any(t.lemma in _ALSO and t.cls != "c" for t in c.tokens[:3])
    if (
        r.act == Act.REQUEST
        and drafts[-1].kind == "request"
        and not also_lead
        and (says_how(c, r, _INCLUDE))
    ):
        return True
    if also(c):
        return False
    prev = drafts[-1]
    if prev.kind != r.act.value:
        return False
    if r.act == Act.COMMITMENT:
        # 提案書は私が巻き取ります。12/4までに初稿を出します: taking work on, then saying
        # what will come of it, is one piece of work; two different promises are two.
        first = mr.clauses[owners[-1]] if owners else None
        return (
            w.bare
            or w.pointer
            or (first is not None and any(t.lemma in _TAKE_ON for t in first.tokens))
            or _of_its_form(c)
        )
    if r.rule == "would help" or _version_back(c):
        # 図3を直してください。…最終版を見せてほしい: the finished work handed back
        return True
    if says_how(c, r) or says_how(c, r, _INCLUDE):
        # …お願いします。チェック表は先週と同じものを使ってください: how to do it;
        # リマインドメールを送ってもらえますか？集合場所と時間を入れてください: what it holds
        return True
    return w.bare or not w.title


_SEND_BACK = LEXICON["SEND_BACK"]
_FORM = LEXICON["FORM"]


def _of_its_form(c: Clause) -> bool:
    """評価シートは私が作ります。様式は去年のものを少し変えます: the second promise is about the
    form of the first's work (its topic, before は, is a form word) — one piece of work."""
    toks = c.tokens
    k = next((k for k, t in enumerate(toks) if t.lemma == "は" and t.cls == "c"), 0)
    return 0 < k <= 3 and toks[k - 1].lemma in _FORM


def _version_back(c: Clause) -> bool:
    """最終版を見せて / 修正版を送ってください: a version of the asked work, sent back."""
    toks = c.tokens
    for k, t in enumerate(toks[1:-1], 1):
        if t.lemma == "を" and t.cls == "c" and toks[k - 1].lemma == "版":
            verb = next((v for v in toks[k + 1 :] if v.cls in "vs"), None)
            return verb is not None and verb.lemma in _SEND_BACK
    return False


def says_how(c: Clause, r: Reading, verbs: frozenset[str] | None = None) -> bool:
    """An ask whose verb is a manner (使う, 参照, follow): how to do work, not work."""
    verb = next(
        (
            t
            for t in reversed(c.tokens[: r.pred + 1])
            if t.cls in "vs" and t.form != "!" and t.lemma not in ("する", "いたす")
        ),
        None,
    )  # (流用してください: the action noun before する)
    return verb is not None and verb.lemma in (_MANNER_VERB if verbs is None else verbs)


def response_to_own_ask(title: str, drafts: Sequence[Draft], sender: int) -> bool:
    """A promise of feedback after asking someone for the thing: the answer to their work."""
    kw = set(keywords_of(title))
    asked = any(d.kind == "request" and sender not in d.assignees for d in drafts)
    return asked and bool(kw) and kw <= _RESPONSE


def moves_an_occasion(c: Clause) -> bool:
    """連休明けの火曜は、朝礼を8:45からに前倒しします: a meeting moved, a notice."""
    toks = c.tokens
    wo = next((k for k, t in enumerate(toks) if t.lemma == "を" and t.cls == "c"), 0)
    return (
        wo > 0
        and toks[wo - 1].lemma in _OCCASION
        and any(t.lemma in _MOVE_SCHEDULE for t in toks[wo + 1 :])
    )


def as_planned(c: Clause) -> bool:
    """SSO切替、予定どおり本日実施します / 通常通り営業します / going ahead as planned: the plan
    confirmed — a notice of what happens, no work to track."""
    toks = c.tokens
    if c.analysis.lang == "en":
        return _GOING_AHEAD_EN.search(c.text) is not None
    # (連休中は当番表のとおり対応します: by the rota, said as a notice)
    planned = any(
        t.lemma in ("どおり", "通り", "とおり")
        and k > 0
        and (
            toks[k - 1].lemma in _AS_PLANNED
            or (k > 1 and toks[k - 1].lemma == "の" and toks[k - 2].lemma in _ROTA)
        )
        for k, t in enumerate(toks)
    )
    rota = any(t.lemma in _ROTA for t in toks)
    return planned and any(t.lemma in _GOES_AHEAD or (rota and t.lemma == "対応") for t in toks)


_GOING_AHEAD_EN = re.compile(
    r"\b(?:go(?:es|ing)?\s+ahead|proceed(?:s|ing)?|(?:is|are|'s|'re)\s+(?:still\s+)?on)\b"
    r".*\bas\s+(?:planned|scheduled|usual)\b",
    re.I,
)


def said_at_a_meeting(c: Clause) -> bool:
    """来週の定例でご報告します: what will be told at a meeting — where it is said, not work."""
    toks = c.tokens
    at = next(
        (k for k, t in enumerate(toks[:-1]) if t.lemma in _MEETING and toks[k + 1].lemma == "で"),
        None,
    )
    return at is not None and any(t.lemma in _TELL for t in toks[at + 2 :])


_HELP = frozenset(
    {"手伝う", "手伝える", "手伝い", "お手伝い", "help", "hand", "volunteer", "volunteers"}
)


def calls_for_helpers(mr: MessageReading) -> bool:
    """手伝える方がいたら声かけてください / anyone who can help, shout: helpers wanted —
    the plan beside it is an event's, said to the room."""
    return any(
        r.act in (Act.OFFER, Act.REQUEST) and any(t.lemma in _HELP for t in c.tokens)
        for c, r in zip(mr.clauses, mr.readings, strict=True)
    )


_WHENEVER = frozenset({"次第", "たび", "度", "都度"})


def standing_rule(c: Clause) -> bool:
    """バグは見つけ次第チケット切ってください / 届くたびに記録して: what to do whenever
    something happens — a way of working, no task of its own."""
    toks = c.tokens
    return any(
        t.lemma in _WHENEVER and k > 0 and toks[k - 1].cls in "va" for k, t in enumerate(toks)
    ) or (c.analysis.lang == "en" and _WHENEVER_EN.search(c.text) is not None)


_WHENEVER_EN = re.compile(
    r"\b(?:whenever|every time|each time|as soon as you (?:find|see|spot))\b", re.I
)


_STATE = frozenset({"状態", "よう"})


def state_only(title: str) -> bool:
    """使える状態 / ログインできる状態 / 使えるように: the state the work leaves, said with a
    verb and nothing the work is done to — the ask before it is the work (PCセットアップを
    お願いしたいです。…9/15までに使える状態にしていただけますか)."""
    toks = [t for t in analyse(title).tokens if t.cls not in "ya"]
    if len(toks) < 2 or toks[-1].lemma not in _STATE:
        return False
    return toks[-2].cls == "v" and all(t.cls in "vsd" for t in toks[:-1])


# 案件があれば / 不具合が出たら / 足りないときは: the condition is something happening (not
# 届いたら / 入ったら: a thing awaited, after which the work is due)
_HAPPEN = frozenset({"ある", "出る", "起きる", "起こる", "発生", "足りる", "見つかる", "要る"})
_SPARE = frozenset({"時間", "余裕", "手", "暇", "都合", "手すき", "手隙"})  # お時間あれば: manners


# …が必要な方は / ご希望の方は / 該当する方は: whoever it applies to, then what they should do
_WHOEVER_NEEDS = re.compile(
    r"(?:必要な|ご?希望の|希望する|該当する|ご?希望される|が?ある|が?ない)方(?:は|のみ)"
)  # (希望休の変更がある方は: whoever has one)


def if_it_happens(c: Clause) -> bool:
    """案件があれば工場ボードに書いてください / 足りないときは声かけてください: what to do if
    something comes up — a condition, which asks for nothing (extraction.md: 何かあれば
    ご連絡ください); お時間あれば見てください is manners, and asks."""
    toks = c.tokens
    if _WHOEVER_NEEDS.search(c.text):
        return True  # 差し替えが必要な方は、今月中に声かけてください: whoever needs it asks
    for k, t in enumerate(toks):
        when = (
            t.lemma in ("とき", "時", "場合")
            and toks[k + 1 : k + 2]
            and toks[k + 1].lemma in "はに"
        )
        if t.form != "^" and not when:
            continue
        j = k if t.cls == "v" and t.form == "^" else k - 1
        while j >= 0 and toks[j].cls == "a":
            j -= 1  # 足りない / 出たら: the verb before its auxiliaries
        if j < 0 or toks[j].lemma not in _HAPPEN:
            continue
        subject = toks[j - 2] if j >= 2 and toks[j - 1].cls == "c" else toks[j - 1] if j else None
        if subject is not None and subject.lemma in _SPARE and toks[j].lemma != "要る":
            continue  # (but 手が要るときは: when help is needed — an offer of it)
        # (差分があれば修正をお願いします: fix what the check finds — a request for work)
        return not any(x.lemma in _FIX for x in toks[k + 1 :])
    return False


_FIX = frozenset({"修正", "直す", "訂正", "差し替え", "差し替える", "手直し"})
