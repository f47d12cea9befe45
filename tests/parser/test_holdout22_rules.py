# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what holdout 22 showed after it was scored: one test per general rule,
written with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit

KIT = RuleKit(7970, MEMBERS[:3])
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_promise_then_the_listeners_step_of_the_same_work_is_two_tasks() -> None:
    body = "[To:2]佐藤 花子さん\n見積書は私が作ります。明日佐藤さんへ渡すので、お客様への郵送はお願いします"
    drafts = read(body)
    assert [d.kind for d in drafts] == ["commitment", "request"]
    assert drafts[1].assignees == (2,) and "郵送" in drafts[1].title


def test_a_promise_then_how_to_cope_meanwhile_is_one_task() -> None:
    body = "[To:2]佐藤 花子さん\nプリンターの修理は私が手配します。今日は手書きでしのいでください"
    assert [d.kind for d in read(body)] == ["commitment"]


def test_a_season_greeting_naming_who_is_greeted_is_no_task() -> None:
    assert (
        read("[toall]\n明けましておめでとうございます。本年もさくら歯科をよろしくお願いいたします")
        == []
    )
    [d] = read("[To:2]佐藤 花子さん\n来週の棚卸し、在庫表の準備をよろしくお願いします")
    assert "在庫表" in d.title


def test_an_attempt_that_failed_and_its_retry_leave_the_task_open_and_undated() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n給湯器の点検、管理会社に依頼してもらえますか？")
    tried = m(
        2,
        2,
        f"{rp(1, 1)}田中さん\n管理会社に電話しましたが、担当者が外出中でした。明日の朝もう一度かけてみます",
    )
    [t] = fold(ask, tried)
    assert t.status == TaskStatus.OPEN and t.due is None


def test_a_failed_attempt_in_a_reply_to_a_list_keeps_the_items_day() -> None:
    ask = m(1, 1, "【依頼】\n①会議室の予約　担当：佐藤\n②名札の印刷　担当：鈴木 / 期限：11/20")
    tried = m(
        2,
        2,
        f"{rp(1, 1)}会議室の件、総務に電話しましたが今日は誰も出ませんでした。明日またかけます",
    )
    tasks = fold(ask, tried)
    room = next(t for t in tasks if "会議室" in t.title)
    assert room.status == TaskStatus.OPEN and room.due is None
