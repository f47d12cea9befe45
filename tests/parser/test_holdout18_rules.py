# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what holdouts 18 and 19 showed: one test per general rule, written with
sentences of their own (not the labelled messages)."""

from __future__ import annotations

from chatsync.models import TaskStatus
from chatsync.parser.clauses import split_lines, to_clauses
from chatsync.parser.normalise import normalise
from tests.parser.rulekit import MEMBERS, RuleKit

KIT = RuleKit(7800, MEMBERS[:3])
read, m, fold = KIT.read, KIT.m, KIT.fold


def _clauses(text: str) -> list[str]:
    return [c.text for c in to_clauses(split_lines(normalise(text)))]


def test_a_handover_list_to_someone_is_their_work_but_not_its_status_lines() -> None:
    body = (
        "[To:2]佐藤 花子さん\n担当分の引き継ぎです\n"
        "・A社：契約更新済み、請求書は先方の押印待ち\n"
        "・B社：新年度の見積作成（まだ）\n"
        "・C社：納品日の再調整（来週中）"
    )
    drafts = read(body)
    assert [d.assignees for d in drafts] == [(2,), (2,)]
    assert "見積作成" in drafts[0].title and "再調整" in drafts[1].title
    assert drafts[1].due is not None


def test_a_shift_log_to_nobody_in_particular_hands_over_nothing() -> None:
    body = "遅番の引き継ぎです\n・2階トイレの電球交換（まだ）\n・レジ点検済み"
    assert read(body) == []


def test_a_handover_item_the_successor_accepts_and_later_reports_is_done() -> None:
    a = m(
        1,
        1,
        "[To:2]佐藤 花子さん\n引き継ぎ一覧です\n・D社：展示会ブースの予約取り（まだ）\n・E社：打ち合わせ済み",
    )
    b = m(2, 2, f"{KIT.rp(1, 1)}承知しました、D社のブースは今週中に押さえます")
    c = m(3, 2, f"{KIT.rp(1, 1)}D社のブース、予約取れました！")
    [t] = fold(a, b, c)
    assert t.assignee_ids == (2,) and t.due is not None and t.status == TaskStatus.DONE


def test_a_done_suffix_and_a_comma_end_a_clause() -> None:
    assert _clauses("検品済み、残りは倉庫の返事待ち") == ["検品済み、", "残りは倉庫の返事待ち"]


def test_a_space_after_yoroshiku_ends_the_ask() -> None:
    assert _clauses("見積のダブルチェックよろ〜 原本は明日届く予定です") == [
        "見積のダブルチェックよろしく",
        "原本は明日届く予定です",
    ]
    [d] = read("[To:2]佐藤 花子さん\n見積のダブルチェックよろ〜 原本は明日届く予定です")
    assert "ダブルチェック" in d.title and d.due is None


def test_a_numbered_answer_to_a_list_moves_that_items_day_and_is_no_new_task() -> None:
    a = m(1, 1, "明日の作業です\n①倉庫の棚卸し → 佐藤さん\n②搬入口の養生 → 鈴木さん")
    b = m(2, 3, f"{KIT.rp(1, 1)}②承知しました、明日中に押さえます")
    tasks = fold(a, b)
    assert len(tasks) == 2
    second = next(t for t in tasks if t.assignee_ids == (3,))
    assert second.due is not None and second.due_updated_by == b.message_id


def test_a_to_do_line_ending_in_a_verb_stem_keeps_the_stem_as_its_noun() -> None:
    [d] = read("[To:2]佐藤 花子さん\n以下お願いします\n・会議室の仮押さえ")
    assert d.title.endswith("仮押さえ")


def test_a_title_cut_inside_brackets_keeps_them_closed() -> None:
    [d] = read("[To:2]佐藤 花子さん\n修正後の図面データ（PDF）を頂戴できますでしょうか")
    assert d.title.count("(") == d.title.count(")")


def test_can_you_in_the_potential_form_asks_the_one_addressed() -> None:
    [d] = read("[To:2]佐藤 花子さん\n来月の社内報、コラムを週内に1本書ける？")
    assert d.kind == "request" and d.assignees == (2,) and d.title.endswith("書く")
    [d] = read("[To:2]佐藤 花子さん\n在庫の件、明日までに調べられますか")
    assert d.kind == "request"
    assert read("[To:2]佐藤 花子さん\n議事録ってどこで見られますか？") == []
    assert read("[To:2]佐藤 花子さん\n共有フォルダ、他の部署も見られますか？") == []


def test_quitting_the_plan_itself_cancels_it() -> None:
    a = m(1, 3, "取引先の担当者、明日もう一度電話で当たります")
    b = m(
        2,
        3,
        f"[qt][qtmeta aid=3 time={a.send_time}]取引先の担当者、明日もう一度電話で当たります[/qt]\n先方から返事が来たので、電話で当たるのはやめておきます",
    )
    [t] = fold(a, b)
    assert t.status == TaskStatus.CANCELLED


def test_a_thing_then_a_deadline_alone_to_someone_is_an_ask() -> None:
    [d] = read("[To:2]佐藤 花子さん 店頭ポップ、A4で2枚ほど。17時まで")
    assert "店頭ポップ" in d.title and d.assignees == (2,) and d.due is not None
    assert read("店頭ポップ、A4で2枚ほど。17時まで") == []  # addressed to nobody


def test_a_self_named_share_of_a_room_wide_task_is_a_task_of_its_own() -> None:
    a = m(1, 1, "[toall]\n棚卸しは金曜です。各自の担当棚の在庫を数えておいてください。")
    b = m(2, 3, "棚卸しのとき、倉庫の古い段ボールは私がまとめて処分業者に出しておきます")
    tasks = fold(a, b)
    assert any(t.assignee_ids == (3,) and "段ボール" in t.title for t in tasks)


def test_more_put_into_the_accepted_task_is_no_new_task() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n月次報告、各店の数字をまとめてもらえますか")
    b = m(2, 2, f"{KIT.rp(1, 1)}承知です。新店の分も入れておきます")
    assert len(fold(a, b)) == 1


def test_feedback_promised_after_asking_for_the_thing_is_no_task() -> None:
    drafts = read("[To:2]佐藤 花子さん\n企画書のたたき台、今週中に一度見せてください。FB返します")
    assert [d.assignees for d in drafts] == [(2,)]


def test_by_the_day_is_the_day_of_the_event_named_before() -> None:
    [d] = read("[toall]\n納会は12/25(金)18時からです。出欠は当日までに幹事に伝えてください。")
    assert d.due is not None and str(d.due.day) == "2026-12-25" and d.due.at is None


def test_an_adjective_is_no_part_of_a_keyword() -> None:
    from chatsync.parser.message import keywords_of

    assert "試薬瓶" in keywords_of("古い試薬瓶を出す")
    assert "払い戻" in keywords_of("払い戻し")


def test_a_list_lines_own_to_tag_names_its_owner() -> None:
    body = (
        "release checklist:\n"
        "- screenshots: Grace has the new set in review\n"
        "- store copy: [To:2]佐藤 花子 can you draft it by wed?\n"
        "- [To:3]鈴木 一郎 pls run the smoke tests today"
    )
    kit = RuleKit(7801)
    drafts = kit.read(body, sender=4)
    assert [d.assignees for d in drafts] == [(2,), (3,)]
    assert "store copy" in drafts[0].title.lower()


def test_a_promise_to_post_results_here_is_no_task() -> None:
    assert read("load test kicked off, takes ~2h. will post results here", sender=3) == []
    assert read("I'll share an update here", sender=3) == []


def test_a_time_in_a_to_do_line_is_no_label() -> None:
    [d] = read("【TODO】\n・週報の集計\u3000担当：佐藤 (~1/20 18:00)")
    assert d.due is not None and d.due.at is not None and d.assignees == (2,)


def test_an_ichidan_stem_before_the_contracted_toku_is_a_verb() -> None:
    from chatsync.parser.morph import analyse

    assert "調べる/v おく/a" in analyse("在庫を調べときます").code
    [d] = read("空調の不具合、設備会社に投げときます", sender=3)
    assert d.kind == "commitment" and "設備会社" in d.title


def test_saw_it_closes_a_task_to_look_it_over() -> None:
    a = m(1, 2, "[To:1]田中 太郎さん\n新しい申込書の文面案、目を通していただけますか？")
    b = m(2, 1, f"{KIT.rp(2, 1)}申込書みました。1か所だけ直して机に置いてます")
    [t] = fold(a, b)
    assert t.status == TaskStatus.DONE


def test_if_anything_changes_write_it_here_is_a_standing_instruction() -> None:
    assert read("[toall]\n連休中のシフト表です。変更あればこのスレに書いてください") == []


def test_the_run_it_goes_out_on_is_the_deadline() -> None:
    [d] = read("伝票、明日の朝イチの便で出します", sender=3)
    assert d.due is not None and d.due.at is not None


def test_a_day_given_as_the_answer_is_no_deadline() -> None:
    [d] = read("先方から搬入日の確認が来てるので、来週水曜で返事しておきます", sender=3)
    assert d.due is None


def test_a_promise_with_the_file_attached_is_already_kept() -> None:
    assert read("スクショ上げときます📎 error_dialog.png", sender=3) == []


def test_a_bare_done_naming_the_head_of_a_compound_closes_the_task() -> None:
    a = m(1, 2, "[To:1]田中 太郎さん\n参加者名簿の確認、明日までにお願いできますか")
    b = m(2, 1, "名簿みました。1か所だけ直してあります")
    [t] = fold(a, b)
    assert t.status == TaskStatus.DONE


def test_our_side_is_no_pointer() -> None:
    a = m(
        1,
        2,
        "[To:1]田中 太郎さん\n差し替えの原稿、メールでお送りしました。ご確認いただけますと幸いです",
    )
    b = m(2, 1, f"{KIT.rp(2, 1)}原稿拝見しました。こちらで校正の手配をいたします")
    tasks = fold(a, b)
    assert any(t.assignee_ids == (1,) and t.title == "校正の手配" for t in tasks)


def test_greeting_the_next_shift_asks_nothing() -> None:
    assert read("本日もありがとうございました。遅番さんよろしくお願いします🙏") == []


def test_a_fault_under_a_measured_condition_is_a_fact() -> None:
    assert read("ログにまとめました。負荷80%で発生します", sender=3) == []
    assert read("再現してみます", sender=3) != []


def test_a_name_before_ni_is_who_is_told_not_the_owner() -> None:
    [d] = read(
        "[To:3]鈴木 一郎さん\n佐藤さんに、契約書への押印をお願いしたいと伝えておいてもらえますか"
    )
    assert d.assignees == (3,)


def test_a_report_beside_a_new_ask_closes_only_a_task_it_names() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nA社の件、提案書のドラフトを金曜までにお願いします")
    b = m(
        2,
        2,
        "[To:3]鈴木 一郎さん\n田中さんに、A社の件の委任状への押印を伝えてもらえますか。机に置いてあります",
    )
    tasks = fold(a, b)
    assert next(t for t in tasks if "提案書" in t.title).status == TaskStatus.OPEN


def test_only_the_rest_called_off_narrows_the_task_and_its_new_day_moves_it() -> None:
    kit = RuleKit(7802)
    a = kit.m(
        1, 1, "[To:2]佐藤 花子\ncan you re-check the 12 flagged invoices within 5 business days?"
    )
    b = kit.m(
        2,
        1,
        f"{kit.rp(1, 1)}update: only the 2 overseas ones matter, so the rest is no longer needed. those 2 by tmrw pls",
    )
    [t] = kit.fold(a, b)
    assert t.status == TaskStatus.OPEN and t.due_updated_by == b.message_id


def test_a_noun_then_what_it_does_is_no_imperative() -> None:
    assert read("fix goes out in the 15:00 deploy", sender=3) == []


def test_a_promise_then_and_name_can_you_is_two_tasks() -> None:
    kit = RuleKit(7803)
    drafts = kit.read(
        "I'll draft the agenda by Mon, and [To:4]Grace can you book the room by Wed?", sender=1
    )
    assert [(d.kind, d.assignees) for d in drafts] == [("commitment", (1,)), ("request", (4,))]


def test_the_wording_is_the_wording_of_the_thing_just_named() -> None:
    kit = RuleKit(7804)
    [d] = kit.read(
        "press release v2 is done. [To:4]Grace could you sanity-check the wording by EOW?", sender=1
    )
    assert "press release" in d.title


def test_could_use_a_hand_with_work_asks_the_room() -> None:
    [d] = read("could use a hand stuffing the welcome packs tomorrow, anyone free?", sender=3)
    assert d.kind == "request" and d.title.endswith("the welcome packs") and d.due is not None


def test_the_later_verb_on_it_is_the_same_job() -> None:
    [d] = read("I'll dig up last year's checklist and send it tomorrow", sender=3)
    assert "checklist" in d.title
    assert len(read("I'll update the docs and tag the release by Friday", sender=3)) == 2


def test_am_after_a_number_is_a_time_not_a_verb() -> None:
    from chatsync.parser.morph import analyse

    assert "be/b" not in analyse("photos from the pier by 11am").code
    kit = RuleKit(7805)
    drafts = kit.read(
        "budget for today:\n- Grace: photos from the pier by 11am\n- 佐藤 花子: the quotes, by noon",
        sender=1,
    )
    assert [d.assignees for d in drafts] == [(4,), (2,)]


def test_a_named_re_ask_under_a_list_moves_that_persons_item() -> None:
    kit = RuleKit(7806)
    a = kit.m(
        1,
        1,
        "goals:\n1. 佐藤 花子: draft the press kit\n2. Grace: collect quotes for the deck\n3. the agenda, I'll do it",
    )
    b = kit.m(
        2, 1, f"{kit.rp(1, 1)}Grace, quotes within 2 business days please, I want them in the deck"
    )
    tasks = kit.fold(a, b)
    moved = [t for t in tasks if t.due_updated_by == b.message_id]
    assert [t.assignee_ids for t in moved] == [(4,)]


def test_ptal_at_is_take_a_look_and_the_reason_after_it_is_no_title() -> None:
    kit = RuleKit(7807)
    [d] = kit.read(
        "[To:4]Grace Hopper\nptal at the new snippets in PR #77 when u have a min, want to make sure the naming matches",
        sender=1,
    )
    assert d.title == "Take a look at the new snippets in PR #77"


def test_a_thing_that_needs_a_version_is_asked_for_and_a_stab_at_it_accepts() -> None:
    kit = RuleKit(7808)
    a = kit.m(
        1,
        1,
        "[To:4]Grace Hopper\nalso the spring slogan needs an EN version, client wants 3 options",
    )
    b = kit.m(2, 4, "I'll take a stab at it tonight-ish, no promises")
    [t] = kit.fold(a, b)
    assert t.assignee_ids == (4,) and "client" not in t.title


def test_a_list_of_options_is_no_to_do() -> None:
    assert (
        read(
            "slogan options are in the doc:\n1. Made for mornings\n2. Small things, done well",
            sender=3,
        )
        == []
    )


def test_sent_over_then_please_check_closes_the_task_and_asks_anew() -> None:
    kit = RuleKit(7809)
    a = kit.m(1, 1, "[To:4]Grace Hopper\ncan you send me the recap draft by 3pm?")
    b = kit.m(2, 4, f"{kit.rp(1, 1)}recap draft sent over, pls check clause 9 esp")
    tasks = kit.fold(a, b)
    assert tasks[0].status == TaskStatus.DONE and any("clause 9" in t.title for t in tasks)


def test_a_daily_reports_done_section_closes_the_senders_tasks_it_names() -> None:
    kit = RuleKit(7810)
    a = kit.m(1, 4, "daily:\ntoday: unit tests for the billing export, on-call handover doc")
    b = kit.m(2, 4, "daily:\ndone: unit tests (12/12 green)\ntoday: release notes")
    tasks = kit.fold(a, b)
    by_title = {t.title: t.status for t in tasks}
    assert by_title["Unit tests for the billing export"] == TaskStatus.DONE
    assert by_title["On-call handover doc"] == TaskStatus.OPEN


def test_a_to_do_line_with_id_need_them_by_is_the_owners_with_that_day() -> None:
    kit = RuleKit(7811)
    [a, b] = kit.read(
        "ep 12 promo:\n- Grace: two teaser clips\n- 佐藤 花子: show notes, I'd need them by Monday noon",
        sender=1,
    )
    assert a.assignees == (4,)
    assert (
        b.assignees == (2,)
        and b.title == "show notes"
        and b.due is not None
        and b.due.at is not None
    )


def test_drop_it_and_ask_for_something_else_instead() -> None:
    kit = RuleKit(7812)
    a = kit.m(1, 1, "promo:\n- Grace: three teaser clips\n- 佐藤 花子: the show notes")
    b = kit.m(
        2,
        1,
        f"{kit.rp(1, 1)}let's drop the teaser clips for this one.\n[To:4]Grace Hopper can you make a quote card instead?",
    )
    c = kit.m(3, 4, "quote card's live on all three channels")
    tasks = kit.fold(a, b, c)
    status = {t.title: t.status for t in tasks}
    assert status["Three teaser clips"] == TaskStatus.CANCELLED
    assert status["Make a quote card"] == TaskStatus.DONE


def test_ok_then_an_ask_is_an_acceptance_and_the_ask() -> None:
    kit = RuleKit(7813)
    drafts = kit.read(
        "[rp aid=4 to=7813-7813000001]ok, switch the paper order to the recycled stock then.\nalso pls get 20 more toner cartridges in by thursday, we ran out last year",
        sender=1,
    )
    assert len(drafts) == 2 and "we ran out" not in drafts[1].title


def test_a_request_incoming_is_news() -> None:
    assert read("booking request incoming", sender=3) == []


def test_the_doers_estimate_of_a_later_day_moves_the_task() -> None:
    a = m(1, 1, "[To:3]鈴木 一郎さん\n輸出申告、12/23 15:00までにお願いします")
    b = m(2, 3, f"{KIT.rp(1, 1)}申告は12/24朝イチになりそうです。インボイスの修正待ちです")
    [t] = fold(a, b)
    assert (
        t.due is not None and str(t.due.day).endswith("12-24") and t.due_updated_by == b.message_id
    )


def test_a_promise_on_it_then_no_rush_points_at_the_thing_before() -> None:
    [d] = read(
        "the client also wants a quote for a February shipment. I'll prepare it, no rush from their side",
        sender=3,
    )
    assert "quote" in d.title


def test_working_from_home_is_where_one_is() -> None:
    assert read("working from home today (holiday lol)", sender=3) == []
    assert read("I'm working on the deck", sender=3) != []


def test_so_ill_redo_that_points_at_the_clause_just_before() -> None:
    [d] = read(
        "new menu cards are in the drive. the dessert one still looks blurry so I'll redo that",
        sender=3,
    )
    assert "dessert" in d.title


def test_a_mixed_title_ends_in_its_japanese_verb() -> None:
    a = m(
        1,
        1,
        "[To:3]鈴木 一郎さん\n・Room 2 printer → 業者に連絡（鈴木さん）\n・Kids textbook order（佐藤さん）: 今週中",
    )
    b = m(2, 3, "プリンターの件、業者さんに連絡しました。火曜に来てくれるそうです")
    status = {t.title: t.status for t in fold(a, b)}
    assert status["Room 2 printerを業者に連絡"] == TaskStatus.DONE


def test_each_ones_share_is_the_share_of_the_thing_just_posted() -> None:
    [d] = read(
        "[toall]\n開業前チェックリストをシートに載せました。各自の担当分を今週中に埋めてください🙏"
    )
    assert "チェックリスト" in d.title


def test_mockups_in_figma_report_the_mockup_done() -> None:
    kit = RuleKit(7814)
    a = kit.m(1, 1, "[To:4]Grace Hopper\ncan you mock up the new rating screen by Friday?")
    b = kit.m(2, 4, f"{kit.rp(1, 1)}rating mockups are in Figma, page 'booking v3'")
    [t] = kit.fold(a, b)
    assert t.status == TaskStatus.DONE
