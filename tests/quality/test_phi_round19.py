"""PHI rules added in tuning round 19 (sets 1 and 2 tuned on since; N, O, Z, 3 and 4 stay held out). Each
with texts that must fire and look-alikes that must not. The names and values here are fresh (no planted set
uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a chart number written in three groups after its label
        ("Mother: Odile Farrant   MRN 402 71 88   FIN V771200431", T.MRN, "402 71 88"),
        ("Chart # 519 06 23   Birth 03/14/2024", T.MRN, "519 06 23"),
        # a date of birth or of injury in eight digits after its label
        ("name Tobiah Quell   d.o.b. 11081979   SSN 412-60-7713", T.DATE, "11081979"),
        ("CLM=WC-27-118204        JUR=OR DOI=03152001  <- corrected", T.DATE, "03152001"),
        ("CLM=WC-27-118204        JUR=OR DOI=03152001  <- corrected", T.ACCOUNT, "WC-27-118204"),
        ("CLAIM DIARY - 40418822917\nClaimant Quell, Tobiah", T.ACCOUNT, "40418822917"),
        # a medical examiner's registry number, an airman's certificate, an AME's serial, a court reporter's
        # certificate, a notary's commission, a birth certificate's state file number
        ("National Registry Number: 4190027731   Medical Examiner's License", T.LICENSE, "4190027731"),
        ("ME: Farrant   NRCME 6620419085   Fee $540.00", T.LICENSE, "6620419085"),
        ("examiner D. Quell (NR# 3014478820).", T.LICENSE, "3014478820"),
        ("Odile Farrant (DOB 1/2/1988, airman # 5510924) examined", T.LICENSE, "5510924"),
        ("Examined by AME Tobiah Quell. AME serial MD771305.", T.LICENSE, "MD771305"),
        ("(Reporter: Odile Farrant, CSR 041.772906)", T.LICENSE, "041.772906"),
        ("Witness/notary: Odile Farrant, commission NP-40771", T.LICENSE, "NP-40771"),
        ("State file no. (office use): 2023-660419", T.LICENSE, "2023-660419"),
        # an employer's FEIN, a WIC number, a custody and control form, a booking, a subpoena, evidence, a case
        ("Employer: Quillfeather Roofing LLC  FEIN 58-2046617", T.OTHER_ID, "58-2046617"),
        ("EMPR=Quillfeather Roofing FEIN=58-2046617  SITE=12 Orchard Ln", T.OTHER_ID, "58-2046617"),
        ("Pump due back Friday. WIC G550173920.", T.OTHER_ID, "G550173920"),
        ("No. de WIC G550173920     Fecha: hoy", T.OTHER_ID, "G550173920"),
        ("enrolled in the random pool. CCF Q4418290.", T.OTHER_ID, "Q4418290"),
        ("INTAKE EXPORT\nBKG 60418827  NAME TOBIAH QUELL", T.OTHER_ID, "60418827"),
        ('"subpoena duces tecum 27-DR-5501","Quell, Tobiah"', T.OTHER_ID, "27-DR-5501"),
        ("the pump was retained as evidence E2027-418830.", T.OTHER_ID, "E2027-418830"),
        ("Agente: Odile Farrant, número de caso QX44109827.", T.OTHER_ID, "QX44109827"),
        ("FIT TEST CARD\nODILE FARRANT  EE# 4410927  DOB 02/11/1975", T.OTHER_ID, "4410927"),
        # a badge's number with a letter, a badge named with its ID
        ("call from Tobiah Quell (Sgt., badge 4471K) re a fall", T.OTHER_ID, "4471K"),
        ("Requesting officer: Odile Farrant   Badge/ID Q5520   Agency: county", T.OTHER_ID, "Q5520"),
        # a number right after an officer's or a custodian's name
        ("RN Ivo Pell          Ofc. Tobiah Quell #552  3/3/26 @ 1410", T.OTHER_ID, "552"),
        ("arrived in custody of Odile Farrant (#K4410). Draw per warrant", T.OTHER_ID, "K4410"),
        # a chart number in brackets after a name, in more shapes
        ("transfer back: Farrant, Odile (K-771-304) to Ward 3", T.MRN, "K-771-304"),
        ("matched to recipient Achebe, Rosalind (6620-4418).", T.MRN, "6620-4418"),
        # a date of birth, eight digits, in a person's row
        ('case_no,employee,dob\n27-044,"Quell, Tobiah",11081979', T.DATE, "11081979"),
        # an address's parts split by slashes
        ("ADDR   18 Wren Hollow Rd / Tilden / Marrow County / 40418", T.LOCATION, "Tilden"),
        ("ADDR   18 Wren Hollow Rd / Tilden / Marrow County / 40418", T.LOCATION, "40418"),
        # a relative's age over 89
        ("Brought by her son and great-grandmother (96).", T.AGE, "96"),
        ("Vive con la bisabuela (101 años)", T.AGE, "101"),
        ("He looks after his father, who is 98.", T.AGE, "98"),
        # a facility named after its town
        ("Referred from Oakbridge Maternity Pavilion, fax to follow", T.LOCATION, "Oakbridge"),
        ("for Oakbridge Health Department; link below", T.LOCATION, "Oakbridge"),
        # a footprint's template
        ("Footprint ID BX-5501927 on file", T.BIOMETRIC, "BX-5501927"),
    ],
)
def test_round_19_finds(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("no evidence of 2.5-cm mass; evidence 12345", None),
        ("the commission met in 2025 and the CSR team 2 called", None),
        ("Seen by Ana Ruiz (2019-2020) and Bob Smith #2", "2019-2020"),
        ("mother (G2P1) and father (45); room 97; who is 12 now; grandfather (97 kg)", None),
        ("PATIENT COMMENT CARD #119  (TRANSCRIBED)", "119"),
        ("dose 5 mg / Tylenol / 12345", None),
        ("National Registry of Emergency Medical Technicians exam passed", None),
    ],
)
def test_round_19_look_alikes_stay_clean(text: str, value: str | None) -> None:
    found = found_by_rules(text)
    if value is None:
        assert [f for f in found if f[0] is not T.NAME] == [], found
    else:
        assert value not in [v for _, v in found]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Pre-employment physical -- Quillfeather Roofing Inc.", "Quillfeather"),
        ("Dept: maintenance, Hargrove Masonry", "Hargrove"),
        ("Employer Name: Yarrowby Cold Storage   Street: 12 Mill Rd", "Yarrowby"),
        ("EMPR=Consolidated Rail Services FEIN=70-9285775", "Consolidated"),
    ],
)
def test_an_employers_trade_after_a_word_makes_it_no_persons_name(text: str, word: str) -> None:
    assert not [v for kind, v in found_by_rules(text) if kind is T.NAME and word in v]


def test_a_given_name_before_a_trade_word_is_still_a_person() -> None:
    assert (T.NAME, "Harold Kessler") in found_by_rules("Harold Kessler works at a roofing company")


# A review's sentences (a helper's read of round 19): look-alikes that fired, and variants that were missed.
@pytest.mark.parametrize(
    "text",
    [
        "HR now 104, BP 132/78, afebrile.",
        "Glucose was 240 overnight, now 110.",
        "Joint Commission 2023-2025 survey cycle completed",
        "He passed the National Registry 2024 and starts Monday.",
        "Sleep study: CSR 18.5-22.0% of TST",
        "Charge RN Odile Farrant (0700-1900) notified",
        "Bed 4: Smith, John (#412) transferred from ICU.",
        "Specimen labeled Jane Doe #001 of 3 sent to lab.",
    ],
)
def test_round_19_review_look_alikes(text: str) -> None:
    assert [f for f in found_by_rules(text) if f[0] is not T.NAME] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Discussed with Dr. Nakamura Pharmacy Services.", "Nakamura"),
        ("Spoke with Ms. Lopez Social Services re placement.", "Lopez"),
        ("Spoke to Sgt. Kowalski Metro PD about the crash.", "Kowalski"),
    ],
)
def test_a_titled_persons_team_after_the_name_keeps_the_name(text: str, name: str) -> None:
    assert any(kind is T.NAME and name in value for kind, value in found_by_rules(text))


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Reported by Odile Farrant, CSR 839217", T.LICENSE, "839217"),
        ("Ofc. Rich Mercy, #965, on scene.", T.OTHER_ID, "965"),
        ("in custody of Bao Fitzgerald (#P-1734)", T.OTHER_ID, "P-1734"),
        ("Cared for by her sister (92).", T.AGE, "92"),
        ("DOI 05081986 per adjuster.", T.DATE, "05081986"),
        ("Employer EIN: 47-0917588", T.OTHER_ID, "47-0917588"),
    ],
)
def test_round_19_review_variants(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)
