"""Invented identifiers in realistic formats, and clinical filler, for the planted PHI notes."""

from __future__ import annotations

import random
import re
import string
from dataclasses import dataclass
from datetime import date, timedelta

from mediflow.quality.phi_types import PhiType

T = PhiType
# (type, text): a typed value becomes a gold span, an untyped one is ordinary filler.
Value = tuple[PhiType | None, str]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# --- identifier generators (several realistic formats each) ---------------------------------------

FIRST = _words(
    "John Mary Robert Linda Michael Patricia David Jennifer James Elizabeth Carlos María José Ana "
    "Wei Mei Hiroshi Yuki Aisha Omar Fatima Kwame Amara Priya Rahul Olga Dmitri Sean Siobhan Chloé "
    "Zoë Emily Marcus Tyrone Keisha Luis Sofia Ahmed Noah Grace Henrik Ingrid Thanh Minh"
)
LAST = _words(
    "Smith Johnson Williams Brown Jones García Martinez Rodriguez Nguyen Chen Wang Kim Patel Singh "
    "O'Brien McDonald MacLeod Okafor Mensah Kowalski Ivanova Müller Schmidt Rossi Tanaka Yamamoto "
    "Hernandez Lopez Gonzalez Wilson Anderson Thompson Dubois Lefebvre Haddad Khan Cohen Levy "
    "Smith-Jones Fitzgerald Abernathy Castellanos Okonkwo Johansson Lindqvist"
)
PARTICLE_LAST = ("de la Cruz", "van der Berg", "da Silva", "Van Dyke", "von Trapp")
STREETS = _words(
    "Oak Maple Pine Cedar Elm Main Washington Lincoln Park Lake Hill Sunset Riverside Highland "
    "Jefferson Madison Franklin Church Mill Spring Walnut Chestnut Willow Birch Meadow Orchard"
)
SUFFIXES = (
    "Street",
    "St",
    "Avenue",
    "Ave.",
    "Road",
    "Rd",
    "Boulevard",
    "Blvd",
    "Drive",
    "Dr.",
    "Lane",
    "Ln",
    "Way",
    "Court",
    "Ct",
    "Place",
    "Terrace",
    "Circle",
    "Parkway",
    "Highway",
)
CITIES = (
    ("Springfield", "IL"),
    ("Dayton", "OH"),
    ("Austin", "TX"),
    ("Portland", "OR"),
    ("Fresno", "CA"),
    ("Albany", "NY"),
    ("Tampa", "FL"),
    ("Boise", "ID"),
    ("Salem", "MA"),
    ("Des Moines", "IA"),
    ("Santa Fe", "NM"),
    ("Baton Rouge", "LA"),
    ("Ann Arbor", "MI"),
)
UK_ADDRESSES = (
    "221B Baker Street, London NW1 6XE",
    "14 Castle Road, Leeds LS2 7QJ",
    "3 Abbey Close, Bristol BS8 4RT",
)
DOMAINS = ("example.com", "example.org", "mail.example.net", "clinic-example.org", "example.co.uk")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return str((10 - total % 10) % 10)


@dataclass
class Person:
    first: str
    last: str
    middle: str

    def formats(self) -> list[str]:
        return [
            f"{self.first} {self.last}",
            f"{self.first} {self.middle}. {self.last}",
            f"{self.last}, {self.first}",
            f"{self.last.upper()}, {self.first.upper()}",
            f"{self.first} {self.last}",
        ]


def person(rng: random.Random) -> Person:
    last = rng.choice(PARTICLE_LAST) if rng.random() < 0.08 else rng.choice(LAST)
    return Person(rng.choice(FIRST), last, rng.choice(string.ascii_uppercase))


def dob(rng: random.Random, start: date = date(1930, 1, 1), span_days: int = 365 * 80) -> str:
    d = start + timedelta(days=rng.randrange(0, span_days))
    month, abbr = d.strftime("%B"), d.strftime("%b")
    ordinal = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th")
    return rng.choice(
        [
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            d.isoformat(),
            f"{month} {d.day}, {d.year}",
            f"{d.day} {month} {d.year}",
            f"{d.day:02d}-{abbr}-{d.year}",
            f"{abbr}. {d.day}, {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day:02d} {abbr.upper()} {d.year}",
            f"{month} {d.day}{ordinal}, {d.year}",
            f"{d.month}-{d.day}-{d.year}",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
        ]
    )


def phone(rng: random.Random) -> str:
    a, b, c = (
        f"{rng.randint(2, 9)}{_digits(rng, 2)}",
        f"{rng.randint(2, 9)}{_digits(rng, 2)}",
        _digits(rng, 4),
    )
    return rng.choice(
        [
            f"({a}) {b}-{c}",
            f"{a}-{b}-{c}",
            f"{a}.{b}.{c}",
            f"+1 {a} {b} {c}",
            f"1-{a}-{b}-{c}",
            f"{a}-{b}-{c} ext. {rng.randint(10, 999)}",
            f"+44 20 {_digits(rng, 4)} {_digits(rng, 4)}",
            f"({a}) {b}-{c} x{rng.randint(100, 9999)}",
            f"+1-{a}-{b}-{c}",
        ]
    )


def email(rng: random.Random, who: Person) -> str:
    first = who.first.lower().replace("é", "e").replace("ë", "e").replace("í", "i").replace("é", "e")
    last = re.sub(r"[^a-z]", "", who.last.lower().replace("ü", "u").replace("í", "i"))
    local = rng.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}{rng.randint(1, 99)}",
            f"{last}_{first}",
            f"{first}{rng.randint(1950, 2005)}",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def address(rng: random.Random) -> str:
    if rng.random() < 0.1:
        return rng.choice(UK_ADDRESSES)
    city, state = rng.choice(CITIES)
    zip_code = _digits(rng, 5) + (f"-{_digits(rng, 4)}" if rng.random() < 0.2 else "")
    if rng.random() < 0.15:
        return f"PO Box {rng.randint(10, 9999)}, {city}, {state} {zip_code}"
    direction = rng.choice(["", "", "", "N. ", "S ", "West ", "E. "])
    street = f"{rng.randint(1, 9999)} {direction}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}"
    unit = rng.choice(
        [
            "",
            "",
            "",
            f", Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f" Suite {rng.randint(100, 900)}",
            f", Unit {rng.randint(1, 12)}",
        ]
    )
    sep = rng.choice([", ", ", ", "\n"])
    return f"{street}{unit}{sep}{city}, {state} {zip_code}"


def ssn(rng: random.Random) -> str:
    a, b, c = f"{rng.randint(1, 899):03d}", _digits(rng, 2), _digits(rng, 4)
    return rng.choice(
        [f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", "123-45-6789", f"{a}.{b}.{c}"]
    )


def mrn(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 8),
            f"{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"{_letters(rng, 1)}{_digits(rng, 7)}",
            f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"00{_digits(rng, 7)}",
            f"{_letters(rng, 3)}{_digits(rng, 6)}",
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
        ]
    )


def account(rng: random.Random) -> str:
    return rng.choice(
        [
            f"ACCT-{_digits(rng, 8)}",
            f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
            _digits(rng, 10),
            f"{rng.randint(2015, 2025)}-{_digits(rng, 7)}",
            f"E{_digits(rng, 9)}",
            f"V{_digits(rng, 6)}",
        ]
    )


def credit_card(rng: random.Random) -> str:
    body = "4" + _digits(rng, 14)
    num = body + _luhn_digit(body)
    return " ".join(num[i : i + 4] for i in range(0, 16, 4))


def url(rng: random.Random, who: Person) -> str:
    slug = re.sub(r"[^a-z]", "", who.last.lower()) or "family"
    return rng.choice(
        [
            f"https://mychart.{rng.choice(DOMAINS)}/patient/{_digits(rng, 7)}",
            f"http://www.{slug}family.com/blog",
            f"www.{slug}-{_digits(rng, 3)}.org",
            f"https://portal.example.org/records?id={_digits(rng, 6)}&user={slug}",
            f"https://www.facebook.com/{slug}.{who.first.lower()[:3]}{_digits(rng, 2)}",
            f"https://telehealth.example.com/visit/{_letters(rng, 3).lower()}-{_digits(rng, 4)}",
        ]
    )


def ip(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return ".".join(str(rng.randint(1, 254)) for _ in range(4))
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    return rng.choice(
        [":".join(groups), f"2001:db8:{groups[2]}::{groups[7]}", f"fe80::{groups[5]}:{groups[6]}:{groups[7]}"]
    )


def device_id(rng: random.Random) -> tuple[str, str]:
    """(label, value): device identifiers are only identifiable by their label or GS1 shape."""
    return rng.choice(
        [
            ("serial number", f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}"),
            ("S/N:", f"{_digits(rng, 4)}-{_letters(rng, 2)}-{_digits(rng, 2)}"),
            ("SN:", f"{_letters(rng, 3)}{_digits(rng, 5)}"),
            ("UDI", f"(01){_digits(rng, 14)}(17){_digits(rng, 6)}(21){_letters(rng, 2)}{_digits(rng, 4)}"),
            ("IMEI", f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 6)}-{_digits(rng, 1)}"),
            ("MAC address", ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))),
            ("Device ID:", f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}"),
            ("device serial #", f"{_digits(rng, 10)}"),
        ]
    )


def _dea(rng: random.Random) -> str:
    digits = [rng.randint(0, 9) for _ in range(6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    return rng.choice("ABFM") + _letters(rng, 1) + "".join(map(str, digits)) + str(check)


def _npi(rng: random.Random) -> str:
    body = str(rng.randint(1, 2)) + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def license_id(rng: random.Random) -> tuple[str, str]:
    return rng.choice(
        [
            ("Driver's License:", f"{_letters(rng, 1)}{_digits(rng, 7)}"),
            ("DL#", f"{_letters(rng, 1)}{_digits(rng, 7)}"),
            (
                "driver's license number",
                f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            ),
            ("DEA:", _dea(rng)),
            ("DEA #", _dea(rng)),
            ("NPI:", _npi(rng)),
            ("NPI", _npi(rng)),
            ("License No.", f"MD-{_digits(rng, 5)}"),
            ("State license #", f"{_letters(rng, 1)}{_digits(rng, 5)}"),
            ("Medical License:", f"{_letters(rng, 1)}{_digits(rng, 6)}"),
        ]
    )


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    alnum = letters + string.digits
    c = rng.choice
    return (
        f"{rng.randint(1, 9)}{c(letters)}{c(alnum)}{rng.randint(0, 9)}-{c(letters)}{c(alnum)}"
        f"{rng.randint(0, 9)}-{c(letters)}{c(letters)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    )


def health_plan_id(rng: random.Random) -> tuple[str, str]:
    return rng.choice(
        [
            ("Member ID:", f"{_letters(rng, 3)}{_digits(rng, 9)}"),
            ("Medicare MBI:", _mbi(rng)),
            ("Medicare number", _mbi(rng).replace("-", "")),
            ("Policy #:", f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}"),
            ("Medicaid ID", f"{_digits(rng, 8)}{_letters(rng, 1)}"),
            ("Subscriber ID:", f"W{_digits(rng, 9)}"),
            ("Group #:", f"{_digits(rng, 6)}"),
            ("Insurance ID:", f"UHC-{_digits(rng, 5)}-{_digits(rng, 2)}"),
            ("Health plan beneficiary number:", f"{_letters(rng, 2)}{_digits(rng, 8)}"),
        ]
    )


# --- clinical filler (never PHI) ------------------------------------------------------------------

DRUGS = (
    ("metformin", "500 mg PO BID"),
    ("lisinopril", "10 mg PO daily"),
    ("atorvastatin", "40 mg nightly"),
    ("warfarin", "5 mg PO daily"),
    ("insulin glargine", "22 units SC qHS"),
    ("furosemide", "40 mg IV q12h"),
    ("amoxicillin", "875 mg PO q12h x 7 days"),
    ("heparin", "5,000 units SC q8h"),
    ("acetaminophen", "650 mg PO q6h PRN"),
    ("vancomycin", "1.25 g IV q12h"),
    ("apixaban", "5 mg BID"),
)
ICD = ("E11.9", "I10", "I50.22", "J18.9", "N17.9", "K35.80", "C34.11", "Z79.4", "F32.A", "M54.50", "I48.91")
LABS = (
    "Na 138 mmol/L",
    "K 4.1 mmol/L",
    "Cr 1.2 mg/dL",
    "BUN 18 mg/dL",
    "Hgb 11.4 g/dL",
    "WBC 12.3 x10^9/L",
    "Plt 245 K/uL",
    "INR 2.4",
    "HbA1c 8.1%",
    "troponin I 0.04 ng/mL",
    "glucose 182 mg/dL",
    "lactate 2.1 mmol/L",
    "TSH 3.2 mIU/L",
    "BNP 845 pg/mL",
    "ALT 42 U/L",
    "eGFR 58 mL/min/1.73m2",
)


def vitals(rng: random.Random) -> str:
    return (
        f"BP {rng.randint(100, 170)}/{rng.randint(60, 100)}, HR {rng.randint(55, 120)}, RR {rng.randint(12, 24)}, "
        f"T {rng.randint(360, 392) / 10} C, SpO2 {rng.randint(88, 100)}% on RA"
    )


def visit_date(rng: random.Random) -> str:
    d = date(2023, 1, 1) + timedelta(days=rng.randrange(0, 700))
    return rng.choice(
        [
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            d.isoformat(),
            d.strftime("%B %-d, %Y"),
            f"{d.month}/{d.day}",
            d.strftime("%b %-d"),
            d.strftime("%B %Y"),
            f"{d.day} {d.strftime('%b')} {d.year}",
        ]
    )


COUNTIES = (
    "Montgomery County",
    "Franklin County",
    "Cook County",
    "Orleans Parish",
    "Travis County",
    "Marion County",
)
PLACE_CITIES = (
    "Dayton",
    "Fresno",
    "Boise",
    "Albany",
    "Tampa",
    "Toledo",
    "Spokane",
    "Wichita",
    "Reno",
    "Tucson",
)


def city(rng: random.Random) -> str:
    return rng.choice(PLACE_CITIES)


def zip_code(rng: random.Random) -> str:
    return _digits(rng, 5) + (f"-{_digits(rng, 4)}" if rng.random() < 0.3 else "")


def plate(rng: random.Random) -> tuple[str, str]:
    vin_chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vin = "1" + "".join(rng.choice(vin_chars) for _ in range(15)) + str(rng.randrange(10))
    return rng.choice(
        [
            ("license plate", f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}"),
            ("plate #", f"{_letters(rng, 3)}-{_digits(rng, 4)}"),
            ("VIN", vin),
            ("VIN:", vin),
            ("vehicle plate", f"{_letters(rng, 2)} {_digits(rng, 4)}"),
        ]
    )


def biometric(rng: random.Random) -> tuple[str, str]:
    return rng.choice(
        [
            ("fingerprint ID", f"FP-{_digits(rng, 6)}"),
            ("voiceprint enrollment", f"VP{_digits(rng, 8)}"),
            ("retinal scan ID:", f"RS-{_letters(rng, 2)}{_digits(rng, 5)}"),
            ("biometric template", f"BT{_digits(rng, 4)}-{_letters(rng, 3)}"),
            ("palm vein ID", f"PV{_digits(rng, 7)}"),
        ]
    )


def photo(rng: random.Random) -> tuple[str, str]:
    return rng.choice(
        [
            ("Face photo on file:", f"IMG_{_digits(rng, 4)}.jpg"),
            ("photograph saved as", f"pt_face_{_digits(rng, 5)}.png"),
            ("headshot", f"headshot-{_digits(rng, 3)}.jpeg"),
            ("Photo ID", f"PH{_digits(rng, 7)}"),
        ]
    )


def other_id(rng: random.Random) -> tuple[str, str]:
    return rng.choice(
        [
            ("passport number", f"{_letters(rng, 1)}{_digits(rng, 8)}"),
            ("employee ID", f"E-{_digits(rng, 6)}"),
            ("study ID:", f"STUDY-{_digits(rng, 4)}-{_letters(rng, 2)}"),
            ("badge #", _digits(rng, 6)),
            ("subject ID", f"S{_digits(rng, 5)}"),
        ]
    )


def filler(rng: random.Random) -> dict[str, Value]:
    drug, dose = rng.choice(DRUGS)
    drug2, dose2 = rng.choice(DRUGS)
    return {
        "drug": (None, f"{drug} {dose}"),
        "drug2": (None, f"{drug2} {dose2}"),
        "icd": (None, rng.choice(ICD)),
        "icd2": (None, rng.choice(ICD)),
        "lab": (None, rng.choice(LABS)),
        "lab2": (None, rng.choice(LABS)),
        "lab3": (None, rng.choice(LABS)),
        "vitals": (None, vitals(rng)),
        "adm": (T.DATE, visit_date(rng)),
        "dis": (T.DATE, visit_date(rng)),
        "age": (None, str(rng.randint(19, 89))),
        "year": (None, str(rng.randint(1995, 2024))),
        "sex": (None, rng.choice(["male", "female", "man", "woman"])),
        "room": (None, f"{rng.randint(2, 9)}{rng.choice('ABCDEFW')}-{rng.randint(1, 40)}"),
        "ef": (None, f"{rng.randint(20, 65)}%"),
        "size": (None, f"{rng.randint(3, 40)} mm"),
        "time": (None, f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45'])}"),
    }


# --- identities and document styles --------------------------------------------------------------


def identity(rng: random.Random) -> dict[str, Value]:
    """Every identifier a note may use, in one of its formats, plus the labels that go with them."""
    pt, doc, kin = person(rng), person(rng), person(rng)
    dev_label, dev = device_id(rng)
    lic_label, lic = license_id(rng)
    hp_label, hp = health_plan_id(rng)
    veh_label, veh = plate(rng)
    bio_label, bio = biometric(rng)
    photo_label, photo_ref = photo(rng)
    other_label, other = other_id(rng)
    c = rng.choice
    values: dict[str, Value] = {
        "city": (T.LOCATION, city(rng)),
        "county": (T.LOCATION, c(COUNTIES)),
        "zip": (T.LOCATION, zip_code(rng)),
        "age90": (T.AGE, str(rng.randint(90, 104))),
        "veh_label": (None, veh_label),
        "veh": (T.VEHICLE_ID, veh),
        "bio_label": (None, bio_label),
        "bio": (T.BIOMETRIC, bio),
        "photo_label": (None, photo_label),
        "photo": (T.PHOTO, photo_ref),
        "other_label": (None, other_label),
        "other": (T.OTHER_ID, other),
        "pt": (T.NAME, c(pt.formats())),
        "pt_full": (T.NAME, f"{pt.first} {pt.last}"),
        "pt_last": (T.NAME, pt.last),
        "pt_first": (T.NAME, pt.first),
        "doc": (T.NAME, f"{doc.first} {doc.last}"),
        "doc_last": (T.NAME, doc.last),
        "kin": (T.NAME, f"{kin.first} {kin.last}"),
        "title": (None, c(["Mr.", "Mrs.", "Ms.", "Mr", "Ms"])),
        "dob": (T.DATE, dob(rng)),
        "dob_label": (
            None,
            c(["DOB:", "DOB", "D.O.B.:", "Date of Birth:", "Birth date:", "Date of birth", "DOB -"]),
        ),
        "phone": (T.PHONE, phone(rng)),
        "phone2": (T.PHONE, phone(rng)),
        "phone_label": (
            None,
            c(["Phone:", "Tel:", "Cell:", "Home phone:", "Contact number:", "Mobile", "Ph:", "Tel."]),
        ),
        "fax": (T.FAX, phone(rng)),
        "fax_label": (None, c(["Fax:", "Fax #", "Fax", "F:", "Facsimile:", "fax no."])),
        "email": (T.EMAIL, email(rng, pt)),
        "doc_email": (T.EMAIL, email(rng, doc)),
        "address": (T.LOCATION, address(rng)),
        "addr_label": (
            None,
            c(["Address:", "Home address:", "Lives at", "Residence:", "Mailing address:", ""]),
        ),
        "ssn": (T.SSN, ssn(rng)),
        "ssn_label": (
            None,
            c(["SSN:", "SSN", "Social Security Number:", "SS#", "Soc Sec No.", "social security number is"]),
        ),
        "mrn": (T.MRN, mrn(rng)),
        "mrn_label": (
            None,
            c(
                [
                    "MRN:",
                    "MRN",
                    "MRN #",
                    "Medical Record Number:",
                    "MR#",
                    "Med Rec No.",
                    "Chart #",
                    "Hospital No:",
                    "Patient ID:",
                    "Accession #:",
                ]
            ),
        ),
        "acct": (T.ACCOUNT, account(rng)),
        "card": (T.ACCOUNT, credit_card(rng)),
        "acct_label": (
            None,
            c(
                [
                    "Account #:",
                    "Acct No.",
                    "Billing account:",
                    "Encounter #:",
                    "Visit number:",
                    "FIN:",
                    "Claim #",
                    "Account number",
                ]
            ),
        ),
        "url": (T.URL, url(rng, pt)),
        "ip": (T.IP_ADDRESS, ip(rng)),
        "dev_label": (None, dev_label),
        "dev": (T.DEVICE_ID, dev),
        "lic_label": (None, lic_label),
        "lic": (T.LICENSE, lic),
        "hp_label": (None, hp_label),
        "hp": (T.HEALTH_PLAN_ID, hp),
    }
    # An accession's number is OTHER_ID (CONVENTIONS.md, written after this set, which had it MRN): the same
    # text and the same draws, the label's choice decides the gold's kind.
    if str(values["mrn_label"][1]).startswith("Accession"):
        values["mrn"] = (T.OTHER_ID, values["mrn"][1])
    return values
