"""PHI rules of tuning round 25, read off the first contact of sets e (primary care and internal medicine) and f
(inpatient nursing and the hospital's allied teams): a chart number in a date's shape, Medicare numbers spaced as the
card prints them, clinicians' NPIs after their role, National Registry, PDMP and home-health episode numbers,
biometric logins, staff ids after a nurse's credential, ranges of dashed dates. Each with texts that must fire and
look-alikes that must not. The names and values here are fresh (no planted set uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found, found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a chart number in a date's shape whose day and month are out of range ("87-27-5914" is no date)
        ("OKAFOR, INES | MRN 77-41-2093 | DOB 03/27/1961", T.MRN, "77-41-2093"),
        ("PATIENT: HALE, RUA   MRN: 52-66-1187   DOB: 07/27/1958", T.MRN, "52-66-1187"),
        # Medicare's MBI spaced as the card prints it, after a plan's word or a claim's ("HI claim no.")
        ("Consent signed; Medicare 3QA7 KF2 RT55; copay $0.", T.HEALTH_PLAN_ID, "3QA7 KF2 RT55"),
        ("Pt: Ines Okafor / MBI 7WN2 C41 HA08 / DOB 3/2/1950", T.HEALTH_PLAN_ID, "7WN2 C41 HA08"),
        ("1. Patient HI claim no.: 6TE1 AN4 KW72   2. SOC date", T.HEALTH_PLAN_ID, "6TE1 AN4 KW72"),
        # a subscriber's id after "sub ID"
        ("Supplement: Aetna Medigap  sub ID QRX552014417", T.HEALTH_PLAN_ID, "QRX552014417"),
        # a clinician's NPI in brackets after their role
        ("Requesting clinician: Rua T. Hale (1548273006)", T.LICENSE, "1548273006"),
        # a National Registry number, a PDMP report's, a home-health episode's
        ("ME: Ines Okafor  National Registry # 07-551204", T.LICENSE, "07-551204"),
        ("ORT score 2; last PDMP R5512044719 reviewed.", T.OTHER_ID, "R5512044719"),
        ("Episode EP-441207; period 03-02-2026-05-01-2026.", T.OTHER_ID, "EP-441207"),
        # both ends of a range of dashed dates
        ("Episode EP-441207; period 03-02-2026-05-01-2026.", T.DATE, "03-02-2026"),
        ("Episode EP-441207; period 03-02-2026-05-01-2026.", T.DATE, "05-01-2026"),
        # a biometric login's template key
        ("Signed Rua Hale (biometric login bio:fp:qk4z7m2w).", T.BIOMETRIC, "bio:fp:qk4z7m2w"),
        ("Fingerprint on file (TWIC): bio:fp:m3xw9p0q", T.BIOMETRIC, "bio:fp:m3xw9p0q"),
        # a chart number after "MR" with a letter's prefix or a check digit
        ("Pt Hale, Rua, 94 y/o, MR K-41-552-071, pneumonia", T.MRN, "K-41-552-071"),
        ("Pt Okafor, Ines, 91 y/o, MR 441207-3, hyponatremia", T.MRN, "441207-3"),
        # a Social Security card's number
        ("Belongings: Medicare card / SS card 512 44 0917   security", T.SSN, "512 44 0917"),
        # a date with a month's abbreviation after a label that takes codes ("encounter")
        ("Face-to-face encounter 14-FEB-2026 by the NP.", T.DATE, "14-FEB-2026"),
    ],
)
def test_round_25_fires(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a nurse's, a sitter's or a wound nurse's own id in brackets after their name is theirs, not a chart's
        ("RN 1 Okafor, Ines (551207)   RN 2 Hale, Rua (E44120)", "551207"),
        ("RN 1 Okafor, Ines (551207)   RN 2 Hale, Rua (E44120)", "E44120"),
        ("Will follow 3/4.  WOC-RN T. Ansah (V5512)", "V5512"),
    ],
)
def test_round_25_staff_ids_after_a_credential(text: str, value: str) -> None:
    assert (T.OTHER_ID, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a date still, where its day and month are in range
        ("Seen 12-03-2024 and 31-12-2024.", T.MRN, "12-03-2024"),
        # a year after "National Registry", no number's label
        ("She passed the National Registry 2025 exam.", T.LICENSE, "2025"),
        # PDMP and episode words before no code
        ("PDMP reviewed today; episode 2 of care.", T.OTHER_ID, "2"),
        # "Hi" before a claim's word is a greeting
        ("Hi claim team 4471, please call.", T.HEALTH_PLAN_ID, "4471"),
    ],
)
def test_round_25_look_alikes_do_not_fire(text: str, kind: PhiType, value: str) -> None:
    assert [v for k, v in found_by_rules(text) if k is kind and value in v] == []


def test_round_25_dates_in_range_stay_dates() -> None:
    assert (T.DATE, "31-12-2024") in found("Seen 12-03-2024 and 31-12-2024.")
