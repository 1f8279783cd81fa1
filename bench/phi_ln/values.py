"""Invented values for set n (eldercare, guardianship, end-of-life paperwork).

``identifiers(rng)`` returns one invented person-and-context per note: every value is a ``(PhiType, text)``
pair and becomes a gold span. ``lookalikes(rng)`` returns clinical and administrative filler that is
not PHI (``(None, text)``): doses, vitals, scores, codes, form numbers, statute citations, the numbers
of organisations, ages up to 89, years alone, times, money. Only ``rng`` is used.
"""

from __future__ import annotations

import datetime as _dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- names ----------------------------------------------------------------------------------------

_FIRST_F = (
    "Mildred",
    "Dorothy",
    "Eunice",
    "Beulah",
    "Odessa",
    "Earline",
    "LaVerne",
    "Margaret",
    "Elizabeth",
    "Josefina",
    "Guadalupe",
    "Consuelo",
    "Esperanza",
    "Refugio",
    "Dolores",
    "Ximena",
    "Ines",
    "Zofia",
    "Olga",
    "Akiko",
    "Hoa",
    "Thi Lan",
    "Mei-Ling",
    "Xiaoling",
    "Ngozi",
    "Amara",
    "Lakshmi",
    "Priya",
    "Fatima",
    "Ayse",
    "Dagny",
    "Ingrid",
    "Siobhan",
    "Aroha",
    "Florence",
    "Georgia",
    "Hope",
    "Joy",
    "June",
    "April",
    "Mercy",
    "Faith",
    "Rose",
    "Pearl",
    "Opal",
    "Ruby",
    "Violet",
    "Sydney",
    "Victoria",
    "Bich Ngoc",
    "Anne-Marie",
    "Marie-Claire",
    "Ji-woo",
    "Yetunde",
    "Chaya",
    "Rivka",
    "Bernadette",
)
_FIRST_M = (
    "Harold",
    "Clarence",
    "Eugene",
    "Virgil",
    "Otis",
    "Darnell",
    "William",
    "Robert",
    "Theodore",
    "Francisco",
    "Ignacio",
    "Refugio",
    "Tomasz",
    "Wojciech",
    "Bogdan",
    "Nikolai",
    "Hiroshi",
    "Kenji",
    "Tuan",
    "Jae-won",
    "Oluwaseun",
    "Chidi",
    "Kwame",
    "Amadou",
    "Yusuf",
    "Rajesh",
    "Sunil",
    "Chaim",
    "Moshe",
    "Padraig",
    "Sven",
    "Giuseppe",
    "Austin",
    "Chester",
    "Lincoln",
    "Jordan",
    "Orlando",
    "Frank",
    "Bill",
    "Cash",
    "Hunter",
    "Price",
    "Sonny",
    "Jean-Baptiste",
    "Mohammed",
    "Aleksandr",
    "Kealoha",
    "Dakota",
    "Wendell",
    "Lemuel",
    "Ephraim",
    "Cornelius",
    "Luis Alberto",
    "Duc",
)
_NICK = {
    "Margaret": "Peggy",
    "Elizabeth": "Betty",
    "Dorothy": "Dot",
    "Mildred": "Millie",
    "Josefina": "Pepita",
    "Guadalupe": "Lupe",
    "Consuelo": "Chelo",
    "Dolores": "Lola",
    "William": "Bill",
    "Robert": "Bobby",
    "Theodore": "Teddy",
    "Francisco": "Paco",
    "Ignacio": "Nacho",
    "Aleksandr": "Sasha",
    "Giuseppe": "Pino",
    "Wojciech": "Wojtek",
    "Eugene": "Gene",
    "Clarence": "Sonny",
    "Harold": "Hal",
    "Bernadette": "Bernie",
    "Oluwaseun": "Seun",
    "Mohammed": "Mo",
    "Cornelius": "Neil",
    "Ephraim": "Eph",
    "Virgil": "Butch",
    "Earline": "Sissy",
    "Odessa": "Dessie",
    "Victoria": "Vicky",
    "Chester": "Chet",
    "Lemuel": "Lem",
}
_LAST = (
    "O'Connell",
    "D'Angelo",
    "McAllister",
    "de la Cruz",
    "van der Berg",
    "Van Buren",
    "da Silva",
    "dos Santos",
    "al-Hashimi",
    "Nguyen",
    "Tran",
    "Okonkwo",
    "Adeyemi",
    "Mensah",
    "Kowalczyk",
    "Wisniewski",
    "Novak",
    "Petrov",
    "Ivanova",
    "Yamamoto",
    "Takahashi",
    "Kim",
    "Park",
    "Patel",
    "Iyer",
    "Chatterjee",
    "Haddad",
    "Khoury",
    "Cohen",
    "Goldberg",
    "Schwartz",
    "Mueller",
    "Fischer",
    "Johansson",
    "Lindqvist",
    "MacLeod",
    "Fitzgerald",
    "Smith-Whitaker",
    "Garcia-Lopez",
    "Hernandez Ruiz",
    "St. John",
    "LeBlanc",
    "Thibodeaux",
    "Boudreaux",
    "Begay",
    "Yazzie",
    "Tsosie",
    "Kahananui",
    "Baker",
    "Church",
    "Rose",
    "Hope",
    "Young",
    "King",
    "Price",
    "Hunter",
    "Winter",
    "Moody",
    "Sparrow",
    "Lane",
    "Bishop",
    "Marsh",
    "Brooks",
    "Wolf",
    "Fox",
    "Bell",
    "Small",
    "Friend",
    "Love",
    "Cash",
    "Chester",
    "Orlando",
    "Lincoln",
    "Jordan",
    "Washington",
    "Holland",
    "England",
    "Paris",
    "Devon",
    "Ben-David",
    "Abu-Zahra",
    "Le",
    "Ng",
    "Oyelaran-Banks",
    "Featherstonehaugh",
    "Villanueva",
    "Szabo",
    "Papadopoulos",
    "Ferreira",
)
_SUFFIX = ("", "", "", "", "", "", "Jr", "Sr", "III", "II")


def _person(rng: random.Random) -> dict[str, str]:
    female = rng.random() < 0.55
    first = rng.choice(_FIRST_F if female else _FIRST_M)
    last = rng.choice(_LAST)
    if rng.random() < 0.08:
        last = f"{last}-{rng.choice(_LAST).replace(' ', '')}" if "-" not in last else last
    mi = rng.choice(string.ascii_uppercase.replace("X", "").replace("Q", "")) if rng.random() < 0.45 else ""
    suffix = rng.choice(_SUFFIX) if not female else ""
    nick = _NICK.get(first, rng.choice(("Sis", "Bud", "Tootie", "Junior", "Chico", "Boo", "Nana", "Dee")))
    return {"first": first, "last": last, "mi": mi, "suffix": suffix, "nick": nick}


def _name_forms(role: str, p: dict[str, str]) -> dict[str, Value]:
    first, last, mi, suffix = p["first"], p["last"], p["mi"], p["suffix"]
    full = f"{first} {mi + '. ' if mi else ''}{last}{' ' + suffix if suffix else ''}"
    plain = f"{first} {last}"
    lf = f"{last}, {first}" + (f" {mi}." if mi else "")
    caps = f"{last.upper()}, {first.upper()}" + (f" {mi}" if mi else "")
    fi = f"{first[0]}. {last}"
    forms = {
        role: full,
        f"{role}_plain": plain,
        f"{role}_first": first,
        f"{role}_last": last,
        f"{role}_lf": lf,
        f"{role}_caps": caps,
        f"{role}_upper": plain.upper(),
        f"{role}_fi": fi,
        f"{role}_nick": p["nick"],
        f"{role}_initials": f"{first[0]}{last[0]}".upper(),
        f"{role}_lfcomma": f"{last},{first}",
    }
    return {k: (PhiType.NAME, v) for k, v in forms.items()}


_ROLES = (
    "pt",
    "kin",
    "kin2",
    "doc",
    "np",
    "rn",
    "sw",
    "wit",
    "wit2",
    "notary",
    "atty",
    "judge",
    "fd",
    "inv",
    "rep",
    "perp",
    "staff",
    "chap",
)

# --- places ---------------------------------------------------------------------------------------

_TOWNS = (
    "Marlow Springs",
    "East Brantley",
    "Port Ardith",
    "Cedar Hollow",
    "Lake Vesper",
    "Grindstone",
    "New Caldera",
    "Fort Abernathy",
    "Willow Bend",
    "Saint Ansel",
    "Dunmore Falls",
    "Hope",
    "Liberty",
    "Paradise",
    "Friendship",
    "Independence",
    "Normal",
    "Florence",
    "Chester",
    "Salem",
    "Bristol",
    "Union Gap",
    "Pine Knot",
    "Kettle Falls",
    "Hollis Crossing",
    "Oak Tern",
    "Mercy Hill",
    "Bayou Lacombe",
    "Santa Rufina",
    "San Cayetano",
    "Vinton Heights",
    "Ashgrove",
    "Loma Quieta",
    "Three Forks Junction",
    "North Wexley",
    "Mount Orrin",
    "Plainview",
    "Elm Hurst",
    "Bethel Landing",
    "Kinnick",
)
_COUNTIES = (
    "Harlan County",
    "Ransom County",
    "Tillamore County",
    "Oswell County",
    "Pike County",
    "Breck County",
    "Calder County",
    "St. Landry Parish",
    "Kenai Hills Borough",
    "Moreno County",
    "Yellow Fork County",
    "Abbott County",
    "Lamar County",
    "Whitfield County",
    "Marion County",
)
_COUNTY_BARE = ("Harlan", "Ransom", "Tillamore", "Oswell", "Calder", "Moreno", "Abbott", "Whitfield", "Lamar")
_STREETS = (
    "Quarry Hill",
    "Old Mill",
    "Magnolia",
    "Sycamore",
    "Juniper Ridge",
    "Fairview",
    "Cottonwood",
    "Prospect",
    "Church",
    "Railroad",
    "Lakeshore",
    "Martin Luther King Jr",
    "Calle Ocho",
    "Pleasant Valley",
    "Hospital",
    "Orchard",
    "Veterans Memorial",
    "Sunset",
    "Bluebonnet",
    "Cemetery",
    "Tanglewood",
    "Ridgecrest",
    "Depot",
    "Kingfisher",
    "Saw Mill Creek",
)
_SUFFIXES = ("St", "Street", "Rd", "Road", "Ave", "Avenue", "Ln", "Dr", "Blvd", "Ct", "Way", "Pkwy", "Cir")
_STATES = (
    "OH",
    "PA",
    "NY",
    "CA",
    "TX",
    "FL",
    "GA",
    "WA",
    "OR",
    "MN",
    "LA",
    "NC",
    "MI",
    "AZ",
    "NM",
    "KY",
    "Ohio",
    "Texas",
    "Oregon",
    "Louisiana",
    "New York",
    "Kentucky",
)
_NEIGHBOURHOODS = (
    "Eastgate",
    "Little Saigon",
    "Boyle Flats",
    "Riverside",
    "the Heights",
    "Old Town",
    "Pilsen Row",
    "Frenchtown",
    "Sugar Hill",
    "Lower Bottoms",
)
_FAC_KIND = (
    "Memorial Hospital",
    "Regional Medical Center",
    "Memory Care",
    "Senior Living",
    "Health & Rehab",
    "Hospice House",
    "Community Hospital",
    "Adult Day Center",
    "Funeral Home",
    "Care Center",
)


def _street(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.08:
        return f"PO Box {rng.randint(10, 9999)}"
    if r < 0.14:
        return f"Rural Route {rng.randint(1, 9)}, Box {rng.randint(2, 299)}"
    if r < 0.2:
        return f"{rng.randint(100, 29999)} County Road {rng.randint(2, 480)}"
    num = rng.choice((str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 48999))))
    direction = rng.choice(("", "", "", "N ", "S ", "E ", "W ", "NW ", "South "))
    return f"{num} {direction}{rng.choice(_STREETS)} {rng.choice(_SUFFIXES)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCDEF')}",
            f"Apt. {rng.randint(101, 1420)}",
            f"Unit {rng.randint(1, 300)}",
            f"#{rng.randint(2, 40)}",
            f"Lot {rng.randint(1, 88)}",
            f"Suite {rng.randint(100, 450)}",
            f"Trlr {rng.randint(1, 60)}",
        )
    )


def _zip(rng: random.Random) -> str:
    return f"{rng.randint(1001, 99929):05d}"


_SAINTS = (
    "St. Brigid",
    "Good Shepherd",
    "Mercy",
    "Bethany",
    "Sunrise",
    "Holy Cross",
    "Providence",
    "Sacred Heart",
)
_FAC_TYPES = {
    "hosp": (
        (
            "{town} Memorial Hospital",
            "{town} Regional Medical Center",
            "{saint} Hospital of {town}",
            "{town} Community Hospital",
            "{saint} Medical Center - {town}",
        )
    ),
    "ltc": (
        (
            "{town} Health & Rehab",
            "{saint} Memory Care of {town}",
            "{town} Senior Living",
            "The Gardens at {town}",
            "{town} Care Center",
            "{saint} Manor of {town}",
        )
    ),
    "hospice": (("Hospice of {town}", "{town} Hospice House", "{saint} Hospice - {town}")),
    "fh": (("{town} Funeral Home", "{saint} Funeral Chapel of {town}", "{town} Mortuary & Cremation")),
    "adc": (("{town} Adult Day Center", "{saint} Adult Day Services of {town}", "{town} Senior Day Club")),
}


def _typed_facility(rng: random.Random, kind: str) -> str:
    return rng.choice(_FAC_TYPES[kind]).format(town=rng.choice(_TOWNS), saint=rng.choice(_SAINTS))


def _facility(rng: random.Random, town: str) -> str:
    return rng.choice(
        (
            f"{town} {rng.choice(_FAC_KIND)}",
            f"{rng.choice(('St. Brigid', 'Good Shepherd', 'Mercy', 'Bethany', 'Sunrise', 'Holy Cross'))} "
            f"{rng.choice(_FAC_KIND)} of {town}",
            f"Hospice of {town}",
        )
    )


# --- dates ----------------------------------------------------------------------------------------

_MONTHS = (
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
_MES = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
_MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(d: _dt.date, style: str) -> str:
    m, dd, y = d.month, d.day, d.year
    mon = _MONTHS[m - 1]
    return {
        "us": f"{m:02d}/{dd:02d}/{y}",
        "us_short": f"{m}/{dd}/{y % 100:02d}",
        "us_nopad": f"{m}/{dd}/{y}",
        "iso": d.isoformat(),
        "long": f"{mon} {dd}, {y}",
        "abbr": f"{mon[:3]} {dd}, {y}",
        "dmy": f"{dd} {mon[:3]} {y}",
        "dmy_long": f"{dd} {mon} {y}",
        "caps": f"{dd:02d}-{mon[:3].upper()}-{y}",
        "dot": f"{dd:02d}.{m:02d}.{y}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "dash_us": f"{m:02d}-{dd:02d}-{y}",
        "ordinal": f"{_ordinal(dd)} day of {mon}, {y}",
        "noyear": f"{mon} {dd}",
        "noyear_num": f"{m}/{dd}",
        "es": f"{dd} de {_MES[m - 1]} de {y}",
        "fr": f"{dd} {_MOIS[m - 1]} {y}",
    }[style]


_GENERIC_STYLES = (
    "us",
    "us",
    "us",
    "us_short",
    "us_nopad",
    "iso",
    "long",
    "abbr",
    "dmy",
    "caps",
    "dash_us",
    "dmy_long",
)


def _time(rng: random.Random, style: int | None = None) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    style = rng.randint(0, 3) if style is None else style
    if style == 0:
        return f"{h:02d}:{mi:02d}"
    if style == 1:
        return f"{h:02d}{mi:02d}"
    if style == 2:
        return f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    return f"{(h % 12) or 12}:{mi:02d} {'a.m.' if h < 12 else 'p.m.'}"


# --- identifiers ----------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _upper(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    letter = last.replace("'", "").replace(" ", "")[0].upper()
    d = [int(c) for c in _digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{rng.choice('ABFM')}{letter if letter.isalpha() else 'X'}{''.join(map(str, d))}{check}"


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    s = (
        rng.choice("123456789")
        + rng.choice(_MBI_ALPHA)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(_MBI_ALPHA)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(_MBI_ALPHA)
        + rng.choice(_MBI_ALPHA)
        + rng.choice(string.digits)
        + rng.choice(string.digits)
    )
    return rng.choice((s, s, f"{s[:4]}-{s[4:7]}-{s[7:]}", s.lower() if rng.random() < 0.1 else s))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        (
            f"{area:03d}-{group:02d}-{serial:04d}",
            f"{area:03d}-{group:02d}-{serial:04d}",
            f"{area:03d} {group:02d} {serial:04d}",
            f"{area:03d}{group:02d}{serial:04d}",
            f"XXX-XX-{serial:04d}",
            f"***-**-{serial:04d}",
        )
    )


def _phone(rng: random.Random) -> str:
    area = rng.choice(("212", "312", "503", "614", "704", "818", "907", "254", "330", "469", "541", "985"))
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area}555{line}",
            f"555-{line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"+1-{area}-555-{line}",
        )
    )


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
        )
    )


def _vin(rng: random.Random) -> str:
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice("12345JKLSWY") + _upper(rng, 16, alpha)


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_upper(rng, 3)}{_digits(rng, 3)}",
            f"{_upper(rng, 3)}-{_digits(rng, 4)}",
            f"{_upper(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)} {_upper(rng, 3)}",
            f"{_upper(rng, 2)}{_digits(rng, 1)}-{_upper(rng, 1)}{_digits(rng, 3)}",
        )
    )


def _ocr(rng: random.Random, s: str) -> str:
    table = {"0": "O", "1": "l", "5": "S", "8": "B", "O": "0", "l": "1", "I": "1", "e": "c", "m": "rn"}
    out = []
    for ch in s:
        if ch in table and rng.random() < 0.35:
            out.append(table[ch])
        else:
            out.append(ch)
    return "".join(out)


def _email(rng: random.Random, p: dict[str, str]) -> str:
    first = p["first"].lower().replace(" ", "").replace("'", "").replace("-", "")
    last = p["last"].lower().replace(" ", "").replace("'", "").replace(".", "")
    dom = rng.choice(
        (
            "example.com",
            "example.org",
            "mail.example.net",
            "family.test",
            "pers-mail.test",
            "law.example.com",
            "example.co.uk",
        )
    )
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}{rng.randint(1, 99)}",
            f"{first}_{last}{rng.randint(1930, 1999)}",
            f"{first}{last[:3]}",
        )
    )
    return f"{local}@{dom}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented identity and its context: every value here is a gold span."""
    out: dict[str, Value] = {}
    people = {role: _person(rng) for role in _ROLES}
    for role, p in people.items():
        out.update(_name_forms(role, p))
    # patient age and dates
    old = rng.random() < 0.7
    age = rng.randint(90, 106) if old else rng.randint(71, 89)
    base = _dt.date(2023, 1, 1) + _dt.timedelta(days=rng.randint(0, 1150))
    dob = base - _dt.timedelta(days=age * 365 + rng.randint(30, 330))
    words = {
        90: "ninety",
        91: "ninety-one",
        92: "ninety-two",
        93: "ninety-three",
        94: "ninety-four",
        95: "ninety-five",
        96: "ninety-six",
        97: "ninety-seven",
        98: "ninety-eight",
        99: "ninety-nine",
        100: "one hundred",
        101: "one hundred one",
        102: "one hundred two",
    }
    age_t = PhiType.AGE if age >= 90 else None
    out["age"] = (age_t, str(age))
    out["age_words"] = (age_t, words.get(age, str(age)))
    out["age_kin"] = (None, str(rng.randint(52, 79)))  # a relative's age: never over 89 here
    # an always-gold age (a spouse, a co-resident, a centenarian in the same building)
    out["age90"] = (PhiType.AGE, str(rng.randint(90, 104)))
    # dates relative to base (the index event: death, election, petition ...)
    offsets = {
        "d_event": 0,
        "d_before1": -rng.randint(1, 20),
        "d_before2": -rng.randint(21, 90),
        "d_before3": -rng.randint(91, 400),
        "d_after1": rng.randint(1, 14),
        "d_after2": rng.randint(15, 60),
        "d_after3": rng.randint(61, 120),
        "d_sign": -rng.randint(0, 5),
        "d_wit": -rng.randint(0, 3),
        "d_hear": rng.randint(20, 75),
        "d_admit": -rng.randint(3, 700),
        "d_onset": -rng.randint(400, 2500),
        "d_marriage": -rng.randint(16000, 26000),
    }
    for key, off in offsets.items():
        d = base + _dt.timedelta(days=off)
        out[key] = (PhiType.DATE, fmt_date(d, rng.choice(_GENERIC_STYLES)))
        for style in (
            "us",
            "iso",
            "long",
            "caps",
            "compact",
            "ordinal",
            "noyear",
            "es",
            "fr",
            "dmy",
            "us_short",
        ):
            out[f"{key}_{style}"] = (PhiType.DATE, fmt_date(d, style))
    out["dob"] = (PhiType.DATE, fmt_date(dob, rng.choice(_GENERIC_STYLES)))
    for style in ("us", "iso", "long", "caps", "compact", "dmy", "es", "fr", "us_short"):
        out[f"dob_{style}"] = (PhiType.DATE, fmt_date(dob, style))
    out["dob_ocr"] = (PhiType.DATE, _ocr(rng, fmt_date(dob, "us")))
    kin_dob = _dt.date(rng.randint(1944, 1972), rng.randint(1, 12), rng.randint(1, 28))
    out["kin_dob"] = (PhiType.DATE, fmt_date(kin_dob, rng.choice(_GENERIC_STYLES)))
    t1, t2 = _time(rng, 0), _time(rng, 1)
    out["dt_event"] = (
        PhiType.DATE,
        rng.choice(
            (
                f"{fmt_date(base, 'us')} {t1}",
                f"{base.isoformat()}T{t1}",
                f"{fmt_date(base, 'caps')} {t2}",
                f"{fmt_date(base, 'us_nopad')} @ {t1}",
                f"{fmt_date(base, 'long')} at {_time(rng, 2)}",
            )
        ),
    )
    out["dt_event_hl7"] = (PhiType.DATE, f"{fmt_date(base, 'compact')}{t2}")
    dd = base + _dt.timedelta(days=offsets["d_before1"])
    out["dt_before1"] = (
        PhiType.DATE,
        rng.choice(
            (
                f"{fmt_date(dd, 'us')} {_time(rng, 0)}",
                f"{dd.isoformat()} {_time(rng, 0)}:{rng.randint(0, 59):02d}",
            )
        ),
    )
    out["dt_log1"] = (PhiType.DATE, f"{base.isoformat()} {_time(rng, 0)}:{rng.randint(10, 59)}")
    out["dt_log2"] = (PhiType.DATE, f"{base.isoformat()} {_time(rng, 0)}:{rng.randint(10, 59)}")
    out["dt_log3"] = (
        PhiType.DATE,
        f"{(base + _dt.timedelta(days=1)).isoformat()} {_time(rng, 0)}:{rng.randint(10, 59)}",
    )
    out["dt_log4"] = (
        PhiType.DATE,
        f"{(base + _dt.timedelta(days=2)).isoformat()} {_time(rng, 0)}:{rng.randint(10, 59)}",
    )
    # places
    for i, sfx in enumerate(("", "2", "3")):
        town = rng.choice(_TOWNS)
        out[f"addr{sfx}"] = (PhiType.LOCATION, _street(rng))
        out[f"unit{sfx}"] = (PhiType.LOCATION, _unit(rng))
        out[f"city{sfx}"] = (PhiType.LOCATION, town)
        out[f"city{sfx}_upper"] = (PhiType.LOCATION, town.upper())
        out[f"zip{sfx}"] = (
            PhiType.LOCATION,
            rng.choice((_zip(rng), _zip(rng), f"{_zip(rng)}-{_digits(rng, 4)}")),
        )
        out[f"state{sfx}"] = (None, rng.choice(_STATES))
        out[f"county{sfx}"] = (PhiType.LOCATION, rng.choice(_COUNTIES))
        out[f"fac{sfx}"] = (PhiType.LOCATION, _facility(rng, rng.choice(_TOWNS)))
        del i
    for kind in ("hosp", "ltc", "hospice", "fh", "adc"):
        out[f"fac_{kind}"] = (PhiType.LOCATION, _typed_facility(rng, kind))
    out["fac_hosp2"] = (PhiType.LOCATION, _typed_facility(rng, "hosp"))
    out["addr_upper"] = (PhiType.LOCATION, out["addr"][1].upper())
    out["addr2_upper"] = (PhiType.LOCATION, out["addr2"][1].upper())
    out["county_bare"] = (PhiType.LOCATION, rng.choice(_COUNTY_BARE))
    out["hood"] = (PhiType.LOCATION, rng.choice(_NEIGHBOURHOODS))
    out["addr_ocr"] = (PhiType.LOCATION, _ocr(rng, out["addr"][1]))
    # contact
    for k in ("phone", "phone2", "phone3", "phone4", "cell"):
        out[k] = (PhiType.PHONE, _phone(rng))
    for k in ("fax", "fax2"):
        out[k] = (PhiType.FAX, _phone(rng))
    out["email_kin"] = (PhiType.EMAIL, _email(rng, people["kin"]))
    out["email_pt"] = (PhiType.EMAIL, _email(rng, people["pt"]))
    out["email_atty"] = (PhiType.EMAIL, _email(rng, people["atty"]))
    out["email_staff"] = (PhiType.EMAIL, _email(rng, people["staff"]))
    out["email_kin2"] = (PhiType.EMAIL, _email(rng, people["kin2"]))
    slug = (
        f"{people['pt']['first']}-{people['pt']['last']}".lower()
        .replace(" ", "-")
        .replace("'", "")
        .replace(".", "")
    )
    out["url_obit"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://www.memorials.example.com/obituaries/{slug}-{rng.randint(1, 9)}{_digits(rng, 3)}",
                f"https://tributes.example.org/{slug}",
                f"www.example.com/obits/{base.year}/{slug}",
            )
        ),
    )
    out["url_portal"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://portal.example.org/proxy/accept?inv={_upper(rng, 4, string.ascii_lowercase + string.digits)}"
                f"{_digits(rng, 6)}",
                f"https://mychart.example.com/p/{_digits(rng, 8)}/documents",
                f"http://records.example.net/req/{_upper(rng, 10, string.ascii_lowercase + string.digits)}",
            )
        ),
    )
    out["url_reg"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://adregistry.example.org/view/{_upper(rng, 2)}{_digits(rng, 7)}",
                f"https://registry.example.gov.test/directive?id={_digits(rng, 9)}",
                f"adreg.example.org/d/{_upper(rng, 12, string.ascii_lowercase + string.digits)}",
            )
        ),
    )
    out["url_memorial"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://www.caringpages.example.com/{slug.replace('-', '')}",
                f"https://giving.example.org/in-memory-of-{slug}",
                f"https://share.example.com/album/{_upper(rng, 11, string.ascii_letters + string.digits)}",
            )
        ),
    )
    out["ip"] = (PhiType.IP_ADDRESS, _ip(rng))
    out["ip2"] = (PhiType.IP_ADDRESS, _ip(rng))
    out["ip3"] = (PhiType.IP_ADDRESS, _ip(rng))
    # record numbers
    out["mrn"] = (
        PhiType.MRN,
        rng.choice(
            (
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}",
                f"M{_digits(rng, 6)}",
                f"00{_digits(rng, 7)}",
                f"HC-{_digits(rng, 6)}",
                f"{_digits(rng, 7)}-{rng.randint(0, 9)}",
            )
        ),
    )
    out["mrn2"] = (
        PhiType.MRN,
        rng.choice((_digits(rng, 9), f"RES-{_digits(rng, 5)}", f"{_upper(rng, 2)}{_digits(rng, 6)}")),
    )
    out["mrn_ocr"] = (PhiType.MRN, _ocr(rng, out["mrn"][1]))
    out["mbi"] = (PhiType.HEALTH_PLAN_ID, _mbi(rng))
    out["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_upper(rng, 2)}{_digits(rng, 5)}{_upper(rng, 1)}",
                _digits(rng, 10),
                f"{_digits(rng, 9)}-{_digits(rng, 2)}",
                f"MCD{_digits(rng, 8)}",
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            )
        ),
    )
    out["member"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_upper(rng, 3)}{_digits(rng, 9)}",
                f"H{_digits(rng, 4)}-{_digits(rng, 8)}",
                f"{_digits(rng, 11)}",
                f"W{_digits(rng, 8)}{rng.randint(0, 9)}",
                f"ZGP{_digits(rng, 7)}*01",
                f"{_upper(rng, 1)}{_digits(rng, 8)} 0{rng.randint(1, 3)}",
            )
        ),
    )
    out["group"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice((f"{_digits(rng, 5)}", f"GRP-{_digits(rng, 6)}", f"{_upper(rng, 2)}{_digits(rng, 4)}")),
    )
    out["rx_bin_member"] = (PhiType.HEALTH_PLAN_ID, f"{_upper(rng, 1)}{_digits(rng, 10)}")
    out["fin"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                _digits(rng, 10),
                f"V{_digits(rng, 9)}",
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                f"FIN{_digits(rng, 8)}",
                f"ENC-{_digits(rng, 7)}",
            )
        ),
    )
    out["acct"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                _digits(rng, 12),
                f"A{_digits(rng, 8)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
                f"PA-{_digits(rng, 7)}",
            )
        ),
    )
    out["bank_acct"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (_digits(rng, 10), _digits(rng, 12), f"{_digits(rng, 4)}-{_digits(rng, 5)}-{_digits(rng, 2)}")
        ),
    )
    out["bank_last4"] = (PhiType.ACCOUNT, _digits(rng, 4))
    out["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"{_digits(rng, 2)}{rng.randint(100, 366)}{_upper(rng, 1)}{_digits(rng, 6)}",
                f"CLM-{base.year}-{_digits(rng, 8)}",
                _digits(rng, 13),
                f"{_digits(rng, 5)}-{_digits(rng, 5)}-{_digits(rng, 3)}",
                f"ICN {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 5)}"[4:],
            )
        ),
    )
    out["ssn"] = (PhiType.SSN, _ssn(rng))
    plain_ssn = f"{rng.randint(100, 665):03d}-{rng.randint(10, 99):02d}-{rng.randint(1000, 9999):04d}"
    out["ssn_full"] = (PhiType.SSN, plain_ssn)
    out["ssn_claim"] = (PhiType.SSN, f"{plain_ssn}{rng.choice(('A', 'B', 'B6', 'D', 'C1', 'HA'))}")
    out["ssn_ocr"] = (PhiType.SSN, _ocr(rng, plain_ssn))
    out["ssn_kin"] = (PhiType.SSN, _ssn(rng))
    # licences of people
    out["npi"] = (PhiType.LICENSE, _npi(rng))
    out["npi2"] = (PhiType.LICENSE, _npi(rng))
    out["dea"] = (PhiType.LICENSE, _dea(rng, people["doc"]["last"]))
    out["med_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"MD{_digits(rng, 6)}",
                f"G{_digits(rng, 5)}",
                f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"35.{_digits(rng, 6)}",
                f"DO-{_digits(rng, 5)}",
            )
        ),
    )
    out["rn_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            (f"RN{_digits(rng, 7)}", f"{_digits(rng, 6)}-RN", f"R{_digits(rng, 6)}", f"NP{_digits(rng, 5)}")
        ),
    )
    out["notary_comm"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                _digits(rng, 7),
                f"{_digits(rng, 2)}-{_digits(rng, 7)}",
                f"NP{_digits(rng, 6)}",
                f"01{_upper(rng, 2)}{_digits(rng, 7)}",
            )
        ),
    )
    out["bar"] = (
        PhiType.LICENSE,
        rng.choice((_digits(rng, 6), _digits(rng, 7), f"{_digits(rng, 8)}", f"P{_digits(rng, 5)}")),
    )
    out["fd_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            (f"FD{_digits(rng, 5)}", f"{_digits(rng, 4)}-FD", f"F-{_digits(rng, 6)}", f"E{_digits(rng, 4)}")
        ),
    )
    out["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"{_upper(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                f"{_upper(rng, 1)}{_digits(rng, 7)}",
                f"{_upper(rng, 2)}{_digits(rng, 6)}",
                _digits(rng, 8),
            )
        ),
    )
    out["dl_kin"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"{_upper(rng, 1)}{_digits(rng, 7)}",
                f"{_digits(rng, 9)}",
                f"{_upper(rng, 1)}{_digits(rng, 12)}",
            )
        ),
    )
    out["death_cert"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"{base.year}-{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{base.year % 100}-{_digits(rng, 6)}",
                f"DC{_digits(rng, 8)}",
            )
        ),
    )
    # vehicles
    out["vin"] = (PhiType.VEHICLE_ID, _vin(rng))
    out["plate"] = (PhiType.VEHICLE_ID, _plate(rng))
    out["plate2"] = (PhiType.VEHICLE_ID, _plate(rng))
    # devices tied to one patient
    out["pers_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"MXP-{_upper(rng, 1)}{_digits(rng, 1)}{_upper(rng, 1)}-{_digits(rng, 5)}",
                f"PH{_digits(rng, 8)}",
                f"{_upper(rng, 2)}{_digits(rng, 4)}{_upper(rng, 2)}{_digits(rng, 2)}",
            )
        ),
    )
    out["pers_imei"] = (PhiType.DEVICE_ID, _digits(rng, 15))
    out["base_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"BU{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_upper(rng, 2)}")),
    )
    out["icd_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"{_upper(rng, 3)}{_digits(rng, 6)}{_upper(rng, 1)}",
                f"{_digits(rng, 6)}-{_digits(rng, 3)}",
                f"RNR{_digits(rng, 6)}H",
            )
        ),
    )
    out["udi"] = (
        PhiType.DEVICE_ID,
        f"(01)0{_digits(rng, 13)}(17){rng.randint(26, 31)}{rng.randint(1, 12):02d}28(21){_upper(rng, 3)}{_digits(rng, 6)}",
    )
    out["pump_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (f"{_digits(rng, 4)}-{_digits(rng, 5)}", f"CP{_digits(rng, 7)}", f"SN {_digits(rng, 8)}"[3:])
        ),
    )
    out["o2_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"{_digits(rng, 11)}",
                f"EV{_digits(rng, 7)}",
                f"{_upper(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 2)}",
            )
        ),
    )
    out["band_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"WG-{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"TX{_digits(rng, 6)}",
                f"{_digits(rng, 3)}{_upper(rng, 3)}{_digits(rng, 3)}",
            )
        ),
    )
    out["hearing_serial"] = (PhiType.DEVICE_ID, f"{_digits(rng, 2)}{_upper(rng, 1)}{_digits(rng, 6)}")
    # biometrics and photos
    out["fp_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"FP-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"AFIS {_digits(rng, 9)}"[5:],
                f"TMPL{_upper(rng, 2)}{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_upper(rng, 3)}-{_digits(rng, 5)}",
            )
        ),
    )
    out["voice_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"VP-{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
                f"VOX{_digits(rng, 8)}",
                f"vpr_{_upper(rng, 8, string.ascii_lowercase + string.digits)}",
            )
        ),
    )
    out["palm_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"PV{_digits(rng, 7)}",
                f"PALM-{_upper(rng, 2)}{_digits(rng, 5)}",
                f"{_digits(rng, 4)}.{_digits(rng, 4)}.PV",
            )
        ),
    )
    out["thumb_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (f"RT-{_digits(rng, 6)}", f"J{_digits(rng, 4)}-TP{_digits(rng, 2)}", f"THB{_digits(rng, 7)}")
        ),
    )
    out["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            (
                f"IMG_{_digits(rng, 4)}.JPG",
                f"resident_photo_{_digits(rng, 5)}.jpg",
                f"face_{_upper(rng, 6, string.ascii_lowercase + string.digits)}.png",
                f"PH-{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"DSC{_digits(rng, 5)}.jpeg",
            )
        ),
    )
    out["photo2"] = (
        PhiType.PHOTO,
        rng.choice((f"IMG_{_digits(rng, 4)}.HEIC", f"P{_digits(rng, 7)}", f"idphoto_{_digits(rng, 6)}.jpg")),
    )
    # other unique numbers
    yr = base.year
    out["court_case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"{yr % 100}-GU-{_digits(rng, 5)}",
                f"PR {yr % 100}-{_digits(rng, 5)}",
                f"{yr}-PR-{_digits(rng, 4)}",
                f"{_digits(rng, 2)}PR{_digits(rng, 6)}",
                f"G-{yr}-{_digits(rng, 3)}",
                f"{yr % 100}CV{_digits(rng, 4)}-CP",
            )
        ),
    )
    out["aps_case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"APS-{yr % 100}-{_digits(rng, 6)}",
                f"{_digits(rng, 9)}",
                f"I{yr}{_digits(rng, 5)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-A",
            )
        ),
    )
    out["me_case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"ME{yr % 100}-{_digits(rng, 4)}",
                f"{yr}-{_digits(rng, 5)}",
                f"C{yr % 100}{_digits(rng, 5)}",
                f"{_upper(rng, 2)}-{yr % 100}-{_digits(rng, 3)}",
            )
        ),
    )
    out["opo_ref"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (f"{yr % 100}-{_digits(rng, 5)}", f"REF{_digits(rng, 7)}", f"{_upper(rng, 3)}{_digits(rng, 4)}")
        ),
    )
    out["donor_id"] = (
        PhiType.OTHER_ID,
        rng.choice((f"{_upper(rng, 3)}{_digits(rng, 3)}", f"{_upper(rng, 2)}{_digits(rng, 4)}-{yr % 100}")),
    )
    out["rx_no"] = (
        PhiType.OTHER_ID,
        rng.choice((_digits(rng, 7), f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"RX{_digits(rng, 8)}")),
    )
    out["appeal_case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"1-{_digits(rng, 10)}",
                f"RDT-{yr % 100}-{_digits(rng, 6)}",
                f"{_upper(rng, 2)}{yr % 100}{_digits(rng, 7)}",
                f"MA{_digits(rng, 9)}",
            )
        ),
    )
    out["pa_ref"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"PA{_digits(rng, 9)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"AUTH#{_digits(rng, 7)}"[5:],
            )
        ),
    )
    out["bnc"] = (
        PhiType.OTHER_ID,
        f"{yr % 100}{_upper(rng, 2)}{_digits(rng, 3)}{_upper(rng, 1)}{_digits(rng, 3)}",
    )
    out["reg_id"] = (
        PhiType.OTHER_ID,
        rng.choice((f"AD-{_digits(rng, 7)}", f"{_upper(rng, 2)}{_digits(rng, 7)}", f"MOL{_digits(rng, 6)}")),
    )
    out["emp_id"] = (
        PhiType.OTHER_ID,
        rng.choice((f"E{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"EMP-{_digits(rng, 4)}")),
    )
    out["badge"] = (
        PhiType.OTHER_ID,
        rng.choice((_digits(rng, 4), f"{_upper(rng, 1)}{_digits(rng, 4)}", f"#{_digits(rng, 3)}"[1:])),
    )
    out["user_id"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"{people['kin']['first'][0].lower()}{people['kin']['last'].lower().replace(' ', '').replace(chr(39), '')[:7]}{rng.randint(1, 99)}",
                f"proxy{_digits(rng, 6)}",
                f"u{_digits(rng, 7)}",
            )
        ),
    )
    out["medicaid_case"] = (
        PhiType.OTHER_ID,
        rng.choice((f"{_digits(rng, 10)}", f"C-{_digits(rng, 8)}", f"{_upper(rng, 1)}{_digits(rng, 9)}")),
    )
    out["permit"] = (
        PhiType.OTHER_ID,
        rng.choice((f"BT-{yr}-{_digits(rng, 5)}", f"{_digits(rng, 8)}", f"CR{_digits(rng, 6)}")),
    )
    out["client_id"] = (
        PhiType.OTHER_ID,
        rng.choice((f"CL{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"ADC-{_digits(rng, 4)}")),
    )
    out["dnr_no"] = (
        PhiType.OTHER_ID,
        rng.choice((f"{_digits(rng, 8)}", f"DNR-{_digits(rng, 6)}", f"{_upper(rng, 2)}{_digits(rng, 6)}")),
    )
    out["inmate"] = (PhiType.OTHER_ID, f"{_upper(rng, 1)}{_digits(rng, 5)}")
    out["acc_no"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"TX{yr % 100}-{_digits(rng, 5)}",
                f"{_upper(rng, 1)}{_digits(rng, 8)}",
                f"S{yr % 100}-{_digits(rng, 4)}",
            )
        ),
    )
    out["ticket"] = (
        PhiType.OTHER_ID,
        rng.choice((f"INC{_digits(rng, 7)}", f"TKT-{_digits(rng, 6)}", f"WO{_digits(rng, 6)}")),
    )
    return out


# --- look-alikes ----------------------------------------------------------------------------------

_ICD = (
    "G30.1",
    "G30.9",
    "F03.90",
    "F02.80",
    "F03.C0",
    "G31.83",
    "G20.A1",
    "I50.22",
    "I50.43",
    "C34.90",
    "C61",
    "J44.1",
    "J96.11",
    "R62.7",
    "R63.4",
    "R54",
    "Z66",
    "Z51.5",
    "Z91.81",
    "N18.5",
    "T74.11XA",
    "T74.01XA",
    "T76.01XA",
    "Z63.6",
    "Z74.2",
    "E43",
    "L89.154",
    "I63.9",
    "Z79.891",
    "Z99.81",
)
_CPT = (
    "99497",
    "99498",
    "99483",
    "99377",
    "99378",
    "99349",
    "99350",
    "99309",
    "99310",
    "99215",
    "99417",
    "96127",
    "99358",
    "G0182",
    "G0299",
    "G0300",
    "G0155",
    "G0156",
    "G2212",
    "G0438",
)
_HCPCS = (
    "S5161",
    "S5160",
    "S5165",
    "T2021",
    "S5102",
    "S5100",
    "E0424",
    "E0431",
    "E0260",
    "E0143",
    "E0165",
    "Q5001",
    "Q5002",
    "Q5003",
    "Q5009",
    "T1019",
    "A4253",
    "K0001",
    "E0301",
    "G9473",
)
_REV = ("0651", "0652", "0655", "0656", "0657", "0551", "0561", "0571")
_FORMS = (
    "CMS-20027",
    "CMS-10003-NOMNC",
    "CMS-10146",
    "CMS-20033",
    "CMS-1696",
    "SSA-11-BK",
    "SSA-623-OP1",
    "SSA-1696",
    "SSA-827",
    "GC-310",
    "GC-320",
    "GC-335",
    "GC-340",
    "GC-350",
    "DOH-5003",
    "EMS-DNR 114",
    "HHS-690",
    "VA 21P-530EZ",
    "VA 40-1330",
    "DSHS 10-403",
    "AP-2",
    "PR-1012",
    "MOLST v.7",
    "POLST 2.0",
    "Form HCP-1",
    "DPOA-HC (Rev 3)",
    "OPO-17",
    "ME-1A",
    "LTC-3559",
    "DHS-2116",
)
_STATUTES = (
    "42 CFR 418.22",
    "42 CFR §418.24",
    "42 CFR 418.26",
    "42 CFR 423.580",
    "42 CFR §422.582",
    "42 CFR 423.600",
    "20 CFR 404.2035",
    "20 CFR §416.640",
    "Cal. Prob. Code § 1821",
    "Prob. Code §1801(b)",
    "N.Y. PHL § 2981",
    "N.Y. PHL Art. 29-C",
    "RCW 74.34.020",
    "Fla. Stat. § 744.331",
    "Tex. Health & Safety Code § 166.082",
    "UPC § 5-303",
    "45 CFR 164.502(g)(4)",
    "UAGA § 9",
    "42 U.S.C. 1395d(d)(1)",
    "Ohio R.C. 2111.02",
    "MCL 700.5303",
    "ORS 127.635",
    "La. R.S. 40:1151.2",
    "KRS 209.030",
    "NRS 159.044",
)
_POLICIES = (
    "Policy HOS-PC-114 (rev. 06/2022)",
    "SOP-ME-07 v3.2",
    "Procedure DC-22, rev. Jan 2023",
    "Policy 7.14 Advance Directives (rev. 2021)",
    "APS Manual § 4.3.1 (rev. 09/2020)",
    "Form rev. 10/2023",
    "OMB No. 0938-0953, exp. 2026",
    "Policy RI-220 v5",
    "DCS-11 (Rev. 4/19)",
    "ADC Handbook ch. 6 (2024 ed.)",
    "POL-BRV-03 revised March 2022",
    "Version 2023.2",
)
_DRUGS = (
    "morphine oral solution 20 mg/mL, 5 mg (0.25 mL) SL q2h PRN dyspnea",
    "Roxanol 5 mg SL q1h PRN pain/air hunger",
    "hydromorphone 0.5 mg IV q15min PRN",
    "lorazepam 0.5 mg SL q4h PRN anxiety",
    "haloperidol 1 mg PO/SC q6h PRN agitation",
    "glycopyrrolate 0.2 mg SC q4h PRN secretions",
    "scopolamine 1.5 mg patch q72h",
    "atropine 1% ophth drops 2 gtt SL q2h PRN",
    "acetaminophen 650 mg PR q6h PRN fever",
    "donepezil (Aricept) 10 mg PO qHS",
    "memantine (Namenda) 10 mg BID",
    "mirtazapine 7.5 mg qHS",
    "quetiapine 12.5 mg qHS",
    "senna 8.6 mg 2 tabs qHS",
    "bisacodyl 10 mg PR daily PRN",
    "furosemide 40 mg PO daily",
    "midazolam 2 mg SC q1h PRN",
    "morphine infusion 1 mg/h, bolus 1 mg q15min",
    "oxycodone 5 mg PO q4h PRN",
    "dexamethasone 4 mg daily",
    "rivastigmine (Exelon) 9.5 mg/24h patch",
    "sertraline 25 mg daily",
    "apixaban 2.5 mg BID - DISCONTINUE",
)
_LABS = (
    "albumin 2.3 g/dL (ref 3.5-5.0)",
    "Na 128 mmol/L",
    "creatinine 2.4 mg/dL, eGFR 21",
    "BNP 1,840 pg/mL",
    "INR 2.8",
    "Hgb 8.1 g/dL",
    "WBC 14.2 K/uL",
    "lactate 4.1 mmol/L",
    "BUN 62 mg/dL",
    "prealbumin 9 mg/dL",
    "TSH 2.1 mIU/L",
    "B12 188 pg/mL (200-900)",
    "glucose 54 mg/dL",
    "K 5.9 mEq/L",
)
_ORGS = (
    "Evergreen Hospice",
    "Meridian Funeral Service",
    "Region 4 OPO",
    "the Area Agency on Aging",
    "Bright Days Adult Day",
    "Golden Years Home Care",
    "Lifeline",
    "MedicAlert",
    "the Public Guardian's office",
    "Legal Aid",
    "the State Ombudsman",
    "Cornerstone Cremation Society",
    "the QIO (Livanta)",
    "the IRE (C2C)",
    "SafeStep Home Mods",
    "Aging & Disability Resource Center",
)
_ROLES_TXT = (
    "the attending",
    "the hospice medical director",
    "the charge nurse",
    "the on-call RN",
    "the MSW",
    "the court visitor",
    "the guardian ad litem",
    "the investigator",
    "the intake worker",
    "the decedent's physician",
    "the ombudsman",
    "the night aide",
    "the funeral director",
    "the deputy coroner",
    "the chaplain",
)
_EPONYMS = (
    "Alzheimer's disease",
    "Lewy body dementia",
    "Parkinson disease",
    "Cheyne-Stokes respirations",
    "Kennedy terminal ulcer",
    "Huntington disease",
    "Pick disease",
    "Creutzfeldt-Jakob disease",
    "Broca aphasia",
    "Binswanger disease",
    "Graves' disease",
    "Sjogren syndrome",
    "Paget disease of bone",
    "Wernicke encephalopathy",
)
_ROOMS = (
    "Rm 212-B",
    "Bed 4",
    "Room 118, bed 2",
    "Unit 3 West",
    "Cottage C rm 14",
    "ICU bay 7",
    "Room 4102",
    "Pod B-6",
    "Suite 2 (family room)",
    "Bed 12A",
    "Memory Care wing, Rm 31",
)
_BRANDS = (
    "Hoyer",
    "Invacare",
    "Lifeline HomeSafe",
    "Medical Guardian",
    "WanderGuard",
    "CADD-Solis",
    "Philips SimplyGo",
    "Inogen One G5",
    "Broda chair",
    "Posey bed",
    "Bay Alarm",
    "GrandPad",
)


def _vital(rng: random.Random) -> dict[str, str]:
    return {
        "bp": f"{rng.randint(78, 168)}/{rng.randint(38, 96)}",
        "hr": str(rng.randint(48, 132)),
        "rr": str(rng.randint(6, 34)),
        "temp": f"{rng.uniform(35.1, 39.4):.1f} C"
        if rng.random() < 0.5
        else f"{rng.uniform(95.5, 102.8):.1f} F",
        "spo2": f"{rng.randint(78, 99)}%",
        "o2": rng.choice(("RA", "2 L NC", "4 L/min NC", "15 L NRB", "3 L via concentrator")),
        "wt": f"{rng.uniform(36.0, 92.0):.1f} kg",
        "wt_lb": f"{rng.randint(82, 204)} lb",
        "bmi": f"{rng.uniform(14.5, 31.0):.1f}",
        "muac": f"{rng.randint(17, 26)} cm",
    }


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not PHI."""
    v: dict[str, str] = {}
    v.update(_vital(rng))
    v["mmse"] = f"{rng.randint(4, 27)}/30"
    v["moca"] = f"{rng.randint(3, 25)}/30"
    v["slums"] = f"{rng.randint(5, 26)}/30"
    v["pps"] = f"{rng.choice((10, 20, 30, 40, 50))}%"
    v["fast"] = rng.choice(("6c", "6d", "6e", "7a", "7b", "7c", "7d", "7e", "7f"))
    v["kps"] = str(rng.choice((20, 30, 40, 50)))
    v["ecog"] = str(rng.randint(2, 4))
    v["painad"] = f"{rng.randint(0, 9)}/10"
    v["braden"] = str(rng.randint(7, 18))
    v["morse"] = str(rng.choice((25, 35, 45, 55, 65, 75, 85)))
    v["adl"] = f"{rng.randint(0, 5)}/6"
    v["iadl"] = f"{rng.randint(0, 6)}/8"
    v["gds"] = str(rng.randint(3, 7))
    v["phq"] = str(rng.randint(0, 19))
    v["easi"] = f"{rng.randint(0, 5)}/6"
    v["cdr"] = rng.choice(("0.5", "1", "2", "3"))
    v["tug"] = f"{rng.randint(9, 41)} s"
    for i in range(1, 5):
        v[f"icd{i}"] = rng.choice(_ICD)
        v[f"cpt{i}"] = rng.choice(_CPT)
        v[f"hcpcs{i}"] = rng.choice(_HCPCS)
        v[f"drug{i}"] = rng.choice(_DRUGS)
        v[f"lab{i}"] = rng.choice(_LABS)
        v[f"form{i}"] = rng.choice(_FORMS)
        v[f"statute{i}"] = rng.choice(_STATUTES)
    v["rev"] = rng.choice(_REV)
    v["drg"] = rng.choice(("DRG 291", "MS-DRG 871", "DRG 064", "MS-DRG 189", "DRG 683"))
    v["ndc"] = f"{rng.randint(1000, 79999):05d}-{rng.randint(100, 9999):04d}-{rng.randint(1, 99):02d}"
    v["loinc"] = rng.choice(("72107-6", "72172-0", "38213-5", "59453-2", "75275-8", "11332-4"))
    v["snomed"] = rng.choice(("304253006", "385763009", "713058002", "26544005", "421135000", "419620001"))
    v["lot"] = (
        f"{rng.choice(('', 'L', 'C'))}{rng.randint(1, 9)}{rng.choice('HKMPT')}{rng.randint(10, 99)}{rng.choice('ABCKX')}{rng.randint(1, 9)}"
    )
    v["exp"] = f"{rng.randint(2026, 2029)}-{rng.randint(1, 12):02d}"
    v["policy"] = rng.choice(_POLICIES)
    v["policy2"] = rng.choice(_POLICIES)
    v["org"] = rng.choice(_ORGS)
    v["org2"] = rng.choice(_ORGS)
    v["role"] = rng.choice(_ROLES_TXT)
    v["role2"] = rng.choice(_ROLES_TXT)
    v["eponym"] = rng.choice(_EPONYMS)
    v["eponym2"] = rng.choice(_EPONYMS)
    v["room"] = rng.choice(_ROOMS)
    v["brand"] = rng.choice(_BRANDS)
    v["time"] = _time(rng)
    v["time2"] = _time(rng)
    v["time3"] = _time(rng, 1)
    v["year"] = str(rng.randint(1941, 2019))
    v["year2"] = str(rng.randint(1950, 2022))
    v["year_recent"] = str(rng.randint(1985, 2021))
    v["year_exp"] = str(rng.randint(2025, 2031))
    v["service_years"] = rng.choice(
        ("1951-1953", "1966-1968", "1969-1971", "Korea", "Vietnam, 1967", "1990-1991")
    )
    v["hospice_org"] = rng.choice(
        (
            "Evergreen Hospice",
            "Compass Rose Hospice",
            "Kindred Passage Hospice",
            "Harbor Light Hospice",
            "Seasons of Grace Hospice",
        )
    )
    v["hm_org"] = rng.choice(
        (
            "SafeStep Home Mods",
            "the Area Agency on Aging",
            "Rebuild Together (local chapter)",
            "the Aging & Disability Resource Center",
            "Habitat Aging-in-Place program",
        )
    )
    v["age_le89"] = str(rng.randint(58, 89))
    v["age_le89b"] = str(rng.randint(40, 89))
    v["money"] = f"${rng.randint(12, 4800):,}.{rng.randint(0, 99):02d}"
    v["money2"] = f"${rng.randint(200, 9800):,}.{rng.randint(0, 99):02d}"
    v["money3"] = f"{rng.randint(30, 2500)}.{rng.randint(0, 99):02d}"
    v["pct"] = f"{rng.randint(5, 95)}%"
    v["days"] = str(rng.choice((7, 14, 30, 60, 90, 120, 180)))
    v["count"] = str(rng.randint(2, 19))
    v["ver"] = f"v{rng.randint(1, 9)}.{rng.randint(0, 12)}"
    # numbers of organisations (CONVENTIONS: not gold)
    v["fac_npi"] = f"1{rng.randint(100000000, 999999999)}"
    v["ein"] = f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    v["ccn"] = f"{rng.randint(10, 67):02d}{rng.choice(('1', '7', '15'))}{rng.randint(500, 999)}"
    v["fh_lic"] = f"FH{rng.randint(1000, 9999)}"
    v["clia"] = f"{rng.randint(10, 52)}D{rng.randint(1000000, 9999999)}"
    v["prov_no"] = f"{rng.randint(100000, 999999)}"
    v["ptan"] = f"{rng.randint(100000, 999999)}"
    v["opo_code"] = rng.choice(("OPO-R4", "CTOP", "NMOP", "KYDA"))
    v["h_contract"] = f"H{rng.randint(1000, 9999)}-{rng.randint(1, 99):03d}"
    v["bin"] = f"{rng.randint(1000, 999999):06d}"
    v["pcn"] = rng.choice(("MEDDPRIME", "ADV", "PARTD", "9999"))
    v["model"] = rng.choice(("model 7100", "MXD3", "HS-ML 2.1", "GoSafe 2", "model 6200", "CADD-Solis 2110"))
    v["ext"] = str(rng.randint(100, 9999))
    v["tty"] = "711"
    v["hours"] = rng.choice(("8:30 a.m. to 4:30 p.m.", "0800-1700", "7 a.m.-6 p.m.", "24/7"))
    v["dose_ml"] = f"{rng.choice((0.25, 0.5, 1, 2.5, 5))} mL"
    v["flow"] = f"{rng.randint(1, 6)} L/min"
    v["meds_count"] = str(rng.randint(3, 17))
    v["ramp"] = f"{rng.choice(('1:12', '1:16', '1:20'))}"
    v["inches"] = f"{rng.choice((18, 24, 32, 33, 36, 42))} in"
    v["bp2"] = f"{rng.randint(84, 150)}/{rng.randint(40, 90)}"
    v["hr2"] = str(rng.randint(50, 128))
    v["state_any"] = rng.choice(_STATES)
    v["rel"] = rng.choice(
        ("daughter", "son", "spouse", "niece", "grandson", "sister", "friend", "stepdaughter", "nephew")
    )
    v["rel2"] = rng.choice(("son-in-law", "brother", "neighbor", "daughter", "granddaughter", "cousin"))
    v["disposition"] = rng.choice(
        ("cremation", "burial", "whole-body donation", "green burial", "entombment")
    )
    v["case_status"] = rng.choice(
        ("substantiated", "unsubstantiated", "inconclusive", "closed - services refused")
    )
    v["abuse_type"] = rng.choice(
        ("financial exploitation", "self-neglect", "caregiver neglect", "physical abuse", "emotional abuse")
    )
    return {k: (None, s) for k, s in v.items()}
