"""Rules added when the seventh holdout was first scored: one test per general rule, written
with sentences of their own (not the labelled messages)."""

from __future__ import annotations

import pytest

from chatsync.parser.dates import pick_due
from tests.parser.rulekit import CAL, MEMBERS, SENT, RuleKit, is_request, says_done

KIT = RuleKit(7700, MEMBERS[:2])
read, m, fold = KIT.read, KIT.m, KIT.fold
ROOM = KIT.room


@pytest.mark.parametrize(
    "body",
    [
        "年末で何かと立て込むと思いますが、よろしくお願いします。",
        "席替えでご迷惑をおかけしますが、よろしくお願いいたします。",
        "初めての担当なので不慣れですけど、よろしくお願いします！",
    ],
)
def test_a_remark_then_the_courtesy_alone_is_no_request(body: str) -> None:
    assert read(body) == []


def test_work_named_before_the_courtesy_is_still_a_request() -> None:
    drafts = read(
        "[To:2]佐藤 花子さん\nお忙しいところ恐縮ですが、議事録の確認をよろしくお願いします。"
    )
    assert len(drafts) == 1 and "議事録" in drafts[0].title


@pytest.mark.parametrize(
    "sentence",
    [
        "移行作業で困ったことがあれば言ってください。",
        "分からない点があったら、いつでも声をかけてくださいね。",
        "手が足りないところがありましたらご相談ください。",
    ],
)
def test_an_offer_to_help_if_asked_is_no_request(sentence: str) -> None:
    assert not is_request(sentence)


def test_a_conditional_request_for_work_is_still_a_request() -> None:
    assert is_request("差分があれば修正をお願いします。")


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("[To:2]佐藤 花子さん\n2階の複合機のトナーが切れています。補充をお願いします。", "トナー"),
        ("[To:2]佐藤 花子さん\n倉庫の棚が傾いています。修理の手配をお願いできますか？", "棚"),
    ],
)
def test_kind_of_work_alone_takes_the_thing_from_the_sentence_before(body: str, word: str) -> None:
    drafts = read(body)
    assert len(drafts) == 1 and word in drafts[0].title and drafts[0].assignees == (2,)


@pytest.mark.parametrize(
    "text",
    [
        "今週中には完了します。",
        "移行作業は金曜に完了する見込みです。",
        "午後には完了いたします！",
    ],
)
def test_completion_still_ahead_is_not_done(text: str) -> None:
    assert not says_done(text)


def test_completion_reported_is_still_done() -> None:
    assert says_done("棚卸の入力、完了しました。")


@pytest.mark.parametrize(
    "body",
    [
        "午後は健康診断で席を外します。ご不便をおかけしますがよろしくお願いします。",
        "今月の勉強会は中止にします。",
        "花粉の季節なので、マスクの着用を推奨します。",
        "本日は終日、研修に参加しております。",
    ],
)
def test_notices_about_oneself_or_a_meeting_are_no_tasks(body: str) -> None:
    assert read(body) == []


def test_a_promise_of_work_is_still_a_commitment() -> None:
    drafts = read("在庫表の棚卸結果は、私が金曜までにまとめておきます。", sender=2)
    assert len(drafts) == 1 and drafts[0].assignees == (2,) and "棚卸" in drafts[0].title


def test_a_courtesy_naming_work_already_held_is_a_reminder() -> None:
    tasks = fold(
        m(1, 2, "ログの容量不足の件、私が明日までに調べておきます。"),
        m(2, 1, "ありがとうございます。容量不足の調査、よろしくお願いします。"),
    )
    assert [t.message_id for t in tasks] == [f"{ROOM}000001"]


def test_a_courtesy_naming_other_work_is_still_a_request() -> None:
    tasks = fold(
        m(1, 2, "ログの容量不足の件、私が明日までに調べておきます。"),
        m(2, 1, "ありがとうございます。ディスク増設の見積もりもよろしくお願いします。"),
    )
    assert len(tasks) == 2


@pytest.mark.parametrize(
    "body",
    [
        "夕会は5分遅れて始めます。",
        "本日は18時で上がります。",
        "大雪のため、明日は全社在宅勤務とします。",
        "午後は外部研修のため不在にします。",
        "先ほどの投稿は誤りでした。無視してください。",
        "新しい経費システム、使い方が分からなければ聞いてください。",
    ],
)
def test_notices_of_schedule_and_offers_are_no_tasks(body: str) -> None:
    assert read(body) == []


def test_a_commitment_with_a_deadline_is_kept_beside_those_rules() -> None:
    drafts = read("請求データの取り込みは、私が明日の昼までに終わらせておきます。", sender=2)
    assert len(drafts) == 1 and drafts[0].assignees == (2,)


@pytest.mark.parametrize(
    "text",
    [
        "11/12に納品された部品の検品をお願いします。",
        "先日11/15に受け付けた問い合わせへの回答をお願いします。",
        "昨日届いたサンプルの検品をお願いします。",
        "一昨日いただいたご意見への返信をお願いします。",
    ],
)
def test_a_day_the_thing_happened_is_no_deadline(text: str) -> None:
    assert pick_due(text, SENT, CAL) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("11/18に提出してください。", "2026-11-18"),
        ("11/12に納品された部品の検品を、11/19までにお願いします。", "2026-11-19"),
    ],
)
def test_a_day_the_work_is_due_is_still_its_deadline(text: str, day: str) -> None:
    due = pick_due(text, SENT, CAL)
    assert due is not None and due.day.isoformat() == day


@pytest.mark.parametrize(
    ("ask", "reply", "done"),
    [
        ("ロゴ画像の差し替えをお願いします。", "ロゴ、差し替えました！", True),
        ("配送ルートの見直しをお願いします。", "ルート、見直しました。", True),
        ("在庫の洗い出しをお願いします。", "洗い出しはまだ終わっていません。", False),
    ],
)
def test_a_title_ending_in_a_verb_stem_is_closed_by_that_verb_in_the_past(
    ask: str, reply: str, done: bool
) -> None:
    tasks = fold(
        m(1, 1, f"[To:2]佐藤 花子さん\n{ask}"),
        m(2, 2, f"[rp aid=1 to={ROOM}-{ROOM}000001]田中 太郎さん\n{reply}"),
    )
    assert len(tasks) == 1 and (tasks[0].status.value == "done") is done
