# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 29 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=91, name="Lena Voss"),
    Member(account_id=92, name="Omar Said"),
    Member(account_id=93, name="Greta Lind"),
]
KIT = RuleKit(7994, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_checklists_empty_boxes_are_its_open_items() -> None:
    tasks = read(
        "loading checklist:\n✅ pallets wrapped\n☐ van booked for Thursday — Omar, Wed\n☐ photos of every crate — Greta",
        sender=91,
    )
    assert [(t.title, t.assignees) for t in tasks] == [
        ("Van booked for Thursday", (92,)),
        ("Photos of every crate", (93,)),
    ]


def test_waiting_quoted_asks_and_what_a_next_step_waits_on_are_no_tasks() -> None:
    assert (
        read("[toall] pls hang tight on the press release until legal signs off 🙏", sender=91)
        == []
    )
    assert (
        read(
            "ETA on the oat milk restock? need to know before I can price the café order", sender=92
        )
        == []
    )
    assert (
        read(
            "the client's note says 「please use the dark logo, not the white one」 — we have both, so we're fine",
            sender=91,
        )
        == []
    )


def test_whoever_on_call_is_asked_about_the_fault_said_before() -> None:
    [t] = read(
        "morning — the card reader at the west gate is beeping again, 2nd time today. whoever is on call, could you take a look? -- Lena",
        sender=91,
    )
    assert t.title.startswith("Take a look: card reader at the west gate is beeping")


def test_a_member_named_after_their_company_is_called_by_family_name() -> None:
    kit = RuleKit(
        7995,
        [Member(account_id=96, name="Dana Whit"), Member(account_id=97, name="東和電工 小野寺 健")],
    )
    tasks = kit.read(
        "site update:\n- rails delivered, stacked by the carport\n- 小野寺さん、火曜の朝イチに搬入口の鍵を受け取ってもらえますか？ the owner leaves it next door",
        sender=96,
    )
    assert [t.assignees for t in tasks] == [(97,)]


def test_receiving_what_was_to_be_received_closes_it_and_my_line_is_mine() -> None:
    kit = RuleKit(
        7996, [Member(account_id=96, name="Dana Whit"), Member(account_id=97, name="小野寺 健")]
    )
    ask = kit.m(1, 96, "[To:97]小野寺さん、火曜の朝イチに搬入口の鍵を受け取ってもらえますか？")
    [t] = kit.fold(ask, kit.m(2, 97, f"{kit.rp(96, 1)}鍵、受け取りました。"))
    assert t.status.value == "done"
    tasks = read(
        "8/14の貸切の準備です。\n・燃料補給（Omarさん）\n・ケータリングの最終人数連絡：私\nよろしくお願いします！",
        sender=91,
    )
    assert [t.assignees for t in tasks] == [(92,), (91,)]


def test_a_new_day_said_with_a_reason_and_an_apology_moves_the_line() -> None:
    plan = m(
        1,
        91,
        "[toall]\nthis week:\n- Omar: get the ad script approved by the sponsor — 11/18\n- Greta: show notes draft",
    )
    moved = m(
        2,
        92,
        f"{rp(91, 1)}the sponsor wants a different code so the script needs another pass — approval will be Friday now, sorry",
    )
    script, notes = fold(plan, moved)
    assert script.due is not None and str(script.due.day) == "2026-11-20" and notes.due is None


def test_a_verdict_with_one_exception_and_forms_sent_over_are_done() -> None:
    cut = m(1, 92, "[To:91]Lena rough cut of ep 12 is up in the Drive folder, ptal")
    verdict = m(
        2,
        91,
        f"{rp(92, 1)}listened through, LGTM apart from the intro. can you tighten the first 30 secs today?",
    )
    review, tighten = fold(cut, verdict)
    assert review.status.value == "done" and tighten.assignee_ids == (92,)
    ask = m(1, 91, "[To:93]Greta could you collect the consent forms from the families by Friday?")
    back = m(
        2,
        93,
        f"{rp(91, 1)}consent forms: all 12 back from the families and sent over to you by email ✉️",
    )
    [t] = fold(ask, back)
    assert t.status.value == "done"


def test_a_bare_ask_after_owned_items_gives_each_its_day() -> None:
    tasks = read(
        "レビューで2点見つかりました。\n・見出しの書体を統一（Omarさん）\n・表の桁区切りの修正（Gretaさん）\n休み前に、11/20（金）までに直していただけると助かります。",
        sender=91,
    )
    assert [(t.assignees, str(t.due.day) if t.due else None) for t in tasks] == [
        ((92,), "2026-11-20"),
        ((93,), "2026-11-20"),
    ]
    # nobody owns the items: one check of them, not a day for each
    [t] = read(
        "[To:92]Omarさん\nチラシの校正が戻りました。直す点は2つです\n1. 電話番号\n2. 地図の向き\n今日中に確認お願いできますか",
        sender=91,
    )
    assert t.assignees == (92,) and "校正" in t.title


def test_the_thing_fixed_everywhere_is_done() -> None:
    ask = m(1, 91, "[To:92]Omar the header colour is off on the new pages, can you fix it today?")
    [t] = fold(ask, m(2, 92, f"{rp(91, 1)}header colour fixed across all six pages ✅"))
    assert t.status.value == "done"


def test_an_order_said_with_its_amount_is_placed_and_logs_from_before_a_day_set_no_day() -> None:
    assert read("見積書、確認しました。このままでお願いします！120個 発注します。", sender=91) == []
    [t] = read("在庫が少ないので、明日120個発注します", sender=91)
    assert t.assignees == (91,)
    ask = m(
        1, 91, "[To:92]Omar can you find out why the door sensor trips at night, by tomorrow noon?"
    )
    question = m(2, 92, f"{rp(91, 1)}do we have any camera footage from before thursday?")
    [t] = fold(ask, question)
    assert t.due is not None and str(t.due.day) == "2026-11-17"
