# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 31 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit, day_of

MEMBERS = [
    Member(account_id=51, name="Kavya Rao"),
    Member(account_id=52, name="Owen Hale"),
    Member(account_id=53, name="西田 亜美"),
]
KIT = RuleKit(7994, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_kindly_note_is_a_notice() -> None:
    assert (
        read("Good morning team. Kindly note the Pune office is closed 12/24 to 12/26.", sender=51)
        == []
    )


def test_also_do_the_needful_for_a_thing_asks_for_that_thing() -> None:
    ask = m(
        1,
        51,
        "[To:52]Owen Hale\nAlso kindly do the needful for the parking permit renewal, facilities is chasing 🙏",
    )
    [t] = fold(ask, m(2, 52, f"{rp(51, 1)}Will do, by Wednesday"))
    assert (
        t.title == "The parking permit renewal"
        and t.assignee_ids == (52,)
        and day_of(t) == "2026-11-18"
    )


def test_all_by_a_day_after_a_checklist_is_every_items_day_not_an_ask_of_its_own() -> None:
    text = "[toall]\n- [ ] Kavya — fix the login loop (#88)\n- [ ] Owen — 4 new banners for the store page\nall by 11/20 please, gives us a day for QA"
    tasks = read(text, sender=53)
    assert [(t.assignees, day_of(t)) for t in tasks] == [
        ((51,), "2026-11-20"),
        ((52,), "2026-11-20"),
    ]


def test_an_unticked_box_is_a_state_to_reach_and_both_by_a_day_after_a_note_dates_the_items() -> (
    None
):
    text = "Next steps on our side:\n- [ ] Owen: banner resizes for the app store\n- [ ] me: updated timeline\nthe tagline options are already in the deck ✍️\nboth by Thursday 🙏"
    tasks = read(text, sender=51)
    assert [(t.title, t.assignees, day_of(t)) for t in tasks] == [
        ("Banner resizes for the app store", (52,), "2026-11-19"),
        ("Updated timeline", (51,), "2026-11-19"),
    ]


def test_a_first_pass_got_over_by_a_day_is_a_promise() -> None:
    [t] = read("Brilliant. I'll get a first pass of the seating plan over by Friday.", sender=52)
    assert "seating plan" in t.title and day_of(t) == "2026-11-20" and t.assignees == (52,)


def test_could_you_possibly_get_it_back_names_the_thing_before() -> None:
    [t] = read(
        "[To:52]Owen Hale\nThe lease still needs your signature — could you possibly get it back to us by next Wednesday?",
        sender=51,
    )
    assert "lease" in t.title.lower() and "possibly" not in t.title.lower()


def test_a_versioned_thing_on_the_drive_is_done() -> None:
    ask = m(1, 51, "[To:52]Owen Hale\nCould you draft the run sheet by Friday?")
    [t] = fold(ask, m(2, 52, f"{rp(51, 1)}run sheet v1's on the drive → /events/run_v1"))
    assert t.status.value == "done"


def test_work_pushed_to_a_day_is_put_off_and_a_later_call_off_drops_it() -> None:
    ask = m(
        1,
        51,
        "[To:52]Owen Hale\ncould you sketch the stage layout for the finish area by next Monday? 🙏",
    )
    late = m(2, 52, f"{rp(51, 1)}stage layout pushed to Wednesday, still waiting on the tent sizes")
    off = m(3, 51, f"{rp(52, 2)}the sponsor pulled out, so the layout's no longer needed. sorry!")
    [t] = fold(ask, late)
    assert t.status.value == "open" and day_of(t) == "2026-11-18"  # (the nearest Wednesday)
    [t] = fold(ask, late, off)
    assert t.status.value == "cancelled"


def test_when_an_event_is_moved_to_is_no_reschedule() -> None:
    assert read("council vote pushed to 3:30, gonna be tight", sender=52) == []


def test_how_they_want_a_thing_sent_is_no_day() -> None:
    assert (
        read(
            "ward office is fine with it but they want the request form by fax, so not confirmed yet",
            sender=52,
        )
        == []
    )


def test_when_someone_gets_a_sec_is_no_part_of_the_work() -> None:
    [t] = read(
        "PR for the badge printer timeout is up (#412). PTAL when someone gets a sec 🙏", sender=52
    )
    assert "badge printer" in t.title and "sec" not in t.title


def test_redo_it_properly_with_a_long_how_still_points_back() -> None:
    [t] = read(
        "reverted last night's header change, the kiosk works again. I'll redo it properly with a test on all 3 kiosk models",
        sender=52,
    )
    assert "header change" in t.title and t.assignees == (52,)


def test_it_will_have_to_be_a_day_then_why_moves_the_task() -> None:
    ask = m(1, 51, "[To:52]Owen Hale\nshift rota for the two help desks by Friday please")
    [t] = fold(
        ask, m(2, 52, f"{rp(51, 1)}rota will have to be next Tuesday, two people dropped out 😓")
    )
    assert day_of(t) == "2026-11-24"


def test_a_thing_that_needs_your_sign_off_names_the_ask_that_waits_on_it() -> None:
    [t] = read(
        "[To:52]Owen Hale\nThe Q4 payout batch (412 tickets) still needs your sign-off before we can push it. We're blocked on your approval 🙏",
        sender=51,
    )
    assert "payout batch" in t.title and t.assignees == (52,)


def test_before_we_can_push_it_is_no_postponement() -> None:
    [t] = read(
        "[To:52]Owen Hale\nthe release notes still need your review before we can push it",
        sender=51,
    )
    assert t.kind == "request"
