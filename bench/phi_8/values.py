"""Values for planted set 8 (pharmacy and medication management).

``identifiers(rng)`` invents one person and the context around one pharmacy document (names of the
patient, prescriber, pharmacist, technician, nurse, caregiver ...; dates; addresses; every kind of ID);
``lookalikes(rng)`` invents the clinical and pharmacy filler that is not PHI (drugs, strengths, sig codes,
NDCs, BIN/PCN, reject codes, stock lots, store numbers, wholesaler order numbers, labs, vitals, money).
Everything comes from ``rng`` only.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

N = PhiType.NAME
L = PhiType.LOCATION
D = PhiType.DATE

FIRST = [
    "Ana",
    "María José",
    "Guadalupe",
    "Jesús",
    "Xiomara",
    "Thanh",
    "Minh",
    "Huong",
    "Wei",
    "Xiaoling",
    "Jun",
    "Hiroshi",
    "Yuki",
    "Min-jun",
    "Seo-yeon",
    "Priya",
    "Arjun",
    "Lakshmi",
    "Mohammed",
    "Fatima",
    "Yusuf",
    "Aisha",
    "Oluwaseun",
    "Chidi",
    "Ngozi",
    "Kwame",
    "Abebe",
    "Tsegaye",
    "Amara",
    "Siobhan",
    "Declan",
    "Saoirse",
    "Bronwyn",
    "Dmitri",
    "Svetlana",
    "Małgorzata",
    "Piotr",
    "Søren",
    "Ingrid",
    "Anneke",
    "Joost",
    "Giuseppe",
    "Chiara",
    "Thierry",
    "Zoë",
    "Renée",
    "José Luis",
    "Kalani",
    "Keoni",
    "Dakota",
    "Winona",
    "Jean-Baptiste",
    "Marie-Claire",
    "Mary Ellen",
    "Billy Joe",
    "Hope",
    "Faith",
    "Rose",
    "Grace",
    "Will",
    "Summer",
    "Pearl",
    "Ruby",
    "Sunny",
    "Dallas",
    "Austin",
    "Florence",
    "Jordan",
    "Madison",
    "Savannah",
    "Lincoln",
    "Chelsea",
    "Camden",
    "Harold",
    "Dorothy",
    "Eugene",
    "Mildred",
    "Earl",
    "Gladys",
    "Vernon",
    "Tyrone",
    "Latoya",
    "DeShawn",
    "Keisha",
    "Reginald",
    "Brittany",
    "Cody",
    "Kayleigh",
    "Esperanza",
    "Refugio",
    "Ximena",
    "Beatriz",
    "Ebenezer",
    "Nkechi",
    "Oksana",
    "Bogdan",
    "Yara",
    "Omar",
    "Leila",
    "Avraham",
    "Shoshana",
    "Tariq",
    "Mei",
    "Kofi",
    "Ikaika",
    "Sione",
    "Mele",
    "Anh",
    "Bao",
]
LAST = [
    "Ruiz",
    "de la Cruz",
    "De León",
    "van der Berg",
    "van Houten",
    "O'Neill",
    "D'Souza",
    "O'Brien-Walsh",
    "Nakamura-Hale",
    "Al-Rashid",
    "Abu-Ghazaleh",
    "Okonkwo",
    "Adeyemi",
    "Mensah",
    "Haile",
    "Begay",
    "Yazzie",
    "Kowalczyk",
    "Wiśniewski",
    "Nguyen",
    "Tran",
    "Pham",
    "Le",
    "Haddad",
    "Papadopoulos",
    "Ivanova",
    "Castillo",
    "MacLeod",
    "McAllister",
    "St. Clair",
    "Ben-David",
    "Singh",
    "Patel",
    "Chowdhury",
    "Yilmaz",
    "Fitzgerald",
    "Rivers",
    "Hill",
    "Young",
    "Price",
    "Cash",
    "Winter",
    "Banks",
    "Story",
    "Love",
    "Bishop",
    "Marsh",
    "Chase",
    "Wood",
    "Fox",
    "Head",
    "Pope",
    "Sweet",
    "Moody",
    "Kim",
    "Park",
    "Choi",
    "Watanabe",
    "Suzuki",
    "Zhang",
    "Liu",
    "Huang",
    "Chen-Martínez",
    "García Márquez",
    "Hernández",
    "López-Ortiz",
    "Rodríguez",
    "Mbeki",
    "Dlamini",
    "Nowak",
    "Kaczmarek",
    "Ó Súilleabháin",
    "Lindqvist",
    "Johansson",
    "Rossi",
    "Esposito",
    "Dubois",
    "Lefèvre",
    "Schneider",
    "Müller",
    "Kealoha",
    "Fonoti",
    "Tupou",
    "Washington",
    "Jefferson",
    "Lincoln",
    "Jackson",
    "Brown",
    "Black",
    "Gray",
    "Stone",
    "Savage",
    "Hale",
    "Underwood",
    "Featherstonehaugh",
    "Tso",
    "Ng",
    "Wu",
    "Le Blanc",
    "La Rosa",
    "du Plessis",
    "bin Yusof",
]
NICK = [
    "Bobby",
    "Peggy",
    "Chuck",
    "Lupe",
    "Moe",
    "Bea",
    "Dot",
    "Sonny",
    "Junior",
    "Cookie",
    "Nana",
    "Pops",
    "Tina",
    "Lalo",
    "Chayo",
    "Mimi",
    "Gus",
    "Buddy",
    "Trish",
    "Kiki",
]
STREETS = [
    "Oak Hollow Rd",
    "N Kedzie Ave",
    "Calle Ocho",
    "Magnolia Blvd",
    "Old Mill Road",
    "Route 9W",
    "County Road 14",
    "Martin Luther King Jr Dr",
    "Pershing Ave",
    "Lakeshore Dr",
    "Ridgeview Terrace",
    "Avenida del Sol",
    "Willow Creek Ln",
    "E 137th St",
    "W Chicago Ave",
    "Harbor View Ct",
    "Pinecrest Cir",
    "Sycamore St",
    "Bayou Lafourche Hwy",
    "Kamehameha Hwy",
    "Rue Royale",
    "Fairview Pkwy",
    "Cherry Blossom Way",
    "Elm St",
    "Main St",
    "Church Street",
    "Prospect Pl",
    "Mission St",
    "Canal St",
    "Van Ness Ave",
    "Hope St",
    "Liberty Lane",
    "Peachtree Industrial Blvd",
    "S Halsted St",
    "Bluebonnet Trail",
]
UNITS = [
    "Apt 4B",
    "Apt. 12",
    "Unit 305",
    "#7",
    "Ste 210",
    "Lot 17",
    "Apt 2R",
    "Fl 3",
    "Rm 14",
    "Bldg C",
    "Apt 1108",
    "Unit B",
    "Space 41",
    "Trlr 9",
]
CITIES = [
    "Lake Harmon",
    "Port Ellery",
    "Brookhaven",
    "Fort Calder",
    "Springfield",
    "San Lorenzo",
    "Ypsilanti",
    "Bel Air",
    "Eau Claire",
    "Coeur d'Alene",
    "St. Cloud",
    "Winston-Salem",
    "Normal",
    "Hope",
    "Independence",
    "Liberty",
    "Commerce",
    "Friendship",
    "Paradise",
    "Truth or Consequences",
    "Walla Walla",
    "Kalamazoo",
    "Des Plaines",
    "La Crosse",
    "Wilkes-Barre",
    "Hilo",
    "Chula Vista",
    "Española",
    "Bowling Green",
    "New Braunfels",
    "Sioux Falls",
    "Cape Girardeau",
    "Elk Grove Village",
    "Ocean Springs",
    "Marble Falls",
    "Twin Falls",
    "Glen Ellyn",
    "Pleasantville",
    "Mount Vernon",
    "Cedar Rapids",
    "Harlan",
    "Ashtabula",
]
COUNTIES = [
    "Harlan County",
    "Cook County",
    "Wayne County",
    "Kanawha County",
    "Travis County",
    "Maricopa County",
    "Orleans Parish",
    "Ramsey County",
    "Kent County",
    "Hidalgo County",
    "Lake County",
    "Yakima County",
    "Buncombe County",
    "Essex County",
]
HOODS = [
    "Pilsen",
    "Ironbound",
    "Little Saigon",
    "Germantown",
    "Five Points",
    "Fishtown",
    "Bywater",
    "Chinatown",
    "Southside",
    "Eastgate",
    "Old Town",
    "Kalihi",
]
STATES = [
    "IL",
    "OH",
    "TX",
    "CA",
    "NY",
    "NJ",
    "PA",
    "MI",
    "WA",
    "LA",
    "HI",
    "NM",
    "MN",
    "KY",
    "WV",
    "NC",
    "Ohio",
    "Texas",
    "Oregon",
    "Georgia",
]
FAC_SUFFIX = [
    "Regional Medical Center",
    "Memorial Hospital",
    "Community Hospital",
    "Family Pharmacy",
    "Apothecary",
    "Health Center Outpatient Pharmacy",
    "Nursing & Rehabilitation Center",
    "Senior Living",
    "Infusion Center",
    "Drug Store",
    "Specialty Pharmacy",
]
EMPLOYERS = [
    "Gulf Coast Seafood Processing",
    "Tri-County Paving",
    "Ridgeline Logistics",
    "Sunrise Poultry",
    "Keystone Roofing",
    "Blue Heron Casino",
    "Acme Warehouse Services",
    "Delta Timber Co",
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
MON = [m[:3] for m in MONTHS]


def _ascii(s: str) -> str:
    table = str.maketrans("áéíóúñÁÉÍÓÚÑëèêÖöüÜśŁłńçåøØëïÿ", "aeiounAEIOUNeeeOouUsLlncaoOeiy")
    return "".join(c for c in s.translate(table) if c.isalnum())


def fmt_date(rng: random.Random, d: dt.date, with_time: bool = False) -> str:
    y, m, day = d.year, d.month, d.day
    opts = [
        f"{m:02d}/{day:02d}/{y}",
        f"{m}/{day}/{y % 100:02d}",
        f"{y}-{m:02d}-{day:02d}",
        f"{day:02d}-{MON[m - 1]}-{y}",
        f"{MONTHS[m - 1]} {day}, {y}",
        f"{day}{MON[m - 1].upper()}{y % 100:02d}",
        f"{MON[m - 1]} {day} {y}",
        f"{m}/{day}/{y}",
        f"{y}{m:02d}{day:02d}",
        f"{day}.{m}.{y}",
        f"{MON[m - 1].upper()} {day:02d} {y}",
        f"{day} {MONTHS[m - 1]} {y}",
    ]
    s = rng.choice(opts)
    if with_time:
        h, mi = rng.randint(0, 23), rng.randint(0, 59)
        s += rng.choice(
            [
                f" {h:02d}:{mi:02d}",
                f" {h:02d}{mi:02d}",
                f" @ {h:02d}:{mi:02d}",
                f" {(h % 12) or 12}:{mi:02d} {'PM' if h >= 12 else 'AM'}",
            ]
        )
    return s


def short_date(rng: random.Random, d: dt.date) -> str:
    return rng.choice(
        [
            f"{d.month}/{d.day}",
            f"{MON[d.month - 1]} {d.day}",
            f"{d.month:02d}/{d.day:02d}",
            f"{d.day} {MON[d.month - 1]}",
            f"{MONTHS[d.month - 1]} {d.day}",
        ]
    )


def phone(rng: random.Random) -> str:
    area = rng.choice(
        [
            "312",
            "773",
            "216",
            "512",
            "415",
            "718",
            "973",
            "808",
            "505",
            "304",
            "919",
            "206",
            "614",
            "225",
            "651",
        ]
    )
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"{area} 555 {line}",
            f"{area}-555-{line} x{rng.randint(2, 499)}",
            f"+1-{area}-555-{line}",
            f"{area}555{line}",
        ]
    )


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def alnum(rng: random.Random, n: int, chars: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + digits(rng, 8)
    total = 24
    for i, ch in enumerate(reversed(base)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        total += v
    return base + str((10 - total % 10) % 10)


def dea(rng: random.Random, last: str) -> str:
    first = rng.choice("ABFGMFB")
    initial = next((c for c in _ascii(last).upper() if c.isalpha()), "X")
    if first in "FG" and rng.random() < 0.5:
        initial = rng.choice(string.ascii_uppercase)
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + initial + "".join(map(str, d)) + str(check)


def vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [rng.choice(chars) for _ in range(17)]
    trans = {
        **{str(i): i for i in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9), strict=False)),
        **dict(zip("JKLMN", range(1, 6), strict=False)),
        "P": 7,
        "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10), strict=False)),
    }
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    total = sum(trans[c] * w for c, w in zip(v, weights, strict=False))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v)


def plate(rng: random.Random) -> str:
    L3 = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return rng.choice(
        [
            f"{rng.randint(1, 9)}{L3}{digits(rng, 3)}",
            f"{L3} {digits(rng, 4)}",
            f"{L3}-{digits(rng, 4)}",
            f"{L3[:2]}{digits(rng, 2)}{L3[2]}{digits(rng, 2)}",
            f"{digits(rng, 3)} {L3}",
            f"{L3}{digits(rng, 3)}",
        ]
    )


def ssn(rng: random.Random) -> str:
    a = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    b, c = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        [
            f"{a:03d}-{b:02d}-{c:04d}",
            f"{a:03d} {b:02d} {c:04d}",
            f"{a:03d}{b:02d}{c:04d}",
            f"{a:03d}-{b:02d}-{c:04d}",
            f"{a:03d}.{b:02d}.{c:04d}",
        ]
    )


def mbi(rng: random.Random) -> str:
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    A = L_ + "0123456789"
    s = (
        str(rng.randint(1, 9))
        + rng.choice(L_)
        + rng.choice(A)
        + str(rng.randint(0, 9))
        + rng.choice(L_)
        + rng.choice(A)
        + str(rng.randint(0, 9))
        + rng.choice(L_)
        + rng.choice(L_)
        + digits(rng, 2)
    )
    return s if rng.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _name(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(string.ascii_uppercase)


def _person(rng: random.Random, key: str, out: dict[str, tuple[PhiType | None, str]]) -> None:
    first, last, mi = _name(rng)
    use_mi = rng.random() < 0.4
    out[f"{key}_first"] = (N, first)
    out[f"{key}_last"] = (N, last)
    out[f"{key}_full"] = (N, f"{first} {mi}. {last}" if use_mi else f"{first} {last}")
    out[f"{key}_lf"] = (N, f"{last}, {first} {mi}." if use_mi else f"{last}, {first}")
    out[f"{key}_LF"] = (
        N,
        rng.choice(
            [
                f"{last.upper()}, {first.upper()}",
                f"{last.upper()},{first.upper()}",
                f"{last.upper()}, {first.upper()} {mi}",
                f"{last.upper()}^{first.upper()}",
            ]
        ),
    )
    out[f"{key}_UP"] = (N, f"{first} {last}".upper())
    out[f"{key}_init"] = (
        N,
        rng.choice(
            [
                f"{first[0]}. {last}",
                f"{first[0]}{mi} {last}",
                f"{first[0]}. {mi}. {last}",
                f"{last} {first[0]}{mi}",
            ]
        ),
    )
    out[f"{key}_ini"] = (
        N,
        f"{first[0]}{mi}{last[0]}".upper() if rng.random() < 0.5 else f"{first[0]}{last[0]}".upper(),
    )


def identifiers(rng: random.Random) -> dict[str, tuple[PhiType | None, str]]:
    out: dict[str, tuple[PhiType | None, str]] = {}
    for key in ("pt", "md", "rph", "tech", "rn", "cg", "rph2", "drv", "wit", "spi", "md2", "pt2"):
        _person(rng, key, out)
    out["pt_nick"] = (N, rng.choice(NICK))
    pt_last = out["pt_last"][1]
    out["pt_first_ocr"] = (N, out["pt_first"][1].replace("l", "1").replace("o", "0").replace("m", "rn"))
    out["pt_last_ocr"] = (N, pt_last.replace("i", "l").replace("e", "c").replace("O", "0"))
    # places
    for key in ("", "2", "3"):
        out[f"street{key}"] = (L, f"{rng.randint(1, 29999)} {rng.choice(STREETS)}")
        out[f"unit{key}"] = (L, rng.choice(UNITS))
        out[f"city{key}"] = (L, rng.choice(CITIES))
        out[f"zip{key}"] = (
            L,
            f"{rng.randint(1000, 99950):05d}"
            + (f"-{rng.randint(1, 9999):04d}" if rng.random() < 0.3 else ""),
        )
        out[f"state{key}"] = (None, rng.choice(STATES))
        out[f"fac{key}"] = (L, f"{rng.choice(CITIES)} {rng.choice(FAC_SUFFIX)}")
    out["city_UP"] = (L, out["city"][1].upper())
    out["street_UP"] = (L, out["street"][1].upper())
    out["county"] = (L, rng.choice(COUNTIES))
    out["hood"] = (L, rng.choice(HOODS))
    out["employer"] = (None, rng.choice(EMPLOYERS))
    # dates
    base = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 330))
    dob = dt.date(rng.randint(1931, 2019), rng.randint(1, 12), rng.randint(1, 28))
    old_dob = dt.date(base.year - rng.randint(91, 104), rng.randint(1, 12), rng.randint(1, 28))
    out["dob"] = (D, fmt_date(rng, dob))
    out["old_dob"] = (D, fmt_date(rng, old_dob))
    age90 = base.year - old_dob.year - ((base.month, base.day) < (old_dob.month, old_dob.day))
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
    }
    out["age90"] = (PhiType.AGE, words[age90] if age90 in words and rng.random() < 0.25 else str(age90))
    offsets = {
        "date": 0,
        "date_b": -rng.randint(1, 10),
        "date_c": rng.randint(1, 14),
        "date_d": -rng.randint(20, 90),
        "date_e": rng.randint(20, 40),
        "date_f": -rng.randint(100, 400),
        "date_g": rng.randint(60, 200),
        "date_h": -rng.randint(11, 19),
    }
    for k, off in offsets.items():
        out[k] = (D, fmt_date(rng, base + dt.timedelta(days=off)))
        out[k + "_s"] = (D, short_date(rng, base + dt.timedelta(days=off)))
    out["dtime"] = (D, fmt_date(rng, base, with_time=True))
    out["dtime_b"] = (D, fmt_date(rng, base + dt.timedelta(days=offsets["date_b"]), with_time=True))
    out["dtime_c"] = (D, fmt_date(rng, base + dt.timedelta(days=offsets["date_c"]), with_time=True))
    exp = dt.date(base.year + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
    out["exp"] = (
        D,
        rng.choice(
            [
                f"{exp.month:02d}/{exp.year}",
                f"{exp.month:02d}/{exp.year % 100:02d}",
                f"{MON[exp.month - 1].upper()} {exp.year}",
                f"{exp.year}-{exp.month:02d}",
                fmt_date(rng, exp),
            ]
        ),
    )
    exp2 = dt.date(base.year + rng.randint(0, 2), rng.randint(1, 12), rng.randint(1, 28))
    out["exp2"] = (
        D,
        rng.choice(
            [f"{exp2.month:02d}/{exp2.year}", f"{exp2.month}/{exp2.year % 100:02d}", fmt_date(rng, exp2)]
        ),
    )
    out["ymd"] = (D, f"{base.year}{base.month:02d}{base.day:02d}")
    dob8 = f"{dob.year}{dob.month:02d}{dob.day:02d}"
    out["dob8"] = (D, dob8)
    # contact
    fa, la = _ascii(out["pt_first"][1]).lower(), _ascii(pt_last).lower()
    dom = rng.choice(["example.com", "example.org", "mail.example.net", "example.test", "inbox.test"])
    out["email"] = (
        PhiType.EMAIL,
        rng.choice(
            [
                f"{fa}.{la}@{dom}",
                f"{fa[0]}{la}{rng.randint(1, 99)}@{dom}",
                f"{la}_{fa}{rng.randint(50, 99)}@{dom}",
                f"{fa}{la[:3]}@{dom}",
            ]
        ),
    )
    cg_f, cg_l = _ascii(out["cg_first"][1]).lower(), _ascii(out["cg_last"][1]).lower()
    out["cg_email"] = (
        PhiType.EMAIL,
        f"{cg_f}.{cg_l}@{rng.choice(['example.com', 'example.org', 'family.test'])}",
    )
    md_l = _ascii(out["md_last"][1]).lower()
    out["md_email"] = (
        PhiType.EMAIL,
        rng.choice(
            [
                f"{md_l}.office@clinic.example.org",
                f"dr{md_l}@example.com",
                f"{out['md_first'][1][0].lower()}{md_l}@health.example.org",
            ]
        ),
    )
    rph_l = _ascii(out["rph_last"][1]).lower()
    out["rph_email"] = (PhiType.EMAIL, f"{out['rph_first'][1][0].lower()}{rph_l}@rx.example.com")
    for k in ("phone", "phone2", "phone3", "md_phone", "store_phone"):
        out[k] = (PhiType.PHONE, phone(rng))
    out["fax"] = (PhiType.FAX, phone(rng))
    out["fax2"] = (PhiType.FAX, phone(rng))
    tok = alnum(rng, 4) + "-" + alnum(rng, 4)
    out["url"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://refills.example.com/rx/{alnum(rng, 8)}",
                f"https://track.example.com/shp/{tok}",
                f"portal.example.org/patient/{digits(rng, 6)}/meds",
                f"http://mychart.example.org/refill?id={digits(rng, 7)}",
                f"https://rx.example.com/t/{alnum(rng, 10)}",
                f"www.example.com/recall/notify/{digits(rng, 8)}",
            ]
        ),
    )
    out["url2"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://enroll.example.org/pap/{alnum(rng, 9)}",
                f"https://example.com/s/{alnum(rng, 7)}",
                f"https://telehealth.example.net/join/{digits(rng, 9)}",
            ]
        ),
    )
    out["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            [
                f"203.0.113.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"192.0.2.{rng.randint(1, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
                f"{rng.randint(24, 99)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        ),
    )
    out["ip2"] = (
        PhiType.IP_ADDRESS,
        f"{rng.choice(['10.20', '10.4', '192.168', '172.20'])}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    )
    # numbers tied to people
    out["ssn"] = (PhiType.SSN, ssn(rng))
    out["ssn2"] = (PhiType.SSN, ssn(rng))
    out["mrn"] = (
        PhiType.MRN,
        rng.choice(
            [
                digits(rng, 8),
                f"E{digits(rng, 7)}",
                f"{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}",
                f"MR{digits(rng, 6)}",
                f"00{digits(rng, 7)}",
                f"{digits(rng, 4)} {digits(rng, 4)}",
            ]
        ),
    )
    out["mrn2"] = (
        PhiType.MRN,
        rng.choice([digits(rng, 7), f"H{digits(rng, 8)}", f"{digits(rng, 2)}-{digits(rng, 6)}"]),
    )
    out["member"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{alnum(rng, 3, string.ascii_uppercase)}{digits(rng, 9)}",
                f"W{digits(rng, 9)}",
                f"{digits(rng, 9)}01",
                f"ZGP{digits(rng, 8)}",
                f"{alnum(rng, 3, string.ascii_uppercase)}-{digits(rng, 6)}-{digits(rng, 2)}",
                f"M{digits(rng, 10)}",
                f"{digits(rng, 11)}",
            ]
        ),
    )
    out["mbi"] = (PhiType.HEALTH_PLAN_ID, mbi(rng))
    out["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{alnum(rng, 2, string.ascii_uppercase)}{digits(rng, 5)}{rng.choice('ABCDEFGH')}",
                f"{digits(rng, 10)}",
                f"MCD-{digits(rng, 9)}",
            ]
        ),
    )
    out["group"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"RX{digits(rng, 4)}",
                f"{digits(rng, 6)}",
                f"GRP-{alnum(rng, 5)}",
                f"{alnum(rng, 2, string.ascii_uppercase)}{digits(rng, 5)}",
                f"{digits(rng, 5)}-{digits(rng, 3)}",
            ]
        ),
    )
    out["acct"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                digits(rng, 8),
                f"A{digits(rng, 7)}",
                f"{digits(rng, 4)}-{digits(rng, 5)}",
                f"CHG-{digits(rng, 6)}",
                f"00{digits(rng, 8)}",
            ]
        ),
    )
    out["fin"] = (
        PhiType.ACCOUNT,
        rng.choice([digits(rng, 10), f"V{digits(rng, 9)}", f"FIN{digits(rng, 8)}", f"{digits(rng, 9)}"]),
    )
    out["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                digits(rng, 15),
                f"{digits(rng, 2)}{digits(rng, 3)}{alnum(rng, 8)}",
                f"WC-{digits(rng, 2)}-{digits(rng, 6)}",
                f"{digits(rng, 4)}-{digits(rng, 7)}-{digits(rng, 2)}",
                f"CLM{digits(rng, 11)}",
            ]
        ),
    )
    out["claim2"] = (PhiType.ACCOUNT, f"{digits(rng, 12)}{rng.choice(['', '00', '01'])}")
    out["md_npi"] = (PhiType.LICENSE, npi(rng))
    out["md2_npi"] = (PhiType.LICENSE, npi(rng))
    # a pharmacy's numbers (its NPI, DEA, NCPDP, state permit, CLIA waiver and 340B id) are not gold: CONVENTIONS.md,
    # aligned by the lead on 2026-12-03 (the author had made them LICENSE); the text and the random draws are unchanged
    out["store_npi"] = (None, npi(rng))
    out["md_dea"] = (PhiType.LICENSE, dea(rng, out["md_last"][1]))
    out["md2_dea"] = (PhiType.LICENSE, dea(rng, out["md2_last"][1]))
    out["store_dea"] = (None, rng.choice("ABF") + rng.choice("CWRPKH") + digits(rng, 7))
    out["store_dea2"] = (None, rng.choice("ABF") + rng.choice("CWRPKH") + digits(rng, 7))
    out["ncpdp"] = (None, digits(rng, 7))
    out["ncpdp2"] = (None, digits(rng, 7))
    out["permit"] = (
        None,
        rng.choice(
            [
                f"PHY{digits(rng, 6)}",
                f"{digits(rng, 2)}-{digits(rng, 6)}",
                f"RPH-PH-{digits(rng, 5)}",
                f"PST.{digits(rng, 7)}",
            ]
        ),
    )
    out["rph_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"RPH{digits(rng, 6)}",
                f"{digits(rng, 2)}-{digits(rng, 6)}",
                f"PH {digits(rng, 5)}",
                f"051.{digits(rng, 6)}",
                f"RP{digits(rng, 7)}",
            ]
        ),
    )
    out["rph2_lic"] = (PhiType.LICENSE, f"RPH{digits(rng, 6)}")
    out["tech_lic"] = (
        PhiType.LICENSE,
        rng.choice([f"TCH{digits(rng, 6)}", f"PTCB {digits(rng, 6)}", f"{digits(rng, 3)}-{digits(rng, 6)}"]),
    )
    out["md_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"MD{digits(rng, 6)}",
                f"036.{digits(rng, 6)}",
                f"A{digits(rng, 5)}",
                f"{digits(rng, 2)}MA{digits(rng, 6)}",
            ]
        ),
    )
    out["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"{pt_last[0].upper() if pt_last[0].isalpha() else 'D'}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}",
                f"{rng.choice(string.ascii_uppercase)}{digits(rng, 7)}",
                f"DL {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
                f"{digits(rng, 9)}",
                f"{rng.choice(string.ascii_uppercase)}{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 3)}",
            ]
        ),
    )
    out["clia"] = (None, f"{digits(rng, 2)}D{digits(rng, 7)}")
    out["b340"] = (
        None,
        f"{rng.choice(['DSH', 'CAH', 'STD', 'RRC'])}{digits(rng, 6)}" + rng.choice(["", "-001", "-002"]),
    )
    out["vin"] = (PhiType.VEHICLE_ID, vin(rng))
    out["plate"] = (PhiType.VEHICLE_ID, plate(rng))
    out["plate2"] = (PhiType.VEHICLE_ID, plate(rng))
    out["pump_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"{alnum(rng, 2, string.ascii_uppercase)}{digits(rng, 7)}",
                f"SN{digits(rng, 8)}",
                f"{digits(rng, 4)}-{digits(rng, 5)}",
                f"NG{digits(rng, 7)}H",
            ]
        ),
    )
    out["cgm_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice([alnum(rng, 6), f"{alnum(rng, 2)}{digits(rng, 8)}", alnum(rng, 10)]),
    )
    out["udi"] = (PhiType.DEVICE_ID, f"(01){digits(rng, 14)}(17){digits(rng, 6)}(21){alnum(rng, 8)}")
    out["logger_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"TL-{digits(rng, 7)}",
                f"LOG{alnum(rng, 8)}",
                f"{digits(rng, 3)}-{digits(rng, 4)}-{alnum(rng, 2)}",
            ]
        ),
    )
    out["cap_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice([f"SC-{alnum(rng, 6)}", f"{alnum(rng, 4)}:{alnum(rng, 4)}", f"CAP{digits(rng, 9)}"]),
    )
    out["bio"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [
                f"FP-{rng.getrandbits(32):08x}",
                f"BIO{digits(rng, 8)}",
                f"FPT-{digits(rng, 4)}-{alnum(rng, 4)}",
                f"tmpl_{rng.getrandbits(40):010x}",
            ]
        ),
    )
    out["bio2"] = (PhiType.BIOMETRIC, rng.choice([f"FP-{rng.getrandbits(32):08x}", f"BIO{digits(rng, 8)}"]))
    out["voice"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [
                f"VP-{digits(rng, 4)}-{digits(rng, 4)}-{rng.choice('ABC')}",
                f"VPRINT{alnum(rng, 8)}",
                f"vp_{rng.getrandbits(36):09x}",
            ]
        ),
    )
    out["palm"] = (PhiType.BIOMETRIC, rng.choice([f"PV-{rng.getrandbits(24):06x}", f"PALM{digits(rng, 7)}"]))
    out["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            [
                f"IMG_{base.year}{base.month:02d}{base.day:02d}_{digits(rng, 6)}.jpg",
                f"pt_photo_{digits(rng, 7)}.png",
                f"PHOTO-ID-{digits(rng, 5)}",
                f"{la}_{fa}_face.jpg",
                f"idscan_front_{digits(rng, 4)}.jpeg",
                f"PH{digits(rng, 6)}",
                f"resident_{digits(rng, 5)}_headshot.JPG",
            ]
        ),
    )
    # other IDs
    rxn = digits(rng, 7)
    out["rx"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                rxn,
                f"{rxn}-{rng.randint(0, 5):02d}",
                f"RX{rxn}",
                f"{rxn[:3]}-{rxn[3:]}",
                f"H{digits(rng, 8)}",
                f"MO-{digits(rng, 8)}",
                f"6{digits(rng, 6)}",
            ]
        ),
    )
    out["rx2"] = (
        PhiType.OTHER_ID,
        rng.choice([digits(rng, 7), f"{digits(rng, 7)}-01", f"RX{digits(rng, 7)}"]),
    )
    out["rx3"] = (PhiType.OTHER_ID, digits(rng, 7))
    out["pa"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"PA-{base.year}-{digits(rng, 7)}",
                alnum(rng, 8),
                f"{digits(rng, 6)}A{digits(rng, 4)}",
                f"AUTH{digits(rng, 9)}",
                f"{alnum(rng, 3)}-{alnum(rng, 3)}-{alnum(rng, 3)}",
            ]
        ),
    )
    out["emp"] = (
        PhiType.OTHER_ID,
        rng.choice([f"EMP{digits(rng, 6)}", f"E{digits(rng, 5)}", f"{digits(rng, 6)}", f"U{digits(rng, 7)}"]),
    )
    out["emp2"] = (PhiType.OTHER_ID, rng.choice([f"EMP{digits(rng, 6)}", f"{digits(rng, 5)}"]))
    out["case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"PC{base.year % 100}-{digits(rng, 6)}",
                f"{base.year}-{digits(rng, 5)}",
                f"IR-{base.year}-{digits(rng, 5)}",
                f"{digits(rng, 9)}",
                f"MER{digits(rng, 6)}",
            ]
        ),
    )
    out["subj"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"{digits(rng, 3)}-{digits(rng, 4)}",
                f"SUBJ-{digits(rng, 5)}",
                f"{alnum(rng, 2, string.ascii_uppercase)}{digits(rng, 4)}",
            ]
        ),
    )
    out["pap_id"] = (
        PhiType.OTHER_ID,
        rng.choice([f"PAP-{digits(rng, 8)}", f"APP{digits(rng, 7)}", f"{alnum(rng, 10)}"]),
    )
    out["track"] = (
        PhiType.OTHER_ID,
        rng.choice([f"1Z{alnum(rng, 16)}", f"9400{digits(rng, 18)}", f"{digits(rng, 12)}"]),
    )
    out["order"] = (
        PhiType.OTHER_ID,
        rng.choice([f"ORD-{digits(rng, 8)}", f"{digits(rng, 10)}", f"MO{digits(rng, 9)}"]),
    )
    out["req"] = (
        PhiType.OTHER_ID,
        rng.choice([f"RR{digits(rng, 8)}", f"{alnum(rng, 12)}", f"SS-{digits(rng, 10)}"]),
    )
    out["vfc"] = (PhiType.OTHER_ID, f"IIS{digits(rng, 9)}")
    out["card"] = (
        PhiType.ACCOUNT,
        rng.choice([f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}", f"RC{digits(rng, 9)}"]),
    )
    return out


DRUGS = [
    "atorvastatin 40 mg tab",
    "lisinopril 10 mg tab",
    "metformin ER 500 mg tab",
    "apixaban 5 mg tab",
    "warfarin 5 mg tab",
    "levothyroxine 88 mcg tab",
    "amlodipine 5 mg tab",
    "sertraline 50 mg tab",
    "oxycodone/APAP 5/325 mg tab",
    "hydromorphone 2 mg tab",
    "buprenorphine/naloxone 8/2 mg film",
    "methylphenidate ER 36 mg tab",
    "amoxicillin 400 mg/5 mL susp",
    "insulin glargine 100 units/mL pen",
    "semaglutide 1 mg/0.75 mL pen",
    "albuterol HFA 90 mcg/act",
    "fluticasone/salmeterol 250/50 diskus",
    "prednisone 20 mg tab",
    "gabapentin 300 mg cap",
    "tramadol 50 mg tab",
    "alprazolam 0.5 mg tab",
    "lorazepam 1 mg tab",
    "morphine ER 15 mg tab",
    "fentanyl 25 mcg/hr patch",
    "adalimumab 40 mg/0.4 mL pen",
    "enoxaparin 40 mg/0.4 mL syringe",
    "vancomycin 1.25 g IVPB",
    "cefazolin 2 g IVPB",
    "potassium chloride 20 mEq ER tab",
    "furosemide 40 mg tab",
    "carvedilol 12.5 mg tab",
    "donepezil 10 mg tab",
    "tamsulosin 0.4 mg cap",
    "dexamethasone 4 mg tab",
    "nitrofurantoin mono 100 mg cap",
    "clopidogrel 75 mg tab",
    "lamotrigine 100 mg tab",
]
BRANDS = [
    "Eliquis",
    "Ozempic",
    "Humira",
    "Januvia",
    "Lantus SoloStar",
    "Xarelto",
    "Trulicity",
    "Symbicort",
    "Spiriva Respimat",
    "Jardiance",
    "Entresto",
    "Suboxone",
    "Narcan",
    "EpiPen",
    "Mounjaro",
    "Dupixent",
    "Biktarvy",
    "Farxiga",
    "Breo Ellipta",
    "Vyvanse",
]
SIGS = [
    "1 T PO QD",
    "1 tab po bid pc",
    "i gtt ou qhs",
    "ut dict",
    "1-2 T PO Q4-6H PRN pain",
    "2 puffs q4h prn SOB",
    "inj 0.25 mg SC q wk",
    "1 cap po tid x 10d",
    "1 po qam ac",
    "apply 1 patch q72h",
    "10 units SC qhs",
    "5 mL po bid x 10 days",
    "1 T SL PRN CP, may repeat q5min x3",
    "1 tab po daily w/ food",
    "take 1 tablet by mouth every 12 hours",
    "1/2 tab po qd",
    "inject 40 mg SC every other week",
]
DAW = [
    "DAW 0",
    "DAW 1 (substitution not allowed by prescriber)",
    "DAW 2 (patient requested brand)",
    "DAW 0 - no selection",
    "DAW 5",
    "DAW 7 (brand mandated by law)",
    "DAW 9",
]
REJECTS = [
    ("75", "Prior Authorization Required"),
    ("70", "Product/Service Not Covered"),
    ("79", "Refill Too Soon"),
    ("88", "DUR Reject Error"),
    ("76", "Plan Limitations Exceeded"),
    ("MR", "Product Not On Formulary"),
    ("41", "Submit Bill To Other Processor Or Primary Payer"),
    ("65", "Patient Is Not Covered"),
    ("25", "M/I Prescriber ID"),
    ("AG", "Days Supply Limitation For Product/Service"),
    ("E7", "M/I Quantity Dispensed"),
    ("569", "Provide Notice: Medicare Prescription Drug Coverage And Your Rights"),
]
ICD = [
    "E11.65",
    "I48.91",
    "J45.40",
    "I10",
    "N18.31",
    "F32.1",
    "G89.29",
    "E78.5",
    "K21.9",
    "M81.0",
    "Z79.01",
    "J44.1",
    "F11.20",
    "E03.9",
    "G20.A1",
    "T42.4X1A",
    "Z23",
]
CPT = [
    "99605",
    "99606",
    "99607",
    "90471",
    "90686",
    "90750",
    "90677",
    "96372",
    "G0008",
    "G0009",
    "J1100",
    "J0696",
    "Q2035",
    "90662",
    "99211",
]
EPONYMS = [
    "Stevens-Johnson syndrome",
    "Cushing's syndrome",
    "Parkinson disease",
    "Graves' disease",
    "Hashimoto thyroiditis",
    "Bell's palsy",
    "Crohn's disease",
    "Addison's disease",
    "Raynaud phenomenon",
    "Sjogren syndrome",
    "Alzheimer's dementia",
    "Hodgkin lymphoma",
    "Tourette syndrome",
    "Wilson disease",
]
ROLES = [
    "the covering pharmacist",
    "the attending",
    "the charge nurse",
    "PIC",
    "the on-call resident",
    "the staff pharmacist",
    "pharmacy manager",
    "the prescriber's nurse",
    "the tech on register",
    "the night supervisor",
    "the clinical pharmacist",
    "the hospitalist",
]
ORGS = [
    "CareWell Pharmacy",
    "Meridian Drug Supply",
    "Tri-State Drug Distributors",
    "Summit Specialty Rx",
    "Keystone Health Plan",
    "OptiScript PBM",
    "Northstar Mail Service Pharmacy",
    "Unity Home Infusion",
    "Harbor Compounding Lab",
    "BrightPath Medicare Part D",
    "ClearClaim Switch",
]
WHOLESALERS = [
    "Meridian Drug Supply",
    "Tri-State Drug Distributors",
    "Allied Pharma Wholesale",
    "Pinnacle Distribution",
]
UNITS_H = [
    "4 West",
    "5N",
    "MICU",
    "CVICU",
    "L&D",
    "ED Pod B",
    "Oncology 7",
    "PACU",
    "3 South Telemetry",
    "NICU",
]
VACCINES = [
    "Shingrix",
    "Prevnar 20",
    "Fluzone High-Dose",
    "Arexvy",
    "Comirnaty 2025-2026",
    "Tdap (Boostrix)",
    "Heplisav-B",
    "Gardasil 9",
    "Abrysvo",
    "Flucelvax",
]
SCHED = ["C-II", "C-III", "C-IV", "C-V", "CII", "Schedule II"]


def lookalikes(rng: random.Random) -> dict[str, tuple[PhiType | None, str]]:
    def v(s: str) -> tuple[None, str]:
        return (None, s)

    rej, rej_txt = rng.choice(REJECTS)
    rej2, rej2_txt = rng.choice(REJECTS)

    def ndc():
        return rng.choice(
            [
                f"{digits(rng, 5)}-{digits(rng, 4)}-{digits(rng, 2)}",
                f"{digits(rng, 11)}",
                f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}",
                f"{digits(rng, 5)}-{digits(rng, 3)}-{digits(rng, 2)}",
                f"NDC {digits(rng, 5)}-{digits(rng, 4)}-{digits(rng, 2)}",
            ]
        )

    qty = rng.choice([14, 28, 30, 60, 90, 100, 120, 180, 5, 10, 1, 3, 240])
    out = {
        "drug": v(rng.choice(DRUGS)),
        "drug2": v(rng.choice(DRUGS)),
        "drug3": v(rng.choice(DRUGS)),
        "drug4": v(rng.choice(DRUGS)),
        "brand": v(rng.choice(BRANDS)),
        "brand2": v(rng.choice(BRANDS)),
        "ndc": v(ndc()),
        "ndc2": v(ndc()),
        "ndc3": v(ndc()),
        "qty": v(str(qty)),
        "qty2": v(str(rng.choice([30, 60, 90, 1, 2, 4, 45]))),
        "ds": v(str(rng.choice([7, 10, 14, 28, 30, 34, 84, 90]))),
        "refills": v(str(rng.randint(0, 11))),
        "daw": v(rng.choice(DAW)),
        "sig": v(rng.choice(SIGS)),
        "sig2": v(rng.choice(SIGS)),
        "bin": v(
            rng.choice(
                ["004336", "610014", "003858", "610502", "015581", "610591", "017010", "600428", "012114"]
            )
        ),
        "pcn": v(rng.choice(["ADV", "MEDDPRIME", "9999", "CN", "MEDDADV", "A4", "PDPIND", "CTRXMEDD", "WC"])),
        "rej": v(rej),
        "rej_txt": v(rej_txt),
        "rej2": v(rej2),
        "rej2_txt": v(rej2_txt),
        "dur": v(rng.choice(["DD/M0/1B", "TD/R0/1G", "ER/M0/1A", "HD/R0/1B", "ID/M0/4B", "DA/P0/1C"])),
        "lot": v(
            rng.choice(
                [
                    f"{alnum(rng, 1, string.ascii_uppercase)}{digits(rng, 5)}{alnum(rng, 1, string.ascii_uppercase)}",
                    f"{digits(rng, 2)}{alnum(rng, 3, string.ascii_uppercase)}{digits(rng, 3)}",
                    f"LOT {alnum(rng, 7)}",
                ]
            )
        ),
        "lot2": v(f"{alnum(rng, 2, string.ascii_uppercase)}{digits(rng, 4)}"),
        "batch": v(f"B{digits(rng, 2)}-{digits(rng, 3)}"),
        "mfr": v(f"MFR-{digits(rng, 4)} v{rng.randint(1, 9)}"),
        "store": v(
            rng.choice(
                [
                    f"Store #{digits(rng, 5)}",
                    f"STR {digits(rng, 4)}",
                    f"store {digits(rng, 4)}",
                    f"Loc {digits(rng, 3)}",
                ]
            )
        ),
        "org": v(rng.choice(ORGS)),
        "org2": v(rng.choice(ORGS)),
        "wholesaler": v(rng.choice(WHOLESALERS)),
        "po": v(
            rng.choice([f"PO {digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 5)}", f"WO{digits(rng, 9)}"])
        ),
        "invoice": v(f"INV {digits(rng, 9)}"),
        "form222": v(f"{digits(rng, 9)}"),
        "recall_no": v(f"D-{digits(rng, 4)}-{rng.choice(['2025', '2026'])}"),
        "recall_cls": v(rng.choice(["Class I", "Class II", "Class III"])),
        "sched": v(rng.choice(SCHED)),
        "icd": v(rng.choice(ICD)),
        "icd2": v(rng.choice(ICD)),
        "cpt": v(rng.choice(CPT)),
        "cpt2": v(rng.choice(CPT)),
        "loinc": v(rng.choice(["4548-4", "2160-0", "6301-6", "2823-3", "33914-3", "14647-2"])),
        "snomed": v(rng.choice(["44054006", "38341003", "195967001", "73211009"])),
        "rev": v(rng.choice(["0250", "0636", "0258", "0771"])),
        "drg": v(rng.choice(["DRG 291", "MS-DRG 683", "DRG 871", "DRG 194"])),
        "bp": v(f"{rng.randint(98, 178)}/{rng.randint(54, 104)}"),
        "hr": v(str(rng.randint(52, 118))),
        "temp": v(rng.choice(["98.4 °F", "37.1 C", "99.9F", "36.8 °C"])),
        "wt": v(rng.choice([f"{rng.randint(41, 140)}.{rng.randint(0, 9)} kg", f"{rng.randint(95, 310)} lb"])),
        "a1c": v(f"{rng.randint(5, 11)}.{rng.randint(0, 9)} %"),
        "inr": v(f"{rng.randint(1, 4)}.{rng.randint(0, 9)}"),
        "scr": v(f"{rng.randint(0, 3)}.{rng.randint(1, 9)} mg/dL"),
        "egfr": v(str(rng.randint(18, 110))),
        "k": v(f"{rng.randint(3, 5)}.{rng.randint(0, 9)} mmol/L"),
        "crcl": v(f"{rng.randint(18, 120)} mL/min"),
        "ldl": v(f"{rng.randint(48, 190)} mg/dL"),
        "glucose": v(str(rng.randint(62, 388))),
        "age": v(str(rng.randint(2, 89))),
        "age2": v(str(rng.randint(18, 89))),
        "year": v(str(rng.randint(1988, 2025))),
        "year2": v(str(rng.randint(2019, 2026))),
        "time": v(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
        "time2": v(f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"),
        "time3": v(f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}"),
        "money": v(f"${rng.randint(0, 480)}.{rng.randint(0, 99):02d}"),
        "money2": v(f"${rng.randint(500, 9800):,}.{rng.randint(0, 99):02d}"),
        "copay": v(rng.choice(["$0.00", "$4.00", "$10.00", "$47.00", "$1.60", "$12.15", "$35.00"])),
        "room": v(f"{rng.choice(UNITS_H)} Rm {rng.randint(100, 999)}-{rng.choice('AB')}"),
        "bed": v(f"Bed {rng.randint(1, 40)}"),
        "unit_h": v(rng.choice(UNITS_H)),
        "adc": v(
            rng.choice(
                [
                    f"ADC-{rng.choice(['4W', '5N', 'ED', 'PACU', 'ICU'])}-{rng.randint(1, 4):02d}",
                    f"Omnicell {rng.choice(UNITS_H)} Main",
                    f"Pyxis MedStation {rng.choice(['ES', '4000'])} {rng.choice(['4W', 'ED2', 'OR3'])}",
                ]
            )
        ),
        "drawer": v(f"D{rng.randint(1, 8)}-P{rng.randint(1, 30)}"),
        "role": v(rng.choice(ROLES)),
        "role2": v(rng.choice(ROLES)),
        "policy": v(
            rng.choice(
                [
                    f"P&P RX-{rng.randint(100, 399)}",
                    f"Policy PH-{rng.randint(1, 20):02d}.{rng.randint(1, 9)}",
                    f"SOP-CS-{rng.randint(10, 99)}",
                    f"PHM-{rng.randint(100, 999)} v{rng.randint(2, 9)}",
                ]
            )
        ),
        "form": v(
            rng.choice(
                [
                    f"Form RX-{rng.randint(10, 99)} (rev. {rng.randint(2019, 2026)})",
                    f"PH-{rng.randint(100, 999)}",
                    f"FORM 1140-{rng.choice('ABC')}",
                    f"v{rng.randint(2, 7)}.{rng.randint(0, 9)}",
                ]
            )
        ),
        "eponym": v(rng.choice(EPONYMS)),
        "eponym2": v(rng.choice(EPONYMS)),
        "vaccine": v(rng.choice(VACCINES)),
        "site": v(rng.choice(["L deltoid", "R deltoid", "left arm", "R VL", "LD"])),
        "dose_ml": v(rng.choice(["0.5 mL", "0.25 mL", "1 mL"])),
        "range_t": v(rng.choice(["2-8 °C", "36-46 °F", "2 to 8C", "-25 to -15 °C"])),
        "exc_t": v(f"{rng.randint(9, 14)}.{rng.randint(0, 9)} °C"),
        "exc_min": v(str(rng.randint(6, 180))),
        "score": v(
            rng.choice(
                [
                    f"PHQ-9 {rng.randint(0, 27)}",
                    f"CHA2DS2-VASc {rng.randint(0, 9)}",
                    f"MME {rng.choice([30, 45, 60, 90, 120])}/day",
                    f"PDC {rng.randint(40, 99)}%",
                    f"HAS-BLED {rng.randint(0, 5)}",
                    f"Morisky {rng.randint(0, 8)}",
                ]
            )
        ),
        "score2": v(
            rng.choice(
                [
                    f"MME {rng.choice([20, 50, 90, 112.5])}",
                    f"GAD-7 {rng.randint(0, 21)}",
                    f"Beers criteria x{rng.randint(1, 4)}",
                ]
            )
        ),
        "ratio": v(rng.choice(["1:1", "3 of 10", "2/12", "7 of 25", "1 in 40"])),
        "pct": v(f"{rng.randint(1, 99)}%"),
        "count": v(str(rng.randint(0, 480))),
        "count2": v(str(rng.randint(0, 480))),
        "count3": v(str(rng.randint(0, 60))),
        "ml": v(f"{rng.choice([50, 100, 250, 500, 1000])} mL"),
        "rate": v(f"{rng.choice([25, 50, 83.3, 125, 150, 200])} mL/hr"),
        "diluent": v(rng.choice(["NS", "D5W", "0.9% NaCl", "LR", "SWFI"])),
        "shipper": v(
            rng.choice(
                [
                    "UPS Next Day Air",
                    "FedEx Priority Overnight",
                    "USPS Priority",
                    "courier (route 7)",
                    "OnTrac",
                ]
            )
        ),
        "pkg": v(
            rng.choice(["Tote 3 of 4", "insulated shipper 48h", "EPS cooler w/ 4 gel packs", "ambient bag"])
        ),
        "vis": v(rng.choice(["VIS given", "VIS provided (current edition)", "EUA fact sheet given"])),
        "tier": v(rng.choice(["Tier 2", "Tier 3 non-preferred", "Tier 5 specialty", "Tier 1"])),
        "state_c": v(rng.choice(STATES)),
        "ext": v(str(rng.randint(2000, 7999))),
    }
    return out
