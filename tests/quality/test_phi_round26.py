"""PHI rules of tuning round 26. Its first part was read off the tuning sets' misses before sets g and h were
written: a practice named after its town ("Chester Primary Care"), a date in a file's name, an aligned export whose
column names hold digits ("A1C", "PHQ9"), a CSV whose first column is headed "#", one of a pair of columns
("MRN_A | MRN_B"), a chart number in a date's shape whose day or month is out of range. Each with texts that must
fire and look-alikes that must not. The names and values here are fresh (no planted set uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality import phi_table
from mediflow.quality.phi import PhiType
from tests.support.phi import found, found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a practice named after its town: the town is a place, not a person's given name
        ("R. Osei, MD  |  Sandusky Primary Care  |  Ph 555-201-7730", T.LOCATION, "Sandusky"),
        ("From: Winona Primary Care   Fax 555-201-7731", T.LOCATION, "Winona"),
        ("Referring: Dr Abara , Fairmont Urgent Care   tel 555-201-7732", T.LOCATION, "Fairmont"),
        ("Labs drawn at Bethel Health Center this morning.", T.LOCATION, "Bethel"),
        # a date in a file's or an export's name, after an underscore
        ("Attached: panel_gaps_20251117.csv (412 rows)", T.DATE, "20251117"),
        ("Scanned to media as referral_2026-02-09_fax.pdf", T.DATE, "2026-02-09"),
    ],
)
def test_round_26_fires(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("R. Osei, MD  |  Sandusky Primary Care  |  Ph 555-201-7730", "Sandusky"),
        ("From: Winona Primary Care   Fax 555-201-7731", "Winona Primary"),
    ],
)
def test_round_26_a_practice_is_no_person(text: str, value: str) -> None:
    assert (T.NAME, value) not in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a camera's file name is a photograph's: no date is cut out of it
        ("Sent a picture (IMG_20250611_081522.jpg) of the rash.", T.DATE, "20250611"),
        # an underscore before a number that is no date (a month 13), a year alone
        ("run_20251399.log and batch_2024 archived", T.DATE, "20251399"),
        ("run_20251399.log and batch_2024 archived", T.DATE, "2024"),
        # the last word of a longer organisation's name that happens to be a town's
        ("Billing: Sacred Trinity Medical Group", T.LOCATION, "Trinity"),
    ],
)
def test_round_26_look_alikes_do_not_fire(text: str, kind: PhiType, value: str) -> None:
    assert [v for k, v in found(text) if k is kind and value in v] == []


# An aligned export whose header names columns with digits in them, its rows not under their headers.
ALIGNED = (
    "PANEL - PCP ABARA, TEMI\n"
    "MRN        NAME                 DOB        AGE  A1C   PHQ9  PAYER_ID\n"
    "41-88-2093  OSEI, RUA  19340212  91   8.1%  12    KQ7741902\n"
    "77120934  Abara, Temi  Mar 2, 1931  94  6.2%  3    WX5520194\n"
)


def test_round_26_an_aligned_export_with_digits_in_its_column_names() -> None:
    cells = {(f.type, f.text) for f in phi_table.table_findings(ALIGNED)}
    assert {(T.MRN, "41-88-2093"), (T.MRN, "77120934"), (T.AGE, "91"), (T.AGE, "94")} <= cells


def test_round_26_a_date_cell_has_its_day_and_month_in_range() -> None:
    # "41-88-2093" has no month 88: a chart number under "MRN"; "02/03/1961" stays a date, no code
    text = "MRN,NAME,DOB\n41-88-2093,Osei Rua,02/03/1961\n12-03-2024,Abara Temi,04/05/1950\n"
    cells = {(f.type, f.text) for f in phi_table.table_findings(text)}
    assert (T.MRN, "41-88-2093") in cells
    assert not {value for _, value in cells} & {"12-03-2024", "02/03/1961", "04/05/1950"}


def test_round_26_a_csv_whose_first_column_is_headed_by_a_hash() -> None:
    text = '#,Patient,DOB,MRN,Medication\n1,"Osei, Rua",02/12/1944,HQ551207,"metformin 500 mg"\n'
    assert (T.MRN, "HQ551207") in {(f.type, f.text) for f in phi_table.table_findings(text)}


def test_round_26_one_of_a_pair_of_columns() -> None:
    text = "PAIR|MRN_A|MRN_B|NAME_A|NAME_B\n1|HQ-551207|K77-1209|RUA OSEI|Osei,Rua\n"
    cells = {(f.type, f.text) for f in phi_table.table_findings(text)}
    assert {(T.MRN, "HQ-551207"), (T.MRN, "K77-1209")} <= cells
