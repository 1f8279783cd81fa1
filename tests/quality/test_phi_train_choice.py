"""How bench.phi_train chooses the classifier's add thresholds, vetoes and relabels: additions only as far
as the vetoes pay for their false positives, vetoes only where they are right 4 times in 5, relabels only
where they put right twice as many findings as they put wrong."""

from __future__ import annotations

import numpy as np

from bench.phi_planted import GoldSpan, PlantedNote
from bench.phi_train import Fold, choose, choose_relabels, choose_share, relabel_counts, select
from mediflow.quality.phi_model import LABELS, Analysis
from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType
TEXT = "Kerlix on, 97 yo, 55 bpm, Ola Ruud"  # Kerlix 0-6, 97 11-13, 55 18-20, Ola Ruud 26-34


def _fold(key: str, n: int = 10, name_right: bool = False) -> Fold:
    gold = (GoldSpan(T.AGE, 11, 13, "97"), GoldSpan(T.NAME, 26, 34, "Ola Ruud"))
    if name_right:
        gold = (*gold, GoldSpan(T.NAME, 0, 6, "Kerlix"))
    notes = [PlantedNote(f"{key}{i}", "s", TEXT, gold) for i in range(n)]
    rule = PhiFinding(T.NAME, 0, 6, "Kerlix", 0.9, "rule")  # a brand name the rules call a name
    analysis = Analysis(
        spans=[
            (PhiFinding(T.AGE, 11, 13, "97", 0.5, "model"), 30.0),  # right, sure
            (PhiFinding(T.AGE, 18, 20, "55", 0.5, "model"), 5.0),  # wrong, unsure
            (PhiFinding(T.NAME, 26, 34, "Ola Ruud", 0.5, "model"), 2.0),  # right, unsure
        ],
        o_margins=[(0, 6, 20.0), (11, 13, -30.0), (18, 20, -5.0), (26, 29, -2.0), (30, 34, -2.0)],
    )
    return Fold(key, notes, [[rule] for _ in notes], [analysis] * n, [analysis] * n)


def test_vetoes_pay_for_the_additions() -> None:
    thresholds, vetoes, price = choose([_fold("a"), _fold("b")], share=1.0)
    assert vetoes == {T.NAME: 0.0}  # 20 wrong rule findings dropped, none right
    # The sure ages are added; the unsure wrong ones are not while no price needs them.
    assert thresholds["AGE"] == 10.0
    assert thresholds["NAME+"] == 0.0
    assert price == 1.0


def test_without_vetoes_only_additions_that_were_never_wrong() -> None:
    folds = [_fold("a", name_right=True), _fold("b", name_right=True)]
    thresholds, vetoes, _ = choose(folds, share=1.0)
    assert vetoes == {}  # the rule finding was right: dropping it would cost recall
    # Nothing removed to pay with: "55" (wrong at 5) must stay out, "97" and the name may come in.
    assert thresholds == {"AGE": 10.0, "NAME+": 0.0}


def test_a_veto_that_is_right_too_rarely_is_not_taken() -> None:
    folds = [_fold("a", name_right=True), _fold("b"), _fold("c", name_right=True)]  # 10 wrong of 30
    _, vetoes, _ = choose(folds, share=1.0)
    assert T.NAME not in vetoes


def test_the_share_is_chosen_on_left_out_folds() -> None:
    folds = [_fold("a"), _fold("b"), _fold("c")]
    assert choose_share(folds) == 1.0
    (thresholds, vetoes, _), share = select(folds)
    assert share == 1.0 and vetoes == {T.NAME: 0.0} and thresholds["AGE"] == 10.0


PLACE_TEXT = "seen in Harmony, with Ola"  # Harmony 8-15, Ola 22-25


def _place_fold(key: str, places: int, people: int) -> Fold:
    """Notes where the word lists called "Harmony" a name: a town in ``places`` of them, a person in
    ``people``; the model prefers LOCATION over NAME there by 12, and "Ola" is a name it leaves as one."""
    scores = np.zeros((2, len(LABELS)), dtype=np.float32)
    scores[0, LABELS.index("LOCATION")], scores[0, LABELS.index("NAME")] = 20.0, 8.0
    scores[1, LABELS.index("NAME")] = 15.0
    analysis = Analysis([], [(8, 15, -8.0), (22, 25, -15.0)], scores)
    found = [
        PhiFinding(T.NAME, 8, 15, "Harmony", 0.6, "dictionary"),
        PhiFinding(T.NAME, 22, 25, "Ola", 0.6, "dictionary"),
    ]
    notes = []
    for i in range(places + people):
        kind = T.LOCATION if i < places else T.NAME
        gold = (GoldSpan(kind, 8, 15, "Harmony"), GoldSpan(T.NAME, 22, 25, "Ola"))
        notes.append(PlantedNote(f"{key}{i}", "s", PLACE_TEXT, gold))
    n = len(notes)
    return Fold(key, notes, [found] * n, [analysis] * n, [analysis] * n)


def test_a_relabel_is_taken_where_it_puts_right_twice_as_often_as_wrong() -> None:
    right, wrong = relabel_counts([_place_fold("a", places=8, people=2)])
    # "Harmony" at any margin up to 12; "Ola" never (NAME by 15): 8 put right, 2 put wrong.
    assert (right[T.NAME, T.LOCATION, 10.0], wrong[T.NAME, T.LOCATION, 10.0]) == (8, 2)
    assert right[T.NAME, T.LOCATION, 15.0] == wrong[T.NAME, T.LOCATION, 15.0] == 0
    # The least margin of the grid that gains most: 0 gains 8 - 2 * 2 as 5 and 10 do.
    assert choose_relabels([_place_fold("a", places=8, people=2)]) == {(T.NAME, T.LOCATION): 0.0}
    # 6 right for 4 wrong gains less than nothing at twice the cost of a wrong one.
    assert choose_relabels([_place_fold("a", places=6, people=4)]) == {}
    # Too few to judge.
    assert choose_relabels([_place_fold("a", places=4, people=0)]) == {}
