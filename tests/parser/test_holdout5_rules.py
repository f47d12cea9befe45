"""Rules added when the fifth holdout was first scored: one test per general rule, written
with sentences of their own (not the labelled messages)."""

from __future__ import annotations

import pytest

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit, says_cancelled, says_done

KIT = RuleKit(7500, MEMBERS)
read, m, fold = KIT.read, KIT.m, KIT.fold
ROOM = KIT.room


# --------------------------------------------------------------------------- bare 確認しました


def test_a_bare_check_done_that_names_the_check_closes_it() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\n明日までに、社員名簿の記載内容を確認してください。"),
        m(2, 2, "社員名簿、確認しました。修正箇所はありませんでした。"),
    )
    assert [t.status for t in tasks] == [TaskStatus.DONE]


def test_a_bare_check_done_that_names_nothing_is_only_noted() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\n明日までに、社員名簿の記載内容を確認してください。"),
        m(2, 3, "明日の全体会議は15時からに変更です。"),
        m(3, 2, "確認しました。"),
    )
    assert [t.status for t in tasks] == [TaskStatus.OPEN]


# --------------------------------------------------------------------------- commitments


@pytest.mark.parametrize(
    "body",
    [
        "明日の15時から新人向けの勉強会をします。場所は5F会議室です。",
        "来週月曜にキックオフミーティングを行います。",
        "金曜の夕方に送別会をやります。参加できる方は後ほど連絡します。",
    ],
)
def test_holding_a_meeting_on_a_day_is_a_notice(body: str) -> None:
    assert read(body) == []


def test_a_meeting_held_by_a_deadline_is_still_work() -> None:
    drafts = read("顧客向けの説明会は私が今月中に開催します。")
    assert len(drafts) == 1 and drafts[0].assignees == (1,)


@pytest.mark.parametrize(
    "body",
    [
        "I'll reset the printer passwords ASAP.",
        "I'll renew the SSL certificate as soon as possible.",
    ],
)
def test_an_english_commitment_with_asap_has_no_deadline(body: str) -> None:
    drafts = read(body, sender=4)
    assert len(drafts) == 1 and drafts[0].assignees == (4,) and drafts[0].due is None


def test_as_soon_as_an_event_is_still_a_condition() -> None:
    assert read("I'll send the minutes as soon as the call ends.", sender=4) == []


@pytest.mark.parametrize(
    "body", ["今日は客先から直帰します。", "明日は午前休して、午後から出勤します。"]
)
def test_where_one_works_today_is_no_commitment(body: str) -> None:
    assert read(body) == []


# --------------------------------------------------------------------------- requests


def test_please_take_care_of_asks_for_work() -> None:
    drafts = read("[To:4]Grace\nCould you please take care of the badge renewals?")
    assert len(drafts) == 1 and "badge renewals" in drafts[0].title
    assert read("[To:4]Grace\nPlease take care and get well soon!") == []


def test_apology_and_would_you_mind_leave_the_title() -> None:
    drafts = read("[To:2]佐藤さん\n急ぎで申し訳ないのですが、今日中に発注書を再送してください。")
    assert len(drafts) == 1 and drafts[0].title.startswith("発注書")
    drafts = read("[To:4]Grace\nWould you mind archiving the old tickets by Friday?")
    assert len(drafts) == 1 and drafts[0].title.lower().startswith("archiving")


# --------------------------------------------------------------------------- updates


def rp(to: int, n: int) -> str:
    return f"[rp aid={to} to={ROOM}-{ROOM}{n:06d}]"


@pytest.mark.parametrize(
    ("text", "done"),
    [
        ("契約書、先ほど郵送でお送りしました。", True),
        ("ご依頼の件、お届けいたしました。", True),
        ("請求書の再発行って完了しましたか？", False),
        ("Is the migration finished?", False),
        ("修正版を作成しましたので、ご確認いただけますか？", True),
        ("お待ちしました。", False),
    ],
)
def test_humble_past_says_done_and_a_question_does_not(text: str, done: bool) -> None:
    assert says_done(text) is done


def test_a_question_in_reply_leaves_the_task_open() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\n出張報告書の提出をお願いします。"),
        m(2, 3, rp(1, 1) + "出張報告書って提出済みですか？"),
    )
    assert [t.status for t in tasks] == [TaskStatus.OPEN]


@pytest.mark.parametrize(
    "text",
    [
        "Please ignore this, the survey was cancelled upstream.",
        "この件は忘れてください、失礼しました。",
    ],
)
def test_ignore_this_from_the_requester_drops_the_task(text: str) -> None:
    assert says_cancelled(text)
    tasks = fold(
        m(1, 1, "[To:2]佐藤さん\nアンケートの集計をお願いします。"), m(2, 1, rp(1, 1) + text)
    )
    assert [t.status for t in tasks] == [TaskStatus.CANCELLED]


@pytest.mark.parametrize(
    "body",
    [
        "[To:2]佐藤さん\n忘年会は欠席でお願いします。",
        "[To:2]佐藤さん\n勉強会、参加でよろしくです！",
    ],
)
def test_an_rsvp_asks_for_no_work(body: str) -> None:
    assert read(body) == []
