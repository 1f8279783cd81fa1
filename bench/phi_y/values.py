"""Values for set Y: one invented identity per note (``identifiers``) and non-PHI filler (``lookalikes``).

Everything is drawn from the ``rng`` passed in; nothing is real. Phones are 555-01xx, mail and web
addresses use example.com / example.org / example.net / .test, IPs come from the documentation ranges.
"""

from __future__ import annotations

import datetime
import random
import string

from mediflow.quality.phi_types import PhiType as P

# --- name pools (many origins; word-names; particles; apostrophes; hyphens) ---------------------------

FIRST = [
    "Ana",
    "Guadalupe",
    "Marisol",
    "Joaquín",
    "Teodoro",
    "Beatriz",
    "Xiomara",
    "Rafael",
    "Consuelo",
    "Nguyen Thi",
    "Minh",
    "Thuy",
    "Bao",
    "Kwame",
    "Ama",
    "Chiamaka",
    "Oluwaseun",
    "Tendai",
    "Amara",
    "Priya",
    "Rohan",
    "Anjali",
    "Harpreet",
    "Sanjay",
    "Meera",
    "Fatima",
    "Yusuf",
    "Layla",
    "Omar",
    "Hamza",
    "Noor",
    "Siobhan",
    "Padraig",
    "Aoife",
    "Declan",
    "Ingrid",
    "Lars",
    "Sigrid",
    "Bjorn",
    "Hiroshi",
    "Yuki",
    "Keiko",
    "Haruto",
    "Mei",
    "Wei",
    "Jun",
    "Xiu",
    "Soo-jin",
    "Min-ho",
    "Ji-woo",
    "Dmitri",
    "Olena",
    "Svetlana",
    "Bogdan",
    "Zofia",
    "Tomasz",
    "Agnieszka",
    "Giuseppe",
    "Rosaria",
    "Francesca",
    "Marguerite",
    "Thérèse",
    "Étienne",
    "Amélie",
    "Hope",
    "Faith",
    "Rose",
    "June",
    "Autumn",
    "Summer",
    "Sky",
    "River",
    "Jordan",
    "Austin",
    "Florence",
    "Georgia",
    "Paris",
    "Lincoln",
    "Chase",
    "Hunter",
    "Mercy",
    "Patience",
    "Bernadette",
    "Earl",
    "Mabel",
    "Dolores",
    "Clarence",
    "Virgil",
    "Wilhelmina",
    "Otis",
    "Delphine",
    "Tallulah",
    "Ezekiel",
    "Shoshana",
    "Avraham",
    "Miriam",
    "Levi",
    "Kalani",
    "Leilani",
    "Keoni",
    "Aiyana",
    "Takoda",
    "Winona",
    "Dakota",
    "Jean-Luc",
    "Mary-Kate",
    "Anne-Marie",
    "Billie Jo",
    "Lee",
    "Kim",
    "Robin",
    "Dale",
    "Marlon",
    "Precious",
    "Destiny",
    "Tyrone",
    "LaShonda",
    "DeAndre",
    "Jaylen",
    "Imani",
    "Zuri",
    "Ebony",
    "Cletus",
    "Gwendolyn",
    "Rhys",
    "Bronwen",
]
NICK = {
    "Guadalupe": "Lupe",
    "Teodoro": "Teo",
    "Joaquín": "Quino",
    "Rafael": "Rafa",
    "Consuelo": "Chelo",
    "Oluwaseun": "Seun",
    "Chiamaka": "Amaka",
    "Padraig": "Paddy",
    "Giuseppe": "Beppe",
    "Wilhelmina": "Billie",
    "Bernadette": "Bernie",
    "Gwendolyn": "Gwen",
    "Dolores": "Lola",
    "Svetlana": "Sveta",
    "Avraham": "Avi",
    "Clarence": "Bud",
    "Ezekiel": "Zeke",
    "Marguerite": "Peggy",
    "Delphine": "Dee",
    "Agnieszka": "Aga",
}
LAST = [
    "Ruiz-Delgado",
    "de la Cruz",
    "De La Rosa",
    "del Valle",
    "García Márquez",
    "Ortiz",
    "Villanueva",
    "Nguyen",
    "Tran",
    "Pham",
    "Le",
    "Mensah",
    "Owusu",
    "Okonkwo",
    "Adeyemi",
    "Chikwanha",
    "Diallo",
    "Patel",
    "Ramaswamy",
    "Singh Gill",
    "Chaudhry",
    "Bhattacharya",
    "Haddad",
    "Al-Masri",
    "Abdullah",
    "El Amrani",
    "O'Sullivan",
    "O'Neill",
    "McGillicuddy",
    "Mac Giolla Phádraig",
    "Ní Bhriain",
    "van der Berg",
    "Van Dyke",
    "van Houten",
    "de Vries",
    "ter Haar",
    "Lindqvist",
    "Haugen",
    "Sørensen",
    "Takahashi",
    "Yamamoto",
    "Nakamura-Price",
    "Chen",
    "Zhang",
    "Li",
    "Wong",
    "Kim",
    "Park",
    "Choi",
    "Ivanova",
    "Kowalczyk",
    "Wiśniewski",
    "Shevchenko",
    "Esposito",
    "D'Angelo",
    "Di Stefano",
    "LaRue",
    "Dubois",
    "St. Pierre",
    "Fontaine-Leclerc",
    "Brown",
    "Young",
    "Bishop",
    "Church",
    "Hill",
    "Rivers",
    "Wolf",
    "Fox",
    "Major",
    "Judge",
    "Baker",
    "Moody",
    "Strong",
    "Love",
    "Sweet",
    "Winter",
    "Cash",
    "Greenberg",
    "Katz",
    "Ben-David",
    "Kahananui",
    "Akana",
    "Begay",
    "Yazzie",
    "Runningwater",
    "Washington",
    "Jefferson",
    "Jackson-Whitfield",
    "Pettigrew",
    "Boudreaux",
    "Thibodeaux",
    "Fitzgerald",
    "Llewellyn",
    "Ap Rhys",
    "Featherstonehaugh",
    "Okafor-Bright",
    "Santos",
    "Pereira da Silva",
    "Costa",
]
STREET_NAMES = [
    "Larkspur",
    "Tamarack",
    "Old Mill",
    "Juniper Hollow",
    "Cottonwood",
    "Bayberry",
    "Quarry",
    "Calle Sol",
    "Rue Bellamy",
    "Pheasant Run",
    "Martin Luther King Jr",
    "Orchard View",
    "Kestrel",
    "Wren",
    "Sumac",
    "Persimmon",
    "Beacon Hill",
    "Ferry",
    "Tanager",
    "Hollis",
    "Saint Jude",
    "Cherokee",
    "Piñon",
    "Lagoon",
    "Holloway",
    "Azalea",
    "Canal",
    "Greenbriar",
    "Foxglove",
    "County Road 12",
    "Ridgecrest",
    "Delmar",
]
SUFFIX = [
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
    "Pl",
    "Terrace",
    "Circle",
    "Pike",
    "Trl",
]
CITIES = [
    "Millbrook",
    "Cedar Falls",
    "Port Ellis",
    "San Benito",
    "Oak Hollow",
    "Fairhaven",
    "Marlow",
    "Bexley",
    "Granite Bay",
    "Willow Creek",
    "East Lyndon",
    "Bridgewater",
    "Nuevo Alamo",
    "Pine Bluff",
    "Harrowgate",
    "Lake Tamsin",
    "Saint Albans",
    "Riverton",
    "Coldwater",
    "Halcyon",
    "New Dover",
    "Mount Carmel",
    "Ashby",
    "Kettle Falls",
    "Bellwood",
    "Sandpoint",
    "Tupelo Springs",
    "Delacroix",
    "Hope",
    "Florence",
    "Paris",
    "Jordan",
    "Canton",
    "Lebanon",
    "Goshen",
    "Brighton Park",
    "Vancleave",
    "Little Falls",
]
COUNTIES = [
    "Tamarack",
    "Ellis",
    "Hardin",
    "Calloway",
    "San Jacinto",
    "Okmulgee",
    "Pembina",
    "Luzerne",
    "Bexar",
    "Kittitas",
    "Jefferson Davis",
    "Saint Croix",
    "Marengo",
    "Hocking",
]
HOODS = [
    "Dutchtown",
    "Fox Chase",
    "the Heights",
    "Little Havana",
    "Riverside",
    "Old Town",
    "Southgate",
    "Chinatown",
    "the Flats",
    "Highland Park",
    "Kensington",
    "Polish Hill",
]
STATES = ["OH", "TX", "Minnesota", "GA", "WA", "Pennsylvania", "NM", "Louisiana", "IL", "CA", "NY", "AZ"]
FACILITY_PAT = [
    "{c} Regional Medical Center",
    "St. Agnes Hospital of {c}",
    "{c} Memorial Hospital",
    "{c} Community Health Center",
    "Mercy {c} Rehabilitation Hospital",
    "{c} Family Practice",
    "{c} Cancer Center",
    "{c} Veterans Home",
]
HOSPICE_PAT = [
    "Hospice of {c}",
    "{c} Hospice House",
    "{c} Valley Hospice",
    "Hospice & Palliative Care of {c}",
]
FUNERAL_PAT = ["{s} Funeral Home of {c}", "{c} Chapel of Peace"]
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
MON3 = [m[:3] for m in MONTHS]
MONTHS_ES = [
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


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


# --- dates ---------------------------------------------------------------------------------------------


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 11 <= d % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _fmt_date(rng: random.Random, y: int, m: int, d: int, style: int | None = None) -> str:
    style = rng.randrange(11) if style is None else style
    return [
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y % 100:02d}",
        f"{MONTHS[m - 1]} {d}, {y}",
        f"{d} {MON3[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{MON3[m - 1]}. {d}, {y}",
        f"{m}-{d}-{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{MONTHS[m - 1]} {_ordinal(d)}",
        f"{m}/{d}",
        f"{d}-{MON3[m - 1].upper()}-{y}",
    ][style]


def _date_parts(rng: random.Random, y0: int = 2022, y1: int = 2025) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def _seq_dates(rng: random.Random, n: int, style: int) -> list[str]:
    y, m, d = _date_parts(rng)
    d = min(d, 20)
    out = []
    for _ in range(n):
        out.append(_fmt_date(rng, y, m, d, style))
        d += rng.randint(1, 2)
        if d > 28:
            d, m = 1, m % 12 + 1
    return out


def _age90(rng: random.Random) -> tuple[str, str]:
    n = rng.randint(90, 104)
    if n >= 100:
        words = "one hundred" + (f" and {ONES[n - 100]}" if n > 100 else "")
    else:
        words = "ninety" + (f"-{ONES[n - 90]}" if n > 90 else "")
    return str(n), words


# --- phones and ids ----------------------------------------------------------------------------------


def _phone(rng: random.Random) -> str:
    area = rng.choice(
        [
            "212",
            "312",
            "415",
            "503",
            "614",
            "702",
            "713",
            "808",
            "919",
            "937",
            "240",
            "985",
            "505",
            "406",
            "828",
            "361",
        ]
    )
    line = f"01{rng.randrange(100):02d}"
    return rng.choice(
        [
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area} 555 {line}",
            f"555-{line}",
            f"({area})555-{line}",
        ]
    )


def _ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice([f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"])


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v -= 9 if v > 9 else 0
        total += v
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    first = rng.choice("ABFGM")
    second = (last.replace("'", "").replace(" ", "")[:1] or "X").upper()
    if not second.isascii() or not second.isalpha():
        second = "X"
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(check)


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + string.digits
    s = (
        str(rng.randint(1, 9))
        + rng.choice(letters)
        + rng.choice(an)
        + str(rng.randrange(10))
        + rng.choice(letters)
        + rng.choice(an)
        + str(rng.randrange(10))
        + rng.choice(letters)
        + rng.choice(letters)
        + str(rng.randrange(10))
        + str(rng.randrange(10))
    )
    return rng.choice([s, f"{s[:4]}-{s[4:7]}-{s[7:]}"])


def _vin(rng: random.Random) -> str:
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice("1245JKW3") + _alnum(rng, 16, alpha)


def _plate(rng: random.Random) -> str:
    L = string.ascii_uppercase
    return rng.choice(
        [
            f"{rng.randint(1, 9)}{_alnum(rng, 3, L)}{_digits(rng, 3)}",
            f"{_alnum(rng, 3, L)}-{_digits(rng, 4)}",
            f"{_alnum(rng, 3, L)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)} {_alnum(rng, 3, L)}",
            f"{_alnum(rng, 2, L)}{_digits(rng, 2)} {_alnum(rng, 3, L)}",
        ]
    )


def _email(rng: random.Random, first: str, last: str) -> str:
    def clean(s: str) -> str:
        return "".join(ch for ch in s.lower() if ch.isascii() and ch.isalnum())

    f, la = clean(first) or "pat", clean(last) or "lee"
    dom = rng.choice(
        ["example.com", "example.org", "example.net", "mail.example.com", "inbox.test", "familia.test"]
    )
    return rng.choice(
        [
            f"{f}.{la}@{dom}",
            f"{f[0]}{la}{rng.randint(1, 99)}@{dom}",
            f"{la}.family@{dom}",
            f"{f}{rng.randint(1950, 2005)}@{dom}",
            f"{f}_{la[:4]}@{dom}",
            f"{la}{f[0]}@{dom}",
        ]
    )


def _slug(first: str, last: str) -> str:
    s = f"{first}-{last}".lower().replace(" ", "-").replace("'", "")
    return "".join(ch for ch in s if ch.isascii() and (ch.isalnum() or ch == "-"))


def _ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"203.0.113.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"192.0.2.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randrange(0x10000):x}::{rng.randrange(0x10000):x}",
        ]
    )


def _device(rng: random.Random) -> dict[str, str]:
    U = string.ascii_uppercase + string.digits
    return {
        "dev_pump": rng.choice(
            [
                f"{_alnum(rng, 3)}{_digits(rng, 6)}",
                f"SN{_digits(rng, 8)}",
                f"{_digits(rng, 4)}-{_alnum(rng, 4)}-{_digits(rng, 2)}",
            ]
        ),
        "dev_cgm": rng.choice([_alnum(rng, 6, U), _alnum(rng, 10, U), f"{_digits(rng, 2)}{_alnum(rng, 4)}"]),
        "dev_pm": rng.choice(
            [
                f"PJN{_digits(rng, 6)}H",
                f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 7)}",
                f"RXM{_digits(rng, 6)}S",
            ]
        ),
        "dev_wear": rng.choice(
            [f"{_alnum(rng, 4)}-{_alnum(rng, 4)}-{_alnum(rng, 4)}", _alnum(rng, 12), f"FB{_digits(rng, 10)}"]
        ),
        "dev_o2": rng.choice(
            [f"OC{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}-{_alnum(rng, 2)}"]
        ),
        "udi": (
            f"(01){_digits(rng, 14)}(17){rng.randint(26, 30)}{rng.randint(1, 12):02d}28(21){_alnum(rng, 8)}"
        ),
        "dev_ha": rng.choice([f"{_digits(rng, 4)}-{_digits(rng, 5)}", f"HA{_digits(rng, 8)}"]),
    }


def _photo(rng: random.Random, first: str, last: str) -> tuple[str, str]:
    slug = _slug(first, last).replace("-", "_")
    return (
        rng.choice(
            [
                f"IMG_{_digits(rng, 4)}.HEIC",
                f"DSC_{_digits(rng, 4)}.JPG",
                f"{slug}_headshot.jpg",
                f"PXL_{rng.randint(2019, 2025)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{_digits(rng, 6)}.jpg",
                f"{slug.split('_')[0]}_portrait.png",
            ]
        ),
        rng.choice(
            [
                f"photo_{_digits(rng, 5)}_face.jpg",
                f"IMG-{_digits(rng, 8)}-WA{_digits(rng, 4)}.jpg",
                f"profile_{_alnum(rng, 6).lower()}.jpg",
                f"FACE-{_digits(rng, 6)}",
            ]
        ),
    )


def identifiers(rng: random.Random) -> dict[str, tuple[P | None, str]]:
    """One invented person and their circle, each value typed."""

    def person() -> tuple[str, str]:
        return _pick(rng, FIRST), _pick(rng, LAST)

    pf, pl = person()
    mi = rng.choice(string.ascii_uppercase)
    r1f, r1l = _pick(rng, FIRST), rng.choice([pl, pl, _pick(rng, LAST)])
    r2f, r2l = person()
    r3f = _pick(rng, FIRST)
    drf, drl = person()
    dr2f, dr2l = person()
    rnf, rnl = person()
    swf, swl = person()
    adf, adl = person()
    bsf, bsl = person()
    tf, tl = person()
    phf, phl = person()
    frf, frl = person()
    pastf, pastl = person()
    nick = NICK.get(pf, pf.split()[0].split("-")[0])

    city, city2, city3, city4 = (_pick(rng, CITIES) for _ in range(4))
    fac = _pick(rng, FACILITY_PAT).replace("{c}", city2)
    hos = _pick(rng, HOSPICE_PAT).replace("{c}", city)
    fun = _pick(rng, FUNERAL_PAT).replace("{s}", _pick(rng, LAST)).replace("{c}", city)

    def street() -> str:
        return f"{rng.randint(2, 19999)} {_pick(rng, STREET_NAMES)} {_pick(rng, SUFFIX)}"

    def zipc() -> str:
        z = f"{rng.randint(1001, 99950):05d}"
        return z if rng.random() < 0.75 else f"{z}-{_digits(rng, 4)}"

    unit = rng.choice(
        [
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f"Unit {rng.randint(1, 300)}",
            f"#{rng.randint(2, 999)}",
            f"Apt. {rng.randint(100, 999)}",
            f"Suite {rng.randint(100, 450)}",
            f"Lot {rng.randint(1, 90)}",
        ]
    )

    dstyle = rng.randrange(11)
    dd = _seq_dates(rng, 6, rng.choice([1, 3, 5, 8, 9, 0, 10]))
    iso = _seq_dates(rng, 6, 4)
    by, bm, bd = rng.randint(1929, 2010), rng.randint(1, 12), rng.randint(1, 28)
    ey, em, ed = rng.randint(1925, 1935), rng.randint(1, 12), rng.randint(1, 28)
    a90, a90w = _age90(rng)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    y, m, d = _date_parts(rng)
    later, cur = [], datetime.date(y, m, d)
    for lo, hi in ((1, 20), (1, 12), (10, 60)):
        cur += datetime.timedelta(days=rng.randint(lo, hi))
        later.append((cur.year, cur.month, cur.day))
    dev = _device(rng)
    ph1, ph2 = _photo(rng, pf, pl)
    sy, sm, sd = _date_parts(rng)

    v: dict[str, tuple[P | None, str]] = {
        # names
        "p_first": (P.NAME, pf),
        "p_last": (P.NAME, pl),
        "p_full": (P.NAME, f"{pf} {pl}"),
        "p_fullmi": (P.NAME, f"{pf} {mi}. {pl}"),
        "p_lf": (P.NAME, rng.choice([f"{pl}, {pf} {mi}.", f"{pl}, {pf}"])),
        "p_caps": (P.NAME, f"{pf} {pl}".upper()),
        "p_capslf": (P.NAME, f"{pl.upper()}, {pf.upper()}"),
        "p_nick": (P.NAME, nick),
        "p_init": (P.NAME, f"{pf[0]}. {pl}"),
        "p_ocr": (P.NAME, f"{pf} {pl}".replace("l", "1").replace("o", "0").replace("m", "rn")),
        "r1_first": (P.NAME, r1f),
        "r1_full": (P.NAME, f"{r1f} {r1l}"),
        "r2_first": (P.NAME, r2f),
        "r2_full": (P.NAME, f"{r2f} {r2l}"),
        "r3_first": (P.NAME, r3f),
        "dr_last": (P.NAME, drl),
        "dr_full": (P.NAME, f"{drf} {drl}"),
        "dr_first": (P.NAME, drf),
        "dr2_last": (P.NAME, dr2l),
        "dr2_full": (P.NAME, f"{dr2f[0]}. {dr2l}"),
        "rn_first": (P.NAME, rnf),
        "rn_full": (P.NAME, f"{rnf} {rnl}"),
        "sw_full": (P.NAME, f"{swf} {swl}"),
        "adv_full": (P.NAME, f"{adf} {adl}"),
        "adv_first": (P.NAME, adf),
        "boss_full": (P.NAME, f"{bsf} {bsl}"),
        "boss_last": (P.NAME, bsl),
        "teacher_last": (P.NAME, tl),
        "teacher_full": (P.NAME, f"{tf} {tl}"),
        "pharm_full": (P.NAME, f"{phf} {phl}"),
        "friend_first": (P.NAME, frf),
        "friend_full": (P.NAME, f"{frf} {frl}"),
        "pastor_last": (P.NAME, pastl),
        "pastor_full": (P.NAME, f"{pastf} {pastl}"),
        "r1_lf": (P.NAME, f"{r1l}, {r1f}"),
        # places
        "street": (P.LOCATION, street()),
        "street2": (P.LOCATION, street()),
        "unit": (P.LOCATION, unit),
        "city": (P.LOCATION, city),
        "city2": (P.LOCATION, city2),
        "city3": (P.LOCATION, city3),
        "city4": (P.LOCATION, city4),
        "county": (P.LOCATION, f"{_pick(rng, COUNTIES)} County"),
        "county_bare": (P.LOCATION, _pick(rng, COUNTIES)),
        "zip": (P.LOCATION, zipc()),
        "zip2": (P.LOCATION, zipc()),
        "hood": (P.LOCATION, _pick(rng, HOODS)),
        "facility": (P.LOCATION, fac),
        "hospice_fac": (P.LOCATION, hos),
        "funeral_home": (P.LOCATION, fun),
        "city_caps": (P.LOCATION, city.upper()),
        "street_caps": (P.LOCATION, street().upper()),
        # dates
        "dob": (P.DATE, _fmt_date(rng, by, bm, bd, rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 10]))),
        "dob_child": (P.DATE, _fmt_date(rng, rng.randint(2008, 2019), bm, bd, rng.choice([0, 1, 2, 4, 6]))),
        "dob_long": (P.DATE, _fmt_date(rng, ey, em, ed, rng.choice([2, 3, 5]))),
        "dob_es": (P.DATE, f"{bd} de {MONTHS_ES[bm - 1]} de {by}"),
        "d1": (P.DATE, _fmt_date(rng, y, m, d, dstyle)),
        "d2": (P.DATE, _fmt_date(rng, *later[0])),
        "d3": (P.DATE, _fmt_date(rng, *later[1])),
        "d4": (P.DATE, _fmt_date(rng, *later[2])),
        "d_long": (P.DATE, _fmt_date(rng, y, m, d, 2)),
        "d_md": (P.DATE, _fmt_date(rng, y, m, d, rng.choice([8, 9]))),
        "dt": (
            P.DATE,
            rng.choice(
                [
                    f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
                    f"{m}/{d}/{y} {hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
                    f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}Z",
                ]
            ),
        ),
        "dod": (P.DATE, _fmt_date(rng, *_date_parts(rng, 2024, 2025), rng.choice([2, 3, 5]))),
        "d_es": (P.DATE, f"{d} de {MONTHS_ES[m - 1]}"),
        "d_sched": (P.DATE, _fmt_date(rng, sy, sm, sd, rng.choice([0, 2, 5, 9]))),
        **{f"dd{i + 1}": (P.DATE, s) for i, s in enumerate(dd)},
        **{f"iso{i + 1}": (P.DATE, s) for i, s in enumerate(iso)},
        # ages over 89
        "age90": (P.AGE, a90),
        "age90w": (P.AGE, a90w),
        # contact
        "ph_home": (P.PHONE, _phone(rng)),
        "ph_cell": (P.PHONE, _phone(rng)),
        "ph_rel": (P.PHONE, _phone(rng)),
        "ph_work": (P.PHONE, _phone(rng)),
        "ph_clinic": (P.PHONE, _phone(rng)),
        "fax1": (P.FAX, _phone(rng)),
        "fax2": (P.FAX, _phone(rng)),
        "em_pt": (P.EMAIL, _email(rng, pf, pl)),
        "em_rel": (P.EMAIL, _email(rng, r1f, r1l)),
        "em_work": (
            P.EMAIL,
            f"{bsf[0].lower()}{''.join(c for c in bsl.lower() if c.isascii() and c.isalpha())}@hr.example.com",
        ),
        "url_fund": (
            P.URL,
            rng.choice(
                [
                    f"https://www.helpinghands.example.org/f/{_slug(pf, pl)}-medical-fund",
                    f"give.example.com/campaign/{_digits(rng, 7)}",
                    f"https://caringpages.example.net/visit/{_slug(pf, pl).replace('-', '')}",
                    f"http://www.{_slug(pf, pl).replace('-', '')}strong.test",
                ]
            ),
        ),
        "url_page": (
            P.URL,
            rng.choice(
                [
                    f"https://forum.example.org/t/{_digits(rng, 6)}",
                    f"www.example.com/obituaries/{_slug(pf, pl)}",
                    f"https://share.example.net/s/{_alnum(rng, 10).lower()}",
                    f"example.org/u/{_slug(pf, pl)}",
                ]
            ),
        ),
        "ip1": (P.IP_ADDRESS, _ip(rng)),
        "ip2": (P.IP_ADDRESS, _ip(rng)),
        # numbers
        "ssn": (P.SSN, _ssn(rng)),
        "mrn": (
            P.MRN,
            rng.choice(
                [
                    _digits(rng, 8),
                    f"MR{_digits(rng, 7)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                    f"E{_digits(rng, 9)}",
                    f"00{_digits(rng, 6)}",
                    f"H{_digits(rng, 6)}-{rng.randrange(10)}",
                ]
            ),
        ),
        "mrn2": (P.MRN, rng.choice([_digits(rng, 7), f"K{_digits(rng, 8)}"])),
        "hp_id": (
            P.HEALTH_PLAN_ID,
            rng.choice(
                [
                    f"{_alnum(rng, 3, string.ascii_uppercase)}{_digits(rng, 9)}",
                    f"W{_digits(rng, 9)}01",
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                    f"ZGP{_digits(rng, 6)}-{_digits(rng, 2)}",
                ]
            ),
        ),
        "mbi": (P.HEALTH_PLAN_ID, _mbi(rng)),
        "medicaid": (
            P.HEALTH_PLAN_ID,
            rng.choice(
                [
                    f"{_digits(rng, 10)}",
                    f"MC{_digits(rng, 8)}",
                    f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 5)}{_alnum(rng, 1, string.ascii_uppercase)}",
                ]
            ),
        ),
        "group_no": (
            P.HEALTH_PLAN_ID,
            rng.choice(
                [
                    f"{_digits(rng, 6)}",
                    f"GRP-{_digits(rng, 5)}",
                    f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 4)}",
                ]
            ),
        ),
        "acct": (
            P.ACCOUNT,
            rng.choice(
                [
                    f"{_digits(rng, 2)}-{_digits(rng, 6)}-{rng.randrange(10)}",
                    _digits(rng, 10),
                    f"PA{_digits(rng, 8)}",
                    f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
                ]
            ),
        ),
        "claim": (
            P.ACCOUNT,
            rng.choice(
                [
                    f"E{rng.randint(22, 25)}{_digits(rng, 9)}",
                    f"CLM-{_digits(rng, 9)}",
                    f"{_digits(rng, 5)}-{_digits(rng, 5)}",
                    f"{_digits(rng, 13)}",
                ]
            ),
        ),
        "fin": (P.ACCOUNT, rng.choice([f"FIN{_digits(rng, 8)}", _digits(rng, 9), f"V{_digits(rng, 7)}"])),
        "npi": (P.LICENSE, _npi(rng)),
        "dea": (P.LICENSE, _dea(rng, drl)),
        "dl": (
            P.LICENSE,
            rng.choice(
                [
                    f"{pl[0].upper() if pl[0].isascii() else 'D'}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                    f"D{_digits(rng, 7)}",
                    f"{_alnum(rng, 2, string.ascii_uppercase)}{_digits(rng, 6)}",
                ]
            ),
        ),
        "rn_lic": (
            P.LICENSE,
            rng.choice(
                [
                    f"RN{_digits(rng, 6)}",
                    _digits(rng, 7),
                    f"{_digits(rng, 3)}.{_digits(rng, 6)}",
                    f"NUR-{_digits(rng, 5)}",
                ]
            ),
        ),
        "notary": (
            P.LICENSE,
            rng.choice(
                [f"{_digits(rng, 2)}-{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"NP{_digits(rng, 6)}"]
            ),
        ),
        "vin": (P.VEHICLE_ID, _vin(rng)),
        "plate": (P.VEHICLE_ID, _plate(rng)),
        **{k: (P.DEVICE_ID, s) for k, s in dev.items()},
        "bio_voice": (
            P.BIOMETRIC,
            rng.choice(
                [
                    f"VP-{_digits(rng, 5)}-{rng.choice('ABCDE')}",
                    f"VOX{_digits(rng, 9)}",
                    f"vp_{_alnum(rng, 8).lower()}",
                ]
            ),
        ),
        "bio_fp": (
            P.BIOMETRIC,
            rng.choice(
                [
                    f"FPT-{_digits(rng, 7)}",
                    f"FP{_digits(rng, 4)}-{_alnum(rng, 4)}",
                    f"TMPL {_digits(rng, 3)} {_digits(rng, 3)}",
                ]
            ),
        ),
        "bio_palm": (
            P.BIOMETRIC,
            rng.choice([f"PV-{_digits(rng, 2)}-{_digits(rng, 5)}", f"PALM{_digits(rng, 8)}"]),
        ),
        "photo1": (P.PHOTO, ph1),
        "photo2": (P.PHOTO, ph2),
        "rx1": (
            P.OTHER_ID,
            rng.choice(
                [
                    _digits(rng, 7),
                    f"RX-{_digits(rng, 7)}",
                    f"{_digits(rng, 6)}-{_digits(rng, 2)}",
                    f"{rng.randint(1, 9)}{_digits(rng, 6)}",
                ]
            ),
        ),
        "rx2": (P.OTHER_ID, rng.choice([_digits(rng, 7), f"{_digits(rng, 4)}-{_digits(rng, 4)}"])),
        "case_no": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"GRV-{rng.randint(22, 25)}-{_digits(rng, 5)}",
                    f"C{_digits(rng, 8)}",
                    f"PR{rng.randint(2022, 2025)}-{_digits(rng, 4)}",
                    f"{_digits(rng, 6)}-G",
                ]
            ),
        ),
        "adv_case": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"PFA-{_digits(rng, 5)}",
                    f"{_digits(rng, 4)}-{_alnum(rng, 3, string.ascii_uppercase)}",
                    f"ADV{_digits(rng, 6)}",
                ]
            ),
        ),
        "emp_id": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"E{_digits(rng, 6)}",
                    f"{_digits(rng, 5)}",
                    f"EMP-{_digits(rng, 4)}-{_alnum(rng, 2, string.ascii_uppercase)}",
                ]
            ),
        ),
        "stu_id": (
            P.OTHER_ID,
            rng.choice(
                [f"S{_digits(rng, 8)}", f"{_digits(rng, 9)}", f"{rng.randint(26, 36)}-{_digits(rng, 5)}"]
            ),
        ),
        "pa_ref": (
            P.OTHER_ID,
            rng.choice(
                [f"PA{_digits(rng, 8)}", f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 6)}"]
            ),
        ),
        "study_id": (
            P.OTHER_ID,
            rng.choice(
                [
                    f"{_alnum(rng, 3, string.ascii_uppercase)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                    f"SUBJ{_digits(rng, 5)}",
                ]
            ),
        ),
        "user_id": (
            P.OTHER_ID,
            rng.choice([f"U{_digits(rng, 9)}", f"usr_{_alnum(rng, 10).lower()}", f"{_digits(rng, 8)}"]),
        ),
    }
    return v


# --- look-alikes -----------------------------------------------------------------------------------

MEDS = [
    ("metformin", "500 mg", "twice a day with food"),
    ("lisinopril", "10 mg", "every morning"),
    ("atorvastatin", "40 mg", "at bedtime"),
    ("levothyroxine", "75 mcg", "empty stomach, 30 min before breakfast"),
    ("carbidopa/levodopa", "25/100", "1 tab 4x daily"),
    ("furosemide", "20 mg", "AM, extra if weight up 3 lb"),
    ("apixaban", "5 mg", "BID"),
    ("gabapentin", "300 mg", "TID"),
    ("sertraline", "50 mg", "daily"),
    ("insulin glargine", "22 units", "at 9 pm"),
    ("insulin lispro", "1 unit per 10 g carbs", "with meals"),
    ("tamsulosin", "0.4 mg", "nightly"),
    ("donepezil", "10 mg", "qHS"),
    ("prednisone", "5 mg", "daily, do NOT stop"),
    ("albuterol HFA", "2 puffs", "q4-6h PRN"),
    ("morphine oral solution", "5 mg/0.25 mL", "q2h PRN pain"),
    ("lorazepam", "0.5 mg", "q6h PRN anxiety"),
    ("ondansetron ODT", "4 mg", "q8h PRN nausea"),
    ("senna-S", "2 tabs", "at bedtime"),
    ("omeprazole", "20 mg", "before breakfast"),
    ("methotrexate", "15 mg", "once WEEKLY (Fridays)"),
    ("folic acid", "1 mg", "daily except MTX day"),
    ("levetiracetam", "750 mg", "twice daily"),
    ("lamotrigine", "100 mg", "BID"),
    ("vitamin D3", "2000 IU", "daily"),
    ("semaglutide", "0.5 mg", "weekly injection"),
    ("warfarin", "5 mg", "Mon/Wed/Fri, 2.5 mg other days"),
]
WATCHES = [
    "Apple Watch Series 9",
    "Fitbit Charge 6",
    "Garmin Venu 3",
    "Oura Ring",
    "Samsung Galaxy Watch6",
    "Withings ScanWatch",
    "Embrace2",
    "Kardia Mobile 6L",
]
PUMPS = ["Omnipod 5", "Tandem t:slim X2", "Medtronic MiniMed 780G", "Tandem Mobi"]
CGMS = ["Dexcom G7", "Dexcom G6", "FreeStyle Libre 3", "Eversense E3"]
BPMS = ["Omron Platinum", "Withings BPM Connect", "Omron 10 Series", "QardioArm"]
METERS = ["Contour Next One", "Accu-Chek Guide", "OneTouch Verio Reflect", "FreeStyle Lite"]
DRUG_BRANDS = [
    "EpiPen",
    "Eliquis",
    "Ozempic",
    "Sinemet",
    "Keppra",
    "Lasix",
    "Xarelto",
    "Jardiance",
    "Trelegy Ellipta",
    "Tylenol",
    "Narcan",
    "Nayzilam",
]
EPONYMS = [
    "Parkinson's disease",
    "Alzheimer's",
    "Crohn's disease",
    "Graves' disease",
    "Hashimoto's",
    "Sjögren's syndrome",
    "Guillain-Barré",
    "Huntington's disease",
    "Lou Gehrig's disease (ALS)",
    "Addison's disease",
    "Cushing's",
    "Bell's palsy",
    "Raynaud's",
    "Tourette syndrome",
    "Down syndrome",
    "Meniere's disease",
    "Hodgkin lymphoma",
    "Barrett's esophagus",
    "Wilms tumor",
    "Ehlers-Danlos syndrome",
]
DX = [
    "stage IV pancreatic cancer",
    "heart failure (EF 25%)",
    "COPD on home oxygen",
    "type 1 diabetes",
    "metastatic breast cancer",
    "ALS",
    "vascular dementia",
    "end-stage renal disease on dialysis",
    "glioblastoma",
    "epilepsy",
    "long COVID / POTS",
    "multiple sclerosis",
    "sickle cell disease",
    "lupus nephritis",
    "stroke with left-sided weakness",
    "cystic fibrosis",
    "rheumatoid arthritis",
]
ROLES = [
    "the attending",
    "the charge nurse",
    "the night nurse",
    "the hospitalist",
    "the social worker",
    "the case manager",
    "the on-call doctor",
    "the chaplain",
    "the PT",
    "the pharmacist",
    "the front desk",
    "the resident",
    "the CNA",
    "the patient advocate",
    "the hospice aide",
    "the triage nurse",
    "the unit manager",
    "the nurse practitioner",
]
ORGS = [
    "Blue Harbor Health Plan",
    "Hope Cancer Alliance",
    "Mercy Health System",
    "Beacon Hospice Network",
    "Lighthouse Pharmacy",
    "Caring Hands Home Care",
    "United Kidney Fund",
    "the ALS Association",
    "Sunrise Senior Living",
    "Meals on Wheels",
    "Evergreen Medical Group",
    "CareFirst Pharmacy",
    "Northstar Dialysis",
    "the American Cancer Society",
    "Healing Circle Support Network",
]
LABS = [
    ("A1c", "7.8%", "4.0-5.6%"),
    ("Hgb", "10.2 g/dL", "12.0-15.5"),
    ("Cr", "1.9 mg/dL", "0.6-1.2"),
    ("K", "5.4 mmol/L", "3.5-5.1"),
    ("INR", "2.7", "2.0-3.0"),
    ("TSH", "0.21 mIU/L", "0.4-4.0"),
    ("eGFR", "38 mL/min/1.73m2", ">60"),
    ("BNP", "812 pg/mL", "<100"),
    ("platelets", "88 K/uL", "150-400"),
    ("WBC", "2.1 K/uL", "4.5-11.0"),
    ("ANC", "900", ">1500"),
    ("LDL", "142 mg/dL", "<100"),
    ("ferritin", "11 ng/mL", "15-150"),
    ("PSA", "6.4 ng/mL", "0-4.0"),
    ("CA 19-9", "412 U/mL", "<37"),
]
ICD = [
    "E11.65",
    "I50.22",
    "J44.1",
    "G20",
    "C25.9",
    "F03.90",
    "N18.6",
    "G40.909",
    "M06.9",
    "Z51.5",
    "G35",
    "D57.1",
    "C50.912",
    "I63.9",
    "R53.83",
    "Z99.81",
    "E10.9",
]
CPT = ["99214", "99497", "99498", "G0299", "99349", "95251", "93296", "97110", "99490", "96413", "36415"]
HCPCS = ["E1390", "E0601", "A4253", "K0823", "E0431", "A9276", "T1019", "S9123", "G0180"]
NDC = ["0002-8215-01", "50090-3421-0", "0169-4132-12", "68180-0513-01", "0409-1890-02", "59762-0210-3"]
LOINC = ["4548-4", "2345-7", "8480-6", "2160-0", "718-7", "33914-3", "59408-5"]
SNOMED = ["44054006", "49436004", "73211009", "38341003", "195967001", "22298006"]
REV = ["0250", "0450", "0636", "0120", "0651", "0300"]
DRG = ["291", "190", "871", "064", "682", "470"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SYMPTOMS = [
    "nausea",
    "fatigue",
    "dizziness",
    "headache",
    "shortness of breath",
    "pain",
    "brain fog",
    "tremor",
    "itching",
    "swelling",
    "palpitations",
    "insomnia",
    "constipation",
]
FORMS = [
    "Form 4471-B",
    "form HIM-22",
    "Form SSA-827",
    "WH-380-E",
    "Form DA-1 (rev. 7)",
    "PT-ADV-01 v3.2",
    "CMS-R-131",
    "Form 12-C",
    "HR-ACC-14",
]
POLICIES = [
    "Policy PX-114",
    "policy RI-07.3",
    "Grievance Policy 8.12",
    "Visitor Policy VS-2",
    "policy no. 300.41",
    "Procedure NUR-55",
]
LOTS = ["lot UJ442AA", "lot 3K8812", "Lot# EW0171", "lot TH2241X", "lot 23F09B"]


def lookalikes(rng: random.Random) -> dict[str, tuple[P | None, str]]:
    """Clinical and administrative text that is not an identifier."""
    meds = rng.sample(MEDS, 6)
    labs = rng.sample(LABS, 3)
    brands = [rng.choice(WATCHES), rng.choice(PUMPS), rng.choice(DRUG_BRANDS)]
    ep = rng.sample(EPONYMS, 2)
    roles = rng.sample(ROLES, 3)
    orgs = rng.sample(ORGS, 2)
    syms = rng.sample(SYMPTOMS, 3)
    t = [
        f"{rng.randint(0, 23):02d}:{rng.choice(['00', '15', '30', '45', '05', '20', '40', '55'])}"
        for _ in range(4)
    ]
    t12 = []
    for _ in range(3):
        h = rng.randint(7, 20)
        ap = rng.choice(["am", "AM", "a.m."]) if h < 12 else rng.choice(["pm", "PM", "p.m."])
        t12.append(f"{h if h <= 12 else h - 12}:{rng.choice(['00', '15', '30', '45', '10'])} {ap}")
    v: dict[str, tuple[P | None, str]] = {
        **{f"med{i + 1}": (None, f"{m} {d}") for i, (m, d, _) in enumerate(meds)},
        **{f"med{i + 1}_name": (None, m) for i, (m, _, _) in enumerate(meds)},
        **{f"med{i + 1}_dose": (None, d) for i, (_, d, _) in enumerate(meds)},
        **{f"med{i + 1}_sig": (None, s) for i, (_, _, s) in enumerate(meds)},
        **{f"lab{i + 1}": (None, f"{n} {val} (ref {ref})") for i, (n, val, ref) in enumerate(labs)},
        **{f"lab{i + 1}_name": (None, n) for i, (n, _, _) in enumerate(labs)},
        **{f"lab{i + 1}_val": (None, val) for i, (_, val, _) in enumerate(labs)},
        **{f"brand{i + 1}": (None, b) for i, b in enumerate(brands)},
        "cgm": (None, rng.choice(CGMS)),
        "bpm": (None, rng.choice(BPMS)),
        "meter": (None, rng.choice(METERS)),
        "a1c": (None, f"{rng.uniform(5.6, 11.9):.1f}%"),
        "ep1": (None, ep[0]),
        "ep2": (None, ep[1]),
        "role1": (None, roles[0]),
        "role2": (None, roles[1]),
        "role3": (None, roles[2]),
        "org1": (None, orgs[0]),
        "org2": (None, orgs[1]),
        "sym1": (None, syms[0]),
        "sym2": (None, syms[1]),
        "sym3": (None, syms[2]),
        "dx": (None, rng.choice(DX)),
        "dx2": (None, rng.choice(DX)),
        "bp": (None, f"{rng.randint(98, 178)}/{rng.randint(56, 104)}"),
        "bp2": (None, f"{rng.randint(98, 178)}/{rng.randint(56, 104)}"),
        "hr": (None, str(rng.randint(48, 128))),
        "hr2": (None, str(rng.randint(48, 128))),
        "temp": (
            None,
            rng.choice(
                [
                    f"{rng.uniform(97.0, 102.8):.1f} F",
                    f"{rng.uniform(36.1, 39.4):.1f} °C",
                    f"{rng.uniform(97.0, 102.8):.1f}",
                ]
            ),
        ),
        "spo2": (None, f"{rng.randint(84, 100)}%"),
        "wt": (None, f"{rng.uniform(92, 260):.1f} lb"),
        "wt_kg": (None, f"{rng.uniform(41, 118):.1f} kg"),
        "glu": (None, str(rng.randint(54, 388))),
        "glu2": (None, str(rng.randint(54, 388))),
        "glu3": (None, str(rng.randint(54, 388))),
        "pain": (None, f"{rng.randint(0, 10)}/10"),
        "pain2": (None, f"{rng.randint(0, 10)}/10"),
        "phq": (None, str(rng.randint(0, 27))),
        "gad": (None, str(rng.randint(0, 21))),
        "steps": (None, f"{rng.randint(300, 14999):,}"),
        "steps2": (None, str(rng.randint(300, 14999))),
        "sleep": (None, f"{rng.randint(2, 9)}h {rng.randint(0, 59):02d}m"),
        "hrv": (None, f"{rng.randint(12, 88)} ms"),
        "seiz": (None, str(rng.randint(0, 6))),
        "pct": (None, f"{rng.randint(5, 98)}%"),
        "icd1": (None, rng.choice(ICD)),
        "icd2": (None, rng.choice(ICD)),
        "cpt": (None, rng.choice(CPT)),
        "cpt2": (None, rng.choice(CPT)),
        "hcpcs": (None, rng.choice(HCPCS)),
        "ndc": (None, rng.choice(NDC)),
        "loinc": (None, rng.choice(LOINC)),
        "snomed": (None, rng.choice(SNOMED)),
        "rev": (None, rng.choice(REV)),
        "drg": (None, rng.choice(DRG)),
        "lot": (None, rng.choice(LOTS)),
        "form_no": (None, rng.choice(FORMS)),
        "policy": (None, rng.choice(POLICIES)),
        "ver": (None, f"v{rng.randint(1, 9)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"),
        "t1": (None, t[0]),
        "t2": (None, t[1]),
        "t3": (None, t[2]),
        "t4": (None, t[3]),
        "t12a": (None, t12[0]),
        "t12b": (None, t12[1]),
        "t12c": (None, t12[2]),
        "year1": (None, str(rng.randint(1968, 2024))),
        "year2": (None, str(rng.randint(1990, 2024))),
        "age_y": (None, str(rng.randint(19, 89))),
        "age_y2": (None, str(rng.randint(3, 17))),
        "age_y3": (None, str(rng.randint(40, 89))),
        "yrs": (None, str(rng.randint(2, 41))),
        "room": (
            None,
            rng.choice(
                [
                    f"Room {rng.randint(100, 899)}",
                    f"rm {rng.randint(2, 12)}{rng.randint(10, 60)}",
                    f"4 West, bed {rng.randint(1, 30)}",
                ]
            ),
        ),
        "bed": (None, rng.choice(["Bed A", "bed B", "Bed 2", "bay 6", "chair 11"])),
        "money1": (None, f"${rng.randint(40, 9999):,}.{rng.randint(0, 99):02d}"),
        "money2": (None, f"${rng.randint(500, 85000):,}"),
        "money3": (None, f"${rng.randint(5, 250)}"),
        "state": (None, rng.choice(STATES)),
        "weekday": (None, rng.choice(WEEKDAYS)),
        "weekday2": (None, rng.choice(WEEKDAYS)),
        "n_small": (None, str(rng.randint(2, 14))),
        "n_small2": (None, str(rng.randint(2, 9))),
        "floor": (None, f"{rng.randint(2, 9)}th floor"),
        "ext": (None, f"ext. {rng.randint(2000, 7999)}"),
        "ef": (None, f"{rng.randint(15, 60)}%"),
        "o2": (None, f"{rng.randint(1, 5)} L/min"),
        "mmse": (None, f"{rng.randint(9, 29)}/30"),
        "ecog": (None, str(rng.randint(0, 4))),
        "pps": (None, f"{rng.choice([30, 40, 50, 60])}%"),
    }
    return v
