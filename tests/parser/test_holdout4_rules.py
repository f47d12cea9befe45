"""Rules added when the fourth holdout was first scored: one test per general rule, written
with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from datetime import date, time

import pytest

from chatsync.models import Due, Room, TaskStatus
from chatsync.parser.fold import RoomContext
from tests.parser.rulekit import CAL, MEMBERS, TZ, RuleKit, due_of, says_cancelled, says_done

KIT = RuleKit(7400, MEMBERS)
read, m, rp, fold = KIT.read, KIT.m, KIT.rp, KIT.fold
ROOM = KIT.room


# --------------------------------------------------------------------------- requests


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("[To:2]佐藤さん\n議事録の清書、今日中によろ", "議事録"),
        ("[To:3]鈴木さん\n会議室の片付けやっといてよろ！", "会議室"),
    ],
)
def test_terse_yoro_asks_for_work(body: str, word: str) -> None:
    drafts = read(body)
    assert len(drafts) == 1 and word in drafts[0].title


@pytest.mark.parametrize("body", ["引き続きよろ", "了解、よろ！"])
def test_yoro_alone_is_a_signoff(body: str) -> None:
    assert read(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "頼んだ件、助かったよ！",
        "この前頼んだやつ、ありがとう",
        "了解です。今日は早めに休んでください。",
        "熱があるなら無理しないでくださいね",
        "[rp aid=2 to=7400-7400000001]佐藤さん\nYes, please.",
        "[rp aid=2 to=7400-7400000001]Sure, thanks!",
    ],
)
def test_thanks_wishes_and_bare_yes_ask_for_nothing(body: str) -> None:
    assert read(body) == []


def test_a_request_to_everyone_in_english() -> None:
    drafts = read("[toall]\nCould everyone fill in the travel survey by Friday?")
    assert len(drafts) == 1 and drafts[0].assignees == (2, 3, 4)
    assert drafts[0].due == Due(day=date(2026, 11, 20))


# --------------------------------------------------------------------------- commitments


def test_okonaimasu_is_a_commitment_not_to_be() -> None:
    drafts = read("棚卸しは私が明日行います。")
    assert len(drafts) == 1 and drafts[0].assignees == (1,)
    assert drafts[0].due == Due(day=date(2026, 11, 17))
    assert read("今は外出しています。") == []


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("見積書の送付、期限:11月20日でお願いします", Due(day=date(2026, 11, 20))),
        ("申請書の提出をお願いします。締切：18時", Due(day=date(2026, 11, 16), at=time(18, 0))),
        ("議事録を明朝までにお願いします", Due(day=date(2026, 11, 17))),
    ],
)
def test_label_colons_and_asa(text: str, due: Due) -> None:
    assert due_of(text) == due


@pytest.mark.parametrize(
    "text",
    [
        "ホテルの手配、11/27(金)で3部屋お願いします。",
        "新人研修の準備、リーダーお願い。進め方は木曜に相談しよう",
        "Could you update the FAQ? The new plan starts next month.",
        "明朝体のフォントで表紙を作ってください",
    ],
)
def test_days_of_a_booking_a_talk_or_a_launch_are_no_deadline(text: str) -> None:
    assert due_of(text) is None


# --------------------------------------------------------------------------- updates


@pytest.mark.parametrize(
    "text",
    ["確認しました。変更なしで大丈夫です。", "レビュー完了です、指摘なしでOKです"],
)
def test_nashi_de_after_a_noun_is_no_cancellation(text: str) -> None:
    assert not says_cancelled(text)


def test_wa_nashi_de_still_cancels() -> None:
    assert says_cancelled("すみません、その件はなしでお願いします")


@pytest.mark.parametrize(
    "text",
    [
        "予約入れときました",
        "ゴミ出しときました！",
        "Slides updated.",
        "Invoice posted to the portal.",
    ],
)
def test_casual_and_english_past_say_done(text: str) -> None:
    assert says_done(text)


@pytest.mark.parametrize(
    "text",
    ["I'll send the updated list tomorrow.", "Here is a finished draft for reference?"],
)
def test_a_participle_before_its_noun_is_not_done(text: str) -> None:
    assert not says_done(text)


def test_reply_with_the_works_own_verb_morau_closes() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\n各店舗に在庫数を聞いて、今日中に返事をもらってください。"),
        m(2, 2, f"{rp(1, 1)}田中さん\n全店舗から返事をもらいました。"),
    )
    assert [t.status for t in tasks] == [TaskStatus.DONE]


# --------------------------------------------------------------------------- batch 2


def test_a_start_day_is_no_commitment_deadline() -> None:
    assert read("来月から新しい勤怠システムを試験導入します。") == []
    drafts = read("新しい勤怠システムは私が来週までに導入します。")
    assert len(drafts) == 1 and drafts[0].assignees == (1,)


def test_owner_named_alone_in_parentheses() -> None:
    drafts = read("TODO: 契約書の製本（鈴木）今週中")
    assert len(drafts) == 1 and drafts[0].assignees == (3,)
    assert "契約書" in drafts[0].title and "鈴木" not in drafts[0].title
    assert drafts[0].due == Due(day=date(2026, 11, 20))


SELF_CTX = RoomContext(Room(room_id=ROOM, name="r"), MEMBERS, TZ, CAL, self_account_id=4)


def test_chatsyncs_own_digest_and_reminder_are_no_tasks() -> None:
    digest = (
        "[info][title]遅延タスク 11月16日(月) 9:00 時点[/title]"
        "・請求書の発行(佐藤 花子さん) — 経理\n  https://www.chatwork.com/#!rid1-1[/info]"
    )
    reminder = "[To:3]鈴木 一郎さん\n期限を過ぎているタスクがあります。\n・議事録の共有(期限 11/13)"
    assert fold(m(1, 4, digest), m(2, 4, reminder), ctx=SELF_CTX) == []


def test_a_request_from_chatsyncs_account_still_counts() -> None:
    tasks = fold(m(1, 4, "[To:2]佐藤さん\n請求書の発行を明日までにお願いします。"), ctx=SELF_CTX)
    assert [t.assignee_ids for t in tasks] == [(2,)]


def test_a_person_posting_a_task_list_in_info_still_asks() -> None:
    body = (
        "[info][title]来週のタスク[/title]・佐藤さん：請求書の発行\n・鈴木さん：在庫の確認[/info]"
    )
    assert len(fold(m(1, 1, body), ctx=SELF_CTX)) == 2


def test_how_far_along_is_progress_not_a_new_task() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\n顧客リストの整理をお願いします。"),
        m(2, 1, "[To:2]佐藤さん\nリスト整理、どんな感じですか？"),
        m(3, 2, "8割ほど終わりました。明日には送れます。"),
    )
    assert len(tasks) == 1 and tasks[0].due is None


def test_acceptance_without_reply_tag_sets_the_deadline() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\n議事録の清書をお願いします。"),
        m(2, 2, "承知しました、明日中に仕上げます。"),
    )
    assert len(tasks) == 1 and tasks[0].due == Due(day=date(2026, 11, 17))
    tasks = fold(
        m(1, 1, "[To:4]Grace\nCould you order new badges for the visitors?"),
        m(2, 4, "Sure, I'll order them tomorrow."),
    )
    assert len(tasks) == 1 and tasks[0].due == Due(day=date(2026, 11, 17))


def test_acceptance_that_names_other_work_is_a_new_commitment() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\n議事録の清書をお願いします。"),
        m(2, 2, "承知しました。請求書の発行は私が金曜までに行います。"),
    )
    assert len(tasks) == 2 and tasks[1].assignee_ids == (2,)


def test_english_pronoun_and_feedback_take_their_object_from_before() -> None:
    drafts = read("I can draft the onboarding checklist. I'll share it by Friday.")
    assert len(drafts) == 1 and "onboarding checklist" in drafts[0].title
    drafts = read("[To:4]Grace\nWe need input on the new logo. Could you send comments by Friday?")
    assert len(drafts) == 1 and "logo" in drafts[0].title


def test_progress_words_inside_the_work_do_not_make_it_progress() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\n顧客リストの整理をお願いします。"),
        m(2, 2, "あと、週次の進捗報告は私が金曜までにまとめます。"),
    )
    assert len(tasks) == 2 and tasks[1].assignee_ids == (2,)


def test_a_meeting_material_due_on_a_day_keeps_its_deadline() -> None:
    assert due_of("金曜に打ち合わせ資料を送ってください") == Due(day=date(2026, 11, 20))
    assert due_of("水曜に相談内容をまとめておいてください") == Due(day=date(2026, 11, 18))


def test_tanonda_is_cut_from_the_title_and_alone_asks_nothing() -> None:
    drafts = read("[To:2]佐藤さん\n来月の展示会、ブースの設営頼んだよ")
    assert len(drafts) == 1 and drafts[0].title.endswith("ブースの設営")
    assert read("ありがとう、頼んだよ！") == []
