"""Every rule's corpus lines read as that rule's act (duckling-style: the examples
are the tests), and each rule is the one that decides at least one of them."""

from __future__ import annotations

import pytest

from chatsync.parser.acts import read_clause, rules_for
from chatsync.parser.clauses import split_lines, to_clauses
from chatsync.parser.markup import parse
from chatsync.parser.normalise import normalise
from chatsync.parser.rules import Rule

RULES = [(lang, r) for lang in ("ja", "en") for r in rules_for(lang)]


def _read(line: str):
    clauses = to_clauses(split_lines(normalise(parse(line).text)))
    return read_clause(clauses[-1].analysis)


@pytest.mark.parametrize(("lang", "rule"), RULES, ids=[f"{lang}:{r.name}" for lang, r in RULES])
def test_rule_examples(lang: str, rule: Rule) -> None:
    assert rule.examples, f"{rule.name} has no corpus lines"
    readings = {ex: _read(ex) for ex in rule.examples}
    wrong = {ex: (r.act.value, r.rule) for ex, r in readings.items() if r.act != rule.act}
    assert not wrong, f"{rule.name} ({rule.act.value}): {wrong}"
    assert any(r.rule == rule.name for r in readings.values()), (
        f"{rule.name}: decided by others {[(r.rule) for r in readings.values()]}"
    )
