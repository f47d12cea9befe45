# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what the English half of holdout 30 showed after it was scored: one test
per general rule, written with sentences of their own (not the labelled messages). The room's
messages start on Monday 2026-11-16, ten minutes apart."""

from __future__ import annotations

from chatsync.models import Member
from chatsync.parser.message import read_message
from tests.parser.rulekit import RuleKit, day_of

MEMBERS = [
    Member(account_id=91, name="Lena Voss"),
    Member(account_id=92, name="Omar Said"),
    Member(account_id=93, name="Greta Lind"),
    Member(account_id=94, name="藤田 茂"),
]
KIT = RuleKit(7998, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_a_line_ending_in_a_colon_above_bullets_is_the_lists_heading() -> None:
    tasks = read(
        "Omar, Greta — split for the atrium rev:\n- Omar: redo the stair sections w/ the new rail spec, by Wednesday\n- Greta: clash check on the plant room, tomorrow 3pm",
        sender=91,
    )
    assert [t.assignees for t in tasks] == [(92,), (93,)]


def test_a_dated_day_in_brackets_said_fine_moves_theday_of() -> None:
    ask = m(
        1,
        94,
        "[To:91]Lenaさん\n先日の件、外構案の修正版を11/20までにご共有いただけますでしょうか。",
    )
    later = m(
        2,
        94,
        f"{rp(91, 1)}Lenaさん\nすみません、外構案ですが社内確認が来週になりそうなので、11/27（金）で大丈夫です。",
    )
    [t] = fold(ask, later)
    assert day_of(t) == "2026-11-27"


def test_a_cancellation_calls_off_the_task_it_names_in_full_not_one_a_stray_word_touches() -> None:
    plan = m(
        1,
        91,
        "plan:\n• web build — Omar, Thursday\n• Android build — Greta, Thursday\n• me — release notes",
    )
    off = m(
        2,
        91,
        f"{rp(91, 1)}Greta, never mind the Android build for this release — client wants web first. drop it 👍",
    )
    web, android, notes = fold(plan, off)
    assert android.status.value == "cancelled"
    assert web.status.value == "open" and notes.status.value == "open"


def test_asap_please_is_how_soon_not_a_thing() -> None:
    [t] = read(
        "[To:92]Omar could you book a sound tech for the 20th? ASAP please, they fill up fast",
        sender=91,
    )
    assert t.title.startswith("Book a sound tech")


def test_a_day_said_with_also_after_the_work_is_its_day_not_its_title() -> None:
    [t] = read(
        "round for next week:\n1) Greta — raise the PO for the -80 freezer service, also by Friday",
        sender=91,
    )
    assert t.title.startswith("Raise the PO") and day_of(t) == "2026-11-20"


def test_would_appreciate_a_review_asks_without_an_i() -> None:
    [t] = read(
        "uploaded the plan to the drive → /atrium/v2.pdf. would appreciate a review by Friday",
        sender=92,
    )
    assert "review" in t.title.lower() and day_of(t) == "2026-11-20"


def test_a_call_that_reached_nobody_closes_no_item_of_a_list() -> None:
    plan = m(
        1,
        94,
        "今週の段取り：\n1) Omarさん — 食器の発注、今週中\n2) Gretaさん — 排気ダクト点検の日程調整",
    )
    tried = m(
        2, 93, f"{rp(94, 1)}ダクト点検の件、業者に2回電話しましたが、担当者不在で折り返し待ちです。"
    )
    assert [t.status.value for t in fold(plan, tried)] == ["open", "open"]


def test_an_ask_then_a_colon_and_what_it_covers() -> None:
    [t] = read(
        "確認しました。2点だけ修正をお願いします：見出しの書体、日付の曜日。明日中で大丈夫です。",
        sender=94,
    )
    assert "修正" in t.title and day_of(t) == "2026-11-17"


def test_it_can_wait_and_a_day_is_fine_moves_theday_of() -> None:
    plan = m(
        1,
        91,
        "checklist:\n• stage plot — Omar, this week\n• poster with the new logos — Greta, next Monday",
    )
    later = m(
        2,
        91,
        f"{rp(91, 1)}Greta — with the sponsor change the poster can wait, next Wednesday is fine",
    )
    plot, poster = fold(plan, later)
    assert day_of(poster) == "2026-11-25" and day_of(plot) == "2026-11-20"


def test_a_thing_that_has_to_be_somewhere_by_a_day_is_asked_and_done_when_it_is() -> None:
    ask = m(
        1,
        91,
        "[To:92]\nthe sponsor's 30s clip is in /sponsors/clip. it has to be in the rundown before the draw, EOD today please",
    )
    [t] = fold(ask)
    assert t.title.startswith("Sponsor's 30s clip has to be in the rundown") and t.assignee_ids == (
        92,
    )
    [t] = fold(ask, m(2, 92, f"{rp(91, 1)}clip is in the rundown, slot 9 before the final"))
    assert t.status.value == "done"
    [t] = read("[toall] the release note needs signing off by everyone by Friday", sender=91)
    assert day_of(t) == "2026-11-20"


def test_a_labelled_item_whose_work_says_ones_names_the_label() -> None:
    [t] = read(
        "checklist:\n• caster mics — send the two broken ones back to the shop — Omar, this week",
        sender=91,
    )
    assert t.title == "Caster mics: Send the two broken ones back to the shop" and t.assignees == (
        92,
    )


def test_a_report_in_the_review_deck_is_delivered() -> None:
    plan = m(
        1,
        91,
        "ahead of Thursday's review:\n- Omar: occupancy report for the two harbour hotels, by Wednesday",
    )
    [t] = fold(plan, m(2, 92, f"{rp(91, 1)}occupancy report's in the review deck, slide 6"))
    assert t.status.value == "done"


def test_a_day_said_to_work_moves_the_day_before_a_marked_one_that_explains_it() -> None:
    ask = m(1, 91, "[To:92]Omar please send the owners the final floor prices by Friday noon")
    later = m(
        2,
        91,
        f"{rp(91, 1)}actually Wednesday works for the floor prices, the owners don't meet until 12/3",
    )
    [t] = fold(ask, later)
    assert day_of(t) == "2026-11-18"  # (Wednesday, said on a Monday: this week's)
    ask = m(
        1,
        91,
        "[To:92]Omar can you check the late checkout with housekeeping and confirm with him before noon today?",
    )
    [t] = fold(ask, m(2, 92, f"{rp(91, 1)}HK is fine with 2pm, told him at the desk 👍"))
    assert t.due is not None and str(t.due.at) == "12:00:00"


def test_word_passed_on_once_something_happens_is_no_task() -> None:
    assert (
        read(
            "FYI: we're aiming for 12/3 or 12/4 for the visits, I'll confirm the exact slots once Greta picks",
            sender=91,
        )
        == []
    )
    assert read("本日の入港予定です。\n変更があれば随時流します。", sender=94) == []
    [t] = read("届いたら各ブースに回しておきます", sender=94)
    assert t.assignees == (94,)


def test_a_check_that_comes_out_good_to_go_is_done_and_id_say_is_advice() -> None:
    ask = m(1, 91, "[To:92]Omar could you sanity-check my email draft to the client before I send?")
    verdict = m(
        2,
        92,
        f"{rp(91, 1)}tone is fine, I'd say 'deadline' rather than 'due date'. otherwise good to go 👍",
    )
    [t] = fold(ask, verdict)
    assert t.status.value == "done"


def test_them_after_a_plural_named_with_a_count_aside_is_the_plural() -> None:
    [t] = read(
        "the auditors sent over their review findings (9 items). I'll triage them into tickets by Friday",
        sender=92,
    )
    assert t.title == "Triage their review findings into tickets"


def test_work_called_off_and_taken_back_by_the_asker_keeps_its_title() -> None:
    ask = m(1, 91, "[To:92]Omar can you pull the attendance spreadsheet for the board by next Tue?")
    busy = m(2, 92, f"{rp(91, 1)}I'd love to but I'm on site all of mon and tue, sorry 🙏")
    back = m(3, 91, f"{rp(91, 1)}nvm this one, I'll pull it myself by tue. you focus on the site")
    [t] = [t for t in fold(ask, busy, back) if t.status.value == "open"]
    assert t.title.startswith("Pull the attendance spreadsheet") and t.assignee_ids == (91,)


def test_a_day_corrected_in_the_same_message_is_theday_of() -> None:
    [t] = read(
        "I'll send the floor plan to the client friday — wait, friday's the office party. thursday then",
        sender=91,
    )
    assert day_of(t) == "2026-11-19"


def test_the_day_of_what_the_work_is_for_is_no_deadline() -> None:
    [t] = read("can someone book the test track for the rev B drive test on 12/9?", sender=91)
    assert t.due is None
    [t] = read("can you run the load tests on Friday?", sender=91)
    assert day_of(t) == "2026-11-20"


def test_a_relative_clause_in_a_list_item_says_who_the_work_is_for() -> None:
    tasks = read(
        "minutes from the call 📝\n1) Omar — speaker brief, by Friday\n2) Greta: reminder email to everyone who booked a room but hasn't paid",
        sender=91,
    )
    assert [t.assignees for t in tasks] == [(92,), (93,)]
    called = read_message("I called the venue but nobody picked up")
    assert called.readings[0].rule == "but no luck"  # (the attempt, still read as one)
