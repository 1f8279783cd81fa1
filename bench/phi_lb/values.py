"""Values for planted set LB (outpatient specialty clinics). Everything is invented and drawn from ``rng``.

``identifiers(rng)`` is one invented patient with the people, places, dates and numbers around one clinic
document; ``lookalikes(rng)`` is the clinical and administrative filler that is not PHI (acuities, pressures,
lens powers, hearing thresholds, Mohs stages, scores, codes, stock lot numbers, organisation numbers ...).
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

N = PhiType.NAME
L = PhiType.LOCATION
D = PhiType.DATE

FIRST_F = [
    "Aoife",
    "Siobhán",
    "Niamh",
    "Priya",
    "Ana",
    "María José",
    "Mei-Ling",
    "Xiu",
    "Olufunmilayo",
    "Chidinma",
    "Fatima",
    "Zainab",
    "Hope",
    "Faith",
    "Mercy",
    "Florence",
    "Georgia",
    "Sydney",
    "Victoria",
    "Brooke",
    "Ingrid",
    "Saoirse",
    "Kateryna",
    "Agnieszka",
    "Thi Hoa",
    "Yuki",
    "Leilani",
    "Tallulah",
    "Marguerite",
    "Anne-Marie",
    "Dolores",
    "Bernadette",
    "Kiri",
    "Jacinta",
    "Rosa",
    "Esperanza",
    "Hannah",
    "Noor",
    "Ama",
    "Beatriz",
    "Lakshmi",
    "Wren",
    "Summer",
    "Iris",
    "Pearl",
    "June",
    "Rose",
    "Ebony",
    "Ngaire",
    "Shirin",
]
FIRST_M = [
    "Seán",
    "Pádraig",
    "Declan",
    "Arjun",
    "José Luis",
    "Wei",
    "Hiroshi",
    "Oluwaseun",
    "Chukwuemeka",
    "Tariq",
    "Mohammed",
    "Hunter",
    "Mason",
    "Chester",
    "Lincoln",
    "Sterling",
    "Rocco",
    "Dmytro",
    "Wojciech",
    "Van Minh",
    "Tane",
    "Lachlan",
    "Callum",
    "Ruairí",
    "Jean-Pierre",
    "Mathieu",
    "Kwame",
    "Ikaika",
    "Bartholomew",
    "Desmond",
    "Ignatius",
    "Santiago",
    "Joaquín",
    "Rahul",
    "Amir",
    "Yusuf",
    "Bo",
    "Gunnar",
    "Lars",
    "Eamon",
    "Brick",
    "Cash",
    "Forest",
    "Dale",
    "Glen",
    "Clay",
    "Rowan",
    "Reuben",
    "Tevita",
    "Abdirahman",
]
NICK = {
    "Bartholomew": "Bart",
    "Desmond": "Des",
    "Ignatius": "Iggy",
    "Pádraig": "Paddy",
    "Chukwuemeka": "Emeka",
    "Olufunmilayo": "Funmi",
    "Marguerite": "Peggy",
    "Bernadette": "Bernie",
    "Dolores": "Lola",
    "Victoria": "Tori",
    "Lachlan": "Lachie",
    "Oluwaseun": "Seun",
    "Kateryna": "Katya",
    "Jacinta": "Cinta",
    "Mohammed": "Mo",
}
LAST = [
    "O'Sullivan",
    "Ní Bhriain",
    "Mac Giolla Phádraig",
    "de la Cruz",
    "van der Berg",
    "Van Houten",
    "da Silva",
    "D'Amico",
    "Nguyen",
    "Tran-Le",
    "Okonkwo",
    "Adeyemi-Cole",
    "Al-Rashid",
    "Abu Bakr",
    "Ramaswamy",
    "Chatterjee",
    "Kowalczyk",
    "Szymańska",
    "Hrynenko",
    "Yamamoto",
    "Zhou",
    "Cheung",
    "Park",
    "Ruiz",
    "Fernández-Ortega",
    "MacLeod",
    "McTavish",
    "Fitzgerald",
    "Featherstonehaugh",
    "Baker",
    "Page",
    "Wood",
    "Hope",
    "Bishop",
    "Marsh",
    "Lincoln",
    "Chester",
    "Brook",
    "English",
    "Hill",
    "Rivers",
    "Sterling",
    "Whitehorse",
    "Tūhoe-Smith",
    "Ngata",
    "Fonoti",
    "Kealoha",
    "Lindqvist",
    "Østergaard",
    "St. Clair",
    "Le Roux",
    "von Hoffmann",
    "Dupuis",
    "Tremblay",
    "Gauthier",
    "Aziz",
    "Haddad",
    "Mensah",
    "Boateng",
    "Achterberg",
    "Papadopoulos",
    "Kaur",
    "Singh-Dhillon",
    "O'Neill",
    "Ó Floinn",
    "Reilly",
    "Whelan",
]
CLIN_LAST = [
    "Raman",
    "Okafor",
    "Heaney",
    "Lindgren",
    "Castellano",
    "Moloney",
    "Abernethy",
    "Vasquez",
    "Tanaka",
    "Khoury",
    "Fairweather",
    "Mahlangu",
    "Duval",
    "Pereira",
    "Sandhu",
    "Kiernan",
    "Ashworth",
    "Oyelaran",
    "Brennan-Hale",
    "de Souza",
    "Nakamura",
    "Goldberg",
    "Petrovic",
    "Whitlock",
    "Chen",
    "Iyer",
    "Ferreira",
    "Kinsella",
]
CLIN_FIRST = [
    "Anjali",
    "Conor",
    "Rebecca",
    "Tomás",
    "Helen",
    "Obinna",
    "Shona",
    "Margit",
    "Kenji",
    "Layla",
    "Rhys",
    "Ifeoma",
    "Camille",
    "Darragh",
    "Ruth",
    "Sunil",
    "Gráinne",
    "Pieter",
    "Beth",
    "Kofi",
    "Mairead",
    "Alistair",
]

US_TOWNS = [
    ("Maple Hollow", "OH", "Licking"),
    ("Cedar Bluff", "AL", "Cherokee"),
    ("Port Ainsley", "WA", "Clallam"),
    ("Lincoln", "NE", "Lancaster"),
    ("Florence", "SC", "Darlington"),
    ("Paris", "TX", "Lamar"),
    ("Chester", "PA", "Delaware"),
    ("Marysvale", "UT", "Piute"),
    ("Goshen Falls", "IN", "Elkhart"),
    ("Hope", "AR", "Hempstead"),
    ("Sterling Heights", "MI", "Macomb"),
    ("Bayard Springs", "NM", "Grant"),
]
UK_TOWNS = [
    ("Little Hadham", "Hertfordshire", "SG11"),
    ("Kirkby Mallory", "Leicestershire", "LE9"),
    ("Chester", "Cheshire", "CH2"),
    ("Bath", "Somerset", "BA2"),
    ("Ashby-de-la-Zouch", "Leicestershire", "LE65"),
    ("Haverfordwest", "Pembrokeshire", "SA61"),
    ("Newton Stewart", "Wigtownshire", "DG8"),
    ("Barnard Castle", "Durham", "DL12"),
    ("Whitby", "North Yorkshire", "YO21"),
    ("Reading", "Berkshire", "RG1"),
]
IE_TOWNS = [
    ("Kilbarry", "Cork", "T12"),
    ("Ballinamore", "Leitrim", "N41"),
    ("Castlebar", "Mayo", "F23"),
    ("Dingle", "Kerry", "V92"),
    ("Tullamore", "Offaly", "R35"),
    ("Ennis", "Clare", "V95"),
    ("Carrick-on-Shannon", "Leitrim", "N41"),
    ("Navan", "Meath", "C15"),
]
AU_TOWNS = [
    ("Wattle Creek", "VIC", "3384"),
    ("Ballarat East", "VIC", "3350"),
    ("Toowong", "QLD", "4066"),
    ("Mount Hope", "NSW", "2877"),
    ("Kalgoorlie", "WA", "6430"),
    ("Glenorchy", "TAS", "7010"),
    ("Sydney", "NSW", "2000"),
    ("Orange", "NSW", "2800"),
    ("Katherine", "NT", "0850"),
]
CA_TOWNS = [
    ("Moose Jaw", "SK", "S6H"),
    ("Trois-Rivières", "QC", "G9A"),
    ("Kelowna", "BC", "V1Y"),
    ("Sudbury", "ON", "P3E"),
    ("Antigonish", "NS", "B2G"),
    ("Red Deer", "AB", "T4N"),
    ("Kingston", "ON", "K7L"),
    ("Brandon", "MB", "R7A"),
]
STREETS = [
    "Larkspur Lane",
    "Quarry Road",
    "Willow Crescent",
    "Station Road",
    "Abbey Street",
    "Church View",
    "Magnolia Ave",
    "Old Mill Rd",
    "Harbour Terrace",
    "Bluebell Close",
    "N. Kingfisher Dr",
    "Wattle Grove",
    "Rue des Érables",
    "Main Street",
    "Orchard Way",
    "Pembroke Mews",
    "Ridgeview Blvd",
    "Gum Tree Parade",
    "Bridge St",
    "Sycamore Court",
    "Lough Rd",
    "Chapel Hill",
    "Prospect Pkwy",
    "Birch Hollow Way",
]
ESTATES = ["Cois Abhann", "Meadowbrook Park", "The Paddocks", "Ardmore Heights", "Glen Lawn", "Rosehill"]
NEIGHBOURHOODS = ["Fenwick Heights", "Old Town", "Riverside", "Northgate", "Bally Hollow", "East Quay"]
HOSP_FMT = [
    "{t} General Hospital",
    "{t} Eye & Ear Hospital",
    "St. Brigid's Hospital {t}",
    "{t} Community Hospital",
    "{t} Base Hospital",
    "Mercy Medical Center {t}",
    "{t} Day Surgery Centre",
    "University Hospital {t}",
]
SCHOOLS = ["{t} High School", "{t} Grammar", "St. Aidan's College {t}", "{t} Middle School"]


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(n))


def _date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randrange((end - start).days))


MON = [
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


def _ord(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else dict([(1, "st"), (2, "nd"), (3, "rd")]).get(n % 10, "th")
    return f"{n}{suffix}"


def _date_forms(d: dt.date) -> dict[str, str]:
    m = MON[d.month - 1]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us1": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "uk": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "iso": d.isoformat(),
        "long": f"{m} {d.day}, {d.year}",
        "ukl": f"{d.day} {m} {d.year}",
        "abbr": f"{d.day:02d}-{m[:3]}-{d.year}",
        "dm": f"{d.day} {m[:3]}",
        "md": f"{m[:3]} {d.day}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "caps": f"{d.day:02d} {m[:3].upper()} {d.year}",
        "hl7": f"{d.year}{d.month:02d}{d.day:02d}",
        "ord": f"{_ord(d.day)} {m} {d.year}",
        "sl": f"{d.day}/{d.month}/{d.year % 100:02d}",
    }


def _us_phone(rng: random.Random, area: str | None = None) -> str:
    a = area or rng.choice(["312", "614", "206", "405", "803", "915", "484", "505", "317", "402", "734"])
    n = f"01{rng.randrange(100):02d}"
    return rng.choice(
        [
            f"({a}) 555-{n}",
            f"{a}-555-{n}",
            f"{a}.555.{n}",
            f"+1 {a} 555 {n}",
            f"1-{a}-555-{n}",
            f"({a})555-{n}",
        ]
    )


def _uk_phone(rng: random.Random, mobile: bool = False) -> str:
    n = f"{rng.randrange(1000):03d}"
    if mobile:
        return rng.choice([f"07700 900{n}", f"07700 900 {n}", f"+44 7700 900{n}", f"+44 (0)7700 900 {n}"])
    return rng.choice([f"01632 960{n}", f"01632 960 {n}", f"(01632) 960{n}", f"+44 1632 960{n}"])


def _ie_phone(rng: random.Random) -> str:
    n = f"01{rng.randrange(100):02d}"
    return rng.choice([f"(021) 555 {n}", f"087 555 {n}", f"+353 87 555 {n}", f"01-555 {n}", f"(094) 555{n}"])


def _au_phone(rng: random.Random) -> str:
    n = f"{rng.randrange(1000):03d}"
    return rng.choice(
        [f"(02) 5550 4{n}", f"03 7010 4{n}", f"0491 570 {n}", f"+61 491 570 {n}", f"(08) 5550 1{n}"]
    )


def _ca_phone(rng: random.Random) -> str:
    return _us_phone(rng, rng.choice(["306", "819", "250", "705", "902", "403", "613", "204"]))


def _nhs(rng: random.Random) -> str:
    while True:
        d = _digits(rng, 9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        check = 11 - s % 11
        if check == 11:
            check = 0
        if check != 10:
            full = d + str(check)
            return rng.choice(
                [f"{full[:3]} {full[3:6]} {full[6:]}", full, f"{full[:3]}-{full[3:6]}-{full[6:]}"]
            )


def _medicare_au(rng: random.Random) -> str:
    d = str(rng.randint(2, 6)) + _digits(rng, 7)
    check = sum(int(c) * w for c, w in zip(d, [1, 3, 7, 9, 1, 3, 7, 9], strict=True)) % 10
    full = d + str(check) + str(rng.randint(1, 9))
    return rng.choice([f"{full[:4]} {full[4:9]} {full[9]}", full, f"{full[:4]}-{full[4:9]}-{full[9]}"])


def _npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_digit("80840" + base)


def _dea(rng: random.Random, last: str) -> str:
    first = rng.choice("ABFGM")
    second = next((c for c in last.upper() if c.isalpha() and c.isascii()), "X")
    d = _digits(rng, 6)
    check = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return f"{first}{second}{d}{check}"


def _sin(rng: random.Random) -> str:
    base = rng.choice("1234567") + _digits(rng, 7)
    full = base + _luhn_digit(base)
    return rng.choice([f"{full[:3]} {full[3:6]} {full[6:]}", f"{full[:3]}-{full[3:6]}-{full[6:]}", full])


def _ssn(rng: random.Random) -> str:
    a = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice([f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"])


def _ni(rng: random.Random) -> str:
    p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
    d = _digits(rng, 6)
    return rng.choice([f"{p} {d[:2]} {d[2:4]} {d[4:]} {rng.choice('ABCD')}", f"{p}{d}{rng.choice('ABCD')}"])


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
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [rng.choice(chars) for _ in range(17)]
    v[9] = rng.choice("LMNPRST")
    r = sum(trans[c] * w for c, w in zip(v, weights, strict=True)) % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def _plate(rng: random.Random) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        return f"{_letters(rng, 2)}{rng.randint(10, 74)} {_letters(rng, 3)}"  # UK
    if kind == 1:
        return f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}"  # CA-style US
    if kind == 2:
        return f"{_letters(rng, 3)}-{_digits(rng, 4)}"
    if kind == 3:
        return f"{rng.randint(12, 25)}{rng.choice(['1', '2'])}-{rng.choice(['D', 'C', 'KY', 'MO', 'G', 'LM'])}-{rng.randint(100, 29999)}"  # IE
    if kind == 4:
        return f"{_digits(rng, 1)}{_letters(rng, 2)} {_digits(rng, 1)}{_letters(rng, 2)}"  # AU
    return f"{_letters(rng, 4)} {_digits(rng, 3)}"  # ON


def _uk_postcode(rng: random.Random, district: str) -> str:
    return f"{district} {rng.randint(1, 9)}{_letters(rng, 2, 'ABDEFGHJLNPQRSTUWXYZ')}"


def identifiers(rng: random.Random) -> dict[str, tuple[PhiType | None, str]]:
    v: dict[str, tuple[PhiType | None, str]] = {}
    female = rng.random() < 0.5
    first = rng.choice(FIRST_F if female else FIRST_M)
    last = rng.choice(LAST)
    if rng.random() < 0.12:
        last = f"{last}-{rng.choice(LAST).replace(' ', '')}" if "-" not in last else last
    mid = rng.choice(string.ascii_uppercase)
    v["pt_first"] = (N, first)
    v["pt_last"] = (N, last)
    v["pt_full"] = (N, f"{first} {last}")
    v["pt_fml"] = (N, f"{first} {mid}. {last}")
    v["pt_lfm"] = (N, f"{last}, {first} {mid}.")
    v["pt_lf"] = (N, f"{last}, {first}")
    v["pt_caps"] = (N, f"{last.upper()}, {first.upper()}")
    v["pt_caps_fl"] = (N, f"{first.upper()} {last.upper()}")
    v["pt_init"] = (N, f"{first[0]}. {last}")
    v["pt_nick"] = (N, NICK.get(first, first.split()[0].split("-")[0]))
    v["pt_hl7"] = (N, f"{last.upper()}^{first.upper()}^{mid}")
    title = rng.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
    if rng.random() < 0.05:
        title = "Mx"
    v["title"] = (None, title)
    he, his, him = ("she", "her", "her") if female else ("he", "his", "him")
    if title == "Mx":
        he, his, him = "they", "their", "them"
    v.update(
        {
            "he": (None, he),
            "He": (None, he.capitalize()),
            "his": (None, his),
            "His": (None, his.capitalize()),
            "him": (None, him),
            "sex": (None, "F" if female else "M"),
            "sexw": (None, "Female" if female else "Male"),
        }
    )
    # relatives, carers, clinicians
    rf = rng.choice(FIRST_M if female else FIRST_F)
    rlast = last if rng.random() < 0.6 else rng.choice(LAST)
    v["rel_first"] = (N, rf)
    v["rel_full"] = (N, f"{rf} {rlast}")
    v["rel_role"] = (
        None,
        rng.choice(["partner", "spouse", "next of kin", "carer", "friend", "sibling", "child", "neighbour"]),
    )
    kf, kl = rng.choice(FIRST_F + FIRST_M), last
    v["kid_first"], v["kid_full"], v["kid_last"] = (N, kf), (N, f"{kf} {kl}"), (N, kl)
    v["parent_full"] = (
        N,
        f"{rng.choice(FIRST_F + FIRST_M)} {kl if rng.random() < 0.7 else rng.choice(LAST)}",
    )
    docs = rng.sample(CLIN_LAST, 6)
    dfirst = rng.sample(CLIN_FIRST, 6)
    for i, key in enumerate(["doc", "doc2", "gp", "nurse", "tech", "staff"]):
        v[f"{key}_last"] = (N, docs[i])
        v[f"{key}_first"] = (N, dfirst[i])
        v[f"{key}_full"] = (N, f"{dfirst[i]} {docs[i]}")
        v[f"{key}_init"] = (N, f"{dfirst[i][0]}. {docs[i]}")
        v[f"{key}_caps"] = (N, f"{docs[i].upper()}, {dfirst[i].upper()}")
    # ages: conditional gold (AGE only when 90 or over)
    age = rng.randint(90, 104) if rng.random() < 0.38 else rng.randint(19, 89)
    at = PhiType.AGE if age >= 90 else None
    v["age"] = (at, str(age))
    tens = [
        "",
        "",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "one hundred",
    ]
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    if age >= 100:
        words = "one hundred" + (f" and {ones[age - 100]}" if age > 100 else "")
    else:
        words = tens[age // 10] + (f"-{ones[age % 10]}" if age % 10 else "")
    v["age_words"] = (at, words)
    kid_age = rng.randint(6, 17)
    v["kid_age"] = (None, str(kid_age))
    # dates
    visit = _date(rng, dt.date(2021, 1, 4), dt.date(2026, 10, 30))
    dob = visit - dt.timedelta(days=age * 365 + rng.randrange(360))
    kid_dob = visit - dt.timedelta(days=kid_age * 365 + rng.randrange(360))
    base = {
        "dob": dob,
        "kdob": kid_dob,
        "visit": visit,
        "ref": visit - dt.timedelta(days=rng.randint(20, 300)),
        "prev": visit - dt.timedelta(days=rng.randint(28, 120)),
        "proc": visit + dt.timedelta(days=rng.randint(7, 90)),
        "next": visit + dt.timedelta(days=rng.randint(28, 200)),
        "res": visit + dt.timedelta(days=rng.randint(3, 21)),
        "d1": visit - dt.timedelta(days=rng.randint(60, 90)),
        "d2": visit - dt.timedelta(days=rng.randint(30, 55)),
        "d3": visit - dt.timedelta(days=rng.randint(2, 25)),
        "inj": visit - dt.timedelta(days=rng.randint(84, 100)),
    }
    for name, d in base.items():
        for fmt, text in _date_forms(d).items():
            v[f"{name}_{fmt}"] = (D, text)
    hh, mm = rng.randint(7, 17), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    v["visit_dt"] = (D, f"{visit.isoformat()} {hh:02d}:{mm:02d}")
    v["visit_dtus"] = (
        D,
        f"{visit.month:02d}/{visit.day:02d}/{visit.year} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
    )
    v["visit_dtuk"] = (D, f"{visit.day:02d}/{visit.month:02d}/{visit.year} {hh:02d}:{mm:02d}")
    v["visit_hl7ts"] = (D, f"{visit.year}{visit.month:02d}{visit.day:02d}{hh:02d}{mm:02d}")
    # places
    t, st, cty = rng.choice(US_TOWNS)
    v["us_street"] = (L, f"{rng.randint(3, 9899)} {rng.choice(STREETS)}")
    v["us_unit"] = (L, rng.choice(["Apt 3B", "Unit 12", "Apt. 407", "#21", "Suite 5", "Lot 44"]))
    v["us_city"], v["us_state"], v["us_county"] = (L, t), (None, st), (L, cty)
    z = f"{rng.randint(10, 99)}{_digits(rng, 3)}"
    v["us_zip"] = (L, z if rng.random() < 0.7 else f"{z}-{_digits(rng, 4)}")
    t, cty, dist = rng.choice(UK_TOWNS)
    v["uk_street"] = (L, f"{rng.randint(1, 240)} {rng.choice(STREETS)}")
    v["uk_flat"] = (L, rng.choice(["Flat 2", "Flat 14a", "Apartment 6", "The Old Forge", "Rose Cottage"]))
    v["uk_town"], v["uk_county"], v["uk_pc"] = (L, t), (L, cty), (L, _uk_postcode(rng, dist))
    t, cty, rk = rng.choice(IE_TOWNS)
    v["ie_street"] = (L, f"{rng.randint(1, 98)} {rng.choice(ESTATES)}")
    v["ie_town"], v["ie_county"] = (L, t), (L, cty)
    v["ie_eircode"] = (L, f"{rk} {_alnum(rng, 4)}")
    t, st, pc = rng.choice(AU_TOWNS)
    v["au_street"] = (
        L,
        f"{rng.choice(['', 'Unit 4/', '2/', '17/'])}{rng.randint(1, 180)} {rng.choice(STREETS)}",
    )
    v["au_suburb"], v["au_state"], v["au_pc"] = (L, t), (None, st), (L, pc)
    t, prov, fsa = rng.choice(CA_TOWNS)
    v["ca_street"] = (L, f"{rng.randint(10, 4999)} {rng.choice(STREETS)}")
    v["ca_city"], v["ca_prov"] = (L, t), (None, prov)
    v["ca_pc"] = (L, f"{fsa} {rng.randint(0, 9)}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{rng.randint(0, 9)}")
    v["hood"] = (L, rng.choice(NEIGHBOURHOODS))
    ht = rng.choice([x[0] for x in US_TOWNS + UK_TOWNS + IE_TOWNS + AU_TOWNS])
    v["hosp"] = (L, rng.choice(HOSP_FMT).replace("{t}", ht))
    v["hosp2"] = (L, rng.choice(HOSP_FMT).replace("{t}", rng.choice([x[0] for x in CA_TOWNS + US_TOWNS])))
    v["gp_town"] = (L, rng.choice([x[0] for x in UK_TOWNS + IE_TOWNS + AU_TOWNS]))
    v["practice"] = (
        L,
        f"{v['gp_town'][1]} {rng.choice(['Medical Centre', 'Family Practice', 'Surgery', 'Health Centre'])}",
    )
    v["school"] = (
        L,
        rng.choice(SCHOOLS).replace("{t}", rng.choice([x[0] for x in US_TOWNS + CA_TOWNS + AU_TOWNS])),
    )
    # contact
    v["us_phone"], v["us_phone2"], v["us_fax"] = (
        (PhiType.PHONE, _us_phone(rng)),
        (PhiType.PHONE, _us_phone(rng)),
        (PhiType.FAX, _us_phone(rng)),
    )
    v["uk_phone"], v["uk_mob"], v["uk_fax"] = (
        (PhiType.PHONE, _uk_phone(rng)),
        (PhiType.PHONE, _uk_phone(rng, True)),
        (PhiType.FAX, _uk_phone(rng)),
    )
    v["ie_phone"], v["ie_fax"] = (PhiType.PHONE, _ie_phone(rng)), (PhiType.FAX, _ie_phone(rng))
    v["au_phone"], v["au_fax"] = (PhiType.PHONE, _au_phone(rng)), (PhiType.FAX, _au_phone(rng))
    v["ca_phone"], v["ca_fax"] = (PhiType.PHONE, _ca_phone(rng)), (PhiType.FAX, _ca_phone(rng))
    ascii_last = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "pt"
    ascii_first = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "p"
    dom = rng.choice(["example.com", "example.org", "mail.example.com", "example.test", "inbox.example.org"])
    v["pt_email"] = (
        PhiType.EMAIL,
        rng.choice(
            [
                f"{ascii_first}.{ascii_last}@{dom}",
                f"{ascii_first[0]}{ascii_last}{rng.randint(1, 99)}@{dom}",
                f"{ascii_last}_{ascii_first}{dob.year % 100:02d}@{dom}",
                f"{ascii_first.upper()}.{ascii_last.upper()}@{dom}",
            ]
        ),
    )
    dl = "".join(c for c in docs[0].lower() if c.isalpha())
    v["doc_email"] = (
        PhiType.EMAIL,
        rng.choice(
            [
                f"{dfirst[0][0].lower()}.{dl}@clinic.example.org",
                f"{dl}.{dfirst[0].lower()}@health.example.test",
            ]
        ),
    )
    v["parent_email"] = (PhiType.EMAIL, f"{ascii_last}.family{rng.randint(1, 999)}@{dom}")
    tok = _alnum(rng, 8).lower()
    v["portal_url"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://portal.example.org/results/{tok}",
                f"https://myhealth.example.com/r?id={tok}",
                f"portal.example.test/msg/{tok}-{rng.randint(10, 99)}",
            ]
        ),
    )
    v["tele_url"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://telehealth.example.com/join/{tok[:4]}-{tok[4:]}",
                f"https://meet.example.org/{dl}-{rng.randint(1000, 9999)}",
                f"https://video.example.test/room/{tok}",
            ]
        ),
    )
    v["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            [
                f"192.0.2.{rng.randint(2, 254)}",
                f"198.51.100.{rng.randint(2, 254)}",
                f"203.0.113.{rng.randint(2, 254)}",
                f"2001:db8:{rng.randint(1, 0xFFF):x}::{rng.randint(1, 0xFF):x}",
            ]
        ),
    )
    v["ip2"] = (PhiType.IP_ADDRESS, f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}")
    # record numbers
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            [
                _digits(rng, 8),
                f"K{_digits(rng, 7)}",
                f"MRN-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 3)}",
                f"E{_digits(rng, 6)}",
                f"00{_digits(rng, 7)}",
            ]
        ),
    )
    v["mrn2"] = (
        PhiType.MRN,
        rng.choice(
            [
                f"{_letters(rng, 1)}{_digits(rng, 6)}",
                f"{_digits(rng, 6)}/{_digits(rng, 1)}",
                f"RX{_digits(rng, 7)}",
            ]
        ),
    )
    v["urn"] = (PhiType.MRN, rng.choice([_digits(rng, 7), f"UR{_digits(rng, 6)}", f"0{_digits(rng, 6)}"]))
    v["nhs"] = (PhiType.HEALTH_PLAN_ID, _nhs(rng))
    v["medicare_au"] = (PhiType.HEALTH_PLAN_ID, _medicare_au(rng))
    v["irn"] = (None, str(rng.randint(1, 5)))
    v["gms"] = (PhiType.HEALTH_PLAN_ID, f"{_digits(rng, 7)}{rng.choice(string.ascii_uppercase)}")
    v["ohip"] = (
        PhiType.HEALTH_PLAN_ID,
        f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_letters(rng, 2)}",
    )
    v["member_id"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
                f"ZGP{_digits(rng, 8)}01",
            ]
        ),
    )
    v["group_no"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice([_digits(rng, 6), f"GRP-{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 4)}"]),
    )
    mbi_c, mbi_a = "0123456789", "ACDEFGHJKMNPQRTUVWXY"
    mbi = (
        rng.choice("123456789")
        + rng.choice(mbi_a)
        + rng.choice(mbi_a + mbi_c)
        + rng.choice(mbi_c)
        + rng.choice(mbi_a)
        + rng.choice(mbi_a + mbi_c)
        + rng.choice(mbi_c)
        + rng.choice(mbi_a)
        + rng.choice(mbi_a)
        + rng.choice(mbi_c)
        + rng.choice(mbi_c)
    )
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, rng.choice([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"]))
    v["medicaid"] = (PhiType.HEALTH_PLAN_ID, f"{_letters(rng, 2)}{_digits(rng, 8)}")
    v["ssn"] = (PhiType.SSN, _ssn(rng))
    v["ni"] = (PhiType.SSN, _ni(rng))
    v["ppsn"] = (
        PhiType.SSN,
        f"{_digits(rng, 7)}{rng.choice('ABCDEFGHJKLMNPQRSTVWX')}{rng.choice(['', 'A', 'W'])}",
    )
    v["sin"] = (PhiType.SSN, _sin(rng))
    v["acct"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                _digits(rng, 9),
                f"A{_digits(rng, 8)}",
                f"{_digits(rng, 3)}-{_digits(rng, 6)}",
                f"PB{_digits(rng, 7)}",
            ]
        ),
    )
    v["fin"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"E{_digits(rng, 9)}",
                f"V{_digits(rng, 7)}",
                _digits(rng, 10),
            ]
        ),
    )
    v["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                f"CLM-{visit.year}-{_digits(rng, 7)}",
                f"{_digits(rng, 13)}",
                f"C{_digits(rng, 4)} {_digits(rng, 5)}",
            ]
        ),
    )
    v["npi"] = (PhiType.LICENSE, _npi(rng))
    v["npi2"] = (PhiType.LICENSE, _npi(rng))
    v["dea"] = (PhiType.LICENSE, _dea(rng, docs[0]))
    v["state_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"MD{_digits(rng, 6)}",
                f"G{_digits(rng, 5)}",
                f"{_digits(rng, 2)}.{_digits(rng, 6)}",
                f"ME-{_digits(rng, 5)}",
            ]
        ),
    )
    v["gmc"] = (PhiType.LICENSE, _digits(rng, 7))
    v["imc"] = (PhiType.LICENSE, str(rng.randint(10000, 450000)))
    v["ahpra"] = (PhiType.LICENSE, f"{rng.choice(['MED', 'NMW', 'PHY', 'PHA'])}{_digits(rng, 10)}")
    v["prov_no"] = (
        PhiType.LICENSE,
        f"{_digits(rng, 6)}{rng.choice('0123456789ABC')}{rng.choice('ABFHJKLTWXY')}",
    )
    v["cpso"] = (PhiType.LICENSE, str(rng.randint(10000, 129999)))
    sur5 = (ascii_last.upper() + "99999")[:5]
    v["dl_uk"] = (
        PhiType.LICENSE,
        f"{sur5}{dob.year % 100 // 10}{dob.month + (50 if female else 0):02d}{dob.day:02d}{dob.year % 10}{ascii_first[0].upper()}{mid}9{_letters(rng, 2)}",
    )
    v["dl_us"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"{ascii_last[0].upper()}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_letters(rng, 1)}{_digits(rng, 8)}",
                _digits(rng, 9),
            ]
        ),
    )
    v["dl_au"] = (PhiType.LICENSE, _digits(rng, rng.choice([8, 9])))
    v["plate"] = (PhiType.VEHICLE_ID, _plate(rng))
    v["vin"] = (PhiType.VEHICLE_ID, _vin(rng))
    # devices (serials and implant lots tied to one device)
    v["ci_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                _digits(rng, 7),
                f"CI{_digits(rng, 6)}-{rng.randint(1, 9)}",
                f"{_digits(rng, 4)} {_digits(rng, 4)}",
            ]
        ),
    )
    v["proc_serial"] = (PhiType.DEVICE_ID, f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 7)}")
    v["iol_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice([_digits(rng, 11), f"{_digits(rng, 5)}.{_digits(rng, 3)}", f"1{_digits(rng, 9)}"]),
    )
    gtin = "0" + _digits(rng, 13)
    v["udi"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"(01){gtin}(17){(visit.year + 3) % 100:02d}{rng.randint(1, 12):02d}31(21){_digits(rng, 10)}",
                f"01{gtin}17{(visit.year + 2) % 100:02d}0630 21{_alnum(rng, 9)}",
            ]
        ),
    )
    v["ipg_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice([f"NPW{_digits(rng, 6)}H", f"{_digits(rng, 8)}", f"SVC{_digits(rng, 6)}S"]),
    )
    v["ha_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice([f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 4)}", f"{_digits(rng, 10)}"]),
    )
    v["ha_serial2"] = (PhiType.DEVICE_ID, f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 4)}")
    v["cpap_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                _digits(rng, 11),
                f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{_digits(rng, 8)}",
            ]
        ),
    )
    v["hst_serial"] = (PhiType.DEVICE_ID, f"{_letters(rng, 3)}-{_digits(rng, 5)}")
    v["capsule_sn"] = (PhiType.DEVICE_ID, f"{_alnum(rng, 3)}{_digits(rng, 5)}{_letters(rng, 1)}")
    v["recorder_sn"] = (PhiType.DEVICE_ID, f"DR{_digits(rng, 6)}")
    v["imp_lot"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                _digits(rng, 7),
                f"{_letters(rng, 1)}{_digits(rng, 6)}",
                f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 4)}",
            ]
        ),
    )
    v["imp_lot2"] = (PhiType.DEVICE_ID, _digits(rng, rng.choice([6, 8])))
    v["imp_serial"] = (PhiType.DEVICE_ID, f"{_letters(rng, 2)}{_digits(rng, 7)}")
    v["pump_serial"] = (PhiType.DEVICE_ID, f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}")
    # biometrics and photographs
    v["palm_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [
                f"PV-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"PALM{_alnum(rng, 8)}",
                f"pv_{_alnum(rng, 10).lower()}",
            ]
        ),
    )
    v["iris_id"] = (PhiType.BIOMETRIC, f"IRS-{_alnum(rng, 4)}-{_alnum(rng, 4)}")
    v["fp_id"] = (
        PhiType.BIOMETRIC,
        rng.choice([f"FP{_digits(rng, 9)}", f"FPT-{_alnum(rng, 6)}", f"fp.{_digits(rng, 6)}.tpl"]),
    )
    v["voice_id"] = (PhiType.BIOMETRIC, rng.choice([f"VP-{_digits(rng, 8)}", f"VOX{_alnum(rng, 7)}"]))
    v["gait_id"] = (
        PhiType.BIOMETRIC,
        rng.choice([f"GAIT-{visit.year}-{_digits(rng, 5)}", f"GL{_digits(rng, 6)}-T{rng.randint(1, 4)}"]),
    )
    v["retina_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [f"RTS-{_digits(rng, 7)}", f"RET{_alnum(rng, 8)}", f"OCT{_digits(rng, 3)}-{_digits(rng, 5)}"]
        ),
    )
    v["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            [
                f"IMG_{visit.year}{visit.month:02d}{visit.day:02d}_{_digits(rng, 6)}.jpg",
                f"face_frontal_{_digits(rng, 5)}.png",
                f"P{_digits(rng, 7)}-FRONT.JPG",
                f"DSC{_digits(rng, 5)}.NEF",
                f"photo_{ascii_last}_{_digits(rng, 3)}.jpeg",
            ]
        ),
    )
    v["photo2"] = (
        PhiType.PHOTO,
        rng.choice([f"CP-{_digits(rng, 6)}", f"PHID{_digits(rng, 6)}", f"MED-PHOTO-{_digits(rng, 5)}"]),
    )
    # other unique numbers
    yy = visit.year % 100
    v["accession"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"DP{yy}-{_digits(rng, 6)}",
                f"S{yy}-{rng.randint(100, 29999)}",
                f"{yy}SP{_digits(rng, 5)}",
                f"H{yy}/{_digits(rng, 5)}",
            ]
        ),
    )
    v["accession2"] = (PhiType.OTHER_ID, f"{rng.choice(['SA', 'AND', 'URO'])}{yy}-{_digits(rng, 5)}")
    v["pa_ref"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"PA{_digits(rng, 9)}",
                f"{_digits(rng, 4)}-{_digits(rng, 5)}-{_letters(rng, 2)}",
                f"AUTH#{_digits(rng, 8)}",
            ]
        ).replace("AUTH#", ""),
    )
    v["ubrn"] = (PhiType.OTHER_ID, f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}")
    v["study_id"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"SUBJ{_digits(rng, 5)}"]),
    )
    v["wl_ref"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"WL/{rng.choice(['ORTH', 'OPH', 'ENT', 'URO', 'DERM', 'PLAS'])}/{_digits(rng, 5)}",
                f"W{_digits(rng, 7)}",
            ]
        ),
    )
    v["student_id"] = (
        PhiType.OTHER_ID,
        rng.choice([f"S{_digits(rng, 7)}", f"{_digits(rng, 9)}", f"STU-{_digits(rng, 6)}"]),
    )
    v["employee_id"] = (
        PhiType.OTHER_ID,
        rng.choice([f"EMP{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 5)}"]),
    )
    v["rx_no"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{_digits(rng, 7)}", f"RX-{_digits(rng, 6)}-{_digits(rng, 2)}"]),
    )
    v["eeg_no"] = (PhiType.OTHER_ID, f"{rng.choice(['EEG', 'E', 'NP'])}{yy}-{_digits(rng, 4)}")
    v["case_no"] = (
        PhiType.OTHER_ID,
        rng.choice([f"WC-{_digits(rng, 8)}", f"{visit.year}-{_letters(rng, 2)}-{_digits(rng, 5)}"]),
    )
    v["app_user"] = (PhiType.OTHER_ID, f"usr_{_alnum(rng, 10).lower()}")
    return v


# --- look-alikes (never gold) --------------------------------------------------------------------------

DRUGS = [
    "Eylea (aflibercept) 2 mg",
    "Lucentis 0.5 mg",
    "Vabysmo (faricimab) 6 mg",
    "Beovu 6 mg",
    "bevacizumab 1.25 mg",
    "Ozurdex 700 mcg",
]
TOXINS = [
    ("Botox", "J0585", "onabotulinumtoxinA"),
    ("Dysport", "J0586", "abobotulinumtoxinA"),
    ("Xeomin", "J0588", "incobotulinumtoxinA"),
]
IOLS = [
    ("Alcon AcrySof IQ SN60WF", "119.0"),
    ("Tecnis ZCB00", "119.3"),
    ("enVista MX60E", "119.1"),
    ("Clareon CNA0T0", "119.1"),
    ("Tecnis Eyhance ICB00", "119.3"),
    ("Rayner RAO600C", "118.6"),
]
CI_MODELS = [
    "Nucleus CI632",
    "Nucleus CI612",
    "HiRes Ultra 3D Mid-Scala",
    "SYNCHRONY 2 FLEX28",
    "Nucleus CI622",
]
PROCESSORS = ["Nucleus 8", "Kanso 2", "Naída CI M90", "SONNET 2", "RONDO 3"]
HEARING_AIDS = [
    "Phonak Audéo L90-R",
    "Oticon Intent 1",
    "ReSound Nexia 9",
    "Signia Pure Charge&Go 7IX",
    "Widex Moment 440",
]
DBS = [
    ("Medtronic Percept PC", "B35200"),
    ("Boston Scientific Vercise Genus R16", "DB-1416"),
    ("Abbott Infinity 7", "6660"),
]
CPAPS = [
    "ResMed AirSense 11 AutoSet",
    "Philips DreamStation 2",
    "Fisher & Paykel SleepStyle",
    "ResMed AirMini",
]
CAPSULES = ["PillCam SB3", "PillCam COLON 2", "MiroCam MC1600", "OMOM HD"]
EPONYMS = [
    "Dupuytren's contracture",
    "Bell's palsy",
    "Ménière's disease",
    "de Quervain's tenosynovitis",
    "Osgood-Schlatter disease",
    "Fuchs' endothelial dystrophy",
    "Morton's neuroma",
    "Peyronie's disease",
    "Barrett's oesophagus",
    "Guillain-Barré syndrome",
    "Sjögren's syndrome",
    "Parkinson's disease",
    "Tinel's sign",
    "Phalen's test",
    "Hoffmann's sign",
    "Graves' orbitopathy",
]
ROOMS = [
    "Eye Clinic Room 4",
    "Minor Ops Suite 2",
    "Audiology Booth B",
    "Kingfisher Outpatients",
    "Procedure Room 3",
    "Treatment Room 7",
    "Cast Room 1",
    "Neurophysiology Lab 2",
    "Suite 210",
    "Bay 6",
    "Fracture Clinic Area C",
    "Willow Suite",
    "Endoscopy Unit Room 5",
    "Sleep Lab Bed 3",
    "Pain Clinic Room 12",
    "Derm Day Unit",
]
ORGS = [
    "Riverside Eye Institute",
    "North Valley Hearing",
    "Summit Orthopaedic Associates",
    "Clearview Dermatology Group",
    "Harbourside Urology",
    "Greenhill Neurology Partners",
    "Bluewater Endoscopy",
    "Lakeshore Sleep Center",
    "Aspen Pain Management",
    "Meridian Hand & Plastics",
]
PAYERS = [
    "BlueCross BlueShield",
    "Aetna",
    "UnitedHealthcare",
    "Cigna",
    "Humana Gold Plus",
    "Medicaid MCO",
    "Tricare",
    "Bupa",
    "Laya Healthcare",
    "VHI",
    "Medibank",
    "HCF",
    "Sun Life",
]
ROLES = [
    "the attending",
    "the on-call registrar",
    "the charge nurse",
    "the audiologist",
    "the orthoptist",
    "the fellow",
    "the ward clerk",
    "the referring GP",
    "the triage nurse",
    "the consultant",
    "the scrub nurse",
]
ICD = [
    ("H40.1131", "primary open-angle glaucoma, bilateral, mild"),
    ("H35.3211", "exudative AMD, right eye, active CNV"),
    ("H25.13", "age-related nuclear cataract, bilateral"),
    ("H90.3", "sensorineural hearing loss, bilateral"),
    ("H81.01", "Ménière's disease, right ear"),
    ("C44.311", "BCC of skin of nose"),
    ("L40.0", "psoriasis vulgaris"),
    ("N20.0", "calculus of kidney"),
    ("Z30.2", "encounter for sterilisation"),
    ("M17.11", "primary OA, right knee"),
    ("S52.501A", "fracture of lower end of right radius, initial"),
    ("G40.209", "focal epilepsy"),
    ("G24.3", "spasmodic torticollis"),
    ("G20.A1", "Parkinson's disease without dyskinesia"),
    ("G56.01", "carpal tunnel syndrome, right"),
    ("M72.0", "Dupuytren contracture"),
    ("G47.33", "obstructive sleep apnoea"),
    ("K63.5", "polyp of colon"),
    ("T78.40XA", "allergy, unspecified"),
    ("M54.50", "low back pain"),
]
CPT = [
    ("92083", "visual field, extended"),
    ("66984", "cataract extraction with IOL"),
    ("67028", "intravitreal injection"),
    ("92567", "tympanometry"),
    ("92557", "comprehensive audiometry"),
    ("17311", "Mohs, first stage, head/neck"),
    ("17312", "Mohs, each additional stage"),
    ("11102", "tangential biopsy of skin"),
    ("96910", "photochemotherapy"),
    ("52000", "cystourethroscopy"),
    ("52310", "cystoscopy with stent removal"),
    ("55250", "vasectomy"),
    ("20610", "arthrocentesis, major joint"),
    ("29075", "short arm cast"),
    ("95816", "EEG awake and drowsy"),
    ("95886", "needle EMG, each extremity"),
    ("64616", "chemodenervation of neck muscles"),
    ("95983", "DBS programming, first 15 min"),
    ("91110", "capsule endoscopy"),
    ("95004", "percutaneous allergy tests"),
    ("95810", "polysomnography"),
    ("64493", "facet injection L"),
    ("26123", "fasciectomy, partial palmar"),
    ("99204", "new patient visit"),
]
HCPCS = [
    "J0585 x 200 units",
    "J3301 triamcinolone 40 mg",
    "J0178 aflibercept 1 mg x2",
    "J2778 ranibizumab 0.1 mg x5",
    "J7325 Synvisc-One 48 mg",
    "J1030 methylprednisolone 40 mg",
    "E0601 CPAP device",
    "L3908 wrist-hand orthosis",
    "J0586 x 500 units",
    "Q4081 epoetin",
    "A4604 CPAP tubing",
]


def _lot(rng: random.Random) -> str:
    return rng.choice(
        [
            f"C{rng.randint(1000, 9999)}C{rng.randint(1, 9)}",
            f"{rng.randint(100000, 999999)}",
            f"K{rng.randint(10, 99)}{rng.choice('ABCD')}{rng.randint(100, 999)}",
            f"L{rng.randint(2021, 2026)}-{rng.randint(100, 999)}",
        ]
    )


def _code_bits(rng: random.Random) -> dict[str, tuple[None, str]]:
    out: dict[str, tuple[None, str]] = {}
    for i, (c, d) in enumerate(rng.sample(ICD, 3), 1):
        out[f"icd{i}"], out[f"icd{i}_desc"] = (None, c), (None, d)
    for i, (c, d) in enumerate(rng.sample(CPT, 3), 1):
        out[f"cpt{i}"], out[f"cpt{i}_desc"] = (None, c), (None, d)
    out["hcpcs"] = (None, rng.choice(HCPCS))
    out["ndc"] = (
        None,
        rng.choice(["0023-9146-01", "61755-0005-02", "50242-080-01", "0078-0493-21", "64406-011-01"]),
    )
    out["loinc"] = (None, rng.choice(["2160-0", "33914-3", "1975-2", "2345-7", "14647-2", "17861-6"]))
    out["snomed"] = (None, rng.choice(["254701007", "193570009", "95570007", "22298006", "230690007"]))
    out["drg"] = (None, rng.choice(["DRG 470", "MS-DRG 117", "DRG 691", "AR-DRG I04B"]))
    out["rev_code"] = (None, rng.choice(["0510", "0360", "0490", "0636", "0921"]))
    out["pos"] = (None, rng.choice(["11", "22", "24", "19"]))
    return out


def lookalikes(rng: random.Random) -> dict[str, tuple[None, str]]:
    v: dict[str, tuple[None, str]] = {}

    def put(k: str, s: str) -> None:
        v[k] = (None, s)

    snel = ["20/20", "20/25", "20/30", "20/40", "20/50", "20/60", "20/80", "20/200", "CF", "HM"]
    metric = ["6/6", "6/7.5", "6/9", "6/12", "6/18", "6/24", "6/36", "6/60", "3/60"]
    put("va_r", rng.choice(snel)), put("va_l", rng.choice(snel))
    put("va_mr", rng.choice(metric)), put("va_ml", rng.choice(metric))
    (
        put("logmar_r", f"{rng.choice([0.0, 0.1, 0.2, 0.3, 0.48, 0.6, 1.0]):.2f}"),
        put("logmar_l", f"{rng.choice([0.0, 0.1, 0.18, 0.3, 0.5]):.2f}"),
    )
    put("iop_r", str(rng.randint(9, 32))), put("iop_l", str(rng.randint(9, 28)))
    put("cct", str(rng.randint(488, 612)))
    (
        put("md", f"-{rng.uniform(0.3, 18):.2f}"),
        put("psd", f"{rng.uniform(1.2, 11):.2f}"),
        put("vfi", str(rng.randint(42, 99))),
    )
    (
        put("fl", f"{rng.randint(0, 4)}/{rng.randint(14, 18)}"),
        put("fp", f"{rng.randint(0, 12)}%"),
        put("fn", f"{rng.randint(0, 15)}%"),
    )
    put("cdr", f"0.{rng.randint(3, 9)}")
    iol, aconst = rng.choice(IOLS)
    put("iol_model", iol), put("a_const", aconst)
    put("iol_power", f"+{rng.choice([i / 2 for i in range(30, 56)]):.1f} D")
    (
        put("al", f"{rng.uniform(21.2, 26.8):.2f}"),
        put("k1", f"{rng.uniform(41, 45):.2f}"),
        put("k2", f"{rng.uniform(42, 46.5):.2f}"),
    )
    (
        put("acd", f"{rng.uniform(2.4, 3.8):.2f}"),
        put("target", rng.choice(["-0.25 D", "plano", "-0.50 D", "-2.00 D (monovision)"])),
    )
    put("formula", rng.choice(["Barrett Universal II", "Hoffer Q", "SRK/T", "Kane", "Haigis"]))
    put("drug_ivt", rng.choice(DRUGS)), put("lot", _lot(rng)), put("lot2", _lot(rng)), put("lot3", _lot(rng))
    put("exp_ym", f"{rng.randint(2025, 2028)}-{rng.randint(1, 12):02d}")
    (
        put("ci_model", rng.choice(CI_MODELS)),
        put("processor", rng.choice(PROCESSORS)),
        put("ha_model", rng.choice(HEARING_AIDS)),
    )
    freqs = ["250", "500", "1k", "2k", "4k", "8k"]
    (
        put("thr_r", " ".join(f"{rng.randint(1, 16) * 5:>3}" for _ in freqs)),
        put("thr_l", " ".join(f"{rng.randint(1, 16) * 5:>3}" for _ in freqs)),
    )
    put("pta_r", str(rng.randint(10, 85))), put("pta_l", str(rng.randint(10, 85)))
    put("wrs", f"{rng.randint(40, 100)}%"), put("tymp_type", rng.choice(["A", "As", "B", "C", "Ad"]))
    (
        put("ecv", f"{rng.uniform(0.6, 2.1):.1f}"),
        put("peak_p", str(rng.randint(-250, 40))),
        put("comp", f"{rng.uniform(0.1, 1.6):.2f}"),
    )
    (
        put("t_level", str(rng.randint(90, 140))),
        put("c_level", str(rng.randint(150, 210))),
        put("pw", str(rng.choice([25, 37, 50]))),
    )
    put("rate", str(rng.choice([500, 900, 1200, 1800])))
    (
        put("mohs_stages", str(rng.randint(1, 4))),
        put("blocks", str(rng.randint(2, 6))),
        put("defect", f"{rng.uniform(0.8, 3.2):.1f} x {rng.uniform(0.7, 2.8):.1f} cm"),
    )
    (
        put("lesion_size", f"{rng.randint(4, 18)} mm"),
        put(
            "site",
            rng.choice(
                [
                    "L nasal ala",
                    "R helical rim",
                    "central forehead",
                    "L lower eyelid",
                    "R cheek",
                    "scalp vertex",
                    "L upper lip",
                ]
            ),
        ),
    )
    put(
        "tumour",
        rng.choice(
            [
                "nodular BCC",
                "infiltrative BCC",
                "well-differentiated SCC",
                "SCC in situ (Bowen's)",
                "DFSP",
                "lentigo maligna",
            ]
        ),
    )
    put(
        "repair",
        rng.choice(
            [
                "bilobed flap",
                "FTSG from pre-auricular skin",
                "linear closure",
                "second intention",
                "nasolabial flap",
            ]
        ),
    )
    (
        put("uvb_dose", str(rng.randint(130, 1800))),
        put("uvb_cum", f"{rng.uniform(1.2, 48):.2f}"),
        put("pasi", f"{rng.uniform(1.5, 24):.1f}"),
    )
    (
        put("skin_type", rng.choice(["I", "II", "III", "IV", "V", "VI"])),
        put("sessions", str(rng.randint(4, 36))),
    )
    (
        put("stone", f"{rng.randint(3, 22)} mm"),
        put("stone2", f"{rng.randint(2, 9)} mm"),
        put("hu", str(rng.randint(380, 1450))),
    )
    (
        put("stent", f"{rng.choice([4.8, 6, 7])} Fr x {rng.choice([22, 24, 26, 28])} cm"),
        put("stent_days", str(rng.randint(5, 42))),
    )
    put(
        "sperm",
        rng.choice(
            [
                "no sperm seen",
                "azoospermic",
                "rare non-motile sperm (<100,000/mL)",
                "0.2 million/mL non-motile",
            ]
        ),
    )
    (
        put("vol_ml", f"{rng.uniform(1.0, 4.9):.1f}"),
        put("psa", f"{rng.uniform(0.4, 9.8):.1f}"),
        put("egfr", str(rng.randint(38, 110))),
    )
    put("urine_ca", f"{rng.uniform(2.1, 9.9):.1f}"), put("urine_vol", f"{rng.uniform(1.1, 3.2):.2f}")
    put(
        "joint",
        rng.choice(
            [
                "R knee",
                "L knee",
                "R shoulder (subacromial)",
                "L glenohumeral",
                "R 1st CMC",
                "L trochanteric bursa",
                "R ankle",
            ]
        ),
    )
    put(
        "steroid",
        rng.choice(
            [
                "triamcinolone 40 mg + 3 mL 1% lidocaine",
                "methylprednisolone (Depo-Medrone) 40 mg",
                "Kenalog 20 mg",
                "Synvisc-One 6 mL",
                "Durolane 3 mL",
            ]
        ),
    )
    (
        put("rom", f"{rng.randint(0, 10)}-{rng.randint(95, 135)}"),
        put("rom2", f"flex {rng.randint(90, 175)} / abd {rng.randint(60, 170)} / ER {rng.randint(20, 80)}"),
    )
    (
        put("koos", str(rng.randint(22, 94))),
        put("odi", f"{rng.randint(8, 68)}%"),
        put("vas", f"{rng.randint(1, 9)}/10"),
        put("vas2", f"{rng.randint(0, 8)}/10"),
    )
    (
        put("oks", str(rng.randint(12, 46))),
        put("quickdash", f"{rng.uniform(4, 72):.1f}"),
        put("scat_sx", str(rng.randint(0, 22))),
    )
    put(
        "fracture",
        rng.choice(
            [
                "distal radius buckle fracture",
                "undisplaced scaphoid waist fracture",
                "5th metatarsal base avulsion",
                "Salter-Harris II distal radius",
                "greenstick forearm fracture",
                "undisplaced lateral malleolus (Weber A)",
            ]
        ),
    )
    put(
        "cast",
        rng.choice(
            ["below-elbow fibreglass cast", "scaphoid cast", "Aircast walker boot", "backslab", "thumb spica"]
        ),
    )
    put("cup", rng.choice(["Pinnacle 54 mm", "Trident II 52 mm", "Exeter Contemporary 50 mm", "G7 56 mm"]))
    put(
        "stem",
        rng.choice(
            [
                "Exeter V40 44/1",
                "Corail KA 12",
                "Triathlon CR size 5",
                "Attune PS size 6",
                "Persona CR size 7",
            ]
        ),
    )
    put("cat_no", f"{rng.randint(1000, 9999)}-{rng.randint(10, 99)}-{rng.randint(100, 999)}")
    put("cat_no2", f"{rng.randint(100000, 999999)}")
    put(
        "montage",
        rng.choice(
            ["longitudinal bipolar (double banana)", "transverse bipolar", "average referential", "Laplacian"]
        ),
    )
    (
        put("pdr", f"{rng.choice([7, 8, 8.5, 9, 9.5, 10, 11])} Hz"),
        put("slow", rng.choice(["2-3 Hz", "4-6 Hz theta", "1.5-2.5 Hz delta"])),
    )
    put(
        "ipsi",
        rng.choice(
            [
                "left temporal (T7/F7)",
                "right frontotemporal (F8/T8)",
                "bifrontal",
                "left centroparietal (C3/P3)",
            ]
        ),
    )
    put("photic", rng.choice(["1-30 Hz", "3-27 Hz", "1-20 Hz"]))
    (
        put("ncv", f"{rng.uniform(38, 58):.1f}"),
        put("dml", f"{rng.uniform(3.2, 7.4):.1f}"),
        put("smap", f"{rng.uniform(4, 42):.1f}"),
        put("cmap", f"{rng.uniform(3, 11):.1f}"),
    )
    tox, jcode, generic = rng.choice(TOXINS)
    put("toxin", tox), put("jcode", jcode), put("toxin_generic", generic)
    for m in ["scm_l", "scm_r", "splen_l", "splen_r", "trap_l", "trap_r", "lev", "orb", "front"]:
        put(f"u_{m}", str(rng.choice([5, 10, 15, 20, 25, 30, 40, 50, 60, 75, 100])))
    put("u_total", str(rng.choice([100, 155, 195, 200, 300, 500])))
    dbs, dbs_model = rng.choice(DBS)
    put("dbs", dbs), put("dbs_model", dbs_model)
    (
        put("amp", f"{rng.uniform(1.0, 4.5):.1f}"),
        put("amp2", f"{rng.uniform(1.0, 4.5):.1f}"),
        put("pw_us", str(rng.choice([40, 60, 90]))),
        put("hz", str(rng.choice([130, 145, 160, 180]))),
    )
    put("contacts", rng.choice(["C+ 2-", "C+ 1- 2-", "C+ 10- 11-", "C+ 3(abc)-", "C+ 9-"]))
    (
        put("updrs", str(rng.randint(8, 52))),
        put("sz_count", str(rng.randint(0, 14))),
        put(
            "aed",
            rng.choice(
                [
                    "levetiracetam 750 mg bd",
                    "lamotrigine 150 mg bd",
                    "lacosamide 100 mg bd",
                    "carbamazepine MR 400 mg bd",
                    "brivaracetam 50 mg bd",
                ]
            ),
        ),
    )
    (
        put("bbps", str(rng.randint(6, 9))),
        put(
            "polyps",
            rng.choice(
                [
                    "3 tubular adenomas <10 mm",
                    "1 sessile serrated lesion 12 mm",
                    "2 hyperplastic polyps",
                    "5 adenomas, largest 14 mm, LGD",
                ]
            ),
        ),
    )
    (
        put("recall_yrs", str(rng.choice([1, 3, 5]))),
        put("capsule", rng.choice(CAPSULES)),
        put("sbtt", f"{rng.randint(2, 7)} h {rng.randint(0, 59)} min"),
    )
    (
        put("gtt", f"{rng.randint(10, 95)} min"),
        put("cecum", rng.choice(["reached at 5 h 12 min", "not reached (recording ended)", "reached"])),
    )
    put("hb", f"{rng.uniform(7.8, 14.9):.1f}"), put("ferritin", str(rng.randint(4, 240)))
    put("w_hist", str(rng.randint(3, 9))), put("w_sal", rng.choice(["0", "0", "1"]))
    for a in ["dp", "cat", "grass", "birch", "peanut", "egg"]:
        put(f"w_{a}", str(rng.choice([0, 0, 2, 3, 4, 5, 6, 8, 10, 12])))
    put("ige", str(rng.randint(12, 1800)))
    (
        put("ahi", f"{rng.uniform(2, 68):.1f}"),
        put("odi4", f"{rng.uniform(1, 60):.1f}"),
        put("nadir", str(rng.randint(71, 92))),
        put("t90", f"{rng.uniform(0, 35):.1f}%"),
    )
    (
        put("ess", str(rng.randint(2, 21))),
        put("cpap_p", f"{rng.randint(5, 10)}-{rng.randint(11, 20)}"),
        put("p95", f"{rng.uniform(7, 15):.1f}"),
    )
    (
        put("usage", f"{rng.randint(55, 100)}%"),
        put("usage_h", f"{rng.uniform(3.2, 8.4):.1f}"),
        put("sleep_eff", f"{rng.randint(58, 94)}%"),
    )
    (
        put("mme", str(rng.choice([20, 30, 45, 60, 90, 120]))),
        put(
            "opioid",
            rng.choice(
                [
                    "oxycodone CR 10 mg bd",
                    "tapentadol SR 50 mg bd",
                    "buprenorphine patch 10 mcg/h",
                    "hydromorphone 2 mg prn",
                ]
            ),
        ),
    )
    put(
        "pain_proc",
        rng.choice(
            [
                "L4/5 and L5/S1 medial branch blocks",
                "right L5 TFESI",
                "genicular nerve RFA",
                "caudal epidural",
                "SI joint injection",
            ]
        ),
    )
    put(
        "tech_w",
        rng.choice(
            ["Tubiana stage 2", "Tubiana stage 3", "MCPJ 45 deg, PIPJ 60 deg", "fixed flexion 35 deg at PIPJ"]
        ),
    )
    put("anaes", rng.choice(["WALANT", "regional (axillary block)", "GA with LMA", "local infiltration"]))
    (
        put("wait_wk", str(rng.randint(6, 78))),
        put("wait_wk2", str(rng.randint(12, 104))),
        put("cat_triage", rng.choice(["Urgent", "Soon", "Routine", "Category 1", "Category 2", "P3"])),
    )
    (
        put(
            "money",
            rng.choice(["$45.00", "$1,240.00", "€60", "£35", "A$95.60", "C$210", "$3,855.20", "€1,100"]),
        ),
        put("money2", rng.choice(["$25 copay", "20% coinsurance", "€80 per visit", "£0"])),
    )
    put("year", str(rng.randint(1998, 2024))), put("year2", str(rng.randint(2010, 2025)))
    put("age_lo", str(rng.randint(21, 89))), put("age_kid", str(rng.randint(4, 17)))
    (
        put("time", f"{rng.randint(7, 17):02d}:{rng.choice(['00', '15', '30', '45'])}"),
        put(
            "time2", f"{rng.randint(1, 11)}:{rng.choice(['05', '20', '35', '50'])} {rng.choice(['am', 'pm'])}"
        ),
    )
    put("duration", f"{rng.randint(8, 90)} min")
    put("eponym", rng.choice(EPONYMS)), put("eponym2", rng.choice(EPONYMS))
    (
        put("room", rng.choice(ROOMS)),
        put("room2", rng.choice(ROOMS)),
        put("org", rng.choice(ORGS)),
        put("payer", rng.choice(PAYERS)),
    )
    put("role", rng.choice(ROLES)), put("role2", rng.choice(ROLES))
    put(
        "form_no",
        rng.choice(
            [
                "Form OPD-117 v3.2",
                "F-ENT-022 rev 07/2019",
                "HR-44 (v5)",
                "NCS-12 Rev. C",
                "SOP-OPH-019 v4",
                "Policy 7.14.2",
            ]
        ),
    )
    put(
        "policy",
        rng.choice(
            [
                "P&P 412.6",
                "Policy IC-09",
                "SOP DERM-031",
                "Guideline CG-118",
                "NICE NG12",
                "BSG 2020",
                "AAO PPP 2020",
            ]
        ),
    )
    put(
        "vitals",
        f"BP {rng.randint(102, 168)}/{rng.randint(58, 98)}, HR {rng.randint(52, 104)}, SpO2 {rng.randint(92, 100)}%",
    )
    (
        put("bmi", f"{rng.uniform(19, 41):.1f}"),
        put("wt", str(rng.randint(48, 131))),
        put("neck", str(rng.randint(34, 48))),
    )
    put("org_npi", "1" + "".join(rng.choice(string.digits) for _ in range(9)))
    (
        put("clia", f"{rng.randint(10, 99)}D{rng.randint(1000000, 9999999)}"),
        put("tax_id", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"),
    )
    put("ncpdp", str(rng.randint(1000000, 9999999))), put("cap_no", str(rng.randint(1000000, 9999999)))
    (
        put("ods", f"{rng.choice('ABCDFGHJKLMNPY')}{rng.randint(81000, 89999)}"),
        put("hpo", f"{rng.randint(100, 999)}"),
    )
    put("batch", f"B{rng.randint(10, 99)}-{rng.randint(1000, 9999)}")
    (
        put("pct", f"{rng.randint(2, 98)}%"),
        put("ref_range", rng.choice(["(ref 0.5-4.5)", "(normal <5)", "(RR 2.5-7.5 mmol/24h)", "(ref >40)"])),
    )
    (
        put("weeks", str(rng.randint(2, 12))),
        put("months", str(rng.randint(2, 18))),
        put("dose_mg", str(rng.choice([5, 10, 20, 25, 40, 50, 100, 150]))),
    )
    put("ext", str(rng.randint(2000, 7999))), put("bleep", str(rng.randint(100, 899)))
    v.update(_code_bits(rng))
    return v
