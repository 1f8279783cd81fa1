"""Values for set K (scanned, faxed and OCR'd paper): one invented identity per note, and look-alike filler.

Everything comes from the ``rng`` handed in (never the module ``random``), so a seed gives the same notes.
Phone numbers are 555-01xx, domains example.com / example.org / .test, IP addresses from the documentation
ranges, IDs random digits and letters in realistic shapes. A minority of values carry OCR damage
(0/O, 1/l/I, 5/S, rn/m, a stray space); the damaged text is what the gold span holds.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata

from mediflow.quality.phi_types import PhiType

N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
PH, FX, EM, SSN = PhiType.PHONE, PhiType.FAX, PhiType.EMAIL, PhiType.SSN
MRN, HP, ACCT, LIC = PhiType.MRN, PhiType.HEALTH_PLAN_ID, PhiType.ACCOUNT, PhiType.LICENSE
VEH, DEV, URL, IP = PhiType.VEHICLE_ID, PhiType.DEVICE_ID, PhiType.URL, PhiType.IP_ADDRESS
BIO, PHO, OID = PhiType.BIOMETRIC, PhiType.PHOTO, PhiType.OTHER_ID

FIRST_F = (
    "Ana",
    "Margaret",
    "Oluwaseun",
    "Thi Hoa",
    "Mei-Ling",
    "Siobhan",
    "Priya",
    "Fatima",
    "Zoë",
    "Rose",
    "Summer",
    "Georgia",
    "Faith",
    "Ngozi",
    "Ingrid",
    "Lucía",
    "Aaliyah",
    "Dorothy",
    "Hana",
    "Marisol",
    "Anne-Marie",
    "Kateryna",
    "Yasmin",
    "Bernadette",
    "Paris",
    "Iris",
    "Olga",
    "Leilani",
    "Saoirse",
    "Wren",
    "Hope",
    "Agnieszka",
    "Ximena",
    "Esther",
    "Chloé",
    "Sunita",
    "Aroha",
    "Maëlle",
    "Birgit",
    "June",
)
FIRST_M = (
    "José",
    "Giorgos",
    "Dev",
    "Jamal",
    "Yusuf",
    "Hunter",
    "Chase",
    "Sterling",
    "Rowan",
    "Jordan",
    "Tomasz",
    "Kwame",
    "Liam",
    "Hiroshi",
    "Mateo",
    "Björn",
    "Ravi",
    "Darnell",
    "Eamon",
    "Jean-Luc",
    "Ahmad",
    "Bao",
    "Florin",
    "Cole",
    "Austin",
    "Lincoln",
    "Obinna",
    "Santiago",
    "Pieter",
    "Matthias",
    "Tane",
    "Grant",
    "Wolfgang",
    "Delroy",
    "Raúl",
    "Mustafa",
    "Finn",
    "Hollis",
    "Sami",
    "Bishop",
)
NICK = {
    "Margaret": "Peggy",
    "Dorothy": "Dot",
    "Bernadette": "Bernie",
    "Esther": "Essie",
    "Kateryna": "Katya",
    "Giorgos": "George",
    "Jordan": "Jordy",
    "Tomasz": "Tom",
    "Hiroshi": "Hiro",
    "Matthias": "Matt",
    "Wolfgang": "Wolf",
    "Santiago": "Santi",
    "Ravi": "Rav",
    "Obinna": "Obi",
    "Raúl": "Rulo",
}
LAST = (
    "Ruiz",
    "de la Cruz",
    "van der Berg",
    "O'Neill",
    "D'Souza",
    "Nakamura-Hill",
    "Okafor",
    "Nguyen",
    "Brown",
    "Baker",
    "Wolf",
    "Little",
    "Marsh",
    "London",
    "Holland",
    "Ng",
    "Abu-Bakr",
    "al-Masri",
    "MacLeod",
    "St. Clair",
    "Kowalczyk",
    "Papadopoulos",
    "Bianchi",
    "Haddad",
    "Mwangi",
    "Ferreira",
    "Kim",
    "Singh",
    "Dubois",
    "Hernández-Ortiz",
    "Van Buren",
    "Whitehorse",
    "Oyelaran",
    "Castellanos",
    "Lindqvist",
    "Fairweather",
    "Chandra",
    "Moreau",
    "Tran",
    "Rosenbaum",
    "Bell",
    "Price",
    "Mercer",
    "Lamb",
    "Young",
    "Santos-Reyes",
    "Achterberg",
    "Delacroix",
    "Kaur",
    "Ó Súilleabháin",
    "Fitzgerald-Obi",
    "Da Silva",
    "Le",
    "Popescu",
    "Zielinski",
    "Hollow",
    "Winter",
    "Banks",
    "Castle",
    "Grove",
    "Jackson",
    "Kealoha",
)
STREET = (
    "Larkspur Ln",
    "Orchard Hill Rd",
    "Quarry St",
    "N. Hollis Ave",
    "Wexford Ct",
    "Calle Bonita",
    "Old Mill Road",
    "Tamarack Dr",
    "Sycamore Blvd",
    "E 14th St",
    "Pelham Way",
    "Riverbend Pkwy",
    "Cobblestone Cir",
    "Harrow Terrace",
    "Magnolia Ave",
    "County Rd 12",
    "Juniper Hollow",
    "W Fairmount St",
    "Kestrel Crossing",
    "Bayview Dr",
    "Rue Champlain",
    "Ashgrove Pl",
    "Lantern Hill Dr",
    "Sandpiper Loop",
)
CITY = (
    "Harbor Falls",
    "Millbrook",
    "East Varney",
    "Port Aldine",
    "Cedar Bluff",
    "Wexham",
    "Fort Calder",
    "Lake Oriana",
    "North Tessaly",
    "Bramwell",
    "Saint Orrin",
    "Glen Eddy",
    "Riverton Springs",
    "Ashby",
    "New Kessel",
    "Pinecrest",
    "Marlow Heights",
    "Dunmore Crossing",
    "Las Palomas",
    "Halverson",
    "West Linden",
    "Copper Gap",
    "Avondell",
    "Mount Haskell",
)
COUNTY = (
    "Ostrander",
    "Belmont",
    "Kittredge",
    "San Ysidro",
    "Harlan",
    "Vasco",
    "Merriwether",
    "Talbot",
    "Quincey",
    "Rook",
    "Ellery",
    "Pawnee Fork",
)
STATES = ("OH", "PA", "NY", "CA", "TX", "MI", "WA", "GA", "IL", "AZ", "MN", "NC", "OR", "MA", "NM", "WI")
FAC_KIND = (
    "Community Hospital",
    "General Hospital",
    "Regional Medical Center",
    "Family Health Center",
    "Memorial Hospital",
    "Medical Center",
    "Women's Clinic",
    "Cardiology Associates",
    "Urgent Care",
    "Orthopedic Clinic",
    "Rehabilitation Hospital",
    "Dialysis Center",
)
DOMAINS = ("example.com", "example.org", "mail.example.net", "post.test", "example.co.uk", "inbox.test")
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
NUM_WORDS = {
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
    101: "one hundred one",
    102: "one hundred two",
}

OCR_SUBS = (
    ("0", "O"),
    ("O", "0"),
    ("1", "l"),
    ("l", "1"),
    ("I", "1"),
    ("1", "I"),
    ("5", "S"),
    ("S", "5"),
    ("rn", "m"),
    ("m", "rn"),
    ("8", "B"),
    ("B", "8"),
    ("e", "c"),
    ("6", "b"),
    ("cl", "d"),
    ("2", "Z"),
)


def ocr(rng: random.Random, s: str, p: float = 0.22) -> str:
    """OCR damage in a minority of values: one look-alike substitution or a stray space."""
    if rng.random() >= p or len(s) < 3:
        return s
    cands = [(a, b) for a, b in OCR_SUBS if a in s]
    if cands and rng.random() < 0.8:
        a, b = rng.choice(cands)
        idxs = [i for i in range(len(s)) if s.startswith(a, i)]
        i = rng.choice(idxs)
        return s[:i] + b + s[i + len(a) :]
    i = rng.randrange(1, len(s) - 1)
    if s[i - 1] == " " or s[i] == " ":
        return s
    return s[:i] + " " + s[i:]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def rdate(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    return dt.date.fromordinal(rng.randint(start, dt.date(y1, 12, 31).toordinal()))


def fmt_date(rng: random.Random, d: dt.date, style: str | None = None) -> str:
    styles = (
        "us",
        "us_short",
        "iso",
        "dmy_caps",
        "long",
        "dmy_long",
        "us_dash",
        "eu_dot",
        "compact_caps",
        "us_nopad",
        "abbr",
    )
    style = style or rng.choice(styles)
    mon = MONTHS[d.month - 1]
    if style == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "iso":
        return d.isoformat()
    if style == "dmy_caps":
        return f"{d.day:02d}-{mon[:3].upper()}-{d.year}"
    if style == "long":
        return f"{mon} {d.day}, {d.year}"
    if style == "dmy_long":
        return f"{d.day} {mon} {d.year}"
    if style == "us_dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    if style == "eu_dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "compact_caps":
        return f"{d.day:02d}{mon[:3].upper()}{d.year}"
    if style == "us_nopad":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "ymd8":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    return f"{mon[:3]} {d.day} {d.year}"


def fmt_dt(rng: random.Random, d: dt.date) -> str:
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    mon = MONTHS[d.month - 1][:3]
    h12, ap = (h % 12 or 12), ("AM" if h < 12 else "PM")
    return rng.choice(
        (
            f"{d.month:02d}/{d.day:02d}/{d.year} {h:02d}:{m:02d}",
            f"{mon.upper()}-{d.day:02d}-{d.year} {h12:02d}:{m:02d}{ap}",
            f"{d.isoformat()} {h:02d}:{m:02d}:{s:02d}",
            f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d} {h:02d}:{m:02d}",
            f"{d.strftime('%a')} {mon} {d.day} {d.year} {h12}:{m:02d} {ap}",
            f"{d.month}/{d.day}/{d.year % 100:02d} {h12}:{m:02d}{ap.lower()}",
        )
    )


def phone(rng: random.Random) -> str:
    area = rng.choice(("555", "212", "415", "614", "503", "919", "206", "312", "713", "802"))
    line = f"01{digits(rng, 2)}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"{area}555{line}",
            f"({area})555-{line}",
            f"555-{line}",
            f"{area} 555 {line}",
        )
    )


def _name(rng: random.Random) -> tuple[str, str, str]:
    first = rng.choice(FIRST_F + FIRST_M)
    last = rng.choice(LAST)
    mi = rng.choice(string.ascii_uppercase.replace("X", "").replace("Q", ""))
    return first, last, mi


def _vin(rng: random.Random) -> str:
    alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice("1245JKLSWYZ") + "".join(rng.choice(alphabet) for _ in range(16))


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{letters(rng, 3)}{digits(rng, 3)}",
            f"{letters(rng, 3)}-{digits(rng, 4)}",
            f"{letters(rng, 3)} {digits(rng, 3)}",
            f"{digits(rng, 3)} {letters(rng, 3)}",
            f"{letters(rng, 2)}{digits(rng, 2)} {letters(rng, 3)}",
            f"{digits(rng, 2)}{letters(rng, 1)}-{digits(rng, 3)}",
        )
    )


def _mbi(rng: random.Random) -> str:
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + string.digits
    s = (
        str(rng.randint(1, 9))
        + rng.choice(al)
        + rng.choice(an)
        + digits(rng, 1)
        + rng.choice(al)
        + rng.choice(an)
        + digits(rng, 1)
        + rng.choice(al)
        + rng.choice(al)
        + digits(rng, 2)
    )
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def _ascii(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and (c.isalnum() or c in "._-"))


def identifiers(rng: random.Random) -> dict[str, tuple[PhiType | None, str]]:
    """One invented patient and the people, places, dates and numbers around one paper document."""
    first, last, mi = _name(rng)
    nick = NICK.get(first, first[:3] if len(first) > 4 and " " not in first and "-" not in first else first)
    rfirst, rlast, _ = _name(rng)
    if rng.random() < 0.5:
        rlast = last
    dfirst, dlast, dmi = _name(rng)
    d2first, d2last, _ = _name(rng)
    nfirst, nlast, _ = _name(rng)
    cfirst, clast, _ = _name(rng)
    afirst, alast, ami = _name(rng)
    pfirst, plast, _ = _name(rng)
    wfirst, wlast, _ = _name(rng)

    city, city2, city3 = rng.sample(CITY, 3)
    county = rng.choice(COUNTY)
    street_no = str(rng.choice((rng.randint(2, 99), rng.randint(100, 999), rng.randint(1000, 19999))))
    street = f"{street_no} {rng.choice(STREET)}"
    street2 = f"{rng.randint(10, 9999)} {rng.choice(STREET)}"
    street3 = f"{rng.randint(10, 4999)} {rng.choice(STREET)}"
    unit = rng.choice(
        (
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f"Unit {rng.randint(100, 999)}",
            f"#{rng.randint(2, 30)}",
            f"Suite {rng.randint(100, 650)}",
            f"Lot {rng.randint(1, 80)}",
            f"Apt. {rng.randint(1, 12)}",
        )
    )
    zip5 = f"{rng.randint(1, 99):02d}{digits(rng, 3)}"
    zip2 = f"{rng.randint(1, 99):02d}{digits(rng, 3)}"
    zip_any = rng.choice((zip5, f"{zip5}-{digits(rng, 4)}"))
    fac = f"{city2} {rng.choice(FAC_KIND)}"
    fac3 = f"{rng.choice(('Mercy', 'St. Anne', 'Good Samaritan', 'Providence', 'University'))} {city3}"
    if rng.random() < 0.5:
        fac3 = f"{city3} {rng.choice(FAC_KIND)}"

    # dates: birth, an index admission, the fax and the paperwork around it
    dob_d = rdate(rng, 1936, 2016)
    age_old = rng.randint(90, 102)
    base = rdate(rng, 2017, 2025)
    dob_old_d = dt.date(
        base.year - age_old - (1 if rng.random() < 0.5 else 0), rng.randint(1, 12), rng.randint(1, 28)
    )
    adm_d = base - dt.timedelta(days=rng.randint(20, 400))
    dis_d = adm_d + dt.timedelta(days=rng.randint(1, 14))
    svc_d = base - dt.timedelta(days=rng.randint(1, 60))
    req_d = base - dt.timedelta(days=rng.randint(1, 12))
    fax_d = base
    exp_d = base + dt.timedelta(days=rng.randint(200, 1800))
    iss_d = base - dt.timedelta(days=rng.randint(100, 1500))
    dod_d = base - dt.timedelta(days=rng.randint(1, 9))
    old_d = rdate(rng, 1988, 2004)

    def dfmt(d: dt.date, style: str | None = None) -> str:
        return fmt_date(rng, d, style)

    email_user = rng.choice(
        (
            f"{first[0]}{last}".lower(),
            f"{first}.{last}".lower(),
            f"{nick}{rng.randint(1, 99)}".lower(),
            f"{last}_{first[0]}{dob_d.year % 100:02d}".lower(),
            f"{first}{last[:1]}".lower(),
        )
    )
    email_user = _ascii(email_user)
    rel_email_user = _ascii(f"{rfirst}.{rlast}".lower())
    doc_email_user = _ascii(f"{dfirst[0]}{dlast}".lower()).replace(".", "")
    token = (
        letters(rng, 4, string.ascii_uppercase + string.digits)
        + "-"
        + letters(rng, 4, string.ascii_uppercase + string.digits)
    )
    url = rng.choice(
        (
            f"https://roi.example.org/pickup/{token}",
            f"https://share.example.com/r/{letters(rng, 10, string.ascii_letters + string.digits)}",
            f"https://records.example.org/release?req={digits(rng, 7)}&k={letters(rng, 6, string.ascii_lowercase + string.digits)}",
            f"portal.example.com/docs/{letters(rng, 8, string.ascii_lowercase + string.digits)}",
            f"https://sign.example.net/env/{letters(rng, 12, 'abcdef0123456789')}",
            f"www.example.org/~{email_user[:8]}/records",
        )
    )
    ip = rng.choice(
        (
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"192.0.2.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(1, 9999):x}::{rng.randint(1, 65535):x}",
        )
    )
    ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{digits(rng, 4)}"
    ssn = rng.choice((ssn, ssn.replace("-", " "), ssn.replace("-", "")))
    mrn_core = digits(rng, rng.choice((7, 8, 9)))
    mrn = rng.choice(
        (
            mrn_core,
            f"E{mrn_core[:7]}",
            f"{mrn_core[:2]}-{mrn_core[2:5]}-{mrn_core[5:]}",
            f"MR{mrn_core}",
            f"00{mrn_core[:6]}",
            f"{mrn_core[:3]} {mrn_core[3:6]} {mrn_core[6:]}",
        )
    )
    mrn2 = rng.choice(
        (
            f"{letters(rng, 2)}{digits(rng, 6)}",
            digits(rng, 10),
            f"{digits(rng, 6)}-{digits(rng, 1)}",
            f"H{digits(rng, 8)}",
        )
    )
    member = rng.choice(
        (
            f"{letters(rng, 3)}{digits(rng, 9)}",
            f"W{digits(rng, 9)}",
            f"{digits(rng, 11)}",
            f"{letters(rng, 1)}{digits(rng, 8)}-0{rng.randint(1, 4)}",
            f"ZG{digits(rng, 7)}",
            f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}-{rng.randint(1, 4):02d}",
        )
    )
    group = rng.choice(
        (
            digits(rng, 6),
            f"GRP-{digits(rng, 5)}",
            f"{letters(rng, 2)}{digits(rng, 5)}",
            f"0{digits(rng, 7)}",
            f"{digits(rng, 5)}-{letters(rng, 3)}",
        )
    )
    medicaid = rng.choice(
        (f"{letters(rng, 2)}{digits(rng, 8)}", digits(rng, 12), f"{digits(rng, 9)}{letters(rng, 1)}")
    )
    acct = rng.choice(
        (
            digits(rng, 10),
            f"ACCT-{digits(rng, 8)}",
            f"{digits(rng, 4)}-{digits(rng, 6)}",
            f"V{digits(rng, 11)}",
            f"00{digits(rng, 9)}",
        )
    )
    fin = rng.choice(
        (
            digits(rng, 9),
            f"FIN{digits(rng, 8)}",
            f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}",
            f"E{digits(rng, 10)}",
        )
    )
    claim = rng.choice(
        (
            f"CLM-{base.year}-{digits(rng, 6)}",
            f"{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 9)}",
            f"{digits(rng, 13)}",
            f"PIP-{digits(rng, 3)}-{digits(rng, 5)}-{letters(rng, 1)}",
            f"{letters(rng, 2)}{digits(rng, 4)}{letters(rng, 2)}{digits(rng, 3)}",
        )
    )
    _ = rng.choice(STATES)  # a state drawn and not written: the stream stays as the author wrote it
    dl = rng.choice(
        (
            f"{last[0].upper() if last[0].isalpha() else 'D'}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}",
            f"{letters(rng, 1)}{digits(rng, 7)}",
            digits(rng, 9),
            f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
            f"{letters(rng, 2)}{digits(rng, 6)}",
            f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 4)}",
        )
    )
    npi = rng.choice("12") + digits(rng, 9)
    dea = letters(rng, 1, "ABFGMP") + (dlast[0].upper() if dlast[0].isalpha() else "X") + digits(rng, 7)
    state_lic = rng.choice(
        (
            f"MD{digits(rng, 6)}",
            f"{digits(rng, 2)}-{digits(rng, 5)}",
            f"G{digits(rng, 5)}",
            f"RN{digits(rng, 7)}",
            f"A{digits(rng, 6)}",
            f"DO-{digits(rng, 4)}",
        )
    )
    dev = rng.choice(
        (
            f"{letters(rng, 3)}{digits(rng, 6)}{letters(rng, 1)}",
            f"SN {digits(rng, 9)}",
            f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 6)}",
            f"RNB{digits(rng, 6)}H",
            f"{letters(rng, 1)}{digits(rng, 7)}-{digits(rng, 2)}",
            f"{digits(rng, 4)}-{digits(rng, 4)}-{letters(rng, 2)}",
        )
    )
    udi = (
        f"(01)0{digits(rng, 13)}(17){(exp_d.year % 100):02d}{exp_d.month:02d}{exp_d.day:02d}"
        f"(21){letters(rng, 2)}{digits(rng, 6)}"
    )
    udi = rng.choice(
        (
            udi,
            f"+H{letters(rng, 3)}{digits(rng, 6)}{digits(rng, 1)}/$${digits(rng, 6)}{letters(rng, 2)}",
            udi.replace("(", "").replace(")", ""),
        )
    )
    udi = udi.replace("$$", "$")
    accession = rng.choice(
        (
            f"S{base.year % 100}-{digits(rng, 5)}",
            f"{digits(rng, 2)}-{digits(rng, 3)}-{digits(rng, 4)}",
            f"ACC{digits(rng, 9)}",
            f"H{digits(rng, 7)}",
            f"{letters(rng, 2)}{base.year % 100}-{digits(rng, 6)}",
        )
    )
    rx_no = rng.choice(
        (
            digits(rng, 7),
            digits(rng, 7),
            f"{digits(rng, 1)}-{digits(rng, 6)}",
            f"{digits(rng, 8)}-{rng.randint(0, 9)}",
        )
    )
    rx_no = rx_no.replace("Rx ", "")
    pa_ref = rng.choice(
        (
            f"PA{digits(rng, 9)}",
            f"{base.year}-{digits(rng, 7)}",
            f"AUTH-{letters(rng, 2)}{digits(rng, 6)}",
            f"{letters(rng, 3)}{digits(rng, 3)}-{digits(rng, 4)}",
            f"UM{digits(rng, 8)}",
        )
    )
    case_no = rng.choice(
        (
            f"ME-{base.year % 100}-{digits(rng, 4)}",
            f"{base.year}-{digits(rng, 5)}",
            f"CV-{base.year}-{digits(rng, 6)}",
            f"{letters(rng, 1)}{digits(rng, 2)}-{digits(rng, 5)}",
        )
    )
    roi_no = rng.choice(
        (
            f"ROI-{base.year}-{digits(rng, 5)}",
            f"R{digits(rng, 8)}",
            f"{digits(rng, 6)}-ROI",
            f"HIM{digits(rng, 7)}",
        )
    )
    emp_id = rng.choice((f"E{digits(rng, 6)}", digits(rng, 7), f"{letters(rng, 2)}-{digits(rng, 5)}"))
    bio = rng.choice(
        (
            ("fingerprint", f"FP-{digits(rng, 4)}-{digits(rng, 5)}"),
            ("fingerprint", f"LTI{digits(rng, 8)}"),
            ("palm-vein", f"PV{digits(rng, 10)}"),
            ("palm vein", f"PALM-{letters(rng, 2)}{digits(rng, 6)}"),
            ("voiceprint", f"VP-{digits(rng, 8)}"),
            ("iris", f"IRS{digits(rng, 3)}-{digits(rng, 4)}"),
            ("thumbprint", f"TP{digits(rng, 7)}"),
        )
    )
    photo = rng.choice(
        (
            f"IMG_{digits(rng, 4)}.JPG",
            f"pt_photo_{digits(rng, 8)}.jpg",
            f"PHOTO-{digits(rng, 2)}-{digits(rng, 5)}",
            f"FACE_{base.year}{base.month:02d}{base.day:02d}_{digits(rng, 4)}.png",
            f"DLFRONT_{digits(rng, 6)}.tif",
            f"portrait-{letters(rng, 6, 'abcdef0123456789')}.jpeg",
        )
    )
    vin = _vin(rng)
    plate = _plate(rng)

    pt_name = f"{first} {last}"
    pt_lfm = rng.choice(
        (
            f"{last}, {first} {mi}.",
            f"{last.upper()}, {first.upper()} {mi}",
            f"{last}, {first}",
            f"{last.upper()},{first.upper()}",
        )
    )
    doc_name = rng.choice((f"{dfirst} {dlast}", f"{dfirst} {dmi}. {dlast}", f"{dfirst[0]}. {dlast}"))
    doc_lfm = rng.choice(
        (f"{dlast.upper()}, {dfirst.upper()}", f"{dlast}, {dfirst} {dmi}.", f"{dlast}, {dfirst}")
    )

    v: dict[str, tuple[PhiType | None, str]] = {
        "bio_kind": (None, bio[0]),
        # names
        "pt_first": (N, first),
        "pt_last": (N, last),
        "pt_name": (N, pt_name),
        "pt_lfm": (N, pt_lfm),
        "pt_caps": (N, f"{last.upper()}, {first.upper()}"),
        "pt_caps_fl": (N, f"{first.upper()} {last.upper()}"),
        "pt_last_caps": (N, last.upper()),
        "pt_first_caps": (N, first.upper()),
        "pt_nick": (N, nick),
        "pt_name_ocr": (N, ocr(rng, pt_name, 0.35)),
        "pt_lfm_ocr": (N, ocr(rng, pt_lfm, 0.35)),
        "pt_mi_name": (N, f"{first} {mi}. {last}"),
        "pt_last_hyph": (
            N,
            (last[: len(last) // 2] + "-\n" + last[len(last) // 2 :])
            if len(last) >= 6 and " " not in last
            else last,
        ),
        "rel_name": (N, f"{rfirst} {rlast}"),
        "rel_first": (N, rfirst),
        "rel_caps": (N, f"{rfirst.upper()} {rlast.upper()}"),
        "doc_name": (N, doc_name),
        "doc_last": (N, dlast),
        "doc_lfm": (N, doc_lfm),
        "doc_caps": (N, f"{dlast.upper()}, {dfirst.upper()}"),
        "doc2_name": (N, f"{d2first} {d2last}"),
        "doc2_last": (N, d2last),
        "rn_name": (
            N,
            rng.choice((f"{nfirst} {nlast}", f"{nfirst[0]}. {nlast}", f"{nlast.upper()}, {nfirst.upper()}")),
        ),
        "clerk_name": (N, rng.choice((f"{cfirst} {clast}", f"{cfirst[0]}. {clast}", f"{cfirst}"))),
        "clerk_caps": (N, f"{cfirst[0]}{clast.upper()}".replace(" ", "")),
        "atty_name": (N, rng.choice((f"{afirst} {ami}. {alast}", f"{afirst} {alast}"))),
        "atty_last": (N, alast),
        "pharm_name": (N, rng.choice((f"{pfirst} {plast}", f"{pfirst[0]}. {plast}"))),
        "wit_name": (N, f"{wfirst} {wlast}"),
        # places
        "street": (L, street),
        "street_caps": (L, street.upper()),
        "unit": (L, unit),
        "city": (L, city),
        "city_caps": (L, city.upper()),
        "county": (L, county),
        "county_full": (L, f"{county} County"),
        "zip": (L, zip_any),
        "zip5": (L, zip5),
        "street2": (L, street2),
        "city2": (L, city2),
        "zip2": (L, zip2),
        "street3": (L, street3),
        "city3": (L, city3),
        "fac": (L, fac),
        "fac_caps": (L, fac.upper()),
        "fac3": (L, fac3),
        "street_ocr": (L, ocr(rng, street, 0.3)),
        # dates
        "dob": (D, dfmt(dob_d)),
        "dob_us": (D, dfmt(dob_d, "us")),
        "dob_caps": (D, dfmt(dob_d, rng.choice(("dmy_caps", "compact_caps", "us")))),
        "dob_iso": (D, dfmt(dob_d, "iso")),
        "dob_long": (D, dfmt(dob_d, "long")),
        "dob_ocr": (D, ocr(rng, dfmt(dob_d, "us"), 0.3)),
        "dob_ymd8": (D, dfmt(dob_d, "ymd8")),
        "dob_old": (D, dfmt(dob_old_d)),
        "dob_old_caps": (D, dfmt(dob_old_d, rng.choice(("dmy_caps", "us", "compact_caps")))),
        "adm_date": (D, dfmt(adm_d)),
        "dis_date": (D, dfmt(dis_d)),
        "adm_caps": (D, dfmt(adm_d, rng.choice(("dmy_caps", "us", "compact_caps")))),
        "dis_caps": (D, dfmt(dis_d, rng.choice(("dmy_caps", "us", "compact_caps")))),
        "svc_date": (D, dfmt(svc_d)),
        "svc_date2": (D, dfmt(svc_d + dt.timedelta(days=rng.randint(3, 90)))),
        "req_date": (D, dfmt(req_d)),
        "fax_date": (D, dfmt(fax_d)),
        "fax_dt": (D, fmt_dt(rng, fax_d)),
        "fax_dt2": (D, fmt_dt(rng, fax_d)),
        "exp_date": (D, dfmt(exp_d, rng.choice(("us", "us_dash", "iso")))),
        "iss_date": (D, dfmt(iss_d, rng.choice(("us", "us_dash", "iso")))),
        "dod": (D, dfmt(dod_d)),
        "dod_long": (D, dfmt(dod_d, "long")),
        "sig_date": (D, dfmt(req_d, rng.choice(("us", "us_short", "us_nopad")))),
        "old_date": (D, dfmt(old_d, rng.choice(("us", "dmy_caps", "compact_caps", "us_short")))),
        "old_date2": (
            D,
            dfmt(old_d + dt.timedelta(days=rng.randint(2, 10)), rng.choice(("us", "dmy_caps", "us_short"))),
        ),
        "short_date": (D, f"{svc_d.month}/{svc_d.day}"),
        "mon_day": (D, f"{MONTHS[svc_d.month - 1][:3]} {svc_d.day}"),
        # ages over 89
        "age_old": (A, str(age_old)),
        "age_old_words": (A, NUM_WORDS.get(age_old, str(age_old))),
        # phones, faxes, e-mail, web
        "pt_phone": (PH, phone(rng)),
        "pt_cell": (PH, phone(rng)),
        "rel_phone": (PH, phone(rng)),
        "doc_cell": (PH, phone(rng)),
        "pt_phone_ocr": (PH, ocr(rng, phone(rng), 0.3)),
        "pt_fax": (FX, phone(rng)),
        "doc_fax": (FX, phone(rng)),
        "rel_fax": (FX, phone(rng)),
        "pt_email": (EM, f"{email_user}@{rng.choice(DOMAINS)}"),
        "rel_email": (EM, f"{rel_email_user}@{rng.choice(DOMAINS)}"),
        "doc_email": (EM, f"{doc_email_user}@{rng.choice(DOMAINS)}"),
        "url": (URL, url),
        "ip": (IP, ip),
        # numbers
        "ssn": (SSN, ssn),
        "ssn4": (SSN, digits(rng, 4)),
        "ssn_ocr": (SSN, ocr(rng, ssn, 0.3)),
        "mrn": (MRN, mrn),
        "mrn_ocr": (MRN, ocr(rng, mrn, 0.3)),
        "mrn2": (MRN, mrn2),
        "member": (HP, member),
        "member_ocr": (HP, ocr(rng, member, 0.3)),
        "group": (HP, group),
        "mbi": (HP, _mbi(rng)),
        "medicaid": (HP, medicaid),
        "rx_group": (
            HP,
            rng.choice((f"RX{digits(rng, 4)}", f"{letters(rng, 4)}{digits(rng, 2)}", digits(rng, 5))),
        ),
        "acct": (ACCT, acct),
        "fin": (ACCT, fin),
        "claim": (ACCT, claim),
        "dl": (LIC, dl),
        "dl_ocr": (LIC, ocr(rng, dl, 0.3)),
        "npi": (LIC, npi),
        "dea": (LIC, dea),
        "state_lic": (LIC, state_lic),
        "vin": (VEH, vin),
        "vin_ocr": (VEH, ocr(rng, vin, 0.3)),
        "plate": (VEH, plate),
        "dev_serial": (DEV, dev),
        "udi": (DEV, udi),
        "accession": (OID, accession),
        "rx_no": (OID, rx_no),
        "pa_ref": (OID, pa_ref),
        "case_no": (OID, case_no),
        "roi_no": (OID, roi_no),
        "emp_id": (OID, emp_id),
        "bio_id": (BIO, bio[1]),
        "fp_id": (
            BIO,
            rng.choice(
                (
                    f"FP-{digits(rng, 4)}-{digits(rng, 5)}",
                    f"LTI{digits(rng, 8)}",
                    f"AFIS {letters(rng, 2)}{digits(rng, 7)}",
                    f"TCN {digits(rng, 2)}{letters(rng, 1)}{digits(rng, 9)}",
                )
            ),
        ),
        "photo": (PHO, photo),
    }
    return v


# --- look-alikes -----------------------------------------------------------------------------------

ORG_CLINIC = (
    "St. Brigid Medical Group",
    "Summit Orthopaedic Associates",
    "Northgate Family Practice",
    "Beacon Internal Medicine",
    "Keystone Cardiology PC",
    "Evergreen Pediatrics",
    "Tri-County Oncology",
    "Meridian Women's Health",
    "Crescent Behavioral Health",
    "Pioneer Pulmonary & Sleep",
)
ORG_LAB = ("Apex Reference Laboratory", "NorthStar Diagnostics", "ClearPath Pathology", "Unity Lab Services")
ORG_PAYER = (
    "Bluebonnet Health Plan",
    "Cardinal Care Medicaid",
    "Granite Mutual",
    "Horizon-Vale Health",
    "UnityFirst Medicare Advantage",
    "Allied Benefit Administrators",
)
ORG_PHARM = (
    "CareWay Pharmacy #4412",
    "Maple Leaf Drug",
    "RxExpress Mail Order",
    "Cornerstone Specialty Pharmacy",
    "HealthMart-style Pharmacy 0921",
)
ORG_LAW = ("Meridian Legal Group LLP", "Keystone Injury Law", "Atlas Claims Counsel PC", "Ironbridge Legal")
ORG_IMAGING = ("ScanRite Document Services", "DocuCore Imaging", "HIM Imaging Center")
DRUGS = (
    ("metformin", "500 mg", "PO BID"),
    ("lisinopril", "10 mg", "PO daily"),
    ("atorvastatin", "40 mg", "PO qHS"),
    ("apixaban", "5 mg", "PO BID"),
    ("levothyroxine", "75 mcg", "PO qAM"),
    ("furosemide", "40 mg", "PO daily"),
    ("insulin glargine", "22 units", "SC qHS"),
    ("sertraline", "50 mg", "PO daily"),
    ("amlodipine", "5 mg", "PO daily"),
    ("tamsulosin", "0.4 mg", "PO qHS"),
    ("gabapentin", "300 mg", "PO TID"),
    ("warfarin", "5 mg", "PO as directed"),
    ("carvedilol", "6.25 mg", "PO BID"),
    ("omeprazole", "20 mg", "PO daily"),
    ("prednisone", "10 mg", "PO daily x5d"),
    ("albuterol HFA", "90 mcg", "2 puffs q4-6h PRN"),
    ("hydrocodone-APAP", "5-325 mg", "1 tab q6h PRN"),
    ("donepezil", "10 mg", "PO qHS"),
    ("semaglutide", "0.5 mg", "SC weekly"),
    ("methotrexate", "15 mg", "PO weekly"),
)
BRANDS = (
    "Eliquis",
    "Januvia",
    "Lantus SoloStar",
    "Ozempic",
    "Humira Pen",
    "Xarelto",
    "Entresto",
    "Synthroid",
    "Dexcom G7",
    "ResMed AirSense 11",
    "Medtronic Azure",
    "Jardiance",
    "Trelegy Ellipta",
    "FreeStyle Libre 3",
)
ICD = (
    ("I10", "essential hypertension"),
    ("E11.9", "type 2 DM w/o complications"),
    ("N18.4", "CKD stage 4"),
    ("J44.1", "COPD with exacerbation"),
    ("I48.91", "atrial fibrillation, unsp."),
    ("G30.9", "Alzheimer's disease, unsp."),
    ("M17.11", "primary OA, right knee"),
    ("G47.33", "obstructive sleep apnea"),
    ("I50.22", "chronic systolic HF"),
    ("E05.00", "Graves' disease w/o crisis"),
    ("G20", "Parkinson's disease"),
    ("C50.911", "malignant neoplasm, R breast"),
    ("S72.001A", "fx of R femoral neck, init"),
    ("F03.90", "dementia, unsp."),
    ("Z79.01", "long-term anticoagulant use"),
)
CPT = (
    ("99214", "office visit est. pt"),
    ("93000", "ECG w/ interp"),
    ("80053", "CMP"),
    ("85025", "CBC w/ diff"),
    ("71046", "chest x-ray 2 views"),
    ("95810", "polysomnography"),
    ("27447", "total knee arthroplasty"),
    ("36415", "venipuncture"),
    ("83036", "HbA1c"),
    ("99223", "initial hospital care"),
    ("G0439", "AWV subsequent"),
    ("E0601", "CPAP device"),
    ("E0114", "crutches"),
    ("J1100", "dexamethasone inj 1 mg"),
)
LOINC = (
    ("4548-4", "Hemoglobin A1c"),
    ("2160-0", "Creatinine"),
    ("718-7", "Hemoglobin"),
    ("2345-7", "Glucose"),
    ("6690-2", "WBC"),
    ("2951-2", "Sodium"),
    ("2823-3", "Potassium"),
    ("33914-3", "eGFR"),
    ("1742-6", "ALT"),
    ("3016-3", "TSH"),
    ("777-3", "Platelets"),
    ("30934-4", "BNP"),
)
EPONYMS = (
    "Graves' disease",
    "Parkinson's disease",
    "Hashimoto's thyroiditis",
    "Crohn's disease",
    "Bell's palsy",
    "Alzheimer's disease",
    "Barrett's esophagus",
    "Cushing's syndrome",
    "Addison's disease",
    "Raynaud's phenomenon",
    "Sjögren's syndrome",
    "Guillain-Barré syndrome",
    "Meniere's disease",
    "Paget's disease of bone",
)
ROLES = (
    "the attending",
    "charge nurse",
    "HIM clerk",
    "release-of-information specialist",
    "covering hospitalist",
    "on-call resident",
    "triage RN",
    "pharmacy technician",
    "case manager",
    "the PCP",
    "scanning tech",
    "unit secretary",
    "medical director",
)
REL = (
    "daughter",
    "son",
    "wife",
    "husband",
    "niece",
    "grandson",
    "sister",
    "brother",
    "partner",
    "mother",
    "father",
    "legal guardian",
    "POA",
)
SCANNERS = (
    "SCAN-HIM-04",
    "Fujitsu fi-7160 #2",
    "KODAK i2900 STN 3",
    "CAPTURE-PC-07",
    "ED-REG-SCAN1",
    "Canon DR-C240 (front desk)",
    "HIMSCAN12",
    "MFP-2F-EAST",
)
STATIONS = (
    "MED REC DEPT",
    "HIM-ROI",
    "CARDIOLOGY FAX",
    "ADMITTING",
    "UM DEPT",
    "PHARMACY FAX 2",
    "RCM-SCAN",
    "LAB CLIENT SVCS",
    "SCHEDULING",
    "NURSE TRIAGE",
    "CENTRAL FAX SVR",
)


def org_phone(rng: random.Random) -> str:
    return phone(rng)


def lookalikes(rng: random.Random) -> dict[str, tuple[None, str]]:
    """Clinical and administrative text that is not an identifier of a person."""
    drug, dose, sig = rng.choice(DRUGS)
    drug2, dose2, sig2 = rng.choice(DRUGS)
    icd, icd_txt = rng.choice(ICD)
    icd2, icd2_txt = rng.choice(ICD)
    cpt, cpt_txt = rng.choice(CPT)
    cpt2, cpt2_txt = rng.choice(CPT)
    loinc, loinc_txt = rng.choice(LOINC)
    pages = rng.randint(3, 14)
    sbp, dbp = rng.randint(96, 182), rng.randint(52, 104)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    year = rng.randint(1998, 2024)
    rev_m, rev_y = rng.randint(1, 12), rng.randint(8, 24)
    bates_prefix = rng.choice(("DEF-MED", "PLTF", "HFCH-ROI", "MLG", "REC", "SUBP"))
    bates_n = rng.randint(1, 4000)
    v = {
        "org_clinic": rng.choice(ORG_CLINIC),
        "org_lab": rng.choice(ORG_LAB),
        "org_payer": rng.choice(ORG_PAYER),
        "org_pharm": rng.choice(ORG_PHARM),
        "org_law": rng.choice(ORG_LAW),
        "org_imaging": rng.choice(ORG_IMAGING),
        "org_fax": org_phone(rng),
        "org_fax2": org_phone(rng),
        "org_phone": org_phone(rng),
        "org_phone2": org_phone(rng),
        "station_id": rng.choice(STATIONS),
        "station_id2": rng.choice(STATIONS),
        "tsid": rng.choice(
            (
                f"555{rng.randint(100, 199):03d}{rng.randint(1000, 9999)}",
                f"+1 555 01{rng.randint(10, 99)} {rng.randint(1000, 9999)}",
            )
        ),
        "scanner": rng.choice(SCANNERS),
        "batch_id": rng.choice(
            (
                f"B{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 99):03d}",
                f"BATCH {rng.randint(10000, 99999)}",
                f"IMG-BAT-{rng.randint(100000, 999999)}",
            )
        ),
        "page_id": f"P{rng.randint(1000000, 9999999)}",
        "page_id2": f"P{rng.randint(1000000, 9999999)}",
        "doc_type_code": rng.choice(
            ("OSR", "ROI-AUTH", "CORR", "LAB-OUT", "DC-SUM", "INS-CARD", "ID-SCAN", "RX-REQ", "PA-RESP")
        ),
        "form_rev": rng.choice(
            (
                f"Rev. {rev_m:02d}/{rev_y:02d}",
                f"REV {rev_m}/{rev_y:02d}",
                f"(R{rev_y:02d}-{rev_m:02d})",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}",
                f"Rev {rev_m:02d}{rev_y:02d}",
            )
        ),
        "form_no": rng.choice(
            (
                f"HIM-{rng.randint(100, 999)}",
                f"FORM {rng.randint(1000, 9999)}-{rng.choice('ABC')}",
                f"MR-{rng.randint(10, 99)}{rng.choice('ABCDE')}",
                f"CMS-{rng.choice(('1500', '485', '10114', '838'))}",
                f"PA-{rng.randint(1, 40):02d}",
                f"ROI {rng.randint(1, 99):02d}",
            )
        ),
        "barcode": f"*{rng.choice(('HIM', 'FRM', 'DOC', 'ROI'))}{rng.randint(1000, 9999)}{rng.choice('ABCDEFGH')}{rev_y:02d}*",
        "bates": f"{bates_prefix} {bates_n:06d}",
        "bates2": f"{bates_prefix} {bates_n + rng.randint(1, 40):06d}",
        "bates_range": f"{bates_prefix} {bates_n:06d} - {bates_prefix} {bates_n + rng.randint(41, 400):06d}",
        "pages": str(pages),
        "page_k": str(rng.randint(2, pages)),
        "pages_pad": f"{pages:03d}",
        "clia": f"{rng.randint(10, 52):02d}D{rng.randint(1000000, 9999999)}",
        "cap_no": str(rng.randint(1000000, 9999999)),
        "group_npi": rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(9)),
        "tax_id": f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}",
        "ncpdp": str(rng.randint(1000000, 9999999)),
        "pharm_dea": f"F{rng.choice('ABCDEFGHJKLMN')}{rng.randint(1000000, 9999999)}",
        "rx_bin": f"{rng.randint(0, 999999):06d}",
        "rx_pcn": rng.choice(("ADV", "MEDDPRIME", "9999", "CN", "A4", "PCS")),
        "payer_id": rng.choice(("87726", "60054", "62308", "SX009", "00431", "MCRD1")),
        "plan_code": rng.choice(
            ("PPO 2000", "HMO Select", "EPO Gold", "Medicare Adv. HMO-POS", "Medicaid MCO")
        ),
        "copay": f"${rng.choice((10, 15, 20, 25, 30, 35, 40, 50, 75))}",
        "copay2": f"${rng.choice((100, 150, 250, 300, 500))}",
        "money": f"${rng.randint(12, 4800)}.{rng.randint(0, 99):02d}",
        "fee": f"${rng.choice(('6.50', '15.00', '25.00', '0.10/page', '24.68'))}",
        "drug": drug,
        "dose": dose,
        "sig": sig,
        "drug2": drug2,
        "dose2": dose2,
        "sig2": sig2,
        "qty": str(rng.choice((30, 60, 90, 100, 180, 28, 14))),
        "refills": str(rng.randint(0, 11)),
        "days_supply": str(rng.choice((30, 90, 28, 84))),
        "ndc": f"{rng.randint(10000, 99999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}",
        "brand": rng.choice(BRANDS),
        "brand2": rng.choice(BRANDS),
        "icd": icd,
        "icd_txt": icd_txt,
        "icd2": icd2,
        "icd2_txt": icd2_txt,
        "cpt": cpt,
        "cpt_txt": cpt_txt,
        "cpt2": cpt2,
        "cpt2_txt": cpt2_txt,
        "loinc": loinc,
        "loinc_txt": loinc_txt,
        "hcpcs": rng.choice(("E0601", "A7030", "E0470", "K0001", "A4253", "J3420", "G0008", "E1390")),
        "snomed": rng.choice(("44054006", "38341003", "73211009", "195967001", "49436004", "22298006")),
        "drg": rng.choice(("291", "470", "194", "871", "065", "603", "392")),
        "rev_code": rng.choice(("0250", "0300", "0450", "0636", "0730", "0921", "0410")),
        "pos": rng.choice(("11", "21", "22", "23", "12", "81")),
        "bp": f"{sbp}/{dbp}",
        "hr": str(rng.randint(48, 128)),
        "rr": str(rng.randint(11, 28)),
        "temp": rng.choice((f"{rng.randint(970, 1024) / 10:.1f} F", f"{rng.randint(361, 392) / 10:.1f} C")),
        "spo2": f"{rng.randint(86, 100)}%",
        "wt": rng.choice((f"{rng.randint(88, 310)} lb", f"{rng.randint(40, 140)} kg")),
        "ht": rng.choice(
            (f"{rng.randint(58, 76)} in", f"{rng.randint(148, 195)} cm", f"5'{rng.randint(0, 11)}\"")
        ),
        "bmi": f"{rng.randint(170, 450) / 10:.1f}",
        "na": str(rng.randint(126, 148)),
        "k": f"{rng.randint(30, 61) / 10:.1f}",
        "cr": f"{rng.randint(5, 62) / 10:.1f}",
        "bun": str(rng.randint(6, 88)),
        "glu": str(rng.randint(62, 412)),
        "a1c": f"{rng.randint(48, 131) / 10:.1f}",
        "hgb": f"{rng.randint(68, 171) / 10:.1f}",
        "wbc": f"{rng.randint(21, 245) / 10:.1f}",
        "plt": str(rng.randint(42, 520)),
        "inr": f"{rng.randint(9, 45) / 10:.1f}",
        "tsh": f"{rng.randint(1, 120) / 10:.2f}",
        "egfr": str(rng.randint(9, 118)),
        "bnp": str(rng.randint(20, 3400)),
        "trop": f"{rng.randint(1, 90) / 1000:.3f}",
        "ldl": str(rng.randint(42, 210)),
        "ahi": f"{rng.randint(20, 780) / 10:.1f}",
        "ef": f"{rng.choice((20, 25, 30, 35, 40, 45, 50, 55, 60))}%",
        "score": rng.choice(
            (
                f"GCS {rng.randint(9, 15)}",
                f"PHQ-9 {rng.randint(0, 27)}",
                f"MMSE {rng.randint(12, 30)}/30",
                f"Braden {rng.randint(9, 23)}",
                f"CHA2DS2-VASc {rng.randint(0, 8)}",
                f"Morse {rng.choice((0, 25, 45, 65))}",
                f"Epworth {rng.randint(2, 22)}",
                f"MoCA {rng.randint(14, 30)}/30",
            )
        ),
        "eponym": rng.choice(EPONYMS),
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "rel_rel": rng.choice(REL),
        "room": rng.choice(
            (
                f"Rm {rng.randint(100, 899)}",
                f"Room {rng.randint(2, 9)}{rng.randint(10, 60)}-{rng.choice('AB')}",
                f"Bed {rng.randint(1, 40)}",
                f"{rng.randint(2, 8)}W-{rng.randint(1, 40):02d}",
            )
        ),
        "time": f"{hh:02d}:{mm:02d}",
        "time2": f"{(hh + rng.randint(0, 5)) % 24:02d}{rng.randint(0, 59):02d}",
        "time12": f"{hh % 12 or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}",
        "duration": f"{rng.randint(0, 9)}:{rng.randint(10, 59)}",
        "year": str(year),
        "year2": str(rng.randint(1975, 2016)),
        "age_young": str(rng.randint(19, 89)),
        "age_young2": str(rng.randint(2, 89)),
        "sex": rng.choice(("F", "M", "F", "M", "X")),
        "lot": rng.choice(
            (
                f"LOT {rng.choice('ABCDEFGHJK')}{rng.randint(1000, 9999)}",
                f"Lot# {rng.randint(100000, 999999)}",
                f"lot {rng.randint(10, 99)}{rng.choice('ABCDEF')}{rng.randint(100, 999)}",
            )
        ),
        "policy_no": rng.choice(
            (
                f"HIM-{rng.randint(1, 20):02d}.{rng.randint(1, 30):02d}",
                f"Policy {rng.randint(100, 999)}",
                f"ADM-{rng.randint(100, 499)}",
                f"PP {rng.randint(1, 9)}.{rng.randint(1, 40)}",
            )
        ),
        "ext": f"x{rng.randint(1000, 9999)}",
        "speed": rng.choice(("14400 bps", "9600 bps", "33600 bps", "V.34", "ECM on")),
        "tx_result": rng.choice(
            ("OK", "OK", "OK", "NG 0-0012 NO ANSWER", "BUSY", "OK (ECM)", "E-403 LINE ERR")
        ),
        "res": rng.choice(("FINE", "STD", "SUPERFINE", "200x200 dpi", "300 dpi")),
        "dpi": rng.choice(("200 dpi", "300 dpi", "240x200", "600 dpi")),
        "conf": f"{rng.randint(61, 99)}%",
        "conf2": f"{rng.randint(40, 99)}.{rng.randint(0, 9)}",
        "pos_x": str(rng.randint(40, 2300)),
        "ticket": f"INC{rng.randint(1000000, 9999999)}",
        "seq": str(rng.randint(1, 999)),
        "job_no": f"{rng.randint(1, 9999):04d}",
        "dept": rng.choice(
            (
                "Cardiology",
                "Orthopedics",
                "Neurology",
                "Pulmonary",
                "Endocrine",
                "Nephrology",
                "Oncology",
                "Urology",
            )
        ),
        "unit_name": rng.choice(("4 West", "MICU", "Telemetry", "Med-Surg 3", "PCU", "L&D", "6 North")),
        "ins_type": rng.choice(
            ("Commercial", "Medicare", "Medicaid", "Workers' Comp", "Self-pay", "Auto/PIP")
        ),
        "turnaround": rng.choice(("5 business days", "72 hours", "10 days", "30 days", "15 business days")),
        "cpap": rng.choice(("CPAP 9 cm H2O", "APAP 5-15 cm H2O", "BiPAP 14/8", "CPAP 11 cmH2O")),
        "recv_via": rng.choice(("fax", "eFax", "CD", "mail", "courier", "portal upload")),
        "vehicle_desc": rng.choice(
            ("silver sedan", "gray pickup", "blue minivan", "white SUV", "red hatchback", "black coupe")
        ),
        "o2": rng.choice(("2 L NC", "RA", "3 L/min via NC", "4 L O2", "room air")),
    }
    return {key: (None, text) for key, text in v.items()}
