# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 26 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
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


def test_english_about_a_japanese_thing_reads_as_english() -> None:
    ask = m(
        1,
        41,
        "[To:43]Greta Lind\n3/3の団体予約の確認書を、3営業日以内に旅行会社へ送付してください。",
    )
    sent = m(2, 43, "確認書 sent to the travel agent this morning 📨")
    [t] = fold(ask, sent)
    assert t.status == TaskStatus.DONE
    assert read("確認 please: is the sakura latte going on the POP too?", sender=42) == []


def test_all_of_them_done_closes_the_task() -> None:
    ask = m(
        1,
        41,
        "[To:43]Greta Lind\n配送会社に、破損3件の補償申請をしてください。3営業日以内でお願いします。",
    )
    part = m(2, 43, f"{rp(41, 1)}filed 2 of 3 — the third one needs the box photos.")
    done = m(3, 43, f"{rp(41, 1)}all 3 claims filed now 🎉")
    assert fold(ask, part)[0].status == TaskStatus.OPEN
    assert fold(ask, part, done)[0].status == TaskStatus.DONE
