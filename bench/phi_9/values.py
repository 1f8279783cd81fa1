"""Values for planted set 9: one invented identity per note, and the clinical look-alikes around it.

Every value is made from the ``rng`` handed in (never the global ``random``), so a seed gives one set.
Identifiers are typed (a gold span when a template uses them); look-alikes are untyped filler.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- names ------------------------------------------------------------------------------------------

_FIRST = (
    "Aaliyah",
    "Bao",
    "Chidi",
    "Dagny",
    "Esperanza",
    "Fatima",
    "Guadalupe",
    "Hiroshi",
    "Ifeoma",
    "Jovan",
    "Kalani",
    "Lakshmi",
    "Mateus",
    "Oksana",
    "Priya",
    "Quang",
    "Rafael",
    "Siobhan",
    "Tariq",
    "Umaima",
    "Vusi",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Hope",
    "Faith",
    "Joy",
    "Rose",
    "Summer",
    "Hunter",
    "Grant",
    "Dawn",
    "Sterling",
    "Chase",
    "Florence",
    "Austin",
    "Dallas",
    "Brooklyn",
    "Savannah",
    "Jordan",
    "Ngozi",
    "Marisol",
    "Tomasz",
    "Anneliese",
    "Kwame",
    "Soo-jin",
    "Jean-Baptiste",
    "Mary-Kate",
    "Darnell",
    "Leilani",
    "Ahmad",
    "Svetlana",
    "Thanh",
    "Bjorn",
    "Carmen",
    "Delroy",
    "Eun-ji",
    "Fernando",
    "Gideon",
    "Halima",
    "Ignacio",
    "Jasmine",
    "Keanu",
    "Lorraine",
    "Magnus",
    "Nadia",
    "Orville",
    "Pilar",
    "Rohan",
    "Shanice",
    "Teodora",
    "Ulrich",
    "Valentina",
    "Willow",
    "Xiu",
    "Yolanda",
    "Zainab",
    "Earl",
    "Bud",
    "Iris",
    "Cruz",
)
_LAST = (
    "Okonkwo",
    "Nakamura",
    "García-López",
    "de la Cruz",
    "van der Berg",
    "O'Connell",
    "D'Souza",
    "MacAllister",
    "Nguyen",
    "Tran",
    "Kowalczyk",
    "Abernathy",
    "Bishop",
    "Baker",
    "Mason",
    "Street",
    "Winter",
    "Moody",
    "Black",
    "Rice",
    "Hill",
    "Park",
    "Lincoln",
    "Washington",
    "Jackson",
    "Cleveland",
    "Al-Farsi",
    "ben-David",
    "St. John",
    "Le",
    "Ng",
    "Oyelaran-Adeyemi",
    "Szabó",
    "Villanueva",
    "Haddad",
    "Papadopoulos",
    "Ivanova",
    "Mbeki",
    "Achterberg",
    "Lindqvist",
    "Takahashi",
    "Chowdhury",
    "Pérez",
    "Ó Briain",
    "Yazzie",
    "Begay",
    "Kealoha",
    "du Plessis",
    "Van Buren",
    "LaRue",
    "Fitzgerald-Hale",
    "Santos",
    "Kaur",
    "Singh",
    "Oduya",
    "Brennan",
    "Castellanos",
    "Whitehorse",
    "Molloy",
    "Rahimi",
    "Adebayo",
    "Sokolov",
    "Petrov-Lang",
    "Dubois",
    "Lemaire",
    "Hassan",
    "Xu",
    "Zhou",
    "Kim",
    "Alvarado",
    "Friday",
    "Christmas",
    "Love",
    "Small",
    "Gentry",
    "Mercer",
    "Cobb",
    "Paris",
    "Houston",
    "Holland",
    "McKinney",
    "da Silva",
    "Di Stefano",
    "Vanderpool",
    "Stein",
    "Quispe",
    "Mahlangu",
    "Tuilagi",
)
_NICK = (
    "Bubba",
    "Lulu",
    "Mimi",
    "Dee",
    "Tito",
    "Junebug",
    "Sonny",
    "Peaches",
    "Chuy",
    "Bobby",
    "Kiki",
    "Manny",
    "Gigi",
    "Red",
    "Tink",
    "Boo",
    "Pepe",
    "Nana",
)

# --- places -----------------------------------------------------------------------------------------

_TOWNS = (
    ("Millbrook", "AL"),
    ("Port Ellis", "ME"),
    ("Cedar Hollow", "IA"),
    ("Harlan", "KY"),
    ("Lakemont", "PA"),
    ("Fairhaven", "MA"),
    ("Marysville", "OH"),
    ("Roswell", "NM"),
    ("Bay Minette", "AL"),
    ("Eau Claire", "WI"),
    ("Las Cruces", "NM"),
    ("St. Cloud", "MN"),
    ("Coeur d'Alene", "ID"),
    ("Winter Haven", "FL"),
    ("Pine Bluff", "AR"),
    ("Hope", "AR"),
    ("Paris", "TX"),
    ("Florence", "SC"),
    ("Austin", "MN"),
    ("Independence", "MO"),
    ("Kalispell", "MT"),
    ("Tupelo", "MS"),
    ("Yakima", "WA"),
    ("Bangor", "ME"),
    ("Hilo", "HI"),
    ("Grand Forks", "ND"),
    ("Dothan", "AL"),
    ("Lorain", "OH"),
    ("Salina", "KS"),
    ("Muskogee", "OK"),
    ("Elkhart", "IN"),
    ("Norwich", "CT"),
    ("Brookhaven", "GA"),
    ("Cheyenne", "WY"),
    ("Ogden", "UT"),
    ("Santa Fe", "NM"),
    ("Lafayette", "LA"),
    ("Scranton", "PA"),
    ("Mount Vernon", "WA"),
    ("La Crosse", "WI"),
    ("Gallup", "NM"),
    ("Chester", "VA"),
    ("Beaumont", "TX"),
    ("Sandusky", "OH"),
)
_COUNTIES = (
    "Harlan County",
    "Ottawa County",
    "Marion County",
    "Cass County",
    "Doña Ana County",
    "Polk County",
    "Stearns County",
    "Kootenai County",
    "Jefferson Parish",
    "Lackawanna County",
    "Skagit County",
    "McKinley County",
    "Erie County",
    "Saline County",
    "Flathead County",
)
_HOODS = (
    "Old Fourth Ward",
    "Eastgate",
    "Little Saigon",
    "Five Points",
    "Riverside Heights",
    "Germantown",
    "Southside",
    "Pilsen",
    "the Flats",
    "North End",
    "Hollis Park",
    "Mill Village",
)
_STREETS = (
    "Larkspur Ln",
    "N Maple Ave",
    "Old County Rd 12",
    "Calle del Sol",
    "Rue Toulouse",
    "Martin Luther King Jr Blvd",
    "W 38th St",
    "Harbor View Dr",
    "Quail Run Ct",
    "Route 9",
    "Sycamore Street",
    "Kamehameha Hwy",
    "Pinecrest Circle",
    "E Washington St",
    "Dogwood Trl",
    "Ocean Pkwy",
    "Prairie Wind Rd",
    "Elm St",
    "Via Verde",
    "Bayou Blvd",
    "Cherry Hill Rd",
    "S Broadway",
    "Mesa Ridge Loop",
    "Linden Terrace",
)
_FAC_SUFFIX = (
    "Dialysis Center",
    "Kidney Center",
    "Home Dialysis Training Unit",
    "Regional Medical Center",
    "Infusion Suite",
    "Community Hospital",
    "Heart & Vascular Clinic",
    "Diabetes Center",
    "Rehabilitation Hospital",
    "Specialty Clinic",
)

# --- helpers ----------------------------------------------------------------------------------------

_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    digits = [int(c) for c in "80840" + body]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def _dea(rng: random.Random, last: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = next((c for c in last.upper() if c.isalpha() and c.isascii()), "X")
    return rng.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


def _mbi(rng: random.Random) -> str:
    a, an = _MBI_ALPHA, _MBI_ALPHA + string.digits
    raw = (
        str(rng.randint(1, 9))
        + rng.choice(a)
        + rng.choice(an)
        + _digits(rng, 1)
        + rng.choice(a)
        + rng.choice(an)
        + _digits(rng, 1)
        + rng.choice(a)
        + rng.choice(a)
        + _digits(rng, 2)
    )
    return rng.choice((raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _phone(rng: random.Random) -> str:
    area = rng.choice(
        (
            "205",
            "207",
            "319",
            "606",
            "412",
            "508",
            "937",
            "575",
            "715",
            "320",
            "208",
            "863",
            "870",
            "903",
            "843",
            "507",
            "816",
            "406",
            "662",
            "509",
            "808",
            "701",
        )
    )
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
        )
    )


def _fmt_date(d: dt.date, style: int) -> str:
    mon = d.strftime("%b")
    return (
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        d.isoformat(),
        f"{d.day:02d}-{mon}-{d.year}",
        f"{d.strftime('%B')} {d.day}, {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{mon} {d.day} {d.year}",
        f"{d.day} {d.strftime('%B')} {d.year}",
        f"{d.month}/{d.day}/{d.year}",
        f"{d.day:02d}{mon.upper()}{d.year}",
    )[style]


def _person(rng: random.Random) -> tuple[str, str, str]:
    return (
        rng.choice(_FIRST),
        rng.choice(string.ascii_uppercase.replace("Q", "").replace("X", "")),
        rng.choice(_LAST),
    )


# --- identifiers ------------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient and the people, places, dates and numbers around one document."""
    n, loc, dte = PhiType.NAME, PhiType.LOCATION, PhiType.DATE
    first, mi, last = _person(rng)
    v: dict[str, Value] = {}
    v["pt"] = (n, rng.choice((f"{first} {last}", f"{first} {mi}. {last}", f"{first} {last}")))
    v["pt_lf"] = (n, rng.choice((f"{last}, {first}", f"{last}, {first} {mi}.", f"{last},{first}")))
    v["pt_caps"] = (
        n,
        rng.choice(
            (
                f"{last.upper()}, {first.upper()}",
                f"{last.upper()},{first.upper()} {mi}",
                f"{first.upper()} {last.upper()}",
            )
        ),
    )
    v["pt_first"] = (n, first)
    v["pt_last"] = (n, last)
    v["pt_nick"] = (n, rng.choice(_NICK))
    v["pt_hl7"] = (n, f"{last.upper()}^{first.upper()}^{mi}")
    # the people around the patient: clinicians, staff, family
    for key in (
        "md",
        "md2",
        "np",
        "rn",
        "rn2",
        "rd",
        "pharmd",
        "sw",
        "cde",
        "tech",
        "nok",
        "nok2",
        "drv",
        "p2",
        "p3",
        "p4",
        "p5",
    ):
        f, m, l_ = _person(rng)
        v[key] = (n, rng.choice((f"{f} {l_}", f"{f} {l_}", f"{f} {m}. {l_}")))
        v[key + "_last"] = (n, l_)
        v[key + "_first"] = (n, f)
        v[key + "_lf"] = (n, rng.choice((f"{l_}, {f}", f"{l_}, {f} {m}.")))
    v["nok_rel"] = (
        None,
        rng.choice(
            (
                "daughter",
                "son",
                "wife",
                "husband",
                "niece",
                "grandson",
                "partner",
                "sister",
                "mother",
                "guardian",
                "brother-in-law",
                "neighbour",
            )
        ),
    )
    # places
    town, state = rng.choice(_TOWNS)
    town2, state2 = rng.choice(_TOWNS)
    v["street"] = (loc, f"{rng.randint(3, 9899)} {rng.choice(_STREETS)}")
    v["street2"] = (loc, f"{rng.randint(10, 4999)} {rng.choice(_STREETS)}")
    v["unit"] = (
        loc,
        rng.choice(
            (
                f"Apt {rng.randint(1, 40)}{rng.choice('ABCDEF')}",
                f"Unit {rng.randint(1, 300)}",
                f"#{rng.randint(100, 999)}",
                f"Apt. {rng.randint(100, 1200)}",
                f"Lot {rng.randint(1, 88)}",
                f"Ste {rng.randint(100, 450)}",
            )
        ),
    )
    v["city"] = (loc, town)
    v["city_uc"] = (loc, town.upper())
    v["state"] = (None, state)
    v["city2"] = (loc, town2)
    v["state2"] = (None, state2)
    v["county"] = (loc, rng.choice(_COUNTIES))
    v["hood"] = (loc, rng.choice(_HOODS))
    z = f"{rng.choice((0, 1, 2, 3, 4, 5, 6, 7, 8, 9))}{_digits(rng, 4)}"
    v["zip"] = (loc, rng.choice((z, z, f"{z}-{_digits(rng, 4)}")))
    v["zip2"] = (loc, f"{rng.randint(1, 9)}{_digits(rng, 4)}")
    v["facility"] = (loc, f"{rng.choice(_TOWNS)[0]} {rng.choice(_FAC_SUFFIX)}")
    v["facility2"] = (loc, f"{rng.choice(_TOWNS)[0]} {rng.choice(_FAC_SUFFIX)}")
    # dates: a visit date, earlier and later ones, one style per document
    style = rng.randrange(10)
    base = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(1400))
    born = dt.date(rng.randint(1931, 2006), rng.randint(1, 12), rng.randint(1, 28))
    v["dob"] = (dte, _fmt_date(born, rng.choice((style, style, 0, 2, 3, 4, 8))))
    v["dob_hl7"] = (dte, born.strftime("%Y%m%d"))
    v["date"] = (dte, _fmt_date(base, style))
    offsets = sorted(rng.sample(range(1, 200), 5))
    for i, off in enumerate(offsets, start=1):
        v[f"prev{i}"] = (dte, _fmt_date(base - dt.timedelta(days=off), style))
    for i in range(1, 4):
        v[f"next{i}"] = (dte, _fmt_date(base + dt.timedelta(days=rng.randint(7 * i, 30 * i)), style))
    v["date_iso"] = (dte, base.isoformat())
    v["date_long"] = (dte, _fmt_date(base, 4))
    v["date_hl7"] = (dte, base.strftime("%Y%m%d") + f"{rng.randint(6, 19):02d}{rng.randint(0, 59):02d}")
    v["date_noyr"] = (
        dte,
        rng.choice(
            (
                f"{base.month}/{base.day}",
                base.strftime("%b ") + str(base.day),
                base.strftime("%B ") + str(base.day) + rng.choice(("", "th")),
            )
        ),
    )
    hh, mm = rng.randint(5, 20), rng.randint(0, 59)
    v["dt"] = (
        dte,
        rng.choice(
            (
                f"{_fmt_date(base, 0)} {hh:02d}:{mm:02d}",
                f"{base.isoformat()}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
                f"{_fmt_date(base, 8)} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
            )
        ),
    )
    dx = dt.date(rng.randint(1995, 2022), rng.randint(1, 12), rng.randint(1, 28))
    v["dx_date"] = (dte, rng.choice((_fmt_date(dx, style), dx.strftime("%B %Y"), dx.strftime("%m/%Y"))))
    # ages over 89 only
    age = rng.randint(90, 104)
    words = {
        90: "ninety",
        91: "ninety-one",
        92: "ninety-two",
        93: "ninety-three",
        94: "ninety-four",
        95: "ninety-five",
        96: "ninety-six",
        97: "ninety-seven",
    }
    v["age90"] = (PhiType.AGE, str(age) if age not in words or rng.random() < 0.7 else words[age])
    v["age90b"] = (PhiType.AGE, str(rng.randint(90, 101)))
    # contact
    v["phone"] = (PhiType.PHONE, _phone(rng))
    v["phone2"] = (PhiType.PHONE, _phone(rng))
    v["phone3"] = (PhiType.PHONE, _phone(rng))
    v["fax"] = (PhiType.FAX, _phone(rng))
    v["fax2"] = (PhiType.FAX, _phone(rng))
    dom = rng.choice(("example.com", "example.org", "mail.example.net", "clinic.test", "example.net"))
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first[0]}{last}{rng.randint(1, 99)}",
            f"{last}_{first[:3]}",
            f"{first}{born.year % 100:02d}",
        )
    )
    local = "".join(c for c in local.lower() if c.isascii() and (c.isalnum() or c in "._"))
    v["email"] = (PhiType.EMAIL, f"{local}@{dom}")
    nf, _, nl = _person(rng)
    nloc = "".join(c for c in f"{nf[0]}{nl}".lower() if c.isascii() and c.isalnum())
    v["email2"] = (PhiType.EMAIL, f"{nloc}@{rng.choice(('example.org', 'example.com', 'family.test'))}")
    tok = _alnum(rng, rng.choice((6, 8, 10)), string.ascii_lowercase + string.digits)
    v["url"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://portal.example.org/messages/{tok}",
                f"https://telehealth.example.com/join/{tok[:3]}-{tok[3:6]}-{tok[6:]}",
                f"https://share.cgm.example.com/p/{tok}",
                f"www.example.org/u/{local[:10]}",
                f"http://myhealth.example.net/pt?id={tok}",
                f"https://pay.example.com/inv/{tok}",
            )
        ),
    )
    v["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            (
                f"{rng.randint(24, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                f"2001:db8:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 255):x}",
            )
        ),
    )
    v["ssn"] = (PhiType.SSN, _ssn(rng))
    # record, plan, account numbers
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            (
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"KC-{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                f"M{_digits(rng, 9)}",
                f"00{_digits(rng, 6)}",
                f"{_digits(rng, 7)}",
            )
        ),
    )
    v["mrn2"] = (PhiType.MRN, rng.choice((f"HD{_digits(rng, 6)}", _digits(rng, 9), f"RC-{_digits(rng, 5)}")))
    v["member"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 9)}-0{rng.randint(1, 4)}",
                f"ZGP{_digits(rng, 8)}",
                f"U{_digits(rng, 8)} 0{rng.randint(1, 3)}",
            )
        ),
    )
    v["group"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                _digits(rng, 6),
                f"GRP-{_digits(rng, 5)}",
                f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 5)}",
            )
        ),
    )
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, _mbi(rng))
    v["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_digits(rng, 10)}",
                f"{state}{_digits(rng, 8)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}{rng.choice(string.ascii_uppercase)}",
            )
        ),
    )
    v["adap"] = (PhiType.HEALTH_PLAN_ID, f"ADAP-{_digits(rng, 7)}")
    v["copay_id"] = (PhiType.HEALTH_PLAN_ID, f"{_digits(rng, 11)}")
    v["account"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                _digits(rng, 10),
                f"A{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                f"PA{_digits(rng, 7)}",
            )
        ),
    )
    v["fin"] = (PhiType.ACCOUNT, rng.choice((_digits(rng, 10), f"V{_digits(rng, 9)}", f"{_digits(rng, 12)}")))
    v["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"{_digits(rng, 2)}{_digits(rng, 3)}E{_digits(rng, 6)}",
                f"CLM-{base.year}-{_digits(rng, 7)}",
                f"{_digits(rng, 13)}",
            )
        ),
    )
    # licences of persons
    v["npi"] = (PhiType.LICENSE, _npi(rng))
    v["npi2"] = (PhiType.LICENSE, _npi(rng))
    md_last = v["md_last"][1]
    v["dea"] = (PhiType.LICENSE, _dea(rng, md_last))
    v["rn_lic"] = (
        PhiType.LICENSE,
        rng.choice((f"RN{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"R-{_digits(rng, 5)}")),
    )
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"{last[0].upper() if last[0].isascii() else 'K'}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 9)}",
                f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 7)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            )
        ),
    )
    # vehicles
    v["plate"] = (
        PhiType.VEHICLE_ID,
        rng.choice(
            (
                f"{_digits(rng, 1)}{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{_digits(rng, 3)}",
                f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}-{_digits(rng, 4)}",
                f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')} {_digits(rng, 3)}",
                f"HP{_digits(rng, 4)}",
            )
        ),
    )
    v["vin"] = (PhiType.VEHICLE_ID, _alnum(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"))
    # devices tied to this patient
    v["pump_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (f"NG{_digits(rng, 7)}H", f"{_digits(rng, 7)}", f"SN-{_alnum(rng, 10)}", f"PDM{_digits(rng, 8)}")
        ),
    )
    v["cgm_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice((_alnum(rng, 6), f"0M{_alnum(rng, 8)}", f"{_alnum(rng, 2)}{_digits(rng, 8)}")),
    )
    v["dev_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 6)}{rng.choice('SRH')}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"AM{_digits(rng, 7)}",
                f"UU{_digits(rng, 8)}",
                f"NX{_digits(rng, 6)}",
            )
        ),
    )
    v["udi"] = (
        PhiType.DEVICE_ID,
        f"(01)00{_digits(rng, 12)}(17){(base.year + 2) % 100:02d}{rng.randint(1, 12):02d}28(21){_alnum(rng, 8)}",
    )
    # biometric and photo
    v["bio"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"PV-{_alnum(rng, 4, '0123456789ABCDEF')}-{_alnum(rng, 4, '0123456789ABCDEF')}-{_alnum(rng, 4, '0123456789ABCDEF')}",
                f"FP-TPL-{_digits(rng, 8)}",
                f"VP{_digits(rng, 4)}-{_alnum(rng, 4)}",
                f"palm_{_alnum(rng, 10, string.ascii_lowercase + string.digits)}.tpl",
            )
        ),
    )
    v["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            (
                f"pt_photo_{_digits(rng, 6)}.jpg",
                f"PHOTO-{_digits(rng, 8)}",
                f"headshot_{_digits(rng, 5)}.png",
                f"DSC{_digits(rng, 5)}.JPG",
                f"IDPIC-{_alnum(rng, 7)}",
            )
        ),
    )
    # other unique numbers
    yr = base.year % 100
    v["accession"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"S{yr}-{_digits(rng, 6)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 8)}",
                f"L{_digits(rng, 9)}",
            )
        ),
    )
    v["rx"] = (
        PhiType.OTHER_ID,
        rng.choice((_digits(rng, 7), f"{_digits(rng, 3)}-{_digits(rng, 5)}", f"RX{_digits(rng, 8)}")),
    )
    v["pa_ref"] = (
        PhiType.OTHER_ID,
        rng.choice((f"PA-{base.year}-{_digits(rng, 6)}", f"{_digits(rng, 11)}", f"AUTH{_alnum(rng, 8)}")),
    )
    v["case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"PAP-{_digits(rng, 6)}",
                f"C{_digits(rng, 8)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 7)}",
            )
        ),
    )
    v["study"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"{_alnum(rng, 2, string.ascii_uppercase)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"SUBJ{_digits(rng, 5)}",
            )
        ),
    )
    v["registry"] = (
        PhiType.OTHER_ID,
        rng.choice((f"{_digits(rng, 9)}", f"R{_digits(rng, 7)}", f"{_alnum(rng, 4)}{_digits(rng, 4)}")),
    )
    v["client"] = (
        PhiType.OTHER_ID,
        rng.choice((f"RW-{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"CL{_digits(rng, 7)}")),
    )
    v["employee"] = (PhiType.OTHER_ID, f"{rng.choice(('E', 'EMP', ''))}{_digits(rng, 6)}")
    v["rems"] = (PhiType.OTHER_ID, rng.choice((f"{_digits(rng, 10)}", f"REMS-{_alnum(rng, 8)}")))
    return v


# --- look-alikes ------------------------------------------------------------------------------------

_ICD = (
    "N18.4",
    "N18.5",
    "N18.6",
    "Z99.2",
    "I12.0",
    "Z79.01",
    "I48.91",
    "Z95.2",
    "E11.65",
    "E10.65",
    "E10.9",
    "Z96.41",
    "I50.22",
    "I50.42",
    "E84.0",
    "D66",
    "D67",
    "D68.0",
    "D57.00",
    "D57.1",
    "M05.79",
    "M06.9",
    "L40.50",
    "B20",
    "Z21",
    "B18.2",
    "G35",
    "E66.01",
    "Z68.41",
    "J30.1",
    "T82.868A",
    "E05.00",
    "E03.9",
    "Z79.4",
    "I26.99",
    "I82.401",
    "N25.81",
    "D63.1",
    "K74.60",
    "J45.40",
)
_HCPCS = (
    "J0882",
    "J1756",
    "J0887",
    "J2916",
    "J1745",
    "Q5103",
    "J0129",
    "J2350",
    "J1300",
    "J7192",
    "J7170",
    "J0490",
    "J3262",
    "J2323",
    "J0717",
    "J1602",
    "G0108",
    "G0109",
    "A4657",
    "E0784",
    "A9276",
    "K0553",
    "J9312",
    "J0178",
    "J2357",
    "A4918",
)
_CPT = (
    "90935",
    "90937",
    "90960",
    "90966",
    "90970",
    "93793",
    "95165",
    "95117",
    "95004",
    "93798",
    "94625",
    "95251",
    "95249",
    "97802",
    "96365",
    "96366",
    "96413",
    "99214",
    "36902",
    "36818",
    "85610",
    "83036",
    "94010",
    "87536",
    "86361",
)
_NDC = (
    "0074-0554-02",
    "50242-051-21",
    "61958-2501-1",
    "0169-4132-12",
    "0002-1506-80",
    "0078-0659-61",
    "72065-0011-01",
    "0006-3083-01",
    "59676-0580-01",
    "50090-5623-0",
)
_LOINC = (
    "4548-4",
    "6301-6",
    "62238-1",
    "33914-3",
    "20447-9",
    "24467-3",
    "2160-0",
    "14682-9",
    "1751-7",
    "3016-3",
    "19123-9",
    "11011-4",
)
_SNOMED = ("46177005", "709044004", "44054006", "84114007", "190905008", "69896004", "86406008", "24700007")
_REV = ("0821", "0841", "0636", "0943", "0948", "0260", "0335", "0510", "0250", "0881")
_DRG = ("291", "292", "682", "683", "193", "811", "545", "070")
_FORMS = (
    "CMS-2728-U3",
    "CMS-2746",
    "CMS-1500 (02/12)",
    "UB-04",
    "Form HD-22 rev 4",
    "NEPH-114 v3",
    "ACC-07 (rev. 2024)",
    "RW-ELIG-3",
    "SP-ENR-11",
    "Policy 8.2.14",
    "IC-204",
    "FRM 3391 v7",
    "PAP-R 2025.1",
    "DSMES-ATT-2",
)
_ORGS = (
    "Tallgrass Kidney Care",
    "Keystone Specialty Rx",
    "CareAxis Specialty Pharmacy",
    "Lumen Home Infusion",
    "BrightPath Diabetes Education",
    "Meridian Renal Partners",
    "Northstar Anticoagulation Service",
    "the Hemophilia Treatment Center",
    "Cobalt Biologics Access Program",
    "Summit Health Plan",
    "Bluegate Medicaid HMO",
    "ClearSky Ryan White Part B",
    "Harbor Cardiopulmonary Rehab",
    "the CF Foundation Care Center Network",
    "Prairie Allergy Associates",
    "Osprey Bariatric Institute",
)
_ROLES = (
    "the attending",
    "charge nurse",
    "the fellow",
    "covering nephrologist",
    "unit social worker",
    "renal dietitian",
    "PD nurse",
    "home-program RN",
    "the pharmacist",
    "CDCES",
    "clinic coordinator",
    "infusion RN",
    "the registrar",
    "on-call provider",
    "HTC nurse",
    "peer navigator",
    "case manager",
)
_EPONYMS = (
    "Graves' disease",
    "Hashimoto's thyroiditis",
    "Cushing syndrome",
    "Addison's disease",
    "Crohn's disease",
    "Sjögren's syndrome",
    "von Willebrand disease",
    "Christmas disease",
    "Alport syndrome",
    "Fabry disease",
    "Berger's disease",
    "Goodpasture syndrome",
    "Kimmelstiel-Wilson lesions",
    "Raynaud's phenomenon",
    "Kussmaul breathing",
    "Parkinson disease",
    "Still's disease",
    "Behçet's disease",
    "Charcot foot",
    "Hodgkin lymphoma (remote)",
    "Wilson disease",
    "Guillain-Barré",
    "Bell's palsy",
    "Ménière's disease",
)
_DRUGS = (
    "Tresiba",
    "Ozempic",
    "Mounjaro",
    "Jardiance",
    "Farxiga",
    "Entresto",
    "Trikafta",
    "Hemlibra",
    "Advate",
    "Eloctate",
    "Altuviiio",
    "Adakveo",
    "Endari",
    "hydroxyurea",
    "Humira",
    "Enbrel",
    "Remicade",
    "Inflectra",
    "Actemra",
    "Orencia",
    "Rituxan",
    "Ocrevus",
    "Tysabri",
    "Kesimpta",
    "Biktarvy",
    "Dovato",
    "Cabenuva",
    "Descovy",
    "Epclusa",
    "Mavyret",
    "Xolair",
    "Dupixent",
    "Venofer",
    "Mircera",
    "Aranesp",
    "Epogen",
    "Sensipar",
    "Parsabiv",
    "Velphoro",
    "Renvela",
    "Auryxia",
    "Coumadin",
    "Eliquis",
    "Xarelto",
    "Lovenox",
    "Wegovy",
    "Fiasp",
    "Humalog",
    "Lantus",
)
_DEVICES = (
    "Tandem t:slim X2",
    "Omnipod 5",
    "Dexcom G7",
    "FreeStyle Libre 3",
    "MiniMed 780G",
    "NxStage System One",
    "Baxter Amia",
    "Liberty Select cycler",
    "Fresenius 2008T",
    "CoaguChek XS",
    "CardioMEMS HF",
    "Tandem Mobi",
    "iLet Bionic Pancreas",
    "Guardian 4 sensor",
    "Vest airway clearance system",
    "Tablo",
    "Eversense E3",
)
_DIALYZERS = (
    "Optiflux F180NRe",
    "Revaclear 400",
    "FX CorDiax 800",
    "Optiflux F160NRe",
    "Theranova 400",
    "Elisio 19H",
)


def _lot(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(20, 26)}K{rng.randint(1000, 9999)}",
            f"{rng.choice('ABCDEFGH')}{rng.randint(100000, 999999)}",
            f"LOT {rng.randint(1, 9)}{rng.choice('ABCDEFGH')}{rng.randint(1000, 9999)}",
            f"{rng.randint(2024, 2026)}{rng.randint(1, 12):02d}{rng.choice('ABC')}{rng.randint(10, 99)}",
        )
    )


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative text that is not PHI: labs, doses, codes, lots, brands, roles, money."""
    u = rng.uniform
    r = rng.randint
    c = rng.choice
    v: dict[str, str] = {}
    # renal
    v["egfr"] = str(r(6, 58))
    v["egfr_prev"] = str(r(8, 62))
    v["creat"] = f"{u(1.4, 9.8):.2f}"
    v["bun"] = str(r(18, 96))
    v["k"] = f"{u(3.4, 6.1):.1f}"
    v["hgb"] = f"{u(8.1, 12.9):.1f}"
    v["alb"] = f"{u(2.9, 4.4):.1f}"
    v["phos"] = f"{u(3.0, 7.9):.1f}"
    v["pth"] = str(r(150, 1100))
    v["uacr"] = str(r(30, 4200))
    v["ktv"] = f"{u(1.05, 1.85):.2f}"
    v["stdktv"] = f"{u(1.9, 2.7):.2f}"
    v["urr"] = str(r(62, 81))
    v["dialyzer"] = c(_DIALYZERS)
    v["lot"] = _lot(rng)
    v["lot2"] = _lot(rng)
    v["lot3"] = _lot(rng)
    v["bath"] = c(("2K/2.5Ca", "3K/2.5Ca", "2K/3.0Ca", "1K/2.5Ca", "4K/2.5Ca"))
    v["qb"] = str(c((300, 350, 400, 450, 500)))
    v["qd"] = str(c((500, 600, 700, 800, "1.5x Qb")))
    v["uf"] = f"{u(0.8, 4.5):.1f}"
    v["edw"] = f"{u(48, 132):.1f}"
    v["prewt"] = f"{u(50, 136):.1f}"
    v["postwt"] = f"{u(48, 133):.1f}"
    v["bp"] = f"{r(98, 188)}/{r(52, 104)}"
    v["bp2"] = f"{r(92, 172)}/{r(50, 98)}"
    v["hr"] = str(r(52, 118))
    v["temp"] = f"{u(36.1, 37.8):.1f}"
    v["spo2"] = str(r(88, 100))
    v["hep"] = c(("1000 units bolus", "2000 u bolus + 500 u/hr", "heparin-free", "1500 units", "3000 U load"))
    v["esa"] = c(
        (
            "Mircera 75 mcg IV q2wk",
            "Mircera 100 mcg q4 wks",
            "Epogen 4000 units IV TIW",
            "Aranesp 40 mcg IV weekly",
            "Retacrit 6000 U per tx",
        )
    )
    v["iron"] = c(("Venofer 100 mg x10", "Venofer 50 mg weekly", "Ferrlecit 125 mg", "Triferic AVNU 6.75 mg"))
    v["vitd"] = c(("calcitriol 0.5 mcg TIW", "paricalcitol 4 mcg", "doxercalciferol 2 mcg"))
    v["station"] = str(r(1, 24))
    v["chair"] = str(r(1, 30))
    v["shift"] = c(("MWF 1st shift", "TTS 2nd shift", "MWF 3rd", "TTS early", "nocturnal MWF"))
    v["machine"] = str(r(1, 40))
    v["needle"] = c(("15g", "16g", "17g", "14g", "15 ga"))
    v["access"] = c(
        (
            "L radiocephalic AVF",
            "R brachiocephalic AVF",
            "L upper arm AVG (loop)",
            "R IJ tunneled CVC",
            "L brachiobasilic AVF (transposed)",
            "R forearm loop graft",
        )
    )
    v["qa"] = str(r(450, 1600))
    v["cycles"] = str(r(3, 6))
    v["fill"] = str(c((1500, 2000, 2200, 2500)))
    v["dextrose"] = c(("1.5%", "2.5%", "4.25%", "icodextrin 7.5%"))
    # anticoagulation
    v["inr"] = f"{u(1.3, 4.6):.1f}"
    v["inr2"] = f"{u(1.5, 3.8):.1f}"
    v["inr3"] = f"{u(1.6, 3.4):.1f}"
    v["inr_range"] = c(("2.0-3.0", "2.5-3.5", "2-3", "1.5-2.0"))
    v["ttr"] = str(r(41, 88))
    v["wkdose"] = f"{c((17.5, 22.5, 25, 27.5, 30, 32.5, 35, 37.5, 40, 45, 52.5))}"
    v["tab"] = c(("5 mg", "2.5 mg", "3 mg", "7.5 mg", "1 mg", "4 mg"))
    v["chads"] = str(r(1, 7))
    v["hasbled"] = str(r(0, 4))
    v["anticoag_dx"] = c(
        ("AF", "mechanical mitral valve (On-X)", "recurrent DVT", "PE", "LV thrombus", "APS")
    )
    # diabetes
    v["a1c"] = f"{u(5.9, 12.4):.1f}"
    v["a1c_prev"] = f"{u(6.1, 11.8):.1f}"
    v["tir"] = str(r(28, 89))
    v["tbr"] = f"{u(0.2, 6.5):.1f}"
    v["tar"] = str(r(6, 60))
    v["gmi"] = f"{u(6.2, 9.9):.1f}"
    v["cv"] = f"{u(24, 46):.1f}"
    v["mean_bg"] = str(r(118, 246))
    v["basal"] = f"{u(0.35, 2.1):.3f}"
    v["icr"] = str(r(5, 20))
    v["isf"] = str(r(20, 90))
    v["tdd"] = f"{u(18, 120):.1f}"
    v["target_bg"] = str(c((100, 110, 120)))
    v["pump"] = c(("Tandem t:slim X2", "Omnipod 5", "MiniMed 780G", "Tandem Mobi", "iLet Bionic Pancreas"))
    v["cgm"] = c(("Dexcom G7", "FreeStyle Libre 3", "Guardian 4 sensor", "Dexcom G6", "Eversense E3"))
    v["fw"] = c(("v7.8.1", "fw 2.4.0", "7.6.0.2", "sw 11.2", "v5.1"))
    v["tsh"] = f"{u(0.01, 9.4):.2f}"
    v["ft4"] = f"{u(0.6, 3.9):.2f}"
    # heart failure / rehab / pulm
    v["ef"] = c(("20-25", "25", "30-35", "35", "40", "45-50"))
    v["nyha"] = c(("II", "III", "II-III", "IIIb", "I"))
    v["bnp"] = str(r(180, 9800))
    v["pap"] = str(r(14, 48))
    v["six_mwt"] = str(r(120, 520))
    v["mets"] = f"{u(1.8, 8.9):.1f}"
    v["rpe"] = str(r(9, 16))
    v["sessions"] = str(r(1, 36))
    v["fev1"] = f"{u(0.7, 3.6):.2f}"
    v["fev1_pct"] = str(r(22, 104))
    v["fvc"] = f"{u(1.2, 4.8):.2f}"
    v["bmi"] = f"{u(31.0, 58.9):.1f}"
    v["bmi2"] = f"{u(22.0, 44.9):.1f}"
    v["wt_kg"] = f"{u(58, 182):.1f}"
    v["wt_lb"] = str(r(128, 402))
    v["ebwl"] = str(r(12, 78))
    v["sweat"] = str(r(60, 118))
    v["cf_geno"] = c(("F508del/F508del", "F508del/G551D", "F508del/N1303K", "G542X/W1282X", "F508del/R117H"))
    v["bug"] = c(
        (
            "MSSA",
            "MRSA",
            "Pseudomonas aeruginosa (mucoid)",
            "Achromobacter",
            "Stenotrophomonas",
            "MAC (AFB neg x3)",
        )
    )
    # haematology
    v["fviii"] = str(r(1, 38))
    v["fix"] = str(r(1, 30))
    v["bu"] = f"{u(0.0, 4.2):.1f}"
    v["factor_dose"] = str(c((1000, 1500, 2000, 2500, 3000, 3500, 4000)))
    v["factor"] = c(
        ("Advate", "Eloctate", "Altuviiio", "Alprolix", "Idelvion", "Novoeight", "Jivi", "BeneFIX")
    )
    v["hbf"] = str(r(2, 31))
    v["retic"] = f"{u(2.1, 14.8):.1f}"
    v["ldh"] = str(r(180, 1100))
    v["hbs"] = c(("HbSS", "HbSC", "HbS/β0-thal", "HbS/β+-thal"))
    v["tcd"] = str(r(98, 210))
    # HIV / hepatology
    v["cd4"] = str(r(38, 1180))
    v["cd4_pct"] = str(r(4, 44))
    v["vl"] = c(("<20", "not detected", "48", "<50", "1,240", "88,300", "<40", "214"))
    v["art"] = c(
        (
            "Biktarvy 1 tab daily",
            "Dovato daily",
            "Cabenuva 600/900 mg IM q2mo",
            "Triumeq",
            "Symtuza",
            "Descovy + Tivicay",
        )
    )
    v["fpl"] = str(r(88, 498))
    v["income"] = f"{r(8, 61)},{r(100, 999)}"
    v["hcv_rna"] = f"{r(1, 9)},{r(100, 999)},{r(100, 999)}"
    v["geno"] = c(("1a", "1b", "2", "3a", "4"))
    v["fib4"] = f"{u(0.6, 5.9):.2f}"
    v["kpa"] = f"{u(4.1, 31.0):.1f}"
    v["meld"] = str(r(6, 24))
    v["alt"] = str(r(14, 240))
    v["plt"] = str(r(62, 410))
    v["hcv_rx"] = c(
        ("Epclusa 400/100 mg x 12 wk", "Mavyret 3 tabs daily x 8 wk", "Harvoni x 12 weeks", "Vosevi x 12 wk")
    )
    # rheum / neuro / allergy
    v["das28"] = f"{u(1.6, 6.9):.2f}"
    v["cdai"] = f"{u(1.0, 44.0):.1f}"
    v["crp"] = f"{u(0.1, 9.8):.1f}"
    v["esr"] = str(r(4, 96))
    v["tjc"] = str(r(0, 22))
    v["sjc"] = str(r(0, 16))
    v["biologic"] = c(
        (
            "infliximab-dyyb 5 mg/kg",
            "tocilizumab 8 mg/kg",
            "abatacept 750 mg",
            "rituximab 1000 mg",
            "belimumab 10 mg/kg",
            "golimumab IV 2 mg/kg",
            "ocrelizumab 600 mg",
            "natalizumab 300 mg",
        )
    )
    v["premed"] = c(
        (
            "acetaminophen 650 mg PO + diphenhydramine 25 mg IV",
            "methylpred 100 mg IV, cetirizine 10 mg",
            "hydrocortisone 100 mg IV",
            "loratadine 10 mg PO",
        )
    )
    v["rate"] = str(c((50, 100, 125, 150, 200, 250, 300)))
    v["edss"] = c(("1.5", "2.0", "3.0", "3.5", "4.5", "6.0"))
    v["jcv"] = f"{u(0.08, 3.9):.2f}"
    v["allergen"] = c(
        (
            "Tree mix/grass/weed",
            "Dust mite (D. farinae/D. pteronyssinus)",
            "Cat/dog",
            "Mold mix",
            "Venom - yellow jacket",
            "Ragweed + Timothy grass",
        )
    )
    v["vial"] = c(("1:1000 v/v", "1:100 v/v", "1:10 v/v", "1:1 (maint.)", "Vial 4 (blue)", "Vial 2 (yellow)"))
    v["inj_ml"] = f"{c((0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5))}"
    v["wheal"] = str(r(0, 25))
    v["pef"] = str(r(180, 620))
    # codes, forms, money, time, misc
    for i in range(1, 4):
        v[f"icd{i}"] = c(_ICD)
        v[f"hcpcs{i}"] = c(_HCPCS)
        v[f"cpt{i}"] = c(_CPT)
    v["ndc"] = c(_NDC)
    v["ndc2"] = c(_NDC)
    v["loinc"] = c(_LOINC)
    v["loinc2"] = c(_LOINC)
    v["snomed"] = c(_SNOMED)
    v["rev"] = c(_REV)
    v["drg"] = c(_DRG)
    v["form"] = c(_FORMS)
    v["form2"] = c(_FORMS)
    v["org"] = c(_ORGS)
    v["org2"] = c(_ORGS)
    v["role"] = c(_ROLES)
    v["role2"] = c(_ROLES)
    v["eponym"] = c(_EPONYMS)
    v["eponym2"] = c(_EPONYMS)
    v["drug"] = c(_DRUGS)
    v["drug2"] = c(_DRUGS)
    v["drug3"] = c(_DRUGS)
    v["device"] = c(_DEVICES)
    v["money"] = f"${r(5, 98)},{r(100, 999)}.{r(0, 99):02d}"
    v["money2"] = f"${r(10, 950)}.{r(0, 99):02d}"
    v["copay"] = c(("$0", "$5", "$10.00", "$35", "$50/month", "$150"))
    v["time"] = f"{r(5, 20):02d}:{r(0, 59):02d}"
    v["time2"] = f"{r(5, 20):02d}{r(0, 59):02d}"
    v["time3"] = f"{r(1, 12)}:{r(0, 59):02d} {c(('AM', 'PM', 'am', 'pm'))}"
    v["dur"] = c(("3h 45m", "4:00", "3.5 hrs", "240 min", "3h15", "2h 30m"))
    v["year"] = str(r(1988, 2022))
    v["year2"] = str(r(2001, 2024))
    v["age"] = str(r(19, 89))
    v["age2"] = str(r(8, 89))
    v["room"] = c(
        ("Rm 214", "Bay 3", "Bed 12B", "Pod C", "Infusion chair 7", "Room 4-West", "Isolation station 2")
    )
    v["ext"] = str(r(2000, 7999))
    v["pct"] = str(r(3, 98))
    v["version"] = c(("v3.2", "rev. 11/2024", "ver 2.0.7", "Rev D", "2025.2"))
    v["bin"] = c(("004336", "610014", "003858", "015581", "610097"))
    v["pcn"] = c(("ADV", "MEDDPRIME", "CN", "03200000", "PCS"))
    v["qty"] = str(r(1, 12))
    v["days"] = c(("28", "30", "84", "90", "56"))
    v["refills"] = str(r(0, 11))
    v["score"] = str(r(0, 27))
    v["pain"] = str(r(0, 10))
    v["ht"] = str(r(148, 196))
    return {k: (None, s) for k, s in v.items()}
