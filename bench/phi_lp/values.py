"""Values for planted set P (HIV, viral hepatitis and sexual and reproductive health programmes).

``identifiers(rng)`` invents one client and the people, places and numbers around one document;
``lookalikes(rng)`` invents the clinical and administrative filler that is not PHI (labs, regimens,
codes, organisation numbers, kit lots, money, years, ages up to 89). Only ``rng`` is used.
"""

from __future__ import annotations

import datetime as _dt
import math
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- name lists (many origins; particles, hyphens, apostrophes, word-names, nicknames) -------------

FIRST = (
    "Ana",
    "Marisol",
    "Keisha",
    "DeShawn",
    "Tran",
    "Minh",
    "Oluwaseun",
    "Chidi",
    "Fatima",
    "Yusuf",
    "Priya",
    "Rohan",
    "Siobhan",
    "Padraig",
    "Ingrid",
    "Lars",
    "Mateo",
    "Guadalupe",
    "Xiomara",
    "Jae-won",
    "Hye-jin",
    "Kwame",
    "Ama",
    "Nikolai",
    "Svetlana",
    "Tomasz",
    "Agnieszka",
    "Hana",
    "Kenji",
    "Aroha",
    "Tevita",
    "Leilani",
    "Dakota",
    "River",
    "Sky",
    "Hope",
    "Faith",
    "Grace",
    "Summer",
    "Will",
    "Hunter",
    "Chase",
    "Paris",
    "Austin",
    "Jordan",
    "Florence",
    "Brooklyn",
    "Sunny",
    "Rafael",
    "Esperanza",
    "Jean-Luc",
    "Marie-Claire",
    "Zoltan",
    "Eszter",
    "Dmitri",
    "Noor",
    "Omar",
    "Layla",
    "Tariq",
    "Bongani",
    "Thandiwe",
    "Rosalind",
    "Ezekiel",
    "Imani",
    "Jamal",
    "Latoya",
    "Beau",
    "Mercedes",
    "Consuelo",
    "Wen",
    "Xiu",
    "Arjun",
    "Deepika",
    "Giovanni",
    "Chiara",
    "Ahmet",
    "Elif",
    "Sione",
    "Malia",
    "Kai",
    "Rain",
    "Ash",
    "Robin",
    "Frankie",
    "Lupe",
    "Nguyen",
)
NICK = (
    "Bobbie",
    "Tito",
    "Lulu",
    "Kiki",
    "Junior",
    "Nacho",
    "Peaches",
    "Red",
    "Boo",
    "Tee",
    "Mimi",
    "Chuy",
    "Pookie",
    "Skip",
    "Nando",
    "Dee",
)
CHOSEN = (
    "Alex",
    "Jordan",
    "Sam",
    "Rowan",
    "Ezra",
    "Luna",
    "Jade",
    "Nova",
    "Kai",
    "Remy",
    "Ari",
    "Elliot",
    "Quinn",
    "Marlowe",
    "Sage",
    "Indigo",
    "Milo",
    "Valentina",
    "Isadora",
    "Camila",
    "Theo",
    "Juniper",
    "Emery",
    "Skye",
    "Oakley",
    "Phoenix",
    "Wren",
    "August",
)
LAST = (
    "Okafor",
    "Nguyen",
    "Tran",
    "Hernandez-Ruiz",
    "de la Cruz",
    "van der Berg",
    "O'Connell",
    "D'Souza",
    "MacLeod",
    "Kowalczyk",
    "Abernathy",
    "Washington",
    "Jefferson",
    "Baptiste",
    "St. Louis",
    "Oyelaran",
    "Mensah",
    "Achterberg",
    "Schmidt-Weber",
    "Papadopoulos",
    "Haddad",
    "El-Amin",
    "Nakamura",
    "Kim",
    "Park",
    "Singh",
    "Chaudhry",
    "Patel",
    "Iyer",
    "Fonoti",
    "Kealoha",
    "Begay",
    "Yazzie",
    "Running Bear",
    "Whitehorse",
    "Brown",
    "Young",
    "King",
    "Rose",
    "Hope",
    "Baker",
    "Lane",
    "Summers",
    "Stone",
    "Banks",
    "Cross",
    "Church",
    "Holiday",
    "Winter",
    "Sparrow",
    "London",
    "Paris",
    "Jordan",
    "Florence",
    "Chester",
    "Lincoln",
    "Dallas",
    "Mendoza",
    "Villanueva",
    "Delgado",
    "Quispe",
    "Mamani",
    "Ferreira",
    "dos Santos",
    "Okonkwo-Bell",
    "McAllister",
    "Le",
    "Vo",
    "Bui",
    "Ibrahim",
    "Abdullah",
    "Kaya",
    "Yilmaz",
    "Novak",
    "Horvath",
    "Lindqvist",
    "Bjornsson",
    "da Silva",
    "Van Buren",
    "LaFleur",
    "Thibodeaux",
    "Guidry",
    "Ng",
    "Wu",
    "Zhou",
    "Ortiz",
    "Cruz",
)
CITIES = (
    "Millbrook",
    "Riverton",
    "Eastport",
    "Cedar Falls",
    "Fairview",
    "Brookhaven",
    "Lakewood",
    "San Benito",
    "Port Lavaca",
    "Bel Air",
    "De Soto",
    "Mount Vernon",
    "Hope",
    "Florence",
    "Marshall",
    "Greenville",
    "Springdale",
    "Oak Hollow",
    "Silver Creek",
    "Pine Bluff",
    "Las Cruces",
    "Bay St. Louis",
    "Coeur d'Alene",
    "Kennewick",
    "Waycross",
    "Opelousas",
    "Tahlequah",
    "Gallup",
    "Hilo",
    "Homestead",
    "Kingsport",
    "Elko",
    "Yuma",
    "Beaufort",
    "Natchez",
    "Laredo",
    "Paris",
    "Sandpoint",
    "Watsonville",
    "Bristol",
    "Albany",
    "Dover",
    "Salem",
    "Canton",
    "Independence",
)
COUNTIES = (
    "Yolo County",
    "Harlan County",
    "Kings County",
    "St. Clair County",
    "Prince George's County",
    "Hidalgo County",
    "Orleans Parish",
    "Cuyahoga County",
    "Multnomah County",
    "DeKalb County",
    "Pima County",
    "Essex County",
    "Robeson County",
    "Navajo County",
    "Bexar County",
    "Lake County",
)
NBHDS = (
    "Five Points",
    "Little Haiti",
    "Boyle Heights",
    "the Tenderloin",
    "Over-the-Rhine",
    "Midtown",
    "East Side",
    "Montrose",
    "Hyde Park",
    "Uptown",
    "Fruitvale",
    "Pilsen",
    "Southside",
    "Little Saigon",
    "Old Town",
    "Mission District",
)
STREETS = (
    "Oak",
    "Maple",
    "Martin Luther King Jr",
    "Cesar Chavez",
    "Magnolia",
    "Church",
    "Main",
    "Pershing",
    "Division",
    "Lafayette",
    "Peachtree",
    "Harbor",
    "Bayou",
    "Cypress",
    "Juniper",
    "Alameda",
    "Grand",
    "Rosewood",
    "Industrial",
    "Liberty",
    "Mission",
    "Walnut",
    "Elm",
)
STREET_SUF = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Blvd",
    "Rd",
    "Road",
    "Dr",
    "Ln",
    "Way",
    "Ct",
    "Pl",
    "Pkwy",
    "Hwy",
)
FAC_KIND = (
    "Community Health Center",
    "Sexual Health Clinic",
    "Family Planning",
    "Wellness Center",
    "Health Department STD Clinic",
    "Immunology Clinic",
    "Harm Reduction Center",
    "Liver Clinic",
    "Women's Health",
    "FQHC",
    "Pride Health",
)
STATES = (
    "TX",
    "CA",
    "GA",
    "LA",
    "OH",
    "OR",
    "NM",
    "FL",
    "NY",
    "WA",
    "AZ",
    "NC",
    "MS",
    "HI",
    "ID",
    "Texas",
    "Georgia",
    "Louisiana",
    "Ohio",
    "New Mexico",
)
MONTHS = (
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
MESES = (
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
)
AGE_WORDS = {
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
    100: "one hundred",
    101: "one hundred and one",
}


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _nz(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + _d(rng, n - 1)


def _L(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _A(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


def _date(rng: random.Random, lo: int, hi: int) -> _dt.date:
    start = _dt.date(lo, 1, 1).toordinal()
    end = _dt.date(hi, 12, 28).toordinal()
    return _dt.date.fromordinal(rng.randint(start, end))


def _fmt(rng: random.Random, d: _dt.date, *, allow_words: bool = True) -> str:
    styles = [
        "mdy",
        "mdy_short",
        "iso",
        "dmy_mon",
        "long",
        "mon_abbr",
        "mdy_dash",
        "dot",
        "dmy_long",
        "mdy_nopad",
        "es",
        "compact_mon",
    ]
    if not allow_words:
        styles = ["mdy", "mdy_short", "iso", "mdy_dash", "mdy_nopad"]
    s = rng.choice(styles)
    m, dd, y = d.month, d.day, d.year
    if s == "mdy":
        return f"{m:02d}/{dd:02d}/{y}"
    if s == "mdy_short":
        return f"{m}/{dd}/{y % 100:02d}"
    if s == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if s == "dmy_mon":
        return f"{dd:02d}-{MONTHS[m - 1][:3]}-{y}"
    if s == "long":
        return f"{MONTHS[m - 1]} {dd}, {y}"
    if s == "mon_abbr":
        return f"{MONTHS[m - 1][:3]} {dd} {y}"
    if s == "mdy_dash":
        return f"{m:02d}-{dd:02d}-{y}"
    if s == "dot":
        return f"{m}.{dd}.{y}"
    if s == "dmy_long":
        return f"{dd} {MONTHS[m - 1]} {y}"
    if s == "mdy_nopad":
        return f"{m}/{dd}/{y}"
    if s == "es":
        return f"{dd} de {MESES[m - 1]} de {y}"
    return f"{dd:02d}{MONTHS[m - 1][:3].upper()}{y}"


def _person(rng: random.Random) -> tuple[str, str, str]:
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    mid = rng.choice("ABCDEGJKLMNRST")
    return first, last, mid


def _full(rng: random.Random, first: str, last: str, mid: str) -> str:
    s = rng.random()
    if s < 0.45:
        return f"{first} {last}"
    if s < 0.65:
        return f"{first} {mid}. {last}"
    if s < 0.85:
        return f"{last}, {first}"
    return f"{last}, {first} {mid}."


def _phone(rng: random.Random) -> str:
    area = rng.choice(
        (
            "312",
            "713",
            "404",
            "504",
            "216",
            "503",
            "505",
            "305",
            "718",
            "206",
            "520",
            "919",
            "601",
            "808",
            "208",
            "956",
            "239",
            "417",
        )
    )
    line = f"01{_d(rng, 2)}"
    s = rng.randrange(8)
    if s == 0:
        return f"({area}) 555-{line}"
    if s == 1:
        return f"{area}-555-{line}"
    if s == 2:
        return f"{area}.555.{line}"
    if s == 3:
        return f"+1 {area} 555 {line}"
    if s == 4:
        return f"1-{area}-555-{line}"
    if s == 5:
        return f"({area})555-{line}"
    if s == 6:
        return f"{area} 555 {line} x{rng.randint(100, 4999)}"
    return f"555-{line}"


def _email(rng: random.Random, first: str, last: str) -> str:
    f = first.lower().replace(" ", "").replace("'", "").replace("-", "")
    la = last.lower().replace(" ", "").replace("'", "").replace(".", "")
    dom = rng.choice(
        (
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "clinic.test",
            "inbox.test",
            "example.edu",
        )
    )
    s = rng.randrange(5)
    if s == 0:
        local = f"{f}.{la}"
    elif s == 1:
        local = f"{f[0]}{la}{rng.randint(1, 99)}"
    elif s == 2:
        local = f"{la}_{f}"
    elif s == 3:
        local = f"{f}{rng.randint(1970, 2006)}"
    else:
        local = (
            f"{rng.choice(('sunflower', 'bluejay', 'nightowl', 'pinkdiva', 'tacolover', 'sk8r'))}{_d(rng, 3)}"
        )
    return f"{local}@{dom}"


def _street(rng: random.Random) -> str:
    num = rng.randint(2, 29999)
    name = rng.choice(STREETS)
    suf = rng.choice(STREET_SUF)
    s = rng.random()
    if s < 0.15:
        return f"{num} {rng.choice('NSEW')} {name} {suf}"
    if s < 0.25:
        return f"{num} {name} {suf}".upper()
    if s < 0.32:
        return f"{num}-{rng.choice('ABCD')} County Road {rng.randint(2, 900)}"
    if s < 0.37:
        return f"{num} Calle {rng.choice(('Luna', 'Sol', 'Esperanza', 'del Rio'))}"
    return f"{num} {name} {suf}"


def _unit(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCDEF')}",
            f"Unit {rng.randint(1, 399)}",
            f"#{rng.randint(1, 120)}",
            f"Apt. {rng.randint(100, 999)}",
            f"Lot {rng.randint(1, 88)}",
            f"Ste {rng.randint(100, 450)}",
            f"Trlr {rng.randint(1, 60)}",
        )
    )


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(10, 99)}{_d(rng, 3)}"
    return z if rng.random() < 0.75 else f"{z}-{_d(rng, 4)}"


def _ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    s = rng.randrange(4)
    if s == 0:
        return f"{a}-{b}-{c}"
    if s == 1:
        return f"{a} {b} {c}"
    if s == 2:
        return f"{a}{b}{c}"
    return f"{a}-{b}-{c}"


def _plate(rng: random.Random) -> str:
    s = rng.randrange(5)
    if s == 0:
        return f"{_L(rng, 3)}-{_d(rng, 4)}"
    if s == 1:
        return f"{_nz(rng, 1)}{_L(rng, 3)}{_d(rng, 3)}"
    if s == 2:
        return f"{_L(rng, 3)} {_d(rng, 3)}"
    if s == 3:
        return f"{_d(rng, 3)} {_L(rng, 3)}"
    return f"{_L(rng, 2)}{_d(rng, 2)}{_L(rng, 2)}"


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice("12345JKLSWYZ") + "".join(rng.choice(chars) for _ in range(10)) + _d(rng, 6)


def _ip(rng: random.Random) -> str:
    s = rng.randrange(6)
    if s == 0:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    if s == 1:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if s == 2:
        return f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if s == 3:
        return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    return f"{rng.choice((198, 203, 100, 73, 68, 24))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _mrn(rng: random.Random) -> str:
    s = rng.randrange(6)
    if s == 0:
        return _nz(rng, 8)
    if s == 1:
        return f"{_nz(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}"
    if s == 2:
        return f"M{_d(rng, 7)}"
    if s == 3:
        return f"00{_d(rng, 7)}"
    if s == 4:
        return f"E{_d(rng, 9)}"
    return f"{_L(rng, 2)}{_d(rng, 6)}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented client, the people around them and their numbers."""
    first, last, mid = _person(rng)
    chosen = rng.choice(CHOSEN)
    while chosen == first:
        chosen = rng.choice(CHOSEN)
    rel_f, rel_l, rel_m = _person(rng)
    par_f, par_l, _ = _person(rng)
    par2_f, par2_l, _ = _person(rng)
    doc_f, doc_l, doc_m = _person(rng)
    doc2_f, doc2_l, _ = _person(rng)
    cm_f, cm_l, _ = _person(rng)
    rn_f, rn_l, _ = _person(rng)
    ph_f, ph_l, _ = _person(rng)
    city, city2 = rng.sample(CITIES, 2)
    visit = _date(rng, 2021, 2025)
    dob = _date(rng, 1934, 2008)
    age = rng.randint(90, 101)
    rnd_dates = sorted(_date(rng, 2019, 2025) for _ in range(6))
    dt = visit + _dt.timedelta(days=rng.randint(-3, 3))
    hh, mm, ss = rng.randint(6, 21), rng.randint(0, 59), rng.randint(0, 59)
    dtime = rng.choice(
        (
            f"{dt.month:02d}/{dt.day:02d}/{dt.year} {hh:02d}:{mm:02d}",
            f"{dt.isoformat()}T{hh:02d}:{mm:02d}:{ss:02d}",
            f"{dt.isoformat()} {hh:02d}:{mm:02d}:{ss:02d}",
            f"{dt.month}/{dt.day}/{dt.year % 100:02d} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
            f"{dt.year}{dt.month:02d}{dt.day:02d}{hh:02d}{mm:02d}",
        )
    )
    dtime2_d = dt + _dt.timedelta(days=rng.randint(0, 2))
    dtime2 = (
        f"{dtime2_d.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"
    )
    hl7_d = f"{visit.year}{visit.month:02d}{visit.day:02d}{hh:02d}{mm:02d}"
    hl7_dob = f"{dob.year}{dob.month:02d}{dob.day:02d}"
    short_d = _date(rng, 2022, 2025)
    lmp = visit - _dt.timedelta(days=rng.randint(35, 120))
    edd = lmp + _dt.timedelta(days=280)

    fac_town = f"{city} {rng.choice(FAC_KIND)}"
    name_ocr = f"{first} {last}"
    subs = [
        (a, b)
        for a, b in (
            ("l", "1"),
            ("m", "rn"),
            ("o", "0"),
            ("e", "c"),
            ("i", "l"),
            ("S", "5"),
            ("a", "@"),
            ("n", "ri"),
        )
        if a in name_ocr
    ]
    for a, b in rng.sample(subs, min(2, len(subs))):
        name_ocr = name_ocr.replace(a, b, 1)

    v: dict[str, Value] = {
        # names
        "pt": (PhiType.NAME, _full(rng, first, last, mid)),
        "pt_fl": (PhiType.NAME, f"{first} {last}"),
        "pt_first": (PhiType.NAME, first),
        "pt_last": (PhiType.NAME, last),
        "pt_lf": (PhiType.NAME, f"{last}, {first}" if rng.random() < 0.6 else f"{last}, {first} {mid}."),
        "pt_caps": (PhiType.NAME, f"{last.upper()}, {first.upper()}"),
        "pt_hl7": (PhiType.NAME, f"{last.upper()}^{first.upper()}^{mid}"),
        "pt_hl7_last": (PhiType.NAME, last.upper()),
        "pt_hl7_first": (PhiType.NAME, first.upper()),
        "pt_ocr": (PhiType.NAME, name_ocr),
        "nick": (PhiType.NAME, rng.choice(NICK)),
        "chosen": (PhiType.NAME, chosen),
        "chosen_full": (PhiType.NAME, f"{chosen} {last}"),
        "legal": (PhiType.NAME, f"{first} {mid}. {last}" if rng.random() < 0.5 else f"{first} {last}"),
        "deadname_first": (PhiType.NAME, first),
        "rel": (PhiType.NAME, f"{rel_f} {rel_l}"),
        "rel_first": (PhiType.NAME, rel_f),
        "rel2": (PhiType.NAME, _full(rng, rel_f, last, rel_m)),
        "partner": (PhiType.NAME, f"{par_f} {par_l}"),
        "partner_first": (PhiType.NAME, par_f),
        "partner2": (PhiType.NAME, f"{par2_f} {par2_l}"),
        "partner2_first": (PhiType.NAME, par2_f),
        "doc": (PhiType.NAME, f"{doc_f} {doc_m}. {doc_l}" if rng.random() < 0.4 else f"{doc_f} {doc_l}"),
        "doc_last": (PhiType.NAME, doc_l),
        "doc_init": (PhiType.NAME, f"{doc_f[0]}. {doc_l}"),
        "doc2": (PhiType.NAME, f"{doc2_f} {doc2_l}"),
        "doc2_last": (PhiType.NAME, doc2_l),
        "cm": (PhiType.NAME, f"{cm_f} {cm_l}"),
        "cm_first": (PhiType.NAME, cm_f),
        "rn": (PhiType.NAME, f"{rn_f} {rn_l}"),
        "rn_first": (PhiType.NAME, rn_f),
        "pharm": (PhiType.NAME, f"{ph_f} {ph_l}"),
        # dates
        "dob": (PhiType.DATE, _fmt(rng, dob)),
        "dob_num": (PhiType.DATE, _fmt(rng, dob, allow_words=False)),
        "dob_hl7": (PhiType.DATE, hl7_dob),
        "visit": (PhiType.DATE, _fmt(rng, visit)),
        "visit_num": (PhiType.DATE, _fmt(rng, visit, allow_words=False)),
        "visit_hl7": (PhiType.DATE, hl7_d),
        "d1": (PhiType.DATE, _fmt(rng, rnd_dates[0])),
        "d2": (PhiType.DATE, _fmt(rng, rnd_dates[1])),
        "d3": (PhiType.DATE, _fmt(rng, rnd_dates[2], allow_words=False)),
        "d4": (PhiType.DATE, _fmt(rng, rnd_dates[3], allow_words=False)),
        "d5": (PhiType.DATE, _fmt(rng, rnd_dates[4])),
        "d6": (PhiType.DATE, _fmt(rng, rnd_dates[5], allow_words=False)),
        "dtime": (PhiType.DATE, dtime),
        "dtime2": (PhiType.DATE, dtime2),
        "md": (
            PhiType.DATE,
            rng.choice(
                (
                    f"{short_d.month}/{short_d.day}",
                    f"{MONTHS[short_d.month - 1]} {short_d.day}",
                    f"{short_d.day} {MONTHS[short_d.month - 1][:3]}",
                    f"{MONTHS[short_d.month - 1][:3]}. {short_d.day}",
                )
            ),
        ),
        "lmp": (PhiType.DATE, _fmt(rng, lmp, allow_words=False)),
        "edd": (PhiType.DATE, _fmt(rng, edd)),
        # age over 89
        "age90": (PhiType.AGE, str(age) if rng.random() < 0.75 else AGE_WORDS[age]),
        "age90n": (PhiType.AGE, str(age)),
        # places
        "street": (PhiType.LOCATION, _street(rng)),
        "street2": (PhiType.LOCATION, _street(rng)),
        "unit": (PhiType.LOCATION, _unit(rng)),
        "po_box": (
            PhiType.LOCATION,
            rng.choice(
                (
                    f"PO Box {rng.randint(2, 9999)}",
                    f"P.O. Box {rng.randint(2, 9999)}",
                    f"POB {rng.randint(2, 999)}",
                )
            ),
        ),
        "city": (PhiType.LOCATION, city),
        "city_caps": (PhiType.LOCATION, city.upper()),
        "city2": (PhiType.LOCATION, city2),
        "county": (PhiType.LOCATION, rng.choice(COUNTIES)),
        "nbhd": (PhiType.LOCATION, rng.choice(NBHDS).removeprefix("the ")),
        "zip": (PhiType.LOCATION, _zip(rng)),
        "zip2": (PhiType.LOCATION, _zip(rng)),
        "zip5": (PhiType.LOCATION, f"{rng.randint(10, 99)}{_d(rng, 3)}"),
        "fac_town": (PhiType.LOCATION, fac_town),
        # contact
        "phone": (PhiType.PHONE, _phone(rng)),
        "phone2": (PhiType.PHONE, _phone(rng)),
        "cell": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "fax2": (PhiType.FAX, _phone(rng)),
        "email": (PhiType.EMAIL, _email(rng, first, last)),
        "email_cm": (PhiType.EMAIL, _email(rng, cm_f, cm_l)),
        "email_doc": (PhiType.EMAIL, _email(rng, doc_f, doc_l)),
        "url": (
            PhiType.URL,
            rng.choice(
                (
                    f"https://portal.example.org/msg/{_d(rng, 7)}",
                    f"https://telehealth.example.com/join/{_A(rng, 4).lower()}-{_A(rng, 4).lower()}-{_A(rng, 3).lower()}",
                    f"https://adap-apply.example.gov.test/app?id={_A(rng, 10)}",
                    f"http://www.example.com/~{first.lower().replace(' ', '')}{_d(rng, 2)}",
                    f"https://mychart.example.org/prep/visit/{_nz(rng, 9)}",
                    f"https://copay.example.com/enroll/{_A(rng, 12).lower()}",
                )
            ),
        ),
        "url2": (
            PhiType.URL,
            rng.choice(
                (
                    f"https://docs.example.net/share/{_A(rng, 16).lower()}",
                    f"https://esign.example.com/s/{_A(rng, 8)}",
                    f"www.example.org/u/{last.lower().replace(' ', '').replace(chr(39), '')}-{_d(rng, 4)}",
                    f"https://forms.example.test/r/{_A(rng, 6)}",
                )
            ),
        ),
        "ip": (PhiType.IP_ADDRESS, _ip(rng)),
        "ip2": (PhiType.IP_ADDRESS, _ip(rng)),
        # national and record numbers
        "ssn": (PhiType.SSN, _ssn(rng)),
        "mrn": (PhiType.MRN, _mrn(rng)),
        "mrn2": (PhiType.MRN, _mrn(rng)),
        "mrn_ocr": (PhiType.MRN, _nz(rng, 7).replace("0", "O").replace("1", "l", 1)),
        # plans
        "mbr": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_L(rng, 3)}{_d(rng, 9)}",
                    f"W{_d(rng, 9)}",
                    f"{_d(rng, 9)}-0{rng.randint(1, 4)}",
                    f"ZGP{_d(rng, 8)}",
                    f"U{_d(rng, 8)} 0{rng.randint(1, 3)}",
                )
            ),
        ),
        "mcaid": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_L(rng, 2)}{_d(rng, 5)}{_L(rng, 1)}",
                    _nz(rng, 11),
                    f"{_d(rng, 8)}{_L(rng, 1)}",
                    f"5{_d(rng, 9)}",
                )
            ),
        ),
        "mbi": (
            PhiType.HEALTH_PLAN_ID,
            f"{rng.randint(1, 9)}{_L(rng, 1)}{_A(rng, 1)}{_d(rng, 1)}-{_L(rng, 1)}{_A(rng, 1)}{_d(rng, 1)}-{_L(rng, 2)}{_d(rng, 2)}",
        ),
        "grp": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice((_nz(rng, 6), f"GRP-{_d(rng, 5)}", f"{_A(rng, 2)}{_d(rng, 4)}A", f"0{_d(rng, 7)}")),
        ),
        "adap_id": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"ADAP-{_d(rng, 7)}",
                    f"AD{_d(rng, 8)}",
                    f"{_L(rng, 2)}-ADAP-{_d(rng, 5)}",
                    f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 2)}",
                )
            ),
        ),
        "copay_id": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice((f"{_d(rng, 11)}", f"CP{_d(rng, 9)}", f"{_d(rng, 3)} {_d(rng, 4)} {_d(rng, 4)}")),
        ),
        "copay_grp": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice((f"EC{_d(rng, 8)}", f"{_d(rng, 8)}", f"OHCP{_d(rng, 4)}")),
        ),
        # accounts
        "acct": (
            PhiType.ACCOUNT,
            rng.choice((_nz(rng, 9), f"A{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 6)}", f"PA{_d(rng, 10)}")),
        ),
        "fin": (
            PhiType.ACCOUNT,
            rng.choice((_nz(rng, 10), _d(rng, 8), f"V{_d(rng, 9)}", f"{_d(rng, 3)}{_L(rng, 1)}{_d(rng, 6)}")),
        ),
        "claim": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    f"{_d(rng, 2)}{_d(rng, 3)}{_L(rng, 1)}{_d(rng, 8)}",
                    f"CLM-{_d(rng, 10)}",
                    f"{_d(rng, 13)}",
                    f"{_nz(rng, 4)} {_d(rng, 4)} {_d(rng, 5)}",
                )
            ),
        ),
        "util_acct": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    f"{_d(rng, 4)}-{_d(rng, 5)}-{_d(rng, 3)}",
                    _nz(rng, 12),
                    f"{_d(rng, 10)}-{rng.randint(1, 9)}",
                )
            ),
        ),
        # licences
        "npi": (PhiType.LICENSE, rng.choice("12") + _d(rng, 9)),
        "npi2": (PhiType.LICENSE, rng.choice("12") + _d(rng, 9)),
        "dea": (
            PhiType.LICENSE,
            f"{rng.choice('ABFM')}{doc_l.replace(' ', '').replace(chr(39), '')[0].upper()}{_d(rng, 7)}",
        ),
        "lic": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"MD{_d(rng, 6)}",
                    f"RN{_d(rng, 7)}",
                    f"{_L(rng, 1)}{_d(rng, 5)}",
                    f"APRN.{_d(rng, 6)}",
                    f"{_d(rng, 2)}-{_d(rng, 6)}",
                    f"NP-{_d(rng, 5)}",
                )
            ),
        ),
        "dl": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"{_L(rng, 1)}{_d(rng, 7)}",
                    f"{_L(rng, 1)}{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}-0",
                    _nz(rng, 9),
                    f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
                    f"{_L(rng, 2)}{_d(rng, 6)}",
                )
            ),
        ),
        "bc": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"{rng.randint(100, 199)}-{rng.randint(1970, 2008)}-{_d(rng, 6)}",
                    f"BC{_d(rng, 9)}",
                    f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 6)}",
                )
            ),
        ),
        # vehicles
        "plate": (PhiType.VEHICLE_ID, _plate(rng)),
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        # devices
        "dev_sn": (
            PhiType.DEVICE_ID,
            rng.choice((f"SN{_d(rng, 8)}", f"{_L(rng, 2)}{_d(rng, 7)}", f"{_d(rng, 10)}", _A(rng, 9))),
        ),
        "dev_lot": (
            PhiType.DEVICE_ID,
            rng.choice(
                (
                    f"{_L(rng, 1)}{_d(rng, 6)}",
                    f"{_d(rng, 7)}{_L(rng, 1)}",
                    f"LOT{_d(rng, 5)}",
                    f"{_L(rng, 2)}{_d(rng, 4)}{_L(rng, 1)}",
                )
            ),
        ),
        "udi": (
            PhiType.DEVICE_ID,
            f"(01)0{_d(rng, 13)}(17){_d(rng, 6)}(10){_L(rng, 1)}{_d(rng, 5)}(21){_d(rng, 7)}",
        ),
        "udi_di": (PhiType.DEVICE_ID, f"0{_d(rng, 13)}"),
        "dev_sn2": (PhiType.DEVICE_ID, f"{_L(rng, 3)}-{_d(rng, 6)}"),
        # biometrics and photos
        "bio": (
            PhiType.BIOMETRIC,
            rng.choice(
                (
                    f"FP-{_A(rng, 10)}",
                    f"fpt_{_d(rng, 8)}_{rng.choice(('R2', 'L2', 'R1', 'L1'))}",
                    f"BIO{_d(rng, 9)}",
                    f"{_A(rng, 8).lower()}.fmr",
                )
            ),
        ),
        "palm": (
            PhiType.BIOMETRIC,
            rng.choice((f"PV-{_d(rng, 10)}", f"PALM{_A(rng, 8)}", f"pv_tpl_{_d(rng, 7)}")),
        ),
        "voice": (
            PhiType.BIOMETRIC,
            rng.choice(
                (f"VP-{_d(rng, 6)}-{_L(rng, 2)}", f"vprint_{_A(rng, 10).lower()}", f"VOX{_d(rng, 8)}")
            ),
        ),
        "photo": (
            PhiType.PHOTO,
            rng.choice(
                (
                    f"IMG_{visit.year}{visit.month:02d}{visit.day:02d}_{_d(rng, 4)}.jpg",
                    f"photo_{last.lower().replace(' ', '_').replace(chr(39), '')}_{_d(rng, 4)}.png",
                    f"PH{_d(rng, 8)}",
                    f"headshot-{_d(rng, 6)}.jpeg",
                    f"DSC{_d(rng, 5)}.JPG",
                    f"ptphoto_{_d(rng, 7)}.jpg",
                )
            ),
        ),
        "photo2": (
            PhiType.PHOTO,
            rng.choice(
                (
                    f"PHOTO-ID-{_d(rng, 7)}",
                    f"id_scan_front_{_d(rng, 5)}.jpg",
                    f"selfie_{_A(rng, 6).lower()}.heic",
                    f"IMG-{_d(rng, 4)}-{_d(rng, 4)}.jpg",
                )
            ),
        ),
        # other unique ids
        "urn": (
            PhiType.OTHER_ID,
            f"{first[:2].upper()}{last.replace(' ', '').replace(chr(39), '')[:2].upper()}{dob.month:02d}{dob.day:02d}{dob.year % 100:02d}{rng.choice('MFTU')}",
        ),
        "client_id": (
            PhiType.OTHER_ID,
            rng.choice((f"RW-{_d(rng, 6)}", f"C{_d(rng, 7)}", f"{_d(rng, 5)}-{_L(rng, 2)}")),
        ),
        "ssp_code": (
            PhiType.OTHER_ID,
            f"{rel_f[:2].upper()}{dob.month:02d}{rng.choice('MFX')}{last.replace(' ', '').replace(chr(39), '')[:1].upper()}{dob.year % 100:02d}",
        ),
        "anon_code": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"A{_d(rng, 2)}-{_L(rng, 3)}-{_d(rng, 3)}",
                    f"{_L(rng, 2)}{_d(rng, 5)}{_L(rng, 1)}",
                    f"ANON-{_d(rng, 6)}",
                    f"{_d(rng, 4)}{_L(rng, 2)}{_d(rng, 2)}",
                )
            ),
        ),
        "acc": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"{visit.year % 100:02d}-{_L(rng, 2)}-{_d(rng, 6)}",
                    f"S{_d(rng, 9)}",
                    f"ACC{_d(rng, 8)}",
                    f"{_L(rng, 1)}{_d(rng, 2)}-{_d(rng, 5)}",
                )
            ),
        ),
        "spec": (
            PhiType.OTHER_ID,
            rng.choice((f"{_d(rng, 10)}", f"SP-{_d(rng, 7)}", f"{_L(rng, 3)}{_d(rng, 6)}")),
        ),
        "rx": (
            PhiType.OTHER_ID,
            rng.choice((f"Rx{_d(rng, 7)}", f"{_nz(rng, 7)}", f"{_d(rng, 2)}-{_d(rng, 6)}", _d(rng, 8))),
        ),
        "pa": (
            PhiType.OTHER_ID,
            rng.choice((f"PA{_d(rng, 9)}", f"{_L(rng, 2)}-{_d(rng, 8)}", f"{_d(rng, 12)}")),
        ),
        "case_no": (
            PhiType.OTHER_ID,
            rng.choice(
                (f"{visit.year}-{_d(rng, 5)}", f"CM{_d(rng, 6)}", f"{_L(rng, 3)}-{_d(rng, 4)}-{_d(rng, 3)}")
            ),
        ),
        "court_no": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"{visit.year % 100:02d}-CV-{_d(rng, 5)}",
                    f"NC{_d(rng, 7)}",
                    f"{visit.year}-PR-{_d(rng, 4)}",
                )
            ),
        ),
        "stateno": (
            PhiType.OTHER_ID,
            rng.choice((f"{_d(rng, 2)}{_d(rng, 7)}", f"ST{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 5)}")),
        ),
        "field_rec": (
            PhiType.OTHER_ID,
            rng.choice((f"FR{_d(rng, 7)}", f"{visit.year}{_d(rng, 6)}", f"IXS-{_d(rng, 6)}")),
        ),
        "ref_no": (
            PhiType.OTHER_ID,
            rng.choice((f"REF-{_d(rng, 8)}", f"{_L(rng, 2)}{_d(rng, 8)}", f"R{_d(rng, 10)}")),
        ),
        "pap_id": (
            PhiType.OTHER_ID,
            rng.choice((f"PAP{_d(rng, 8)}", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 4)}", f"GA-{_A(rng, 8)}")),
        ),
        "emp_id": (PhiType.OTHER_ID, rng.choice((f"E{_d(rng, 6)}", f"{_d(rng, 7)}", f"EMP-{_d(rng, 5)}"))),
        "student_id": (PhiType.OTHER_ID, rng.choice((f"S{_d(rng, 8)}", f"{_d(rng, 9)}"))),
        "study_id": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"PRP-{_d(rng, 3)}-{_d(rng, 4)}",
                    f"SUBJ{_d(rng, 5)}",
                    f"{_L(rng, 2)}{_d(rng, 2)}-{_d(rng, 3)}",
                )
            ),
        ),
        "passport": (PhiType.OTHER_ID, rng.choice((f"{_d(rng, 9)}", f"{_L(rng, 1)}{_d(rng, 8)}"))),
        "ept_no": (PhiType.OTHER_ID, rng.choice((f"EPT-{_d(rng, 6)}", f"{_L(rng, 2)}{_d(rng, 6)}P"))),
        "voucher": (
            PhiType.OTHER_ID,
            rng.choice((f"GC-{_d(rng, 4)}-{_d(rng, 4)}", f"{_d(rng, 12)}", f"TV{_d(rng, 7)}")),
        ),
    }
    return v


# --- look-alikes (NOT PHI) -------------------------------------------------------------------------

REGIMENS = (
    "BIC/FTC/TAF (Biktarvy)",
    "DTG/3TC (Dovato)",
    "DTG + FTC/TAF",
    "CAB/RPV LA (Cabenuva)",
    "DRV/c/FTC/TAF (Symtuza)",
    "EVG/c/FTC/TAF",
    "DTG/ABC/3TC (Triumeq)",
    "RPV/FTC/TAF (Odefsey)",
    "DOR/3TC/TDF",
    "DTG/RPV (Juluca)",
    "EFV/FTC/TDF",
    "RAL 400 mg BID + FTC/TDF",
)
PREP = (
    "F/TDF (Truvada) 200/300 mg daily",
    "F/TAF (Descovy) 200/25 mg daily",
    "CAB-LA 600 mg IM q2mo",
    "F/TDF 2-1-1 event-driven",
    "lenacapavir SC q6mo",
)
PEP = ("BIC/FTC/TAF x 28 days", "DTG 50 mg + FTC/TDF x 28d", "RAL 400 mg BID + F/TDF x 28 days")
HCV_RX = (
    "sofosbuvir/velpatasvir (Epclusa) x 12 wk",
    "glecaprevir/pibrentasvir (Mavyret) x 8 wk",
    "ledipasvir/sofosbuvir (Harvoni) x 8 wk",
    "sofosbuvir/velpatasvir/voxilaprevir (Vosevi) x 12 wk",
)
GENO_HIV = (
    "K103N",
    "M184V",
    "M184V/I",
    "K65R",
    "Y181C",
    "G190A",
    "no major RAMs",
    "E138K",
    "T215Y",
    "L90M",
    "N155H",
    "wild type",
)
GENO_HCV = ("GT1a", "GT1b", "GT2", "GT3a", "GT4", "GT6")
ICD = (
    "Z21",
    "B20",
    "Z11.4",
    "Z20.6",
    "Z11.3",
    "Z30.011",
    "Z30.017",
    "Z30.430",
    "Z30.46",
    "Z30.09",
    "Z32.01",
    "Z32.02",
    "Z33.1",
    "B18.2",
    "B17.10",
    "B19.20",
    "B18.1",
    "A54.9",
    "A56.19",
    "A53.9",
    "A51.0",
    "Z72.51",
    "Z79.899",
    "Z20.2",
    "F11.20",
    "Z87.891",
    "F64.0",
    "Z01.419",
    "N89.8",
    "R76.8",
)
CPT = (
    "87389",
    "87536",
    "87806",
    "86703",
    "87491",
    "87591",
    "86592",
    "86780",
    "86803",
    "87522",
    "11981",
    "11982",
    "11983",
    "58300",
    "58301",
    "81025",
    "99213",
    "99214",
    "99401",
    "96372",
    "36415",
    "87661",
    "H0038",
    "G0475",
    "G0432",
    "G0433",
    "T1016",
)
HCPCS = (
    "J7307 etonogestrel implant",
    "J7300 copper IUD",
    "J7298 LNG-IUS 52 mg",
    "J7301 LNG-IUS 13.5 mg",
    "J7296 LNG-IUS 19.5 mg",
    "J1050 medroxyprogesterone 1 mg",
    "J0561 penicillin G benzathine 100,000 U",
    "J0696 ceftriaxone 250 mg",
    "J0741 cabotegravir/rilpivirine",
    "J0739 cabotegravir 1 mg",
)
NDC = (
    "61958-2501-1",
    "61958-2002-1",
    "0052-0274-01",
    "50419-0431-01",
    "49702-0246-13",
    "0009-0746-30",
    "61958-2201-1",
    "0074-2625-28",
    "49702-0231-13",
    "0078-0668-15",
    "52544-0954-28",
    "60505-0141-0",
)
LOINC = (
    "25836-8",
    "20447-9",
    "24467-3",
    "8128-1",
    "11011-4",
    "32286-7",
    "43304-5",
    "43305-2",
    "75622-1",
    "48159-8",
    "5196-1",
    "2106-3",
    "20507-0",
    "57006-9",
)
SNOMED = ("86406008", "165816005", "235869004", "429434008", "268556000", "169553002", "40521000119100")
ORGS = (
    "Positive Pathways",
    "the AIDS service organization",
    "Harbor Light Family Planning",
    "Unity Specialty Pharmacy",
    "Lambda Community Services",
    "the county health department",
    "Rainbow Harm Reduction Collective",
    "Bridgeway Case Management",
    "CarePoint Labs",
    "Northstar Specialty Rx",
    "Quest-style reference lab",
    "the Part B office",
    "Sunrise Women's Clinic",
)
BRANDS = (
    "Nexplanon",
    "Mirena",
    "Kyleena",
    "Liletta",
    "Skyla",
    "Paragard",
    "Depo-Provera",
    "Xulane",
    "NuvaRing",
    "Annovera",
    "Opill",
    "ella",
    "Plan B One-Step",
    "Twirla",
    "Phexxi",
    "OraQuick ADVANCE",
    "INSTI",
    "Determine HIV-1/2 Ag/Ab Combo",
    "Narcan 4 mg",
    "Kloxxado",
    "Biktarvy",
    "Descovy",
    "Apretude",
    "Sunlenca",
    "Epclusa",
    "Mavyret",
    "Bicillin L-A",
)
EPONYMS = (
    "Kaposi sarcoma",
    "Pneumocystis jirovecii",
    "Fitz-Hugh-Curtis syndrome",
    "Reiter's arthritis",
    "Bartholin cyst",
    "Skene glands",
    "Graves' disease",
    "Hodgkin lymphoma",
    "Burkitt lymphoma",
    "Hashimoto thyroiditis",
    "Asherman syndrome",
    "Chadwick sign",
    "Hegar sign",
    "Child-Pugh class A",
    "Jarisch-Herxheimer reaction",
    "Castleman disease",
    "Guillain-Barre",
    "Parkinson disease",
)
ROLES = (
    "the attending",
    "the PrEP navigator",
    "the DIS",
    "the charge nurse",
    "the on-call ID fellow",
    "the medical case manager",
    "the peer navigator",
    "the clinical pharmacist",
    "the front desk",
    "the benefits counselor",
    "the outreach worker",
    "the APRN",
    "the HCV coordinator",
)
KITS = (
    "OraQuick ADVANCE",
    "INSTI HIV-1/HIV-2",
    "Determine Combo",
    "Chembio DPP HIV-Syphilis",
    "OraQuick HCV",
    "Alere Determine",
    "Clearview COMPLETE",
    "hCG cassette QuickVue",
)


def _kit_lot(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(2300, 2599)}{rng.choice('ABCDK')}{rng.randint(10, 99)}",
            f"{_L(rng, 1)}{_d(rng, 6)}",
            f"{_d(rng, 7)}",
            f"LOT {_d(rng, 2)}{_L(rng, 2)}{_d(rng, 3)}",
        )
    )


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler: none of it is an identifier."""
    cd4 = rng.randint(12, 1450)
    vl_val = rng.choice((0, 0, 0, rng.randint(21, 199), rng.randint(200, 9999), rng.randint(10000, 890000)))
    vl = "<20 copies/mL (target not detected)" if vl_val == 0 else f"{vl_val:,} copies/mL"
    ga_w, ga_d = rng.randint(5, 23), rng.randint(0, 6)
    yr = rng.randint(1984, 2024)
    hr_ = rng.randint(6, 20)
    mins = rng.randint(0, 59)
    rw_part = rng.choice(("Part A", "Part B", "Part C", "Part D", "Part F"))
    v: dict[str, Value] = {
        "cd4": (None, f"{cd4} cells/mm3"),
        "cd4n": (None, str(cd4)),
        "cd4pct": (None, f"{rng.randint(3, 48)}%"),
        "vl": (None, vl),
        "vl_n": (None, "<20" if vl_val == 0 else str(vl_val)),
        "vl_log": (None, "<1.30" if vl_val == 0 else f"{max(1.3, math.log10(vl_val)):.2f}"),
        "vl_lim": (
            None,
            rng.choice(("<20 copies/mL", "<40 copies/mL", "<50 copies/mL", "LLOQ 20", "TND", "<200")),
        ),
        "geno": (None, rng.choice(GENO_HIV)),
        "geno2": (None, rng.choice(GENO_HIV)),
        "hcv_geno": (None, rng.choice(GENO_HCV)),
        "regimen": (None, rng.choice(REGIMENS)),
        "regimen2": (None, rng.choice(REGIMENS)),
        "prep": (None, rng.choice(PREP)),
        "pep": (None, rng.choice(PEP)),
        "hcv_rx": (None, rng.choice(HCV_RX)),
        "tanner": (None, f"Tanner {rng.choice(('II', 'III', 'IV', 'V', '4', '5'))}"),
        "hcg": (
            None,
            rng.choice(
                (f"{rng.randint(5, 250000):,} mIU/mL", "<5 mIU/mL", "positive (urine)", "negative (urine)")
            ),
        ),
        "ga": (
            None,
            rng.choice(
                (f"{ga_w}w{ga_d}d", f"{ga_w} weeks {ga_d} days", f"{ga_w}+{ga_d} wks", f"GA {ga_w}.{ga_d}")
            ),
        ),
        "ga_w": (None, str(ga_w)),
        "gp": (
            None,
            f"G{rng.randint(1, 6)}P{rng.randint(0, 4)}{rng.randint(0, 1)}{rng.randint(0, 3)}{rng.randint(0, 4)}",
        ),
        "icd": (None, rng.choice(ICD)),
        "icd2": (None, rng.choice(ICD)),
        "icd3": (None, rng.choice(ICD)),
        "cpt": (None, rng.choice(CPT)),
        "cpt2": (None, rng.choice(CPT)),
        "hcpcs": (None, rng.choice(HCPCS)),
        "ndc": (None, rng.choice(NDC)),
        "loinc": (None, rng.choice(LOINC)),
        "loinc2": (None, rng.choice(LOINC)),
        "snomed": (None, rng.choice(SNOMED)),
        "rev": (None, rng.choice(("0300", "0301", "0510", "0636", "0250", "0921"))),
        "drg": (None, rng.choice(("MS-DRG 974", "MS-DRG 975", "MS-DRG 977", "DRG 441", "DRG 770"))),
        "kit": (None, rng.choice(KITS)),
        "kit_lot": (None, _kit_lot(rng)),
        "kit_lot2": (None, _kit_lot(rng)),
        "kit_exp": (None, f"{rng.randint(2025, 2027)}"),
        "vax_lot": (None, f"{_L(rng, 2)}{_d(rng, 4)}"),
        "form": (
            None,
            rng.choice(
                (
                    f"Form RW-{rng.randint(1, 40):02d} v{rng.randint(1, 9)}.{rng.randint(0, 9)}",
                    f"HRSA form {rng.randint(10, 99)}-{rng.randint(100, 999)}",
                    f"OPA-FP-{rng.randint(100, 999)} rev. {rng.randint(2018, 2024)}",
                    f"DSHS {rng.randint(1000, 9999)}-A",
                    "CMS-1500 claim form",
                )
            ),
        ),
        "policy": (
            None,
            rng.choice(
                (
                    f"Policy {rng.randint(1, 12)}.{rng.randint(1, 40)}",
                    f"P&P CL-{rng.randint(100, 450)}",
                    f"SOP-LAB-{rng.randint(10, 99)}",
                    f"Standing Order #{rng.randint(3, 48)}",
                )
            ),
        ),
        "time": (None, f"{hr_:02d}:{mins:02d}"),
        "time2": (
            None,
            f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('am', 'pm', 'AM', 'PM'))}",
        ),
        "year": (None, str(yr)),
        "year2": (None, str(rng.randint(2010, 2024))),
        "age": (None, str(rng.randint(15, 89))),
        "age2": (None, str(rng.randint(2, 89))),
        "eponym": (None, rng.choice(EPONYMS)),
        "brand": (None, rng.choice(BRANDS)),
        "brand2": (None, rng.choice(BRANDS)),
        "larc": (None, rng.choice(("Nexplanon", "Mirena", "Kyleena", "Liletta", "Skyla", "Paragard T380A"))),
        "contra": (
            None,
            rng.choice(
                (
                    "Depo-Provera",
                    "Xulane patch",
                    "NuvaRing",
                    "Annovera",
                    "Opill",
                    "Slynd",
                    "Junel Fe 1/20",
                    "Sprintec",
                    "Twirla",
                    "Phexxi",
                    "condoms + ella backup",
                )
            ),
        ),
        "nalox": (
            None,
            rng.choice(("Narcan 4 mg", "Kloxxado 8 mg", "naloxone 0.4 mg/mL IM x2", "RiVive 3 mg")),
        ),
        "art_brand": (
            None,
            rng.choice(
                (
                    "Biktarvy",
                    "Descovy",
                    "Dovato",
                    "Symtuza",
                    "Cabenuva",
                    "Apretude",
                    "Triumeq",
                    "Odefsey",
                    "Sunlenca",
                    "Epclusa",
                    "Mavyret",
                )
            ),
        ),
        "fridge": (None, f"{rng.uniform(36.0, 46.0):.1f}"),
        "role": (None, rng.choice(ROLES)),
        "role2": (None, rng.choice(ROLES)),
        "org": (None, rng.choice(ORGS)),
        "room": (None, f"Rm {rng.randint(1, 30)}" if rng.random() < 0.5 else f"Exam {rng.randint(1, 12)}"),
        "bed": (None, f"Bay {rng.randint(1, 8)}"),
        "money": (None, f"${rng.randint(5, 4200):,}.{rng.randint(0, 99):02d}"),
        "money2": (None, f"${rng.randint(100, 78000):,}"),
        "fpl": (None, f"{rng.randint(40, 500)}%"),
        "hh_size": (None, str(rng.randint(1, 7))),
        "grant": (
            None,
            rng.choice(
                (f"H89HA{_d(rng, 5)}", f"X07HA{_d(rng, 5)}", f"H76HA{_d(rng, 5)}", f"H12HA{_d(rng, 5)}")
            ),
        ),
        "titlex_grant": (None, f"FPHPA{_d(rng, 6)}"),
        "b340": (
            None,
            rng.choice(
                (
                    f"STD{_d(rng, 6)}",
                    f"RWII{_d(rng, 5)}",
                    f"RWB{_d(rng, 5)}",
                    f"FP{_d(rng, 6)}",
                    f"CH{_d(rng, 6)}",
                )
            ),
        ),
        "clia": (None, f"{rng.randint(10, 99)}D{_d(rng, 7)}"),
        "fac_npi": (None, rng.choice("12") + _d(rng, 9)),
        "ncpdp": (None, _d(rng, 7)),
        "tax_id": (None, f"{_d(rng, 2)}-{_d(rng, 7)}"),
        "bin": (None, rng.choice(("610020", "004682", "610524", "600426", "015814", "610279"))),
        "pcn": (None, rng.choice(("PDMI", "CN", "LOYALTY", "OHCP", "01920000", "ADV"))),
        "clinic_code": (
            None,
            rng.choice(
                (
                    f"CLN-{rng.randint(10, 99)}",
                    f"STD{rng.randint(1, 9)}",
                    f"FP{rng.randint(100, 999)}",
                    f"site {rng.randint(1, 30):02d}",
                    f"DEPT {rng.randint(1000, 9999)}",
                )
            ),
        ),
        "rw_part": (None, rw_part),
        "bp": (None, f"{rng.randint(96, 168)}/{rng.randint(56, 102)}"),
        "hr": (None, str(rng.randint(52, 118))),
        "temp": (None, f"{rng.uniform(97.0, 101.2):.1f}"),
        "wt": (
            None,
            f"{rng.randint(98, 290)} lb" if rng.random() < 0.6 else f"{rng.uniform(42, 130):.1f} kg",
        ),
        "bmi": (None, f"{rng.uniform(16.5, 44.0):.1f}"),
        "cr": (None, f"{rng.uniform(0.5, 1.9):.2f}"),
        "egfr": (None, str(rng.randint(38, 130))),
        "alt": (None, str(rng.randint(9, 240))),
        "ast": (None, str(rng.randint(11, 210))),
        "plt": (None, str(rng.randint(60, 420))),
        "hcv_rna": (
            None,
            rng.choice(
                (
                    f"{rng.randint(1200, 9000000):,} IU/mL",
                    "not detected",
                    "<15 IU/mL",
                    f"{rng.uniform(3.1, 7.2):.2f} log IU/mL",
                )
            ),
        ),
        "fib4": (None, f"{rng.uniform(0.4, 5.8):.2f}"),
        "apri": (None, f"{rng.uniform(0.2, 2.9):.2f}"),
        "kpa": (None, f"{rng.uniform(3.5, 28.0):.1f} kPa"),
        "hbv": (
            None,
            rng.choice(
                (
                    "HBsAg neg / anti-HBs 8 mIU/mL",
                    "HBsAg neg, anti-HBc neg, anti-HBs >1000",
                    "HBsAg POS, HBV DNA 1,240 IU/mL",
                    "HBsAg nonreactive",
                )
            ),
        ),
        "rpr": (
            None,
            rng.choice(
                ("RPR NR", "RPR 1:8", "RPR 1:32 (TP-PA reactive)", "RPR 1:2 serofast", "RPR nonreactive")
            ),
        ),
        "gc_ct": (
            None,
            rng.choice(
                (
                    "NAAT GC neg / CT POS (urine)",
                    "GC/CT neg x3 sites",
                    "pharyngeal GC POS",
                    "rectal CT POS, GC neg",
                    "GC POS (urethral), CT neg",
                )
            ),
        ),
        "hiv_ab": (
            None,
            rng.choice(
                (
                    "HIV-1/2 Ag/Ab nonreactive",
                    "4th gen Ag/Ab NR",
                    "reactive, confirmed by HIV-1/2 differentiation",
                    "preliminary positive (rapid)",
                )
            ),
        ),
        "dose": (
            None,
            rng.choice(
                (
                    "1 tab PO daily",
                    "2 tabs PO now then 1 daily x2",
                    "600 mg IM gluteal",
                    "2.4 MU IM x1",
                    "doxycycline 100 mg PO BID x 7 days",
                    "ceftriaxone 500 mg IM once",
                    "azithromycin 1 g PO x1",
                    "doxy-PEP 200 mg within 72 h",
                    "metronidazole 500 mg BID x7d",
                    "150 mg IM q13wk",
                )
            ),
        ),
        "phq": (None, f"PHQ-9 {rng.randint(0, 27)}"),
        "audit": (None, f"AUDIT-C {rng.randint(0, 12)}"),
        "pain": (None, f"{rng.randint(0, 10)}/10"),
        "pct": (None, f"{rng.randint(70, 100)}%"),
        "minutes": (None, str(rng.choice((15, 20, 25, 30, 40, 45, 60)))),
        "miles": (None, f"{rng.uniform(3, 140):.1f}"),
        "units": (None, str(rng.randint(1, 200))),
        "syringes": (None, str(rng.choice((10, 20, 40, 50, 100, 200)))),
        "st": (None, rng.choice(STATES)),
        "sofo": (None, rng.choice(("400 mg", "400/100 mg", "300/120 mg"))),
        "weeks": (None, str(rng.choice((8, 12, 16, 24)))),
        "van": (None, rng.choice(("Mobile Unit 2", "the outreach van", "Van #4", "the mobile clinic"))),
        "kit_name": (None, rng.choice(KITS)),
        "ext": (None, str(rng.randint(200, 4999))),
        "pct_adh": (None, f"{rng.randint(60, 100)}%"),
        "dsm": (
            None,
            rng.choice(
                ("F64.0 gender dysphoria in adolescents and adults", "F64.1", "gender incongruence (HA60)")
            ),
        ),
        "hormone": (
            None,
            rng.choice(
                (
                    "estradiol valerate 20 mg IM q2wk",
                    "testosterone cypionate 80 mg SC weekly",
                    "estradiol 4 mg SL daily + spironolactone 100 mg BID",
                    "testosterone gel 1.62% 40.5 mg daily",
                )
            ),
        ),
        "labs_e2": (None, f"estradiol {rng.randint(40, 320)} pg/mL, total T {rng.randint(8, 900)} ng/dL"),
        "gauge": (None, rng.choice(('27G 1/2"', '28G 5/16"', '29G 1/2"', "31G 6mm", '25G 1"'))),
        "icd_sti": (None, rng.choice(("A54.01", "A56.01", "A53.9", "A59.01", "A60.04", "Z20.2", "A51.31"))),
        "ver": (None, f"v{rng.randint(1, 12)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"),
    }
    return v
