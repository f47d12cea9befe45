"""The eval scorer's rules (shared/eval/score.py), replicated so tests need no shared checkout.

Gold and predicted tasks pair up within one message, best title-keyword overlap first;
a pair's title is right when every gold keyword occurs in the title (case-insensitive);
``due``, ``assignees`` (sorted) and ``status`` must be equal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from chatsync.calendar import BusinessCalendar
from chatsync.models import Conversation
from chatsync.parser.extract import extract_conversation

BAR = {"f1": 0.95, "due": 0.95, "assignees": 0.95, "status": 0.95, "title": 0.90}

Pairs = list[tuple[dict[str, Any], dict[str, Any]]]


def title_hits(title: str | None, keywords: Sequence[str]) -> int:
    low = (title or "").lower()
    return sum(1 for k in keywords if k.lower() in low)


def match(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]]) -> Pairs:
    """Pair gold and predicted tasks of the same message, best title overlap first."""
    pairs: Pairs = []
    used: set[int] = set()
    for g in gold:
        best, best_score = None, -1
        for i, p in enumerate(pred):
            if i in used or str(p.get("message_id")) != str(g["message_id"]):
                continue
            s = title_hits(p.get("title"), g.get("keywords", []))
            if s > best_score:
                best, best_score = i, s
        if best is not None:
            used.add(best)
            pairs.append((g, pred[best]))
    return pairs


def predict(cases: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    cal = BusinessCalendar()
    return {c["id"]: extract_conversation(Conversation.model_validate(c), cal) for c in cases}


def score_cases(
    cases: Sequence[dict[str, Any]],
    preds: dict[str, list[dict[str, Any]]] | None = None,
    matcher: Callable[[Any, Any], Any] = match,
) -> tuple[dict[str, float], list[str]]:
    """f1 and the per-field rates of score.py, with its error lines."""
    preds = predict(cases) if preds is None else preds
    n_gold = n_pred = n_match = 0
    ok = {"due": 0, "assignees": 0, "status": 0, "title": 0}
    errors: list[str] = []
    for c in cases:
        gold = c["expected"]["tasks"]
        pred = preds.get(c["id"], [])
        pairs = matcher(gold, pred)
        n_gold, n_pred, n_match = n_gold + len(gold), n_pred + len(pred), n_match + len(pairs)
        paired_g = {id(g) for g, _ in pairs}
        paired_p = {id(p) for _, p in pairs}
        errors += [
            f"{c['id']} missed {g['message_id']} {g['keywords']}"
            for g in gold
            if id(g) not in paired_g
        ]
        errors += [
            f"{c['id']} spurious {p['message_id']} {p['title']!r}"
            for p in pred
            if id(p) not in paired_p
        ]
        for g, p in pairs:
            checks = {
                "due": p.get("due") == g.get("due"),
                "assignees": sorted(p.get("assignees") or []) == sorted(g.get("assignees") or []),
                "status": p.get("status", "open") == g.get("status", "open"),
                "title": title_hits(p.get("title"), g["keywords"]) == len(g["keywords"]),
            }
            for k, good in checks.items():
                ok[k] += good
                if not good:
                    want = g.get(k) if k != "title" else g["keywords"]
                    errors.append(f"{c['id']} {k} {g['message_id']} want {want!r} got {p.get(k)!r}")
    precision = n_match / n_pred if n_pred else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    rates = {k: (v / n_match if n_match else 0.0) for k, v in ok.items()}
    return {"f1": f1, **rates}, errors


def shortfalls(scores: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 3) for k, v in scores.items() if v < BAR[k]}
