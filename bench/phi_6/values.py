"""Values for set 6 (imaging, clinical photography, telehealth, connected devices).

``identifiers(rng)`` invents one identity and its context per note (every value typed, a gold span);
``lookalikes(rng)`` invents the clinical, technical and administrative filler that is not PHI.
Only the ``rng`` passed in is used, so a seed gives the same notes every time.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType

P = PhiType
Value = tuple[PhiType | None, str]

# --- names --------------------------------------------------------------------------------------

FIRST = [
    "Ana",
    "Chidi",
    "Mei-Ling",
    "Oluwaseun",
    "Siobhan",
    "Tomasz",
    "Priya",
    "Jamal",
    "Ingrid",
    "Kwame",
    "Lucía",
    "Dmitri",
    "Haruto",
    "Fatima",
    "Aroha",
    "Rosalind",
    "Hunter",
    "Faith",
    "Summer",
    "Rose",
    "Hope",
    "June",
    "Grace",
    "River",
    "Ivy",
    "Dawn",
    "Frank",
    "Will",
    "Hazel",
    "Autumn",
    "Sterling",
    "Sydney",
    "Austin",
    "Chelsea",
    "Madison",
    "Savannah",
    "Dallas",
    "Florence",
    "Jordan",
    "Georgia",
    "Paris",
    "Phoenix",
    "Mary-Kate",
    "Jean-Luc",
    "Zoë",
    "José",
    "Thi Lan",
    "Robert",
    "Elizabeth",
    "Margaret",
    "William",
    "Katherine",
    "Alejandro",
    "Theodore",
    "Nkechi",
    "Bogdan",
    "Yusuf",
    "Leilani",
    "Anneliese",
    "Ravi",
    "Soo-ah",
    "Esperanza",
    "Declan",
    "Marisol",
    "Tenzin",
    "Olamide",
    "Hamid",
    "Birgit",
    "Aleksandr",
    "Consuelo",
    "Wen",
    "Kai",
    "Amara",
    "Eero",
    "Saoirse",
    "Ngozi",
    "Matteo",
    "Rashida",
    "Pita",
    "Ximena",
    "Björn",
    "Dorothy",
    "Earl",
    "Clement",
    "Vida",
    "Ofelia",
    "Huong",
]
NICK = {
    "Robert": "Bobby",
    "Elizabeth": "Liz",
    "Margaret": "Peggy",
    "William": "Bill",
    "Katherine": "Kat",
    "Alejandro": "Alex",
    "Theodore": "Teddy",
    "Oluwaseun": "Seun",
    "Dorothy": "Dot",
    "Aleksandr": "Sasha",
    "Esperanza": "Espe",
    "Olamide": "Lami",
    "Leilani": "Lani",
    "Consuelo": "Chelo",
    "Frank": "Frankie",
}
LAST = [
    "Ruiz",
    "Okafor",
    "O'Brien",
    "D'Amico",
    "van der Berg",
    "de la Cruz",
    "McAllister",
    "Nguyen",
    "Kowalski",
    "Haddad",
    "Abernathy-Lowe",
    "Smith-Ortiz",
    "Rosenthal",
    "Papadopoulos",
    "Tanaka",
    "Ivanova",
    "Mensah",
    "Singh",
    "Al-Rashid",
    "Ben-David",
    "St. Clair",
    "Le",
    "Ng",
    "Bird",
    "Hunter",
    "Baker",
    "Rivers",
    "Winter",
    "Cash",
    "Church",
    "Price",
    "Young",
    "Love",
    "Brown",
    "Lincoln",
    "Houston",
    "London",
    "Chester",
    "Denver",
    "Washington",
    "du Plessis",
    "von Hagen",
    "Van Buren",
    "dos Santos",
    "Abu-Bakr",
    "Fitzgerald",
    "Oyelaran",
    "Castellanos-Vega",
    "Haugland",
    "Whitehorse",
    "Makoa",
    "Ferreira",
    "Delacroix",
    "Gallagher",
    "Szabo",
    "Achterberg",
    "Mwangi",
    "Pereira da Silva",
    "Kapoor",
    "Yamamoto",
    "Lindqvist",
    "Obi",
    "Ó Súilleabháin",
    "MacLeod",
    "Fontaine",
    "Petrov",
    "Banerjee",
    "Sandoval",
    "Koenig",
    "Bell",
    "Marsh",
    "Wolfe",
    "Stone",
    "Kim",
    "Cho",
    "Tran",
    "García Márquez",
    "Le Roux",
    "De Luca",
    "Quispe",
    "Tupou",
    "Halvorsen",
    "Adeyemi",
    "Rahman",
]
TOWNS = [
    "Marlow Falls",
    "Cedar Bluff",
    "Ashby",
    "Port Ellery",
    "Wexford Hills",
    "Lake Tamsin",
    "Brookhaven",
    "Hollins Ferry",
    "Sydney",
    "Florence",
    "Chester",
    "Austin",
    "Shelby",
    "Warren",
    "Marion",
    "Quincy",
    "Lowell",
    "Camden",
    "Greyhaven",
    "Millbrook",
    "Fort Aldous",
    "North Pemberton",
    "Ridgecrest",
    "Okemah Springs",
    "Dunmore",
    "Bellwether",
    "Saint Anselm",
    "Kettle Rock",
    "Harrow Bay",
    "Juniper Flats",
    "East Caldwell",
    "Winslow",
    "Tamarack",
    "Silver Lake",
    "Georgetown",
    "Mount Orrin",
    "Fairhope",
    "Las Palomas",
    "Bayou Vista",
    "Pine Ridge",
    "Elkhorn",
    "New Bremen",
    "Rosedale",
    "Oakmont",
]
COUNTIES = [
    "Harlan County",
    "Ostrander County",
    "Mercer County",
    "Blue Earth County",
    "Tallis County",
    "Calloway County",
    "Pike County",
    "Wabash County",
    "Sequoyah County",
    "Dorrance Parish",
]
NEIGHBOURHOODS = [
    "Eastgate",
    "Little Saigon",
    "Old Mill District",
    "Riverside Flats",
    "Kensington Park",
    "Northside",
    "the Heights",
    "Southwark",
    "Belmont Terrace",
    "Cobble Hill",
]
STREETS = [
    "Larkspur Ln",
    "Oak Street",
    "Maple Ave",
    "Via del Sol",
    "Kingfisher Way",
    "Old Mill Rd",
    "Martin Luther King Jr Blvd",
    "Crestview Dr",
    "N. Halsted St",
    "Juniper Court",
    "Ridge Road",
    "Calle Esperanza",
    "Briar Patch Ln",
    "Harbor View Terrace",
    "Pioneer Trail",
    "E 14th St",
    "Sycamore Pl",
    "County Road 12",
    "Lakeshore Dr",
    "Willow Bend",
    "Quarry Hill Rd",
    "Elm Street",
]
FACILITY_FMT = [
    "{t} Regional Medical Center",
    "{t} Community Hospital",
    "{t} Imaging Center",
    "{t} Diagnostic Imaging",
    "{t} Memorial Hospital",
    "St. Brigid Hospital of {t}",
    "{t} Family Health Clinic",
    "{t} General Hospital",
    "Univ. Hospital {t}",
    "{t} Medical Center",
]
SPECIALTY_FMT = {
    "fac_breast": ["{t} Women's Imaging", "{t} Breast Center", "Breast Health Center at {t}"],
    "fac_sleep": ["{t} Sleep Center", "{t} Sleep Disorders Lab", "Sleep Medicine of {t}"],
    "fac_wound": ["{t} Wound & Hyperbaric Center", "{t} Wound Care Clinic", "{t} Home Health"],
    "fac_eye": ["{t} Eye Institute", "{t} Family Health Clinic", "{t} Community Health Center"],
    "fac_derm": ["{t} Dermatology", "{t} Skin & Laser Clinic", "{t} Family Health Clinic"],
}


def _name(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(string.ascii_uppercase)


def _full(rng: random.Random) -> str:
    f, last, m = _name(rng)
    return rng.choice([f"{f} {last}", f"{f} {m}. {last}", f"{f} {last}"])


def _caps_lf(rng: random.Random) -> str:
    f, last, m = _name(rng)
    return rng.choice([f"{last.upper()}, {f.upper()}", f"{last.upper()}, {f.upper()} {m}", f"{last}, {f}"])


# --- dates --------------------------------------------------------------------------------------

DATE_STYLES = [
    "%m/%d/%Y",
    "{m}/{d}/%Y",
    "%Y-%m-%d",
    "%d-%b-%Y",
    "%d-%b-%Y!",
    "%B {d}, %Y",
    "{d} %B %Y",
    "%b {d} %Y",
    "%m/%d/%y",
    "%d.%m.%Y",
    "%b. {d}, %Y",
]


def fd(d: dt.date, style: str | None = None, rng: random.Random | None = None) -> str:
    if style is None:
        assert rng is not None
        style = rng.choice(DATE_STYLES)
    upper = style.endswith("!")
    s = d.strftime(style.rstrip("!")).replace("{m}", str(d.month)).replace("{d}", str(d.day))
    if style.startswith("%b. ") and d.month == 5:
        s = s.replace("May.", "May")
    return s.upper() if upper else s


def fdt(d: dt.datetime, rng: random.Random) -> str:
    return rng.choice(
        [
            d.strftime("%m/%d/%Y %H:%M"),
            d.strftime("%Y-%m-%dT%H:%M:%S"),
            d.strftime("%d-%b-%Y %H%M").upper(),
            d.strftime("%Y-%m-%d %H:%M"),
            f"{d.month}/{d.day}/{d.year} {d.strftime('%I:%M %p')}",
        ]
    )


def _rand_date(rng: random.Random, start: dt.date, days: int) -> dt.date:
    return start + dt.timedelta(days=rng.randrange(days))


# --- numbers and IDs ----------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random, last: str) -> str:
    letter = next((c for c in last.upper() if c.isalpha()), "X")
    d = [int(c) for c in _digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + letter + "".join(map(str, d)) + str(check)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
        strict=True,
    )
)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def _vin(rng: random.Random) -> str:
    chars = [rng.choice(VIN_CHARS) for _ in range(17)]
    total = sum((VIN_VAL.get(c) or int(c)) * w for c, w in zip(chars, VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    # the weight of position 9 is 0, so the check digit does not change the sum
    return "".join(chars)


def _phone(rng: random.Random) -> str:
    area = rng.choice(["312", "415", "206", "617", "505", "907", "808", "214", "404", "612", "970"])
    line = f"01{rng.randrange(100):02d}"
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"555-{line}",
            f"{area} 555 {line}",
            f"({area}) 555-{line} ext. {rng.randrange(100, 999)}",
        ]
    )


def _ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"198.51.100.{rng.randrange(1, 255)}",
            f"203.0.113.{rng.randrange(1, 255)}",
            f"192.0.2.{rng.randrange(1, 255)}",
            f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"2001:db8:{rng.randrange(16**4):x}::{rng.randrange(1, 16**3):x}",
        ]
    )


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _slug(s: str) -> str:
    return "".join(c for c in s.lower() if c.isascii() and c.isalpha())


# --- identifiers --------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, Value]:
    v: dict[str, Value] = {}
    first, last, mi = _name(rng)
    v["pt"] = (P.NAME, rng.choice([f"{first} {last}", f"{first} {mi}. {last}", f"{first} {last}"]))
    v["pt_first"] = (P.NAME, first)
    v["pt_last"] = (P.NAME, last)
    v["pt_lf"] = (P.NAME, rng.choice([f"{last}, {first}", f"{last}, {first} {mi}."]))
    v["pt_LF"] = (
        P.NAME,
        rng.choice([f"{last.upper()}, {first.upper()}", f"{last.upper()},{first.upper()} {mi}"]),
    )
    v["pt_dicom"] = (P.NAME, "^".join([last.upper(), first.upper(), mi]))
    v["pt_caps"] = (P.NAME, f"{first.upper()} {last.upper()}")
    v["pt_nick"] = (P.NAME, NICK.get(first, first))
    v["pt_init"] = (P.NAME, f"{first[0]}. {last}")
    rf, rl, _ = _name(rng)
    rl = rng.choice([rl, last])
    v["rel"] = (P.NAME, f"{rf} {rl}")
    v["rel_first"] = (P.NAME, rf)
    for key in ("rad", "ordp", "tech", "rn", "staff", "witness", "pcp", "doc2"):
        f, last, m = _name(rng)
        v[key] = (P.NAME, rng.choice([f"{f} {last}", f"{f} {m}. {last}"]))
        v[key + "_last"] = (P.NAME, last)
        v[key + "_first"] = (P.NAME, f)
        v[key + "_lf"] = (P.NAME, f"{last}, {f}")
        v[key + "_init"] = (P.NAME, f"{f[0]}. {last}")
    for key in ("w2", "w3", "w4", "w5"):
        v[key] = (P.NAME, _caps_lf(rng))

    # dates
    visit = _rand_date(rng, dt.date(2024, 1, 3), 900)
    dob = _rand_date(rng, dt.date(1936, 1, 1), 365 * 70)
    age90 = rng.randrange(90, 104)
    dob90 = dt.date(visit.year - age90 - 1, 1, 1) + dt.timedelta(days=rng.randrange(365))
    if (visit - dob90).days // 365 < age90:
        dob90 = dob90.replace(year=dob90.year - 1)
    prior = visit - dt.timedelta(days=rng.randrange(30, 900))
    nxt = visit + dt.timedelta(days=rng.randrange(5, 200))
    v["dob"] = (P.DATE, fd(dob, rng=rng))
    v["dob_us"] = (P.DATE, fd(dob, rng.choice(["%m/%d/%Y", "{m}/{d}/%Y"])))
    v["dob_iso"] = (P.DATE, fd(dob, "%Y-%m-%d"))
    v["dob_dicom"] = (P.DATE, fd(dob, "%Y%m%d"))
    v["dob90"] = (P.DATE, fd(dob90, rng=rng))
    v["dob90_dicom"] = (P.DATE, fd(dob90, "%Y%m%d"))
    v["age90"] = (P.AGE, str(age90))
    words = [
        "ninety",
        "ninety-one",
        "ninety-two",
        "ninety-three",
        "ninety-four",
        "ninety-five",
        "ninety-six",
        "ninety-seven",
        "ninety-eight",
        "ninety-nine",
        "one hundred",
        "one hundred and one",
        "one hundred and two",
        "one hundred and three",
    ]
    v["age90_word"] = (P.AGE, words[age90 - 90])
    v["d_visit"] = (P.DATE, fd(visit, rng=rng))
    v["d_visit_us"] = (P.DATE, fd(visit, rng.choice(["%m/%d/%Y", "{m}/{d}/%Y", "%m/%d/%y"])))
    v["d_visit_iso"] = (P.DATE, fd(visit, "%Y-%m-%d"))
    v["d_visit_long"] = (P.DATE, fd(visit, rng.choice(["%B {d}, %Y", "{d} %B %Y", "%b. {d}, %Y"])))
    v["d_visit_dicom"] = (P.DATE, fd(visit, "%Y%m%d"))
    v["d_visit_short"] = (
        P.DATE,
        rng.choice([f"{visit.month}/{visit.day}", visit.strftime("%d-%b"), visit.strftime("%b %d")]),
    )
    v["d_visit_my"] = (
        P.DATE,
        rng.choice([visit.strftime("%B %Y"), visit.strftime("%b %Y"), visit.strftime("%m/%Y")]),
    )
    h, mnt, sec = rng.randrange(6, 22), rng.randrange(60), rng.randrange(60)
    vdt = dt.datetime(visit.year, visit.month, visit.day, h, mnt, sec)
    v["dt_visit"] = (P.DATE, fdt(vdt, rng))
    v["dt_visit_iso"] = (
        P.DATE,
        vdt.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(["", "Z", "-05:00", "-07:00"]),
    )
    v["dt_visit_b"] = (P.DATE, fdt(vdt + dt.timedelta(minutes=rng.randrange(20, 300)), rng))
    v["d_prior"] = (P.DATE, fd(prior, rng=rng))
    v["d_prior_dicom"] = (P.DATE, fd(prior, "%Y%m%d"))
    v["d_next"] = (P.DATE, fd(nxt, rng=rng))
    v["d_next_long"] = (P.DATE, fd(nxt, rng.choice(["%A, %B {d}, %Y", "%B {d}, %Y", "%a %m/%d/%Y"])))
    for key in ("d_a", "d_b", "d_c", "d_d"):
        v[key] = (P.DATE, fd(visit + dt.timedelta(days=rng.randrange(-40, 40)), rng=rng))
    v["d_start"] = (P.DATE, fd(visit - dt.timedelta(days=rng.choice([13, 14, 29, 30, 89])), rng=rng))
    for key in ("w2_dob", "w3_dob", "w4_dob", "w5_dob"):
        v[key] = (
            P.DATE,
            fd(
                _rand_date(rng, dt.date(1931, 1, 1), 365 * 75),
                rng.choice(["%m/%d/%Y", "%Y-%m-%d", "{m}/{d}/%Y"]),
            ),
        )
    v["d_sent"] = (P.DATE, fd(visit + dt.timedelta(days=rng.randrange(1, 9)), rng=rng))
    v["d_end"] = (P.DATE, fd(visit + dt.timedelta(days=rng.choice([2, 7, 14, 30, 90])), rng=rng))

    # places
    town, town2, site = rng.sample(TOWNS, 3)
    v["street"] = (P.LOCATION, f"{rng.randrange(2, 9899)} {rng.choice(STREETS)}")
    v["street2"] = (P.LOCATION, f"{rng.randrange(10, 4999)} {rng.choice(STREETS)}")
    v["unit"] = (
        P.LOCATION,
        rng.choice(
            ["Apt 3B", "Unit 12", "Apt. 407", "#2F", "Suite 210", "Apt 1R", "Lot 44", "Unit C"]
        ).replace("3B", f"{rng.randrange(1, 9)}{rng.choice('ABCD')}"),
    )
    v["city"] = (P.LOCATION, town)
    v["city_caps"] = (P.LOCATION, town.upper())
    v["city2"] = (P.LOCATION, town2)
    v["site_city"] = (P.LOCATION, site)
    v["county"] = (P.LOCATION, rng.choice(COUNTIES))
    v["hood"] = (P.LOCATION, rng.choice(NEIGHBOURHOODS))
    z = f"{rng.randrange(1000, 99950):05d}"
    v["zip"] = (P.LOCATION, rng.choice([z, z, f"{z}-{rng.randrange(10000):04d}"]))
    v["zip2"] = (P.LOCATION, f"{rng.randrange(1000, 99950):05d}")
    v["facility"] = (P.LOCATION, rng.choice(FACILITY_FMT).format(t=town2))
    v["facility2"] = (P.LOCATION, rng.choice(FACILITY_FMT).format(t=rng.choice(TOWNS)))
    for key, fmts in SPECIALTY_FMT.items():
        v[key] = (P.LOCATION, rng.choice(fmts).format(t=rng.choice([town, town2])))
    v["facility_caps"] = (P.LOCATION, rng.choice(FACILITY_FMT).format(t=town2).upper())

    # contacts
    v["phone"] = (P.PHONE, _phone(rng))
    v["phone2"] = (P.PHONE, _phone(rng))
    v["phone3"] = (P.PHONE, _phone(rng))
    v["fax"] = (P.FAX, _phone(rng))
    v["fax2"] = (P.FAX, _phone(rng))
    fs, ls = _slug(first) or "pt", _slug(last) or "x"
    v["email"] = (
        P.EMAIL,
        rng.choice(
            [
                f"{fs}.{ls}@example.com",
                f"{fs[0]}{ls}{rng.randrange(10, 99)}@mail.example.org",
                f"{ls}.{fs}{rng.randrange(1950, 2005)}@example.net",
                f"{fs}_{ls[:4]}@inbox.test",
                f"{fs.upper()}.{ls.upper()}@EXAMPLE.COM",
            ]
        ),
    )
    s1, s2, _ = _name(rng)
    v["email2"] = (
        P.EMAIL,
        f"{_slug(s1)[:1] or 's'}{_slug(s2) or 'staff'}@{rng.choice(['imaging.example.org', 'telehealth.example.com', 'rpm-hub.test', 'clinic.example.net'])}",
    )
    tok = _alnum(rng, rng.choice([8, 10, 12]), string.ascii_lowercase + string.digits)
    v["url_meet"] = (
        P.URL,
        rng.choice(
            [
                f"https://telehealth.example.com/join/{tok}",
                f"https://visit.example.org/v/{tok[:5]}-{tok[5:]}",
                f"https://meet.example.net/j/{_digits(rng, 10)}?pwd={tok}",
                f"vc.example.test/room/{tok}",
            ]
        ),
    )
    v["url_portal"] = (
        P.URL,
        rng.choice(
            [
                f"https://portal.example.org/messages/{_digits(rng, 7)}",
                f"https://mychart.example.com/inbox?msg={_digits(rng, 9)}",
                f"https://patient.example.net/a/{tok}",
                f"www.example.org/portal/att/{_hex(rng, 12)}",
            ]
        ),
    )
    v["url_img"] = (
        P.URL,
        rng.choice(
            [
                f"https://share.example.com/img/{_hex(rng, 16)}",
                f"https://imagexchange.example.org/s/{tok}",
                f"http://pacs-web.example.test:8080/viewer?study={_digits(rng, 8)}",
                f"https://derm.example.net/case/{_digits(rng, 6)}",
            ]
        ),
    )
    v["url_app"] = (
        P.URL,
        rng.choice(
            [
                f"https://app.example.com/u/{_hex(rng, 10)}/export",
                f"https://rpm.example.org/patients/{_digits(rng, 6)}",
                f"https://sync.example.net/dev/{_hex(rng, 8)}",
                f"app.example.test/r/{tok}",
            ]
        ),
    )
    v["ip"] = (P.IP_ADDRESS, _ip(rng))
    v["ip2"] = (P.IP_ADDRESS, _ip(rng))

    # government and plan numbers
    area = rng.choice([n for n in range(1, 900) if n != 666])
    ssn = (f"{area:03d}", f"{rng.randrange(1, 100):02d}", f"{rng.randrange(1, 10000):04d}")
    v["ssn"] = (P.SSN, rng.choice(["-".join(ssn), "-".join(ssn), " ".join(ssn), "".join(ssn)]))
    v["mrn"] = (
        P.MRN,
        rng.choice(
            [
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}",
                f"MR{_digits(rng, 6)}",
                _digits(rng, 7),
                f"00{_digits(rng, 8)}",
                f"H{_digits(rng, 6)}-{rng.randrange(10)}",
            ]
        ),
    )
    for key in ("mrn2", "mrn3", "mrn4", "mrn5"):
        v[key] = (P.MRN, _digits(rng, rng.choice([7, 8])))
    v["hpid"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"ZGP{_digits(rng, 8)}01",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 7)}-0{rng.randrange(1, 5)}",
            ]
        ),
    )
    mbi = (
        f"{rng.randrange(1, 10)}{_alnum(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_alnum(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randrange(10)}"
        f"{_alnum(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_alnum(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randrange(10)}"
        f"{_alnum(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_digits(rng, 2)}"
    )
    v["mbi"] = (P.HEALTH_PLAN_ID, rng.choice([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"]))
    v["group"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            [
                _digits(rng, 6),
                f"GRP-{_digits(rng, 5)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 4)}",
            ]
        ),
    )
    v["medicaid"] = (
        P.HEALTH_PLAN_ID,
        rng.choice([f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 8)}", _digits(rng, 12)]),
    )
    v["acct"] = (
        P.ACCOUNT,
        rng.choice(
            [
                _digits(rng, 10),
                f"A{_digits(rng, 9)}",
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                f"V{_digits(rng, 8)}",
            ]
        ),
    )
    v["fin"] = (
        P.ACCOUNT,
        rng.choice(
            [
                _digits(rng, 9),
                f"FIN{_digits(rng, 8)}",
                f"{_digits(rng, 2)}{_alnum(rng, 1, 'EIO')}{_digits(rng, 7)}",
            ]
        ),
    )
    v["claim"] = (
        P.ACCOUNT,
        rng.choice(
            [
                f"CLM-{_digits(rng, 11)}",
                f"{_digits(rng, 2)}{rng.randrange(24, 27)}{_digits(rng, 10)}",
                f"C{_digits(rng, 4)} {_digits(rng, 5)}",
            ]
        ),
    )
    v["npi"] = (P.LICENSE, _luhn_npi(rng))
    v["npi2"] = (P.LICENSE, _luhn_npi(rng))
    v["dea"] = (P.LICENSE, _dea(rng, v["rad_last"][1]))
    v["lic"] = (
        P.LICENSE,
        rng.choice(
            [
                f"RT{_digits(rng, 6)}",
                f"RN.{_digits(rng, 7)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"MD{_digits(rng, 5)}",
                f"A{_digits(rng, 5)}",
            ]
        ),
    )
    v["dl"] = (
        P.LICENSE,
        rng.choice(
            [
                f"{_alnum(rng, 1, string.ascii_uppercase)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"S{_digits(rng, 8)}",
                _digits(rng, 9),
                f"{_alnum(rng, 1, string.ascii_uppercase)}{_digits(rng, 7)}",
                f"DL {_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            ]
        ).removeprefix("DL "),
    )
    v["vin"] = (P.VEHICLE_ID, _vin(rng))
    v["plate"] = (
        P.VEHICLE_ID,
        rng.choice(
            [
                f"{rng.randrange(1, 10)}{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 3)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 4)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)} {_digits(rng, 3)}",
                f"{_digits(rng, 3)} {_alnum(rng, 3, string.ascii_uppercase)}",
            ]
        ),
    )

    # devices
    v["cuff_sn"] = (
        P.DEVICE_ID,
        rng.choice([f"{_digits(rng, 8)}LG", f"BP{_digits(rng, 2)}-{_alnum(rng, 7)}", f"2{_digits(rng, 9)}"]),
    )
    v["scale_sn"] = (
        P.DEVICE_ID,
        rng.choice([f"WS{_digits(rng, 8)}", f"{_alnum(rng, 4)}-{_alnum(rng, 4)}-{_alnum(rng, 4)}"]),
    )
    v["oxi_sn"] = (
        P.DEVICE_ID,
        rng.choice([f"OX{_digits(rng, 7)}", f"{_digits(rng, 4)}{_alnum(rng, 1, 'ABC')}{_digits(rng, 5)}"]),
    )
    v["cgm_sensor"] = (P.DEVICE_ID, _alnum(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    v["cgm_tx"] = (P.DEVICE_ID, _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    v["holter_sn"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"H3R{_digits(rng, 6)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 8)}",
                f"ZIO-{_alnum(rng, 8)}",
            ]
        ),
    )
    v["cpap_sn"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"2{_digits(rng, 10)}",
                f"J{_digits(rng, 11)}",
                f"{_digits(rng, 5)}{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 4)}",
            ]
        ),
    )
    v["hear_sn"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"{_digits(rng, 10)}",
                f"HA-{_digits(rng, 4)}-{_alnum(rng, 4)}",
                f"{_digits(rng, 2)}{_alnum(rng, 1, string.ascii_uppercase)}{_digits(rng, 6)}",
            ]
        ),
    )
    v["dev_sn"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"SN{_digits(rng, 9)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 7)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
            ]
        ),
    )
    v["dev_sn2"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"SN{_digits(rng, 9)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 7)}",
                f"R{_digits(rng, 8)}",
            ]
        ),
    )
    v["imei"] = (
        P.DEVICE_ID,
        rng.choice(
            [_digits(rng, 15), f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_digits(rng, 6)}-{_digits(rng, 1)}"]
        ),
    )
    v["app_dev_id"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"{_hex(rng, 8)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 4)}-{_hex(rng, 12)}".upper(),
                f"android-{_hex(rng, 16)}",
                f"dev_{_hex(rng, 12)}",
            ]
        ),
    )
    v["udi"] = (
        P.DEVICE_ID,
        f"(01)0{_digits(rng, 13)}(17){rng.randrange(26, 30)}{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}(21){_alnum(rng, 8)}",
    )

    # biometrics and photos
    v["bio_palm"] = (
        P.BIOMETRIC,
        rng.choice([f"PV-{_hex(rng, 10)}", f"PALM{_digits(rng, 8)}", f"pv_tmpl_{_hex(rng, 12)}"]),
    )
    v["bio_face"] = (
        P.BIOMETRIC,
        rng.choice(
            [f"FT-{_digits(rng, 8)}-{rng.choice('abcdef')}", f"FACE-{_alnum(rng, 10)}", f"fc{_hex(rng, 14)}"]
        ),
    )
    v["bio_fp"] = (
        P.BIOMETRIC,
        rng.choice([f"FP{_digits(rng, 9)}", f"TPL-{_digits(rng, 8)}", f"R-INDEX-{_alnum(rng, 8)}"]),
    )
    v["bio_voice"] = (
        P.BIOMETRIC,
        rng.choice([f"VP-{_digits(rng, 4)}-{_hex(rng, 4)}", f"VOICE{_digits(rng, 7)}"]),
    )
    stamp = dt.datetime(visit.year, visit.month, visit.day, h, mnt, sec)
    v["photo_face"] = (
        P.PHOTO,
        rng.choice(
            [
                f"IMG_{stamp:%Y%m%d_%H%M%S}.jpg",
                f"face_frontal_{_digits(rng, 6)}.png",
                f"portrait_{ls}_{fs[:1]}.jpg",
                f"PT_PHOTO_{_digits(rng, 8)}.JPG",
                f"checkin_{_hex(rng, 10)}.jpeg",
            ]
        ),
    )
    v["photo_id"] = (
        P.PHOTO,
        rng.choice(
            [f"PH-{_digits(rng, 7)}", f"PHOTO{_digits(rng, 8)}", f"MP-{visit.year % 100}-{_digits(rng, 5)}"]
        ),
    )

    # other unique numbers
    v["acc"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"ACC{visit:%Y%m%d}{_digits(rng, 4)}",
                f"RAD-{visit.year % 100}-{_digits(rng, 7)}",
                f"A{_digits(rng, 8)}",
                f"{_digits(rng, 10)}",
                f"CT{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"MG{_digits(rng, 9)}",
            ]
        ),
    )
    for key in ("acc2", "acc3", "acc4", "acc5"):
        v[key] = (P.OTHER_ID, f"{rng.choice(['A', 'R', ''])}{_digits(rng, 8)}")
    v["study_uid"] = (
        P.OTHER_ID,
        f"1.2.840.{rng.choice(['113619.2', '113704.1.111', '114350.3'])}.{_digits(rng, 10)}.{rng.randrange(100, 9999)}.{_digits(rng, 10)}.{rng.randrange(1, 999)}",
    )
    v["meet_id"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"TH-{_alnum(rng, 8)}",
            ]
        ),
    )
    v["rma"] = (
        P.OTHER_ID,
        rng.choice(
            [f"RMA-{_digits(rng, 6)}", f"RMA{_digits(rng, 8)}", f"RA {_digits(rng, 3)}-{_digits(rng, 4)}"]
        ),
    )
    v["auth"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"PA-{_digits(rng, 7)}",
                f"AUTH{_digits(rng, 10)}",
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 9)}",
                f"{_digits(rng, 6)}-{_digits(rng, 3)}",
            ]
        ),
    )
    v["case_id"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"TD-{visit.year % 100}-{_digits(rng, 5)}",
                f"CASE{_digits(rng, 7)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 6)}",
            ]
        ),
    )
    v["subj_id"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"LCS-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"SUBJ{_digits(rng, 5)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}",
            ]
        ),
    )
    v["ticket"] = (
        P.OTHER_ID,
        rng.choice([f"INC{_digits(rng, 7)}", f"TKT-{_digits(rng, 6)}", f"SR{_digits(rng, 8)}"]),
    )
    v["rx"] = (P.OTHER_ID, rng.choice([f"RX{_digits(rng, 7)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}"]))
    v["emp_id"] = (P.OTHER_ID, rng.choice([f"E{_digits(rng, 6)}", f"EMP-{_digits(rng, 5)}", _digits(rng, 6)]))
    v["pt_app_id"] = (
        P.OTHER_ID,
        rng.choice([f"U{_digits(rng, 9)}", f"usr_{_hex(rng, 10)}", f"{_alnum(rng, 4)}-{_alnum(rng, 4)}"]),
    )
    return v


# --- look-alikes ----------------------------------------------------------------------------------

VENDORS = [
    "Northwind Imaging Systems",
    "Halcyon Medical",
    "Acme Telehealth",
    "BlueHarbor RPM",
    "Meridian Diagnostics",
    "Vantage Cardiac Monitoring",
    "Contoso Health Cloud",
    "Lumen Sleep Solutions",
    "OptiCore Vision",
    "Sonique Hearing",
    "Granite Health Network",
    "Tessera PACS",
]
MODALITIES = ["CT", "MR", "CR", "DX", "US", "MG", "NM", "PT", "XA", "RF"]
CT_STUDIES = [
    "CT HEAD WO CONTRAST",
    "CT CHEST W CONTRAST",
    "CTA HEAD AND NECK",
    "CT ABD/PELVIS W IV CONTRAST",
    "CT CHEST LOW DOSE SCREENING",
    "CT C-SPINE WO",
    "CT PE PROTOCOL",
    "CT MAXILLOFACIAL WO",
]
DRUGS = [
    "apixaban 5 mg BID",
    "metformin 1000 mg BID",
    "lisinopril 20 mg daily",
    "atorvastatin 40 mg qHS",
    "levothyroxine 88 mcg daily",
    "insulin glargine 22 units qHS",
    "furosemide 40 mg daily",
    "tamoxifen 20 mg daily",
    "Eliquis 2.5 mg BID",
    "Jardiance 10 mg daily",
    "prednisone 10 mg taper",
    "hydroxychloroquine 200 mg BID",
    "semaglutide 0.5 mg weekly",
    "metoprolol succinate 50 mg daily",
]
EPONYMS = [
    "Graves' disease",
    "Parkinson disease",
    "Hashimoto thyroiditis",
    "Crohn's disease",
    "Raynaud phenomenon",
    "Bell's palsy",
    "Sjögren syndrome",
    "Paget disease",
    "Barrett esophagus",
    "Addison disease",
    "Charcot foot",
    "Baker's cyst",
    "Wolff-Parkinson-White pattern",
    "Dupuytren contracture",
]
ROLES = [
    "the attending",
    "the reading radiologist",
    "the on-call resident",
    "the charge nurse",
    "the technologist",
    "the care coordinator",
    "the RPM nurse",
    "the sleep tech",
    "the PA",
    "the front desk",
    "the dermatologist",
    "the photographer",
    "the interpreter",
    "the scheduler",
]
ORGS = [
    "Granite Health Network",
    "Blue Spruce Health Plan",
    "Contoso Health Cloud",
    "Meridian Diagnostics",
    "the Imaging Services department",
    "Acme Telehealth",
    "Evergreen ACO",
    "the Sleep Medicine service",
]
ICD = [
    "R92.30",
    "R92.8",
    "Z12.31",
    "Z12.2",
    "R91.1",
    "E11.319",
    "E11.3293",
    "I10",
    "I48.91",
    "G47.33",
    "L57.0",
    "C44.311",
    "L89.154",
    "E11.621",
    "R00.2",
    "H90.3",
    "Z87.891",
    "I63.9",
    "T50.8X5A",
    "R06.02",
]
CPT = [
    "71271",
    "77067",
    "77063",
    "76641",
    "92227",
    "92228",
    "93224",
    "93241",
    "93270",
    "95800",
    "99453",
    "99454",
    "99457",
    "99458",
    "99091",
    "96904",
    "70450",
    "70496",
    "G0279",
    "99213",
    "98981",
    "G2012",
    "74177",
]
HCPCS = ["E0601", "A7030", "A7034", "A4253", "A9276", "E2101", "Q9967", "A4670", "K0553", "A7035"]
LOINC = ["8480-6", "8462-4", "29463-7", "59408-5", "2339-0", "4548-4", "8867-4", "39156-5", "97507-8"]
SNOMED = ["38341003", "44054006", "73211009", "49436004", "78275009", "399211009", "254837009"]
FINDINGS = [
    "no acute intracranial hemorrhage",
    "4 mm solid nodule RUL, stable",
    "no pneumothorax",
    "mild chronic small vessel ischemic change",
    "small left pleural effusion",
    "no acute fracture",
    "no pulmonary embolism to the segmental level",
    "8 mm part-solid nodule LLL, new",
    "hyperdense left MCA sign",
    "ASPECTS 9",
    "emphysema, centrilobular, moderate",
]
MAMMO_FINDINGS = [
    "focal asymmetry left breast UOQ",
    "new calcifications right breast, grouped, 6 mm",
    "possible mass left breast 2:00 posterior depth",
    "architectural distortion on tomosynthesis",
    "scattered fibroglandular densities, no suspicious finding",
]
INDICATIONS = [
    "low back pain with L5 radiculopathy",
    "new headache with papilledema",
    "rising PSA 6.8 ng/mL",
    "right shoulder pain, suspected rotator cuff tear",
    "suspected PE, Wells score 5",
    "knee locking, McMurray positive",
]


def lookalikes(rng: random.Random) -> dict[str, Value]:
    def n(x: str) -> Value:
        return (None, x)

    r = rng
    v: dict[str, Value] = {}
    v["age"] = n(str(r.randrange(23, 90)))
    v["age2"] = n(str(r.randrange(40, 90)))
    v["sex"] = n(r.choice(["F", "M", "F", "F", "M", "X"]))
    v["sex_word"] = n(r.choice(["female", "male", "woman", "man"]))
    v["relation"] = n(
        r.choice(
            ["daughter", "son", "wife", "husband", "niece", "grandson", "partner", "caregiver", "sister"]
        )
    )
    v["state"] = n(r.choice(["OR", "NM", "OH", "MN", "GA", "TX", "IL", "WA", "MA", "HI", "AK", "CO"]))
    v["modality"] = n(r.choice(MODALITIES))
    v["ct_study"] = n(r.choice(CT_STUDIES))
    v["series"] = n(str(r.randrange(2, 14)))
    v["instances"] = n(str(r.randrange(24, 1400)))
    v["slice"] = n(r.choice(["0.625", "1.0", "1.25", "2.5", "3", "5"]))
    v["kvp"] = n(str(r.choice([80, 100, 110, 120, 135, 140])))
    v["mas"] = n(str(r.randrange(40, 420)))
    v["ctdi"] = n(f"{r.uniform(1.2, 62):.2f}")
    v["dlp"] = n(f"{r.uniform(40, 1900):.1f}")
    v["birads"] = n(r.choice(["0", "1", "2", "3", "4A", "4B", "4C", "5"]))
    v["birads_recall"] = n(r.choice(["0", "0", "3", "4A"]))
    v["density"] = n(r.choice(["c", "d", "C", "D", "c (heterogeneously dense)", "d (extremely dense)"]))
    v["lungrads"] = n(r.choice(["1", "2", "3", "4A", "4B", "4X", "2S"]))
    v["contrast"] = n(
        r.choice(
            [
                "Omnipaque 350, 75 mL",
                "iohexol 300 mgI/mL 100 mL",
                "Isovue-370 80 mL",
                "gadobutrol 0.1 mmol/kg (7.5 mL)",
                "Visipaque 320 60 mL",
                "Dotarem 15 mL",
            ]
        )
    )
    v["contrast_ml"] = n(str(r.choice([50, 60, 75, 80, 90, 100, 120])))
    v["model"] = n(
        r.choice(
            [
                "HEM-7156T",
                "BP7450",
                "UA-651BLE",
                "BC-401",
                "SC-2024",
                "Nonin 3230",
                "G7",
                "Libre 3",
                "AirSense 11",
                "DreamStation 2",
                "CAM-14",
                "BT105",
                "TRX-700",
                "iPad (9th gen)",
            ]
        )
    )
    v["cuff_model"] = n(r.choice(["HEM-7156T", "BP7450", "UA-651BLE", "BP5250", "TMB-2088"]))
    v["scale_model"] = n(r.choice(["BC-401", "SC-2024", "WS-30", "BW-300", "UC-352BLE"]))
    v["oxi_model"] = n(r.choice(["Nonin 3230", "PO-60", "OxiMax 3150", "CMS-50D"]))
    v["cgm_model"] = n(
        r.choice(["Dexcom G7", "FreeStyle Libre 3", "Dexcom G6", "Guardian 4", "Libre 2 Plus"])
    )
    v["cpap_model"] = n(
        r.choice(["AirSense 11 AutoSet", "AirSense 10 Elite", "DreamStation 2 Auto", "Luna G3", "AirMini"])
    )
    v["holter_model"] = n(r.choice(["Zio XT", "CAM-14", "BT105", "TRX-700", "Lifecard CF", "LINQ II"]))
    v["img_cpt"] = n(
        r.choice(["70450", "70496", "71271", "74177", "72148", "73721", "70553", "71275", "77049"])
    )
    v["model2"] = n(r.choice(["WS-30", "PO-60", "BLE-200", "M4-Pro", "LX-9", "HUB-3", "EC-12L", "Kardia 6L"]))
    v["fw"] = n(
        r.choice(["3.2.17", "1.0.44", "v2.11", "4.6.1a", "C3.02", "2.3.0-rc2", "1.9.880", "SX567-0401"])
    )
    v["app_ver"] = n(
        r.choice(
            ["v5.14.2 (build 2231)", "8.2.0", "3.41.7", "v2.0.9-b117", "11.4.3 (iOS)", "7.19.0 (Android 14)"]
        )
    )
    v["os"] = n(
        r.choice(["iOS 17.4.1", "Android 14", "Windows 11 23H2", "macOS 14.3", "ChromeOS 121", "iPadOS 16.7"])
    )
    v["browser"] = n(r.choice(["Chrome 122.0.6261.95", "Safari 17.3", "Edge 121.0.2277", "Firefox 123.0"]))
    v["res"] = n(
        r.choice(["1920x1080", "1280x720", "2560x1440", "640x480", "1170x2532", "3024x4032", "4000x3000"])
    )
    v["port"] = n(str(r.choice([443, 104, 11112, 8443, 3478, 5060, 2762, 4242, 8080])))
    v["port2"] = n(str(r.choice([443, 104, 11112, 3478, 19302])))
    v["bitrate"] = n(f"{r.randrange(180, 3200)} kbps")
    v["latency"] = n(f"{r.randrange(18, 640)} ms")
    v["loss"] = n(f"{r.uniform(0, 9):.1f}%")
    v["lot"] = n(
        r.choice(
            [
                f"LOT {r.randrange(10, 99)}{r.choice('ABCDEFGH')}{r.randrange(100, 999)}",
                f"Lot# {r.randrange(100000, 999999)}",
                f"lot {r.randrange(2021, 2027)}-{r.randrange(10, 99)}",
                f"LOT-K{r.randrange(1000, 9999)}",
            ]
        )
    )
    v["form"] = n(
        r.choice(
            [
                "Form IMG-114 rev 2023",
                "MP-07 (v4)",
                "TH-CONSENT-02",
                "Form 3310-B",
                "RAD-QA-19 v2.1",
                "Policy IS-40.12",
                "Procedure TEL-008",
                "Form DERM-PH-3",
                "SOP RPM-05 rev 7",
            ]
        )
    )
    v["vendor"] = n(r.choice(VENDORS))
    v["vendor2"] = n(r.choice(VENDORS))
    v["org"] = n(r.choice(ORGS))
    v["role"] = n(r.choice(ROLES))
    v["role2"] = n(r.choice(ROLES))
    v["room"] = n(
        r.choice(
            [
                f"Room {r.randrange(100, 899)}",
                f"CT{r.randrange(1, 5)}",
                f"Bay {r.randrange(1, 20)}",
                f"MRI suite {r.choice('ABC')}",
                f"Bed {r.randrange(1, 40)}{r.choice('AB')}",
                f"Exam {r.randrange(1, 12)}",
            ]
        )
    )
    v["time"] = n(f"{r.randrange(6, 23):02d}:{r.randrange(60):02d}")
    v["time2"] = n(f"{r.randrange(0, 24):02d}{r.randrange(60):02d}")
    v["time3"] = n(
        r.choice(
            [
                f"{r.randrange(1, 12)}:{r.randrange(60):02d} {r.choice(['AM', 'PM'])}",
                f"{r.randrange(7, 20):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}",
            ]
        )
    )
    v["dicom_time"] = n(
        f"{r.randrange(6, 23):02d}{r.randrange(60):02d}{r.randrange(60):02d}.{r.randrange(1000):03d}"
    )
    v["duration"] = n(f"{r.randrange(6, 58)} min")
    v["year"] = n(str(r.randrange(1998, 2025)))
    v["year2"] = n(str(r.randrange(2008, 2025)))
    v["money"] = n(
        r.choice(
            [
                f"${r.randrange(12, 980)}.{r.randrange(100):02d}",
                f"${r.randrange(1, 9)},{r.randrange(100, 999)}.00",
                f"USD {r.randrange(40, 400)}",
            ]
        )
    )
    v["money2"] = n(f"${r.randrange(15, 180)}.{r.randrange(100):02d}")
    v["bp"] = n(f"{r.randrange(98, 188)}/{r.randrange(54, 108)}")
    v["bp2"] = n(f"{r.randrange(98, 188)}/{r.randrange(54, 108)}")
    v["bp3"] = n(f"{r.randrange(98, 188)}/{r.randrange(54, 108)}")
    v["hr"] = n(str(r.randrange(48, 124)))
    v["hr2"] = n(str(r.randrange(48, 124)))
    v["spo2"] = n(str(r.randrange(86, 100)))
    v["spo2b"] = n(str(r.randrange(86, 100)))
    v["wt"] = n(f"{r.uniform(42, 160):.1f}")
    v["wt2"] = n(f"{r.uniform(42, 160):.1f}")
    v["glu"] = n(str(r.randrange(62, 320)))
    v["glu2"] = n(str(r.randrange(62, 320)))
    v["a1c"] = n(f"{r.uniform(5.4, 11.8):.1f}")
    v["gmi"] = n(f"{r.uniform(5.8, 9.9):.1f}")
    v["tir"] = n(str(r.randrange(31, 94)))
    v["tbr"] = n(str(r.randrange(0, 9)))
    v["cv"] = n(f"{r.uniform(18, 48):.1f}")
    v["wear"] = n(str(r.randrange(61, 100)))
    v["ahi"] = n(f"{r.uniform(0.4, 14):.1f}")
    v["leak"] = n(f"{r.uniform(2, 48):.1f}")
    v["usage"] = n(f"{r.uniform(2.1, 9.2):.1f}")
    v["pct4h"] = n(str(r.randrange(35, 100)))
    v["pressure"] = n(
        r.choice(["auto 5-15 cmH2O", "CPAP 9 cmH2O", "APAP 6-14", "BiPAP 14/8", "auto 4-20 cm H2O"])
    )
    v["p95"] = n(f"{r.uniform(6, 15):.1f}")
    v["hrs"] = n(str(r.choice([24, 48, 72, 168, 336])))
    v["pvc"] = n(f"{r.uniform(0, 12):.1f}")
    v["pac"] = n(f"{r.uniform(0, 6):.1f}")
    v["beats"] = n(f"{r.randrange(70000, 420000):,}")
    v["af_burden"] = n(f"{r.uniform(0, 30):.1f}")
    v["pause"] = n(f"{r.uniform(1.2, 3.9):.1f}")
    v["va_od"] = n(r.choice(["20/20", "20/25", "20/30", "20/40", "20/60", "20/80", "20/200"]))
    v["va_os"] = n(r.choice(["20/20", "20/25", "20/30", "20/40", "20/50", "20/70", "CF 3 ft"]))
    v["iop"] = n(str(r.randrange(10, 26)))
    v["dr_grade"] = n(
        r.choice(["R0 M0", "R1 M0", "R2 M1", "mild NPDR", "moderate NPDR", "no DR", "severe NPDR", "PDR"])
    )
    v["dr_grade2"] = n(r.choice(["R0 M0", "R1 M0", "mild NPDR", "moderate NPDR", "no DR", "ungradable"]))
    v["db"] = n(str(r.randrange(5, 75)))
    v["db2"] = n(str(r.randrange(5, 75)))
    v["db3"] = n(str(r.randrange(10, 85)))
    v["hz"] = n(r.choice(["500", "1000", "2000", "4000", "6000", "8000"]))
    v["wound_l"] = n(f"{r.uniform(0.3, 9):.1f}")
    v["wound_w"] = n(f"{r.uniform(0.2, 6):.1f}")
    v["wound_d"] = n(f"{r.uniform(0.1, 2.5):.1f}")
    v["stage"] = n(
        r.choice(["stage 2", "stage 3", "stage 4", "unstageable", "Wagner grade 2", "Wagner 3", "DTI"])
    )
    v["body_site"] = n(
        r.choice(
            [
                "left heel",
                "sacrum",
                "right lateral malleolus",
                "left forearm",
                "right plantar 1st MTH",
                "upper back",
                "left cheek",
                "scalp vertex",
                "right shin",
                "dorsal left hand",
            ]
        )
    )
    v["lesion"] = n(
        r.choice(
            [
                "irregular pigmented macule 7 x 5 mm",
                "pearly papule with telangiectasia 5 mm",
                "scaly erythematous plaque 2 cm",
                "symmetric brown macule 4 mm",
                "hyperkeratotic papule",
                "ulcerated nodule 9 mm",
            ]
        )
    )
    v["finding"] = n(r.choice(FINDINGS))
    v["finding2"] = n(r.choice(FINDINGS))
    v["mammo_finding"] = n(r.choice(MAMMO_FINDINGS))
    v["indication"] = n(r.choice(INDICATIONS))
    v["icd"] = n(r.choice(ICD))
    v["icd2"] = n(r.choice(ICD))
    v["cpt"] = n(r.choice(CPT))
    v["cpt2"] = n(r.choice(CPT))
    v["hcpcs"] = n(r.choice(HCPCS))
    v["loinc"] = n(r.choice(LOINC))
    v["snomed"] = n(r.choice(SNOMED))
    v["ndc"] = n(
        r.choice(
            ["0407-1414-59", "0270-0445-35", "50419-325-01", "0019-1323-09", "0002-8215-01", "0169-4132-12"]
        )
    )
    v["rev"] = n(r.choice(["0350", "0320", "0402", "0610", "0780", "0921", "0270"]))
    v["drg"] = n(r.choice(["DRG 065", "MS-DRG 292", "DRG 190", "MS-DRG 638", "DRG 871"]))
    v["drug"] = n(r.choice(DRUGS))
    v["drug2"] = n(r.choice(DRUGS))
    v["eponym"] = n(r.choice(EPONYMS))
    v["egfr"] = n(str(r.randrange(24, 118)))
    v["cr"] = n(f"{r.uniform(0.5, 2.4):.2f}")
    v["k"] = n(f"{r.uniform(3.2, 5.6):.1f}")
    v["temp"] = n(f"{r.uniform(36.1, 38.6):.1f}")
    v["rr"] = n(str(r.randrange(12, 26)))
    v["nihss"] = n(str(r.randrange(0, 24)))
    v["mins"] = n(str(r.randrange(8, 95)))
    v["mins2"] = n(str(r.randrange(3, 40)))
    v["pack_yr"] = n(str(r.randrange(20, 80)))
    v["nodule"] = n(f"{r.randrange(3, 24)}")
    v["score"] = n(str(r.randrange(0, 27)))
    v["pain"] = n(str(r.randrange(0, 11)))
    v["pct"] = n(str(r.randrange(1, 100)))
    v["count"] = n(str(r.randrange(2, 40)))
    v["count2"] = n(str(r.randrange(1, 12)))
    v["mb"] = n(f"{r.uniform(0.3, 48):.1f} MB")
    v["ae"] = n(
        r.choice(["CT_SCAN02", "MAMMO_3D1", "PACS_ARCH", "US_ROOM4", "MRI1_AE", "TELERAD_GW", "QR_SCP"])
    )
    v["station"] = n(
        r.choice(["CTAWP71234", "SOMATOM-ER", "MG-SELENIA-2", "DX-PORT-4", "REVOLUTION_1", "AW_SERVER3"])
    )
    v["sop_class"] = n(
        r.choice(
            [
                "1.2.840.10008.5.1.4.1.1.2",
                "1.2.840.10008.5.1.4.1.1.1.2",
                "1.2.840.10008.5.1.4.1.1.4",
                "1.2.840.10008.5.1.4.1.1.7",
                "1.2.840.10008.5.1.4.1.1.1.1",
            ]
        )
    )
    v["ts_uid"] = n(
        r.choice(
            ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2.4.90", "1.2.840.10008.1.2", "1.2.840.10008.1.2.4.70"]
        )
    )
    v["priority"] = n(r.choice(["STAT", "ROUTINE", "URGENT", "ASAP", "STAT - stroke alert"]))
    v["version"] = n(r.choice(["v3.2", "2.4.1", "R11", "v7 (2022)", "6.0.3"]))
    v["pages"] = n(str(r.randrange(1, 9)))
    v["mag"] = n(r.choice(["1x", "10x dermoscopy", "polarized 10x", "macro 1:1", "non-polarized"]))
    v["fstop"] = n(
        r.choice(["f/8 1/125 ISO 200", "f/11 1/160 ISO 100", "f/5.6 1/60 ISO 400", "f/16 1/200 ISO 200"])
    )
    v["focal"] = n(r.choice(["60 mm macro", "100 mm macro", "24-70 mm @ 50 mm", "iPhone 13 main 26 mm"]))
    v["cam"] = n(
        r.choice(
            [
                "Canon EOS R6",
                "Nikon D7500",
                "DermLite DL5",
                "iPhone 14",
                "Galaxy Tab S8",
                "FotoFinder handyscope",
                "Topcon TRC-NW400",
                "Optos Daytona",
            ]
        )
    )
    return v
