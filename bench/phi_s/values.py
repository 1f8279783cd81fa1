"""Values for planted set S: one invented identity and incident per note, and look-alike filler.

``identifiers(rng)`` returns the typed values (gold spans when a template uses them) plus a few
untyped companions (a state, a country, a relationship) that keep a note coherent but are not PHI.
``lookalikes(rng)`` returns clinical, operational and administrative text that is never PHI. Every
value is drawn from ``rng`` only, so a seed fixes the set.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from mediflow.quality.phi_types import PhiType as T

Value = tuple[T | None, str]

# --- people --------------------------------------------------------------------------------------

F_GIVEN = (
    "Maria",
    "Aisha",
    "Mei-Ling",
    "Siobhan",
    "Priya",
    "Ngozi",
    "Dolores",
    "Hope",
    "Summer",
    "Florence",
    "Paris",
    "Victoria",
    "Ana",
    "Yuki",
    "Fatima",
    "Ingrid",
    "Guadalupe",
    "Thi Lan",
    "Keisha",
    "Olga",
    "Rosa",
    "Marisol",
    "Chiamaka",
    "Leilani",
    "Zofia",
    "Ayse",
    "Dagny",
    "Precious",
    "Brooklyn",
    "Charity",
    "Imani",
    "Noor",
    "Kateryna",
    "Eun-ji",
    "Joy",
    "Autumn",
    "Camille",
    "Esperanza",
    "Wilhelmina",
    "Hannelore",
    "Bernadette",
    "Mabel",
    "Sinéad",
    "Agnieszka",
    "Lakshmi",
    "Xiomara",
    "Tallulah",
    "Ruby",
    "Aroha",
    "Nadia",
    "Temperance",
    "Georgia",
    "Marguerite",
    "Oyelola",
    "Dorothea",
    "Shanice",
    "Grace",
)
M_GIVEN = (
    "Jose",
    "Mohammed",
    "Tomasz",
    "Kwame",
    "Hiroshi",
    "Dmitri",
    "Liam",
    "Jean-Baptiste",
    "Rahul",
    "Diego",
    "Chukwuemeka",
    "Hamza",
    "Bao",
    "Jordan",
    "Austin",
    "Lincoln",
    "Chase",
    "Hunter",
    "Mason",
    "Sione",
    "Ravi",
    "Eamon",
    "Tevita",
    "Abdirahman",
    "Juan Carlos",
    "Pierre",
    "Björn",
    "Kenji",
    "Malik",
    "Santiago",
    "Ike",
    "Rocco",
    "Lars",
    "Amir",
    "Cristóbal",
    "Winston",
    "Clarence",
    "Earl",
    "Ezekiel",
    "Tariq",
    "Ignatius",
    "Dale",
    "Wesley",
    "Nikolai",
    "Joaquín",
    "Hemi",
    "Sterling",
    "Cyrus",
    "Bartholomew",
    "Otis",
    "Reuben",
    "Florian",
    "Kofi",
    "Thanh",
    "Gustavo",
    "Declan",
)
SURNAMES = (
    "Duarte-Rios",
    "O'Connell",
    "van der Berg",
    "de la Cruz",
    "Nguyen",
    "Okafor",
    "Kowalski",
    "Al-Sayed",
    "Nakamura",
    "Hernández",
    "MacLeod",
    "D'Amico",
    "Fitzgerald-Hale",
    "Banerjee",
    "Mensah",
    "Petrov",
    "Black",
    "Little",
    "Bell",
    "Marsh",
    "Brooks",
    "Lincoln",
    "Washington",
    "Young",
    "Savage",
    "Winter",
    "Rivers",
    "Fields",
    "Church",
    "Hill",
    "Chávez",
    "Le",
    "Ng",
    "Kim",
    "Park",
    "St. John",
    "da Silva",
    "dos Santos",
    "Van Buren",
    "Abdullahi",
    "Tupou",
    "Haddad",
    "Schneider",
    "Lindqvist",
    "Yilmaz",
    "Achterberg",
    "Begay",
    "Two Bulls",
    "Papadopoulos",
    "Wójcik",
    "Ferreira",
    "Salazar",
    "Mwangi",
    "Oyelaran",
    "Castellanos-Vidal",
    "Moreau",
    "LeBlanc",
    "El-Amin",
    "Ibáñez",
    "Kaur",
    "Singh",
    "Chowdhury",
    "Sato",
    "Bianchi",
    "Kealoha",
    "McAllister",
    "Frost",
    "Stone",
    "Gentry",
    "Boatwright",
    "Nwachukwu",
    "Horvath",
    "Quispe",
    "Mahlangu",
    "Ó Briain",
    "del Toro",
    "Vu",
    "Adeyemi",
    "Dubois",
    "Whitehorse",
    "Grünewald",
    "Sandoval",
    "Okonkwo-Barnes",
    "Faleolo",
    "Kristiansen",
    "Cohen",
)
NICKNAMES = (
    "Bud",
    "Dot",
    "Sunny",
    "Manny",
    "Lupe",
    "Tash",
    "Kiki",
    "Red",
    "Bubba",
    "Junior",
    "Nana",
    "Pops",
    "Bea",
    "Teo",
    "Sasha",
    "Mo",
    "Birdie",
    "Skip",
    "Cookie",
    "Lolo",
    "Doc",
    "Peaches",
)
ALIAS_WORDS = (
    "Zulu",
    "Cobalt",
    "Mercury",
    "Quebec",
    "Walrus",
    "Juniper",
    "Falcon",
    "Oxide",
    "Tango",
    "Vermont",
    "Yankee",
    "Saturn",
    "Granite",
    "Whiskey",
    "Indigo",
    "Pelican",
    "Orca",
    "Basalt",
    "Kilo",
    "Neptune",
)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def _slug(text: str) -> str:
    return "".join(c for c in _ascii(text).lower() if c.isalnum())


def _person(rng: random.Random, sex: str | None = None) -> dict[str, str]:
    sex = sex or rng.choice("FM")
    first = rng.choice(F_GIVEN if sex == "F" else M_GIVEN)
    middle = rng.choice(F_GIVEN + M_GIVEN) if rng.random() < 0.5 else ""
    last = rng.choice(SURNAMES)
    if rng.random() < 0.08 and " " not in last and "-" not in last:
        other = rng.choice(SURNAMES)
        if " " not in other and "-" not in other and other != last:
            last = f"{last}-{other}"
    return {"first": first, "middle": middle, "mi": middle[:1], "last": last, "sex": sex}


def _full(rng: random.Random, p: dict[str, str]) -> str:
    first, last, mi, middle = p["first"], p["last"], p["mi"], p["middle"]
    forms = [
        f"{first} {last}",
        f"{first} {last}",
        f"{last}, {first}",
        f"{last.upper()}, {first.upper()}",
        f"{first[0]}. {last}",
    ]
    if mi:
        forms += [f"{first} {mi}. {last}", f"{last}, {first} {mi}.", f"{first} {middle} {last}"]
    return rng.choice(forms)


def _caps(p: dict[str, str]) -> str:
    return f"{p['last'].upper()}, {p['first'].upper()}" + (f" {p['mi']}" if p["mi"] else "")


def _ocr(rng: random.Random, text: str) -> str:
    swaps = [("rn", "m"), ("m", "rn"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "l"), ("S", "5"), ("a", "o")]
    rng.shuffle(swaps)
    for a, b in swaps:
        if a in text:
            i = text.index(a)
            return text[:i] + b + text[i + len(a) :]
    return text


# --- dates ---------------------------------------------------------------------------------------

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


def _date(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    m3 = MONTHS[d.month - 1][:3]
    styles = {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "us_nopad": f"{d.month}/{d.day}/{d.year}",
        "iso": d.isoformat(),
        "dmon": f"{d.day:02d}-{m3}-{d.year}",
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year}",
        "long_dmy": f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "mon": f"{m3} {d.day} {d.year}",
        "caps": f"{d.day:02d}{m3.upper()}{d.year}",
        "slash_iso": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}",
    }
    return styles[style] if style else styles[rng.choice(sorted(styles))]


def _datetime(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    styles = {
        "iso": f"{d.isoformat()}T{hh:02d}:{mm:02d}",
        "iso_sp": f"{d.isoformat()} {hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
        "us": f"{d.month:02d}/{d.day:02d}/{d.year} {hh:02d}:{mm:02d}",
        "us_mil": f"{d.month}/{d.day}/{d.year % 100:02d} {hh:02d}{mm:02d}",
        "caps": f"{d.day:02d}{MONTHS[d.month - 1][:3].upper()}{d.year % 100:02d} {hh:02d}{mm:02d}",
        "long": f"{MONTHS[d.month - 1]} {d.day}, {d.year} at {(hh % 12) or 12}:{mm:02d} {'am' if hh < 12 else 'pm'}",
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year} {hh:02d}:{mm:02d}",
    }
    return styles[style] if style else styles[rng.choice(sorted(styles))]


# --- places --------------------------------------------------------------------------------------

STREETS = (
    "Old Mill Rd",
    "Calle del Sol",
    "Martin Luther King Jr Blvd",
    "N 4th St",
    "Rue Champlain",
    "Cemetery Hill Rd",
    "County Road 12",
    "Box Elder Ln",
    "Peachtree Ct",
    "Harbor View Dr",
    "W Juniper Ave",
    "Mission St",
    "Prairie Wind Trl",
    "Bayou Rd",
    "Orchard Way",
    "Lakeshore Blvd",
    "Fox Hollow Rd",
    "E Main St",
    "Sycamore Pl",
    "Via Rosa",
    "Tulip Tree Cir",
    "State Route 47",
    "Quarry Rd",
    "S Lighthouse Ln",
    "Avenida Las Palmas",
    "Kettle Pond Rd",
    "Rainier Ave S",
    "Grange Hall Rd",
    "Bluebonnet Dr",
    "Cannery Row",
    "Second Ave NE",
    "Wolf Creek Pass Rd",
    "Chapel St",
)
TOWNS = (
    "Harlow Creek",
    "Millbrook",
    "Cedar Falls",
    "Port Ellis",
    "Riverton",
    "Bellhaven",
    "Dunmore",
    "Cold Spring",
    "Marion",
    "Fairview",
    "Greenville",
    "Lake Tamsin",
    "Ojo Caliente",
    "San Isidro",
    "Kettle Falls",
    "Alder Grove",
    "New Bremen",
    "Wolf Point",
    "Eagle Pass",
    "Hope",
    "Paris",
    "Florence",
    "Lincoln",
    "Victoria",
    "Jordan",
    "Austin",
    "Brigham",
    "Sweetwater",
    "Tamarack",
    "Half Moon Bay",
    "Mount Vernon",
    "Two Rivers",
    "Santa Inés",
    "Beaver Dam",
    "Pine Bluff",
    "Gallup",
    "Chinle",
    "Port Angeles",
    "Keene",
    "Ephraim",
)
COUNTIES = (
    "Harlan County",
    "Ferris County",
    "Okanogan County",
    "Bexley County",
    "Siskin County",
    "Cibola County",
    "St. Landry Parish",
    "Lamoille County",
    "Teton County",
    "Marquette County",
    "Coos County",
    "Navajo County",
    "Door County",
    "Hidalgo County",
)
STATES = (
    "WA",
    "OR",
    "NM",
    "AZ",
    "VT",
    "NH",
    "MT",
    "WY",
    "LA",
    "TX",
    "WI",
    "MI",
    "ME",
    "CO",
    "UT",
    "Idaho",
    "Alaska",
    "Oregon",
    "Montana",
    "New Mexico",
)
NBHDS = (
    "Eastgate",
    "Old Town",
    "Riverbend",
    "the Mill District",
    "Southside Flats",
    "Chinatown-ID",
    "Barrio Logan",
    "Five Points",
    "Little Odessa",
    "Cabbagetown",
)
ABROAD = (
    ("Guadalajara", "Mexico", "Calle Morelos"),
    ("Cebu City", "Philippines", "Colon St"),
    ("Kraków", "Poland", "ul. Długa"),
    ("Accra", "Ghana", "Osu Badu St"),
    ("Lyon", "France", "Rue de la République"),
    ("Oaxaca de Juárez", "Mexico", "Calle Macedonio Alcalá"),
    ("Manchester", "United Kingdom", "Oldham Rd"),
    ("Porto", "Portugal", "Rua das Flores"),
    ("Da Nang", "Vietnam", "Bach Dang St"),
    ("Lagos", "Nigeria", "Awolowo Rd"),
    ("Izmir", "Türkiye", "Atatürk Cd."),
    ("Tromsø", "Norway", "Storgata"),
    ("Nadi", "Fiji", "Queens Rd"),
    ("Cusco", "Peru", "Av. El Sol"),
    ("Nuku'alofa", "Tonga", "Taufa'ahau Rd"),
    ("Queenstown", "New Zealand", "Shotover St"),
    ("Galway", "Ireland", "Shop St"),
    ("Cairns", "Australia", "Sheridan St"),
)
FACILITY_FORMS = (
    "{t} Regional Medical Center",
    "{t} Memorial Hospital",
    "St. Agnes Hospital - {t}",
    "{t} Community Hospital",
    "University Hospital of {t}",
    "{t} General",
    "Providence {t} Medical Center",
    "{t} Critical Access Hospital",
    "Good Samaritan of {t}",
)


def _facility(rng: random.Random, town: str) -> str:
    return rng.choice(FACILITY_FORMS).replace("{t}", town)


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99929):05d}"
    return f"{z}-{rng.randint(1, 9999):04d}" if rng.random() < 0.2 else z


def _addr(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.07:
        return f"PO Box {rng.randint(12, 9980)}"
    if r < 0.11:
        return f"HC {rng.randint(30, 89)} Box {rng.randint(2, 480)}"
    return f"{rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 29999)])} {rng.choice(STREETS)}"


def _apt(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Apt {rng.randint(1, 9)}{rng.choice('ABCDEF')}",
            f"Unit {rng.randint(1, 340)}",
            f"#{rng.randint(1, 40)}",
            f"Apt. {rng.randint(101, 818)}",
            f"Lot {rng.randint(1, 99)}",
            f"Trlr {rng.randint(1, 30)}",
            f"Space {rng.randint(1, 120)}",
            f"Rm {rng.randint(2, 40)}",
        ]
    )


def _gps(rng: random.Random) -> str:
    lat, lon = rng.uniform(31.5, 48.8), -rng.uniform(68.5, 123.5)
    style = rng.randrange(3)
    if style == 0:
        return f"{lat:.5f}, {lon:.5f}"
    if style == 1:
        return f"N{int(lat)}°{(lat % 1) * 60:06.3f}' W{int(-lon):03d}°{(-lon % 1) * 60:06.3f}'"
    return f"{lat:.4f}N {-lon:.4f}W"


# --- numbers -------------------------------------------------------------------------------------

AREAS = (
    "312",
    "505",
    "208",
    "907",
    "415",
    "719",
    "802",
    "928",
    "318",
    "406",
    "636",
    "843",
    "270",
    "517",
    "207",
    "603",
    "307",
    "575",
    "360",
    "541",
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _phone(rng: random.Random) -> str:
    a, line = rng.choice(AREAS), f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        [
            f"({a}) 555-{line}",
            f"{a}-555-{line}",
            f"{a}.555.{line}",
            f"+1 {a} 555 {line}",
            f"1-{a}-555-{line}",
            f"{a}555{line}",
            f"({a})555-{line}",
            f"{a} 555 {line}",
            f"+1-{a}-555-{line}",
        ]
    )


def _phone_intl(rng: random.Random) -> str:
    return rng.choice(
        [
            f"+44 20 7946 0{rng.randint(0, 999):03d}",
            f"+44 7700 900{rng.randint(0, 999):03d}",
            f"+61 491 570 1{rng.randint(0, 99):02d}",
            f"+33 1 99 00 {rng.randint(0, 99):02d} {rng.randint(0, 99):02d}",
            f"0044 20 7946 0{rng.randint(0, 999):03d}",
            f"+61 (0)491 570 1{rng.randint(0, 99):02d}",
        ]
    )


def _email(rng: random.Random, p: dict[str, str]) -> str:
    f, last = _slug(p["first"]), _slug(p["last"])
    dom = rng.choice(
        ["example.com", "example.org", "mail.example.com", "familia.test", "inbox.test", "example.org.test"]
    )
    user = rng.choice(
        [
            f"{f}.{last}",
            f"{f[0]}{last}",
            f"{f}{last}{rng.randint(1, 99)}",
            f"{last}.{f[0]}",
            f"{f}_{last}",
            f"{f}{rng.randint(1950, 2009)}",
        ]
    )
    return f"{user}@{dom}"


def _ssn(rng: random.Random) -> str:
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        [
            f"{area:03d}-{g:02d}-{s:04d}",
            f"{area:03d} {g:02d} {s:04d}",
            f"{area:03d}{g:02d}{s:04d}",
            f"{area:03d}-{g:02d}-{s:04d}",
        ]
    )


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_digit("80840" + base)


def _dea(rng: random.Random, last: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = _ascii(last)[:1].upper() or "X"
    return rng.choice("ABFGM") + first + "".join(map(str, d)) + str(check)


VIN_VALUES = {
    **{str(i): i for i in range(10)},
    "A": 1,
    "B": 2,
    "C": 3,
    "D": 4,
    "E": 5,
    "F": 6,
    "G": 7,
    "H": 8,
    "J": 1,
    "K": 2,
    "L": 3,
    "M": 4,
    "N": 5,
    "P": 7,
    "R": 9,
    "S": 2,
    "T": 3,
    "U": 4,
    "V": 5,
    "W": 6,
    "X": 7,
    "Y": 8,
    "Z": 9,
}
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1FT", "1HG", "2T1", "3VW", "5YJ", "1GC", "JTD", "KM8", "WBA", "4T1", "1C4", "5NP"])
    body = list(
        wmi + _alnum(rng, 5, chars) + "0" + rng.choice("LMNPRST") + _alnum(rng, 1, chars) + _digits(rng, 6)
    )
    total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=False))
    body[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(body)


def _plate(rng: random.Random) -> str:
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return rng.choice(
        [
            f"{rng.randint(1, 9)}{_alnum(rng, 3, L)}{_digits(rng, 3)}",
            f"{_alnum(rng, 3, L)}-{_digits(rng, 4)}",
            f"{_alnum(rng, 3, L)} {_digits(rng, 3)}",
            f"{_digits(rng, 4)} {_alnum(rng, 2, L)}",
            f"{_alnum(rng, 2, L)}-{_digits(rng, 2)}-{_alnum(rng, 2, L)}",
            f"{_digits(rng, 3)}{_alnum(rng, 3, L)}",
        ]
    )


def _imei(rng: random.Random) -> str:
    body = rng.choice(["35", "86", "01", "49"]) + _digits(rng, 12)
    return body + _luhn_digit(body)


def _mbi(rng: random.Random) -> str:
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    s = (
        str(rng.randint(1, 9))
        + rng.choice(A)
        + rng.choice(AN)
        + _digits(rng, 1)
        + rng.choice(A)
        + rng.choice(AN)
        + _digits(rng, 1)
        + rng.choice(A)
        + rng.choice(A)
        + _digits(rng, 2)
    )
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def _device_serial(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{_digits(rng, 6)}{rng.choice('HSRGP')}",
            _digits(rng, 7),
            f"{_digits(rng, 6)}",
            f"RLM{_digits(rng, 6)}H",
            f"{_alnum(rng, 2, 'ABCDEFGHKMNPRSTVWXYZ')}{_digits(rng, 7)}",
        ]
    )


def _udi(rng: random.Random, serial: str, expiry: dt.date) -> str:
    gtin = "0" + _digits(rng, 13)
    exp = f"{expiry.year % 100:02d}{expiry.month:02d}{expiry.day:02d}"
    return rng.choice(
        [f"(01){gtin}(17){exp}(21){serial}", f"01{gtin}17{exp}21{serial}", f"(01){gtin}(21){serial}"]
    )


# --- the identity -------------------------------------------------------------------------------


def identifiers(rng: random.Random) -> dict[str, Value]:
    v: dict[str, Value] = {}
    roles = (
        "pt",
        "nok",
        "nok2",
        "dr",
        "dr2",
        "rn",
        "staff",
        "staff2",
        "medic",
        "medic2",
        "officer",
        "witness",
        "mother",
        "father",
        "atty",
        "fd",
        "inv",
        "dentist",
        "escort",
    )
    people: dict[str, dict[str, str]] = {}
    for role in roles:
        sex = "F" if role == "mother" else "M" if role == "father" else None
        p = _person(rng, sex)
        people[role] = p
        v[role] = (T.NAME, _full(rng, p))
        v[f"{role}_fl"] = (T.NAME, f"{p['first']} {p['last']}")
        v[f"{role}_first"] = (T.NAME, p["first"])
        v[f"{role}_last"] = (T.NAME, p["last"])
        v[f"{role}_caps"] = (T.NAME, _caps(p))
    pt = people["pt"]
    if rng.random() < 0.3:  # a relative who shares the surname
        people["nok"]["last"] = pt["last"]
        v["nok_last"] = (T.NAME, pt["last"])
        v["nok_fl"] = (T.NAME, f"{people['nok']['first']} {pt['last']}")
        v["nok"] = (T.NAME, _full(rng, people["nok"]))
        v["nok_caps"] = (T.NAME, _caps(people["nok"]))
    v["pt_lf"] = (
        T.NAME,
        f"{pt['last']}, {pt['first']}" + (f" {pt['mi']}." if pt["mi"] and rng.random() < 0.5 else ""),
    )
    v["pt_nick"] = (T.NAME, rng.choice(NICKNAMES))
    v["pt_ocr"] = (T.NAME, _ocr(rng, _caps(pt)))
    v["nok_rel"] = (
        None,
        rng.choice(
            [
                "daughter",
                "son",
                "wife",
                "husband",
                "sister",
                "brother",
                "niece",
                "grandson",
                "partner",
                "mother",
                "father",
                "friend",
                "neighbour",
            ]
        ),
    )
    v["pt_sex"] = (None, pt["sex"])
    v["pt_pron"] = (None, "she" if pt["sex"] == "F" else "he")
    v["pt_poss"] = (None, "her" if pt["sex"] == "F" else "his")
    v["pt_Pron"] = (None, "She" if pt["sex"] == "F" else "He")
    v["maiden"] = (T.NAME, rng.choice(SURNAMES))
    v["tattoo_name"] = (T.NAME, rng.choice(F_GIVEN + M_GIVEN + NICKNAMES))
    w = rng.choice(ALIAS_WORDS)
    v["alias"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"TRAUMA, {w.upper()}",
                f"Doe, {w} {rng.randint(10, 9999)}",
                f"UNKNOWN {w.upper()}-{rng.randint(1, 99)}",
                f"Trauma{w}{rng.randint(100, 999)}",
                f"ZZ{w.upper()}, UNK",
                f"Unidentified {w} {rng.randint(1, 40)}",
            ]
        ),
    )
    v["alias2"] = (T.OTHER_ID, f"TRAUMA, {rng.choice(ALIAS_WORDS).upper()}")

    # dates
    event = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1275))
    age = rng.choice([rng.randint(90, 104), rng.randint(18, 89), rng.randint(18, 89), rng.randint(1, 89)])
    age_old = rng.randint(90, 106)
    dob = event - dt.timedelta(days=age * 365 + rng.randint(1, 360))
    dob_old = event - dt.timedelta(days=age_old * 365 + rng.randint(1, 360))
    v["age"] = (T.AGE if age >= 90 else None, str(age))
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
        100: "one hundred",
        101: "one hundred and one",
        102: "one hundred two",
    }
    v["age_old"] = (T.AGE, str(age_old))
    v["age_old_w"] = (T.AGE, words.get(age_old, str(age_old)) if rng.random() < 0.6 else str(age_old))
    v["dob"] = (T.DATE, _date(rng, dob))
    v["dob_us"] = (T.DATE, _date(rng, dob, "us"))
    v["dob_iso"] = (T.DATE, _date(rng, dob, "iso"))
    dob_m = event - dt.timedelta(days=rng.randint(17, 45) * 365 + rng.randint(1, 360))
    v["dob_mother"] = (T.DATE, _date(rng, dob_m))
    v["dob_ocr"] = (T.DATE, _date(rng, dob_m, "us").replace("0", "O", 1).replace("1", "l", 1))
    v["dob_nok"] = (
        T.DATE,
        _date(rng, event - dt.timedelta(days=rng.randint(19, 80) * 365 + rng.randint(1, 360))),
    )
    v["dob_old"] = (T.DATE, _date(rng, dob_old))
    v["dob_old_us"] = (T.DATE, _date(rng, dob_old, rng.choice(["us", "us_nopad"])))
    d2 = event + dt.timedelta(days=rng.randint(0, 2))
    d3 = event + dt.timedelta(days=rng.randint(3, 40))
    d4 = event - dt.timedelta(days=rng.randint(30, 900))
    d5 = event + dt.timedelta(days=rng.randint(41, 200))
    v["d1"] = (T.DATE, _date(rng, event))
    v["d1_us"] = (T.DATE, _date(rng, event, "us"))
    v["d1_iso"] = (T.DATE, _date(rng, event, "iso"))
    v["d1_long"] = (T.DATE, _date(rng, event, rng.choice(["long", "long_dmy"])))
    v["d1_dmy"] = (T.DATE, _date(rng, event, rng.choice(["dmy", "dot", "long_dmy", "dmon"])))
    v["d1_short"] = (
        T.DATE,
        rng.choice(
            [
                f"{MONTHS[event.month - 1][:3]} {event.day}",
                f"{event.month}/{event.day}",
                f"{event.day} {MONTHS[event.month - 1]}",
            ]
        ),
    )
    v["dt1"] = (T.DATE, _datetime(rng, event))
    iso_style = rng.choice(["iso", "iso_sp"])
    v["dt1_iso"] = (T.DATE, _datetime(rng, event, iso_style))
    v["dt1_iso2"] = (T.DATE, _datetime(rng, event, iso_style))
    v["dt1_iso3"] = (T.DATE, _datetime(rng, event, iso_style))
    v["d1_hl7"] = (
        T.DATE,
        f"{event.year}{event.month:02d}{event.day:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
    )
    v["d2"] = (T.DATE, _date(rng, d2))
    v["dt2"] = (T.DATE, _datetime(rng, d2))
    v["dt2_iso"] = (T.DATE, _datetime(rng, d2, iso_style))
    v["d3"] = (T.DATE, _date(rng, d3))
    v["dt3"] = (T.DATE, _datetime(rng, d3))
    v["d4"] = (T.DATE, _date(rng, d4))
    v["d5"] = (T.DATE, _date(rng, d5))
    old = event - dt.timedelta(days=rng.randint(700, 9000))
    v["d_old_short"] = (
        T.DATE,
        rng.choice(
            [
                f"{old.month}.{old.day}.{old.year % 100:02d}",
                f"{old.month}-{old.day}-{old.year}",
                f"{MONTHS[old.month - 1][:3].upper()} {old.day} {old.year}",
            ]
        ),
    )
    v["d_exp"] = (T.DATE, _date(rng, event + dt.timedelta(days=rng.randint(200, 3600))))
    v["d_issue"] = (T.DATE, _date(rng, event - dt.timedelta(days=rng.randint(200, 3000))))

    # places
    town, town2 = rng.sample(TOWNS, 2)
    v["addr"] = (T.LOCATION, _addr(rng))
    v["addr_caps"] = (T.LOCATION, _addr(rng).upper())
    v["addr2"] = (T.LOCATION, _addr(rng))
    v["apt"] = (T.LOCATION, _apt(rng))
    v["city"] = (T.LOCATION, town)
    v["city_caps"] = (T.LOCATION, town.upper())
    v["city2"] = (T.LOCATION, town2)
    v["county"] = (T.LOCATION, rng.choice(COUNTIES))
    v["zip"] = (T.LOCATION, _zip(rng))
    v["zip2"] = (T.LOCATION, _zip(rng))
    v["state"] = (None, rng.choice(STATES))
    v["state2"] = (None, rng.choice(STATES))
    v["nbhd"] = (T.LOCATION, rng.choice(NBHDS))
    v["fac"] = (T.LOCATION, _facility(rng, town if rng.random() < 0.5 else town2))
    v["fac2"] = (T.LOCATION, _facility(rng, rng.choice(TOWNS)))
    abroad_city, country, abroad_street = rng.choice(ABROAD)
    v["abroad_city"] = (T.LOCATION, abroad_city)
    v["abroad_addr"] = (
        T.LOCATION,
        rng.choice([f"{abroad_street} {rng.randint(1, 240)}", f"{rng.randint(1, 240)} {abroad_street}"]),
    )
    v["abroad_fac"] = (
        T.LOCATION,
        rng.choice(
            [
                f"{abroad_city} General Hospital",
                f"{abroad_city} University Hospital",
                f"International Clinic {abroad_city}",
                f"{abroad_city} Doctors Hospital",
            ]
        ),
    )
    v["country"] = (None, country)
    v["gps"] = (T.LOCATION, _gps(rng))

    # contacts
    v["phone"] = (T.PHONE, _phone(rng))
    v["phone2"] = (T.PHONE, _phone(rng))
    v["phone3"] = (T.PHONE, _phone(rng))
    v["phone_intl"] = (T.PHONE, _phone_intl(rng))
    v["fax"] = (T.FAX, _phone(rng))
    v["fax2"] = (T.FAX, rng.choice([_phone(rng), _phone_intl(rng)]))
    v["email"] = (T.EMAIL, _email(rng, people["nok"]))
    v["email_pt"] = (T.EMAIL, _email(rng, pt))
    v["email_staff"] = (T.EMAIL, _email(rng, people["staff"]))
    f, last = _slug(pt["first"]), _slug(pt["last"])
    v["url_missing"] = (
        T.URL,
        rng.choice(
            [
                f"https://alerts.example.org/missing/{rng.randint(10000, 999999)}",
                f"www.example.com/bring-{f}-home",
                f"http://example.org/find/{last}{rng.randint(1, 99)}",
                f"https://social.example.com/@{f}.{last}",
                f"https://{f}{last}.example.com",
                f"alerts.example.org/case?id={rng.randint(10000, 999999)}",
            ]
        ),
    )
    v["url_obit"] = (
        T.URL,
        rng.choice(
            [
                f"https://memorial.example.org/obituaries/{f}-{last}",
                f"www.example.com/tributes/{f}{last}{rng.randint(1, 9)}",
                f"https://fundraise.example.com/f/{f}-{last}-funeral",
                f"https://social.example.com/@{f}.{last}",
            ]
        ),
    )
    v["url_portal"] = (
        T.URL,
        rng.choice(
            [
                f"https://portal.example.org/records/{_digits(rng, 8)}",
                f"https://secure.example.com/upload?case={_digits(rng, 7)}",
                f"https://share.example.org/s/{_alnum(rng, 10, 'abcdefghjkmnpqrstuvwxyz23456789')}",
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
            ]
        ),
    )
    v["ip2"] = (
        T.IP_ADDRESS,
        rng.choice(
            [
                f"203.0.113.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(0, 65535):x}:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
                f"100.{rng.randint(64, 127)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        ),
    )

    # government, insurance, billing
    v["ssn"] = (T.SSN, _ssn(rng))
    v["ssn2"] = (T.SSN, _ssn(rng))
    v["ssn_masked"] = (T.SSN, rng.choice(["XXX-XX-", "***-**-", "xxx-xx-"]) + _digits(rng, 4))
    v["mrn"] = (
        T.MRN,
        rng.choice(
            [
                _digits(rng, 8),
                f"E{_digits(rng, 7)}",
                f"MR-{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                f"H{_digits(rng, 7)}",
                f"00{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            ]
        ),
    )
    v["mrn2"] = (
        T.MRN,
        rng.choice([_digits(rng, 8), f"E{_digits(rng, 7)}", f"NB{_digits(rng, 6)}", f"M{_digits(rng, 7)}"]),
    )
    v["mrn_temp"] = (
        T.MRN,
        rng.choice(
            [f"T{_digits(rng, 7)}", f"UNK{_digits(rng, 6)}", f"999{_digits(rng, 5)}", f"TR-{_digits(rng, 5)}"]
        ),
    )
    v["hp"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"ZGP {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                f"M{_digits(rng, 8)}01",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}-A",
                f"U{_digits(rng, 10)}",
            ]
        ),
    )
    v["hp_group"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"GRP-{_digits(rng, 5)}{rng.choice('ABC')}",
                _digits(rng, 5),
                f"HX{_digits(rng, 5)}",
                f"{_digits(rng, 6)}-{_digits(rng, 3)}",
            ]
        ),
    )
    v["mbi"] = (T.HEALTH_PLAN_ID, _mbi(rng))
    v["hp2"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 8)}",
                f"{_digits(rng, 9)}-0{rng.randint(1, 4)}",
                f"H{_digits(rng, 4)} {_digits(rng, 5)}",
            ]
        ),
    )
    v["medicaid"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"MCD-{_digits(rng, 8)}",
                _digits(rng, 10),
                f"{_alnum(rng, 2, 'ABCDEFGHKLMNPRSTWXYZ')}{_digits(rng, 5)}{rng.choice('ABCDEFGHK')}",
            ]
        ),
    )
    v["hp_foreign"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"AXT-{_digits(rng, 4)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                f"80{_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
                f"WTP{_digits(rng, 7)}",
                f"ALZ {_digits(rng, 2)}-{_digits(rng, 7)}-01",
                f"GHI/{_digits(rng, 6)}/{rng.choice('ABCD')}",
            ]
        ),
    )
    v["acct"] = (
        T.ACCOUNT,
        rng.choice(
            [
                f"{_digits(rng, 2)}-{_digits(rng, 7)}",
                f"A{_digits(rng, 10)}",
                _digits(rng, 9),
                f"PA{_digits(rng, 8)}",
            ]
        ),
    )
    v["fin"] = (
        T.ACCOUNT,
        rng.choice(
            [
                _digits(rng, 10),
                f"V{_digits(rng, 8)}",
                f"ENC-{_digits(rng, 4)}-{_digits(rng, 6)}",
                f"{_digits(rng, 4)}{_digits(rng, 6)}",
            ]
        ),
    )
    v["claim"] = (
        T.ACCOUNT,
        rng.choice(
            [
                f"CLM{_digits(rng, 2)}-{_digits(rng, 7)}",
                f"{_digits(rng, 4)}MA{_digits(rng, 7)}",
                f"EMS-{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            ]
        ),
    )
    v["bank_acct"] = (
        T.ACCOUNT,
        rng.choice([f"{_digits(rng, 4)}-{_digits(rng, 6)}", f"*{_digits(rng, 4)}", _digits(rng, 12)]),
    )
    v["dl"] = (
        T.LICENSE,
        rng.choice(
            [
                f"{rng.choice('DSFWHM')}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{rng.choice('ABFKX')}{_digits(rng, 7)}",
                f"WDL{_alnum(rng, 9)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                _digits(rng, 8),
                f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
            ]
        ),
    )
    v["npi"] = (T.LICENSE, _npi(rng))
    v["npi2"] = (T.LICENSE, _npi(rng))
    # the submitting facility's NPI (the same number, no draw of its own) is an organisation's: not gold
    # (CONVENTIONS.md; aligned by the lead on 2026-12-03, the text unchanged)
    v["fac_npi"] = (None, v["npi"][1])
    v["dea"] = (T.LICENSE, _dea(rng, people["dr"]["last"]))
    v["lic_rn"] = (
        T.LICENSE,
        rng.choice(
            [
                f"RN{_digits(rng, 6)}",
                f"RN.{_digits(rng, 7)}",
                f"NUR-{_digits(rng, 7)}",
                f"{_digits(rng, 6)}-RN",
                f"R{_digits(rng, 7)}",
            ]
        ),
    )
    v["lic_emt"] = (
        T.LICENSE,
        rng.choice(
            [
                f"P-{_digits(rng, 6)}",
                f"EMT{_digits(rng, 6)}",
                f"P{_digits(rng, 7)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"E{_digits(rng, 6)}",
            ]
        ),
    )
    v["lic_emt2"] = (
        T.LICENSE,
        rng.choice([f"P-{_digits(rng, 6)}", f"EMT{_digits(rng, 6)}", f"P{_digits(rng, 7)}"]),
    )
    v["lic_fd"] = (
        T.LICENSE,
        rng.choice(
            [
                f"FD-{_digits(rng, 5)}",
                f"FDE {_digits(rng, 4)}",
                f"{_digits(rng, 4)}FD",
                f"FDR{_digits(rng, 6)}",
            ]
        ),
    )
    v["lic_sane"] = (
        T.LICENSE,
        rng.choice(
            [f"SANE-A {_digits(rng, 4)}-{_digits(rng, 4)}", f"{_digits(rng, 7)}", f"FN-{_digits(rng, 5)}"]
        ),
    )
    v["lic_sw"] = (
        T.LICENSE,
        rng.choice([f"LCSW-{_digits(rng, 5)}", f"LSW.{_digits(rng, 6)}", f"{_digits(rng, 5)}-LCSW"]),
    )
    v["lic_md"] = (
        T.LICENSE,
        rng.choice(
            [
                f"MD{_digits(rng, 6)}",
                f"G{_digits(rng, 5)}",
                f"{_digits(rng, 2)}.{_digits(rng, 6)}",
                f"DO-{_digits(rng, 5)}",
            ]
        ),
    )
    v["cert_birth"] = (
        T.LICENSE,
        rng.choice(
            [
                f"{_digits(rng, 3)}-{event.year}-{_digits(rng, 6)}",
                f"{event.year}{_digits(rng, 6)}",
                f"B{_digits(rng, 8)}",
            ]
        ),
    )
    v["cert_death"] = (
        T.LICENSE,
        rng.choice(
            [
                f"{event.year}-DC-{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"D{_digits(rng, 9)}",
            ]
        ),
    )
    v["permit"] = (
        T.LICENSE,
        rng.choice(
            [
                f"BTP-{_digits(rng, 4)}-{_digits(rng, 5)}",
                f"CR{_digits(rng, 7)}",
                f"{_digits(rng, 2)}-{_digits(rng, 6)}",
            ]
        ),
    )

    # vehicles and devices
    v["vin"] = (T.VEHICLE_ID, _vin(rng))
    v["vin2"] = (T.VEHICLE_ID, _vin(rng))
    v["plate"] = (T.VEHICLE_ID, _plate(rng))
    v["plate2"] = (T.VEHICLE_ID, _plate(rng))
    v["hin"] = (
        T.VEHICLE_ID,
        f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 5)}{rng.choice('ABCDEFGHIJKL')}{rng.randint(0, 9)}{_digits(rng, 2)}",
    )
    serial = _device_serial(rng)
    v["dev"] = (T.DEVICE_ID, serial)
    v["dev2"] = (T.DEVICE_ID, _device_serial(rng))
    v["udi"] = (T.DEVICE_ID, _udi(rng, serial, event + dt.timedelta(days=rng.randint(300, 1400))))
    v["pump_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            [f"NG{_digits(rng, 7)}H", f"{_digits(rng, 8)}", f"PDM-{_alnum(rng, 8)}", f"SN{_digits(rng, 9)}"]
        ),
    )
    v["cgm_sn"] = (
        T.DEVICE_ID,
        rng.choice([f"{_alnum(rng, 10)}", f"8G{_digits(rng, 7)}", f"TX {_alnum(rng, 6)}"]),
    )
    v["imei"] = (T.DEVICE_ID, _imei(rng))
    v["infant_tag"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                f"HT-{_alnum(rng, 6, '0123456789ABCDEF')}",
                f"{_alnum(rng, 8, '0123456789ABCDEF')}",
                f"IT{_digits(rng, 7)}",
            ]
        ),
    )
    v["gps_sn"] = (
        T.DEVICE_ID,
        rng.choice([f"PL-{_digits(rng, 7)}", f"{_digits(rng, 10)}", f"GT{_alnum(rng, 8)}"]),
    )
    v["bodycam"] = (
        T.DEVICE_ID,
        rng.choice([f"X6{_alnum(rng, 8)}", f"D{_digits(rng, 8)}", f"BWC-{_digits(rng, 6)}"]),
    )
    v["implant_sn"] = (
        T.DEVICE_ID,
        rng.choice(
            [
                f"SN {_digits(rng, 8)}",
                f"{_digits(rng, 2)}-{_digits(rng, 7)}",
                f"{_alnum(rng, 4)}{_digits(rng, 6)}",
            ]
        ),
    )

    # biometrics and photos
    hx = "0123456789abcdef"
    v["bio_palm"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"PV-{_alnum(rng, 4, hx.upper())}-{_alnum(rng, 4, hx.upper())}-{_alnum(rng, 4, hx.upper())}",
                f"pvt_{_alnum(rng, 12, hx)}",
                f"PALM{_digits(rng, 9)}",
            ]
        ),
    )
    v["bio_fp"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"FP-TPL-{_digits(rng, 7)}",
                f"LFP#{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"TCN {_alnum(rng, 12)}",
                f"fpx:{_alnum(rng, 16, hx)}",
            ]
        ),
    )
    v["bio_iris"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"IRS-{rng.choice('LR')}-{_alnum(rng, 8, hx)}",
                f"iris/{_alnum(rng, 20, hx)}",
                f"IC{_digits(rng, 10)}",
            ]
        ),
    )
    v["bio_voice"] = (
        T.BIOMETRIC,
        rng.choice(
            [
                f"VPR-{_digits(rng, 6)}-{rng.randint(1, 9)}",
                f"vp_{_alnum(rng, 10, hx)}",
                f"VOX{_digits(rng, 8)}",
            ]
        ),
    )
    v["bio_face"] = (
        T.BIOMETRIC,
        rng.choice([f"FT:{_alnum(rng, 10, hx)}", f"FACE-{_digits(rng, 9)}", f"fte_{_alnum(rng, 14, hx)}"]),
    )
    v["bio_foot"] = (
        T.BIOMETRIC,
        rng.choice([f"NBFP-{_digits(rng, 8)}", f"FTP{_digits(rng, 7)}", f"FPR-{_alnum(rng, 8)}"]),
    )
    v["photo"] = (
        T.PHOTO,
        rng.choice(
            [
                f"IMG_{_digits(rng, 4)}.JPG",
                f"DSC0{_digits(rng, 4)}.jpg",
                f"face_front_{_digits(rng, 7)}.png",
                f"{f}_{last}_portrait.jpg",
                f"ID_photo_{_digits(rng, 6)}.jpeg",
                f"PXL_{_digits(rng, 8)}_{_digits(rng, 6)}.jpg",
                f"mugshot-{_digits(rng, 6)}.tif",
            ]
        ),
    )
    v["photo_id"] = (
        T.PHOTO,
        rng.choice(
            [
                f"PH-{_digits(rng, 7)}",
                f"PHOTO-{_digits(rng, 8)}",
                f"FRT-{_alnum(rng, 8)}",
                f"IMG{_digits(rng, 9)}",
            ]
        ),
    )

    # other identifiers
    yy = event.year % 100
    v["case_no"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"{yy}-{_digits(rng, 6)}",
                f"PD{yy}-{_digits(rng, 7)}",
                f"SO-{event.year}-{_digits(rng, 5)}",
                f"{event.year}{_digits(rng, 8)}",
                f"R{yy}{_digits(rng, 6)}",
            ]
        ),
    )
    v["me_case"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"ME{yy}-{_digits(rng, 4)}",
                f"{event.year}-{_digits(rng, 5)}",
                f"OMI-{yy}-{_digits(rng, 4)}",
                f"C{yy}{_digits(rng, 5)}",
            ]
        ),
    )
    v["incident"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"INC-{yy}-{_digits(rng, 5)}",
                f"MCI{yy}{_digits(rng, 4)}",
                f"IR{_digits(rng, 7)}",
                f"{yy}-{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{_digits(rng, 4)}",
            ]
        ),
    )
    v["cad"] = (
        T.OTHER_ID,
        rng.choice([f"{yy}-{_digits(rng, 6)}", f"CAD{_digits(rng, 9)}", f"F{yy}{_digits(rng, 6)}"]),
    )
    v["tag"] = (
        T.OTHER_ID,
        rng.choice(
            [
                _digits(rng, 7),
                f"A{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"DT{_digits(rng, 6)}",
            ]
        ),
    )
    v["tag2"] = (T.OTHER_ID, rng.choice([_digits(rng, 7), f"A{_digits(rng, 6)}", f"DT{_digits(rng, 6)}"]))
    ev = rng.choice(["E", "ITEM-", "EV", ""])
    base = _digits(rng, 6)
    v["evid"] = (T.OTHER_ID, f"{ev}{base}-01")
    v["evid2"] = (T.OTHER_ID, f"{ev}{base}-02")
    v["evid3"] = (T.OTHER_ID, f"{ev}{base}-03")
    v["kit"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"SAK-{yy}-{_digits(rng, 5)}",
                f"{_digits(rng, 8)}",
                f"K{_digits(rng, 7)}",
                f"VB{_digits(rng, 6)}",
            ]
        ),
    )
    v["seal"] = (T.OTHER_ID, rng.choice([_digits(rng, 6), f"S{_digits(rng, 7)}", f"TE-{_digits(rng, 6)}"]))
    v["passport"] = (
        T.OTHER_ID,
        rng.choice(
            [
                _digits(rng, 9),
                f"{rng.choice('ACEFGHKLMNPRX')}{_digits(rng, 8)}",
                f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 7)}",
                f"C{_alnum(rng, 8, 'CFGHJKLMNPRTVWXYZ0123456789')}",
            ]
        ),
    )
    v["passport2"] = (
        T.OTHER_ID,
        rng.choice([_digits(rng, 9), f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 7)}"]),
    )
    v["visa"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"{_digits(rng, 8)}",
                f"V{_digits(rng, 7)}",
                f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 6)}",
            ]
        ),
    )
    v["seaman"] = (
        T.OTHER_ID,
        rng.choice([f"SB-{_digits(rng, 7)}", f"C{_digits(rng, 7)}", f"MMC {_digits(rng, 9)}"]),
    )
    v["emp"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"E{_digits(rng, 6)}",
                f"EMP-{_digits(rng, 5)}",
                _digits(rng, 6),
                f"{_digits(rng, 2)}{_alnum(rng, 4)}",
            ]
        ),
    )
    v["emp2"] = (T.OTHER_ID, rng.choice([f"E{_digits(rng, 6)}", f"EMP-{_digits(rng, 5)}", _digits(rng, 6)]))
    v["emp3"] = (T.OTHER_ID, rng.choice([f"E{_digits(rng, 6)}", _digits(rng, 6), f"C{_digits(rng, 5)}"]))
    v["badge"] = (
        T.OTHER_ID,
        rng.choice([_digits(rng, 4), _digits(rng, 3), f"{rng.choice('KLPS')}{_digits(rng, 3)}"]),
    )
    v["pnr"] = (T.OTHER_ID, _alnum(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"))
    v["asst_ref"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"MA-{event.year}-{_digits(rng, 6)}",
                f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}/{_digits(rng, 7)}",
                f"{_digits(rng, 2)}.{_digits(rng, 5)}.{_digits(rng, 3)}",
            ]
        ),
    )
    v["opo_ref"] = (
        T.OTHER_ID,
        rng.choice([f"R{yy}-{_digits(rng, 5)}", f"{_digits(rng, 7)}", f"OPO-{_alnum(rng, 6)}"]),
    )
    v["unos"] = (
        T.OTHER_ID,
        rng.choice(
            [f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 3)}", f"DON{_digits(rng, 6)}"]
        ),
    )
    v["nbs_kit"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"{yy}{_digits(rng, 7)}",
                f"NB{_digits(rng, 8)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            ]
        ),
    )
    v["band"] = (
        T.OTHER_ID,
        rng.choice([_digits(rng, 5), _digits(rng, 6), f"{_digits(rng, 3)}-{_digits(rng, 3)}"]),
    )
    v["court_case"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"{yy}-AD-{_digits(rng, 5)}",
                f"FA{event.year}-{_digits(rng, 6)}",
                f"{_digits(rng, 2)}JV{_digits(rng, 4)}",
            ]
        ),
    )
    v["specimen"] = (
        T.OTHER_ID,
        rng.choice([f"DNA-{yy}-{_digits(rng, 5)}", f"S{yy}-{_digits(rng, 6)}", f"TOX{_digits(rng, 7)}"]),
    )
    v["dental_ref"] = (
        T.OTHER_ID,
        rng.choice([f"DR-{_digits(rng, 6)}", f"ODT-{yy}-{_digits(rng, 3)}", f"X{_digits(rng, 7)}"]),
    )
    v["auto_policy"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_alnum(rng, 3)}",
                f"PA{_digits(rng, 9)}",
                f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{_digits(rng, 8)}",
            ]
        ),
    )
    v["natl_id"] = (
        T.OTHER_ID,
        rng.choice(
            [
                f"{_alnum(rng, 4, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 6)}{_alnum(rng, 6, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 2)}",
                f"{_digits(rng, 11)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            ]
        ),
    )
    return v


# --- look-alikes ---------------------------------------------------------------------------------

START = (
    "RED / IMMEDIATE",
    "YELLOW / DELAYED",
    "GREEN / MINOR",
    "BLACK / EXPECTANT",
    "RED",
    "YELLOW",
    "GREEN",
    "P1",
    "P2",
    "P3",
    "Immediate",
    "Delayed",
    "Minor",
)
UNITS = (
    "Medic 14",
    "Rescue 7",
    "Ambulance 31",
    "M-22",
    "Engine 9",
    "BLS 4",
    "Medic 3",
    "Squad 61",
    "ALS 12",
    "Ambulance 402",
    "Truck 5",
    "Rescue 1",
)
HELOS = (
    "LifeFlight 3",
    "AirCare 2",
    "Mercy Air 7",
    "Guardian 1",
    "REACH 14",
    "Coast Guard 6512",
    "Life Star 4",
    "AirLink 9",
)
TAILS = ("N417LF", "N22MA", "N911GX", "N318AC", "N77RH", "N405LS", "N6512", "N145SW")
DRUGS = (
    "fentanyl 50 mcg IV",
    "ketamine 1 mg/kg IM",
    "TXA 1 g IV over 10 min",
    "ondansetron 4 mg ODT",
    "naloxone 4 mg IN",
    "epinephrine 1 mg IV q3-5 min",
    "morphine 4 mg IV",
    "ceftriaxone 2 g IV",
    "dexamethasone 8 mg IM",
    "acetazolamide 125 mg PO BID",
    "oxytocin 10 units IM",
    "midazolam 2.5 mg IN",
    "NS 500 mL bolus",
    "LR 1 L wide open",
    "D10 250 mL",
    "ibuprofen 600 mg PO",
    "albuterol 2.5 mg neb",
    "amiodarone 300 mg IV push",
    "calcium chloride 1 g IV",
    "glucagon 1 mg IM",
    "ciprofloxacin 500 mg PO",
    "nifedipine 10 mg PO",
    "hydroxocobalamin 5 g IV",
    "vitamin K 1 mg IM",
    "erythromycin 0.5% ointment OU",
)
LABS = (
    "Hgb 9.8 g/dL (ref 12.0-16.0)",
    "lactate 4.1 mmol/L",
    "CK 2,340 U/L",
    "troponin I 0.04 ng/mL",
    "core temp 32.4 C",
    "POC glucose 48 mg/dL",
    "EtOH 212 mg/dL",
    "INR 1.3",
    "K 5.9 mmol/L",
    "carboxyHb 18%",
    "pH 7.21 / pCO2 58",
    "Na 128 mmol/L",
    "WBC 14.2 x10^3/uL",
    "HCG qual negative",
    "TSH 2.1 mIU/L (0.4-4.0)",
    "bili 11.2 mg/dL at 30 h",
    "Cr 1.9 mg/dL",
    "base deficit -8",
)
ICD = (
    "T68.XXXA",
    "S06.0X1A",
    "T75.1XXA",
    "R99",
    "T71.9XXA",
    "S72.001A",
    "T40.1X1A",
    "Z04.41",
    "T74.21XA",
    "Z38.00",
    "P07.32",
    "T67.0XXA",
    "T33.821A",
    "V43.52XA",
    "W19.XXXA",
    "Z76.0",
    "Z95.0",
    "Z96.41",
    "T79.4XXA",
)
CPT = (
    "99285",
    "99291",
    "92950",
    "A0427",
    "A0431",
    "A0436",
    "99464",
    "36415",
    "G0390",
    "A0429",
    "99053",
    "S3620",
    "A0425",
    "93289",
    "93296",
    "95249",
)
NDC = ("0409-4888-10", "0641-6125-25", "63323-262-01", "0143-9505-01", "70069-001-01", "0074-6574-01")
LOINC = ("8310-5", "2339-0", "57128-1", "54089-8", "8867-4", "59408-5", "29463-7", "2160-0")
SNOMED = ("22253000", "397991009", "410429000", "274215009", "419620001", "71388002")
MODELS = (
    "LUCAS 3.1",
    "Zoll X Series",
    "LifePak 15",
    "Garmin inReach Mini 2",
    "Stryker Power-PRO XT",
    "Hamilton T1 ventilator",
    "Zoll AutoPulse",
    "SonoSite iViz",
    "Butterfly iQ3",
    "Corpuls3",
)
CIED_MODELS = (
    "Medtronic Azure XT DR MRI",
    "Abbott Gallant HF",
    "Boston Scientific Resonate EL ICD",
    "Biotronik Edora 8 DR-T",
    "Micra AV2",
    "Medtronic Cobalt XT VR",
    "Abbott Assurity MRI",
    "Boston Scientific Accolade MRI",
)
PUMP_MODELS = ("Tandem t:slim X2", "Omnipod 5", "MiniMed 780G", "Tandem Mobi", "MiniMed 770G")
CGM_MODELS = ("Dexcom G7", "FreeStyle Libre 3", "Guardian 4", "Dexcom G6")
SIGNS = (
    "Battle's sign",
    "Cushing's triad",
    "Beck's triad",
    "raccoon eyes",
    "Osborn waves",
    "Kehr's sign",
    "Grey Turner's sign",
    "Babinski sign",
)
DXS = (
    "Graves' disease",
    "Parkinson disease",
    "Alzheimer dementia",
    "Crohn's disease",
    "Guillain-Barre syndrome",
    "Hodgkin lymphoma",
    "Wolff-Parkinson-White",
    "Addison's disease",
    "Bell's palsy",
    "Meniere's disease",
    "Hashimoto thyroiditis",
    "Takotsubo cardiomyopathy",
)
TOOLS = (
    "Broselow tape",
    "Sager splint",
    "Stokes litter",
    "Thomas splint",
    "Kendrick extrication device",
    "SKED stretcher",
    "Bair Hugger",
    "Reeves sleeve",
)
PARTS = (
    "REF 5076-52",
    "model 6935M",
    "P/N 11101-000021",
    "REF 1000-0046",
    "model W1DR01",
    "part 8850-2",
    "REF MMT-1885",
    "cat. no. 73-0190",
    "model DX2-450",
    "SKU 30-8321",
)
STOCK_LOTS = ("lot 22K114", "lot T4471B", "lot 3E8820", "lot AB2291", "lot 0448X", "lot 24M07")
FORMS = (
    "Form ME-2 (rev. 2021)",
    "FRC-2 v3",
    "VS-10A",
    "Form 1185",
    "EMS-PCR v7.4",
    "CoC-1 (2019 ed.)",
    "DD Form 2795",
    "NBS-4 card, 2022 edition",
    "Form OPO-11",
    "IPS-3",
    "SEC-IR rev 6",
    "HEMS-FR v2.1",
    "Form DH-680",
    "MEDIF part 2",
    "CR-100 (2020)",
    "CDC 50.42",
)
POLICIES = (
    "Policy SEC-114",
    "P&P EM-07.3",
    "NPP 2.14",
    "policy IP-220",
    "SOP MCI-3.2",
    "Procedure NUR-401",
    "Policy HIM-18",
    "ME protocol 6.1",
    "Directive 22-07",
)
REGS = (
    "45 CFR 164.512(f)(2)",
    "42 CFR 482.45",
    "49 CFR 391.41",
    "42 USC 1395dd",
    "NFPA 1917",
    "29 CFR 1910.1030",
    "14 CFR 135.267",
    "SOLAS ch. V reg. 33",
    "ICAO Annex 9",
    "IHR (2005) art. 43",
    "21 CFR 801.20",
    "42 CFR 121.7",
    "NFPA 3000",
)
ORGS = (
    "Mercy General",
    "the Regional Poison Center",
    "the state crime lab",
    "the OPO",
    "the Red Cross",
    "the county coroner",
    "Sheriff's dispatch",
    "the US Coast Guard sector",
    "Children's Mercy",
    "the embassy consular section",
    "the assistance company",
    "the tissue bank",
    "the transfer center",
    "the National Missing Persons registry",
    "Life Alert",
    "the crematory",
)
ROLES = (
    "the attending",
    "charge RN",
    "the ME investigator",
    "the SANE",
    "the flight nurse",
    "the house supervisor",
    "the incident commander",
    "the transfer center RN",
    "the on-call chaplain",
    "the security lead",
    "the triage officer",
    "the medical control physician",
    "the PIO",
    "the unit clerk",
    "the bosun",
)
EPONYMS = (
    "Glasgow Coma Scale",
    "Parkland formula",
    "Lund-Browder chart",
    "Broselow tape",
    "Sager splint",
    "Stokes litter",
    "Thomas splint",
    "Yankauer suction",
    "Foley catheter",
    "Murphy's sign",
    "Cushing's triad",
    "Beck's triad",
    "Kendrick extrication device",
    "Apgar score",
    "Ballard score",
    "Battle's sign",
    "Graves' disease",
    "Parkinson disease",
    "Alzheimer dementia",
    "Wernicke encephalopathy",
    "Osborn waves",
    "Lake Louise score",
    "Hunt and Hess grade",
)
LANDMARKS = (
    "the fire lookout",
    "Trailhead Lot C",
    "Channel Marker 22",
    "the north jetty light",
    "Helipad H2",
    "the visitor center kiosk",
    "Summit register box",
    "Ranger Station 4",
    "Buoy 14",
    "the dam spillway gate",
    "Shelter 3",
    "the overlook pullout",
)
HWYS = (
    "I-80 WB",
    "US-395 NB",
    "SR-47",
    "Hwy 12",
    "County Rd J",
    "I-25 SB",
    "US-2 EB",
    "SR 9",
    "I-90",
    "Route 66",
)
ROOMS = (
    "Rm 412",
    "Bed 7",
    "Bay 4",
    "Trauma 2",
    "Room 3118-B",
    "Resus 1",
    "Bed 22A",
    "Pod C-14",
    "LDR 6",
    "NICU bed 19",
)
WEATHER = (
    "light snow, wind 20 kt",
    "clear, 34 F",
    "fog, vis 1/4 mi",
    "rain, 52 F",
    "gusts 35 mph",
    "sea state 5",
    "ceiling 800 ft",
    "whiteout above treeline",
    "heat index 108 F",
)
MONEY = ("$1,248.00", "USD 18,400", "EUR 6,250.00", "$42,775", "$385.50", "$12,900.00", "$96.00")
DISPOS = (
    "transported",
    "treat and release",
    "refused transport",
    "DOA - ME notified",
    "admitted to ICU",
    "transferred to Level I",
    "discharged to family",
)


def _coords(rng: random.Random) -> str:
    lat, lon = rng.uniform(31.5, 48.8), -rng.uniform(68.5, 123.5)
    return f"{lat:.4f}, {lon:.4f}"


def lookalikes(rng: random.Random) -> dict[str, Value]:
    n: dict[str, Value] = {}

    def put(key: str, text: str) -> None:
        n[key] = (None, text)

    sbp = rng.randint(70, 190)
    put("bp", f"{sbp}/{rng.randint(40, min(sbp - 10, 110))}")
    put("hr", str(rng.randint(44, 158)))
    put("rr", str(rng.randint(6, 36)))
    put("spo2", f"{rng.randint(78, 100)}%")
    put("temp", rng.choice([f"{rng.uniform(31.0, 40.2):.1f} C", f"{rng.uniform(90.0, 104.0):.1f} F"]))
    e, vv, m = rng.randint(1, 4), rng.randint(1, 5), rng.randint(1, 6)
    put("gcs", str(e + vv + m))
    put("gcs_parts", f"E{e}V{vv}M{m}")
    put("rts", f"{rng.uniform(2.0, 7.8408):.2f}")
    put("start", rng.choice(START))
    put("start2", rng.choice(START))
    minutes = sorted(rng.sample(range(0, 24 * 60), 8))
    style = rng.randrange(5)
    for i, mins in enumerate(minutes, 1):
        hh, mm = divmod(mins, 60)
        put(
            f"t{i}",
            [
                f"{hh:02d}{mm:02d}",
                f"{hh:02d}:{mm:02d}",
                f"{(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                f"{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
                f"{hh:02d}{mm:02d} hrs",
            ][style],
        )
    put(
        "mm",
        rng.choice(
            [
                f"MM {rng.randint(1, 420)}",
                f"mile marker {rng.randint(1, 420)}.{rng.randint(0, 9)}",
                f"mile {rng.randint(1, 300)}",
            ]
        ),
    )
    put("hwy", rng.choice(HWYS))
    put("hwy2", rng.choice(HWYS))
    u1, u2 = rng.sample(UNITS, 2)
    put("unit", u1)
    put("unit2", u2)
    put("helo", rng.choice(HELOS))
    put("tail", rng.choice(TAILS))
    put("lm_name", rng.choice(LANDMARKS))
    put("lm_coords", _coords(rng))
    d1, d2, d3 = rng.sample(DRUGS, 3)
    put("dose1", d1)
    put("dose2", d2)
    put("dose3", d3)
    l1, l2 = rng.sample(LABS, 2)
    put("lab1", l1)
    put("lab2", l2)
    i1, i2 = rng.sample(ICD, 2)
    put("icd", i1)
    put("icd2", i2)
    c1, c2 = rng.sample(CPT, 2)
    put("cpt", c1)
    put("cpt2", c2)
    put("ndc", rng.choice(NDC))
    put("loinc", rng.choice(LOINC))
    put("snomed", rng.choice(SNOMED))
    put("drg", rng.choice(["MS-DRG 957", "DRG 870", "MS-DRG 795", "DRG 083", "MS-DRG 189"]))
    put("revcode", rng.choice(["Rev 0540", "Rev 0450", "rev code 0762", "Rev 0545"]))
    m1, m2 = rng.sample(MODELS, 2)
    put("model", m1)
    put("model2", m2)
    put("cied_model", rng.choice(CIED_MODELS))
    put("pump_model", rng.choice(PUMP_MODELS))
    put("cgm_model", rng.choice(CGM_MODELS))
    put("sign", rng.choice(SIGNS))
    put("dx", rng.choice(DXS))
    put("tool", rng.choice(TOOLS))
    put("part", rng.choice(PARTS))
    put("lot", rng.choice(STOCK_LOTS))
    f1, f2 = rng.sample(FORMS, 2)
    put("form", f1)
    put("form2", f2)
    put("policy", rng.choice(POLICIES))
    r1, r2 = rng.sample(REGS, 2)
    put("reg", r1)
    put("reg2", r2)
    put("year", str(rng.randint(1998, 2026)))
    put("year2", str(rng.randint(1960, 2020)))
    put("agey", str(rng.randint(19, 89)))
    put("agey2", str(rng.randint(2, 89)))
    put("age_child", str(rng.randint(2, 16)))
    put("room", rng.choice(ROOMS))
    put("money", rng.choice(MONEY))
    put("bags", str(rng.randint(2, 14)))
    put("nvict", str(rng.randint(6, 140)))
    o1, o2 = rng.sample(ORGS, 2)
    put("org", o1)
    put("org2", o2)
    ro1, ro2 = rng.sample(ROLES, 2)
    put("role", ro1)
    put("role2", ro2)
    ep1, ep2 = rng.sample(EPONYMS, 2)
    put("eponym", ep1)
    put("eponym2", ep2)
    put("weather", rng.choice(WEATHER))
    put("dist", f"{rng.uniform(0.2, 14.0):.1f} mi")
    put("elev", f"{rng.randint(900, 14200):,} ft")
    put("fio2", f"{rng.choice([21, 28, 40, 60, 100])}%")
    put("glu", str(rng.randint(38, 420)))
    put("etco2", str(rng.randint(12, 58)))
    put("score", str(rng.randint(1, 12)))
    put("apgar", f"{rng.randint(3, 9)}/{rng.randint(6, 10)}")
    put("wt", f"{rng.uniform(1.9, 4.6):.2f} kg")
    put("wt_adult", f"{rng.randint(41, 138)} kg")
    put("ga", f"{rng.randint(33, 41)}w{rng.randint(0, 6)}d")
    put("tbsa", f"{rng.randint(2, 64)}%")
    put("fluids", f"{rng.randint(250, 4800)} mL")
    put("odo", f"{rng.randint(1200, 289000):,} mi")
    put("ft", f"{rng.uniform(0.3, 3.9):.1f} h")
    put("eta", f"{rng.randint(4, 95)} min")
    put("dispo", rng.choice(DISPOS))
    put("gauge", rng.choice(["18G L AC", "20G R hand", "IO L prox tibia", "16G R EJ", "22G L wrist"]))
    put(
        "rhythm",
        rng.choice(
            [
                "sinus tach",
                "AF with RVR",
                "asystole",
                "PEA",
                "V-fib",
                "junctional brady",
                "NSR",
                "paced rhythm 60",
            ]
        ),
    )
    put(
        "pupils",
        rng.choice(["PERRL 3 mm", "fixed and dilated 7 mm", "L 4 mm sluggish, R 3 mm brisk", "pinpoint"]),
    )
    put("rigor", rng.choice(["full rigor", "rigor passing", "no rigor", "rigor in jaw only"]))
    put("livor", rng.choice(["fixed posterior livor", "blanching livor", "livor not yet appreciable"]))
    put("cap", f"{rng.randint(4, 44)}")
    put("pct", f"{rng.randint(5, 98)}%")
    put("kt", f"{rng.randint(90, 160)} kt")
    put("nm", f"{rng.randint(6, 420)} nm")
    put("water", f"{rng.randint(38, 68)} F")
    put("ver", f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}")
    put("pcs", str(rng.randint(1, 9)))
    return n
