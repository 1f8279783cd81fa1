"""Values for planted set LT (dermatology, aesthetic medicine, plastic surgery).

``identifiers(rng)`` invents one identity and its context per note (typed values become gold spans;
a few keys are deliberately untyped, e.g. ages under 90 and the state); ``lookalikes(rng)`` gives the
clinical and administrative filler that is not PHI. Only ``rng`` is used, so a seed fixes the set.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType as P

Value = tuple[P | None, str]

FIRST = [
    "Amara",
    "Bartholomew",
    "Chioma",
    "Dmitri",
    "Esperanza",
    "Farrukh",
    "Giulia",
    "Hoang",
    "Ingrid",
    "Jae-won",
    "Kalani",
    "Lucinda",
    "Mateo",
    "Nkechi",
    "Oisin",
    "Priyanka",
    "Quentin",
    "Rosalind",
    "Siddharth",
    "Tamsin",
    "Ulrich",
    "Valentina",
    "Wanjiru",
    "Xiomara",
    "Yusuf",
    "Zofia",
    "Aiyana",
    "Bao",
    "Carmela",
    "Deshawn",
    "Eleni",
    "Fionnuala",
    "Guadalupe",
    "Hamza",
    "Ilse",
    "Jolene",
    "Kenji",
    "Lakshmi",
    "Mireille",
    "Nils",
    "Oluwaseun",
    "Pilar",
    "Rafferty",
    "Saoirse",
    "Thandiwe",
    "Umberto",
    "Vesna",
    "Wendell",
    "Yasmin",
    "Zainab",
    "Rose",
    "Hunter",
    "Faith",
    "Summer",
    "Sterling",
    "Chase",
    "Florence",
    "Victoria",
    "Mercy",
    "Wade",
    "Brooks",
    "Sunny",
    "Dallas",
    "Hope",
    "Heath",
    "Ivy",
    "Jasper",
    "Pearl",
    "Reed",
    "Autumn",
    "Anh",
    "Marisol",
    "Tobias",
    "Leilani",
    "Malik",
    "Svetlana",
    "Aurelio",
    "Hyun-jin",
    "Noor",
    "Catalina",
    "Bronwyn",
    "Kwame",
    "Delphine",
    "Rustam",
    "Inés",
    "Søren",
    "Ngozi",
    "Paloma",
    "Teodoro",
    "Mei-ling",
]
NICK = {
    "Bartholomew": "Bart",
    "Lucinda": "Lucy",
    "Rosalind": "Roz",
    "Quentin": "Q",
    "Valentina": "Val",
    "Wendell": "Dell",
    "Rafferty": "Raff",
    "Teodoro": "Teo",
    "Victoria": "Tori",
    "Svetlana": "Lana",
    "Guadalupe": "Lupe",
    "Esperanza": "Espi",
    "Oluwaseun": "Seun",
    "Siddharth": "Sid",
    "Catalina": "Cata",
}
LAST = [
    "Okonkwo",
    "Van der Berg",
    "de la Cruz",
    "O'Halloran",
    "Nguyen-Tran",
    "Al-Mansouri",
    "Castellanos",
    "Kowalczyk",
    "Fairweather",
    "Yamaguchi",
    "Haddad",
    "MacGillivray",
    "Oyelaran",
    "Petrosyan",
    "Lindqvist",
    "Achterberg",
    "Banerjee",
    "Delacroix",
    "Fitzgerald-Reyes",
    "Gallagher",
    "Hakimi",
    "Iwu",
    "Jablonski",
    "Kaur",
    "Lefebvre",
    "Mbeki",
    "Nakashima",
    "Oduya",
    "Papadakis",
    "Quispe",
    "Rahimi",
    "Szabo",
    "Takahashi",
    "Uzun",
    "Villanueva",
    "Whitcombe",
    "Xu",
    "Ybarra",
    "Zeller",
    "Rivers",
    "Bishop",
    "Park",
    "Young",
    "Sterling",
    "Rose",
    "Hunter",
    "Marsh",
    "Winter",
    "Fox",
    "Stone",
    "Lake",
    "Moody",
    "Sharp",
    "D'Souza",
    "St. Clair",
    "von Holt",
    "Da Silva",
    "McIntyre",
    "ten Brink",
    "Abu-Ghazaleh",
    "Ó Briain",
    "Chukwuemeka",
    "Kealoha",
    "Tsosie",
    "Begay",
    "Horvath",
    "Ramaswamy",
    "Ekwueme",
    "Sørensen",
    "Wójcik",
    "Ferreira-Lopes",
    "Le",
    "Ng",
    "Obi",
    "Pham",
    "Ruiz",
    "Bell",
    "Cross",
    "Bloom",
]
STREET = [
    "Birchwood",
    "Juniper",
    "Old Mill",
    "Calle Sombra",
    "Harbor View",
    "Quail Run",
    "Sycamore",
    "Pinyon",
    "Larkspur",
    "Chestnut Hill",
    "Ridgecrest",
    "Willow Bend",
    "Magnolia",
    "Kestrel",
    "Cottonwood",
    "Bluebonnet",
    "Alder",
    "Copper Canyon",
    "Heron Point",
    "Lantana",
    "Saddleback",
    "Orchard",
    "Maple Grove",
    "Trillium",
    "N 14th",
    "W Elm",
    "Martin Luther King Jr",
    "E 3rd",
    "Rue Dauphine",
    "Paseo del Sol",
]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Ct", "Blvd", "Way", "Pl", "Ter", "Cir", "Pkwy", "Trl", "Loop"]
TOWN = [
    "Marlow",
    "Bend",
    "Florence",
    "Hope",
    "Liberty",
    "Paris",
    "Eureka",
    "Normal",
    "Orange",
    "Bristol",
    "Salem",
    "Kenmore",
    "Tupelo",
    "Yakima",
    "Ojai",
    "Laredo",
    "Pueblo",
    "Bozeman",
    "Ithaca",
    "Duluth",
    "Waco",
    "Athens",
    "Canton",
    "Lodi",
    "Chico",
    "Provo",
    "Mesa",
    "Dover",
    "Beloit",
    "Moab",
    "Sitka",
    "Taos",
    "Fargo",
    "Biloxi",
    "Pocatello",
    "Hilo",
    "Kalispell",
    "Coeur d'Alene",
    "St. Cloud",
    "Winston-Salem",
    "Truth or Consequences",
    "Bay St. Louis",
    "Scottsdale",
    "Boca Raton",
    "Carmel",
    "La Jolla",
    "Sedona",
    "Beverly",
    "Golden",
    "Loveland",
    "Independence",
    "Cody",
    "Mission Viejo",
]
COUNTY = [
    "Larimer",
    "Maricopa",
    "Yavapai",
    "Cuyahoga",
    "Hidalgo",
    "Palm Beach",
    "Kootenai",
    "Tompkins",
    "Lancaster",
    "Door",
    "Sonoma",
    "Washoe",
    "Polk",
    "Hamilton",
    "Bexar",
    "Skagit",
    "Kent",
    "Orange",
]
STATE = [
    "CO",
    "AZ",
    "OH",
    "TX",
    "FL",
    "ID",
    "NY",
    "PA",
    "WI",
    "CA",
    "NV",
    "IA",
    "WA",
    "MT",
    "OR",
    "NM",
    "Colorado",
    "Arizona",
    "Texas",
    "Florida",
    "Oregon",
    "Calif.",
    "Mont.",
]
FAC = [
    "Skin & Laser Center",
    "Dermatology Associates",
    "Plastic Surgery Institute",
    "Aesthetic Surgery Center",
    "Mohs & Skin Cancer Clinic",
    "MedSpa",
    "Regional Burn Center",
    "Wound Healing Center",
    "Children's Dermatology",
    "Hair Restoration Clinic",
    "Surgery Center",
    "Community Hospital",
]
DOMAINS = ["example.com", "example.org", "example.net", "mail.test", "inbox.test", "clinic.example.com"]
MONTHS = [
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
]
NUMWORD = {
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


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _a(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _luhn_check(digits: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 0:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return str((10 - total % 10) % 10)


def fdate(rng: random.Random, d: dt.date, style: int | None = None) -> str:
    s = rng.randrange(14) if style is None else style
    m, day, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    return [
        f"{m:02d}/{day:02d}/{y}",
        f"{m}/{day}/{y}",
        f"{m}/{day}/{y % 100:02d}",
        f"{y}-{m:02d}-{day:02d}",
        f"{day} {mon[:3]} {y}",
        f"{mon} {day}, {y}",
        f"{mon[:3]}. {day}, {y}",
        f"{day:02d}-{mon[:3].upper()}-{y}",
        f"{day:02d}.{m:02d}.{y}",
        f"{mon[:3].upper()} {day:02d} {y}",
        f"{m:02d}-{day:02d}-{y}",
        f"{day} {mon} {y}",
        f"{mon[:3]} {day} {y}",
        f"{y}{m:02d}{day:02d}",
    ][s]


def fdatetime(rng: random.Random, d: dt.date) -> str:
    h, mi, s = rng.randrange(7, 19), rng.randrange(60), rng.randrange(60)
    return rng.choice(
        [
            f"{d.month:02d}/{d.day:02d}/{d.year} {h:02d}:{mi:02d}",
            f"{d.isoformat()}T{h:02d}:{mi:02d}:{s:02d}",
            f"{d.isoformat()} {h:02d}:{mi:02d}:{s:02d}",
            f"{d.day:02d}-{MONTHS[d.month - 1][:3].upper()}-{d.year} {h:02d}{mi:02d}",
            f"{d.month}/{d.day}/{d.year % 100:02d} {h % 12 or 12}:{mi:02d} {'PM' if h >= 12 else 'AM'}",
        ]
    )


def ocr(rng: random.Random, text: str) -> str:
    subs = {
        "o": "0",
        "O": "0",
        "l": "1",
        "I": "1",
        "e": "c",
        "S": "5",
        "B": "8",
        "rn": "m",
        "a": "o",
        "0": "O",
        "1": "l",
        "5": "S",
        "8": "B",
    }
    out = text
    keys = [k for k in subs if k in out]
    rng.shuffle(keys)
    for k in keys[: rng.randint(1, 2)]:
        i = out.find(k)
        out = out[:i] + subs[k] + out[i + len(k) :]
    return out


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(string.ascii_uppercase.replace("X", "")), rng.choice(LAST)


def _name_keys(rng: random.Random, role: str, out: dict[str, Value]) -> None:
    first, mi, last = _person(rng)
    N = P.NAME
    out[role] = (N, f"{first} {last}")
    out[f"{role}_first"] = (N, first)
    out[f"{role}_last"] = (N, last)
    out[f"{role}_fml"] = (N, f"{first} {mi}. {last}")
    out[f"{role}_lf"] = (N, f"{last}, {first}")
    out[f"{role}_lfm"] = (N, f"{last}, {first} {mi}.")
    out[f"{role}_init"] = (N, f"{first[0]}. {last}")
    out[f"{role}_uc"] = (N, f"{first} {last}".upper())
    out[f"{role}_lf_uc"] = (N, f"{last}, {first}".upper())
    out[f"{role}_last_uc"] = (N, last.upper())
    out[f"{role}_first_uc"] = (N, first.upper())
    out[f"{role}_ocr"] = (N, ocr(rng, f"{first} {last}"))
    out[f"{role}_any"] = rng.choice(
        [out[role], out[f"{role}_fml"], out[f"{role}_lf"], out[f"{role}_lfm"], out[f"{role}_init"]]
    )
    out[f"{role}_nick"] = (N, NICK.get(first, first[:3] if len(first) > 4 else first))


def _phone(rng: random.Random) -> str:
    ac = rng.choice(
        [
            "303",
            "970",
            "480",
            "928",
            "216",
            "956",
            "561",
            "208",
            "607",
            "717",
            "920",
            "707",
            "775",
            "515",
            "509",
            "406",
            "541",
            "505",
            "213",
            "312",
        ]
    )
    x = f"01{_d(rng, 2)}"
    return rng.choice(
        [
            f"({ac}) 555-{x}",
            f"{ac}-555-{x}",
            f"{ac}.555.{x}",
            f"+1 {ac} 555 {x}",
            f"1-{ac}-555-{x}",
            f"({ac})555-{x}",
            f"{ac} 555 {x}",
            f"+1-{ac}-555-{x}",
            f"1 ({ac}) 555-{x} ext. {rng.randint(10, 499)}",
            f"+44 20 7946 0{_d(rng, 3)}",
            f"{ac}/555-{x}",
        ]
    )


def _email(rng: random.Random, first: str, last: str) -> str:
    f = "".join(c for c in first.lower() if c.isascii() and c.isalpha()) or "pt"
    l_ = "".join(c for c in last.lower() if c.isascii() and c.isalpha()) or "x"
    local = rng.choice(
        [
            f"{f}.{l_}",
            f"{f[0]}{l_}",
            f"{f}{rng.randint(1, 99)}",
            f"{l_}.{f}{_d(rng, 2)}",
            f"{f}_{l_}",
            f"glowby{f}",
            f"{f}.{l_[0]}+derm",
        ]
    )
    return f"{local}@{rng.choice(DOMAINS)}"


def _ssn(rng: random.Random) -> str:
    a = rng.choice([n for n in range(1, 900) if n != 666])
    b, c = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(
        [
            f"{a:03d}-{b:02d}-{c:04d}",
            f"{a:03d} {b:02d} {c:04d}",
            f"{a:03d}{b:02d}{c:04d}",
            f"{a:03d}-{b:02d}-{c:04d}",
            f"{a:03d}.{b:02d}.{c:04d}",
        ]
    )


def _npi(rng: random.Random) -> str:
    base = rng.choice("12") + _d(rng, 8)
    return base + _luhn_check("80840" + base)


def _dea(rng: random.Random, last: str) -> str:
    letter = "".join(c for c in last.upper() if c.isascii() and c.isalpha())[:1] or "X"
    ds = [rng.randint(0, 9) for _ in range(6)]
    chk = (ds[0] + ds[2] + ds[4] + 2 * (ds[1] + ds[3] + ds[5])) % 10
    return rng.choice("ABFM") + letter + "".join(map(str, ds)) + str(chk)


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {
        **{str(i): i for i in range(10)},
        **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
        **dict(zip("JKLMN", range(1, 6), strict=True)),
        "P": 7,
        "R": 9,
        **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
    }
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [rng.choice(["1", "2", "3", "4", "5", "J", "K", "W"])] + [rng.choice(chars) for _ in range(16)]
    v[9] = rng.choice("NPRSTVWXY")
    total = sum(trans[c] * w for c, w in zip(v, weights, strict=True))
    v[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(v)


def _plate(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(1, 9)}{_a(rng, 3)}{_d(rng, 3)}",
            f"{_a(rng, 3)}-{_d(rng, 4)}",
            f"{_a(rng, 3)} {_d(rng, 3)}",
            f"{_d(rng, 3)}-{_a(rng, 3)}",
            f"{_a(rng, 2)}{_d(rng, 2)}{_a(rng, 2)}",
            f"{_d(rng, 2)}{_a(rng, 1)}-{_d(rng, 3)}",
        ]
    )


def _ip(rng: random.Random) -> str:
    return rng.choice(
        [
            f"192.0.2.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"{rng.randint(23, 220)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randrange(0x10000):x}:{rng.randrange(0x10000):x}::{rng.randrange(1, 0x10000):x}",
            f"2001:0db8:85a3:{rng.randrange(0x10000):04x}:{rng.randrange(0x10000):04x}:8a2e:0370:{rng.randrange(0x10000):04x}",
        ]
    )


def identifiers(rng: random.Random) -> dict[str, Value]:
    out: dict[str, Value] = {}
    for role in (
        "pt",
        "doc",
        "np",
        "rn",
        "est",
        "tech",
        "path",
        "pcp",
        "rel",
        "rel2",
        "driver",
        "staff",
        "mgr",
        "fellow",
        "coord",
    ):
        _name_keys(rng, role, out)
    pf, pl = out["pt_first"][1], out["pt_last"][1]
    L, D = P.LOCATION, P.DATE

    # places
    for role in ("pt", "clin", "lab", "mfr", "alt"):
        num = rng.choice(
            [
                str(rng.randint(1, 99)),
                str(rng.randint(100, 999)),
                str(rng.randint(1000, 9999)),
                str(rng.randint(10000, 39999)),
            ]
        )
        street = f"{num} {rng.choice(STREET)} {rng.choice(SUFFIX)}"
        out[f"{role}_street"] = (L, street)
        out[f"{role}_street_uc"] = (L, street.upper())
        out[f"{role}_unit"] = (
            L,
            rng.choice(
                [
                    f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
                    f"Unit {rng.randint(1, 400)}",
                    f"#{rng.randint(100, 2400)}",
                    f"Suite {rng.randint(100, 520)}",
                    f"Ste {rng.randint(1, 30)}",
                    f"Apt. {rng.randint(2, 19)}",
                ]
            ),
        )
        town = rng.choice(TOWN)
        out[f"{role}_city"] = (L, town)
        out[f"{role}_city_uc"] = (L, town.upper())
        out[f"{role}_state"] = (None, rng.choice(STATE))
        z = f"{rng.randint(10, 99)}{_d(rng, 3)}"
        out[f"{role}_zip"] = (L, z if rng.random() < 0.75 else f"{z}-{_d(rng, 4)}")
        out[f"{role}_county"] = (L, f"{rng.choice(COUNTY)} County")
    out["clin_fac"] = (L, f"{out['clin_city'][1]} {rng.choice(FAC)}")
    out["alt_fac"] = (L, f"{rng.choice([*FAC[:6], 'Hospital', 'Medical Center'])} of {out['alt_city'][1]}")
    out["asc_fac"] = (
        L,
        f"{rng.choice(TOWN)} {rng.choice(['Ambulatory Surgery Center', 'Surgery Center', 'Outpatient Surgery'])}",
    )
    out["hood"] = (
        L,
        rng.choice(
            [
                "Cherry Creek",
                "Old Town",
                "the Heights",
                "Five Points",
                "Midtown",
                "Riverside",
                "Little Havana",
                "Capitol Hill",
                "Northgate",
                "the Pearl District",
            ]
        ),
    )
    out["employer_city"] = (L, rng.choice(TOWN))
    out["pt_state_full"] = (None, rng.choice(["Colorado", "Arizona", "Ohio", "Texas", "Idaho", "Oregon"]))

    # dates
    base = dt.date(rng.randint(2025, 2028), rng.randint(1, 12), rng.randint(1, 28))
    age = rng.randint(14, 86)
    dob = dt.date(base.year - age, rng.randint(1, 12), rng.randint(1, 28))
    offs = {
        "visit": 0,
        "prev": -rng.randint(20, 200),
        "proc": rng.randint(0, 30),
        "fu": rng.randint(14, 120),
        "recv": rng.randint(0, 2),
        "path": rng.randint(3, 12),
        "implant": -rng.randint(400, 4000),
        "onset": -rng.randint(30, 900),
        "exp": rng.randint(30, 400),
        "d1": rng.randint(1, 9),
        "d2": rng.randint(10, 30),
        "d3": rng.randint(31, 60),
        "d4": rng.randint(61, 99),
    }
    offs["sign"] = offs["proc"] + rng.randint(0, 2)
    for k, off in offs.items():
        d = base + dt.timedelta(days=off)
        out[f"{k}_date"] = (D, fdate(rng, d))
        out[f"{k}_iso"] = (D, d.isoformat())
        out[f"{k}_us"] = (D, fdate(rng, d, 0))
        out[f"{k}_long"] = (D, fdate(rng, d, 5))
        out[f"{k}_short"] = (D, f"{d.month}/{d.day}")
        out[f"{k}_hl7"] = (D, fdate(rng, d, 13))
        out[f"{k}_dt"] = (D, fdatetime(rng, d))
        out[f"{k}_mon"] = (D, f"{MONTHS[d.month - 1]} {d.day}")
    out["dob"] = (D, fdate(rng, dob))
    out["dob_us"] = (D, fdate(rng, dob, 0))
    out["dob_iso"] = (D, dob.isoformat())
    out["dob_hl7"] = (D, fdate(rng, dob, 13))
    out["dob_ocr"] = (D, ocr(rng, fdate(rng, dob, 0)))
    out["visit_ocr"] = (D, ocr(rng, fdate(rng, base, 0)))
    out["age"] = (None, str(age))  # under 90: not gold
    old = rng.choice([rng.randint(78, 89), rng.randint(90, 103), rng.randint(90, 99), rng.randint(90, 96)])
    out["age_old"] = (P.AGE if old >= 90 else None, str(old))
    out["age_old_word"] = (P.AGE if old >= 90 else None, NUMWORD.get(old, str(old)))
    dob_old = dt.date(base.year - old - 1, rng.randint(1, 12), rng.randint(1, 28))
    out["dob_old"] = (D, fdate(rng, dob_old))
    out["dob_old_us"] = (D, fdate(rng, dob_old, 0))
    out["dob_old_hl7"] = (D, fdate(rng, dob_old, 13))
    out["dob_old_ocr"] = (D, ocr(rng, fdate(rng, dob_old, 0)))
    kid = rng.randint(1, 16)
    out["age_kid"] = (None, str(kid))
    dob_kid = dt.date(base.year - kid - 1, rng.randint(1, 12), rng.randint(1, 28))
    out["dob_kid"] = (D, fdate(rng, dob_kid, 0))
    out["dob_kid_iso"] = (D, dob_kid.isoformat())

    # contact
    for k in ("pt_phone", "pt_cell", "clin_phone", "rel_phone", "lab_phone", "mfr_phone", "driver_phone"):
        out[k] = (P.PHONE, _phone(rng))
    for k in ("clin_fax", "lab_fax", "pcp_fax", "plan_fax"):
        out[k] = (P.FAX, _phone(rng))
    out["pt_email"] = (P.EMAIL, _email(rng, pf, pl))
    out["rel_email"] = (P.EMAIL, _email(rng, out["rel_first"][1], out["rel_last"][1]))
    out["doc_email"] = (
        P.EMAIL,
        f"{out['doc_first'][1][0].lower()}{''.join(c for c in out['doc_last'][1].lower() if c.isascii() and c.isalpha())}@{rng.choice(['derm.example.org', 'clinic.example.com', 'plastics.test'])}",
    )
    out["staff_email"] = (P.EMAIL, _email(rng, out["staff_first"][1], out["staff_last"][1]))
    tok = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(rng.randint(8, 14)))
    out["portal_url"] = (
        P.URL,
        rng.choice(
            [
                f"https://portal.example.org/p/{tok}",
                f"https://myskin.example.com/visit/{_d(rng, 7)}?t={tok}",
                f"portal.example.net/derm/{tok}",
                f"https://photos.example.com/share/{tok}",
                f"http://telederm.example.org/case/{_d(rng, 6)}/upload",
            ]
        ),
    )
    handle = "".join(c for c in (pf + pl).lower() if c.isascii() and c.isalpha())[:12]
    out["social_url"] = (
        P.URL,
        rng.choice(
            [
                f"https://www.instagram.example/{handle}",
                f"https://social.example.com/@{handle}",
                f"www.tiktok.example/@{handle}{rng.randint(1, 99)}",
            ]
        ),
    )
    out["social_handle"] = (
        P.OTHER_ID,
        f"@{handle}{rng.choice(['', '_glow', str(rng.randint(1, 99)), '.skin'])}",
    )
    out["review_url"] = (P.URL, f"https://reviews.example.com/r/{_d(rng, 8)}-{handle[:6]}")
    out["ip"] = (P.IP_ADDRESS, _ip(rng))
    out["ip2"] = (P.IP_ADDRESS, _ip(rng))

    # government and person-held numbers
    out["ssn"] = (P.SSN, _ssn(rng))
    out["rel_ssn"] = (P.SSN, _ssn(rng))
    out["dl"] = (
        P.LICENSE,
        rng.choice(
            [
                f"{pl[0].upper() if pl[0].isascii() else 'K'}{_d(rng, 3)}-{_d(rng, 4)}-{_d(rng, 4)}",
                f"{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 4)}",
                f"D{_d(rng, 7)}",
                f"{_a(rng, 1)}{_d(rng, 8)}",
                f"{_d(rng, 9)}",
                f"{_a(rng, 2)}{_d(rng, 6)}",
            ]
        ),
    )
    out["passport"] = (
        P.OTHER_ID,
        rng.choice([f"{_a(rng, 1)}{_d(rng, 8)}", f"{_d(rng, 9)}", f"{_a(rng, 2)}{_d(rng, 7)}"]),
    )
    # clinic and clinician numbers
    out["mrn"] = (
        P.MRN,
        rng.choice(
            [
                f"{_d(rng, 8)}",
                f"00{_d(rng, 6)}",
                f"E{_d(rng, 2)}-{_d(rng, 3)}-{_d(rng, 3)}",
                f"DRM-{_d(rng, 7)}",
                f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 2)}",
                f"M{_d(rng, 9)}",
                f"PS{_d(rng, 6)}",
            ]
        ),
    )
    out["mrn2"] = (P.MRN, f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 5)}")
    out["client_id"] = (P.MRN, rng.choice([f"CL-{_d(rng, 5)}", f"{_d(rng, 6)}", f"GLW{_d(rng, 5)}"]))
    out["npi"] = (P.LICENSE, _npi(rng))
    out["npi2"] = (P.LICENSE, _npi(rng))
    out["dea"] = (P.LICENSE, _dea(rng, out["doc_last"][1]))
    out["med_lic"] = (
        P.LICENSE,
        rng.choice(
            [
                f"MD.{_d(rng, 7)}",
                f"DR{_d(rng, 5)}",
                f"G{_d(rng, 5)}",
                f"ME-{_d(rng, 6)}",
                f"{_d(rng, 5)}",
                f"DO {_d(rng, 4)}",
            ]
        ),
    )
    out["rn_lic"] = (
        P.LICENSE,
        rng.choice([f"RN.{_d(rng, 7)}", f"RN-{_d(rng, 6)}", f"{_d(rng, 7)}RN", f"NP{_d(rng, 5)}"]),
    )
    out["est_lic"] = (
        P.LICENSE,
        rng.choice([f"EST.{_d(rng, 7)}", f"ES-{_d(rng, 5)}", f"{_d(rng, 6)}", f"CE{_d(rng, 6)}"]),
    )
    out["laser_cert"] = (
        P.LICENSE,
        rng.choice([f"LSO-{_d(rng, 2)}-{_d(rng, 5)}", f"CMLSO {_d(rng, 6)}", f"LT{_d(rng, 5)}"]),
    )
    out["emp_id"] = (P.OTHER_ID, rng.choice([f"E{_d(rng, 6)}", f"{_d(rng, 5)}", f"EMP-{_d(rng, 4)}"]))
    # plan numbers
    out["member_id"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"{_a(rng, 3)}{_d(rng, 9)}",
                f"W{_d(rng, 9)}",
                f"{_d(rng, 9)}-01",
                f"{_a(rng, 1)}{_d(rng, 8)}",
                f"{_d(rng, 1)}{_a(rng, 2)}{_d(rng, 1)}-{_a(rng, 2)}{_d(rng, 1)}-{_a(rng, 2)}{_d(rng, 2)}",
                f"ZGP{_d(rng, 8)}",
                f"{_d(rng, 11)}",
            ]
        ),
    )
    out["group_no"] = (
        P.HEALTH_PLAN_ID,
        rng.choice(
            [f"{_d(rng, 6)}", f"GRP-{_d(rng, 5)}", f"{_d(rng, 5)}-{_d(rng, 3)}", f"{_a(rng, 1)}{_d(rng, 7)}"]
        ),
    )
    out["medicaid_id"] = (
        P.HEALTH_PLAN_ID,
        rng.choice([f"{_a(rng, 1)}{_d(rng, 7)}", f"{_d(rng, 10)}", f"MCD-{_d(rng, 8)}"]),
    )
    out["mbi"] = (
        P.HEALTH_PLAN_ID,
        f"{rng.randint(1, 9)}{_a(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_a(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{_d(rng, 1)}"
        f"{rng.choice(['-', ''])}{_a(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_a(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{_d(rng, 1)}"
        f"{rng.choice(['-', ''])}{_a(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_d(rng, 2)}",
    )
    # billing
    out["acct"] = (
        P.ACCOUNT,
        rng.choice([f"{_d(rng, 9)}", f"A{_d(rng, 7)}", f"ACCT-{_d(rng, 6)}", f"{_d(rng, 4)}-{_d(rng, 5)}"]),
    )
    out["fin"] = (P.ACCOUNT, rng.choice([f"{_d(rng, 10)}", f"FIN{_d(rng, 8)}", f"V{_d(rng, 8)}"]))
    out["claim"] = (
        P.ACCOUNT,
        rng.choice(
            [
                f"{_d(rng, 4)}{_d(rng, 9)}",
                f"CLM-{_d(rng, 3)}-{_d(rng, 6)}",
                f"WC{_d(rng, 8)}",
                f"{_d(rng, 2)}-{_d(rng, 6)}-{_d(rng, 2)}",
            ]
        ),
    )
    out["quote_no"] = (
        P.ACCOUNT,
        rng.choice([f"Q-{_d(rng, 2)}-{_d(rng, 4)}", f"QT{_d(rng, 6)}", f"{_d(rng, 5)}-Q"]),
    )
    out["invoice_no"] = (P.ACCOUNT, rng.choice([f"INV-{_d(rng, 6)}", f"{_d(rng, 7)}", f"R{_d(rng, 8)}"]))
    out["loan_no"] = (
        P.ACCOUNT,
        rng.choice(
            [
                f"{_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)} {_d(rng, 4)}",
                f"LN-{_d(rng, 9)}",
                f"APP{_d(rng, 10)}",
                f"{_d(rng, 4)}-{_d(rng, 6)}-{_d(rng, 2)}",
            ]
        ),
    )
    out["member_acct"] = (P.ACCOUNT, rng.choice([f"GC-{_d(rng, 6)}", f"{_d(rng, 8)}", f"MBR{_d(rng, 5)}"]))
    out["rewards_id"] = (P.ACCOUNT, rng.choice([f"{_d(rng, 10)}", f"RW-{_d(rng, 4)}-{_d(rng, 4)}"]))
    # other ids
    yy = base.year % 100
    out["accession"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"DP{yy}-{_d(rng, 5)}",
                f"S{yy}-{rng.randint(100, 29999)}",
                f"D{yy}{_d(rng, 6)}",
                f"DX-{base.year}-{_d(rng, 6)}",
            ]
        ),
    )
    out["specimen"] = (P.OTHER_ID, f"{out['accession'][1]}-{rng.choice('ABC')}{rng.randint(1, 3)}")
    out["ipledge"] = (
        P.OTHER_ID,
        rng.choice(
            [f"{_d(rng, 10)}", f"{_d(rng, 4)} {_d(rng, 3)} {_d(rng, 3)}", f"{_d(rng, 4)}-{_d(rng, 6)}"]
        ),
    )
    out["pa_ref"] = (
        P.OTHER_ID,
        rng.choice(
            [f"PA-{yy}-{_d(rng, 7)}", f"{_d(rng, 12)}", f"AUTH{_d(rng, 8)}", f"{_a(rng, 2)}{_d(rng, 9)}"]
        ),
    )
    out["rx_no"] = (
        P.OTHER_ID,
        rng.choice([f"{_d(rng, 7)}", f"RX{_d(rng, 8)}", f"{_d(rng, 3)}-{_d(rng, 5)}"]),
    )
    out["case_no"] = (
        P.OTHER_ID,
        rng.choice([f"CMP-{base.year}-{_d(rng, 4)}", f"GRV{_d(rng, 6)}", f"{_d(rng, 2)}-{_d(rng, 5)}"]),
    )
    out["board_case"] = (
        P.OTHER_ID,
        rng.choice([f"{base.year}-{_d(rng, 5)}", f"MBC-{_d(rng, 6)}", f"CF {_d(rng, 2)}-{_d(rng, 4)}"]),
    )
    out["td_case"] = (
        P.OTHER_ID,
        rng.choice([f"TD-{_d(rng, 7)}", f"eC{_d(rng, 8)}", f"{_d(rng, 3)}-{_a(rng, 2)}-{_d(rng, 4)}"]),
    )
    out["registry_id"] = (
        P.OTHER_ID,
        rng.choice([f"NBIR-{_d(rng, 8)}", f"{_a(rng, 2)}{_d(rng, 7)}", f"REG {_d(rng, 4)}-{_d(rng, 4)}"]),
    )
    out["copay_id"] = (P.OTHER_ID, rng.choice([f"{_d(rng, 11)}", f"CP{_d(rng, 9)}"]))
    out["study_id"] = (
        P.OTHER_ID,
        rng.choice(
            [
                f"DERM-{_d(rng, 3)}-{_d(rng, 4)}",
                f"SUBJ {_d(rng, 3)}-{_d(rng, 3)}",
                f"AD{_d(rng, 2)}-{_d(rng, 4)}",
            ]
        ),
    )
    out["school_id"] = (P.OTHER_ID, rng.choice([f"S{_d(rng, 7)}", f"{_d(rng, 6)}"]))
    out["wc_case"] = (
        P.OTHER_ID,
        rng.choice([f"WCB {_d(rng, 7)}", f"{_d(rng, 2)}-{_d(rng, 6)}", f"OSHA-{_d(rng, 5)}"]),
    )
    # devices tied to one unit
    out["implant_sn_l"] = (
        P.DEVICE_ID,
        rng.choice(
            [f"{_d(rng, 8)}-{_d(rng, 3)}", f"SN{_d(rng, 9)}", f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 6)}"]
        ),
    )
    out["implant_sn_r"] = (
        P.DEVICE_ID,
        rng.choice(
            [f"{_d(rng, 8)}-{_d(rng, 3)}", f"SN{_d(rng, 9)}", f"{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 6)}"]
        ),
    )
    out["implant_lot_l"] = (
        P.DEVICE_ID,
        rng.choice([f"{_d(rng, 7)}", f"L{_d(rng, 6)}", f"{_d(rng, 2)}-{_d(rng, 5)}"]),
    )
    out["implant_lot_r"] = (
        P.DEVICE_ID,
        rng.choice([f"{_d(rng, 7)}", f"L{_d(rng, 6)}", f"{_d(rng, 2)}-{_d(rng, 5)}"]),
    )
    exp = base + dt.timedelta(days=rng.randint(400, 1500))
    out["udi"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"(01)0{_d(rng, 13)}(17){exp.year % 100:02d}{exp.month:02d}{exp.day:02d}(10){_d(rng, 7)}(21){_d(rng, 8)}",
                f"01{_d(rng, 14)}17{exp.year % 100:02d}{exp.month:02d}{exp.day:02d}21{_d(rng, 9)}",
                f"+H{_a(rng, 3)}{_d(rng, 6)}0/$$3{_d(rng, 6)}{_a(rng, 2)}{_d(rng, 2)}",
            ]
        ),
    )
    out["expander_sn"] = (P.DEVICE_ID, f"TE-{_d(rng, 7)}")
    out["laser_sn"] = (
        P.DEVICE_ID,
        rng.choice(
            [
                f"HP-{_d(rng, 4)}-{_d(rng, 4)}",
                f"{_a(rng, 2)}{_d(rng, 7)}",
                f"SN {_d(rng, 6)}",
                f"{_d(rng, 4)}{_a(rng, 2)}{_d(rng, 4)}",
            ]
        ),
    )
    out["console_sn"] = (
        P.DEVICE_ID,
        rng.choice([f"C{_d(rng, 7)}", f"{_a(rng, 3)}-{_d(rng, 5)}", f"SN:{_d(rng, 8)}"]),
    )
    out["uv_unit_sn"] = (
        P.DEVICE_ID,
        rng.choice([f"NB{_d(rng, 6)}", f"{_d(rng, 5)}-{_a(rng, 1)}", f"UVC-{_d(rng, 4)}-{_d(rng, 3)}"]),
    )
    out["home_uv_sn"] = (P.DEVICE_ID, rng.choice([f"H{_d(rng, 8)}", f"{_d(rng, 4)}-{_d(rng, 4)}-HU"]))
    out["npwt_sn"] = (
        P.DEVICE_ID,
        rng.choice([f"VAC{_d(rng, 7)}", f"{_a(rng, 4)}{_d(rng, 5)}", f"NP-{_d(rng, 6)}"]),
    )
    out["robot_sn"] = (
        P.DEVICE_ID,
        rng.choice([f"ARX-{_d(rng, 5)}", f"{_d(rng, 3)}{_a(rng, 1)}{_d(rng, 4)}"]),
    )
    out["kiosk_sn"] = (P.DEVICE_ID, rng.choice([f"KSK-{_d(rng, 6)}", f"PV{_d(rng, 7)}"]))
    out["phone_dev"] = (P.DEVICE_ID, rng.choice([f"IMEI {_d(rng, 15)}", f"{_d(rng, 15)}"]))
    # vehicles
    out["plate"] = (P.VEHICLE_ID, _plate(rng))
    out["plate2"] = (P.VEHICLE_ID, _plate(rng))
    out["vin"] = (P.VEHICLE_ID, _vin(rng))
    # biometrics
    out["bio_fp"] = (
        P.BIOMETRIC,
        rng.choice(
            [
                f"FP-TMPL-{_d(rng, 6)}-R{rng.randint(1, 4)}",
                f"FPT{_d(rng, 9)}",
                f"fp_{_d(rng, 5)}_{rng.choice(['LI', 'RI', 'RT', 'LT'])}",
            ]
        ),
    )
    out["bio_palm"] = (
        P.BIOMETRIC,
        rng.choice([f"PV-{_d(rng, 5)}-{_d(rng, 4)}", f"PALM{_d(rng, 8)}", f"pvt:{_d(rng, 4)}:{_d(rng, 4)}"]),
    )
    out["bio_face"] = (
        P.BIOMETRIC,
        rng.choice([f"FGT-{_d(rng, 7)}", f"facegeo_{_d(rng, 6)}.tpl", f"FT{_d(rng, 2)}-{_d(rng, 6)}"]),
    )
    out["bio_voice"] = (P.BIOMETRIC, rng.choice([f"VP-{base.year}-{_d(rng, 7)}", f"VPR{_d(rng, 8)}"]))
    # photographs showing the face
    stamp = f"{base.year}{base.month:02d}{base.day:02d}"
    out["photo_face"] = (
        P.PHOTO,
        rng.choice(
            [
                f"IMG_{stamp}_{_d(rng, 4)}_face_AP.jpg",
                f"{pl[:3].upper()}_{_d(rng, 5)}_frontal.JPG",
                f"DSC{_d(rng, 5)}.NEF",
                f"PH-{_d(rng, 7)}-FRONT",
                f"face_oblique_L_{_d(rng, 4)}.png",
            ]
        ),
    )
    out["photo_face2"] = (
        P.PHOTO,
        rng.choice(
            [
                f"IMG_{stamp}_{_d(rng, 4)}_face_lat.jpg",
                f"PH-{_d(rng, 7)}-OBL-R",
                f"after_{_d(rng, 4)}_{pf[:1].upper()}{pl[:1].upper()}.heic",
                f"3D-{_d(rng, 6)}-F",
            ]
        ),
    )
    out["photo_tbp"] = (
        P.PHOTO,
        rng.choice([f"TBP-{base.year}-{_d(rng, 6)}", f"VX{_d(rng, 8)}", f"TBP_{_d(rng, 5)}_pose01-face.jpg"]),
    )
    out["photo_id_scan"] = (P.PHOTO, rng.choice([f"id_front_{_d(rng, 6)}.jpg", f"DLSCAN-{_d(rng, 7)}.png"]))
    out["lesion_img"] = (P.OTHER_ID, rng.choice([f"DRMSC-{_d(rng, 6)}", f"L{_d(rng, 2)}-{_d(rng, 5)}"]))
    return out


# --- look-alikes (never gold) -----------------------------------------------------------------------

DX = [
    ("plaque psoriasis", "L40.0"),
    ("atopic dermatitis, unspecified", "L20.9"),
    ("acne vulgaris", "L70.0"),
    ("hidradenitis suppurativa", "L73.2"),
    ("basal cell carcinoma of skin of nose", "C44.311"),
    ("squamous cell carcinoma of skin of scalp and neck", "C44.42"),
    ("melanocytic nevi of trunk", "D22.5"),
    ("actinic keratosis", "L57.0"),
    ("seborrheic keratosis", "L82.1"),
    ("vitiligo", "L80"),
    ("allergic contact dermatitis due to metals", "L23.0"),
    ("rosacea", "L71.9"),
    ("alopecia areata", "L63.9"),
    ("androgenic alopecia", "L64.9"),
    ("melasma", "L81.1"),
    ("chronic spontaneous urticaria", "L50.1"),
    ("encounter for cosmetic surgery", "Z41.1"),
    ("hypertrophic scar", "L91.0"),
    ("burn of second degree of right forearm, initial", "T22.211A"),
    ("pressure ulcer of sacral region, stage 3", "L89.153"),
    ("malignant melanoma of skin of back", "C43.59"),
    ("mycosis fungoides", "C84.00"),
    ("prurigo nodularis", "L28.1"),
]
CPT = [
    "17311",
    "17312",
    "17313",
    "17314",
    "11102",
    "11104",
    "11305",
    "11642",
    "13132",
    "14060",
    "17000",
    "17003",
    "17110",
    "96910",
    "96920",
    "96900",
    "95044",
    "95052",
    "15823",
    "19325",
    "19342",
    "15830",
    "64612",
    "99214",
    "99204",
    "88305",
    "88342",
    "96372",
    "97597",
    "15275",
    "17106",
    "17107",
    "15788",
    "96904",
]
HCPCS = ["J0585", "J0586", "J0587", "J7321", "Q4186", "Q4102", "A6212", "J3590", "G0168", "Q2026"]
NDC = [
    "0023-9232-01",
    "0024-5914-01",
    "0078-0639-61",
    "0299-5907-30",
    "0093-7397-56",
    "55566-5010-1",
    "0310-0950-30",
    "0187-5146-01",
]
LOINC = ["2106-3", "1742-6", "2571-8", "2093-3", "19080-1", "71774-4", "24108-3"]
SNOMED = ["200956002", "254701007", "24079001", "9014002", "402199007", "238575004"]
DRUGS = [
    "dupilumab 300 mg SC q2w",
    "tralokinumab 300 mg q2w",
    "risankizumab 150 mg q12w",
    "secukinumab 300 mg monthly",
    "adalimumab 40 mg weekly",
    "clobetasol 0.05% ointment BID x2 wk",
    "tacrolimus 0.1% ointment BID",
    "triamcinolone 0.1% cream",
    "doxycycline 100 mg BID",
    "spironolactone 100 mg daily",
    "isotretinoin 40 mg BID",
    "methotrexate 15 mg weekly + folic acid 1 mg",
    "upadacitinib 15 mg daily",
    "ruxolitinib 1.5% cream",
    "tretinoin 0.025% cream qHS",
    "hydroquinone 4% cream",
    "finasteride 1 mg daily",
    "minoxidil 2.5 mg PO daily",
    "valacyclovir 500 mg BID",
    "mupirocin 2% ointment TID",
    "silver sulfadiazine 1% cream",
    "cephalexin 500 mg QID",
]
TOXINS = ["Botox Cosmetic", "Dysport", "Xeomin", "Jeuveau", "Daxxify"]
FILLERS = [
    "Juvederm Voluma XC",
    "Restylane Lyft",
    "RHA 3",
    "Restylane Kysse",
    "Juvederm Volbella XC",
    "Sculptra",
    "Radiesse (+)",
    "Belotero Balance",
    "Restylane Defyne",
]
LASERS = [
    "PicoSure 755 nm",
    "PicoWay 1064/532 nm",
    "Fraxel Dual 1550/1927",
    "Vbeam Perfecta 595 nm",
    "GentleMax Pro 755/1064",
    "Halo hybrid fractional",
    "CO2RE fractional CO2",
    "Lumenis M22 IPL",
    "Excel V+ 532/1064",
    "Morpheus8 RF microneedling",
    "Ultherapy",
    "Clear + Brilliant 1440",
]
PACKAGES = [
    "Glow Club Platinum",
    "Tox & Glow Bundle",
    "Summer Smooth LHR 6-pack",
    "Mommy Makeover Package",
    "Brow & Glabella Bundle",
    "Liquid Facelift Package",
    "Clear Skin Series (3)",
    "Radiance Membership Tier 2",
    "Ink Erase 10-session plan",
    "Hair Revival PRP x4",
    "Tummy Tuck Plus Lipo 360 package",
]
ORGS = [
    "Lumen Skin Institute",
    "Crescent Dermatopathology",
    "Halcyon Aesthetics",
    "Northwind Plastic Surgery Group",
    "Velvet Laser Studio",
    "Bright Path Financing",
    "SkinScope Teledermatology",
    "Cobalt Specialty Pharmacy",
    "Meridian Burn Foundation",
    "Apex Implant Registry Services",
    "Tessera Patch Test Labs",
]
CANCER = [
    ("basal cell carcinoma, nodular", "C44.311"),
    ("basal cell carcinoma, infiltrative", "C44.319"),
    ("squamous cell carcinoma in situ", "D04.39"),
    ("invasive squamous cell carcinoma", "C44.42"),
    ("melanoma in situ", "D03.59"),
    ("invasive melanoma, superficial spreading", "C43.59"),
    ("lentigo maligna", "D03.39"),
    ("atypical fibroxanthoma", "D48.5"),
    ("keratoacanthoma-type SCC", "C44.329"),
]
PAYERS = [
    "BlueRidge Health Plan",
    "Cardinal Care PPO",
    "Unity Mutual HMO",
    "Prairie Star Medicaid Managed Care",
    "Heartland Benefit Administrators",
    "Medicare Advantage (Crestline)",
]
PHARM = [
    "Cobalt Specialty Pharmacy",
    "Orchid Specialty Rx",
    "Ridgeway Infusion Pharmacy",
    "MedPoint Mail Order",
]
PATHLAB = ["Crescent Dermatopathology", "Tessera Skin Pathology", "Northstar Dermpath Partners"]
SPA = ["Halcyon Aesthetics", "Velvet Laser Studio", "Glow Theory MedSpa", "Lumen Skin Institute"]
MFR = ["Mentor", "Sientra", "Allergan Aesthetics", "Motiva (Establishment Labs)", "GC Aesthetics"]
HOMEHEALTH = ["Bright Horizons Home Health", "CareLink Home Nursing", "Sunrise Visiting Nurses"]
LENDER = ["Bright Path Financing", "CarePay Plus", "Allegro Patient Lending"]
EPONYMS = [
    "Koebner phenomenon",
    "Auspitz sign",
    "Nikolsky sign negative",
    "Darier sign positive",
    "Wood's lamp accentuation",
    "Hutchinson sign absent",
    "Dennie-Morgan folds",
    "Leser-Trelat sign not present",
    "Grover disease",
    "Hailey-Hailey disease",
    "Stevens-Johnson syndrome (history)",
    "Raynaud phenomenon",
    "Graves' disease",
    "Parkinson disease",
    "Sjogren syndrome",
    "Kaposi varicelliform eruption (history)",
    "Baker-Gordon peel (historical)",
]
ROLES = [
    "the attending",
    "the Mohs surgeon",
    "the injector",
    "the histotech",
    "charge RN",
    "front desk",
    "the on-call resident",
    "the laser safety officer",
    "the aesthetician",
    "the scrub tech",
    "the PA-C",
]
ROMAN = ["I", "II", "III", "IV", "V", "VI"]
ALLERGENS = [
    "nickel sulfate 2.5% pet",
    "cobalt chloride 1% pet",
    "methylisothiazolinone 0.2% aq",
    "fragrance mix I 8% pet",
    "balsam of Peru 25% pet",
    "p-phenylenediamine 1% pet",
    "formaldehyde 2% aq",
    "quaternium-15 2% pet",
    "bacitracin 20% pet",
    "neomycin sulfate 20% pet",
    "potassium dichromate 0.25% pet",
    "propylene glycol 30% aq",
    "cocamidopropyl betaine 1% aq",
    "colophony 20% pet",
    "lanolin alcohol 30% pet",
    "thiuram mix 1% pet",
]
READ = ["neg", "neg", "neg", "?+", "+", "++", "+++", "IR", "neg"]
SITES = [
    "L nasal ala",
    "R preauricular cheek",
    "vertex scalp",
    "L upper back",
    "R dorsal hand",
    "mid forehead",
    "R helical rim",
    "L lower eyelid",
    "upper lip",
    "R shin",
    "L temple",
    "central chest",
]


def lookalikes(rng: random.Random) -> dict[str, Value]:
    out: dict[str, Value] = {}

    def put(k: str, v: str) -> None:
        out[k] = (None, v)

    dx = rng.sample(DX, 3)
    for i, (name, code) in enumerate(dx, 1):
        put(f"dx{i}", name)
        put(f"icd{i}", code)
    for i, c in enumerate(rng.sample(CPT, 5), 1):
        put(f"cpt{i}", c)
    put("hcpcs", rng.choice(HCPCS))
    put("hcpcs2", rng.choice(HCPCS))
    put("ndc", rng.choice(NDC))
    put("loinc", rng.choice(LOINC))
    put("snomed", rng.choice(SNOMED))
    put("rev", rng.choice(["0360", "0361", "0510", "0490", "0250", "0636"]))
    put("drg", rng.choice(["DRG 606", "DRG 607", "MS-DRG 579", "DRG 935"]))
    for i, d in enumerate(rng.sample(DRUGS, 3), 1):
        put(f"drug{i}", d)
    put("fitz", rng.choice(ROMAN))
    put("bsa", f"{rng.randint(1, 45)}%")
    put("pasi", f"{rng.randint(0, 38)}.{rng.randint(0, 9)}")
    put("pasi2", f"{rng.randint(0, 12)}.{rng.randint(0, 9)}")
    put("easi", f"{rng.randint(1, 52)}.{rng.randint(0, 9)}")
    put("iga", str(rng.randint(0, 4)))
    put("dlqi", str(rng.randint(0, 30)))
    put("scorad", str(rng.randint(10, 80)))
    put("nrs", f"{rng.randint(0, 10)}/10")
    put("hurley", rng.choice(["I", "II", "III"]))
    put("salt", f"{rng.randint(5, 100)}%")
    put("age_la", str(rng.randint(2, 89)))
    put("age_la2", str(rng.randint(18, 89)))
    put("year", str(rng.randint(1998, 2024)))
    put("year2", str(rng.randint(2010, 2026)))
    put("time", f"{rng.randint(6, 19):02d}{rng.choice(['00', '15', '30', '42', '05', '51'])}")
    put("time2", f"{rng.randint(7, 18)}:{rng.randint(0, 59):02d}")
    put("bp", f"{rng.randint(100, 168)}/{rng.randint(58, 98)}")
    put("hr", str(rng.randint(52, 110)))
    put("temp", f"{rng.choice(['97', '98', '99'])}.{rng.randint(0, 9)} F")
    put("spo2", f"{rng.randint(93, 100)}%")
    put("wt", f"{rng.randint(42, 130)} kg")
    put("les", f"{rng.randint(3, 22)} x {rng.randint(2, 18)} mm")
    put("les2", f"{rng.randint(2, 9)} mm")
    put("defect", f"{rng.randint(8, 34)} x {rng.randint(6, 28)} mm")
    put("margin", f"{rng.choice(['1', '2', '3', '4', '5'])} mm")
    put("breslow", f"{rng.randint(0, 3)}.{rng.randint(1, 99):02d} mm")
    put("mitoses", f"{rng.randint(0, 6)}/mm2")
    put("site", rng.choice(SITES))
    put("site2", rng.choice(SITES))
    put("stages", str(rng.randint(1, 4)))
    put("blocks", str(rng.randint(1, 6)))
    put("toxin", rng.choice(TOXINS))
    put(
        "tox_lot",
        rng.choice(
            [
                f"C{rng.randint(1000, 9999)}C{rng.randint(1, 9)}",
                f"{rng.randint(1, 9)}{rng.choice('NPRT')}{rng.randint(1000, 9999)}",
                f"{rng.randint(100000, 999999)}",
                f"TX{rng.randint(10, 99)}-{rng.randint(100, 999)}",
            ]
        ),
    )
    put("tox_exp", f"{rng.randint(2026, 2030)}")
    put("u_glab", str(rng.choice([10, 12, 16, 20, 24])))
    put("u_front", str(rng.choice([4, 6, 8, 10, 12])))
    put("u_lcl", str(rng.choice([6, 8, 10, 12])))
    put("u_total", str(rng.choice([28, 34, 40, 44, 52, 64])))
    put(
        "dilution",
        rng.choice(
            ["2.5 mL NS / 100 U", "1.0 mL / 50 U", "3.0 mL / 300 U", "2.0 mL bacteriostatic NS per vial"]
        ),
    )
    put("filler", rng.choice(FILLERS))
    put("filler2", rng.choice(FILLERS))
    put(
        "fill_lot",
        rng.choice(
            [
                f"{rng.randint(1000000, 9999999)}",
                f"{rng.randint(10000, 99999)}-{rng.randint(1, 9)}",
                f"HA{rng.randint(1000, 9999)}A",
                f"{rng.randint(100, 999)}{rng.choice('ABCX')}{rng.randint(10, 99)}",
            ]
        ),
    )
    put("fill_lot2", f"{rng.randint(1000000, 9999999)}")
    put(
        "syr",
        rng.choice(
            [
                "1.0 mL x 1",
                "1.0 mL x 2",
                "0.55 mL x 1",
                "1.2 mL x 2",
                "1 syringe",
                "2 syringes",
                "1.5 syringes",
            ]
        ),
    )
    put("cannula", rng.choice(["25G 38 mm cannula", "27G 1/2 in needle", "22G 50 mm cannula", "30G needle"]))
    put("laser", rng.choice(LASERS))
    put("laser2", rng.choice(LASERS))
    put(
        "wl",
        rng.choice(["1064 nm", "755 nm", "532 nm", "595 nm", "1550 nm", "1927 nm", "10,600 nm", "810 nm"]),
    )
    put("fluence", f"{rng.randint(1, 40)}.{rng.randint(0, 9)} J/cm2")
    put("fluence2", f"{rng.randint(1, 40)} J/cm²")
    put("spot", f"{rng.choice([3, 4, 5, 6, 7, 8, 10, 12, 15, 18])} mm")
    put("pw", rng.choice(["450 ps", "750 ps", "3 ms", "10 ms", "20 ms", "0.45 ms", "30 ms", "6 ns"]))
    put("pulses", str(rng.randint(40, 2400)))
    put("energy", f"{rng.randint(1, 99)}.{rng.randint(0, 9)} kJ")
    put("mj", f"{rng.randint(2, 70)} mJ")
    put("passes", str(rng.randint(1, 6)))
    put("cool", rng.choice(["DCD 30/20/20", "Zimmer 4", "contact cooling 5 C", "cryogen 40/20"]))
    put("uv_dose", f"{rng.randint(130, 1800)} mJ/cm2")
    put("uv_cum", f"{rng.randint(2, 190)}.{rng.randint(0, 9)} J/cm2")
    put("uv_tx", str(rng.randint(1, 88)))
    put("uv_time", f"{rng.randint(0, 9)}:{rng.randint(0, 59):02d}")
    put("med", f"{rng.choice([300, 400, 500, 600])} mJ/cm2")
    put("allergen1", rng.choice(ALLERGENS))
    put("allergen2", rng.choice(ALLERGENS))
    put("allergen3", rng.choice(ALLERGENS))
    put("rd1", rng.choice(READ))
    put("rd2", rng.choice(READ))
    put("rd3", rng.choice(READ))
    put("tbsa", f"{rng.randint(1, 24)}%")
    put(
        "wound",
        f"{rng.randint(1, 9)}.{rng.randint(0, 9)} x {rng.randint(1, 7)}.{rng.randint(0, 9)} x 0.{rng.randint(1, 9)} cm",
    )
    put("wound2", f"{rng.randint(1, 12)}.{rng.randint(0, 9)} cm2")
    put("sub_lot", f"{rng.choice(['AM', 'GR', 'DS'])}{rng.randint(10000, 99999)}")
    put("grafts", f"{rng.randint(800, 4200):,}")
    put("fu1", str(rng.randint(100, 900)))
    put("fu2", str(rng.randint(300, 1800)))
    put("fu3", str(rng.randint(80, 700)))
    put("cc", str(rng.choice([225, 250, 275, 300, 325, 350, 375, 400, 425, 450, 500])))
    put(
        "implant_model",
        rng.choice(
            [
                "smooth round high profile",
                "textured anatomical FX",
                "SmoothCross moderate plus",
                "Gummy ultra-high profile",
                "silicone gel round moderate",
            ]
        ),
    )
    put(
        "implant_ref",
        rng.choice(
            [
                f"REF SRF-{rng.randint(200, 600)}",
                f"Style {rng.randint(10, 45)}-{rng.randint(200, 600)}",
                f"Cat. No. {rng.randint(3000, 3999)}-{rng.randint(200, 600)}HP",
            ]
        ),
    )
    put("price", f"${rng.randint(2, 24)},{rng.randint(0, 999):03d}.00")
    put("price2", f"${rng.randint(150, 1900)}")
    put("price3", f"${rng.randint(9, 18)}.{rng.choice(['00', '50', '75'])}")
    put("deposit", rng.choice(["$500.00", "$1,000", "$250", "$2,500.00", "25% of total"]))
    put("apr", f"{rng.choice(['0', '14.9', '17.9', '26.99', '9.9'])}% APR")
    put("term", f"{rng.choice([6, 12, 18, 24, 36, 48, 60])} months")
    put("card4", f"{rng.randint(1000, 9999)}")
    put("package", rng.choice(PACKAGES))
    cname, ccode = rng.choice(CANCER)
    put("cdx", cname)
    put("cicd", ccode)
    put("payer", rng.choice(PAYERS))
    put("pharm", rng.choice(PHARM))
    put("pathlab", rng.choice(PATHLAB))
    put("spa", rng.choice(SPA))
    put("mfr", rng.choice(MFR))
    put("hh", rng.choice(HOMEHEALTH))
    put("lender", rng.choice(LENDER))
    put("org", rng.choice(ORGS))
    put("org2", rng.choice(ORGS))
    put("eponym", rng.choice(EPONYMS))
    put("eponym2", rng.choice(EPONYMS))
    put("role", rng.choice(ROLES))
    put("role2", rng.choice(ROLES))
    put(
        "room",
        rng.choice(
            ["Procedure Rm 3", "Laser Suite B", "Bay 2", "OR 4", "Room 112", "Injection Rm 1", "Photo Studio"]
        ),
    )
    put(
        "form",
        rng.choice(
            ["Form DP-114 v3", "Form PTC-07", "Consent C-22 rev 9", "Form MSP-3.1", "CMS-1500 claim form"]
        ),
    )
    put(
        "policy",
        rng.choice(["Policy DERM-OP-022", "SOP LS-014", "Policy 7.12", "Protocol AES-09", "P&P 4.3.1"]),
    )
    put("alt", f"{rng.randint(9, 55)} U/L (7-56)")
    put("tg", f"{rng.randint(60, 420)} mg/dL (<150)")
    put("chol", f"{rng.randint(120, 290)} mg/dL")
    put("hcg", rng.choice(["<5 mIU/mL (negative)", "negative", "neg (urine, sens 25 mIU/mL)"]))
    put(
        "tb",
        rng.choice(
            ["QuantiFERON-TB Gold Plus negative", "T-SPOT.TB negative", "QFT indeterminate, repeat negative"]
        ),
    )
    put("hgb", f"{rng.randint(10, 16)}.{rng.randint(0, 9)} g/dL")
    put("wbc", f"{rng.randint(3, 12)}.{rng.randint(0, 9)} K/uL")
    put("pct", f"{rng.randint(10, 95)}%")
    put("pct2", f"{rng.randint(20, 90)}%")
    put("num", str(rng.randint(2, 40)))
    put("num2", str(rng.randint(2, 12)))
    put("num3", str(rng.randint(100, 999)))
    put("bin", rng.choice(["BIN 610014", "BIN 004336", "BIN 003858", "BIN 610502"]))
    put("pcn", rng.choice(["PCN ADV", "PCN MEDDADV", "PCN 9999", "PCN A4"]))
    put("clia", f"{rng.randint(10, 52)}D{rng.randint(1000000, 9999999)}")
    put("fac_npi", f"1{rng.randint(100000000, 999999999)}")
    put("tin", f"{rng.randint(10, 99)}-{rng.randint(1000000, 9999999)}")
    put("ncpdp", str(rng.randint(1000000, 9999999)))
    put("spa_lic", f"ME-{rng.randint(1000, 9999)}")
    put(
        "model_no",
        rng.choice(
            [
                "UV-1000L",
                "Model 7 Daavlin",
                "NB-UVB 1M Series",
                "Dermapod",
                "Ra 2000 cabinet",
                "1000-Series Panel",
            ]
        ),
    )
    put("lamp_hrs", f"{rng.randint(20, 1900)} h")
    put("cal", f"{rng.randint(2, 14)}.{rng.randint(0, 9)} mW/cm2")
    put("suture", rng.choice(["5-0 fast-absorbing gut", "6-0 nylon", "4-0 Monocryl", "5-0 Prolene"]))
    put("suture_lot", f"{rng.choice(['DX', 'RT', 'KM'])}{rng.randint(1000, 9999)}")
    put("mm_scale", rng.choice(["Merz 2", "Allergan 3", "GAIS 'improved'", "Wrinkle Severity 3"]))
    put("pre_ct", str(rng.randint(2, 14)))
    return out
