"""Stage 4: a message's clauses and their acts → the tasks it creates (:class:`Draft`).

Each request or commitment clause that names work is a task; a clause that only
details the same work (明日までにいただけると助かります) gives it a deadline; a
request whose work is implicit (ご確認お願いします) takes its thing from the clause
before, or is the bare action. Lists and to-do blocks give one task a line, with the
owner the line names. Every draft carries a confidence: strong for an explicit request
or a Chatwork task, weaker for implicit work, no assignee or an inferred title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from chatsync.calendar import BusinessCalendar
from chatsync.models import Due
from chatsync.parser.acts import Act, Reading, read_clause
from chatsync.parser.clauses import Clause, Line
from chatsync.parser.dates import find_dates
from chatsync.parser.lists import TAGS, Listing, list_drafts, list_items
from chatsync.parser.markup import ParsedMessage
from chatsync.parser.message import (
    COURTESY_RULES,
    DATE_IS_FINE,
    THEN_POINTER,
    Draft,
    MessageReading,
    TaskContext,
    chatwork_drafts,
    chatwork_due,
    chatwork_title,
    date_spans,
    due_in,
    is_occasion,
    keywords_of,
    marked_due,
    read_message,
    starts_then,
    work_of,
)
from chatsync.parser.morph import analyse
from chatsync.parser.people import Directory, addressed
from chatsync.parser.plans import daily_plan
from chatsync.parser.rules.ja import OPTION_ANSWER
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work import (
    TITLE_MAX,
    Work,
    combine,
    names_a_thing,
    object_of,
    said_before,
)
from chatsync.parser.work_en import EN_AND_VERB

__all__ = [
    "Draft",
    "MessageReading",
    "chatwork_due",
    "chatwork_title",
    "detect",
    "keywords_of",
    "read_message",
]


_ANNOUNCE = LEXICON["ANNOUNCE"]
_SHARE_NOW = LEXICON["SHARE_NOW"]
_LATER = LEXICON["LATER"]


_PASTE = LEXICON["PASTE"]
_FILE_NAME = re.compile(
    r"[\w.-]+\.(?:png|jpe?g|gif|heic|pdf|xlsx?|docx?|pptx?|csv|zip|mp4|mov|txt)\b", re.I
)


def _announces_itself(c: Clause, lines: Sequence[Line], has_link: bool, dated: bool) -> bool:
    """議事録を貼っておきます + the minutes; ログを貼っておきます (pasting it here);
    当番表を共有します (sharing it now)."""
    lemmas = {t.lemma for t in c.tokens}
    if lemmas & _PASTE and not dated:
        return True
    if lemmas & _ANNOUNCE:
        # メモとしてここに残しておきます: the message itself is what it leaves
        return has_link or c.line < len(lines) - 1 or "ここ" in lemmas
    if lemmas & _SHARE_NOW and not dated and not lemmas & (_LATER | {"私", "僕", "自分"}):
        last_verbs = [t for t in c.tokens if t.cls in "sv"][-2:]
        return any(t.lemma in _SHARE_NOW for t in last_verbs) and not any(
            t.lemma in ("おく", "みる") for t in c.tokens
        )
    return False


# ----------------------------------------------------------------------------- lists


def _is_own_report(pm: ParsedMessage) -> bool:
    """A digest or reminder chatsync posted with its own account: no new work in it."""
    own = re.compile(r"タスク|\btasks?\b|期限を過ぎ|#!rid[0-9]", re.I)
    return any(own.search(t) for t in pm.info_titles) or bool(
        re.search(r"期限を過ぎ|#!rid[0-9]", pm.text)
    )


_NOTICE_TITLE = re.compile(r"お知らせ|ご案内|告知|notice|announcement", re.I)


def _part_dues(
    c: Clause, parts: Sequence[str], due: Due | None, ctx: TaskContext
) -> list[Due | None]:
    """I'll review it today and send it out tomorrow: each piece of work its own day, when
    it says one; the clause's otherwise (update the docs and tag the release by Friday)."""
    if len(parts) < 2 or c.analysis.lang != "en":
        return [due] * len(parts)
    pieces = EN_AND_VERB.split(c.text)
    if len(pieces) != len(parts):
        return [due] * len(parts)
    return [due_in(p, ctx) or due for p in pieces]


_COSTS = frozenset({"cost", "costs", "bill", "bills", "fee", "fees", "expense", "expenses"})


def _asks_an_outsider(c: Clause, directory: Directory) -> bool:
    """…に依頼します where the one asked (before に) is no member: a maker, a vendor."""
    toks = c.tokens
    for k, t in enumerate(toks[1:], 1):
        if t.lemma == "に" and t.cls == "c" and toks[k - 1].cls in "nps":
            return directory.member(toks[k - 1].surface) is None
    return False


def _covers_a_shift(c: Clause, r: Reading) -> bool:
    """cover the bell desk / I can cover — but not "cover the cost of the taxi"."""
    toks = c.tokens
    if c.analysis.lang != "en" or r.work >= len(toks) or toks[r.work].lemma not in _EN_ROLE:
        return False
    return not any(t.lemma in _COSTS for t in toks[r.work + 1 : r.work + 5])


def _inline_member(mr: MessageReading, directory: Directory) -> int | None:
    """佐藤さん、見積の件お願いします: the member named at the start of the message."""
    for i, c in enumerate(mr.clauses[:2]):
        aid, rest = directory.leading_member(c.text)
        if aid is not None and rest != c.text:
            return aid
        if i + 1 < len(mr.clauses) and mr.clauses[i + 1].sentence == c.sentence:
            # "Bob, any chance you could …": the name alone, split off before the ask
            aid = directory.member(c.text.rstrip(",、 "))
            if aid is not None:
                return aid
    return None


_BARE_TITLE_ACTIONS = LEXICON["BARE_ACTIONS"]
_HEADING = re.compile(r"^[【\[]?[^【】\[\]\s]{1,12}[】\]]\s*")
_WISHED_SUBJECT = re.compile(r"\bif\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:could|can|would)\b")


def detect(
    pm: ParsedMessage,
    sender: int,
    sent: datetime,
    directory: Directory,
    calendar: BusinessCalendar,
    self_account_id: int | None = None,
    previous: str = "",
    mr: MessageReading | None = None,
) -> list[Draft]:
    """The tasks one message creates (none for greetings, thanks, FYI, questions, acks).

    ``previous`` is the room's message before this one, for work that points back."""
    if pm.tasks:
        return chatwork_drafts(pm, sent.tzinfo)
    if sender == self_account_id and _is_own_report(pm):
        return []
    mr = mr or read_message(pm.text)
    if not mr.clauses:
        return []
    lines = mr.lines
    base = addressed(pm, sender, directory, self_account_id)
    inline = None if pm.to_ids or pm.to_all else _inline_member(mr, directory)
    if inline is not None and inline != sender:
        base = (inline,)
    ctx = TaskContext(sender, sent, calendar, directory, base)

    plan = daily_plan(lines, ctx)
    if plan is not None:
        # 日報: the plan's items are promises; the rest of the report is read as chat
        rest = "\n".join(ln.text for ln in lines if ln.index not in plan.lines)
        others = detect(
            replace(pm, text=rest), sender, sent, directory, calendar, self_account_id, previous
        )
        return plan.drafts + others

    listed = list_items(lines, directory)
    if listed is not None:
        _own_addressees(listed, pm, mr)
        in_list = list_drafts(listed, ctx, self_account_id)
        if in_list is not None:
            return in_list + _after_list(
                pm, listed, sender, sent, directory, calendar, self_account_id
            )

    # a link, an [info] block or a file name (スクショ上げときます📎 banner.png): the thing
    has_link = "http" in mr.text or bool(pm.info_titles) or bool(_FILE_NAME.search(mr.text))
    # [info][title]臨時休業のお知らせ[/title]…休業します: what the notice says will happen
    notice = any(_NOTICE_TITLE.search(t) for t in pm.info_titles)
    tagged = bool(TAGS.search(pm.text))
    drafts: list[Draft] = []
    owners: list[int] = []  # index in mr.clauses of each draft
    details: list[int] = []  # request clauses that name no work of their own
    tagged_at: int | None = None  # the clause of a 【依頼】 heading
    for i, (c, r) in enumerate(zip(mr.clauses, mr.readings, strict=True)):
        act = r.act
        if act == Act.INFO_ASK and r.rule.startswith("tell me") and due_in(c.text, ctx):
            act = Act.REQUEST  # 金曜までに候補日を教えてください: answer by a time
        if r.rule == "a day asked for" and not (pm.replies or pm.quotes):
            # 現地調査、来週火曜でお願いできますか: outside a reply, a day for new work
            act = Act.REQUEST
            r = Reading(Act.REQUEST, r.rule, r.pred, r.work, r.strength, True, False, False)
        if r.rule == "irai" and not base and _asks_an_outsider(c, directory):
            # 明日メーカーに点検依頼します: the sender will ask the maker — their own work
            act = Act.COMMITMENT
            r = Reading(Act.COMMITMENT, r.rule, r.pred, r.work, 0.8, False, False, r.self_named)
        owner: tuple[int, ...] = ()
        if act not in (Act.REQUEST, Act.COMMITMENT) and c.analysis.lang == "en":
            # Ken to update the FAQ: an action item said on its own line
            aid, rest = directory.action_item(c.text)
            if aid is not None and aid != sender and rest:
                rest_a = analyse(rest)
                rr = read_clause(rest_a)
                if rr.act == Act.REQUEST:
                    c, r, act, owner = replace(c, analysis=rest_a), rr, Act.REQUEST, (aid,)
        tag = TAGS.search(c.text)
        if tag is not None and r.rule == "topic only":
            tag = None  # 【依頼】…について: the heading names a topic; the body asks
        if tag is not None and act not in (Act.REQUEST, Act.COMMITMENT):
            act = Act.REQUEST  # 【依頼】年末調整書類の提出: the heading names the work
            r = Reading(Act.REQUEST, "tag", len(c.tokens), 0, 0.9, r.question, False, False)
        if act not in (Act.REQUEST, Act.COMMITMENT) or (act == Act.COMMITMENT and notice):
            continue
        if act == Act.REQUEST and c.analysis.lang == "ja" and _says_how(c, r):
            continue  # はい、v3を使ってください: an answer on how, no work of its own
        if (
            act == Act.REQUEST
            and r.rule in _NEED_AFTER
            and owners
            and owners[-1] == i - 1
            and directory.leading_member(c.text)[0] is None
        ):
            details.append(i)  # can u find out…? Ostara needs an answer by next Friday: why, when
            continue
        if act == Act.REQUEST and r.rule in _NEED_RULES and _asked_next(mr, i):
            details.append(i)  # the rice needs picking up. can you arrange the van? one job
            continue
        if act == Act.REQUEST and not base:
            # TODO: 契約書の製本（鈴木）: nobody addressed, the owner named in parentheses.
            aid, rest = directory.named_in_parens(c.text)
            if aid is not None and aid != sender:
                base_here: tuple[int, ...] = (aid,)
                c = replace(c, analysis=analyse(rest.replace("()", " ").strip()))
                r = read_clause(c.analysis)
            else:
                base_here = base
                # would be great if Bob could update the changelog: the one the wish names
                wished = _WISHED_SUBJECT.search(c.text) if c.analysis.lang == "en" else None
                aid = directory.member(wished.group(1)) if wished else None
                if aid is not None and aid != sender:
                    base_here = (aid,)
        else:
            base_here = base
        base_here = owner or base_here
        spans = date_spans(c, ctx)
        if act == Act.COMMITMENT and _announces_itself(c, lines, has_link, bool(spans)):
            continue
        if act == Act.COMMITMENT and pm.to_all and not _self_or_by(c):
            continue  # [toall] 本日18時にリリースします: a schedule, not work due by a time
        if act == Act.REQUEST and pm.replies and _option_answer(c):
            continue  # B店でお願いします: an answer to a question
        if tag is not None:
            spans = [*spans, (tag.start(), tag.end())]
        w = work_of(c, r, spans)
        if (
            act == Act.COMMITMENT
            and (w.pointer or w.bare)
            and c.analysis.lang == "en"
            and _promised_next(mr, i)
        ):
            # I'll take this one. Will have the PDF fix out by EOD / leave it with me, will
            # pull the logs: one promise
            details.append(i)
            continue
        named_before = said_before(c.analysis, r, w.title) if w.pointer else ""
        if named_before:  # the music swells too early, please fade it: the pointer is named
            w = Work(named_before, False, False, w.other_subject)
        if act == Act.COMMITMENT and w.other_subject:
            continue  # トナー交換は総務が行います: a notice of someone else's work
        if act == Act.COMMITMENT and _response_to_own_ask(w.title, drafts, sender):
            continue  # 第3章、見せてください。FB返します: what follows the ask, once answered
        if r.rule == "someone who can" and (w.bare or any(t.lemma in _ROLE for t in c.tokens)):
            continue  # 手伝える人 / 受付をお願いできる人いますか？: a call for helpers, no work
        if _covers_a_shift(c, r):
            continue  # anyone around to cover the bell desk? / I can cover: a shift, a role
        if act == Act.COMMITMENT and r.conditional and w.bare and not w.pointer:
            continue  # 修正があれば私が対応します: a conditional offer beside the request
        if drafts and act == Act.REQUEST and tagged_at is not None and not _also(c):
            details.append(i)  # 【依頼】X then the body that explains X: one task
            continue
        if drafts and _details(mr, i, r, drafts, owners, w):
            details.append(i)
            continue
        if drafts and (w.bare or w.pointer or not w.title) and not _also(c):
            details.append(i)
            continue
        title = directory.without_addressed_names(w.title) if w.title else w.title
        thing_at: int | None = None  # the clause before that names the thing, if any
        title = _HEADING.sub("", title)  # 【引き継ぎ】302号室…: a label, not the work
        confidence = r.strength
        same_sentence = i > 0 and mr.clauses[i - 1].sentence == c.sentence
        if i > 0 and title.startswith(_SHARE_OF) and mr.readings[i - 1].act in _NAMES_THE_THING:
            # チェックリストを載せました。各自の担当分を埋めてください → チェックリストの担当分
            obj = object_of(mr.clauses[i - 1].analysis)
            if obj and len(obj) <= 20:
                title = f"{obj}の{title}"
        elif title.startswith(_RELATIONAL) and same_sentence:
            # 夜間バックアップが失敗しているので、原因を調べます → 夜間バックアップの原因を調べる
            obj = object_of(mr.clauses[i - 1].analysis)
            if obj:
                title = f"{obj}の{title}"
        elif i > 0 and _party_only(title) and mr.readings[i - 1].act in _SETS_THE_THING:
            # リボン、在庫切れでした。問屋さんに注文しておきます → リボンを問屋さんに注文: the
            # thing is in the clause before, the ask names only who to go to
            # スタンド花用のリボン、在庫切れ → リボン: the head noun, not the words of the
            # task it belongs to
            obj = object_of(mr.clauses[i - 1].analysis).split("、")[0].split("の")[-1]
            if obj and len(obj) <= 12:
                title = f"{obj}を{title}"
                thing_at = i - 1
        if i > 0 and c.analysis.lang == "en" and _COPIES.search(title):
            # …permission slips need to go home today, could you print 60 copies by noon?
            obj = object_of(mr.clauses[i - 1].analysis)
            if obj and mr.clauses[i - 1].sentence == c.sentence:
                the = "" if obj.lower().startswith("the ") else "the "
                title = f"{title} of {the}{obj}"
        elif i > 0 and c.analysis.lang == "en" and _ASPECT.search(title):
            # cover letter v1 is done. could you sanity-check the wording: the wording of it
            obj = object_of(mr.clauses[i - 1].analysis)
            if obj and len(obj) <= 40 and mr.readings[i - 1].act in _NAMES_THE_THING:
                the = "" if obj.lower().startswith("the ") else "the "
                title = f"{title} of {the}{obj}"
        answer = act == Act.REQUEST and (r.action == _CONFIRM or _asks_reply(title))
        if title and r.action == _CONFIRM:
            title = f"{_CONFIRM} whether {title[:1].lower()}{title[1:]}"  # lmk by Thu if…
        if not title and r.action:
            # Pushed the new signup form, PTAL: the thing is named before the ask.
            before = analyse(c.text[: c.tokens[r.pred].start].strip(" ,、")) if r.pred else None
            obj = object_of(before) if before is not None and before.tokens else ""
            title = combine(obj, r.action) if obj else r.action
            w = Work(title, not obj, False)
        if act == Act.REQUEST and not title and r.question and i > 0 and not _courtesy(c):
            # The calibration records need to be in the binder too. Alan-san、お願いできますか？
            title = _from_context(mr, i, "", "")
            w = Work(title, True, True)
            confidence -= 0.2
        if r.rule in COURTESY_RULES and r.conditional and w.bare and c.analysis.lang == "ja":
            details.append(i)  # 戻ってきたらまたよろしくお願いします: a courtesy for later
            continue
        if r.rule in COURTESY_RULES and _ADDRESSED_ONLY.fullmatch(title):
            details.append(i)  # 夜勤さんよろしくお願いします: who is greeted, no work
            continue
        if act == Act.REQUEST and (not title or (is_occasion(title) and r.rule in COURTESY_RULES)):
            details.append(i)  # よろしくお願いします / 明日の会議、よろしく: no work of its own
            continue
        if act == Act.COMMITMENT and (not title or is_occasion(title)):
            if w.pointer or not title:
                title = _from_context(mr, i, previous, "対応")
                confidence -= 0.2
                if not title:
                    continue
            else:
                continue
        elif act == Act.COMMITMENT and w.bare and not w.pointer and not _firm(r, c, ctx):
            continue  # 確認します alone: no thing and no time — a remark, not a promise to track
        elif w.bare or w.pointer:
            ctx_title = _from_context(mr, i, "", title)
            if ctx_title:
                title = ctx_title  # named in this message: explicit enough
                w = Work(title, False, False, w.other_subject)
            elif ctx_title := _from_context(mr, 0, previous, title):
                title = ctx_title
                confidence -= 0.1
            elif title.lower() not in _BARE_TITLE_ACTIONS and w.pointer:
                confidence -= 0.2
            confidence -= 0.1
        if act == Act.COMMITMENT and starts_then(c):
            continue  # 来週から試験導入します: a start, not a time the work is due by
        if act == Act.COMMITMENT:
            assignees: tuple[int, ...] = (sender,)
        else:
            aid, rest = directory.leading_member(c.text)
            if aid is not None and c.analysis.lang == "en" and title.lower() != rest.lower():
                # Rosa, forum questions please: the name says who, it is no part of the work
                said = c.text[: len(c.text) - len(rest)].strip(" ,:")
                if title.lower().startswith(said.lower()):
                    title = title[len(said) :].strip(" ,:")
                    title = title[:1].upper() + title[1:]
            if aid is None and c.analysis.lang == "ja":
                aid, rest = directory.topic_member(c.text)  # 週報の送付は瀬川さんお願いします
                if aid is not None:
                    title = _without(title, c.text, rest)
            assignees = (aid,) if aid is not None and aid != sender else base_here
            if not assignees:
                confidence -= 0.15
        if tagged:
            confidence = max(confidence, 0.9)
        if tag is not None and tagged_at is None:
            tagged_at = i
        due = due_in(c.text, ctx)
        if due is None and thing_at is not None:
            due = due_in(mr.clauses[thing_at].text, ctx)  # 機材、明日返却ですよね？…僕やります
        if due is None and i > 0 and THEN_POINTER.search(c.text):
            due = due_in(mr.clauses[i - 1].text, ctx)  # 月曜は寄るので、そのとき押しておきます
        if due is None and i > 0 and _BY_THE_DAY.search(c.text):
            due = _day_said_before(mr, i, ctx)  # 大掃除は12/24です。当日までに処分してください
        parts = w.parts or (title,)
        dues = _part_dues(c, parts, due, ctx)
        for part, due in zip(parts, dues, strict=True):
            kw = keywords_of(part)
            if any(set(kw) and set(kw) == set(d.keywords) for d in drafts):
                continue  # the same work said twice
            drafts.append(
                Draft(
                    part[:TITLE_MAX],
                    assignees,
                    due,
                    act.value,
                    kw,
                    confidence=_clamp(confidence - (0.1 if w.parts else 0.0)),
                    implicit=w.bare or w.pointer,
                    answer=answer,
                )
            )
            owners.append(i)
    if not drafts:
        unsaid = _unsaid_ask(mr, ctx, pm)
        return [unsaid] if unsaid is not None else []
    # Clauses without work of their own give their deadline to the task before them (or the
    # only task): 見積書の作成をお願いします。明日までにいただけると助かります。
    for i in details:
        due = due_in(mr.clauses[i].text, ctx)
        if due is None:
            continue
        k = max((n for n, o in enumerate(owners) if o < i), default=0)
        for n, o in enumerate(owners):  # 校正と、引出物の確認をお願いします。どちらも今週中で
            if o == owners[k] and drafts[n].due is None:
                drafts[n] = replace(drafts[n], due=due)
    if len(set(owners)) == 1 and all(d.due is None for d in drafts):
        # (one clause's tasks: 席次表の校正と、引出物の確認をお願いします。どちらも今週中で)
        # A deadline said in a clause of its own (金曜までで): only a marked one, so that the
        # day of an event the message mentions (2/17(水)10時で先方OKでした) is none.
        used = set(owners)
        rest = " ".join(c.text for j, c in enumerate(mr.clauses) if j not in used)
        due = marked_due(rest, ctx) if rest else None
        if due is None:
            for j, c in enumerate(mr.clauses):
                if j not in used and (DATE_IS_FINE.search(c.text) or _only_a_day(c, ctx)):
                    due = due_in(c.text, ctx)  # 金曜でOKです / 明日中で大丈夫です
                    break
        if due is not None:
            drafts = [replace(d, due=due) for d in drafts]
    return drafts


def _own_addressees(listed: Listing, pm: ParsedMessage, mr: MessageReading) -> None:
    """``- patch notes: [To:3]Yuki can you draft them`` — a list line's own [To:] is its owner
    (only while the text keeps its lines, so that line numbers still match)."""
    if not pm.to_lines or pm.text.count("\n") != mr.text.count("\n"):
        return
    raw = {ln.index: ln.raw for ln in mr.lines}
    for item in listed.items:
        ids = {aid for n, aid in pm.to_lines if n in {raw.get(i) for i in item.lines}}
        if item.owner is None and len(ids) == 1:
            item.owner = ids.pop()


_RESPONSE = LEXICON["RESPONSE"]
_ADDRESSED_ONLY = re.compile(
    r"[^\sのをにはが]{1,8}(?:さん|様|さま|くん|君|ちゃん|各位|皆様|皆さん)"
)
_BY_THE_DAY = re.compile(r"当日(?:まで|中)")


def _day_said_before(mr: MessageReading, i: int, ctx: TaskContext) -> Due | None:
    """当日までに: by the day of the event the message named before (its day, not its hour)."""
    for c in reversed(mr.clauses[:i]):
        try:
            found = find_dates(c.text, ctx.sent, ctx.calendar)
        except Exception:
            return None
        if found:
            return Due(day=found[0].due.day)
    return None


def _response_to_own_ask(title: str, drafts: Sequence[Draft], sender: int) -> bool:
    """A promise of feedback after asking someone for the thing: the answer to their work."""
    kw = set(keywords_of(title))
    asked = any(d.kind == "request" and sender not in d.assignees for d in drafts)
    return asked and bool(kw) and kw <= _RESPONSE


def _unsaid_ask(mr: MessageReading, ctx: TaskContext, pm: ParsedMessage) -> Draft | None:
    """[To:吉良さん] 商店街の写真、横位置で3枚ほど。14時まで: a thing, then a deadline alone,
    sent to someone — the ask is left unsaid."""
    if not ctx.base or ctx.sender in ctx.base or pm.replies or pm.quotes or len(mr.clauses) > 4:
        return None
    pairs = list(zip(mr.clauses, mr.readings, strict=True))
    for j in range(1, len(pairs)):
        (thing, tr), (day, _) = pairs[j - 1], pairs[j]
        if thing.analysis.lang != "ja" or tr.act != Act.INFO or tr.question:
            continue
        if any(t.cls in "va" for t in thing.tokens) or not _only_a_day(day, ctx):
            continue
        due = marked_due(day.text, ctx)
        head = ctx.directory.without_addressed_names(thing.text).split("、")[0].strip()
        if due is None or not head or not any(t.cls in "ns" for t in analyse(head).tokens):
            continue
        if is_occasion(head):
            continue
        return Draft(head[:TITLE_MAX], ctx.base, due, "request", keywords_of(head), confidence=0.6)
    return None


def _after_list(
    pm: ParsedMessage,
    listed: Listing,
    sender: int,
    sent: datetime,
    directory: Directory,
    calendar: BusinessCalendar,
    self_id: int | None,
) -> list[Draft]:
    """A request of its own after a list (…以上です。あと一点、応援スタッフを手配して
    いただけますか): work it names itself, not a pointer back at the list (以上、ご確認を)."""
    if not listed.trailer:
        return []
    text = listed.trailer
    found = detect(replace(pm, text=text, tasks=()), sender, sent, directory, calendar, self_id)
    return [d for d in found if not d.implicit]


# Nouns that are about something else (原因を調べる: the cause of what?).
_RELATIONAL = (
    "原因",
    "理由",
    "詳細",
    "状況",
    "対策",
    "影響",
    "経緯",
    "解決策",
    "代替案",
    "再発防止",
)

_ALSO = LEXICON["ALSO"]
_SHARE_OF = ("担当分", "各自の分", "自分の分", "担当箇所", "担当部分")


# Promise forms that commit even with no thing named: あとで見ておきます, 調べてみます,
# 引き取ります, taking a look.
_FIRM_RULES = frozenset(
    {"te oku", "te miru", "humbly do", "taking a look", "let me", "I'll have it"}
)


def _only_a_day(c: Clause, ctx: TaskContext) -> bool:
    """午前中に🙏 / 金曜までに！ said after the ask: a clause that is a day and nothing else."""
    spans = date_spans(c, ctx)
    rest = c.text
    for start, end in reversed(spans):
        rest = rest[:start] + rest[end:]
    return bool(spans) and not rest.strip(" 　、。,.!！?？にでまは~〜ー")


def _firm(r: Reading, c: Clause, ctx: TaskContext) -> bool:
    """A promise without a thing is still one when its form or a deadline makes it firm."""
    if r.rule in _FIRM_RULES or any(t.lemma in _TAKE_ON | _LATER for t in c.tokens):
        return True  # (あとで対応します / 後ほど確認します: a time, if a vague one)
    return due_in(c.text, ctx) is not None


def _self_or_by(c: Clause) -> bool:
    """The sender named, or a deadline (まで, 以内, 中に, by) in the clause."""
    return any(t.lemma in ("私", "僕", "自分", "わたし", "i") for t in c.tokens) or bool(
        re.search(r"まで|迄|以内|中に|\bby\b", c.text, re.I)
    )


def _option_answer(c: Clause) -> bool:
    code = c.analysis.code.rstrip()
    core = re.sub(r"(?: [^ ]+/[yc][^ ]*)+$", "", code)
    return any(r.compiled.search(core) for r in OPTION_ANSWER)


# English statements of what must happen; the direct ask after one says how (one task).
_NEED_RULES = frozenset({"to be done", "it needs"})
# print 60 copies / make two sets: copies of what the clause before names
_COPIES = re.compile(r"\b(?:\d+|two|three|four|five|ten)\s+(?:copies|sets|prints)$", re.I)
# check the wording / proof the numbers: an aspect of the thing the clause before names
_ASPECT = re.compile(
    r"\bthe\s+(?:wording|tone|formatting|layout|numbers|figures|spelling|grammar|totals"
    r"|(?:first|next|second|last)\s+(?:batch|round|half))$",
    re.I,
)
# A need said right after an ask gives its reason and day (…? Ostara needs an answer by Fri).
_NEED_AFTER = frozenset({"needs it by a date"})
# The clause before names the thing a party-only promise is about: リボン、在庫切れでした
# (問屋さんに注文しておきます) / 照明の機材、明日返却ですよね？(レンタル屋さんに返すの僕やります)
_SETS_THE_THING = frozenset({Act.INFO, Act.DONE, Act.INFO_ASK})
_NAMES_THE_THING = _SETS_THE_THING | {Act.REQUEST}


def _asked_next(mr: MessageReading, i: int) -> bool:
    if i + 1 >= len(mr.clauses):
        return False
    nxt = mr.readings[i + 1]
    return (
        nxt.act == Act.REQUEST
        and nxt.rule not in _NEED_RULES
        and not _also(mr.clauses[i + 1])
        and mr.clauses[i + 1].analysis.lang == "en"
    )


def _party_only(title: str) -> bool:
    """問屋さんに注文 / 業者さんに交換の手配: work said with whom, not what (no を object)."""
    toks = analyse(title).tokens if title and not title.isascii() else ()
    if not toks or any(t.lemma == "を" and t.cls == "c" for t in toks):
        return False
    k = next((k for k, t in enumerate(toks) if t.lemma == "に" and t.cls == "c"), -1)
    return 0 < k < 4 and toks[k - 1].lemma in _HONORIFIC_SUFFIX | _PARTIES


_HONORIFIC_SUFFIX = LEXICON["HONORIFIC_SUFFIX"]
_PARTIES = LEXICON["PARTIES"]


def _promised_next(mr: MessageReading, i: int) -> bool:
    """The next clause promises work of its own (it names a thing, not a pointer)."""
    if i + 1 >= len(mr.clauses) or mr.readings[i + 1].act != Act.COMMITMENT:
        return False
    nxt = work_of(mr.clauses[i + 1], mr.readings[i + 1], ())
    return bool(nxt.title) and not (nxt.pointer or nxt.bare)


def _courtesy(c: Clause) -> bool:
    """よろしくお願いします: a closing, not an ask for the thing said before."""
    return any(t.lemma in ("よろしい", "よろしく", "宜しい") for t in c.tokens)


def _also(c: Clause) -> bool:
    """あと、請求書もお願いします / Also, book the room: a second piece of work."""
    toks = c.tokens
    return any(t.lemma in _ALSO and (t.cls != "c" or t.lemma == "も") for t in toks[:3]) or any(
        t.lemma == "も" and t.cls == "c" for t in toks
    )


_TAKE_ON = LEXICON["TAKE_ON"]
_ROLE = LEXICON["ROLE"]
_EN_ROLE = LEXICON["EN_ROLE_VERB"]
_MANNER_VERB = LEXICON["MANNER_VERB"]


def _details(
    mr: MessageReading, i: int, r: Reading, drafts: Sequence[Draft], owners: Sequence[int], w: Work
) -> bool:
    """A request after another one in the same message that only details it: a deadline or a
    manner (明日までにいただけると助かります; 15時までに一次回答をもらえると助かります)."""
    c = mr.clauses[i]
    if _also(c):
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
        )
    if r.rule == "would help":
        return True
    if _says_how(c, r) or _says_how(c, r, _INCLUDE):
        # …お願いします。チェック表は先週と同じものを使ってください: how to do it;
        # リマインドメールを送ってもらえますか？集合場所と時間を入れてください: what it holds
        return True
    return w.bare or not w.title


def _without(title: str, line: str, rest: str) -> str:
    """The title without the words that ``rest`` dropped from ``line`` (は瀬川さん)."""
    i = next((k for k, (a, b) in enumerate(zip(line, rest, strict=False)) if a != b), len(rest))
    said = line[i : i + len(line) - len(rest)].strip()
    return (title.replace(said, "").strip() or title) if said else title


_CONFIRM = "Confirm"
_REPLY_WORK = LEXICON["REPLY_WORK"]


def _asks_reply(title: str) -> bool:
    """金曜までにお返事いただけると助かります: the work is an answer."""
    toks = analyse(title).tokens if title and not title.isascii() else ()
    content = [t for t in toks if t.cls in "nsv" and t.lemma not in ("する", "いただく")]
    return bool(content) and content[-1].lemma in _REPLY_WORK


def _says_how(c: Clause, r: Reading, verbs: frozenset[str] | None = None) -> bool:
    """An ask whose verb is a manner (使う, 参照, follow): how to do work, not work."""
    verb = next(
        (t for t in reversed(c.tokens[: r.pred + 1]) if t.cls in "vs" and t.form != "!"), None
    )
    return verb is not None and verb.lemma in (_MANNER_VERB if verbs is None else verbs)


_INCLUDE = LEXICON["INCLUDE_VERB"]


def _from_context(mr: MessageReading, i: int, previous: str, action: str) -> str:
    """Name implicit work from the clause before (修正しました。ご確認お願いします → 修正の確認)
    or, for a commitment that points back, from the message before. A clause that reports
    work done names it first (first proof is up … I kept the long captions. thoughts? → the
    proof)."""
    done = [j for j in range(i - 1, -1, -1) if mr.readings[j].act == Act.DONE]
    if i > 0 and _SO.match(mr.clauses[i].text):
        done = [i - 1]  # the lantern one still looks muddy, so I'll redo that: the one just said
    for j in [*done, *range(i - 1, -1, -1)]:
        if mr.readings[j].act in _NO_THING or mr.clauses[j].text.startswith(_ADDRESS_MARKUP):
            continue  # ([To:2]Kwame names who, not what)
        obj = object_of(mr.clauses[j].analysis)
        if names_a_thing(obj, mr.readings[j].act):
            return combine(obj, action)
    if previous:
        prev = read_message(previous)
        pairs = list(zip(reversed(prev.clauses), reversed(prev.readings), strict=True))
        for c, r in [*(p for p in pairs if p[1].act == Act.DONE), *pairs]:
            obj = object_of(c.analysis) if r.act not in _NO_THING else ""
            if names_a_thing(obj, r.act):
                return combine(obj, action)
    return ""


_ADDRESS_MARKUP = ("[To:", "[rp ", "[toall]")
_SO = re.compile(r"^(?:so|and\s+so)\s", re.I)
# Clauses whose words name no thing to work on: 承知しました, ありがとう, どこでしたっけ?
_NO_THING = frozenset({Act.ACCEPT, Act.COURTESY, Act.INFO_ASK, Act.OFFER})


def _clamp(x: float) -> float:
    return round(min(1.0, max(0.1, x)), 2)
