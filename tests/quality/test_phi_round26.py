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


# Round 26's second part, read off the first contact of sets g (public, population and community health) and h (care
# outside the United States as English-language records write it): each country's identifiers by their own names.
@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # national identity numbers, Social Security's peers
        ("Emirates ID: 784-1982-4471209-3     Passport No: N5512077", T.SSN, "784-1982-4471209-3"),
        ("Patient: Rua Osei   EID 784198244712093   DOB 02/03/82", T.SSN, "784198244712093"),
        ("TAM, Wing  HKID K441207(3)  DOB 05.03.1951", T.SSN, "K441207(3)"),
        ("Patient: Temi Abara   NRIC S8844120J   DOB 21/03/1988", T.SSN, "S8844120J"),
        ("Caregiver (FDW) Rua Osei, FIN G5512077K", T.SSN, "G5512077K"),
        ("Mobile : 9812044712      Aadhaar : 4471 2093 5512", T.SSN, "4471 2093 5512"),
        ("Aadhaar: XXXX XXXX 5512", T.SSN, "XXXX XXXX 5512"),
        ("Claimant: TEMI ABARA   SA ID: 880214 5512 081", T.SSN, "880214 5512 081"),
        ("OSEI, Temi   NHS 441 207 7093   NINo JA 55 12 07 C", T.SSN, "JA 55 12 07 C"),
        ("Patient tel 01154960112; NI no on file JP 441207 B", T.SSN, "JP 441207 B"),
        # national health-service and insurance numbers
        ("ABARA, Temi                 NHS N0 441 207 7093", T.HEALTH_PLAN_ID, "441 207 7093"),
        ("Patient: Rua Osei   DOB 17-01-1988   CHI 170188 5512", T.HEALTH_PLAN_ID, "170188 5512"),
        ("CHI ......... 0203885512", T.HEALTH_PLAN_ID, "0203885512"),
        ("PT: TEMI ABARA  (93 yrs)   H+C: 441 207 5512", T.HEALTH_PLAN_ID, "441 207 5512"),
        ("Client Rua Osei  | HCN 4412075512KT | DOB 06-12-1950", T.HEALTH_PLAN_ID, "4412075512KT"),
        ("PHN: 9441207551   Name: TEMI ABARA", T.HEALTH_PLAN_ID, "9441207551"),
        ("NHI QWE4412   ABARA, Temi   DOB 18-04-1970", T.HEALTH_PLAN_ID, "QWE4412"),
        ("Medical Card No.: 44-12075-C        IHI: 8003 6055 1207 4412", T.HEALTH_PLAN_ID, "44-12075-C"),
        (
            "Medical Card No.: 44-12075-C        IHI: 8003 6055 1207 4412",
            T.HEALTH_PLAN_ID,
            "8003 6055 1207 4412",
        ),
        ("Age 96    UR 441207    DVA Gold card QX551207", T.HEALTH_PLAN_ID, "QX551207"),
        ("GMS 4412075K / PPSN 5512077 TA", T.HEALTH_PLAN_ID, "4412075K"),
        (
            "EHIC/GHIC card no: 80390441207551207744   Expiry 29/03/29",
            T.HEALTH_PLAN_ID,
            "80390441207551207744",
        ),
        ("Member Rua Osei  membership 4412075512  Medicare 4412075512-1", T.HEALTH_PLAN_ID, "4412075512"),
        ("Scheme: Bonitas     Membership no: QRT 4412077", T.HEALTH_PLAN_ID, "QRT 4412077"),
        # clinicians' registrations abroad, a British driver number
        ("Medication review by Rua Osei (GPhC 2044120)", T.LICENSE, "2044120"),
        ("Treating doctor: Dr Temi Abara, Reg KMC 44120, ph +91 98777 01234", T.LICENSE, "44120"),
        ("Dr Rua Osei   MCR M44120K", T.LICENSE, "M44120K"),
        ("Doctor: Temi Abara (MCHK M44120)", T.LICENSE, "M44120"),
        ("Treating practitioner: Dr Rua Osei, HPCSA MP 0441207", T.LICENSE, "MP 0441207"),
        ("Referrer: Dr Temi Abara  MCNZ 44120  HPI-CPN 44QWE12K", T.LICENSE, "44QWE12K"),
        ("Medecin traitant: Dr Rua Osei (CMQ 1-44120)", T.LICENSE, "1-44120"),
        ("Dr Temi Abara   Provider No. 441207KF   Prescriber No. 4412075", T.LICENSE, "4412075"),
        ("GP: Rua Osei, provider 4412075K", T.LICENSE, "4412075K"),
        ("Driver number: ABARA804127TQ9WX", T.LICENSE, "ABARA804127TQ9WX"),
        ("Nurse Rua Osei, 4412075RN", T.LICENSE, "4412075RN"),
        ("1504-70962 | death record 2022441207 | decedent OSEI, RUA", T.LICENSE, "2022441207"),
        # hospital numbers, accounts and others abroad
        ("UHID : UHID441207551       IP No : IP4412075      Bill No : IPB441207", T.MRN, "UHID441207551"),
        ("UHID : UHID441207551       IP No : IP4412075      Bill No : IPB441207", T.ACCOUNT, "IP4412075"),
        ("UHID : UHID441207551       IP No : IP4412075      Bill No : IPB441207", T.ACCOUNT, "IPB441207"),
        ("Hospital: Bloemfontein Day Hospital, folder no 4412075/2", T.MRN, "4412075/2"),
        ("Rhif GIG / NHS No: 441 207 5512      Case note: 4D41207", T.MRN, "4D41207"),
        ("Name: WING TAM   HKID: P441207A   HN: HN44120755(3)", T.MRN, "HN44120755(3)"),
        ("H&C No: 441 207 5512      ED No: 44120755", T.ACCOUNT, "44120755"),
        ("Account no: INV4412075   Claim ref 4412/075512", T.ACCOUNT, "4412/075512"),
        ("Record A  IIS 4412-0755-12   Osei, Rua I.", T.OTHER_ID, "4412-0755-12"),
        ("Client Abara, Temi   HMIS HMIS-44120   DOB 1985-11-24", T.OTHER_ID, "HMIS-44120"),
        ("MRN MR441207   RVCT # PHIMS 44120755", T.OTHER_ID, "44120755"),
        ("spec#: 4412075512  coll: Aug 11 2024", T.OTHER_ID, "4412075512"),
        # a GPS monitor's and a pump's serial, a voice print's reference
        ("petition 50-441207; GPS monitor EM-441207 per court order", T.DEVICE_ID, "EM-441207"),
        ("BG 127 mg/dL, pump PUMP-441207 site change", T.DEVICE_ID, "PUMP-441207"),
        ("enrol_photo=PX-4412075 ; voice_ref=VP-4412075 ; handset", T.BIOMETRIC, "VP-4412075"),
        # Eircodes written as forms write them
        ("Gortnahoe, Waterford, X91 QWRT", T.LOCATION, "X91 QWRT"),
        ("Re: Rua Osei, 3 Ard Aoibhinn, Limerick, V94CR6P", T.LOCATION, "V94CR6P"),
        ("37 Main Street, Drogheda A92 C6KR", T.LOCATION, "A92 C6KR"),
        # a town abroad after an address's comma or a resident's word
        ("States residence Al Barsha, Dubai; Emirates ID 784198244712093", T.LOCATION, "Dubai"),
    ],
)
def test_round_26_identifiers_abroad(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a service's number and a word, no NHS or CHI number
        ("Call NHS 111 or 999. The NHS number is on the letter. CHI 2024 audit.", T.HEALTH_PLAN_ID, "111"),
        ("Call NHS 111 or 999. The NHS number is on the letter. CHI 2024 audit.", T.HEALTH_PLAN_ID, "2024"),
        # a mass-casualty incident's code is no Indian council's registration
        ("ED TRACKING BOARD - MCI MODE - MCI441207", T.LICENSE, "441207"),
        # a pharmacy's premises registration is the organisation's
        ("Nominated pharmacy: GPhC premises 9044120", T.LICENSE, "9044120"),
        # stock lots in a fridge are no Eircodes unspaced; a vertebra and four capitals are none
        ("lots in fridge C8848C6, C7227C8, K80C220. HCPCS J0178", T.LOCATION, "C8848C6"),
        ("Fracture of T12 WITH cord edema", T.LOCATION, "T12"),
        ("PAIN AT L1, T12 AREA.", T.LOCATION, "T12"),
        # "ID no" before a number that is no South African ID (its month 13)
        ("ID no: 881314 5512 081", T.SSN, "881314"),
        # words only after the new labels
        (
            "missing in IIS; added by Rose. death record reviewed; the unit no longer stocks it",
            T.OTHER_ID,
            "IIS",
        ),
    ],
)
def test_round_26_abroad_look_alikes_do_not_fire(text: str, kind: PhiType, value: str) -> None:
    assert [v for k, v in found_by_rules(text) if k is kind and value in v] == []


def test_round_26_a_long_run_of_hyphenated_capitals_is_read_in_linear_time() -> None:
    # Look-aheads that read a word from every start of a long run without a blank ("A-A-A-...": a town's before
    # an Australian state, a city's before a ZIP, a name's before an age, a file's before its extension) cost the
    # square of its length: 4.2 s for 12,000 characters before their words were bounded, 0.1 s after.
    import time

    found_by_rules("warm-up")
    started = time.process_time()
    found_by_rules("x " + "A-" * 8000)
    assert time.process_time() - started < 1.5


@pytest.mark.parametrize(
    "text",
    [
        # a journal's abbreviated title, whoever reads it (the rules' dictionaries or the classifier)
        "Refs: JAMA Intern Med; doi:10.1056/NEJMcps-441-20755-1.",
        "To the editors of J Am Coll Cardiol Case Rep:",
        "Journal: N Engl J Med. Their portal logged it.",
        "Target journal: Clin Infect Dis; then J Urol.",
        "Reference: Ann Intern Med 2019; J Hosp Med 2020.",
        # a room or a hall named after someone
        "Teaching pt for tmrw Osler Auditorium - ask her consent",
        "GRAND ROUNDS - Halsted Auditorium - speaker notes",
        "Debrief held in the Blalock Room after the case.",
    ],
)
def test_round_26_journals_and_named_rooms_are_no_names(text: str) -> None:
    assert [v for k, v in found(text) if k is T.NAME] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a person still: before a room's number, a given name with a journal's word, after a title (the name rule
        # takes the next capital too)
        ("Patient Ana Ruiz Room 12 is stable.", "Ana Ruiz"),
        ("Seen by Ann Med yesterday.", "Ann Med"),
        ("Reviewed with Dr. Osler Auditorium staff.", "Osler Auditorium"),
        # a name in another script's letters is no journal's "S" and "ther"
        ("Oncologist: Dr. Sæther.", "Sæther"),
    ],
)
def test_round_26_people_beside_rooms_and_journal_words_stay(text: str, value: str) -> None:
    assert (T.NAME, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # the labels' other spellings: "No"/"Number" after an Emirates ID, a South African "ID No", NRIC in lower case,
        # an Aadhaar in dots or after its lower-case name
        ("Emirates ID No.: 784-1979-5520418-6", T.SSN, "784-1979-5520418-6"),
        ("EID Number 784 1979 5520418 6", T.SSN, "784 1979 5520418 6"),
        ("Mother: K Oyelaran, ID No: 7903115520418", T.SSN, "7903115520418"),
        ("Identity No: 790311 5520 418", T.SSN, "790311 5520 418"),
        ("nric: t0355204j, mother's mobile 9120 7734", T.SSN, "t0355204j"),
        ("aadhaar no 5520.4187.9031", T.SSN, "5520.4187.9031"),
        # an Ontario card's version code spaced at a field's end; none when a title follows an NHS number
        ("HCN 5520 418 790 QL | DOB 03-11-1979", T.HEALTH_PLAN_ID, "5520 418 790 QL"),
        ("NHS No: 552 041 8790 MR K OYELARAN", T.HEALTH_PLAN_ID, "552 041 8790"),
        # an Eircode unspaced after a town's comma, spaced after a town's name
        ("Oyelaran, 12 Bothar Mor, Tralee, V92CF3T", T.LOCATION, "V92CF3T"),
        ("Unit 4, Castlebar F23 H6KW", T.LOCATION, "F23 H6KW"),
    ],
)
def test_round_26_review_identifiers_abroad(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # ICD-10-CM codes with a placeholder X and a seventh character are no unspaced Eircodes, nor a lot's number
        ("Dx code T3691XA adverse effect; claim lines T7849XA, W050XXA", T.LOCATION, "T3691XA"),
        ("Claim lines: S52501A, T7849XA, V4362XA", T.LOCATION, "XA"),
        ("discussed, T402X1A on the claim", T.LOCATION, "T402X1A"),
        ("Lot numbers K80C220 and D03X5C8 in stock", T.LOCATION, "D03X5C8"),
        # a vertebra's level after a lower-case word, a level's word after a list's comma
        ("MRI: disc bulge at T12 L4L5 level", T.LOCATION, "T12"),
        ("Tender at L2, T12 AREA, no deficit", T.LOCATION, "T12"),
        # a span of years or a date after "membership" or "case notes" is no member's or hospital number
        ("Gym membership 2018-2023 lapsed", T.HEALTH_PLAN_ID, "2018"),
        ("Membership: 14/06/2022 renewal", T.HEALTH_PLAN_ID, "2022"),
        ("case notes 2017-2021 reviewed in full", T.MRN, "2017"),
        ("case notes 09/11/2021 reviewed", T.MRN, "2021"),
    ],
)
def test_round_26_review_look_alikes_do_not_fire(text: str, kind: PhiType, value: str) -> None:
    assert [v for k, v in found_by_rules(text) if k is kind and value in v] == []


def test_round_26_a_town_naming_a_room_is_no_place() -> None:
    assert [v for k, v in found("Debrief in the Peabody Room at noon.") if k is T.LOCATION] == []
    assert (T.LOCATION, "Peabody") in found_by_rules("Moved to Peabody last year.")
