"""Invented values for set N: identifiers (gold) and clinical look-alikes (not gold).

Every identifier is made up: random digits and letters, example.* domains, documentation IP ranges,
555 numbers. ``identifiers`` and ``lookalikes`` return one dict per note; every key also comes as
``<key>_uc`` and ``<key>_lc`` so that ALL-CAPS and lower-case templates can use the same values.
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime, timedelta

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# (women's first names, men's first names, last names) by origin, so that a person's names come from
# one tradition and a relative called "daughter" has a woman's name
ORIGINS: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Ngozi", "Adaeze", "Folake", "Chiamaka"),
        ("Chidi", "Emeka", "Oluwaseun", "Tunde"),
        ("Okafor", "Adeyemi", "Nwosu", "Eze", "Balogun"),
    ),
    (("Thi Lan", "Hoa", "Ngoc Anh"), ("Minh", "Quang", "Bao"), ("Nguyen", "Tran", "Pham", "Vo", "Huynh")),
    (
        ("Agnieszka", "Zofia", "Małgorzata"),
        ("Tomasz", "Wojciech", "Bartosz"),
        ("Kowalczyk", "Zielinski", "Grabowski", "Nowak"),
    ),
    (
        ("Priyanka", "Lakshmi", "Deepa"),
        ("Arjun", "Venkat", "Rohan"),
        ("Raghunathan", "Iyer", "Chaudhary", "Subramaniam"),
    ),
    (
        ("Layla", "Fatima", "Rania"),
        ("Yusuf", "Omar", "Karim"),
        ("Al-Masri", "Haddad", "Khalil", "Nasser", "El-Amin"),
    ),
    (
        ("María José", "Guadalupe", "Itzel"),
        ("Joaquín", "Rafael", "José Luis"),
        ("Hernández", "Castillo", "Villanueva", "Ortega"),
    ),
    (("Ji-woo", "Seo-yeon", "Eun-ji"), ("Min-jun", "Hyun", "Dong-hyuk"), ("Park", "Choi", "Kang", "Yoon")),
    (
        ("Siobhan", "Niamh", "Aoife"),
        ("Declan", "Padraig", "Cormac"),
        ("O'Donnell", "McGillicuddy", "Fitzgerald", "Byrne"),
    ),
    (("Mele", "Losa", "Fetu"), ("Sione", "Tavita", "Iosefa"), ("Faleolo", "Tuilagi", "Leota")),
    (("Pa Houa", "Mai Yer", "Nou"), ("Tou", "Xeng", "Pheng"), ("Vang", "Xiong", "Thao", "Lor")),
    (
        ("Hodan", "Faadumo", "Ayaan"),
        ("Abdirahman", "Warsame", "Abdullahi"),
        ("Farah", "Abdi", "Hirsi", "Omar"),
    ),
    (
        ("Eleni", "Anastasia", "Despina"),
        ("Dimitrios", "Spyros", "Kostas"),
        ("Papadopoulos", "Karamanlis", "Georgiou"),
    ),
    (("Oksana", "Halyna", "Iryna"), ("Taras", "Bohdan", "Mykola"), ("Shevchenko", "Kovalenko", "Bondarenko")),
    (
        ("Maricel", "Rowena", "Analyn"),
        ("Jomar", "Arnel", "Rodel"),
        ("Dela Cruz", "Bautista", "Macaraeg", "Villanueva"),
    ),
    (("Yui", "Aiko", "Haruka"), ("Haruto", "Kenji", "Takeshi"), ("Takahashi", "Watanabe", "Matsumoto")),
    (("Xiaoling", "Mei", "Yan"), ("Wei", "Jun", "Hao"), ("Zhao", "Liang", "Huang", "Ouyang")),
    (("Elif", "Zeynep", "Ayşe"), ("Emre", "Mehmet", "Murat"), ("Yılmaz", "Demir", "Öztürk")),
    (("Shirin", "Parisa", "Leila"), ("Dariush", "Navid", "Reza"), ("Farahani", "Tehrani", "Moradi")),
    (
        ("Marie-Ange", "Guerline", "Nadège"),
        ("Jean-Baptiste", "Wilner", "Fritznel"),
        ("Pierre-Louis", "Jean-Charles", "Desrosiers"),
    ),
    (("Tigist", "Selam", "Hiwot"), ("Dawit", "Abebe", "Yonas"), ("Tesfaye", "Gebremedhin", "Alemu")),
    (
        ("Grace", "Faith", "Hope", "Rose", "Joy", "Sunny", "Summer"),
        ("Will", "Frank", "Hunter", "Chase", "Guy", "Mark"),
        ("Baker", "Stone", "Young", "Bishop", "King", "Price", "Black", "Wolf", "Rich", "Cash", "Hill"),
    ),
    (
        ("Margaret", "Dolores", "Beatrice", "Edna"),
        ("Eugene", "Walter", "Clarence", "Harold"),
        ("Whitaker", "Lindqvist", "Abernathy", "Kowalski", "Hargrove"),
    ),
    (("Aroha", "Mereana", "Hana"), ("Wiremu", "Tane", "Rawiri"), ("Ngata", "Te Rangi", "Parata")),
    (("Ingrid", "Sigrid", "Astrid"), ("Lars", "Nils", "Erik"), ("Johansson", "Halvorsen", "Bergqvist")),
    (("Ama", "Akosua", "Efua"), ("Kwame", "Kofi", "Yaw"), ("Mensah", "Owusu", "Asante")),
)
# the sex of the people whom templates name by a relation ("daughter", "son"); the others are drawn
WOMEN = ("rel", "r2", "r3", "r5")
MEN = ("rel2", "r1", "r4")

# towns that are also English words, and a few that are not
TOWNS = (
    "Hope",
    "Liberty",
    "Reading",
    "Mobile",
    "Bath",
    "Normal",
    "Paradise",
    "Surprise",
    "Chance",
    "Comfort",
    "Hazard",
    "Friendship",
    "Harmony",
    "Independence",
    "Marathon",
    "Story",
    "Bliss",
    "Welcome",
    "Victory",
    "Rugby",
    "Temple",
    "Orange",
    "Eden",
    "Bountiful",
    "Sandy",
    "Hurricane",
    "Plain",
    "Ransom",
    "Loyal",
    "Justice",
    "Needles",
    "Chester",
    "Kalamazoo",
    "Ithaca",
    "Tacoma",
    "Yuma",
    "Duluth",
    "Ypsilanti",
    "Bowling Green",
    "Sweet Home",
    "Cool",
    "Boring",
    "Felt",
    "Fruitland",
    "Pleasant Hill",
    "Rolling Fork",
)
STATES = (
    "PA",
    "OH",
    "MI",
    "OR",
    "WA",
    "AL",
    "KY",
    "TX",
    "UT",
    "ID",
    "MN",
    "NY",
    "CA",
    "NC",
    "GA",
    "Illinois",
    "Vermont",
)
COUNTIES = (
    "Tioga County",
    "Mercer County",
    "Lake County",
    "Buffalo County",
    "Union County",
    "Grant County",
    "Marion County",
    "Jefferson Parish",
    "Lincoln County",
    "Kittitas County",
    "Door County",
    "Ottawa County",
)
NEIGHBOURHOODS = (
    "Birchwood Heights",
    "Lower Millbrook",
    "the Flats",
    "Oak Knoll",
    "Riverside Terrace",
    "Cobble Hill",
    "Eastgate",
)
STREET_NAMES = (
    "Orchard",
    "Cedar",
    "Old Mill",
    "Kestrel",
    "Tamarack",
    "Juniper",
    "Bramble",
    "Ferry",
    "Quarry",
    "Lantern",
    "Thistle",
    "Harbor View",
    "Church",
    "Maple",
    "Sycamore",
    "Wren",
    "Foxglove",
    "Railroad",
    "Prospect",
    "Anchor",
)
STREET_KINDS = (
    "Street",
    "St",
    "Road",
    "Rd",
    "Lane",
    "Ln",
    "Avenue",
    "Ave",
    "Way",
    "Court",
    "Ct",
    "Drive",
    "Pike",
    "Terrace",
    "Blvd",
    "Circle",
)
FACILITY_KINDS = (
    "{t} Regional Medical Center",
    "{t} Community Hospital",
    "Mercy Hospital of {t}",
    "{t} Memorial Hospice House",
    "{t} Rehabilitation Institute",
    "{t} Valley Cancer Center",
    "{t} Children's Hospital",
    "{t} Behavioral Health Pavilion",
)
DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example.org",
    "health.example.com",
    "opo.example.net",
)
NUMBER_WORDS = {
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
    102: "one hundred and two",
    104: "one hundred four",
}
_MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_UPPER_NO_IO = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _l(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(_UPPER_NO_IO) for _ in range(n))


# --- dates --------------------------------------------------------------------------------------------

_DATE_FORMATS = (
    "%m/%d/%Y",
    "{m}/{d}/%Y",
    "{m}/{d}/%y",
    "%Y-%m-%d",
    "%d-%b-%Y",
    "%d %b %Y",
    "%B {d}, %Y",
    "%b {d} %Y",
    "{d} %B %Y",
    "%d.%m.%Y",
    "%b. {d}, %Y",
    "%A, %B {d}, %Y",
    "{d}{th} %B %Y",
    "%d%b%Y",
    "%Y/%m/%d",
)
_NO_YEAR_FORMATS = ("{m}/{d}", "%b {d}", "{d} %B", "%B {d}{th}", "%d-%b", "{d}{th} of %B")
_DATETIME_FORMATS = (
    "%Y-%m-%d %H:%M",
    "%m/%d/%Y %H%M",
    "%Y-%m-%dT%H:%M:%S",
    "%d-%b-%Y %H:%M",
    "{m}/{d}/%y {h}:%M %p",
    "%b {d}, %Y at %H:%M",
)


def _th(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _fmt(moment: datetime, pattern: str) -> str:
    hour12 = moment.hour % 12 or 12
    pattern = pattern.format(m=moment.month, d=moment.day, th=_th(moment.day), h=hour12)
    # "%b." would write "May." for the one month that is not abbreviated
    return moment.strftime(pattern).replace("May.", "May")


def _moment(rng: random.Random, start: date, days: int) -> datetime:
    day = start + timedelta(days=rng.randrange(days))
    return datetime(
        day.year, day.month, day.day, rng.randrange(24), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50, 55))
    )


def _date(rng: random.Random, moment: datetime) -> str:
    return _fmt(moment, rng.choice(_DATE_FORMATS))


# --- check digits (so that NPIs, DEAs and VINs are well-formed but invented) --------------------------


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _d(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    digits = [int(c) for c in _d(rng, 6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    initial = last[0].upper() if last[0].isascii() and last[0].isalpha() else "X"
    return rng.choice("ABFM") + initial + "".join(map(str, digits)) + str(check)


def _vin(rng: random.Random) -> str:
    chars = [rng.choice(_VIN_CHARS) for _ in range(17)]
    chars[8] = "0"
    total = sum(
        (int(c) if c.isdigit() else _VIN_VALUES[c]) * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _mbi(rng: random.Random) -> str:
    alnum = _MBI_LETTERS + string.digits
    c = [
        rng.choice("123456789"),
        rng.choice(_MBI_LETTERS),
        rng.choice(alnum),
        _d(rng, 1),
        rng.choice(_MBI_LETTERS),
        rng.choice(alnum),
        _d(rng, 1),
        rng.choice(_MBI_LETTERS),
        rng.choice(_MBI_LETTERS),
        _d(rng, 1),
        _d(rng, 1),
    ]
    plain = "".join(c)
    return rng.choice((plain, f"{plain[:4]}-{plain[4:7]}-{plain[7:]}"))


# --- people and places ---------------------------------------------------------------------------------


def _person(rng: random.Random, role: str) -> tuple[str, str, str]:
    women, men, lasts = rng.choice(ORIGINS)
    firsts = women if role in WOMEN else men if role in MEN else rng.choice((women, men))
    return rng.choice(firsts), rng.choice(lasts), rng.choice(string.ascii_uppercase.replace("X", ""))


def _street(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.08:
        return f"PO Box {rng.randrange(10, 9999)}"
    if kind < 0.14:
        return f"RR {rng.randrange(1, 9)} Box {rng.randrange(1, 400)}"
    number = rng.choice(
        (str(rng.randrange(2, 99)), str(rng.randrange(100, 999)), str(rng.randrange(1000, 29999)))
    )
    return f"{number} {rng.choice(('', '', '', 'N ', 'S ', 'East ', 'W '))}{rng.choice(STREET_NAMES)} {rng.choice(STREET_KINDS)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(("Apt ", "Apt. ", "Unit ", "#", "Suite ", "Lot ")) + rng.choice(
        (
            str(rng.randrange(1, 40)),
            f"{rng.randrange(1, 9)}{rng.choice('ABCDEF')}",
            f"{rng.randrange(100, 999)}",
        )
    )


def _zip(rng: random.Random) -> str:
    zip5 = f"{rng.randrange(1, 99):02d}{_d(rng, 3)}"
    return zip5 if rng.random() < 0.75 else f"{zip5}-{_d(rng, 4)}"


def _phone(rng: random.Random) -> str:
    area, line = str(rng.randrange(201, 989)), f"01{_d(rng, 2)}"
    pattern = rng.choice(
        (
            "({a}) 555-{l}",
            "{a}-555-{l}",
            "{a}.555.{l}",
            "+1 {a} 555 {l}",
            "1-{a}-555-{l}",
            "{a} 555 {l}",
            "({a})555-{l}",
            "555-{l}",
            "+1-{a}-555-{l}",
        )
    )
    return pattern.format(a=area, l=line)


def _email(rng: random.Random, first: str, last: str) -> str:
    def ascii_part(s: str) -> str:
        return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum()) or "pt"

    f, la = ascii_part(first), ascii_part(last)
    local = rng.choice(
        (
            f"{f}.{la}",
            f"{f[0]}{la}",
            f"{la}{_d(rng, 2)}",
            f"{f}_{la[:4]}",
            f"{la}.{f[0]}",
            "infusion.desk",
            "cg." + f,
        )
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def _url(rng: random.Random) -> str:
    return rng.choice(
        (
            f"https://portal.{rng.choice(DOMAINS)}/chart/{_d(rng, 7)}",
            f"https://meet.example.com/j/{_d(rng, 9)}?pwd={_l(rng, 6).lower()}",
            f"www.example.org/pt/{_l(rng, 2).lower()}{_d(rng, 5)}",
            f"http://pacs.example.net/viewer?study={_d(rng, 8)}",
            f"https://example.com/fundraiser/{_l(rng, 4).lower()}-family",
            f"portal.example.net/u/{_d(rng, 6)}",
        )
    )


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"192.0.2.{rng.randrange(1, 255)}",
            f"198.51.100.{rng.randrange(1, 255)}",
            f"203.0.113.{rng.randrange(1, 255)}",
            f"2001:db8:{rng.randrange(1, 0xFFFF):x}::{rng.randrange(1, 0xFFFF):x}",
        )
    )


def _ssn(rng: random.Random) -> str:
    a, b, c = rng.randrange(101, 665), rng.randrange(10, 99), rng.randrange(1000, 9999)
    return rng.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"))


def _age(rng: random.Random) -> tuple[str, str]:
    years = rng.choice(sorted(NUMBER_WORDS))
    return str(years), NUMBER_WORDS[years]


def _ids(rng: random.Random, last: str, prescriber: str) -> dict[str, str]:
    yy = rng.choice(("25", "26"))
    return {
        "mrn": rng.choice(
            (
                _d(rng, 8),
                f"MR{_d(rng, 7)}",
                f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 3)}",
                f"A{_d(rng, 6)}",
                f"00{_d(rng, 6)}",
                f"H{_d(rng, 3)}-{_d(rng, 4)}",
            )
        ),
        "member_id": rng.choice(
            (
                f"{_l(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 9)}",
                f"{_l(rng, 2)}{_d(rng, 6)}-0{_d(rng, 1)}",
                f"{_d(rng, 3)}{_l(rng, 1)}{_d(rng, 5)}",
            )
        ),
        "mbi": _mbi(rng),
        "medicaid": rng.choice((f"{_l(rng, 2)}{_d(rng, 8)}", f"{_d(rng, 10)}", f"MCD-{_d(rng, 7)}")),
        "group_no": rng.choice((_d(rng, 5), f"GRP{_d(rng, 4)}", f"{_d(rng, 3)}-{_l(rng, 2)}{_d(rng, 2)}")),
        "acct": rng.choice((_d(rng, 10), f"A{_d(rng, 9)}", f"{_d(rng, 4)}-{_d(rng, 6)}")),
        "fin": rng.choice((_d(rng, 9), f"FIN{_d(rng, 8)}", f"{yy}{_d(rng, 7)}")),
        "claim": rng.choice(
            (
                f"{_d(rng, 4)}{_l(rng, 1)}{_d(rng, 6)}",
                f"CLM{_d(rng, 9)}",
                f"{_d(rng, 2)}-{_d(rng, 7)}-{_d(rng, 2)}",
            )
        ),
        "npi": _npi(rng),
        "dea": _dea(rng, prescriber),
        "dl": rng.choice(
            (
                f"{_l(rng, 1)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                _d(rng, 9),
                f"{_l(rng, 1)}{_d(rng, 7)}",
                f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
            )
        ),
        "prof_lic": rng.choice(
            (
                f"RN{_d(rng, 7)}",
                f"{_d(rng, 2)}-{_d(rng, 6)}",
                f"DDS{_d(rng, 5)}",
                f"P{_d(rng, 6)}",
                f"LCSW-{_d(rng, 5)}",
                f"MD.{_d(rng, 6)}",
            )
        ),
        "emt_lic": rng.choice((f"P{_d(rng, 6)}", f"EMT{_d(rng, 5)}", f"{_d(rng, 6)}")),
        "vin": _vin(rng),
        "plate": rng.choice(
            (
                f"{_d(rng, 1)}{_l(rng, 3)}{_d(rng, 3)}",
                f"{_l(rng, 3)}-{_d(rng, 4)}",
                f"{_l(rng, 2)} {_d(rng, 5)}",
                f"AMB {_d(rng, 4)}",
            )
        ),
        "serial": rng.choice(
            (
                f"{_l(rng, 3)}{_d(rng, 7)}{_l(rng, 1)}",
                f"{_d(rng, 3)}-{_d(rng, 5)}",
                f"SN{_d(rng, 8)}",
                f"{_l(rng, 2)}{_d(rng, 6)}",
            )
        ),
        "serial2": rng.choice((f"{_l(rng, 1)}{_d(rng, 8)}", f"{_d(rng, 10)}", f"{_l(rng, 4)}-{_d(rng, 5)}")),
        "udi": f"(01){_d(rng, 14)}(17)2{rng.randrange(7, 9)}{rng.randrange(1, 12):02d}{rng.randrange(1, 28):02d}(21){_l(rng, 2)}{_d(rng, 6)}",
        "implant_lot": rng.choice(
            (f"{_l(rng, 1)}{_d(rng, 5)}-{_d(rng, 2)}", f"LOT{_d(rng, 7)}", f"{_d(rng, 6)}{_l(rng, 1)}")
        ),
        "bio": rng.choice(
            (
                f"FPT-{_d(rng, 6)}",
                f"VP{_d(rng, 8)}",
                f"IRIS-{_d(rng, 4)}{_l(rng, 4)}",
                f"PV{_d(rng, 4)}-{_l(rng, 2)}{_d(rng, 3)}",
                f"GAIT-{_d(rng, 5)}-{_l(rng, 1)}",
                f"RTN{_d(rng, 7)}",
            )
        ),
        "bio2": rng.choice(
            (f"BIO-{_d(rng, 7)}", f"vp_{_d(rng, 6)}_{_l(rng, 2).lower()}", f"FP{_d(rng, 3)}-{_d(rng, 4)}")
        ),
        "photo": rng.choice(
            (
                f"face_{_d(rng, 6)}.jpg",
                f"IMG_2026{rng.randrange(1, 12):02d}{rng.randrange(1, 28):02d}_{_d(rng, 4)}.JPG",
                f"{''.join(c for c in last.lower() if c.isascii() and c.isalpha()) or 'pt'}_frontal_{_d(rng, 3)}.png",
                f"portrait-{_d(rng, 5)}.heic",
            )
        ),
        "photo_id": rng.choice((f"PH{_d(rng, 7)}", f"PHOTO-{_d(rng, 6)}", f"FP-{_l(rng, 2)}{_d(rng, 5)}")),
        "accession": rng.choice(
            (
                f"S{yy}-{_d(rng, 5)}",
                f"{_l(rng, 2)}{yy}-{_d(rng, 6)}",
                f"M{yy}{_d(rng, 6)}",
                f"CG-{_d(rng, 7)}",
            )
        ),
        "study_id": rng.choice(
            (f"ONC-{_d(rng, 3)}-{_d(rng, 4)}", f"SUBJ{_d(rng, 5)}", f"{_l(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}")
        ),
        "rx_no": rng.choice((_d(rng, 7), f"RX{_d(rng, 8)}", f"{_d(rng, 2)}-{_d(rng, 6)}")),
        "pa_ref": rng.choice((f"PA{_d(rng, 9)}", f"AUTH-{_d(rng, 4)}-{_l(rng, 3)}", f"{_d(rng, 11)}")),
        "case_no": rng.choice((f"{yy}-MH-{_d(rng, 5)}", f"MH{yy}{_d(rng, 4)}", f"{yy}CV{_d(rng, 6)}")),
        "blood_unit": rng.choice(
            (
                f"W{_d(rng, 4)} {yy} {_d(rng, 6)}",
                f"W{_d(rng, 4)}{yy}{_d(rng, 6)}",
                f"=W{_d(rng, 4)}{yy}{_d(rng, 6)}",
            )
        ),
        "blood_unit2": f"W{_d(rng, 4)} {yy} {_d(rng, 6)}",
        "emp_id": rng.choice(
            (f"E{_d(rng, 6)}", f"{_d(rng, 5)}", f"INT-{_d(rng, 4)}", f"V{_d(rng, 4)}-{_l(rng, 1)}")
        ),
        "donor_id": rng.choice((f"{_l(rng, 3)}{_d(rng, 4)}", f"{_l(rng, 2)}{_d(rng, 3)}{_l(rng, 1)}")),
        "referral_no": rng.choice((f"{yy}-{_d(rng, 5)}", f"REF{_d(rng, 6)}", f"R{yy}{_d(rng, 4)}")),
        "inmate_no": rng.choice((_d(rng, 8), f"DOC{_d(rng, 6)}", f"{_l(rng, 1)}{_d(rng, 5)}")),
        "student_id": rng.choice((f"S{_d(rng, 7)}", _d(rng, 9))),
    }


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One note's identifiers: people, places, dates and numbers (plus untyped states that go beside them)."""
    v: dict[str, Value] = {}
    people = {
        role: _person(rng, role)
        for role in ("pt", "rel", "rel2", "dr", "dr2", "rn", "st", "st2", "r1", "r2", "r3", "r4", "r5")
    }
    for role, (first, last, middle) in people.items():
        v[role] = (PhiType.NAME, f"{first} {last}")
        v[f"{role}_first"] = (PhiType.NAME, first)
        v[f"{role}_last"] = (PhiType.NAME, last)
        v[f"{role}_lf"] = (
            PhiType.NAME,
            rng.choice((f"{last}, {first} {middle}.", f"{last}, {first}", f"{last}, {first} {middle}")),
        )
        v[f"{role}_fml"] = (PhiType.NAME, f"{first} {middle}. {last}")
        v[f"{role}_hl7"] = (PhiType.NAME, f"{last.upper()}^{first.upper()}^{middle}")
        v[f"{role}_init"] = (PhiType.NAME, f"{first[0]}. {last}")
        v[f"{role}_email"] = (PhiType.EMAIL, _email(rng, first, last))
    today = date(2026, 1, 5) + timedelta(days=rng.randrange(320))
    birth = _moment(rng, date(1931, 1, 1), 365 * 92)
    old_birth = _moment(rng, date(1922, 1, 1), 365 * 12)
    v["dob"] = (PhiType.DATE, _date(rng, birth))
    v["dob_us"] = (PhiType.DATE, birth.strftime("%m/%d/%Y"))
    v["dob_iso"] = (PhiType.DATE, birth.strftime("%Y-%m-%d"))
    v["dob_hl7"] = (PhiType.DATE, birth.strftime("%Y%m%d"))
    v["old_dob"] = (PhiType.DATE, _date(rng, old_birth))
    v["mother_dob"] = (PhiType.DATE, _date(rng, _moment(rng, date(1984, 1, 1), 365 * 21)))
    baby = datetime(today.year, today.month, today.day, rng.randrange(24), rng.randrange(60))
    v["baby_dob"] = (PhiType.DATE, _fmt(baby, rng.choice(_DATETIME_FORMATS)))
    for i in range(1, 9):
        moment = _moment(rng, today - timedelta(days=40), 80)
        v[f"d{i}"] = (PhiType.DATE, _date(rng, moment))
        v[f"dt{i}"] = (PhiType.DATE, _fmt(moment, rng.choice(_DATETIME_FORMATS)))
        v[f"dny{i}"] = (PhiType.DATE, _fmt(moment, rng.choice(_NO_YEAR_FORMATS)))
        v[f"diso{i}"] = (
            PhiType.DATE,
            moment.strftime(rng.choice(("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%SZ"))),
        )
        v[f"dhl7{i}"] = (PhiType.DATE, moment.strftime(rng.choice(("%Y%m%d", "%Y%m%d%H%M", "%Y%m%d%H%M%S"))))
    digits, words = _age(rng)
    v["age90"] = (PhiType.AGE, digits)
    v["age90w"] = (PhiType.AGE, words)
    v["age90any"] = (PhiType.AGE, rng.choice((digits, words)))
    v["age90b"] = (PhiType.AGE, _age(rng)[rng.randrange(2)])
    for suffix in ("", "2", "3"):
        town = rng.choice(TOWNS)
        v[f"street{suffix}"] = (PhiType.LOCATION, _street(rng))
        v[f"unit{suffix}"] = (PhiType.LOCATION, _unit(rng))
        v[f"city{suffix}"] = (PhiType.LOCATION, town)
        v[f"zip{suffix}"] = (PhiType.LOCATION, _zip(rng))
        v[f"county{suffix}"] = (PhiType.LOCATION, rng.choice(COUNTIES))
        v[f"state{suffix}"] = (None, rng.choice(STATES))
        v[f"facility{suffix}"] = (PhiType.LOCATION, rng.choice(FACILITY_KINDS).format(t=rng.choice(TOWNS)))
    v["hood"] = (PhiType.LOCATION, rng.choice(NEIGHBOURHOODS))
    for key in ("phone", "phone2", "phone3", "phone4"):
        v[key] = (PhiType.PHONE, _phone(rng))
    for key in ("fax", "fax2"):
        v[key] = (PhiType.FAX, _phone(rng))
    v["email"] = (PhiType.EMAIL, _email(rng, *people["pt"][:2]))
    v["url"] = (PhiType.URL, _url(rng))
    v["url2"] = (PhiType.URL, _url(rng))
    v["ip"] = (PhiType.IP_ADDRESS, _ip(rng))
    v["ip2"] = (PhiType.IP_ADDRESS, _ip(rng))
    v["ssn"] = (PhiType.SSN, _ssn(rng))
    kinds = {
        "mrn": PhiType.MRN,
        "member_id": PhiType.HEALTH_PLAN_ID,
        "mbi": PhiType.HEALTH_PLAN_ID,
        "medicaid": PhiType.HEALTH_PLAN_ID,
        "group_no": PhiType.HEALTH_PLAN_ID,
        "acct": PhiType.ACCOUNT,
        "fin": PhiType.ACCOUNT,
        "claim": PhiType.ACCOUNT,
        "npi": PhiType.LICENSE,
        "dea": PhiType.LICENSE,
        "dl": PhiType.LICENSE,
        "prof_lic": PhiType.LICENSE,
        "emt_lic": PhiType.LICENSE,
        "vin": PhiType.VEHICLE_ID,
        "plate": PhiType.VEHICLE_ID,
        "serial": PhiType.DEVICE_ID,
        "serial2": PhiType.DEVICE_ID,
        "udi": PhiType.DEVICE_ID,
        "implant_lot": PhiType.DEVICE_ID,
        "bio": PhiType.BIOMETRIC,
        "bio2": PhiType.BIOMETRIC,
        "photo": PhiType.PHOTO,
        "photo_id": PhiType.PHOTO,
    }
    for key, text in _ids(rng, people["pt"][1], people["dr"][1]).items():
        v[key] = (kinds.get(key, PhiType.OTHER_ID), text)
    for row in range(1, 6):
        moment = _moment(rng, date(1930, 1, 1), 365 * 90)
        v[f"r{row}_mrn"] = (
            PhiType.MRN,
            rng.choice((_d(rng, 8), f"MR{_d(rng, 7)}", f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 3)}")),
        )
        v[f"r{row}_dob"] = (PhiType.DATE, _date(rng, moment))
        v[f"r{row}_acc"] = (PhiType.OTHER_ID, f"{_l(rng, 2)}26-{_d(rng, 5)}")
        v[f"r{row}_d"] = (PhiType.DATE, _date(rng, _moment(rng, today - timedelta(days=10), 20)))
    return _cased(v)


# --- look-alikes ---------------------------------------------------------------------------------------

LOOKALIKES: dict[str, tuple[str, ...]] = {
    "dose": (
        "carboplatin AUC 5 (612 mg)",
        "paclitaxel 175 mg/m2",
        "cisplatin 75 mg/m2 over 60 min",
        "rituximab 375 mg/m2",
        "pembrolizumab 200 mg IV q3w",
        "5-FU 2400 mg/m2 over 46 h",
        "ondansetron 8 mg IV",
        "dexamethasone 12 mg PO",
    ),
    "dose2": (
        "tacrolimus 2 mg BID (trough goal 8-10)",
        "mycophenolate 1000 mg BID",
        "haloperidol 5 mg IM x1",
        "lorazepam 1 mg SL q4h PRN",
        "morphine 2.5 mg SL q2h PRN",
        "amoxicillin 500 mg TID x7d",
        "ibuprofen 600 mg q6h PRN",
        "caffeine citrate 20 mg/kg load",
    ),
    "bp": ("BP 128/76", "BP 94/58", "BP 142/88 mmHg", "BP 110/70", "NIBP 88/46 (MAP 60)", "BP 156/92"),
    "hr": ("HR 88", "HR 112", "pulse 64", "HR 150s", "HR 72 reg"),
    "spo2": ("SpO2 97% RA", "SpO2 91% on 2 L NC", "sat 99%", "SpO2 94% on 30% FiO2"),
    "temp": ("T 37.2 C", "Temp 98.6 F", "T 38.4", "temp 36.8"),
    "score": (
        "GCS 15",
        "GCS 9 (E2V3M4)",
        "ESI 2",
        "APGAR 8/9",
        "NIHSS 4",
        "PHQ-9 of 19",
        "GAD-7 = 14",
        "PPS 40%",
        "ECOG 1",
        "FIM 68/126",
        "Karnofsky 60",
        "MoCA 22/30",
        "Braden 14",
        "Morse 45",
        "C-SSRS screen positive",
        "Berg 38/56",
    ),
    "eponym": (
        "Hodgkin lymphoma",
        "Crohn disease",
        "Parkinson disease",
        "Alzheimer dementia",
        "Wilms tumor",
        "Down syndrome",
        "Guillain-Barré",
        "Bell palsy",
        "Hirschsprung disease",
        "Ewing sarcoma",
        "Lynch syndrome",
        "Li-Fraumeni syndrome",
        "Tourette syndrome",
        "Cushing syndrome",
    ),
    "brand": (
        "Keytruda",
        "Opdivo",
        "Neulasta Onpro",
        "Prograf",
        "CellCept",
        "Zyprexa",
        "Depakote",
        "Ativan",
        "Narcan",
        "Eliquis",
        "Xarelto",
        "Lovenox",
        "Humira",
        "Ozempic",
    ),
    "device": (
        "TrueBeam",
        "Medtronic Azure",
        "Baxter Sigma Spectrum",
        "Alaris 8015",
        "Dexcom G7",
        "Omnipod 5",
        "LifeVest",
        "Impella CP",
        "Wound VAC",
        "Hill-Rom bed",
        "Phonak Lumity",
        "ResMed AirSense 11",
    ),
    "role": (
        "charge nurse",
        "attending",
        "the fellow",
        "social worker",
        "pharmacist",
        "transport aide",
        "the interpreter",
        "chaplain",
        "case manager",
        "physical therapist",
        "respiratory therapist",
        "unit clerk",
        "the on-call resident",
    ),
    "year": ("2019", "2021", "2008", "1998", "2015", "2023", "2012"),
    "young_age": ("34", "67", "72", "45", "58", "81", "89", "23", "17"),
    "time": ("08:15", "0730", "14:40", "2 PM", "23:05", "0600", "11:30", "1915"),
    "time2": ("16:20", "0900", "10 AM", "21:45", "1300"),
    "room": ("Room 412B", "bed 7", "Rm 1120", "chair 6", "Pod C bed 14", "bay 3", "Rm 3-West 14", "Suite 2"),
    "icd": (
        "ICD-10 C50.911",
        "Z94.0",
        "F32.2",
        "C34.90",
        "P07.33",
        "K08.109",
        "Z51.11",
        "F20.9",
        "I63.9",
        "Z99.2",
        "G12.21",
    ),
    "cpt": ("CPT 96413", "77385", "90837", "D7240", "96375", "99223", "97110", "36430", "81162", "92557"),
    "loinc": ("LOINC 2160-0", "718-7", "26515-7", "2345-7", "LOINC 1751-7"),
    "ndc": ("NDC 0409-4888-01", "NDC 63323-0262-01", "0006-3026-02", "NDC 50242-0040-62"),
    "stock_lot": (
        "stock lot 24K118 (pharmacy, expires 2027)",
        "floor stock lot GX2219",
        "saline lot 3K0411 (ward supply)",
        "gauze lot 71124 (bulk)",
        "vaccine stock lot U8832AA",
    ),
    "version": ("v4.2.1", "ARIA 16.1", "Epic 2024", "build 7.3.0", "rev C", "protocol v3", "HL7 2.5.1"),
    "nonphone": (
        "REF 555-2210-08",
        "catalog 302-1145-88",
        "titer 1:64",
        "fractions 25/25",
        "Kt/V 1.4",
        "gauge 22 x 1.25 in",
        "HbA1c 7.2%",
        "dose 180/50.4 Gy",
        "code 1-800-NDC",
        "count 4.5-11.0",
    ),
    "weight": ("72.5 kg", "58 kg", "81.3 kg", "64.0 kg", "93.6 kg", "49 kg"),
    "bw": ("1,320 g", "980 g", "1.64 kg", "2,210 g", "745 g"),
    "cied": ("Medtronic Azure XT", "Boston Scientific Accolade", "Abbott Assurity MRI", "Biotronik Edora 8"),
    "hearing_aid": ("Phonak Lumity L90", "Oticon Intent 1", "ReSound Nexia 9", "Signia Pure Charge&Go"),
    "linac": ("TrueBeam", "Halcyon", "Elekta Versa HD", "TomoTherapy"),
    "pump_model": ("Alaris 8015", "Baxter Sigma Spectrum", "CADD-Solis", "Plum 360"),
    "ambulance": ("Ford F-450 Type I", "Chevrolet Express Type III", "Mercedes Sprinter", "Dodge Ram 4500"),
    "sedation": ("midazolam 4 mg IV", "fentanyl 50 mcg IV", "propofol 30 mg titrated", "ketamine 20 mg IV"),
    "sex1": ("F", "M"),
    "facility_generic": (
        "St. Brigid Medical Center",
        "University Hospital",
        "the Children's Pavilion",
        "Sacred Heart Hospice",
        "Good Samaritan Rehab",
        "County General",
        "the Cancer Institute",
    ),
    "gene": (
        "BRCA2 c.5946delT",
        "MLH1 c.350C>T",
        "TP53 p.R175H",
        "CFTR F508del",
        "HTT 42 CAG repeats",
        "PALB2 VUS",
    ),
    "tooth": ("#17", "#32 and #1", "#30", "#8-#9", "teeth 18-20"),
    "gy": ("45 Gy in 25 fx", "2 Gy/fx", "50.4 Gy", "8 Gy x 1", "60 Gy/30"),
    "blood_type": ("O NEG", "A POS", "B+", "AB-", "O+"),
    "lang": (
        "Spanish",
        "Vietnamese",
        "Somali",
        "Hmong",
        "ASL",
        "Arabic",
        "Haitian Creole",
        "Tagalog",
        "Amharic",
        "Ukrainian",
    ),
    "faith": (
        "Catholic",
        "Muslim",
        "Buddhist",
        "Pentecostal",
        "Jewish",
        "Lutheran",
        "no affiliation",
        "Orthodox Christian",
        "Hindu",
    ),
    "sex": ("F", "M", "female", "male"),
    "count": ("3", "12", "4", "27", "0", "2"),
}


# a lab value and its reference range, kept together so that the pair reads right
LABS: tuple[tuple[str, str], ...] = (
    ("Hgb 9.4 g/dL", "(ref 12.0-16.0)"),
    ("ANC 1.2 K/uL", "(1.5-8.0)"),
    ("Na 131 mmol/L", "(ref 135-145)"),
    ("Cr 1.8 mg/dL", "ref 0.6-1.2"),
    ("Plt 42 K", "reference range 150-400"),
    ("K 5.6", "(3.5-5.1)"),
    ("INR 1.3", "(0.9-1.1)"),
    ("glucose 212", "(70-99 fasting)"),
    ("bili 11.8 mg/dL", "(phototherapy line 13)"),
    ("ferritin 1,250 ng/mL", "(normal 15-150)"),
    ("TSH 2.41 mIU/L", "(0.4-4.0)"),
    ("tacrolimus trough 9.1", "(goal 8-10)"),
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """One note's clinical look-alikes: none of them is an identifier."""
    values: dict[str, Value] = {key: (None, rng.choice(options)) for key, options in LOOKALIKES.items()}
    lab, reference = rng.choice(LABS)
    values["lab"], values["range"] = (None, lab), (None, reference)
    return _cased(values)


def _cased(values: dict[str, Value]) -> dict[str, Value]:
    out = dict(values)
    for key, (kind, text) in values.items():
        out[f"{key}_uc"] = (kind, text.upper())
        out[f"{key}_lc"] = (kind, text.lower())
    return out
