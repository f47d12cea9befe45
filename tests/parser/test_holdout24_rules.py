"""Rules added for what the Japanese half of holdout 24 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit, says_done

KIT = RuleKit(7983, MEMBERS[:3])
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_finished_and_left_where_it_can_be_found_is_done() -> None:
    assert says_done("案内チラシ、200部刷り終わって受付の棚に置いてます")
    assert not says_done("書き終わってから送ります")


def test_now_settled_is_done() -> None:
    ask = m(1, 1, "[To:3]鈴木さん\n説明会の司会をもう1人、明後日までに確定してもらえますか")
    done = m(2, 3, f"{rp(1, 1)}総務の山本さんに引き受けてもらえました！これで2人確定です")
    [t] = fold(ask, done)
    assert t.status == TaskStatus.DONE


def test_part_done_and_the_rest_given_a_day_moves_the_task() -> None:
    ask = m(1, 1, "[To:2]佐藤さん\n3校分の見学資料の準備、今週中にお願いします")
    part = m(2, 2, f"{rp(1, 1)}見学資料、2校分はできました。残り1校は明日の朝イチでやります")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN
    assert t.due is not None and t.due.day.isoformat() == "2026-11-17" and t.due.at is not None
