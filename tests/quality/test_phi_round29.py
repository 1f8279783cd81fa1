"""Tuning round 29 (2026-12-04), read off the misses of sets m (student, athletic and camp health) and n (eldercare,
guardianship and the end of life): a form's dotted leaders, an address's town and ZIP between carets, a contact
column's dates, Social Security's claim numbers, waiver and plan numbers, counsel's, notaries' and trainers'
licences, a case at the agency it went to, devices by their nouns, plates a caller reads out, faxes sent to a
registry, initials after "given by", relatives' ages and a student's number. Each rule fires on fresh values and
stays quiet on its look-alikes."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiScanner, with_leaders


@pytest.fixture(scope="module")
def scanner() -> PhiScanner:
    return PhiScanner(use_model=False)


def _found(scanner: PhiScanner, text: str) -> set[tuple[str, str]]:
    return {(f.type.name, f.text) for f in scanner.scan(text)}


def test_a_dotted_leader_is_read_as_blanks_and_a_colon_of_the_same_length() -> None:
    text = "SURNAME.......Ferreira-Quon\nPALM ID ..........PX4471902\nTotal ....: 12\nand then... she left"
    read = with_leaders(text)
    assert len(read) == len(text)
    assert read.splitlines()[0] == "SURNAME      :Ferreira-Quon"
    assert read.splitlines()[1] == "PALM ID          :PX4471902"
    assert "Total     : 12" in read  # a leader that ends at its colon gets no second one
    assert read.endswith("and then... she left")  # an ellipsis is no leader


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("LAST NAME..........Thibodeaux-Vance", ("NAME", "Thibodeaux-Vance")),
        ("FIRST NAME.........Evangelina", ("NAME", "Evangelina")),
        ("D.O.B. ............03/17/1931   (93)", ("DATE", "03/17/1931")),
        ("PALM ID............PV8830412", ("BIOMETRIC", "PV8830412")),
    ],
)
def test_a_face_sheets_fields_behind_dotted_leaders(
    scanner: PhiScanner, line: str, expected: tuple[str, str]
) -> None:
    assert expected in _found(scanner, "Admission face sheet - Memory Care (Cottage 4)\n" + line + "\n")


def test_a_table_of_contents_leader_names_nobody(scanner: PhiScanner) -> None:
    text = "Contents\nMedication reconciliation ........ 4\nFall precautions .......... 7\n"
    assert not any(t == "NAME" for t, _ in _found(scanner, text))


def test_an_address_town_and_zip_between_carets_in_a_sites_own_segment(scanner: PhiScanner) -> None:
    text = "AV|Quon,Matilde|19240311|402 Larkspur Ct^Wexford Landing^OR^97338\nALG|neglect|Z91.81\n"
    found = _found(scanner, text)
    assert {("LOCATION", "Wexford Landing"), ("LOCATION", "97338")} <= found
    assert ("NAME", "Ct^Wexford Landing") not in found
    text = "RPT|Dale,Imre|(503) 555-0148|88 Hollis Rd^Cedar Gap^Kentucky^40356-1120|MANDATED\n"
    assert {("LOCATION", "Cedar Gap"), ("LOCATION", "40356-1120")} <= _found(scanner, text)


def test_a_code_and_its_text_between_carets_is_no_address(scanner: PhiScanner) -> None:
    text = "OBX|1|CE|8302-2^Height^LN||170^cm^UCUM|\nDG1|1||I10^Hypertension^I10C|\n"
    assert not any(t == "LOCATION" for t, _ in _found(scanner, text))


def test_a_date_under_a_contact_column_is_a_date() -> None:
    scanner = PhiScanner(use_model=False)
    text = (
        "griever,relationship,decedent,dod,phone,next_contact\n"
        '"Quon, Matilde",niece,"Ferreira, Imre",2024-02-11,312-555-0177,2024-03-19\n'
    )
    found = _found(scanner, text)
    assert ("DATE", "2024-03-19") in found and ("PHONE", "2024-03-19") not in found
    assert {("NAME", "Quon, Matilde"), ("NAME", "Ferreira, Imre"), ("PHONE", "312-555-0177")} <= found


def test_a_row_number_and_a_date_after_a_contact_label_are_no_phone(scanner: PhiScanner) -> None:
    found = _found(scanner, "Contact 2  03-14-2026   phone  D. Okafor   left message\n")
    assert ("DATE", "03-14-2026") in found
    assert not any(t == "PHONE" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Claim Number: 447-21-6093B        BNC# 25QX811K204", "447-21-6093B"),
        ("ledger for beneficiary Imre Dale, claim 512-08-7736C1.", "512-08-7736C1"),
        ("Claim no. 603114582HA on the award letter", "603114582HA"),
    ],
)
def test_social_securitys_claim_number_is_an_ssn(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("SSN", value) in _found(scanner, text)


def test_a_claim_number_of_another_shape_stays_an_account(scanner: PhiScanner) -> None:
    assert ("ACCOUNT", "WC-24-118304") in _found(scanner, "Claim number: WC-24-118304 (workers' comp)")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Client: Imre Dale   DOB 02/02/1930   Waiver ID 6620418873", ("HEALTH_PLAN_ID", "6620418873")),
        ("Enrolled 2025-01-06; T2021 S5150; waiver KS44019273", ("HEALTH_PLAN_ID", "KS44019273")),
        (
            "Enrollee's Plan ID Number: QRT771048296     Phone: 503-555-0101",
            ("HEALTH_PLAN_ID", "QRT771048296"),
        ),
        ("Checking acct ending 4418 (Union Savings)     $1,204.11", ("ACCOUNT", "4418")),
        ("Claim to secondary insurance: 77104QZ30218", ("ACCOUNT", "77104QZ30218")),
    ],
)
def test_plan_waiver_and_account_numbers(scanner: PhiScanner, text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Purpose of use: RESEARCH (IRB waiver STUDY00071123)",
        "CLIA waiver 45D2211093 on file for the clinic",
        "Meningitis waiver signed 2025; insurance waiver deadline Sept 15",
    ],
)
def test_waivers_that_are_no_plans_number(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "HEALTH_PLAN_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Cc: Ines Dale, counsel of record (Bar 731904)", "731904"),
        ("Cc: Ines Dale, counsel of record (Bar K20931)", "K20931"),
        ("notary          | Abril Quon, comm. 02QV7710394", "02QV7710394"),
        ("Sworn before Imre Ferreira, comm. 44-9013382, on 3/3/2025.", "44-9013382"),
        ("ATC lic AT-88120, BOC 5510293847.", "5510293847"),
        ("Admitting RN T. Quon, 810442-RN; hospice physician A. Dale.", "810442-RN"),
        ("Reported by: Imre Dale, LAT (3318)  email idale@example.edu", "3318"),
        ("Clinician: Quon, Abril T., LPC (612.330918)", "612.330918"),
    ],
)
def test_counsels_notaries_trainers_and_nurses_licences(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("LICENSE", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Snack bar 2 closed; salad bar (2024) reopened",
        "Reported by: Imre Dale, RN (2019) graduate",
        "Progress bar 100000 steps",
    ],
)
def test_bars_years_and_counts_are_no_licences(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "LICENSE" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Reported to APS (K202511873) 9:14 a.m.; safety plan reviewed", "K202511873"),
        ("NOK notified; ME (2025-11804); OPO QTA4471; chaplain paged", "2025-11804"),
        ("NOK notified; ME (2025-11804); OPO QTA4471; chaplain paged", "QTA4471"),
        ("Referred to CARE team (WKB-550213). Student declined transport.", "WKB-550213"),
        ("Emma Dale, SEVIS N0031190482, F-1 status", "N0031190482"),
        ("Name Abril T. Quon / Stu# 203-55-1187 / H# 00771204", "203-55-1187"),
    ],
)
def test_a_case_at_an_agency_and_a_students_numbers(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("OTHER_ID", value) in _found(scanner, text)


def test_an_agency_and_a_short_number_or_a_code_after_hn_stay_quiet(scanner: PhiScanner) -> None:
    found = _found(scanner, "APS (2) visits; ME (see note); Dean of Students referral HNZ-623459")
    assert not any(t in ("OTHER_ID", "MRN") for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Helmet sensor 0x3A91C2F0 flagged 21.4 g impact at practice.", "0x3A91C2F0"),
        ("Pendant serial: PH44019273   Base unit: BU661029384", "BU661029384"),
        ("Devices: CGM QX82LM41, pump NG7730021H", "QX82LM41"),
        ("PCA 55018273: basal 0.5 mg/h, demand 0.5 mg, lockout 10 min", "55018273"),
    ],
)
def test_devices_by_their_nouns(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("DEVICE_ID", value) in _found(scanner, text)


def test_a_pca_dose_or_a_cgm_reading_is_no_device(scanner: PhiScanner) -> None:
    found = _found(scanner, "PCA 1 mg/h basal; CGM 142 mg/dL trending up; sensor 2 of 3 replaced")
    assert not any(t == "DEVICE_ID" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("AP|Dale,Imre|son|VEH 7KD 441|VIN n/a", "7KD 441"),
        ("drove off in a silver sedan, I got the tag, QLM 552. My number is 555-0133.", "QLM 552"),
        ("Vehicle also seen at AV home per neighbour: HRT-6620.", "HRT-6620"),
    ],
)
def test_a_plate_read_out_or_noted(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("VEHICLE_ID", value) in _found(scanner, text)


def test_a_vehicles_record_holds_a_licence_not_a_plate(scanner: PhiScanner) -> None:
    found = _found(scanner, "Motor vehicle record: DL 551902884 (OR) valid; 1 minor violation 2020")
    assert ("LICENSE", "551902884") in found
    assert not any(t == "VEHICLE_ID" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Copy faxed to county EMS registry 555-0177 on 01/04/2025.", "555-0177"),
        ("Copy faxed to St. Agnes Medical Center - Dunmore at 555-0139 by H. Dale.", "555-0139"),
    ],
)
def test_a_number_a_copy_was_faxed_to(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("FAX", value) in _found(scanner, text)


def test_initials_after_given_and_received_by(scanner: PhiScanner) -> None:
    found = _found(
        scanner, "morphine 2 mg IV push  given by KQ  RR 14, PAINAD 4/10\nReceived by: TW at 14:05\n"
    )
    assert {("NAME", "KQ"), ("NAME", "TW")} <= found
    assert not any(t == "DATE" for t, _ in found)  # a PAINAD score, no date
    found = _found(scanner, "flush given by NG; meds given by PEG tube; given by IV push")
    assert not any(t == "NAME" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Lives with great-grandfather (ninety) when home in Accra.", "ninety"),
        ("low mood since May; grandmother died in Hội An at 97; missed classes", "97"),
        ("returning home to care for grandfather, 95.", "95"),
    ],
)
def test_relatives_ages_over_89(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("AGE", value) in _found(scanner, text)


def test_where_a_relative_died_stays_a_place_beside_the_age(scanner: PhiScanner) -> None:
    found = _found(scanner, "grandmother died in Valparaíso at 93; missed three weeks")
    assert {("LOCATION", "Valparaíso"), ("AGE", "93")} <= found


def test_relatives_younger_ages_and_weights_stay_quiet(scanner: PhiScanner) -> None:
    found = _found(scanner, "grandfather, 85. mother, 92.5 kg. father died in 1990 at 71.")
    assert not any(t == "AGE" for t, _ in found)


def test_a_nickname_in_brackets_and_a_title_before_a_surname(scanner: PhiScanner) -> None:
    found = _found(scanner, 'Client: Imre Dale  (prefers "Mo")     DOB 5/28/08')
    assert ("NAME", "Mo") in found
    found = _found(
        scanner, "Family physician: Dr. Ferreira, Dunmore Regional Medical Center, phone 503-555-0190"
    )
    assert ("NAME", "Ferreira") in found and ("NAME", "Ferreira, Dunmore") not in found


def test_an_unidentified_patients_alias_is_no_name(scanner: PhiScanner) -> None:
    assert not any(t == "NAME" for t, _ in _found(scanner, "NAME ........ UNKNOWN JUPITER-4\nDOB unknown\n"))
