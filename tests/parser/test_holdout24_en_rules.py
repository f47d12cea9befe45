# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 24 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=11, name="早瀬 みのり"),
    Member(account_id=12, name="Dario Rossi"),
    Member(account_id=13, name="Yuna Kwon"),
]
KIT = RuleKit(7984, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_latin_name_then_a_space_then_san_owns_a_list_line() -> None:
    drafts = read(
        "[To:12][To:13]ビルドの件です。\n・起動テスト（iOS 2機種）— Dario さん、明日まで\n・説明文の英訳チェック — Yuna さん、今週中",
        sender=11,
    )
    assert [(d.title, d.assignees) for d in drafts] == [
        ("起動テスト(iOS 2機種)", (12,)),
        ("説明文の英訳チェック", (13,)),
    ]


def test_m_of_n_looked_at_is_not_the_check_done() -> None:
    ask = m(1, 11, "[To:13]Yunaさん\n実績名（全40件）の校正をお願いできますか？")
    part = m(2, 13, f"{rp(11, 1)}実績名の校正、40件中15件まで見ました。まだ途中です🙇")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_a_need_then_will_do_it_is_the_sender_s_own_task() -> None:
    [d] = read("the van also needs a new wiper blade, will do it tomorrow", sender=12)
    assert (
        d.kind == "commitment" and d.assignees == (12,) and d.title == "Van needs a new wiper blade"
    )
    assert d.due is not None and d.due.day.isoformat() == "2026-11-17"
    assert read("thanks, will do", sender=12) == []


def test_being_swamped_reports_nothing_done() -> None:
    ask = m(
        1,
        11,
        "to-dos:\n• refund evidence for order #120 — Dario, Thu\n• me — check the courier invoices",
    )
    busy = m(2, 12, "can someone file the damage claim for #130? I'm buried in refunds 😵")
    assert all(t.status == TaskStatus.OPEN for t in fold(ask, busy))


def test_voicemail_and_no_answer_are_tries_not_the_call_made() -> None:
    ask = m(
        1,
        11,
        "to-dos:\n• call back the buyer at Northwind — Yuna\n• me — sort out the refund limits",
    )
    tried = m(2, 13, "called Northwind twice, straight to voicemail both times. left a msg 📞")
    assert all(t.status == TaskStatus.OPEN for t in fold(ask, tried))
    tried = m(2, 13, "called Northwind twice, no anwser. left a voicemail")
    assert all(t.status == TaskStatus.OPEN for t in fold(ask, tried))


def test_part_of_one_named_task_done_among_several_closes_none() -> None:
    ask = m(
        1,
        11,
        "this week:\n• rewrite the refund macro — Yuna, by Friday\n• call back Northwind — Dario",
    )
    part = m(2, 13, f"{rp(11, 1)}macro draft is in the macros sheet — 3 of 5 variants done")
    assert all(t.status == TaskStatus.OPEN for t in fold(ask, part))


def test_a_notice_s_title_is_no_ask_and_opening_hours_are_no_ask() -> None:
    assert (
        read(
            "[info][title]deploy notice[/title]billing-api v3.1 is live on staging.[/info]",
            sender=11,
        )
        == []
    )
    assert (
        read(
            "[toall] reminder: no deliveries tomorrow (holiday). open Fri as usual, dock closes at 5",
            sender=11,
        )
        == []
    )


def test_the_truck_arriving_is_no_work_done() -> None:
    ask = m(1, 11, "prep:\n• clear bay 2 for 10 pallets — Dario, Tue\n• me — call the broker")
    news = m(2, 12, "truck's in. one pallet has a crushed case, 3 bottles gone 🍷💥")
    assert [t.status for t in fold(ask, news)] == [TaskStatus.OPEN, TaskStatus.OPEN]


def test_two_owners_before_the_dash_share_the_line() -> None:
    drafts = read(
        "Notes:\n1) Yuna — re-run the batch, by Friday\n2) Dario & Yuna — merge your scripts into one repo by next Monday",
        sender=11,
    )
    assert [d.assignees for d in drafts] == [(13,), (12, 13)]


def test_tried_doing_it_then_a_chase_is_not_the_work_done() -> None:
    ask = m(
        1,
        11,
        "[To:12]Dario\ncan you book a meeting room at the library for next week? by Thursday please",
    )
    tried = m(
        2,
        12,
        f"{rp(11, 1)}tried booking, the library portal keeps throwing a 403 at me. emailed their admin",
    )
    [t] = fold(ask, tried)
    assert t.status == TaskStatus.OPEN
