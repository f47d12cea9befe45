# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 25 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
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
