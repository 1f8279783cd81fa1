"""Values for set 3 (oncology, transplant and long-course specialty programmes).

``identifiers(rng)`` invents one patient with their people, places and numbers (every value typed, so it
becomes a gold span); ``lookalikes(rng)`` invents the clinical and administrative filler around it (doses,
BSA, stages, HLA strings, MELD/KDPI/cPRA, Gy, codes, lab values with ranges ...), untyped, never gold.
Only ``rng`` is used, so a seed fixes every note.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- people ---------------------------------------------------------------------------------------

FIRST_F = [
    "Ana",
    "Beatriz",
    "Siobhan",
    "Nguyet",
    "Oluwaseun",
    "Priya",
    "Mei-Ling",
    "Fatima",
    "Ingrid",
    "Hope",
    "Faith",
    "Florence",
    "Paris",
    "Rose",
    "Winter",
    "Dolores",
    "Marisol",
    "Yuki",
    "Aroha",
    "Chiamaka",
    "Zofia",
    "Leilani",
    "Anneliese",
    "Grace",
    "Carmen",
    "Noor",
    "Svetlana",
    "Tamar",
    "Keziah",
    "June",
    "Hanne",
    "Maëlle",
    "Lakshmi",
    "Olga",
    "Bernadette",
    "Imani",
    "Ruth",
    "Saoirse",
    "Ximena",
    "Wren",
]
FIRST_M = [
    "Tomasz",
    "Kwame",
    "Jun",
    "Ravi",
    "Declan",
    "Mateo",
    "Hamid",
    "Lars",
    "Bao",
    "Chike",
    "Dmitri",
    "Austin",
    "Chase",
    "Lincoln",
    "Hunter",
    "Bishop",
    "Ezekiel",
    "Rangi",
    "Otis",
    "Jean-Luc",
    "Kenji",
    "Abdullahi",
    "Thanh",
    "Pieter",
    "Sione",
    "Iñaki",
    "Gustavo",
    "Ahmet",
    "Eamon",
    "Wendell",
    "Hiroshi",
    "Marcus",
    "Dov",
    "Kofi",
    "Stellan",
    "Amos",
    "Reuben",
    "Teodoro",
    "Cyrus",
    "Rocco",
]
LAST = [
    "Ruiz",
    "Okafor",
    "Nguyen",
    "Kowalczyk",
    "Adeyemi",
    "Haddad",
    "Tanaka",
    "O'Neill",
    "D'Angelo",
    "de la Cruz",
    "van der Berg",
    "Van Houten",
    "al-Farsi",
    "bin Rashid",
    "MacAulay",
    "Okafor-Lindqvist",
    "Papadopoulos",
    "Yilmaz",
    "Ivanova",
    "Fernández",
    "Müller",
    "Svensson",
    "Begay",
    "Kealoha",
    "Chakraborty",
    "Mbeki",
    "Brooks",
    "Winter",
    "Baker",
    "Bishop",
    "Page",
    "Hill",
    "Marsh",
    "Little",
    "Rivers",
    "Lincoln",
    "Florence",
    "Chester",
    "Kent",
    "Tran",
    "Pham",
    "Kim",
    "Park-Whitfield",
    "Abernathy",
    "Szabo",
    "Horvat",
    "Delacroix",
    "Dupont-Moreau",
    "Ó Súilleabháin",
    "St. Clair",
    "Nakamura",
    "Oyelaran",
    "Castellanos",
    "Achterberg",
    "Lindgren",
    "Ferreira da Silva",
    "Kaur",
    "Singh",
    "Wójcik",
    "Mahlangu",
    "Ortiz-Quiñones",
    "Le",
    "Ng",
    "Young",
    "Love",
    "Goodnight",
    "Featherstone",
    "Ashby",
    "Quispe",
    "Tupou",
    "Ben-David",
    "Abubakar",
    "Halvorsen",
    "De Luca",
    "du Plessis",
    "Vu",
    "Haile",
    "Ramírez",
    "Mwangi",
    "Cohen",
    "Sato",
    "Petrov",
    "Dalton",
    "Moss",
]
NICK = {
    "Beatriz": "Bea",
    "Oluwaseun": "Seun",
    "Siobhan": "Shiv",
    "Zofia": "Zosia",
    "Anneliese": "Liesl",
    "Bernadette": "Bernie",
    "Dolores": "Lola",
    "Margarethe": "Grete",
    "Tomasz": "Tomek",
    "Dmitri": "Dima",
    "Ezekiel": "Zeke",
    "Abdullahi": "Abdul",
    "Gustavo": "Gus",
    "Teodoro": "Teo",
    "Reuben": "Ruby",
    "Wendell": "Dell",
    "Chiamaka": "Ama",
    "Svetlana": "Sveta",
    "Marcus": "Marc",
    "Lakshmi": "Lucky",
}

STREETS = [
    "Larkspur Ln",
    "Old Mill Rd",
    "Quarry Hill Dr",
    "Calle Ocotillo",
    "Birchwood Ave",
    "Harbor View Ter",
    "Tamarack Ct",
    "Saint Anne St",
    "Riverside Blvd",
    "Kettle Creek Rd",
    "Magnolia Way",
    "Pinecrest Cir",
    "Bayou Lafourche Rd",
    "Juniper Hollow",
    "Cooper Landing Hwy",
    "Oxbow Trl",
    "Maple Grove Pkwy",
    "W 142nd St",
    "N Rampart Ave",
    "County Road 18",
    "Ridgeline Dr",
    "Huckleberry Pl",
    "Vista del Sol",
    "Orchard Bend",
    "Peregrine Loop",
    "E Main St",
    "Wildflower Path",
    "Lighthouse Rd",
    "Summit Ave",
]
CITIES = [
    ("Port Ellis", "ME"),
    ("Dunmore", "PA"),
    ("Las Cruces", "NM"),
    ("Kettering", "OH"),
    ("Bemidji", "MN"),
    ("Fort Wayne", "IN"),
    ("Chickasha", "OK"),
    ("Hilo", "HI"),
    ("Yakima", "WA"),
    ("Greenville", "SC"),
    ("Marquette", "MI"),
    ("Pueblo", "CO"),
    ("Houma", "LA"),
    ("Bangor", "ME"),
    ("Lodi", "CA"),
    ("Paris", "TX"),
    ("Florence", "AL"),
    ("Lebanon", "NH"),
    ("Eau Claire", "WI"),
    ("Rapid City", "SD"),
    ("Tupelo", "MS"),
    ("Asheville", "NC"),
    ("Cedar Falls", "IA"),
    ("Elko", "NV"),
    ("Winchester", "VA"),
    ("Kalispell", "MT"),
    ("Bozeman", "MT"),
    ("Nampa", "ID"),
    ("Mystic", "CT"),
    ("Hope", "AR"),
    ("Gallup", "NM"),
    ("Sitka", "AK"),
    ("Twin Falls", "ID"),
    ("Lake Charles", "LA"),
    ("Ithaca", "NY"),
]
COUNTIES = [
    "Okaloosa",
    "Harlan",
    "Coconino",
    "Aroostook",
    "Lackawanna",
    "Dona Ana",
    "Hennepin",
    "Beltrami",
    "Yakima",
    "Terrebonne",
    "Marquette",
    "Tompkins",
    "Flathead",
    "Buncombe",
    "Gallatin",
    "Pennington",
]
NEIGHBOURHOODS = [
    "Eastgate",
    "Little Saigon",
    "Fishtown",
    "the Ironbound",
    "Old Town",
    "Southside",
    "Riverbend",
    "Westwood Heights",
    "Five Points",
    "Barrio Logan",
]
FACILITY_PATTERNS = [
    "{c} Regional Medical Center",
    "{c} Cancer Institute",
    "St. Brendan's Hospital of {c}",
    "{c} Community Hospital",
    "Mercy Transplant Center {c}",
    "{c} Memorial Infusion Center",
    "University Hospital {c}",
    "{c} Radiation Oncology Associates",
    "Good Samaritan {c}",
]
DOMAINS = [
    "example.com",
    "example.org",
    "mail.example.net",
    "patients.example.org",
    "inbox.test",
    "clinic.test",
    "example.co.uk",
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


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _a(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _L(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _date(rng: random.Random, y0: int, y1: int) -> dt.date:
    return dt.date(rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28))


def fmt_date(rng: random.Random, d: dt.date, style: int | None = None) -> str:
    s = rng.randrange(11) if style is None else style
    m3 = MONTHS[d.month - 1][:3]
    return [
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        d.isoformat(),
        f"{d.day:02d}-{m3.upper()}-{d.year}",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.month:02d}-{d.day:02d}-{d.year}",
        f"{m3} {d.day} {d.year}",
        f"{d.day}/{m3}/{d.year}",
        f"{d.month}/{d.day}/{d.year}",
    ][s]


def _phone(rng: random.Random) -> str:
    area = rng.choice(
        [
            "207",
            "570",
            "575",
            "937",
            "218",
            "260",
            "405",
            "808",
            "509",
            "864",
            "906",
            "719",
            "985",
            "209",
            "903",
            "256",
            "603",
            "715",
            "605",
        ]
    )
    line = f"01{_d(rng, 2)}"
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area} 555 {line}",
            f"({area})555-{line}",
            f"+1-{area}-555-{line}",
        ]
    )


def _ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}"])


def _vin(rng: random.Random) -> str:
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return (
        rng.choice(["1", "2", "3", "4", "5", "J", "K", "W"])
        + _a(rng, 7, al)
        + _a(rng, 1, "0123456789X")
        + _a(rng, 8, al)
    )


def _plate(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_d(rng, 1)}{_L(rng, 3)}{_d(rng, 3)}",
            f"{_L(rng, 3)}-{_d(rng, 4)}",
            f"{_L(rng, 3)} {_d(rng, 3)}",
            f"{_d(rng, 3)} {_L(rng, 3)}",
            f"{_L(rng, 2)}{_d(rng, 2)}{_L(rng, 2)}",
            f"DV{_d(rng, 4)}",
        ]
    )


def _npi(rng: random.Random) -> str:
    return rng.choice(["1", "2"]) + _d(rng, 9)


def _dea(rng: random.Random, last: str) -> str:
    letter = last.replace("'", "").replace(" ", "")[0].upper()
    if not letter.isascii() or not letter.isalpha():
        letter = "M"
    return rng.choice("ABFM") + letter + _d(rng, 7)


def _email_local(rng: random.Random, first: str, last: str) -> str:
    def clean(s: str) -> str:
        return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum())

    f, l_ = clean(first) or "pt", clean(last) or "x"
    return rng.choice(
        [
            f"{f}.{l_}",
            f"{f[0]}{l_}{_d(rng, 2)}",
            f"{l_}_{f}",
            f"{f}{l_[:3]}{_d(rng, 3)}",
            f"{f}-{l_}",
            f"{f}{rng.randint(50, 99)}",
        ]
    )


def _words(n: int) -> str:
    ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = {9: "ninety", 10: "one hundred"}
    if n >= 100:
        return "one hundred" + ("" if n == 100 else f" {ones[n - 100]}")
    return tens[9] + ("" if n == 90 else f"-{ones[n - 90]}")


def _ocr(rng: random.Random, s: str) -> str:
    table = {"l": "1", "O": "0", "o": "0", "I": "l", "S": "5", "e": "c", "rn": "m", "B": "8", "a": "o"}
    out = s
    for _ in range(2):
        k = rng.choice(list(table))
        if k in out:
            i = out.index(k)
            out = out[:i] + table[k] + out[i + len(k) :]
    return out


def _person(rng: random.Random) -> tuple[str, str, str]:
    first = rng.choice(FIRST_F + FIRST_M)
    mid = rng.choice(string.ascii_uppercase.replace("X", ""))
    return first, mid, rng.choice(LAST)


def _full(rng: random.Random) -> str:
    first, mid, last = _person(rng)
    return rng.choice([f"{first} {last}", f"{first} {mid}. {last}", f"{first} {last}", f"{first[0]}. {last}"])


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient and everyone and everything around them; every value is typed (gold)."""
    N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
    first, mid, last = _person(rng)
    v: dict[str, Value] = {}
    v["pt_first"] = (N, first)
    v["pt_last"] = (N, last)
    v["pt_full"] = (N, rng.choice([f"{first} {last}", f"{first} {mid}. {last}", f"{first} {mid} {last}"]))
    v["pt_lfm"] = (N, rng.choice([f"{last}, {first} {mid}.", f"{last}, {first}", f"{last}, {first} {mid}"]))
    v["pt_caps"] = (
        N,
        rng.choice(
            [
                f"{last.upper()}, {first.upper()}",
                f"{last.upper()} {first.upper()} {mid}",
                f"{first.upper()} {last.upper()}",
            ]
        ),
    )
    v["pt_fi"] = (N, f"{first[0]}. {last}")
    v["pt_nick"] = (N, NICK.get(first, first))
    v["pt_ocr"] = (N, _ocr(rng, f"{last.upper()}, {first}"))
    v["pt_caret"] = (N, f"{last.upper()}^{first.upper()}^{mid}")
    for key in ("md1", "md2", "md3", "rn", "nav", "pharm", "coord", "sw", "tech", "donor", "rel", "fellow"):
        f2, m2, l2 = _person(rng)
        v[key] = (N, rng.choice([f"{f2} {l2}", f"{f2} {m2}. {l2}", f"{f2} {l2}"]))
        v[key + "_last"] = (N, l2)
        v[key + "_first"] = (N, f2)
        v[key + "_lf"] = (N, rng.choice([f"{l2}, {f2}", f"{l2.upper()}, {f2[0]}", f"{l2}, {f2[0]}."]))
    v["rel2"] = (N, _full(rng))
    v["donor_lf"] = (N, f"{v['donor_last'][1]}, {v['donor_first'][1]}")

    # dates
    visit = _date(rng, 2024, 2026)
    for key, (y0, y1) in {
        "dob": (1938, 2004),
        "dx_date": (2021, 2025),
        "visit": (2024, 2026),
        "date2": (2024, 2026),
        "date3": (2024, 2026),
        "date4": (2023, 2026),
        "donor_dob": (1965, 2003),
        "rel_dob": (1940, 2000),
        "date5": (2024, 2026),
    }.items():
        d = visit if key == "visit" else _date(rng, y0, y1)
        v[key] = (D, fmt_date(rng, d))
    tx_start = _date(rng, 2023, 2025)
    tx_end = tx_start + dt.timedelta(days=rng.randint(20, 200))
    v["tx_start"] = (D, fmt_date(rng, tx_start))
    v["tx_end"] = (D, fmt_date(rng, tx_end))
    v["visit_iso"] = (D, visit.isoformat())
    v["visit_us"] = (D, f"{visit.month:02d}/{visit.day:02d}/{visit.year}")
    dob_d = _date(rng, 1938, 2004)
    v["dob_hl7"] = (D, dob_d.strftime("%Y%m%d"))
    v["visit_hl7"] = (D, visit.strftime("%Y%m%d") + f"{rng.randint(6, 18):02d}{rng.randint(0, 59):02d}")
    v["visit_compact"] = (D, visit.strftime("%Y%m%d"))
    v["date_noyear"] = (
        D,
        rng.choice(
            [
                f"{MONTHS[visit.month - 1]} {visit.day}",
                f"{visit.month}/{visit.day}",
                f"{visit.day} {MONTHS[visit.month - 1][:3]}",
                f"{visit.month:02d}/{visit.day:02d}",
            ]
        ),
    )
    v["date_noyear2"] = (
        D,
        rng.choice(
            [
                f"{MONTHS[(visit.month) % 12][:3]} {rng.randint(1, 28)}",
                f"{(visit.month % 12) + 1}/{rng.randint(1, 28)}",
            ]
        ),
    )
    v["month_year"] = (D, f"{MONTHS[rng.randrange(12)]} {rng.randint(2019, 2025)}")
    h, mi = rng.randint(6, 19), rng.choice([0, 5, 15, 20, 30, 40, 45, 50])
    v["datetime"] = (
        D,
        rng.choice(
            [
                f"{visit.month:02d}/{visit.day:02d}/{visit.year} {h:02d}:{mi:02d}",
                f"{visit.isoformat()}T{h:02d}:{mi:02d}:00",
                f"{visit.day:02d}-{MONTHS[visit.month - 1][:3].upper()}-{visit.year} {h:02d}{mi:02d}",
                f"{visit.month}/{visit.day}/{visit.year % 100} {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
            ]
        ),
    )
    v["datetime2"] = (
        D,
        f"{fmt_date(rng, _date(rng, 2024, 2026), rng.choice([0, 2, 3]))} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
    )
    a90 = rng.randint(90, 103)
    v["age90"] = (A, str(a90) if rng.random() < 0.75 else _words(a90))
    v["age90_digits"] = (A, str(a90))
    v["dob_old"] = (
        D,
        fmt_date(
            rng,
            dt.date(
                visit.year - a90 - 1,
                rng.randint(visit.month, 12) if visit.month < 12 else 12,
                rng.randint(1, 28),
            ),
        ),
    )

    # places
    city, state = rng.choice(CITIES)
    city2, state2 = rng.choice(CITIES)
    v["street"] = (L, f"{rng.randint(2, 9899)} {rng.choice(STREETS)}")
    v["street2"] = (L, f"{rng.randint(10, 2999)} {rng.choice(STREETS)}")
    v["unit"] = (
        L,
        rng.choice(
            [
                f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f"Unit {rng.randint(100, 999)}",
                f"#{rng.randint(2, 60)}",
                f"Apt. {rng.randint(1, 9)}",
                f"Lot {rng.randint(1, 88)}",
                f"Suite {rng.randint(100, 450)}",
            ]
        ),
    )
    v["city"] = (L, city)
    v["city_caps"] = (L, city.upper())
    v["city2"] = (L, city2)
    v["state"] = (None, state)
    v["state2"] = (None, state2)
    z = _d(rng, 5)
    v["zip"] = (L, rng.choice([z, z, f"{z}-{_d(rng, 4)}"]))
    v["zip2"] = (L, _d(rng, 5))
    v["county"] = (L, rng.choice(COUNTIES) + rng.choice([" County", " County", " Cnty", " Parish"]))
    v["county_bare"] = (L, rng.choice(COUNTIES))
    v["hood"] = (L, rng.choice(NEIGHBOURHOODS))
    fc = rng.choice(CITIES)[0]
    v["facility"] = (L, rng.choice(FACILITY_PATTERNS).format(c=fc))
    v["facility2"] = (L, rng.choice(FACILITY_PATTERNS).format(c=rng.choice(CITIES)[0]))

    # contact
    v["phone"] = (PhiType.PHONE, _phone(rng))
    v["phone2"] = (PhiType.PHONE, _phone(rng))
    v["phone3"] = (PhiType.PHONE, _phone(rng))
    v["fax"] = (PhiType.FAX, _phone(rng))
    v["fax2"] = (PhiType.FAX, _phone(rng))
    v["email"] = (PhiType.EMAIL, f"{_email_local(rng, first, last)}@{rng.choice(DOMAINS)}")
    v["email2"] = (
        PhiType.EMAIL,
        f"{_email_local(rng, v['rel_first'][1], v['rel_last'][1])}@{rng.choice(DOMAINS)}",
    )
    v["donor_email"] = (
        PhiType.EMAIL,
        f"{_email_local(rng, v['donor_first'][1], v['donor_last'][1])}@{rng.choice(DOMAINS)}",
    )
    v["email_staff"] = (
        PhiType.EMAIL,
        f"{_email_local(rng, v['nav_first'][1], v['nav_last'][1])}@{rng.choice(['example.org', 'onc.example.org', 'health.test'])}",
    )
    token = _a(rng, rng.choice([8, 10, 12]), string.ascii_letters + string.digits)
    v["url"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://portal.example.org/my/plan/{token}",
                f"https://mychart.example.com/s/{token}",
                f"https://survivorship.example.org/care-plan?pid={_d(rng, 7)}",
                f"http://telehealth.example.net/room/{token}",
                f"https://rems.example.com/enroll/{token}",
                f"portal.example.org/p/{token}",
            ]
        ),
    )
    v["url2"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://pap.example.org/status/{_a(rng, 9)}",
                f"https://sign.example.com/doc/{token[::-1]}",
                f"https://video.example.net/j/{_d(rng, 10)}",
                f"www.example.org/caringbridge/{first.lower()}{_d(rng, 2)}",
            ]
        ),
    )
    v["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            [
                f"{rng.choice([10, 172, 192, 198, 203])}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"{rng.randint(24, 99)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
            ]
        ),
    )
    v["ip2"] = (PhiType.IP_ADDRESS, f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")

    # numbers
    v["ssn"] = (PhiType.SSN, _ssn(rng))
    v["ssn_donor"] = (PhiType.SSN, _ssn(rng))
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            [
                _d(rng, 8),
                f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}",
                f"MR{_d(rng, 7)}",
                f"E{_d(rng, 9)}",
                f"00{_d(rng, 7)}",
                f"{_d(rng, 2)}-{_d(rng, 6)}",
            ]
        ),
    )
    v["mrn2"] = (PhiType.MRN, rng.choice([_d(rng, 7), f"H{_d(rng, 6)}", f"{_d(rng, 4)} {_d(rng, 4)}"]))
    v["mrn_donor"] = (PhiType.MRN, _d(rng, 8))
    v["member_id"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_L(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 8)}",
                f"{_d(rng, 9)}-01",
                f"XEH{_d(rng, 8)}",
                f"{_L(rng, 2)}{_d(rng, 7)}0{_d(rng, 1)}",
            ]
        ),
    )
    al = "ACDEFGHJKMNPQRTUVWXY"
    mbi = f"{rng.randint(1, 9)}{_a(rng, 1, al)}{_a(rng, 1, al + '0123456789')}{_d(rng, 1)}{_a(rng, 1, al)}{_a(rng, 1, al + '0123456789')}{_d(rng, 1)}{_a(rng, 2, al)}{_d(rng, 2)}"
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, rng.choice([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"]))
    v["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice([f"{_d(rng, 10)}", f"{_L(rng, 2)}{_d(rng, 5)}{_L(rng, 1)}", f"{_d(rng, 8)}{_L(rng, 1)}"]),
    )
    v["group_no"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice([f"{_d(rng, 6)}", f"GRP-{_d(rng, 5)}", f"{_L(rng, 1)}{_d(rng, 5)}{_L(rng, 1)}"]),
    )
    v["acct"] = (
        PhiType.ACCOUNT,
        rng.choice([_d(rng, 10), f"A{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 6)}", f"8{_d(rng, 11)}"]),
    )
    v["fin"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [f"FIN{_d(rng, 9)}", _d(rng, 11), f"V{_d(rng, 8)}", f"{_d(rng, 3)}{_L(rng, 1)}{_d(rng, 6)}"]
        ),
    )
    v["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                f"{_d(rng, 2)}{_d(rng, 3)}{_L(rng, 1)}{_d(rng, 8)}",
                f"CLM-{_d(rng, 9)}",
                f"{_d(rng, 14)}",
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 5)}",
            ]
        ),
    )
    v["npi"] = (PhiType.LICENSE, _npi(rng))
    v["npi2"] = (PhiType.LICENSE, _npi(rng))
    v["dea"] = (PhiType.LICENSE, _dea(rng, v["md1_last"][1]))
    v["lic"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"MD{_d(rng, 6)}",
                f"{_L(rng, 1)}-{_d(rng, 5)}",
                f"RN{_d(rng, 7)}",
                f"{_d(rng, 2)}.{_d(rng, 6)}",
                f"PH{_d(rng, 5)}",
            ]
        ),
    )
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"{_L(rng, 1)}{_d(rng, 7)}",
                f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
                f"{_L(rng, 1)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                _d(rng, 9),
                f"{_L(rng, 2)}{_d(rng, 6)}",
            ]
        ),
    )
    v["vin"] = (PhiType.VEHICLE_ID, _vin(rng))
    v["plate"] = (PhiType.VEHICLE_ID, _plate(rng))
    v["port_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"SN {_d(rng, 8)}",
                f"{_L(rng, 3)}{_d(rng, 6)}",
                f"PWR{_d(rng, 7)}",
                f"{_d(rng, 4)}-{_d(rng, 5)}",
            ]
        ).removeprefix("SN "),
    )
    v["pump_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"{_d(rng, 2)}-{_L(rng, 1)}{_d(rng, 6)}",
                f"CADD{_d(rng, 6)}",
                f"{_L(rng, 2)}{_d(rng, 7)}",
                f"S/N{_d(rng, 8)}".removeprefix("S/N"),
            ]
        ),
    )
    gtin = "0" + _d(rng, 13)
    v["udi"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"(01){gtin}(17){_d(rng, 6)}(21){_a(rng, 8)}",
                f"01{gtin}17{_d(rng, 6)}21{_a(rng, 7)}",
                f"+H{_a(rng, 4)}{_d(rng, 6)}/$${_d(rng, 5)}{_a(rng, 6)}",
            ]
        ),
    )
    v["pacer_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice([f"{_L(rng, 3)}{_d(rng, 6)}{_L(rng, 1)}", f"{_d(rng, 7)}", f"RNR{_d(rng, 6)}"]),
    )
    v["lvad_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice([f"HM3-{_d(rng, 5)}", f"MLP{_d(rng, 6)}", f"{_d(rng, 5)}{_L(rng, 2)}"]),
    )
    v["garment_pump_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice([f"FT{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 4)}-{_L(rng, 2)}"]),
    )
    v["palm_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [f"PV-{_a(rng, 10)}", f"PALM{_d(rng, 8)}", f"pvt_{_a(rng, 12, string.hexdigits.lower()[:16])}"]
        ),
    )
    v["fp_id"] = (
        PhiType.BIOMETRIC,
        rng.choice([f"FP{_d(rng, 9)}", f"FPT-{_a(rng, 4)}-{_a(rng, 4)}", f"R-INDEX-{_d(rng, 6)}"]),
    )
    v["voice_id"] = (
        PhiType.BIOMETRIC,
        rng.choice([f"VP-{_d(rng, 7)}", f"voiceprint_{_a(rng, 8, string.ascii_lowercase + string.digits)}"]),
    )
    v["face_id"] = (PhiType.BIOMETRIC, rng.choice([f"FACE-TPL-{_d(rng, 6)}", f"AlignRT-SRF-{_a(rng, 6)}"]))
    v["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            [
                f"IMG_{visit.strftime('%Y%m%d')}_{_d(rng, 4)}.jpg",
                f"{last.replace(' ', '').replace(chr(39), '')}_{first}_face.jpeg",
                f"PHOTO-{_d(rng, 7)}",
                f"pt_photo_{_d(rng, 6)}.png",
                f"DSC{_d(rng, 5)}.JPG",
                f"facephoto/{_a(rng, 10, string.ascii_lowercase + string.digits)}.heic",
            ]
        ),
    )
    v["photo2"] = (
        PhiType.PHOTO,
        rng.choice([f"SETUP_FACE_{_d(rng, 5)}.jpg", f"sim_photo_ant_{_d(rng, 4)}.png", f"PHID-{_d(rng, 8)}"]),
    )
    # other unique IDs
    v["coi"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"COI-{_d(rng, 2)}-{_a(rng, 6)}",
                f"{_L(rng, 3)}{_d(rng, 7)}",
                f"KYM-{_d(rng, 4)}-{_d(rng, 4)}",
                f"CID {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
            ]
        ),
    )
    v["din"] = (PhiType.OTHER_ID, f"W{_d(rng, 4)} {_d(rng, 2)} {_d(rng, 6)}")
    v["nmdp"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 1)}", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}"]),
    )
    v["grid"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 3)}", _d(rng, 19)]),
    )
    v["unos"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{_L(rng, 3)}{_d(rng, 3)}", f"{_L(rng, 4)}{_d(rng, 3)}", f"WL-{_d(rng, 7)}"]),
    )
    v["reg_acc"] = (
        PhiType.OTHER_ID,
        rng.choice([f"{rng.randint(2019, 2025)}{_d(rng, 5)}", f"{_d(rng, 4)}-{_d(rng, 5)}-{_d(rng, 2)}"]),
    )
    v["subj"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [f"{_d(rng, 3)}-{_d(rng, 4)}", f"SUBJ-{_d(rng, 5)}", f"{_L(rng, 2)}{_d(rng, 2)}-{_d(rng, 3)}"]
        ),
    )
    v["pa_ref"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"PA{_d(rng, 9)}",
                f"{_L(rng, 1)}{_d(rng, 3)}-{_d(rng, 5)}",
                f"AUTH#{_d(rng, 8)}".removeprefix("AUTH#"),
            ]
        ),
    )
    v["rx"] = (PhiType.OTHER_ID, rng.choice([f"RX{_d(rng, 7)}", _d(rng, 7), f"{_d(rng, 3)}-{_d(rng, 5)}"]))
    v["rems"] = (
        PhiType.OTHER_ID,
        rng.choice([f"REMS-{_d(rng, 8)}", f"{_L(rng, 2)}{_d(rng, 8)}", f"PT{_d(rng, 10)}"]),
    )
    v["accession"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"S{rng.randint(19, 26)}-{_d(rng, 5)}",
                f"SP-{rng.randint(19, 26)}-{_d(rng, 6)}",
                f"HLA{_d(rng, 7)}",
                f"{_L(rng, 2)}{_d(rng, 2)}-{_d(rng, 4)}",
            ]
        ),
    )
    v["accession2"] = (
        PhiType.OTHER_ID,
        rng.choice([f"H{rng.randint(19, 26)}-{_d(rng, 6)}", f"CY{_d(rng, 6)}"]),
    )
    v["case_no"] = (
        PhiType.OTHER_ID,
        rng.choice([f"PAP-{_d(rng, 7)}", f"C{_d(rng, 8)}", f"{_L(rng, 3)}-{_d(rng, 6)}-{_L(rng, 1)}"]),
    )
    v["case_no2"] = (
        PhiType.OTHER_ID,
        rng.choice([f"FA{rng.randint(2024, 2026)}-{_d(rng, 5)}", f"{_d(rng, 6)}"]),
    )
    v["emp_id"] = (PhiType.OTHER_ID, rng.choice([f"E{_d(rng, 6)}", f"{_d(rng, 5)}", f"EMP-{_d(rng, 5)}"]))
    v["bag_id"] = (PhiType.OTHER_ID, rng.choice([f"{_a(rng, 3)}-{_d(rng, 6)}-01", f"LOT{_d(rng, 8)}-P"]))
    v["tb_case"] = (PhiType.OTHER_ID, rng.choice([f"TB-{_d(rng, 5)}", f"{_d(rng, 3)}-{_L(rng, 2)}"]))
    v["order_no"] = (PhiType.OTHER_ID, rng.choice([f"ORD{_d(rng, 8)}", f"{_d(rng, 9)}"]))
    return v


# --- look-alikes ----------------------------------------------------------------------------------

REGIMENS = [
    (
        "FOLFOX",
        "oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, fluorouracil 400 mg/m2 bolus then 2400 mg/m2 over 46 h",
        14,
    ),
    (
        "FOLFIRINOX",
        "oxaliplatin 85 mg/m2, irinotecan 180 mg/m2, leucovorin 400 mg/m2, 5-FU 2400 mg/m2 CI",
        14,
    ),
    (
        "R-CHOP",
        "rituximab 375 mg/m2, cyclophosphamide 750 mg/m2, doxorubicin 50 mg/m2, vincristine 1.4 mg/m2 (cap 2 mg), prednisone 100 mg PO D1-5",
        21,
    ),
    ("AC-T", "doxorubicin 60 mg/m2 + cyclophosphamide 600 mg/m2 q2w x4 then paclitaxel 175 mg/m2", 14),
    ("Carboplatin/Paclitaxel", "carboplatin AUC 5, paclitaxel 175 mg/m2", 21),
    ("Gem/Cis", "gemcitabine 1000 mg/m2 D1,8 + cisplatin 25 mg/m2 D1,8", 21),
    ("ABVD", "doxorubicin 25 mg/m2, bleomycin 10 units/m2, vinblastine 6 mg/m2, dacarbazine 375 mg/m2", 28),
    ("Pembrolizumab", "pembrolizumab 200 mg flat dose", 21),
    (
        "TCHP",
        "docetaxel 75 mg/m2, carboplatin AUC 6, trastuzumab 8 mg/kg load then 6 mg/kg, pertuzumab 840 mg load then 420 mg",
        21,
    ),
    ("Dara-VRd", "daratumumab 1800 mg SC, bortezomib 1.3 mg/m2, lenalidomide 25 mg, dexamethasone 40 mg", 21),
    ("BR", "bendamustine 90 mg/m2 D1-2, rituximab 375 mg/m2", 28),
    ("7+3", "cytarabine 100 mg/m2/day CI D1-7, daunorubicin 60 mg/m2 D1-3", 28),
    ("CAPOX", "oxaliplatin 130 mg/m2 D1, capecitabine 1000 mg/m2 BID D1-14", 21),
    ("Nivolumab", "nivolumab 480 mg IV", 28),
]
CANCERS = [
    ("adenocarcinoma of the sigmoid colon", "C18.7", "pT3 pN1b cM0", "IIIB"),
    ("invasive ductal carcinoma, left breast, ER+/PR+/HER2-", "C50.412", "cT2 cN1 cM0", "IIB"),
    ("diffuse large B-cell lymphoma, GCB type", "C83.38", "Ann Arbor", "IIIA"),
    ("non-small cell lung cancer, adenocarcinoma, EGFR exon 19 del", "C34.11", "cT2a N2 M0", "IIIA"),
    ("pancreatic ductal adenocarcinoma, head", "C25.0", "cT3 N1 M0", "IIB"),
    ("multiple myeloma, IgG kappa", "C90.00", "R-ISS", "II"),
    ("acute myeloid leukemia, NPM1 mutated", "C92.00", "ELN 2022", "favorable"),
    ("squamous cell carcinoma of the oropharynx, p16+", "C10.9", "cT2 N1 M0", "I (AJCC 8th)"),
    ("prostate adenocarcinoma, Gleason 4+3=7, Grade Group 3", "C61", "cT2b N0 M0", "IIC"),
    ("high-grade serous ovarian carcinoma", "C56.9", "FIGO", "IIIC"),
    ("classical Hodgkin lymphoma, nodular sclerosis", "C81.18", "Ann Arbor", "IIB"),
    ("cervical squamous cell carcinoma", "C53.9", "FIGO 2018", "IIIC1r"),
    ("glioblastoma, IDH-wildtype", "C71.1", "WHO CNS5", "grade 4"),
    ("rectal adenocarcinoma, 7 cm from anal verge", "C20", "cT3c N1 M0", "IIIB"),
]
HLA_A = ["A*02:01", "A*01:01", "A*03:01", "A*24:02", "A*11:01", "A*68:01", "A*30:02", "A*33:03", "A*26:01"]
HLA_B = ["B*07:02", "B*08:01", "B*44:02", "B*35:01", "B*15:01", "B*51:01", "B*57:01", "B*40:01", "B*58:01"]
HLA_C = ["C*07:01", "C*07:02", "C*04:01", "C*03:04", "C*06:02", "C*05:01", "C*12:03"]
HLA_DR = ["DRB1*15:01", "DRB1*03:01", "DRB1*04:01", "DRB1*07:01", "DRB1*11:01", "DRB1*13:01", "DRB1*01:01"]
HLA_DQ = ["DQB1*06:02", "DQB1*02:01", "DQB1*03:01", "DQB1*05:01", "DQB1*03:02"]
# regimen indices (into REGIMENS) that fit each cancer in CANCERS, in order
REGIMEN_FOR = [
    [0, 12, 1, 13],
    [3, 8, 4],
    [2, 10],
    [4, 7, 13],
    [1, 5],
    [9],
    [11],
    [4, 7],
    [7],
    [4, 7],
    [6],
    [4, 7],
    [7, 13],
    [0, 12],
]
RT_SITE_FOR = [
    ["pelvis", "liver met (SBRT)"],
    ["L breast + SCV", "L breast tangents", "T10-L2 spine"],
    ["involved site (mediastinum)", "L femur"],
    ["R lung RUL", "mediastinum", "whole brain"],
    ["pancreas head (SBRT)", "T10-L2 spine"],
    ["T10-L2 spine", "L femur", "R humerus"],
    ["whole brain", "L femur"],
    ["oropharynx + bilat neck"],
    ["prostate + SV", "prostate fossa"],
    ["pelvis + para-aortics", "vaginal cuff (HDR)"],
    ["involved site (neck)", "mediastinum"],
    ["pelvis + para-aortics", "cervix HDR T&O"],
    ["R temporal tumor bed", "whole brain"],
    ["rectum", "pelvis"],
]
CART_BRANDS = [
    "Kymriah (tisagenlecleucel)",
    "Yescarta (axicabtagene ciloleucel)",
    "Carvykti (ciltacabtagene autoleucel)",
    "Abecma (idecabtagene vicleucel)",
    "Breyanzi (lisocabtagene maraleucel)",
    "Tecartus (brexucabtagene autoleucel)",
]
DRUG_BRANDS = [
    "Keytruda",
    "Opdivo",
    "Revlimid",
    "Ibrance",
    "Xtandi",
    "Imbruvica",
    "Tagrisso",
    "Lynparza",
    "Jakafi",
    "Pomalyst",
    "Venclexta",
    "Prograf",
    "Envarsus XR",
    "CellCept",
    "Neulasta Onpro",
    "Emend",
    "Zarxio",
    "Kymriah",
    "Yescarta",
    "Carvykti",
    "Abecma",
    "Breyanzi",
    "Thalomid",
]
EPONYMS = [
    "Hodgkin lymphoma",
    "Waldenström macroglobulinemia",
    "Graves' disease",
    "Parkinson disease",
    "Cushing syndrome",
    "Barrett esophagus",
    "Lynch syndrome",
    "Li-Fraumeni syndrome",
    "Sjögren syndrome",
    "Raynaud phenomenon",
    "Budd-Chiari syndrome",
    "Wilms tumor",
    "Ewing sarcoma",
    "Kaposi sarcoma",
    "Richter transformation",
    "Bell palsy",
    "Hashimoto thyroiditis",
    "Addison disease",
]
ROLES = [
    "the attending",
    "charge RN",
    "covering fellow",
    "PharmD",
    "the navigator",
    "APP on service",
    "transplant coordinator (on call)",
    "tumor board chair",
    "infusion RN",
    "dosimetrist",
    "financial counselor",
    "the oncologist",
    "cell therapy lab supervisor",
    "apheresis RN",
]
ORGS = [
    "the Cancer Center",
    "Infusion Pavilion B",
    "Cell Therapy Lab",
    "Transplant Institute",
    "Hope Lodge",
    "Survivorship Clinic",
    "the Blood & Marrow Program",
    "Radiation Oncology Dept.",
    "Specialty Pharmacy",
    "Patient Financial Services",
    "HLA Laboratory",
    "Apheresis Unit",
    "the registry",
    "OPO on-call desk",
    "Foundation Patient Assistance Program",
    "LLS co-pay program",
]
GARMENTS = [
    "flat-knit sleeve ccl 2 with gauntlet",
    "circular-knit arm sleeve 20-30 mmHg",
    "night-time compression garment",
    "custom thigh-high ccl 3",
    "velcro wrap (ReadyWrap-type) lower leg",
    "compression bra, size 36C",
]


def _lab(rng: random.Random) -> str:
    return rng.choice(
        [
            f"WBC {rng.uniform(0.4, 14):.1f} K/uL (4.0-11.0)",
            f"ANC {rng.randint(100, 8000)} /uL (1500-8000)",
            f"Hgb {rng.uniform(6.9, 15.5):.1f} g/dL (12.0-16.0)",
            f"Plt {rng.randint(8, 420)} K/uL (150-400)",
            f"Cr {rng.uniform(0.5, 2.6):.2f} mg/dL (0.60-1.20)",
            f"CrCl {rng.randint(25, 120)} mL/min (Cockcroft-Gault)",
            f"AST {rng.randint(12, 190)} U/L (10-40)",
            f"ALT {rng.randint(9, 230)} U/L (7-56)",
            f"T bili {rng.uniform(0.2, 3.9):.1f} mg/dL (0.1-1.2)",
            f"Mg {rng.uniform(1.2, 2.5):.1f} mg/dL (1.7-2.2)",
            f"K {rng.uniform(3.0, 5.8):.1f} mmol/L (3.5-5.1)",
            f"CEA {rng.uniform(0.8, 88):.1f} ng/mL (<3.0)",
            f"CA 19-9 {rng.randint(8, 2400)} U/mL (<37)",
            f"LDH {rng.randint(140, 900)} U/L (140-280)",
            f"PSA {rng.uniform(0.01, 40):.2f} ng/mL",
            f"INR {rng.uniform(0.9, 2.4):.1f} (0.8-1.1)",
            f"Na {rng.randint(128, 146)} mmol/L (135-145)",
            f"ferritin {rng.randint(20, 2400)} ng/mL (15-150)",
            f"beta-2 microglobulin {rng.uniform(1.2, 9):.1f} mg/L",
            f"uric acid {rng.uniform(3, 11):.1f} mg/dL (3.5-7.2)",
        ]
    )


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative text full of numbers and codes, none of it an identifier."""
    ci = rng.randrange(len(CANCERS))
    ca, icd, tnm, stage = CANCERS[ci]
    reg, reg_detail, cyc_len = REGIMENS[rng.choice(REGIMEN_FOR[ci])]
    ht = rng.randint(148, 196)
    wt = round(rng.uniform(44, 128), 1)
    bsa = round(((ht * wt) / 3600) ** 0.5, 2)
    dose_m2 = rng.choice([85, 175, 375, 750, 1000, 50, 60, 25, 130, 400])
    scr = round(rng.uniform(0.6, 1.8), 2)
    age = rng.randint(19, 89)
    crcl = min(round((140 - age) * wt / (72 * scr)), 150)
    auc = rng.choice([4, 5, 6])
    total_gy = rng.choice(
        [
            ("50.4", 28),
            ("45", 25),
            ("60", 30),
            ("70", 35),
            ("20", 5),
            ("30", 10),
            ("40.05", 15),
            ("54", 3),
            ("8", 1),
            ("36", 18),
            ("26", 5),
        ]
    )
    fx_dose = round(float(total_gy[0]) / total_gy[1], 2)
    v: dict[str, Value] = {}
    f = lambda key, text: v.__setitem__(key, (None, str(text)))  # noqa: E731
    f("regimen", reg)
    f("regimen_detail", reg_detail)
    f("cycle_len", cyc_len)
    total = rng.choice([4, 6, 6, 8, 12])
    f("cycle_total", total)
    f("cycle", rng.randint(1, total))
    f("day", rng.choice([1, 1, 1, 8, 15, 22] if cyc_len > 14 else [1, 1, 2, 3]))
    f("msg_id", f"MSG{_d(rng, 5)}.{rng.randint(1, 9)}")
    f("cart_brand", rng.choice(CART_BRANDS))
    f(
        "rems_brand",
        rng.choice(["Revlimid (lenalidomide)", "Pomalyst (pomalidomide)", "Thalomid (thalidomide)"]),
    )
    f(
        "oral_brand",
        rng.choice(
            [
                "Ibrance 125 mg",
                "Xtandi 160 mg",
                "Imbruvica 420 mg",
                "Tagrisso 80 mg",
                "Lynparza 300 mg BID",
                "Venclexta 400 mg",
                "capecitabine 1500 mg BID",
                "Jakafi 15 mg BID",
                "Verzenio 150 mg BID",
            ]
        ),
    )
    f("cancer", ca)
    f("icd", icd)
    f(
        "icd2",
        rng.choice(
            [
                "Z51.11",
                "Z51.12",
                "D70.1",
                "R11.2",
                "Z94.0",
                "Z94.81",
                "Z94.84",
                "T86.11",
                "N18.5",
                "K74.60",
                "I89.0",
                "L65.9",
                "D61.810",
                "Z85.3",
                "Z92.21",
                "E83.42",
            ]
        ),
    )
    f("tnm", tnm)
    f("stage", stage)
    f("ecog", rng.choice([0, 1, 1, 2, 2, 3]))
    f("kps", rng.choice([50, 60, 70, 80, 90, 100]))
    f("ht", ht)
    f("wt", wt)
    f("bsa", bsa)
    f("dose_m2", dose_m2)
    f("dose_total", round(dose_m2 * bsa, 1))
    f("scr", scr)
    f("crcl", crcl)
    f("auc", auc)
    f("carbo_dose", round(auc * (min(crcl, 125) + 25)))
    f("gy", total_gy[0])
    f("fx", total_gy[1])
    f("fx_dose", fx_dose)
    f("fx_done", rng.randint(1, total_gy[1]))
    f("energy", rng.choice(["6X", "10X FFF", "6X FFF", "15X", "6 MeV electrons", "proton PBS"]))
    f("technique", rng.choice(["VMAT", "IMRT", "3D-CRT", "SBRT", "SRS", "HDR brachy", "IMPT"]))
    f("site", rng.choice(RT_SITE_FOR[ci]))
    f("year_next", rng.randint(2026, 2031))
    f(
        "board",
        rng.choice(
            [
                "GI Tumor Board",
                "Thoracic Tumor Board",
                "Heme Malignancies Board",
                "Breast Conference",
                "Neuro-Oncology Board",
                "GU Tumor Board",
                "Head & Neck Conference",
            ]
        ),
    )
    f("hla_a", f"{rng.choice(HLA_A)}, {rng.choice(HLA_A)}")
    f("hla_b", f"{rng.choice(HLA_B)}, {rng.choice(HLA_B)}")
    f("hla_c", f"{rng.choice(HLA_C)}, {rng.choice(HLA_C)}")
    f("hla_dr", f"{rng.choice(HLA_DR)}, {rng.choice(HLA_DR)}")
    f("hla_dq", f"{rng.choice(HLA_DQ)}, {rng.choice(HLA_DQ)}")
    f(
        "hla_match",
        rng.choice(["10/10", "9/10 (DQB1 mismatch)", "8/8", "7/8 (C antigen MM)", "haplo 5/10", "6/6"]),
    )
    f("meld", rng.randint(8, 40))
    f("meld_na", rng.randint(8, 40))
    f("kdpi", f"{rng.randint(3, 98)}%")
    f("cpra", f"{rng.choice([0, 0, 12, 37, 64, 85, 98, 99.7])}%")
    f("epts", f"{rng.randint(5, 95)}%")
    f("las", f"{rng.uniform(32, 88):.1f}")
    f("cd34", f"{rng.uniform(1.5, 9.5):.2f} x10^6/kg")
    f("cd3", f"{rng.uniform(0.5, 6):.1f} x10^8 CAR+ T cells")
    f("tac", f"{rng.uniform(2.1, 16.9):.1f}")
    f("tac_goal", rng.choice(["8-10", "5-8", "6-8", "4-6", "10-12"]))
    f(
        "tac_dose",
        rng.choice(["1 mg BID", "2 mg BID", "3 mg q12h", "0.5 mg BID", "4 mg XR daily", "1.5 mg BID"]),
    )
    f(
        "mmf",
        rng.choice(
            ["MMF 1000 mg BID", "mycophenolate 750 mg BID", "CellCept 500 mg BID", "Myfortic 720 mg BID"]
        ),
    )
    for i in range(1, 5):
        f(f"lab{i}", _lab(rng))
    f("bp", f"{rng.randint(92, 168)}/{rng.randint(52, 98)}")
    f("hr", rng.randint(52, 118))
    f("temp", f"{rng.uniform(36.1, 38.9):.1f}")
    f("spo2", rng.randint(89, 100))
    f("rr", rng.randint(12, 24))
    f("pain", rng.randint(0, 8))
    f("time", f"{rng.randint(6, 19):02d}:{rng.choice(['00', '15', '30', '45', '10', '50'])}")
    f("time2", f"{rng.randint(7, 18):02d}{rng.choice(['00', '15', '30', '45'])}")
    f("time_ampm", f"{rng.randint(1, 12)}:{rng.choice(['00', '15', '30', '45'])} {rng.choice(['AM', 'PM'])}")
    f("year", rng.randint(2008, 2025))
    f("year2", rng.randint(1995, 2023))
    f("age", age)
    f("age2", rng.randint(24, 78))
    f("eponym", rng.choice(EPONYMS))
    f("eponym2", rng.choice(EPONYMS))
    f("brand", rng.choice(DRUG_BRANDS))
    f("brand2", rng.choice(DRUG_BRANDS))
    f("role", rng.choice(ROLES))
    f("role2", rng.choice(ROLES))
    f("org", rng.choice(ORGS))
    f("org2", rng.choice(ORGS))
    f("room", f"{rng.randint(2, 9)}{rng.randint(0, 4)}{rng.randint(1, 40):02d}")
    f("bed", rng.choice(["A", "B", "W", "1", "2"]))
    f("chair", rng.randint(1, 32))
    f("money", f"${rng.randint(12, 48000):,}.{rng.randint(0, 99):02d}")
    f("money2", f"${rng.randint(25, 9000):,}")
    f("income", f"${rng.randint(11, 96) * 1000:,}")
    f("fpl", f"{rng.randint(90, 500)}%")
    f("household", rng.randint(1, 7))
    f(
        "cpt",
        rng.choice(
            [
                "96413",
                "96415",
                "96417",
                "96367",
                "96375",
                "77263",
                "77290",
                "77334",
                "77301",
                "77386",
                "77427",
                "38241",
                "38206",
                "36591",
                "86812",
                "86817",
                "81374",
                "99215",
                "G0498",
            ]
        ),
    )
    f("cpt2", rng.choice(["96413", "96401", "77412", "77300", "86828", "86832", "36415", "99214", "99204"]))
    f(
        "hcpcs",
        rng.choice(
            [
                "J9035",
                "J9271",
                "J9306",
                "J9299",
                "J9045",
                "J9263",
                "J2505",
                "J1442",
                "Q2041",
                "Q2053",
                "A9270",
                "S8095",
                "A6531",
                "A6545",
                "E0652",
                "J7503",
                "J7517",
            ]
        ),
    )
    f(
        "ndc",
        rng.choice(
            [
                f"{_d(rng, 5)}-{_d(rng, 4)}-{_d(rng, 2)}",
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}",
                f"{_d(rng, 5)}-{_d(rng, 3)}-{_d(rng, 2)}",
            ]
        ),
    )
    f(
        "loinc",
        rng.choice(
            [
                "2160-0",
                "718-7",
                "777-3",
                "26499-4",
                "2857-1",
                "10334-1",
                "24108-3",
                "13969-1",
                "33914-3",
                "3520-4",
                "46427-3",
            ]
        ),
    )
    f(
        "snomed",
        rng.choice(
            [
                "254637007",
                "363346000",
                "372064008",
                "1156196004",
                "371480007",
                "433144002",
                "709044004",
                "118601006",
            ]
        ),
    )
    f("rev", rng.choice(["0335", "0260", "0636", "0333", "0810", "0815", "0360", "0391"]))
    f("drg", rng.choice(["016", "014", "008", "846", "847", "652", "005", "018", "837"]))
    f(
        "lot",
        rng.choice(
            [
                f"{_L(rng, 2)}{_d(rng, 5)}",
                f"{_d(rng, 6)}{_L(rng, 1)}",
                f"Lot {_a(rng, 7)}".removeprefix("Lot "),
            ]
        ),
    )
    f("exp", f"{rng.randint(2026, 2029)}-{rng.randint(1, 12):02d}")
    f(
        "form",
        rng.choice(
            [
                f"ONC-{_d(rng, 3)}",
                f"Form {rng.randint(100, 990)}-{rng.choice('ABC')}",
                f"TX-{_d(rng, 4)} rev {rng.randint(1, 9)}",
                f"CIBMTR {rng.choice(['2400', '2402', '2450', '4000', '4100'])}",
                f"F-{_d(rng, 3)}.{rng.randint(1, 9)}",
            ]
        ),
    )
    f("form_ver", f"v{rng.randint(1, 9)}.{rng.randint(0, 12)}")
    f(
        "policy",
        rng.choice(
            [
                f"PP-ONC-{_d(rng, 3)}",
                f"ADM {rng.randint(1, 40)}.{_d(rng, 2)}",
                f"NUR-{_d(rng, 4)}",
                f"SOP-CT-{_d(rng, 3)}",
                f"RAD-QA-{_d(rng, 2)}",
            ]
        ),
    )
    f(
        "protocol",
        rng.choice(
            [
                "NRG-GY018",
                "SWOG S1826",
                "ECOG-ACRIN EA5163",
                "Alliance A011801",
                "COG AALL1731",
                "BMT CTN 1703",
                "CALGB 10403",
                "NRG-BR007",
                f"IRB {rng.randint(2019, 2025)}-{_d(rng, 4)}",
            ]
        ),
    )
    f(
        "pathway",
        rng.choice(
            [
                f"ONC-PW-{_d(rng, 3)}",
                f"PW {rng.randint(1, 60)}.{rng.randint(0, 9)}",
                f"CP-{_L(rng, 2)}-{_d(rng, 2)}",
            ]
        ),
    )
    f(
        "variance",
        rng.choice(
            [
                "V-03 patient preference",
                "V-11 toxicity hold",
                "V-07 payer denial",
                "V-02 clinical trial enrolment",
                "V-09 comorbidity (CrCl < 30)",
                "V-14 drug shortage",
            ]
        ),
    )
    f("state_abbr", rng.choice(["ME", "PA", "NM", "OH", "MN", "TX", "WA", "LA"]))
    f(
        "antiemetic",
        rng.choice(
            [
                "ondansetron 16 mg PO",
                "palonosetron 0.25 mg IV",
                "fosaprepitant 150 mg IV",
                "olanzapine 5 mg PO qHS",
                "dexamethasone 12 mg IV",
                "granisetron 1 mg IV",
            ]
        ),
    )
    f(
        "premed",
        rng.choice(
            [
                "diphenhydramine 25 mg IV + famotidine 20 mg IV",
                "acetaminophen 650 mg PO",
                "dexamethasone 20 mg PO 12 and 6 h prior",
                "hydrocortisone 100 mg IV",
            ]
        ),
    )
    f(
        "gcsf",
        rng.choice(
            [
                "pegfilgrastim 6 mg SC on-body injector",
                "filgrastim-sndz 480 mcg SC daily x5",
                "no G-CSF (FN risk < 10%)",
                "pegfilgrastim-jmdb 6 mg SC D2",
            ]
        ),
    )
    f(
        "ctcae",
        rng.choice(
            [
                "grade 1 peripheral neuropathy",
                "grade 2 diarrhea",
                "grade 3 neutropenia",
                "grade 1 CRS (fever only)",
                "ICANS grade 2 (ICE 6)",
                "grade 2 mucositis",
                "grade 1 hand-foot syndrome",
                "grade 2 fatigue",
                "no toxicity",
            ]
        ),
    )
    f("chair_min", rng.choice([30, 60, 90, 120, 180, 240, 360]))
    f("percent", f"{rng.randint(5, 100)}%")
    f("num", rng.randint(2, 48))
    f("vol", f"{rng.randint(50, 1000)} mL")
    f("rate", f"{rng.randint(25, 400)} mL/h")
    f("ext", f"x{rng.randint(2000, 7999)}")
    f("pager", f"pgr {rng.randint(1000, 9999)}")
    f("garment", rng.choice(GARMENTS))
    f("garment_size", rng.choice(["S regular", "M long", "L", "XL short", "custom"]))
    f("mmhg", rng.choice(["15-20", "20-30", "30-40", "ccl 2 (23-32)", "ccl 1 (18-21)"]))
    f("wig_cap", rng.choice(["petite", "average", "large", "average/large"]))
    f("count", rng.randint(3, 19))
    f("tbsa", f"{rng.randint(10, 85)}%")
    f("ischemia", f"{rng.randint(2, 30)} h {rng.randint(0, 59)} min")
    f("abo", rng.choice(["O+", "A+", "B-", "AB+", "A2", "O-", "B+"]))
    f("blood_type_donor", rng.choice(["O+", "A+", "A-", "B+", "AB-"]))
    f("bmi", f"{rng.uniform(17.5, 41):.1f}")
    f("ef", f"{rng.randint(20, 70)}%")
    f("gfr", rng.randint(12, 110))
    f(
        "dsa",
        rng.choice(
            ["no DSA", "DSA DQ7 MFI 3,200", "weak DSA B44 MFI 1,150", "DSA negative (MFI cutoff 1,000)"]
        ),
    )
    f(
        "xm",
        rng.choice(
            [
                "T-cell FCXM negative (28 MCS)",
                "B-cell FCXM positive (212 MCS)",
                "virtual XM compatible",
                "CDC negative",
            ]
        ),
    )
    return v
