# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added when the blind labelled set was first scored: one test per general rule,
written with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from chatsync.calendar import BusinessCalendar
from chatsync.models import ChatMessage, Due, Member, Room, Task, TaskStatus
from chatsync.parser.fold import RoomContext, apply_messages
from chatsync.parser.markup import parse
from chatsync.parser.people import Directory
from chatsync.parser.tasks import Draft, detect
from tests.parser.rulekit import is_request, says_done

TZ = ZoneInfo("Asia/Tokyo")
SENT = datetime(2026, 11, 16, 10, 0, tzinfo=TZ)  # a Monday
CAL = BusinessCalendar()
MEMBERS = [
    Member(account_id=1, name="田中 太郎"),
    Member(account_id=2, name="佐藤 花子"),
    Member(account_id=3, name="鈴木 一郎"),
]
DIR = Directory(MEMBERS)
ROOM = 7100
BASE = 1794787200  # 2026-11-16 09:00 JST
CTX = RoomContext(Room(room_id=ROOM, name="r"), MEMBERS, TZ, CAL)


def read(body: str, sender: int = 1) -> list[Draft]:
    return detect(parse(body, DIR.compact), sender, SENT, DIR, CAL)


def m(n: int, sender: int, body: str) -> ChatMessage:
    return ChatMessage(
        room_id=ROOM,
        message_id=f"{ROOM}{n:06d}",
        account_id=sender,
        account_name="",
        body=body,
        send_time=BASE + 600 * n,
    )


def rp(to: int, n: int) -> str:
    return f"[rp aid={to} to={ROOM}-{ROOM}{n:06d}]"


def fold(*msgs: ChatMessage) -> list[Task]:
    return apply_messages([], list(msgs), CTX)


# --------------------------------------------------------------------------- requests


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("仕様書の修正、明日までにしてもらえる？", "仕様書"),
        ("議事録の共有、今日中に頼める？", "議事録"),
        ("配布資料を10部印刷しといて！", "配布資料"),
        ("会議室の予約をしておいてくれる？", "会議室"),
        ("請求データの突合、2営業日以内によろしく。", "請求データ"),
        ("契約書のチェックをしてほしいです。", "契約書"),
        ("発注書の作成、お願いできる？", "発注書"),
    ],
)
def test_casual_requests(body: str, word: str) -> None:
    [d] = read(f"[To:2]佐藤 花子さん\n{body}")
    assert d.kind == "request" and d.assignees == (2,) and word in d.title


@pytest.mark.parametrize(
    "body",
    [
        "本日からよろしくお願いいたします。",
        "新年度です。本年度もよろしくお願いいたします。",
        "明日からよろしくお願いします！",
        "4月からよろしくお願いします。",
        "連休明けですね。本日からまたよろしくお願いします。",
        "今期もどうぞよろしくお願いいたします。",
        "[rp aid=2 to=7100-7100000001]佐藤 花子さん\nはい、最新版でお願いします。",
        "はい、いつもの業者さんでお願いします。",
        "この件、少し確認させてください。",
        "本日は早退させていただけますか？",
    ],
)
def test_sign_offs_answers_and_own_actions_are_no_tasks(body: str) -> None:
    assert read(body) == []


def test_a_request_with_work_after_a_sign_off_word_still_counts() -> None:
    assert is_request("来週からの研修資料の準備をよろしくお願いします。")
    [d] = read("[To:3]鈴木 一郎さん\n来週からの研修資料の準備をよろしくお願いします。")
    assert "研修資料" in d.title


# --------------------------------------------------------------------------- titles


def test_a_possessive_name_stays_in_the_title() -> None:
    [d] = read("[To:2]佐藤 花子さん\n鈴木さんの月報のチェックを明日までにお願いします。")
    assert d.title.startswith("鈴木さんの月報") and d.assignees == (2,)
    assert d.due == Due(day=date(2026, 11, 17))


def test_bare_action_takes_the_object_of_the_previous_sentence() -> None:
    [d] = read("[To:1]田中 太郎さん\n議事録のドラフトを書きました。レビューをお願いします。", 2)
    assert d.title == "議事録のドラフトのレビュー" and d.assignees == (1,)
    [d] = read("[To:1]田中 太郎さん\n見積書を作成しました。ご確認ください。", 2)
    assert d.title == "見積書の確認"


def test_topic_heading_gives_way_to_the_asking_sentence() -> None:
    body = (
        "[toall]\n[info][title]【依頼】監査の準備について[/title]"
        "各自、担当分の証憑を12/4までに提出してください。[/info]"
    )
    [d] = read(body)
    assert "証憑" in d.title and d.assignees == (2, 3) and d.due == Due(day=date(2026, 12, 4))


def test_english_date_naming_the_occasion_is_no_deadline() -> None:
    [d] = read("[To:2]佐藤 花子さん\nCan you approve my leave request for 12/3?")
    assert d.due is None and "leave request" in d.title.lower()
    [d] = read("[To:2]佐藤 花子さん\nCan you approve my leave request by Friday?")
    assert d.due == Due(day=date(2026, 11, 20))


def test_english_ask_after_a_clause() -> None:
    [d] = read("[To:2]佐藤 花子さん\nThe nightly job failed — could you rerun the import ASAP?")
    assert d.title == "Rerun the import" and d.due is None


# --------------------------------------------------------------------------- lists


def test_circled_numbers_with_names_in_parentheses() -> None:
    body = "お疲れ様です。以下お願いします。\n① 会場探し（佐藤さん、3日以内）\n② 名簿の作成（鈴木さん、明日まで）\n懇親会は12/18です。"
    a, b = read(body)
    assert (a.assignees, b.assignees) == ((2,), (3,))
    assert "会場探し" in a.title and "佐藤" not in a.title and "名簿" in b.title
    assert a.due == Due(day=date(2026, 11, 19)) and b.due == Due(day=date(2026, 11, 17))


def test_name_lines_without_markers_are_a_list() -> None:
    body = "[toall]\n今週の分担です。\n佐藤さん: 売上レポート（明日の15時まで）\n鈴木さん: 顧客リストの更新（金曜まで）\nよろしくお願いします。"
    a, b = read(body)
    assert a.assignees == (2,) and a.due == Due(day=date(2026, 11, 17), at=time(15, 0))
    assert b.assignees == (3,) and b.due == Due(day=date(2026, 11, 20))


def test_one_named_line_is_no_list() -> None:
    [d] = read("佐藤さん、見積書の作成を明日までにお願いします。")
    assert d.assignees == (2,) and "見積書" in d.title


# --------------------------------------------------------------------------- commitments


def test_request_and_separate_commitment_each_with_its_own_deadline() -> None:
    body = "[To:2]佐藤 花子さん\n鈴木さんの週報のレビューを明日までにお願いします。\n私は問い合わせの集計を今日中にやっておきます。"
    req, own = read(body)
    assert req.assignees == (2,) and req.due == Due(day=date(2026, 11, 17))
    assert own.kind == "commitment" and own.assignees == (1,) and "集計" in own.title
    assert own.due == Due(day=date(2026, 11, 16))


def test_conditional_promise_beside_a_request_is_no_task() -> None:
    body = "[To:2]佐藤 花子さん\n資料の確認をお願いします。修正があれば私が対応します。"
    [d] = read(body)
    assert d.kind == "request"


def test_verb_only_commitment_takes_the_previous_object() -> None:
    [d] = read("テスト結果の報告書を仕上げました。明日までに送ります。", 3)
    assert d.kind == "commitment" and "報告書" in d.title and d.assignees == (3,)


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "body",
    [
        "[To:2]佐藤 花子さん\n日曜にすみません。空調の修理手配をお願いできますか？",
        "[To:2]佐藤 花子さん\n休日にすみません、至急で在庫の確認をお願いします。",
    ],
)
def test_an_apology_for_the_day_is_no_deadline(body: str) -> None:
    [d] = read(body)
    assert d.due is None


def test_thanks_for_the_day_is_no_deadline() -> None:
    [d] = read(
        "[rp aid=2 to=7100-7100000001]佐藤 花子さん\n土曜にありがとう！PRは月曜の朝イチでレビューします。"
    )
    assert d.kind == "commitment" and d.due == Due(day=date(2026, 11, 16), at=time(10, 0))


# --------------------------------------------------------------------------- updates


@pytest.mark.parametrize(
    "text",
    [
        "手配、済みました。",
        "新幹線の予約、取れました。",
        "手順書、用意できました。",
        "書類、揃いました！",
    ],
)
def test_more_completion_phrasings(text: str) -> None:
    assert says_done(text)


@pytest.mark.parametrize(
    "text",
    [
        "OK! I'll have it done by tomorrow.",
        "It will be finished by Friday.",
        "I'm going to get it fixed today.",
    ],
)
def test_future_is_no_completion(text: str) -> None:
    assert not says_done(text)


def test_assignee_asks_to_move_one_task_of_a_list() -> None:
    a = m(
        1,
        1,
        "[toall]\n以下お願いします。\n・佐藤さん: 請求書の発行（明日まで）\n・鈴木さん: 在庫表の回収（11/18まで）",
    )
    b = m(2, 3, f"{rp(1, 1)}田中 太郎さん\n在庫表の回収ですが、期限を金曜に変更させてください。")
    tasks = fold(a, b)
    assert len(tasks) == 2  # no task "させる"
    by = {t.assignee_ids: t for t in tasks}
    assert by[(3,)].due == Due(day=date(2026, 11, 20)) and by[(3,)].due_updated_by == b.message_id
    assert by[(2,)].due == Due(day=date(2026, 11, 17))


def test_proposal_then_yes_moves_the_deadline() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n備品リストを今週中に作ってください。")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n来週月曜でも大丈夫ですか？")
    c = m(3, 1, f"[rp aid=2 to={ROOM}-{ROOM}000002]佐藤 花子さん\nいいですよ。")
    [t] = fold(a, b, c)
    assert t.due == Due(day=date(2026, 11, 23)) and t.status == TaskStatus.OPEN


def test_a_permission_question_about_the_day_moves_nothing() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n備品リストを今週中に作ってください。")
    b = m(2, 2, "すみません、明日は在宅勤務でもいいですか？")
    [t] = fold(a, b)
    assert t.due == Due(day=date(2026, 11, 20)) and t.due_updated_by is None


def test_acceptance_in_english_moves_the_deadline_and_is_not_done() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nCan you fix the export bug by Wednesday?")
    b = m(2, 2, f"{rp(1, 1)}Tanaka\nOK! I'll have it done by tomorrow.")
    [t] = fold(a, b)
    assert t.status == TaskStatus.OPEN and t.due == Due(day=date(2026, 11, 17))


def test_checked_finishes_a_check_task_only() -> None:
    a = m(1, 2, "[To:1]田中 太郎さん\n原価表の最新版を送りました。ご確認ください。")
    b = m(2, 1, f"{rp(2, 1)}佐藤 花子さん\n確認しました。問題ありません。")
    assert fold(a, b)[0].status == TaskStatus.DONE
    c = m(1, 1, "[To:2]佐藤 花子さん\n見積書の作成をお願いします。")
    d = m(2, 2, f"{rp(1, 1)}田中 太郎さん\n確認しました。")
    assert fold(c, d)[0].status == TaskStatus.OPEN


def test_a_reply_to_another_message_is_no_bare_completion() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\n予算表の更新をお願いします。")
    q = m(2, 3, "5階のプリンター、直りましたか？")
    r = m(3, 2, f"[rp aid=3 to={ROOM}-{ROOM}000002]鈴木 一郎さん\nはい、昨日修理が完了しました。")
    assert fold(a, q, r)[0].status == TaskStatus.OPEN
    q2 = m(2, 1, "[To:2]佐藤 花子さん\n進捗どうですか？")
    r2 = m(3, 2, f"[rp aid=1 to={ROOM}-{ROOM}000002]田中 太郎さん\n完了しました！")
    assert fold(a, q2, r2)[0].status == TaskStatus.DONE


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


# Holdout 12 (issue #11), with sentences of their own.


def test_could_you_take_x_instead_is_a_request() -> None:
    [d] = read("[To:2]佐藤 花子さん\ncould you take the museum captions instead?")
    assert d.kind == "request" and "captions" in d.title


def test_promises_to_report_and_offers_said_without_i() -> None:
    assert read("still waiting on the vendor. will share as soon as I hear back", sender=2) == []
    assert (
        read("Do we have enough masks for January? If not I can ask the supplier", sender=2) == []
    )


def test_more_business_days_asks_for_time() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease finish the subtitle pass by Wednesday")
    b = m(
        2,
        2,
        f"{rp(1, 1)}田中 太郎さん\nsorry, reels 3–4 aren't finished yet. can I have 2 more business days?",
    )
    assert fold(a, b)[0].status == TaskStatus.OPEN


def test_an_owner_after_a_colon_at_the_end_of_a_list_line() -> None:
    drafts = read(
        "最終確認です\n・席札の印刷：佐藤さん\n・final menu: Hanako (by 11/30)\n・送迎バスの手配：鈴木さん（~11/20 18:00）"
    )
    assert [(d.assignees, d.due) for d in drafts] == [
        ((2,), None),
        ((2,), Due(day=date(2026, 11, 30))),
        ((3,), Due(day=date(2026, 11, 20), at=time(18, 0))),
    ]


def test_it_d_be_good_names_no_thing_and_partly_written_is_not_done() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nit'd be good to get the October sales figures into the board pack. could you pull them by 11/30?"
    )
    assert "it'd" not in d.title.lower()
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease draft the grant budget by Friday")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nsorry, the grant budget is only half written")
    c = m(
        3,
        2,
        f"{rp(1, 1)}田中 太郎さん\nthe grant budget is ~ done, the appendix still needs a pass",
    )
    assert fold(a, b)[0].status == TaskStatus.OPEN
    assert fold(a, c)[0].status == TaskStatus.OPEN


def test_a_request_said_as_a_wish() -> None:
    [d] = read("[To:2]佐藤 花子さん\n上位10件の要約を今月中にお願いできればと思います")
    assert "要約" in d.title and d.assignees == (2,)


def test_a_thing_that_needs_work_by_a_date_asks_the_addressee() -> None:
    [d] = read("[To:2]佐藤 花子さん\nthe Osaka brochure needs a Korean version by 11/27.")
    assert d.kind == "request" and d.assignees == (2,) and d.due == Due(day=date(2026, 11, 27))
    assert "korean version" in d.title.lower()
    # what a person needs is no work for the addressee
    assert read("[To:2]佐藤 花子さん\nthe director needs them by Friday") == []


def test_work_pending_on_your_side_asks_for_it() -> None:
    [d] = read(
        "[To:3]鈴木 一郎さん\nthe signed NDA is still outstanding from you, we need it by 11/20"
    )
    assert d.kind == "request" and d.assignees == (3,) and "nda" in d.title.lower()


def test_an_ask_then_and_i_will_is_two_tasks_but_not_after_if() -> None:
    drafts = read("[To:2]佐藤 花子さん\nsend me the draft and I'll proofread the captions tomorrow")
    assert [(d.kind, d.assignees) for d in drafts] == [("request", (2,)), ("commitment", (1,))]
    assert drafts[1].due == Due(day=date(2026, 11, 17))
    assert read("if anyone needs boxes, ping me and I'll bring some tomorrow") == []


def test_more_days_are_counted_from_now_and_the_answer_sets_the_date() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease finish the banner copy by 11/17")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nnot done yet, sorry. can I have two more business days?")
    c = m(3, 1, f"{rp(2, 2)}佐藤 花子さん\nok, thursday then")
    assert fold(a, b)[0].due == Due(day=date(2026, 11, 18))
    assert fold(a, b, c)[0].due == Due(day=date(2026, 11, 19))


def test_hyphenated_words_and_re_participles_report_work_done() -> None:
    a = m(1, 1, "[To:2]佐藤 花子さん\nplease rewrite the follow-up letter and regenerate chart 2")
    b = m(2, 2, f"{rp(1, 1)}田中 太郎さん\nfollow-up letter rewritten and chart 2 regenerated")
    tasks = fold(a, b)
    assert len(tasks) == 2 and all(t.status == TaskStatus.DONE for t in tasks)
    c = m(1, 1, "[To:2]佐藤 花子さん\nplease submit the print-ready file by Friday")
    d = m(2, 2, "print-ready file submitted")
    assert fold(c, d)[0].status == TaskStatus.DONE


def test_two_jobs_for_everyone_joined_by_and() -> None:
    drafts = read("[toall]before the holidays please back up your notebooks and clear your desk")
    assert len(drafts) == 2 and "desk" in drafts[1].title


def test_a_dated_promise_to_send_comments_after_a_report_is_work() -> None:
    a = m(1, 2, "draft of the grant report is in your inbox")
    b = m(2, 1, f"{rp(2, 1)}佐藤 花子さん\nthanks! I'll send comments by thursday")
    tasks = fold(a, b)
    assert [(t.assignee_ids, t.due) for t in tasks] == [((1,), Due(day=date(2026, 11, 19)))]
    assert "comments" in tasks[0].title.lower()


def test_i_would_need_it_by_is_a_detail_of_the_ask() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\ncould you lay out the menu cards? I'd need the first proof by 11/20"
    )
    assert "menu cards" in d.title and d.due == Due(day=date(2026, 11, 20))


def test_a_thing_that_came_back_is_what_a_bare_check_is_about() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\nthe lease from the Kobe landlord came back with one change. 今週中に確認してもらえますか？"
    )
    assert "lease" in d.title


def test_a_report_of_two_jobs_closes_the_senders_own_one() -> None:
    a = m(
        1,
        1,
        "[To:2]佐藤 花子さん\n案内文の英訳、チェックお願いできますか？\n案内文の原稿は明日送ります",
    )
    b = m(2, 1, f"{rp(1, 1)}田中 太郎さん\n案内文原稿、送りました")
    check, draft = fold(a, b)
    assert (check.status, draft.status) == (TaskStatus.OPEN, TaskStatus.DONE)


def test_thoughts_after_a_report_is_about_the_work_reported() -> None:
    [d] = read(
        "first cut of the trailer is up on the drive. I left the credits as they were for now. thoughts?"
    )
    assert "trailer" in d.title.lower()


def test_go_ahead_and_is_an_ask_and_lgtm_names_no_thing() -> None:
    a = m(1, 2, "[To:1]田中 太郎さん\nthe flyer draft is in the shared drive, PTAL")
    b = m(2, 1, f"{rp(2, 1)}佐藤 花子さん\nlgtm! go ahead and send it to the printers")
    tasks = fold(a, b)
    assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]
    assert tasks[1].assignee_ids == (2,) and "printers" in tasks[1].title
    assert "lgtm" not in tasks[1].title.lower()


def test_a_part_the_addressee_should_fit_and_a_thing_working_again() -> None:
    drafts = read(
        "[To:3]鈴木 一郎さん\nthe hall clock is five minutes slow, and the label printer needs a new roll."
    )
    assert [d.title for d in drafts] == ["The label printer needs a new roll"]
    a = m(1, 1, "[To:3]鈴木 一郎さん\nplease fix the meeting room speaker")
    b = m(2, 3, "meeting room speaker works again")
    assert fold(a, b)[0].status == TaskStatus.DONE


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
