"""PHI rules of tuning round 22, read off the first contact of sets 9 (chronic-disease programmes) and 0 (quality,
safety, privacy and compliance): what holds for any audit log, case file or device export, not one author's labels.
Each with texts that must fire and look-alikes that must not. The names and values here are fresh (no planted set
uses them)."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from mediflow.quality.phi_guard import guarded, plausible
from mediflow.quality.phi_types import PhiFinding
from tests.support.phi import found, found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("text", "login"),
    [
        # a login id made from a name found in the same text: the given name's initial and the family name
        ('"07/02/25 1041","tquennell","Tobiah Quennell","AUD-001 Chart open"', "tquennell"),
        # the family name's first letters, the given name's first one or two, digits
        ("1) 2024-10-27 11:52:44 | QUENNT4 Tobiah Quennell | pt LARK, EDDA | OK", "QUENNT4"),
        ("BTG access: 06/04/19 0815 by Brenneman, Odalys (brenod07), role the house supervisor", "brenod07"),
        # a name with a particle, its id without spaces
        ("2) 2025-05-02 02:30:59 | sdelacru Saoirse de la Cruz | pt reviewed", "sdelacru"),
        # a letter that does not decompose, written as a login writes it
        ('"07/03/25 0912","lzolkowski","Łukasz Żółkowski","AUD-001 Chart open"', "lzolkowski"),
    ],
)
def test_a_login_made_from_a_name_is_an_id(text: str, login: str) -> None:
    assert (T.OTHER_ID, login) in found_by_rules(text)
    assert (T.OTHER_ID, login) in found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # an acronym in capitals without digits, a word, a name: no login ids
        ("ED triage: 99 yo F BIBA from home. Seen by Bianca Baptiste, RN.", "BIBA"),
        ("Sam Ashby ordered a sash for the gown; Sam Ashby signed.", "sash"),
        ("Tobiah Quennell called; tobiah will return Monday.", "tobiah"),
        # a clinical abbreviation or a drug made of a name's letters (a review's cases)
        ("Carla Atherton underwent cardiac cath today.", "cath"),
        ("Victor Ancona: vanc trough 15.2.", "vanc"),
        ("Anna Papadopoulos takes apap 650 mg.", "apap"),
        ("Colin Norris takes norco 5/325 prn.", "norco"),
        ("Mary Pulaski: pulm consulted.", "pulm"),
        ("Keith Lorenz given klor con 20 mEq.", "klor"),
    ],
)
def test_words_and_acronyms_are_no_logins(text: str, word: str) -> None:
    assert [kind for kind, value in found(text) if value == word and kind is T.OTHER_ID] == []


@pytest.mark.parametrize(
    ("text", "kind", "code"),
    [
        # a code in brackets right after a name: a staff member's id after their role's word
        (
            "QA - BLANKS AND FLAGS   Job 5519027   Author Odalys R. Brenneman (D5519)\nPatient: see below",
            T.OTHER_ID,
            "D5519",
        ),
        ("Corrective action by Tobiah Quennell (551902): recalibrated the analyser.", T.OTHER_ID, "551902"),
        # a patient's record number without one, a clinician's NPI by its shape
        ("Released records of QUENNELL, EDDA (551-90-27) to counsel.", T.MRN, "551-90-27"),
        ("Nephrologist Odalys Brenneman (1558193011); RN on call", T.LICENSE, "1558193011"),
    ],
)
def test_a_code_in_brackets_after_a_name_is_found(text: str, kind: PhiType, code: str) -> None:
    assert (kind, code) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Guideline by Odalys Brenneman (2019) was cited.",
        "Tobiah Quennell (x2) seen today.",
        # an hour, an extension, a gravida and para, a quarter (a review's cases)
        "Notified Dr. Tobiah Quennell (1430) of critical K.",
        "Seen by Dr. Odalys Brenneman (x4471) in clinic.",
        "Edda Quennell (G2P1001) presents at 39 weeks.",
        "Report owner Odalys Brenneman (Q2-2024) signed.",
    ],
)
def test_a_year_or_a_count_after_a_name_is_no_code(text: str) -> None:
    assert [kind for kind, _ in found_by_rules(text) if kind is not T.NAME] == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a grievance's, a complaint survey's, a hotline report's, a legal hold's, a safety event's number
        ("Grievance log entry P26-5519\nRec'd by phone", T.OTHER_ID, "P26-5519"),
        (
            "Survey response memo - complaint survey PRIV-2026-0551 (State Dept. of Health)",
            T.OTHER_ID,
            "PRIV-2026-0551",
        ),
        ("COMPLIANCE HOTLINE - INTAKE   Report key 5519-QX902\nReceived", T.OTHER_ID, "5519-QX902"),
        ("Preservation required (see legal hold LH551902).", T.OTHER_ID, "LH551902"),
        ("Workplace violence event 2026-0551 - ED triage", T.OTHER_ID, "2026-0551"),
        # a drug-assistance programme's enrolment and a copay card's member number are a plan's
        ("SSN: on file    ADAP ID: ADAP-5519027\nResidence: see form", T.HEALTH_PLAN_ID, "ADAP-5519027"),
        ("specialty pharmacy enrolled; copay card ID 55190273311.", T.HEALTH_PLAN_ID, "55190273311"),
        # a patient's meter and a CGM's id, and a two-column export's key and value
        ("NTE|1||meter QX5519027H; strip lot G121506; next", T.DEVICE_ID, "QX5519027H"),
        ("device_model,Tandem Mobi\ndevice_serial,QX55190273\ncgm_id,ZE5519027\n", T.DEVICE_ID, "QX55190273"),
        ("device_model,Tandem Mobi\ndevice_serial,QX55190273\ncgm_id,ZE5519027\n", T.DEVICE_ID, "ZE5519027"),
        ("Libre 3  transmitter/sensor 4QXYY1MZJL\nUploaded", T.DEVICE_ID, "4QXYY1MZJL"),
        # a biometric template without its cue: its prefix names one, or its file's name and format do
        ("Patient ID verified with FP-TPL-55190273.  Billing acct on file", T.BIOMETRIC, "FP-TPL-55190273"),
        (
            "Patient ID verified with palm_qxzvb5519.tpl.  Billing acct on file",
            T.BIOMETRIC,
            "palm_qxzvb5519.tpl",
        ),
        # a photo's file name whole, its face word included
        ("palm_scan_match,PT55190,headshot_55190.png,Brenneman", T.PHOTO, "headshot_55190.png"),
        (
            "Clinical photos uploaded: facial_551902_lat.tif, consent on file",
            T.PHOTO,
            "facial_551902_lat.tif",
        ),
    ],
)
def test_round_22_finds(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Merged letter.tpl with the discharge template; report_tpl.docx saved.",
        "ADAP formulary reviewed; copay card activated.",
        "Walked 6 meter 12 times; meter reading 45 today.",
        "Adverse event 12 reported; safety event 2 of 3 closed.",
        # a document template whose name holds a body part's letters (a review's cases)
        "Merged pvd_clinic_letter.tpl, ortho_finger_fracture.tpl and thumbnail_header.tpl.",
    ],
)
def test_round_22_look_alikes_stay_clean(text: str) -> None:
    assert found_by_rules(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # a tag that is an asset's, a bag's; a clinician's own DEA or NPI after a practice's or a billing word; an
        # organisation's hotline number stays a phone (a review's cases)
        ("Pump asset tag A-2231 checked by biomed.", T.DEVICE_ID, "A-2231"),
        ("Practice DEA BL5519023 for Dr. Tobiah Quennell.", T.LICENSE, "BL5519023"),
        ("Billing NPI: 1558193011 (Dr. Edda Quennell, sole proprietor)", T.LICENSE, "1558193011"),
        ("Call the ethics hotline 617-555-0199 for concerns.", T.PHONE, "617-555-0199"),
    ],
)
def test_round_22_keeps_what_was_found(text: str, kind: PhiType, value: str) -> None:
    assert (kind, value) in found_by_rules(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # a study's IRB protocol, a manufacturer's complaint, a survey's deficiency tag: no person's numbers
        ("research - waiver IRB #2026-055   prepared by the privacy office", "2026-055"),
        ("event reported to FDA. Manufacturer complaint #MC-5519.", "MC-5519"),
        ("Findings: substantiated in part. Deficiency Tag A-0551: hand hygiene observed", "A-0551"),
        ("Plan of correction for F-tag F689 accepted.", "F689"),
    ],
)
def test_a_studys_a_makers_or_a_regulations_number_is_no_phi(text: str, number: str) -> None:
    assert [value for _, value in found(text) if number in value] == []


@pytest.mark.parametrize(
    "text",
    [
        # a car's maker and model before what a vehicle is; an organism's name
        "Patient's own vehicle, Nissan Altima sedan plate on file.",
        "Visitor arrived in a Subaru Outback SUV, plate pending.",
        "He drives a Lincoln Navigator SUV to dialysis.",
        "Son parked his Ford truck in lot B.",
        "OUTBREAK LINE LIST - Norovirus, Behavioral Health 2",
        "Enterococcus and Acinetobacter isolates reviewed.",
    ],
)
def test_cars_and_organisms_are_no_names_or_places(text: str) -> None:
    assert [pair for pair in found(text) if pair[0] in (T.NAME, T.LOCATION)] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a driver whose name starts with a maker's word stays a person
        ("Driver Lincoln Mays, plate 7QXZ551", "Lincoln Mays"),
        ("Transport: Ford Quennell drove the van.", "Ford Quennell"),
        # a clinic's words after a name are no vehicle's (a review's cases)
        ("Kia Nwosu, registration completed at the front desk.", "Kia Nwosu"),
        ("Mercedes Oyelaran van transport arranged for dialysis.", "Mercedes Oyelaran"),
        ("Lincoln Adeyemi plate count 150 today.", "Lincoln Adeyemi"),
    ],
)
def test_a_person_with_a_makers_name_stays_a_person(text: str, name: str) -> None:
    assert (T.NAME, name) in found(text)


@pytest.mark.parametrize(
    ("text", "span", "kept"),
    [
        # what the model may add as a date must be shaped as one
        ("4. Date of birth: 4/11/1999   5. Age: 94", "5", False),
        ("CARDIAC REHAB SESSION LOG   session 6/36", "6/36", False),
        ("1  Nguyen,Pilar 01.04.1955 78211582 7.2   Y", "78211582", False),
        ("CoaguChek strip lot 202611A19.  Pt age 94", "202611A19", False),
        ("Seen 13:14 here", "13:14", False),
        ("Form CMS-1500 (02/12)", "02/12", True),
        ("Dx 03/2014 confirmed", "03/2014", True),
        ("Seen 12MAR2024 here", "12MAR2024", True),
        ("Seen 20240305 here", "20240305", True),
        ("Seen 2024-03-05T10:12Z here", "2024-03-05T10:12Z", True),
        # a day's number beside a month's word in any language (the model scores no lower-case word), its year
        ("Diktat vom 12 czerwca 2026  Diktierer", "12", True),
        ("Diktat vom 12 czerwca 2026  Diktierer", "2026", True),
        ("nurse note (aug 1): came in", "1", True),
        ("Recert Jan. 26, 2026 (online)", "26, 2026", True),
        # an OCR'd date's letters for digits
        ("D0B O6/17/19G0   MRN 70S499GS", "O6/17/19G0", True),
        ("Adrnit date 1l-30-2O22\nAdress", "1l-30-2O22", True),
        # other scripts, spaced numbers, a day between short words, a Roman month (a review's cases)
        ("Admitted 2024年3月5日 for pneumonia.", "2024年3月5日", True),
        ("Seen 03 / 05 / 2024 here", "03 / 05 / 2024", True),
        ("Seen 2024 03 05 here", "2024 03 05", True),
        ("visto el 3 de marzo", "3", True),
        ("collected 12.III.2024 at the field site", "12.III.2024", True),
    ],
)
def test_a_date_the_model_adds_must_be_shaped_as_one(text: str, span: str, kept: bool) -> None:
    start = text.index(span)
    finding = PhiFinding(T.DATE, start, start + len(span), span, 0.5, "model")
    assert plausible(text, finding) is kept


@pytest.mark.parametrize("span", ["FY2024", "2024-W10", "2024-Q3"])
def test_a_fiscal_year_or_a_week_is_neither_a_date_nor_a_code(span: str) -> None:
    text = f"Report for {span} filed"
    start = text.index(span)
    assert guarded(text, PhiFinding(T.DATE, start, start + len(span), span, 0.5, "model")) is None


def test_a_code_the_model_calls_a_date_is_kept_as_an_id() -> None:
    text = "1  Nguyen,Pilar 01.04.1955 78211582 7.2   Y"
    start = text.index("78211582")
    kept = guarded(text, PhiFinding(T.DATE, start, start + 8, "78211582", 0.5, "model"))
    assert kept is not None and kept.type is T.OTHER_ID


def test_a_face_sheets_code_is_no_photo() -> None:
    text = "Facesheet PH-998877 printed for the transfer packet."
    start = text.index("PH-")
    assert guarded(text, PhiFinding(T.PHOTO, start, start + 9, "PH-998877", 0.5, "model")) is None


def test_a_stock_lots_number_is_no_zip() -> None:
    # the A-0 classifier reads five digits after "lot" as a ZIP; the guard's code words turn it away
    text = "QC lot 55102 on Sysmex XN-1000; Level 2 control 44719 in range."
    assert [value for kind, value in found(text) if kind is T.LOCATION] == []
