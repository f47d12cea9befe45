"""Every English clause cut splits the lines it names (or drops the lead it names), alone
and inside the whole table."""

from __future__ import annotations

import re

import pytest

from chatsync.parser.clauses import _en_split
from chatsync.parser.rules.cuts import EN_CUT_TABLE, Cut


@pytest.mark.parametrize("cut", EN_CUT_TABLE, ids=lambda c: c.name)
def test_cut_splits_its_examples(cut: Cut) -> None:
    alone = re.compile(cut.regex, re.I)
    assert cut.examples
    for line in cut.examples:
        pieces = [p for p in alone.split(line) if p.strip()]
        if cut.regex.startswith("^"):  # hi IT, … / update: …: the lead is dropped
            assert pieces == [line[alone.match(line).end() :]], (cut.name, line)  # type: ignore[union-attr]
            assert _en_split(line)[0] != line, (cut.name, line)
            continue
        assert len(pieces) >= 2, (cut.name, line)
        assert len(_en_split(line)) >= 2, (cut.name, line)


def test_cut_names_are_unique() -> None:
    names = [c.name for c in EN_CUT_TABLE]
    assert len(names) == len(set(names))


def test_a_plain_sentence_is_one_clause() -> None:
    assert _en_split("could you send the signed contract to legal by friday") == [
        "could you send the signed contract to legal by friday"
    ]
