"""Set J's values: invented identifiers (typed, so they become gold spans) and clinical look-alikes.

Every identifier is made up here from a seeded ``random.Random``: 555-01xx phones, example.* domains,
documentation IP ranges (RFC 5737, RFC 3849), NPI/DEA/VIN with valid check digits, invented streets.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- names: many origins, diacritics, hyphens, particles, and names that are also English words ------
# fmt: off
FIRST = (
    "Aoife", "Siobhán", "Oluwaseun", "Chidinma", "Tupac", "Xiomara", "Björn", "Søren", "Agnieszka",
    "Wojciech", "Thảo", "Nguyệt", "Kenji", "Haruka", "Mei-Ling", "Jae-won", "Priyanka", "Venkatesh", "Aarav",
    "Fatima-Zahra", "Youssef", "Noor", "Dawit", "Tigist", "Ngozi", "Kwame", "Anahera", "Tāne", "José María",
    "Inés", "Joaquín", "Conceição", "João", "Zoë", "Chloé", "Anaïs", "Gréta", "Lucía", "Hope", "Faith",
    "Grace", "Joy", "Dawn", "Summer", "Rose", "June", "May", "Will", "Guy", "Frank", "Rusty", "Sunny",
    "Storm", "Ivy", "Pearl", "Sterling", "Major", "King", "Precious", "Destiny", "Marguerite", "Radhika",
    "Olamide", "Bartholomew", "Ebenezer", "Ximena", "Ludmila", "Yevgenia", "Gwenllian", "Rhys", "Eilidh",
    "Ruairí", "Kealoha", "Makana", "Ayşe", "Mehmet", "Dilnoza", "Timur",
)
LAST = (
    "Ní Bhriain", "Ó Súilleabháin", "O'Donoghue", "McAllister", "MacLeod", "van der Berg", "de la Cruz",
    "De Luca", "dos Santos", "von Hohenberg", "Al-Farsi", "El Idrissi", "ben Haim", "Nguyễn", "Trần", "Phạm",
    "Yamaguchi", "Takahashi", "Park", "Choi", "Venkataraman", "Chatterjee", "Adeyemi-Cole", "Okonkwo",
    "Mensah", "Haile", "Tesfaye", "Ngata", "Te Whata", "García-Márquez", "Muñoz", "Ibáñez", "Gonçalves",
    "Løvgren", "Åkesson", "Kowalczyk", "Wiśniewska", "Dvořák", "Hernández Ruiz", "Baker", "Brown", "Wells",
    "Hunter", "Bishop", "Page", "Love", "Fox", "Moss", "Banks", "Best", "Church", "Rich", "Little", "Sharp",
    "Street", "Winter", "Parish", "Marsh", "Featherstonehaugh", "Szczepańska", "Kuznetsova", "Petrosyan",
    "Abdullahi", "Yılmaz", "Öztürk", "Karimova", "Kahananui", "St. Clair", "Smith-Oyelaran", "LeBlanc",
    "Thibodeaux", "Zhou", "Li",
)
INITIALS = "ABCDEFGHJKLMNPRSTVW"

# --- places: invented towns, counties, neighbourhoods, streets -----------------------------------------
TOWNS = (
    "Quillmont", "Port Averly", "East Harrowgate", "Saint-Élise", "Marrow Bend", "Fennick Falls",
    "Oxbow Junction", "New Tallis", "Little Cedar", "Brackenridge", "Lake Osprey", "Hollins Ferry",
    "Vallecito Verde", "Kettle Hill", "Duncairn", "Pinefold", "Ashgrove Springs", "Mount Corwin",
    "Sable Creek", "Riverton Heights", "Wexley", "Cobb's Landing", "Dunmore Flats", "Halcyon",
)
COUNTIES = (
    "Tallow Creek County", "Marlin County", "Greer Parish", "Oskaloosa County", "Bexley County",
    "Harlan Fork County", "Sweetwater Bend County", "Calloway County", "Pinto Mesa County",
)
HOODS = (
    "Fox Hollow", "the Eastgate estate", "Little Saigon", "Old Mill district", "Barrio San Lázaro",
    "Cherry Flats", "the Rookery", "Southbank", "Kingfisher Park", "Oak Terrace",
)
STREET_NAMES = (
    "Larkspur", "Old Quarry", "Calloway", "Juniper Hollow", "Bramblewood", "Tanner's Mill", "Osage",
    "Whitcombe", "Sorrel Ridge", "Harbor View", "Mission Creek", "Peregrine", "Flintlock", "Azalea",
    "Rue Lafitte", "Camino del Sol", "Kestrel", "Bellweather", "Half Moon", "Coldwater",
)
SUFFIXES = ("Lane", "Rd", "Avenue", "Ave", "Street", "Court", "Ct", "Drive", "Way", "Terrace", "Blvd", "Pike")
FACILITY_KINDS = (
    "{town} Regional Medical Center", "{town} Community Hospital", "St. Agnes Hospital of {town}",
    "{town} Health Campus", "Mercy {town}", "{town} Memorial", "{town} Specialty Clinic",
)
STATES = ("OR", "TX", "Ohio", "Vermont", "NM", "Georgia", "MN", "Idaho", "KY", "Maine")

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MON_DOT = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
MONAT = (
    "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
    "Dezember",
)
MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
    "novembre", "décembre",
)
MES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre",
)
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
UNITS_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# fmt: on


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- dates -----------------------------------------------------------------------------------------------


def _date(rng: random.Random, first_year: int = 2019, last_year: int = 2027) -> str:
    day = dt.date(rng.randint(first_year, last_year), rng.randint(1, 12), rng.randint(1, 28))
    d, m, y = day.day, day.month, day.year
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 52))
    forms = (
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {MON[m - 1]} {y}",
        f"{MONTHS[m - 1]} {d}, {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{MON[m - 1]}-{d:02d}",
        f"{_ordinal(d)} of {MONTHS[m - 1]}",
        f"{_ordinal(d)} {MONTHS[m - 1]} {y}",
        f"{WEEKDAYS[day.weekday()]} {d} {MON[m - 1]}",
        f"{m}/{d}",
        f"{y}{m:02d}{d:02d}",
        f"{d:02d}-{MON[m - 1].upper()}-{y}",
        f"{MONTHS[m - 1]} {_ordinal(d)}",
        f"{d}/{ROMAN[m - 1]}/{y}",
        f"{d}. {MONAT[m - 1]} {y}",
        f"{d} {MOIS[m - 1]} {y}",
        f"{d} de {MES[m - 1]} de {y}",
        f"{MON_DOT[m - 1]} {d}",
        f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}",
        f"{m:02d}/{d:02d}/{y} {hh:02d}{mm:02d}",
        f"{MONTHS[m - 1]} {y}",
        f"{d:02d}{MON[m - 1].upper()}{y % 100:02d}",
        f"{MONTHS[m - 1]} the {_ordinal(d)}",
        f"{d}-{m}-{y}",
        f"{MON[m - 1]} {d} '{y % 100:02d}",
        f"{d:02d}/{m:02d}/{y} @ {hh:02d}:{mm:02d}",
    )
    return rng.choice(forms)


def _age90(rng: random.Random) -> str:
    n = rng.randint(90, 106)
    if rng.random() < 0.5:
        return str(n)
    if n == 90:
        return "ninety"
    if n < 100:
        return f"ninety-{UNITS_WORDS[n - 90]}"
    return "one hundred" if n == 100 else f"one hundred and {UNITS_WORDS[n - 100]}"


# --- names -----------------------------------------------------------------------------------------------


def _person(rng: random.Random) -> tuple[str, str, str]:
    """(first, last, full) for one invented person."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    second = rng.choice(LAST)
    if rng.random() < 0.1 and " " not in last + second and second != last:
        last = f"{last}-{second}"
    middle = f" {rng.choice(INITIALS)}." if rng.random() < 0.25 else ""
    return first, last, f"{first}{middle} {last}"


def _formal(rng: random.Random, first: str, last: str) -> str:
    form = rng.randrange(4)
    if form == 0:
        return f"{last}, {first}"
    if form == 1:
        return f"{last.upper()}, {first}"
    if form == 2:
        return f"{last}, {first} {rng.choice(INITIALS)}."
    return f"{last.upper()} {first.upper()}"


# --- numbers with real check digits --------------------------------------------------------------------


def _luhn_check(digits: str) -> int:
    total = 0
    for i, c in enumerate(reversed(digits)):
        n = int(c)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return (10 - total % 10) % 10


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + str(_luhn_check("80840" + body))


def _dea(rng: random.Random, last: str) -> str:
    initial = (_ascii(last)[:1] or "x").upper()
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[0] = rng.choice("1245J3WKLSVZ")
    chars[9] = rng.choice("LMNPRSTV")
    for i in range(11, 17):
        chars[i] = rng.choice(string.digits)
    total = sum(_VIN_VALUE[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _mbi(rng: random.Random) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + string.digits
    mbi = (
        rng.choice("123456789") + rng.choice(alpha) + rng.choice(alnum) + rng.choice(string.digits)
        + rng.choice(alpha) + rng.choice(alnum) + rng.choice(string.digits)
        + rng.choice(alpha) + rng.choice(alpha) + _digits(rng, 2)
    )  # fmt: skip
    return f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}" if rng.random() < 0.4 else mbi


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"


# --- contact details -------------------------------------------------------------------------------------


def _phone(rng: random.Random) -> str:
    area = f"{rng.randint(2, 9)}{rng.choice('012345678')}{rng.randint(0, 9)}"
    line = f"01{rng.randint(0, 9)}{rng.randint(0, 9)}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area}555{line}",
            f"555-{line}",
            f"+1({area})555-{line}",
        )
    )


def _email(rng: random.Random, first: str, last: str) -> str:
    f, la = _ascii(first) or "pt", _ascii(last) or "user"
    local = rng.choice((f"{f}.{la}", f"{f[0]}{la}", f"{la}_{f}{rng.randint(1, 99)}", f"{f}{la[:3]}"))
    domain = rng.choice(
        ("example.com", "example.org", "example.net", "mail.example.com", "clinic.example", "kinmail.example")
    )
    return f"{local}@{domain}"


def _url(rng: random.Random) -> str:
    host = rng.choice(
        ("portal.example.org", "www.example.com", "donorlink.example.net", "care.example", "example.org")
    )
    path = rng.choice(
        (f"/p/{_digits(rng, 6)}", f"/u/{_letters(rng, 5).lower()}", f"/chart?id={_digits(rng, 7)}",
         f"/share/{_letters(rng, 3)}{_digits(rng, 4)}", "")
    )  # fmt: skip
    scheme = rng.choice(("https://", "http://", "", "https://"))
    return f"{scheme}{host}{path}" if scheme or path else f"https://{host}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(1, 254)}"


# --- record numbers ----------------------------------------------------------------------------------------


def _mrn(rng: random.Random) -> str:
    return rng.choice(
        (
            _digits(rng, 8),
            f"{_letters(rng, 2)}{_digits(rng, 7)}",
            f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"J{_digits(rng, 6)}",
            f"00{_digits(rng, 7)}",
            f"{_letters(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
        )
    )


def _member(rng: random.Random) -> str:
    return rng.choice(
        (
            _mbi(rng),
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"W{_digits(rng, 9)}-0{rng.randint(1, 4)}",
            f"MCD{_digits(rng, 8)}{_letters(rng, 1)}",
            f"{_digits(rng, 11)}",
            f"ZG{_digits(rng, 4)}-{_digits(rng, 4)}",
        )
    )


def _group(rng: random.Random) -> str:
    return rng.choice((f"GRP-{_digits(rng, 5)}", _digits(rng, 6), f"{_letters(rng, 2)}{_digits(rng, 4)}"))


def _account(rng: random.Random) -> str:
    return rng.choice(
        (
            _digits(rng, 10),
            f"{_digits(rng, 4)}-{_digits(rng, 6)}",
            f"A{_digits(rng, 9)}",
            f"PA{_digits(rng, 8)}",
            f"{_digits(rng, 3)}.{_digits(rng, 5)}",
        )
    )


def _claim(rng: random.Random) -> str:
    return rng.choice(
        (
            f"CLM-{rng.randint(2019, 2027)}-{_digits(rng, 7)}",
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 9)}",
        )
    )


def _license(rng: random.Random) -> str:
    return rng.choice(
        (
            f"RN{_digits(rng, 6)}",
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
            f"DDS-{_digits(rng, 5)}",
            f"MD.{_digits(rng, 6)}",
            f"OT {_digits(rng, 5)}",
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
        )
    )


def _certificate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(2019, 2027)}-{_digits(rng, 6)}",
            f"BC {_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"ICVP-{_letters(rng, 2)}{_digits(rng, 7)}",
            f"DC{_digits(rng, 8)}",
        )
    )


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 2)} {_digits(rng, 4)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
        )
    )


def _serial(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
            f"SN{_digits(rng, 9)}",
            f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 5)}",
            f"{_letters(rng, 1)}{_digits(rng, 4)}-{_digits(rng, 5)}",
            f"{_letters(rng, 2)}{_digits(rng, 1)}{_letters(rng, 1)}{_digits(rng, 1)}{_letters(rng, 1)}",
        )
    )


def _udi(rng: random.Random) -> str:
    gtin = "0" + _digits(rng, 13)
    exp = f"{rng.randint(26, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return rng.choice(
        (
            f"(01){gtin}(17){exp}(21){_digits(rng, 8)}",
            f"(01){gtin}(10){_letters(rng, 2)}{_digits(rng, 4)}(21){_letters(rng, 1)}{_digits(rng, 6)}",
            f"01{gtin}21{_digits(rng, 9)}",
        )
    )


def _biometric(rng: random.Random) -> str:
    return rng.choice(
        (
            f"FP-{_digits(rng, 5)}-{_letters(rng, 1)}",
            f"VP{_digits(rng, 7)}",
            f"IRS-{rng.randint(2019, 2027)}{_digits(rng, 4)}-{_digits(rng, 3)}",
            f"PV-{_digits(rng, 5)}",
            f"RET{_letters(rng, 2)}{_digits(rng, 5)}",
            f"GAIT-{_digits(rng, 6)}",
        )
    )


def _photo(rng: random.Random) -> str:
    return rng.choice(
        (
            f"IMG_{rng.randint(2019, 2027)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{_digits(rng, 4)}.jpg",
            f"face_{_digits(rng, 5)}.png",
            f"PH-{_digits(rng, 6)}",
            f"DSC{_digits(rng, 5)}.JPG",
            f"portrait-{_letters(rng, 2).lower()}{_digits(rng, 4)}.heic",
            f"ID-photo-{_digits(rng, 7)}",
        )
    )


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented person's world: names, dates, places, contacts and numbers, all typed."""
    first, last, full = _person(rng)
    rel_first, rel_last, rel_full = _person(rng)
    doc_first, doc_last, doc_full = _person(rng)
    _, doc2_last, doc2_full = _person(rng)
    rn_first, _, rn_full = _person(rng)
    _, staff_last, tech_full = _person(rng)
    _, _, rel2_full = _person(rng)
    town = rng.choice(TOWNS)
    facility = rng.choice(FACILITY_KINDS).format(town=rng.choice(TOWNS))
    zip5 = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    n = PhiType.NAME
    ids: dict[str, Value] = {
        # names
        "pt": (n, full),
        "pt_first": (n, first),
        "pt_last": (n, last),
        "pt_formal": (n, _formal(rng, first, last)),
        "pt_caps": (n, full.upper()),
        "pt_low": (n, first.lower()),
        "rel": (n, rel_full),
        "rel_first": (n, rel_first),
        "rel_last": (n, rel_last),
        "rel2": (n, rel2_full),
        "doc": (n, doc_full),
        "doc_last": (n, doc_last),
        "doc2": (n, doc2_full),
        "doc2_last": (n, doc2_last),
        "rn": (n, rn_full),
        "rn_first": (n, rn_first),
        "tech": (n, tech_full),
        "staff_last": (n, staff_last),
        # dates and ages
        "dob": (PhiType.DATE, _date(rng, 1926, 2024)),
        "date1": (PhiType.DATE, _date(rng)),
        "date2": (PhiType.DATE, _date(rng)),
        "date3": (PhiType.DATE, _date(rng)),
        "date4": (PhiType.DATE, _date(rng)),
        "age90": (PhiType.AGE, _age90(rng)),
        # places
        "street": (
            PhiType.LOCATION,
            f"{rng.randint(1, 9899)} {rng.choice(STREET_NAMES)} {rng.choice(SUFFIXES)}",
        ),
        "unit": (
            PhiType.LOCATION,
            rng.choice((f"{rng.randint(1, 30)}{rng.choice('ABCDF')}", str(rng.randint(100, 940)))),
        ),
        "pobox": (PhiType.LOCATION, f"PO Box {rng.randint(10, 9999)}"),
        "city": (PhiType.LOCATION, town),
        "city2": (PhiType.LOCATION, rng.choice(TOWNS)),
        "county": (PhiType.LOCATION, rng.choice(COUNTIES)),
        "hood": (PhiType.LOCATION, rng.choice(HOODS)),
        "facility": (PhiType.LOCATION, facility),
        "facility2": (PhiType.LOCATION, rng.choice(FACILITY_KINDS).format(town=rng.choice(TOWNS))),
        "zip": (PhiType.LOCATION, zip5 if rng.random() < 0.7 else f"{zip5}-{_digits(rng, 4)}"),
        # contact
        "phone": (PhiType.PHONE, _phone(rng)),
        "phone2": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "email": (PhiType.EMAIL, _email(rng, first, last)),
        "email2": (PhiType.EMAIL, _email(rng, doc_first, doc2_last)),
        "url": (PhiType.URL, _url(rng)),
        "ip": (PhiType.IP_ADDRESS, _ip(rng)),
        # numbers
        "ssn": (PhiType.SSN, _ssn(rng)),
        "mrn": (PhiType.MRN, _mrn(rng)),
        "mrn2": (PhiType.MRN, _mrn(rng)),
        "member": (PhiType.HEALTH_PLAN_ID, _member(rng)),
        "mbi": (PhiType.HEALTH_PLAN_ID, _mbi(rng)),
        "group": (PhiType.HEALTH_PLAN_ID, _group(rng)),
        "acct": (PhiType.ACCOUNT, _account(rng)),
        "fin": (PhiType.ACCOUNT, f"{rng.choice(('', 'V', 'E'))}{_digits(rng, 9)}"),
        "claim": (PhiType.ACCOUNT, _claim(rng)),
        "npi": (PhiType.LICENSE, _npi(rng)),
        "dea": (PhiType.LICENSE, _dea(rng, doc_last)),
        "dl": (PhiType.LICENSE, f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}"),
        "lic": (PhiType.LICENSE, _license(rng)),
        "cert": (PhiType.LICENSE, _certificate(rng)),
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        "plate": (PhiType.VEHICLE_ID, _plate(rng)),
        "serial": (PhiType.DEVICE_ID, _serial(rng)),
        "serial2": (PhiType.DEVICE_ID, _serial(rng)),
        "udi": (PhiType.DEVICE_ID, _udi(rng)),
        "bio": (PhiType.BIOMETRIC, _biometric(rng)),
        "bio2": (PhiType.BIOMETRIC, _biometric(rng)),
        "photo": (PhiType.PHOTO, _photo(rng)),
        "photo2": (PhiType.PHOTO, _photo(rng)),
        "accession": (PhiType.OTHER_ID, f"{rng.choice('SMHCF')}{rng.randint(19, 27)}-{_digits(rng, 5)}"),
        "accession2": (PhiType.OTHER_ID, f"{rng.choice('SMHCF')}{rng.randint(19, 27)}-{_digits(rng, 5)}"),
        "case_no": (
            PhiType.OTHER_ID,
            f"{rng.choice(('ME', 'FC', 'PCC', 'CASE'))}-{rng.randint(2019, 2027)}-{_digits(rng, 4)}",
        ),
        "inmate": (
            PhiType.OTHER_ID,
            rng.choice((f"A{_digits(rng, 6)}", f"{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}")),
        ),
        "employee": (
            PhiType.OTHER_ID,
            rng.choice(
                (f"E{_digits(rng, 5)}", f"EMP-{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 4)}")
            ),
        ),
        "study": (
            PhiType.OTHER_ID,
            f"{rng.choice(('TX', 'NIC', 'SLP', 'HBO', 'GEN'))}-{_digits(rng, 3)}-{_digits(rng, 4)}",
        ),
        "rx": (PhiType.OTHER_ID, f"{rng.choice(('', 'RX', '7'))}{_digits(rng, 7)}"),
        "prior_auth": (PhiType.OTHER_ID, f"PA{_digits(rng, 2)}-{_letters(rng, 2)}{_digits(rng, 5)}"),
        "passport": (PhiType.OTHER_ID, f"{_letters(rng, 1)}{_digits(rng, 8)}"),
        "donor_id": (PhiType.OTHER_ID, f"{_letters(rng, 3)}{_digits(rng, 3)}"),
    }
    return ids


# --- look-alikes: clinical text that is not an identifier ------------------------------------------------
# fmt: off
DRUGS = (
    "tacrolimus 2 mg BID", "mycophenolate 720 mg", "Eliquis 5 mg", "Keppra 500 mg",
    "caffeine citrate 20 mg/kg", "amoxicillin 875 mg", "chlorhexidine 0.12% rinse", "oxytocin 2 mU/min",
    "Lovenox 40 mg", "Ozempic 0.5 mg", "atovaquone-proguanil", "doxycycline 100 mg daily", "melatonin 3 mg",
    "sevelamer 800 mg TID", "epoetin alfa 4000 units", "morphine 2.5 mg SL q4h PRN", "naloxone 0.4 mg",
    "Tylenol 650 mg",
)
BRANDS = (
    "Dexcom G7", "Omnipod 5", "HeartMate 3", "Cochlear Nucleus 8", "ResMed AirSense 11", "Invisalign",
    "Ottobock Genium X3", "Medtronic Micra", "Fresenius 2008T", "Philips DreamStation 2", "Tandem t:slim X2",
    "Össur Pro-Flex", "Hamilton C6", "Giraffe OmniBed", "Zoll AutoPulse",
)
EPONYMS = (
    "Parkinson disease", "Bell's palsy", "Graves disease", "Crohn's flare", "Hodgkin lymphoma",
    "Wilson disease", "Alport syndrome", "Ménière disease", "Raynaud phenomenon", "Down syndrome",
    "Apert syndrome", "Ludwig angina", "Braxton Hicks contractions", "Homans sign", "Tinel sign",
    "Baker's cyst", "Hirschsprung disease", "Kasabach-Merritt", "Sjögren syndrome", "Barrett esophagus",
)
ROLES = (
    "the charge nurse", "the attending", "the on-call fellow", "the transplant coordinator", "the midwife",
    "the hygienist", "the dive supervisor", "the prosthetist", "the audiologist", "the night tech",
    "the pharmacist", "the social worker", "the chaplain", "the interpreter", "the medical examiner",
    "the case manager", "the flight nurse", "the poison specialist",
)
ANIMALS = ("Biscuit", "Mango", "Pepper", "Duke", "Luna", "Rufus", "Clover", "Bandit")
RELATIONS = (
    "daughter", "son", "wife", "husband", "partner", "niece", "grandson", "sister", "neighbour",
    "foster mother",
)
CPT = (
    "CPT 99223", "CPT 33249", "CPT 95810", "CPT 92557", "CPT 90937", "CPT 59400", "CPT 88305", "CPT 99183",
    "D0150", "D2740",
)
ICD = (
    "ICD-10 N18.6", "Z94.0", "P07.32", "O24.419", "T58.01XA", "Z71.84", "G47.33", "H90.3", "Z89.511",
    "F10.20", "K02.52", "W16.XXXA",
)
PRODUCT = ("REF 1012-34", "catalog 7F-220", "kit REF TX-50", "size 4 cup", "model A2-S", "REF 6950-02")
# fmt: on


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical filler that resembles identifiers (numbers, eponyms, brands, roles, years, young ages)."""
    values = {
        "drug": rng.choice(DRUGS),
        "drug2": rng.choice(DRUGS),
        "brand": rng.choice(BRANDS),
        "eponym": rng.choice(EPONYMS),
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "animal": rng.choice(ANIMALS),
        "relation": rng.choice(RELATIONS),
        "cpt": rng.choice(CPT),
        "icd": rng.choice(ICD),
        "product": rng.choice(PRODUCT),
        "state": rng.choice(STATES),
        "year": str(rng.randint(1978, 2026)),
        "age": str(rng.randint(1, 89)),
        "child_age": str(rng.randint(1, 12)),
        "age_adult": str(rng.randint(19, 89)),
        "ga": f"{rng.randint(23, 41)}+{rng.randint(0, 6)}",
        "bp": f"{rng.randint(88, 178)}/{rng.randint(48, 102)}",
        "bp_post": f"{rng.randint(88, 150)}/{rng.randint(48, 90)}",
        "hr": str(rng.randint(48, 172)),
        "rr": str(rng.randint(10, 64)),
        "spo2": f"{rng.randint(86, 100)}%",
        "temp": f"{rng.randint(355, 395) / 10:.1f}",
        "weight": f"{rng.randint(5, 1200) / 10:.1f} kg",
        "grams": f"{rng.randint(520, 4400)} g",
        "gcs": str(rng.randint(3, 15)),
        "apgar": f"{rng.randint(1, 9)}/{rng.randint(5, 10)}",
        "bishop": str(rng.randint(2, 11)),
        "creat": f"{rng.randint(5, 95) / 10:.1f}",
        "k": f"{rng.randint(30, 62) / 10:.1f}",
        "hgb": f"{rng.randint(68, 172) / 10:.1f}",
        "tac": f"{rng.randint(30, 160) / 10:.1f}",
        "bili": f"{rng.randint(20, 220) / 10:.1f}",
        "ahi": f"{rng.randint(2, 88) / 1:.0f}",
        "depth": f"{rng.randint(6, 60)} msw",
        "ata": f"{rng.choice((2.0, 2.4, 2.5, 2.8, 3.0))} ATA",
        "db": f"{rng.randint(1, 22) * 5} dB",
        "freq": f"{rng.choice((250, 500, 1000, 2000, 4000, 8000))} Hz",
        "tooth": rng.choice(("#3", "#14", "#19", "#30", "tooth 46", "UL6", "LR7", "#8-#9")),
        "pocket": f"{rng.randint(2, 9)} mm",
        "room": f"{rng.randint(1, 9)}{rng.randint(0, 4)}{rng.randint(1, 40):02d}",
        "bed": f"{rng.randint(1, 40)}{rng.choice('AB')}",
        "pod": f"pod {rng.randint(1, 6)}",
        "time": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "time2": f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('am', 'pm', 'AM', 'PM'))}",
        "hours": str(rng.randint(2, 72)),
        "days": str(rng.randint(1, 21)),
        "pct": f"{rng.randint(1, 99)}%",
        "dose_units": str(rng.randint(2, 40)),
        "ratio": f"1:{rng.randint(2, 20)}",
        "score": str(rng.randint(0, 30)),
        "count": str(rng.randint(2, 14)),
        "lot_free": f"{rng.choice(('Size', 'Gauge', 'Fr'))} {rng.randint(6, 24)}",
    }
    return {key: (None, text) for key, text in values.items()}
