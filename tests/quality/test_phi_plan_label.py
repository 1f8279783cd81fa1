"""A bare "ID", "#" or "No." label on a line that names a plan, a payer, a member or a subscriber gives the
plan's member ID (HEALTH_PLAN_ID), as the labelling conventions have it; a label with a word of its own
("study ID", "badge #", "ref #") keeps what that word names. Sentences written here, not taken from a set."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import scan
from mediflow.quality.phi_types import PhiType

T = PhiType

PLAN_IDS = [
    ("Subscriber: ODUYA, FELIKS    ID: 7QK2MM41093    DOB: 03/02/1950", "7QK2MM41093"),
    ("Member: Tamsin Orlova     DOB: 4/9/1961     ID: Z44718203", "Z44718203"),
    ("covered by Lakemont Choice PPO, ID LMC90318842, group 55120", "LMC90318842"),
    ("Her insurance Brightwater Benefit Administrators (ID 552901774-02) denied it.", "552901774-02"),
    ("Medicaid (# QX40917T) active at admission", "QX40917T"),
    ("Medicaid\n# MCD-55029184 active since spring.", "MCD-55029184"),
    ("Other carrier: Ridgeline EPO    No. 88410392    Effective 2025-01-01", "88410392"),
]


@pytest.mark.parametrize(("text", "value"), PLAN_IDS)
def test_a_bare_id_label_on_a_plans_line_is_the_plans_id(text: str, value: str) -> None:
    assert (T.HEALTH_PLAN_ID, value) in [(f.type, f.text) for f in scan(text)]


NOT_PLAN_IDS = [
    ("Plan: home health referral; study ID: STUDY-4471-QX", "STUDY-4471-QX"),
    ("Plan: return to work Monday; employee ID E-558120", "E-558120"),
    ("Called the payer, rep Ines Mbeki (ref # PA77120934)", "PA77120934"),
    ("Plan: outpatient follow-up; badge # 660912", "660912"),
    # a review's counterexamples: a SOAP plan, a staff member, a carrier of goods or genes, a referral, a card
    ("Staff member: J. Ortiz, RN    ID: E44120    Shift: nights", "E44120"),
    ("Plan: MRI brain w/o contrast, ID: ORD-7781234", "ORD-7781234"),
    ("Specimen shipped via carrier UPS, # 1Z999AA10123456784", "1Z999AA10123456784"),
    ("Carrier screening positive for CFTR F508del, ID: LAB-884471", "LAB-884471"),
    ("HMO referral pending; # REF-5512093 faxed", "REF-5512093"),
    ("Insurance card copied; # 202422285, front and back.", "202422285"),
    ("Coverage physician paged, # PGR-88213", "PGR-88213"),
]


@pytest.mark.parametrize(("text", "value"), NOT_PLAN_IDS)
def test_a_label_with_a_word_of_its_own_keeps_its_kind(text: str, value: str) -> None:
    assert {f.text: f.type for f in scan(text)}.get(value) is T.OTHER_ID
