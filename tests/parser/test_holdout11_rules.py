# ruff: noqa: E501  (chat messages read best on one line)
"""Rules holdout 11 prompted (issue #11), one test per general rule, written with
sentences of their own (not the labelled messages)."""

from __future__ import annotations

from datetime import date, time

from chatsync.models import Due, TaskStatus
from tests.parser.rulekit import says_done
from tests.parser.sentences import fold, m, read, rp

# Holdout 11 (issue #11), with sentences of their own.


def test_a_japanese_predicate_decides_a_mixed_clause() -> None:
    assert says_done("seating chart 更新しました")
    assert says_done("見積書、最新版をアップしました（3社分）")


def test_a_labelled_on_it_is_a_promise() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nmenu proof: please check the prices")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nmenu proof: on it")
    assert len(fold(a, b)) == 1


def test_work_that_is_in_the_doc_or_with_the_printer_is_done() -> None:
    assert says_done("the rest of the translation is in the doc")
    assert says_done("the flyers are with the printer now")
    assert says_done("ch. 4–9 done")
    assert not says_done("the fix is in review, blocked on a flaky test")
    assert not says_done("Okay, noted.")


def test_asking_someone_about_a_named_topic_is_a_promise() -> None:
    [d] = read("納品形式（PDF／Word）は先方に確認しておきます", sender=2)
    assert d.kind == "commitment" and "納品形式" in d.title
    assert read("開発チームに確認しておきます", sender=2) == []


def test_a_full_width_exclamation_ends_a_sentence() -> None:
    [d] = read("ありがとう！2号機は業者に修理を頼んでおきます。", sender=2)
    assert d.kind == "commitment" and "修理" in d.title


def test_a_numbered_chapter_keeps_its_prefix() -> None:
    [d] = read("[To:2]佐藤 花子さん\n第2章だけ先に、金曜までにチェックお願いできますか？")
    assert d.title.startswith("第2章")


def test_two_works_joined_by_to_and_a_comma_are_two_tasks_with_one_deadline() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\n案内状の校正と、記念品の数の最終確認をお願いします。\nどちらも今週中で。"
    )
    assert [d.title for d in drafts] == ["案内状の校正", "記念品の数の最終確認"]
    assert {d.due for d in drafts} == {Due(day=date(2026, 11, 20))}


def test_a_thing_and_how_soon_is_an_ask() -> None:
    [d] = read("[To:2]佐藤 花子さん\n駅前の写真なる早で！")
    assert "写真" in d.title and d.due is None
    assert read("[To:2]佐藤 花子さん\n今日中で！") == []


def test_an_owner_and_a_day_in_one_bracket() -> None:
    drafts = read(
        "to do:\nnew price tags for the sale（佐藤さん, 11/20(金)まで）\nwindow display (Hanako, this week)"
    )
    assert [(d.assignees, d.due) for d in drafts] == [
        ((2,), Due(day=date(2026, 11, 20))),
        ((2,), Due(day=date(2026, 11, 20))),
    ]


def test_looks_great_closes_a_review() -> None:
    a = m(1, 2, "[To:1]田中 太郎さん\nthe new menu draft is up. need your sign-off by Thursday")
    b = m(2, 1, f"{rp(2, 1)}佐藤 花子さん\nlooks great, good to go")
    assert fold(a, b)[0].status == TaskStatus.DONE


def test_a_report_then_the_next_dated_promise_is_a_new_task() -> None:
    a = m(1, 2, "[To:1]田中 太郎さん\ncould you decide on the venue by Friday?")
    b = m(
        2,
        1,
        f"{rp(2, 1)}佐藤 花子さん\ndecided: we'll use the harbour hall.\nfloor plan coming Wednesday",
    )
    tasks = fold(a, b)
    assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]
    assert "floor plan" in tasks[1].title.lower() and tasks[1].due == Due(day=date(2026, 11, 18))


def test_an_english_ask_after_a_japanese_name_without_a_comma() -> None:
    [d] = read("[To:2]佐藤 花子さん\n佐藤さん please sanitise the sample fridge before the audit")
    assert d.title.startswith("Sanitise the sample fridge")


def test_a_reply_promising_a_contrasted_thing_is_new_work_with_its_own_day() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nwould you build the scale model by 来月10日?")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n承知しました。\n資材は今週中に手配しておきます")
    tasks = fold(a, b)
    assert [t.due for t in tasks] == [Due(day=date(2026, 12, 10)), Due(day=date(2026, 11, 20))]
    assert "資材" in tasks[1].title


def test_being_busy_is_no_report_and_another_day_instead_moves_it() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\ncould you send the first sketch by 11/27?")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nnext week is packed for me.\ncould we say 12/4 instead?")
    [t] = fold(a, b)
    assert t.status == TaskStatus.OPEN and t.due == Due(day=date(2026, 12, 4))


def test_thoughts_after_a_report_asks_for_a_review_of_it() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\ndrafted a new onboarding checklist for the May hires → /hr/checklist_may.docx.\nthoughts?"
    )
    assert d.title == "Review new onboarding checklist for the May hires"


def test_otherwise_lgtm_and_a_rerun_report_close() -> None:
    assert says_done("one q: why the 5s timeout?\notherwise lgtm")
    assert says_done("calibration standards re-run, all within range now")


def test_pushed_x_to_the_repo_names_x() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\npushed the new billing export for the EU shops to the main repo (branch eu-2).\nPTAL when you can"
    )
    assert d.title == "Review new billing export for the EU shops"


def test_need_your_sign_off_is_about_the_thing_just_shown() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nthe spring catalogue draft is up on staging.\nthoughts?\nneed your sign-off by Thursday"
    )
    assert "spring catalogue draft" in d.title and d.due == Due(day=date(2026, 11, 19))


def test_work_in_the_shared_drive_is_done() -> None:
    assert says_done("all scans are in the shared drive now")


def test_time_asked_until_a_day_moves_the_deadline() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n議事録の清書、水曜までにお願いします。")
    b = m(
        2,
        2,
        f"{rp(1, 1)}田中 太郎さん\nすみません、まだ終わっていません。金曜の朝イチまでお時間いただけますか",
    )
    [t] = fold(a, b)
    assert t.due == Due(day=date(2026, 11, 20), at=time(10, 0)) and t.status == TaskStatus.OPEN


def test_using_or_closing_is_no_promise() -> None:
    assert read("このデータは来週の会議で使います", sender=2) == []
    assert read("年末は事務所を閉めます", sender=2) == []


def test_the_above_with_a_closing_asks_nothing_new() -> None:
    assert read("佐藤さん、上記よろしくお願いしますー\n--\n営業課 田中") == []


def test_a_schedule_of_visits_is_no_list_of_work() -> None:
    assert (
        read(
            "今週の来院予定です:\n11/17(火) 10:00 Mr. Novak, dermatology (Czech)\n11/19(木) 14:00 Mme. Girard, ENT (French)\nよろしくお願いします"
        )
        == []
    )


def test_asking_for_a_thing_names_the_thing() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nthe Lefèvre family is asking for a price quote for the suite.\nI'd need it from you by Wednesday"
    )
    assert "price quote" in d.title and d.due == Due(day=date(2026, 11, 18))


def test_an_arrow_after_a_predicate_starts_what_came_of_it() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n参加者リストの集計をお願いします。")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n参加者リスト集計しました → 18名です")
    assert fold(a, b)[0].status == TaskStatus.DONE


def test_a_checked_result_with_mo_is_no_cancellation() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n輸出書類、今日中に確認お願いできますか？")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nHS code 確認しました、\n書類もOKです")
    [t] = fold(a, b)
    assert t.status == TaskStatus.DONE


def test_the_day_a_state_starts_is_no_deadline() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nI'm out from tomorrow, could you take over the weekly stock report?\ndue Friday 午後5時"
    )
    assert d.due == Due(day=date(2026, 11, 20), at=time(17, 0))


def test_a_template_between_bar_separators_is_pasted() -> None:
    assert (
        read(
            "先方への返信、以下の文面で送信済みです。\n――――\n株式会社サンプル 御中\n内容をご確認のうえ、12月1日までにご返信ください。\n――――"
        )
        == []
    )


def test_shout_if_and_going_through() -> None:
    assert read("thanks both, will shout if we do", sender=2) == []
    [d] = read("thanks! will go through the applications today", sender=2)
    assert d.title == "Go through the applications"


def test_a_space_after_a_polite_predicate_ends_the_sentence() -> None:
    [d] = read("[To:2]佐藤 花子さん\nりんごのPOP、特売版に差し替えお願いしますー 今日までで！")
    assert "POP" in d.title and d.due == Due(day=date(2026, 11, 16))


def test_down_till_tomorrow_is_a_state() -> None:
    a = m(
        1, 1, "[To:2]佐藤 花子さん\ncan you reserve 4 seats for the auditors? 3日以内で大丈夫です"
    )
    b = m(
        2, 2, f"{rp(1, 1)}田中 太郎さん\nwill do, the booking system is down till tomorrow though"
    )
    assert fold(a, b)[0].due == Due(day=date(2026, 11, 19))


def test_called_off_for_them_and_taken_on_by_me() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n来週のゲストの紹介文、3日以内にまとめてもらえる？")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nすみません、今週は手一杯で…")
    c = m(
        3,
        1,
        f"{rp(1, 1)}田中 太郎さん\n了解、佐藤さんへのお願いはなしで！紹介文は自分で巻き取ります",
    )
    tasks = fold(a, b, c)
    assert [t.assignee_ids for t in tasks if t.status == TaskStatus.OPEN] == [(1,)]


def test_a_check_done_and_the_next_step_taken_on() -> None:
    a = m(1, 2, "[To:1]田中 太郎さん\nチラシの最終稿です。ご確認お願いします")
    b = m(
        2,
        1,
        f"{rp(2, 1)}佐藤 花子さん\n確認しました、バッチリです！印刷は事務所のコピー機でやっておきます",
    )
    tasks = fold(a, b)
    assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]
    assert "印刷" in tasks[1].title
