"""The rules' context checks over what the classifier adds (``phi_guard``)."""

from __future__ import annotations

import pytest

from mediflow.quality import phi_lexicon, phi_model, phi_rules
from mediflow.quality.phi_guard import plausible
from mediflow.quality.phi_model import PhiTagger, load_tagger
from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType


@pytest.fixture(scope="module", autouse=True)
def _word_lists() -> None:
    phi_lexicon.load()


def _span(text: str, value: str, kind: PhiType) -> PhiFinding:
    start = text.index(value)
    return PhiFinding(kind, start, start + len(value), value, 0.5, "model")


REJECTED = [
    # round 20: a field's yes, a heading's word in capitals, an age of 89 or under
    ("Code status prior: DNR / Witnessed: Y  Monitored: Y", "Y", T.NAME),
    ("CARDIOLOGY CONSULTATION / Name: Quennell, Odalys", "CONSULTATION", T.NAME),
    ("PROGRESS NOTE / Pt: Quennell, Odalys, 72yo  MRN 5510928", "72yo", T.AGE),
    ("Restarted Tresiba; allergic to Macrobid; Senokot nightly.", "Macrobid", T.NAME),
    ("Switched to Vyepti. Positive Chvostek sign.", "Vyepti", T.NAME),
    ("Positive Chvostek sign.", "Chvostek", T.NAME),
    ("Allergies: Penicillin, Sulfa; Warfarin held.", "Penicillin, Sulfa", T.NAME),
    ("Fitted Osterberg Nova RIC today.", "Osterberg Nova", T.NAME),
    ("Pt speaks Osterberg at home.", "Osterberg", T.NAME),
    ("Trelegy Ellipta inhaler daily.", "Trelegy Ellipta", T.NAME),
    ("Hx of Hodgkin lymphoma.", "Hodgkin", T.NAME),
    ("HR is 95, SpO2 is 94.", "95", T.AGE),
    ("Pulse was 94 and regular; SpO2 is 92 and stable.", "92", T.AGE),
    ("ninety-five percent on room air", "ninety-five", T.AGE),
    ("Participants aged 90 or older are pooled; ages 95 and up too.", "95", T.AGE),
    ("Ordered LOINC 30341 today.", "30341", T.LOCATION),
    ("Ordered HGBNC 20912 today.", "20912", T.LOCATION),
    ("Glucose, code 23450-7 resulted.", "23450", T.LOCATION),
    ("the 3rd time this year", "3rd", T.DATE),
    ("the 4th toe and the 5th percentile", "4th", T.DATE),
    ("Temperature 93 by mouth.", "93", T.AGE),
    ("Cohort: ages 95 and up.", "95", T.AGE),
    ("Residents 95+ are pooled.", "95", T.AGE),
    ("Guideline 95: metformin 500 mg PO BID.", "95", T.AGE),
    ("photo of wound taken today (WND-20441)", "WND-20441", T.OTHER_ID),
    ("Close-up of the sacral ulcer, image US-88120.", "US-88120", T.PHOTO),
]


@pytest.mark.parametrize(("text", "value", "kind"), REJECTED)
def test_look_alikes_the_rules_would_turn_away(text: str, value: str, kind: PhiType) -> None:
    assert not plausible(text, _span(text, value, kind))


KEPT = [
    # round 20: an initial that no field's mark precedes, a surname in capitals, an age over 89
    ("Signed: Surgeon Quennell P on 3/2", "P", T.NAME),
    ("PATIENT: ODALYS QUENNELL", "QUENNELL", T.NAME),
    ("PROGRESS NOTE / Pt: Quennell, Odalys, 97yo  MRN 5510928", "97yo", T.AGE),
    ("family of Eamon Heikkinen gathered; son April flew in from Alamosa.", "April", T.NAME),
    ("Grandson Hope on the line, will drive.", "Hope", T.NAME),
    ("seen with her neighbor Rusty MacDonald today", "Rusty MacDonald", T.NAME),
    ("waiting for Maria at the desk", "Maria", T.NAME),
    ("so that Ngozi could sign", "Ngozi", T.NAME),
    ("Emergency contact | Thandiwe Radulescu 1.389.705.5303", "Thandiwe Radulescu", T.NAME),
    ("He is a spry 97 and walks daily.", "97", T.AGE),
    ("Lives alone at 95, still drives.", "95", T.AGE),
    ("Moved to ZIP 02138 last year.", "02138", T.LOCATION),
    ("Lives near Eden Prairie 55344.", "55344", T.LOCATION),
    ("Seen on the 3rd of May.", "3rd", T.DATE),
    ("Follow-up on the 14th.", "14th", T.DATE),
    # the rules' cues that are no drug's here ("on", "take", "via"), and words that only begin like one
    ("Checked on Nkechi Adeyemi at 2pm.", "Nkechi Adeyemi", T.NAME),
    ("Daughter Sione: will take Adaeze home", "Adaeze", T.NAME),
    ("Contacted via Oluwaseun Bakare (son).", "Oluwaseun Bakare", T.NAME),
    ("Confirmed: Maria Lopez reconciled the list.", "Maria Lopez", T.NAME),
    ("Meds:\nMaria Lopez reconciled the list.", "Maria Lopez", T.NAME),
    ("Seen with Jordan Reese today.", "Jordan Reese", T.NAME),
    ("Seen with Sarah Brand today.", "Sarah Brand", T.NAME),
    ("She is 95 and upset about discharge.", "95", T.AGE),
    ("He is 92 and overall doing well.", "92", T.AGE),
    ("Pt is 96 and up in chair.", "96", T.AGE),
    ("He doesn't look 95.", "95", T.AGE),
    ("Age at visit 97; lives alone.", "97", T.AGE),
    ("Moved from Temple, he is 92.", "92", T.AGE),
    ("Temp\n93 y/o woman", "93", T.AGE),
    ("Address\nSPRINGFIELD\n62704", "62704", T.LOCATION),
    ("Zip code 02138.", "02138", T.LOCATION),
    ("BOSTON 02118", "02118", T.LOCATION),
    ("On the 14th he returned to ED.", "14th", T.DATE),
    ("Surgery on the 3rd went well.", "3rd", T.DATE),
    ("Plate KJW4471 on the car.", "KJW4471", T.VEHICLE_ID),
    ("Face photo on file PH-874050.", "PH-874050", T.PHOTO),
    ("Wound care by RN; study ID WX-20441.", "WX-20441", T.OTHER_ID),
]


@pytest.mark.parametrize(("text", "value", "kind"), KEPT)
def test_identifiers_in_the_same_places_stay(text: str, value: str, kind: PhiType) -> None:
    assert plausible(text, _span(text, value, kind))


@pytest.mark.parametrize("before", ["Grandson ", "so that ", "waiting for ", "the event "])
def test_the_rules_cues_before_a_word_are_whole_words(before: str) -> None:
    """ "son " is no "on", "that " no "at", "for " no "or", "event " no "vent": each cue is a word of its own."""
    for cue in (
        phi_rules._THING_BEFORE,
        phi_rules._PAIR_THING_BEFORE,
        phi_rules._DIAGNOSIS_BEFORE,
        phi_rules._PRODUCT_BEFORE,
    ):
        assert cue.search(before) is None, (cue.pattern[:40], before)
    assert phi_rules._PAIR_THING_BEFORE.search("started on ") is not None
    assert phi_rules._THING_BEFORE.search("Eliquis / ") is not None


def test_an_mrn_holds_a_third_group_of_digits() -> None:
    text = "MRI BRAIN, MRN: 164 405 7718\nComparison: none."
    found = [(f.type, f.text) for f in phi_rules.run_rules(text)]
    assert (T.MRN, "164 405 7718") in found


def test_an_accessions_number_in_a_charts_shape_is_another_identifier() -> None:
    # CONVENTIONS.md: an accession's number is OTHER_ID, in a chart number's three groups too (not a phone's)
    text = "MRI BRAIN, Accession #: 164 405 7718\nComparison: none."
    found = [(f.type, f.text) for f in phi_rules.run_rules(text)]
    assert (T.OTHER_ID, "164 405 7718") in found


def test_the_tagger_reports_only_plausible_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    """``analyse`` runs the guard: a span it drops is neither added nor counted for a threshold."""
    tagger: PhiTagger = load_tagger()
    text = "Restarted Tresiba; allergic to Macrobid; HR is 95."
    guarded = [span for span, _margin in tagger.analyse(text).spans]
    assert all(plausible(text, span) for span in guarded)
    monkeypatch.setattr(phi_model, "guarded", lambda _text, finding: finding)
    unguarded = [span for span, _margin in tagger.analyse(text).spans]
    assert len(unguarded) > len(guarded)  # the model alone would add drugs and vitals here
