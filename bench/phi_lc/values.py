"""Set C's values: one invented identity per note (``identifiers``) and emergency-care filler that is
not PHI (``lookalikes``). Everything is drawn from the ``rng`` passed in, never from ``random``."""

from __future__ import annotations

import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

P = PhiType

FIRST = [
    "Adaeze",
    "Mateo",
    "Siobhan",
    "Thanh",
    "Priya",
    "Oluwaseun",
    "Ingrid",
    "Jae-won",
    "Fatima",
    "Dmitri",
    "Keanu",
    "Aroha",
    "Lucía",
    "José",
    "Zoë",
    "Łukasz",
    "Mei-Ling",
    "Anahí",
    "Tariq",
    "Nadia",
    "Bongani",
    "Ximena",
    "Rafael",
    "Hollis",
    "Wendell",
    "Marisol",
    "Kwame",
    "Yusuf",
    "Saoirse",
    "Ravi",
    "Hyun-woo",
    "Esperanza",
    "Ottilie",
    "Delroy",
    "Imani",
    "Teodoro",
    "Bao",
    "Liesel",
    "Amara",
    "Cormac",
    "Dorothea",
    "Hope",
    "Faith",
    "Summer",
    "River",
    "Hunter",
    "Sky",
    "Austin",
    "Dallas",
    "Florence",
    "Georgia",
    "Savannah",
    "Chester",
    "Lincoln",
    "Brooklyn",
    "Paris",
    "Jordan",
    "Rose",
    "Will",
    "Mark",
    "Grant",
    "Joy",
    "Dawn",
    "Ivy",
    "Page",
    "Sterling",
    "Destiny",
    "Precious",
    "Marquis",
    "Shaniqua",
    "Tupac",
    "Ezekiel",
    "Agnieszka",
    "Guadalupe",
    "Maeve",
    "Anh",
    "Kalani",
    "Noor",
    "Sven",
    "Ifeoma",
    "Mercedes",
    "Ulises",
]
NICK = ["Bud", "Peggy", "Chuck", "Tito", "Mickey", "Sunny", "Beto", "Lulu", "Red", "Junior", "Dot", "Nacho"]
LAST = [
    "Okafor",
    "Nakamura",
    "O'Brien",
    "D'Angelo",
    "de la Cruz",
    "van der Berg",
    "Van Houten",
    "McAllister",
    "MacLeod",
    "St. Clair",
    "Nguyen",
    "Tran",
    "Abernathy-Lowe",
    "García-Márquez",
    "Al-Hashimi",
    "Kowalczyk",
    "Papadopoulos",
    "Fitzgerald",
    "Haddad",
    "Ivanova",
    "Oyelaran",
    "Mbeki",
    "Chavez",
    "Begay",
    "Yazzie",
    "Tsosie",
    "Kealoha",
    "Sánchez",
    "Rivera",
    "Moss",
    "Frost",
    "Bishop",
    "Young",
    "Hunter",
    "Fox",
    "Price",
    "Cook",
    "Banks",
    "Street",
    "Winter",
    "Hill",
    "Brooks",
    "Church",
    "Love",
    "Bell",
    "King",
    "Marsh",
    "Chester",
    "Lincoln",
    "Washington",
    "Houston",
    "Orlando",
    "Cleveland",
    "Florence",
    "Stone",
    "Park",
    "Lee",
    "Kim",
    "Singh",
    "Kaur",
    "Patel",
    "Ramírez-Ortiz",
    "Le",
    "Ng",
    "O'Sullivan",
    "dela Rosa",
    "du Plessis",
    "von Ahn",
    "Abu-Jaber",
    "Schmidt-Ross",
    "Dos Santos",
    "Mazur",
    "Eze",
    "Achterberg",
    "Whitehorse",
    "Lindqvist",
    "Boateng",
    "Szabo",
    "Quispe",
    "Mahlangu",
    "Castellanos",
    "Dubois",
    "Rosenthal",
    "Yamamoto",
    "Petrov",
    "Gallagher",
    "Kapoor",
    "Cho",
    "Ferreira",
    "Baptiste",
    "Ali",
]
TOWNS = [
    "Maplewood",
    "Harlow",
    "Brackenridge",
    "East Corliss",
    "Fernvale",
    "Port Alder",
    "Quarry Hill",
    "New Bremen",
    "Ashby",
    "Wolcott Falls",
    "Glenmoor",
    "Dunmore",
    "Little Ferry",
    "Cedar Bluff",
    "Holloway",
    "Kettering",
    "Marlow Springs",
    "West Tisbury",
    "Oakhurst",
    "Pellston",
    "Sandy Hook",
    "Bramwell",
    "Lake Orrin",
    "Fort Calder",
    "Millbrook",
    "South Amesby",
    "Greyfield",
    "Bellhaven",
    "Rio Verde",
    "Copper Gap",
    "Winslow Crossing",
    "Easton Mills",
]
COUNTIES = ["Tolland", "Ashe", "Pike", "Mercer", "Calder", "Orrin", "Haddon", "Greer", "Lassen", "Bexley"]
HOODS = [
    "Eastgate",
    "the Flats",
    "Old Mill District",
    "Riverside",
    "Lower Haddon",
    "Southside",
    "Five Points",
    "Little Saigon",
    "the Heights",
    "Cabbagetown",
    "Dogpatch",
    "Northwood Terrace",
]
STREETS = [
    "Larkspur",
    "Old Post",
    "Kestrel",
    "Tamarack",
    "Ridgeline",
    "Juniper",
    "Cottonwood",
    "Bay View",
    "Orchard",
    "Garrison",
    "Quail Run",
    "Harbor",
    "Mill Pond",
    "Sycamore",
    "Caldwell",
    "Sumner",
    "Magnolia",
    "Lantern",
    "Birch Hollow",
    "Pemberton",
    "Freedom",
    "Liberty",
    "Wren",
    "Corliss",
]
ST_TYPES = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Ln",
    "Lane",
    "Dr",
    "Ct",
    "Blvd",
    "Way",
    "Pl",
    "Terrace",
    "Pkwy",
    "Cir",
]
STATES = ["MA", "NJ", "OH", "CA", "TX", "Ohio", "PA", "N.C.", "Oregon", "NM", "WA", "GA", "MN", "AZ"]
FAC_KINDS = [
    "General Hospital",
    "Memorial Hospital",
    "Regional Medical Center",
    "Community Hospital",
    "Medical Center",
    "Urgent Care",
    "Health Center",
    "Freestanding Emergency Center",
]
MONTHS = [
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
]
ALIASES = [
    "Orchid",
    "Walrus",
    "Zebra",
    "Tango",
    "Cobalt",
    "Juniper",
    "Falcon",
    "Quebec",
    "Saffron",
    "Marlin",
    "Yukon",
    "Indigo",
    "Bravo",
    "Heron",
]
ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _luhn_npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    total = 24  # the 80840 prefix's contribution
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return body + str((10 - total % 10) % 10)


def _dea(rng: random.Random, last: str) -> str:
    initial = next((c for c in last.upper() if c.isalpha()), "X")
    d = [int(c) for c in _digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


_VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def _vin(rng: random.Random) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = list(
        rng.choice(["1HG", "2T1", "3FA", "5YJ", "JN1", "KMH", "WBA", "1FT", "4T4"])
        + "".join(rng.choice(pool) for _ in range(14))
    )
    chars[9] = rng.choice("LMNPRSTV")
    total = sum(_VIN_VAL[c] * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _phone(rng: random.Random) -> str:
    area = rng.choice(["413", "508", "617", "216", "614", "505", "971", "732", "215", "612", "480", "919"])
    line = "01" + _digits(rng, 2)
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area}/555-{line}",
            f"1-{area}-555-{line}",
            f"{area} 555 {line}",
            f"{area}555{line}",
            f"({area})555-{line}",
        ]
    )


def _ocr(rng: random.Random, s: str) -> str:
    swaps = {"m": "rn", "l": "1", "O": "0", "o": "0", "e": "c", "S": "5", "i": "í", "B": "8", "n": "ri"}
    out = list(s)
    idx = [i for i, c in enumerate(out) if c in swaps]
    for i in rng.sample(idx, min(len(idx), rng.choice([1, 1, 2]))):
        out[i] = swaps[out[i]]
    return "".join(out)


def _date_fmt(rng: random.Random, y: int, m: int, d: int, kind: str | None = None) -> str:
    kind = kind or rng.choice(["us", "us", "iso", "long", "dmy", "short", "us2", "dot", "abbr", "compact"])
    mon = MONTHS[m - 1]
    return {
        "us": f"{m:02d}/{d:02d}/{y}",
        "us2": f"{m}/{d}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "long": f"{mon} {d}, {y}",
        "dmy": f"{d:02d}-{mon[:3]}-{y}",
        "short": f"{m}/{d}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "abbr": f"{mon[:3]}. {d}, {y}" if len(mon) > 3 else f"{mon} {d}, {y}",
        "compact": f"{y}{m:02d}{d:02d}",
        "caps": f"{d:02d}{mon[:3].upper()}{y}",
    }[kind]


def _shift(y: int, m: int, d: int, days: int) -> tuple[int, int, int]:
    import datetime as _dt

    t = _dt.date(y, m, d) + _dt.timedelta(days=days)
    return t.year, t.month, t.day


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(string.ascii_uppercase)


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One patient and the people, places, dates and numbers around one emergency visit."""
    v: dict[str, Value] = {}
    first, last, mid = _person(rng)
    v["pt_first"] = (P.NAME, first)
    v["pt_last"] = (P.NAME, last)
    v["pt_full"] = (P.NAME, rng.choice([f"{first} {last}", f"{first} {mid}. {last}", f"{first} {last}"]))
    v["pt_lf"] = (P.NAME, rng.choice([f"{last}, {first}", f"{last}, {first} {mid}.", f"{last},{first}"]))
    v["pt_caps"] = (
        P.NAME,
        rng.choice(
            [
                f"{last.upper()}, {first.upper()}",
                f"{last.upper()},{first.upper()} {mid}",
                f"{first.upper()} {last.upper()}",
            ]
        ),
    )
    v["pt_fi"] = (P.NAME, f"{first[0]}. {last}")
    v["pt_nick"] = (P.NAME, rng.choice(NICK))
    v["pt_ocr"] = (P.NAME, _ocr(rng, f"{last.upper()}, {first}"))
    v["pt_alias"] = (
        P.NAME,
        rng.choice(
            [
                f"Trauma, {rng.choice(ALIASES)}",
                f"UNKNOWN, {rng.choice(ALIASES).upper()}",
                f"Doe, {rng.choice(ALIASES)} {_digits(rng, 3)}",
            ]
        ),
    )
    for key in [
        "nok",
        "md",
        "rn",
        "medic",
        "medic2",
        "sw",
        "cm",
        "pcp",
        "cons",
        "off",
        "sane",
        "rx2",
        "wit",
        "emp",
        "chg",
        "pa",
        "res",
    ]:
        f, l_, mi = _person(rng)
        v[f"{key}_full"] = (P.NAME, rng.choice([f"{f} {l_}", f"{f} {mi}. {l_}", f"{f} {l_}"]))
        v[f"{key}_first"] = (P.NAME, f)
        v[f"{key}_last"] = (P.NAME, l_)
        v[f"{key}_fi"] = (P.NAME, rng.choice([f"{f[0]}. {l_}", f"{f[0]} {l_}", f"{f} {l_}"]))
        v[f"{key}_lf"] = (P.NAME, rng.choice([f"{l_}, {f}", f"{l_.upper()}, {f.upper()}", f"{l_}, {f[0]}."]))
    # the nok often shares the surname
    if rng.random() < 0.5:
        nf = v["nok_first"][1]
        v["nok_full"] = (P.NAME, f"{nf} {last}")
        v["nok_last"] = (P.NAME, last)
    # tracking-board neighbours
    for i in range(1, 7):
        f, l_, _ = _person(rng)
        v[f"b{i}_name"] = (
            P.NAME,
            rng.choice(
                [f"{l_}, {f}", f"{l_.upper()}, {f[0]}", f"{l_}, {f[:3]}", f"{l_.upper()},{f.upper()}"]
            ),
        )
        age = rng.choice([rng.randint(1, 89), rng.randint(18, 89), rng.randint(90, 101)])
        v[f"b{i}_age"] = (P.AGE if age >= 90 else None, str(age))
        v[f"b{i}_mrn"] = (P.MRN, rng.choice(["", "E", "M"]) + _digits(rng, 7))

    # ---- age and dates (age over 89 is gold, the others filler)
    age = rng.choice([rng.randint(18, 89), rng.randint(1, 89), rng.randint(90, 104), rng.randint(40, 89)])
    vy, vm, vd = rng.randint(2024, 2027), rng.randint(1, 12), rng.randint(1, 28)
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
        103: "one hundred three",
        104: "one hundred four",
    }
    v["age"] = (P.AGE if age >= 90 else None, str(age))
    v["age_w"] = (P.AGE, words[age]) if age >= 90 and rng.random() < 0.5 else v["age"]
    by, bm, bd = vy - age - (1 if rng.random() < 0.5 else 0), rng.randint(1, 12), rng.randint(1, 28)
    v["dob"] = (P.DATE, _date_fmt(rng, by, bm, bd))
    v["dob_us"] = (P.DATE, _date_fmt(rng, by, bm, bd, "us"))
    v["dob_iso"] = (P.DATE, _date_fmt(rng, by, bm, bd, rng.choice(["iso", "compact"])))
    v["dob_caps"] = (P.DATE, _date_fmt(rng, by, bm, bd, "caps"))
    v["yob"] = (None, str(by))  # a year alone
    v["v_date"] = (P.DATE, _date_fmt(rng, vy, vm, vd))
    v["v_us"] = (P.DATE, _date_fmt(rng, vy, vm, vd, "us"))
    v["v_iso"] = (P.DATE, _date_fmt(rng, vy, vm, vd, "iso"))
    v["v_long"] = (P.DATE, _date_fmt(rng, vy, vm, vd, rng.choice(["long", "abbr"])))
    v["v_short"] = (P.DATE, _date_fmt(rng, vy, vm, vd, "short"))
    v["v_caps"] = (P.DATE, _date_fmt(rng, vy, vm, vd, "caps"))
    v["v_compact"] = (P.DATE, _date_fmt(rng, vy, vm, vd, "compact"))
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    v["v_dt"] = (
        P.DATE,
        rng.choice(
            [
                f"{_date_fmt(rng, vy, vm, vd, 'us')} {hh:02d}:{mm:02d}",
                f"{_date_fmt(rng, vy, vm, vd, 'iso')}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
                f"{_date_fmt(rng, vy, vm, vd, 'us2')} {hh:02d}{mm:02d}",
                f"{_date_fmt(rng, vy, vm, vd, 'dmy')} {hh:02d}:{mm:02d}",
            ]
        ),
    )
    v["v_hl7"] = (P.DATE, f"{vy}{vm:02d}{vd:02d}{hh:02d}{mm:02d}")
    v["v_year"] = (None, str(vy))
    v["dob_hl7"] = (P.DATE, f"{by}{bm:02d}{bd:02d}")
    child_age = rng.randint(5, 17)
    v["child_age"] = (None, str(child_age))
    v["child_dob"] = (P.DATE, _date_fmt(rng, vy - child_age - 1, rng.randint(1, 12), rng.randint(1, 28)))
    for key, lo, hi in [
        ("prior", -40, -1),
        ("fu", 1, 14),
        ("inj", -3, 0),
        ("next", 1, 2),
        ("prior2", -200, -41),
        ("lmp", -60, -10),
        ("plan", -400, -30),
        ("rev", 5, 30),
    ]:
        y2, m2, d2 = _shift(vy, vm, vd, rng.randint(lo, hi))
        v[f"{key}_date"] = (P.DATE, _date_fmt(rng, y2, m2, d2))
    y2, m2, d2 = _shift(vy, vm, vd, 1)
    v["next_dt"] = (
        P.DATE,
        f"{_date_fmt(rng, y2, m2, d2, rng.choice(['us', 'iso']))} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
    )
    v["fu_md"] = (P.DATE, f"{MONTHS[m2 - 1]} {d2}")
    v["bday_es"] = (
        P.DATE,
        f"{bd} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][bm - 1]} de {by}",
    )

    # ---- places
    town, town2, town3 = rng.sample(TOWNS, 3)
    v["street"] = (
        P.LOCATION,
        rng.choice(
            [
                f"{rng.randint(2, 9899)} {rng.choice(STREETS)} {rng.choice(ST_TYPES)}",
                f"{rng.randint(10, 999)} {rng.choice(['N', 'S', 'E', 'W', 'North', 'East'])} {rng.choice(STREETS)} {rng.choice(ST_TYPES)}",
                f"{rng.randint(100, 29999)} County Road {rng.randint(2, 90)}",
                f"{rng.randint(1, 400)} {rng.randint(2, 99)}th {rng.choice(['St', 'Ave', 'Street'])}",
                f"{rng.randint(10, 9999)} Calle {rng.choice(['del Sol', 'Luna', 'Ocho', 'Real'])}",
            ]
        ),
    )
    v["street_caps"] = (P.LOCATION, v["street"][1].upper())
    v["apt"] = (
        P.LOCATION,
        rng.choice(
            [
                str(rng.randint(1, 40)) + rng.choice("ABCDEF"),
                str(rng.randint(101, 2412)),
                f"{rng.randint(1, 9)}{rng.choice(['R', 'L', 'F'])}",
                str(rng.randint(1, 60)),
            ]
        ),
    )
    v["city"] = (P.LOCATION, town)
    v["city_caps"] = (P.LOCATION, town.upper())
    v["city2"] = (P.LOCATION, town2)
    v["city3"] = (P.LOCATION, town3)
    v["county"] = (P.LOCATION, f"{rng.choice(COUNTIES)} County")
    v["county_bare"] = (P.LOCATION, rng.choice(COUNTIES))
    v["hood"] = (P.LOCATION, rng.choice(HOODS))
    z = f"{rng.randint(1001, 99950):05d}"
    v["zip"] = (P.LOCATION, rng.choice([z, z, f"{z}-{_digits(rng, 4)}"]))
    v["zip5"] = (P.LOCATION, z)
    v["xst"] = (P.LOCATION, f"{rng.choice(STREETS)} {rng.choice(['St', 'Ave', 'Rd'])}")
    v["xst2"] = (P.LOCATION, f"{rng.choice(STREETS)} {rng.choice(['Blvd', 'Ln', 'Dr'])}")
    v["fac"] = (
        P.LOCATION,
        rng.choice(
            [
                f"{town2} {rng.choice(FAC_KINDS)}",
                f"{rng.choice(['Mercy', 'St. Brigid', 'Good Samaritan', 'Sacred Heart', 'Providence'])} Hospital of {town2}",
            ]
        ),
    )
    v["fac2"] = (P.LOCATION, rng.choice([f"{town3} {rng.choice(FAC_KINDS)}", f"University Hospital {town3}"]))
    v["uc_fac"] = (
        P.LOCATION,
        f"{rng.choice(['ExpressCare', 'QuickMed', 'CareNow', 'FirstStop'])} {town} Urgent Care",
    )
    v["school"] = (
        P.LOCATION,
        f"{town} {rng.choice(['Middle School', 'High School', 'Elementary', 'Academy'])}",
    )

    # ---- contact
    v["pt_phone"] = (P.PHONE, _phone(rng))
    v["pt_cell"] = (P.PHONE, _phone(rng))
    v["nok_phone"] = (P.PHONE, _phone(rng))
    v["md_phone"] = (P.PHONE, _phone(rng))
    v["sw_phone"] = (P.PHONE, _phone(rng))
    v["pcp_fax"] = (P.FAX, _phone(rng))
    v["sw_fax"] = (P.FAX, _phone(rng))
    v["md_fax"] = (P.FAX, _phone(rng))
    handle = rng.choice(
        [f"{first[0]}{last}", f"{first}.{last}", f"{first}{rng.randint(1, 99)}", f"{last}_{first[0]}"]
    )
    handle = "".join(c for c in handle.lower() if c.isascii() and (c.isalnum() or c in "._"))
    v["pt_email"] = (
        P.EMAIL,
        f"{handle}@{rng.choice(['example.com', 'example.org', 'mail.example.net', 'inbox.test'])}",
    )
    sf, sl = v["sw_first"][1], v["sw_last"][1]
    sh = "".join(c for c in f"{sf[0]}{sl}".lower() if c.isascii() and c.isalnum())
    v["sw_email"] = (P.EMAIL, f"{sh}@{rng.choice(['health.example.org', 'example.org', 'ed.example.test'])}")
    nh = "".join(
        c for c in v["nok_full"][1].lower().replace(" ", ".") if c.isascii() and (c.isalnum() or c == ".")
    )
    v["nok_email"] = (P.EMAIL, f"{nh}{rng.randint(1, 999)}@example.com")
    tok = _letters(rng, 6, string.ascii_uppercase + string.digits)
    v["url"] = (
        P.URL,
        rng.choice(
            [
                f"https://portal.example.org/ed/visit/{tok}",
                f"https://mychart.example.com/s/{tok.lower()}?src=ed",
                f"http://telehealth.example.test/room/{tok}",
                f"www.example.org/p/{tok.lower()}",
            ]
        ),
    )
    v["url_social"] = (
        P.URL,
        rng.choice(
            [
                f"https://social.example.com/{handle}",
                f"instagram.example.net/{handle}_",
                f"https://www.example.com/u/{handle}",
            ]
        ),
    )
    v["ip"] = (
        P.IP_ADDRESS,
        rng.choice(
            [
                f"192.0.2.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        ),
    )
    v["ip2"] = (
        P.IP_ADDRESS,
        f"{rng.choice(['192.168', '10.20', '100.64'])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    )

    # ---- numbers
    a, b, c = rng.randint(100, 899), rng.randint(10, 99), rng.randint(1000, 9999)
    v["ssn"] = (P.SSN, rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"]))
    v["ssn_mask"] = (P.SSN, rng.choice([f"XXX-XX-{c}", f"***-**-{c}", f"xxx-xx-{c}"]))
    mrn = _digits(rng, rng.choice([7, 8]))
    v["mrn"] = (
        P.MRN,
        rng.choice(
            [
                mrn,
                mrn,
                f"E{mrn}",
                f"{mrn[:3]}-{mrn[3:5]}-{mrn[5:]}",
                f"{mrn}-{rng.randint(0, 9)}",
                f"MR{mrn}",
                f"00{mrn}",
            ]
        ),
    )
    v["mrn_plain"] = (P.MRN, mrn)
    v["mrn_ocr"] = (P.MRN, mrn.replace("0", "O", 1).replace("1", "l", 1))
    v["mrn_ext"] = (P.MRN, rng.choice(["RX", "H", "K"]) + _digits(rng, 6))
    v["fin"] = (
        P.ACCOUNT,
        rng.choice(
            [
                _digits(rng, 12),
                f"V{_digits(rng, 9)}",
                f"{vy % 100}{_digits(rng, 8)}",
                f"FIN-{_digits(rng, 10)}",
                f"ED{_digits(rng, 7)}",
            ]
        ),
    )
    v["acct"] = (
        P.ACCOUNT,
        rng.choice([f"{_digits(rng, 4)}-{_digits(rng, 6)}", f"A{_digits(rng, 8)}", _digits(rng, 10)]),
    )
    v["claim"] = (
        P.ACCOUNT,
        rng.choice(
            [f"CLM-{vy}-{_digits(rng, 7)}", f"{_digits(rng, 5)}E{_digits(rng, 6)}", f"{_digits(rng, 13)}"]
        ),
    )
    v["member"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 4)}-{_digits(rng, 5)}",
                f"{_digits(rng, 9)}{rng.choice(['A', 'B', 'C1', 'D'])}",
                f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
                f"ZGP{_digits(rng, 8)}-0{rng.randint(1, 4)}",
            ]
        ),
    )
    mbi = (
        f"{rng.randint(1, 9)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}"
        f"{rng.randint(0, 9)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice('ACDEFGHJKMNPQRTUVWXY0123456789')}"
        f"{rng.randint(0, 9)}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.choice('ACDEFGHJKMNPQRTUVWXY')}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    )
    v["mbi"] = (P.HEALTH_PLAN_ID, rng.choice([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"]))
    v["medicaid"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
                _digits(rng, 11),
                f"MCD{_digits(rng, 4)}-{_digits(rng, 4)}",
            ]
        ),
    )
    v["group"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            [
                _digits(rng, 6),
                f"GRP{_digits(rng, 5)}",
                f"{_digits(rng, 3)}-{_letters(rng, 2)}{_digits(rng, 3)}",
            ]
        ),
    )
    v["npi"] = (P.LICENSE, _luhn_npi(rng))
    v["npi2"] = (P.LICENSE, _luhn_npi(rng))
    v["dea"] = (P.LICENSE, _dea(rng, v["md_last"][1]))
    v["dl"] = (
        P.LICENSE,
        rng.choice(
            [
                f"{last[0].upper()}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"S{_digits(rng, 8)}",
                _digits(rng, 9),
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            ]
        ),
    )
    v["rn_lic"] = (
        P.LICENSE,
        rng.choice(
            [f"RN{_digits(rng, 6)}", _digits(rng, 7), f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 4)}"]
        ),
    )
    v["emt_lic"] = (
        P.LICENSE,
        rng.choice(
            [
                f"P{_digits(rng, 6)}",
                f"P-{_digits(rng, 5)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"NRP{_digits(rng, 7)}",
            ]
        ),
    )
    v["emt_lic2"] = (
        P.LICENSE,
        rng.choice([f"E{_digits(rng, 6)}", f"{_digits(rng, 6)}", f"B{_digits(rng, 5)}"]),
    )
    v["med_lic"] = (
        P.LICENSE,
        rng.choice([f"MD{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 5)}", f"DO-{_digits(rng, 5)}"]),
    )
    v["vin"] = (P.VEHICLE_ID, _vin(rng))
    plate = rng.choice(
        [
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)} {_digits(rng, 4)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 3)}",
        ]
    )
    v["plate"] = (P.VEHICLE_ID, plate)
    v["plate2"] = (P.VEHICLE_ID, f"{_letters(rng, 3)}{_digits(rng, 4)}")
    v["dev"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"PJN{_digits(rng, 6)}",
                f"RNK {_digits(rng, 6)} H",
                f"NG{_digits(rng, 7)}H",
                f"{_letters(rng, 3)}{_digits(rng, 6)}S",
                f"SN-{_digits(rng, 4)}-{_digits(rng, 5)}",
                f"A{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
            ]
        ),
    )
    v["udi"] = (
        P.DEVICE_ID,
        f"(01)00{_digits(rng, 12)}(17){rng.randint(26, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){_letters(rng, 2)}{_digits(rng, 6)}",
    )
    v["dev2"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"{_digits(rng, 9)}",
                f"LV{_digits(rng, 5)}",
                f"HM3-{_digits(rng, 5)}",
                f"CGM-{_letters(rng, 2)}{_digits(rng, 6)}",
            ]
        ),
    )
    v["bio"] = (
        P.BIOMETRIC,
        rng.choice(
            [
                f"PV-{_digits(rng, 4)}-{_digits(rng, 4)}-{_letters(rng, 2)}",
                f"PALM{_digits(rng, 9)}",
                f"FP-{vy}-{_digits(rng, 6)}",
                f"AFIS-{_digits(rng, 3)}-{_digits(rng, 5)}",
                f"IRX{_letters(rng, 2, 'ABCDEF0123456789')}{_digits(rng, 6)}",
                f"VP-{_digits(rng, 7)}",
            ]
        ),
    )
    v["bio2"] = (
        P.BIOMETRIC,
        rng.choice(
            [
                f"TPL{_digits(rng, 8)}",
                f"FPT-{_digits(rng, 4)}{_letters(rng, 2)}",
                f"{_letters(rng, 2)}{_digits(rng, 10)}",
            ]
        ),
    )
    v["photo"] = (
        P.PHOTO,
        rng.choice(
            [
                f"IMG_{vy}{vm:02d}{vd:02d}_{hh:02d}{mm:02d}_face.jpg",
                f"regphoto_{mrn}.png",
                f"DOE_{_digits(rng, 4)}_frontal.jpg",
                f"PH-{_digits(rng, 8)}",
                f"face_{_letters(rng, 4).lower()}{_digits(rng, 3)}.heic",
                f"PXR{_digits(rng, 7)}",
            ]
        ),
    )
    v["photo2"] = (
        P.PHOTO,
        rng.choice(
            [f"PH-{_digits(rng, 8)}", f"pt_{_digits(rng, 6)}_portrait.jpg", f"IMG{_digits(rng, 5)}.JPG"]
        ),
    )
    v["incident"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"{vy}-{_digits(rng, 6)}",
                f"{vy % 100}{_digits(rng, 7)}",
                f"I{vy % 100}-{_digits(rng, 5)}",
                f"{_digits(rng, 2)}-{_digits(rng, 6)}-CAD",
            ]
        ),
    )
    v["pcr"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"PCR-{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
                f"E{_digits(rng, 9)}",
            ]
        ),
    )
    v["police"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"{vy % 100}-{_digits(rng, 6)}",
                f"RPT{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{vy % 100}-{_digits(rng, 5)}",
            ]
        ),
    )
    v["registry"] = (
        P.OTHER_ID,
        rng.choice([f"TR{vy}{_digits(rng, 4)}", f"{vy}-{_digits(rng, 5)}", f"REG-{_digits(rng, 6)}"]),
    )
    v["kit"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"SAK-{vy % 100}-{_digits(rng, 5)}",
                f"K{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_letters(rng, 1)}-{_digits(rng, 4)}",
            ]
        ),
    )
    v["cps"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                f"APS{_digits(rng, 7)}",
                f"INT-{_digits(rng, 8)}",
            ]
        ),
    )
    v["rxnum"] = (
        P.OTHER_ID,
        rng.choice([_digits(rng, 7), f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"RX{_digits(rng, 8)}"]),
    )
    v["rxnum2"] = (P.OTHER_ID, _digits(rng, 7))
    v["pa"] = (
        P.OTHER_ID,
        rng.choice(
            [f"PA-{_digits(rng, 5)}-{_letters(rng, 1)}", f"AUTH{_digits(rng, 9)}", f"{_digits(rng, 11)}"]
        ),
    )
    v["empid"] = (
        P.OTHER_ID,
        rng.choice([f"E{_digits(rng, 6)}", _digits(rng, 5), f"{_letters(rng, 2)}-{_digits(rng, 5)}"]),
    )
    v["student"] = (P.OTHER_ID, rng.choice([f"S{_digits(rng, 8)}", _digits(rng, 9), f"{_digits(rng, 6)}"]))
    v["doc"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"A{_digits(rng, 6)}",
                f"#{_digits(rng, 6)}"[1:],
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}",
            ]
        ),
    )
    v["study"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"SUBJ-{_digits(rng, 4)}",
                f"S{_digits(rng, 2)}-{_digits(rng, 4)}",
            ]
        ),
    )
    v["spec"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"{vy % 100}-TX-{_digits(rng, 6)}",
                f"S{_digits(rng, 9)}",
                f"C{_digits(rng, 2)}-{_digits(rng, 6)}",
            ]
        ),
    )
    v["ticket"] = (
        P.OTHER_ID,
        rng.choice([f"ML-{_digits(rng, 6)}", f"{_digits(rng, 8)}", f"TRF{_digits(rng, 6)}"]),
    )
    return v


# ---------------------------------------------------------------------------------------------------------------


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Emergency-care filler that a careless screen flags: doses, vitals, scores, codes, units, rooms."""
    r = rng
    v: dict[str, Value] = {}

    def put(key: str, text: str) -> None:
        v[key] = (None, text)

    sbp = r.randint(78, 212)
    put("bp", f"{sbp}/{r.randint(40, min(130, sbp - 20))}")
    put("bp2", f"{r.randint(88, 190)}/{r.randint(48, 104)}")
    put("hr", str(r.randint(44, 168)))
    put("rr", str(r.randint(8, 38)))
    put("spo2", f"{r.randint(82, 100)}%")
    t = r.choice([r.uniform(35.2, 40.3), r.uniform(36.4, 37.6)])
    put("temp", r.choice([f"{t:.1f} C", f"{t * 9 / 5 + 32:.1f}F", f"{t:.1f}°C", f"{t * 9 / 5 + 32:.1f} °F"]))
    put("pain", r.choice([f"{r.randint(0, 10)}/10", f"{r.randint(0, 10)}", f"{r.randint(0, 10)} out of 10"]))
    put(
        "wt", r.choice([f"{r.randint(8, 160)} kg", f"{r.randint(40, 340)} lb", f"{r.uniform(3, 140):.1f} kg"])
    )
    put("gluc", f"{r.randint(38, 612)}")
    e, vv, m = r.randint(1, 4), r.randint(1, 5), r.randint(1, 6)
    put("gcs", str(e + vv + m))
    put("gcs_c", r.choice([f"E{e}V{vv}M{m}", f"E{e} V{vv} M{m}", f"{e}-{vv}-{m}"]))
    put("esi", str(r.randint(1, 5)))
    put("esi2", str(r.randint(1, 5)))
    put("nihss", str(r.randint(0, 28)))
    put("lams", str(r.randint(0, 5)))
    put("d2n", str(r.randint(18, 92)))
    put("d2b", str(r.randint(38, 131)))
    put("d2ct", str(r.randint(6, 44)))
    put("iss", str(r.choice([4, 5, 8, 9, 10, 13, 16, 17, 18, 22, 25, 26, 29, 34, 41, 50, 75])))
    put("rts", f"{r.choice([7.8408, 7.1082, 6.9044, 5.9672, 4.0936, 6.8174, 7.5500, 3.3614])}")
    put("ais", str(r.randint(1, 5)))
    put("heart", str(r.randint(0, 10)))
    put("wells", f"{r.choice([0, 1, 1.5, 3, 4.5, 6])}")
    put("tstamp", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}")
    for i in range(2, 9):
        put(f"t{i}", f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}")
    put("t_ampm", f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM', 'a.m.', 'pm'])}")
    put("mins", str(r.randint(2, 59)))
    put("hours", str(r.randint(2, 71)))
    put("minutes2", str(r.randint(40, 420)))
    put(
        "unit",
        r.choice(
            [
                "Medic 14",
                "Medic 7",
                "Rescue 3",
                "Engine 22",
                "Unit 412",
                "M-9",
                "Ambulance 61",
                "Squad 5",
                "Medic 203",
                "ALS 4",
                "BLS 12",
                "Truck 8",
            ]
        ),
    )
    put(
        "unit2",
        r.choice(
            ["Engine 4", "Ladder 19", "Medic 31", "Battalion 2", "Rescue 11", "Car 1210", "PD unit 3B40"]
        ),
    )
    put(
        "bay",
        r.choice(
            [
                f"Bay {r.randint(1, 32)}",
                f"Rm {r.randint(1, 40)}",
                f"HW-{r.randint(1, 12)}",
                f"Hall {r.randint(1, 9)}",
                f"Resus {r.randint(1, 4)}",
                f"Trauma {r.randint(1, 3)}",
                f"FT-{r.randint(1, 8)}",
                f"Chair {r.randint(1, 14)}",
                f"Pod B-{r.randint(1, 12)}",
            ]
        ),
    )
    for i in range(1, 7):
        put(
            f"b{i}_bay",
            r.choice(
                [
                    f"{r.randint(1, 32)}",
                    f"HW{r.randint(1, 12)}",
                    f"T{r.randint(1, 3)}",
                    f"FT{r.randint(1, 8)}",
                    f"R{r.randint(1, 4)}",
                    "WR",
                ]
            ),
        )
        put(f"b{i}_esi", str(r.randint(1, 5)))
        put(
            f"b{i}_cc",
            r.choice(
                [
                    "CP",
                    "SOB",
                    "abd pain",
                    "fall",
                    "MVC",
                    "AMS",
                    "SI",
                    "lac L hand",
                    "syncope",
                    "fever",
                    "HA",
                    "back pain",
                    "ETOH",
                    "sz",
                    "OD",
                    "N/V/D",
                    "dental pain",
                    "rash",
                    "vag bleeding",
                    "flank pain",
                    "weakness",
                    "CVA alert",
                    "hyperglycemia",
                ]
            ),
        )
        put(f"b{i}_los", f"{r.randint(0, 31)}:{r.randint(0, 59):02d}")
        put(f"b{i}_sex", r.choice(["M", "F", "F", "M", "X"]))
        put(
            f"b{i}_st",
            r.choice(
                [
                    "Waiting",
                    "Roomed",
                    "Results",
                    "Dispo",
                    "Admit-bed req",
                    "Boarding",
                    "Awaiting MD",
                    "Imaging",
                    "Consult",
                    "DC pending",
                ]
            ),
        )
    put("room", f"{r.randint(2, 9)}{r.choice(['W', 'N', 'S', 'E'])}-{r.randint(1, 40):02d}")
    put(
        "rel",
        r.choice(
            [
                "daughter",
                "son",
                "spouse",
                "wife",
                "husband",
                "mother",
                "father",
                "sister",
                "brother",
                "friend",
                "neighbor",
                "POA",
                "guardian",
                "partner",
            ]
        ),
    )
    put("state", r.choice(STATES))
    put("unit_lbl", r.choice(["Apt ", "Apt. ", "Unit ", "#", "Ste ", "Lot ", "Apartment "]))
    put("sex", r.choice(["M", "F", "male", "female", "F", "M"]))
    put(
        "cc",
        r.choice(
            [
                "chest pain",
                "shortness of breath",
                "fall from standing",
                "laceration to left hand",
                "abdominal pain",
                "headache, worst of life",
                "syncope",
                "altered mental status",
                "right-sided weakness",
                "fever and cough",
                "back pain after lifting",
                "MVC, restrained driver",
                "suicidal ideation",
                "ankle injury",
                "alcohol intoxication",
                "palpitations",
                "allergic reaction",
                "dog bite to forearm",
                "seizure",
                "vomiting x2 days",
            ]
        ),
    )
    put(
        "icd",
        r.choice(
            [
                "R07.9",
                "R07.89",
                "I21.4",
                "I63.9",
                "S52.501A",
                "S01.81XA",
                "T74.21XA",
                "T76.21XA",
                "R55",
                "R41.82",
                "J18.9",
                "N39.0",
                "S93.401A",
                "F10.129",
                "R45.851",
                "W19.XXXA",
                "V43.52XA",
                "T40.1X1A",
                "K35.80",
                "S06.0X0A",
                "Z04.41",
                "I48.91",
                "R10.31",
                "E11.65",
                "G40.909",
                "T78.40XA",
                "S61.412A",
                "Z53.21",
                "Z53.29",
            ]
        ),
    )
    put(
        "icd2",
        r.choice(
            [
                "Z91.19",
                "Z59.00",
                "F32.A",
                "Y92.410",
                "Y93.C2",
                "W01.0XXA",
                "Z79.01",
                "Z95.0",
                "I10",
                "E78.5",
                "Z72.0",
                "F17.210",
                "Z63.0",
                "Y04.0XXA",
                "X58.XXXA",
            ]
        ),
    )
    put(
        "cpt",
        r.choice(
            [
                "99281",
                "99282",
                "99283",
                "99284",
                "99285",
                "99291",
                "99292",
                "12002",
                "12032",
                "29125",
                "36556",
                "31500",
                "92950",
                "70450",
                "71046",
                "93010",
                "99285-25",
                "G0390",
                "96374",
                "96375",
            ]
        ),
    )
    put(
        "hcpcs",
        r.choice(
            [
                "A0427",
                "A0429",
                "A0433",
                "A0425",
                "A0434",
                "J1885",
                "J2405",
                "J0171",
                "J1100",
                "J2270",
                "J3490",
                "G0383",
                "S9083",
            ]
        ),
    )
    put("rev", r.choice(["0450", "0451", "0456", "0459", "0681", "0682", "0683", "0762", "0981"]))
    put("drg", r.choice(["DRG 066", "MS-DRG 281", "DRG 956", "MS-DRG 064", "DRG 917", "MS-DRG 313"]))
    put(
        "ndc",
        r.choice(
            [
                "0409-4888-01",
                "63323-262-01",
                "0641-6078-25",
                "50242-041-64",
                "0143-9875-10",
                "0409-1966-05",
                "55150-185-10",
            ]
        ),
    )
    put("loinc", r.choice(["2160-0", "6598-7", "2524-7", "32693-4", "89579-7", "2345-7", "718-7", "49563-0"]))
    put("snomed", r.choice(["22298006", "230690007", "386661006", "29857009", "125605004", "417746004"]))
    put(
        "trop",
        r.choice(
            [
                f"{r.uniform(0.01, 8.5):.2f} ng/mL (ref <0.04)",
                f"{r.randint(3, 4800)} ng/L (URL 14)",
                f"hs-cTnT {r.randint(6, 900)} ng/L",
            ]
        ),
    )
    put("lac", f"{r.uniform(0.6, 9.4):.1f} mmol/L")
    put("wbc", f"{r.uniform(2.1, 28.4):.1f}")
    put("hgb", f"{r.uniform(5.9, 17.8):.1f} g/dL")
    put("k", f"{r.uniform(2.6, 7.1):.1f}")
    put("etoh", f"{r.randint(0, 412)} mg/dL")
    put("inr", f"{r.uniform(0.9, 6.8):.1f}")
    put("bhcg", r.choice(["negative", "neg", "positive", "<5 mIU/mL"]))
    put(
        "tpa",
        r.choice(
            [
                f"alteplase 0.9 mg/kg ({r.uniform(45, 90):.1f} mg total, 10% bolus)",
                f"tenecteplase 0.25 mg/kg ({r.choice([15, 17.5, 20, 22.5, 25])} mg IV push)",
                "Activase per protocol",
                "TNKase 25 mg IV bolus",
            ]
        ),
    )
    put(
        "med1",
        r.choice(
            [
                "ondansetron 4 mg IV",
                "Zofran 4 mg ODT",
                "ketorolac 15 mg IV",
                "Toradol 30 mg IM",
                "morphine 4 mg IV",
                "fentanyl 50 mcg IV",
                "acetaminophen 1,000 mg PO",
                "ibuprofen 600 mg PO",
                "diphenhydramine 25 mg IV",
                "lorazepam 1 mg IV",
                "ceftriaxone 1 g IV",
                "Narcan 4 mg IN",
                "hydromorphone 0.5 mg IV",
            ]
        ),
    )
    put(
        "med2",
        r.choice(
            [
                "aspirin 324 mg chewed",
                "NTG 0.4 mg SL x3",
                "heparin 4,000 units IV bolus",
                "ticagrelor (Brilinta) 180 mg",
                "clopidogrel 600 mg PO",
                "metoprolol 5 mg IV",
                "labetalol 10 mg IV",
                "levetiracetam (Keppra) 1,500 mg IV",
                "TXA 1 g IV over 10 min",
                "epinephrine 0.3 mg IM",
                "methylprednisolone 125 mg IV",
                "albuterol 2.5 mg neb x3",
                "normal saline 1 L bolus",
                "LR 30 mL/kg",
            ]
        ),
    )
    put(
        "rxdrug",
        r.choice(
            [
                "amoxicillin-clavulanate 875-125 mg PO BID x 7 days, #14",
                "cephalexin 500 mg PO QID x 7 days, #28",
                "ibuprofen 600 mg PO q6h PRN, #20",
                "oxycodone 5 mg PO q6h PRN severe pain, #8 (eight), no refills",
                "ondansetron 4 mg ODT q8h PRN nausea, #10",
                "prednisone 40 mg PO daily x 5 days, #5",
                "naloxone 4 mg nasal spray, #1 two-pack",
                "azithromycin 250 mg (Z-Pak) #6",
                "cyclobenzaprine 5 mg PO TID PRN, #15",
                "albuterol HFA 90 mcg 2 puffs q4h PRN, 1 inhaler",
            ]
        ),
    )
    put(
        "brand",
        r.choice(
            [
                "Eliquis",
                "Xarelto",
                "Coumadin",
                "Lasix",
                "Keppra",
                "Narcan",
                "EpiPen",
                "Dilaudid",
                "Percocet",
                "Suboxone",
                "Tylenol",
                "Advil",
                "Benadryl",
                "Plavix",
            ]
        ),
    )
    put(
        "device",
        r.choice(
            [
                "LUCAS 3",
                "LifePak 15",
                "Zoll X Series",
                "King LT",
                "i-gel size 4",
                "Combat Application Tourniquet",
                "Hare traction splint",
                "KED",
                "EZ-IO",
                "GlideScope",
                "Bair Hugger",
                "Level 1 rapid infuser",
            ]
        ),
    )
    put(
        "eponym",
        r.choice(
            [
                "Battle sign",
                "Kernig sign",
                "Murphy's sign",
                "Graves' disease",
                "Parkinson disease",
                "Bell's palsy",
                "Colles fracture",
                "Boerhaave syndrome",
                "Mallory-Weiss tear",
                "Ludwig angina",
                "Beck's triad",
                "Cushing reflex",
                "McBurney point tenderness",
                "Brown-Séquard pattern",
                "Addison crisis",
                "Wernicke encephalopathy",
            ]
        ),
    )
    put(
        "rule",
        r.choice(
            [
                "Ottawa ankle rules",
                "Canadian C-spine rule",
                "NEXUS criteria",
                "PECARN head rule",
                "San Francisco syncope rule",
                "Wells criteria",
                "PERC",
                "HEART pathway",
                "Centor score",
                "Cincinnati Prehospital Stroke Scale",
                "Los Angeles Motor Scale",
                "Glasgow-Blatchford score",
                "Canadian CT head rule",
            ]
        ),
    )
    put(
        "role",
        r.choice(
            [
                "the attending",
                "charge RN",
                "triage nurse",
                "ED tech",
                "the PA-C",
                "house supervisor",
                "the resident",
                "unit clerk",
                "security",
                "the NP",
                "pharmacist",
                "bed board",
            ]
        ),
    )
    put(
        "role2",
        r.choice(
            [
                "attending",
                "charge nurse",
                "primary RN",
                "scribe",
                "MLP",
                "intensivist on call",
                "transfer center RN",
                "trauma surgeon",
                "neurologist on call",
                "cath lab team",
            ]
        ),
    )
    put(
        "org",
        r.choice(
            [
                "Mercy Regional",
                "Valley EMS",
                "Lifeline Air Medical",
                "the county crisis team",
                "Blue Cross",
                "Aetna",
                "Medicaid managed care",
                "Poison Control",
                "Adult Protective Services",
                "Child Protective Services",
                "the VA",
                "Horizon Health Plan",
                "Meals on Wheels",
                "Salvation Army shelter",
                "CareFirst",
                "Medicare Part B",
            ]
        ),
    )
    put(
        "payer",
        r.choice(
            [
                "Medicare",
                "Medicaid",
                "Blue Cross PPO",
                "Aetna HMO",
                "self-pay",
                "Tricare",
                "Cigna",
                "UnitedHealthcare",
                "workers' comp",
                "Humana Gold",
                "Molina",
            ]
        ),
    )
    put("fac_npi", "1" + "".join(r.choice(string.digits) for _ in range(9)))
    put("clia", f"{r.randint(10, 52)}D{r.randint(1000000, 9999999)}")
    put(
        "agency",
        r.choice([f"{r.randint(10000, 99999)}", f"EMS-{r.randint(100, 999)}", f"AG{r.randint(1000, 9999)}"]),
    )
    put("ncpdp", str(r.randint(1000000, 9999999)))
    put("ein", f"{r.randint(10, 99)}-{r.randint(1000000, 9999999)}")
    put(
        "form",
        r.choice(
            [
                f"Form ED-{r.randint(100, 999)} v{r.randint(1, 9)}.{r.randint(0, 9)}",
                f"EMTALA-{r.randint(1, 9)} rev {r.randint(2018, 2026)}",
                f"NUR-{r.randint(10, 99)}-{r.randint(100, 999)}",
                f"form {r.randint(1000, 9999)}-R{r.randint(1, 12)}",
                f"HIM-{r.randint(100, 999)} (rev. {r.randint(2015, 2026)})",
            ]
        ),
    )
    put(
        "policy",
        r.choice(
            [
                f"Policy ED-{r.randint(100, 999)}",
                f"PP-ADM-{r.randint(10, 299)}",
                f"policy {r.randint(1, 9)}.{r.randint(10, 99)}",
                f"SOP EMS-{r.randint(10, 99)}",
                f"Protocol {r.randint(1, 9)}{r.choice('ABCD')}",
            ]
        ),
    )
    put(
        "lot",
        r.choice(
            [
                f"Lot {r.randint(1000, 9999)}{r.choice('ABCDK')}",
                f"lot# {r.choice('ABCDEFG')}{r.randint(10000, 99999)}",
                f"LOT {r.randint(100000, 999999)}",
                f"Lot: {r.choice(['U', 'T', 'X'])}{r.randint(1000, 9999)}AA",
            ]
        ),
    )
    put("exp", f"exp {r.randint(2026, 2030)}")
    put(
        "money",
        r.choice(
            [
                f"${r.randint(25, 350)}.00",
                f"${r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(10, 99)}",
                f"${r.randint(100, 2500)}",
                f"USD {r.randint(50, 900)}",
            ]
        ),
    )
    put("yr", str(r.randint(1998, 2024)))
    put("yr2", str(r.randint(2005, 2025)))
    put("adult_age", str(r.randint(19, 89)))
    put("kid_age", str(r.randint(4, 17)))
    put("age_yo", str(r.randint(21, 88)))
    put("ambu_mi", f"{r.uniform(1.2, 48.0):.1f}")
    put("miles", str(r.randint(2, 180)))
    put(
        "ekg",
        r.choice(
            [
                "STE II, III, aVF with reciprocal depression in I/aVL",
                "STE V1-V4",
                "new LBBB",
                "sinus tachycardia 118, no acute ST changes",
                "AFib RVR 142",
                "STE V2-V5, Sgarbossa positive",
                "NSR, nonspecific T-wave flattening",
                "inferior STEMI, RV involvement on V4R",
            ]
        ),
    )
    put(
        "ct",
        r.choice(
            [
                "CT head w/o: no hemorrhage, ASPECTS 9",
                "CTA: L M1 occlusion",
                "CT head negative",
                "CTA head/neck: no LVO",
                "CT C-spine: no acute fracture",
                "FAST positive RUQ",
                "FAST negative",
                "CXR: R pneumothorax ~20%",
                "CT A/P: splenic laceration grade III",
            ]
        ),
    )
    put(
        "dispo",
        r.choice(
            [
                "admitted to telemetry",
                "admitted to ICU",
                "discharged home",
                "transferred",
                "to OR",
                "observation",
                "to cath lab",
                "left AMA",
                "LWBS",
                "eloped",
                "admitted - boarding",
                "to behavioral health unit",
            ]
        ),
    )
    put("shift", r.choice(["day shift", "night shift", "swing shift", "0700-1900", "1900-0700", "1100-2300"]))
    put("census", str(r.randint(12, 96)))
    put("wait", str(r.randint(14, 612)))
    put("bedreq", r.choice(["Tele", "Med-Surg", "ICU", "Step-down", "Peds", "Psych", "Obs", "Neuro ICU"]))
    put("pct", f"{r.randint(1, 99)}%")
    put("ver", f"{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 9)}")
    put("q_no", str(r.randint(1, 12)))
    put("ratio", f"{r.randint(1, 6)}:{r.randint(1, 6)}")
    put(
        "cath", r.choice(["18g L AC", "20g R hand", "IO L tibia", "18g R AC x2", "16g L AC", "22g R forearm"])
    )
    put("sev", r.choice(["minor", "moderate", "severe", "mild", "critical"]))
    put("kcal", str(r.randint(1, 9)))
    put("lvl", r.choice(["Level 1", "Level 2", "Tier 1", "Tier 2", "Full", "Partial", "Alpha", "Bravo"]))
    put(
        "mech",
        r.choice(
            [
                "MVC, rollover, ejected",
                "fall from ladder ~12 ft",
                "GSW L thigh",
                "stab wound R flank",
                "pedestrian struck ~30 mph",
                "motorcycle vs car, helmeted",
                "assault with bat",
                "bicycle vs pole, unhelmeted",
                "fall down 14 stairs",
                "dog attack",
            ]
        ),
    )
    return v
