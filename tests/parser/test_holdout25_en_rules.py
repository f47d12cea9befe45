# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 25 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=21, name="真野 さくら"),
    Member(account_id=22, name="Tomas Berg"),
    Member(account_id=23, name="Lina Haas"),
]
KIT = RuleKit(7985, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_what_keeps_the_sender_busy_is_not_the_thing_handed_on() -> None:
    ask = m(1, 21, "[To:23]Lina Haas can you renew the parking permits for the vans by Thursday?")
    handed = m(
        2,
        23,
        f"{rp(21, 1)}I'm stuck on the payroll audit 🙏 [To:22]Tomas Berg could you take this one instead?",
    )
    titles = [t.title for t in fold(ask, handed)]
    assert titles == ["Renew the parking permits for the vans"] * 2
    [d] = read("I'm swamped with the launch. Tomas could you take this one?", sender=23)
    assert "launch" not in d.title


def test_welcome_before_a_noun_is_the_thing_not_a_greeting() -> None:
    drafts = read(
        "for the Osaka group:\n• museum guide — Lina, Thu\n• welcome dinner venue — Tomas, by Wednesday",
        sender=21,
    )
    assert [(d.title, d.assignees) for d in drafts] == [
        ("Museum guide", (23,)),
        ("Welcome dinner venue", (22,)),
    ]
    assert read("welcome back Tomas! 🎉", sender=21) == []


def test_so_i_can_says_why_the_day_not_a_promise() -> None:
    [d] = read(
        "[To:22]Tomas Berg can you get a quote for the banner? need it by Thursday so I can price the stand",
        sender=21,
    )
    assert d.kind == "request" and d.assignees == (22,) and "banner" in d.title.lower()


def test_lets_say_a_day_from_the_requester_moves_the_task() -> None:
    ask = m(1, 21, "[To:22]Tomas Berg can you book the coach for the field trip by Thursday?")
    late = m(2, 22, f"{rp(21, 1)}the second company hasn't quoted yet, I'll need until Monday")
    day = m(3, 21, f"{rp(22, 2)}Monday is a holiday here, nobody will answer — let's say Tuesday")
    [t] = fold(ask, late, day)  # (all sent on Monday 11/16: Tuesday is the 17th)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-17"
    assert t.due_updated_by == day.message_id


LIST = "[To:22][To:23]\nopen items:\n• unit 512 leak under the bathroom sink — Tomas, tomorrow\n• lobby light fittings — Lina, Wed\n• quote for repainting the fence — Tomas"


def test_a_unit_number_names_the_task_it_belongs_to() -> None:
    fixed = m(2, 22, f"{rp(21, 1)}512 sorted — the trap was cracked, swapped it.")
    done = [t.title for t in fold(m(1, 21, LIST), fixed) if t.status == TaskStatus.DONE]
    assert done == ["Unit 512 leak under the bathroom sink"]


def test_a_report_on_a_closed_line_closes_no_other_line() -> None:
    booked = m(2, 22, f"{rp(21, 1)}512 leak fixed")
    again = m(3, 22, f"{rp(21, 1)}512 sorted, tenant happy")
    tasks = fold(m(1, 21, LIST), booked, again)
    assert [t.status for t in tasks] == [TaskStatus.DONE, TaskStatus.OPEN, TaskStatus.OPEN]


def test_a_name_called_first_then_scrap_the_x_calls_it_off() -> None:
    off = m(
        2, 21, f"{rp(21, 1)}Tomas, scrap the fence quote — the board is replacing it next spring"
    )
    tasks = fold(m(1, 21, LIST), off)
    assert [t.status for t in tasks] == [TaskStatus.OPEN, TaskStatus.OPEN, TaskStatus.CANCELLED]


def test_i_would_do_it_if_you_ok_it_is_an_offer_not_a_promise() -> None:
    assert read("the hose is perished too, I'd replace it next visit if you OK it", sender=22) == []
    assert read("I'd suggest we wait for the second quote", sender=22) == []


def test_it_fixed_asked_for_names_the_thing_said_before() -> None:
    [d] = read("The lift in block C is out again 😤 we need it fixed by Thursday", sender=21)
    assert d.kind == "request" and d.title == "Lift in block C fixed"
    [d] = read("The gate motor is jammed. can you get it fixed by Friday?", sender=21)
    assert d.title == "Get gate motor fixed"


def test_tonight_is_no_deadline_but_tonight_at_a_time_is() -> None:
    [d] = read("will send the venue shortlist tonight", sender=22)
    assert d.due is None and d.title == "Send the venue shortlist"
    [d] = read("will send the venue shortlist tonight at 9pm", sender=22)
    assert d.due is not None and d.due.at is not None and d.due.at.hour == 21


def test_a_please_header_and_a_day_after_the_dash() -> None:
    drafts = read(
        "[To:23]Lina Haas\nfor the Osaka shipment, pls:\n- customs invoice check — by Thursday\n- insurance quote — 年内 is fine 🙏",
        sender=21,
    )
    assert [(d.title, d.assignees, str(d.due.day) if d.due else None) for d in drafts] == [
        ("Customs invoice check", (23,), "2026-11-19"),
        ("Insurance quote", (23,), "2026-12-31"),
    ]


def test_never_mind_then_someone_else_instead_takes_the_called_off_work() -> None:
    ask = m(1, 21, "[To:22]Tomas Berg can you file a damage claim with the courier today?")
    busy = m(2, 22, f"{rp(21, 1)}I'm on the school run till 2 — can it wait till tomorrow?")
    swap = m(
        3,
        21,
        f"[qt][qtmeta aid=21 time={ask.send_time}]can you file a damage claim with the courier today?[/qt]\nTomas, never mind then 👍\n[To:23]Lina Haas\nLina could you file it instead? has to go in today",
    )
    first, second = fold(ask, busy, swap)
    assert first.status == TaskStatus.CANCELLED
    assert second.assignee_ids == (23,) and second.title == first.title
    assert second.due == first.due


def test_a_name_called_first_does_not_hide_the_report() -> None:
    ask = m(
        1,
        22,
        "[To:21]真野 さくら様\n12月分の発注数量のご確認をお願いします。今週中にご返事いただけると助かります。",
    )
    report = m(2, 21, f"{rp(22, 1)}大橋さん, confirmed the December quantities: 40 cases a week")
    [t] = fold(ask, report)
    assert t.status == TaskStatus.DONE
    assert read("LGTM, left one nit about the placeholder", sender=21) == []


def test_the_input_for_the_work_coming_in_is_not_the_work_done() -> None:
    ask = m(
        1,
        21,
        "[To:23]Lina Haas\ncould you do a native check of the leaflet? I'll send the draft on Monday",
    )
    got = m(2, 23, f"{rp(21, 1)}Sakura-san, got the draft, thanks!")
    check, send = fold(ask, got)
    assert check.status == TaskStatus.OPEN  # (the draft sent is the requester's promise, done)
    assert send.status == TaskStatus.DONE and send.assignee_ids == (21,)
    ask2 = m(
        1, 21, "[To:23]Lina Haas\ncan you get the signed letters of support from both schools?"
    )
    got2 = m(2, 23, f"{rp(21, 1)}got the Millbrook letter, signed and in the folder 🎉")
    [t] = fold(ask2, got2)
    assert t.status == TaskStatus.DONE


def test_a_group_line_in_notes_and_done_except_a_part() -> None:
    notes = m(
        1,
        21,
        "notes from the sync:\n1) Lina — budget sheet, first draft by Thursday\n2) Tomas & Lina — outcomes table, together",
    )
    tasks = fold(notes)
    assert [(t.title, t.assignee_ids) for t in tasks] == [
        ("Budget sheet, first draft", (23,)),
        ("Outcomes table, together", (22, 23)),
    ]
    ask = m(
        1, 21, "[To:23]Lina Haas\ncould you do a final proofread of the application by tomorrow?"
    )
    part = m(2, 23, f"{rp(21, 1)}proofread done except the appendix — the PDFs are locked")
    [t] = fold(ask, part)
    assert t.status == TaskStatus.OPEN


def test_read_it_lgtm_is_the_review_done() -> None:
    ask = m(
        1, 21, "[To:22]Tomas Berg could you give the exec summary a read before I make the PDF?"
    )
    review = m(2, 22, f"{rp(21, 1)}read it, LGTM 👍")
    [t] = fold(ask, review)
    assert t.status == TaskStatus.DONE


def test_an_offer_that_points_back_takes_its_thing_from_the_offer() -> None:
    offer = m(1, 22, "re the 512 bathroom fan — still want me to swap it? ~¥6,000 parts + 30 min")
    yes = m(2, 21, f"{rp(22, 1)}yes please, next Monday works for the tenant")
    [t] = fold(offer, yes)
    assert t.assignee_ids == (22,) and "fan" in t.title
    assert t.due is not None and t.due.day.isoformat() == "2026-11-23"


def test_an_ordinal_before_a_noun_counts_things_not_days() -> None:
    ask = m(
        1,
        21,
        "[To:22]Tomas Berg the nightly backfill died again, could you re-run it by tomorrow noon?",
    )
    late = m(
        2,
        22,
        f"{rp(21, 1)}the 3rd partition keeps timing out, I'll need until Thursday to split it",
    )
    [t] = fold(ask, late)
    assert t.due is not None and t.due.day.isoformat() == "2026-11-19"
    [d] = read("[To:22]Tomas Berg can you fix the 5th floor printer by the 20th?", sender=21)
    assert d.due is not None and d.due.day.isoformat() == "2026-11-20" and "5th floor" in d.title


def test_bump_under_a_quoted_ask_is_a_chase() -> None:
    ask = m(1, 21, "can someone double check the colours against the new brand guide?")
    bump = m(
        2,
        21,
        f"[qt][qtmeta aid=21 time={ask.send_time}]can someone double check the colours against the new brand guide?[/qt]\nbump 🙏",
    )
    assert len(fold(ask, bump)) == 1
