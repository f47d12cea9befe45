# ruff: noqa: E501  (chat messages read best on one line)
"""Rules holdout 10 prompted (issue #11), Japanese then English, one test per general
rule, written with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from datetime import date

from chatsync.models import Due, TaskStatus
from tests.parser.rulekit import says_done
from tests.parser.sentences import ROOM, fold, m, read, rp

# Holdout 10 (issue #11), with sentences of their own.


def test_taking_over_the_rest_is_a_promise_not_a_progress_note() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n議事録の清書、水曜までにお願いします。")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nすみません、まだ半分です…")
    c = m(3, 3, f"[rp aid=2 to={ROOM}-{ROOM}000002]佐藤 花子さん\nでは残りは私が引き継ぎます！")
    tasks = fold(a, b, c)
    assert [t.assignee_ids for t in tasks] == [(2,), (3,)]
    assert "残り" in tasks[1].title


def test_a_request_after_a_report_list_is_a_task() -> None:
    drafts = read(
        "[To:1]田中 太郎さん\n今週の報告です。\n・来客は12件でした\n・コピー機は修理済みです\n"
        "あと、来月の備品発注をお願いできますでしょうか。",
        sender=2,
    )
    assert [d.title for d in drafts] == ["来月の備品発注"]
    assert drafts[0].assignees == (1,)


def test_opening_hours_are_no_promise() -> None:
    assert read("年末年始(12/29〜1/3)は休業します。") == []
    assert read("祝日も通常営業します。") == []


def test_a_cancellation_naming_two_tasks_calls_off_both() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n会場の下見を金曜までにお願いします。案内状は私が作ります。")
    b = m(
        2,
        1,
        f"{rp(1, 1)}佐藤 花子さん\nイベントが延期になったので、下見も案内状もなしになりました。",
    )
    assert {t.status for t in fold(a, b)} == {TaskStatus.CANCELLED}


def test_a_verb_stem_after_no_stays_a_noun_in_the_title() -> None:
    [d] = read("[To:2]佐藤 花子さん\n申込書の書き直し、明日までにお願いできますか？")
    assert d.title == "申込書の書き直し"


def test_the_topic_not_the_subject_is_the_thing() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n議事録は分量が多いので、金曜までにまとめてもらえると助かります。"
    )
    assert d.title.startswith("議事録")


def test_hearsay_is_news_not_an_act() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n検品を明日までにお願いします。")
    b = m(2, 2, "倉庫に確認しました。先方は月曜まで待ってくれるそうです")
    [t] = fold(a, b)
    assert t.due == Due(day=date(2026, 11, 17))


def test_part_done_and_more_time_keeps_the_task_open() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n取引先5社に請求書の送付をお願いします。")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n5社中4社は送付しました。残り1社はもう少し時間ください")
    [t] = fold(a, b)
    assert t.status == TaskStatus.OPEN


def test_a_report_list_is_no_request_when_the_ask_after_it_names_its_own_work() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\n下見の報告です。\n・控室は2部屋\n・プロジェクターは持ち込み\n"
        "進行表は私が作ります。会場費の請求書だけ、佐藤さんから依頼をお願いできますか？"
    )
    assert [d.kind for d in drafts] == ["commitment", "request"]
    drafts = read("[To:2]佐藤 花子さん\n・控室の予約\n・備品の手配\n以上、よろしくお願いします。")
    assert [d.title for d in drafts] == ["控室の予約", "備品の手配"]


def test_a_day_before_an_attributive_verb_describes_the_thing() -> None:
    [d] = read("[To:2]佐藤 花子さん\n11/20の朝に届く資材、置き場所を空けておいてもらえますか？")
    assert d.due is None


def test_titles_lose_what_a_date_or_a_topic_left_behind() -> None:
    assert [d.title for d in read("見積は明日の朝イチで出します")] == ["見積を出す"]
    assert [d.title for d in read("先方には私から連絡しておきます")] == ["先方に連絡"]


def test_no_need_to_do_it_calls_the_task_off() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n会議室の予約をお願いします。")
    b = m(2, 1, f"{rp(1, 1)}佐藤 花子さん\nオンライン開催になったので、予約はしなくて大丈夫です")
    [t] = fold(a, b)
    assert t.status == TaskStatus.CANCELLED


def test_the_rest_is_fine_cancels_nothing() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n案内文のご確認をお願いします。")
    b = m(
        2,
        2,
        f"{rp(1, 1)}田中 太郎さん\n拝見しました。日付だけ直した方がいいと思います。それ以外は大丈夫です！",
    )
    assert fold(a, b)[0].status != TaskStatus.CANCELLED


def test_courtesy_and_leaving_early_are_no_promises() -> None:
    assert (
        read(
            "[To:2]佐藤 花子さん\nお忙しいところ恐れ入りますが、請求書の再発行をお願いできますか。"
        )[0].title
        == "請求書の再発行"
    )
    assert read("今日は通院のため、16時に抜けます。") == []


def test_a_job_title_after_to_is_the_addressees_name() -> None:
    [d] = read("[To:2]佐藤部長\n稟議書の承認を金曜までにお願いいたします。")
    assert d.title == "稟議書の承認" and d.assignees == (2,)


def test_a_call_for_someone_to_fill_a_role_is_no_task() -> None:
    assert read("[toall]\n懇親会の幹事、お願いできる人いませんか？") == []


def test_how_to_do_it_is_part_of_the_ask() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\n出張報告の作成、月曜までにお願いします。様式は先月と同じものを使ってください。"
    )
    assert [d.title for d in drafts] == ["出張報告の作成"]


def test_a_state_that_trails_off_asks_nothing() -> None:
    assert read("すみません、前の会議が長引いていて…") == []


def test_finding_out_a_named_thing_from_someone_is_work() -> None:
    drafts = read("チラシの原稿を入稿して、印刷所に納期を確認しておきます", sender=2)
    assert [d.title for d in drafts] == ["チラシの原稿の入稿", "印刷所に納期の確認"]
    assert read("開発チームに確認しておきます", sender=2) == []


def test_an_acceptance_that_adds_other_work_is_a_new_promise() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n棚卸し表の更新を金曜までにお願いします。")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n承知しました！発注リストも私の方で作っておきます")
    tasks = fold(a, b)
    assert [t.assignee_ids for t in tasks] == [(2,), (2,)]
    assert "発注リスト" in tasks[1].title
    c = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n承知しました。金曜までに更新しておきます")
    assert len(fold(a, c)) == 1


# Holdout 10, English half (issue #11), with sentences of their own.


def test_review_notes_keyed_by_timecodes_are_items_not_deadlines() -> None:
    drafts = read(
        f"{rp(1, 1)}田中 太郎さん\nfeedback:\n00:12 crop the logo on the title card\n"
        "01:05 the music swells too early, please fade it\n01:30 credits: hold them one more second",
        sender=2,
    )
    assert len(drafts) == 3
    assert all(d.due is None for d in drafts)
    assert "music" in drafts[1].title.lower()
    assert drafts[2].title.lower().startswith("credits")


def test_a_report_naming_several_open_items_closes_each() -> None:
    a = m(
        1,
        1,
        "[To:2]佐藤 花子さん\nnotes:\n- shorten the intro\n- swap the stock photo\n- fix the typo in the footer",
    )
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nv2 is up: intro shortened, stock photo swapped")
    status = {t.title: t.status for t in fold(a, b)}
    assert status == {
        "Shorten the intro": TaskStatus.DONE,
        "Swap the stock photo": TaskStatus.DONE,
        "Fix the typo in the footer": TaskStatus.OPEN,
    }


def test_a_look_is_at_the_thing_just_announced() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nThe draft brochure for the Osaka fair is in the shared drive.\nCan you take a look when you have a minute?"
    )
    assert d.title == "Take a look at draft brochure for the Osaka fair"


def test_contractions_typed_without_the_apostrophe() -> None:
    [d] = read("the projector in room B stopped working, ill fix it before the meeting", sender=2)
    assert d.kind == "commitment" and "projector" in d.title
    assert read("she was ill yesterday, so the review moved", sender=2) == []


def test_to_and_a_verb_after_a_day_is_no_range() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nplease ring the landlord tomorrow to have the heater looked at"
    )
    assert d.due == Due(day=date(2026, 11, 17))


def test_make_sure_is_work_and_make_it_is_attendance() -> None:
    [d] = read("[To:2]佐藤 花子さん\ncan you make sure the night staff know the new door code?")
    assert d.title.startswith("Make sure the night staff")
    assert read("[To:2]佐藤 花子さん\ncan you make it to the dinner on Friday?") == []


def test_a_work_verb_that_names_a_thing_is_no_imperative() -> None:
    assert read("test run 14 is flaky again on the ARM runners", sender=2) == []
    assert read("check the ARM runners", sender=2) != []


def test_a_subjectless_promise_after_a_comma_is_its_own_clause() -> None:
    [d] = read("the invoice totals look wrong on the PDF export, will fix it tomorrow", sender=2)
    assert d.kind == "commitment" and d.due == Due(day=date(2026, 11, 17))
    assert "invoice totals" in d.title


def test_a_day_the_sender_accepts_is_the_due() -> None:
    [d] = read("[To:2]佐藤 花子さん\ncould you scan the signed lease for me?\nThursday is fine")
    assert d.due == Due(day=date(2026, 11, 19))


def test_a_conditional_offer_is_no_promise() -> None:
    assert read("I can take it if nobody else is free", sender=2) == []


def test_asking_how_to_fill_in_a_form_asks_for_no_work() -> None:
    assert (
        read("quick q: does the expense form need the receipt numbers filled in?", sender=2) == []
    )


def test_yours_points_at_the_thing_just_named() -> None:
    [d] = read("[toall]\nTravel claims for October are due.\nplease submit yours by Friday.")
    assert "travel claims" in d.title.lower()


def test_we_dont_need_it_after_all_cancels() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\ncould you rent a projector for the seminar?")
    b = m(
        2,
        1,
        f"{rp(1, 1)}佐藤 花子さん\nthe venue has one, so we don't need the projector after all",
    )
    assert [t.status for t in fold(a, b)] == [TaskStatus.CANCELLED]


def test_a_need_and_the_ask_that_meets_it_are_one_task() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nthe spare chairs need to be returned to the hall this week. can you book a van?"
    )
    assert d.title == "Book a van"


def test_failing_today_sets_no_new_deadline() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\ncould you approve the travel requests?")
    b = m(
        2,
        2,
        f"{rp(1, 1)}田中 太郎さん\nsorry, didn't get to the travel requests today, the audit ran over",
    )
    [t] = fold(a, b)
    assert t.due is None and t.status == TaskStatus.OPEN


def test_two_asks_joined_by_and_are_two_tasks_unless_one_reports_back() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\nplease book the meeting room for Tuesday and order lunch for the visitors"
    )
    assert [d.title for d in drafts] == [
        "Book the meeting room for Tuesday",
        "Order lunch for the visitors",
    ]
    [d] = read("[To:2]佐藤 花子さん\nplease review the contract and send me your comments")
    assert d.title == "Review the contract and send me your comments"


def test_a_report_closes_the_item_it_names_not_the_one_whose_name_follows() -> None:
    a = m(
        1,
        1,
        "[To:2]佐藤 花子さん\nplease schedule the Tanaka Foods demo for Monday and send the agenda to the client",
    )
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nagenda sent to Tanaka Foods")
    status = {t.title: t.status for t in fold(a, b)}
    assert status == {
        "Schedule the Tanaka Foods demo for Monday": TaskStatus.OPEN,
        "Send the agenda to the client": TaskStatus.DONE,
    }


def test_a_draft_in_the_shared_folder_is_done() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nit would be great if you could draft the press release.")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nthe press release draft is in the shared folder")
    [t] = fold(a, b)
    assert t.status == TaskStatus.DONE and t.title == "Draft the press release"


def test_not_yet_approved_is_no_approval() -> None:
    assert not says_done("the refund template is stuck with finance, they haven't approved it yet")
    assert says_done("Approved, thanks")


def test_part_of_a_count_done_keeps_the_task_open_and_a_dated_ask_moves_it() -> None:
    a = m(
        1, 1, "[To:2]佐藤 花子さん\ncould you translate the 5 product sheets?\nWednesday is fine."
    )
    b = m(
        2,
        2,
        f"{rp(1, 1)}田中 太郎さん\ntranslated 3 of 5, the rest need final specs.\ncan I finish them by Friday?",
    )
    c = m(3, 1, f"{rp(2, 2)}佐藤 花子さん\nsure")
    [t] = fold(a, b, c)
    assert t.status == TaskStatus.OPEN and t.due == Due(day=date(2026, 11, 20))
    d = m(4, 2, f"{rp(1, 1)}田中 太郎さん\nall 5 sheets translated")
    assert fold(a, b, c, d)[0].status == TaskStatus.DONE


def test_a_promise_after_the_break_is_a_promise() -> None:
    [d] = read(
        "the shared calendar sync is half my doing.\nI'll fix it with IT after the holidays",
        sender=2,
    )
    assert d.kind == "commitment" and "calendar sync" in d.title
    assert read("I'll send it after they confirm", sender=2) == []


def test_a_nudge_is_done_when_the_sender_pinged() -> None:
    a = m(1, 2, "I'll nudge procurement about the laptop order on Monday")
    b = m(2, 2, f"{rp(2, 1)}佐藤 花子さん\npinged procurement, the order is with the supplier now")
    assert fold(a, b)[0].status == TaskStatus.DONE


def test_an_english_ask_after_a_japanese_vocative_is_english() -> None:
    [d] = read("[To:2]佐藤 花子さん\n佐藤さん、could you take over the seating plan for the gala?")
    assert d.title == "Take over the seating plan for the gala"


def test_lets_not_cancels() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\ncould you order a cake for Friday's farewell?")
    b = m(
        2,
        1,
        f"{rp(1, 1)}佐藤 花子さん\nthe team is buying one already, so let's not order the cake after all",
    )
    assert [t.status for t in fold(a, b)] == [TaskStatus.CANCELLED]


def test_how_long_someone_is_away_sets_no_deadline() -> None:
    a = m(
        1,
        1,
        "[To:2]佐藤 花子さん\nplease collect the signed NDAs from the contractors.\nWednesday is fine",
    )
    b = m(
        2,
        2,
        f"{rp(1, 1)}田中 太郎さん\n3 of 4 NDAs in, the last contractor is on leave until Thursday",
    )
    [t] = fold(a, b)
    assert t.due == Due(day=date(2026, 11, 18))


def test_a_full_count_is_done() -> None:
    assert says_done("name badges 40/40 done, boxed at reception")


def test_a_promise_of_two_jobs_splits_even_when_the_second_is_re_done() -> None:
    drafts = read("I'll clean up the supplier list and re-send the RFQ by Thursday", sender=2)
    assert [d.title for d in drafts] == ["Clean up the supplier list", "Re-send the RFQ"]


def test_a_rev_abbreviation_does_not_end_the_sentence() -> None:
    assert says_done("floor plan re-issued (rev. C) with the new exits")


def test_a_report_and_a_slip_in_one_reply() -> None:
    a = m(1, 2, "I'll update the price list and rewrite the FAQ by Friday")
    b = m(
        2,
        2,
        f"{rp(2, 1)}佐藤 花子さん\nthe price list is updated.\nthe FAQ still needs input from support, so it slips to next Tuesday",
    )
    status = {t.title: (t.status, t.due) for t in fold(a, b)}
    assert status == {
        "Update the price list": (TaskStatus.DONE, Due(day=date(2026, 11, 20))),
        "Rewrite the FAQ": (TaskStatus.OPEN, Due(day=date(2026, 11, 24))),
    }


def test_a_bare_ask_after_a_statement_of_need_asks_for_it() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nThe visitor badges for the plant tour need to be printed too.\nSato-san、お願いできますか？"
    )
    assert "visitor badges" in d.title and d.assignees == (2,)
    assert read("[To:2]佐藤 花子さん\n来週の会議の件です。\nよろしくお願いします。") == []


def test_wont_need_it_after_all_cancels() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nwould you mind booking a second meeting room?")
    b = m(
        2,
        1,
        f"{rp(1, 1)}佐藤 花子さん\nwith the workshop moved online we won't need the second room after all",
    )
    assert [t.status for t in fold(a, b)] == [TaskStatus.CANCELLED]


def test_ill_have_it_out_tomorrow_is_the_deadline_and_their_date_is_not() -> None:
    a = m(
        1,
        1,
        "[To:2]佐藤 花子さん\nplease issue a credit note to Hoshi Trading. 3営業日以内にお願いします。",
    )
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n承知しました。\nI'll have it out tomorrow.")
    c = m(
        3,
        2,
        f"{rp(1, 1)}田中 太郎さん\nCN-2026-31 sent to Hoshi Trading.\nThey'll confirm receipt within two weeks.",
    )
    [t] = fold(a, b)
    assert t.due == Due(day=date(2026, 11, 17))
    [t] = fold(a, b, c)
    assert t.due == Due(day=date(2026, 11, 17)) and t.status == TaskStatus.DONE


def test_a_pointing_promise_then_a_named_one_is_one_promise() -> None:
    [d] = read(
        "looked at it, it's the new tax rounding.\nI'll take this one\nwill have the invoice fix out by EOD",
        sender=2,
    )
    assert d.title == "The invoice fix" and d.due == Due(day=date(2026, 11, 16))


def test_them_is_the_person_named_before() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nHanako, the Osaka client has called twice now.\nCan you follow up with them today with the new quote?"
    )
    assert d.title == "Follow up with Osaka client with the new quote"


def test_no_one_before_the_verb_means_the_thing_is_after_it() -> None:
    [d] = read("Nobody has picked up the Kanda lease renewal yet\nI'll take this one.", sender=2)
    assert "Kanda lease renewal" in d.title
