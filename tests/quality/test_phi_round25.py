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


# A helper's review of rounds 24 and 25 found these; each is fixed and kept here.
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a person's name before an everyday word that also ends an eponym
        ("Reviewed Anna Reyes's drain output with family.", T.NAME, "Anna Reyes"),
        ("Seen with Anna Reyes motor exam intact.", T.NAME, "Anna Reyes"),
        ("Spoke with Maria Lopez point of contact for the family.", T.NAME, "Maria Lopez"),
        # a town before "Motor Lodge"; a cosigner after "order to"
        ("Works at the Sandusky Motor Lodge as a clerk.", T.LOCATION, "Sandusky"),
        ("Sent the order to Karen Whitfield, NP, for cosign.", T.NAME, "Karen Whitfield"),
        # a capital's full stop after a lower-case word ends a sentence: a phone after it is no fax
        (
            "Please fax the labs to hepatology re: hepatitis B. Son reached at 555-201-3344.",
            T.PHONE,
            "555-201-3344",
        ),
        # an age in capitals after a word ending in T; a ZIP after more AP state abbreviations
        ("TRANSPORT 91 M TO CT.", T.AGE, "91"),
        ("Moved from Towson, Md. 21204 last year.", T.LOCATION, "21204"),
        # a spaced MRN's two-digit last group stops before an age
        ("MRN 4471 209313 92 yo F presents with fall.", T.AGE, "92"),
        # a lot in lower case after its device's serial (and a name in capitals made of common words: the test below)
        ("Serial HWD55120, lot 33u9924-65.", T.DEVICE_ID, "33u9924-65"),
    ],
)
def test_review_of_rounds_24_and_25_fires(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a compact date and a clock time, no Australian phone
        ("Collected 071524 1430.", T.PHONE, "071524"),
        # shift hours, a span of years, a compact day-first date, a local phone after a name: no record number
        ("Primary RN: Ana Ruiz, 0700-1900", T.OTHER_ID, "0700-1900"),
        ("Night shift: Maria Lopez / 1900-0730 / pod B", T.MRN, "1900-0730"),
        ("Chief resident Ana Ruiz, 2024-2025", T.MRN, "2024-2025"),
        ("Seen by Ana Ruiz, 25112025", T.OTHER_ID, "25112025"),
        ("Daughter: Maria Lopez, 555 0134", T.MRN, "555 0134"),
        # a spaced MRN does not take the next number
        ("MRN 4471 209313 92 yo F presents with fall.", T.MRN, "92"),
        ("MRN 447 120931 30 mg given.", T.MRN, "30"),
        # a lab's PCR result
        ("CMV PCR 12500 IU/mL, repeat Monday.", T.OTHER_ID, "12500"),
        ("HIV PCR 45000 copies/mL", T.OTHER_ID, "45000"),
        # a wound's or an ulcer's photograph, a device's serial run together with its SN
        ("Wound photo series WC4471208 uploaded to media tab.", T.PHOTO, "WC4471208"),
        ("Sacral ulcer photo record WP7246417, stage 3.", T.PHOTO, "WP7246417"),
        ("Face photo PH-874050, SN45678901 camera.", T.PHOTO, "SN45678901"),
        # a plan's words before a fax's or a service's number; a research subject's "sub ID"
        ("Insurance: fax number 555-201-3344 for prior auth.", T.HEALTH_PLAN_ID, "555-201-3344"),
        ("Insurance: member services number 800-555-0199.", T.HEALTH_PLAN_ID, "800-555-0199"),
        ("Research visit: sub ID 1042-0071 randomized.", T.HEALTH_PLAN_ID, "1042-0071"),
        # node counts written otherwise
        ("Sentinel nodes: 3/23 positive.", T.DATE, "3/23"),
        ("Pathology: 3/23 lymph nodes positive.", T.DATE, "3/23"),
        # a receptor's name spaced like an MBI, a temperature probe, a biometric key's placeholder
        ("Serotonin 5HT3 R45 KP12 antagonist.", T.HEALTH_PLAN_ID, "5HT3"),
        ("temp T50021 probe replaced", T.MRN, "T50021"),
        ("biometric login bio:fp:pending", T.BIOMETRIC, "bio:fp:pending"),
    ],
)
def test_review_of_rounds_24_and_25_look_alikes(text: str, kind: PhiType, value: str) -> None:
    assert [v for k, v in found(text) if k is kind and value in v] == []


def test_review_a_long_encounter_code_is_read_in_linear_time() -> None:
    # "enc" before a prefix and digits had a nested quantifier: 51 s for 56 digits and a letter
    import time

    started = time.process_time()
    found_by_rules("Enc AB-" + "1" * 200 + "x")
    assert time.process_time() - started < 0.5


def test_review_a_name_of_common_words_does_not_recur_as_those_words() -> None:
    assert [v for k, v in found("RE: HOPE, WILL, MRN 00418822\nWe hope he will recover.") if k is T.NAME] == [
        "HOPE, WILL"
    ]
