# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the Japanese half of holdout 29 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart (11/23 is a holiday)."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=81, name="真柴 里奈"),
    Member(account_id=82, name="国見 拓"),
    Member(account_id=83, name="汐田 航"),
]
KIT = RuleKit(7993, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_an_answer_with_te_desu_and_a_done_with_zumi_are_no_asks() -> None:
    assert read("はい、英語版も含めてです", sender=82) == []
    assert read("特設ページ, all set ✅ 予約投稿も済みです", sender=82) == []


def test_a_slot_offered_is_no_promise_yet() -> None:
    assert read("[To:82]国見さん\n給湯器の件、金曜の午後なら伺えます🔧", sender=83) == []
    assert read("来週なら対応できます", sender=83) == []
    [t] = read("給湯器の件、金曜に伺います", sender=83)
    assert t.assignees == (83,)


def test_asks_of_whoever_has_a_change_or_needs_a_hand_are_offers() -> None:
    assert read("シフトの変更がある方は、11/20までに真柴まで声をかけてください", sender=81) == []
    assert read("何か手が要るときは声かけてください🙌", sender=81) == []
    assert len(read("[To:82]国見さん シフトの変更、11/20までに声をかけてください", sender=81)) == 1


def test_a_thing_said_as_needed_is_asked_for() -> None:
    [t] = read(
        "[To:82]国見さん\n先月入れた複合機の件、固定資産に載せるので納品書の原本が必要です。\n月末までにいただけないと、試算表が進められません🙇",
        sender=81,
    )
    assert t.title == "納品書の原本" and t.assignees == (82,) and t.due is not None
    # then how to meet it is the same task, with its day
    [t] = read(
        "[To:83]汐田様\n保険の申込書に汐田様のご署名が必要です。添付の用紙にご署名のうえ、3営業日以内にご返送ください。",
        sender=81,
    )
    assert "申込書" in t.title and t.due is not None
    # (people wanted, and what a check found, are no asks)
    assert read("連休明けの点検に立ち会いできる人が必要です", sender=81) == []
    assert read("手順、確認しました。1点だけ修正が必要でしたので、反映済みです。", sender=82) == []


def test_whether_it_can_be_done_by_a_time_asks_for_it() -> None:
    [t] = read("[To:82]国見さん 先方のコメント、今日中に取れそう？", sender=81)
    assert t.assignees == (82,) and t.due is not None and "コメント" in t.title
    [t] = read("[To:83]汐田さん\n明日の朝イチ、3Fの配管確認の立ち会い行けそう？", sender=81)
    assert "立ち会い" in t.title and t.due is not None


def test_the_one_on_duty_asked_by_role_looks_at_the_trouble() -> None:
    [t] = read(
        "お疲れ様です、経理の真柴です。\n朝から共有ドライブにつながらず、請求フォルダが開けません😢\n今日の当番の方、見ていただけますか",
        sender=81,
    )
    assert "共有ドライブ" in t.title and t.assignees == ()
    assert read("受付係をお願いできる人いますか", sender=81) == []


def test_can_it_be_done_today_asks_for_it() -> None:
    [t] = read(
        "[To:83]汐田さん\n訪問日程表の英訳、今日中にできそう？🙏 明日の会議で配りたくて…", sender=81
    )
    assert t.title == "訪問日程表の英訳" and t.assignees == (83,) and t.due is not None


def test_an_ask_between_the_lines_of_a_progress_report_is_the_only_task() -> None:
    body = "会場図の件、途中経過です。\n・受付は昨年と同じ位置\n・来場者の導線は警備会社と相談中\n[To:82]国見さん、協賛社リストの最新版がないと看板が発注できないので、明日中に送っていただけますか🙏\n・救護テントは2張で変更なし\n以上です。"
    [t] = read(body, sender=81)
    assert "協賛社リスト" in t.title and t.assignees == (82,) and t.due is not None
    assert (
        read(
            "配置の件、状況です。\n・市長のコメントは取れました\n・記者2人のうち、1人は今日会えます\n・写真は資料写真で足りそうです",
            sender=81,
        )
        == []
    )


def test_a_reason_that_trails_off_before_the_day_gives_the_ask_its_day() -> None:
    [t] = read(
        "[To:83]汐田さん\n棚卸しの前に、黒の全サイズを数えてもらえますか？台帳と合ってない気がしていて…11/27 15時までにお願いします",
        sender=81,
    )
    assert "数える" in t.title and t.due is not None and str(t.due.at) == "15:00:00"


def test_dot_leaders_before_who_does_each_line() -> None:
    tasks = read(
        "[toall]防災訓練（11/28）の準備、分担表です📋\n1. 消火器の借用（消防署）……国見さん\n2. 非常食の買い出し……国見さん・汐田さん（11/27まで）\n私は集会所の鍵の借用をやります",
        sender=81,
    )
    assert [(t.assignees, t.due is not None) for t in tasks] == [
        ((82,), False),
        ((82, 83), True),
        ((81,), False),
    ]


def test_seeing_the_photo_of_the_fault_and_promising_the_fix_moves_its_day() -> None:
    ask = m(
        1,
        81,
        "[To:82]国見さん\n3F給湯室の照明、器具の型番が図面と違うようです。写真上げました📷 器具の交換お願いできますか？",
    )
    reply = m(2, 82, f"{rp(81, 1)}写真見ました、うちの手配ミスです🙇 明後日には付け替えます")
    [t] = fold(ask, reply)
    assert t.status.value == "open" and t.due is not None and str(t.due.day) == "2026-11-18"
    check = m(1, 81, "[To:82]国見さん\n会議の資料、明日中に目を通していただけますか？")
    [t] = fold(check, m(2, 82, f"{rp(81, 1)}資料見ました。問題ありません"))
    assert t.status.value == "done"


def test_a_line_done_after_another_line_on_the_same_thing_was_closed() -> None:
    plan = m(
        1,
        81,
        "[toall]\n年末の進行です。\n1. 年賀DM 校了 → 国見さん（〜12/17）\n2. 同 印刷 → 汐田さん（〜12/22）",
    )
    proofed = m(2, 82, f"{rp(81, 1)}年賀DM、先方から校了もらいました🎉")
    printed = m(3, 83, f"{rp(81, 1)}DM、全部刷り上がりました！")
    assert [t.status.value for t in fold(plan, proofed, printed)] == ["done", "done"]


def test_a_share_by_tenths_leaves_the_task_open() -> None:
    ask = m(1, 81, "[To:82]国見さん\nセール初日分の出荷ラベル、金曜までに事前印刷をお願いします")
    [t] = fold(ask, m(2, 82, "出荷ラベル、初日分の8割まで刷りました🖨️"))
    assert t.status.value == "open"
