"""Tuning round 32 (2026-12-04), read off the misses of sets q (disasters, mass-casualty incidents and shelter
medicine) and r (rehabilitation, disability services and assistive technology): each rule fires on fresh values and
stays quiet on its look-alikes. (Amateur radio call signs and OCR's "NP1" were tried in the round and taken out after a
review: bed codes, gene names and staffing lines looked the same.)"""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiScanner


@pytest.fixture(scope="module")
def scanner() -> PhiScanner:
    return PhiScanner(use_model=False)


def _found(scanner: PhiScanner, text: str) -> set[tuple[str, str]]:
    return {(f.type.name, f.text) for f in scanner.scan(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("MRN at Cutler Ridge General: 771-208-441. Uses email on file.", "771-208-441"),
        ("MRN at St. Anselm Hospital of Kinnick: 004471920.", "004471920"),
    ],
)
def test_an_mrn_at_a_named_hospital(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("MRN", value) in _found(scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Personal effects bagged, tag 771-2084. Vehicle left in hot zone.", "771-2084"),
        ("Child tracking tag 550-1927. Released 17:20.", "550-1927"),
    ],
)
def test_a_tag_of_digits_alone_is_no_plate(scanner: PhiScanner, text: str, value: str) -> None:
    found = _found(scanner, text)
    assert ("OTHER_ID", value) in found
    assert not any(t == "VEHICLE_ID" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Son drives; tag # QTV4471.", "QTV4471"),
        ("visitor vehicle tag 5501927 in lot B", "5501927"),
        ("Vehicle: gray Honda Civic, tag 5501927 (DE)", "5501927"),
        ("Son's car, tag # 440-1927", "440-1927"),
    ],
)
def test_a_vehicles_tag_stays_a_plate(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("VEHICLE_ID", value) in _found(scanner, text)


def test_a_csvs_tag_number_column(scanner: PhiScanner) -> None:
    text = "MCI triage (csv)\ntag_no,last,first,dob,cat\n5501927,Quon,Rosa,8/23/1964,P2\n0000000,Dale,Imre,1/2/1950,P3"
    found = _found(scanner, text)
    assert ("OTHER_ID", "5501927") in found
    assert not any(v == "0000000" for _, v in found)  # a placeholder of zeros names no one


@pytest.mark.parametrize(
    "text",
    [
        "supply list\ntag,qty,item\n1012,4,blankets\n1013,12,cots",
        "item,asset_tag,location\nIV pump,4471920,Bay 2",
    ],
)
def test_a_tag_column_without_its_number_word_is_no_identifier(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "OTHER_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Restrictions: hand controls.\nPlate(s) registered: QX55019\n", "VEHICLE_ID", "QX55019"),
        ("Voice bank VB-441920 to be loaded on the delivered device.", "BIOMETRIC", "VB-441920"),
        ("Device tied to pt. Voice bank ID VPR44719203. Barthel 100.", "BIOMETRIC", "VPR44719203"),
        (
            "gait CSV\nsubject,mrn,study_date,template_id,velocity\n"
            '"Quon, Rosa",E4471920,04-15-2023,gt5501927,0.73',
            "BIOMETRIC",
            "gt5501927",
        ),
    ],
)
def test_plates_a_voice_bank_and_a_gait_template(
    scanner: PhiScanner, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text", ["Plates: 4 (96-well); plate count 120", "voice bank appointment booked for May"]
)
def test_lab_plates_and_a_voice_bank_visit_stay_quiet(scanner: PhiScanner, text: str) -> None:
    assert not any(t in ("VEHICLE_ID", "BIOMETRIC") for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    "text",
    [
        "Pt states her heart races when standing. HCV GT1a, NS5A RAS testing sent; W2A bed 4.",
        "NP1 0700-1900, NP2 1900-0700",
    ],
)
def test_bed_codes_gene_names_and_a_staffing_line_stay_quiet(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "LICENSE" for t, _ in _found(scanner, text))
