"""The engine's first-character guards: read from each rule's pattern, they skip only positions
where the rule cannot start, so the findings are the same with and without them."""

from __future__ import annotations

import re

import pytest

from bench.phi_planted import planted_notes
from bench.phi_unseen import unseen_notes
from mediflow.quality import phi_rules


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?i:mrn|chart)[ :]+\d+", {"m", "M", "c", "C"}),
        (r"(?<![\w])(?:Dr|Mrs?)\.?[ ]+[A-Z][a-z]+", {"D", "M"}),
        (r"\b\d{3}-\d{4}", {"DG"}),
        (r"(?:x)?y", {"x", "y"}),
        (r"[A-C]\w+", {"A", "B", "C"}),
    ],
)
def test_first_keys_reads_where_a_pattern_can_start(pattern: str, expected: set[str]) -> None:
    assert phi_rules.first_keys(pattern) == expected


@pytest.mark.parametrize("pattern", [r"\w+@x", r"[^ ]+", r".x", r"(?:a)?", r"(?=x)"])
def test_first_keys_is_any_character_when_unsure(pattern: str) -> None:
    assert phi_rules.first_keys(pattern) == frozenset(phi_rules._KEYS)


def test_guards_change_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [n.text for n in planted_notes()[::2] + unseen_notes()[::2]]
    guarded = [list(phi_rules.run_rules(t)) for t in texts]
    monkeypatch.setattr(phi_rules, "_guard", lambda keys, cls: "")
    unguarded = phi_rules._compile(phi_rules.BRANCHES)
    assert unguarded.pattern != phi_rules.ENGINE.pattern and "(?=[DMPR])" in phi_rules.ENGINE.pattern
    monkeypatch.setattr(phi_rules, "ENGINE", unguarded)
    assert [list(phi_rules.run_rules(t)) for t in texts] == guarded
    assert sum(map(len, guarded)) > 2000


def test_engine_compiles_to_one_pattern() -> None:
    assert isinstance(phi_rules.ENGINE, re.Pattern) and phi_rules.ENGINE.groups < 400
