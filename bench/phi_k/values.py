"""Set K's invented identifiers and its clinical look-alikes (untyped filler).

``identifiers(rng)`` returns one invented patient, the people around them, their places, dates and
numbers, each as ``(PhiType, text)``; ``lookalikes(rng)`` returns ``(None, text)`` values that look like
identifiers to a careless scanner but are not: doses, vitals, labs, scores, codes, years, young ages.
Phones are 555-01xx, domains are example.*, IPs are in the documentation ranges, and the VINs, NPIs,
DEA numbers and Medicare MBIs carry valid check digits or character classes.
"""

from __future__ import annotations

import random
import string
import unicodedata
from datetime import date, datetime, timedelta

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# fmt: off
FIRST = (
    "Aaliyah", "Bartholomew", "Chidi", "Dagny", "Émile", "Fatoumata", "Giorgos", "Hyun-woo", "Iñaki",
    "Jovana", "Kwame", "Laleh", "Mårten", "Nnamdi", "Oluwaseun", "Paulo", "Qiu", "Radhika", "Søren",
    "Thanh", "Uchenna", "Valentina", "Wiremu", "Xiomara", "Yusuf", "Zofia", "Siobhán", "Zoë", "Łukasz",
    "Renée", "José", "François", "Anh", "Bogdan", "Catalina", "Dmitri", "Esperanza", "Farhan", "Guadalupe",
    "Henrik", "Ifeoma", "Jae-sung", "Keanu", "Leilani", "Magnus", "Nizhoni", "Orla", "Priyanka", "Rafael",
    "Sanjay", "Tomasz", "Ulla", "Vikram", "Wei", "Yael", "Zainab", "Ngozi", "Hope", "Faith", "Grace",
    "Rose", "Bill", "Frank", "Mark", "Will", "Summer", "June", "April", "Sunny", "Major", "Joy", "Dawn",
    "Miles", "Chance", "Ivy", "Hunter", "Pearl", "Sky", "Patience", "Precious", "Royal", "Deacon",
    "Jean-Baptiste", "Mary-Kate", "Anne-Sophie", "Kai", "Lior",
)
# fmt: on
# fmt: off
LAST = (
    "Okonkwo-Reyes", "van der Berg", "de la Cruz", "O'Sullivan", "McAllister", "Nguyen", "Al-Masri",
    "Ben-David", "Żółkowski", "Ødegaard", "Castañeda", "Müller", "Kowalczyk", "Abernathy", "Baptiste",
    "Chaudhry", "Dubois", "Eszterházy", "Fitzgerald", "Gonçalves", "Haddad", "Ishikawa", "Jankowska",
    "Khumalo", "Lindqvist", "Nakamura-Clarke", "Papadopoulos", "Quiñones", "Rahimi", "Sæther", "Takahashi",
    "Uzun", "Villanueva", "Wójcik", "Xu", "Yilmaz", "Zielinski", "da Silva", "del Rosario", "St. John",
    "bin Rashid", "MacGillivray", "Ng", "Le", "Do", "Tran-Whitfield", "Begaye", "Kealoha", "Oyenuga",
    "Szabó", "Hernández-Ruiz", "Łapińska", "D'Amico", "Van Buren", "de Vries", "Mbatha", "Bishop", "Walker",
    "Young", "Strong", "Black", "White", "Price", "Banks", "Rivers", "Hill", "Stone", "Fields", "Love",
    "Church", "Bell", "Moody", "Sharp", "Wise", "Little", "Friday", "Summers", "Cash", "Gentry", "Mercy",
    "Noble", "Brave", "Story", "Day",
)
# fmt: on
# fmt: off
STREETS = (
    "Wren Hollow Road", "Calle Mirasol", "Old Quarry Rd", "Bayou Teche Lane", "Kittatinny Ave",
    "Rue Sainte-Anne", "Juniper Flats Way", "Pinon Mesa Dr", "Sweetgum Court", "Harbor View Blvd",
    "Mill Race Pkwy", "Lantern Hill Street", "Cordova Terrace", "Ridgeback Trail", "Osage Bend Road",
    "Ironwood Circle", "Tamarack Ln", "Magnolia Bluff Ave", "Kingfisher Row", "Placid Creek Drive",
)
# fmt: on
# fmt: off
CITIES = (
    "Tupelo", "Bemidji", "Walla Walla", "Truth or Consequences", "Coeur d'Alene", "Española", "Hope",
    "Liberty", "Eden", "Normal", "Paradise", "Fort Kent", "Kealakekua", "Mount Pleasant", "Winston-Salem",
    "La Cañada Flintridge", "Yreka", "Chinle", "Houma", "Presque Isle", "Opelousas", "Grand Marais",
    "Ruidoso", "Bethel", "Ketchikan", "Mayagüez", "Hilo", "Pikeville", "Ely", "Marfa", "Sitka", "Bismarck",
    "Dothan", "Natchitoches", "Zanesville", "Wahpeton", "Dillingham", "Glendive",
)
# fmt: on
# fmt: off
COUNTIES = (
    "Pocahontas County", "Doña Ana County", "Aroostook County", "Kenai Peninsula Borough",
    "St. Landry Parish", "Apache County", "Harlan County", "Lake of the Woods County", "Maui County",
    "Presidio County", "Coconino County", "Ouachita Parish", "McDowell County", "Washakie County",
)
# fmt: on
# fmt: off
HOODS = (
    "Five Points", "Little Havana", "Over-the-Rhine", "Bywater", "Fishtown", "the Ironbound", "Mount Airy",
    "Old Town Chinatown", "Southside Flats", "Kalihi", "Treme", "Swede Hollow",
)
# fmt: on
INSTALLATIONS = (
    "Fort Kellerman",
    "Camp Pendry",
    "Fort Ashcombe",
    "Naval Station Dunmore",
    "Joint Base Tallis",
)
# fmt: off
FACILITY_KINDS = (
    "Regional Medical Center", "Community Hospital", "Memorial Hospital", "General Hospital",
    "Medical Center",
)
# fmt: on
EMAIL_DOMAINS = ("example.com", "example.org", "example.net", "mail.example.com", "va.example.org")
# fmt: off
AREA_CODES = (
    "208", "314", "406", "505", "603", "701", "808", "907", "228", "337", "606", "785",
)
# fmt: on
# fmt: off
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
# fmt: on
# fmt: off
MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)
# fmt: on
# fmt: off
MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre",
)
# fmt: on
# fmt: off
MONTHS_DE = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
    "November", "Dezember",
)
# fmt: on
# fmt: off
ONES = (
    "", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine",
)
# fmt: on


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def format_date(rng: random.Random, d: date) -> str:
    """One of many ways a clinician writes a day (every one keeps a day or a month)."""
    m, y, day = d.month, d.year, d.day
    mon = MONTHS[m - 1]
    formats = (
        f"{m:02d}/{day:02d}/{y}",
        f"{m}/{day}/{y % 100:02d}",
        f"{y}-{m:02d}-{day:02d}",
        f"{day} {mon[:3]} {y}",
        f"{mon} {day}, {y}",
        f"{day:02d}.{m:02d}.{y}",
        f"{mon[:3]}-{day:02d}-{y}",
        f"{day:02d}-{mon[:3].upper()}-{y}",
        f"the {_ordinal(day)} of {mon}",
        f"{mon} {_ordinal(day)}",
        f"{m}/{day}",
        f"{day:02d}/{m:02d}/{y}",
        f"{y}{m:02d}{day:02d}",
        f"{mon[:3]} {day}",
        f"{d.strftime('%A')}, {mon} {day}",
        f"{day} {MONTHS_FR[m - 1]} {y}",
        f"{day} de {MONTHS_ES[m - 1]} de {y}",
        f"{day}. {MONTHS_DE[m - 1]} {y}",
        f"{mon} {y}",
        f"{m:02d}/{y}",
        f"{mon[:3].upper()} {day} {y}",
        f"{day}{mon[:3].upper()}{y % 100:02d}",
        f"{y}/{m}/{day}",
        f"{mon.lower()} {day}",
    )
    return rng.choice(formats)


def format_datetime(rng: random.Random, d: date) -> str:
    at = datetime(d.year, d.month, d.day, rng.randrange(24), rng.randrange(60))
    return rng.choice(
        (
            at.strftime("%m/%d/%Y %H:%M"),
            at.strftime("%Y-%m-%dT%H:%M"),
            at.strftime("%d-%b-%Y %H%M"),
            at.strftime("%m/%d/%y @ %H%M"),
            f"{at.strftime('%b')} {at.day} {at.strftime('%H:%M')}",
        )
    )


def _person(rng: random.Random, role: str) -> dict[str, Value]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    middle = rng.choice(string.ascii_uppercase.replace("X", ""))
    name = PhiType.NAME
    return {
        f"{role}_full": (name, f"{first} {last}"),
        f"{role}_mid": (name, f"{first} {middle}. {last}"),
        f"{role}_first": (name, first),
        f"{role}_last": (name, last),
        f"{role}_formal": (name, rng.choice((f"{last}, {first}", f"{last}, {first} {middle}."))),
        f"{role}_caps": (
            name,
            rng.choice((f"{last.upper()}, {first.upper()}", f"{first.upper()} {last.upper()}")),
        ),
        f"{role}_initial": (name, f"{first[0]}. {last}"),
        f"{role}_lower": (name, f"{first.lower()}"),
    }


def _phone(rng: random.Random) -> str:
    area, line = rng.choice(AREA_CODES), f"01{rng.randrange(100):02d}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area}555{line}",
            f"555-{line}",
        )
    )


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randrange(1, 100), rng.randrange(1, 10000)
    sep = rng.choice(("-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


def _luhn_check(digits: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return (10 - total % 10) % 10


def npi(rng: random.Random) -> str:
    """A 10-digit NPI whose last digit is the Luhn check over 80840 + the first nine."""
    body = rng.choice("12") + _digits(rng, 8)
    return body + str(_luhn_check("80840" + body))


def dea(rng: random.Random, last_name: str) -> str:
    """A DEA registration number: registrant letter, the last name's initial, 6 digits and a check digit."""
    initial = next((c for c in last_name.upper() if c in string.ascii_uppercase), "X")
    d = [int(c) for c in _digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A 17-character VIN with a valid check digit in position 9 (no I, O or Q)."""
    chars = [rng.choice("12345JKL"), *(rng.choice(VIN_CHARS) for _ in range(16))]
    chars[9] = rng.choice("LMNPRST")  # model year letter
    total = sum(VIN_WEIGHTS[i] * (int(c) if c.isdigit() else VIN_VALUES[c]) for i, c in enumerate(chars))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    """A Medicare Beneficiary Identifier in its character classes (C A AN N A AN N A A N N)."""
    an = MBI_ALPHA + string.digits
    raw = (
        rng.choice("123456789")
        + rng.choice(MBI_ALPHA)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(MBI_ALPHA)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(MBI_ALPHA)
        + rng.choice(MBI_ALPHA)
        + _digits(rng, 2)
    )
    return rng.choice((raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"))


def _dates(rng: random.Random) -> dict[str, Value]:
    visit = date(2019, 1, 1) + timedelta(days=rng.randrange(2800))
    dob = date(1931, 1, 1) + timedelta(days=rng.randrange(27000))
    offsets = {
        "adm": -rng.randrange(1, 20),
        "dc": rng.randrange(1, 9),
        "next": rng.randrange(7, 120),
        "prior": -rng.randrange(30, 700),
        "event": -rng.randrange(1, 60),
        "sign": rng.randrange(0, 3),
    }
    out: dict[str, Value] = {
        "visit": (PhiType.DATE, format_date(rng, visit)),
        "dob": (PhiType.DATE, format_date(rng, dob)),
        "stamp": (PhiType.DATE, format_datetime(rng, visit)),
        "stamp2": (PhiType.DATE, format_datetime(rng, visit + timedelta(days=rng.randrange(0, 3)))),
        "death": (PhiType.DATE, format_date(rng, visit + timedelta(days=rng.randrange(1, 40)))),
    }
    for key, delta in offsets.items():
        out[key] = (PhiType.DATE, format_date(rng, visit + timedelta(days=delta)))
    return out


def _age_words(age: int) -> str:
    if age < 100:
        return "ninety" + ONES[age % 10]
    rest = age - 100
    if rest == 0:
        return "one hundred"
    tail = {10: "ten", 11: "eleven"}.get(rest, ONES[rest][1:] if rest < 10 else "")
    return f"one hundred {tail}" if rest > 9 else f"one hundred and {tail}"


def _places(rng: random.Random) -> dict[str, Value]:
    loc = PhiType.LOCATION
    zip5 = f"{rng.randrange(1001, 99951):05d}"
    city = rng.choice(CITIES)
    return {
        "street": (loc, f"{rng.randrange(2, 98000)} {rng.choice(STREETS)}"),
        "street2": (loc, f"{rng.randrange(2, 9800)} {rng.choice(STREETS)}"),
        "unit": (
            loc,
            rng.choice(
                (
                    f"Apt {rng.randrange(1, 40)}{rng.choice('ABCDF')}",
                    f"Unit {rng.randrange(100, 999)}",
                    f"#{rng.randrange(2, 60)}",
                    f"Lot {rng.randrange(1, 90)}",
                )
            ),
        ),
        "pobox": (loc, f"PO Box {rng.randrange(10, 9999)}"),
        "city": (loc, city),
        "city2": (loc, rng.choice(CITIES)),
        "county": (loc, rng.choice(COUNTIES)),
        "hood": (loc, rng.choice(HOODS)),
        "zip": (loc, rng.choice((zip5, f"{zip5}-{rng.randrange(1, 9999):04d}"))),
        "zip2": (loc, f"{rng.randrange(1001, 99951):05d}"),
        "facility": (loc, f"{rng.choice(CITIES)} {rng.choice(FACILITY_KINDS)}"),
        "va_facility": (
            loc,
            f"{rng.choice(CITIES)} {rng.choice(('VA Medical Center', 'VA Clinic', 'VA Community Based Outpatient Clinic'))}",
        ),
        "base": (loc, rng.choice(INSTALLATIONS)),
    }


def _ascii(text: str) -> str:
    """Lower-case ASCII letters and digits of ``text`` (accents dropped), as in an e-mail address."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in plain.lower() if c.isalnum())


def _contacts(rng: random.Random, first: str, last: str) -> dict[str, Value]:
    handle = _ascii(f"{first[0]}{last}") or "pt"
    mail = rng.choice(
        (
            f"{handle}{rng.randrange(1, 99)}",
            f"{handle}.{rng.choice(('k', 'home', 'work'))}",
            f"{first[0].lower()}.{handle}",
        )
    )
    return {
        "phone": (PhiType.PHONE, _phone(rng)),
        "phone2": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "email": (PhiType.EMAIL, f"{mail}@{rng.choice(EMAIL_DOMAINS)}"),
        "url": (
            PhiType.URL,
            rng.choice(
                (
                    f"https://portal.example.org/p/{_digits(rng, 6)}",
                    f"www.example.com/status/{_digits(rng, 5)}",
                    f"http://example.net/track?id={_digits(rng, 7)}",
                    f"https://{handle}.example.com",
                    f"https://example.org/c/{_letters(rng, 3).lower()}{_digits(rng, 4)}",
                )
            ),
        ),
        "portal_url": (
            PhiType.URL,
            rng.choice(
                (
                    f"https://portal.example.org/patients/{_digits(rng, 6)}",
                    f"mychart.example.com/{handle}",
                    f"http://intranet.example.net/chart?mrn={_digits(rng, 7)}",
                )
            ),
        ),
        "log_url": (
            PhiType.URL,
            rng.choice((f"example.net/~{handle}/feeding-log", f"https://{handle}.example.com/log")),
        ),
        "tele_url": (
            PhiType.URL,
            f"https://telehealth.example.org/room/{_letters(rng, 3).lower()}-{_digits(rng, 4)}",
        ),
        "ip": (
            PhiType.IP_ADDRESS,
            rng.choice(
                (
                    f"192.0.2.{rng.randrange(1, 255)}",
                    f"198.51.100.{rng.randrange(1, 255)}",
                    f"203.0.113.{rng.randrange(1, 255)}",
                    f"2001:db8:{rng.randrange(1, 0xFFFF):x}::{rng.randrange(1, 0xFFF):x}",
                )
            ),
        ),
    }


def _staff_email(rng: random.Random, first: str, last: str) -> str:
    ascii_last = _ascii(last) or "staff"
    ascii_first = _ascii(first) or "s"
    local = rng.choice(
        (f"{ascii_first}.{ascii_last}", f"{ascii_first[0]}{ascii_last}", f"{ascii_last}{rng.randrange(1, 9)}")
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def _numbers(rng: random.Random, md_last: str) -> dict[str, Value]:
    upper = string.ascii_uppercase
    return {
        "ssn": (PhiType.SSN, _ssn(rng)),
        "mrn": (
            PhiType.MRN,
            rng.choice(
                (
                    _digits(rng, 8),
                    f"K{_digits(rng, 7)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                    f"MR{_digits(rng, 6)}",
                )
            ),
        ),
        "icn": (PhiType.MRN, f"10{_digits(rng, 8)}V{_digits(rng, 6)}"),
        "plan": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_letters(rng, 3)}{_digits(rng, 9)}",
                    f"W{_digits(rng, 9)}",
                    f"{_letters(rng, 2)}-{_digits(rng, 7)}-{_digits(rng, 2)}",
                )
            ),
        ),
        "mbi": (PhiType.HEALTH_PLAN_ID, mbi(rng)),
        "medicaid": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice((f"{_digits(rng, 10)}", f"MC{_digits(rng, 8)}{rng.choice(upper)}")),
        ),
        "group": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (f"GRP-{_digits(rng, 6)}", f"{_digits(rng, 5)}{_letters(rng, 2)}", f"G{_digits(rng, 7)}")
            ),
        ),
        "acct": (
            PhiType.ACCOUNT,
            rng.choice((_digits(rng, 10), f"A{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}")),
        ),
        "fin": (
            PhiType.ACCOUNT,
            rng.choice((f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"FIN{_digits(rng, 8)}", _digits(rng, 9))),
        ),
        "claim": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    f"CLM-{rng.randrange(2019, 2027)}-{_digits(rng, 7)}",
                    f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 8)}",
                    f"WC{_digits(rng, 9)}",
                )
            ),
        ),
        "npi": (PhiType.LICENSE, npi(rng)),
        "dea": (PhiType.LICENSE, dea(rng, md_last)),
        "lic": (
            PhiType.LICENSE,
            rng.choice(
                (
                    _digits(rng, 7),
                    f"{_letters(rng, 1)}{_digits(rng, 6)}",
                    f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                    f"{_letters(rng, 2)}.{_digits(rng, 7)}",
                    f"{_letters(rng, 1)}{_digits(rng, 6)}-{_letters(rng, 2)}",
                )
            ),
        ),
        "dl": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"{rng.choice(upper)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"{_digits(rng, 9)}",
                    f"{_letters(rng, 2)}{_digits(rng, 6)}",
                )
            ),
        ),
        "vin": (PhiType.VEHICLE_ID, vin(rng)),
        "plate": (
            PhiType.VEHICLE_ID,
            rng.choice(
                (
                    f"{rng.randrange(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                    f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                    f"{_letters(rng, 2)} {_digits(rng, 2)}{rng.choice(upper)}",
                    f"{_digits(rng, 3)} {_letters(rng, 3)}",
                )
            ),
        ),
        "serial": (
            PhiType.DEVICE_ID,
            rng.choice(
                (
                    f"SN{_letters(rng, 2)}{_digits(rng, 6)}",
                    f"{_letters(rng, 3)}{_digits(rng, 6)}{rng.choice(upper)}",
                    f"{_digits(rng, 4)}-{_letters(rng, 2)}-{_digits(rng, 5)}",
                )
            ),
        ),
        "udi": (
            PhiType.DEVICE_ID,
            rng.choice(
                (
                    f"(01)0{_digits(rng, 13)}(21){_letters(rng, 2)}{_digits(rng, 5)}",
                    f"+H{_letters(rng, 3)}{_digits(rng, 8)}/${_digits(rng, 6)}",
                    f"0{_digits(rng, 13)}21{_digits(rng, 7)}",
                )
            ),
        ),
        "serial2": (PhiType.DEVICE_ID, f"{_letters(rng, 2)}{_digits(rng, 7)}"),
        "bio": (
            PhiType.BIOMETRIC,
            rng.choice(
                (
                    f"TPL-{_digits(rng, 7)}",
                    f"{_digits(rng, 5)}-{rng.choice(upper)}{_digits(rng, 3)}",
                    f"BIO{_letters(rng, 2)}{_digits(rng, 6)}",
                    _digits(rng, 12),
                    f"{_letters(rng, 1)}{_digits(rng, 4)}-{_digits(rng, 4)}",
                )
            ),
        ),
        "photo": (
            PhiType.PHOTO,
            rng.choice(
                (
                    f"IMG_{rng.randrange(2019, 2027)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}_{_digits(rng, 4)}.jpg",
                    f"face_{_digits(rng, 5)}.png",
                    f"PH-{_digits(rng, 6)}",
                    f"pt_photo_{_digits(rng, 4)}.jpeg",
                    f"DSC{_digits(rng, 5)}.JPG",
                )
            ),
        ),
        "accession": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"S{rng.randrange(19, 27)}-{_digits(rng, 5)}",
                    f"ACC{_digits(rng, 8)}",
                    f"{_letters(rng, 2)}{rng.randrange(19, 27)}-{_digits(rng, 4)}",
                )
            ),
        ),
        "subject": (
            PhiType.OTHER_ID,
            f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
        ),
        "inmate": (
            PhiType.OTHER_ID,
            rng.choice(
                (f"{_letters(rng, 1)}{_digits(rng, 6)}", f"{_digits(rng, 8)}", f"BK{_digits(rng, 7)}")
            ),
        ),
        "employee": (
            PhiType.OTHER_ID,
            rng.choice((f"E{_digits(rng, 6)}", f"EMP-{_digits(rng, 5)}", f"{_digits(rng, 7)}")),
        ),
        "edipi": (PhiType.OTHER_ID, _digits(rng, 10)),
        "student": (
            PhiType.OTHER_ID,
            rng.choice((f"S{_digits(rng, 7)}", f"{_digits(rng, 6)}", f"STU-{_digits(rng, 5)}")),
        ),
        "rx": (
            PhiType.OTHER_ID,
            rng.choice(
                (f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}", f"#{_digits(rng, 8)}")
            ),
        ),
        "auth": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"PA{_digits(rng, 9)}",
                    f"AUTH-{_letters(rng, 2)}{_digits(rng, 6)}",
                    f"{_digits(rng, 4)}{_letters(rng, 3)}{_digits(rng, 3)}",
                )
            ),
        ),
        "case": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"{rng.randrange(2019, 2027)}-CV-{_digits(rng, 5)}",
                    f"UR{_digits(rng, 7)}",
                    f"CASE-{_digits(rng, 6)}",
                )
            ),
        ),
    }


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient and everyone and everything around them, each a gold span when used."""
    people: dict[str, Value] = {}
    for role in ("pt", "kin", "md", "md2", "rn", "staff", "peer"):
        people.update(_person(rng, role))
    age = rng.randrange(90, 106)
    out: dict[str, Value] = {
        **people,
        **_dates(rng),
        **_places(rng),
        **_contacts(rng, people["pt_first"][1], people["pt_last"][1]),
        **_numbers(rng, people["md_last"][1]),
        "email2": (PhiType.EMAIL, _staff_email(rng, people["staff_first"][1], people["staff_last"][1])),
        "age90": (PhiType.AGE, rng.choice((str(age), _age_words(age), str(age)))),
        "age90b": (PhiType.AGE, str(rng.randrange(90, 104))),
    }
    return out


# --- look-alikes (never gold) -----------------------------------------------------------------------

DEVICES = {
    "pump_brand": ("CADD-Solis", "Baxter Sigma Spectrum", "BD Alaris 8015", "Sapphire infusion pump"),
    "cpap_brand": ("ResMed AirSense 11", "Philips DreamStation 2", "Luna G3 auto-CPAP"),
    "aid_brand": ("Phonak Audeo Lumity", "Oticon More 1", "Starkey Genesis AI", "ReSound Omnia"),
    "hd_machine": ("Fresenius 2008T", "NxStage System One", "Fresenius 5008S"),
    "o2_brand": ("Inogen One G5", "Invacare Platinum 10", "ResMed Mobi", "SimplyGo Mini"),
    "breast_pump": ("Medela Symphony", "Spectra S1 Plus", "Ameda Platinum"),
    "mobility_brand": ("Hoyer lift", "power wheelchair", "Drive rollator", "Invacare hospital bed"),
}
ONC_DRUGS = (
    "Keytruda",
    "Opdivo",
    "carboplatin",
    "paclitaxel",
    "rituximab",
    "oxaliplatin",
    "Herceptin",
    "Neulasta",
)
# fmt: off
EPONYMS = (
    "Babinski", "Murphy sign", "Hawkins-Kennedy", "Lachman", "McMurray", "Phalen", "Tinel", "Romberg",
    "Kernig", "Homans", "Apley", "Spurling", "Glasgow", "Mallampati", "Wells", "Child-Pugh", "Bristol",
    "Braden", "Beighton", "Finkelstein",
)
# fmt: on
# fmt: off
STATES = (
    "KY", "Oregon", "NM", "Louisiana", "AK", "Mississippi", "ND", "Maine", "HI", "Texas", "ID", "WV",
)
# fmt: on
UNIT_NAMES = ("4 West", "Pod C", "Bay 7", "Chair 12", "Room 318", "Bed 2B", "Trauma 3", "Station 4")


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Untyped filler that looks like identifiers but is not one under Safe Harbor."""
    r = rng.randrange
    out: dict[str, str] = {
        "bp": f"{r(96, 178)}/{r(52, 98)}",
        "hr": str(r(48, 128)),
        "rr": str(r(10, 28)),
        "spo2": f"{r(86, 101)}%",
        "temp": f"{r(360, 395) / 10:.1f}",
        "temp_f": f"{r(970, 1032) / 10:.1f}",
        "wt": f"{r(48, 140)}.{r(10)} kg",
        "wt_lb": f"{r(105, 320)} lb",
        "ht": f"{r(150, 198)} cm",
        "bmi": f"{r(17, 44)}.{r(10)}",
        "gcs": str(r(9, 16)),
        "apgar": f"{r(5, 9)}/{r(8, 10)}",
        "ecog": str(r(0, 4)),
        "pain": f"{r(0, 11)}/10",
        "a1c": f"{r(50, 130) / 10:.1f}%",
        "cr": f"{r(5, 90) / 10:.1f}",
        "hgb": f"{r(70, 170) / 10:.1f}",
        "plt": str(r(40, 450)),
        "anc": f"{r(3, 80) / 10:.1f}",
        "k": f"{r(30, 62) / 10:.1f}",
        "na": str(r(124, 149)),
        "inr": f"{r(9, 35) / 10:.1f}",
        "ktv": f"{r(10, 19) / 10:.2f}",
        "ahi": f"{r(2, 80)}.{r(10)}",
        "dose_mg": f"{rng.choice((2, 4, 8, 12, 16, 24, 30, 40, 60, 80, 90, 100, 120))} mg",
        "dose_mgm2": f"{rng.choice((75, 135, 175, 200, 1000))} mg/m2",
        "auc": f"AUC {r(4, 7)}",
        "ml": f"{r(10, 250)} mL",
        "onc_drug": rng.choice(ONC_DRUGS),
        "onc_drug2": rng.choice(ONC_DRUGS),
        "abx": rng.choice(("amoxicillin", "Augmentin", "cephalexin", "azithromycin", "doxycycline")),
        "lact_drug": rng.choice(("domperidone", "sertraline", "levothyroxine", "nifedipine")),
        "lact_drug2": rng.choice(("ibuprofen", "acetaminophen", "cephalexin", "Depo-Provera")),
        "psych_drug": rng.choice(("Lexapro", "sertraline", "Wellbutrin XL", "fluoxetine", "Trintellix")),
        "chronic_drug": rng.choice(
            ("Eliquis", "Jardiance", "metformin 500 mg", "atorvastatin 40 mg", "Seroquel")
        ),
        **{key: rng.choice(choices) for key, choices in DEVICES.items()},
        "eponym": rng.choice(EPONYMS),
        "eponym2": rng.choice(EPONYMS),
        "year": str(r(1968, 2025)),
        "year2": str(r(1990, 2025)),
        "age": str(r(18, 90)),
        "age_teen": str(r(13, 19)),
        "age_weeks": str(r(1, 30)),
        "room": str(r(101, 999)),
        "bed": f"{r(1, 40)}{rng.choice('AB')}",
        "unit_name": rng.choice(UNIT_NAMES),
        "cpt": rng.choice(
            (
                "99214",
                "96413",
                "96415",
                "90837",
                "H0020",
                "95810",
                "92557",
                "J9271",
                "97110",
                "99283",
                "90945",
                "D7210",
                "G0151",
            )
        ),
        "icd": rng.choice(
            (
                "F11.20",
                "C34.90",
                "O92.70",
                "S83.512A",
                "M54.50",
                "N18.6",
                "G47.33",
                "H90.3",
                "Z51.11",
                "F32.1",
                "E11.65",
                "T14.90XA",
            )
        ),
        "time": f"{r(0, 24):02d}{rng.choice(('00', '15', '30', '45', '10', '52'))}",
        "time2": f"{r(1, 13)}:{r(0, 60):02d} {rng.choice(('am', 'pm', 'AM', 'PM'))}",
        "state": rng.choice(STATES),
        "cycle": str(r(1, 9)),
        "day_n": str(r(1, 22)),
        "pct": f"{r(5, 100)}%",
        "count": str(r(2, 14)),
        "hours": str(r(2, 12)),
        "weeks": str(r(2, 16)),
        "rank": rng.choice(("SPC", "SGT", "SSG", "PO2", "LCpl", "CPT", "MAJ", "TSgt", "HM3")),
        "lot": rng.choice(("lot-controlled", "single-use", "latex-free", "non-sterile")),
        "score": str(r(0, 28)),
    }
    return {key: (None, text) for key, text in out.items()}
