"""PHI rules added in tuning round 16 (on the tuning sets; N and O stay held out). Each with texts that
must fire and look-alikes that must not. The names and values here are fresh (no planted set uses them).
Values said aloud are tested in test_phi_spoken.py."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # research: linkage keys, hashes and UUIDs after their word
        (
            "Subj 22-0417   Linkage key 5d0c8e1a-77b2-4f0e-9c31-0a9e6b2d4c18\nItems",
            "5d0c8e1a-77b2-4f0e-9c31-0a9e6b2d4c18",
        ),
        ("2024-05-02T09:14:00Z | key 9be41c07d2aa58e3 -> subj 3305", "9be41c07d2aa58e3"),
        ("eConsent envelope 7f3a90c2e1d44b6a8c05\nplatform build 2.0", "7f3a90c2e1d44b6a8c05"),
        ("Registry ID 8830412   GUID NDARK7TZ2QW9\n", "NDARK7TZ2QW9"),
        ("Linkage key: LK-Q8W2-RT5Z-0M3N", "LK-Q8W2-RT5Z-0M3N"),
        # a family's file, a specimen's derivatives and blocks, a sample record, a filter card
        ("Counsellor: see fam file FAM-30418; MRN on request", "FAM-30418"),
        ("previously tested under family R7713: two relatives", "R7713"),
        ("Accession SP-24-118830; derivatives DN55120418-P02 (plasma)", "DN55120418-P02"),
        ("Released: block 22HX718340-A3 (tumour 40%)", "22HX718340-A3"),
        ("Sample record R-41-907 - items found and removed", "R-41-907"),
        ("Kit/filter card no. 640917223   Collected 08:10", "640917223"),
    ],
)
def test_a_research_identifier_after_its_word_is_other_id(text: str, value: str) -> None:
    assert (T.OTHER_ID, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "nerve block 20 mL of 0.5% bupivacaine; family history of CAD",
        "key points 1-4 reviewed; blocks 3 and 4 stained",
        "the key finding is a BRCA2 c.5946delT variant (rs80359550)",
        "GUID format is NDAR plus eight characters",
        "checksum deadbeef",  # too short for a key
        "aliquots x4, 1.0 mL each; derivatives pending",
        "family meeting at 14:00 with the attending",
    ],
)
def test_research_words_without_an_identifier_fire_nothing(text: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] is T.OTHER_ID]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ('NPI "1730582264"; pharmacist verified', T.LICENSE, "1730582264"),
        ("MRN read by caller: 5528190", T.MRN, "5528190"),
        ("Ambulance plate on scene. MRN pulled MR660172. ID photo", T.MRN, "MR660172"),
        ('MRN dictated "00413376" - matches registration', T.MRN, "00413376"),
    ],
)
def test_a_value_read_out_or_quoted_after_its_label_is_found(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        'dose "5 mg" given as ordered',
        "MRN read by caller was wrong; corrected",
        "phone given to the daughter at the bedside",
    ],
)
def test_a_label_verb_or_a_quote_without_a_code_fires_nothing(text: str) -> None:
    assert found_by_rules(text) == []


def test_a_csv_of_linkage_keys_and_hie_ids_is_read_by_its_header() -> None:
    text = (
        "linkage_key,subject_id,hie_id,last,first\n"
        "c41f0a9e7b2d58e6a1f3c7b9,QX-21-0918,7718204431,Okafor,Linnea\n"
        "LK-H2M9-PP4R-7Z0C,QX-21-0955,6610298837,Brandt,Teo\n"
    )
    found = found_by_rules(text)
    for value in ("c41f0a9e7b2d58e6a1f3c7b9", "7718204431", "LK-H2M9-PP4R-7Z0C", "6610298837"):
        assert (T.OTHER_ID, value) in found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("VM-TO-TEXT  Mar 3  09:12 AM  caller ID 7735550143 (unknown)", T.PHONE, "7735550143"),
        ("Interpreter: Oyelowo (ID 57730), video", T.OTHER_ID, "57730"),
        ("Interpreter: Marit, staff ID 61924\nClinician: any pain?", T.OTHER_ID, "61924"),
        ("Mailing address 40 Ash Rd, Pocatello, ID 83201.", T.LOCATION, "40 Ash Rd, Pocatello, ID 83201"),
        ("Interpreter #30417  Agent Teodora\nAgent: name please?", T.NAME, "Teodora"),
        ("Her mother is ninety-four and lives with them.", T.AGE, "ninety-four"),
    ],
)
def test_caller_ids_staff_ids_agents_and_spoken_ages_are_typed(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # roles, languages and interpreted words are nobody's name
        "Agent: Can I have the date?\nInterp: ok\nAgent: thanks\nInterp: gracias",
        "Telephone encounter - Haitian Creole interpreter; Levantine Arabic requested",
        "Interp (to pt): ¿Qué la trae hoy? Tiene cita mañana.",
        "Interp -> parent: Cháu còn sốt không chị?",
        "INTERPRETER LOG (Kreyòl ayisyen): Èske w ap pran grenn lan?",
        # a vital sign said aloud is no age
        "BP one seventy-eight over ninety-nine, pulse ninety-eight, sats ninety-six percent",
        "she has a fever ninety-nine point four since last night",
        # a pain score a few words before its pain
        "- Pt reports 7/10 low back pain since lifting",
    ],
)
def test_interpreted_visits_and_spoken_vitals_fire_nothing(text: str) -> None:
    assert found_by_rules(text) == []
