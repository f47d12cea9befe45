"""Rules added for what holdout 19 showed after it was scored: one test per general rule,
written with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from chatsync.models import TaskStatus
from tests.parser.rulekit import MEMBERS, RuleKit

KIT = RuleKit(7900, MEMBERS[:3])
read, m, fold = KIT.read, KIT.m, KIT.fold


def test_a_thing_that_arrived_early_is_the_order_done() -> None:
    ask = m(1, 1, "[To:2]佐藤 花子さん\ncan you order 30 boxes of A4 paper by friday?")
    came = m(2, 2, "paper arrived early, stacked by the copier")
    [task] = fold(ask, came)
    assert task.status is TaskStatus.DONE


def test_the_asker_closing_the_thread_after_getting_the_answers_is_done() -> None:
    ask = m(
        1, 1, "[To:2]佐藤 花子さん [To:3]鈴木 一郎さん\nplease send me your overtime hours by 3/6"
    )
    one = m(2, 2, f"{KIT.rp(1, 1)}12.5h")
    close = m(3, 1, f"{KIT.rp(1, 1)}got both numbers, thanks, closing this ✅")
    [task] = fold(ask, one, close)
    assert task.status is TaskStatus.DONE


def test_thanks_then_a_promise_is_still_a_promise() -> None:
    [d] = read("thanks, will send the revised quote by monday", sender=2)
    assert d.kind == "commitment"


def test_the_visitor_has_been_is_the_visit_done() -> None:
    promise = m(1, 2, "I'll get the electrician out today")
    visit = m(2, 2, "electrician's been, it was a loose breaker. all good")
    [task] = fold(promise, visit)
    assert task.status is TaskStatus.DONE


def test_a_to_do_line_without_its_verb_is_an_ask() -> None:
    body = "[To:2]佐藤 花子さん\n- call the caterer\n- seating plan out by 3/10"
    drafts = read(body)
    assert [d.assignees for d in drafts] == [(2,), (2,)]
    assert "seating plan" in drafts[1].title.lower() and drafts[1].due is not None


def test_what_a_party_wants_out_is_no_verbless_ask() -> None:
    assert read("accounts wants the invoices out before the weekend, fyi") == []
