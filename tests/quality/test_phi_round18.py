"""PHI rules added in tuning round 18 (on the tuning sets, X and Y the newest; N and O stay held out). Each
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
        # a bracketed number after a staff member's name is an employee's or a user's ID
        (
            "Verifier 1: Orla B. Quayle (582214)      Verifier 2: Tobias Renner (E771402)",
            T.OTHER_ID,
            "582214",
        ),
        (
            "Verifier 1: Orla B. Quayle (582214)      Verifier 2: Tobias Renner (E771402)",
            T.OTHER_ID,
            "E771402",
        ),
        (
            "Specimen collected 3/4/25 09:12 by Marta Lindgren (B6620193) -- seal intact",
            T.OTHER_ID,
            "B6620193",
        ),
        ("Compounder Yusra Halloran (E604418)   Verifying RPh Dev Malhotra", T.OTHER_ID, "E604418"),
        ("Thanks, Rosalind Achebe (703318).", T.OTHER_ID, "703318"),
        ("MERGE approved by Ingrid Solberg (U5531902)", T.OTHER_ID, "U5531902"),
        ("replaced; biomed Pavel Dudek (EMP-44190); ref REF 3301", T.OTHER_ID, "EMP-44190"),
        # after a patient's name it is the chart's, in its other shapes too
        ("EGD for Rosalind Achebe (KQ-448120) moved to Friday", T.MRN, "KQ-448120"),
        ("Override for Quayle, Orla (R77014):", T.MRN, "R77014"),
        # a list's or a log's row: "Last, First", then the chart number between wide gaps
        ("1. RENNER, TOBIAS  M4471920  ERCP 2/3/2026  call 1-302-555-0147", T.MRN, "M4471920"),
        ("0712  A55120931  Lindgren, Marta  33-81407  no contrast  120 kVp", T.MRN, "33-81407"),
        ("Halloran, Yusra K.  E600218354", T.MRN, "E600218354"),
    ],
)
def test_a_number_right_after_a_name_is_typed_by_whose_name_it_is(
    text: str, kind: PhiType, value: str
) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lindgren, Marta  19650412  F", "19650412"),  # a birth date written as eight digits
        ("St. John, Virgil      RX61738399    divalproex 250 mg", "RX61738399"),  # a prescription's number
        ("Renner, Tobias  302 555 0147", "302 555 0147"),
    ],
)
def test_a_row_after_a_name_types_no_chart_number_that_is_something_else(text: str, value: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] is T.MRN and f[1] == value]
