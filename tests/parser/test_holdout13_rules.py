# ruff: noqa: E501  (chat messages read best on one line)
"""Rules holdout 13 and later prompted (issue #11), one test per general rule, written
with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from datetime import date, time

from chatsync.models import Due, TaskStatus
from tests.parser.sentences import BASE, SENT, fold, m, read, rp

# Holdout 13 (issue #11), with sentences of their own.


def test_a_noun_phrase_with_a_preposition_before_be_is_no_imperative() -> None:
    assert read("cover drafts for the spring catalogue are in the drive: A and B") == []


def test_asking_for_an_answer_by_a_time_is_a_task() -> None:
    [d] = read("[To:2]佐藤 花子さん\nlmk by Friday whether the venue is ok with 80 seats")
    assert d.assignees == (2,) and d.due == Due(day=date(2026, 11, 20))
    assert read("[To:2]佐藤 花子さん\nlet me know if you need anything") == []


def test_work_said_as_needed_within_a_time() -> None:
    [d] = read("[To:2]佐藤 花子さん\n契約書の件、3日以内に返送が必要です")
    assert d.assignees == (2,) and d.due == Due(day=date(2026, 11, 19))


def test_checklist_lines_owned_by_me_or_with_a_state_to_reach() -> None:
    drafts = read(
        "Launch checklist:\n・店頭POPの印刷（佐藤さん）\n・price tags updated in the POS（鈴木さん）(~11/20 18:00)\n・仕入れ先への連絡（私）"
    )
    assert [(d.assignees, d.due) for d in drafts] == [
        ((2,), None),
        ((3,), Due(day=date(2026, 11, 20), at=time(18, 0))),
        ((1,), None),
    ]
    assert drafts[1].title == "Price tags updated in the POS"


def test_any_chance_i_could_get_and_it_would_help_if_you_ask() -> None:
    [d] = read("[To:2]佐藤 花子さん\nany chance I could get the floor plan by Wed?")
    assert d.assignees == (2,) and "floor plan" in d.title
    [e] = read("[To:3]鈴木 一郎さん\nit'd help if you could photograph the stand once it's up")
    assert e.kind == "request" and e.assignees == (3,)


def test_leave_it_with_me_then_the_promise_is_one_task_closed_by_its_past_verb() -> None:
    a = m(1, 2, "leave it with me, will pull the access logs")
    b = m(2, 2, f"{rp(2, 1)}pulled. two failed logins from the same IP")
    tasks = fold(a, b)
    assert [(t.title, t.status) for t in tasks] == [("Pull the access logs", TaskStatus.DONE)]


def test_might_be_worth_asks_and_a_state_is_not_work_in_progress() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nmight be worth checking whether the new price list went out")
    b = m(2, 2, f"{rp(1, 1)}the Kobe shop is still on the old price list. 確認済みです")
    tasks = fold(a, b)
    assert tasks[0].assignee_ids == (2,) and tasks[0].status == TaskStatus.DONE


def test_going_a_different_way_calls_the_work_off() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease write up the outage for the vendor")
    b = m(2, 1, f"{rp(2, 1)}hold off on the write-up, we're going a different way")
    assert fold(a, b)[0].status == TaskStatus.CANCELLED


def test_a_time_said_after_the_new_day_belongs_to_it() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease send the revised plan by tomorrow")
    b = m(2, 2, f"{rp(1, 1)}can it slip to Wednesday? I'll have it by 10am")
    assert fold(a, b)[0].due == Due(day=date(2026, 11, 18), at=time(10, 0))


def test_a_notice_in_an_info_block_promises_nothing() -> None:
    body = "[info][title]本店 臨時休業のお知らせ[/title]11/20(金)は設備点検のため休業します。\n受付は支店で行います。[/info]"
    assert read(body) == []


def test_a_promise_of_only_when_and_where_is_progress_on_the_held_task() -> None:
    a = m(1, 1, "[toall]今月の棚卸し、各店で金曜までに実施をお願いします")
    b = m(2, 2, "北店は木曜の閉店後にやります")
    tasks = fold(a, b)
    assert len(tasks) == 1 and tasks[0].message_id.endswith("000001")
    c = m(3, 2, "[To:1]山田 太郎さん\n在庫表の更新は私の方で対応します")
    assert len(fold(a, c)) == 2  # 更新 is work of its own, not only when and where


def test_owners_signed_after_a_colon_with_a_dated_bracket() -> None:
    drafts = read(
        "新規案件です。\n翻訳：佐藤さん（11/20(金)まで）\nチェック：鈴木さん（11/24(火)まで）"
    )
    assert [(d.assignees, d.due) for d in drafts] == [
        ((2,), Due(day=date(2026, 11, 20))),
        ((3,), Due(day=date(2026, 11, 24))),
    ]


def test_an_answer_on_how_is_no_task() -> None:
    assert read("はい、前回のテンプレートを使ってください", sender=2) == []


def test_an_offer_if_wanted_is_no_promise() -> None:
    assert read("必要なら、展示用のパネルは私が追加で作りますよ") == []
    assert read("何かあれば、私のほうで会場と調整しますよ") == []
    assert read("よければ私が議事録を送っておきます") == []


def test_a_day_asked_for_in_a_reply_moves_the_task_and_outside_it_is_new_work() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n原稿の戻しを水曜までにお願いします")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n原稿の戻しは先方の都合で金曜でお願いできますか？")
    tasks = fold(a, b)
    assert len(tasks) == 1 and tasks[0].due == Due(day=date(2026, 11, 20))
    [d] = read("[To:2]佐藤 花子さん\n倉庫の棚卸し、来週火曜でお願いできますか？")
    assert d.kind == "request" and d.due == Due(day=date(2026, 11, 24))


def test_a_reply_promising_the_held_tasks_action_moves_it() -> None:
    a = m(
        1,
        1,
        "来週の段取りです。\n・会場装花の発注（佐藤さん、~11/20 15:00）\n・配達ルートの確認（鈴木さん）",
    )
    b = m(2, 2, f"{rp(1, 1)}了解です。11/19は市場が休みなので、発注は11/20の朝イチでかけます")
    tasks = fold(a, b)
    assert len(tasks) == 2 and tasks[0].due == Due(day=date(2026, 11, 20), at=time(10, 0))


def test_made_it_with_a_count_and_work_said_only_with_whom() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n受付用の看板2枚の制作をお願いします")
    b = m(2, 2, f"{rp(1, 1)}看板2枚、できました！")
    assert fold(a, b)[0].status == TaskStatus.DONE
    [d] = read("会場用の封筒、在庫切れでした。\n文具店さんに注文しておきます", sender=2)
    assert d.title.startswith("封筒を")


def test_still_missing_asks_and_scrap_the_x_cancels() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nwe're still missing the signed NDA from the new vendor")
    b = m(2, 1, f"{rp(2, 1)}scrap the NDA, legal says the old one covers it")
    assert fold(a)[0].assignee_ids == (2,)
    assert fold(a, b)[0].status == TaskStatus.CANCELLED


def test_lmk_by_a_day_if_asks_before_the_offer_reading() -> None:
    [d] = read("[To:2]佐藤 花子さん\nlmk by Thu if you have room for a second event")
    assert d.assignees == (2,) and d.due == Due(day=date(2026, 11, 19))


def test_an_initial_does_not_end_a_sentence() -> None:
    assert read("top two are strongest:\nA. Romero, 7y SRE\nJ. Whitaker, infra") == []


def test_two_jobs_with_and_also_or_a_re_verb() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\ncan you get the van serviced and also send me the door measurements?"
    )
    assert len(drafts) == 2 and "measurements" in drafts[1].title
    drafts = read("I'll fix the hem on the gown and re-dye the sashes by Thursday")
    assert len(drafts) == 2 and "sashes" in drafts[1].title


def test_one_done_one_half_done_then_a_new_day_for_the_rest() -> None:
    a = m(1, 2, "today I'll regenerate the thumbnails and redo the cover art")
    b = m(
        2,
        2,
        f"{rp(2, 1)}thumbnails regenerated. the cover art is only half done, will finish it tomorrow",
    )
    thumbs, cover = fold(a, b)
    assert (thumbs.status, cover.status) == (TaskStatus.DONE, TaskStatus.OPEN)
    assert cover.due == Due(day=date(2026, 11, 17)) and len(fold(a, b)) == 2


def test_moves_said_as_suggestions() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease close the 14 open queries by 11/24")
    b = m(2, 2, f"{rp(1, 1)}ack. some need a signature, so can we say 11/26 for the batch?")
    c = m(3, 1, f"{rp(1, 1)}so let's move the query close-out to 11/27")
    assert fold(a, b)[0].due == Due(day=date(2026, 11, 26))
    assert fold(a, b, c)[0].due == Due(day=date(2026, 11, 27))


def test_a_count_then_the_verb_is_part_done() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease close the 14 open queries by 11/24")
    b = m(2, 2, f"{rp(1, 1)}12 of 14 queries closed, the last two wait on the PI")
    assert fold(a, b)[0].status == TaskStatus.OPEN


def test_an_owner_signed_after_a_colon_then_a_day_after_a_comma() -> None:
    drafts = read("sync メモ\n・英文校正の手配：鈴木さん、来週中\n・学内決裁の回付：田中")
    assert [(d.assignees, d.due) for d in drafts] == [
        ((3,), Due(day=date(2026, 11, 27))),
        ((1,), None),
    ]


def test_i_will_get_a_thing_from_someone_is_a_promise() -> None:
    [d] = read("the hotel sent the contract. It's unsigned though. I'll get a signed PDF from them")
    assert d.kind == "commitment" and "signed PDF" in d.title
    assert read("I'll get back to you tomorrow") == []


def test_nvm_and_we_dont_need_ours_call_it_off() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\ncould you pull the March refund stats by 11/30?")
    b = m(
        2, 1, f"{rp(2, 1)}actually nvm, finance pulls them for everyone now. so we dont need ours"
    )
    assert fold(a, b)[0].status == TaskStatus.CANCELLED


def test_a_person_pointer_then_a_named_job_is_two_tasks() -> None:
    drafts = read("I'll reply to him and log a warranty claim today")
    assert len(drafts) == 2 and "claim" in drafts[1].title


def test_it_would_be_good_to_get_x_names_x() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nit'd be good to get the March refund stats into the board pack. could you pull them by 11/30?"
    )
    assert "refund stats" in d.title.lower()


def test_needs_your_ok_asks_and_okd_answers() -> None:
    a = m(
        1,
        2,
        "[To:1]田中 太郎さん\nthe holiday rota still needs your OK, the printer is booked for tomorrow",
    )
    b = m(2, 1, f"{rp(2, 1)}OK'd.")
    tasks = fold(a, b)
    assert tasks[0].assignee_ids == (1,) and tasks[0].status == TaskStatus.DONE


def test_tomorrow_am_is_the_morning_and_same_for_asks_again() -> None:
    [d] = read("[To:2]佐藤 花子さん\nplease fix the rota tomorrow am")
    assert d.due == Due(day=date(2026, 11, 17), at=time(12, 0))
    [e] = read("[To:2]佐藤 花子さん\nthanks! same for the evening class please")
    assert e.assignees == (2,) and "evening class" in e.title


def test_a_request_in_double_quotes_is_someone_elses_and_to_follow_is_news() -> None:
    assert (
        read(
            'the client emailed: "Please send the signed order form by Thursday." Ichiro sent it already'
        )
        == []
    )
    assert read("tables booked, chairs too. invoice to follow") == []


def test_a_look_before_i_approve_takes_its_thing_from_the_report() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nthe menu proofs came in overnight, they're in the drive. mind taking a look before I approve them?"
    )
    assert "proofs" in d.title


def test_double_check_is_a_bare_check() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nthe overtime report looks off for two people. can you double check before I sign?"
    )
    assert "overtime report" in d.title


def test_can_you_by_a_time_asks_and_finished_up_reports() -> None:
    [d] = read("[To:2]佐藤 花子さん\n追加で30個、11/20までに焼ける？")
    assert d.kind == "request" and d.assignees == (2,) and d.due == Due(day=date(2026, 11, 20))
    a = m(1, 1, "[To:2]佐藤 花子さん\n追加で30個、11/20までに焼ける？")
    b = m(2, 2, f"{rp(1, 1)}30個の方、焼き上がってます")
    assert fold(a, b)[0].status == TaskStatus.DONE


def test_going_to_check_is_a_promise_and_then_please_accepts_an_offer() -> None:
    [d] = read("明日店舗に寄ってレジ見てきます", sender=2)
    assert d.kind == "commitment" and "レジ" in d.title
    assert read("郵便局で切手を買ってきます", sender=2) == []
    assert read("鈴木さんありがとう、そのときはお願いします！", sender=2) == []


def test_a_report_with_a_new_subject_names_its_task_in_the_clause_before() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\ncan you get the boiler checked and also order new filters?")
    b = m(2, 3, f"{rp(1, 1)}boiler engineer turned up early, I let her in and she's finished")
    boiler, filters = fold(a, b)
    assert boiler.status == TaskStatus.DONE and filters.status == TaskStatus.OPEN


def test_mines_up_too_reports_and_drafted_but_still_needs_does_not() -> None:
    a = m(1, 1, "[toall]\neveryone, upload your expense sheets by Friday please")
    b = m(2, 2, f"{rp(1, 1)}mine's up too, that's everyone")
    assert fold(a, b)[0].status == TaskStatus.DONE
    c = m(1, 1, "[To:2]佐藤 花子さん\nplease write the incident summary")
    d = m(2, 2, f"{rp(1, 1)}summary is written but still needs the timeline from ops")
    assert fold(c, d)[0].status == TaskStatus.OPEN


def test_a_thing_working_now_reports_the_fix() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease fix the stock sheet, the sums are wrong")
    b = m(2, 2, f"{rp(1, 1)}the stock sheet. sums add up now")
    assert fold(a, b)[0].status == TaskStatus.DONE


def test_a_cancel_word_in_the_past_reports_work_that_was_to_cancel() -> None:
    a = m(1, 2, "承知です、旅行会社に電話して会議室の仮押さえを取り消しておきます")
    b = m(2, 2, "会議室の仮押さえ、取り消しました")
    assert fold(a, b)[0].status == TaskStatus.DONE
    c = m(1, 2, "会議室の仮押さえは私が取っておきます")
    d = m(2, 2, "会議室の仮押さえ、取り消しました")
    assert [t.status for t in fold(c, d)] != [TaskStatus.DONE]


def test_a_clipped_katakana_word_names_its_task() -> None:
    a = m(
        1,
        1,
        "[To:2]佐藤 花子さん\n議事録の清書をお願いします。あと、プレゼンテーション資料も金曜までに直してほしいです",
    )
    b = m(2, 2, f"{rp(1, 1)}プレゼン資料、直して共有フォルダに置きました")
    minutes, deck = fold(a, b)
    assert minutes.status == TaskStatus.OPEN and deck.status == TaskStatus.DONE


def test_what_the_work_should_hold_is_a_detail_of_the_ask_before() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n参加者への案内メール、明日中に送ってもらえますか？持ち物と開始時間を入れてください"
    )
    assert "案内メール" in d.title
    drafts = read(
        "[To:2]佐藤 花子さん\n案内メールを送ってください。あと、会議室の予約も入れてください"
    )
    assert len(drafts) == 2


def test_taking_papers_there_by_a_time_is_a_promise_bringing_along_is_not() -> None:
    [d] = read("税務署、明日までに届出書を持っていきます", sender=2)
    assert d.kind == "commitment" and "届出書" in d.title and d.due == Due(day=date(2026, 11, 17))
    assert read("予備の延長コードは車に積んでいきますね", sender=2) == []


def test_a_hoped_for_time_in_a_fragment_of_its_own_is_the_deadline() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n取引先に日程確認の電話を入れてもらえますか？\nなるべく今日中に"
    )
    assert d.due is not None and d.due.day == SENT.date()


def test_a_standing_instruction_for_a_case_that_may_come_is_no_task() -> None:
    assert (
        read("[toall]\n年末は休業です。配送の問い合わせがあれば、1/5以降の発送とお伝えください")
        == []
    )
    [d] = read("[To:2]佐藤 花子さん\nお時間があれば、見積書を金曜までにお送りください")
    assert "見積書" in d.title  # お時間があれば is a courtesy: the ask stands
    [e] = read("[To:2]佐藤 花子さん\n余裕があれば、棚の配置図を直してください")
    assert "配置図" in e.title


def test_an_ask_for_an_answer_is_ended_by_the_answer() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nlmk by Friday whether the caterer can do 40 people")
    [t] = fold(a)
    assert t.answer and t.title.startswith("Confirm whether")
    b = m(2, 2, f"{rp(1, 1)}just heard back, 40 is fine for them")
    assert fold(a, b)[0].status == TaskStatus.DONE
    assert fold(a, m(2, 2, f"{rp(1, 1)}ok"))[0].status == TaskStatus.OPEN  # noted, no answer
    c = m(3, 2, f"{rp(1, 1)}I'll ask them tomorrow")
    assert fold(a, c)[0].status == TaskStatus.OPEN


def test_an_ask_for_a_reply_in_japanese_is_ended_by_the_reply() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n懇親会の出欠、水曜までにお返事いただけると助かります")
    b = m(2, 2, f"{rp(1, 1)}今回は欠席でお願いします、すみません")
    assert fold(a)[0].answer
    assert fold(a, b)[0].status == TaskStatus.DONE
    assert fold(a, m(2, 2, f"{rp(1, 1)}予定を確認してみます"))[0].status == TaskStatus.OPEN


def test_the_work_as_topic_then_who_names_the_assignee() -> None:
    [d] = read("来週の朝礼の司会は佐藤さんお願いします")
    assert d.assignees == (2,) and "佐藤" not in d.title and "司会" in d.title
    drafts = read(
        "棚卸しを分担します。\n・冷蔵庫の在庫確認（鈴木さん、金曜まで）\n・発注書の作成は佐藤さんお願いします"
    )
    assert [d.assignees for d in drafts] == [(3,), (2,)]
    assert "佐藤" not in drafts[1].title


def test_one_assignees_part_called_off_drops_only_that_task() -> None:
    a = m(
        1,
        1,
        "来週の研修の準備です。\n・会場の下見（佐藤さん）\n・配布資料の印刷（鈴木さん、金曜まで）",
    )
    b = m(2, 1, f"{rp(1, 1)}会場は先方が案内してくれるので、佐藤さんの分はなしで大丈夫です")
    tasks = [t for t in fold(a, b) if t.status != TaskStatus.CANCELLED]
    assert [t.assignee_ids for t in tasks] == [(3,)]
    assert "配布資料" in tasks[0].title


def test_a_lead_when_you_have_a_moment_is_no_part_of_the_title() -> None:
    [d] = read("[To:2]佐藤 花子さん\nお手すきの際に議事録を見ていただけますか？")
    assert d.title.startswith("議事録")
    [e] = read("[To:2]佐藤 花子さん\n会議の際に配る資料を用意してください")
    assert "会議" in e.title  # an occasion that says which material stays


def test_the_ordered_thing_arriving_closes_the_order() -> None:
    a = m(1, 2, "コピー用紙が切れそうなので、業者さんに注文しておきます")
    b = m(2, 2, "コピー用紙、業者さんから届きました")
    assert fold(a)[0].status == TaskStatus.OPEN
    assert fold(a, b)[0].status == TaskStatus.DONE
    assert fold(a, m(2, 2, "コピー用紙は明日届くそうです"))[0].status == TaskStatus.OPEN


def test_a_detour_is_how_one_goes_not_work() -> None:
    assert read("明日の配送は、橋が工事中なので川沿いの道で迂回します", sender=2) == []


def test_taking_a_thing_somewhere_on_a_named_day_is_a_promise_about_that_thing() -> None:
    [d] = read("プロジェクター、映りが悪いので、金曜に業者さんへ持っていきます", sender=2)
    assert d.kind == "commitment" and d.title.startswith("プロジェクター")
    assert d.due == Due(day=date(2026, 11, 20))
    assert read("予備の延長コードは車に積んでいきますね", sender=2) == []


def test_an_interjection_before_a_cancellation_changes_nothing() -> None:
    a = m(1, 2, "I'll put together a quote for the extra shelving by tomorrow")
    b = m(2, 2, f"{rp(1, 1)}hmm scratch the shelving quote, they found one second-hand")
    assert [t.status for t in fold(a, b)] in ([], [TaskStatus.CANCELLED])


def test_a_need_stated_or_a_check_awaited_asks_for_the_work() -> None:
    drafts = read("コピー用紙の在庫、残り1箱です。発注が必要です", sender=3)
    assert len(drafts) == 1 and "コピー用紙" in drafts[0].title
    [d] = read("[To:2]佐藤 花子さん\n来月のシフト表、佐藤さんの確認待ちです")
    assert d.assignees == (2,) and "シフト表" in d.title
    assert read("[rp aid=2 to=1-1]はい、申込書が要ります。", sender=3) == []


def test_two_works_joined_by_to_each_with_its_thing_are_two_tasks() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\n契約書の誤字チェックと添付資料の差し替え、金曜までにお願いします"
    )
    assert len(drafts) == 2 and "誤字" in drafts[0].title and "添付資料" in drafts[1].title
    assert all(d.due == Due(day=date(2026, 11, 20)) for d in drafts)
    [one] = read("[To:2]佐藤 花子さん\n見積と請求書の確認をお願いします")  # one check of two things
    assert "請求書" in one.title


def test_a_blocker_said_then_an_ask_after_a_comma_is_one_review_task() -> None:
    a = m(
        1,
        1,
        "[To:2]Sato Hanako\nblocked on your review for the label printer PR, mind taking a look before noon?",
    )
    [t] = fold(a)
    assert t.assignee_ids == (2,) and "label printer" in t.title
    b = m(2, 2, f"{rp(1, 1)}lgtm, one nit on the margins but not blocking")
    assert fold(a, b)[0].status == TaskStatus.DONE


def test_half_of_a_two_part_promise_reported_closes_that_half() -> None:
    a = m(1, 2, "I'll reprint the menus and update the price list in the shared folder")
    quote = f"[qt][qtmeta aid=2 time={BASE + 600}]I'll reprint the menus[/qt]"
    b = m(2, 2, f"{quote}\nmenus reprinted, 30 copies. havent updated the price list yet")
    statuses = {t.title.split()[0]: t.status for t in fold(a, b)}
    assert statuses == {"Reprint": TaskStatus.DONE, "Update": TaskStatus.OPEN}


def test_a_report_with_too_closes_the_pointed_task() -> None:
    a = m(1, 1, "[To:2]Sato Hanako\nsame for the back office printer please")
    b = m(2, 2, f"{rp(1, 1)}back office printer done too, toner replaced")
    assert fold(a, b)[0].status == TaskStatus.DONE


def test_a_customers_sama_is_an_honorific_not_a_courtesy() -> None:
    drafts = read(
        "【依頼】\n・大西様の契約書の再送 担当：佐藤さん／期限：11/18\n・倉庫の棚卸し 担当：鈴木さん"
    )
    assert [d.assignees for d in drafts] == [(2,), (3,)]
    assert "契約書" in drafts[0].title
    assert read("ご苦労様です", sender=2) == [] and read("お疲れ様です！", sender=2) == []


def test_an_obligation_by_a_time_addressed_asks_for_it() -> None:
    [d] = read("[To:2]佐藤 花子さん\n監査の件、提出書類を11/20の正午までに提出する必要があります")
    assert d.assignees == (2,) and "提出書類" in d.title
    assert d.due is not None and d.due.day == date(2026, 11, 20)


def test_a_limit_in_a_fragment_of_its_own_is_the_asks_deadline() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\ncan you print the new badges before the open day?\nnoon fri latest"
    )
    assert d.due == Due(day=date(2026, 11, 20), at=time(12, 0))


def test_an_offer_to_help_if_needed_and_a_day_off_are_no_tasks() -> None:
    assert read("if anyone needs a hand with the raffle just shout, i'm free next week") == []
    assert read("年末年始はお休みします。1/5から出社です", sender=2) == []


def test_a_space_after_a_polite_past_ends_the_sentence() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n明日の面談者への確認電話、今日中にお願いします")
    b = m(2, 2, "確認電話、全員かけ終わりました 1名は日程変更の希望ありです")
    assert fold(a, b)[0].status == TaskStatus.DONE


def test_a_bare_receipt_is_no_done_report_of_the_receivers_own_task() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n届いた原稿の校正、金曜までにお願いします")
    b = m(2, 3, "原稿、佐藤さんの共有フォルダに入れました")
    c = m(3, 2, "受け取りました！")
    assert fold(a, b, c)[0].status == TaskStatus.OPEN
    p = m(1, 1, "[To:2]佐藤 花子さん\n3社の見積書、集めてもらえますか？")
    q = m(2, 2, f"{rp(1, 1)}3社とも見積書を受け取りました")
    assert fold(p, q)[0].status == TaskStatus.DONE  # a receipt that names its thing reports


def test_m_of_n_done_is_a_partial_report() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n新商品5点の撮影、今週中にお願いします")
    b = m(2, 2, "撮影、5点中3点まで終わりました。残りは明日です")
    assert fold(a, b)[0].status == TaskStatus.OPEN


def test_a_phrasal_past_reports_and_you_two_is_no_part_of_the_title() -> None:
    a = m(1, 2, "the spare key is at the front desk, ill pick it up tomorrow")
    b = m(
        2,
        2,
        f"[qt][qtmeta aid=2 time={BASE + 600}]ill pick it up tomorrow[/qt]\npicked up, on my desk now",
    )
    assert fold(a, b)[0].status == TaskStatus.DONE
    [d] = read(
        "[To:2]佐藤 花子さん[To:3]鈴木 一郎さん\ncan you two repaint the hallway sign by friday?"
    )
    assert d.title.startswith("Repaint") and d.assignees == (2, 3)
