"""Invented values for set Q: ``identifiers`` (typed, each a gold span) and ``lookalikes`` (untyped filler).

Every value is made up here: names are drawn from mixed pools and paired at random, towns are English
words or invented, numbers are random (NPIs pass the Luhn check with the 80840 prefix, DEA numbers and
VINs carry a valid check digit, MBIs follow the CMS pattern, SSNs avoid the 000/666/9xx areas), phone
numbers use the 555-01xx range (or the UK/French drama ranges), e-mail and web hosts are example.*, IP
addresses are documentation (RFC 5737 / RFC 3849) or private ranges.
"""

from __future__ import annotations

import datetime as dt
import random
import string
import unicodedata

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE

FIRST = (
    "Hope",
    "Will",
    "Rose",
    "Grace",
    "Joy",
    "Faith",
    "Summer",
    "Dawn",
    "Hunter",
    "Sterling",
    "Frank",
    "Mark",
    "June",
    "Ivy",
    "Autumn",
    "Heath",
    "Forrest",
    "Precious",
    "Zoë",
    "José",
    "Søren",
    "Małgorzata",
    "François",
    "Anaïs",
    "Björn",
    "Çağla",
    "Łukasz",
    "Thảo",
    "Nguyen",
    "Oluwaseun",
    "Chidinma",
    "Aroha",
    "Kalani",
    "Mei-Ling",
    "Jean-Luc",
    "Mary-Kate",
    "Siobhán",
    "Pádraig",
    "Dagny",
    "Eero",
    "Ines",
    "Rafael",
    "Ximena",
    "Yusuf",
    "Fatima",
    "Aaliyah",
    "Dmitri",
    "Svetlana",
    "Kenji",
    "Haruka",
    "Priya",
    "Arjun",
    "Tomasz",
    "Agnieszka",
    "Jörg",
    "Renée",
    "Benoît",
    "Giulia",
    "Matteo",
    "Femke",
    "Daan",
    "Wiremu",
    "Kwame",
    "Abena",
    "Li",
    "Bo",
    "Ana",
    "Eli",
    "Ayşe",
    "Leilani",
    "Cormac",
    "Océane",
    "Nils",
    "Marisol",
    "Tadeusz",
    "Ülkü",
)
LAST = (
    "Bishop",
    "Baker",
    "Price",
    "Page",
    "King",
    "Wolf",
    "Stone",
    "Cook",
    "Rich",
    "Love",
    "Lane",
    "Field",
    "Young",
    "Brown",
    "Hope",
    "Rose",
    "Sparrow",
    "Winter",
    "Marsh",
    "Street",
    "Rivers",
    "Church",
    "Bond",
    "van der Berg",
    "de la Cruz",
    "O'Neill",
    "McAllister",
    "Al-Farsi",
    "da Silva",
    "von Essen",
    "Le Goff",
    "D'Angelo",
    "ben David",
    "van Dijk",
    "de Vries",
    "dos Santos",
    "Mac Giolla Phádraig",
    "Smith-Okafor",
    "Nakamura-Lee",
    "García-Márquez",
    "Kowalczyk",
    "Wiśniewska",
    "Dvořák",
    "Müller",
    "Öztürk",
    "Nørgaard",
    "Ó Súilleabháin",
    "Nguyễn",
    "Trần",
    "Adeyemi",
    "Okonkwo",
    "Mensah",
    "Te Whare",
    "Kahananui",
    "Papadopoulos",
    "Ivanova",
    "Tanaka",
    "Iyer",
    "Chaudhry",
    "Haddad",
    "Rahimi",
    "Lindqvist",
    "Fontaine",
    "Moreau",
    "Bianchi",
    "Esposito",
    "Jansen",
    "Zieliński",
    "Castellanos",
    "Quispe",
    "Yazzie",
    "Begay",
)
INITIALS = "ABCDEFGHJKLMNPRSTW"

TOWNS = (
    "Liberty",
    "Hope",
    "Union",
    "Friendship",
    "Paradise",
    "Bath",
    "Reading",
    "Mobile",
    "Normal",
    "Commerce",
    "Independence",
    "Marathon",
    "Eureka",
    "Harmony",
    "Bountiful",
    "Accord",
    "Radiant",
    "Welcome",
    "Truth",
    "Bonanza",
    "Rugby",
    "Chester",
    "Fairmount",
    "Alder Crossing",
    "Pellham Ford",
    "Wrenfield",
    "Castor Bay",
    "Millbrook Falls",
    "North Tallow",
    "Oxbow Springs",
    "Kestrel Point",
    "Ashgrove",
    "Dunmore Heights",
    "Silverlake",
    "Port Marigold",
    "East Quarry",
    "Greywell",
    "Lanternfield",
    "Solace",
    "Plenty",
)
COUNTIES = (
    "Tallow County",
    "Marlow County",
    "Quarry County",
    "Juniper County",
    "Harrow County",
    "Bellwether County",
    "Osprey County",
    "Kinsale Parish",
    "Maple Borough",
    "Cinder County",
    "Westmarch County",
)
NEIGHBORHOODS = (
    "Old Mill District",
    "Tanner's Row",
    "Eastgate",
    "Brickworks",
    "Heron Flats",
    "Lower Commons",
    "Cathedral Hill",
    "Foundry Ward",
    "South Orchard",
)
STREET_NAMES = (
    "Juniper Hollow",
    "Elm",
    "Quarry",
    "Larkspur",
    "Tanager",
    "Old Ferry",
    "Mill Pond",
    "Cobblestone",
    "Bramble",
    "Weaver",
    "Hawthorn Ridge",
    "Canal",
    "Orchard View",
    "Sexton",
    "Lantern",
    "Copperleaf",
    "Bishop",
    "Church",
    "Mercy",
    "Hope",
    "Liberty",
    "Pilgrim",
    "Saltmarsh",
    "Tamarack",
)
STREET_KINDS = (
    "St",
    "Street",
    "Rd",
    "Road",
    "Ave",
    "Avenue",
    "Ln",
    "Lane",
    "Dr",
    "Drive",
    "Ct",
    "Way",
    "Blvd",
    "Pkwy",
    "Terrace",
    "Circle",
    "Pike",
)
UNITS = (
    "Apt 3C",
    "Apt. 12",
    "Unit 4B",
    "#207",
    "Suite 1140",
    "Apt 9",
    "Unit 21",
    "Lot 44",
    "Flat 2",
    "Apt 5-R",
)
STATES = ("MO", "OH", "KS", "OR", "PA", "NM", "WI", "ME", "TN", "IA", "GA", "NV", "MN", "VT", "AZ", "MT")
STATE_NAMES = (
    "Missouri",
    "Ohio",
    "Kansas",
    "Oregon",
    "Texas",
    "Georgia",
    "Vermont",
    "Nevada",
    "Indiana",
    "Idaho",
    "Montana",
    "Washington",
    "Virginia",
    "Maine",
    "Colorado",
)
FACILITY_KINDS = (
    "Regional Medical Center",
    "General Hospital",
    "Community Hospital",
    "Memorial Hospital",
    "Family Clinic",
    "Health Center",
    "Outpatient Imaging",
    "Medical Group",
    "Surgery Center",
    "Infusion Suite",
)
# (street, postcode, town) abroad, for the notes with non-English labels
ABROAD = (
    ("Lindenstraße 22", "10115", "Oberwaldbach"),
    ("Mühlenweg 7a", "34127", "Kesselbrunn"),
    ("12 rue des Lilas", "75011", "Saint-Aubin-des-Prés"),
    ("4 avenue du Moulin", "69003", "Villefranche-sur-Orne"),
    ("Calle Mayor 14", "28013", "Villanueva del Río"),
    ("Avenida del Puerto 221", "46024", "Castillejo"),
    ("Via Garibaldi 31", "20121", "Borgo San Lucio"),
    ("Keizersgracht 118", "1015 CW", "Oudewater-Noord"),
    ("Dorpsstraat 9", "3421 AB", "Heerenveld"),
    ("ul. Długa 7", "00-950", "Zielonka Mała"),
    ("ul. Ogrodowa 15", "31-155", "Brzozów Wielki"),
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
FOREIGN_MONTHS = {
    "es": (
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
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
}
NUMBER_WORDS = {
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
    102: "one hundred and two",
    103: "one hundred three",
}
EMAIL_HOSTS = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "patients.example.org",
    "inbox.example.net",
    "clinic.example",
    "example.co.uk",
)
WEB_HOSTS = (
    "portal.example.org",
    "www.example.com",
    "myhealth.example.net",
    "records.example.com",
    "example.org",
    "fhir.example.net",
    "share.example.com",
    "roi.example.org",
)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _luhn_check(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + _luhn_check("80840" + base)


def dea(rng: random.Random, last: str) -> str:
    initial = next((c for c in last.upper() if c in string.ascii_uppercase), "X")
    six = [rng.randrange(10) for _ in range(6)]
    check = (six[0] + six[2] + six[4] + 2 * (six[1] + six[3] + six[5])) % 10
    return rng.choice("ABFGM") + initial + "".join(map(str, six)) + str(check)


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    chars = [rng.choice(("1", "2", "3", "4", "5", "J", "K", "W", "Y", "S"))]
    chars += [rng.choice(_VIN_CHARS) for _ in range(7)] + ["0"]
    chars += [rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789")]  # model year
    chars += [rng.choice(_VIN_CHARS)] + [rng.choice(string.digits) for _ in range(6)]
    total = sum(_VIN_VALUE[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    c = [
        rng.choice("123456789"),
        rng.choice(_MBI_ALPHA),
        rng.choice(an),
        rng.choice(string.digits),
        rng.choice(_MBI_ALPHA),
        rng.choice(an),
        rng.choice(string.digits),
        rng.choice(_MBI_ALPHA),
        rng.choice(_MBI_ALPHA),
        rng.choice(string.digits),
        rng.choice(string.digits),
    ]
    s = "".join(c)
    return rng.choice((s, s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def ssn(rng: random.Random) -> tuple[str, str, str]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return (
        f"{area:03d}-{group:02d}-{serial:04d}",
        f"{area:03d} {group:02d} {serial:04d}",
        f"{area:03d}{group:02d}{serial:04d}",
    )


def _phone(rng: random.Random, style: int | None = None) -> str:
    area = rng.choice(("212", "314", "417", "503", "608", "715", "802", "913", "505", "816", "207", "641"))
    line = f"01{rng.randint(0, 99):02d}"
    forms = (
        f"({area}) 555-{line}",
        f"{area}-555-{line}",
        f"{area}.555.{line}",
        f"+1 {area} 555 {line}",
        f"+1{area}555{line}",
        f"{area}-555-{line} x{rng.randint(2, 9999)}",
        f"{area} 555 {line} ext. {rng.randint(2, 999)}",
        f"1-{area}-555-{line}",
        f"{area}555{line}",
        f"+1 ({area}) 555-{line}",
        f"555-{line}",
    )
    return forms[rng.randrange(len(forms))] if style is None else forms[style]


def _intl_phone(rng: random.Random) -> str:
    return rng.choice(
        (
            f"+44 20 7946 0{rng.randint(0, 999):03d}",
            f"+44 113 496 0{rng.randint(0, 999):03d}",
            f"+33 1 99 00 {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"01 99 00 {rng.randint(10, 99)} {rng.randint(10, 99)}",
            f"020 7946 0{rng.randint(0, 999):03d}",
        )
    )


def _name_token(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(INITIALS)


def _ascii(s: str) -> str:
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _local(first: str, last: str, rng: random.Random) -> str:
    f, la = _ascii(first).lower().replace(" ", ""), _ascii(last).lower().replace(" ", "").replace("'", "")
    return rng.choice(
        (f"{f}.{la}", f"{f[0]}{la}", f"{f}{la}{rng.randint(1, 99)}", f"{la}.{f[0]}", f"{f}_{la}")
    )


def _date(rng: random.Random, start: int, end: int) -> dt.date:
    a, b = dt.date(start, 1, 1).toordinal(), dt.date(end, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(a, b))


def _fmt(rng: random.Random, d: dt.date) -> str:
    m = MONTHS[d.month - 1]
    return rng.choice(
        (
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            d.isoformat(),
            f"{m} {d.day}, {d.year}",
            f"{d.day} {m} {d.year}",
            f"{m[:3]} {d.day} {d.year}",
            f"{d.day:02d}-{m[:3]}-{d.year}",
            f"{d.day:02d}{m[:3].upper()}{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.month}-{d.day}-{d.year}",
            f"{m[:3]}. {d.day}, {d.year}",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
            f"{d.month:02d}{d.day:02d}{d.year}",
        )
    )


def _noyear(rng: random.Random, d: dt.date) -> str:
    m = MONTHS[d.month - 1]
    return rng.choice(
        (
            f"{m} {d.day}",
            f"{d.day} {m}",
            f"{m[:3]} {d.day}",
            f"{d.month}/{d.day}",
            f"the {d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} of {m}",
        )
    )


def _foreign(rng: random.Random, d: dt.date) -> str:
    lang = rng.choice(tuple(FOREIGN_MONTHS))
    m = FOREIGN_MONTHS[lang][d.month - 1]
    return {
        "es": f"{d.day} de {m} de {d.year}",
        "de": f"{d.day}. {m} {d.year}",
        "fr": f"{d.day} {m} {d.year}",
        "it": f"{d.day} {m} {d.year}",
        "nl": f"{d.day} {m} {d.year}",
        "pl": f"{d.day} {m} {d.year}",
    }[lang]


def _stamps(rng: random.Random, day: dt.date, n: int = 4) -> list[dt.datetime]:
    t = dt.datetime(day.year, day.month, day.day, rng.randint(0, 22), rng.randint(0, 59), rng.randint(0, 59))
    out = []
    for _ in range(n):
        out.append(t)
        t += dt.timedelta(seconds=rng.randint(4, 2400))
    return out


def _id(rng: random.Random, shapes: tuple[str, ...]) -> str:
    """A random ID from a shape: 9 -> digit, @ -> letter, anything else literal."""
    shape = rng.choice(shapes)
    return "".join(
        rng.choice(string.digits) if c == "9" else rng.choice("ABCDEFGHJKLMNPRTUVWXY") if c == "@" else c
        for c in shape
    )


def identifiers(rng: random.Random) -> dict[str, Value]:
    T = PhiType
    v: dict[str, Value] = {}

    # --- names ---------------------------------------------------------------------------------------------
    pf, pl, pm = _name_token(rng)
    v |= {
        "pt": (N, f"{pf} {pl}"),
        "pt_first": (N, pf),
        "pt_last": (N, pl),
        "pt_comma": (N, f"{pl}, {pf} {pm}."),
        "pt_hl7": (N, f"{pl.upper()}^{pf.upper()}^{pm}"),
        "pt_dicom": (N, f"{pl}^{pf}"),
        "pt_caps": (N, f"{pf.upper()} {pl.upper()}"),
        "pt_lower": (N, f"{pf.lower()} {pl.lower()}"),
        "pt_first_caps": (N, pf.upper()),
        "pt_last_caps": (N, pl.upper()),
        "pt_first_lower": (N, pf.lower()),
        "pt_mid": (N, f"{pf} {pm}. {pl}"),
    }
    rf, rl, _ = _name_token(rng)
    rl = rng.choice((rl, pl))
    v |= {
        "rel": (N, f"{rf} {rl}"),
        "rel_first": (N, rf),
        "rel_caps": (N, f"{rf.upper()} {rl.upper()}"),
        "rel_lower": (N, f"{rf.lower()} {rl.lower()}"),
    }
    df, dl_, dm = _name_token(rng)
    v |= {
        "doc": (N, f"{df} {dl_}"),
        "doc_last": (N, dl_),
        "doc_first": (N, df),
        "doc_last_caps": (N, dl_.upper()),
        "doc_first_caps": (N, df.upper()),
        "doc_caps": (N, f"{df.upper()} {dl_.upper()}"),
        "doc_comma": (N, f"{dl_}, {df} {dm}."),
        "doc_hl7": (N, f"{dl_.upper()}^{df.upper()}^{dm}"),
        "doc_dicom": (N, f"{dl_}^{df}"),
    }
    for key in ("nurse", "staff", "tech", "pharm", "clerk"):
        f, la, _ = _name_token(rng)
        v |= {
            key: (N, f"{f} {la}"),
            f"{key}_first": (N, f),
            f"{key}_last": (N, la),
            f"{key}_caps": (N, f"{f.upper()} {la.upper()}"),
            f"{key}_hl7": (N, f"{la.upper()}^{f.upper()}"),
        }

    # --- places --------------------------------------------------------------------------------------------
    street = f"{rng.randint(2, 19999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_KINDS)}"
    street2 = f"{rng.randint(1, 999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_KINDS)}"
    city, city2 = rng.sample(TOWNS, 2)
    zip5, zip5b = f"{rng.randint(1001, 99950):05d}", f"{rng.randint(1001, 99950):05d}"
    unit = rng.choice(UNITS)
    fac = f"{rng.choice(TOWNS)} {rng.choice(FACILITY_KINDS)}"
    ab_street, ab_post, ab_town = rng.choice(ABROAD)
    v |= {
        "street": (L, street),
        "street_caps": (L, street.upper()),
        "street2": (L, street2),
        "unit": (L, unit),
        "unit_caps": (L, unit.upper()),
        "city": (L, city),
        "city_caps": (L, city.upper()),
        "city_lower": (L, city.lower()),
        "city2": (L, city2),
        "city2_caps": (L, city2.upper()),
        "county": (L, rng.choice(COUNTIES)),
        "zip": (L, zip5),
        "zip4": (L, f"{zip5}-{rng.randint(1, 9999):04d}"),
        "zip2": (L, zip5b),
        "hood": (L, rng.choice(NEIGHBORHOODS)),
        "facility": (L, fac),
        "facility_caps": (L, fac.upper()),
        "ab_street": (L, ab_street),
        "ab_post": (L, ab_post),
        "ab_town": (L, ab_town),
        "state": (None, rng.choice(STATES)),
        "state2": (None, rng.choice(STATES)),
    }

    # --- dates -----------------------------------------------------------------------------------------------
    dob = _date(rng, 1931, 2008)
    old_dob = _date(rng, 1921, 1935)
    visit = _date(rng, 2024, 2026)
    other = visit + dt.timedelta(days=rng.randint(1, 60))
    prior = visit - dt.timedelta(days=rng.randint(20, 900))
    m = MONTHS[dob.month - 1]
    v |= {
        "dob": (D, _fmt(rng, dob)),
        "dob_iso": (D, dob.isoformat()),
        "dob_us": (D, f"{dob.month:02d}/{dob.day:02d}/{dob.year}"),
        "dob_written": (
            D,
            rng.choice(
                (f"{m} {dob.day}, {dob.year}", f"{dob.day} {m} {dob.year}", f"{m[:3]} {dob.day} {dob.year}")
            ),
        ),
        "dob_compact": (D, dob.strftime("%Y%m%d")),
        "dob_eu": (D, f"{dob.day:02d}.{dob.month:02d}.{dob.year}"),
        "dob_foreign": (D, _foreign(rng, dob)),
        "old_dob": (D, _fmt(rng, old_dob)),
        "old_dob_compact": (D, old_dob.strftime("%Y%m%d")),
        "visit": (D, _fmt(rng, visit)),
        "visit_iso": (D, visit.isoformat()),
        "visit_compact": (D, visit.strftime("%Y%m%d")),
        "visit_us": (D, f"{visit.month:02d}/{visit.day:02d}/{visit.year}"),
        "visit_noyear": (D, _noyear(rng, visit)),
        "visit_foreign": (D, _foreign(rng, visit)),
        "visit_short": (D, visit.strftime("%y%m%d")),
        "other": (D, _fmt(rng, other)),
        "other_iso": (D, other.isoformat()),
        "other_compact": (D, other.strftime("%Y%m%d")),
        "other_noyear": (D, _noyear(rng, other)),
        "prior": (D, _fmt(rng, prior)),
        "prior_compact": (D, prior.strftime("%Y%m%d")),
    }
    for i, t in enumerate(_stamps(rng, visit), 1):
        v |= {
            f"ts{i}": (D, t.strftime("%Y-%m-%dT%H:%M:%SZ")),
            f"tsp{i}": (D, t.strftime("%Y-%m-%d %H:%M:%S")),
            f"th{i}": (D, t.strftime("%Y%m%d%H%M")),
            f"ths{i}": (D, t.strftime("%Y%m%d%H%M%S")),
            f"tsy{i}": (D, f"{t.strftime('%b')} {t.day:2d} {t.strftime('%H:%M:%S')}".replace("  ", " ")),
            f"tus{i}": (D, f"{t.month:02d}/{t.day:02d}/{t.year} {t.strftime('%H:%M')}"),
            f"teu{i}": (D, t.strftime("%d.%m.%Y %H:%M")),
            f"tap{i}": (D, t.strftime("%d/%b/%Y:%H:%M:%S +0000")),
            f"tam{i}": (
                D,
                f"{t.strftime('%b')} {t.day}, {t.year} {int(t.strftime('%I'))}:{t.strftime('%M %p')}",
            ),
        }
    age = rng.randint(90, 103)
    v |= {"age": (A, str(age)), "age_word": (A, NUMBER_WORDS[age]), "age_dicom": (A, f"{age:03d}")}

    # --- contact ------------------------------------------------------------------------------------------
    e164 = f"+1{rng.choice(('314', '503', '608', '802', '913'))}555{rng.randint(100, 199):04d}"
    v |= {
        "phone": (T.PHONE, _phone(rng)),
        "phone2": (T.PHONE, _phone(rng)),
        "cell": (T.PHONE, e164),
        "phone_plain": (T.PHONE, _phone(rng, 8)),
        "phone_dash": (T.PHONE, _phone(rng, 1)),
        "phone_intl": (T.PHONE, _intl_phone(rng)),
        "phone_ext": (T.PHONE, _phone(rng, 5)),
        "fax": (T.FAX, _phone(rng)),
        "fax2": (T.FAX, _phone(rng)),
        "fax_plain": (T.FAX, _phone(rng, 8)),
        "fax_intl": (T.FAX, _intl_phone(rng)),
        "email": (T.EMAIL, f"{_local(pf, pl, rng)}@{rng.choice(EMAIL_HOSTS)}"),
        "email2": (T.EMAIL, f"{_local(df, dl_, rng)}@{rng.choice(EMAIL_HOSTS)}"),
        "email_rel": (T.EMAIL, f"{_local(rf, rl, rng)}@{rng.choice(EMAIL_HOSTS)}"),
    }
    tok = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(10, 22)))
    v |= {
        "url": (
            T.URL,
            rng.choice(
                (
                    f"https://{rng.choice(WEB_HOSTS)}/activate?code={tok}",
                    f"https://{rng.choice(WEB_HOSTS)}/u/{_ascii(pl).lower().replace(' ', '')}{rng.randint(1, 99)}",
                    f"http://{rng.choice(WEB_HOSTS)}/~{_ascii(pf).lower()}",
                    f"www.{rng.choice(EMAIL_HOSTS[:3])}/p/{tok}",
                    f"https://{rng.choice(WEB_HOSTS)}/reset/{tok}",
                    f"{rng.choice(WEB_HOSTS)}/share/{tok}",
                )
            ),
        ),
        "url2": (
            T.URL,
            f"https://{rng.choice(WEB_HOSTS)}/{rng.choice(('invite', 'r', 'doc', 'msg'))}/{tok[::-1]}",
        ),
    }
    v |= {
        "ip": (
            T.IP_ADDRESS,
            rng.choice(
                (
                    f"192.0.2.{rng.randint(1, 254)}",
                    f"198.51.100.{rng.randint(1, 254)}",
                    f"203.0.113.{rng.randint(1, 254)}",
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                )
            ),
        ),
        "ip2": (
            T.IP_ADDRESS,
            rng.choice(
                (
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"203.0.113.{rng.randint(1, 254)}",
                )
            ),
        ),
        "ip6": (
            T.IP_ADDRESS,
            rng.choice(
                (
                    f"2001:db8:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
                    f"2001:0db8:85a3:0000:0000:8a2e:{rng.randint(0, 0xFFFF):04x}:{rng.randint(0, 0xFFFF):04x}",
                    f"fe80::{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}:fe{rng.randint(0, 0xFF):02x}:{rng.randint(0, 0xFFFF):x}",
                )
            ),
        ),
    }

    # --- numbers --------------------------------------------------------------------------------------------
    s_dash, s_space, s_plain = ssn(rng)
    v |= {
        "ssn": (T.SSN, rng.choice((s_dash, s_dash, s_space))),
        "ssn_plain": (T.SSN, s_plain),
        "ssn_dash": (T.SSN, s_dash),
    }
    mrn_shapes = (
        "99999999",
        "E9999999",
        "MR999999",
        "999-999-99",
        "K00999999",
        "9999999999",
        "HSP-9999999",
        "99 999 999",
        "@99999999",
        "9999-9999-9",
    )
    v |= {
        "mrn": (T.MRN, _id(rng, mrn_shapes)),
        "mrn2": (T.MRN, _id(rng, mrn_shapes)),
        "empi": (T.MRN, _id(rng, ("E99999999999", "EMPI-999999999", "99999999999", "EP9999-9999-99"))),
        "member": (
            T.HEALTH_PLAN_ID,
            _id(
                rng,
                (
                    "@@@999999999",
                    "W999999999",
                    "@@@ 9999 9999",
                    "99999999@",
                    "Z@@99999999-01",
                    "HMO-999-99999-99",
                    "M9999999999",
                ),
            ),
        ),
        "mbi": (T.HEALTH_PLAN_ID, mbi(rng)),
        "medicaid": (
            T.HEALTH_PLAN_ID,
            _id(rng, ("@@99999@", "9999999999", "MCD-999-999-999", "99999999999@")),
        ),
        "group": (T.HEALTH_PLAN_ID, _id(rng, ("99999-999", "GRP99999", "999999", "@@9999", "G-9999999"))),
        "acct": (
            T.ACCOUNT,
            _id(rng, ("9999999999", "HAR999999999", "ACC-99999999", "99-999999-9", "@9999999999")),
        ),
        "fin": (
            T.ACCOUNT,
            _id(rng, ("9999999999", "FIN-2999999", "V99999999", "999999999-99", "ENC9999999")),
        ),
        "claim": (
            T.ACCOUNT,
            _id(rng, ("99999999999999", "CLM-99-99999999", "9@999999999", "99-9999999-999", "PCN999999999")),
        ),
        "npi": (T.LICENSE, npi(rng)),
        "npi2": (T.LICENSE, npi(rng)),
        "dea": (T.LICENSE, dea(rng, dl_)),
        "dl": (
            T.LICENSE,
            _id(rng, ("@999-9999-9999", "@9999999", "999999999", "@99-99-9999", "99 999 999", "@@999999@")),
        ),
        "lic": (
            T.LICENSE,
            _id(rng, ("RN999999", "@99999", "MD.999999", "9999-999999", "LPN-99999", "PA99999", "RPH 99999")),
        ),
        "vin": (T.VEHICLE_ID, vin(rng)),
        "vin2": (T.VEHICLE_ID, vin(rng)),
        "plate": (
            T.VEHICLE_ID,
            _id(rng, ("9@@@999", "@@@-9999", "@@@ 999", "999 @@@", "@@9 99@", "@99-@@@", "@@99 @@@")),
        ),
        "plate2": (T.VEHICLE_ID, _id(rng, ("9@@@999", "@@@-9999", "@@@9999", "@-@@ 9999", "99-@@@-9"))),
        "serial": (
            T.DEVICE_ID,
            _id(
                rng, ("SN9999-99999-@", "@99@999999", "999@@99999", "@@@9999999", "99999999@", "SN-@9999999")
            ),
        ),
        "serial2": (T.DEVICE_ID, _id(rng, ("@@9999999", "9999@99999", "@9999-999999", "9@99999999"))),
        "udi": (
            T.DEVICE_ID,
            _id(
                rng,
                ("(01)008845999999(21)@9999999", "(01)0768999999999(21)99999@", "+H999999999999/$$9@99999@9"),
            ),
        ),
        "mac": (T.DEVICE_ID, ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))),
        "bio_fp": (T.BIOMETRIC, _id(rng, ("FPT-9999999-R9", "FP99999999", "fmr-99999-9999", "FTMPL9999999"))),
        "bio_palm": (T.BIOMETRIC, _id(rng, ("PV-99999-9999", "PALM9999999", "PVS/9999/99999"))),
        "bio_voice": (T.BIOMETRIC, _id(rng, ("VP-9999999", "vprint_99999999", "VBIO-99-99999"))),
        "bio_iris": (T.BIOMETRIC, _id(rng, ("IRS-99999-9", "iris-999999"))),
        "photo": (
            T.PHOTO,
            _id(
                rng,
                (
                    "pt_face_99999999.jpg",
                    "FACE-9999999.png",
                    "PHOTO-99999-A",
                    "IMG_9999_face.jpg",
                    "headshot_9999999.jpeg",
                    "PH99999999",
                ),
            ),
        ),
        "photo2": (T.PHOTO, _id(rng, ("portrait_999999.jpg", "PIC-999999", "face_capture_99999.png"))),
        "accession": (
            T.OTHER_ID,
            _id(rng, ("ACC99-@@-999999", "99@@-99999", "@9999999999", "RAD-99-999999", "9999999999")),
        ),
        "specimen": (T.OTHER_ID, _id(rng, ("S99-99999", "SPM99@999999", "99-@@@-9999", "C999999-9"))),
        "rx": (T.OTHER_ID, _id(rng, ("9999999", "RX99999999", "9-999999-99", "99999999"))),
        "pa": (T.OTHER_ID, _id(rng, ("PA-9999-9999999", "AUTH99999999", "99999@@99", "PA99999999"))),
        "emp": (T.OTHER_ID, _id(rng, ("E999999", "EMP-99999", "999999", "U9999999", "W99999"))),
        "emp2": (T.OTHER_ID, _id(rng, ("E999999", "EMP-99999", "U9999999", "W99999"))),
        "case": (
            T.OTHER_ID,
            _id(rng, ("ROI-99-99999", "CASE-99999999", "9999-@@-9999", "INC9999999", "REQ999999")),
        ),
        "study": (T.OTHER_ID, _id(rng, ("SUBJ-999-9999", "999-99999", "@@-999-999"))),
    }
    return v


DRUGS = (
    "metoprolol tartrate",
    "apixaban",
    "Eliquis",
    "heparin",
    "vancomycin",
    "insulin glargine",
    "Lantus",
    "furosemide",
    "Lasix",
    "amoxicillin-clavulanate",
    "Zosyn",
    "ondansetron",
    "norepinephrine",
    "oxycodone",
    "Humira",
    "atorvastatin",
    "levothyroxine",
    "Keppra",
    "propofol",
    "cefazolin",
)
DEVICE_BRANDS = (
    "Alaris 8100",
    "Sapphire pump",
    "Medfusion 4000",
    "Dexcom G7",
    "FreeStyle Libre 3",
    "Omnipod 5",
    "IntelliVue MX800",
    "CARESCAPE B650",
    "Zoll X Series",
    "Welch Allyn Connex",
    "Masimo Rad-97",
    "Apple Watch Series 9",
    "Withings BPM Connect",
    "iHealth Track",
    "Pyxis MedStation ES",
    "Omnicell XT",
    "Zebra ZD621",
    "Epic Hyperspace",
    "Cerner PowerChart",
    "GE Revolution CT",
)
EPONYMS = (
    "Foley",
    "Swan-Ganz",
    "Parkinson disease",
    "Hodgkin lymphoma",
    "Graves disease",
    "Crohn disease",
    "Bell palsy",
    "Cushing syndrome",
    "Babinski sign",
    "Glasgow Coma Scale",
    "Apgar",
    "Barrett esophagus",
    "Addison disease",
    "Wolff-Parkinson-White",
    "Hashimoto thyroiditis",
    "Meckel diverticulum",
    "Braden scale",
)
ROLES = (
    "charge nurse",
    "attending",
    "registrar",
    "unit clerk",
    "PACS admin",
    "interface analyst",
    "HIM specialist",
    "pharmacist",
    "resident",
    "biomed tech",
    "security officer",
    "scheduler",
    "night supervisor",
    "CNA",
)
LABS = (
    "K 4.1 mmol/L (3.5-5.1)",
    "Na 138 (135-145)",
    "Hgb 11.2 g/dL (12.0-15.5)",
    "INR 2.4",
    "WBC 7.8 x10^3/uL",
    "Cr 1.08 mg/dL (0.6-1.2)",
    "HbA1c 7.9 %",
    "TSH 2.31 mIU/L (0.4-4.0)",
    "Trop I 0.03 ng/mL (<0.04)",
    "glucose 212 mg/dL",
    "lactate 1.9 mmol/L",
    "Plt 188 (150-400)",
    "BNP 412 pg/mL",
    "Mg 1.9 (1.7-2.2)",
)
SCORES = (
    "GCS 14",
    "NIHSS 3",
    "PHQ-9 12",
    "Braden 16",
    "CHA2DS2-VASc 4",
    "MEWS 5",
    "Morse 45",
    "RASS -1",
    "pain 6/10",
    "qSOFA 1",
    "APACHE II 18",
    "CIWA 8",
    "Wells 2",
    "MoCA 24/30",
)
ICD = (
    "E11.9",
    "I48.91",
    "J18.9",
    "N39.0",
    "I10",
    "Z79.01",
    "K21.9",
    "F41.1",
    "M54.5",
    "R07.89",
    "S72.001A",
    "Z00.00",
)
CPT = ("99214", "93000", "71046", "36415", "99285", "80053", "85025", "70450", "G0439", "J1885")
LOINC = ("2345-7", "2160-0", "718-7", "4548-4", "6690-2", "2951-2", "8867-4", "59408-5", "8480-6")
NDC = ("0002-8215-01", "0409-4888-02", "50090-3196-0", "63323-262-01", "0078-0357-15", "0003-0894-21")
SNOMED = ("44054006", "38341003", "195967001", "73211009", "22298006", "84114007")
SOP_UIDS = (
    "1.2.840.10008.5.1.4.1.1.2",
    "1.2.840.10008.5.1.4.1.1.4",
    "1.2.840.10008.5.1.4.1.1.1.2",
    "1.2.840.10008.5.1.4.1.1.6.1",
    "1.2.840.10008.5.1.4.1.1.7",
)
TS_UIDS = ("1.2.840.10008.1.2.1", "1.2.840.10008.1.2", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90")
ORG_OIDS = (
    "2.16.840.1.113883.19.5",
    "2.16.840.1.113883.6.1",
    "2.16.840.1.113883.6.96",
    "2.16.840.1.113883.4.1",
    "2.16.840.1.113883.5.25",
    "1.3.6.1.4.1.19376.1.5.3.1",
)
HTTP = ("HTTP 200", "HTTP 401", "HTTP 404", "HTTP 409", "HTTP 422", "HTTP 500", "HTTP 503", "HTTP 504")
ERRORS = (
    "ERR-4012",
    "E1107",
    "AE",
    "AR",
    "MSH-9 invalid",
    "0x80070005",
    "ORA-00054",
    "SQLSTATE 23505",
    "ECONNRESET",
    "TIMEOUT-30s",
    "NAK",
    "207-PA",
)
MODALITIES = ("CT", "MR", "CR", "US", "NM", "DX", "MG", "XA", "PT")
BODY = ("CHEST", "HEAD", "ABDOMEN", "L-SPINE", "KNEE", "PELVIS", "BRAIN", "BREAST")
WARDS = ("4 West", "MICU", "5N Tele", "PACU", "ED Pod C", "L&D", "Ortho 6", "CVICU", "Peds 3", "Oncology 7E")
ALARMS = (
    "VTACH",
    "ASYSTOLE",
    "SPO2 LOW",
    "HR HIGH",
    "LEADS OFF",
    "APNEA",
    "AFIB",
    "PVC RUN",
    "ST ELEV",
    "BRADY",
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Filler that looks like an identifier to a pattern but is none: nothing here is gold."""

    def u(text: str) -> Value:
        return (None, text)

    hexs = "0123456789abcdef"
    ver = f"{rng.randint(1, 12)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
    return {
        "ctl": u(_id(rng, ("MSG99999999", "9999999999999", "Q9999999T9999999", "CTL-99999-99"))),
        "ctl2": u(f"{rng.randint(10**8, 10**9 - 1)}"),
        "isa13": u(f"{rng.randint(1, 999999999):09d}"),
        "gs06": u(str(rng.randint(1, 99999))),
        "st02": u(f"{rng.randint(1, 9999):04d}"),
        "trn": u(f"{rng.randint(10**9, 10**10 - 1)}"),
        "session": u("".join(rng.choice(hexs) for _ in range(32))),
        "session_short": u(_id(rng, ("sess-@@9@9@9@", "S9999-@9@9", "JSESSIONID=@9@99@9@9@9@"))),
        "req": u(
            f"req-{''.join(rng.choice(hexs) for _ in range(8))}-{''.join(rng.choice(hexs) for _ in range(4))}"
        ),
        "trace": u("".join(rng.choice(hexs) for _ in range(16))),
        "sha": u("".join(rng.choice(hexs) for _ in range(rng.choice((12, 40, 64))))),
        "ver": u(ver),
        "ver4": u(f"{rng.randint(1, 11)}.{rng.randint(0, 9)}.{rng.randint(0, 9)}.{rng.randint(100, 240)}"),
        "build": u(f"build {rng.randint(1000, 99999)}"),
        "port": u(str(rng.choice((2575, 8443, 6661, 104, 11112, 443, 5000, 8080)))),
        "hl7ver": u(rng.choice(("2.3", "2.5.1", "2.4", "2.7"))),
        "sop": u(rng.choice(SOP_UIDS)),
        "tsuid": u(rng.choice(TS_UIDS)),
        "oid": u(rng.choice(ORG_OIDS)),
        "oid2": u(rng.choice(ORG_OIDS)),
        "drug": u(rng.choice(DRUGS)),
        "drug2": u(rng.choice(DRUGS)),
        "dose": u(
            rng.choice(
                ("5 mg", "12.5 mg", "40 mg", "1 g", "500 mg", "0.5 mg", "10 units", "2.5 mg", "75 mcg")
            )
        ),
        "dose2": u(
            rng.choice(("1 tab PO BID", "q8h", "20 mg IV push", "QHS", "q6h PRN", "1,000 mL NS", "daily"))
        ),
        "rate": u(
            rng.choice(("125 mL/h", "8 mL/hr", "0.08 mcg/kg/min", "18 units/h", "50 mL/h", "2.5 mL/h"))
        ),
        "vtbi": u(rng.choice(("250 mL", "1000 mL", "48 mL", "100 mL", "500 mL"))),
        "brand": u(rng.choice(DEVICE_BRANDS)),
        "brand2": u(rng.choice(DEVICE_BRANDS)),
        "model": u(_id(rng, ("M9999@", "Model 9999-99", "@@-9999", "99999-999"))),
        "ref": u(_id(rng, ("REF 99999-99", "REF @9999", "CAT# 999-9999", "REF 9999999"))),
        "fw": u(f"fw {rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}"),
        "druglot": u(_id(rng, ("Lot 99@@9", "LOT @999999", "lot 9999@@"))),
        "bp": u(f"{rng.randint(96, 178)}/{rng.randint(52, 98)}"),
        "hr": u(str(rng.randint(48, 132))),
        "spo2": u(f"{rng.randint(86, 100)}%"),
        "temp": u(f"{rng.uniform(35.8, 39.4):.1f} C"),
        "rr": u(str(rng.randint(10, 28))),
        "weight": u(f"{rng.uniform(41, 138):.1f} kg"),
        "lab": u(rng.choice(LABS)),
        "lab2": u(rng.choice(LABS)),
        "lab3": u(rng.choice(LABS)),
        "score": u(rng.choice(SCORES)),
        "score2": u(rng.choice(SCORES)),
        "eponym": u(rng.choice(EPONYMS)),
        "eponym2": u(rng.choice(EPONYMS)),
        "role": u(rng.choice(ROLES)),
        "role2": u(rng.choice(ROLES)),
        "year": u(str(rng.randint(1988, 2026))),
        "year2": u(str(rng.randint(1995, 2026))),
        "young": u(str(rng.randint(18, 89))),
        "young_dicom": u(f"{rng.randint(1, 89):03d}"),
        "young_word": u(rng.choice(("eighty-four", "seventy", "sixty-two", "eighty-nine", "fifty-five"))),
        "time": u(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
        "time2": u(f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"),
        "time_ampm": u(
            f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM', 'am', 'pm'))}"
        ),
        "room": u(_id(rng, ("Rm 9999", "9@99", "Room 999-B", "Bay 99", "OR 9"))),
        "bed": u(_id(rng, ("9", "99-@", "@", "@99"))),
        "ward": u(rng.choice(WARDS)),
        "icd": u(rng.choice(ICD)),
        "icd2": u(rng.choice(ICD)),
        "cpt": u(rng.choice(CPT)),
        "cpt2": u(rng.choice(CPT)),
        "loinc": u(rng.choice(LOINC)),
        "loinc2": u(rng.choice(LOINC)),
        "ndc": u(rng.choice(NDC)),
        "snomed": u(rng.choice(SNOMED)),
        "money": u(f"${rng.randint(10, 48000):,}.{rng.randint(0, 99):02d}"),
        "money2": u(f"{rng.randint(5, 2500)}.00"),
        "http": u(rng.choice(HTTP)),
        "err": u(rng.choice(ERRORS)),
        "err2": u(rng.choice(ERRORS)),
        "phonelike": u(
            rng.choice(
                (
                    f"part {rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                    f"batch {rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(1000, 9999)}",
                    f"cycle count {rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
                    f"kit {rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
                )
            )
        ),
        "ncpdp": u(f"{rng.randint(1000000, 9999999)}"),
        "statename": u(rng.choice(STATE_NAMES)),
        "stateab": u(rng.choice(STATES)),
        "count": u(str(rng.randint(2, 480))),
        "count2": u(str(rng.randint(1, 60))),
        "pct": u(f"{rng.randint(1, 99)}%"),
        "dur": u(f"{rng.randint(2, 59)} min"),
        "ms": u(f"{rng.randint(3, 9000)} ms"),
        "modality": u(rng.choice(MODALITIES)),
        "body": u(rng.choice(BODY)),
        "alarm": u(rng.choice(ALARMS)),
        "alarm2": u(rng.choice(ALARMS)),
        "priority": u(rng.choice(("STAT", "ROUTINE", "ASAP", "P1", "P2", "URGENT"))),
        "queue": u(
            rng.choice(("ADT_IN", "ORU_OUT", "RDE_IN", "SIU_OUT", "MDM_IN", "DFT_OUT", "X12_837_OUT"))
        ),
        "dept": u(
            rng.choice(
                (
                    "Radiology",
                    "Cardiology",
                    "Pharmacy",
                    "Health Information Management",
                    "Patient Access",
                    "Oncology",
                    "Nephrology",
                    "Emergency Department",
                    "Revenue Cycle",
                )
            )
        ),
        "wound_img": u(f"wound_{rng.randint(1, 99):02d}_{rng.choice(('sacrum', 'heel', 'lle'))}.jpg"),
        "strip_img": u(f"strip_{rng.randint(1000, 99999)}.png"),
        "station": u(_id(rng, ("WS-@@99", "KIOSK-99", "TERM999", "CART-99", "PRN-@@-99"))),
        "printer": u(_id(rng, ("ZD621-99", "PRN-@99-9", "LBL99"))),
    }
