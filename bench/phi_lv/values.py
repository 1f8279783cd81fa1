"""Invented values for set V (neurology, neurosurgery, neurodevelopmental services).

``identifiers(rng)`` makes one invented identity and context per note (typed values become gold spans; a
few untyped values such as ages under 90 or the state ride along so that they agree with the identity);
``lookalikes(rng)`` makes clinical and administrative filler that is not PHI. Only ``rng`` is used.
"""

from __future__ import annotations

import random

from mediflow.quality.phi_types import PhiType

T = PhiType

FIRST = [
    "Ana",
    "Priya",
    "Oluwaseun",
    "Mei",
    "Tomasz",
    "Fatima",
    "Jorge",
    "Siobhan",
    "Kwame",
    "Hana",
    "Dmitri",
    "Lucia",
    "Arjun",
    "Ngozi",
    "Bjorn",
    "Yusuf",
    "Camila",
    "Tran",
    "Aaliyah",
    "Mateo",
    "Ingrid",
    "Rashid",
    "Keiko",
    "Declan",
    "Amara",
    "Santiago",
    "Leilani",
    "Wojciech",
    "Zainab",
    "Finn",
    "Esperanza",
    "Hamid",
    "Grace",
    "Hope",
    "Summer",
    "Dallas",
    "Savannah",
    "Florence",
    "Jordan",
    "Paris",
    "Brooklyn",
    "Austin",
    "Marisol",
    "Thanh",
    "Chidi",
    "Anneliese",
    "Ravi",
    "Noor",
    "Eun-ji",
    "Jean-Luc",
    "Mary Kate",
    "Ximena",
    "Bao",
    "Tariq",
    "Olga",
    "Kai",
    "Rosalind",
    "Eamon",
    "Precious",
    "Baraka",
    "Sunil",
    "Magdalena",
    "Joy",
    "Violet",
    "Reed",
    "Rocco",
    "Dolores",
    "Ifeoma",
    "Lars",
    "Aiyana",
    "Thandiwe",
    "Luca",
    "Sven",
]
NICK = ["Bobby", "Trish", "Deji", "Kiki", "Sasha", "Manny", "Bea", "Chuck", "Lupe", "Nico", "Tavi", "Gigi"]
MIDDLE = list("ABCDEFGHJKLMNPRSTVW")
LAST = [
    "Okafor",
    "Nguyen",
    "Kowalczyk",
    "de la Cruz",
    "van der Berg",
    "O'Neill",
    "D'Angelo",
    "Nguyen-Tran",
    "Ruiz-Santos",
    "Baker",
    "Rivers",
    "Hope",
    "Frost",
    "Young",
    "Brown",
    "Bishop",
    "Winter",
    "London",
    "Marsh",
    "Fields",
    "Lincoln",
    "Chen",
    "Haddad",
    "Abernathy",
    "Mbeki",
    "Yamamoto",
    "Lindqvist",
    "Oyelaran",
    "Castellanos",
    "MacAllister",
    "St. Clair",
    "Van Buren",
    "da Silva",
    "Al-Farsi",
    "Kaur",
    "Petrovic",
    "Ferreira",
    "Delacroix",
    "Oduya",
    "Nakashima",
    "Sokolov",
    "Quintero",
    "Fitzgerald",
    "Achebe",
    "Holmberg",
    "Iyer",
    "Kealoha",
    "Weatherspoon",
    "Szabo",
    "Ben-David",
    "Gutierrez",
    "Mahlangu",
    "Novak",
    "Ortiz",
    "Park",
    "Romero",
    "Stone",
    "Church",
    "Banks",
    "Gold",
    "Love",
    "Walker",
    "Le",
    "Ng",
    "Vu",
    "Obi",
    "Dubois",
    "Bergstrom",
    "Horvath",
    "McKinnon",
    "Tshabalala",
    "Zielinski",
    "Ahmadi",
    "Castillo-Reyes",
    "Whitfield",
    "Amsterdam",
    "Carver",
    "Sharma",
    "Lopez",
    "Hartley",
]
SUFFIX = ["", "", "", "", "", "", "", "", "", " Jr", " III", " II"]
CITY = [
    "Millbrook",
    "Cedar Falls",
    "Port Ellis",
    "Harlow Springs",
    "Fairview",
    "Marion",
    "Florence",
    "Independence",
    "Jordan",
    "Warren",
    "Lincoln",
    "Oak Hollow",
    "Brightwater",
    "Pine Bluff",
    "Greenvale",
    "East Kittredge",
    "Sandy Ridge",
    "Maple Grove",
    "Riverton",
    "Ashford",
    "Lake Almanor",
    "Westbury",
    "Glen Ellery",
    "Santa Rosalia",
    "Bayport",
    "Commerce",
    "Orange",
    "New Haverford",
    "Kingsbridge",
    "Three Forks",
    "St. Albans",
    "Holloway",
    "Dunmore",
    "Coldwater",
    "Eagle Pass",
    "Mount Vernon",
]
COUNTY = [
    "Ashe County",
    "Polk County",
    "Kittitas County",
    "St. Clair County",
    "Orleans Parish",
    "Ramsey County",
    "Marin County",
    "Dade County",
    "Buncombe County",
    "Yavapai County",
    "Lenawee County",
]
NEIGH = ["Fishtown", "Northgate", "the Ironbound", "Little Saigon", "Hyde Park", "Five Points", "Eastlake"]
STATE = ["IN", "OH", "MI", "IL", "WI", "MN", "PA", "NC", "OR", "WA", "TX", "AZ", "GA", "CA", "NY", "MA"]
STREET = [
    "Larkspur",
    "Meridian",
    "Old Mill",
    "Cherry Hollow",
    "Kingfisher",
    "Maple",
    "Sycamore",
    "Quarry",
    "Harbor View",
    "Juniper",
    "Prospect",
    "Fenwick",
    "Barrow",
    "Tamarack",
    "Willowbrook",
    "Calle Luna",
    "Martin Luther King Jr",
    "Depot",
    "Orchard",
    "Ridgeline",
    "Vista del Sol",
    "Huron",
]
STYPE = [
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
    "Ct",
    "Blvd",
    "Way",
    "Pkwy",
    "Terrace",
    "Circle",
]
AREA = ["312", "614", "317", "503", "919", "612", "414", "206", "734", "480", "412", "608", "216", "971"]
FACILITY = [
    "{c} Regional Medical Center",
    "{c} Children's Hospital",
    "Neuroscience Institute of {c}",
    "{c} Memorial Hospital",
    "{c} Epilepsy Center",
    "{c} Sleep Disorders Center",
    "{c} Community Hospital",
    "Rehabilitation Hospital of {c}",
    "{c} Spine & Brain Institute",
]
SCHOOL = [
    "{c} High School",
    "{c} Middle School",
    "{c} Elementary",
    "{c} Regional High School",
    "{c} Academy",
    "{c} Community College",
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
ONES = ["", "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine"]


# --- helpers ---------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    initial = next((c for c in last.upper() if c.isalpha()), "X")
    d = [int(c) for c in _digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vals = {
        **{str(i): i for i in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
        **dict(zip("JKLMN", range(1, 6), strict=True)),
        "P": 7,
        "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
    }
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    vin = [rng.choice("1234J5")] + [rng.choice(chars) for _ in range(16)]
    vin[9] = rng.choice("NPRSTV")
    total = sum(vals[c] * w for c, w in zip(vin, weights, strict=True))
    vin[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(vin)


def _mbi(rng: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    s = (
        rng.choice("123456789")
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice("0123456789")
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice("0123456789")
        + rng.choice(a)
        + rng.choice(a)
        + _digits(rng, 2)
    )
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def _ascii(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def _ocr(rng: random.Random, s: str) -> str:
    swaps = {"l": "1", "O": "0", "o": "0", "I": "l", "S": "5", "e": "c", "B": "8", "rn": "m", "m": "rn"}
    out = s
    for _ in range(2):
        keys = [k for k in swaps if k in out]
        if keys:
            k = rng.choice(keys)
            i = out.index(k)
            out = out[:i] + swaps[k] + out[i + len(k) :]
    return out


def _date(rng: random.Random, y: int, m: int, d: int, style: str | None = None) -> str:
    style = style or rng.choice(
        ["us", "us", "us2", "iso", "dmy", "long", "longd", "mon", "dot", "dash", "us", "iso"]
    )
    return {
        "us": f"{m:02d}/{d:02d}/{y}",
        "us2": f"{m}/{d}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dmy": f"{d:02d}-{MON[m - 1]}-{y}",
        "long": f"{MONTHS[m - 1]} {d}, {y}",
        "longd": f"{d} {MONTHS[m - 1]} {y}",
        "mon": f"{MON[m - 1]} {d} {y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dash": f"{m}-{d}-{y}",
        "hl7": f"{y}{m:02d}{d:02d}",
        "caps": f"{d:02d}{MON[m - 1].upper()}{y}",
        "short": rng.choice([f"{m}/{d}", f"{MON[m - 1]} {d}", f"{d} {MON[m - 1]}", f"{MONTHS[m - 1]} {d}"]),
    }[style]


def _ymd(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def _shift(y: int, m: int, d: int, days: int) -> tuple[int, int, int]:
    # crude calendar arithmetic on 28-day months is fine for invented dates
    total = (y * 12 + (m - 1)) * 28 + (d - 1) + days
    yy, rem = divmod(total, 12 * 28)
    mm, dd = divmod(rem, 28)
    return yy, mm + 1, dd + 1


def _phone(rng: random.Random) -> str:
    a, n = rng.choice(AREA), f"{rng.randint(100, 199):03d}"[1:]
    n = f"01{n[-2:]}"
    return rng.choice(
        [
            f"({a}) 555-{n}",
            f"{a}-555-{n}",
            f"{a}.555.{n}",
            f"+1 {a} 555 {n}",
            f"{a} 555 {n}",
            f"1-{a}-555-{n}",
            f"({a})555-{n}",
            f"+1-{a}-555-{n}",
        ]
    )


def _person(rng: random.Random, last: str | None = None) -> dict[str, str]:
    first = rng.choice(FIRST)
    last = last or rng.choice(LAST)
    mid = rng.choice(MIDDLE)
    return {
        "first": first,
        "last": last,
        "mid": mid,
        "full": rng.choice(
            [f"{first} {last}", f"{first} {mid}. {last}", f"{first} {last}", f"{first[0]}. {last}"]
        ),
        "lf": rng.choice([f"{last}, {first}", f"{last}, {first} {mid}.", f"{last.upper()}, {first.upper()}"]),
    }


# --- identifiers -----------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, tuple[PhiType | None, str]]:
    """One invented patient, family, care team, places, dates and numbers."""
    out: dict[str, tuple[PhiType | None, str]] = {}

    # patient
    first, mid, last = rng.choice(FIRST), rng.choice(MIDDLE), rng.choice(LAST)
    sfx = rng.choice(SUFFIX)
    nick = rng.choice(NICK)
    out["pt"] = (
        T.NAME,
        rng.choice(
            [
                f"{first} {last}{sfx}",
                f"{first} {mid}. {last}",
                f"{first} {last}",
                f'{first} "{nick}" {last}',
                f"{first} {mid}. {last}{sfx}",
            ]
        ),
    )
    out["pt_lf"] = (
        T.NAME,
        rng.choice([f"{last}, {first}", f"{last}, {first} {mid}.", f"{last}{sfx}, {first}"]),
    )
    out["pt_caps"] = (
        T.NAME,
        rng.choice(
            [
                f"{last.upper()}, {first.upper()}",
                f"{last.upper()}, {first.upper()} {mid}",
                f"{first.upper()} {last.upper()}",
            ]
        ),
    )
    out["pt_first"] = (T.NAME, rng.choice([first, first, nick]))
    out["pt_last"] = (T.NAME, last)
    out["pt_hl7"] = (T.NAME, f"{last.upper()}^{first.upper()}^{mid}")
    out["pt_ocr"] = (T.NAME, _ocr(rng, f"{first} {last}"))
    out["pt_init"] = (
        T.NAME,
        rng.choice([f"{first[0]}.{mid}. {last}", f"{first[0]}. {last}", f"{first} {last[0]}."[:-1]]),
    )
    out["pt_sex"] = (None, rng.choice(["F", "M", "F", "M", "X"]))
    pron = rng.choice(
        [("she", "her", "She", "Her"), ("he", "his", "He", "His"), ("they", "their", "They", "Their")]
    )
    out["he"], out["his"], out["He"], out["His"] = ((None, p) for p in pron)

    # relatives and care team
    par = _person(rng, rng.choice([last, last, rng.choice(LAST)]))
    out["parent"] = (T.NAME, par["full"])
    out["parent_first"] = (T.NAME, par["first"])
    out["parent_lf"] = (T.NAME, par["lf"])
    par2 = _person(rng, rng.choice([last, rng.choice(LAST)]))
    out["parent2"] = (T.NAME, par2["full"])
    out["relation"] = (
        None,
        rng.choice(
            ["mother", "father", "grandmother", "aunt", "legal guardian", "foster mother", "stepfather"]
        ),
    )
    out["spouse_rel"] = (None, rng.choice(["wife", "husband", "daughter", "son", "partner", "niece"]))
    for key in ("dr1", "dr2", "dr3", "tech", "nurse", "np", "psych", "coach", "rep", "sw"):
        p = _person(rng)
        out[key] = (T.NAME, p["full"])
        out[key + "_last"] = (T.NAME, p["last"])
        out[key + "_lf"] = (T.NAME, p["lf"])
        out[key + "_first"] = (T.NAME, p["first"])
        out[key + "_hl7"] = (T.NAME, f"{p['last'].upper()}^{p['first'].upper()}")

    # dates
    vy, vm, vd = _ymd(rng, 2023, 2026)
    out["visit"] = (T.DATE, _date(rng, vy, vm, vd))
    out["visit_hl7"] = (T.DATE, f"{vy}{vm:02d}{vd:02d}{rng.randint(7, 18):02d}{rng.randint(0, 59):02d}")
    out["visit_caps"] = (T.DATE, _date(rng, vy, vm, vd, rng.choice(["caps", "dmy", "us"])))
    hh, mi = rng.randint(6, 22), rng.randint(0, 59)
    out["visit_dt"] = (
        T.DATE,
        rng.choice(
            [
                f"{vm:02d}/{vd:02d}/{vy} {hh:02d}:{mi:02d}",
                f"{vy}-{vm:02d}-{vd:02d}T{hh:02d}:{mi:02d}:00",
                f"{vy}-{vm:02d}-{vd:02d} {hh:02d}:{mi:02d}",
                f"{MON[vm - 1]} {vd}, {vy} {hh % 12 or 12}:{mi:02d} {'AM' if hh < 12 else 'PM'}",
            ]
        ),
    )
    for key, lo, hi in (
        ("d_prev", -400, -30),
        ("d_prev2", -900, -401),
        ("d_next", 14, 200),
        ("d_onset", -3000, -60),
        ("d_surg", -1500, -20),
        ("d_sent", 0, 5),
        ("d_admit", -6, -1),
        ("d_dc", 1, 6),
    ):
        y, m, d = _shift(vy, vm, vd, rng.randint(lo, hi))
        out[key] = (T.DATE, _date(rng, y, m, d))
        out[key + "_short"] = (T.DATE, _date(rng, y, m, d, "short"))
        out[key + "_iso"] = (T.DATE, _date(rng, y, m, d, "iso"))
    age = rng.randint(19, 84)
    out["age_adult"] = (None, str(age))
    out["dob"] = (T.DATE, _date(rng, vy - age, rng.randint(1, 12), rng.randint(1, 28)))
    out["dob_hl7"] = (T.DATE, f"{vy - age}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}")
    kid = rng.randint(3, 17)
    out["age_child"] = (None, str(kid))
    out["dob_child"] = (T.DATE, _date(rng, vy - kid, rng.randint(1, 12), rng.randint(1, 28)))
    old = rng.randint(90, 104)
    word = {
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
    out["age90"] = (T.AGE, str(old) if old > 99 or rng.random() < 0.8 else word[old])
    out["age90n"] = (T.AGE, str(old))
    out["dob_old"] = (
        T.DATE,
        _date(rng, vy - old - 1, rng.randint(vm, 12) if vm < 12 else 12, rng.randint(1, 28)),
    )

    # places
    city, city2, fcity = rng.choice(CITY), rng.choice(CITY), rng.choice(CITY)
    out["street"] = (
        T.LOCATION,
        rng.choice(
            [
                f"{rng.randint(2, 9899)} {rng.choice(STREET)} {rng.choice(STYPE)}",
                f"{rng.randint(2, 9899)} {rng.choice('NSEW')} {rng.choice(STREET)} {rng.choice(STYPE)}",
                f"{rng.randint(100, 29999)} County Road {rng.randint(2, 480)}",
                f"{rng.randint(2, 899)} {rng.choice(STREET)} {rng.choice(STYPE)}",
                f"PO Box {rng.randint(10, 9999)}",
            ]
        ),
    )
    out["street2"] = (T.LOCATION, f"{rng.randint(2, 9899)} {rng.choice(STREET)} {rng.choice(STYPE)}")
    out["unit"] = (
        T.LOCATION,
        rng.choice(
            [
                f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}",
                str(rng.randint(101, 2418)),
                rng.choice("ABCD"),
                f"{rng.randint(2, 9)}-{rng.randint(1, 30)}",
            ]
        ),
    )
    out["city"] = (T.LOCATION, city)
    out["city_caps"] = (T.LOCATION, city.upper())
    out["city2"] = (T.LOCATION, city2)
    out["county"] = (T.LOCATION, rng.choice(COUNTY))
    out["neigh"] = (T.LOCATION, rng.choice(NEIGH))
    out["state"] = (None, rng.choice(STATE))
    z = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    out["zip"] = (T.LOCATION, rng.choice([z, z, z, f"{z}-{_digits(rng, 4)}"]))
    out["facility"] = (T.LOCATION, rng.choice(FACILITY).format(c=fcity))
    out["facility2"] = (T.LOCATION, rng.choice(FACILITY).format(c=rng.choice(CITY)))
    out["school"] = (T.LOCATION, rng.choice(SCHOOL).format(c=city2))

    # contact
    out["phone"] = (T.PHONE, _phone(rng))
    out["phone2"] = (T.PHONE, _phone(rng))
    out["phone_clin"] = (T.PHONE, _phone(rng))
    out["fax"] = (T.FAX, _phone(rng))
    out["fax2"] = (T.FAX, _phone(rng))
    dom = rng.choice(
        ["example.com", "example.org", "mail.example.com", "clinic.test", "neuro.example.org", "home.test"]
    )
    out["email"] = (
        T.EMAIL,
        rng.choice(
            [
                f"{_ascii(first)}.{_ascii(last)}@{dom}",
                f"{_ascii(first)[0]}{_ascii(last)}{rng.randint(1, 99)}@{dom}",
                f"{_ascii(nick)}{_ascii(last)[:4]}@{dom}",
                f"{_ascii(last)}_{_ascii(first)}{rng.randint(60, 99)}@{dom}",
            ]
        ),
    )
    out["email_parent"] = (
        T.EMAIL,
        f"{_ascii(par['first'])}.{_ascii(par['last'])}@{rng.choice(['example.com', 'family.test'])}",
    )
    p = out["dr1"][1].split()[-1]
    out["email_staff"] = (
        T.EMAIL,
        f"{_ascii(p)}.{_ascii(out['dr1_first'][1])[0]}@{rng.choice(['neuro.example.org', 'hospital.test'])}",
    )
    tok = (
        _letters(rng, 4, "abcdefghjkmnpqrstuvwxyz23456789")
        + _digits(rng, 3)
        + _letters(rng, 3, "abcdefghjkmnpqrstuvwxyz")
    )
    out["url"] = (
        T.URL,
        rng.choice(
            [
                f"https://portal.example.org/share/eeg/{tok}",
                f"https://mychart.example.com/msg/view?id={_digits(rng, 9)}",
                f"https://telehealth.example.org/visit/{tok}",
                f"http://records.clinic.test/pt/{_digits(rng, 7)}/report",
                f"https://diary.example.com/u/{_ascii(first)}{_digits(rng, 3)}",
                f"portal.example.org/p/{tok}",
            ]
        ),
    )
    out["url2"] = (
        T.URL,
        rng.choice(
            [
                f"https://upload.example.com/rns/{_digits(rng, 8)}",
                f"https://results.example.org/report/{tok.upper()}",
            ]
        ),
    )
    out["ip"] = (
        T.IP_ADDRESS,
        rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"203.0.113.{rng.randint(2, 254)}",
                f"198.51.100.{rng.randint(2, 254)}",
                f"2001:db8:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
            ]
        ),
    )
    out["ip2"] = (T.IP_ADDRESS, f"{rng.choice(['203.0.113', '198.51.100', '192.0.2'])}.{rng.randint(2, 254)}")

    # numbers
    s = f"{rng.randint(100, 665):03d}{rng.randint(10, 99):02d}{rng.randint(1000, 9999):04d}"
    out["ssn"] = (
        T.SSN,
        rng.choice(
            [f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s]
        ),
    )
    out["mrn"] = (
        T.MRN,
        rng.choice(
            [
                _digits(rng, 8),
                "E" + _digits(rng, 7),
                f"NR-{_digits(rng, 3)}-{_digits(rng, 4)}",
                _digits(rng, 7),
                "00" + _digits(rng, 6),
                f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                "M" + _digits(rng, 9),
            ]
        ),
    )
    out["mrn2"] = (
        T.MRN,
        rng.choice([_digits(rng, 9), "K" + _digits(rng, 6), f"{_digits(rng, 3)}-{_digits(rng, 5)}"]),
    )
    out["hpid"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                _letters(rng, 3) + _digits(rng, 9),
                "W" + _digits(rng, 9),
                f"{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                _letters(rng, 2) + _digits(rng, 8) + rng.choice(["01", "02", ""]),
                "U" + _digits(rng, 8) + "0" + str(rng.randint(1, 4)),
            ]
        ),
    )
    out["group"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                _digits(rng, 7),
                f"{_digits(rng, 5)}-{_digits(rng, 3)}",
                "GRP" + _digits(rng, 6),
                _letters(rng, 2) + _digits(rng, 4),
            ]
        ),
    )
    out["mbi"] = (T.HEALTH_PLAN_ID, _mbi(rng))
    out["medicaid"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                _letters(rng, 2) + _digits(rng, 8),
                _digits(rng, 12),
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            ]
        ),
    )
    out["acct"] = (
        T.ACCOUNT,
        rng.choice(
            [
                _digits(rng, 10),
                "A" + _digits(rng, 9),
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                "V000" + _digits(rng, 8),
            ]
        ),
    )
    out["fin"] = (
        T.ACCOUNT,
        rng.choice([f"{rng.randint(23, 26)}-{_digits(rng, 7)}", _digits(rng, 11), "FIN" + _digits(rng, 8)]),
    )
    out["claim"] = (
        T.ACCOUNT,
        rng.choice(
            [
                f"CLM-{rng.randint(2023, 2026)}-{_digits(rng, 7)}",
                _digits(rng, 13),
                f"{rng.randint(23, 26)}{_digits(rng, 3)}E{_digits(rng, 6)}",
            ]
        ),
    )
    npi, npi2 = _npi(rng), _npi(rng)
    out["npi"] = (T.LICENSE, npi)
    out["npi2"] = (T.LICENSE, npi2)
    out["dea"] = (T.LICENSE, _dea(rng, out["dr1_last"][1]))
    out["medlic"] = (
        T.LICENSE,
        rng.choice(
            [
                "MD" + _digits(rng, 6),
                "G" + _digits(rng, 5),
                f"25MA{_digits(rng, 8)}",
                f"0{_digits(rng, 2)}-{_digits(rng, 6)}",
                "PSY" + _digits(rng, 5),
                f"LIC-{_digits(rng, 7)}",
            ]
        ),
    )
    out["dl"] = (
        T.LICENSE,
        rng.choice(
            [
                f"{last[0].upper()}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{last[0].upper()}{_digits(rng, 12)}",
                _letters(rng, 1) + _digits(rng, 7),
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                _digits(rng, 9),
                f"{_letters(rng, 2)}-{_digits(rng, 6)}",
            ]
        ),
    )
    plate = rng.choice(
        [
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}",
            f"DV{_digits(rng, 4)}",
        ]
    )
    out["plate"] = (T.VEHICLE_ID, plate)
    out["vin"] = (T.VEHICLE_ID, _vin(rng))
    out["ipg_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                f"NLX{_digits(rng, 6)}H",
                f"NLX{_digits(rng, 6)}S",
                _digits(rng, 8),
                f"SN{_digits(rng, 7)}",
                f"{_letters(rng, 3)}{_digits(rng, 6)}N",
            ]
        ),
    )
    out["lead_sn"] = (
        T.DEVICE_ID,
        rng.choice([f"VAB{_digits(rng, 6)}V", f"LD{_digits(rng, 7)}", _digits(rng, 9)]),
    )
    out["lead_sn2"] = (
        T.DEVICE_ID,
        rng.choice([f"VAB{_digits(rng, 6)}V", f"LD{_digits(rng, 7)}", _digits(rng, 9)]),
    )
    out["vns_sn"] = (T.DEVICE_ID, rng.choice([_digits(rng, 5), _digits(rng, 6), f"{_digits(rng, 5)}-A"]))
    out["rns_sn"] = (
        T.DEVICE_ID,
        rng.choice([_digits(rng, 7), f"RNS-{_digits(rng, 6)}", "N" + _digits(rng, 6)]),
    )
    out["valve_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                _letters(rng, 2) + _digits(rng, 6),
                f"{_digits(rng, 7)}",
                f"SN {_digits(rng, 5)}-{_digits(rng, 3)}"[3:],
            ]
        ),
    )
    out["pump_sn"] = (
        T.DEVICE_ID,
        rng.choice([f"NGP{_digits(rng, 6)}H", f"PN{_digits(rng, 7)}", _digits(rng, 10)]),
    )
    out["cpap_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                _digits(rng, 11),
                f"J{_digits(rng, 9)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
            ]
        ),
    )
    out["cage_sn"] = (
        T.DEVICE_ID,
        rng.choice([f"{_letters(rng, 2)}{_digits(rng, 8)}", f"S/N {_digits(rng, 9)}"[4:]]),
    )
    gtin = "00" + _digits(rng, 12)
    ey = rng.randint(26, 30)
    out["udi"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                f"(01){gtin}(17){ey}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){_letters(rng, 3)}{_digits(rng, 6)}",
                f"(01){gtin}(21){_digits(rng, 8)}",
                f"01{gtin}21{_digits(rng, 9)}",
            ]
        ),
    )
    out["bio"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"VP-{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"vbk_{_digits(rng, 7)}",
                f"GAIT-TPL-{_digits(rng, 6)}",
                f"FP{_digits(rng, 4)}-{_letters(rng, 2)}{_digits(rng, 2)}",
                f"PV{_digits(rng, 8)}",
                f"IRIS-{_digits(rng, 3)}{_letters(rng, 3)}{_digits(rng, 2)}",
            ]
        ),
    )
    out["voice"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"VP-{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"vbk_{_digits(rng, 7)}",
                f"VOX{_digits(rng, 6)}-{rng.randint(1, 9)}",
                f"voiceprint-{_digits(rng, 8)}",
            ]
        ),
    )
    out["gait"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"GAIT-TPL-{_digits(rng, 6)}",
                f"GT{_digits(rng, 7)}",
                f"gaitsig_{_digits(rng, 5)}{_letters(rng, 1)}",
            ]
        ),
    )
    out["palm"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"PV{_digits(rng, 8)}",
                f"FP{_digits(rng, 4)}-{_letters(rng, 2)}{_digits(rng, 2)}",
                f"PALM-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"FPT{_digits(rng, 9)}",
            ]
        ),
    )
    out["photo"] = (
        T.PHOTO,
        rng.choice(
            [
                f"IMG_{_digits(rng, 4)}.JPG",
                f"IMG_{_digits(rng, 4)}.HEIC",
                f"DSC_{_digits(rng, 4)}.jpg",
                f"face_front_{_digits(rng, 6)}.png",
                f"PHOTO-{_digits(rng, 8)}",
                f"ptphoto_{_digits(rng, 7)}.jpg",
                f"PR-{_digits(rng, 7)}",
            ]
        ),
    )
    out["photo2"] = (
        T.PHOTO,
        rng.choice(
            [
                f"IMG_{_digits(rng, 4)}.JPG",
                f"face_lateral_{_digits(rng, 6)}.png",
                f"DSCN{_digits(rng, 4)}.JPG",
            ]
        ),
    )
    out["accession"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"GN{rng.randint(23, 26)}-{_digits(rng, 6)}",
                f"{_letters(rng, 2)}{_digits(rng, 8)}",
                f"A{rng.randint(23, 26)}-{_digits(rng, 5)}",
                _digits(rng, 10),
            ]
        ),
    )
    out["eeg_no"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"EEG-{rng.randint(23, 26)}-{_digits(rng, 4)}",
                f"E{rng.randint(23, 26)}{_digits(rng, 5)}",
                f"LTM{_digits(rng, 5)}",
                f"VEEG {rng.randint(23, 26)}-{_digits(rng, 3)}"[5:],
            ]
        ),
    )
    out["study"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"EPIREG-{_digits(rng, 4)}",
                f"NCT-SUBJ-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"S{_digits(rng, 2)}-{_digits(rng, 4)}",
            ]
        ),
    )
    out["student"] = (
        T.OTHER_ID,
        rng.choice(
            ["S" + _digits(rng, 8), _digits(rng, 7), f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 2)}"]
        ),
    )
    out["rx"] = (
        T.OTHER_ID,
        rng.choice([_digits(rng, 7), f"RX{_digits(rng, 8)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}"]),
    )
    out["pa"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"PA-{rng.randint(23, 26)}-{_digits(rng, 7)}",
                _digits(rng, 12),
                f"AUTH{_digits(rng, 9)}",
                f"{_letters(rng, 1)}{_digits(rng, 10)}",
            ]
        ),
    )
    out["touch"] = (
        T.OTHER_ID,
        rng.choice([_digits(rng, 8), f"TCH-{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}"]),
    )
    out["dmv_case"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"MR-{rng.randint(2023, 2026)}-{_digits(rng, 6)}",
                f"{_letters(rng, 1)}{_digits(rng, 9)}",
                f"DMR{_digits(rng, 7)}",
            ]
        ),
    )
    out["placard"] = (
        T.OTHER_ID,
        rng.choice(
            [
                _letters(rng, 2) + _digits(rng, 6),
                f"P{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}",
            ]
        ),
    )
    out["badge"] = (
        T.OTHER_ID,
        rng.choice([f"V-{_digits(rng, 5)}", f"VIS{_digits(rng, 6)}", f"{_digits(rng, 6)}"]),
    )
    out["emp"] = (T.OTHER_ID, rng.choice([f"E{_digits(rng, 6)}", f"EMP-{_digits(rng, 5)}", _digits(rng, 6)]))
    out["enroll"] = (
        T.OTHER_ID,
        rng.choice(
            [f"OAS-{_digits(rng, 7)}", f"MSL{_digits(rng, 8)}", f"{_letters(rng, 3)}{_digits(rng, 6)}"]
        ),
    )
    out["copay"] = (
        T.OTHER_ID,
        rng.choice([_digits(rng, 11), f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}"]),
    )
    out["iep"] = (T.OTHER_ID, rng.choice([f"IEP-{_digits(rng, 6)}", f"SPED{_digits(rng, 7)}"]))
    out["case"] = (
        T.OTHER_ID,
        rng.choice([f"CS-{_digits(rng, 8)}", f"{rng.randint(23, 26)}-{_digits(rng, 5)}-NX", _digits(rng, 9)]),
    )
    return out


# --- look-alikes -----------------------------------------------------------------------------------


def lookalikes(rng: random.Random) -> dict[str, tuple[None, str]]:
    """Clinical and administrative filler that is not PHI."""
    c = rng.choice

    def n(lo: float, hi: float, nd: int = 1) -> str:
        return f"{rng.uniform(lo, hi):.{nd}f}"

    v: dict[str, str] = {}
    v["time1"] = f"{rng.randint(6, 11):02d}:{rng.randint(0, 59):02d}"
    v["time2"] = c(
        [
            f"{rng.randint(12, 23):02d}{rng.randint(0, 59):02d}",
            f"{rng.randint(1, 11)}:{rng.randint(0, 59):02d} PM",
            f"{rng.randint(12, 23)}:{rng.randint(0, 59):02d}",
        ]
    )
    v["time3"] = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    v["year"] = str(rng.randint(1998, 2022))
    v["year2"] = str(rng.randint(2010, 2024))
    v["age_y"] = str(rng.randint(20, 89))
    v["age_k"] = str(rng.randint(2, 16))
    v["age_onset"] = str(rng.randint(4, 70))
    v["days"] = str(rng.randint(2, 9))
    v["hours"] = str(rng.randint(18, 120))
    v["room"] = c(
        [
            f"EMU Bed {rng.randint(1, 12)}",
            f"Rm {rng.randint(2, 9)}-{rng.randint(100, 460)}",
            f"Room {rng.randint(200, 999)}",
            f"4W-{rng.randint(1, 30)}",
            f"Neuro ICU bed {rng.randint(1, 24)}",
            f"Clinic room {rng.randint(1, 18)}",
        ]
    )
    v["bed"] = str(rng.randint(1, 32))
    v["role"] = c(
        [
            "the attending",
            "the covering resident",
            "charge nurse",
            "the EEG technologist",
            "on-call neurosurgeon",
            "the fellow",
            "the infusion RN",
            "the clinic social worker",
            "the speech-language pathologist",
            "the certified athletic trainer",
            "the school nurse",
            "the sleep technologist",
            "the device rep",
        ]
    )
    v["role2"] = c(
        [
            "neuropsychology fellow",
            "PGY-3 resident",
            "epilepsy fellow",
            "NP",
            "RT",
            "PT",
            "OT",
            "SLP",
            "dietitian",
        ]
    )
    v["org"] = c(
        [
            "Keystone Neuroscience Group",
            "Blue Heron Sleep Center",
            "St. Brendan Medical Center",
            "Cornerstone Spine Associates",
            "Great Lakes Epilepsy Consortium",
            "Tri-County Neurology",
            "Summit Infusion Services",
            "NeuroPath Diagnostics",
            "Helix Genomics Laboratory",
            "Pinnacle Imaging",
            "Mercy Health Partners",
            "ALS Association clinic network",
        ]
    )
    v["org2"] = c(
        [
            "Medtronic",
            "LivaNova",
            "NeuroPace",
            "Integra",
            "Codman",
            "Abbott",
            "Boston Scientific",
            "Aesculap",
            "ResMed",
            "Philips Respironics",
            "Natus",
            "Nihon Kohden",
            "Cadwell",
            "Compumedics",
        ]
    )
    v["eponym"] = c(
        [
            "Guillain-Barré syndrome",
            "Bell's palsy",
            "Parkinson disease",
            "Huntington disease",
            "Charcot-Marie-Tooth",
            "Tinel sign",
            "Romberg",
            "Babinski sign",
            "Hoffmann sign",
            "Lhermitte sign",
            "Uhthoff phenomenon",
            "Todd's paralysis",
            "Dravet syndrome",
            "Lennox-Gastaut syndrome",
            "Chiari I malformation",
            "Wernicke aphasia",
            "Broca aphasia",
            "Duchenne",
            "Becker",
            "Tourette syndrome",
            "Alzheimer disease",
            "Lewy body",
            "Kleine-Levin",
            "Rasmussen encephalitis",
            "Sturge-Weber",
            "Graves' disease",
        ]
    )
    v["eponym2"] = c(
        [
            "Spurling test",
            "Phalen test",
            "Gowers sign",
            "Hoover sign",
            "Dix-Hallpike",
            "Glasgow Coma Scale",
            "Hunt and Hess grade",
            "Fisher grade",
            "Modified Ashworth",
            "Medical Research Council scale",
            "Hallpike",
            "Epworth",
            "Wada test",
            "Trendelenburg gait",
        ]
    )
    v["aed"] = c(
        [
            "levetiracetam 1000 mg BID",
            "lacosamide 200 mg BID",
            "lamotrigine 150 mg BID",
            "oxcarbazepine 600 mg BID",
            "valproate 750 mg BID",
            "cenobamate 200 mg daily",
            "clobazam 10 mg qHS",
            "brivaracetam 100 mg BID",
            "zonisamide 300 mg daily",
            "topiramate 100 mg BID",
            "phenytoin 300 mg qHS (level 14.2 mcg/mL)",
        ]
    )
    v["aed2"] = c(
        [
            "Keppra",
            "Vimpat",
            "Lamictal",
            "Xcopri",
            "Briviact",
            "Onfi",
            "Fycompa",
            "Epidiolex",
            "Diacomit",
            "Banzel",
        ]
    )
    v["titration"] = c(
        [
            "lamotrigine 25 mg daily x2 wk, 50 mg daily x2 wk, then 100 mg daily",
            "taper lacosamide 50 mg every 3 days; restart at 100 mg BID before discharge",
            "amitriptyline 10 mg qHS, increase by 10 mg weekly to 30 mg",
            "methylphenidate ER 18 mg qAM, increase to 27 mg after 1 week if tolerated",
            "carbidopa/levodopa 25/100 one tab TID, increase to 1.5 tab TID in 2 weeks",
            "dalfampridine 10 mg q12h",
            "prednisone 0.75 mg/kg/day",
            "riluzole 50 mg BID",
            "pitolisant 8.9 mg daily x1 wk then 17.8 mg daily",
            "guanfacine ER 1 mg qHS, +1 mg/week to 3 mg",
        ]
    )
    v["brand"] = c(
        [
            "Ocrevus",
            "Tysabri",
            "Kesimpta",
            "Botox",
            "Aimovig",
            "Ajovy",
            "Emgality",
            "Nurtec ODT",
            "Ubrelvy",
            "Vyepti",
            "Radicava",
            "Relyvrio",
            "Exondys 51",
            "Evrysdi",
            "Spinraza",
            "Xywav",
            "Wakix",
            "Sunosi",
            "Nuplazid",
            "Rytary",
            "Duopa",
            "Austedo",
            "Ingrezza",
            "Concerta",
            "Vyvanse",
            "Intuniv",
            "Qelbree",
        ]
    )
    v["dmt"] = c(
        [
            "ocrelizumab 600 mg IV",
            "natalizumab 300 mg IV q4wk",
            "ofatumumab 20 mg SC monthly",
            "ublituximab 450 mg IV",
            "rituximab 1000 mg IV",
            "alemtuzumab 12 mg/day x3 days",
            "methylprednisolone 1 g IV daily x5 days",
        ]
    )
    v["edss"] = c(["1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "6.0", "6.5"])
    v["updrs"] = str(rng.randint(12, 58))
    v["updrs2"] = str(rng.randint(5, 30))
    v["hy"] = c(["1", "1.5", "2", "2.5", "3", "4"])
    v["moca"] = f"{rng.randint(14, 30)}/30"
    v["mmse"] = f"{rng.randint(15, 30)}/30"
    v["nihss"] = str(rng.randint(0, 18))
    v["mrs"] = str(rng.randint(0, 4))
    v["ados"] = str(rng.randint(3, 10))
    v["ados_sa"] = str(rng.randint(4, 18))
    v["ados_rrb"] = str(rng.randint(0, 7))
    v["iq"] = str(rng.randint(62, 128))
    v["vci"] = str(rng.randint(60, 130))
    v["pri"] = str(rng.randint(60, 130))
    v["wmi"] = str(rng.randint(58, 125))
    v["psi"] = str(rng.randint(55, 125))
    v["pct"] = str(rng.randint(1, 99))
    v["tscore"] = str(rng.randint(38, 82))
    v["ess"] = f"{rng.randint(3, 22)}/24"
    v["alsfrs"] = f"{rng.randint(18, 46)}/48"
    v["fvc"] = f"{rng.randint(38, 98)}% predicted"
    v["nif"] = f"-{rng.randint(25, 85)} cmH2O"
    v["scat"] = f"{rng.randint(0, 22)}/22"
    v["scat_sev"] = f"{rng.randint(0, 90)}/132"
    v["gcs"] = c(["15", "14 (E4V4M6)", "13", "E3V5M6 = 14", "15/15"])
    v["montage"] = c(
        [
            "longitudinal bipolar (double banana)",
            "transverse bipolar",
            "average reference",
            "Laplacian montage",
            "10-20 system, 21 electrodes plus T1/T2",
            "10-10 extended with F9/F10/T9/T10",
            "Cz reference",
        ]
    )
    v["eeg_find"] = c(
        [
            "intermittent left temporal slowing (T3/F7)",
            "3 Hz generalized spike-and-wave discharges",
            "posterior dominant rhythm 9.5 Hz, reactive",
            "right temporal sharp waves, maximal F8/T4",
            "frequent generalized polyspikes with photoparoxysmal response at 14-18 Hz",
            "diffuse theta slowing, no epileptiform discharges",
            "hypsarrhythmia",
            "LPDs at 1 Hz over the left hemisphere",
            "electrographic seizure onset at T9/F9 with rhythmic 5 Hz theta evolving to 2 Hz delta",
        ]
    )
    v["stim"] = (
        f"{n(0.5, 4.5)} mA, {c(['60', '90', '130', '130', '145', '160', '180'])} Hz, {c(['60', '60', '90', '30', '40'])} µs"
    )
    v["stim2"] = f"{n(0.5, 4.5)} mA, {c(['130', '145', '160'])} Hz, {c(['60', '90'])} µs"
    v["contacts"] = c(["C+ 1-", "C+ 2-", "1-2- C+", "C+ 10-", "C+ 2A-2B-", "9- 10+", "C+ 3-", "0-1+"])
    v["volts"] = f"{n(1.0, 4.2)} V"
    v["imp"] = f"{rng.randint(700, 2400)} ohms"
    v["vns_out"] = c(
        [
            "1.75 mA, 20 Hz, 250 µs, 30 s ON / 5 min OFF",
            "1.5 mA, 20 Hz, 500 µs, 30 s ON / 3 min OFF",
            "2.0 mA, 30 Hz, 250 µs, 7 s ON / 0.5 min OFF",
            "1.25 mA, 20 Hz, 250 µs, 14 s ON / 1.1 min OFF",
        ]
    )
    v["magnet"] = c(["2.0 mA, 250 µs, 60 s", "1.75 mA, 500 µs, 30 s", "2.25 mA, 250 µs, 60 s"])
    v["batt"] = c(
        ["IFI = NO", "N EOS = NO", "battery 4.8 years est.", "battery 72%", "ERI not reached", "2.98 V"]
    )
    v["model"] = c(
        [
            "Percept PC B35200",
            "Activa SC 37603",
            "Activa RC 37612",
            "Vercise Genus R16",
            "Infinity 7 6660",
            "AspireSR Model 106",
            "SenTiva Model 1000",
            "RNS-320",
            "SynchroMed II 8637-40",
            "Prometra II",
            "Codman Certas Plus",
            "Strata II",
            "proGAV 2.0",
            "AirSense 11",
            "DreamStation 2",
        ]
    )
    v["fw"] = c(
        [
            "firmware 3.2.1",
            "software v12.6",
            "app build 4.18.0",
            "FW 2.0.14",
            "tablet software 1.7",
            "Programmer v8.3.2",
            "Clinician Programmer 2.1 (A610)",
        ]
    )
    v["valve"] = c(
        [
            "Codman Hakim setting 120 mm H2O",
            "Strata II performance level 1.5",
            "proGAV 2.0 at 10 cmH2O",
            "Certas Plus setting 4 (~145 mm H2O)",
            "Polaris 110 mm H2O",
            "Certas Plus setting 8 (virtual off)",
        ]
    )
    v["valve_new"] = c(
        ["90 mm H2O", "performance level 2.0", "setting 5", "13 cmH2O", "140 mm H2O", "performance level 1.0"]
    )
    v["vert"] = c(["L4-L5", "C5-6", "T12-L1", "L5-S1", "C6-C7", "L3-4", "T4-T6", "C3-C7", "S1", "L2"])
    v["vert2"] = c(["L4", "L5", "C5", "C6", "T11", "S1", "L3"])
    v["screw"] = c(["6.5 x 45 mm", "5.5 x 40 mm", "7.0 x 50 mm", "4.0 x 14 mm", "3.5 x 16 mm"])
    v["lot"] = c(
        [
            f"Lot C{rng.randint(1000, 9999)}C{rng.randint(1, 9)}",
            f"lot {rng.randint(100000, 999999)}",
            f"LOT {_letters(rng, 2)}{rng.randint(1000, 9999)}",
        ]
    )
    v["lot_exp"] = f"exp {rng.randint(2026, 2029)}"
    v["icd"] = c(
        [
            "G40.309",
            "G40.219",
            "G35",
            "G43.709",
            "G43.E19",
            "G20.A1",
            "G12.21",
            "F84.0",
            "F90.2",
            "G47.411",
            "S06.0X1A",
            "I63.512",
            "G71.01",
            "G91.1",
            "G24.3",
            "G51.0",
            "G25.0",
            "R56.9",
            "G47.33",
            "M48.062",
        ]
    )
    v["icd_sz"] = c(["G40.309", "G40.219", "G40.109", "G40.A09", "G40.802", "R56.9", "G40.311"])
    v["icd_spas"] = c(["G35", "G80.1", "S14.109S", "G82.20", "I69.351"])
    v["icd2"] = c(["Z79.899", "Z96.89", "Z45.42", "Z98.2", "G47.00", "R51.9", "F41.1", "Z13.40"])
    v["cpt"] = c(
        [
            "95816",
            "95819",
            "95700",
            "95711",
            "95720",
            "95886",
            "95910",
            "64615",
            "95983",
            "95970",
            "95976",
            "62252",
            "96132",
            "96133",
            "95805",
            "95810",
            "22633",
            "61885",
            "99215",
            "62370",
            "96413",
            "95836",
        ]
    )
    v["cpt2"] = c(["99214", "96136", "96137", "95812", "95907", "64616", "95984", "61886", "63047", "22853"])
    v["hcpcs"] = c(["J0585", "J2350", "J2323", "J3490", "E0601", "L8680", "J0475", "A9270", "J1301"])
    v["ndc"] = c(
        [
            f"{rng.randint(0, 99999):05d}-{rng.randint(0, 9999):04d}-{rng.randint(0, 99):02d}",
            f"{rng.randint(0, 9999):04d}-{rng.randint(0, 9999):04d}-{rng.randint(0, 99):02d}",
        ]
    )
    v["loinc"] = f"{rng.randint(1000, 99999)}-{rng.randint(0, 9)}"
    v["snomed"] = str(rng.randint(10000000, 999999999))
    v["rev"] = c(["0922", "0920", "0636", "0360", "0278", "0740", "0260"])
    v["drg"] = c(["101", "023", "028", "054", "460", "473", "518", "061"])
    v["form"] = c(
        [
            f"Form NEU-{rng.randint(100, 999)} rev {rng.randint(2, 12)}",
            f"MR-{rng.randint(1000, 9999)}",
            f"DL-{rng.randint(40, 99)} (v{rng.randint(2, 9)})",
            f"F-{rng.randint(10, 99)}-{rng.randint(100, 999)}",
            f"CMS-{c(['1500', '10114', 'R-131'])}",
        ]
    )
    v["policy"] = c(
        [
            f"Policy NS-{rng.randint(10, 40)}.{rng.randint(1, 9)}",
            f"P&P EMU-{rng.randint(1, 20):02d}",
            f"clinical policy CP.PHAR.{rng.randint(100, 500)}",
            f"SOP-EEG-{rng.randint(1, 40):03d}",
        ]
    )
    v["money"] = c(
        [
            f"${rng.randint(20, 9999):,}.{rng.randint(0, 99):02d}",
            f"${rng.randint(10, 80)} copay",
            f"${rng.randint(1, 95)},{rng.randint(100, 999)}.00",
        ]
    )
    v["money2"] = f"${rng.randint(100, 4999)}.{rng.randint(0, 99):02d}"
    v["vitals"] = (
        f"BP {rng.randint(100, 168)}/{rng.randint(58, 98)}, HR {rng.randint(52, 110)}, SpO2 {rng.randint(92, 100)}% RA, "
        f"T {n(36.1, 37.9)} C"
    )
    v["weight"] = f"{n(14, 120)} kg"
    v["height"] = f"{rng.randint(95, 195)} cm"
    v["lab"] = c(
        [
            f"Na {rng.randint(131, 146)} mmol/L (ref 135-145)",
            f"ALT {rng.randint(9, 88)} U/L (ref 7-56)",
            f"JCV index {n(0.1, 3.2, 2)} (ref <0.20)",
            f"CK {rng.randint(80, 21000)} U/L (ref 30-200)",
            f"ferritin {rng.randint(8, 310)} ng/mL",
            f"WBC {n(3.1, 12.5)} K/uL",
            f"absolute lymphocytes {n(0.4, 3.1)} K/uL",
            f"B12 {rng.randint(180, 900)} pg/mL (ref 232-1245)",
            f"IgG {rng.randint(540, 1600)} mg/dL",
            f"lamotrigine level {n(2.0, 14.0)} mcg/mL",
            f"A1c {n(5.0, 9.5)}%",
        ]
    )
    v["lab2"] = c(
        [
            f"CD19 {rng.randint(0, 3)} cells/uL",
            f"platelets {rng.randint(120, 420)} K/uL",
            f"Cr {n(0.5, 1.4, 2)} mg/dL",
            f"TSH {n(0.4, 5.2, 2)} mIU/L",
            "hCG negative",
            f"ANC {n(1.2, 6.0)} K/uL",
        ]
    )
    v["dose_botox"] = c(["155 units", "195 units", "200 units", "100 units", "50 units", "300 units"])
    v["sites"] = c(["31 sites", "39 sites", "12 sites", "8 sites"])
    v["gene"] = c(
        [
            "SCN1A",
            "KCNQ2",
            "CDKL5",
            "SCN2A",
            "TSC2",
            "DMD",
            "SMN1",
            "C9orf72",
            "SOD1",
            "HTT",
            "PMP22",
            "FMR1",
            "MECP2",
            "DEPDC5",
            "GRIN2B",
            "LRRK2",
            "GBA1",
            "STXBP1",
        ]
    )
    v["hgvs"] = c(
        [
            f"c.{rng.randint(100, 6000)}C>T (p.Arg{rng.randint(30, 2000)}Ter)",
            f"c.{rng.randint(100, 6000)}del",
            "exon 45-50 deletion",
            f"c.{rng.randint(100, 4000)}+1G>A",
            "CAG repeat 42/18",
            "GGGGCC expansion >145 repeats",
            f"c.{rng.randint(100, 3000)}G>A (p.Gly{rng.randint(30, 1000)}Ser)",
            "homozygous exon 7 deletion",
            "CGG 210 repeats",
        ]
    )
    v["zyg"] = c(["heterozygous", "hemizygous", "de novo", "homozygous", "maternally inherited"])
    v["acmg"] = c(["Pathogenic", "Likely pathogenic", "Variant of uncertain significance", "Likely benign"])
    v["sleep"] = c(
        [
            f"mean sleep latency {n(1.5, 12.0)} min with {rng.randint(0, 5)} SOREMPs",
            f"AHI {n(0.5, 42.0)}/h, nadir SpO2 {rng.randint(78, 94)}%",
            f"sleep efficiency {rng.randint(55, 97)}%",
            f"REM latency {rng.randint(2, 140)} min",
            f"PLMI {rng.randint(0, 60)}/h",
        ]
    )
    v["sleep2"] = c(
        [
            f"total sleep time {rng.randint(280, 460)} min",
            f"REM {rng.randint(8, 25)}%",
            f"N3 {rng.randint(4, 24)}%",
            f"arousal index {n(4, 38)}/h",
        ]
    )
    v["ncs"] = c(
        [
            f"Median motor: DL {n(3.2, 7.5)} ms, amp {n(1.0, 11.0)} mV, CV {rng.randint(38, 62)} m/s",
            f"Ulnar sensory: peak lat {n(2.4, 4.1)} ms, amp {rng.randint(4, 45)} uV",
            f"Peroneal F-wave {n(44, 62)} ms",
            f"Sural SNAP {rng.randint(0, 22)} uV",
            f"Tibial H-reflex {n(27, 36)} ms",
        ]
    )
    v["emg_find"] = c(
        [
            "fibrillations 2+ and positive sharp waves in right L5 myotome",
            "chronic neurogenic MUAPs, reduced recruitment",
            "fasciculation potentials in 3 of 4 regions",
            "early recruitment of small polyphasic MUAPs",
            "no spontaneous activity; normal MUAP morphology",
        ]
    )
    v["itb"] = c(
        [
            f"baclofen {c(['500', '1000', '2000'])} mcg/mL, {n(80, 900)} mcg/day, simple continuous",
            f"baclofen 2000 mcg/mL, flex dosing {n(150, 600)} mcg/day with 2 boluses",
            "morphine 10 mg/mL, 1.2 mg/day",
        ]
    )
    v["reservoir"] = f"{rng.randint(1, 39)} mL"
    v["alarm"] = f"low reservoir alarm {rng.randint(1, 4)} mL"
    v["bipap"] = c(
        [
            "IPAP 14 / EPAP 6 cmH2O, backup rate 12",
            "ST mode 16/5",
            "AVAPS 8 mL/kg, EPAP 5",
            "CPAP 9 cmH2O",
            "APAP 5-15 cmH2O, 95th pct 11.4",
        ]
    )
    v["fio2"] = f"{rng.randint(21, 40)}%"
    v["ldopa"] = f"LEDD {rng.randint(300, 1600)} mg/day"
    v["vanderbilt"] = f"inattentive {rng.randint(3, 9)}/9, hyperactive {rng.randint(0, 9)}/9"
    v["conners"] = f"T = {rng.randint(55, 90)}"
    v["aqs"] = f"{rng.randint(2, 12)} mm"
    v["migraine_days"] = str(rng.randint(4, 28))
    v["hit6"] = str(rng.randint(36, 78))
    v["midas"] = str(rng.randint(0, 120))
    v["pct_red"] = f"{rng.randint(10, 95)}%"
    v["dur"] = c(["45 s", "1 min 20 s", "2 min", "35 s", "3 min 10 s", "90 s", "12 min"])
    v["sz_type"] = c(
        [
            "focal impaired awareness",
            "focal aware (aura)",
            "focal to bilateral tonic-clonic",
            "generalized tonic-clonic",
            "absence",
            "myoclonic",
            "atonic drop",
            "electrographic only",
            "PNES (psychogenic, no EEG correlate)",
        ]
    )
    v["sz_type2"] = c(["aura only", "staring spell", "GTC", "cluster x3", "nocturnal event", "drop attack"])
    v["ivig"] = c(["IVIG 2 g/kg over 5 days", "plasma exchange x5", "IVIG 0.4 g/kg/day"])
    v["premed"] = c(
        [
            "acetaminophen 650 mg PO, diphenhydramine 50 mg IV, methylprednisolone 100 mg IV",
            "cetirizine 10 mg PO, acetaminophen 1000 mg PO",
            "methylprednisolone 125 mg IV",
        ]
    )
    v["rate"] = c(
        [
            "40 mL/h x30 min, then 80, 120, 160, 200 mL/h",
            "100 mL/h for 1 h then 200 mL/h",
            "over 60 minutes",
            "over 3.5 h",
        ]
    )
    v["fluid"] = c(["250 mL NS", "500 mL 0.9% NaCl", "100 mL NS"])
    v["ct"] = c(
        [
            "no acute intracranial abnormality",
            "stable ventricular size, catheter tip in right frontal horn",
            "chronic left MCA territory infarct",
            "no hemorrhage, ASPECTS 9",
            "small vessel ischemic change",
        ]
    )
    v["mri"] = c(
        [
            "3 new T2/FLAIR lesions, 1 gadolinium-enhancing",
            "no new or enhancing lesions",
            "left mesial temporal sclerosis",
            "focal cortical dysplasia, right frontal",
            "post-op changes L4-L5, no residual stenosis",
            "DTI tractography completed",
        ]
    )
    v["nav"] = c(
        [
            "O-arm intraop CT, StealthStation S8",
            "Brainlab Curve with Airo CT",
            "7D surface-matched registration",
            "fiducial registration error 0.8 mm",
            "Mazor X robotic guidance",
            "Globus ExcelsiusGPS",
        ]
    )
    v["nav_err"] = f"{n(0.3, 1.9)} mm"
    v["ebl"] = f"{rng.randint(25, 900)} mL"
    v["neuromon"] = c(
        [
            "SSEP/MEP stable throughout",
            "transient 50% MEP drop, recovered with MAP >80",
            "EMG triggered thresholds >8 mA",
            "no free-run EMG activity",
        ]
    )
    v["rtp_step"] = c(
        [
            "Step 1: symptom-limited activity",
            "Step 2: light aerobic exercise",
            "Step 3: sport-specific exercise",
            "Step 4: non-contact training drills",
            "Step 5: full-contact practice",
            "Step 6: return to play",
        ]
    )
    v["sport"] = c(
        [
            "football",
            "soccer",
            "ice hockey",
            "lacrosse",
            "wrestling",
            "rugby",
            "basketball",
            "cheerleading",
            "volleyball",
        ]
    )
    v["position"] = c(
        ["linebacker", "goalkeeper", "forward", "point guard", "flyer", "defender", "wide receiver"]
    )
    v["grade"] = c(["7th", "9th", "10th", "11th", "12th", "2nd", "4th", "kindergarten"])
    v["bp_band"] = c(
        [
            "Section 504 plan",
            "IEP under Other Health Impairment",
            "general education",
            "IEP under Autism eligibility",
        ]
    )
    v["sz_freq"] = c(
        [
            "2-3 per month",
            "weekly clusters",
            "1 in the past 6 months",
            "daily absences",
            "seizure-free 14 months",
        ]
    )
    v["sz_free"] = c(["6 months", "3 months", "12 months", "9 months", "18 months", "2 years"])
    v["state_rule"] = c(
        [
            "6-month seizure-free interval",
            "3-month interval with physician review",
            "12-month interval",
            "interval set by the medical advisory board",
        ]
    )
    v["mA"] = f"{n(0.25, 3.0, 2)} mA"
    v["det"] = str(rng.randint(20, 4800))
    v["ll"] = str(rng.randint(0, 160))
    v["pct"] = str(rng.randint(1, 99))
    v["count"] = str(rng.randint(1, 40))
    v["units"] = str(rng.randint(10, 60))
    v["vial"] = c(["100-unit vial", "200-unit vial", "two 100-unit vials"])
    v["copay_amt"] = f"${rng.randint(0, 75)}"
    v["bin"] = c(["610020", "004336", "015581", "610591", "600428"])
    v["pcn"] = c(["ADV", "MCAIDADV", "9999", "CN", "PDMI"])
    v["rx_group_org"] = c(["Rx Grp RX8813", "RxGRP ECT", "RxGrp 0A7F"])
    v["clia"] = f"{rng.randint(1, 99):02d}D{rng.randint(1000000, 9999999)}"
    v["cap"] = str(rng.randint(1000000, 9999999))
    v["group_npi"] = _npi(rng)
    v["tax_id"] = f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}"
    v["ncpdp"] = str(rng.randint(1000000, 5999999))
    v["ext"] = str(rng.randint(2000, 7999))
    v["page"] = str(rng.randint(2, 6))
    v["ver"] = f"{rng.randint(1, 9)}.{rng.randint(0, 20)}"
    v["hl7ctl"] = str(rng.randint(100000, 999999))
    v["ord"] = f"ORD{rng.randint(100000, 999999)}"
    v["pct_imp"] = f"{rng.randint(10, 80)}%"
    v["gait_speed"] = f"{n(0.4, 1.4, 2)} m/s"
    v["stride"] = f"{n(0.6, 1.5, 2)} m"
    v["tug"] = f"{n(7, 28)} s"
    v["hand"] = c(["right-handed", "left-handed", "ambidextrous"])
    v["edu"] = c(["12", "14", "16", "18", "10", "20"])
    v["mood"] = c(["PHQ-9 = 7", "GAD-7 = 11", "BDI-II = 18", "PHQ-9 = 14", "GDS-15 = 4"])
    v["bmi"] = n(17.5, 41.0)
    return {**{k: (None, val) for k, val in v.items()}, **_specific(rng)}


def _specific(rng: random.Random) -> dict[str, tuple[None, str]]:
    """Look-alikes that must agree with the document type (device models, titrations)."""
    c = rng.choice
    v = {
        "model_dbs": c(
            [
                "Percept PC B35200",
                "Activa SC 37603",
                "Activa RC 37612",
                "Vercise Genus R16",
                "Infinity 7 6660",
            ]
        ),
        "model_vns": c(
            ["AspireSR Model 106", "SenTiva Model 1000", "SenTiva DUO Model 1000-D", "Pulse Model 102"]
        ),
        "model_rns": c(["RNS-320", "RNS-300M"]),
        "model_pump": c(["SynchroMed II 8637-40", "SynchroMed III", "Prometra II 91827"]),
        "model_cpap": c(["AirSense 11", "AirSense 10 AutoSet", "DreamStation 2", "Trilogy Evo"]),
        "titr_aed": c(
            [
                "levetiracetam taper 500 mg/day each day, hold lacosamide from day 2",
                "lamotrigine 25 mg daily x2 wk, 50 mg daily x2 wk, then 100 mg daily",
                "taper lacosamide 50 mg every 3 days; restart at 100 mg BID before discharge",
            ]
        ),
        "titr_adhd": c(
            [
                "methylphenidate ER 18 mg qAM, increase to 27 mg after 1 week if tolerated",
                "guanfacine ER 1 mg qHS, +1 mg/week to 3 mg",
                "lisdexamfetamine 20 mg qAM, increase by 10 mg weekly to 40 mg",
                "atomoxetine 40 mg daily x7 days then 80 mg daily",
            ]
        ),
        "titr_pd": c(
            [
                "carbidopa/levodopa 25/100 one tab TID, increase to 1.5 tab TID in 2 weeks",
                "add entacapone 200 mg with each levodopa dose",
                "pramipexole 0.125 mg TID, +0.125 mg/dose weekly",
                "safinamide 50 mg daily x2 wk then 100 mg",
            ]
        ),
        "titr_sleep": c(
            [
                "pitolisant 8.9 mg daily x1 wk then 17.8 mg daily",
                "modafinil 100 mg qAM, may increase to 200 mg",
                "sodium oxybate 2.25 g at bedtime and 2.25 g 4 h later, +0.75 g/dose weekly",
                "solriamfetol 75 mg qAM",
            ]
        ),
        "titr_als": c(
            [
                "riluzole 50 mg BID",
                "glycopyrrolate 1 mg TID for sialorrhea",
                "baclofen 5 mg TID, +5 mg every 3 days",
            ]
        ),
        "titr_dmd": c(["deflazacort 0.9 mg/kg/day", "prednisone 0.75 mg/kg/day", "vamorolone 6 mg/kg/day"]),
    }
    return {k: (None, x) for k, x in v.items()}
