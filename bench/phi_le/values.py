"""Values for planted set E (primary care / internal medicine outpatient), all invented.

``identifiers(rng)`` builds one invented patient and context per note (names, dates, places, numbers of
every kind, each a ``(PhiType, text)`` gold value); ``lookalikes(rng)`` builds the clinical and
administrative filler that is NOT an identifier (vitals, labs, scores, codes, doses, form numbers, an
organisation's own numbers, ages up to 89, years alone, times ...). Only ``rng`` is used.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

P = PhiType

# --- name lists ------------------------------------------------------------------------------------

FIRST_F = [
    "Ana",
    "Mariana",
    "Grace",
    "Hope",
    "Faith",
    "Summer",
    "Rose",
    "Ivy",
    "June",
    "April",
    "Florence",
    "Savannah",
    "Madison",
    "Brooklyn",
    "Sydney",
    "Chelsea",
    "Aisha",
    "Fatima",
    "Nkechi",
    "Chiamaka",
    "Mei",
    "Xiaoling",
    "Yuki",
    "Haruka",
    "Priya",
    "Lakshmi",
    "Anjali",
    "Soo-jin",
    "Min-seo",
    "Thuy",
    "Linh",
    "Olga",
    "Katarzyna",
    "Agnieszka",
    "Ingrid",
    "Siobhan",
    "Niamh",
    "Maeve",
    "Guadalupe",
    "Xochitl",
    "Dolores",
    "Consuelo",
    "Esperanza",
    "Leilani",
    "Keala",
    "Tamar",
    "Miriam",
    "Zeynep",
    "Ayse",
    "Dagny",
    "Birgit",
    "Elodie",
    "Amelie",
    "Marisol",
    "Bettye",
    "Loretta",
    "Mae",
    "Dorothy",
    "Shanice",
    "Latoya",
    "Precious",
    "Destiny",
    "Joy",
    "Sunny",
    "Marguerite",
    "Anne-Marie",
    "Mary Kate",
]
FIRST_M = [
    "Frank",
    "Will",
    "Bill",
    "Rusty",
    "Buddy",
    "Dallas",
    "Austin",
    "Jordan",
    "Chase",
    "Hunter",
    "Mason",
    "Carter",
    "Miles",
    "Hector",
    "Jose",
    "Jesus",
    "Santiago",
    "Joaquin",
    "Oluwaseun",
    "Chinedu",
    "Kwame",
    "Kofi",
    "Tariq",
    "Omar",
    "Mohammed",
    "Yusuf",
    "Arjun",
    "Rajesh",
    "Venkat",
    "Sanjay",
    "Wei",
    "Jun",
    "Hiroshi",
    "Kenji",
    "Duc",
    "Minh",
    "Quang",
    "Seung-ho",
    "Ji-hoon",
    "Piotr",
    "Tomasz",
    "Dmitri",
    "Sven",
    "Lars",
    "Bjorn",
    "Eamon",
    "Padraig",
    "Cormac",
    "Kai",
    "Makoa",
    "Avi",
    "Eli",
    "Mehmet",
    "Emre",
    "Jean-Luc",
    "Thierry",
    "Rafael",
    "Earl",
    "Otis",
    "Clarence",
    "DeShawn",
    "Tyrone",
    "King",
    "Major",
    "Royal",
    "Jean-Baptiste",
    "Bo",
    "Skip",
    "Deacon",
]
LAST = [
    "Ruiz",
    "O'Brien",
    "O'Neill",
    "D'Angelo",
    "de la Cruz",
    "de la Rosa",
    "Del Valle",
    "van der Berg",
    "van Dyke",
    "Van Houten",
    "von Ahn",
    "da Silva",
    "dos Santos",
    "Le",
    "Nguyen",
    "Tran",
    "Pham",
    "Okonkwo",
    "Adeyemi",
    "Mensah",
    "Abara",
    "Al-Sayed",
    "Abu-Khalil",
    "El-Amin",
    "Haddad",
    "Kowalczyk",
    "Nowak",
    "Wisniewski",
    "Lindqvist",
    "Haugen",
    "Andersen",
    "Tanaka",
    "Watanabe",
    "Kim",
    "Park",
    "Choi",
    "Raghunathan",
    "Chandrasekhar",
    "Patel",
    "Iyer",
    "Baker",
    "Brown",
    "Young",
    "Hill",
    "Moody",
    "Rich",
    "Black",
    "Summers",
    "Winter",
    "Frost",
    "Bell",
    "Cook",
    "Fox",
    "Wolf",
    "Street",
    "Bishop",
    "MacLeod",
    "McAllister",
    "Fitzgerald-Mbeki",
    "Garcia-Lopez",
    "Smith-Okafor",
    "St. John",
    "St-Pierre",
    "Ben-David",
    "Yilmaz",
    "Ozturk",
    "Delacroix",
    "Boudreaux",
    "Thibodeaux",
    "Ng",
    "Lau",
    "Chavez",
    "Hernandez",
    "Washington",
    "Jefferson",
    "Lincoln",
    "Jackson",
    "Paris",
    "London",
    "Chester",
    "Warren",
    "Lane",
    "Ford",
    "Graves",
    "Parkinson",
    "Hale",
    "Kealoha",
    "Makoa",
    "Yazzie",
    "Begay",
    "Tsosie",
    "Morningstar",
    "Ivanova",
    "Petrov",
    "Schmidt",
    "Muller",
    "Peña",
    "Nuñez",
    "Zielinski",
]
NICK_M = {
    "William": "Bill",
    "Robert": "Bobby",
    "Richard": "Dick",
    "Theodore": "Ted",
    "Francisco": "Paco",
    "Alejandro": "Alex",
    "Oluwaseun": "Seun",
    "Dmitri": "Dima",
    "Joseph": "Joe",
    "Nathaniel": "Nate",
}
NICK_F = {
    "Margaret": "Peggy",
    "Elizabeth": "Betsy",
    "Katherine": "Kit",
    "Patricia": "Trish",
    "Chiamaka": "Ama",
    "Guadalupe": "Lupe",
    "Dorothy": "Dot",
    "Roberta": "Bobbie",
    "Antoinette": "Toni",
    "Xiaoling": "Lingling",
}
SUFFIX = ["", "", "", "", "", "", "", " Jr", " III", " II", " Sr"]

TOWNS = [
    "Millbrook",
    "Cedar Falls",
    "Port Huron",
    "Brookhaven",
    "Fairmont",
    "Lake Orion",
    "Marlow",
    "St. Albans",
    "Bel Air",
    "Eau Claire",
    "La Crosse",
    "Glen Burnie",
    "Hagerstown",
    "Westfield",
    "Boone",
    "Tupelo",
    "Kenosha",
    "Ypsilanti",
    "Paris",
    "Florence",
    "Jordan",
    "Chester",
    "Warren",
    "Marion",
    "Hope Mills",
    "Sugar Land",
    "Bowling Green",
    "Coeur d'Alene",
    "Des Plaines",
    "Fond du Lac",
    "Mount Pleasant",
    "Ocean Springs",
    "Twin Falls",
    "New Bern",
    "Red Wing",
    "Bristol",
    "Lebanon",
    "Carthage",
    "Goshen",
    "Sandusky",
    "Kalamazoo",
    "Muncie",
    "Opelika",
    "Lodi",
    "Tahlequah",
    "Hilo",
    "Kailua",
    "Bethel",
    "Dover",
    "Winona",
]
COUNTIES = [
    "Ottawa County",
    "Boone County",
    "Dakota County",
    "Orange County",
    "Washington County",
    "Pike County",
    "Marion County",
    "Lake County",
    "Jefferson County",
    "St. Clair County",
    "Hampden County",
    "Kanawha County",
    "Cuyahoga County",
    "Yavapai County",
    "Berrien County",
    "Hawaii County",
    "Lafourche Parish",
    "Tangipahoa Parish",
    "Matanuska-Susitna Borough",
]
NEIGHBOURHOODS = [
    "Five Points",
    "Old Towne",
    "Riverside Heights",
    "the Near East Side",
    "Lakeview",
    "Little Saigon",
    "Pilsen",
    "Dutchtown",
    "Frogtown",
    "Ironbound",
]
STREET_NAMES = [
    "Larkspur",
    "Main",
    "Maple",
    "Oak Hollow",
    "Church",
    "Willow Bend",
    "Pheasant Run",
    "Kingsley",
    "Old Mill",
    "Quarry",
    "Tamarack",
    "Harbor View",
    "Sycamore",
    "Ridgecrest",
    "Depot",
    "Cardinal",
    "Juniper",
    "Bluebonnet",
    "Magnolia",
    "Lincoln",
    "Washington",
    "Martin Luther King Jr",
    "Calle Sol",
    "Kamehameha",
    "Piney Woods",
    "Saint Anne",
    "Burr Oak",
    "Farm to Market",
]
STREET_SUFFIX = [
    "St",
    "Ave",
    "Rd",
    "Ln",
    "Dr",
    "Ct",
    "Blvd",
    "Way",
    "Pkwy",
    "Circle",
    "Street",
    "Road",
    "Avenue",
    "Trail",
    "Terrace",
    "Pl",
]
STATES = [
    "MI",
    "OH",
    "IA",
    "WI",
    "MD",
    "NC",
    "MS",
    "IN",
    "ID",
    "TX",
    "HI",
    "LA",
    "PA",
    "KY",
    "OK",
    "VT",
    "Michigan",
    "Ohio",
    "Texas",
    "Hawaii",
    "Louisiana",
    "Vermont",
]
AREA = [
    "417",
    "734",
    "262",
    "608",
    "410",
    "252",
    "662",
    "765",
    "208",
    "281",
    "808",
    "985",
    "570",
    "859",
    "918",
    "802",
    "319",
    "419",
    "616",
    "920",
]
FACILITY_KINDS = [
    "Family Medicine",
    "Community Hospital",
    "Regional Medical Center",
    "Internal Medicine",
    "Health Center",
    "Memorial Hospital",
    "Primary Care Clinic",
    "Urgent Care",
    "Home Health",
    "VA Clinic",
    "Rehabilitation Center",
    "Imaging Center",
]
EMAIL_DOMAINS = [
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "clinic.test",
    "patients.example.org",
    "inbox.test",
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


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


def fmt_date(d: dt.date, style: str) -> str:
    m, day, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    return {
        "us": f"{m:02d}/{day:02d}/{y}",
        "us_short": f"{m}/{day}/{y % 100:02d}",
        "us_nopad": f"{m}/{day}/{y}",
        "iso": d.isoformat(),
        "dash": f"{m:02d}-{day:02d}-{y}",
        "dmy_mon": f"{day:02d}-{mon[:3].upper()}-{y}",
        "dmy_mon_lc": f"{day}-{mon[:3]}-{y}",
        "long": f"{mon} {day}, {y}",
        "abbr": f"{mon[:3]} {day}, {y}",
        "abbr_dot": f"{mon[:3]}. {day}, {y}" if mon != "May" else f"May {day}, {y}",
        "euro": f"{day} {mon} {y}",
        "compact": f"{y}{m:02d}{day:02d}",
        "dots": f"{m:02d}.{day:02d}.{y}",
        "noyear": f"{m}/{day}",
        "monday": f"{mon} {day}",
        "ordinal": f"{mon} {day}{_ordinal(day)}",
    }[style]


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


FULL_STYLES = [
    "us",
    "us_short",
    "us_nopad",
    "iso",
    "dash",
    "dmy_mon",
    "dmy_mon_lc",
    "long",
    "abbr",
    "abbr_dot",
    "euro",
    "dots",
]


def _date(rng: random.Random, d: dt.date, styles: list[str] | None = None) -> Value:
    return (P.DATE, fmt_date(d, rng.choice(styles or FULL_STYLES)))


def _luhn_npi(body9: str) -> str:
    digits = "80840" + body9
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return body9 + str((10 - total % 10) % 10)


def npi(rng: random.Random, first: str = "1") -> str:
    return _luhn_npi(first + _digits(rng, 8))


def dea(rng: random.Random, last: str) -> str:
    initial = next((c for c in last.upper() if c.isalpha()), "X")
    d = [rng.randrange(10) for _ in range(6)]
    check = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng: random.Random) -> str:
    chars = [rng.choice(VIN_CHARS) for _ in range(17)]
    chars[0] = rng.choice("12345JKLSWY")
    chars[9] = rng.choice("NPRSTV")  # model year 2022-2027
    total = sum(_VIN_VAL[c] * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def mbi(rng: random.Random) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + string.digits
    c = [
        rng.choice("123456789"),
        rng.choice(alpha),
        rng.choice(alnum),
        rng.choice(string.digits),
        rng.choice(alpha),
        rng.choice(alnum),
        rng.choice(string.digits),
        rng.choice(alpha),
        rng.choice(alpha),
        rng.choice(string.digits),
        rng.choice(string.digits),
    ]
    s = "".join(c)
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}", f"{s[:4]} {s[4:7]} {s[7:]}"])


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice([f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"])


def _phone(rng: random.Random) -> str:
    a = rng.choice(AREA)
    line = f"01{_digits(rng, 2)}"
    return rng.choice(
        [
            f"({a}) 555-{line}",
            f"{a}-555-{line}",
            f"{a}.555.{line}",
            f"+1 {a} 555 {line}",
            f"1-{a}-555-{line}",
            f"{a} 555 {line}",
            f"({a})555-{line}",
            f"{a}555{line}",
            f"+1-{a}-555-{line}",
        ]
    )


def _mrn(rng: random.Random) -> str:
    return rng.choice(
        [
            _digits(rng, 8),
            "00" + _digits(rng, 7),
            f"E{_digits(rng, 7)}",
            f"PC-{_digits(rng, 6)}",
            f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
            f"M{_digits(rng, 9)}",
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"HX{_digits(rng, 6)}",
        ]
    )


def _name_parts(rng: random.Random, sex: str | None = None) -> tuple[str, str, str, str]:
    sex = sex or rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    last = rng.choice(LAST)
    if rng.random() < 0.12:
        last = f"{last}-{rng.choice([n for n in LAST if ' ' not in n and '-' not in n])}"
    mi = rng.choice(string.ascii_uppercase.replace("X", ""))
    return sex, first, last, mi


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in string.ascii_lowercase)


def _ocr(rng: random.Random, text: str) -> str:
    swaps = {"l": "1", "I": "l", "O": "0", "o": "0", "m": "rn", "e": "c", "S": "5", "B": "8", "a": "o"}
    out = list(text)
    idx = [i for i, ch in enumerate(out) if ch in swaps]
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
        out[i] = swaps[out[i]]
    return "".join(out)


def _words_age(n: int) -> str:
    tens = {9: "ninety", 10: "one hundred"}
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    if n >= 100:
        return "one hundred" + (f" and {ones[n - 100]}" if n > 100 else "")
    return tens[9] + (f"-{ones[n - 90]}" if n > 90 else "")


def _facility(rng: random.Random, town: str) -> str:
    return f"{town} {rng.choice(FACILITY_KINDS)}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient, household, care team and paperwork context: every value gold."""
    sex, first, last, mi = _name_parts(rng)
    suffix = rng.choice(SUFFIX) if sex == "M" else ""
    formal = nick = first
    if rng.random() < 0.4:
        formal, nick = rng.choice(sorted((NICK_F if sex == "F" else NICK_M).items()))
        first = rng.choice([formal, nick])
    _rel_sex, rel_first, rel_last, _ = _name_parts(rng)
    if rng.random() < 0.5:
        rel_last = last
    _, pcp_first, pcp_last, pcp_mi = _name_parts(rng)
    _, rn_first, rn_last, _ = _name_parts(rng)
    _, ma_first, ma_last, _ = _name_parts(rng)
    _, spec_first, spec_last, _ = _name_parts(rng)
    _, rph_first, rph_last, _ = _name_parts(rng)
    _, hhn_first, hhn_last, _ = _name_parts(rng)
    _, hr_first, hr_last, _ = _name_parts(rng)
    _, sw_first, sw_last, _ = _name_parts(rng)

    today = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 900))
    age = rng.randint(24, 88)
    dob = today - dt.timedelta(days=365 * age + rng.randrange(0, 365))
    age90 = rng.randint(90, 104)
    dob90 = today - dt.timedelta(days=int(365.25 * age90) + rng.randrange(0, 360))

    def day(offset: int, jitter: int = 0) -> dt.date:
        return today + dt.timedelta(days=offset + (rng.randint(-jitter, jitter) if jitter else 0))

    town, town2, town3 = rng.sample(TOWNS, 3)
    street_no = rng.choice(
        [str(rng.randint(2, 99)), str(rng.randint(100, 9999)), str(rng.randint(10000, 48999))]
    )
    street = rng.choice(
        [
            f"{street_no} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}",
            f"{street_no} {rng.choice(['N.', 'S.', 'E.', 'W.', 'NW', 'SE'])} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}",
            f"{street_no} County Road {rng.randint(2, 880)}",
            f"{street_no} State Hwy {rng.randint(2, 99)}",
            f"{street_no} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}",
        ]
    )
    unit = rng.choice(
        [
            "Apt 3B",
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f"Unit {rng.randint(1, 300)}",
            f"#{rng.randint(2, 48)}",
            f"Lot {rng.randint(1, 90)}",
            f"Ste {rng.randint(100, 450)}",
            f"Apt. {rng.randint(101, 940)}",
            f"Trlr {rng.randint(1, 30)}",
        ]
    )
    zip5 = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    zipcode = rng.choice([zip5, zip5, f"{zip5}-{_digits(rng, 4)}"])

    pt_caps = f"{last.upper()}, {first.upper()}"
    name_display = f"{formal} {mi}. {last}{suffix}"

    def pcp_style() -> str:
        return rng.choice(
            [f"{pcp_first} {pcp_last}", f"{pcp_first[0]}. {pcp_last}", f"{pcp_first} {pcp_mi}. {pcp_last}"]
        )

    vals: dict[str, Value] = {
        # patient
        "pt_first": (P.NAME, first),
        "pt_formal": (P.NAME, formal),
        "pt_nick": (P.NAME, nick),
        "pt_last": (P.NAME, last),
        "pt_full": (P.NAME, f"{first} {last}"),
        "pt_fml": (P.NAME, name_display),
        "pt_lfm": (P.NAME, f"{last}{suffix}, {formal} {mi}."),
        "pt_lf": (P.NAME, f"{last}, {first}"),
        "pt_caps": (P.NAME, pt_caps),
        "pt_capsf": (P.NAME, f"{first.upper()} {mi} {last.upper()}"),
        "pt_last_caps": (P.NAME, last.upper()),
        "pt_first_caps": (P.NAME, first.upper()),
        "pt_init": (P.NAME, f"{first[0]}. {last}"),
        "pt_ocr": (P.NAME, _ocr(rng, f"{first} {last}")),
        "pt_ocr_caps": (P.NAME, _ocr(rng, pt_caps)),
        # relative / caregiver
        "rel_full": (P.NAME, f"{rel_first} {rel_last}"),
        "rel_first": (P.NAME, rel_first),
        "rel_last": (P.NAME, rel_last),
        "rel_lf": (P.NAME, f"{rel_last}, {rel_first}"),
        # care team
        "pcp_full": (P.NAME, f"{pcp_first} {pcp_last}"),
        "pcp_any": (P.NAME, pcp_style()),
        "pcp_last": (P.NAME, pcp_last),
        "pcp_lf": (P.NAME, f"{pcp_last.upper()}, {pcp_first.upper()}"),
        "pcp_sig": (P.NAME, f"{pcp_first} {pcp_mi}. {pcp_last}"),
        "rn_full": (P.NAME, f"{rn_first} {rn_last}"),
        "rn_first": (P.NAME, rn_first),
        "rn_init": (P.NAME, f"{rn_first[0]}{rn_last[0]}"),
        "ma_first": (P.NAME, ma_first),
        "ma_full": (P.NAME, f"{ma_first} {ma_last}"),
        "spec_full": (P.NAME, f"{spec_first} {spec_last}"),
        "spec_last": (P.NAME, spec_last),
        "spec_init": (P.NAME, f"{spec_first[0]}. {spec_last}"),
        "rph_full": (P.NAME, f"{rph_first} {rph_last}"),
        "rph_last": (P.NAME, rph_last),
        "hhn_full": (P.NAME, f"{hhn_first} {hhn_last}"),
        "hhn_first": (P.NAME, hhn_first),
        "hr_full": (P.NAME, f"{hr_first} {hr_last}"),
        "sw_full": (P.NAME, f"{sw_first} {sw_last}"),
        "sw_first": (P.NAME, sw_first),
        # dates
        "dob": _date(rng, dob),
        "dob_us": (P.DATE, fmt_date(dob, "us")),
        "dob_iso": (P.DATE, fmt_date(dob, "iso")),
        "dob_compact": (P.DATE, fmt_date(dob, "compact")),
        "dob90": _date(rng, dob90),
        "visit": _date(rng, today),
        "visit_us": (P.DATE, fmt_date(today, rng.choice(["us", "us_nopad"]))),
        "visit_long": (P.DATE, fmt_date(today, rng.choice(["long", "abbr", "euro"]))),
        "visit_iso": (P.DATE, fmt_date(today, "iso")),
        "visit_compact": (P.DATE, fmt_date(today, "compact")),
        "visit_short": (P.DATE, fmt_date(today, rng.choice(["noyear", "monday"]))),
        "dt_sign": (
            P.DATE,
            f"{fmt_date(day(0, 2), rng.choice(['us', 'us_nopad', 'iso']))} {rng.randint(7, 18):02d}:{rng.randint(0, 59):02d}",
        ),
        "dt_sign2": (
            P.DATE,
            f"{fmt_date(day(1, 1), rng.choice(['us', 'dash']))} {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}",
        ),
        "prev_visit": _date(rng, day(-rng.randint(60, 400))),
        "next_date": _date(rng, day(rng.randint(14, 180))),
        "next_short": (
            P.DATE,
            fmt_date(day(rng.randint(7, 90)), rng.choice(["noyear", "monday", "ordinal"])),
        ),
        "lab_date": _date(rng, day(-rng.randint(1, 20))),
        "lab_date2": _date(rng, day(-rng.randint(90, 300))),
        "adm_date": _date(rng, day(-rng.randint(6, 12))),
        "dc_date": _date(rng, day(-rng.randint(1, 5))),
        "dc_short": (P.DATE, fmt_date(day(-rng.randint(1, 5)), rng.choice(["noyear", "monday", "ordinal"]))),
        "onset_date": _date(rng, day(-rng.randint(2, 40))),
        "leave_start": _date(rng, day(rng.randint(-20, 10))),
        "leave_end": _date(rng, day(rng.randint(20, 120))),
        "rtw_date": _date(rng, day(rng.randint(3, 60))),
        "surg_date": _date(rng, day(rng.randint(7, 45))),
        "cert_start": _date(rng, day(rng.randint(0, 5)), ["us", "us_nopad", "dash"]),
        "cert_end": _date(rng, day(rng.randint(59, 64)), ["us", "us_nopad", "dash"]),
        "fill_date": _date(rng, day(-rng.randint(5, 40)), ["us", "us_short", "iso", "us_nopad"]),
        "fill_date2": _date(rng, day(-rng.randint(41, 90)), ["us", "us_short", "iso", "us_nopad"]),
        "vax_date1": _date(rng, day(-rng.randint(400, 3000)), ["us", "us_nopad", "iso", "dmy_mon"]),
        "vax_date2": _date(rng, day(-rng.randint(30, 390)), ["us", "us_nopad", "iso", "dmy_mon"]),
        "acp_date": _date(rng, day(-rng.randint(300, 2500))),
        "death_date": _date(rng, day(-rng.randint(200, 4000)), ["long", "abbr", "us"]),
        "cdl_exp": _date(rng, day(rng.randint(200, 700)), ["us", "iso"]),
        # age over 89
        "age90": (P.AGE, str(age90)),
        "age90w": (P.AGE, rng.choice([_words_age(age90), str(age90)])),
        # places
        "street": (P.LOCATION, street),
        "unit": (P.LOCATION, unit),
        "city": (P.LOCATION, town),
        "city_caps": (P.LOCATION, town.upper()),
        "city2": (P.LOCATION, town2),
        "city3": (P.LOCATION, town3),
        "county": (P.LOCATION, rng.choice(COUNTIES)),
        "hood": (P.LOCATION, rng.choice(NEIGHBOURHOODS)),
        "zip": (P.LOCATION, zipcode),
        "zip5": (P.LOCATION, zip5),
        "hosp": (P.LOCATION, _facility(rng, town2)),
        "hosp_caps": (P.LOCATION, _facility(rng, town3).upper()),
        "clinic_street": (
            P.LOCATION,
            f"{rng.randint(100, 9800)} {rng.choice(STREET_NAMES)} {rng.choice(['Ave', 'St', 'Blvd', 'Pkwy', 'Dr'])}",
        ),
        "clinic_site": (
            P.LOCATION,
            f"{town} {rng.choice(['Family Medicine', 'Internal Medicine', 'Primary Care'])}",
        ),
        "po_box": (P.LOCATION, f"PO Box {rng.randint(10, 9999)}"),
        # contact
        "pt_phone": (P.PHONE, _phone(rng)),
        "pt_cell": (P.PHONE, _phone(rng)),
        "rel_phone": (P.PHONE, _phone(rng)),
        "clinic_phone": (P.PHONE, _phone(rng)),
        "spec_phone": (P.PHONE, _phone(rng)),
        "hr_phone": (P.PHONE, _phone(rng)),
        "clinic_fax": (P.FAX, _phone(rng)),
        "spec_fax": (P.FAX, _phone(rng)),
        "other_fax": (P.FAX, _phone(rng)),
        "pt_email": (
            P.EMAIL,
            rng.choice(
                [
                    f"{_slug(first)}.{_slug(last)}@{rng.choice(EMAIL_DOMAINS)}",
                    f"{_slug(first)[:1]}{_slug(last)}{rng.randint(1, 99)}@{rng.choice(EMAIL_DOMAINS)}",
                    f"{rng.choice(['grandma', 'tigerfan', 'bluebird', 'oldsalt', 'lucky', 'kayaker'])}{rng.randint(10, 1999)}@{rng.choice(EMAIL_DOMAINS)}",
                    f"{_slug(first).upper()}_{_slug(last)[:1].upper()}{rng.randint(1, 9)}@{rng.choice(EMAIL_DOMAINS)}",
                ]
            ),
        ),
        "rel_email": (P.EMAIL, f"{_slug(rel_first)}{rng.randint(1, 88)}@{rng.choice(EMAIL_DOMAINS)}"),
        "staff_email": (
            P.EMAIL,
            f"{hr_first[0].lower()}.{_slug(hr_last)}@{rng.choice(['hr.example.com', 'example.org', 'corp.test'])}",
        ),
        "url_portal": (
            P.URL,
            rng.choice(
                [
                    f"https://portal.example.org/msg/{_alnum(rng, 6)}?pt={_digits(rng, 7)}",
                    f"https://mychart.example.com/inbox/thread/{_digits(rng, 9)}",
                    f"portal.clinic.test/p/{_alnum(rng, 10).lower()}",
                ]
            ),
        ),
        "url_tele": (
            P.URL,
            rng.choice(
                [
                    f"https://visit.example.com/j/{_digits(rng, 11)}?pwd={_alnum(rng, 12).lower()}",
                    f"https://telehealth.clinic.test/room/dr-{_slug(pcp_last)}-{_digits(rng, 4)}",
                    f"https://meet.example.net/{_alnum(rng, 3).lower()}-{_alnum(rng, 4).lower()}-{_alnum(rng, 3).lower()}",
                ]
            ),
        ),
        "ip": (
            P.IP_ADDRESS,
            rng.choice(
                [
                    f"{rng.choice([10, 172, 192, 24, 73, 98, 174])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"2001:db8:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
                ]
            ),
        ),
        # numbers
        "ssn": (P.SSN, _ssn(rng)),
        "mrn": (P.MRN, _mrn(rng)),
        "mrn2": (P.MRN, _mrn(rng)),
        "mbi": (P.HEALTH_PLAN_ID, mbi(rng)),
        "member": (
            P.HEALTH_PLAN_ID,
            rng.choice(
                [
                    f"{_letters(rng, 3)}{_digits(rng, 9)}",
                    f"W{_digits(rng, 4)} {_digits(rng, 5)}",
                    f"{_letters(rng, 3)}{_digits(rng, 9)} 0{rng.randint(1, 4)}",
                    f"{_digits(rng, 9)}-0{rng.randint(1, 3)}",
                    f"U{_digits(rng, 10)}",
                    f"{_letters(rng, 1)}{_digits(rng, 8)}",
                ]
            ),
        ),
        "group": (
            P.HEALTH_PLAN_ID,
            rng.choice(
                [
                    f"{_digits(rng, 5)}-{_digits(rng, 3)}",
                    f"GRP{_digits(rng, 7)}",
                    _digits(rng, 6),
                    f"{_letters(rng, 2)}{_digits(rng, 5)}",
                ]
            ),
        ),
        "medicaid": (
            P.HEALTH_PLAN_ID,
            rng.choice(
                [
                    f"{_digits(rng, 10)}",
                    f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
                    f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                ]
            ),
        ),
        "fin": (
            P.ACCOUNT,
            rng.choice(
                [
                    _digits(rng, 10),
                    f"V{_digits(rng, 9)}",
                    f"ENC-{today.year}-{_digits(rng, 7)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                ]
            ),
        ),
        "acct": (
            P.ACCOUNT,
            rng.choice(
                [
                    f"000{_digits(rng, 6)}",
                    f"A{_digits(rng, 8)}",
                    f"{_digits(rng, 7)}-{rng.randint(1, 9)}",
                    f"GA{_digits(rng, 7)}",
                ]
            ),
        ),
        "claim": (
            P.ACCOUNT,
            rng.choice(
                [
                    f"{today.year % 100}{_digits(rng, 12)}",
                    f"CLM-{_alnum(rng, 10)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 2)}",
                    f"WC{_digits(rng, 8)}",
                ]
            ),
        ),
        "npi": (P.LICENSE, npi(rng)),
        "npi_spec": (P.LICENSE, npi(rng)),
        "dea": (P.LICENSE, dea(rng, pcp_last)),
        "stlic": (
            P.LICENSE,
            rng.choice(
                [
                    f"MD.{_digits(rng, 7)}",
                    f"A-{_digits(rng, 5)}",
                    f"DO{_digits(rng, 6)}",
                    f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                    f"4301{_digits(rng, 6)}",
                ]
            ),
        ),
        "rnlic": (
            P.LICENSE,
            rng.choice(
                [f"RN{_digits(rng, 7)}", f"R{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}"]
            ),
        ),
        "dl": (
            P.LICENSE,
            rng.choice(
                [
                    f"{last[0].upper() if last[0].isalpha() else 'K'}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"{_letters(rng, 1)}{_digits(rng, 8)}",
                    _digits(rng, 9),
                    f"{_letters(rng, 2)}{_digits(rng, 6)}",
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                ]
            ),
        ),
        "plate": (
            P.VEHICLE_ID,
            rng.choice(
                [
                    f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                    f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                    f"{_letters(rng, 3)} {_digits(rng, 3)}",
                    f"{_digits(rng, 3)} {_letters(rng, 3)}",
                    f"DV{_digits(rng, 4)}",
                    f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}",
                ]
            ),
        ),
        "vin": (P.VEHICLE_ID, vin(rng)),
        "dev_cgm": (
            P.DEVICE_ID,
            rng.choice([f"{_alnum(rng, 4)}-{_alnum(rng, 4)}", f"SN{_digits(rng, 10)}", _alnum(rng, 12)]),
        ),
        "dev_cuff": (
            P.DEVICE_ID,
            rng.choice(
                [
                    f"{_digits(rng, 8)}{_letters(rng, 1)}",
                    f"BPM-{_digits(rng, 6)}-{_alnum(rng, 2)}",
                    f"{_alnum(rng, 3)}{_digits(rng, 7)}",
                ]
            ),
        ),
        "dev_pm": (
            P.DEVICE_ID,
            rng.choice(
                [
                    f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
                    f"RNH{_digits(rng, 6)}",
                    f"{_digits(rng, 6)}",
                ]
            ),
        ),
        "dev_o2": (
            P.DEVICE_ID,
            rng.choice(
                [
                    f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 1)}-{_digits(rng, 6)}",
                    f"OC{_digits(rng, 8)}",
                    f"{_alnum(rng, 5)}-{_digits(rng, 5)}",
                ]
            ),
        ),
        "udi": (
            P.DEVICE_ID,
            f"(01){_digits(rng, 14)}(17){_digits(rng, 6)}(21){_alnum(rng, rng.randint(6, 10))}",
        ),
        "bio_fp": (
            P.BIOMETRIC,
            rng.choice(
                [
                    f"FP-TMPL-{_digits(rng, 7)}{_letters(rng, 1)}",
                    f"FPR{_alnum(rng, 9)}",
                    f"bio:fp:{_alnum(rng, 8).lower()}",
                ]
            ),
        ),
        "bio_voice": (
            P.BIOMETRIC,
            rng.choice(
                [
                    f"VP-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"VOX{_alnum(rng, 8)}",
                    f"vprint_{_digits(rng, 8)}",
                ]
            ),
        ),
        "bio_palm": (
            P.BIOMETRIC,
            rng.choice(
                [
                    f"PV{_digits(rng, 8)}",
                    f"PALM-{_alnum(rng, 6)}-{_digits(rng, 2)}",
                    f"PSID {_digits(rng, 4)} {_digits(rng, 4)}",
                ]
            ),
        ),
        "photo": (
            P.PHOTO,
            rng.choice(
                [
                    f"pt_photo_{_digits(rng, 8)}.jpg",
                    f"IMG_{_digits(rng, 4)}.JPG",
                    f"PHOTO-ID-{_digits(rng, 6)}",
                    f"{_slug(last)}_{_slug(first)[:1]}_face.png",
                    f"headshot_{_alnum(rng, 6).lower()}.jpeg",
                    f"FaceCapture#{_digits(rng, 7)}",
                ]
            ),
        ),
        "rx": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"{_digits(rng, 7)}",
                    f"RX{_digits(rng, 7)}-{_digits(rng, 2)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 5)}",
                    f"6{_digits(rng, 6)}",
                ]
            ),
        ),
        "rx2": (
            P.OTHER_ID,
            rng.choice(
                [f"{_digits(rng, 7)}", f"RX{_digits(rng, 7)}-{_digits(rng, 2)}", f"2{_digits(rng, 6)}"]
            ),
        ),
        "pa": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"PA-{today.year % 100}-{_digits(rng, 7)}",
                    f"{_alnum(rng, 10)}",
                    f"A{_digits(rng, 9)}",
                    f"AUTH{_digits(rng, 8)}",
                ]
            ),
        ),
        "pdmp_id": (
            P.OTHER_ID,
            rng.choice([f"{_digits(rng, 8)}", f"RPT-{_alnum(rng, 8)}", f"Q{_digits(rng, 10)}"]),
        ),
        "emp_id": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"E{_digits(rng, 6)}",
                    f"{_digits(rng, 5)}",
                    f"EMP-{_digits(rng, 6)}",
                    f"{_letters(rng, 2)}{_digits(rng, 5)}",
                ]
            ),
        ),
        "case_no": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"LOA-{today.year}-{_digits(rng, 5)}",
                    f"C{_digits(rng, 9)}",
                    f"{_digits(rng, 8)}-LV",
                    f"DDS-{_digits(rng, 7)}",
                ]
            ),
        ),
        "accession": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"A{today.year % 100}-{_digits(rng, 6)}",
                    f"{_letters(rng, 2)}{_digits(rng, 8)}",
                    f"{_digits(rng, 4)}:{_alnum(rng, 5)}",
                    f"RAD{_digits(rng, 7)}",
                ]
            ),
        ),
        "referral": (
            P.OTHER_ID,
            rng.choice([f"REF-{_digits(rng, 8)}", f"R{_digits(rng, 7)}", f"{_alnum(rng, 8)}"]),
        ),
        "oasis": (
            P.OTHER_ID,
            rng.choice([f"HH{_digits(rng, 8)}", f"EP-{_digits(rng, 6)}", f"{_digits(rng, 10)}"]),
        ),
        "study": (
            P.OTHER_ID,
            rng.choice(
                [f"SUBJ-{_digits(rng, 4)}", f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}"]
            ),
        ),
        # not identifiers, but tied to this patient so the note agrees with itself
        "age": (None, str(age)),
        "pt_title": (None, "Ms." if sex == "F" else "Mr."),
        "he": (None, "she" if sex == "F" else "he"),
        "He": (None, "She" if sex == "F" else "He"),
        "his": (None, "her" if sex == "F" else "his"),
        "His": (None, "Her" if sex == "F" else "His"),
        "sex": (None, sex),
        "sex_word": (None, "female" if sex == "F" else "male"),
        "year_visit": (None, str(today.year)),
    }
    return vals


# --- look-alikes -----------------------------------------------------------------------------------

MEDS = [
    ("lisinopril", ["10 mg", "20 mg", "40 mg"], "PO daily"),
    ("amlodipine", ["5 mg", "10 mg"], "PO daily"),
    ("losartan", ["25 mg", "50 mg", "100 mg"], "daily"),
    ("hydrochlorothiazide", ["12.5 mg", "25 mg"], "qAM"),
    ("chlorthalidone", ["12.5 mg", "25 mg"], "daily"),
    ("metoprolol succinate", ["25 mg", "50 mg", "100 mg"], "daily"),
    ("metformin ER", ["500 mg", "750 mg", "1000 mg"], "BID with meals"),
    ("empagliflozin (Jardiance)", ["10 mg", "25 mg"], "daily"),
    ("semaglutide (Ozempic)", ["0.25 mg", "0.5 mg", "1 mg", "2 mg"], "SC weekly"),
    ("insulin glargine (Lantus SoloStar)", ["14 units", "22 units", "36 units"], "SC at bedtime"),
    ("atorvastatin", ["20 mg", "40 mg", "80 mg"], "nightly"),
    ("rosuvastatin", ["5 mg", "10 mg", "20 mg"], "daily"),
    ("sertraline", ["25 mg", "50 mg", "100 mg"], "daily"),
    ("escitalopram", ["5 mg", "10 mg", "20 mg"], "daily"),
    ("bupropion XL (Wellbutrin XL)", ["150 mg", "300 mg"], "qAM"),
    ("tiotropium (Spiriva Respimat)", ["2.5 mcg x 2 puffs"], "daily"),
    ("fluticasone/umeclidinium/vilanterol (Trelegy Ellipta)", ["100/62.5/25 mcg 1 inh"], "daily"),
    ("albuterol HFA", ["90 mcg 2 puffs"], "q4-6h PRN"),
    ("levothyroxine", ["50 mcg", "75 mcg", "88 mcg", "112 mcg"], "daily on empty stomach"),
    ("apixaban (Eliquis)", ["2.5 mg", "5 mg"], "BID"),
    ("omeprazole", ["20 mg", "40 mg"], "daily before breakfast"),
    ("gabapentin", ["100 mg", "300 mg", "600 mg"], "TID"),
    ("hydrocodone/acetaminophen", ["5/325 mg", "7.5/325 mg"], "q6h PRN, max 4/day"),
    ("oxycodone", ["5 mg"], "q8h PRN"),
    ("tramadol", ["50 mg"], "q8h PRN"),
    ("alprazolam", ["0.25 mg", "0.5 mg"], "BID PRN"),
    ("clonazepam", ["0.5 mg", "1 mg"], "qHS"),
    ("buprenorphine/naloxone (Suboxone)", ["8/2 mg film"], "daily"),
    ("furosemide", ["20 mg", "40 mg"], "daily"),
    ("tamsulosin", ["0.4 mg"], "qHS"),
    ("vitamin D3", ["2000 IU"], "daily"),
    ("aspirin", ["81 mg"], "daily"),
]
CONTROLLED = [
    "hydrocodone/acetaminophen 5/325 mg",
    "oxycodone 5 mg",
    "tramadol 50 mg",
    "alprazolam 0.5 mg",
    "clonazepam 0.5 mg",
    "lorazepam 1 mg",
    "buprenorphine/naloxone 8/2 mg",
    "methylphenidate ER 36 mg",
    "zolpidem 5 mg",
    "pregabalin 75 mg",
]
ICD = [
    ("I10", "Essential (primary) hypertension"),
    ("E11.9", "Type 2 diabetes mellitus without complications"),
    ("E11.65", "Type 2 DM with hyperglycemia"),
    ("E11.22", "Type 2 DM with diabetic CKD"),
    ("N18.31", "CKD stage 3a"),
    ("E78.5", "Hyperlipidemia, unspecified"),
    ("J44.9", "COPD, unspecified"),
    ("J44.1", "COPD with (acute) exacerbation"),
    ("F32.1", "Major depressive disorder, single episode, moderate"),
    ("F33.1", "MDD, recurrent, moderate"),
    ("F41.1", "Generalized anxiety disorder"),
    ("E66.01", "Morbid obesity due to excess calories"),
    ("Z68.35", "BMI 35.0-35.9, adult"),
    ("Z00.00", "Encounter for general adult medical exam w/o abnormal findings"),
    ("Z00.01", "General adult exam with abnormal findings"),
    ("Z01.818", "Encounter for other preprocedural examination"),
    ("Z23", "Encounter for immunization"),
    ("Z79.891", "Long term (current) use of opiate analgesic"),
    ("M54.50", "Low back pain, unspecified"),
    ("G89.29", "Other chronic pain"),
    ("I48.91", "Unspecified atrial fibrillation"),
    ("E03.9", "Hypothyroidism, unspecified"),
    ("Z71.3", "Dietary counseling and surveillance"),
    ("Z13.31", "Encounter for screening for depression"),
    ("R73.03", "Prediabetes"),
    ("Z87.891", "Personal history of nicotine dependence"),
    ("I50.32", "Chronic diastolic HF"),
    ("Z09", "Encounter for follow-up exam after completed treatment"),
    ("Z66", "Do not resuscitate"),
]
CPT = [
    ("99213", "office visit, est, low MDM"),
    ("99214", "office visit, est, moderate MDM"),
    ("99215", "office visit, est, high MDM"),
    ("99396", "preventive visit, est, 40-64"),
    ("99397", "preventive visit, est, 65+"),
    ("99495", "TCM, moderate complexity, 14 days"),
    ("99496", "TCM, high complexity, 7 days"),
    ("99497", "ACP, first 30 min"),
    ("99498", "ACP, each addl 30 min"),
    ("99490", "CCM, first 20 min"),
    ("99441", "telephone E/M 5-10 min"),
    ("99453", "RPM device setup"),
    ("99454", "RPM device supply, 30 days"),
    ("99457", "RPM treatment mgmt, first 20 min"),
    ("96127", "brief emotional/behavioral assessment"),
    ("94010", "spirometry"),
    ("93000", "ECG with interpretation"),
    ("83036", "hemoglobin A1c"),
    ("80061", "lipid panel"),
    ("90471", "immunization admin"),
    ("90750", "zoster vaccine recombinant"),
    ("90677", "PCV20"),
    ("G0180", "home health certification"),
]
HCPCS = [
    "G0438",
    "G0439",
    "G0444",
    "G0442",
    "G0443",
    "G2211",
    "G0180",
    "G0179",
    "G8431",
    "G8510",
    "3074F",
    "3075F",
    "3079F",
    "3044F",
    "3046F",
    "1111F",
    "E0431",
    "E1390",
    "A4253",
    "K0553",
]
MEASURES = [
    "CMS122v12 Diabetes: Hemoglobin A1c (HbA1c) Poor Control (>9%)",
    "CMS165v12 Controlling High Blood Pressure",
    "CMS2v13 Preventive Care and Screening: Screening for Depression and Follow-Up Plan",
    "CMS138v12 Tobacco Use: Screening and Cessation Intervention",
    "CMS125v12 Breast Cancer Screening",
    "CMS130v12 Colorectal Cancer Screening",
    "CMS347v7 Statin Therapy for the Prevention and Treatment of CVD",
    "HEDIS CBP",
    "HEDIS GSD (Glycemic Status Assessment)",
    "HEDIS KED (Kidney Health Evaluation)",
    "HEDIS COL-E",
    "HEDIS AIS-E (Adult Immunization Status)",
    "MIPS #001",
    "MIPS #236",
    "NQF 0018",
    "CMS159v12 Depression Remission at Twelve Months",
    "HEDIS TRC (Transitions of Care)",
]
USPSTF = [
    "colorectal cancer screening, ages 45-75 (Grade A/B)",
    "AAA screening, men 65-75 who ever smoked (Grade B)",
    "lung cancer LDCT, ages 50-80, 20 pack-yr (Grade B)",
    "statin for primary prevention, 40-75 with 10-yr risk >=10% (Grade B)",
    "depression screening in adults (Grade B)",
    "hepatitis C screening, ages 18-79 (Grade B)",
    "HIV screening, ages 15-65 (Grade A)",
    "breast cancer screening, biennial, 40-74 (Grade B)",
    "osteoporosis screening, women 65+ (Grade B)",
    "prediabetes/T2DM screening, ages 35-70 with overweight (Grade B)",
    "PSA screening, men 55-69 (Grade C)",
    "fall prevention exercise, 65+ (Grade B)",
    "unhealthy alcohol use screening (Grade B)",
]
VACCINES = [
    ("Shingrix (RZV)", "0.5 mL IM"),
    ("Prevnar 20 (PCV20)", "0.5 mL IM"),
    ("Capvaxive (PCV21)", "0.5 mL IM"),
    ("Boostrix (Tdap)", "0.5 mL IM"),
    ("Arexvy (RSV)", "0.5 mL IM"),
    ("Fluzone High-Dose", "0.7 mL IM"),
    ("Heplisav-B", "0.5 mL IM"),
    ("Comirnaty 2025-2026 formula", "0.3 mL IM"),
    ("Gardasil 9", "0.5 mL IM"),
    ("Abrysvo (RSV)", "0.5 mL IM"),
]
EPONYMS = [
    "Graves' disease",
    "Hashimoto thyroiditis",
    "Parkinson disease",
    "Bell's palsy",
    "Raynaud phenomenon",
    "Barrett esophagus",
    "Dupuytren contracture",
    "Crohn disease",
    "Addison disease",
    "Cushing syndrome",
    "Sjogren syndrome",
    "a Baker's cyst",
    "Heberden nodes",
    "a positive Tinel sign",
    "a positive Phalen test",
    "Paget disease of bone",
    "Meniere disease",
    "Alzheimer dementia",
    "Lewy body dementia",
    "Osgood-Schlatter",
    "de Quervain tenosynovitis",
    "Peyronie disease",
    "Wolff-Parkinson-White pattern",
    "Hodgkin lymphoma (remote)",
]
BRANDS = [
    "Dexcom G7",
    "FreeStyle Libre 3",
    "Omron Series 10 (BP7450)",
    "Inogen One G5",
    "ResMed AirSense 11",
    "Medtronic Azure XT DR",
    "Boston Scientific Accolade",
    "Accu-Chek Guide",
    "Welch Allyn Spot Vital Signs 4400",
    "OneTouch Verio Reflect",
    "Withings BPM Connect",
    "Philips DreamStation 2",
]
ROLES = [
    "the attending",
    "the covering provider",
    "PCP",
    "the triage RN",
    "the on-call physician",
    "the care manager",
    "the front desk",
    "the MA",
    "the clinical pharmacist",
    "pharmacy",
    "the hospitalist",
    "home health",
    "the patient's daughter",
    "the charge nurse",
    "the referral coordinator",
    "the medical director",
    "behavioral health",
    "the specialist",
]
ORGS = [
    "Northstar Primary Care Partners",
    "Beacon Health Plan",
    "Summit Medicare Advantage",
    "Keystone Home Health Services",
    "BlueRiver Commercial PPO",
    "Evergreen ACO",
    "Cornerstone Internal Medicine Group",
    "Heartland Physical Therapy",
    "Meridian Cardiology Associates",
    "Brightview Behavioral Health",
    "TrueCare Pharmacy",
    "Apex Diagnostic Laboratories",
    "Quest-style reference lab",
    "Harborline Imaging",
    "Liberty Mutual-type workers' comp carrier",
    "Pinnacle DME Supply",
    "the state Medicaid MCO",
    "Unity Hospice Partners",
    "Sunrise Senior Living",
    "Atlas Occupational Health",
]
EMPLOYERS = [
    "Hartwell Logistics",
    "Ridgeview School District",
    "Great Lakes Poultry",
    "Acme Distribution Center",
    "Ironclad Fabrication",
    "Coastal Freight Lines",
    "Midstate Credit Union",
    "Tri-County Transit Authority",
    "Pioneer Grain Co-op",
    "Blue Heron Casino",
    "Allied Call Solutions",
    "Riverside Public Library",
]
REL = [
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
    "health care POA",
    "caregiver",
    "son-in-law",
    "friend from church",
]
SPEC = [
    "cardiology",
    "endocrinology",
    "nephrology",
    "pulmonology",
    "gastroenterology",
    "rheumatology",
    "neurology",
    "orthopedics",
    "general surgery",
    "psychiatry",
    "dermatology",
    "urology",
    "podiatry",
    "ophthalmology",
    "sleep medicine",
]
PROCS = [
    "right total knee arthroplasty",
    "laparoscopic cholecystectomy",
    "left cataract extraction with IOL",
    "colonoscopy with possible polypectomy",
    "right inguinal hernia repair",
    "lumbar L4-5 microdiscectomy",
    "TURP",
    "left carpal tunnel release",
    "dental extractions under IV sedation",
    "right rotator cuff repair",
]
CREDS = ["MD", "DO", "NP", "FNP-C", "PA-C", "MD, FACP", "DNP, APRN", "MD PhD"]
IMAGING = [
    "CT chest low-dose lung cancer screening",
    "DEXA scan",
    "screening mammogram, bilateral",
    "abdominal aortic ultrasound",
    "chest X-ray 2 views",
    "renal ultrasound",
    "carotid duplex",
    "echocardiogram (TTE)",
]
LUNG_RADS = ["Lung-RADS 1", "Lung-RADS 2", "Lung-RADS 3", "Lung-RADS 4A"]
BIRADS = ["BI-RADS 1", "BI-RADS 2", "BI-RADS 0", "BI-RADS 3"]


def _grp_npi(rng: random.Random) -> str:
    return npi(rng, "1")


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not an identifier of anyone."""

    def bp() -> str:
        return f"{rng.randint(108, 178)}/{rng.randint(62, 104)}"

    meds = rng.sample(MEDS, 6)
    med_strs = [f"{m[0]} {rng.choice(m[1])} {m[2]}" for m in meds]
    icds = rng.sample(ICD, 4)
    cpts = rng.sample(CPT, 3)
    vax = rng.sample(VACCINES, 3)
    a1c = round(rng.uniform(5.4, 11.8), 1)
    phq9 = rng.randint(0, 24)
    wt_lb = rng.randint(112, 318)
    ht_in = rng.randint(59, 76)
    bmi = round(wt_lb * 703 / ht_in**2, 1)
    year = rng.randint(1968, 2024)
    sex = rng.choice("FM")
    spec = rng.choice(SPEC)
    ldl = rng.randint(48, 190)
    vals: dict[str, Value] = {
        "bp": (None, bp()),
        "bp2": (None, bp()),
        "bp3": (None, bp()),
        "bp_avg": (None, f"{rng.randint(118, 158)}/{rng.randint(68, 96)}"),
        "hr": (None, str(rng.randint(52, 108))),
        "rr": (None, str(rng.randint(12, 24))),
        "temp": (None, f"{rng.uniform(97.0, 100.8):.1f}"),
        "spo2": (None, f"{rng.randint(86, 100)}%"),
        "wt": (None, f"{wt_lb} lb"),
        "wt_kg": (None, f"{wt_lb / 2.2046:.1f} kg"),
        "ht": (None, f"{ht_in // 12}'{ht_in % 12}\""),
        "bmi": (None, str(bmi)),
        "a1c": (None, f"{a1c}%"),
        "a1c_prev": (None, f"{round(a1c + rng.uniform(-1.5, 1.5), 1)}%"),
        "glucose": (None, f"{rng.randint(78, 320)} mg/dL"),
        "ldl": (None, f"{ldl} mg/dL"),
        "ldl_n": (None, str(ldl)),
        "hdl": (None, f"{rng.randint(28, 82)}"),
        "tg": (None, f"{rng.randint(70, 480)}"),
        "tc": (None, f"{rng.randint(130, 290)}"),
        "egfr": (None, f"{rng.randint(22, 110)} mL/min/1.73m2"),
        "cr": (None, f"{rng.uniform(0.6, 2.4):.2f} mg/dL"),
        "k": (None, f"{rng.uniform(3.2, 5.6):.1f}"),
        "na": (None, str(rng.randint(129, 145))),
        "tsh": (None, f"{rng.uniform(0.2, 9.5):.2f} mIU/L"),
        "uacr": (None, f"{rng.randint(4, 640)} mg/g"),
        "hgb": (None, f"{rng.uniform(9.1, 16.2):.1f} g/dL"),
        "vitd": (None, f"{rng.randint(11, 62)} ng/mL"),
        "psa": (None, f"{rng.uniform(0.3, 8.9):.1f} ng/mL"),
        "inr": (None, f"{rng.uniform(0.9, 3.6):.1f}"),
        "phq9": (None, str(phq9)),
        "phq9_prev": (None, str(min(27, max(0, phq9 + rng.randint(-6, 8))))),
        "phq9_sev": (
            None,
            ["none-minimal", "mild", "moderate", "moderately severe", "severe"][min(4, phq9 // 5)],
        ),
        "phq2": (None, str(rng.randint(0, 6))),
        "gad7": (None, str(rng.randint(0, 21))),
        "auditc": (None, str(rng.randint(0, 9))),
        "item9": (None, rng.choice(["0", "0", "0", "1", "2"])),
        "moca": (None, f"{rng.randint(17, 30)}/30"),
        "minicog": (None, f"{rng.randint(1, 5)}/5"),
        "tug": (None, f"{rng.randint(8, 24)} sec"),
        "cat": (None, str(rng.randint(4, 32))),
        "mmrc": (None, str(rng.randint(0, 4))),
        "fev1": (None, f"{rng.uniform(0.8, 3.1):.2f} L"),
        "fev1pct": (None, f"{rng.randint(28, 92)}%"),
        "fevfvc": (None, f"{rng.uniform(0.42, 0.78):.2f}"),
        "ascvd": (None, f"{rng.uniform(3, 28):.1f}%"),
        "stopbang": (None, str(rng.randint(0, 8))),
        "ort": (None, str(rng.randint(0, 12))),
        "mme": (None, f"{rng.choice([10, 15, 22.5, 30, 45, 60, 90])} MME/day"),
        "pain": (None, f"{rng.randint(0, 10)}/10"),
        "packyr": (None, str(rng.randint(5, 60))),
        "med1": (None, med_strs[0]),
        "med2": (None, med_strs[1]),
        "med3": (None, med_strs[2]),
        "med4": (None, med_strs[3]),
        "med5": (None, med_strs[4]),
        "med6": (None, med_strs[5]),
        "med1_name": (None, meds[0][0]),
        "med2_name": (None, meds[1][0]),
        "csub": (None, rng.choice(CONTROLLED)),
        "csub2": (None, rng.choice(CONTROLLED)),
        "refills": (None, str(rng.randint(0, 5))),
        "qty": (None, str(rng.choice([30, 60, 90, 120, 180, 28, 56]))),
        "days": (None, str(rng.choice([30, 90, 28, 7, 14]))),
        "pills_left": (None, str(rng.randint(0, 9))),
        "icd1": (None, icds[0][0]),
        "icd1d": (None, icds[0][1]),
        "icd2": (None, icds[1][0]),
        "icd2d": (None, icds[1][1]),
        "icd3": (None, icds[2][0]),
        "icd3d": (None, icds[2][1]),
        "icd4": (None, icds[3][0]),
        "cpt1": (None, cpts[0][0]),
        "cpt1d": (None, cpts[0][1]),
        "cpt2": (None, cpts[1][0]),
        "cpt2d": (None, cpts[1][1]),
        "cpt3": (None, cpts[2][0]),
        "prev_cpt": (
            None,
            rng.choice(
                [
                    "99396 (preventive visit, est, 40-64)",
                    "99397 (preventive visit, est, 65+)",
                    "99395 (preventive visit, est, 18-39)",
                ]
            ),
        ),
        "prev_cpt_code": (None, rng.choice(["99395", "99396", "99397"])),
        "hcpcs": (None, rng.choice(HCPCS)),
        "hcpcs2": (None, rng.choice(HCPCS)),
        "ndc": (
            None,
            rng.choice(
                [
                    f"{_digits(rng, 5)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                    f"{_digits(rng, 11)}",
                ]
            ),
        ),
        "loinc": (
            None,
            rng.choice(
                [
                    "4548-4",
                    "13457-7",
                    "2160-0",
                    "33914-3",
                    "62292-8",
                    "44249-1",
                    "14959-1",
                    "2093-3",
                    "48642-3",
                    "9279-1",
                ]
            ),
        ),
        "snomed": (
            None,
            rng.choice(
                [
                    "38341003",
                    "44054006",
                    "13645005",
                    "35489007",
                    "73211009",
                    "195967001",
                    "410429000",
                    "304253006",
                ]
            ),
        ),
        "drg": (
            None,
            rng.choice(
                [
                    "MS-DRG 291",
                    "MS-DRG 190",
                    "MS-DRG 683",
                    "MS-DRG 871",
                    "MS-DRG 065",
                    "MS-DRG 637",
                    "MS-DRG 470",
                ]
            ),
        ),
        "revcode": (None, rng.choice(["0510", "0521", "0551", "0571", "0636", "0940"])),
        "measure": (None, rng.choice(MEASURES)),
        "measure2": (None, rng.choice(MEASURES)),
        "uspstf": (None, rng.choice(USPSTF)),
        "uspstf2": (None, rng.choice(USPSTF)),
        "vax1": (None, vax[0][0]),
        "vax1dose": (None, vax[0][1]),
        "vax2": (None, vax[1][0]),
        "vax3": (None, vax[2][0]),
        "vax_lot": (
            None,
            rng.choice(
                [
                    f"{_alnum(rng, 6)}",
                    f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 3)}",
                    f"U{_digits(rng, 4)}{_letters(rng, 2)}",
                ]
            ),
        ),
        "vax_lot2": (None, f"{_alnum(rng, 7)}"),
        "vax_site": (None, rng.choice(["L deltoid", "R deltoid", "left deltoid", "R anterolateral thigh"])),
        "vis_ed": (None, rng.choice(["2021", "2023", "2024", "2025"])),
        "form": (
            None,
            rng.choice(
                [
                    "WH-380-E",
                    "WH-380-F",
                    "CMS-485",
                    "SSA-827",
                    "SSA-3368-BK",
                    "DS-2054",
                    "MCSA-5875",
                    "MCSA-5876",
                    "CMS-10106",
                    "HHS-690",
                    "Form 3307 v4",
                    "PT-PC-017 rev C",
                ]
            ),
        ),
        "form_ver": (None, rng.choice(["v3.2", "rev 4", "Rev. D", "version 11", "v2025.1"])),
        "omb": (None, rng.choice(["1235-0003", "0960-0579", "0938-0357", "2126-0006"])),
        "policy": (
            None,
            rng.choice(["CS-014", "PC-ADM-221", "NUR-TRI-07", "HIM-3.11", "QM-118", "MM-CSA-02", "RX-REF-4"]),
        ),
        "time1": (None, f"{rng.randint(7, 11)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'am', 'a.m'])}"),
        "time2": (None, f"{rng.randint(12, 17):02d}:{rng.randint(0, 59):02d}"),
        "time3": (None, f"{rng.randint(1, 5)}:{rng.randint(0, 59):02d} PM"),
        "dur": (None, str(rng.choice([5, 8, 12, 16, 22, 31, 45]))),
        "year": (None, str(year)),
        "year2": (None, str(rng.randint(1990, 2024))),
        "age": (None, str(rng.randint(40, 88))),
        "age_young": (None, str(rng.randint(19, 39))),
        "fam_age": (None, str(rng.randint(41, 89))),
        "fam_age2": (None, str(rng.randint(50, 89))),
        "eponym": (None, rng.choice(EPONYMS)),
        "eponym2": (None, rng.choice(EPONYMS)),
        "brand": (None, rng.choice(BRANDS)),
        "cgm_brand": (
            None,
            rng.choice(["Dexcom G7", "FreeStyle Libre 3", "Dexcom G6", "Eversense 365", "Simplera"]),
        ),
        "cuff_brand": (
            None,
            rng.choice(
                ["Omron Series 10 (BP7450)", "Withings BPM Connect", "A&D UA-651BLE", "iHealth Track"]
            ),
        ),
        "o2_brand": (
            None,
            rng.choice(
                ["Inogen One G5", "Philips EverFlo", "Invacare Platinum 10", "CAIRE FreeStyle Comfort"]
            ),
        ),
        "pm_brand": (
            None,
            rng.choice(
                [
                    "Medtronic Azure XT DR",
                    "Boston Scientific Accolade",
                    "Abbott Assurity MRI",
                    "Biotronik Edora 8 DR-T",
                ]
            ),
        ),
        "cpap_brand": (
            None,
            rng.choice(["ResMed AirSense 11", "Philips DreamStation 2", "React Health Luna G3"]),
        ),
        "role": (None, rng.choice(ROLES)),
        "role2": (None, rng.choice(ROLES)),
        "org": (None, rng.choice(ORGS)),
        "org2": (None, rng.choice(ORGS)),
        "employer": (None, rng.choice(EMPLOYERS)),
        "payer": (
            None,
            rng.choice(
                [
                    "Beacon Health Plan",
                    "Summit Medicare Advantage",
                    "BlueRiver Commercial PPO",
                    "Medicare Part B",
                    "the state Medicaid MCO",
                    "Tricare For Life",
                    "Humana Gold Plus HMO",
                    "Aetna Medicare PPO",
                    "Medigap Plan G",
                ]
            ),
        ),
        "pharmacy": (
            None,
            rng.choice(
                [
                    "TrueCare Pharmacy",
                    "Walgreens",
                    "CVS Pharmacy",
                    "Kroger Pharmacy",
                    "Hy-Vee Pharmacy",
                    "Costco Pharmacy",
                    "Optum Rx mail order",
                    "Express Scripts mail order",
                    "Walmart Pharmacy",
                ]
            ),
        ),
        "lab_org": (
            None,
            rng.choice(
                [
                    "Apex Diagnostic Laboratories",
                    "Quest Diagnostics",
                    "Labcorp",
                    "the hospital outreach lab",
                    "Sonic reference lab",
                    "in-office lab",
                ]
            ),
        ),
        "dme_org": (
            None,
            rng.choice(
                [
                    "Pinnacle DME Supply",
                    "Apria",
                    "Lincare",
                    "AdaptHealth",
                    "the RPM vendor HealthSnap",
                    "Rotech Healthcare",
                ]
            ),
        ),
        "hha_org": (
            None,
            rng.choice(
                [
                    "Keystone Home Health Services",
                    "Amedisys",
                    "BAYADA Home Health Care",
                    "CenterWell Home Health",
                    "VNA Health Partners",
                ]
            ),
        ),
        "hospice_org": (
            None,
            rng.choice(
                ["Unity Hospice Partners", "Gentiva Hospice", "VITAS Healthcare", "Crossroads Hospice"]
            ),
        ),
        "bh_org": (
            None,
            rng.choice(
                [
                    "Brightview Behavioral Health",
                    "the integrated BH team",
                    "Headway network therapist",
                    "community mental health center",
                ]
            ),
        ),
        "tpa_org": (
            None,
            rng.choice(
                [
                    "Sedgwick",
                    "The Hartford",
                    "MetLife absence management",
                    "Lincoln Financial",
                    "Unum",
                    "Matrix Absence Management",
                ]
            ),
        ),
        "room": (
            None,
            rng.choice(
                [
                    f"Exam Room {rng.randint(1, 14)}",
                    f"Rm {rng.randint(100, 450)}{rng.choice('AB')}",
                    f"Room {rng.randint(2, 9)}",
                    f"Pod C-{rng.randint(1, 12)}",
                ]
            ),
        ),
        "bed": (None, f"{rng.randint(3, 9)}{rng.choice(['West', 'North', 'East'])}-{rng.randint(1, 40)}"),
        "money": (None, f"${rng.randint(12, 2400):,}.{rng.randint(0, 99):02d}"),
        "copay": (None, f"${rng.choice([0, 10, 20, 25, 40, 50])}"),
        "grp_npi": (None, _grp_npi(rng)),
        "clia": (None, f"{rng.randint(1, 52):02d}D{_digits(rng, 7)}"),
        "ncpdp": (None, _digits(rng, 7)),
        "tax_id": (None, f"{_digits(rng, 2)}-{_digits(rng, 7)}"),
        "store_no": (None, f"#{rng.randint(100, 19999)}"),
        "cap_no": (None, _digits(rng, 7)),
        "fac_dea": (None, f"F{rng.choice('ABCDGHKLMP')}{_digits(rng, 7)}"),
        "pt_title": (None, "Ms." if sex == "F" else "Mr."),
        "pt_title2": (None, rng.choice(["Mrs.", "Ms.", "Mr.", "Mx."])),
        "he": (None, "she" if sex == "F" else "he"),
        "He": (None, "She" if sex == "F" else "He"),
        "his": (None, "her" if sex == "F" else "his"),
        "His": (None, "Her" if sex == "F" else "His"),
        "sex": (None, sex),
        "sex_word": (None, "female" if sex == "F" else "male"),
        "rel_rel": (None, rng.choice(REL)),
        "cred": (None, rng.choice(CREDS)),
        "cred2": (None, rng.choice(CREDS)),
        "spec_kind": (None, spec),
        "spec_kind_caps": (None, spec.upper()),
        "proc": (None, rng.choice(PROCS)),
        "imaging": (None, rng.choice(IMAGING)),
        "lungrads": (None, rng.choice(LUNG_RADS)),
        "birads": (None, rng.choice(BIRADS)),
        "st": (None, rng.choice(STATES)),
        "st2": (None, rng.choice(STATES)),
        "rcri": (None, str(rng.randint(0, 4))),
        "mets": (None, str(rng.randint(2, 10))),
        "asa": (None, rng.choice(["ASA II", "ASA III", "ASA 2", "ASA 3"])),
        "lbs_lift": (None, str(rng.choice([10, 15, 20, 25, 35, 50]))),
        "hours": (None, str(rng.choice([4, 6, 8, 10, 12]))),
        "episodes": (None, str(rng.randint(1, 4))),
        "per": (None, rng.choice(["per month", "per week", "per quarter"])),
        "o2flow": (None, f"{rng.choice([1, 1.5, 2, 2.5, 3, 4])} L/min"),
        "pct": (None, f"{rng.randint(38, 97)}%"),
        "n1": (None, str(rng.randint(3, 400))),
        "n2": (None, str(rng.randint(1, 60))),
        "n3": (None, str(rng.randint(100, 2400))),
        "pages": (None, str(rng.randint(2, 14))),
        "ext": (None, str(rng.randint(2100, 4899))),
        "smoke": (
            None,
            rng.choice(
                ["never smoker", "former smoker, quit", "current every-day smoker", "current some-day smoker"]
            ),
        ),
        "code_status": (
            None,
            rng.choice(["Full Code", "DNR/DNI", "DNR, selective treatment", "Comfort-focused treatment"]),
        ),
        "polst": (
            None,
            rng.choice(
                [
                    "POLST Section A: Attempt CPR",
                    "POLST Section A: DNR",
                    "MOLST Section B: Limited interventions",
                ]
            ),
        ),
        "year_visit": (None, str(rng.randint(2024, 2027))),
        "visit_no": (None, str(rng.randint(1, 9))),
        "gg": (None, str(rng.randint(1, 6))),
        "hh_freq": (
            None,
            rng.choice(["SN 1w4, 2w4", "SN 2w3 then 1w5", "PT 2w4, OT 1w3", "SN 1w9 + 2 PRN", "HHA 2w8"]),
        ),
    }
    return vals
