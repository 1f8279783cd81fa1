"""An organisation's numbers are not PHI (CONVENTIONS.md, 2026-12-03): Safe Harbor lists the identifiers of the
individual, relatives, employers and household members, and a laboratory's CLIA or CAP number or a pharmacy's
NCPDP number names neither. A person's licence beside them is still found. The values here are fresh (no planted
set uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found, found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Performed at Eastgate Reference Laboratory (CLIA 05D0987654).", "05D0987654"),
        ("SEND-OUT MANIFEST   Shipper: Eastgate Reference Laboratory   CLIA 33D2210947", "33D2210947"),
        ("Laboratory Director: see letterhead   CLIA: 14D0655102   CAP 7712093", "14D0655102"),
        ("Dispensing pharmacy Larkspur Apothecary NCPDP 5510932; BIN 004336", "5510932"),
        ("RETURN FAX (555) 014-7730   NCPDP 0391187", "0391187"),
        ("Contract pharmacy: Quennell Apothecary (NCPDP 4471902, NPI 1184629909)", "4471902"),
        ("Contract pharmacy: Quennell Apothecary (NCPDP 4471902, Pharmacy NPI 1184629909)", "1184629909"),
        ("Receiving: Larkspur Infusion Center (store DEA FB5510932, pharmacy permit PHY551902)", "FB5510932"),
        ("Receiving: Larkspur Infusion Center (store DEA FB5510932, pharmacy permit PHY551902)", "PHY551902"),
        ("PRESC ID 1184629909  PHARM ID 1558193011", "1558193011"),
        ("340B SELF-AUDIT  Covered entity DSH551902-001", "DSH551902-001"),
        ("DAILY DISPENSING SUMMARY  Store #44719\nScripts filled: 212", "44719"),
        ("Billing: Group NPI 1558193011; Type 2 NPI: 1669204122", "1669204122"),
    ],
)
def test_an_organisations_number_is_no_phi(text: str, number: str) -> None:
    assert [pair for pair in found(text) if number in pair[1]] == []
    assert [pair for pair in found_by_rules(text) if number in pair[1]] == []


@pytest.mark.parametrize(
    ("text", "licence"),
    [
        ("Director Odalys Brenneman, MD (NPI 1184629909)   CLIA 05D0987654", "1184629909"),
        ("RPh Tobiah Quennell, lic. RPH551902; store NCPDP 5510932", "RPH551902"),
        ("PRESC ID 1184629909  PHARM ID 1558193011", "1184629909"),
        ("Prescriber Odalys Brenneman  DEA FB5510932  NPI 1184629909", "FB5510932"),
    ],
)
def test_a_persons_licence_beside_them_is_still_found(text: str, licence: str) -> None:
    assert (T.LICENSE, licence) in found(text)
