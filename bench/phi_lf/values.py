"""Values for planted set F (inpatient nursing and allied teams): one invented identity per note and
the clinical/administrative filler around it. Everything is drawn from the ``rng`` passed in."""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

FIRST = (
    "Ana",
    "Bogdan",
    "Chinonso",
    "Dmitri",
    "Eun-ji",
    "Fatima",
    "Guadalupe",
    "Hiroshi",
    "Ifeoma",
    "Jörg",
    "Kwame",
    "Lakshmi",
    "Mateo",
    "Oluwaseun",
    "Priya",
    "Quang",
    "Rashida",
    "Siobhan",
    "Thanh",
    "Ulrike",
    "Valentina",
    "Wojciech",
    "Xiomara",
    "Yusuf",
    "Zainab",
    "Hope",
    "Faith",
    "Grace",
    "Rose",
    "Summer",
    "Hunter",
    "Mason",
    "Taylor",
    "Will",
    "Joy",
    "April",
    "June",
    "May",
    "August",
    "Austin",
    "Dallas",
    "Savannah",
    "Florence",
    "Jordan",
    "Sydney",
    "Paris",
    "Brooklyn",
    "Madison",
    "Mohammed",
    "Aigerim",
    "Tupac",
    "Nikhil",
    "Saoirse",
    "Marie-Claire",
    "Jean-Baptiste",
    "Ngozi",
    "Kalani",
    "Björn",
    "Esperanza",
    "Tomasz",
    "Haruto",
    "Mei",
    "Ximena",
    "Abebe",
    "Leilani",
    "Duc",
    "Farrukh",
    "Precious",
    "Cash",
    "Sterling",
    "Dakota",
    "Bao",
    "Imani",
    "Rahul",
    "Olga",
    "Ezekiel",
    "Bernadette",
    "Wendell",
    "Lourdes",
    "Ahmet",
)
NICK = {
    "Bogdan": "Bodya",
    "Guadalupe": "Lupe",
    "Dmitri": "Dima",
    "Oluwaseun": "Seun",
    "Valentina": "Vale",
    "Wojciech": "Wojtek",
    "Esperanza": "Espie",
    "Ezekiel": "Zeke",
    "Bernadette": "Bernie",
    "Wendell": "Dell",
    "Tomasz": "Tom",
    "Mohammed": "Mo",
    "Nikhil": "Nik",
    "Marie-Claire": "Coco",
}
LAST = (
    "Nguyen",
    "O'Brien",
    "O'Connor",
    "D'Angelo",
    "de la Cruz",
    "van der Berg",
    "Van Dyke",
    "De Luca",
    "Al-Rashid",
    "Abu-Bakr",
    "Okafor",
    "Adeyemi",
    "Kowalczyk",
    "Müller",
    "Brown",
    "White",
    "Black",
    "Green",
    "Young",
    "King",
    "Rivers",
    "Stone",
    "Banks",
    "Hill",
    "Park",
    "Lake",
    "Washington",
    "Jackson",
    "Lincoln",
    "Cleveland",
    "Houston",
    "Sato",
    "Kim",
    "Patel",
    "Chaudhry",
    "Haddad",
    "Ivanova",
    "Papadopoulos",
    "Fitzgerald-Hughes",
    "Mbeki",
    "Osei-Bonsu",
    "Santos-Ortiz",
    "St. John",
    "Le",
    "Ng",
    "MacLeod",
    "McAllister",
    "Rosenberg",
    "Yilmaz",
    "Bergström",
    "Laurent",
    "Dubois",
    "Tanaka-Reyes",
    "Kaur",
    "Hernández",
    "Gutiérrez",
    "Rahimi",
    "Baptiste",
    "Walker",
    "Lightfoot",
    "Mendoza",
    "Achterberg",
    "Nakamura",
    "Oyelaran",
    "Petrov",
    "Quispe",
    "Ramírez",
    "Szabo",
    "Trinh",
    "Underwood",
    "Vasquez",
    "Wolfe",
    "Xu",
    "Yazzie",
    "Zielinski",
    "Love",
    "Friday",
    "Sterling",
    "Bishop",
    "Mercy",
    "Summers",
)
STREETS = (
    "Larkspur Ave",
    "N. Quarry Rd",
    "Calle Ocho",
    "Old Mill Lane",
    "Martin Luther King Jr Blvd",
    "County Road 12",
    "Birchwood Ct",
    "W 143rd St",
    "Rue Lafayette",
    "Kamehameha Hwy",
    "Tallow Creek Dr",
    "Aspen Way",
    "S. Harbor Street",
    "Pinecrest Circle",
    "Juniper Terrace",
    "E. Fifth Ave",
    "Orchard Row",
    "Ridgeline Pkwy",
    "Doyle St",
    "Sycamore Hollow Rd",
)
CITIES = (
    "Millbrook",
    "Cedar Falls",
    "Port Ellery",
    "Ashby",
    "Greenville",
    "Fort Collins",
    "Bellhaven",
    "Marlow Springs",
    "Eastbrook",
    "Tallmadge",
    "Wyandotte",
    "Lake Orrin",
    "Springfield",
    "Kettering",
    "Barstow",
    "Hood River",
    "Pine Bluff",
    "New Castile",
    "Granite Ridge",
    "Ocean Grove",
    "Brookhaven",
    "Elk Grove",
    "Shelbyville",
    "Troy",
    "Athens",
    "Florence",
    "Paris",
    "Jordan",
    "Hope",
    "Victoria",
)
COUNTIES = (
    "Harlan County",
    "Ottawa County",
    "Bexar County",
    "Marion County",
    "Dade County",
    "Lake County",
    "Orange County",
    "Kanawha County",
    "Yakima County",
    "St. Louis County",
    "Jefferson Parish",
)
HOODS = (
    "Old Fourth Ward",
    "Little Saigon",
    "Germantown",
    "Pilsen",
    "the Ironbound",
    "Five Points",
    "Chinatown",
    "Southside",
    "Frog Hollow",
    "Dogtown",
)
STATES = ("OH", "TX", "WA", "NJ", "GA", "MN", "Pennsylvania", "Oregon", "KY", "NM", "Illinois", "FL")
FAC_KINDS = (
    "Rehabilitation & Nursing Center",
    "Health Care Center",
    "Skilled Nursing",
    "Senior Living",
    "Hospice House",
    "Transitional Care Unit",
    "Manor",
    "Assisted Living",
)
FAC_WORDS = (
    "Maple Grove",
    "Brightwater",
    "Heritage Oaks",
    "Sunrise",
    "Golden Pines",
    "Riverside",
    "Evergreen",
)
DOMAINS = ("example.com", "example.org", "mail.example.net", "kin.test", "family.test", "example.edu")
RELATIONS = (
    "daughter",
    "son",
    "wife",
    "husband",
    "niece",
    "grandson",
    "sister",
    "partner",
    "neighbor",
    "brother-in-law",
    "POA",
    "guardian",
    "friend",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _person(rng: random.Random) -> tuple[str, str, str]:
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    mi = rng.choice(string.ascii_uppercase) if rng.random() < 0.45 else ""
    return first, last, mi


def _staff_name(rng: random.Random) -> str:
    first, last, mi = _person(rng)
    style = rng.randrange(6)
    if style == 0:
        return f"{first} {last}"
    if style == 1:
        return f"{first[0]}. {last}"
    if style == 2:
        return f"{last}, {first}"
    if style == 3:
        return f"{first} {mi or 'J'}. {last}"
    if style == 4:
        return f"{last}, {first[0]}."
    return f"{first} {last}"


def _date(rng: random.Random, d: dt.date, kinds: str = "any") -> str:
    m, day, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    full = (
        f"{m:02d}/{day:02d}/{y}",
        f"{m}/{day}/{y % 100:02d}",
        f"{y}-{m:02d}-{day:02d}",
        f"{day:02d}-{mon[:3]}-{y}",
        f"{mon} {day}, {y}",
        f"{day} {mon[:3]} {y}",
        f"{m}/{day}/{y}",
        f"{day:02d}.{m:02d}.{y}",
        f"{mon[:3].upper()} {day:02d} {y}",
        f"{y}{m:02d}{day:02d}",
        f"{mon[:3]}. {day}, {y}",
    )
    short = (f"{m}/{day}", f"{mon[:3]} {day}", f"{day}-{mon[:3]}", f"{m:02d}/{day:02d}", f"{mon} {day}")
    if kinds == "short":
        return rng.choice(short)
    if kinds == "full":
        return rng.choice(full)
    return rng.choice(full + short[:2])


def _datetime(rng: random.Random, d: dt.date) -> str:
    h, mi = rng.randrange(24), rng.randrange(60)
    return rng.choice(
        (
            f"{d.month:02d}/{d.day:02d}/{d.year} {h:02d}{mi:02d}",
            f"{d.isoformat()}T{h:02d}:{mi:02d}:{rng.randrange(60):02d}",
            f"{d.month}/{d.day}/{d.year % 100:02d} {h:02d}:{mi:02d}",
            f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year} {h:02d}:{mi:02d}",
            f"{d.isoformat()} {h:02d}:{mi:02d}",
        )
    )


def _phone(rng: random.Random) -> str:
    area = rng.choice(("312", "614", "206", "505", "973", "404", "651", "859", "210", "503", "713"))
    line = f"01{_digits(rng, 2)}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area} 555 {line}",
            f"({area})555-{line}",
            f"{area}555{line}",
        )
    )


def _email(rng: random.Random, first: str, last: str) -> str:
    f = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "pt"
    la = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "family"
    user = rng.choice(
        (
            f"{f}.{la}",
            f"{f[0]}{la}{_digits(rng, 2)}",
            f"{la}_{f}",
            f"{f}{_digits(rng, 4)}",
            f"{la}.family",
            f"{f}-{la[:3]}",
        )
    )
    return f"{user}@{rng.choice(DOMAINS)}"


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"fe80::{rng.randrange(0x1000, 0xFFFF):x}:{rng.randrange(0x1000, 0xFFFF):x}:fe{rng.randrange(16, 255):x}:"
            f"{rng.randrange(0x1000, 0xFFFF):x}",
        )
    )


def _vin(rng: random.Random) -> str:
    return _alnum(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randrange(1, 10)}{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 3)}",
            f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 4)}",
            f"{_alnum(rng, 3, string.ascii_uppercase)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)} {_alnum(rng, 3, string.ascii_uppercase)}",
        )
    )


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient and the people, places, dates and numbers around one inpatient stay."""
    first, last, mi = _person(rng)
    pt_full = f"{first} {mi}. {last}" if mi and rng.random() < 0.5 else f"{first} {last}"
    pt_lf = f"{last}, {first} {mi}." if mi else f"{last}, {first}"
    age_n = rng.randrange(90, 105) if rng.random() < 0.33 else rng.randrange(19, 90)
    today = dt.date(rng.randrange(2019, 2027), rng.randrange(1, 13), rng.randrange(1, 29))
    admit = today - dt.timedelta(days=rng.randrange(1, 12))
    dc = today + dt.timedelta(days=rng.randrange(1, 5))
    dob = dt.date(
        today.year - age_n - (1 if rng.random() < 0.5 else 0), rng.randrange(1, 13), rng.randrange(1, 29)
    )
    fu = dc + dt.timedelta(days=rng.randrange(5, 30))
    prior = admit - dt.timedelta(days=rng.randrange(20, 400))
    words = (
        "ninety",
        "ninety-one",
        "ninety-two",
        "ninety-three",
        "ninety-four",
        "ninety-five",
        "ninety-six",
        "ninety-seven",
        "ninety-eight",
        "ninety-nine",
        "one hundred",
        "one hundred one",
        "one hundred two",
        "one hundred three",
        "one hundred four",
    )
    fam_first, fam_last, _ = _person(rng)
    if rng.random() < 0.5:
        fam_last = last
    fam2_first, fam2_last, _ = _person(rng)
    city = rng.choice(CITIES)
    facility_town = rng.choice(CITIES)
    zip5 = _digits(rng, 5)
    zipc = rng.choice((zip5, f"{zip5}-{_digits(rng, 4)}"))
    mrn = rng.choice(
        (
            _digits(rng, 8),
            f"E{_digits(rng, 7)}",
            f"M-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"{_digits(rng, 6)}-{rng.randrange(10)}",
            f"00{_digits(rng, 7)}",
            f"MR{_digits(rng, 6)}",
        )
    )
    ssn_parts = (
        f"{rng.randrange(1, 900):03d}".replace("666", "667"),
        f"{rng.randrange(1, 100):02d}",
        f"{rng.randrange(1, 10000):04d}",
    )
    ssn = rng.choice(("-".join(ssn_parts), " ".join(ssn_parts), "".join(ssn_parts)))
    v: dict[str, Value] = {
        # patient
        "pt": (PhiType.NAME, pt_full),
        "pt_lf": (PhiType.NAME, pt_lf),
        "pt_caps": (PhiType.NAME, f"{last.upper()}, {first.upper()}"),
        "pt_first": (PhiType.NAME, first),
        "pt_last": (PhiType.NAME, last),
        "pt_last_caps": (PhiType.NAME, last.upper()),
        "pt_nick": (PhiType.NAME, NICK.get(first, first)),
        "pt_ocr": (PhiType.NAME, pt_lf.replace("l", "1").replace("o", "0").replace("m", "rn")),
        "age": (PhiType.AGE, str(age_n)) if age_n >= 90 else (None, str(age_n)),
        "age_w": (PhiType.AGE, words[age_n - 90]) if age_n >= 90 else (None, str(age_n)),
        # people around the patient
        "fam": (PhiType.NAME, f"{fam_first} {fam_last}"),
        "fam_first": (PhiType.NAME, fam_first),
        "fam2": (PhiType.NAME, f"{fam2_first} {fam2_last}"),
        "rel": (None, rng.choice(RELATIONS)),
        "rel2": (None, rng.choice(RELATIONS)),
        "rn1": (PhiType.NAME, _staff_name(rng)),
        "rn2": (PhiType.NAME, _staff_name(rng)),
        "rn3": (PhiType.NAME, _staff_name(rng)),
        "md1": (PhiType.NAME, rng.choice(LAST)),
        "md2": (PhiType.NAME, _staff_name(rng)),
        "staff1": (PhiType.NAME, _staff_name(rng)),
        "staff2": (PhiType.NAME, _staff_name(rng)),
        "staff_first": (PhiType.NAME, rng.choice(FIRST)),
        # dates
        "dob": (PhiType.DATE, _date(rng, dob, "full")),
        "admit": (PhiType.DATE, _date(rng, admit)),
        "today": (PhiType.DATE, _date(rng, today, "full")),
        "today_s": (PhiType.DATE, _date(rng, today, "short")),
        "yday_s": (PhiType.DATE, _date(rng, today - dt.timedelta(days=1), "short")),
        "today_dt": (PhiType.DATE, _datetime(rng, today)),
        "event_dt": (PhiType.DATE, _datetime(rng, today)),
        "dc": (PhiType.DATE, _date(rng, dc)),
        "fu": (PhiType.DATE, _date(rng, fu)),
        "prior": (PhiType.DATE, _date(rng, prior, "full")),
        # places
        "street": (PhiType.LOCATION, f"{rng.randrange(2, 19999)} {rng.choice(STREETS)}"),
        "unit_no": (
            PhiType.LOCATION,
            rng.choice(
                (
                    f"{rng.randrange(1, 40)}{rng.choice('ABCDEF')}",
                    str(rng.randrange(100, 2400)),
                    f"{rng.randrange(1, 9)}-R",
                )
            ),
        ),
        "city": (PhiType.LOCATION, city),
        "city_caps": (PhiType.LOCATION, city.upper()),
        "state": (None, rng.choice(STATES)),
        "zip": (PhiType.LOCATION, zipc),
        "county": (PhiType.LOCATION, rng.choice(COUNTIES)),
        "hood": (PhiType.LOCATION, rng.choice(HOODS)),
        "snf": (PhiType.LOCATION, f"{rng.choice(FAC_WORDS)} {rng.choice(FAC_KINDS)} of {facility_town}"),
        "snf2": (PhiType.LOCATION, f"{facility_town} {rng.choice(FAC_KINDS)}"),
        # contact
        "phone": (PhiType.PHONE, _phone(rng)),
        "phone2": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "email": (PhiType.EMAIL, _email(rng, fam_first, fam_last)),
        "email_pt": (PhiType.EMAIL, _email(rng, first, last)),
        "url": (
            PhiType.URL,
            rng.choice(
                (
                    f"https://portal.example.org/edu/v/{_alnum(rng, 8)}",
                    f"https://mychart.example.com/pt/{_digits(rng, 7)}/discharge",
                    f"http://vri.example.net/session?id={_alnum(rng, 10)}",
                    f"www.example.org/carepage/{first.lower()[:5]}{_digits(rng, 3)}",
                    f"https://caringbridge.example.org/visit/{last.lower().replace(' ', '').replace(chr(39), '')[:6]}-{_digits(rng, 2)}",
                )
            ),
        ),
        "ip": (PhiType.IP_ADDRESS, _ip(rng)),
        # numbers
        "ssn": (PhiType.SSN, ssn),
        "mrn": (PhiType.MRN, mrn),
        "mrn2": (
            PhiType.MRN,
            rng.choice((_digits(rng, 9), f"H{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}")),
        ),
        "hpid": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 9)}",
                    f"W{_digits(rng, 4)} {_digits(rng, 5)}",
                    f"{rng.randrange(1, 10)}{_alnum(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{rng.randrange(10)}-"
                    f"{_alnum(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{rng.randrange(10)}-{_alnum(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_digits(rng, 2)}",
                    f"MC{_digits(rng, 8)}{rng.choice('ABCDEFG')}",
                    f"{_digits(rng, 11)}",
                    f"ZGP{_digits(rng, 6)}-{_digits(rng, 2)}",
                )
            ),
        ),
        "group": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (
                    _digits(rng, 6),
                    f"GRP-{_digits(rng, 5)}",
                    f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}",
                )
            ),
        ),
        "acct": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    _digits(rng, 10),
                    f"V{_digits(rng, 9)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                    f"ACC{_digits(rng, 7)}",
                )
            ),
        ),
        "fin": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    _digits(rng, 10),
                    f"FIN{_digits(rng, 8)}",
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
                )
            ),
        ),
        "claim": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    f"CLM-{today.year}-{_digits(rng, 7)}",
                    f"{_digits(rng, 13)}",
                    f"C{_digits(rng, 4)}-{_alnum(rng, 5)}",
                )
            ),
        ),
        "npi": (PhiType.LICENSE, f"{rng.choice('12')}{_digits(rng, 9)}"),
        "rn_lic": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"RN{_digits(rng, 7)}",
                    f"{_digits(rng, 6)}",
                    f"R-{_digits(rng, 5)}-{rng.choice(string.ascii_uppercase)}",
                    f"{rng.choice(('NUR', 'RN'))}.{_digits(rng, 7)}",
                )
            ),
        ),
        "dea": (
            PhiType.LICENSE,
            f"{rng.choice('ABFM')}{rng.choice(string.ascii_uppercase)}{_digits(rng, 7)}",
        ),
        "dl": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 6)}",
                    _digits(rng, 9),
                    f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 12)}",
                )
            ),
        ),
        "cert": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"CMI-{_digits(rng, 5)}",
                    f"CHI{_digits(rng, 6)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 3)}",
                    f"BCC {_digits(rng, 5)}",
                    f"PT{_digits(rng, 6)}",
                    f"OT-{_digits(rng, 5)}",
                    f"CCC-SLP {_digits(rng, 8)}",
                )
            ),
        ),
        "cert_pt": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"PT{_digits(rng, 6)}",
                    f"PTA-{_digits(rng, 5)}",
                    f"{_digits(rng, 5)}",
                    f"40-{_digits(rng, 6)}",
                )
            ),
        ),
        "cert_ot": (
            PhiType.LICENSE,
            rng.choice((f"OT-{_digits(rng, 5)}", f"OTR {_digits(rng, 6)}", f"{_digits(rng, 7)}")),
        ),
        "cert_slp": (
            PhiType.LICENSE,
            rng.choice((f"{_digits(rng, 8)}", f"SLP{_digits(rng, 5)}", f"ASHA {_digits(rng, 8)}")),
        ),
        "cert_rt": (
            PhiType.LICENSE,
            rng.choice((f"RCP{_digits(rng, 5)}", f"RT-{_digits(rng, 6)}", f"{_digits(rng, 6)}")),
        ),
        "cert_chap": (
            PhiType.LICENSE,
            rng.choice((f"BCC{_digits(rng, 4)}", f"{_digits(rng, 5)}", f"APC-{_digits(rng, 4)}")),
        ),
        "cert_int": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"CMI-{_digits(rng, 5)}",
                    f"CHI{_digits(rng, 6)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 3)}",
                    f"CCHI {_digits(rng, 6)}",
                )
            ),
        ),
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        "plate": (PhiType.VEHICLE_ID, _plate(rng)),
        "pump_sn": (
            PhiType.DEVICE_ID,
            rng.choice(
                (
                    f"{_digits(rng, 8)}",
                    f"8015-{_digits(rng, 7)}",
                    f"SN{_alnum(rng, 9)}",
                    f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 6)}",
                )
            ),
        ),
        "dev_sn": (
            PhiType.DEVICE_ID,
            rng.choice(
                (
                    f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 7)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 5)}",
                    f"PJN{_digits(rng, 6)}H",
                    f"J{_digits(rng, 10)}",
                )
            ),
        ),
        "udi": (
            PhiType.DEVICE_ID,
            f"(01){_digits(rng, 14)}(17){str(today.year + 2)[2:]}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}(21){_alnum(rng, 8)}",
        ),
        "bio": (
            PhiType.BIOMETRIC,
            rng.choice(
                (
                    f"FP-{_digits(rng, 7)}",
                    f"PV{_alnum(rng, 10)}",
                    f"VP-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"BIO{_digits(rng, 8)}",
                    f"tmpl_{_alnum(rng, 12, string.hexdigits[:16])}",
                    f"IRIS-{_alnum(rng, 6)}",
                )
            ),
        ),
        "photo": (
            PhiType.PHOTO,
            rng.choice(
                (
                    f"IMG_{today.year}{today.month:02d}{today.day:02d}_{_digits(rng, 4)}.jpg",
                    f"pt_face_{_digits(rng, 6)}.jpeg",
                    f"PHOTO-ID {_digits(rng, 7)}".split(" ", 1)[1],
                    f"idphoto_{_alnum(rng, 8).lower()}.png",
                    f"WB{_digits(rng, 8)}.JPG",
                )
            ),
        ),
        "emp": (
            PhiType.OTHER_ID,
            rng.choice(
                (f"E{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"EMP-{_digits(rng, 4)}", f"V{_digits(rng, 4)}")
            ),
        ),
        "emp2": (
            PhiType.OTHER_ID,
            rng.choice((f"E{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"EMP-{_digits(rng, 4)}")),
        ),
        "case": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"{today.year}-{_digits(rng, 5)}",
                    f"IR-{_digits(rng, 6)}",
                    f"LF{_digits(rng, 5)}",
                    f"SEC-{today.year % 100}-{_digits(rng, 4)}",
                    f"APS{_digits(rng, 7)}",
                )
            ),
        ),
        "job": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"T{_digits(rng, 7)}",
                    f"{_digits(rng, 8)}",
                    f"BR-{_digits(rng, 6)}",
                    f"REQ{_digits(rng, 6)}",
                )
            ),
        ),
        "spec": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"SP-{today.year % 100}-{_digits(rng, 6)}",
                    f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 8)}",
                    f"A{_digits(rng, 9)}",
                )
            ),
        ),
        "rx": (
            PhiType.OTHER_ID,
            rng.choice(
                (f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}", f"#{_digits(rng, 8)}"[1:])
            ),
        ),
        "pa": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"PA-{_digits(rng, 6)}-{rng.choice(string.ascii_uppercase)}",
                    f"AUTH{_digits(rng, 9)}",
                    f"{_alnum(rng, 12)}",
                )
            ),
        ),
        "study": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"FALLS-{_digits(rng, 4)}",
                    f"SUBJ {_digits(rng, 3)}-{_digits(rng, 3)}",
                    f"DELIRIUM-{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 3)}",
                )
            ),
        ),
    }
    return v


DRUGS = (
    "metoprolol tartrate 25 mg PO BID",
    "apixaban (Eliquis) 5 mg PO BID",
    "enoxaparin (Lovenox) 40 mg subcut daily",
    "piperacillin-tazobactam (Zosyn) 3.375 g IV q8h",
    "furosemide 40 mg IV BID",
    "insulin lispro 4 units subcut AC",
    "acetaminophen 650 mg PO q6h PRN pain",
    "oxycodone 5 mg PO q4h PRN pain 4-6",
    "ondansetron 4 mg IV q6h PRN",
    "lorazepam 1 mg IV per CIWA protocol",
    "thiamine 100 mg PO daily",
    "pantoprazole 40 mg IV daily",
    "vancomycin 1,250 mg IV q12h (trough 15-20)",
    "levetiracetam 500 mg PO BID",
    "potassium chloride 20 mEq PO x1",
    "melatonin 3 mg PO HS PRN",
    "senna-docusate 8.6-50 mg 2 tabs HS",
    "hydromorphone 0.5 mg IV q3h PRN",
    "ceftriaxone 1 g IV q24h",
    "carbidopa-levodopa 25/100 1 tab TID",
    "quetiapine 25 mg PO HS PRN agitation",
)
DRIPS = (
    "heparin 25,000 units/500 mL at 18 units/kg/h (1,250 units/h = 25 mL/h)",
    "norepinephrine 8 mcg/min (30 mL/h)",
    "dexmedetomidine (Precedex) 0.4 mcg/kg/h",
    "insulin regular 100 units/100 mL at 6 units/h",
    "NS at 75 mL/h",
    "LR bolus 1,000 mL over 1 h",
    "D5-1/2NS with 20 mEq KCl at 100 mL/h",
    "diltiazem 10 mg/h",
    "nicardipine 5 mg/h, titrate 2.5 mg/h q15min to SBP < 160",
    "propofol 20 mcg/kg/min",
    "amiodarone 1 mg/min x 6 h then 0.5 mg/min",
    "TPN 1,800 mL over 24 h (75 mL/h)",
)
O2 = (
    "2 L NC",
    "4 L/min nasal cannula",
    "RA",
    "room air",
    "HFNC 40 L/min, FiO2 0.45",
    "BiPAP 12/5, FiO2 30%",
    "Venturi mask 35%",
    "NRB 15 L",
    "3 LPM NC, humidified",
    "CPAP 10 cm H2O",
    "trach collar 28% 10 L",
    "AC/VC 450 x 16, PEEP 8, FiO2 40%",
    "PRVC TV 420 RR 18 PEEP 5 FiO2 35%",
    "1 L NC (home O2 baseline 2 L)",
)
UNITS = (
    "5 West Med-Surg",
    "4N Ortho",
    "CVICU",
    "MICU",
    "Step-Down 3E",
    "7 North Oncology",
    "6 South Telemetry",
    "ACE Unit",
    "Neuro 8W",
    "PCU",
    "Obs Unit",
    "BMT 9",
    "SICU",
    "Rehab 2",
    "Geri-Psych 3B",
    "L&D",
)
DIETS = (
    "Cardiac 2 g Na, 1500 mL fluid restriction",
    "NPO after midnight",
    "Dysphagia 2 mechanical soft, nectar-thick liquids",
    "IDDSI level 5 minced & moist, mildly thick (level 2) liquids",
    "Consistent carbohydrate 60 g/meal",
    "Clear liquids",
    "Renal 2 g Na / 2 g K / 800 mg phos",
    "Regular, thin liquids",
    "Full liquid",
    "Low residue",
    "Heart healthy",
    "Puree, honey-thick",
    "NPO except meds w/ sips",
    "Jevity 1.5 @ 55 mL/h via PEG, FWF 200 mL q4h",
)
EPONYMS = (
    "Parkinson's disease",
    "Graves' disease",
    "Alzheimer's dementia",
    "Guillain-Barré syndrome",
    "Cushing's syndrome",
    "Hodgkin lymphoma",
    "Crohn's disease",
    "Bell's palsy",
    "Hashimoto's thyroiditis",
    "Addison's disease",
    "Wernicke encephalopathy",
    "Huntington's disease",
    "Raynaud's",
    "Barrett's esophagus",
    "Sjögren's",
)
BRANDS = (
    "Mepilex Border",
    "Allevyn",
    "PureWick",
    "Hoyer lift",
    "Posey bed alarm",
    "Sage comfort shield wipes",
    "Ensure Plus",
    "Glucerna",
    "Prosource",
    "Juven",
    "Foley catheter 16 Fr",
    "Dobhoff tube",
    "Flexi-Seal",
    "SCDs (Kendall)",
    "Stryker bed",
    "Alaris pump",
    "Pyxis",
    "Omnicell",
    "Vocera",
    "Sara Stedy",
    "Tegaderm",
)
ROLES = (
    "the charge nurse",
    "the attending",
    "the hospitalist",
    "the house supervisor",
    "the resident",
    "PT",
    "OT",
    "the RT",
    "the night nurse",
    "the sitter",
    "the case manager",
    "the rapid response RN",
    "the unit secretary",
    "the CNA",
    "the nurse manager",
    "the intensivist",
)
ORGS = (
    "Lakeview Regional Medical Center",
    "St. Brigid Medical Center",
    "Mercy General",
    "Good Shepherd Hospital",
    "University Hospital",
    "Providence Home Health",
    "Meals on Wheels",
    "Medicare",
    "Aetna Medicare Advantage",
    "Blue Cross Blue Shield",
    "Lincare",
    "Apria",
    "Adapt Health",
    "Veterans Health Administration",
    "Kindred",
    "Amedisys Hospice",
    "the Red Cross",
    "Social Security Administration",
)
ICD = (
    "I50.23",
    "J44.1",
    "N17.9",
    "A41.9",
    "E11.65",
    "F10.239",
    "L89.154",
    "S72.001A",
    "R29.6",
    "I63.9",
    "J18.9",
    "K92.2",
    "Z91.81",
    "R13.12",
    "G20",
    "E87.1",
    "F05",
    "Z74.01",
)
CPT = (
    "97161",
    "97162",
    "97110",
    "97530",
    "97116",
    "97165",
    "97535",
    "92526",
    "92610",
    "92611",
    "94640",
    "94660",
    "97802",
    "99223",
    "99232",
    "36415",
    "51702",
    "94760",
)
HCPCS = ("E0260", "E0143", "G0108", "E1390", "A4253", "K0001", "E0165", "A6212", "E0601", "G0151")
LOINC = ("2345-7", "2823-3", "718-7", "4548-4", "2160-0", "32693-4", "59408-5", "8867-4", "9279-1", "72514-3")
SNOMED = ("129839007", "44054006", "399211009", "38341003", "162864005", "22298006", "49436004")
REV = ("0420", "0424", "0430", "0440", "0250", "0270", "0410", "0120", "0206", "0636")
NDC = ("0409-4888-20", "0641-6125-25", "63323-262-01", "0338-0049-04", "0074-4341-01", "25021-151-10")
LABS = (
    "K 3.2 mmol/L (3.5-5.1)",
    "Na 129 (135-145)",
    "Hgb 8.1 g/dL",
    "WBC 14.2 K/uL",
    "lactate 2.4 mmol/L",
    "Cr 1.9 (baseline 1.1)",
    "INR 2.7",
    "POC glucose 212 mg/dL",
    "Mg 1.5 mg/dL",
    "albumin 2.6 g/dL",
    "prealbumin 11 mg/dL",
    "BNP 1,420 pg/mL",
    "troponin <0.01",
    "aPTT 84 s (goal 60-90)",
    "ABG 7.31/58/64/29",
    "phos 1.9",
    "TSH 0.02",
    "ammonia 68",
    "CK 4,210 U/L",
    "anti-Xa 0.42",
)


def _bp(rng: random.Random) -> str:
    return f"{rng.randrange(88, 188)}/{rng.randrange(44, 104)}"


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not PHI: scores, vitals, doses, codes, rooms, times, ..."""
    braden_parts = [
        rng.randrange(1, 5),
        rng.randrange(1, 5),
        rng.randrange(1, 5),
        rng.randrange(1, 5),
        rng.randrange(1, 5),
        rng.randrange(1, 4),
    ]
    h = rng.randrange(24)
    floor = rng.randrange(2, 10)
    v: dict[str, str] = {
        "room": f"{floor}{rng.randrange(0, 4)}{rng.randrange(0, 10)}",
        "bed": rng.choice(("A", "B", "1", "2", "W", "D")),
        "room2": rng.choice(
            (
                f"{rng.randrange(200, 999)}-{rng.choice('AB')}",
                f"{rng.choice('NSEW')}{rng.randrange(1, 40)}",
                f"Pod {rng.choice('ABCD')} bay {rng.randrange(1, 16)}",
            )
        ),
        "unit": rng.choice(UNITS),
        "unit2": rng.choice(UNITS),
        "shift": rng.choice(
            ("0700-1930", "19:00-07:30", "7a-7p", "1900-0730", "D/N 12h", "0645-1915", "3p-11p")
        ),
        "time": f"{h:02d}{rng.randrange(60):02d}",
        "time2": f"{rng.randrange(24):02d}:{rng.randrange(60):02d}",
        "time3": f"{rng.randrange(1, 13)}:{rng.randrange(60):02d} {rng.choice(('AM', 'PM'))}",
        "bp": _bp(rng),
        "bp2": _bp(rng),
        "hr": str(rng.randrange(48, 141)),
        "rr": str(rng.randrange(10, 33)),
        "temp": rng.choice(
            (
                f"{rng.uniform(35.8, 39.6):.1f} C",
                f"{rng.uniform(96.5, 103.2):.1f} F",
                f"{rng.uniform(36.0, 38.9):.1f}",
            )
        ),
        "spo2": f"{rng.randrange(84, 101)}%",
        "map": str(rng.randrange(55, 110)),
        "o2": rng.choice(O2),
        "o2b": rng.choice(O2),
        "braden": str(sum(braden_parts)),
        "braden_sub": "/".join(str(p) for p in braden_parts),
        "morse": str(rng.choice((0, 15, 20, 25, 35, 40, 45, 50, 55, 60, 65, 70, 75, 85, 95, 105, 125))),
        "ciwa": str(rng.randrange(0, 32)),
        "cows": str(rng.randrange(0, 25)),
        "pain": str(rng.randrange(0, 11)),
        "pain2": str(rng.randrange(0, 11)),
        "gcs": str(rng.randrange(6, 16)),
        "rass": rng.choice(("0", "-1", "-2", "+1", "+2", "-3", "+3")),
        "news": str(rng.randrange(0, 14)),
        "mews": str(rng.randrange(0, 9)),
        "ampac": str(rng.randrange(6, 25)),
        "nihss": str(rng.randrange(0, 23)),
        "age_ly": str(rng.randrange(22, 90)),
        "age_ly2": str(rng.randrange(1, 89)),
        "years": str(rng.randrange(2, 40)),
        "year": str(rng.randrange(1962, 2025)),
        "pod": str(rng.randrange(0, 9)),
        "hd": str(rng.randrange(1, 21)),
        "drug": rng.choice(DRUGS),
        "drug2": rng.choice(DRUGS),
        "drug3": rng.choice(DRUGS),
        "drip": rng.choice(DRIPS),
        "drip2": rng.choice(DRIPS),
        "rate": f"{rng.randrange(5, 250)} mL/h",
        "diet": rng.choice(DIETS),
        "eponym": rng.choice(EPONYMS),
        "eponym2": rng.choice(EPONYMS),
        "brand": rng.choice(BRANDS),
        "brand2": rng.choice(BRANDS),
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "org": rng.choice(ORGS),
        "org2": rng.choice(ORGS),
        "icd": rng.choice(ICD),
        "icd2": rng.choice(ICD),
        "cpt": rng.choice(CPT),
        "cpt2": rng.choice(CPT),
        "hcpcs": rng.choice(HCPCS),
        "loinc": rng.choice(LOINC),
        "snomed": rng.choice(SNOMED),
        "rev": rng.choice(REV),
        "ndc": rng.choice(NDC),
        "drg": str(rng.choice((291, 292, 193, 194, 470, 871, 872, 65, 189, 690, 683, 603, 897))),
        "lot": rng.choice(
            (
                f"{rng.randrange(1, 10)}{rng.choice('ABCDEFGH')}{rng.randrange(100, 999)}{rng.choice('ABC')}",
                f"L{rng.randrange(10000, 99999)}",
                f"{rng.randrange(10, 99)}K{rng.randrange(1000, 9999)}",
            )
        ),
        "form": rng.choice(
            (
                f"NUR-{rng.randrange(100, 999)} v{rng.randrange(1, 9)}.{rng.randrange(0, 9)}",
                f"RT-{rng.randrange(10, 99)}",
                f"PCS {rng.randrange(1000, 9999)} Rev. {rng.randrange(2009, 2025)}",
                f"F-{rng.randrange(1000, 9999)}-{rng.choice('ABCD')}",
            )
        ),
        "policy": rng.choice(
            (
                f"NS-{rng.randrange(1, 20)}.{rng.randrange(1, 40)}",
                f"PC-{rng.randrange(100, 400)}",
                f"Policy {rng.randrange(100, 999)}.{rng.randrange(10, 99)}",
                f"ADM-{rng.randrange(10, 99)}",
            )
        ),
        "money": rng.choice(
            (
                f"${rng.randrange(5, 5000):,}.{rng.randrange(100):02d}",
                f"${rng.randrange(20, 400)}",
                f"USD {rng.randrange(100, 90000):,}",
            )
        ),
        "lab": rng.choice(LABS),
        "lab2": rng.choice(LABS),
        "wt": f"{rng.uniform(38, 160):.1f} kg",
        "ht": f"{rng.randrange(140, 198)} cm",
        "bmi": f"{rng.uniform(15.5, 48.0):.1f}",
        "intake": str(rng.randrange(200, 3200)),
        "output": str(rng.randrange(100, 3000)),
        "uop": str(rng.randrange(10, 200)),
        "stool": str(rng.randrange(0, 5)),
        "iv": rng.choice(
            ("20G L forearm", "18G R AC", "22G L hand", "PICC R basilic 2-lumen", "R IJ TLC", "port L chest")
        ),
        "wound": rng.choice(
            (
                "stage 2 sacrum 2.1 x 1.4 x 0.1 cm",
                "DTI L heel 3 x 3 cm, intact",
                "stage 3 coccyx 4.0 x 3.2 x 0.6 cm",
                "unstageable R ischium, 80% slough",
                "MASD perineum",
                "skin tear L forearm, Payne-Martin I",
            )
        ),
        "code": rng.choice(
            ("Full Code", "DNR/DNI", "DNR - OK to intubate", "Comfort Care", "POLST on chart, DNAR")
        ),
        "iso": rng.choice(
            ("Contact (MRSA)", "Contact-plus (C. diff)", "Droplet", "Airborne (r/o TB)", "none", "Standard")
        ),
        "fall_int": rng.choice(
            (
                "bed alarm zone 2, yellow socks, chair alarm",
                "low bed, mats bilateral",
                "hourly rounding, gait belt",
                "1:1 sitter",
                "video monitor (tele-sitter)",
                "yellow wristband, fall sign on door",
            )
        ),
        "restraint": rng.choice(
            (
                "soft wrist restraints x2",
                "mitts bilateral",
                "4-point soft",
                "enclosure bed",
                "lap belt (self-release)",
                "bilateral soft wrist + vest per order",
            )
        ),
        "ratio": rng.choice(("1:1", "1:2", "1:4 cohort", "tele-sitter 1:12")),
        "qty": str(rng.randrange(1, 12)),
        "min": str(rng.choice((15, 20, 30, 45, 60, 90))),
        "pct": f"{rng.choice((0, 25, 50, 75, 100))}%",
        "fio2": f"{rng.choice((21, 28, 30, 35, 40, 50, 60, 80, 100))}%",
        "peep": str(rng.choice((5, 8, 10, 12, 14))),
        "lang": rng.choice(
            (
                "Spanish",
                "Vietnamese",
                "Arabic",
                "Haitian Creole",
                "Somali",
                "Mandarin",
                "Cantonese",
                "Russian",
                "ASL",
                "Portuguese",
                "Nepali",
                "K'iche'",
                "Tagalog",
                "Polish",
                "Korean",
            )
        ),
        "language2": rng.choice(("English", "French", "Amharic", "Farsi", "Hmong")),
        "kcal": str(rng.randrange(1200, 2800)),
        "prot": str(rng.randrange(50, 150)),
        "fluid": str(rng.choice((1000, 1200, 1500, 1800, 2000))),
        "dose": f"{rng.choice((0.5, 1, 2, 2.5, 4, 5, 10, 12.5, 25, 40, 50, 100))} {rng.choice(('mg', 'mcg', 'units', 'mL'))}",
        "peak": str(rng.randrange(120, 520)),
        "ext_yr": str(rng.randrange(2025, 2031)),
        "dow": rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")),
        "pct_meal": f"{rng.choice((0, 10, 25, 50, 75, 100))}%",
        "bag": str(rng.randrange(1, 4)),
        "cash": f"${rng.randrange(0, 300)}.{rng.randrange(100):02d}",
        "sbar_s": rng.choice(
            (
                "new O2 requirement",
                "rising CIWA",
                "post-fall check",
                "hypotension after HD",
                "acute confusion",
                "uncontrolled pain",
                "hyperkalemia on AM labs",
                "NEW afib RVR",
            )
        ),
        "dx": rng.choice(
            (
                "CHF exacerbation",
                "COPD exacerbation",
                "sepsis, urinary source",
                "alcohol withdrawal",
                "L hip fracture s/p ORIF",
                "CVA, L MCA",
                "DKA",
                "community-acquired pneumonia",
                "GI bleed",
                "AKI on CKD 3b",
                "hypernatremia",
                "cellulitis RLE",
                "delirium",
            )
        ),
        "dx2": rng.choice(
            (
                "T2DM",
                "HTN",
                "CKD 3a",
                "AFib on anticoagulation",
                "OSA on CPAP",
                "depression",
                "BPH",
                "osteoarthritis",
                "hypothyroidism",
                "HFrEF EF 30%",
            )
        ),
    }
    v.update(
        {
            "cath": rng.choice(
                ("PureWick", "Foley catheter 16 Fr", "Flexi-Seal", "condom catheter", "Foley 14 Fr coude")
            ),
            "equip": rng.choice(
                (
                    "Posey bed alarm",
                    "Hoyer lift",
                    "Sara Stedy",
                    "SCDs (Kendall)",
                    "chair alarm",
                    "gait belt",
                    "incentive spirometer",
                    "non-skid socks",
                )
            ),
            "dressing": rng.choice(
                (
                    "Mepilex Border",
                    "Allevyn",
                    "Tegaderm",
                    "hydrocolloid",
                    "Aquacel Ag",
                    "Xeroform",
                    "zinc barrier",
                )
            ),
            "supplement": rng.choice(
                ("Ensure Plus", "Glucerna", "Prosource", "Juven", "Nepro", "Boost Breeze")
            ),
            "supplement2": rng.choice(
                ("Ensure Plus", "Glucerna", "Prosource", "Juven", "Nepro", "Boost Breeze")
            ),
            "gluc": f"{rng.randrange(48, 420)} mg/dL",
            "hcpcs_surf": rng.choice(("E0277", "E0373", "E0184", "E0185")),
            "hcpcs_drs": rng.choice(("A6212", "A6209", "A6234", "A6196")),
            "cpt_pt": rng.choice(("97161", "97162", "97163", "97110", "97116", "97530")),
            "cpt_pt2": rng.choice(("97110", "97116", "97530", "97112")),
            "cpt_ot": rng.choice(("97165", "97166", "97535", "97530")),
            "cpt_slp": rng.choice(("92610", "92526", "92611", "92523")),
            "cpt_rt": rng.choice(("94640", "94660", "94664", "94760", "94002")),
            "cpt_rt2": rng.choice(("94640", "94669", "94761")),
        }
    )
    return {k: (None, s) for k, s in v.items()}
