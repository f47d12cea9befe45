# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 26 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit

MEMBERS = [
    Member(account_id=41, name="森 美月"),
    Member(account_id=42, name="Omar Haddad"),
    Member(account_id=43, name="Greta Lind"),
]
KIT = RuleKit(7987, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_choice_asked_is_no_work() -> None:
    assert (
        read(
            "森様 quick question: would you like the meter inside or by the gate? it changes the wiring",
            sender=42,
        )
        == []
    )
    assert (
        len(read("[To:42]Omar Haddad would you like to send the quote by Friday?", sender=41)) == 1
    )


def test_get_well_soon_is_a_wish() -> None:
    assert read("get well soon Omar 🙏", sender=41) == []


def test_a_japanese_name_called_first_without_a_comma() -> None:
    ask = m(
        1,
        42,
        "[To:41]森さん we need the updated quote for the door frames (rev B) by 11/20, please — our board meets on the 24th.",
    )
    ok = m(2, 41, f"{rp(42, 1)}承知しました。11/20までにお送りします。")
    [t] = fold(ask, ok)
    assert "quote" in t.title and t.assignee_ids == (41,)
    assert t.due is not None and str(t.due.day) == "2026-11-20"
