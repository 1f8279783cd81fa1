"""Values for set R (rehabilitation, disability services, assistive technology).

``identifiers(rng)`` invents one person and context per note (typed values: gold spans);
``lookalikes(rng)`` invents the clinical and administrative filler that is not PHI (untyped).
Only ``rng`` is used, so a set is the same for a seed and differs for another.
"""

from __future__ import annotations

import random
import string
import unicodedata

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- people ----------------------------------------------------------------------------------------

FIRST = (
    "Ana",
    "Mateo",
    "Priya",
    "Oluwaseun",
    "Siobhan",
    "Hiroshi",
    "Fatima",
    "Dmitri",
    "Aroha",
    "Kwame",
    "Ingrid",
    "Xiaoling",
    "Jean-Luc",
    "Mary-Kate",
    "Bartholomew",
    "Ngozi",
    "Tomás",
    "Aaliyah",
    "Bao",
    "Chidi",
    "Dolores",
    "Esperanza",
    "Farhan",
    "Giulia",
    "Hamza",
    "Imani",
    "Joaquín",
    "Kateryna",
    "Leilani",
    "Magnus",
    "Nadia",
    "Omar",
    "Pania",
    "Quentin",
    "Rosalind",
    "Sung-min",
    "Tariq",
    "Ulla",
    "Valentina",
    "Wei",
    "Yusuf",
    "Zofia",
    "Grace",
    "Hunter",
    "Joy",
    "Summer",
    "Drew",
    "Will",
    "Mark",
    "Faith",
    "Rose",
    "Hope",
    "Autumn",
    "Chase",
    "Austin",
    "Florence",
    "Jordan",
    "Madison",
    "Lincoln",
    "Sydney",
    "Savannah",
    "Dallas",
    "Georgia",
    "Chester",
    "Paris",
    "Brooklyn",
    "Deshawn",
    "Lakisha",
    "Marisol",
    "Anh",
    "Björn",
    "Saoirse",
    "Thandiwe",
    "Rahul",
    "Ayesha",
    "Kofi",
    "Lorenzo",
    "Minh",
    "Parveen",
    "Ewa",
    "Consuelo",
    "Rory",
    "Tatum",
    "Ezekiel",
    "Noor",
    "Henrike",
    "Kalani",
    "Shira",
)
SURNAMES = (
    "Ruiz",
    "Okafor",
    "Natarajan",
    "O'Neill",
    "D'Souza",
    "de la Cruz",
    "van der Berg",
    "Van Houten",
    "MacLeod",
    "Nguyen-Baptiste",
    "Abernathy-Cole",
    "Kowalczyk",
    "Yamamoto",
    "Haddad",
    "Mbeki",
    "Al-Sayed",
    "Ó Briain",
    "St. Clair",
    "Le",
    "Ng",
    "Wu",
    "Fitzgerald",
    "Papadopoulos",
    "Johansson",
    "Castellanos",
    "dos Santos",
    "von Ahn",
    "da Silva",
    "Walker",
    "Wheeler",
    "Driver",
    "Banks",
    "Hill",
    "Lane",
    "Price",
    "Page",
    "Mason",
    "Brooks",
    "Bishop",
    "Cook",
    "Ford",
    "Young",
    "English",
    "Rich",
    "Tran",
    "Goldberg",
    "Schwartz",
    "Ivanova",
    "Mäkinen",
    "Oyelaran",
    "Begay",
    "Tsosie",
    "Kealoha",
    "Pham",
    "Chaudhry",
    "Obi",
    "Lindqvist",
    "Moreau",
    "Dubois",
    "LeBlanc",
    "Gutiérrez-Soto",
    "McAllister",
    "Kaur",
    "Singh",
    "Farouk",
    "Sato",
    "Kim",
    "Park",
    "Osei",
    "Mensah",
    "Hernández",
    "Baptiste",
    "Romero",
    "Carter",
    "Stone",
    "Rivers",
    "Winter",
    "Fox",
    "Bell",
    "Hale",
    "Cane",
)
NICK = (
    "Bobby",
    "Peggy",
    "Lupe",
    "Chuy",
    "Kat",
    "Tommy",
    "Bea",
    "Sunny",
    "Dee",
    "Buddy",
    "Mimi",
    "Jojo",
    "Sasha",
    "Nando",
    "Tito",
    "Lex",
    "Rocky",
    "Cici",
)

TOWNS = (
    "Marlow Springs",
    "Independence",
    "Liberty Falls",
    "Harlow Bay",
    "Port Adair",
    "Eureka",
    "New Castlebury",
    "Cedar Bluff",
    "Fort Mercer",
    "Lake Odessa",
    "Glen Ellery",
    "Paradise Valley",
    "Normal",
    "Mount Hope",
    "Bellwether",
    "Saint-Hilaire",
    "San Lorenzo",
    "Villa Rica",
    "Wapakoneta",
    "Kettle Falls",
    "Bridgewater",
    "Ashby Mills",
    "Red Oak",
    "Salem Crossing",
    "North Tarrant",
    "Oxbow",
    "Pleasant Grove",
    "Whitcomb",
    "Esperanza",
    "Grand Coulee",
    "Brookhaven",
    "Ely",
    "Sugar Land",
    "Truth or Consequences",
    "Walker",
    "Chester",
    "Warm Springs",
    "Quarryville",
)
COUNTIES = (
    "Marlow",
    "Ottawa",
    "Lake",
    "Harlan",
    "Pinal",
    "Bexar",
    "Rock Island",
    "Dane",
    "Kittitas",
    "St. Francois",
    "Yolo",
    "Tioga",
    "Crow Wing",
    "Box Elder",
    "Walker",
    "Union",
)
NEIGHBOURHOODS = (
    "Five Points",
    "Little Saigon",
    "the Flats",
    "Eastlake",
    "Old Fourth Ward",
    "Pilsen",
    "Mill Creek",
    "Southside",
    "Riverbend",
    "Chinatown",
    "Boyle Heights",
)
STREETS = (
    "Old Mill",
    "Spruce",
    "Kettle Creek",
    "Juniper",
    "Martin Luther King Jr.",
    "Cedar Hollow",
    "Prairie View",
    "Lakeshore",
    "Tamarack",
    "Orchard",
    "Quail Run",
    "Bayou",
    "Wheelwright",
    "Independence",
    "Ridgeway",
    "Calle Ebano",
    "Rue des Lilas",
    "Ferry",
    "Ramsey",
    "Chapel",
    "Elm",
    "Main",
    "Walker",
    "Access",
    "Harbor",
    "Sycamore Ridge",
    "Canal",
    "Mission",
)
SUFFIX = (
    "Rd",
    "Road",
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Dr",
    "Lane",
    "Ln",
    "Ct",
    "Blvd",
    "Way",
    "Pkwy",
    "Terrace",
    "Cir",
    "Hwy",
)
STATES = ("OH", "MI", "WA", "TX", "NM", "WI", "PA", "GA", "MN", "IL", "AZ", "NC", "VT", "OR", "CO")
FAC_PATTERNS = (
    "{t} Rehabilitation Hospital",
    "Rehabilitation Institute of {t}",
    "{t} Regional Medical Center",
    "{t} VA Medical Center",
    "{t} Spine & Brain Injury Clinic",
    "{t} Community Hospital",
    "{t} Center for Independent Living",
    "{t} Children's Therapy Center",
    "{t} Memorial Hospital",
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
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SPANISH_MONTHS = (
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


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_check(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(rng: random.Random, first: str = "1") -> str:
    body = first + _digits(rng, 8)
    return body + _luhn_check("80840" + body)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VAL = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    wmi = rng.choice(("1FT", "2C4", "1GN", "5TD", "2T3", "1FM", "3C6", "1HG", "5FN", "JTM", "KND", "1D8"))
    chars = list(
        wmi
        + "".join(rng.choice(VIN_CHARS) for _ in range(5))
        + "0"
        + rng.choice("LMNPRST")
        + rng.choice(VIN_CHARS)
        + _digits(rng, 6)
    )
    total = sum((int(c) if c.isdigit() else _VIN_VAL[c]) * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _date_fmt(rng: random.Random, y: int, m: int, d: int, style: int | None = None) -> str:
    style = rng.randrange(12) if style is None else style
    mon = MONTHS[m - 1]
    return (
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}-{mon[:3]}-{y}",
        f"{mon} {d}, {y}",
        f"{d} {mon} {y}",
        f"{mon[:3]} {d}, {y}",
        f"{m}/{d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{y}{m:02d}{d:02d}",
        f"{m:02d}-{d:02d}-{y}",
        f"{d}-{mon[:3].upper()}-{y % 100:02d}",
    )[style]


def _ymd(rng: random.Random, lo: int, hi: int) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _phone(rng: random.Random) -> str:
    area = rng.choice(
        (
            "216",
            "313",
            "509",
            "512",
            "505",
            "608",
            "412",
            "404",
            "612",
            "773",
            "480",
            "919",
            "802",
            "503",
            "720",
            "419",
            "269",
        )
    )
    line = f"01{_digits(rng, 2)}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"{area} 555 {line}",
            f"555-{line}",
            f"+1-{area}-555-{line}",
        )
    )


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(SURNAMES), rng.choice(string.ascii_uppercase.replace("X", ""))


def _ocr(rng: random.Random, text: str) -> str:
    subs = {"l": "1", "O": "0", "o": "0", "e": "c", "S": "5", "i": "l", "B": "8", "a": "o", "m": "rn"}
    out = []
    changed = False
    for ch in text:
        if ch in subs and rng.random() < 0.3:
            out.append(subs[ch])
            changed = True
        else:
            out.append(ch)
    if not changed:
        for i, ch in enumerate(out):
            if ch in subs:
                out[i] = subs[ch]
                break
    return "".join(out)


def _initial(name: str) -> str:
    return unicodedata.normalize("NFKD", name)[0].upper()


def _slug(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch in string.ascii_lowercase)


def identifiers(rng: random.Random) -> dict[str, Value]:
    N, L, D = PhiType.NAME, PhiType.LOCATION, PhiType.DATE
    v: dict[str, Value] = {}

    # the patient / client
    first, last, mid = _person(rng)
    v["pt_first"] = (N, first)
    v["pt_last"] = (N, last)
    v["pt"] = (N, rng.choice((f"{first} {last}", f"{first} {last}", f"{first} {mid}. {last}")))
    v["pt_lf"] = (N, rng.choice((f"{last}, {first}", f"{last}, {first} {mid}.", f"{last},{first}")))
    v["pt_caps"] = (
        N,
        rng.choice(
            (
                f"{last.upper()}, {first.upper()}",
                f"{first.upper()} {last.upper()}",
                f"{last.upper()} {first.upper()} {mid}",
            )
        ),
    )
    v["pt_init"] = (
        N,
        rng.choice((f"{first[0]}. {last}", f"{first} {_initial(last)}.", f"{first[0]}.{mid}. {last}")),
    )
    v["pt_nick"] = (N, rng.choice(NICK))
    v["pt_ocr"] = (N, _ocr(rng, f"{last.upper()}, {first}"))
    # relative / caregiver
    rf, rl, _ = _person(rng)
    rl = rng.choice((last, rl, rl))
    v["rel"] = (N, f"{rf} {rl}")
    v["rel_first"] = (N, rf)
    v["rel2"] = (N, " ".join(_person(rng)[:2]))
    # staff
    for key in (
        "md",
        "ot",
        "pt_th",
        "slp",
        "atp",
        "cdrs",
        "vrc",
        "cm",
        "sw",
        "rn",
        "tech",
        "cont",
        "rep",
        "np",
        "psych",
        "orth",
        "md2",
    ):
        f, s, m = _person(rng)
        v[key] = (N, rng.choice((f"{f} {s}", f"{f} {s}", f"{f} {m}. {s}")))
        v[key + "_last"] = (N, s)
        v[key + "_first"] = (N, f)
        v[key + "_init"] = (N, f"{f[0]}. {s}")

    # dates
    by, bm, bd = _ymd(rng, 1931, 2008)
    v["dob"] = (D, _date_fmt(rng, by, bm, bd))
    v["dob_es"] = (D, f"{bd} de {SPANISH_MONTHS[bm - 1]} de {by}")
    v["dob_ocr"] = (D, _ocr(rng, _date_fmt(rng, by, bm, bd, rng.choice((0, 4, 5)))))
    y = rng.randint(2023, 2026)
    for key in (
        "d_adm",
        "d_dc",
        "d_eval",
        "d_conf",
        "d_inj",
        "d_deliv",
        "d_next",
        "d_sig",
        "d_rx",
        "d_ref",
        "d_exp",
        "d_sent",
        "d_appt",
        "d_a",
        "d_b",
        "d_c",
    ):
        yy = y if key != "d_inj" else rng.randint(1985, y)
        v[key] = (D, _date_fmt(rng, yy, rng.randint(1, 12), rng.randint(1, 28)))
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    v["d_short"] = (
        D,
        rng.choice(
            (
                f"{m}/{d}",
                f"{MONTHS[m - 1][:3]} {d}",
                f"{d} {MONTHS[m - 1]}",
                f"{MONTHS[m - 1]} {d}",
                f"{m:02d}/{d:02d}",
            )
        ),
    )
    m2, d2 = rng.randint(1, 12), rng.randint(1, 28)
    v["d_short2"] = (D, rng.choice((f"{m2}/{d2}", f"{MONTHS[m2 - 1]} {d2}", f"{d2}-{MONTHS[m2 - 1][:3]}")))
    hh, mm = rng.randint(6, 19), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    mo, da = rng.randint(1, 12), rng.randint(1, 28)
    v["dt_stamp"] = (
        D,
        rng.choice(
            (
                f"{mo:02d}/{da:02d}/{y} {hh:02d}:{mm:02d}",
                f"{y}-{mo:02d}-{da:02d}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
                f"{mo}/{da}/{y % 100:02d} {hh:02d}{mm:02d}",
                f"{da:02d}-{MONTHS[mo - 1][:3]}-{y} {hh:02d}:{mm:02d}",
                f"{MONTHS[mo - 1][:3]} {da} {y} {((hh - 1) % 12) + 1}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
            )
        ),
    )
    v["d_monyr"] = (D, f"{MONTHS[rng.randint(0, 11)]} {rng.randint(2023, 2026)}")
    v["d_es"] = (D, f"{rng.randint(1, 28)} de {SPANISH_MONTHS[rng.randint(0, 11)]} de {y}")
    v["d_dow"] = (D, f"{rng.choice(DAYS)} {rng.randint(1, 12)}/{rng.randint(1, 28)}")

    # places
    town = rng.choice(TOWNS)
    v["city"] = (L, town)
    v["city2"] = (L, rng.choice(TOWNS))
    v["city3"] = (L, rng.choice(TOWNS))
    v["county"] = (L, f"{rng.choice(COUNTIES)} County")
    v["county_bare"] = (L, rng.choice(COUNTIES))
    v["hood"] = (L, rng.choice(NEIGHBOURHOODS))
    for key in ("street", "street2", "street3"):
        num = rng.choice((str(rng.randint(2, 98)), str(rng.randint(100, 999)), str(rng.randint(1000, 29999))))
        name = rng.choice(STREETS)
        if name.startswith(("Calle", "Rue")):
            v[key] = (L, f"{num} {name}")
        else:
            v[key] = (
                L,
                rng.choice(
                    (
                        f"{num} {name} {rng.choice(SUFFIX)}",
                        f"{num} {rng.choice(('N', 'S', 'E', 'W', 'NE'))} {name} {rng.choice(SUFFIX)}",
                        f"{num} {name} {rng.choice(SUFFIX)}".upper()
                        if rng.random() < 0.2
                        else f"{num} {name} {rng.choice(SUFFIX)}",
                    )
                ),
            )
    v["street_rr"] = (
        L,
        rng.choice(
            (
                f"RR {rng.randint(1, 9)} Box {rng.randint(10, 400)}",
                f"N{rng.randint(1000, 9999)} County Road {rng.choice('KMNPQ')}",
                f"{rng.randint(100, 9999)} State Route {rng.randint(2, 199)}",
            )
        ),
    )
    v["unit"] = (
        L,
        rng.choice(
            (
                f"Apt {rng.randint(1, 9)}{rng.choice('ABCD')}",
                f"Unit {rng.randint(1, 40)}",
                f"#{rng.randint(101, 640)}",
                f"Lot {rng.randint(1, 90)}",
                f"Apt. {rng.randint(100, 999)}",
                f"Bldg {rng.choice('ABC')}-{rng.randint(1, 30)}",
            )
        ),
    )
    v["suite"] = (L, f"Suite {rng.randint(100, 450)}")
    v["zip"] = (L, rng.choice((_digits(rng, 5), f"{_digits(rng, 5)}-{_digits(rng, 4)}")))
    v["zip2"] = (L, _digits(rng, 5))
    v["fac"] = (L, rng.choice(FAC_PATTERNS).replace("{t}", rng.choice(TOWNS)))
    v["fac2"] = (L, rng.choice(FAC_PATTERNS).replace("{t}", rng.choice(TOWNS)))
    v["street_ocr"] = (L, _ocr(rng, v["street"][1]))

    # age over 89
    v["age90"] = (
        PhiType.AGE,
        rng.choice(
            (
                str(rng.randint(90, 104)),
                str(rng.randint(90, 99)),
                rng.choice(
                    (
                        "ninety",
                        "ninety-one",
                        "ninety-two",
                        "ninety-four",
                        "ninety-six",
                        "ninety-eight",
                        "one hundred",
                    )
                ),
            )
        ),
    )

    # contacts
    v["phone"] = (PhiType.PHONE, _phone(rng))
    v["phone2"] = (PhiType.PHONE, _phone(rng))
    v["phone3"] = (PhiType.PHONE, _phone(rng))
    v["fax"] = (PhiType.FAX, _phone(rng))
    v["fax2"] = (PhiType.FAX, _phone(rng))
    dom = rng.choice(
        (
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "rehab.example.org",
            "example.test",
            "vr.state.example.gov",
        )
    )
    fl = _slug(first) or "pt"
    ls = _slug(last) or "x"
    v["email"] = (
        PhiType.EMAIL,
        rng.choice(
            (
                f"{fl}.{ls}@{dom}",
                f"{fl[0]}{ls}{rng.randint(1, 99)}@{dom}",
                f"{ls}_{fl}@{dom}",
                f"{fl}{by}@example.com",
                f"{fl}.{ls}{rng.randint(1, 9)}@example.net",
            )
        ),
    )
    sf, sl = _slug(v["atp_first"][1]) or "st", _slug(v["atp_last"][1]) or "aff"
    v["email2"] = (
        PhiType.EMAIL,
        rng.choice(
            (
                f"{sf}.{sl}@{rng.choice(('example.org', 'rehab.example.org', 'example.test'))}",
                f"{sf[0]}{sl}@mobility.example.com",
                "intake@cil.example.org",
                "seating.clinic@example.org",
                "vr.referrals@state.example.gov",
            )
        ),
    )
    v["url"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://portal.example.org/rehab/pt/{_digits(rng, 6)}",
                f"https://telehealth.example.com/join/{_letters(rng, 3, string.ascii_lowercase)}-{_digits(rng, 4)}",
                f"http://atloan.example.test/item?id={_digits(rng, 5)}",
                f"https://www.example.org/{_slug(town)}-rehab",
                f"www.{_slug(town)}mobility.example.com/service/{_digits(rng, 5)}",
                f"https://vr.state.example.gov/case/{_digits(rng, 7)}",
            )
        ),
    )
    v["url2"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://share.example.com/f/{_letters(rng, 10, string.ascii_letters + string.digits)}",
                f"https://myrehab.example.org/msg/{_digits(rng, 8)}",
                f"http://paratransit.example.test/apply/{_digits(rng, 6)}",
            )
        ),
    )
    v["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            (
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
            )
        ),
    )
    v["ip2"] = (
        PhiType.IP_ADDRESS,
        f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    )

    # government and health-plan numbers
    a, g, s = rng.randint(1, 665), rng.randint(1, 99), rng.randint(1, 9999)
    v["ssn"] = (
        PhiType.SSN,
        rng.choice(
            (
                f"{a:03d}-{g:02d}-{s:04d}",
                f"{a:03d} {g:02d} {s:04d}",
                f"{a:03d}{g:02d}{s:04d}",
                f"{a:03d}-{g:02d}-{s:04d}",
            )
        ),
    )
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            (
                _digits(rng, 8),
                f"RH-{_digits(rng, 6)}",
                f"E{_digits(rng, 7)}",
                f"M{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"00{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
            )
        ),
    )
    v["mrn2"] = (PhiType.MRN, rng.choice((f"SCI{_digits(rng, 5)}", _digits(rng, 7), f"V{_digits(rng, 9)}")))
    mbi_l = "ACDEFGHJKMNPQRTUVWXY"
    mbi = (
        str(rng.randint(1, 9))
        + rng.choice(mbi_l)
        + rng.choice(mbi_l + string.digits)
        + str(rng.randint(0, 9))
        + rng.choice(mbi_l)
        + rng.choice(mbi_l + string.digits)
        + str(rng.randint(0, 9))
        + rng.choice(mbi_l)
        + rng.choice(mbi_l)
        + str(rng.randint(0, 9))
        + str(rng.randint(0, 9))
    )
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, rng.choice((mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}")))
    v["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                _digits(rng, 10),
                f"MC{_digits(rng, 8)}",
                f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}",
            )
        ),
    )
    v["member"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 8)}-01",
                f"MBR{_digits(rng, 10)}",
                f"{_digits(rng, 9)}-{_digits(rng, 2)}",
                f"U{_digits(rng, 8)}",
            )
        ),
    )
    v["group"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                _digits(rng, 6),
                f"GRP-{_digits(rng, 5)}",
                f"{_digits(rng, 5)}-{_digits(rng, 4)}",
                f"{_letters(rng, 2)}{_digits(rng, 4)}",
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
                f"PA{_digits(rng, 7)}",
            )
        ),
    )
    v["fin"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"{_digits(rng, 2)}-{_digits(rng, 7)}",
                _digits(rng, 9),
                f"ENC{_digits(rng, 7)}",
                f"V{_digits(rng, 8)}",
            )
        ),
    )
    v["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"CLM-{y}-{_digits(rng, 6)}",
                f"{_digits(rng, 2)}{_digits(rng, 3)}{_digits(rng, 8)}",
                f"WC-{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"{_digits(rng, 13)}",
                f"{_letters(rng, 1)}{_digits(rng, 11)}",
            )
        ),
    )
    v["invoice"] = (
        PhiType.ACCOUNT,
        rng.choice((f"INV-{_digits(rng, 6)}", f"SO{_digits(rng, 7)}", f"{_digits(rng, 8)}")),
    )

    # licences of people
    v["npi"] = (PhiType.LICENSE, npi(rng, "1"))
    v["npi2"] = (PhiType.LICENSE, npi(rng, "1"))
    rng.choice(STATES)
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"{last[0].upper()}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_letters(rng, 1)}{_digits(rng, 8)}",
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_digits(rng, 9)}",
                f"{last[:4].upper().replace(' ', '')}{_letters(rng, 1)}{_digits(rng, 6)}",
            )
        ),
    )
    v["st_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"PT{_digits(rng, 6)}",
                f"OT-{_digits(rng, 5)}",
                f"{_digits(rng, 4)}-{_digits(rng, 3)}",
                f"SLP.{_digits(rng, 5)}",
                f"{_digits(rng, 7)}",
            )
        ),
    )
    v["atp_cert"] = (
        PhiType.LICENSE,
        rng.choice((_digits(rng, 4), f"ATP-{_digits(rng, 5)}", f"{_digits(rng, 5)}")),
    )
    v["cdrs_cert"] = (
        PhiType.LICENSE,
        rng.choice((f"CDRS-{_digits(rng, 4)}", _digits(rng, 3), f"{_digits(rng, 4)}")),
    )
    v["cpo_cert"] = (
        PhiType.LICENSE,
        rng.choice((f"ABC {_digits(rng, 5)}", f"CPO-{_digits(rng, 4)}", f"{_digits(rng, 6)}")),
    )
    v["dea"] = (
        PhiType.LICENSE,
        f"{rng.choice('ABFM')}{last[0].upper() if last[0].isalpha() and last[0].isascii() else 'X'}{_digits(rng, 7)}",
    )

    # vehicles
    v["vin"] = (PhiType.VEHICLE_ID, vin(rng))
    v["plate"] = (
        PhiType.VEHICLE_ID,
        rng.choice(
            (
                f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                f"HC {_digits(rng, 4)}",
                f"DV{_digits(rng, 5)}",
                f"{_letters(rng, 3)} {_digits(rng, 3)}",
                f"{_digits(rng, 3)}-{_letters(rng, 3)}",
                f"PD{_digits(rng, 4)}{_letters(rng, 1)}",
            )
        ),
    )

    # devices tied to this person
    v["serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"PMB{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
                f"QE6-{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
                f"M3C-{_digits(rng, 2)}-{_digits(rng, 6)}",
                f"TL{_digits(rng, 8)}",
                f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 7)}",
                f"SN{_digits(rng, 9)}",
            )
        ),
    )
    v["serial2"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"RH{_digits(rng, 7)}",
                f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"JOY-{_digits(rng, 6)}",
                f"{_digits(rng, 10)}",
            )
        ),
    )
    v["sgd_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"TD{_digits(rng, 4)}-{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
                f"ACC14-{_digits(rng, 6)}",
                f"NOVA{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            )
        ),
    )
    v["pros_serial"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"3B1-{_digits(rng, 7)}",
                f"PFX{_digits(rng, 6)}{_letters(rng, 1)}",
                f"{_digits(rng, 4)}-{_letters(rng, 2)}-{_digits(rng, 5)}",
                _digits(rng, 9),
            )
        ),
    )
    v["udi"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"(01){_digits(rng, 14)}(17){rng.randint(26, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(21){_letters(rng, 1)}{_digits(rng, 7)}",
                f"01{_digits(rng, 14)}21{_digits(rng, 9)}",
                f"+H{_digits(rng, 3)}{_letters(rng, 4)}{_digits(rng, 4)}/$${_digits(rng, 7)}",
            )
        ),
    )
    v["dev_lot"] = (PhiType.DEVICE_ID, f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}")

    # biometric and photo
    v["bio"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"GT-TMPL-{_digits(rng, 5)}{_letters(rng, 1)}",
                f"VP-{_digits(rng, 7)}",
                f"FP{_digits(rng, 8)}",
                f"PV-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"BIO{_letters(rng, 2)}{_digits(rng, 6)}",
                f"gait_{_digits(rng, 6)}.tmpl",
            )
        ),
    )
    v["voiceprint"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"VB-{_digits(rng, 6)}",
                f"voicebank_{_letters(rng, 6, string.ascii_lowercase + string.digits)}",
                f"VPR{_digits(rng, 8)}",
            )
        ),
    )
    v["gait"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"GAIT-{_digits(rng, 4)}-{_letters(rng, 2)}{_digits(rng, 2)}",
                f"gt{_digits(rng, 7)}",
                f"GSIG_{_digits(rng, 6)}",
            )
        ),
    )
    v["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            (
                f"IMG_{rng.randint(2023, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{_digits(rng, 4)}.jpg",
                f"face_{_digits(rng, 6)}.png",
                f"{ls[:8]}_{fl[0]}_headshot.jpg",
                f"PH-{_digits(rng, 7)}",
                f"portrait-{_digits(rng, 5)}.jpeg",
                f"ID_PHOTO_{_digits(rng, 6)}.JPG",
                f"DSC{_digits(rng, 5)}.JPG",
            )
        ),
    )
    v["photo2"] = (
        PhiType.PHOTO,
        rng.choice(
            (f"PHOTO-{_digits(rng, 6)}", f"cam2_face_{_digits(rng, 5)}.jpg", f"idcard_{_digits(rng, 6)}.png")
        ),
    )

    # other identifying numbers
    v["vr_case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"VR-{y}-{_digits(rng, 6)}",
                _digits(rng, 7),
                f"{_digits(rng, 3)}-{_digits(rng, 5)}",
                f"DVR{_digits(rng, 6)}",
            )
        ),
    )
    v["ipe_no"] = (
        PhiType.OTHER_ID,
        rng.choice((f"IPE-{_digits(rng, 5)}", f"P{_digits(rng, 6)}-{rng.randint(1, 4)}")),
    )
    v["waiver"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"BIW-{_digits(rng, 7)}",
                f"TBI-W {_digits(rng, 4)}-{_digits(rng, 2)}",
                f"{_letters(rng, 2)}{_digits(rng, 8)}",
                f"W{_digits(rng, 6)}",
            )
        ),
    )
    v["para_id"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                _digits(rng, 6),
                f"R-{_digits(rng, 5)}",
                f"ADA{_digits(rng, 6)}",
                f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 3)}",
            )
        ),
    )
    v["placard"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"DP{_digits(rng, 7)}",
                f"P-{_digits(rng, 7)}",
                f"{_letters(rng, 1)}{_digits(rng, 6)}",
                f"{_digits(rng, 4)} {_digits(rng, 4)}",
            )
        ),
    )
    v["pa_ref"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"PA{_digits(rng, 11)}",
                f"{_digits(rng, 4)}-{_letters(rng, 2)}",
                f"AUTH-{_digits(rng, 8)}",
                f"{_letters(rng, 1)}{_digits(rng, 9)}",
            )
        ),
    )
    v["borrower"] = (
        PhiType.OTHER_ID,
        rng.choice((f"B-{_digits(rng, 4)}", f"LC{_digits(rng, 5)}", _digits(rng, 6))),
    )
    v["wo"] = (
        PhiType.OTHER_ID,
        rng.choice((f"WO-{_digits(rng, 5)}", f"{_digits(rng, 2)}-{_digits(rng, 4)}", f"HM{_digits(rng, 6)}")),
    )
    v["quote"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (f"Q-{y}-{_digits(rng, 4)}", f"EST{_digits(rng, 6)}", f"{_digits(rng, 5)}-R{rng.randint(1, 3)}")
        ),
    )
    v["ticket"] = (
        PhiType.OTHER_ID,
        rng.choice((f"RT-{_digits(rng, 6)}", f"SR{_digits(rng, 7)}", f"{_digits(rng, 6)}")),
    )
    v["emp_id"] = (
        PhiType.OTHER_ID,
        rng.choice((f"E{_digits(rng, 5)}", _digits(rng, 7), f"EMP-{_digits(rng, 4)}")),
    )
    v["chip"] = (
        PhiType.OTHER_ID,
        rng.choice(
            ("985" + _digits(rng, 12), "900" + _digits(rng, 12), f"985.{_digits(rng, 3)}.{_digits(rng, 9)}")
        ),
    )
    v["study_id"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"SCIMS-{_digits(rng, 4)}",
                f"TBIMS {_digits(rng, 2)}-{_digits(rng, 4)}",
                f"SUBJ{_digits(rng, 5)}",
            )
        ),
    )
    v["rx_no"] = (
        PhiType.OTHER_ID,
        rng.choice((f"Rx{_digits(rng, 7)}", _digits(rng, 7), f"{_digits(rng, 2)}-{_digits(rng, 6)}")),
    )
    v["client_id"] = (
        PhiType.OTHER_ID,
        rng.choice((f"CIL-{_digits(rng, 5)}", f"C{_digits(rng, 6)}", f"{_digits(rng, 5)}")),
    )
    v["ssa_case"] = (PhiType.OTHER_ID, rng.choice((f"BI-{_digits(rng, 6)}", f"{_digits(rng, 8)}")))
    return v


# --- look-alikes (not PHI) ------------------------------------------------------------------------

WC_MODELS = (
    "Permobil M3 Corpus",
    "Quantum Q6 Edge 3",
    "TiLite Aero Z",
    "Quickie Q7",
    "Ki Mobility Catalyst 5",
    "Invacare TDX SP2",
    "Pride Jazzy Elite HD",
    "Sunrise Quickie QM-710",
    "Ki Mobility Focus CR",
    "Permobil F5 Corpus VS",
    "Drive Cirrus Plus EC",
    "ROVI X3",
)
CUSHIONS = (
    "ROHO High Profile",
    "Jay J3",
    "Varilite Evolution",
    "Matrx Vi",
    "Stimulite Classic",
    "Jay Fusion",
    "ROHO Hybrid Elite",
)
SGD = (
    "Tobii Dynavox I-13",
    "PRC Accent 1400",
    "Saltillo NovaChat 10",
    "Tobii Dynavox TD Pilot",
    "Lingraphica TouchTalk",
    "Grid Pad 12",
    "Talk To Me Technologies Eyespeak",
)
PROS = (
    "Ottobock C-Leg 4",
    "Össur Pro-Flex XC",
    "Ottobock Genium",
    "Fillauer AllPro",
    "Össur Rheo Knee XC",
    "College Park Soleus",
    "Freedom Innovations Kinterra",
    "Ottobock 1C60 Triton",
    "i-Limb Quantum",
)
AFO = (
    "solid-ankle AFO",
    "hinged AFO with plantarflexion stop",
    "carbon GRAFO",
    "KAFO with drop-lock knee",
    "TLSO clamshell",
    "resting hand splint",
    "WHO cock-up splint",
    "Allard ToeOFF 2.0",
    "Aspen Vista collar",
)
HCPCS_L = (
    "L5301",
    "L5321",
    "L5856",
    "L5980",
    "L5673",
    "L5679",
    "L1970",
    "L1906",
    "L2036",
    "L0631",
    "L3916",
    "L1833",
    "L5631",
    "L6880",
    "L8400",
    "L5647",
)
HCPCS_K = ("K0861", "K0005", "K0004", "K0108", "K0848", "K0856", "K0669", "K0800", "K0823", "K0739")
HCPCS_E = (
    "E2402",
    "E2510",
    "E1161",
    "E2611",
    "E2622",
    "E0986",
    "E1028",
    "E2310",
    "E2313",
    "E0950",
    "E1399",
    "E2368",
    "E2512",
    "E0181",
)
CPT = (
    "97542",
    "97755",
    "92607",
    "92608",
    "92609",
    "97750",
    "97110",
    "97116",
    "97530",
    "97535",
    "97761",
    "97763",
    "97760",
    "99214",
    "96112",
    "97165",
    "97163",
    "97129",
)
ICD = (
    "S14.105A",
    "G82.21",
    "I63.9",
    "S06.2X9S",
    "G35",
    "G12.21",
    "Z89.611",
    "Z89.512",
    "G80.1",
    "S34.114D",
    "I69.351",
    "G81.94",
    "M62.81",
    "G71.01",
    "Z99.3",
    "R26.89",
    "Z74.09",
    "G20.A1",
    "G61.0",
    "E11.42",
    "S06.5X1D",
    "F07.81",
    "Q05.7",
)
EPONYMS = (
    "Guillain-Barré syndrome",
    "Parkinson disease",
    "Charcot-Marie-Tooth",
    "Brown-Séquard syndrome",
    "Duchenne muscular dystrophy",
    "Huntington disease",
    "Graves' disease",
    "a Syme amputation",
    "a Chopart amputation",
    "Lou Gehrig's disease",
    "Down syndrome",
    "a Colles fracture",
    "Wernicke aphasia",
    "Broca aphasia",
    "Friedreich ataxia",
)
MEDS = (
    "baclofen 10 mg PO TID",
    "tizanidine 4 mg qHS",
    "gabapentin 300 mg TID",
    "oxybutynin 5 mg BID",
    "enoxaparin 40 mg SC daily",
    "senna 8.6 mg 2 tabs qHS",
    "amantadine 100 mg BID",
    "methylphenidate 5 mg BID",
    "pregabalin 75 mg BID",
    "intrathecal baclofen 250 mcg/day",
    "onabotulinumtoxinA 300 units",
    "dantrolene 25 mg daily",
    "polyethylene glycol 17 g daily",
)
ROLES = (
    "the attending",
    "the physiatrist",
    "charge nurse",
    "the ATP",
    "the OT",
    "the PT",
    "the SLP",
    "the case manager",
    "the vendor rep",
    "the VR counselor",
    "the neuropsychologist",
    "the orthotist",
    "the CDRS",
    "social work",
    "the rehab tech",
    "the prosthetist",
    "the peer mentor",
)
ORGS = (
    "Northstar Mobility Solutions",
    "Bright Path AT Services",
    "Keystone Orthotics & Prosthetics",
    "AccessAble Home Builders",
    "Summit Seating Group",
    "the Center for Independent Living",
    "Division of Vocational Rehabilitation",
    "Office of Disability Services",
    "Medicare DME MAC Jurisdiction B",
    "Blue Horizon Health Plan",
    "the state Brain Injury Program",
    "Liberty Mutual Workers Comp unit",
    "Apex Driver Rehab",
    "MobilityWorks dealer",
    "the Regional Transit Authority",
    "CareSource Medicaid",
    "the VA Prosthetics Service",
    "AbleTrust Foundation",
)
VEH = (
    "2021 Toyota Sienna",
    "2019 Dodge Grand Caravan",
    "2022 Chrysler Pacifica",
    "2018 Ford Transit Connect",
    "2020 Honda Odyssey",
    "2023 Ram ProMaster City",
    "2017 Chevrolet Silverado 1500",
    "2024 Kia Carnival",
)
ADAPT = (
    "left-foot accelerator",
    "spinner knob",
    "push-right angle hand control",
    "tri-pin",
    "reduced-effort steering",
    "EZ Lock docking system",
    "in-floor ramp conversion",
    "transfer seat base",
    "Q'Straint tie-downs",
    "electronic gas/brake with 12-way backup",
    "pedal extenders",
    "right-hand turn signal crossover",
)
DOGS = ("Murphy", "Bella", "Duke", "Hazel", "Winston", "Penny", "Ranger", "Maple", "Otis", "Clementine")
BREEDS = ("Labrador retriever", "golden retriever", "standard poodle", "Lab/golden cross", "German shepherd")
FORMS = (
    "CMS-849",
    "CMS-10125",
    "DMV REG 195",
    "MV-664.1",
    "BMV 4826",
    "SSA-3368",
    "DVR-0041",
    "Form HCBS-12",
    "PARA-ELIG-2",
    "IRF-PAI v4.2",
    "DWC-1",
    "CMN 04.04B",
    "SF-LOAN-7",
    "AT-23",
    "RH-117 rev 3",
)
POLICY = (
    "Policy RH-04.112",
    "P&P 7.3.21",
    "SOP SEAT-009",
    "Procedure AT-LC-03",
    "Policy CL-221 rev B",
    "IRF Policy 2.15",
)
FUND = (
    "fund source VR-SE-23",
    "program code 4100-AT",
    "cost center 88120",
    "grant AT-ACT-2024",
    "budget line 6130-HMOD",
    "waiver service code T2029",
    "fund 0351 / object 5220",
    "PCA code W1726",
)
ASIA = ("AIS A", "AIS B", "AIS C", "AIS D", "ASIA Impairment Scale C")
LEVELS = ("C5", "C6", "C7", "T4", "T10", "L1", "C4", "T6", "L3")
RANCHO = ("Rancho Los Amigos level VI", "Rancho level VII", "RLA IV", "Rancho Los Amigos level V")
ERRORS = (
    "E-Code 15",
    "Flash code 7",
    "R-Net Joystick Error 0902",
    "Err 22 (brake)",
    "Q-Logic fault 3A",
    "OMNI trip text 'Left motor'",
    "VR2 flash 9",
)
PARTS = (
    "P/N 1043862",
    "part 300-23214",
    "#MTR-4-RH",
    "P/N 8.4V-LPB",
    "SKU 1090288",
    "P/N 1608871",
    "#CST-14-N",
    "part 5510-0077",
    "P/N JSM-L003",
    "P/N 04-220-61",
)


def _num(rng: random.Random, lo: float, hi: float, nd: int = 0) -> str:
    x = rng.uniform(lo, hi)
    return f"{x:.{nd}f}" if nd else str(round(x))


def lookalikes(rng: random.Random) -> dict[str, Value]:
    c = rng.choice
    v: dict[str, str] = {}
    v["fim_adm"] = str(rng.randint(24, 80))
    v["fim_dc"] = str(rng.randint(70, 118))
    v["fim_mot"] = str(rng.randint(13, 91))
    v["fim_cog"] = str(rng.randint(5, 35))
    v["fim_eat"], v["fim_groom"], v["fim_bath"] = (str(rng.randint(1, 7)) for _ in range(3))
    v["fim_xfer"], v["fim_loco"], v["fim_stairs"] = (str(rng.randint(1, 7)) for _ in range(3))
    v["gg_self"] = str(rng.randint(8, 40))
    v["gg_mob"] = str(rng.randint(15, 90))
    v["barthel"] = str(rng.randrange(0, 101, 5))
    v["berg"] = str(rng.randint(4, 56))
    v["smwt"] = str(rng.randint(45, 520))
    v["tug"] = _num(rng, 8, 45, 1)
    v["tenmwt"] = _num(rng, 0.2, 1.4, 2)
    v["mmt"] = c(("4-/5", "3+/5", "2/5", "5/5", "4/5", "1/5", "0/5", "3-/5"))
    v["mmt2"] = c(("4-/5", "3+/5", "2/5", "5/5", "4/5", "1/5", "3/5"))
    v["rom"] = f"{rng.randint(0, 10)}-{rng.randint(60, 140)}°"
    v["rom2"] = f"{rng.randint(-20, 0)} to {rng.randint(5, 25)} degrees"
    v["ash"] = c(("1", "1+", "2", "3"))
    v["grip"] = f"{rng.randint(4, 48)} kg"
    v["hcpcs_l"], v["hcpcs_l2"] = rng.sample(HCPCS_L, 2)
    v["hcpcs_k"] = c(HCPCS_K)
    v["hcpcs_e"], v["hcpcs_e2"] = rng.sample(HCPCS_E, 2)
    v["cpt"], v["cpt2"] = rng.sample(CPT, 2)
    v["icd"], v["icd2"] = rng.sample(ICD, 2)
    v["cmg"] = f"{rng.choice('0123')}{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(1, 5)}"
    v["cmg_full"] = f"{c('ABCD')}{v['cmg']}"
    v["igc"] = c(("01.2", "02.21", "04.210", "04.1", "05.2", "06.1", "08.51", "02.1", "04.230"))
    v["tier"] = c(("Tier 1", "Tier 2", "Tier 3", "no tier"))
    v["drg"] = c(("945", "946", "057", "064", "559"))
    v["rev"] = c(("0118", "0128", "0274", "0420", "0430", "0440", "0024"))
    v["ndc"] = f"{rng.randint(10000, 79999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}"
    v["loinc"] = c(("72133-2", "83254-3", "54522-8", "52720-0", "89239-8"))
    v["snomed"] = c(("228557008", "11381005", "422504002", "91251008"))
    v["wc"] = c(WC_MODELS)
    v["wc2"] = c(WC_MODELS)
    v["cushion"] = c(CUSHIONS)
    v["csize"] = c(("16 x 16", "18 x 18", "17 x 18", "20 x 20", "16 x 18", "22 x 20"))
    v["seat_w"] = str(rng.randint(14, 22))
    v["seat_d"] = str(rng.randint(14, 21))
    v["back_h"] = str(rng.randint(12, 22))
    v["stf"] = f"{rng.randint(17, 21)}.{c(('0', '5'))}"
    v["hip_w"] = f"{rng.randint(13, 21)}.{c(('0', '5'))}"
    v["weight_lb"] = str(rng.randint(96, 340))
    v["height"] = f"{rng.randint(4, 6)}'{rng.randint(0, 11)}\""
    v["sgd"] = c(SGD)
    v["sgd2"] = c(SGD)
    v["pros"] = c(PROS)
    v["pros2"] = c(PROS)
    v["afo"] = c(AFO)
    v["klevel"] = c(("K1", "K2", "K3", "K4"))
    v["part"], v["part2"] = rng.sample(PARTS, 2)
    v["lot"] = f"{c(('LOT', 'Lot', 'lot#'))} {rng.randint(21, 26)}{c('ABCDEFGH')}{rng.randint(1000, 9999)}"
    v["lot2"] = f"{rng.randint(2023, 2026)}-{rng.randint(1, 52):02d}-{rng.randint(100, 999)}"
    v["sku"] = f"{rng.randint(100000, 999999)}"
    v["form"], v["form2"] = rng.sample(FORMS, 2)
    v["form_ver"] = f"rev {rng.randint(1, 12):02d}/{rng.randint(2019, 2025)}"
    v["policy"] = c(POLICY)
    v["fund"], v["fund2"] = rng.sample(FUND, 2)
    v["org_npi"] = npi(rng, "1")  # a group's or supplier's NPI: not gold
    v["tax_id"] = f"{rng.randint(10, 98)}-{rng.randint(1000000, 9999999)}"
    v["ptan"] = f"{rng.randint(100000, 999999)}{c(('0', '1', 'A'))}"
    v["nsc"] = f"{rng.randint(1000000, 9999999)}{rng.randint(1000, 9999):04d}"[:10]
    v["ccn"] = f"{rng.randint(10, 52):02d}T{rng.randint(10, 99)}{rng.randint(0, 9)}"[:6]
    v["abc_acc"] = f"ABC accreditation #{rng.randint(1000, 9999)}"
    v["time"] = f"{rng.randint(6, 19):02d}:{c(('00', '15', '30', '45', '10', '50'))}"
    v["time2"] = f"{rng.randint(1, 12)}:{c(('00', '15', '30', '45'))} {c(('am', 'pm', 'AM', 'PM'))}"
    v["time3"] = f"{rng.randint(600, 1900):04d}"
    v["year"] = str(rng.randint(1998, 2026))
    v["year2"] = str(rng.randint(2010, 2026))
    v["age"] = str(rng.randint(19, 89))
    v["age2"] = str(rng.randint(6, 89))
    v["money"] = f"${rng.randint(120, 48000):,}.{rng.randint(0, 99):02d}"
    v["money2"] = f"${rng.randint(15, 9000):,}.00"
    v["money3"] = f"{rng.randint(2, 60)},{rng.randint(0, 999):03d}"
    v["room"] = f"{rng.randint(1, 5)}{rng.randint(0, 3)}{rng.randint(1, 40):02d}"
    v["bed"] = c(("A", "B", "W", "1", "2"))
    v["unitnm"] = c(
        ("3 West Rehab", "SCI Unit 4B", "BI Unit", "Stroke Rehab 2N", "Peds Rehab 5E", "IRF 6 South")
    )
    v["bp"] = f"{rng.randint(88, 168)}/{rng.randint(48, 98)}"
    v["hr"] = str(rng.randint(52, 118))
    v["spo2"] = str(rng.randint(89, 100))
    v["rr"] = str(rng.randint(12, 24))
    v["temp"] = _num(rng, 97.1, 100.4, 1)
    v["hgb"] = _num(rng, 8.2, 15.8, 1)
    v["a1c"] = _num(rng, 5.1, 10.9, 1)
    v["alb"] = _num(rng, 2.4, 4.6, 1)
    v["med"], v["med2"] = rng.sample(MEDS, 2)
    v["eponym"] = c(EPONYMS)
    v["eponym2"] = c(EPONYMS)
    v["role"], v["role2"] = rng.sample(ROLES, 2)
    v["org"], v["org2"] = rng.sample(ORGS, 2)
    v["asia"] = c(ASIA)
    v["level"] = c(LEVELS)
    v["rancho"] = c(RANCHO)
    v["gcs"] = str(rng.randint(3, 15))
    v["moca"] = str(rng.randint(9, 30))
    v["slums"] = str(rng.randint(12, 30))
    v["dog"] = c(DOGS)
    v["breed"] = c(BREEDS)
    v["veh"] = c(VEH)
    v["adapt"], v["adapt2"] = rng.sample(ADAPT, 2)
    v["err"] = c(ERRORS)
    v["batt"] = c(("Group 24 AGM 12V 73Ah", "22NF 12V 55Ah gel", "U1 12V 35Ah AGM", "Li-ion 25.2V 10.4Ah"))
    v["miles"] = str(rng.randint(2, 48))
    v["hours"] = str(rng.randint(2, 40))
    v["weeks"] = str(rng.randint(2, 26))
    v["pct"] = str(rng.randint(5, 95))
    v["rise"] = str(rng.randint(8, 36))
    v["run"] = str(int(v["rise"]) * rng.choice((12, 12, 14)))
    v["doorw"] = str(rng.randint(28, 36))
    v["state"] = c(STATES)
    v["state2"] = c(STATES)
    v["loan_item"] = c(
        (
            "iPad 9th gen w/ TouchChat",
            "Big Mack switch",
            "rollator, 18 in seat",
            "shower chair w/ back",
            "Amplified phone CL-400",
            "portable ramp 6 ft",
            "QuadJoy mouth mouse",
            "Pocketalker Ultra",
            "reacher 32 in",
            "tub transfer bench",
        )
    )
    v["loan_item2"] = c(
        (
            "Step-by-Step switch",
            "OrCam MyEye trial unit",
            "bed rail",
            "Jelly Bean switch",
            "electronic magnifier 7 in",
            "standing frame",
            "suction grab bar",
        )
    )
    v["wpm"] = str(rng.randint(2, 30))
    v["lift"] = str(rng.randint(10, 60))
    v["pdc"] = c(("Sedentary", "Light", "Medium", "Light-Medium", "Heavy"))
    v["dot"] = f"{rng.randint(100, 999)}.{rng.randint(100, 999)}-{rng.randint(10, 99)}{rng.randint(0, 9)}"
    v["onet"] = f"{rng.randint(11, 53)}-{rng.randint(1000, 9999)}.00"
    v["wage"] = f"${rng.randint(14, 38)}.{c(('00', '25', '50', '75'))}/hr"
    v["bus"] = c(("Route 14", "Route 7X", "the Blue Line", "Route 52", "the 3 Crosstown"))
    v["zone"] = c(("Zone A", "Zone 2", "core service area", "3/4-mile corridor"))
    v["version"] = f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    v["fw"] = f"{rng.randint(1, 5)}.{rng.randint(0, 9)}.{rng.randint(100, 999)}"
    v["pressure"] = str(rng.randint(18, 95))
    v["tilt"] = str(rng.choice((20, 30, 45, 50)))
    v["recline"] = str(rng.choice((120, 150, 170, 175)))
    v["speed"] = _num(rng, 3.0, 8.5, 1)
    v["ref_range"] = c(("(ref 12.0-15.5)", "(normal 3.5-5.0)", "(ref <5.7%)", "(70-99 mg/dL)"))
    v["reaction"] = _num(rng, 0.5, 1.8, 2)
    v["visual"] = c(("20/25", "20/40", "20/30", "20/50 OS, 20/30 OD"))
    v["field"] = str(rng.randint(100, 160))
    v["seq"] = str(rng.randint(1, 9))
    v["qty"] = str(rng.randint(1, 6))
    v["payer"] = c(
        (
            "Blue Horizon Health Plan",
            "CareSource Medicaid",
            "Medicare DME MAC Jurisdiction B",
            "Summit Health Partners",
            "Liberty Mutual Workers Comp unit",
            "the VA Prosthetics Service",
            "Molina Medicaid",
            "Aetna Better Health",
        )
    )
    v["supplier"] = c(
        (
            "Northstar Mobility Solutions",
            "Summit Seating Group",
            "Numotion branch 114",
            "Bright Path AT Services",
            "Reliable Rehab Supply",
            "National Seating & Mobility",
        )
    )
    v["builder"] = c(
        (
            "AccessAble Home Builders",
            "Ramp Now LLC",
            "Amramp dealer",
            "Habitat Home Repair crew",
            "Level Entry Contractors",
        )
    )
    v["dealer"] = c(
        ("Apex Driver Rehab", "Freedom Mobility Vans", "Ride-Away dealer", "AMS Vans", "Adaptive Drive Co.")
    )
    v["op_org"] = c(
        ("Keystone Orthotics & Prosthetics", "Hanger Clinic", "Precision O&P", "Limb Lab", "Bracewell O&P")
    )
    v["hh_agency"] = c(
        (
            "Visiting Nurse Association",
            "Amedisys",
            "BrightStar Care",
            "Interim HealthCare",
            "the county home health agency",
        )
    )
    v["employer"] = c(
        (
            "Harbor Freight warehouse",
            "the school district",
            "Amazon fulfilment",
            "Kroger distribution",
            "the city water department",
            "Tyson Foods plant",
        )
    )
    return {k: (None, s) for k, s in v.items()}
