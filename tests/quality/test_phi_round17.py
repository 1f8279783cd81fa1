"""PHI rules added in tuning round 17 (on the tuning sets, V and W the newest; N and O stay held out). Each
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
        # immigration, travel and custody numbers after their labels
        ("Inmate: ROWE, DANA   DOC #: 7712034   SID: QK55017723", T.OTHER_ID, "QK55017723"),
        ("APPLICANT  TRAN, MINH      DOB 1990-02-11      A# 0204418830", T.OTHER_ID, "0204418830"),
        ("A-Number 211 730 554   I-94 33019877A2   IOM case IOM-KBL-402217", T.OTHER_ID, "33019877A2"),
        ("A-Number 211 730 554   I-94 33019877A2   IOM case IOM-KBL-402217", T.OTHER_ID, "IOM-KBL-402217"),
        ("Checked against visa foil R7724019; entry stamp legible", T.OTHER_ID, "R7724019"),
        ("passport P40218831   UCI 44-2093-7718", T.OTHER_ID, "44-2093-7718"),
        ("GOP LOG55018C issued for USD 12,000", T.OTHER_ID, "LOG55018C"),
        ("CASE # ..... KGL2023118462     I.O.M. # ..... RW2201774", T.OTHER_ID, "KGL2023118462"),
        ("CASE # ..... KGL2023118462     I.O.M. # ..... RW2201774", T.OTHER_ID, "RW2201774"),
        ("Passport / seaman's book: M71820345", T.OTHER_ID, "M71820345"),
        ("reviewed -- LOPES, Ana (svc no. RA 41 226 908, EDIPI 1100294417)", T.OTHER_ID, "RA 41 226 908"),
        ("In re the Guardianship of H. Ulloa      Case No. PR 71-0442", T.OTHER_ID, "PR 71-0442"),
        # national and public health services' numbers, a sponsor's DBN: health plan numbers
        ("NHS No. 485 777 3016", T.HEALTH_PLAN_ID, "485 777 3016"),
        ("PhilHealth No. 19-203388471-2", T.HEALTH_PLAN_ID, "19-203388471-2"),
        ("Record No.: 77.120.448   No. afiliación IMSS 41-09-77-1820-3", T.HEALTH_PLAN_ID, "41-09-77-1820-3"),
        ("US insurance: none; NHIA No. NHIA/AS/8830117.", T.HEALTH_PLAN_ID, "NHIA/AS/8830117"),
        ("TRICARE DBN 40917722813; sponsor notified", T.HEALTH_PLAN_ID, "40917722813"),
        ("Refugee Medical Assistance no.: 5530918224", T.HEALTH_PLAN_ID, "5530918224"),
        ("Medicaid app pending (TR77021K).", T.HEALTH_PLAN_ID, "TR77021K"),
    ],
)
def test_a_labelled_identifier_from_abroad_or_custody_is_found(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Medicaid application denied 2024; reapply next cycle",
        "the SID was 3 on the CIWA flowsheet",  # a score's short number, not a code
        "GOP meeting on the 4th floor",
        "case 3 of 12 reviewed",
        "pp 112-118 of the guideline",
    ],
)
def test_their_look_alikes_fire_no_identifier(text: str) -> None:
    found = found_by_rules(text)
    assert not [f for f in found if f[0] in (T.OTHER_ID, T.HEALTH_PLAN_ID)], found


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # an address field, whether it starts with a number or a street's name, read to its end
        (
            "Domicilio: 88 Rizal Avenue, Brgy. Santo Niño, Cebu City, C.P. 6000\nExpediente: HX-2201",
            ["88 Rizal Avenue", "Brgy. Santo Niño", "Cebu City"],
        ),
        (
            "Address: Privada Las Flores 17, Col. Centro, Matamoros\nRecord No.: 4471",
            ["Privada Las Flores 17", "Col. Centro", "Matamoros"],
        ),
        ("Address: 512 Av. Juárez, Barrio Alto, Hermosillo", ["512 Av. Juárez", "Barrio Alto", "Hermosillo"]),
        (
            "Present address: 41 vul. Shevchenka, Frunze, Kharkiv 61001, Ukraine",
            ["41 vul. Shevchenka", "Kharkiv 61001"],
        ),
        (
            "Current address abroad: Mall Road No. 12, Amritsar 143001, India",
            ["Mall Road No. 12", "Amritsar 143001"],
        ),
        (
            "Local address during stay: Clarence Street 71, Cardiff CF10 3AT",
            ["Clarence Street 71, Cardiff CF10 3AT"],
        ),
        (
            "Destination: Đường Lê Lợi 57, Phường 4, Quận 1, Hue",
            ["Đường Lê Lợi 57", "Phường 4", "Quận 1", "Hue"],
        ),
        (
            "address_source=72 Am Lindenhof, Gießen 35390 | address_local=5 Oak Ct, Enid",
            ["72 Am Lindenhof, Gießen 35390"],
        ),
        ("Adresse : ul. Polna 16, Gdańsk   -  Passeport n° EK4417720", ["ul. Polna 16", "Gdańsk"]),
    ],
)
def test_an_address_field_and_its_places_are_locations(text: str, values: list[str]) -> None:
    found = found_by_rules(text)
    for value in values:
        assert (T.LOCATION, value) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Address: same as above.",
        "Address: Tell family to address concerns to the charge nurse.",
        "Address: Homeless, staying at shelter",
        "Address: Room 5, bed 3",
        "IP Address: 10.20.30.40",
        "seen 2:24 PM. Pt resting",  # not a street ("24 PM. Pt")
        "doctor in Marlowe, Dr. Ibsen said",  # a doctor after a town, not a second place
        "Position 35.58N 107.56W   Course 214, 122 kt",
    ],
)
def test_sentences_and_hospital_places_are_no_address(text: str) -> None:
    found = found_by_rules(text)
    assert not [f for f in found if f[0] is T.LOCATION and f[1] not in ("Marlowe", "35.58N 107.56W")], found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # an HL7 next of kin's, guarantor's or insured's address, component by component
        ("NK1|1|Ama Osei|SPO|17 Birch Rd^^Yankton^SD^57078-4411|+23320455101", T.LOCATION, "17 Birch Rd"),
        ("NK1|1|Ama Osei|SPO|17 Birch Rd^^Yankton^SD^57078-4411|+23320455101", T.LOCATION, "57078-4411"),
        # a postcode abroad after its own label, or two groups of three after its town
        ("Calle 9 No. 14, Col. Obrera, Saltillo, C.P. 25040", T.LOCATION, "25040"),
        ("Current address abroad: MG Road 71, Pune 411 001, India", T.LOCATION, "Pune 411 001"),
        # a facility and the town it is of; long-term care, a service unit, an air base named after theirs
        ("Panel site: Royal Infirmary of Poltava", T.LOCATION, "Royal Infirmary of Poltava"),
        (
            "WOUND ROUNDS  Briarwood Manor of Pine Lake  week of 3/2",
            T.LOCATION,
            "Briarwood Manor of Pine Lake",
        ),
        (
            "FACE SHEET     CEDAR HILL MANOR NURSING CENTER OF WESTBROOK",
            T.LOCATION,
            "CEDAR HILL MANOR NURSING CENTER OF WESTBROOK",
        ),
        (
            "Sending facility Clínica Santa Ana de Huehuetenango, record",
            T.LOCATION,
            "Clínica Santa Ana de Huehuetenango",
        ),
        ("Center: Deer Creek Adult Day Services   Date: 2026-03-01", T.LOCATION, "Deer Creek"),
        ("Provider: Kettleby Nursing and Rehab Center", T.LOCATION, "Kettleby"),
        ("bed confirmed Kayenta Service Unit", T.LOCATION, "Kayenta"),
        ("on authorized leave from Al Dhafra Air Base.", T.LOCATION, "Al Dhafra Air Base"),
        # a town after a field of its own, or after an arrival's verb
        ("Returned from deployment; home of record Bozeman, Gallatin County.", T.LOCATION, "Bozeman"),
        ("Case No. KGL2023118462   Consular post: Nairobi", T.LOCATION, "Nairobi"),
        ("SAID ABDI (exp. EXP-771020/31) llegó a Hargeisa el 05.12.2023.", T.LOCATION, "Hargeisa"),
        ("Apprehended near Sunland Park on 20250916.", T.LOCATION, "Sunland Park"),
        # a long-term care resident's number
        ("RES #: 31-20974     ADMIT: 06/07/2021", T.MRN, "31-20974"),
        ("Room: 204B           Resident ID: 5531208", T.MRN, "5531208"),
        ("Elif K. Demir  |  84yo  |  MR KT550218  |  DOB Mar 2 1941", T.MRN, "KT550218"),
    ],
)
def test_a_place_from_a_facility_or_a_field_and_a_resident_number_are_found(
    text: str, kind: PhiType, value: str
) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Referred to the Center of Excellence for Wound Care",
        "Admitted to the Hospital of the University of Pennsylvania",
        "Institute of Medicine guidelines",
        "Proc: EGD w/ bx (CPT 43239)",  # no postcode in a CPT code
        "MR 2+ on echo; MR grade 3",
        "He returned to Work on Monday.",
        "Birthplace: Lagos, Nigeria",  # the town is, the country is not
        "Provider: Hospital General de Tlaxcala, Dr Yusuf Park",  # a doctor after the place
    ],
)
def test_their_look_alikes_fire_no_place_or_number(text: str) -> None:
    found = found_by_rules(text)
    assert not [
        f
        for f in found
        if f[0] in (T.LOCATION, T.MRN, T.OTHER_ID) and f[1] not in ("Lagos", "Hospital General de Tlaxcala")
    ], found


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # vehicles: a Mexican plate, a bus's or a van's plate in three groups, an ambulance's unit, aircraft
        ("Met the Mexican ambulance (placas TRB-4471) at the lane", T.VEHICLE_ID, "TRB-4471"),
        ("arrived on chain bus (BUS-3318) from the center", T.VEHICLE_ID, "BUS-3318"),
        ("Transport: van KT-31-602, departure 22:46", T.VEHICLE_ID, "KT-31-602"),
        ("Ground ambulance at destination: unit RM-40-227.", T.VEHICLE_ID, "RM-40-227"),
        ("Aircraft: Learjet 45 reg. N518QA   Route SJO -> MNL", T.VEHICLE_ID, "N518QA"),
        ("0210Z helicopter XB-KRT on deck.", T.VEHICLE_ID, "XB-KRT"),
        # licences: a professional's cédula, a doctor's registration after the name, a CDIB
        ("Dr(a). Lidia Ocampo, céd. prof. 6021174", T.LICENSE, "6021174"),
        ("surgeon Dr Amal Haddad, reg. 4410927", T.LICENSE, "4410927"),
        ("CDIB no.: 417-30925", T.LICENSE, "417-30925"),
        # record numbers: a health record number, an expediente's "exp."
        ("Patient: Begay, Lorena   HRN: 552-918   DOB: 02-11-1932", T.MRN, "552-918"),
        ("Paciente RUTH OSEI (exp. EXP-220417/61) llegó", T.MRN, "EXP-220417/61"),
        # biometrics: DHS's fingerprint number, an enrolment number after "biometric"
        ("Subject ID / IDENT FIN: 7700214495", T.BIOMETRIC, "7700214495"),
        ("ABIS biometric enrollment no.: FP-5520117730", T.BIOMETRIC, "FP-5520117730"),
        # a phone dialled with 00, a birth date in six digits
        ("NOK Amara Diallo 00221 774 018 552", T.PHONE, "00221 774 018 552"),
        ("DS-3025 | OKAFOR, ADA | DOB 071129 | case LOS2024118402", T.DATE, "071129"),
    ],
)
def test_travel_custody_and_care_identifiers_are_found(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


def test_a_passport_machine_readable_zone_is_read_by_position() -> None:
    text = (
        "Copy of passport data page:\n"
        "P<GHAOSEI<BONSU<<ABENA<<<<<<<<<<<<<<<<<<<<<<\n"
        "GH44712086GHA8803127F3006140<<<<<<<<<<<<<<02\n"
        "Checked at registration"
    )
    found = found_by_rules(text)
    for kind, value in (
        (T.NAME, "OSEI<BONSU"),
        (T.NAME, "ABENA"),
        (T.OTHER_ID, "GH4471208"),
        (T.DATE, "880312"),
        (T.DATE, "300614"),
    ):
        assert (kind, value) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Lantus 100 units/mL, 10 mL vial, NDC 0088-2220-33",  # a drug's code, not a phone dialled with 00
        "[x] SSN card copy - 005-12-9741",  # an SSN stays one
        "PLACARD U310578 EXP 2027",  # a disability placard, not a Mexican plate
        "the plane A-320 was late",
        "Lot 030906 exp 2026",  # six digits without a birth date's label
        "see << previous page",
    ],
)
def test_their_look_alikes_are_not_read_so(text: str) -> None:
    found = found_by_rules(text)
    assert not [f for f in found if f[0] in (T.PHONE, T.VEHICLE_ID, T.DATE)], found


@pytest.mark.parametrize(
    "text",
    [
        # doses, acuities and policy numbers are no dates
        "buprenorphine/naloxone 8/2 mg SL daily",
        "Vision: 6/6 both eyes, colour vision normal",
        "photo page not retained per Policy 7.12.04.",
        # a survey's F-tags, a form's number, a billing code
        "Survey results posted (tags F758, F686) - copy at the desk",
        "Physician's Report (Form LIC 602A) signed",
        "Billing: 99456, G0008; self-pay $293.80",
        # long-term care's and travel's words read as names: a wing, a van, an aide, a HIPPS code, a plan
        "Vehicle: Van 4   2019 Ford Transit w/c van",
        "Aide: on duty",
        "Skilled nursing billing: HIPPS JDMF1, rev 0022, 5 days",
        "REPAT PLAN / CHECKLIST -- see the case",
        "Nationality: Syrian   Country of citizenship: Viet Nam",
        "competent to translate from Filipino into English",
        "vaccines: Hib lot 3F2Q2, Polio (IPV) lot T43AQR",
        "[ ] Route NBO-MEX, 1424 nm, fuel stop if over 1,800 nm",
    ],
)
def test_care_and_travel_look_alikes_fire_nothing(text: str) -> None:
    assert found_by_rules(text) == []


def test_a_place_after_wide_blanks_is_another_field() -> None:
    found = found_by_rules("MEDICATION REVIEW   Willow Living Center of Cedar Falls      Review date: soon")
    assert (T.LOCATION, "Willow Living Center of Cedar Falls") in found
    assert (T.LOCATION, "Review") not in found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Referring: Kayenta Indian Health Center", "Kayenta"),
        ("Dr. English saw her on Monday", "English"),  # a surname that is a language's name too
        ("requester: law office of Marisela Ferreira da Costa", "Costa"),
    ],
)
def test_names_and_places_that_share_words_with_nationalities_stay(text: str, value: str) -> None:
    assert any(f[1] == value or value in f[1] for f in found_by_rules(text)), found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # an initial and a surname that is also a word, where a label, a relation, a role or "by" comes
        # before, or a credential, a relation in brackets or a phone number after
        ("Reporter: D. Bell, DSP (mandated), callback 715-555-0133", T.NAME, "D. Bell"),
        ("Family: husband M. Story updated by phone +1 989 555 0177.", T.NAME, "M. Story"),
        ("Reviewed by C. Price, DON.", T.NAME, "C. Price"),
        ("Staff: O. Kowalczyk. Emp # EMP-2207.", T.NAME, "O. Kowalczyk"),
        # a form's name parts, a nickname after its own label
        ("       A. First name: GRACE      C. Last name: OKONJO", T.NAME, "GRACE"),
        ("       A. First name: GRACE      C. Last name: OKONJO", T.NAME, "OKONJO"),
        ("NAME: PETROV, ILSE                ALIAS/PREFERRED: PEACHES\nRES #: 44", T.NAME, "PEACHES"),
        ('smiles when staff use the name she likes to be called "Nena".', T.NAME, "Nena"),
        ("Name by which resident prefers to be addressed: Skip", T.NAME, "Skip"),
        # a list of templates with their owners in brackets, a finger's template, long-term care's devices
        ("cabinet access by fingerprint FPT5520117 (Ruth) and TPL660218 (Omar).", T.BIOMETRIC, "TPL660218"),
        ("Finger 2 (L index): FPT7731094", T.BIOMETRIC, "FPT7731094"),
        ("Resident tag: KW55N1820 (433.92 MHz)  assigned", T.DEVICE_ID, "KW55N1820"),
        ("bed/chair alarm (BA-552017) sounded at 02:10", T.DEVICE_ID, "BA-552017"),
    ],
)
def test_long_term_care_names_and_devices_are_found(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Plan: B. Complete the form before discharge",
        "Stage: T. Cell lymphoma workup",
        "Last name: unknown",
        "status (alias TRAUMA) per the trauma policy",  # a trauma alias is no nickname
    ],
)
def test_their_look_alikes_are_no_names(text: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] is T.NAME]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # A-numbers in their spaced and lettered shapes, an A-file, a USCIS receipt, a CURP, a case with a slash
        ("Detainee ROBLES, ANA (A# 231 447 092), 28 años", T.OTHER_ID, "231 447 092"),
        (
            "Name: PETRENKO, Iryna   A-File: A 226013377   Country of citizenship: Ukraine",
            T.OTHER_ID,
            "A 226013377",
        ),
        ("receipt # from applicant letter: WAC2290114573  (I-485 pending)", T.OTHER_ID, "WAC2290114573"),
        ("Identity document: CURP ROSM880214MCHDNR04   Date of birth", T.OTHER_ID, "ROSM880214MCHDNR04"),
        ("Travel insurer Northstar Assistance case 41/552013.", T.OTHER_ID, "41/552013"),
        # who a form or a note names: an applicant, a medical officer, a reviewer, "Paciente", "Dr(a)."
        ("Applicant: IRYNA PETRENKO    Sex: F", T.NAME, "IRYNA PETRENKO"),
        ("Medical officer: Rowan Achterberg -- review", T.NAME, "Rowan Achterberg"),
        ("Reviewer F. Lowe. Signed 2/4/25.", T.NAME, "F. Lowe"),
        ("Paciente AMINA YUSUF (exp. EXP-331902/10) llegó", T.NAME, "AMINA YUSUF"),
        ("Confirmado por Dr(a). Okonkwo; fax 00243 342 341 833.", T.NAME, "Okonkwo"),
    ],
)
def test_immigration_numbers_and_the_people_forms_name_are_found(
    text: str, kind: PhiType, value: str
) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Contact for family: 604 699 3232",  # a phone's 3-3-4, not an A-number's 3-3-3
        "case 3 of 12 reviewed; pages 12/200",
    ],
)
def test_a_phone_and_counts_are_no_immigration_numbers(text: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] is T.OTHER_ID]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a town abroad that GeoNames knows, where a preposition, a camp's or a residence's word, or a
        # facility's comma says a place stands there
        ("Panel site: Global Visa Medical Centre, Amritsar\nPhysician registration no. 7943", "Amritsar"),
        ("Detainee (A# A 231447092), 70 años, from Kismayo. Alias used at border", "Kismayo"),
        ("Veteran's residence Mazar-i-Sharif; mailing c/o the consulate", "Mazar-i-Sharif"),
        ("Last residence: Kakuma camp / Hargeisa", "Hargeisa"),
        ("Referral from the district office in Ibadan. Passport A01475914.", "Ibadan"),
    ],
)
def test_a_town_abroad_after_a_place_cue_is_a_location(text: str, value: str) -> None:
    assert (T.LOCATION, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Badge access review: Medina, Beatrice",  # a surname that is a town too
        "Collateral from Isla, her sister",
        "CPAP titrated to 11 cm H2O. Dx: OSA",
        "Edinburgh Postnatal Depression Scale score 9",
    ],
)
def test_names_and_abbreviations_that_are_towns_abroad_are_not_read_so(text: str) -> None:
    assert not [f for f in found_by_rules(text) if f[0] is T.LOCATION]


def test_a_travel_historys_destination_is_not_read_as_a_town_abroad() -> None:
    assert not [
        f for f in found_by_rules("fever since March 30th, back from Ibadan last week") if f[0] is T.LOCATION
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "STREET ADDRESS, CITY, STATE, ZIP: 4410 CEDAR HOLLOW DR, BRANDT, WA 59198",
            "4410 CEDAR HOLLOW DR, BRANDT, WA 59198",
        ),
        ("Law enforcement: Wexley PD report IR-2022-4471.", "Wexley"),
        ("niece 337-555-0101; Kettering police (not needed)", "Kettering"),
        ("|LTC-529736|Ojo Caliente campus|Providence West", "Ojo Caliente"),
    ],
)
def test_a_street_in_capitals_and_a_towns_police_or_campus_are_locations(text: str, value: str) -> None:
    assert (T.LOCATION, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rental car involved. Local police report no. on file.",
        "Called State Police about a Main campus gate",
        "RPT AR-118  INSURANCE AGING > 90 DAYS                  RUN 12/02",
    ],
)
def test_police_and_campus_words_without_a_town_are_no_place(text: str) -> None:
    assert not [
        f
        for f in found_by_rules(text)
        if f[0] is T.LOCATION and f[1] in ("Local", "State", "Main", "90 DAYS")
    ]


def test_a_town_abroad_of_two_words_ends_where_its_last_word_does() -> None:
    # the words may stand apart by more than one blank; the span is the text's, not the words joined again
    found = found_by_rules("Referral from the panel office in Quezon  City, Philippines")
    assert (T.LOCATION, "Quezon  City") in found
