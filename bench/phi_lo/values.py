"""Invented values for set O (coverage and benefits paperwork): one identity per note, and look-alikes.

``identifiers(rng)`` returns typed values (gold spans); ``lookalikes(rng)`` returns untyped filler that a
careless screen would flag (plan names, payer IDs, NAIC codes, BIN/PCN, CARC/RARC, CPT/HCPCS/ICD-10, money,
form numbers, organisations' toll-free numbers and PO boxes). Everything is drawn from ``rng`` only.
"""

from __future__ import annotations

import datetime as _dt
import random

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
PH, FX, EM, SSN = PhiType.PHONE, PhiType.FAX, PhiType.EMAIL, PhiType.SSN
MRN, HP, ACC, LIC = PhiType.MRN, PhiType.HEALTH_PLAN_ID, PhiType.ACCOUNT, PhiType.LICENSE
VEH, DEV, URL, IP = PhiType.VEHICLE_ID, PhiType.DEVICE_ID, PhiType.URL, PhiType.IP_ADDRESS
BIO, PHO, OID = PhiType.BIOMETRIC, PhiType.PHOTO, PhiType.OTHER_ID

# --- name pools (many origins; hyphens, particles, apostrophes, word-names, place-names) -------------
FIRST_F = [
    "Ana",
    "Mei-Ling",
    "Priya",
    "Siobhan",
    "Fatima",
    "Oluwaseun",
    "Hana",
    "Rose",
    "Summer",
    "Joy",
    "Faith",
    "Georgia",
    "Florence",
    "Paris",
    "Brook",
    "Zoë",
    "Lucía",
    "Marisol",
    "Agnieszka",
    "Thuy",
    "Aaliyah",
    "Ngozi",
    "Ingrid",
    "Keiko",
    "Shanice",
    "Dolores",
    "Bernadette",
    "Yasmin",
    "Chiamaka",
    "Mary Ellen",
    "Anne-Marie",
    "Esperanza",
    "Leilani",
    "Olga",
    "Svetlana",
    "Precious",
    "Wren",
    "Ivy",
    "Carmen",
    "Guadalupe",
    "Aiyana",
    "Deja",
    "Ruth",
    "Hope",
    "Dakota",
    "Sunita",
    "Elif",
    "Maëlle",
]
FIRST_M = [
    "Tomasz",
    "Kwame",
    "Dmitri",
    "José",
    "Hunter",
    "Will",
    "Chase",
    "Grant",
    "Austin",
    "Jordan",
    "Dale",
    "Bill",
    "Guy",
    "Rocco",
    "Minh",
    "Tariq",
    "Jean-Luc",
    "Rahul",
    "Chidi",
    "Bao",
    "Ezekiel",
    "Santiago",
    "Lars",
    "Hamid",
    "Kofi",
    "Juan Carlos",
    "Padraig",
    "Tevita",
    "Rustam",
    "Wyatt",
    "Mason",
    "Earl",
    "DeShawn",
    "Raymond",
    "Akira",
    "Yusuf",
    "Bohdan",
    "Cruz",
    "Sterling",
    "Lincoln",
    "Reed",
    "Ahmad",
]
LAST = [
    "O'Connell",
    "de la Cruz",
    "van der Berg",
    "Nakamura",
    "Okafor",
    "Abdi",
    "Nguyen",
    "Kowalczyk",
    "Hernández-Ruiz",
    "Smith-Jones",
    "MacLeod",
    "Al-Sayed",
    "Rivera",
    "Bird",
    "Hill",
    "Street",
    "Young",
    "King",
    "Rice",
    "Wolf",
    "Baker",
    "Fox",
    "Bishop",
    "Lake",
    "Marsh",
    "Banks",
    "Dallas",
    "Lincoln",
    "Brooks",
    "Chen",
    "Li",
    "Le",
    "Ng",
    "Singh",
    "Patel",
    "Haddad",
    "Ivanova",
    "Papadopoulos",
    "Peña",
    "Müller",
    "D'Angelo",
    "St. Pierre",
    "Van Buren",
    "del Rosario",
    "Mbeki",
    "Oyelaran-Baptiste",
    "Tran-Whitfield",
    "Kealoha",
    "Begay",
    "Yazzie",
    "Schwartz",
    "Gutiérrez",
    "McAllister",
    "Winter",
    "Christmas",
    "Love",
    "Sharp",
    "Price",
    "Washington",
    "Mendoza",
    "Kaur",
    "Hussain",
    "Sørensen",
    "Lindqvist",
    "Achebe",
    "Fitzgerald",
    "Obi",
    "Cohen",
    "Friedman",
    "Romano",
    "Esposito",
    "Ortega",
    "Lopez",
    "Cardenas",
    "Ahn",
    "Park",
    "Kim",
    "Yamamoto",
    "Dubois",
    "Lefèvre",
    "Petrov",
    "Novak",
]
NICK = {
    "William": "Bill",
    "Robert": "Bobby",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "Richard": "Dick",
    "Katherine": "Kit",
    "Alexander": "Sasha",
    "Theodore": "Teddy",
    "Josephine": "Jo",
    "Francisco": "Paco",
}

# --- places ------------------------------------------------------------------------------------------
CITIES = [
    "Brierfield",
    "Cedar Falls",
    "Port Elspeth",
    "Marion",
    "Lakewood",
    "North Haverbrook",
    "Glen Ellery",
    "Fort Calder",
    "Millbrook",
    "Red Wing",
    "Harlow Springs",
    "Oak Ridge",
    "San Benito",
    "Wickliffe",
    "Paris",
    "Florence",
    "Lebanon",
    "Eden Prairie",
    "Bay Minette",
    "Kearny",
    "Ashtabula",
    "Tahlequah",
    "Las Cruces",
    "Yakima",
    "Hilo",
    "Bemidji",
    "Dalton",
    "Grand Isle",
    "Story City",
    "Truth or Consequences",
    "St. Albans",
    "Ste. Genevieve",
    "Coeur d'Alene",
    "La Crosse",
    "Winter Haven",
    "Hope",
    "Liberty",
]
COUNTIES = [
    "Dakota",
    "Kern",
    "Cherokee",
    "Lake",
    "Marion",
    "Washington",
    "Hidalgo",
    "Yakima",
    "Hawaii",
    "Beltrami",
    "St. Louis",
    "Ottawa",
    "Kanawha",
    "Pima",
    "Oneida",
    "Story",
    "Coconino",
    "Union",
]
STATES = [
    "MN",
    "CA",
    "OK",
    "OH",
    "TX",
    "WA",
    "HI",
    "IA",
    "NM",
    "WI",
    "FL",
    "NY",
    "GA",
    "MO",
    "ID",
    "VT",
    "AZ",
    "NJ",
    "AL",
    "WV",
    "Minnesota",
    "Ohio",
    "Texas",
    "New Mexico",
    "Iowa",
]
STREETS = [
    "Larkspur",
    "Oak",
    "Maple",
    "Harmon",
    "Quarry",
    "Sycamore",
    "Old Mill",
    "Martin Luther King Jr",
    "Cesar Chavez",
    "Prairie View",
    "Kamehameha",
    "Lakeshore",
    "Cottonwood",
    "Juniper",
    "Elm",
    "Ridgecrest",
    "Bayou",
    "Wolf Creek",
    "Sunset",
    "Independence",
    "Mission",
    "Division",
]
SUFFIX = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Ln",
    "Dr",
    "Drive",
    "Blvd",
    "Ct",
    "Way",
    "Pl",
    "Pkwy",
    "Hwy",
    "Trl",
    "Cir",
]
FAC_SUFFIX = [
    "Regional Medical Center",
    "Community Hospital",
    "Memorial Hospital",
    "Family Clinic",
    "Surgery Center",
    "Dialysis Center",
    "Imaging Center",
    "Health Center",
    "VA Clinic",
    "Urgent Care",
    "Orthopedic Associates",
]

PLANS = [
    "Blue Peak Health Plan",
    "Meridian Mutual Health",
    "Cascadia Care PPO",
    "Tri-River Health Partners",
    "Keystone Choice HMO",
    "Harborview Benefit Trust",
    "Evergreen Advantage (HMO-POS)",
    "Lumen Health Co-op",
    "NorthStar Medicaid Managed Care",
    "Summit Employee Benefit Plan",
    "Apex Medicare Advantage PPO",
    "Guardian Oak Dental",
    "Clearwater Vision Plus",
    "Unity Silver 3500",
    "Bronze HSA 7000",
    "Gold 500 Copay EPO",
    "Pinnacle Part D Basic",
    "Sapphire Rx Plus (PDP)",
]
EMPLOYERS = [
    "Harrow & Finch Logistics LLC",
    "Brightline Manufacturing Inc.",
    "Cobalt Software Group",
    "Orchard Valley School District",
    "Tidewater Hospitality Co.",
    "Quantum Freight Systems",
    "Granite State Builders",
    "Meadowlark Foods",
    "Ironwood Staffing Solutions",
    "Ardent Analytics",
]
TPAS = ["BenefitBridge Administrators", "ClearPath TPA", "Keel Benefits Services", "Sentinel Claims Group"]
DISAB_CARRIERS = [
    "Beacon Mutual Life",
    "Cornerstone Disability Insurance Co.",
    "Tandem Life & Disability",
    "Allegiant Income Protection",
]
MANUF = ["Halvern Pharmaceuticals", "Novaris Bio", "Quellen Therapeutics", "Ostra Pharma US"]
AUTO = ["Granite Auto Insurance", "SafeHarbor Casualty", "Pioneer Mutual Auto", "Redline General Insurance"]
IROS = [
    "Maximus Federal Services",
    "Independent Review Institute",
    "National Medical Reviews Inc.",
    "Pacific Review Organization",
]


# --- small helpers -----------------------------------------------------------------------------------
def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _luhn_check(num: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_check("80840" + base)


def dea(rng: random.Random, last: str) -> str:
    initial = next((c.upper() for c in last if c.isalpha()), "X")
    d = [int(c) for c in _digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


def mbi(rng: random.Random, dashed: bool) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + "0123456789"
    s = (
        rng.choice("123456789")
        + rng.choice(alpha)
        + rng.choice(alnum)
        + rng.choice("0123456789")
        + rng.choice(alpha)
        + rng.choice(alnum)
        + rng.choice("0123456789")
        + rng.choice(alpha)
        + rng.choice(alpha)
        + _digits(rng, 2)
    )
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def vin(rng: random.Random) -> str:
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
    v[0] = rng.choice("12345JKW")
    v[9] = rng.choice("NPRSTV")  # model year 2022-2027
    for i in range(12, 17):
        v[i] = rng.choice("0123456789")
    total = sum(trans[c] * w for c, w in zip(v, weights, strict=True))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v)


def aba(rng: random.Random) -> str:
    while True:
        d = [int(c) for c in _digits(rng, 8)]
        d[0] = rng.choice([0, 1, 2, 3])
        for last in range(10):
            x = [*d, last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + x[2] + x[5] + x[8]) % 10 == 0:
                return "".join(map(str, x))


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
MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]


def _fmt(d: _dt.date, style: int) -> str:
    m = MONTHS[d.month - 1]
    return [
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        d.isoformat(),
        f"{m} {d.day}, {d.year}",
        f"{d.day} {m[:3]} {d.year}",
        f"{m[:3]}. {d.day}, {d.year}",
        f"{d.month:02d}-{d.day:02d}-{d.year}",
        f"{m[:3].upper()} {d.day:02d} {d.year}",
        f"{d.month}/{d.day}/{d.year}",
    ][style]


def _date_forms(rng: random.Random, key: str, d: _dt.date, style: int) -> dict[str, Value]:
    own = style if rng.random() < 0.8 else rng.randrange(9)
    return {
        key: (D, _fmt(d, own)),
        f"{key}_n": (D, f"{d.month:02d}/{d.day:02d}/{d.year}"),
        f"{key}_iso": (D, d.isoformat()),
        f"{key}_x": (D, f"{d.year}{d.month:02d}{d.day:02d}"),
        f"{key}_l": (D, f"{MONTHS[d.month - 1]} {d.day}, {d.year}"),
        f"{key}_md": (D, rng.choice([f"{MONTHS[d.month - 1][:3]} {d.day}", f"{d.month}/{d.day}"])),
        f"{key}_es": (D, f"{d.day} de {MESES[d.month - 1]} de {d.year}"),
        f"{key}_up": (D, _fmt(d, 7)),
    }


def _phone(rng: random.Random) -> str:
    area = rng.choice(["312", "651", "505", "808", "919", "414", "973", "206", "580", "304", "218", "719"])
    line = f"01{rng.randrange(100):02d}"
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area}5550{line[1:]}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"{area} 555 {line}",
        ]
    )


def _tollfree(rng: random.Random) -> str:
    pre = rng.choice(["800", "888", "877", "866", "855", "844"])
    n = f"{rng.randrange(200, 999)}-{rng.randrange(1000, 9999)}"
    return rng.choice([f"1-{pre}-{n}", f"({pre}) {n}", f"{pre}-{n}", f"1 ({pre}) {n}"])


def _email(rng: random.Random, first: str, last: str) -> str:
    f = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "member"
    la = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "user"
    user = rng.choice(
        [
            f"{f}.{la}",
            f"{f[0]}{la}",
            f"{la}{f[0]}{rng.randrange(10, 99)}",
            f"{f}_{la}{rng.randrange(1950, 2005)}",
            f"{f}{rng.randrange(100, 999)}",
            f"{la}.family",
        ]
    )
    dom = rng.choice(
        [
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "inbox.test",
            "famlaw.example.org",
            "post.example.net",
        ]
    )
    return f"{user}@{dom}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return f"2001:db8:{rng.randrange(0x1000, 0xFFFF):x}::{rng.randrange(1, 0xFFFF):x}"
    first = rng.choice([73, 98, 174, 24, 67, 108, 192, 203, 198, 71, 99, 172])
    return f"{first}.{rng.randrange(0, 256)}.{rng.randrange(0, 256)}.{rng.randrange(1, 255)}"


def _ocr(rng: random.Random, s: str) -> str:
    swaps = {"0": "O", "O": "0", "1": "l", "I": "1", "5": "S", "S": "5", "8": "B", "B": "8", "l": "1"}
    out = list(s)
    for _ in range(2):
        idxs = [i for i, c in enumerate(out) if c in swaps]
        if idxs:
            i = rng.choice(idxs)
            out[i] = swaps[out[i]]
    return "".join(out)


def _person(rng: random.Random, last: str | None = None) -> tuple[str, str, str]:
    first = rng.choice(FIRST_F + FIRST_M)
    mid = rng.choice("ABCDEFGHJKLMNPRSTW")
    return first, mid, last or rng.choice(LAST)


# --- identifiers (typed: gold) --------------------------------------------------------------------------
def identifiers(rng: random.Random) -> dict[str, Value]:
    v: dict[str, Value] = {}
    first, mid, last = _person(rng)
    v["pt"] = (N, f"{first} {last}")
    v["pt_full"] = (N, f"{first} {mid}. {last}")
    v["pt_lf"] = (N, rng.choice([f"{last}, {first} {mid}.", f"{last}, {first}"]))
    v["pt_caps"] = (
        N,
        rng.choice(
            [f"{first} {last}".upper(), f"{last}, {first}".upper(), f"{last.upper()} {first.upper()} {mid}"]
        ),
    )
    v["pt_first"] = (N, first)
    v["pt_last"] = (N, last)
    v["pt_init"] = (N, f"{first[0]}. {last}")
    v["pt_ocr"] = (
        N,
        _ocr(rng, f"{first} {last}".upper()) if rng.random() < 0.5 else f"{first} {last}".upper(),
    )
    nick_src = rng.choice(list(NICK))
    v["pt_nick_full"] = (N, f"{nick_src} \u201c{NICK[nick_src]}\u201d {last}")
    sub_last = last if rng.random() < 0.55 else rng.choice(LAST)
    sf, sm, sl = _person(rng, sub_last)
    v["sub"] = (N, f"{sf} {sl}")
    v["sub_lf"] = (N, f"{sl}, {sf} {sm}.")
    v["sub_first"] = (N, sf)
    v["sub_caps"] = (N, f"{sf} {sm} {sl}".upper())
    rf, _, rl = _person(rng, last if rng.random() < 0.5 else None)
    v["rel"] = (N, f"{rf} {rl}")
    v["rel_first"] = (N, rf)
    r2f, _, r2l = _person(rng)
    v["rel2"] = (N, f"{r2f} {r2l}")
    df, dm, dl = _person(rng)
    v["dr"] = (N, f"{df} {dl}")
    v["dr_full"] = (N, f"{df} {dm}. {dl}")
    v["dr_lf"] = (N, f"{dl}, {df}")
    v["dr_last"] = (N, dl)
    v["dr_caps"] = (N, f"{dl}, {df}".upper())
    d2f, _, d2l = _person(rng)
    v["dr2"] = (N, f"{d2f} {d2l}")
    v["dr2_last"] = (N, d2l)
    nf, _, nl = _person(rng)
    v["nurse"] = (N, f"{nf} {nl}")
    v["nurse_first"] = (N, nf)
    cf, _, cl = _person(rng)
    v["csr"] = (N, rng.choice([cf, f"{cf} {cl[0]}", f"{cf} {cl}"]))
    af, am, al = _person(rng)
    v["atty"] = (N, f"{af} {am}. {al}")
    v["atty_last"] = (N, al)
    hf, _, hl = _person(rng)
    v["hr"] = (N, f"{hf} {hl}")
    bf, _, bl = _person(rng)
    v["agent"] = (N, f"{bf} {bl}")
    v["kid"] = (N, f"{rng.choice(FIRST_F + FIRST_M)} {last}")
    v["kid_first"] = (N, v["kid"][1].split(" ")[0])

    # dates
    style = rng.randrange(9)
    today = _dt.date(2025, 1, 1) + _dt.timedelta(days=rng.randrange(0, 600))
    born = _dt.date(rng.randrange(1938, 2012), rng.randrange(1, 13), rng.randrange(1, 29))
    age90 = rng.randrange(90, 105)
    born_old = _dt.date(
        today.year - age90 - (1 if rng.random() < 0.5 else 0), rng.randrange(1, 13), rng.randrange(1, 29)
    )
    sub_born = _dt.date(rng.randrange(1945, 2000), rng.randrange(1, 13), rng.randrange(1, 29))
    dos = today - _dt.timedelta(days=rng.randrange(20, 200))
    for key, d in [
        ("dob", born),
        ("dob_old", born_old),
        ("sub_dob", sub_born),
        ("kid_dob", _dt.date(rng.randrange(2008, 2024), rng.randrange(1, 13), rng.randrange(1, 29))),
        ("dos", dos),
        ("dos2", dos + _dt.timedelta(days=rng.randrange(1, 40))),
        ("ndate", today),
        ("prior", today - _dt.timedelta(days=rng.randrange(2, 16))),
        ("rdate", today + _dt.timedelta(days=rng.randrange(3, 20))),
        ("due", today + _dt.timedelta(days=rng.choice([30, 45, 60, 65, 90, 120, 180]))),
        ("eff", _dt.date(today.year + rng.choice([0, 1]), rng.randrange(1, 13), 1)),
        ("term", _dt.date(today.year, rng.randrange(1, 13), rng.choice([28, 27, 1, 15]))),
        ("acc", dos - _dt.timedelta(days=rng.randrange(0, 10))),
        ("sig", today + _dt.timedelta(days=rng.randrange(0, 5))),
        ("adm", dos),
        ("dis", dos + _dt.timedelta(days=rng.randrange(1, 9))),
        ("onset", dos - _dt.timedelta(days=rng.randrange(30, 900))),
        ("rtw", dos + _dt.timedelta(days=rng.randrange(14, 120))),
        ("hire", _dt.date(rng.randrange(1995, 2024), rng.randrange(1, 13), rng.randrange(1, 29))),
    ]:
        v.update(_date_forms(rng, key, d, style))
    v["age90"] = (A, str(age90))
    v["age90_w"] = (
        A,
        rng.choice(
            [
                "ninety",
                "ninety-one",
                "ninety-two",
                "ninety-three",
                "ninety-four",
                "ninety-six",
                "ninety-eight",
                "one hundred",
                "one hundred and one",
            ]
        ),
    )

    # places
    city = rng.choice(CITIES)
    v["street"] = (
        L,
        f"{rng.randrange(2, 9999)} {rng.choice(['', '', '', 'N ', 'W ', 'S. ', 'E '])}{rng.choice(STREETS)} {rng.choice(SUFFIX)}",
    )
    v["street_caps"] = (L, v["street"][1].upper())
    v["unit"] = (
        L,
        rng.choice(
            [
                f"Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}",
                f"Unit {rng.randrange(1, 300)}",
                f"#{rng.randrange(100, 999)}",
                f"Lot {rng.randrange(1, 90)}",
                f"Apt. {rng.randrange(100, 999)}",
                f"Trlr {rng.randrange(1, 40)}",
            ]
        ),
    )
    v["city"] = (L, city)
    v["city_caps"] = (L, city.upper())
    v["county"] = (L, f"{rng.choice(COUNTIES)} County")
    z = f"{rng.randrange(10000, 99950):05d}"
    v["zip"] = (L, z if rng.random() < 0.65 else f"{z}-{_digits(rng, 4)}")
    v["zip5"] = (L, z)
    v["street2"] = (L, f"{rng.randrange(10, 9999)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}")
    v["city2"] = (L, rng.choice(CITIES))
    v["zip2"] = (L, f"{rng.randrange(10000, 99950):05d}")
    fcity = rng.choice(CITIES)
    v["facility"] = (L, f"{fcity} {rng.choice(FAC_SUFFIX)}")
    v["fac_street"] = (L, f"{rng.randrange(100, 9999)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}")
    v["fac_city"] = (L, fcity)
    v["fac_zip"] = (L, f"{rng.randrange(10000, 99950):05d}")
    v["org_city"] = (L, rng.choice(CITIES))
    v["org_zip"] = (L, f"{rng.randrange(10000, 99950):05d}-{_digits(rng, 4)}")
    v["acc_addr"] = (L, f"{rng.randrange(100, 9999)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}")
    v["acc_city"] = (L, rng.choice(CITIES))

    # contact
    v["phone"] = (PH, _phone(rng))
    v["phone2"] = (PH, _phone(rng))
    v["dr_phone"] = (PH, _phone(rng))
    v["fax"] = (FX, _phone(rng))
    v["fax2"] = (FX, _phone(rng))
    v["email"] = (EM, _email(rng, first, last))
    v["email2"] = (EM, _email(rng, af, al))
    v["email_hr"] = (EM, _email(rng, hf, hl))
    v["ip"] = (IP, _ip(rng))
    v["ip2"] = (IP, _ip(rng))
    slug = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "member"
    tok = _letters(rng, 4, "abcdefghjkmnpqrstuvwxyz") + _digits(rng, 5)
    v["url"] = (
        URL,
        rng.choice(
            [
                f"https://member.bluepeak.example.com/claims/{_digits(rng, 11)}/eob.pdf",
                f"https://portal.example.org/m/{tok}/appeals",
                f"https://www.example.com/u/{slug}{rng.randrange(10, 99)}",
                f"http://secure-upload.example.net/case?ref={tok}",
                f"https://benefits.example.org/hsa/receipts/{tok}.jpg",
                f"https://gofund.example.com/help-{slug}-family",
            ]
        ),
    )
    v["url2"] = (
        URL,
        rng.choice(
            [
                f"https://my.example.org/profile/{tok}",
                f"https://docs.example.com/s/{tok}x{_digits(rng, 3)}",
                f"https://caringpage.example.net/{slug}",
            ]
        ),
    )

    # numbers
    area = f"{rng.randrange(100, 899):03d}"
    ssn = f"{area}-{rng.randrange(10, 99)}-{_digits(rng, 4)}"
    v["ssn"] = (SSN, rng.choice([ssn, ssn.replace("-", " "), ssn.replace("-", ""), ssn]))
    v["ssn_d"] = (SSN, ssn)
    v["ssn_mask"] = (SSN, rng.choice([f"XXX-XX-{ssn[-4:]}", f"***-**-{ssn[-4:]}", f"xxx-xx-{ssn[-4:]}"]))
    v["sub_ssn"] = (SSN, f"{rng.randrange(100, 899):03d}-{rng.randrange(10, 99)}-{_digits(rng, 4)}")
    v["mrn"] = (
        MRN,
        rng.choice(
            [
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"MR-{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                f"00{_digits(rng, 7)}",
            ]
        ),
    )
    pre = _letters(rng, 3)
    mem = rng.choice(
        [
            f"{pre}{_digits(rng, 9)}",
            f"W{_digits(rng, 9)}",
            f"{_digits(rng, 9)}-0{rng.randrange(1, 4)}",
            f"{pre} {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"M{_digits(rng, 8)}0{rng.randrange(1, 4)}",
            f"{_letters(rng, 1)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
            f"U{_digits(rng, 10)}",
        ]
    )
    v["member_id"] = (HP, mem)
    v["member_id_ocr"] = (HP, _ocr(rng, mem))
    v["sub_id"] = (
        HP,
        rng.choice([f"{pre}{_digits(rng, 9)}", f"{_digits(rng, 9)}-00", f"S{_digits(rng, 8)}"]),
    )
    v["member_id2"] = (
        HP,
        rng.choice([f"{_letters(rng, 3)}{_digits(rng, 8)}", f"{_digits(rng, 11)}", f"H{_digits(rng, 9)}"]),
    )
    v["mbi"] = (HP, mbi(rng, rng.random() < 0.4))
    v["mbi_d"] = (HP, mbi(rng, True))
    v["medicaid_id"] = (
        HP,
        rng.choice(
            [
                f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
                _digits(rng, 10),
                f"{_digits(rng, 12)}",
                f"MCD-{_digits(rng, 9)}",
                f"{_digits(rng, 8)}{_letters(rng, 1)}",
            ]
        ),
    )
    v["group_no"] = (
        HP,
        rng.choice(
            [
                f"{_digits(rng, 7)}",
                f"GRP{_digits(rng, 5)}-{_digits(rng, 4)}",
                f"{_letters(rng, 1)}{_digits(rng, 5)}",
                f"{_digits(rng, 6)}-{_letters(rng, 2)}{_digits(rng, 1)}",
                f"0{_digits(rng, 5)}M{_digits(rng, 3)}",
            ]
        ),
    )
    v["group_no2"] = (HP, f"{_digits(rng, 5)}{_letters(rng, 1)}")
    v["rxgrp"] = (
        HP,
        rng.choice([f"RX{_digits(rng, 4)}", f"{_letters(rng, 3)}{_digits(rng, 3)}", f"{_digits(rng, 6)}"]),
    )
    v["policy_no"] = (
        HP,
        rng.choice(
            [
                f"{_letters(rng, 2)}-{_digits(rng, 7)}",
                f"{_digits(rng, 6)}-{_digits(rng, 3)}",
                f"LTD{_digits(rng, 6)}",
                f"GP {_digits(rng, 6)}",
            ]
        ),
    )
    v["copay_id"] = (
        HP,
        rng.choice(
            [
                _digits(rng, 11),
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
                f"CP{_digits(rng, 9)}",
            ]
        ),
    )
    v["claim_no"] = (
        ACC,
        rng.choice(
            [
                f"{today.year % 100}{_digits(rng, 11)}",
                f"E{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 7)}",
                f"CLM{_digits(rng, 10)}",
                f"{_digits(rng, 4)} {_digits(rng, 5)} {_digits(rng, 4)}",
            ]
        ),
    )
    v["claim_no2"] = (ACC, f"{_digits(rng, 13)}")
    v["acct"] = (
        ACC,
        rng.choice(
            [
                f"HAR {_digits(rng, 10)}",
                _digits(rng, 9),
                f"PA{_digits(rng, 7)}",
                f"{_digits(rng, 6)}-{_digits(rng, 2)}",
                f"V{_digits(rng, 8)}",
            ]
        ),
    )
    v["inv_acct"] = (
        ACC,
        rng.choice(
            [
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"PRM{_digits(rng, 8)}",
                _digits(rng, 12),
            ]
        ),
    )
    v["hsa_acct"] = (
        ACC,
        rng.choice([f"HSA-{_digits(rng, 8)}", _digits(rng, 10), f"{_letters(rng, 2)}{_digits(rng, 9)}"]),
    )
    v["bank_acct"] = (
        ACC,
        rng.choice([_digits(rng, 10), _digits(rng, 12), f"{_digits(rng, 4)}-{_digits(rng, 6)}"]),
    )
    v["dis_claim"] = (
        ACC,
        rng.choice(
            [
                f"STD-{_digits(rng, 8)}",
                f"{_digits(rng, 9)}",
                f"LTD {_digits(rng, 3)}-{_digits(rng, 5)}",
                f"DC{_digits(rng, 7)}",
            ]
        ),
    )
    v["auto_claim"] = (
        ACC,
        rng.choice(
            [
                f"{_digits(rng, 2)}-{_digits(rng, 5)}-{_digits(rng, 3)}",
                f"AC{_digits(rng, 9)}",
                f"{_digits(rng, 10)}",
            ]
        ),
    )
    v["auto_policy"] = (
        ACC,
        rng.choice(
            [
                f"{_letters(rng, 3)}{_digits(rng, 7)}",
                f"{_digits(rng, 3)} {_digits(rng, 4)} {_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 1)}",
            ]
        ),
    )
    v["npi"] = (LIC, npi(rng))
    v["npi2"] = (LIC, npi(rng))
    v["dea"] = (LIC, dea(rng, dl))
    v["dr_lic"] = (
        LIC,
        rng.choice(
            [
                f"MD{_digits(rng, 6)}",
                f"A{_digits(rng, 5)}",
                f"{_digits(rng, 2)}.{_digits(rng, 6)}",
                f"DO-{_digits(rng, 5)}",
                f"G{_digits(rng, 5)}",
            ]
        ),
    )
    v["dl"] = (
        LIC,
        rng.choice(
            [
                f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_letters(rng, 1)}{_digits(rng, 8)}",
                _digits(rng, 9),
                f"{_letters(rng, 1)}{_digits(rng, 12)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            ]
        ),
    )
    v["bar_no"] = (LIC, rng.choice([f"{_digits(rng, 6)}", f"SBN {_digits(rng, 6)}", f"{_digits(rng, 7)}"]))
    v["vin"] = (VEH, vin(rng))
    v["plate"] = (
        VEH,
        rng.choice(
            [
                f"{rng.randrange(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                f"{_letters(rng, 3)} {_digits(rng, 3)}",
                f"{_digits(rng, 3)} {_letters(rng, 3)}",
                f"DV {_digits(rng, 4)}",
            ]
        ),
    )
    v["plate2"] = (VEH, f"{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 1)}{_digits(rng, 3)}")
    v["dev_serial"] = (
        DEV,
        rng.choice(
            [
                f"{_digits(rng, 11)}",
                f"SN {_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}",
                f"0M{_letters(rng, 2)}{_digits(rng, 5)}",
                f"PX{_digits(rng, 7)}",
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
            ]
        ),
    )
    v["udi"] = (
        DEV,
        f"(01)0{_digits(rng, 13)}(17){rng.randrange(26, 30)}{rng.randrange(1, 13):02d}30(21){_letters(rng, 2)}{_digits(rng, 6)}",
    )
    v["dev_serial2"] = (DEV, f"{_letters(rng, 1)}{_digits(rng, 9)}")
    v["voice_id"] = (
        BIO,
        rng.choice(
            [
                f"VP-{_digits(rng, 8)}",
                f"VPR{_letters(rng, 2)}{_digits(rng, 6)}",
                f"vbio_{_letters(rng, 4, 'abcdefghkmnpqrstuvwxyz')}{_digits(rng, 4)}",
            ]
        ),
    )
    v["fp_id"] = (
        BIO,
        rng.choice(
            [f"FP{_digits(rng, 9)}", f"FTMPL-{_digits(rng, 4)}-{_letters(rng, 3)}", f"BIO-{_digits(rng, 7)}"]
        ),
    )
    v["photo"] = (
        PHO,
        rng.choice(
            [
                f"IMG_{today.year}{_digits(rng, 4)}_{_digits(rng, 6)}.jpg",
                f"selfie_{_digits(rng, 6)}.heic",
                f"PH-{_digits(rng, 8)}",
                f"{slug}_face_{_digits(rng, 3)}.png",
                f"idproof_portrait_{tok}.jpg",
                f"VHIC-PHOTO-{_digits(rng, 7)}",
            ]
        ),
    )
    v["case_no"] = (
        OID,
        rng.choice(
            [
                f"APL-{today.year}-{_digits(rng, 6)}",
                f"GRV{_digits(rng, 8)}",
                f"C-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"{_digits(rng, 2)}-{_digits(rng, 6)}A",
                f"CASE {_digits(rng, 9)}",
            ]
        ),
    )
    v["case_no2"] = (OID, f"{_letters(rng, 2)}{_digits(rng, 8)}")
    v["iro_case"] = (
        OID,
        rng.choice(
            [
                f"IRO-{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"ER{today.year}{_digits(rng, 5)}",
                f"{_digits(rng, 7)}-EXT",
            ]
        ),
    )
    v["auth_no"] = (
        OID,
        rng.choice(
            [
                f"PA{_digits(rng, 9)}",
                f"A{_digits(rng, 3)}-{_digits(rng, 5)}",
                f"{_digits(rng, 12)}",
                f"AUTH-{_letters(rng, 2)}{_digits(rng, 6)}",
                f"VA{_digits(rng, 10)}",
            ]
        ),
    )
    v["ref_no"] = (
        OID,
        rng.choice(
            [
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
                f"R{_digits(rng, 10)}",
                f"CRM-{_digits(rng, 7)}",
                f"{_letters(rng, 3)}{_digits(rng, 6)}",
            ]
        ),
    )
    v["app_id"] = (
        OID,
        rng.choice(
            [
                _digits(rng, 10),
                f"APP-{_digits(rng, 9)}",
                f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}",
            ]
        ),
    )
    v["rx_no"] = (
        OID,
        rng.choice(
            [
                _digits(rng, 7),
                f"RX {_digits(rng, 7)}",
                f"{_digits(rng, 6)}-{_digits(rng, 2)}",
                f"Rx#{_digits(rng, 8)}",
            ]
        ),
    )
    v["emp_id"] = (
        OID,
        rng.choice([f"E{_digits(rng, 6)}", _digits(rng, 7), f"{_letters(rng, 2)}{_digits(rng, 5)}"]),
    )
    v["va_file"] = (
        OID,
        rng.choice(
            [
                f"C{_digits(rng, 8)}",
                f"C-{_digits(rng, 2)} {_digits(rng, 3)} {_digits(rng, 3)}",
                _digits(rng, 8),
            ]
        ),
    )
    v["police_no"] = (
        OID,
        rng.choice(
            [
                f"{today.year % 100}-{_digits(rng, 6)}",
                f"RPT{_digits(rng, 8)}",
                f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}",
            ]
        ),
    )
    v["pap_id"] = (
        OID,
        rng.choice(
            [f"PAP-{_digits(rng, 7)}", f"{_letters(rng, 2)}{_digits(rng, 8)}", f"ENR{_digits(rng, 9)}"]
        ),
    )
    v["bnc"] = (
        OID,
        rng.choice(
            [
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 3)}",
                f"BNC# {_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
            ]
        ),
    )
    v["med_case"] = (
        OID,
        rng.choice(
            [
                f"{_digits(rng, 10)}",
                f"{_letters(rng, 1)}{_digits(rng, 8)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
            ]
        ),
    )
    v["dispute_no"] = (
        OID,
        rng.choice(
            [f"DISP-{today.year}-{_digits(rng, 6)}", f"PPDR{_digits(rng, 7)}", f"NSA-{_digits(rng, 8)}"]
        ),
    )
    v["gfe_no"] = (OID, f"GFE-{_digits(rng, 6)}")
    v["student_id"] = (OID, f"S{_digits(rng, 8)}")
    return v


# --- look-alikes (untyped: not gold) ----------------------------------------------------------------------
CPT = [
    ("99213", "office visit, est. pt, low MDM"),
    ("99285", "ED visit, high MDM"),
    ("70553", "MRI brain w/o & w/ contrast"),
    ("29881", "knee arthroscopy/meniscectomy"),
    ("45378", "colonoscopy, diagnostic"),
    ("97110", "therapeutic exercise, 15 min"),
    ("93000", "ECG 12-lead w/ interp"),
    ("80053", "comprehensive metabolic panel"),
    ("36415", "venipuncture"),
    ("72148", "MRI lumbar spine w/o contrast"),
    ("J1745", "infliximab, 10 mg"),
    ("E0601", "CPAP device"),
    ("A4239", "CGM supply allowance, 1 month"),
    ("E0784", "external ambulatory infusion pump"),
    ("90837", "psychotherapy, 60 min"),
    ("A0427", "ALS1 emergency transport"),
    ("A0425", "ground mileage, per statute mile"),
    ("G0439", "annual wellness visit, subsequent"),
    ("J0897", "denosumab, 1 mg"),
    ("27447", "total knee arthroplasty"),
    ("L3908", "wrist hand orthosis"),
    ("V2020", "frames, purchases"),
]
ICD = [
    ("M54.50", "low back pain, unspecified"),
    ("E11.65", "type 2 DM w/ hyperglycemia"),
    ("G47.33", "obstructive sleep apnea"),
    ("S82.201A", "fx shaft of tibia, initial"),
    ("F33.1", "major depressive disorder, recurrent, moderate"),
    ("K50.90", "Crohn's disease"),
    ("G20.A1", "Parkinson's disease w/o dyskinesia"),
    ("E05.00", "Graves' disease w/o crisis"),
    ("M17.11", "primary OA, right knee"),
    ("C50.911", "malignant neoplasm of breast"),
    ("I50.22", "chronic systolic heart failure"),
    ("N18.6", "ESRD"),
    ("G35", "multiple sclerosis"),
    ("Z79.4", "long-term insulin use"),
    ("V43.52XA", "car driver injured in collision"),
    ("M05.79", "rheumatoid arthritis"),
    ("G30.9", "Alzheimer's disease"),
    ("Q90.9", "Down syndrome"),
]
CARC = [
    ("CO-45", "charge exceeds fee schedule/maximum allowable"),
    ("PR-1", "deductible amount"),
    ("PR-2", "coinsurance amount"),
    ("PR-3", "co-payment amount"),
    ("CO-197", "precertification/authorization absent"),
    ("CO-50", "not deemed a medical necessity"),
    ("OA-23", "impact of prior payer adjudication"),
    ("CO-22", "may be covered by another payer (COB)"),
    ("CO-29", "time limit for filing expired"),
    ("PI-204", "service not covered under current benefit plan"),
    ("CO-16", "claim lacks information"),
    ("CO-18", "exact duplicate claim"),
]
RARC = ["N130", "M15", "N386", "MA130", "N59", "M127", "N432", "MA04", "N479", "N522"]
STATUS = ["A1:20", "A2:20", "F1:65", "F2:65", "P1:21", "A7:562", "F4:107", "R4:35", "A3:21"]
NDC = [
    "0002-8215-01",
    "50090-3485-0",
    "0169-4130-13",
    "0074-0554-02",
    "63323-262-01",
    "0088-2220-33",
    "59762-0111-1",
]
DRUGS = [
    "Humira 40 mg/0.4 mL pen",
    "Ozempic 1 mg",
    "Eliquis 5 mg BID",
    "Trulicity 1.5 mg weekly",
    "Stelara 90 mg",
    "Xarelto 20 mg",
    "Dupixent 300 mg",
    "insulin glargine 22 units qHS",
    "metformin ER 1000 mg",
    "Jardiance 10 mg",
    "Entresto 49/51 mg",
    "Biktarvy",
    "Ocrevus 600 mg IV q6mo",
    "Enbrel SureClick 50 mg",
    "Vyvanse 30 mg",
    "sertraline 100 mg",
    "Mounjaro 7.5 mg",
]
DEVICES = [
    ("Dexcom G7", "A4239"),
    ("FreeStyle Libre 3", "A4239"),
    ("Omnipod 5", "A4239"),
    ("Tandem t:slim X2", "E0784"),
    ("ResMed AirSense 11", "E0601"),
    ("Philips DreamStation 2", "E0601"),
    ("Oticon More 1", "V5257"),
    ("Permobil M3 Corpus", "K0861"),
    ("Medtronic MiniMed 780G", "E0784"),
    ("ResMed AirMini", "E0601"),
]
EPONYMS = [
    "Graves' disease",
    "Parkinson's disease",
    "Crohn's disease",
    "Hashimoto's thyroiditis",
    "Bell's palsy",
    "Alzheimer's dementia",
    "Sjögren's syndrome",
    "Guillain-Barré",
    "Cushing's syndrome",
    "Addison's disease",
    "Hodgkin lymphoma",
    "Meniere's disease",
]
ROLES = [
    "the attending",
    "the claims examiner",
    "the nurse reviewer",
    "the medical director",
    "the case manager",
    "the member",
    "the subscriber",
    "the plan sponsor",
    "the benefits coordinator",
    "the treating physician",
    "the appeals analyst",
]
FORMS = [
    "CMS-1500 (02/12)",
    "UB-04",
    "CMS-40B",
    "CMS-L564",
    "SSA-3368-BK",
    "SSA-3373-BK",
    "SSA-827",
    "SSA-44",
    "SSA-8000-BK",
    "VA Form 10-10EZ",
    "VA Form 21-526EZ",
    "VA Form 10-3542",
    "IRS Form 8889",
    "Form 1095-A",
    "Form 1095-B",
    "Form 5498-SA",
    "Form 1099-SA",
    "CMS-10780",
    "Form HHS-OIG-2",
    "SF-15",
    "CMS-20027",
    "DOL EBSA model notice",
]
REVS = [
    "(Rev. 2024)",
    "Ed. 2025",
    "v7.2",
    "OMB No. 0938-1051",
    "OMB No. 0960-0579",
    "(Rev. 3)",
    "OMB No. 0960-0681",
    "Version 2025.1",
]
REV_CODES = ["0450", "0360", "0278", "0636", "0250", "0320", "0730", "0981", "0510", "0942"]
DRGS = ["DRG 470", "MS-DRG 291", "DRG 193", "MS-DRG 871", "DRG 392", "MS-DRG 065"]
LOINC = ["4548-4", "2093-3", "718-7", "2160-0", "33914-3", "1742-6", "14682-9"]
SNOMED = ["44054006", "73211009", "195967001", "399211009", "22298006", "38341003"]
TOS = [
    "Office visit",
    "Emergency room",
    "Outpatient surgery",
    "Lab",
    "Radiology",
    "Physical therapy",
    "Durable medical equipment",
    "Specialty drug",
    "Ambulance",
    "Inpatient stay",
    "Behavioral health",
    "Urgent care",
]
MODS = ["-25", "-59", "-RT", "-LT", "-KX", "-NU", "-RR", "-GA", "-26", "-TC"]


def _money(rng: random.Random, lo: float, hi: float) -> str:
    x = rng.uniform(lo, hi)
    return f"${x:,.2f}"


def lookalikes(rng: random.Random) -> dict[str, Value]:
    v: dict[str, Value] = {}

    def put(key: str, text: str) -> None:
        v[key] = (None, text)

    put("plan", rng.choice(PLANS))
    put("plan2", rng.choice(PLANS))
    put("employer", rng.choice(EMPLOYERS))
    put("tpa", rng.choice(TPAS))
    put("carrier", rng.choice(DISAB_CARRIERS))
    put("manuf", rng.choice(MANUF))
    put("auto_ins", rng.choice(AUTO))
    put("iro", rng.choice(IROS))
    put(
        "payer_id",
        rng.choice(
            [
                _digits(rng, 5),
                f"{_letters(rng, 2)}{_digits(rng, 3)}",
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 2)}",
            ]
        ),
    )
    put("payer_id2", _digits(rng, 5))
    put("naic", _digits(rng, 5))
    put("bin", f"{rng.choice(['0', '6', '0', '01'])}{_digits(rng, 5)}"[:6])
    put(
        "pcn",
        rng.choice(
            [
                "ADV",
                "MEDDADV",
                "CN",
                "9999",
                "A4",
                "PDPIND",
                f"{_letters(rng, 2)}{_digits(rng, 2)}",
                "OHCP",
                "CNRX",
            ]
        ),
    )
    put("cs_phone", _tollfree(rng))
    put("cs_phone2", _tollfree(rng))
    put("plan_fax", _tollfree(rng))
    put("tty", rng.choice(["TTY 711", "TTY: 711", "TTY/TDD 711", f"TTY {_tollfree(rng)}"]))
    put("po_box", f"PO Box {rng.randrange(1000, 99999)}")
    put(
        "po_box2",
        rng.choice([f"P.O. Box {rng.randrange(100, 99999)}", f"PO BOX {rng.randrange(1000, 99999)}"]),
    )
    put("state", rng.choice(STATES))
    put("state2", rng.choice(STATES))
    put("fac_npi", npi(rng))
    put("fein", f"{rng.randrange(10, 99)}-{_digits(rng, 7)}")
    put("routing", aba(rng))
    put("clia", f"{rng.randrange(10, 99)}D{_digits(rng, 7)}")
    put("ncpdp", _digits(rng, 7))
    for i, (code, desc) in enumerate(rng.sample(CPT, 4)):
        put(f"cpt{i or ''}", code)
        put(f"cpt{i or ''}_desc", desc)
    for i, (code, desc) in enumerate(rng.sample(ICD, 3)):
        put(f"icd{i or ''}", code)
        put(f"icd{i or ''}_desc", desc)
    for i, (code, desc) in enumerate(rng.sample(CARC, 3)):
        put(f"carc{i or ''}", code)
        put(f"carc{i or ''}_desc", desc)
    put("rarc", rng.choice(RARC))
    put("rarc1", rng.choice(RARC))
    put("status", rng.choice(STATUS))
    put("ndc", rng.choice(NDC))
    put("drug", rng.choice(DRUGS))
    put("drug1", rng.choice(DRUGS))
    dev, dev_code = rng.choice(DEVICES)
    put("device", dev)
    put("dev_code", dev_code)
    put("eponym", rng.choice(EPONYMS))
    put("role", rng.choice(ROLES))
    put("form", rng.choice(FORMS))
    put("form1", rng.choice(FORMS))
    put("rev", rng.choice(REVS))
    put("rev_code", rng.choice(REV_CODES))
    put("drg", rng.choice(DRGS))
    put("loinc", rng.choice(LOINC))
    put("snomed", rng.choice(SNOMED))
    put("tos", rng.choice(TOS))
    put("tos1", rng.choice(TOS))
    put("mod", rng.choice(MODS))
    put("pos", rng.choice(["11", "22", "23", "12", "02", "10", "19", "21", "81"]))
    billed = rng.uniform(85, 48000)
    allowed = billed * rng.uniform(0.25, 0.8)
    ded = min(allowed, rng.choice([0, 0, 150, 250, 500, allowed * 0.4]))
    coins = (allowed - ded) * rng.choice([0.1, 0.2, 0.3, 0.0])
    paid = allowed - ded - coins
    put("billed", f"${billed:,.2f}")
    put("allowed", f"${allowed:,.2f}")
    put("discount", f"${billed - allowed:,.2f}")
    put("ded_amt", f"${ded:,.2f}")
    put("coins_amt", f"${coins:,.2f}")
    put("paid", f"${paid:,.2f}")
    put("owe", f"${ded + coins:,.2f}")
    put("billed_raw", f"{billed:.2f}")
    put("allowed_raw", f"{allowed:.2f}")
    put("paid_raw", f"{paid:.2f}")
    put("owe_raw", f"{ded + coins:.2f}")
    put("copay", rng.choice(["$20", "$25", "$35", "$40", "$50", "$75", "$150", "$250"]))
    put("coins_pct", rng.choice(["10%", "20%", "30%", "40%", "50%"]))
    put("deductible", rng.choice(["$1,500", "$2,000", "$3,500", "$4,750", "$7,000", "$500", "$6,350"]))
    put("ded_met", _money(rng, 0, 3500))
    put("oop_max", rng.choice(["$9,200", "$4,000", "$8,700", "$6,000", "$18,400", "$3,300"]))
    put("oop_met", _money(rng, 200, 6000))
    put("premium", _money(rng, 38, 1900))
    put("premium2", _money(rng, 200, 2600))
    put("aptc", _money(rng, 0, 1400))
    put("cobra_prem", _money(rng, 600, 2400))
    put(
        "irmaa_b",
        rng.choice(["$74.00", "$185.00", "$295.90", "$406.90", "$443.90", "$81.20", "$202.90", "$324.60"]),
    )
    put("irmaa_d", rng.choice(["$13.70", "$35.30", "$57.00", "$78.60", "$85.80", "$14.50", "$37.50"]))
    put("partb_std", rng.choice(["$185.00", "$174.70", "$202.90"]))
    put("magi", _money(rng, 106000, 760000))
    put("income", _money(rng, 700, 6800))
    put("income_yr", f"${rng.randrange(9000, 98000):,}")
    put("fpl", f"{rng.choice([100, 120, 135, 138, 150, 200, 250, 300, 400])}%")
    put("hh", str(rng.randrange(1, 8)))
    put("tax_year", str(rng.choice([2022, 2023, 2024, 2025])))
    put("year", str(rng.choice([2024, 2025, 2026])))
    put("plan_year", str(rng.choice([2025, 2026])))
    put("hsa_limit", rng.choice(["$4,300", "$8,550", "$4,150", "$8,300", "$1,000 catch-up"]))
    put("fsa_limit", rng.choice(["$3,300", "$3,200", "$640 carryover"]))
    put("gfe_total", _money(rng, 400, 32000))
    put("bill_total", _money(rng, 900, 45000))
    put("threshold", "$400")
    put("fee", rng.choice(["$25", "$25.00"]))
    put("weekly_ben", _money(rng, 250, 1600))
    put("monthly_ben", _money(rng, 900, 6500))
    put("pct_ben", rng.choice(["60%", "66 2/3%", "70%", "50%"]))
    put("elim", rng.choice(["7", "14", "30", "90", "180"]))
    put("ssdi_amt", _money(rng, 900, 3800))
    put("sga", rng.choice(["$1,620", "$1,550", "$2,700"]))
    put("mileage", f"{rng.uniform(4, 180):.1f}")
    put("mile_rate", rng.choice(["$0.415", "$0.70", "$0.21"]))
    put("hours", str(rng.randrange(2, 7)))
    put("hours_wk", str(rng.randrange(8, 30)))
    put("weight", rng.choice(["10 lb", "20 lbs", "5 pounds", "25 lb"]))
    put("days", rng.choice(["30", "60", "90", "180", "45", "15", "65", "120"]))
    put("time", f"{rng.randrange(1, 13)}:{rng.randrange(60):02d} {rng.choice(['AM', 'PM', 'a.m.', 'p.m.'])}")
    put("time24", f"{rng.randrange(24):02d}:{rng.randrange(60):02d}")
    put("time2", f"{rng.randrange(24):02d}{rng.randrange(60):02d}")
    put("dur", rng.choice(["4 min 12 sec", "00:17:43", "11 min", "26:05"]))
    put("age", str(rng.randrange(19, 90)))
    put("age1", str(rng.randrange(2, 18)))
    put("bp", f"{rng.randrange(98, 172)}/{rng.randrange(56, 104)}")
    put("pulse", str(rng.randrange(52, 118)))
    put("score2", str(rng.randrange(70, 99)))
    put("a1c", f"{rng.uniform(5.4, 11.8):.1f}%")
    put("egfr", str(rng.randrange(9, 95)))
    put("bmi", f"{rng.uniform(18.5, 46):.1f}")
    put("ahi", f"{rng.uniform(5, 62):.1f}")
    put("phq", str(rng.randrange(0, 27)))
    put("gaf", str(rng.randrange(30, 75)))
    put("ldl", str(rng.randrange(55, 210)))
    put("hgb", f"{rng.uniform(8.1, 16.4):.1f}")
    put("pct_use", f"{rng.randrange(55, 99)}%")
    put("nights", str(rng.randrange(18, 30)))
    put("qty", str(rng.choice([1, 2, 3, 4, 28, 30, 90])))
    put("units", str(rng.choice([1, 2, 3, 4, 6, 8, 10, 12])))
    put("lot", f"{rng.choice(['LOT ', 'Lot# ', 'lot '])}{_letters(rng, 2)}{_digits(rng, 4)}")
    put("exp", f"{rng.randrange(2026, 2030)}")
    put("room", f"{rng.randrange(1, 9)}{rng.randrange(0, 60):02d}")
    put("bed", rng.choice(["A", "B", "1", "2", "W"]))
    put("pg", f"{rng.randrange(1, 4)} of {rng.randrange(4, 9)}")
    put("tier", rng.choice(["Tier 1", "Tier 2", "Tier 3", "Tier 4 (specialty)", "Tier 5"]))
    put(
        "policy_proc",
        f"{rng.choice(['MP', 'CP', 'RX', 'UM'])}.{rng.randrange(1, 99):02d}.{rng.randrange(1, 999):03d}",
    )
    put("visits", str(rng.choice([6, 8, 12, 20, 24, 30, 60])))
    put("pct_fpl_lim", rng.choice(["$1,325", "$1,781", "$2,236", "$1,585"]))
    put("asset_lim", rng.choice(["$9,660", "$14,470", "$2,000", "$3,000"]))
    put(
        "sep",
        rng.choice(
            [
                "loss of coverage",
                "marriage",
                "birth of a child",
                "move to a new service area",
                "end of employer coverage",
            ]
        ),
    )
    put(
        "bank",
        rng.choice(
            [
                "First Prairie Credit Union",
                "Harbor Federal Savings",
                "United Farmers Bank",
                "Bluebonnet Community Bank",
            ]
        ),
    )
    put("hsa_custodian", rng.choice(["HealthVault HSA Bank", "Keel HSA Custody", "BrightSave Benefits"]))
    put("trans_id", f"TRN*1*{_digits(rng, 9)}*1{_digits(rng, 9)}")
    put("icn_org", f"{_digits(rng, 2)}-{_digits(rng, 7)}")
    return v
