"""An offer taken up is a task for the offerer (stage: parser.offers)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from chatsync.calendar import BusinessCalendar
from chatsync.parser.message import read_message
from chatsync.parser.offers import offer_taken

SENT = datetime(2033, 3, 16, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # a Wednesday


@pytest.mark.parametrize(
    ("offer", "answer", "title", "due"),
    [
        ("荷物はまだ出荷前なので止められます。変更かけますか？", "お願いします！", "変更", None),
        ("私の方で先方に送りましょうか？", "ぜひお願いします", "先方に送る", None),
        (
            "Want me to update the onboarding doc?",
            "yes please, by friday",
            "onboarding doc",
            "2033-03-18",
        ),
    ],
)
def test_an_answer_that_takes_the_offer_up_asks_the_offerer(
    offer: str, answer: str, title: str, due: str | None
) -> None:
    draft = offer_taken(offer, 7, read_message(answer), SENT, BusinessCalendar())
    assert draft is not None
    assert title in draft.title and draft.assignees == (7,) and draft.kind == "request"
    assert (draft.due.day.isoformat() if draft.due else None) == due


@pytest.mark.parametrize(
    ("offer", "answer"),
    [
        ("明日来ますか？", "お願いします"),  # a question about the addressee, no offer
        ("変更かけますか？", "いえ、大丈夫です"),  # declined
        ("変更かけますか？", "お願いします。あと請求書も送ってください"),  # work of its own
        ("Want me to update the doc?", "no thanks, I've got it"),
        ("来週の会議、場所はどこですか？", "お願いします"),
    ],
)
def test_no_offer_or_no_yes_is_no_task(offer: str, answer: str) -> None:
    assert offer_taken(offer, 7, read_message(answer), SENT, BusinessCalendar()) is None
