"""Set X's values: one invented identity and care context per note, and look-alike filler.

Every value comes from the ``rng`` passed in (never the global ``random``). Names, towns, streets and
numbers are invented; phone numbers are in the fictitious 555-01xx range; e-mail and web addresses
use example.com / example.org / .test; IP addresses are private or documentation ranges.
"""

from __future__ import annotations

import datetime as _dt
import random
import string

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- name material -----------------------------------------------------------------------------------

FIRST = (
    "Ana",
    "Thi Hoa",
    "Oluwaseun",
    "Priya",
    "Mateo",
    "Siobhan",
    "Xiomara",
    "Kwame",
    "Yusuf",
    "Mei-Ling",
    "Dmitri",
    "Aroha",
    "José",
    "Zoë",
    "Ngozi",
    "Hamid",
    "Fatima",
    "Jean-Luc",
    "Marie-Claire",
    "Hope",
    "Grace",
    "Faith",
    "Summer",
    "Rose",
    "Will",
    "Bill",
    "Dallas",
    "Austin",
    "Jordan",
    "Florence",
    "Chester",
    "Lincoln",
    "Sunny",
    "Bo",
    "Tae-yang",
    "Haruto",
    "Aiyana",
    "Kalani",
    "Inés",
    "Łukasz",
    "Søren",
    "Radhika",
    "Amara",
    "Chidi",
    "Ewa",
    "Ilse",
    "Farah",
    "Rafael",
    "Beatriz",
    "Kieran",
    "Aoife",
    "Tomasz",
    "Leilani",
    "DeShawn",
    "LaToya",
    "Shoshana",
    "Avraham",
    "Mohammed",
    "Ximena",
    "Ekaterina",
    "Bashir",
    "Guadalupe",
    "Precious",
    "Destiny",
    "Royal",
    "Ming",
    "Anh",
    "Sione",
    "Malia",
    "Keanu",
    "Dolores",
    "Eunice",
    "Bartholomew",
    "Wendell",
    "Ottilie",
    "Cosmin",
    "Ifeoma",
    "Rustam",
    "Nilufar",
    "Tenzin",
    "Paloma",
    "Cheyenne",
    "Brooklyn",
    "Lorenzo",
    "Hyun-woo",
    "Svetlana",
    "Kofi",
    "Mariam",
)
MIDDLE = tuple("ABCDEFGHJKLMNPRSTVW")
LAST = (
    "O'Brien",
    "D'Souza",
    "de la Cruz",
    "van der Berg",
    "Van Dyke",
    "McAllister",
    "Nguyen",
    "Okonkwo",
    "Abernathy-Lowe",
    "Smith-Oyelaran",
    "Al-Rashid",
    "Kowalczyk",
    "Haddad",
    "Park",
    "Yamamoto",
    "Castellanos",
    "Baker",
    "Hunter",
    "Mason",
    "Brook",
    "Wolf",
    "Fox",
    "Winter",
    "Rivers",
    "Story",
    "Church",
    "English",
    "Lake",
    "Hill",
    "Lincoln",
    "Jackson",
    "Devereaux",
    "St. John",
    "Le",
    "Ng",
    "Tran",
    "Gonzalez-Ibarra",
    "Mbeki",
    "Achterberg",
    "von Ahn",
    "di Stefano",
    "dos Santos",
    "Fitzgerald",
    "MacLeod",
    "Singh",
    "Patel-Ramos",
    "Ahmadi",
    "Kealoha",
    "Begay",
    "Yazzie",
    "Whitehorse",
    "Oyelaran",
    "Ó Briain",
    "Nakamura-Ellis",
    "Delacroix",
    "Brennan",
    "Sørensen",
    "Wiśniewski",
    "Adeyemi",
    "Chaudhry",
    "Ferreira",
    "Lindqvist",
    "Mahlangu",
    "Papadopoulos",
    "Rahimi",
    "Szabo",
    "Tshabalala",
    "Varga",
    "Washington",
    "Young",
    "Zamora",
    "Bell",
    "Cook",
    "Parish",
    "Sterling",
    "Hale",
    "Marsh",
    "Bishop",
    "Le Roux",
    "ter Haar",
    "Abu-Ghazaleh",
    "Mac an tSaoir",
    "Oduya",
    "Quispe",
    "Huang",
    "Kaur",
)
NICK = (
    "Bobby",
    "Liz",
    "Kat",
    "Mo",
    "Tonio",
    "Dee",
    "Chuy",
    "Sasha",
    "Sonny",
    "Peaches",
    "Junior",
    "Bea",
    "Manny",
    "Gigi",
    "Red",
    "Tash",
    "Ike",
    "Lulu",
)

TOWNS = (
    "Harlow Springs",
    "Quillby",
    "East Marrowfield",
    "Port Tessaly",
    "Ashgrove",
    "Kettering Falls",
    "Bramblewood",
    "New Carrow",
    "Sillmont",
    "Doverly",
    "Fennick",
    "Lower Wyeth",
    "Oakhaven",
    "Cindermoor",
    "Pellham Bay",
    "Rooksbridge",
    "Saint Aubin",
    "Marisol Heights",
    "Tillamore",
    "Westbrook Junction",
    "Lachance",
    "Kinross Mills",
    "Verdant Hollow",
    "Esperanza",
    "Bellweather",
    "Grantham Ridge",
    "Mount Orrin",
    "Calder Flats",
    "Brightwater",
    "Hollins Ferry",
    "Sweetwater Bend",
    "Novak Creek",
)
COUNTIES = (
    "Dunmore",
    "Ashby",
    "Corliss",
    "Pemberton",
    "Halloran",
    "Wexley",
    "Tamsin",
    "Ordway",
    "Briscoe",
    "Lamoille Falls",
    "Santa Ines",
    "Merriweather",
)
HOODS = (
    "Eastgate",
    "Old Tannery",
    "Riverside Flats",
    "Little Lisbon",
    "Cedar Knolls",
    "the Narrows",
    "Five Points",
    "Mill Hill",
    "Harbor East",
    "Southpark Terrace",
)
STREETS = (
    "Larchmont",
    "Kessler",
    "Old Mill",
    "Juniper",
    "Bayard",
    "Quarry",
    "Tillman",
    "Sycamore",
    "Ridgeline",
    "Okafor",
    "Candlewood",
    "Fairmount",
    "Pruitt",
    "Wren",
    "Holloway",
    "Alder Creek",
    "Marquette",
    "Saddlebrook",
    "Ten Mile",
    "Vine",
)
STREET_SFX = (
    "St",
    "Ave",
    "Rd",
    "Lane",
    "Blvd",
    "Dr",
    "Ct",
    "Way",
    "Pkwy",
    "Street",
    "Avenue",
    "Road",
    "Terrace",
    "Pike",
)
FAC_SFX = (
    "General Hospital",
    "Regional Medical Center",
    "Community Hospital",
    "Surgery Center",
    "Memorial Hospital",
    "Medical Center",
    "Dialysis Center",
    "Ambulatory Surgery Center",
)
STATES = ("OH", "PA", "NM", "OR", "WI", "GA", "ME", "AZ", "MN", "KY", "NC", "VT", "ID", "MO")

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


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _a(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _an(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(n))


# --- people ------------------------------------------------------------------------------------------


def _person(rng: random.Random) -> dict[str, str]:
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    if rng.random() < 0.12:
        last = f"{last}-{rng.choice(LAST).replace(' ', '')}" if " " not in last else last
    mid = rng.choice(MIDDLE)
    full = f"{first} {mid}. {last}" if rng.random() < 0.3 else f"{first} {last}"
    lf = f"{last}, {first} {mid}." if rng.random() < 0.4 else f"{last}, {first}"
    return {
        "full": full,
        "first": first,
        "last": last,
        "lf": lf,
        "caps": f"{last.upper()}, {first.upper()}",
        "init": f"{first[0]}. {last}",
        "hl7": f"{last.upper()}^{first.upper()}^{mid}",
        "lastinit": f"{last} {first[0]}",
    }


def _staff(rng: random.Random, key: str, out: dict[str, Value]) -> None:
    p = _person(rng)
    out[key] = (PhiType.NAME, rng.choice((p["full"], f"{p['first']} {p['last']}")))
    out[f"{key}_last"] = (PhiType.NAME, p["last"])
    out[f"{key}_first"] = (PhiType.NAME, p["first"])
    out[f"{key}_init"] = (
        PhiType.NAME,
        rng.choice((p["init"], p["lastinit"], f"{p['last']}, {p['first'][0]}.")),
    )
    out[f"{key}_lf"] = (PhiType.NAME, p["lf"])
    out[f"{key}_caps"] = (PhiType.NAME, rng.choice((p["caps"], f"{p['first'].upper()} {p['last'].upper()}")))
    out[f"{key}_hl7"] = (PhiType.NAME, p["hl7"])


# --- dates -------------------------------------------------------------------------------------------


def _fmt_date(rng: random.Random, d: _dt.date, style: int | None = None) -> str:
    style = rng.randrange(10) if style is None else style
    mon = MONTHS[d.month - 1]
    return (
        f"{d.month:02d}/{d.day:02d}/{d.year}",
        d.isoformat(),
        f"{d.day:02d}-{mon[:3]}-{d.year}",
        f"{mon} {d.day}, {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.month}/{d.day}/{d.year % 100:02d}",
        f"{d.day:02d}{mon[:3].upper()}{d.year}",
        f"{d.day} {mon} {d.year}",
        f"{mon[:3]}. {d.day}, {d.year}",
        f"{d.month}/{d.day}/{d.year}",
    )[style]


def _fmt_dt(rng: random.Random, d: _dt.datetime) -> str:
    style = rng.randrange(5)
    return (
        f"{d.month:02d}/{d.day:02d}/{d.year} {d.hour:02d}:{d.minute:02d}",
        f"{d.isoformat(timespec='minutes')}",
        f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year} {d.hour:02d}{d.minute:02d}",
        f"{d.year}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}:{d.second:02d}",
        f"{d.month}/{d.day}/{d.year % 100:02d} {d.hour:02d}:{d.minute:02d}",
    )[style]


# --- check digits ------------------------------------------------------------------------------------


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
    body = rng.choice("12") + _d(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    letter = last[0].upper() if last[0].isalpha() and last[0].isascii() else "X"
    digits = [int(c) for c in _d(rng, 6)]
    check = (digits[0] + digits[2] + digits[4] + 2 * (digits[1] + digits[3] + digits[5])) % 10
    return rng.choice("ABFM") + letter + "".join(map(str, digits)) + str(check)


_VIN_VAL = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_W = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    chars = list(
        rng.choice(("1FT", "2HG", "3C6", "1GB", "5N1", "4T1", "1FD"))
        + _an(rng, 5)
        + "0"
        + rng.choice("KLMNPRST")
        + _an(rng, 1)
        + _d(rng, 6)
    )
    total = sum(_VIN_VAL[c] * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


# --- the identity ------------------------------------------------------------------------------------


def _phone(rng: random.Random) -> str:
    area = f"{rng.randint(2, 9)}{rng.randint(0, 8)}{rng.randint(0, 9)}"
    line = f"01{_d(rng, 2)}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area}555{line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
        )
    )


def identifiers(rng: random.Random) -> dict[str, Value]:
    v: dict[str, Value] = {}
    N, L, D = PhiType.NAME, PhiType.LOCATION, PhiType.DATE

    # patient
    p = _person(rng)
    v["pt"] = (N, p["full"])
    v["pt_first"] = (N, p["first"])
    v["pt_last"] = (N, p["last"])
    v["pt_lf"] = (N, p["lf"])
    v["pt_caps"] = (N, p["caps"])
    v["pt_hl7"] = (N, p["hl7"])
    v["pt_init"] = (N, p["init"])
    v["pt_nick"] = (N, rng.choice(NICK))
    # relative / contact
    _staff(rng, "nok", v)
    v["nok_rel"] = (
        None,
        rng.choice(
            (
                "daughter",
                "son",
                "wife",
                "husband",
                "partner",
                "niece",
                "grandson",
                "sister",
                "neighbour",
                "friend",
                "HCPOA",
            )
        ),
    )
    for key in (
        "surg",
        "anes",
        "crna",
        "circ",
        "scrub",
        "rn",
        "rn2",
        "tech",
        "pharm",
        "trans",
        "evs",
        "perf",
        "fellow",
        "rep",
        "courier",
        "refmd",
        "rad",
        "path",
        "bbt",
        "neph",
    ):
        _staff(rng, key, v)

    # dates
    dos = _dt.date(rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28))
    if rng.random() < 0.42:
        age = rng.randint(90, 104)
        v["age"] = (PhiType.AGE, str(age))
    else:
        age = rng.randint(19, 89)
        v["age"] = (None, str(age))
    dob = _dt.date(dos.year - age - (1 if rng.random() < 0.5 else 0), rng.randint(1, 12), rng.randint(1, 28))
    st = rng.randrange(10)
    v["dos"] = (D, _fmt_date(rng, dos, st))
    v["dob"] = (D, _fmt_date(rng, dob, rng.choice((st, rng.randrange(10)))))
    v["dos_iso"] = (D, dos.isoformat())
    v["dob_iso"] = (D, dob.isoformat())
    v["dos_us"] = (D, f"{dos.month:02d}/{dos.day:02d}/{dos.year}")
    v["dob_us"] = (D, f"{dob.month:02d}/{dob.day:02d}/{dob.year}")
    v["dos_hl7"] = (
        D,
        f"{dos.year}{dos.month:02d}{dos.day:02d}{rng.randint(6, 19):02d}{rng.randint(0, 59):02d}",
    )
    v["dob_hl7"] = (D, f"{dob.year}{dob.month:02d}{dob.day:02d}")
    v["dos_caps"] = (D, f"{dos.day:02d}{MONTHS[dos.month - 1][:3].upper()}{dos.year % 100:02d}")
    v["dos_short"] = (
        D,
        rng.choice(
            (
                f"{dos.month}/{dos.day}",
                f"{dos.day}-{MONTHS[dos.month - 1][:3]}",
                f"{MONTHS[dos.month - 1][:3]} {dos.day}",
            )
        ),
    )
    v["dos_long"] = (D, f"{MONTHS[dos.month - 1]} {dos.day}, {dos.year}")
    prev = dos - _dt.timedelta(days=rng.randint(1, 40))
    nxt = dos + _dt.timedelta(days=rng.randint(1, 60))
    exp = dos + _dt.timedelta(days=rng.randint(3, 40))
    v["d_prev"] = (D, _fmt_date(rng, prev))
    v["d_next"] = (D, _fmt_date(rng, nxt))
    v["d_exp"] = (
        D,
        rng.choice(
            (
                exp.isoformat(),
                f"{exp.month:02d}/{exp.day:02d}/{exp.year}",
                f"{exp.day:02d}{MONTHS[exp.month - 1][:3].upper()}{exp.year}",
            )
        ),
    )
    v["d_implant"] = (D, _fmt_date(rng, dos - _dt.timedelta(days=rng.randint(200, 4000))))
    base = _dt.datetime(
        dos.year, dos.month, dos.day, rng.randint(5, 17), rng.randint(0, 59), rng.randint(0, 59)
    )
    for i, key in enumerate(("dt1", "dt2", "dt3", "dt4")):
        v[key] = (D, _fmt_dt(rng, base + _dt.timedelta(minutes=37 * i + rng.randint(0, 30))))
    v["dt_iso1"] = (D, (base).isoformat(timespec="minutes"))
    v["dt_iso2"] = (D, (base + _dt.timedelta(minutes=rng.randint(40, 300))).isoformat(timespec="minutes"))

    # places
    town = rng.choice(TOWNS)
    v["street"] = (
        L,
        f"{rng.randint(2, 9899)} {rng.choice(('', '', 'N ', 'S ', 'E ', 'W ', 'Old '))}"
        f"{rng.choice(STREETS)} {rng.choice(STREET_SFX)}".replace("  ", " "),
    )
    v["unit"] = (
        L,
        rng.choice(
            (
                f"Apt {rng.randint(1, 40)}{rng.choice('ABCDEF')}",
                f"Unit {rng.randint(1, 300)}",
                f"#{rng.randint(2, 999)}",
                f"Apt. {rng.randint(100, 999)}",
                f"Ste {rng.randint(100, 450)}",
                f"Lot {rng.randint(1, 120)}",
            )
        ),
    )
    v["city"] = (L, town)
    v["city_caps"] = (L, town.upper())
    v["county"] = (L, f"{rng.choice(COUNTIES)} {rng.choice(('County', 'County', 'Parish', 'Cnty'))}")
    v["hood"] = (L, rng.choice(HOODS))
    zip5 = f"{rng.randint(1, 99):02d}{_d(rng, 3)}"
    v["zip"] = (L, zip5 if rng.random() < 0.7 else f"{zip5}-{_d(rng, 4)}")
    v["fac"] = (
        L,
        rng.choice(
            (
                f"{town} {rng.choice(FAC_SFX)}",
                f"Mercy Hospital of {town}",
                f"{town} Children's Hospital",
                f"St. Elspeth's {town}",
            )
        ),
    )
    town2 = rng.choice([t for t in TOWNS if t != town])
    v["city2"] = (L, town2)
    v["fac2"] = (
        L,
        rng.choice(
            (
                f"{town2} {rng.choice(FAC_SFX)}",
                f"{town2} Rehab & Nursing",
                f"Good Shepherd {town2}",
                f"{town2} VA Medical Center",
            )
        ),
    )
    v["ptstreet2"] = (L, f"{rng.randint(10, 999)} {rng.choice(STREETS)} {rng.choice(STREET_SFX)}")

    # contact
    v["phone"] = (PhiType.PHONE, _phone(rng))
    v["phone2"] = (PhiType.PHONE, _phone(rng))
    v["phone3"] = (PhiType.PHONE, _phone(rng))
    v["fax"] = (PhiType.FAX, _phone(rng))
    v["fax2"] = (PhiType.FAX, _phone(rng))
    fl = p["first"].split()[0].split("-")[0].lower().replace("ë", "e").replace("é", "e").replace("ł", "l")
    ll = p["last"].replace(" ", "").replace("'", "").replace("-", "").lower()
    ll = "".join(ch for ch in ll if ch.isascii()) or "pt"
    fl = "".join(ch for ch in fl if ch.isascii()) or "x"
    v["email"] = (
        PhiType.EMAIL,
        rng.choice(
            (
                f"{fl}.{ll}@example.com",
                f"{fl[0]}{ll}{_d(rng, 2)}@example.org",
                f"{ll}.{fl}@mail.example.net",
                f"{fl}{_d(rng, 3)}@inbox.test",
            )
        ),
    )
    rl = v["rep_last"][1].replace(" ", "").replace("'", "").replace("-", "").lower()
    rl = "".join(ch for ch in rl if ch.isascii()) or "rep"
    v["email2"] = (
        PhiType.EMAIL,
        rng.choice(
            (
                f"{rl}@ortho-vendor.example.com",
                f"{rl}.{_d(rng, 2)}@example.org",
                f"{v['rep_first'][1][0].lower()}{rl}@devicerep.test",
            )
        ),
    )
    v["url"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://portal.example.org/mychart/visit/{_d(rng, 8)}",
                f"https://pacs.example.com/viewer?study={_d(rng, 3)}.{_d(rng, 4)}.{_d(rng, 6)}",
                f"http://tracker.sps.example.org/case/{_an(rng, 8)}",
                f"https://fhir.example.org/r4/Patient/{_an(rng, 10).lower()}",
                f"www.example.com/bb/unit/{_d(rng, 7)}",
                f"https://bedboard.hospital.test/pt/{_d(rng, 7)}",
            )
        ),
    )
    v["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            (
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.0.2.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"fd00:{_d(rng, 2)}:{rng.randint(1, 9)}::{rng.randint(10, 99)}",
            )
        ),
    )
    v["ip2"] = (PhiType.IP_ADDRESS, f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")

    # numbers
    area, grp, ser = rng.randint(100, 665), rng.randint(1, 99), rng.randint(1, 9999)
    v["ssn"] = (
        PhiType.SSN,
        rng.choice(
            (f"{area}-{grp:02d}-{ser:04d}", f"{area} {grp:02d} {ser:04d}", f"{area}{grp:02d}{ser:04d}")
        ),
    )
    mrn = rng.choice(
        (
            _d(rng, 8),
            f"M{_d(rng, 7)}",
            f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}",
            f"00{_d(rng, 6)}",
            f"E{_d(rng, 9)}",
            f"HX-{_d(rng, 6)}",
            _d(rng, 7),
        )
    )
    v["mrn"] = (PhiType.MRN, mrn)
    v["mrn2"] = (PhiType.MRN, rng.choice((_d(rng, 9), f"R{_d(rng, 6)}", f"{_d(rng, 2)}-{_d(rng, 5)}")))
    mbi = (
        f"{rng.randint(1, 9)}{_a(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_an(rng, 1)}{rng.randint(0, 9)}"
        f"{_a(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_an(rng, 1)}{rng.randint(0, 9)}"
        f"{_a(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_d(rng, 2)}"
    )
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, rng.choice((mbi, f"{mbi[:4]}-{mbi[4:7]}-{mbi[7:]}")))
    v["hpid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_a(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 9)}",
                f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}",
                f"ZGP{_d(rng, 8)}01",
                f"MCD{_d(rng, 8)}",
                f"{_a(rng, 2)}{_d(rng, 7)}-0{rng.randint(1, 4)}",
            )
        ),
    )
    v["group"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            (
                f"{_d(rng, 6)}",
                f"GRP-{_d(rng, 5)}-{_a(rng, 1)}",
                f"{_an(rng, 7)}",
                f"0{_d(rng, 4)}-{_d(rng, 3)}",
            )
        ),
    )
    v["acct"] = (
        PhiType.ACCOUNT,
        rng.choice((_d(rng, 10), f"A{_d(rng, 9)}", f"{_d(rng, 4)}-{_d(rng, 6)}", f"PA{_d(rng, 8)}")),
    )
    v["fin"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (
                f"{_d(rng, 10)}",
                f"V{_d(rng, 11)}",
                f"FIN{_d(rng, 8)}",
                f"{dos.year % 100}{_d(rng, 7)}",
                f"ENC-{_d(rng, 8)}",
            )
        ),
    )
    v["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            (f"CLM-{dos.year % 100}-{_d(rng, 7)}", f"{_d(rng, 13)}", f"C{_d(rng, 4)}{_a(rng, 2)}{_d(rng, 4)}")
        ),
    )
    v["npi"] = (PhiType.LICENSE, _npi(rng))
    v["npi2"] = (PhiType.LICENSE, _npi(rng))
    v["dea"] = (PhiType.LICENSE, _dea(rng, v["anes_last"][1]))
    v["rnlic"] = (
        PhiType.LICENSE,
        rng.choice(
            (f"RN{_d(rng, 6)}", f"RN-{_d(rng, 7)}", f"{_d(rng, 6)}RN", f"NUR.{_d(rng, 7)}", f"R{_d(rng, 8)}")
        ),
    )
    v["rphlic"] = (PhiType.LICENSE, rng.choice((f"RPH-{_d(rng, 5)}", f"PH{_d(rng, 6)}", f"{_d(rng, 5)}-RPh")))
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"{_a(rng, 1)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                f"{_d(rng, 9)}",
                f"{_a(rng, 2)}{_d(rng, 6)}",
                f"{_a(rng, 1)}{_d(rng, 7)}",
            )
        ),
    )
    v["cert"] = (
        PhiType.LICENSE,
        rng.choice(
            (
                f"CCP-{_d(rng, 5)}",
                f"ABCP {_d(rng, 4)}",
                f"CRCST-{_d(rng, 6)}",
                f"CBSPD {_d(rng, 7)}",
                f"EMT-P {_d(rng, 6)}",
            )
        ),
    )
    v["plate"] = (
        PhiType.VEHICLE_ID,
        rng.choice(
            (
                f"{rng.randint(1, 9)}{_a(rng, 3)}{_d(rng, 3)}",
                f"{_a(rng, 3)}-{_d(rng, 4)}",
                f"{_a(rng, 2)} {_d(rng, 3)} {_a(rng, 2)}",
                f"EMS {_d(rng, 4)}",
                f"{_d(rng, 3)} {_a(rng, 3)}",
            )
        ),
    )
    v["vin"] = (PhiType.VEHICLE_ID, _vin(rng))
    v["dev_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"{_a(rng, 3)}{_d(rng, 6)}{_a(rng, 1)}",
                f"SN{_d(rng, 9)}",
                f"{_d(rng, 8)}",
                f"{_a(rng, 2)}-{_d(rng, 5)}-{_an(rng, 2)}",
            )
        ),
    )
    v["dev_lot"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"{_d(rng, 7)}{_a(rng, 1)}", f"L{_d(rng, 8)}", f"{_an(rng, 10)}")),
    )
    v["dev_sn2"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"{_a(rng, 2)}{_d(rng, 7)}", f"{_d(rng, 4)}-{_d(rng, 4)}")),
    )
    gtin = "0" + _d(rng, 13)
    v["udi"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (
                f"(01){gtin}(17){(dos.year + 3) % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}(10){_an(rng, 7)}(21){_an(rng, 8)}",
                f"01{gtin}21{_an(rng, 9)}",
                f"+H{_an(rng, 4)}{_d(rng, 6)}/{_an(rng, 8)}",
            )
        ),
    )
    v["pump_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice((f"{_d(rng, 8)}", f"PCU-{_d(rng, 7)}", f"8015-{_d(rng, 6)}")),
    )
    v["scope_sn"] = (PhiType.DEVICE_ID, rng.choice((f"{_d(rng, 7)}", f"2{_d(rng, 6)}", f"GIF-{_d(rng, 7)}")))
    v["hd_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            (f"{_a(rng, 1)}{_d(rng, 3)}{_a(rng, 2)}{_d(rng, 4)}", f"5008-{_d(rng, 6)}", f"{_d(rng, 7)}")
        ),
    )
    v["bio"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            (
                f"PV-{_d(rng, 8)}",
                f"FP-TMPL-{_an(rng, 6)}",
                f"PVT{_d(rng, 10)}",
                f"fp_{_d(rng, 6)}_{rng.choice(('R2', 'L1', 'R1'))}",
                f"IRIS-{_an(rng, 8)}",
            )
        ),
    )
    v["bio2"] = (
        PhiType.BIOMETRIC,
        rng.choice((f"FP#{_d(rng, 2)}-{_d(rng, 4)}-{_d(rng, 2)}", f"BIO{_d(rng, 7)}", f"PALM-{_an(rng, 7)}")),
    )
    v["photo"] = (
        PhiType.PHOTO,
        rng.choice(
            (
                f"pt_photo_{_d(rng, 7)}.jpg",
                f"FACE-{_d(rng, 6)}.png",
                f"PH-{_d(rng, 5)}",
                f"IDPHOTO_{_an(rng, 8)}.JPG",
                f"portrait_{_d(rng, 8)}.jpeg",
                f"IMG{_d(rng, 6)}",
            )
        ),
    )
    yy = dos.year % 100
    v["case"] = (
        PhiType.OTHER_ID,
        rng.choice((f"OR-{yy}-{_d(rng, 6)}", f"SC{_d(rng, 7)}", f"{_d(rng, 8)}", f"C{yy}-{_d(rng, 5)}")),
    )
    v["case2"] = (
        PhiType.OTHER_ID,
        rng.choice((f"OR-{yy}-{_d(rng, 6)}", f"SC{_d(rng, 7)}", f"C{yy}-{_d(rng, 5)}")),
    )
    v["acc"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"S{yy}-{_d(rng, 5)}",
                f"{yy}-{_a(rng, 2)}-{_d(rng, 6)}",
                f"A{_d(rng, 9)}",
                f"CT{yy}{_d(rng, 6)}",
                f"{_d(rng, 10)}",
            )
        ),
    )
    v["spec"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"SP-{_d(rng, 6)}",
                f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 6)}",
                f"BB{yy}-{_d(rng, 5)}",
                f"CoC-{_d(rng, 7)}",
            )
        ),
    )
    v["bbunit"] = (
        PhiType.OTHER_ID,
        rng.choice(
            (
                f"W{_d(rng, 4)} {yy} {_d(rng, 6)}",
                f"W{_d(rng, 4)}{yy}{_d(rng, 6)}",
                f"=W{_d(rng, 4)}{yy}{_d(rng, 6)}00",
            )
        ),
    )
    v["bbunit2"] = (PhiType.OTHER_ID, f"W{_d(rng, 4)} {yy} {_d(rng, 6)}")
    v["rx"] = (
        PhiType.OTHER_ID,
        rng.choice((f"RX{_d(rng, 7)}", f"{_d(rng, 7)}", f"CSP-{_d(rng, 6)}", f"{_d(rng, 2)}-{_d(rng, 6)}")),
    )
    v["emp"] = (
        PhiType.OTHER_ID,
        rng.choice((f"E{_d(rng, 6)}", f"{_d(rng, 6)}", f"EMP-{_d(rng, 5)}", f"B{_d(rng, 7)}")),
    )
    v["emp2"] = (PhiType.OTHER_ID, rng.choice((f"E{_d(rng, 6)}", f"{_d(rng, 6)}")))
    v["pa"] = (PhiType.OTHER_ID, rng.choice((f"PA-{_d(rng, 8)}", f"AUTH{_d(rng, 9)}", f"{_an(rng, 12)}")))
    v["order"] = (PhiType.OTHER_ID, rng.choice((f"ORD{_d(rng, 8)}", f"{_d(rng, 9)}", f"RAD-{_d(rng, 7)}")))
    v["uid"] = (PhiType.OTHER_ID, f"1.2.840.{_d(rng, 5)}.{rng.randint(1, 9)}.{_d(rng, 6)}.{_d(rng, 10)}")
    v["study"] = (
        PhiType.OTHER_ID,
        rng.choice((f"SUBJ-{_d(rng, 3)}-{_d(rng, 4)}", f"{_a(rng, 3)}{_d(rng, 5)}")),
    )
    return v


# --- look-alikes -------------------------------------------------------------------------------------

_ROLES = (
    "the attending",
    "charge RN",
    "the circulator",
    "anesthesia tech",
    "the resident",
    "scrub tech",
    "PACU RN",
    "the perfusionist",
    "house supervisor",
    "bed manager",
    "the fellow",
    "SPD lead",
    "blood bank supervisor",
    "the pathologist on call",
    "IV room pharmacist",
    "EVS lead",
    "transport dispatcher",
    "the radiologist",
    "charge nurse",
    "on-call tech",
)
_ORGS = (
    "Northwind Surgical Supply",
    "Meridian Health Partners",
    "Apex Biologics",
    "the regional blood supplier",
    "Keystone Ortho Loaners",
    "Summit Specialty Pharmacy",
    "Cardinal Reprocessing",
    "BlueRiver Courier",
    "the county lab",
    "ClearPath Imaging",
    "Allied Dialysis Services",
    "Beacon Compounding",
)
_EPONYMS = (
    "Trendelenburg",
    "reverse Trendelenburg",
    "Fogarty catheter",
    "Mayo stand",
    "Foley",
    "Swan-Ganz",
    "Graves' disease",
    "Parkinson disease",
    "Hashimoto thyroiditis",
    "Crohn's",
    "Whipple",
    "Nissen",
    "Roux-en-Y",
    "Hartmann pouch",
    "Kocher maneuver",
    "Pfannenstiel",
    "Allen test",
    "Bair Hugger",
    "Jackson-Pratt drain",
    "Hickman line",
    "Cushing",
    "Addison",
    "Barrett esophagus",
    "Mallory-Weiss",
    "Down syndrome",
    "Alzheimer disease",
    "Wilms",
    "Hodgkin lymphoma",
    "Raynaud",
    "Bell palsy",
)
_BRANDS = (
    "Omnipaque 350",
    "Isovue-370",
    "Visipaque 320",
    "Gadavist",
    "Dotarem",
    "Kcentra",
    "Ancef",
    "Precedex",
    "Sugammadex (Bridion)",
    "Exparel",
    "Tisseel",
    "Surgicel",
    "Arista AH",
    "Prolene 4-0",
    "Vicryl 3-0",
    "Monocryl 4-0",
    "Stryker Neptune",
    "Bovie",
    "LigaSure",
    "Harmonic ACE",
    "da Vinci Xi",
    "Alaris",
    "Sapphire pump",
    "Fresenius 2008T",
    "NxStage",
    "Olympus CF-HQ190L",
    "Pentax EG-2990i",
    "ChloraPrep",
    "Betadine",
    "DuraPrep",
    "Cidex OPA",
    "Steris V-PRO",
    "Sterrad 100NX",
)
_ICD = (
    "K80.20",
    "I25.10",
    "N18.6",
    "M17.11",
    "C18.7",
    "I48.91",
    "D62",
    "T80.89XA",
    "Z99.2",
    "K57.30",
    "I21.4",
    "R07.9",
    "K92.2",
    "S72.001A",
    "N17.9",
    "Z51.11",
    "E11.65",
    "A04.72",
    "J18.9",
    "Z16.24",
)
_CPT = (
    "47562",
    "27447",
    "93458",
    "43239",
    "45385",
    "36415",
    "86900",
    "86920",
    "36430",
    "90935",
    "74177",
    "70553",
    "33208",
    "27130",
    "44970",
    "49505",
    "92928",
    "88331",
    "88305",
    "01402",
)
_HCPCS = (
    "C1776",
    "C1713",
    "J2250",
    "J0690",
    "Q9967",
    "C1769",
    "J1642",
    "P9016",
    "P9017",
    "A4657",
    "J1756",
    "C1874",
    "L8699",
    "J3490",
)
_NDC = (
    "0409-4676-01",
    "63323-0262-01",
    "0143-9501-10",
    "25021-0102-30",
    "0781-3206-95",
    "60505-0749-00",
    "0338-0049-04",
    "51754-0101-1",
)
_LOINC = ("882-1", "890-4", "718-7", "2160-0", "6301-6", "1003-3", "2823-3", "33914-3", "14682-9")
_SNOMED = ("73211009", "38341003", "44054006", "387713003", "425044008", "71388002", "182813001")
_REV = ("0360", "0370", "0390", "0391", "0278", "0636", "0821", "0320", "0710", "0481")
_DRG = ("MS-DRG 470", "MS-DRG 247", "MS-DRG 330", "MS-DRG 683", "MS-DRG 812", "APR-DRG 174")
_ISO = (
    "Contact",
    "Contact Plus (C. diff)",
    "Droplet",
    "Airborne",
    "Airborne + Contact",
    "Enteric",
    "Neutropenic",
    "Contact (MRSA)",
    "Contact (CRE)",
    "Special Droplet",
    "Contact (C. auris)",
)
_DISINF = (
    "Oxivir Tb",
    "bleach 1:10",
    "Clorox Healthcare bleach wipes",
    "Sani-Cloth AF3",
    "PDI Super Sani",
    "Virex II 256",
    "hydrogen peroxide vapor",
)
_PRODUCTS = (
    "LR-RBC",
    "RBC Leukoreduced",
    "FFP",
    "Apheresis PLT",
    "Cryo pool x5",
    "PF24",
    "Irradiated RBC",
    "CMV-neg RBC",
    "Whole blood LTOWB",
)
_ABO = ("O Pos", "O NEG", "A Pos", "A neg", "B Pos", "AB Pos", "O+", "A-", "B+")
_PROCS = (
    "lap chole",
    "R TKA",
    "L THA",
    "CABG x3",
    "EGD w/ biopsy",
    "colonoscopy w/ polypectomy",
    "ex-lap",
    "lap appy",
    "ORIF R distal radius",
    "TURBT",
    "cysto/stent",
    "R heart cath",
    "LHC/PCI",
    "PPM dual chamber",
    "I&D L foot",
    "AV fistula creation",
    "ERCP w/ stent",
    "TAVR",
    "hip hemi",
    "VATS wedge",
    "robotic prostatectomy",
    "spinal fusion L4-5",
    "C-section",
    "debridement sacral wound",
)
_TRAYS = (
    "ORTHO MAJOR 2",
    "BASIC LAP 4",
    "CV MICRO 1",
    "HIP ACETAB LOANER",
    "D&C SET 3",
    "MINOR PROC 12",
    "UROLOGY CYSTO 2",
    "SPINE PEDICLE LOANER B",
    "HAND SET 1",
    "CRANI BASIC 2",
    "VASCULAR 5",
)
_STATUS = ("Clean", "Dirty", "In progress", "Blocked", "Pending EVS", "Ready", "Occupied", "Cleaning")
_UNITS = (
    "5 West",
    "MICU",
    "SICU",
    "Step-down 3N",
    "Tele 6",
    "Ortho 4E",
    "PACU",
    "ED",
    "L&D",
    "Oncology 7",
    "CVICU",
    "Obs unit",
    "Short Stay",
    "Dialysis unit",
    "Endo suite",
    "Cath lab",
    "IR",
    "Pre-op",
)
_TRANSPORT = (
    "stretcher",
    "wheelchair",
    "bed w/ tele",
    "bed w/ O2",
    "ambulatory",
    "bariatric bed",
    "stretcher w/ RN",
    "W/C + O2 2L",
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    c = rng.choice
    ri = rng.randint

    def t() -> str:
        h, m = ri(0, 23), ri(0, 59)
        return c((f"{h:02d}:{m:02d}", f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}"))

    start = ri(0, 16 * 60)
    tstyle = ri(0, 1)
    times = []
    for _ in range(6):
        h, m = divmod(start % (24 * 60), 60)
        times.append(f"{h:02d}:{m:02d}" if tstyle else f"{h:02d}{m:02d}")
        start += ri(4, 75)

    v: dict[str, str] = {
        "role": c(_ROLES),
        "role2": c(_ROLES),
        "org": c(_ORGS),
        "org2": c(_ORGS),
        "eponym": c(_EPONYMS),
        "eponym2": c(_EPONYMS),
        "brand": c(_BRANDS),
        "brand2": c(_BRANDS),
        "icd": c(_ICD),
        "icd2": c(_ICD),
        "cpt": c(_CPT),
        "cpt2": c(_CPT),
        "hcpcs": c(_HCPCS),
        "ndc": c(_NDC),
        "loinc": c(_LOINC),
        "snomed": c(_SNOMED),
        "rev": c(_REV),
        "drg": c(_DRG),
        "proc": c(_PROCS),
        "proc2": c(_PROCS),
        "tray": c(_TRAYS),
        "tray2": c(_TRAYS),
        "iso": c(_ISO),
        "disinf": c(_DISINF),
        "product": c(_PRODUCTS),
        "abo": c(_ABO),
        "abo2": c(_ABO),
        "unit_name": c(_UNITS),
        "unit_name2": c(_UNITS),
        "bstatus": c(_STATUS),
        "tmode": c(_TRANSPORT),
        "state": c(STATES),
        "t1": times[0],
        "t2": times[1],
        "t3": times[2],
        "t4": times[3],
        "t5": times[4],
        "t6": times[5],
        "t7": t(),
        "msgctl": c(
            (f"MSG{ri(10000000, 99999999)}", f"{ri(100000, 999999)}.{ri(1, 9)}", f"Q{ri(1000000, 9999999)}T")
        ),
        "year": str(ri(1998, 2024)),
        "year2": str(ri(2010, 2025)),
        "yo": str(ri(2, 89)),
        "yo2": str(ri(18, 89)),
        "room": c(
            (
                f"OR {ri(1, 24)}",
                f"OR-{ri(1, 24):02d}",
                f"Hybrid OR {ri(1, 3)}",
                f"Endo {ri(1, 6)}",
                f"Cath Lab {ri(1, 4)}",
                f"IR Suite {c('AB')}",
                f"Procedure Rm {ri(1, 9)}",
            )
        ),
        "room2": c((f"OR {ri(1, 24)}", f"Rm {ri(100, 999)}", f"Endo {ri(1, 6)}")),
        "bed": c(
            (
                f"{ri(2, 9)}{c('WENS')}-{ri(1, 40):02d}{c('AB')}",
                f"Bed {ri(1, 36)}",
                f"Bay {ri(1, 18)}",
                f"Rm {ri(200, 899)}-{c('AB')}",
                f"Chair {ri(1, 24)}",
                f"Station {ri(1, 20)}",
            )
        ),
        "bed2": c((f"{ri(2, 9)}{c('WENS')}-{ri(1, 40):02d}", f"Rm {ri(200, 899)}", f"Bay {ri(1, 18)}")),
        "dur": c((f"{ri(0, 5)}h {ri(0, 59):02d}m", f"{ri(12, 420)} min", f"{ri(1, 6)}:{ri(0, 59):02d}")),
        "asa": c(("ASA I", "ASA II", "ASA III", "ASA 3E", "ASA IV", "ASA 2")),
        "mallampati": c(("Mallampati I", "MP II", "Mallampati III", "MP IV")),
        "dose1": c(
            (
                f"propofol {ri(8, 25) * 10} mg IV",
                f"etomidate {ri(10, 24)} mg",
                f"ketamine {ri(2, 15) * 10} mg",
            )
        ),
        "dose2": c(
            (
                f"fentanyl {ri(1, 6) * 25} mcg",
                f"hydromorphone {c(('0.2', '0.4', '0.5', '1'))} mg",
                f"remifentanil {c(('0.05', '0.1', '0.15'))} mcg/kg/min",
            )
        ),
        "dose3": c(
            (
                f"rocuronium {ri(3, 10) * 10} mg",
                f"succinylcholine {ri(8, 16) * 10} mg",
                f"vecuronium {ri(5, 10)} mg",
                f"cisatracurium {ri(10, 20)} mg",
            )
        ),
        "abx": c(
            (
                "cefazolin 2 g IV",
                "cefazolin 3 g IV",
                "vancomycin 1,250 mg IV",
                "clindamycin 900 mg",
                "cefoxitin 2 g",
                "ampicillin-sulbactam 3 g",
                "metronidazole 500 mg",
            )
        ),
        "pressor": c(
            (
                f"phenylephrine {ri(1, 4) * 50} mcg",
                f"ephedrine {ri(1, 4) * 5} mg",
                f"norepinephrine {c(('0.04', '0.06', '0.1'))} mcg/kg/min",
            )
        ),
        "heparin": f"heparin {ri(3, 15) * 1000:,} units IV",
        "bp": f"{ri(88, 182)}/{ri(44, 104)}",
        "hr": str(ri(48, 132)),
        "spo2": f"{ri(88, 100)}%",
        "temp": c((f"36.{ri(0, 9)} °C", f"{ri(97, 100)}.{ri(0, 9)} F", f"37.{ri(0, 4)}C")),
        "rr": str(ri(10, 28)),
        "etco2": str(ri(28, 48)),
        "map": str(ri(55, 110)),
        "hgb": f"{ri(6, 15)}.{ri(0, 9)} g/dL",
        "hct": f"{ri(20, 46)}%",
        "plt": f"{ri(18, 420)} K/uL",
        "inr": f"{c(('1', '1', '1', '2', '3'))}.{ri(0, 9)}",
        "k": f"{ri(3, 6)}.{ri(0, 9)} mmol/L",
        "cr": f"{ri(0, 9)}.{ri(1, 9)} mg/dL",
        "egfr": str(ri(6, 110)),
        "lactate": f"{ri(0, 6)}.{ri(1, 9)}",
        "fib": f"{ri(90, 450)} mg/dL",
        "ref": c(
            (
                "(ref 12.0-16.0)",
                "(13.5-17.5)",
                "(150-400)",
                "(0.8-1.2)",
                "(3.5-5.1)",
                "(ref >60)",
                "(200-400)",
            )
        ),
        "act": str(ri(110, 420)),
        "ebl": f"{ri(5, 120) * 10} mL",
        "uo": f"{ri(5, 90) * 10} mL",
        "ivf": f"LR {ri(3, 30) * 100} mL",
        "fluoro": f"{ri(2, 45)}.{ri(0, 9)} min",
        "contrast": c(
            (
                f"iohexol 350, {ri(4, 20) * 10} mL",
                f"Omnipaque 300 {ri(3, 15) * 10} mL",
                f"iodixanol {ri(40, 250)} mL",
                f"gadobutrol {c(('7.5', '8', '6.5', '10'))} mL",
            )
        ),
        "rate": f"{c(('3', '4', '4.5', '5', '2.5'))} mL/s",
        "gauge": c(("20G", "22G", "18G", "24G")),
        "kv": f"{c(('80', '100', '120'))} kVp",
        "dlp": f"DLP {ri(120, 1900)} mGy·cm",
        "ctdi": f"{ri(3, 45)}.{ri(0, 9)} mGy",
        "kt": f"{ri(1, 2)}.{ri(0, 9)}{ri(0, 9)}",
        "urr": f"{ri(60, 80)}%",
        "uf": f"{ri(5, 45) / 10:.1f} L",
        "qb": f"{ri(25, 45) * 10} mL/min",
        "qd": c(("500", "600", "800", "Auto 1.5")),
        "bath": c(("2K/2.5Ca", "3K/2.5Ca", "2K/3.0Ca", "1K/2.5Ca", "4K/2.5Ca")),
        "edw": f"{ri(45, 130)}.{ri(0, 9)} kg",
        "wt": f"{ri(45, 140)}.{ri(0, 9)} kg",
        "access": c(("L AVF", "R AVG", "R IJ tunneled CVC", "L brachiocephalic AVF", "R femoral temp cath")),
        "epo": c(
            (f"epoetin alfa {ri(2, 20) * 1000} units", f"Mircera {ri(5, 25) * 10} mcg", "darbepoetin 40 mcg")
        ),
        "score": c(
            (
                f"Aldrete {ri(7, 10)}",
                f"RASS {ri(-3, 1)}",
                f"Morse {ri(0, 9) * 5}",
                f"Braden {ri(9, 23)}",
                f"GCS {ri(9, 15)}",
                f"PONV Apfel {ri(0, 4)}",
                f"STOP-BANG {ri(0, 8)}",
            )
        ),
        "pain": f"{ri(0, 10)}/10",
        "wound": c(
            ("Class I clean", "Class II clean-contaminated", "Class III contaminated", "Class IV dirty")
        ),
        "supply_lot": c(
            (
                f"LOT {ri(10, 29)}{c('ABCDEFGHJK')}{ri(100, 999)}",
                f"Lot# {ri(1000000, 9999999)}",
                f"lot {c('HKMP')}{ri(1000, 9999)}",
            )
        ),
        "load": c((f"Load {ri(1, 9)}-{ri(100, 999)}", f"LD{ri(1000, 9999)}", f"Cycle {ri(1, 40)}")),
        "sterilizer": c(
            (
                f"Steris Amsco #{ri(1, 6)}",
                f"Sterilizer {ri(1, 8)}",
                f"V-PRO maX #{ri(1, 3)}",
                f"Getinge HS{ri(66, 99)} #{ri(1, 4)}",
            )
        ),
        "tray_id": c((f"T-{ri(100, 999)}", f"TR{ri(1000, 9999)}", f"Set {ri(1, 60):02d}")),
        "form": c(
            (
                f"Form PS-{ri(100, 999)} v{ri(1, 6)}.{ri(0, 9)}",
                f"MR-{ri(10, 99)}{c('ABC')} (Rev. {ri(2015, 2025)})",
                f"F-{ri(1000, 9999)} rev {c('ABCDE')}",
                f"Form {ri(1000, 9999)}-{c(('OR', 'BB', 'RX', 'LB'))}",
            )
        ),
        "policy": c(
            (
                f"Policy BB-{ri(1, 40):02d}.{ri(1, 9)}",
                f"SOP-SPD-{ri(100, 400)}",
                f"IC-{ri(10, 99)}",
                f"PP {ri(100, 900)}.{ri(10, 99)}",
                f"AORN guideline (ed. {ri(2019, 2025)})",
            )
        ),
        "money": c(
            (f"${ri(1, 99) * 10 + 0.5:,.2f}", f"${ri(100, 48000):,}.00", f"USD {ri(20, 900)}.{ri(10, 99)}")
        ),
        "pct": f"{ri(1, 99)}%",
        "count": str(ri(2, 48)),
        "count2": str(ri(1, 12)),
        "ticket": c(
            (
                f"Job T-{ri(10000, 99999)}",
                f"WO#{ri(100000, 999999)}",
                f"Req {ri(1000, 9999)}",
                f"Ticket {ri(10000, 99999)}",
            )
        ),
        "ext": f"x{ri(2000, 7999)}",
        "page": f"Page {ri(1, 2)} of {ri(2, 4)}",
        "version": f"v{ri(1, 9)}.{ri(0, 20)}.{ri(0, 9)}",
        "build": f"build {ri(1000, 9999)}",
        "ab_screen": c(("NEG", "Negative", "POS - anti-E", "POS anti-K", "neg")),
        "dat": c(("DAT neg", "DAT POS IgG 2+", "DAT negative")),
        "xm": c(("IS compatible", "electronic XM compatible", "AHG compatible", "compatible")),
        "abx2": c(("ciprofloxacin 400 mg", "piperacillin-tazobactam 4.5 g", "cefepime 2 g", "meropenem 1 g")),
        "cspdose": c(
            (
                f"vancomycin {ri(5, 20) * 125} mg in NS 250 mL",
                f"cefazolin {ri(1, 3)} g in D5W 100 mL",
                "norepinephrine 8 mg in NS 250 mL",
                f"TPN {ri(12, 24) * 100} mL/day",
                "oxytocin 30 units in LR 500 mL",
                "potassium chloride 20 mEq in 100 mL",
                "heparin 25,000 units in D5W 250 mL",
            )
        ),
        "bud": c(
            ("BUD 9 h room temp", "BUD 24 h RT / 10 d refrig", "BUD 12 h", "BUD 4 days refrig", "BUD 30 h RT")
        ),
        "iso_class": c(("ISO 5 PEC", "ISO 5 LAFW", "ISO 5 CAI", "ISO 7 buffer room")),
        "o2": c(("RA", "2 L NC", "4 L NC", "NRB 15 L", "HFNC 40 L/40%")),
        "tube": c(
            ("lavender 4 mL", "pink 6 mL EDTA", "SST gold", "light blue citrate", "gray top", "urine cup")
        ),
        "sample": c(
            (
                "blood",
                "urine",
                "tissue - gallbladder",
                "CSF",
                "bone marrow aspirate",
                "frozen section",
                "pleural fluid",
                "tox screen",
            )
        ),
        "reason": c(
            (
                "hemolyzed",
                "unlabeled",
                "QNS",
                "clotted",
                "mislabeled - name mismatch",
                "wrong tube",
                "delayed >4 h",
            )
        ),
        "cath_find": c(("LAD 90% prox", "RCA CTO", "LM 40%", "OM1 80%", "nonobstructive CAD", "LCx 70% mid")),
        "stent": c(
            (
                "Xience Skypoint 3.0 x 18",
                "Resolute Onyx 2.75 x 22",
                "Synergy XD 3.5 x 12",
                "Onyx Frontier 3.0 x 26",
            )
        ),
        "lvedp": str(ri(8, 28)),
        "ef": f"{ri(20, 65)}%",
        "prep": c(("Boston Bowel Prep 8", "BBPS 6 (2-2-2)", "fair prep", "good prep", "BBPS 9")),
        "finding": c(
            (
                "2 sessile polyps removed cold snare",
                "LA grade B esophagitis",
                "no bleeding stigmata",
                "diverticulosis sigmoid",
                "gastric ulcer Forrest III",
                "normal to cecum",
            )
        ),
        "scope_model": c(("CF-HQ190L", "GIF-H190", "TJF-Q190V", "EG-2990i", "BF-1TH190", "PCF-H190DL")),
        "aer": c(("AER #2", "Medivators Advantage Plus #1", "OER-Pro #3", "AER-4")),
        "hld": c(("Rapicide PA", "Cidex OPA", "Revital-Ox", "peracetic acid")),
        "mec": f"MEC {c(('pass', 'PASS', 'passed'))}",
        "leak": c(("leak test pass", "leak test PASS", "leak test: no bubbles")),
        "atp": f"ATP {ri(2, 180)} RLU",
        "implant": c(
            (
                "Triathlon CR femoral size 5",
                "Pinnacle acetabular cup 54 mm",
                "Azure XT DR MRI",
                "ProMRI Edora 8 DR-T",
                "Watchman FLX 27 mm",
                "Zimmer NexGen tibial tray",
                "Medtronic Micra AV2",
                "Sapien 3 Ultra 26 mm",
                "DBS lead 3389",
                "Mesh Ventralex ST 6.4 cm",
                "Boston Sci Vercise Genus IPG",
                "cochlear CI632",
            )
        ),
        "implant2": c(
            (
                "Accolade II stem #6",
                "Mako polyethylene insert 11 mm",
                "tibial baseplate 4",
                "RA lead 5076-52",
                "RV lead 3830-69",
                "Trident II shell 52 mm",
                "6.5 mm cancellous screw x 40",
            )
        ),
        "explant_reason": c(
            (
                "ERI / battery depletion",
                "infection",
                "aseptic loosening",
                "lead fracture",
                "recall - FDA Class II",
                "upgrade to CRT-D",
                "periprosthetic fracture",
            )
        ),
        "mrsa": c(("MRSA PCR neg", "MRSA screen POS", "MRSA nares not detected")),
        "bedtype": c(("med-surg", "tele", "ICU", "step-down", "negative-pressure", "bariatric", "peds")),
        "los": f"LOS {ri(1, 30)} d",
        "gmlos": f"GMLOS {ri(1, 9)}.{ri(0, 9)}",
        "priority": c(("STAT", "Routine", "ASAP", "Urgent", "Scheduled")),
        "cleantype": c(("terminal", "discharge", "daily", "isolation terminal", "UV-C terminal")),
        "uvc": f"UV-C {c(('1', '2', '3'))} cycle(s) {ri(5, 25)} min",
        "pos": c(
            ("supine", "prone", "lateral decubitus L", "lithotomy", "beach chair", "supine, arms tucked")
        ),
        "airway": c(
            (
                "ETT 7.0 cuffed",
                "LMA #4",
                "ETT 7.5, grade I view",
                "nasal cannula / MAC",
                "ETT 8.0 VL",
                "i-gel 4",
            )
        ),
        "bl_vol": f"{ri(1, 3) * 150 + ri(0, 60)} mL",
        "rate_ml": f"{ri(50, 250)} mL/h",
    }
    return {k: (None, s) for k, s in v.items()}
