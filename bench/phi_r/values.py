"""Values for planted set R (health-system back office): one invented identity per note, and look-alikes.

``identifiers(rng)`` returns ``key -> (PhiType | None, text)``: a typed value becomes a gold span, a
``None`` one (a state, a relationship) is ordinary text. ``lookalikes(rng)`` returns untyped filler only:
billing and coding codes, money, payer and plan names without a person, form numbers, hospital policy
numbers, years alone, times, ages up to 89, phone-tree options, extensions, labs and vitals.
Everything is drawn from ``rng`` (never the global ``random``) and is invented.
"""

from __future__ import annotations

import datetime as dt
import random

from mediflow.quality.phi_types import PhiType as T

Value = tuple[T | None, str]

# --- people --------------------------------------------------------------------------------------

FIRST = (
    "Ana",
    "José",
    "Mariana",
    "Luis",
    "Guadalupe",
    "Wei",
    "Mei-Ling",
    "Jun",
    "Hyun-woo",
    "Ji-yeon",
    "Thanh",
    "Huong",
    "Minh",
    "Priya",
    "Rajesh",
    "Anjali",
    "Sanjay",
    "Fatima",
    "Omar",
    "Yusuf",
    "Layla",
    "Amara",
    "Chinedu",
    "Ngozi",
    "Oluwaseun",
    "Kwame",
    "Abena",
    "Dmitri",
    "Svetlana",
    "Katarzyna",
    "Wojciech",
    "Siobhan",
    "Declan",
    "Niamh",
    "Eleni",
    "Giorgos",
    "Anders",
    "Bjørn",
    "Ingrid",
    "Zoë",
    "Hope",
    "Faith",
    "Summer",
    "Dallas",
    "Austin",
    "Georgia",
    "Brooklyn",
    "Rose",
    "Hunter",
    "Mason",
    "Paris",
    "Jordan",
    "Sky",
    "Dakota",
    "Sage",
    "Winter",
    "Chase",
    "Earl",
    "Gus",
    "Tomás",
    "Inés",
    "Joaquín",
    "Beatriz",
    "Aroha",
    "Tevita",
    "Malia",
    "Keanu",
    "Nizhoni",
    "Jean-Baptiste",
    "Marie-Claire",
    "Wilner",
    "Fabiola",
    "Hamid",
    "Parisa",
    "Aziz",
    "Nasra",
    "Abdirahman",
    "Hodan",
    "Ravi",
    "Deepa",
    "Kofi",
    "Esi",
    "Yael",
    "Moshe",
    "Shira",
    "Akiko",
    "Haruto",
    "Kenji",
    "Olga",
    "Pavel",
    "Mateus",
    "Thiago",
    "Leilani",
    "Bao",
    "Lan",
    "Dorothy",
    "Eugene",
    "Mildred",
    "Harold",
    "Gertrude",
    "Clarence",
    "Vernon",
    "Opal",
    "Ruby",
    "Pearl",
    "Amos",
    "Ezekiel",
    "Tariq",
    "Ifeoma",
    "Siddharth",
    "Rosalind",
    "Marguerite",
    "Florence",
    "Imogen",
    "Crispin",
    "Astrid",
    "Lucía",
    "Ximena",
    "Rigoberto",
    "Celestine",
    "Augustin",
    "Precious",
    "Destiny",
    "Royal",
    "Major",
    "Bishop",
    "Cash",
    "Sunny",
    "Lark",
    "Reed",
)
OLD_FIRST = (
    "Dorothy",
    "Eugene",
    "Mildred",
    "Harold",
    "Gertrude",
    "Clarence",
    "Vernon",
    "Opal",
    "Ruby",
    "Pearl",
    "Amos",
    "Florence",
    "Marguerite",
    "Augustin",
    "Celestine",
    "Wilhelmina",
    "Otis",
    "Beulah",
    "Thelma",
    "Chester",
    "Ignatius",
    "Hazel",
    "Lorraine",
    "Bertha",
    "Yoshiko",
    "Consuelo",
    "Estelle",
    "Wendell",
    "Aurelio",
    "Matilde",
    "Hyacinth",
    "Sadie",
    "Rosario",
    "Cornelius",
    "Edna",
    "Mabel",
)
NICK = (
    "Bobby",
    "Peggy",
    "Chuy",
    "Lupe",
    "Bill",
    "Liz",
    "Sandy",
    "Mac",
    "Tito",
    "Nene",
    "Bud",
    "Dot",
    "Kiki",
    "Sonny",
    "Tink",
    "Red",
    "Junior",
    "Babe",
    "Pops",
    "Cici",
    "Dee",
    "Sully",
)
LAST = (
    "Morales",
    "Nguyen",
    "Okafor",
    "Kowalczyk",
    "O'Connor",
    "D'Angelo",
    "de la Cruz",
    "van der Berg",
    "Van Dyke",
    "dos Santos",
    "al-Sayed",
    "Abdi",
    "Haile",
    "Nakamura",
    "Kim",
    "Park",
    "Patel",
    "Venkataraman",
    "Chatterjee",
    "Zhang",
    "Liu",
    "Tran",
    "Pham",
    "Mensah",
    "Adeyemi",
    "Nwosu",
    "Hughes",
    "Baker",
    "Young",
    "Rich",
    "Bell",
    "Church",
    "English",
    "Little",
    "Wood",
    "Fox",
    "Street",
    "Winter",
    "Moon",
    "Brown",
    "Black",
    "Banks",
    "Cross",
    "Hill",
    "Hall",
    "Ivanova",
    "Petrov",
    "Novak",
    "Horvath",
    "Papadopoulos",
    "Lindqvist",
    "Johansson",
    "MacLeod",
    "McAllister",
    "Ní Bhriain",
    "St. Pierre",
    "LaFleur",
    "Baptiste",
    "Jean-Louis",
    "Etienne",
    "Nguyen-Holloway",
    "García-Márquez",
    "Smith-Okonkwo",
    "Begay",
    "Yazzie",
    "Tsosie",
    "Kealoha",
    "Fonoti",
    "Tuilagi",
    "Cohen",
    "Levi",
    "Rosenberg",
    "Schwartz",
    "Müller",
    "Schäfer",
    "Dubois",
    "Lefèvre",
    "Rossi",
    "Bianchi",
    "Esposito",
    "Kaur",
    "Singh",
    "Gill",
    "Hussain",
    "Rahman",
    "Chowdhury",
    "Ahmadi",
    "Karimi",
    "Haddad",
    "Khoury",
    "Mwangi",
    "Otieno",
    "Diallo",
    "Traoré",
    "Santos",
    "Ferreira",
    "Oliveira",
    "Castillo",
    "Jiménez",
    "Nuñez",
    "Quispe",
    "Mamani",
    "Ramos",
    "Reyes",
    "Flores",
    "Washington",
    "Freeman",
    "Holloway",
    "Whitfield",
    "Thornbury",
    "Ashdown",
    "Kingsley",
    "Lockhart",
    "Pennington",
    "Vance",
    "Delacroix",
    "Ferrante",
    "Villanueva",
    "Ybarra",
    "Zamora",
    "Oyelaran",
    "Adebayo",
    "Kovač",
    "Dvořák",
    "Wiśniewski",
    "Yilmaz",
    "Öztürk",
    "Sato",
    "Takahashi",
    "Watanabe",
    "Lim",
    "Tan",
    "Goh",
    "Huang",
    "Cheung",
    "Wong",
    "Dlamini",
    "Brooks",
    "Rivers",
    "London",
    "Hamilton",
    "Price",
    "Summers",
    "Marsh",
    "Story",
    "Sterling",
    "Gentry",
)

# --- places --------------------------------------------------------------------------------------

TOWNS = (
    "Lindenport",
    "Marrow Falls",
    "East Quillen",
    "Port Hadley",
    "Cinder Springs",
    "Ashgrove",
    "New Calder",
    "Fennimore",
    "Oakhaven",
    "Bramwell",
    "Dunmore Heights",
    "Salt Creek",
    "Greyhaven",
    "Willow Bend",
    "Tamsin",
    "Harlan Crossing",
    "Lake Orrin",
    "Kestrel Point",
    "Ridgefell",
    "Brackenridge",
    "Sorrel Valley",
    "Mount Ketter",
    "Holloway Junction",
    "Paxton Mills",
    "Verlaine",
    "Saint Odile",
    "Crestmoor",
    "Lower Addis",
    "Juniper Flats",
    "Benton Ferry",
    "Hope",
    "Liberty",
    "Eden",
    "Carthage Springs",
    "North Wexley",
    "Glenmora",
    "Fairhollow",
    "Stillwater Gap",
    "Quenby",
    "Alder Prairie",
)
COUNTIES = (
    "Harlow",
    "Pell",
    "Ostrander",
    "Bexley",
    "Marsh",
    "Quill",
    "Tennant",
    "Garrow",
    "Ysleta",
    "Cobb Hollow",
    "Winslow",
    "Redbank",
    "Ambrose",
    "Calder",
)
STATES = (
    "OH",
    "PA",
    "NY",
    "TX",
    "CA",
    "IL",
    "GA",
    "NC",
    "MI",
    "AZ",
    "WA",
    "MN",
    "MO",
    "NM",
    "OR",
    "VA",
    "KY",
    "WI",
    "CO",
    "MA",
    "NJ",
    "FL",
    "LA",
    "IA",
)
STREETS = (
    "Ostrander",
    "Juniper",
    "Carver",
    "Mill Creek",
    "Kessler",
    "Old Post",
    "Larkspur",
    "Magnolia",
    "Fennel",
    "Harbor View",
    "Quarry",
    "Pinecrest",
    "Wexford",
    "Cobblestone",
    "Tanager",
    "Bellwether",
    "Sycamore",
    "Laurel Hollow",
    "Dunmore",
    "Prospect",
    "King",
    "Main",
    "Church",
    "Water",
    "Orchard",
    "Canal",
    "Ridgeback",
    "Sumac",
    "Tollgate",
    "Ferris",
    "Abernathy",
    "Lamplighter",
    "Cedar Knoll",
    "Willowmere",
    "Martin Luther King Jr",
    "Calle Sol",
    "Rue Champlain",
    "Saint Vincent",
    "Depot",
    "Railroad",
)
ST_TYPES = (
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
    "Pl",
    "Circle",
    "Trail",
)
DIRS = ("", "", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ")
FACILITY_PATTERNS = (
    "{t} Regional Medical Center",
    "{t} Community Hospital",
    "St. Brendan's Hospital of {t}",
    "{t} Surgery Center",
    "{t} Memorial Hospital",
    "Good Samaritan - {t}",
    "{t} Family Health Center",
    "{t} Rehabilitation Hospital",
    "{t} Veterans Home",
    "Mercy {t} Campus",
)
FIRMS = (
    "Harbor Legal Aid",
    "Brightwater Law Group",
    "Northgate Legal Services PLLC",
    "Keel & Anchor Law Offices",
    "Meridian Elder Law LLC",
    "Summit Trial Lawyers",
)

# --- formats -------------------------------------------------------------------------------------

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
MON = tuple(m[:3] for m in MONTHS)
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _a(rng: random.Random, n: int, alphabet: str = UPPER) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _rand_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


def fmt_date(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    style = style or rng.choice(
        (
            "us",
            "us",
            "us",
            "us_short",
            "iso",
            "iso",
            "dmy_mon",
            "long",
            "long",
            "dlong",
            "mon_d",
            "us_dash",
            "us_dot",
            "us_nopad",
        )
    )
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy_mon":
        return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
    if style == "long":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == "dlong":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == "mon_d":
        return f"{MON[d.month - 1]} {d.day} {d.year}"
    if style == "us_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "us_dot":
        return f"{d.month:02d}.{d.day:02d}.{d.year}"
    if style == "x12":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    if style == "caps":
        return f"{d.day:02d}{MON[d.month - 1].upper()}{d.year}"
    if style == "es":
        meses = (
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
        return f"{d.day} de {meses[d.month - 1]} de {d.year}"
    raise ValueError(style)


def _time(rng: random.Random, style: str | None = None) -> str:
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    style = style or rng.choice(("24", "24s", "ampm", "mil"))
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "24s":
        return f"{h:02d}:{m:02d}:{s:02d}"
    if style == "mil":
        return f"{h:02d}{m:02d}"
    return f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"


def fmt_datetime(rng: random.Random, d: dt.date) -> str:
    style = rng.choice(("us", "iso_t", "iso_sp", "short", "dmy"))
    if style == "iso_t":
        return f"{d.isoformat()}T{_time(rng, '24s')}"
    if style == "iso_sp":
        return f"{d.isoformat()} {_time(rng, '24s')}"
    if style == "short":
        return f"{fmt_date(rng, d, 'us_short')} {_time(rng, 'ampm')}"
    if style == "dmy":
        return f"{fmt_date(rng, d, 'dmy_mon')} {_time(rng, '24')}"
    return f"{fmt_date(rng, d, 'us')} {_time(rng, '24')}"


def _month_year(rng: random.Random, d: dt.date) -> str:
    return rng.choice(
        (
            f"{d.month:02d}/{d.year}",
            f"{MON[d.month - 1]} {d.year}",
            f"{d.month:02d}/{d.year % 100:02d}",
            f"{MONTHS[d.month - 1]} {d.year}",
        )
    )


def _phone(rng: random.Random, toll_free: bool = False) -> str:
    area = rng.choice(("800", "888", "877", "866")) if toll_free else str(rng.randint(201, 989))
    line = f"01{rng.randint(0, 99):02d}"
    style = rng.choice(("paren", "dash", "dot", "plus", "one", "plain", "paren_nosp"))
    if style == "paren":
        return f"({area}) 555-{line}"
    if style == "paren_nosp":
        return f"({area})555-{line}"
    if style == "dash":
        return f"{area}-555-{line}"
    if style == "dot":
        return f"{area}.555.{line}"
    if style == "plus":
        return f"+1 {area} 555 {line}"
    if style == "one":
        return f"1-{area}-555-{line}"
    return f"{area}555{line}"


def _ssn(rng: random.Random) -> str:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(("-", "-", "-", " ", ""))
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def _luhn_digit(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _d(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    first = rng.choice("ABFGM")
    initial = next(
        (c.upper() for c in last if c.isalpha() and c.upper() in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "X"
    )
    ds = [rng.randint(0, 9) for _ in range(6)]
    check = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return first + initial + "".join(map(str, ds)) + str(check)


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    c = [
        str(rng.randint(1, 9)),
        rng.choice(letters),
        rng.choice(an),
        str(rng.randint(0, 9)),
        rng.choice(letters),
        rng.choice(an),
        str(rng.randint(0, 9)),
        rng.choice(letters),
        rng.choice(letters),
        str(rng.randint(0, 9)),
        str(rng.randint(0, 9)),
    ]
    s = "".join(c)
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}", s))


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    translit = dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
            strict=False,
        )
    )
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    v = [rng.choice("1234JKLSWYZ"), rng.choice(chars), rng.choice(chars)] + [
        rng.choice(chars) for _ in range(5)
    ]
    v += ["0", rng.choice("GHJKLMNPRST"), rng.choice(chars)] + [str(rng.randint(0, 9)) for _ in range(6)]
    total = sum((int(ch) if ch.isdigit() else translit[ch]) * w for ch, w in zip(v, weights, strict=False))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v)


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_a(rng, 3)}{_d(rng, 3)}",
            f"{_a(rng, 3)}-{_d(rng, 4)}",
            f"{_a(rng, 3)} {_d(rng, 4)}",
            f"{_a(rng, 2)}{rng.randint(1, 9)} {_a(rng, 1)}{_d(rng, 3)}",
            f"{_d(rng, 3)} {_a(rng, 3)}",
            f"{_a(rng, 3)}{_d(rng, 3)}",
            f"{_d(rng, 2)}-{_a(rng, 2)}-{_d(rng, 2)}",
        )
    )


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
        )
    )


_NUM_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _age_words(n: int) -> str:
    if n < 100:
        return "ninety" + (f"-{_NUM_WORDS[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" {_NUM_WORDS[n - 100]}" if n > 100 else "")


_OCR = {
    "0": "O",
    "O": "0",
    "1": "l",
    "l": "1",
    "5": "S",
    "S": "5",
    "8": "B",
    "B": "8",
    "m": "rn",
    "e": "c",
    "i": "í",
    "I": "1",
    "a": "o",
    "2": "Z",
    "6": "G",
}


def _ocr(rng: random.Random, s: str, p: float = 0.22) -> str:
    out = []
    for ch in s:
        out.append(_OCR[ch] if ch in _OCR and rng.random() < p else ch)
    r = "".join(out)
    return r.strip() or s


def _person(rng: random.Random, old: bool = False) -> tuple[str, str, str]:
    first = rng.choice(OLD_FIRST if old else FIRST)
    return first, rng.choice(LAST), rng.choice(UPPER)


def _street(rng: random.Random) -> str:
    num = rng.choice(
        (
            str(rng.randint(2, 99)),
            str(rng.randint(100, 999)),
            str(rng.randint(1000, 9999)),
            str(rng.randint(10000, 48999)),
            f"{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        )
    )
    return f"{num} {rng.choice(DIRS)}{rng.choice(STREETS)} {rng.choice(ST_TYPES)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCDEF')}",
            f"Apt. {rng.randint(101, 2210)}",
            f"Unit {rng.randint(1, 60)}",
            f"#{rng.randint(2, 940)}",
            f"Lot {rng.randint(1, 88)}",
            f"Ste {rng.randint(100, 450)}",
            f"Apartment {rng.randint(1, 9)}{rng.choice('ABCD')}",
        )
    )


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    return z if rng.random() < 0.7 else f"{z}-{rng.randint(1, 9999):04d}"


def _email(rng: random.Random, first: str, last: str, domain: str | None = None) -> str:
    f = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "pt"
    l_ = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "user"
    local = rng.choice(
        (
            f"{f}.{l_}",
            f"{f[0]}{l_}",
            f"{f}{l_}{rng.randint(1, 99)}",
            f"{l_}.{f[0]}",
            f"{f}_{l_}",
            f"{f}{rng.randint(1950, 2009)}",
        )
    )
    domain = domain or rng.choice(("example.com", "example.org", "example.net", "mail.test", "inbox.test"))
    return f"{local}@{domain}"


def _money(rng: random.Random, lo: float, hi: float) -> str:
    v = rng.uniform(lo, hi)
    return f"${v:,.2f}"


# --- identifiers -----------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient, guarantor, agent, clinicians, staff, payer contacts and every kind of ID."""
    v: dict[str, Value] = {}
    today = _rand_date(rng, dt.date(2025, 1, 15), dt.date(2027, 6, 30))

    # patient
    old = rng.random() < 0.35
    first, last, mi = _person(rng, old)
    name_style = rng.random()
    pt_name = f"{first} {mi}. {last}" if name_style < 0.35 else f"{first} {last}"
    v["pt_first"] = (T.NAME, first)
    v["pt_last"] = (T.NAME, last)
    v["pt_name"] = (T.NAME, pt_name)
    v["pt_name_lf"] = (
        T.NAME,
        rng.choice(
            (
                f"{last}, {first} {mi}.",
                f"{last}, {first}",
                f"{last.upper()}, {first.upper()} {mi}",
                f"{last},{first}",
            )
        ),
    )
    v["pt_caps"] = (
        T.NAME,
        rng.choice(
            (
                f"{first} {last}".upper(),
                f"{last.upper()}, {first.upper()}",
                f"{last.upper()} {first.upper()} {mi}",
            )
        ),
    )
    v["pt_x12"] = (T.NAME, last.upper())
    v["pt_x12f"] = (T.NAME, first.upper())
    v["pt_nick"] = (T.NAME, rng.choice(NICK))
    prev = rng.choice(LAST)
    v["pt_prev_last"] = (T.NAME, prev)
    v["pt_old_name"] = (T.NAME, f"{first} {prev}" if rng.random() < 0.5 else f"{first} {mi}. {prev}")
    v["pt_name_ocr"] = (T.NAME, _ocr(rng, f"{last.upper()}, {first.upper()}"))

    age = rng.randint(19, 88)
    dob = today - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    v["pt_dob"] = (T.DATE, fmt_date(rng, dob))
    v["pt_dob2"] = (T.DATE, fmt_date(rng, dob, rng.choice(("us", "iso", "long"))))
    v["pt_dob_x12"] = (T.DATE, fmt_date(rng, dob, "x12"))
    v["pt_dob_ocr"] = (T.DATE, _ocr(rng, fmt_date(rng, dob, "us")))
    v["pt_dob_es"] = (T.DATE, fmt_date(rng, dob, rng.choice(("es", "us"))))
    age90 = rng.choice((90, 90, 91, 91, 92, 92, 93, 93, 94, 95, 96, 97, 98, 99, 100, 101, 102, 104))
    dob90 = today - dt.timedelta(days=age90 * 365 + rng.randint(0, 360))
    v["pt_age90"] = (T.AGE, str(age90))
    v["pt_age90w"] = (T.AGE, _age_words(age90) if rng.random() < 0.6 else str(age90))
    v["pt_dob90"] = (T.DATE, fmt_date(rng, dob90))

    state = rng.choice(STATES)
    v["pt_state"] = (None, state)
    v["pt_street"] = (T.LOCATION, _street(rng))
    v["pt_unit"] = (T.LOCATION, _unit(rng))
    v["pt_city"] = (T.LOCATION, rng.choice(TOWNS))
    v["pt_zip"] = (T.LOCATION, _zip(rng))
    v["pt_county"] = (
        T.LOCATION,
        rng.choice(COUNTIES) + rng.choice((" County", " County", " County", " Parish")),
    )
    v["pt_pobox"] = (
        T.LOCATION,
        rng.choice(
            (
                f"PO Box {rng.randint(10, 9999)}",
                f"P.O. Box {rng.randint(10, 9999)}",
                f"RR 2 Box {rng.randint(10, 399)}",
            )
        ),
    )
    v["new_street"] = (T.LOCATION, _street(rng))
    v["new_unit"] = (T.LOCATION, _unit(rng))
    v["new_city"] = (T.LOCATION, rng.choice(TOWNS))
    v["new_zip"] = (T.LOCATION, _zip(rng))
    v["new_state"] = (None, rng.choice(STATES))
    v["pt_phone"] = (T.PHONE, _phone(rng))
    v["pt_cell"] = (T.PHONE, _phone(rng))
    v["pt_email"] = (T.EMAIL, _email(rng, first, last))
    v["pt_ssn"] = (T.SSN, _ssn(rng))
    v["pt_ssn_masked"] = (
        T.SSN,
        rng.choice((f"XXX-XX-{_d(rng, 4)}", f"***-**-{_d(rng, 4)}", f"xxx-xx-{_d(rng, 4)}")),
    )
    v["pt_dl"] = (
        T.LICENSE,
        rng.choice(
            (
                f"{last[0].upper() if last[0].isalpha() else 'D'}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                f"{_a(rng, 1)}{_d(rng, 7)}",
                f"{_d(rng, 9)}",
                f"{_a(rng, 2)}{_d(rng, 6)}",
                f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
            )
        ),
    )
    v["dl_state"] = (None, rng.choice(STATES))
    v["pt_dl_exp"] = (T.DATE, fmt_date(rng, _rand_date(rng, today, today + dt.timedelta(days=2000))))

    # record and account numbers
    v["mrn"] = (
        T.MRN,
        rng.choice(
            (
                _d(rng, 8),
                f"MRN-{_d(rng, 7)}",
                f"E{_d(rng, 7)}",
                f"M{_d(rng, 7)}",
                f"{_d(rng, 4)}-{_d(rng, 3)}-{_d(rng, 1)}",
                f"HX-{_d(rng, 6)}",
                _d(rng, 7),
                f"00{_d(rng, 6)}",
            )
        ),
    )
    v["mrn2"] = (
        T.MRN,
        rng.choice(
            (
                _d(rng, 8),
                f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}",
                f"Z{_d(rng, 6)}",
                f"{_d(rng, 9)}",
                f"CH{_d(rng, 7)}",
            )
        ),
    )
    v["empi"] = (T.MRN, rng.choice((f"1000{_d(rng, 8)}", f"EMPI{_d(rng, 9)}", f"{_d(rng, 10)}")))
    v["mrn_ocr"] = (T.MRN, _ocr(rng, _d(rng, 8), 0.3))
    v["acct"] = (
        T.ACCOUNT,
        rng.choice(
            (
                _d(rng, 10),
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 2)}",
                f"V{_d(rng, 11)}",
                f"4{_d(rng, 9)}",
                f"HAR{_d(rng, 9)}",
                f"A{_d(rng, 8)}",
            )
        ),
    )
    v["acct2"] = (T.ACCOUNT, rng.choice((_d(rng, 10), f"{_d(rng, 3)}-{_d(rng, 7)}", f"G{_d(rng, 7)}")))
    v["fin"] = (
        T.ACCOUNT,
        rng.choice((f"{_d(rng, 2)}-{_d(rng, 6)}", _d(rng, 9), f"FIN{_d(rng, 8)}", f"9{_d(rng, 9)}")),
    )
    v["guar_acct"] = (T.ACCOUNT, rng.choice((f"G-{_d(rng, 7)}", f"{_d(rng, 8)}", f"GA{_d(rng, 6)}")))
    v["claim_no"] = (
        T.ACCOUNT,
        rng.choice(
            (
                _d(rng, 13),
                f"{_d(rng, 2)}{_d(rng, 3)}{_d(rng, 8)}",
                f"CLM-{today.year}-{_d(rng, 6)}",
                f"{_a(rng, 2)}{_d(rng, 8)}",
                f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
                f"E{_d(rng, 10)}",
                f"{_d(rng, 11)}{_a(rng, 1)}",
            )
        ),
    )
    v["claim_no2"] = (
        T.ACCOUNT,
        rng.choice((_d(rng, 13), f"{_d(rng, 5)}{_a(rng, 1)}{_d(rng, 5)}", f"C{_d(rng, 9)}")),
    )
    v["pp_acct"] = (T.ACCOUNT, rng.choice((f"PP-{_d(rng, 6)}", f"{_d(rng, 9)}", f"PLAN{_d(rng, 7)}")))
    v["agency_acct"] = (
        T.ACCOUNT,
        rng.choice((f"{_d(rng, 8)}", f"CRS-{_d(rng, 7)}", f"{_a(rng, 3)}{_d(rng, 6)}")),
    )
    v["bank_acct"] = (T.ACCOUNT, rng.choice((_d(rng, 9), _d(rng, 12), f"{_d(rng, 4)}-{_d(rng, 6)}")))
    v["auto_claim"] = (
        T.ACCOUNT,
        rng.choice(
            (
                f"{_d(rng, 2)}-{_d(rng, 7)}-{_d(rng, 2)}",
                f"{_a(rng, 2)}{_d(rng, 9)}",
                f"{_d(rng, 4)}{_a(rng, 1)}{_d(rng, 5)}",
            )
        ),
    )

    # health plan
    v["member_id"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_a(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 9)}",
                f"{_d(rng, 9)}-01",
                f"{_a(rng, 3)} {_d(rng, 5)} {_d(rng, 2)}",
                f"{_d(rng, 11)}",
                f"U{_d(rng, 8)}0{rng.randint(1, 4)}",
                f"{_a(rng, 1)}{_d(rng, 8)}",
            )
        ),
    )
    v["member_id2"] = (
        T.HEALTH_PLAN_ID,
        rng.choice((f"{_a(rng, 3)}{_d(rng, 8)}", f"{_d(rng, 10)}", f"H{_d(rng, 7)}-{_d(rng, 2)}")),
    )
    v["group_no"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_d(rng, 7)}",
                f"GRP{_d(rng, 6)}",
                f"{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 2)}",
                f"{_a(rng, 1)}{_d(rng, 5)}",
                f"{_d(rng, 5)}{_a(rng, 2)}",
            )
        ),
    )
    v["group_no2"] = (T.HEALTH_PLAN_ID, rng.choice((f"{_d(rng, 6)}", f"{_a(rng, 2)}{_d(rng, 5)}")))
    v["mbi"] = (T.HEALTH_PLAN_ID, _mbi(rng))
    v["medicaid_id"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_a(rng, 2)}{_d(rng, 5)}{_a(rng, 1)}",
                f"{_d(rng, 8)}{_a(rng, 1)}",
                f"{_d(rng, 12)}",
                f"MCD{_d(rng, 8)}",
                f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
            )
        ),
    )
    v["rx_group"] = (
        T.HEALTH_PLAN_ID,
        rng.choice((f"RX{_d(rng, 4)}", f"{_a(rng, 4)}{_d(rng, 2)}", f"{_d(rng, 5)}")),
    )

    # relative / guarantor / agent
    gf, gl, gmi = _person(rng)
    if rng.random() < 0.5:
        gl = last
    v["g_first"] = (T.NAME, gf)
    v["g_last"] = (T.NAME, gl)
    v["g_name"] = (T.NAME, f"{gf} {gl}" if rng.random() < 0.7 else f"{gf} {gmi}. {gl}")
    v["g_name_lf"] = (T.NAME, f"{gl}, {gf}")
    v["g_rel"] = (
        None,
        rng.choice(("spouse", "daughter", "son", "niece", "grandson", "partner", "sister", "mother")),
    )
    gdob = today - dt.timedelta(days=rng.randint(22 * 365, 80 * 365))
    v["g_dob"] = (T.DATE, fmt_date(rng, gdob))
    v["g_phone"] = (T.PHONE, _phone(rng))
    v["g_email"] = (T.EMAIL, _email(rng, gf, gl))
    v["g_ssn"] = (T.SSN, _ssn(rng))
    v["g_street"] = (T.LOCATION, _street(rng))
    v["g_city"] = (T.LOCATION, rng.choice(TOWNS))
    v["g_zip"] = (T.LOCATION, _zip(rng))
    v["g_state"] = (None, rng.choice(STATES))
    af, al, ami = _person(rng)
    v["atty_name"] = (T.NAME, f"{af} {al}" if rng.random() < 0.6 else f"{af} {ami}. {al}")
    v["atty_last"] = (T.NAME, al)
    v["atty_firm"] = (None, rng.choice(FIRMS))
    v["atty_phone"] = (T.PHONE, _phone(rng))
    v["atty_fax"] = (T.FAX, _phone(rng))
    v["atty_email"] = (
        T.EMAIL,
        _email(rng, af, al, rng.choice(("lawfirm.example.com", "legal.example.org", "example.net"))),
    )
    v["bar_no"] = (T.LICENSE, rng.choice((f"{_d(rng, 6)}", f"SBN {_d(rng, 6)}", f"{_d(rng, 7)}")))
    v["atty_street"] = (T.LOCATION, _street(rng))
    v["atty_city"] = (T.LOCATION, rng.choice(TOWNS))
    v["atty_zip"] = (T.LOCATION, _zip(rng))
    nf, nl, _ = _person(rng)
    v["notary_name"] = (T.NAME, f"{nf} {nl}")
    v["notary_comm"] = (
        T.LICENSE,
        rng.choice((f"{_d(rng, 7)}", f"NP{_d(rng, 6)}", f"{today.year - rng.randint(0, 3)}-{_d(rng, 6)}")),
    )
    jf, jl, _ = _person(rng)
    v["judge_name"] = (T.NAME, f"{jf} {jl}" if rng.random() < 0.5 else jl)

    # clinicians
    df, dl, dmi = _person(rng)
    v["doc_first"] = (T.NAME, df)
    v["doc_last"] = (T.NAME, dl)
    v["doc_name"] = (T.NAME, f"{df} {dl}" if rng.random() < 0.6 else f"{df} {dmi}. {dl}")
    v["doc_lf"] = (T.NAME, rng.choice((f"{dl}, {df} {dmi}.", f"{dl}, {df}", f"{dl.upper()}, {df.upper()}")))
    v["doc_x12"] = (T.NAME, dl.upper())
    v["doc_x12f"] = (T.NAME, df.upper())
    v["doc_npi"] = (T.LICENSE, _npi(rng))
    v["doc_dea"] = (T.LICENSE, _dea(rng, dl))
    v["doc_lic"] = (
        T.LICENSE,
        rng.choice(
            (
                f"MD.{_d(rng, 7)}",
                f"{_a(rng, 1)} {_d(rng, 6)}",
                f"{_d(rng, 2)}-{_d(rng, 6)}",
                f"DO{_d(rng, 5)}",
                f"MD{_d(rng, 6)}",
                f"{_d(rng, 8)}",
                f"C{_d(rng, 5)}",
            )
        ),
    )
    v["doc_lic2"] = (
        T.LICENSE,
        rng.choice((f"{_d(rng, 6)}", f"PA-{_d(rng, 5)}", f"{_a(rng, 2)}{_d(rng, 6)}")),
    )
    v["doc_csr"] = (T.LICENSE, rng.choice((f"CSR-{_d(rng, 6)}", f"{_d(rng, 7)}", f"CS.{_d(rng, 6)}")))
    v["doc_board"] = (
        T.LICENSE,
        rng.choice((f"{_d(rng, 6)}", f"ABIM {_d(rng, 6)}", f"{_d(rng, 5)}-{_d(rng, 2)}")),
    )
    v["doc_ecfmg"] = (T.LICENSE, f"{_d(rng, 1)}-{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 1)}")
    v["ptan"] = (
        T.LICENSE,
        rng.choice((f"{_a(rng, 2)}{_d(rng, 4)}", f"{_d(rng, 6)}", f"{_a(rng, 1)}{_d(rng, 5)}{_a(rng, 1)}")),
    )
    v["mcd_prov"] = (
        T.LICENSE,
        rng.choice((f"{_d(rng, 9)}", f"{_d(rng, 7)}{_a(rng, 1)}", f"MPI-{_d(rng, 8)}")),
    )
    v["caqh"] = (T.OTHER_ID, _d(rng, 8))
    ddob = today - dt.timedelta(days=rng.randint(30 * 365, 70 * 365))
    v["doc_dob"] = (T.DATE, fmt_date(rng, ddob))
    v["doc_ssn"] = (T.SSN, _ssn(rng))
    v["doc_email"] = (
        T.EMAIL,
        _email(rng, df, dl, rng.choice(("example.org", "docs.example.com", "mail.test", "example.net"))),
    )
    v["doc_cell"] = (T.PHONE, _phone(rng))
    v["doc_street"] = (T.LOCATION, _street(rng))
    v["doc_city"] = (T.LOCATION, rng.choice(TOWNS))
    v["doc_zip"] = (T.LOCATION, _zip(rng))
    v["doc_state"] = (None, rng.choice(STATES))
    v["doc_state2"] = (None, rng.choice(STATES))
    d2f, d2l, _ = _person(rng)
    v["doc2_name"] = (T.NAME, f"{d2f} {d2l}")
    v["doc2_last"] = (T.NAME, d2l)
    v["doc2_npi"] = (T.LICENSE, _npi(rng))
    v["doc_photo"] = (
        T.PHOTO,
        rng.choice(
            (
                f"badge_{_d(rng, 6)}.jpg",
                f"IMG_{_d(rng, 4)}.JPG",
                f"headshot-{_a(rng, 2, 'abcdefghjkmnpqrstuvwxyz')}{_d(rng, 5)}.png",
                f"MSO/photos/{_d(rng, 7)}.jpeg",
            )
        ),
    )

    # staff and payer contacts
    def staff() -> tuple[str, str, str]:
        return _person(rng)

    sf, sl, _ = staff()
    v["rep_name"] = (
        T.NAME,
        rng.choice((sf, f"{sf} {next(c for c in sl if c.isalpha()).upper()}.", f"{sf} {sl}")),
    )
    rf, rl, _ = staff()
    v["rep2_name"] = (T.NAME, rng.choice((rf, f"{rf} {rl}")))
    cf, cl, _ = staff()
    v["coder_name"] = (T.NAME, f"{cf} {cl}")
    v["coder_email"] = (
        T.EMAIL,
        _email(rng, cf, cl, rng.choice(("him.example.org", "example.org", "hs.example.com"))),
    )
    kf, kl, _ = staff()
    v["clerk_name"] = (
        T.NAME,
        rng.choice((f"{kf} {kl}", f"{kf[0]}. {kl}", f"{kf} {next(c for c in kl if c.isalpha()).upper()}.")),
    )
    v["clerk_first"] = (T.NAME, kf)
    v["clerk_email"] = (
        T.EMAIL,
        _email(rng, kf, kl, rng.choice(("pfs.example.org", "example.org", "billing.example.com"))),
    )
    ff, fl, _ = staff()
    v["fc_name"] = (T.NAME, f"{ff} {fl}")
    mf, ml, _ = staff()
    v["mgr_name"] = (T.NAME, f"{mf} {ml}")
    v["mgr_email"] = (
        T.EMAIL,
        _email(rng, mf, ml, rng.choice(("example.org", "mso.example.org", "hs.example.com"))),
    )
    v["rep_email"] = (
        T.EMAIL,
        _email(rng, rf, rl, rng.choice(("payer.example.com", "healthplan.test", "example.net"))),
    )
    v["emp_id"] = (T.OTHER_ID, rng.choice((f"E{_d(rng, 6)}", f"{_d(rng, 6)}", f"EMP-{_d(rng, 5)}")))
    v["staff_phone"] = (T.PHONE, _phone(rng))
    v["payer_phone"] = (T.PHONE, _phone(rng, toll_free=True))
    v["board_phone"] = (T.PHONE, _phone(rng))
    v["agency_phone"] = (T.PHONE, _phone(rng, toll_free=rng.random() < 0.6))
    v["fax1"] = (T.FAX, _phone(rng))
    v["fax2"] = (T.FAX, _phone(rng, toll_free=rng.random() < 0.4))
    v["fax3"] = (T.FAX, _phone(rng))

    # facilities
    t1, t2 = rng.sample(TOWNS, 2)
    v["fac_town"] = (T.LOCATION, rng.choice(FACILITY_PATTERNS).replace("{t}", t1))
    v["fac2_town"] = (T.LOCATION, rng.choice(FACILITY_PATTERNS).replace("{t}", t2))
    v["fac_street"] = (T.LOCATION, _street(rng))
    v["fac_city"] = (T.LOCATION, t1)
    v["fac_zip"] = (T.LOCATION, _zip(rng))

    # dates
    def d_around(lo: int, hi: int) -> dt.date:
        return today + dt.timedelta(days=rng.randint(lo, hi))

    dos = d_around(-200, -60)
    v["dos"] = (T.DATE, fmt_date(rng, dos))
    v["dos_x12"] = (T.DATE, fmt_date(rng, dos, "x12"))
    v["dos_end"] = (T.DATE, fmt_date(rng, dos + dt.timedelta(days=rng.randint(1, 9))))
    v["dos2"] = (T.DATE, fmt_date(rng, dos + dt.timedelta(days=rng.randint(10, 60))))
    v["adm"] = (T.DATE, fmt_date(rng, dos))
    dis = dos + dt.timedelta(days=rng.randint(2, 14))
    v["dis"] = (T.DATE, fmt_date(rng, dis))
    v["d_letter"] = (T.DATE, fmt_date(rng, today, rng.choice(("long", "long", "us", "dlong"))))
    v["d_letter_es"] = (T.DATE, fmt_date(rng, today, "es"))
    v["d_recv"] = (T.DATE, fmt_date(rng, d_around(-30, -2)))
    v["d_due"] = (T.DATE, fmt_date(rng, d_around(10, 60)))
    v["d_due2"] = (T.DATE, fmt_date(rng, d_around(61, 120)))
    v["d_dt"] = (T.DATE, fmt_datetime(rng, today))
    v["d_dt2"] = (T.DATE, fmt_datetime(rng, d_around(-3, 0)))
    v["d_dt3"] = (T.DATE, fmt_datetime(rng, d_around(-10, -4)))
    v["d_sign"] = (T.DATE, fmt_date(rng, d_around(-400, -40)))
    v["d_deny"] = (T.DATE, fmt_date(rng, d_around(-45, -10)))
    v["d_eff"] = (T.DATE, fmt_date(rng, d_around(-900, -200)))
    v["d_term"] = (T.DATE, fmt_date(rng, d_around(-150, 200)))
    v["d_exp"] = (
        T.DATE,
        _month_year(rng, d_around(90, 900)) if rng.random() < 0.4 else fmt_date(rng, d_around(90, 900)),
    )
    v["d_exp2"] = (T.DATE, fmt_date(rng, d_around(30, 1100)))
    v["d_verify"] = (T.DATE, fmt_date(rng, d_around(-1, 0)))
    v["d_death"] = (T.DATE, fmt_date(rng, dis + dt.timedelta(days=rng.randint(0, 30))))
    v["d_mdy"] = (T.DATE, fmt_date(rng, d_around(-60, -1), "us"))
    v["d_short"] = (
        T.DATE,
        rng.choice(
            (
                f"{(dd := d_around(-60, -1)).month}/{dd.day}",
                f"{MON[(dd := d_around(-60, -1)).month - 1]} {dd.day}",
            )
        ),
    )
    v["d_x12"] = (T.DATE, fmt_date(rng, d_around(-30, -1), "x12"))
    v["d_caps"] = (T.DATE, fmt_date(rng, d_around(-90, -1), "caps"))
    v["d_accident"] = (T.DATE, fmt_date(rng, dos - dt.timedelta(days=rng.randint(0, 2))))

    # case / reference numbers
    v["ref_no"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{rng.randint(1, 9)}-{_d(rng, 11)}",
                f"R{_d(rng, 10)}",
                f"{_d(rng, 14)}",
                f"CR{today.year % 100}{_d(rng, 7)}",
                f"{_a(rng, 3)}{_d(rng, 7)}",
            )
        ),
    )
    v["ref_no2"] = (T.OTHER_ID, rng.choice((f"{_d(rng, 12)}", f"REF-{_d(rng, 8)}")))
    v["auth_no"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"PA{today.year % 100}-{_d(rng, 7)}",
                f"{_d(rng, 10)}",
                f"A{_d(rng, 9)}",
                f"{_a(rng, 2)}{_d(rng, 4)}{_a(rng, 2)}{_d(rng, 3)}",
                f"ePA-{_a(rng, 6, ALNUM)}",
            )
        ),
    )
    v["case_no"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"APL-{today.year}-{_d(rng, 6)}",
                f"GA{_d(rng, 8)}",
                f"{_d(rng, 4)}-{_d(rng, 5)}",
                f"CASE{_d(rng, 7)}",
                f"{today.year % 100}{_a(rng, 1)}{_d(rng, 6)}",
            )
        ),
    )
    v["ticket_no"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"INC{_d(rng, 7)}",
                f"Q-{_d(rng, 6)}",
                f"CDI{_d(rng, 6)}",
                f"TKT-{_d(rng, 5)}",
                f"SR{_d(rng, 8)}",
            )
        ),
    )
    v["fa_app"] = (
        T.OTHER_ID,
        rng.choice((f"FAA-{_d(rng, 6)}", f"FA{today.year}{_d(rng, 5)}", f"{_d(rng, 7)}")),
    )
    v["police_rpt"] = (
        T.OTHER_ID,
        rng.choice(
            (f"{today.year % 100}-{_d(rng, 6)}", f"RPT{_d(rng, 8)}", f"{_a(rng, 2)}{today.year}-{_d(rng, 5)}")
        ),
    )
    v["court_case"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{today.year}-CV-{_d(rng, 6)}",
                f"{today.year % 100}-PR-{_d(rng, 5)}",
                f"PR-{today.year}-{_d(rng, 4)}",
                f"{_d(rng, 2)}CV{_d(rng, 5)}",
                f"{today.year}GN{_d(rng, 5)}",
            )
        ),
    )
    v["ftc_no"] = (T.OTHER_ID, _d(rng, 9))
    v["priv_case"] = (
        T.OTHER_ID,
        rng.choice((f"PRV-{today.year}-{_d(rng, 4)}", f"CMP{_d(rng, 6)}", f"PO-{_d(rng, 5)}")),
    )
    v["rx_no"] = (T.OTHER_ID, rng.choice((f"{_d(rng, 7)}", f"RX{_d(rng, 8)}", f"{_d(rng, 2)}-{_d(rng, 6)}")))
    v["bg_order"] = (
        T.OTHER_ID,
        rng.choice((f"ORD-{_d(rng, 8)}", f"{_a(rng, 2)}{_d(rng, 9)}", f"{_d(rng, 10)}")),
    )
    v["trip_id"] = (
        T.OTHER_ID,
        rng.choice((f"T{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 5)}", f"TRP{_d(rng, 7)}")),
    )
    v["citation_no"] = (T.OTHER_ID, rng.choice((f"PK{_d(rng, 7)}", f"{_d(rng, 8)}", f"C-{_d(rng, 6)}")))
    v["roi_no"] = (
        T.OTHER_ID,
        rng.choice((f"ROI-{_d(rng, 6)}", f"{today.year % 100}-{_d(rng, 5)}", f"RR{_d(rng, 7)}")),
    )
    v["app_track"] = (
        T.OTHER_ID,
        rng.choice((f"{_d(rng, 12)}", f"T{_d(rng, 9)}", f"{_a(rng, 2)}-{_d(rng, 8)}")),
    )
    v["lien_no"] = (T.OTHER_ID, rng.choice((f"LN-{_d(rng, 6)}", f"{today.year}-L-{_d(rng, 4)}")))

    # devices, vehicles, biometrics, photos, network
    v["dev_serial"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{_a(rng, 2)}{_d(rng, 7)}",
                f"{_d(rng, 11)}",
                f"{_a(rng, 3)}{_d(rng, 6)}{_a(rng, 1)}",
                f"{_d(rng, 4)}-{_d(rng, 5)}",
                f"PJN{_d(rng, 6)}H",
                f"{_a(rng, 1)}{_d(rng, 9)}",
            )
        ),
    )
    v["dev_serial2"] = (
        T.DEVICE_ID,
        rng.choice((f"{_a(rng, 2)}{_d(rng, 8)}", f"{_d(rng, 10)}", f"SN{_d(rng, 7)}")),
    )
    v["udi"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"(01)00{_d(rng, 12)}(17){_d(rng, 6)}(21){_a(rng, 2, ALNUM)}{_d(rng, 6)}",
                f"(01)0{_d(rng, 13)}(11){_d(rng, 6)}(21){_d(rng, 9)}",
                f"010{_d(rng, 13)}17{_d(rng, 6)}21{_a(rng, 3, ALNUM)}{_d(rng, 5)}",
            )
        ),
    )
    v["cgm_serial"] = (
        T.DEVICE_ID,
        rng.choice((f"{_a(rng, 6, ALNUM)}", f"{_d(rng, 1)}{_a(rng, 5, ALNUM)}", f"SM{_d(rng, 8)}")),
    )
    v["pump_serial"] = (T.DEVICE_ID, rng.choice((f"NG{_d(rng, 7)}H", f"{_d(rng, 8)}", f"PMP-{_d(rng, 7)}")))
    v["vin"] = (T.VEHICLE_ID, _vin(rng))
    v["plate"] = (T.VEHICLE_ID, _plate(rng))
    v["plate2"] = (T.VEHICLE_ID, _plate(rng))
    v["voice_id"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"VP-{_d(rng, 8)}",
                f"vprint_{_a(rng, 8, 'abcdef0123456789')}",
                f"VB{_d(rng, 6)}-{_d(rng, 2)}",
                f"VOX{_d(rng, 9)}",
            )
        ),
    )
    v["fp_tcn"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"{_a(rng, 2)}{_d(rng, 10)}",
                f"{_d(rng, 4)}{_a(rng, 1)}{_d(rng, 8)}",
                f"FP-{_d(rng, 9)}",
                f"{_d(rng, 6)}{_a(rng, 3)}{_d(rng, 4)}",
            )
        ),
    )
    v["face_tmpl"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"FT-{_a(rng, 8, 'abcdef0123456789')}",
                f"facemap:{_a(rng, 12, 'abcdef0123456789')}",
                f"FMT{_d(rng, 9)}",
                f"tmpl_{_a(rng, 10, 'abcdef0123456789')}",
            )
        ),
    )
    v["palm_id"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"PV-{_d(rng, 9)}",
                f"{_a(rng, 4, 'ABCDEF0123456789')}-{_a(rng, 4, 'ABCDEF0123456789')}-{_a(rng, 4, 'ABCDEF0123456789')}",
                f"PALM{_d(rng, 8)}",
            )
        ),
    )
    v["photo_file"] = (
        T.PHOTO,
        rng.choice(
            (
                f"IMG_{dos.year}{dos.month:02d}{dos.day:02d}_{_d(rng, 4)}.jpg",
                f"selfie_{_d(rng, 7)}.jpeg",
                f"scan_{_d(rng, 6)}_face.png",
                f"{_a(rng, 8, 'abcdef0123456789')}.heic",
                f"PXL_{_d(rng, 8)}_{_d(rng, 6)}.jpg",
            )
        ),
    )
    v["photo_file2"] = (
        T.PHOTO,
        rng.choice(
            (
                f"DL_front_{_d(rng, 6)}.png",
                f"id_card_{_d(rng, 5)}.jpg",
                f"passport_{_d(rng, 6)}.pdf",
                f"govid-{_a(rng, 6, 'abcdef0123456789')}.jpg",
            )
        ),
    )
    v["photo_rec"] = (
        T.PHOTO,
        rng.choice(
            (f"PH-{_d(rng, 7)}", f"PHOTO{_d(rng, 6)}", f"IMGREC-{_d(rng, 5)}", f"PT-PIC-{_d(rng, 6)}")
        ),
    )
    v["ip"] = (T.IP_ADDRESS, _ip(rng))
    v["ip2"] = (T.IP_ADDRESS, _ip(rng))
    tok = _a(rng, 8, ALNUM)
    v["url_pay"] = (
        T.URL,
        rng.choice(
            (
                f"https://pay.example.org/s/{tok}",
                f"pay.example.com/quickpay?acct={_d(rng, 8)}",
                f"https://billing.example.net/p/{tok.lower()}",
                f"www.example.org/pay/{tok}",
            )
        ),
    )
    v["url_portal"] = (
        T.URL,
        rng.choice(
            (
                f"https://portal.example.org/verify/{_a(rng, 10, ALNUM)}",
                f"https://mychart.example.com/id/{_d(rng, 9)}",
                f"https://id.example.net/session/{_a(rng, 12, 'abcdef0123456789')}",
            )
        ),
    )
    v["url_fa"] = (
        T.URL,
        rng.choice(
            (
                f"https://apply.example.org/fa/{_d(rng, 7)}",
                f"www.example.com/assist/status?app={_d(rng, 6)}",
                f"https://fap.example.net/a/{tok}",
            )
        ),
    )
    v["url_share"] = (
        T.URL,
        rng.choice(
            (
                f"https://files.example.com/s/{_a(rng, 14, ALNUM)}",
                f"https://sfx.example.org/d/{_a(rng, 10, ALNUM).lower()}",
                f"https://roi.example.net/pickup/{_d(rng, 10)}",
            )
        ),
    )
    v["url_social"] = (
        T.URL,
        rng.choice(
            (
                f"https://social.example.com/{first.lower()[:4]}{_d(rng, 4)}",
                f"www.example.net/~{_a(rng, 6, 'abcdefghkmnpqrstuvwxyz')}",
            )
        ),
    )
    return v


# --- look-alikes -----------------------------------------------------------------------------------

CPT = (
    ("99223", "initial hospital care, high MDM"),
    ("99214", "office/outpatient visit, est., moderate"),
    ("93306", "TTE complete w/ spectral & color Doppler"),
    ("27447", "total knee arthroplasty"),
    ("33208", "insertion of pacemaker, dual chamber"),
    ("43239", "EGD with biopsy"),
    ("70553", "MRI brain w/o & w/ contrast"),
    ("96413", "chemo IV infusion, first hour"),
    ("97110", "therapeutic exercise, each 15 min"),
    ("36415", "routine venipuncture"),
    ("80053", "comprehensive metabolic panel"),
    ("85025", "CBC w/ auto diff"),
    ("71046", "chest x-ray, 2 views"),
    ("99285", "ED visit, high MDM"),
    ("47562", "laparoscopic cholecystectomy"),
    ("66984", "cataract extraction w/ IOL"),
    ("95810", "polysomnography, 4+ parameters"),
    ("29881", "knee arthroscopy w/ meniscectomy"),
    ("92928", "coronary stent, single vessel"),
    ("99291", "critical care, first 30-74 min"),
    ("20610", "arthrocentesis, major joint"),
    ("74177", "CT abd/pelvis w/ contrast"),
    ("99497", "advance care planning, first 30 min"),
)
HCPCS = (
    ("J1745", "infliximab, 10 mg"),
    ("J9271", "pembrolizumab, 1 mg"),
    ("J3490", "unclassified drugs"),
    ("A4253", "blood glucose test strips, per 50"),
    ("G0008", "admin. of influenza vaccine"),
    ("C1785", "pacemaker, dual chamber, rate-responsive"),
    ("J0897", "denosumab, 1 mg"),
    ("Q5103", "infliximab-dyyb, biosimilar, 10 mg"),
    ("J2505", "pegfilgrastim, 6 mg"),
    ("G2211", "visit complexity add-on"),
    ("C1776", "joint device (implantable)"),
)
DME = (
    ("E0601", "CPAP device"),
    ("K0823", "power wheelchair, group 2 std, captain's chair"),
    ("E1390", "oxygen concentrator, single delivery port"),
    ("E0784", "external ambulatory insulin pump"),
    ("A9276", "CGM sensor, supply allowance, 1 day"),
    ("E0470", "RAD w/o backup rate (bilevel)"),
    ("E0260", "hospital bed, semi-electric w/ mattress"),
    ("E0431", "portable gaseous O2 system"),
    ("K0001", "standard wheelchair"),
    ("E2402", "negative pressure wound therapy pump"),
)
AMB = (
    ("A0427", "ALS1 emergency transport"),
    ("A0429", "BLS emergency transport"),
    ("A0428", "BLS non-emergency"),
    ("A0425", "ground mileage, per statute mile"),
    ("A0130", "non-emergency wheelchair van"),
    ("T2003", "non-emergency encounter/trip"),
    ("S0209", "wheelchair van, mileage per mile"),
)
MODS = (
    "25",
    "59",
    "XU",
    "XS",
    "26",
    "TC",
    "RT",
    "LT",
    "50",
    "GA",
    "GZ",
    "KX",
    "76",
    "91",
    "JW",
    "JZ",
    "GY",
    "24",
    "57",
    "Q6",
    "FS",
    "95",
    "GT",
    "PO",
)
DME_MODS = ("RR", "NU", "KH", "KI", "KJ", "KX", "MS", "UE", "BP", "GA")
ICD = (
    ("E11.65", "type 2 DM with hyperglycemia"),
    ("I50.23", "acute on chronic systolic heart failure"),
    ("N17.9", "acute kidney failure, unspecified"),
    ("J96.01", "acute respiratory failure w/ hypoxia"),
    ("E87.1", "hypo-osmolality and hyponatremia"),
    ("G47.33", "obstructive sleep apnea"),
    ("M17.11", "unilateral primary OA, right knee"),
    ("A41.9", "sepsis, unspecified organism"),
    ("R65.20", "severe sepsis without septic shock"),
    ("E66.01", "morbid obesity due to excess calories"),
    ("Z68.41", "BMI 40.0-44.9, adult"),
    ("I48.91", "unspecified atrial fibrillation"),
    ("S72.001A", "fracture of unsp. part of neck of right femur, initial"),
    ("G20.A1", "Parkinson's disease w/o dyskinesia"),
    ("E05.00", "Graves' disease without thyrotoxic crisis"),
    ("J44.1", "COPD with acute exacerbation"),
    ("Z99.81", "dependence on supplemental oxygen"),
    ("G35", "multiple sclerosis"),
    ("K50.90", "Crohn's disease, unsp."),
    ("F03.90", "unspecified dementia, unsp. severity"),
    ("E43", "unspecified severe protein-calorie malnutrition"),
    ("D62", "acute posthemorrhagic anemia"),
    ("G93.41", "metabolic encephalopathy"),
    ("I21.4", "NSTEMI"),
    ("E10.9", "type 1 DM without complications"),
    ("R26.81", "unsteadiness on feet"),
    ("Z74.01", "bed confinement status"),
    ("M81.0", "age-related osteoporosis w/o fracture"),
)
REV = (
    ("0450", "emergency room"),
    ("0360", "operating room services"),
    ("0278", "other implants"),
    ("0636", "drugs requiring detailed coding"),
    ("0250", "pharmacy"),
    ("0320", "dx radiology"),
    ("0730", "EKG/ECG"),
    ("0120", "room & board, semi-private"),
    ("0762", "observation room"),
    ("0540", "ambulance"),
    ("0291", "DME rental"),
    ("0510", "clinic"),
    ("0300", "laboratory"),
    ("0424", "PT evaluation"),
    ("0981", "professional fees, ER"),
)
DRG = (
    ("291", "Heart failure & shock w MCC"),
    ("871", "Septicemia w/o MV >96 hrs w MCC"),
    ("872", "Septicemia w/o MV >96 hrs w/o MCC"),
    ("470", "Major hip & knee joint replacement w/o MCC"),
    ("193", "Simple pneumonia & pleurisy w MCC"),
    ("683", "Renal failure w CC"),
    ("190", "COPD w MCC"),
    ("640", "Misc disorders of nutrition, metabolism, fluids/electrolytes w MCC"),
    ("065", "Intracranial hemorrhage or cerebral infarction w CC or tPA in 24 hrs"),
    ("247", "Perc cardiovasc proc w drug-eluting stent w/o MCC"),
    ("292", "Heart failure & shock w CC"),
    ("481", "Hip & femur procedures except major joint w CC"),
    ("189", "Pulmonary edema & respiratory failure"),
)
NDC = (
    ("0169-4132-12", "Ozempic 2 mg/3 mL pen"),
    ("0002-1433-80", "Trulicity 1.5 mg/0.5 mL pen"),
    ("57894-0030-01", "Remicade 100 mg vial"),
    ("0006-3026-02", "Keytruda 100 mg/4 mL vial"),
    ("0074-0554-02", "Humira 40 mg/0.4 mL pen"),
    ("0088-2220-33", "Lantus 100 units/mL, 10 mL vial"),
    ("00169-2911-15", "Wegovy 2.4 mg/0.75 mL pen"),
    ("0002-8215-01", "Humalog 100 units/mL vial"),
    ("55513-0710-01", "Prolia 60 mg/mL syringe"),
    ("0078-0659-20", "Entresto 49-51 mg tablet"),
    ("63020-049-01", "Xarelto 20 mg tablet"),
    ("0456-1202-30", "Namenda 10 mg tablet"),
)
CARC = (
    ("CO-45", "charge exceeds fee schedule/maximum allowable"),
    ("CO-97", "benefit included in payment for another service"),
    ("CO-16", "claim/service lacks information needed for adjudication"),
    ("PR-1", "deductible amount"),
    ("PR-2", "coinsurance amount"),
    ("PR-3", "co-payment amount"),
    ("CO-50", "non-covered: not deemed a medical necessity"),
    ("CO-197", "precertification/authorization/notification absent"),
    ("CO-29", "time limit for filing has expired"),
    ("OA-23", "impact of prior payer(s) adjudication"),
    ("CO-22", "may be covered by another payer per COB"),
    ("CO-4", "procedure code inconsistent with the modifier used"),
    ("CO-151", "information does not support this many/frequency of services"),
    ("CO-27", "expenses incurred after coverage terminated"),
    ("CO-18", "exact duplicate claim/service"),
    ("PI-204", "service not covered under the patient's current benefit plan"),
    ("CO-252", "an attachment/other documentation is required"),
)
RARC = (
    ("N54", "claim info inconsistent with pre-certified/authorized services"),
    ("M15", "separately billed services/tests have been bundled"),
    ("MA130", "claim contains incomplete and/or invalid information"),
    ("N130", "consult plan benefit documents/guidelines"),
    ("M127", "missing patient medical record for this service"),
    ("N290", "missing/incomplete/invalid rendering provider primary identifier"),
    ("MA04", "secondary payment cannot be considered without the primary payer's EOB"),
    ("N386", "decision based on a National Coverage Determination"),
    ("M80", "not covered when performed during the same session as another approved service"),
    ("N479", "missing Explanation of Benefits (COB)"),
    ("N115", "decision based on a Local Coverage Determination"),
    ("MA01", "you may appeal this decision"),
)
PAYERS = (
    "Medicare Part A",
    "Medicare Part B",
    "Harborline Health Plan",
    "Unity Mutual PPO",
    "Keystone Meridian HMO",
    "Pinnacle Medicare Advantage",
    "Summit Choice EPO",
    "Crestview Benefit Administrators",
    "TRICARE East",
    "CHAMPVA",
    "state Medicaid (FFS)",
    "Medicaid managed care - Bridgeway",
    "Evergreen Mutual Insurance",
    "Atlas Workers' Comp Trust",
    "ClearSpring Marketplace Silver",
    "Northstar Federal Employee Plan",
)
PBMS = ("OptiScript PBM", "CoreRx Benefits", "Lumen Pharmacy Solutions", "ScriptPoint Specialty")
PLANS = (
    "Gold PPO 1500",
    "Silver HMO 3000",
    "Bronze HSA 7050",
    "Medicare Advantage PPO (H9912-004)",
    "Choice POS II",
    "Dual Special Needs HMO D-SNP",
    "Open Access Plus",
    "Platinum EPO 500",
)
ORGS = (
    "Meridian Health System",
    "Good Shepherd Health",
    "Sacred Trinity Medical Group",
    "Unity Care Partners",
    "CrossPoint Surgical Associates",
    "Coastal Imaging Associates",
    "the Central Billing Office (CBO)",
)
DEPTS = (
    "Patient Financial Services",
    "Patient Access",
    "HIM / Release of Information",
    "Medical Staff Services",
    "Revenue Integrity",
    "Denials Management",
    "Utilization Management",
    "Privacy Office",
    "Managed Care Contracting",
)
FORMS = (
    "CMS-1500 (02/12)",
    "UB-04 (CMS-1450)",
    "CMS-855I",
    "CMS-855R",
    "CMS-R-131 (ABN)",
    "CMS-20027",
    "SSA-827",
    "IRS Form 1040",
    "Form W-9",
    "HIM-114 rev. 3",
    "PFS-FA-01 (rev. 6)",
    "MSO-CR-22 v4",
    "CMS-10114 (NPI application)",
    "CMS-40B",
    "FL 42-47",
    "Box 24J",
)
POLICIES = (
    "PFS-118 Financial Assistance",
    "HIM-07.2 Duplicate Record Resolution",
    "MSO-22 Reappointment",
    "RCM-POL-0441 Credit Balances",
    "PRV-015 Medical Identity Theft",
    "HIM-03.4 Subpoena Response",
    "PA-209 Patient Identification",
    "RCM-POL-0302 Payment Plans",
    "PFS-121 Bad Debt Placement",
    "CDI-004 Compliant Query Practice",
    "MSO-31 Locum Tenens Privileges",
    "PA-212 Legal Representatives",
)
PHONE_TREE = (
    "press 2 for claims, then 4",
    "option 3, then 1",
    "say 'claim status' at the prompt",
    "menu 1-3-2",
    "press 0 twice for an agent",
    "press 5 for provider services",
    "option 2, option 2, then #",
    "press 1 for English, 2 para español",
)
LABS = (
    "Na 128 mmol/L (ref 135-145)",
    "creatinine 2.4 mg/dL (baseline 1.1)",
    "lactate 4.2 mmol/L",
    "WBC 18.2 K/uL",
    "Hgb 6.9 g/dL",
    "albumin 2.1 g/dL",
    "BNP 1,840 pg/mL",
    "troponin I 0.41 ng/mL",
    "A1c 9.1%",
    "K 5.9 mEq/L",
    "PaO2 54 mmHg on RA",
    "SpO2 86% on room air",
    "glucose 412 mg/dL",
    "INR 3.8",
)
VITALS = (
    "BP 86/52, MAP 63",
    "HR 118, RR 28",
    "T 39.1 C",
    "BMI 41.3 kg/m2",
    "SpO2 88% on 2 L NC",
    "BP 148/92",
    "weight 132.4 kg",
    "LVEF 25%",
    "AHI 38.2 events/h",
    "FEV1 42% predicted",
)
DRUGS = (
    "Ozempic 0.5 mg SC weekly",
    "Humira 40 mg SC every 14 days",
    "Eliquis 5 mg PO BID",
    "Dexcom G7 sensors, 3 per 30 days",
    "insulin lispro via pump, TDD 48 units",
    "Entresto 49/51 mg BID",
    "Prolia 60 mg SC q6 months",
    "Mounjaro 5 mg SC weekly",
    "Xarelto 20 mg daily",
    "Omnipod 5 pods, 10 per 30 days",
)
IMPLANTS = (
    ("Medtronic Azure XT DR MRI pacemaker", "33208", "insertion of pacemaker, dual chamber", "C1785"),
    ("Abbott Assurity MRI pacemaker", "33208", "insertion of pacemaker, dual chamber", "C1785"),
    ("Zimmer Persona knee system", "27447", "total knee arthroplasty", "C1776"),
    ("Stryker Triathlon total knee", "27447", "total knee arthroplasty", "C1776"),
    ("Boston Scientific Watchman FLX", "33340", "percutaneous LAA closure w/ implant", "C1889"),
    ("Medtronic Micra AV leadless pacemaker", "33274", "transcatheter leadless pacemaker insertion", "C2621"),
    (
        "Inspire hypoglossal nerve stimulator",
        "64582",
        "hypoglossal nerve neurostimulator array and generator",
        "C1767",
    ),
    ("Boston Scientific Vercise DBS IPG", "61886", "neurostimulator pulse generator, 2+ arrays", "C1767"),
)
JDRUGS = (
    ("J1745", "infliximab, 10 mg", "57894-0030-01", "Remicade 100 mg vial"),
    ("J9271", "pembrolizumab, 1 mg", "0006-3026-02", "Keytruda 100 mg/4 mL vial"),
    ("J0897", "denosumab, 1 mg", "55513-0710-01", "Prolia 60 mg/mL syringe"),
    ("Q5103", "infliximab-dyyb, biosimilar, 10 mg", "0069-0809-01", "Inflectra 100 mg vial"),
    ("J2505", "pegfilgrastim, 6 mg", "55513-0190-01", "Neulasta 6 mg/0.6 mL syringe"),
    ("J1300", "eculizumab, 10 mg", "25682-0001-01", "Soliris 300 mg/30 mL vial"),
)
GLP = (
    ("0169-4132-12", "Ozempic 2 mg/3 mL pen", "4 pens / 28 days"),
    ("0002-1433-80", "Trulicity 1.5 mg/0.5 mL pen", "4 pens / 28 days"),
    ("00169-2911-15", "Wegovy 2.4 mg/0.75 mL pen", "4 pens / 28 days"),
    ("0002-1506-80", "Mounjaro 5 mg/0.5 mL pen", "4 pens / 28 days"),
    ("0088-2220-33", "Lantus 100 units/mL, 10 mL vial", "3 vials / 30 days"),
    ("0002-8215-01", "Humalog 100 units/mL vial", "4 vials / 30 days"),
)
POLICY_PREFIX = {
    "fa": ("PFS-118", "FIN-204", "RCM-POL-0107", "Policy 6.10", "FA-001"),
    "pp": ("RCM-POL-0302", "PFS-131", "Policy 6.14", "SP-07"),
    "baddebt": ("PFS-121", "RCM-POL-0510", "Policy 6.20", "CR-12"),
    "credit": ("RCM-POL-0441", "PFS-140", "Policy 6.31", "CB-03"),
    "rc": ("RCM-POL-0200", "RI-015", "Policy 7.02", "PFS-090"),
    "cdi": ("CDI-004", "HIM-CDI-02", "Policy 3.41", "CDI-11"),
    "mso": ("MSO-22", "MS-104", "Bylaws Art. V", "MSO-POL-09"),
    "locum": ("MSO-31", "MS-117", "MSO-POL-14"),
    "dup": ("HIM-07.2", "HIM-215", "EMPI-03", "Policy 4.12"),
    "theft": ("PRV-015", "PRIV-22", "HIPAA-11", "Policy 8.06"),
    "legalrep": ("PA-212", "REG-31", "Policy 2.19", "HIM-40"),
    "roi": ("HIM-03.4", "ROI-01", "Policy 4.30", "HIM-118"),
}
DEVICES = (
    "Medtronic Azure XT DR MRI pacemaker",
    "Zimmer Persona knee system",
    "ResMed AirSense 11 AutoSet",
    "Permobil M3 Corpus power chair",
    "Inogen One G5 concentrator",
    "Tandem t:slim X2 pump",
    "Dexcom G7 CGM",
    "Boston Scientific Watchman FLX",
    "Abbott FreeStyle Libre 3 reader",
    "Philips DreamStation 2",
    "Invacare Perfecto2",
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not PHI."""
    v: dict[str, Value] = {}

    def pick(key: str, pool: tuple[tuple[str, str], ...], n: int = 1) -> None:
        items = rng.sample(pool, n)
        for i, (code, desc) in enumerate(items, 1):
            suffix = "" if n == 1 else str(i)
            v[f"{key}{suffix}"] = (None, code)
            v[f"{key}{suffix}_desc"] = (None, desc)

    pick("cpt", CPT, 3)
    pick("hcpcs", HCPCS, 2)
    pick("dme", DME, 2)
    pick("amb", AMB, 2)
    pick("icd", ICD, 3)
    pick("rev", REV, 3)
    pick("drg", DRG, 2)
    pick("ndc", NDC, 2)
    pick("carc", CARC, 3)
    pick("rarc", RARC, 2)
    m1, m2 = rng.sample(MODS, 2)
    v["mod1"] = (None, m1)
    v["mod2"] = (None, m2)
    dm1, dm2 = rng.sample(DME_MODS, 2)
    v["dmod1"] = (None, dm1)
    v["dmod2"] = (None, dm2)
    billed = rng.uniform(180, 48000)
    allowed = billed * rng.uniform(0.18, 0.7)
    pr = allowed * rng.uniform(0.05, 0.3)
    paid = allowed - pr
    v["amt_billed"] = (None, f"${billed:,.2f}")
    v["amt_allowed"] = (None, f"${allowed:,.2f}")
    v["amt_pr"] = (None, f"${pr:,.2f}")
    v["amt_paid"] = (None, f"${paid:,.2f}")
    v["amt_adj"] = (None, f"${billed - allowed:,.2f}")
    v["amt_bal"] = (None, _money(rng, 45, 9800))
    v["amt_mo"] = (None, _money(rng, 25, 250))
    v["amt_fee"] = (None, _money(rng, 6.5, 75))
    v["amt_small"] = (None, _money(rng, 3, 90))
    v["amt_refund"] = (None, _money(rng, 12, 2400))
    v["amt_nodollar"] = (None, f"{rng.uniform(50, 9000):,.2f}")
    v["income"] = (None, _money(rng, 9000, 68000))
    v["income_mo"] = (None, _money(rng, 600, 5200))
    v["fpl_pct"] = (None, f"{rng.choice((100, 138, 150, 185, 200, 250, 300, 400))}%")
    v["fpl_actual"] = (None, f"{rng.randint(60, 390)}%")
    v["disc_pct"] = (None, f"{rng.choice((100, 100, 75, 60, 50, 40, 25))}%")
    v["hh_size"] = (None, str(rng.randint(1, 7)))
    v["pct"] = (None, f"{rng.randint(10, 40)}%")
    v["payer"] = (None, rng.choice(PAYERS))
    v["payer2"] = (None, rng.choice(PAYERS))
    v["pbm"] = (None, rng.choice(PBMS))
    v["plan"] = (None, rng.choice(PLANS))
    v["org"] = (None, rng.choice(ORGS))
    v["dept"] = (None, rng.choice(DEPTS))
    f1, f2 = rng.sample(FORMS, 2)
    v["form1"] = (None, f1)
    v["form2"] = (None, f2)
    p1, p2 = rng.sample(POLICIES, 2)
    v["policy1"] = (None, p1)
    v["policy2"] = (None, p2)
    v["policy_ver"] = (None, rng.choice(("rev. 7", "v3.2", "Rev 11", "version 2", "r4")))
    v["phone_tree"] = (None, rng.choice(PHONE_TREE))
    v["ext"] = (
        None,
        rng.choice(
            (f"x{rng.randint(2000, 7999)}", f"ext. {rng.randint(200, 8999)}", f"ext {rng.randint(10, 99)}")
        ),
    )
    v["ext2"] = (None, f"x{rng.randint(2000, 7999)}")
    v["room"] = (
        None,
        rng.choice(
            (
                f"Rm {rng.randint(100, 890)}",
                f"room {rng.randint(2, 9)}{rng.randint(10, 60)}",
                f"Bed {rng.randint(1, 40)}{rng.choice('AB')}",
                f"Bay {rng.randint(1, 24)}",
            )
        ),
    )
    v["lot_stock"] = (None, f"{rng.choice(('lot', 'Lot', 'LOT'))} {_a(rng, 1)}{_d(rng, 4)}{_a(rng, 1)}")
    v["units"] = (None, str(rng.randint(1, 40)))
    v["miles"] = (None, f"{rng.uniform(2, 88):.1f}")
    v["timely"] = (
        None,
        rng.choice(("90 days", "120 days", "180 days", "365 days", "one calendar year from DOS")),
    )
    v["taxonomy"] = (
        None,
        rng.choice(
            (
                "207R00000X",
                "207RC0000X",
                "208600000X",
                "207Q00000X",
                "2084P0800X",
                "363LF0000X",
                "207X00000X",
                "282N00000X",
            )
        ),
    )
    v["tin_org"] = (None, f"{rng.randint(20, 99)}-{_d(rng, 7)}")
    v["rxbin"] = (None, rng.choice(("610014", "004336", "610591", "003858", "015581", "610502")))
    v["rxpcn"] = (None, rng.choice(("ADV", "MEDDPRIME", "CTRX", "9999", "A4", "WG")))
    v["eft_trace"] = (None, rng.choice((f"1{_d(rng, 9)}", f"TRN{_d(rng, 10)}", f"EFT{_d(rng, 8)}")))
    v["tob"] = (None, rng.choice(("0111", "0131", "0141", "0851", "0117", "0121")))
    v["pos"] = (None, rng.choice(("POS 11", "POS 21", "POS 22", "POS 23", "POS 12", "POS 41", "POS 02")))
    v["year"] = (None, str(rng.randint(2014, 2026)))
    v["year2"] = (None, str(rng.randint(1978, 2012)))
    v["fy"] = (None, rng.choice(("FY2026", "FY 2025", "CY2026", "plan year 2026", "FY27")))
    v["time"] = (None, _time(rng))
    v["time2"] = (None, _time(rng))
    v["duration"] = (None, rng.choice(("4 min 12 s", "00:18:42", "27 minutes", "1 h 06 min", "11:08")))
    v["age_a"] = (None, str(rng.randint(18, 89)))
    v["age_b"] = (None, str(rng.randint(2, 89)))
    v["sex"] = (None, rng.choice(("F", "M", "F", "M", "X", "U")))
    v["los"] = (None, str(rng.randint(2, 19)))
    v["lab1"], v["lab2"] = [(None, x) for x in rng.sample(LABS, 2)]
    v["vital1"], v["vital2"] = [(None, x) for x in rng.sample(VITALS, 2)]
    v["drug"] = (None, rng.choice(DRUGS))
    v["device"] = (None, rng.choice(DEVICES))
    v["device2"] = (None, rng.choice(DEVICES))
    imp = rng.choice(IMPLANTS)
    v["implant"], v["implant_cpt"], v["implant_cpt_desc"], v["implant_hcpcs"] = [(None, x) for x in imp]
    glp = rng.choice(GLP)
    v["glp_ndc"], v["glp_desc"], v["glp_qty"] = [(None, x) for x in glp]
    v["mco"] = (
        None,
        rng.choice(
            (
                "Bridgeway Community Plan",
                "Sunrise Family Health (Medicaid)",
                "Keystone Meridian Medicaid HMO",
                "Harborline Medicaid Select",
                "Prairie Star Health Connect",
            )
        ),
    )
    v["commercial"] = (
        None,
        rng.choice(
            (
                "Harborline Health Plan",
                "Unity Mutual PPO",
                "Keystone Meridian HMO",
                "Summit Choice EPO",
                "Crestview Benefit Administrators",
                "Evergreen Mutual Insurance",
                "Northstar Federal Employee Plan",
            )
        ),
    )
    dj = rng.choice(JDRUGS)
    v["jcode"], v["jcode_desc"], v["jcode_ndc"], v["jcode_name"] = [(None, x) for x in dj]
    v["a1c"] = (None, f"{rng.uniform(7.2, 12.4):.1f}%")
    for topic, prefixes in POLICY_PREFIX.items():
        v[f"pol_{topic}"] = (None, rng.choice(prefixes) + rng.choice(("", "", f" ({v['policy_ver'][1]})")))
    v["amt_csv"] = (None, f"{rng.uniform(40, 9000):.2f}")
    v["amt_csv2"] = (None, f"{rng.uniform(5, 900):.2f}")
    v["cpap_device"] = (
        None,
        rng.choice(
            (
                "ResMed AirSense 11 AutoSet",
                "Philips DreamStation 2",
                "ResMed AirSense 10 AutoSet",
                "Fisher & Paykel SleepStyle",
            )
        ),
    )
    v["pmd_device"] = (
        None,
        rng.choice(("Permobil M3 Corpus", "Quantum Q6 Edge 3", "Invacare TDX SP2", "Pride Jazzy Elite HD")),
    )
    v["o2_device"] = (
        None,
        rng.choice(("Invacare Perfecto2", "Respironics EverFlo", "Inogen At Home", "DeVilbiss 525DS")),
    )
    v["pump_device"] = (
        None,
        rng.choice(
            ("Tandem t:slim X2", "Omnipod 5 controller", "Medtronic MiniMed 780G", "Beta Bionics iLet")
        ),
    )
    v["score"] = (
        None,
        rng.choice(("PHQ-9 14", "GCS 13", "Braden 12", "MMSE 19/30", "Morse 65", "ESS 16", "SOFA 6")),
    )
    v["pages"] = (None, str(rng.randint(3, 860)))
    v["count"] = (None, str(rng.randint(2, 48)))
    v["count2"] = (None, str(rng.randint(50, 4200)))
    v["match_score"] = (None, rng.choice(("0.97", "0.62", "0.88", "0.41", "92", "71", "0.993", "0.35")))
    v["voice_score"] = (None, f"0.{rng.randint(91, 99)}")
    v["fail_score"] = (None, f"0.{rng.randint(12, 64)}")
    v["empi_score"] = (None, rng.choice(("18.4", "22.1", "9.7", "14.0", "31.6", "12.5")))
    v["soi"] = (None, rng.choice(("SOI 3 / ROM 2", "SOI 4 / ROM 4", "SOI 2 / ROM 1", "SOI 3 / ROM 3")))
    v["cfr"] = (
        None,
        rng.choice(
            (
                "42 CFR 424.5",
                "45 CFR 164.528",
                "45 CFR 164.512(e)",
                "42 CFR 411.24",
                "IRC 501(r)",
                "42 CFR 405.942",
                "45 CFR 164.524",
                "29 CFR 2560.503-1",
            )
        ),
    )
    v["cond_code"] = (
        None,
        rng.choice(
            (
                "condition code 44",
                "CC 20",
                "occurrence code 11",
                "value code 80",
                "CC D9",
                "frequency code 7",
                "claim freq 8",
            )
        ),
    )
    v["queue"] = (
        None,
        rng.choice(
            (
                "WQ 4410 Medicare Denials",
                "WQ 118 MA No Response",
                "WQ 702 Self-Pay Early Out",
                "WQ 2209 Commercial Appeals",
                "WQ 309 Credit Balances",
                "WQ 515 Eligibility Errors",
            )
        ),
    )
    v["aba"] = (None, f"0{_d(rng, 8)}")
    v["pct_match"] = (None, f"{rng.randint(35, 99)}%")
    v["wait"] = (None, rng.choice(("14 min hold", "38 min on hold", "6 min", "52 minutes hold")))
    v["hours"] = (
        None,
        rng.choice(("Mon-Fri 8:00-4:30", "M-F 7:30 AM-6 PM", "weekdays 8-5 CT", "Mon-Thu 8-6, Fri 8-noon")),
    )
    v["tier"] = (None, rng.choice(("tier 3", "tier 4 (specialty)", "non-formulary", "tier 2 preferred")))
    v["carc1_x12"] = (None, v["carc1"][1].replace("-", "*"))
    v["carc2_x12"] = (None, v["carc2"][1].replace("-", "*"))
    v["qty"] = (
        None,
        rng.choice(
            ("4 pens / 28 days", "2 pens per 28 days", "90 strips / 30 days", "1 kit", "3 sensors / 30 days")
        ),
    )
    return v
