"""Stage 5b: which promises in a reply are new work, not the acceptance of the task replied to.

A reply that takes a task on (承知しました、明日送ります) is no new task; one that promises
something else (承知しました！待合室の掲示**も**作っておきます, 材料**は**…手配しておきます)
is. These pure checks over the reply's drafts and the referenced tasks decide which.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from chatsync.models import Task, TaskStatus
from chatsync.parser.acts import Act
from chatsync.parser.clauses import Clause
from chatsync.parser.message import Draft, MessageReading
from chatsync.parser.morph import Token, analyse
from chatsync.parser.rules.lexicon import LEXICON

__all__ = [
    "adds_to",
    "handed_over",
    "marked_as_extra",
    "named_work",
    "new_work",
    "other_promises",
    "overlap",
]

_GENERIC_KW = LEXICON["GENERIC_KEYWORDS"]
_REPORT_WORDS = LEXICON["REPORT_WORDS"]
_LIGHT_VERBS = LEXICON["LIGHT"]


def _topic(c: Clause) -> bool:
    """材料は今週中に手配しておきます: a thing set up as the topic, in contrast to the task
    replied to."""
    toks = c.tokens
    return any(
        t.lemma == "は"
        and t.cls == "c"
        and toks[k - 1].cls in "nsp"
        and toks[k - 1].lemma not in _OWN_RESULT  # (修正版は週明けにお送りします: the task's own)
        for k, t in enumerate(toks[1:5], 1)
    )


# What a task's own work turns out (修正版, 最新版): no thing of its own when promised
_OWN_RESULT = frozenset(
    {"版", "修正版", "最新版", "改訂版", "差し替え版", "完成版", "清書", "結果"}
)


def marked_as_extra(mr: MessageReading) -> bool:
    """A promise in a reply said as extra work (掲示**も**作っておきます, 私の方で…, 材料**は**…):
    not the acceptance of the task replied to."""
    return any(
        (r.self_named or _also_ja(c) or _topic(c)) and not _includes(c)
        if c.analysis.lang == "ja"
        else any(t.lemma in ("also", "too") for t in c.tokens)  # English says "I" anyway
        for c, r in mr.clauses_of(Act.COMMITMENT)
    )


def _includes(c: Clause) -> bool:
    """根岸さんの測定データの分も入れておきます: more put into the task replied to, not a
    task of its own (its verb is 入れる, 含める, 記載)."""
    k = _last_verb(c.tokens)
    return k >= 0 and c.tokens[k].lemma in _INCLUDE_VERB


def _last_verb(toks: Sequence[Token]) -> int:
    """Where the last verb or action noun that is not a light verb stands, else -1."""
    return next(
        (
            k
            for k in range(len(toks) - 1, -1, -1)
            if toks[k].cls in "vs" and toks[k].lemma not in _LIGHT_VERBS
        ),
        -1,
    )


_INCLUDE_VERB = LEXICON["INCLUDE_VERB"]


def adds_to(d: Draft, held: Sequence[Task]) -> bool:
    """本数を数えてから見積に入れます from who holds 共用灯の交換見積: more put into a task the
    sender already holds (the noun before に, then 入れる / 含める / 記載), not work of its own."""
    toks = [t for t in analyse(d.title).tokens if t.cls not in "yx"]
    k = _last_verb(toks)
    if d.kind != "commitment" or k < 0 or toks[k].lemma not in _INCLUDE_VERB:
        return False
    if k < 2 or toks[k - 1].lemma != "に" or toks[k - 2].cls not in "ns":
        return False
    held_words = {w for t in held for w in t.keywords}
    return overlap({toks[k - 2].lemma}, held_words)


# どっちも / 両方も / 全部も: "both, all" — a も that says how much, not "this too"
_ALL_OF = frozenset({"どっち", "どちら", "両方", "全部", "全て", "すべて", "いずれ", "どれ", "何"})


def _also_ja(c: Clause) -> bool:
    toks = c.tokens
    return any(
        t.lemma == "も" and t.cls == "c" and not (k and toks[k - 1].lemma in _ALL_OF)
        for k, t in enumerate(toks)
    )


def named_work(d: Draft) -> bool:
    """電池交換しときます after a check: an action noun of its own, done to a thing."""
    return d.kind == "commitment" and not d.implicit and d.confidence >= 0.9


def new_work(
    drafts: Sequence[Draft], tasks: Sequence[Task], bare_ok: bool = False, said_done: str = ""
) -> list[Draft]:
    """The promises that name work of their own: none of the referenced tasks' words, and
    not only a report back (詳細は別途メールします). ``bare_ok``: an action alone counts, by
    its action (LGTM! マージしておきます — the next step after the review). ``said_done``:
    the words of the done report, which a promise's title may borrow (キャリパー交換終わり
    ました。明日試運転します → キャリパー交換の試運転: the 試運転 is its own)."""
    known = {k for t in tasks for k in t.keywords}

    def own(d: Draft) -> set[str]:
        words = set(d.keywords[-1:] if d.implicit else d.keywords) - _GENERIC_KW
        beyond = {w for w in words if w not in said_done}
        return beyond or words

    return [
        d
        for d in drafts
        if d.kind == "commitment"
        and (bare_ok or not d.implicit)
        and own(d)
        and (_mostly_new(own(d), known) or _next_step(d, known, said_done))
        and not own(d) <= _REPORT_WORDS
        and not (said_done and _leaves_it(d))
    ]


def _mostly_new(words: set[str], known: set[str]) -> bool:
    """No word in common with the tasks — or, of three words or more, at most one (次回期日の
    日程調整、書記官に連絡 after the task of 9/21の期日の持参: work of its own)."""
    shared = sum(1 for w in words if overlap({w}, known))
    return shared == 0 or (len(words) >= 3 and shared == 1)


def _next_step(d: Draft, known: set[str], said_done: str) -> bool:
    """輸入申告書、作成完了しました。明日の朝イチで提出します: the same thing, a step the task did
    not name (提出 after 作成; or a verb of its own), with a day of its own."""
    if d.due is None or not d.keywords or not said_done:
        return False
    step = d.keywords[-1] if d.keywords[-1] in _GENERIC_KW else ""
    if not step:  # PC2台、セットアップ完了しました。明日経理の席まで持っていきます: its verb
        toks = analyse(d.title).tokens
        k = _last_verb(toks)
        step = toks[k].lemma if k >= 0 and toks[k].lemma not in _LIGHT_VERBS else ""
    return bool(step) and not overlap({step}, known) and step not in said_done


_LEAVE_VERB = LEXICON["LEAVE_VERB"]


def _leaves_it(d: Draft) -> bool:
    """手配済みです。チケットは机の上に置いておきます: where the finished thing is left, a
    note beside the report, not work of its own."""
    toks = analyse(d.title).tokens
    k = _last_verb(toks)
    return k >= 0 and toks[k].lemma in _LEAVE_VERB


def other_promises(
    mr: MessageReading, drafts: Sequence[Draft], tasks: Sequence[Task], sender: int
) -> list[Draft]:
    """Promises in a reply of work other than the referenced tasks', said as extra work:
    new tasks, not the acceptance of the old one. A promise naming the action of a task the
    sender holds is that task (装花の発注（梶さん） ← 発注は10/10の朝イチでかけます), even by
    a word shared by many tasks."""
    if not marked_as_extra(mr):
        return []
    held = {k for t in tasks if sender in t.assignee_ids for k in t.keywords}
    return [d for d in new_work(drafts, tasks) if not overlap(set(d.keywords), held)]


def overlap(words: set[str], others: set[str]) -> bool:
    """A word in common, or a Japanese one inside another (製造記録 in 製造記録一式)."""
    return bool(words & others) or any(
        len(a) >= 2 and len(b) >= 2 and not (a + b).isascii() and (a in b or b in a)
        for a in words
        for b in others
    )


_STAND_IN = LEXICON["STAND_IN"]
_AFTER_ALL = frozenset({"やっぱり", "やはり", "やっぱ"})


def stand_in_for(d: Draft, task: Task, mr: MessageReading) -> Draft | None:
    """Sam, never mind then. Nadia could you file it instead?: the task just called off,
    asked of someone else — its work, and its day unless the ask gives one."""
    words = _STAND_IN | _AFTER_ALL  # (キャンセルで、やっぱり西口にお願いします: after all, them)
    if not d.implicit or not any(t.lemma in words for c in mr.clauses for t in c.tokens):
        return None
    return replace(d, title=task.title, keywords=task.keywords, due=d.due or task.due)


def handed_over(d: Draft, live: Sequence[Task], mr: MessageReading, sender: int) -> Draft:
    """[rp 納車前点検] 今週は車検が詰まってて…水野くん、代わりに金曜までにお願いできますか: the
    assignee hands their task on, and the ask is for that task's work — not for what keeps
    them busy (a clause before the stand-in that names no part of the ask)."""
    own = [t for t in live if sender in t.assignee_ids and t.status == TaskStatus.OPEN]
    if d.kind != "request" or len(own) != 1:
        return d  # (of a list replied to, the one line that is the sender's)
    asks = [c for c in mr.clauses if any(t.lemma in _STAND_IN for t in c.tokens)]
    if not asks or (not d.implicit and any(k in c.text for c in asks for k in d.keywords)):
        return d  # (代わりに請求書もお願いします: a thing of its own)
    task = own[0]
    return replace(d, title=task.title, keywords=task.keywords)
