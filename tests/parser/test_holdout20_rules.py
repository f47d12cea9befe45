# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what holdout 20 showed after it was scored: one test per general rule,
written with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from datetime import date

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit

KIT = RuleKit(7950, MEMBERS[:3])
read, m, fold = KIT.read, KIT.m, KIT.fold


def test_calling_someone_to_book_is_one_job_but_emailing_a_thing_is_two() -> None:
    [d] = read("[To:2]佐藤 花子さん\ncan you call the landlord and book a viewing for thursday?")
    assert "landlord" in d.title and "viewing" in d.title
    two = read("I'll email him the contract today, and book the meeting room by Friday.", sender=2)
    assert len(two) == 2


def test_a_day_with_a_hope_after_the_ask_is_its_deadline() -> None:
    [d] = read("[To:2]佐藤 花子さん\ncould you print the seating chart? today if possible")
    assert d.due is not None and d.due.day == date(2026, 11, 16)


def test_a_need_said_to_someone_with_please_is_an_ask() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nneed 300 words on the merger for the newsletter, by 18:00 please"
    )
    assert d.kind == "request" and d.assignees == (2,) and "merger" in d.title


def test_forwarding_the_quoted_mail_announces_itself() -> None:
    body = "[To:2]佐藤 花子さん\nお客様からのメールを転送します。\n[qt]注文番号の確認をお願いできますか。[/qt]"
    assert read(body, sender=3) == []


def test_a_version_in_the_folder_that_is_not_final_yet_closes_nothing() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\nplease send the final draft of the brochure by friday")
    v1 = m(2, 2, "v1 of the brochure is in the folder, not final yet")
    [task] = fold(ask, v1)
    assert task.status is TaskStatus.OPEN


def test_an_ask_after_a_report_of_where_the_thing_is_names_the_thing() -> None:
    body = "[To:2]佐藤 花子さん\n議事録の案、作成しました。共有フォルダの「定例会」に入れてあります。ご確認お願いします"
    [d] = read(body)
    assert "議事録" in d.title


def test_an_ask_after_a_day_someone_wants_names_what_they_asked_about() -> None:
    body = "[To:2]佐藤 花子さん\n来週訪問予定の山田様から、日程変更のご連絡がありました。5/20(水)の午後をご希望です。ご対応お願いします"
    [d] = read(body)
    assert "日程変更" in d.title


def test_the_reason_clause_names_the_thing_an_oblique_ask_works_on() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n延長コードが1本壊れていたので、明日までに備品庫の予備と交換してもらえますか"
    )
    assert d.title.startswith("延長コード")
    [e] = read(
        "[To:2]佐藤 花子さん\n修理の見積を出したので、鈴木さんからお客様に確認してもらえますか"
    )
    assert "見積" in e.title


def test_instead_of_me_is_the_work_the_sender_had_planned() -> None:
    body = "[To:2]佐藤 花子さん\n会場の下見、私が行く予定でしたが、明日は外出で動けないので、代わりにお願いできますか？"
    [d] = read(body)
    assert "下見" in d.title


def test_a_promise_to_order_from_the_maker_names_the_lost_part() -> None:
    [d] = read(
        "会議室のリモコンの電池カバーを紛失しました。明日メーカーに取り寄せを頼んでおきます",
        sender=2,
    )
    assert d.title.startswith("電池カバー")


def test_a_new_version_is_of_the_thing_the_message_opened_with() -> None:
    body = "[To:2]佐藤 花子さん\n秋祭りのチラシ、主催者から時間の修正が来ました。修正版のPDFを明日までにもらえますか"
    [d] = read(body)
    assert "チラシ" in d.title


def test_which_of_them_is_a_choice_among_the_things_just_sent() -> None:
    body = "[To:2]佐藤 花子さん\nロゴの候補を3案お送りしました。金曜までにどの案で進めるかお返事いただけますか"
    [d] = read(body)
    assert "ロゴ" in d.title


def test_after_the_fix_the_thing_came_back_closes_the_repair() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n3階のプリンター、今日中に見てもらえますか？")
    fixed = m(2, 2, f"{KIT.rp(1, 1)}紙詰まりでした。ローラーを掃除したら給紙戻りました")
    [task] = fold(ask, fixed)
    assert task.status is TaskStatus.DONE
    assert read("ただいま戻りました", sender=2) == []


def test_so_many_left_or_the_rest_still_ahead_keeps_it_open() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\nアンケートの集計をお願いします")
    part = m(2, 2, "アンケート、午前中で40件入力しました。残り20件くらいです")
    [task] = fold(ask, part)
    assert task.status is TaskStatus.OPEN
    later = m(3, 2, "アンケート、先週分はすべて入力しました！今週届いた分（8件）はこれからです")
    [task] = fold(ask, later)
    assert task.status is TaskStatus.OPEN


def test_a_negated_copula_is_a_fact_not_work_left_undone() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n返品された商品の検品をお願いします")
    report = m(
        2, 2, f"{KIT.rp(1, 1)}検品、終わりました。破損は外箱のみで、中身の不良ではありませんでした"
    )
    [task] = fold(ask, report)
    assert task.status is TaskStatus.DONE


def test_each_ask_goes_to_the_to_above_it_and_each_takes_the_shared_day() -> None:
    body = (
        "[To:2]佐藤 花子さん\n見積書の作成をお願いします。\n"
        "[To:3]鈴木 一郎さん\n納品書の発行をお願いできますか。\nそれぞれ金曜までにお願いします"
    )
    a, b = read(body)
    assert a.assignees == (2,) and b.assignees == (3,)
    assert a.due is not None and a.due == b.due


def test_an_acceptance_naming_the_task_by_a_shorter_word_is_no_new_task() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n先月分の経費精算書一式を金曜までに出してもらえますか")
    ok = m(2, 2, f"{KIT.rp(1, 1)}了解です。経費精算書は木曜の午前中には出します")
    [task] = fold(ask, ok)
    assert task.due is not None and task.due.at is not None


def test_a_job_title_after_a_surname_names_the_member() -> None:
    body = "【宿題】\n・備品リストの更新：田中部長（金曜まで）\n・会場の下見：佐藤所長"
    drafts = read(body, sender=3)
    assert [d.assignees for d in drafts] == [(1,), (2,)]


def test_dropping_part_of_a_task_while_keeping_the_rest_narrows_it() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\nマイク2本とスクリーンの手配をお願いします")
    narrow = m(
        2,
        1,
        f"{KIT.rp(1, 1)}スクリーンは先方の持ち込みになったので不要になりました。マイクだけで大丈夫です",
    )
    [task] = fold(ask, narrow)
    assert task.status is TaskStatus.OPEN


def test_an_answer_with_a_closing_greeting_still_answers() -> None:
    ask = m(
        1,
        1,
        "[To:2]佐藤 花子さん\n表紙はA案とB案のどちらで進めるか、金曜までにお返事いただけますか",
    )
    answer = m(
        2,
        2,
        f"{KIT.rp(1, 1)}お待たせしました。表紙はB案に決定しました。引き続きよろしくお願いいたします。",
    )
    [task] = fold(ask, answer)
    assert task.status is TaskStatus.DONE


def test_letting_it_be_called_off_cancels_but_cancelling_a_booking_is_work() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n沿革ページに新工場の写真を追加していただけますか")
    off = m(2, 1, f"{KIT.rp(1, 1)}こちらの件、今回は見送りとさせてください")
    [task] = fold(ask, off)
    assert task.status is TaskStatus.CANCELLED
    [d] = read("トラックの予約を取り消しておきます", sender=2)
    assert d.kind == "commitment"


def test_a_colleague_will_contact_them_is_no_promise_of_the_sender() -> None:
    assert read("正式には田中から改めてご連絡します。", sender=2) == []


def test_the_day_the_thing_arrives_is_no_deadline() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n本日入庫の山本様、オイル交換に加えてワイパーの確認もお願いできますか"
    )
    assert d.due is None


def test_a_promise_of_two_action_nouns_each_with_its_thing_is_two_promises() -> None:
    drafts = read(
        "ありがとうございます！納品前の外装チェックとラベルの貼り付けは僕がやります", sender=2
    )
    assert len(drafts) == 2 and "ラベル" in drafts[1].title


def test_moving_a_meeting_is_a_notice_not_a_promise() -> None:
    assert read("連休明けの月曜は、朝礼を9時からに前倒しします。よろしく", sender=2) == []


def test_one_arrow_line_says_what_came_of_the_text_above_it_is_no_list() -> None:
    body = "ご意見箱より\n「給湯室の電気ポットが壊れています。」\n→ 先週交換済みのものでした。念のため貼っておきます"
    assert read(body, sender=2) == []


def test_the_requester_taking_the_next_step_on_in_a_reply_is_their_promise() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n5/20の山田様の引越し、2tトラックで配車お願いします")
    q = m(2, 2, f"{KIT.rp(1, 1)}2tが空いてません💦 4tでもいいですか？")
    step = m(3, 1, f"{KIT.rp(2, 2)}山田様に、4tでよいか電話で確認しておきます")
    tasks = fold(ask, q, step)
    assert len(tasks) == 2 and tasks[1].assignee_ids == (1,)


def test_first_thing_tomorrow_when_contacting_is_the_deadline_but_a_day_answered_is_not() -> None:
    [d] = read("業者には私から明日の朝イチで連絡しておきます", sender=2)
    assert d.due is not None and d.due.at is not None
    [e] = read("[rp aid=1 to=7950-7950000001]納品日の確認、来週水曜で返事しておきます", sender=2)
    assert e.due is None


def test_the_asker_agreeing_to_a_later_day_moves_the_deadline() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\nwe'd need the translation back by 11/20, thanks")
    more = m(2, 3, f"{KIT.rp(1, 1)}sorry — we'd need until 11/25 for the translation")
    ok = m(3, 1, f"{KIT.rp(1, 1)}11/25 works for us 👍")
    [task] = fold(ask, more)
    assert task.due is not None and task.due.day == date(2026, 11, 20)  # (3 is not involved)
    [task] = fold(ask, more, ok)
    assert task.due is not None and task.due.day == date(2026, 11, 25)
    assert read("3 lines is ok for those", sender=1) == []


def test_a_standup_next_line_is_the_senders_promise() -> None:
    body = "standup\ndone: invoices for october sent\nnext: chase the printer on the proofs\nblockers: none"
    [d] = read(body, sender=2)
    assert d.kind == "commitment" and d.assignees == (2,) and d.title.startswith("Chase")
    assert read("next triage: Thu 11:00", sender=2) == []


def test_dropping_it_then_from_who_promised_calls_it_off() -> None:
    promise = m(1, 2, "I'll get a second quote from the other supplier by Friday")
    off = m(2, 2, f"{KIT.rp(2, 1)}ok, dropping the second quote then 👍")
    [task] = fold(promise, off)
    assert task.status is TaskStatus.CANCELLED


def test_in_on_all_of_them_reports_the_entry_done() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\nplease put the new prices on all 80 items by friday")
    done = m(2, 2, f"{KIT.rp(1, 1)}new prices are in on all 80 ✅")
    [task] = fold(ask, done)
    assert task.status is TaskStatus.DONE


def test_both_ends_of_a_move_describe_the_appointment() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\ncould you call Mrs. Ito to move her fitting from Thursday to next week?"
    )
    assert d.due is None


def test_a_word_that_starts_with_plan_is_no_plan_heading() -> None:
    body = "planning office called — the permit is confirmed for 12/6. I'll let you know if they ask for more drawings"
    assert read(body, sender=2) == []


def test_thoughts_on_an_idea_ask_for_opinions_not_a_review() -> None:
    assert (
        read("the quiz night was a hit last year, thinking of doing it again — thoughts?", sender=2)
        == []
    )


def test_what_a_late_piece_of_work_needs_explains_the_delay() -> None:
    assert (
        read(
            "the brochure isn't done, sorry — the pricing page needs a call from Kenji first",
            sender=2,
        )
        == []
    )


def test_yes_please_to_an_offer_said_as_a_condition_asks_the_offerer() -> None:
    offer = m(1, 3, "I can pull a shortlist from the database for that role if it helps")
    yes = m(2, 1, f"{KIT.rp(3, 1)}yes please, by tomorrow 10am if you can 🙏")
    [task] = fold(offer, yes)
    assert task.assignee_ids == (3,) and "shortlist" in task.title


def test_what_a_client_wants_names_the_thing_even_with_a_count() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nthe client wants 3 more photos for the brochure. any chance you could send them over by Friday?"
    )
    assert "photos" in d.title


def test_a_day_said_fine_with_an_apostrophe_is_the_new_day() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\ncould you send the contract by friday?")
    more = m(2, 2, f"{KIT.rp(1, 1)}sorry, only half done. can I send it Monday?")
    ok = m(3, 1, f"{KIT.rp(1, 1)}Monday's fine 👍")
    [task] = fold(ask, more, ok)
    assert task.due is not None and task.due.day.weekday() == 0


def test_a_part_of_the_count_with_the_keeps_it_open() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\ncould you update the tracker for your 5 open roles?")
    part = m(2, 2, "tracker: 3 of the 5 roles updated, the last two wait on the client")
    [task] = fold(ask, part)
    assert task.status is TaskStatus.OPEN


def test_checking_with_someone_from_the_assignee_is_progress_not_a_new_promise() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\nplease book a room for the client lunch")
    note = m(2, 2, "room 5 is taken that day, 6 might be free — checking with facilities")
    [task] = fold(ask, note)
    assert task.status is TaskStatus.OPEN


def test_in_then_more_is_done_and_still_missing_is_not() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\ncould you write the changelog for 2.1?")
    done = m(2, 2, f"{KIT.rp(1, 1)}changelog is in, PR #44")
    [task] = fold(ask, done)
    assert task.status is TaskStatus.DONE
    promise = m(1, 2, "I'll take the ISO week bug then")
    draft = m(2, 2, "draft PR for the ISO week bug is up, still missing tests for week 53")
    [task] = fold(promise, draft)
    assert task.status is TaskStatus.OPEN
