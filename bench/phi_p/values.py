"""Invented values for set P (community, outpatient and public-health settings outside the hospital).

``identifiers(rng)`` gives one note's identifiers, each ``(PhiType, text)`` (a gold span once placed in a
template); ``lookalikes(rng)`` gives clinical and administrative filler, each ``(None, text)``: numbers,
codes, eponyms and names of things that look like identifiers but are not. Every value is made up:
phone numbers are 555-01xx, e-mail and web hosts are example.*, IP addresses come from the
documentation and private ranges, NPIs, DEA numbers and VINs carry valid check digits, MBIs follow the
CMS pattern and SSNs avoid the 000, 666 and 9xx areas.
"""

from __future__ import annotations

import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

T = PhiType

FIRST = (
    "Aaliyah",
    "Bartholomew",
    "Chiamaka",
    "Dmitri",
    "Eilís",
    "Fatoumata",
    "Guadalupe",
    "Hiroshi",
    "Ifeoma",
    "Joaquín",
    "Kateryna",
    "Lwazi",
    "Mei-Ling",
    "Nnamdi",
    "Oluwaseun",
    "Priya",
    "Quang",
    "Rosalind",
    "Siobhán",
    "Thandiwe",
    "Ulrike",
    "Valentina",
    "Wojciech",
    "Ximena",
    "Yusuf",
    "Zofia",
    "Hope",
    "Will",
    "Rose",
    "Faith",
    "Summer",
    "Grace",
    "Hunter",
    "Mason",
    "Jade",
    "Sky",
    "Joy",
    "Amara",
    "Björn",
    "Søren",
    "Nadia",
    "Rafael",
    "Tevita",
    "Lanakila",
    "Ahmad",
    "Marisol",
    "Dong-hyun",
    "Anh",
    "Kwame",
    "Esperanza",
    "Gökhan",
    "Renée",
    "José",
    "Zoë",
    "François",
    "Bao",
    "Ines",
    "Mateus",
    "Rowan",
    "Destiny",
    "Precious",
    "Sunday",
    "Autumn",
    "Temperance",
    "Cash",
    "Ezekiel",
    "Maribel",
    "Yaw",
    "Leilani",
    "Olga",
    "Farida",
)
LAST = (
    "Bishop",
    "Rose",
    "Hope",
    "Long",
    "Young",
    "Gray",
    "Mason",
    "Baker",
    "Fisher",
    "Church",
    "Street",
    "English",
    "Moody",
    "Sterling",
    "van der Berg",
    "de la Cruz",
    "Al-Sayed",
    "O'Connell",
    "McAllister",
    "Nguyễn",
    "Trần",
    "Okonkwo",
    "Adeyemi",
    "Kowalczyk",
    "Szymańska",
    "Müller",
    "Gonçalves",
    "Dubois",
    "Papadopoulos",
    "Ivanova",
    "Haddad",
    "Ben-David",
    "Mbeki",
    "Takahashi",
    "Kim",
    "Park",
    "Choi",
    "Chávez",
    "Ramírez-Ortiz",
    "Fitzgerald",
    "St. John",
    "da Silva",
    "dos Santos",
    "Le",
    "Lopez-Whitfield",
    "Abernathy-Cole",
    "Yazzie",
    "Begay",
    "Kealoha",
    "Oyelaran",
    "Fofanah",
    "Diallo",
    "Mukherjee",
    "Raghunathan",
    "Castellanos",
    "Lindqvist",
    "Østergaard",
    "Horvath",
    "Nowak",
    "Cohen",
    "Whitehorse",
    "Pierre-Louis",
    "Jean-Baptiste",
    "Bangura",
    "Sandoval",
    "Tuilagi",
    "Marsh",
    "Winter",
    "Frost",
    "Noble",
)
TOWNS = (
    "Hope",
    "Liberty",
    "Harmony",
    "Commerce",
    "Friendship",
    "Paradise",
    "Unity",
    "Reliance",
    "Temperance",
    "Bliss",
    "Comfort",
    "Marrow Falls",
    "Cedar Bluff",
    "Kettle Run",
    "Wren Hollow",
    "Saltash",
    "Pine Level",
    "Orchard Park",
    "Stillwater",
    "Bountiful",
    "Eagle",
    "Mound",
    "Normal",
    "Boring",
    "Energy",
    "Ransom",
    "Welcome",
    "Gentry",
    "Castle Rock",
    "Fair Play",
    "Goodwater",
    "Ninemile",
    "Rosebud",
    "Sunrise",
    "Lodgepole",
    "Springvale",
    "Tuckahoe Point",
    "Lake Ardith",
    "North Fenwick",
    "Port Ellery",
    "Bethel",
    "Greenbriar Mills",
    "Haverly",
    "Ocotillo Wells",
    "Dunmore Ferry",
    "Santa Inés",
    "Coeur-du-Lac",
)
COUNTIES = (
    "Harlan County",
    "Ottertail County",
    "Wabash County",
    "Mesquite County",
    "Loudon County",
    "Kettle County",
    "Bell County",
    "Tamarack County",
    "St. Aubin Parish",
    "Quillen County",
    "Sable County",
    "Marlow County",
)
HOODS = (
    "Eastgate",
    "Little Saigon",
    "Riverside Terrace",
    "Near Northside",
    "Frogtown",
    "Old Mill",
    "Hollygrove",
    "Sugar Hill",
    "Tin Flats",
    "Las Palmas",
    "Brickyard",
    "Southpointe",
)
STREETS = (
    "Quarry Bend",
    "Hope",
    "Los Olivos",
    "Ridgeline",
    "Cottonwood",
    "Tanner Mill",
    "Juniper Hollow",
    "Rue Bellevue",
    "Old Post",
    "Mercy",
    "Kingfisher",
    "Sawgrass",
    "Lamplighter",
    "Orchard",
    "Liberty",
    "Magnolia",
    "Tecumseh",
    "Blackberry",
    "Harbor View",
    "Prairie Rose",
    "Wilshire",
    "Esperanza",
)
SUFFIXES = ("Rd", "St", "Ave", "Ln", "Blvd", "Dr", "Ct", "Way", "Pike", "Road", "Street", "Lane", "Hwy")
FACILITY_KINDS = (
    "Free Clinic",
    "Community Health Center",
    "Senior Center",
    "Middle School",
    "Elementary School",
    "Public Library",
    "Rescue Mission",
    "Family Pharmacy",
    "Adult Day Center",
    "Health Department",
    "Correctional Facility",
    "Fire & Rescue",
    "Dental Outreach",
    "Vision Center",
    "Recreation Center",
)
STATES = ("Ohio", "New Mexico", "KY", "Oregon", "GA", "Maine", "Texas", "Montana", "NC", "Iowa", "AZ", "WV")
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
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
HOSTS = ("example.org", "example.com", "example.net", "mail.example.org", "clinic.example.com")
ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _ordinal(d: int) -> str:
    suffix = "th" if 11 <= d % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    return f"{d}{suffix}"


def _date(rng: random.Random, style: str | None = None, lo: int = 2023, hi: int = 2026) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[m - 1]
    wd = WEEKDAYS[rng.randrange(7)]
    styles = {
        "us": f"{m:02d}/{d:02d}/{y}",
        "us_short": f"{m}/{d}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "eu": f"{d:02d}.{m:02d}.{y}",
        "eu_slash": f"{d:02d}/{m:02d}/{y}",
        "long": f"{mon} {d}, {y}",
        "brit": f"{d} {mon} {y}",
        "abbr": f"{d:02d}-{mon[:3]}-{y}",
        "caps": f"{d:02d}{mon[:3].upper()}{y}",
        "noyear": f"{mon[:3]} {d}",
        "slash_noyear": f"{m}/{d}",
        "ordinal": f"{mon} {_ordinal(d)}",
        "ordinal_of": f"the {_ordinal(d)} of {mon}",
        "weekday": f"{wd}, {mon} {d}",
        "weekday_short": f"{wd[:3]} {d} {mon[:3]} {y}",
        "dash": f"{m}-{d}-{y}",
        "compact": f"{y}{m:02d}{d:02d}",
        "mon_year_day": f"{mon[:3]}. {d}, {y}",
    }
    if style is None:
        style = rng.choice(sorted(styles))
    return styles[style]


def _datetime(rng: random.Random) -> str:
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    base = rng.choice(("us", "iso", "abbr", "long"))
    d = _date(rng, base)
    if base == "iso":
        return rng.choice((f"{d}T{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}", f"{d} {h:02d}:{mi:02d}"))
    if base == "us":
        return f"{d} {(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if base == "abbr":
        return f"{d} {h:02d}{mi:02d}"
    return f"{d} at {(h % 12) or 12}:{mi:02d} {'am' if h < 12 else 'pm'}"


def _spoken(rng: random.Random) -> str:
    """A birth date as a patient says it aloud."""
    m, d, y = rng.randint(1, 12), rng.randint(1, 28), rng.randint(1931, 2005)
    return rng.choice(
        (
            f"{MONTHS[m - 1]} {_ordinal(d)} {y}",
            f"{MONTHS[m - 1].lower()} {d} {y}",
            f"the {_ordinal(d)} of {MONTHS[m - 1]} {y}",
        )
    )


def _dob(rng: random.Random, style: str | None = None) -> str:
    return _date(
        rng, style or rng.choice(("us", "iso", "long", "abbr", "eu_slash", "us_short", "brit")), 1931, 2021
    )


def _age90(rng: random.Random) -> str:
    n = rng.randint(90, 104)
    if rng.random() < 0.55:
        return str(n)
    if n < 100:
        return "ninety" + (f"-{ONES[n - 90]}" if n > 90 else "")
    return "one hundred" + (f" and {ONES[n - 100]}" if n > 100 else "")


def _phone(rng: random.Random) -> str:
    area, line = rng.randint(201, 989), f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"+1-{area}-555-{line}",
            f"{area} 555 {line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"{area}-555-{line} x{rng.randint(10, 999)}",
            f"({area}) 555-{line} ext. {rng.randint(100, 9999)}",
            f"{area}555{line}",
        )
    )


def _email(rng: random.Random, first: str, last: str) -> str:
    f = first.lower().translate(str.maketrans("íéöøåäüóáçñëạễầ", "ieooaauoacneaea")).replace(" ", "")
    l_ = "".join(ch for ch in last.lower() if ch.isascii() and ch.isalpha()) or "pt"
    f = "".join(ch for ch in f if ch.isascii() and ch.isalpha()) or "x"
    user = rng.choice(
        (f"{f}.{l_}", f"{f[0]}{l_}{rng.randint(1, 99)}", f"{l_}_{f}", f"{f}{rng.randint(70, 2009)}")
    )
    return f"{user}@{rng.choice(HOSTS)}"


def _url(rng: random.Random) -> str:
    host = (
        rng.choice(("portal", "tele", "book", "www", "registry", "forms", "care"))
        + "."
        + rng.choice(HOSTS[:3])
    )
    path = rng.choice(("p", "visit", "join", "r", "chart", "u", "appt"))
    token = rng.choice(
        (
            _digits(rng, 6),
            _letters(rng, 3).lower() + _digits(rng, 4),
            "-".join(_letters(rng, 3) for _ in range(3)).lower(),
        )
    )
    return rng.choice(
        (f"https://{host}/{path}/{token}", f"http://{host}/{path}?id={token}", f"{host}/{path}/{token}")
    )


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2001:db8::{rng.randint(1, 0xFFFF):x}",
            f"2001:db8:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFF):x}",
            f"fd00:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
        )
    )


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        (
            f"{area:03d}-{group:02d}-{serial:04d}",
            f"{area:03d} {group:02d} {serial:04d}",
            f"{area:03d}{group:02d}{serial:04d}",
        )
    )


def _luhn_check(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = str(rng.choice((1, 2))) + _digits(rng, 8)
    return body + _luhn_check("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = next((ch.upper() for ch in last if ch.isascii() and ch.isalpha()), "X")
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    chars = [rng.choice(VIN_CHARS) for _ in range(17)]
    chars[9] = rng.choice("LMNPRST")  # model year letter
    total = sum(
        (int(c) if c.isdigit() else VIN_VALUES[c]) * w for c, w in zip(chars, VIN_WEIGHTS, strict=True)
    )
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}",
        )
    )


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(rng: random.Random) -> str:
    an = MBI_ALPHA + string.digits
    s = (
        str(rng.randint(1, 9))
        + rng.choice(MBI_ALPHA)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(MBI_ALPHA)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(MBI_ALPHA)
        + rng.choice(MBI_ALPHA)
        + rng.choice(string.digits)
        + rng.choice(string.digits)
    )
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def _mrn(rng: random.Random) -> str:
    return rng.choice(
        (
            _digits(rng, 8),
            f"MRN-{_digits(rng, 7)}",
            f"M{_digits(rng, 7)}",
            f"{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 3)}",
            f"CH {_digits(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 6)}",
            f"E{_digits(rng, 9)}",
            f"{_letters(rng, 2)}{_digits(rng, 6)}",
            f"0{_digits(rng, 6)}-{rng.randint(0, 9)}",
        )
    )


def _plan(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"W{_digits(rng, 4)} {_digits(rng, 5)}",
            f"{_digits(rng, 9)}-0{rng.randint(1, 4)}",
            f"ZQK-{_digits(rng, 8)}",
            f"U{_digits(rng, 8)}{rng.randint(0, 9):02d}",
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
        )
    )


def _medicaid(rng: random.Random) -> str:
    return rng.choice(
        (
            f"MC{_digits(rng, 8)}",
            f"{_digits(rng, 10)}",
            f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
            f"MCD-{_digits(rng, 4)}-{_digits(rng, 4)}",
        )
    )


def _group(rng: random.Random) -> str:
    return rng.choice(
        (
            f"GRP-{_digits(rng, 5)}",
            f"{_digits(rng, 6)}",
            f"G{_digits(rng, 4)}{_letters(rng, 2)}",
            f"{_digits(rng, 3)}-{_digits(rng, 4)}",
        )
    )


def _account(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_digits(rng, 10)}",
            f"ACCT {_digits(rng, 8)}",
            f"A-{_digits(rng, 3)}-{_digits(rng, 5)}",
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 2)}",
            f"PA{_digits(rng, 7)}",
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 6)}",
        )
    )


def _claim(rng: random.Random) -> str:
    return rng.choice(
        (
            f"WC-{rng.randint(2023, 2026)}-{_digits(rng, 6)}",
            f"CLM{_digits(rng, 9)}",
            f"{_digits(rng, 2)}-{_digits(rng, 7)}",
            f"{_letters(rng, 2)}{_digits(rng, 4)}{_letters(rng, 1)}{_digits(rng, 4)}",
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 4)}",
        )
    )


def _dl(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"{_letters(rng, 1)}{_digits(rng, 7)}",
            f"{_digits(rng, 9)}",
            f"{_letters(rng, 2)}{_digits(rng, 6)}",
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
        )
    )


def _lic(rng: random.Random) -> str:
    return rng.choice(
        (
            f"RN{_digits(rng, 7)}",
            f"{_digits(rng, 6)}",
            f"MD-{_digits(rng, 5)}",
            f"{_letters(rng, 2)}.{_digits(rng, 6)}",
            f"OD {_digits(rng, 4)}",
            f"HHA-{_digits(rng, 6)}",
            f"{_digits(rng, 2)}-{_digits(rng, 5)}",
            f"LPN {_digits(rng, 6)}",
            f"C{_digits(rng, 5)}",
        )
    )


def _serial(rng: random.Random) -> str:
    return rng.choice(
        (
            f"SN{_digits(rng, 9)}",
            f"{_digits(rng, 2)}{_letters(rng, 2)}{_digits(rng, 6)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}-{_letters(rng, 1)}{_digits(rng, 2)}",
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            f"PX{_digits(rng, 7)}{_letters(rng, 1)}",
            f"{_letters(rng, 1)}{_digits(rng, 10)}",
        )
    )


def _udi(rng: random.Random) -> str:
    return rng.choice(
        (
            f"(01)0{_digits(rng, 13)}(21){_letters(rng, 2)}{_digits(rng, 6)}",
            f"(01)0{_digits(rng, 13)}(17){rng.randint(26, 30)}{rng.randint(1, 12):02d}28(21){_digits(rng, 8)}",
            f"+H{_digits(rng, 3)}{_letters(rng, 4)}{_digits(rng, 6)}/$$3{_digits(rng, 6)}",
            f"01{_digits(rng, 14)}21{_digits(rng, 9)}",
        )
    )


def _bio(rng: random.Random, kind: str) -> str:
    prefix = {
        "fp": ("FP", "FPT", "LS-FP"),
        "voice": ("VP", "VOX", "VPR"),
        "iris": ("IRS", "IR"),
        "palm": ("PV", "PALM"),
        "gait": ("GT", "GAIT"),
    }[kind]
    return rng.choice(
        (
            f"{rng.choice(prefix)}-{_digits(rng, 6)}",
            f"{rng.choice(prefix)}{_digits(rng, 4)}-{_letters(rng, 2)}{_digits(rng, 2)}",
            f"{rng.choice(prefix).lower()}_{_digits(rng, 3)}_{_letters(rng, 4).lower()}",
            f"{rng.choice(prefix)}/{rng.randint(2023, 2026)}/{_digits(rng, 5)}",
        )
    )


def _photo(rng: random.Random, last: str) -> str:
    l_ = "".join(ch for ch in last.lower() if ch.isascii() and ch.isalpha()) or "pt"
    return rng.choice(
        (
            f"IMG_{_date(rng, 'compact')}_{_digits(rng, 4)}.jpg",
            f"{l_}_face_{_digits(rng, 5)}.png",
            f"PHOTO-{_digits(rng, 7)}",
            f"face_{_digits(rng, 4)}.heic",
            f"headshot-{_letters(rng, 2).lower()}{_digits(rng, 5)}.jpeg",
            f"PIC{_digits(rng, 6)}",
            f"mugshot_{_digits(rng, 8)}.tif",
        )
    )


def _other(rng: random.Random, kind: str) -> str:
    makers = {
        "student": lambda: rng.choice(
            (
                f"S{_digits(rng, 7)}",
                f"{_digits(rng, 9)}",
                f"STU-{_digits(rng, 6)}",
                f"{_digits(rng, 4)}-{_digits(rng, 4)}",
            )
        ),
        "employee": lambda: rng.choice(
            (
                f"E{_digits(rng, 6)}",
                f"EMP-{_digits(rng, 5)}",
                f"{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{_digits(rng, 5)}",
            )
        ),
        "inmate": lambda: rng.choice(
            (
                f"{_digits(rng, 6)}",
                f"DOC#{_digits(rng, 7)}",
                f"{_letters(rng, 1)}-{_digits(rng, 5)}",
                f"{_digits(rng, 4)}-{_digits(rng, 3)}",
            )
        ),
        "case": lambda: rng.choice(
            (
                f"{rng.randint(2023, 2026)}-CW-{_digits(rng, 5)}",
                f"CASE {_digits(rng, 7)}",
                f"CT{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 4)}-{_letters(rng, 1)}",
            )
        ),
        "rx": lambda: rng.choice(
            (
                f"{_digits(rng, 7)}",
                f"RX{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 5)}",
                f"Rx {_digits(rng, 8)}",
            )
        ),
        "pa": lambda: rng.choice(
            (
                f"PA-{_digits(rng, 8)}",
                f"AUTH{_digits(rng, 6)}{_letters(rng, 1)}",
                f"{_letters(rng, 3)}{_digits(rng, 7)}",
            )
        ),
        "specimen": lambda: rng.choice(
            (
                f"{rng.randint(23, 26)}-PB-{_digits(rng, 6)}",
                f"SP{_digits(rng, 8)}",
                f"ACC {_digits(rng, 4)}-{_digits(rng, 5)}",
                f"L{_digits(rng, 9)}",
            )
        ),
        "study": lambda: rng.choice(
            (
                f"SUBJ-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"P{_digits(rng, 4)}",
                f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                f"CR{_digits(rng, 2)}-{_digits(rng, 4)}",
            )
        ),
        "registry": lambda: rng.choice(
            (
                f"IIS{_digits(rng, 9)}",
                f"{_digits(rng, 11)}",
                f"R-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
            )
        ),
        "wic": lambda: rng.choice(
            (f"WF{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 6)}", f"FAM{_digits(rng, 6)}")
        ),
        "placard": lambda: rng.choice(
            (
                f"DP{_digits(rng, 7)}",
                f"{_letters(rng, 1)}{_digits(rng, 6)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}",
            )
        ),
        "juror": lambda: rng.choice(
            (f"J{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}", f"JUR{_digits(rng, 6)}")
        ),
        "anum": lambda: rng.choice(
            (
                f"A{_digits(rng, 9)}",
                f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"A{_digits(rng, 8)}",
            )
        ),
        "client": lambda: rng.choice(
            (
                f"{_letters(rng, 4)}{_digits(rng, 4)}",
                f"C-{_digits(rng, 5)}",
                f"{_letters(rng, 2).lower()}{_digits(rng, 2)}{_letters(rng, 2).lower()}{_digits(rng, 2)}",
            )
        ),
    }
    return makers[kind]()


def _street(rng: random.Random, po_box: bool = True) -> str:
    if po_box and rng.random() < 0.08:
        return f"PO Box {rng.randint(10, 9999)}"
    num = rng.choice((str(rng.randint(1, 99)), str(rng.randint(100, 999)), str(rng.randint(1000, 29999))))
    pre = rng.choice(("", "", "", "N ", "W ", "East ", "SE "))
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIXES)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f"Unit {rng.randint(1, 300)}",
            f"#{rng.randint(2, 999)}",
            f"Lot {rng.randint(1, 80)}",
            f"Trlr {rng.randint(1, 40)}",
            f"Ste {rng.randint(100, 450)}",
            f"Space {rng.randint(1, 99)}",
            f"Apt. {rng.randint(100, 999)}",
        )
    )


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(1, 99):02d}{_digits(rng, 3)}"
    return z if rng.random() < 0.7 else f"{z}-{_digits(rng, 4)}"


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(string.ascii_uppercase)


def _name(rng: random.Random, person: tuple[str, str, str] | None = None) -> str:
    first, last, mi = person or _person(rng)
    return rng.choice(
        (
            f"{first} {last}",
            f"{first} {last}",
            f"{first} {mi}. {last}",
            f"{last}, {first}",
            f"{last}, {first} {mi}.",
            f"{last.upper()}, {first.upper()}",
            f"{first[0]}. {last}",
        )
    )


def _initials(first: str, last: str, mi: str) -> str:
    l0 = next((ch for ch in last if ch.isupper()), last[0].upper())
    return f"{first[0]}.{mi}.{l0}." if len(first) % 2 else f"{first[0]}{l0}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One note's identifiers (the patient's name parts agree with one another)."""
    first, last, mi = _person(rng)
    kin = _person(rng)
    doc = _person(rng)
    staff, staff2, staff3 = _person(rng), _person(rng), _person(rng)
    city, city2 = rng.choice(TOWNS), rng.choice(TOWNS)
    street = _street(rng)
    v: dict[str, Value] = {
        # names
        "pt": (T.NAME, _name(rng, (first, last, mi))),
        "pt_full": (T.NAME, f"{first} {last}"),
        "pt_first": (T.NAME, first),
        "pt_last": (T.NAME, last),
        "pt_lfm": (T.NAME, f"{last}, {first} {mi}."),
        "pt_caps": (T.NAME, f"{last.upper()}, {first.upper()}"),
        "pt_caps_fl": (T.NAME, f"{first.upper()} {mi} {last.upper()}"),
        "pt_lower": (T.NAME, f"{first.lower()} {last.lower()}"),
        "pt_init": (T.NAME, _initials(first, last, mi)),
        "kin": (T.NAME, _name(rng, kin)),
        "kin_full": (T.NAME, f"{kin[0]} {kin[1]}"),
        "kin_first": (T.NAME, kin[0]),
        "kin_caps": (T.NAME, f"{kin[0].upper()} {kin[1].upper()}"),
        "kin_lower": (T.NAME, kin[0].lower()),
        "doc": (T.NAME, f"{doc[0]} {doc[1]}"),
        "doc_last": (T.NAME, doc[1]),
        "doc_caps": (T.NAME, f"{doc[0].upper()} {doc[1].upper()}"),
        "doc_lfm": (T.NAME, f"{doc[1]}, {doc[0]} {doc[2]}."),
        "staff": (T.NAME, _name(rng, staff)),
        "staff_full": (T.NAME, f"{staff[0]} {staff[1]}"),
        "staff_first": (T.NAME, staff[0]),
        "staff_lower": (T.NAME, staff[0].lower()),
        "staff2": (T.NAME, f"{staff2[0]} {staff2[1]}"),
        "staff2_first": (T.NAME, staff2[0]),
        "staff3": (T.NAME, f"{staff3[0][0]}. {staff3[1]}"),
        "friend": (T.NAME, rng.choice(FIRST)),
        # locations
        "street": (T.LOCATION, street),
        "street_caps": (T.LOCATION, street.upper()),
        "street_lower": (T.LOCATION, street.lower()),
        "street2": (T.LOCATION, _street(rng, po_box=False)),
        "unit": (T.LOCATION, _unit(rng)),
        "city": (T.LOCATION, city),
        "city_caps": (T.LOCATION, city.upper()),
        "city_lower": (T.LOCATION, city.lower()),
        "city2": (T.LOCATION, city2),
        "county": (T.LOCATION, rng.choice(COUNTIES)),
        "hood": (T.LOCATION, rng.choice(HOODS)),
        "zip": (T.LOCATION, _zip(rng)),
        "zip2": (T.LOCATION, _zip(rng)),
        "facility": (T.LOCATION, f"{rng.choice(TOWNS)} {rng.choice(FACILITY_KINDS)}"),
        "facility2": (T.LOCATION, f"{city2} {rng.choice(FACILITY_KINDS)}"),
        # dates and ages
        "dob": (T.DATE, _dob(rng)),
        "dob_us": (T.DATE, _dob(rng, "us")),
        "dob_child": (T.DATE, _date(rng, rng.choice(("us", "iso", "long", "us_short")), 2008, 2023)),
        "dob_child_caps": (T.DATE, _date(rng, "caps", 2012, 2024)),
        "dob_iso": (T.DATE, _dob(rng, "iso")),
        "dob_eu": (T.DATE, _dob(rng, "eu")),
        "dob_caps": (T.DATE, _dob(rng, "caps")),
        "dob_long": (T.DATE, _dob(rng, rng.choice(("long", "brit", "mon_year_day")))),
        "dob_long_spoken": (T.DATE, _spoken(rng)),
        "date": (T.DATE, _date(rng)),
        "date2": (T.DATE, _date(rng)),
        "date3": (T.DATE, _date(rng)),
        "date4": (T.DATE, _date(rng)),
        "date_us": (T.DATE, _date(rng, rng.choice(("us", "us_short", "dash")))),
        "date_us2": (T.DATE, _date(rng, "us")),
        "date_iso": (T.DATE, _date(rng, "iso")),
        "date_iso2": (T.DATE, _date(rng, "iso")),
        "date_eu": (T.DATE, _date(rng, rng.choice(("eu", "eu_slash", "brit")))),
        "date_eu2": (T.DATE, _date(rng, rng.choice(("eu", "eu_slash")))),
        "date_long": (T.DATE, _date(rng, rng.choice(("long", "brit", "mon_year_day")))),
        "date_noyear": (T.DATE, _date(rng, rng.choice(("noyear", "slash_noyear", "ordinal", "ordinal_of")))),
        "date_noyear2": (T.DATE, _date(rng, rng.choice(("noyear", "slash_noyear", "ordinal")))),
        "date_wd": (T.DATE, _date(rng, rng.choice(("weekday", "weekday_short")))),
        "date_caps": (T.DATE, _date(rng, "caps")),
        "date_lower": (T.DATE, _date(rng, rng.choice(("noyear", "ordinal", "brit"))).lower()),
        "dt": (T.DATE, _datetime(rng)),
        "dt2": (T.DATE, _datetime(rng)),
        "age90": (T.AGE, _age90(rng)),
        "age90b": (T.AGE, _age90(rng)),
        # contact
        "phone": (T.PHONE, _phone(rng)),
        "phone2": (T.PHONE, _phone(rng)),
        "phone3": (T.PHONE, _phone(rng)),
        "fax": (T.FAX, _phone(rng)),
        "fax2": (T.FAX, _phone(rng)),
        "email": (T.EMAIL, _email(rng, first, last)),
        "email2": (T.EMAIL, _email(rng, staff[0], staff[1])),
        "url": (T.URL, _url(rng)),
        "url2": (T.URL, _url(rng)),
        "ip": (T.IP_ADDRESS, _ip(rng)),
        "ip2": (T.IP_ADDRESS, _ip(rng)),
        # numbers
        "ssn": (T.SSN, _ssn(rng)),
        "mrn": (T.MRN, _mrn(rng)),
        "mrn2": (T.MRN, _mrn(rng)),
        "plan": (T.HEALTH_PLAN_ID, _plan(rng)),
        "plan2": (T.HEALTH_PLAN_ID, _plan(rng)),
        "mbi": (T.HEALTH_PLAN_ID, _mbi(rng)),
        "medicaid": (T.HEALTH_PLAN_ID, _medicaid(rng)),
        "group": (T.HEALTH_PLAN_ID, _group(rng)),
        "acct": (T.ACCOUNT, _account(rng)),
        "acct2": (T.ACCOUNT, _account(rng)),
        "claim": (T.ACCOUNT, _claim(rng)),
        "npi": (T.LICENSE, _npi(rng)),
        "npi2": (T.LICENSE, _npi(rng)),
        "dea": (T.LICENSE, _dea(rng, doc[1])),
        "dl": (T.LICENSE, _dl(rng)),
        "lic": (T.LICENSE, _lic(rng)),
        "lic2": (T.LICENSE, _lic(rng)),
        "vin": (T.VEHICLE_ID, _vin(rng)),
        "plate": (T.VEHICLE_ID, _plate(rng)),
        "plate2": (T.VEHICLE_ID, _plate(rng)),
        "serial": (T.DEVICE_ID, _serial(rng)),
        "serial2": (T.DEVICE_ID, _serial(rng)),
        "udi": (T.DEVICE_ID, _udi(rng)),
        "bio_fp": (T.BIOMETRIC, _bio(rng, "fp")),
        "bio_voice": (T.BIOMETRIC, _bio(rng, "voice")),
        "bio_iris": (T.BIOMETRIC, _bio(rng, "iris")),
        "bio_palm": (T.BIOMETRIC, _bio(rng, "palm")),
        "bio_gait": (T.BIOMETRIC, _bio(rng, "gait")),
        "photo": (T.PHOTO, _photo(rng, last)),
        "photo2": (T.PHOTO, _photo(rng, last)),
        "student_id": (T.OTHER_ID, _other(rng, "student")),
        "emp_id": (T.OTHER_ID, _other(rng, "employee")),
        "inmate": (T.OTHER_ID, _other(rng, "inmate")),
        "case_no": (T.OTHER_ID, _other(rng, "case")),
        "rx": (T.OTHER_ID, _other(rng, "rx")),
        "rx2": (T.OTHER_ID, _other(rng, "rx")),
        "pa_ref": (T.OTHER_ID, _other(rng, "pa")),
        "specimen": (T.OTHER_ID, _other(rng, "specimen")),
        "study_id": (T.OTHER_ID, _other(rng, "study")),
        "registry_id": (T.OTHER_ID, _other(rng, "registry")),
        "wic_id": (T.OTHER_ID, _other(rng, "wic")),
        "placard_no": (T.OTHER_ID, _other(rng, "placard")),
        "juror_no": (T.OTHER_ID, _other(rng, "juror")),
        "a_number": (T.OTHER_ID, _other(rng, "anum")),
        "client_id": (T.OTHER_ID, _other(rng, "client")),
    }
    return v


# --- look-alikes (never gold) ----------------------------------------------------------------------

DOSES = (
    "ibuprofen 400 mg PO q6h prn",
    "amoxicillin 875 mg BID x 10 days",
    "albuterol 2 puffs q4h prn",
    "isoniazid 300 mg daily",
    "rifapentine 900 mg weekly",
    "metformin 500 mg BID",
    "lisinopril 10 mg daily",
    "cetirizine 10 mg at bedtime",
    "ferrous sulfate 325 mg every other day",
    "buprenorphine 8 mg SL daily",
    "naloxone 4 mg intranasal x2",
    "acetaminophen 650 mg q6h",
    "atovaquone-proguanil 250/100 mg daily",
    "azithromycin 1000 mg x1",
    "sertraline 50 mg qAM",
    "prednisone 40 mg x5 days",
    "pyridoxine 25 mg daily",
)
BRANDS = (
    "EpiPen Jr",
    "Flovent HFA 44 mcg",
    "Narcan",
    "Ventolin",
    "Vaxchora",
    "Typhim Vi",
    "Ixiaro",
    "Shingrix",
    "Gardasil 9",
    "Boostrix",
    "Tubersol",
    "QuantiFERON-TB Gold Plus",
    "ProAir",
    "Similac Advance",
    "Enfamil NeuroPro",
    "Ensure Plus",
    "Lantus SoloStar",
    "Symbicort 80/4.5",
)
DEVICE_BRANDS = (
    "Dexcom G7",
    "FreeStyle Libre 3",
    "Omnipod 5",
    "Oticon More",
    "ResMed AirSense 11",
    "Lifeline",
    "Zio patch",
    "Omron 10 Series",
    "Phonak Audeo",
    "Tandem t:slim X2",
    "Contour Next One",
    "Inogen One G5",
    "Withings Body+",
)
VITALS = (
    "BP 118/76, HR 72, T 98.4 F, SpO2 98% RA",
    "BP 142/88 HR 90 RR 18 T 37.1C",
    "P 64 R 16 BP 104/62",
    "HR 110, RR 22, SpO2 93%",
    "BP 130/84 (L arm, seated), pulse 78",
    "T 100.9 F, HR 101",
    "wt 31.4 kg (72nd %ile), ht 142 cm",
    "BP 96/58 HR 88 wt 14.2 kg",
    "glucose 212 mg/dL fingerstick",
)
LABS = (
    "Hgb 11.2 g/dL (ref 11.5-15.5)",
    "venous lead 4.1 mcg/dL (ref <3.5)",
    "A1c 6.8% (ref 4.0-5.6)",
    "ALT 42 U/L (7-56)",
    "TSH 5.9 mIU/L (0.4-4.0)",
    "ferritin 9 ng/mL (15-150)",
    "LDL 142 mg/dL",
    "capillary lead 6.2 ug/dL",
    "creatinine 0.9 mg/dL (0.6-1.2)",
    "hep B sAb 8 mIU/mL (non-immune <10)",
    "measles IgG 1.4 AI (immune >1.1)",
    "RPR non-reactive",
    "CD4 612 cells/uL (38%)",
    "viral load <20 copies/mL",
)
SCORES = (
    "PHQ-9 = 7",
    "AUDIT-C 3/12",
    "GAD-7 5",
    "Snellen 20/40 OD, 20/25 OS",
    "GCS 15",
    "APGAR 8/9",
    "BMI 86th percentile",
    "MMSE 27/30",
    "Katz ADL 5/6",
    "Braden 18",
    "Morse fall score 45",
    "PEF 310 L/min (78%)",
    "Ishihara 14/14",
    "CRAFFT 2",
    "Edinburgh 11",
    "ASQ-3 passed all domains",
    "TUG 14 s",
)
AUDIO = (
    "25 dB HL at 4000 Hz",
    "R 20/20/25/40 dB",
    "L ear 35 dB at 2 kHz",
    "OAE pass bilaterally",
    "tymp type B left",
)
EPONYMS = (
    "Osgood-Schlatter",
    "Sever's disease",
    "Hashimoto thyroiditis",
    "Bell's palsy",
    "Raynaud phenomenon",
    "Kawasaki disease",
    "Tinel's sign",
    "Lachman test",
    "McMurray",
    "Crohn's",
    "Graves disease",
    "Down syndrome",
    "Addison's",
    "Legg-Calvé-Perthes",
    "Scheuermann kyphosis",
    "Baker's cyst",
)
ROLES = (
    "the school nurse",
    "the case manager",
    "the on-call paramedic",
    "the outreach worker",
    "the pharmacist",
    "the home health aide",
    "the charge nurse",
    "the interpreter",
    "the foster parent",
    "the camp director",
    "the athletic trainer",
    "the DOT worker",
    "the peer navigator",
    "the intake clerk",
    "the hygienist",
)
PROGRAMS = (
    "Vaccines for Children (VFC)",
    "WIC",
    "Ryan White Part B",
    "Meals on Wheels",
    "Medicaid waiver",
    "SNAP-Ed",
    "Head Start",
    "Reach Out and Read",
    "Project Lazarus",
    "PACE",
    "CDC Yellow Book guidance",
    "Lead-Safe Homes",
    "Healthy Start",
    "Title X",
)
ICDS = (
    "Z23",
    "J45.20",
    "S93.401A",
    "Z00.129",
    "R56.9",
    "E66.9",
    "Z11.1",
    "F11.20",
    "Z59.00",
    "H52.13",
    "Z77.011",
    "M92.52",
)
CPTS = (
    "90471",
    "99213",
    "99393",
    "92551",
    "83655",
    "86580",
    "99341",
    "G0438",
    "D1110",
    "92015",
    "96127",
    "T1019",
)
CVX = ("CVX 141", "CVX 115", "CVX 62", "CVX 208", "CVX 187", "CVX 21", "CVX 03", "CVX 101")
NDCS = ("0006-4047-41", "49281-0421-10", "58160-0842-11", "0093-2263-01", "69097-0361-02", "0591-5694-01")
LOTS = ("Lot EK5730", "lot U7324AA", "Lot# 3CA15C2", "LOT 9K4R7", "lot X0921B", "Lot FH8022")
ROOMS = ("Rm 214", "Bay 3", "Trailer B", "exam room 2", "Portable 6", "cell block C", "Station 4", "booth 7")
CATALOG = (
    "cat. no. 4471-220",
    "REF 3M-1860",
    "item 800-4471",
    "SKU 20-1140-07",
    "model E-200",
    "kit KT-0192",
)
TITERS = ("1:160", "1:40", "2:1", "1:1", "3:2", "1:8")


def _time(rng: random.Random) -> str:
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        (f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}")
    )


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Filler that resembles identifiers: doses, vitals, labs, scores, codes, lots, years, ages up to 89."""
    age, age2 = rng.randint(1, 89), rng.randint(5, 89)
    v = {
        "dose": rng.choice(DOSES),
        "dose2": rng.choice(DOSES),
        "brand": rng.choice(BRANDS),
        "brand2": rng.choice(BRANDS),
        "devbrand": rng.choice(DEVICE_BRANDS),
        "devbrand2": rng.choice(DEVICE_BRANDS),
        "vitals": rng.choice(VITALS),
        "vitals2": rng.choice(VITALS),
        "lab": rng.choice(LABS),
        "lab2": rng.choice(LABS),
        "score": rng.choice(SCORES),
        "score2": rng.choice(SCORES),
        "audio": rng.choice(AUDIO),
        "eponym": rng.choice(EPONYMS),
        "eponym2": rng.choice(EPONYMS),
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "program": rng.choice(PROGRAMS),
        "program2": rng.choice(PROGRAMS),
        "year": str(rng.randint(1998, 2026)),
        "year2": str(rng.randint(2010, 2026)),
        "age": str(age),
        "age2": str(age2),
        "age_words": rng.choice(
            ("seventy-four", "eighty-nine", "sixty", "eighty-two", "forty-one", "eleven")
        ),
        "time": _time(rng),
        "time2": _time(rng),
        "room": rng.choice(ROOMS),
        "icd": rng.choice(ICDS),
        "icd2": rng.choice(ICDS),
        "cpt": rng.choice(CPTS),
        "cpt2": rng.choice(CPTS),
        "cvx": rng.choice(CVX),
        "ndc": rng.choice(NDCS),
        "lot": rng.choice(LOTS),
        "lot2": rng.choice(LOTS),
        "dollars": f"${rng.randint(5, 2400):,}.{rng.choice(('00', '50', '25', '99'))}",
        "dollars2": f"${rng.randint(1, 90)}",
        "catalog": rng.choice(CATALOG),
        "titer": rng.choice(TITERS),
        "state": rng.choice(STATES),
        "weight": f"{rng.randint(3, 140)}.{rng.randint(0, 9)} kg",
        "qty": f"#{rng.choice((30, 60, 90, 14, 28))}",
        "refills": str(rng.randint(0, 5)),
        "ppd": f"{rng.randint(0, 22)} mm",
        "pct": f"{rng.randint(1, 99)}%",
        "count": str(rng.randint(2, 400)),
        "hours": f"{rng.randint(1, 9)}.{rng.choice((0, 25, 5, 75))}",
        "minutes": str(rng.randint(5, 55)),
        "grade": rng.choice(("K", "3rd", "5th", "7th", "9th", "11th")),
        "dB": f"{rng.choice((20, 25, 30, 35, 40, 45))} dB",
        "ratio": rng.choice(TITERS),
        "jersey": f"#{rng.randint(1, 99)}",
        "tooth": f"#{rng.randint(1, 32)}",
        "unitno": f"Medic {rng.randint(1, 40)}",
        "bin": f"BIN {rng.choice(('610014', '004336', '015581', '610502'))}",
        "pcn": rng.choice(("PCN ADV", "PCN MEDDPRIME", "PCN 9999", "PCN CN")),
    }
    return {k: (None, text) for k, text in v.items()}
