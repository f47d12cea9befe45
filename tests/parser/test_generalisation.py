# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added when the blind labelled set was first scored: one test per general rule,
written with sentences of their own (not the labelled messages), by stage."""

from __future__ import annotations

from datetime import date, time

import pytest

from chatsync.models import Due, TaskStatus
from tests.parser.rulekit import is_request, says_done
from tests.parser.sentences import ROOM, fold, m, read, rp

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
