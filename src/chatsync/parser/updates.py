"""What a later message does to tasks already open: done, not done, cancelled, moved.

Decided from the message's speech acts (:mod:`chatsync.parser.acts`), not from
phrases: a done report closes, a negated or partial one never does, a cancellation
drops, a new deadline moves. Pure functions over the room's tasks (any status), so
the same code serves a whole conversation and the poller's incremental cycles. Each
change records the message that made it (``closed_by``, ``due_updated_by``) so that
feeding a message twice changes nothing the second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from chatsync.models import Due, Task, TaskStatus
from chatsync.parser.acts import Act
from chatsync.parser.clause_checks import courtesy
from chatsync.parser.clauses import Clause
from chatsync.parser.markup import ParsedMessage
from chatsync.parser.message import COURTESY_RULES
from chatsync.parser.morph import IRREGULAR_PAST, Token, analyse
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.tasks import MessageReading, keywords_of
from chatsync.parser.work import ASK_BACK, REACH

__all__ = [
    "already_applied",
    "choose_task",
    "close_bare",
    "done_among",
    "done_text",
    "each_named_done",
    "gives_answer",
    "involved",
    "mark_cancelled",
    "mark_done",
    "move_due",
    "named_task",
    "received_input",
    "referenced",
    "says_cancelled",
    "says_checked",
    "says_done",
    "says_done_for",
    "says_new_due",
    "says_own_verb_done",
    "share_left",
]


def says_done(mr: MessageReading) -> bool:
    """A done report (完了しました, 印刷して発送しました, LGTM) and no clause saying it is not
    (まだ半分です, 終わりませんでした, 完了予定です)."""
    if Act.NOT_DONE in mr.acts:
        return False
    return any(not r.question for c, r in mr.clauses_of(Act.DONE))


def done_text(mr: MessageReading) -> str:
    """The clauses that report work done, to tell which task a reply closes when it names
    two (返信、完了しました。台帳への登録はこれからです → the 返信)."""
    done: list[str] = []
    for i, r in enumerate(mr.readings):
        if r.act == Act.DONE:
            if i > 0 and mr.readings[i - 1].act == Act.INFO:
                done.append(mr.clauses[i - 1].text)  # MEP allowances — done: the work's label
            done.append(mr.clauses[i].text)
    return " ".join(done) if done and len(done) < len(mr.clauses) else mr.text


_CHECK_WORK = LEXICON["CHECK_WORK"]
_CHECKED = LEXICON["CHECKED"]


_DONE_FOR_ME = LEXICON["DONE_FOR_ME"]
_NOT_A_REPORT = frozenset(
    {Act.NOT_DONE, Act.REQUEST, Act.CANCEL, Act.COMMITMENT, Act.RESCHEDULE, Act.OFFER}
)


def _someone_else(toks: Sequence[Token]) -> bool:
    """An English report whose subject is another person (Yuki confirmed …, … for us)."""
    words = [t for t in toks if t.cls != "y"]
    if any(a.lemma == "for" and b.lemma in ("us", "me") for a, b in pairwise(words)):
        return True
    return (
        len(words) >= 2
        and words[0].surface[:1].isupper()
        and words[0].cls == "w"
        and words[1].form == "."
        and words[0].lemma not in ("i", "we")
    )


_EN_BUT = LEXICON["EN_BUT"]
_CONTRAST = LEXICON["CONTRAST"]


# The outcome of a check: 問題なしです, 異常ありませんでした, OKでした (closes a check task).
_CHECK_RESULT = re.compile(
    r"(?:問題|異常|不備|差異|修正)(?:は|も)?(?:なし|無し|ない|ありません|ございません)|"
    r"(?:OK|ok|大丈夫)(?:でした|とのこと)|\b(?:looks good|all good|no issues?|lgtm)\b"
    # 色味 OK です！: the thing checked, then its verdict (a bare OK only says "noted")
    r"|[一-龥ァ-ヶー]\s*(?:は|も|、|,)?\s*(?:OK|ok)\s*(?:です)?(?:[!！。]|$)",
    re.I,
)


def _past_lemmas(mr: MessageReading) -> set[str]:
    """Lemmas of the clauses that report something past (描きました, Called them)."""
    out: set[str] = set()
    for c, r in zip(mr.clauses, mr.readings, strict=True):
        if r.question or r.act in _NOT_A_REPORT:
            continue  # "I'll have it booked by Monday" promises; it reports nothing
        toks = c.tokens
        if any(t.lemma in _DONE_FOR_ME for t in toks):
            continue  # 福田さんが予約してくださってました: someone else did it
        if any(t.lemma in _EN_BUT for t in toks) or _contrasted(toks):
            continue  # I called but nobody picked up; 電話したけど不在でした
        if _someone_else(toks):
            continue  # Yuki confirmed the bus company for us
        past = any(t.lemma == "た" and t.cls == "a" for t in toks[-4:]) or any(
            t.form == "." for t in toks
        )
        if past and not _negated(toks):
            if c.analysis.lang != "en":
                # (③の集計、7割くらいまで来ました: the topic before the comma is what the report
                # is about, not a verb done)
                comma = next((k for k, t in enumerate(toks) if t.surface in ("、", ",")), -1)
                topic = 0 < comma < len(toks) - 2 and all(
                    t.cls in "nspqxfy" or t.lemma == "の" for t in toks[:comma]
                )
                head = toks[comma + 1 :] if topic else toks
                out.update(t.lemma for t in head)
            else:  # (the bank pulled out of the feed-station deal: "feed" is no verb done)
                out.update(t.lemma for t in toks if t.form == "." or t.cls != "w")
            for t in toks:
                if t.form == ".":
                    for base in _en_bases(t.lemma):
                        out.update((base, base + "e"))  # booked → book; rotated → rotat(e)
    return out


def _contrasted(toks: Sequence[Token]) -> bool:
    """電話しましたが / 送ったけど: a "but" after a verb (not the が of エラーが出ないのを確認)."""
    return any(
        t.cls == "c" and t.lemma in _CONTRAST and (t.lemma != "が" or toks[k - 1].cls in "va")
        for k, t in enumerate(toks)
        if k > 0
    )


def _negated(toks: Sequence[Token]) -> bool:
    """A negation of the report itself — not one inside what was seen (クラッシュしないのを
    確認しました: the check made, its finding negative)."""
    for k, t in enumerate(toks):
        if t.lemma not in ("not", "ない"):
            continue
        nxt = toks[k + 1 : k + 3]
        if len(nxt) == 2 and nxt[0].lemma in ("の", "こと") and nxt[1].lemma in ("を", "が"):
            continue
        return True
    return False


def _en_bases(word: str) -> tuple[str, ...]:
    """The verbs a past form may come from: stopped → stop, pulled → pull (both kept when
    the stem ends in a double letter)."""
    if word in IRREGULAR_PAST:
        return (IRREGULAR_PAST[word],)
    if word.endswith("ied"):
        return (word[:-3] + "y",)
    if word.endswith("ed"):
        stem = word[:-2]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            return (stem[:-1], stem)
        return (stem,)
    return (word,)


_LIGHT_OBJECT_VERB = frozenset({"入れる", "取る", "かける", "掛ける"})
_JA_TAIL = re.compile(r"[ぁ-んァ-ヶ一-龥々ー][^A-Za-z]*$")


def _title_verbs(task: Task) -> set[str]:
    """The work's own verb or action: 挿絵を描く → 描く; バナーの差し替え → 差し替え(る);
    Call the courier → call."""
    a = analyse(task.title)
    tail = _JA_TAIL.search(task.title) if a.lang == "en" else None
    if tail is not None:
        a = analyse(tail.group())  # Classroom 3 projectorを業者に連絡: the Japanese verb ends it
    toks = [t for t in a.tokens if t.cls in "vsnw"]
    if not toks:
        return set()
    if a.lang == "en":
        return {toks[0].lemma}
    last = toks[-1]
    forms = {last.lemma}
    if last.cls == "n" and last.surface[-1:] in "えけげせてねべめれいきぎしちにびみり":
        forms.add(last.surface + "る")  # 差し替え → 差し替える
    if last.lemma in _LIGHT_OBJECT_VERB and len(toks) > 1 and toks[-2].cls == "s":
        forms.add(toks[-2].lemma)  # 修理の連絡入れる / 予約を取る: 連絡しました reports it
    if last.lemma in ASK_BACK:  # 篠崎様に連絡して在宅の日を聞く: 連絡しました reports it
        forms |= {t.lemma for t in toks if t.lemma in REACH}
    return forms if last.cls != "n" or len(forms) > 1 else set()


def says_done_for(mr: MessageReading, task: Task) -> bool:
    """Done; or the work's own verb in the past; or the check it asked for was made; or the
    state it had to reach is said to hold."""
    return (
        (says_done(mr) and not _only_came_in(mr, task))
        or says_own_verb_done(mr, task)
        or says_checked(mr, task)
        or state_reached(mr, task)
        or _seen_done(mr, task)
        or _arrived(mr, task)
    )


_SENDING = frozenset({"送る", "発送", "郵送", "届ける", "送付", "配送", "出す", "持つ"})
_ARRIVE = frozenset({"届く", "着く", "到着", "着荷"})


def _arrived(mr: MessageReading, task: Task) -> bool:
    """MX-40、もう現地に届いてます under 熊谷工場へ送っていただけますか: the thing sent is said
    to be there — by anyone, the sending is done."""
    if Act.NOT_DONE in mr.acts or not _title_verbs(task) & _SENDING:
        return False
    for c, r in zip(mr.clauses, mr.readings, strict=True):
        if r.question or _negated(c.tokens):
            continue
        toks = c.tokens
        for k, t in enumerate(toks):
            if t.lemma in _ARRIVE and any(
                x.lemma in ("た", "いる", "てる") for x in toks[k + 1 : k + 4]
            ):
                return True
    return False


_SEEN_DONE = re.compile(r"(.{0,12}?)を確認(?:しました|いたしました|できました)")


def _seen_done(mr: MessageReading, task: Task) -> bool:
    """温度記録表、両店とも提出を確認しました under 再提出してもらえると助かります: the work
    itself (its action noun, 提出) seen done — not 確認しました alone, which only notes."""
    if Act.NOT_DONE in mr.acts:
        return False
    actions = {t.lemma for t in analyse(task.title).tokens if t.cls == "s"}
    for c in mr.clauses:
        m = _SEEN_DONE.search(c.text)
        if m is None:
            continue
        seen = {t.lemma for t in analyse(m.group(1)).tokens if t.cls == "s"}
        if any(a in b or b in a for a in actions for b in seen if len(b) >= 2):
            return True
    return False


_CAME_IN = frozenset({"arrived", "received"})
_GENERIC_KW = LEXICON["GENERIC_KEYWORDS"]
_CAME_IN_WORK = LEXICON["TRANSFER"] | frozenset({"発注", "手配", "注文", "依頼", "回収"})


def _only_came_in(mr: MessageReading, task: Task) -> bool:
    """印鑑証明、届きました under 陸運局に行ってきます: something came in, which finishes a
    task only when the task was to get it sent or ordered (部品の手配) or names it."""
    done = mr.clauses_of(Act.DONE)
    if not done or any(r.rule not in _CAME_IN for _, r in done):
        return False
    toks = analyse(task.title).tokens
    if any(t.lemma in _CAME_IN_WORK for t in toks):
        return False
    said = " ".join(c.text for c, _ in done).lower()
    nouns = {t.surface.lower() for t in toks if t.cls in "nsp" and len(t.surface) >= 2}
    return not any(w in said for w in nouns | set(task.keywords) - _GENERIC_KW)


_TO_BE = re.compile(r"(?i)\b(?:has|have|needs?|must)\s+to\s+be\s+(\w+(?:\s+\w+)?)")


def state_reached(mr: MessageReading, task: Task) -> bool:
    """…spot has to be in the rundown → "spot is in the rundown, slot 14": the state the task
    asked for, said to hold now (not "isn't in the rundown yet")."""
    want = _TO_BE.search(task.title)
    if want is None or Act.NOT_DONE in mr.acts:
        return False
    state = re.escape(want.group(1).lower())
    return re.search(rf"(?:\bis|\bare|'s|'re)\s+(?:now\s+)?{state}\b", mr.text.lower()) is not None


_RECEIVED = frozenset({"got the things", "received", "sent to us"})


def received_input(mr: MessageReading, task: Task, sender: int) -> bool:
    """Okamoto-san, got the draft, thanks! from the one doing a native check: the only report
    is of something received that the task's work does not name — the input for the work,
    not the work (got both counts, to "get the counts", names it)."""
    if sender not in task.assignee_ids or sender == task.requester_id:
        return False
    if says_own_verb_done(mr, task):
        return False  # 鍵を受け取る → 鍵、受け取りました: receiving it was the work
    done = mr.clauses_of(Act.DONE)
    # (資料見ました closes 資料の確認: looking was the work; 写真見ました…明後日には付け替えます
    # promises the work after seeing what it is about)
    looked = not _LOOK_WORK.search(task.title) and Act.COMMITMENT in mr.acts
    if not done or any(
        r.rule not in _RECEIVED and not (looked and _seen(c.tokens)) for c, r in done
    ):
        return False
    said = " ".join(c.text for c, _ in done).lower()
    # (見積もらいました names 見積取: a Japanese word by its head; the letter, "letters")
    return not any(
        k in said or (k[:2] if not k.isascii() else k.removesuffix("s")) in said
        for k in task.keywords
        if len(k) >= 2
    )


_LOOK_WORK = re.compile(r"確認|チェック|見|レビュー|目を通|拝見|点検|校正|review|check|look", re.I)


def _seen(toks: Sequence[Token]) -> bool:
    """写真見ました: what was shown has been looked at — the input, when the work does not
    name it (器具の交換 is not done by seeing the photo of the fault)."""
    return any(t.lemma in ("見る", "拝見") for t in toks) and not any(
        t.lemma in ("て", "おく") for t in toks
    )


def says_own_verb_done(mr: MessageReading, task: Task) -> bool:
    """The work's own verb in the past (挿絵を描く → 描きました, Call the courier → Called them),
    for verbs no list can hold."""
    verbs = _title_verbs(task) - _CHECKED  # 確認しました is "noted" until it names the check
    if verbs & _DECIDE:
        verbs |= _DECIDE  # 個数の確定 → 60個で決まりました: the decision made, in any of its words
    return Act.NOT_DONE not in mr.acts and bool((_past_lemmas(mr) | _undone(mr)) & verbs)


_DECIDE = LEXICON["DECIDE"]


def _undone(mr: MessageReading) -> set[str]:
    """Lemmas of a cancel word in the past (予約、取り消しました): it reports work done when
    the work was itself to cancel something (予約を取り消しておきます)."""
    return {
        t.lemma
        for c, _ in mr.clauses_of(Act.CANCEL)
        if any(t.lemma == "た" and t.cls == "a" for t in c.tokens[-4:])
        for t in c.tokens
    }


def says_checked(mr: MessageReading, task: Task) -> bool:
    """確認しました / 問題なしです to a task whose work is itself a check (日報のレビュー):
    usually 確認しました only means "noted", so the caller asks for the check to be named."""
    if Act.NOT_DONE in mr.acts or not any(w in task.title.lower() for w in _CHECK_WORK):
        return False
    return bool(_past_lemmas(mr) & _CHECKED) or any(
        _CHECK_RESULT.search(c.text) for c in mr.clauses
    )


_NOT_AN_ANSWER = frozenset(
    {Act.INFO_ASK, Act.COMMITMENT, Act.NOT_DONE, Act.RESCHEDULE, Act.REQUEST, Act.OFFER}
)
_ADDRESS = ("[To:", "[rp ", "[toall]", "[qt]")


def _closing(c: Clause, rule: str) -> bool:
    """引き続きよろしくお願いいたします after the answer: a closing, not an ask."""
    return rule in COURTESY_RULES and courtesy(c)


def gives_answer(mr: MessageReading) -> bool:
    """A statement that answers (Aで大丈夫とのことです, yes, I've got room for it), not a bare
    "ok" nor a promise to find out (確認してみます); an ask after the answer is what follows
    from it (差し替え前提でOKです。枠だけ空けておいてください)."""
    pairs = list(zip(mr.clauses, mr.readings, strict=True))
    answered = False
    for c, r in pairs:
        if r.act in _NOT_AN_ANSWER and not _closing(c, r.rule):
            if not (answered and r.act in (Act.REQUEST, Act.COMMITMENT, Act.RESCHEDULE)):
                return False
            continue
        if answered or r.question or c.text.startswith(_ADDRESS):
            continue
        words = [t for t in c.tokens if t.cls != "y"]
        answered = (r.act in (Act.INFO, Act.DONE) and len(words) >= 2) or (
            r.act == Act.ACCEPT and len(words) >= 4
        )
    return answered


def done_among(mr: MessageReading, tasks: Sequence[Task]) -> list[Task]:
    """Of several tasks, those a mixed report says are done: 単価表の更新は終わりました。送付は
    まだです → the 更新, not the 送付 (each clause speaks of the task whose work it names)."""
    done = " ".join(c.text for c, _ in mr.clauses_of(Act.DONE)).lower()
    not_done = " ".join(c.text for c, _ in mr.clauses_of(Act.NOT_DONE)).lower()
    out = []
    for t in tasks:
        own = [k for k in t.keywords if len(k) >= 2]
        if any(k in done for k in own) and not any(k in not_done for k in own):
            out.append(t)
    return out


def not_done_among(mr: MessageReading, tasks: Sequence[Task]) -> list[Task]:
    """Of several tasks, those a mixed report names as unfinished (the feature graphic is only
    half done)."""
    not_done = " ".join(c.text for c, _ in mr.clauses_of(Act.NOT_DONE)).lower()
    return [t for t in tasks if any(k in not_done for k in t.keywords if len(k) >= 2)]


def each_named_done(mr: MessageReading, tasks: Sequence[Task]) -> list[Task]:
    """Of several tasks, those a done report names by a word only that task has: "v3 is
    up: pause trimmed, drone shot swapped in" closes the pause and the drone notes; テスト
    shared by two tasks names neither."""
    if not says_done(mr):
        return []
    done = " ".join(_done_things(c.text) for c, _ in mr.clauses_of(Act.DONE)).lower()
    out = []
    for t in tasks:
        others = {k for o in tasks if o is not t for k in o.keywords}
        if any(len(k) >= 2 and k not in others and k in done for k in t.keywords):
            out.append(t)
    return out


def _done_things(text: str) -> str:
    """What each part of a report says is done: "pause trimmed, invite sent to Ms. Marlowe"
    → "pause invite" (the words before the past verb; after it come where and to whom)."""
    out = []
    for piece in re.split(r"[,:;、。]|\band\b", text):
        toks = analyse(piece).tokens
        past = next((k for k, t in enumerate(toks) if t.form == "." and k > 0), None)
        if past is not None and _arrival(toks, past):
            continue  # new logo came in, banners ordered: what came is input, not work done
        out.append(piece[: toks[past].start] if past is not None else piece)
    return " ".join(out)


def _arrival(toks: Sequence[Token], k: int) -> bool:
    nxt = toks[k + 1].lemma if k + 1 < len(toks) else ""
    return toks[k].lemma in ("arrived", "landed") or (toks[k].lemma == "came" and nxt == "in")


# scrap all of that / 全部なしで / both are off: every task of the message replied to
_ALL_OFF = re.compile(
    r"\b(?:all|everything|both|every\s+(?:one|item|line)|the\s+whole\s+(?:list|lot|thing))\b"
    r"|全部|全て|すべて|両方|いずれも|どれも",
    re.I,
)


def calls_off_all(mr: MessageReading) -> bool:
    """The cancellation says all of them (scrap all of that ☝️ / 全部なしでお願いします)."""
    return any(_ALL_OFF.search(c.text) for c, _ in mr.clauses_of(Act.CANCEL))


def cancelled_among(mr: MessageReading, tasks: Sequence[Task]) -> list[Task]:
    """Of several tasks, those a cancellation names: 撮り直しもスタイリングもなしになりました
    calls off both; 撮り直しはなしで only the one."""
    said = " ".join(c.text for c, _ in mr.clauses_of(Act.CANCEL)).lower()
    # re the sponsor copy — never mind, they're reusing last month's read: the topic names
    # the one called off, before any word of the reason does
    named = _named_in(_cancel_topics(mr).lower(), tasks) or _named_in(said, tasks)
    # ③は瀬川さんが手配してくれたので、柳田さんの分はもう不要です: the share of the one named
    return named or [t for t in tasks if _share_of_named(t, said)]


def _named_in(said: str, tasks: Sequence[Task]) -> list[Task]:
    """The tasks whose keywords ``said`` holds — by a word only they have, when one does (a
    word two items share names neither of them)."""
    hits = {id(t): {k for k in t.keywords if len(k) >= 2 and k in said} for t in tasks}
    named = [t for t in tasks if hits[id(t)]]
    own = [
        t for t in named if hits[id(t)] - set().union(*(hits[id(o)] for o in named if o is not t))
    ]
    picked = own or named
    most = max((len(hits[id(t)]) for t in picked), default=0)
    if most >= 2:
        # never mind the Android parity for this release: the task named in full, not the
        # one a stray word (release) touches
        picked = [t for t in picked if len(hits[id(t)]) >= 2]
    return picked


# re the sponsor copy — never mind / as for the banner, scrap it / 看板の件、なしで: the
# clause before the calling-off names what it calls off
_TOPIC_OPENER = re.compile(r"(?i:(?:re|about|regarding|as for)\b)|.*(?:の件|については|ですが)$")


def _cancel_topics(mr: MessageReading) -> str:
    """The topic clauses just before cancelling clauses (re the sponsor copy — never mind)."""
    said: list[str] = []
    for k in range(1, len(mr.clauses)):
        before = mr.clauses[k - 1].text.strip(" 、,—-")
        if (
            mr.readings[k].act == Act.CANCEL
            and mr.readings[k - 1].act == Act.INFO
            and _TOPIC_OPENER.match(before)
        ):
            said.append(before)
    return " ".join(said)


def _share_of_named(task: Task, said: str) -> bool:
    if len(task.assignee_names) != 1:
        return False
    family = task.assignee_names[0].split()[0].lower()
    return len(family) >= 2 and any(f"{family}{h}の分" in said for h in ("さん", "くん", "様", ""))


def only_tried(mr: MessageReading) -> bool:
    """業者さんに電話しましたが、無理とのことでした / I called but nobody picked up: what was
    done is only the attempt — every report of work done ends in が/けど and the clause
    after it says the work did not happen."""
    pairs = list(zip(mr.clauses, mr.readings, strict=True))
    dones = [k for k, (_, r) in enumerate(pairs) if r.act == Act.DONE]
    return bool(dones) and all(
        pairs[k][0].text.rstrip("、, ").endswith(("が", "けど", "けれど", "けれども"))
        and k + 1 < len(pairs)
        and (pairs[k + 1][1].act == Act.NOT_DONE or _nobody_there(pairs[k + 1][0]))
        for k in dones
    )


def _nobody_there(c: Clause) -> bool:
    """担当の方が不在でした / 留守でした: whoever the work needed was not there."""
    return any(t.lemma in _ABSENT for t in c.tokens)


_ABSENT = frozenset({"不在", "留守", "留守電", "お休み", "休み", "外出中", "離席"}) | frozenset(
    {"定休日", "定休", "休業", "休業日", "休館", "休診"}  # 電話しましたが、今日は定休日でした
)


def says_new_due(mr: MessageReading) -> bool:
    """期限を4/7に変更させてください, 金曜まで延ばします, can I have until …"""
    return Act.RESCHEDULE in mr.acts


def says_cancelled(mr: MessageReading) -> bool:
    """不要になりました / キャンセルで / no longer needed: the work is off — not when only the
    rest of it is (the rest is no longer needed. those 3 by tmrw pls: the task narrowed)."""
    cancels = mr.clauses_of(Act.CANCEL)
    if cancels and all(_of_the_rest(c) for c, _ in cancels):
        return False
    if cancels and _KEEPS_ONLY.search(mr.text):
        return False  # プロジェクターは不要になりました。マイクだけで大丈夫です: narrowed
    if cancels and _RESCHEDULED_SO.search(mr.text):
        return False  # the HQ call got cancelled so this one's slipping to Thursday: why it moves
    return bool(cancels)


# …cancelled 🙄 so this one's slipping to Thursday / 中止になったので、これは木曜に: the work moved
_RESCHEDULED_SO = re.compile(
    r"\bso\s+(?:this|that|it|this one|that one)(?:'s|\s+is|\s+will)?\s+(?:be\s+)?"
    r"(?:slipping|moving|pushed|shifting|going to be|on)\b"
    r"|ので、?(?:これ|こちら|それ)は.{0,12}に(?:変更|延期|ずらし)",
    re.I,
)


# マイクだけで大丈夫です / just the mics are fine: part of the work is kept
_KEEPS_ONLY = re.compile(
    r"(?:だけ|のみ)(?:で|は|に)?(?:大丈夫|OK|ok|結構|いい|良い|お願い|十分)"
    r"|(?i:\b(?:just|only)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:is|are)\s+(?:fine|enough|needed)\b)"
)


REMAINDER = LEXICON["REMAINDER"]
_LEAD = frozenset({"so", "the", "but", "and"})


# In a promise's title only the plain words for the rest count: 他の部屋のデンモクの更新 is
# other rooms' work, "the other bins" another thing.
_REST_IN_TITLE = REMAINDER - (LEXICON["OTHER_THAN"] - {"残り"}) - {"分", "other"}


def names_the_rest(toks: Sequence[Token], in_title: bool = False) -> bool:
    """残り4台は確認中 / the other ones still pending: a word for the rest of the work;
    ``in_title``: do the Pre-Int ones after lunch / 残りの分は明日やります."""
    words = _REST_IN_TITLE if in_title else REMAINDER
    return any(t.lemma.lower() in words for t in toks)


_THE_REST = frozenset({"残り", "rest", "remaining"})


def share_done_rest_promised(mr: MessageReading, task: Task) -> bool:
    """北部・南部の分は発送しました。本庁舎分は5/7に発送します: one share of the work done, the
    rest promised — the task is not done, and the promise gives its day."""
    done = [c for c, _ in mr.clauses_of(Act.DONE)]
    promised = [c for c, _ in mr.clauses_of(Act.COMMITMENT)]
    if any(_share_topic(c) for c in promised) and not mr.clauses_of(Act.NOT_DONE):
        return True  # B社の分は来週火曜に送ります: the share left, given its day
    if not (done and promised):
        return False
    if any(_share_topic(c) for c in done) and any(names_the_rest(c.tokens) for c in promised):
        return True
    if any(t.lemma.lower() in _THE_REST for c in promised for t in c.tokens):
        return True  # p.1〜30まで終わりました。残りは予定通り金曜に納品します
    # 日本語版は終わりました。中国語版は…明日までに仕上げます: two parts the task names, each
    # the topic of its clause — one done, the other promised
    said = {_topic(c) for c in done} - {""}
    left = {_topic(c) for c in promised} - {""} - said
    return bool(said and left) and all(p in task.title for p in said | left)


def _topic(c: Clause) -> str:
    """The noun phrase a clause opens with as its topic (中国語版は → 中国語版), or ''."""
    toks = c.tokens
    k = next((k for k, t in enumerate(toks) if t.lemma == "は" and t.cls == "c"), -1)
    start = max((n + 1 for n, t in enumerate(toks[:k]) if t.surface in ("、", ",")), default=0)
    head = toks[start:k]  # (DTP、日本語版は: the part after the topic of the whole)
    if not 0 < len(head) <= 5 or not all(t.cls in "nspqx" or t.lemma == "と" for t in head):
        return ""  # (3階と4階は: two shares)
    return "".join(t.surface for t in head)


_SHARE_WORD = re.compile(r"[0-9０-９]|分$")


def share_left(mr: MessageReading, task: Task) -> bool:
    """カードの病棟配布、3階と4階は終わりました。5階は…まだです: one share done, another of the
    same work not yet — by its number, or a part the task names (not 訳の追加終わりました！ビルド
    はまだです: other work)."""
    done = {_topic(c) for c, _ in mr.clauses_of(Act.DONE)} - {""}
    left: set[str] = set()
    for k, (c, r) in enumerate(zip(mr.clauses, mr.readings, strict=True)):
        if r.act == Act.NOT_DONE:
            left.add(_topic(c))
            if k > 0 and mr.clauses[k - 1].sentence == c.sentence:
                left.add(_topic(mr.clauses[k - 1]))  # 5階は配膳ルートが別なので、まだです
    left -= done | {""}
    return bool(done) and any(p in task.title or _SHARE_WORD.search(p) for p in left)


def _share_topic(c: Clause) -> bool:
    """A share of the work as the clause's topic (…の分は / 本庁舎分は / 2校分は)."""
    toks = c.tokens
    return any(
        t.lemma == "分" and k + 1 < len(toks) and toks[k + 1].lemma in ("は", "も")
        for k, t in enumerate(toks)
    )


def _of_the_rest(c: Clause) -> bool:
    """the rest is no longer needed / 残りは不要です: the clause opens with the rest."""
    words = [t for t in c.tokens if t.lemma.lower() not in _LEAD]
    return bool(words) and words[0].lemma.lower() in REMAINDER


def referenced(pm: ParsedMessage, tasks: Sequence[Task]) -> list[Task]:
    """Tasks whose message this one replies to (``[rp to=]``) or quotes (``[qtmeta aid time]``),
    and tasks whose deadline the replied message moved ("can I have 2 more days?" — "ok,
    wednesday then" answers the request for time, so it is about that task)."""
    ids = {rp.message_id for rp in pm.replies if rp.message_id}
    found = [t for t in tasks if t.message_id in ids or t.due_updated_by in ids]
    for q in pm.quotes:
        if q.account_id is not None and q.time is not None:
            hits = [t for t in tasks if t.requester_id == q.account_id and t.created_at == q.time]
            if len(hits) > 1:
                # [qt]【2】雇用契約書の写しは6/16までにお送りいたします[/qt]: of a message's
                # several tasks, the quoted line's
                qtext = q.text.lower()
                named = [t for t in hits if any(k.lower() in qtext for k in t.keywords)]
                hits = named or hits
        else:
            qtext = q.text.lower()
            hits = [t for t in tasks if t.keywords and all(k in qtext for k in t.keywords)]
        found.extend(t for t in hits if t not in found)
    return found


def _hits(task: Task, text: str) -> int:
    low = text.lower()
    clipped = _KATAKANA.findall(low)  # サムネ for サムネイル, プレゼン for プレゼンテーション
    words = sum(
        1
        for k in task.keywords
        if k in low or (_KATAKANA.fullmatch(k) and any(k.startswith(w) for w in clipped))
    )
    # 304 sorted for "unit 304 leak under the sink": a room, order or unit number names it
    said = set(_NUMBER.findall(text))
    return words + sum(1 for n in set(_NUMBER.findall(task.title)) if n in said)


_KATAKANA = re.compile(r"[ァ-ヴー]{3,}")
_NUMBER = re.compile(r"(?<![0-9/:.,])[0-9]{3,5}(?![0-9/:.,])")


def named_task(candidates: Sequence[Task], text: str) -> Task | None:
    """The one task whose work the text names more than any other's, else None."""
    scored = sorted(((_hits(t, text), i) for i, t in enumerate(candidates)), reverse=True)
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return candidates[scored[0][1]]
    if scored[0][0] > 0 and (len(scored) == 2 or scored[1][0] > scored[2][0]):
        # 報告書案は分析結果待ちになるので、期限を…: of two named as often, the topic — the
        # one named first (分析 is only in the reason)
        a, b = candidates[scored[0][1]], candidates[scored[1][1]]
        first_a, first_b = _first_named(a, text), _first_named(b, text)
        if first_a != first_b and _TOPIC_MARK.match(text, min(first_a, first_b) + 1):
            return a if first_a < first_b else b
    return None


_TOPIC_MARK = re.compile(r"[^、。\s]{0,6}?(?:は|、)")


def _first_named(task: Task, text: str) -> int:
    low = text.lower()
    found = [low.find(k) for k in task.keywords if k and k in low]
    return min(found) if found else len(low)


def choose_task(
    candidates: Sequence[Task], text: str, sender: int, quoted: str = ""
) -> Task | None:
    """Of one message's tasks, the one a reply is about: the one whose work it names, else
    the one whose line it quotes, else the replier's only one, else the only one."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    named = named_task(candidates, text) or (named_task(candidates, quoted) if quoted else None)
    if named is not None:
        return named
    own = [t for t in candidates if sender in t.assignee_ids]
    if len(own) == 1:
        return own[0]
    return None


def involved(task: Task, account_id: int) -> bool:
    """The requester or an assignee: those who may cancel or move a task."""
    return account_id == task.requester_id or account_id in task.assignee_ids


def close_bare(tasks: Sequence[Task], sender: int) -> Task | None:
    """A bare 完了 closes the sender's only open task, and only a single-assignee one."""
    open_own = [t for t in tasks if t.status == TaskStatus.OPEN and sender in t.assignee_ids]
    if len(open_own) == 1 and len(open_own[0].assignee_ids) == 1:
        return open_own[0]
    return None


def already_applied(tasks: Iterable[Task], message_id: str) -> bool:
    """This message already closed or moved a task (the poller fed it again)."""
    return any(t.closed_by == message_id or t.due_updated_by == message_id for t in tasks)


def mark_done(task: Task, message_id: str, when: int) -> Task:
    return task.model_copy(
        update={"status": TaskStatus.DONE, "done_at": when, "closed_by": message_id}
    )


def mark_cancelled(task: Task, message_id: str, when: int) -> Task:
    return task.model_copy(
        update={"status": TaskStatus.CANCELLED, "done_at": when, "closed_by": message_id}
    )


def move_due(task: Task, due: Due, message_id: str) -> Task:
    """The new deadline; a bare day that restates the old one's day keeps its hour
    (「月曜の朝イチまでに」 answered with "I'll send them Monday")."""
    old = task.due
    if old is not None and due.at is None and old.at is not None and old.day == due.day:
        due = old
    return task.model_copy(update={"due": due, "due_updated_by": message_id})


def keywords_for(title: str) -> tuple[str, ...]:
    return keywords_of(title)
