"""Tuning round 33 (2026-12-04), read off the misses of sets s (sexual, reproductive and gender-affirming health) and t
(dermatology, aesthetic medicine and plastic surgery): each rule fires on fresh values and stays quiet on its
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


def test_a_cards_lower_case_sn_and_the_lot_after_it(scanner: PhiScanner) -> None:
    found = _found(
        scanner, "L: Style 15-330 sn SN604418273 lot 8810442\nR: Style 15-330 sn 62K118094 lot L330917"
    )
    assert {
        ("DEVICE_ID", "SN604418273"),
        ("DEVICE_ID", "8810442"),
        ("DEVICE_ID", "62K118094"),
        ("DEVICE_ID", "L330917"),
    } <= found


@pytest.mark.parametrize(
    "text",
    [
        "SN 2 visits/wk, sn visits 4x",
        "sn 2024 only",
        "Skilled nursing (sn) 3 days",
        # the review's: a skilled nurse's visits, a sinus rate, an ECG's date, a shift
        "Home health: sn 2W4-1W5 for wound care",
        "Tele: sn 100-110, occasional PVCs; EKG: sn 60-100",
        "ECG sn 2018-05; precepted by sn 0700-1900",
    ],
)
def test_lower_case_sn_without_a_code_is_no_serial(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "DEVICE_ID" for t, _ in _found(scanner, text))


def test_the_lot_after_a_serial_survives_the_classifier(default_scanner: PhiScanner) -> None:
    # the classifier vetoes a lot as a stock item's; one right after its device's serial is that device's
    text = "Prosthesis: testicular, medium, serial 55120937-118, lot QT40518\nTissue expander removed 2024."
    assert ("DEVICE_ID", "QT40518") in _found(default_scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Referring: Tobias Lund, DO (541 555 0188 fax)", "541 555 0188"),
        ("referred by Ivy Okoro (+1 509 555 0147 e-fax).", "+1 509 555 0147"),
    ],
)
def test_a_number_with_its_fax_cue_last_in_the_bracket(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("FAX", value) in _found(scanner, text)


def test_the_fax_cue_last_after_a_comma_or_with_only(scanner: PhiScanner) -> None:
    found = _found(scanner, "Referring: A Bell (1-707-555-0156, fax) and Dr Cole (555-0199 fax only)")
    assert {("FAX", "1-707-555-0156"), ("FAX", "555-0199")} <= found


def test_a_phone_before_a_fax_in_one_bracket_stays_a_phone(scanner: PhiScanner) -> None:
    found = _found(scanner, "Referring: Dr Ana Ruiz (555-0100, fax 555-0101).")
    assert ("PHONE", "555-0100") in found
    assert ("FAX", "555-0101") in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("patient=LUND, ARI; palm=PLM55019274; voice=VPR20418833; face_tpl=FGT-4471920", "VPR20418833"),
        ("patient=LUND, ARI; palm=PLM55019274; voice=VPR20418833; face_tpl=FGT-4471920", "FGT-4471920"),
        ("patient=LUND, ARI; palm=PLM55019274; voice=VPR20418833; face_tpl=FGT-4471920", "PLM55019274"),
    ],
)
def test_a_logs_body_part_keys_and_face_tpl(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("BIOMETRIC", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "POC glucose site: finger=0645 reading 182",
        "finger=0600,1100,1600,2100 glucose checks",
        "Voice analysis: voice=F0-2200Hz",
        "Templates: finger TPL-33091847 reviewed",  # a template's own code, read whole below
    ],
)
def test_a_body_part_key_needs_a_templates_code(scanner: PhiScanner, text: str) -> None:
    found = _found(scanner, text)
    assert not any(t == "BIOMETRIC" and v[:1].isdigit() for t, v in found)
    assert ("BIOMETRIC", "33091847") not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Ex-partner: Jon Reyes, drives 4KD-7719 - security notified.", "4KD-7719"),
        ("Visitor drives JTR8841 (silver).", "JTR8841"),
        ("Pareja: Ana Ruiz; placa del carro XKT 4471", "XKT 4471"),
        ("Placa del vehículo (estacionamiento): 771-KRB", "771-KRB"),
        ("Vehicle on parking list (garage C): PLT-5530.", "PLT-5530"),
    ],
)
def test_a_plate_after_a_driver_or_a_spanish_or_a_lists_label(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("VEHICLE_ID", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "He drives I-95 daily and drives US-101 to work.",
        "Placa dental retirada; placa bacteriana leve.",
        "Vehicle in the lot: none.",
        # the review's: a time, a rate, a distance, a truck, a state's road; an X-ray, a bone plate; a crash's words
        "PT DRIVES 45 MIN TO DIALYSIS; hypercapnia drives RR 28 BPM",
        "drives 20MIN each way; drives 18WHLR; drives GA-400 then NY-17",
        "placa (radiografía) 12 03 2024; Placa (RX) 4578-22; Placa (LCP 3.5) REF 223.581",
        "Vehicle in ditch (MVC): ETA 1545; Vehicle in motion: 45 MPH",
    ],
)
def test_highways_and_dental_plaque_are_no_plates(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "VEHICLE_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("ID reviewed: state ID K40918832", "K40918832"),
        ("Proof on file: Minnesota ID # M55019274; lease in her name.", "M55019274"),
        ("Proof on file: NM ID # N20418833.", "N20418833"),
        ("Non-driver ID 771-204-118 shown at check-in.", "771-204-118"),
        ("Intake reviewed by Ari Lund, licensed esthetician #EST.0447192, on 2025-01-04.", "EST.0447192"),
    ],
)
def test_a_state_identity_card_and_a_professions_licence(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("LICENSE", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "State ID pending; state ID verified by the registrar.",
        "Texas ID # pending.",
        "Licensed practical nurse #2 on shift; licensed esthetician since 2019.",
        # the review's: a role's, a place's or a word's letters before "ID #", a product's licence
        "MD ID # 44712; PA ID # 99812; OR ID # 4471; ME ID # 2024-0345; IN ID # 88123",
        "licensed product number 12345678; licensed capacity no. 1450",
    ],
)
def test_no_licence_without_its_number(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "LICENSE" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Phone: 555-0172   app screen name: lila_204", "lila_204"),
        ("username: moonwalker88", "moonwalker88"),
        ("[X] social media (tag @marisolvega)", "@marisolvega"),
        ("Instagram ok to tag @ari.lund_skin: Y", "@ari.lund_skin"),
        ("FB: @kwame.b77", "@kwame.b77"),
    ],
)
def test_a_screen_name_and_a_social_media_handle(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("OTHER_ID", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Pt seen @ 0800; tag @ 5pm if febrile.",
        "tag @home; tag @bedside",
        "username: admin; screen name: Nurse Joy",
        "email lila.vega@example.org",
        # the review's: shared accounts, a skin tag, a toe tag, a chat's mention, immunoglobulin
        "Wi-Fi username guest_2024; Omnicell username pharm_tech; Pyxis username: RN_ADMIN; username ED_WS12",
        "skin tag @L_axilla; toe tag @morgue; Secure chat: tag @charge_rn; IG @0800hrs given",
    ],
)
def test_no_handle_in_an_at_sign_for_at_or_an_email(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "OTHER_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Visit O9/24/2027 -- Bx R dorsal hand: basal cell carcinoma", "O9/24/2027"),
        ("Visit lO/12/2027 -- Bx", "lO/12/2027"),
        ("Seen OS/16/2028 for follow-up", "OS/16/2028"),
        ("Visit O2/07/202B -- Bx L temple", "O2/07/202B"),
    ],
)
def test_a_date_an_ocr_misread(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("DATE", value) in _found(scanner, text)


@pytest.mark.parametrize("text", ["OD/OS 20/40; IOP 14/16", "OS/OD 2020 model", "BP 120/80, SB/10 x2"])
def test_no_ocr_date_in_eyes_or_pressures(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "DATE" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("T0: Moab MedSpa  FAX 928-555-0164", "Moab"),
        ("Daily injector ledger -- Carmel Med Spa -- October 2", "Carmel"),
        ("WOUND CARE CENTER VISIT -- Cody Dermatology Associates", "Cody"),
    ],
)
def test_a_med_spa_or_a_dermatology_practice_named_for_its_town(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("LOCATION", value) in _found(scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Legal kit BAK-771204 drawn 8/3/26 1255 by KWP; witnessed by Ana Ruiz.", "KWP"),
        ("Legal kit K2204118 drawn 16-Oct-26 2210 by RZT; witnessed", "RZT"),
        ("Quinn Lund, DO | scribe HMV", "HMV"),
    ],
)
def test_a_signers_initials_after_the_time_or_a_scribes_word(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("NAME", value) in _found(scanner, text)


@pytest.mark.parametrize("text", ["O2 2L by NC. Blood drawn 0800 by IV.", "Specimen collected 0900 by RN."])
def test_a_route_or_a_role_after_the_time_is_no_signer(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "NAME" for t, _ in _found(scanner, text))


def test_a_doses_lot_after_a_serial_stays_vetoed(default_scanner: PhiScanner) -> None:
    found = _found(default_scanner, "Shingrix serial 20250611A lot 4R7T2 given L deltoid")
    assert ("DEVICE_ID", "4R7T2") not in found


def test_the_second_lot_after_its_serial_survives_the_classifier(default_scanner: PhiScanner) -> None:
    # two implants on one card: the second serial's lot, whose window also holds the first pair
    text = "L: Style 12-204 sn SN550192741 lot 7730418\nR: Style 12-204 sn 44K118093 lot L440917\nExpander out 2024."
    assert ("DEVICE_ID", "L440917") in _found(default_scanner, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Wants rhinoplasty; photos face_oblique_L_4471.png, 3D-550192-F; sim saved.", "3D-550192-F"),
        ("Images: IMG_20250211_4834_face_AP.jpg, 3D-771204-F; 3D facial template on file", "3D-771204-F"),
    ],
)
def test_a_3d_captures_code_after_a_photo(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("PHOTO", value) in _found(scanner, text)


def test_no_3d_code_without_a_photo(scanner: PhiScanner) -> None:
    assert not any(
        t == "PHOTO" for t, _ in _found(scanner, "Mold 3D-55019 printed; model 3D-771204-F shipped.")
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("WC case 44-771204. SSN on WC form 550192741.", "550192741"),
        ("RE: Ana Ruiz  DOB 04/11/1961  Ins# 400771204-01  S S N 441920771", "441920771"),
    ],
)
def test_an_ssn_on_a_forms_letters_or_ocrs_spaced_label(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("SSN", value) in _found(scanner, text)


def test_a_deposit_receipt_is_an_account_a_property_receipt_is_not(scanner: PhiScanner) -> None:
    assert ("ACCOUNT", "R44071920") in _found(scanner, "DEPOSIT RECEIPT  R44071920\nReceived from: ANA RUIZ")
    assert ("ACCOUNT", "SEC-25-7576") not in _found(scanner, "PROPERTY ENVELOPE RECEIPT  No. SEC-25-7576")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Le, Ana (35) MRN M552019274  iPLEDGE 4471-920771\nCumulative dose 55 mg/kg", "4471-920771"),
        ("eConsult TD-5501927 | ANA RUIZ | 2/25/71", "TD-5501927"),
        ("Client: Ana Ruiz  DOB 17-DEC-1983  CW# CW771204  MRN 55019274", "CW771204"),
        ("Field record #: 44071920     Case #: PS5501927", "44071920"),
        ("State board complaint MBC-771204 filed 7/24/28; attorney Ana Ruiz", "MBC-771204"),
        ("PATIENT GRIEVANCE FILE  GRV550192\nComplainant: Ruiz, Ana", "GRV550192"),
    ],
)
def test_programme_case_and_complaint_numbers(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("OTHER_ID", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Chief complaint: 3 days of cough; chief complaint 24h",
        "CC: complaint of 10/10 pain; complaint 10/10; complaint: 45 yo male",
        "Complaint 2 weeks of pain, worse at night",
    ],
)
def test_a_chief_complaint_is_no_case(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "OTHER_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    "text",
    [
        # the second review's: a role's, a device's or a unit's letters after the time, an ambient scribe's product
        "Blood cultures drawn 0600 by PCT. Vitals checked 2200 by CN. O2 given 0800 by NRB.",
        "Report called 1405 by EMT; Pt received 1400 by PCU; ECG read 1400 by EP.",
        "Ambient scribe: DAX; Scribe: CMA",
    ],
)
def test_a_roles_letters_after_the_time_or_a_scribe_are_no_signer(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "NAME" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SSN unknown, MRN 552019274", "MRN"),
        ("SSN refused, DL 552019274", "LICENSE"),
        ("SSN UNK MRN 552019274", "MRN"),
    ],
)
def test_another_label_after_a_missing_ssn_keeps_its_kind(scanner: PhiScanner, text: str, kind: str) -> None:
    assert (kind, "552019274") in _found(scanner, text)


def test_a_town_before_an_ambulatory_surgery_center(scanner: PhiScanner) -> None:
    found = _found(scanner, "Cody Ambulatory Surgery Center -- Operative Report")
    assert ("LOCATION", "Cody") in found


def test_dermatology_alone_after_a_word_like_town_is_no_place(scanner: PhiScanner) -> None:
    assert not any(t == "LOCATION" for t, _ in _found(scanner, "Atlantic Dermatology note reviewed."))


def test_a_specimen_banks_deposit_receipt_is_no_account(scanner: PhiScanner) -> None:
    assert not any(t == "ACCOUNT" for t, _ in _found(scanner, "Sperm bank deposit receipt SB-44719 filed."))


def test_hl7_phone_fields_by_position(scanner: PhiScanner) -> None:
    text = (
        "MSH|^~\\&|LAB|X|Y|Z|202506220803||ORU^R01|1|P|2.5\n"
        "PID|1||55019274^^^MRN||RUIZ^ANA||19651030|F|||6645 W Church Ln^^Quarry Hill^MN^99477||555-0139^PRN^PH|"
        "(612)555-0188\n"
        "NK1|1|Ruiz^Luis|FTH|||555-0167"
    )
    found = _found(scanner, text)
    assert {("PHONE", "555-0139"), ("PHONE", "(612)555-0188"), ("PHONE", "555-0167")} <= found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sharp debridement 11042; NPWT unit VAC5501927 replaced (old unit alarmed 7/31).", "VAC5501927"),
        ("Wound vac pump WV4471920 swapped at the visit.", "WV4471920"),
    ],
)
def test_a_wound_vacs_unit(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("DEVICE_ID", value) in _found(scanner, text)


def test_a_wound_vacs_settings_are_no_unit(scanner: PhiScanner) -> None:
    assert not any(t == "DEVICE_ID" for t, _ in _found(scanner, "NPWT 125 mmHg continuous; NPWT unit 3 days"))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Quote Q-44-0771: $4,958.00; 17.9% APR via CarePay Plus.", "Q-44-0771"),
        ("SURGICAL QUOTE  #55019-Q                        Prepared 4/27/2026", "55019-Q"),
        ("current chair is beyond repair (quote 44071-R1).", "44071-R1"),
    ],
)
def test_a_price_quotes_number_is_read_as_an_invoices(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("ACCOUNT", value) in _found(scanner, text)


def test_no_quote_number_in_a_quotes_terms(scanner: PhiScanner) -> None:
    text = 'Quote valid 10 days; clinic quote $644; per quote 2024; "quote: I feel fine"'
    assert not any(t == "ACCOUNT" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    "text",
    [
        # the third review's: ranges, measures, years and fractions after a programme's or a complaint's word
        "Nursing complaint: 10-15 episodes; Complaint: 1000 mg ibuprofen; Chief\tcomplaint: 12-24 hrs",
        "CAREWare 2024-25 report; Field record 2019-2024; Field record 1200mL UOP",
        "Grievance 10-15 min discussion; eConsult 48-72h turnaround",
    ],
)
def test_no_programme_or_complaint_code_in_a_measure(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "OTHER_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    "text",
    [
        "NPWT 125-150 mmHg continuous; NPWT 97606 today; NPWT 20250315 placed",
        "NPWT pump CPT 97605 billed; NPWT pump E2402 ordered; wound vac unit 1200-1500 mL out",
    ],
)
def test_no_wound_vac_unit_in_a_pressure_a_code_or_a_date(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "DEVICE_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    "text",
    [
        "insurance quote 2025-2026 plan year; quote 10mg; quote PHQ9 18",
        "per quote 1500 for the wheelchair; quote 10-14 days; quote 30-day supply",
    ],
)
def test_no_quote_number_in_a_dose_a_score_or_a_span(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "ACCOUNT" for t, _ in _found(scanner, text))


def test_an_hl7_phone_fields_email_stays_an_email(scanner: PhiScanner) -> None:
    text = "PID|1||55019274^^^MRN||RUIZ^ANA||19651030|F|||1 Main St^^Hope^MN^99477||ana1970@mail.com^NET^Internet|555-0188"
    found = _found(scanner, text)
    assert ("EMAIL", "ana1970@mail.com") in found
    assert ("PHONE", "555-0188") in found


def test_every_repetition_of_an_hl7_phone_field_and_a_v25_numbers_parts(scanner: PhiScanner) -> None:
    text = (
        "MSH|^~\\&|LAB|X|Y|Z|202506220803||ORU^R01|1|P|2.5\n"
        "PID|1||55019274^^^MRN||RUIZ^ANA||19651030|F|||1 Main St^^Hope^MN^99477||555-0139^PRN^PH~555-0177^PRN^CP|"
        "^WPN^PH^^1^612^5550188\n"
        "NK1|1|Ruiz^Luis|FTH|||5550167~5550168"
    )
    found = _found(scanner, text)
    assert {
        ("PHONE", "555-0139"),
        ("PHONE", "555-0177"),
        ("PHONE", "5550188"),
        ("PHONE", "5550167"),
        ("PHONE", "5550168"),
    } <= found
