# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the Japanese half of holdout 31 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit, day_of

MEMBERS = [
    Member(account_id=61, name="柴田 理沙"),
    Member(account_id=62, name="河合 翔"),
    Member(account_id=63, name="森下 葵"),
]
KIT = RuleKit(7995, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_what_another_party_said_it_can_do_is_no_relayed_ask() -> None:
    assert (
        read("業者に相談しました。仮設の棚を金曜までに設置いただけるとのことです。", sender=62)
        == []
    )
    [t] = read("業者さんから、図面を明日までに送ってほしいとのことです", sender=61)
    assert "図面" in t.title


def test_one_share_done_and_the_rest_promised_keeps_the_task_open_with_that_day() -> None:
    ask = m(1, 61, "[To:62]河合さん\n案内状の発送をお願いできますか。")
    report = m(
        2,
        62,
        f"{rp(61, 1)}案内状、東棟の分は発送しました。西棟分は名簿の確認が残っているため、11/19の午前中に発送します。",
    )
    [t] = fold(ask, report)
    assert t.status.value == "open" and str(t.due.day) == "2026-11-19" and t.due.at is not None


def test_taking_over_after_an_absence_names_the_task_behind_the_absence() -> None:
    ask = m(
        1, 61, "[To:62]河合さん\n会議室の椅子20脚を、明日中に倉庫から出しておいていただけますか。"
    )
    away = m(2, 62, f"{rp(61, 1)}すみません、明日は終日出張でして…")
    takeover = m(3, 63, f"{rp(62, 2)}私が代わりにやります！明日の午前中に運び出しておきます")
    first, mine = fold(ask, away, takeover)
    assert first.assignee_ids == (62,)  # (the first ask stays: the spec hands nothing over)
    assert mine.assignee_ids == (63,) and "椅子" in mine.title and day_of(mine) == "2026-11-17"


def test_a_delivery_named_as_a_noun_in_a_list_is_work_to_do() -> None:
    tasks = read(
        "[To:62][To:63]\n・作業手順書 → 河合さん\n・パンフレットの納品 → 森下さん\n以上、来週水曜までにお願いします。",
        sender=61,
    )
    assert [(t.title, t.assignees, day_of(t)) for t in tasks] == [
        ("作業手順書", (62,), "2026-11-25"),
        ("パンフレットの納品", (63,), "2026-11-25"),
    ]


def test_a_delivery_said_alone_is_still_a_report() -> None:
    ask = m(1, 61, "[To:62]河合さん\nパンフレット、金曜までに納品お願いします")
    [t] = fold(ask, m(2, 62, f"{rp(61, 1)}納品です！"))
    assert t.status.value == "done"


def test_a_share_item_under_a_job_heading_is_that_share_of_the_job() -> None:
    ask = m(
        1,
        61,
        "【依頼】願書の記載内容チェック\n・A組分 → 河合さん\n・B組分 → 森下さん\n金曜までにお願いします",
    )
    quote = m(
        2,
        62,
        f"[qt][qtmeta aid=61 time={KIT.m(1, 61, '').send_time}]・A組分 → 河合さん[/qt]A組の願書チェック、終わりました",
    )
    a, b = fold(ask, quote)
    assert a.title == "願書の記載内容チェック（A組分）" and a.status.value == "done"
    assert b.assignee_ids == (63,) and b.status.value == "open" and day_of(b) == "2026-11-20"


def test_a_thing_said_twice_over_in_a_title_is_said_once() -> None:
    [t] = read(
        "[To:62]河合さん\n3組分の同意書コピー、まだ揃ってないみたいです。なる早で回収お願いできますか",
        sender=61,
    )
    assert t.title == "3組分の同意書コピーの回収"


def test_the_occasion_the_work_is_done_at_gives_its_day() -> None:
    [t] = read("明日の朝礼で配ります", sender=62)
    assert day_of(t) == "2026-11-17"
    [t] = read("[To:62]河合さん\n来週の会議で使う資料を作っておいてください", sender=61)
    assert t.due is None


def test_an_act_that_names_its_own_job_is_a_firm_promise() -> None:
    [t] = read("デプロイ後に管理画面が開きません😱 いったんリバートします", sender=62)
    assert "リバート" in t.title and t.assignees == (62,)
    assert read("確認します", sender=62) == []


def test_a_supplement_followed_by_its_text_is_what_it_announces() -> None:
    assert read("再現手順、補足します。\n1. ログイン\n2. 設定画面を開く → 落ちる", sender=63) == []


def test_a_need_said_to_nobody_is_a_finding_and_the_promise_under_it_the_task() -> None:
    found = m(
        1, 63, "表紙のカラー原稿、RGBのまま入稿されてました。印刷所に出す前にCMYKへの変換が必要です"
    )
    [t] = fold(found, m(2, 62, f"{rp(63, 1)}さっきの件、明日やります！"))
    assert t.assignee_ids == (62,) and "CMYK" in t.title and day_of(t) == "2026-11-17"


def test_a_promise_after_taking_it_on_says_how_not_more_work() -> None:
    musing = m(1, 61, "新刊の帯のキャッチコピー、まだ決まってないんだよなぁ…")
    [t] = fold(musing, m(2, 62, f"{rp(61, 1)}それ私やっときます！案を3つくらい出しますね"))
    assert "キャッチコピー" in t.title and t.assignee_ids == (62,)


def test_an_ask_already_made_of_someone_else_is_reported_not_made() -> None:
    assert read("Bプランは印鑑証明が期限切れで…お客様に再取得をお願いしてます", sender=62) == []
    assert read("先方に日程の確認をお願いしています", sender=62) == []


def test_a_stand_in_asked_after_calling_off_an_ask_is_named_from_the_words_after() -> None:
    ask = m(1, 61, "[To:62]河合さん\n備品の搬入手配、金曜の午前中にお願いします")
    off = m(
        2,
        61,
        f"{rp(61, 1)}河合さんへのこの依頼はキャンセルで🙏\n[To:63]森下さん\n代わりにお願いできますか？備品の搬入手配、金曜の午前中で",
    )
    [t] = [t for t in fold(ask, off) if t.status.value == "open"]
    assert t.assignee_ids == (63,) and "搬入" in t.title and "キャンセル" not in t.title


def test_the_share_left_given_a_day_moves_the_task() -> None:
    ask = m(1, 61, "[To:62]河合さん\nA社とB社への見積送付、今週中にお願いします")
    later = m(2, 62, f"{rp(61, 1)}B社の分は来週火曜に送ります")
    [t] = fold(ask, later)
    assert t.status.value == "open" and day_of(t) == "2026-11-24"


def test_something_that_came_in_closes_only_a_task_about_it() -> None:
    plan = m(1, 62, "輸出抹消、3台とも今週中に陸運局行ってきます")
    came = m(2, 62, f"{rp(62, 1)}印鑑証明、届きました！")
    [t] = fold(plan, came)
    assert t.status.value == "open"
    ask = m(1, 61, "[To:62]河合さん\n交換部品の見積取ってもらえますか？")
    [t] = fold(ask, m(2, 62, f"{rp(61, 1)}見積もらいました。共有フォルダに入れてます"))
    assert t.status.value == "done"


def test_asking_leave_to_move_it_and_the_yes_set_the_new_day() -> None:
    ask = m(1, 61, "[To:62]河合さん\n報告書、11/20（金）までにお願いします")
    move = m(
        2,
        62,
        f"{rp(61, 1)}すみません、資料集めで時間を取られていて…１１／２１（土）の午前中に延ばしてもよろしいでしょうか。",
    )
    yes = m(3, 61, f"{rp(62, 2)}大丈夫です、承知しました！")
    [t] = fold(ask, move, yes)
    assert day_of(t) == "2026-11-21" and t.due is not None and t.due.at is not None


def test_a_day_a_reason_is_about_is_not_the_day_asked_for() -> None:
    ask = m(1, 61, "[To:62]河合さん\n現地の下見、明後日までに行ってもらえますか？")
    move = m(2, 62, f"{rp(61, 1)}明日が雨予報なので木曜にずらしてもいいですか？")
    [t] = fold(ask, move, m(3, 61, f"{rp(62, 2)}もちろんです！"))
    assert day_of(t) == "2026-11-19"


def test_two_parts_the_task_names_one_done_the_other_promised_keep_it_open() -> None:
    ask = m(
        1, 61, "[To:63]森下さん\n日本語版・英語版の組版、来週水曜の夕方までにお願いできますか？"
    )
    report = m(
        2,
        63,
        f"{rp(61, 1)}組版、日本語版は終わりました。英語版はフォントの差し替えが残っていて、明日の午後3時までには仕上げます。",
    )
    [t] = fold(ask, report)
    assert (
        t.status.value == "open"
        and day_of(t) == "2026-11-17"
        and t.due is not None
        and t.due.at is not None
    )


def test_the_rest_of_ones_own_list_item_given_a_day_keeps_it_open() -> None:
    ask = m(
        1,
        61,
        "[To:62][To:63]\n・和訳（河合さん）：11/27（金）まで\n・英訳のチェック（森下さん）：12/4（金）まで",
    )
    report = m(2, 62, f"{rp(61, 1)}和訳、p.1〜30まで終わりました。残りは予定通り金曜に納品します。")
    ja, en = fold(ask, report)
    assert ja.status.value == "open" and en.status.value == "open"


def test_a_later_day_asked_with_a_reason_first_is_the_day_the_question_ends_on() -> None:
    ask = m(1, 61, "[To:62]河合さん\n10月分のロス報告、今日の定時までにもらえますか？")
    move = m(
        2,
        62,
        f"{rp(61, 1)}すんません忘れてました🙇 今日ちょっとバタバタで、週明けすぐでもいいですか？",
    )
    [t] = fold(ask, move, m(3, 61, f"{rp(62, 2)}OKです〜"))
    assert day_of(t) == "2026-11-24"  # (11/23 is 勤労感謝の日)


def test_a_list_item_of_two_sentences_is_named_by_the_one_with_the_action() -> None:
    tasks = read(
        "決まったことです。\n・会場装花の準備、白とグリーン基調で。花台は現時点で8基（河合さん）\n・送迎バスの手配、30名分（森下さん）\n金曜の定時までにお願いします。",
        sender=61,
    )
    assert len(tasks) == 2 and tasks[0].title.startswith("会場装花の準備")


def test_claiming_an_ask_made_of_anyone_is_no_work_of_ones_own() -> None:
    ask = m(
        1,
        61,
        "当日のテント用の重り、どなたか明後日までに倉庫から借りてきてもらえませんか？20個です🙏",
    )
    claim = m(2, 63, f"{rp(61, 1)}私行きます！木曜の朝に軽トラで取りに行ってきます")
    [t] = fold(ask, claim)
    assert t.message_id == ask.message_id


def test_a_new_promise_under_an_ask_made_of_anyone_is_still_a_task() -> None:
    ask = m(1, 61, "春メニューのチラシ、A5両面で500部、11/20着でお願いできますか？")
    promise = m(2, 62, f"{rp(61, 1)}承知しました。データ確認して、夕方にはお見積りお送りします")
    assert len(fold(ask, promise)) == 2


def test_an_ask_of_whoever_can_is_a_call_for_hands() -> None:
    assert (
        read(
            "[toall]\n応援ドライバー、どなたか土曜に出られる方いますか？出られる方は森下さんまでご連絡ください",
            sender=61,
        )
        == []
    )


def test_an_action_said_as_a_verb_and_a_thing_with_its_action_are_two_tasks() -> None:
    tasks = read("[To:62]河合さん\n消し込みと領収書の発行、3営業日以内でお願いします", sender=61)
    assert [t.title for t in tasks] == ["消し込み", "領収書の発行"]
    [t] = read("[To:62]河合さん\n見積と請求書の確認をお願いします", sender=61)
    assert t.title == "見積と請求書の確認"


def test_a_call_off_then_after_all_someone_else_hands_the_work_to_them() -> None:
    ask = m(
        1, 61, "[To:62]河合さん\n販促ポスター、北口の店頭の貼り替えお願いします！明後日まででOKです"
    )
    off = m(
        2,
        61,
        f"[qt][qtmeta aid=61 time={ask.send_time}]販促ポスター、北口の店頭の貼り替えお願いします！[/qt]すみません、北口は改装中でした💦 河合さんの分はキャンセルで、やっぱり南口にお願いします！\n[To:63]森下さん、明後日までっていけます？",
    )
    [t] = [t for t in fold(ask, off) if t.status.value == "open"]
    assert t.assignee_ids == (63,) and "ポスター" in t.title


def test_content_that_is_not_needed_is_no_call_off() -> None:
    ask = m(1, 61, "[To:62]河合さん\n三上様からお電話がありました。折り返しお願いします🙇‍♀️")
    done = m(
        2,
        62,
        f"{rp(61, 1)}三上様、お電話つながりました。再発行は不要で、サイトから再ダウンロードできる旨ご説明済みです",
    )
    [t] = fold(ask, done)
    assert t.status.value == "done"
