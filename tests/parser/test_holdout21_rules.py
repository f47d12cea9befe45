# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what holdout 21 showed after it was scored: one test per general rule,
written with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit

KIT = RuleKit(7960, MEMBERS[:3])
read, m, fold = KIT.read, KIT.m, KIT.fold


def test_an_ask_with_no_thing_takes_the_topic_an_earlier_clause_opened_with() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n会員カードの申込書、受付の分がなくなりそうです。50枚追加で刷ってもらえますか？"
    )
    assert d.title.startswith("会員カードの申込書")
    [e] = read(
        "[To:2]佐藤 花子さん\n秋号の特集ページ、写真の差し替えが終わりました。レイアウトへの流し込みをお願いできますか？"
    )
    assert "特集ページ" in e.title


def test_an_ask_that_names_its_thing_or_a_closing_keeps_its_own_words() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n会員カードの申込書、受付の分がなくなりそうです。在庫の確認をお願いします"
    )
    assert d.title.startswith("在庫")
    assert read("コピー機のトナー、交換しておきました。週末もよろしくお願いします", sender=2) == []


def test_call_them_back_names_the_caller() -> None:
    body = "[To:2]佐藤 花子さん\n山本様からお電話がありました。「請求書の宛名を変えたい」とのことです。折り返しお願いします"
    [d] = read(body)
    assert "山本様" in d.title and "折り返し" in d.title


def test_bare_steps_in_a_list_are_steps_of_the_thing_its_header_names() -> None:
    body = "研修資料の件です。\n・作成：佐藤さん（金曜中）\n・レビュー：鈴木さん（来週月曜まで）"
    drafts = read(body)
    assert [d.title for d in drafts] == ["研修資料の作成", "研修資料のレビュー"]
    assert [d.assignees for d in drafts] == [(2,), (3,)]


def test_an_owner_after_a_colon_with_a_bare_day_after_the_name() -> None:
    body = "【担当】\n・会報の表紙の選定：佐藤さん\n・理事長インタビューのまとめ：鈴木さん 11/20(金)まで"
    drafts = read(body)
    assert [d.assignees for d in drafts] == [(2,), (3,)]
    assert drafts[1].due is not None and "インタビュー" in drafts[1].title


def test_going_to_pick_something_up_is_a_promise() -> None:
    [d] = read("ありがとうございます！資料のUSB、火曜に取りに伺います", sender=2)
    assert d.kind == "commitment" and "USB" in d.title


def test_a_part_done_and_still_a_third_keeps_it_open_and_could_not_moves_it() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n講演の文字起こしをお願いします。金曜まで")
    part = m(2, 2, "講演の文字起こし、前半は済んでます。思ったより長くて…まだ3分の1です")
    [task] = fold(ask, part)
    assert task.status is TaskStatus.OPEN
    late = m(
        3,
        2,
        f"{KIT.rp(1, 1)}すみません、文字起こし、今日中は無理でした…明後日の日曜までには必ず送ります",
    )
    [task] = fold(ask, part, late)
    assert task.status is TaskStatus.OPEN and task.due is not None and task.due.day.weekday() == 6


def test_received_after_a_comma_closes_the_pickup() -> None:
    promise = m(1, 2, "資料のUSB、火曜に取りに伺います")
    got = m(
        2,
        2,
        "[qt][qtmeta aid=2 time=1794787800]資料のUSB、火曜に取りに伺います[/qt]\nUSB、受け取りました！",
    )
    [task] = fold(promise, got)
    assert task.status is TaskStatus.DONE


def test_what_the_asked_thing_should_hold_is_a_detail_even_with_mo() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n先月分のクレームの集計、明日中にお願いできますか。件数だけでなく分類別の内訳もつけてください。"
    )
    assert "集計" in d.title


def test_reusing_the_last_one_says_how() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n控えの返送、3営業日以内にお願いします。送り状は前回のものを流用してください。"
    )
    assert "返送" in d.title


def test_a_part_arriving_is_no_promise_and_a_later_announcement_is_no_task() -> None:
    assert read("部品は8/16(金)入荷予定です。", sender=2) == []
    assert (
        read("模試の申込、最終31名でした！当日の監督シフトは来週お知らせします。", sender=2) == []
    )


def test_phoned_but_they_could_not_keeps_it_open_and_the_requester_moves_it() -> None:
    ask = m(
        1,
        1,
        "[To:2]佐藤 花子さん\n給湯器の点検、業者さんに手配をお願いします。金曜中だと助かります",
    )
    tried = m(
        2,
        2,
        f"{KIT.rp(1, 1)}業者さんに電話しましたが、今週はいっぱいで無理とのことでした。来週火曜なら来られるそうです",
    )
    moved = m(3, 1, f"{KIT.rp(2, 2)}了解です、では期限は来週火曜に変更で。")
    [task] = fold(ask, tried, moved)
    assert task.status is TaskStatus.OPEN and task.due is not None and task.due.day.weekday() == 1


def test_both_by_a_day_after_a_list_gives_every_line_the_day() -> None:
    body = "[To:2]佐藤 花子さん [To:3]鈴木 一郎さん\n口コミの返信をまとめてやりましょう。\n・低評価の返信文案：佐藤さん\n・お礼の返信：鈴木さん\nどちらも金曜までにお願いします。"
    drafts = read(body)
    assert len(drafts) == 2 and all(d.due is not None for d in drafts)


def test_so_many_left_with_a_verb_keeps_it_open() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\nお礼状の下書きをお願いします")
    part = m(2, 2, "お礼状、下書きまでできました。あと8件残ってます")
    [task] = fold(ask, part)
    assert task.status is TaskStatus.OPEN


def test_a_part_in_a_state_is_no_partial_report() -> None:
    body = "昨日の雨のあと、駐車場のラインが一部剥げてるのに気づきました。業者さんに補修の見積もり頼んでおきます"
    [d] = read(body, sender=2)
    assert d.kind == "commitment" and "補修" in d.title
    ask = m(1, 1, "[toall]\n売場の写真、展開したら撮って貼ってください")
    note = m(2, 2, body)
    assert len(fold(ask, note)) == 2


def test_a_promise_pointing_at_what_was_just_done_is_no_acceptance_of_an_older_task() -> None:
    ask = m(1, 1, "[toall]\neveryone pls log your hours in the tracker by Friday")
    merged = m(2, 2, "merged. will roll it to the Osaka fleet tomorrow")
    tasks = fold(ask, merged)
    assert len(tasks) == 2 and tasks[0].due is not None and tasks[0].due.day.weekday() == 4


def test_phoned_but_nobody_was_there_closes_nothing() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n撮影許可の申請、金曜までに出してもらえますか")
    tried = m(2, 2, "市役所に電話しましたが、担当の方が不在でした")
    [task] = fold(ask, tried)
    assert task.status is TaskStatus.OPEN


def test_a_filing_that_went_through_is_done() -> None:
    promise = m(1, 2, "道路使用許可は私の方で取ります")
    through = m(2, 2, "道路使用許可、受理されました🚓")
    [task] = fold(promise, through)
    assert task.status is TaskStatus.DONE


def test_please_have_them_by_a_day_after_a_list_gives_every_line_the_day() -> None:
    body = "[To:2]佐藤 花子さん [To:3]鈴木 一郎さん\nfor Thursday's review:\n- Hanako: three logo routes\n- Ichiro: two colour boards\nplease have them in the folder by Wed EOD 🙏"
    drafts = read(body)
    assert len(drafts) == 2 and all(d.due is not None for d in drafts)


def test_a_thing_up_somewhere_is_done() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\ncould you make two colour boards by wednesday?")
    up = m(2, 2, "colour boards up in /review 🎨")
    [task] = fold(ask, up)
    assert task.status is TaskStatus.DONE


def test_work_promised_once_something_is_ready_is_a_promise_but_reporting_is_not() -> None:
    [d] = read(
        "I'll pull the budget together once we have the quotes, no point before then", sender=2
    )
    assert d.kind == "commitment" and "budget" in d.title
    assert read("I'll share once I hear back", sender=2) == []


def test_a_note_then_a_dash_then_an_action_item_is_that_item() -> None:
    body = "Review notes:\n・Route B is the favourite — Hanako to tighten the body copy (~11/12)\n・Ichiro: adapt board 2 into the key visual by 11/14\n・I'll book the client slot"
    drafts = read(body)
    assert [d.assignees for d in drafts] == [(2,), (3,), (1,)]
    assert "body copy" in drafts[0].title


def test_a_long_promise_ending_in_it_names_the_thing_said_before() -> None:
    [d] = read(
        "heads up: the printer queue on 3F is jammed again. I'll swing by after lunch and reset it",
        sender=2,
    )
    assert "printer queue" in d.title and d.title.startswith("Swing by")


def test_a_new_subject_arriving_after_a_comma_is_its_own_clause() -> None:
    [d] = read(
        "unit 4's door sensor is acting up again. I'll swap it Monday, spares arrive Saturday",
        sender=2,
    )
    assert "door sensor" in d.title and "spares" not in d.title


def test_run_one_is_the_thing_the_customer_asked_whether_we_could_do() -> None:
    body = "[To:1]田中 太郎さん\nthe client asked if we can do a demo for their night-shift leads before go-live. any chance you could run one?"
    [d] = read(body, sender=2)
    assert "demo" in d.title


def test_still_on_a_thing_in_a_standup_plan_is_no_new_promise() -> None:
    body = "standup:\nDone: tests for the order model\nNext: nothing new, still on the cost report\nBlockers: none"
    assert read(body, sender=2) == []


def test_conditions_time_allowances_and_details_later_ask_for_nothing() -> None:
    assert (
        read(
            "[toall]\nリリースは金曜15時に配信予定です。取材の問い合わせが来たら私に回してください。",
            sender=2,
        )
        == []
    )
    assert (
        read(
            "[To:1]田中 太郎さん\n英語版は文字数が増えるので、レイアウト調整に2日ほど見ておいてください。",
            sender=2,
        )
        == []
    )
    assert (
        read("今週もお疲れ様でした。来週は立会いがあるので、詳細は月曜に共有します。", sender=2)
        == []
    )


# Rules added on 2026-12-05 from holdout 21's English half (seen since 2026-12-04).

EN = RuleKit(7961, [*MEMBERS[:3], MEMBERS[3]])


def test_can_do_accepts() -> None:
    assert EN.read("can do", sender=4) == []


def test_verb_away_is_leave_to_go_ahead() -> None:
    assert EN.read("all 8 checked, no issues. ship away", sender=4) == []


def test_an_hour_said_firm_after_the_ask_is_its_hour() -> None:
    [d] = EN.read(
        "[To:2]佐藤 花子さん\ncould you box the samples before the courier today? 16:00 is hard",
        sender=4,
    )
    assert d.due is not None and d.due.at is not None and d.due.at.hour == 16


def test_what_a_department_wants_is_the_thing_to_have_ready() -> None:
    [d] = EN.read(
        "[To:2]佐藤 花子さん\nthe Finance dept wants 12 spare monitors set up for their audit. can you have them ready by Friday?",
        sender=4,
    )
    assert "12 spare monitors" in d.title


def test_called_but_got_voicemail_leaves_the_ask_open() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\n大家さんに駐車場の件を聞いてもらえますか？金曜までに")
    tried = m(2, 2, f"{KIT.rp(1, 1)}大家さんに電話したけど留守電でした。メッセージ残してあります")
    [t] = fold(ask, tried)
    assert t.status == TaskStatus.OPEN


def test_what_is_still_missing_is_what_the_ask_is_for() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n10月分の交通費精算、領収書がまだ2件出ていません。締めが近いので、明日までに提出お願いします"
    )
    assert "領収書" in d.title


def test_about_a_share_drafted_is_unfinished_and_a_figure_is_not() -> None:
    ask = EN.m(
        1,
        1,
        "Action items:\n- 佐藤 花子 to draft the supplier letter (by Friday)\n- Grace: book the van",
    )
    part = EN.m(
        2, 2, f"{EN.rp(1, 1)}the supplier letter is about 70% drafted; I'll need until Monday"
    )
    tasks = {t.title: t for t in EN.fold(ask, part)}
    letter = next(t for k, t in tasks.items() if "letter" in k)
    assert letter.status == TaskStatus.OPEN
    assert [d.kind for d in EN.read("survey results attached, 96% completed", sender=2)] == []


def test_days_offered_to_choose_from_are_no_deadline() -> None:
    [d] = EN.read(
        "[To:2]佐藤 花子さん\ncould you reply to them with Tuesday or Wednesday afternoon?",
        sender=4,
    )
    assert d.due is None


def test_a_report_then_a_plan_in_ing_is_a_promise_on_the_numbered_thing() -> None:
    [d] = EN.read(
        "smoke test on pumps 1–4: 3 of 4 passed. pump 3 trips the breaker, rechecking tomorrow",
        sender=4,
    )
    assert d.kind == "commitment" and d.title == "Recheck pump 3"


def test_a_fault_that_stays_keeps_the_retest_open() -> None:
    plan = EN.m(1, 4, "pump 3 trips the breaker, retesting tomorrow")
    still = EN.m(2, 4, "pump 3 still fails the pressure test. swapped the seal, same result")
    assert [d.kind for d in EN.read("the pump still crashes on start", sender=4)] == []
    [t] = EN.fold(plan, still)
    assert t.status == TaskStatus.OPEN


def test_what_was_asked_for_has_come_in() -> None:
    ask = EN.m(1, 1, "[toall]\neveryone pls file your expense receipts by Friday")
    done = EN.m(
        2,
        1,
        "[qt][qtmeta aid=1 time=1794787800]everyone pls file your expense receipts by Friday[/qt]\nall receipts are in now, thanks team",
    )
    [t] = EN.fold(ask, done)
    assert t.status == TaskStatus.DONE
    assert EN.read("I'm in", sender=4) == []


def test_a_bare_review_ask_takes_the_thing_reported_after_its_dash() -> None:
    [d] = EN.read("ptal — firmware 5.2 fixes the overheating on long runs", sender=4)
    assert "firmware 5.2" in d.title


def test_a_decision_asked_for_is_closed_by_the_answer_and_an_ask_after_it() -> None:
    ask = m(
        1,
        2,
        "[To:1]田中 太郎さん\n表紙の写真、差し替え前提で進めてよいか、今週中にご判断いただけますか。",
    )
    answer = m(2, 1, f"{KIT.rp(2, 1)}差し替え前提でOKです。表紙の枠だけ空けておいてください")
    tasks = fold(ask, answer)
    assert tasks[0].status == TaskStatus.DONE and tasks[0].answer


def test_a_call_that_delivers_the_work_before_it_is_one_promise() -> None:
    drafts = read("ありがとうございます！見積を2案作って、明日中にお電話します", sender=2)
    assert len(drafts) == 1 and "見積" in drafts[0].title
    two = read("単価表は明日更新して、先方に送付します", sender=2)
    assert len(two) == 2


def test_a_promise_in_a_reply_from_someone_outside_the_task_is_their_own() -> None:
    plan = m(
        1, 2, "問題集のプリント、紙が切れて途中までしか刷れてないです…明日の朝イチで残り刷ります"
    )
    other = m(2, 3, f"{KIT.rp(2, 1)}佐藤さん\n替えのトナーを発注しておきます。月曜に届く予定です")
    tasks = fold(plan, other)
    assert any("トナー" in t.title and t.assignee_ids == (3,) for t in tasks)
    ask = EN.m(1, 1, "[To:2]佐藤 花子さん\ncould you export the invoices by Wednesday?")
    claim = EN.m(2, 4, f"{EN.rp(1, 1)}back! I'll take this one")
    assert len(EN.fold(ask, claim)) == 1


def test_a_check_before_the_promised_job_is_part_of_it() -> None:
    drafts = read("承知しました。図面確認して、明日には見積お送りします", sender=2)
    assert len(drafts) == 1 and "見積" in drafts[0].title


def test_two_names_calling_out_the_ask_are_both_its_assignees() -> None:
    [d] = read(
        "[To:2][To:3]\n佐藤さん、鈴木さん、担当クラスの出欠表を金曜までに出しといてもらえる？"
    )
    assert d.assignees == (2, 3) and "出欠表" in d.title and "鈴木" not in d.title


def test_the_tasks_own_work_done_beside_something_else_not_yet_closes_it() -> None:
    plan = m(1, 2, "あー、新しい画面の文言、まとめて増えてましたね。訳の追加、巻き取ります")
    done = m(2, 2, "訳の追加終わりました！ 20 キー。ビルドはまだです")
    [t] = fold(plan, done)
    assert t.status == TaskStatus.DONE
    part = m(3, 2, "訳の追加、画面Aの分は終わりました。残りの分はこれからです")
    [t2] = fold(plan, part)
    assert t2.status == TaskStatus.OPEN


def test_news_from_someone_outside_a_task_does_not_close_it() -> None:
    plan = EN.m(1, 3, "I'll pick up the export crash (BUG-77). blocked by the db migration though")
    news = EN.m(
        2, 4, f"{EN.rp(3, 1)}migration PR is up. could you review it? then you're unblocked"
    )
    tasks = {t.title: t.status for t in EN.fold(plan, news)}
    assert tasks["Pick up the export crash (BUG-77)"] == TaskStatus.OPEN


def test_a_report_on_ones_own_item_of_a_list_closes_only_that_item() -> None:
    plan = EN.m(
        1,
        1,
        "this week:\n- 佐藤 花子: finish the reruns by Wed\n- [To:3]鈴木 一郎 can you ask the vendor for a quote on the new tips",
    )
    done = EN.m(2, 3, f"{EN.rp(1, 1)}quote requested from the vendor, they said 2–3 days")
    tasks = EN.fold(plan, done)
    assert [t.status for t in tasks] == [TaskStatus.OPEN, TaskStatus.DONE]


def test_tell_me_which_asks_for_an_answer_and_a_plan_after_the_answer_still_answers() -> None:
    ask = EN.m(
        1,
        1,
        "[To:4]Grace Hopper\naudit notes came in, 4 items. can you tell me by wed which ones we can fix this sprint?",
    )
    answer = EN.m(
        2,
        4,
        f"{EN.rp(1, 1)}items 1 and 2 are quick, 3 needs a schema change so I'd push it to the next release",
    )
    [t] = EN.fold(ask, answer)
    assert t.answer and t.status == TaskStatus.DONE


def test_two_thirds_done_and_would_a_later_day_do_move_the_task() -> None:
    ask = EN.m(
        1,
        1,
        "Action items:\n- Grace: draft the supplier letters (by Wednesday)\n- 佐藤 花子: book the van",
    )
    later = EN.m(
        2,
        4,
        f"{EN.rp(1, 1)}The letters are about two-thirds done; the list grew. Would Friday be acceptable?",
    )
    ok = EN.m(3, 1, f"{EN.rp(4, 2)}Yes, that is fine.")
    letters = next(t for t in EN.fold(ask, later, ok) if "letters" in t.title)
    assert letters.status == TaskStatus.OPEN
    assert letters.due is not None and letters.due.day.isoformat() == "2026-11-20"
    assert [d.kind for d in EN.read("is Friday a holiday?", sender=4)] == []


def test_the_senders_words_after_a_closed_pasted_block_are_read() -> None:
    body = (
        "[To:4]Grace Hopper\nguest mail for Friday, pasting it here:\n---\nDear team, could you arrange a high chair?\n---\n"
        "please have a high chair set up in 804 by Thursday. I'll answer her about the late checkout tomorrow"
    )
    drafts = EN.read(body, sender=1)
    assert [d.kind for d in drafts] == ["request", "commitment"]
    assert "high chair" in drafts[0].title and "late checkout" in drafts[1].title


def test_the_thing_in_the_room_it_was_asked_for_is_done() -> None:
    ask = EN.m(1, 1, "[To:4]Grace Hopper\nplease have a high chair set up in 804 by Thursday")
    done = EN.m(2, 4, f"{EN.rp(1, 1)}high chair is in 804 ✅")
    [t] = EN.fold(ask, done)
    assert t.status == TaskStatus.DONE


def test_a_report_line_then_asking_a_maker_is_the_senders_promise_on_the_thing() -> None:
    [d] = read(
        "【日報】本店 田中\n売上 30万\n・冷凍庫の霜取りが効かない→明日メーカーに点検依頼します"
    )
    assert d.kind == "commitment" and d.assignees == (1,) and "霜取り" in d.title


def test_got_through_to_the_vendor_closes_the_call_and_its_day_is_not_the_others() -> None:
    plan = m(1, 2, "【日報】\n■明日やること\n・空調の清掃業者に連絡\n・来月のシフト作成")
    news = m(
        2,
        2,
        "[qt][qtmeta aid=2 time=1794787800]・空調の清掃業者に連絡[/qt]\n業者さん連絡つきました、来週水曜に入ってもらいます。シフトの方はまだ作成中です",
    )
    tasks = {t.title: t for t in fold(plan, news)}
    call = next(t for k, t in tasks.items() if "業者" in k)
    shift = next(t for k, t in tasks.items() if "シフト" in k)
    assert call.status == TaskStatus.DONE
    assert shift.status == TaskStatus.OPEN and shift.due is not None
    assert shift.due.day.isoformat() == "2026-11-17"


def test_pasted_notes_ask_nothing_but_their_owned_items() -> None:
    drafts = EN.read(
        "notes from the review, pasted:\n- scope creep ≠ new scope, they mean the former\n- the baseline is weaker than it looks\n- Grace: rerun the ablation with seed 7",
        sender=1,
    )
    assert [(d.assignees, d.title) for d in drafts] == [((4,), "Rerun the ablation with seed 7")]


def test_remind_me_where_asks_for_information() -> None:
    assert (
        EN.read(
            "can someone remind me where the spare badges are kept? the new intern starts monday",
            sender=4,
        )
        == []
    )


def test_a_word_heading_the_block_after_it_is_no_ask() -> None:
    assert (
        EN.read(
            "fridge 2 read 7°C overnight, the tech swapped the seal, 3°C now. log:\n```\n02:00 6.8C\n```",
            sender=4,
        )
        == []
    )


def test_a_wished_for_act_in_the_past_is_the_work_and_its_thing_is_in_closes_it() -> None:
    wish = EN.m(
        1, 1, "would be nice if someone added a migration note for the tz switch before we tag 5.0"
    )
    [d] = EN.read(
        "would be nice if someone added a migration note for the tz switch before we tag 5.0",
        sender=1,
    )
    assert d.title.startswith("Add a migration note")
    done = EN.m(
        2,
        4,
        f"{EN.rp(1, 1)}migration note for the tz switch is in, went in as a follow-up commit ✅",
    )
    [t] = EN.fold(wish, done)
    assert t.status == TaskStatus.DONE


def test_a_list_item_that_names_the_sender_as_its_subject_is_their_promise() -> None:
    drafts = read(
        "決まったことまとめます\n【ToDo】\n・会場の予約（佐藤さん）\n・市役所への後援申請は田中がやります"
    )
    assert [(d.kind, d.assignees) for d in drafts] == [("request", (2,)), ("commitment", (1,))]


def test_also_by_a_day_said_short_is_a_second_ask_and_its_day_is_for_both() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\n運送会社に再配達の手配をお願いします。お客さまへのお詫びの連絡もあわせて今日中で"
    )
    assert len(drafts) == 2 and "お詫び" in drafts[1].title
    assert drafts[0].due is not None and drafts[0].due == drafts[1].due


def test_an_offer_to_stand_in_if_needed_is_no_task() -> None:
    assert read("#12の件、佐藤さん忙しそうなら代わりにやりますよ〜", sender=3) == []
    [d] = read("明日晴れたら倉庫の草刈りします", sender=3)
    assert d.kind == "commitment"


def test_part_done_and_the_rest_later_is_progress_on_the_held_task() -> None:
    ask = EN.m(1, 1, "[To:4]Grace Hopper\ncan you mark the placement tests for your groups?")
    part = EN.m(
        2, 4, "[To:1]田中 太郎\nmorning groups done. will do the afternoon ones after lunch"
    )
    assert len(EN.fold(ask, part)) == 1


def test_lets_get_it_done_in_a_reply_asks_the_one_replied_to() -> None:
    report = EN.m(
        1, 4, "site survey: 4 of 6 blocks flown, wind picked up, the last two need another trip"
    )
    ask = EN.m(
        2, 1, f"{EN.rp(4, 1)}ok. let's get the last 2 blocks rebooked within 2 business days"
    )
    [t] = EN.fold(report, ask)
    assert t.assignee_ids == (4,) and "blocks" in t.title


def test_what_i_need_is_the_thing_of_a_bare_ask_after_it() -> None:
    [d] = EN.read(
        "[To:4]Grace Hopper\nI'll need the serial number for the warranty claim — 明日までにもらえると助かります",
        sender=1,
    )
    assert "serial number" in d.title and d.due is not None


def test_the_ones_received_today_and_a_casual_go_ahead() -> None:
    [d] = read("[toall]\n#12、今日受けた分は、端末名をチケットに追記しといてください")
    assert d.due is None
    [e] = read("[To:2]佐藤 花子さん\n完璧、このまま送っちゃって")
    assert e.kind == "request"


def test_only_talking_again_later_is_a_courtesy() -> None:
    assert (
        read("[To:2]佐藤 花子さん\n仕様が変わるため、次回の定例で改めてご相談させていただきます。")
        == []
    )
    [d] = read("見積書は改めて作り直して明日お送りします", sender=2)
    assert d.kind == "commitment"


def test_as_soon_as_it_arrives_with_a_day_is_one_piece_of_work() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n大丈夫です。証明書が届き次第、12/4までに追加で提出してください。"
    )
    assert d.kind == "request" and d.due is not None
    assert read("[To:2]佐藤 花子さん\n不具合は見つけ次第チケットを切ってください") == []


def test_about_two_thirds_done_and_what_still_needs_work_is_progress() -> None:
    ask = EN.m(1, 1, "[To:4]Grace Hopper\ncan you do the LQA pass on the tutorial?")
    part = EN.m(
        2, 4, f"{EN.rp(1, 1)}tutorial LQA is ~2/3 done, the chapter 3 cutscenes still need a pass"
    )
    [t] = EN.fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_forget_this_one_calls_the_quoted_ask_off_and_same_deadline_gives_its_day() -> None:
    ask = EN.m(1, 1, "[To:4]Grace Hopper\ncould you do the noise study for the library by 9/13?")
    off = EN.m(
        2,
        1,
        "[qt][qtmeta aid=1 time=1794787800]could you do the noise study for the library by 9/13?[/qt]\nno worries, forget this one then",
    )
    assert EN.fold(ask, off)[0].status == TaskStatus.CANCELLED
    [d] = EN.read(
        "[To:2]佐藤 花子さん\nany chance you could pick up the noise study? same deadline, 9/13",
        sender=1,
    )
    assert d.due is not None and d.due.day.month == 9
    assert EN.read("no worries, take the time you need 👍", sender=1) == []


def test_a_promise_and_could_you_in_one_sentence_are_two_tasks() -> None:
    drafts = EN.read(
        "[To:2]佐藤 花子さん\nI'll call the caterer today, and could you confirm the final headcount with the couple by friday?",
        sender=1,
    )
    assert [(d.kind, d.assignees) for d in drafts] == [("commitment", (1,)), ("request", (2,))]


def test_what_a_party_needs_is_the_it_to_get_from_someone() -> None:
    [d] = EN.read(
        "[To:2]佐藤 花子さん\nthe customs broker needs the packing list for the pallets before they file. can you get it from the supplier?",
        sender=1,
    )
    assert d.title == "Get the packing list for the pallets from the supplier"


def test_talking_with_someone_is_about_what_was_asked_for() -> None:
    [d] = EN.read(
        "[To:2]佐藤 花子さん\nMs. Okafor in 804 asked for an extra bed tomorrow, 6pm. can you check with housekeeping and confirm with her before noon?",
        sender=1,
    )
    assert d.title == "Check with housekeeping and confirm with her about an extra bed"


def test_handing_over_at_pick_up_takes_the_thing_from_the_answer_not_where_it_is_kept() -> None:
    ask = m(1, 2, "延長保育の申込書って必要ですよね？")
    answer = m(2, 1, f"{KIT.rp(2, 1)}そうです、申込書が要ります。用紙は事務室の棚の上段にあります")
    promise = m(
        3, 2, f"{KIT.rp(1, 2)}ありがとうございます！お迎えのときに保護者の方に渡しておきます"
    )
    [t] = fold(ask, answer, promise)
    assert t.title.startswith("申込書")


def test_before_anything_else_is_when_not_what() -> None:
    [d] = EN.read(
        "[To:2]佐藤 花子さん\ncan you fix the login crash before anything else?", sender=1
    )
    assert d.title == "Fix the login crash"
