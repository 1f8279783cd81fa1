"""Values for set LI: one invented identity and context per note, and machine-data look-alikes.

Everything is drawn from the ``rng`` passed in (never the global ``random``): a seed gives the same
notes, another seed different ones. Every person, place, number and address here is invented
(example.com / example.org / .test domains, 555-01xx telephone numbers, documentation IP ranges).
"""

from __future__ import annotations

import random
import string
from datetime import datetime, timedelta

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- names ------------------------------------------------------------------------------------------

FIRST = (
    "Maria",
    "José",
    "Aiyana",
    "Oluwaseun",
    "Ana",
    "Wei",
    "Priya",
    "Mohammed",
    "Fatima",
    "Dmitri",
    "Siobhan",
    "Kwame",
    "Yuki",
    "Lars",
    "Ingrid",
    "Tomasz",
    "Aroha",
    "Chidi",
    "Leilani",
    "Rosa",
    "Hope",
    "Faith",
    "Summer",
    "Hunter",
    "Dakota",
    "Paris",
    "Florence",
    "Austin",
    "Jordan",
    "Madison",
    "Chelsea",
    "Lincoln",
    "Sydney",
    "Georgia",
    "Joy",
    "Grace",
    "Xiomara",
    "Thanh",
    "Min-jun",
    "Ji-woo",
    "Anne-Marie",
    "Jean-Luc",
    "Mary Kate",
    "Zainab",
    "Emeka",
    "Bongani",
    "Sione",
    "Keanu",
    "Ximena",
    "Guadalupe",
    "Esperanza",
    "Bartholomew",
    "Eleanor",
    "Reuben",
    "Moshe",
    "Aviva",
    "Svetlana",
    "Olumide",
    "Amani",
    "Tariq",
    "Rahul",
    "Deepa",
    "Sanjay",
    "Mei-Ling",
    "Hyun",
    "Birgit",
    "Pieter",
    "Henrik",
    "Aoife",
    "Niamh",
    "Ciarán",
    "Renée",
    "Zoë",
    "Rocco",
    "Dolores",
    "Earl",
    "Ernestine",
    "Wilbur",
    "Opal",
    "Harold",
    "Mildred",
    "Tyrone",
    "Shanice",
    "DeShawn",
    "Latoya",
    "Brandon",
    "Kayla",
    "Nadia",
    "Youssef",
    "Layla",
    "Omar",
    "Björn",
    "Agnieszka",
    "Kofi",
    "Ama",
    "Tupac",
    "Nizhoni",
    "Hiroshi",
    "Sakura",
    "Dang",
    "Lan",
    "Vikram",
    "Ananya",
    "Carmen",
    "Iñaki",
    "Bruno",
    "Colette",
    "Precious",
    "Blessing",
    "Rusty",
    "Sunny",
    "Frank",
    "Will",
    "Bill",
    "June",
    "April",
    "Robin",
)
NICK = {
    "Bartholomew": "Bart",
    "Eleanor": "Nell",
    "William": "Bill",
    "Harold": "Hal",
    "Mildred": "Millie",
    "Dolores": "Lola",
    "Guadalupe": "Lupe",
    "Esperanza": "Espi",
    "Svetlana": "Sveta",
    "Oluwaseun": "Seun",
    "Olumide": "Mide",
    "Reuben": "Ruby",
    "Ernestine": "Tina",
    "Rahul": "Rah",
    "Tomasz": "Tomek",
    "Anne-Marie": "Annie",
    "Mary Kate": "MK",
    "Bongani": "Bonga",
    "Xiomara": "Xio",
    "Jean-Luc": "JL",
    "Wilbur": "Will",
    "Henrik": "Henke",
    "Agnieszka": "Aga",
}
LAST = (
    "García",
    "de la Cruz",
    "van der Berg",
    "Van Dyke",
    "O'Neill",
    "D'Amico",
    "McAllister",
    "MacLeod",
    "Nguyen",
    "Tran",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Kowalski",
    "Novak",
    "Ivanova",
    "Petrov",
    "Haddad",
    "Al-Sayed",
    "Abu Zahra",
    "Chen",
    "Wang",
    "Li",
    "Kim",
    "Park",
    "Patel",
    "Shah",
    "Iyer",
    "Sato",
    "Tanaka",
    "Müller",
    "Schmidt",
    "Johansson",
    "Lindqvist",
    "Rossi",
    "Esposito",
    "Ferreira",
    "da Silva",
    "dos Santos",
    "St. John",
    "Le Blanc",
    "LeBlanc",
    "Fitzgerald",
    "Kealoha",
    "Tuilagi",
    "Begay",
    "Yazzie",
    "Whitehorse",
    "Smith-Jones",
    "Garcia-Lopez",
    "Brown",
    "Black",
    "White",
    "Young",
    "King",
    "Hill",
    "Lane",
    "Price",
    "Rich",
    "Hope",
    "Law",
    "Wolf",
    "Fox",
    "Bird",
    "Cash",
    "Story",
    "Love",
    "Moody",
    "Church",
    "Banks",
    "Stone",
    "Marsh",
    "Field",
    "Ford",
    "Page",
    "Berlin",
    "Holland",
    "England",
    "Paris",
    "Lincoln",
    "Jordan",
    "Houston",
    "Troy",
    "Ngata",
    "Tupou",
    "Mahlangu",
    "Dlamini",
    "Mwangi",
    "Otieno",
    "Yilmaz",
    "Öztürk",
    "Kaya",
    "Hussain",
    "Rahman",
    "Chowdhury",
    "Begum",
    "Nakamura",
    "Ramírez",
    "Núñez",
    "Villanueva",
    "del Rosario",
    "De Jesús",
    "ten Brink",
    "von Stein",
    "Ó Briain",
    "Nakamura-Reyes",
    "Oyelaran",
    "Szabo",
    "Horvath",
    "Papadopoulos",
    "Baptiste",
)
STREET_NAMES = (
    "Larkspur",
    "Oak",
    "Maple",
    "Martin Luther King Jr",
    "Calle del Sol",
    "Via Verde",
    "Old Mill",
    "Quarry Hill",
    "Juniper",
    "Harbor View",
    "Cedar Bluff",
    "Prairie Rose",
    "Walnut",
    "Kingsbury",
    "Ridgecrest",
    "Pawnee",
    "Tamarack",
    "Beacon",
    "Cottonwood",
    "Saint Ann",
    "Laurel Hollow",
    "Wexford",
    "Sycamore",
    "Indian Creek",
    "Lakeshore",
    "Hawthorne",
    "Magnolia",
    "Orchard",
    "Mill Pond",
)
STREET_SUFFIX = (
    "St",
    "Ave",
    "Blvd",
    "Rd",
    "Ln",
    "Dr",
    "Ct",
    "Way",
    "Pkwy",
    "Ter",
    "Hwy",
    "Street",
    "Avenue",
    "Road",
)
CITIES = (
    "Harmon Falls",
    "Brookhaven",
    "Cedar Bluff",
    "Millbrook",
    "Port Aldous",
    "Lake Orion",
    "Springfield",
    "Riverside",
    "Fairview",
    "Kingsbury",
    "Marquette",
    "Eau Claire",
    "Bay St. Louis",
    "Coeur d'Alene",
    "Winston-Salem",
    "Wilkes-Barre",
    "Hope",
    "Paris",
    "Florence",
    "Lincoln",
    "Jackson",
    "Madison",
    "Austin",
    "Troy",
    "Glen Ellyn",
    "New Lisbon",
    "Sauk Rapids",
    "Twin Forks",
    "Ashby",
    "Oxnard",
    "Lompoc",
    "Chillicothe",
    "Ypsilanti",
    "Kalispell",
    "Bemidji",
    "Ojai",
    "Mount Vernon",
    "Belle Plaine",
    "Shelbyville",
    "Tullahoma",
    "Española",
    "La Cañada",
    "Des Allemands",
    "Holly Springs",
    "Friendship",
)
COUNTY_WORDS = (
    "Marlow",
    "Dane",
    "Kenosha",
    "Otter Tail",
    "Pike",
    "Saline",
    "Tippecanoe",
    "Bexar",
    "Lackawanna",
    "St. Croix",
    "Cheshire",
    "Lincoln",
    "Madison",
    "Yellow Medicine",
    "Washtenaw",
    "Coos",
    "Door",
)
NBHD = (
    "Eastgate",
    "Little Saigon",
    "Old Town",
    "Riverbend",
    "Southside",
    "Pilsen",
    "Five Points",
    "Hollins Park",
)
FAC_SUFFIX = (
    "Regional Medical Center",
    "Community Hospital",
    "Memorial Hospital",
    "General Hospital",
    "Family Health Center",
    "Surgery Center",
    "Medical Center",
    "Rehabilitation Hospital",
    "Clinic",
)
US_STATES = ("IL", "WI", "MN", "OH", "MI", "TX", "CA", "NY", "PA", "GA", "NC", "WA", "AZ", "CO", "MA", "TN")

# --- helpers ----------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    total = 24  # the 80840 prefix's contribution
    for i, ch in enumerate(reversed(base)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random, last: str) -> str:
    letter = next((c for c in last.upper() if c.isalpha() and c.isascii()), "X")
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + letter + "".join(map(str, d)) + str(check)


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("KLMNPRST")  # model year letter
    total = sum((int(c) if c.isdigit() else _VIN_VAL[c]) * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _mbi(rng: random.Random, dashes: bool) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    an = alpha + string.digits
    s = (
        rng.choice("123456789")
        + rng.choice(alpha)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(alpha)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(alpha)
        + rng.choice(alpha)
        + _digits(rng, 2)
    )
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashes else s


def _phone(rng: random.Random, area: str | None = None, style: int | None = None) -> str:
    area = area or str(
        rng.choice((212, 262, 312, 414, 608, 612, 614, 715, 773, 847, 920, 952, 503, 971, 404, 919))
    )
    ex = "555"
    line = f"01{rng.randint(0, 99):02d}"
    style = rng.randrange(7) if style is None else style
    return (
        f"({area}) {ex}-{line}",
        f"{area}-{ex}-{line}",
        f"{area}.{ex}.{line}",
        f"+1 {area} {ex} {line}",
        f"({area}){ex}-{line}",
        f"1-{area}-{ex}-{line}",
        f"{area} {ex} {line}",
    )[style]


def _hl7_phone(rng: random.Random) -> str:
    return f"({rng.choice(('312', '414', '608', '715', '920', '612'))}){'555'}-01{rng.randint(0, 99):02d}"


def _ip(rng: random.Random) -> str:
    k = rng.randrange(6)
    if k == 0:
        return f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if k == 1:
        return f"192.0.2.{rng.randint(2, 254)}"
    if k == 2:
        return f"198.51.100.{rng.randint(2, 254)}"
    if k == 3:
        return f"203.0.113.{rng.randint(2, 254)}"
    if k == 4:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    return f"2001:db8:{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"


def _name(rng: random.Random) -> tuple[str, str, str]:
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    if rng.random() < 0.12:
        last = f"{last}-{rng.choice(LAST).replace(' ', '')}" if " " not in last and "-" not in last else last
    mid = rng.choice(string.ascii_uppercase) if rng.random() < 0.6 else ""
    return first, last, mid


def _full(first: str, last: str, mid: str) -> str:
    return f"{first} {mid}. {last}" if mid else f"{first} {last}"


def _lf(first: str, last: str, mid: str) -> str:
    return f"{last}, {first} {mid}." if mid else f"{last}, {first}"


def _hl7(first: str, last: str, mid: str) -> str:
    return f"{last.upper()}^{first.upper()}^{mid}" if mid else f"{last.upper()}^{first.upper()}"


def _rand_dt(rng: random.Random, start: int = 2019, end: int = 2025) -> datetime:
    base = datetime(start, 1, 1)
    span = (datetime(end, 12, 31) - base).days
    return base + timedelta(
        days=rng.randrange(span), minutes=rng.randrange(24 * 60), seconds=rng.randrange(60)
    )


def _ms(rng: random.Random) -> str:
    return f"{rng.randint(0, 999):03d}"


def _fmt_date(rng: random.Random, d: datetime) -> str:
    k = rng.randrange(6)
    return (
        d.strftime("%m/%d/%Y"),
        d.strftime("%Y-%m-%d"),
        d.strftime("%d-%b-%Y").upper(),
        f"{d.month}/{d.day}/{d.strftime('%y')}",
        d.strftime("%b %d, %Y"),
        d.strftime("%Y%m%d"),
    )[k]


def _street(rng: random.Random) -> str:
    k = rng.randrange(10)
    if k == 0:
        return f"PO Box {rng.randint(10, 9999)}"
    if k == 1:
        return f"{rng.randint(100, 9999)} County Road {rng.randint(2, 99)}"
    if k == 2:
        return f"{rng.randint(100, 2999)} N {rng.randint(1, 40) * 100} W"
    return f"{rng.randint(1, 19999)} {rng.choice(('', '', '', 'N ', 'S ', 'E ', 'W ', 'NE '))}{rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(("Apt ", "Apt. ", "Unit ", "#", "Ste ", "Lot ", "Rm ")) + rng.choice(
        (str(rng.randint(1, 40)), f"{rng.randint(1, 9)}{rng.choice('ABCDEF')}", str(rng.randint(100, 2400)))
    )


def _zip(rng: random.Random) -> str:
    return f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"


def _person(rng: random.Random, p: str, out: dict[str, Value]) -> tuple[str, str, str]:
    first, last, mid = _name(rng)
    N = PhiType.NAME
    out[f"{p}_first"] = (N, first)
    out[f"{p}_last"] = (N, last)
    out[f"{p}_FIRST"] = (N, first.upper())
    out[f"{p}_LAST"] = (N, last.upper())
    out[f"{p}_full"] = (N, _full(first, last, mid))
    out[f"{p}_lf"] = (N, _lf(first, last, mid))
    out[f"{p}_LF"] = (N, f"{last.upper()}, {first.upper()}" + (f" {mid}" if mid else ""))
    out[f"{p}_hl7"] = (N, _hl7(first, last, mid))
    out[f"{p}_sqllast"] = (N, last.replace("'", "''"))
    out[f"{p}_fl"] = (N, f"{first[0]}. {last}")
    return first, last, mid


# --- identifiers ------------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented person and context: every value typed, so each placement becomes a gold span."""
    P = PhiType
    out: dict[str, Value] = {}
    first, last, mid = _person(rng, "pt", out)
    out["pt_nick"] = (P.NAME, NICK.get(first, first))
    alias_last = rng.choice(LAST)
    out["pt_alias_last"] = (P.NAME, alias_last)
    out["pt_alias_hl7"] = (P.NAME, _hl7(first, alias_last, mid))
    out["pt_mother_maiden"] = (P.NAME, rng.choice(LAST).upper())
    for p in ("rel", "d1", "d2", "rn", "u2"):
        _person(rng, p, out)
    for p in ("d1", "d2", "rn"):
        out[f"{p}_npi"] = (P.LICENSE, _luhn_npi(rng))
    out["d1_dea"] = (P.LICENSE, _dea(rng, out["d1_last"][1]))
    out["d2_dea"] = (P.LICENSE, _dea(rng, out["d2_last"][1]))
    st = rng.choice(US_STATES)
    out["d1_lic"] = (
        P.LICENSE,
        rng.choice(
            (
                f"{st}-{_digits(rng, 6)}",
                f"MD{_digits(rng, 7)}",
                f"0{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"{_digits(rng, 6)}",
            )
        ),
    )
    out["rn_lic"] = (
        P.LICENSE,
        rng.choice((f"RN{_digits(rng, 7)}", f"R{_digits(rng, 6)}", f"{st}RN-{_digits(rng, 5)}")),
    )
    out["dl_no"] = (
        P.LICENSE,
        rng.choice(
            (
                f"{last[0].upper() if last[0].isascii() else 'K'}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 9)}",
                f"S{_digits(rng, 8)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 6)}",
            )
        ),
    )
    for p in ("rn", "u2"):
        out[f"{p}_emp"] = (
            P.OTHER_ID,
            rng.choice(
                (f"E{_digits(rng, 6)}", f"EMP-{_digits(rng, 5)}", _digits(rng, 6), f"U{_digits(rng, 5)}")
            ),
        )

    # dates
    ev = _rand_dt(rng)
    age = rng.randint(1, 89)
    dob = datetime(ev.year - age, rng.randint(1, 12), rng.randint(1, 28))
    oage = rng.randint(90, 104)
    odob = datetime(ev.year - oage, rng.randint(1, 12), rng.randint(1, 28))
    D = P.DATE
    for key, d in (("dob", dob), ("odob", odob)):
        out[f"{key}_hl7"] = (D, d.strftime("%Y%m%d"))
        out[f"{key}_iso"] = (D, d.strftime("%Y-%m-%d"))
        out[f"{key}_us"] = (D, d.strftime("%m/%d/%Y"))
        out[f"{key}_any"] = (D, _fmt_date(rng, d))
    out["age90"] = (P.AGE, str(oage))
    out["age90_words"] = (
        P.AGE,
        rng.choice(
            ("ninety", "ninety-one", "ninety-two", "ninety-four", "ninety-six", "ninety-eight", "one hundred")
        ),
    )
    tz = rng.choice(("-0500", "-0600", "-0400", "+0000", "-0700"))
    events = {
        "adm": ev,
        "dis": ev + timedelta(days=rng.randint(1, 9), hours=rng.randint(1, 8), minutes=rng.randint(0, 59)),
        "appt": ev + timedelta(days=rng.randint(7, 60), hours=rng.randint(0, 5)),
        "coll": ev + timedelta(hours=rng.randint(1, 20), minutes=rng.randint(0, 59)),
        "prev": ev - timedelta(days=rng.randint(30, 700)),
        "svc2": ev + timedelta(days=rng.randint(1, 4)),
        "pay": ev + timedelta(days=rng.randint(14, 75)),
        "auth_to": ev + timedelta(days=rng.randint(30, 180)),
    }
    events["res"] = events["coll"] + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(1, 59))
    for key, d in events.items():
        out[f"{key}_hl7"] = (D, d.strftime("%Y%m%d%H%M"))
        out[f"{key}_hl7s"] = (D, d.strftime("%Y%m%d%H%M%S") + (tz if rng.random() < 0.4 else ""))
        out[f"{key}_d"] = (D, d.strftime("%Y%m%d"))
        out[f"{key}_iso"] = (D, d.strftime("%Y-%m-%d"))
        out[f"{key}_isot"] = (
            D,
            d.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(("", "Z", f"{tz[:3]}:{tz[3:]}")),
        )
        out[f"{key}_us"] = (D, d.strftime("%m/%d/%Y"))
        out[f"{key}_ust"] = (D, d.strftime("%m/%d/%Y %H:%M"))
        out[f"{key}_any"] = (D, _fmt_date(rng, d))
    # log / processing timestamps, increasing
    t = events["res"] + timedelta(minutes=rng.randint(0, 3))
    for i in range(1, 9):
        t = t + timedelta(seconds=rng.randint(0, 40), milliseconds=rng.randint(1, 900))
        ms = f"{t.microsecond // 1000:03d}"
        out[f"ts{i}"] = (D, t.strftime("%Y-%m-%dT%H:%M:%S.") + ms + "Z")
        out[f"lt{i}"] = (D, t.strftime("%Y-%m-%d %H:%M:%S,") + ms)
        out[f"st{i}"] = (D, t.strftime("%Y-%m-%d %H:%M:%S.") + ms)
        out[f"ht{i}"] = (D, t.strftime("%Y%m%d%H%M%S"))
        out[f"ng{i}"] = (D, t.strftime("%d/%b/%Y:%H:%M:%S ") + tz)
        out[f"sl{i}"] = (
            D,
            t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1)
            if t.day < 10
            else t.strftime("%b %d %H:%M:%S"),
        )

    out["isa_d"] = (D, t.strftime("%y%m%d"))
    out["gs_d"] = (D, t.strftime("%Y%m%d"))

    # places
    L = P.LOCATION
    out["street"] = (L, _street(rng))
    out["STREET"] = (L, out["street"][1].upper())
    out["unit"] = (L, _unit(rng))
    out["UNIT"] = (L, out["unit"][1].upper())
    city = rng.choice(CITIES)
    out["city"] = (L, city)
    out["CITY"] = (L, city.upper())
    out["county"] = (L, rng.choice(COUNTY_WORDS))
    out["county_full"] = (L, out["county"][1] + " County")
    out["nbhd"] = (L, rng.choice(NBHD))
    z = _zip(rng)
    out["zip"] = (L, z)
    out["zip4"] = (L, f"{z}-{_digits(rng, 4)}")
    out["rel_street"] = (L, _street(rng))
    out["rel_city"] = (L, rng.choice(CITIES))
    out["rel_zip"] = (L, _zip(rng))
    out["fac_town"] = (L, f"{rng.choice(CITIES)} {rng.choice(FAC_SUFFIX)}")
    out["FAC_TOWN"] = (L, out["fac_town"][1].upper())
    out["d1_street"] = (L, _street(rng))
    out["d1_city"] = (L, rng.choice(CITIES))
    out["d1_zip"] = (L, _zip(rng))

    # contact
    out["pt_phone"] = (P.PHONE, _phone(rng))
    out["pt_cell"] = (P.PHONE, _phone(rng))
    out["pt_phone_hl7"] = (P.PHONE, _hl7_phone(rng))
    area = rng.choice(("312", "608", "715", "920", "763", "651"))
    out["pt_phone_digits"] = (P.PHONE, f"{area}55501{rng.randint(0, 99):02d}")
    out["pt_phone_e164"] = (P.PHONE, f"+1{out['pt_phone_digits'][1]}")
    out["rel_phone"] = (P.PHONE, _phone(rng))
    out["rel_phone_hl7"] = (P.PHONE, _hl7_phone(rng))
    out["d1_phone"] = (P.PHONE, _phone(rng))
    out["d1_phone_digits"] = (P.PHONE, f"{area}55501{rng.randint(0, 99):02d}")
    out["d1_fax"] = (P.FAX, _phone(rng))
    out["d1_fax_hl7"] = (P.FAX, _hl7_phone(rng))
    fax = f"{rng.choice(('312', '414', '608', '847'))}55501{rng.randint(0, 99):02d}"
    out["d1_fax_digits"] = (P.FAX, fax)
    out["d1_fax_e164"] = (P.FAX, f"+1{fax}")
    out["pt_fax"] = (P.FAX, _phone(rng))
    dom = rng.choice(("example.com", "example.org", "mail.test", "example.com", "patients.test"))
    handle = rng.choice(
        (
            f"{first.lower()}.{last.lower()}",
            f"{first[0].lower()}{last.lower()}{rng.randint(1, 99)}",
            f"{last.lower()}_{first.lower()}",
            f"{first.lower()}{rng.randint(1950, 2005)}",
        )
    )
    handle = "".join(c for c in handle if c.isascii() and (c.isalnum() or c in "._"))
    out["pt_email"] = (P.EMAIL, f"{handle}@{dom}")
    out["PT_EMAIL"] = (P.EMAIL, f"{handle}@{dom}".upper())
    d1 = "".join(c for c in out["d1_first"][1][0] + out["d1_last"][1] if c.isascii() and c.isalnum()).lower()
    out["d1_email"] = (
        P.EMAIL,
        f"{d1}@{rng.choice(('northgate.example.org', 'clinic.example.com', 'lakeside.test'))}",
    )
    rl = "".join(
        c for c in out["rel_first"][1] + "." + out["rel_last"][1] if c.isascii() and (c.isalnum() or c == ".")
    ).lower()
    out["rel_email"] = (P.EMAIL, f"{rl}@example.com")

    # numbers
    ssn = f"{rng.randint(101, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    out["ssn"] = (P.SSN, f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}")
    out["ssn_digits"] = (P.SSN, ssn)
    out["ssn_sp"] = (P.SSN, f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}")
    out["mrn"] = (
        P.MRN,
        rng.choice(
            (
                _digits(rng, 8),
                f"00{_digits(rng, 6)}",
                f"E{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                f"M{_digits(rng, 9)}",
            )
        ),
    )
    out["mrn_old"] = (P.MRN, _digits(rng, rng.choice((7, 8, 9))))
    out["empi"] = (
        P.MRN,
        rng.choice((f"EMPI{_digits(rng, 9)}", f"100{_digits(rng, 7)}", f"Z{_digits(rng, 8)}")),
    )
    out["member_id"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 9)}{rng.choice(('01', '02', '00'))}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 7)}-{rng.randint(1, 4):02d}",
                f"ZGP{_digits(rng, 8)}",
            )
        ),
    )
    out["mbi"] = (P.HEALTH_PLAN_ID, _mbi(rng, rng.random() < 0.4))
    out["medicaid_id"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}{rng.choice('ABCDEFGH')}",
                _digits(rng, 10),
                f"MCD-{_digits(rng, 8)}",
            )
        ),
    )
    out["group_no"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"GRP{_digits(rng, 6)}",
                _digits(rng, 6),
                f"{_alnum(rng, 4)}-{_digits(rng, 3)}",
                f"00{_digits(rng, 5)}",
            )
        ),
    )
    out["acct"] = (
        P.ACCOUNT,
        rng.choice(
            (
                _digits(rng, 10),
                f"A{_digits(rng, 9)}",
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                f"G{_digits(rng, 8)}",
            )
        ),
    )
    out["visit_no"] = (
        P.ACCOUNT,
        rng.choice(
            (
                _digits(rng, 9),
                f"V{_digits(rng, 8)}",
                f"FIN{_digits(rng, 8)}",
                f"{_digits(rng, 2)}{_digits(rng, 8)}",
            )
        ),
    )
    out["claim_no"] = (
        P.ACCOUNT,
        rng.choice(
            (
                f"{_digits(rng, 8)}{rng.choice('ABC')}{_digits(rng, 2)}",
                f"PCN{_digits(rng, 9)}",
                _digits(rng, 12),
                f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 7)}",
            )
        ),
    )
    out["payer_claim"] = (
        P.ACCOUNT,
        rng.choice(
            (
                _digits(rng, 14),
                f"{_digits(rng, 2)}{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 10)}",
                f"{_digits(rng, 11)}00",
            )
        ),
    )
    out["vin"] = (P.VEHICLE_ID, _vin(rng))
    out["plate"] = (
        P.VEHICLE_ID,
        rng.choice(
            (
                f"{rng.randint(1, 9)}{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 3)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 4)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)} {_digits(rng, 3)}",
                f"{_digits(rng, 3)} {_alnum(rng, 3, string.ascii_uppercase)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}",
            )
        ),
    )
    yy, mm, dd = rng.randint(26, 31), rng.randint(1, 12), rng.randint(1, 28)
    out["udi"] = (
        P.DEVICE_ID,
        f"(01){rng.choice(('008', '007', '048', '088'))}{_digits(rng, 11)}(17){yy}{mm:02d}{dd:02d}(10){_alnum(rng, rng.randint(5, 8))}(21){_alnum(rng, rng.randint(6, 10))}",
    )
    out["dev_sn"] = (
        P.DEVICE_ID,
        rng.choice(
            (
                f"{_digits(rng, 2)}{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}",
                f"PCU-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 4)}-{_digits(rng, 2)}-{_digits(rng, 7)}",
                f"SN{_digits(rng, 9)}",
            )
        ),
    )
    out["mon_sn"] = (
        P.DEVICE_ID,
        rng.choice(
            (
                f"US{_digits(rng, 8)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 7)}",
                f"DE{_digits(rng, 2)}{_alnum(rng, 1, string.ascii_uppercase)}{_digits(rng, 5)}",
            )
        ),
    )
    out["implant_sn"] = (
        P.DEVICE_ID,
        rng.choice(
            (
                f"PJN{_digits(rng, 6)}{_alnum(rng, 1, string.ascii_uppercase)}",
                f"RNA{_digits(rng, 6)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 6)}S",
                f"BX{_digits(rng, 7)}",
            )
        ),
    )
    fid = rng.choice(
        (
            f"e{_alnum(rng, 22, string.ascii_letters + string.digits + '-')}",
            _digits(rng, 7),
            f"pt-{_alnum(rng, 8, string.ascii_lowercase + string.digits)}",
        )
    )
    out["fhir_pid"] = (P.OTHER_ID, fid)
    host = rng.choice(
        ("fhir.northgate.example.org", "api.example.com", "ehr-fhir.example.org", "interop.lakeside.test")
    )
    out["fhir_pt_url"] = (
        P.URL,
        f"https://{host}/{rng.choice(('r4', 'fhir/R4', 'api/FHIR/R4'))}/Patient/{fid}",
    )
    out["portal_url"] = (
        P.URL,
        rng.choice(
            (
                f"https://mychart.example.org/MyChart/Messaging?msgid={_digits(rng, 8)}",
                f"https://portal.{rng.choice(('example.com', 'harmonfalls.test', 'example.org'))}/pt/{_alnum(rng, 10, string.ascii_lowercase + string.digits)}",
                f"https://results.example.com/v/{_alnum(rng, 6)}",
                f"http://telehealth.example.org/join/{_digits(rng, 9)}",
                f"https://pay.example.com/bill?acct={_digits(rng, 10)}",
            )
        ),
    )
    out["doc_url"] = (
        P.URL,
        f"https://{rng.choice(('docs', 'him', 'scan'))}.example.org/viewer/{_alnum(rng, 12, string.ascii_lowercase + string.digits)}",
    )
    out["ip_client"] = (P.IP_ADDRESS, _ip(rng))
    out["ip_ws"] = (P.IP_ADDRESS, _ip(rng))
    out["ip_dev"] = (P.IP_ADDRESS, f"10.{rng.randint(40, 90)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}")
    out["bio_fp"] = (
        P.BIOMETRIC,
        rng.choice(
            (
                f"FP-TPL-{_alnum(rng, 8, '0123456789abcdef')}",
                f"FPT{_digits(rng, 9)}",
                f"fmr-{_alnum(rng, 12, '0123456789abcdef')}",
            )
        ),
    )
    out["bio_palm"] = (
        P.BIOMETRIC,
        rng.choice(
            (f"PV-{_digits(rng, 8)}", f"PALM{_alnum(rng, 10)}", f"pvt_{_alnum(rng, 10, '0123456789abcdef')}")
        ),
    )
    out["bio_voice"] = (
        P.BIOMETRIC,
        rng.choice(
            (f"VP-{_alnum(rng, 6, '0123456789ABCDEF')}-{_digits(rng, 4)}", f"VPRINT{_digits(rng, 8)}")
        ),
    )
    out["bio_iris"] = (P.BIOMETRIC, f"IRIS-{_alnum(rng, 10, '0123456789ABCDEF')}")
    out["photo_file"] = (
        P.PHOTO,
        rng.choice(
            (
                f"pt_{_digits(rng, 7)}_face.jpg",
                f"IMG{_digits(rng, 6)}.JPG",
                f"photo/{_digits(rng, 2)}/{_digits(rng, 7)}_front.png",
                f"{_alnum(rng, 8, string.ascii_lowercase + string.digits)}_portrait.jpeg",
            )
        ),
    )
    out["photo_id"] = (
        P.PHOTO,
        rng.choice((f"PHOTO-{_digits(rng, 7)}", f"FACE{_digits(rng, 8)}", f"PH{_digits(rng, 6)}-A")),
    )
    out["accession"] = (
        P.OTHER_ID,
        rng.choice(
            (
                f"{ev.strftime('%y')}-{rng.choice(('CH', 'HM', 'MB', 'SP', 'CY'))}-{_digits(rng, 6)}",
                f"M{ev.strftime('%y')}-{_digits(rng, 6)}",
                f"S-{ev.strftime('%y')}-{_digits(rng, 5)}",
                f"A{_digits(rng, 9)}",
            )
        ),
    )
    out["specimen"] = (
        P.OTHER_ID,
        rng.choice((_digits(rng, 10), f"SP{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}")),
    )
    out["placer_no"] = (
        P.OTHER_ID,
        rng.choice((f"ORD{_digits(rng, 7)}", f"{_digits(rng, 9)}", f"PO-{_digits(rng, 6)}")),
    )
    out["filler_no"] = (
        P.OTHER_ID,
        rng.choice((f"LAB{_digits(rng, 8)}", f"F{_digits(rng, 7)}", f"{_digits(rng, 6)}-{_digits(rng, 2)}")),
    )
    out["rx_no"] = (
        P.OTHER_ID,
        rng.choice(
            (
                _digits(rng, 7),
                f"RX{_digits(rng, 7)}",
                f"{_digits(rng, 7)}-{_digits(rng, 2)}",
                _digits(rng, 11),
            )
        ),
    )
    out["auth_no"] = (
        P.OTHER_ID,
        rng.choice(
            (
                f"PA{_digits(rng, 9)}",
                f"UM-{_digits(rng, 8)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 7)}",
                f"AUTH{_digits(rng, 6)}",
            )
        ),
    )
    out["study_id"] = (
        P.OTHER_ID,
        rng.choice(
            (
                f"{rng.choice(('ONC', 'CV', 'NEU'))}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"SUBJ-{_digits(rng, 5)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}",
            )
        ),
    )
    out["case_no"] = (
        P.OTHER_ID,
        rng.choice(
            (
                f"TR{ev.strftime('%y')}{_digits(rng, 5)}",
                f"INC-{_digits(rng, 7)}",
                f"CASE{_digits(rng, 6)}",
                f"PD-{_digits(rng, 2)}-{_digits(rng, 6)}",
            )
        ),
    )
    out["inmate_no"] = (P.OTHER_ID, f"DOC{_digits(rng, 6)}")
    out["badge_no"] = (P.OTHER_ID, f"B{_digits(rng, 5)}")
    return out


# --- look-alikes ------------------------------------------------------------------------------------

ICD = (
    ("E11.65", "Type 2 diabetes mellitus with hyperglycemia"),
    ("I10", "Essential (primary) hypertension"),
    ("J44.1", "COPD with (acute) exacerbation"),
    ("N17.9", "Acute kidney failure, unspecified"),
    ("E05.00", "Graves' disease without thyrotoxic crisis"),
    ("G20.A1", "Parkinson's disease without dyskinesia"),
    ("I48.91", "Unspecified atrial fibrillation"),
    ("Z23", "Encounter for immunization"),
    ("S52.501A", "Fracture of lower end of right radius, initial"),
    ("M17.11", "Unilateral primary osteoarthritis, right knee"),
    ("K35.80", "Unspecified acute appendicitis"),
    ("F32.1", "Major depressive disorder, single episode, moderate"),
    ("Z00.00", "Encounter for general adult medical exam"),
    ("R07.9", "Chest pain, unspecified"),
    ("G35", "Multiple sclerosis"),
    ("E03.9", "Hypothyroidism, unspecified"),
    ("D50.9", "Iron deficiency anemia"),
)
CPT = (
    ("99213", "Office visit est, low MDM"),
    ("99214", "Office visit est, moderate MDM"),
    ("80053", "Comprehensive metabolic panel"),
    ("85025", "CBC w/ auto diff"),
    ("93000", "ECG 12-lead w/ interp"),
    ("71046", "Chest x-ray 2 views"),
    ("36415", "Routine venipuncture"),
    ("90471", "Immunization admin, first"),
    ("83036", "Hemoglobin A1c"),
    ("27447", "Total knee arthroplasty"),
    ("99284", "ED visit, moderate MDM"),
    ("J1885", "Ketorolac 15 mg inj"),
    ("G0439", "Annual wellness visit, subsequent"),
    ("97110", "Therapeutic exercise, 15 min"),
    ("84443", "TSH"),
)
LOINC = (
    ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "70-99", (60, 240)),
    ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "12.0-16.0", (8, 17)),
    ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "0.57-1.00", (0.4, 3.2)),
    ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "3.5-5.1", (2.9, 6.1)),
    ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "4.0-5.6", (4.8, 12.4)),
    ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", "4.0-11.0", (2.1, 19.5)),
    ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", "150-400", (60, 520)),
    ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "mIU/L", "0.45-4.50", (0.05, 14)),
    ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "136-145", (125, 150)),
    (
        "1920-8",
        "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
        "U/L",
        "10-40",
        (8, 220),
    ),
)
SNOMED = (
    ("44054006", "Diabetes mellitus type 2"),
    ("38341003", "Hypertensive disorder"),
    ("195967001", "Asthma"),
    ("49436004", "Atrial fibrillation"),
    ("353295004", "Graves disease"),
    ("49049000", "Parkinson's disease"),
    ("22298006", "Myocardial infarction"),
    ("73211009", "Diabetes mellitus"),
    ("386661006", "Fever"),
)
NDC = (
    ("0002-8215-01", "Humalog KwikPen 100 unit/mL"),
    ("0078-0357-15", "Diovan 160 mg tab"),
    ("00093-7146-56", "atorvastatin 40 mg tab"),
    ("0173-0682-20", "Advair Diskus 250/50"),
    ("50090-3240-0", "metformin ER 500 mg tab"),
    ("0006-0277-31", "Januvia 100 mg tab"),
    ("63323-0262-01", "heparin 5,000 units/mL"),
    ("0409-4888-01", "ondansetron 4 mg/2 mL"),
    ("59762-3304-1", "amoxicillin 500 mg cap"),
    ("0074-4339-02", "Synthroid 75 mcg tab"),
)
DOSES = (
    "metformin 500 mg PO BID",
    "lisinopril 10 mg PO daily",
    "apixaban 5 mg PO BID",
    "insulin glargine 22 units SC qHS",
    "ondansetron 4 mg IV q6h PRN",
    "vancomycin 1,250 mg IV q12h",
    "heparin 18 units/kg/h",
    "furosemide 40 mg IV x1",
    "levothyroxine 88 mcg PO daily",
    "acetaminophen 650 mg PO q6h PRN",
    "carbidopa-levodopa 25/100 1 tab TID",
    "norepinephrine 0.08 mcg/kg/min",
    "propofol 30 mcg/kg/min",
    "potassium chloride 20 mEq PO x2",
)
BRANDS = (
    "Lipitor",
    "Eliquis",
    "Xarelto",
    "Ozempic",
    "Jardiance",
    "Keytruda",
    "Humira",
    "Synthroid",
    "Lasix",
    "Zofran",
    "Alaris 8015",
    "Sigma Spectrum IQ",
    "Medtronic MiniMed 780G",
    "Dexcom G7",
    "Philips IntelliVue MX450",
    "Omnicell XT",
    "Pyxis MedStation ES",
    "BD Veritor",
    "cobas 8000",
    "Sysmex XN-1000",
    "Zebra ZD621",
    "Zebra ZT411",
)
CVX = (
    ("208", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", "PFR^Pfizer"),
    ("141", "Influenza, seasonal, injectable", "SKB^GlaxoSmithKline"),
    ("115", "Tdap", "PMC^sanofi pasteur"),
    ("133", "Pneumococcal conjugate PCV 13", "PFR^Pfizer"),
    ("187", "Zoster recombinant", "SKB^GlaxoSmithKline"),
    ("08", "Hep B, adolescent or pediatric", "MSD^Merck"),
    ("21", "Varicella", "MSD^Merck"),
    ("03", "MMR", "MSD^Merck"),
    ("300", "RSV, mAb, nirsevimab-alip, 0.5 mL", "SNF^Sanofi"),
)
ORGS = (
    "Northgate Health Partners",
    "Meridian Reference Laboratory",
    "BluePeak Health Plan",
    "Lakeside Physicians Group",
    "Summit Imaging Associates",
    "Keystone Care Network",
    "Evergreen Home Infusion",
    "Cardinal Mutual Health",
    "Prairie Valley Pharmacy Services",
    "Tri-County Behavioral Health",
    "Unity Orthopedic Partners",
    "Aurora Dialysis Services",
)
PAYERS = (
    ("BLUEPEAK HEALTH PLAN", "60054"),
    ("CARDINAL MUTUAL", "87726"),
    ("MEDICARE PART B", "00952"),
    ("STATE MEDICAID", "SKWI0"),
    ("UNITY COMMERCIAL PPO", "39026"),
    ("KEYSTONE ADVANTAGE", "25133"),
)
HOSTS = (
    "ie-prod-02.hosp.internal",
    "mirth-prd-01",
    "cloverleaf-a.int",
    "rhapsody-ha2.corp.local",
    "lab-li-03",
    "edi-gw01.dmz.local",
    "fhir-api-07.k8s.local",
    "pacs-rtr-2",
    "printsrv-4w.int",
    "dwh-etl-01.corp.local",
    "faxsvr-02.int",
    "medmw-01.biomed.local",
    "audit-collector-1.int",
)
CHANNELS = (
    "ADT_IN_EPIC",
    "LAB_OUT_SUNQ",
    "ORM_TO_PACS",
    "SIU_FROM_CADENCE",
    "MDM_TO_HIM",
    "VXU_TO_STATE_IIS",
    "DFT_TO_PB",
    "RX_NCPDP_SWITCH",
    "X12_837P_OUT",
    "ERA_835_IN",
    "ELIG_270_RT",
    "FHIR_BULK_EXPORT",
)
ROLES = (
    "the attending",
    "charge RN",
    "covering hospitalist",
    "HIM analyst",
    "interface analyst",
    "unit secretary",
    "on-call resident",
    "pharmacist",
    "registrar",
    "coder",
    "phlebotomist",
    "biomed tech",
)
EPONYMS = (
    "Graves' disease",
    "Parkinson disease",
    "Hashimoto thyroiditis",
    "Crohn's disease",
    "Alzheimer dementia",
    "Bell's palsy",
    "Cushing syndrome",
    "Addison disease",
    "Barrett esophagus",
    "Guillain-Barre syndrome",
)
ERRORS = (
    ("AE", "207", "Application internal error"),
    ("AR", "101", "Required field missing: PID-8"),
    ("AE", "102", "Data type error: PV1-44 invalid TS"),
    ("AR", "103", "Table value not found: PV1-2 'Z'"),
    ("AE", "204", "Unknown key identifier"),
    ("AR", "200", "Unsupported message type: ADT^A60"),
    ("AE", "206", "Application record locked, retry 3 of 5"),
)


def _uuid(rng: random.Random) -> str:
    h = "0123456789abcdef"
    return "-".join(_alnum(rng, n, h) for n in (8, 4, 4, 4, 12))


def _time(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}.{_ms(rng)}"


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Machine and clinical text that is not PHI: control numbers, hosts, OIDs, codes, doses, amounts."""
    out: dict[str, str] = {}
    out["ctrl"] = rng.choice(
        (
            f"MSG{_digits(rng, 8)}",
            f"Q{_digits(rng, 9)}T{_digits(rng, 4)}",
            _alnum(rng, 20, "0123456789ABCDEF"),
            f"{_digits(rng, 6)}.{_digits(rng, 3)}",
        )
    )
    out["ctrl2"] = f"ACK{_digits(rng, 8)}"
    for i in range(1, 6):
        out[f"uuid{i}"] = _uuid(rng)
    out["corr"] = f"corr-{_alnum(rng, 16, '0123456789abcdef')}"
    out["trace"] = _alnum(rng, 32, "0123456789abcdef")
    out["batch"] = f"B{_digits(rng, 6)}"
    out["job"] = f"job-{_digits(rng, 5)}"
    out["isa_ctrl"] = _digits(rng, 9)
    out["gs_ctrl"] = str(rng.randint(1, 99999))
    out["st_ctrl"] = f"{rng.randint(1, 9999):04d}"
    out["trn"] = _digits(rng, 10)
    out["check_no"] = rng.choice((f"EFT{_digits(rng, 9)}", _digits(rng, 8)))
    out["hl7v"] = rng.choice(("2.3", "2.3.1", "2.4", "2.5", "2.5.1", "2.6"))
    out["engine"] = rng.choice(
        (
            "Rhapsody 6.5.2",
            "Mirth Connect 4.4.2",
            "Cloverleaf 20.1",
            "Corepoint 8.1",
            "Iguana 6.1.5",
            "InterSystems HealthShare 2023.1",
        )
    )
    out["host"] = rng.choice(HOSTS)
    out["host2"] = rng.choice(HOSTS)
    out["port"] = str(rng.choice((6661, 6662, 2575, 5000, 8443, 9443, 7001, 10100, 5432, 1433)))
    out["port2"] = str(rng.choice((443, 8080, 6663, 2576, 9100)))
    out["oid"] = f"2.16.840.1.113883.3.{rng.randint(100, 9999)}"
    out["oid2"] = (
        f"1.2.840.114350.1.13.{rng.randint(100, 999)}.2.7.{rng.randint(2, 9)}.{rng.randint(100000, 999999)}"
    )
    out["seg"] = str(rng.randint(4, 48))
    out["bytes"] = f"{rng.randint(180, 98000):,}" if rng.random() < 0.3 else str(rng.randint(180, 98000))
    out["rate"] = f"{rng.uniform(0.4, 380):.1f}"
    out["lat"] = str(rng.randint(3, 2400))
    out["dur"] = str(rng.randint(12, 90000))
    out["qdepth"] = str(rng.randint(0, 4000))
    out["retry"] = str(rng.randint(1, 5))
    for i in range(1, 5):
        out[f"t{i}"] = _time(rng)
    out["hhmm"] = f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"
    out["year"] = str(rng.randint(2015, 2026))
    ack, ecode, etext = rng.choice(ERRORS)
    out["ack"], out["ecode"], out["etext"] = ack, ecode, etext
    out["http"] = str(rng.choice((200, 200, 201, 204, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503)))
    out["engine_err"] = rng.choice(
        (
            "ERR-CX1-5",
            "E_TIMEOUT",
            "SQLSTATE 23505",
            "javax.net.ssl.SSLHandshakeException",
            "ORA-00001",
            "ECONNRESET",
            "HTTP 503",
            "MLLP_NAK",
        )
    )
    for i, (c, d) in enumerate(rng.sample(ICD, 3), 1):
        out[f"icd{i}"], out[f"icd{i}_desc"], out[f"icd{i}x"] = c, d, c.replace(".", "")
    for i, (c, d) in enumerate(rng.sample(CPT, 3), 1):
        out[f"cpt{i}"], out[f"cpt{i}_desc"] = c, d
    for i, (c, d, u, r, (lo, hi)) in enumerate(rng.sample(LOINC, 3), 1):
        v = rng.uniform(lo, hi)
        val = f"{v:.1f}" if hi < 30 else str(int(v))
        rlo, rhi = (float(x) for x in r.split("-"))
        flag = "H" if v > rhi else ("L" if v < rlo else "N")
        out[f"loinc{i}"], out[f"loinc{i}_name"], out[f"loinc{i}_unit"], out[f"loinc{i}_range"] = c, d, u, r
        out[f"loinc{i}_val"], out[f"loinc{i}_flag"] = val, flag
    s = rng.choice(SNOMED)
    out["snomed"], out["snomed_desc"] = s
    n1, n2 = rng.sample(NDC, 2)
    out["ndc"], out["ndc_desc"] = n1
    out["ndc2"], out["ndc2_desc"] = n2
    out["ndc11"] = n1[0].replace("-", "").rjust(11, "0")
    out["qty"] = str(rng.choice((30, 60, 90, 28, 14, 1, 120)))
    out["days"] = str(rng.choice((30, 90, 7, 10, 28)))
    out["dose"] = rng.choice(DOSES)
    out["dose2"] = rng.choice(DOSES)
    out["brand"] = rng.choice(BRANDS)
    out["brand2"] = rng.choice(BRANDS)
    cvx = rng.choice(CVX)
    out["cvx"], out["cvx_desc"], out["mvx"] = cvx
    out["vax_lot"] = rng.choice(
        (
            f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 4)}",
            f"{_digits(rng, 3)}{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 1)}",
            f"U{_digits(rng, 4)}AA",
        )
    )
    out["stock_lot"] = f"LOT {rng.choice(('24', '25', '26'))}{_alnum(rng, 4)}"
    out["hcpcs"] = rng.choice(("J3490", "A0425", "E0601", "J1100", "G0008", "Q4161", "L1833", "A4253"))
    out["rev"] = rng.choice(("0300", "0301", "0250", "0450", "0636", "0730", "0120", "0360", "0510"))
    out["rev2"] = rng.choice(("0305", "0272", "0320", "0762", "0981"))
    out["drg"] = rng.choice(("470", "871", "291", "193", "392", "683", "065", "247"))
    out["mod"] = rng.choice(("25", "59", "LT", "RT", "GT", "95", "XU", "26"))
    out["pos"] = rng.choice(("11", "21", "22", "23", "02", "10", "19"))
    out["bp"] = f"{rng.randint(92, 182)}/{rng.randint(52, 104)}"
    out["hr"] = str(rng.randint(48, 132))
    out["rr"] = str(rng.randint(10, 28))
    out["spo2"] = str(rng.randint(86, 100))
    out["temp"] = f"{rng.uniform(36.1, 39.4):.1f}"
    out["wt"] = f"{rng.uniform(3.1, 140):.1f}"
    out["score"] = rng.choice(
        (
            "PHQ-9 12",
            "GCS 14",
            "NIHSS 3",
            "Braden 16",
            "Morse 45",
            "CHA2DS2-VASc 4",
            "APGAR 8/9",
            "CIWA-Ar 9",
            "MELD 18",
        )
    )
    out["age_young"] = str(rng.randint(1, 89))
    out["age_young2"] = str(rng.randint(18, 89))
    out["room"] = rng.choice(
        (
            f"{rng.randint(2, 9)}W-{rng.randint(401, 460)}",
            f"ICU-{rng.randint(1, 24):02d}",
            f"{rng.randint(100, 999)}",
            f"ED-{rng.randint(1, 40)}",
        )
    )
    out["bed"] = rng.choice("ABCD12")
    out["ward"] = rng.choice(
        ("MICU", "4W", "5N MED/SURG", "L&D", "NICU", "ED", "PACU", "CVICU", "ONC INF", "6S TELE")
    )
    out["money"] = f"{rng.randint(40, 48000)}.{rng.randint(0, 99):02d}"
    out["money2"] = f"{rng.randint(5, 9000)}.{rng.choice(('00', '50', '25', '12'))}"
    out["money3"] = f"{rng.randint(0, 400)}.{rng.randint(0, 99):02d}"
    out["policy"] = rng.choice(
        ("IT-SEC-114", "HIM-POL-0212", "PHARM-07.3", "LAB-QA-031", "PRIV-009", "RC-PROC-88")
    )
    out["policy_rev"] = f"rev {rng.randint(2, 12)}"
    out["form"] = rng.choice(
        ("UB-04", "CMS-1500", "Form HIM-112 v3.2", "NCPDP D.0", "X12 005010X222A1", "ABN CMS-R-131")
    )
    out["org"] = rng.choice(ORGS)
    out["org2"] = rng.choice(ORGS)
    p, pid = rng.choice(PAYERS)
    out["payer"], out["payer_id"] = p, pid
    out["org_npi"] = _luhn_npi(rng)
    out["org_tin"] = f"{rng.randint(10, 98)}-{_digits(rng, 7)}"
    out["org_tin9"] = _digits(rng, 9)
    out["clia"] = f"{rng.randint(10, 52)}D{_digits(rng, 7)}"
    out["ncpdp_id"] = _digits(rng, 7)
    out["bin"] = _digits(rng, 6)
    out["pcn"] = rng.choice(("ADV", "MEDDADV", "9999", "A4", "RXPCN01"))
    out["role"] = rng.choice(ROLES)
    out["eponym"] = rng.choice(EPONYMS)
    out["state"] = rng.choice(US_STATES)
    out["channel"] = rng.choice(CHANNELS)
    out["channel2"] = rng.choice(CHANNELS)
    out["count"] = str(rng.randint(2, 250000))
    out["count2"] = str(rng.randint(0, 999))
    out["pct"] = f"{rng.uniform(0, 100):.2f}"
    out["ver"] = f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 40)}"
    out["printer"] = rng.choice(("ZBR-4W-01", "LBL-ED-TRIAGE", "ZT411-LAB-02", "WB-PRT-L&D", "PHARM-ZD621-3"))
    out["dpi"] = rng.choice(("203", "300", "600"))
    out["ward_phone"] = f"x{rng.randint(2000, 7999)}"
    out["pump_model"] = rng.choice(("Alaris 8015 PCU", "Sigma Spectrum IQ", "B. Braun Space", "Plum 360"))
    out["drug_lib"] = f"DL-{rng.choice(('ADULT', 'PEDS', 'NICU', 'ONC'))}-v{rng.randint(10, 64)}"
    out["rows"] = str(rng.randint(1, 500000))
    out["rows2"] = str(rng.randint(0, 5000))
    out["sample_n"] = str(rng.choice((50, 100, 200, 250, 400)))
    out["ocr"] = rng.choice(("0.91", "0.87", "0.74", "0.99", "0.62"))
    return {k: (None, v) for k, v in out.items()}
