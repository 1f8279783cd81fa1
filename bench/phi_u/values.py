"""Values for set U (research, genomics and data exchange): one invented identity per note
(``identifiers``) and clinical/administrative filler that is not PHI (``lookalikes``).

Everything comes from the ``rng`` passed in. Names, streets, towns, counties and every number are
invented; e-mail and web addresses use example.com / example.org / .test; phone numbers are 555-01xx
or otherwise fictitious. A few keys of ``identifiers`` are untyped (padding for fixed-width rows).
"""

from __future__ import annotations

import datetime as _dt
import random
import string

from mediflow.quality.phi_types import PhiType as T

Value = tuple[T | None, str]

# --- names -----------------------------------------------------------------------------------------

GIVEN_F = [
    "Amara",
    "Siobhan",
    "Thanh",
    "Oluwaseun",
    "Mei-Ling",
    "Fatima",
    "Hana",
    "Ingrid",
    "Zainab",
    "Leilani",
    "Precious",
    "Grace",
    "Hope",
    "Rose",
    "Summer",
    "Jade",
    "Dakota",
    "Florence",
    "Georgia",
    "Chelsea",
    "Paris",
    "Savannah",
    "Sydney",
    "Marisol",
    "Anneliese",
    "Nkechi",
    "Priyanka",
    "Yusra",
    "Ximena",
    "Aoife",
    "Birgit",
    "Keiko",
    "Lakshmi",
    "Noor",
    "Olga",
    "Rania",
    "Teodora",
    "Wren",
    "Itzel",
    "Ji-woo",
    "Maëlle",
    "Ebony",
    "Dolores",
    "Pilar",
    "Sunniva",
    "Tamar",
    "Ruth",
    "Joy",
    "Ivy",
    "Carmen",
    "Ngozi",
    "Elif",
    "Anh",
    "Soledad",
    "Bronwyn",
    "Kalani",
    "Ayasha",
    "Dagny",
    "Faith",
    "June",
    "April",
    "Holly",
]
GIVEN_M = [
    "Joaquín",
    "Aarav",
    "Dmitri",
    "Kwame",
    "Rohan",
    "Tomasz",
    "Hamid",
    "Will",
    "Mark",
    "Bill",
    "Austin",
    "Jordan",
    "Dakota",
    "Chester",
    "Lincoln",
    "Oisín",
    "Tariq",
    "Bao",
    "Emeka",
    "Giovanni",
    "Henrik",
    "Ishaan",
    "Jae-hyun",
    "Kofi",
    "Luca",
    "Mateus",
    "Nikolai",
    "Omar",
    "Pieter",
    "Quentin",
    "Rafael",
    "Sione",
    "Tenzin",
    "Udo",
    "Vikram",
    "Wade",
    "Yaw",
    "Zoltán",
    "Ahmed",
    "Brock",
    "Cruz",
    "Dale",
    "Eamon",
    "Felipe",
    "Gus",
    "Hollis",
    "Ike",
    "Jasper",
    "Kenji",
    "Lars",
    "Miles",
    "Ned",
    "Rocky",
    "Sterling",
    "Rusty",
    "Tex",
    "Amos",
]
NICK = {
    "William": "Bill",
    "Margaret": "Peggy",
    "Charles": "Chuck",
    "Robert": "Bob",
    "Louisa": "Lulu",
    "Elizabeth": "Betsy",
    "Richard": "Dick",
    "Theodore": "Teddy",
    "Dorothy": "Dot",
    "Francis": "Frank",
}
FAMILY = [
    "O'Connor",
    "D'Angelo",
    "de la Cruz",
    "van der Berg",
    "Van Dyke",
    "MacLeod",
    "Nguyen",
    "Okonkwo",
    "Abu-Bakr",
    "Kowalczyk",
    "Fernández-Ruiz",
    "Smith-Jones",
    "Brown",
    "Moss",
    "Field",
    "Bird",
    "Hill",
    "Rivers",
    "Marsh",
    "Lake",
    "Kent",
    "Lincoln",
    "Washington",
    "Chester",
    "Camden",
    "Stone",
    "Young",
    "Rich",
    "Best",
    "Wolf",
    "Bell",
    "Bishop",
    "Cook",
    "Baker",
    "St. Clair",
    "Le",
    "Ng",
    "Yilmaz",
    "Haddad",
    "Ramírez",
    "Mbeki",
    "Oyelaran",
    "Tanaka",
    "Papadopoulos",
    "Lindqvist",
    "Novák",
    "Ó Briain",
    "dos Santos",
    "Al-Masri",
    "Hernández",
    "Christensen",
    "Achterberg",
    "Mukherjee",
    "Ferreira",
    "Kealoha",
    "Begay",
    "Szymańska",
    "Delacroix",
    "le Roux",
    "Dubois-Martin",
    "Ibekwe",
    "Park",
    "Choi",
    "Volkov",
    "Gallo",
    "Winter",
    "Frost",
    "Sparrow",
    "Price",
    "Love",
    "Hope",
    "Cash",
    "Mercer",
    "Joseph",
    "Thomas",
    "Paris",
    "Florence",
    "Holland",
    "England",
    "Jordan",
    "Bergstrom",
    "Kaur",
    "Singh-Bains",
    "McAllister",
    "Fitzgerald",
    "Ten Eyck",
    "von Hagen",
    "da Silva",
    "Kingfisher",
    "Running Water",
    "Ahn",
]
CLIN_FAMILY = [
    "Abernathy",
    "Brandt",
    "Castellanos",
    "Dunmore",
    "Ekwueme",
    "Faraday",
    "Gutierrez",
    "Halvorsen",
    "Iqbal",
    "Jablonski",
    "Kapoor",
    "Lindgren",
    "Mwangi",
    "Norwood",
    "Ostrowski",
    "Pellegrino",
    "Quist",
    "Rasmussen",
    "Sato",
    "Thibodeaux",
    "Underhill",
    "Villanueva",
    "Whitcombe",
    "Xiong",
    "Yamamoto",
    "Zeller",
    "Moreau",
    "Banerjee",
    "Oduya",
    "Reyes-Ochoa",
    "Hartigan",
    "Fontaine",
    "Mendel",
    "Salk",
    "Gage",
]

# --- places ----------------------------------------------------------------------------------------

STREETS = [
    "Larkspur",
    "Quarry Hill",
    "Old Mill",
    "Tanager",
    "Bellweather",
    "Cedar Hollow",
    "Fenwick",
    "Juniper Ridge",
    "Kessler",
    "Ashgrove",
    "Partridge",
    "Winslow",
    "Marigold",
    "Ironwood",
    "Sable Creek",
    "Chandler",
    "Harbor View",
    "Pinecrest",
    "Rosalind",
    "Thistle",
    "Vireo",
    "Oxbow",
    "Glenmoor",
    "Stillwater",
    "Calloway",
    "Martin Luther King Jr.",
    "Dr. Amsel",
    "Mount Vernon",
    "Foxglove",
    "Brightwater",
    "Sumac",
    "Tern",
]
SUFFIX = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Blvd",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Ct",
    "Way",
    "Pkwy",
    "Terrace",
    "Cir",
    "Place",
    "Trail",
]
CITIES = [
    "Harrow Falls",
    "Millbrook",
    "East Kettering",
    "Port Adair",
    "Coldwater",
    "Saint Amand",
    "Lake Orrin",
    "Bexley Heights",
    "Florence",
    "Chester",
    "Marion",
    "Jackson",
    "Avalon Springs",
    "Granite Bay",
    "New Carlow",
    "Pemberton",
    "Ridgefield Junction",
    "Sweetwater",
    "Tillman",
    "Vandalia",
    "Wexford",
    "Youngstown Flats",
    "Zebulon",
    "Ardmore Landing",
    "Bristow",
    "Cahill",
    "Dunmore",
    "Elm Grove",
    "Fort Calder",
    "Glen Ives",
    "Hollis Corner",
    "Ironton",
    "Kingsbridge",
    "Lorain Mills",
    "Mount Orr",
    "North Ashby",
    "Oakhurst",
    "Prairie du Lac",
    "Red Wing Bluff",
    "San Esteban",
    "Two Rivers",
    "Hope",
    "Liberty",
    "Paris",
    "Victoria",
    "Santa Lucía",
    "Belleview",
    "Cold Spring",
]
COUNTIES = [
    "Tamsin",
    "Ardell",
    "Briscoe",
    "Calloway",
    "Dunmore",
    "Everly",
    "Fallon",
    "Greer",
    "Hatcher",
    "Inglis",
    "Jessup",
    "Kearny",
    "Lamont",
    "Merritt",
    "Norland",
    "Ossining",
    "Pruitt",
    "Quay",
]
STATES = ["OH", "PA", "MN", "OR", "NM", "GA", "WI", "ME", "TX", "MI", "NC", "WA", "KY", "IA", "VT", "AZ"]
FACILITY_PATTERNS = [
    "{c} Regional Medical Center",
    "St. Anselm Hospital of {c}",
    "{c} Community Hospital",
    "University Hospitals {c}",
    "{c} Memorial Cancer Center",
    "Mercy {c}",
    "{c} Children's Hospital",
    "{c} Genomics Clinic",
    "Harbor-{c} Medical Offices",
    "{c} VA Medical Center",
]

# --- helpers ---------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _date(rng: random.Random, y0: int, y1: int) -> _dt.date:
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 31).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = [
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


def _fmt(rng: random.Random, d: _dt.date, style: str | None = None) -> str:
    style = style or rng.choice(["iso", "us", "us", "usshort", "dmon", "DMON", "long", "dlong", "dot", "iso"])
    m, day, y = d.month, d.day, d.year
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return f"{m:02d}/{day:02d}/{y}"
    if style == "usshort":
        return f"{m}/{day}/{y % 100:02d}"
    if style == "dmon":
        return f"{day:02d}-{MON[m - 1]}-{y}"
    if style == "DMON":
        return f"{day:02d}{MON[m - 1].upper()}{y}"
    if style == "long":
        return f"{MONTH[m - 1]} {day}, {y}"
    if style == "dlong":
        return f"{day} {MONTH[m - 1]} {y}"
    if style == "dot":
        return f"{day:02d}.{m:02d}.{y}"
    if style == "compact":
        return f"{y}{m:02d}{day:02d}"
    if style == "monyr":
        return f"{MON[m - 1]} {y}"
    if style == "mmyyyy":
        return f"{m:02d}/{y}"
    raise ValueError(style)


def _ocr(rng: random.Random, text: str) -> str:
    table = {
        "0": "O",
        "1": "l",
        "5": "S",
        "8": "B",
        "O": "0",
        "l": "1",
        "I": "1",
        "S": "5",
        "e": "c",
        "m": "rn",
    }
    out = []
    hits = 0
    for ch in text:
        if ch in table and rng.random() < 0.35 and hits < 3:
            out.append(table[ch])
            hits += 1
        else:
            out.append(ch)
    return "".join(out)


def _phone(rng: random.Random) -> str:
    a = rng.choice(["216", "412", "503", "612", "717", "802", "919", "270", "319", "505", "614", "971"])
    n = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        [
            f"({a}) 555-{n}",
            f"{a}-555-{n}",
            f"{a}.555.{n}",
            f"+1 {a} 555 {n}",
            f"1-{a}-555-{n}",
            f"{a} 555 {n}",
            f"({a})555-{n}",
            f"+1-{a}-555-{n}",
        ]
    )


def _person(rng: random.Random, sex: str | None = None, family: str | None = None) -> dict[str, str]:
    sex = sex or rng.choice("FM")
    given = rng.choice(GIVEN_F if sex == "F" else GIVEN_M)
    fam = family or rng.choice(FAMILY)
    mid = rng.choice(string.ascii_uppercase.replace("Q", "").replace("X", ""))
    return {"given": given, "family": fam, "mid": mid, "sex": sex}


def _clin(rng: random.Random) -> dict[str, str]:
    p = _person(rng, family=rng.choice(CLIN_FAMILY))
    return p


def _email_local(rng: random.Random, given: str, family: str) -> str:
    g = "".join(ch for ch in given.lower() if ch.isalpha() and ch.isascii()) or "pt"
    f = "".join(ch for ch in family.lower() if ch.isalpha() and ch.isascii()) or "x"
    return rng.choice(
        [f"{g}.{f}", f"{g[0]}{f}", f"{f}.{g[0]}", f"{g}{rng.randint(1, 99)}", f"{g}_{f}{rng.randint(60, 99)}"]
    )


def _ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice([f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"])


def _vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice(["1", "2", "3", "5", "J", "W", "K"]) + _alnum(rng, 16, alphabet)


def _plate(rng: random.Random) -> str:
    L = string.ascii_uppercase
    return rng.choice(
        [
            f"{_alnum(rng, 3, L)}-{_digits(rng, 4)}",
            f"{_digits(rng, 1)}{_alnum(rng, 3, L)}{_digits(rng, 3)}",
            f"{_alnum(rng, 3, L)} {_digits(rng, 3)}",
            f"{_alnum(rng, 2, L)}{_digits(rng, 2)} {_alnum(rng, 3, L)}",
            f"{_digits(rng, 3)}-{_alnum(rng, 3, L)}",
        ]
    )


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# --- identities ------------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented participant with relatives, staff, places and every kind of ID."""
    v: dict[str, Value] = {}
    N, L, D, A = T.NAME, T.LOCATION, T.DATE, T.AGE

    pt = _person(rng)
    g, f, m = pt["given"], pt["family"], pt["mid"]
    v["pt_first"] = (N, g)
    v["pt_last"] = (N, f)
    v["pt_full"] = (N, f"{g} {f}")
    v["pt_fml"] = (N, f"{g} {m}. {f}")
    v["pt_lfm"] = (N, f"{f}, {g} {m}.")
    v["pt_lf"] = (N, f"{f}, {g}")
    v["pt_caps"] = (N, f"{f.upper()}, {g.upper()}")
    v["pt_caps_full"] = (N, f"{g.upper()} {f.upper()}")
    v["pt_hl7"] = (N, f"{f.upper()}^{g.upper()}^{m}")
    v["pt_initials"] = (
        N,
        rng.choice([f"{g[0]}{m}{f[0]}".upper(), f"{g[0]}-{m}-{f[0]}".upper(), f"{g[0]}{f[0]}".upper()]),
    )
    v["pt_ocr"] = (N, _ocr(rng, f"{f.upper()}, {g.upper()}"))
    v["pt_trunc"] = (N, f.upper()[:10].rstrip(" '-"))
    v["pt_trunc_pad"] = (None, " " * (12 - len(v["pt_trunc"][1])))
    v["pt_first_pad"] = (None, " " * max(1, 12 - len(g)))
    nick_src = rng.choice(list(NICK))
    v["pt_nick"] = (N, NICK[nick_src] if rng.random() < 0.5 else g.split("-")[0][:4])
    v["pt_sex"] = (None, pt["sex"])
    v["pt_sex_word"] = (None, "female" if pt["sex"] == "F" else "male")
    v["pt_pron"] = (None, "She" if pt["sex"] == "F" else "He")
    v["pt_pos"] = (None, "her" if pt["sex"] == "F" else "his")

    # relatives
    mother = _person(rng, "F")
    father = _person(rng, "M", family=f)
    mgm = _person(rng, "F")
    sib = _person(rng, family=f)
    aunt = _person(rng, "F", family=mother["family"])
    cousin = _person(rng)
    child = _person(rng, family=f if rng.random() < 0.7 else rng.choice(FAMILY))
    spouse = _person(rng)
    pgf = _person(rng, "M", family=f)
    for key, p in [
        ("mother", mother),
        ("father", father),
        ("mgm", mgm),
        ("sib", sib),
        ("aunt", aunt),
        ("cousin", cousin),
        ("child", child),
        ("spouse", spouse),
        ("pgf", pgf),
    ]:
        v[f"{key}_full"] = (N, f"{p['given']} {p['family']}")
        v[f"{key}_first"] = (N, p["given"])
        v[f"{key}_last"] = (N, p["family"])
    v["mother_maiden"] = (N, mother["family"])
    v["sib_rel"] = (None, "sister" if sib["sex"] == "F" else "brother")
    v["child_rel"] = (None, "daughter" if child["sex"] == "F" else "son")
    v["cousin_rel"] = (None, "first cousin")

    # staff
    for key in [
        "pi",
        "coord",
        "gc",
        "path",
        "cra",
        "irb",
        "hie",
        "rn",
        "labdir",
        "broker",
        "dm",
        "courier",
        "subi",
        "sponsor",
        "lab_tech",
        "privacy",
    ]:
        c = _clin(rng)
        v[f"{key}_full"] = (N, f"{c['given']} {c['family']}")
        v[f"{key}_last"] = (N, c["family"])
        v[f"{key}_first"] = (N, c["given"])
        v[f"{key}_init"] = (N, f"{c['given'][0]}. {c['family']}")
        v[f"{key}_lf"] = (N, f"{c['family']}, {c['given'][0]}")
        v[f"{key}_caps"] = (N, f"{c['family'].upper()}")
        v[f"{key}_email"] = (
            T.EMAIL,
            f"{_email_local(rng, c['given'], c['family'])}@{rng.choice(['research.example.org', 'example.org', 'irb.example.edu', 'genomics.example.com', 'hie.test', 'sponsor.example.com'])}",
        )

    # places
    street = f"{rng.randint(2, 19999)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}"
    v["street"] = (L, street)
    v["street_caps"] = (L, street.upper())
    v["unit"] = (
        L,
        rng.choice(
            [
                f"Apt {rng.randint(1, 40)}{rng.choice('ABCDF')}",
                f"Unit {rng.randint(100, 999)}",
                f"#{rng.randint(2, 30)}",
                f"Lot {rng.randint(1, 120)}",
                f"Suite {rng.randint(100, 450)}",
            ]
        ),
    )
    city = rng.choice(CITIES)
    v["city"] = (L, city)
    v["city_caps"] = (L, city.upper())
    v["city2"] = (L, rng.choice([c for c in CITIES if c != city]))
    v["city3"] = (L, rng.choice(CITIES))
    v["county"] = (L, f"{rng.choice(COUNTIES)} County")
    v["county_bare"] = (L, rng.choice(COUNTIES))
    v["state"] = (None, rng.choice(STATES))
    v["state2"] = (None, rng.choice(STATES))
    zip5 = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    v["zip"] = (L, zip5 if rng.random() < 0.7 else f"{zip5}-{_digits(rng, 4)}")
    v["zip5"] = (L, zip5)
    v["zip3"] = (None, zip5[:3])
    v["zip2"] = (L, f"{rng.randint(1, 99):02d}{_digits(rng, 3)}")
    v["street2"] = (L, f"{rng.randint(2, 9999)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}")
    fac_city = rng.choice(CITIES)
    v["facility"] = (L, rng.choice(FACILITY_PATTERNS).format(c=fac_city))
    v["facility2"] = (L, rng.choice(FACILITY_PATTERNS).format(c=rng.choice(CITIES)))
    v["facility3"] = (L, rng.choice(FACILITY_PATTERNS).format(c=rng.choice(CITIES)))
    v["birthplace"] = (L, rng.choice(CITIES))

    # dates
    dob = _date(rng, 1931, 2019)
    v["dob"] = (D, _fmt(rng, dob))
    v["dob_us"] = (D, _fmt(rng, dob, "us"))
    v["dob_iso"] = (D, _fmt(rng, dob, "iso"))
    v["dob_compact"] = (D, _fmt(rng, dob, "compact"))
    v["dob_ocr"] = (D, _ocr(rng, _fmt(rng, dob, "us")))
    v["birth_year"] = (None, str(dob.year))
    base = _date(rng, 2020, 2024)
    offs = sorted(rng.sample(range(-400, 300), 14))

    def ev(i: int, style: str | None = None) -> str:
        return _fmt(rng, base + _dt.timedelta(days=offs[i]), style)

    names = [
        "dx",
        "surgery",
        "screen",
        "consent",
        "enrol",
        "collect",
        "receipt",
        "visit",
        "ae_onset",
        "ae_resolved",
        "reconsent",
        "report",
        "letter",
        "irb",
    ]
    for i, k in enumerate(names):
        v[f"{k}_date"] = (D, ev(i))
        v[f"{k}_iso"] = (D, ev(i, "iso"))
        v[f"{k}_compact"] = (D, ev(i, "compact"))
    for k, i in [("collect_dt", 5), ("receipt_dt", 6), ("query_dt", 9), ("upload_dt", 7)]:
        d = base + _dt.timedelta(days=offs[i])
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        v[k] = (
            D,
            rng.choice(
                [
                    f"{d.isoformat()} {hh:02d}:{mm:02d}",
                    f"{d.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}Z",
                    f"{d.month:02d}/{d.day:02d}/{d.year} {hh:02d}:{mm:02d}",
                    f"{_fmt(rng, d, 'DMON')}:{hh:02d}:{mm:02d}",
                ]
            ),
        )
        v[k + "_compact"] = (D, f"{d.year}{d.month:02d}{d.day:02d}{hh:02d}{mm:02d}{ss:02d}")
    pt_age = rng.randint(24, 78)
    v["pt_age"] = (None, str(pt_age))
    v["dob_adult"] = (D, _fmt(rng, _dt.date(base.year - pt_age - 1, rng.randint(1, 12), rng.randint(1, 28))))
    kid_age = rng.randint(1, 16)
    v["kid_age"] = (None, str(kid_age))
    v["dob_kid"] = (D, _fmt(rng, _dt.date(base.year - kid_age - 1, rng.randint(1, 12), rng.randint(1, 28))))
    v["dob_infant"] = (D, _fmt(rng, base + _dt.timedelta(days=offs[5] - rng.randint(1, 3))))
    v["visit_short"] = (D, f"{MON[(base.month) % 12]} {rng.randint(1, 28)}")
    v["visit_dm"] = (D, f"{rng.randint(1, 28)}/{rng.randint(1, 12)}")
    dod = _date(rng, 1988, 2024)
    v["mgm_dod"] = (D, _fmt(rng, dod, rng.choice(["us", "dlong", "monyr", "iso", "mmyyyy"])))
    v["pgf_dod"] = (D, _fmt(rng, _date(rng, 1975, 2023), rng.choice(["monyr", "us", "long", "mmyyyy"])))
    v["aunt_dod"] = (D, _fmt(rng, _date(rng, 1995, 2024), rng.choice(["us", "dmon", "monyr"])))
    v["mother_dob"] = (D, _fmt(rng, _date(rng, 1925, 1995)))
    v["sib_dob"] = (D, _fmt(rng, _date(rng, 1935, 2018)))
    v["child_dob"] = (D, _fmt(rng, _date(rng, 1960, 2024)))
    v["pt_dod"] = (D, _fmt(rng, base + _dt.timedelta(days=rng.randint(300, 700))))
    v["pgf_year"] = (None, str(rng.randint(1950, 2010)))

    # ages 90+ (gold) and their words
    v["age90"] = (A, str(rng.randint(90, 104)))
    v["age90b"] = (A, str(rng.randint(90, 101)))
    old = _dt.date(base.year - int(v["age90"][1]) - 1, rng.randint(1, 12), rng.randint(1, 28))
    v["dob_old"] = (D, _fmt(rng, old))
    v["dob_old_us"] = (D, _fmt(rng, old, "us"))
    v["dob_old_compact"] = (D, _fmt(rng, old, "compact"))
    v["age90_word"] = (
        A,
        rng.choice(
            [
                "ninety",
                "ninety-one",
                "ninety-two",
                "ninety-three",
                "ninety-five",
                "ninety-seven",
                "one hundred",
            ]
        ),
    )

    # contact
    v["phone"] = (T.PHONE, _phone(rng))
    v["phone2"] = (T.PHONE, _phone(rng))
    v["phone3"] = (T.PHONE, _phone(rng))
    v["phone_digits"] = (T.PHONE, f"{rng.choice(['216', '614', '503'])}555{rng.randint(100, 199):04d}")
    v["fax"] = (T.FAX, _phone(rng))
    v["fax2"] = (T.FAX, _phone(rng))
    v["email"] = (
        T.EMAIL,
        f"{_email_local(rng, g, f)}@{rng.choice(['example.com', 'mail.example.com', 'example.org', 'inbox.test', 'example.net'])}",
    )
    v["email2"] = (
        T.EMAIL,
        f"{_email_local(rng, spouse['given'], spouse['family'])}@{rng.choice(['example.com', 'example.org', 'family.test'])}",
    )
    tok = _alnum(rng, 10, string.ascii_letters + string.digits)
    v["url"] = (
        T.URL,
        rng.choice(
            [
                f"https://econsent.example.org/s/{tok}",
                f"https://portal.research.example.com/participant/{_digits(rng, 7)}",
                f"http://hie.example.test/doc?pid={_digits(rng, 8)}",
                f"https://www.example.com/~{f.lower()[:6].replace(' ', '').replace(chr(39), '')}{rng.randint(1, 99)}",
                f"https://studytrack.example.org/subj/{_alnum(rng, 8)}/diary",
            ]
        ),
    )
    v["url2"] = (
        T.URL,
        rng.choice(
            [
                f"https://gc.example.org/pedigree/{_digits(rng, 6)}",
                f"https://hie.example.test/xds/retrieve?docId={_hex(rng, 12)}",
                f"https://cloud.devicevendor.example.com/p/{_alnum(rng, 9)}",
                f"www.example.org/family/{g.lower()[:5]}-{_digits(rng, 3)}",
            ]
        ),
    )
    v["ip"] = (
        T.IP_ADDRESS,
        rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"2001:db8:{_hex(rng, 4)}::{_hex(rng, 3)}",
            ]
        ),
    )
    v["ip2"] = (T.IP_ADDRESS, f"{rng.choice(['203.0.113', '198.51.100', '192.0.2'])}.{rng.randint(1, 254)}")

    # government / plan / account / licence
    v["ssn"] = (T.SSN, _ssn(rng))
    v["ssn_dash"] = (T.SSN, f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}")
    v["mrn"] = (
        T.MRN,
        rng.choice(
            [
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"MR{_digits(rng, 6)}",
                _digits(rng, 7),
                f"00{_digits(rng, 8)}",
            ]
        ),
    )
    v["mrn2"] = (
        T.MRN,
        rng.choice(
            [
                _digits(rng, 9),
                f"H{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"K{_digits(rng, 8)}",
            ]
        ),
    )
    v["mrn3"] = (
        T.MRN,
        rng.choice([_digits(rng, 7), f"UH{_digits(rng, 7)}", f"{_digits(rng, 6)}-{rng.randint(0, 9)}"]),
    )
    v["mrn_ocr"] = (T.MRN, _ocr(rng, v["mrn"][1]))
    v["member_id"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 9)}-01",
                f"ZGP{_digits(rng, 8)}",
            ]
        ),
    )
    mbi_a = "ACDEFGHJKMNPQRTUVWXY"
    v["mbi"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(["", "-"]).join(
            [
                f"{rng.randint(1, 9)}{rng.choice(mbi_a)}{_alnum(rng, 1, mbi_a + string.digits)}{rng.randint(0, 9)}",
                f"{rng.choice(mbi_a)}{_alnum(rng, 1, mbi_a + string.digits)}{rng.randint(0, 9)}",
                f"{rng.choice(mbi_a)}{rng.choice(mbi_a)}{rng.randint(0, 9)}{rng.randint(0, 9)}",
            ]
        ),
    )
    v["medicaid"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}{_alnum(rng, 1, string.ascii_uppercase)}",
                _digits(rng, 11),
                f"MCD-{_digits(rng, 8)}",
            ]
        ),
    )
    v["group_no"] = (
        T.HEALTH_PLAN_ID,
        rng.choice([f"GRP {_digits(rng, 6)}", f"{_digits(rng, 5)}-{_alnum(rng, 3)}", f"G{_digits(rng, 7)}"]),
    )
    v["fin"] = (
        T.ACCOUNT,
        rng.choice(
            [
                _digits(rng, 10),
                f"FIN {_digits(rng, 9)}",
                f"V{_digits(rng, 9)}",
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
            ]
        ),
    )
    v["acct"] = (
        T.ACCOUNT,
        rng.choice(
            [
                f"RSH-{_digits(rng, 7)}",
                f"{_digits(rng, 12)}",
                f"A{_digits(rng, 8)}",
                f"RB{_digits(rng, 3)}-{_digits(rng, 5)}",
            ]
        ),
    )
    v["claim"] = (
        T.ACCOUNT,
        rng.choice(
            [
                f"{_digits(rng, 2)}{_digits(rng, 3)}{_digits(rng, 6)}{_digits(rng, 3)}",
                f"CLM-{_digits(rng, 9)}",
                f"E{_digits(rng, 13)}",
            ]
        ),
    )
    v["card"] = (
        T.ACCOUNT,
        rng.choice(
            [
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
                f"5{_digits(rng, 15)}",
                f"PC-{_digits(rng, 10)}",
            ]
        ),
    )
    v["npi"] = (T.LICENSE, f"1{_digits(rng, 9)}")
    v["npi2"] = (T.LICENSE, f"1{_digits(rng, 9)}")
    v["dea"] = (T.LICENSE, f"{rng.choice('ABFM')}{rng.choice(string.ascii_uppercase)}{_digits(rng, 7)}")
    v["gc_lic"] = (
        T.LICENSE,
        rng.choice(
            [f"LGC{_digits(rng, 5)}", f"GC-{_digits(rng, 4)}", f"{_digits(rng, 6)}", f"CGC {_digits(rng, 6)}"]
        ),
    )
    v["med_lic"] = (
        T.LICENSE,
        rng.choice(
            [
                f"MD-{_digits(rng, 6)}",
                f"{_alnum(rng, 1, 'ACGRT')}{_digits(rng, 5)}",
                f"35.{_digits(rng, 6)}",
                f"LIC {_digits(rng, 7)}",
            ]
        ),
    )
    v["dl"] = (
        T.LICENSE,
        rng.choice(
            [
                f"{_alnum(rng, 1, string.ascii_uppercase)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 6)}",
                _digits(rng, 9),
                f"{_alnum(rng, 1, string.ascii_uppercase)}{_digits(rng, 12)}",
            ]
        ),
    )
    v["clia"] = (None, f"{_digits(rng, 2)}D{_digits(rng, 7)}")  # laboratory CLIA number: not a person
    v["vin"] = (T.VEHICLE_ID, _vin(rng))
    v["plate"] = (T.VEHICLE_ID, _plate(rng))

    # devices
    v["device_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                f"SN {_alnum(rng, 10)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 8)}",
                f"{_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}-{_hex(rng, 4).upper()}",
                f"GT9X{_digits(rng, 7)}",
                f"W{_digits(rng, 10)}",
            ]
        ),
    )
    v["device_sn2"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 6)}",
                f"{_digits(rng, 10)}",
                f"SN-{_alnum(rng, 8)}",
            ]
        ),
    )
    v["udi"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                f"(01)0{_digits(rng, 13)}(17){rng.randint(25, 29)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){_alnum(rng, 9)}",
                f"01{_digits(rng, 14)}21{_alnum(rng, 8)}",
                f"+H{_alnum(rng, 4)}{_digits(rng, 6)}$$${_alnum(rng, 8)}",
            ]
        ),
    )
    v["mac"] = (T.DEVICE_ID, ":".join(_hex(rng, 2).upper() for _ in range(6)))
    v["implant_lot"] = (T.DEVICE_ID, f"LOT {_digits(rng, 7)}-{_alnum(rng, 2)}")

    # biometrics / photos
    v["fp_id"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"FPT-{_hex(rng, 10).upper()}",
                f"FP{_digits(rng, 9)}",
                f"fingerprint_tpl_{_hex(rng, 8)}.ist",
                f"BIO-FP-{_digits(rng, 6)}",
            ]
        ),
    )
    v["voice_id"] = (
        T.BIOMETRIC,
        rng.choice([f"VP-{_alnum(rng, 8)}", f"voiceprint_{_hex(rng, 10)}.vpr", f"VX{_digits(rng, 8)}"]),
    )
    v["gait_id"] = (
        T.BIOMETRIC,
        rng.choice([f"GAIT-{_digits(rng, 7)}", f"gtpl_{_hex(rng, 9)}", f"GT-{_alnum(rng, 6)}"]),
    )
    v["iris_id"] = (
        T.BIOMETRIC,
        rng.choice([f"IRIS-{_hex(rng, 8).upper()}", f"IR{_digits(rng, 8)}", f"PALM-{_digits(rng, 7)}"]),
    )
    v["photo"] = (
        T.PHOTO,
        rng.choice(
            [
                f"IMG_{base.year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_face_front.jpg",
                f"dysmorph_{f.lower().replace(' ', '').replace(chr(39), '')[:8]}_frontal.png",
                f"PH-{_digits(rng, 8)}",
                f"facial_{_digits(rng, 6)}_lat.tif",
                f"{g.lower()[:5]}_{_digits(rng, 4)}_portrait.jpeg",
                f"PHOTO-ID-{_alnum(rng, 7)}",
            ]
        ),
    )
    v["photo2"] = (
        T.PHOTO,
        rng.choice(
            [
                f"face_{_hex(rng, 8)}.jpg",
                f"FP-IMG-{_digits(rng, 6)}",
                f"DSC_{_digits(rng, 4)}.JPG",
                f"badge_photo_{_digits(rng, 6)}.png",
            ]
        ),
    )

    # other IDs tied to this participant
    v["subj_id"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"{rng.randint(101, 399)}-{_digits(rng, 4)}",
                f"S-{rng.randint(10, 99)}-{_digits(rng, 3)}",
                f"SUBJ{_digits(rng, 5)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
                f"P{_digits(rng, 6)}",
            ]
        ),
    )
    v["screen_no"] = (
        T.OTHER_ID,
        rng.choice(
            [f"SCR-{_digits(rng, 5)}", f"E{_digits(rng, 6)}", f"SN{_digits(rng, 4)}-{rng.randint(1, 9)}"]
        ),
    )
    v["rand_no"] = (
        T.OTHER_ID,
        rng.choice([f"R{_digits(rng, 5)}", f"RAND-{_digits(rng, 4)}", f"{_digits(rng, 6)}"]),
    )
    yy = base.year % 100
    v["accession"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"S{yy}-{_digits(rng, 5)}",
                f"SP-{yy}-{_digits(rng, 6)}",
                f"{_digits(rng, 2)}{rng.choice(['MG', 'CG', 'SP'])}{_digits(rng, 6)}",
                f"A{_digits(rng, 9)}",
            ]
        ),
    )
    v["accession2"] = (
        T.OTHER_ID,
        rng.choice(
            [f"CG{yy}-{_digits(rng, 4)}", f"MOL-{base.year}-{_digits(rng, 5)}", f"NGS{_digits(rng, 7)}"]
        ),
    )
    v["specimen_id"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"BB-{base.year}-{_digits(rng, 6)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 8)}",
                f"SPN {_digits(rng, 4)} {_digits(rng, 4)}",
                f"HX{_digits(rng, 7)}",
            ]
        ),
    )
    sid = v["specimen_id"][1]
    v["aliquot1"] = (T.OTHER_ID, f"{sid}-{rng.choice(['A', 'P', 'S', 'D'])}01")
    v["aliquot2"] = (T.OTHER_ID, f"{sid}-{rng.choice(['A', 'P', 'S', 'D'])}02")
    v["block_id"] = (T.OTHER_ID, f"{v['accession'][1]}-{rng.choice('ABCD')}{rng.randint(1, 9)}")
    v["block_b1"] = (T.OTHER_ID, f"{v['accession'][1]}-B1")
    v["block_b2"] = (T.OTHER_ID, f"{v['accession'][1]}-B2")
    v["linkage_key"] = (
        T.OTHER_ID,
        rng.choice(
            [
                _hex(rng, 32),
                f"LK-{_alnum(rng, 4)}-{_alnum(rng, 4)}-{_alnum(rng, 4)}",
                _hex(rng, 16).upper(),
                f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}",
            ]
        ),
    )
    v["linkage_key2"] = (T.OTHER_ID, _hex(rng, 24))
    v["guid"] = (T.OTHER_ID, f"NDAR{_alnum(rng, 8, string.ascii_uppercase + string.digits)}")
    v["registry_no"] = (
        T.OTHER_ID,
        rng.choice([f"{base.year}{_digits(rng, 6)}", f"TR-{_digits(rng, 7)}", f"{_digits(rng, 9)}"]),
    )
    v["nbs_kit"] = (
        T.OTHER_ID,
        rng.choice(
            [f"{_digits(rng, 8)}", f"NB{_digits(rng, 2)}-{_digits(rng, 6)}", f"{yy}{_digits(rng, 7)}"]
        ),
    )
    v["safety_id"] = (
        T.OTHER_ID,
        f"US-{rng.choice(['MRDN', 'HLXB', 'NSTR', 'ACRV'])}-{base.year}-{_digits(rng, 6)}",
    )
    v["case_no"] = (
        T.OTHER_ID,
        rng.choice(
            [f"CASE-{_digits(rng, 6)}", f"GC{_digits(rng, 5)}", f"{_digits(rng, 3)}-{_alnum(rng, 4)}"]
        ),
    )
    v["doc_id"] = (T.OTHER_ID, f"{_digits(rng, 4)}.{_digits(rng, 6)}.{_digits(rng, 3)}")
    v["empi"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"EMPI{_digits(rng, 9)}",
                f"{_digits(rng, 3)}{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 4)}",
                f"X{_digits(rng, 10)}",
            ]
        ),
    )
    v["family_id"] = (
        T.OTHER_ID,
        rng.choice(
            [f"FAM-{_digits(rng, 5)}", f"K{_digits(rng, 4)}", f"F{base.year % 100}-{_digits(rng, 3)}"]
        ),
    )
    v["rx_no"] = (T.OTHER_ID, f"RX{_digits(rng, 7)}")
    v["prior_auth"] = (
        T.OTHER_ID,
        rng.choice([f"PA-{_digits(rng, 8)}", f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 7)}"]),
    )
    v["employee_id"] = (T.OTHER_ID, rng.choice([f"EMP{_digits(rng, 6)}", f"{_digits(rng, 6)}"]))
    v["hie_pid"] = (T.OTHER_ID, f"{_digits(rng, 10)}")
    v["participant_card_no"] = v["card"]
    return v


# --- look-alikes -----------------------------------------------------------------------------------

GENES = [
    ("BRCA2", "NM_000059.4", ["c.5946delT", "c.8537_8538del", "c.9097dup", "c.7007G>A"]),
    ("BRCA1", "NM_007294.4", ["c.68_69delAG", "c.5266dupC", "c.181T>G", "c.4327C>T"]),
    ("MLH1", "NM_000249.4", ["c.1852_1854del", "c.350C>T", "c.117-1G>A"]),
    ("MSH2", "NM_000251.3", ["c.942+3A>T", "c.1147C>T", "c.2634+1G>T"]),
    ("PALB2", "NM_024675.4", ["c.3113G>A", "c.509_510del", "c.172_175del"]),
    ("CHEK2", "NM_007194.4", ["c.1100delC", "c.470T>C"]),
    ("ATM", "NM_000051.4", ["c.7271T>G", "c.5932G>T"]),
    ("TP53", "NM_000546.6", ["c.743G>A", "c.844C>T", "c.524G>A"]),
    ("CFTR", "NM_000492.4", ["c.1521_1523del", "c.350G>A", "c.1624G>T"]),
    ("APC", "NM_000038.6", ["c.3927_3931del", "c.3920T>A"]),
    ("HBB", "NM_000518.5", ["c.20A>T", "c.-78A>G"]),
    ("SMN1", "NM_000344.4", ["exon 7 deletion"]),
    ("PAH", "NM_000277.3", ["c.1222C>T", "c.782G>A"]),
    ("ACADM", "NM_000016.6", ["c.985A>G"]),
]
PROTEIN = {
    "c.5946delT": "p.Ser1982fs",
    "c.7007G>A": "p.Arg2336His",
    "c.68_69delAG": "p.Glu23fs",
    "c.5266dupC": "p.Gln1756fs",
    "c.181T>G": "p.Cys61Gly",
    "c.4327C>T": "p.Arg1443Ter",
    "c.1100delC": "p.Thr367fs",
    "c.743G>A": "p.Arg248Gln",
    "c.844C>T": "p.Arg282Trp",
    "c.524G>A": "p.Arg175His",
    "c.1521_1523del": "p.Phe508del",
    "c.1222C>T": "p.Arg408Trp",
    "c.985A>G": "p.Lys329Glu",
    "c.3113G>A": "p.Trp1038Ter",
    "c.7271T>G": "p.Val2424Gly",
    "c.1147C>T": "p.Arg383Ter",
    "c.20A>T": "p.Glu7Val",
    "c.350C>T": "p.Ala117Val",
}
ICD10 = [
    "C50.912",
    "Z15.01",
    "Z80.3",
    "Z80.41",
    "C18.7",
    "C56.9",
    "Z13.79",
    "E84.0",
    "E70.0",
    "D57.1",
    "C61",
    "Z85.3",
    "Z00.6",
    "E71.311",
    "G12.9",
    "Z31.430",
    "C25.0",
    "R94.31",
]
ICDO = [
    ("C50.4", "8500/3"),
    ("C18.7", "8140/3"),
    ("C56.9", "8461/3"),
    ("C61.9", "8550/3"),
    ("C25.0", "8500/3"),
    ("C34.1", "8140/3"),
    ("C71.1", "9440/3"),
    ("C44.3", "8720/3"),
]
CPT = [
    "81162",
    "81432",
    "81479",
    "96040",
    "88271",
    "88291",
    "81445",
    "81220",
    "88305",
    "88342",
    "36415",
    "99203",
    "81229",
    "0036U",
    "S3800",
    "99213",
]
LOINC = ["51969-4", "21636-6", "53037-8", "57723-9", "48767-8", "81247-9", "2345-7", "718-7", "32110-6"]
SNOMED = ["254837009", "412734009", "126926005", "190905008", "86049000", "429740004"]
NDC = ["0078-0659-66", "63020-049-01", "0006-3026-02", "50242-060-01", "0069-0187-01", "0310-0668-12"]
HCPCS = ["G0452", "S0265", "J9271", "Q0083", "A4253", "E0607", "G2066"]
MEDDRA = [
    ("Neutropenia", "10029354"),
    ("Pneumonitis", "10035742"),
    ("Fatigue", "10016256"),
    ("Alanine aminotransferase increased", "10001551"),
    ("Rash maculo-papular", "10037868"),
    ("Infusion related reaction", "10051792"),
    ("Atrial fibrillation", "10003658"),
    ("Febrile neutropenia", "10016288"),
    ("Syncope", "10042772"),
    ("Colitis", "10009887"),
]
DRUGS = [
    "olaparib 300 mg PO BID",
    "pembrolizumab 200 mg IV q3w",
    "talazoparib 1 mg daily",
    "carboplatin AUC 5 IV",
    "metformin 500 mg BID",
    "atezolizumab 1200 mg IV",
    "ivacaftor 150 mg q12h",
    "sapropterin 20 mg/kg/day",
    "nusinersen 12 mg intrathecal",
    "study drug HX-301 40 mg PO daily",
    "placebo-matched capsule x2 daily",
    "niraparib 200 mg daily",
    "tamoxifen 20 mg daily",
]
BRANDS = [
    "Lynparza",
    "Keytruda",
    "Talzenna",
    "Kalydeco",
    "Trikafta",
    "Spinraza",
    "Zolgensma",
    "Kuvan",
    "Zejula",
    "Tecentriq",
    "Ozempic",
    "Eliquis",
    "Neulasta",
    "Zofran",
]
DEVICES = [
    "ActiGraph GT9X Link",
    "Fitbit Charge 6",
    "Dexcom G7",
    "Zio XT patch",
    "Omron HEM-7361T",
    "Withings Body+ scale",
    "Apple Watch Series 9",
    "Empatica EmbracePlus",
    "Masimo MightySat",
    "BioStamp nPoint",
    "Oura ring Gen3",
]
EPONYMS = [
    "Lynch syndrome",
    "Li-Fraumeni syndrome",
    "Cowden syndrome",
    "Graves' disease",
    "Parkinson disease",
    "Down syndrome",
    "Turner syndrome",
    "Hodgkin lymphoma",
    "Wilms tumour",
    "Tay-Sachs disease",
    "Peutz-Jeghers syndrome",
    "Huntington disease",
    "Marfan syndrome",
    "Fanconi anemia",
    "Ehlers-Danlos syndrome",
    "Klinefelter syndrome",
    "Von Hippel-Lindau disease",
    "Alzheimer disease",
]
ROLES = [
    "the PI",
    "the study coordinator",
    "the sub-investigator",
    "the attending",
    "the genetic counsellor",
    "the CRA",
    "the honest broker",
    "the IRB analyst",
    "the data manager",
    "the on-call fellow",
    "the research nurse",
    "the biorepository tech",
    "the privacy officer",
    "the medical monitor",
    "the sponsor's safety physician",
    "the lab director",
]
ORGS = [
    "Meridian Cancer Consortium",
    "Helix Harbor Central Lab",
    "Northstar Genomics Laboratory",
    "Cascade Oncology Research Group",
    "the Coordinating Center",
    "Central IRB",
    "the Data Safety Monitoring Board",
    "BioVault Repository Services",
    "Ampersand Molecular Diagnostics",
    "Statewide Newborn Screening Program",
    "the Health Information Exchange",
    "Quorum Clinical Analytics",
    "Rare Disease Natural History Network",
    "Pacific Cytogenetics Core",
    "Sponsor Pharmacovigilance",
]
KARYO = [
    "46,XX",
    "46,XY",
    "47,XY,+21",
    "45,X",
    "46,XX,t(9;22)(q34.1;q11.2)",
    "46,XY,del(5)(q13q33)",
    "47,XXY",
    "46,XX,inv(16)(p13.1q22)",
    "46,XY,t(11;22)(q23;q11.2)",
    "46,XX,add(7)(q22)",
]
SPECIMENS = [
    "whole blood, EDTA (lavender) 2 x 6 mL",
    "saliva, Oragene DNA kit",
    "FFPE block, 10 unstained slides",
    "serum 1.0 mL x 4 aliquots",
    "buccal swab x2",
    "bone marrow aspirate, sodium heparin 3 mL",
    "dried blood spot card (5 circles)",
    "fresh frozen tumour, OCT",
    "plasma cfDNA Streck tube 10 mL",
    "PBMC 5 x 10^6 cells/vial",
    "urine 30 mL",
]
VISITS = [
    "Screening",
    "Baseline (Day 1)",
    "C1D1",
    "C2D15",
    "C3D1",
    "Week 12",
    "Week 24",
    "EOT",
    "30-day safety follow-up",
    "Month 6 FU",
    "Unscheduled",
]


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not PHI: codes, doses, labs, roles, versions."""
    v: dict[str, Value] = {}
    gene, tx, vars_ = rng.choice(GENES)
    c = rng.choice(vars_)
    v["gene"] = (None, gene)
    v["transcript"] = (None, tx)
    v["hgvs_c"] = (None, c)
    v["hgvs_p"] = (None, PROTEIN.get(c, "p.?"))
    v["variant"] = (None, f"{gene} {c}")
    gene2, _tx2, vars2 = rng.choice(GENES)
    v["gene2"] = (None, gene2)
    v["variant2"] = (None, f"{gene2} {rng.choice(vars2)}")
    v["rsid"] = (None, f"rs{rng.randint(1000, 999999999)}")
    v["rsid2"] = (None, f"rs{rng.randint(1000, 99999999)}")
    v["clinvar"] = (None, f"VCV{rng.randint(0, 999999):09d}.{rng.randint(1, 12)}")
    v["chrpos"] = (
        None,
        f"chr{rng.choice(['13', '17', '3', '2', '7', '5', '11'])}:{rng.randint(1000000, 199999999)}",
    )
    v["build"] = (None, rng.choice(["GRCh38", "GRCh37/hg19", "GRCh38.p14"]))
    v["acmg"] = (
        None,
        rng.choice(
            ["Pathogenic", "Likely pathogenic", "VUS", "Likely benign", "Pathogenic (PVS1, PM2, PP5)"]
        ),
    )
    v["zyg"] = (None, rng.choice(["heterozygous", "homozygous", "hemizygous", "compound heterozygous"]))
    v["vaf"] = (None, f"{rng.uniform(35, 55):.1f}%")
    v["depth"] = (None, f"{rng.randint(80, 900)}x")
    v["panel"] = (
        None,
        rng.choice(
            [
                "HerediScreen 84-gene panel",
                "BRCA1/2 full sequencing + del/dup",
                "Lynch 5-gene panel",
                "exome trio (proband + parents)",
                "SMN1/SMN2 copy number",
                "CF 139-variant panel",
                "chromosomal microarray (CMA) 750K",
            ]
        ),
    )
    v["karyotype"] = (None, rng.choice(KARYO))
    v["fish"] = (
        None,
        rng.choice(
            [
                "nuc ish(ABL1,BCR)x3,(ABL1 con BCR)x2[180/200]",
                "nuc ish(ERBB2,CEP17)x2[60]",
                "nuc ish(KMT2Ax2)(5'KMT2A sep 3'KMT2Ax1)[34/200]",
                "nuc ish(TP53x1)[46/200]",
            ]
        ),
    )
    v["cells"] = (None, f"{rng.choice([20, 20, 30, 15])} metaphases")
    v["band"] = (None, f"{rng.choice([400, 450, 550])}-band level")
    v["icd10"] = (None, rng.choice(ICD10))
    v["icd10b"] = (None, rng.choice(ICD10))
    topo, morph = rng.choice(ICDO)
    v["icdo_topo"] = (None, topo)
    v["icdo_morph"] = (None, morph)
    v["stage"] = (
        None,
        rng.choice(
            [
                "pT2 pN1a M0, stage IIB",
                "cT3 N0 M0",
                "stage IIIA (AJCC 8th)",
                "pT1c pN0(sn) cM0",
                "FIGO IIIC",
                "Dukes C",
                "stage IV",
                "ypT0 ypN0",
            ]
        ),
    )
    v["grade"] = (None, rng.choice(["G1", "G2", "G3", "Nottingham grade 2 (3+3+1)", "Gleason 4+3=7"]))
    v["er_pr"] = (
        None,
        rng.choice(
            [
                "ER 95% / PR 40% / HER2 1+",
                "ER neg / PR neg / HER2 0",
                "MMR deficient (MLH1/PMS2 loss)",
                "MSI-H",
                "PD-L1 TPS 60%",
            ]
        ),
    )
    v["cpt"] = (None, rng.choice(CPT))
    v["cpt2"] = (None, rng.choice(CPT))
    v["loinc"] = (None, rng.choice(LOINC))
    v["snomed"] = (None, rng.choice(SNOMED))
    v["ndc"] = (None, rng.choice(NDC))
    v["hcpcs"] = (None, rng.choice(HCPCS))
    v["drg"] = (None, f"MS-DRG {rng.choice(['582', '583', '654', '756', '823', '949'])}")
    v["revcode"] = (None, f"0{rng.choice(['300', '310', '311', '360', '636', '940'])}")
    pt, code = rng.choice(MEDDRA)
    v["meddra_pt"] = (None, pt)
    v["meddra_code"] = (None, code)
    v["ctcae"] = (None, f"Grade {rng.randint(1, 4)}")
    v["ctcae_ver"] = (None, rng.choice(["CTCAE v5.0", "CTCAE v4.03"]))
    v["drug"] = (None, rng.choice(DRUGS))
    v["drug2"] = (None, rng.choice(DRUGS))
    v["brand"] = (None, rng.choice(BRANDS))
    v["device_brand"] = (None, rng.choice(DEVICES))
    v["eponym"] = (None, rng.choice(EPONYMS))
    v["eponym2"] = (None, rng.choice(EPONYMS))
    v["role"] = (None, rng.choice(ROLES))
    v["role2"] = (None, rng.choice(ROLES))
    v["org"] = (None, rng.choice(ORGS))
    v["org2"] = (None, rng.choice(ORGS))
    v["specimen_type"] = (None, rng.choice(SPECIMENS))
    v["visit_name"] = (None, rng.choice(VISITS))
    v["arm"] = (
        None,
        rng.choice(
            [
                "Arm A (experimental)",
                "Arm B (control)",
                "Cohort 2",
                "Part B dose-expansion",
                "open-label extension",
            ]
        ),
    )

    proto = f"{rng.choice(['HX', 'MRD', 'ONC', 'GEN', 'NBS', 'CRC', 'PGx'])}-{rng.randint(100, 9999)}"
    v["protocol"] = (None, proto)
    v["nct"] = (None, f"NCT0{rng.randint(1000000, 6999999)}")
    v["irb_no"] = (
        None,
        rng.choice(
            [
                f"IRB #{rng.randint(2016, 2025)}-{rng.randint(100, 9999):04d}",
                f"STUDY{rng.randint(10000, 99999):08d}",
                f"Pro{rng.randint(10000000, 99999999)}",
                f"HRP-{rng.randint(100, 999)}",
            ]
        ),
    )
    v["site_no"] = (None, f"{rng.randint(101, 399)}")
    v["site_no2"] = (None, f"{rng.randint(1, 99):03d}")
    v["kit_lot"] = (
        None,
        rng.choice(
            [
                f"Lot {rng.randint(10, 29)}{rng.choice('ABCDEFGHJK')}{rng.randint(100, 999)}",
                f"LOT#{rng.randint(100000, 999999)}",
                f"lot {rng.choice('ABCDEFGHJK')}{rng.randint(1000, 9999)}",
            ]
        ),
    )
    v["kit_lot2"] = (None, f"Lot {rng.randint(1000, 9999)}-{rng.randint(10, 99)}")
    v["ref_no"] = (None, f"REF {rng.choice(['OG-500', 'OG-600', 'ORE-100', '367861', '455322', 'K2E-BD'])}")
    v["form_no"] = (
        None,
        rng.choice(
            [
                f"Form {rng.choice(['GC', 'BB', 'RS', 'AE', 'HIE'])}-{rng.randint(1, 99):02d} rev {rng.randint(1, 12)}",
                f"CRF page {rng.randint(1, 80)}",
                "FDA 3500A",
                f"F-{rng.randint(100, 999)}",
            ]
        ),
    )
    v["consent_ver"] = (None, f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}")
    v["consent_ver2"] = (None, f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}")
    v["amend_no"] = (None, f"Amendment {rng.randint(1, 12)}")
    v["sop"] = (None, f"SOP-{rng.choice(['BB', 'LAB', 'REG', 'DM', 'QA'])}-{rng.randint(1, 150):03d}")
    v["policy"] = (None, f"Policy {rng.choice(['HRP', 'PRV', 'IS', 'RES'])}-{rng.randint(100, 999)}")
    v["dua_ver"] = (None, f"DUA template {rng.randint(1, 6)}.{rng.randint(0, 9)}")
    v["cfr"] = (
        None,
        rng.choice(
            [
                "45 CFR 46.116",
                "21 CFR 312.32",
                "45 CFR 164.514(b)(2)",
                "45 CFR 164.512(i)",
                "21 CFR 50.25",
                "45 CFR 164.514(e)",
            ]
        ),
    )
    v["bp"] = (None, f"{rng.randint(98, 168)}/{rng.randint(55, 99)}")
    v["hr"] = (None, str(rng.randint(52, 118)))
    v["temp"] = (None, f"{rng.uniform(36.1, 38.9):.1f}")
    v["spo2"] = (None, f"{rng.randint(88, 100)}%")
    v["weight"] = (None, f"{rng.uniform(42, 130):.1f} kg")
    v["steps"] = (None, f"{rng.randint(800, 19000):,}")
    v["glucose"] = (None, str(rng.randint(62, 320)))
    v["lab"] = (
        None,
        rng.choice(
            [
                f"Hgb {rng.uniform(8, 16):.1f} g/dL (ref 12.0-15.5)",
                f"ANC {rng.uniform(0.4, 6):.2f} x10^9/L (1.5-8.0)",
                f"creatinine {rng.uniform(0.5, 2.4):.2f} mg/dL (0.57-1.00)",
                f"ALT {rng.randint(8, 240)} U/L (7-56)",
                f"platelets {rng.randint(40, 420)} K/uL",
                f"TSH {rng.uniform(0.2, 8):.2f} mIU/L",
                f"CA-125 {rng.randint(8, 900)} U/mL (<35)",
            ]
        ),
    )
    v["lab2"] = (
        None,
        rng.choice(
            [
                f"eGFR {rng.randint(28, 120)} mL/min/1.73m2",
                f"bilirubin {rng.uniform(0.2, 3.5):.1f} mg/dL",
                f"QTcF {rng.randint(390, 510)} ms",
                f"HbA1c {rng.uniform(5, 11):.1f}%",
                f"WBC {rng.uniform(1.5, 14):.1f}",
                f"LVEF {rng.randint(35, 70)}%",
            ]
        ),
    )
    v["nbs_analyte"] = (
        None,
        rng.choice(
            [
                "Phe 9.8 mg/dL (cutoff <2.1)",
                "C8 acylcarnitine 1.42 umol/L (cutoff 0.22)",
                "TSH 38 uIU/mL (cutoff 25)",
                "IRT 96 ng/mL (>99.5th centile)",
                "TREC 12 copies/uL (cutoff 18)",
                "17-OHP 78 ng/mL (BW-adjusted)",
                "Hb FS pattern",
                "SMN1 exon 7 not detected (qPCR)",
            ]
        ),
    )
    v["ecog"] = (None, f"ECOG {rng.randint(0, 2)}")
    v["score"] = (
        None,
        rng.choice(
            [
                f"Karnofsky {rng.choice([60, 70, 80, 90])}",
                f"PHQ-9 {rng.randint(0, 22)}",
                f"MoCA {rng.randint(18, 30)}/30",
                f"Tyrer-Cuzick 10-yr {rng.uniform(2, 18):.1f}%",
                "Apgar 8/9",
                f"PREMM5 {rng.uniform(1, 30):.1f}%",
            ]
        ),
    )
    v["time"] = (None, f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    v["time2"] = (
        None,
        f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}",
    )
    v["time3"] = (None, f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}")
    v["year"] = (None, str(rng.randint(1968, 2024)))
    v["year2"] = (None, str(rng.randint(1955, 2020)))
    v["year3"] = (None, str(rng.randint(2015, 2025)))
    v["age"] = (None, str(rng.randint(18, 89)))
    v["age2"] = (None, str(rng.randint(30, 89)))
    v["age3"] = (None, str(rng.randint(25, 75)))
    v["age_dx"] = (None, str(rng.randint(28, 72)))
    v["age_dx2"] = (None, str(rng.randint(35, 80)))
    v["age_child"] = (None, str(rng.randint(2, 17)))
    v["money"] = (
        None,
        rng.choice(
            [
                f"${rng.randint(25, 150)}.00",
                f"${rng.randint(1, 9)},{rng.randint(100, 999)}.{rng.randint(0, 99):02d}",
                f"USD {rng.randint(40, 400)}",
            ]
        ),
    )
    v["money2"] = (None, f"${rng.randint(10, 95)}.{rng.randint(0, 99):02d}")
    v["room"] = (
        None,
        rng.choice(
            [
                f"Rm {rng.randint(100, 899)}",
                f"Room {rng.randint(1, 9)}{rng.choice('ABC')}-{rng.randint(10, 60)}",
                f"Suite {rng.randint(2, 9)}00",
            ]
        ),
    )
    v["bed"] = (None, f"Bed {rng.randint(1, 40)}{rng.choice('AB')}")
    v["freezer"] = (
        None,
        f"Freezer F-{rng.randint(1, 24):02d} / Rack {rng.randint(1, 12)} / Box {rng.randint(1, 99)} / Pos {rng.choice('ABCDEFGHI')}{rng.randint(1, 9)}",
    )
    v["freezer_short"] = (
        None,
        f"F{rng.randint(1, 24):02d}-R{rng.randint(1, 12)}-B{rng.randint(1, 99):02d}-{rng.choice('ABCDEFGHI')}{rng.randint(1, 9)}",
    )
    v["temp_store"] = (
        None,
        rng.choice(["-80 °C", "-20 °C", "LN2 vapour phase", "2-8 °C", "ambient", "-196C"]),
    )
    v["volume"] = (None, f"{rng.choice([0.5, 1.0, 1.5, 2.0, 4.0])} mL")
    v["n_aliquots"] = (None, str(rng.randint(2, 12)))
    v["count"] = (None, str(rng.randint(3, 480)))
    v["count2"] = (None, str(rng.randint(1, 60)))
    v["pct"] = (None, f"{rng.uniform(0.5, 99):.1f}%")
    v["days"] = (None, str(rng.randint(1, 30)))
    v["cycle"] = (None, f"C{rng.randint(1, 12)}D{rng.choice([1, 8, 15, 22])}")
    v["dose_level"] = (None, f"DL{rng.randint(-1, 4)}")
    v["pages"] = (None, str(rng.randint(2, 14)))
    v["tat"] = (None, f"{rng.randint(7, 28)} calendar days")
    v["ext"] = (None, f"ext. {rng.randint(2000, 7999)}")
    v["oid_root"] = (
        None,
        rng.choice(["2.16.840.1.113883.19.5", "2.16.840.1.113883.3.72.5.9", "1.3.6.1.4.1.21367.2010.1.2"]),
    )
    v["oid_root2"] = (
        None,
        rng.choice(["2.16.840.1.113883.6.1", "2.16.840.1.113883.6.96", "2.16.840.1.113883.6.90"]),
    )
    v["ver_str"] = (None, f"{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}")
    v["firmware"] = (None, f"fw {rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 99)}")
    v["battery"] = (None, f"{rng.randint(4, 100)}%")
    v["sample_rate"] = (None, rng.choice(["30 Hz", "100 Hz", "1 min epochs", "5-min CGM"]))
    v["wear_pct"] = (None, f"{rng.randint(40, 99)}%")
    v["risk"] = (
        None,
        rng.choice(["1 in 8", "~60% lifetime", "50% per offspring", "25% per pregnancy", "2-3x population"]),
    )
    v["cond"] = (
        None,
        rng.choice(
            [
                "PKU",
                "MCAD deficiency",
                "congenital hypothyroidism",
                "cystic fibrosis",
                "SCID",
                "CAH",
                "sickle cell disease",
                "SMA",
            ]
        ),
    )
    v["bmi"] = (None, f"{rng.uniform(17, 41):.1f}")
    v["hours"] = (None, f"{rng.randint(1, 72)} h")
    v["ancestry"] = (
        None,
        rng.choice(
            [
                "Ashkenazi Jewish",
                "Northern European",
                "West African",
                "Filipino",
                "Mexican",
                "Punjabi",
                "mixed/unknown",
                "Irish",
                "Han Chinese",
                "Diné (Navajo)",
            ]
        ),
    )
    v["pct_small"] = (None, f"{rng.randint(1, 40)}%")
    v["num_rows"] = (None, f"{rng.randint(200, 90000):,}")
    v["fields_n"] = (None, str(rng.randint(12, 220)))
    return v
