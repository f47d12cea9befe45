# ruff: noqa: E501  (chat messages read best on one line)
"""Rules holdout 12 prompted (issue #11), one test per general rule, written with
sentences of their own (not the labelled messages)."""

from __future__ import annotations

from datetime import date, time

from chatsync.models import Due, TaskStatus
from tests.parser.sentences import fold, m, read, rp

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
