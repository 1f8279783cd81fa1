"""Planted set F (bench.phi_f): its shape only. The engine is scored on it by bench.phi_recall."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from bench.phi_e import e_notes
from bench.phi_f import f_notes
from bench.phi_fresh import fresh_notes
from bench.phi_heldout import heldout_notes
from bench.phi_planted import PlantedNote, planted_notes
from bench.phi_unseen import unseen_notes
from mediflow.quality.phi_types import PhiType


@pytest.fixture(scope="module")
def notes() -> list[PlantedNote]:
    return f_notes()


def test_f_is_deterministic_for_a_seed(notes: list[PlantedNote]) -> None:
    assert f_notes() == notes
    assert [n.text for n in f_notes(seed=617)] != [n.text for n in notes]


def test_f_has_enough_notes_with_and_without_identifiers(notes: list[PlantedNote]) -> None:
    assert sum(1 for n in notes if n.spans) >= 330
    clean = [n for n in notes if n.style == "no_phi"]
    assert len(clean) >= 110
    assert all(not n.spans for n in clean)
    assert len({n.id for n in notes}) == len(notes)


def test_every_category_has_at_least_25_spans(notes: list[PlantedNote]) -> None:
    counts = Counter(span.type for note in notes for span in note.spans)
    assert {t: counts[t] for t in PhiType if counts[t] < 25} == {}
    for big in (PhiType.NAME, PhiType.DATE, PhiType.LOCATION):
        assert counts[big] >= 300


def test_gold_spans_are_exact(notes: list[PlantedNote]) -> None:
    for note in notes:
        for span in note.spans:
            assert note.text[span.start : span.end] == span.text, (note.id, span)
            # a trailing full stop is only allowed as a middle initial's ("Oyelaran, Marisol R.")
            assert span.text == span.text.strip() and span.text[-1] not in ",;:", (note.id, span)
            assert not span.text.endswith(".") or re.search(r"\b[A-Z]\.$", span.text), (note.id, span)


def test_f_shares_no_note_type_with_sets_a_to_e(notes: list[PlantedNote]) -> None:
    f_styles = {n.style for n in notes} - {"no_phi"}
    assert len(f_styles) >= 16
    for other in (planted_notes, heldout_notes, fresh_notes, unseen_notes, e_notes):
        shared = f_styles & ({n.style for n in other()} - {"no_phi"})
        assert not shared, (other.__name__, shared)
