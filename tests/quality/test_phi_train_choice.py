"""How bench.phi_train chooses the classifier's add thresholds and vetoes: additions only as far as
the vetoes pay for their false positives, vetoes only where they are right 4 times in 5."""

from __future__ import annotations

from bench.phi_planted import GoldSpan, PlantedNote
from bench.phi_train import Fold, choose, choose_share, select
from mediflow.quality.phi_model import Analysis
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
