# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the Japanese half of holdout 24 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit, says_done

KIT = RuleKit(7983, MEMBERS[:3])
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_finished_and_left_where_it_can_be_found_is_done() -> None:
    assert says_done("案内チラシ、200部刷り終わって受付の棚に置いてます")
    assert not says_done("書き終わってから送ります")


def test_now_settled_is_done() -> None:
    ask = m(1, 1, "[To:3]鈴木さん\n説明会の司会をもう1人、明後日までに確定してもらえますか")
    done = m(2, 3, f"{rp(1, 1)}総務の山本さんに引き受けてもらえました！これで2人確定です")
    [t] = fold(ask, done)
    assert t.status == TaskStatus.DONE


def test_part_done_and_the_rest_given_a_day_moves_the_task() -> None:
    ask = m(1, 1, "[To:2]佐藤さん\n3校分の見学資料の準備、今週中にお願いします")
    part = m(2, 2, f"{rp(1, 1)}見学資料、2校分はできました。残り1校は明日の朝イチでやります")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN
    assert t.due is not None and t.due.day.isoformat() == "2026-11-17" and t.due.at is not None


def test_done_and_reported_here_closes_the_ask_and_promises_nothing() -> None:
    ask = m(1, 2, "[To:1]田中様\n取込エラーが出ています。至急見ていただけますでしょうか")
    report = m(
        2,
        1,
        f"{rp(2, 1)}調査が完了しましたのでご報告いたします。設定の不具合でした。修正版は11/20にリリース予定です。",
    )
    [t] = fold(ask, report)
    assert t.status == TaskStatus.DONE and t.due is None


def test_a_fault_still_there_after_a_try_closes_nothing() -> None:
    ask = m(1, 1, "[To:2]佐藤さん\n勝手口の扉の建付け調整をお願いします")
    tried = m(
        2,
        2,
        f"{rp(1, 1)}扉の建付け、一度調整しましたが、まだ下の方が少し擦ります。もう一回やります",
    )
    [t] = fold(ask, tried)
    assert t.status == TaskStatus.OPEN


def test_a_topic_before_the_comma_is_no_verb_done() -> None:
    ask = m(1, 1, "分担です。\n③閉店後の売上の集計（〜11/18 12:00）→ 鈴木さん")
    late = m(
        2,
        3,
        f"{rp(1, 1)}③の集計、7割くらいまで来ました。時間がかかってて…週明けまで延ばしてもいいですか",
    )
    [t] = fold(ask, late)
    assert t.status == TaskStatus.OPEN
    assert t.due is not None and t.due.day.isoformat() == "2026-11-24"  # (11/23 is a holiday)


def test_part_of_the_work_still_left_closes_nothing() -> None:
    ask = m(
        1,
        1,
        "[To:2]佐藤さん\n会議室の椅子とホワイトボード、明日の朝イチまでに倉庫へ片付けておいてください",
    )
    part = m(2, 2, f"{rp(1, 1)}椅子は全部運びました。ホワイトボードがまだ半分残ってます🙇‍♀️")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_a_notice_headed_oshirase_promises_nothing() -> None:
    assert read("【お知らせ】書類の保管箱は11/25に書庫へ移します。", sender=3) == []


def test_the_work_as_topic_then_watashi_ga_shimasu_is_a_promise() -> None:
    [d] = read(
        "[To:2]佐藤さん\n山田様から、来週のご予約を変えたいとお電話がありました。折り返しは私がします",
        sender=3,
    )
    assert d.kind == "commitment" and d.assignees == (3,) and "折り返し" in d.title


def test_go_and_do_it_from_the_sender_named_is_a_promise_a_souvenir_is_not() -> None:
    [d] = read("トナーは私が明日の朝イチで買ってきます", sender=1)
    assert d.kind == "commitment" and d.title == "トナーを買う"
    assert d.due is not None and d.due.at is not None
    assert read("GW中、実家に帰ります〜。お土産買ってきますね笑", sender=1) == []


def test_only_a_count_of_the_copies_is_not_the_work_done() -> None:
    ask = m(1, 1, "[To:2]佐藤さん\n研修資料、明後日までに20部印刷をお願いします")
    part = m(2, 2, f"{rp(1, 1)}10部だけ印刷しました。プリンタのトナーが切れてしまって…")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN
    assert says_done("校閲OKです。1か所だけ数字を直しました")


def _plan() -> object:
    return m(
        1,
        1,
        "連休前の段取りです。\n1. 部品の出荷調整　担当：佐藤 / 期限：11/18\n2. 連休中の設備点検の業者手配　担当：鈴木",
    )


def test_a_stand_in_for_one_line_of_a_list_takes_that_line() -> None:
    pass_on = m(
        2,
        3,
        f"{rp(1, 1)}すみません、②の件、出張が入ってしまって動けません…\n[To:2]佐藤さん 代わりにお願いできますか🙏",
    )
    tasks = [(t.title, t.assignee_ids) for t in fold(_plan(), pass_on)]  # type: ignore[arg-type]
    assert ("連休中の設備点検の業者手配", (2,)) in tasks and len(tasks) == 3


def test_calling_off_the_share_of_the_one_named() -> None:
    off = m(2, 1, f"{rp(1, 1)}②は佐藤さんが手配してくれたので、鈴木さんの分はもう不要です")
    titles = [t.title for t in fold(_plan(), off) if t.status != TaskStatus.CANCELLED]  # type: ignore[arg-type]
    assert titles == ["部品の出荷調整"]


def test_up_to_a_count_then_more_time_moves_the_line_and_the_rest_done_closes_it() -> None:
    late = m(
        2,
        2,
        f"{rp(1, 1)}部品、1000個までは出荷準備できました。残り200個が検査待ちなので、週明けまで延ばしてもいいですか",
    )
    [t, _] = fold(_plan(), late)  # type: ignore[arg-type]
    assert (
        t.status == TaskStatus.OPEN and t.due is not None and t.due.day.isoformat() == "2026-11-24"
    )
    done = m(3, 2, f"{rp(1, 1)}部品の残り200個も検査を通って、本日出荷しました🚚")
    [t, _] = fold(_plan(), late, done)  # type: ignore[arg-type]
    assert t.status == TaskStatus.DONE


def test_a_thing_s_fault_and_joining_a_meeting_are_no_promises() -> None:
    assert read("2階のコピー機、昨日から時々フリーズします。再起動すれば動きます", sender=1) == []
    assert read("11/26の現場定例、私は午後から合流します", sender=1) == []


def test_a_pasted_letter_in_brackets_that_ends_in_the_past_asks_nothing() -> None:
    body = "保護者の方からメールが来ていたので貼ります👇\n「娘の面談を、来週火曜から木曜に変えていただけないでしょうか。部活の大会と重なってしまいました」\n※システムで変更済みです。共有まで"
    assert read(body, sender=2) == []


def test_a_call_on_the_supplier_s_closed_day_is_a_try_and_the_promise_its_new_day() -> None:
    ask = m(1, 1, "[To:2]佐藤さん\nコピー用紙の在庫、残りわずかです。追加発注お願いできますか？")
    tried = m(
        2, 2, f"{rp(1, 1)}仕入先に電話しましたが、今日は定休日でした…明日の朝イチまでには発注します"
    )
    [t] = fold(ask, tried)
    assert t.status == TaskStatus.OPEN and t.due is not None and t.due.at is not None
    assert t.due.day.isoformat() == "2026-11-17"


def test_two_owners_signed_after_the_arrow_share_the_line() -> None:
    drafts = read(
        "最終日の分担です。\n①受付の整理券配布 → 佐藤さん\n②駐車場の誘導 → 佐藤さん、鈴木さん\nよろしくお願いします。",
        sender=1,
    )
    assert [(d.title, d.assignees) for d in drafts] == [
        ("受付の整理券配布", (2,)),
        ("駐車場の誘導", (2, 3)),
    ]


def test_a_thing_needed_by_a_day_is_a_request() -> None:
    [d] = read(
        "[To:2]佐藤さん\nお世話になっております。修正した見積書が11/20(金)までに必要です。よろしくお願いします。",
        sender=1,
    )
    assert d.kind == "request" and d.assignees == (2,) and "見積書" in d.title
    assert d.due is not None and d.due.day.isoformat() == "2026-11-20"


def test_a_to_do_line_calling_for_anyone_is_a_task_for_nobody_yet() -> None:
    drafts = read(
        "TODOです\n1) 駐車許可の手配 — 佐藤\n2) 雨天時の代替案作成 — 誰か手の空いている方", sender=1
    )
    assert [(d.title, d.assignees) for d in drafts] == [
        ("駐車許可の手配", (2,)),
        ("雨天時の代替案作成", ()),
    ]
