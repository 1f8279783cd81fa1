"""Values for planted set 5: one invented identity per note, and look-alike clinical filler.

Every value is drawn from the ``rng`` passed in (never the global ``random``), so a seed gives the
same notes and another seed gives other ones. Names, towns and streets come from the lists below
(invented or common words; no real patient). Phone numbers use 555-01xx; mail and web addresses
use example.com / example.org / .test.
"""

from __future__ import annotations

import datetime as _dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- name lists ---------------------------------------------------------------------------------

FIRST = (
    "Ana",
    "Maria",
    "José",
    "Luis",
    "Guadalupe",
    "Nguyen Thi",
    "Minh",
    "Thanh",
    "Wei",
    "Xiu",
    "Hiroshi",
    "Yuki",
    "Priya",
    "Rajesh",
    "Anjali",
    "Sanjay",
    "Fatima",
    "Omar",
    "Layla",
    "Yusuf",
    "Chidi",
    "Ngozi",
    "Oluwaseun",
    "Kwame",
    "Abena",
    "Aisha",
    "Ibrahim",
    "Svetlana",
    "Dmitri",
    "Olga",
    "Katarzyna",
    "Piotr",
    "Siobhan",
    "Declan",
    "Niamh",
    "Sean",
    "Bridget",
    "Gerard",
    "Hope",
    "Faith",
    "Grace",
    "Joy",
    "Rose",
    "Violet",
    "June",
    "April",
    "Summer",
    "Dawn",
    "Jordan",
    "Austin",
    "Dallas",
    "Florence",
    "Georgia",
    "Sydney",
    "Brooklyn",
    "Savannah",
    "Robert",
    "Bobby",
    "Margaret",
    "Peggy",
    "William",
    "Billy",
    "Elizabeth",
    "Betty",
    "Richard",
    "Dick",
    "Patricia",
    "Patsy",
    "James",
    "Jim",
    "Dorothy",
    "Dot",
    "Harold",
    "Mildred",
    "Earl",
    "Bernadette",
    "Lorenzo",
    "Giulia",
    "Matteo",
    "Sofia",
    "Lars",
    "Ingrid",
    "Sven",
    "Astrid",
    "Mateus",
    "Thiago",
    "Keanu",
    "Leilani",
    "Kalani",
    "Tomasz",
    "Zofia",
    "Mehmet",
    "Elif",
    "Hamid",
    "Shirin",
    "Darius",
    "Carmen",
    "Dolores",
    "Esperanza",
    "Amadou",
    "Mariama",
    "Ji-woo",
    "Min-jun",
    "Seo-yeon",
    "Jean-Luc",
    "Marie-Claire",
    "Anne-Marie",
    "Mary Kate",
    "Deshawn",
    "Latoya",
    "Tyrone",
    "Shanice",
    "Marquis",
    "Ebony",
    "Cody",
    "Brandi",
    "Rusty",
)

LAST = (
    "Garcia",
    "Hernandez",
    "de la Cruz",
    "de la Rosa",
    "del Toro",
    "Nguyen",
    "Tran",
    "Pham",
    "Le",
    "Chen",
    "Wang",
    "Li",
    "Zhang",
    "Tanaka",
    "Watanabe",
    "Kim",
    "Park",
    "Choi",
    "Patel",
    "Shah",
    "Iyer",
    "Venkataraman",
    "Chatterjee",
    "Al-Hashimi",
    "El-Amin",
    "Haddad",
    "Abdullah",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Osei",
    "Diallo",
    "Kowalski",
    "Wiśniewski",
    "Nowak",
    "Ivanova",
    "Petrov",
    "O'Neill",
    "O'Brien",
    "McCarthy",
    "MacLeod",
    "D'Angelo",
    "D'Souza",
    "van der Berg",
    "van Dijk",
    "Van Buren",
    "von Stein",
    "De Vries",
    "St. Clair",
    "Smith-Jones",
    "Lopez-Rivera",
    "Martinez-Ortiz",
    "Baker-Whitfield",
    "Reyes-Santos",
    "Young",
    "King",
    "Bell",
    "Stone",
    "Rose",
    "Love",
    "Hope",
    "Church",
    "Hill",
    "Woods",
    "Price",
    "Brown",
    "Black",
    "White",
    "Green",
    "Bishop",
    "Cook",
    "Baker",
    "Mason",
    "Fox",
    "Wolf",
    "Cross",
    "Frost",
    "Winter",
    "Summers",
    "Rich",
    "Noble",
    "Street",
    "Lane",
    "Ford",
    "Jordan",
    "Lincoln",
    "Chester",
    "Austin",
    "Florence",
    "Paris",
    "Washington",
    "Madison",
    "Johansson",
    "Lindqvist",
    "Haugen",
    "Rossi",
    "Esposito",
    "Bianchi",
    "Müller",
    "Schmidt",
    "Fischer",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Kealoha",
    "Kahananui",
    "Yazzie",
    "Begay",
    "Goldberg",
    "Rosenthal",
    "Katz",
    "Papadopoulos",
    "Georgiou",
    "Yilmaz",
    "Demir",
    "Novak",
    "Horvat",
    "Ferreira",
    "Silva",
    "Santos",
    "Oliveira",
    "Mbeki",
    "Ndlovu",
)

NICK = (
    "Bobby",
    "Peggy",
    "Billy",
    "Betty",
    "Jimmy",
    "Dot",
    "Sonny",
    "Junior",
    "Bubba",
    "Tina",
    "Lupe",
    "Chuy",
    "Kat",
    "Lexi",
    "Manny",
    "Rocco",
    "Sunny",
    "Nana",
    "Pops",
    "Duke",
)

TOWNS = (
    "Millbrook",
    "Cedar Falls",
    "Fairview",
    "Port Alder",
    "Harlow",
    "Dunmore",
    "Ashby",
    "Glen Haven",
    "Riverton",
    "Lakeside",
    "Oak Ridge",
    "Pine Bluff",
    "Marston",
    "Westfield",
    "Bethel",
    "Liberty",
    "Hope",
    "Union",
    "Paradise",
    "Eden",
    "Clay",
    "Normal",
    "Story",
    "Springdale",
    "Brighton",
    "Kingsport",
    "New Hartley",
    "East Corliss",
    "North Vance",
    "San Lorenzo",
    "Los Alamitos Viejo",
    "Belle Chasse",
    "Fond du Lac",
    "Terre Noire",
    "Wolf Creek",
    "Bear Hollow",
    "Stillwater",
    "Greenbriar",
    "Maple Grove",
    "Juniper",
    "Altavista",
    "Mount Carmel",
    "Holloway",
    "Tidewater",
    "Red Bank",
    "Sandy Point",
)
COUNTIES = (
    "Harlan",
    "Boone",
    "Mercer",
    "Wayne",
    "Clark",
    "Tioga",
    "Kern",
    "Marion",
    "Sevier",
    "Lowndes",
    "Pulaski",
    "Oneida",
    "Coconino",
    "Yellow Medicine",
    "St. Croix",
)
NEIGHBOURHOODS = (
    "Five Points",
    "the Flats",
    "Old Town",
    "Little Saigon",
    "Near North Side",
    "Chinatown",
    "Germantown",
    "the Heights",
    "South End",
    "Riverside Terrace",
    "Pilsen",
    "Bayview",
    "Cabbagetown",
    "Frogtown",
)
STATES = (
    "OH",
    "PA",
    "MI",
    "IN",
    "KY",
    "TN",
    "GA",
    "NC",
    "VA",
    "TX",
    "AZ",
    "OR",
    "WA",
    "MN",
    "WI",
    "IL",
    "NY",
    "NJ",
    "CA",
    "CO",
    "Ohio",
    "Texas",
    "Oregon",
    "Kentucky",
)
STREETS = (
    "Larkspur",
    "Maple",
    "Oak",
    "Elm",
    "Main",
    "Church",
    "Mill",
    "Water",
    "Kings",
    "Martin Luther King Jr",
    "Cesar Chavez",
    "Old Post",
    "Quarry",
    "Harbor",
    "Lincoln",
    "Wabash",
    "Sycamore",
    "Dogwood",
    "Prairie View",
    "Hickory Hollow",
    "Bayou",
    "Calle Sol",
    "Via Verde",
    "Rue Royale",
    "Katahdin",
    "Tecumseh",
    "Ridge",
)
SUFFIX = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Blvd",
    "Ct",
    "Way",
    "Pike",
    "Terrace",
    "Cir",
    "Hwy",
)
FACILITY_FMT = (
    "{t} Regional Medical Center",
    "{t} General Hospital",
    "St. Brendan Hospital of {t}",
    "{t} Community Hospital",
    "Mercy {t}",
    "{t} Memorial",
    "{t} Heart & Vascular Center",
    "{t} Rehabilitation Hospital",
    "{t} Nursing and Rehab",
    "Good Shepherd Manor of {t}",
    "{t} Veterans Home",
    "{t} Critical Access Hospital",
)


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = string.ascii_uppercase) -> str:
    return "".join(_pick(rng, pool) for _ in range(n))


def _person(rng: random.Random) -> dict[str, str]:
    first, last = _pick(rng, FIRST), _pick(rng, LAST)
    mi = _pick(rng, "ABCDEFGHJKLMNPRSTW")
    forms = {
        "first": first,
        "last": last,
        "fl": f"{first} {last}",
        "fml": f"{first} {mi}. {last}",
        "lf": _pick(
            rng, (f"{last}, {first}", f"{last}, {first} {mi}.", f"{last},{first}", f"{last}, {first} {mi}")
        ),
        "caps": _pick(
            rng,
            (
                f"{last.upper()}, {first.upper()}",
                f"{last.upper()},{first.upper()} {mi}",
                f"{first.upper()} {last.upper()}",
            ),
        ),
        "init": _pick(rng, (f"{first[0]}. {last}", f"{first[0]}.{mi}. {last}", f"{first[0]} {last}")),
    }
    return forms


# --- dates ---------------------------------------------------------------------------------------

MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH = (
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


def _fmt_date(rng: random.Random, d: _dt.date, year: bool = True) -> str:
    m, dd, y = d.month, d.day, d.year
    if not year:
        return _pick(
            rng,
            (
                f"{m}/{dd}",
                f"{m:02d}/{dd:02d}",
                f"{MON[m - 1]} {dd}",
                f"{dd}-{MON[m - 1]}",
                f"{MONTH[m - 1]} {dd}",
                f"{dd} {MON[m - 1].upper()}",
            ),
        )
    return _pick(
        rng,
        (
            f"{m:02d}/{dd:02d}/{y}",
            f"{m}/{dd}/{y % 100:02d}",
            f"{y}-{m:02d}-{dd:02d}",
            f"{dd:02d}-{MON[m - 1]}-{y}",
            f"{MON[m - 1]} {dd}, {y}",
            f"{MONTH[m - 1]} {dd}, {y}",
            f"{dd:02d} {MON[m - 1].upper()} {y}",
            f"{m:02d}-{dd:02d}-{y}",
            f"{m}/{dd}/{y}",
            f"{dd}{MON[m - 1].upper()}{y % 100:02d}",
            f"{y}{m:02d}{dd:02d}",
        ),
    )


def _fmt_dt(rng: random.Random, d: _dt.date, hh: int, mm: int) -> str:
    m, dd, y = d.month, d.day, d.year
    return _pick(
        rng,
        (
            f"{m:02d}/{dd:02d}/{y} {hh:02d}:{mm:02d}",
            f"{m}/{dd}/{y % 100:02d} {hh:02d}{mm:02d}",
            f"{y}-{m:02d}-{dd:02d}T{hh:02d}:{mm:02d}:{rng.randrange(60):02d}",
            f"{y}-{m:02d}-{dd:02d} {hh:02d}:{mm:02d}",
            f"{dd:02d}-{MON[m - 1]}-{y} {hh:02d}:{mm:02d}",
            f"{MON[m - 1]} {dd}, {y} at {hh:02d}{mm:02d}",
        ),
    )


# --- identifiers ---------------------------------------------------------------------------------


def _phone(rng: random.Random) -> str:
    area = rng.choice((212, 216, 312, 330, 412, 419, 503, 513, 614, 615, 704, 713, 740, 859, 937))
    line = f"01{rng.randrange(100):02d}"
    return _pick(
        rng,
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area} 555 {line}",
            f"({area})555-{line}",
            f"555-{line}",
        ),
    )


def _npi(rng: random.Random) -> str:
    body = _pick(rng, "12") + _digits(rng, 8)
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
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = next((c for c in last.upper() if c.isalpha()), "X")
    if not "A" <= initial <= "Z":
        initial = "M"
    return _pick(rng, "ABFGM") + initial + "".join(map(str, d)) + str(check)


_VIN_MAP = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True)),
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = list(_pick(rng, ("1FT", "1G1", "2HG", "3VW", "4T1", "5YJ", "JN8", "KMH", "WBA", "1C4")))
    chars += [_pick(rng, pool) for _ in range(5)] + ["0"] + [_pick(rng, pool) for _ in range(2)]
    chars += [str(rng.randrange(10)) if i >= 3 else _pick(rng, pool) for i in range(6)]
    total = sum(_VIN_MAP[c] * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _mbi(rng: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    s = (
        str(rng.randrange(1, 10))
        + _pick(rng, al)
        + _pick(rng, an)
        + str(rng.randrange(10))
        + _pick(rng, al)
        + _pick(rng, an)
        + str(rng.randrange(10))
        + _pick(rng, al)
        + _pick(rng, al)
        + _digits(rng, 2)
    )
    return s if rng.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient and everyone around them, for one note."""
    v: dict[str, Value] = {}
    N, L, D = PhiType.NAME, PhiType.LOCATION, PhiType.DATE

    pt = _person(rng)
    for k, s in pt.items():
        v[f"pt_{k}"] = (N, s)
    v["pt_nick"] = (N, _pick(rng, NICK))
    for role in (
        "att",
        "res",
        "rn",
        "rn2",
        "rt",
        "cons",
        "fel",
        "nok",
        "nok2",
        "chap",
        "interp",
        "pharm",
        "cm",
        "pcp",
        "ems",
        "xfer_md",
        "perf",
        "sw",
        "np",
        "tech",
    ):
        p = _person(rng)
        for k, s in p.items():
            v[f"{role}_{k}"] = (N, s)

    # age: a nonagenarian about a third of the time (gold), otherwise an ordinary age (not gold)
    if rng.random() < 0.38:
        a = rng.randrange(90, 104)
        v["pt_age"] = (PhiType.AGE, str(a))
    else:
        v["pt_age"] = (None, str(rng.randrange(24, 90)))
    a2 = rng.randrange(90, 106)
    v["old_age"] = (
        PhiType.AGE,
        _pick(
            rng,
            (
                str(a2),
                str(a2),
                "ninety-" + _pick(rng, ("one", "two", "three", "four", "five", "six", "seven")),
            ),
        ),
    )

    # dates
    base = _dt.date(2023, 1, 1) + _dt.timedelta(days=rng.randrange(1200))
    dob_year = base.year - (int(v["pt_age"][1]) if v["pt_age"][1].isdigit() else 70)
    dob = _dt.date(dob_year, rng.randrange(1, 13), rng.randrange(1, 29))
    v["dob"] = (D, _fmt_date(rng, dob))
    for i, key in enumerate(
        (
            "adm_date",
            "proc_date",
            "d2",
            "d3",
            "dc_date",
            "fu_date",
            "prior_date",
            "death_date",
            "impl_date",
            "sig_date",
        )
    ):
        off = {
            "prior_date": -rng.randrange(20, 400),
            "impl_date": -rng.randrange(60, 1500),
            "fu_date": rng.randrange(7, 40),
        }.get(key, i)
        v[key] = (D, _fmt_date(rng, base + _dt.timedelta(days=off)))
    v["date_noyr"] = (D, _fmt_date(rng, base + _dt.timedelta(days=1), year=False))
    v["date_noyr2"] = (D, _fmt_date(rng, base + _dt.timedelta(days=2), year=False))
    for key in ("dt1", "dt2", "dt3", "dt4"):
        v[key] = (
            D,
            _fmt_dt(rng, base + _dt.timedelta(days=rng.randrange(3)), rng.randrange(24), rng.randrange(60)),
        )

    # places
    town = _pick(rng, TOWNS)
    v["pt_street"] = (
        L,
        f"{rng.randrange(2, 19999)} {_pick(rng, ('', '', 'N ', 'S ', 'E ', 'W '))}"
        f"{_pick(rng, STREETS)} {_pick(rng, SUFFIX)}",
    )
    v["pt_unit"] = (
        L,
        _pick(rng, ("Apt ", "Apt. ", "Unit ", "#", "Ste ", "Lot "))
        + _pick(
            rng,
            (
                str(rng.randrange(1, 40)),
                f"{rng.randrange(1, 9)}{_pick(rng, 'ABCDF')}",
                str(rng.randrange(100, 999)),
            ),
        ),
    )
    v["pt_city"] = (L, town)
    v["pt_state"] = (None, _pick(rng, STATES))
    v["pt_zip"] = (L, _digits(rng, 5) if rng.random() < 0.7 else f"{_digits(rng, 5)}-{_digits(rng, 4)}")
    v["pt_county"] = (L, _pick(rng, COUNTIES) + _pick(rng, (" County", " County", " Co", " Parish")))
    v["hood"] = (L, _pick(rng, NEIGHBOURHOODS))
    v["nok_city"] = (L, _pick(rng, TOWNS))
    v["fac_town"] = (L, _pick(rng, FACILITY_FMT).format(t=_pick(rng, TOWNS)))
    v["fac_town2"] = (L, _pick(rng, FACILITY_FMT).format(t=_pick(rng, TOWNS)))
    v["other_city"] = (L, _pick(rng, TOWNS))

    # contact
    v["pt_phone"] = (PhiType.PHONE, _phone(rng))
    v["nok_phone"] = (PhiType.PHONE, _phone(rng))
    v["md_phone"] = (PhiType.PHONE, _phone(rng))
    v["fax"] = (PhiType.FAX, _phone(rng))
    v["fax2"] = (PhiType.FAX, _phone(rng))
    user = _pick(rng, (pt["first"], pt["last"])).lower().replace(" ", "").replace("'", "")
    user = "".join(c for c in user if c.isascii() and (c.isalnum() or c == "-")) or "pt"
    v["pt_email"] = (
        PhiType.EMAIL,
        _pick(
            rng,
            (
                f"{user}{rng.randrange(10, 99)}@example.com",
                f"{user}.{_digits(rng, 3)}@mail.example.org",
                f"{user}_{_letters(rng, 2).lower()}@example.net.test",
                f"{user.upper()}@EXAMPLE.COM",
            ),
        ),
    )
    nok_user = "".join(c for c in v["nok_last"][1].lower() if c.isascii() and c.isalpha()) or "family"
    v["nok_email"] = (PhiType.EMAIL, f"{v['nok_first'][1][0].lower()}{nok_user}@example.org")
    md_user = "".join(c for c in v["att_last"][1].lower() if c.isascii() and c.isalpha()) or "md"
    v["md_email"] = (
        PhiType.EMAIL,
        _pick(rng, (f"{md_user}.md@hospital.example.org", f"dr.{md_user}@cardiology.example.com")),
    )
    v["url"] = (
        PhiType.URL,
        _pick(
            rng,
            (
                f"https://portal.example.org/patient/{_digits(rng, 7)}",
                f"https://remote-cardiac.example.com/tx?pid={_letters(rng, 3)}{_digits(rng, 6)}",
                f"http://mychart.example.org/visit/{_digits(rng, 8)}/summary",
                f"www.example.com/share/{_letters(rng, 10, string.ascii_letters + string.digits)}",
                f"https://telehealth.example.test/room/{_letters(rng, 4).lower()}-{_digits(rng, 4)}",
            ),
        ),
    )
    v["ip"] = (
        PhiType.IP_ADDRESS,
        _pick(
            rng,
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"fd00:{_letters(rng, 2, '0123456789abcdef')}{_digits(rng, 2)}::{_letters(rng, 4, '0123456789abcdef')}",
            ),
        ),
    )
    v["ip2"] = (PhiType.IP_ADDRESS, f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}")

    # numbers
    ssn = f"{rng.randrange(1, 900):03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}"
    if ssn[0] == "666":
        ssn = ("667", ssn[1], ssn[2])
    v["ssn"] = (PhiType.SSN, _pick(rng, ("-".join(ssn), "-".join(ssn), " ".join(ssn), "".join(ssn))))
    v["mrn"] = (
        PhiType.MRN,
        _pick(
            rng,
            (
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"M{_digits(rng, 6)}",
                f"00{_digits(rng, 7)}",
                f"HMC{_digits(rng, 6)}",
                _digits(rng, 7),
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            ),
        ),
    )
    v["mrn2"] = (
        PhiType.MRN,
        _pick(
            rng,
            (f"{_letters(rng, 2)}{_digits(rng, 7)}", _digits(rng, 9), f"{_digits(rng, 6)}-{_digits(rng, 1)}"),
        ),
    )
    v["hpid"] = (
        PhiType.HEALTH_PLAN_ID,
        _pick(
            rng,
            (
                _mbi(rng),
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 8)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}A",
                f"MCD{_digits(rng, 10)}",
                f"{_letters(rng, 1)}{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
            ),
        ),
    )
    v["grp"] = (
        PhiType.HEALTH_PLAN_ID,
        _pick(
            rng,
            (
                _digits(rng, 6),
                f"GRP-{_digits(rng, 5)}",
                f"{_digits(rng, 5)}-{_letters(rng, 1)}{_digits(rng, 2)}",
            ),
        ),
    )
    v["fin"] = (
        PhiType.ACCOUNT,
        _pick(
            rng,
            (
                _digits(rng, 10),
                f"FIN{_digits(rng, 9)}",
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                f"V{_digits(rng, 9)}",
            ),
        ),
    )
    v["acct"] = (
        PhiType.ACCOUNT,
        _pick(rng, (f"{_digits(rng, 3)}-{_digits(rng, 7)}", "0000" + _digits(rng, 6), f"A{_digits(rng, 8)}")),
    )
    v["claim"] = (
        PhiType.ACCOUNT,
        _pick(
            rng,
            (
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 9)}",
                f"CLM-{_digits(rng, 4)}-{_digits(rng, 6)}",
                _digits(rng, 13),
            ),
        ),
    )
    v["npi"] = (PhiType.LICENSE, _npi(rng))
    v["npi2"] = (PhiType.LICENSE, _npi(rng))
    v["dea"] = (PhiType.LICENSE, _dea(rng, v["att_last"][1]))
    v["dl"] = (
        PhiType.LICENSE,
        _pick(
            rng,
            (
                f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
                _digits(rng, 9),
                f"{_letters(rng, 1)}{_digits(rng, 12)}",
            ),
        ),
    )
    v["lic"] = (
        PhiType.LICENSE,
        _pick(
            rng,
            (
                f"RN{_digits(rng, 6)}",
                f"MD.{_digits(rng, 6)}",
                f"35.{_digits(rng, 6)}",
                f"{_letters(rng, 1)}{_digits(rng, 5)}",
                f"RRT-{_digits(rng, 5)}",
                f"{_digits(rng, 2)}-{_digits(rng, 6)}",
            ),
        ),
    )
    v["vin"] = (PhiType.VEHICLE_ID, _vin(rng))
    v["plate"] = (
        PhiType.VEHICLE_ID,
        _pick(
            rng,
            (
                f"{rng.randrange(1, 10)}{_letters(rng, 3)}{_digits(rng, 3)}",
                f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                f"{_letters(rng, 3)} {_digits(rng, 4)}",
                f"{_digits(rng, 3)} {_letters(rng, 3)}",
                f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}",
            ),
        ),
    )
    dev_pfx = _pick(rng, ("PJN", "RNF", "BLV", "RLA", "PZC", "CTL", "HWA", "SEA"))
    v["dev_sn"] = (
        PhiType.DEVICE_ID,
        _pick(
            rng,
            (
                f"{dev_pfx}{_digits(rng, 6)}{_letters(rng, 1)}",
                f"{_digits(rng, 6)}",
                f"{_letters(rng, 2)}{_digits(rng, 7)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{dev_pfx}{_digits(rng, 6)}",
            ),
        ),
    )
    v["lead_sn"] = (
        PhiType.DEVICE_ID,
        _pick(
            rng,
            (
                f"{_letters(rng, 3)}{_digits(rng, 7)}V",
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_digits(rng, 8)}",
            ),
        ),
    )
    v["udi"] = (
        PhiType.DEVICE_ID,
        f"(01)0{_digits(rng, 13)}(17){_digits(rng, 6)}(21){_letters(rng, 3)}{_digits(rng, 6)}",
    )
    v["pump_sn"] = (
        PhiType.DEVICE_ID,
        _pick(
            rng,
            (
                f"HM3-{_digits(rng, 5)}",
                f"MLP{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}-{_letters(rng, 2)}",
                f"ECMO-CON-{_digits(rng, 4)}",
            ),
        ),
    )
    v["bio"] = (
        PhiType.BIOMETRIC,
        _pick(
            rng,
            (
                f"PV-{_digits(rng, 8)}",
                f"FP-TMPL-{_digits(rng, 6)}{_letters(rng, 1)}",
                f"PALM{_letters(rng, 2)}{_digits(rng, 7)}",
                f"VP{_digits(rng, 5)}-{_digits(rng, 2)}",
                f"BIO-{_letters(rng, 4, '0123456789ABCDEF')}-{_letters(rng, 4, '0123456789ABCDEF')}",
                f"IRIS-{_digits(rng, 7)}",
            ),
        ),
    )
    v["photo"] = (
        PhiType.PHOTO,
        _pick(
            rng,
            (
                f"pt_face_{_digits(rng, 7)}.jpg",
                f"IMG_{_digits(rng, 4)}.JPG",
                f"PHOTO-{_digits(rng, 8)}.png",
                f"facesheet_photo_{_letters(rng, 2)}{_digits(rng, 5)}.jpeg",
                f"PH{_digits(rng, 9)}",
                f"WB-PHOTO-{_digits(rng, 6)}",
            ),
        ),
    )
    yy = base.year % 100
    v["accession"] = (
        PhiType.OTHER_ID,
        _pick(
            rng,
            (
                f"CA{yy}-{_digits(rng, 6)}",
                f"{_letters(rng, 1)}{yy}-{_digits(rng, 5)}",
                f"BC{_digits(rng, 8)}",
                f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 6)}",
            ),
        ),
    )
    v["study_id"] = (
        PhiType.OTHER_ID,
        _pick(
            rng,
            (
                f"HF-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"{_letters(rng, 3)}{_digits(rng, 2)}-{_digits(rng, 4)}",
                f"SUBJ {_digits(rng, 4)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_letters(rng, 2)}",
            ),
        ),
    )
    v["case_no"] = (
        PhiType.OTHER_ID,
        _pick(
            rng,
            (
                f"RRT-{_digits(rng, 6)}",
                f"TC{yy}-{_digits(rng, 5)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"EV{_digits(rng, 7)}",
                f"QR-{_digits(rng, 4)}-{_letters(rng, 1)}",
            ),
        ),
    )
    v["rx"] = (
        PhiType.OTHER_ID,
        _pick(rng, (_digits(rng, 7), f"RX{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}")),
    )
    v["pa"] = (
        PhiType.OTHER_ID,
        _pick(
            rng,
            (
                f"PA{_digits(rng, 9)}",
                f"AUTH-{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_digits(rng, 4)}{_letters(rng, 3)}{_digits(rng, 3)}",
            ),
        ),
    )
    v["emp"] = (
        PhiType.OTHER_ID,
        _pick(rng, (_digits(rng, 6), f"E{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 4)}")),
    )
    v["interp_id"] = (PhiType.OTHER_ID, _digits(rng, rng.choice((5, 6))))
    v["me_case"] = (PhiType.OTHER_ID, f"ME-{base.year}-{_digits(rng, 4)}")
    return v


# --- look-alikes -----------------------------------------------------------------------------------

UNITS = (
    "MICU",
    "SICU",
    "CVICU",
    "CCU",
    "Neuro ICU",
    "4 West Tele",
    "5 North PCU",
    "6 East Med-Surg",
    "Cardiac Step-Down",
    "Heart & Vascular ICU",
    "CTICU",
    "ED Pod C",
    "Obs Unit 2",
    "7 South Tele",
)
DRUGS = (
    "norepinephrine",
    "vasopressin",
    "epinephrine",
    "phenylephrine",
    "dobutamine",
    "milrinone",
    "propofol",
    "dexmedetomidine",
    "fentanyl",
    "midazolam",
    "heparin",
    "amiodarone",
    "diltiazem",
    "nicardipine",
    "esmolol",
    "insulin regular",
    "furosemide",
)
BRANDS = (
    "Eliquis",
    "Xarelto",
    "Coumadin",
    "Lasix",
    "Entresto",
    "Jardiance",
    "Farxiga",
    "Brilinta",
    "Plavix",
    "Lipitor",
    "Toprol-XL",
    "Lopressor",
    "Cardizem",
    "Levophed",
    "Precedex",
    "Keppra",
    "Zosyn",
    "Vancomycin",
    "Cefepime",
    "Protonix",
    "Lovenox",
    "Multaq",
    "Tikosyn",
    "Digoxin",
)
BRAND_DOSES = (
    ("Eliquis", "5"),
    ("Eliquis", "2.5"),
    ("Xarelto", "20"),
    ("Xarelto", "15"),
    ("Coumadin", "5"),
    ("Lasix", "40"),
    ("Lasix", "80"),
    ("Entresto", "49-51"),
    ("Jardiance", "10"),
    ("Farxiga", "10"),
    ("Brilinta", "90"),
    ("Plavix", "75"),
    ("Lipitor", "80"),
    ("Toprol-XL", "25"),
    ("Toprol-XL", "50"),
    ("Lopressor", "12.5"),
    ("Cardizem CD", "120"),
    ("Keppra", "500"),
    ("Protonix", "40"),
    ("Multaq", "400"),
    ("Tikosyn", "0.25"),
    ("Lanoxin", "0.125"),
    ("Aldactone", "25"),
    ("Imdur", "30"),
)
EPONYMS = (
    "Parkinson disease",
    "Graves' disease",
    "Hashimoto thyroiditis",
    "Wolff-Parkinson-White",
    "Brugada pattern",
    "Takotsubo cardiomyopathy",
    "Cushing syndrome",
    "Guillain-Barré syndrome",
    "Addison disease",
    "Barrett esophagus",
    "Kussmaul respirations",
    "Cheyne-Stokes breathing",
    "Mobitz type II block",
    "Osborn waves",
    "Beck's triad",
    "Virchow triad",
    "Alzheimer dementia",
    "Crohn disease",
    "Marfan syndrome",
    "Sjögren syndrome",
    "Dressler syndrome",
)
ROLES = (
    "the attending",
    "charge RN",
    "the intensivist",
    "night float",
    "the fellow",
    "RT",
    "pharmacy",
    "the house supervisor",
    "bedside RN",
    "primary team",
    "cards fellow",
    "the NP",
    "unit clerk",
    "the hospitalist",
    "rapid response RN",
    "nursing supervisor",
)
ORGS = (
    "Heart & Vascular Institute",
    "Critical Care Associates",
    "Lifeline Air Medical",
    "Regional Transfer Center",
    "University Cardiology Group",
    "CarePoint Home Health",
    "Hospice of the Valley",
    "Metro EMS",
    "Sound Hospitalist Group",
    "Apex Dialysis",
    "Quality & Patient Safety",
    "Joint Commission",
    "CMS",
    "AHA Get With The Guidelines",
)
DX = (
    ("I21.4", "NSTEMI"),
    ("I21.09", "anterior STEMI"),
    ("I48.91", "atrial fibrillation"),
    ("I50.23", "acute on chronic systolic HF"),
    ("A41.9", "sepsis, unspecified organism"),
    ("R65.21", "septic shock"),
    ("J96.01", "acute hypoxic respiratory failure"),
    ("I63.511", "R MCA ischemic stroke"),
    ("N17.9", "AKI"),
    ("I46.9", "cardiac arrest"),
    ("I47.2", "ventricular tachycardia"),
    ("J18.9", "pneumonia"),
    ("E87.1", "hyponatremia"),
    ("I26.99", "pulmonary embolism"),
    ("K92.2", "GI bleed"),
    ("I44.2", "complete heart block"),
)
CPT = (
    "93458",
    "93459",
    "92928",
    "92920",
    "93653",
    "93656",
    "33208",
    "33249",
    "93288",
    "93295",
    "93297",
    "93306",
    "31500",
    "92950",
    "36556",
    "99223",
    "99233",
    "99291",
    "99292",
    "93005",
    "33946",
    "33975",
    "94002",
    "94003",
    "99497",
)
HCPCS = ("C1785", "C1882", "C1898", "C1874", "J2270", "J1644", "J0171", "G0378", "C1769", "Q4081")
LEADS = (
    "Medtronic CapSureFix Novus 5076-52",
    "Medtronic 3830 SelectSecure 69 cm",
    "Abbott Tendril STS 2088TC/58",
    "Boston Scientific INGEVITY+ 7841",
    "Biotronik Solia S 60",
    "Abbott Durata 7122Q/65",
    "Medtronic Sprint Quattro 6947M-62",
    "Boston Sci RELIANCE 4-FRONT 0693",
)
DEVICES = (
    "Medtronic Azure XT DR MRI W1DR01",
    "Abbott Assurity MRI PM2272",
    "Boston Scientific ACCOLADE MRI L331",
    "Medtronic Cobalt XT VR DVPA2D1",
    "Abbott Gallant HF CD3557-40Q",
    "Boston Scientific RESONATE EL CRT-D G447",
    "Medtronic Micra AV2 MC2AVR1",
    "Medtronic LINQ II LNQ22",
    "Abbott Jot Dx DM4500",
    "Biotronik Edora 8 DR-T",
    "HeartMate 3 LVAS",
    "Impella CP",
    "Impella 5.5",
)


def _r(rng: random.Random, lo: float, hi: float, nd: int = 0) -> str:
    x = rng.uniform(lo, hi)
    return f"{x:.{nd}f}" if nd else str(round(x))


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not PHI (and looks a bit like it)."""
    v: dict[str, str] = {}
    sbp, dbp = int(_r(rng, 78, 182)), int(_r(rng, 38, 104))
    v["bp"] = f"{sbp}/{dbp}"
    v["bp2"] = f"{int(_r(rng, 80, 170))}/{int(_r(rng, 40, 95))}"
    v["map"] = str(int((sbp + 2 * dbp) / 3))
    v["hr"] = _r(rng, 38, 156)
    v["hr2"] = _r(rng, 50, 130)
    v["rr"] = _r(rng, 10, 36)
    v["spo2"] = _r(rng, 82, 100)
    v["temp"] = _r(rng, 35.2, 40.1, 1)
    v["temp_f"] = _r(rng, 96.0, 104.2, 1)
    v["wt"] = _r(rng, 48, 142, 1)
    v["ht"] = _r(rng, 150, 193)
    v["cvp"] = _r(rng, 2, 18)
    v["uop"] = _r(rng, 5, 240)
    v["fio2"] = str(rng.choice((30, 35, 40, 50, 60, 70, 80, 100)))
    v["peep"] = str(rng.choice((5, 8, 10, 12, 14, 16)))
    v["tv"] = str(rng.choice((340, 380, 400, 420, 450, 480, 500)))
    v["vrate"] = str(rng.choice((14, 16, 18, 20, 22, 24, 26, 28)))
    v["ps"] = str(rng.choice((5, 8, 10, 12, 15)))
    v["pplat"] = _r(rng, 18, 33)
    v["pip"] = _r(rng, 22, 42)
    v["pf"] = _r(rng, 68, 380)
    v["abg"] = f"{_r(rng, 7.12, 7.49, 2)}/{_r(rng, 28, 72)}/{_r(rng, 52, 180)}"
    v["ne_dose"] = _r(rng, 0.02, 0.6, 2)
    v["vaso"] = rng.choice(("0.03", "0.04", "0.02"))
    v["epi_dose"] = _r(rng, 0.01, 0.2, 2)
    v["dobu"] = rng.choice(("2.5", "5", "7.5", "2"))
    v["milr"] = rng.choice(("0.125", "0.25", "0.375", "0.5"))
    v["prop"] = _r(rng, 5, 60)
    v["dex"] = rng.choice(("0.2", "0.4", "0.6", "0.8", "1.2"))
    v["fent"] = str(rng.choice((25, 50, 75, 100, 150, 200)))
    v["hep"] = str(rng.choice((12, 14, 15, 18)))
    v["ins"] = _r(rng, 1, 14, 1)
    v["drug"] = _pick(rng, DRUGS)
    v["brand"], v["dose_mg"] = _pick(rng, BRAND_DOSES)
    v["brand2"], v["dose_mg2"] = _pick(rng, BRAND_DOSES)
    v["eponym"] = _pick(rng, EPONYMS)
    v["eponym2"] = _pick(rng, EPONYMS)
    v["role"] = _pick(rng, ROLES)
    v["org"] = _pick(rng, ORGS)
    v["unit"] = _pick(rng, UNITS)
    v["unit2"] = _pick(rng, UNITS)
    v["room"] = f"{rng.randrange(2, 9)}{rng.randrange(0, 4)}{rng.randrange(10):1d}{rng.randrange(10)}"
    v["bed"] = rng.choice(("A", "B", "1", "2", "W", "D"))
    v["room2"] = str(rng.randrange(100, 899))
    v["time"] = f"{rng.randrange(24):02d}{rng.randrange(60):02d}"
    t = rng.randrange(0, 20 * 60)  # an event clock: time2 < time3 < time4 < time5, same day
    for key, colon in (("time2", True), ("time3", True), ("time4", True), ("time5", False)):
        v[key] = f"{t // 60:02d}:{t % 60:02d}" if colon else f"{t // 60:02d}{t % 60:02d}"
        t += rng.randrange(2, 40)
    v["mins"] = str(rng.randrange(2, 58))
    v["mins2"] = str(rng.randrange(8, 95))
    v["year"] = str(rng.randrange(1998, 2024))
    v["year2"] = str(rng.randrange(2005, 2024))
    v["age_y"] = str(rng.randrange(19, 89))
    v["age_rel"] = str(rng.randrange(30, 88))
    v["nihss"] = str(rng.randrange(0, 26))
    v["nihss2"] = str(rng.randrange(0, 14))
    v["chads"] = str(rng.randrange(0, 9))
    v["hasbled"] = str(rng.randrange(0, 6))
    v["apache"] = str(rng.randrange(8, 41))
    v["sofa"] = str(rng.randrange(1, 17))
    v["gcs"] = str(rng.randrange(3, 16))
    v["rass"] = rng.choice(("-4", "-3", "-2", "-1", "0", "+1", "+2"))
    v["cpot"] = str(rng.randrange(0, 6))
    v["trop"] = str(rng.choice((6, 12, 19, 48, 112, 389, 1240, 8842, 25110)))
    v["trop2"] = str(rng.choice((9, 22, 64, 208, 715, 2450, 14032)))
    v["lact"] = _r(rng, 0.8, 11.5, 1)
    v["lact2"] = _r(rng, 0.7, 6.0, 1)
    v["bnp"] = str(rng.randrange(40, 4800))
    v["k"] = _r(rng, 2.8, 6.4, 1)
    v["na"] = _r(rng, 121, 152)
    v["cr"] = _r(rng, 0.6, 5.8, 2)
    v["hgb"] = _r(rng, 6.2, 15.4, 1)
    v["plt"] = _r(rng, 28, 420)
    v["wbc"] = _r(rng, 2.1, 28.4, 1)
    v["inr"] = _r(rng, 0.9, 4.8, 1)
    v["ptt"] = _r(rng, 24, 118)
    v["glu"] = _r(rng, 58, 480)
    v["mg"] = _r(rng, 1.2, 2.8, 1)
    v["qtc"] = _r(rng, 380, 560)
    v["qrs"] = _r(rng, 78, 182)
    v["pr"] = _r(rng, 120, 320)
    v["ef"] = str(rng.choice((10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65)))
    v["ef2"] = str(rng.choice((15, 20, 25, 30, 35, 40, 50, 55, 60)))
    v["lvedd"] = _r(rng, 4.2, 7.8, 1)
    v["ci"] = _r(rng, 1.4, 3.6, 1)
    v["pcwp"] = _r(rng, 8, 34)
    v["rap"] = _r(rng, 3, 22)
    v["pa_p"] = f"{_r(rng, 24, 78)}/{_r(rng, 10, 36)}"
    v["svo2"] = _r(rng, 38, 78)
    v["ecmo_flow"] = _r(rng, 2.8, 5.6, 1)
    v["ecmo_rpm"] = str(rng.randrange(2800, 4200, 10))
    v["sweep"] = _r(rng, 1, 8, 1)
    v["lvad_rpm"] = str(rng.randrange(5100, 6400, 50))
    v["lvad_flow"] = _r(rng, 3.4, 6.2, 1)
    v["lvad_pi"] = _r(rng, 1.8, 6.5, 1)
    v["lvad_pwr"] = _r(rng, 3.6, 6.8, 1)
    v["ldh"] = str(rng.randrange(180, 1400))
    v["batt"] = _r(rng, 2.6, 11.8, 1)
    v["rv_thr"] = rng.choice(("0.5", "0.625", "0.75", "1.0", "1.25"))
    v["ra_thr"] = rng.choice(("0.5", "0.75", "1.0", "1.5"))
    v["rv_imp"] = str(rng.randrange(380, 1100, 19))
    v["ra_imp"] = str(rng.randrange(360, 900, 19))
    v["rwave"] = _r(rng, 4, 22, 1)
    v["pwave"] = _r(rng, 0.8, 5, 1)
    v["shock_imp"] = str(rng.randrange(48, 92))
    v["vp_pct"] = _r(rng, 0, 99.9, 1)
    v["ap_pct"] = _r(rng, 0, 80, 1)
    v["af_burden"] = _r(rng, 0, 38, 1)
    v["dx_code"], v["dx"] = _pick(rng, DX)
    v["dx_code2"], v["dx2"] = _pick(rng, DX)
    v["cpt"] = _pick(rng, CPT)
    v["cpt2"] = _pick(rng, CPT)
    v["hcpcs"] = _pick(rng, HCPCS)
    v["ndc"] = _pick(
        rng,
        (
            "0409-1443-02",
            "0338-0049-04",
            "63323-262-01",
            "0003-0894-21",
            "0078-0659-20",
            "55150-188-10",
            "0641-6142-25",
            "70860-201-41",
        ),
    )
    v["loinc"] = _pick(
        rng,
        (
            "89579-7 hs-TnI",
            "2524-7 Lactate",
            "33762-6 NT-proBNP",
            "6301-6 INR",
            "2160-0 Creatinine",
            "2823-3 Potassium",
            "1925-7 Base excess",
        ),
    )
    v["snomed"] = _pick(
        rng,
        (
            "410429000 cardiac arrest",
            "91302008 sepsis",
            "49436004 atrial fibrillation",
            "22298006 myocardial infarction",
            "230690007 stroke",
        ),
    )
    v["drg"] = _pick(rng, ("DRG 871", "MS-DRG 291", "DRG 280", "DRG 246", "MS-DRG 207", "DRG 064", "DRG 870"))
    v["rev"] = _pick(rng, ("0200", "0210", "0481", "0480", "0278", "0450", "0762"))
    v["lead_model"] = _pick(rng, LEADS)
    v["device_model"] = _pick(rng, DEVICES)
    v["stock_lot"] = _pick(
        rng,
        (
            f"LOT {rng.randrange(10**6, 10**7)}",
            f"Lot# {chr(65 + rng.randrange(26))}{rng.randrange(10**5, 10**6)}",
            f"lot {rng.randrange(20, 26)}{rng.randrange(10**4, 10**5)}-B",
        ),
    )
    v["stock_lot2"] = f"LOT {rng.randrange(10**5, 10**6)}{chr(65 + rng.randrange(26))}"
    v["ref_no"] = _pick(
        rng,
        (
            "REF 6F-JL4",
            "REF 5F-TIG",
            "REF 7F Pinnacle 11 cm",
            "REF SL0-8.5F",
            "REF 4.0x18 Xience Skypoint",
            "REF 3.0x12 Onyx Frontier",
        ),
    )
    v["policy"] = _pick(
        rng, ("NUR-ICU-114", "Policy CC-07.3", "PC-219", "RC-041 rev 6", "ADM-3320", "MED-0912", "PS-17")
    )
    v["form"] = _pick(
        rng,
        (
            "Form 88-0412 (v3)",
            "MR-2291 Rev C",
            "NSG-104 v7",
            "CODE-01 rev 12",
            "HIM form 31-B",
            "Form QA-55",
            "F-7716 v2.1",
        ),
    )
    v["money"] = _pick(rng, ("$1,284.50", "$38,911.00", "$412", "$127,400", "$0.00", "$6,920.15", "$94.30"))
    v["money2"] = _pick(rng, ("$2,150", "$18,700.00", "$350.75", "$61,003.20"))
    v["gauge"] = rng.choice(("18g", "20g", "22g", "7 Fr", "9 Fr", "8.5 Fr", "12 Fr triple-lumen"))
    v["site"] = rng.choice(
        ("R IJ", "L IJ", "R subclavian", "L femoral", "R femoral", "R radial", "L brachial")
    )
    v["line_day"] = str(rng.randrange(1, 21))
    v["los"] = str(rng.randrange(1, 34))
    v["pod"] = str(rng.randrange(0, 9))
    v["hosp_day"] = str(rng.randrange(1, 19))
    v["pct"] = str(rng.randrange(2, 99))
    v["ems_org"] = _pick(
        rng,
        (
            "Metro EMS",
            "Lifeline Air Medical",
            "County Fire Rescue",
            "AMR",
            "Critical Care Transport",
            "MedFlight",
            "Valley Ambulance",
        ),
    )
    v["ccmin"] = str(rng.randrange(30, 400))
    v["contrast"] = str(rng.randrange(35, 290))
    v["fluoro"] = _r(rng, 3.1, 48.9, 1)
    v["dap"] = str(rng.randrange(800, 31000))
    v["stenosis"] = str(rng.choice((40, 50, 70, 80, 90, 95, 99, 100)))
    v["stenosis2"] = str(rng.choice((20, 30, 50, 60, 70, 85)))
    v["stent"] = _pick(
        rng,
        (
            "Xience Skypoint 3.0 x 23 mm",
            "Resolute Onyx 2.75 x 18 mm",
            "Synergy XD 3.5 x 16 mm",
            "Onyx Frontier 4.0 x 12 mm",
        ),
    )
    v["alarm"] = _pick(
        rng,
        (
            "VTACH",
            "ASYSTOLE",
            "VFIB",
            "BRADY",
            "AFIB",
            "SPO2 LOW",
            "LEADS OFF",
            "PVC>10/min",
            "PAUSE",
            "HR HIGH",
            "ST-II +2.1",
        ),
    )
    v["alarm2"] = _pick(
        rng,
        (
            "ARRHYTHMIA SUSPEND",
            "NBP SYS HIGH",
            "TACHY",
            "RUN PVCs",
            "BIGEMINY",
            "SpO2 PROBE OFF",
            "RESP LOW",
            "ECG NOISY",
        ),
    )
    v["alarm3"] = _pick(rng, ("VTACH", "PAUSE", "BRADY", "ST-V2 -1.6", "MULTIFORM PVCs", "LEADS OFF"))
    v["bundle_pct"] = str(rng.randrange(40, 101))
    v["abx"] = _pick(
        rng,
        (
            "piperacillin-tazobactam 4.5 g",
            "cefepime 2 g",
            "vancomycin 25 mg/kg",
            "meropenem 1 g",
            "ceftriaxone 2 g",
            "azithromycin 500 mg",
        ),
    )
    v["fluid"] = str(rng.choice((1000, 1500, 2000, 2500, 30)))
    v["dose_j"] = str(rng.choice((120, 150, 200, 200, 360)))
    v["epi_n"] = str(rng.randrange(0, 9))
    v["cycles"] = str(rng.randrange(1, 14))
    v["etco2"] = _r(rng, 8, 42)
    v["lkw_h"] = _r(rng, 0.5, 22, 1)
    v["aspects"] = str(rng.randrange(5, 11))
    v["tnk"] = _r(rng, 15, 25, 1)
    v["ext"] = str(rng.randrange(1, 10))
    v["pref_lang"] = _pick(
        rng,
        (
            "Spanish",
            "Vietnamese",
            "Mandarin",
            "Arabic",
            "Haitian Creole",
            "Somali",
            "Russian",
            "ASL",
            "Portuguese",
            "Nepali",
            "Polish",
            "Tagalog",
        ),
    )
    v["faith"] = _pick(
        rng,
        (
            "Roman Catholic",
            "Baptist",
            "Muslim",
            "Jewish",
            "Buddhist",
            "Hindu",
            "Pentecostal",
            "Jehovah's Witness",
            "Greek Orthodox",
            "none stated",
            "LDS",
        ),
    )
    v["code_status"] = _pick(
        rng,
        (
            "Full Code",
            "DNR/DNI",
            "DNR, OK to intubate",
            "DNAR - comfort focused",
            "Full code, no trach/PEG",
            "Limited: no CPR, yes pressors",
        ),
    )
    v["rel"] = _pick(
        rng,
        (
            "daughter",
            "son",
            "wife",
            "husband",
            "sister",
            "niece",
            "partner",
            "grandson",
            "brother",
            "friend/HCPOA",
            "stepdaughter",
        ),
    )
    v["rel2"] = _pick(rng, ("son", "daughter", "brother", "nephew", "granddaughter", "neighbor"))
    v["esi"] = str(rng.randrange(1, 4))
    v["bed_status"] = _pick(
        rng, ("DIRTY", "CLEAN", "BLOCKED-ISO", "ASSIGNED", "OCCUPIED", "PENDING DC", "HOLD", "EVS IN PROG")
    )
    v["bed_status2"] = _pick(rng, ("CLEAN", "OCCUPIED", "PENDING DC", "BLOCKED-MAINT"))
    v["iso"] = _pick(rng, ("Contact", "Droplet", "Airborne", "none", "C. diff enteric", "MRSA contact"))
    v["level"] = _pick(rng, ("ICU", "PCU/step-down", "Tele", "Med-Surg", "Obs"))
    v["mode"] = _pick(rng, ("ALS ground", "BLS ground", "rotor wing", "fixed wing", "CCT ground"))
    v["version"] = _pick(rng, ("v5.2.1", "8.4.0.112", "R2024.3", "11.0 build 2231", "v3.07"))
    v["restraint"] = _pick(
        rng,
        ("bilateral soft wrist", "soft limb x4", "mitts", "vest (discontinued)", "L wrist soft", "4-point"),
    )
    v["pain"] = str(rng.randrange(0, 11))
    v["pct_adh"] = str(rng.randrange(60, 101))
    return {k: (None, s) for k, s in v.items()}
