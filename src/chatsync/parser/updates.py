"""Later messages that change a task: done, cancelled, a new deadline, an acceptance.

Pure functions over the room's tasks (any status), so the same code serves a
whole conversation and the poller's incremental cycles. Each change records
the message that made it (``closed_by``, ``due_updated_by``) so that feeding
a message twice changes nothing the second time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from chatsync.models import Due, Task, TaskStatus
from chatsync.parser.detect import keywords_of
from chatsync.parser.markup import ParsedMessage

__all__ = [
    "choose_task",
    "close_bare",
    "done_part",
    "referenced",
    "says_accepted",
    "says_cancelled",
    "says_done",
]

_DONE_JA = re.compile(
    r"完了|(?<!返信)(?<!確認)済(?:み|ませ)?(?:です|でした|ました|!|。|\s|$|、|,)|終わりました|終わった|終わってます|"
    r"(?:予約|席|チケット|アポ|許可|承認|日程)?(?:が|は)?取れました|揃いました|仕上がりました|"
    r"[一-龥ァ-ヶー]{2,}(?:が|は)?(?:でき|出来)ました|"
    r"終わっています|終了しました|終えました|片付きました|片付けました|"
    r"[一-龥ァ-ヶー]{2,}(?:を|が|は)?(?:しました|いたしました|致しました|しておきました|済み?)|"
    r"(?:お?送り|出し|まとめ|作り|仕上げ|入れ|上げ|やり|〆|締め|押さえ|直し|書き|渡し|届け|"
    r"終わらせ|取り|撮り|置き|返し|回し)(?:まし|ておきまし|ときまし)た|"
    r"[ぁ-んァ-ヶー一-龥](?:て|で)おきました|[ぁ-ん一-龥](?:と|ど)きました|"
    r"お(?!待ち|願い)[一-龥][ぁ-ん]{0,2}(?:しました|いたしました|致しました)"  # お送りしました
)
_DONE_JA_NOT = re.compile(
    r"(?:承知|了解|失礼|お願い|安心|理解|把握|納得|感動|感謝|期待|心配|相談|質問|早退|出社|退社|参加|"
    r"欠席|遅刻|到着|出発|帰宅|移動|変更|延期|拝見|拝受|確認|受領|連絡|検討|判断|決定|担当|"
    r"承知いた|了承|お待たせ|ご迷惑|失念|勘違い|誤解|残念|びっくり|ほっと|入社|退職|異動|転職|"
    r"休憩|お邪魔|送信失敗|失敗|発生|故障|理解|安心|想像|期待|成長|集中|区別|判別|再現|"
    r"ログイン|アクセス|接続|利用|使用|特定)(?:を|が|は)?(?:しました|いたしました|致しました|(?:でき|出来)ました)"
)
_NEGATED = re.compile(
    r"(?:終わって|完了して|できて|済んで|対応して|送って|作って|出して)(?:い|お)?ません|未完了|未対応|"
    r"まだ(?:です|終わ|完了|でき|対応)|完了(?:予定|次第|後に|したら|しましたら|できれば|できそう|"
    r"(?:いた|致)?します|する|させます|させる|見込み|の見込み|"
    r"しません|できません|報告を)|終わり(?:次第|そう)|終わったら|終わる予定|"
    r"\bnot (?:yet )?(?:done|finished|complete)|n't (?:done|finished|complete)|\bonce\b|\bwhen\b|"
    r"(?:\bwill|'ll|\bgoing to|\bshould|\bto)\s+(?:have\s+(?:it|this|that|them)\s+|be\s+|get\s+"
    r"(?:it|this|that|them)\s+)?(?:done|finished|completed?|fixed|sent|shared|submitted|booked|updated|"
    r"published|posted|translated|prepared|created|ordered|filed)\b",
    re.I,
)
# A participle before its noun (the updated list, a finished draft) reports nothing done.
_DONE_EN = re.compile(
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bour )(?<!\bmy )(?<!\byour )(?<!\bthis )"
    r"\b(?:done|finished|completed|complete|fixed|resolved|sent|submitted|shared|uploaded|booked|"
    r"updated|published|posted|translated|prepared|created|ordered|filed|"
    r"delivered|deployed|wrapped up|taken care of|all set|approved|merged|"
    r"(?:is|are|it's|they're) (?:now )?(?:ready|live|in place))\b",
    re.I,
)
_REQUESTISH = re.compile(
    r"\b(?:please|could you|can you|would you|by\s+\w+day)\b|ください|お願い", re.I
)
_CANCEL = re.compile(
    r"不要になりました|不要となりました|不要になった|(?<!返信)(?<!ご連絡)不要です|対応不要|"
    r"必要(?:が)?なくなりました|いらなくなりました|キャンセル(?:で|します|になりました|となりました|"
    r"させて|でお願い|して)|取り下げ|中止(?:になりました|します|で|となりました|に)|"
    r"やっぱり大丈夫|やはり大丈夫|(?:は|も|件)なしで|^なしで|見送り|取りやめ|撤回|"
    r"\bno longer (?:needed|necessary|required)\b|\bnot needed anymore\b|\bcancel(?:l?ed)?\b|"
    r"\bnever ?mind\b|\bscratch that\b|\bdisregard\b|\bwon't be needed\b|\bcall(?:ed)? off\b|"
    r"\bignore (?:this|that|it|my (?:last |previous )?(?:message|request))\b|"
    r"(?:この件|本件|こちら|これ|それ)は?(?:無視して|忘れて)(?:ください|下さい|OK|大丈夫)",
    re.I,
)
_ACCEPT = re.compile(
    r"承知|了解|かしこまり|承りました|対応します|やります|\bOK\b|\bgot it\b|\bsure\b|\bwill do\b|"
    r"\bno problem\b|\bon it\b|\bnoted\b",
    re.I,
)


# A question clause (up to its 、 so 「作成しましたので、ご確認いただけますか？」 keeps its report).
_QUESTION = re.compile(r"[^。!?？、,\n]*(?:[?？]|か[。]?(?=\n|$))")


def says_done(text: str) -> bool:
    """完了しました / 送付しました / 済です / done, finished — and not 「まだ終わっていません」 nor
    a question (「見積書って完了しましたか？」 asks, it reports nothing)."""
    text = _QUESTION.sub("", text)
    if not text.strip() or _NEGATED.search(text):
        return False
    for m in _DONE_JA.finditer(text):
        if not _DONE_JA_NOT.match(text, m.start()) and not _DONE_JA_NOT.search(m.group(0)):
            return True
    if _DONE_EN.search(text):
        sentence_q = text.strip().endswith("?")
        return not sentence_q and not _REQUESTISH.search(text)
    return False


# 確認しました is usually "noted"; it finishes the work only when the work is a check.
_CHECKED = re.compile(
    r"(?:確認|拝見|チェック|レビュー|査収|承認|目を通し)(?:を|が|は)?(?:しました|いたしました|致しました|"
    r"させていただきました|済み?|完了)"
    r"|\b(?:checked|reviewed|approved|looked (?:at|over|through))\b",
    re.I,
)
_CHECK_WORK = re.compile(
    r"確認|チェック|レビュー|査収|承認|目を通|添削|\b(?:check|review|approve)", re.I
)


# A title ending in a verb's dictionary form (挿絵を描く), and the ending of its ます stem.
_TITLE_VERB = re.compile(r"([一-龥][ぁ-ん]?|もら|いただ|頂)([うくぐすつぬぶむる])$")
# A title ending in a verb's stem used as a noun (差し替え, 見直し, 洗い出し, 取り寄せ).
_OKURI = "いきぎしちにびみりえけげせてねべめれ"
_TITLE_STEM_NOUN = re.compile(rf"([一-龥](?:[{_OKURI}]?[一-龥])*[{_OKURI}])$")
_I_ROW = {
    "う": "い",
    "く": "き",
    "ぐ": "ぎ",
    "す": "し",
    "つ": "ち",
    "ぬ": "に",
    "ぶ": "び",
    "む": "み",
}


_EN_IRREGULAR = {
    "send": "sent",
    "write": "wrote|written",
    "make": "made",
    "buy": "bought",
    "bring": "brought",
    "pay": "paid",
    "take": "took|taken",
    "draw": "drew|drawn",
    "get": "got|gotten",
    "find": "found",
    "give": "gave|given",
    "tell": "told",
    "build": "built",
    "ring": "rang|rung",
    "lay": "laid",
    "run": "ran",
    "do": "did|done",
}
_EN_TITLE_VERB = re.compile(r"^([A-Za-z]{2,})\b")
_EN_BUT = re.compile(r"\b(?:but|not|no one|nobody)\b|n't\b|\?\s*$", re.I)


def _en_past(verb: str) -> str:
    """The past forms of an English verb (call → called, book → booked, copy → copied)."""
    v = verb.lower()
    if v in _EN_IRREGULAR:
        return _EN_IRREGULAR[v]
    if v.endswith("e"):
        return v + "d"
    if re.search(r"[^aeiou]y$", v):
        return v[:-1] + "ied"
    forms = [v + "ed"]
    if re.search(r"[^aeiou][aeiou][bdgmnprt]$", v):
        forms.append(v + v[-1] + "ed")
    return "|".join(forms)


def _says_en_verb_done(text: str, title: str) -> bool:
    """An English title's own verb in the past (Call the bank → "Called them")."""
    m = _EN_TITLE_VERB.match(title)
    if m is None or _REQUESTISH.search(text) or _EN_BUT.search(text):
        return False
    past = _en_past(m.group(1))
    return bool(re.search(rf"(?<!\bthe )(?<!\ba )\b(?:{past})\b", text, re.I))


def says_own_verb_done(text: str, task: Task) -> bool:
    """The work's own verb in the past (挿絵を描く → 描きました, 机を並べる → 並べました, Call the
    bank → Called), for verbs no list can hold."""
    if _NEGATED.search(text):
        return False
    if _says_en_verb_done(_QUESTION.sub("", text), task.title):
        return True
    noun = _TITLE_STEM_NOUN.search(task.title)
    if noun is not None and f"{noun.group(1)}ました" in text:
        return True  # バナー画像の差し替え → 差し替えました, 手順の見直し → 見直しました
    m = _TITLE_VERB.search(task.title)
    if m is None or _NEGATED.search(text):
        return False
    head, end = m.groups()
    stems = [head + "り", head] if end == "る" else [head + _I_ROW[end]]
    return any(f"{stem}ました" in text or f"{stem}終わりました" in text for stem in stems)


_SENTENCE = re.compile(r"[^。!?\n]+[。!?]*")


def done_part(text: str) -> str:
    """The sentences that report work done, to tell which task a reply closes when it names
    two (返信、完了しました。台帳への登録はこれからです → the 返信); all of it when none do."""
    parts = [p for p in _SENTENCE.findall(text) if says_done(p)]
    return " ".join(parts) if parts and len(parts) < len(_SENTENCE.findall(text)) else text


def says_done_for(text: str, task: Task) -> bool:
    """Done, or 確認しました to a task whose work is itself a check (日報のレビュー)."""
    if says_done(text) or says_own_verb_done(text, task):
        return True
    return bool(_CHECK_WORK.search(task.title) and _CHECKED.search(text)) and not _NEGATED.search(
        text
    )


# The sender moves a deadline: 期限を4/7に変更させてください, 金曜まで延ばします, can I have until …
_MOVES_DUE = re.compile(
    r"期限|締め?切|納期|延ば|延長|延期|後ろ倒し|前倒し|に変更|まで待って|でも(?:大丈夫|いい|よろしい|可能)|"
    r"\b(?:until|extend|extension|push (?:it|this) (?:back|to)|move (?:it|this) to|instead)\b",
    re.I,
)


def says_new_due(text: str) -> bool:
    return bool(_MOVES_DUE.search(text))


def says_cancelled(text: str) -> bool:
    """不要になりました / キャンセルで / no longer needed: the work is off."""
    return bool(_CANCEL.search(text))


def says_accepted(text: str) -> bool:
    return bool(_ACCEPT.search(text))


def referenced(pm: ParsedMessage, tasks: Sequence[Task]) -> list[Task]:
    """Tasks whose message this one replies to (``[rp to=]``) or quotes (``[qtmeta aid time]``)."""
    ids = {rp.message_id for rp in pm.replies if rp.message_id}
    found = [t for t in tasks if t.message_id in ids]
    for q in pm.quotes:
        if q.account_id is not None and q.time is not None:
            hits = [t for t in tasks if t.requester_id == q.account_id and t.created_at == q.time]
        else:
            qtext = q.text.lower()
            hits = [t for t in tasks if t.keywords and all(k in qtext for k in t.keywords)]
        found.extend(t for t in hits if t not in found)
    return found


def _hits(task: Task, text: str) -> int:
    low = text.lower()
    return sum(1 for k in task.keywords if k in low)


def _named(candidates: Sequence[Task], text: str) -> Task | None:
    scored = sorted(((_hits(t, text), i) for i, t in enumerate(candidates)), reverse=True)
    if scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
        return candidates[scored[0][1]]
    return None


def choose_task(
    candidates: Sequence[Task], text: str, sender: int, quoted: str = ""
) -> Task | None:
    """Of one message's tasks, the one a reply is about: the one whose work it names, else
    the one whose line it quotes, else the replier's only one, else the only one."""
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    named = _named(candidates, text) or (_named(candidates, quoted) if quoted else None)
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
