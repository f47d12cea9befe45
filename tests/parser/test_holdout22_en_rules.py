# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 22 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
from chatsync.parser.dates import pick_due
from chatsync.parser.message import keywords_of
from chatsync.parser.people import Directory
from tests.parser.rulekit import CAL, SENT, RuleKit

MEMBERS = [
    Member(account_id=11, name="Ana Sofia Reyes"),
    Member(account_id=12, name="Tom Becker"),
    Member(account_id=13, name="Priya Nair"),
]
KIT = RuleKit(7971, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_three_part_name_is_also_typed_without_the_family_name() -> None:
    assert Directory(MEMBERS).member("Ana Sofia") == 11
    tasks = read("Stock count:\n• dry goods — Ana Sofia (3/2)\n• freezer — Tom (3/3)", sender=13)
    assert [(d.assignees, d.title) for d in tasks] == [((11,), "Dry goods"), ((12,), "Freezer")]


def test_a_verb_after_than_compares_and_reports_nothing() -> None:
    ask = m(1, 13, "[To:12]Tom\ncan you re-tile the staff bathroom by Friday?")
    late = m(
        2,
        12,
        f"{rp(13, 1)}the tiling is slower than I expected, the wall is uneven. I'll need until Tuesday",
    )
    [t] = fold(ask, late)
    assert (
        t.status == TaskStatus.OPEN and t.due is not None and t.due.day.isoformat() == "2026-11-17"
    )


def test_a_light_verb_is_no_keyword() -> None:
    assert keywords_of("Do the seating plan") == ("seating", "plan")
    assert keywords_of("Get a second quote") == ("second", "quote")


def test_a_label_before_done_names_which_task_is_done() -> None:
    ask = m(1, 13, "Menu tasting:\n• soups — Ana Sofia\n• desserts — Tom\n• I'll do the wine list")
    done = m(2, 12, f"{rp(13, 1)}desserts — done, though I swapped the tart for a crumble")
    tasks = {t.title: t.status for t in fold(ask, done)}
    assert tasks["Desserts"] == TaskStatus.DONE
    assert tasks["Soups"] == TaskStatus.OPEN and tasks["Do the wine list"] == TaskStatus.OPEN


def test_redo_those_points_at_the_thing_just_named() -> None:
    [d] = read(
        "[To:12]Tom\nhmm, the delivery fees went up in April. could you redo those with the new fees?",
        sender=13,
    )
    assert d.title == "Redo delivery fees with the new fees"


def test_a_gerund_label_is_a_heading_not_a_promise() -> None:
    assert (
        read("shipping update: the pallets cleared customs, arriving at 10:00 tomorrow", sender=12)
        == []
    )
    [d] = read("sending the invoice now", sender=12)
    assert d.kind == "commitment"


def test_the_day_someone_is_away_is_no_deadline() -> None:
    assert pick_due("will do — out tomorrow for the clinic, two drafts coming", SENT, CAL) is None
    due = pick_due("I'm off Wednesday, will send it by Friday", SENT, CAL)
    assert due is not None and due.day.isoformat() == "2026-11-20"
    assert pick_due("can you send it out tomorrow", SENT, CAL) is not None


def test_two_jobs_after_a_pointer_each_get_their_own_task() -> None:
    drafts = read(
        "the walk-in freezer is icing up again. I'll tag it out and ping the engineer", sender=12
    )
    assert [d.title for d in drafts] == ["Tag out walk-in freezer", "Ping the engineer"]


def test_ping_you_when_is_still_reporting_back() -> None:
    [d] = read("I'll add it today and ping you when it's resubmitted", sender=12)
    assert d.title.startswith("Add")


def test_a_past_verb_with_its_particle_reports_done() -> None:
    ask = m(1, 13, "[To:12]Tom\nplease tag out the slicer and order a new blade")
    done = m(2, 12, f"{rp(13, 1)}slicer tagged out ✅ blade supplier didn't answer")
    tasks = {t.title: t.status for t in fold(ask, done)}
    assert tasks == {"Tag out the slicer": TaskStatus.DONE, "Order a new blade": TaskStatus.OPEN}


def test_getting_through_to_the_one_to_call_closes_the_call() -> None:
    ask = m(1, 12, "the hood fan is rattling. I'll call the service company")
    reached = m(2, 12, "finally got hold of the service company, they're coming Thursday")
    [t] = fold(ask, reached)
    assert t.status == TaskStatus.DONE


def test_me_and_a_dash_in_a_list_is_the_sender() -> None:
    drafts = read(
        "Follow-ups:\n- Tom — book the van (due 3/5)\n- me — final check of the manifest by Friday",
        sender=13,
    )
    assert [(d.assignees, d.title) for d in drafts] == [
        ((12,), "Book the van"),
        ((13,), "Final check of the manifest"),
    ]


def test_a_plan_that_goes_ahead_as_planned_is_a_notice() -> None:
    assert read("[toall]\n棚卸し、予定どおり明日実施します。", sender=13) == []
    assert read("the fire drill is going ahead as planned at 10:00 tomorrow", sender=13) == []
    [d] = read("ありがとうございます！予定どおり来週月曜に申請書を出します", sender=13)
    assert "申請書" in d.title


def test_what_will_be_told_at_a_meeting_is_no_task() -> None:
    assert read("ありがとうございます！結果は来週の会議でご報告しますね", sender=13) == []


def test_a_thing_that_will_happen_later_instead_moves_its_day() -> None:
    ask = m(1, 13, "[To:12]Tom\ncould you send the quote to the client by Wednesday?")
    later = m(2, 12, f"{rp(13, 1)}the quote will go out Friday instead, the supplier is late")
    [t] = fold(ask, later)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-20"


def test_the_work_will_be_a_later_day() -> None:
    ask = m(1, 13, "[To:12]Tom\nplease update the price list by Wednesday")
    later = m(
        2, 12, f"{rp(13, 1)}the supplier sends new prices thursday, so the update will be Friday"
    )
    [t] = fold(ask, later)
    assert (
        t.status == TaskStatus.OPEN and t.due is not None and t.due.day.isoformat() == "2026-11-20"
    )


def test_got_it_then_starting_the_next_step_now_is_a_promise() -> None:
    done = m(1, 12, "menu translation finished and passed to Priya")
    taken = m(2, 13, f"{rp(12, 1)}got it, starting the proofread now. I'll be done by 3pm")
    tasks = fold(done, taken)
    proof = next(t for t in tasks if "proofread" in t.title.lower())
    assert proof.assignee_ids == (13,) and proof.due is not None and proof.due.at is not None


def test_what_is_still_pending_keeps_the_task_open() -> None:
    ask = m(1, 13, "[To:12]Tom\nplease update the allergen sheet with the new suppliers")
    part = m(
        2,
        12,
        "allergen sheet: dairy suppliers updated, the bakery ones still pending from purchasing",
    )
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_a_thing_awaiting_approval_is_where_it_stands_not_an_ask() -> None:
    assert read("発注、まだできていません…予算コードの承認待ちです", sender=13) == []
    [d] = read("見積書、部長の承認待ちです", sender=13)
    assert d.kind == "request"


def test_an_acceptance_and_a_day_from_the_one_asked_is_its_day() -> None:
    ask = m(1, 13, "[To:12]Tom\n秋祭りのポスター、今週中に作成お願いできますか")
    when = m(2, 12, f"{rp(13, 1)}sure! draft by tomorrow noon")
    [t] = fold(ask, when)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-17" and t.due.at is not None


def test_an_english_report_a_dash_and_a_japanese_ask_are_two_clauses() -> None:
    ask = m(1, 13, "[To:12]Tom\n秋祭りのポスター、作成お願いします")
    back = m(2, 12, f"{rp(13, 1)}poster draft attached (A3) — 確認お願いします")
    tasks = fold(ask, back)
    assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]
    assert tasks[1].assignee_ids == (13,)


def test_the_day_of_the_meeting_a_booking_is_for_is_no_deadline() -> None:
    [d] = read("[To:12]Tom\nplease book the big room for the client review on 11/26", sender=13)
    assert d.due is None


def test_can_i_send_it_monday_asks_for_a_later_day() -> None:
    ask = m(1, 13, "[To:12]Tom\ncan you draft the refund letter by Wednesday?")
    later = m(
        2,
        12,
        f"{rp(13, 1)}drafted, but I want finance to check the numbers — can I send it Friday?",
    )
    ok = m(3, 13, f"{rp(12, 2)}Friday's fine")
    [t] = fold(ask, later, ok)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-20"


def test_looking_forward_is_a_wish_not_a_promise() -> None:
    assert (
        read(
            "hi all, I'm the new cook on the morning shift. looking forward to working with you!",
            sender=12,
        )
        == []
    )


def test_called_but_nobody_was_there_leaves_the_rest_open() -> None:
    ask = m(1, 13, "[To:12]Tom\n来月のシフト、パートさん全員に確認してもらえますか")
    part = m(
        2, 12, "パートさんのシフト、6名中4名は確認取れました。残り2名は電話しましたが不在でした"
    )
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_a_chase_keeps_the_tasks_own_day() -> None:
    ask = m(1, 13, "[To:12]Tom\n業者さんから新しいカタログを金曜までに取り寄せてもらえますか")
    chase = m(2, 12, "了解です、will chase them today")
    [t] = fold(ask, chase)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-20"


def test_a_chase_gives_a_day_to_a_task_that_has_none() -> None:
    ask = m(1, 13, "[To:12]Tom\nthe supplier still hasn't sent the signed contract")
    chase = m(2, 12, f"{rp(13, 1)}sorry — I'll chase them today")
    tasks = fold(ask, chase)
    assert [t.due.day.isoformat() for t in tasks if t.due] == ["2026-11-16"]


def test_a_chase_is_the_days_work_when_the_task_is_to_ask_them() -> None:
    ask = m(1, 13, "[To:12]Tom\n更新の見積を業者に依頼してもらえますか。金曜までに")
    chase = m(2, 12, f"{rp(13, 1)}承知しました。本日中に業者へ連絡します")
    [t] = fold(ask, chase)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-16"


def test_a_retried_call_back_sets_its_time_and_a_retried_step_does_not() -> None:
    ask = m(1, 13, "[To:12]Tom\n森様からお電話がありました。折り返しお願いします")
    retry = m(2, 12, f"{rp(13, 1)}かけましたが留守電でした。15時にもう一度かけます")
    [t] = fold(ask, retry)
    assert t.due is not None and t.due.at is not None and t.due.at.hour == 15
    ask2 = m(3, 13, "[To:12]Tom\n給湯器の修理依頼、業者さんにお願いできますか")
    retry2 = m(4, 12, f"{rp(13, 3)}業者さんに電話しましたが不在でした。明日の朝もう一度かけます")
    [t2] = fold(ask2, retry2)
    assert t2.due is None and t2.status == TaskStatus.OPEN


def test_what_i_need_from_you_though_is_no_part_of_the_title() -> None:
    [d] = read("[To:12]Tom on it. I'll need the floor plan from you by tomorrow though", sender=13)
    assert d.title == "The floor plan"


def test_a_file_on_the_server_is_work_handed_over() -> None:
    ask = m(1, 13, "[To:12]Tom\ncould you export the site photos by Friday?")
    done = m(2, 12, f"{rp(13, 1)}site photos are on the server")
    [t] = fold(ask, done)
    assert t.status == TaskStatus.DONE


def test_a_verdict_from_the_one_asked_to_check_closes_the_check() -> None:
    ask = m(1, 12, "poster draft attached — 確認お願いします")
    ok = m(2, 13, f"{rp(12, 1)}OKです！ばっちりです👍")
    [t] = fold(ask, ok)
    assert t.status == TaskStatus.DONE
    assert [d.kind for d in read("問題ありません", sender=13)] == []


def test_a_verdict_names_no_thing_for_the_ask_after_it() -> None:
    [d] = read(
        "[To:12]Tom\n見ました、問題ないです👍 締切が12/1なので、それまでに申請サイトから提出してください"
    )
    assert not d.title.startswith("問題")


def test_the_o_of_a_names_kana_word_stays() -> None:
    [d] = read("[To:12]Tom\n英語おはなし会のポスター、作成お願いします")
    assert "おはなし会" in d.title
    [d] = read("[To:12]Tom\n見積のご確認お願いします")
    assert d.title == "見積の確認"
