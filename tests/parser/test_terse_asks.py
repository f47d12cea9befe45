# ruff: noqa: E501  (chat messages read best on one line)
"""Rules for terse and pointing phrasings probed before holdout 31 was scored (our own
sentences): asks that point back (上の件), feasibility checks (明日までっていけそう？),
English asks said as a wait or a wish, "do the needful", a day said after an acceptance
and an ellipsis before a Latin word. The room's messages start on Monday 2026-11-16."""

from __future__ import annotations

from chatsync.models import Member
from tests.parser.rulekit import RuleKit, day_of

MEMBERS = [
    Member(account_id=71, name="三浦 玲奈"),
    Member(account_id=72, name="大野 健"),
    Member(account_id=73, name="Priya Nair"),
]
KIT = RuleKit(7996, MEMBERS)
read, m, fold, rp = KIT.read, KIT.m, KIT.fold, KIT.rp


def test_the_matter_above_is_named_from_the_message_before() -> None:
    report = m(1, 71, "業務委託契約書のドラフト、共有フォルダに上げました")
    ask = m(2, 71, "[To:72]大野さん\n上の件、チェックお願いします")
    [t] = fold(report, ask)
    assert "契約書" in t.title and "上の件" not in t.title and t.assignee_ids == (72,)


def test_this_matter_and_the_one_just_now_point_back_too() -> None:
    for pointer in ("この件", "さっきの件", "先ほどの件"):
        report = m(1, 72, "展示会のブース図面、先方から届きました")
        ask = m(2, 71, f"[To:72]大野さん\n{pointer}、確認お願いします")
        [t] = fold(report, ask)
        assert "図面" in t.title and "件" not in t.title, pointer


def test_the_one_mentioned_only_says_it_was_mentioned() -> None:
    [t] = read("[To:72]大野さん\n例の見積書、明日までに見ておいてください", sender=71)
    assert t.title.startswith("見積書") and day_of(t) == "2026-11-17"


def test_next_weeks_matters_are_no_pointer() -> None:
    [t] = read("[To:72]大野さん\n来週の件の資料、まとめてもらえますか", sender=71)
    assert "来週" in t.title


def test_a_thing_then_can_it_be_done_by_a_day_is_an_ask() -> None:
    [t] = read("[To:72]大野さん\n議事録、明日までっていけそう？", sender=71)
    assert t.title == "議事録" and day_of(t) == "2026-11-17" and t.assignees == (72,)
    [t] = read("[To:72]大野さん\n請求書の件、今日中いけます？", sender=71)
    assert "請求書" in t.title and day_of(t) == "2026-11-16"


def test_can_you_make_an_occasion_or_a_chase_by_name_is_no_new_ask() -> None:
    assert read("[To:72]大野さん\n明日の飲み会いけます？", sender=71) == []
    assert read("大野さん、今日中にいけそうですか？", sender=71) == []


def test_waiting_on_a_thing_from_you_asks_for_it() -> None:
    [t] = read("[To:73]Priya Nair\nwaiting on the logo files from you", sender=71)
    assert "logo" in t.title and t.assignees == (73,)
    [t] = read(
        "[To:73]Priya Nair\nwe're still waiting for the signed copy from you, any news?", sender=71
    )
    assert t.title.lower().endswith("signed copy")


def test_waiting_on_someone_else_is_a_report() -> None:
    assert read("still waiting on the courier", sender=73) == []


def test_would_be_good_to_have_a_thing_by_a_day_asks_for_it() -> None:
    [t] = read("[To:73]Priya Nair\nwould be good to have the Q3 numbers before Friday", sender=71)
    assert "Q3 numbers" in t.title and day_of(t) == "2026-11-20"
    assert read("would be nice to have lunch together sometime", sender=71) == []


def test_do_the_needful_handles_what_was_named() -> None:
    report = m(1, 71, "The vendor contract came back with edits")
    ask = m(2, 71, "[To:73]Priya Nair\nkindly do the needful by EOD")
    [t] = fold(report, ask)
    assert "vendor contract" in t.title and day_of(t) == "2026-11-16"
    [t] = read(
        "[To:73]Priya Nair\nKindly do the needful and share the signed NDA by tomorrow", sender=71
    )
    assert t.title == "Share the signed NDA" and day_of(t) == "2026-11-17"


def test_an_acceptance_then_a_day_alone_sets_the_deadline() -> None:
    for answer in ("sure, by Friday", "了解です、金曜までに"):
        ask = m(1, 71, "[To:73]Priya Nair\nCould you send the floor plan?")
        [t] = fold(ask, m(2, 73, answer))
        assert day_of(t) == "2026-11-20", answer


def test_an_ellipsis_before_a_latin_word_ends_the_sentence() -> None:
    [t] = read("再現しませんでした…Issue立てておきます", sender=72)
    assert t.title.startswith("Issue") and t.assignees == (72,)


def test_next_week_atama_in_kana_is_the_first_business_day_of_next_week() -> None:
    [t] = read("[To:72]大野さん\n見積書の送付、来週あたまにお願いします", sender=71)
    assert day_of(t) == "2026-11-24"  # (11/23 is 勤労感謝の日)


def test_a_checklist_gives_each_owner_after_an_at_and_a_ticked_box_is_done() -> None:
    text = "Release checklist for v2.3:\n- [ ] update the changelog @Priya\n- [ ] tag the release @大野\n- [x] bump the version"
    tasks = read(text, sender=71)
    assert [(t.title, t.assignees, t.done) for t in tasks] == [
        ("Update the changelog", (73,), False),
        ("Tag the release", (72,), False),
        ("Bump the version", (), True),
    ]


def test_a_link_names_where_the_thing_is_not_the_thing() -> None:
    [t] = read("[To:71]三浦 玲奈\nPTAL https://git.example.com/app/pull/88", sender=73)
    assert t.title == "Review"
    [t] = read(
        "[To:71]三浦 玲奈\nレビューお願いします https://git.example.com/app/pull/88", sender=73
    )
    assert t.title == "レビュー"
    [t] = read("[To:71]三浦 玲奈\nPlease update the FAQ on help.example.com by Friday", sender=73)
    assert t.title == "Update the FAQ"


def test_an_owner_signed_after_a_dash_may_carry_an_at() -> None:
    tasks = read(
        "[toall]\nrelease checklist, all by Friday pls\n- [ ] changelog — @Priya\n- [ ] tag rc1 — @大野",
        sender=71,
    )
    assert [(t.title, t.assignees, day_of(t)) for t in tasks] == [
        ("Changelog", (73,), "2026-11-20"),
        ("Tag rc1", (72,), "2026-11-20"),
    ]


def test_a_report_pointing_at_an_issue_number_is_still_a_report() -> None:
    ask = m(1, 71, "[To:73]Priya Nair\nCould you write the changelog?")
    [t] = fold(ask, m(2, 73, f"{rp(71, 1)}changelog's in → #423"))
    assert t.status.value == "done"


def test_assigning_an_issue_to_you_asks_for_it() -> None:
    [t] = read("[To:73]Priya Nair\nassigning #425 to you — same family as #418. no rush", sender=71)
    assert t.title == "#425" and t.assignees == (73,)


def test_a_noun_then_has_no_is_a_report_not_an_imperative() -> None:
    assert read("blocked on the OTP screen — test SIM has no signal. will update", sender=73) == []


def test_review_and_revert_is_bare_work_named_from_the_message() -> None:
    [t] = read(
        "[To:71]三浦 玲奈\nRevised test plan (v3) is on the drive.\nKindly review and revert by EOD",
        sender=73,
    )
    assert "test plan" in t.title.lower() and day_of(t) == "2026-11-16"


def test_a_feasibility_ask_keeps_its_own_thing_after_an_unrelated_message() -> None:
    before = m(1, 71, "The lobby intercom is dead again 😤 we need it fixed by Thursday")
    [_, t] = fold(before, m(2, 71, "[To:72]大野さん\n議事録、明日までっていけそう？"))
    assert t.title == "議事録"
