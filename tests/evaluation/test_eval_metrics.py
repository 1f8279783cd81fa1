"""Every metric against values worked out by hand in the comments."""

from __future__ import annotations

import pytest

from mediflow.evaluation import metrics as m
from mediflow.evaluation.families import (
    ClassificationItem,
    CodingItem,
    ErrorCorrectionItem,
    ExtractionItem,
    MultipleChoiceItem,
    NoteGenerationItem,
    QaItem,
    get_family,
    parse_choice,
    parse_codes,
    parse_error_reply,
    parse_label,
)


def test_accuracy_and_macro_f1() -> None:
    pred, gold = ["a", "a", "b", "c"], ["a", "b", "b", "b"]
    assert m.accuracy(pred, gold) == 0.5
    # a: tp1 fp1 fn0 -> 2/3; b: tp1 fp0 fn2 -> 2/4; c: tp0 -> 0  => mean 7/18
    assert m.macro_f1(pred, gold, ["a", "b", "c"]) == pytest.approx((2 / 3 + 1 / 2 + 0) / 3)
    with pytest.raises(ValueError):
        m.accuracy(["a"], [])


def test_exact_match_and_token_f1() -> None:
    assert m.exact_match("The Metformin.", ["metformin"]) == 1.0
    assert m.exact_match("metformin 500", ["metformin"]) == 0.0
    # pred {500, mg, daily}, ref {500, mg, twice, daily}: common 3, P=1, R=3/4 -> 6/7
    assert m.token_f1("500 mg daily", ["500 mg twice daily"]) == pytest.approx(6 / 7)
    assert m.token_f1("x", ["no overlap", "x"]) == 1.0  # best reference wins


def test_rouge_by_hand() -> None:
    pred, ref = "the cat sat on the mat", "the cat lay on the mat"
    # unigrams: 5 of 6 shared each side -> 5/6
    assert m.rouge_n(pred, ref, 1) == pytest.approx(5 / 6)
    # bigrams pred: the-cat cat-sat sat-on on-the the-mat; ref: the-cat cat-lay lay-on on-the the-mat; 3 shared of 5
    assert m.rouge_n(pred, ref, 2) == pytest.approx(3 / 5)
    # LCS: the cat on the mat = 5 -> P=R=5/6
    assert m.rouge_l(pred, ref) == pytest.approx(5 / 6)
    # LCS("a b c d", "a c b d") = 3 -> P=R=3/4
    assert m.rouge_l("a b c d", "a c b d") == pytest.approx(3 / 4)
    assert m.rouge_l("", "x") == 0.0


def test_set_f1_and_codes() -> None:
    # item 1: tp1 fp1 fn1; item 2: tp1 fp0 fn0 -> tp2 fp1 fn1 -> 4/6
    assert m.micro_f1([m.set_counts({"a", "b"}, {"a", "c"}), m.set_counts({"x"}, {"x"})]) == pytest.approx(
        2 / 3
    )
    assert m.code_prefix("e11.65") == "E11"
    assert parse_codes("Codes: E11.9, i10 and J18.9; not 123 or U07") == {"E11.9", "I10", "J18.9"}


def test_section_coverage() -> None:
    assert (
        m.section_coverage("Subjective: x\nPLAN: y", ["Subjective", "Objective", "Assessment", "Plan"]) == 0.5
    )


def test_choice_and_label_parsers() -> None:
    assert parse_choice("Thinking... The correct answer is C.", ["A", "B", "C"]) == "C"
    assert parse_choice("B) because", ["A", "B"]) == "B"
    assert parse_choice("A patient", ["B", "C"]) is None  # the article "A" is a word, not an option
    labels = ["entailment", "contradiction", "neutral"]
    assert parse_label("Contradiction.", labels) == "contradiction"
    assert parse_label("entailment or neutral", labels) is None  # several labels: no answer


def _mc(i: str, answer: str) -> MultipleChoiceItem:
    return MultipleChoiceItem(
        id=i, task="t", family="multiple_choice", question="q", options={"A": "x", "B": "y"}, answer=answer
    )


def test_family_scores() -> None:
    mc = get_family("multiple_choice").score([_mc("1", "A"), _mc("2", "B")], ["The correct answer is A", "A"])
    assert mc == {"accuracy": 0.5}

    cls = [
        ClassificationItem(
            id=str(n), task="t", family="classification", text="x", labels=["yes", "no"], answer=a
        )
        for n, a in enumerate(["yes", "no", "no"])
    ]
    # preds yes, yes, (none) -> acc 1/3; yes: tp1 fp1 -> 2/3; no: tp0 -> 0 => macro 1/3
    got = get_family("classification").score(cls, ["Yes", "yes", "maybe"])
    assert got["accuracy"] == pytest.approx(1 / 3) and got["macro_f1"] == pytest.approx(1 / 3)

    qa = [QaItem(id="1", task="t", family="qa", question="q", answers=["500 mg twice daily"])]
    got = get_family("qa").score(qa, ["500 mg daily"])
    assert got["exact_match"] == 0.0 and got["f1"] == pytest.approx(6 / 7)
    assert got["rougeL"] == pytest.approx(6 / 7)  # LCS 3 of 3 and 4 -> same as F1 here

    ext = [
        ExtractionItem(
            id="1",
            task="t",
            family="extraction",
            text="x",
            entity_types=["drug", "problem"],
            entities=[{"type": "drug", "text": "metformin"}, {"type": "problem", "text": "diabetes"}],
        )
    ]
    # found drug:metformin (tp), problem:asthma (fp), missed diabetes (fn); "dose:" ignored -> 2/4
    got = get_family("extraction").score(ext, ["drug: Metformin\nproblem: asthma\ndose: 5 mg"])
    assert got == {"entity_f1": pytest.approx(0.5)}

    code = [CodingItem(id="1", task="t", family="coding", text="x", codes=["E11.9", "I10"])]
    # exact: {E11.65, I10} vs {E11.9, I10}: tp1 fp1 fn1 -> 1/2; prefixes {E11, I10} both match -> 1
    got = get_family("coding").score(code, ["E11.65, I10"])
    assert got == {"code_f1": pytest.approx(0.5), "code_f1_3char": pytest.approx(1.0)}

    note = [
        NoteGenerationItem(
            id="1",
            task="t",
            family="note_generation",
            dialogue="d",
            reference="plan rest",
            sections=["Plan", "Assessment"],
        )
    ]
    got = get_family("note_generation").score(note, ["Plan: rest"])
    assert got["rouge1"] == pytest.approx(1.0) and got["section_coverage"] == 0.5


def test_error_correction_scores() -> None:
    sents = ["a", "b", "c"]
    items = [
        ErrorCorrectionItem(
            id="1",
            task="t",
            family="error_correction",
            sentences=sents,
            error_sentence=1,
            correction="dose is 5 mg",
        ),
        ErrorCorrectionItem(id="2", task="t", family="error_correction", sentences=sents),
        ErrorCorrectionItem(
            id="3", task="t", family="error_correction", sentences=sents, error_sentence=2, correction="x y"
        ),
    ]
    assert parse_error_reply("ERROR 1: dose is 50 mg") == (True, 1, "dose is 50 mg")
    assert parse_error_reply("CORRECT") == (False, None, "")
    replies = ["ERROR 1: dose is 50 mg", "CORRECT", "ERROR 0: x y"]
    got = get_family("error_correction").score(items, replies)
    # flags: all three right -> 1; sentences: 1, None right, 0≠2 -> 2/3
    # corrections: item1 LCS(dose is 50 mg, dose is 5 mg)=3 of 4 -> 3/4; item3 wrong sentence -> 0 => 3/8
    assert got == {
        "flag_accuracy": 1.0,
        "sentence_accuracy": pytest.approx(2 / 3),
        "correction_rougeL": pytest.approx(3 / 8),
    }
