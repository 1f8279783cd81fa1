"""Values for planted set 7 (laboratory medicine and pathology): one invented identity per note.

``identifiers(rng)`` gives every typed value a template may use (a gold span when placed);
``lookalikes(rng)`` gives clinical and administrative filler that is not PHI (results with units and
reference ranges, flags, LOINC/CPT/HCPCS/ICD-10 codes, reagent and QC lots, analyser models and
serials, organisms, eponyms, times, years, ages up to 89, money). Everything is drawn from ``rng``.
"""

from __future__ import annotations

import datetime as dt
import random

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- names ----------------------------------------------------------------------------------------

FIRST = (
    "Ana",
    "Mateo",
    "Siobhan",
    "Oluwaseun",
    "Priya",
    "Rajesh",
    "Aaliyah",
    "DeShawn",
    "Mei-Ling",
    "Jin-woo",
    "Yusuf",
    "Fatima",
    "Zeynep",
    "Bjorn",
    "José",
    "Zoë",
    "Renée",
    "Chloé",
    "Hope",
    "Faith",
    "Grace",
    "Hunter",
    "Summer",
    "River",
    "Georgia",
    "Austin",
    "Paris",
    "Brooke",
    "Rose",
    "Ivy",
    "Dale",
    "Crystal",
    "Sterling",
    "Page",
    "Will",
    "Mark",
    "Pat",
    "Sunny",
    "Autumn",
    "June",
    "April",
    "May",
    "Ngozi",
    "Kwame",
    "Thanh",
    "Huong",
    "Dmitri",
    "Olena",
    "Agnieszka",
    "Tomasz",
    "Giulia",
    "Lorenzo",
    "Ines",
    "Joaquín",
    "Guadalupe",
    "Xochitl",
    "Keanu",
    "Leilani",
    "Tupac",
    "Nizhoni",
    "Ahanu",
    "Saoirse",
    "Padraig",
    "Eilidh",
    "Hamish",
    "Ayesha",
    "Imran",
    "Noor",
    "Dalia",
    "Yitzhak",
    "Miriam",
    "Haruto",
    "Yuki",
    "Sione",
    "Mele",
    "Abebe",
    "Tigist",
    "Lars",
    "Ingrid",
    "Marguerite",
    "Delphine",
    "Wojciech",
    "Eszter",
    "Bongani",
    "Precious",
    "Lucky",
    "Charity",
    "Earnest",
    "Royal",
    "Duke",
    "King",
    "Major",
    "Jerzy",
    "Carmen",
)
NICK = (
    "Bud",
    "Peggy",
    "Chuck",
    "Bev",
    "Mo",
    "Teo",
    "Beto",
    "Lupe",
    "Sunny",
    "Red",
    "Doc",
    "Bobbi",
    "Tito",
    "Gigi",
    "Kiki",
    "Nana",
    "Junior",
    "Skip",
    "Trey",
    "Bunny",
)
LAST = (
    "García",
    "O'Brien",
    "van der Berg",
    "de la Cruz",
    "MacLeod",
    "Nakamura",
    "Okonkwo",
    "Abdullah",
    "Kowalczyk",
    "Nguyen",
    "Tran",
    "Pham",
    "Haddad",
    "Al-Sayed",
    "Fitzgerald-Park",
    "Smith-Oyelaran",
    "Baker",
    "Wells",
    "Hill",
    "Fox",
    "Lake",
    "Bishop",
    "Church",
    "Banks",
    "Price",
    "Rice",
    "Moss",
    "Street",
    "Marsh",
    "English",
    "Holiday",
    "Washington",
    "Jordan",
    "Lincoln",
    "Sherwood",
    "Dalton",
    "Ferreira",
    "Gonçalves",
    "Dubois",
    "Lefèvre",
    "St. Clair",
    "D'Angelo",
    "Papadopoulos",
    "Ivanova",
    "Szabo",
    "Horvath",
    "Lindqvist",
    "Adeyemi",
    "Mensah",
    "Osei",
    "Kaur",
    "Singh",
    "Patel",
    "Chaudhry",
    "Rahman",
    "Yilmaz",
    "Kaya",
    "Cohen",
    "Levi",
    "Friedman",
    "Schwartz",
    "Kim",
    "Park",
    "Choi",
    "Wang",
    "Zhang",
    "Liu",
    "Chen",
    "Tanaka",
    "Sato",
    "Hernández",
    "López",
    "Quispe",
    "Mamani",
    "Begay",
    "Yazzie",
    "Tsosie",
    "Kealoha",
    "Fonoti",
    "Tuiasosopo",
    "Le",
    "Vu",
    "Bianchi",
    "Russo",
    "Esposito",
    "Kovač",
    "Novak",
    "du Plessis",
    "ten Brink",
    "bin Hamad",
    "Van Buren",
    "McAllister",
    "Ní Bhriain",
    "Oyelaran-Hughes",
    "Rivers",
    "Young",
    "Love",
    "Small",
    "Wise",
    "Goodnight",
    "Strong",
    "Cash",
    "Frost",
    "Summers",
    "Abernathy",
    "Wojcik",
    "Mahlangu",
    "Tesfaye",
    "Gebremedhin",
    "Achterberg",
    "Da Silva",
    "Delacroix",
)
LETTERS = "ABCDEFGHJKLMNPRSTVWXYZ"

# --- places ---------------------------------------------------------------------------------------

CITIES = (
    ("Fairhaven", "MA"),
    ("Brookdale", "MN"),
    ("Oak Ridge", "TN"),
    ("Port Lavaca", "TX"),
    ("Eagle Pass", "TX"),
    ("Marquette", "MI"),
    ("Bemidji", "MN"),
    ("Truth or Consequences", "NM"),
    ("Walla Walla", "WA"),
    ("Bowling Green", "KY"),
    ("Sleepy Eye", "MN"),
    ("Hope", "AR"),
    ("Independence", "MO"),
    ("Liberty", "NC"),
    ("Normal", "IL"),
    ("Paradise", "CA"),
    ("Chester", "PA"),
    ("Salem", "OR"),
    ("Lafayette", "LA"),
    ("De Pere", "WI"),
    ("La Crosse", "WI"),
    ("St. Cloud", "MN"),
    ("Coeur d'Alene", "ID"),
    ("Winston-Salem", "NC"),
    ("Wilkes-Barre", "PA"),
    ("Sault Ste. Marie", "MI"),
    ("El Centro", "CA"),
    ("Las Cruces", "NM"),
    ("Ypsilanti", "MI"),
    ("Kalamazoo", "MI"),
    ("Poughkeepsie", "NY"),
    ("Yakima", "WA"),
    ("Kenosha", "WI"),
    ("Eau Claire", "WI"),
    ("Brownsville", "TX"),
    ("Opelousas", "LA"),
    ("Natchitoches", "LA"),
    ("Hilo", "HI"),
    ("Kailua", "HI"),
    ("Bangor", "ME"),
    ("Nome", "AK"),
    ("Gallup", "NM"),
    ("Chinle", "AZ"),
    ("Pocatello", "ID"),
    ("Dubuque", "IA"),
    ("Mankato", "MN"),
    ("Bethel", "AK"),
    ("Presque Isle", "ME"),
    ("Valdosta", "GA"),
    ("Hattiesburg", "MS"),
    ("Joplin", "MO"),
)
COUNTIES = (
    "Lake",
    "Marion",
    "Cedar",
    "Washington",
    "Clearwater",
    "Bear River",
    "St. Lucie",
    "Cuyahoga",
    "Yellowstone",
    "Door",
    "Kittitas",
    "Tippecanoe",
    "Androscoggin",
    "Pend Oreille",
    "San Benito",
    "Coconino",
    "Hidalgo",
    "Kenai",
    "Winnebago",
    "Aroostook",
)
HOODS = (
    "Fruitvale",
    "Eastgate",
    "Old Town",
    "Little Saigon",
    "Riverside Terrace",
    "Kensington",
    "Five Points",
    "Brightwood",
    "Southside",
    "Near North",
    "Chinatown",
    "Mill Creek",
    "Frogtown",
    "Sunnyslope",
    "Barrio Logan",
    "Irish Hill",
)
STREETS = (
    "Alder",
    "Magnolia",
    "Old Mill",
    "Pleasant",
    "Martin Luther King Jr",
    "Chestnut",
    "Lakeshore",
    "Kamehameha",
    "Rue Bellevue",
    "Camino del Sol",
    "Church",
    "Mill Pond",
    "Highland",
    "Cottonwood",
    "Fox Hollow",
    "Sunset",
    "Wabash",
    "Calle Ocho",
    "Orchard",
    "River",
    "Hawthorne",
    "Quarry",
    "Juniper",
    "Tamarack",
    "Main",
    "Second",
    "Pine Ridge",
    "Bayou",
    "Prairie View",
    "Elm",
)
ST_SUFFIX = ("St", "Street", "Ave", "Avenue", "Rd", "Road", "Blvd", "Dr", "Ln", "Ct", "Way", "Pkwy", "Hwy")
FAC_SUFFIX = (
    "General Hospital",
    "Regional Medical Center",
    "Community Hospital",
    "Memorial Hospital",
    "Outpatient Lab",
    "Patient Service Center",
    "Family Clinic",
    "Cancer Center",
    "Dialysis Unit",
    "Health Center",
    "Urgent Care",
)

ORG_NOGEO = (
    "Northstar Reference Laboratories",
    "Cedar Pathology Associates",
    "Bluewater Clinical Labs",
    "Meridian Molecular Diagnostics",
    "Summit Cytopathology Group",
    "Keystone Toxicology",
    "Harbor Genomics",
    "Tri-County Courier Services",
    "Lumen Dx",
    "Apex Specimen Logistics",
    "Prairie Health Partners",
    "the regional public health laboratory",
    "the hospital laboratory",
)


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(_pick(rng, alphabet) for _ in range(n))


def _name(rng: random.Random) -> tuple[str, str, str]:
    return _pick(rng, FIRST), _pick(rng, LAST), _pick(rng, LETTERS)


# --- dates ----------------------------------------------------------------------------------------

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


def fmt_date(rng: random.Random, d: dt.date) -> str:
    style = rng.randrange(11)
    if style == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == 1:
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == 4:
        return f"{d.day:02d}{MON[d.month - 1].upper()}{d.year}"
    if style == 5:
        return f"{MONTH[d.month - 1]} {d.day}, {d.year}"
    if style == 6:
        return f"{MON[d.month - 1]} {d.day} {d.year}"
    if style == 7:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == 8:
        return f"{d.day} {MONTH[d.month - 1]} {d.year}"
    if style == 9:
        return f"{d.month}-{d.day}-{d.year}"
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def fmt_dt(rng: random.Random, d: dt.datetime) -> str:
    style = rng.randrange(7)
    if style == 0:
        return f"{d.month:02d}/{d.day:02d}/{d.year} {d.hour:02d}:{d.minute:02d}"
    if style == 1:
        return f"{d.year}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}"
    if style == 2:
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d} {d.hour:02d}{d.minute:02d}"
    if style == 3:
        return f"{d.month}/{d.day}/{d.year % 100:02d} {d.hour:02d}{d.minute:02d}"
    if style == 4:
        ampm = "AM" if d.hour < 12 else "PM"
        return f"{d.month}/{d.day}/{d.year} {(d.hour % 12) or 12}:{d.minute:02d} {ampm}"
    if style == 5:
        return f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:{d.second:02d}"
    return f"{d.day:02d}{MON[d.month - 1].upper()}{d.year % 100:02d} {d.hour:02d}:{d.minute:02d}"


def _short(rng: random.Random, d: dt.date) -> str:
    """A date without its year (a day and a month are still gold)."""
    style = rng.randrange(4)
    if style == 0:
        return f"{d.month}/{d.day}"
    if style == 1:
        return f"{d.day}-{MON[d.month - 1]}"
    if style == 2:
        return f"{MON[d.month - 1]} {d.day}"
    return f"{d.month:02d}/{d.day:02d}"


# --- identifiers ----------------------------------------------------------------------------------


def _npi(rng: random.Random) -> str:
    base = str(rng.choice((1, 2))) + _digits(rng, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for i, n in enumerate(reversed(digits)):
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random, last: str) -> str:
    first = _pick(rng, "ABFGM")
    second = last[0].upper() if last[0].isalpha() and last[0].isascii() else "X"
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(check)


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
        + str(rng.randrange(10))
        + str(rng.randrange(10))
    )
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def _vin(rng: random.Random) -> str:
    return _alnum(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def _plate(rng: random.Random) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"{rng.randrange(1, 10)}{_alnum(rng, 3, LETTERS)}{_digits(rng, 3)}"
    if style == 1:
        return f"{_alnum(rng, 3, LETTERS)}-{_digits(rng, 4)}"
    if style == 2:
        return f"{_digits(rng, 3)} {_alnum(rng, 3, LETTERS)}"
    if style == 3:
        return f"{_alnum(rng, 2, LETTERS)}{_digits(rng, 2)} {_alnum(rng, 3, LETTERS)}"
    return f"{_alnum(rng, 4, LETTERS)}{_digits(rng, 3)}"


def _ssn(rng: random.Random) -> str:
    a, b, c = rng.randrange(1, 666), rng.randrange(1, 100), rng.randrange(1, 10000)
    style = rng.randrange(4)
    if style == 0:
        return f"{a:03d} {b:02d} {c:04d}"
    if style == 1:
        return f"{a:03d}{b:02d}{c:04d}"
    return f"{a:03d}-{b:02d}-{c:04d}"


def _phone(rng: random.Random) -> str:
    area = _pick(rng, ("312", "608", "907", "808", "505", "716", "218", "337", "409", "509", "207", "870"))
    line = f"01{rng.randrange(10)}{rng.randrange(10)}"
    style = rng.randrange(7)
    if style == 0:
        return f"({area}) 555-{line}"
    if style == 1:
        return f"{area}.555.{line}"
    if style == 2:
        return f"+1 {area} 555 {line}"
    if style == 3:
        return f"{area}-555-{line}"
    if style == 4:
        return f"1-{area}-555-{line}"
    if style == 5:
        return f"({area})555-{line}"
    return f"{area} 555 {line}"


def _email(rng: random.Random, first: str, last: str) -> str:
    f = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "pt"
    la = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "x"
    dom = _pick(
        rng,
        (
            "example.com",
            "example.org",
            "mail.example.net",
            "lab.example.org",
            "clinic.test",
            "patients.example.com",
            "path.example.test",
        ),
    )
    style = rng.randrange(5)
    if style == 0:
        return f"{f}.{la}@{dom}"
    if style == 1:
        return f"{f[0]}{la}{rng.randrange(10, 99)}@{dom}"
    if style == 2:
        return f"{la}_{f}@{dom}"
    if style == 3:
        return f"{f}{rng.randrange(1950, 2009)}@{dom}"
    return f"{la}.{f[0]}@{dom}"


def _street(rng: random.Random) -> str:
    num = rng.choice(
        (str(rng.randrange(1, 99)), str(rng.randrange(100, 9999)), str(rng.randrange(10000, 48000)))
    )
    pre = rng.choice(("", "", "", "N ", "S ", "E ", "W ", "NE "))
    name = _pick(rng, STREETS)
    if name.startswith(("Rue", "Camino", "Calle")):
        return f"{num} {name}"
    return f"{num} {pre}{name} {_pick(rng, ST_SUFFIX)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Apt {rng.randrange(1, 40)}{_pick(rng, 'ABCD')}",
            f"Unit {rng.randrange(1, 300)}",
            f"#{rng.randrange(100, 999)}",
            f"Apt. {rng.randrange(1, 30)}",
            f"Lot {rng.randrange(1, 90)}",
            f"Trlr {rng.randrange(1, 60)}",
            f"Ste {rng.randrange(100, 600)}",
        )
    )


def _zip(rng: random.Random) -> str:
    z = f"{rng.randrange(1000, 99950):05d}"
    return z if rng.random() < 0.7 else f"{z}-{rng.randrange(0, 10000):04d}"


def _mrn(rng: random.Random) -> str:
    style = rng.randrange(6)
    if style == 0:
        return _digits(rng, 8)
    if style == 1:
        return "E" + _digits(rng, 7)
    if style == 2:
        return f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}"
    if style == 3:
        return f"MR{_digits(rng, 6)}"
    if style == 4:
        return _digits(rng, 2) + "-" + _digits(rng, 6)
    return "00" + _digits(rng, 7)


def _acc_lab(rng: random.Random, year: int) -> str:
    yy = year % 100
    style = rng.randrange(4)
    if style == 0:
        return f"CH{yy}-{rng.randrange(1, 366):03d}-{_digits(rng, 5)}"
    if style == 1:
        return f"{yy}-{rng.randrange(1, 366):03d}-{_digits(rng, 4)}"
    if style == 2:
        return f"L{_digits(rng, 9)}"
    return f"{_alnum(rng, 1, 'HCWU')}{yy}{_digits(rng, 6)}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
    v: dict[str, Value] = {}

    # patient and relatives
    pf, pl, pm = _name(rng)
    v["pt_first"] = (N, pf)
    v["pt_last"] = (N, pl)
    v["pt_first_uc"] = (N, pf.upper())
    v["pt_last_uc"] = (N, pl.upper())
    v["pt_mi"] = (None, pm)
    v["pt_lfm"] = (
        N,
        rng.choice((f"{pl}, {pf} {pm}.", f"{pl}, {pf}", f"{pl.upper()}, {pf.upper()} {pm}", f"{pl},{pf}")),
    )
    v["pt_full"] = (N, rng.choice((f"{pf} {pl}", f"{pf} {pm}. {pl}", f"{pf} {pl}")))
    v["pt_caps"] = (N, f"{pl.upper()}, {pf.upper()}")
    v["pt_nick"] = (N, _pick(rng, NICK))
    v["pt_initials"] = (N, f"{pf[0]}{pl[0].upper() if pl[0].isalpha() else pl[1].upper()}")
    rf, rl, _ = _name(rng)
    rl = rng.choice((pl, rl))
    v["rel_full"] = (N, f"{rf} {rl}")
    v["rel_first"] = (N, rf)
    v["rel_last"] = (N, rl)
    v["rel_role"] = (
        None,
        _pick(
            rng,
            (
                "daughter",
                "son",
                "wife",
                "husband",
                "niece",
                "POA",
                "guardian",
                "mother",
                "partner",
                "grandson",
                "caregiver",
                "neighbor",
            ),
        ),
    )
    af, al, _ = _name(rng)
    v["alleged_full"] = (N, f"{af} {al}")
    v["alleged_lfm"] = (N, f"{al.upper()}, {af.upper()}")
    cf, _cl, _ = _name(rng)
    v["child_full"] = (N, f"{cf} {pl if rng.random() < 0.5 else al}")

    # staff
    def staff(key: str) -> str:
        f, la, m = _name(rng)
        v[f"{key}_full"] = (N, rng.choice((f"{f} {la}", f"{f} {m}. {la}", f"{f[0]}. {la}")))
        v[f"{key}_last"] = (N, la)
        v[f"{key}_first"] = (N, f)
        v[f"{key}_lf"] = (N, rng.choice((f"{la}, {f}", f"{la.upper()}, {f.upper()}", f"{la}, {f[0]}")))
        v[f"{key}_ini"] = (N, f"{f[0]}{m}{la[0].upper() if la[0].isalpha() else la[1]}")
        v[f"{key}_email"] = (PhiType.EMAIL, _email(rng, f, la))
        return la

    md_last = staff("md")
    staff("md2")
    staff("path")
    staff("path2")
    staff("rn")
    staff("tech")
    staff("tech2")
    staff("phleb")
    staff("courier")
    staff("officer")
    staff("collector")

    # ages and dates
    today = dt.date(rng.choice((2025, 2026)), 1, 1) + dt.timedelta(days=rng.randrange(365))
    age = rng.randrange(90, 106)
    v["age90"] = (
        A,
        rng.choice(
            (
                str(age),
                str(age),
                str(age),
                {
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
                }.get(age, str(age)),
            )
        ),
    )
    dob_old = dt.date(today.year - age, today.month, min(today.day, 28)) - dt.timedelta(
        days=rng.randrange(0, 364)
    )
    dob = dt.date(rng.randrange(1936, 2024), 1, 1) + dt.timedelta(days=rng.randrange(365))
    v["dob"] = (D, fmt_date(rng, dob))
    v["dob_old"] = (D, fmt_date(rng, dob_old))
    v["dob_hl7"] = (D, dob.strftime("%Y%m%d"))
    v["rel_dob"] = (
        D,
        fmt_date(rng, dt.date(rng.randrange(1950, 2000), 1, 1) + dt.timedelta(days=rng.randrange(365))),
    )
    v["child_dob"] = (D, fmt_date(rng, today - dt.timedelta(days=rng.randrange(30, 3000))))
    coll = dt.datetime.combine(today, dt.time(rng.randrange(0, 24), rng.randrange(60), rng.randrange(60)))
    recv = coll + dt.timedelta(minutes=rng.randrange(8, 600))
    rep = recv + dt.timedelta(hours=rng.randrange(1, 120), minutes=rng.randrange(60))
    amend = rep + dt.timedelta(days=rng.randrange(1, 20), minutes=rng.randrange(600))
    prior = coll - dt.timedelta(days=rng.randrange(7, 400), minutes=rng.randrange(600))
    prior2 = prior - dt.timedelta(days=rng.randrange(3, 200))
    v["coll_dt"] = (D, fmt_dt(rng, coll))
    v["coll_d"] = (D, fmt_date(rng, coll.date()))
    v["coll_short"] = (D, _short(rng, coll.date()))
    v["coll_hl7"] = (D, coll.strftime("%Y%m%d%H%M"))
    v["recv_dt"] = (D, fmt_dt(rng, recv))
    v["recv_d"] = (D, fmt_date(rng, recv.date()))
    v["rep_dt"] = (D, fmt_dt(rng, rep))
    v["rep_d"] = (D, fmt_date(rng, rep.date()))
    v["rep_hl7"] = (D, rep.strftime("%Y%m%d%H%M%S"))
    v["amend_dt"] = (D, fmt_dt(rng, amend))
    v["amend_d"] = (D, fmt_date(rng, amend.date()))
    v["prior_d"] = (D, fmt_date(rng, prior.date()))
    v["prior_short"] = (D, _short(rng, prior.date()))
    v["prior2_d"] = (D, fmt_date(rng, prior2.date()))
    v["prior2_short"] = (D, _short(rng, prior2.date()))
    v["next_d"] = (D, fmt_date(rng, (rep + dt.timedelta(days=rng.randrange(2, 60))).date()))
    v["adm_d"] = (D, fmt_date(rng, (coll - dt.timedelta(days=rng.randrange(0, 12))).date()))
    v["surg_d"] = (D, fmt_date(rng, (coll - dt.timedelta(days=rng.randrange(0, 3) * 365)).date()))
    v["onset_d"] = (D, _short(rng, (coll - dt.timedelta(days=rng.randrange(1, 6))).date()))
    v["lmp_d"] = (D, fmt_date(rng, (coll - dt.timedelta(days=rng.randrange(3, 40))).date()))
    v["t1"] = (None, f"{coll.hour:02d}{coll.minute:02d}")
    v["t2"] = (None, f"{recv.hour:02d}:{recv.minute:02d}")
    v["t3"] = (None, f"{rep.hour:02d}{rep.minute:02d}")
    v["year"] = (None, str(today.year))
    v["hl7_ts_sys"] = (None, rng.choice(("P", "T")))

    # places
    city, state = _pick(rng, CITIES)
    v["city"] = (L, city)
    v["city_uc"] = (L, city.upper())
    v["state"] = (None, state)
    v["street"] = (L, _street(rng))
    v["unit"] = (L, _unit(rng))
    v["zip"] = (L, _zip(rng))
    v["county"] = (L, f"{_pick(rng, COUNTIES)} County")
    v["hood"] = (L, _pick(rng, HOODS))
    city2, state2 = _pick(rng, CITIES)
    v["city2"] = (L, city2)
    v["state2"] = (None, state2)
    v["street2"] = (L, _street(rng))
    v["zip2"] = (L, _zip(rng))
    fc, _ = _pick(rng, CITIES)
    v["facility"] = (
        L,
        rng.choice(
            (
                f"{fc} {_pick(rng, FAC_SUFFIX)}",
                f"St. {_pick(rng, ('Agnes', 'Brendan', 'Luke', 'Vincent', 'Clare'))} Hospital of {fc}",
                f"{_pick(rng, FAC_SUFFIX)} of {fc}",
            )
        ),
    )
    fc2, _ = _pick(rng, CITIES)
    v["facility2"] = (L, f"{fc2} {_pick(rng, FAC_SUFFIX)}")
    v["psc"] = (
        L,
        f"{_pick(rng, CITIES)[0]} {_pick(rng, ('PSC', 'Draw Station', 'Lab Express', 'Patient Service Center'))}",
    )

    # contact
    v["pt_phone"] = (PhiType.PHONE, _phone(rng))
    v["pt_phone2"] = (PhiType.PHONE, _phone(rng))
    v["md_phone"] = (PhiType.PHONE, _phone(rng))
    v["lab_phone"] = (PhiType.PHONE, _phone(rng))
    v["ext"] = (None, str(rng.randrange(100, 9999)))
    v["md_fax"] = (PhiType.FAX, _phone(rng))
    v["lab_fax"] = (PhiType.FAX, _phone(rng))
    v["pt_email"] = (PhiType.EMAIL, _email(rng, pf, pl))
    v["lab_email"] = (
        PhiType.EMAIL,
        f"{_pick(rng, ('labclient', 'micro', 'histology', 'sendouts', 'cytology', 'poct.coord', 'billing.lab', 'ic.nurse'))}@{_pick(rng, ('example.org', 'lab.example.com', 'hosp.test'))}",
    )

    # record and account numbers
    v["mrn"] = (PhiType.MRN, _mrn(rng))
    v["mrn2"] = (PhiType.MRN, _mrn(rng))
    v["ssn"] = (PhiType.SSN, _ssn(rng))
    v["ssn2"] = (PhiType.SSN, _ssn(rng))
    v["member_id"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_alnum(rng, 3, LETTERS)}{_digits(rng, 9)}",
                f"W{_digits(rng, 4)} {_digits(rng, 5)}",
                f"{_digits(rng, 9)}-0{rng.randrange(1, 4)}",
                f"ZGP{_digits(rng, 8)}",
                _digits(rng, 11),
            )
        ),
    )
    v["group_no"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (f"{_digits(rng, 6)}", f"GRP-{_digits(rng, 5)}", f"{_alnum(rng, 2, LETTERS)}{_digits(rng, 5)}")
        ),
    )
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, _mbi(rng))
    v["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_digits(rng, 8)}{_pick(rng, LETTERS)}",
                f"MCD {_digits(rng, 10)}",
                f"{_alnum(rng, 2, LETTERS)}{_digits(rng, 5)}{_alnum(rng, 1, LETTERS)}",
            )
        ),
    )
    v["acct"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                _digits(rng, 10),
                f"A{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                f"00{_digits(rng, 9)}",
            )
        ),
    )
    v["fin"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                _digits(rng, 11),
                f"V{_digits(rng, 10)}",
                f"ENC{_digits(rng, 8)}",
                f"{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 3)}",
            )
        ),
    )
    v["claim_no"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"{today.year}{_alnum(rng, 1, LETTERS)}{_digits(rng, 7)}",
                f"{_digits(rng, 5)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"CLM{_digits(rng, 10)}",
            )
        ),
    )
    # licences and certificates
    v["md_npi"] = (PhiType.LICENSE, _npi(rng))
    v["md2_npi"] = (PhiType.LICENSE, _npi(rng))
    v["path_npi"] = (PhiType.LICENSE, _npi(rng))
    # an organisation's numbers (the lab's NPI, CLIA and CAP numbers below) are not gold: CONVENTIONS.md, aligned
    # by the lead on 2026-12-03 (the author had made them LICENSE); the text and the random draws are unchanged
    v["lab_npi"] = (None, _npi(rng))
    v["md_dea"] = (PhiType.LICENSE, _dea(rng, md_last))
    v["md_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"MD{_digits(rng, 6)}",
                f"G{_digits(rng, 5)}",
                f"{state}-{_digits(rng, 5)}",
                f"A{_digits(rng, 6)}",
            )
        ),
    )
    v["path_lic"] = (
        PhiType.LICENSE,
        rng.choice((f"MD {_digits(rng, 5)}", f"{_digits(rng, 6)}", f"C{_digits(rng, 5)}")),
    )
    v["clia"] = (None, f"{rng.randrange(1, 55):02d}D{_digits(rng, 7)}")
    v["clia2"] = (None, f"{rng.randrange(1, 55):02d}D{_digits(rng, 7)}")
    v["cap_no"] = (
        None,
        rng.choice((_digits(rng, 7), f"{_digits(rng, 4)}-{_digits(rng, 3)}", _digits(rng, 8))),
    )
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"{pl[0].upper() if pl[0].isalpha() and pl[0].isascii() else 'D'}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 9)}",
                f"{_alnum(rng, 1, LETTERS)}{_digits(rng, 7)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            )
        ),
    )
    v["dl2"] = (PhiType.LICENSE, f"{_alnum(rng, 1, LETTERS)}{_digits(rng, 8)}")
    v["phleb_cert"] = (
        PhiType.LICENSE,
        rng.choice((f"CPT1 {_digits(rng, 8)}", f"{_digits(rng, 8)}", f"PBT-{_digits(rng, 6)}")),
    )
    v["cls_lic"] = (
        PhiType.LICENSE,
        rng.choice((f"CLS {_digits(rng, 8)}", f"MT{_digits(rng, 6)}", f"{_digits(rng, 6)}")),
    )
    v["ascp_no"] = (PhiType.LICENSE, f"{_digits(rng, 6)}")
    # vehicles
    v["plate"] = (PhiType.VEHICLE_ID, _plate(rng))
    v["plate2"] = (PhiType.VEHICLE_ID, _plate(rng))
    v["vin"] = (PhiType.VEHICLE_ID, _vin(rng))
    # devices tied to one patient
    v["pump_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"{_alnum(rng, 3, LETTERS)}{_digits(rng, 6)}{_alnum(rng, 1, LETTERS)}",
                f"NG{_digits(rng, 7)}H",
                f"{_digits(rng, 8)}",
            )
        ),
    )
    v["meter_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"UP{_digits(rng, 8)}",
                f"{_digits(rng, 3)}{_alnum(rng, 2, LETTERS)}{_digits(rng, 5)}",
                f"SN{_digits(rng, 9)}",
            )
        ),
    )
    v["cgm_sn"] = (PhiType.DEVICE_ID, _alnum(rng, 10))
    v["implant_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"{_digits(rng, 8)}-{_digits(rng, 3)}",
                f"{_alnum(rng, 3, LETTERS)}{_digits(rng, 6)}{_pick(rng, 'SRH')}",
                f"{_digits(rng, 10)}",
            )
        ),
    )
    v["implant_lot"] = (PhiType.DEVICE_ID, rng.choice((f"{_digits(rng, 7)}", f"L{_alnum(rng, 6)}")))
    v["udi"] = (
        PhiType.DEVICE_ID,
        f"(01){_digits(rng, 14)}(17){rng.randrange(27, 32)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}(10){_alnum(rng, 6)}(21){_digits(rng, 7)}",
    )
    v["lvad_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"HM3-{_digits(rng, 5)}", f"{_alnum(rng, 3, LETTERS)}{_digits(rng, 6)}")),
    )
    # web
    tok = _alnum(rng, 10, "abcdefghjkmnpqrstuvwxyz23456789")
    v["url"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://portal.example.org/results/view?acc={_digits(rng, 9)}&t={tok}",
                f"https://labresults.example.com/r/{tok.upper()}",
                f"http://myhealth.example.test/msg/{_digits(rng, 7)}",
                f"https://pay.example.com/lab/{_digits(rng, 8)}",
                f"https://sched.example.org/recollect?id={tok}",
            )
        ),
    )
    v["url2"] = (PhiType.URL, f"https://viewer.example.org/slide/{_alnum(rng, 8)}")
    v["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            (
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"203.0.113.{rng.randrange(1, 255)}",
                f"198.51.100.{rng.randrange(1, 255)}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"2001:db8:{rng.randrange(16**3):x}:{rng.randrange(1, 99)}::{rng.randrange(16**2):x}",
            )
        ),
    )
    v["ip2"] = (
        PhiType.IP_ADDRESS,
        f"{rng.choice((73, 24, 98, 67, 108))}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
    )
    # biometrics and photos
    v["palm_id"] = (
        PhiType.BIOMETRIC,
        rng.choice((f"PV-{_digits(rng, 7)}", f"PALM{_alnum(rng, 8)}", f"{_digits(rng, 4)}-{_alnum(rng, 4)}")),
    )
    v["thumb_id"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (f"FP{_digits(rng, 8)}", f"RT-{_alnum(rng, 6)}", f"TP {_digits(rng, 4)} {_digits(rng, 4)}")
        ),
    )
    v["thumb_id2"] = (PhiType.BIOMETRIC, f"FP{_digits(rng, 8)}")
    v["voice_id"] = (PhiType.BIOMETRIC, rng.choice((f"VP-ENR-{_digits(rng, 6)}", f"VX{_alnum(rng, 7)}")))
    v["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            (
                f"pt_photo_{_digits(rng, 7)}.jpg",
                f"DSC0{_digits(rng, 4)}.JPG",
                f"face_capture_{_digits(rng, 5)}.png",
                f"IMG_{_digits(rng, 4)}.HEIC",
                f"PHOTO-{_digits(rng, 7)}",
            )
        ),
    )
    v["photo2"] = (PhiType.PHOTO, f"id_face_{_alnum(rng, 6).lower()}.jpg")

    # other unique numbers
    OID = PhiType.OTHER_ID
    yy = today.year % 100
    v["acc"] = (OID, _acc_lab(rng, today.year))
    v["acc2"] = (OID, _acc_lab(rng, today.year))
    v["acc_prior"] = (OID, _acc_lab(rng, today.year - rng.randrange(0, 2)))
    v["acc_micro"] = (
        OID,
        rng.choice((f"M{yy}-{_digits(rng, 5)}", f"MB{yy}{_digits(rng, 6)}", f"{yy}-M-{_digits(rng, 4)}")),
    )
    v["acc_bc"] = (OID, rng.choice((f"BC{_digits(rng, 9)}", f"M{yy}-{_digits(rng, 5)}")))
    v["acc_bc2"] = (OID, f"BC{_digits(rng, 9)}")
    v["acc_sp"] = (
        OID,
        rng.choice(
            (
                f"S{yy}-{_digits(rng, 5)}",
                f"SP-{today.year}-{_digits(rng, 6)}",
                f"S{today.year % 100}{_digits(rng, 5)}",
            )
        ),
    )
    v["acc_sp2"] = (OID, f"S{yy - 1}-{_digits(rng, 5)}")
    v["acc_fs"] = (OID, f"FS{yy}-{_digits(rng, 4)}")
    v["acc_cy"] = (
        OID,
        rng.choice((f"C{yy}-{_digits(rng, 5)}", f"GYN-{yy}-{_digits(rng, 6)}", f"NG{yy}-{_digits(rng, 4)}")),
    )
    v["acc_mol"] = (
        OID,
        rng.choice((f"MG-{yy}-{_digits(rng, 5)}", f"MDX{_digits(rng, 8)}", f"GEN{yy}{_alnum(rng, 5)}")),
    )
    v["refacc"] = (
        OID,
        rng.choice(
            (
                _digits(rng, 10),
                f"RL{_digits(rng, 8)}",
                f"{_alnum(rng, 2, LETTERS)}{_digits(rng, 6)}{_alnum(rng, 2, LETTERS)}",
            )
        ),
    )
    v["container"] = (
        OID,
        rng.choice((_digits(rng, 10), f"*{_digits(rng, 9)}*", f"{_digits(rng, 8)}{_pick(rng, 'ABCDEFG')}")),
    )
    v["req_no"] = (
        OID,
        rng.choice((f"REQ{_alnum(rng, 7)}", f"{_digits(rng, 7)}", f"RQ-{_digits(rng, 4)}-{_digits(rng, 4)}")),
    )
    v["order_no"] = (OID, rng.choice((f"ORD{_digits(rng, 9)}", f"{_digits(rng, 9)}", f"O-{_digits(rng, 8)}")))
    v["emp_id"] = (OID, rng.choice((f"E{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"EMP-{_digits(rng, 4)}")))
    v["emp_id2"] = (OID, f"{_digits(rng, 6)}")
    v["badge"] = (OID, rng.choice((f"#{_digits(rng, 4)}", _digits(rng, 5), f"B-{_digits(rng, 3)}")))
    v["study_id"] = (
        OID,
        rng.choice(
            (
                f"{_alnum(rng, 3, LETTERS)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"SUBJ {_digits(rng, 3)}-{_digits(rng, 3)}",
            )
        ),
    )
    v["case_no"] = (
        OID,
        rng.choice(
            (
                f"ME{yy}-{_digits(rng, 4)}",
                f"{today.year}-{_digits(rng, 5)}",
                f"CR{_digits(rng, 7)}",
                f"RT{_digits(rng, 6)}",
            )
        ),
    )
    v["prior_auth"] = (
        OID,
        rng.choice((f"PA{_digits(rng, 9)}", f"{_alnum(rng, 7)}", f"AUTH-{_digits(rng, 6)}")),
    )
    v["tracking"] = (
        OID,
        rng.choice(
            (
                f"1Z{_alnum(rng, 6)}{_digits(rng, 10)}",
                _digits(rng, 12),
                f"7{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}",
            )
        ),
    )
    v["ccf_no"] = (OID, f"{_digits(rng, 7)}")
    v["kit_no"] = (OID, rng.choice((f"K{_digits(rng, 7)}", f"BAK-{_digits(rng, 6)}")))
    v["seal_no"] = (OID, f"{_digits(rng, 8)}")
    v["abn_ref"] = (OID, f"ABN-{_digits(rng, 7)}")
    v["ticket"] = (OID, rng.choice((f"INC{_digits(rng, 7)}", f"RPT-{_digits(rng, 6)}")))
    return v


# --- look-alikes ----------------------------------------------------------------------------------

TESTS = (
    # name, LOINC, unit, low, high, decimals
    ("Sodium", "2951-2", "mmol/L", 136, 145, 0),
    ("Potassium", "2823-3", "mmol/L", 3.5, 5.1, 1),
    ("Chloride", "2075-0", "mmol/L", 98, 107, 0),
    ("CO2", "2028-9", "mmol/L", 22, 29, 0),
    ("BUN", "3094-0", "mg/dL", 7, 20, 0),
    ("Creatinine", "2160-0", "mg/dL", 0.6, 1.3, 2),
    ("Glucose", "2345-7", "mg/dL", 70, 99, 0),
    ("Calcium", "17861-6", "mg/dL", 8.6, 10.2, 1),
    ("Magnesium", "19123-9", "mg/dL", 1.7, 2.4, 1),
    ("Phosphorus", "2777-1", "mg/dL", 2.5, 4.5, 1),
    ("ALT", "1742-6", "U/L", 7, 56, 0),
    ("AST", "1920-8", "U/L", 10, 40, 0),
    ("Alk Phos", "6768-6", "U/L", 44, 147, 0),
    ("T. Bili", "1975-2", "mg/dL", 0.1, 1.2, 1),
    ("Albumin", "1751-7", "g/dL", 3.5, 5.0, 1),
    ("Lactate", "2524-7", "mmol/L", 0.5, 2.2, 1),
    ("hs-Troponin I", "89579-7", "ng/L", 0, 34, 0),
    ("TSH", "3016-3", "mIU/L", 0.4, 4.5, 2),
    ("Free T4", "3024-7", "ng/dL", 0.8, 1.8, 2),
    ("Hemoglobin A1c", "4548-4", "%", 4.0, 5.6, 1),
    ("Ferritin", "2276-4", "ng/mL", 24, 336, 0),
    ("CRP", "1988-5", "mg/L", 0, 10, 1),
    ("PSA", "2857-1", "ng/mL", 0, 4, 2),
    ("Lipase", "3040-3", "U/L", 0, 160, 0),
    ("Ammonia", "16362-6", "umol/L", 11, 51, 0),
    ("Vancomycin trough", "4092-3", "ug/mL", 10, 20, 1),
    ("Digoxin", "10535-3", "ng/mL", 0.8, 2.0, 1),
    ("Lithium", "14334-7", "mmol/L", 0.6, 1.2, 2),
    ("NT-proBNP", "33762-6", "pg/mL", 0, 125, 0),
    ("Procalcitonin", "33959-8", "ng/mL", 0, 0.5, 2),
)
HEME = (
    ("WBC", "6690-2", "x10^3/uL", 4.5, 11.0, 1),
    ("RBC", "789-8", "x10^6/uL", 4.2, 5.9, 2),
    ("Hgb", "718-7", "g/dL", 12.0, 17.5, 1),
    ("Hct", "4544-3", "%", 36, 50, 1),
    ("MCV", "787-2", "fL", 80, 100, 0),
    ("Plt", "777-3", "x10^3/uL", 150, 400, 0),
    ("Neut %", "770-8", "%", 40, 70, 0),
    ("ANC", "751-8", "x10^3/uL", 1.5, 8.0, 2),
    ("PT", "5902-2", "sec", 11.0, 13.5, 1),
    ("INR", "6301-6", "", 0.9, 1.1, 1),
    ("aPTT", "14979-9", "sec", 25, 35, 0),
    ("Fibrinogen", "3255-7", "mg/dL", 200, 400, 0),
    ("D-dimer", "48065-7", "ug/mL FEU", 0, 0.5, 2),
)
CPT = (
    "80048",
    "80053",
    "85025",
    "85610",
    "85730",
    "84443",
    "83036",
    "87040",
    "87070",
    "87077",
    "87186",
    "87088",
    "88305",
    "88307",
    "88309",
    "88331",
    "88332",
    "88342",
    "88360",
    "88175",
    "88142",
    "87624",
    "81528",
    "81210",
    "81479",
    "36415",
    "36416",
    "82947",
    "84484",
    "83880",
    "80202",
    "87641",
    "86850",
)
HCPCS = ("G0103", "P9603", "P9604", "G0480", "G0123", "Q0091", "G0476", "P3000", "G0027", "J1885")
ICD10 = (
    "E11.65",
    "N18.4",
    "D64.9",
    "R79.89",
    "Z01.812",
    "Z12.4",
    "R31.9",
    "C50.912",
    "K21.9",
    "I48.91",
    "Z79.01",
    "A41.9",
    "N39.0",
    "E03.9",
    "Z11.3",
    "R77.8",
    "D69.6",
    "E87.1",
    "Z86.73",
    "C61",
)
ANALYZERS = (
    "Sysmex XN-1000",
    "Roche cobas 8000",
    "Abbott Alinity ci",
    "Beckman DxI 800",
    "BD BACTEC FX",
    "bioMerieux VITEK 2",
    "BD Phoenix M50",
    "Cepheid GeneXpert",
    "Radiometer ABL90 FLEX",
    "Abbott i-STAT 1",
    "Roche Accu-Chek Inform II",
    "Siemens Atellica CH",
    "Stago STA R Max",
    "Leica Peloris 3",
    "Hologic ThinPrep 5000",
    "Ventana BenchMark ULTRA",
    "Illumina MiSeqDx",
    "Bruker MALDI Biotyper",
    "Nova StatStrip",
    "Sakura Tissue-Tek Prisma",
)
ORGANISMS = (
    "Escherichia coli",
    "Klebsiella pneumoniae",
    "Staphylococcus aureus (MRSA)",
    "Enterococcus faecium (VRE)",
    "Pseudomonas aeruginosa",
    "Proteus mirabilis",
    "Serratia marcescens",
    "Morganella morganii",
    "Providencia stuartii",
    "Candida glabrata",
    "Streptococcus agalactiae (GBS)",
    "Enterobacter cloacae complex",
    "Staphylococcus epidermidis",
    "Acinetobacter baumannii",
    "Stenotrophomonas maltophilia",
    "Haemophilus influenzae",
    "Clostridioides difficile",
    "Burkholderia cepacia complex",
    "Listeria monocytogenes",
    "Salmonella enterica ser. Typhimurium",
    "Citrobacter freundii",
)
DRUGS = (
    ("Ampicillin", 8),
    ("Ampicillin/sulbactam", 8),
    ("Cefazolin", 2),
    ("Ceftriaxone", 1),
    ("Cefepime", 2),
    ("Ceftazidime", 4),
    ("Piperacillin/tazobactam", 16),
    ("Meropenem", 1),
    ("Ertapenem", 0.5),
    ("Gentamicin", 4),
    ("Tobramycin", 4),
    ("Ciprofloxacin", 0.25),
    ("Levofloxacin", 0.5),
    ("Trimethoprim/sulfa", 2),
    ("Nitrofurantoin", 32),
    ("Vancomycin", 1),
    ("Oxacillin", 2),
    ("Clindamycin", 0.5),
    ("Daptomycin", 1),
    ("Linezolid", 2),
    ("Tetracycline", 4),
    ("Aztreonam", 4),
)
EPONYMS = (
    "Hashimoto thyroiditis",
    "Graves' disease",
    "Barrett esophagus",
    "Crohn disease",
    "Hodgkin lymphoma",
    "von Willebrand disease",
    "Cushing syndrome",
    "Addison disease",
    "Wilson disease",
    "Paget disease of bone",
    "Sjogren syndrome",
    "Waldenstrom macroglobulinemia",
    "Burkitt lymphoma",
    "Kaposi sarcoma",
    "Parkinson disease",
    "Alzheimer disease",
    "Gilbert syndrome",
    "Down syndrome (trisomy 21)",
    "Lynch syndrome",
    "Fanconi anemia",
    "Whipple disease",
    "Bence Jones proteinuria",
)
STAINS = (
    "Gram stain",
    "Wright-Giemsa",
    "Ziehl-Neelsen",
    "Kinyoun",
    "GMS (Grocott)",
    "PAS-D",
    "Congo red",
    "Prussian blue (Perls)",
    "Masson trichrome",
    "Papanicolaou",
    "Diff-Quik",
    "Warthin-Starry",
    "Alcian blue",
)
ROLES = (
    "the attending",
    "the charge nurse",
    "the on-call resident",
    "the covering NP",
    "the unit clerk",
    "the hospitalist",
    "the night supervisor",
    "the ordering provider's office",
    "the pathology fellow",
    "the lab section lead",
    "the infection preventionist",
    "the courier supervisor",
    "the client services rep",
)
ROOMS = (
    "4W-412B",
    "ICU bed 7",
    "Rm 218-A",
    "5N 522",
    "ED pod C12",
    "L&D 3",
    "Bed 14",
    "PACU 6",
    "3E-301",
    "Infusion chair 9",
    "Dialysis station 4",
    "OR 11",
    "MICU 2",
    "Obs 17",
)
TUBES = (
    "lavender EDTA 3 mL",
    "light blue citrate 2.7 mL",
    "gold SST 5 mL",
    "green Li-hep 4 mL",
    "gray NaF 4 mL",
    "royal blue K2EDTA",
    "pink 6 mL (BB)",
    "yellow ACD-A 8.5 mL",
    "sterile cup",
    "ESwab (white cap)",
    "BACTEC Plus Aerobic/F bottle",
    "BACTEC Lytic/10 Anaerobic/F bottle",
    "ThinPrep PreservCyt vial",
    "10% NBF container",
    "RPMI transport media",
)
REJECT = (
    "hemolyzed (H-index 312)",
    "clotted",
    "QNS",
    "unlabeled specimen",
    "mislabeled (name mismatch)",
    "underfilled citrate tube (ratio < 9:1)",
    "received warm, exceeds stability",
    "wrong tube type",
    "leaking container",
    "specimen > 4 hours unspun",
    "IV fluid contamination suspected (glucose 1120)",
    "requisition/label discrepancy",
    "lipemic (L-index 480)",
    "outside 48 h urine culture stability",
)
CANCEL = (
    "duplicate order",
    "physician cancelled",
    "specimen not received",
    "test not performed on this specimen type",
)
MONEY = (
    "$12.40",
    "$38.12",
    "$61.00",
    "$146.88",
    "$212.50",
    "$1,240.00",
    "$88.25",
    "$9.96",
    "$2,315.75",
    "$410.00",
)
FORMS = (
    "Form LAB-114 rev 7",
    "Form CMS-R-131",
    "PATH-REQ-03 v4.2",
    "MICRO-22 (rev C)",
    "QA-0217 v3",
    "BB-9 rev 11",
    "CYT-05 rev 2",
    "Policy LAB-QA-0217",
    "SOP CHEM-041 v6",
    "SOP MB-118 rev 9",
    "Form CCF OMB 0930-0158",
    "SOP POC-12 v5",
)
DX_TEXT = (
    "Type 2 diabetes",
    "CKD stage 4",
    "atrial fibrillation on warfarin",
    "sepsis, unspecified",
    "UTI, recurrent",
    "hypothyroidism",
    "screening, annual wellness",
    "pre-op clearance",
    "anemia, unspecified",
    "routine cervical screening",
    "chest pain",
    "fever and neutropenia",
)
BRANDS = (
    "Coumadin",
    "Eliquis",
    "Lantus",
    "Humalog",
    "Synthroid",
    "Keppra",
    "Zosyn",
    "Vancocin",
    "Lovenox",
    "Xarelto",
    "Ozempic",
    "Depakote",
    "Dilantin",
    "Tegretol",
    "Prograf",
)


def _result(rng: random.Random, test) -> str:
    name, loinc, unit, lo, hi, dp = test
    span = hi - lo
    r = rng.random()
    if r < 0.2:
        val = lo - span * rng.uniform(0.05, 0.6)
        flag = "L"
    elif r < 0.4:
        val = hi + span * rng.uniform(0.05, 1.5)
        flag = "H"
    else:
        val = rng.uniform(lo, hi)
        flag = ""
    val = max(val, 0.0)
    vs = f"{val:.{dp}f}"
    rng_txt = f"{lo:.{dp}f}-{hi:.{dp}f}" if dp else f"{int(lo)}-{int(hi)}"
    return f"{vs}|{flag}|{unit}|{rng_txt}|{loinc}|{name}"


def lookalikes(rng: random.Random) -> dict[str, Value]:
    v: dict[str, Value] = {}
    picked = rng.sample(TESTS, 10)
    for i, t in enumerate(picked, 1):
        val, flag, unit, rr, loinc, name = _result(rng, t).split("|")
        v[f"tn{i}"] = (None, name)
        v[f"tv{i}"] = (None, val)
        v[f"tf{i}"] = (None, flag or " ")
        v[f"tfx{i}"] = (None, flag or "N")
        v[f"tu{i}"] = (None, unit)
        v[f"tr{i}"] = (None, rr)
        v[f"tl{i}"] = (None, loinc)
        v[f"tline{i}"] = (None, f"{name:<18}{val:>8} {flag or ' ':<2}{unit:<9}{rr}")
        v[f"tcsv{i}"] = (None, f"{loinc},{name},{val},{unit},{rr},{flag}")
    for i, t in enumerate(HEME, 1):
        val, flag, unit, rr, loinc, name = _result(rng, t).split("|")
        v[f"h{i}"] = (None, val)
        v[f"hf{i}"] = (None, flag or " ")
        v[f"hp{i}"] = (None, _result(rng, t).split("|")[0])
        v[f"hq{i}"] = (None, _result(rng, t).split("|")[0])
        v[f"hline{i}"] = (None, f"{name:<11}{val:>7} {flag or ' ':<2}{unit:<10}{rr}")
    crit = rng.choice(
        (
            ("Potassium", f"{rng.uniform(6.3, 7.9):.1f} mmol/L", "> 6.2"),
            ("Potassium", f"{rng.uniform(2.0, 2.7):.1f} mmol/L", "< 2.8"),
            ("Glucose", f"{rng.randrange(20, 45)} mg/dL", "< 50"),
            ("Glucose", f"{rng.randrange(501, 980)} mg/dL", "> 500"),
            ("Hemoglobin", f"{rng.uniform(4.1, 6.4):.1f} g/dL", "< 6.5"),
            ("Platelets", f"{rng.randrange(4, 19)} x10^3/uL", "< 20"),
            ("INR", f"{rng.uniform(5.1, 11.8):.1f}", "> 5.0"),
            ("Sodium", f"{rng.randrange(110, 120)} mmol/L", "< 120"),
            ("Troponin I hs", f"{rng.randrange(120, 4800)} ng/L", "> 100"),
            ("Lactate", f"{rng.uniform(4.1, 12.0):.1f} mmol/L", "> 4.0"),
            ("Calcium", f"{rng.uniform(13.1, 15.8):.1f} mg/dL", "> 13.0"),
            ("WBC", f"{rng.uniform(0.1, 0.9):.1f} x10^3/uL", "< 1.0"),
        )
    )
    v["crit_test"], v["crit_val"], v["crit_lim"] = (None, crit[0]), (None, crit[1]), (None, crit[2])
    orgs = rng.sample(ORGANISMS, 3)
    for i, o in enumerate(orgs, 1):
        v[f"org{i}"] = (None, o)
    for i, (drug, bp) in enumerate(rng.sample(DRUGS, 8), 1):
        mic = bp * rng.choice((0.125, 0.25, 0.5, 1, 2, 4, 8))
        interp = "S" if mic <= bp else ("I" if mic <= 2 * bp else "R")
        mtxt = (
            f"<={mic:g}"
            if rng.random() < 0.3
            else (f">={mic:g}" if interp == "R" and rng.random() < 0.5 else f"{mic:g}")
        )
        v[f"ab{i}"] = (None, drug)
        v[f"mic{i}"] = (None, mtxt)
        v[f"si{i}"] = (None, interp)
        v[f"abline{i}"] = (None, f"{drug:<26}{mtxt:>7}  {interp}")
    v["cfu"] = (
        None,
        rng.choice(
            (">100,000 CFU/mL", "50,000-100,000 CFU/mL", "10,000-49,000 CFU/mL", "<10,000 CFU/mL mixed flora")
        ),
    )
    v["ttp"] = (None, f"{rng.uniform(8, 52):.1f} h")
    for i in range(1, 6):
        v[f"cpt{i}"] = (None, _pick(rng, CPT))
        v[f"icd{i}"] = (None, _pick(rng, ICD10))
        v[f"hcpcs{i}"] = (None, _pick(rng, HCPCS))
        v[f"loinc{i}"] = (None, _pick(rng, TESTS + HEME)[1])
        v[f"an{i}"] = (None, _pick(rng, ANALYZERS))
        v[f"an_sn{i}"] = (
            None,
            rng.choice(
                (
                    f"SN {_digits(rng, 5)}",
                    f"{_alnum(rng, 2, LETTERS)}{_digits(rng, 6)}",
                    f"S/N {_digits(rng, 4)}-{_digits(rng, 3)}",
                )
            ),
        )
        v[f"qclot{i}"] = (
            None,
            rng.choice(
                (
                    f"{_digits(rng, 5)}",
                    f"QC{_digits(rng, 4)}{_pick(rng, 'ABC')}",
                    f"{_digits(rng, 2)}{_alnum(rng, 1, LETTERS)}{_digits(rng, 3)}",
                )
            ),
        )
        v[f"rlot{i}"] = (
            None,
            rng.choice(
                (
                    f"{_digits(rng, 7)}{_pick(rng, 'ABCDEFGH')}",
                    f"{_digits(rng, 6)}",
                    f"L{_digits(rng, 5)}-{_digits(rng, 2)}",
                )
            ),
        )
        v[f"room{i}"] = (None, _pick(rng, ROOMS))
        v[f"tube{i}"] = (None, _pick(rng, TUBES))
        v[f"role{i}"] = (None, _pick(rng, ROLES))
        v[f"epo{i}"] = (None, _pick(rng, EPONYMS))
        v[f"stain{i}"] = (None, _pick(rng, STAINS))
        v[f"money{i}"] = (None, _pick(rng, MONEY))
        v[f"form{i}"] = (None, _pick(rng, FORMS))
        v[f"org_ng{i}"] = (None, _pick(rng, ORG_NOGEO))
        v[f"brand{i}"] = (None, _pick(rng, BRANDS))
        v[f"age{i}"] = (None, str(rng.randrange(18, 90)))
        v[f"time{i}"] = (None, f"{rng.randrange(24):02d}{rng.randrange(60):02d}")
        v[f"clock{i}"] = (None, f"{rng.randrange(24):02d}:{rng.randrange(60):02d}")
        v[f"yr{i}"] = (None, str(rng.randrange(1988, 2026)))
        v[f"reject{i}"] = (None, _pick(rng, REJECT))
        v[f"dx{i}"] = (None, _pick(rng, DX_TEXT))
        v[f"rack{i}"] = (None, f"Rack {rng.randrange(1, 60)} pos {rng.randrange(1, 100)}")
        v[f"ndc{i}"] = (None, f"{_digits(rng, 5)}-{_digits(rng, 4)}-{_digits(rng, 2)}")
        v[f"snomed{i}"] = (
            None,
            _pick(
                rng,
                (
                    "112283007",
                    "3092008",
                    "9861002",
                    "119297000",
                    "122575003",
                    "258580003",
                    "448169003",
                    "702927004",
                ),
            ),
        )
        v[f"rev{i}"] = (None, _pick(rng, ("0300", "0301", "0302", "0305", "0306", "0310", "0311", "0312")))
        v[f"drg{i}"] = (None, _pick(rng, ("871", "872", "683", "690", "291", "392", "641", "189")))
        v[f"cancel{i}"] = (None, _pick(rng, CANCEL))
        v[f"temp{i}"] = (
            None,
            f"{rng.uniform(2.0, 8.0):.1f} C" if rng.random() < 0.5 else f"{rng.uniform(-25, -15):.0f} C",
        )
        v[f"vol{i}"] = (None, f"{rng.choice((0.5, 1, 2, 3, 4, 5, 8, 10, 20))} mL")
        v[f"sdi{i}"] = (None, f"{rng.uniform(-2.9, 2.9):+.2f}")
        v[f"cv{i}"] = (None, f"{rng.uniform(0.8, 6.5):.1f}%")
        v[f"ptsample{i}"] = (
            None,
            f"{_pick(rng, ('CHM', 'HE', 'CGL', 'D', 'BCP', 'MRS', 'PAP', 'IDR'))}-{rng.randrange(1, 6):02d}",
        )
    v["gleason"] = (
        None,
        rng.choice(
            (
                "3+3=6 (Grade Group 1)",
                "3+4=7 (Grade Group 2)",
                "4+3=7 (Grade Group 3)",
                "4+4=8 (Grade Group 4)",
                "4+5=9 (Grade Group 5)",
            )
        ),
    )
    v["nottingham"] = (
        None,
        rng.choice(("grade 1 (3+2+1=6)", "grade 2 (3+2+2=7)", "grade 3 (3+3+3=9)", "grade 2 (2+3+2=7)")),
    )
    v["er"] = (
        None,
        rng.choice(
            ("Positive (95%, strong)", "Positive (60%, moderate)", "Negative (0%)", "Low positive (5%)")
        ),
    )
    v["her2"] = (
        None,
        rng.choice(("1+ (negative)", "2+ (equivocal; FISH to follow)", "3+ (positive)", "0 (negative)")),
    )
    v["ki67"] = (None, f"{rng.randrange(2, 80)}%")
    v["size_cm"] = (None, f"{rng.uniform(0.3, 7.5):.1f} cm")
    v["size2"] = (
        None,
        f"{rng.uniform(0.5, 12):.1f} x {rng.uniform(0.5, 9):.1f} x {rng.uniform(0.2, 5):.1f} cm",
    )
    v["bethesda"] = (
        None,
        rng.choice(
            (
                "NILM",
                "ASC-US",
                "LSIL",
                "HSIL",
                "ASC-H",
                "AGC-NOS",
                "NILM; shift in flora suggestive of bacterial vaginosis",
            )
        ),
    )
    v["hpv"] = (
        None,
        rng.choice(
            (
                "HPV 16: Not Detected; HPV 18/45: Not Detected; Other HR HPV: Detected",
                "All high-risk types Not Detected",
                "HPV 16: Detected",
                "HPV 18/45: Detected",
            )
        ),
    )
    v["variant"] = (
        None,
        rng.choice(
            (
                "NM_000546.6(TP53):c.743G>A p.(Arg248Gln)",
                "NM_004333.6(BRAF):c.1799T>A p.(Val600Glu)",
                "NM_005228.5(EGFR):c.2573T>G p.(Leu858Arg)",
                "NM_000059.4(BRCA2):c.5946del p.(Ser1982fs)",
                "NM_000038.6(APC):c.3927_3931del p.(Glu1309fs)",
                "NM_000249.4(MLH1):c.350C>T p.(Thr117Met)",
                "NM_000251.3(MSH2):c.942+3A>T",
                "NM_004985.5(KRAS):c.35G>T p.(Gly12Val)",
            )
        ),
    )
    v["vaf"] = (None, f"{rng.uniform(2, 55):.1f}%")
    v["acmg"] = (
        None,
        rng.choice(("Pathogenic", "Likely pathogenic", "Variant of uncertain significance", "Likely benign")),
    )
    v["tmb"] = (None, f"{rng.uniform(0.5, 38):.1f} mut/Mb")
    v["hgvs_g"] = (
        None,
        f"chr{rng.randrange(1, 23)}:g.{rng.randrange(1000000, 240000000)}{_pick(rng, 'ACGT')}>{_pick(rng, 'ACGT')}",
    )
    etoh = rng.randrange(10, 380)
    v["etoh_mg"] = (None, f"{etoh} mg/dL")
    v["bac"] = (None, f"{etoh / 1.18 / 1000:.3f} g/dL")
    v["cutoff"] = (
        None,
        rng.choice(("50 ng/mL", "15 ng/mL", "300 ng/mL", "150 ng/mL", "2000 ng/mL", "25 ng/mL")),
    )
    v["drugpanel"] = (
        None,
        rng.choice(
            (
                "THC, COC, OPI, AMP, PCP (5-panel)",
                "10-panel + fentanyl + EtG",
                "DOT 5-panel with expanded opiates",
            )
        ),
    )
    v["poc_glu"] = (None, str(rng.randrange(38, 420)))
    v["poc_glu2"] = (None, str(rng.randrange(60, 320)))
    v["poc_glu3"] = (None, str(rng.randrange(60, 320)))
    v["inr_poc"] = (None, f"{rng.uniform(1.2, 4.8):.1f}")
    v["inr_poc2"] = (None, f"{rng.uniform(1.2, 4.8):.1f}")
    v["warf"] = (
        None,
        rng.choice(
            ("5 mg daily", "2.5 mg Mon/Fri, 5 mg other days", "7.5 mg daily", "3 mg daily except 4.5 mg Sun")
        ),
    )
    v["mileage"] = (None, str(rng.randrange(12, 240)))
    v["odometer"] = (None, f"{rng.randrange(20000, 180000):,}")
    v["stops"] = (None, str(rng.randrange(4, 31)))
    v["totes"] = (None, str(rng.randrange(1, 9)))
    v["cooler"] = (
        None,
        rng.choice(
            ("Cooler C-14", "Tote 7 (amb)", "Frozen box F-3", "Cold pack tote R-22", "Biohazard bag B-9")
        ),
    )
    v["build"] = (
        None,
        f"{rng.randrange(5, 12)}.{rng.randrange(0, 20)}.{rng.randrange(0, 9)}.{rng.randrange(1, 400)}",
    )
    v["pct"] = (None, f"{rng.randrange(50, 100)}%")
    v["n_sets"] = (None, str(rng.randrange(2, 5)))
    v["wait"] = (None, str(rng.randrange(2, 95)))
    v["ticketno"] = (None, f"Q{rng.randrange(1, 300):03d}")
    v["station"] = (None, f"Chair {rng.randrange(1, 9)}")
    v["cd4"] = (None, str(rng.randrange(40, 1400)))
    v["vl"] = (
        None,
        rng.choice(
            (
                "<20 copies/mL (Not Detected)",
                f"{rng.randrange(40, 900000):,} copies/mL",
                "Detected, <30 copies/mL",
            )
        ),
    )
    v["ct"] = (None, f"{rng.uniform(14, 38):.1f}")
    return v
