"""Set O's values: invented identifiers (``identifiers``) and clinical look-alikes (``lookalikes``).

Every identifier is made up here: 555-01xx phone lines, example.* domains, documentation IP ranges,
random record numbers. Each call draws one person and the people, places and numbers around them,
and offers every value in several written forms so that templates can pick the form their document
would use.
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime, timedelta

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# The word pools stay as paragraphs, not one word a line.
# fmt: off
# Names of many origins; some are ordinary English words (Hope, Banks, Page), which a scanner that
# trusts capitalised words alone would miss or over-flag.
FIRST = (
    "Adaeze", "Chidi", "Oluwaseun", "Folake", "Thi Lan", "Minh", "Bao", "Ji-woo", "Seo-yeon", "Wei",
    "Xiaoling", "Haruto", "Aiko", "Priya", "Arjun", "Lakshmi", "Karthik", "Farid", "Leila", "Yasmin",
    "Dariush", "Shirin", "Mehmet", "Zeynep", "Katarzyna", "Wojciech", "Siobhan", "Padraig", "Aoife",
    "Guadalupe", "Xochitl", "Joaquín", "Marisol", "Thiago", "Conceição", "Dimitrios", "Eleni", "Abebe",
    "Tigist", "Hodan", "Abdirahman", "Kealoha", "Leilani", "Sione", "Mele", "Jean-Baptiste", "Mirlande",
    "Wilner", "Sigrid", "Aino", "Zsófia", "László", "Olena", "Taras", "Rivka", "Mordechai", "Winona",
    "Hope", "Faith", "Joy", "Dawn", "Rose", "Summer", "Hunter", "Grant", "Frank", "Will", "Mark",
    "Sterling", "River", "Iris", "Bernadette", "Clyde", "Ethel", "Harold", "Marguerite", "Dolores",
)
LAST = (
    "Okonkwo", "Adeyemi", "Nwosu", "Balogun", "Nguyen", "Tran", "Pham", "Kim", "Park", "Zhang", "Huang",
    "Tanaka", "Watanabe", "Raman", "Iyer", "Chatterjee", "Subramanian", "Haddad", "Khoury", "Farahani",
    "Yilmaz", "Demir", "Kowalczyk", "Wiśniewski", "Nowak", "O'Sullivan", "MacGillivray", "Villanueva",
    "de la Cruz", "dos Santos", "García-Márquez", "Papadopoulos", "Tesfaye", "Gebremariam", "Warsame",
    "Kahananui", "Fifita", "Tupou", "Pierre-Louis", "Baptiste", "Virtanen", "Nagy", "Kovalenko",
    "Ben-David", "Begay", "Yazzie", "Jóhannsdóttir", "Banks", "Street", "Bishop", "Cook", "Young",
    "Moody", "Hill", "Stone", "Marsh", "Fox", "Love", "Small", "Wise", "Strong", "Church", "Castle",
    "Page", "Hope", "Freeman", "Summers",
)
# Towns that are English words, and a few that are hard to spell.
TOWNS = (
    "Hazard", "Boring", "Normal", "Paradise", "Liberty", "Harmony", "Friendship", "Independence",
    "Commerce", "Enterprise", "Eureka", "Needles", "Marathon", "Reading", "Mobile", "Orange", "Temple",
    "Union", "Globe", "Bath", "Hope", "Plain City", "Protection", "Sunrise", "Carefree", "Justice",
    "Chance", "Ranger", "Alliance", "Bountiful", "Mount Pleasant", "Lake Success", "Fairview",
    "Kalamazoo", "Tukwila", "Ypsilanti", "Natchitoches", "Walla Walla", "Española", "Bemidji", "Chinle",
    "Truth or Consequences", "Kapaa", "Lodi",
)
COUNTIES = (
    "Ashe County", "Cherokee County", "Kent County", "Door County", "Mercer County", "Kittitas County",
    "Lake County", "Hidalgo County", "Coconino County", "Bristol County", "Bayfield County",
    "Tangipahoa Parish", "Perry County", "Hancock County", "Marion County", "Apache County",
)
STATES = ("NC", "KY", "OR", "IL", "CA", "TX", "WA", "MN", "NM", "HI", "OH", "PA", "ME", "AZ", "WI", "LA")
STREETS = (
    "Quarry Hollow Rd", "Old Mill Lane", "N Juniper St", "Kamehameha Hwy", "County Road 17",
    "Bluebonnet Trail", "Spring Street", "Main St", "Martin Luther King Jr Blvd", "Church Street",
    "Hope Avenue", "Elm Ct", "Magnolia Dr", "Cedar Ridge Pkwy", "Apache Loop", "Sandpiper Circle",
    "Commerce St", "Tenth Avenue", "Orchard Way", "Pleasant Valley Road", "Liberty Pike", "Water St",
    "Bridge Road", "Railroad Ave", "Calle del Sol", "Rue Bienville", "Lakeshore Dr W", "Sunset Blvd",
)
UNITS = ("Apt 4B", "Unit 12", "Apt. 207", "#3", "Suite 110", "Lot 42", "Trailer 9", "Space 14", "Apt 1-C")
FACILITY = (
    "{town} Regional Medical Center", "{town} Community Hospital", "Mercy Care Center of {town}",
    "{town} Rehabilitation and Nursing", "{town} Family Clinic", "{town} Urgent Care",
    "Good Shepherd Home of {town}", "{town} Memory Care",
)
CARE_HOMES = (
    "Good Shepherd Home of {town}",
    "{town} Memory Care",
    "{town} Rehabilitation and Nursing",
    "Mercy Care Center of {town}",
    "{town} Assisted Living",
)
VET = ("{town} Animal Hospital", "{town} Veterinary Clinic", "Companion Animal Clinic of {town}")
PETS = ("Biscuit", "Pepper", "Duke", "Rosie", "Tank", "Mango", "Shadow", "Peaches", "Bandit", "Luna")

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
MESES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre",
)
# fmt: on
UNITS_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
AREA_CODES = ("212", "312", "503", "808", "505", "606", "919", "206", "414", "985", "207", "928", "740")
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # no I, O or Q in a VIN


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def format_date(d: date, style: str) -> str:
    """One written form of a date; every form keeps a day or a month, so every one is gold."""
    month, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    forms = {
        "num": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "num_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "long": f"{month} {d.day}, {d.year}",
        "abbr": f"{mon} {d.day}, {d.year}",
        "dmy_abbr": f"{d.day:02d}-{mon}-{d.year}",
        "dmy_long": f"{d.day} {month} {d.year}",
        "caps": f"{d.day:02d}{mon.upper()}{d.year}",
        "euro": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "noyr": f"{month} {d.day}",
        "noyr_num": f"{d.month}/{d.day}",
        "ordinal": f"{month} {_ordinal(d.day)}",
        "weekday": f"{d.strftime('%A')}, {month} {d.day}",
        "dash": f"{d.month:02d}-{d.day:02d}-{d.year}",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
        "es": f"{d.day} de {MESES[d.month - 1]} de {d.year}",
        "lower": f"{month.lower()} {_ordinal(d.day)}",
    }
    return forms[style]


FREE_STYLES = ("num", "num_short", "iso", "long", "abbr", "dmy_abbr", "dmy_long", "caps", "noyr", "dash")


def format_datetime(t: datetime, style: str) -> str:
    forms = {
        "iso": t.strftime("%Y-%m-%dT%H:%M:%S"),
        "us": t.strftime("%m/%d/%Y %H:%M"),
        "us12": f"{t.month}/{t.day}/{t.year} {(t.hour % 12) or 12}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}",
        "mil": f"{t.day:02d}-{MONTHS[t.month - 1][:3]}-{t.year} {t.hour:02d}{t.minute:02d}",
        "hl7": t.strftime("%Y%m%d%H%M"),
        "log": t.strftime("%Y/%m/%d %H:%M:%S"),
    }
    return forms[style]


def age_words(age: int) -> str:
    if age >= 100:
        rest = age - 100
        if rest == 0:
            return "one hundred"
        return f"one hundred and {UNITS_WORDS[rest]}" if rest < 10 else f"one hundred and {rest}"
    tens, unit = divmod(age, 10)
    word = "ninety" if tens == 9 else str(age)
    return f"{word}-{UNITS_WORDS[unit]}" if unit else word


def phone(rng: random.Random) -> str:
    area, line = rng.choice(AREA_CODES), f"01{_digits(rng, 2)}"
    forms = (
        f"({area}) 555-{line}",
        f"{area}-555-{line}",
        f"{area}.555.{line}",
        f"+1 {area} 555 {line}",
        f"1-{area}-555-{line}",
        f"{area} 555 {line}",
        f"({area})555-{line}",
        f"+1-{area}-555-{line}",
    )
    return rng.choice(forms)


def npi(rng: random.Random) -> str:
    """A ten-digit NPI with a valid Luhn check digit (prefix 80840, as the standard says)."""
    body = "1" + _digits(rng, 8)
    total = 0
    for i, ch in enumerate(reversed("80840" + body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return body + str((10 - total % 10) % 10)


def dea(rng: random.Random, last: str) -> str:
    """A DEA number whose check digit is right: (d1+d3+d5) + 2(d2+d4+d6), last digit."""
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = next((c for c in last.upper() if c in string.ascii_uppercase), "X")
    return rng.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


def _ascii(name: str) -> str:
    table = str.maketrans("áàâãçéêíóöôúüñśőłżąę", "aaaaceeiooouunsolzae")
    return "".join(c for c in name.lower().translate(table) if c.isalnum())


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(string.ascii_uppercase.replace("X", ""))


def _names(rng: random.Random) -> dict[str, Value]:
    first, last, mi = _person(rng)
    full = f"{first} {mi}. {last}" if rng.random() < 0.3 else f"{first} {last}"
    lf = f"{last}, {first} {mi}." if rng.random() < 0.3 else f"{last}, {first}"
    rel_first, rel_last = rng.choice(FIRST), rng.choice((last, last, rng.choice(LAST)))
    doc_first, doc_last, doc_mi = _person(rng)
    doc2_first, doc2_last, _ = _person(rng)
    staff_first, staff_last, _ = _person(rng)
    other_first, other_last, other_mi = _person(rng)
    third_first, third_last, _ = _person(rng)
    n = PhiType.NAME
    return {
        "pt_full": (n, full),
        "pt_first": (n, first),
        "pt_last": (n, last),
        "pt_lf": (n, lf),
        "pt_caps": (n, f"{first} {last}".upper()),
        "pt_capslf": (n, f"{last}, {first}".upper()),
        "pt_lower": (n, f"{first} {last}".lower()),
        "pt_first_caps": (n, first.upper()),
        "pt_last_caps": (n, last.upper()),
        "pt_first_lower": (n, first.lower()),
        "pt_initial_last": (n, f"{first[0]}. {last}"),
        "pt_hl7": (n, f"{last.upper()}^{first.upper()}^{mi}"),
        "pt_wrapped": (n, f"{last.upper()},\n{first.upper()}"),  # an OCR line break inside the name
        "pt_spaced": (n, " ".join(f"{first} {last}".upper())),
        "rel_full": (n, f"{rel_first} {rel_last}"),
        "rel_first": (n, rel_first),
        "rel_lower": (n, rel_first.lower()),
        "doc_full": (n, f"{doc_first} {doc_last}"),
        "doc_mi": (n, f"{doc_first} {doc_mi}. {doc_last}"),
        "doc_last": (n, doc_last),
        "doc_lower": (n, doc_last.lower()),
        "doc_lf": (n, f"{doc_last.upper()}, {doc_first.upper()}"),
        "doc2_full": (n, f"{doc2_first} {doc2_last}"),
        "doc2_last": (n, doc2_last),
        "staff_full": (n, f"{staff_first} {staff_last}"),
        "staff_first": (n, staff_first),
        "other_full": (n, f"{other_first} {other_mi}. {other_last}"),
        "other_last": (n, other_last),
        "other_caps": (n, f"{other_first} {other_last}".upper()),
        "third_full": (n, f"{third_first} {third_last}"),
        "third_first": (n, third_first),
    }


def _places(rng: random.Random) -> dict[str, Value]:
    loc = PhiType.LOCATION
    town, town2, town3 = rng.sample(TOWNS, 3)
    number = str(rng.choice((rng.randint(2, 99), rng.randint(100, 9999), rng.randint(10000, 48000))))
    county = rng.choice(COUNTIES)
    zip5 = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    facility = rng.choice(FACILITY).format(town=town2)
    care_home = rng.choice(CARE_HOMES).format(town=town2)
    street = f"{number} {rng.choice(STREETS)}"
    facility2 = rng.choice(FACILITY).format(town=town3)
    return {
        "street": (loc, street),
        "street_caps": (loc, street.upper()),
        "street2": (loc, f"{rng.randint(10, 9800)} {rng.choice(STREETS)}"),
        "pobox": (loc, f"PO Box {rng.randint(12, 9900)}"),
        "unit": (loc, rng.choice(UNITS)),
        "city": (loc, town),
        "city_caps": (loc, town.upper()),
        "city_lower": (loc, town.lower()),
        "city2": (loc, town2),
        "city3": (loc, town3),
        "county": (loc, county),
        "county_caps": (loc, county.upper()),
        "zip": (loc, zip5),
        "zip4": (loc, f"{zip5}-{_digits(rng, 4)}"),
        "zip2": (loc, f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"),
        "facility": (loc, facility),
        "facility_caps": (loc, facility.upper()),
        "care_home": (loc, care_home),
        "care_home_caps": (loc, care_home.upper()),
        "facility2": (loc, facility2),
        "vet_clinic": (loc, rng.choice(VET).format(town=town3)),
        "lab": (loc, f"{town3} {rng.choice(('Reference Laboratory', 'Public Health Lab', 'Clinical Labs'))}"),
        "state": (None, rng.choice(STATES)),
        "state2": (None, rng.choice(STATES)),
    }


def _dates(rng: random.Random) -> dict[str, Value]:
    d = PhiType.DATE
    event = date(2024, 1, 1) + timedelta(days=rng.randrange(1000))
    later = event + timedelta(days=rng.randint(2, 60))
    earlier = event - timedelta(days=rng.randint(3, 400))
    dob = date(1928, 1, 1) + timedelta(days=rng.randrange(365 * 85))
    when = datetime(
        event.year, event.month, event.day, rng.randrange(24), rng.randrange(60), rng.randrange(60)
    )
    when2 = when + timedelta(minutes=rng.randint(5, 900))
    age = rng.randint(90, 106)
    # the DOB shown beside an age over 89 agrees with it
    old_dob = event - timedelta(days=int(365.25 * age) + rng.randint(1, 360))
    out: dict[str, Value] = {
        "age90": (PhiType.AGE, str(age)),
        "age90_words": (PhiType.AGE, age_words(age)),
        "age90_any": (PhiType.AGE, rng.choice((str(age), age_words(age)))),
        "old_dob": (d, format_date(old_dob, rng.choice(("num", "num_short", "dash", "long", "dmy_abbr")))),
        "old_dob_iso": (d, format_date(old_dob, "iso")),
        "old_dob_long": (d, format_date(old_dob, "long")),
        "date_plus3": (d, format_date(event + timedelta(days=3), "num")),
        "date_plus10": (d, format_date(event + timedelta(days=10), "abbr")),
        "date_a": (d, format_date(event, rng.choice(FREE_STYLES))),
        "date_b": (d, format_date(later, rng.choice(FREE_STYLES))),
        "date_c": (d, format_date(earlier, rng.choice(FREE_STYLES))),
        "dob": (d, format_date(dob, rng.choice(("num", "num", "num_short", "dash", "long", "dmy_abbr")))),
        "dob_iso": (d, format_date(dob, "iso")),
        "dob_hl7": (d, format_date(dob, "hl7")),
        "dob_long": (d, format_date(dob, "long")),
        "dob_es": (d, format_date(dob, "es")),
        "dob_euro": (d, format_date(dob, "euro")),
        "dob_lower": (d, f"{format_date(dob, 'lower')} {dob.year}"),
        "dt_a": (d, format_datetime(when, rng.choice(("iso", "us", "us12", "mil", "log")))),
        "dt_b": (d, format_datetime(when2, rng.choice(("iso", "us", "us12", "mil", "log")))),
        "dt_hl7": (d, format_datetime(when, "hl7")),
        "dt_iso": (d, format_datetime(when, "iso")),
        "dt_log": (d, format_datetime(when, "log")),
        "dt_log2": (d, format_datetime(when2, "log")),
    }
    for style in (
        "num",
        "iso",
        "long",
        "abbr",
        "dmy_abbr",
        "caps",
        "euro",
        "noyr",
        "noyr_num",
        "ordinal",
        "weekday",
        "hl7",
        "es",
        "lower",
        "num_short",
        "dmy_long",
    ):
        out[f"date_{style}"] = (d, format_date(event, style))
        out[f"later_{style}"] = (d, format_date(later, style))
    out["date_yymmdd"] = (d, f"{event.year % 100:02d}{event.month:02d}{event.day:02d}")
    out["earlier_num"] = (d, format_date(earlier, "num"))
    out["earlier_noyr"] = (d, format_date(earlier, "noyr"))
    return out


def _contacts(rng: random.Random, first: str, last: str, doc_last: str) -> dict[str, Value]:
    a, b = _ascii(first), _ascii(last)
    email = rng.choice(
        (
            f"{a}.{b}@example.com",
            f"{a[0]}{b}{rng.randint(10, 99)}@mail.example.org",
            f"{b}.{a[:3]}@example.net",
            f"{a}{rng.randint(1950, 2005)}@example.com",
        )
    )
    host = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return {
        "phone": (PhiType.PHONE, phone(rng)),
        "phone2": (PhiType.PHONE, phone(rng)),
        "phone3": (PhiType.PHONE, phone(rng)),
        "phone_digits": (PhiType.PHONE, f"{rng.choice(AREA_CODES)}55501{_digits(rng, 2)}"),
        "fax": (PhiType.FAX, phone(rng)),
        "fax2": (PhiType.FAX, phone(rng)),
        "email": (PhiType.EMAIL, email),
        "email2": (PhiType.EMAIL, f"{_ascii(doc_last)}.office@clinic.example.org"),
        "email_caps": (PhiType.EMAIL, email.upper()),
        "url": (
            PhiType.URL,
            rng.choice(
                (
                    f"https://portal.example.org/messages/thread/{_digits(rng, 6)}",
                    f"http://www.example.com/records/{b}-{a[0]}",
                    f"portal.example.net/p/{_letters(rng, 3)}{_digits(rng, 3)}{_letters(rng, 2)}",
                    f"https://example.org/upload?case={_digits(rng, 7)}",
                    f"www.example.com/~{a}{b[0]}",
                )
            ),
        ),
        "url2": (
            PhiType.URL,
            f"https://telehealth.example.com/join/{_letters(rng, 4).lower()}-{_digits(rng, 4)}",
        ),
        "ip": (PhiType.IP_ADDRESS, f"{host}.{rng.randint(1, 254)}"),
        "ip2": (
            PhiType.IP_ADDRESS,
            rng.choice(
                (
                    f"{rng.choice(('192.0.2', '198.51.100', '203.0.113'))}.{rng.randint(1, 254)}",
                    f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
                )
            ),
        ),
    }


def _numbers(rng: random.Random, last: str) -> dict[str, Value]:
    ssn = f"{rng.randint(100, 665)}{_digits(rng, 2)}{rng.randint(1, 9999):04d}"
    ssn_form = rng.choice((f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn))
    mbi = (
        f"{rng.randint(1, 9)}{_letters(rng, 1)}{rng.choice('ACDEFGHJKMNPRTUVWXY')}{rng.randint(0, 9)}"
        f"{_letters(rng, 1)}{rng.choice('ACDEFGHJKMNPRTUVWXY')}{rng.randint(0, 9)}{_letters(rng, 2)}{_digits(rng, 2)}"
    )
    vin = rng.choice(("1FT", "2HG", "3VW", "JTD", "5YJ", "1G1", "KNM", "WBA", "4T1")) + "".join(
        rng.choice(VIN_CHARS) for _ in range(14)
    )
    return {
        "ssn": (PhiType.SSN, ssn_form),
        "ssn_dash": (PhiType.SSN, f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"),
        "mrn": (
            PhiType.MRN,
            rng.choice(
                (
                    _digits(rng, 8),
                    f"MR-{_digits(rng, 6)}",
                    f"K{_digits(rng, 6)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"E000{_digits(rng, 7)}",
                )
            ),
        ),
        "mrn2": (PhiType.MRN, f"{_letters(rng, 2)}{_digits(rng, 7)}"),
        "member": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_letters(rng, 3)}{_digits(rng, 9)}",
                    f"W{_digits(rng, 9)}",
                    f"{_letters(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                    f"M{_digits(rng, 7)}",
                    f"{_digits(rng, 11)}",
                )
            ),
        ),
        "mbi": (PhiType.HEALTH_PLAN_ID, rng.choice((mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"))),
        "medicaid": (PhiType.HEALTH_PLAN_ID, f"{_digits(rng, 8)}{_letters(rng, 1)}"),
        "group": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice((_digits(rng, 6), f"GRP-{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 4)}")),
        ),
        "account": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    f"000{_digits(rng, 7)}",
                    f"A{_digits(rng, 8)}",
                    f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                )
            ),
        ),
        "fin": (PhiType.ACCOUNT, f"{rng.randint(24, 26)}{_digits(rng, 9)}"),
        "claim": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    f"CLM-{rng.randint(2024, 2026)}-{_digits(rng, 7)}",
                    f"E{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 4)}",
                    f"{_digits(rng, 13)}",
                )
            ),
        ),
        "claim2": (PhiType.ACCOUNT, f"WC{_digits(rng, 2)}-{_digits(rng, 6)}"),
        "npi": (PhiType.LICENSE, npi(rng)),
        "dea": (PhiType.LICENSE, dea(rng, last)),
        "dl": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"{_letters(rng, 1)}{_digits(rng, 7)}",
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                    f"WDL{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 3)}",
                )
            ),
        ),
        "lic": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"MD-{_digits(rng, 7)}",
                    f"{_digits(rng, 5)}",
                    f"ME{_digits(rng, 5)}",
                    f"G{_digits(rng, 5)}",
                    f"A{_digits(rng, 6)}",
                )
            ),
        ),
        "vet_lic": (PhiType.LICENSE, f"DVM-{_digits(rng, 4)}"),
        "bar_no": (PhiType.LICENSE, rng.choice((_digits(rng, 6), f"{_letters(rng, 2)}{_digits(rng, 5)}"))),
        "lic2": (
            PhiType.LICENSE,
            rng.choice((f"FD{_digits(rng, 5)}", f"{_digits(rng, 8)}", f"NP-{_digits(rng, 6)}")),
        ),
        "cert": (PhiType.LICENSE, f"{rng.randint(101, 160)}-{rng.randint(2024, 2026)}-{_digits(rng, 6)}"),
        "vin": (PhiType.VEHICLE_ID, vin),
        "plate2": (PhiType.VEHICLE_ID, f"{_letters(rng, 2)}{_digits(rng, 4)}{_letters(rng, 1)}"),
        "plate": (
            PhiType.VEHICLE_ID,
            rng.choice(
                (
                    f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                    f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                    f"{_letters(rng, 3)} {_digits(rng, 3)}",
                )
            ),
        ),
        "device": (
            PhiType.DEVICE_ID,
            rng.choice(
                (
                    f"PX4-{_digits(rng, 6)}",
                    f"{_letters(rng, 2)}{_digits(rng, 2)}-{_letters(rng, 4)}-{_digits(rng, 2)}",
                    f"RMS{_digits(rng, 8)}",
                    f"{_digits(rng, 11)}",
                    f"PJN{_digits(rng, 6)}S",
                )
            ),
        ),
        "device2": (PhiType.DEVICE_ID, f"{_letters(rng, 1)}{_digits(rng, 9)}"),
        "udi": (PhiType.DEVICE_ID, f"(01)00{_digits(rng, 12)}(21){_letters(rng, 1)}{_digits(rng, 6)}"),
        "bio_fp": (
            PhiType.BIOMETRIC,
            rng.choice((f"FP-{_digits(rng, 5)}-{_letters(rng, 2)}", f"LS{_digits(rng, 9)}")),
        ),
        "bio_voice": (PhiType.BIOMETRIC, f"VP{_digits(rng, 7)}"),
        "bio_palm": (PhiType.BIOMETRIC, f"PV-{_digits(rng, 5)}-{_letters(rng, 1)}"),
        "bio_iris": (PhiType.BIOMETRIC, f"IRIS-{_digits(rng, 4)}-{_digits(rng, 3)}{_letters(rng, 1)}"),
        "bio_gait": (PhiType.BIOMETRIC, f"gait_{_digits(rng, 5)}{_letters(rng, 2).lower()}"),
        "photo": (
            PhiType.PHOTO,
            rng.choice(
                (
                    f"IMG_{_digits(rng, 4)}.JPG",
                    f"DSC{_digits(rng, 5)}.jpg",
                    f"face_front_{_digits(rng, 4)}.png",
                    f"portrait_{_digits(rng, 5)}.heic",
                    f"P{_digits(rng, 7)}.tif",
                )
            ),
        ),
        "photo_ref": (PhiType.PHOTO, f"PH-{_digits(rng, 6)}"),
        "accession": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"S{rng.randint(24, 26)}-{_digits(rng, 5)}",
                    f"M{_digits(rng, 2)}-{_digits(rng, 7)}",
                    f"L{_digits(rng, 7)}",
                )
            ),
        ),
        "case_no": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"{rng.randint(24, 26)}-DR-{_digits(rng, 4)}",
                    f"{rng.randint(2024, 2026)}-CP-{_digits(rng, 2)}-{_digits(rng, 5)}",
                    f"CV{_digits(rng, 8)}",
                )
            ),
        ),
        "ph_case": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"NEDSS-{_digits(rng, 9)}",
                    f"CD{rng.randint(24, 26)}-{_digits(rng, 6)}",
                    f"{_digits(rng, 10)}",
                )
            ),
        ),
        "inmate": (PhiType.OTHER_ID, f"{_letters(rng, 1)}{_digits(rng, 6)}"),
        "employee": (
            PhiType.OTHER_ID,
            rng.choice((f"E-{_digits(rng, 7)}", f"{_digits(rng, 6)}", f"EMP{_digits(rng, 5)}")),
        ),
        "study_id": (PhiType.OTHER_ID, f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}"),
        "rx_no": (
            PhiType.OTHER_ID,
            rng.choice((_digits(rng, 7), f"RX{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}")),
        ),
        "pa_ref": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"PA-{rng.randint(24, 26)}-{_digits(rng, 7)}",
                    f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 6)}",
                    f"AUTH{_digits(rng, 9)}",
                )
            ),
        ),
        "request_no": (PhiType.OTHER_ID, f"ROI-{rng.randint(2024, 2026)}-{_digits(rng, 5)}"),
        "incident_no": (PhiType.OTHER_ID, f"IR-{_digits(rng, 2)}-{_digits(rng, 4)}"),
    }


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One person's identifiers and those of the people, places and records around them."""
    names = _names(rng)
    first, last, doc_last = names["pt_first"][1], names["pt_last"][1], names["doc_last"][1]
    return {
        **names,
        **_places(rng),
        **_dates(rng),
        **_contacts(rng, first, last, doc_last),
        **_numbers(rng, last),
        "email_rel": (
            PhiType.EMAIL,
            f"{_ascii(names['rel_first'][1])}.{_ascii(names['rel_full'][1].split()[-1])}@example.net",
        ),
        "email_other": (PhiType.EMAIL, f"{_ascii(names['other_last'][1])}{rng.randint(1, 99)}@example.org"),
    }


# --- look-alikes: untyped clinical filler ---------------------------------------------------------

# fmt: off
MEDS = (
    "metoprolol succinate 25 mg PO daily", "apixaban (Eliquis) 5 mg BID", "empagliflozin (Jardiance) 10 mg",
    "semaglutide (Ozempic) 0.5 mg SC weekly", "adalimumab (Humira) 40 mg q2wk", "sacubitril/valsartan 24/26 mg BID",
    "Trelegy Ellipta 100/62.5/25 mcg 1 puff daily", "insulin glargine 22 units qHS", "amoxicillin 875 mg BID x 10 days",
    "doxycycline 100 mg BID x 21 days", "levothyroxine 88 mcg", "sertraline 50 mg", "buprenorphine/naloxone 8/2 mg SL",
    "rabies immune globulin 20 IU/kg", "oseltamivir 75 mg BID x 5 days", "rivaroxaban (Xarelto) 20 mg with supper",
)
DEVICES = ("Dexcom G7", "Omnipod 5", "FreeStyle Libre 3", "ResMed AirSense 11", "MiniMed 780G", "Zio XT patch",
           "Tandem t:slim X2", "Inogen One G5", "Philips DreamStation 2", "Eversense E3")
EPONYMS = ("Babinski sign negative", "Murphy's sign positive", "Parkinson's disease", "Graves' disease",
           "Hashimoto thyroiditis", "Crohn's disease", "Bell's palsy", "Cushing syndrome", "Guillain-Barré syndrome",
           "Tinel sign at the wrist", "Alzheimer's dementia", "Hodgkin lymphoma", "Addison's disease", "Lyme disease",
           "Meniere's disease", "Raynaud phenomenon", "Barrett's esophagus", "Sjögren syndrome")
SCORES = ("GCS 14", "ESI 3", "APGAR 8 and 9", "NIHSS 4", "PHQ-9 17", "GAD-7 12", "MMSE 24/30", "Braden 14",
          "Morse fall score 45", "CHA2DS2-VASc 4", "MoCA 21/30", "Wells score 1.5", "CURB-65 2", "AUDIT-C 6",
          "Katz ADL 4/6", "Oswestry 42%", "pain 7/10", "Epworth 15")
ICD = ("E11.65", "I10", "J44.1", "A82.9", "Z20.3", "S61.412A", "F32.1", "N39.0", "M54.50", "A69.20", "Z88.0",
       "R29.6", "W54.0XXA", "A37.90", "U07.1", "B05.9", "I48.91", "G30.1")
CPT = ("99214", "99283", "90675", "90471", "87389", "96127", "99497", "95811", "97110", "G0439", "J1745", "99442")
LOINC = ("4548-4", "2345-7", "2160-0", "94500-6", "5196-1", "31208-2", "6690-2", "1920-8")
NDC = ("0002-1433-80", "50090-3421-0", "0169-4132-12", "0078-0659-20", "63323-0262-01", "0006-4047-41")
ROLES = ("the charge nurse", "the on-call attending", "the case manager", "the triage RN", "the pharmacist",
         "the claims examiner", "the medical director", "the house supervisor", "the infection preventionist",
         "the records custodian", "the social worker", "a medical assistant", "the utilization reviewer")
# fmt: on
PET_KINDS = ("dog", "cat", "ferret", "parakeet", "cockatiel", "horse", "pet rabbit")
WILD = ("bat", "raccoon", "stray cat", "fox", "skunk", "groundhog")


def _vitals(rng: random.Random) -> dict[str, Value]:
    return {
        "bp": (None, f"{rng.randint(96, 178)}/{rng.randint(52, 104)}"),
        "hr": (None, str(rng.randint(48, 132))),
        "rr": (None, str(rng.randint(12, 30))),
        "temp": (None, f"{rng.uniform(36.1, 39.9):.1f}"),
        "temp_f": (None, f"{rng.uniform(97.0, 103.4):.1f}"),
        "spo2": (None, f"{rng.randint(86, 100)}%"),
        "glucose": (None, str(rng.randint(58, 412))),
        "weight": (None, f"{rng.uniform(41, 131):.1f} kg"),
        "bmi": (None, f"{rng.uniform(17, 44):.1f}"),
        "a1c": (None, f"{rng.uniform(5.1, 11.8):.1f}%"),
        "inr": (None, f"{rng.uniform(0.9, 4.2):.1f}"),
        "sodium": (None, str(rng.randint(124, 149))),
        "potassium": (None, f"{rng.uniform(2.9, 6.1):.1f}"),
        "creat": (None, f"{rng.uniform(0.5, 3.9):.2f}"),
        "wbc": (None, f"{rng.uniform(2.1, 21.9):.1f}"),
        "titer": (None, rng.choice(("1:64", "1:256", "1:1024", "<1:16", "1:128"))),
    }


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical text that resembles identifiers but is not one: doses, labs, scores, codes, years ..."""
    year = rng.randint(1998, 2025)
    return {
        **_vitals(rng),
        "med": (None, rng.choice(MEDS)),
        "med2": (None, rng.choice(MEDS)),
        "device_brand": (None, rng.choice(DEVICES)),
        "eponym": (None, rng.choice(EPONYMS)),
        "eponym2": (None, rng.choice(EPONYMS)),
        "score": (None, rng.choice(SCORES)),
        "score2": (None, rng.choice(SCORES)),
        "icd": (None, rng.choice(ICD)),
        "icd2": (None, rng.choice(ICD)),
        "icd_x12": (None, rng.choice(ICD).replace(".", "")),
        "cpt": (None, rng.choice(CPT)),
        "cpt2": (None, rng.choice(CPT)),
        "loinc": (None, rng.choice(LOINC)),
        "ndc": (None, rng.choice(NDC)),
        "role": (None, rng.choice(ROLES)),
        "role2": (None, rng.choice(ROLES)),
        "year": (None, str(year)),
        "year2": (None, str(rng.randint(1962, 2012))),
        "age_young": (None, str(rng.randint(19, 89))),
        "age_kid": (None, str(rng.randint(1, 17))),
        "time": (None, f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"),
        "time2": (None, f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"),
        "time_mil": (None, f"{rng.randrange(24):02d}{rng.randrange(60):02d}"),
        "time_ampm": (
            None,
            f"{rng.randint(1, 12)}:{rng.randrange(60):02d} {rng.choice(('am', 'pm', 'AM', 'PM'))}",
        ),
        "room": (None, f"{rng.randint(1, 6)}{rng.randint(0, 3)}{rng.randint(1, 9)}-{rng.choice('AB')}"),
        "bed": (None, str(rng.randint(1, 24))),
        "lot_stock2": (None, f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 2)}"),
        "lot_stock": (None, f"{rng.randint(1, 9)}{_letters(rng, 1)}{_digits(rng, 3)}{_letters(rng, 1)}"),
        "version": (None, f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"),
        "pages": (None, str(rng.randint(2, 19))),
        "amount": (None, f"{rng.randint(12, 9800)}.{rng.randint(0, 99):02d}"),
        "amount2": (None, f"{rng.randint(0, 900)}.{rng.randint(0, 99):02d}"),
        "pct": (None, str(rng.choice((10, 20, 30, 40, 50, 80)))),
        "count": (None, str(rng.randint(2, 40))),
        "qty": (None, str(rng.choice((30, 60, 90, 28, 84, 100)))),
        "days": (None, str(rng.choice((7, 10, 14, 21, 28, 30, 90)))),
        "pet": (None, rng.choice(PETS)),
        "pet_kind": (None, rng.choice(PET_KINDS)),
        "wild": (None, rng.choice(WILD)),
        "range": (
            None,
            rng.choice(("135-145", "3.5-5.1", "70-99", "0.6-1.2", "4.0-11.0", "150-400", "0.8-1.1")),
        ),
        "extension": (None, str(rng.randint(100, 4999))),
        "form_no": (None, rng.choice(("CMS-1500", "UB-04", "DWC-1", "SSA-827", "HCFA-1500", "C-4", "WC-1"))),
        "plan_code": (None, rng.choice(("PPO 2000", "HMO 15/30", "HDHP 3500", "EPO Silver 87", "Gold 80"))),
        "tier": (None, str(rng.randint(1, 5))),
        "ref_count": (None, f"{rng.randint(1, 9)} of {rng.randint(9, 14)}"),
    }
