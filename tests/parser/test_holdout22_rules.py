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


def test_an_action_noun_alone_takes_the_comma_topic_before_its_reason() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n新人向けの研修資料、去年のままなので見直しお願いします。金曜までに"
    )
    assert d.title.startswith("新人向けの研修資料")


def test_a_fix_reported_with_a_review_ask_closes_the_reporters_task() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n新人向けの研修資料、去年のままなので見直しお願いします")
    fixed = m(2, 2, "研修資料直しました。共有フォルダに置いてあります。ご確認お願いします")
    tasks = fold(ask, fixed)
    assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]


def test_more_put_into_a_held_task_is_progress_not_a_task() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n外壁の塗装見積、来週金曜までにお願いします")
    note = m(2, 2, "雨どいも傷んでいると連絡がありました。明日現地で長さを測ってから見積に入れます")
    [t] = fold(ask, note)
    assert "塗装見積" in t.title and t.due is not None and t.due.day.isoformat() == "2026-11-27"


def test_an_acknowledgement_before_the_ask_is_not_its_title() -> None:
    [d] = read("[To:2]佐藤 花子さん\n了解、配送業者への集荷依頼をかけといてもらえる？")
    assert d.title.startswith("配送業者")


def test_the_assignee_asking_the_requester_for_a_later_day_moves_it_and_the_yes_is_no_task() -> (
    None
):
    ask = m(1, 1, "[To:2]佐藤 花子さん\n社内報の校正、11/20までにお願いします")
    later = m(
        2, 2, f"{rp(1, 1)}田中さん\n原稿の到着が遅れるそうです。校正は11/25までいただけますか"
    )
    yes = m(3, 1, f"{rp(2, 2)}了解、それで進めてください")
    [t] = fold(ask, later, yes)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-25"


def test_an_ichidan_verb_that_could_be_done_reports_it_done() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n忘年会の会場探し、お願いできますか")
    done = m(2, 2, "駅前の居酒屋、12/18の夜で押さえられました！")
    [t] = fold(ask, done)
    assert t.status == TaskStatus.DONE


def test_a_fraction_is_no_day() -> None:
    from tests.parser.rulekit import due_of

    assert due_of("the QA pass is ~2/3 done") is None
    assert due_of("1/2 of the boxes are packed") is None
    assert due_of("please send it by 2/3") is not None


def test_a_deadline_in_a_bracketed_reason_gives_way_to_the_works_own() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n紹介文を200字で11/25までにお願いしたい（印刷所の締切が11/27なので）"
    )
    assert d.due is not None and d.due.day.isoformat() == "2026-11-25"


def test_a_stand_in_takes_the_thing_just_reported() -> None:
    [d] = read(
        "田中さん、備品の件ですが、青いバインダーが問屋さんで欠品だそうです。代わりを探しておきますね",
        sender=2,
    )
    assert d.kind == "commitment" and d.title.startswith("青いバインダー")


def test_please_use_the_stairs_asks_for_no_work() -> None:
    assert read("[toall]\n自動ドアが故障中です。裏口をご利用ください", sender=2) == []


def test_a_casual_ok_then_a_first_step_accepts_the_ask() -> None:
    ask = m(
        1,
        1,
        "[To:2]佐藤 花子さん\n搬入日、前倒しできるか考えてくれる？来週中に返事もらえると助かる",
    )
    ok = m(2, 2, "おけです、倉庫の空き見てみます")
    [t] = fold(ask, ok)
    assert "前倒し" in t.title and t.assignee_ids == (2,)


def test_asked_to_see_whether_a_day_can_move_is_a_request() -> None:
    from chatsync.parser.acts import Act
    from tests.parser.rulekit import acts_of

    assert Act.REQUEST in acts_of("納品日を前倒しできるか考えてくれる？")
    assert Act.RESCHEDULE in acts_of("期限を12/10に変更します")


def test_the_next_step_after_a_done_report_is_new_even_with_the_reports_words() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n部品が届いたらブレーキパッドの交換お願いします")
    done = m(2, 2, f"{rp(1, 1)}ブレーキパッド交換終わりました。明日試運転します")
    tasks = fold(ask, done)
    assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]
    assert "試運転" in tasks[1].title


def test_the_rest_is_fine_is_no_unfinished_part() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n新しい時刻表の案、見ていただけますか？")
    seen = m(2, 2, f"{rp(1, 1)}見ました。3便目だけ10分後ろにずらしてください、あとはOKです")
    tasks = fold(ask, seen)
    assert tasks[0].status == TaskStatus.DONE and len(tasks) == 2


def test_a_topic_with_a_prefix_still_names_the_work() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n全自動分析装置の予約、来週分がまだのようなので、今日中にシステムで押さえてください"
    )
    assert "分析装置" in d.title


def test_where_the_finished_thing_is_left_is_no_new_task() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n来月の大阪出張、新幹線の手配をお願いできますか")
    done = m(2, 2, f"{rp(1, 1)}新幹線、手配済みです。切符は田中さんの机に置いておきます")
    [t] = fold(ask, done)
    assert t.status == TaskStatus.DONE


def test_the_final_version_shown_back_is_part_of_the_fix() -> None:
    body = "[To:2]佐藤 花子さん\nポスター見ました。地図が小さいので直してください。入稿は12/10なので、その前に最終版を見せてほしい"
    [d] = read(body)
    assert "地図" in d.title


def test_the_day_the_promised_thing_is_handed_over_is_its_day() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\n議事録は私がまとめます。明後日に佐藤さんへ渡すので、各部署への配布はお願いします"
    )
    assert [d.kind for d in drafts] == ["commitment", "request"]
    assert drafts[0].due is not None and drafts[0].due.day.isoformat() == "2026-11-18"
    assert "佐藤" not in drafts[1].title and "配布" in drafts[1].title


def test_steps_up_to_the_last_one_are_two_tasks_on_one_thing() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\nいいですよ、案内状30部、金曜までに印刷して発送までお願いできますか"
    )
    assert [d.title for d in drafts] == ["案内状30部の印刷", "案内状30部の発送"]
    assert all(d.due is not None and d.due.day.isoformat() == "2026-11-20" for d in drafts)
    [one] = read("[To:2]佐藤 花子さん\n内容を確認して押印申請をお願いします")
    assert "押印申請" in one.title


def test_asking_for_a_later_day_under_the_tasks_topic_moves_it() -> None:
    ask = m(1, 1, "【依頼】\n・議事録の清書 → 佐藤さん（〜11/18）")
    later = m(
        2,
        2,
        f"{rp(1, 1)}議事録の清書ですが、出席者の確認をもう少ししたいので来週月曜までいただけますか",
    )
    [t] = fold(ask, later)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-23"


def test_a_plan_beside_a_call_for_helpers_is_an_events_plan() -> None:
    assert (
        read("[toall]\n餅つきのあと、甘酒を用意する予定です。手伝える方がいたら声かけてください")
        == []
    )
    [d] = read("見積書は明日までに私が用意する予定です")
    assert d.kind == "commitment"


def test_what_to_do_whenever_something_happens_is_no_task() -> None:
    assert read("[To:2]佐藤 花子さん\n不具合は見つけ次第チケットを切ってください") == []
    assert read("[To:2]佐藤 花子さん\n荷物が届くたびに台帳に記録してください") == []


def test_a_round_of_work_asked_for_is_a_request() -> None:
    [d] = read("[To:2]佐藤 花子さん\n年内に結合テスト一周できますか？")
    assert d.kind == "request" and "結合テスト" in d.title


def test_an_action_noun_and_a_phrase_with_its_own_verb_are_two_promises() -> None:
    drafts = read("お疲れさまでした！火曜に在庫の集計と、廃棄分の記録をまとめます")
    assert [d.title for d in drafts] == ["在庫の集計", "廃棄分の記録をまとめる"]
