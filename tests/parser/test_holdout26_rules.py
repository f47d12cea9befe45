# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the Japanese half of holdout 26 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart (11/23 is a holiday)."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=51, name="蓮見 薫"),
    Member(account_id=52, name="三角 亮"),
    Member(account_id=53, name="真柴 悠"),
]
KIT = RuleKit(7988, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp

PLAN = "【依頼】本日入庫分です\n1. 杉浦様 ミニバン 車検整備　担当：三角 / 期限：11/18\n2. 郷田様 セダン 12か月点検　担当：真柴 / 期限：11/19"


def test_all_but_one_part_is_not_done_and_the_rest_moves_the_day() -> None:
    part = m(
        2,
        53,
        f"{rp(51, 1)}セダン、下回り以外は点検終わりました。下回りの確認だけ週明けまで延ばしてもいいですか？",
    )
    van, sedan = fold(m(1, 51, PLAN), part)
    assert (
        van.status == TaskStatus.OPEN and van.due is not None and str(van.due.day) == "2026-11-18"
    )
    assert sedan.status == TaskStatus.OPEN
    assert sedan.due is not None and str(sedan.due.day) == "2026-11-24"  # (11/23 is a holiday)


def test_kore_de_zenbu_owari_reports_it_done() -> None:
    done = m(2, 52, f"{rp(51, 1)}ミニバンの車検整備、これで全部終わりです")
    van, sedan = fold(m(1, 51, PLAN), done)
    assert van.status == TaskStatus.DONE and sedan.status == TaskStatus.OPEN


def test_a_day_asked_of_someone_in_a_question_is_no_new_date() -> None:
    ask = m(1, 51, "[To:52]三角さん\n各店の写真、金曜までに集めてもらえますか")
    part = m(
        2, 52, f"{rp(51, 1)}写真、団地店以外はそろいました！真柴さん、今日中にいけそうですか？"
    )
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN and t.due is not None and str(t.due.day) == "2026-11-20"


def test_getting_someone_s_approval_is_work_and_a_deadline_ask_is_an_ask() -> None:
    [d] = read(
        "[To:51]蓮見さん\n郷田様のセダン、ワイパーが切れてます。交換の了承もらえますか？部品は明日届きます",
        sender=52,
    )
    assert d.assignees == (51,) and "了承" in d.title
    assert read("ご了承ください", sender=52) == []
    [d] = read("[To:53]真柴さん\n代車2台の洗車、15時までにお願い", sender=52)
    assert d.title == "代車2台の洗車" and d.due is not None and d.due.at is not None


def test_ordering_on_these_terms_is_done_by_saying_it() -> None:
    [d] = read(
        "[To:52]三角さん\n見積もり拝見しました。この内容で正式に発注しますので、注文請書の発行をお願いします。",
        sender=51,
    )
    assert d.title == "注文請書の発行" and d.assignees == (52,)


def test_half_done_said_as_a_state_is_not_done() -> None:
    ask = m(1, 51, "[To:52]三角さん\nこもれび歯科さんの年末調整の計算、5営業日以内にお願いします")
    part = m(2, 52, f"{rp(51, 1)}原本届いたので計算を始めました。半分ほど終わってます")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN
