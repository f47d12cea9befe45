# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the Japanese half of holdout 28 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart (11/23 is a holiday)."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=71, name="久住 理沙"),
    Member(account_id=72, name="沖 直人"),
    Member(account_id=73, name="千早 蓮"),
]
KIT = RuleKit(7992, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_the_same_work_wanted_earlier_moves_its_day() -> None:
    ask = m(1, 71, "[To:72]沖さん 展示会パネルの原稿、金曜までにお願いします")
    earlier = m(
        2,
        71,
        f"{rp(71, 1)}すみません、印刷所の締めが早まりました。パネルの件、前倒しで明日の午前中までにいただけますか🙇",
    )
    [t] = fold(ask, earlier)
    assert t.due is not None and str(t.due.day) == "2026-11-17"


def test_done_then_the_slip_it_left_closes_the_task() -> None:
    ask = m(1, 73, "[To:72]沖さん 見本の納品、明日中にお願いできますか")
    for done in ("納品済　伝票 No.KT-1118-07", "発送済み 追跡番号 4471-2209"):
        assert [t.status for t in fold(ask, m(2, 72, f"{rp(73, 1)}{done}"))] == [TaskStatus.DONE]


def test_a_tagged_notice_and_an_ask_of_whoever_needs_it_are_no_tasks() -> None:
    assert (
        read(
            "【共有】11/23（月・祝）は空調の定期点検で、9:00〜12:00停止します。業務への影響はありません",
            sender=71,
        )
        == []
    )
    assert read("座席表の変更が必要な方は、今月中に声かけてください", sender=71) == []
    assert len(read("[To:72]沖さん 座席表の変更、今月中にお願いします", sender=71)) == 1


def test_kansai_endings_ask_as_the_standard_forms_do() -> None:
    [t] = read("[To:73]千早さん\n305号室の床下点検口の位置、今週中に見てきてくれへん？", sender=72)
    assert t.assignees == (73,) and "点検口" in t.title
    [t] = read("[To:73]千早ちゃん、組合さんへの中間請求書、月末までに出しといてや", sender=72)
    assert t.title == "組合さんへの中間請求書を出す" and t.due is not None


def test_in_time_for_an_event_of_a_day_is_that_day() -> None:
    tasks = read(
        "[To:72][To:73]\n先日の理事会で出た件です。\n→ 掲示板用のお知らせ文案（沖さん）\n→ 仮置き場の図面（千早さん）\nどちらも来週火曜の理事会に間に合えば大丈夫です",
        sender=71,
    )
    assert sorted(str(t.due.day) for t in tasks if t.due) == ["2026-11-24", "2026-11-24"]


def test_passing_a_request_on_and_a_closing_after_a_break_are_no_tasks() -> None:
    [t] = read(
        "[To:72]沖さん\n監督の千早さんからの依頼をお伝えします。第2話の絵コンテの修正を11/27までにお願いできますか？",
        sender=71,
    )
    assert "絵コンテ" in t.title and t.assignees == (72,)
    assert (
        read(
            "[toall]\n年末年始（12/29〜1/4）は弊社も休業です。年明けにまたよろしくお願いします🎍",
            sender=71,
        )
        == []
    )


def test_a_best_before_date_is_not_a_deadline_and_a_heading_one_is() -> None:
    tasks = read(
        "[To:72][To:73]\n【〆切 11/20】お客様相談室から回ってきたお申し出（冷凍ぎょうざ 賞味期限2027.03.15）の件、以下お願いします。\n・調査報告書のまとめ：沖さん\n・保管サンプルの確認：千早さん",
        sender=71,
    )
    assert len(tasks) == 2 and all(
        t.due is not None and str(t.due.day) == "2026-11-20" for t in tasks
    )


def test_an_amount_asked_after_a_question_is_of_the_thing_before_the_comma() -> None:
    [t] = read(
        "[To:73]千早さん\n明日の佐原様の案内状、紙はA4で合ってますか？あと17時までに40枚お願いします",
        sender=71,
    )
    assert t.title == "明日の佐原様の案内状を40枚" and t.due is not None


def test_a_draft_reported_ready_after_a_topic_is_itself_the_thing() -> None:
    ask = read("西條様の在留申請、申請書の下書きができました。ご確認お願いします", sender=71)
    assert [t.title for t in ask] == ["西條様の在留申請、申請書の下書きの確認"]
    [t] = read("請求書、作成完了しました。明日発送します", sender=72)
    assert t.title.startswith("請求書")


def test_a_subject_inside_a_reason_is_the_thing_not_who_does_it() -> None:
    [t] = read("掲示板のポスター、角が破れかけてるのでラミネートで作り直しておきます", sender=72)
    assert t.assignees == (72,) and "ポスター" in t.title
    [t] = read("名札が色あせてきたのでテプラで作り直しておきます", sender=72)
    assert t.title == "名札をテプラで作り直す"
    # 一旦差し戻します: the draft goes back with this very message; the redo is the ask
    tasks = read(
        "確認しました。連絡先の欄が空なので一旦差し戻します。金曜までに再提出をお願いします",
        sender=71,
    )
    assert [t.title for t in tasks] == ["再提出"]


def test_an_ask_passed_on_is_the_listeners_and_a_reported_wish_is_not() -> None:
    [t] = read(
        "[To:73]千早さん\n久住さんから依頼です🙏 おさらい会で使う模造紙（5枚）、明日までに倉庫から出しておいてほしいとのことです。お願いします",
        sender=72,
    )
    assert t.assignees == (73,) and t.title.startswith("おさらい会") and t.due is not None
    [t] = read("[To:72]沖さん\n管理会社から、折り返しご連絡くださいとのことです", sender=73)
    assert "連絡" in t.title
    report = "本日の打ち合わせの報告です。\n■先方からの要望\n・搬入口は3m空けておいてほしいとのこと\n・当日の配置図を事前に見たいとのこと"
    assert read(report, sender=71) == []


def test_a_job_named_with_its_day_is_due_then_and_forgetting_is_no_work() -> None:
    [t] = read("[To:73]千早さん\n明日7時の検針、忘れずにお願いします", sender=71)
    assert t.title == "明日7時の検針" and t.due is not None and str(t.due.at) == "07:00:00"
    [t] = read("会議室の鍵の返却、忘れないでくださいね", sender=71)
    assert t.title == "会議室の鍵の返却"
    [t] = read("明日の会議の資料、忘れないようにお願いします", sender=71)
    assert t.due is None  # (the meeting's day, not the papers' deadline)
    assert read("この棚の書類は見ないでください", sender=71) == []


def test_an_aspect_asked_of_a_thing_reported_and_stock_running_out() -> None:
    [t] = read(
        "[To:72][To:73]\n請求連携の検証用データを作りました。共有フォルダの「検証」に上げてあります。お二人で中身のご確認お願いします",
        sender=71,
    )
    assert t.title == "請求連携の検証用データの中身の確認" and t.assignees == (72, 73)
    [t] = read(
        "[To:72]沖さん\n強力粉の在庫、残り2日分くらいです。追加発注お願いできますか？", sender=71
    )
    assert t.title == "強力粉の追加発注"


def test_two_things_each_with_its_day_in_one_ask_are_two_tasks() -> None:
    a, b = read(
        "[To:72]沖さん\n退職者が1名います。健康保険の喪失届を今週中に、源泉徴収票は来週火曜までにお願いできますか？",
        sender=71,
    )
    assert (a.title, b.title) == ("健康保険の喪失届", "源泉徴収票")
    assert a.due is not None and b.due is not None and a.due.day < b.due.day
    # (目標シートを、11/27までに各自提出: one job, its day said after the comma)
    assert (
        len(
            read(
                "[toall]\n【依頼】来期の目標シートを、11/27(金)までに各自提出してください。",
                sender=71,
            )
        )
        == 1
    )
