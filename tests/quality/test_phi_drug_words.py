"""A drug's name or brand is no person's and no place's name (``phi_lexicon.drug_words``: the single-word
names of PyPI ``drug-named-entity-recognition``, shipped as a derived list), unless a census list holds the
word as a name. The names and values here are fresh (no planted set uses them)."""

from __future__ import annotations

import pytest

from bench import phi_drug_words
from mediflow.quality import phi_lexicon as lex
from mediflow.quality.phi import PhiType
from tests.support.phi import found, found_by_rules

T = PhiType


def test_the_shipped_list_is_what_the_package_gives(capsys: pytest.CaptureFixture[str]) -> None:
    assert phi_drug_words.main(["--check"]) == 0
    assert "as drug-named-entity-recognition 2.0.9 gives them" in capsys.readouterr().out


def test_drug_words_hold_brands_and_leave_names_and_towns_out() -> None:
    words = lex.drug_words()
    assert {"cytotec", "pitocin", "pediarix", "cervidil", "apixaban", "chlor-trimeton"} <= words
    assert not {"camila", "allegra", "fargo"} & words  # a census given name, a surname, a US town
    assert all(w == w.lower() and " " not in w for w in words)


def test_a_drug_is_a_medical_word_and_no_name_by_its_shape() -> None:
    assert lex.medical_word("Cytotec") and lex.medical_word("PITOCIN")
    assert not lex.name_shaped("Cervidil") and not lex.name_shaped("Vaxelis")
    assert lex.name_shaped("Okonkwo")  # a name is still a name


@pytest.mark.parametrize(
    "text",
    [
        "Labor: spontaneous onset, AROM at 0438, Cytotec 25 mcg PV x2, then Pitocin per protocol.",
        "Induction with Cervidil overnight. Vaccines: Pediarix and Vaxelis per schedule.",
        "Exam: Epstein pearls present. Color: Ishihara plates pass, 14/14.",
    ],
)
def test_brands_and_eponyms_stay_clean(text: str) -> None:
    for scan in (found, found_by_rules):
        assert [f for f in scan(text) if f[0] in (T.NAME, T.LOCATION)] == []


def test_a_brand_that_is_a_census_name_is_still_a_name() -> None:
    assert (T.NAME, "Camila Ortuzar") in found_by_rules("Seen with her neighbor Camila Ortuzar on Tuesday.")
