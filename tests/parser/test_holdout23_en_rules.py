# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 23 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages).
The room's messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member, TaskStatus
from tests.parser.rulekit import RuleKit, says_done

MEMBERS = [
    Member(account_id=11, name="Nora Albers"),
    Member(account_id=12, name="Kai Lindqvist"),
    Member(account_id=13, name="Mateo Ruiz"),
]
KIT = RuleKit(7981, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def _by_title(*msgs: object) -> dict[str, tuple[str, str | None]]:
    return {
        t.title: (t.status.value, None if t.due is None else t.due.day.isoformat())
        for t in fold(*msgs)  # type: ignore[arg-type]
    }


def test_only_some_of_the_work_done_closes_nothing() -> None:
    assert not says_done("menu cards: only one is done, the printer jammed")
    assert not says_done("just two of the posters printed so far")
    assert says_done("both menu cards are done")


def test_work_that_came_out_wrong_is_not_done() -> None:
    assert not says_done("the group photos all came out blurry")
    assert not says_done("the labels came out crooked, reprinting")
    assert says_done("the newsletter went out this morning")


def test_a_chase_and_then_the_work_gives_the_work_its_day() -> None:
    ask = m(1, 11, "[To:12]Kai\nplease collect three quotes for the chairs by Wednesday.")
    late = m(
        2,
        12,
        f"{rp(11, 1)}one shop hasn't answered. I'll ring them today and send all three quotes by Friday",
    )
    assert _by_title(ask, late) == {"Collect three quotes for the chairs": ("open", "2026-11-20")}
    chase = m(2, 12, f"{rp(11, 1)}one shop hasn't answered. I'll ring them today")
    assert _by_title(ask, chase) == {"Collect three quotes for the chairs": ("open", "2026-11-18")}


def test_a_day_on_its_own_after_a_list_is_every_item_s_deadline() -> None:
    ask = m(
        1,
        13,
        "[To:11][To:12]for the report I need:\n- Nora: the sales chart\n- Kai: the cost table\nby Thursday pls 🙏",
    )
    assert _by_title(ask) == {
        "The sales chart": ("open", "2026-11-19"),
        "The cost table": ("open", "2026-11-19"),
    }


def test_a_japanese_report_then_a_dash_then_english_is_two_sentences() -> None:
    ask = m(1, 11, "[To:13]Mateo\n在庫ズレの原因の調査をお願いできますか？")
    done = m(
        2,
        13,
        f"{rp(11, 1)}調査しました — the scanner counted the returns twice. a fix goes out Friday",
    )
    assert _by_title(ask, done) == {"在庫ズレの原因の調査": ("done", None)}


def test_a_plan_item_said_as_a_sentence_keeps_its_own_day_and_not_i_will() -> None:
    [d] = read(
        "standup\ndone: invoices\nnext: I'll rerun the export on the staging box tomorrow\nblockers: none",
        sender=12,
    )
    assert d.title == "Rerun the export on the staging box" and d.assignees == (12,)
    assert d.due is not None and d.due.day.isoformat() == "2026-11-17"


def test_a_thing_dated_after_a_day_is_no_deadline() -> None:
    [d] = read(
        "[To:12]Kai\nplease make sure each invoice has a payment note dated after 12/1. Please finish by Thursday.",
        sender=11,
    )
    assert d.due is not None and d.due.day.isoformat() == "2026-11-19"


def test_someone_else_sending_something_is_no_promise() -> None:
    assert read("the caterer called. they're sending a new menu next week", sender=11) == []
    [d] = read("we're sending the invoice now", sender=11)
    assert d.assignees == (11,)


def test_pushing_a_price_down_is_bargaining_not_postponing() -> None:
    [d] = read("thanks — I'll push the printer back to ~90k", sender=12)
    assert d.title == "Push the printer back to ~90k" and d.assignees == (12,)
    assert read("I'd push back to around ¥90k before signing", sender=12) == []


def test_looked_at_it_closes_a_request_to_look() -> None:
    ask = m(
        1, 11, "[To:13]Mateo\nthe venue contract came in. Could you give it a quick look today?"
    )
    done = m(
        2, 13, f"{rp(11, 1)}looked at it. clause 7 on cancellations is unusual, the rest is fine"
    )
    [t] = fold(ask, done)
    assert t.status == TaskStatus.DONE


def _race_list() -> object:
    return m(
        1,
        11,
        "to-dos:\n- Kai — sponsor banner print order\n- Kai — feed-station signs with the bank logo (11/27)\n- me — book the toilets",
    )


def test_input_that_came_in_is_not_the_work_done() -> None:
    done = m(2, 12, f"{rp(11, 1)}new logo came in, sponsor banners ordered ✅")
    tasks = _by_title(_race_list(), done)
    assert tasks["Sponsor banner print order"][0] == "done"
    assert tasks["Feed-station signs with the bank logo"][0] == "open"


def test_news_of_someone_pulling_out_closes_nothing() -> None:
    assert not says_done("sponsor update: the bank pulled out of the feed-station deal 😞")
    news = m(2, 12, "sponsor update: the bank pulled out of the feed-station deal 😞")
    assert _by_title(_race_list(), news)["Feed-station signs with the bank logo"][0] == "open"


def test_calling_off_a_task_already_closed_leaves_the_others_alone() -> None:
    done = m(2, 12, f"{rp(11, 1)}feed-station signs are done")
    off = m(3, 11, f"{rp(11, 1)}Kai — the feed-station signs are no longer needed, drop them")
    tasks = _by_title(_race_list(), done, off)
    assert tasks["Book the toilets"][0] == "open" and len(tasks) == 3


def test_it_is_what_a_named_party_asked_for_not_the_party() -> None:
    [d] = read(
        "[To:12]Kai\nthe Osaka hotel asked for our rate sheet in English. any chance you could send it to them by Friday?",
        sender=11,
    )
    assert "rate sheet" in d.title and "hotel" not in d.title


def test_we_need_them_delivered_by_a_day_asks_for_the_state() -> None:
    [d] = read(
        "Hi team, our 3 pallets of tiles land at Kobe on 11/20. We need them delivered to our Osaka store by 11/27 at the latest.",
        sender=13,
    )
    assert d.kind == "request" and "Osaka store" in d.title
    assert d.due is not None and d.due.day.isoformat() == "2026-11-27"


def test_i_will_get_it_to_them_names_what_they_asked_for() -> None:
    [d] = read(
        "Mateo's company also wants a quote for the March run. I'll get it to them by 11/20",
        sender=11,
    )
    assert d.title == "A quote for the March run to them" and d.assignees == (11,)


def test_attached_it_in_reply_closes_the_request() -> None:
    ask = m(1, 11, "[To:13]Mateo\nCould you send us the packing list for the Kobe shipment?")
    done = m(2, 13, f"{rp(11, 1)}attached the PL — sorry for the wait")
    [t] = fold(ask, done)
    assert t.status == TaskStatus.DONE


def test_still_needs_more_is_the_rest_of_held_work_not_a_new_ask() -> None:
    held = m(1, 11, "follow-ups:\n- Kai: add a disk-usage alert on the db hosts")
    note = m(
        2,
        12,
        "disk-usage alert: rule is written, still needs a test in staging before I turn it on",
    )
    assert [t.title for t in fold(held, note)] == ["Add a disk-usage alert on the db hosts"]
    assert read("the contract still needs your signature", sender=11) != []


def test_a_thing_then_lgtm_in_a_reply_closes_the_review() -> None:
    ask = m(1, 11, "[To:12][To:13]can you two review the new runbook for the failover? by Friday")
    ok = m(2, 13, f"{rp(11, 1)}runbook LGTM, left two nits")
    [t] = fold(ask, ok)
    assert t.status == TaskStatus.DONE


def test_come_and_look_at_it_asks_for_the_work_on_the_faulty_thing() -> None:
    [d] = read(
        "[To:12]Kai\nThe label printer in the back office jams every morning. Could you come and look at it this week?",
        sender=11,
    )
    assert d.kind == "request" and d.title == "Look at label printer in the back office"
    assert read("[To:12]Kai\nCould you come to the party on Friday?", sender=11) == []


def test_it_is_what_a_thing_still_lacks_not_the_day_said_after() -> None:
    [d] = read(
        "[To:12]Kai\nthe new front-desk tablet still doesn't have the booking app. We open the annex on 11/30; could you install it by Friday?",
        sender=11,
    )
    assert d.title == "Install booking app"
    assert read("we have no idea why", sender=11) == []


def test_them_after_a_counted_plural_stands_for_it() -> None:
    [d] = read("till count done: 2 mismatches. I'll go through them tomorrow", sender=12)
    assert d.title == "Go through 2 mismatches"


def test_a_rallying_call_with_no_thing_and_a_side_s_schedule_are_no_tasks() -> None:
    assert read("3 weeks to launch 🚀 let's get the last bits locked.", sender=11) == []
    assert (
        read(
            "schedule from our side: stands arrive 11/26, setup is 11/27 afternoon, teardown after close",
            sender=12,
        )
        == []
    )
    [d] = read("let's get the last 3 rooms rebooked by Friday", sender=11)
    assert d.kind == "request"
