"""Invented values for planted set 0 (quality, safety, privacy and compliance work).

``identifiers(rng)`` is one invented identity and its context for a note: every typed value becomes a
gold span. ``lookalikes(rng)`` is clinical and administrative filler that is NOT PHI (codes, scores,
policy numbers, organisation numbers, rooms, times, years, ages up to 89 ...). Only ``rng`` is used.
"""

from __future__ import annotations

import datetime as dt
import random

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE

FIRST = (
    "Ana",
    "José",
    "Mei",
    "Oluwaseun",
    "Thi Lan",
    "Priya",
    "Fatima",
    "Siobhan",
    "Dmitri",
    "Kwame",
    "Hope",
    "Grace",
    "Faith",
    "Rose",
    "Bill",
    "Will",
    "Grant",
    "Summer",
    "Florence",
    "Austin",
    "Jordan",
    "Dallas",
    "Lincoln",
    "Chelsea",
    "Hamid",
    "Minh",
    "Thanh",
    "Jae-won",
    "Ji-hoon",
    "Aroha",
    "Tevita",
    "Leilani",
    "Ingrid",
    "Zoë",
    "Renée",
    "Yusuf",
    "Amara",
    "Chidi",
    "Aaliyah",
    "Xiomara",
    "Marisol",
    "Bartholomew",
    "Precious",
    "Destiny",
    "Sunny",
    "Mercy",
    "Patience",
    "Guadalupe",
    "Wojciech",
    "Siddharth",
    "Anh",
    "Nalani",
    "Tariq",
    "Ngozi",
    "Heike",
    "Giuseppe",
    "Colm",
    "Kateryna",
    "Ifeoma",
    "Sione",
    "Dolores",
    "Ernesto",
    "Robert",
    "Elizabeth",
    "William",
    "Margaret",
    "Katherine",
    "Anthony",
    "Joseph",
    "Patricia",
    "Deshawn",
    "Keisha",
    "Mohammed",
    "Aisha",
    "Björn",
    "Saoirse",
    "Luis",
    "Carmen",
    "Hyun-woo",
    "Wei",
    "Olga",
    "Tomasz",
    "Emeka",
    "Joy",
    "Major",
    "Royal",
    "Sterling",
    "Brooklyn",
    "Paris",
    "Sky",
    "Jean-Paul",
    "Mary-Kate",
    "Rangi",
    "Kalani",
    "Esperanza",
    "Dov",
    "Shira",
    "Ravi",
    "Lakshmi",
    "Hieu",
)
NICK = {
    "Robert": "Bobby",
    "Elizabeth": "Liz",
    "William": "Billy",
    "Margaret": "Peggy",
    "Katherine": "Kate",
    "Anthony": "Tony",
    "Joseph": "Joe",
    "Patricia": "Patty",
    "Bartholomew": "Bart",
    "Oluwaseun": "Seun",
    "Guadalupe": "Lupe",
    "Dolores": "Lola",
    "Siddharth": "Sid",
    "Wojciech": "Wojtek",
    "Mohammed": "Mo",
    "Ernesto": "Neto",
    "Ifeoma": "Ify",
    "Jae-won": "JW",
    "Kateryna": "Katya",
    "Xiomara": "Xio",
}
LAST = (
    "Ruiz",
    "Okafor",
    "Nguyen",
    "Tran",
    "Patel",
    "Haddad",
    "O'Neill",
    "D'Amico",
    "de la Cruz",
    "van der Berg",
    "Van Buren",
    "Smith-Okafor",
    "García-López",
    "MacLeod",
    "Kowalski",
    "Abernathy",
    "Baker",
    "Young",
    "King",
    "Price",
    "Rivers",
    "Hill",
    "Brooks",
    "Church",
    "Fields",
    "Moody",
    "Little",
    "Chambers",
    "Lake",
    "Summers",
    "Park",
    "Kim",
    "Choi",
    "Ishikawa",
    "Yamamoto",
    "Chen",
    "Zhang",
    "Abdullahi",
    "Mensah",
    "Adeyemi",
    "Ferreira",
    "dos Santos",
    "Al-Masri",
    "ben David",
    "St. John",
    "Le",
    "Fa'amausili",
    "Nakamura-Reyes",
    "Ó Briain",
    "Papadopoulos",
    "Ivanova",
    "Lindqvist",
    "Begay",
    "Yazzie",
    "Castillo",
    "Vu",
    "Bui",
    "Singh",
    "Gill",
    "Rao",
    "Ahmed",
    "Dubois",
    "LeBlanc",
    "Fontaine",
    "Mbeki",
    "Kariuki",
    "Schmidt",
    "Wolfe",
    "Fox",
    "Bird",
    "Snow",
    "Winter",
    "Frost",
    "Moon",
    "Whitehorse",
    "Nwosu",
    "Oyelaran-Briggs",
    "McAllister",
    "Delacroix",
    "von Essen",
    "Al Amin",
    "Hernández",
    "Quispe",
    "Tuilagi",
    "Kealoha",
    "Bianchi",
    "Horvath",
    "Sørensen",
    "Walker",
    "Carpenter",
    "Mason",
    "Shepherd",
    "Parish",
    "Lovelace",
    "Goodnight",
    "Salazar",
)
TOWNS = (
    "Port Calder",
    "Millbrook",
    "East Haverford",
    "Wrenfield",
    "Lake Osmond",
    "North Tillery",
    "Bramford",
    "Oakhurst Springs",
    "Saint Ives Landing",
    "Fairmont Hollow",
    "Riverside",
    "Liberty",
    "Hope Valley",
    "Kestrel Bay",
    "Ashby Junction",
    "New Carrow",
    "Pemberton Falls",
    "Dunmore Heights",
    "Sable Creek",
    "Glenrock",
    "West Mara",
    "Tolland Ridge",
    "Cobb's Mill",
    "Bellwether",
    "Las Palomitas",
    "Marlow",
    "Fort Denning",
    "Quarry Hill",
    "Halcyon",
    "Lower Brackett",
)
COUNTIES = ("Okanee", "Tillery", "Brannock", "St. Osmund", "Calder", "Marrow Creek", "Dunleavy", "Pell")
NBHDS = (
    "Eastgate",
    "the Flats",
    "Old Towne",
    "Cherry Hill",
    "Northside",
    "Little Saigon",
    "Mill Race",
    "Harbor Point",
    "the Heights",
    "Riverbend",
)
STREETS = (
    "Maple",
    "Cedar Hollow",
    "Kingfisher",
    "Old Mill",
    "Juniper",
    "Harbor View",
    "Lincoln",
    "Quarry",
    "Saint Anne",
    "Wexford",
    "Bluebonnet",
    "Tamarack",
    "Sycamore Ridge",
    "Orchard",
    "Pioneer",
    "Elm",
    "Dogwood",
    "Calle Verde",
    "Rue Lafitte",
    "Martin Luther King Jr",
    "Founders",
    "Railroad",
    "Peachtree",
)
SUFFIX = (
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
)
STATES = ("OR", "WA", "OH", "PA", "TX", "GA", "MN", "NC", "AZ", "MI", "NY", "IL", "VA", "CO", "WI", "NM")
FAC_STYLE = (
    "{t} General Hospital",
    "{t} Regional Medical Center",
    "St. Brendan's Hospital of {t}",
    "{t} Community Hospital",
    "Mercy Medical Center - {t}",
    "{t} Memorial Hospital",
    "Good Shepherd Rehabilitation Center of {t}",
    "{t} Behavioral Health Pavilion",
    "{t} Senior Living & Care Center",
    "Providence Heights Hospital, {t} campus",
)
DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "hospital.test",
    "corp.test",
    "lawfirm.test",
    "example.edu",
)
UPPER = "ABCDEFGHJKLMNPRSTUVWXYZ"
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _a(rng: random.Random, n: int, chars: str = UPPER) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


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


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + _d(rng, 8)
    return body + _luhn_digit("80840" + body)


def dea(rng: random.Random, last: str) -> str:
    initial = next((c for c in last.upper() if c.isalpha() and c in UPPER), "X")
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


def vin(rng: random.Random) -> str:
    trans = {
        **{str(i): i for i in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
        **dict(zip("JKLMN", range(1, 6), strict=True)),
        "P": 7,
        "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
    }
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    chars = [rng.choice(VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("LMNPRSTVWXY123456789")
    total = sum(trans[c] * w for c, w in zip(chars, weights, strict=False))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def mbi(rng: random.Random) -> str:
    an = MBI_ALPHA + "0123456789"
    s = (
        str(rng.randint(1, 9))
        + rng.choice(MBI_ALPHA)
        + rng.choice(an)
        + _d(rng, 1)
        + rng.choice(MBI_ALPHA)
        + rng.choice(an)
        + _d(rng, 1)
        + rng.choice(MBI_ALPHA)
        + rng.choice(MBI_ALPHA)
        + _d(rng, 2)
    )
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def phone(rng: random.Random) -> str:
    ac = rng.choice(
        (
            "503",
            "216",
            "412",
            "713",
            "404",
            "612",
            "919",
            "602",
            "313",
            "718",
            "312",
            "971",
            "385",
            "828",
            "541",
            "970",
        )
    )
    line = f"01{rng.randint(0, 99):02d}"
    fmts = (
        f"({ac}) 555-{line}",
        f"{ac}-555-{line}",
        f"{ac}.555.{line}",
        f"+1 {ac} 555 {line}",
        f"1-{ac}-555-{line}",
        f"({ac})555-{line}",
        f"{ac} 555 {line}",
        f"555-{line}",
    )
    return rng.choice(fmts)


def person(rng: random.Random) -> dict[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    mi = rng.choice(UPPER)
    forms = {
        "full": rng.choice((f"{first} {last}", f"{first} {mi}. {last}", f"{first} {last}")),
        "first": first,
        "last": last,
        "lf": rng.choice(
            (
                f"{last}, {first}",
                f"{last}, {first} {mi}.",
                f"{last.upper()}, {first.upper()}",
                f"{last},{first}",
            )
        ),
        "caps": f"{first} {last}".upper(),
        "init": rng.choice((f"{first[0]}. {last}", f"{first[0]}{mi} {last}", f"{first[0]}.{mi}. {last}")),
        "nick": NICK.get(first, first),
    }
    return forms


def _ocr(rng: random.Random, text: str) -> str:
    table = {"l": "1", "O": "0", "o": "0", "I": "l", "S": "5", "B": "8", "rn": "m", "e": "c"}
    out = text
    for src in rng.sample(sorted(table), 3):
        if src in out:
            out = out.replace(src, table[src], 1)
    return out


DATE_FMTS = (
    "%m/%d/%Y",
    "%Y-%m-%d",
    "%d-%b-%Y",
    "%B {d}, %Y",
    "{m}/{d}/%y",
    "%d %B %Y",
    "%b {d}, %Y",
    "%d.%m.%Y",
    "%m-%d-%Y",
    "%d%b%Y",
    "%b. {d}, %Y",
    "%Y/%m/%d",
)
DT_FMTS = (
    "%Y-%m-%d %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%d-%b-%Y %I:%M:%S %p",
    "%Y-%m-%dT%H:%M:%SZ",
    "%m/%d/%y %H%M",
    "%Y%m%d %H:%M:%S",
)


def fmt_date(d: dt.date, f: str) -> str:
    return d.strftime(f.replace("{d}", str(d.day)).replace("{m}", str(d.month)))


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented identity and context: names, dates, places and every kind of ID."""
    v: dict[str, Value] = {}
    # people
    roles = (
        "pt",
        "md",
        "md2",
        "rn",
        "rn2",
        "rep",
        "mgr",
        "po",
        "rm",
        "icp",
        "wit",
        "atty",
        "atty2",
        "emp",
        "fam",
        "u1",
        "u2",
        "u3",
        "sub",
        "srv",
        "cmo",
        "ent",
    )
    for role in roles:
        p = person(rng)
        v[role] = (N, p["full"])
        v[role + "_f"] = (N, p["first"])
        v[role + "_l"] = (N, p["last"])
        v[role + "_lf"] = (N, p["lf"])
        v[role + "_caps"] = (N, p["caps"])
        v[role + "_i"] = (N, p["init"])
    v["pt_nick"] = (N, NICK.get(v["pt_f"][1], v["pt_f"][1]))
    v["pt_ocr"] = (N, _ocr(rng, v["pt"][1]))
    # places
    towns = rng.sample(TOWNS, 4)
    for i, key in enumerate(("city", "city2", "city3", "fac_town")):
        v[key] = (L, towns[i])
    v["city_caps"] = (L, towns[0].upper())
    v["fac"] = (L, rng.choice(FAC_STYLE).format(t=towns[3]))
    v["fac2"] = (L, rng.choice(FAC_STYLE).format(t=towns[2]))
    v["county"] = (L, rng.choice(COUNTIES) + rng.choice((" County", " County", " county")))
    v["nbhd"] = (L, rng.choice(NBHDS))
    for key in ("street", "street2", "street3"):
        num = rng.choice(
            (str(rng.randint(1, 99)), str(rng.randint(100, 9999)), str(rng.randint(10000, 48999)))
        )
        v[key] = (
            L,
            f"{num} {rng.choice(('', '', 'N ', 'SE ', 'West '))}{rng.choice(STREETS)} {rng.choice(SUFFIX)}",
        )
    v["street_caps"] = (L, v["street"][1].upper())
    v["apt"] = (
        L,
        rng.choice(
            (
                "Apt 4B",
                f"Apt. {rng.randint(1, 40)}{rng.choice('ABCD')}",
                f"Unit {rng.randint(2, 900)}",
                f"#{rng.randint(100, 999)}",
                f"Suite {rng.randint(100, 1800)}",
                "Lot 17",
                f"Apt {rng.randint(1, 30)}",
            )
        ),
    )
    for key in ("zip", "zip2", "zip3"):
        z = f"{rng.randint(10000, 99899):05d}"
        v[key] = (L, z if rng.random() < 0.75 else f"{z}-{_d(rng, 4)}")
    # dates
    base = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2650))
    style = rng.choice(DATE_FMTS)

    def date(delta: int) -> str:
        f = style if rng.random() < 0.7 else rng.choice(DATE_FMTS)
        return fmt_date(base + dt.timedelta(days=delta), f)

    offsets = sorted(rng.sample(range(-40, 120), 10))
    for i, off in enumerate(offsets, 1):
        v[f"d{i}"] = (D, date(off))
    v["d_event"] = (D, date(0))
    v["d_nodate"] = (D, fmt_date(base, rng.choice(("%b {d}", "%m/%d", "{d} %B", "%B {d}"))))
    v["d_iso"] = (D, base.isoformat())
    v["d_compact"] = (D, base.strftime("%Y%m%d"))
    dob = base - dt.timedelta(days=rng.randint(20 * 365, 88 * 365))
    v["dob"] = (D, fmt_date(dob, style))
    v["dob2"] = (
        D,
        fmt_date(base - dt.timedelta(days=rng.randint(19 * 365, 70 * 365)), rng.choice(DATE_FMTS)),
    )
    age90 = rng.randint(90, 104)
    v["age90"] = (A, str(age90))
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
    }
    v["age90w"] = (A, words.get(age90, str(age90)))
    v["dob90"] = (D, fmt_date(base - dt.timedelta(days=age90 * 365 + rng.randint(1, 360)), style))
    dtf = rng.choice(DT_FMTS)
    start = dt.datetime.combine(base, dt.time(rng.randint(0, 20), rng.randint(0, 59), rng.randint(0, 59)))
    stamps = sorted(start + dt.timedelta(seconds=rng.randint(0, 3 * 86400)) for _ in range(8))
    for i, s in enumerate(stamps, 1):
        v[f"dt{i}"] = (D, s.strftime(dtf))
    # rows of a list (line list, registry, M&M list): ages over 89 are gold, the rest filler
    for r in range(1, 6):
        p = person(rng)
        v[f"r{r}_name"] = (N, rng.choice((p["lf"], p["full"], p["caps"])))
        v[f"r{r}_last"] = (N, p["last"])
        age = rng.choice((rng.randint(90, 101), rng.randint(34, 89), rng.randint(60, 89)))
        v[f"r{r}_age"] = (A if age >= 90 else None, str(age))
        v[f"r{r}_mrn"] = (
            PhiType.MRN,
            rng.choice((_d(rng, 8), "E" + _d(rng, 7), _d(rng, 3) + "-" + _d(rng, 4))),
        )
        v[f"r{r}_dob"] = (D, fmt_date(base - dt.timedelta(days=age * 365 + rng.randint(0, 360)), style))
        v[f"r{r}_d"] = (D, fmt_date(base + dt.timedelta(days=rng.randint(-20, 20)), style))
        v[f"r{r}_acc"] = (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"M{base.year % 100}-{_d(rng, 6)}",
                    f"BC{_d(rng, 8)}",
                    f"{_a(rng, 2)}-{_d(rng, 2)}-{_d(rng, 5)}",
                )
            ),
        )
        v[f"r{r}_fin"] = (PhiType.ACCOUNT, rng.choice((_d(rng, 10), "V" + _d(rng, 8))))
    # contact
    for key in ("phone", "phone2", "cell", "phone3"):
        v[key] = (PhiType.PHONE, phone(rng))
    for key in ("fax", "fax2"):
        v[key] = (PhiType.FAX, phone(rng))
    pf, pl = v["pt_f"][1], v["pt_l"][1]
    clean = lambda s: "".join(c for c in s.lower() if c.isalnum() and c.isascii()) or "x"  # noqa: E731
    v["email"] = (
        PhiType.EMAIL,
        rng.choice(
            (
                f"{clean(pf)}.{clean(pl)}@{rng.choice(DOMAINS)}",
                f"{clean(pf)[0]}{clean(pl)}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}",
                f"{clean(pl)}_{clean(pf)}{rng.randint(60, 99)}@{rng.choice(DOMAINS)}",
            )
        ),
    )
    for key, role in (("email2", "atty"), ("email3", "emp"), ("email4", "rn"), ("email5", "po")):
        f, la = clean(v[role + "_f"][1]), clean(v[role + "_l"][1])
        v[key] = (
            PhiType.EMAIL,
            rng.choice(
                (
                    f"{f}.{la}@{rng.choice(DOMAINS)}",
                    f"{f[0]}{la}@{rng.choice(DOMAINS)}",
                    f"{la}.{f[0]}@{rng.choice(DOMAINS)}",
                )
            ),
        )
    tok = "".join(rng.choice("0123456789abcdef") for _ in range(10))
    v["url"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://portal.example.org/records/request/{tok}",
                f"https://www.example.com/u/{clean(pf)}{clean(pl)}{rng.randint(1, 999)}",
                f"http://share.example.test/sites/qps/docs/{tok}.pdf",
                f"https://myhealth.example.net/proxy?patient={_d(rng, 8)}",
                f"www.example.com/~{clean(pl)}",
                f"https://social.example.com/{clean(pf)}_{clean(pl)}/status/{_d(rng, 12)}",
            )
        ),
    )
    v["url2"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://files.example.org/s/{tok[:6]}{_d(rng, 4)}",
                f"https://drive.example.net/d/{tok}{_a(rng, 4).lower()}/view",
                f"ftp://203.0.113.{rng.randint(1, 254)}/export/{tok}.csv",
            )
        ),
    )

    def ip() -> str:
        return rng.choice(
            (
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"{rng.choice((73, 98, 104, 174, 24, 68))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
            )
        )

    for key in ("ip1", "ip2", "ip3", "ip4"):
        v[key] = (PhiType.IP_ADDRESS, ip())
    # numbers of a person
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            (
                _d(rng, 8),
                "00" + _d(rng, 7),
                f"E{_d(rng, 7)}",
                f"M-{_d(rng, 5)}-{_d(rng, 3)}",
                f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 3)}",
                f"A{_d(rng, 9)}",
            )
        ),
    )
    v["mrn2"] = (
        PhiType.MRN,
        rng.choice((_d(rng, 8), f"E{_d(rng, 7)}", f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}")),
    )
    v["mrn_ocr"] = (PhiType.MRN, _d(rng, 4).replace("0", "O", 1) + _d(rng, 4).replace("1", "l", 1))
    v["fin"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                _d(rng, 10),
                f"{_d(rng, 9)}",
                f"{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 4)}",
                f"V{_d(rng, 8)}",
                f"77{_d(rng, 8)}",
            )
        ),
    )
    v["acct"] = (
        PhiType.ACCOUNT,
        rng.choice((f"{_d(rng, 3)}-{_d(rng, 6)}", _d(rng, 11), f"A{_d(rng, 8)}-{_d(rng, 2)}")),
    )
    v["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"PL-{base.year % 100}-{_d(rng, 6)}",
                f"CLM{base.year}{_d(rng, 5)}",
                f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 6)}",
                f"GL {_d(rng, 4)}-{_d(rng, 5)}",
            )
        ),
    )
    v["mbr"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_a(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 9)}",
                f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 2)}",
                f"ZGP{_d(rng, 8)}{rng.choice(('01', '02', ''))}",
            )
        ),
    )
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, mbi(rng))
    v["mcd"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice((f"{_a(rng, 2)}{_d(rng, 8)}", _d(rng, 12), f"MCD-{_d(rng, 9)}")),
    )
    v["grp"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice((_d(rng, 6), f"G{_d(rng, 7)}", f"{_d(rng, 5)}-{_a(rng, 3)}")),
    )
    v["ssn"] = (PhiType.SSN, ssn(rng))
    v["ssn2"] = (PhiType.SSN, ssn(rng))
    v["npi"] = (PhiType.LICENSE, npi(rng))
    v["npi2"] = (PhiType.LICENSE, npi(rng))
    v["dea"] = (PhiType.LICENSE, dea(rng, v["md_l"][1]))
    st = rng.choice(STATES)
    v["lic"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"MD{_d(rng, 6)}",
                f"{st}-{_d(rng, 5)}",
                f"A{_d(rng, 5)}",
                f"{_d(rng, 2)}.{_d(rng, 6)}",
                f"C {_d(rng, 5)}",
            )
        ),
    )
    v["rnlic"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"RN{_d(rng, 7)}",
                f"{_d(rng, 6)}RN",
                f"{st}RN-{_d(rng, 6)}",
                f"R{_d(rng, 6)}",
                f"LPN.{_d(rng, 5)}",
            )
        ),
    )
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"{_a(rng, 1)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                _d(rng, 9),
                f"{_a(rng, 1)}{_d(rng, 7)}",
                f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
                f"{_a(rng, 2)}{_d(rng, 6)}",
            )
        ),
    )
    v["plate"] = (
        PhiType.VEHICLE_ID,
        rng.choice(
            (
                f"{_d(rng, 1)}{_a(rng, 3)}{_d(rng, 3)}",
                f"{_a(rng, 3)}-{_d(rng, 4)}",
                f"{_a(rng, 3)} {_d(rng, 3)}",
                f"{_d(rng, 3)} {_a(rng, 3)}",
                f"{_a(rng, 2)}{_d(rng, 1)}-{_a(rng, 1)}{_d(rng, 2)}",
            )
        ),
    )
    v["vin"] = (PhiType.VEHICLE_ID, vin(rng))
    v["dev"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 7)}",
                f"{_a(rng, 1)}{_d(rng, 8)}",
                f"{_a(rng, 3)}{_d(rng, 6)}{_a(rng, 1)}",
                _d(rng, 8),
                f"{_a(rng, 2)}-{_d(rng, 2)}-{_d(rng, 5)}",
            )
        ),
    )
    v["dev2"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"{_a(rng, 1)}{_d(rng, 9)}",
                f"{_d(rng, 4)}-{_d(rng, 4)}-{_a(rng, 2)}",
                f"PJN{_d(rng, 6)}S",
                f"{_a(rng, 2)}{_d(rng, 7)}",
            )
        ),
    )
    v["udi"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"(01)0{_d(rng, 13)}(21){_a(rng, 1)}{_d(rng, 7)}",
                f"(01)0{_d(rng, 13)}(10){_a(rng, 2)}{_d(rng, 4)}(21){_d(rng, 8)}",
                f"=/0{_d(rng, 13)}=,{_d(rng, 9)}",
            )
        ),
    )
    v["bio"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"PV-{_d(rng, 4)}-{_a(rng, 4)}-{_d(rng, 4)}",
                f"FPT-{_d(rng, 8)}",
                f"FP{_d(rng, 6)}{_a(rng, 2)}",
                f"VP-ENR-{_d(rng, 6)}",
                f"IRS{_d(rng, 7)}",
                f"PALM-{_a(rng, 2)}{_d(rng, 6)}",
            )
        ),
    )
    v["bio2"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (f"TMPL{_d(rng, 7)}", f"BIO-{_d(rng, 3)}-{_d(rng, 5)}", f"FPR{_d(rng, 6)}-{rng.randint(1, 9)}")
        ),
    )
    v["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            (
                f"IMG_{_d(rng, 4)}.JPG",
                f"pt_photo_{_d(rng, 8)}.jpg",
                f"face_{_d(rng, 6)}.png",
                f"PHOTO-{_d(rng, 7)}",
                f"badge_{_a(rng, 1)}{_d(rng, 6)}.png",
                f"CAM{_d(rng, 2)}_still_{_d(rng, 5)}.jpg",
                f"DSC{_d(rng, 5)}.jpeg",
                f"IMG_{_d(rng, 4)}.HEIC",
            )
        ),
    )
    v["photo2"] = (
        PhiType.PHOTO,
        rng.choice((f"PH{_d(rng, 8)}", f"idphoto_{_d(rng, 6)}.jpg", f"ptpic-{_d(rng, 5)}.png")),
    )
    # other identifying numbers
    yr = base.year
    v["eid"] = (
        PhiType.OTHER_ID,
        rng.choice((f"E{_d(rng, 6)}", _d(rng, 7), f"EMP-{_d(rng, 5)}", f"{_a(rng, 1)}{_d(rng, 5)}")),
    )
    v["eid2"] = (PhiType.OTHER_ID, rng.choice((f"E{_d(rng, 6)}", _d(rng, 6), f"EMP-{_d(rng, 5)}")))
    for key, role in (("uid1", "u1"), ("uid2", "u2"), ("uid3", "u3")):
        f, la = clean(v[role + "_f"][1]), clean(v[role + "_l"][1])
        v[key] = (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"{la[:5].upper()}{f[0].upper()}{rng.randint(1, 9)}",
                    f"{f[0]}{la[:7]}",
                    f"u{_d(rng, 6)}",
                    f"{la[:4]}{f[:2]}{_d(rng, 2)}",
                )
            ),
        )
    v["ir"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"IR-{yr}-{_d(rng, 5)}",
                f"SE{yr % 100}-{_d(rng, 4)}",
                f"#{_d(rng, 6)}",
                f"EVT{_d(rng, 7)}",
                f"{yr}-{_d(rng, 4)}",
            )
        ),
    )
    v["case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (f"PRIV-{yr}-{_d(rng, 4)}", f"PI{_d(rng, 6)}", f"C-{_d(rng, 5)}", f"P{yr % 100}-{_d(rng, 3)}")
        ),
    )
    v["court"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"{rng.randint(1, 4)}:{yr % 100}-cv-{_d(rng, 5)}",
                f"CV-{yr}-{_d(rng, 6)}",
                f"{yr % 100}-L-{_d(rng, 4)}",
                f"{_d(rng, 2)}CV{_d(rng, 5)}",
            )
        ),
    )
    v["hl"] = (
        PhiType.OTHER_ID,
        rng.choice((f"HL-{_d(rng, 5)}", f"{_d(rng, 4)}-{_a(rng, 2)}{_d(rng, 3)}", f"EC{_d(rng, 8)}")),
    )
    v["acc"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"M{yr % 100}-{_d(rng, 6)}",
                f"S{yr % 100}-{_d(rng, 5)}",
                f"BC{_d(rng, 8)}",
                f"{_d(rng, 2)}-{_a(rng, 2)}-{_d(rng, 6)}",
            )
        ),
    )
    v["acc2"] = (PhiType.OTHER_ID, rng.choice((f"M{yr % 100}-{_d(rng, 6)}", f"SP{_d(rng, 7)}")))
    v["rx"] = (
        PhiType.OTHER_ID,
        rng.choice((f"RX{_d(rng, 7)}", f"{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 5)}")),
    )
    v["study"] = (
        PhiType.OTHER_ID,
        rng.choice((f"SUBJ-{_d(rng, 4)}", f"{_a(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}")),
    )
    v["inmate"] = (PhiType.OTHER_ID, rng.choice((f"A{_d(rng, 6)}", f"{_d(rng, 8)}")))
    return v


UNITS = (
    "4 West",
    "5 North Med-Surg",
    "MICU",
    "SICU",
    "CVICU",
    "NICU",
    "L&D",
    "ED Pod B",
    "PACU",
    "6 East Ortho",
    "Oncology 7A",
    "Telemetry 3C",
    "Behavioral Health 2",
    "Rehab 1",
    "Cath Lab",
    "OR 14",
    "Endo Suite",
    "Step-Down 8B",
    "Peds 5",
    "Mother-Baby 3S",
)
EVENT_TYPES = (
    "Falls",
    "Medication or Other Substance",
    "Pressure Injury",
    "Device or Medical/Surgical Supply",
    "Healthcare-associated Infection",
    "Surgery or Anesthesia",
    "Blood or Blood Product",
    "Perinatal",
    "Venous Thromboembolism",
    "Patient Identification",
    "Privacy/Confidentiality",
    "Behavioral/Security",
    "Diagnostic Delay",
)
HARM = (
    "AHRQ Harm Scale v1.2: No harm",
    "AHRQ Harm Scale: Mild harm",
    "AHRQ Harm Scale: Moderate harm",
    "AHRQ Harm Scale: Severe harm",
    "Harm score 3 (temporary harm, intervention required)",
    "NCC MERP Category C",
    "NCC MERP Category D",
    "NCC MERP Category E",
    "NCC MERP Category F",
    "SEC 5 (Safety Event Classification: precursor)",
    "HPI SEC: Serious Safety Event 3",
    "SAC 2",
)
ICD = (
    "W19.XXXA",
    "W06.XXXA",
    "L89.153",
    "L89.314",
    "T81.4XXA",
    "T80.211A",
    "A04.72",
    "J18.9",
    "U07.1",
    "T45.515A",
    "Y92.230",
    "S72.001A",
    "N39.0",
    "I26.99",
    "Z16.11",
    "T84.84XA",
    "R65.21",
    "Y63.8",
    "W01.0XXA",
    "T81.530A",
    "Z04.71",
    "A41.9",
    "B96.20",
    "Y84.1",
)
CPT = ("CPT 99223", "CPT 27236", "CPT 36556", "CPT 97161", "CPT 15271", "CPT 43239", "CPT 87640", "CPT 99291")
HCPCS = ("HCPCS A6212", "HCPCS E0277", "HCPCS J1100", "HCPCS G0008", "HCPCS A4223", "HCPCS J0696")
NDC = (
    "NDC 0409-4888-02",
    "NDC 63323-262-01",
    "NDC 0338-0049-04",
    "NDC 25021-115-10",
    "NDC 0641-6078-25",
    "NDC 60505-0749-0",
)
LOINC = ("LOINC 600-7", "LOINC 34468-9", "LOINC 94500-6", "LOINC 2160-0", "LOINC 6690-2", "LOINC 13317-3")
SNOMED = ("SNOMED 217082002", "SNOMED 420226006", "SNOMED 399912005", "SNOMED 706988007")
REV = ("rev code 0450", "rev code 0360", "rev code 0250", "rev code 0278", "rev code 0120")
DRG = ("MS-DRG 871", "MS-DRG 481", "MS-DRG 177", "MS-DRG 853", "MS-DRG 064", "APR-DRG 720")
NHSN = (
    "LCBI 1",
    "LCBI 2",
    "MBI-LCBI 1",
    "SSI-SIP (superficial incisional)",
    "SSI-OS",
    "SUTI 1a",
    "CAUTI (SUTI 1a)",
    "PNEU/VAE: IVAC",
    "LabID CDI (HO)",
    "LabID MRSA bacteremia (HO)",
    "NHSN HAI, RIT day 3",
    "POA (not HAI)",
    "SSI-DIP",
)
POLICIES = (
    "Policy PS-101",
    "Policy HIM-204",
    "P&P QPS-017.3",
    "Policy IC-0031 rev. 6",
    "Policy PRV-12",
    "Policy RM-220",
    "Administrative Policy ADM-4.07",
    "Policy NUR-118",
    "Policy COMP-009",
    "Procedure EH-302",
    "Policy IT-SEC-41",
    "Policy MS-15 (Peer Review)",
)
FORMS = (
    "Form QPS-17 v3.1",
    "Form RM-2 (rev. 9)",
    "Form HIM-AUTH-01 v7",
    "Form IC-LL-4",
    "Form EH-11 v2",
    "Form PRV-INV-3.2",
    "Form CMS-2567",
    "Form FDA 3500A",
    "Form MS-PR-06",
    "Form HR-ATT-2024",
)
AUDIT = (
    "AUD-103 Chart Open",
    "AUD-117 Print",
    "AUD-210 Break-the-Glass",
    "AUD-055 Demographics View",
    "AUD-301 Result Viewed",
    "AUD-402 Export CSV",
    "AUD-009 Login Failed",
    "AUD-118 Note Viewed",
    "AUD-220 Med List View",
    "AUD-501 Record Restricted",
)
BTG = (
    "Emergency care",
    "Patient consented verbally",
    "Covering provider",
    "Consult request pending",
    "Other (free text required)",
    "Direct care - transfer",
)
TAGS = (
    "Tag A-0144",
    "Tag A-0395",
    "Tag F689",
    "Tag F686",
    "Tag A-0749",
    "Tag K-0345",
    "Tag A-0405",
    "Standard PC.01.02.01 EP 4",
    "Standard NPSG.15.01.01",
    "Standard IC.02.01.01",
)
ROLES = (
    "the attending",
    "the charge nurse",
    "the hospitalist",
    "the house supervisor",
    "pharmacy",
    "the unit manager",
    "the resident",
    "the rapid response RN",
    "security",
    "the CNO",
    "the patient safety officer",
    "the wound care nurse",
    "Risk Management",
    "the privacy analyst",
)
ORGS = (
    "Northgate Health",
    "Mercy Health System",
    "Cardinal Regional Health Partners",
    "the Privacy Office",
    "the Quality & Patient Safety Department",
    "ECRI",
    "The Joint Commission",
    "CMS",
    "the PSO",
    "Summit Care Alliance",
    "Employee Health Services",
    "Infection Prevention",
    "OCR",
)
BRANDS = (
    "Alaris",
    "Sapphire",
    "Pyxis MedStation",
    "Omnicell",
    "Hill-Rom Centrella",
    "Stryker ProCuity",
    "BD Eclipse",
    "Mepilex Border",
    "Foley",
    "Heparin",
    "Dilaudid",
    "Zosyn",
    "Vancomycin",
    "Lovenox",
    "Epic",
    "Haiku",
    "Vocera",
    "BioPatch",
    "PureWick",
    "Posey",
)
EPONYMS = (
    "Graves' disease",
    "Parkinson's disease",
    "Alzheimer's dementia",
    "Cushing syndrome",
    "Hashimoto thyroiditis",
    "Crohn's disease",
    "Foley catheter",
    "Braden Scale",
    "Morse Fall Scale",
    "Glasgow Coma Scale",
    "Whipple",
    "Swan-Ganz catheter",
    "Bell's palsy",
)
DRUGS = (
    "hydromorphone 0.5 mg IV",
    "heparin 5,000 units SC q8h",
    "insulin glargine 22 units",
    "oxycodone 5 mg PO",
    "zolpidem 5 mg",
    "vancomycin 1.25 g IV q12h",
    "enoxaparin 40 mg SC daily",
    "lorazepam 1 mg IV",
    "fentanyl 25 mcg/h patch",
    "potassium chloride 20 mEq",
    "morphine 2 mg IV q2h PRN",
    "haloperidol 2 mg IM",
    "cefazolin 2 g IV",
)
LABS = (
    "WBC 14.2 (4.0-11.0 x10^3/uL)",
    "Hgb 7.8 g/dL (ref 12.0-15.5)",
    "lactate 3.1 mmol/L",
    "INR 3.8",
    "K 5.9 mmol/L",
    "glucose 42 mg/dL",
    "Cr 2.4 mg/dL (baseline 1.1)",
    "procalcitonin 2.7 ng/mL",
    "albumin 2.6 g/dL",
    "PTT 112 s",
    "troponin 0.08 ng/mL",
    "Na 128 mmol/L",
)
VITALS = (
    "BP 88/52",
    "HR 122",
    "SpO2 86% RA",
    "T 38.9 C",
    "RR 28",
    "BP 164/92, HR 104",
    "MAP 58",
    "SpO2 93% on 2 L NC",
    "T 101.8 F",
)
LOTS = (
    "chlorhexidine 2% lot 22C104 (floor stock)",
    "Tdap stock lot U7349AA",
    "PPD lot C5412AA",
    "hep B vaccine stock lot 9J47K",
    "povidone lot 3B0917 (central supply)",
    "N95 model 1870+ lot 4021988",
    "glove lot K2210-44 (recalled batch, house-wide)",
)
MONEY = (
    "$48,250.00",
    "$1,250",
    "$375,000",
    "$12,400.50",
    "$2.3 million",
    "$250,000 reserve",
    "$9,800",
    "$62,000 indemnity",
    "$18,750.00",
)
CFR = (
    "45 CFR 164.528",
    "45 CFR 164.526",
    "45 CFR 164.508",
    "45 CFR 164.404",
    "45 CFR 164.410",
    "45 CFR 164.308(a)(1)(ii)(D)",
    "42 CFR 482.13",
    "42 CFR 482.42",
    "42 CFR Part 2",
    "45 CFR 164.312(b)",
)
WORKSTATIONS = (
    "WS-4W-0231",
    "MICU-COW-07",
    "ED-TRK-12",
    "HIM-PC-088",
    "RX-VERIFY-3",
    "VDI-POOL-B",
    "CLINIC-KIOSK-02",
    "OR14-ANES",
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative text that is NOT PHI."""
    c = rng.choice
    v: dict[str, Value] = {}
    u = rng.sample(UNITS, 3)
    v["unit"], v["unit2"], v["unit3"] = (None, u[0]), (None, u[1]), (None, u[2])
    v["room"] = (
        None,
        c(
            (
                f"Rm {rng.randint(200, 899)}",
                f"room {rng.randint(200, 899)}{c('AB')}",
                f"Room {rng.randint(1, 40)}",
                f"rm. {rng.randint(300, 999)}-{c('12')}",
            )
        ),
    )
    v["room2"] = (None, f"{rng.randint(200, 899)}{c(('', 'A', 'B'))}")
    v["bed"] = (None, f"Bed {rng.randint(1, 4)}")
    for i in range(1, 4):
        v[f"time{i}"] = (
            None,
            c(
                (
                    f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
                    f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
                    f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {c(('AM', 'PM', 'a.m.', 'p.m.'))}",
                )
            ),
        )
    v["year"] = (None, str(rng.randint(2016, 2026)))
    v["year2"] = (None, str(rng.randint(2008, 2026)))
    v["qtr"] = (None, f"Q{rng.randint(1, 4)} {rng.randint(2019, 2026)}")
    v["fy"] = (None, f"FY{rng.randint(2019, 2026)}")
    v["age"] = (None, str(rng.randint(19, 89)))
    v["age2"] = (None, str(rng.randint(1, 89)))
    v["evtype"] = (None, c(EVENT_TYPES))
    v["harm"] = (None, c(HARM))
    v["icd1"], v["icd2"], v["icd3"] = ((None, x) for x in rng.sample(ICD, 3))
    v["cpt"], v["hcpcs"], v["ndc"] = (None, c(CPT)), (None, c(HCPCS)), (None, c(NDC))
    v["loinc"], v["snomed"], v["rev"], v["drg"] = (
        (None, c(LOINC)),
        (None, c(SNOMED)),
        (None, c(REV)),
        (None, c(DRG)),
    )
    v["nhsn"], v["nhsn2"] = ((None, x) for x in rng.sample(NHSN, 2))
    p = rng.sample(POLICIES, 2)
    v["policy"], v["policy2"] = (None, p[0]), (None, p[1])
    f = rng.sample(FORMS, 2)
    v["form"], v["form2"] = (None, f[0]), (None, f[1])
    v["formv"] = (None, c(("v3.1", "rev. 9", "version 2024.2", "v12", "Rev C", "ed. 2023")))
    a = rng.sample(AUDIT, 4)
    for i, x in enumerate(a, 1):
        v[f"aud{i}"] = (None, x)
    v["btg"] = (None, c(BTG))
    v["tag"], v["tag2"] = ((None, x) for x in rng.sample(TAGS, 2))
    r = rng.sample(ROLES, 3)
    v["role"], v["role2"], v["role3"] = (None, r[0]), (None, r[1]), (None, r[2])
    v["org"], v["org2"] = ((None, x) for x in rng.sample(ORGS, 2))
    b = rng.sample(BRANDS, 3)
    v["brand"], v["brand2"], v["brand3"] = (None, b[0]), (None, b[1]), (None, b[2])
    v["eponym"] = (None, c(EPONYMS))
    dr = rng.sample(DRUGS, 2)
    v["drug"], v["drug2"] = (None, dr[0]), (None, dr[1])
    la = rng.sample(LABS, 2)
    v["lab"], v["lab2"] = (None, la[0]), (None, la[1])
    vi = rng.sample(VITALS, 2)
    v["vit"], v["vit2"] = (None, vi[0]), (None, vi[1])
    v["lot"] = (None, c(LOTS))
    mo = rng.sample(MONEY, 2)
    v["money"], v["money2"] = (None, mo[0]), (None, mo[1])
    v["cfr"], v["cfr2"] = ((None, x) for x in rng.sample(CFR, 2))
    v["ws"], v["ws2"] = ((None, x) for x in rng.sample(WORKSTATIONS, 2))
    v["state"] = (None, c(STATES))
    v["morse"] = (None, str(c((25, 35, 45, 55, 65, 75, 85, 95, 105, 125))))
    v["braden"] = (None, str(rng.randint(8, 18)))
    v["stage"] = (
        None,
        c(("Stage 2", "Stage 3", "Stage 4", "Unstageable", "DTPI", "Stage 1", "MDRPI stage 2")),
    )
    v["rate"] = (None, f"{rng.uniform(0.4, 4.9):.2f} per 1,000 patient-days")
    v["rate2"] = (None, f"{rng.uniform(0.1, 2.5):.1f} per 1,000 device-days")
    v["sir"] = (
        None,
        f"SIR {rng.uniform(0.3, 1.9):.2f} (95% CI {rng.uniform(0.1, 0.5):.2f}-{rng.uniform(1.1, 2.8):.2f})",
    )
    v["bench"] = (
        None,
        c(
            (
                "NHSN 2015 baseline",
                "NDNQI 50th percentile",
                "Vizient top-decile",
                "Leapfrog grade B",
                "CMS HAC-RP threshold",
                "state average 2.6",
            )
        ),
    )
    v["pct"] = (None, f"{rng.uniform(55, 99.9):.1f}%")
    v["pct2"] = (None, f"{rng.randint(40, 100)}%")
    v["n"] = (None, str(rng.randint(2, 48)))
    v["n2"] = (None, str(rng.randint(110, 4800)))
    v["days"] = (None, str(rng.randint(2, 60)))
    v["dd"] = (None, str(rng.randint(300, 9000)))
    v["gauge"] = (
        None,
        c(
            (
                '25G 5/8"',
                "18G IV catheter",
                "22G hollow-bore",
                "suture needle 3-0",
                "21G butterfly",
                "lancet 28G",
            )
        ),
    )
    v["ccn"] = (None, f"CCN {rng.randint(10, 52):02d}-{rng.randint(1, 3999):04d}")
    v["clia"] = (None, f"CLIA {rng.randint(10, 52):02d}D{rng.randint(0, 9999999):07d}")
    v["fnpi"] = (None, f"facility NPI {npi(rng)}")
    v["tin"] = (None, f"TIN {rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}")
    v["nhsnorg"] = (None, f"NHSN OrgID {rng.randint(10000, 79999)}")
    v["ncpdp"] = (None, f"NCPDP {rng.randint(1000000, 5999999)}")
    v["fdea"] = (None, f"hospital DEA registration {dea(rng, 'H')}")
    v["hl7"] = (None, c(("ADT^A08", "ORU^R01", "MDM^T02", "SIU^S12")))
    v["ver"] = (None, c(("Epic 2024", "build 11.4.2", "release 2025.1", "v8.3.0")))
    v["score"] = (
        None,
        c(
            (
                "GCS 14",
                "CAM-ICU positive",
                "RASS -2",
                "qSOFA 2",
                "NEWS2 7",
                "PHQ-9 of 14",
                "CIWA 12",
                "APACHE II 23",
                "Charlson 6",
            )
        ),
    )
    v["ncc"] = (
        None,
        c(
            (
                "NCC MERP Category B",
                "NCC MERP Category C",
                "NCC MERP Category D",
                "NCC MERP Category E",
                "NCC MERP Category F",
                "NCC MERP Cat. A (circumstances)",
            )
        ),
    )
    v["car"] = (
        None,
        c(
            (
                "Toyota Corolla",
                "Honda Civic",
                "Ford Fusion",
                "Nissan Altima",
                "Hyundai Elantra",
                "Chevy Malibu",
                "Subaru Outback",
                "Kia Optima",
            )
        ),
    )
    v["pump"] = (
        None,
        c(("Alaris 8100", "Sapphire", "Plum 360", "Spectrum IQ", "CADD-Solis", "Medfusion 4000")),
    )
    v["cab"] = (None, c(("Pyxis MedStation ES", "Omnicell XT", "Pyxis", "Omnicell")))
    v["sharps"] = (
        None,
        c(("BD Eclipse", "Jelco", "SafetyGlide", "BD Vacutainer Push Button", "Introcan Safety")),
    )
    v["bedbrand"] = (None, c(("Hill-Rom Centrella", "Stryker ProCuity", "Hill-Rom Envision", "Stryker S3")))
    v["surface"] = (None, c(("Hill-Rom Envella", "Arjo Atmosair 9000", "Dolphin FIS", "Stryker IsoAir")))
    v["icdbrand"] = (
        None,
        c(("Medtronic Evera", "Abbott Gallant", "Boston Scientific Resonate", "Biotronik Acticor")),
    )
    v["ratio"] = (None, f"{rng.randint(1, 9)}:{rng.randint(1, 9)}")
    return v
