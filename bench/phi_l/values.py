"""Invented values for set L: identifiers (typed, each a gold span) and clinical look-alikes (untyped).

Every person, place, number and address here is made up. Numbers that carry a check digit in real
life (NPI, DEA, VIN, MBI layout) are generated with a valid-looking check digit; domains are example.*
and IP addresses come from the documentation ranges (192.0.2/24, 198.51.100/24, 203.0.113/24,
2001:db8::/32) or private ranges.
"""

from __future__ import annotations

import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- people ---------------------------------------------------------------------------------------

# fmt: off
FIRST = (
    "Aoife", "Siobhán", "Oluwaseun", "Chidi", "Ngozi", "Kwame", "Abena", "Ximena", "José", "María José",
    "Søren", "Björn", "Zoë", "Renée", "François", "Anaïs", "Łukasz", "Małgorzata", "Jiří", "Ayşe",
    "Mehmet", "Priya", "Rajesh", "Anjali", "Sunil", "Mei-Ling", "Wei", "Hiroshi", "Yuki", "Min-jun",
    "Seo-yeon", "Fatima", "Omar", "Yusuf", "Layla", "Tevita", "Leilani", "Keoni", "Dmitri", "Anastasia",
    "Hamid", "Shirin", "Tamar", "Avraham", "Ewa", "Tadeo", "Guadalupe", "Xochitl", "Nokuthula", "Thabo",
    "Ikaika", "Hope", "Faith", "Grace", "Joy", "Will", "Rose", "Iris", "Dawn", "Summer", "Rusty", "Frank",
    "Art", "Bill", "Patience", "Precious", "Royal", "Ebony", "Dakota", "Shayla", "Tyrone", "Bobbie Jo",
    "Earl", "Doris", "Mildred", "Clarence", "Wendell", "Marisela", "Thanh", "Huong", "Bao", "Ngoc Anh",
    "Ólafur", "Sigríður", "Ingrid", "Kofi", "Amara", "Nasrin", "Parvaneh", "Esther", "Rivka", "Mateo",
    "Inés", "Joaquín", "Caoimhe", "Niamh", "Declan", "Kalani", "Ahanu", "Winona", "Cheveyo", "Ha-eun",
)
# fmt: on
# fmt: off
LAST = (
    "Okafor", "Adeyemi", "Mensah", "Asante", "Núñez", "Peña", "Müller", "Gößling", "Ødegård", "Łuczak",
    "Çelik", "Nguyễn", "Trần", "Phạm", "Đặng", "Hernández", "Kovačević", "Šimić", "Ólafsdóttir",
    "Þórsson", "O'Neill", "MacAulay", "McCready", "al-Hashimi", "bin Rashid", "da Silva", "dos Santos",
    "van der Berg", "de la Cruz", "von Ahlen", "Di Marco", "D'Souza", "Le Blanc", "St. Germain",
    "Okafor-Briggs", "Smith-Nakamura", "Reyes-Whitfield", "Baker", "Young", "Price", "Walker", "Hall",
    "Wood", "Black", "White", "Brown", "Rich", "Moody", "Stone", "Rivers", "Marsh", "Fields", "Hart",
    "Banks", "Street", "King", "Fox", "Wolf", "Bird", "Cash", "Best", "Hill", "Little", "Gold", "Sterling",
    "Patel", "Venkataraman", "Chaudhry", "Iyer", "Zhang", "Liu", "Takahashi", "Yamamoto", "Kim", "Park",
    "Cho", "Haddad", "Khoury", "Farahani", "Mirzaei", "Cohen", "Rosenblum", "Wiśniewska", "Novák",
    "Horvath", "Papadopoulos", "Kowalczyk", "Fa'asavalu", "Kahananui", "Tsosie", "Begay", "Yazzie",
    "Running Bear", "Lightfoot", "Achterberg", "Vasquez", "Quispe", "Mamani", "Bjørnstad", "Lindqvist",
)
# fmt: on
MIDDLE = "ABCDEFGHJKLMNPRSTVW"


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(MIDDLE)


def _full(rng: random.Random, first: str, last: str, mid: str) -> str:
    return rng.choice(
        (
            f"{first} {last}",
            f"{first} {last}",
            f"{first} {mid}. {last}",
            f"{last}, {first}",
            f"{last}, {first} {mid}.",
        )
    )


# --- places ---------------------------------------------------------------------------------------

# fmt: off
STREETS = (
    "Maple Hollow Rd", "Old Quarry Lane", "Calle del Sol", "Kamehameha Hwy", "Route 9W", "N. Elm Street",
    "Rue Saint-Jacques", "Water St", "Harbor View Drive", "Cedar Ct", "County Road 417", "Martin Luther King Jr Blvd",
    "Oak Terrace", "Via Las Palmas", "W 3rd Ave", "Prospect Pl", "Orchard Way", "Mill Pond Circle",
    "Kingfisher Loop", "Railroad Ave", "Sandhill Crane Rd", "Pueblo Vista Trl", "E. Broad St", "Hollis Ave",
    "Tamarack Dr", "Old Post Road", "Bayou Teche Rd", "Chestnut Ridge Rd", "Lakeshore Blvd", "Ferncliff Ave",
)
# fmt: on
# fmt: off
CITIES = (
    "Millbrook", "North Arden", "Port Calloway", "San Isidro del Valle", "Lac-Beaumont", "Fairhaven Junction",
    "Hope", "Liberal", "Normal", "Bath", "Reading", "Mobile", "Independence", "Friendship", "Eureka",
    "Paradise", "Truth or Consequences", "Worcester", "Tucson", "Duluth", "Chicopee", "Kalispell",
    "Bozeman", "Hilo", "Window Rock", "Española", "Saint-Onge", "Laredo", "Pawtucket", "Bemidji",
    "Walla Walla", "Yreka", "Coeur d'Alene", "Ypsilanti", "Poughkeepsie", "Natchitoches", "Kenosha",
    "Harlan", "Ashtabula", "Greeley", "Cedar Falls", "Opelousas", "Bangor", "Keokuk", "Sitka",
)
# fmt: on
# fmt: off
COUNTIES = (
    "Hampden County", "Flathead County", "Navajo County", "Erie County", "Coconino County", "Lake County",
    "St. Landry Parish", "Hawaiʻi County", "Webb County", "Penobscot County", "Beltrami County",
    "Rio Arriba County", "Ashtabula County", "Lee County", "Kenosha County",
)
# fmt: on
# fmt: off
NEIGHBOURHOODS = (
    "Eastgate", "the Flats", "Little Saigon", "Southside", "Riverbend", "Hunters Point", "Pilsen",
    "Five Points", "Old Town", "Fruitvale", "Ironbound", "Germantown",
)
# fmt: on
# fmt: off
STATES = ("MA", "MT", "AZ", "NM", "HI", "ME", "MN", "TX", "LA", "OH", "WI", "CO", "Iowa", "Kansas", "Alaska", "NY", "RI")
# A facility or employer whose name holds a town is one LOCATION span (the whole name).
FACILITY_KINDS: dict[str, tuple[str, ...]] = {
    "facility": ("Family Health Center", "Community Clinic", "Free Clinic", "Public Health Department", "Health Center", "Community Health Services"),
    "fac_hosp": ("Regional Medical Center", "General Hospital", "Memorial Hospital", "Medical Center", "Community Hospital"),
    "fac_otp": ("Treatment Center", "Recovery Services", "Comprehensive Treatment Center", "Opioid Treatment Program"),
    "fac_uc": ("Urgent Care", "Walk-In Clinic", "ExpressCare", "Immediate Care"),
    "fac_rehab": ("Rehab & Sports PT", "Physical Therapy", "Orthopedic Rehab"),
    "fac_occ": ("Occupational Health", "WorkCare Clinic", "Employee Health"),
    "fac_school": ("Elementary School", "Middle School", "High School", "Unified School District"),
    "employer": ("Freight Company", "Logistics", "Poultry Processing", "Paper Mill", "Public Works", "Casino & Resort"),
}
# fmt: on


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    return z if rng.random() < 0.7 else f"{z}-{rng.randint(1, 9999):04d}"


# --- dates ----------------------------------------------------------------------------------------

# fmt: off
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)
# fmt: on
# fmt: off
ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
)
# fmt: on
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _ord(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def _date(rng: random.Random, y0: int, y1: int) -> str:
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[m - 1]
    return rng.choice(
        (
            f"{m:02d}/{d:02d}/{y}",
            f"{m}/{d}/{y}",
            f"{m}/{d}/{y % 100:02d}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{mon} {d}, {y}",
            f"{d} {mon[:3]} {y}",
            f"{mon[:3]}. {d}, {y}",
            f"{d:02d}-{mon[:3].upper()}-{y}",
            f"{d:02d}{mon[:3].upper()}{y}",
            f"{mon} {_ord(d)}, {y}",
            f"the {ORDINAL_WORDS[d - 1]} of {mon} {y}",
            f"{d}/{m}/{y}",
        )
    )


MONTHS_LOCAL = {
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
}


def _date_local(rng: random.Random, lang: str, y0: int, y1: int) -> str:
    """A date as a Spanish, French or German form would write it (day before month)."""
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS_LOCAL[lang][m - 1]
    written = {"es": f"{d} de {mon} de {y}", "fr": f"{d} {mon} {y}", "de": f"{d}. {mon} {y}"}[lang]
    return rng.choice((written, f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}", f"{d}-{m}-{y}"))


def _noyear_local(rng: random.Random, lang: str) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS_LOCAL[lang][m - 1]
    written = {"es": f"{d} de {mon}", "fr": f"{d} {mon}", "de": f"{d}. {mon}"}[lang]
    return rng.choice((written, f"{d:02d}.{m:02d}", f"{d}/{m}"))


def _date_noyear(rng: random.Random) -> str:
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    mon = MONTHS[m - 1]
    return rng.choice(
        (
            f"{m}/{d}",
            f"{mon} {d}",
            f"{d} {mon}",
            f"{mon[:3]} {_ord(d)}",
            f"{WEEKDAYS[rng.randint(0, 6)]} {m}/{d}",
            f"the {_ord(d)} of {mon}",
        )
    )


def _datetime(rng: random.Random) -> str:
    y, m, d = rng.randint(2024, 2026), rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        (
            f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
            f"{m:02d}/{d:02d}/{y} {hh:02d}{mm:02d}",
            f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00",
            f"{d:02d} {MONTHS[m - 1][:3]} {y} {hh:02d}:{mm:02d}",
            f"{m}/{d}/{y % 100:02d} @ {hh:02d}:{mm:02d}",
        )
    )


def _hl7_date(rng: random.Random, y0: int, y1: int, with_time: bool = False) -> str:
    s = f"{rng.randint(y0, y1)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return s + f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}" if with_time else s


# --- numbers --------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_digit(payload: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            v = v - 9 if v > 9 else v
        total += v
    return str((10 - total % 10) % 10)


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = next((c for c in last.upper() if c in string.ascii_uppercase), "X")
    return rng.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUES.update(dict(zip("JKLMN", range(1, 6), strict=True)))
_VIN_VALUES.update({"P": 7, "R": 9})
_VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def _vin(rng: random.Random) -> str:
    wmi = rng.choice(("1FT", "1GC", "2T1", "3VW", "5YJ", "JHM", "KNA", "1HG", "4T1", "WDD", "1C4"))
    rest = [rng.choice(_VIN_CHARS) for _ in range(14)]
    rest[6] = rng.choice("NPRST")  # model year letter
    chars = list(wmi) + rest
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def _mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + string.digits
    s = (
        str(rng.randint(1, 9))
        + rng.choice(_MBI_ALPHA)
        + rng.choice(an)
        + str(rng.randint(0, 9))
        + rng.choice(_MBI_ALPHA)
        + rng.choice(an)
        + str(rng.randint(0, 9))
        + rng.choice(_MBI_ALPHA)
        + rng.choice(_MBI_ALPHA)
        + _digits(rng, 2)
    )
    return s if rng.random() < 0.5 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"))


def _phone(rng: random.Random) -> str:
    area = rng.choice(
        ("413", "406", "928", "505", "808", "207", "218", "956", "337", "440", "262", "970", "319", "907")
    )
    ex, num = f"{rng.randint(200, 989)}", _digits(rng, 4)
    return rng.choice(
        (
            f"({area}) {ex}-{num}",
            f"{area}-{ex}-{num}",
            f"{area}.{ex}.{num}",
            f"+1 {area} {ex} {num}",
            f"1-{area}-{ex}-{num}",
            f"{area} {ex} {num}",
            f"({area}){ex}-{num}",
            f"{area}{ex}{num}",
        )
    )


def _email(rng: random.Random, first: str, last: str) -> str:
    def ascii_(s: str) -> str:
        import unicodedata

        s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
        return "".join(c for c in s.lower() if c.isalnum())

    f, la = ascii_(first) or "pt", ascii_(last) or "x"
    user = rng.choice(
        (
            f"{f}.{la}",
            f"{f[0]}{la}{rng.randint(1, 99)}",
            f"{la}_{f}",
            f"{f}{la[:3]}{rng.randint(60, 99)}",
            f"{f}-{la}",
        )
    )
    dom = rng.choice(
        (
            "example.com",
            "example.org",
            "example.net",
            "mail.example.com",
            "clinic.example.org",
            "uni.example.edu",
        )
    )
    return f"{user}@{dom}"


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"203.0.113.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"192.0.2.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
            f"2001:0db8:85a3:{rng.randint(0, 0xFFFF):04x}:0000:8a2e:0370:{rng.randint(0, 0xFFFF):04x}",
        )
    )


def _url(rng: random.Random) -> str:
    token = _letters(rng, 3, string.ascii_lowercase) + _digits(rng, 4)
    return rng.choice(
        (
            f"https://telehealth.example.org/visit/{token}",
            f"https://meet.example.net/j/{_digits(rng, 10)}",
            f"http://portal.example.com/patient?id={_digits(rng, 7)}",
            f"www.example.org/derm/case/{token}",
            f"https://vv.example.net/r/{token}-{_digits(rng, 3)}",
            f"example.com/p/{token}",
            f"https://forms.example.org/claim/{_digits(rng, 8)}",
        )
    )


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 2)} {_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 2)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
            f"{_letters(rng, 3)}{_digits(rng, 3)}",
        )
    )


def _dl(rng: random.Random, last: str) -> str:
    initial = next((c for c in last.upper() if c in string.ascii_uppercase), "X")
    return rng.choice(
        (
            f"{initial}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
            f"{initial}{_digits(rng, 7)}",
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 9)}",
            f"{initial}{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"S{_digits(rng, 8)}",
        )
    )


def _numeric_date(rng: random.Random, y0: int, y1: int) -> str:
    y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{y}-{m:02d}-{d:02d}"))


def _month_year(rng: random.Random) -> str:
    y, m = rng.randint(2018, 2026), rng.randint(1, 12)
    return rng.choice((f"{MONTHS[m - 1]} {y}", f"{m:02d}/{y}", f"{MONTHS[m - 1][:3]} {y}"))


def _udi(rng: random.Random) -> str:
    expiry = f"{rng.randint(26, 30)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return f"(01){_digits(rng, 14)}(17){expiry}(21){_letters(rng, 2)}{_digits(rng, 6)}"


def _pattern(rng: random.Random, shape: str) -> str:
    """``#`` a digit, ``@`` a capital letter, ``%`` a small letter, anything else itself."""
    pick = {"#": string.digits, "@": string.ascii_uppercase, "%": string.ascii_lowercase}
    return "".join(rng.choice(pick[c]) if c in pick else c for c in shape)


# fmt: off
AGE_WORDS = (
    "ninety", "ninety-one", "ninety-two", "ninety-three", "ninety-four", "ninety-five", "ninety-six",
    "ninety-seven", "ninety-eight", "ninety-nine", "one hundred", "one hundred and two",
)
# fmt: on

# The shapes each identifier is written in, one chosen per note (``_pattern``).
# fmt: off
ID_SHAPES: dict[str, tuple[PhiType, tuple[str, ...]]] = {
    "mrn": (PhiType.MRN, ("########", "E#######", "CH-######", "###-###-##", "M#########", "######")),
    "hpid": (
        PhiType.HEALTH_PLAN_ID,
        ("@@@#########", "W#########", "@@#####@", "#########-01", "ZGP########"),
    ),
    "group": (PhiType.HEALTH_PLAN_ID, ("######", "GRP-#####", "@@####", "0######-###")),
    "acct": (PhiType.ACCOUNT, ("##########", "ACC-#######", "V########", "####-######", "FIN#########")),
    "claim": (
        PhiType.ACCOUNT,
        ("WC-2#-######", "###-#######-##", "CLM##########", "STD#######", "@###########"),
    ),
    "lic_rn": (PhiType.LICENSE, ("RN#######", "######", "LPN.######", "RN-###-####")),
    "lic_pt": (PhiType.LICENSE, ("PT-#####", "######", "PT#######")),
    "lic_od": (PhiType.LICENSE, ("OD#####", "@@-####-##", "OPT.#####")),
    "lic_aud": (PhiType.LICENSE, ("AUD ####", "AU######", "#####")),
    "lic_cnm": (PhiType.LICENSE, ("CNM-#####", "@@######", "APRN######")),
    "lic_emt": (PhiType.LICENSE, ("EMT-P ######", "P######", "###-####")),
    "lic_md": (PhiType.LICENSE, ("MD######", "@#####", "##-######", "DO.#####")),
    "cert": (PhiType.LICENSE, ("1##-202#-######", "##-#######", "BC#########")),
    "plate": (PhiType.VEHICLE_ID, ("#@@@###", "@@@-####", "@@ ##@##", "### @@@", "@@@###")),
    "serial": (
        PhiType.DEVICE_ID,
        ("####@#####", "SN##########", "###########", "@@@######-@", "####-####-###"),
    ),
    "serial2": (PhiType.DEVICE_ID, ("##@######", "##########", "H@@######")),
    "bio": (PhiType.BIOMETRIC, ("BIO########", "@###-@@###", "############", "TPL-####-@@@@")),
    "bio_fp": (PhiType.BIOMETRIC, ("FP-####-####", "AFIS########", "##@#######")),
    "bio_palm": (PhiType.BIOMETRIC, ("PV#######", "PALM-######", "@@####@@")),
    "bio_voice": (PhiType.BIOMETRIC, ("VP-#####-@", "VOX#######", "vp_%%%%####")),
    "bio_iris": (PhiType.BIOMETRIC, ("IR@@######", "IRIS-#######", "####-@@@-###")),
    "photo": (PhiType.PHOTO, ("IMG_####.JPG", "IMG_E####.HEIC", "face_front_#####.png", "P#######", "PHOTO-######", "DSC#####.JPG", "portrait-%%%####.heic")),
    "rx": (PhiType.OTHER_ID, ("#######", "RX########", "##-######", "######-##")),
    "rx2": (PhiType.OTHER_ID, ("#######", "RX########")),
    "emp": (PhiType.OTHER_ID, ("EMP-######", "E#####", "######", "@@#####")),
    "student": (PhiType.OTHER_ID, ("S########", "####-####", "#########", "STU######")),
    "inmate": (PhiType.OTHER_ID, ("A######", "#######-#", "DOC######")),
    "case": (PhiType.OTHER_ID, ("CMH-202#-#####", "##-####", "INT######", "@@-######")),
    "client": (PhiType.OTHER_ID, ("OTP-#####", "#####", "C######", "@@@-####")),
    "auth": (PhiType.OTHER_ID, ("PA-########", "##########", "AUTH#######", "@#########")),
    "accession": (PhiType.OTHER_ID, ("A2#-######", "S2#-#####", "##@@######")),
    "passport": (PhiType.OTHER_ID, ("#########", "@########", "@@#######")),
    "study": (PhiType.OTHER_ID, ("@@-###-####", "@@@-###-####", "@@@@-###-####")),
    "ticket": (PhiType.OTHER_ID, ("INC#######", "####-#####", "EMS##-######")),
}
# fmt: on


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One note's invented identifiers; every key is a typed value (a gold span where a template uses it)."""
    first, last, mid = _person(rng)
    r_first, r_last, _ = _person(rng)
    c_first, c_last, c_mid = _person(rng)
    s_first, s_last, _ = _person(rng)
    o_first, o_last, _ = _person(rng)
    city = rng.choice(CITIES)
    N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
    age = rng.randint(90, 104)
    return {
        # names
        "pt": (N, _full(rng, first, last, mid)),
        "pt_name": (N, f"{first} {last}"),
        "pt_first": (N, first),
        "pt_last": (N, last),
        "pt_caps": (N, f"{last.upper()}, {first.upper()}"),
        "pt_hl7": (N, f"{last.upper()}^{first.upper()}^{mid}"),
        "rel": (N, f"{r_first} {rng.choice((last, r_last))}"),
        "rel_first": (N, r_first),
        "clin": (N, f"{c_first} {c_mid}. {c_last}" if rng.random() < 0.3 else f"{c_first} {c_last}"),
        "clin_last": (N, c_last),
        "clin_hl7": (N, f"{c_last.upper()}^{c_first.upper()}"),
        "staff": (N, f"{s_first} {s_last}"),
        "staff_first": (N, s_first),
        "staff_last": (N, s_last),
        "other": (N, f"{o_first} {o_last}"),
        "other_first": (N, o_first),
        "other_last": (N, o_last),
        # places
        "street": (L, f"{rng.randint(2, 9870)} {rng.choice(STREETS)}"),
        "street2": (L, f"{rng.randint(2, 9870)} {rng.choice(STREETS)}"),
        "unit": (L, rng.choice((f"{rng.randint(1, 24)}{rng.choice('ABCDEF')}", str(rng.randint(101, 1420))))),
        "city": (L, city),
        "city_caps": (L, city.upper()),
        "city2": (L, rng.choice(CITIES)),
        "county": (L, rng.choice(COUNTIES)),
        "hood": (L, rng.choice(NEIGHBOURHOODS)),
        "zip": (L, _zip(rng)),
        **{key: (L, f"{rng.choice(CITIES)} {rng.choice(kinds)}") for key, kinds in FACILITY_KINDS.items()},
        "fac_fr": (
            L,
            f"{rng.choice(('Centre de soins de', 'Cabinet infirmier de', 'Maison de santé de'))} {city}",
        ),
        # dates
        "dob": (D, _date(rng, 1924, 2006)),
        "dob_child": (D, _date(rng, 2009, 2021)),
        "dob_old": (D, _date(rng, 1921, 1936)),
        "dob_adult": (D, _date(rng, 1958, 2005)),
        "dob_num": (D, _numeric_date(rng, 1926, 2020)),
        "dob_num2": (D, _numeric_date(rng, 1926, 2020)),
        "visit": (D, _date(rng, 2024, 2026)),
        "visit2": (D, _date(rng, 2024, 2026)),
        "visit3": (D, _date(rng, 2024, 2026)),
        "noyear": (D, _date_noyear(rng)),
        "noyear2": (D, _date_noyear(rng)),
        "dt": (D, _datetime(rng)),
        "dt2": (D, _datetime(rng)),
        "hl7_dob": (D, _hl7_date(rng, 1930, 2015)),
        "hl7_dt": (D, _hl7_date(rng, 2025, 2026, with_time=True)),
        "month_year": (D, _month_year(rng)),
        **{f"dob_{lang}": (D, _date_local(rng, lang, 1926, 2006)) for lang in MONTHS_LOCAL},
        **{f"visit_{lang}": (D, _date_local(rng, lang, 2024, 2026)) for lang in MONTHS_LOCAL},
        **{f"noyear_{lang}": (D, _noyear_local(rng, lang)) for lang in MONTHS_LOCAL},
        # ages over 89
        "age90": (A, str(age)),
        "age90w": (A, rng.choice(AGE_WORDS)),
        # contact
        "phone": (PhiType.PHONE, _phone(rng)),
        "phone2": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "email": (PhiType.EMAIL, _email(rng, first, last)),
        "email2": (PhiType.EMAIL, _email(rng, c_first, c_last)),
        "url": (PhiType.URL, _url(rng)),
        "ip": (PhiType.IP_ADDRESS, _ip(rng)),
        "ip2": (PhiType.IP_ADDRESS, _ip(rng)),
        # numbers
        "ssn": (PhiType.SSN, _ssn(rng)),
        "mbi": (PhiType.HEALTH_PLAN_ID, _mbi(rng)),
        "npi": (PhiType.LICENSE, _npi(rng)),
        "dea": (PhiType.LICENSE, _dea(rng, c_last)),
        "dl": (PhiType.LICENSE, _dl(rng, last)),
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        "udi": (PhiType.DEVICE_ID, _udi(rng)),
        **{
            key: (phi_type, _pattern(rng, rng.choice(shapes)))
            for key, (phi_type, shapes) in ID_SHAPES.items()
        },
        "state": (None, rng.choice(STATES)),
    }


# --- clinical look-alikes -------------------------------------------------------------------------

# fmt: off
EPONYMS = (
    "Graves' disease", "Parkinson disease", "Hashimoto thyroiditis", "Bell's palsy", "Crohn's disease",
    "Addison disease", "Cushing syndrome", "Raynaud phenomenon", "Osgood-Schlatter disease", "Baker's cyst",
    "Meniere disease", "Sjögren syndrome", "Dupuytren contracture", "de Quervain tenosynovitis",
    "Hirschsprung disease", "Kawasaki disease", "Tourette syndrome", "Alzheimer disease", "Marfan syndrome",
    "Wernicke encephalopathy", "Guillain-Barré syndrome", "Paget disease", "Buerger disease", "Charcot foot",
)
# fmt: on
# fmt: off
SIGNS = (
    "Tinel sign", "Phalen test", "Homans sign", "McMurray test", "Lachman test", "Epley maneuver",
    "Romberg", "Babinski", "Murphy sign", "Finkelstein test", "Spurling test", "Trendelenburg gait",
    "Weber and Rinne", "Dix-Hallpike", "Thompson test",
)
# fmt: on
# fmt: off
DEVICES = (
    "Foley catheter", "Whipple procedure", "Dexcom G7", "FreeStyle Libre 3", "Omnipod 5", "ResMed AirSense 11",
    "Philips DreamStation 2", "Phonak Audéo Lumity", "Oticon Intent", "KCI V.A.C. Ulta", "PICC line",
    "Hoyer lift", "Unna boot", "Jobst stockings", "Mepilex Border", "Aquacel Ag", "EpiPen", "Narcan nasal spray",
)
# fmt: on
# fmt: off
DRUGS = (
    "methadone 85 mg", "buprenorphine-naloxone 8-2 mg", "Suboxone 8 mg film", "Vivitrol 380 mg IM",
    "lisinopril 20 mg", "metformin 1000 mg BID", "Ozempic 0.5 mg weekly", "Eliquis 5 mg BID",
    "Xarelto 20 mg", "Jardiance 10 mg", "Lantus 22 units qHS", "Humira 40 mg q2wk", "sertraline 50 mg",
    "albuterol 90 mcg 2 puffs", "amoxicillin 875 mg", "cephalexin 500 mg QID", "ibuprofen 600 mg",
    "prednisone 40 mg x5d", "latanoprost 0.005% qHS", "timolol 0.5%", "cetirizine 10 mg", "Tdap 0.5 mL IM",
    "Shingrix 0.5 mL", "Fluzone High-Dose 0.7 mL", "Comirnaty 0.3 mL", "naloxone 4 mg", "hydroxyzine 25 mg",
)
# fmt: on
# fmt: off
VACCINES = (
    "Fluzone High-Dose 0.7 mL", "Flucelvax 0.5 mL", "Comirnaty 0.3 mL", "Spikevax 0.25 mL", "Tdap 0.5 mL IM",
    "Shingrix 0.5 mL", "Prevnar 20", "Arexvy 0.5 mL", "Gardasil 9", "MMR II", "Typhim Vi", "Havrix 1440",
)
# fmt: on
# fmt: off
ROLES = (
    "the attending", "the charge nurse", "the covering provider", "the pharmacist on duty", "the medic",
    "the case manager", "the school counselor", "the on-call psychiatrist", "the PT aide", "dispatch",
    "the supervising physician", "the clinic RN", "the interpreter", "the audiologist", "the midwife",
)
# fmt: on


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Untyped clinical filler that resembles identifiers (never gold)."""
    r = rng.randint
    return {
        "bp": (None, f"{r(98, 168)}/{r(56, 98)}"),
        "hr": (None, str(r(52, 128))),
        "rr": (None, str(r(12, 28))),
        "temp": (None, rng.choice((f"{r(96, 102)}.{r(0, 9)} F", f"{r(36, 39)}.{r(0, 9)} °C"))),
        "spo2": (None, f"{r(88, 100)}%"),
        "wt": (None, rng.choice((f"{r(38, 140)}.{r(0, 9)} kg", f"{r(80, 310)} lb"))),
        "ht": (None, rng.choice((f"{r(140, 198)} cm", f"{r(4, 6)}'{r(0, 11)}\""))),
        "bmi": (None, f"{r(17, 44)}.{r(0, 9)}"),
        "glucose": (None, str(r(62, 388))),
        "a1c": (None, f"{r(5, 12)}.{r(0, 9)}%"),
        "inr": (None, f"{r(0, 3)}.{r(0, 9)}"),
        "hgb": (None, f"{r(8, 17)}.{r(0, 9)}"),
        "plt": (None, str(r(90, 450))),
        "cr": (None, f"{r(0, 2)}.{r(0, 9)}{r(0, 9)}"),
        "egfr": (None, str(r(14, 118))),
        "gcs": (None, rng.choice(("GCS 15 (E4V5M6)", "GCS 14", "GCS 9 (E2V3M4)", "GCS 13"))),
        "esi": (None, f"ESI {r(2, 5)}"),
        "apgar": (None, f"{r(5, 9)} and {r(7, 10)}"),
        "nihss": (None, f"NIHSS {r(0, 14)}"),
        "phq9": (None, str(r(0, 27))),
        "gad7": (None, str(r(0, 21))),
        "cows": (None, str(r(0, 24))),
        "braden": (None, str(r(9, 23))),
        "pain": (None, f"{r(0, 10)}/10"),
        "year": (None, str(r(1988, 2025))),
        "year2": (None, str(r(1995, 2025))),
        "time": (
            None,
            rng.choice(
                (
                    f"{r(0, 23):02d}:{r(0, 59):02d}",
                    f"{r(0, 23):02d}{r(0, 59):02d}",
                    f"{r(1, 12)}:{r(0, 59):02d} {rng.choice(('am', 'pm', 'AM', 'PM'))}",
                )
            ),
        ),
        "time2": (None, f"{r(0, 23):02d}:{r(0, 59):02d}"),
        "time3": (None, f"{r(0, 23):02d}:{r(0, 59):02d}"),
        "time4": (None, f"{r(0, 23):02d}:{r(0, 59):02d}"),
        "infant_wt": (None, rng.choice((f"{r(2400, 4600):,} g", f"{r(5, 9)} lb {r(0, 15)} oz"))),
        "vaccine": (None, rng.choice(VACCINES)),
        "vaccine2": (None, rng.choice(VACCINES)),
        "abx_es": (
            None,
            rng.choice(
                (
                    "amoxicilina 500 mg c/8h x 10 días",
                    "penicilina benzatínica 1.2 M UI IM",
                    "azitromicina 500 mg",
                )
            ),
        ),
        "inhaler": (
            None,
            rng.choice(
                (
                    "albuterol 90 mcg 2 puffs PRN",
                    "Flovent HFA 44 mcg",
                    "Symbicort 80/4.5",
                    "ProAir RespiClick",
                )
            ),
        ),
        "meter": (
            None,
            rng.choice(("Dexcom G7", "FreeStyle Libre 3", "Contour Next One", "Accu-Chek Guide")),
        ),
        "offload": (
            None,
            rng.choice(("a total contact cast", "a CAM boot", "a DH Offloading Walker", "a felted foam pad")),
        ),
        "hearing_aid": (
            None,
            rng.choice(
                (
                    "Phonak Audéo Lumity 90",
                    "Oticon Intent 1",
                    "Signia Pure Charge&Go",
                    "ReSound Nexia 9",
                    "Starkey Genesis AI",
                )
            ),
        ),
        "cpap": (
            None,
            rng.choice(
                ("ResMed AirSense 11", "Philips DreamStation 2", "ResMed AirMini", "React Health Luna G3")
            ),
        ),
        "eye_drop": (
            None,
            rng.choice(
                ("latanoprost 0.005% qHS", "timolol 0.5% BID", "Systane drops PRN", "brimonidine 0.2% TID")
            ),
        ),
        "age": (None, str(r(2, 89))),
        "age_adult": (None, str(r(19, 89))),
        "age_kid": (None, str(r(5, 17))),
        "age_parent": (None, str(r(18, 44))),
        "room": (
            None,
            rng.choice(
                (
                    f"Rm {r(1, 40)}",
                    f"Room {r(100, 420)}",
                    f"Bay {r(1, 12)}",
                    f"Chair {r(1, 18)}",
                    f"Exam {r(1, 9)}",
                )
            ),
        ),
        "bed": (None, f"{r(1, 30)}{rng.choice('AB')}"),
        "icd": (
            None,
            rng.choice(
                (
                    "F11.20",
                    "E11.9",
                    "J06.9",
                    "S93.401A",
                    "H90.3",
                    "L89.153",
                    "Z23",
                    "M54.50",
                    "H52.13",
                    "L97.412",
                    "F32.1",
                    "R51.9",
                    "Z02.1",
                    "O80",
                    "I10",
                    "Z79.891",
                )
            ),
        ),
        "cpt": (
            None,
            rng.choice(
                (
                    "99213",
                    "97110",
                    "92557",
                    "90471",
                    "96127",
                    "99214",
                    "97161",
                    "92004",
                    "H0020",
                    "97597",
                    "99283",
                    "G0283",
                    "90686",
                )
            ),
        ),
        "loinc": (None, rng.choice(("4548-4", "2160-0", "718-7", "2345-7", "19295-5", "3426-4", "14682-9"))),
        "ndc": (
            None,
            rng.choice(
                (
                    "0093-7214-01",
                    "50090-3131-0",
                    "0054-0556-25",
                    "69097-0833-02",
                    "58160-0823-52",
                    "49281-0421-50",
                )
            ),
        ),
        "product": (
            None,
            rng.choice(("REF 12-4471", "Cat. No. 8890-224", "item #300-2211", "REF M31-CH", "SKU 44-9021-B")),
        ),
        "range": (
            None,
            rng.choice(("150-400", "3.5-5.1", "135-145", "70-99", "0.6-1.2", "4.0-11.0", "12.0-15.5")),
        ),
        "eponym": (None, rng.choice(EPONYMS)),
        "eponym2": (None, rng.choice(EPONYMS)),
        "sign": (None, rng.choice(SIGNS)),
        "device": (None, rng.choice(DEVICES)),
        "drug": (None, rng.choice(DRUGS)),
        "drug2": (None, rng.choice(DRUGS)),
        "role": (None, rng.choice(ROLES)),
        "va": (None, f"20/{rng.choice((20, 25, 30, 40, 50, 60, 70, 80, 100, 200))}"),
        "iop": (None, str(r(10, 28))),
        "rx_lens": (
            None,
            f"{rng.choice('-+')}{r(0, 6)}.{rng.choice(('00', '25', '50', '75'))} -{r(0, 2)}.{rng.choice(('00', '25', '50', '75'))} x {r(1, 180):03d}",
        ),
        "db": (None, f"{r(15, 85)} dB HL"),
        "freq": (None, rng.choice(("500", "1000", "2000", "4000", "8000"))),
        "wound": (None, f"{r(0, 8)}.{r(0, 9)} x {r(0, 6)}.{r(0, 9)} x {r(0, 2)}.{r(0, 9)} cm"),
        "rom": (None, f"{r(20, 140)}°"),
        "dose_ml": (None, f"{r(20, 180)} mg"),
        "units": (None, str(r(2, 40))),
        "count": (None, str(r(2, 30))),
        "pct": (None, f"{r(5, 95)}%"),
        "ext": (None, str(r(100, 4999))),
        "grade": (None, rng.choice(("3rd", "5th", "7th", "9th", "11th", "K", "2nd"))),
        "unit_no": (
            None,
            rng.choice(("Medic 7", "Medic 12", "Rescue 3", "Engine 41", "Ambulance 2", "M-19")),
        ),
    }
