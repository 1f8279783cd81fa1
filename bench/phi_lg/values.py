"""Values for planted set G (public and community health): invented identities and look-alike filler.

``identifiers(rng)`` gives one invented person/household/context per note, every value typed (a gold
span when a template uses it). ``lookalikes(rng)`` gives clinical and administrative filler that is NOT
an identifier (codes, doses, labs, counts, organisation numbers, years, ages up to 89). Only ``rng`` is
used, so a seed fixes the set.
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime, timedelta

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

NAME, LOC, DATE, AGE = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
PHONE, FAX, EMAIL, URL, IP = PhiType.PHONE, PhiType.FAX, PhiType.EMAIL, PhiType.URL, PhiType.IP_ADDRESS
SSN, MRN, HPID, ACCT, LIC = PhiType.SSN, PhiType.MRN, PhiType.HEALTH_PLAN_ID, PhiType.ACCOUNT, PhiType.LICENSE
VEH, DEV, BIO, PHOTO, OTHER = (
    PhiType.VEHICLE_ID,
    PhiType.DEVICE_ID,
    PhiType.BIOMETRIC,
    PhiType.PHOTO,
    PhiType.OTHER_ID,
)

FIRST_F = [
    "Ana",
    "María José",
    "Guadalupe",
    "Aisha",
    "Fatuma",
    "Hodan",
    "Mei-Ling",
    "Priya",
    "Oksana",
    "Siobhan",
    "Zainab",
    "Ngozi",
    "Yesenia",
    "Dolores",
    "Hope",
    "Rose",
    "Summer",
    "Chelsea",
    "Florence",
    "Georgia",
    "Ivy",
    "Thuy",
    "Kalani",
    "Noor",
    "Esperanza",
    "Bich Ngoc",
    "Hana",
    "Leilani",
    "Marisol",
    "Chioma",
    "Anneliese",
    "Zoë",
    "Renée",
    "Inés",
    "Małgorzata",
    "Shaniqua",
    "Brandy",
    "Patience",
    "Mercy",
    "Destiny",
    "Ayumi",
    "Svetlana",
    "Adaeze",
    "Khadija",
    "Rosa Elena",
    "Tiffany",
    "Wren",
    "Autumn",
    "Nizhoni",
    "Paw Htoo",
]
FIRST_M = [
    "Abdirahman",
    "José Luis",
    "Tomasz",
    "Dmitri",
    "Kwame",
    "Oluwaseun",
    "Hamid",
    "Jun",
    "Minh",
    "Santiago",
    "Rahul",
    "Bill",
    "Austin",
    "Jordan",
    "Cliff",
    "Sterling",
    "Dale",
    "Hunter",
    "Mohammed",
    "Amadou",
    "Ignacio",
    "Tevita",
    "Keanu",
    "Pierre",
    "Seán",
    "Dakota",
    "Wyatt",
    "Efraín",
    "Gustavo",
    "Hyun-woo",
    "Yusuf",
    "Bao",
    "Rashid",
    "DeShawn",
    "Mateo",
    "Chase",
    "Rocky",
    "Lazarus",
    "Eh Say",
    "Ahmad Shah",
    "Tuan",
    "Bogdan",
    "Jean-Baptiste",
    "Cornelius",
    "Royce",
    "Kekoa",
    "Ezra",
    "Moises",
    "Vikram",
    "Obinna",
]
LAST = [
    "Okafor",
    "Nguyen",
    "García-López",
    "de la Cruz",
    "van der Berg",
    "O'Brien",
    "D'Angelo",
    "MacLeod",
    "Hernández",
    "Kowalski",
    "Abdi",
    "Mohamud",
    "Tran",
    "Pham",
    "Castillo",
    "Begay",
    "Yazzie",
    "Stone",
    "Brooks",
    "Rivers",
    "Hill",
    "Marsh",
    "Fields",
    "Washington",
    "Jackson",
    "Sheffield",
    "Bristol",
    "Kim",
    "Park",
    "Choi",
    "Singh",
    "Patel",
    "Chaudhry",
    "Haddad",
    "Al-Masri",
    "Ben-David",
    "Schwartz",
    "Müller",
    "Novak",
    "Ivanova",
    "Petrov",
    "Mensah",
    "Adeyemi",
    "Osei",
    "Tesfaye",
    "Wolde",
    "Baptiste",
    "St. Louis",
    "Fontaine",
    "LeBlanc",
    "Ramírez",
    "Villanueva",
    "dos Santos",
    "Ferreira",
    "Yamamoto",
    "Sato",
    "Lindqvist",
    "Kaur",
    "Tuiasosopo",
    "Fa'alogo",
    "Little Elk",
    "Whitehorse",
    "Young",
    "Bell",
    "Chase",
    "Moreno-Vega",
    "Ó Súilleabháin",
    "Al-Hashimi",
    "Nakamura-Reyes",
    "Htoo",
    "Kahananui",
    "Dubois",
    "Van Houten",
    "Gallo",
    "Oyelaran",
    "Rahimi",
    "Sandoval",
    "Whitfield",
    "Delacroix",
    "Mwangi",
    "Kowalczyk",
    "Ahmadzai",
    "Lowe",
]
NICK = [
    "Lupe",
    "Chuy",
    "Bobby",
    "Peaches",
    "Tiny",
    "Red",
    "Cowboy",
    "Sunshine",
    "Junebug",
    "Sarge",
    "Smiley",
    "Pookie",
    "Bear",
    "Sissy",
    "Dre",
    "Mickey",
    "Gordo",
    "Flaca",
    "Boots",
    "Kiki",
    "Shorty",
    "Doc",
]
STREETS = [
    "Alder",
    "Cascade",
    "Martin Luther King Jr",
    "Juniper",
    "Old Mill",
    "Yakima",
    "Bonanza",
    "Cesar Chavez",
    "Lincoln",
    "Tamarack",
    "Fruitvale",
    "Railroad",
    "Orchard View",
    "Water",
    "Prospect",
    "Elm",
    "Magnolia",
    "Canal",
    "Sunnyside",
    "Pioneer",
    "Chestnut",
    "Riverside",
    "Division",
    "Mission",
    "Grand",
    "Harbor",
    "Laurel Hill",
    "Copper",
    "Nob Hill",
    "Summitview",
]
ST_TYPES = ["St", "Ave", "Street", "Rd", "Blvd", "Way", "Ln", "Ct", "Dr", "Pkwy", "Avenue", "Road", "Pl"]
DIRS = ["", "", "", "N ", "S ", "E ", "W ", "NE ", "SW "]
CITIES = [
    "Riverton",
    "Millbrook",
    "Cedar Falls",
    "Toppenish",
    "Pasco",
    "Lodi",
    "Hemet",
    "Hope",
    "Marion",
    "Florence",
    "Eugene",
    "Chelsea",
    "Paris",
    "Independence",
    "Liberty",
    "Sandy",
    "Chester",
    "Wapato",
    "Harlingen",
    "Delano",
    "Grandview",
    "Kennewick",
    "Sunnyside",
    "Fort Morgan",
    "Moses Lake",
    "Brawley",
    "Woodburn",
    "Othello",
    "Greeley",
    "Dodge City",
    "Garden City",
    "Lewiston",
    "Clarkston",
    "Selah",
    "East Wenatchee",
    "Mount Vernon",
    "Port Angeles",
    "Klamath Falls",
    "Hermiston",
    "Ontario",
]
COUNTIES = [
    "Yakima County",
    "Marlow County",
    "Franklin County",
    "Kings County",
    "Hidalgo County",
    "St. Louis County",
    "Benton County",
    "Grant County",
    "Adams County",
    "Imperial County",
    "Weld County",
    "Finney County",
    "Umatilla County",
    "Malheur County",
    "Skagit County",
    "Clallam County",
    "Okanogan County",
]
NBHD = [
    "Eastgate",
    "Little Saigon",
    "Westside",
    "Boyle Heights",
    "Southpark",
    "Fruitvale",
    "Old Town",
    "Rainier Vista",
    "Hilltop",
    "Barrio Logan",
    "Lents",
    "Cully",
    "White Center",
    "Five Points",
]
STATES = ["WA", "OR", "CA", "TX", "CO", "KS", "ID", "NM", "AZ", "NV"]
AREA = ["509", "541", "503", "206", "253", "559", "760", "956", "970", "620", "208", "505", "360", "971"]
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
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _alnum(rng: random.Random, n: int, chars: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def _luhn_digit(number: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(number)):
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
    letter = last[0].upper() if last[0].isascii() and last[0].isalpha() else "X"
    d = _digits(rng, 6)
    check = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return rng.choice("ABFM") + letter + d + str(check)


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            strict=True,
        )
    )
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    vin = [rng.choice(chars) for _ in range(17)]
    vin[0] = rng.choice("123JKW5")
    total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(vin, weights, strict=True))
    vin[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(vin)


def _imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "99"]) + _digits(rng, 12)
    return body + _luhn_digit(body)


def fmt_date(rng: random.Random, d: date, style: str | None = None) -> str:
    style = style or rng.choice(
        ["mdy", "mdy", "mdy", "mdy_short", "iso", "dmon", "long", "dtext", "mon_d_y", "caps", "mdy_dash"]
    )
    mon = MONTHS[d.month - 1]
    if style == "mdy":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "mdy_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "mdy_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmon":
        return f"{d.day:02d}-{mon[:3]}-{d.year}"
    if style == "long":
        return f"{mon} {d.day}, {d.year}"
    if style == "dtext":
        return f"{d.day} {mon} {d.year}"
    if style == "mon_d_y":
        return f"{mon[:3]} {d.day} {d.year}"
    if style == "caps":
        return f"{d.day:02d}{mon[:3].upper()}{d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "mon_d":
        return f"{mon[:3]} {d.day}"
    if style == "hl7":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "es":
        return f"{d.day} de {MESES[d.month - 1]} de {d.year}"
    if style == "dmy_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    raise ValueError(style)


def _datetime(rng: random.Random, d: date) -> str:
    t = datetime(d.year, d.month, d.day, rng.randint(6, 21), rng.randint(0, 59))
    return rng.choice(
        [
            t.strftime("%m/%d/%Y %H:%M"),
            t.strftime("%Y-%m-%d %H:%M"),
            t.strftime("%Y-%m-%dT%H:%M:%S"),
            t.strftime("%d%b%Y %H%M").upper(),
            t.strftime("%m/%d/%y %I:%M %p"),
        ]
    )


def _person(rng: random.Random, sex: str | None = None, last: str | None = None) -> dict[str, str]:
    sex = sex or rng.choice("FM")
    first = rng.choice(FIRST_F if sex == "F" else FIRST_M)
    last = last or rng.choice(LAST)
    mi = rng.choice(string.ascii_uppercase.replace("X", "").replace("Q", ""))
    full = rng.choice([f"{first} {last}", f"{first} {last}", f"{first} {mi}. {last}"])
    lf = rng.choice([f"{last}, {first}", f"{last}, {first} {mi}.", f"{last.upper()}, {first.upper()}"])
    return {
        "first": first,
        "last": last,
        "mi": mi,
        "full": full,
        "lf": lf,
        "caps": f"{first} {last}".upper(),
        "init": f"{first[0]}. {last}",
        "initials": f"{first[0]}{mi}{last[0]}".upper(),
        "sex": sex,
    }


def _phone(rng: random.Random) -> str:
    a, n = rng.choice(AREA), f"{rng.randint(100, 199):04d}"
    return rng.choice(
        [
            f"({a}) 555-{n}",
            f"{a}-555-{n}",
            f"{a}.555.{n}",
            f"+1 {a} 555 {n}",
            f"1-{a}-555-{n}",
            f"{a} 555 {n}",
            f"{a}555{n}",
            f"({a})555-{n}",
        ]
    )


def _email(rng: random.Random, p: dict[str, str]) -> str:
    f = p["first"].lower().replace(" ", "").replace("'", "")
    l_ = p["last"].lower().replace(" ", "").replace("'", "").replace("-", "")
    f = f.encode("ascii", "ignore").decode() or "x"
    l_ = l_.encode("ascii", "ignore").decode() or "y"
    dom = rng.choice(["example.com", "example.org", "mail.example.net", "inbox.test", "correo.example.com"])
    return rng.choice(
        [
            f"{f}.{l_}@{dom}",
            f"{f[0]}{l_}{rng.randint(1, 99)}@{dom}",
            f"{l_}.{f}{rng.randint(60, 99)}@{dom}",
            f"{f}_{l_[:4]}@{dom}",
        ]
    )


def _street(rng: random.Random) -> str:
    if rng.random() < 0.06:
        return f"PO Box {rng.randint(10, 9999)}"
    if rng.random() < 0.06:
        return f"{rng.randint(100, 99999)} County Road {rng.randint(2, 60)}"
    return f"{rng.randint(1, 9899)} {rng.choice(DIRS)}{rng.choice(STREETS)} {rng.choice(ST_TYPES)}"


def _apt(rng: random.Random) -> tuple[str, str]:
    no = rng.choice(
        [str(rng.randint(1, 40)) + rng.choice("ABCD"), str(rng.randint(101, 420)), str(rng.randint(1, 12))]
    )
    return rng.choice([f"Apt {no}", f"Unit {no}", f"#{no}", f"Apt. {no}", f"Trlr {no}", f"Space {no}"]), no


def _ip(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.3:
        return f"203.0.113.{rng.randint(1, 254)}"
    if kind < 0.55:
        return f"198.51.100.{rng.randint(1, 254)}"
    if kind < 0.75:
        return f"192.0.2.{rng.randint(1, 254)}"
    if kind < 0.9:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"


def _age_words(n: int) -> str:
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {ONES[rest]}" if rest else "")
    tens = {9: "ninety", 8: "eighty"}[n // 10]
    return tens + (f"-{ONES[n % 10]}" if n % 10 else "")


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented person (with household, contacts and staff) and everything that identifies them."""
    v: dict[str, Value] = {}
    base = date(2019, 1, 1) + timedelta(days=rng.randint(0, 2550))
    pt = _person(rng)
    par = _person(rng, last=pt["last"] if rng.random() < 0.6 else None)
    sib = _person(rng, last=pt["last"])
    for key, p in (("pt", pt), ("par", par)):
        for part in ("first", "last", "full", "lf", "caps", "init"):
            v[f"{key}_{part}"] = (NAME, p[part])
    v["pt_first_caps"] = (NAME, pt["first"].upper())
    v["pt_last_caps"] = (NAME, pt["last"].upper())
    v["pt_nick"] = (NAME, rng.choice(NICK))
    v["pt_initials"] = (NAME, pt["initials"])
    v["sib_first"] = (NAME, sib["first"])
    v["sib_full"] = (NAME, sib["full"])
    v["maiden"] = (NAME, rng.choice(LAST))
    for i in range(1, 7):
        p = _person(rng)
        for part in ("first", "last", "full", "lf", "caps", "init", "initials"):
            v[f"p{i}_{part}"] = (NAME, p[part])
        v[f"p{i}_ph"] = (PHONE, _phone(rng))
        v[f"p{i}_dob"] = (
            DATE,
            fmt_date(
                rng, base - timedelta(days=rng.randint(6000, 30000)), rng.choice(["mdy", "iso", "mdy_short"])
            ),
        )
        v[f"p{i}_zip"] = (LOC, f"{rng.randint(10000, 99899):05d}")
        v[f"p{i}_city"] = (LOC, rng.choice(CITIES))
        v[f"p{i}_d"] = (
            DATE,
            fmt_date(rng, base - timedelta(days=rng.randint(0, 20)), rng.choice(["mdy", "md", "iso"])),
        )
        v[f"p{i}_street"] = (LOC, _street(rng))
    staff = {
        k: _person(rng)
        for k in (
            "dr",
            "rn",
            "chw",
            "dis",
            "epi",
            "insp",
            "interp",
            "fd",
            "ho",
            "notary",
            "staff",
            "staff2",
            "landlord",
        )
    }
    for k, p in staff.items():
        v[f"{k}_full"] = (NAME, p["full"])
        v[f"{k}_last"] = (NAME, p["last"])
        v[f"{k}_first"] = (NAME, p["first"])
        v[f"{k}_lf"] = (NAME, p["lf"])
        v[f"{k}_initials"] = (NAME, p["initials"])
    # dates
    adult_dob = base - timedelta(days=rng.randint(18 * 365, 80 * 365))
    kid_dob = base - timedelta(days=rng.randint(200, 17 * 365))
    infant_dob = base - timedelta(days=rng.randint(10, 300))
    age90 = rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104])
    old_dob = base - timedelta(days=age90 * 365 + rng.randint(10, 350))
    v["dob"] = (DATE, fmt_date(rng, adult_dob))
    v["dob_kid"] = (DATE, fmt_date(rng, kid_dob))
    v["dob_inf"] = (DATE, fmt_date(rng, infant_dob))
    v["dob_old"] = (DATE, fmt_date(rng, old_dob))
    v["dob_hl7"] = (DATE, fmt_date(rng, adult_dob, "hl7"))
    v["dob_es"] = (DATE, fmt_date(rng, kid_dob, rng.choice(["es", "dmy_dot", "mdy"])))
    v["age90"] = (AGE, str(age90))
    v["age90w"] = (AGE, _age_words(age90))
    v["age90b"] = (AGE, str(rng.choice([90, 91, 92, 93, 94, 95, 96, 97, 99, 100, 103])))
    v["age90c"] = (AGE, str(rng.choice([90, 91, 92, 94, 96, 98, 101])))
    offsets = {
        "onset": -rng.randint(3, 14),
        "d_exp": -rng.randint(10, 20),
        "d_col": -rng.randint(1, 3),
        "d_res": 0,
        "d_rep": rng.randint(0, 2),
        "d_int": rng.randint(1, 4),
        "d_v1": rng.randint(2, 6),
        "d_v2": rng.randint(7, 10),
        "d_v3": rng.randint(11, 14),
        "d_v4": rng.randint(15, 18),
        "d_v5": rng.randint(19, 22),
        "d_v6": rng.randint(23, 27),
        "d_next": rng.randint(28, 60),
        "d_sign": rng.randint(0, 5),
        "dod": -rng.randint(1, 4),
        "d_end": rng.randint(10, 21),
        "d_prev": -rng.randint(40, 400),
    }
    for k, off in offsets.items():
        v[k] = (DATE, fmt_date(rng, base + timedelta(days=off)))
    v["d_md"] = (DATE, fmt_date(rng, base + timedelta(days=rng.randint(-5, 5)), rng.choice(["md", "mon_d"])))
    v["d_md2"] = (DATE, fmt_date(rng, base + timedelta(days=rng.randint(6, 12)), rng.choice(["md", "mon_d"])))
    v["d_es"] = (DATE, fmt_date(rng, base + timedelta(days=rng.randint(0, 9)), "es"))
    v["d_es2"] = (
        DATE,
        fmt_date(rng, base + timedelta(days=rng.randint(10, 30)), rng.choice(["es", "md", "dmy_dot"])),
    )
    v["d_iso"] = (DATE, fmt_date(rng, base + timedelta(days=rng.randint(0, 3)), "iso"))
    v["d_hl7"] = (DATE, fmt_date(rng, base, "hl7"))
    v["dt1"] = (DATE, _datetime(rng, base))
    v["dt2"] = (DATE, _datetime(rng, base + timedelta(days=rng.randint(0, 2))))
    v["dt3"] = (DATE, _datetime(rng, base + timedelta(days=rng.randint(2, 5))))
    t = datetime(base.year, base.month, base.day, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))
    v["dt_hl7"] = (DATE, t.strftime("%Y%m%d%H%M%S") + rng.choice(["", "-0700", "-0800", "-0600"]))
    v["dt_hl7b"] = (DATE, (t + timedelta(hours=rng.randint(20, 60))).strftime("%Y%m%d%H%M"))
    v["dt_log"] = (DATE, t.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(["Z", "-07:00", ".412Z"]))
    v["dt_log2"] = (DATE, (t + timedelta(minutes=rng.randint(2, 90))).strftime("%Y-%m-%d %H:%M:%S"))
    v["dt_log3"] = (DATE, (t + timedelta(days=1, minutes=rng.randint(2, 90))).strftime("%d/%b/%Y:%H:%M:%S"))
    # places
    city = rng.choice(CITIES)
    v["street"] = (LOC, _street(rng))
    apt, apt_no = _apt(rng)
    v["apt"] = (LOC, apt)
    v["apt_no"] = (LOC, apt_no)
    v["city"] = (LOC, city)
    v["city_caps"] = (LOC, city.upper())
    v["county"] = (LOC, rng.choice(COUNTIES))
    z = rng.randint(10000, 99899)
    v["zip"] = (LOC, f"{z:05d}")
    v["zip4"] = (LOC, f"{z:05d}-{rng.randint(1, 9999):04d}")
    v["nbhd"] = (LOC, rng.choice(NBHD))
    v["street2"] = (LOC, _street(rng))
    v["city2"] = (LOC, rng.choice(CITIES))
    v["zip2"] = (LOC, f"{rng.randint(10000, 99899):05d}")
    v["street3"] = (
        LOC,
        f"{rng.randint(100, 9899)} {rng.choice(DIRS)}{rng.choice(STREETS)} {rng.choice(ST_TYPES)}",
    )
    v["city3"] = (LOC, rng.choice(CITIES))
    v["zip3"] = (LOC, f"{rng.randint(10000, 99899):05d}")
    v["fac_town"] = (
        LOC,
        rng.choice(
            [
                f"{city} Community Health Center",
                f"{city} Regional Medical Center",
                f"St. Brigid Hospital {city}",
                f"{city} Memorial Hospital",
                f"{city} Family Clinic",
                f"Providence {city} Medical Center",
            ]
        ),
    )
    c2 = rng.choice(CITIES)
    v["fac_town2"] = (
        LOC,
        rng.choice(
            [
                f"{c2} Health & Rehabilitation",
                f"{c2} Gardens Care Center",
                f"The Pines at {c2}",
                f"{c2} Veterans Home",
            ]
        ),
    )
    v["work_town"] = (
        LOC,
        rng.choice(
            [
                f"{c2} Cold Storage",
                f"{c2} Packing Company",
                f"{c2} Distribution Center",
                f"{c2} Poultry Plant",
                f"{c2} Dairy",
            ]
        ),
    )
    v["school_town"] = (
        LOC,
        rng.choice(
            [
                f"{city} High School",
                f"{city} Middle School",
                f"{city} Elementary",
                f"{city} Early Learning Center",
            ]
        ),
    )
    v["rest_town"] = (
        LOC,
        rng.choice(
            [f"Taquería {c2}", f"{c2} Diner", f"{c2} Golden Dragon", f"Pho {c2}", f"{c2} Grange Hall"]
        ),
    )
    v["cemetery_town"] = (
        LOC,
        rng.choice(
            [f"{c2} City Cemetery", f"{c2} Crematory", f"Mount Olivet Cemetery, {c2}", f"{c2} Memorial Park"]
        ),
    )
    # contact numbers
    v["ph1"] = (PHONE, _phone(rng))
    v["ph2"] = (PHONE, _phone(rng))
    v["ph3"] = (PHONE, _phone(rng))
    v["ph_staff"] = (
        PHONE,
        _phone(rng) + rng.choice(["", "", " x" + _digits(rng, 3), " ext. " + _digits(rng, 4)]),
    )
    v["ph_org"] = (PHONE, _phone(rng))
    v["fax"] = (FAX, _phone(rng))
    v["fax2"] = (FAX, _phone(rng))
    v["em1"] = (EMAIL, _email(rng, pt))
    v["em2"] = (EMAIL, _email(rng, par))
    v["em_staff"] = (
        EMAIL,
        _email(rng, staff["dis"]).split("@")[0]
        + rng.choice(["@health.example.org", "@lhd.example.org", "@co.example.org"]),
    )
    v["em_dr"] = (
        EMAIL,
        _email(rng, staff["dr"]).split("@")[0] + rng.choice(["@clinic.example.com", "@example.org"]),
    )
    tok = _alnum(rng, rng.randint(8, 14), string.ascii_letters + string.digits)
    v["url1"] = (
        URL,
        rng.choice(
            [
                f"https://portal.example.org/cases/{_digits(rng, 7)}",
                f"https://checkin.example.org/q/{tok}",
                f"https://forms.example.com/s/{tok}?ref={_digits(rng, 5)}",
                f"http://ph-reporting.example.org/case.aspx?id={_digits(rng, 6)}",
                f"https://www.example.com/~{pt['last'].lower()[:5].replace(' ', '')}{_digits(rng, 2)}",
            ]
        ),
    )
    handle = (pt["first"][:4] + pt["last"][:3]).lower().replace(" ", "").replace("'", "") + _digits(
        rng, rng.randint(0, 3)
    )
    handle = handle.encode("ascii", "ignore").decode() or "user"
    v["url_social"] = (
        URL,
        rng.choice(
            [
                f"https://social.example.com/{handle}",
                f"https://www.example.com/profile/{handle}",
                f"instagram.example.com/{handle}",
                f"https://dating.example.net/u/{_digits(rng, 8)}",
            ]
        ),
    )
    v["url_wa"] = (URL, f"https://chat.example.com/send?phone=1{rng.choice(AREA)}5550{rng.randint(100, 199)}")
    v["ip1"] = (IP, _ip(rng))
    v["ip2"] = (IP, _ip(rng))
    # government / clinical numbers
    area = rng.choice([n for n in range(1, 900) if n != 666])
    ssn = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    v["ssn"] = (SSN, rng.choice([ssn, ssn, ssn.replace("-", " "), ssn.replace("-", "")]))
    v["ssn_dash"] = (SSN, ssn)
    v["mrn"] = (
        MRN,
        rng.choice(
            [
                _digits(rng, 8),
                "E" + _digits(rng, 7),
                f"{_digits(rng, 3)}-{_digits(rng, 4)}",
                "MR" + _digits(rng, 6),
                _digits(rng, 6) + "-" + _digits(rng, 1),
            ]
        ),
    )
    v["mrn2"] = (
        MRN,
        rng.choice(
            [_digits(rng, 7), "H" + _digits(rng, 8), f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}"]
        ),
    )
    v["mcd"] = (
        HPID,
        rng.choice(
            [
                _digits(rng, 9) + rng.choice(["WA", "OR", "TX", ""]),
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                rng.choice("ABCDEFGHJKLMNPRSTUVWXY") * 1 + _digits(rng, 8) + rng.choice("ABCDEFGHJK"),
                "MCD-" + _digits(rng, 10),
            ]
        ),
    )
    mbi = (
        rng.choice("123456789")
        + rng.choice("ACDEFGHJKMNPQRTUVWXY")
        + rng.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
        + rng.choice(string.digits)
        + rng.choice("ACDEFGHJKMNPQRTUVWXY")
        + rng.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
        + rng.choice(string.digits)
        + rng.choice("ACDEFGHJKMNPQRTUVWXY")
        + rng.choice("ACDEFGHJKMNPQRTUVWXY")
        + rng.choice(string.digits)
        + rng.choice(string.digits)
    )
    v["mbi"] = (HPID, rng.choice([mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}"]))
    v["member"] = (
        HPID,
        rng.choice(
            [
                "XJH" + _digits(rng, 9),
                _alnum(rng, 3, string.ascii_uppercase) + _digits(rng, 8) + "01",
                "W" + _digits(rng, 9),
                _digits(rng, 11),
            ]
        ),
    )
    v["group"] = (
        HPID,
        rng.choice(
            [
                _digits(rng, 6),
                "GRP " + _digits(rng, 5) + "-" + rng.choice("ABC"),
                _alnum(rng, 2, string.ascii_uppercase) + _digits(rng, 5),
            ]
        ),
    )
    v["acct"] = (
        ACCT,
        rng.choice(
            [
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                "A" + _digits(rng, 9),
                _digits(rng, 10),
            ]
        ),
    )
    v["fin"] = (
        ACCT,
        rng.choice(
            ["V" + _digits(rng, 8), "FIN" + _digits(rng, 9), _digits(rng, 12), "ENC-" + _digits(rng, 7)]
        ),
    )
    v["claim"] = (
        ACCT,
        rng.choice(
            [
                f"CLM-{_digits(rng, 2)}-{_digits(rng, 7)}",
                _digits(rng, 15),
                f"{_digits(rng, 4)}{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 6)}",
            ]
        ),
    )
    card = "6103" + _digits(rng, 12)
    v["ebt"] = (
        ACCT,
        rng.choice(
            [card, f"{card[:4]} {card[4:8]} {card[8:12]} {card[12:]}", "**** " + card[-4:] if False else card]
        ),
    )
    v["npi"] = (LIC, _npi(rng))
    v["dea"] = (LIC, _dea(rng, staff["dr"]["last"]))
    st = rng.choice(STATES)
    v["dl"] = (
        LIC,
        rng.choice(
            [
                "WDL" + _alnum(rng, 9),
                f"D{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                _digits(rng, 9),
                rng.choice(string.ascii_uppercase) + _digits(rng, 7),
                f"{st}-{_digits(rng, 8)}",
            ]
        ),
    )
    v["rn_lic"] = (
        LIC,
        rng.choice(
            [
                "RN" + _digits(rng, 8),
                f"RN.{_digits(rng, 6)}",
                _digits(rng, 7) + "RN",
                "PHN " + _digits(rng, 5),
            ]
        ),
    )
    v["med_lic"] = (
        LIC,
        rng.choice(
            [
                "MD" + _digits(rng, 8),
                "A" + _digits(rng, 5),
                "G" + _digits(rng, 5),
                f"DO.{_digits(rng, 5)}",
                "MD-" + _digits(rng, 6),
            ]
        ),
    )
    v["fd_lic"] = (
        LIC,
        rng.choice(
            [
                "FD " + _digits(rng, 4),
                f"FDE-{_digits(rng, 5)}",
                "L" + _digits(rng, 6),
                f"{_digits(rng, 4)}-FD",
            ]
        ),
    )
    v["notary_lic"] = (
        LIC,
        rng.choice([_digits(rng, 8), f"{_digits(rng, 2)}-{_digits(rng, 6)}", "N" + _digits(rng, 7)]),
    )
    v["ra_lic"] = (
        LIC,
        rng.choice(["LRA-" + _digits(rng, 5), "PB-R-" + _digits(rng, 6), "RA" + _digits(rng, 7)]),
    )
    yr = base.year
    v["cert_no"] = (
        LIC,
        rng.choice(
            [
                f"{_digits(rng, 3)}-{yr % 100:02d}-{_digits(rng, 6)}",
                f"{yr}{_digits(rng, 6)}",
                f"{yr}-{_digits(rng, 3)}-{_digits(rng, 5)}",
                f"SFN {_digits(rng, 9)}",
            ]
        ),
    )
    v["plate"] = (
        VEH,
        rng.choice(
            [
                f"{rng.randint(1, 9)}{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 3)}",
                f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{_digits(rng, 4)}",
                f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {_digits(rng, 3)}",
                f"{_digits(rng, 3)} {_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}",
            ]
        ),
    )
    v["vin"] = (VEH, _vin(rng))
    v["dev_imei"] = (DEV, _imei(rng))
    v["dev_pm"] = (
        DEV,
        rng.choice(
            [
                "PJN" + _digits(rng, 6) + "R",
                "RNL" + _digits(rng, 6) + "H",
                _digits(rng, 8),
                "SN " + _alnum(rng, 10),
            ]
        ).replace("SN ", ""),
    )
    v["dev_pump"] = (
        DEV,
        rng.choice(
            ["NG" + _digits(rng, 7) + "H", _digits(rng, 8), "T" + _alnum(rng, 9), "PUMP-" + _digits(rng, 6)]
        ),
    )
    v["dev_cgm"] = (
        DEV,
        rng.choice([_alnum(rng, 10), "SM" + _digits(rng, 8), f"(01)00386270000385(21){_alnum(rng, 10)}"]),
    )
    v["dev_pox"] = (
        DEV,
        rng.choice(
            [
                "PO-" + _digits(rng, 5) + "-" + rng.choice("ABC"),
                "OX" + _digits(rng, 7),
                f"S/N {_alnum(rng, 4)}-{_digits(rng, 4)}".replace("S/N ", ""),
            ]
        ),
    )
    v["dev_gps"] = (
        DEV,
        rng.choice(["EM-" + _digits(rng, 6), "GPS" + _alnum(rng, 7), _digits(rng, 4) + "-" + _alnum(rng, 5)]),
    )
    v["dev_cuff"] = (
        DEV,
        rng.choice(
            [
                "BPM" + _digits(rng, 8),
                _digits(rng, 9) + "LF",
                f"{_alnum(rng, 2, string.ascii_uppercase)}-{_digits(rng, 7)}",
            ]
        ),
    )
    v["bio_fp"] = (
        BIO,
        rng.choice(
            ["FP-" + _digits(rng, 8), f"FPT{_digits(rng, 4)}-{_alnum(rng, 4)}", "LSCN" + _digits(rng, 10)]
        ),
    )
    v["bio_iris"] = (
        BIO,
        rng.choice(
            ["IRS-" + _alnum(rng, 8), f"IR{_digits(rng, 4)}.{_digits(rng, 4)}", "BIO" + _digits(rng, 9)]
        ),
    )
    v["bio_palm"] = (
        BIO,
        rng.choice(
            ["PV" + _digits(rng, 8), f"PALM-{_alnum(rng, 6)}", _digits(rng, 4) + "-PV-" + _digits(rng, 4)]
        ),
    )
    v["bio_voice"] = (
        BIO,
        rng.choice(["VP-" + _digits(rng, 7), "VOX" + _alnum(rng, 8), f"vprint_{_digits(rng, 6)}"]),
    )
    v["bio_face"] = (
        BIO,
        rng.choice(
            [
                "FT-" + _alnum(rng, 10),
                f"facetpl:{_alnum(rng, 12, 'abcdef0123456789')}",
                "FMT" + _digits(rng, 8),
            ]
        ),
    )
    stem = pt["last"].lower().replace(" ", "").replace("'", "").encode("ascii", "ignore").decode() or "pt"
    v["photo1"] = (
        PHOTO,
        rng.choice(
            [
                f"IMG_{_digits(rng, 4)}.JPG",
                f"{stem}_{pt['first'][0].lower()}_face.jpg",
                f"photo_{_digits(rng, 6)}_front.png",
                f"PX-{_digits(rng, 7)}",
                f"headshot_{_digits(rng, 5)}.jpeg",
                f"DSC{_digits(rng, 5)}.jpg",
            ]
        ),
    )
    v["photo2"] = (
        PHOTO,
        rng.choice(
            [
                f"ID_scan_{_digits(rng, 5)}_front.pdf",
                f"scan{_digits(rng, 4)}_photoID.tif",
                f"PHOTO-{_alnum(rng, 6)}",
                f"selfie_{_digits(rng, 6)}.jpg",
            ]
        ),
    )
    # other unique identifiers
    v["case_id"] = (
        OTHER,
        rng.choice(
            [
                f"{yr % 100:02d}-{_digits(rng, 5)}",
                f"CD{yr}-{_digits(rng, 6)}",
                f"{rng.choice(STATES)}-{_digits(rng, 7)}",
                _digits(rng, 9),
                f"PHIMS {_digits(rng, 8)}",
            ]
        ),
    )
    v["case_id2"] = (
        OTHER,
        rng.choice(
            [f"L{_digits(rng, 6)}", f"{_digits(rng, 4)}-{rng.choice('ABCDEFG')}", f"LHJ-{_digits(rng, 5)}"]
        ),
    )
    v["acc"] = (
        OTHER,
        rng.choice(
            [
                f"PHL{yr % 100:02d}-{_digits(rng, 6)}",
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 8)}",
                f"{yr % 100:02d}M{_digits(rng, 5)}",
                f"A{_digits(rng, 4)}-{_digits(rng, 3)}",
            ]
        ),
    )
    v["spec"] = (
        OTHER,
        rng.choice(
            [
                f"S-{_digits(rng, 5)}-{rng.randint(1, 4)}",
                _digits(rng, 10),
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 6)}",
                f"SP{_digits(rng, 7)}",
            ]
        ),
    )
    anum = _digits(rng, 9)
    v["anum"] = (OTHER, rng.choice([f"A{anum}", f"A {anum[:3]} {anum[3:6]} {anum[6:]}", f"A-{anum}", anum]))
    v["i94"] = (OTHER, _digits(rng, 9) + _alnum(rng, 2))
    v["res_case"] = (
        OTHER,
        rng.choice(
            [
                f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 6)}",
                f"CN-{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 5)}",
            ]
        ),
    )
    v["hmis"] = (OTHER, rng.choice([_digits(rng, 6), "HMIS-" + _digits(rng, 5), f"C{_digits(rng, 7)}"]))
    v["stud_id"] = (
        OTHER,
        rng.choice(
            [_digits(rng, 7), "S" + _digits(rng, 8), f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}"]
        ),
    )
    v["ssp_code"] = (
        OTHER,
        (pt["first"][:2] + pt["last"][:2]).upper().replace(" ", "X").replace("'", "X")
        + f"{rng.randint(1, 12):02d}{rng.randint(40, 99)}"
        + rng.choice(["", "F", "M", "-2"]),
    )
    v["iis_id"] = (
        OTHER,
        rng.choice(
            [
                "IIS" + _digits(rng, 8),
                _digits(rng, 10),
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
            ]
        ),
    )
    v["iis_id2"] = (
        OTHER,
        rng.choice(
            [
                "IIS" + _digits(rng, 8),
                _digits(rng, 10),
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
            ]
        ),
    )
    for i in range(1, 6):
        v[f"cid{i}"] = (
            OTHER,
            rng.choice([f"C{_digits(rng, 5)}-{i}", f"CT-{_digits(rng, 6)}", f"{_digits(rng, 5)}.{i:02d}"]),
        )
    v["court_no"] = (
        OTHER,
        rng.choice(
            [
                f"{yr % 100:02d}-2-{_digits(rng, 5)}-{rng.randint(1, 9)}",
                f"{yr}-MH-{_digits(rng, 4)}",
                f"CV{yr % 100:02d}-{_digits(rng, 5)}",
                f"No. {_digits(rng, 2)}-{_digits(rng, 6)}".replace("No. ", ""),
            ]
        ),
    )
    v["order_no"] = (
        OTHER,
        rng.choice([f"IQ-{_digits(rng, 5)}", f"HO{yr % 100:02d}-{_digits(rng, 4)}", f"{_digits(rng, 6)}Q"]),
    )
    v["permit_no"] = (
        OTHER,
        rng.choice(
            [
                f"BT{yr % 100:02d}-{_digits(rng, 5)}",
                f"{_digits(rng, 3)}-{_digits(rng, 6)}",
                f"DT-{_digits(rng, 7)}",
            ]
        ),
    )
    v["me_case"] = (
        OTHER,
        rng.choice(
            [f"ME{yr % 100:02d}-{_digits(rng, 4)}", f"{yr}-{_digits(rng, 5)}", f"MEO-{_digits(rng, 6)}"]
        ),
    )
    v["hv_id"] = (
        OTHER,
        rng.choice(
            [f"NFP-{_digits(rng, 6)}", f"HV{_digits(rng, 7)}", f"{_digits(rng, 5)}-{rng.choice('AB')}"]
        ),
    )
    v["wic_id"] = (
        OTHER,
        rng.choice([f"{_digits(rng, 10)}", f"FAM-{_digits(rng, 7)}", f"W{_digits(rng, 8)}"]),
    )
    v["rx_no"] = (
        OTHER,
        rng.choice([f"{_digits(rng, 7)}", f"RX{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}"]),
    )
    v["exempt_ref"] = (
        OTHER,
        rng.choice([f"EX-{_digits(rng, 6)}", f"COE{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_alnum(rng, 4)}"]),
    )
    v["complaint_no"] = (
        OTHER,
        rng.choice([f"FBI-{_digits(rng, 5)}", f"CMP{_digits(rng, 7)}", f"{_digits(rng, 6)}"]),
    )
    v["bite_no"] = (
        OTHER,
        rng.choice(
            [f"AB-{_digits(rng, 5)}", f"{_digits(rng, 2)}B{_digits(rng, 5)}", f"RAB{_digits(rng, 6)}"]
        ),
    )
    v["amend_no"] = (
        OTHER,
        rng.choice(
            [f"AMD-{_digits(rng, 7)}", f"{_digits(rng, 4)}-{_digits(rng, 5)}", f"VR{_digits(rng, 8)}"]
        ),
    )
    v["user_id"] = (
        OTHER,
        rng.choice(
            [
                f"u{_digits(rng, 6)}",
                (staff["dis"]["first"][0] + staff["dis"]["last"][:6])
                .lower()
                .replace(" ", "")
                .replace("'", "")
                + _digits(rng, 2),
            ]
        ),
    )
    v["sub_id"] = (
        OTHER,
        rng.choice(
            [f"SUB-{_digits(rng, 8)}", f"R{_digits(rng, 9)}", f"{_alnum(rng, 8, 'abcdef0123456789')}"]
        ),
    )
    v["tag_no"] = (
        OTHER,
        rng.choice([f"{yr}-{_digits(rng, 5)}", f"T{_digits(rng, 6)}", f"{_digits(rng, 4)}"]),
    )
    return v


ORGANISMS = [
    ("Salmonella enterica ser. Enteritidis", "A02.0"),
    ("Shiga toxin-producing E. coli O157:H7", "A04.3"),
    ("Campylobacter jejuni", "A04.5"),
    ("Shigella sonnei", "A03.3"),
    ("Norovirus GII.4", "A08.11"),
    ("Bordetella pertussis", "A37.00"),
    ("Measles virus", "B05.9"),
    ("Hepatitis A virus", "B15.9"),
    ("Mycobacterium tuberculosis complex", "A15.0"),
    ("Neisseria gonorrhoeae", "A54.00"),
    ("Treponema pallidum", "A53.9"),
    ("Legionella pneumophila sg1", "A48.1"),
    ("SARS-CoV-2", "U07.1"),
    ("Influenza A H3N2", "J10.1"),
    ("Listeria monocytogenes", "A32.9"),
    ("Cryptosporidium parvum", "A07.2"),
    ("Mpox virus clade II", "B04"),
    ("Varicella-zoster virus", "B01.9"),
    ("Neisseria meningitidis sg B", "A39.0"),
]
LOINCS = [
    "94500-6",
    "5671-3",
    "43304-5",
    "20507-0",
    "32016-8",
    "71774-4",
    "88520-2",
    "45323-6",
    "29553-5",
    "10351-5",
    "77190-7",
    "60256-5",
    "34468-9",
    "22496-1",
]
DRUGS = [
    "isoniazid 300 mg",
    "rifapentine 900 mg",
    "rifampin 600 mg",
    "pyrazinamide 1500 mg",
    "ethambutol 1200 mg",
    "pyridoxine 25 mg",
    "benzathine penicillin G 2.4 million units IM",
    "ceftriaxone 500 mg IM",
    "doxycycline 100 mg BID x 7 d",
    "azithromycin 1 g PO",
    "naloxone 4 mg nasal",
    "buprenorphine/naloxone 8/2 mg",
    "oseltamivir 75 mg BID",
    "ciprofloxacin 500 mg",
    "succimer 10 mg/kg",
    "ferrous sulfate 3 mg/kg/day",
    "Paxlovid",
    "Narcan",
    "Kloxxado",
    "Priftin",
    "Bicillin L-A",
    "Zubsolv",
    "Tamiflu",
    "Chemet",
]
VACCINES = [
    ("MMR II", "03"),
    ("Tdap (Boostrix)", "115"),
    ("DTaP-IPV (Kinrix)", "130"),
    ("HepB (Engerix-B)", "08"),
    ("Varivax", "21"),
    ("Gardasil 9", "165"),
    ("MenACWY (MenQuadfi)", "203"),
    ("Influenza IIV4", "150"),
    ("PCV20 (Prevnar 20)", "216"),
    ("Hep A (Havrix)", "83"),
    ("Jynneos", "206"),
    ("COVID-19 2024-25 Spikevax", "312"),
    ("IPV (Ipol)", "10"),
    ("Pentacel", "120"),
]
ORGS = [
    "Community Health Alliance",
    "Open Door Harm Reduction",
    "Good Samaritan Free Clinic",
    "Unity Health Clinic",
    "the county health department",
    "Nurse-Family Partnership",
    "Project Homeless Connect",
    "Casa de Salud",
    "the Refugee Health Program",
    "the Childhood Lead Poisoning Prevention Program",
    "Regional Public Health Laboratory",
    "Catholic Charities",
    "Lutheran Community Services",
    "the Salvation Army",
    "WIC Program",
    "SNAP-Ed",
    "the TB Control Program",
    "the Disease Intervention Unit",
    "Healthy Start",
    "the Mobile Health Unit",
]
EPONYMS = [
    "Koplik spots",
    "Guillain-Barré syndrome",
    "Bell's palsy",
    "Hodgkin lymphoma",
    "Graves' disease",
    "Parkinson's disease",
    "Kaposi sarcoma",
    "Reiter's syndrome",
    "Pott's disease",
    "Addison's disease",
    "a Jarisch-Herxheimer reaction",
    "Bitot spots",
    "Lyme disease",
    "Down syndrome",
    "Crohn's disease",
]
ROLES = [
    "the attending",
    "the on-call epidemiologist",
    "the charge nurse",
    "the school nurse",
    "the DIS supervisor",
    "the health officer",
    "the outreach lead",
    "the program manager",
    "the promotora",
    "the case manager",
    "the registrar",
    "the environmental health specialist",
    "the peer navigator",
    "the interpreter",
]
STATUS = ["confirmed", "probable", "suspect", "not a case", "confirmed (lab)", "probable (epi-linked)"]
SPEC_TYPES = [
    "NP swab",
    "stool in Cary-Blair",
    "serum",
    "whole blood (venous)",
    "capillary blood",
    "sputum",
    "urine (first catch)",
    "lesion swab",
    "CSF",
    "isolate on BAP",
]
METHODS = [
    "PCR",
    "RT-PCR",
    "culture",
    "WGS",
    "IGRA (QFT-Plus)",
    "EIA",
    "PFGE",
    "NAAT",
    "RPR/TP-PA",
    "ICP-MS",
    "LeadCare II",
]


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical, administrative and population-level filler that is not an identifier."""
    v: dict[str, Value] = {}

    def put(key: str, text: str) -> None:
        v[key] = (None, text)

    org, icd = rng.choice(ORGANISMS)
    put("organism", org)
    put("icd", icd)
    put(
        "icd2",
        rng.choice(
            [
                "Z20.822",
                "Z11.1",
                "R76.11",
                "Z22.7",
                "Z77.011",
                "R78.71",
                "T56.0X1A",
                "Z59.01",
                "Z59.02",
                "F11.20",
                "T40.1X1A",
                "Z23",
                "Z28.3",
                "Z71.89",
                "Z20.2",
                "W54.0XXA",
                "Z20.3",
            ]
        ),
    )
    put("loinc", rng.choice(LOINCS))
    put("loinc2", rng.choice(LOINCS))
    put("ct", f"{rng.uniform(14, 38):.1f}")
    put("ct2", f"{rng.uniform(14, 38):.1f}")
    put("titre", f"1:{rng.choice([2, 4, 8, 16, 32, 64, 128, 256])}")
    put("titre2", f"1:{rng.choice([1, 2, 4, 8, 16])}")
    put("igra", f"{rng.uniform(0.1, 9.9):.2f} IU/mL")
    put("tst", f"{rng.choice([0, 5, 8, 10, 12, 15, 18, 22])} mm")
    put("bll", f"{rng.uniform(3.5, 44.9):.1f}")
    put("bll2", f"{rng.uniform(2.0, 30.0):.1f}")
    put("mmwr", str(rng.randint(1, 52)))
    put("year", str(rng.randint(2018, 2025)))
    put("year2", str(rng.randint(1890, 1978)))
    put("age_lo", str(rng.randint(18, 89)))
    put("age_lo2", str(rng.randint(60, 89)))
    put("age_lo3", str(rng.randint(70, 89)))
    put("age_kid", str(rng.randint(1, 16)))
    put("age_mo", str(rng.randint(6, 35)))
    put("drug", rng.choice(DRUGS))
    put("drug2", rng.choice(DRUGS))
    put(
        "tb_drug",
        rng.choice(
            [
                "isoniazid 300 mg",
                "rifampin 600 mg",
                "rifapentine 900 mg + INH 900 mg",
                "RIPE (weight-based)",
                "Priftin 900 mg",
            ]
        ),
    )
    put(
        "tb_drug2",
        rng.choice(["pyrazinamide 1500 mg", "ethambutol 1200 mg", "pyridoxine 50 mg", "moxifloxacin 400 mg"]),
    )
    vac, cvx = rng.choice(VACCINES)
    vac2, cvx2 = rng.choice(VACCINES)
    put("vax", vac)
    put("cvx", cvx)
    put("vax2", vac2)
    put("cvx2", cvx2)
    put(
        "lot",
        rng.choice(string.ascii_uppercase)
        + rng.choice(string.ascii_uppercase)
        + _digits(rng, 4)
        + rng.choice(["", "AA", "B"]),
    )
    put("lot2", _alnum(rng, 6))
    put("nlot", rng.choice(["HB", "KK", "NX"]) + _digits(rng, 5))
    put(
        "ndc",
        rng.choice(
            [
                "69547-0353-02",
                "0409-1782-69",
                "50090-2979-0",
                "0093-2264-01",
                "0088-2160-03",
                "60505-0141-1",
                "0006-4999-00",
            ]
        ),
    )
    put(
        "cpt",
        rng.choice(
            [
                "87635",
                "86480",
                "86580",
                "83655",
                "99213",
                "90471",
                "90707",
                "87591",
                "86592",
                "99402",
                "36415",
                "87081",
            ]
        ),
    )
    put(
        "cpt2",
        rng.choice(
            ["99211", "90715", "90686", "87798", "96160", "99406", "G0472", "T1016", "T1017", "S9445"]
        ),
    )
    put("hcpcs", rng.choice(["J0561", "J0696", "J2310", "G2215", "H0020", "T1016", "S5190", "A4215"]))
    put("rate", f"{rng.uniform(0.3, 48.0):.1f}")
    put("rate2", f"{rng.uniform(0.3, 48.0):.1f}")
    put("n1", str(rng.randint(3, 60)))
    put("n2", str(rng.randint(2, 40)))
    put("n3", str(rng.randint(100, 2400)))
    put("n4", str(rng.randint(1, 9)))
    put("pct", f"{rng.uniform(40, 99):.1f}%")
    put("pct2", f"{rng.uniform(1, 30):.1f}%")
    put("tract", f"{rng.randint(1, 98)}{rng.randint(0, 9)}{rng.choice(['', '.01', '.02', '.03'])}")
    put("tract2", f"{rng.randint(1, 98)}{rng.randint(0, 9)}{rng.choice(['', '.01', '.02'])}")
    put("session", f"{rng.randint(20, 25)}-{rng.randint(1, 240):03d}")
    put("program", rng.choice(ORGS))
    put("org", rng.choice(ORGS))
    put(
        "outbreak",
        rng.choice(
            [
                f"OB-{rng.randint(2019, 2025)}-{rng.randint(1, 150):03d}",
                f"{rng.randint(19, 25)}-GI-{rng.randint(1, 60):02d}",
                f"OBK{rng.randint(100, 999)}",
            ]
        ),
    )
    put(
        "jcode",
        rng.choice(
            [
                f"LHJ {rng.randint(1, 39):02d}",
                f"JUR-{rng.randint(100, 999)}",
                f"{rng.randint(1, 56):02d}{rng.randint(1, 200):03d}",
            ]
        ),
    )
    put(
        "form",
        rng.choice(
            [
                f"DOH {rng.randint(100, 999)}-{rng.randint(1, 199):03d}",
                f"PH-{rng.randint(1, 99):02d}",
                f"Form {rng.randint(10, 99)}{rng.choice('ABC')}",
                f"CDC {rng.randint(50, 75)}.{rng.randint(1, 99)}",
            ]
        ),
    )
    put(
        "form_ver",
        rng.choice(
            [
                f"Rev. {rng.randint(2016, 2025)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}",
                f"rev {rng.randint(2018, 2025)}-{rng.randint(1, 4)}",
            ]
        ),
    )
    put(
        "policy",
        rng.choice(
            [
                f"PH-IC-{rng.randint(1, 60):03d}",
                f"Policy {rng.randint(100, 900)}.{rng.randint(1, 20)}",
                f"SOP-EH-{rng.randint(10, 99)}",
            ]
        ),
    )
    put("time", f"{rng.randint(6, 21):02d}{rng.choice(['00', '15', '30', '45', '10', '52'])}")
    put("time2", f"{rng.randint(7, 19)}:{rng.randint(0, 59):02d}")
    put("time3", f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM'])}")
    put(
        "room",
        rng.choice(
            [
                f"Room {rng.randint(100, 450)}",
                f"Rm {rng.randint(1, 30)}",
                f"Exam {rng.randint(1, 6)}",
                f"Bay {rng.randint(1, 4)}",
            ]
        ),
    )
    put("bed", str(rng.randint(1, 120)))
    put("money", f"${rng.randint(5, 900)}.{rng.choice(['00', '50', '25'])}")
    put("bp", f"{rng.randint(98, 178)}/{rng.randint(58, 104)}")
    put("hr", str(rng.randint(54, 118)))
    put("rr", str(rng.randint(12, 26)))
    put("temp", f"{rng.uniform(36.1, 39.4):.1f}")
    put("tempf", f"{rng.uniform(97.0, 103.1):.1f}")
    put("spo2", str(rng.randint(88, 100)))
    put("glucose", str(rng.randint(72, 310)))
    put("a1c", f"{rng.uniform(5.0, 11.8):.1f}")
    put("chol", str(rng.randint(140, 290)))
    put("wt", f"{rng.uniform(48, 130):.1f}")
    put("wt_lb", str(rng.randint(18, 290)))
    put("bmi", f"{rng.uniform(17, 44):.1f}")
    put("hgb", f"{rng.uniform(8.9, 15.2):.1f}")
    put("epds", str(rng.randint(0, 22)))
    put("phq", str(rng.randint(0, 24)))
    put("cd4", str(rng.randint(45, 1100)))
    put("vl", rng.choice(["<20", "not detected", str(rng.randint(40, 250000))]))
    put("eponym", rng.choice(EPONYMS))
    put("eponym2", rng.choice(EPONYMS))
    put("role", rng.choice(ROLES))
    put("role2", rng.choice(ROLES))
    put("status", rng.choice(STATUS))
    put("spec_type", rng.choice(SPEC_TYPES))
    put("method", rng.choice(METHODS))
    put("clia", f"{rng.randint(1, 56):02d}D{_digits(rng, 7)}")
    put("ncpdp", _digits(rng, 7))
    put("grp_npi", _npi(rng))
    put("tax_id", f"{rng.randint(10, 99)}-{_digits(rng, 7)}")
    put("food_permit", rng.choice([f"PR{_digits(rng, 7)}", f"FE-{_digits(rng, 5)}", f"{_digits(rng, 4)}-RF"]))
    put("fh_lic", rng.choice([f"FE {_digits(rng, 4)}", f"FH-{_digits(rng, 5)}", f"Est. #{_digits(rng, 4)}"]))
    put("pwsid", f"{rng.choice(STATES)}{_digits(rng, 7)}")
    put("state", rng.choice(STATES))
    put("state2", rng.choice(STATES))
    put("sex", rng.choice(["F", "M", "X", "U"]))
    put("syr", str(rng.choice([10, 20, 30, 50, 100, 150, 200])))
    put("syr_in", str(rng.randint(0, 240)))
    put("kits", str(rng.randint(1, 6)))
    put("grade", rng.choice(["K", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]))
    put("dot_no", str(rng.randint(1, 90)))
    put("dot_tot", str(rng.choice([56, 84, 120, 168, 182])))
    put("score", str(rng.randint(0, 10)))
    put("pkyr", str(rng.randint(1, 60)))
    put("mins", str(rng.randint(5, 75)))
    put("dist", f"{rng.uniform(0.2, 14.0):.1f}")
    put("county_n", str(rng.randint(3, 39)))
    put("ph_ppb", f"{rng.uniform(0, 48):.1f}")
    put("chlorine", f"{rng.uniform(0.0, 2.2):.1f}")
    put("coliform", rng.choice(["present", "absent", "E. coli present", "<1 MPN/100 mL"]))
    put("nitrate", f"{rng.uniform(0.5, 22):.1f}")
    put("temp_food", str(rng.randint(34, 160)))
    put("pop", f"{rng.randint(2, 900)},{rng.randint(0, 999):03d}")
    put("cvx_lot_exp", f"{rng.randint(2024, 2027)}")
    put("bldg_year", str(rng.randint(1895, 1977)))
    put("xrf", f"{rng.uniform(0.1, 9.8):.1f} mg/cm2")
    put("dust", str(rng.randint(3, 480)))
    put("hep_val", rng.choice(["reactive", "nonreactive", "positive", "negative", "indeterminate"]))
    put("hep_val2", rng.choice(["reactive", "nonreactive", "positive", "negative"]))
    put(
        "result_txt",
        rng.choice(["DETECTED", "POSITIVE", "Reactive", "Isolated", "Not detected", "Presumptive positive"]),
    )
    put("version", f"{rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 20)}")
    put("port", str(rng.choice([443, 8443, 2575, 6661])))
    put("hl7_ver", rng.choice(["2.5.1", "2.5.1", "2.3.1"]))
    put("msg_ctl", _digits(rng, 10))
    put(
        "interp_lang",
        rng.choice(
            [
                "Spanish",
                "Somali",
                "Dari",
                "Pashto",
                "Ukrainian",
                "Karen",
                "Tigrinya",
                "Mam",
                "Vietnamese",
                "Haitian Creole",
                "Arabic",
                "Swahili",
                "Burmese",
            ]
        ),
    )
    put(
        "country",
        rng.choice(
            [
                "Afghanistan",
                "Ukraine",
                "Democratic Republic of the Congo",
                "Guatemala",
                "Burma",
                "Eritrea",
                "Syria",
                "Haiti",
                "Somalia",
                "Venezuela",
            ]
        ),
    )
    put(
        "animal",
        rng.choice(
            ["dog (pit mix)", "cat, stray", "bat", "raccoon", "dog (lab mix)", "feral cat", "skunk", "ferret"]
        ),
    )
    return v
