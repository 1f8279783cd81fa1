"""Tuning round 34 (2026-12-05), read off the misses of sets u (social care and community services around health) and v
(neurology, neurosurgery and neurodevelopmental services): each rule fires on fresh values and stays quiet on its
look-alikes."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiScanner


@pytest.fixture(scope="module")
def scanner() -> PhiScanner:
    return PhiScanner(use_model=False)


@pytest.fixture(scope="module")
def default_scanner() -> PhiScanner:
    return PhiScanner(use_model=True)


def _found(scanner: PhiScanner, text: str) -> set[tuple[str, str]]:
    return {(f.type.name, f.text) for f in scanner.scan(text)}


def test_a_middle_initials_full_stop_is_no_fax_label(scanner: PhiScanner) -> None:
    found = _found(
        scanner, "Emergency contact: Kaur, Ngozi F. (grandmother) +1-614-555-0185 / alt (971)555-0143"
    )
    assert {("PHONE", "+1-614-555-0185"), ("PHONE", "(971)555-0143")} <= found


@pytest.mark.parametrize(
    "text", ["F. 555-0102", "F: 555-0102", "T 555-0101 F 555-0102", "Ph 555-0101  F. 555-0102"]
)
def test_a_fax_letter_still_labels_a_fax(scanner: PhiScanner, text: str) -> None:
    assert any(t == "FAX" for t, _ in _found(scanner, text))


def test_a_member_called_is_phoned_not_a_plan_number(scanner: PhiScanner) -> None:
    found = _found(
        scanner, "member no. 940090802587\nno-show on return leg; called member 644 555 0192 and daughter"
    )
    assert ("PHONE", "644 555 0192") in found
    assert ("HEALTH_PLAN_ID", "940090802587") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Benefits: SNAP SN-0771752; EBT card 5081-6961-1036-7939 lost.", "5081-6961-1036-7939"),
        ("Caso SNAP 016307678; tarjeta EBT 6010472012917683", "6010472012917683"),
        ("Case SN-0824113, EBT 5077 9531 8366 9146. Interview moved.", "5077 9531 8366 9146"),
    ],
)
def test_an_ebt_cards_number_is_an_account(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("ACCOUNT", value) in _found(scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Benefits: SNAP SN-0771752; EBT card lost.", "SN-0771752"),
        ("Programs:  SNAP case SN-8045343  |  TANF TA4443705", "TA4443705"),
        ("Caso SNAP 016307678; TANF pending", "016307678"),
        ("Legal: MLP matter MLP-51546.", "MLP-51546"),
        ("legal aid matter LA-2024-88172 opened", "LA-2024-88172"),
    ],
)
def test_food_and_cash_assistance_cases_and_a_legal_matter_are_other_ids(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("OTHER_ID", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "SNAP 2 weeks ago; TANF 2024-2025",
        "Snap decision to admit; snap 12 lead ECG",
        "white matter 2.5 cm lesion; grey matter 12 mm",
        "MLP matter 10-12 days to close",
    ],
)
def test_benefit_words_without_a_case_number_stay_quiet(scanner: PhiScanner, text: str) -> None:
    assert not any(t in ("OTHER_ID", "ACCOUNT") for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Voice consent recorded for phone line enrollment: voiceprint ID vprint-4x4dhegd.",
            "vprint-4x4dhegd",
        ),
        (
            "Voice check-in enrolled for PO line, voiceprint\nvprint-r2t867p5. Missed metformin 1000 mg.",
            "vprint-r2t867p5",
        ),
        ("enrolled for PO line, voiceprint\nVP-6821096. Missed insulin glargine", "VP-6821096"),
    ],
)
def test_a_voiceprints_key_lower_case_or_on_the_next_line(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("BIOMETRIC", value) in _found(scanner, text)


def test_a_voiceprint_word_before_a_line_of_words_finds_nothing(scanner: PhiScanner) -> None:
    assert not any(t == "BIOMETRIC" for t, _ in _found(scanner, "Voiceprint\nVoice check done at 10:40, OK"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2024-03-13 | photo ID checked (WC8140820) | staff E. Sharma", "WC8140820"),
        ("[x] State photo ID     -- ID62561865", "ID62561865"),
        ("[ ] Driver licence     -- expired, no. 836 938 831", "836 938 831"),
        ("Interpreter: Kalani Garcia, certified interpreter no. CMI 345080", "CMI 345080"),
        ("f/u August 28. Sione Vang, CHW #CHW-373742", "CHW-373742"),
        ("Referred by Bjorn Story, LICSW #922.522656, from Riverbend", "922.522656"),
    ],
)
def test_identity_cards_certifications_and_credentials_are_licences(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("LICENSE", value) in _found(scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Photo ID PH3081580; passport on file", "PH3081580"),
        ("Photo ID scanned: DSC6130.JPG", "DSC6130.JPG"),
        ("Photo ID scanned to chart: PH-086974.", "PH-086974"),
        ("State photo on file PH-123456", "PH-123456"),
    ],
)
def test_a_photos_own_id_stays_a_photo(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("PHOTO", value) in _found(scanner, text)


def test_an_agencys_interpreter_number_stays_another_id(scanner: PhiScanner) -> None:
    assert ("OTHER_ID", "INT-3948") in _found(
        scanner, "12-SEP-2022 1755  Interpreter #INT-3948  Agent Lakshmi"
    )


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("IPG 02076769 (Activa SC 37603), IFI = NO. Lead LD2676695.", {"02076769", "LD2676695"}),
        (
            "IPG Percept PC B35200, serial STU992910N; leads L LD0004635 / R 370721125.",
            {"LD0004635", "370721125"},
        ),
        ("IPG SN4942676 (Percept PC B35200), battery 72%. Lead 252274442.", {"4942676", "252274442"}),
        ("hearing_aid_serials: L 84E694563 / R UIJ5116085", {"UIJ5116085"}),
    ],
)
def test_a_neurostimulators_generator_and_leads(scanner: PhiScanner, text: str, values: set[str]) -> None:
    assert {("DEVICE_ID", v) for v in values} <= _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "RV lead 3830-69 placed; RA lead 5076-52",
        "Lead II 1234567 ms",
        "Accessions: 25-148-7311 / L094894796 / 25-250-8612",
        "lead level 12 mcg/dL on 3/4",
    ],
)
def test_a_leads_model_an_accession_and_a_blood_lead_are_no_serials(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "DEVICE_ID" for t, _ in _found(scanner, text))


def test_a_vin_on_a_parking_permit_is_the_cars(scanner: PhiScanner) -> None:
    found = _found(scanner, "Vehicle 717 FVZ, VIN on parking permit 4GUMV12D5RWTWCGAE.")
    assert ("VEHICLE_ID", "4GUMV12D5RWTWCGAE") in found
    assert ("LICENSE", "D240-3552-9177") in _found(scanner, "* dl for parking permit: D240-3552-9177")


@pytest.mark.parametrize(
    "text",
    [
        "Vanderbilt parent: inattentive 3/9, hyperactive 6/9; teacher: inattentive 3/9, hyperactive 6/9.",
        "PT: Gowers sign present, hip extensors 4/5. Cardiology follow-up.",
        "ASRS part A 5/6. PHQ-9 = 7.",
        "MSLT: 5 naps; mean sleep latency 2.0 min. ESS 6/24.",
        "MMSE 21/30; MoCA 19/30; clock 2/4. Mood stable.",
        "Positive domains 1/10; interpreter used",
        "Strength R hip flexors 2/5, L 5/5. Berg 17/56.",
        "Birth weight 2.67 kg; Apgar 8/8; GA 39 6/7 semanas",
    ],
)
def test_a_scales_fraction_is_no_date_for_the_classifier_either(
    default_scanner: PhiScanner, text: str
) -> None:
    assert not any(t == "DATE" for t, _ in _found(default_scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PHYSICAL THERAPY DAILY NOTE   Visit 8 of 16   02/05\nPt: Ana Ruiz", "02/05"),
        ("Quintanilla, Siobhan   MRN H3070443   12/16\nInfliximab 5 mg/kg", "12/16"),
        ("Participant Jackson clinic appt w/ Dr. van der Berg 10/18 at center.", "10/18"),
        ("seen 3/9 in clinic", "3/9"),
    ],
)
def test_dates_the_classifier_finds_after_a_count_or_a_name_stay(
    default_scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("DATE", value) in _found(default_scanner, text)


def test_a_csv_headers_camel_case_names_its_columns(scanner: PhiScanner) -> None:
    text = (
        "PersonalID,FirstName,LastName,SSN,DOB,ZIP\n"
        "HMIS-8724424,Dawn,Banks,612-47-3826,1973-01-25,01581\n"
        "CM029435,Rose,Van Buren,,01/25/1973,13640"
    )
    found = _found(scanner, text)
    assert {("NAME", "Banks"), ("NAME", "Rose"), ("NAME", "Van Buren"), ("LOCATION", "13640")} <= found


def test_a_csv_rows_unquoted_sum_at_the_end_keeps_its_cells(scanner: PhiScanner) -> None:
    text = (
        "patient_name,mrn,fin,dob,age,cpt,charge\n"
        '"Stone, Luca",M038575296,00876922747,1923-12-26,101,95810,$1,073.00\n'
    )
    found = _found(scanner, text)
    assert {("MRN", "M038575296"), ("ACCOUNT", "00876922747"), ("AGE", "101")} <= found


def test_a_row_with_cells_to_spare_and_no_sum_is_not_read(scanner: PhiScanner) -> None:
    text = "patient_name,mrn,age\nStone,M038575296,101,extra,cells\n"
    assert ("AGE", "101") not in _found(scanner, text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("state ID QM8956742 in hand; SSN card pending (300754310)", "SSN", "300754310"),
        ("SSN card pending (311 99 1344)", "SSN", "311 99 1344"),
        (
            "Barriers: no address (Z65.3); Medicaid lapsed (1932816288); needs O2",
            "HEALTH_PLAN_ID",
            "1932816288",
        ),
    ],
)
def test_a_number_in_brackets_after_its_cards_state(
    scanner: PhiScanner, text: str, kind: str, value: str
) -> None:
    assert (kind, value) in _found(scanner, text)


def test_a_camel_case_type_column_is_read_as_it_was(scanner: PhiScanner) -> None:
    # camel case names a person's or a place's column; a type's stays whole ("AgeGroup" is no plan's group)
    found = _found(scanner, "PatientID,AgeGroup,Sex,CarePlan\n4471208,65-74,F,CP-2231")
    assert not any(t == "HEALTH_PLAN_ID" for t, _ in found)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the review's: a date in brackets after a plan's state, an EBT's date or year, a photo ID's date
        ("Medicaid lapsed (12/2023), reapplying", "12/2023"),
        ("Benefits on EBT 12/1, pt aware", "12/1"),
        ("photo ID presented 3/14", "3/14"),
        ("Enrolled in Medicare Part B 7/1, premium $174.", "7/1"),
        ("IPG 20241203 implanted", "20241203"),
    ],
)
def test_dates_after_the_new_labels_stay_dates(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("DATE", value) in _found(scanner, text)


def test_the_reviews_look_alikes_stay_quiet_or_keep_their_type(scanner: PhiScanner) -> None:
    assert ("PHONE", "2025551234") in _found(scanner, "Call team lead 2025551234 with questions")
    assert ("FAX", "555-201-3345") in _found(scanner, "Send records to pcp office F. 555-201-3345")
    assert not _found(scanner, "EBT 2024 recertification")
    assert not any(
        t == "BIOMETRIC" for t, _ in _found(scanner, "Pt declined fingerprint\nABG 123 456 drawn at 0600")
    )
    # a nurse's short number stays another identifier, which the classifier keeps
    assert ("OTHER_ID", "12345") in _found(
        scanner, "Witnessed waste: Joe Kim, RN #12345 and Ana Diaz, RN #40213"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Last Depo-Provera dose 2/27, next due 5/15.", "2/27"),
        ("Started CPAP 3/14 after sleep study.", "3/14"),
        ("Chart audit 3/14 found no deficiencies.", "3/14"),
        ("Dose 3/14 missed", "3/14"),
    ],
)
def test_the_classifiers_dates_after_a_measures_word_stay(
    default_scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("DATE", value) in _found(default_scanner, text)


def test_a_camel_case_header_that_is_a_header_whole_types_its_column(scanner: PhiScanner) -> None:
    found = _found(scanner, "ID,FirstName,ZIP,PhotoRef\nHMIS-8724424,Dawn,01581,PH-0016433")
    assert {("NAME", "Dawn"), ("PHOTO", "PH-0016433")} <= found


@pytest.mark.parametrize(
    "text", ["Elder screen positive; Katz 1/6, IADL 6/8. Patient alone.", "EASI 4/6. Seen alone."]
)
def test_function_scales_are_no_dates(default_scanner: PhiScanner, text: str) -> None:
    assert not any(t == "DATE" for t, _ in _found(default_scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Client: Paulo MacLeod    HMIS 27DEBU2S    DOB 6/6/02", "27DEBU2S"),
        ("1:03 PM Anneliese Sato (HMIS 5853-A) fall in bathroom, no LOC", "5853-A"),
        ("Hep C POC test done. HMIS C59134.", "C59134"),
        ("trip T546604821; incident report to the broker", "T546604821"),
        ("no-show on return leg; trip 7681-2296-CG", "7681-2296-CG"),
    ],
)
def test_a_homeless_information_systems_client_and_a_rides_trip(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("OTHER_ID", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Date        Time   Worker          Client                 HMIS ID     Where",
        "round trip 12345 miles; day trip 2 of 3",
        "HMIS data quality report, FY2025",
    ],
)
def test_hmis_and_trip_words_without_a_code_stay_quiet(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "OTHER_ID" for t, _ in _found(scanner, text))


def test_an_intake_photos_code_for_hmis_is_no_client_id(scanner: PhiScanner) -> None:
    assert not any(
        t == "OTHER_ID" for t, _ in _found(scanner, "Intake photo for HMIS: HP74THDPF. Fingerprint done.")
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Hijos: Ifeoma (17), WIC ID 9241942259\nCaso SNAP 016307678; TANF pending", "Caso"),
        ("Paciente: FERREIRA, AUTUMN   Expediente (MRN): MR483811   Nacimiento: 04/28/1940", "Expediente"),
    ],
)
def test_a_spanish_forms_label_is_no_name(default_scanner: PhiScanner, text: str, word: str) -> None:
    assert ("NAME", word) not in _found(default_scanner, text)
