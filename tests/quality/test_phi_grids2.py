"""PHI format grids, round 10: the Safe Harbor kinds round 9 left (photos, biometrics, devices, other
ids, health plans, accounts, ages over 89, vehicles, places, names without a cue word), written
from the spec's wording and the registers' formats, not from any planted set. Each value sits once
in running text and once after a label; look-alikes (eponyms, brands, roles, units, scores, rooms,
billing and lab codes, medication lots, bare model numbers) must not fire. A case passes only when
every character of the value (spaces and dashes aside) lies inside a finding of the right kind."""

from __future__ import annotations

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


def _labelled(
    phi_type: PhiType, labels: list[str], values: list[str], running: str, field: str
) -> list[ParameterSet]:
    """Each label with a value (cycling through ``values``) in a sentence and as a field."""
    cases = []
    for i, label in enumerate(labels):
        value = values[i % len(values)]
        cases.append(
            pytest.param(running.format(l=label, v=value), phi_type, value, id=f"text:{label}:{value}")
        )
        cases.append(
            pytest.param(field.format(l=label, v=value), phi_type, value, id=f"label:{label}:{value}")
        )
    return cases


# --- photos (Q) ----------------------------------------------------------------------------------

_PHOTO_LABELS = [
    "Photo",
    "Photograph",
    "Picture",
    "Image",
    "Headshot",
    "Portrait",
    "Face photo",
    "Facial photograph",
    "Selfie",
    "Mugshot",
    "Booking photo",
    "ID badge photo",
    "Photo ID",
    "Wristband photo",
]
_PHOTO_VALUES = ["IMG_4471.jpg", "PH-2024-118830", "face_0932.png", "P4471208", "headshot-88120.heic"]
_PHOTO_FILES = ["IMG_4471.JPG", "DSC04471.jpg", "PXL_20240307_141233.jpg", "pt_face_4471.png", "4471208.dcm"]


def _photo_cases() -> list[ParameterSet]:
    cases = _labelled(
        T.PHOTO, _PHOTO_LABELS, _PHOTO_VALUES, "{l} {v} added to the chart.", "{l}: {v}\nTaken by: admitting"
    )
    for value in _PHOTO_FILES:
        cases.append(pytest.param(f"Uploaded {value} to the media tab.", T.PHOTO, value, id=f"file:{value}"))
    return cases


PHOTO_LOOK_ALIKES = [
    "Photo of the wound taken for the record.",
    "Image quality limited by motion.",
    "Picture of health, per her daughter.",
    "Portrait orientation on the monitor.",
    "Chest X-ray image reviewed: no consolidation.",
    "Photosensitivity with doxycycline.",
    "Photo ID checked at registration.",
]


# --- biometrics (P) ------------------------------------------------------------------------------

_BIOMETRIC_LABELS = [
    "Fingerprint",
    "Fingerprint template",
    "Thumbprint",
    "Palm print",
    "Palm vein scan",
    "Iris scan",
    "Iris template",
    "Retina scan",
    "Voiceprint",
    "Voice ID",
    "Face template",
    "Facial recognition template",
    "Gait signature",
    "Hand geometry",
    "Fingerprint enrolment",
    "Biometric ID",
    "Voice sample",
]
_BIOMETRIC_VALUES = ["FP-448120", "BIO-2024-7781", "IR88120443", "VP-0019283", "TPL-55812"]

BIOMETRIC_LOOK_ALIKES = [
    "Fingerprint-like whorls on the rash.",
    "Iris is round and reactive.",
    "Retina exam showed no hemorrhage.",
    "Voice hoarse since extubation.",
    "Gait steady with a walker.",
    "Palm with a 2 cm laceration.",
    "Biometric screening: BMI 31, BP 128/80.",
]


# --- devices (M) ---------------------------------------------------------------------------------

_DEVICE_LABELS = [
    "Serial",
    "Serial number",
    "Serial #",
    "S/N",
    "SN",
    "UDI",
    "IMEI",
    "MAC address",
    "Asset tag",
    "Pump serial",
    "Pacemaker serial",
    "ICD serial",
    "CGM transmitter ID",
    "Hearing aid serial",
    "Cochlear processor serial",
    "CPAP serial",
    "Wheelchair serial",
    "Device ID",
]
_DEVICE_VALUES = {
    "IMEI": "356938035643809",
    "MAC address": "00:1A:2B:3C:4D:5E",
    "UDI": "(01)00884521123456(21)PJN4471208",
}
_DEVICE_FORMATS = ["PJN4471208", "SN-88120443", "4471208AB", "RZX 448120"]


def _device_cases() -> list[ParameterSet]:
    cases = []
    for i, label in enumerate(_DEVICE_LABELS):
        value = _DEVICE_VALUES.get(label, _DEVICE_FORMATS[i % len(_DEVICE_FORMATS)])
        cases.append(
            pytest.param(
                f"Interrogated; {label} {value} noted.", T.DEVICE_ID, value, id=f"text:{label}:{value}"
            )
        )
        cases.append(
            pytest.param(
                f"{label}: {value}\nImplanted: 2019", T.DEVICE_ID, value, id=f"label:{label}:{value}"
            )
        )
    for device in ("Medtronic pacemaker", "Dexcom G7 sensor", "ResMed AirSense 11", "Phonak hearing aid"):
        value = "PJN4471208"
        cases.append(
            pytest.param(
                f"{device}, serial {value}, checked.", T.DEVICE_ID, value, id=f"model+serial:{device}"
            )
        )
    return cases


DEVICE_LOOK_ALIKES = [
    "Pacemaker model Azure XT DR MRI placed in 2019.",
    "Dexcom G7 sensor applied to the left arm.",
    "ResMed AirSense 11 at 8 cm H2O.",
    "Serial troponins flat at 0.01.",
    "Serial exams every 4 hours.",
    "Heparin lot 240307A from pharmacy.",
    "Insulin pump basal 0.8 units/h.",
]


# --- other identifiers (R) -----------------------------------------------------------------------

_OTHER_LABELS = [
    "Case number",
    "Incident number",
    "Docket no.",
    "Inmate number",
    "Booking number",
    "DOC #",
    "Employee ID",
    "Badge number",
    "Student ID",
    "Study ID",
    "Subject ID",
    "Participant ID",
    "Enrollment ID",
    "Specimen ID",
    "Accession number",
    "Requisition number",
    # (an order number is an order's, not the patient's: test_phi_shapes keeps "order # 55123" out)
    "Ticket number",
    "Reference number",
    "Confirmation number",
    "Tracking number",
    "Authorization number",
    "Voucher number",
    "Passport number",
    "Visa number",
    "Alien number",
    "A-number",
    "Green card number",
    "Military service number",
    "DoD ID",
    "EDIPI",
]
_OTHER_VALUES = ["CR-2024-004471", "448812077", "INC4471208", "ST-08812", "Q7712208"]
# accession and specimen numbers are record numbers where the rules file them so: either kind counts
_OTHER_OR_MRN = {"Specimen ID", "Accession number"}


def _other_cases() -> list[ParameterSet]:
    cases = []
    for i, label in enumerate(_OTHER_LABELS):
        value = _OTHER_VALUES[i % len(_OTHER_VALUES)]
        for kind, text in (
            ("text", f"Per the form, {label} {value} was recorded."),
            ("label", f"{label}: {value}\nContact: front desk"),
        ):
            cases.append(pytest.param(text, label in _OTHER_OR_MRN, value, id=f"{kind}:{label}:{value}"))
    return cases


OTHER_LOOK_ALIKES = [
    "Case discussed at tumor board.",
    "Order set for sepsis used.",
    "Reference range 3.5-5.0.",
    "Study showed no acute findings.",
    "Ticket to ride the shuttle provided.",
    "Tracking her weight daily.",
    "CPT 99223 billed; ICD-10 J18.9.",
    "LOINC 2345-7 glucose resulted.",
    "NDC 0002-8215-01 dispensed.",
]


# --- health plans (I) ----------------------------------------------------------------------------

_PLAN_LABELS = [
    "Member ID",
    "Member #",
    "Subscriber ID",
    "Subscriber number",
    "Beneficiary ID",
    "Policy number",
    "Policy #",
    "Group number",
    "Plan ID",
    "MBI",
    "Medicare number",
    "HICN",
    "Medicaid ID",
    "Medicaid CIN",
    "RxGroup",
    "Insurance ID",
    "Número de afiliado",
    "N° de sécurité sociale assurance maladie",
    "Versichertennummer",
]
_PLAN_VALUES = {"MBI": "1EG4-TE5-MK73", "Medicare number": "1EG4TE5MK73", "HICN": "123456789A"}
_PLAN_FORMATS = ["XEH448120443", "W4471208801", "GRP-004471", "ZX88120443"]


def _plan_cases() -> list[ParameterSet]:
    cases = []
    for i, label in enumerate(_PLAN_LABELS):
        value = _PLAN_VALUES.get(label, _PLAN_FORMATS[i % len(_PLAN_FORMATS)])
        cases.append(
            pytest.param(
                f"Verified {label} {value} with the payer.",
                T.HEALTH_PLAN_ID,
                value,
                id=f"text:{label}:{value}",
            )
        )
        cases.append(
            pytest.param(
                f"{label}: {value}\nCopay: $20", T.HEALTH_PLAN_ID, value, id=f"label:{label}:{value}"
            )
        )
    return cases


PLAN_LOOK_ALIKES = [
    "Member of the church choir.",
    "Plan: continue lisinopril 10 mg.",
    "Group therapy twice a week.",
    "Policy reviewed with the family.",
    "BIN 610014 is the pharmacy's processor.",
]


# --- accounts (J) --------------------------------------------------------------------------------

_ACCOUNT_LABELS = [
    "Account",
    "Account number",
    "Acct #",
    "A/C",
    "FIN",
    "Encounter number",
    "Visit number",
    "Billing number",
    "Invoice #",
    "Statement number",
    "Claim number",
    "Guarantor account",
    "Guarantor #",
]
_ACCOUNT_VALUES = ["4471208801", "ACC-00448120", "HAR 88120443", "V000447120"]

ACCOUNT_LOOK_ALIKES = [
    "Account for the fall: tripped on a rug.",
    "Takes into account her renal function.",
    "Claims no alcohol use.",
    "Visit number 3 this month.",
    "Encounter for screening, Z13.1.",
]


# --- ages over 89 (C) ----------------------------------------------------------------------------

# only the number is gold (the planted sets' convention): "94" of "94-year-old"
_AGES = [
    ("A 94-year-old woman with CHF.", "94"),
    ("A 92 year old man with CHF.", "92"),
    ("Patient is 91 yo with CHF.", "91"),
    ("Patient is 93 y/o, lives alone.", "93"),
    ("Aged 96, lives alone.", "96"),
    ("Age: 97\nSex: F", "97"),
    ("She is ninety-four years old.", "ninety-four"),
    ("Widow, now ninety-two, with CHF.", "ninety-two"),
    ("He turned 100 last week.", "100"),
    ("A 95-year-old with CHF.", "95"),
    ("Paciente de 94 años con ICC.", "94"),
    ("Patiente de 94 ans, ICC.", "94"),
    ("Patientin, 94 Jahre, mit Herzinsuffizienz.", "94"),
    ("91F with CHF.", "91"),
    ("Age 102.", "102"),
    # a decade over 89 is an age over 89 (Safe Harbor aggregates them all into "90 or older")
    ("Lives alone in her 90s.", "90"),
]

AGE_LOOK_ALIKES = [
    "A 74-year-old woman with CHF.",
    "SpO2 94% on room air.",
    "HR 96, RR 18.",
    "Glucose 98 mg/dL.",
    "Weight 92 kg.",
    "Took 90 minutes to wean.",
]


# --- vehicles (L) --------------------------------------------------------------------------------

_VEHICLES = [
    ("Car in the lot, plate {v}.", "TX ABC-1234"),
    ("License plate {v} on the ambulance call sheet.", "7XYZ448"),
    ("Plate #: {v}\nColour: blue", "ABC 1234"),
    ("Parking tag {v} left at the desk.", "JKL-4471"),
    ("Matrícula {v} del vehículo.", "4471 BCD"),
    ("Kennzeichen {v} am Unfallwagen.", "B-AB 4471"),
    ("VIN {v} on the police report.", "1HGCM82633A004352"),
    ("The report lists car 1HGCM82633A004352 as hers.", "1HGCM82633A004352"),
    ("Drove a sedan, plate CA {v}.", "8ABC123"),
]

VEHICLE_LOOK_ALIKES = [
    "Tag the line with the date.",
    "Plate count 245.",
    "Hemoglobin A1c 7.2.",
    "HbA1c 6.8 % in March.",
]


# --- places (B) ----------------------------------------------------------------------------------

_PLACES = [
    "44 Alder Rd",
    "1200 Ridgeview Blvd",
    "87 Larch Ln",
    "305 Quarry Hwy",
    "12 Heron Ct",
    "990 Mill Pkwy",
    "18 Birch Ter",
    "71 Orchard Cir",
    "4471 County Road 12",
    "PO Box 4471",
    "P.O. Box 88",
    "RR 2 Box 44",
    "Rural Route 3",
    "12 Heron Ct Apt 4B",
    "990 Mill Pkwy Suite 210",
    "Lot 44, Pine Acres",
    "Harlan County",
    "Tangipahoa Parish",
    "Calle Mayor 12",
    "12 rue des Lilas",
    "Lindenstraße 44",
]
_INTERSECTIONS = [
    ("Lives at the corner of {v}.", "Main St and 5th Ave"),
    ("Found near {v} by EMS.", "Alder Rd and Pine St"),
    ("At the corner of {v}, a fall.", "Oak Street & Elm Avenue"),
]
_ZIPS = [("Mail to Box 12, Brandon, MS {v}.", "39042"), ("ZIP: {v}\n", "39042-4471")]

LOCATION_LOOK_ALIKES = [
    "Room 44, bed 2.",
    # A street's type alone is no place ("Mill Pkwy", a street's name, is one: i2b2 labels it a street, and
    # the classifier finds it).
    "Pkwy is an abbreviation, not a drug.",
    "The Blvd entrance is closed.",
    "Court ordered evaluation.",
    "Lot 240307A of heparin.",
    "Suite of tests ordered.",
    "Seen by Dr. Ruiz and Dr. Okafor on rounds.",
    "Follow up at the corner clinic on Main.",
]


# --- names without a cue word (A) ----------------------------------------------------------------

_NAMES = [
    ("Her son, {v}, called at noon.", "Tomasz Wrobel"),
    (
        "Spoke with {v} about the discharge plan.",
        "Xing",
    ),  # a given name, though "Xing" abbreviates a crossing
    ("Visited by {v} this afternoon.", "Aroha Ngata"),
    ("Spoke to {v} about the plan.", "Dmitri Volkov"),
    ("Plan per Dr. {v}.", "Okafor"),  # the honorific stays outside, as in the planted sets
    ("cc: {v}\n", "Lucía Ferreira"),
    ("Note signed — {v}, RN", "J. Okafor"),
    ("He is called {v} by the family.", "Babajide"),
    ("With her son {v} at the bedside.", "Kwame Mensah"),
    ("Discussed with {v}, the daughter.", "Ingrid Solberg"),
]

NAME_LOOK_ALIKES = [
    "Positive Murphy sign.",
    "Pkwy is an abbreviation, not a drug.",  # a street's type: no list explains it, and it is nobody's name
    "The Blvd entrance is closed.",
    "Parkinson disease, on carbidopa.",
    "Spoke to the charge nurse.",
    "Per cardiology, continue Eliquis.",
    "cc: primary care, cardiology",
    "Babinski sign negative.",
    "Reviewed by pharmacy (PharmD) today.",
    "Seen with the PharmD and the RN.",
]


GRID = (
    _photo_cases()
    + _labelled(
        T.BIOMETRIC,
        _BIOMETRIC_LABELS,
        _BIOMETRIC_VALUES,
        "{l} {v} captured at intake.",
        "{l}: {v}\nCaptured: admitting",
    )
    + _device_cases()
    + _plan_cases()
    + _labelled(
        T.ACCOUNT,
        _ACCOUNT_LABELS,
        _ACCOUNT_VALUES,
        "Billing used {l} {v} for the stay.",
        "{l}: {v}\nPayer: self",
    )
    + [pytest.param(t, T.AGE, v, id=f"age:{t}") for t, v in _AGES]
    + [pytest.param(t.format(v=v), T.VEHICLE_ID, v, id=f"vehicle:{v}") for t, v in _VEHICLES]
    + [pytest.param(f"Lives at {v} with her sister.", T.LOCATION, v, id=f"text:{v}") for v in _PLACES]
    + [pytest.param(t.format(v=v), T.LOCATION, v, id=f"zip:{v}") for t, v in _ZIPS]
    + [pytest.param(t.format(v=v), T.LOCATION, v, id=f"corner:{v}") for t, v in _INTERSECTIONS]
    + [pytest.param(t.format(v=v), T.NAME, v, id=f"name:{v}") for t, v in _NAMES]
)


@pytest.mark.parametrize(("text", "phi_type", "value"), GRID)
def test_grid(text: str, phi_type: PhiType, value: str) -> None:
    assert _covered(text, phi_type, value), [(f.type, f.text) for f in scan(text)]


@pytest.mark.parametrize(("text", "or_mrn", "value"), _other_cases())
def test_other_id_grid(text: str, or_mrn: bool, value: str) -> None:
    kinds = [T.OTHER_ID, T.MRN] if or_mrn else [T.OTHER_ID]
    assert any(_covered(text, k, value) for k in kinds), [(f.type, f.text) for f in scan(text)]


LOOK_ALIKES = [
    *[(t, T.PHOTO) for t in PHOTO_LOOK_ALIKES],
    *[(t, T.BIOMETRIC) for t in BIOMETRIC_LOOK_ALIKES],
    *[(t, T.DEVICE_ID) for t in DEVICE_LOOK_ALIKES],
    *[(t, T.OTHER_ID) for t in OTHER_LOOK_ALIKES],
    *[(t, T.HEALTH_PLAN_ID) for t in PLAN_LOOK_ALIKES],
    *[(t, T.ACCOUNT) for t in ACCOUNT_LOOK_ALIKES],
    *[(t, T.AGE) for t in AGE_LOOK_ALIKES],
    *[(t, T.VEHICLE_ID) for t in VEHICLE_LOOK_ALIKES],
    *[(t, T.LOCATION) for t in LOCATION_LOOK_ALIKES],
    *[(t, T.NAME) for t in NAME_LOOK_ALIKES],
]


@pytest.mark.parametrize(("text", "phi_type"), LOOK_ALIKES)
def test_look_alikes_do_not_fire(text: str, phi_type: PhiType) -> None:
    assert [f.text for f in scan(text) if f.type is phi_type] == []
