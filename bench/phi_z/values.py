"""Invented values for set Z (allied, ancillary and home-based outpatient services).

``identifiers(rng)`` makes one invented identity and its context per note (patient, relatives,
clinicians, drivers, places, dates and every kind of ID); ``lookalikes(rng)`` makes the clinical and
administrative filler that is not PHI. Everything is drawn from ``rng`` only.
"""

from __future__ import annotations

import datetime as _dt
import random
import string

from mediflow.quality.phi_types import PhiType as T

Value = tuple[T | None, str]

# --- names ---------------------------------------------------------------------------------------

FIRST = (
    "Ana",
    "Mateo",
    "Guadalupe",
    "Jesús",
    "Rosa",
    "Thi Lan",
    "Minh",
    "Oluwaseun",
    "Chidi",
    "Ngozi",
    "Aisling",
    "Siobhan",
    "Ciarán",
    "Priya",
    "Arjun",
    "Lakshmi",
    "Fatima",
    "Yusuf",
    "Mei",
    "Wei",
    "Hiroshi",
    "Keiko",
    "Sven",
    "Ingrid",
    "Dmitri",
    "Olga",
    "Kwame",
    "Ama",
    "Zeynep",
    "Emre",
    "Giulia",
    "Luca",
    "João",
    "Thandiwe",
    "Björn",
    "Noa",
    "Aroha",
    "Tamar",
    "Levi",
    "Hope",
    "Faith",
    "Grace",
    "Summer",
    "Sky",
    "Rose",
    "Wade",
    "Hunter",
    "Mason",
    "Dale",
    "Brooklyn",
    "Austin",
    "Paris",
    "Jordan",
    "Georgia",
    "Virginia",
    "Charity",
    "June",
    "April",
    "Will",
    "Joy",
    "Amber",
    "Jade",
    "Cliff",
    "Rocky",
    "Bernadette",
    "Eustace",
    "Marguerite",
    "Harold",
    "Dolores",
    "Myrtle",
    "Cornelius",
    "Agnieszka",
    "Wojciech",
    "Radu",
    "Ileana",
    "Samira",
    "Khalid",
    "Layla",
    "Tupac",
    "Dakota",
    "Winona",
    "Kalani",
    "Leilani",
    "Siosaia",
    "Mohammed",
    "Nadia",
    "Esperanza",
    "Bao",
    "Hyun-woo",
    "Ji-yeon",
    "Anh",
    "Tenzin",
    "Pasang",
    "Ravi",
    "Deepa",
    "Eamon",
    "Precious",
    "Blessing",
    "Destiny",
    "Royal",
    "Sunny",
    "Dawn",
    "Birdie",
    "Clement",
    "Ottoline",
    "Xochitl",
)
NICK = (
    "Bobby",
    "Peggy",
    "Liz",
    "Chuck",
    "Bea",
    "Manny",
    "Tito",
    "Kiki",
    "Beto",
    "Lupe",
    "Sasha",
    "Dot",
    "Hal",
    "Junior",
    "Sonny",
    "Mimi",
    "Nana",
    "Pops",
    "Ziggy",
    "Cookie",
    "Red",
    "Bud",
)
LAST = (
    "García",
    "Nguyen",
    "O'Brien",
    "D'Souza",
    "de la Cruz",
    "van der Berg",
    "Van Dyke",
    "St. James",
    "MacLeod",
    "Okafor",
    "Adeyemi",
    "Kowalski",
    "Wiśniewska",
    "Müller",
    "Øvergaard",
    "Al-Hassan",
    "Abu-Ghazaleh",
    "Smith-Jones",
    "Castillo-Reyes",
    "Park",
    "Kim",
    "Tanaka",
    "Yamamoto",
    "Singh",
    "Patel",
    "Banerjee",
    "Cohen",
    "Friedman",
    "Rossi",
    "Esposito",
    "Silva",
    "Pereira",
    "Mensah",
    "Haddad",
    "Khoury",
    "Popescu",
    "Ivanova",
    "Brown",
    "Baker",
    "Fields",
    "Rivers",
    "Hill",
    "Stone",
    "Marsh",
    "Bishop",
    "Lane",
    "Wolf",
    "Sterling",
    "Church",
    "Winter",
    "Lincoln",
    "Dallas",
    "Florence",
    "Le",
    "Ng",
    "Wu",
    "O",
    "Ó Súilleabháin",
    "da Silva",
    "dos Santos",
    "von Albrecht",
    "Le Blanc",
    "DeShields",
    "McAllister",
    "Fitzgerald",
    "Nakamura-Ellis",
    "Tuilagi",
    "Kealoha",
    "Begay",
    "Yazzie",
    "Running Bear",
    "Oyelaran",
    "Achterberg",
    "Lindqvist",
    "Jónsdóttir",
    "Papadopoulos",
    "Giannopoulou",
    "Horvath",
    "Szabo",
    "Novak",
    "Dvořák",
    "Ben-David",
    "Mizrahi",
    "Chaudhry",
    "Rahman",
    "Hosseini",
    "Farouk",
    "Abernathy",
    "Quarshie",
    "Oduya",
    "Paz",
    "Ybarra",
    "Zúñiga",
    "Bell",
    "Street",
    "Cook",
    "Young",
    "Love",
    "Moody",
    "Goodnight",
    "Christmas",
)
INITIALS = "ABCDEFGHJKLMNPRSTW"

# --- places --------------------------------------------------------------------------------------

TOWN_A = (
    "Ash",
    "Mill",
    "Cedar",
    "Oak",
    "Maple",
    "Fox",
    "Elk",
    "Stone",
    "Clear",
    "Green",
    "Wolf",
    "Briar",
    "Pine",
    "Willow",
    "Harrow",
    "Lark",
    "Hazel",
    "Copper",
    "Iron",
    "Silver",
    "Red",
    "Bell",
)
TOWN_B = (
    "ford",
    "brook",
    "field",
    "ton",
    "ville",
    "wood",
    "dale",
    "haven",
    "port",
    "ridge",
    "mont",
    " Falls",
    " Springs",
    " Crossing",
    " Hollow",
    " Junction",
    " Creek",
    " Harbor",
)
TOWN_FULL = (
    "San Lorenzo",
    "Bellefontaine",
    "Nueva Esperanza",
    "Fort Calloway",
    "Port Alden",
    "Lake Tamsin",
    "Mount Ossory",
    "Kaulana",
    "Santa Inés",
    "New Bremen Mills",
    "Chenoweth",
    "Ozark Bend",
    "Pleasant Gap",
    "Sabine Pass",
    "Two Rivers",
    "Ste. Véronique",
    "Kittanning Flats",
    "Hope",
    "Paris",
    "Florence",
    "Jordan",
    "Austin Park",
    "Lincoln Heights",
    "Devil's Elbow",
)
COUNTY_A = (
    "Harlow",
    "Tamsin",
    "Calloway",
    "Ossory",
    "Benton",
    "Okafor",
    "Sabine",
    "Kittredge",
    "Lamar",
    "Pueblo Verde",
    "Whitcomb",
    "Moreau",
    "St. Clement",
    "Chenango",
    "Wyeth",
)
NEIGHBORHOOD = (
    "Eastgate",
    "Riverside Flats",
    "Old Town",
    "the Heights",
    "Little Havana Row",
    "Northside",
    "Bayview Terrace",
    "Cobble Hill",
    "Frogtown",
    "Mill District",
    "the Bottoms",
    "Koreatown West",
    "Sunnyslope",
    "Belmont Park",
    "Dutch Hollow",
)
STREET_A = (
    "Larkspur",
    "Oak Hollow",
    "Cedar",
    "Maple",
    "Kestrel",
    "Quarry",
    "Old Mill",
    "Juniper",
    "Mesa",
    "Bayberry",
    "Ridgeview",
    "Calle del Sol",
    "Martin Luther King Jr",
    "Tamarack",
    "Harbor View",
    "Sycamore",
    "Pinecrest",
    "Wren",
    "Orchard",
    "Depot",
    "Church",
    "Water",
    "Front",
    "Cherokee",
    "Hollyhock",
    "Van Buren",
    "Saint Anne",
    "Magnolia",
    "Alder",
    "Whistler",
)
STREET_B = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Ct",
    "Blvd",
    "Way",
    "Pl",
    "Terrace",
    "Cir",
    "Pkwy",
    "Trail",
)
STATES = (
    "OH",
    "PA",
    "TX",
    "CA",
    "NM",
    "OR",
    "MN",
    "GA",
    "NC",
    "MI",
    "WI",
    "AZ",
    "NY",
    "IL",
    "KY",
    "HI",
    "ME",
    "CO",
    "Ohio",
    "Texas",
    "Oregon",
    "N.M.",
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
DOMAINS = (
    "example.com",
    "example.org",
    "mail.example.com",
    "example.org",
    "clinic.test",
    "homecare.test",
    "smiles.example.com",
    "rx.example.org",
)


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(_pick(rng, alphabet) for _ in range(n))


def _town(rng: random.Random) -> str:
    if rng.random() < 0.45:
        return _pick(rng, TOWN_FULL)
    return _pick(rng, TOWN_A) + _pick(rng, TOWN_B)


def _street(rng: random.Random) -> str:
    number = str(
        rng.choice(
            (rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 48999))
        )
    )
    name = _pick(rng, STREET_A)
    if rng.random() < 0.15:
        name = rng.choice(("N ", "S ", "E ", "W ", "North ", "SW ")) + name
    if rng.random() < 0.1:
        return f"{number} County Road {rng.randint(2, 880)}"
    if rng.random() < 0.07:
        return f"{number}{rng.choice(('', ' '))}{rng.choice(('½', '-B', 'A'))} {name} {_pick(rng, STREET_B)}".replace(
            "  ", " "
        )
    return f"{number} {name} {_pick(rng, STREET_B)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCDEF')}",
            f"Apt. {rng.randint(101, 1420)}",
            f"Unit {rng.randint(1, 300)}",
            f"#{rng.randint(2, 99)}",
            f"Lot {rng.randint(1, 120)}",
            f"Trlr {rng.randint(1, 60)}",
            f"Space {rng.randint(1, 88)}",
            f"Rm {rng.randint(1, 30)}",
            f"Bldg {rng.choice('ABCDEFGH')} Apt {rng.randint(1, 24)}",
        )
    )


def _zip(rng: random.Random, plus4: bool | None = None) -> str:
    z = f"{rng.randint(1001, 99899):05d}"
    if plus4 or (plus4 is None and rng.random() < 0.3):
        z += f"-{rng.randint(1, 9999):04d}"
    return z


# --- numbers -------------------------------------------------------------------------------------


def _phone(rng: random.Random) -> str:
    area = f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}"
    if area[1:] == "11":
        area = area[0] + "21"
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area}555{line}",
            f"555-{line}",
            f"({area})555-{line}",
            f"+1-{area}-555-{line}",
        )
    )


def _npi(rng: random.Random) -> str:
    base = str(rng.choice((1, 2))) + _digits(rng, 8)
    total = 24  # the 80840 prefix's contribution
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random, last: str) -> str:
    initial = next((c for c in last.upper() if c in string.ascii_uppercase), "X")
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    wmi = rng.choice(("1FT", "2C4", "5TD", "1HG", "3N1", "1GC", "JTD", "WDB", "1FM", "2T3", "KNA"))
    body = (
        wmi
        + _letters(rng, 5, _VIN_CHARS)
        + "0"
        + _pick(rng, "LMNPRSTV")
        + _letters(rng, 1, _VIN_CHARS)
        + _digits(rng, 6)
    )
    check = sum(_VIN_VAL[c] * w for c, w in zip(body, _VIN_W, strict=True)) % 11
    return body[:8] + ("X" if check == 10 else str(check)) + body[9:]


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 3)} {_digits(rng, 4)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}",
            f"{_letters(rng, 1)}{_digits(rng, 2)} {_letters(rng, 3)}",
            f"HH{_digits(rng, 4)}",
            f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 4)}",
        )
    )


def _mbi(rng: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    m = (
        str(rng.randint(1, 9))
        + _pick(rng, al)
        + _pick(rng, an)
        + str(rng.randrange(10))
        + _pick(rng, al)
        + _pick(rng, an)
        + str(rng.randrange(10))
        + _pick(rng, al)
        + _pick(rng, al)
        + _digits(rng, 2)
    )
    return rng.choice((m, f"{m[:4]}-{m[4:7]}-{m[7:]}", m))


def _ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    if area == 666:
        area = 667
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _email(rng: random.Random, first: str, last: str) -> str:
    f = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "pt"
    la = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "x"
    local = rng.choice(
        (
            f"{f}.{la}",
            f"{f[0]}{la}",
            f"{f}{la[:3]}{rng.randint(1, 99)}",
            f"{la}_{f}",
            f"{f}{rng.randint(1950, 2005)}",
            f"{la}.family",
            f"{f}.{la}{rng.randint(1, 9)}",
        )
    )
    return f"{local}@{_pick(rng, DOMAINS)}"


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
        )
    )


def _ocr(rng: random.Random, text: str) -> str:
    """Scanner damage: a few confusable characters swapped."""
    swaps = {
        "0": "O",
        "O": "0",
        "1": "l",
        "l": "1",
        "5": "S",
        "S": "5",
        "8": "B",
        "B": "8",
        "rn": "m",
        "m": "rn",
        "e": "c",
        "I": "1",
    }
    out = text
    for _ in range(rng.randint(1, 2)):
        keys = [k for k in swaps if k in out]
        if not keys:
            break
        k = _pick(rng, keys)
        i = out.find(k)
        out = out[:i] + swaps[k] + out[i + len(k) :]
    return out


# --- dates ---------------------------------------------------------------------------------------


def _fmt(d: _dt.date, style: str) -> str:
    mon = MONTHS[d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "long": f"{mon} {d.day}, {d.year}",
        "abbr": f"{mon[:3]} {d.day}, {d.year}",
        "dmy": f"{d.day:02d}-{mon[:3]}-{d.year}",
        "caps": f"{d.day:02d}{mon[:3].upper()}{d.year}",
        "eu": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "short": f"{d.month}/{d.day}",
        "md": f"{mon[:3]} {d.day}",
        "compact": d.strftime("%Y%m%d"),
        "dm": f"{d.day} {mon}",
    }[style]


_ANY = ("us", "us", "us2", "iso", "long", "abbr", "dmy", "caps")


def _dates(rng: random.Random, out: dict[str, Value], age: int, age_old: int) -> None:
    visit = _dt.date(2023, 1, 1) + _dt.timedelta(days=rng.randint(0, 1400))
    bases = {
        "dob": visit - _dt.timedelta(days=age * 365 + rng.randint(1, 360)),
        "dobo": visit - _dt.timedelta(days=age_old * 365 + rng.randint(1, 360)),
        "vd": visit,
        "dprev": visit - _dt.timedelta(days=rng.randint(3, 120)),
        "dnext": visit + _dt.timedelta(days=rng.randint(2, 90)),
        "dord": visit - _dt.timedelta(days=rng.randint(1, 30)),
        "donset": visit - _dt.timedelta(days=rng.randint(30, 900)),
        "dexp": visit + _dt.timedelta(days=rng.randint(30, 180)),
        "dsoc": visit - _dt.timedelta(days=rng.randint(5, 60)),
        "ddel": visit + _dt.timedelta(days=rng.randint(-3, 4)),
    }
    for name, d in bases.items():
        for style in (
            "us",
            "us2",
            "iso",
            "long",
            "abbr",
            "dmy",
            "caps",
            "eu",
            "short",
            "md",
            "compact",
            "dm",
        ):
            out[f"{name}_{style}"] = (T.DATE, _fmt(d, style))
        out[name] = (T.DATE, _fmt(d, _pick(rng, _ANY)))
    for name in ("vd", "ddel", "dord"):
        d = bases[name]
        h, m, s = rng.randint(6, 20), rng.randint(0, 59), rng.randint(0, 59)
        out[f"{name}_dt"] = (T.DATE, f"{_fmt(d, 'us')} {h:02d}:{m:02d}")
        out[f"{name}_dtiso"] = (T.DATE, f"{d.isoformat()}T{h:02d}:{m:02d}:{s:02d}")
        out[f"{name}_dt12"] = (
            T.DATE,
            f"{_fmt(d, 'us2')} {(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
        )
        out[f"{name}_dtmil"] = (T.DATE, f"{_fmt(d, 'us')} {h:02d}{m:02d}")
    out["vd_ocr"] = (T.DATE, _ocr(rng, _fmt(visit, "us")))
    out["dob_ocr"] = (T.DATE, _ocr(rng, _fmt(bases["dob"], "us")))


# --- identifiers ---------------------------------------------------------------------------------


def _person(rng: random.Random) -> tuple[str, str, str]:
    first = _pick(rng, FIRST)
    last = _pick(rng, LAST)
    if rng.random() < 0.08:
        last = f"{_pick(rng, LAST)}-{_pick(rng, LAST)}".replace(" ", "")
    return first, _pick(rng, INITIALS), last


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient and the people, places, dates and numbers around one document."""
    out: dict[str, Value] = {}
    first, mi, last = _person(rng)
    out["pt_first"] = (T.NAME, first)
    out["pt_last"] = (T.NAME, last)
    out["pt_name"] = (T.NAME, f"{first} {last}")
    out["pt_name_mi"] = (T.NAME, f"{first} {mi}. {last}")
    out["pt_lfm"] = (T.NAME, f"{last}, {first} {mi}.")
    out["pt_lf"] = (T.NAME, f"{last}, {first}")
    out["pt_caps"] = (T.NAME, f"{last.upper()}, {first.upper()}")
    out["pt_caps_full"] = (T.NAME, f"{first.upper()} {last.upper()}")
    out["pt_last_caps"] = (T.NAME, last.upper())
    out["pt_init"] = (T.NAME, f"{first[0]}. {last}")
    out["pt_lfi"] = (T.NAME, f"{last} {first[0]}")
    out["pt_nick"] = (T.NAME, _pick(rng, NICK))
    out["pt_name_ocr"] = (T.NAME, _ocr(rng, f"{last.upper()}, {first.upper()}"))
    for key in ("rel", "cg", "dr", "dr2", "th", "rn", "tech", "drv", "ph", "sw", "staff", "aide"):
        f, _m, la = _person(rng)
        if key in ("dr", "dr2") and rng.random() < 0.15:
            f = f"{f[0]}.{_pick(rng, INITIALS)}."
        out[f"{key}_name"] = (T.NAME, f"{f} {la}")
        out[f"{key}_first"] = (T.NAME, f)
        out[f"{key}_last"] = (T.NAME, la)
        out[f"{key}_lf"] = (T.NAME, f"{la}, {f}")
        out[f"{key}_init"] = (T.NAME, f"{f[0]}. {la}")
        out[f"{key}_caps"] = (T.NAME, f"{f} {la}".upper())
        out[f"{key}_email"] = (T.EMAIL, _email(rng, f, la))
        out[f"{key}_phone"] = (T.PHONE, _phone(rng))
    out["rel_last_same"] = (T.NAME, last)

    age = rng.randint(19, 88)
    age_old = rng.randint(90, 104)
    out["pt_age"] = (None, str(age))
    out["age90"] = (T.AGE, str(age_old))
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
        101: "one hundred and one",
        102: "one hundred two",
        103: "one hundred three",
        104: "one hundred four",
    }
    out["age90w"] = (T.AGE, words[age_old])
    _dates(rng, out, age, age_old)

    # places
    out["street"] = (T.LOCATION, _street(rng))
    out["street_caps"] = (T.LOCATION, out["street"][1].upper())
    out["unit"] = (T.LOCATION, _unit(rng))
    out["city"] = (T.LOCATION, _town(rng))
    out["city_caps"] = (T.LOCATION, out["city"][1].upper())
    out["zip"] = (T.LOCATION, _zip(rng))
    out["zip5"] = (T.LOCATION, _zip(rng, False))
    out["county"] = (T.LOCATION, f"{_pick(rng, COUNTY_A)} County")
    out["county_bare"] = (T.LOCATION, _pick(rng, COUNTY_A))
    out["hood"] = (T.LOCATION, _pick(rng, NEIGHBORHOOD))
    out["street2"] = (T.LOCATION, _street(rng))
    out["city2"] = (T.LOCATION, _town(rng))
    out["zip2"] = (T.LOCATION, _zip(rng))
    out["fac_street"] = (T.LOCATION, _street(rng))
    out["fac_suite"] = (
        T.LOCATION,
        rng.choice(
            (
                f"Suite {rng.randint(100, 480)}",
                f"Ste {rng.randint(1, 40)}",
                f"Ste. {rng.randint(100, 900)}B",
                f"Unit {rng.randint(1, 20)}",
            )
        ),
    )
    out["fac_city"] = (T.LOCATION, _town(rng))
    out["fac_zip"] = (T.LOCATION, _zip(rng))
    kinds = {
        "fac_dental": (
            "Family Dentistry",
            "Dental Arts",
            "Oral & Maxillofacial Surgery",
            "Smile Studio",
            "Community Dental Clinic",
            "Pediatric Dentistry",
            "Periodontics",
        ),
        "fac_eye": ("Vision Center", "EyeCare Associates", "Optical", "Family Eye Clinic", "Opticians"),
        "fac_hear": (
            "Hearing & Balance Center",
            "Hearing Aid Center",
            "Audiology Associates",
            "Hearing Clinic",
        ),
        "fac_pt": (
            "Physical Therapy",
            "Rehab & Sports Medicine",
            "Therapy Services",
            "Outpatient Rehab",
            "Hand & Upper Extremity Therapy",
            "Speech & Language Clinic",
        ),
        "fac_home": ("Home Health Agency", "Visiting Nurses", "Home Care Services", "VNA"),
        "fac_hospice": ("Hospice", "Hospice & Palliative Care", "Hospice House"),
        "fac_pharm": ("Specialty Pharmacy", "Home Infusion", "Compounding Pharmacy", "Apothecary"),
        "fac_dme": (
            "Medical Supply",
            "Home Medical Equipment",
            "Orthotics & Prosthetics",
            "Respiratory Services",
            "Mobility & Rehab Equipment",
        ),
        "fac_sleep": ("Sleep Disorders Center", "Sleep Lab", "Sleep & Pulmonary Associates"),
        "fac_bh": (
            "Recovery Center",
            "Behavioral Health",
            "Counseling Center",
            "Treatment Services",
            "Community Mental Health",
        ),
        "fac_hosp": ("General Hospital", "Medical Center", "Regional Medical Center", "Community Hospital"),
        "fac_foot": ("Foot & Ankle Clinic", "Podiatry Associates", "Chiropractic", "Spine & Wellness"),
        "fac_wound": ("Wound Healing Center", "Ostomy Supply", "Wound & Hyperbaric Clinic"),
    }
    for key, options in kinds.items():
        town = _pick(
            rng, (out["fac_city"][1], _town(rng), out["city"][1] if rng.random() < 0.3 else _town(rng))
        )
        pattern = rng.choice(("{t} {k}", "{t} {k}", "{k} of {t}", "{t} {k}"))
        if key == "fac_hosp" and rng.random() < 0.35:
            pattern = rng.choice(("St. Brigid's of {t}", "Mercy {t}", "{t} Memorial"))
        out[key] = (T.LOCATION, pattern.format(t=town, k=_pick(rng, options)))

    # phones, e-mail, web
    for key in ("pt_phone", "pt_cell", "rel_phone2", "fac_phone", "dr_office_phone", "pharm_phone"):
        out[key] = (T.PHONE, _phone(rng))
    for key in ("fac_fax", "dr_fax", "payer_fax", "pharm_fax"):
        out[key] = (T.FAX, _phone(rng))
    out["pt_email"] = (T.EMAIL, _email(rng, first, last))
    out["fac_email"] = (
        T.EMAIL,
        rng.choice(("intake", "referrals", "frontdesk", "billing", "scheduling", "pa.team"))
        + "@"
        + _pick(rng, DOMAINS),
    )
    token = _letters(rng, 6, string.ascii_letters + string.digits)
    dom = _pick(rng, ("example.com", "example.org", "portal.example.org", "care.test", "track.example.com"))
    out["url"] = (
        T.URL,
        rng.choice(
            (
                f"https://{dom}/p/{token}",
                f"https://{dom}/myrx/status?ref={token}",
                f"www.{dom.split('.', 1)[-1]}/visit/{token}",
                f"https://{dom}/pod/{_digits(rng, 8)}",
                f"http://{dom}/s/{token}",
                f"{dom}/u/{token}",
            )
        ),
    )
    out["url2"] = (
        T.URL,
        f"https://{_pick(rng, ('telehealth.example.com', 'vv.example.org', 'join.care.test'))}/room/{_letters(rng, 4).lower()}-{_digits(rng, 4)}",
    )
    out["ip"] = (T.IP_ADDRESS, _ip(rng))
    out["ip2"] = (T.IP_ADDRESS, _ip(rng))

    # government and plan numbers
    out["ssn"] = (T.SSN, _ssn(rng))
    out["ssn4"] = (T.SSN, f"{rng.randint(1, 9999):04d}")
    out["mrn"] = (
        T.MRN,
        rng.choice(
            (
                _digits(rng, 8),
                f"MR-{_digits(rng, 7)}",
                f"A{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 1)}",
                f"E{_digits(rng, 9)}",
                f"PT{_digits(rng, 6)}",
                f"{_digits(rng, 6)}",
                f"M{_digits(rng, 2)}-{_digits(rng, 5)}",
            )
        ),
    )
    out["mrn_ocr"] = (T.MRN, _ocr(rng, out["mrn"][1]))
    out["mrn2"] = (
        T.MRN,
        rng.choice(
            (
                f"E{_digits(rng, 9)}",
                _digits(rng, 7),
                f"HMC{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 6)}",
            )
        ),
    )
    out["chart"] = (
        T.MRN,
        rng.choice(
            (
                _digits(rng, 5),
                f"{_letters(rng, 3)}{_digits(rng, 3)}",
                f"{_digits(rng, 4)}-{_digits(rng, 2)}",
                f"{last[:3].upper().replace(' ', 'X')}{_digits(rng, 3)}",
                f"HH{_digits(rng, 2)}-{_digits(rng, 5)}",
            )
        ),
    )
    out["member_id"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_letters(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                f"{_digits(rng, 10)}-01",
                f"MEM{_digits(rng, 8)}",
                f"{_digits(rng, 9)}*0{rng.randint(1, 4)}",
                f"U{_digits(rng, 8)}{rng.randint(0, 9)}1",
            )
        ),
    )
    out["mbi"] = (T.HEALTH_PLAN_ID, _mbi(rng))
    out["medicaid"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_letters(rng, 2)}{_digits(rng, 7)}",
                f"{_digits(rng, 8)}{_letters(rng, 1)}",
                f"{_digits(rng, 12)}",
                f"{_letters(rng, 1)}{_digits(rng, 4)}-{_digits(rng, 4)}",
            )
        ),
    )
    out["group"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"GRP-{_digits(rng, 5)}",
                _digits(rng, 6),
                f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"{_digits(rng, 4)}-{_digits(rng, 3)}",
                f"{_letters(rng, 2)}{_digits(rng, 5)}",
            )
        ),
    )
    out["acct"] = (
        T.ACCOUNT,
        rng.choice(
            (
                _digits(rng, 7),
                f"ACCT-{_digits(rng, 7)}",
                f"PA{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{_digits(rng, 5)}",
                f"G{_digits(rng, 6)}",
                f"{_digits(rng, 10)}",
            )
        ),
    )
    out["claim"] = (
        T.ACCOUNT,
        rng.choice(
            (
                f"{_digits(rng, 13)}",
                f"CLM-{_digits(rng, 5)}-{_digits(rng, 2)}",
                f"E{_digits(rng, 2)}-{_digits(rng, 7)}",
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 9)}",
            )
        ),
    )
    out["fin"] = (
        T.ACCOUNT,
        rng.choice(
            (_digits(rng, 9), f"V{_digits(rng, 8)}", f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}")
        ),
    )

    # licences
    out["npi"] = (T.LICENSE, _npi(rng))
    out["npi2"] = (T.LICENSE, _npi(rng))
    out["dea"] = (T.LICENSE, _dea(rng, out["dr_last"][1]))
    lic_kinds = {
        "lic_pt": ("PT", "PT-A", "PT.", "PTA"),
        "lic_dds": ("DDS", "D-", "DN", "DEN"),
        "lic_od": ("OD.", "OPT-", "O"),
        "lic_rn": ("RN", "RN-", "LPN"),
        "lic_rph": ("RPH", "PH-", "RPh "),
        "lic_slp": ("SLP-", "SP", "SLP "),
        "lic_dc": ("DC", "CHI-", "DC-"),
        "lic_aud": ("HAD-", "HAS ", "AUD"),
        "lic_dpm": ("DPM", "POD-", "PM"),
        "lic_rd": ("LD", "RD-", "LDN "),
        "lic_lcsw": ("LCSW", "LMHC-", "LADC ", "CADC-"),
        "lic_cpo": ("CPO ", "CO-", "CP"),
    }
    for key, prefixes in lic_kinds.items():
        out[key] = (T.LICENSE, f"{_pick(rng, prefixes)}{_digits(rng, rng.randint(4, 7))}")
    out["dl"] = (
        T.LICENSE,
        rng.choice(
            (
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
                f"{_digits(rng, 9)}",
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
            )
        ),
    )

    # vehicles and devices
    out["plate"] = (T.VEHICLE_ID, _plate(rng))
    out["plate2"] = (T.VEHICLE_ID, _plate(rng))
    out["vin"] = (T.VEHICLE_ID, _vin(rng))
    out["cpap_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            (_digits(rng, 11), f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 6)}", f"J{_digits(rng, 9)}")
        ),
    )
    out["ha_sn_l"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}",
                _digits(rng, 8),
                f"{_digits(rng, 2)}-{_digits(rng, 7)}",
            )
        ),
    )
    out["ha_sn_r"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}",
                _digits(rng, 8),
                f"{_digits(rng, 2)}-{_digits(rng, 7)}",
            )
        ),
    )
    out["pump_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            (_digits(rng, 8), f"{_letters(rng, 2)}{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}")
        ),
    )
    out["conc_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"EV{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 4)}",
                f"{_digits(rng, 10)}",
            )
        ),
    )
    out["wc_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{_letters(rng, 1)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
                f"SN{_digits(rng, 9)}",
                f"{_digits(rng, 6)}-{_digits(rng, 3)}",
            )
        ),
    )
    out["dev_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{_letters(rng, 3)}{_digits(rng, 7)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_letters(rng, 2)}",
                f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
            )
        ),
    )
    out["dev_sn2"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{_digits(rng, 10)}",
                f"{_letters(rng, 1)}{_digits(rng, 8)}",
                f"{_letters(rng, 4)}-{_digits(rng, 6)}",
            )
        ),
    )
    gtin = "00" + _digits(rng, 12)
    exp = _dt.date(2026, 1, 1) + _dt.timedelta(days=rng.randint(0, 1200))
    out["udi"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"(01){gtin}(17){exp.strftime('%y%m%d')}(10){_letters(rng, 1)}{_digits(rng, 5)}(21){_digits(rng, 7)}",
                f"(01){gtin}(21){_letters(rng, 2)}{_digits(rng, 6)}",
                f"+H{_letters(rng, 3)}{_digits(rng, 6)}/$$3{exp.strftime('%y%m%d')}{_digits(rng, 5)}{_letters(rng, 1)}",
            )
        ),
    )
    out["dev_lot"] = (T.DEVICE_ID, f"{_letters(rng, 1)}{_digits(rng, 6)}-{_digits(rng, 2)}")

    # biometrics and photographs
    out["bio_fp"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"FP-{_digits(rng, 8)}-R{rng.randint(1, 5)}",
                f"TPL-{_digits(rng, 6)}",
                f"{_letters(rng, 4, '0123456789abcdef')}{_digits(rng, 4)}{_letters(rng, 4, 'abcdef0123456789')}",
                f"FPX{_digits(rng, 7)}",
            )
        ),
    )
    out["bio_voice"] = (
        T.BIOMETRIC,
        rng.choice(
            (f"VP-{_digits(rng, 4)}-{_digits(rng, 4)}", f"VOX{_digits(rng, 8)}", f"vprint_{_digits(rng, 6)}")
        ),
    )
    out["bio_palm"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"PV-{_digits(rng, 7)}",
                f"PALM{_digits(rng, 6)}{_letters(rng, 1)}",
                f"{_digits(rng, 3)}-PV-{_digits(rng, 5)}",
            )
        ),
    )
    out["bio_iris"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"IRIS-{_digits(rng, 4)}-{_digits(rng, 2)}{_letters(rng, 1)}",
                f"RET{_digits(rng, 8)}",
                f"IR{_digits(rng, 6)}",
            )
        ),
    )
    out["bio_gait"] = (
        T.BIOMETRIC,
        rng.choice(
            (f"GT-{_digits(rng, 4)}-{_digits(rng, 5)}", f"GAIT{_digits(rng, 7)}", f"gs_{_digits(rng, 6)}")
        ),
    )
    visit = visit_from(out)
    stamp = _fmt(visit, "compact")
    out["photo"] = (
        T.PHOTO,
        rng.choice(
            (
                f"IMG_{stamp}_{_digits(rng, 6)}.jpg",
                f"pt_face_{_digits(rng, 6)}.png",
                f"DSC_{_digits(rng, 4)}.JPG",
                f"headshot_{''.join(c for c in last.lower() if c.isascii() and c.isalpha())}_{first[0].lower()}.jpg",
                f"PH{_digits(rng, 7)}",
                f"ID-PHOTO-{_digits(rng, 6)}",
                f"frontal_{_digits(rng, 5)}.jpeg",
            )
        ),
    )
    out["photo2"] = (
        T.PHOTO,
        rng.choice(
            (
                f"EXTRAORAL_FRONT_{_digits(rng, 5)}.jpg",
                f"face_{_digits(rng, 6)}.heic",
                f"P{_digits(rng, 8)}.jpg",
                f"photo_{_digits(rng, 4)}a.png",
            )
        ),
    )

    # other identifiers
    out["rx"] = (
        T.OTHER_ID,
        rng.choice(
            (
                _digits(rng, 7),
                f"RX-{_digits(rng, 7)}",
                f"{_digits(rng, 7)}-{_digits(rng, 2)}",
                f"{rng.randint(1, 9)}{_digits(rng, 6)}",
            )
        ),
    )
    out["rx2"] = (
        T.OTHER_ID,
        rng.choice((_digits(rng, 7), f"{_digits(rng, 7)}-{_digits(rng, 2)}", f"RX{_digits(rng, 8)}")),
    )
    out["pa"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"PA-{visit.year}-{_digits(rng, 7)}",
                f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 5)}",
                f"AUTH{_digits(rng, 8)}",
                f"{_letters(rng, 2)}{_digits(rng, 9)}",
                f"{_digits(rng, 11)}",
            )
        ),
    )
    out["ref"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"REF-{_digits(rng, 6)}",
                f"R{visit.year}-{_digits(rng, 4)}",
                f"{_digits(rng, 8)}",
                f"RFL{_digits(rng, 5)}{_letters(rng, 1)}",
            )
        ),
    )
    out["case"] = (
        T.OTHER_ID,
        rng.choice(
            (f"CASE-{_digits(rng, 5)}", f"{visit.year % 100}-{_digits(rng, 5)}", f"C{_digits(rng, 7)}")
        ),
    )
    out["emp"] = (
        T.OTHER_ID,
        rng.choice(
            (f"E{_digits(rng, 5)}", f"EMP {_digits(rng, 5)}", f"{_digits(rng, 6)}", f"HHA-{_digits(rng, 4)}")
        ),
    )
    out["emp2"] = (
        T.OTHER_ID,
        rng.choice((f"E{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"DRV{_digits(rng, 4)}")),
    )
    out["order"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"SO-{_digits(rng, 7)}",
                f"ORD{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 6)}",
                f"W{_digits(rng, 8)}",
            )
        ),
    )
    out["ticket"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"DT-{_digits(rng, 6)}",
                f"{_digits(rng, 9)}",
                f"POD{_digits(rng, 7)}",
                f"T{_digits(rng, 2)}-{_digits(rng, 5)}",
            )
        ),
    )
    out["study"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"PSG-{visit.year % 100}-{_digits(rng, 4)}",
                f"SL{_digits(rng, 6)}",
                f"{visit.year % 100}S{_digits(rng, 5)}",
            )
        ),
    )
    out["accession"] = (
        T.OTHER_ID,
        rng.choice(
            (f"A{visit.year % 100}-{_digits(rng, 6)}", f"{_digits(rng, 10)}", f"ACC{_digits(rng, 7)}")
        ),
    )
    out["track"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"1Z{_letters(rng, 3, string.ascii_uppercase + string.digits)}{_digits(rng, 13)}",
                f"{_digits(rng, 12)}",
                f"TBA{_digits(rng, 12)}",
            )
        ),
    )
    out["client_id"] = (
        T.OTHER_ID,
        rng.choice((f"CL-{_digits(rng, 6)}", f"{_digits(rng, 9)}", f"SUD{_digits(rng, 5)}")),
    )
    out["state_id"] = (
        T.OTHER_ID,
        rng.choice((f"{_digits(rng, 10)}", f"SID{_digits(rng, 6)}", f"{_letters(rng, 2)}-{_digits(rng, 7)}")),
    )
    return out


def visit_from(out: dict[str, Value]) -> _dt.date:
    return _dt.date.fromisoformat(out["vd_iso"][1])


# --- look-alikes ---------------------------------------------------------------------------------

DRUGS = (
    "apixaban 5 mg BID",
    "metformin ER 1000 mg daily",
    "Humira 40 mg/0.4 mL SC q14d",
    "Dupixent 300 mg SC q2wk",
    "enoxaparin 40 mg SC daily",
    "vancomycin 1.25 g IV q12h",
    "ceftriaxone 2 g IV q24h",
    "ertapenem 1 g IV daily",
    "TPN 1.8 L over 12 h",
    "Enbrel 50 mg weekly",
    "buprenorphine/naloxone 8-2 mg SL daily",
    "methadone 85 mg PO daily",
    "naltrexone ER 380 mg IM q4wk",
    "sertraline 100 mg daily",
    "gabapentin 300 mg TID",
    "amoxicillin 500 mg TID x 7 days",
    "chlorhexidine 0.12% rinse 15 mL BID",
    "ibuprofen 600 mg q6h PRN",
    "hydrocodone/APAP 5/325 1 tab q6h PRN",
    "furosemide 40 mg daily",
    "morphine oral solution 20 mg/mL 5 mg q2h PRN",
    "lorazepam 0.5 mg SL q4h PRN",
    "haloperidol 0.5 mg q6h PRN",
    "insulin glargine 22 units qHS",
    "Ocrevus 600 mg IV q6mo",
    "IVIG 0.4 g/kg x 5 days",
    "Xolair 150 mg SC q4wk",
    "Ozempic 0.5 mg weekly",
    "prednisolone acetate 1% 1 gtt OU QID",
    "latanoprost 0.005% 1 gtt OS qHS",
    "ciprofloxacin otic 0.3% 4 gtt AD BID",
)
ICD = (
    "E11.621 Type 2 DM w/ foot ulcer",
    "L97.412 ulcer R heel, fat layer exposed",
    "G47.33 obstructive sleep apnea",
    "H90.3 SNHL bilateral",
    "H52.13 myopia, bilateral",
    "H52.4 presbyopia",
    "K05.31 chronic periodontitis, localized",
    "K08.129 complete loss of teeth",
    "M54.50 low back pain",
    "M17.11 primary OA right knee",
    "S83.511A ACL sprain R knee",
    "I69.351 hemiplegia following CI, R dominant",
    "R13.12 dysphagia, oropharyngeal",
    "F10.20 alcohol dependence, uncomplicated",
    "F11.20 opioid use disorder, moderate",
    "F33.1 MDD, recurrent, moderate",
    "F41.1 GAD",
    "Z93.3 colostomy status",
    "Z93.2 ileostomy status",
    "J44.1 COPD w/ exacerbation",
    "J96.11 chronic resp failure w/ hypoxia",
    "C34.90 lung ca",
    "G30.1 Alzheimer disease, late onset",
    "G20.A1 Parkinson disease",
    "Z89.511 acquired absence R leg below knee",
    "M79.671 pain in right foot",
    "B35.1 onychomycosis",
    "L84 corns and callosities",
    "E66.01 morbid obesity",
    "E43 severe protein-calorie malnutrition",
    "R62.51 failure to thrive",
    "Z99.81 dependence on supplemental oxygen",
)
CPT = (
    "97161 PT eval low complexity",
    "97162 PT eval moderate",
    "97110 ther ex",
    "97112 neuromuscular re-ed",
    "97140 manual therapy",
    "97530 therapeutic activities",
    "97165 OT eval low",
    "92507 speech tx individual",
    "92610 swallow eval",
    "92557 comprehensive audiometry",
    "92567 tympanometry",
    "92004 eye exam new comprehensive",
    "92310 CL fitting",
    "95810 PSG attended",
    "95811 PSG w/ CPAP titration",
    "95800 HSAT",
    "98941 CMT 3-4 regions",
    "11721 debridement nails 6+",
    "11055 paring 1 lesion",
    "97597 selective debridement",
    "99509 home visit ADL",
    "90837 psychotherapy 60 min",
    "H0001 alcohol/drug assessment",
    "97802 MNT initial 15 min",
    "97803 MNT re-assess",
)
HCPCS = (
    "E0601 CPAP device",
    "A7030 full face mask",
    "A7034 nasal mask",
    "A7037 tubing",
    "A7038 filter disposable",
    "E1390 O2 concentrator",
    "E0431 portable gaseous O2",
    "K0001 standard wheelchair",
    "K0823 power wheelchair grp 2",
    "E0260 semi-electric hospital bed",
    "E0143 walker, wheeled",
    "L3000 foot insert UCB",
    "L1833 KO adjustable",
    "L5301 BK PTB molded socket",
    "V5261 hearing aid binaural BTE",
    "V2020 frames",
    "V2103 SV lens sphere",
    "A4361 ostomy faceplate",
    "A5063 drainable pouch w/ flange",
    "A6212 foam dressing",
    "A6021 collagen dressing",
    "S9500 home infusion per diem q24h",
    "E0781 ambulatory infusion pump",
    "B4189 parenteral nutrition",
    "A4253 glucose test strips",
    "E2402 NPWT pump",
    "A6550 NPWT dressing set",
)
CDT = (
    "D0150 comprehensive oral eval",
    "D0120 periodic oral eval",
    "D0210 FMX",
    "D0330 panoramic",
    "D1110 prophylaxis adult",
    "D4341 SRP 4+ teeth/quad",
    "D4910 perio maintenance",
    "D2740 crown porcelain/ceramic",
    "D2391 resin 1 surf posterior",
    "D3330 endo molar",
    "D7140 extraction erupted",
    "D7240 removal impacted, completely bony",
    "D7210 surgical extraction",
    "D9239 IV sedation first 15 min",
    "D6010 endosteal implant",
    "D5110 complete denture maxillary",
    "D9110 palliative tx",
)
NDC = (
    "0002-8215-01",
    "0074-4339-02",
    "50242-040-62",
    "0409-4888-02",
    "63323-262-01",
    "0338-0049-04",
    "12496-1208-1",
    "0054-0220-25",
    "60505-0255-2",
    "0781-3206-95",
    "0169-4132-12",
)
LOINC = (
    "4548-4 HbA1c",
    "2345-7 glucose",
    "1751-7 albumin",
    "2160-0 creatinine",
    "6301-6 INR",
    "718-7 hemoglobin",
    "14979-9 aPTT",
    "3016-3 TSH",
    "2823-3 potassium",
)
SNOMED = (
    "73211009 diabetes mellitus",
    "78275009 OSA",
    "60700002 SNHL",
    "57190000 myopia",
    "41291007 angioedema",
    "399211009 history of MI",
    "44054006 T2DM",
    "429040005 ulcer of foot",
)
EPONYM = (
    "Charcot foot",
    "Parkinson disease",
    "Graves' disease",
    "Bell's palsy",
    "Ménière's disease",
    "Baker's cyst",
    "Morton's neuroma",
    "Dupuytren contracture",
    "Alzheimer dementia",
    "Crohn's disease",
    "Hashimoto thyroiditis",
    "Raynaud phenomenon",
    "Sjögren syndrome",
    "Down syndrome",
    "Achilles tendinopathy",
    "Osgood-Schlatter",
    "Cheyne-Stokes respiration",
    "Wernicke encephalopathy",
    "Hodgkin lymphoma",
    "Lou Gehrig's disease (ALS)",
)
BRAND = (
    "ResMed AirSense 11 AutoSet",
    "Philips DreamStation 2",
    "F&P Evora full face mask",
    "AirFit P10 nasal pillows",
    "Phonak Audéo L90-R",
    "Oticon Intent 1 miniRITE",
    "Signia Pure Charge&Go 7IX",
    "Starkey Genesis AI 24",
    "Inogen One G5",
    "EverFlo 5 L",
    "CADD-Solis VIP",
    "Curlin 6000",
    "Invacare Etude HC",
    "Permobil M3 Corpus",
    "Össur Pro-Flex XC",
    "Ottobock C-Leg 4",
    "ProTalker 32 (AAC)",
    "Accent 1400",
    "Hollister New Image 2-pc",
    "Coloplast SenSura Mio",
    "Acuvue Oasys 1-Day",
    "Varilux X Series",
    "Invisalign",
    "Mepilex Border Flex",
    "ActiGraph GT9X",
    "Nox T3s",
    "Dexcom G7",
    "Omnipod 5",
    "Lokomat",
    "Bioness L300 Go",
)
ORG = (
    "Apex Home Infusion",
    "MobilityPlus Medical Supply",
    "BrightSmile Dental Group",
    "ClearView Optical Lab",
    "SoundPath Hearing",
    "Summit Rehab Partners",
    "Compass Hospice",
    "Keystone DME",
    "NightWatch Sleep Diagnostics",
    "New Leaf Recovery",
    "BlueCross plan",
    "Medicare Part B",
    "state Medicaid MCO",
    "VSP",
    "Delta Dental PPO",
    "EyeMed",
    "the PBM",
    "Acme Courier",
    "CenterWell",
    "Optum Infusion",
)
ROLE = (
    "the attending",
    "the covering PT",
    "RN case manager",
    "the hygienist",
    "the dispensing optician",
    "the audiologist",
    "on-call hospice RN",
    "the infusion pharmacist",
    "the respiratory therapist",
    "the sleep tech",
    "the orthotist",
    "the counselor",
    "the ostomy nurse",
    "the dietitian",
    "the driver",
    "the referring provider",
    "the PCP",
    "the case manager",
    "intake coordinator",
    "the medical director",
)
REL = (
    "daughter",
    "son",
    "wife",
    "husband",
    "partner",
    "niece",
    "granddaughter",
    "neighbor",
    "sister",
    "brother",
    "mother",
    "father",
    "legal guardian",
    "POA",
    "friend from church",
    "stepson",
)


ICD_D = {
    "dental": (
        "K05.31 chronic periodontitis, localized",
        "K05.10 chronic gingivitis",
        "K02.52 caries into dentin",
        "K01.1 impacted teeth",
        "K08.129 complete loss of teeth",
        "K04.7 periapical abscess",
    ),
    "eye": (
        "H52.13 myopia, bilateral",
        "H52.4 presbyopia",
        "H52.223 regular astigmatism, bilateral",
        "H04.123 dry eye syndrome, bilateral",
        "H40.013 open angle w/ borderline findings",
        "H25.13 age-related nuclear cataract, bilateral",
        "E11.9 type 2 DM w/o complications",
    ),
    "ear": (
        "H90.3 SNHL bilateral",
        "H91.10 presbycusis",
        "H93.13 tinnitus, bilateral",
        "H90.A21 SNHL unilateral R w/ restricted hearing L",
        "H81.01 Ménière's disease, R ear",
    ),
    "foot": (
        "E11.621 T2DM w/ foot ulcer",
        "L97.412 non-pressure ulcer R heel, fat layer exposed",
        "B35.1 onychomycosis",
        "L84 corns and callosities",
        "M79.671 pain in right foot",
        "E11.42 T2DM w/ polyneuropathy",
        "M20.11 hallux valgus, R",
    ),
    "spine": (
        "M54.50 low back pain",
        "M99.03 segmental dysfunction, lumbar",
        "M54.2 cervicalgia",
        "S13.4XXA sprain of cervical spine",
        "M53.3 sacrococcygeal disorders",
    ),
    "rehab": (
        "M17.11 primary OA R knee",
        "Z96.651 presence of R artificial knee",
        "I69.351 hemiplegia following CI, R dominant",
        "R26.89 other abnormalities of gait",
        "M62.81 muscle weakness, generalized",
        "S83.511A ACL sprain R knee",
        "G20.A1 Parkinson disease",
        "I63.9 cerebral infarction",
    ),
    "slp": (
        "R13.12 dysphagia, oropharyngeal",
        "F80.2 mixed receptive-expressive language disorder",
        "R48.2 apraxia",
        "F84.0 autistic disorder",
        "G12.21 ALS",
        "I69.320 aphasia following CI",
    ),
    "sleep": (
        "G47.33 obstructive sleep apnea",
        "G47.31 central sleep apnea",
        "G47.10 hypersomnia",
        "R06.83 snoring",
        "G47.61 PLMD",
    ),
    "resp": (
        "J44.1 COPD w/ exacerbation",
        "J96.11 chronic resp failure w/ hypoxia",
        "J84.10 ILD",
        "Z99.81 dependence on supplemental oxygen",
        "I27.20 pulmonary hypertension",
    ),
    "bh": (
        "F10.20 alcohol dependence, uncomplicated",
        "F11.20 opioid use disorder, moderate",
        "F33.1 MDD, recurrent, moderate",
        "F41.1 GAD",
        "F43.10 PTSD",
        "F15.20 stimulant use disorder",
    ),
    "ostomy": (
        "Z93.3 colostomy status",
        "Z93.2 ileostomy status",
        "L89.153 pressure injury of sacral region, stage 3",
        "K50.90 Crohn's disease",
        "C20 malignant neoplasm of rectum",
        "Z93.6 urostomy status",
    ),
    "hospice": (
        "C34.90 lung ca",
        "G30.1 Alzheimer disease, late onset",
        "I50.22 chronic systolic HF",
        "J44.1 COPD w/ exacerbation",
        "R62.7 adult failure to thrive",
        "C25.9 pancreatic ca",
    ),
    "nutr": (
        "E11.65 T2DM w/ hyperglycemia",
        "E66.01 morbid obesity",
        "E43 severe protein-calorie malnutrition",
        "N18.4 CKD stage 4",
        "E78.5 hyperlipidemia",
        "K21.9 GERD",
    ),
    "amp": (
        "Z89.511 acquired absence R leg below knee",
        "Z89.612 acquired absence L leg above knee",
        "Z89.421 acquired absence R great toe",
        "Q72.01 congenital absence of lower limb",
    ),
    "inf": (
        "M86.171 acute osteomyelitis R ankle",
        "A41.9 sepsis, unspecified",
        "T82.7XXA infection of vascular device",
        "K50.90 Crohn's disease",
        "G35 multiple sclerosis",
        "L40.50 psoriatic arthritis",
        "L20.9 atopic dermatitis",
    ),
}
CPT_D = {
    "pt": (
        "97161 PT eval low complexity",
        "97162 PT eval moderate",
        "97110 ther ex",
        "97112 neuromuscular re-ed",
        "97140 manual therapy",
        "97530 therapeutic activities",
        "97116 gait training",
    ),
    "slp": (
        "92507 speech tx individual",
        "92610 swallow eval",
        "92607 SGD eval first hour",
        "92609 SGD therapeutic services",
        "92523 speech/language eval",
    ),
    "aud": (
        "92557 comprehensive audiometry",
        "92567 tympanometry",
        "92550 tympanometry + reflex",
        "V5011 hearing aid fitting/checking",
        "92592 hearing aid check, monaural",
    ),
    "chiro": (
        "98940 CMT 1-2 regions",
        "98941 CMT 3-4 regions",
        "97014 e-stim unattended",
        "97012 mechanical traction",
    ),
    "foot": (
        "11721 debridement nails 6+",
        "11055 paring 1 lesion",
        "11056 paring 2-4 lesions",
        "97597 selective debridement",
        "G0247 routine foot care, LOPS",
    ),
    "sleep": ("95810 PSG attended", "95811 PSG w/ CPAP titration", "95800 HSAT", "95806 HST unattended"),
    "mnt": ("97802 MNT initial 15 min", "97803 MNT re-assess 15 min", "G0270 MNT reassessment"),
    "eye": (
        "92004 eye exam new comprehensive",
        "92014 eye exam est comprehensive",
        "92310 CL fitting",
        "92015 refraction",
        "92250 fundus photography",
    ),
}
HCPCS_D = {
    "pap": (
        "E0601 CPAP device",
        "A7030 full face mask",
        "A7034 nasal mask",
        "A7037 tubing",
        "A7038 filter, disposable",
        "A7032 nasal cushion",
        "E0562 heated humidifier",
    ),
    "o2": (
        "E1390 O2 concentrator",
        "E0431 portable gaseous O2",
        "E1392 portable concentrator",
        "K0738 home fill system",
        "A4615 nasal cannula",
    ),
    "mob": (
        "K0001 standard wheelchair",
        "K0823 power wheelchair grp 2",
        "E0260 semi-electric hospital bed",
        "E0143 walker, wheeled",
        "E0277 powered pressure-reducing mattress",
        "E2601 WC seat cushion",
        "E0165 commode chair",
    ),
    "op": (
        "L1833 KO adjustable",
        "L1970 AFO plastic w/ ankle joint",
        "L3000 foot insert UCB",
        "L5301 BK PTB molded socket",
        "L5981 flex-walk foot",
        "L5673 socket insert w/ locking",
        "L1906 AFO multiligamentous ankle",
    ),
    "ostomy": (
        "A4361 ostomy faceplate",
        "A5063 drainable pouch w/ flange",
        "A4414 ostomy barrier w/ flange",
        "A4405 non-pectin barrier",
        "A4385 ostomy skin barrier",
        "A4407 extended-wear barrier",
    ),
    "wound": (
        "A6212 foam dressing",
        "A6021 collagen dressing",
        "A6197 alginate dressing",
        "A6242 hydrogel",
        "A6550 NPWT dressing set",
    ),
    "inf": (
        "S9500 home infusion per diem q24h",
        "E0781 ambulatory infusion pump",
        "B4189 parenteral nutrition",
        "S9373 home hydration",
        "S9338 home IVIG",
    ),
    "slp": ("E2510 SGD, synthesized speech", "E2599 accessory for SGD", "E2512 SGD mounting accessory"),
    "shoe": ("A5500 diabetic shoe, depth", "A5512 multiple density insert", "A5513 custom molded insert"),
    "ha": (
        "V5261 hearing aid binaural BTE",
        "V5257 hearing aid monaural BTE",
        "V5264 ear mold/insert",
        "V5160 dispensing fee binaural",
    ),
}
BRAND_D = {
    "pap": (
        "ResMed AirSense 11 AutoSet",
        "Philips DreamStation 2",
        "ResMed AirSense 10 AutoSet",
        "React Health Luna G3",
        "Fisher & Paykel SleepStyle",
    ),
    "mask": (
        "F&P Evora full face mask",
        "AirFit P10 nasal pillows",
        "AirFit F20",
        "DreamWear nasal",
        "AirTouch N30i",
    ),
    "ha": (
        "Phonak Audéo L90-R",
        "Oticon Intent 1 miniRITE",
        "Signia Pure Charge&Go 7IX",
        "Starkey Genesis AI 24",
        "Widex Moment Sheer 440",
        "ReSound Nexia 9",
    ),
    "o2": ("EverFlo 5 L", "Invacare Perfecto2", "DeVilbiss 525", "Respironics Millennium M10"),
    "poc": ("Inogen One G5", "Philips SimplyGo Mini", "CAIRE FreeStyle Comfort", "Invacare Platinum Mobile"),
    "pump": ("CADD-Solis VIP", "Curlin 6000", "CADD-Prizm", "Sapphire infusion pump", "Moog Curlin 4000"),
    "mob": (
        "Invacare Etude HC",
        "Permobil M3 Corpus",
        "Quickie Q7",
        "Pride Jazzy Air",
        "Drive Cruiser III",
        "Hill-Rom Centrella",
    ),
    "op": ("Össur Pro-Flex XC", "Ottobock C-Leg 4", "Fillauer AllPro", "Ottobock Triton", "Össur Rheo Knee"),
    "aac": ("ProTalker 32", "Accent 1400", "Tobii Dynavox TD I-13", "NovaChat 8", "LAMP WFL on iPad"),
    "cl": (
        "Acuvue Oasys 1-Day",
        "Dailies Total1",
        "Biofinity Toric",
        "Air Optix plus HydraGlyde",
        "MyDay daily",
    ),
    "spec": (
        "Varilux X Series",
        "Zeiss SmartLife Progressive",
        "Hoya Sync III",
        "Shamir Autograph",
        "Essilor Eyezen",
    ),
    "ostomy": (
        "Hollister New Image 2-pc",
        "Coloplast SenSura Mio",
        "ConvaTec Esteem+ Flex",
        "Hollister CeraPlus 1-pc",
        "Coloplast Brava ring",
    ),
    "wound": ("Mepilex Border Flex", "Aquacel Ag+", "Allevyn Life", "Tegaderm Foam", "PolyMem"),
}
DRUG_D = {
    "spec": (
        "Humira 40 mg/0.4 mL SC q14d",
        "Dupixent 300 mg SC q2wk",
        "Enbrel 50 mg weekly",
        "Xolair 150 mg SC q4wk",
        "Stelara 90 mg SC q8wk",
        "Cosentyx 150 mg SC q4wk",
        "Skyrizi 150 mg SC q12wk",
        "Taltz 80 mg SC q4wk",
    ),
    "iv": (
        "vancomycin 1.25 g IV q12h",
        "ceftriaxone 2 g IV q24h",
        "ertapenem 1 g IV daily",
        "daptomycin 500 mg IV q24h",
        "cefazolin 2 g IV q8h",
        "IVIG 0.4 g/kg x 5 days",
        "TPN 1.8 L over 12 h",
    ),
    "hosp": (
        "morphine oral solution 20 mg/mL 5 mg q2h PRN",
        "lorazepam 0.5 mg SL q4h PRN",
        "haloperidol 0.5 mg q6h PRN",
        "glycopyrrolate 0.2 mg SC q4h PRN",
        "atropine 1% 2 gtt SL q4h PRN",
        "hyoscyamine 0.125 mg SL q4h PRN",
    ),
    "sud": (
        "buprenorphine/naloxone 8-2 mg SL daily",
        "methadone 85 mg PO daily",
        "naltrexone ER 380 mg IM q4wk",
        "methadone 30 mg PO daily (induction)",
        "Sublocade 300 mg SC monthly",
    ),
    "dental": (
        "amoxicillin 500 mg TID x 7 days",
        "chlorhexidine 0.12% rinse 15 mL BID",
        "ibuprofen 600 mg q6h PRN",
        "hydrocodone/APAP 5/325 1 tab q6h PRN",
        "clindamycin 300 mg QID x 7 d",
    ),
    "gen": (
        "apixaban 5 mg BID",
        "metformin ER 1000 mg daily",
        "furosemide 40 mg daily",
        "insulin glargine 22 units qHS",
        "sertraline 100 mg daily",
        "gabapentin 300 mg TID",
        "lisinopril 20 mg daily",
        "atorvastatin 40 mg qHS",
        "Ozempic 0.5 mg weekly",
    ),
}
ORG_D = {
    "ins": (
        "BlueCross PPO",
        "Medicare Part B",
        "Aetna Better Health",
        "UnitedHealthcare Community Plan",
        "Cigna",
        "Humana Gold Plus",
        "state Medicaid MCO",
        "Tricare East",
        "Molina",
        "Ambetter",
    ),
    "dental": ("Delta Dental PPO", "MetLife Dental", "Guardian DentalGuard", "Cigna Dental", "DentaQuest"),
    "vision": ("VSP", "EyeMed", "Davis Vision", "Spectera", "VSP Choice"),
    "lab": ("ClearView Optical Lab", "Precision Optical Lab", "Essilor Lab - Central", "Hoya Rx Lab"),
    "courier": ("Acme Courier", "MedRoute Logistics", "ColdLink Express", "RxRunner Last Mile"),
}
CDT_X = (
    "D7140 extraction, erupted tooth",
    "D7210 surgical extraction",
    "D7220 removal impacted, soft tissue",
    "D7230 removal impacted, partially bony",
    "D7240 removal impacted, completely bony",
    "D7250 residual root removal",
)
FORM_D = {
    "ada": ("ADA J430D (2024)", "ADA J430D", "ADA Dental Claim Form J430D v2019"),
    "hh": ("CMS-485", "OASIS-E1", "Form HH-12 v7"),
}


def _num(rng: random.Random, lo: float, hi: float, nd: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{nd}f}"


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not PHI."""
    r = rng
    o: dict[str, str] = {}
    o["st"] = _pick(r, STATES)
    o["st2"] = _pick(r, STATES)
    o["age_y"] = str(r.randint(2, 89))
    o["age_y2"] = str(r.randint(18, 89))
    for k in ("time1", "time2", "time3", "time4"):
        h, m = r.randint(0, 23), r.randint(0, 59)
        o[k] = r.choice(
            (f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}")
        )
    o["year"] = str(r.randint(1968, 2024))
    o["year2"] = str(r.randint(2005, 2025))
    o["bp"] = f"{r.randint(98, 178)}/{r.randint(56, 102)}"
    o["hr"] = str(r.randint(52, 118))
    o["rr"] = str(r.randint(12, 26))
    o["spo2"] = f"{r.randint(86, 99)}%"
    o["temp"] = r.choice(
        (f"{_num(r, 97.0, 100.9)} F", f"{_num(r, 36.1, 38.3)} °C", f"{_num(r, 97.0, 100.9)}")
    )
    o["wt"] = f"{r.randint(92, 310)} lb"
    o["wt_kg"] = f"{_num(r, 40, 140)} kg"
    o["ht"] = f"{r.randint(58, 76)} in"
    o["bmi"] = _num(r, 16.5, 46.0)
    o["a1c"] = f"{_num(r, 5.4, 11.8)}%"
    o["gluc"] = f"{r.randint(68, 388)} mg/dL"
    o["alb"] = f"{_num(r, 2.1, 4.6)} g/dL"
    o["prealb"] = f"{r.randint(6, 34)} mg/dL"
    o["egfr"] = str(r.randint(18, 110))
    o["inr"] = _num(r, 0.9, 3.8)
    o["hgb"] = f"{_num(r, 7.9, 15.9)} g/dL"
    o["wbc"] = f"{_num(r, 2.8, 17.5)} K/uL"
    o["crp"] = f"{_num(r, 0.2, 14.0)} mg/dL"
    o["vanc_trough"] = f"{_num(r, 8.0, 22.0)} mcg/mL"
    o["drug1"], o["drug2"], o["drug3"] = r.sample(DRUGS, 3)
    o["icd1"], o["icd2"], o["icd3"] = r.sample(ICD, 3)
    o["cpt1"], o["cpt2"], o["cpt3"] = r.sample(CPT, 3)
    o["hcpcs1"], o["hcpcs2"], o["hcpcs3"] = r.sample(HCPCS, 3)
    o["cdt1"], o["cdt2"], o["cdt3"] = r.sample(CDT, 3)
    o["ndc"] = _pick(r, NDC)
    o["loinc"] = _pick(r, LOINC)
    o["snomed"] = _pick(r, SNOMED)
    o["rev"] = r.choice(
        (
            "0421 PT visit",
            "0431 OT visit",
            "0441 speech visit",
            "0551 skilled nursing visit",
            "0571 HHA visit",
            "0651 routine home care",
            "0652 continuous home care",
            "0274 prosthetic/orthotic",
        )
    )
    o["drg"] = r.choice(("DRG 871", "MS-DRG 470", "DRG 291", "DRG 064", "DRG 683"))
    o["lot"] = f"{r.choice(('LOT', 'Lot', 'lot#'))} {r.randint(10, 99)}{_letters(r, 1)}{r.randint(100, 999)}"
    o["lot2"] = f"{_letters(r, 2)}{r.randint(1000, 9999)}"
    o["form"] = r.choice(
        (
            "CMS-485",
            "CMS-1500",
            "ADA J430D",
            "CMN CMS-484",
            "DIF CMS-10125",
            "Form HH-12 v7",
            "OASIS-E1",
            "HOPE v1.01",
            "PA-PT-03 rev 4",
            "DME-POD-2 v3.1",
            "ASAM CONTINUUM v2.0",
            "SF-424",
            "FRM-114 (v5)",
            "Form 2290-RX",
        )
    )
    o["policy"] = r.choice(
        (
            "Policy CC-214",
            "P&P 7.12.3",
            "SOP-INF-009",
            "Policy DME-31 rev 6",
            "QAPI 4.2",
            "LCD L33718",
            "LCD L33797",
            "NCD 240.4",
            "LCD L33787",
            "IC-077",
        )
    )
    o["version"] = f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}"
    o["tooth1"] = f"#{r.randint(1, 32)}"
    o["tooth2"] = f"#{r.randint(1, 32)}"
    o["tooth3"] = str(r.randint(1, 32))
    o["tooth_p"] = r.choice("ABCDEFGHIJKLMNOPQRST")
    o["surf"] = r.choice(("MOD", "DO", "MO", "B", "L", "MODBL", "O", "IF"))
    o["pd6"] = " ".join(str(r.randint(2, 7)) for _ in range(6))
    o["pd6b"] = " ".join(str(r.randint(2, 7)) for _ in range(6))

    def sph():
        return f"{r.choice('+-')}{r.randint(0, 24) * 0.25:.2f}"

    o["rx_od"] = f"{sph()} {('-' + format(r.randint(1, 10) * 0.25, '.2f'))} x {r.randint(1, 180):03d}"
    o["rx_os"] = f"{sph()} {('-' + format(r.randint(1, 10) * 0.25, '.2f'))} x {r.randint(1, 180):03d}"
    o["add"] = f"+{r.choice((1.00, 1.25, 1.50, 1.75, 2.00, 2.25, 2.50)):.2f}"
    o["pd"] = f"{r.randint(58, 70)}/{r.randint(55, 67)}"
    o["bc"] = r.choice(("8.4", "8.5", "8.6", "8.7", "8.8", "9.0"))
    o["dia"] = r.choice(("13.8", "14.0", "14.2", "14.5"))
    o["va"] = r.choice(("20/20", "20/25", "20/30", "20/40-2", "20/60", "20/80", "20/200", "CF 3 ft"))
    o["va2"] = r.choice(("20/20", "20/25+1", "20/30", "20/50", "20/70"))
    o["iop"] = f"{r.randint(11, 27)}/{r.randint(11, 27)} mmHg"
    o["thr"] = " ".join(str(r.choice(range(5, 95, 5))) for _ in range(7))
    o["thr2"] = " ".join(str(r.choice(range(5, 95, 5))) for _ in range(7))
    o["pta"] = f"{r.randint(15, 75)} dB HL"
    o["srt"] = f"{r.randint(10, 70)} dB"
    o["wrs"] = f"{r.randint(40, 100)}%"
    o["tymp"] = r.choice(("Type A", "Type As", "Type B", "Type C", "Type Ad"))
    o["ahi"] = _num(r, 2.0, 78.0)
    o["ahi2"] = _num(r, 0.4, 9.9)
    o["odi"] = _num(r, 1.0, 60.0)
    o["nadir"] = f"{r.randint(68, 92)}%"
    o["cpap_p"] = f"{r.randint(5, 18)} cm H2O"
    o["apap"] = f"{r.randint(4, 8)}-{r.randint(12, 20)} cm H2O"
    o["usage"] = f"{_num(r, 2.1, 9.4)} h"
    o["use_pct"] = f"{r.randint(38, 100)}%"
    o["leak"] = f"{_num(r, 2.0, 38.0)} L/min"
    o["ess"] = str(r.randint(2, 21))
    o["phq9"] = str(r.randint(0, 27))
    o["gad7"] = str(r.randint(0, 21))
    o["auditc"] = str(r.randint(0, 12))
    o["cows"] = str(r.randint(0, 24))
    o["ciwa"] = str(r.randint(0, 22))
    o["asam"] = r.choice(("1", "2.1", "2.5", "3.1", "3.5", "3.7", "4"))
    o["braden"] = str(r.randint(9, 22))
    o["berg"] = f"{r.randint(18, 56)}/56"
    o["tug"] = f"{_num(r, 7.0, 32.0)} sec"
    o["moca"] = f"{r.randint(12, 30)}/30"
    o["pps"] = f"{r.choice(range(10, 70, 10))}%"
    o["fast"] = r.choice(("6c", "6d", "7a", "7b", "7c", "7d"))
    o["fim"] = str(r.randint(1, 7))
    o["rom"] = f"{r.randint(0, 10)}-{r.randint(60, 140)}°"
    o["mmt"] = r.choice(("3/5", "3+/5", "4-/5", "4/5", "4+/5", "5/5"))
    o["pain"] = f"{r.randint(0, 10)}/10"
    o["wound"] = f"{_num(r, 0.4, 8.0)} x {_num(r, 0.3, 6.0)} x {_num(r, 0.1, 2.5)} cm"
    o["stoma"] = f"{r.randint(19, 45)} mm"
    o["flange"] = r.choice(("45 mm", "57 mm", "70 mm", "1 3/4 in", "2 1/4 in"))
    o["qty"] = str(r.randint(1, 90))
    o["qty2"] = str(r.choice((10, 15, 20, 30, 60, 90, 100)))
    o["refills"] = str(r.randint(0, 11))
    o["money"] = f"${r.randint(12, 4800):,}.{r.randint(0, 99):02d}"
    o["money2"] = f"${r.randint(5, 950)}.{r.randint(0, 99):02d}"
    o["copay"] = f"${r.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 50, 75))}"
    o["room"] = r.choice(
        ("Rm 214", "Op 3", "Room 7", "Bay 2", "Booth B", "Treatment Rm 4", "Chair 6", "Gym 1", "Bed 2")
    )
    o["room2"] = r.choice(("Op 1", "Rm 12", "Sound Booth 2", "Pretest", "Lab Rm 3", "Suite A bed 1"))
    o["role"], o["role2"] = r.sample(ROLE, 2)
    o["org"], o["org2"] = r.sample(ORG, 2)
    o["brand"], o["brand2"] = r.sample(BRAND, 2)
    o["eponym"], o["eponym2"] = r.sample(EPONYM, 2)
    o["rel"] = _pick(r, REL)
    o["rel2"] = _pick(r, REL)
    o["miles"] = f"{_num(r, 1.2, 48.0)} mi"
    o["cold"] = f"{_num(r, 2.0, 7.9)} °C"
    o["cold2"] = f"{_num(r, 2.0, 8.9)} °C"
    o["visits"] = str(r.randint(4, 24))
    o["freq"] = r.choice(
        (
            "2x/wk x 6 wks",
            "3w4",
            "1w1, 2w3, 1w2",
            "2x/week for 8 weeks",
            "BIW x 4 wk",
            "5w1 then 3w2",
            "1-2x/wk x 12 wk",
            "QD x 14 days",
        )
    )
    o["kcal"] = f"{r.randint(12, 32) * 100} kcal"
    o["protein"] = f"{r.randint(45, 140)} g"
    o["fluid"] = f"{r.randint(12, 30) * 100} mL"
    o["o2"] = f"{r.choice((1, 1.5, 2, 2.5, 3, 4, 5))} LPM"
    o["hz"] = r.choice(("1000 Hz", "2000 Hz", "4000 Hz", "500 Hz"))
    o["gain"] = f"{r.randint(8, 35)} dB"
    o["pct"] = f"{r.randint(5, 95)}%"
    o["count"] = str(r.randint(2, 40))
    o["dur"] = r.choice(("30 min", "45 min", "53 min", "60 min", "1 h 15 min", "20 min", "8 units"))
    o["grade"] = r.choice(("Wagner 2", "Stage 3", "Stage 2", "unstageable", "Wagner 1", "DTI", "Stage 4"))
    o["shoe"] = r.choice(("9.5 W", "11 M", "7 EE", "10.5 XW", "8 N", "12 4E"))
    o["sock"] = r.choice(("3-ply", "5-ply", "1-ply + 3-ply", "6-ply"))
    o["pin"] = f"{r.randint(1000, 9999)}"
    o["page"] = str(r.randint(1, 4))
    o["pages"] = str(r.randint(2, 14))
    for table, prefix in (
        (ICD_D, "icd"),
        (CPT_D, "cpt"),
        (HCPCS_D, "hcpcs"),
        (BRAND_D, "brand"),
        (DRUG_D, "drug"),
        (ORG_D, "org"),
        (FORM_D, "form"),
    ):
        for dom, options in table.items():
            picks = r.sample(options, min(3, len(options)))
            o[f"{prefix}_{dom}"] = picks[0]
            o[f"{prefix}2_{dom}"] = picks[1]
            o[f"{prefix}3_{dom}"] = picks[-1]
    o["cdt_x1"], o["cdt_x2"] = r.sample(CDT_X, 2)
    return {k: (None, v) for k, v in o.items()}
