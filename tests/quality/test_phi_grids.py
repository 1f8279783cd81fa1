"""PHI format grids written from the Safe Harbor list, not from any planted set: every date form
(numeric orders and separators, month names in five languages, ordinals, weekdays, date-times,
ranges, month and year, day and month), licence and certificate labels, record-number labels,
phones, faxes and SSNs in their separators. Each value sits once in running text and once after a
label; look-alikes (doses, vitals, scores, versions, rooms) must not fire. A case passes only when
every character of the value (spaces and dashes aside) lies inside a finding of the right kind."""

from __future__ import annotations

import itertools

import pytest
from _pytest.mark import ParameterSet

from mediflow.quality.phi import PhiType, scan

T = PhiType


def _covered(text: str, phi_type: PhiType, value: str) -> bool:
    start = text.index(value)
    spans = [(f.start, f.end) for f in scan(text) if f.type is phi_type]
    return all(
        any(s <= i < e for s, e in spans) for i in range(start, start + len(value)) if text[i] not in " \t-–"
    )


# --- dates ---------------------------------------------------------------------------------------

_DATE_RUNNING = "Cellulitis started {v} and improved on cephalexin."
_DATE_LABEL = "Admission date: {v}\nReason: cellulitis"


def _numeric_dates() -> list[str]:
    """Day 7 of March 2024 in every order, separator and width a note writes."""
    values = []
    for order, sep, d2, m2, y4 in itertools.product(
        ("DMY", "MDY", "YMD"), ("/", "-", ".", " ", ""), (False, True), (False, True), (False, True)
    ):
        day, month, year = ("07" if d2 else "7"), ("03" if m2 else "3"), ("2024" if y4 else "24")
        if sep in (" ", "") and not (d2 and m2 and y4):
            continue  # "7 3 24", "7324": no writer's date
        if order == "YMD" and not y4 and not (d2 and m2):
            continue  # "24-3-7" reads as a range or a code
        parts = {"DMY": (day, month, year), "MDY": (month, day, year), "YMD": (year, month, day)}[order]
        values.append(sep.join(parts))
    return values


_MONTHS = ("March", "Mar", "MARCH", "MAR", "march", "Mar.", "Sept.", "SEPT", "Sept", "sept", "Oct", "oct.")
_WORD_MONTHS = {"march", "mar", "may"}  # lower case, these are English words: only with a year


def _named_dates() -> list[str]:
    values = []
    for month in _MONTHS:
        values += [f"{month} 7, 2024", f"{month} 7 2024", f"7 {month} 2024", f"{month} 2024", f"{month} '24"]
        if month.rstrip(".").lower() not in _WORD_MONTHS:
            values += [f"{month} 7", f"7 {month}"]
        if month.isupper() or month.istitle():
            values += [f"7-{month.rstrip('.')}-2024", f"{month.rstrip('.')}-07-2024"]
        if month.isupper():
            values.append(f"07{month}2024")
    return values


_OTHER_DATES = [
    # ordinals
    "March 1st",
    "March 22nd, 2024",
    "22nd March 2024",
    "22nd of March",
    "the 3rd of March",
    "3rd March",
    "March the 3rd",
    "Oct. 21st",
    # date-times, one span
    "3/4/24 0930",
    "2024-03-04T09:30",
    "2024-03-04T09:30:00Z",
    "03/04/2024 @ 14:05",
    "3/4/2024 09:30",
    "2024-03-04 09:30:00",
    "04-Mar-2024 14:05",
    "March 4, 2024 at 2:05 PM",
    # ranges: both ends
    "3/4–3/9",
    "3/4-3/9/24",
    "March 4-9",
    "March 4–9, 2024",
    "4-9 March 2024",
    # month and year, day and month
    "03/2024",
    "3/2024",
    "2024-03",
    "4 Mar",
    "Mar 4",
    "04 MAR",
]

# after a weekday (the weekday stays outside the span, as a label does)
_WEEKDAYS = [
    ("Tue", "3/4"),
    ("Tuesday,", "March 4"),
    ("Tues.", "3/4/24"),
    ("Tuesday", "4 March 2024"),
    ("Tue,", "04 Mar 2024"),
    ("SAT", "3/8"),
]

_FOREIGN = [
    ("Ingresó el {v} por neumonía.", "Fecha de ingreso: {v}\n", "4 de marzo de 2024"),
    ("Ingresó el {v} por neumonía.", "Fecha de ingreso: {v}\n", "4 de marzo"),
    ("Ingresó el {v} por neumonía.", "Fecha de ingreso: {v}\n", "04-mar-2024"),
    ("Ingresó el {v} por neumonía.", "Fecha de ingreso: {v}\n", "1º de septiembre de 2023"),
    ("Ingresó el {v} por neumonía.", "Fecha de ingreso: {v}\n", "marzo de 2024"),
    ("Hospitalisé le {v} pour pneumonie.", "Date d'admission : {v}\n", "4 mars 2024"),
    ("Hospitalisé le {v} pour pneumonie.", "Date d'admission : {v}\n", "1er avril 2024"),
    ("Hospitalisé le {v} pour pneumonie.", "Date d'admission : {v}\n", "4 févr. 2024"),
    ("Hospitalisé le {v} pour pneumonie.", "Date d'admission : {v}\n", "4 juillet"),
    ("Aufgenommen am {v} wegen Pneumonie.", "Aufnahmedatum: {v}\n", "4. März 2024"),
    ("Aufgenommen am {v} wegen Pneumonie.", "Aufnahmedatum: {v}\n", "4. Mär. 2024"),
    ("Aufgenommen am {v} wegen Pneumonie.", "Aufnahmedatum: {v}\n", "4. März"),
    ("Aufgenommen am {v} wegen Pneumonie.", "Aufnahmedatum: {v}\n", "04.03."),
    ("Aufgenommen am {v} wegen Pneumonie.", "Aufnahmedatum: {v}\n", "Dezember 2023"),
    ("Internado em {v} por pneumonia.", "Data de internação: {v}\n", "4 de março de 2024"),
    ("Internado em {v} por pneumonia.", "Data de internação: {v}\n", "4 de mar. de 2024"),
    ("Internado em {v} por pneumonia.", "Data de internação: {v}\n", "4 de dezembro"),
    ("Ricoverato il {v} per polmonite.", "Data di ricovero: {v}\n", "4 marzo 2024"),
    ("Ricoverato il {v} per polmonite.", "Data di ricovero: {v}\n", "1° aprile 2024"),
    ("Ricoverato il {v} per polmonite.", "Data di ricovero: {v}\n", "4 giugno"),
]

_DATE_TEXTS = (
    [
        (template.format(v=value), value, f"{kind}:{value}")
        for value in [*_numeric_dates(), *_named_dates(), *_OTHER_DATES]
        for kind, template in (("text", _DATE_RUNNING), ("label", _DATE_LABEL))
    ]
    + [
        (template.format(v=f"{weekday} {value}"), value, f"{kind}:{weekday} {value}")
        for weekday, value in _WEEKDAYS
        for kind, template in (("text", _DATE_RUNNING), ("label", _DATE_LABEL))
    ]
    + [
        (template.format(v=value), value, f"{kind}:{value}")
        for running, label, value in _FOREIGN
        for kind, template in (("text", running), ("label", label))
    ]
)
DATE_CASES = [pytest.param(text, value, id=case_id) for text, value, case_id in _DATE_TEXTS]


def _date_parts(value: str) -> list[str]:
    """A range's two ends are checked one by one; anything else as a whole."""
    for dash in ("–", "-"):
        left, _, right = value.partition(dash)
        if right and left[-1:].isdigit() and right[:1].isdigit() and "/" in left + right:
            return [left, right]
    return [value]


@pytest.mark.parametrize(("text", "value"), DATE_CASES)
def test_date_grid(text: str, value: str) -> None:
    assert _covered(text, T.DATE, value), [(f.type, f.text) for f in scan(text)]


DATE_LOOK_ALIKES = [
    # a screen's score, a survey's rating, a quiz's mark, packs a day (2026-12-03)
    "AUDIT-C 3/12, PHQ-2 negative.",
    "Scoring: 5/5 = Delayed.",
    "Would recommend: 4/5.",
    "Comprehension quiz 9/10 passed.",
    "Smokes 1/2 ppd, trying to quit.",
    "Take 3/4 tab by mouth daily.",
    "Take 1/2 tablet at bedtime.",
    "BP 120/80, HR 72.",
    "BP 128/84 sitting, 118/76 standing.",
    "Dilute 1:2 with saline.",
    "Ratio 3:1 on the vent.",
    "Updated the pump app to v2.3.1 overnight.",
    "Firmware 4.10.2 installed.",
    "Meds given at 09:30 and 14:05.",
    "Diagnosed in 2019, stable since.",
    "Strength 4/5 in the left arm.",
    # "from 9/10" is September 10 as written; only the pain score before says otherwise
    pytest.param(
        "Pain 7/10, improved from 9/10.",
        marks=pytest.mark.xfail(strict=True, reason="a score after a date cue reads as a day and month"),
    ),
    "Uses the inhaler 2-3 times a day.",
    "Moved to room 3-12 on the ward.",
    "Vial lot 240307 used for the flush.",
    "Grade 2/6 systolic murmur.",
    "PHQ-9 score 12/27.",
    "Apgars 8/9.",
    "Lesion 3.5 x 2.1 cm.",
    "Hgb 10.2, plt 245.",
    "Wean FiO2 by 5-10 each hour.",
    "Walks 2-3 blocks before dyspnea.",
    "GCS 15, pupils 3-4 mm.",
    "Smoked 1-2 packs a day for 20 years.",
    "She may 4x daily walk the hall.",
]


@pytest.mark.parametrize("text", DATE_LOOK_ALIKES)
def test_date_look_alikes_do_not_fire(text: str) -> None:
    assert [f.text for f in scan(text) if f.type is T.DATE] == []


# --- licences and certificates -------------------------------------------------------------------

_LICENSE_LABELS = [
    "License",
    "Licence",
    "Lic",
    "Lic#",
    "Lic. No.",
    "License number",
    "Cert",
    "Certificate",
    "Certification #",
    "Registration",
    "Reg. No.",
    "Board cert",
    "Permit",
    "CAQH",
    "DEA",
    "NPI",
    "UPIN",
    "DL",
    "CDL",
    "Driver's license",
    "Licencia",
    "Número de licencia",
    "Cédula profesional",
    "N° de licence",
    "Numéro RPPS",
    "Lizenz-Nr.",
    "Approbationsnummer",
    "Führerschein-Nr.",
]
# a value shaped as each label's register writes it
_LICENSE_VALUES = {
    "NPI": "1447120988",
    "DEA": "BQ4471208",
    "CAQH": "14471208",
    "UPIN": "Q44712",
    "Numéro RPPS": "10101447120",
}
_LICENSE_FORMATS = ["G4471208", "MD-12345", "RN 1234567", "PA-C 44321", "44-71208", "A12-4471"]


def _license_cases() -> list[ParameterSet]:
    cases = []
    for label in _LICENSE_LABELS:
        values = [_LICENSE_VALUES[label]] if label in _LICENSE_VALUES else _LICENSE_FORMATS[:3]
        for value in values:
            cases.append(
                pytest.param(
                    f"Verified the prescriber's {label} {value} today.", value, id=f"text:{label}:{value}"
                )
            )
            cases.append(
                pytest.param(
                    f"{label}: {value}\nSpecialty: family medicine", value, id=f"label:{label}:{value}"
                )
            )
    for value in _LICENSE_FORMATS:
        cases.append(pytest.param(f"State license {value} verified.", value, id=f"format:{value}"))
    return cases


@pytest.mark.parametrize(("text", "value"), _license_cases())
def test_license_grid(text: str, value: str) -> None:
    assert _covered(text, T.LICENSE, value), [(f.type, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Passport 571128840 seen at intake.", "571128840"),
        ("Passport no.: X44712088\nNationality: CA", "X44712088"),
        ("Pasaporte: X44712088\n", "X44712088"),
        # a vaccination certificate is no licence
        ("Yellow fever shot given, ICVP cert #QZ7712208 issued.", "QZ7712208"),
    ],
)
def test_passports_and_vaccine_certificates_are_other_ids(text: str, value: str) -> None:
    assert _covered(text, T.OTHER_ID, value), [(f.type, f.text) for f in scan(text)]


LICENSE_LOOK_ALIKES = [
    "RN 2 on the unit tonight.",
    "MD 5 mg dose reviewed with the team.",
    "License renewal due in 30 days.",
    "Registration took 15 minutes.",
    "DEA schedule II controlled substance.",
    "NPI pending for the new fellow.",
    "Board certified in 2015.",
    "Permit 2 visitors at a time.",
    "Certification course on 12 lead ECGs.",
    "PA-C 2 patients ahead of you.",
]


@pytest.mark.parametrize("text", LICENSE_LOOK_ALIKES)
def test_license_look_alikes_do_not_fire(text: str) -> None:
    assert [f.text for f in scan(text) if f.type is T.LICENSE] == []


# --- record numbers ------------------------------------------------------------------------------

_MRN_LABELS = [
    "MRN",
    "MRN#",
    "MR#",
    "MR No.",
    "Med Rec No.",
    "Medical record number",
    "Medical Record #",
    "Chart",
    "Chart #",
    "Chart No.",
    "Hospital number",
    "Hosp No",
    "Unit number",
    "Unit No.",
    "Patient ID",
    "Pt ID",
    "PID",
    "EMPI",
    "Nº historia",
    "N.º de historia clínica",
    "Historia clínica",
    "Dossier",
    "N° de dossier",
    "Patienten-Nr",
    "Patientennummer",
    "Prontuário",
    "Cartella clinica",
]
_MRN_FORMATS = ["4471208", "MR-4471208", "QA4471208", "447 1208", "AB-44-7120", "00044712"]


def _mrn_cases() -> list[ParameterSet]:
    cases = []
    for label, value in zip(_MRN_LABELS, itertools.cycle(_MRN_FORMATS), strict=False):
        cases.append(
            pytest.param(f"Reviewed {label} {value} before rounds.", value, id=f"text:{label}:{value}")
        )
        cases.append(pytest.param(f"{label}: {value}\nWard: 4 West", value, id=f"label:{label}:{value}"))
    for value in _MRN_FORMATS:
        cases.append(pytest.param(f"MRN {value} on the wristband.", value, id=f"format:{value}"))
    return cases


@pytest.mark.parametrize(("text", "value"), _mrn_cases())
def test_mrn_grid(text: str, value: str) -> None:
    assert _covered(text, T.MRN, value), [(f.type, f.text) for f in scan(text)]


MRN_LOOK_ALIKES = [
    "Chart 2 reviewed; unit 4 full.",
    "Unit number 3 is closed for cleaning.",
    "Patient ID band checked twice.",
    "Dossier complet envoyé au médecin.",
]


@pytest.mark.parametrize("text", MRN_LOOK_ALIKES)
def test_mrn_look_alikes_do_not_fire(text: str) -> None:
    assert [f.text for f in scan(text) if f.type is T.MRN] == []


# --- phones, faxes, SSNs -------------------------------------------------------------------------

_PHONES = [
    "312-555-0142",
    "(312) 555-0142",
    "(312)555-0142",
    "312.555.0142",
    "312 555 0142",
    "3125550142",
    "+1 (312) 555-0142",
    "+1 312 555 0142",
    "+1-312-555-0142",
    "+1.312.555.0142",
    "1-312-555-0142",
    "1 (312) 555-0142",
    "+13125550142",
    "312-555-0142 x204",
    "312-555-0142 ext. 12",
    "(312) 555-0142 ext 12",
    "312.555.0142 x 204",
    "555-0142",
]


def _phone_cases() -> list[ParameterSet]:
    cases = []
    for value in _PHONES:
        cases.append(
            pytest.param(f"Call the daughter at {value} after 5 pm.", T.PHONE, value, id=f"text:{value}")
        )
        cases.append(pytest.param(f"Phone: {value}\nRelation: daughter", T.PHONE, value, id=f"label:{value}"))
        cases.append(pytest.param(f"Fax: {value}\nAttn: records", T.FAX, value, id=f"fax:{value}"))
    return cases


@pytest.mark.parametrize(("text", "phi_type", "value"), _phone_cases())
def test_phone_grid(text: str, phi_type: PhiType, value: str) -> None:
    assert _covered(text, phi_type, value), [(f.type, f.text) for f in scan(text)]


_SSN_LABELS = [
    "SSN",
    "SS#",
    "SS No.",
    "Social Security No.",
    "Social security number",
    "Soc Sec #",
    "Número de Seguro Social",
    "No. de seguro social",
    "Sozialversicherungsnummer",
    "Numéro de sécurité sociale",
    "Número do Seguro Social",
]
_SSNS = ["412-55-7781", "412 55 7781", "412.55.7781", "412557781"]


def _ssn_cases() -> list[ParameterSet]:
    cases = []
    for label, value in itertools.product(_SSN_LABELS, _SSNS):
        cases.append(
            pytest.param(f"{label} {value} given at registration.", value, id=f"text:{label}:{value}")
        )
        cases.append(pytest.param(f"{label}: {value}\nEmployer: none", value, id=f"label:{label}:{value}"))
    return cases


@pytest.mark.parametrize(("text", "value"), _ssn_cases())
def test_ssn_grid(text: str, value: str) -> None:
    assert _covered(text, T.SSN, value), [(f.type, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "date_at"),
    [
        ("Seen 3/12 for follow-up; AUDIT-C 3/12.", 5),
        ("Rating 4/5 from the family; seen again 4/5 in clinic.", 39),
        ("Quit smoking 1/2, now 0 ppd.", 13),
    ],
)
def test_a_date_beside_a_score_word_is_still_a_date(text: str, date_at: int) -> None:
    # the score words (AUDIT-C, rating, ppd) hold only the fraction next to them: the other is a date
    assert [f.start for f in scan(text) if f.type is T.DATE] == [date_at]
