# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 28 showed after it was scored: one test
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
KIT = RuleKit(7991, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_scrap_all_of_them_calls_off_every_line() -> None:
    plan = m(
        1,
        51,
        "[toall]\nfair prep, please:\n- Noah: demo script\n- Aiko: QR codes for the lead form\n- me: badge pickup",
    )
    for off in (
        "scrap all of that ☝️ the organiser's pack covers it. sorry for the noise",
        "scrap all three — the fair moved to March",
    ):
        tasks = fold(plan, m(2, 51, f"{rp(51, 1)}{off}"))
        assert tasks and all(t.status == TaskStatus.CANCELLED for t in tasks)


def test_check_your_inbox_is_where_the_thing_is() -> None:
    ask = m(1, 53, "[To:51]Iris Vega could you send the shipping docs by Friday?")
    done = m(2, 51, f"{rp(53, 1)}all shipping docs sent over — check your inbox 📎")
    assert [t.status for t in fold(ask, done)] == [TaskStatus.DONE]


def test_a_party_wanting_a_thing_by_a_day_asks_for_it() -> None:
    [t] = read(
        "[To:53]Aiko Tan\npassing this on from Legal: they want the signed vendor agreement for the Kestrel pilot back this week. scan to them + original to the 2nd floor",
        sender=51,
    )
    assert t.assignees == (53,) and "vendor agreement" in t.title
    assert t.due is not None and str(t.due.day) == "2026-11-20"


def test_a_hedged_promise_under_a_re_label_names_the_thing() -> None:
    [t] = read(
        "re the Kestrel waiver: I should be able to get the revised version to Aiko by Thursday, train wifi permitting 😅",
        sender=52,
    )
    assert t.title == "Get the revised version of the Kestrel waiver to Aiko"
    assert t.assignees == (52,) and t.due is not None and str(t.due.day) == "2026-11-19"


def test_ill_shout_when_they_are_in_is_a_promise_to_report() -> None:
    assert read("supplier says Thursday. I'll shout when they're in", sender=52) == []


def test_a_report_under_a_colleagues_chase_closes_the_task_it_names() -> None:
    ask = m(
        1,
        51,
        "[To:52]Noah Fischer could you send Procurement the licence renewal numbers by Monday?",
    )
    chase = m(2, 53, "any update on the licence numbers? Procurement pinged me again")
    done = m(
        3, 52, f"{rp(53, 2)}the licence renewal numbers went over to Procurement this morning 📨"
    )
    [t] = fold(ask, chase, done)
    assert t.status == TaskStatus.DONE
    busy = m(
        3,
        52,
        f"{rp(53, 2)}sorry, swamped with the licence numbers this week — Aiko might be quicker?",
    )
    assert [t.status for t in fold(ask, chase, busy)] == [TaskStatus.OPEN]


def test_the_final_version_shown_by_its_link_is_done() -> None:
    ask = m(1, 51, "[To:53]Aiko Tan could you put together the monthly cost report by Friday?")
    done = m(2, 53, f"{rp(51, 1)}final version → https://docs.example/cost-report-11")
    assert [t.status for t in fold(ask, done)] == [TaskStatus.DONE]


def test_how_many_after_the_ask_is_no_second_task() -> None:
    [t] = read(
        "[To:53]Aiko Tan could you print the seating plan for the briefing? A3 ok? and 12 copies pls",
        sender=51,
    )
    assert t.title == "Print the seating plan for the briefing"


def test_a_thing_shown_by_an_arrow_to_its_file_is_done() -> None:
    plan = m(
        1,
        51,
        "[To:52][To:53]\nfor the launch kit:\n- Noah: FAQ copy, by Friday\n- Aiko: the press photos, next week",
    )
    for done in ("FAQ copy → Launch/faq_v3.docx", "final FAQ uploaded → Launch/faq_final.pdf"):
        tasks = fold(plan, m(2, 52, f"{rp(51, 1)}{done}"))
        assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN]
    # (questions → the help channel: no file or link after the arrow, so no report)
    assert (
        fold(plan, m(2, 52, f"{rp(51, 1)}questions → the help channel"))[0].status
        == TaskStatus.OPEN
    )


def test_a_japanese_report_with_an_aside_after_it_closes_the_task() -> None:
    ask = m(1, 51, "[To:52]Noahさん\n検査記録を3営業日以内にご提出いただけますでしょうか。")
    done = m(
        2,
        52,
        f"{rp(51, 1)}Iris Vega\n検査記録を提出しました（写真付きPDF、8ページ）。ご確認お願いします",
    )
    first, check = fold(ask, done)
    assert first.status == TaskStatus.DONE and check.assignee_ids == (51,)


def test_what_was_chased_for_coming_in_closes_the_chase() -> None:
    ask = m(1, 51, "[To:52]Noah can you chase Legal for the signed NDA? by 3pm tomorrow")
    for came in ("Legal has sent the NDA to Aiko and me.", "got the signed NDA"):
        [t] = fold(ask, m(2, 52, f"{rp(51, 1)}Of course."), m(3, 52, f"{rp(51, 1)}{came}"))
        assert t.status == TaskStatus.DONE


def test_which_of_two_is_done_said_first_with_yes() -> None:
    plan = m(1, 52, "daily:\ntoday: load tests for the search API, review Aiko's caching PR")
    both = m(2, 51, f"{rp(52, 1)}both?")
    answer = m(
        3,
        52,
        f"{rp(52, 1)}review yes, left two comments on the PR. load tests not yet, 2 of 5 written",
    )
    tasks = fold(plan, both, answer)
    assert [t.status for t in tasks] == [TaskStatus.OPEN, TaskStatus.DONE]


def test_this_one_under_a_quoted_email_is_the_work_the_email_asks_for() -> None:
    body = "Halden's IT lead emailed:\n> Hello, could you please rotate the API keys for our staging tenant? Thanks, Mo\n[To:53]Aiko Tan can you handle this one? you set up their prod"
    [t] = read(body, sender=51)
    assert t.title == "Rotate the API keys for our staging tenant" and t.assignees == (53,)


def test_a_look_asked_after_a_fault_names_the_fault() -> None:
    [t] = read(
        "hi IT, my monitor won't wake from sleep since the update. can someone take a look?",
        sender=52,
    )
    assert t.title == "Take a look: monitor won't wake from sleep"
    [t] = read("the label printer on 2F keeps jamming. could you have a look today?", sender=52)
    assert "keeps jamming" in t.title and t.due is not None


def test_a_party_asked_for_is_the_thing_those_points_at() -> None:
    [t] = read(
        "[To:52]Noah, the museum asked for close-ups of the west doors as well — can you add those to tomorrow's shot list?",
        sender=51,
    )
    assert t.title.startswith("Add close-ups of the west doors to")


def test_a_pr_promised_after_a_proposal_is_a_pr_for_it() -> None:
    [t] = read(
        "we should probably bump pandas to 2.2 before the release, CI is red. I'll open a PR",
        sender=52,
    )
    assert t.title == "Open a PR to bump pandas to 2.2 before the release"


def test_will_have_to_be_a_day_moves_the_task_and_closed_days_do_not() -> None:
    plan = m(
        1,
        51,
        "[toall]\nopening tasks:\n1) Noah — the wine list, 11/20\n2) Aiko — staff rota, 11/27",
    )
    moved = m(
        2,
        52,
        f"{rp(51, 1)}the wine list will have to be 11/24 — the importer sends prices on the 23rd",
    )
    wine, rota = fold(plan, moved)
    assert wine.due is not None and str(wine.due.day) == "2026-11-24" and rota.due is not None
    ask = m(1, 51, "[To:53]Aiko could you export the stems for episode 4 by 12/4?")
    ok = m(2, 53, f"{rp(51, 1)}sure thing 👍 fyi we're closed 11/26 and 11/30–12/2")
    [t] = fold(ask, ok)
    assert t.due is not None and str(t.due.day) == "2026-12-04"
