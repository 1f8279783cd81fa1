"""Values for set 2: one invented identity and context per note, and look-alike filler.

Everything is drawn from the ``rng`` passed in (never the global ``random``), so a seed fixes a set.
Typed values ``(PhiType, text)`` become gold spans; ``(None, text)`` values are ordinary filler.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType as T

FIRST = (
    "Ana",
    "José",
    "Mei",
    "Oluwaseun",
    "Priya",
    "Dmitri",
    "Siobhan",
    "Tomás",
    "Aaliyah",
    "Hiroshi",
    "Fatima",
    "Bjorn",
    "Ngozi",
    "Kateryna",
    "Luis",
    "Thanh",
    "Reza",
    "Grace",
    "Hope",
    "Rich",
    "Will",
    "Faith",
    "Ivy",
    "Summer",
    "Dakota",
    "Paris",
    "Jordan",
    "Cheyenne",
    "Florence",
    "Austin",
    "Chase",
    "Rowan",
    "Xiomara",
    "Wojciech",
    "Aroha",
    "Kwame",
    "Esperanza",
    "Giuseppe",
    "Saoirse",
    "Yusuf",
    "Linh",
    "Ramón",
    "Anneliese",
    "Tatsuya",
    "Precious",
    "Guadalupe",
    "Marisol",
    "Bao",
    "Emeka",
    "Ingrid",
    "Joaquín",
    "Dolores",
    "Amir",
    "Sun-hee",
    "Jean-Luc",
    "Mary-Kate",
    "Zainab",
    "Hamish",
    "Pilar",
    "Kai",
    "DeShawn",
    "Lakshmi",
    "Taini",
    "Malik",
    "Brooke",
    "Sterling",
    "Penny",
    "Earl",
    "Destiny",
    "Hunter",
)
NICK = ("Bud", "Sissy", "Junior", "Red", "Chuy", "Bubba", "Tito", "Dee", "Sonny", "Lulu", "Tink", "Boots")
LAST = (
    "Ruiz",
    "O'Connell",
    "de la Cruz",
    "van der Berg",
    "Nguyen",
    "Okafor",
    "Kowalczyk",
    "Haddad",
    "Smith-Jones",
    "MacLeod",
    "D'Angelo",
    "St. Clair",
    "Baker",
    "Winter",
    "Brown",
    "Hill",
    "Lake",
    "Fox",
    "King",
    "Love",
    "Savage",
    "Le",
    "Ng",
    "Oyelaran-Adeyemi",
    "Van Buren",
    "del Rosario",
    "Al-Masri",
    "Petrov",
    "Castellanos",
    "Tran",
    "Yamamoto",
    "Schmidt",
    "Müller",
    "Ó Briain",
    "Dubois",
    "Fitzgerald",
    "Chavez-Ortega",
    "Whitehorse",
    "Begay",
    "Tsosie",
    "Kealoha",
    "Ramirez",
    "Da Silva",
    "Lindqvist",
    "Abernathy",
    "Marsh",
    "Wood",
    "Ford",
    "Banks",
    "Church",
    "Chester",
    "Lincoln",
    "Jackson",
    "Washington",
    "Sharma",
    "Patel",
    "Kim",
    "Park",
    "Ahmadi",
    "Mbeki",
    "Zhou",
    "Halvorsen",
    "Papadopoulos",
    "Ferreira",
    "Moreau",
    "Brennan",
    "Duque",
    "Ivanova",
    "Gallagher",
    "LaRue",
    "McAllister",
    "Oduya",
    "bin Osman",
    "Nakamura-Price",
    "Carpenter",
    "Sweet",
    "Small",
    "Young",
    "Mercy",
)
MIDDLE = "ABCDEFGHJKLMNPRSTW"
CITIES = (
    "Harlow Falls",
    "Millbrook",
    "Cedar Bluff",
    "Port Ainsley",
    "East Rexford",
    "Bellwood",
    "Two Rivers",
    "Sandoval",
    "Kettle Crossing",
    "Lago Vista",
    "Marrowgate",
    "Fort Keel",
    "New Hesper",
    "Pine Hollow",
    "Wexley",
    "Dover Mills",
    "Orchard Park",
    "Alamosa",
    "Eureka",
    "Hope",
    "Liberty",
    "Independence",
    "Paris",
    "Florence",
    "Chester",
    "Lincoln",
    "St. Marys",
    "Coeur Vale",
    "Red Oak",
    "Bayou Larue",
    "Grand Coulee",
    "Sweetwater",
    "Mount Carmel",
    "Los Fresnos",
    "Ashby Junction",
    "North Quincy",
)
COUNTIES = (
    "Garland",
    "Ochoa",
    "Bexley",
    "Tillman",
    "Kerr",
    "Ste. Genevieve",
    "Pottawatomie",
    "Yellow Medicine",
    "Hidalgo",
    "Lackawanna",
    "Coos",
    "Door",
    "Marion",
    "Washington",
    "Tallapoosa",
    "Kittitas",
)
NEIGHBORHOODS = (
    "Eastgate",
    "the Flats",
    "Little Saigon",
    "Riverside Terrace",
    "Old Town",
    "Southpoint",
    "Logan Heights",
    "Barrio Azul",
    "Cherry Hill",
    "the Warehouse District",
)
STREETS = (
    "Larkspur Ln",
    "N. Quarry Rd",
    "Avenida del Sol",
    "Rue Champlain",
    "W 3rd St",
    "Old Mill Road",
    "Cottonwood Dr",
    "Martin Luther King Jr Blvd",
    "County Road 14",
    "Harbor View Ct",
    "Elm Street",
    "S. Kedzie Ave",
    "Ridgeline Pkwy",
    "Calle Ocho",
    "Tamarack Way",
    "Route 9W",
    "Foundry St",
    "Industrial Park Dr",
    "Depot Street",
    "Bayshore Hwy",
    "Sycamore Cir",
    "E. Division St",
)
STATES = ("IL", "TX", "OH", "NM", "WA", "GA", "PA", "OR", "MN", "LA", "AZ", "NC", "Montana", "Virginia")
FAC_SUFFIX = (
    "Occupational Health",
    "Regional Medical Center",
    "Community Hospital",
    "Occupational Medicine Associates",
    "Urgent Care & Occ Med",
    "Memorial Hospital",
    "Work Health Clinic",
    "Family Medicine",
)
JAIL_SUFFIX = ("Detention Center", "County Jail", "Adult Detention Facility", "Correctional Center")
DOMAINS = (
    "example.com",
    "example.org",
    "mail.example.net",
    "corp.example.com",
    "example.test",
    "mro.example.org",
)


def _d(rng: random.Random, lo: int = 2023, hi: int = 2026) -> dt.date:
    start = dt.date(lo, 1, 1)
    return start + dt.timedelta(days=rng.randint(0, (dt.date(hi, 11, 30) - start).days))


def _fmt(rng: random.Random, d: dt.date, long_ok: bool = True) -> str:
    styles = ["%m/%d/%Y", "num_short", "%Y-%m-%d", "%d %b %Y", "%m-%d-%Y", "%d-%b-%Y_up", "%m/%d/%y"]
    if long_ok:
        styles += ["long", "%b %d, %Y", "%d.%m.%Y"]
    s = rng.choice(styles)
    if s == "num_short":
        return f"{d.month}/{d.day}/{d.year}"
    if s == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if s.endswith("_up"):
        return d.strftime(s[:-3]).upper()
    return d.strftime(s)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    first = rng.choice("ABFGM")
    second = next((c for c in last.upper() if c.isalpha() and c.isascii()), "X")
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(check)


_VIN_MAP = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [rng.choice(("1F", "3A", "1H", "5T", "2G", "JH", "1X", "4V"))[i] for i in range(2)]
    v += [rng.choice(chars) for _ in range(15)]
    v[9] = rng.choice("KLMNPRST")
    total = sum(_VIN_MAP[c] * w for c, w in zip(v, _VIN_W, strict=False))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v)


def _phone(rng: random.Random) -> str:
    area = rng.choice(("312", "505", "208", "614", "971", "404", "218", "337", "602", "919", "406"))
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area} 555 {line}",
            f"({area})555-{line}",
        )
    )


def _name_parts(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(MIDDLE), rng.choice(LAST)


def _full(rng: random.Random) -> str:
    f, m, last = _name_parts(rng)
    return rng.choice((f"{f} {last}", f"{f} {last}", f"{f} {m}. {last}"))


def _ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice((f"{a}-{b}-{c}", f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}"))


def _cdl(rng: random.Random) -> str:
    return rng.choice(
        (
            _letters(rng, 1) + _digits(rng, 7),
            _digits(rng, 8),
            _digits(rng, 9),
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-0",
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"WDL{_letters(rng, 2)}{_digits(rng, 4)}{_letters(rng, 2)}",
        )
    )


def identifiers(rng: random.Random) -> dict[str, tuple[T | None, str]]:
    f, m, last = _name_parts(rng)
    dob = _d(rng, 1958, 2005)
    doi = _d(rng, 2024, 2026) - dt.timedelta(days=rng.randint(60, 120))
    dos = doi + dt.timedelta(days=rng.randint(1, 60))
    d2 = dos + dt.timedelta(days=rng.randint(1, 30))
    d3 = doi - dt.timedelta(days=rng.randint(30, 900))
    df, dm, dl = _name_parts(rng)
    of, _, ol = _name_parts(rng)
    nf, _, nl = _name_parts(rng)
    rf, _, rl = _name_parts(rng)
    city, city2, city3 = rng.sample(CITIES, 3)
    county = rng.choice(COUNTIES)
    street = f"{rng.randint(2, 9890)} {rng.choice(STREETS)}"
    street2 = f"{rng.randint(2, 9890)} {rng.choice(STREETS)}"
    emp_street = f"{rng.randint(100, 22000)} {rng.choice(STREETS)}"
    zip5 = f"{rng.randint(10001, 99950):05d}"
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    user = rng.choice((f"{f[0]}{last}".lower(), f"{f}.{last}".lower(), f"{f.lower()}{rng.randint(1, 99)}"))
    user = "".join(c for c in user if c.isascii() and (c.isalnum() or c in "._"))
    case_year = str(doi.year)
    old = rng.randint(90, 104)
    yy = case_year[2:]
    v: dict[str, tuple[T | None, str]] = {
        # names
        "pt": (T.NAME, f"{f} {last}" if rng.random() < 0.6 else f"{f} {m}. {last}"),
        "pt_lf": (T.NAME, rng.choice((f"{last}, {f}", f"{last.upper()}, {f.upper()}", f"{last}, {f} {m}."))),
        "pt_caps": (T.NAME, f"{f} {last}".upper()),
        "pt_first": (T.NAME, f),
        "pt_last": (T.NAME, last),
        "pt_nick": (T.NAME, rng.choice(NICK)),
        "doc": (T.NAME, rng.choice((f"{df} {dl}", f"{df} {dm}. {dl}", f"{df[0]}. {dl}"))),
        "doc_last": (T.NAME, dl),
        "doc_lf": (T.NAME, f"{dl.upper()}, {df.upper()}"),
        "doc2": (T.NAME, _full(rng)),
        "officer": (T.NAME, f"{of} {ol}"),
        "officer_last": (T.NAME, ol),
        "nurse": (T.NAME, f"{nf} {nl}"),
        "nurse_first": (T.NAME, nf),
        "relative": (T.NAME, f"{rf} {rl}"),
        "relative_first": (T.NAME, rf),
        "tech": (T.NAME, _full(rng)),
        "atty": (T.NAME, _full(rng)),
        "judge": (T.NAME, rng.choice(LAST)),
        "witness": (T.NAME, _full(rng)),
        "rep": (T.NAME, _full(rng)),
        "initials": (T.NAME, f"{f[0]}{m}{last[0].upper()}"),
        # dates
        "dob": (T.DATE, _fmt(rng, dob)),
        "dob2": (T.DATE, _fmt(rng, _d(rng, 1960, 2004))),
        "dob_child": (T.DATE, _fmt(rng, _d(rng, 2012, 2020))),
        "child": (T.NAME, rng.choice(FIRST)),
        "dob_num": (T.DATE, dob.strftime(rng.choice(("%m/%d/%Y", "%m%d%Y", "%Y%m%d", "%m-%d-%Y")))),
        "doi": (T.DATE, _fmt(rng, doi)),
        "dos": (T.DATE, _fmt(rng, dos)),
        "dos_num": (T.DATE, dos.strftime(rng.choice(("%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d")))),
        "dos_long": (T.DATE, f"{dos.strftime('%B')} {dos.day}, {dos.year}"),
        "d2": (T.DATE, _fmt(rng, d2)),
        "d3": (T.DATE, _fmt(rng, d3)),
        "d_short": (
            T.DATE,
            rng.choice((f"{dos.month}/{dos.day}", dos.strftime("%b %d"), f"{dos.day} {dos.strftime('%B')}")),
        ),
        "dtm": (
            T.DATE,
            rng.choice(
                (
                    f"{dos.strftime('%m/%d/%Y')} {hour:02d}:{minute:02d}",
                    f"{dos.isoformat()}T{hour:02d}:{minute:02d}:00",
                    f"{dos.strftime('%d%b%Y').upper()} {hour:02d}{minute:02d}",
                    f"{dos.month}/{dos.day}/{dos.strftime('%y')} @ {hour:02d}{minute:02d}",
                )
            ),
        ),
        "dtm2": (T.DATE, f"{d2.strftime('%m/%d/%Y')} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
        "exp": (
            T.DATE,
            _fmt(
                rng,
                dos.replace(year=dos.year + rng.choice((1, 2)))
                if not (dos.month == 2 and dos.day == 29)
                else d2,
                False,
            ),
        ),
        # places
        "street": (T.LOCATION, street),
        "street2": (T.LOCATION, street2),
        "emp_street": (T.LOCATION, emp_street),
        "unit": (
            T.LOCATION,
            rng.choice(
                (
                    f"Apt {rng.randint(1, 40)}{rng.choice('ABCDF')}",
                    f"Unit {rng.randint(1, 300)}",
                    f"#{rng.randint(100, 999)}",
                    f"Lot {rng.randint(1, 90)}",
                    f"Ste {rng.randint(100, 450)}",
                )
            ),
        ),
        "city": (T.LOCATION, city),
        "city2": (T.LOCATION, city2),
        "city3": (T.LOCATION, city3),
        "county": (T.LOCATION, rng.choice((f"{county} County", f"{county} County", f"County of {county}"))),
        "county_bare": (T.LOCATION, county),
        "zip": (T.LOCATION, zip5 if rng.random() < 0.7 else f"{zip5}-{rng.randint(1, 9999):04d}"),
        "zip2": (T.LOCATION, f"{rng.randint(10001, 99950):05d}"),
        "fac": (T.LOCATION, f"{rng.choice(CITIES)} {rng.choice(FAC_SUFFIX)}"),
        "jail": (T.LOCATION, f"{rng.choice(CITIES)} {rng.choice(JAIL_SUFFIX)}"),
        "age": (None, str(dos.year - dob.year - (1 if (dos.month, dos.day) < (dob.month, dob.day) else 0))),
        "hood": (T.LOCATION, rng.choice(NEIGHBORHOODS)),
        # ages over 89
        "age90": (T.AGE, str(old)),
        "dob_old": (T.DATE, _fmt(rng, dt.date(dos.year - old, rng.randint(1, 12), rng.randint(1, 28)))),
        "age90w": (
            T.AGE,
            rng.choice(("ninety", "ninety-one", "ninety-two", "ninety-four", "ninety-six", "ninety-eight")),
        ),
        # contact
        "phone": (T.PHONE, _phone(rng)),
        "phone2": (T.PHONE, _phone(rng)),
        "fax": (T.FAX, _phone(rng)),
        "email": (T.EMAIL, f"{user}@{rng.choice(DOMAINS)}"),
        "email2": (
            T.EMAIL,
            f"{rng.choice(('claims', 'mro', 'der', 'roi', 'records', 'hr.safety'))}{rng.randint(1, 9)}@{rng.choice(DOMAINS)}",
        ),
        "url": (
            T.URL,
            rng.choice(
                (
                    f"https://portal.{rng.choice(DOMAINS)}/ccf/{_digits(rng, 7)}",
                    f"https://{rng.choice(DOMAINS)}/claims/{_letters(rng, 2)}{_digits(rng, 6)}",
                    f"http://records.{rng.choice(DOMAINS)}/roi?req={_digits(rng, 6)}",
                    f"www.{rng.choice(DOMAINS)}/u/{user}",
                )
            ),
        ),
        "ip": (
            T.IP_ADDRESS,
            rng.choice(
                (
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"203.0.113.{rng.randint(1, 254)}",
                    f"198.51.100.{rng.randint(1, 254)}",
                    f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
                )
            ),
        ),
        "ssn": (T.SSN, _ssn(rng)),
        "mrn": (
            T.MRN,
            rng.choice(
                (
                    _digits(rng, 8),
                    f"MR{_digits(rng, 7)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 2)}",
                    f"E{_digits(rng, 9)}",
                )
            ),
        ),
        "member": (
            T.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_letters(rng, 3)}{_digits(rng, 9)}",
                    f"W{_digits(rng, 8)}",
                    f"{_digits(rng, 1)}{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 2)}",
                    f"ZGP{_digits(rng, 9)}01",
                )
            ),
        ),
        "group": (
            T.HEALTH_PLAN_ID,
            rng.choice((_digits(rng, 6), f"GRP-{_digits(rng, 5)}", f"{_letters(rng, 1)}{_digits(rng, 7)}")),
        ),
        "medicaid": (
            T.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 7)}",
                    _digits(rng, 11),
                    f"MCD{_digits(rng, 8)}",
                )
            ),
        ),
        "claim": (
            T.ACCOUNT,
            rng.choice(
                (
                    f"WC-{yy}-{_digits(rng, 6)}",
                    f"{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 6)}",
                    f"{case_year}{_digits(rng, 7)}",
                    f"C{_digits(rng, 2)}-{_digits(rng, 5)}-{_digits(rng, 2)}",
                )
            ),
        ),
        "acct": (
            T.ACCOUNT,
            rng.choice(
                (
                    _digits(rng, 10),
                    f"ACCT {_digits(rng, 4)}-{_digits(rng, 5)}"[5:],
                    f"V{_digits(rng, 9)}",
                    f"{_digits(rng, 7)}-{_digits(rng, 2)}",
                )
            ),
        ),
        "cdl": (T.LICENSE, _cdl(rng)),
        "npi": (T.LICENSE, _npi(rng)),
        "dea": (T.LICENSE, _dea(rng, dl)),
        "medlic": (
            T.LICENSE,
            rng.choice(
                (
                    f"MD{_digits(rng, 6)}",
                    f"{_letters(rng, 1)}{_digits(rng, 5)}",
                    f"036.{_digits(rng, 6)}",
                    f"RN{_digits(rng, 7)}",
                    f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                )
            ),
        ),
        "nrcme": (T.LICENSE, _digits(rng, 10)),
        "airman": (
            T.LICENSE,
            rng.choice(
                (_digits(rng, 7), _digits(rng, 10), f"{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 3)}")
            ),
        ),
        "vin": (T.VEHICLE_ID, _vin(rng)),
        "plate": (
            T.VEHICLE_ID,
            rng.choice(
                (
                    f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                    f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                    f"{_letters(rng, 3)} {_digits(rng, 3)}",
                    f"{_digits(rng, 3)} {_letters(rng, 3)}",
                    f"P{_digits(rng, 5)}",
                )
            ),
        ),
        "device": (
            T.DEVICE_ID,
            rng.choice(
                (
                    f"PJN{_digits(rng, 6)}H",
                    f"SN {_digits(rng, 8)}"[3:],
                    f"RNH{_digits(rng, 6)}",
                    f"{_digits(rng, 4)}-{_letters(rng, 3)}-{_digits(rng, 4)}",
                    f"(01)00{_digits(rng, 12)}(21){_letters(rng, 2)}{_digits(rng, 6)}",
                )
            ),
        ),
        "ebt": (
            T.DEVICE_ID,
            rng.choice(
                (
                    f"80-{_digits(rng, 6)}",
                    f"ARZK-{_digits(rng, 4)}",
                    f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 5)}",
                    f"SN{_digits(rng, 7)}",
                )
            ),
        ),
        "bio": (
            T.BIOMETRIC,
            rng.choice(
                (
                    f"TCN {_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 8)}"[4:],
                    f"FP-{_letters(rng, 1)}{_digits(rng, 1)}{_letters(rng, 2)}-{_digits(rng, 4)}",
                    f"FT{_digits(rng, 8)}",
                    f"LS{yy}{_digits(rng, 7)}",
                    f"PALM-{_digits(rng, 6)}",
                )
            ),
        ),
        "voice": (
            T.BIOMETRIC,
            rng.choice(
                (
                    f"VP-{_digits(rng, 5)}-{_letters(rng, 1)}",
                    f"VPR{_digits(rng, 9)}",
                    f"vp_{_digits(rng, 6)}_{rng.randint(1, 3)}",
                )
            ),
        ),
        "iris": (
            T.BIOMETRIC,
            rng.choice((f"IR-{_digits(rng, 7)}", f"RET{_digits(rng, 6)}{_letters(rng, 1)}")),
        ),
        "photo": (
            T.PHOTO,
            rng.choice(
                (
                    f"IMG_{_digits(rng, 4)}.JPG",
                    f"DSC{_digits(rng, 5)}.jpg",
                    f"booking_{_digits(rng, 8)}_front.jpg",
                    f"face_{_digits(rng, 6)}.png",
                    f"P{_digits(rng, 7)}-F",
                    f"ph_{yy}{_digits(rng, 5)}.jpeg",
                )
            ),
        ),
        "photo2": (
            T.PHOTO,
            rng.choice(
                (
                    f"IMG_{_digits(rng, 4)}.HEIC",
                    f"MUG-{_digits(rng, 7)}",
                    f"id_photo_{_digits(rng, 5)}.jpg",
                    f"portrait_{_digits(rng, 4)}.tif",
                )
            ),
        ),
        # other IDs
        "ccf": (
            T.OTHER_ID,
            rng.choice(
                (
                    _digits(rng, 7),
                    f"{_letters(rng, 1)}{_digits(rng, 7)}",
                    _digits(rng, 10),
                    f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 6)}",
                )
            ),
        ),
        "lab_acc": (
            T.OTHER_ID,
            rng.choice((f"{yy}-{_digits(rng, 7)}", f"L{_digits(rng, 9)}", f"ACC{_digits(rng, 8)}")),
        ),
        "me_case": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"ME{yy}-{_digits(rng, 4)}",
                    f"{case_year}-{_digits(rng, 5)}",
                    f"OCME-{yy}-{_digits(rng, 4)}",
                    f"{yy}-{_digits(rng, 3)}-{_letters(rng, 1)}",
                )
            ),
        ),
        "docket": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"{case_year}-CR-{_digits(rng, 6)}",
                    f"CV-{case_year}-{_digits(rng, 5)}",
                    f"{yy}-DR-{_digits(rng, 4)}",
                    f"{yy}CF{_digits(rng, 6)}A",
                    f"FA{yy}-{_digits(rng, 5)}",
                    f"{rng.randint(1, 9)}:{yy}-cv-{_digits(rng, 5)}",
                )
            ),
        ),
        "badge": (
            T.OTHER_ID,
            rng.choice(
                (
                    _digits(rng, 4),
                    _digits(rng, 3),
                    f"{_digits(rng, 4)}{_letters(rng, 1)}",
                    f"P{_digits(rng, 4)}",
                )
            ),
        ),
        "emp_id": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"E{_digits(rng, 6)}",
                    _digits(rng, 6),
                    f"{_letters(rng, 2)}-{_digits(rng, 5)}",
                    f"00{_digits(rng, 5)}",
                )
            ),
        ),
        "booking": (
            T.OTHER_ID,
            rng.choice((f"{case_year}{_digits(rng, 6)}", f"B{yy}-{_digits(rng, 5)}", f"{_digits(rng, 8)}")),
        ),
        "inmate": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"DOC #{_digits(rng, 6)}"[5:],
                    f"{_letters(rng, 1)}{_digits(rng, 5)}",
                    f"SO-{_digits(rng, 6)}",
                )
            ),
        ),
        "evidence": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"E{case_year}-{_digits(rng, 6)}",
                    f"EV-{yy}-{_digits(rng, 5)}-{_digits(rng, 2)}",
                    f"{_digits(rng, 7)}-{rng.randint(1, 12):02d}",
                    f"Q{_digits(rng, 6)}",
                )
            ),
        ),
        "evidence2": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"E{case_year}-{_digits(rng, 6)}",
                    f"BC-{_digits(rng, 8)}",
                    f"{_digits(rng, 7)}-{rng.randint(1, 12):02d}",
                )
            ),
        ),
        "kit": (
            T.OTHER_ID,
            rng.choice(
                (f"SAK-{yy}-{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 7)}", f"K{_digits(rng, 6)}")
            ),
        ),
        "report_no": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"{yy}-{_digits(rng, 6)}",
                    f"RPT{_digits(rng, 8)}",
                    f"{_letters(rng, 2)}{yy}{_digits(rng, 5)}",
                    f"{case_year}-{_digits(rng, 8)}",
                )
            ),
        ),
        "osha_case": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"{yy}-{rng.randint(1, 140):03d}",
                    f"{case_year}-{rng.randint(1, 99):02d}",
                    f"OC{yy}{rng.randint(1, 999):03d}",
                )
            ),
        ),
        "fein": (T.OTHER_ID, f"{rng.randint(10, 99)}-{_digits(rng, 7)}"),
        "rx": (
            T.OTHER_ID,
            rng.choice((f"RX{_digits(rng, 7)}", _digits(rng, 7), f"{_digits(rng, 1)}-{_digits(rng, 6)}")),
        ),
        "mid": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"{_letters(rng, 1)}{_digits(rng, 7)}",
                    _digits(rng, 8),
                    f"MX{_digits(rng, 6)}{_letters(rng, 2)}",
                )
            ),
        ),
        "ssa_claim": (
            T.OTHER_ID,
            rng.choice(
                (f"RQID {_digits(rng, 9)}"[5:], f"BIC {_digits(rng, 9)}A"[4:], f"DDS-{_digits(rng, 8)}")
            ),
        ),
        "policy": (
            T.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"LP{_digits(rng, 8)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_digits(rng, 1)}",
                    f"UL{_digits(rng, 7)}",
                )
            ),
        ),
        "state": (None, rng.choice(STATES)),
        "case_year": (None, case_year),
        "osha_case2": (T.OTHER_ID, f"{yy}-{rng.randint(141, 199):03d}"),
        "osha_case3": (T.OTHER_ID, f"{yy}-{rng.randint(200, 260):03d}"),
    }
    return v


DRUGS = (
    "sertraline 50 mg daily",
    "lisinopril 20 mg",
    "metformin 1000 mg BID",
    "atorvastatin 40 mg",
    "oxycodone/APAP 5/325",
    "gabapentin 300 mg TID",
    "Adderall XR 20 mg",
    "buprenorphine-naloxone 8/2 mg",
    "amlodipine 5 mg",
    "Ozempic 0.5 mg weekly",
    "meloxicam 15 mg",
    "cyclobenzaprine 10 mg qHS",
    "dextroamphetamine 10 mg",
    "tramadol 50 mg q6h PRN",
    "levothyroxine 75 mcg",
)
ICD = (
    "S61.412A",
    "M54.50",
    "S39.012A",
    "H83.3X3",
    "Z02.1",
    "Z02.4",
    "T51.0X1A",
    "G47.33",
    "E11.9",
    "I10",
    "S93.401A",
    "M75.101",
    "F10.20",
    "Z04.41",
    "R40.2431",
    "S06.0X1A",
    "H90.3",
    "Z57.0",
    "X58.XXXA",
)
CPT = (
    "99455",
    "99456",
    "80305",
    "80307",
    "92552",
    "94010",
    "99213",
    "96372",
    "36415",
    "82075",
    "99204",
    "G0480",
    "H0048",
    "29125",
    "92557",
    "88040",
    "99358",
)
ORGS = (
    "Brightline Freight LLC",
    "Quarry Ridge Aggregates",
    "TransAmeric Logistics",
    "Northgate Poultry",
    "Apex Solar Installers",
    "Consolidated Rail Services",
    "Lone Pine Drilling Co.",
    "Metro Transit Authority",
    "Kessler Roofing Inc.",
    "BluePeak Wind Services",
    "Hargrove Masonry",
    "Delta Cold Storage",
)
AGENCIES = (
    "the county sheriff's office",
    "State Highway Patrol",
    "the police department",
    "Metro PD Traffic Unit",
    "the district attorney's office",
    "Campus Police",
    "the state crime lab",
    "Tribal Police",
)
ROLES = (
    "the attending",
    "the DER",
    "the MRO",
    "the SAP",
    "charge nurse",
    "the collector",
    "the adjuster",
    "the safety manager",
    "the deputy",
    "the on-call pathologist",
    "the case manager",
    "the BAT",
)
SIGNS = (
    "Phalen's test",
    "Tinel's sign",
    "Finkelstein's test",
    "Romberg",
    "Spurling's test",
    "Hoffmann's sign",
    "McMurray test",
    "Lachman",
    "Waddell signs",
    "Babinski",
    "Neer impingement sign",
    "FABER (Patrick's test)",
)
EPONYMS = (
    "Graves' disease",
    "Parkinson disease",
    "Raynaud phenomenon",
    "Dupuytren contracture",
    "Crohn's disease",
    "Hashimoto thyroiditis",
    "Bell's palsy",
    "Meniere's disease",
    "Alzheimer dementia",
    "Addison disease",
)


def lookalikes(rng: random.Random) -> dict[str, tuple[None, str]]:
    hr = rng.randint(52, 108)
    sys_, dia = rng.randint(104, 168), rng.randint(62, 104)
    thresholds = " ".join(str(rng.choice((0, 5, 10, 15, 20, 25, 30, 35, 40, 50, 55))) for _ in range(7))
    v = {
        "bp": f"{sys_}/{dia}",
        "hr": str(hr),
        "rr": str(rng.randint(12, 22)),
        "spo2": f"{rng.randint(93, 100)}%",
        "temp": f"{rng.uniform(97.1, 99.8):.1f}",
        "ht": f"{rng.randint(60, 76)}",
        "wt": f"{rng.randint(118, 312)}",
        "bmi": f"{rng.uniform(19.5, 41.2):.1f}",
        "va": rng.choice(("20/20", "20/25", "20/30", "20/40", "20/70", "20/15")),
        "thr": thresholds,
        "thr2": " ".join(str(rng.choice((5, 10, 15, 20, 25, 35, 45, 60))) for _ in range(7)),
        "sts": f"{rng.choice((3.3, 6.7, 10.0, 11.7, 13.3, 15.0))} dB",
        "nrr": str(rng.choice((22, 25, 29, 31, 33))),
        "fit": str(rng.choice((112, 187, 245, 520, 1450, 3300, 88, 47))),
        "fit_model": rng.choice(
            (
                "3M 8210 N95",
                "Moldex 2200",
                "3M 6502QL half-face, P100",
                "Honeywell North 7700, M",
                "MSA Advantage 3200",
            )
        ),
        "bac": rng.choice(("0.000", "0.000", "0.012", "0.024", "0.041", "0.08")),
        "cutoff": rng.choice(
            (
                "THC 50 ng/mL / confirm 15 ng/mL",
                "cocaine BZE 150 ng/mL",
                "AMP 500 ng/mL",
                "6-AM 10 ng/mL",
                "oxycodone 100 ng/mL",
            )
        ),
        "sg": f"1.0{rng.randint(2, 30):02d}",
        "creat": f"{rng.randint(4, 180)} mg/dL",
        "ph": f"{rng.uniform(4.6, 8.2):.1f}",
        "a1c": f"{rng.uniform(5.0, 9.8):.1f}%",
        "glu": str(rng.randint(78, 260)),
        "chol": str(rng.randint(140, 290)),
        "fev1": f"{rng.randint(62, 112)}%",
        "icd": rng.choice(ICD),
        "icd2": rng.choice(ICD),
        "cpt": rng.choice(CPT),
        "cpt2": rng.choice(CPT),
        "hcpcs": rng.choice(("G0480", "G0481", "H0020", "J1885", "L3908", "E0601", "A4604")),
        "ndc": rng.choice(("0093-7146-56", "50090-4210-0", "0378-0208-01", "68180-0513-09", "0409-1890-01")),
        "loinc": rng.choice(("3426-4", "19295-5", "5643-2", "14316-3", "2160-0", "4548-4", "70207-6")),
        "snomed": rng.choice(("386661006", "22253000", "55822004", "73211009", "39848009")),
        "rev": rng.choice(("0300", "0450", "0510", "0921", "0761")),
        "drg": rng.choice(("DRG 552", "MS-DRG 083", "DRG 917", "MS-DRG 562")),
        "lot": rng.choice(("Lot 2231B", "LOT 7740-22", "lot A19K", "Lot 0045JH", "lot 88121")),
        "ccf_form": rng.choice(
            (
                "OMB No. 0930-0158",
                "Federal CCF (rev. 08/2023)",
                "Non-Federal CCF v4.2",
                "DOT ATF form OMB 2105-0529",
            )
        ),
        "form": rng.choice(
            (
                "MCSA-5875",
                "MCSA-5876",
                "FAA Form 8500-8",
                "OSHA Form 301",
                "SSA-3368",
                "Form C-2F",
                "DWC-1",
                "SF-600",
                "Form 4473-B",
                "LS-202",
            )
        ),
        "cfr": rng.choice(
            (
                "49 CFR 391.41",
                "49 CFR Part 40",
                "29 CFR 1910.134",
                "29 CFR 1910.95",
                "14 CFR 67.113",
                "§ 40.191",
                "49 CFR 382.303",
                "29 CFR 1904.7",
            )
        ),
        "proc": rng.choice(
            ("OH-214 rev 3", "SOP-CoC-07", "Policy 5.12", "HR-88 v2", "FORENSIC-SOP-031 rev C", "QA-17")
        ),
        "time": f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
        "time2": f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM', 'a.m.', 'pm'))}",
        "year": str(rng.randint(1998, 2024)),
        "age": str(rng.randint(19, 89)),
        "age2": str(rng.randint(18, 64)),
        "eponym": rng.choice(EPONYMS),
        "eponym2": rng.choice(EPONYMS),
        "sign": rng.choice(SIGNS),
        "sign2": rng.choice(SIGNS),
        "grip": f"grip {rng.randint(14, 52)}/{rng.randint(14, 52)} kg (R/L)",
        "fit_row": "; ".join(
            f"{ex} {rng.choice((88, 112, 150, 187, 245, 310, 520, 1450, 3300, 47))}"
            for ex in (
                "normal breathing",
                "deep breathing",
                "head side to side",
                "head up/down",
                "talking",
                "bending",
                "normal breathing",
            )
        ),
        "drug": rng.choice(DRUGS),
        "drug2": rng.choice(DRUGS),
        "brand": rng.choice(
            (
                "Intoxilyzer 9000",
                "Dräger Alcotest 9510",
                "Lifeloc EV 30",
                "Alco-Sensor FST",
                "Tuttnauer 2540",
                "Quest ePDF viewer",
                "TSI PortaCount 8048",
                "GSI AudioStar Pro",
                "Benchmark RS-20",
            )
        ),
        "ebt_brand": rng.choice(
            (
                "Intoxilyzer 9000",
                "Dräger Alcotest 9510",
                "Lifeloc EV 30",
                "Alco-Sensor IV",
                "Intoximeters EC/IR II",
            )
        ),
        "audiometer": rng.choice(
            (
                "GSI AudioStar Pro",
                "Benchmark RS-20",
                "Tremetrics RA660",
                "Interacoustics AD629",
                "Maico MA 41",
            )
        ),
        "fitinst": rng.choice(
            ("TSI PortaCount 8048", "TSI PortaCount 8038", "OHD Quantifit2", "Accu Fit 9000")
        ),
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "org": rng.choice(ORGS),
        "org2": rng.choice(ORGS),
        "agency": rng.choice(AGENCIES),
        "money3": f"${rng.randint(20, 900)}.{rng.randint(0, 99):02d}",
        "money4": f"${rng.randint(20, 900)}",
        "room": rng.choice(
            (
                "Room 114",
                "Exam 3",
                "Bay 6",
                "Rm 2B",
                "Cell C-12",
                "Suite B",
                "Collection Site Rm 4",
                "Cooler 2",
            )
        ),
        "bed": f"Bed {rng.randint(1, 40)}{rng.choice('AB')}",
        "money": f"${rng.randint(35, 2400)}.{rng.choice(('00', '50', '75', '25'))}",
        "money2": f"${rng.randint(1, 95)},{rng.randint(100, 999)}",
        "score": rng.choice(
            (
                "MoCA 26/30",
                "PHQ-9 = 7",
                "GAF 55",
                "Oswestry 42%",
                "AUDIT-C 3",
                "MMSE 24/30",
                "GCS 15",
                "Epworth 9",
            )
        ),
        "score2": rng.choice(("Mallampati III", "NDI 18%", "PCL-5 41", "Berg 52/56", "Grip 38 kg R")),
        "pct": f"{rng.randint(5, 45)}%",
        "days": str(rng.randint(1, 60)),
        "mmhg": f"{rng.randint(10, 40)} mmHg",
        "cls": rng.choice(("first-class", "second-class", "third-class", "BasicMed")),
        "cert_len": rng.choice(("2 years", "1 year", "3 months", "6 months", "24 months")),
        "panel": rng.choice(
            (
                "5-panel DOT",
                "10-panel non-DOT",
                "8-panel + expanded opiates",
                "oral fluid 6-panel",
                "hair 5-panel",
            )
        ),
        "temp_chk": rng.choice(("Yes (90-100°F within 4 min)", "Temp in range: Y", "within range")),
        "weight_g": f"{rng.randint(1150, 1620)} g",
        "organ_w": f"{rng.randint(280, 520)} g",
        "inch": f"{rng.randint(2, 14)}.{rng.randint(0, 9)} cm",
        "restr": rng.choice(
            (
                "no lifting > 20 lb",
                "no ladders",
                "seated duty only",
                "no commercial driving",
                "full duty",
                "no use of vibrating tools",
            )
        ),
        "mph": str(rng.randint(25, 70)),
        "hrs": str(rng.randint(1, 14)),
        "count": str(rng.randint(2, 48)),
        "count2": str(rng.randint(1, 12)),
        "pcs": rng.choice(("Part 2", "Step 5", "Copy 2", "Copy 4", "Section VII", "Item 18")),
        "ver": rng.choice(("v3.1", "rev 2024-02", "Ver. 11", "rev. 6")),
        "rating": f"{rng.choice((3, 5, 8, 10, 12, 15, 22))}% WPI",
        "amt_g": f"{rng.randint(5, 40)} mL",
    }
    return {k: (None, text) for k, text in v.items()}
