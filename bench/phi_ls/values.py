"""Invented values for set S (sexual, reproductive and gender-affirming health).

``identifiers(rng)`` is one invented person and context per note: every typed value becomes a gold span.
``lookalikes(rng)`` is clinical and administrative filler that is not PHI (untyped, never gold).
Only ``rng`` is used, so a seed fixes the set.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
PH, FX, EM, SSN = PhiType.PHONE, PhiType.FAX, PhiType.EMAIL, PhiType.SSN
MRN, HP, ACC, LIC = PhiType.MRN, PhiType.HEALTH_PLAN_ID, PhiType.ACCOUNT, PhiType.LICENSE
VEH, DEV, URL, IP = PhiType.VEHICLE_ID, PhiType.DEVICE_ID, PhiType.URL, PhiType.IP_ADDRESS
BIO, PHO, OID = PhiType.BIOMETRIC, PhiType.PHOTO, PhiType.OTHER_ID

FIRST = (
    "Ana",
    "Jamal",
    "Keisha",
    "Mateo",
    "Priya",
    "Nguyen",
    "Thanh",
    "Oluwaseun",
    "Chidi",
    "Aaliyah",
    "Bao",
    "Sione",
    "Leilani",
    "Dmitri",
    "Yesenia",
    "Marisol",
    "Tariq",
    "Fatima",
    "Hamza",
    "Ingrid",
    "Soren",
    "Aroha",
    "Tevita",
    "Esperanza",
    "Guadalupe",
    "Xiomara",
    "Joaquin",
    "Rafael",
    "Amara",
    "Kwame",
    "Abena",
    "Zainab",
    "Yusuf",
    "Mei",
    "Jun",
    "Hiroshi",
    "Sakura",
    "Min-jun",
    "Seo-yeon",
    "Anh",
    "Kiran",
    "Deepa",
    "Arjun",
    "Lakshmi",
    "Bronwyn",
    "Siobhan",
    "Declan",
    "Niamh",
    "Padraig",
    "Tamsin",
    "Olamide",
    "Ifeoma",
    "Nomvula",
    "Thabo",
    "Aigerim",
    "Nurlan",
    "Svetlana",
    "Bogdan",
    "Agnieszka",
    "Mikael",
    "Astrid",
    "Ximena",
    "Itzel",
    "Tupac",
    "Kalani",
    "Makoa",
    "Shira",
    "Eitan",
    "Yael",
    "Rivka",
    "Darnell",
    "Tyrone",
    "Shaniqua",
    "LaToya",
    "DeShawn",
    "Jo-Ann",
    "Mary-Kate",
    "Hope",
    "Summer",
    "Autumn",
    "Faith",
    "Grace",
    "Georgia",
    "Austin",
    "Madison",
    "Sydney",
    "Dallas",
    "Brooklyn",
    "Paris",
    "Cash",
    "Rusty",
    "Bill",
    "Bob",
    "Frank",
    "Will",
    "Sunny",
    "Rose",
    "Iris",
    "River",
    "Rowan",
    "Sky",
    "Wren",
    "Phoenix",
    "Jude",
    "Sasha",
    "Kai",
    "Ash",
    "Quinn",
    "Emerson",
    "Luz",
    "Nayeli",
    "Anahí",
    "Zoë",
    "Renée",
    "José",
    "Chloé",
    "Björn",
    "Søren",
    "Małgorzata",
)
LAST = (
    "Ruiz",
    "Okafor",
    "Nguyen",
    "Tran",
    "Abernathy",
    "Castellanos",
    "Mbeki",
    "Haddad",
    "Kowalczyk",
    "Fitzgerald",
    "O'Malley",
    "O'Connor",
    "D'Souza",
    "D'Amico",
    "de la Cruz",
    "de la Rosa",
    "del Toro",
    "van der Berg",
    "van Dyke",
    "Van Buren",
    "von Ahn",
    "da Silva",
    "dos Santos",
    "di Marco",
    "Le",
    "MacLeod",
    "McAllister",
    "Al-Rashid",
    "El-Amin",
    "Ben-David",
    "Ortiz-Huang",
    "Reyes-Whitfield",
    "Patel",
    "Raman-Okafor",
    "Chaudhry",
    "Iyer",
    "Banerjee",
    "Kim",
    "Park",
    "Choi",
    "Yamamoto",
    "Takahashi",
    "Wong",
    "Chen",
    "Lin",
    "Pham",
    "Vo",
    "Fa'alogo",
    "Tupou",
    "Kahananui",
    "Begay",
    "Yazzie",
    "Two Bulls",
    "Runningwater",
    "Lindqvist",
    "Johansson",
    "Novak",
    "Horvat",
    "Petrov",
    "Ivanova",
    "Nowak",
    "Schmidt",
    "Müller",
    "Brennan",
    "Adeyemi",
    "Eze",
    "Mensah",
    "Boateng",
    "Diallo",
    "Ndiaye",
    "Kariuki",
    "Otieno",
    "Hernández",
    "Gutiérrez",
    "Peña",
    "Zúñiga",
    "Ibáñez",
    "Hope",
    "Rivers",
    "Brook",
    "Young",
    "Sterling",
    "Fox",
    "Bishop",
    "Mason",
    "Church",
    "Price",
    "Jackson",
    "Washington",
    "Lincoln",
    "Houston",
    "Cleveland",
    "Florence",
    "Camden",
    "Brown",
    "Green",
    "Winter",
    "Law",
    "Strong",
    "Black",
    "Moody",
    "Savage",
    "Small",
    "Day",
    "Friday",
    "Love",
    "Hall",
    "St. Clair",
    "St-Pierre",
    "Fontaine",
    "Lefebvre",
    "Nakamura-Bell",
    "Oyelaran-Smith",
    "Wójcik",
)
NICK = (
    "Dre",
    "Bo",
    "Kiki",
    "Tink",
    "Peaches",
    "Junior",
    "Cookie",
    "Mo",
    "Lulu",
    "Bear",
    "Sonny",
    "Chuy",
    "Nene",
    "Tito",
    "Boo",
    "Jojo",
    "Pinky",
    "Lexi",
    "Rocky",
    "Buddy",
)
CITY = (
    "Harrow Falls",
    "Port Selden",
    "Marlow",
    "Kettering Bluff",
    "Ashby",
    "Lakemont",
    "Cedar Vale",
    "Hope",
    "Normal",
    "Liberty",
    "Paradise",
    "Concord",
    "Independence",
    "Florence",
    "Reading",
    "Bristow",
    "Eastlake",
    "Dunmore",
    "Pine Hollow",
    "Greywater",
    "Saint Albans",
    "San Lázaro",
    "Los Olmos",
    "Wyndham Springs",
    "Fort Ramsey",
    "Oakridge",
    "Bellhaven",
    "Mill Creek",
    "Tallis",
    "New Carlow",
    "Vista Verde",
    "Bayou Chene",
    "Mount Ardent",
    "Riverton",
    "Cold Harbor",
    "Kilgore",
    "Sandpoint",
    "Elk Prairie",
    "Quarry Hill",
    "Winslow",
    "Brightwater",
    "Lodi Junction",
)
COUNTY = (
    "Marlow",
    "Tallis",
    "Greer",
    "Okanee",
    "Burnett",
    "Calhoun",
    "Santa Inés",
    "Dade Ridge",
    "Pawnee",
    "Harlan",
    "Lafourche",
    "Merrimac",
    "Osage",
    "Wexford",
    "Kittson",
    "Blaine",
)
NEIGH = (
    "Eastgate",
    "Little Saigon",
    "the Flats",
    "Southside",
    "Old Fourth Ward",
    "Pilsen Heights",
    "Near North",
    "Riverside Terrace",
    "Chinatown",
    "the Bottoms",
    "Lower Mill",
    "Las Palmas",
)
STREET = (
    "Calloway",
    "Magnolia",
    "Juniper",
    "Ridgecrest",
    "Dr. Martin Luther King Jr.",
    "Cesar Chavez",
    "Old Mill",
    "Harbor View",
    "Sycamore",
    "Pleasant",
    "Kingfisher",
    "Tamarack",
    "Elm",
    "Third",
    "Ninth",
    "Prospect",
    "Wabash",
    "Rue des Lilas",
    "Los Robles",
    "Center",
    "Bayberry",
    "Orchard",
    "Quail Run",
    "Coyote Pass",
    "Lakeshore",
    "Washington",
    "Church",
    "Railroad",
    "Ferry",
)
SUFFIX = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Blvd",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Ct",
    "Way",
    "Pkwy",
    "Hwy",
    "Pl",
    "Terrace",
    "Cir",
)
STATE = (
    "OH",
    "TX",
    "GA",
    "NM",
    "MN",
    "OR",
    "PA",
    "IL",
    "NC",
    "WA",
    "CA",
    "NY",
    "LA",
    "MI",
    "AZ",
    "Ohio",
    "Texas",
    "Georgia",
    "New Mexico",
    "Minnesota",
)
FACILITY = (
    "Sexual Health Clinic",
    "Family Planning Center",
    "Women's Health Center",
    "Community Health Center",
    "Gender Health Program",
    "PrEP Clinic",
    "Reproductive Health Services",
    "STD Clinic",
    "General Hospital",
    "Medical Center",
    "Regional Hospital",
    "Public Health Clinic",
    "Teen Health Center",
    "Pride Health Clinic",
)
DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "health.example.org",
    "clinic.test",
    "inbox.test",
    "patients.example.org",
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


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


def fmt_date(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    style = style or _pick(rng, ("us", "us", "us2", "iso", "long", "abbr", "dmy", "caps", "dot", "ord"))
    mon = MONTHS[d.month - 1]
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{mon} {d.day}, {d.year}"
    if style == "abbr":
        return f"{mon[:3]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {mon[:3]} {d.year}"
    if style == "caps":
        return f"{d.day:02d}-{mon[:3].upper()}-{d.year}"
    if style == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "ord":
        suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"the {d.day}{suffix} of {mon}" if rng.random() < 0.3 else f"{mon} {d.day}{suffix}, {d.year}"
    if style == "short":
        return _pick(rng, (f"{d.month}/{d.day}", f"{mon[:3]} {d.day}", f"{d.day} {mon}", f"{mon} {d.day}"))
    if style == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    raise ValueError(style)


def _luhn_npi(rng: random.Random) -> str:
    body = _pick(rng, ("1", "2")) + _digits(rng, 8)
    digits = [int(c) for c in "80840" + body]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return body + str((10 - total % 10) % 10)


def _dea(rng: random.Random, last: str) -> str:
    ini = last.replace("'", "").replace(" ", "")[:1].upper()
    ini = ini if ini in string.ascii_uppercase else "X"
    d = [int(c) for c in _digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return _pick(rng, ("A", "B", "F", "M")) + ini + "".join(map(str, d)) + str(check)


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {
        **{str(i): i for i in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
        **dict(zip("JKLMN", range(1, 6), strict=True)),
        "P": 7,
        "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
    }
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    vin = [rng.choice(chars) for _ in range(17)]
    vin[9] = rng.choice("HJKLMNPRS")
    total = sum(trans[c] * w for c, w in zip(vin, weights, strict=True))
    vin[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(vin)


def _phone(rng: random.Random) -> str:
    area = _pick(rng, ("312", "404", "505", "614", "503", "212", "713", "919", "651", "971", "215", "470"))
    line = f"01{_digits(rng, 2)}"
    return _pick(
        rng,
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"{area} 555 {line}",
            f"555-{line}",
        ),
    )


def _name_tuple(rng: random.Random) -> tuple[str, str]:
    return _pick(rng, FIRST), _pick(rng, LAST)


def _ocr(rng: random.Random, s: str) -> str:
    swaps = {"i": "l", "l": "1", "o": "0", "m": "rn", "e": "c", "a": "o", "n": "ri", "S": "5", "B": "8"}
    chars = list(s)
    idx = [i for i, c in enumerate(chars) if c in swaps]
    if idx:
        i = rng.choice(idx)
        chars[i] = swaps[chars[i]]
    return "".join(chars)


def identifiers(rng: random.Random) -> dict[str, Value]:
    v: dict[str, Value] = {}
    first, last = _name_tuple(rng)
    mi = rng.choice(string.ascii_uppercase)
    legal_first = _pick(rng, FIRST)
    while legal_first == first:
        legal_first = _pick(rng, FIRST)
    v["pt_first"] = (N, first)
    v["pt_last"] = (N, last)
    v["pt_name"] = (N, _pick(rng, (f"{first} {last}", f"{first} {mi}. {last}", f"{first} {last}")))
    v["pt_name_lf"] = (N, _pick(rng, (f"{last}, {first}", f"{last}, {first} {mi}.", f"{last},{first}")))
    v["pt_name_caps"] = (
        N,
        _pick(rng, (f"{last.upper()}, {first.upper()}", f"{first.upper()} {last.upper()}")),
    )
    v["pt_last_caps"] = (N, last.upper())
    v["pt_first_caps"] = (N, first.upper())
    v["pt_initials"] = (
        N,
        _pick(rng, (f"{first[0]}.{last[0]}.", f"{first[0]}{last[0]}", f"{first[0]}. {last}")),
    )
    v["pt_last_ocr"] = (N, _ocr(rng, last))
    v["pt_nick"] = (N, _pick(rng, NICK))
    v["legal_first"] = (N, legal_first)
    v["legal_name"] = (N, f"{legal_first} {_pick(rng, (mi + '. ', ''))}{last}")
    v["legal_name_lf"] = (N, f"{last.upper()}, {legal_first.upper()}")
    for key in (
        "p1",
        "p2",
        "p3",
        "parent",
        "gp",
        "sib",
        "clin",
        "clin2",
        "rn",
        "dis",
        "cm",
        "atty",
        "adv",
        "pharm",
        "sane",
        "interp",
        "ma",
        "judge",
        "donor",
        "peer",
    ):
        f, la = _name_tuple(rng)
        v[f"{key}_first"] = (N, f)
        v[f"{key}_last"] = (N, la)
        v[f"{key}_name"] = (
            N,
            _pick(
                rng,
                (
                    f"{f} {la}",
                    f"{f} {la}",
                    f"{f} {rng.choice(string.ascii_uppercase)}. {la}",
                    f"{f[0]}. {la}",
                ),
            ),
        )
    v["tech_init"] = (N, _letters(rng, rng.choice((2, 3))))
    v["p1_nick"] = (N, _pick(rng, NICK))
    v["p1_last_caps"] = (N, v["p1_last"][1].upper())

    # dates
    dob = _date(rng, dt.date(1952, 1, 1), dt.date(2007, 12, 31))
    minor_dob = _date(rng, dt.date(2008, 6, 1), dt.date(2011, 6, 1))
    visit = _date(rng, dt.date(2023, 1, 10), dt.date(2026, 9, 30))
    v["dob"] = (D, fmt_date(rng, dob))
    v["dob_us"] = (D, fmt_date(rng, dob, _pick(rng, ("us", "us2"))))
    v["dob_iso"] = (D, fmt_date(rng, dob, "iso"))
    v["dob_hl7"] = (D, fmt_date(rng, dob, "hl7"))
    v["dob_minor"] = (D, fmt_date(rng, minor_dob))
    v["p1_dob"] = (
        D,
        fmt_date(
            rng, _date(rng, dt.date(1960, 1, 1), dt.date(2006, 12, 31)), _pick(rng, ("us", "us2", "iso"))
        ),
    )
    v["d_visit"] = (D, fmt_date(rng, visit))
    v["d_visit_us"] = (D, fmt_date(rng, visit, "us"))
    v["d_visit_iso"] = (D, fmt_date(rng, visit, "iso"))
    v["d_visit_long"] = (D, fmt_date(rng, visit, "long"))
    v["d_visit_short"] = (D, fmt_date(rng, visit, "short"))
    v["d_visit_hl7"] = (D, fmt_date(rng, visit, "hl7") + f"{rng.randrange(7, 19):02d}{rng.randrange(60):02d}")
    hh, mm = rng.randrange(7, 20), rng.randrange(60)
    v["dt_stamp"] = (
        D,
        _pick(
            rng,
            (
                f"{visit.isoformat()} {hh:02d}:{mm:02d}",
                f"{visit.month:02d}/{visit.day:02d}/{visit.year} {hh:02d}:{mm:02d}",
                f"{visit.isoformat()}T{hh:02d}:{mm:02d}:{rng.randrange(60):02d}Z",
                f"{visit.month}/{visit.day}/{visit.year % 100:02d} {(hh - 1) % 12 + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
            ),
        ),
    )
    later = [visit + dt.timedelta(days=rng.randrange(1, 200)) for _ in range(8)]
    earlier = sorted(visit - dt.timedelta(days=rng.randrange(1, 700)) for _ in range(8))
    for i, d in enumerate(earlier):
        v[f"d_prev{i}"] = (D, fmt_date(rng, d, _pick(rng, ("us", "iso", "abbr", "us2"))))
    for i, d in enumerate(sorted(later)):
        v[f"d_next{i}"] = (D, fmt_date(rng, d))
    seq_style = _pick(rng, ("us", "iso", "dmy", "caps"))
    for i, d in enumerate(earlier[-5:]):
        v[f"d_seq{i}"] = (D, fmt_date(rng, d, seq_style))
    v["d_seq5"] = (D, fmt_date(rng, visit, seq_style))
    v["d_lmp"] = (
        D,
        fmt_date(
            rng, visit - dt.timedelta(days=rng.randrange(35, 110)), _pick(rng, ("us", "us2", "short", "abbr"))
        ),
    )
    v["d_exp"] = (
        D,
        fmt_date(
            rng, visit - dt.timedelta(days=rng.randrange(0, 3)), _pick(rng, ("us", "short", "abbr", "us2"))
        ),
    )
    v["d_event"] = (D, fmt_date(rng, visit - dt.timedelta(days=rng.randrange(3, 60))))
    v["d_short"] = (D, fmt_date(rng, earlier[3], "short"))
    v["d_short2"] = (D, fmt_date(rng, later[2], "short"))
    ts = visit - dt.timedelta(days=rng.randrange(0, 4))
    v["d_collect_hl7"] = (D, fmt_date(rng, ts, "hl7") + f"{rng.randrange(7, 19):02d}{rng.randrange(60):02d}")

    # ages over 89
    age = rng.randrange(90, 104)
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
    }
    v["age90"] = (A, str(age))
    v["age90_w"] = (A, _pick(rng, (words[age], words[age].capitalize(), str(age))))
    v["age90_b"] = (A, str(rng.randrange(90, 101)))

    # places
    city, city2, city3 = rng.sample(CITY, 3)
    num = rng.randrange(2, 19999)
    street = f"{num} {_pick(rng, ('', '', '', 'N ', 'S ', 'E ', 'W ', 'North '))}{_pick(rng, STREET)} {_pick(rng, SUFFIX)}"
    v["street"] = (L, street)
    v["street_caps"] = (L, street.upper())
    v["unit"] = (
        L,
        _pick(
            rng,
            (
                f"Apt {rng.randrange(1, 40)}{_pick(rng, 'ABCDEF')}",
                f"#{rng.randrange(1, 900)}",
                f"Unit {rng.randrange(1, 300)}",
                f"Apt. {rng.randrange(100, 999)}",
                f"Lot {rng.randrange(1, 80)}",
                f"Trlr {rng.randrange(1, 60)}",
                f"Ste {rng.randrange(100, 500)}",
            ),
        ),
    )
    v["city"] = (L, city)
    v["city_caps"] = (L, city.upper())
    v["county"] = (L, _pick(rng, COUNTY) + _pick(rng, (" County", " County", " Parish", " County")))
    z = f"{rng.randrange(10000, 99950):05d}"
    v["zip"] = (L, _pick(rng, (z, z, f"{z}-{_digits(rng, 4)}")))
    v["zip5"] = (L, z)
    v["state"] = (None, _pick(rng, STATE))
    v["neigh"] = (L, _pick(rng, NEIGH))
    v["facility"] = (L, f"{city2} {_pick(rng, FACILITY)}")
    v["facility2"] = (
        L,
        f"{_pick(rng, FACILITY)} of {city3}" if rng.random() < 0.4 else f"{city3} {_pick(rng, FACILITY)}",
    )
    v["alt_street"] = (L, f"{rng.randrange(2, 9999)} {_pick(rng, STREET)} {_pick(rng, SUFFIX)}")
    v["alt_city"] = (L, city3)
    v["alt_zip"] = (L, f"{rng.randrange(10000, 99950):05d}")
    v["po_box"] = (
        L,
        _pick(rng, (f"PO Box {rng.randrange(10, 9999)}", f"P.O. Box {rng.randrange(10, 9999)}")),
    )
    v["p1_street"] = (L, f"{rng.randrange(2, 9999)} {_pick(rng, STREET)} {_pick(rng, SUFFIX)}")
    v["p1_city"] = (L, _pick(rng, CITY))
    v["city2"] = (L, city2)

    # contact
    v["phone"] = (PH, _phone(rng))
    v["phone2"] = (PH, _phone(rng))
    v["phone3"] = (PH, _phone(rng))
    v["fax"] = (FX, _phone(rng))
    v["fax2"] = (FX, _phone(rng))
    handle = _pick(
        rng,
        (
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{first}{rng.randrange(1, 99)}",
            f"{last}.{first[0]}",
            f"{first}_{last}{rng.randrange(70, 99)}",
        ),
    )
    handle = "".join(c for c in handle.lower() if c.isascii() and (c.isalnum() or c in "._"))
    v["email"] = (EM, f"{handle}@{_pick(rng, DOMAINS)}")
    pf = v["p1_first"][1]
    h2 = "".join(c for c in f"{pf}{rng.randrange(1, 999)}".lower() if c.isascii() and c.isalnum())
    v["email2"] = (EM, f"{h2}@{_pick(rng, DOMAINS)}")
    v["email_staff"] = (
        EM,
        "".join(c for c in f"{v['cm_first'][1][0]}{v['cm_last'][1]}".lower() if c.isascii() and c.isalpha())
        + f"@{_pick(rng, DOMAINS)}",
    )
    v["url"] = (
        URL,
        _pick(
            rng,
            (
                f"https://portal.example.org/p/{_digits(rng, 7)}",
                f"https://mychart.example.com/records/{_letters(rng, 3)}{_digits(rng, 5)}",
                f"www.example.org/fund/{handle.replace('.', '-')}",
                f"https://telehealth.example.net/room/{handle.replace('.', '')}",
                f"http://app.example.test/u/{handle}",
                f"https://pay.example.com/i/{_digits(rng, 9)}",
            ),
        ),
    )
    v["url2"] = (
        URL,
        _pick(
            rng,
            (
                f"https://social.example.com/{h2}",
                f"https://date.example.test/profile/{_digits(rng, 8)}",
                f"https://www.example.net/@{h2}",
                f"connect.example.org/m/{h2}",
            ),
        ),
    )
    v["ip"] = (
        IP,
        f"{rng.choice((10, 24, 67, 73, 98, 172, 192, 203))}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
    )
    v["ip2"] = (
        IP,
        _pick(
            rng,
            (
                f"{rng.randrange(11, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"2001:db8:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}",
            ),
        ),
    )

    # government / record / plan numbers
    area = rng.choice([n for n in range(1, 900) if n != 666])
    sd = (f"{area:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}")
    v["ssn"] = (SSN, _pick(rng, ("-".join(sd), "-".join(sd), " ".join(sd), "".join(sd))))
    v["mrn"] = (
        MRN,
        _pick(
            rng,
            (
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                f"SH{_digits(rng, 6)}",
                f"00{_digits(rng, 7)}",
                f"M{_digits(rng, 9)}",
            ),
        ),
    )
    v["mrn2"] = (
        MRN,
        _pick(
            rng,
            (
                _digits(rng, 7),
                f"RH-{_digits(rng, 6)}",
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
            ),
        ),
    )
    v["client_no"] = (
        MRN,
        _pick(rng, (f"FP{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_digits(rng, 3)}", f"C{_digits(rng, 7)}")),
    )
    v["medicaid"] = (
        HP,
        _pick(
            rng,
            (
                f"{_letters(rng, 2)}{_digits(rng, 8)}",
                _digits(rng, 10),
                f"{_digits(rng, 9)}{_letters(rng, 1)}",
            ),
        ),
    )
    v["member_id"] = (
        HP,
        _pick(
            rng,
            (
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"U{_digits(rng, 8)}{_pick(rng, ('01', '02', '03'))}",
            ),
        ),
    )
    mbi = (
        f"{rng.randrange(1, 10)}{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randrange(10)}"
        f"{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randrange(10)}"
        f"{_letters(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_digits(rng, 2)}"
    )
    v["mbi"] = (HP, _pick(rng, (mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}")))
    v["group_no"] = (
        HP,
        _pick(
            rng,
            (
                _digits(rng, 6),
                f"GRP{_digits(rng, 5)}",
                f"{_digits(rng, 5)}-{_letters(rng, 2)}",
                f"G{_digits(rng, 7)}",
            ),
        ),
    )
    v["adap_id"] = (
        HP,
        _pick(
            rng,
            (
                f"ADAP{_digits(rng, 6)}",
                f"AD-{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"{_letters(rng, 2)}{_digits(rng, 7)}A",
            ),
        ),
    )
    v["copay_id"] = (
        HP,
        _pick(rng, (_digits(rng, 11), f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}")),
    )
    v["acct"] = (
        ACC,
        _pick(
            rng,
            (
                _digits(rng, 9),
                f"A{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                f"PA{_digits(rng, 7)}",
            ),
        ),
    )
    v["fin"] = (
        ACC,
        _pick(rng, (_digits(rng, 10), f"V{_digits(rng, 9)}", f"{_digits(rng, 2)}-{_digits(rng, 8)}")),
    )
    v["claim"] = (
        ACC,
        _pick(
            rng,
            (
                f"CLM{_digits(rng, 10)}",
                f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 8)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 5)}",
            ),
        ),
    )
    v["npi"] = (LIC, _luhn_npi(rng))
    v["npi2"] = (LIC, _luhn_npi(rng))
    v["dea"] = (LIC, _dea(rng, v["clin_last"][1]))
    v["dl"] = (
        LIC,
        _pick(
            rng,
            (
                f"{last[0].upper() if last[0].isascii() else 'K'}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                _digits(rng, 9),
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            ),
        ),
    )
    v["state_id"] = (LIC, _pick(rng, (f"ID{_digits(rng, 8)}", f"{_letters(rng, 1)}{_digits(rng, 8)}")))
    v["rn_lic"] = (
        LIC,
        _pick(rng, (f"RN{_digits(rng, 6)}", _digits(rng, 7), f"{_digits(rng, 3)}.{_digits(rng, 6)}")),
    )
    v["med_lic"] = (
        LIC,
        _pick(
            rng,
            (
                f"MD{_digits(rng, 6)}",
                f"A{_digits(rng, 5)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"APRN.{_digits(rng, 7)}",
            ),
        ),
    )
    v["birth_cert"] = (
        LIC,
        _pick(
            rng,
            (
                f"{_digits(rng, 3)}-{rng.randrange(1950, 2011)}-{_digits(rng, 6)}",
                _digits(rng, 11),
                f"BC{_digits(rng, 8)}",
            ),
        ),
    )

    v["plate"] = (
        VEH,
        _pick(
            rng,
            (
                f"{rng.randrange(1, 10)}{_letters(rng, 3)}{_digits(rng, 3)}",
                f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                f"{_letters(rng, 3)} {_digits(rng, 4)}",
                f"{_digits(rng, 3)} {_letters(rng, 3)}",
                f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 3)}",
            ),
        ),
    )
    v["plate2"] = (
        VEH,
        _pick(
            rng,
            (
                f"{_letters(rng, 3)}{_digits(rng, 4)}",
                f"{_digits(rng, 1)}{_letters(rng, 2)}-{_digits(rng, 4)}",
            ),
        ),
    )
    v["vin"] = (VEH, _vin(rng))

    v["dev_lot"] = (
        DEV,
        _pick(
            rng,
            (
                f"{_letters(rng, 1)}{_digits(rng, 6)}",
                f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 2)}",
                f"LOT{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{_digits(rng, 5)}",
            ),
        ),
    )
    v["dev_serial"] = (
        DEV,
        _pick(
            rng,
            (
                _digits(rng, 10),
                f"SN{_digits(rng, 8)}",
                f"{_digits(rng, 7)}-{_digits(rng, 3)}",
                f"{_letters(rng, 3)}{_digits(rng, 7)}",
            ),
        ),
    )
    gtin = "0" + _pick(rng, ("0380", "0885", "0736", "0050")) + _digits(rng, 9)
    v["udi"] = (
        DEV,
        _pick(
            rng,
            (
                f"(01){gtin}(17)2{rng.randrange(7, 9)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}(10){_letters(rng, 1)}{_digits(rng, 5)}(21){_digits(rng, 7)}",
                f"01{gtin}172{rng.randrange(7, 9)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}21{_digits(rng, 8)}",
                f"+{_letters(rng, 1)}{_digits(rng, 3)}{_letters(rng, 4)}{_digits(rng, 2)}/$$3{_digits(rng, 6)}{_letters(rng, 2)}{_digits(rng, 3)}",
            ),
        ),
    )
    v["implant_serial"] = (
        DEV,
        _pick(rng, (f"{_digits(rng, 8)}-{_digits(rng, 3)}", f"IMP-{_digits(rng, 7)}", f"{_digits(rng, 11)}")),
    )

    v["bio_palm"] = (
        BIO,
        _pick(
            rng,
            (
                f"PV-{_digits(rng, 4)}-{_letters(rng, 4, 'ABCDEF0123456789')}-{_letters(rng, 4, 'ABCDEF0123456789')}",
                f"PVT{_digits(rng, 9)}",
            ),
        ),
    )
    v["bio_fp"] = (
        BIO,
        _pick(
            rng,
            (
                f"FP-{_digits(rng, 8)}",
                f"FPT{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_letters(rng, 12, 'abcdef0123456789')}",
            ),
        ),
    )
    v["bio_voice"] = (BIO, _pick(rng, (f"VP-{_digits(rng, 6)}-{_letters(rng, 2)}", f"VOX{_digits(rng, 8)}")))
    v["photo_file"] = (
        PHO,
        _pick(
            rng,
            (
                f"IMG_{fmt_date(rng, visit, 'hl7')}_{_digits(rng, 6)}.jpg",
                f"pt_photo_{_digits(rng, 7)}.png",
                f"{last.lower().replace(' ', '').replace(chr(39), '')}_{first[0].lower()}_face.jpg",
                f"DSC{_digits(rng, 5)}.JPG",
                f"idphoto-{_digits(rng, 6)}.jpeg",
            ),
        ),
    )
    v["photo_id"] = (
        PHO,
        _pick(
            rng,
            (f"PH-{_digits(rng, 6)}", f"PHOTO{_digits(rng, 7)}", f"IMG-{_letters(rng, 2)}-{_digits(rng, 5)}"),
        ),
    )

    yy = rng.randrange(23, 27)
    v["accession"] = (
        OID,
        _pick(
            rng,
            (
                f"S{yy}-{_digits(rng, 6)}",
                f"{_letters(rng, 2)}{_digits(rng, 8)}",
                f"{yy}{_letters(rng, 1)}{_digits(rng, 7)}",
                f"ACC-{_digits(rng, 7)}",
            ),
        ),
    )
    v["specimen"] = (
        OID,
        _pick(
            rng,
            (
                f"SP{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                f"B{_digits(rng, 9)}",
            ),
        ),
    )
    v["dis_case"] = (
        OID,
        _pick(
            rng,
            (
                f"20{yy}-STI-{_digits(rng, 5)}",
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
                f"PS{_digits(rng, 7)}",
                f"IXS-{_digits(rng, 6)}",
            ),
        ),
    )
    v["field_rec"] = (
        OID,
        _pick(rng, (f"FR{_digits(rng, 6)}", f"{_digits(rng, 8)}", f"FR-{yy}-{_digits(rng, 4)}")),
    )
    v["uci"] = (
        OID,
        _pick(
            rng,
            (
                f"{_letters(rng, 4)}{_digits(rng, 6)}{_letters(rng, 1)}",
                f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 4)}U",
            ),
        ),
    )
    v["cw_id"] = (OID, _pick(rng, (f"CW{_digits(rng, 6)}", _digits(rng, 6), f"RW-{_digits(rng, 5)}")))
    v["rx_no"] = (
        OID,
        _pick(rng, (_digits(rng, 7), f"RX{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}")),
    )
    v["rx_no2"] = (
        OID,
        _pick(rng, (_digits(rng, 7), f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 4)}")),
    )
    v["pa_ref"] = (
        OID,
        _pick(
            rng, (f"PA{_digits(rng, 9)}", f"{_letters(rng, 3)}-{_digits(rng, 6)}", f"AUTH{_digits(rng, 8)}")
        ),
    )
    v["sak_no"] = (
        OID,
        _pick(
            rng,
            (f"SAK-{yy}-{_digits(rng, 5)}", f"K{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 4)}-SA"),
        ),
    )
    v["police_no"] = (
        OID,
        _pick(
            rng,
            (f"{yy}-{_digits(rng, 6)}", f"RPT{_digits(rng, 8)}", f"{_letters(rng, 2)}{yy}{_digits(rng, 5)}"),
        ),
    )
    v["docket"] = (
        OID,
        _pick(
            rng,
            (
                f"20{yy}-JV-{_digits(rng, 6)}",
                f"JB {_digits(rng, 2)}-{_digits(rng, 4)}",
                f"{yy}JB{_digits(rng, 5)}",
                f"CV-{yy}-{_digits(rng, 5)}",
            ),
        ),
    )
    v["docket2"] = (
        OID,
        _pick(rng, (f"{yy}-CV-{_digits(rng, 5)}", f"NC{_digits(rng, 7)}", f"20{yy}-NC-{_digits(rng, 4)}")),
    )
    v["passport"] = (OID, _pick(rng, (f"{_letters(rng, 1)}{_digits(rng, 8)}", _digits(rng, 9))))
    v["student_id"] = (
        OID,
        _pick(rng, (f"S{_digits(rng, 8)}", _digits(rng, 7), f"{_digits(rng, 3)}-{_digits(rng, 4)}")),
    )
    v["employee_id"] = (OID, _pick(rng, (f"E{_digits(rng, 6)}", f"EMP-{_digits(rng, 5)}")))
    v["study_id"] = (
        OID,
        _pick(
            rng,
            (
                f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                f"SUBJ{_digits(rng, 5)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_letters(rng, 1)}",
            ),
        ),
    )
    v["handle"] = (
        OID,
        _pick(
            rng,
            (
                f"{v['p1_first'][1].lower()}_{rng.randrange(10, 99)}",
                f"{_pick(rng, ('top', 'vers', 'discreet', 'chill', 'dl', 'sweet'))}{_pick(rng, ('guy', 'gal', 'boi', 'one', 'bear'))}{rng.randrange(1, 999)}",
                f"{_pick(rng, NICK).lower()}{_digits(rng, 3)}",
            ),
        ),
    )
    v["req_no"] = (OID, _pick(rng, (f"REQ{_digits(rng, 7)}", f"{_digits(rng, 9)}", f"LR-{_digits(rng, 6)}")))
    v["voucher"] = (
        OID,
        _pick(
            rng, (f"PLG-{_digits(rng, 5)}", f"AF{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_letters(rng, 2)}")
        ),
    )
    v["ept_no"] = (OID, _pick(rng, (f"EPT-{_digits(rng, 6)}", f"EPT{yy}{_digits(rng, 4)}")))
    v["interview_no"] = (OID, _pick(rng, (f"INT-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}")))
    v["order_no"] = (
        OID,
        _pick(rng, (f"ORD{_digits(rng, 8)}", f"{_letters(rng, 2)}{_digits(rng, 7)}", f"W{_digits(rng, 6)}")),
    )
    v["ticket"] = (OID, _pick(rng, (f"CCR-{_digits(rng, 6)}", f"HIM{_digits(rng, 7)}")))
    return v


def lookalikes(rng: random.Random) -> dict[str, Value]:
    u = lambda s: (None, s)  # noqa: E731
    p = lambda seq: (None, _pick(rng, seq))  # noqa: E731
    v: dict[str, Value] = {}
    v["cd4"] = u(str(rng.randrange(18, 1400)))
    v["cd4_b"] = u(str(rng.randrange(18, 1400)))
    v["cd4pct"] = u(f"{rng.randrange(4, 48)}%")
    vl = rng.choice((rng.randrange(20, 200), rng.randrange(200, 9000), rng.randrange(9000, 900000)))
    v["vl"] = u(f"{vl:,}")
    v["vl_b"] = u(
        _pick(
            rng,
            (
                "<20",
                "Not detected",
                "<40",
                "TND",
                f"{rng.randrange(20, 199)}",
                "<20 (detected, not quantifiable)",
            ),
        )
    )
    v["vl_c"] = u(_pick(rng, ("<20", "<20", f"{rng.randrange(20, 90000):,}", "Not detected")))
    v["vl_log"] = u(f"{rng.uniform(1.3, 6.2):.2f}")
    dil = _pick(rng, ("1:1", "1:2", "1:4", "1:8", "1:16", "1:32", "1:64", "1:128", "1:256"))
    v["rpr"] = u(dil)
    v["rpr_prev"] = u(_pick(rng, ("NR", "1:2", "1:4", "1:8", "1:16", "1:32", "1:64")))
    v["tppa"] = p(("Reactive", "Non-reactive", "Reactive", "Indeterminate"))
    v["hcg"] = u(f"{rng.randrange(5, 180000):,}")
    v["ga"] = u(f"{rng.randrange(4, 14)}w{rng.randrange(0, 7)}d")
    v["ga_wk"] = u(str(rng.randrange(5, 22)))
    v["crl"] = u(f"{rng.uniform(2, 60):.1f}")
    v["estradiol"] = u(str(rng.randrange(20, 420)))
    v["testosterone"] = u(str(rng.randrange(8, 1100)))
    v["shbg"] = u(str(rng.randrange(10, 140)))
    v["lh"] = u(f"{rng.uniform(0.1, 30):.1f}")
    v["prl"] = u(f"{rng.uniform(3, 60):.1f}")
    v["k_val"] = u(f"{rng.uniform(3.3, 5.6):.1f}")
    v["creat"] = u(f"{rng.uniform(0.5, 1.6):.2f}")
    v["egfr"] = u(str(rng.randrange(45, 130)))
    v["alt"] = u(str(rng.randrange(8, 90)))
    v["hgb"] = u(f"{rng.uniform(10.5, 17.8):.1f}")
    v["hct"] = u(f"{rng.uniform(32, 52):.1f}")
    v["a1c"] = u(f"{rng.uniform(4.8, 9.5):.1f}")
    v["bp"] = u(f"{rng.randrange(96, 168)}/{rng.randrange(58, 102)}")
    v["hr"] = u(str(rng.randrange(52, 118)))
    v["temp"] = u(f"{rng.uniform(97.0, 100.9):.1f}")
    v["wt"] = u(f"{rng.uniform(45, 140):.1f}")
    v["bmi"] = u(f"{rng.uniform(17.5, 44):.1f}")
    v["age_a"] = u(str(rng.randrange(18, 72)))
    v["age_b"] = u(str(rng.randrange(19, 89)))
    v["age_minor"] = u(str(rng.randrange(13, 18)))
    v["yr"] = u(str(rng.randrange(1998, 2025)))
    v["yr2"] = u(str(rng.randrange(2008, 2025)))
    for k in ("time1", "time2", "time3"):
        h, m = rng.randrange(7, 21), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
        v[k] = u(
            _pick(
                rng,
                (
                    f"{h:02d}:{m:02d}",
                    f"{h:02d}{m:02d}",
                    f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}",
                    f"{(h - 1) % 12 + 1}:{m:02d}{'a' if h < 12 else 'p'}",
                ),
            )
        )
    v["icd_sti"] = p(
        (
            "A54.00",
            "A56.09",
            "A53.9",
            "A51.0",
            "A51.31",
            "A52.9",
            "A59.01",
            "A60.04",
            "A63.0",
            "B20",
            "Z21",
            "N76.0",
            "A54.5",
        )
    )
    v["icd_z"] = p(
        (
            "Z11.3",
            "Z11.4",
            "Z20.2",
            "Z20.6",
            "Z71.7",
            "Z72.51",
            "Z72.52",
            "Z72.53",
            "Z79.899",
            "Z77.21",
            "Z71.89",
        )
    )
    v["icd_fp"] = p(
        (
            "Z30.011",
            "Z30.013",
            "Z30.014",
            "Z30.017",
            "Z30.430",
            "Z30.432",
            "Z30.433",
            "Z30.46",
            "Z30.09",
            "Z30.2",
            "Z31.62",
            "Z31.84",
        )
    )
    v["icd_preg"] = p(
        ("Z32.01", "Z32.02", "Z33.2", "O02.1", "O03.9", "O20.0", "O00.10", "Z3A.08", "Z3A.10", "O36.80X0")
    )
    v["icd_ga"] = p(("F64.0", "Z87.890", "F64.9", "Z79.890", "E34.9"))
    v["cpt_lab"] = p(
        (
            "87491",
            "87591",
            "87661",
            "86780",
            "86592",
            "86593",
            "87389",
            "87536",
            "87806",
            "81025",
            "84702",
            "86701",
            "87340",
            "86803",
        )
    )
    v["cpt_proc"] = p(
        (
            "58300",
            "58301",
            "11981",
            "11982",
            "11983",
            "59840",
            "59820",
            "59812",
            "57452",
            "96372",
            "54050",
            "56501",
            "99000",
        )
    )
    v["cpt_em"] = p(("99202", "99203", "99213", "99214", "99215", "99384", "99395", "99401", "99402"))
    v["hcpcs"] = p(
        (
            "J0561",
            "J1050",
            "J7298",
            "J7300",
            "J7301",
            "J7307",
            "J3121",
            "J1071",
            "S0199",
            "J0694",
            "G0432",
            "G0433",
            "G0011",
            "G0012",
            "J0739",
            "J0696",
        )
    )
    v["ndc"] = u(
        _pick(
            rng,
            (
                f"{_digits(rng, 5)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                f"{_digits(rng, 5)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
            ),
        )
    )
    v["loinc"] = p(
        (
            "25836-8",
            "20507-0",
            "43304-5",
            "21613-5",
            "24111-7",
            "75622-1",
            "2986-8",
            "2243-4",
            "5393-4",
            "24467-3",
            "2106-3",
            "69668-2",
            "47236-7",
        )
    )
    v["snomed"] = p(
        (
            "76272004",
            "15628003",
            "8098009",
            "240589008",
            "86406008",
            "169443000",
            "410429000",
            "698314001",
            "32831000119105",
        )
    )
    v["drug_lot"] = u(
        _pick(
            rng,
            (
                f"{_letters(rng, 1)}{_digits(rng, 5)}",
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 3)}",
                f"{_letters(rng, 2)}{_digits(rng, 4)}{_letters(rng, 1)}",
            ),
        )
    )
    v["drug_lot2"] = u(f"{_letters(rng, 1)}{_digits(rng, 4)}")
    v["clia"] = u(f"{_digits(rng, 2)}D{_digits(rng, 7)}")
    v["cap_no"] = u(_digits(rng, 7))
    v["ncpdp"] = u(_digits(rng, 7))
    v["org_npi"] = u(_luhn_npi(rng))
    v["ein"] = u(f"{_digits(rng, 2)}-{_digits(rng, 7)}")
    v["titlex_grant"] = u(f"FPHPA{_digits(rng, 6)}")
    v["rw_grant"] = u(f"H{rng.choice((76, 89, 12))}HA{_digits(rng, 5)}")
    v["site_code"] = u(
        _pick(rng, (f"Site {_digits(rng, 3)}", f"SC-{_digits(rng, 2)}", f"Clinic {_digits(rng, 2)}"))
    )
    v["prog_code"] = p(
        ("EIS", "MCM", "NMCM", "PS-01", "FP-T10", "RWB-ADAP", "PREP-NAV", "HOPWA", "EPT-3", "DIS-2")
    )
    v["form_no"] = u(
        _pick(
            rng,
            (
                f"Form {_letters(rng, 2)}-{_digits(rng, 3)}",
                "HHS-687",
                "CDC 73.2936S",
                f"SHC-{_digits(rng, 3)}",
                f"DOH {_digits(rng, 4)}",
            ),
        )
    )
    v["form_rev"] = u(
        _pick(
            rng,
            (
                f"Rev. {rng.randrange(2015, 2026)}",
                f"v{rng.randrange(1, 9)}.{rng.randrange(0, 10)}",
                f"rev {rng.randrange(2, 14)}",
                "Ver 3",
            ),
        )
    )
    v["policy_no"] = u(
        _pick(
            rng,
            (
                f"Policy SH-{_digits(rng, 3)}",
                f"P&P {_digits(rng, 2)}.{_digits(rng, 2)}",
                f"SOP-{_digits(rng, 3)}",
            ),
        )
    )
    v["room"] = u(
        _pick(
            rng,
            (
                f"Room {rng.randrange(1, 40)}",
                f"Exam {rng.randrange(1, 14)}",
                f"Rm {rng.randrange(100, 420)}{_pick(rng, ('', 'A', 'B'))}",
                f"Bay {rng.randrange(1, 12)}",
            ),
        )
    )
    v["bed"] = u(f"Bed {rng.randrange(1, 30)}{_pick(rng, ('', 'A', 'B'))}")
    v["money"] = u(f"${rng.randrange(0, 1900)}.{rng.choice((0, 50, 25, 99)):02d}")
    v["money2"] = u(f"${rng.randrange(20, 800):,}")
    v["fee_tier"] = p(
        (
            "Tier A (0%)",
            "Slide 2 - 25%",
            "Slide 3 - 50%",
            "Full fee",
            "100% FPL",
            "$0 - under 101% FPL",
            "201-250% FPL",
        )
    )
    v["fpl"] = u(f"{rng.randrange(40, 500)}%")
    v["income"] = u(f"${rng.randrange(800, 6500):,}")
    v["hh_size"] = u(str(rng.randrange(1, 7)))
    v["eponym"] = p(
        (
            "Jarisch-Herxheimer reaction",
            "Fitz-Hugh-Curtis syndrome",
            "Bartholin cyst",
            "Kaposi sarcoma",
            "Reiter syndrome",
            "Graves' disease",
            "Hashimoto thyroiditis",
            "Skene gland",
            "Chadwick sign",
            "Hegar sign",
            "Asherman syndrome",
            "Parkinson disease",
        )
    )
    v["brand_prep"] = p(("Truvada", "Descovy", "Apretude", "emtricitabine/tenofovir DF", "F/TAF"))
    v["brand_art"] = p(
        ("Biktarvy", "Dovato", "Triumeq", "Cabenuva", "Symtuza", "Juluca", "Genvoya", "Odefsey")
    )
    v["brand_larc"] = p(("Nexplanon", "Mirena", "Kyleena", "Liletta", "Skyla", "Paragard"))
    v["brand_contra"] = p(
        (
            "Depo-Provera CI 150 mg",
            "Depo-SubQ Provera 104",
            "NuvaRing",
            "Annovera",
            "Xulane patch",
            "Twirla",
            "Opill 0.075 mg",
            "Slynd",
            "Sprintec",
            "Junel Fe 1/20",
            "Nextstellis",
            "Phexxi",
        )
    )
    v["brand_ec"] = p(
        ("Plan B One-Step", "ella 30 mg", "levonorgestrel 1.5 mg", "ulipristal acetate 30 mg", "My Way")
    )
    v["abx"] = p(
        (
            "ceftriaxone 500 mg IM x1",
            "doxycycline 100 mg PO BID x7d",
            "Bicillin L-A 2.4 million units IM x1",
            "azithromycin 1 g PO x1",
            "metronidazole 500 mg PO BID x7d",
            "Bicillin L-A 2.4 MU IM weekly x3",
            "ceftriaxone 1 g IM x1",
            "doxy-PEP 200 mg within 72h",
        )
    )
    v["e_regimen"] = p(
        (
            "estradiol valerate 20 mg IM q2wk",
            "estradiol 4 mg PO daily",
            "estradiol patch 0.1 mg/24h twice weekly",
            "estradiol 6 mg SL daily",
            "estradiol cypionate 5 mg IM weekly",
        )
    )
    v["t_regimen"] = p(
        (
            "testosterone cypionate 80 mg IM weekly",
            "testosterone cypionate 50 mg SC weekly",
            "Xyosted 75 mg SC weekly",
            "AndroGel 1.62% 2 pumps daily",
            "testosterone enanthate 100 mg IM q2wk",
        )
    )
    v["antiandrogen"] = p(
        (
            "spironolactone 100 mg BID",
            "spironolactone 50 mg daily",
            "finasteride 1 mg daily",
            "bicalutamide 50 mg daily",
            "leuprolide 22.5 mg IM q3mo",
        )
    )
    v["role"] = p(
        (
            "the attending",
            "the charge nurse",
            "the on-call provider",
            "DIS",
            "the PrEP navigator",
            "the medical case manager",
            "the clinic manager",
            "the covering NP",
            "the front desk",
            "the interpreter",
            "the SANE",
            "the social worker",
        )
    )
    v["role2"] = p(
        (
            "patient navigator",
            "benefits counselor",
            "lab courier",
            "medical assistant",
            "peer advocate",
            "float RN",
        )
    )
    v["org"] = p(
        (
            "Lantern Health Alliance",
            "Open Door Community Health",
            "Bridgewell Family Planning",
            "the state ADAP",
            "the county health department",
            "Hopeline Abortion Fund",
            "Sunrise Ryan White Consortium",
            "Northstar Reference Laboratory",
            "Kindred Pharmacy Services",
            "Prism Gender Health Collaborative",
            "Midwest AIDS Training Center",
        )
    )
    v["org2"] = p(
        (
            "Legal Aid Society",
            "Planned Care Network",
            "Aurora Specialty Pharmacy",
            "Apex Clinical Labs",
            "Crossroads Crisis Line",
            "Beacon Recovery Services",
            "Harborlight Shelter",
        )
    )
    v["phq"] = u(str(rng.randrange(0, 24)))
    v["gad"] = u(str(rng.randrange(0, 21)))
    v["audit"] = u(str(rng.randrange(0, 12)))
    v["pain"] = u(f"{rng.randrange(0, 10)}/10")
    v["qty"] = u(str(rng.choice((30, 30, 90, 60, 1, 2, 4, 28))))
    v["refills"] = u(str(rng.randrange(0, 12)))
    v["n_partners"] = u(str(rng.randrange(0, 14)))
    v["hours"] = u(str(rng.randrange(2, 71)))
    v["days"] = u(str(rng.choice((7, 14, 28, 30, 60, 90, 120, 180))))
    v["pct"] = u(f"{rng.randrange(1, 99)}%")
    v["ext"] = u(str(rng.randrange(100, 9999)))
    v["iud_sound"] = u(f"{rng.uniform(5.5, 9.0):.1f}")
    v["mife"] = p(("mifepristone 200 mg PO", "Mifeprex 200 mg", "mifepristone 200 mg (GenBioPro)"))
    v["miso"] = p(
        (
            "misoprostol 800 mcg buccal",
            "misoprostol 800 mcg vaginal",
            "misoprostol 400 mcg SL x2",
            "Cytotec 800 mcg buccal",
        )
    )
    v["rh"] = p(("Rh positive", "Rh negative", "O NEG", "A POS", "B NEG", "AB POS"))
    v["rhig"] = p(("RhoGAM 300 mcg IM", "Rhophylac 50 mcg IM", "RhIG not indicated"))
    v["bhcg_drop"] = u(f"{rng.randrange(50, 99)}%")
    v["tanner"] = u(f"Tanner {rng.randrange(2, 6)}")
    v["page"] = u(f"Page {rng.randrange(1, 3)} of {rng.randrange(3, 6)}")
    v["vial"] = p(
        (
            "200 mg/mL",
            "10 mL multi-dose vial",
            "1 mL single-dose vial",
            "40 mg/mL",
            "0.5 mL prefilled syringe",
        )
    )
    v["needle"] = p(("23G 1 inch", "25G 5/8 inch", "22G 1.5 inch", "27G 1/2 inch"))
    v["site"] = p(
        ("L ventrogluteal", "R ventrogluteal", "L deltoid", "R vastus lateralis", "abdomen SC", "L gluteal")
    )
    v["gc_ct"] = p(
        ("Negative", "Negative", "Positive", "NEG", "Not detected", "DETECTED", "Invalid - recollect")
    )
    v["gc_ct2"] = p(("Negative", "Negative", "Positive", "Not detected"))
    v["trich"] = p(("Negative", "Positive", "Not tested", "NEG"))
    v["hiv_screen"] = p(("Nonreactive", "Non-reactive", "Reactive (prelim)", "NR", "Negative"))
    v["hbv"] = p(
        (
            "HBsAg neg / anti-HBs 412 mIU/mL (immune)",
            "HBsAg neg, anti-HBc neg, anti-HBs <10 (susceptible)",
            "HBsAg negative",
        )
    )
    v["hcv"] = p(("HCV Ab nonreactive", "HCV Ab reactive, RNA not detected", "HCV RNA <15 IU/mL"))
    v["source"] = p(
        (
            "urine",
            "vaginal swab (self-collected)",
            "pharyngeal swab",
            "rectal swab",
            "endocervical swab",
            "urethral swab",
        )
    )
    v["version"] = u(f"{rng.randrange(1, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}")
    v["device_size"] = p(("32 mm x 32 mm", "4 cm x 2 mm rod", "28 mm x 30 mm", "30 mm x 32 mm"))
    v["dose_n"] = u(str(rng.randrange(1, 13)))
    v["score"] = u(str(rng.randrange(0, 30)))
    v["stock_qty"] = u(str(rng.randrange(1, 60)))
    v["bin"] = u(f"{_digits(rng, 6)}")
    v["pcn"] = p(("ADV", "CNRX", "01410000", "MEDDPRIME", "PCN02"))
    v["extension_days"] = u(str(rng.randrange(2, 15)))
    v["weeks"] = u(str(rng.randrange(2, 52)))
    v["months"] = u(str(rng.randrange(2, 36)))
    v["msg_ctrl"] = u(f"MSG{_digits(rng, 6)}")
    v["hours_window"] = p(("72 hours", "120 hours", "24-48 hours", "36 hours"))
    return v
