"""PHI rules added in tuning round 14 (on the tuning sets; N and O stay held out): a name written as HL7
writes it ("FAMILY^GIVEN^M") outside an HL7 segment, a ZPL label's field data, and the classifier's names
that hold a digit. Each with texts that must fire and look-alikes that must not. The names, places and
values here are fresh (no planted set uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality import phi_hl7, phi_rules
from mediflow.quality.phi import PhiScanner, PhiType, with_ocr_labels, with_zpl_fields
from tests.support.phi import found_by_rules

T = PhiType

ZPL_BAND = (
    "^XA\n^FO40,30^A0N,34,34^FDTREMBLAY^ODILE^M^FS\n"
    "^FO40,70^A0N,26,26^FDMRN 5521-0907-3  FIN W66120458^FS\n"
    "^FO420,30^BQN,2,4^FDQA,5521-0907-3^FS\n^XZ"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an interface engine's audit log: the family name may be several words where the field begins
        ("AUDIT|2026-03-02 10:14:07|KOWALCZYK^IRENA|EMP-2291|READ|PATIENT|", "KOWALCZYK^IRENA"),
        ("AUDIT|2026-03-02 10:14:07|VAN DER BERG^ANNEKE^J|EMP-2291|READ|", "VAN DER BERG^ANNEKE^J"),
        # a kiosk's check-in record, a release-of-information log's requester, an error message
        (
            "CHECKIN|2026-01-05 07:55:10|KIOSK-3|A4471902|OYELARAN^BABATUNDE^F|19580211|",
            "OYELARAN^BABATUNDE^F",
        ),
        ("ROI|CASE-7710|01/05/2026 08:02|REQ=HALVORSEN^TOVE^K|FAX=5035550144", "HALVORSEN^TOVE^K"),
        (
            'err=AE "PID-19 fails checksum rule for PELLETIER^GHISLAINE^R" src=10.2.0.4',
            "PELLETIER^GHISLAINE^R",
        ),
        # names no census list holds, in any script
        ("CHECKIN|2026-01-05|KIOSK-3|A4471902|ŁUKASZEWICZ^ŻANETA^W|19580211", "ŁUKASZEWICZ^ŻANETA^W"),
        # in mixed case, and on a ZPL wristband after the field-data command
        ("band reprinted for Tremblay^Odile at 09:10", "Tremblay^Odile"),
        (ZPL_BAND, "TREMBLAY^ODILE^M"),
        # a surname that starts like a Z-segment, a name at the text's end, a ZPL command after the name,
        # and an accent written as a combining mark (the review's cases)
        ("Patient ZHU^WEI^L checked in at kiosk 3", "ZHU^WEI^L"),
        ("band reprinted for Tremblay^Odile", "Tremblay^Odile"),
        ("^XA^FO40,30^FDHALLORAN^DUNYA^FS^XZ", "HALLORAN^DUNYA"),
        ("REQ=MU\u0308LLER^JU\u0308RGEN^K|FAX", "MU\u0308LLER^JU\u0308RGEN^K"),
        ("ROI|CASE-7710|REQ=BOND^HOPE^D|FAX=5035550144", "BOND^HOPE^D"),
    ],
)
def test_a_name_written_with_carets_outside_a_segment_is_a_name(text: str, name: str) -> None:
    assert (T.NAME, name) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        # codes inside HL7 segments: left to the segment reader, which reads names by position
        "OBX|1|CE|GLU^GLUCOSE^L||F^Female^HL70001",
        "PID|1||4471||DOE^JANE||19600101|F|||^^^^^^^^^CHR^Christian",
        # a city and a state, a race code's text, lab units and an exponent
        "home DALLAS^TX on file",
        "race 2106-3^White^CDCREC",
        "WBC 7.2 x10^9/L, platelets 10^3/uL",
        "ADT^A04 received; ORU^R01 sent",
        # clinical words in the same shape, and lower-case pieces
        "order PANEL^METABOLIC^BASIC sent",
        "city Boston^MA ok",
        "note: see^also the chart",
        # a code and its text outside a segment, and a ZPL field's data before its ^FS (the review's cases)
        "AUDIT|2026-03-02 10:14:07|VIEW^Patient Chart|EMP-2291|",
        "ROLE^Charge Nurse; LOC^Main Campus; UNIT^North Tower; DX^Chest Pain",
        "religion=CHR^Christian^HL70006, language,ENG^English^ISO6392, mfr MSD^Merck^MVX",
        "WARN unmapped OBX-3 code NA^Sodium^LN; route IM^Intramuscular^HL70162 site LD^Left Deltoid",
        "^XA^FO40,30^FDBLOOD BANK^FS^FO40,70^FDRIGHT ARM^FS^XZ",
    ],
)
def test_carets_that_join_no_name_do_not_fire(text: str) -> None:
    assert not [f for f in phi_hl7.caret_names(text)]


def test_a_zpl_labels_field_data_is_read_as_a_field() -> None:
    found = found_by_rules(ZPL_BAND)
    # "^FDMRN 5521-..." has no blank before its label: the command is read as blanks, offsets kept
    assert [(t, v) for t, v in found if v == "5521-0907-3"] == [(T.MRN, "5521-0907-3")] * 2
    assert with_zpl_fields(ZPL_BAND).replace("   ", "^FD") == ZPL_BAND
    assert len(with_zpl_fields(ZPL_BAND)) == len(ZPL_BAND)


def test_the_classifier_adds_no_name_that_holds_a_digit() -> None:
    # the layout commands of the line after a wristband's name ("^FO40,70^A0N,26,26") are no name
    scanner = PhiScanner(use_model=True)
    text = "^XA\n^FO40,30^A0N,34,34^FDOKONKWO^ADAEZE^C^FS\n^FO40,70^A0N,26,26^FDMRN 6610-4452-8^FS\n"
    names = [f.text for f in scanner.scan(text) if f.type is T.NAME]
    assert names == ["OKONKWO^ADAEZE^C"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Screener: Tobiah Ekwueme   School: Larkspur Elementary", "Tobiah Ekwueme"),
        ("visit=home;aide=Marisela Quintanar;start=08:10", "Marisela Quintanar"),
        ("Escort: Dunya Halloran (niece)", "Dunya Halloran"),
        ("Chaperone: Ingrid Solberg present for the exam", "Ingrid Solberg"),
        ("Emergency Contact 2: Oswin Pettigrew   Cell: 503-555-0102", "Oswin Pettigrew"),
        ("Parent 1: Rosalind Achterberg", "Rosalind Achterberg"),
    ],
)
def test_round14_person_fields_name_the_person_after_them(text: str, name: str) -> None:
    assert (T.NAME, name) in found_by_rules(text)


@pytest.mark.parametrize(
    "text", ["Escort: wheelchair to radiology", "Coach: none today", "Teacher: see note"]
)
def test_round14_person_fields_without_a_name_do_not_fire(text: str) -> None:
    assert not [v for t, v in found_by_rules(text) if t is T.NAME]


REGISTRY_XML = """<ImmunizationExport>
  <RegistryId>WIR660418237</RegistryId>
  <PatientName>HALLORAN, DUNYA</PatientName>
  <Address><Street>4410 Quarry Bend Rd</Street><Zip>53711-2204</Zip></Address>
  <Guardian>Ingrid Solberg</Guardian><MemberId>XKQ4471920</MemberId>
  <ns2:EncounterNumber>88120457</ns2:EncounterNumber>
  <Facility><name>Larkspur Outpatient Imaging</name></Facility>
  <title>Immunization history</title><td>Halloran</td>
</ImmunizationExport>"""


@pytest.mark.parametrize(
    ("phi_type", "value"),
    [
        (T.OTHER_ID, "WIR660418237"),
        (T.NAME, "HALLORAN, DUNYA"),
        (T.LOCATION, "4410 Quarry Bend Rd"),
        (T.LOCATION, "53711-2204"),
        (T.NAME, "Ingrid Solberg"),
        (T.HEALTH_PLAN_ID, "XKQ4471920"),
        (T.ACCOUNT, "88120457"),  # a namespace prefix is no part of the name
    ],
)
def test_an_xml_exports_element_names_its_value_as_a_label_would(phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found_by_rules(REGISTRY_XML)


def test_generic_element_names_are_not_read_as_labels() -> None:
    # an organisation's <name> is no person's; a title and an HTML cell say nothing of their value
    fields = list(phi_rules._element_fields(REGISTRY_XML))
    texts = {f.text for f in fields}
    assert not texts & {
        "Larkspur Outpatient",
        "Larkspur Outpatient Imaging",
        "Immunization history",
        "Halloran",
    }
    assert all(f.source == "field" and REGISTRY_XML[f.start : f.end] == f.text for f in fields)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Ins. ID: W3318840215   Gr0up: KT5521", "Ins. ID: W3318840215   Group: KT5521"),
        (
            "Referrlng Physlclan: Tove Halvorsen   NPl # 1487723301",
            "Referring Physician: Tove Halvorsen   NPI # 1487723301",
        ),
        ("Offlce fax # 6125550183", "Office fax # 6125550183"),
        ("FAX C0VER SHEET   Teleph0ne: 612 555 0148", "FAX COVER SHEET   Telephone: 612 555 0148"),
    ],
)
def test_an_ocr_misread_label_is_read_as_the_word_it_is(text: str, read: str) -> None:
    assert with_ocr_labels(text) == read


@pytest.mark.parametrize(
    "text",
    [
        # identifiers, doses, lab names and short words keep every character; a street suffix stays one
        "lot A0N-2261 B12 C0D CD4 HbA1c 5mg x10 q1h 2nd SN4401-18026-E 09838639U",
        "Address: 7915 Pinyon Trl #27, Hattiesburg",
        "Lola: hi there   Nell: ok   Bill: paid",
    ],
)
def test_ocr_reading_leaves_words_that_are_no_misread_label_alone(text: str) -> None:
    assert with_ocr_labels(text) == text


def test_an_ocr_misread_fax_finds_its_labelled_identifiers() -> None:
    fax = "Referrlng Physlclan: Tove Halvorsen   NPl # 1487723301\nIns. ID: W3318840215   Gr0up: KT5521\n"
    found = found_by_rules(fax)
    assert (T.LICENSE, "1487723301") in found
    assert (T.HEALTH_PLAN_ID, "KT5521") in found
    assert (T.NAME, "Referrlng Physlclan") not in found


@pytest.mark.parametrize(
    ("text", "phi_type", "value"),
    [
        # a host's address after a middle initial in an audit log is no phone ("T" reads as a phone label)
        ("AUDIT|2026-04-01 09:12:44|OKAFOR^NNEKA^T|10.40.8.17|OK", T.IP_ADDRESS, "10.40.8.17"),
        ("-- OCR page 1/4 --  source: inbound fax line 555-0166", T.FAX, "555-0166"),
        ("AMBULANCE RUN SHEET 10/14\nCalled to the scene", T.DATE, "10/14"),
        ("uploaded IMG_20250914.jpg to the chart", T.PHOTO, "IMG_20250914.jpg"),
        # a client's or a server's dotted quad stays a host; a dotted date after a word stays a date
        ("portal message sent (client 203.0.113.77)", T.IP_ADDRESS, "203.0.113.77"),
        ("Pt picks up 8.1.23. RPh to call", T.DATE, "8.1.23"),
        # a date after words that also precede versions elsewhere (the review's cases)
        ("Care package 4.12.25 delivered", T.DATE, "4.12.25"),
        ("Sepsis algorithm 1.2.25 started", T.DATE, "1.2.25"),
        ("Seen by R4 3.1.24 on the ward", T.DATE, "3.1.24"),
        ("uploaded chartrand_20250914.jpg", T.PHOTO, "chartrand_20250914.jpg"),
    ],
)
def test_round14_values_keep_their_category(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ('(0018,1020) SoftwareVersions   LO  "7.4.2.118"   implementation', "7.4.2.118"),
        ("Zugriffsprotokoll   Mandant 4   Version 3.2.9.140", "3.2.9.140"),
        ("-- OCR page 1/4 --  source: inbound fax", "1/4"),
        ("Rhythm strip saved: strip_40917.png   Attending: on call", "strip_40917.png"),
        ("ecg_tracing_2231.png uploaded", "ecg_tracing_2231.png"),
        # a software's dotted version after the words that name software
        ("retry window 19 min; gateway 5.6.13", "5.6.13"),
        ("FHIR capability statement, schematron 8.3.15", "8.3.15"),
        ('user_agent="Mozilla/5.0 5.7.10"', "5.7.10"),
        # a rhythm strip's numbered image, not a surname that starts with the same letters
        ("stripling note: see strip_40918.png", "strip_40918.png"),
        # a user agent's product token and an insurer's name are no person's
        ('client_ip=10.0.4.2  user_agent="Mozilla/5.0 (X11)"', "Mozilla"),
        ('payer="Larkmont Mutual Health" member=XQ55102', "Larkmont"),
        # an HL7 header's empty field: "EHR" names no number in the field after it
        ("MSH|^~\\&|RIS|IMG|EHR||202604011142||ORU^R01|CTL-5521|P|2.5.1", None),
    ],
)
def test_round14_look_alikes_do_not_fire(text: str, value: str | None) -> None:
    if value is None:  # nothing of the kind a label would name
        assert not [t for t, _ in found_by_rules(text) if t in (T.MRN, T.ACCOUNT, T.OTHER_ID)]
    else:
        assert not [v for _, v in found_by_rules(text) if v == value]


def test_an_immunization_registrys_patient_id_is_another_identifier() -> None:
    # PID-3 assigned by a registry (CX.4 "IIS", or the type code SR) is the registry's number, not a chart's
    vxu = "PID|1||60418237705^^^IIS||HALLORAN^DUNYA||19610405|F\nPID|1||E7730412^^^HOSP^MR~2291045^^^WIR^SR||X^Y"
    found = found_by_rules(vxu)
    assert (T.OTHER_ID, "60418237705") in found
    assert (T.OTHER_ID, "2291045") in found
    assert (T.MRN, "E7730412") in found


@pytest.mark.parametrize(
    "text", ["[10:02] Charles Allen: Hi, this is about my refill", "Malden Polson: pt resting", "Marla: ok"]
)
def test_ocr_reading_leaves_names_alone(text: str) -> None:
    # "Allen" is no misread "Alien", "Polson" no "Poison", "Marla" no "Maria": census names are never read
    assert with_ocr_labels(text) == text
    assert any(t is T.NAME for t, _ in found_by_rules(text))


def test_xml_elements_that_name_things_or_hold_more_than_a_label_reads() -> None:
    xml = (
        "<Order><DrugName>Metoprolol Tartrate</DrugName><PanelName>Basic Metabolic Panel</PanelName>"
        "<LabName>Quest Diagnostics</LabName><GuardianName>Ingrid Solberg</GuardianName>\n"
        "<Member>4410 Quarry Bend Rd, Madison, WI 53711</Member></Order>"
    )
    found = found_by_rules(xml)
    names = {v for t, v in found if t is T.NAME}
    assert names == {"Ingrid Solberg"}  # a "...Name" names a person only after a person's word
    # the rules' own reading of a value stays: the address whole, not the element's "Member" as a plan ID
    assert (T.LOCATION, "4410 Quarry Bend Rd") in found or any(
        t is T.LOCATION and v.startswith("4410 Quarry Bend Rd") for t, v in found
    )
    assert not [v for t, v in found if t is T.HEALTH_PLAN_ID]


def test_a_recurring_value_joined_to_a_suffix_is_found_however_many_values_a_text_holds() -> None:
    # more values than are looked for one by one: the token pass reads "LW-3390100.B" up to its dot too
    text = "".join(f"MRN LW-33901{i:02d} bed {i}\n" for i in range(17)) + "tube LW-3390100.B received"
    assert [v for _, v in found_by_rules(text) if v == "LW-3390100"] == ["LW-3390100", "LW-3390100"]
