"""Rules added when the sixth holdout was first scored: one test per general rule, written
with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from chatsync.models import Due, TaskStatus
from tests.parser.rulekit import BASE, MEMBERS, RuleKit

KIT = RuleKit(7500, MEMBERS)
read, m, fold = KIT.read, KIT.m, KIT.fold


@pytest.mark.parametrize(
    "body",
    [
        "[toall]\n問い合わせ窓口の当番、今月もよろしくお願いします。",
        "いえいえ、今後ともよろしくお願いいたします。",
        "採用面接の件、引き続きよろしくお願いします！",
    ],
)
def test_courtesy_for_ongoing_work_is_no_request(body: str) -> None:
    assert read(body) == []


def test_new_work_with_yoroshiku_is_still_a_request() -> None:
    drafts = read("[To:2]佐藤 花子さん\n議事録の作成もよろしくお願いします。")
    assert [d.assignees for d in drafts] == [(2,)]


def test_section_headings_of_minutes_are_no_tasks() -> None:
    body = (
        "【議事録】11/16 開発定例\n■決定事項\n・リリースは12/1で確定\n■アクション\n"
        "・佐藤さん：テスト計画書の作成（金曜まで）\n・鈴木さん：負荷試験の環境準備（明日まで）"
    )
    drafts = read(body)
    assert sorted(d.assignees for d in drafts) == [(2,), (3,)]
    assert all("事項" not in d.title and "アクション" not in d.title for d in drafts)


def test_quoting_one_line_of_a_list_picks_that_task_to_cancel() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤 花子さん\nお願いします。\n・会議室予約\n・議事録の清書\n・備品発注"),
        m(2, 1, f"[qt][qtmeta aid=1 time={BASE + 600}]・議事録の清書[/qt]\n不要になりました。"),
    )
    status = {t.title: t.status for t in tasks}
    assert status["議事録の清書"] == TaskStatus.CANCELLED
    assert [s for s in status.values() if s == TaskStatus.OPEN] == [TaskStatus.OPEN] * 2


def test_quoting_one_line_of_a_list_picks_that_task_to_close() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤 花子さん\n1. 請求書の発行\n2. 入金の確認\nお願いします。"),
        m(2, 2, f"[qt][qtmeta aid=1 time={BASE + 600}]2. 入金の確認[/qt]\nこちら終わりました。"),
    )
    status = {t.title: t.status for t in tasks}
    assert status == {"請求書の発行": TaskStatus.OPEN, "入金の確認": TaskStatus.DONE}


def test_acceptance_restating_the_day_keeps_the_hour() -> None:
    tasks = fold(
        m(1, 1, "[To:4]Grace Hopper\nCould you upload the audit logs by Wednesday 9:30?"),
        m(2, 4, "[rp aid=1 to=7500-7500000001]田中 太郎さん\nSure, I'll upload them Wednesday."),
    )
    assert [t.due for t in tasks] == [Due(day=datetime(2026, 11, 18).date(), at=time(9, 30))]


def test_acceptance_with_another_day_moves_the_deadline() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤 花子さん\n契約書の製本を水曜の10時までにお願いします。"),
        m(2, 2, "[rp aid=1 to=7500-7500000001]田中 太郎さん\n承知しました、木曜までにやります。"),
    )
    assert [t.due for t in tasks] == [Due(day=datetime(2026, 11, 19).date())]


@pytest.mark.parametrize(
    ("ask", "reply", "done"),
    [
        ("Could you email the venue about the projector?", "Emailed them this morning.", True),
        ("Please copy the keys for the new staff.", "Copied, they're at reception.", True),
        ("Can you plan the team dinner?", "Planned it, see the calendar.", True),
        ("Could you call the courier about the parcel?", "I called but nobody picked up.", False),
        ("Could you call the courier about the parcel?", "Should I call them again?", False),
    ],
)
def test_english_work_verb_in_the_past_closes_the_task(ask: str, reply: str, done: bool) -> None:
    tasks = fold(
        m(1, 1, f"[To:4]Grace Hopper\n{ask}"),
        m(2, 4, f"[rp aid=1 to=7500-7500000001]田中 太郎さん\n{reply}"),
    )
    assert [t.status == TaskStatus.DONE for t in tasks if t.message_id.endswith("1")] == [done]


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("[To:2]佐藤 花子さん\n会議室のモニターが映りません。見ていただけますか？", "モニター"),
        ("[To:3]鈴木 一郎さん\n給湯室の蛇口が壊れています。直してもらえますか？", "蛇口"),
    ],
)
def test_a_verb_alone_takes_its_object_from_the_sentence_before(body: str, word: str) -> None:
    drafts = read(body)
    assert len(drafts) == 1 and word in drafts[0].title
