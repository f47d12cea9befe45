"""Rules added when the third holdout was first scored: one test per general rule, written
with sentences of their own (not the labelled messages)."""

from __future__ import annotations

import pytest

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit, says_done

KIT = RuleKit(7300, MEMBERS[:3])
read, m, rp, fold = KIT.read, KIT.m, KIT.rp, KIT.fold


# --------------------------------------------------------------------------- not requests


@pytest.mark.parametrize(
    "body",
    ["お願いします！", "では、お願いいたします。", "了解です、お願いします"],
)
def test_a_bare_please_asks_for_nothing(body: str) -> None:
    assert read(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "経費の申請期限は月末です。ご承知おきください。",
        "来週から請求書の様式が変わります、お含みおきください。",
        "年末は配送が遅れる点、ご認識ください。",
    ],
)
def test_be_aware_notices_are_no_tasks(body: str) -> None:
    assert read(body) == []


@pytest.mark.parametrize(
    "answer",
    [
        "A案でお願いします！",
        "税抜きでお願いします。",
        "送料は含めずにお願いします",
        "ええと、2部でお願いします。",
    ],
)
def test_a_reply_that_picks_an_option_is_no_task(answer: str) -> None:
    assert read(f"{rp(2, 1)}佐藤 花子さん\n{answer}") == []


def test_a_reply_that_names_work_is_still_a_request() -> None:
    [d] = read(f"{rp(2, 1)}佐藤 花子さん\nでは修正版の作成でお願いします。")
    assert d.assignees == (2,) and "修正版" in d.title


def test_timed_work_announced_to_all_is_a_schedule() -> None:
    assert read("[toall]\n明日10時にサーバーを再起動します。") == []
    [d] = read("[toall]\n議事録は明日までに送ります。")
    assert d.kind == "commitment" and d.assignees == (1,)


# --------------------------------------------------------------------------- titles


def test_a_request_asking_whether_one_can_reads_as_the_work() -> None:
    [d] = read("[To:2]佐藤 花子さん\n請求一覧、金曜までに作成できますか？")
    assert d.title == "請求一覧の作成"
    [d] = read("[To:3]鈴木 一郎さん\n発注書、明日までに送付可能でしょうか。")
    assert d.title == "発注書の送付"


def test_te_oku_commitments_keep_the_verb() -> None:
    [d] = read("明日までに在庫の数を数えておきます。", sender=3)
    assert d.title.endswith("数える") and d.assignees == (3,)


def test_a_commitment_pointing_back_takes_the_previous_message_object() -> None:
    prev = "来月の社内勉強会の会場がまだ決まっていません。"
    [d] = read("それ、私が引き取ります。明日までに押さえます。", sender=2, previous=prev)
    assert "勉強会" in d.title and d.assignees == (2,)
    [d] = read("これは私がやります！", sender=3, previous=prev)
    assert "勉強会" in d.title


# --------------------------------------------------------------------------- updates


@pytest.mark.parametrize(
    "text",
    [
        "搬入の段取り、調整できました。",
        "新しい端末の設定ができました",
        "ロゴの差し替えが完成できました",
    ],
)
def test_any_work_noun_with_dekimashita_is_done(text: str) -> None:
    assert says_done(text)


@pytest.mark.parametrize(
    "text", ["やっと理解できました。", "社内Wikiにログインできました", "会議に参加できました"]
)
def test_dekimashita_of_no_work_is_not_done(text: str) -> None:
    assert not says_done(text)


def test_a_completion_with_a_date_in_a_reply_closes_instead_of_moving() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤 花子さん\n来客の日程調整をお願いします。"),
        m(2, 2, f"{rp(1, 1)}田中 太郎さん\n来客、11/30(月)で調整できました。"),
    )
    [t] = tasks
    assert t.status == TaskStatus.DONE and t.due is None


def test_the_tasks_own_verb_in_the_past_closes_it() -> None:
    tasks = fold(
        m(1, 1, "[To:3]鈴木 一郎さん\n歓迎会のポスターを描いてもらえますか？"),
        m(2, 3, "ポスター、描きました！"),
    )
    assert tasks[0].status == TaskStatus.DONE
    tasks = fold(
        m(1, 1, "[To:3]鈴木 一郎さん\n会議室の机を並べてください。"),
        m(2, 3, "机、並べました。"),
    )
    assert tasks[0].status == TaskStatus.DONE


def test_the_own_verb_in_the_future_closes_nothing() -> None:
    tasks = fold(
        m(1, 1, "[To:3]鈴木 一郎さん\n歓迎会のポスターを描いてもらえますか？"),
        m(2, 3, "ポスター、今日中に描きます。"),
    )
    assert all(t.status == TaskStatus.OPEN for t in tasks)


def test_done_plus_a_new_request_closes_the_senders_named_task() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤 花子さん\n展示会の報告書を作成してください。"),
        m(2, 2, "[To:1]田中 太郎さん\n報告書、作成しました。目を通していただけますか？"),
    )
    first, second = tasks
    assert first.status == TaskStatus.DONE
    assert second.assignee_ids == (1,) and second.status == TaskStatus.OPEN


def test_a_new_request_does_not_close_an_unnamed_task() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤 花子さん\n展示会の報告書を作成してください。"),
        m(2, 2, "[To:1]田中 太郎さん\n見積書を作成しました。ご確認お願いします。"),
    )
    assert tasks[0].status == TaskStatus.OPEN and len(tasks) == 2


def test_a_promise_about_a_task_one_holds_is_progress_not_a_new_task() -> None:
    tasks = fold(
        m(1, 1, "[To:3]鈴木 一郎さん\n倉庫の鍵の交換をお願いします。"),
        m(2, 3, "鍵の交換は午後からやります。"),
    )
    assert len(tasks) == 1
    tasks = fold(
        m(1, 1, "[To:3]鈴木 一郎さん\n倉庫の鍵の交換をお願いします。"),
        m(2, 3, "名簿の整理は私がやります。"),
    )
    assert len(tasks) == 2


# --------------------------------------------------------------------------- second pass


@pytest.mark.parametrize(
    "body",
    [
        "Can you make it to the offsite on Thursday?",
        "Could you come to the launch party tomorrow?",
        "Can you be available for a quick call at 4pm?",
    ],
)
def test_attendance_questions_ask_for_no_work(body: str) -> None:
    assert read(f"[To:2]佐藤 花子さん\n{body}") == []


@pytest.mark.parametrize(
    "body",
    [
        "来週の商談、よろしくお願いします。",
        "金曜の定例、よろしくお願いします！",
        "明日の面談もよろしくです。",
    ],
)
def test_a_courtesy_before_an_occasion_is_no_task(body: str) -> None:
    assert read(f"[To:3]鈴木 一郎さん\n{body}") == []


def test_a_role_at_an_occasion_is_still_work() -> None:
    [d] = read("[To:3]鈴木 一郎さん\n来週の商談の議事録、よろしくお願いします。")
    assert "議事録" in d.title


def test_a_reply_closes_the_item_its_done_sentence_names() -> None:
    tasks = fold(
        m(1, 1, "[To:2]佐藤 花子さん\n次の2点お願いします。\n・請求書の再発行\n・納品書の郵送"),
        m(2, 2, f"{rp(1, 1)}田中 太郎さん\n郵送は完了しました。請求書の再発行は明日やります。"),
    )
    by_title = {t.title: t.status for t in tasks}
    assert by_title == {"請求書の再発行": TaskStatus.OPEN, "納品書の郵送": TaskStatus.DONE}
