# ruff: noqa: E501  (chat messages read best on one line)
"""Rules added for what holdout 21 showed after it was scored: one test per general rule,
written with sentences of their own (not the labelled messages)."""

from __future__ import annotations

from tests.parser.rulekit import MEMBERS, RuleKit

KIT = RuleKit(7960, MEMBERS[:3])
read, m, fold = KIT.read, KIT.m, KIT.fold


def test_an_ask_with_no_thing_takes_the_topic_an_earlier_clause_opened_with() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n会員カードの申込書、受付の分がなくなりそうです。50枚追加で刷ってもらえますか？"
    )
    assert d.title.startswith("会員カードの申込書")
    [e] = read(
        "[To:2]佐藤 花子さん\n秋号の特集ページ、写真の差し替えが終わりました。レイアウトへの流し込みをお願いできますか？"
    )
    assert "特集ページ" in e.title


def test_an_ask_that_names_its_thing_or_a_closing_keeps_its_own_words() -> None:
    [d] = read(
        "[To:2]佐藤 花子さん\n会員カードの申込書、受付の分がなくなりそうです。在庫の確認をお願いします"
    )
    assert d.title.startswith("在庫")
    assert read("コピー機のトナー、交換しておきました。週末もよろしくお願いします", sender=2) == []


def test_call_them_back_names_the_caller() -> None:
    body = "[To:2]佐藤 花子さん\n山本様からお電話がありました。「請求書の宛名を変えたい」とのことです。折り返しお願いします"
    [d] = read(body)
    assert "山本様" in d.title and "折り返し" in d.title


def test_bare_steps_in_a_list_are_steps_of_the_thing_its_header_names() -> None:
    body = "研修資料の件です。\n・作成：佐藤さん（金曜中）\n・レビュー：鈴木さん（来週月曜まで）"
    drafts = read(body)
    assert [d.title for d in drafts] == ["研修資料の作成", "研修資料のレビュー"]
    assert [d.assignees for d in drafts] == [(2,), (3,)]
