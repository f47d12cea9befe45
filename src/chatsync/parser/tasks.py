"""Stage 4: a message's clauses and their acts → the tasks it creates (:class:`Draft`).

Each request or commitment clause that names work is a task; a clause that only
details the same work (明日までにいただけると助かります) gives it a deadline; a
request whose work is implicit (ご確認お願いします) takes its thing from the clause
before, or is the bare action. Lists and to-do blocks give one task a line, with the
owner the line names. Every draft carries a confidence: strong for an explicit request
or a Chatwork task, weaker for implicit work, no assignee or an inferred title.

:func:`detect` runs the stages in order: the message's layout (Chatwork tasks, a
daily plan, a list), then for each clause: its act in the message (:func:`_act_in_message`),
the checks that it is no work of its own (:mod:`~chatsync.parser.clause_checks`), its
title (:mod:`~chatsync.parser.naming`), assignees and deadline; last the deadlines
said in clauses of their own (:func:`_dues_said_apart`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from chatsync.calendar import BusinessCalendar
from chatsync.parser.acts import Act, Reading, read_clause
from chatsync.parser.assignees import assignees_of
from chatsync.parser.clause_checks import (
    NEED_A_PART,
    NEED_RULES,
    ROLE,
    also,
    announces_itself,
    as_planned,
    asked_next,
    asks_an_outsider,
    calls_for_helpers,
    courtesy,
    covers_a_shift,
    details,
    firm,
    if_it_happens,
    moves_an_occasion,
    only_a_day,
    option_answer,
    promised_next,
    response_to_own_ask,
    said_at_a_meeting,
    says_how,
    self_or_by,
    standing_rule,
    state_only,
    taken_on_next,
)
from chatsync.parser.clauses import Clause
from chatsync.parser.combine import combine, said_before
from chatsync.parser.lists import (
    ALL_ITEMS,
    ITEMS_BY_NUMBER,
    ITEMS_COUNTED,
    TAGS,
    Listing,
    list_drafts,
    list_items,
)
from chatsync.parser.markup import ParsedMessage
from chatsync.parser.message import (
    COURTESY_RULES,
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
from chatsync.parser.naming import (
    CONFIRM,
    amount_only,
    asks_reply,
    from_context,
    named_after,
    with_its_thing,
)
from chatsync.parser.people import Directory, addressed
from chatsync.parser.plans import daily_plan
from chatsync.parser.pointers import ask_in, asks_the_same, quoted_ask, same_for
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.scan import Scan, Verdict
from chatsync.parser.task_dues import due_of, dues_said_apart, part_dues
from chatsync.parser.work import TITLE_MAX, Work, object_of
from chatsync.parser.work_en import EN_PERSON_POINTER, points_back

__all__ = [
    "Draft",
    "MessageReading",
    "chatwork_due",
    "chatwork_title",
    "detect",
    "keywords_of",
    "read_message",
]

_FILE_NAME = re.compile(
    r"[\w.-]+\.(?:png|jpe?g|gif|heic|pdf|xlsx?|docx?|pptx?|csv|zip|mp4|mov|txt)\b", re.I
)
_BARE_TITLE_ACTIONS = LEXICON["BARE_ACTIONS"]
_EN_PHRASE = re.compile(r"[A-Za-z]+ [A-Za-z]+")  # (an English clause names no Japanese amount)
_CHECK_WORK = LEXICON["CHECK_WORK"]
_WISHED_SUBJECT = re.compile(r"\bif\s+([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)\s+(?:could|can|would)\b")
_ADDRESSED_ONLY = re.compile(
    r"[^\sのをにはが]{1,8}(?:さん|様|さま|くん|君|ちゃん|各位|皆様|皆さん)"
)
# A need said right after an ask gives its reason and day (…? Ostara needs an answer by Fri).
_NEED_AFTER = frozenset({"needs it by a date"})


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
    base = addressed(pm, sender, directory, self_account_id)
    inline = None if pm.to_ids or pm.to_all else _inline_member(mr, directory)
    if inline is not None and inline != sender:
        base = (inline,)
    ctx = TaskContext(sender, sent, calendar, directory, base)

    plan = daily_plan(mr.lines, ctx)
    if plan is not None:
        # 日報: the plan's items are promises; the rest of the report is read as chat
        rest = "\n".join(ln.text for ln in mr.lines if ln.index not in plan.lines)
        others = detect(
            replace(pm, text=rest), sender, sent, directory, calendar, self_account_id, previous
        )
        return plan.drafts + others

    listed = list_items(mr.lines, directory)
    if listed is not None:
        _own_addressees(listed, pm, mr)
        in_list = list_drafts(listed, ctx, self_account_id)
        if in_list is not None:
            return in_list + _after_list(
                pm, listed, sender, sent, directory, calendar, self_account_id
            )

    scan = Scan(
        pm,
        mr,
        ctx,
        previous,
        has_link="http" in mr.text
        or bool(pm.info_titles or pm.quotes)
        or bool(_FILE_NAME.search(mr.text)),
        # [info][title]…のお知らせ / 【お知らせ】 at the top: a notice, in either layout
        notice=any(_NOTICE_TITLE.search(t) for t in pm.info_titles)
        or _NOTICE_HEAD.match(pm.text) is not None,
        notice_titles=frozenset(t.strip().lower() for t in pm.info_titles),
        tagged=bool(TAGS.search(pm.text)),
    )
    for i in range(len(mr.clauses)):
        _read_clause(scan, i)
    if not scan.drafts:
        unsaid = _unsaid_ask(mr, ctx, pm)
        return [unsaid] if unsaid is not None else []
    return dues_said_apart(scan)


def _talk_again_later(c: Clause) -> bool:
    """改めてご相談します / 別途ご連絡いたします: only talking again, later — no work."""
    lemmas = [t.lemma for t in c.tokens]
    if not any(w in _AGAIN_LATER for w in lemmas):
        return False
    k = max((n for n, t in enumerate(c.tokens) if t.cls in "vs" and t.lemma in _TELL), default=-1)
    start = max((n for n, t in enumerate(c.tokens[:k]) if t.surface in ("、", ",")), default=-1)
    others = [t for t in c.tokens[start + 1 : k] if t.cls in "vs" and t.lemma not in _TELL]
    return k >= 0 and not others


_JOIN = frozenset({"入れる", "入る", "来れる", "来られる", "出られる", "出れる", "参加"})
_AGAIN_LATER = frozenset({"改めて", "別途", "追って", "後日", "あらためて"})
_TELL = LEXICON["TELL"]


def _part_named(scan: Scan, i: int, c: Clause, r: Reading, part: str) -> str:
    """One job of two that points back (tag it out | and ping the vendor): the thing named
    before it in the clause or the message, else the job as said."""
    if not points_back(part) or EN_PERSON_POINTER.match(part):
        return part  # reply to her and log a damage claim: a person, no thing to find
    return said_before(c.analysis, r, part) or from_context(scan.mr, i, "", part) or part


def _read_clause(scan: Scan, i: int) -> None:
    """The tasks clause ``i`` creates, stage by stage, or the check that says it is none."""
    mr, ctx = scan.mr, scan.ctx
    c, r, act, owner, tag = _act_in_message(scan, i)
    if act not in (Act.REQUEST, Act.COMMITMENT) or (
        act == Act.COMMITMENT and scan.notice and not _own_in_notice(scan, c, r)
    ):
        return
    if scan.notice and c.text.strip(" 。.").lower() in scan.notice_titles:
        return  # [info][title]deploy notice[/title]…: the notice's name, not an ask to deploy
    if scan.notice and act == Act.REQUEST and _PUBLIC.match(c.text):
        return  # [info][title]保護者会のご案内[/title]保護者の皆様は…ご提出ください: its readers'
    verdict = _before_its_work(scan, i, c, r, act)
    if verdict:
        return scan.note(i, verdict)
    c, r, base_here = _owner_said_aside(scan, c, r, act)
    base_here = owner or base_here
    spans = date_spans(c, ctx)
    if _no_work_to_track(scan, c, act, bool(spans)):
        return None
    if act == Act.COMMITMENT and r.rule == "planned" and not spans and calls_for_helpers(mr):
        return None  # 豚汁を用意する予定です。手伝える方がいたら…: an event's plan
    if tag is not None:
        spans = [*spans, (tag.start(), tag.end())]
    w = work_of(c, r, spans)
    # …for the Colombia lot? the Guatemala lot too: the ask before, for another thing
    said = c.text if r.rule == "the other one too" else w.title
    again_early = bool(scan.drafts) and asks_the_same(said)
    if again_early:
        w = Work(same_for(said, scan.drafts[-1].title), False, False, w.other_subject)
    if (
        act == Act.COMMITMENT
        and (w.pointer or w.bare)
        and c.analysis.lang == "en"
        and promised_next(mr, i)
    ):
        # I'll take this one. Will have the PDF fix out by EOD / leave it with me, will
        # pull the logs: one promise
        return scan.note(i, "detail")
    named_before = said_before(c.analysis, r, w.title) if w.pointer else ""
    if named_before:  # the music swells too early, please fade it: the pointer is named
        w = Work(named_before, False, False, w.other_subject)
    verdict = _not_new_work(scan, i, c, r, act, w)
    if verdict:
        return scan.note(i, verdict)

    title = ctx.directory.without_addressed_names(w.title) if w.title else w.title
    # (よろしく is a closing; お願いします asks when it names work: 流し込みをお願いします)
    asks = act == Act.REQUEST and not courtesy(c) and (bool(title) or r.question)
    ask = r if asks else None
    title, thing_at = with_its_thing(mr, i, c, title, ask)
    answer = act == Act.REQUEST and (r.action == CONFIRM or asks_reply(title))
    title, w, confidence = _thing_said_elsewhere(scan, i, c, r, act, w, title)
    verdict = _greeting_only(c, r, act, w, title)
    if verdict:
        return scan.note(i, verdict)
    named = _work_from_context(scan, i, c, r, act, w, title, confidence)
    if named is None:
        return None
    title, w, confidence = named
    if act == Act.COMMITMENT and starts_then(c):
        return None  # 来週から試験導入します: a start, not a time the work is due by
    same_day = again_early
    if asks_the_same(title):  # could you do the same for the iPad sizes? (named from context)
        earlier = scan.drafts[-1].title if scan.drafts else ask_in(scan.previous)
        again = same_for(title, earlier)
        same_day = same_day or (again != title and bool(scan.drafts))
        title = again
    assignees, title = assignees_of(scan, c, act, title, base_here)
    if act == Act.REQUEST and not assignees:
        confidence -= 0.15
    if scan.tagged:
        confidence = max(confidence, 0.9)
    if tag is not None and scan.tagged_at is None:
        scan.tagged_at = i
    due = due_of(scan, i, c, thing_at)
    day_next = i + 1 < len(mr.clauses) and due_in(mr.clauses[i + 1].text, scan.ctx) is not None
    if due is None and same_day and not day_next:
        # can you send that today? same for the screenshot pack (not "the Guatemala lot too —
        # that one by Friday": its own day follows)
        due = scan.drafts[-1].due
    parts = tuple(_part_named(scan, i, c, r, p) for p in w.parts) or (title,)
    for part, part_due in zip(parts, part_dues(c, parts, due, ctx), strict=True):
        kw = keywords_of(part)
        if any(set(kw) and set(kw) == set(d.keywords) for d in scan.drafts):
            continue  # the same work said twice
        scan.drafts.append(
            Draft(
                part[:TITLE_MAX],
                assignees,
                part_due,
                act.value,
                kw,
                confidence=_clamp(confidence - (0.1 if w.parts else 0.0)),
                implicit=w.bare or w.pointer,
                answer=answer,
            )
        )
        scan.owners.append(i)
    return None


def _own_in_notice(scan: Scan, c: Clause, r: Reading) -> bool:
    """【お知らせ】…売上の締めは月末までに私がやっておきます: in a notice, the sender's own
    work, named 私 and dated, is still a promise (what the notice says will happen is not)."""
    return r.self_named and due_in(c.text, scan.ctx) is not None


def _act_in_message(
    scan: Scan, i: int
) -> tuple[Clause, Reading, Act, tuple[int, ...], re.Match[str] | None]:
    """The clause's act as the message around it changes it, an owner an English action
    line names (Ken to update the FAQ) and a 【依頼】 heading in it."""
    mr, ctx, directory = scan.mr, scan.ctx, scan.ctx.directory
    c, r = mr.clauses[i], mr.readings[i]
    act = r.act
    if act == Act.INFO_ASK and r.rule.startswith("tell me") and due_in(c.text, ctx):
        act = Act.REQUEST  # 金曜までに候補日を教えてください: answer by a time
    if r.rule == "a day asked for" and not (scan.pm.replies or scan.pm.quotes):
        # 現地調査、来週火曜でお願いできますか: outside a reply, a day for new work
        act = Act.REQUEST
        r = Reading(Act.REQUEST, r.rule, r.pred, r.work, r.strength, True, False, False)
    if r.rule == "irai" and not ctx.base and asks_an_outsider(c, directory):
        # 明日メーカーに点検依頼します: the sender will ask the maker — their own work
        act = Act.COMMITMENT
        r = Reading(Act.COMMITMENT, r.rule, r.pred, r.work, 0.8, False, False, r.self_named)
    owner: tuple[int, ...] = ()
    if act not in (Act.REQUEST, Act.COMMITMENT) and c.analysis.lang == "en":
        # Ken to update the FAQ: an action item said on its own line
        aid, rest = directory.action_item(c.text)
        if aid is not None and aid != ctx.sender and rest:
            rest_a = analyse(rest)
            rr = read_clause(rest_a)
            if rr.act == Act.REQUEST:
                c, r, act, owner = replace(c, analysis=rest_a), rr, Act.REQUEST, (aid,)
    tag = TAGS.search(c.text)
    if tag is not None and r.rule == "topic only":
        tag = None  # 【依頼】…について: the heading names a topic; the body asks
    if tag is not None and act == Act.NOT_DONE:
        tag = None  # 【依頼】中2英語、講師が1人足りません。…: the heading, then the trouble
    if tag is not None and act not in (Act.REQUEST, Act.COMMITMENT):
        act = Act.REQUEST  # 【依頼】年末調整書類の提出: the heading names the work
        r = Reading(Act.REQUEST, "tag", len(c.tokens), 0, 0.9, r.question, False, False)
    return c, r, act, owner, tag


def _before_its_work(scan: Scan, i: int, c: Clause, r: Reading, act: Act) -> Verdict:
    """An answer on how, or a need said beside the ask that meets it: no work of its own."""
    mr, directory = scan.mr, scan.ctx.directory
    if act == Act.REQUEST and c.analysis.lang == "ja" and says_how(c, r):
        return "skip"  # はい、v3を使ってください: an answer on how, no work of its own
    if (
        act == Act.REQUEST
        and r.rule in _NEED_AFTER
        and scan.owners
        and scan.owners[-1] == i - 1
        and directory.leading_member(c.text)[0] is None
    ):
        return "detail"  # can u find out…? Ostara needs an answer by next Friday: why, when
    if act == Act.REQUEST and r.rule in NEED_RULES and asked_next(mr, i):
        return "detail"  # the rice needs picking up. can you arrange the van? one job
    if act == Act.REQUEST and r.rule in (*NEED_RULES, NEED_A_PART) and taken_on_next(mr, i):
        return "skip"  # …needs a new fuel filter, will do it tomorrow: the promise is the task
    if act == Act.REQUEST and r.rule in NEED_RULES and Act.NOT_DONE in mr.acts:
        return "skip"  # changelog isn't done — the deprecation part needs a call from Wen: why
    if r.rule == "thoughts?" and not scan.has_link and Act.DONE not in mr.acts:
        return "skip"  # thinking of doing the BBQ again — thoughts?: opinions on an idea
    return None


def _owner_said_aside(
    scan: Scan, c: Clause, r: Reading, act: Act
) -> tuple[Clause, Reading, tuple[int, ...]]:
    """A request nobody was addressed with, its owner named in passing: in parentheses
    (TODO: 契約書の製本（鈴木）) or in a wish (would be great if Bob could …)."""
    ctx, directory = scan.ctx, scan.ctx.directory
    if act != Act.REQUEST or ctx.base:
        return c, r, ctx.base
    aid, rest = directory.named_in_parens(c.text)
    if aid is not None and aid != ctx.sender:
        c = replace(c, analysis=analyse(rest.replace("()", " ").strip()))
        return c, read_clause(c.analysis), (aid,)
    wished = _WISHED_SUBJECT.search(c.text) if c.analysis.lang == "en" else None
    aid = directory.member(wished.group(1)) if wished else None
    if aid is not None and aid != ctx.sender:
        return c, r, (aid,)
    return c, r, ctx.base


# 10 copies / and 3 sets / 20部 / 5枚: an amount of the work asked just before, no work
_AMOUNT_ONLY = re.compile(
    r"^(?:and\s+|also\s+)?(?:[0-9]+|two|three|four|five|six|ten|twenty)\s+"
    r"(?:copies|sets|prints|pcs|pieces|units|boxes|packs)$"
    r"|^[0-9]+\s*(?:部|枚|個|セット|箱|冊)$",
    re.I,
)
_NOTICE_TAG = re.compile(r"^\s*【(?:共有|情報共有|お知らせ|周知|ご案内|案内|連絡事項|FYI)】")
_ANSWER_WORK = LEXICON["REPLY_WORK"] | {"返信", "報告", "ご報告", "共有"}


def _answered_below(scan: Scan, c: Clause) -> bool:
    """A promise to answer or report, with the answers listed under it in the same message."""
    if not any(t.lemma in _ANSWER_WORK for t in c.tokens):
        return False
    below = [ln for ln in scan.mr.lines if ln.index > c.line]
    return sum(1 for ln in below if ln.bullet) >= 2


def _no_work_to_track(scan: Scan, c: Clause, act: Act, dated: bool) -> bool:
    """An announcement that does what it says, a [toall] schedule, an answer to a question."""
    if act == Act.COMMITMENT and announces_itself(c, scan.mr.lines, scan.has_link, dated):
        return True
    if act == Act.COMMITMENT and moves_an_occasion(c):
        return True  # 朝礼を8:45からに前倒しします: the schedule, not work
    if act == Act.COMMITMENT and (as_planned(c) or said_at_a_meeting(c)):
        return True  # 予定どおり本日実施します / 来週の定例でご報告します: a notice, a remark
    if act == Act.COMMITMENT and _NOTICE_TAG.match(scan.mr.text) and not self_or_by(c):
        return True  # 【共有】8/11は送信所の点検で停波します: a notice of what happens
    if act == Act.COMMITMENT and scan.pm.to_all and not self_or_by(c):
        return True  # [toall] 本日18時にリリースします: a schedule, not work due by a time
    if act == Act.COMMITMENT and not dated and _answered_below(scan, c):
        return True  # お問い合わせ、まとめてお返事します。・…・…: the answers follow, here
    if act == Act.REQUEST and standing_rule(c) and not dated:
        # バグは見つけ次第チケット切ってください: whenever it happens, a way of working (but
        # 証明書が届き次第、12/4までに提出して is one piece of work with its day)
        return True
    # B店でお願いします in a reply; 記事まとめてもらえますか。60行でお願いします after an ask:
    # how the work is wanted, no work of its own
    asked = any(d.kind == "request" for d in scan.drafts)
    return act == Act.REQUEST and (bool(scan.pm.replies) or asked) and option_answer(c)


# 出られる方は… / 参加希望の方は… / 手の空いている人は…: an ask of whoever can, a call for hands
_WHOEVER_CAN = re.compile(
    r"^[^、。]{0,14}(?:られる|れる|できる|可能な|希望の|参加の|空いている|空いてる)(?:方|人|かた)(?:は|、)"
)


def _not_new_work(scan: Scan, i: int, c: Clause, r: Reading, act: Act, w: Work) -> Verdict:
    """Someone else's work, the answer to one's own ask, a call for helpers or a shift, a
    conditional offer — or a clause that only details the work of the draft before it."""
    drafts = scan.drafts
    if act == Act.COMMITMENT and w.other_subject:
        return "skip"  # トナー交換は総務が行います: a notice of someone else's work
    if act == Act.COMMITMENT and response_to_own_ask(w.title, drafts, scan.ctx.sender):
        return "skip"  # 第3章、見せてください。FB返します: what follows the ask, once answered
    if r.rule == "someone who can" and (
        w.bare or any(t.lemma in ROLE or t.lemma in _JOIN for t in c.tokens)
    ):
        # 手伝える人 / 受付をお願いできる人いますか？ / 8/9の選果、午後に入れる人いますか？: a
        # call for helpers or for a shift, no work
        return "skip"
    if act == Act.REQUEST and _WHOEVER_CAN.match(c.text):
        return "skip"  # 出られる方は佐久間さんまでご連絡ください: a call for whoever can, no work
    if covers_a_shift(c, r):
        return "skip"  # anyone around to cover the bell desk? / I can cover: a shift, a role
    if act == Act.COMMITMENT and r.conditional and w.bare and not w.pointer:
        return "skip"  # 修正があれば私が対応します: a conditional offer beside the request
    if act == Act.COMMITMENT and r.conditional and _reports(c, w):
        # 変更があれば随時流します / I'll confirm the exact slots once she picks: word passed
        # on when something happens, no work to track
        return "skip"
    if act == Act.COMMITMENT and _talk_again_later(c):
        return "skip"  # 次バージョンで改めてご相談させていただきます: a courtesy, no work
    if act == Act.COMMITMENT and r.conditional and any(t.lemma in _STAND_IN for t in c.tokens):
        return "skip"  # 平田さん忙しそうなら代わりにやりますよ: an offer to stand in, if needed
    if r.rule == "relayed ask" and c.bullet:
        return "skip"  # ■先方からの要望 ・通路幅は2m確保してほしいとのこと: wishes reported
    if act == Act.REQUEST and if_it_happens(c):
        return "skip"  # 案件があれば工場ボードに書いてください: a condition asks for nothing
    if r.rule == "needed" and not scan.ctx.base:
        return "skip"  # 印刷所に出す前にCMYKへの変換が必要です, to nobody: a need found
    if not drafts or r.rule == "the other one too":
        return None  # (the Guatemala lot too: another thing, the same work — new)
    if (
        act == Act.COMMITMENT
        and c.analysis.lang == "ja"
        and drafts[-1].kind == "commitment"
        and drafts[-1].implicit
        and not also(c)
    ):
        return "detail"  # それ私やっときます！案を3つくらい出しますね: how, not more work
    if r.rule == "needed":
        return "detail"  # 搬入車両の登録をお願いします。ナンバーと運転者名が必要です: what it takes
    if act == Act.REQUEST and scan.mr.readings[scan.owners[-1]].rule == "needed":
        return "detail"  # 申込書にご署名が必要です。…3営業日以内にご返送ください: how to meet it
    if act == Act.REQUEST and scan.tagged_at is not None and not also(c):
        return "detail"  # 【依頼】X then the body that explains X: one task
    if act == Act.REQUEST and state_only(w.title):
        return "detail"  # …セットアップをお願いします。9/15までに使える状態に: its day
    if act == Act.REQUEST and _AMOUNT_ONLY.match(w.title):
        return "detail"  # could you print the floor plan? A4 ok? and 10 copies pls: how many
    if details(scan.mr, i, r, drafts, scan.owners, w):
        return "detail"
    if act == Act.REQUEST and _what_the_message_asks(c, drafts):
        # 確認メールを明日中に送ってもらえますか。午前着で問題ないかを聞いてほしいです: what
        # the mail asks them, not a second task
        return "detail"
    if (w.bare or w.pointer or not w.title) and not also(c) and not _hands_on(scan, c, r, act, w):
        return "detail"
    return None


_REPORT_VERBS = LEXICON["TELL"] | frozenset({"流す"})
_EN_REPORT_VERBS = frozenset({"confirm", "share", "update", "tell", "let", "report", "post"})


def _reports(c: Clause, w: Work) -> bool:
    """The promised work only passes word on (流す, 共有, confirm, let you know)."""
    if c.analysis.lang == "en":
        return w.title.split(" ", 1)[0].lower() in _EN_REPORT_VERBS
    verbs = [t for t in c.tokens if t.cls in "vs" and t.lemma not in ("する", "いたす", "おく")]
    return bool(verbs) and verbs[-1].lemma in _REPORT_VERBS


_CONTACT_WORK = re.compile(r"メール|連絡|電話|問い合わせ|お問合せ|手紙|FAX|ファックス")
_ASK_ABOUT = frozenset({"聞く", "尋ねる", "伺う", "確認", "問い合わせる"})


def _what_the_message_asks(c: Clause, drafts: list[Draft]) -> bool:
    """An ask to ask someone whether … (…かを聞いてほしい) right after an ask to mail or call
    them: the content of that mail."""
    if not drafts or not _CONTACT_WORK.search(drafts[-1].title) or c.analysis.lang != "ja":
        return False
    toks = c.tokens
    asks_whether = any(
        t.lemma == "か" and k + 1 < len(toks) and toks[k + 1].lemma in ("を", "どう", "、")
        for k, t in enumerate(toks)
    ) or any(t.lemma == "か" and t.cls == "c" for t in toks[:-3])
    return asks_whether and any(t.lemma in _ASK_ABOUT for t in toks)


def _hands_on(scan: Scan, c: Clause, r: Reading, act: Act, w: Work) -> bool:
    """試算表は私が作ります。…先方への送付はお願いします: after the sender's promise, an ask
    naming another step of the work (not a look at it) is the listener's own task."""
    return (
        act == Act.REQUEST
        and scan.drafts[-1].kind == Act.COMMITMENT.value
        and w.bare
        and not w.pointer
        and bool(w.title)
        and not courtesy(c)
        and not any(t.lemma in _CHECK_WORK for t in c.tokens)
        and _noun_asked(c, r)
    )


def _noun_asked(c: Clause, r: Reading) -> bool:
    """送付はお願いします names a step; 手差しでしのいでください is how to cope, no step."""
    head = next((t for t in reversed(c.tokens[: r.pred]) if t.cls not in "cp"), None)
    return head is not None and head.cls in "ns"


def _thing_said_elsewhere(
    scan: Scan, i: int, c: Clause, r: Reading, act: Act, w: Work, title: str
) -> tuple[str, Work, float]:
    """A confirmation's title, and the thing an ask with no object names before its verb
    or in the clause before; the confidence drops when the thing is inferred."""
    confidence = r.strength
    if title and r.action == CONFIRM:
        which = "which" if re.search(r"\bwhich\b", c.text, re.I) else "whether"
        title = f"{CONFIRM} {which} {title[:1].lower()}{title[1:]}"  # lmk by Thu if…
    if not title and r.action:
        # Pushed the new signup form, PTAL: the thing is named before the ask.
        before = analyse(c.text[: c.tokens[r.pred].start].strip(" ,、")) if r.pred else None
        obj = object_of(before) if before is not None and before.tokens else ""
        title = combine(obj, r.action) if obj else r.action
        w = Work(title, not obj, False)
    # (…part number for the asset register — 2営業日以内にもらえると助かります: the same)
    given = r.question or r.rule == "would help"
    if act == Act.REQUEST and not title and given and i > 0 and not courtesy(c):
        # The calibration records need to be in the binder too. Alan-san、お願いできますか？
        title = from_context(scan.mr, i, "", "")
        w = Work(title, True, True)
        confidence -= 0.2
    stand_in = any(t.lemma in _STAND_IN for t in c.tokens)
    lost = not title or is_occasion(title)  # (出張が入って動けません: why not, no work)
    if act == Act.REQUEST and lost and stand_in and scan.pm.replies and scan.previous:
        # [rp ③の件] 出張で動けません…瀬川さん、代わりにお願いできますか: the work of the
        # message replied to (the fold names it by the task handed over)
        title = from_context(scan.mr, 0, scan.previous, "")
        w = Work(title, True, True)
        confidence -= 0.2
    return title, w, confidence


def _greeting_only(c: Clause, r: Reading, act: Act, w: Work, title: str) -> Verdict:
    """よろしくお願いします for later, to someone, or for an occasion: no work of its own."""
    if r.rule in COURTESY_RULES and r.conditional and w.bare and c.analysis.lang == "ja":
        return "detail"  # 戻ってきたらまたよろしくお願いします: a courtesy for later
    if r.rule in COURTESY_RULES and _ADDRESSED_ONLY.fullmatch(title):
        return "detail"  # 夜勤さんよろしくお願いします: who is greeted, no work
    if act == Act.REQUEST and (not title or (is_occasion(title) and r.rule in COURTESY_RULES)):
        return "detail"  # よろしくお願いします / 明日の会議、よろしく: no work of its own
    return None


def _work_from_context(
    scan: Scan,
    i: int,
    c: Clause,
    r: Reading,
    act: Act,
    w: Work,
    title: str,
    confidence: float,
) -> tuple[str, Work, float] | None:
    """Bare or pointing work named from this message or the one before (修正しました。
    ご確認お願いします → 修正の確認); None for a promise with no thing and nothing firm."""
    mr, previous = scan.mr, scan.previous
    if act == Act.COMMITMENT and (not title or is_occasion(title)):
        if not (w.pointer or not title):
            return None
        handle = "対応" if c.analysis.lang == "ja" else "Handle"  # (leave it with me, …)
        title = from_context(mr, i, previous, handle)
        return (title, w, confidence - 0.2) if title else None
    if act == Act.COMMITMENT and w.bare and not w.pointer and not firm(r, c, scan.ctx):
        return None  # 確認します alone: no thing and no time — a remark, not a promise to track
    if w.pointer and (quoted := quoted_ask(scan.pm.text)):
        return quoted, Work(quoted, False, False, w.other_subject), confidence - 0.1
    if w.bare or w.pointer:
        pasted = "\n".join(q.text for q in scan.pm.quotes)  # ([qt] blocks of the message)
        if ctx_title := from_context(mr, i, "", title) or named_after(mr, i, title):
            title = ctx_title  # named in this message: explicit enough
            w = Work(title, False, False, w.other_subject)
        elif w.pointer and pasted and (ctx_title := ask_in(pasted)):
            # [qt]帯のキャッチを…に変えてください[/qt]上記、対応お願いします: the quoted ask
            title = ctx_title
        elif ctx_title := from_context(mr, 0, previous, title):
            title = ctx_title
            confidence -= 0.1
        elif title.lower() not in _BARE_TITLE_ACTIONS and w.pointer:
            confidence -= 0.2
        confidence -= 0.1
    elif act == Act.REQUEST and previous and amount_only(title):
        # [rp ヘルメット、Sサイズが6個しかないです] 追加で10個買っておいてもらえますか: that
        # many of the thing the message before named
        named = from_context(mr, 0, previous, title)
        title = named if named and not _EN_PHRASE.search(named) else title
    return title, w, confidence


_TRANSFER = LEXICON["TRANSFER"]
_STAND_IN = LEXICON["STAND_IN"]


def _is_own_report(pm: ParsedMessage) -> bool:
    """A digest or reminder chatsync posted with its own account: no new work in it."""
    own = re.compile(r"タスク|\btasks?\b|期限を過ぎ|#!rid[0-9]", re.I)
    return any(own.search(t) for t in pm.info_titles) or bool(
        re.search(r"期限を過ぎ|#!rid[0-9]", pm.text)
    )


_NOTICE_JA = "お知らせ|ご案内|告知"
# 保護者の皆様は / 参加者各位: the public a notice is written to, not the room
_PUBLIC = re.compile(
    r"^\s*[^、。\s]{1,12}の(?:皆様|皆さま|皆さん|みなさま|各位)|^\s*[^、。\s]{1,8}各位"
)
_NOTICE_TITLE = re.compile(rf"{_NOTICE_JA}|notice|announcement", re.I)
_NOTICE_HEAD = re.compile(rf"^\s*[【\[](?:[^】\]]{{0,6}})?(?:{_NOTICE_JA}|周知|連絡事項)[】\]]")


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
        if any(t.cls in "va" for t in thing.tokens) or not only_a_day(day, ctx):
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
    found: list[Draft] = []
    if listed.inside:
        # ・…・救護テントは相談中 / [To:]藤代さん、…明日中に送っていただけますか / ・…: an ask
        # on a line of its own between a report's items
        inside = replace(pm, text=listed.inside, tasks=())
        found += detect(inside, sender, sent, directory, calendar, self_id)
    # (の2点、今週中にお願いします / ①②は3/27までにお願いできますか after the items: the ask
    # is for the items, by count or by number, read with them)
    # (all by 6/13 please, gives us a day for QA: every item's day, no ask of its own)
    counted = (
        ITEMS_COUNTED.match(listed.trailer)
        or ITEMS_BY_NUMBER.match(listed.trailer)
        or ALL_ITEMS.match(listed.trailer)
    )
    if listed.trailer and not counted:
        after = replace(pm, text=listed.trailer, tasks=())
        found += detect(after, sender, sent, directory, calendar, self_id)
    return [d for d in found if not d.implicit]


def _clamp(x: float) -> float:
    return round(min(1.0, max(0.1, x)), 2)
