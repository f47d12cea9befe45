"""Each stage of the parser alone: normalise, morphemes, the pattern language, clauses and
the work phrase (the act stage is tested rule by rule in test_rules.py)."""

from __future__ import annotations

import re

import pytest

from chatsync.parser.acts import Act, read_clause
from chatsync.parser.clauses import split_lines, to_clauses
from chatsync.parser.morph import analyse, language, romaji
from chatsync.parser.normalise import STEPS, normalise
from chatsync.parser.pattern import compile_pattern, required_words
from chatsync.parser.rules.lexicon import LEXICON
from chatsync.parser.work import en_work, ja_work


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("確認してほしいー", "確認してほしい"),
        ("お願いしまーす", "お願いします"),
        ("了解でーす！！", "了解です！"),
        ("チェックよろ", "チェックよろしく"),
        ("レビューお願いします :pray:", "レビューお願いします"),
        ("ありがとうございます (bow)", "ありがとうございます"),
        ("助かります笑", "助かります"),
        ("資料です\n--\n横山", "資料です\n"),
        ("hey can u send it pls", "hey can you send it please"),
        ("ill dig into it", "I'll dig into it"),
    ],
)
def test_normalise_takes_the_noise_out(raw: str, clean: str) -> None:
    assert normalise(raw).strip() == clean.strip()


def test_an_icon_between_phrases_ends_a_sentence() -> None:
    assert normalise("お願いします🙏 先方へ返送したいので") == "お願いします。先方へ返送したいので"


def test_someone_elses_words_are_not_read() -> None:
    assert "ください" not in normalise("「至急ご対応ください」とのことです")
    letter = "文面はこちらです:\n\nDear customer,\nPlease update the app."
    assert "Please" not in normalise(letter)
    assert "Please" not in normalise("FYI\n----- Forwarded message -----\nPlease review it.")
    assert "返送" not in normalise("テンプレ\n----\n期日までにご返送ください\n----\n以上")


def test_every_normalise_step_is_named_and_pure() -> None:
    names = [name for name, _ in STEPS]
    assert len(names) == len(set(names))
    for _, step in STEPS:
        assert step("") == "" and step("そのまま") == "そのまま"


def test_morphemes_fold_spelling_variants_and_mark_forms() -> None:
    a = analyse("ご確認頂けますか")
    assert [t.lemma for t in a.tokens][:3] == ["お", "確認", "いただける"]
    k = analyse("送ってください").tokens[-1]
    assert (k.lemma, k.cls, k.form) == ("くださる", "v", "!")
    assert analyse("あれば").tokens[0].form == "^"
    did = analyse("didn't send it").tokens
    assert [(t.lemma, t.form) for t in did][:3] == [("do", "."), ("not", ""), ("send", "")]


def test_language_and_romanised_names() -> None:
    assert language("Hi Laura, could you review the 英語版マニュアル?") == "en"
    assert language("資料お願いします") == "ja"
    assert (romaji("里奈"), romaji("佐藤"), romaji("京子")) == ("rina", "sato", "kyoko")


def test_the_pattern_language() -> None:
    lex = {"TELL": frozenset({"連絡", "共有"})}
    p = compile_pattern("@TELL <va>* くださる/v! $", lex)
    assert p.search(analyse("ご連絡ください").code)
    assert not p.search(analyse("ご確認ください").code)
    assert required_words("@TELL <va>* くださる/v! $", lex) == {"くださる"}
    assert compile_pattern("<v>-@NOT_WORK_VERB $", LEXICON).search(analyse("送る").code)
    assert not compile_pattern("<v>-@NOT_WORK_VERB $", LEXICON).search(analyse("思う").code)
    with pytest.raises(ValueError, match="class goes after"):
        compile_pattern("て/c|よろしく", lex)


def test_clauses_split_at_connectives_and_final_forms() -> None:
    texts = [c.text for c in to_clauses(split_lines("資料は私が作るので、レビューをお願いします"))]
    assert texts == ["資料は私が作るので、", "レビューをお願いします"]
    texts = [c.text for c in to_clauses(split_lines("承知しました、対応します。"))]
    assert texts == ["承知しました、", "対応します。"]
    lines = split_lines("以下お願いします\n・見積書の送付\n1. 請求書の発行")
    assert [(ln.text, ln.bullet) for ln in lines] == [
        ("以下お願いします", False),
        ("見積書の送付", True),
        ("請求書の発行", True),
    ]


def _work(text: str) -> str:
    a = analyse(text)
    r = read_clause(a)
    assert r.act in (Act.REQUEST, Act.COMMITMENT), (text, r)
    return (ja_work(a, r) if a.lang == "ja" else en_work(a, r)).title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("見積書の作成をお願いします", "見積書の作成"),
        ("議事録を共有してください", "議事録の共有"),
        ("請求書を送ってください", "請求書を送る"),
        ("ご確認お願いします", "確認"),
        ("田中さん、至急アプリのログを確認してください", "アプリのログの確認"),
        ("私の方で発注しておきます", "発注"),
        ("インデックスの追加は私がやります", "インデックスの追加"),
        ("お手すきの際に、こちらのPRレビューお願いします", "PRレビュー"),
        ("Could you send the invoice to ACME?", "Send the invoice to ACME"),
        ("I'll have the numbers ready by then", "The numbers"),
    ],
)
def test_the_work_phrase_is_the_title(text: str, title: str) -> None:
    assert _work(text) == title


def test_two_pieces_of_work_in_one_promise() -> None:
    a = analyse("単価表を更新して、先方に送付します")
    w = ja_work(a, read_clause(a))
    assert w.parts == ("単価表の更新", "先方に送付")
    a = analyse("I'll update the docs and tag the release")
    assert en_work(a, read_clause(a)).parts == ("Update the docs", "Tag the release")


def test_titles_hold_no_noise() -> None:
    for text in (
        "レビューお願いしますー🙏",
        "チェックよろしくです (bow)",
        "資料作成お願いします:pray:",
    ):
        clause = to_clauses(split_lines(normalise(text)))[-1]
        a = clause.analysis
        title = ja_work(a, read_clause(a)).title
        assert not re.search(r"[🙏:()]|(?<![ァ-ヶ])ー$|pray|bow", title), title
