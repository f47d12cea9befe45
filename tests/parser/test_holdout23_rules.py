# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the Japanese half of holdout 23 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16."""

from __future__ import annotations

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit

KIT = RuleKit(7982, MEMBERS[:3])
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_list_item_s_bare_ask_takes_the_thing_its_report_names() -> None:
    body = "[To:2][To:3]見回りで気づいた点です\n・佐藤さん：2階トイレの手洗いの蛇口が緩んでます → 明日中に修理お願いします\n・鈴木さん：備品庫の鍵の返却お願いします"
    titles = [d.title for d in read(body)]
    assert titles[0] == "2階トイレの手洗いの蛇口の修理" and "鍵の返却" in titles[1]


def test_a_note_after_a_list_item_is_neither_work_nor_its_end() -> None:
    body = "[To:2]佐藤さん\n2点お願いします\n①11/25出荷分の送り状の差し替え（〜11/20）※住所が変わります\n②10月分の検品記録の送付"
    drafts = read(body)
    assert len(drafts) == 2
    first = drafts[0]
    assert first.title == "11/25出荷分の送り状の差し替え"
    assert first.due is not None and first.due.day.isoformat() == "2026-11-20"


def test_an_owner_and_a_day_with_a_slash_in_the_parentheses() -> None:
    [d] = read("残りの作業です\n・請求書の再発行（佐藤さん／11/19 15:00）", sender=1)
    assert d.title == "請求書の再発行" and d.assignees == (2,)
    assert d.due is not None and d.due.day.isoformat() == "2026-11-19" and d.due.at is not None


def test_an_ask_to_pass_a_deadline_on_takes_the_day_the_passing_is_promised() -> None:
    ask = m(
        1,
        3,
        "[To:1]田中さん\nお客様に、印鑑証明を11/27までにご用意いただくようお伝えいただけますか",
    )
    ok = m(2, 1, f"{rp(3, 1)}承知しました、今日中にお客様へ連絡します")
    [t] = fold(ask, ok)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-16"


def test_delivering_by_a_day_is_a_promise_not_a_completion_to_come() -> None:
    [d] = read(
        "[rp aid=1 to=7982-7982000001]ありがとうございます！A案で来週金曜までに納品します", sender=3
    )
    assert d.kind == "commitment" and d.assignees == (3,)
    assert read("明日で完了します", sender=3) == []


def test_a_new_find_and_its_fix_is_work_of_its_own_beside_held_work() -> None:
    held = m(1, 1, "[toall]\n年末の大掃除の分担表、今週中に各自確認お願いします")
    find = m(2, 2, "予約サイトの12/30の料金、まだ旧料金のままでした💦 あとで直しておきます")
    titles = [t.title for t in fold(held, find)]
    assert len(titles) == 2 and "料金" in titles[1]
    progress = m(2, 2, "分担表、まだ半分しか見られていません。明日には見ておきます")
    assert len(fold(held, progress)) == 1


def test_a_check_of_a_thing_already_named_does_not_name_it_twice() -> None:
    [d] = read("[To:2]佐藤さん\n備品台帳の最新版、上げました。ご確認お願いします🙏", sender=1)
    assert d.title == "備品台帳の最新版の確認"


def test_the_rest_done_too_closes_a_check_begun_in_part() -> None:
    ask = m(1, 1, "[To:2]佐藤さん\n備品台帳、上げました。ご確認お願いします")
    half = m(2, 2, f"{rp(1, 1)}半分くらい見ました。総務の分は問題なしです")
    rest = m(3, 2, f"{rp(1, 1)}台帳、残りも見ました。抜けが1件あったので追記してあります")
    [t] = fold(ask, half)
    assert t.status == TaskStatus.OPEN
    [t] = fold(ask, half, rest)
    assert t.status == TaskStatus.DONE


def test_a_stand_in_asked_in_a_reply_takes_the_task_replied_to() -> None:
    ask = m(1, 3, "[To:2]佐藤さん\n3階会議室のプロジェクター点検、木曜までにお願いします")
    pass_on = m(
        2,
        2,
        f"{rp(3, 1)}今週は棚卸しが詰まってて厳しいです…\n[To:1]田中さん、代わりに木曜までにお願いできますか",
    )
    tasks = [(t.title, t.assignee_ids) for t in fold(ask, pass_on)]
    assert tasks == [
        ("3階会議室のプロジェクター点検", (2,)),
        ("3階会議室のプロジェクター点検", (1,)),
    ]


def test_a_list_item_s_bare_promise_is_for_the_thing_before_its_arrow() -> None:
    drafts = read(
        "【TODO】来週分\n・No.12 タイヤ交換 → 鈴木\n・No.15 窓ガラス修理 → 業者に出すので私が手配します",
        sender=1,
    )
    assert [d.title for d in drafts] == ["No.12 タイヤ交換", "No.15 窓ガラス修理の手配"]


def test_all_of_them_stands_for_the_thing_said_before() -> None:
    [d] = read("喪中はがきの印刷、追加で2件入りました。今週中に全部発送します", sender=1)
    assert d.title.startswith("喪中はがき") and "発送" in d.title


def test_a_promise_to_look_at_a_report_just_made_is_work_still_to_do() -> None:
    report = m(
        1,
        2,
        "[rp aid=1 to=7982-7982000009]源泉徴収票、作成しました。チェック用のフォルダに入れてあります",
    )
    look = m(2, 1, f"{rp(2, 1)}ありがとうございます、見ておきます")
    [t] = fold(report, look)
    assert t.assignee_ids == (1,) and "源泉徴収票" in t.title
    thanks = m(2, 1, f"{rp(2, 1)}ありがとうございます、確認します")
    assert fold(report, thanks) == []


def test_a_second_promise_about_the_form_of_the_first_is_one_task() -> None:
    [d] = read(
        "説明会のアンケートは明後日までに私の方で作ります。様式は前回のものを少し変えます", sender=1
    )
    assert d.title == "説明会のアンケートを作る"


def test_a_new_year_greeting_to_a_team_by_name_and_comma_is_no_task() -> None:
    assert (
        read(
            "あけましておめでとうございます🎍 今年も事務局チーム、よろしくお願いします！", sender=1
        )
        == []
    )


def test_a_range_of_days_stays_in_the_title_and_nen_nai_in_parentheses_is_the_deadline() -> None:
    [d] = read(
        "[To:2]佐藤さん\n以下お願いします。\n・佐藤さん：12/2〜12/4のバス3台の手配（年内）",
        sender=1,
    )
    assert d.title == "12/2〜12/4のバス3台の手配"
    assert d.due is not None and d.due.day.isoformat() == "2026-12-31"
