"""Invented values for set 1 (maternal, newborn and child health).

``identifiers(rng)`` makes one invented family and its context (mother, baby, father, relatives,
clinicians, addresses, dates, every kind of number); ``lookalikes(rng)`` makes the clinical and
administrative filler that is not PHI. Only ``rng`` is used, so a seed fixes every value.
"""

from __future__ import annotations

import datetime as _dt
import random

from mediflow.quality.phi_types import PhiType

T = PhiType

# --- names -------------------------------------------------------------------------------------------

FEMALE = (
    "Ana",
    "Maria",
    "Guadalupe",
    "Ximena",
    "Aaliyah",
    "Imani",
    "Keisha",
    "Siobhan",
    "Aoife",
    "Priya",
    "Lakshmi",
    "Ananya",
    "Mei",
    "Xiaoling",
    "Yuki",
    "Haruka",
    "Min-ji",
    "Seo-yeon",
    "Fatima",
    "Aisha",
    "Noor",
    "Leila",
    "Amara",
    "Chiamaka",
    "Ngozi",
    "Olga",
    "Katarzyna",
    "Zofia",
    "Ingrid",
    "Astrid",
    "Hope",
    "Faith",
    "April",
    "June",
    "Summer",
    "Autumn",
    "Rose",
    "Ivy",
    "Paris",
    "Brooklyn",
    "Sky",
    "Mary-Kate",
    "Anne-Marie",
    "Thi Lan",
    "Nguyet",
    "Malia",
    "Leilani",
    "Tala",
    "Winona",
    "Dakota",
    "Esperanza",
    "Rocio",
    "Dolores",
    "Beatriz",
    "Chloe",
    "Madison",
    "Jessica",
    "Brittany",
    "Becky",
)
MALE = (
    "Jose",
    "Juan Carlos",
    "Mateo",
    "Santiago",
    "DeShawn",
    "Jamal",
    "Tyrone",
    "Liam",
    "Sean",
    "Padraig",
    "Rahul",
    "Arjun",
    "Wei",
    "Jian",
    "Hiroshi",
    "Kenji",
    "Min-ho",
    "Ji-hoon",
    "Omar",
    "Yusuf",
    "Tariq",
    "Chinedu",
    "Emeka",
    "Kwame",
    "Dmitri",
    "Pavel",
    "Lars",
    "Bjorn",
    "Hunter",
    "Chase",
    "Mason",
    "Cash",
    "Bishop",
    "King",
    "Major",
    "River",
    "Jean-Luc",
    "Pierre",
    "Duc",
    "Minh",
    "Keanu",
    "Makoa",
    "Tommy",
    "Bob",
    "Billy Ray",
    "Ahmed",
    "Mustafa",
    "Levi",
    "Moshe",
    "Ezra",
    "Carlos",
    "Rafael",
    "Nikolai",
)
BABY = (
    "Nova",
    "Luna",
    "Aurora",
    "Everleigh",
    "Khaleesi",
    "Nevaeh",
    "Zuri",
    "Amani",
    "Sofia",
    "Valentina",
    "Isla",
    "Maeve",
    "Saoirse",
    "Aanya",
    "Mei Ling",
    "Hana",
    "Yara",
    "Eden",
    "Genesis",
    "Journey",
    "Legend",
    "Messiah",
    "Atlas",
    "Kai",
    "Ezekiel",
    "Mateo",
    "Thiago",
    "Oliver",
    "Jaxon",
    "Kayden",
    "Bodhi",
    "Ronan",
    "Finnegan",
    "Rohan",
    "Aarav",
    "Haruto",
    "Tae-yang",
    "Idris",
    "Zayn",
    "Kofi",
    "Tobiah",
    "Bear",
    "Wolf",
    "Story",
    "Blue",
    "Rain",
    "Princess",
    "Miracle",
    "Precious",
    "Justice",
)
SURNAMES = (
    "Ruiz",
    "Hernandez",
    "Garcia-Lopez",
    "de la Cruz",
    "De La Rosa",
    "del Valle",
    "Villanueva",
    "Washington",
    "Jefferson",
    "Okafor",
    "Adeyemi",
    "Nwosu",
    "Mensah",
    "O'Brien",
    "O'Sullivan",
    "MacLeod",
    "McAllister",
    "Patel",
    "Venkataraman",
    "Iyer",
    "Chen",
    "Nguyen",
    "Tran",
    "Pham",
    "Kim",
    "Park",
    "Yamamoto",
    "Takahashi",
    "Haddad",
    "Al-Rashid",
    "El-Amin",
    "Abdullah",
    "Kowalski",
    "Wisniewska",
    "Nowak",
    "Ivanova",
    "Petrov",
    "van der Berg",
    "Van Dyke",
    "van Houten",
    "von Ahn",
    "Lindqvist",
    "Johansson",
    "Brooks",
    "Banks",
    "Church",
    "Hill",
    "Winter",
    "Street",
    "Park-Lee",
    "Story",
    "Love",
    "Wolf",
    "Savage",
    "Rich",
    "Lincoln",
    "Orlando",
    "Florence",
    "Jordan",
    "Kenya",
    "Yazzie",
    "Begay",
    "Tsosie",
    "Kahananui",
    "Akana",
    "D'Angelo",
    "DiMaggio",
    "Smith-Jones",
    "Fitzgerald",
    "St. Clair",
    "LeBlanc",
    "Thibodeaux",
    "Goldberg",
    "Cohen-Levi",
    "Baptiste",
)
NICK = (
    "Lupe",
    "Annie",
    "Kat",
    "Bree",
    "Tink",
    "Bug",
    "Peanut",
    "JJ",
    "Deedee",
    "Boo",
    "Mimi",
    "Nana",
    "Tata",
    "Junior",
    "Chuy",
    "Pooh",
    "Bubba",
    "Sissy",
    "Lulu",
    "Gigi",
)

TOWNS = (
    "Millbrook",
    "Harbor Falls",
    "Cedar Bluff",
    "Port Anselm",
    "Willow Springs",
    "New Tilden",
    "East Varna",
    "Greyhaven",
    "Lake Orrin",
    "Fairmont Heights",
    "Dunmore",
    "Carraway",
    "Liberty",
    "Hope",
    "Paris",
    "Orange",
    "Eden Prairie",
    "Bethel Park",
    "San Ysidro del Monte",
    "Oakhurst",
    "Marlow",
    "Pinecrest",
    "Brightwater",
    "Stillwater Junction",
    "Red Oak",
    "Kessler",
    "Ashby",
    "North Pemberton",
    "Saint Brendan",
    "Las Palomas",
    "Kahului Heights",
    "Frostburg Hollow",
)
STREET_NAMES = (
    "Alder Crest",
    "Maple",
    "Juniper Hollow",
    "Martin Luther King Jr",
    "Cesar Chavez",
    "Old Mill",
    "Sycamore",
    "Bayview",
    "Quail Run",
    "Pleasant Valley",
    "Church",
    "Lincoln",
    "Calle del Sol",
    "Fox Chase",
    "Prospect",
    "Hawthorne",
    "Elm",
    "Industrial",
    "Railroad",
    "Kamehameha",
)
STREET_TYPES = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Dr",
    "Ln",
    "Lane",
    "Blvd",
    "Ct",
    "Way",
    "Pkwy",
    "Cir",
    "Terrace",
    "Pl",
)
COUNTIES = (
    "Harlow",
    "Tillman",
    "Bexley",
    "Okanee",
    "Stanfield",
    "Cass",
    "Polk",
    "Marengo",
    "Des Plaines",
    "Sauk",
    "Lenape",
    "Wabash",
    "Kittredge",
    "Mercer",
)
HOODS = (
    "Eastgate",
    "the Flats",
    "Little Saigon",
    "Southside",
    "Riverbend",
    "Oak Cliff",
    "Los Pinos",
    "Cabbagetown",
    "the Heights",
    "Barrio Norte",
    "Meadowlark",
    "Near Westside",
)
FAC_KIND = (
    "Memorial Hospital",
    "Regional Medical Center",
    "Women's & Infants' Hospital",
    "Birth Center",
    "Community Hospital",
    "Children's Hospital",
    "Family Health Clinic",
    "Pediatrics",
    "Fertility Associates",
    "Health Department",
    "Maternity Pavilion",
)
STATES = ("OH", "TX", "CA", "NM", "MI", "GA", "WA", "NY", "Ohio", "Texas", "Oregon", "Hawaii", "Illinois")

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

ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng: random.Random, n: int, letters: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(letters + "0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


# --- dates -------------------------------------------------------------------------------------------


def _date(rng: random.Random, d: _dt.date, style: str | None = None) -> str:
    style = style or rng.choice(
        ("us", "us", "us2", "iso", "dmy", "long", "mon", "eu", "caps", "dash", "nozero")
    )
    m, day, y = d.month, d.day, d.year
    if style == "us":
        return f"{m:02d}/{day:02d}/{y}"
    if style == "us2":
        return f"{m}/{day}/{y % 100:02d}"
    if style == "nozero":
        return f"{m}/{day}/{y}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy":
        return f"{day} {MONTHS[m - 1][:3]} {y}"
    if style == "long":
        return f"{MONTHS[m - 1]} {day}, {y}"
    if style == "mon":
        return f"{MONTHS[m - 1][:3]}. {day}, {y}" if rng.random() < 0.5 else f"{MONTHS[m - 1][:3]} {day} {y}"
    if style == "eu":
        return f"{day:02d}.{m:02d}.{y}"
    if style == "caps":
        return f"{day:02d}{MONTHS[m - 1][:3].upper()}{y}"
    if style == "dash":
        return f"{m:02d}-{day:02d}-{y}"
    if style == "short":
        return rng.choice((f"{m}/{day}", f"{MONTHS[m - 1][:3]} {day}", f"{day}-{MONTHS[m - 1][:3]}"))
    if style == "compact":
        return f"{y}{m:02d}{day:02d}"
    raise ValueError(style)


def _datetime(rng: random.Random, d: _dt.date) -> str:
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        (
            f"{d.month:02d}/{d.day:02d}/{d.year} {hh:02d}:{mm:02d}",
            f"{d.isoformat()}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
            f"{d.month}/{d.day}/{d.year % 100:02d} @ {hh:02d}{mm:02d}",
            f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year} {hh:02d}{mm:02d}",
            f"{d.isoformat()} {hh:02d}:{mm:02d}",
        )
    )


# --- people ------------------------------------------------------------------------------------------


def _person(rng: random.Random, firsts: tuple[str, ...], last: str | None = None) -> dict[str, str]:
    first = rng.choice(firsts)
    last = last or rng.choice(SURNAMES)
    mid = rng.choice("ABCDEFGHJKLMNPRSTVW")
    forms = {
        "full": rng.choice((f"{first} {last}", f"{first} {last}", f"{first} {mid}. {last}")),
        "lf": rng.choice((f"{last}, {first}", f"{last}, {first} {mid}.", f"{last.upper()}, {first.upper()}")),
        "caps": f"{last.upper()}, {first.upper()}" + rng.choice(("", f" {mid}")),
        "first": first,
        "last": last,
        "init": f"{first[0]}. {last}",
    }
    return forms


def _ocr(rng: random.Random, s: str) -> str:
    swaps = {"l": "1", "i": "l", "o": "0", "O": "0", "m": "rn", "e": "c", "S": "5", "B": "8", "a": "o"}
    out = list(s)
    idx = [i for i, c in enumerate(out) if c in swaps]
    for i in rng.sample(idx, min(len(idx), rng.randint(1, 2))):
        out[i] = swaps[out[i]]
    return "".join(out)


def _age_old(rng: random.Random) -> str:
    n = rng.randint(90, 104)
    if rng.random() < 0.3:
        if n < 100:
            return "ninety" + ("-" + ONES[n - 90] if n > 90 else "")
        return "one hundred" + (" and " + ONES[n - 100] if n > 100 else "")
    return str(n)


def _phone(rng: random.Random) -> str:
    area = rng.choice(("216", "614", "512", "213", "505", "313", "404", "206", "718", "808", "330", "937"))
    line = f"01{_digits(rng, 2)}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area}555{line}",
            f"({area})555-{line}",
            f"555-{line}",
        )
    )


def _email(rng: random.Random, first: str, last: str) -> str:
    f = first.lower().replace(" ", "").replace("'", "")
    la = last.lower().replace(" ", "").replace("'", "").replace(".", "")
    dom = rng.choice(
        (
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "famnet.test",
            "clinic.test",
            "wic.example.org",
        )
    )
    user = rng.choice(
        (
            f"{f}.{la}",
            f"{f[0]}{la}{rng.randint(1, 99)}",
            f"{la}_{f}",
            f"{f}{la[:3]}{rng.randint(80, 2009)}",
            f"mama.{f}{rng.randint(1, 30)}",
            f"{f}-{la}",
        )
    )
    return f"{user}@{dom}"


def _ssn(rng: random.Random) -> str:
    a = rng.choice((rng.randint(900, 999), rng.randint(100, 665)))
    b, c = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice((f"{a:03d}-{b:02d}-{c:04d}", f"{a:03d} {b:02d} {c:04d}", f"{a:03d}{b:02d}{c:04d}"))


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(("1", "2", "3", "4", "5", "J", "K", "W")) + "".join(
        rng.choice(chars) for _ in range(16)
    )


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 3)} {_digits(rng, 4)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
        )
    )


def identifiers(rng: random.Random) -> dict[str, tuple[PhiType | None, str]]:
    """One invented family and its context."""
    mom = _person(rng, FEMALE)
    dad = _person(rng, MALE)
    baby_last = rng.choice(
        (mom["last"], mom["last"], dad["last"], f"{mom['last'].split()[-1]}-{dad['last'].split()[-1]}")
    )
    baby = _person(rng, BABY, baby_last)
    sib = _person(rng, BABY + FEMALE + MALE, baby_last)
    gm = _person(rng, FEMALE)
    gp = _person(rng, MALE)
    doc = _person(rng, FEMALE + MALE)
    doc2 = _person(rng, FEMALE + MALE)
    rn = _person(rng, FEMALE + MALE)
    rn2 = _person(rng, FEMALE + MALE)
    sw = _person(rng, FEMALE + MALE)
    fp = _person(rng, FEMALE + MALE)  # foster parent / teacher / coach

    birth = _dt.date(rng.randint(2010, 2026), rng.randint(1, 12), rng.randint(1, 28))
    mom_dob = birth - _dt.timedelta(days=rng.randint(16 * 365, 44 * 365))
    dad_dob = birth - _dt.timedelta(days=rng.randint(17 * 365, 55 * 365))
    lmp = birth - _dt.timedelta(days=rng.randint(240, 290))
    edd = lmp + _dt.timedelta(days=280)
    visit = birth + _dt.timedelta(days=rng.choice((-200, -120, -60, -14, 1, 3, 14, 60, 120, 400, 1500, 3000)))

    def off(days_lo: int, days_hi: int, base: _dt.date = birth) -> _dt.date:
        return base + _dt.timedelta(days=rng.randint(days_lo, days_hi))

    towns = rng.sample(TOWNS, 4)
    street_no = rng.choice(
        (str(rng.randint(1, 99)), str(rng.randint(100, 9999)), str(rng.randint(10000, 48000)))
    )
    street = f"{street_no} {rng.choice(('', 'N ', 'S ', 'E ', 'W ', 'NW '))}{rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"
    street2 = f"{rng.randint(10, 9999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"
    if rng.random() < 0.15:
        street = f"{rng.randint(100, 9999)} County Road {rng.randint(1, 400)}"
    unit = rng.choice(("3B", "12", "C-204", "4", "110", "2R", "B", "1407", "7F", "Lot 23"))
    zip5 = f"{rng.randint(10, 99)}{_digits(rng, 3)}"
    zipc = rng.choice((zip5, zip5, f"{zip5}-{_digits(rng, 4)}"))
    fac = f"{towns[0]} {rng.choice(FAC_KIND)}"
    fac2 = f"{rng.choice(('St. Agnes', 'Mercy', 'Providence', 'Good Samaritan', 'Kaiser'))} {towns[1]}"
    fac2 = rng.choice((fac2, f"{towns[1]} {rng.choice(FAC_KIND)}"))

    npi = rng.choice(("1", "2")) + _digits(rng, 9)
    mrn_fmt = rng.choice(
        (
            lambda: _digits(rng, 8),
            lambda: "E" + _digits(rng, 7),
            lambda: f"M-{_digits(rng, 3)}-{_digits(rng, 3)}",
            lambda: f"{_digits(rng, 4)}-{_digits(rng, 4)}",
            lambda: "00" + _digits(rng, 7),
            lambda: f"{_digits(rng, 3)} {_digits(rng, 2)} {_digits(rng, 2)}",
            lambda: f"NB{_digits(rng, 6)}",
            lambda: f"{_digits(rng, 7)}-{rng.randint(0, 9)}",
        )
    )
    plan = rng.choice(
        (
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"MCD{_digits(rng, 8)}",
            f"{_digits(rng, 11)}",
            f"{rng.randint(1, 9)}{_letters(rng, 2)}{rng.randint(1, 9)}-{_letters(rng, 1)}{_alnum(rng, 2)}-{_alnum(rng, 2)}{_digits(rng, 2)}",
            f"CHIP-{_digits(rng, 4)}-{_digits(rng, 5)}",
            f"W{_digits(rng, 9)}-01",
            f"{_letters(rng, 2)} {_digits(rng, 4)} {_digits(rng, 4)}",
        )
    )
    group = rng.choice(
        (
            f"{_digits(rng, 6)}",
            f"GRP-{_alnum(rng, 5)}",
            f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 3)}",
        )
    )
    dl = rng.choice(
        (
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"{_letters(rng, 2)}{_digits(rng, 6)}",
            f"{_digits(rng, 9)}",
            f"{_letters(rng, 1)}{_digits(rng, 7)}",
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
        )
    )
    ip = rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
        )
    )
    yy = birth.year % 100
    v: dict[str, tuple[PhiType | None, str]] = {
        # names
        "mom": (T.NAME, mom["full"]),
        "mom_lf": (T.NAME, mom["lf"]),
        "mom_caps": (T.NAME, mom["caps"]),
        "mom_first": (T.NAME, mom["first"]),
        "mom_last": (T.NAME, mom["last"]),
        "mom_last_caps": (T.NAME, mom["last"].upper()),
        "mom_init": (T.NAME, mom["init"]),
        "mom_ocr": (T.NAME, _ocr(rng, mom["full"])),
        "mom_nick": (T.NAME, rng.choice(NICK)),
        "baby": (T.NAME, baby["full"]),
        "baby_lf": (T.NAME, baby["lf"]),
        "baby_caps": (T.NAME, baby["caps"]),
        "baby_first": (T.NAME, baby["first"]),
        "baby_last": (T.NAME, baby["last"]),
        "baby_last_caps": (T.NAME, baby["last"].upper()),
        "baby_nick": (T.NAME, rng.choice(NICK)),
        "dad": (T.NAME, dad["full"]),
        "dad_lf": (T.NAME, dad["lf"]),
        "dad_first": (T.NAME, dad["first"]),
        "dad_last": (T.NAME, dad["last"]),
        "dad_caps": (T.NAME, dad["caps"]),
        "sib": (T.NAME, sib["first"]),
        "sib_full": (T.NAME, sib["full"]),
        "gm": (T.NAME, gm["full"]),
        "gm_first": (T.NAME, gm["first"]),
        "ggp": (T.NAME, gp["full"]),
        "doc": (T.NAME, doc["full"]),
        "doc_last": (T.NAME, doc["last"]),
        "doc_lf": (T.NAME, doc["lf"]),
        "doc_init": (T.NAME, doc["init"]),
        "doc2": (T.NAME, doc2["full"]),
        "doc2_last": (T.NAME, doc2["last"]),
        "rn": (T.NAME, rn["full"]),
        "rn_first": (T.NAME, rn["first"]),
        "rn_init": (T.NAME, rn["init"]),
        "rn2": (T.NAME, rn2["full"]),
        "rn2_first": (T.NAME, rn2["first"]),
        "initials": (T.NAME, (rn2["first"][0] + rn2["last"].replace("'", "")[0]).upper()),
        "sw": (T.NAME, sw["full"]),
        "sw_last": (T.NAME, sw["last"]),
        "fp": (T.NAME, fp["full"]),
        "fp_last": (T.NAME, fp["last"]),
        "fp_first": (T.NAME, fp["first"]),
        # dates
        "baby_dob": (T.DATE, _date(rng, birth)),
        "baby_dob_iso": (T.DATE, _date(rng, birth, "iso")),
        "baby_dob_us": (T.DATE, _date(rng, birth, "us")),
        "birth_dt": (T.DATE, _datetime(rng, birth)),
        "baby_dob_ocr": (
            T.DATE,
            _ocr(rng, _date(rng, birth, "us")) if rng.random() < 0.3 else _date(rng, birth, "us"),
        ),
        "mom_dob": (T.DATE, _date(rng, mom_dob)),
        "mom_dob_us": (T.DATE, _date(rng, mom_dob, "us")),
        "dad_dob": (T.DATE, _date(rng, dad_dob)),
        "lmp": (T.DATE, _date(rng, lmp)),
        "edd": (T.DATE, _date(rng, edd)),
        "visit": (T.DATE, _date(rng, visit)),
        "visit_iso": (T.DATE, _date(rng, visit, "iso")),
        "visit_us": (T.DATE, _date(rng, visit, "us")),
        "visit_long": (T.DATE, _date(rng, visit, "long")),
        "visit_dt": (T.DATE, _datetime(rng, visit)),
        "d1": (T.DATE, _date(rng, off(1, 20))),
        "d2": (T.DATE, _date(rng, off(21, 90))),
        "d3": (T.DATE, _date(rng, off(91, 400))),
        "d1_iso": (T.DATE, _date(rng, off(1, 20), rng.choice(("iso", "us")))),
        "d2_iso": (T.DATE, _date(rng, off(60, 200), rng.choice(("iso", "us")))),
        "d3_iso": (T.DATE, _date(rng, off(201, 500), rng.choice(("iso", "us")))),
        "d1_short": (T.DATE, _date(rng, off(1, 20), "short")),
        "d2_short": (T.DATE, _date(rng, off(21, 90), "short")),
        "d3_short": (T.DATE, _date(rng, off(-90, -1), "short")),
        "pre1": (T.DATE, _date(rng, off(-250, -150))),
        "pre2": (T.DATE, _date(rng, off(-149, -60))),
        "pre3": (T.DATE, _date(rng, off(-59, -7))),
        "pre_dt": (T.DATE, _datetime(rng, off(-40, -1))),
        "dt1": (T.DATE, _datetime(rng, off(0, 3))),
        "dt2": (T.DATE, _datetime(rng, off(1, 10))),
        "d1_compact": (T.DATE, _date(rng, off(1, 10), "compact")),
        "dob_compact": (T.DATE, _date(rng, birth, "compact")),
        "mom_dob_compact": (T.DATE, _date(rng, mom_dob, "compact")),
        "sig_date": (T.DATE, _date(rng, off(0, 30))),
        "school_date": (T.DATE, _date(rng, off(1800, 4000))),
        "school_date2": (T.DATE, _date(rng, off(1800, 4000))),
        # places
        "street": (T.LOCATION, street),
        "street2": (T.LOCATION, street2),
        "unit": (T.LOCATION, unit),
        "city": (T.LOCATION, towns[0]),
        "city_caps": (T.LOCATION, towns[0].upper()),
        "city2": (T.LOCATION, towns[1]),
        "city3": (T.LOCATION, towns[2]),
        "city4": (T.LOCATION, towns[3]),
        "school": (
            T.LOCATION,
            f"{towns[2]} {rng.choice(('Elementary', 'Middle School', 'High School', 'Montessori', 'Unified SD', 'Head Start'))}",
        ),
        "county": (T.LOCATION, f"{rng.choice(COUNTIES)} County"),
        "county_bare": (T.LOCATION, rng.choice(COUNTIES)),
        "zip": (T.LOCATION, zipc),
        "zip5": (T.LOCATION, zip5),
        "hood": (T.LOCATION, rng.choice(HOODS)),
        "fac": (T.LOCATION, fac),
        "fac_caps": (T.LOCATION, fac.upper()),
        "fac2": (T.LOCATION, fac2),
        # ages over 89
        "age_old": (T.AGE, _age_old(rng)),
        "age_old2": (T.AGE, str(rng.randint(90, 99))),
        # contact
        "phone": (T.PHONE, _phone(rng)),
        "phone2": (T.PHONE, _phone(rng)),
        "cell": (T.PHONE, _phone(rng)),
        "fax": (T.FAX, _phone(rng)),
        "fax2": (T.FAX, _phone(rng)),
        "email": (T.EMAIL, _email(rng, mom["first"], mom["last"])),
        "email2": (T.EMAIL, _email(rng, dad["first"], dad["last"])),
        "email_doc": (T.EMAIL, _email(rng, doc["first"], doc["last"])),
        "url": (
            T.URL,
            rng.choice(
                (
                    f"https://portal.example.org/mychart/{_alnum(rng, 10).lower()}",
                    f"https://nbs.example.gov.test/results?kit={_digits(rng, 8)}",
                    f"http://www.example.com/baby/{baby['first'].lower().replace(' ', '-')}-{_digits(rng, 4)}",
                    f"https://telehealth.example.net/join/{_alnum(rng, 12).lower()}",
                    f"example.org/r/{_alnum(rng, 7)}",
                    f"https://registry.example.org/imm/pt/{_digits(rng, 9)}",
                )
            ),
        ),
        "ip": (T.IP_ADDRESS, ip),
        # numbers
        "ssn": (T.SSN, _ssn(rng)),
        "ssn_dad": (T.SSN, _ssn(rng)),
        "mrn": (T.MRN, mrn_fmt()),
        "mrn_baby": (T.MRN, mrn_fmt()),
        "mrn_mom": (T.MRN, mrn_fmt()),
        "plan": (T.HEALTH_PLAN_ID, plan),
        "plan2": (T.HEALTH_PLAN_ID, f"{_letters(rng, 3)}{_digits(rng, 8)}"),
        "medicaid": (
            T.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_digits(rng, 10)}",
                    f"{_letters(rng, 2)}{_digits(rng, 8)}",
                    f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                )
            ),
        ),
        "group": (T.HEALTH_PLAN_ID, group),
        "acct": (
            T.ACCOUNT,
            rng.choice(
                (
                    _digits(rng, 9),
                    f"A{_digits(rng, 8)}-{rng.randint(0, 9)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                )
            ),
        ),
        "fin": (
            T.ACCOUNT,
            rng.choice((_digits(rng, 10), f"V{_digits(rng, 9)}", f"{yy:02d}{_digits(rng, 8)}")),
        ),
        "claim": (
            T.ACCOUNT,
            rng.choice(
                (
                    f"CLM{_digits(rng, 10)}",
                    f"{_digits(rng, 13)}",
                    f"{yy:02d}-{_digits(rng, 3)}-{_digits(rng, 6)}",
                )
            ),
        ),
        "npi": (T.LICENSE, npi),
        "npi2": (T.LICENSE, rng.choice(("1", "2")) + _digits(rng, 9)),
        "dea": (T.LICENSE, _letters(rng, 2) + _digits(rng, 7)),
        "lic": (
            T.LICENSE,
            rng.choice(
                (
                    f"RN{_digits(rng, 6)}",
                    f"CNM-{_digits(rng, 5)}",
                    f"{_digits(rng, 2)}.{_digits(rng, 6)}",
                    f"MD{_digits(rng, 5)}",
                    f"IBCLC-L-{_digits(rng, 5)}",
                )
            ),
        ),
        "dl": (T.LICENSE, dl),
        "dl_dad": (T.LICENSE, f"{_letters(rng, 1)}{_digits(rng, 8)}"),
        "cert_no": (
            T.LICENSE,
            rng.choice(
                (
                    f"{birth.year}-{_digits(rng, 6)}",
                    f"{rng.randint(100, 999)}-{yy:02d}-{_digits(rng, 6)}",
                    f"{_digits(rng, 11)}",
                )
            ),
        ),
        "facility_lic": (
            T.LICENSE,
            rng.choice((f"CCL-{_digits(rng, 6)}", f"{_digits(rng, 9)}", f"DC{_digits(rng, 5)}-L")),
        ),
        "plate": (T.VEHICLE_ID, _plate(rng)),
        "vin": (T.VEHICLE_ID, _vin(rng)),
        "serial": (
            T.DEVICE_ID,
            rng.choice(
                (
                    f"SN{_digits(rng, 8)}",
                    f"{_alnum(rng, 4)}-{_alnum(rng, 4)}-{_alnum(rng, 2)}",
                    f"{_digits(rng, 3)}{_letters(rng, 3)}{_digits(rng, 5)}",
                    f"#{_digits(rng, 6)}",
                )
            ),
        ),
        "serial2": (
            T.DEVICE_ID,
            rng.choice((f"SN-{_alnum(rng, 9)}", f"{_letters(rng, 2)}{_digits(rng, 7)}")),
        ),
        "tag": (
            T.DEVICE_ID,
            rng.choice((f"{_digits(rng, 6)}", f"HT-{_digits(rng, 5)}", f"{_alnum(rng, 8)}")),
        ),
        "udi": (
            T.DEVICE_ID,
            f"(01){_digits(rng, 14)}(17){(birth.year + 3) % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){_alnum(rng, 8)}",
        ),
        "bio": (
            T.BIOMETRIC,
            rng.choice(
                (
                    f"FP-{_alnum(rng, 8)}",
                    f"BIO{_digits(rng, 7)}",
                    f"{_alnum(rng, 4)}-{_alnum(rng, 4)}-{_alnum(rng, 4)}".lower(),
                    f"PV-{_digits(rng, 4)}-{_alnum(rng, 4)}",
                    f"TMPL#{_digits(rng, 9)}",
                )
            ),
        ),
        "bio2": (
            T.BIOMETRIC,
            rng.choice(
                (
                    f"FTP-{_digits(rng, 6)}",
                    f"LS{_digits(rng, 10)}",
                    f"IRIS-{_alnum(rng, 6)}",
                    f"VP{_digits(rng, 6)}",
                )
            ),
        ),
        "photo": (
            T.PHOTO,
            rng.choice(
                (
                    f"IMG_{birth.year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{_digits(rng, 4)}.jpg",
                    f"{baby['first'].split()[0].lower()}_face_{_digits(rng, 4)}.png",
                    f"PHOTO-{_digits(rng, 7)}",
                    f"face_{_digits(rng, 5)}_front.jpeg",
                    f"ID-PIC {_alnum(rng, 8)}",
                    f"DSC{_digits(rng, 5)}.JPG",
                )
            ),
        ),
        "nbs_kit": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"{_digits(rng, 8)}",
                    f"NBS-{yy:02d}-{_digits(rng, 6)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                )
            ),
        ),
        "accession": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"S{yy:02d}-{_digits(rng, 5)}",
                    f"NIPT{_digits(rng, 8)}",
                    f"{_letters(rng, 2)}{_digits(rng, 9)}",
                    f"A{_digits(rng, 6)}",
                )
            ),
        ),
        "embryo": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"EMB-{_digits(rng, 5)}-{rng.randint(1, 9):02d}",
                    f"{_letters(rng, 2)}{_digits(rng, 4)}.D5.{rng.randint(1, 6)}",
                    f"E{_digits(rng, 6)}-{rng.choice('ABCDEF')}",
                )
            ),
        ),
        "embryo2": (T.OTHER_ID, f"EMB-{_digits(rng, 5)}-{rng.randint(1, 9):02d}"),
        "donor": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"D{_digits(rng, 5)}",
                    f"{_digits(rng, 4)}-{_letters(rng, 2)}",
                    f"DNR{_alnum(rng, 6)}",
                    f"#{_digits(rng, 5)}",
                )
            ),
        ),
        "milk_donor": (
            T.OTHER_ID,
            rng.choice((f"MD-{_digits(rng, 6)}", f"{_letters(rng, 3)}{_digits(rng, 5)}")),
        ),
        "case_no": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"CPS-{birth.year + 1}-{_digits(rng, 6)}",
                    f"{_digits(rng, 2)}-JV-{_digits(rng, 5)}",
                    f"INT{_digits(rng, 9)}",
                    f"{_digits(rng, 10)}",
                )
            ),
        ),
        "student": (
            T.OTHER_ID,
            rng.choice((f"S{_digits(rng, 8)}", f"{_digits(rng, 6)}", f"STU-{_digits(rng, 7)}")),
        ),
        "wic": (
            T.OTHER_ID,
            rng.choice(
                (f"{_digits(rng, 12)}", f"WIC-{_digits(rng, 4)}-{_digits(rng, 4)}", f"F{_digits(rng, 9)}")
            ),
        ),
        "rx": (
            T.OTHER_ID,
            rng.choice(
                (f"{_digits(rng, 7)}", f"RX{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}")
            ),
        ),
        "cycle": (
            T.OTHER_ID,
            rng.choice((f"C{_digits(rng, 5)}", f"CYC-{yy:02d}-{_digits(rng, 4)}", f"{_digits(rng, 6)}-R")),
        ),
        "reg_id": (
            T.OTHER_ID,
            rng.choice(
                (f"{_digits(rng, 9)}", f"IIS{_digits(rng, 8)}", f"{_letters(rng, 2)}-{_digits(rng, 7)}")
            ),
        ),
        "pa_ref": (T.OTHER_ID, rng.choice((f"PA{_digits(rng, 9)}", f"{_letters(rng, 3)}-{_digits(rng, 6)}"))),
        "study": (
            T.OTHER_ID,
            rng.choice((f"NEO-{_digits(rng, 3)}-{_digits(rng, 4)}", f"SUBJ {_digits(rng, 5)}")),
        ),
    }
    return v


# --- look-alikes (not PHI) ---------------------------------------------------------------------------


def _pick(rng: random.Random, *opts: str) -> str:
    return rng.choice(opts)


def lookalikes(rng: random.Random) -> dict[str, tuple[None, str]]:
    """Clinical and administrative filler that is not an identifier."""
    ga_w = rng.randint(24, 41)
    ga_d = rng.randint(0, 6)
    wt_g = rng.randint(680, 4600)
    lb, oz = divmod(round(wt_g / 28.3495), 16)
    v = {
        "ga": f"{ga_w}w{ga_d}d",
        "ga2": f"{ga_w}+{ga_d}",
        "ga_wk": str(ga_w),
        "gp": _pick(rng, "G1P0", "G2P1001", "G3P2002", "G4P2103", "G1P1", "G5P3114"),
        "wt_g": f"{wt_g} g",
        "wt_lb": f"{lb} lb {oz} oz",
        "wt_kg": f"{wt_g / 1000:.2f} kg",
        "len": f"{rng.randint(420, 560) / 10:.1f} cm",
        "hc": f"{rng.randint(300, 370) / 10:.1f} cm",
        "pct": f"{rng.randint(2, 98)}",
        "pct2": f"{rng.randint(2, 98)}",
        "apgar1": str(rng.randint(3, 9)),
        "apgar5": str(rng.randint(6, 10)),
        "bp": f"{rng.randint(92, 168)}/{rng.randint(52, 108)}",
        "hr": str(rng.randint(60, 170)),
        "fhr": str(rng.randint(110, 165)),
        "temp": f"{rng.randint(362, 389) / 10:.1f}",
        "rr": str(rng.randint(14, 64)),
        "spo2": str(rng.randint(88, 100)),
        "hgb": f"{rng.randint(88, 168) / 10:.1f}",
        "glu": str(rng.randint(38, 190)),
        "bili": f"{rng.randint(20, 190) / 10:.1f}",
        "tsh": f"{rng.randint(5, 90) / 10:.1f}",
        "ff": f"{rng.randint(4, 22)}",
        "crl": f"{rng.randint(38, 84)} mm",
        "efw": f"{rng.randint(300, 4200)} g",
        "afi": f"{rng.randint(40, 240) / 10:.1f} cm",
        "fundal": str(rng.randint(16, 40)),
        "age_peds": str(rng.randint(1, 17)),
        "age_mom": str(rng.randint(16, 46)),
        "age_gp": str(rng.randint(48, 89)),
        "age_mo": str(rng.randint(2, 30)),
        "age_ivf": str(rng.randint(27, 46)),
        "wt_child": f"{rng.randint(60, 650) / 10:.1f} kg",
        "year": str(rng.randint(1995, 2026)),
        "year2": str(rng.randint(2010, 2026)),
        "time": f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
        "time2": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "time3": f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM', 'am', 'pm'))}",
        "dose": _pick(
            rng,
            "amoxicillin 90 mg/kg/day divided BID",
            "ampicillin 100 mg/kg IV q8h",
            "gentamicin 4 mg/kg IV q24h",
            "vitamin K 1 mg IM",
            "erythromycin 0.5% ophthalmic",
            "cholecalciferol 400 IU PO daily",
            "ferrous sulfate 3 mg/kg/day",
            "caffeine citrate 20 mg/kg load",
            "oxytocin 2 milliunits/min",
            "magnesium sulfate 4 g IV load then 2 g/h",
            "penicillin G 5 million units IV",
            "betamethasone 12 mg IM x2 doses 24 h apart",
            "ibuprofen 10 mg/kg PO q6h prn",
            "acetaminophen 15 mg/kg q6h prn",
            "prenatal vitamin 1 tab daily",
        ),
        "dose2": _pick(
            rng,
            "nifedipine 10 mg PO",
            "labetalol 20 mg IV",
            "ondansetron 4 mg ODT",
            "Rho(D) immune globulin 300 mcg IM",
            "folic acid 4 mg daily",
            "levothyroxine 50 mcg",
            "insulin NPH 12 units qHS",
            "sertraline 50 mg daily",
        ),
        "icd": _pick(
            rng,
            "Z34.82",
            "O24.410",
            "O13.3",
            "O99.013",
            "Z38.00",
            "P07.35",
            "P59.9",
            "Z00.121",
            "Z00.129",
            "Z23",
            "R62.51",
            "E66.3",
            "Z02.5",
            "H52.13",
            "K02.52",
            "Z31.83",
            "N97.9",
            "O09.523",
            "P22.1",
            "Q90.9",
            "H90.3",
        ),
        "icd2": _pick(rng, "Z3A.39", "O36.5930", "P92.5", "Z39.1", "Z62.21", "T74.12XA", "Z76.2", "F84.0"),
        "cpt": _pick(
            rng,
            "99391",
            "99392",
            "99460",
            "99462",
            "99468",
            "59400",
            "59510",
            "76805",
            "76801",
            "76817",
            "81420",
            "92558",
            "99173",
            "99174",
            "90460",
            "90461",
            "96110",
            "58974",
            "89258",
            "D1206",
            "D0145",
        ),
        "cpt2": _pick(rng, "36416", "90723", "90680", "90707", "99213", "99214", "S0610", "89280"),
        "hcpcs": _pick(rng, "S9443", "T1015", "E0604", "A4281", "S0199", "T1001", "G0009"),
        "ndc": _pick(rng, "0006-4981-00", "58160-0810-52", "49281-0545-15", "0009-0031-01", "63323-0262-01"),
        "loinc": _pick(rng, "57128-1", "54089-8", "29463-7", "8302-2", "9843-4", "58232-0", "73805-6"),
        "snomed": _pick(rng, "169826009", "281050002", "364589006", "444855007", "73211009", "248982007"),
        "rev": _pick(rng, "0170", "0171", "0172", "0173", "0174", "0720", "0722"),
        "drg": _pick(rng, "MS-DRG 795", "MS-DRG 807", "DRG 768", "MS-DRG 790", "APR-DRG 640-1"),
        "cvx": _pick(rng, "08", "20", "110", "116", "133", "94", "141", "187", "208", "48"),
        "vax_lot": _pick(rng, "U7184AB", "3CA47J1", "Y004892", "W3L82", "EH9899", "T2P991A", "K8834"),
        "vax": _pick(
            rng,
            "DTaP-IPV-Hib-HepB (Vaxelis)",
            "Pediarix",
            "PCV20 (Prevnar 20)",
            "RotaTeq",
            "MMR II",
            "Varivax",
            "Hep B (Engerix-B)",
            "Tdap (Boostrix)",
            "Flulaval Quadrivalent",
            "nirsevimab (Beyfortus) 50 mg",
            "Gardasil 9",
            "Menveo",
        ),
        "brand": _pick(
            rng,
            "Enfamil NeuroPro",
            "Similac 360 Total Care",
            "Neosure 22 kcal",
            "Prolacta +6",
            "Medela Symphony",
            "Spectra S1",
            "Pitocin",
            "Cytotec",
            "Cervidil",
            "Giraffe OmniBed",
            "Panda iRes warmer",
            "Dermabond",
            "DuoDERM",
            "Nutramigen",
            "Elecare",
        ),
        "formula": _pick(
            rng,
            "Enfamil NeuroPro",
            "Similac 360 Total Care",
            "Neosure 22 kcal",
            "Nutramigen",
            "Elecare",
            "Alimentum",
            "Enfacare",
            "Similac Pro-Sensitive",
        ),
        "pump": _pick(rng, "Medela Symphony", "Spectra S1", "Ameda Platinum", "Medela Pump In Style"),
        "induct": _pick(rng, "Pitocin", "Cytotec", "Cervidil", "Foley balloon"),
        "warmer": _pick(rng, "Giraffe OmniBed", "Panda iRes warmer", "Isolette 8000", "Babyleo TN500"),
        "eponym": _pick(
            rng,
            "Apgar",
            "Ballard",
            "Ortolani and Barlow",
            "Graves' disease",
            "Down syndrome",
            "Hirschsprung disease",
            "Tanner stage 2",
            "Kawasaki disease",
            "Wilms tumor",
            "Erb's palsy",
            "Mongolian spots",
            "Epstein pearls",
            "Moro reflex",
            "Bishop score 8",
            "Leopold maneuvers",
            "McRoberts maneuver",
            "Harlequin color change",
        ),
        "role": _pick(
            rng,
            "the attending",
            "charge RN",
            "L&D triage nurse",
            "NICU fellow",
            "the on-call OB",
            "IBCLC",
            "school nurse",
            "child life specialist",
            "CPS intake worker",
            "case manager",
            "embryologist",
            "PNP",
            "the sonographer",
            "WIC nutritionist",
            "resident (PGY-2)",
        ),
        "org": _pick(
            rng,
            "Lactation Services",
            "Maternal-Fetal Medicine",
            "State Newborn Screening Program",
            "Children's Protective Services",
            "Early Head Start",
            "Early Intervention (Part C)",
            "the Milk Bank",
            "Regional Perinatal Network",
            "Women, Infants and Children (WIC)",
            "Vital Records",
            "Office of Child Support",
            "Department of Health",
            "Help Me Grow",
        ),
        "room": _pick(
            rng,
            "LDR 7",
            "Rm 412-B",
            "Bed 14",
            "Pod C, bed 3",
            "Triage 2",
            "OR 3",
            "Isolette 22",
            "Room 1108",
            "Suite 200",
            "Exam 5",
            "NICU bay 4",
            "Mother-Baby 31",
        ),
        "money": _pick(rng, "$38.50", "$1,250.00", "$0.00", "$212.75", "$5", "$15,990.00", "$72.00"),
        "form": _pick(
            rng,
            "Form DH 1125 (rev 2024)",
            "VS-4 v3.2",
            "HSF-12",
            "form CH-205",
            "DCF-F-CFS0062-E",
            "PHS-01 ver. 7",
            "Form 2B-R",
            "CF-1047",
            "DHHS 3821",
        ),
        "policy": _pick(
            rng, "Policy NUR-OB-114", "P&P 7.04.22", "SOP-EMB-031", "MBU-22", "NICU-INF-009", "Policy 4.1.3"
        ),
        "score": _pick(
            rng,
            "EPDS 7",
            "EPDS 14",
            "PHQ-9 score 6",
            "M-CHAT-R 1 (low risk)",
            "ASQ-3 all above cutoff",
            "Ballard 34 wk",
            "Bishop 6",
            "Finnegan 5",
            "ESC: eating/sleeping/consoling yes x3",
            "LATCH 8/10",
            "SNAP-II 12",
            "BPP 8/8",
            "CHADS 0",
        ),
        "lab": _pick(
            rng,
            "Hgb 10.9 g/dL (ref 11.0-15.0)",
            "GBS positive",
            "1h GTT 148 mg/dL (<140)",
            "TSH 2.1 mIU/L (0.4-4.0)",
            "Rubella immune",
            "RPR nonreactive",
            "HIV Ag/Ab negative",
            "HBsAg negative",
            "ferritin 9 ng/mL (L)",
            "lead 3.2 mcg/dL",
            "TcB 9.8 mg/dL at 36 h",
            "CRP <0.5 mg/dL",
            "blood culture no growth x48h",
            "Rh negative, antibody screen neg",
        ),
        "lab2": _pick(
            rng,
            "Plt 212 K/uL",
            "WBC 14.2",
            "Na 137",
            "K 4.9",
            "glucose 52 mg/dL",
            "pH 7.29",
            "BE -6",
            "lactate 2.4",
            "UA protein 2+",
            "Protein/Cr ratio 0.41",
        ),
        "state": rng.choice(STATES),
        "bed": str(rng.randint(1, 48)),
        "pct3": str(rng.randint(2, 98)),
        "cc": str(rng.randint(5, 120)),
        "kcal": str(rng.choice((20, 22, 24, 26, 27, 30))),
        "batch": _pick(rng, "pool 24-118", "batch 7731", "lot P-0415", "pool 25-022", "batch 1190"),
        "step": str(rng.randint(1, 12)),
        "grade": rng.choice(("K", "1st", "2nd", "3rd", "5th", "7th", "9th", "11th")),
        "va": _pick(rng, "20/20", "20/25", "20/30", "20/40", "20/50", "20/70"),
        "va2": _pick(rng, "20/20", "20/25", "20/30", "20/40"),
        "teeth": _pick(
            rng,
            "caries #S, #T",
            "sealants #3, #14, #19, #30",
            "ECC on #E, #F",
            "no caries",
            "white spot lesions #D-#G",
        ),
        "ver": _pick(rng, "v2.5.1", "3.1.4", "v12.0", "R4", "2.3.1"),
        "pages": str(rng.randint(2, 14)),
    }
    return {k: (None, s) for k, s in v.items()}
