"""Done / cancelled / new deadline / acceptance, through the fold."""

from __future__ import annotations

from datetime import date, time
from zoneinfo import ZoneInfo

import pytest

from chatsync.calendar import BusinessCalendar
from chatsync.models import ChatMessage, Due, Member, Room, Task, TaskStatus
from chatsync.parser.fold import RoomContext, apply_messages
from chatsync.parser.updates import choose_task
from tests.parser.rulekit import says_cancelled, says_done

ROOM = 7000
BASE = 1794787200  # 2026-11-16 09:00 JST, a Monday
CTX = RoomContext(
    room=Room(room_id=ROOM, name="r"),
    members=[
        Member(account_id=a, name=n)
        for a, n in [(1, "田中 太郎"), (2, "佐藤 花子"), (3, "鈴木 一郎")]
    ],
    tz=ZoneInfo("Asia/Tokyo"),
    calendar=BusinessCalendar(),
)


def m(n: int, sender: int, body: str, minutes: int | None = None) -> ChatMessage:
    return ChatMessage(
        room_id=ROOM,
        message_id=f"{ROOM}{n:06d}",
        account_id=sender,
        account_name="",
        body=body,
        send_time=BASE + 60 * (minutes if minutes is not None else n),
    )


def rp(to: int, n: int) -> str:
    return f"[rp aid={to} to={ROOM}-{ROOM}{n:06d}]"


def fold(*msgs: ChatMessage) -> list[Task]:
    return apply_messages([], list(msgs), CTX)


@pytest.mark.parametrize(
    "text",
    [
        "完了しました！",
        "対応済です。",
        "送付しました",
        "見積書の作成、終わりました",
        "Done!",
        "Finished the docs (bow)",
        "発注済みです",
        "まとめました。",
        "承認済です。",
    ],
)
def test_says_done(text: str) -> None:
    assert says_done(text)


@pytest.mark.parametrize(
    "text",
    [
        "承知しました",
        "まだ終わっていません",
        "完了次第ご連絡します",
        "Please let me know when it's done",
        "失礼しました",
        "期限を12/10に変更しました",
        "Is it done?",
        "確認しました",
    ],
)
def test_not_done(text: str) -> None:
    assert not says_done(text)


def test_says_cancelled() -> None:
    assert says_cancelled("こちらは不要になりました")
    assert says_cancelled("the report is no longer needed")
    assert not says_cancelled("返信不要です。見積書をお願いします")


def test_done_by_reply_and_by_quote() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n見積書の作成をお願いします。")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n見積書、送付しました。")
    [t] = fold(a, b)
    assert t.status == TaskStatus.DONE and t.done_at == b.send_time
    q = m(3, 2, f"[qt][qtmeta aid=1 time={a.send_time}]見積書の作成をお願いします。[/qt]\n完了です")
    [t2] = fold(a, q)
    assert t2.status == TaskStatus.DONE


def test_bare_done_needs_exactly_one_open_single_assignee_task() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n新幹線の予約をお願いします。")
    b = m(2, 1, "[To:2]佐藤 花子さん\nホテルの手配もお願いします。")
    bare = m(3, 2, "完了しました！")
    assert [t.status for t in fold(a, b, bare)] == [TaskStatus.OPEN, TaskStatus.OPEN]
    assert fold(a, bare)[0].status == TaskStatus.DONE
    multi = m(4, 1, "[To:2]佐藤 花子さん[To:3]鈴木 一郎さん\n手土産の手配をお願いします。")
    assert fold(multi, m(5, 2, "完了しました！"))[0].status == TaskStatus.OPEN
    assert fold(multi, m(5, 2, f"{rp(1, 4)}\n完了しました！"))[0].status == TaskStatus.DONE


def test_reply_to_a_list_closes_the_named_line() -> None:
    a = m(1, 1, "以下お願いします。\n・佐藤さん：請求書の発行\n・鈴木さん：経費精算の集計")
    done = m(2, 3, f"{rp(1, 1)}\n経費精算の集計、終わりました")
    tasks = fold(a, done)
    assert [(t.title, t.status) for t in tasks] == [
        ("請求書の発行", TaskStatus.OPEN),
        ("経費精算の集計", TaskStatus.DONE),
    ]
    assert choose_task(tasks, "ありがとう", 1) is None


def test_cancel_only_by_requester_or_assignee() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nパンフレットの発注をお願いします。")
    by_other = m(2, 3, f"{rp(1, 1)}\nそれ不要になりましたよ")
    assert fold(a, by_other)[0].status == TaskStatus.OPEN
    by_requester = m(2, 1, f"{rp(1, 1)}\n佐藤さん、こちらはキャンセルで。")
    assert fold(a, by_requester)[0].status == TaskStatus.CANCELLED


def test_new_deadline_from_requester_or_assignee_reply() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n競合調査レポートを明日までに作成してください。")
    [t] = fold(a)
    assert t.due == Due(day=date(2026, 11, 17))
    moved = m(2, 2, f"{rp(1, 1)}\n申し訳ありません、金曜まで延ばします。")
    [t] = fold(a, moved)
    assert t.due == Due(day=date(2026, 11, 20)) and t.due_updated_by == moved.message_id
    other = m(2, 3, f"{rp(1, 1)}\n期限を12/10に変更しましょう")
    assert fold(a, other)[0].due == Due(day=date(2026, 11, 17))


def test_acceptance_sets_due_and_is_no_new_task() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n市場調査レポートのドラフトをお願いします。")
    ok = m(2, 2, f"{rp(1, 1)}\n承知しました、明日の15時までにお送りします。")
    [t] = fold(a, ok)
    assert t.due == Due(day=date(2026, 11, 17), at=time(15, 0))


def test_a_new_request_in_a_reply_is_a_new_task_not_a_deadline_change() -> None:
    a = m(1, 3, "[To:1]田中 太郎さん\n面接日程の候補を送りました。ご確認ください。")
    b = m(
        2,
        1,
        f"{rp(3, 1)}\nあわせて、面接官への日程連絡もお願いできますか？3営業日以内でお願いします。",
    )
    first, second = fold(a, b)
    assert first.due is None
    assert second.assignee_ids == (3,) and second.due == Due(day=date(2026, 11, 19))


def test_chatwork_task_done_closes_its_task() -> None:
    add = m(
        1,
        1,
        "[info][title][dtext:task_added][/title]"
        "[task aid=2 st=open lt=0 ltype=none]棚卸[/task][/info]",
    )
    done = m(
        2,
        2,
        "[info][title][dtext:task_done][/title]"
        "[task aid=2 st=done lt=0 ltype=none]棚卸[/task][/info]",
    )
    [t] = fold(add, done)
    assert t.status == TaskStatus.DONE and t.kind == "chatwork"


def test_a_mixed_report_closes_only_the_work_it_says_is_done() -> None:
    a = m(1, 2, "見積の件、今日中に単価表を更新して、先方に送付します")
    b = m(2, 2, f"{rp(2, 1)}\n単価表の更新は終わりました。送付はまだです、先方が今日お休みで")
    tasks = fold(a, b)
    assert [(t.title, t.status) for t in tasks] == [
        ("見積の件 単価表の更新", TaskStatus.DONE),
        ("先方に送付", TaskStatus.OPEN),
    ]
