# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what holdout 32 showed after it was scored: one test per general rule,
written with sentences of their own (not the labelled messages). The room's messages start
on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit, day_of

MEMBERS = [
    Member(account_id=41, name="小野寺 彩"),
    Member(account_id=42, name="杉本 亮"),
    Member(account_id=43, name="Nora Hill"),
]
KIT = RuleKit(7993, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_status_lines_of_a_list_are_where_things_stand() -> None:
    text = "quick weekly update:\n- orders sync: stable, p95 down to 40m\n- search index: WIP, half the shards done\n- [To:43]Nora Hill could you add the graphs to the postmortem doc by Friday?"
    [t] = read(text, sender=41)
    assert "graphs" in t.title and t.assignees == (43,)


def test_a_letter_pasted_in_an_info_box_is_someone_elses_words() -> None:
    text = "[To:42]杉本さん\nお客様から直接メールが来てたので貼ります👇\n[info][title]青葉眼鏡店 様より（11/16受信）[/title]ご担当者様\nいつもお世話になっております。\n電話番号に誤りがございました。ご修正をお願いできますでしょうか。[/info]\nお客様に受領の返信だけしておいてもらえますか？ 電話番号の修正は私がやります"
    tasks = read(text, sender=41)
    assert [(t.assignees, t.kind) for t in tasks] == [((42,), "request"), ((41,), "commitment")]


def test_made_it_so_reports_the_change_asked_for() -> None:
    ask = m(
        1,
        41,
        "[To:42]杉本さん\n電話番号、もうちょい太くしてほしいとのことです。本日中にいけますか🙏",
    )
    [t] = fold(ask, m(2, 42, f"{rp(41, 1)}太くしました〜　v3です"))
    assert t.status.value == "done"
    ask = m(1, 41, "[To:42]杉本さん\n見出しを赤字にしていただけますか")
    [t] = fold(ask, m(2, 42, f"{rp(41, 1)}見出しを赤字にいたしました"))
    assert t.status.value == "done"


def test_the_day_of_an_event_with_a_courtesy_is_no_task() -> None:
    assert read("施工当日はどうぞよろしくお願いいたします。", sender=41) == []


def test_counted_asks_above_a_numbered_list_ask_for_each_item_and_both_take_the_promised_day() -> (
    None
):
    ask = m(
        1,
        41,
        "[To:42]杉本様\nチラシにつきまして、2点お願いがございます。\n1. 営業時間の表記を「月曜定休」から「月・火定休」に変更\n2. 地図をもう一回り大きく\nお手数をおかけいたしますが、ご対応のほどよろしくお願い申し上げます。",
    )
    reply = m(
        2,
        42,
        f"{rp(41, 1)}ご確認いただき、ありがとうございます。2点とも承知いたしました。修正版は週明けにお送りいたします。",
    )
    a, b = fold(ask, reply)
    assert "月曜定休" in a.title and "地図" in b.title
    assert day_of(a) == day_of(b) == "2026-11-24"  # (11/23 is 勤労感謝の日)


def test_a_promise_that_asks_for_a_nod_is_still_a_promise_with_its_day() -> None:
    ask = m(1, 43, "[To:41]小野寺 彩\nWould you mind sending the HS code list by Monday? 🙏")
    reply = m(2, 41, f"{rp(43, 1)}Japan is holiday 11/23-11/24. I will send on 11/20, OK?")
    [t] = fold(ask, reply)
    assert day_of(t) == "2026-11-20"


def test_someone_and_me_will_do_it_is_the_senders_promise() -> None:
    ask = m(1, 41, "[To:43]Nora Hill\nplease log the humidity readings this week 📈")
    reply = m(
        2,
        43,
        f"{rp(41, 1)}sorry, we could not do it this week 🙇 Oscar-san and me will do it on 11/24 before install starts.",
    )
    [t] = fold(ask, reply)
    assert day_of(t) == "2026-11-24"


def test_a_remark_in_brackets_about_a_day_sets_no_deadline() -> None:
    ask = m(
        1, 41, "[To:43]Nora Hill\ncould you check the screenshots? 来週火曜までにお願いします🙏"
    )
    reply = m(2, 43, f"{rp(41, 1)}Sure, will do 🙂 (Monday is a holiday for you, not for me 😄)")
    [t] = fold(ask, reply)
    assert day_of(t) == "2026-11-24"


def test_closed_for_a_holiday_on_days_is_no_new_day() -> None:
    ask = m(1, 41, "[To:43]Nora Hill\nPrint 50 flyers by 11/27 please")
    reply = m(
        2,
        43,
        f"{rp(41, 1)}will do 🖨 heads up, the print shop is closed for the holidays 11/23–11/24",
    )
    [t] = fold(ask, reply)
    assert day_of(t) == "2026-11-27"


def test_one_item_picked_by_a_bare_number_is_the_ask_and_the_rest_are_told() -> None:
    text = "[To:41]小野寺さん\n【確認お願いします】\n1. 団体レッスンの見積書、フォルダに入れました\n2. リフト券の仕入れ、今年は200枚で発注予定です\n3. レンタルウェアの請求書が届いてます\n1だけ、今週中に見ていただけますか。先方が年内に決裁したいそうです"
    [t] = read(text, sender=42)
    assert "見積書" in t.title and t.assignees == (41,) and day_of(t) == "2026-11-20"


def test_this_season_too_is_a_courtesy() -> None:
    tasks = read(
        "[toall]\n今シーズンもよろしくお願いします⛷\n年末年始のシフト希望、今週金曜までに杉本さんに出してください。",
        sender=41,
    )
    assert [t.title for t in tasks] == ["年末年始のシフト希望 杉本さんに出す"]


def test_a_part_that_needs_another_pass_then_why_then_the_ask_is_one_task_named_by_the_ask() -> (
    None
):
    [t] = read(
        "[To:43]Nora Hill\nA is good to go ✅ B needs another pass — the glaze paragraph is too technical for a general audience. could you rewrite the glaze paragraph and send it back by Monday?",
        sender=41,
    )
    assert (
        "glaze paragraph" in t.title
        and t.title.lower().startswith("rewrite")
        and day_of(t) == "2026-11-16"
    )


def test_over_to_you_for_review_hands_over_the_thing_above() -> None:
    [t] = read(
        "[To:43]Nora Hill\nfirst pass of the heat map is up.\nover to you for review 👀", sender=41
    )
    assert "heat map" in t.title and t.assignees == (43,)


def test_a_thing_for_something_then_is_is_a_report_not_an_imperative() -> None:
    [t] = read(
        "[To:43]Nora Hill\nfix for the flaky healthcheck is in review → PR #4471. would you mind giving the healthcheck PR a review by Wednesday noon? 🙏",
        sender=42,
    )
    assert "healthcheck" in t.title and t.due is not None and t.due.at is not None


def test_would_you_have_time_to_is_an_ask() -> None:
    [t] = read(
        "copy for the posters v1 is in the doc.\n[To:43]Nora Hill would you have time to look over the copy before the friday call?",
        sender=41,
    )
    assert "copy" in t.title.lower() and t.assignees == (43,)


def test_an_excerpt_pasted_in_an_info_box_asks_for_nothing() -> None:
    [t] = read(
        "Distributor sent the QC spec, relevant bit below:\n[info][title]QC spec – deliverables (excerpt)[/title]Please deliver subtitle files as .stl and .srt.[/info]\n[To:43]Nora Hill could you take point on the subtitle files? need them by next Monday",
        sender=41,
    )
    assert t.assignees == (43,) and day_of(t) == "2026-11-23"


def test_a_template_pasted_in_an_info_box_asks_for_nothing() -> None:
    assert (
        read(
            "学生向けの案内文、テンプレを貼っておきます。\n[info][title]面談予約の案内（テンプレ）[/title]〇〇さん\n当日は履歴書の下書きをご持参ください。\n日時の変更がある場合は、前日までにご連絡ください。[/info]",
            sender=41,
        )
        == []
    )


def test_a_bracketed_notice_heading_makes_its_lines_how_things_will_go() -> None:
    assert (
        read(
            "【11/16 製造連絡】\n①食パン生地、小麦の入荷遅れのため本日は通常の8割で製造します\n②配送車2号車、車検のため11/18は1台体制です\n以上です。",
            sender=41,
        )
        == []
    )


def test_ill_tell_them_passes_word_on() -> None:
    assert (
        read(
            "[To:43]Nora Hill let me know when the search fix lands, I'll tell the faculty liaisons",
            sender=41,
        )
        == []
    )


def test_a_nudge_with_a_day_from_the_one_who_asked_moves_the_old_task() -> None:
    ask = m(
        1,
        41,
        "[To:43]Nora Hill when you get a chance could you write up the macro breakages in DATA-590?",
    )
    yes = m(2, 43, f"{rp(41, 1)}sure, will have the write-up in DATA-590 by next Tuesday")
    nudge = m(
        3,
        41,
        f"{rp(43, 1)}nudging this 👀 could we have the write-up by Friday? the upgrade is waiting on it",
    )
    [t] = fold(ask, yes, nudge)
    assert day_of(t) == "2026-11-20"


def test_went_through_it_closes_the_look_asked_for_and_names_no_thing_to_fix() -> None:
    ask = m(
        1,
        43,
        "first grading pass on reels 1–3 done.\n[To:41]小野寺 彩 please take a look when you can 🙏",
    )
    verdict = m(
        2,
        41,
        f"{rp(43, 1)}went through reels 1–3. reels 1 and 2 are good to go 👌 reel 3 needs another pass — the night exteriors in sc. 31–33 are too crushed. can you lift them by Thursday?",
    )
    look, fix = fold(ask, verdict)
    assert look.status.value == "done"
    assert "night exteriors" in fix.title and fix.assignee_ids == (43,)


def test_finish_it_after_one_part_done_and_one_not_is_the_part_not_done() -> None:
    [t] = read(
        "Network side: the new VLAN for the lobby is configured, but the firewall rule for the booking cloud is not yet. I will finish it until Wednesday.",
        sender=43,
    )
    assert "firewall rule" in t.title and day_of(t) == "2026-11-18"


def test_only_that_thing_then_why_then_move_it_by_an_amount_names_the_thing() -> None:
    [t] = read(
        "[To:42]杉本さん\n小梁 B3-12 の継手位置だけ、設備スリーブと干渉するので300ずらしてください",
        sender=41,
    )
    assert t.title == "小梁 B3-12 の継手位置を300ずらす"


def test_the_newest_version_promised_in_a_report_line_names_the_thing() -> None:
    [t] = read(
        "【ご報告】\n・申告書：様式の準備できています\n・※雇用保険の被保険者名簿が古いままなので、最新版をシステムから出しておきます\n以上です",
        sender=42,
    )
    assert t.title.startswith("雇用保険の被保険者名簿の最新版") and t.assignees == (42,)


def test_the_work_seen_done_by_the_one_who_asked_closes_it() -> None:
    ask = m(
        1,
        41,
        "[To:42]杉本さん\n[To:43]Nora Hill\n温度記録表、今週金曜までに両店とも再提出しておいてもらえると助かります🙏",
    )
    seen = m(2, 41, f"{rp(41, 1)}温度記録表、両店とも提出を確認しました。ありがとうございます！")
    [t] = fold(ask, seen)
    assert t.status.value == "done"
    noted = m(2, 41, f"{rp(41, 1)}確認しました。ありがとうございます！")
    [t] = fold(ask, noted)
    assert t.status.value == "open"


def test_a_clients_plan_and_a_choice_made_are_news_not_promises() -> None:
    assert read("・各お客様の原稿は来週前半より順次入稿予定です", sender=41) == []
    assert (
        read("社内で相談いたしまして、B案にて進めさせていただければと存じます。", sender=41) == []
    )
    [t] = read("見積書は明日送付予定です", sender=41)
    assert t.kind == "commitment"


def test_of_two_numbered_points_the_one_asked_for_is_the_task() -> None:
    text = "[To:42]杉本様\n2点ございます。\n①会社概要：設立年「1998年」→「1989年」\n②表紙：写真の明るさ\n②は社内でこのままで問題ないとのことですので、①のみ明日までにご修正いただけますでしょうか。"
    [t] = read(text, sender=41)
    assert "設立年" in t.title and t.assignees == (42,)


def test_a_time_a_thing_is_corrected_to_is_no_deadline() -> None:
    [t] = read("[To:42]杉本さん\n受付時間、19:30に直してもらえる？ 15時〆です🙏", sender=41)
    assert t.due is not None and t.due.at is not None and t.due.at.hour == 15


def test_a_yes_no_question_answered_in_its_own_verb_is_no_promise() -> None:
    q = m(1, 42, "2点目について質問です。欠席の方もリストに載せるのでしたっけ？")
    assert (
        fold(q, m(2, 41, f"{rp(42, 1)}欠席の方も載せます。備考欄に「欠」と書いてある方です")) == []
    )
    # (whether it was done, asked: the answer takes the work on)
    q = m(1, 42, "来月の会議室って、総務に予約済みでしたっけ？")
    [t] = fold(q, m(2, 41, f"{rp(42, 1)}まだだと思います。私から総務に予約しときます"))
    assert t.assignee_ids == (41,) and "予約" in t.title


def test_a_member_named_after_the_work_and_a_comma_is_asked() -> None:
    [t] = read("説明会の座席表作成、杉本さんお願いできますか", sender=41)
    assert t.assignees == (42,) and "杉本" not in t.title


def test_a_check_that_found_nothing_wrong_closes_the_check() -> None:
    ask = m(1, 41, "[To:42]杉本さん、念のため手順書どおりに再確認しておいてもらえると嬉しいです")
    [t] = fold(ask, m(2, 42, f"{rp(41, 1)}手順どおり5回やって、エラーが出ないのを確認しました👍"))
    assert t.status.value == "done"


def test_a_message_opened_on_a_ticket_number_names_the_thing_to_look_at() -> None:
    text = "[To:42]杉本さん\n#2210 なんですが、手順4を3回繰り返すとまだ固まります…😇 チケットは再オープンしました。\n来週でいいので、もう一度見てもらえますか"
    [t] = read(text, sender=41)
    assert "#2210" in t.title and "なん" not in t.title


def test_wait_till_it_arrives_after_sending_is_no_delay() -> None:
    ask = m(1, 41, "[To:42]杉本様\n申込書の原本は来週月曜までにお送りいたします")
    done = m(
        2,
        41,
        "[qt][qtmeta aid=41 time=1794787800]申込書の原本は来週月曜までにお送りいたします[/qt]杉本様\nこちら、本日郵送いたしました。到着まで今しばらくお待ちくださいませ。",
    )
    [t] = fold(ask, done)
    assert t.status.value == "done"


def test_received_then_promising_the_answer_leaves_the_answer_open() -> None:
    ask = m(
        1,
        42,
        "[To:41]小野寺様\n名簿をお送りいたしました。なお、対象者3名の扱いについてのご判断を金曜までにいただけますと大変助かります。",
    )
    reply = m(
        2,
        41,
        f"{rp(42, 1)}杉本様\n名簿、拝受いたしました。対象者3名の扱い、金曜までに判断してご連絡いたします。",
    )
    [t] = fold(ask, reply)
    assert t.status.value == "open"


def test_whether_things_run_on_a_stand_in_is_a_question_not_an_ask() -> None:
    assert read("今日は代わりの端末で回せそうですか？", sender=41) == []


def test_a_call_made_reports_the_promise_to_get_in_touch() -> None:
    promise = m(1, 42, "業者に点検の連絡入れておきます。")
    done = m(
        2,
        42,
        "[qt][qtmeta aid=42 time=1794787800]業者に点検の連絡入れておきます。[/qt]連絡しました！木曜に来てくれるそうです",
    )
    [t] = fold(promise, done)
    assert t.status.value == "done"


def test_an_ask_with_its_ending_left_unsaid_is_an_ask() -> None:
    [t] = read(
        "[To:42]杉本さん\n手順書_1201.xlsx を上げました。手順が変わってるので、念のため目を通しておいてもらえると🙏",
        sender=41,
    )
    assert t.assignees == (42,) and "手順書" in t.title


def test_half_done_then_the_rest_promised_moves_the_day() -> None:
    ask = m(
        1,
        41,
        "[toall]\n・名札の印刷（杉本さん）\n・会場の下見（Nora Hillさん）\nいずれも11/18（水）中でお願いします。",
    )
    reply = m(
        2,
        42,
        f"{rp(41, 1)}名札の印刷、途中で紙が切れて半分しかできてません…　明日の午前中に残りやります",
    )
    tasks = fold(ask, reply)
    [t] = [t for t in tasks if "名札" in t.title]
    assert t.status.value == "open" and t.due is not None and str(t.due.day) == "2026-11-17"


def test_drafts_put_in_the_folder_do_not_finish_the_print_run() -> None:
    ask = m(1, 41, "[To:42]杉本さん\n案内はがきの印刷お願いします。")
    [t] = fold(ask, m(2, 42, "案内はがきのデザイン2案、共有フォルダに入れました（はがき_案.pdf）"))
    assert t.status.value == "open"


def test_one_share_done_and_another_not_yet_leaves_the_work_open() -> None:
    promise = m(1, 42, "チラシは配送のときに各フロアへ配りますね")
    [t] = fold(
        promise,
        m(
            2,
            42,
            "チラシのフロア配布、2階と3階は終わりました。4階は搬入口が別だったので、まだです💦",
        ),
    )
    assert t.status.value == "open"


def test_a_patients_planned_discharge_is_no_promise() -> None:
    assert read("・301号 山口様（仮名）、11/20退院予定です", sender=41) == []


def test_how_many_more_to_buy_takes_the_thing_from_the_message_replied_to() -> None:
    short = m(1, 42, "[To:41]小野寺さん\n貸し出し用の傘、あと3本しかないです😢")
    ask = m(2, 41, f"{rp(42, 1)}え、少ない…！追加で10本買っておいてもらえますか？")
    [t] = fold(short, ask)
    assert "傘" in t.title and t.assignee_ids == (42,)


def test_a_freeze_from_one_day_until_another_is_a_notice() -> None:
    assert (
        read(
            "@here heads up — merge freeze from Tue 11/24 18:00 until Mon 11/30 09:00. nothing ships without two approvals 🙏",
            sender=43,
        )
        == []
    )


def test_pushing_ones_own_draft_to_a_day_moves_it() -> None:
    promise = m(1, 43, "I'm taking the lead on the incident review. draft by Wednesday")
    [t] = fold(
        promise, m(2, 43, f"{rp(43, 1)}review's still WIP 🙈 pushing the draft to Friday, sorry")
    )
    assert t.due is not None and str(t.due.day) == "2026-11-20"


def test_lgtm_after_nits_closes_the_review_asked_for() -> None:
    ask = m(
        1, 41, "[To:43]Nora Hill\nwould you mind giving the retry PR a review by Wednesday noon? 🙏"
    )
    [t] = fold(ask, m(2, 43, f"{rp(41, 1)}left three nits, otherwise LGTM 👍"))
    assert t.status.value == "done"


def test_a_noun_with_its_phrase_then_starts_is_no_imperative() -> None:
    assert (
        read(
            "[toall]\nSetup for “Blue Hour” starts 12/7 (right after the fair), opening 12/9 🎉",
            sender=43,
        )
        == []
    )


def test_this_ones_yours_hands_over_what_a_party_wants() -> None:
    [t] = read(
        "[To:41]小野寺 彩\nthe sponsor also wants a logo strip on the back cover — this one's yours 🙂 next Monday please",
        sender=43,
    )
    assert "logo strip" in t.title and t.assignees == (41,)


def test_the_thing_with_an_ing_word_is_uploaded_reports_it_done() -> None:
    promise = m(1, 43, "OK for me. I will send the mounting spec tomorrow.")
    [t] = fold(
        promise,
        m(2, 43, "Sorry for late reply 🙇 The mounting spec is uploaded in the shared folder."),
    )
    assert t.status.value == "done"


def test_a_gerund_then_done_heading_is_no_promise() -> None:
    assert (
        read(
            "[info][title]Booking confirmed 🚢[/title]BKG no. TK-5521 / 1x20GP\nETD Kobe 12/2[/info]",
            sender=43,
        )
        == []
    )


def test_fields_to_check_are_of_the_draft_just_attached() -> None:
    [t] = read(
        "[To:41]小野寺 彩さん\nAWB draft attached 📎 pls check the shipper + consignee address by EOD 🙏",
        sender=43,
    )
    assert "AWB" in t.title and t.assignees == (41,)


def test_what_one_would_do_without_a_day_is_advice() -> None:
    assert (
        read(
            "data note: the sensor log has a gap for 11/12 at 2 sites. I'd interpolate and mark it in the footnote",
            sender=43,
        )
        == []
    )
    [t] = read("I'd send the corrected file by Friday", sender=43)
    assert t.kind == "commitment"


def test_what_a_day_is_is_no_day_for_the_work() -> None:
    ask = m(1, 41, "[To:43]Nora Hill\nfor the follow-up: can you pull the 5-year trend this week?")
    [t] = fold(ask, m(2, 43, f"{rp(41, 1)}ok! fyi Monday is 勤労感謝の日 so I'm off 🏖"))
    assert t.due is not None and str(t.due.day) == "2026-11-20"


def test_the_thing_said_before_i_will_is_what_is_promised() -> None:
    [t] = read(
        "mowing zone A is finish yesterday. zone B I will finish by Wednesday, monday is holiday so no crew",
        sender=43,
    )
    assert "zone B" in t.title and "holiday" not in t.title
