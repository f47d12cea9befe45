"""Stage 4b: lists and to-do blocks — one task a line, with the owner and deadline the
line names: bulleted lines, ``佐藤さん：見積の再送``, ``Ken to update the FAQ``,
``AI: Daniel — rotate the keys``, and 担当/期限 fields after or before their work.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from chatsync.parser.acts import Act, Reading
from chatsync.parser.clause_checks import asks_an_outsider, only_a_day
from chatsync.parser.clauses import Clause, Line
from chatsync.parser.combine import combine, said_before
from chatsync.parser.message import (
    DATE_IS_FINE,
    Draft,
    MessageReading,
    TaskContext,
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
from chatsync.parser.naming import VERSION, from_context, party_only, with_its_thing
from chatsync.parser.people import Directory
from chatsync.parser.pointers import same_for
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work import Work, object_of

__all__ = [
    "ALL_ITEMS",
    "AWAY_LEAD",
    "NOTHING",
    "TAGS",
    "Item",
    "Listing",
    "list_drafts",
    "list_items",
]


_FIELD_OWNER = re.compile(
    r"^(?:担当者?|対応者|owner|assignee|who)\s*[:：]\s*([^\s(（、,/]+)(.*)$", re.I
)
_FIELD_DUE = re.compile(
    r"^(?:期限|締め?切り?|〆切|納期|期日|due|deadline|when)\s*[:：]\s*(.+)$", re.I
)
_FIELD_SPLIT = re.compile(
    r"\s*(?:/|／|｜|\||、|,)\s*(?=(?:担当|期限|締|〆|納期|期日|due|owner)\b)|\s+(?=(?:担当者?|期限|〆切|納期)\s*[:：])"
    r"|(?<=】)\s*(?=(?:担当者?|期限|〆切|納期)\s*[:：])",  # 【素材の書き出し】担当：樋口さん
    re.I,
)
_EN_WORK_VERB = LEXICON["EN_WORK_VERB"]
_BRACKETED = re.compile(r"^[【\[]([^】\]]{1,40})[】\]]$")
# 範囲：メインストーリー1〜3章 / task: the FAQ page — the label of the work field
_WORK_LABEL = re.compile(
    r"^(?:範囲|内容|作業|作業内容|タスク|件名|対象|task|scope|item)\s*[:：]\s*", re.I
)
_SECTION_HEADING = re.compile(
    r"^[\[【(（]?(?:[一-龥ァ-ヶー]{0,6}(?:事項|一覧)|議題|アジェンダ|アクション(?:アイテム)?|宿題|"
    r"次回|その他|備考|参加者|出席者|todo|tasks?|decisions?|action items?|next steps?|agenda|"
    r"attendees|notes?|summary|to ?do)[\]】)）]?\s*[:：]?$",
    re.I,
)
_MAY_BE_ITEM = re.compile(r"[:：]|担当|期限|〆切|締め?切|\bto\s", re.I)
_ITEM_TAG = re.compile(r"^\s*(?:AI|Action(?: items?)?|TODO|To ?do)\s*[:：]\s*(?=\S)", re.I)
TAGS = re.compile(
    r"【(?:依頼|タスク|お願い|TODO|至急|重要|急ぎ|対応依頼)】|\bTODO\b:?"
    r"|^\s*(?:AI|Action(?: items?)?)\s*:\s*",
    re.I,
)


@dataclass
class Item:
    text: str
    owner: int | None
    due_text: str
    lines: list[int]
    numbered: bool = False  # 1. / ① / (1): its number is its place among the numbered items
    ticked: bool = False  # - [x] …: ticked off in the list itself
    boxed: bool = False  # - [ ] …: a checklist line, a thing to do (me: updated timeline)


@dataclass(frozen=True)
class Listing:
    """A message's list: the text before it, its items, and the text after it."""

    header: str
    items: list[Item]
    trailer: str
    inside: str = ""  # lines between the items that are no item (an ask of its own, often)


# 2点お願いがございます / 3点ご相談です: the items below, counted, are asks
_ASKS_COUNTED = re.compile(
    r"(?:[0-9０-９]|[一二三四五])\s*(?:点|件)\s*(?:の)?(?:お願い|ご依頼|依頼|ご相談)(?:が|です|したく|させて)"
)
# - cert rotation: WIP, half the nodes done / venue contract: signed ✅: a thing, a colon and
# how it stands — a status line, not an item
_LABEL_STATE = re.compile(r"^[^:：\s][^:：]{1,40}[:：]\s*\S")
# A ※ note after an item's work: why or how, not more work (nor its end).
_NOTE_AFTER = re.compile(r"(?<=\S)\s*※.*$")


def _fields(line: str, directory: Directory) -> tuple[str, int | None, str]:
    """``見積書の送付 / 担当：森 / 期限：1/15`` → the work, the owner, the deadline text."""
    owner: int | None = None
    due_text = ""
    line = _NOTE_AFTER.sub("", line)  # …差し替え（〜5/6）※新しいJANコードに変わります
    parts = _FIELD_SPLIT.split(line)
    rest: list[str] = []
    for part in parts:
        m_owner = _FIELD_OWNER.match(part.strip())
        m_due = _FIELD_DUE.match(part.strip())
        if m_owner:
            owner = directory.member(m_owner.group(1)) or owner
            if m_owner.group(2).strip():
                rest.append(m_owner.group(2))  # 担当:高木 (~1/20 18:00): the deadline stays
        elif m_due:
            due_text = "期限:" + m_due.group(1)
        else:
            rest.append(part)
    text = _WORK_LABEL.sub("", " ".join(rest).strip(" /／｜|、,"))
    if owner is not None or due_text:
        text = _BRACKETED.sub(r"\1", text)  # 【素材の書き出し】 with its fields: the work
    return text.strip(), owner, due_text


def list_items(lines: Sequence[Line], directory: Directory) -> Listing | None:
    """The list of a message — bulleted lines, lines naming an owner (``佐藤さん：見積の再送``)
    or a to-do block whose 担当/期限 lines come after or before their work — with the text
    before and after it; None when the message has no list."""
    if (
        len(lines) < 2
        and not any(ln.bullet for ln in lines)
        and not _MAY_BE_ITEM.search(lines[0].text if lines else "")
    ):
        return None  # one plain line: no list (the common case, checked cheaply)
    if len(lines) == 1 and lines[0].numbered:
        return None  # ②承知しました、明日中に押さえます: an answer about item 2 of a list
    tagged = {ln.index for ln in lines if _ITEM_TAG.match(ln.text)}  # AI: …, TODO: …
    parsed = [(ln, *_fields(_ITEM_TAG.sub("", ln.text), directory)) for ln in lines]
    fields = [i for i, (_, text, owner, due) in enumerate(parsed) if not text and (owner or due)]
    owned = [
        i
        for i, (ln, text, _, _) in enumerate(parsed)
        if text and (directory.leading_member(text)[0] is not None or _SELF_LEAD.match(text))
    ]
    colon_owned = [i for i in owned if re.match(r"^@?[^\s:：、,]{1,20}\s*[:：]", parsed[i][1])]
    # new price tags（佐藤さん, 11/20まで） / window display (Hanako, this week)
    in_parens = [
        i
        for i, (_, text, _, _) in enumerate(parsed)
        if text and "(" in text and directory.named_in_parens(text)[0] is not None
    ]
    # 翻訳：森永さん（3/12(月)まで） / チェック：柴崎さん: the owner signed after the work
    signed = [
        i
        for i, (_, text, _, _) in enumerate(parsed)
        if text and ("：" in text or ":" in text) and directory.trailing_member(text)[0] is not None
    ]
    bullets = sum(1 for ln in lines if ln.bullet or ln.index in tagged)
    # 担当：ニコラ / 範囲：UI全般 / 期限：12/1: the work and its fields on one line
    field_owned = any(text and owner is not None for _, text, owner, _ in parsed)
    if (
        not (bullets or fields or field_owned or len(owned) >= 2 or colon_owned)
        and len(in_parens) < 2
        and len(signed) < 2
    ):
        return None
    # In a to-do block the fields follow their work, unless the block opens with one.
    fields_first = bool(fields) and all(
        not text or parsed[i][0].bullet for i, (_, text, _, _) in enumerate(parsed[: fields[0]])
    )
    items: list[Item] = []
    header: list[Line] = []
    pending: Item | None = None
    for i, (ln, text, owner, due_text) in enumerate(parsed):
        if i in fields:
            target = pending if fields_first else (items[-1] if items else None)
            if target is None and fields_first:
                target = pending = Item("", None, "", [])
            if target is not None:
                target.owner = owner if owner is not None else target.owner
                target.due_text = due_text or target.due_text
                target.lines.append(ln.index)
            continue
        # Tomás, Priya — split for the lobby rev: (then the bullets): the list's heading
        heading = (
            not ln.bullet
            and text.rstrip().endswith((":", "："))
            and i + 1 < len(parsed)
            and parsed[i + 1][0].bullet
        )
        item_line = not heading and (
            ln.bullet
            or ln.index in tagged
            or owner is not None
            or bool(due_text)
            or i in colon_owned
            or (len(owned) >= 2 and i in owned)
            or (len(in_parens) >= 2 and i in in_parens)
            or (len(signed) >= 2 and i in signed)
            or (
                fields
                and (fields_first or any(f > i for f in fields))
                and i > (fields[0] if fields_first else -1)
            )
        )
        if not item_line or (fields and not ln.bullet and not fields_first and i < fields[0] - 1):
            header.append(ln)
            continue
        item = Item(text, owner, due_text, [ln.index], ln.numbered, ln.ticked, ln.boxed)
        if pending is not None:
            item.owner = item.owner if item.owner is not None else pending.owner
            item.due_text = item.due_text or pending.due_text
            pending = None
        items.append(item)
    if not items:
        return None
    last = max(i for item in items for i in item.lines)
    first = min(i for item in items for i in item.lines)
    before = " ".join(ln.text for ln in header if ln.index < last)
    after = "\n".join(ln.text for ln in header if ln.index > last)
    inside = "\n".join(ln.text for ln in header if first < ln.index < last)
    return Listing(before, items, after, inside)


# Devon: nothing new / 明日やること：特になし / blockers: - — a line that names nothing
NOTHING = re.compile(
    r"^(?:特になし|なし|無し|none|nothing(?: new)?|n/?a|no updates?|-+|―)(?=$|[\s,、。.])", re.I
)
# out half day (dentist) / 本日休み: where someone is, not work (LEXICON["AWAY"] words first)
AWAY_LEAD = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, LEXICON["AWAY"]), key=len, reverse=True)) + r")\b",
    re.I,
)
# After a list: a deadline for every item (all by Friday, いずれも月末までに).
ALL_ITEMS = re.compile(
    r"^\s*(?:all|everything|both|each|全部|全て|すべて|いずれも|どれも|どちらも|両方とも?"
    r"|以上(?=\s*[、,]|\s*の|\s*を)|上記)"  # 以上、来週水曜までにお願いします: the items above
    # please have them in the folder by Wed: the items, by a pronoun
    r"|^\s*(?:please|pls)\s+(?:have|get|send|put|share|upload)\s+(?:them|these|those|it\s+all)\b",
    re.I,
)
# me: chase the supplier / me — final read-through by Thursday
_PASTED = re.compile(
    r"\b(?:pasted|pasting(?: it| them)?(?: here| below)?|copied(?: below| here)?)\s*[:：]?\s*$"
    r"|(?:貼ります|貼っておきます|貼り付けます|転記します)[。.:：]?\s*$",
    re.I,
)
_NOTICE = re.compile(
    r"(?:共有|ご参考|ご報告|ご連絡|お知らせ|お返事|ご回答)(?:まで|です|でした|します|いたします)"
    r"[。.!！]?\s*$"
    r"|^\s*(?:以上、?)?(?:共有まで|ご参考まで)|^\s*(?i:fyi\b|for your info)"
    # レイアウトの件、途中経過です。/ 状況です: a progress report, its lines where things stand
    r"|(?:途中経過|経過報告|進捗報告|進捗|状況|現状)(?:です|でした|を共有します|をお知らせします)"
    # 【7/14 CK製造連絡】 … 以上です: a bracketed notice heading over how things will go (not
    # 【ご報告】: a report's lines may promise the next step)
    r"|^\s*【[^】]{0,20}(?:連絡|お知らせ|周知)】\s*$",
    re.M,
)
_SELF_LEAD = re.compile(r"^\s*(?:me|myself|私|自分|僕)\s*(?:[:：]|\s[—–-]\s)\s*(?=\S)", re.I)
_SELF_TAIL = re.compile(
    r"\s*(?:[:：→⇒]|\s[—–-]>?)\s*(?:私|自分|僕|me|myself)\s*$", re.I
)  # (… → me)
_SELF_IN_PARENS = re.compile(r"\s*[（(]\s*(?:私|自分|僕|me|myself)\s*[)）]", re.I)
# A day and a time first: an entry of a schedule (6/6(火) 10:00 Mr. Petrov, cardiology).
_SCHEDULE_LINE = re.compile(
    r"^\s*(?:[0-9]{1,2}/[0-9]{1,2}|[0-9]{1,2}月[0-9]{1,2}日)\s*(?:[(（][^)）]{1,5}[)）])?\s*"
    r"[0-9]{1,2}[:：][0-9]{2}"
)


# ・配管の確認 ・見積 の2点、今週中にお願いできますか / 以上3点、…: the items, counted
ITEMS_COUNTED = re.compile(
    r"^\s*(?:の|以上の?|上記の?|これらの?|この)?\s*(?:[0-9]{1,2}|[一二三四五六七八九十])\s*"
    r"(?:点|件|つ|項目)(?:を|は|について|とも|、|,|\s)"
    r"|^\s*(?:the|these|those)\s+(?:[0-9]|two|three|four|five)\s+(?:items|things|points)\b",
    re.I,
)


# ①②は3/27までにお願いできますか (read "1番2番は"): the items asked for, by number
ITEMS_BY_NUMBER = re.compile(
    # (1だけ、今週中に見ていただけますか / 2点目・3点目とも: by a bare number too)
    r"\s*(?:※\s*)?((?:[0-9]{1,2}(?:番|点目)?\s*[と・、,&]?\s*)+)"
    r"(?:は|を|も|とも|だけ|のみ|について|の件は?)[、,]?"
)


_PICK_LEAD = re.compile(r"^\s*[0-9]{1,2}(?:番|点目)?\s*(?:だけ|のみ|は|を|も)?\s*")


# A later sentence or clause that opens on numbers: ②はこのままで問題ないので、①のみ…
_REF_AFTER = re.compile(r"(?<=[。、,\n])\s*(?=(?:※\s*)?[0-9]{1,2}(?:番|点目)?\s*[と・、,&]?)")
_ASKING = re.compile(r"お願い|ください|下さい|いただけ|頂け|もらえ|ますか|でしょうか|ほしい")


def number_ref(trailer: str) -> re.Match[str] | None:
    """The items named by number in the text after a list — of several, the one asked for
    (②はこのままで問題ないとのことなので、①のみ修正いただけますか asks for ①)."""
    starts = [0] + [m.end() for m in _REF_AFTER.finditer(trailer)]
    found = [m for k in starts if (m := ITEMS_BY_NUMBER.match(trailer, k)) is not None]
    if len(found) < 2:
        return found[0] if found else None
    ends = [m.start() for m in found[1:]] + [len(trailer)]
    asked = [m for m, end in zip(found, ends, strict=True) if _ASKING.search(trailer, m.end(), end)]
    return (asked or found)[0]


def items_by_number(trailer: str, items: Sequence[Item]) -> list[Item] | None:
    """The numbered items a line after the list asks for by number (None when it names none)."""
    refs = number_ref(trailer)
    if refs is None:
        return None
    wanted = {int(n) for n in re.findall(r"[0-9]{1,2}", refs.group(1))}
    numbered = [item for item in items if item.numbered]
    return [item for k, item in enumerate(numbered, start=1) if k in wanted]


def _every_item_line(trailer: str) -> str:
    """A later line of the text after a list that gives all its items a day (a note, then
    "both by Thursday 🙏"), or ''."""
    lines = [ln.strip() for ln in trailer.split("\n") if ln.strip()]
    return next((ln for ln in lines[1:] if ALL_ITEMS.match(ln)), "")


def _for_every_item(trailer: str, tail: MessageReading, ctx: TaskContext) -> bool:
    """all by next Wednesday please / by 2/20 pls 📸: a day for the whole list, said after it."""
    if ALL_ITEMS.match(trailer) or ITEMS_COUNTED.match(trailer):
        return True
    return len(tail.clauses) == 1 and only_a_day(tail.clauses[0], ctx)


def list_drafts(
    listing: Listing, ctx: TaskContext, self_account_id: int | None
) -> list[Draft] | None:
    header, items = listing.header, listing.items
    # notes from today, pasted: / 議事メモを貼ります: someone else's words, but for the
    # items that name who does them
    pasted = _PASTED.search(header) is not None
    # GW期間の製造計画です。①…焼きます ②… 以上、共有まで。: a plan made known, no promise
    notice = bool(_NOTICE.search(header) or _NOTICE.search(listing.trailer))
    head = read_message(header) if header else None
    tail = read_message(listing.trailer) if listing.trailer else None
    # 以下お願いします before the list, or よろしくお願いします after it, asks for the items;
    # a request after the list that names work of its own (あと一点、…手配いただけますか) does not.
    header_asks = (
        (head is not None and head.has(Act.REQUEST))
        or _PLEASE_COLON.search(header) is not None  # for the tent poles, pls:
        or _ASKS_COUNTED.search(header)
        is not None  # 窓ガラスシートにつきまして、2点お願いがございます
        or (tail is not None and _courtesy_ask(tail))
        or (tail is not None and tail.has(Act.REQUEST) and ITEMS_COUNTED.match(listing.trailer))
        or (head is not None and _handed_over(head, ctx))
    )
    header_due = marked_due(header, ctx) if header else None
    if header_due is None and tail is not None and _for_every_item(listing.trailer, tail, ctx):
        header_due = marked_due(listing.trailer, ctx)  # …items. all by next Wednesday please
    if header_due is None and (every := _every_item_line(listing.trailer)):
        header_due = marked_due(every, ctx)  # (a note, then "both by Thursday 🙏")
    picked = items_by_number(listing.trailer, items) if tail is not None else None
    if (
        picked is not None
        and tail is not None
        and not tail.has(Act.REQUEST)
        and not DATE_IS_FINE.search(listing.trailer)  # ※②は今日中だと助かります: its day
    ):
        picked = None  # (①②は済みです: a report about them, read as a reply would be)
    picked_due = marked_due(listing.trailer, ctx) if picked else None
    # …・文字数の調整（Carlaさん） 4/28までに直していただけると: each owner's item, by then
    # (a bare ask after items nobody owns is one ask about them: 今日中に確認お願いできますか)
    owners_day = (
        marked_due(listing.trailer, ctx) if tail is not None and bare_ask(tail, ctx) else None
    )
    drafts: list[Draft] = []
    scheduled = False  # a line read as a schedule entry: the list was read, and is none
    any_owner = any(i.owner for i in items)
    for item in items:
        body = TAGS.sub("", item.text).strip()
        owner = item.owner
        asked, item_due = header_asks, header_due
        if picked is not None:  # ①②は3/27までに: those two asked, by that day; ③ as it says
            asked = any(p is item for p in picked)
            item_due = picked_due if asked else header_due
        d = ctx.directory
        group: tuple[int, ...] = ()
        anyone = owner is None and (call := _ANYONE_TAIL.search(body)) is not None
        if anyone and call is not None:
            body = body[: call.start()].rstrip()  # 代替スケジュール作成 — 誰か手の空いている方
        if owner is None:
            group, body = d.leading_group(body)  # Rafael & Min-jun — merge the scripts
        if owner is None and not group:
            group, body = d.trailing_group(body)  # 駐車場の誘導 → 羽田野さん、石黒さん
        # 森：見積の再送 / 見積の再送（森さん） / Ken to update the FAQ / … — Luis
        if owner is None and (dash := _DASH.search(body)) is not None:
            # Route B is the favourite — Ravi to tighten the body copy: a note, then its item
            aid, rest = d.action_item(body[dash.end() :])
            if aid is not None and rest:
                owner, body = aid, rest
        for find in (
            d.leading_member,
            d.named_in_parens,
            d.action_item,
            d.trailing_member,
            d.topic_member,  # 週報の送付は瀬川さんお願いします
        ):
            if owner is not None:
                break
            owner, rest = find(body)
            if owner is not None:
                body = rest
        if owner is not None and item_due is None:
            item_due = owners_day
        label = _LABEL.match(body)
        if label is not None and item.owner is not None:
            # patch notes: [To:Yuki]Yuki can you draft them — the label, then the one asked
            rest = d.without_vocative(label.group(2), item.owner)
            body = f"{label.group(1)}: {rest}"
        elif item.owner is not None:
            body = d.without_vocative(body, item.owner)  # [To:Ravi]Ravi pls run the tests
        body, day_text = _dash_day(body, ctx)  # HS code confirmation — by 12/26
        if owner is None and _SELF_LEAD.match(body):
            owner, body = ctx.sender, _SELF_LEAD.sub("", body).strip()  # me: chase the supplier
        if owner is None and _SELF_TAIL.search(body):
            owner, body = ctx.sender, _SELF_TAIL.sub("", body).strip()  # 最終人数の連絡：私
        if owner is None and _SELF_IN_PARENS.search(body):
            owner, body = ctx.sender, _SELF_IN_PARENS.sub("", body).strip()  # 発注量の連絡（私）
        if owner is None and pasted:
            continue
        if not body or (owner is None and _SECTION_HEADING.match(body)) or NOTHING.match(body):
            continue  # Devon: nothing new, the binders take priority
        body = _NOT_YET.sub("", body)  # 見積作成（まだ）: where it stands, not the work
        mr = read_message(body)
        if not mr.clauses:
            continue
        asks = mr.clauses_of(Act.REQUEST, Act.COMMITMENT)
        promise = bool(asks) and asks[0][1].act == Act.COMMITMENT
        if (not asks or promise) and owner is None and _SCHEDULE_LINE.match(body):
            # 6/6(火) 10:00 Mr. Petrov, cardiology / 2/24(金)10:00〜 消防設備点検(業者さんが
            # 各フロアを回ります): a schedule entry, what will happen, not work
            scheduled = True
            continue
        # (raise the PO for the freezer service, also by Friday: the work, not its day)
        worded = [k for k, c in enumerate(mr.clauses) if not only_a_day(c, ctx)] or [-1]
        at = worded[-1]
        if not asks and len(worded) > 1 and mr.clauses[0].analysis.lang == "ja":
            # ・祭壇生花の準備、白とグリーン基調で。供花は現時点で8基（神谷さん）: the work is
            # the clause naming an action, not the note after it
            acting = [k for k in worded if any(t.cls == "s" for t in mr.clauses[k].tokens)]
            at = acting[0] if acting else at
        c, r = asks[0] if asks else (mr.clauses[at], mr.readings[at])
        if r.rule == "relayed ask" and owner is None and not asked:
            continue  # ■先方からの要望 ・搬入口は3m空けておいてほしいとのこと: wishes, reported
        if notice and owner is None and not group and r.act != Act.REQUEST:
            continue  # (① 5/3〜5/6は食パンを1.5倍焼きます, under 以上、共有まで: the plan)
        if r.rule == "irai" and owner is None and asks_an_outsider(c, d):
            # ・エアコン1台効きが悪い→明日メーカーに点検依頼します: the sender asks the maker
            r = replace(r, act=Act.COMMITMENT)
        told = r.act not in (Act.REQUEST, Act.COMMITMENT) or r.rule == "planned"
        if picked is not None and not asked and told and owner is None:
            # 【確認お願いします】1…2…3… 1だけ見ていただけますか: the rest are told (not
            # ③入館証の申請（これは総務でやります）: a promise of its own)
            continue
        if picked is not None and asked and r.act == Act.DONE and tail is not None:
            # 1. 見積書、フォルダに入れました … 1だけ見ていただけますか: the thing the picked
            # item reports, with the action the line after it asks for
            thing = body.split("、")[0] if "、" in body else object_of(c.analysis) or body
            acts = tail.clauses_of(Act.REQUEST)
            ask_c, ask_r = acts[0] if acts else (None, None)
            action = ""
            if ask_c is not None and ask_r is not None:
                action = _PICK_LEAD.sub("", work_of(ask_c, ask_r, date_spans(ask_c, ctx)).title)
            title = combine(thing, action) if action else thing
            who = (owner,) if owner is not None else ctx.base
            day = (due_in(ask_c.text, ctx) if ask_c is not None else None) or picked_due
            drafts.append(Draft(title, who, day, "request", keywords_of(title)))
            continue
        if not asks:
            # Allergen labels updated in the POS（伊藤さん）(~5/22 18:00): an owner and a
            # deadline make a past participle the state to reach, not a report
            # (- [ ] me: updated timeline: an unticked box is a state still to reach)
            to_reach = (
                r.act == Act.DONE
                and owner is not None
                and (bool(date_spans(c, ctx)) or (item.boxed and not item.ticked))
            )
            if r.act not in (Act.INFO, Act.CANCEL) and not to_reach:
                continue
            if not to_reach and (mr.acts & {Act.DONE, Act.NOT_DONE} or _away(c)):
                continue  # standup: "Elif: retries done, in review" / "Sunita: out today"
            if r.question or _is_statement(c):
                continue
            if owner is None and not group and not asked and _LABEL_STATE.match(body):
                continue  # - orders ingest: stable, p95 down to 38m: where a thing stands
            if owner is None and not group and not asked and not any_owner and not anyone:
                continue
        # Room 512: guest reported it at 2am. Ticket needs to be opened: the ask's own day,
        # or a marked one anywhere in the item, not the time of the story before it.
        due = (
            (due_in(body, ctx) if len(mr.clauses) == 1 else None)
            or (due_in(c.text, ctx) if len(mr.clauses) > 1 else None)
            or (marked_due(body, ctx) if len(mr.clauses) > 1 else None)
            or (due_in(item.due_text, ctx) if item.due_text else None)
            or (due_in(day_text, ctx) if day_text else None)
            or item_due
        )
        spans = date_spans(c, ctx)
        w = work_of(c, r, spans) if asks else _noun_item(c, spans)
        if not w.title or is_occasion(w.title):
            continue
        title = (said_before(c.analysis, r, w.title) if w.pointer else "") or w.title
        if w.pointer and title == w.title and c is not mr.clauses[0]:
            title = mr.clauses[0].text.strip(" ,、")  # show notes, I'd need them by Monday
        title = _ARROW.sub("を", title)  # 概算説明資料 → 私が作ります: the thing, then the act
        if (aside := _ACT_ASIDE.match(body)) is not None:
            title = aside.group(1).strip()  # 入館証の申請（これは総務でやります）: the thing
        arrow = _ARROW.search(body)
        before = analyse(body[: arrow.start()]).tokens if arrow is not None and w.bare else []
        if title == w.title and before and before[-1].cls in "nspx":
            # ・No.318 ボディコーティング → 外注に出すので私が手配します: the thing is before it
            title = combine(body[: before[-1].end].strip(), title)
        noted = _DASH.split(body, maxsplit=1)
        if (
            c.analysis.lang == "en"
            and len(noted) == 2
            and _EN_ONES.search(title)
            and not _EN_VERB_LEAD.match(noted[0])
            and 0 < len(noted[0].split()) <= 4
        ):
            # caster headsets — return the two faulty ones to Audiotek: the ones of the label
            name = noted[0].strip()
            title = f"{name[:1].upper()}{name[1:]}: {title}"
        k = mr.clauses.index(c)
        if k > 0 and c.analysis.lang == "ja" and w.bare and not w.pointer:
            # ・小松さん：足場の手すりが1本外れてます → 明日の朝イチで復旧お願いします: the
            # thing the item's report names, as in a message of its own
            title = from_context(mr, k, "", title) or title
        if k > 0 and c.analysis.lang == "ja" and title.startswith(VERSION):
            # ・※被保険者名簿が古いままなので、最新版を…出しておきます: the newest of that thing
            obj = object_of(mr.clauses[k - 1].analysis).split("、")[0]
            title = f"{obj}の{title}" if obj and len(obj) <= 20 else title
        if k > 0 and c.analysis.lang == "ja" and party_only(title):
            # ・エアコン1台効きが悪い→明日メーカーに点検依頼します: the thing is in the report
            title, _ = with_its_thing(mr, k, c, title, r if r.act == Act.REQUEST else None)
        if head is not None and _SHARE_ITEM.fullmatch(body.strip()) and (job := _header_job(head)):
            # 【依頼】調査書の記載内容チェック ・1組分 → 桐島先生: that share of the header's job
            title = f"{job}（{body.strip()}）"
        elif head is not None and title.removeprefix("ご").removeprefix("お") in _BARE_ACTIONS:
            # 切替手順書の件です。・作成：吉村くん ・レビュー：井上さん: each step of the
            # thing the header names
            thing = _header_thing(head)
            title = f"{thing}の{title}" if thing else title
        # (・公民館への使用申請は北村がやります from 北村: the sender named as its subject)
        own = owner == ctx.sender or _subject_is(c, d, ctx.sender)
        if r.act == Act.COMMITMENT and ((w.other_subject and not own) or starts_then(c)):
            continue
        if r.act == Act.COMMITMENT:
            assignees: tuple[int, ...] = (ctx.sender,)
        elif group:
            assignees = group
        elif anyone:
            assignees = ()  # an open call: nobody named yet
        elif owner is not None:
            assignees = (owner,)
        else:
            assignees = ctx.base
        conf = 0.85 if owner is not None else 0.7
        kind = "commitment" if r.act == Act.COMMITMENT else "request"
        if drafts:
            title = same_for(title, drafts[-1].title)  # 2. Tomás — same for the Kyoto bid
        drafts.append(
            Draft(title, assignees, due, kind, keywords_of(title), item.ticked, confidence=conf)
        )
    return drafts if drafts or pasted or scheduled or notice else None


# 入館証の申請（これは総務でやります）: the item's thing, then who does it said aside
_ACT_ASIDE = re.compile(
    r"^([^（(]{2,40}?)\s*[（(](?:これ|こちら|それ|こっち)は[^()（）]{2,30}[)）]\s*$"
)


def _dash_day(body: str, ctx: TaskContext) -> tuple[str, str]:
    """A line's day after a dash (HS code confirmation — by 12/26; rate check — 年内 is
    fine): the work before it, and the day apart."""
    dash = next(reversed(list(_DASH.finditer(body))), None)  # the last dash
    if dash is None or dash.start() == 0:
        return body, ""
    tail = body[dash.end() :]
    mr = read_message(tail)
    if len(mr.clauses) != 1 or not only_a_day(mr.clauses[0], ctx, fine=True):
        return body, ""
    return body[: dash.start()].rstrip(), tail


# for the tent poles, pls: / please: — a header that asks for the lines under it
_PLEASE_COLON = re.compile(
    r"(?i:\b(?:please|pls|plz|kindly))\s*[:：]\s*$"
    # 連休前にお願いしたいことです / 以下、お願いしたい件です: what follows is asked
    r"|お願いしたい(?:こと|事|件|作業|もの)(?:です|がございます|があります|が\s*[0-9一二三四五]\s*[点件つ]|は)"
)
_LABEL = re.compile(r"^([^:：]{1,30})(?<!\d)[:：]\s*(?!\d)(\S.*)$")  # (not 18:00)
_DASH = re.compile(r"\s+[—–]\s+|\s+-\s+")
_EN_RELATIVE = LEXICON["EN_RELATIVE"]
_EN_ONES = re.compile(r"(?i)\b(?:ones|them|those|these)\b")
_EN_VERB_LEAD = re.compile(r"(?i)^\s*(?:please|pls|can|could|will|i|we|me|my)\b")
_NOT_YET = re.compile(r"\s*[（(](?:まだ|未|未着手|未対応|未了|not yet|todo)[)）]\s*$", re.I)
# …作成 — 誰か手の空いている方 / … — anyone free: a to-do line that calls for someone
_ANYONE_TAIL = re.compile(
    r"\s*(?:[—–→]|\s-\s|[:：])\s*(?:誰か|どなたか|(?i:anyone|someone|anybody|whoever))[^—–→:：]{0,20}$"
)
_ARROW = re.compile(r"\s*[→⇒]\s*(?=[ぁ-ん一-龥])")


def _subject_is(c: Clause, directory: Directory, aid: int) -> bool:
    """The noun before the clause's が names ``aid`` (北村がやります, said by 北村)."""
    toks = c.tokens
    return any(
        t.lemma == "が" and t.cls == "c" and k > 0 and directory.member(toks[k - 1].surface) == aid
        for k, t in enumerate(toks)
    )


def _header_thing(head: MessageReading) -> str:
    """リハーサル用の切替手順書の件です → リハーサル用の切替手順書: a list header's thing."""
    for c in head.clauses:
        about = _ABOUT.match(c.text)
        if about is not None:
            return about.group(1).strip()
    return ""


def _header_job(head: MessageReading) -> str:
    """【依頼】調査書の記載内容チェック → 調査書の記載内容チェック: the job a list header names
    (its thing when it says only what the list is about)."""
    first = head.clauses[0].text.strip() if head.clauses else ""
    job = _JOB_LINE.match(first)
    return job.group(1).strip() if job is not None else _header_thing(head)


# 【依頼】調査書の記載内容チェック: a bracketed label, then the job as a heading
_JOB_LINE = re.compile(r"^【(?:依頼|お願い|タスク|TODO|ToDo)】\s*([^、。\n]{2,30})$")
# ・1組分 / ・北部センター分: an item that is only a share of the header's job
_SHARE_ITEM = re.compile(r"[^、。\s]{1,12}分")
_ABOUT = re.compile(r"^(?:【[^】]*】)?\s*([^、。]{2,25}?)\s*(?:の件|について|に関して)")


_BARE_ACTIONS = LEXICON["BARE_ACTIONS"] | {"作成", "手配", "準備", "発送", "送付", "提出"}


def _handed_over(head: MessageReading, ctx: TaskContext) -> bool:
    """[To:東条さん] 引き継ぎ一覧です: a handover list addressed to someone else names the
    work that is now theirs (a shift log to nobody in particular asks nothing)."""
    if not ctx.base or ctx.sender in ctx.base:
        return False
    return any(t.lemma in _HANDOVER for c in head.clauses for t in c.tokens)


_HANDOVER = LEXICON["HANDOVER"]


def _courtesy_ask(mr: MessageReading) -> bool:
    """Every ask in the text is a courtesy (以上、よろしくお願いします) or names nothing."""
    asks = mr.clauses_of(Act.REQUEST)
    titles = [work_of(c, r, ()).title for c, r in asks]
    return bool(asks) and all(not t or is_occasion(t) for t in titles)


def bare_ask(mr: MessageReading, ctx: TaskContext) -> bool:
    """Every ask after a list is only an action, with its day (連休前に、4/28までに直して
    いただけると助かります): the items are what is fixed, by then."""
    asks = mr.clauses_of(Act.REQUEST)
    return bool(asks) and all(work_of(c, r, date_spans(c, ctx)).bare for c, r in asks)


def _noun_item(c: Clause, spans: Sequence[tuple[int, int]]) -> Work:
    """A to-do line without a predicate (見積書の送付（2/18まで）) is its own title."""
    reading = Reading(Act.REQUEST, "to-do line", len(c.tokens), 0, 0.8, False, False, False)
    return work_of(c, reading, spans)


_AWAY = LEXICON["AWAY"]


def _away(c: Clause) -> bool:
    """A line that says where someone is (out today, OOO, 本日休み), not what to do."""
    toks = [t for t in c.tokens if t.cls != "y"]
    if not toks:
        return False
    return toks[0].lemma in _AWAY if c.analysis.lang == "en" else toks[-1].lemma in _AWAY


def _is_statement(c: Clause) -> bool:
    """A list line that states something (会議は3/1(水)20時からです) rather than naming work."""
    toks = [t for t in c.tokens if t.cls != "y"]
    if not toks:
        return True
    last = toks[-1]
    if c.analysis.lang == "en":
        # the appendix C ablation is the real contribution: a statement — but "update the
        # roster, he's eligible again" opens with its work
        # (banner art: Ines has v2 in review — who has it, and where it stands; but the verbs
        # of "to everyone who … hasn't paid" say who the work is for)
        rel = next((k for k, t in enumerate(toks) if k >= 2 and t.lemma in _EN_RELATIVE), None)
        toks = toks[:rel]
        return any(t.cls in "bm" for t in toks[:3]) or (
            toks[0].lemma not in _EN_WORK_VERB and any(t.cls in "bmh" for t in toks)
        )
    if last.cls == "v" and "連用形" in last.pos and last.surface != last.lemma:
        return False  # 日程の仮押さえ: a verb's stem as the noun of the work
    # 席次表は先方の校正待ち: waiting on someone else is a state, not work
    return last.cls in "av" or last.lemma in ("から", "より", "にて", "予定", "待ち")


# ----------------------------------------------------------------------------- detect
