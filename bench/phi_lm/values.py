"""Invented values for set M (student, athletic and camp health).

``identifiers(rng)`` is one invented student/athlete/camper and the people, places and numbers around
them (typed values: gold spans). ``lookalikes(rng)`` is the clinical and administrative filler that is
not PHI (doses, vitals, SCAT/ImPACT scores, codes, jersey and room numbers, terms, organisation codes).
Everything comes from ``rng`` only.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- names ---------------------------------------------------------------------------------------

FIRST_F = (
    "Amara",
    "Siobhan",
    "Mei-Ling",
    "Priyanka",
    "Zoë",
    "Itzel",
    "Aaliyah",
    "Freya",
    "Nkechi",
    "Hope",
    "Summer",
    "Georgia",
    "Paris",
    "Yuki",
    "Lucía",
    "Marisol",
    "Ingrid",
    "Fatima",
    "Thi Thu",
    "Olamide",
    "Kateryna",
    "Brooklyn",
    "Autumn",
    "Dagny",
    "Ximena",
    "Anjali",
    "Rosalind",
    "Keala",
    "Ngozi",
    "Colette",
    "Tallulah",
    "Hana",
    "Maëlle",
    "Joy",
    "Sunita",
    "Carmen",
    "Bao",
    "Winter",
    "Eun-ji",
    "Ruth",
)
FIRST_M = (
    "Tariq",
    "Mateo",
    "Declan",
    "Kwame",
    "Hunter",
    "Chase",
    "Lincoln",
    "Rashid",
    "Jun",
    "Bogdan",
    "Santiago",
    "Deshawn",
    "Ravi",
    "Oisín",
    "Tomasz",
    "Emeka",
    "Hiroshi",
    "Pierce",
    "Brooks",
    "Kai",
    "Ezekiel",
    "Lachlan",
    "Thanh",
    "Yusuf",
    "Mason",
    "Cyrus",
    "Anders",
    "Jalen",
    "Guillermo",
    "Reed",
    "Obinna",
    "Sione",
    "Dmitri",
    "Wolf",
    "Aarav",
    "Rich",
    "Royal",
    "Stone",
    "Ike",
    "Finn",
)
LAST = (
    "Okonkwo",
    "Van der Berg",
    "de la Cruz",
    "O'Sullivan",
    "D'Amato",
    "Nakamura",
    "Haddad",
    "Fitzgerald",
    "Nguyen",
    "Kowalczyk",
    "García-Márquez",
    "Abernathy",
    "Brooks",
    "Hunter",
    "Price",
    "Young",
    "Wolf",
    "Bell",
    "Park",
    "Mbeki",
    "Al-Sayed",
    "Lindqvist",
    "MacAllister",
    "Oyelaran",
    "Tran",
    "Schwarzkopf",
    "Ramírez",
    "Bianchi",
    "Achterberg",
    "Chaudhry",
    "St. Pierre",
    "Fontaine",
    "Kaleikini",
    "Petrov",
    "Moreau-Diallo",
    "Santos",
    "Jorgensen",
    "Whitfield",
    "Adeyemi",
    "Castellanos",
    "Rivers",
    "Hill",
    "Winslow",
    "London",
    "Cheng",
    "Iyer",
    "Ó Briain",
    "van Houten",
    "Da Silva",
    "McNeil",
    "Baptiste",
    "Sokolova",
    "Rosenbaum",
    "Okafor",
    "Delacroix",
    "Kim-Henderson",
    "Lambert",
    "Mendoza",
    "Akhtar",
    "Rowe",
)
NICK = {
    "Dmitri": "Dima",
    "Ezekiel": "Zeke",
    "Guillermo": "Memo",
    "Katerina": "Katya",
    "Kateryna": "Katya",
    "Rosalind": "Roz",
    "Tallulah": "Lulu",
    "Olamide": "Lami",
    "Santiago": "Santi",
    "Lachlan": "Lachie",
    "Priyanka": "Pri",
    "Deshawn": "Shawn",
    "Anjali": "Anji",
    "Ezra": "Ez",
    "Tomasz": "Tom",
}

# --- places --------------------------------------------------------------------------------------

TOWNS = (
    ("Harlow Springs", "Deering", "OH"),
    ("Marrow Creek", "Tallis", "PA"),
    ("North Ashby", "Kenmure", "NY"),
    ("Eastfield", "Pell", "IN"),
    ("Cedar Bluff", "Oatley", "IA"),
    ("Port Lavinia", "Brisco", "OR"),
    ("Greyhaven", "Sumner", "WI"),
    ("Lake Odessa Falls", "Wicklow", "MN"),
    ("Bramwell", "Haskins", "NC"),
    ("San Ysidro Heights", "Alcorn", "CA"),
    ("Fort Quill", "Rankin", "TX"),
    ("Millbrook Junction", "Pike", "VT"),
    ("Orrin", "Cass", "MI"),
    ("West Tamsin", "Lowry", "CO"),
    ("Kessler Falls", "Stroud", "GA"),
    ("Paris", "Edgar", "KY"),
    ("Verona Mills", "Delphi", "NJ"),
    ("Yarrowby", "Colfax", "NE"),
)
HOODS = (
    "Riverside Flats",
    "Old Mill District",
    "Tanglewood",
    "Five Points",
    "Dunmore Heights",
    "Little Saigon",
    "Cobble Row",
    "Hollins Park",
)
STREETS = (
    "Alder",
    "Juniper",
    "College",
    "University",
    "Fairmount",
    "Kingfisher",
    "Pawnee",
    "Quarry",
    "Beacon",
    "Linwood",
    "Mill Race",
    "Tenth",
    "Sycamore",
    "Orchard",
    "Calle Sol",
    "Wexford",
    "Harbor",
    "Greenleaf",
)
SUFFIX = ("St", "Ave", "Road", "Blvd", "Ln", "Dr", "Court", "Way", "Pkwy", "Terrace")
ABROAD = (
    "Leuven",
    "Valparaíso",
    "Kraków",
    "Hội An",
    "Galway",
    "Nagoya",
    "Stellenbosch",
    "Aix-en-Provence",
    "Heredia",
    "Ubud",
    "Tartu",
    "Coimbra",
    "Legon",
    "Dunedin",
)
COUNTRIES = (
    "Nigeria",
    "India",
    "Vietnam",
    "Brazil",
    "China",
    "South Korea",
    "Ghana",
    "Nepal",
    "Colombia",
    "Ukraine",
    "Pakistan",
    "Kenya",
    "Indonesia",
    "Mexico",
)
HOSP_KIND = (
    "Memorial Hospital",
    "Regional Medical Center",
    "Urgent Care",
    "Orthopedic & Sports Institute",
    "Community Hospital",
    "Imaging Center",
    "Family Practice",
)
CAMP_LAKES = ("Lake Wapomeo", "Pine Hollow", "Loon Cove", "Kettle Pond", "Bear Notch", "Tamarack Lake")


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _person(rng: random.Random, female: bool | None = None) -> tuple[str, str, str]:
    if female is None:
        female = rng.random() < 0.5
    first = _pick(rng, FIRST_F if female else FIRST_M)
    last = _pick(rng, LAST)
    if rng.random() < 0.12:
        last = f"{last}-{_pick(rng, LAST).replace(' ', '')}"
    mid = _pick(rng, "ABCDEFGHJKLMNPRSTVW")
    return first, last, mid


# --- dates ---------------------------------------------------------------------------------------

MON = (
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


def _fmt_date(rng: random.Random, d: date, style: int | None = None) -> str:
    style = rng.randrange(12) if style is None else style
    m = MON[d.month - 1]
    return (
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        d.isoformat(),
        f"{d.day} {m[:3]} {d.year}",
        f"{m} {d.day}, {d.year}",
        f"{'Sept' if d.month == 9 else m[:3]}. {d.day}, {d.year}",
        f"{d.day:02d}-{m[:3].upper()}-{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{m[:3].upper()} {d.day:02d} {d.year}",
        f"{d.month}/{d.day}/{d.year}",
        f"{d.year}{d.month:02d}{d.day:02d}",
        f"{d.day} {m} {d.year}",
    )[style]


def _rand_date(rng: random.Random, start: date, days: int) -> date:
    return start + timedelta(days=rng.randrange(days))


def _dt(rng: random.Random, d: date) -> str:
    t = datetime(d.year, d.month, d.day, rng.randrange(6, 23), rng.randrange(60))
    s = rng.randrange(4)
    if s == 0:
        return t.strftime("%m/%d/%Y %H:%M")
    if s == 1:
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if s == 2:
        h = t.hour % 12 or 12
        return f"{t.month}/{t.day}/{t.year} {h}:{t.minute:02d} {'PM' if t.hour >= 12 else 'AM'}"
    return t.strftime("%Y-%m-%dT%H:%M")


# --- numbers -------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(_pick(rng, alphabet) for _ in range(n))


def _luhn_npi(rng: random.Random) -> str:
    base = str(rng.choice((1, 2))) + _digits(rng, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        total += dgt
    return base + str((10 - total % 10) % 10)


def _phone(rng: random.Random) -> str:
    area = rng.randrange(201, 989)
    line = f"01{rng.randrange(100):02d}"
    s = rng.randrange(7)
    return (
        f"({area}) 555-{line}",
        f"{area}-555-{line}",
        f"{area}.555.{line}",
        f"+1 {area} 555 {line}",
        f"{area}555{line}",
        f"1-{area}-555-{line}",
        f"+44 20 7946 0{rng.randrange(1000):03d}",
    )[s]


def _ssn(rng: random.Random) -> str:
    a = rng.randrange(1, 900)
    if a == 666:
        a = 667
    g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
    return _pick(rng, (f"{a:03d}-{g:02d}-{s:04d}", f"{a:03d} {g:02d} {s:04d}", f"{a:03d}{g:02d}{s:04d}"))


def _vin(rng: random.Random) -> str:
    return _letters(rng, 3, "123456789ABCDEFGHJKLMNPRSTUVWXYZ") + _letters(
        rng, 14, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
    )


def _plate(rng: random.Random) -> str:
    s = rng.randrange(5)
    return (
        f"{_letters(rng, 3)}-{_digits(rng, 4)}",
        f"{rng.randrange(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
        f"{_letters(rng, 2)} {_digits(rng, 4)}",
        f"{_letters(rng, 3)} {_digits(rng, 3)}",
        f"{_digits(rng, 3)}-{_letters(rng, 3)}",
    )[s]


def _email(rng: random.Random, first: str, last: str) -> str:
    f = "".join(c for c in first.lower() if c.isalpha() and c.isascii()) or "x"
    lst = "".join(c for c in last.lower() if c.isalpha() and c.isascii()) or "y"
    user = _pick(
        rng,
        (
            f"{f}.{lst}",
            f"{f[0]}{lst}{rng.randrange(10, 99)}",
            f"{lst}{f[0]}",
            f"{f}_{lst[:4]}",
            f"{f}{rng.randrange(2000, 2009)}",
        ),
    )
    dom = _pick(
        rng,
        (
            "students.example.edu",
            "example.com",
            "mail.example.org",
            "alumni.example.org",
            "campus.test",
            "example.net",
        ),
    )
    return f"{user}@{dom}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented student / athlete / camper and everyone and everything around them."""
    N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
    female = rng.random() < 0.5
    first, last, mid = _person(rng, female)
    p1f, p1l, _ = _person(rng, True)
    if rng.random() < 0.6:
        p1l = last
    p2f, p2l, _ = _person(rng, False)
    if rng.random() < 0.5:
        p2l = last
    docf, docl, docm = _person(rng)
    atf, atl, _ = _person(rng)
    rnf, rnl, _ = _person(rng)
    cof, col, _ = _person(rng)
    csf, csl, csm = _person(rng)
    off_f, off_l, _ = _person(rng)
    rmf, rml, _ = _person(rng, female)
    dirf, dirl, _ = _person(rng)
    town, county, state = _pick(rng, TOWNS)
    town2, _county2, state2 = _pick(rng, TOWNS)
    hosp_town, _, _ = _pick(rng, TOWNS)
    zipc = f"{rng.randrange(1000, 99950):05d}"
    street = f"{rng.randrange(12, 9899)} {_pick(rng, ('', '', 'N ', 'S ', 'E ', 'W '))}{_pick(rng, STREETS)} {_pick(rng, SUFFIX)}"
    unit = _pick(
        rng,
        (
            f"Apt {rng.randrange(1, 40)}{_pick(rng, 'ABCD')}",
            f"Unit {rng.randrange(100, 999)}",
            f"#{rng.randrange(2, 60)}",
            f"Apt. {rng.randrange(101, 520)}",
        ),
    )
    dob = _rand_date(rng, date(2001, 1, 1), 365 * 8)
    cdob = _rand_date(rng, date(2010, 6, 1), 365 * 7)  # camper
    visit = _rand_date(rng, date(2024, 8, 1), 600)
    d2 = visit + timedelta(days=rng.randrange(1, 30))
    d3 = visit - timedelta(days=rng.randrange(2, 200))
    d4 = visit + timedelta(days=rng.randrange(30, 120))
    full = f"{first} {last}"
    nick = NICK.get(first, first[:3] if len(first) > 4 else first)
    age90 = rng.randrange(90, 104)
    words90 = (
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
    )
    yy = str(rng.randrange(24, 27))
    v: dict[str, Value] = {
        # the student / athlete / camper
        "first": (N, first),
        "last": (N, last),
        "full": (N, full),
        "full_m": (N, f"{first} {mid}. {last}"),
        "lfm": (N, f"{last}, {first} {mid}."),
        "lf": (N, f"{last}, {first}"),
        "caps": (N, f"{last.upper()}, {first.upper()}"),
        "caps_full": (N, f"{first.upper()} {last.upper()}"),
        "nick": (N, nick),
        "init_last": (N, f"{first[0]}. {last}"),
        # family and others
        "p1_full": (N, f"{p1f} {p1l}"),
        "p1_first": (N, p1f),
        "p1_last": (N, p1l),
        "p2_full": (N, f"{p2f} {p2l}"),
        "p2_first": (N, p2f),
        "rm_full": (N, f"{rmf} {rml}"),
        "rm_first": (N, rmf),
        # staff
        "doc_full": (N, f"{docf} {docl}"),
        "doc_fml": (N, f"{docf} {docm}. {docl}"),
        "doc_last": (N, docl),
        "at_full": (N, f"{atf} {atl}"),
        "at_last": (N, atl),
        "at_first": (N, atf),
        "rn_full": (N, f"{rnf} {rnl}"),
        "rn_last": (N, rnl),
        "rn_init": (N, f"{rnf[0]}{rnl[0]}"),
        "coach_full": (N, f"{cof} {col}"),
        "coach_last": (N, col),
        "cs_full": (N, f"{csf} {csl}"),
        "cs_lfm": (N, f"{csl}, {csf} {csm}."),
        "cs_last": (N, csl),
        "off_full": (N, f"{off_f} {off_l}"),
        "off_last": (N, off_l),
        "dir_full": (N, f"{dirf} {dirl}"),
        "dir_last": (N, dirl),
        # places
        "street": (L, street),
        "unit": (L, unit),
        "city": (L, town),
        "city_caps": (L, town.upper()),
        "county": (L, f"{county} County"),
        "county_bare": (L, county),
        "state": (None, state),
        "zip": (L, zipc),
        "zip4": (L, f"{zipc}-{rng.randrange(10000):04d}"),
        "hood": (L, _pick(rng, HOODS)),
        "city2": (L, town2),
        "state2": (None, state2),
        "zip2": (L, f"{rng.randrange(1000, 99950):05d}"),
        "street2": (L, f"{rng.randrange(2, 999)} {_pick(rng, STREETS)} {_pick(rng, SUFFIX)}"),
        "hosp": (L, f"{hosp_town} {_pick(rng, HOSP_KIND)}"),
        "camp_town": (L, f"{_pick(rng, CAMP_LAKES)}"),
        "abroad": (L, _pick(rng, ABROAD)),
        "country": (None, _pick(rng, COUNTRIES)),
        # dates
        "dob": (D, _fmt_date(rng, dob)),
        "dob_us": (D, _fmt_date(rng, dob, rng.choice((0, 1, 9)))),
        "dob_iso": (D, _fmt_date(rng, dob, 2)),
        "dob_compact": (D, _fmt_date(rng, dob, 10)),
        "cdob": (D, _fmt_date(rng, cdob)),
        "visit": (D, _fmt_date(rng, visit)),
        "visit_us": (D, _fmt_date(rng, visit, rng.choice((0, 9)))),
        "visit_iso": (D, _fmt_date(rng, visit, 2)),
        "visit_long": (D, _fmt_date(rng, visit, rng.choice((4, 5, 11)))),
        "visit_md": (D, f"{visit.month}/{visit.day}"),
        "visit_dt": (D, _dt(rng, visit)),
        "d2": (D, _fmt_date(rng, d2)),
        "d2_us": (D, _fmt_date(rng, d2, 0)),
        "d2_md": (D, f"{d2.month}/{d2.day}"),
        "d2_dt": (D, _dt(rng, d2)),
        "d3": (D, _fmt_date(rng, d3)),
        "d3_md": (D, f"{MON[d3.month - 1][:3]} {d3.day}"),
        "d4": (D, _fmt_date(rng, d4)),
        "mon_year": (D, f"{MON[d3.month - 1]} {d3.year}"),
        "mon_year_short": (D, f"{MON[d4.month - 1][:3]} {d4.year}"),
        "age90": (A, str(age90)),
        "age90_w": (A, words90[age90 - 90] if age90 < 100 else str(age90)),
        # contact
        "phone": (PhiType.PHONE, _phone(rng)),
        "phone2": (PhiType.PHONE, _phone(rng)),
        "phone3": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "fax2": (PhiType.FAX, _phone(rng)),
        "email": (PhiType.EMAIL, _email(rng, first, last)),
        "email2": (PhiType.EMAIL, _email(rng, p1f, p1l)),
        "email_staff": (PhiType.EMAIL, _email(rng, atf, atl)),
        "url": (
            PhiType.URL,
            _pick(
                rng,
                (
                    f"https://recruit.example.com/athletes/{first.lower()[:3]}{last.lower()[:4]}-{_digits(rng, 5)}",
                    f"https://www.example.org/u/{_letters(rng, 8, 'abcdefghkmnpqrstuvwxyz23456789')}",
                    f"http://portal.studenthealth.test/msg?id={_digits(rng, 9)}",
                    f"https://gofundme.example.com/f/help-{first.lower()[:4]}-{_digits(rng, 4)}",
                    f"www.example.com/~{first.lower()[:1]}{last.lower()[:5]}",
                ),
            ),
        ),
        "url2": (PhiType.URL, f"https://impact.example.test/report/{_letters(rng, 4)}{_digits(rng, 7)}"),
        "ip": (
            PhiType.IP_ADDRESS,
            _pick(
                rng,
                (
                    f"{rng.randrange(11, 223)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"2001:db8:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(1, 4096):x}",
                    f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                ),
            ),
        ),
        "ip2": (
            PhiType.IP_ADDRESS,
            f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
        ),
        # government / insurance / billing
        "ssn": (PhiType.SSN, _ssn(rng)),
        "mrn": (
            PhiType.MRN,
            _pick(
                rng,
                (
                    f"SH{_digits(rng, 7)}",
                    f"{_digits(rng, 8)}",
                    f"M-{_digits(rng, 3)}-{_digits(rng, 4)}",
                    f"00{_digits(rng, 6)}",
                    f"PNC{_digits(rng, 6)}",
                    f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                ),
            ),
        ),
        "mrn2": (PhiType.MRN, f"E{_digits(rng, 9)}"),
        "hp": (
            PhiType.HEALTH_PLAN_ID,
            _pick(
                rng,
                (
                    f"{_letters(rng, 3)}{_digits(rng, 9)}",
                    f"W{_digits(rng, 9)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                    f"SHP{yy}{_digits(rng, 7)}",
                    f"{_letters(rng, 1)}{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
                ),
            ),
        ),
        "hp2": (PhiType.HEALTH_PLAN_ID, f"{_letters(rng, 3)}{_digits(rng, 8)}0{rng.randrange(1, 4)}"),
        "grp": (
            PhiType.HEALTH_PLAN_ID,
            _pick(
                rng,
                (
                    f"{_digits(rng, 6)}",
                    f"{_digits(rng, 5)}-{_letters(rng, 1)}{_digits(rng, 2)}",
                    f"{_letters(rng, 2)}{_digits(rng, 5)}",
                ),
            ),
        ),
        "medicaid": (PhiType.HEALTH_PLAN_ID, f"{_digits(rng, 8)}{_letters(rng, 1)}"),
        "acct": (
            PhiType.ACCOUNT,
            _pick(
                rng,
                (
                    f"{_digits(rng, 9)}",
                    f"A{_digits(rng, 8)}",
                    f"SA-{_digits(rng, 6)}",
                    f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
                ),
            ),
        ),
        "enc": (
            PhiType.ACCOUNT,
            _pick(rng, (f"V{_digits(rng, 9)}", _digits(rng, 10), f"ENC-{yy}-{_digits(rng, 6)}")),
        ),
        "claim": (
            PhiType.ACCOUNT,
            _pick(
                rng,
                (
                    f"CLM{_digits(rng, 10)}",
                    f"{yy}{_digits(rng, 3)}{_letters(rng, 2)}{_digits(rng, 5)}",
                    f"WC-{_digits(rng, 2)}-{_digits(rng, 6)}",
                ),
            ),
        ),
        # licences of persons
        "npi": (PhiType.LICENSE, _luhn_npi(rng)),
        "npi2": (PhiType.LICENSE, _luhn_npi(rng)),
        "at_lic": (
            PhiType.LICENSE,
            _pick(
                rng,
                (
                    f"AT-{_digits(rng, 6)}",
                    f"{_digits(rng, 4)}",
                    f"AT{_digits(rng, 5)}",
                    f"LAT{_digits(rng, 5)}",
                    f"{_digits(rng, 2)}.{_digits(rng, 6)}",
                ),
            ),
        ),
        "boc": (PhiType.LICENSE, f"{_digits(rng, 10)}"),
        "lic_couns": (
            PhiType.LICENSE,
            _pick(
                rng,
                (
                    f"LPC{_digits(rng, 6)}",
                    f"PSY-{_digits(rng, 5)}",
                    f"CSW.{_digits(rng, 7)}",
                    f"{_digits(rng, 3)}.{_digits(rng, 6)}",
                ),
            ),
        ),
        "dea": (PhiType.LICENSE, f"{_pick(rng, 'ABFM')}{_letters(rng, 1)}{_digits(rng, 7)}"),
        "dl": (
            PhiType.LICENSE,
            _pick(
                rng,
                (
                    f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 1)}",
                    f"{_digits(rng, 9)}",
                    f"{_letters(rng, 2)}{_digits(rng, 6)}",
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                ),
            ),
        ),
        "rn_lic": (
            PhiType.LICENSE,
            _pick(rng, (f"RN{_digits(rng, 7)}", f"{_digits(rng, 6)}-RN", f"R{_digits(rng, 6)}")),
        ),
        # vehicles, devices, biometrics, photos
        "plate": (PhiType.VEHICLE_ID, _plate(rng)),
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        "dev_pump": (
            PhiType.DEVICE_ID,
            _pick(
                rng,
                (
                    f"PAA{_digits(rng, 7)}{_letters(rng, 1)}",
                    f"NG{_digits(rng, 7)}H",
                    f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                    f"T{_digits(rng, 8)}",
                ),
            ),
        ),
        "dev_cgm": (
            PhiType.DEVICE_ID,
            f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 2)}",
        ),
        "dev_helmet": (
            PhiType.DEVICE_ID,
            _pick(
                rng,
                (
                    f"HS-{_digits(rng, 6)}",
                    f"{_letters(rng, 3)}{_digits(rng, 5)}{_letters(rng, 1)}",
                    f"0x{rng.randrange(16**8):08X}",
                ),
            ),
        ),
        "udi": (PhiType.DEVICE_ID, f"(01)0{_digits(rng, 13)}(21){_letters(rng, 2)}{_digits(rng, 6)}"),
        "dev_misc": (
            PhiType.DEVICE_ID,
            _pick(
                rng,
                (
                    f"SN{_digits(rng, 9)}",
                    f"{_letters(rng, 1)}{_digits(rng, 4)}-{_letters(rng, 3)}{_digits(rng, 2)}",
                    f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 7)}",
                ),
            ),
        ),
        "bio": (
            PhiType.BIOMETRIC,
            _pick(
                rng,
                (
                    f"FP-{_digits(rng, 8)}",
                    f"TPL{_digits(rng, 6)}-{_letters(rng, 2)}",
                    f"fpt_{_digits(rng, 4)}{_letters(rng, 4, 'abcdef0123456789')}",
                    f"HG{_digits(rng, 7)}",
                ),
            ),
        ),
        "bio2": (
            PhiType.BIOMETRIC,
            _pick(
                rng,
                (
                    f"PV-{_digits(rng, 6)}-{_digits(rng, 2)}",
                    f"FACE-{_letters(rng, 3)}{_digits(rng, 5)}",
                    f"VP{_digits(rng, 8)}",
                ),
            ),
        ),
        "photo": (
            PhiType.PHOTO,
            _pick(
                rng,
                (
                    f"IMG_{visit.year}{visit.month:02d}{visit.day:02d}_{_digits(rng, 6)}.jpg",
                    f"{last.lower().replace(' ', '').replace(chr(39), '')}_{first.lower()}_headshot.png",
                    f"PHOTO-{_digits(rng, 7)}",
                    f"idcard_{_digits(rng, 7)}.jpeg",
                    f"DSC{_digits(rng, 5)}.JPG",
                ),
            ),
        ),
        "photo2": (PhiType.PHOTO, f"P{_digits(rng, 8)}.jpg"),
        # other IDs
        "sid": (
            PhiType.OTHER_ID,
            _pick(
                rng,
                (
                    f"{_digits(rng, 9)}",
                    f"U{_digits(rng, 8)}",
                    f"A0{_digits(rng, 7)}",
                    f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
                    f"S{yy}{_digits(rng, 5)}",
                ),
            ),
        ),
        "sevis": (PhiType.OTHER_ID, f"N00{_digits(rng, 8)}"),
        "passport": (
            PhiType.OTHER_ID,
            _pick(
                rng,
                (
                    f"{_letters(rng, 1)}{_digits(rng, 8)}",
                    f"{_letters(rng, 2)}{_digits(rng, 7)}",
                    f"{_digits(rng, 9)}",
                ),
            ),
        ),
        "i94": (PhiType.OTHER_ID, f"{_digits(rng, 9)}{_letters(rng, 1)}{_digits(rng, 1)}"),
        "visa_foil": (PhiType.OTHER_ID, f"{_digits(rng, 8)}"),
        "ncaa_id": (PhiType.OTHER_ID, f"{_digits(rng, 10)}"),
        "hs_assoc_id": (PhiType.OTHER_ID, f"{_letters(rng, 2)}-{_digits(rng, 7)}"),
        "impact_id": (
            PhiType.OTHER_ID,
            _pick(
                rng,
                (
                    f"{_letters(rng, 4, 'ABCDEFGHJKMNPQRSTUVWXYZ23456789')}-{_letters(rng, 4, 'ABCDEFGHJKMNPQRSTUVWXYZ23456789')}",
                    f"IMP{_digits(rng, 8)}",
                ),
            ),
        ),
        "case": (
            PhiType.OTHER_ID,
            _pick(
                rng,
                (
                    f"{yy}-{_digits(rng, 5)}",
                    f"CPD{yy}{_digits(rng, 6)}",
                    f"IR-20{yy}-{_digits(rng, 4)}",
                    f"{_digits(rng, 7)}",
                ),
            ),
        ),
        "case2": (PhiType.OTHER_ID, f"{_letters(rng, 3)}-{_digits(rng, 6)}"),
        "rx": (
            PhiType.OTHER_ID,
            _pick(
                rng, (f"Rx{_digits(rng, 7)}", f"{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}")
            ),
        ),
        "emp": (
            PhiType.OTHER_ID,
            _pick(rng, (f"E{_digits(rng, 6)}", f"{_digits(rng, 8)}", f"SE-{_digits(rng, 5)}")),
        ),
        "camper_id": (
            PhiType.OTHER_ID,
            _pick(rng, (f"C{yy}-{_digits(rng, 4)}", f"{_digits(rng, 6)}", f"CW{_digits(rng, 5)}")),
        ),
        "spec": (PhiType.OTHER_ID, f"{_letters(rng, 2)}{yy}-{_digits(rng, 6)}"),
        "pa_ref": (PhiType.OTHER_ID, f"PA{_digits(rng, 9)}"),
        "subj": (PhiType.OTHER_ID, f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}"),
    }
    return v


# --- look-alikes ---------------------------------------------------------------------------------

SPORTS = (
    "Football",
    "Women's Soccer",
    "Men's Lacrosse",
    "Wrestling",
    "Field Hockey",
    "Women's Basketball",
    "Men's Ice Hockey",
    "Volleyball",
    "Cross Country",
    "Rugby (club)",
    "Softball",
    "Swimming & Diving",
    "Cheer",
    "Track & Field",
)
TEAM_CODES = ("FB", "WSO", "MLA", "WR", "FH", "WBB", "MIH", "WVB", "XC", "RUG", "SB", "SD", "CHR", "TF")
HALLS = (
    "Whitcomb Hall",
    "Brennan Hall",
    "Okafor House",
    "Lindell Tower",
    "McCray Hall",
    "North Quad",
    "Bixby Commons",
    "Tamarack Hall",
)
ORGS = (
    "Northgate University",
    "St. Brendan College",
    "Alder State University",
    "Wescott Academy",
    "Halvorsen College",
    "the University Health Service",
    "Campus Recreation",
    "Big Pine Athletic Conference",
    "Camp Tall Timbers",
    "the Office of International Programs",
)
MEDS = (
    ("ibuprofen", "600 mg PO q6h PRN"),
    ("naproxen", "500 mg PO BID with food"),
    ("acetaminophen", "650 mg PO q6h PRN"),
    ("cetirizine", "10 mg PO daily"),
    ("albuterol HFA", "90 mcg 2 puffs q4h PRN"),
    ("methylphenidate ER", "36 mg PO qAM"),
    ("sertraline", "50 mg PO daily"),
    ("fluticasone", "50 mcg 2 sprays each nostril daily"),
    ("amoxicillin", "875 mg PO BID x 10 days"),
    ("ondansetron ODT", "4 mg SL q8h PRN"),
    ("EpiPen 0.3 mg", "auto-injector IM x1 PRN anaphylaxis"),
    ("insulin lispro", "per pump, ICR 1:12, ISF 1:45"),
    ("lisdexamfetamine", "30 mg PO qAM"),
    ("azithromycin", "500 mg day 1 then 250 mg days 2-5"),
    ("levonorgestrel/EE", "1 tab PO daily"),
    ("escitalopram", "10 mg PO daily"),
)
DX = (
    ("S06.0X0A", "concussion without LOC, initial"),
    ("S93.401A", "sprain of R ankle, unspecified ligament"),
    ("J02.9", "acute pharyngitis"),
    ("J06.9", "acute URI"),
    ("F41.1", "generalized anxiety disorder"),
    ("F32.1", "major depressive disorder, single episode, moderate"),
    ("Z02.5", "encounter for sports physical"),
    ("Z23", "encounter for immunization"),
    ("S83.511A", "ACL sprain L knee"),
    ("M76.50", "patellar tendinitis"),
    ("E10.9", "type 1 diabetes without complication"),
    ("J45.20", "mild intermittent asthma"),
    ("B27.90", "infectious mononucleosis"),
    ("L23.7", "contact dermatitis due to plants (poison ivy)"),
    ("T78.40XA", "allergic reaction, unspecified"),
    ("Z11.1", "encounter for TB screening"),
    ("D57.3", "sickle-cell trait"),
    ("F90.0", "ADHD, predominantly inattentive"),
)
CPT = (
    "99213",
    "99214",
    "99203",
    "99385",
    "90734",
    "90620",
    "86480",
    "87880",
    "97110",
    "97140",
    "29540",
    "96127",
    "90834",
    "90791",
    "95992",
    "86308",
    "J1885",
    "A4565",
    "L1832",
    "J7613",
)
EPONYMS = (
    "Osgood-Schlatter disease",
    "Sever's disease",
    "a Jones fracture",
    "Lachman test",
    "McMurray test",
    "Wolff-Parkinson-White pattern",
    "Hodgkin lymphoma (family history)",
    "Marfan screening",
    "Graves' disease",
    "Raynaud phenomenon",
    "Thompson test",
    "Ottawa ankle rules",
    "Romberg",
    "Tinel sign",
    "Hawkins-Kennedy test",
    "Kernig/Brudzinski signs",
)
ROLES = (
    "the athletic trainer",
    "the team physician",
    "the head coach",
    "the RA on duty",
    "the camp nurse",
    "the attending",
    "the counsellor on call",
    "the Dean of Students",
    "the cabin counsellor",
    "the sports medicine fellow",
    "the DSO",
    "the compliance officer",
    "the unit director",
)
BRANDS = (
    "ImPACT",
    "Shuttle Run",
    "Biofreeze",
    "KT Tape",
    "Gatorade",
    "Omnipod 5",
    "Dexcom G7",
    "Game Ready",
    "Aircast",
    "DonJoy",
    "Zio patch",
    "Rapid Strep (BD Veritor)",
    "QuantiFERON-TB Gold Plus",
    "Bexsero",
    "MenQuadfi",
    "Menveo",
    "Trumenba",
    "Tdap (Boostrix)",
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Filler that looks like an identifier to a careless screen but is not PHI."""
    med = _pick(rng, MEDS)
    med2 = _pick(rng, MEDS)
    dx = _pick(rng, DX)
    dx2 = _pick(rng, DX)
    si = rng.randrange(len(SPORTS))
    sbp, dbp = rng.randrange(98, 146), rng.randrange(56, 92)
    yr = rng.randrange(2022, 2027)
    term = f"{_pick(rng, ('Fall', 'Spring', 'Summer', 'Winter'))} {yr}"
    vm, vism = rng.randrange(62, 99), rng.randrange(55, 97)
    vms, rt = round(rng.uniform(30.0, 48.0), 2), round(rng.uniform(0.52, 0.78), 2)
    u = lambda s: (None, s)  # noqa: E731
    return {
        "bp": u(f"{sbp}/{dbp}"),
        "hr": u(str(rng.randrange(48, 118))),
        "temp": u(_pick(rng, (f"{rng.uniform(97.0, 101.8):.1f} F", f"{rng.uniform(36.1, 38.9):.1f} C"))),
        "temp_f": u(f"{rng.uniform(97.0, 101.8):.1f}"),
        "spo2": u(str(rng.randrange(94, 101))),
        "rr": u(str(rng.randrange(12, 22))),
        "wt": u(str(rng.randrange(98, 285))),
        "wt_kg": u(f"{rng.uniform(44, 128):.1f}"),
        "ht": u(f"{rng.randrange(5, 7)}'{rng.randrange(0, 12)}\""),
        "ht_cm": u(str(rng.randrange(150, 203))),
        "bmi": u(f"{rng.uniform(18.5, 34.0):.1f}"),
        "age": u(str(rng.randrange(17, 24))),
        "age_c": u(str(rng.randrange(8, 16))),
        "age_adult": u(str(rng.randrange(35, 89))),
        "year": u(str(yr)),
        "class_year": u(str(yr + rng.randrange(0, 4))),
        "term": u(term),
        "term2": u(f"{_pick(rng, ('Fall', 'Spring'))} {yr + 1}"),
        "season": u(f"{yr}-{(yr + 1) % 100:02d}"),
        "time": u(f"{rng.randrange(6, 23):02d}:{rng.randrange(60):02d}"),
        "time2": u(
            f"{rng.randrange(1, 12)}:{rng.randrange(60):02d} {_pick(rng, ('AM', 'PM', 'pm', 'a.m.'))}"
        ),
        "dur": u(str(rng.randrange(5, 55))),
        "sport": u(SPORTS[si]),
        "team_code": u(f"{TEAM_CODES[si]}-{yr % 100}"),
        "jersey": u(str(rng.randrange(0, 99))),
        "pos": u(
            _pick(
                rng,
                (
                    "OL",
                    "WR",
                    "GK",
                    "midfield",
                    "point guard",
                    "goalie",
                    "174 lb",
                    "libero",
                    "attack",
                    "catcher",
                ),
            )
        ),
        "hall": u(_pick(rng, HALLS)),
        "room": u(
            f"{rng.randrange(1, 9)}{rng.randrange(0, 3)}{rng.randrange(1, 10)}{_pick(rng, ('', '', 'A', 'B'))}"
        ),
        "room2": u(str(rng.randrange(100, 460))),
        "bed": u(str(rng.randrange(1, 12))),
        "cabin": u(f"{_pick(rng, ('Cabin', 'Bunk', 'Lodge'))} {rng.randrange(1, 24)}"),
        "course": u(
            f"{_pick(rng, ('CHEM', 'BIOL', 'MATH', 'PSYC', 'ENGL', 'KINE', 'HIST', 'ECON', 'CS', 'NURS'))} {rng.randrange(1000, 4999)}"
        ),
        "course2": u(
            f"{_pick(rng, ('STAT', 'PHYS', 'SPAN', 'ARTH', 'EXSC'))}-{rng.randrange(100, 499)}-{rng.randrange(1, 9):02d}"
        ),
        "crn": u(str(rng.randrange(10000, 99999))),
        "credits": u(str(rng.choice((3, 4, 6, 9, 12, 13, 15, 16, 18)))),
        "gpa": u(f"{rng.uniform(1.9, 4.0):.2f}"),
        "org": u(_pick(rng, ORGS)),
        "org2": u(_pick(rng, ORGS)),
        "role": u(_pick(rng, ROLES)),
        "role2": u(_pick(rng, ROLES)),
        "med": u(med[0]),
        "med_sig": u(med[1]),
        "med2": u(med2[0]),
        "med2_sig": u(med2[1]),
        "dose_mg": u(f"{rng.choice((200, 250, 325, 400, 500, 600, 800))} mg"),
        "units": u(f"{rng.uniform(0.5, 9.5):.1f}"),
        "bg": u(str(rng.randrange(62, 310))),
        "icd": u(dx[0]),
        "dx": u(dx[1]),
        "icd2": u(dx2[0]),
        "dx2": u(dx2[1]),
        "cpt": u(_pick(rng, CPT)),
        "cpt2": u(_pick(rng, CPT)),
        "loinc": u(
            _pick(rng, ("71774-4", "88517-8", "5196-1", "4548-4", "2345-7", "58410-2", "718-7", "24111-7"))
        ),
        "snomed": u(_pick(rng, ("110030002", "44465007", "195662009", "35489007", "73211009", "233604007"))),
        "ndc": u(f"{_digits(rng, 5)}-{_digits(rng, 3)}-{_digits(rng, 2)}"),
        "lot": u(f"{_letters(rng, 2)}{_digits(rng, 4)}{_pick(rng, ('', 'A', 'AA', 'B'))}"),
        "lot2": u(f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 2)}"),
        "exp": u(f"{rng.randrange(2026, 2029)}"),
        "rev": u(_pick(rng, ("0450", "0510", "0636", "0250", "0300", "0420"))),
        "drg": u(_pick(rng, ("089", "092", "563", "885", "604"))),
        "hcpcs": u(_pick(rng, ("L1906", "E0114", "A6449", "L3908", "J0696", "Q4038"))),
        "scat_sx": u(str(rng.randrange(0, 23))),
        "scat_sev": u(str(rng.randrange(0, 90))),
        "sac": u(str(rng.randrange(20, 31))),
        "bess": u(str(rng.randrange(0, 20))),
        "mbess": u(str(rng.randrange(0, 12))),
        "gcs": u(str(rng.randrange(13, 16))),
        "vm": u(str(vm)),
        "vism": u(str(vism)),
        "vms": u(f"{vms:.2f}"),
        "rt": u(f"{rt:.2f}"),
        "ic": u(str(rng.randrange(1, 18))),
        "tss": u(f"{rng.uniform(0, 30):.1f}"),
        "phq": u(str(rng.randrange(0, 27))),
        "gad": u(str(rng.randrange(0, 21))),
        "cssrs": u(_pick(rng, ("negative", "low risk", "moderate risk", "screen positive, item 2 only"))),
        "igra": u(f"{rng.uniform(0.0, 0.34):.2f}"),
        "ppd": u(str(rng.choice((0, 0, 0, 3, 5, 12)))),
        "hgb": u(f"{rng.uniform(11.2, 16.9):.1f}"),
        "wbc": u(f"{rng.uniform(3.8, 14.5):.1f}"),
        "ck": u(str(rng.randrange(90, 2400))),
        "na": u(str(rng.randrange(131, 146))),
        "rom": u(str(rng.randrange(60, 140))),
        "pain": u(str(rng.randrange(0, 10))),
        "pct": u(str(rng.randrange(40, 101))),
        "money": u(f"${rng.randrange(120, 3900):,}.{rng.randrange(100):02d}"),
        "money2": u(f"${rng.randrange(1800, 4200):,}"),
        "form": u(
            _pick(
                rng,
                (
                    "Form SHS-112",
                    "PPE Form (AAP/AAFP 5th ed.)",
                    "DS-2019",
                    "I-20",
                    "Form CH-07 v3",
                    "Waiver Form W-9b",
                    "Form IR-2",
                    "Form C-3",
                    "FORM AT-14 rev 2023",
                    "Form 300A",
                ),
            )
        ),
        "policy": u(
            _pick(
                rng,
                (
                    "Policy SHS-07.12",
                    "Policy 4.03.2",
                    "Procedure ATR-019",
                    "HR Policy 611",
                    "Res Life Policy 5.6",
                    "Camp SOP 14",
                    "NCAA Bylaw 17.1.6",
                    "Bylaw 14.2.1",
                ),
            )
        ),
        "clia": u(f"{rng.randrange(10, 99)}D{_digits(rng, 7)}"),
        "org_npi": u(_luhn_npi(rng)),
        "ein": u(f"{_digits(rng, 2)}-{_digits(rng, 7)}"),
        "ceeb": u(_digits(rng, 4)),
        "school_code": u(
            _pick(
                rng,
                (
                    f"SEVIS school code {_letters(rng, 3)}214F{_digits(rng, 5)}000",
                    f"NCAA institution ID {_digits(rng, 4)}",
                    f"IPEDS {_digits(rng, 6)}",
                    f"OPEID {_digits(rng, 6)}00",
                    f"school code {_digits(rng, 6)}",
                ),
            )
        ),
        "camp_lic": u(f"{_pick(rng, ('CMP', 'YC', 'DC'))}-{rng.randrange(2024, 2027)}-{_digits(rng, 3)}"),
        "conf_code": u(_pick(rng, ("BPAC", "MAC-E", "D3-NEAC", "NJCAA Reg. 12", "Section IV"))),
        "ext": u(f"x{rng.randrange(2000, 7999)}"),
        "eponym": u(_pick(rng, EPONYMS)),
        "brand": u(_pick(rng, BRANDS)),
        "brand2": u(_pick(rng, BRANDS)),
        "version": u(f"v{rng.randrange(2, 5)}.{rng.randrange(0, 9)}.{rng.randrange(0, 20)}"),
        "step": u(str(rng.randrange(1, 7))),
        "hours": u(str(rng.randrange(2, 40))),
        "pct2": u(f"{rng.randrange(60, 100)}%"),
        "count": u(str(rng.randrange(3, 400))),
        "cond": u(
            _pick(
                rng,
                (
                    "asthma - albuterol in kit",
                    "T1DM - pump",
                    "sickle cell trait",
                    "none",
                    "seizure hx - no meds",
                    "bee allergy - EpiPen",
                ),
            )
        ),
        "menveo_dose": u(_pick(rng, ("0.5 mL IM", "dose 2 of 2", "booster at 16", "single dose"))),
    }
