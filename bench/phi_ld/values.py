"""Values for set LD (surgery): ``identifiers`` (one invented person and context per note, typed) and
``lookalikes`` (clinical and administrative filler that is not PHI). Only ``rng`` is used."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

FIRST = [
    "Ana",
    "Rosalind",
    "Tomasz",
    "Oluwaseun",
    "Mei-Ling",
    "Dmitri",
    "Fatima",
    "Hope",
    "Grant",
    "Summer",
    "Hunter",
    "Rose",
    "Bill",
    "Paris",
    "Florence",
    "Austin",
    "Chase",
    "Jordan",
    "Ivy",
    "Faith",
    "Wren",
    "Kwame",
    "Ngozi",
    "Hiroshi",
    "Yuki",
    "Sanjay",
    "Priya",
    "Aisling",
    "Siobhan",
    "Padraig",
    "Lucía",
    "Alejandro",
    "José",
    "Marisol",
    "Thanh",
    "Minh",
    "Ji-woo",
    "Seo-yeon",
    "Björn",
    "Ingrid",
    "Zofia",
    "Magdalena",
    "Emeka",
    "Chidi",
    "Abdirahman",
    "Hodan",
    "Yusuf",
    "Leila",
    "Omar",
    "Noor",
    "Tariq",
    "Margaret",
    "Robert",
    "William",
    "Elizabeth",
    "Katherine",
    "Dolores",
    "Earl",
    "Lorraine",
    "Clyde",
    "Marguerite",
    "Jean-Luc",
    "Anne-Marie",
    "Guadalupe",
    "Xiomara",
    "Tevita",
    "Malia",
    "Keanu",
    "Ayasha",
    "Dakota",
    "River",
    "Sterling",
    "Destiny",
    "Precious",
    "Brooke",
    "Dale",
    "Lane",
    "Victoria",
    "Carolina",
    "Eun-ji",
    "Aroha",
    "Matteo",
    "Giuseppina",
    "Constance",
    "Temperance",
    "Amos",
    "Ezekiel",
    "Raisa",
]
LAST = [
    "Ruiz",
    "Okafor",
    "Nguyen",
    "Wójcik",
    "Hernández",
    "Mukherjee",
    "O'Brien",
    "de la Cruz",
    "van der Berg",
    "Al-Sayed",
    "Kowalczyk",
    "Tanaka",
    "Abernathy",
    "Oyelaran",
    "Papadopoulos",
    "Yilmaz",
    "Haddad",
    "Achterberg",
    "Dubois",
    "Ferreira",
    "Kim",
    "Park",
    "Li",
    "Chen",
    "Ivanova",
    "Singh",
    "Ramírez-Ortiz",
    "Nakamura",
    "Lindqvist",
    "MacLeod",
    "D'Angelo",
    "St. Clair",
    "bin Rashid",
    "Abdi",
    "Tesfaye",
    "Kaur",
    "Baker",
    "Street",
    "Mills",
    "Hill",
    "London",
    "Marsh",
    "Young",
    "Penrose",
    "Foley",
    "Cook",
    "Mason",
    "Booker",
    "Winter",
    "Love",
    "Fairweather",
    "Nwachukwu",
    "Adeyemi-Cole",
    "Vu",
    "Tran-Hollis",
    "Gallagher",
    "Ó Súilleabháin",
    "di Stefano",
    "von Ahlen",
    "Le",
    "Ng",
    "Osei",
    "Begay",
    "Yazzie",
    "Kealoha",
    "Fonoti",
    "Szabo",
    "Horvath",
    "Petrov",
    "Rossi",
    "Esposito",
    "Moreau",
    "Lefebvre",
    "Schmidt",
    "Krüger",
    "Jansen",
    "Bakker",
    "da Silva",
    "Carvalho",
    "Hussain",
    "Qureshi",
    "Rahman",
    "Choudhury",
    "Washington",
    "Jefferson",
    "Brown",
    "Whitfield",
    "Castellanos",
    "Delacroix",
    "Santiago",
    "McAllister",
    "Fitzgerald",
    "Kruger-Lamb",
    "Oduya",
    "Mensah",
    "Takahashi",
    "Sato",
]
FEMALE = {
    "Ana",
    "Rosalind",
    "Mei-Ling",
    "Fatima",
    "Hope",
    "Summer",
    "Rose",
    "Florence",
    "Ivy",
    "Faith",
    "Wren",
    "Ngozi",
    "Priya",
    "Aisling",
    "Siobhan",
    "Lucía",
    "Marisol",
    "Seo-yeon",
    "Ingrid",
    "Zofia",
    "Magdalena",
    "Hodan",
    "Leila",
    "Margaret",
    "Elizabeth",
    "Katherine",
    "Dolores",
    "Lorraine",
    "Marguerite",
    "Anne-Marie",
    "Guadalupe",
    "Xiomara",
    "Malia",
    "Ayasha",
    "Destiny",
    "Precious",
    "Brooke",
    "Victoria",
    "Carolina",
    "Eun-ji",
    "Aroha",
    "Giuseppina",
    "Constance",
    "Temperance",
    "Raisa",
}
UNISEX = {
    "Paris",
    "Jordan",
    "Dakota",
    "River",
    "Lane",
    "Oluwaseun",
    "Chidi",
    "Yuki",
    "Ji-woo",
    "Noor",
    "Thanh",
    "Minh",
}
REL = {  # relation -> (female word, male word)
    "child": ("daughter", "son"),
    "spouse": ("wife", "husband"),
    "sib": ("sister", "brother"),
    "parent": ("mother", "father"),
    "grand": ("granddaughter", "grandson"),
    "nibling": ("niece", "nephew"),
}
NICKS = {
    "Robert": "Bobby",
    "Margaret": "Peggy",
    "William": "Billy",
    "Elizabeth": "Liz",
    "Katherine": "Kit",
    "Alejandro": "Alex",
    "Oluwaseun": "Seun",
    "Dolores": "Lola",
    "Guadalupe": "Lupe",
    "José": "Pepe",
    "Dmitri": "Dima",
    "Constance": "Connie",
    "Giuseppina": "Pina",
    "Temperance": "Tempe",
    "Abdirahman": "Abdi",
    "Magdalena": "Magda",
    "Ezekiel": "Zeke",
    "Victoria": "Tori",
}
GENERIC_NICKS = ["Sunny", "Buddy", "Junior", "Bea", "Mo", "Red", "Sis", "Cookie", "Bud", "Dee"]
TOWNS = [
    "Harlow",
    "Millbrook",
    "Fair Haven",
    "Port Alder",
    "Cedar Falls",
    "Eastwick",
    "Bellmont",
    "Springdale",
    "Orchard Park",
    "Lake Verona",
    "Hollis",
    "Kingsford",
    "New Bremen",
    "Alder Creek",
    "Marion",
    "Greenfield",
    "Paris",
    "Florence",
    "Austin",
    "Jordan",
    "Chester",
    "Brookhaven",
    "Wexley",
    "Dunmore",
    "Oak Hollow",
    "Stillwater",
    "Red Bank",
    "Granite Falls",
    "Sweetwater",
    "Mount Carmel",
    "Havenport",
    "Lowell Ridge",
    "Saint Albans",
    "Pine Bluff",
    "Marysville",
    "Elk Grove",
    "Canton",
    "Bristol",
    "Warwick",
    "Shelbyville",
]
COUNTIES = [
    "Ashby",
    "Lorain",
    "Kettle",
    "Monroe",
    "Harlan",
    "Pike",
    "Tuscarawas",
    "Baird",
    "Coldwater",
    "Merrimack",
    "Saline",
    "Clearwater",
    "Juniper",
    "Otsego",
    "Belknap",
    "Wyandot",
]
HOODS = [
    "Germantown",
    "the Flats",
    "Riverside Heights",
    "Little Saigon",
    "Old Fourth Ward",
    "Tremont",
    "Five Points",
    "Eastgate",
    "Millbrook Terrace",
    "Dutch Hollow",
    "Southside",
    "Chinatown",
]
STATES = ["OH", "PA", "NY", "MI", "IN", "KY", "WV", "Ohio", "Pennsylvania", "N.Y.", "Mich.", "VT", "NH", "OR"]
STREETS = [
    "Larkspur",
    "Wren Hollow",
    "Quarry",
    "Maple",
    "Elm",
    "Cedar Ridge",
    "Old Mill",
    "Harbor View",
    "Kingfisher",
    "Sycamore",
    "Bramble",
    "Lakeshore",
    "Copperfield",
    "Juniper",
    "Ridgeline",
    "Orchard",
    "Station",
    "Willow Bend",
    "Tanglewood",
    "Meridian",
    "Church",
    "Foundry",
    "Canal",
    "Prospect",
]
SUFFIX = [
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Ln",
    "Dr",
    "Ct",
    "Way",
    "Blvd",
    "Pkwy",
    "Terrace",
    "Pl",
    "Circle",
]
FAC_SUFFIX = [
    "General Hospital",
    "Regional Medical Center",
    "Community Hospital",
    "Surgical Center",
    "Memorial Hospital",
    "Medical Center",
    "Ambulatory Surgery Center",
    "Trauma Center",
]
AREA = [216, 330, 419, 614, 412, 717, 313, 607, 520, 802, 971, 603, 208, 585, 859, 304]
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

_ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ascii(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def _luhn_digit(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return (10 - total % 10) % 10


def _npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    return base + str(_luhn_digit("80840" + base))


def _dea(rng: random.Random, last: str) -> str:
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = _ascii(last)[:1].upper() or "X"
    return rng.choice("ABFGM") + initial + "".join(map(str, d)) + str(check)


def _vin(rng: random.Random) -> str:
    values = dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            strict=True,
        )
    )
    values.update({str(i): i for i in range(10)})
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = rng.choice(["1HG", "2T1", "3VW", "JTD", "5YJ", "1FT", "KNA", "WBA", "1C4", "4T1", "JHM", "2HK"])
    chars = list(
        wmi
        + _letters(rng, 5, _ALNUM)
        + "0"
        + rng.choice("HJKLMNPRST")
        + _letters(rng, 1, _ALNUM)
        + _digits(rng, 6)
    )
    total = sum(values[c] * w for c, w in zip(chars, weights, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _mbi(rng: random.Random) -> str:
    an = _MBI_ALPHA + "0123456789"
    s = (
        str(rng.randint(1, 9))
        + rng.choice(_MBI_ALPHA)
        + rng.choice(an)
        + _digits(rng, 1)
        + rng.choice(_MBI_ALPHA)
        + rng.choice(an)
        + _digits(rng, 1)
        + rng.choice(_MBI_ALPHA)
        + rng.choice(_MBI_ALPHA)
        + _digits(rng, 2)
    )
    return s if rng.random() < 0.6 else f"{s[:4]}-{s[4:7]}-{s[7:]}"


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = rng.choice(["-", "-", "-", " ", ""])
    return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def _phone(rng: random.Random) -> str:
    a, n = rng.choice(AREA), f"01{rng.randint(0, 99):02d}"
    style = rng.randrange(9)
    out = [
        f"({a}) 555-{n}",
        f"{a}-555-{n}",
        f"{a}.555.{n}",
        f"+1 {a} 555 {n}",
        f"1-{a}-555-{n}",
        f"{a}555{n}",
        f"({a})555-{n}",
        f"{a} 555 {n}",
        f"+1-{a}-555-{n}",
    ][style]
    if rng.random() < 0.12:
        out += rng.choice([" x", " ext. ", " ext "]) + str(rng.randint(100, 4999))
    return out


def _date(rng: random.Random, d: dt.date, styles: str = "any") -> str:
    m, day, y = d.month, d.day, d.year
    mon = MONTHS[m - 1]
    full = [
        f"{m:02d}/{day:02d}/{y}",
        f"{m}/{day}/{y}",
        f"{m}/{day}/{y % 100:02d}",
        f"{y}-{m:02d}-{day:02d}",
        f"{day:02d}-{mon[:3]}-{y}",
        f"{mon} {day}, {y}",
        f"{day} {mon} {y}",
        f"{mon[:3]} {day}, {y}",
        f"{day:02d}{mon[:3].upper()}{y}",
        f"{day:02d}.{m:02d}.{y}",
        f"{m:02d}-{day:02d}-{y}",
        f"{mon[:3].upper()} {day:02d} {y}",
        f"{y}/{m:02d}/{day:02d}",
    ]
    if styles == "iso":
        return f"{y}-{m:02d}-{day:02d}"
    if styles == "compact":
        return f"{y}{m:02d}{day:02d}"
    if styles == "us":
        return rng.choice([*full[:3], full[10]])
    if styles == "long":
        return rng.choice([full[5], full[6], full[7]])
    if styles == "short":
        return rng.choice(
            [f"{m}/{day}", f"{mon[:3]} {day}", f"{day} {mon[:3]}", f"{mon} {day}", f"{m:02d}/{day:02d}"]
        )
    return rng.choice(full)


def _datetime(rng: random.Random, d: dt.date) -> str:
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    style = rng.randrange(5)
    if style == 0:
        return f"{d.isoformat()}T{hh:02d}:{mm:02d}"
    if style == 1:
        return f"{_date(rng, d, 'us')} {hh:02d}:{mm:02d}"
    if style == 2:
        return f"{_date(rng, d, 'us')} {hh:02d}{mm:02d}"
    if style == 3:
        return f"{_date(rng, d, 'long')} at {(hh % 12) or 12}:{mm:02d} {'AM' if hh < 12 else 'PM'}"
    return f"{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year} {hh:02d}:{mm:02d}"


def _person(rng: random.Random, sex: str = "") -> tuple[str, str]:
    if sex == "F":
        return rng.choice([f for f in FIRST if f in FEMALE or f in UNISEX]), rng.choice(LAST)
    if sex == "M":
        return rng.choice([f for f in FIRST if f not in FEMALE]), rng.choice(LAST)
    return rng.choice(FIRST), rng.choice(LAST)


def _ocr(rng: random.Random, s: str) -> str:
    swaps = [("l", "1"), ("O", "0"), ("m", "rn"), ("e", "c"), ("a", "o"), ("i", "l"), ("S", "5"), ("B", "8")]
    rng.shuffle(swaps)
    for a, b in swaps:
        if a in s:
            i = s.index(a)
            return s[:i] + b + s[i + 1 :]
    return s + "l"


def _words(n: int) -> str:
    units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    tens = {9: "ninety", 10: "one hundred"}
    if n >= 100:
        return "one hundred" + (f" and {units[n - 100]}" if n > 100 else "")
    t, u = divmod(n, 10)
    return tens[t] + (f"-{units[u]}" if u else "")


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient, family, care team, places, dates and numbers (every kind of PHI)."""
    N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
    v: dict[str, Value] = {}
    sex = rng.choice("FM")
    first, last = _person(rng, sex)
    fem = sex == "F"
    for key, word in (
        ("pt_sex", sex),
        ("pt_title", "Ms." if fem else "Mr."),
        ("pt_she", "she" if fem else "he"),
        ("pt_She", "She" if fem else "He"),
        ("pt_SHE", "SHE" if fem else "HE"),
        ("pt_her", "her" if fem else "his"),
        ("pt_HER_obj", "HER" if fem else "HIM"),
        ("pt_him", "her" if fem else "him"),
        ("pt_self", "herself" if fem else "himself"),
        ("pt_sexword", "female" if fem else "male"),
    ):
        v[key] = (None, word)
    mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    with_mi = rng.random() < 0.45
    v["pt_first"] = (N, first)
    v["pt_last"] = (N, last)
    v["pt_name"] = (N, f"{first} {mi}. {last}" if with_mi else f"{first} {last}")
    v["pt_name_lf"] = (N, f"{last}, {first} {mi}." if with_mi else f"{last}, {first}")
    v["pt_caps"] = (N, f"{last.upper()}, {first.upper()}" + (f" {mi}" if with_mi else ""))
    v["pt_caps_full"] = (N, f"{first.upper()} {last.upper()}")
    v["pt_ocr"] = (N, _ocr(rng, f"{last}, {first}"))
    v["pt_init_last"] = (N, f"{first[0]}. {last}")
    v["pt_nick"] = (N, NICKS.get(first) or rng.choice(GENERIC_NICKS))
    for key in ("nok", "nok2"):
        ksex = rng.choice("FM")
        for rel, words in REL.items():
            word = words[0] if ksex == "F" else words[1]
            v[f"{key}_{rel}"] = (None, word)
            v[f"{key}_{rel.upper()}"] = (None, word.upper())
            v[f"{key}_{rel.capitalize()}"] = (None, word.capitalize())
        f, la = _person(rng, ksex)
        v[f"{key}_sexed_first"] = (N, f)
    for key in (
        "nok",
        "nok2",
        "surg",
        "res",
        "anes",
        "ref",
        "pcp",
        "rn",
        "path",
        "woc",
        "scrub",
        "circ",
        "fellow",
        "pa",
        "np",
        "coord",
        "witness",
        "interp",
        "chief",
    ):
        f, la = _person(rng)
        if key in ("nok", "nok2"):
            f = v.pop(f"{key}_sexed_first")[1]
        if key == "nok" and rng.random() < 0.5:
            la = last
        if key == "nok2":
            la = last
        v[f"{key}_name"] = (N, f"{f} {la}")
        v[f"{key}_first"] = (N, f)
        v[f"{key}_last"] = (N, la)
        v[f"{key}_init"] = (N, f"{f[0]}. {la}")
        v[f"{key}_lf"] = (N, f"{la}, {f}")
        v[f"{key}_caps"] = (N, f"{la.upper()}, {f[0]}")
    # dates around one operation
    dos = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 700))
    adm = dos - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2, 3]))
    dc = dos + dt.timedelta(days=rng.randint(1, 12))
    fu = dc + dt.timedelta(days=rng.randint(7, 30))
    age_old = rng.randint(90, 104)
    dob = dt.date(rng.randint(1936, 2005), rng.randint(1, 12), rng.randint(1, 28))
    dob_old = dt.date(dos.year - age_old - 1, rng.randint(1, 12), rng.randint(1, 28))
    dob_child = dos - dt.timedelta(days=rng.randint(20, 365 * 15))
    v["dos"] = (D, _date(rng, dos))
    v["dos2"] = (D, _date(rng, dos))
    v["dos_iso"] = (D, _date(rng, dos, "iso"))
    v["dos_us"] = (D, _date(rng, dos, "us"))
    v["dos_long"] = (D, _date(rng, dos, "long"))
    v["dos_short"] = (D, _date(rng, dos, "short"))
    v["dos_compact"] = (D, _date(rng, dos, "compact"))
    v["dos_dt"] = (D, _datetime(rng, dos))
    v["adm"] = (D, _date(rng, adm))
    v["adm_dt"] = (D, _datetime(rng, adm))
    v["dc"] = (D, _date(rng, dc))
    v["dc_short"] = (D, _date(rng, dc, "short"))
    v["fu"] = (D, _date(rng, fu))
    v["fu_long"] = (D, _date(rng, fu, "long"))
    for i in range(1, 6):
        di = dos + dt.timedelta(days=i * rng.randint(1, 4))
        v[f"d{i}"] = (D, _date(rng, di, "us" if i % 2 else "any"))
        v[f"d{i}_short"] = (D, _date(rng, di, "short"))
        v[f"d{i}_iso"] = (D, _date(rng, di, "iso"))
        v[f"d{i}_dt"] = (D, _datetime(rng, di))
    prior = dos - dt.timedelta(days=rng.randint(200, 4000))
    v["d_prior"] = (D, _date(rng, prior))
    v["d_prior_short"] = (D, _date(rng, prior, "short"))
    v["letter_date"] = (D, _date(rng, fu, "long"))
    v["ref_date"] = (D, _date(rng, dos - dt.timedelta(days=rng.randint(10, 90))))
    v["pt_age"] = (None, str(dos.year - dob.year - ((dos.month, dos.day) < (dob.month, dob.day))))
    v["child_age"] = (None, str(max(1, (dos - dob_child).days // 365)))
    fu2 = fu + dt.timedelta(days=rng.randint(14, 60))
    v["fu2"] = (D, _date(rng, fu2, "long"))
    v["fu2_short"] = (D, _date(rng, fu2, "short"))
    v["fu_short"] = (D, _date(rng, fu2, "short"))
    v["dob"] = (D, _date(rng, dob))
    v["dob_us"] = (D, _date(rng, dob, "us"))
    v["dob_iso"] = (D, _date(rng, dob, "iso"))
    v["dob_compact"] = (D, _date(rng, dob, "compact"))
    v["dob_old"] = (D, _date(rng, dob_old))
    v["dob_child"] = (D, _date(rng, dob_child))
    v["age_old"] = (A, str(age_old))
    v["age_old_words"] = (A, _words(age_old))
    # places
    town, town2, town3 = rng.sample(TOWNS, 3)
    street = (
        f"{rng.randint(2, 9899)} {rng.choice(['', '', '', 'N. ', 'S. ', 'E. ', 'W. ', 'Old '])}"
        f"{rng.choice(STREETS)} {rng.choice(SUFFIX)}"
    )
    v["addr"] = (L, street)
    v["addr_caps"] = (L, street.upper())
    v["unit"] = (
        L,
        rng.choice(["Apt ", "Apt. ", "Unit ", "#", "Suite ", "Lot "])
        + rng.choice(
            [
                str(rng.randint(1, 40)),
                f"{rng.randint(1, 9)}{rng.choice('ABCDEF')}",
                str(rng.randint(100, 912)),
            ]
        ),
    )
    v["city"] = (L, town)
    v["city_caps"] = (L, town.upper())
    v["state"] = (None, rng.choice(STATES))
    z = f"{rng.randint(1000, 99950):05d}"
    v["zip"] = (L, z if rng.random() < 0.65 else f"{z}-{rng.randint(1, 9999):04d}")
    v["county"] = (L, f"{rng.choice(COUNTIES)} County")
    v["hood"] = (L, rng.choice(HOODS))
    v["facility"] = (L, f"{town2} {rng.choice(FAC_SUFFIX)}")
    v["facility2"] = (
        L,
        rng.choice(
            [
                f"{town3} {rng.choice(FAC_SUFFIX)}",
                f"St. Brigid Hospital of {town3}",
                f"Mercy {town3}",
                f"University Hospitals {town3}",
            ]
        ),
    )
    v["city2"] = (L, town2)
    v["city3"] = (L, town3)
    v["ref_addr"] = (L, f"{rng.randint(10, 990)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}")
    v["clinic_addr"] = (L, f"{rng.randint(10, 4990)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}")
    v["clinic_suite"] = (L, f"Suite {rng.randint(100, 690)}")
    v["clinic_zip"] = (L, f"{rng.randint(1000, 99950):05d}")
    v["ref_zip"] = (L, f"{rng.randint(1000, 99950):05d}")
    v["scene_addr"] = (
        L,
        f"{rng.randint(100, 19999)} {rng.choice(['State Route 9', 'County Rd 22', 'Quarry Rd', 'Old Mill Rd', 'Harbor View Dr', 'Canal St', 'Meridian Pkwy'])}",
    )
    # contact
    for key in ("pt_phone", "pt_cell", "nok_phone", "clinic_phone", "ref_phone", "pager"):
        v[key] = (PhiType.PHONE, _phone(rng))
    v["clinic_fax"] = (PhiType.FAX, _phone(rng))
    v["ref_fax"] = (PhiType.FAX, _phone(rng))
    fa, la = _ascii(first), _ascii(last)
    v["pt_email"] = (
        PhiType.EMAIL,
        rng.choice(
            [
                f"{fa}.{la}@example.com",
                f"{fa[0]}{la}{rng.randint(1, 99)}@mail.example.org",
                f"{la}.{fa}@example.net",
                f"{fa}{rng.randint(1950, 2005)}@inbox.test",
            ]
        ),
    )
    sf, sl = _ascii(v["surg_first"][1]), _ascii(v["surg_last"][1])
    v["surg_email"] = (
        PhiType.EMAIL,
        rng.choice(
            [f"{sf[0]}{sl}@surgery.example.org", f"{sf}.{sl}@example.org", f"{sl}.{sf[0]}@hospital.test"]
        ),
    )
    rf, rl = _ascii(v["ref_first"][1]), _ascii(v["ref_last"][1])
    v["ref_email"] = (PhiType.EMAIL, f"{rf}.{rl}@clinic.example.com")
    v["res_email"] = (PhiType.EMAIL, f"{_ascii(v['res_first'][1])}.{_ascii(v['res_last'][1])}@example.org")
    nf = _ascii(v["nok_first"][1])
    v["nok_email"] = (PhiType.EMAIL, f"{nf}{rng.randint(10, 99)}@example.net")
    # numbers
    v["mrn"] = (
        PhiType.MRN,
        rng.choice(
            [
                _digits(rng, 8),
                "E" + _digits(rng, 7),
                f"M-{_digits(rng, 4)}-{_digits(rng, 3)}",
                "MR" + _digits(rng, 6),
                f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 2)}",
                "00" + _digits(rng, 7),
                "HMC" + _digits(rng, 7),
            ]
        ),
    )
    v["mrn2"] = (PhiType.MRN, rng.choice([_digits(rng, 7), "OSH-" + _digits(rng, 6), "K" + _digits(rng, 8)]))
    v["fin"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                _digits(rng, 10),
                "V" + _digits(rng, 9),
                f"{_digits(rng, 4)}-{_digits(rng, 6)}",
                "FN" + _digits(rng, 8),
            ]
        ),
    )
    v["acct"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                f"{_digits(rng, 2)}-{_digits(rng, 7)}-{_digits(rng, 2)}",
                "A" + _digits(rng, 9),
                _digits(rng, 11),
            ]
        ),
    )
    v["enc"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [f"ENC-{dos.year}-{_digits(rng, 6)}", _digits(rng, 9), f"E{_digits(rng, 3)}.{_digits(rng, 5)}"]
        ),
    )
    v["claim"] = (
        PhiType.ACCOUNT,
        rng.choice(
            [
                f"CLM-{dos.year}-{_digits(rng, 7)}",
                f"{_digits(rng, 2)}{rng.choice('ABCX')}{_digits(rng, 8)}",
                f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            ]
        ),
    )
    v["member_id"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                _letters(rng, 3) + _digits(rng, 9),
                f"W{_digits(rng, 4)} {_digits(rng, 5)}",
                _digits(rng, 9) + rng.choice(["01", "02", "A", "*01"]),
                "ZGP" + _digits(rng, 8) + "-00",
            ]
        ),
    )
    v["group_no"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                "GRP-" + _digits(rng, 6),
                _digits(rng, 5) + "-" + _digits(rng, 1),
                _letters(rng, 2) + _digits(rng, 5),
            ]
        ),
    )
    v["mbi"] = (PhiType.HEALTH_PLAN_ID, _mbi(rng))
    v["medicaid"] = (
        PhiType.HEALTH_PLAN_ID,
        rng.choice(
            [
                f"MC{_digits(rng, 8)}{_letters(rng, 1)}",
                _digits(rng, 12),
                f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
            ]
        ),
    )
    v["ssn"] = (PhiType.SSN, _ssn(rng))
    v["npi"] = (PhiType.LICENSE, _npi(rng))
    v["npi2"] = (PhiType.LICENSE, _npi(rng))
    v["dea"] = (PhiType.LICENSE, _dea(rng, v["surg_last"][1]))
    v["st_lic"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"MD.{_digits(rng, 6)}",
                f"35-0{_digits(rng, 5)}",
                f"G{_digits(rng, 5)}",
                f"{_digits(rng, 2)}MA{_digits(rng, 6)}",
                f"DO-{_digits(rng, 5)}",
            ]
        ),
    )
    v["rn_lic"] = (
        PhiType.LICENSE,
        rng.choice([f"RN.{_digits(rng, 6)}", f"RN{_digits(rng, 7)}", f"R-{_digits(rng, 6)}"]),
    )
    v["dl"] = (
        PhiType.LICENSE,
        rng.choice(
            [
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                _digits(rng, 9),
                f"{_letters(rng, 1)}{_digits(rng, 12)}",
            ]
        ),
    )
    v["plate"] = (
        PhiType.VEHICLE_ID,
        rng.choice(
            [
                f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
                f"{_letters(rng, 3)}-{_digits(rng, 4)}",
                f"{_letters(rng, 3)} {_digits(rng, 4)}",
                f"{_digits(rng, 3)} {_letters(rng, 3)}",
                f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}",
            ]
        ),
    )
    v["vin"] = (PhiType.VEHICLE_ID, _vin(rng))
    gtin = "0" + rng.choice(["0884521", "0763000", "0885074", "0887517", "0190446"]) + _digits(rng, 6)
    exp = f"{(dos.year + rng.randint(1, 4)) % 100:02d}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    sn = _letters(rng, rng.randint(1, 3)) + _digits(rng, rng.randint(5, 8))
    v["udi"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"(01){gtin}(17){exp}(21){sn}",
                f"01{gtin}17{exp}21{sn}",
                f"+H124{_letters(rng, 2)}{_digits(rng, 4)}1/$$3{exp[:6]}{sn}",
            ]
        ),
    )
    v["dev_sn"] = (PhiType.DEVICE_ID, sn)
    v["dev_sn2"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"{_letters(rng, 3)}{_digits(rng, 6)}H",
                f"{_digits(rng, 7)}-{_digits(rng, 3)}",
                f"N{_digits(rng, 9)}",
            ]
        ),
    )
    v["dev_lot"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}-{_digits(rng, 2)}",
                f"L{_digits(rng, 7)}",
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
            ]
        ),
    )
    v["pump_sn"] = (
        PhiType.DEVICE_ID,
        rng.choice(
            [
                f"VAC{_digits(rng, 7)}",
                f"UK{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"PV{_digits(rng, 6)}{_letters(rng, 1)}",
            ]
        ),
    )
    v["ip"] = (
        PhiType.IP_ADDRESS,
        rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.0.2.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(0, 65535):x}::{rng.randint(1, 65535):x}",
            ]
        ),
    )
    v["ip2"] = (PhiType.IP_ADDRESS, f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
    tok = _letters(rng, 6, "abcdefghjkmnpqrstuvwxyz23456789")
    v["url_portal"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://portal.example.org/visit/{_digits(rng, 7)}",
                f"https://mychart.example.com/u/{fa}{la[:3]}",
                f"portal.example.org/p/{tok}",
            ]
        ),
    )
    v["url_photo"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://photos.example.org/upload/{tok}",
                f"https://wound.example.com/s/{tok}?pt={_digits(rng, 6)}",
            ]
        ),
    )
    v["url_tele"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://telehealth.example.org/join/{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
                f"https://video.example.com/room/{tok}",
            ]
        ),
    )
    v["url_personal"] = (
        PhiType.URL,
        rng.choice(
            [
                f"https://www.gofundme.example.com/f/help-{fa}-{la}",
                f"http://{fa}{la}.example.net",
                f"https://caringbridge.example.org/visit/{fa}{la}",
            ]
        ),
    )
    v["bio_palm"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [
                f"PV-{_digits(rng, 6)}-{_letters(rng, 1)}",
                f"PS{_digits(rng, 9)}",
                "".join(rng.choice("0123456789abcdef") for _ in range(16)),
            ]
        ),
    )
    v["bio_fp"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [
                f"FP-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"FPT{_digits(rng, 8)}",
                f"RI{_digits(rng, 2)}-{_digits(rng, 6)}",
            ]
        ),
    )
    v["bio_voice"] = (
        PhiType.BIOMETRIC,
        rng.choice(
            [
                f"VP{_digits(rng, 5)}-{_digits(rng, 2)}",
                f"VOX-{_letters(rng, 2)}{_digits(rng, 6)}",
                f"vp_{_digits(rng, 8)}",
            ]
        ),
    )
    v["photo_file"] = (
        PhiType.PHOTO,
        rng.choice(
            [
                f"IMG_{_digits(rng, 4)}.JPG",
                f"DSC{_digits(rng, 5)}.jpg",
                f"face_frontal_{_digits(rng, 6)}.png",
                f"{la}_{fa[0]}_face_AP.jpg",
                f"PXL_{_digits(rng, 8)}_{_digits(rng, 6)}.jpg",
            ]
        ),
    )
    v["photo_id"] = (
        PhiType.PHOTO,
        rng.choice(
            [f"CP-{_digits(rng, 5)}", f"PHOTO-{_digits(rng, 2)}-{_digits(rng, 4)}-F", f"MI{_digits(rng, 7)}"]
        ),
    )
    yy = dos.year % 100
    v["specimen"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"S{yy}-{_digits(rng, 5)}",
                f"SP-{yy}-{_digits(rng, 6)}",
                f"{yy}SP{_digits(rng, 5)}",
                f"FS{yy}-{_digits(rng, 4)}",
            ]
        ),
    )
    v["specimen2"] = (PhiType.OTHER_ID, f"S{yy}-{_digits(rng, 5)}-{rng.choice('ABCD')}")
    v["mm_case"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [f"MM-{dos.year}-{_digits(rng, 3)}", f"QI{_digits(rng, 6)}", f"{yy}-MMC-{_digits(rng, 4)}"]
        ),
    )
    v["nhsn"] = (PhiType.OTHER_ID, rng.choice([_digits(rng, 8), f"EV{_digits(rng, 7)}"]))
    v["police"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [f"{yy}-{_digits(rng, 6)}", f"RPT{_digits(rng, 7)}", f"{_letters(rng, 2)}{yy}{_digits(rng, 5)}"]
        ),
    )
    v["trauma_reg"] = (
        PhiType.OTHER_ID,
        rng.choice([f"TR-{yy}-{_digits(rng, 5)}", f"{dos.year}{_digits(rng, 5)}"]),
    )
    v["study_id"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"HRN-{_digits(rng, 4)}",
                f"BARI-{_digits(rng, 3)}-{_letters(rng, 2)}",
                f"{_letters(rng, 3)}{_digits(rng, 4)}",
            ]
        ),
    )
    v["prior_auth"] = (
        PhiType.OTHER_ID,
        rng.choice(
            [
                f"PA{_digits(rng, 8)}",
                f"{_digits(rng, 3)}-{_digits(rng, 6)}-{_letters(rng, 1)}",
                f"AUTH#{_digits(rng, 7)}",
            ]
        ),
    )
    v["rx_no"] = (
        PhiType.OTHER_ID,
        rng.choice([_digits(rng, 7), f"RX-{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}"]),
    )
    v["emp_id"] = (
        PhiType.OTHER_ID,
        rng.choice([f"E{_digits(rng, 6)}", f"{_digits(rng, 5)}", f"EMP-{_digits(rng, 5)}"]),
    )
    v["registry_id"] = (
        PhiType.OTHER_ID,
        rng.choice([f"AJRR-{_digits(rng, 8)}", f"R{_digits(rng, 9)}", f"VQI{_digits(rng, 6)}"]),
    )
    v["burn_reg"] = (PhiType.OTHER_ID, f"BR{yy}-{_digits(rng, 4)}")
    return v


# --- look-alikes -----------------------------------------------------------------------------------

PROC = {  # procedure | its CPT code
    "gen": [
        "laparoscopic cholecystectomy|47562",
        "exploratory laparotomy with small bowel resection|44120",
        "laparoscopic appendectomy|44970",
        "open cholecystectomy|47600",
        "diagnostic laparoscopy, lysis of adhesions|44180",
        "incision and drainage of perirectal abscess|46040",
    ],
    "crs": [
        "low anterior resection with diverting loop ileostomy|44146",
        "Hartmann's procedure|44143",
        "loop ileostomy takedown|44620",
        "laparoscopic right hemicolectomy|44205",
        "abdominoperineal resection|45110",
        "robotic sigmoid colectomy|44204",
    ],
    "spine": [
        "L4-L5 laminectomy and posterolateral fusion|22612",
        "C5-C6 ACDF|22551",
        "L5-S1 microdiscectomy|63030",
        "T11-L2 posterior instrumentation|22842",
        "right frontal craniotomy for tumor|61510",
        "VP shunt revision|62230",
    ],
    "vasc": [
        "right femoral-popliteal bypass with reversed GSV|35656",
        "EVAR|34705",
        "left carotid endarterectomy with patch|35301",
        "below-knee amputation|27880",
        "AV fistula creation, left radiocephalic|36821",
        "aortobifemoral bypass|35646",
    ],
    "breast": [
        "left lumpectomy with sentinel lymph node biopsy|19301",
        "right simple mastectomy|19303",
        "bilateral skin-sparing mastectomy with tissue expanders|19357",
        "excisional biopsy, wire-localized|19125",
    ],
    "endo": [
        "total thyroidectomy|60240",
        "left thyroid lobectomy|60220",
        "focused parathyroidectomy|60500",
        "laparoscopic left adrenalectomy|60650",
    ],
    "hernia": [
        "robotic TAPP inguinal hernia repair|49650",
        "open Lichtenstein inguinal hernia repair|49505",
        "laparoscopic ventral hernia repair with mesh|49593",
        "umbilical hernia repair, primary|49591",
    ],
    "bari": [
        "laparoscopic sleeve gastrectomy|43775",
        "Roux-en-Y gastric bypass|43644",
        "band removal and conversion to sleeve|43659",
    ],
    "peds": [
        "laparoscopic pyloromyotomy|43520",
        "laparoscopic appendectomy|44970",
        "open inguinal herniotomy|49500",
        "orchiopexy|54640",
        "umbilical hernia repair|49580",
        "excision of thyroglossal duct cyst (Sistrunk)|60280",
    ],
    "burn": [
        "excision and split-thickness skin grafting|15100",
        "tangential excision, allograft placement|15002",
        "escharotomy of left forearm|16035",
        "autograft to bilateral hands|15120",
    ],
}
EPONYMS = [
    "Calot's triangle",
    "Kocher maneuver",
    "Pfannenstiel incision",
    "McBurney's point",
    "Murphy's sign",
    "Trendelenburg position",
    "Hasson technique",
    "Seldinger technique",
    "Lichtenstein repair",
    "Nissen fundoplication",
    "Whipple procedure",
    "Graves' disease",
    "Hashimoto thyroiditis",
    "Parkland formula",
    "Lund-Browder chart",
    "Glasgow Coma Scale",
    "Crohn disease",
    "Hirschsprung disease",
    "Cushing syndrome",
    "Kerr incision",
    "Allen test",
    "Virchow triad",
    "Meckel diverticulum",
]
BRANDS = [
    "LigaSure",
    "Endo GIA 60 mm purple reload",
    "Harmonic scalpel",
    "V.A.C. Ultra",
    "Prevena",
    "Tisseel",
    "Surgicel",
    "Arista",
    "Floseal",
    "DermaBond",
    "Prolene",
    "Vicryl",
    "PDS II",
    "Monocryl",
    "Ethibond",
    "V-Loc 90",
    "Stratafix",
    "Jackson-Pratt",
    "Blake drain",
    "Penrose drain",
    "Foley catheter",
    "Bovie",
    "ProGrip mesh",
    "Bard 3DMax",
    "Ventralex ST",
    "Strattice",
    "Integra",
    "Mepilex Ag",
    "Acticoat",
]
ROLES = [
    "the attending",
    "the chief resident",
    "the PGY-2",
    "anesthesia",
    "the circulating RN",
    "the scrub tech",
    "the on-call surgeon",
    "the fellow",
    "the WOC nurse",
    "the intern",
    "pharmacy",
    "the hospitalist",
    "the charge nurse",
    "case management",
    "the trauma team",
    "the burn team",
    "IR",
]
ORGS = [
    "American College of Surgeons",
    "NSQIP",
    "the Joint Commission",
    "CMS",
    "NHSN",
    "Medtronic",
    "Ethicon",
    "Stryker",
    "Gore",
    "Cook Medical",
    "Bard",
    "Smith+Nephew",
    "3M KCI",
    "DePuy Synthes",
    "Blue Cross",
    "Aetna",
    "UnitedHealthcare",
    "Medicaid",
    "Medicare",
    "the tumor board",
    "Surgical Quality Committee",
]
ABX = [
    "cefazolin 2 g IV",
    "cefazolin 3 g IV",
    "cefoxitin 2 g IV",
    "ertapenem 1 g IV",
    "vancomycin 15 mg/kg IV",
    "clindamycin 900 mg IV",
    "piperacillin-tazobactam 4.5 g IV q6h",
    "ceftriaxone 2 g IV + metronidazole 500 mg",
]
ANALG = [
    "oxycodone 5 mg PO q4h PRN",
    "acetaminophen 1,000 mg PO q8h",
    "ibuprofen 600 mg PO q6h",
    "hydromorphone 0.2 mg IV q2h PRN",
    "ketorolac 15 mg IV q6h x 48 h",
    "gabapentin 300 mg PO TID",
    "tramadol 50 mg PO q6h PRN",
]
DVT = [
    "enoxaparin 40 mg SC daily",
    "heparin 5,000 units SC q8h",
    "enoxaparin 30 mg SC q12h",
    "SCDs only",
    "apixaban 2.5 mg PO BID x 28 days",
]
CPT = [
    "47562",
    "44970",
    "49650",
    "49505",
    "44204",
    "44145",
    "44160",
    "19301",
    "19302",
    "38525",
    "60240",
    "60500",
    "43775",
    "43644",
    "22633",
    "63047",
    "35656",
    "34802",
    "35301",
    "15100",
    "15004",
    "97606",
    "97605",
    "44310",
    "44620",
    "49591",
    "49593",
    "27245",
    "11043",
    "43659",
    "20680",
    "19357",
]
ICD = [
    "K80.20",
    "K35.80",
    "K40.90",
    "K43.2",
    "C18.2",
    "C20",
    "C50.412",
    "E05.00",
    "E21.0",
    "E66.01",
    "M48.062",
    "I70.222",
    "I65.22",
    "T31.21",
    "T20.23XA",
    "L89.154",
    "T81.41XA",
    "K57.32",
    "K56.609",
    "S36.116A",
    "S22.41XA",
    "K91.89",
    "Z93.2",
    "Z68.41",
    "D34",
    "T81.31XA",
]
HCPCS = ["C1781", "C1713", "C1889", "A6550", "E2402", "C1776", "Q4102", "J1885", "J0690"]
NDC = ["0409-4888-02", "63323-262-01", "0143-9924-90", "25021-101-10", "0338-0049-04", "70860-206-10"]
LOINC = ["2160-0", "718-7", "6690-2", "2823-3", "2524-7", "3016-3", "2731-8", "17861-6", "600-7"]
SNOMED = ["38102005", "80146002", "44946007", "174041007", "35646002", "173171007", "25744000"]
DRG = ["329", "330", "331", "621", "460", "419", "582", "927", "853", "480"]
REV = ["0360", "0278", "0710", "0370", "0272", "0320"]
WCLASS = [
    "Class I (clean)",
    "Class II (clean-contaminated)",
    "Class III (contaminated)",
    "Class IV (dirty-infected)",
]
SUTURE = [
    "3-0 Vicryl",
    "4-0 Monocryl subcuticular",
    "2-0 PDS",
    "0 looped PDS",
    "3-0 silk",
    "5-0 Prolene",
    "6-0 Prolene",
    "2-0 Vicryl SH",
    "0 Vicryl CT-1",
    "4-0 nylon",
    "3-0 chromic",
    "#1 Maxon",
]
MESH = [
    "15 x 15 cm polypropylene mesh",
    "10 x 15 cm ProGrip",
    "30 x 30 cm coated mesh",
    "6 x 11 cm Bard 3DMax",
    "4.3 cm Ventralex ST",
    "20 x 25 cm Strattice",
    "7.6 x 15 cm lightweight polypropylene",
]
CLAV = [
    "Clavien-Dindo grade I",
    "Clavien-Dindo II",
    "CD grade IIIa",
    "Clavien-Dindo IIIb",
    "CD IVa",
    "Clavien-Dindo grade V",
    "Clavien-Dindo grade II",
]
DRAIN_TYPE = ["JP", "Blake", "JP #1", "Hemovac", "pelvic drain", "subfascial drain"]
CHAR = ["serosanguinous", "serous", "sanguineous", "thin bilious", "purulent", "straw-colored", "chylous"]
ASA = ["ASA I", "ASA II", "ASA III", "ASA IV", "ASA 3E", "ASA II E", "ASA 4"]
IMPLANT_MODEL = [
    "model 8637-40",
    "REF 2450-CP-VG",
    "Cat. No. 48590412",
    "REF CP38S-3",
    "model C-90",
    "REF 0116311",
    "REF BHS-SHUNT-120",
    "model DR-14",
    "REF 6540-S-13",
]
UNITS = ["SICU", "TICU", "4 West", "burn ICU", "PACU bay", "6 North", "step-down", "5B surgical"]
FORMS = [
    "Form SUR-114",
    "Form 22-07",
    "CON-3",
    "NHSN 57.120",
    "Form PS-12",
    "QI-4",
    "OR-9A",
    "Form 1450",
    "HIM-221",
]
POLICY = ["Policy NS-204.3", "policy SUR-17", "SOP 8.2.1", "policy IC-44", "protocol TR-3.1"]


def _lot(rng: random.Random) -> str:
    return rng.choice(
        [
            f"Lot {_letters(rng, 3)}{_digits(rng, 3)}",
            f"lot {_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 4)}",
            f"LOT: {_letters(rng, 2)}{_digits(rng, 5)}",
            f"Lot# {_digits(rng, 6)}",
        ]
    )


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler: doses, vitals, labs, scores, codes, stock lots, years, ages <= 89."""
    f: dict[str, Value] = {}

    def put(key: str, text: str) -> None:
        f[key] = (None, text)

    for k, opts in PROC.items():
        name, code = rng.choice(opts).split("|")
        put(f"proc_{k}", name)
        put(f"cpt_{k}", code)
    put("age", str(rng.randint(19, 89)))
    put("age2", str(rng.randint(30, 89)))
    put("age_child", str(rng.randint(1, 15)))
    put("months_old", str(rng.randint(2, 11)))
    put("asa", rng.choice(ASA))
    put("clav", rng.choice(CLAV))
    put("ebl", f"{rng.choice([5, 10, 20, 25, 50, 75, 100, 150, 200, 250, 400, 600, 1200])} mL")
    put("uop", f"{rng.randint(150, 1400)} mL")
    put("ivf", f"{rng.choice([500, 800, 1000, 1200, 1500, 2000, 2500, 3100])} mL LR")
    put("drain1", f"{rng.choice(DRAIN_TYPE)}: {rng.randint(5, 320)} mL {rng.choice(CHAR)}")
    put("drain2", f"{rng.choice(DRAIN_TYPE)}: {rng.randint(0, 180)} mL {rng.choice(CHAR)}")
    put("drain_ml", str(rng.randint(5, 400)))
    put("drain_ml2", str(rng.randint(0, 250)))
    put("suture", rng.choice(SUTURE))
    put("suture2", rng.choice(SUTURE))
    put("mesh", rng.choice(MESH))
    put("stock_lot", _lot(rng))
    put("stock_lot2", _lot(rng))
    put("model", rng.choice(IMPLANT_MODEL))
    for k in ("cpt", "cpt2", "cpt3"):
        put(k, rng.choice(CPT))
    put("icd", rng.choice(ICD))
    put("icd2", rng.choice(ICD))
    put("hcpcs", rng.choice(HCPCS))
    put("ndc", rng.choice(NDC))
    put("loinc", rng.choice(LOINC))
    put("snomed", rng.choice(SNOMED))
    put("drg", rng.choice(DRG))
    put("rev", rng.choice(REV))
    put("wclass", rng.choice(WCLASS))
    put("tbsa", f"{rng.randint(2, 62)}%")
    put("tbsa_ft", f"{rng.randint(1, 30)}%")
    put("bmi", f"{rng.uniform(18.5, 58.0):.1f}")
    put("bmi2", f"{rng.uniform(24.0, 45.0):.1f}")
    put("bmi_pre", f"{rng.uniform(45.5, 62.0):.1f}")
    put("wt", f"{rng.uniform(48, 168):.1f} kg")
    put("wt_lb", f"{rng.randint(105, 390)} lb")
    put("ewl", f"{rng.randint(12, 78)}%")
    put("hr", str(rng.randint(52, 128)))
    put("bp", f"{rng.randint(92, 178)}/{rng.randint(48, 102)}")
    put("temp", f"{rng.uniform(36.1, 39.4):.1f}")
    put("tempf", f"{rng.uniform(97.0, 102.9):.1f}")
    put("spo2", f"{rng.randint(89, 100)}%")
    put("rr", str(rng.randint(12, 30)))
    put("gcs", str(rng.randint(3, 15)))
    put("wbc", f"{rng.uniform(3.1, 24.8):.1f}")
    put("hgb", f"{rng.uniform(6.8, 15.9):.1f}")
    put("plt", str(rng.randint(88, 540)))
    put("cr", f"{rng.uniform(0.5, 3.4):.2f}")
    put("lac", f"{rng.uniform(0.6, 7.9):.1f}")
    put("inr", f"{rng.uniform(0.9, 2.6):.1f}")
    put("k", f"{rng.uniform(3.0, 5.6):.1f}")
    put("na", str(rng.randint(128, 147)))
    put("glu", str(rng.randint(72, 312)))
    put("alb", f"{rng.uniform(1.8, 4.6):.1f}")
    put("tsh", f"{rng.uniform(0.01, 6.5):.2f}")
    put("pth", str(rng.randint(18, 420)))
    put("ca", f"{rng.uniform(7.6, 11.9):.1f}")
    put("cea", f"{rng.uniform(0.8, 48.0):.1f}")
    put("a1c", f"{rng.uniform(5.1, 10.9):.1f}%")
    put("hct", str(rng.randint(21, 47)))
    for k in ("time1", "time2", "time3", "time4"):
        put(k, f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}")
    put("clock", f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(['AM', 'PM', 'am', 'pm'])}")
    put("clock2", f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
    put("year", str(rng.randint(1978, 2023)))
    put("year2", str(rng.randint(2005, 2023)))
    put("room", str(rng.choice([rng.randint(100, 999), rng.randint(1000, 6999)])))
    put("bed", rng.choice(["A", "B", "1", "2", "12", "04"]))
    put("unit_ward", rng.choice(UNITS))
    put("money", f"${rng.randint(20, 9800):,}.{rng.randint(0, 99):02d}")
    put("money2", f"${rng.randint(1000, 65000):,}")
    put("form", rng.choice(FORMS))
    put("form_ver", f"v{rng.randint(1, 9)}.{rng.randint(0, 9)}")
    put("policy", rng.choice(POLICY))
    put("pod", str(rng.randint(1, 14)))
    put("hd", str(rng.randint(2, 30)))
    put("los", str(rng.randint(1, 21)))
    put("brand", rng.choice(BRANDS))
    put("hemostat", rng.choice(["Surgicel", "Arista", "Floseal", "LigaSure", "Harmonic scalpel", "Tisseel"]))
    put("tacker", rng.choice(["AbsorbaTack", "ProTack", "SorbaFix", "Securestrap"]))
    put("sealant", rng.choice(["Tisseel", "Evicel", "Artiss"]))
    for k in ("dressing", "dressing2"):
        put(
            k,
            rng.choice(["Mepilex Ag", "Acticoat", "Xeroform", "Aquacel Ag", "Mepitel", "bacitracin/Adaptic"]),
        )
    put("brand2", rng.choice(BRANDS))
    put("eponym", rng.choice(EPONYMS))
    put("eponym2", rng.choice(EPONYMS))
    put("role", rng.choice(ROLES))
    put("role2", rng.choice(ROLES))
    put("org", rng.choice(ORGS))
    put(
        "payer",
        rng.choice(
            [
                "Blue Cross",
                "Aetna",
                "UnitedHealthcare",
                "Cigna",
                "Humana Gold",
                "Medicaid managed care",
                "Anthem BCBS",
                "Tricare",
            ]
        ),
    )
    put(
        "vendor",
        rng.choice(["Medtronic", "Ethicon", "Stryker", "Gore", "Cook Medical", "Bard", "DePuy Synthes"]),
    )
    put("service", rng.choice(["General Surgery", "Acute Care Surgery", "Vascular", "Colorectal", "Trauma"]))
    put("abx", rng.choice(ABX))
    put("analg", rng.choice(ANALG))
    put("analg2", rng.choice(ANALG))
    put("dvt", rng.choice(DVT))
    put("pain", str(rng.randint(0, 10)))
    put("stoma", f"{rng.randint(22, 45)} mm")
    put("ostomy_out", f"{rng.randint(150, 1800)} mL")
    put("vac_p", f"-{rng.choice([75, 100, 125, 150])} mmHg")
    put("foam", rng.choice(["black granufoam", "white foam", "silver granufoam", "black foam x2 pieces"]))
    put("graft_ratio", rng.choice(["1:1", "1.5:1 meshed", "2:1 meshed", "3:1 meshed", "sheet, unmeshed"]))
    put("derm", rng.choice(["0.010 in", "0.012 in", "0.008 in", "12/1000 inch", "0.015 inch"]))
    put("take", f"{rng.randint(60, 100)}%")
    put("abi", f"{rng.uniform(0.3, 1.2):.2f}")
    put("gauge", rng.choice(["18G", "20G", "16G", "14G"]))
    put("or_room", rng.choice(["OR 4", "OR 12", "Room 7", "OR 21", "hybrid OR 2"]))
    put("los_min", str(rng.randint(28, 420)))
    put("fr", rng.choice(["10 Fr", "15 Fr", "19 Fr", "7 mm flat"]))
    put("ml", str(rng.randint(50, 900)))
    put("ml2", str(rng.randint(0, 600)))
    put("pct", f"{rng.randint(1, 99)}%")
    put("pct_small", f"{rng.uniform(0.5, 14.9):.1f}%")
    for k in ("pct2", "pct3", "pct4", "pct5"):
        put(k, f"{rng.randint(1, 99)}%")
    put("nnt", str(rng.randint(2, 40)))
    put("size_cm", f"{rng.uniform(0.4, 9.5):.1f} cm")
    put("size_cm2", f"{rng.uniform(0.4, 6.5):.1f} x {rng.uniform(0.4, 6.5):.1f} cm")
    put("caprini", str(rng.randint(1, 12)))
    put("mallampati", rng.choice(["I", "II", "III", "IV"]))
    put("ecog", str(rng.randint(0, 3)))
    put("tnm", rng.choice(["pT2N0", "pT3N1a", "ypT1cN0", "pT1bN0(sn)", "pT4aN2b", "pT2N1mi"]))
    put("nodes", f"{rng.randint(0, 4)}/{rng.randint(12, 31)}")
    put("margin", f"{rng.randint(1, 25)} mm")
    put("ki67", f"{rng.randint(3, 60)}%")
    put("mets", rng.choice(["0", "3", "4", "6"]))
    return f
