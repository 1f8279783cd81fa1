"""Values for planted set V (long-term, residential and community-based care).

``identifiers(rng)`` invents one resident's identity and context (names of the resident, relatives and
staff, dates, places, and every kind of ID); ``lookalikes(rng)`` invents clinical and administrative
filler that is not PHI. Every value comes from ``rng`` only. Each typed key ``k`` also has ``k_uc`` (ALL
CAPS); a few keys have ``k_ocr`` (scanner damage: O/0, l/1, S/5 swaps).
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- name pools (invented combinations; many origins) --------------------------------------------

FIRST_F = [
    "Margaret",
    "Dorothy",
    "Hope",
    "Faith",
    "June",
    "Grace",
    "Ruth",
    "Ngozi",
    "Thi Lan",
    "Bich Ngoc",
    "Wanda",
    "Halina",
    "Esperanza",
    "Guadalupe",
    "Consuelo",
    "Fatima",
    "Amira",
    "Mei-Ling",
    "Xiu Ying",
    "Priya",
    "Lakshmi",
    "Siobhan",
    "Bridget",
    "Maeve",
    "Ingrid",
    "Astrid",
    "Yetunde",
    "Adaeze",
    "Olga",
    "Zofia",
    "Rosalind",
    "Imelda",
    "Marisol",
    "Hannelore",
    "Carmela",
    "Eleni",
    "Despina",
    "Noor",
    "Hawa",
    "Faduma",
    "Keiko",
    "Haruko",
    "Sunita",
    "Berniece",
    "Opal",
    "Pearl",
    "Velma",
    "Myrtle",
    "Dolores",
    "Jo Ann",
    "Mary-Kate",
    "Ann-Marie",
    "Loretta",
    "Winona",
    "Shirley",
    "Nadia",
    "Leilani",
    "Ayasha",
    "Florence",
    "Georgia",
    "Carolina",
    "Paris",
    "Sydney",
    "Autumn",
    "Ivy",
    "Lourdes",
]
FIRST_M = [
    "Walter",
    "Harold",
    "Frank",
    "Will",
    "Bill",
    "Major",
    "Sterling",
    "Chester",
    "Jackson",
    "Austin",
    "Dallas",
    "Lincoln",
    "Chukwuemeka",
    "Oluwaseun",
    "Thanh",
    "Duc Minh",
    "Tadeusz",
    "Stanislaw",
    "Jesús",
    "Aurelio",
    "Ramón",
    "Mohammed",
    "Yusuf",
    "Tariq",
    "Wei",
    "Jian",
    "Rajesh",
    "Venkat",
    "Seamus",
    "Padraig",
    "Declan",
    "Lars",
    "Sven",
    "Emeka",
    "Bogdan",
    "Giuseppe",
    "Salvatore",
    "Dimitrios",
    "Spyros",
    "Abdirahman",
    "Hiroshi",
    "Kenji",
    "Arjun",
    "Earl",
    "Virgil",
    "Homer",
    "Clarence",
    "Otis",
    "Rufus",
    "Delbert",
    "Jean-Pierre",
    "Luc",
    "Marcel",
    "Kwame",
    "Kofi",
    "Ahanu",
    "Dakota",
    "Rocky",
    "Sonny",
    "Hank",
    "Bernard",
    "Cornelius",
    "Ignatius",
    "Wendell",
    "Tobias",
]
LAST = [
    "Kowalski",
    "Nguyen",
    "Okafor",
    "Adeyemi",
    "de la Cruz",
    "De La Rosa",
    "van der Berg",
    "Van Buren",
    "van Dijk",
    "O'Connell",
    "O'Shaughnessy",
    "D'Amico",
    "McAllister",
    "MacLeod",
    "Smith-Jones",
    "Garcia-Lopez",
    "Ramírez",
    "Dubois",
    "St. Pierre",
    "St. John",
    "Al-Hashimi",
    "Abdi",
    "Warsame",
    "Begay",
    "Yazzie",
    "Tsosie",
    "Papadopoulos",
    "Yilmaz",
    "Nakamura",
    "Takahashi",
    "Oyelaran",
    "ten Boom",
    "Le",
    "Ng",
    "Wu",
    "Fox",
    "Love",
    "Bell",
    "Story",
    "Chestnut",
    "Hill",
    "Stone",
    "Young",
    "Rose",
    "Bishop",
    "Cook",
    "Parish",
    "Street",
    "Lane",
    "Dean",
    "Winters",
    "Price",
    "Moody",
    "Paris",
    "Austin",
    "Dallas",
    "Florence",
    "Chester",
    "Lincoln",
    "Jackson",
    "Madison",
    "Washington",
    "Brown",
    "Baker",
    "Mason",
    "Rivers",
    "Wiśniewski",
    "Lewandowska",
    "Kaczmarek",
    "Fitzgerald",
    "Ó Briain",
    "Ní Bhriain",
    "Mbeki",
    "Chukwu",
    "Haddad",
    "Khoury",
    "Patel",
    "Iyer",
    "Reddy",
    "Chaudhry",
    "Hernández-Soto",
    "Villanueva",
    "dos Santos",
    "da Silva",
    "Schmidt",
    "Müller",
    "Johansson",
    "Lindqvist",
    "Kim",
    "Park",
    "Choi",
    "Tran",
    "Pham",
    "Hoang",
    "Bergström",
    "Ivanova",
    "Petrov",
    "Moreau",
    "LeBlanc",
    "Thibodeaux",
    "Boudreaux",
    "Goodwin",
    "Littlejohn",
    "Whitehorse",
]
NICK = [
    "Bud",
    "Sissy",
    "Peggy",
    "Skip",
    "Dot",
    "Tootie",
    "Junior",
    "Cookie",
    "Rusty",
    "Bunny",
    "Sonny",
    "Lolo",
    "Nana Jo",
    "Babe",
    "Red",
    "Chico",
    "Mimi",
    "Tata",
    "Boots",
    "Doc",
]

# --- places ---------------------------------------------------------------------------------------

CITIES = [
    "Cedar Falls",
    "Millbrook",
    "Port Alder",
    "East Haddon",
    "Glenrock",
    "Tamarack",
    "Bluewater",
    "Fort Hollis",
    "New Bremen",
    "Ojo Caliente",
    "Sparrow Lake",
    "West Lindell",
    "Harmony",
    "Liberty Center",
    "Marietta Springs",
    "Coldwater",
    "Pine Bluff Junction",
    "Ashgrove",
    "Kettle Falls",
    "North Pemberton",
    "Saint Anselm",
    "Redfield",
    "Orchard Park",
    "Calloway",
    "Dunmore",
    "Brackenridge",
    "Hollow Rock",
    "Vinton Ridge",
    "Grand Marais",
    "Lake Ophelia",
    "Eagle Pass Crossing",
    "Sunbury",
    "Prairie du Loup",
    "Mount Carmel Heights",
    "Ellisburg",
    "Waverly Glen",
    "Cass Lake",
    "Bonneterre",
]
COUNTIES = [
    "Alder",
    "Kittredge",
    "Wexley",
    "Pottawa",
    "Greer",
    "Sable",
    "Holloway",
    "Tenmile",
    "Brule",
    "Lassiter",
    "Monongah",
    "Okemah",
    "Quill",
    "Ransom",
    "Dunbarton",
    "Fallow",
]
STATES = ["PA", "OH", "MN", "WI", "IA", "NM", "MI", "NY", "VT", "KY", "TN", "LA", "OR", "WA", "ME", "MO"]
STREET_NAMES = [
    "Old Mill",
    "Chestnut",
    "Orchard",
    "Maple Hollow",
    "Quarry",
    "Kingfisher",
    "Depot",
    "Church",
    "Lakeview",
    "Prospect",
    "Juniper",
    "Tanager",
    "County Road 9",
    "Sawmill",
    "Bramble",
    "Harvest Moon",
    "Mulberry",
    "Riverside",
    "Fairground",
    "Cottonwood",
    "Martin Luther King Jr",
    "Schoolhouse",
    "Birch Knoll",
    "Elm",
    "Walnut Creek",
    "Ridgeway",
]
STREET_SUFFIX = [
    "Rd",
    "Road",
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Ct",
    "Blvd",
    "Way",
    "Pike",
    "Terrace",
    "Trail",
    "Cir",
]
FAC_ORG = [
    "Willowbrook",
    "Evergreen Manor",
    "Maple Ridge",
    "Good Shepherd",
    "Heritage Oaks",
    "Stillwater",
    "Bethany Home",
    "Rosewood",
    "St. Brigid",
    "Lutheran Home",
    "Golden Pond",
    "Pinecrest",
    "Meadowlark",
    "Covenant",
    "Brookhaven",
    "Sunnyside",
    "Fairhaven",
    "Hillcrest",
    "Amberwood",
]
FAC_KIND = [
    "Health & Rehabilitation",
    "Nursing and Rehab Center",
    "Care Center",
    "Skilled Nursing",
    "Assisted Living",
    "Senior Living",
    "Healthcare Center",
    "Memory Care",
    "Manor",
    "Living Center",
]
HOSP_KIND = ["Memorial Hospital", "Regional Medical Center", "General Hospital", "Community Hospital"]
REL = [
    "daughter",
    "son",
    "niece",
    "nephew",
    "wife",
    "husband",
    "sister",
    "brother",
    "granddaughter",
    "grandson",
    "daughter-in-law",
    "friend",
    "cousin",
    "stepdaughter",
    "partner",
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
MON3 = [m[:3] for m in MONTHS]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

NOPE = set("ILOQ")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _L(rng: random.Random, n: int, pool: str = "ABCDEFGHJKMNPRTUVWXY") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


# --- names ----------------------------------------------------------------------------------------


class Person:
    def __init__(self, rng: random.Random, sex: str | None = None):
        self.sex = sex or rng.choice("FM")
        self.first = rng.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = rng.choice(LAST)
        self.mi = rng.choice("ABCDEFGHJKLMNPRSTW")

    def full(self, rng: random.Random) -> str:
        return rng.choice(
            [
                f"{self.first} {self.last}",
                f"{self.first} {self.mi}. {self.last}",
                f"{self.first} {self.last}",
                f"{self.first[0]}. {self.last}",
            ]
        )

    def plain(self) -> str:
        return f"{self.first} {self.last}"

    def lf(self, rng: random.Random) -> str:
        return rng.choice(
            [
                f"{self.last}, {self.first}",
                f"{self.last}, {self.first} {self.mi}.",
                f"{self.last},{self.first}",
            ]
        )


def _age_words(n: int) -> str:
    tens = {9: "ninety", 10: "one hundred"}
    if n >= 100:
        return "one hundred" + (f" and {ONES[n - 100]}" if n > 100 else "")
    return tens[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")


# --- dates ----------------------------------------------------------------------------------------


def _fmt_date(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    style = style or rng.choice(["us", "us", "us2", "iso", "long", "dmy", "mon", "eu", "short_y", "abbr"])
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "mon":
        return f"{d.day:02d}-{MON3[d.month - 1].upper()}-{d.year}"
    if style == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "short_y":
        return f"{d.month}-{d.day}-{d.year}"
    if style == "abbr":
        return f"{MON3[d.month - 1]} {d.day} {d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "mds":
        return f"{d.month:02d}{d.day:02d}{d.year}"
    if style == "mday":
        return f"{MONTHS[d.month - 1]} {d.day}"
    if style == "ord":
        suf = "th" if 10 <= d.day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        return f"the {d.day}{suf} of {MONTHS[d.month - 1]}"
    raise ValueError(style)


def _fmt_dt(rng: random.Random, d: dt.datetime) -> str:
    s = rng.choice(["a", "b", "c", "d"])
    if s == "a":
        return f"{d.month:02d}/{d.day:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"
    if s == "b":
        return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:{d.second:02d}"
    if s == "c":
        return f"{d.month}/{d.day}/{d.year % 100:02d} {d.hour:02d}{d.minute:02d}"
    return f"{d.year}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}"


# --- IDs ------------------------------------------------------------------------------------------


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _d(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    first = rng.choice("ABFGM")
    second = last[0].upper() if last[0].isascii() and last[0].isalpha() else "X"
    ds = [rng.randrange(10) for _ in range(6)]
    check = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return first + second + "".join(map(str, ds)) + str(check)


def _mbi(rng: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + string.digits
    s = (
        rng.choice("123456789")
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(a)
        + rng.choice(a)
        + rng.choice(string.digits)
        + rng.choice(string.digits)
    )
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", s])


VIN_MAP = {
    **{str(i): i for i in range(10)},
    "A": 1,
    "B": 2,
    "C": 3,
    "D": 4,
    "E": 5,
    "F": 6,
    "G": 7,
    "H": 8,
    "J": 1,
    "K": 2,
    "L": 3,
    "M": 4,
    "N": 5,
    "P": 7,
    "R": 9,
    "S": 2,
    "T": 3,
    "U": 4,
    "V": 5,
    "W": 6,
    "X": 7,
    "Y": 8,
    "Z": 9,
}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def _vin(rng: random.Random) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = [rng.choice(["1FD", "1GB", "2C4", "1FT", "5TD", "3C6", "1GN"])[i] for i in range(3)]
    chars += [rng.choice(pool) for _ in range(5)] + ["0"] + [rng.choice("KLMNPR")]
    chars += [rng.choice(pool)] + [rng.choice(string.digits) for _ in range(6)]
    total = sum(VIN_MAP[c] * w for c, w in zip(chars, VIN_W, strict=True))
    chk = total % 11
    chars[8] = "X" if chk == 10 else str(chk)
    return "".join(chars)


def _plate(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_d(rng, 1)}{_L(rng, 3)}{_d(rng, 3)}",
            f"{_L(rng, 3)}-{_d(rng, 4)}",
            f"{_L(rng, 3)} {_d(rng, 3)}",
            f"{_d(rng, 3)} {_L(rng, 3)}",
            f"HP{_d(rng, 4)}",
            f"{_L(rng, 2)}{_d(rng, 2)}{_L(rng, 2)}",
        ]
    )


def _phone(rng: random.Random) -> str:
    area = rng.choice(
        [
            "412",
            "218",
            "319",
            "505",
            "608",
            "616",
            "802",
            "859",
            "931",
            "337",
            "503",
            "207",
            "570",
            "715",
            "563",
            "989",
        ]
    )
    line = f"01{_d(rng, 2)}"
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area}555{line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"555-{line}",
        ]
    )


def _ssn(rng: random.Random) -> str:
    a = rng.choice([n for n in range(1, 900) if n != 666])
    b, c = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        [
            f"{a:03d}-{b:02d}-{c:04d}",
            f"{a:03d} {b:02d} {c:04d}",
            f"{a:03d}{b:02d}{c:04d}",
            f"{a:03d}-{b:02d}-{c:04d}",
        ]
    )


def _ocr(rng: random.Random, s: str) -> str:
    swaps = {
        "O": "0",
        "0": "O",
        "l": "1",
        "1": "l",
        "S": "5",
        "5": "S",
        "B": "8",
        "e": "c",
        "m": "rn",
        "I": "l",
    }
    out = list(s)
    idx = [i for i, c in enumerate(out) if c in swaps and not (s.endswith(".") and i >= len(s) - 2)]
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
        out[i] = swaps[out[i]]
    return "".join(out)


def _email(rng: random.Random, p: Person, domain: str) -> str:
    f = p.first.lower().replace(" ", "").replace("-", "").replace("'", "")
    last = p.last.lower().replace(" ", "").replace("'", "").replace(".", "")
    f = f.encode("ascii", "ignore").decode() or "x"
    last = last.encode("ascii", "ignore").decode() or "y"
    return rng.choice(
        [
            f"{f}.{last}@{domain}",
            f"{f[0]}{last}{_d(rng, 2)}@{domain}",
            f"{last}.{f[0]}@{domain}",
            f"{f}{last[:3]}{rng.randint(40, 99)}@{domain}",
        ]
    )


def _slug(s: str) -> str:
    return "".join(c for c in s.lower().encode("ascii", "ignore").decode() if c.isalnum())


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented resident with relatives, staff, places, dates and IDs."""
    N, L, D, A, P, F, E = (
        PhiType.NAME,
        PhiType.LOCATION,
        PhiType.DATE,
        PhiType.AGE,
        PhiType.PHONE,
        PhiType.FAX,
        PhiType.EMAIL,
    )
    v: dict[str, Value] = {}

    # resident: a long-term-care population, many over 89
    pt = Person(rng)
    age = rng.choice([rng.randint(58, 89), rng.randint(66, 89), rng.randint(90, 104), rng.randint(90, 98)])
    today = dt.date(rng.randint(2022, 2026), rng.randint(1, 12), rng.randint(1, 28))
    dob = dt.date(today.year - age - (1 if rng.random() < 0.5 else 0), rng.randint(1, 12), rng.randint(1, 28))
    if (today.month, today.day) < (dob.month, dob.day):
        age_now = today.year - dob.year - 1
    else:
        age_now = today.year - dob.year
    age = age_now
    v["pt_name"] = (N, pt.full(rng))
    v["pt_plain"] = (N, pt.plain())
    v["pt_lf"] = (N, pt.lf(rng))
    v["pt_first"] = (N, pt.first)
    v["pt_last"] = (N, pt.last)
    v["pt_nick"] = (N, rng.choice(NICK))
    v["pt_sex"] = (None, pt.sex)
    v["pt_pron"] = (None, "she" if pt.sex == "F" else "he")
    v["pt_poss"] = (None, "her" if pt.sex == "F" else "his")
    v["pt_title"] = (None, "Mrs." if pt.sex == "F" else "Mr.")
    v["age"] = (A if age >= 90 else None, str(age))
    v["age_w"] = (A if age >= 90 else None, _age_words(age) if age >= 90 else str(age))

    # relatives, friends, other residents
    fam = Person(rng)
    if rng.random() < 0.5:
        fam.last = pt.last
    fam2 = Person(rng)
    res2 = Person(rng)
    v["fam_name"] = (N, fam.full(rng))
    v["fam_lf"] = (N, fam.lf(rng))
    v["fam_first"] = (N, fam.first)
    v["fam_last"] = (N, fam.last)
    v["rel"] = (None, rng.choice(REL))
    v["fam2_name"] = (N, fam2.full(rng))
    v["fam2_first"] = (N, fam2.first)
    v["rel2"] = (None, rng.choice(REL))
    v["res2_name"] = (N, res2.full(rng))
    v["res2_lf"] = (N, res2.lf(rng))
    v["res2_first"] = (N, res2.first)
    v["res2_last"] = (N, res2.last)

    # staff
    for key in [
        "rn",
        "lpn",
        "cna",
        "cna2",
        "md",
        "np",
        "don",
        "admr",
        "sw",
        "pharm",
        "dsp",
        "dsp2",
        "driver",
        "ombud",
        "surveyor",
        "guardian",
        "payee",
        "witness",
        "judge",
        "cm",
        "ther",
        "assessor",
        "dietitian",
        "mdsc",
        "actv",
        "maint",
    ]:
        p = Person(rng)
        v[f"{key}_name"] = (N, p.full(rng))
        v[f"{key}_plain"] = (N, p.plain())
        v[f"{key}_last"] = (N, p.last)
        v[f"{key}_first"] = (N, p.first)
        v[f"{key}_lf"] = (N, p.lf(rng))
        if key in ("rn", "md", "sw", "don", "guardian", "cm", "ombud", "admr", "dsp", "pharm", "payee"):
            v[f"{key}_email"] = (
                E,
                _email(
                    rng,
                    p,
                    rng.choice(
                        [
                            "example.com",
                            "example.org",
                            "mail.example.com",
                            "care.example.org",
                            "ltc.test",
                            "state.example.org",
                        ]
                    ),
                ),
            )
        if key in ("rn", "md", "sw", "guardian", "cm", "ombud", "driver", "dsp", "payee", "pharm"):
            v[f"{key}_phone"] = (P, _phone(rng))
    staff_people = {k: v[f"{k}_last"][1] for k in ("md", "np", "pharm")}

    # places
    city, fcity, ncity = rng.sample(CITIES, 3)
    state = rng.choice(STATES)
    county = rng.choice(COUNTIES)
    org = rng.choice(FAC_ORG)
    kind = rng.choice(FAC_KIND)
    fac = rng.choice(
        [f"{org} {kind} of {fcity}", f"{fcity} {kind}", f"{org} of {fcity}", f"{fcity} {org} {kind}"]
    )
    v["fac"] = (L, fac)
    v["fac_org"] = (None, f"{org} {kind}")
    v["fac_city"] = (L, fcity)
    v["fac_street"] = (L, f"{rng.randint(10, 9899)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}")
    v["fac_zip"] = (L, f"{_d(rng, 5)}" if rng.random() < 0.7 else f"{_d(rng, 5)}-{_d(rng, 4)}")
    v["state"] = (None, state)
    v["hosp"] = (
        L,
        rng.choice(
            [
                f"{rng.choice(CITIES)} {rng.choice(HOSP_KIND)}",
                f"{rng.choice(['St. Luke', 'Mercy', 'Trinity', 'Providence'])} {rng.choice(CITIES)}",
            ]
        ),
    )
    v["hosp_org"] = (
        None,
        rng.choice(
            ["Mercy Health", "Trinity Medical", "the regional hospital", "Providence", "the county hospital"]
        ),
    )
    v["street"] = (
        L,
        rng.choice(
            [
                f"{rng.randint(1, 9999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}",
                f"{rng.randint(1, 999)} {rng.choice('NSEW')}. {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}",
                f"{rng.randint(100, 29999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}",
                f"RR {rng.randint(1, 6)} Box {rng.randint(10, 400)}",
            ]
        ),
    )
    v["unit"] = (
        L,
        rng.choice(
            [
                f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f"Unit {rng.randint(1, 300)}",
                f"#{rng.randint(100, 999)}",
                f"Lot {rng.randint(1, 90)}",
                f"Apt. {rng.randint(101, 612)}",
            ]
        ),
    )
    v["city"] = (L, city)
    v["county"] = (L, f"{county} County" if rng.random() < 0.6 else county)
    v["county_bare"] = (L, county)
    v["zip"] = (L, _d(rng, 5) if rng.random() < 0.6 else f"{_d(rng, 5)}-{_d(rng, 4)}")
    v["new_street"] = (L, f"{rng.randint(1, 4999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}")
    v["new_unit"] = (
        L,
        rng.choice(
            [
                f"Apt {rng.randint(1, 24)}{rng.choice('ABCDEF')}",
                f"Unit {rng.randint(1, 80)}",
                f"Apt. {rng.randint(101, 420)}",
            ]
        ),
    )
    v["new_city"] = (L, ncity)
    v["new_zip"] = (L, _d(rng, 5))
    v["hood"] = (
        L,
        rng.choice(
            [
                "the Flats",
                "Northside",
                "Irish Hill",
                "Little Saigon",
                "Old Town",
                "the East End",
                "Riverbend",
                "Frogtown",
                "Germantown",
            ]
        ),
    )
    v["day_center"] = (L, f"{rng.choice(CITIES)} Adult Day {rng.choice(['Center', 'Services', 'Club'])}")
    v["pace_center"] = (
        L,
        rng.choice(
            [f"PACE of {county} County", f"{rng.choice(CITIES)} PACE Center", f"LIFE {rng.choice(CITIES)}"]
        ),
    )
    v["group_home"] = (
        L,
        rng.choice(
            [
                f"{rng.choice(STREET_NAMES)} House - {rng.choice(CITIES)}",
                f"{rng.choice(CITIES)} Community Residence",
                f"{rng.choice(CITIES)} ICF/IID Home",
            ]
        ),
    )

    # dates
    adm = today - dt.timedelta(days=rng.randint(20, 1800))
    v["today"] = (D, _fmt_date(rng, today))
    v["today_us"] = (D, _fmt_date(rng, today, "us"))
    v["today_iso"] = (D, _fmt_date(rng, today, "iso"))
    v["today_long"] = (D, _fmt_date(rng, today, "long"))
    v["today_md"] = (D, _fmt_date(rng, today, "md"))
    v["dob"] = (D, _fmt_date(rng, dob))
    v["dob_us"] = (D, _fmt_date(rng, dob, "us"))
    v["dob_mds"] = (D, _fmt_date(rng, dob, rng.choice(["mds", "us"])))
    v["dob_long"] = (D, _fmt_date(rng, dob, rng.choice(["long", "dmy"])))
    v["adm"] = (D, _fmt_date(rng, adm))
    v["adm_us"] = (D, _fmt_date(rng, adm, "us"))
    for i in range(1, 7):
        d = today - dt.timedelta(days=rng.randint(-40, 120))
        v[f"d{i}"] = (D, _fmt_date(rng, d))
    v["d_md"] = (D, _fmt_date(rng, today - dt.timedelta(days=rng.randint(1, 30)), "md"))
    v["d_md2"] = (D, _fmt_date(rng, today - dt.timedelta(days=rng.randint(1, 30)), "md"))
    v["d_mday"] = (
        D,
        _fmt_date(rng, today + dt.timedelta(days=rng.randint(1, 60)), rng.choice(["mday", "ord"])),
    )
    v["d_iso"] = (D, _fmt_date(rng, today - dt.timedelta(days=rng.randint(0, 9)), "iso"))
    v["d_iso2"] = (D, _fmt_date(rng, today - dt.timedelta(days=rng.randint(0, 9)), "iso"))
    v["next"] = (D, _fmt_date(rng, today + dt.timedelta(days=rng.randint(7, 120))))
    for i in range(1, 5):
        t = dt.datetime(
            today.year, today.month, today.day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        ) - dt.timedelta(days=rng.randint(0, 5))
        v[f"dt{i}"] = (D, _fmt_dt(rng, t))
    v["mon_year"] = (D, f"{MONTHS[today.month - 1]} {today.year}")

    # contact numbers
    v["fam_phone"] = (P, _phone(rng))
    v["fam_phone2"] = (P, _phone(rng))
    v["fam2_phone"] = (P, _phone(rng))
    v["pt_phone"] = (P, _phone(rng))
    v["fac_phone"] = (P, _phone(rng))
    v["fac_fax"] = (F, _phone(rng))
    v["md_fax"] = (F, _phone(rng))
    v["pharm_fax"] = (F, _phone(rng))
    v["agency_fax"] = (F, _phone(rng))
    v["fam_email"] = (
        E,
        _email(
            rng,
            fam,
            rng.choice(
                ["example.com", "mail.example.org", "example.net", "inbox.test", "family.example.com"]
            ),
        ),
    )
    slug = _slug(org)
    v["fac_email"] = (
        E,
        rng.choice(
            [
                f"admissions@{slug}.example.com",
                f"bof@{slug}-care.example.org",
                f"frontdesk.{_slug(fcity)}@{slug}.test",
            ]
        ),
    )
    v["fac_url"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://www.{slug}-{_slug(fcity)}.example.com",
                f"www.{slug}.example.org/{_slug(fcity)}",
                f"http://{slug}{_d(rng, 2)}.example.com/residents",
            ]
        ),
    )
    v["portal_url"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://family.{slug}.example.com/r/{_d(rng, 6)}",
                f"https://portal.example.org/ltc/{_slug(fcity)}/resident?id={_d(rng, 7)}",
                f"https://{slug}.example.net/council/minutes-{today.year}-{today.month:02d}.pdf",
            ]
        ),
    )
    v["agency_url"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://ombudsman.{state.lower()}.example.org/complaints/{_d(rng, 6)}",
                f"https://hhs.{state.lower()}.example.gov.test/waiver/loc/{_d(rng, 5)}",
                f"www.aging-{_slug(county)}.example.org/intake",
            ]
        ),
    )
    v["ip1"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        ),
    )
    v["ip2"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            [
                f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"fd00:{rng.randrange(0x1000, 0xFFFF):x}:{rng.randrange(0x10, 0xFFF):x}::{rng.randrange(1, 0xFFF):x}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        ),
    )

    # identifiers
    v["ssn"] = (PhiType.SSN, _ssn(rng))
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            [
                f"R{_d(rng, 5)}",
                f"{_d(rng, 2)}-{_d(rng, 5)}",
                f"LTC-{_d(rng, 6)}",
                f"{_d(rng, 10)}",
                f"{_L(rng, 2)}{_d(rng, 6)}",
                f"{_d(rng, 7)}",
            ]
        ),
    )
    v["mrn2"] = (PhiType.MRN, rng.choice([f"R{_d(rng, 5)}", f"{_d(rng, 8)}", f"H{_d(rng, 7)}"]))
    H = PhiType.HEALTH_PLAN_ID
    v["mbi"] = (H, _mbi(rng))
    v["medicaid"] = (
        H,
        rng.choice(
            [
                f"{_d(rng, 10)}",
                f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
                f"{_L(rng, 2)}{_d(rng, 8)}",
                f"{_d(rng, 8)}{_L(rng, 1)}",
                f"MCD-{_d(rng, 9)}",
            ]
        ),
    )
    v["plan_id"] = (
        H,
        rng.choice(
            [
                f"{_L(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 8)} 0{rng.randint(1, 4)}",
                f"{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 3)}",
            ]
        ),
    )
    v["group_no"] = (
        H,
        rng.choice([f"GRP{_d(rng, 5)}", f"{_d(rng, 6)}-{_L(rng, 1)}{_d(rng, 2)}", f"{_d(rng, 7)}"]),
    )
    v["pace_id"] = (H, f"{rng.choice(['P', 'PA', 'PC'])}{_d(rng, 7)}")
    K = PhiType.ACCOUNT
    v["acct"] = (
        K,
        rng.choice(
            [f"{_d(rng, 4)}-{_d(rng, 5)}", f"A{_d(rng, 8)}", f"{_d(rng, 9)}", f"PT{_d(rng, 6)}-{_d(rng, 2)}"]
        ),
    )
    v["trust_acct"] = (
        K,
        rng.choice([f"RTF-{_d(rng, 5)}", f"TF{_d(rng, 6)}", f"{_d(rng, 3)}-{_d(rng, 4)}-T"]),
    )
    v["bank_acct"] = (
        K,
        rng.choice([f"{_d(rng, 10)}", f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 3)}", f"000{_d(rng, 9)}"]),
    )
    v["claim"] = (
        K,
        rng.choice(
            [
                f"{_d(rng, 13)}",
                f"CLM-{_d(rng, 5)}-{_d(rng, 5)}",
                f"{today.year % 100}{_d(rng, 3)}{_L(rng, 1)}{_d(rng, 7)}",
            ]
        ),
    )
    Li = PhiType.LICENSE
    v["npi"] = (Li, _npi(rng))
    v["npi2"] = (Li, _npi(rng))
    v["dea"] = (Li, _dea(rng, staff_people["md"]))
    v["rn_lic"] = (
        Li,
        rng.choice([f"RN{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 6)}", f"R{_d(rng, 6)}", f"{_d(rng, 7)}"]),
    )
    v["lpn_lic"] = (Li, rng.choice([f"LPN-{_d(rng, 6)}", f"PN{_d(rng, 7)}", f"{_d(rng, 6)}"]))
    v["nha_lic"] = (Li, rng.choice([f"NHA{_d(rng, 5)}", f"NH-{_d(rng, 4)}", f"{_d(rng, 6)}"]))
    v["cna_cert"] = (Li, rng.choice([f"CNA{_d(rng, 6)}", f"{_d(rng, 7)}", f"NA-{_d(rng, 6)}"]))
    v["sw_lic"] = (Li, rng.choice([f"LSW.{_d(rng, 6)}", f"LCSW {_d(rng, 5)}", f"{_d(rng, 6)}-SW"]))
    v["dl"] = (
        Li,
        rng.choice(
            [
                f"{_L(rng, 1)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                f"{_d(rng, 9)}",
                f"{_L(rng, 1)}{_d(rng, 7)}",
                f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
            ]
        ),
    )
    v["vin"] = (PhiType.VEHICLE_ID, _vin(rng))
    v["plate"] = (PhiType.VEHICLE_ID, _plate(rng))
    v["plate2"] = (PhiType.VEHICLE_ID, _plate(rng))
    Dv = PhiType.DEVICE_ID
    v["dev_wg"] = (
        Dv,
        rng.choice(
            [
                f"{_d(rng, 8)}",
                f"TX-{_d(rng, 6)}",
                f"WG{_d(rng, 3)}-{_d(rng, 5)}",
                f"{_L(rng, 2)}{_d(rng, 2)}{_L(rng, 1)}{_d(rng, 4)}",
            ]
        ),
    )
    v["dev_pend"] = (
        Dv,
        rng.choice(
            [
                f"{_d(rng, 4)}-{_L(rng, 2)}{_d(rng, 4)}",
                f"P{_d(rng, 9)}",
                f"0x{rng.randrange(0x100000, 0xFFFFFF):06X}{rng.randrange(0x10, 0xFF):02X}",
            ]
        ),
    )
    v["dev_other"] = (
        Dv,
        rng.choice(
            [
                f"(01)00{_d(rng, 12)}(17){today.year % 100 + 2:02d}{rng.randint(1, 12):02d}28(21){_L(rng, 3)}{_d(rng, 5)}",
                f"SN {_L(rng, 3)}{_d(rng, 7)}",
                f"{_L(rng, 2)}{_d(rng, 6)}{_L(rng, 1)}",
                f"{_d(rng, 4)}-{_d(rng, 6)}",
                f"KCI{_d(rng, 8)}",
                f"{_L(rng, 1)}{_d(rng, 2)}{_L(rng, 2)}{_d(rng, 5)}",
            ]
        ),
    )
    v["dev_bed"] = (
        Dv,
        rng.choice([f"BA-{_d(rng, 6)}", f"{_d(rng, 10)}", f"{_d(rng, 3)}{_L(rng, 2)}{_d(rng, 4)}"]),
    )
    B = PhiType.BIOMETRIC
    v["bio_fp"] = (
        B,
        rng.choice(
            [
                f"FP-{rng.randrange(16**8):08x}",
                f"FPT{_d(rng, 7)}",
                f"bio:{rng.randrange(16**12):012x}",
                f"{_L(rng, 2)}-{_d(rng, 6)}-F",
            ]
        ),
    )
    v["bio_fp2"] = (B, rng.choice([f"FP-{rng.randrange(16**8):08x}", f"FPT{_d(rng, 7)}", f"TPL{_d(rng, 6)}"]))
    v["bio_palm"] = (
        B,
        rng.choice([f"PV-{_d(rng, 8)}", f"palm{rng.randrange(16**6):06x}", f"PVT{_d(rng, 6)}"]),
    )
    v["bio_voice"] = (B, rng.choice([f"VP-{_d(rng, 3)}-{_d(rng, 5)}", f"vpr_{rng.randrange(16**8):08x}"]))
    v["bio_face"] = (B, rng.choice([f"FT-{rng.randrange(16**10):010x}", f"FACE-TPL-{_d(rng, 6)}"]))
    ph = PhiType.PHOTO
    v["photo"] = (
        ph,
        rng.choice(
            [
                f"IMG_{today.year}{today.month:02d}{today.day:02d}_{_d(rng, 4)}.jpg",
                f"res_photo_{_d(rng, 5)}.jpg",
                f"{_slug(pt.last)}_{pt.first[0].lower()}_face.png",
                f"PHO-{_d(rng, 6)}",
                f"DSC{_d(rng, 5)}.JPG",
            ]
        ),
    )
    v["photo2"] = (
        ph,
        rng.choice(
            [
                f"headshot_{_d(rng, 6)}.jpg",
                f"ID-PHOTO-{_d(rng, 5)}",
                f"elopement_{_slug(pt.last)}_{today.year}.jpg",
                f"P{_d(rng, 7)}.jpeg",
            ]
        ),
    )
    oid = PhiType.OTHER_ID
    v["emp_id"] = (
        oid,
        rng.choice([f"E{_d(rng, 5)}", f"{_d(rng, 6)}", f"EMP-{_d(rng, 4)}", f"{_L(rng, 2)}{_d(rng, 4)}"]),
    )
    v["emp_id2"] = (oid, rng.choice([f"E{_d(rng, 5)}", f"{_d(rng, 6)}", f"EMP-{_d(rng, 4)}"]))
    v["rx1"] = (oid, rng.choice([f"{_d(rng, 7)}", f"RX{_d(rng, 8)}", f"{_d(rng, 2)}-{_d(rng, 6)}"]))
    v["rx2"] = (oid, rng.choice([f"{_d(rng, 7)}", f"RX{_d(rng, 8)}", f"{_d(rng, 2)}-{_d(rng, 6)}"]))
    v["rx3"] = (oid, rng.choice([f"{_d(rng, 7)}", f"{_d(rng, 8)}"]))
    v["court_case"] = (
        oid,
        rng.choice(
            [
                f"{today.year - rng.randint(1, 9)}-GN-{_d(rng, 5)}",
                f"PR {_d(rng, 2)}-{_d(rng, 4)}",
                f"{_d(rng, 2)}-P-{_d(rng, 6)}",
                f"G{_d(rng, 7)}",
            ]
        ),
    )
    v["aps_no"] = (
        oid,
        rng.choice([f"APS-{today.year % 100}-{_d(rng, 6)}", f"{_d(rng, 9)}", f"AP{_d(rng, 7)}"]),
    )
    v["incident_no"] = (
        oid,
        rng.choice([f"IR-{today.year}-{_d(rng, 4)}", f"INC{_d(rng, 6)}", f"{_d(rng, 2)}-{_d(rng, 4)}"]),
    )
    v["omb_no"] = (oid, rng.choice([f"OMB{_d(rng, 7)}", f"{_d(rng, 4)}-{_d(rng, 5)}", f"LTCO-{_d(rng, 6)}"]))
    v["waiver_case"] = (oid, rng.choice([f"WV-{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 6)}", f"C{_d(rng, 8)}"]))
    v["accession"] = (
        oid,
        rng.choice([f"L{_d(rng, 8)}", f"{_d(rng, 2)}-{_L(rng, 1)}{_d(rng, 6)}", f"MX{_d(rng, 7)}"]),
    )
    v["pa_no"] = (oid, rng.choice([f"PA{_d(rng, 8)}", f"{_d(rng, 10)}", f"AUTH-{_d(rng, 6)}"]))
    v["pasrr_no"] = (oid, rng.choice([f"PS{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 6)}", f"L1-{_d(rng, 7)}"]))
    v["mds_int_id"] = (oid, f"{_d(rng, rng.choice([7, 8, 9]))}")
    v["ssa_payee_id"] = (oid, rng.choice([f"RP{_d(rng, 7)}", f"{_d(rng, 9)}P"]))

    out: dict[str, Value] = dict(v)
    for k, (t, s) in v.items():
        out[f"{k}_uc"] = (t, s.upper())
    for k in (
        "pt_lf",
        "pt_name",
        "dob",
        "mrn",
        "street",
        "city",
        "fam_phone",
        "medicaid",
        "fac",
        "adm",
        "ssn",
        "fam_name",
        "md_name",
        "zip",
    ):
        t, s = v[k]
        out[f"{k}_ocr"] = (t, _ocr(rng, s))
    return out


# --- look-alikes (not PHI) ------------------------------------------------------------------------

MEDS = [
    ("oxycodone", "5 mg tab"),
    ("hydrocodone/APAP", "5/325 mg"),
    ("lorazepam", "0.5 mg"),
    ("morphine sulfate oral soln", "20 mg/mL, 0.25 mL"),
    ("tramadol", "50 mg"),
    ("donepezil", "10 mg"),
    ("memantine", "10 mg BID"),
    ("quetiapine", "25 mg HS"),
    ("sertraline", "50 mg"),
    ("levothyroxine", "75 mcg"),
    ("metoprolol tartrate", "25 mg"),
    ("apixaban", "2.5 mg BID"),
    ("furosemide", "40 mg"),
    ("insulin glargine", "14 units SC HS"),
    ("carbidopa/levodopa", "25/100 mg TID"),
    ("divalproex", "250 mg"),
    ("risperidone", "0.5 mg"),
    ("fentanyl patch", "12 mcg/hr q72h"),
    ("senna-S", "8.6/50 mg 2 tabs"),
    ("acetaminophen", "650 mg q6h PRN"),
    ("mirtazapine", "7.5 mg HS"),
    ("clonazepam", "0.25 mg ODT"),
    ("buprenorphine patch", "5 mcg/hr weekly"),
    ("warfarin", "2.5 mg"),
]
ICD = [
    "F03.90",
    "G30.1",
    "F02.80",
    "R26.81",
    "W19.XXXA",
    "L89.154",
    "L89.313",
    "E11.9",
    "I10",
    "N39.0",
    "F84.0",
    "F71",
    "F72",
    "Q90.9",
    "G80.9",
    "G40.909",
    "R41.0",
    "Z74.09",
    "Z91.81",
    "M81.0",
    "J44.9",
    "I50.32",
    "G20",
    "F32.A",
    "S72.001A",
    "Z79.01",
]
CPT = [
    "99304",
    "99306",
    "99309",
    "99310",
    "99316",
    "99483",
    "97110",
    "97530",
    "92526",
    "G0180",
    "T1019",
    "S5100",
    "S5102",
    "T2022",
    "T2003",
    "A0130",
    "E0277",
    "E0143",
    "A6212",
    "99497",
    "G0299",
]
NDC = [
    "0406-0552-01",
    "0054-0023-25",
    "0591-0240-01",
    "59762-3720-1",
    "0378-1805-01",
    "68084-0117-01",
    "0904-6427-61",
    "0093-3109-01",
]
LOINC = ["2160-0", "718-7", "2345-7", "4548-4", "6301-6", "2823-3", "33914-3", "1751-7"]
SNOMED = ["22298006", "129839007", "399912005", "26929004", "161898004", "713512009"]
ROLES = [
    "the attending",
    "the charge nurse",
    "the DON",
    "the ADON",
    "the unit manager",
    "the MDS coordinator",
    "the consultant pharmacist",
    "the medical director",
    "the night supervisor",
    "the house supervisor",
    "the QIDP",
    "the social services director",
    "the activities director",
    "the PACE PCP",
    "the on-call NP",
    "the business office manager",
    "the wound nurse",
    "the restorative aide",
]
ORGS = [
    "BrightPath Pharmacy Services",
    "Northstar Hospice",
    "Omega Mobile X-Ray",
    "CareLine Transport",
    "the regional Area Agency on Aging",
    "Apex Rehab Staffing",
    "LabCorp",
    "the state survey agency",
    "the Ombudsman program",
    "Senior Dental Partners",
    "Medline",
    "PointClickCare",
    "MatrixCare",
    "the QIO",
    "Evergreen Senior Living",
    "Allied Home Medical",
]
BRANDS = [
    "Hoyer lift",
    "Broda chair",
    "Posey alarm",
    "Stryker bed",
    "Roho cushion",
    "Omnicell cabinet",
    "WanderGuard BLU",
    "Secure Care",
    "Invacare bed",
    "Arjo Sara Stedy",
    "Tena pads",
    "Ensure Plus",
    "Thick-It",
    "Geri-chair",
    "Prevalon boots",
    "Mepilex Border",
    "Wound VAC",
    "Pyxis MedStation",
]
EPONYMS = [
    "Parkinson's disease",
    "Alzheimer's dementia",
    "Lewy body dementia",
    "Huntington's disease",
    "Graves' disease",
    "Down syndrome",
    "Prader-Willi syndrome",
    "Hashimoto's thyroiditis",
    "Sjogren's syndrome",
    "Bell's palsy",
    "Guillain-Barre history",
    "Cushing's habitus",
    "Angelman syndrome",
    "Fragile X syndrome",
    "Rett syndrome",
]
FORMS = [
    "CMS-10055",
    "CMS-10123",
    "CMS-20052",
    "Form SSA-623",
    "SSA-11",
    "DHS 3428",
    "Form 2567",
    "CMS-672",
    "CMS-802",
    "MDS 3.0 v1.18.11",
    "PAS-1 rev. 19",
    "LOC-2 (Rev 4)",
    "DA-417",
    "Form 100-B",
    "AL-14 v3",
    "Form 1500",
    "UB-04",
]
POLICIES = [
    "Policy NS-417",
    "P&P 3.12",
    "Procedure MED-22",
    "Policy RR-08",
    "SOP CS-04",
    "Policy FALL-2.1",
    "P&P ADM-110",
    "Policy IC-31",
    "Procedure ELP-5",
]
REV = ["0022", "0191", "0120", "0250", "0420", "0430", "0440", "0636", "0185"]
HIPPS = ["KAQD1", "NHNC1", "TBQC1", "LCLE1", "JDMF1"]
FTAGS = ["F689", "F686", "F684", "F758", "F880", "F600", "F609", "F755", "F761", "F656", "F550", "F622"]
DIETS = [
    "mechanical soft",
    "NAS, CCHO",
    "puree, nectar-thick liquids",
    "regular, thin liquids",
    "minced & moist (IDDSI 5)",
    "2 g Na, 1500 mL fluid restriction",
    "renal",
    "finger foods",
]


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not PHI (doses, vitals, labs, codes, rooms, money)."""
    v: dict[str, Value] = {}

    def put(k: str, s: str) -> None:
        v[k] = (None, s)

    for i, (m, d) in enumerate(rng.sample(MEDS, 5), start=1):
        put(f"med{i}", m)
        put(f"dose{i}", d)
        put(f"medd{i}", f"{m} {d}")
    put("bp", f"{rng.randint(96, 178)}/{rng.randint(52, 98)}")
    put("hr", str(rng.randint(52, 118)))
    put("rr", str(rng.randint(12, 26)))
    put("temp", f"{rng.uniform(96.4, 100.9):.1f}")
    put("spo2", f"{rng.randint(86, 99)}%")
    put("wt", f"{rng.uniform(88, 228):.1f} lb")
    put("wt_kg", f"{rng.uniform(38, 104):.1f} kg")
    put("wt_loss", f"{rng.uniform(3, 11):.1f}%")
    put("glucose", str(rng.randint(62, 388)))
    put("bims", str(rng.randint(0, 15)))
    put("phq", str(rng.randint(0, 22)))
    put("braden", str(rng.randint(9, 20)))
    put("morse", str(rng.choice([25, 35, 45, 55, 65, 75, 85, 95])))
    put("adl", str(rng.randint(4, 26)))
    put("pain", str(rng.randint(0, 9)))
    put("gcs", str(rng.randint(13, 15)))
    put("na", f"{rng.randint(128, 147)}")
    put("k", f"{rng.uniform(3.1, 5.6):.1f}")
    put("cr", f"{rng.uniform(0.6, 2.8):.2f}")
    put("hgb", f"{rng.uniform(8.1, 14.6):.1f}")
    put("inr", f"{rng.uniform(0.9, 3.8):.1f}")
    put("alb", f"{rng.uniform(2.4, 4.4):.1f}")
    put("a1c", f"{rng.uniform(5.6, 10.9):.1f}%")
    for i, c in enumerate(rng.sample(ICD, 4), start=1):
        put(f"icd{i}", c)
    for i, c in enumerate(rng.sample(CPT, 3), start=1):
        put(f"cpt{i}", c)
    put("ndc", rng.choice(NDC))
    put("ndc2", rng.choice(NDC))
    put("loinc", rng.choice(LOINC))
    put("snomed", rng.choice(SNOMED))
    put("rev", rng.choice(REV))
    put("hipps", rng.choice(HIPPS))
    put("drg", str(rng.choice([689, 690, 291, 292, 871, 872, 481, 535, 65, 66])))
    put("ftag", rng.choice(FTAGS))
    put("ftag2", rng.choice(FTAGS))
    put("form", rng.choice(FORMS))
    put("form2", rng.choice(FORMS))
    put("policy", rng.choice(POLICIES))
    put(
        "lot",
        rng.choice(
            [
                f"Lot {_L(rng, 1)}{_d(rng, 5)}",
                f"LOT {_d(rng, 2)}{_L(rng, 2)}{_d(rng, 3)}",
                f"lot# {_d(rng, 6)}A",
            ]
        ),
    )
    put("exp", f"exp {rng.randint(2026, 2029)}")
    for i in range(1, 6):
        put(
            f"time{i}",
            rng.choice(
                [
                    f"{rng.randint(0, 23):02d}{rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]):02d}",
                    f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}",
                    f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                ]
            ),
        )
    put("year", str(rng.randint(1961, 2021)))
    put("year2", str(rng.randint(1990, 2024)))
    put("age_lo", str(rng.randint(19, 89)))
    put("age_lo2", str(rng.randint(40, 89)))
    put(
        "room",
        rng.choice(
            [
                f"{rng.randint(100, 349)}-{rng.choice('AB')}",
                f"{rng.randint(1, 60)}",
                f"{rng.choice(['East', 'West', 'North', 'Hall C'])} {rng.randint(1, 40)}",
                f"{rng.randint(100, 349)}{rng.choice('AB')}",
            ]
        ),
    )
    put("room2", f"{rng.randint(100, 349)}-{rng.choice('AB')}")
    put("bed", rng.choice(["A", "B", "window", "door", "1", "2"]))
    put(
        "unit_name",
        rng.choice(
            [
                "Memory Care",
                "Rehab Hall",
                "2 North",
                "Cottage 3",
                "Garden Wing",
                "Long-term B",
                "Secure Unit",
                "Skilled East",
            ]
        ),
    )
    put("money1", f"${rng.randint(180, 465)}.{rng.choice(['00', '50', '75'])}")
    put("money2", f"${rng.randint(12, 9999):,}.{_d(rng, 2)}")
    put("money3", f"${rng.randint(30, 130)}.00")
    put("pct", f"{rng.randint(5, 95)}%")
    put("role", rng.choice(ROLES))
    put("role2", rng.choice(ROLES))
    put("org", rng.choice(ORGS))
    put("org2", rng.choice(ORGS))
    put("brand", rng.choice(BRANDS))
    put("brand2", rng.choice(BRANDS))
    put("al_form", rng.choice(["AL-14 v3", "LIC 602A", "DHS 3428", "Form 100-B", "AL-PR-2"]))
    put("loc_form", rng.choice(["LOC-2 (Rev 4)", "DA-417", "PAS-1 rev. 19", "3871", "HCBS-LOC-07"]))
    put("pasrr_form", rng.choice(["PASRR-L1 (rev. 2021)", "MA 376", "DHS-3426", "PL1-v5"]))
    put("cs_form", rng.choice(["CS-22", "Form 100-B", "PH-CS-1", "MED-22A"]))
    put("nutr_form", rng.choice(["NUT-9", "DIET-3", "RD-Assess v2"]))
    put(
        "mobility",
        rng.choice(
            [
                "Hoyer lift",
                "rollator walker",
                "Broda chair",
                "Geri-chair",
                "Arjo Sara Stedy",
                "tilt-in-space w/c",
                "quad cane",
                "hemi-walker",
                "sit-to-stand lift",
            ]
        ),
    )
    put(
        "offload",
        rng.choice(
            [
                "Prevalon boots",
                "Roho cushion",
                "pillows under calves",
                "heel lift boots",
                "low-air-loss mattress",
            ]
        ),
    )
    put(
        "dressing",
        rng.choice(
            [
                "Mepilex Border",
                "Aquacel Ag",
                "calcium alginate",
                "hydrocolloid",
                "Santyl + moist gauze",
                "silver foam",
                "Medihoney gel",
            ]
        ),
    )
    put(
        "supplement",
        rng.choice(
            [
                "Ensure Plus 240 mL BID",
                "Juven 1 packet BID",
                "Pro-Stat 30 mL daily",
                "MVI with minerals",
                "Glucerna 1 can HS",
                "Magic Cup with lunch",
            ]
        ),
    )
    put("adaptive", rng.choice(["plate guard", "Provale cup", "nosey cup", "weighted utensils", "Dycem mat"]))
    put("fluid", rng.choice(["thin", "nectar-thick", "honey-thick", "IDDSI level 2", "1500 mL restriction"]))
    put(
        "alarm_brand",
        rng.choice(["Posey", "Secure Care", "Smart Caregiver", "WanderGuard", "Stanley Healthcare"]),
    )
    put("bed_brand", rng.choice(["Invacare", "Drive Medical", "Medline", "Joerns", "Stryker"]))
    put(
        "dme_vendor",
        rng.choice(["Allied Home Medical", "the DME vendor", "Medline", "Apria", "the manufacturer"]),
    )
    put(
        "transport_vendor",
        rng.choice(
            ["CareLine Transport", "the county NEMT broker", "ModivCare", "facility van", "Mobility Plus"]
        ),
    )
    put("xray_vendor", rng.choice(["Omega Mobile X-Ray", "mobile x-ray", "PortaView Imaging"]))
    put(
        "funeral_org",
        rng.choice(
            ["the funeral home of choice", "a pre-need funeral contract", "an irrevocable burial trust"]
        ),
    )
    put(
        "cabinet",
        rng.choice(["Omnicell XT", "Pyxis MedStation ES", "Omnicell G4", "MedSelect", "Swisslog MedBank"]),
    )
    put(
        "pharm_org",
        rng.choice(
            [
                "BrightPath Pharmacy Services",
                "Omnicare",
                "PharMerica",
                "CareRx LTC Pharmacy",
                "the contracted LTC pharmacy",
            ]
        ),
    )
    put("eponym", rng.choice(EPONYMS))
    put("diet", rng.choice(DIETS))
    put("count_start", str(rng.randint(8, 60)))
    put("days", str(rng.randint(1, 100)))
    put("hours", str(rng.randint(2, 10)))
    put("qty", str(rng.randint(1, 30)))
    put("wound_l", f"{rng.uniform(0.3, 6.5):.1f}")
    put("wound_w", f"{rng.uniform(0.3, 5.0):.1f}")
    put("wound_d", f"{rng.uniform(0.1, 2.2):.1f}")
    put("stage", rng.choice(["2", "3", "4", "unstageable", "DTI"]))
    put("site", rng.choice(["sacrum", "L heel", "R heel", "coccyx", "R ischium", "L trochanter", "occiput"]))
    put("van_no", f"Van {rng.randint(1, 9)}")
    put("miles", f"{rng.uniform(2, 64):.1f}")
    put("score_loc", str(rng.randint(1, 5)))
    put("nf_pts", str(rng.randint(20, 80)))
    put("version", f"v{rng.randint(1, 9)}.{rng.randint(0, 19)}")
    put("tag_freq", rng.choice(["418 MHz", "315 MHz", "433.92 MHz"]))
    put(
        "zone",
        rng.choice(
            [
                "Door 3 (courtyard)",
                "Front lobby",
                "Elevator B",
                "Stairwell 2",
                "Dock door",
                "Garden gate",
                "Door E-4",
            ]
        ),
    )
    put("count_deficiencies", str(rng.randint(1, 14)))
    put("scope", rng.choice(["D", "E", "F", "G", "J", "K"]))
    put("quarter", rng.choice(["Q1", "Q2", "Q3", "Q4"]))
    put("pna", f"${rng.choice([30, 45, 50, 52, 60, 70, 90])}.00")
    put("hr_staff", f"{rng.uniform(3.1, 4.6):.2f}")
    return v
