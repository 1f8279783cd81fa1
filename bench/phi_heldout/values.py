"""Generator B's identifiers: its own name pools, places, formats and label wordings.

Written apart from generator A (``bench.phi_planted``) and from the scanner's rules: the point is
to see what the scanner does on phrasing it was not shaped by. Every value is invented.
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from mediflow.quality.phi_types import PhiType

T = PhiType
Value = tuple[PhiType | None, str]

GIVEN = [
    "Rusty",
    "Deborah",
    "Gerald",
    "Yolanda",
    "Trevor",
    "Bernadette",
    "Kenji",
    "Lucia",
    "Ravi",
    "Nadia",
    "Felipe",
    "Gwen",
    "Desmond",
    "Harold",
    "Marisol",
    "Eleanor",
    "Darnell",
    "Colleen",
    "Victor",
    "Esperanza",
    "Lionel",
    "Shirley",
    "Brandon",
    "Agnes",
    "Tomasz",
    "Ifeoma",
    "Arjun",
    "Bettina",
    "Wendell",
    "Rosalind",
    "Curtis",
    "Imani",
    "Dolores",
    "Stanley",
    "Oksana",
    "Jerome",
    "Tamika",
    "Reginald",
    "Paulette",
    "Kofi",
]
FAMILY = [
    "MacDonald",
    "Gallagher",
    "Petrov",
    "Alvarez",
    "Whitaker",
    "Nakamura",
    "Osei",
    "Brennan",
    "Delgado",
    "Kaminski",
    "Ferreira",
    "Holloway",
    "Lindgren",
    "Abara",
    "Castillo",
    "Moreau",
    "Novak",
    "Sandoval",
    "Thornton",
    "Vasquez",
    "Yilmaz",
    "Zhou",
    "Bui",
    "Acheampong",
    "Reyes",
    "Pritchard",
    "Dunleavy",
    "Okoro",
    "Sorensen",
    "Baptiste",
    "Harrington",
    "Mahoney",
    "Villanueva",
    "Crowley",
    "Ashby",
    "Kowalczyk",
]
CITIES = (
    ("Tacoma", "WA"),
    ("Lakewood", "CO"),
    ("Bakersfield", "CA"),
    ("Chattanooga", "TN"),
    ("Lubbock", "TX"),
    ("Savannah", "GA"),
    ("Eugene", "OR"),
    ("Scranton", "PA"),
    ("Provo", "UT"),
    ("Duluth", "MN"),
    ("Gainesville", "FL"),
    ("Akron", "OH"),
    ("Waco", "TX"),
    ("Flagstaff", "AZ"),
)
COUNTIES = (
    "Kern County",
    "Pierce County",
    "Hamilton County",
    "Summit County",
    "Lackawanna County",
    "Jefferson Parish",
)
ROADS = [
    "Juniper",
    "Harbor",
    "Foxglove",
    "Quarry",
    "Bluebell",
    "Ridgeview",
    "Canyon",
    "Sycamore",
    "Magnolia",
    "Prairie",
    "Heron",
    "Aspen",
]
ROAD_KINDS = ("Dr", "Blvd", "Ct", "Way", "Ln", "Rd", "Street", "Avenue", "Terrace", "Pkwy")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def full_name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(GIVEN), rng.choice(FAMILY)


def a_date(rng: random.Random, start: date, days: int) -> str:
    d = start + timedelta(days=rng.randrange(days))
    mon, month = d.strftime("%b"), d.strftime("%B")
    return rng.choice(
        [
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{d.day:02d}-{mon}-{d.year}",
            f"{month} {d.day}th" if d.day not in (1, 2, 3, 21, 22, 23, 31) else f"{month} {d.day}",
            f"the {d.day}th of {month}, {d.year}" if d.day > 3 else f"{month} {d.day}, {d.year}",
            f"{d.year}.{d.month:02d}.{d.day:02d}",
            f"{mon} {d.day} {d.year}",
            f"{d.month:02d}/{d.day:02d}",
            f"{d.month}-{d.day}-{d.year}",
            f"{month} of {d.year}",
            f"{mon.upper()} {d.day:02d} {d.year}",
        ]
    )


def recent(rng: random.Random) -> str:
    return a_date(rng, date(2021, 6, 1), 900)


def birth(rng: random.Random) -> str:
    return a_date(rng, date(1925, 1, 1), 365 * 75)


def old_age(rng: random.Random) -> str:
    return str(rng.randint(90, 106))


def phone(rng: random.Random) -> str:
    a, b, c = f"{rng.randint(2, 9)}{digits(rng, 2)}", f"{rng.randint(2, 9)}{digits(rng, 2)}", digits(rng, 4)
    return rng.choice([f"({a}){b}-{c}", f"{a} {b} {c}", f"{a}.{b}.{c}", f"+1 ({a}) {b}-{c}", f"{a}-{b}-{c}"])


def email(rng: random.Random, given: str, family: str) -> str:
    host = rng.choice(["example.net", "mail.example.com", "example.edu", "inbox.example.org"])
    local = rng.choice([f"{given.lower()}{rng.randint(1, 999)}", f"{given[0].lower()}.{family.lower()}"])
    return f"{local}@{host}"


def street(rng: random.Random) -> str:
    city, state = rng.choice(CITIES)
    line = f"{rng.randint(10, 19999)} {rng.choice(ROADS)} {rng.choice(ROAD_KINDS)}"
    if rng.random() < 0.3:
        line += f" #{rng.randint(1, 300)}"
    return rng.choice([f"{line}, {city}, {state} {digits(rng, 5)}", f"{line}, {city} {state}", line])


def url(rng: random.Random, family: str) -> str:
    return rng.choice(
        [
            f"https://patientportal.example.net/u/{digits(rng, 6)}",
            f"http://{family.lower()}-photos.example.com",
            f"www.caringbridge.example.org/visit/{family.lower()}{digits(rng, 2)}",
            f"https://zoom.example.us/j/{digits(rng, 10)}",
        ]
    )


def ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2600:1700:{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFF):x}",
        ]
    )


def labelled(rng: random.Random, options: list[tuple[str, str]]) -> tuple[str, str]:
    return rng.choice(options)


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One patient's identifiers and the people around them, as generator B writes them."""
    pg, pf = full_name(rng)
    og, of_ = full_name(rng)
    cg, cf = full_name(rng)
    ng, nf = full_name(rng)
    vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16)) + str(rng.randrange(10))
    pairs = {
        "ssn": labelled(
            rng,
            [
                ("SSN", digits(rng, 9)),
                ("soc sec #:", f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 4)}"),
                ("Social Security no.", f"{digits(rng, 3)} {digits(rng, 2)} {digits(rng, 4)}"),
            ],
        ),
        "mrn": labelled(
            rng,
            [
                ("MR#", digits(rng, 7)),
                ("med rec", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 3)}"),
                ("EMR ID", digits(rng, 6)),
                ("MRN", f"M{digits(rng, 8)}"),
                ("Medical record #", digits(rng, 9)),
            ],
        ),
        "plan": labelled(
            rng,
            [
                ("BCBS ID", f"{letters(rng, 3)}{digits(rng, 9)}"),
                ("Medicaid #", f"{digits(rng, 9)}{letters(rng, 1)}"),
                ("member no.", f"M{digits(rng, 10)}"),
                ("insurance ID", f"{letters(rng, 2)}{digits(rng, 7)}"),
            ],
        ),
        "acct": labelled(
            rng,
            [
                ("acct#", digits(rng, 9)),
                ("account no.", f"{digits(rng, 3)}-{digits(rng, 6)}"),
                ("billing account", f"BA{digits(rng, 7)}"),
                ("FIN #", digits(rng, 10)),
            ],
        ),
        "lic": labelled(
            rng,
            [
                ("NPI #", f"1{digits(rng, 9)}"),
                ("DEA#", f"B{letters(rng, 1)}{digits(rng, 7)}"),
                ("RN license", f"RN{digits(rng, 6)}"),
                ("driver license", f"{letters(rng, 2)}{digits(rng, 6)}"),
                ("board certificate #", digits(rng, 6)),
            ],
        ),
        "veh": labelled(
            rng,
            [
                ("tag #", f"{letters(rng, 3)}{digits(rng, 4)}"),
                ("VIN", vin),
                ("plate", f"{digits(rng, 1)}{letters(rng, 3)}{digits(rng, 3)}"),
                ("license plate no.", f"{letters(rng, 3)}-{digits(rng, 3)}"),
            ],
        ),
        "dev": labelled(
            rng,
            [
                ("pump serial", f"PMP{digits(rng, 7)}"),
                ("ICD serial number", f"{letters(rng, 3)}{digits(rng, 6)}"),
                ("hearing aid S/N", f"{digits(rng, 8)}"),
                ("CPAP device ID", f"{letters(rng, 2)}-{digits(rng, 6)}"),
            ],
        ),
        "bio": labelled(
            rng,
            [
                ("thumbprint ID", f"TP{digits(rng, 6)}"),
                ("voice print sample", f"V-{digits(rng, 7)}"),
                ("iris template", f"IRIS{digits(rng, 5)}"),
                ("fingerprint record", f"{letters(rng, 2)}{digits(rng, 6)}"),
            ],
        ),
        "photo": labelled(
            rng,
            [
                ("face photo", f"IMG_{digits(rng, 4)}.HEIC"),
                ("photo uploaded:", f"photo_{digits(rng, 6)}.jpg"),
                ("full-face photograph", f"FF-{digits(rng, 5)}"),
                ("ID photo file", f"idphoto{digits(rng, 3)}.png"),
            ],
        ),
        "other": labelled(
            rng,
            [
                ("employee badge", digits(rng, 5)),
                ("passport no.", f"{digits(rng, 9)}"),
                ("research subject ID", f"RS-{digits(rng, 4)}"),
                ("inmate #", digits(rng, 7)),
                ("student ID", f"{letters(rng, 1)}{digits(rng, 7)}"),
            ],
        ),
    }
    city, state = rng.choice(CITIES)
    values: dict[str, Value] = {
        "pt": (T.NAME, f"{pg} {pf}"),
        "pt_given": (T.NAME, pg),
        "pt_family": (T.NAME, pf),
        "pt_lf": (T.NAME, rng.choice([f"{pf}, {pg}", f"{pf.upper()}, {pg.upper()}"])),
        "other": (T.NAME, f"{og} {of_}"),
        "clin": (T.NAME, f"{cg} {cf}"),
        "clin_family": (T.NAME, cf),
        "nbr": (T.NAME, f"{ng} {nf}"),
        "birth": (T.DATE, birth(rng)),
        "d1": (T.DATE, recent(rng)),
        "d2": (T.DATE, recent(rng)),
        "old": (T.AGE, old_age(rng)),
        "tel": (T.PHONE, phone(rng)),
        "tel2": (T.PHONE, phone(rng)),
        "fax": (T.FAX, phone(rng)),
        "mail": (T.EMAIL, email(rng, pg, pf)),
        "addr": (T.LOCATION, street(rng)),
        "town": (T.LOCATION, city),
        "town_state": (T.LOCATION, f"{city}, {state}"),
        "county": (T.LOCATION, rng.choice(COUNTIES)),
        "zip": (T.LOCATION, digits(rng, 5)),
        "link": (T.URL, url(rng, pf)),
        "ip": (T.IP_ADDRESS, ip(rng)),
    }
    types = {
        "ssn": T.SSN,
        "mrn": T.MRN,
        "plan": T.HEALTH_PLAN_ID,
        "acct": T.ACCOUNT,
        "lic": T.LICENSE,
        "veh": T.VEHICLE_ID,
        "dev": T.DEVICE_ID,
        "bio": T.BIOMETRIC,
        "photo": T.PHOTO,
        "other": T.OTHER_ID,
    }
    for key, (label, value) in pairs.items():
        values[f"{key}_l"] = (None, label)
        values[f"{key}_v"] = (types[key], value)
    return values


# --- clinical look-alikes (never identifiers) -----------------------------------------------------

MEDS = (
    "Eliquis 5 mg BID",
    "Lasix 20 mg daily",
    "Keflex 500 mg QID",
    "Norco 5/325 1 tab q6h PRN",
    "Humalog sliding scale",
    "Coreg 6.25 mg BID",
    "Synthroid 75 mcg daily",
    "Zofran 4 mg ODT PRN",
)
SCORES = (
    "GCS 14 (E4 V4 M6)",
    "ESI level 3",
    "APGAR 7/9",
    "Braden 16",
    "Morse fall score 45",
    "PHQ-9 of 11",
    "NIHSS 2",
    "CHA2DS2-VASc 4",
    "Wells score 1.5",
    "qSOFA 1",
    "pain 4/10",
    "MMSE 26/30",
)
EPONYMS = (
    "Hashimoto thyroiditis",
    "Crohn's disease",
    "Addison's disease",
    "Graves disease",
    "a Foley catheter",
    "Bell palsy",
    "Parkinson's disease",
    "Cushing syndrome",
    "a Whipple procedure",
    "Barrett esophagus",
    "Raynaud phenomenon",
    "a Swan-Ganz catheter",
    "Kaposi sarcoma",
)
ROLES = (
    "the charge nurse",
    "the attending",
    "Respiratory Therapy",
    "the on-call resident",
    "Case Management",
    "Physical Therapy",
    "the hospitalist team",
    "Social Work",
    "Pharmacy",
)
LABS = (
    "WBC 14.2",
    "Hgb 9.8",
    "K 5.6",
    "Cr 2.1 (baseline 1.3)",
    "lactate 3.4",
    "A1c 9.2%",
    "trop <0.01",
    "INR 3.1",
    "TSH 0.2",
    "Mg 1.6",
    "phos 2.2",
    "ALT 88 / AST 102",
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    return {
        "med": (None, rng.choice(MEDS)),
        "med2": (None, rng.choice(MEDS)),
        "score": (None, rng.choice(SCORES)),
        "score2": (None, rng.choice(SCORES)),
        "epo": (None, rng.choice(EPONYMS)),
        "role": (None, rng.choice(ROLES)),
        "labs": (None, ", ".join(rng.sample(LABS, 3))),
        "yr": (None, str(rng.randint(1998, 2023))),
        "young": (None, str(rng.randint(18, 89))),
        "bp": (None, f"{rng.randint(95, 180)}/{rng.randint(55, 105)}"),
        "hr": (None, str(rng.randint(50, 130))),
        "dose": (None, f"{rng.choice([0.5, 1, 2, 2.5, 10, 40])} mg/kg"),
        "ht": (None, f"{rng.randint(150, 190)} cm"),
    }
