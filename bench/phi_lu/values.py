"""Values for set U: one invented identity per note (``identifiers``) and clinical/administrative
filler that is not PHI (``lookalikes``). Everything is drawn from the ``rng`` passed in."""

from __future__ import annotations

import random

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

N = PhiType.NAME
L = PhiType.LOCATION
D = PhiType.DATE

FIRST = (
    "Ana",
    "Marisol",
    "Dmitri",
    "Oluwaseun",
    "Keisha",
    "Siobhan",
    "Mohammed",
    "Fatima",
    "Priya",
    "Jean-Baptiste",
    "Mei-Ling",
    "Hope",
    "Faith",
    "Miles",
    "Rose",
    "Dawn",
    "Chayton",
    "Aroha",
    "Kwame",
    "Lucía",
    "José",
    "Björn",
    "Zainab",
    "Tomasz",
    "Ngozi",
    "Esperanza",
    "Wei",
    "Hamid",
    "Yaw",
    "Ilse",
    "Rosalind",
    "Darnell",
    "Bao",
    "Kalani",
    "Lakshmi",
    "Giorgos",
    "Ifeoma",
    "Mateus",
    "Thandiwe",
    "Bridget",
    "Colm",
    "Aaliyah",
    "Rafael",
    "Anh",
    "Sione",
    "Yusuf",
    "Guadalupe",
    "Willa",
    "Ezekiel",
    "Marguerite",
    "Reggie",
    "Dolores",
    "Winston",
    "Mercy",
    "Sky",
    "Autumn",
    "Tenzin",
    "Nadia",
    "Ahmad",
    "Jolene",
    "Théo",
    "Kateryna",
    "Paulo",
    "Yesenia",
    "Hakeem",
    "Shirley",
    "Cruz",
    "Destiny",
    "Amadou",
)
LAST = (
    "García-Molina",
    "de la Cruz",
    "van der Berg",
    "O'Connell",
    "D'Souza",
    "Nguyen",
    "Okafor",
    "MacLeod",
    "Bishop",
    "Street",
    "Parish",
    "Price",
    "Hill",
    "Brown",
    "Kowalski",
    "Abdi",
    "Haile",
    "Yazzie",
    "Begay",
    "Kealoha",
    "Pham",
    "Xu",
    "Osei",
    "Mensah",
    "Al-Amin",
    "dos Santos",
    "da Silva",
    "Le",
    "Moreau",
    "Hakimi",
    "Fitzgerald",
    "Sandoval",
    "Delacroix",
    "Vang",
    "Lor",
    "Sharma",
    "Papadopoulos",
    "Iwu",
    "Cardenas-Ruiz",
    "Whitehorse",
    "Lightfoot",
    "Friday",
    "Small",
    "Story",
    "Wolf",
    "Banks",
    "Summers",
    "Baptiste",
    "Jean-Louis",
    "Van Buren",
    "De Leon",
    "Mbeki",
    "Rahimi",
    "Castellanos",
    "Duarte",
    "Oyelaran",
    "Kim",
    "Tran-Howard",
    "Shelby",
    "Hollis",
    "Chavis",
    "Runningwater",
    "Lund",
    "Ferreira",
)
NICK = (
    "Junior",
    "Red",
    "Tink",
    "Big Mike",
    "Mama Lu",
    "Doc",
    "Sunny",
    "Tex",
    "Boo",
    "Peanut",
    "Shorty",
    "Cisco",
    "Nana",
    "Gigi",
    "Dee",
    "Pops",
)
CITIES = (
    "Millbrook",
    "Port Alder",
    "East Halvorsen",
    "Liberty",
    "Hope Valley",
    "Fairhaven Falls",
    "Cedar Bluff",
    "North Quill",
    "Beacon Landing",
    "Marlow",
    "Stonebridge",
    "Kettle Creek",
    "Westmoor",
    "Riverbend",
    "Grafton Mills",
    "Pleasant Hill",
    "Lowell Ridge",
    "South Tamsin",
    "Harbor Point",
    "Elm Crossing",
)
COUNTIES = (
    "Merrow County",
    "Quill County",
    "Ashby County",
    "Larkin County",
    "Tamsin County",
    "Corrigan County",
    "Wexley County",
    "Harlan Parish",
)
HOODS = (
    "Five Corners",
    "the Flats",
    "Eastgate",
    "Riverside Heights",
    "Dogtown",
    "Little Lisbon",
    "Mill Village",
    "Brickyard",
    "Cathedral Hill",
    "the Bottoms",
)
STREETS = (
    "Kessler",
    "Old Mill",
    "Chestnut",
    "Harrison",
    "Dock",
    "Marlow",
    "Tremont",
    "Pequot",
    "Linden",
    "Wabash",
    "Goshen",
    "Canal",
    "Ferry",
    "Juniper",
    "Fountain",
    "Aldine",
    "Gould",
    "Ridgeway",
    "Mission",
    "Bayard",
    "Saint Rocco",
    "Larch",
    "Quarry",
    "Beech",
)
SUFFIX = ("St", "Ave", "Rd", "Blvd", "Ln", "Ct", "Way", "Pl", "Terrace", "Street", "Avenue", "Drive")
STATES = ("MA", "RI", "CT", "NY", "OR", "WA", "OH", "MN", "NM", "GA", "PA", "MI")
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
MESES = (
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
WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = {
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
    101: "one hundred and one",
    102: "one hundred two",
    103: "one hundred three",
}
ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _a(rng: random.Random, n: int, chars: str = ALNUM) -> str:
    return "".join(rng.choice(chars) for _ in range(n))


def _person(rng: random.Random) -> dict[str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    mi = rng.choice(UP)
    return {
        "first": first,
        "last": last,
        "mi": mi,
        "full": f"{first} {last}",
        "lfm": f"{last}, {first} {mi}.",
        "lf": f"{last}, {first}",
        "caps": f"{last.upper()}, {first.upper()}",
        "fml": f"{first} {mi}. {last}",
        "il": f"{first[0]}. {last}",
        "init": f"{first[0]}{mi}{last[0]}".upper(),
    }


def _date(rng: random.Random, y0: int = 2024, y1: int = 2026) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def _fmt(rng: random.Random, ymd: tuple[int, int, int], style: str | None = None) -> str:
    y, m, d = ymd
    mon = MONTHS[m - 1]
    styles = {
        "us": f"{m:02d}/{d:02d}/{y}",
        "usn": f"{m}/{d}/{y}",
        "us2": f"{m}/{d}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "dmy": f"{d} {mon[:3]} {y}",
        "long": f"{mon} {d}, {y}",
        "caps": f"{mon[:3].upper()} {d:02d} {y}",
        "dash": f"{m:02d}-{d:02d}-{y % 100:02d}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "dmy3": f"{d:02d}-{mon[:3].upper()}-{y}",
        "md": f"{m}/{d}",
        "mlong": f"{mon} {d}",
        "ord": f"the {d}th of {mon}",
    }
    if style is None:
        style = rng.choice(("us", "us", "usn", "us2", "iso", "dmy", "long", "caps", "dash", "dot", "dmy3"))
    return styles[style]


def _phone(rng: random.Random) -> str:
    area = rng.randint(201, 989)
    line = f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"{area} 555 {line}",
        )
    )


def _ssn(rng: random.Random) -> str:
    a, g, s = rng.randint(100, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice((f"{a}-{g}-{s}", f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}"))


def _street(rng: random.Random) -> str:
    num = rng.choice((str(rng.randint(2, 98)), str(rng.randint(100, 999)), str(rng.randint(1000, 4999))))
    pre = rng.choice(("", "", "", "W ", "N ", "East "))
    return f"{num} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIX)}"


def _ip(rng: random.Random) -> str:
    if rng.random() < 0.2:
        return f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}"
    net = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    return f"{net}.{rng.randint(2, 254)}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented client with relatives, staff, places and every kind of identifier."""
    v: dict[str, Value] = {}
    roles = (
        "pt",
        "rel",
        "chw",
        "sw",
        "md",
        "nav",
        "rn",
        "interp",
        "atty",
        "landlord",
        "driver",
        "pastor",
        "po",
        "mgr",
    )
    for role in roles:
        p = _person(rng)
        for form, text in p.items():
            if form != "mi":
                v[f"{role}_{form}"] = (N, text)
    pt_last = v["pt_last"][1]
    v["pt_nick"] = (N, rng.choice(NICK))
    ocr = pt_last.replace("l", "1").replace("o", "0").replace("m", "rn").replace("e", "c")
    v["pt_last_ocr"] = (N, ocr if ocr != pt_last else pt_last + "l")
    v["pt_caps_full"] = (N, f"{v['pt_first'][1]} {pt_last}".upper())
    # dates
    dob = _date(rng, 1941, 2006)
    v["dob"] = (D, _fmt(rng, dob))
    v["dob_iso"] = (D, _fmt(rng, dob, "iso"))
    v["dob_us"] = (D, _fmt(rng, dob, "us"))
    v["dob_compact"] = (D, f"{dob[0]}{dob[1]:02d}{dob[2]:02d}")
    v["dob_es"] = (D, f"{dob[2]} de {MESES[dob[1] - 1]} de {dob[0]}")
    age = rng.randint(90, 103)
    v["age_old"] = (PhiType.AGE, str(age))
    v["age_old_word"] = (PhiType.AGE, TEENS[age])
    edob = (2026 - age, rng.randint(1, 12), rng.randint(1, 28))
    v["elder_dob"] = (D, _fmt(rng, edob))
    for key in (
        "visit",
        "visit2",
        "adm",
        "dc",
        "ref",
        "appt",
        "release",
        "shutoff",
        "sig",
        "moveout",
        "screen",
        "due",
        "hearing",
        "booking_date",
    ):
        v[key] = (D, _fmt(rng, _date(rng)))
    for key in ("visit", "appt", "dc"):
        v[f"{key}_md"] = (D, _fmt(rng, _date(rng), rng.choice(("md", "mlong"))))
        v[f"{key}_iso"] = (D, _fmt(rng, _date(rng), "iso"))
        v[f"{key}_us"] = (D, _fmt(rng, _date(rng), "us"))
    y, m, d = _date(rng)
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    v["dt"] = (
        D,
        rng.choice(
            (
                f"{m:02d}/{d:02d}/{y} {hh:02d}:{mm:02d}",
                f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{rng.randint(0, 59):02d}",
                f"{m}/{d}/{y % 100} {hh % 12 or 12}:{mm:02d} {'PM' if hh >= 12 else 'AM'}",
            )
        ),
    )
    y, m, d = _date(rng)
    v["dt_iso"] = (D, f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}")
    v["dt_compact"] = (D, f"{y}{m:02d}{d:02d}{hh:02d}{mm:02d}")
    v["visit_es"] = (D, f"{d} de {MESES[m - 1]}")
    # places
    for key in ("street", "street2", "street3"):
        v[key] = (L, _street(rng))
    v["unit"] = (
        L,
        rng.choice(
            (
                f"Apt {rng.randint(1, 9)}{rng.choice('ABCD')}",
                f"Unit {rng.randint(1, 40)}",
                f"#{rng.randint(2, 30)}",
                f"Apt. {rng.randint(100, 620)}",
                f"Rm {rng.randint(101, 420)}",
                f"Fl {rng.randint(2, 3)}",
            )
        ),
    )
    cities = rng.sample(CITIES, 3)
    v["city"], v["city2"], v["city3"] = (L, cities[0]), (L, cities[1]), (L, cities[2])
    v["city_caps"] = (L, cities[0].upper())
    v["county"] = (L, rng.choice(COUNTIES))
    v["hood"] = (L, rng.choice(HOODS))
    v["zip"] = (L, f"{rng.randint(1001, 99950):05d}")
    v["zip2"] = (
        L,
        rng.choice((f"{rng.randint(1001, 99950):05d}", f"{rng.randint(1001, 99950):05d}-{_d(rng, 4)}")),
    )
    v["cross"] = (
        L,
        f"{rng.choice(STREETS)} {rng.choice(('St', 'Ave', 'Rd'))} "
        f"{rng.choice(('&', 'and', '/', 'at'))} {rng.choice(STREETS)} {rng.choice(('St', 'Ave', 'Way'))}",
    )
    v["hosp"] = (
        L,
        rng.choice(
            (
                f"{cities[1]} General Hospital",
                f"{cities[1]} Community Hospital",
                f"St. Anselm Medical Center of {cities[1]}",
                f"{cities[1]} Regional Medical Center",
            )
        ),
    )
    v["shelter_town"] = (
        L,
        rng.choice(
            (
                f"{cities[0]} Family Shelter",
                f"{cities[0]} Men's Shelter",
                f"{cities[0]} Warming Center",
                f"Lighthouse Shelter {cities[0]}",
            )
        ),
    )
    v["jail"] = (L, f"{v['county'][1]} House of Correction")
    v["state"] = (None, rng.choice(STATES))
    # contact
    for key in (
        "pt_phone",
        "pt_phone2",
        "rel_phone",
        "chw_phone",
        "landlord_phone",
        "sw_phone",
        "nav_phone",
        "driver_phone",
        "po_phone",
    ):
        v[key] = (PhiType.PHONE, _phone(rng))
    v["fax"] = (PhiType.FAX, _phone(rng))
    v["fax2"] = (PhiType.FAX, _phone(rng))
    pf, pl = v["pt_first"][1], v["pt_last"][1]
    clean = "".join(c for c in (pf + pl).lower() if c.isalpha() and c.isascii()) or "client"
    v["pt_email"] = (
        PhiType.EMAIL,
        rng.choice(
            (
                f"{clean[:12]}{rng.randint(1, 99)}@mail.example.com",
                f"{clean[0]}.{clean[1:9]}@example.org",
                f"{clean[:6]}_{_d(rng, 3)}@inbox.test",
            )
        ),
    )
    for role, dom in (
        ("chw", "communitycare.example.org"),
        ("nav", "housingfirst.example.org"),
        ("sw", "hospital.example.org"),
        ("atty", "legalaid.example.org"),
        ("rel", "mail.example.com"),
    ):
        f2 = "".join(c for c in v[f"{role}_first"][1].lower() if c.isalpha() and c.isascii()) or "x"
        l2 = "".join(c for c in v[f"{role}_last"][1].lower() if c.isalpha() and c.isascii()) or "y"
        v[f"{role}_email"] = (PhiType.EMAIL, rng.choice((f"{f2}.{l2}@{dom}", f"{f2[0]}{l2}@{dom}")))
    # numbers
    v["ssn"] = (PhiType.SSN, _ssn(rng))
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            (
                _d(rng, 8),
                f"E{_d(rng, 7)}",
                f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}",
                f"MR{_d(rng, 6)}",
                _d(rng, 7),
            )
        ),
    )
    v["mrn2"] = (PhiType.MRN, rng.choice((_d(rng, 9), f"{rng.choice(UP)}{_d(rng, 6)}", f"00{_d(rng, 6)}")))
    HP = PhiType.HEALTH_PLAN_ID
    v["medicaid_id"] = (
        HP,
        rng.choice(
            (
                f"{_d(rng, 12)}",
                f"{rng.choice(UP)}{rng.choice(UP)}{_d(rng, 5)}{rng.choice(UP)}",
                f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
                f"1{_d(rng, 9)}",
            )
        ),
    )
    mbi = (
        str(rng.randint(1, 9))
        + rng.choice("ACDEFGHJKMNPQRTUVWXY")
        + rng.choice(ALNUM[:-10] + "0123456789")
        + str(rng.randint(0, 9))
        + "-"
        + rng.choice("ACDEFGHJKMNPQRTUVWXY")
        + rng.choice("ACDEFGHJKMNPQRTUVWXY0123456789")
        + str(rng.randint(0, 9))
        + "-"
        + rng.choice("ACDEFGHJKMNPQRTUVWXY")
        + rng.choice("ACDEFGHJKMNPQRTUVWXY")
        + str(rng.randint(0, 9))
        + str(rng.randint(0, 9))
    )
    v["mbi"] = (HP, mbi if rng.random() < 0.6 else mbi.replace("-", ""))
    v["mco_id"] = (
        HP,
        rng.choice(
            (
                f"{_a(rng, 3, UP)}{_d(rng, 9)}",
                f"W{_d(rng, 8)}-0{rng.randint(1, 4)}",
                f"M{_d(rng, 10)}",
                f"{_d(rng, 9)}*01",
            )
        ),
    )
    v["group_no"] = (HP, rng.choice((f"GRP-{_d(rng, 5)}", f"{_d(rng, 6)}", f"G{_d(rng, 4)}{rng.choice(UP)}")))
    AC = PhiType.ACCOUNT
    v["har"] = (AC, rng.choice((_d(rng, 10), f"HAR{_d(rng, 9)}", f"{_d(rng, 4)}-{_d(rng, 6)}")))
    v["fin"] = (AC, rng.choice((f"FIN{_d(rng, 8)}", _d(rng, 11), f"V{_d(rng, 9)}")))
    v["util_acct"] = (
        AC,
        rng.choice(
            (
                f"{_d(rng, 4)}-{_d(rng, 5)}-{_d(rng, 3)}",
                _d(rng, 12),
                f"{_d(rng, 2)} {_d(rng, 4)} {_d(rng, 4)}",
                f"{_d(rng, 10)}-{rng.randint(1, 9)}",
            )
        ),
    )
    v["util_acct2"] = (AC, f"{_d(rng, 5)}-{_d(rng, 5)}")
    v["ebt_card"] = (
        AC,
        rng.choice(
            (
                f"5077 {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
                f"6010{_d(rng, 12)}",
                f"5081-{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}",
            )
        ),
    )
    v["claim_no"] = (
        AC,
        rng.choice(
            (f"CLM-{rng.randint(2024, 2026)}-{_d(rng, 7)}", f"{_d(rng, 14)}", f"C{_d(rng, 3)}{_a(rng, 6)}")
        ),
    )
    v["rent_acct"] = (AC, f"T{_d(rng, 6)}")
    LI = PhiType.LICENSE
    v["npi"] = (LI, "1" + _d(rng, 9))
    v["npi2"] = (LI, "1" + _d(rng, 9))
    v["chw_cert"] = (
        LI,
        rng.choice((f"CHW-{_d(rng, 6)}", f"{_d(rng, 5)}", f"CCHW {_d(rng, 4)}-{_d(rng, 2)}")),
    )
    v["lcsw_lic"] = (
        LI,
        rng.choice((f"LICSW {_d(rng, 6)}".split()[1], f"SW{_d(rng, 7)}", f"{_d(rng, 3)}.{_d(rng, 6)}")),
    )
    v["rn_lic"] = (LI, rng.choice((f"RN{_d(rng, 7)}", f"{_d(rng, 6)}-{rng.choice(UP)}")))
    v["dl"] = (
        LI,
        rng.choice(
            (
                f"{rng.choice(UP)}{_d(rng, 8)}",
                f"S{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}",
                f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
                f"{rng.choice(UP)}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
            )
        ),
    )
    v["state_id"] = (LI, rng.choice((f"ID{_d(rng, 8)}", f"{rng.choice(UP)}{rng.choice(UP)}{_d(rng, 7)}")))
    v["birth_cert"] = (
        LI,
        rng.choice(
            (
                f"{_d(rng, 3)}-{rng.randint(1941, 2006)}-{_d(rng, 6)}",
                f"BC{_d(rng, 9)}",
                f"{rng.randint(1941, 2006)}{_d(rng, 6)}",
            )
        ),
    )
    v["interp_cert"] = (
        LI,
        rng.choice((f"CHI-{_d(rng, 5)}", f"CMI {_d(rng, 6)}", f"{_d(rng, 4)}-{_d(rng, 4)}")),
    )
    v["md_lic"] = (LI, rng.choice((f"MD{_d(rng, 6)}", f"{_d(rng, 5)}", f"25MA{_d(rng, 8)}")))
    v["driver_dl"] = (LI, f"{rng.choice(UP)}{_d(rng, 7)}")
    VE = PhiType.VEHICLE_ID
    v["plate"] = (
        VE,
        rng.choice(
            (
                f"{_d(rng, 1)}{_a(rng, 3, UP)}{_d(rng, 3)}",
                f"{_a(rng, 3, UP)}-{_d(rng, 4)}",
                f"{_a(rng, 3, UP)} {_d(rng, 3)}",
                f"{_d(rng, 3)} {_a(rng, 2, UP)}{_d(rng, 1)}",
            )
        ),
    )
    v["driver_plate"] = (
        VE,
        rng.choice(
            (
                f"{_a(rng, 2, UP)}{_d(rng, 5)}",
                f"TLC-{_d(rng, 4)}{_a(rng, 1, UP)}",
                f"{_d(rng, 3)}-{_a(rng, 3, UP)}",
            )
        ),
    )
    v["vin"] = (VE, rng.choice("1235JKW") + _a(rng, 16))
    DV = PhiType.DEVICE_ID
    v["gluco_sn"] = (
        DV,
        rng.choice(
            (
                f"GX{_d(rng, 9)}",
                f"{_a(rng, 4, UP)}{_d(rng, 6)}",
                f"SN {_d(rng, 3)}-{_d(rng, 5)}".split(" ")[1],
            )
        ),
    )
    v["bp_sn"] = (DV, rng.choice((f"BPM{_d(rng, 7)}", f"{_d(rng, 10)}", f"HEM-{_d(rng, 4)}-{_a(rng, 5)}")))
    v["imei"] = (DV, rng.choice((_d(rng, 15), f"35-{_d(rng, 6)}-{_d(rng, 6)}-{_d(rng, 1)}")))
    v["ankle_sn"] = (DV, rng.choice((f"EM{_d(rng, 7)}", f"BI-{_a(rng, 4)}-{_d(rng, 4)}")))
    v["hearing_sn"] = (
        DV,
        rng.choice((f"{_d(rng, 2)}{rng.choice(UP)}{_d(rng, 6)}", f"L {_d(rng, 8)}".replace(" ", ""))),
    )
    v["o2_sn"] = (DV, rng.choice((f"POC{_d(rng, 8)}", f"{_a(rng, 3, UP)}{_d(rng, 2)}-{_d(rng, 6)}")))
    v["scale_sn"] = (DV, f"WS{_d(rng, 2)}{_a(rng, 6)}")
    v["cgm_sn"] = (DV, rng.choice((_a(rng, 6), f"{_d(rng, 2)}{_a(rng, 8)}")))
    v["ref_url"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://refer.example.org/r/{_a(rng, 8)}",
                f"https://connect211.example.org/case?id={_d(rng, 7)}",
                f"http://cx.example.com/c/{_a(rng, 6).lower()}",
            )
        ),
    )
    v["portal_url"] = (
        PhiType.URL,
        rng.choice(
            (
                f"https://benefits.example.org/app/{_a(rng, 10)}",
                f"https://mychart.example.com/u/{_d(rng, 9)}/messages",
                f"https://housing.example.test/applicant/{_d(rng, 6)}",
            )
        ),
    )
    v["esign_url"] = (PhiType.URL, f"https://sign.example.com/s/{_a(rng, 12).lower()}")
    v["ip"] = (PhiType.IP_ADDRESS, _ip(rng))
    v["ip2"] = (PhiType.IP_ADDRESS, _ip(rng))
    BI = PhiType.BIOMETRIC
    v["fp_id"] = (
        BI,
        rng.choice((f"FP-{_d(rng, 8)}", f"fpt_{_a(rng, 10).lower()}", f"FPR{_d(rng, 3)}-{_a(rng, 5)}")),
    )
    v["palm_id"] = (BI, rng.choice((f"PV-{_a(rng, 8)}", f"PALM{_d(rng, 9)}")))
    v["voice_id"] = (BI, rng.choice((f"VP-{_d(rng, 7)}", f"vprint-{_a(rng, 8).lower()}")))
    PH = PhiType.PHOTO
    v["photo_file"] = (
        PH,
        rng.choice(
            (
                f"IMG_{_d(rng, 4)}.jpg",
                f"intake_photo_{_d(rng, 6)}.png",
                f"{v['pt_last'][1].replace(' ', '').replace(chr(39), '')}_face_{_d(rng, 3)}.jpeg",
                f"DSC{_d(rng, 5)}.JPG",
            )
        ),
    )
    v["photo_rec"] = (PH, rng.choice((f"PH-{_d(rng, 7)}", f"PHOTO{_d(rng, 6)}", f"HP{_a(rng, 7)}")))
    OT = PhiType.OTHER_ID
    v["hmis_id"] = (
        OT,
        rng.choice((f"{_d(rng, 6)}", f"HMIS-{_d(rng, 7)}", f"{_a(rng, 8)}", f"C{_d(rng, 5)}")),
    )
    v["ref_id"] = (OT, rng.choice((f"211-{_d(rng, 7)}", f"REF{_d(rng, 8)}", f"{_d(rng, 4)}-{_a(rng, 4)}")))
    v["case_no"] = (
        OT,
        rng.choice((f"{rng.randint(2024, 2026)}-{_d(rng, 5)}", f"CM{_d(rng, 6)}", f"{_d(rng, 8)}")),
    )
    v["snap_case"] = (
        OT,
        rng.choice((f"{_d(rng, 9)}", f"SN-{_d(rng, 7)}", f"{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}")),
    )
    v["wic_id"] = (OT, rng.choice((f"WIC{_d(rng, 8)}", f"{_d(rng, 10)}")))
    v["tanf_case"] = (OT, rng.choice((f"TA{_d(rng, 7)}", f"{_d(rng, 2)}-{_d(rng, 6)}")))
    v["doc_no"] = (
        OT,
        rng.choice(
            (
                f"W{_d(rng, 5)}",
                f"{_d(rng, 6)}",
                f"DOC {_d(rng, 3)}-{_d(rng, 3)}".split(" ")[1],
                f"A{_d(rng, 6)}",
            )
        ),
    )
    v["booking_no"] = (OT, rng.choice((f"{rng.randint(24, 26)}-{_d(rng, 6)}", f"BK{_d(rng, 8)}")))
    v["docket_no"] = (
        OT,
        rng.choice(
            (
                f"{rng.randint(24, 26)}H{_d(rng, 2)}SP{_d(rng, 6)}",
                f"{rng.randint(2024, 2026)}-LT-{_d(rng, 6)}",
                f"CV-{_d(rng, 2)}-{_d(rng, 5)}",
            )
        ),
    )
    v["mlp_matter"] = (OT, rng.choice((f"MLP-{_d(rng, 5)}", f"{_d(rng, 2)}-{_d(rng, 7)}")))
    v["rx_no"] = (OT, rng.choice((f"PRx-{_d(rng, 6)}", f"RX{_d(rng, 7)}", f"{_d(rng, 7)}")))
    v["pa_ref"] = (OT, rng.choice((f"PA{_d(rng, 9)}", f"AUTH-{_a(rng, 8)}")))
    v["voucher_no"] = (
        OT,
        rng.choice((f"TV-{_d(rng, 6)}", f"{_a(rng, 3, UP)}{_d(rng, 6)}", f"V{_d(rng, 8)}")),
    )
    v["trip_id"] = (OT, rng.choice((f"T{_d(rng, 9)}", f"{_d(rng, 4)}-{_d(rng, 4)}-{_a(rng, 2, UP)}")))
    v["app_no"] = (OT, rng.choice((f"ERA-{_d(rng, 6)}", f"APP{_d(rng, 7)}", f"{_d(rng, 3)}{_a(rng, 4, UP)}")))
    v["ssa_claim"] = (OT, f"CL{_d(rng, 8)}")
    v["employee_id"] = (OT, rng.choice((f"E{_d(rng, 5)}", f"{_d(rng, 6)}")))
    v["study_id"] = (OT, rng.choice((f"CHW-RCT-{_d(rng, 4)}", f"SUBJ{_d(rng, 4)}")))
    return v


# --- look-alikes -------------------------------------------------------------------------------------

ZCODES = (
    ("Z59.01", "sheltered homelessness"),
    ("Z59.02", "unsheltered homelessness"),
    ("Z59.41", "food insecurity"),
    ("Z59.12", "inadequate housing utilities"),
    ("Z59.811", "housing instability, housed, with risk of homelessness"),
    ("Z59.82", "transportation insecurity"),
    ("Z59.86", "financial insecurity"),
    ("Z60.2", "problems related to living alone"),
    ("Z65.1", "imprisonment and other incarceration"),
    ("Z65.3", "problems related to other legal circumstances"),
    ("Z56.0", "unemployment, unspecified"),
    ("Z63.6", "dependent relative needing care at home"),
    ("Z75.3", "unavailability of health-care facilities"),
)
MEDS = (
    "lisinopril 20 mg daily",
    "metformin 1000 mg BID",
    "buprenorphine-naloxone 8-2 mg SL daily",
    "amlodipine 10 mg",
    "atorvastatin 40 mg qHS",
    "insulin glargine 22 units qHS",
    "albuterol HFA 2 puffs q4h PRN",
    "furosemide 40 mg BID",
    "sertraline 100 mg",
    "apixaban 5 mg BID",
    "levothyroxine 88 mcg",
    "naloxone 4 mg nasal spray x2",
    "carbidopa-levodopa 25-100 mg TID",
    "empagliflozin 10 mg",
)
BRANDS = (
    "Narcan",
    "Suboxone",
    "Lantus SoloStar",
    "Eliquis",
    "Jardiance",
    "OneTouch Verio",
    "FreeStyle Libre 3",
    "Omron 7 Series",
    "Ensure Plus",
    "Glucerna",
    "Sublocade",
    "Dexcom G7",
    "Tradjenta",
)
EPONYMS = (
    "Graves' disease",
    "Parkinson disease",
    "Crohn's disease",
    "Hashimoto thyroiditis",
    "Alzheimer dementia",
    "Bell's palsy",
    "Down syndrome",
    "Cushing syndrome",
    "Addison's disease",
    "Guillain-Barré",
    "Raynaud's",
)
ROLES = (
    "the attending",
    "charge nurse",
    "the covering resident",
    "shelter case manager",
    "peer recovery coach",
    "the PO",
    "front desk",
    "outreach RN",
    "the navigator",
    "unit social worker",
    "on-call CHW supervisor",
    "parish nurse",
    "housing specialist",
)
ORGS = (
    "Open Table Food Pantry",
    "Bridgeway Housing Partners",
    "Harbor Legal Aid",
    "Society of St. Vincent de Paul",
    "Salvation Army",
    "Catholic Charities",
    "Second Wind Recovery Center",
    "United Way",
    "Meals on Wheels",
    "Good Shepherd Ministries",
    "Veterans Inc.",
    "Community Action Agency",
    "Habitat for Humanity ReStore",
    "Elder Services of the Valley",
    "Fresh Start Re-entry Collaborative",
    "YWCA",
)
ROUTES = (
    "Route 14",
    "the 7X express",
    "Route 22 Crosstown",
    "Blue Line",
    "bus 41",
    "Route 3A",
    "the Orange shuttle",
    "paratransit zone B",
    "Route 109",
    "the 66 night owl",
)
HOTLINES = (
    "211",
    "988",
    "1-800-555-0100",
    "1-888-555-0111",
    "1-877-555-0122",
    "1-800-555-0133",
    "1-866-555-0144",
    "dial 311",
    "1 (800) 555-0155",
)
FORMS = (
    "Form CHW-3 rev 2024",
    "SW-114 v3.2",
    "form DTA-SNAP-1 (rev. 2025)",
    "HUD-52646",
    "Form 2.07-R",
    "PRAPARE v2 (2016)",
    "AHC HRSN tool (CMS, 2021)",
    "policy SW-041",
    "P&P 7.12",
    "form MR-19 v6",
    "VI-SPDAT v2.01",
    "ADM-220 rev B",
    "Form HS-7",
)
CODES = (
    "CPT 96160",
    "HCPCS G0136",
    "G0019",
    "G0022",
    "T1016 x4 units",
    "T2003",
    "A0130",
    "T1013",
    "H0038",
    "CPT 99490",
    "99497",
    "CPT 96161",
    "G0023",
    "A0425 x 12.4 mi",
)
LOINCS = ("LOINC 96777-8", "LOINC 93025-5", "LOINC 88122-7", "LOINC 71802-3", "LOINC 76513-1", "LOINC 4548-4")
SNOMEDS = ("SNOMED 32911000", "SNOMED 160734000", "SNOMED 733423003", "SNOMED 105531004", "SNOMED 73438004")
DRGS = ("DRG 291", "MS-DRG 194", "DRG 603", "DRG 871", "MS-DRG 683", "DRG 897")
REV = ("rev code 0450", "revenue code 0120", "rev 0250", "rev code 0636", "rev 0762")
GRANTS = ("HRSA H80CS0", "HUD CoC grant MA0", "SAMHSA TI-08", "CDC-RFA-DP2", "HRSA H89HA0", "OVC 15POVC-2")


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Filler that a careless screen might flag but that identifies no one."""
    z1, z2, z3 = rng.sample(ZCODES, 3)
    med, med2, med3 = rng.sample(MEDS, 3)
    bed = rng.choice(
        (
            f"Bed {rng.randint(1, 80)}",
            f"cot B-{rng.randint(1, 40)}",
            f"bunk {rng.randint(1, 60)}{rng.choice('AB')}",
            f"Bed #{rng.randint(1, 120)}",
            f"Room {rng.randint(1, 12)} Bed {rng.randint(1, 4)}",
        )
    )
    sys_, dia = rng.randint(102, 182), rng.randint(58, 108)
    v: dict[str, Value] = {
        "hrsn_pos": (None, str(rng.randint(1, 6))),
        "hrsn_of": (None, rng.choice(("10", "5 core", "12"))),
        "hrsn_item": (None, str(rng.randint(1, 26))),
        "prapare": (None, str(rng.randint(2, 22))),
        "vispdat": (None, str(rng.randint(4, 17))),
        "phq2": (None, str(rng.randint(0, 6))),
        "phq9": (None, str(rng.randint(0, 27))),
        "gad7": (None, str(rng.randint(0, 21))),
        "auditc": (None, str(rng.randint(0, 12))),
        "hunger_vs": (
            None,
            rng.choice(("positive (often true x2)", "negative", "positive (sometimes true)")),
        ),
        "z1": (None, z1[0]),
        "z1_desc": (None, z1[1]),
        "z2": (None, z2[0]),
        "z2_desc": (None, z2[1]),
        "z3": (None, z3[0]),
        "med": (None, med),
        "med2": (None, med2),
        "med3": (None, med3),
        "brand": (None, rng.choice(BRANDS)),
        "brand2": (None, rng.choice(BRANDS)),
        "eponym": (None, rng.choice(EPONYMS)),
        "role": (None, rng.choice(ROLES)),
        "role2": (None, rng.choice(ROLES)),
        "org": (None, rng.choice(ORGS)),
        "org2": (None, rng.choice(ORGS)),
        "org3": (None, rng.choice(ORGS)),
        "route": (None, rng.choice(ROUTES)),
        "route2": (None, rng.choice(ROUTES)),
        "hotline": (None, rng.choice(HOTLINES)),
        "hotline2": (None, rng.choice(HOTLINES)),
        "form": (None, rng.choice(FORMS)),
        "form2": (None, rng.choice(FORMS)),
        "code": (None, rng.choice(CODES)),
        "code2": (None, rng.choice(CODES)),
        "loinc": (None, rng.choice(LOINCS)),
        "snomed": (None, rng.choice(SNOMEDS)),
        "drg": (None, rng.choice(DRGS)),
        "rev": (None, rng.choice(REV)),
        "grant": (None, rng.choice(GRANTS) + _d(rng, 5)),
        "coc": (None, f"{rng.choice(STATES)}-{rng.randint(500, 612)}"),
        "org_npi": (None, "1" + _d(rng, 9)),
        "org_ein": (None, f"{_d(rng, 2)}-{_d(rng, 7)}"),
        "clia": (None, f"{_d(rng, 2)}D{_d(rng, 7)}"),
        "ncpdp": (None, _d(rng, 7)),
        "ndc": (
            None,
            rng.choice(
                (
                    "NDC 69547-353-02",
                    "NDC 12496-1208-1",
                    "NDC 0088-5021-05",
                    "NDC 0169-4132-12",
                    "NDC 0597-0152-30",
                )
            ),
        ),
        "lot": (None, f"{_a(rng, 2, UP)}{_d(rng, 4)}"),
        "bp": (None, f"{sys_}/{dia}"),
        "hr": (None, str(rng.randint(52, 118))),
        "spo2": (None, f"{rng.randint(88, 100)}%"),
        "temp": (None, f"{rng.randint(971, 1012) / 10:.1f}"),
        "rr": (None, str(rng.randint(12, 24))),
        "a1c": (None, f"{rng.randint(55, 131) / 10:.1f}"),
        "glucose": (None, str(rng.randint(68, 388))),
        "wt": (None, f"{rng.randint(88, 312)} lb"),
        "bmi": (None, f"{rng.randint(170, 440) / 10:.1f}"),
        "ldl": (None, str(rng.randint(48, 210))),
        "egfr": (None, str(rng.randint(18, 112))),
        "time": (None, f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"),
        "time2": (None, f"{rng.randint(6, 21):02d}{rng.choice(('00', '15', '30', '45'))}"),
        "time_ampm": (
            None,
            f"{rng.randint(1, 12)}:{rng.choice(('00', '15', '30', '45'))} {rng.choice(('AM', 'PM', 'pm'))}",
        ),
        "year": (None, str(rng.randint(1998, 2025))),
        "year2": (None, str(rng.randint(2008, 2025))),
        "age": (None, str(rng.randint(19, 89))),
        "age2": (None, str(rng.randint(2, 17))),
        "age3": (None, str(rng.randint(60, 89))),
        "amount": (None, f"${rng.choice((10, 15, 20, 25, 30, 40, 50, 75))}.00"),
        "amount2": (None, f"${rng.randint(40, 2400):,}.{rng.choice(('00', '50', '17', '82'))}"),
        "amount3": (None, f"${rng.randint(600, 2800):,}"),
        "bed": (None, bed),
        "bed2": (None, f"Bed {rng.randint(1, 60)}"),
        "room": (None, f"{rng.randint(2, 9)}{rng.choice('NSEW')}-{rng.randint(1, 40):02d}"),
        "hh": (None, str(rng.randint(1, 8))),
        "kids": (None, str(rng.randint(0, 5))),
        "nights": (None, str(rng.randint(1, 90))),
        "days": (None, str(rng.randint(2, 45))),
        "months": (None, str(rng.randint(2, 36))),
        "miles": (None, f"{rng.randint(10, 380) / 10:.1f}"),
        "rides": (None, str(rng.randint(1, 24))),
        "lbs": (None, str(rng.randint(8, 60))),
        "fpl": (None, f"{rng.randint(0, 240)}%"),
        "income": (None, f"${rng.randint(0, 3400):,}/mo"),
        "rent": (None, f"${rng.randint(450, 2400):,}"),
        "kwh": (None, f"{rng.randint(180, 1900)} kWh"),
        "arrears": (None, f"${rng.randint(120, 6800):,}.{_d(rng, 2)}"),
        "pct": (None, f"{rng.randint(5, 95)}%"),
        "pages": (None, str(rng.randint(2, 14))),
        "units": (None, str(rng.randint(1, 12))),
        "ext": (None, f"x{rng.randint(2000, 7999)}"),
        "version": (None, f"v{rng.randint(1, 9)}.{rng.randint(0, 20)}"),
        "policy": (None, f"{rng.choice(('SW', 'CM', 'ADM', 'HR', 'PS'))}-{rng.randint(1, 399):03d}"),
        "priority": (None, rng.choice(("P1", "P2", "P3", "urgent", "routine"))),
        "pass_type": (
            None,
            rng.choice(
                (
                    "7-day LinkPass",
                    "31-day reduced-fare pass",
                    "10-ride ticket book",
                    "single-ride token",
                    "$20 stored-value card",
                )
            ),
        ),
        "lang": (
            None,
            rng.choice(
                (
                    "Spanish",
                    "Haitian Creole",
                    "Portuguese",
                    "Vietnamese",
                    "Somali",
                    "Dari",
                    "Cape Verdean Creole",
                    "Arabic",
                    "K'iche'",
                    "ASL",
                    "Ukrainian",
                )
            ),
        ),
        "diet": (
            None,
            rng.choice(("low-sodium", "diabetic", "renal", "halal", "soft/mechanical", "heart-healthy")),
        ),
        "snomed2": (None, rng.choice(SNOMEDS)),
        "icd": (
            None,
            rng.choice(
                (
                    "E11.65",
                    "I10",
                    "J44.1",
                    "F11.20",
                    "N18.4",
                    "I50.22",
                    "L97.419",
                    "F20.9",
                    "G20.A1",
                    "E05.00",
                )
            ),
        ),
        "meter": (
            None,
            rng.choice(("OneTouch Verio Flex", "Contour Next EZ", "Accu-Chek Guide", "ReliOn Premier")),
        ),
        "cuff": (None, rng.choice(("Omron 7 Series", "Welch Allyn 1700", "iHealth Track", "A&D UA-651"))),
        "utility": (
            None,
            rng.choice(
                (
                    "Northeast Electric & Gas",
                    "Valley Power Cooperative",
                    "Consolidated Gas",
                    "Riverton Municipal Light",
                    "Tri-State Energy",
                )
            ),
        ),
        "ward": (None, rng.choice(("4 West", "Med-Surg 6", "Obs unit", "ED pod C", "7 North", "CDU"))),
    }
    return v
