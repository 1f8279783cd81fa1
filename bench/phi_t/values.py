"""Values for planted set T (spoken and transcribed care): one invented identity per note, and look-alike filler.

Everything is drawn from the ``rng`` passed in (never the global ``random``). Identifiers come in the forms
people say them on a phone line or a dictation: written the ordinary way most of the time, and in a
minority of templates read digit by digit, spelled letter by letter, or corrected mid-sentence.
"""

from __future__ import annotations

import random
import string

from mediflow.quality.phi_types import PhiType

T = PhiType

# --- word lists ---------------------------------------------------------------------------------------

FIRST = (
    "Maria",
    "Ana",
    "José",
    "Guadalupe",
    "Thi Lan",
    "Minh",
    "Quoc",
    "Ngoc Anh",
    "Jean-Baptiste",
    "Marie-Claude",
    "Wislande",
    "Fabienne",
    "Jocelyn",
    "Youssef",
    "Fatima",
    "Layla",
    "Omar",
    "Khadija",
    "Hassan",
    "Noura",
    "Aleksandra",
    "Piotr",
    "Dmitri",
    "Svetlana",
    "Oksana",
    "Bogdan",
    "Siobhan",
    "Declan",
    "Aoife",
    "Eamon",
    "Kwame",
    "Ama",
    "Chidi",
    "Ngozi",
    "Oluwaseun",
    "Abebe",
    "Tigist",
    "Priya",
    "Arjun",
    "Sanjay",
    "Lakshmi",
    "Mei",
    "Wei",
    "Hiroshi",
    "Yuki",
    "Min-jun",
    "Seo-yeon",
    "Tupac",
    "Kalani",
    "Keanu",
    "Ayasha",
    "Dakota",
    "Hunter",
    "Rose",
    "Hope",
    "Faith",
    "Summer",
    "River",
    "Sterling",
    "Dallas",
    "Brooklyn",
    "Georgia",
    "Bill",
    "Peggy",
    "Bobby",
    "Trish",
    "Tony",
    "Dot",
    "Hank",
    "Lou",
    "Ellie",
    "Moe",
    "Ximena",
    "Itzel",
    "Bartholomew",
    "Gwendolyn",
    "Ezekiel",
    "Marguerite",
    "Rahel",
    "Tenzin",
    "Anh",
    "Dariush",
    "Shirin",
)
LAST = (
    "Kowalczyk",
    "Nguyen",
    "Tran",
    "Pham",
    "Le Van",
    "Ruiz",
    "de la Cruz",
    "De León",
    "del Rosario",
    "Villanueva",
    "O'Connor",
    "O'Malley",
    "McAllister",
    "D'Angelo",
    "N'Diaye",
    "Joseph",
    "Pierre-Louis",
    "Jean-Charles",
    "Saint-Fleur",
    "Dorvil",
    "Al-Hashimi",
    "El-Sayed",
    "Haddad",
    "Abu Bakr",
    "Mansour",
    "van der Berg",
    "van Houten",
    "Vanderhoof",
    "von Stade",
    "Okafor",
    "Adeyemi",
    "Mensah",
    "Tesfaye",
    "Bekele",
    "Patel",
    "Raghunathan",
    "Iyer",
    "Chen",
    "Wong",
    "Takahashi",
    "Park",
    "Kim",
    "Yazzie",
    "Begay",
    "Kealoha",
    "Smith-Oyelaran",
    "Garcia-Mendez",
    "Lindqvist",
    "Haugen",
    "Brook",
    "Winter",
    "Lake",
    "Hill",
    "Rivers",
    "Paris",
    "Florence",
    "Mercer",
    "Hunter",
    "Baker",
    "Cooper",
    "Young",
    "Sterling",
    "Worth",
    "Bird",
    "Frost",
    "Stone",
    "Castillo",
    "Mendoza",
    "Quispe",
    "Huamán",
    "Szabó",
    "Nowak",
    "Horvat",
    "Petrov",
    "Ivanova",
    "MacLeod",
    "Fitzgerald",
    "Dubois",
    "Lefebvre",
    "St. Clair",
    "LaRue",
    "Ben-David",
    "Goldberg",
    "Shapiro",
)
MIDDLE = "ABCDEFGHJKLMNPRSTW"
CITIES = (
    "Millbrook",
    "Cedar Falls",
    "Port Ellery",
    "Ashby",
    "Fair Haven",
    "Lakewood",
    "Sumner",
    "Dalton",
    "Hollis",
    "Bexley",
    "Kittery",
    "Marlow",
    "Orland",
    "Pella",
    "Quincy",
    "Sparta",
    "Tulare",
    "Vidalia",
    "Warsaw",
    "Yreka",
    "Eureka",
    "Chester",
    "Marion",
    "Liberty",
    "Hope Mills",
    "Bristol Springs",
    "New Carthage",
    "Oakhurst",
    "Granite Bay",
    "Saint Albans",
    "Bay Minette",
    "Little Haiti",
    "Fall River",
    "Lowell",
    "Garden Grove",
    "Westminster",
    "Dearborn",
    "Hamtramck",
    "Paterson",
    "Lawrence",
    "Holyoke",
    "Elmhurst",
)
NEIGHBOURHOODS = (
    "Little Saigon",
    "East Flatbush",
    "Pilsen",
    "Southwest Detroit",
    "the Ironbound",
    "Dorchester",
    "Mattapan",
    "Boyle Heights",
    "Chinatown-International District",
    "Fruitvale",
    "Overtown",
    "Riverside Heights",
)
COUNTIES = (
    "Marlow",
    "Ashby",
    "Tulare",
    "Hollis",
    "Kent",
    "Warren",
    "Jasper",
    "Pike",
    "Ottawa",
    "Essex",
    "Bristol",
    "Hampden",
    "Wayne",
    "Orange",
    "Passaic",
    "Miami-Dade",
    "King",
    "Alameda",
)
STREETS = (
    "Alder",
    "Magnolia",
    "Kessler",
    "Bayview",
    "Quarry",
    "Lafayette",
    "Pulaski",
    "Tran Hung Dao",
    "Cesar Chavez",
    "Toussaint",
    "Orchard Hill",
    "Mill Pond",
    "Dearborn",
    "Warren",
    "Cedar",
    "Juniper",
    "Eastern Parkway",
    "Route 9",
    "County Road 14",
    "Old Mill",
    "Sycamore",
    "Wren",
    "Beacon",
    "Harbor View",
)
SUFFIX = (
    "St",
    "Street",
    "Ave",
    "Avenue",
    "Rd",
    "Road",
    "Blvd",
    "Dr",
    "Drive",
    "Ln",
    "Lane",
    "Ct",
    "Way",
    "Pl",
)
DIRS = ("", "", "", "N. ", "S. ", "E. ", "W. ", "North ", "SW ")
FACILITY = (
    "{c} Regional Medical Center",
    "{c} Community Hospital",
    "{c} General",
    "St. Brigid's Hospital of {c}",
    "{c} Family Health Center",
    "Mercy {c}",
    "{c} Memorial",
    "{c} Urgent Care",
)
STATES = ("MA", "NJ", "MI", "CA", "FL", "NY", "TX", "IL", "WA", "GA", "Massachusetts", "New Jersey", "Ohio")
DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "mail.example.com",
    "clinic.example.org",
    "family.test",
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
ONES = (
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
)
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ORD = (
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
)
NATO = dict(
    A="Alpha",
    B="Bravo",
    C="Charlie",
    D="Delta",
    E="Echo",
    F="Foxtrot",
    G="Golf",
    H="Hotel",
    J="Juliet",
    K="Kilo",
    L="Lima",
    M="Mike",
    N="November",
    P="Papa",
    R="Romeo",
    S="Sierra",
    T="Tango",
    U="Uniform",
    V="Victor",
    W="Whiskey",
    X="X-ray",
    Y="Yankee",
    Z="Zulu",
    I="India",
    O="Oscar",
    Q="Quebec",
)
ES_MONTHS = (
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
FR_MONTHS = (
    "janvye",
    "fevriye",
    "mas",
    "avril",
    "me",
    "jen",
    "jiyè",
    "out",
    "septanm",
    "oktòb",
    "novanm",
    "desanm",
)


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    t, o = divmod(n, 10)
    return TENS[t] + ("-" + ONES[o] if o else "")


def say_num(n: int) -> str:
    if n < 100:
        return words(n)
    if n == 100:
        return "one hundred"
    return "one " + ("oh " + ONES[n - 100] if n < 110 else words(n - 100))


def year_words(y: int, rng: random.Random) -> str:
    hi, lo = divmod(y, 100)
    if y >= 2000 and (lo < 10 or rng.random() < 0.4):
        return "two thousand" + (" " + words(lo) if lo else "") if lo < 10 else "twenty " + words(lo)
    if lo == 0:
        return words(hi) + " hundred"
    return words(hi) + " " + ("oh " + ONES[lo] if lo < 10 else words(lo))


def say_digits(s: str, rng: random.Random, nato: bool = False) -> str:
    zero = rng.choice(("zero", "oh", "zero"))
    sep = rng.choice((" ", " ", "-", ", "))
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == "0" else ONES[int(ch)])
        elif ch.isalpha():
            out.append(NATO[ch.upper()] if nato else ch.upper())
    return sep.join(out)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def swap_pair(s: str, rng: random.Random) -> tuple[str, int]:
    idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit() and s[i] != s[i + 1]]
    if not idx:
        idx = [i for i in range(len(s) - 1) if s[i].isdigit() and s[i + 1].isdigit()] or [0]
    i = rng.choice(idx)
    return s[:i] + s[i + 1] + s[i] + s[i + 2 :], i


# --- dates -----------------------------------------------------------------------------------------


def ymd(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(d: tuple[int, int, int], rng: random.Random, style: str | None = None) -> str:
    y, m, dd = d
    style = style or rng.choice(
        ("us", "us", "us2", "iso", "dmy", "long", "short", "dots", "dash", "caps", "mon")
    )
    return {
        "us": f"{m:02d}/{dd:02d}/{y}",
        "us2": f"{m}/{dd}/{y % 100:02d}",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "dmy": f"{dd} {MONTHS[m - 1][:3]} {y}",
        "long": f"{MONTHS[m - 1]} {dd}, {y}",
        "short": f"{MONTHS[m - 1][:3]} {dd}",
        "dots": f"{dd:02d}.{m:02d}.{y}",
        "dash": f"{m:02d}-{dd:02d}-{y}",
        "caps": f"{dd:02d}{MONTHS[m - 1][:3].upper()}{y}",
        "mon": f"{MONTHS[m - 1][:3]}. {dd} {y}",
        "md": f"{m}/{dd}",
    }[style]


def say_date(d: tuple[int, int, int], rng: random.Random, with_year: bool = True) -> str:
    y, m, dd = d
    k = rng.randrange(4)
    yw = year_words(y, rng)
    if k == 0:
        s = f"{MONTHS[m - 1]} {ORD[dd]}" + (f" {yw}" if with_year else "")
    elif k == 1:
        s = f"the {ORD[dd]} of {MONTHS[m - 1]}" + (f" {yw}" if with_year else "")
    elif k == 2:
        s = f"{MONTHS[m - 1].lower()} {words(dd)}" + (f" {yw}" if with_year else "")
    else:
        mm = ("oh " + ONES[m]) if m < 10 else words(m)
        ds = ("oh " + ONES[dd]) if dd < 10 else words(dd)
        s = f"{mm} {ds}" + (f" {yw}" if with_year else "")
    return s


def datetime_str(d: tuple[int, int, int], rng: random.Random) -> str:
    y, m, dd = d
    h, mi = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        (
            f"{m:02d}/{dd:02d}/{y} {h:02d}:{mi:02d}",
            f"{y}-{m:02d}-{dd:02d}T{h:02d}:{mi:02d}:{rng.randint(0, 59):02d}",
            f"{m}/{dd}/{y % 100:02d} {(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
            f"{dd:02d}-{MONTHS[m - 1][:3].upper()}-{y} {h:02d}{mi:02d}",
        )
    )


# --- identity --------------------------------------------------------------------------------------


def person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(MIDDLE)


def phone_fmt(area: str, line: str, rng: random.Random) -> str:
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area}555{line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"{area} 555 {line}",
        )
    )


def say_phone(area: str, line: str, rng: random.Random) -> str:
    zero = rng.choice(("zero", "oh"))
    f = lambda s: " ".join(zero if c == "0" else ONES[int(c)] for c in s)  # noqa: E731
    sep = rng.choice((", ", " ... ", " - ", ", "))
    return f"{f(area)}{sep}{rng.choice(('five five five', 'triple five', 'five five five'))}{sep}{f(line)}"


def vin(rng: random.Random) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return rng.choice("1245JKW3") + "".join(rng.choice(pool) for _ in range(10)) + digits(rng, 6)


def mbi(rng: random.Random) -> str:
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + string.digits
    s = (
        str(rng.randint(1, 9))
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(a)
        + rng.choice(an)
        + rng.choice(string.digits)
        + rng.choice(a)
        + rng.choice(a)
        + digits(rng, 2)
    )
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def identifiers(rng: random.Random) -> dict[str, tuple[PhiType | None, str]]:
    v: dict[str, tuple[PhiType | None, str]] = {}
    f, last, mi = person(rng)
    v["pt_first"] = (T.NAME, f)
    v["pt_last"] = (T.NAME, last)
    v["pt_full"] = (T.NAME, rng.choice((f"{f} {last}", f"{f} {last}", f"{f} {mi}. {last}")))
    v["pt_lf"] = (T.NAME, rng.choice((f"{last}, {f}", f"{last}, {f} {mi}.", f"{last.upper()}, {f.upper()}")))
    v["pt_caps"] = (T.NAME, f"{f} {last}".upper())
    v["pt_lower"] = (T.NAME, f"{f} {last}".lower())
    v["pt_spell"] = (T.NAME, rng.choice(("-", " ", ", ")).join(c.upper() for c in last if c.isalpha()))
    v["pt_nick"] = (
        T.NAME,
        rng.choice(
            (
                "Lupita",
                "Bobby",
                "Bà Lan",
                "Manman",
                "Abu Omar",
                "Mimi",
                "Junior",
                "Peggy",
                "Nana",
                "Sonny",
                "Chichi",
                "Tata",
                "Doc",
            )
        ),
    )
    v["pt_init"] = (T.NAME, f"{f[0]}{last[0]}".upper())
    rf, rl, _ = person(rng)
    v["rel_full"] = (T.NAME, f"{rf} {rng.choice((last, rl))}")
    v["rel_first"] = (T.NAME, rf)
    v["rel2_first"] = (T.NAME, rng.choice(FIRST))
    df, dl, dm = person(rng)
    v["dr_full"] = (T.NAME, rng.choice((f"{df} {dl}", f"{df} {dm}. {dl}", f"{df[0]}. {dl}")))
    v["dr_last"] = (T.NAME, dl)
    v["dr_caps"] = (T.NAME, dl.upper())
    d2f, d2l, _ = person(rng)
    v["dr2_full"] = (T.NAME, f"{d2f} {d2l}")
    v["dr2_last"] = (T.NAME, d2l)
    nf, nl, _ = person(rng)
    v["rn_first"] = (T.NAME, nf)
    v["rn_full"] = (T.NAME, f"{nf} {nl}")
    v["rn_short"] = (T.NAME, f"{nf} {nl[0]}")
    v["agent_first"] = (T.NAME, rng.choice(FIRST))
    v["interp_first"] = (T.NAME, rng.choice(FIRST))
    v["staff_full"] = (T.NAME, " ".join(person(rng)[:2]))

    # dates
    visit = ymd(rng, 2022, 2025)
    dob = ymd(rng, 1936, 2019)
    v["dob"] = (T.DATE, fmt_date(dob, rng))
    v["dob_child"] = (
        T.DATE,
        fmt_date((visit[0] - rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28)), rng),
    )
    v["dob_us"] = (T.DATE, fmt_date(dob, rng, rng.choice(("us", "dash", "us2"))))
    v["dob_said"] = (T.DATE, say_date(dob, rng))
    wrong = (dob[0], dob[1], dob[2] + rng.choice((-10, 10, 1, -1)) if 11 < dob[2] < 18 else dob[2] + 1)
    v["dob_said_wrong"] = (T.DATE, say_date(wrong, rng))
    v["visit"] = (T.DATE, fmt_date(visit, rng))
    v["visit_us"] = (T.DATE, fmt_date(visit, rng, rng.choice(("us", "us2", "long"))))
    v["visit_dt"] = (T.DATE, datetime_str(visit, rng))
    v["visit_said"] = (T.DATE, say_date(visit, rng, with_year=rng.random() < 0.5))
    v["visit_md"] = (T.DATE, fmt_date(visit, rng, "md"))
    v["visit_es"] = (T.DATE, f"{visit[2]} de {ES_MONTHS[visit[1] - 1]} de {visit[0]}")
    v["visit_ht"] = (T.DATE, f"{visit[2]} {FR_MONTHS[visit[1] - 1]} {visit[0]}")
    v["visit_es_dob"] = (T.DATE, f"{dob[2]} de {ES_MONTHS[dob[1] - 1]} de {dob[0]}")
    v["visit_vn"] = (T.DATE, f"ngày {visit[2]} tháng {visit[1]} năm {visit[0]}")
    later = (visit[0], visit[1] % 12 + 1, rng.randint(1, 28))
    v["d2"] = (T.DATE, fmt_date(later, rng))
    v["d2_said"] = (T.DATE, say_date(later, rng, with_year=False))
    earlier = (visit[0] - rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28))
    v["d3"] = (T.DATE, fmt_date(earlier, rng))
    v["d3_long"] = (T.DATE, fmt_date(earlier, rng, "long"))
    v["d3_said"] = (T.DATE, say_date(earlier, rng, with_year=False))
    v["visit_long"] = (T.DATE, fmt_date(visit, rng, "long"))
    v["d4"] = (
        T.DATE,
        fmt_date((visit[0], visit[1], rng.randint(1, 28)), rng, rng.choice(("short", "md", "us"))),
    )
    a90 = rng.choice((90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102, 104))
    v["age90"] = (T.AGE, str(a90))
    v["age90_words"] = (
        T.AGE,
        words(a90)
        if a90 < 100
        else rng.choice(("a hundred and one", "one hundred one", "one oh one"))
        if a90 == 101
        else ("one hundred " + words(a90 - 100)),
    )
    v["dob90"] = (T.DATE, fmt_date((visit[0] - a90, rng.randint(1, 12), rng.randint(1, 28)), rng))

    # places
    city = rng.choice(CITIES)
    num = str(rng.randint(2, 9899))
    sname = rng.choice(STREETS)
    st = (
        f"{rng.choice(DIRS)}{sname}"
        if sname[0] in "RC" and sname[-1].isdigit()
        else f"{rng.choice(DIRS)}{sname} {rng.choice(SUFFIX)}"
    )
    v["street"] = (T.LOCATION, f"{num} {st}")
    v["street_said"] = (T.LOCATION, f"{say_digits(num, rng) if rng.random() < 0.5 else words_num(num)} {st}")
    v["apt"] = (
        T.LOCATION,
        rng.choice(("Apt ", "Apt. ", "Unit ", "#", "Apartment ", "Suite "))
        + rng.choice(
            (str(rng.randint(1, 40)) + rng.choice("ABCDEF"), str(rng.randint(100, 1299)), rng.choice("ABCD"))
        ),
    )
    v["city"] = (T.LOCATION, city)
    v["city_caps"] = (T.LOCATION, city.upper())
    v["city2"] = (T.LOCATION, rng.choice(CITIES))
    v["state"] = (None, rng.choice(STATES))
    v["county"] = (T.LOCATION, f"{rng.choice(COUNTIES)} County")
    z = f"{rng.randint(1001, 99950):05d}"
    v["zip"] = (T.LOCATION, z if rng.random() < 0.75 else f"{z}-{digits(rng, 4)}")
    v["zip_said"] = (T.LOCATION, say_digits(z, rng))
    v["hood"] = (T.LOCATION, rng.choice(NEIGHBOURHOODS))
    v["facility"] = (T.LOCATION, rng.choice(FACILITY).format(c=rng.choice(CITIES)))
    v["facility2"] = (T.LOCATION, rng.choice(FACILITY).format(c=rng.choice(CITIES)))

    # phones, fax, email
    area = str(rng.randint(201, 989))
    line = f"01{digits(rng, 2)}"
    v["phone"] = (T.PHONE, phone_fmt(area, line, rng))
    v["phone_said"] = (T.PHONE, say_phone(area, line, rng))
    wline, _ = swap_pair(line, rng)
    v["phone_said_wrong"] = (T.PHONE, say_phone(area, wline, rng))
    v["phone2"] = (T.PHONE, phone_fmt(str(rng.randint(201, 989)), f"01{digits(rng, 2)}", rng))
    v["phone3"] = (T.PHONE, phone_fmt(str(rng.randint(201, 989)), f"01{digits(rng, 2)}", rng))
    farea, fline = str(rng.randint(201, 989)), f"01{digits(rng, 2)}"
    v["fax"] = (T.FAX, phone_fmt(farea, fline, rng))
    v["fax_said"] = (T.FAX, say_phone(farea, fline, rng))
    user = rng.choice(
        (
            f"{f}.{last}",
            f"{f[0]}{last}",
            f"{last}{f[0]}{rng.randint(1, 99)}",
            f"{f}{rng.randint(50, 2005)}",
            f"{f}_{last[:3]}",
        )
    ).lower()
    user = "".join(c for c in user if c.isalnum() or c in "._").replace("..", ".")
    dom = rng.choice(DOMAINS)
    v["email"] = (T.EMAIL, f"{user}@{dom}")
    v["email_said"] = (
        T.EMAIL,
        f"{user.replace('.', ' dot ').replace('_', ' underscore ')} at {dom.replace('.', ' dot ')}",
    )
    v["dr_email"] = (
        T.EMAIL,
        f"{dl.lower().replace(' ', '').replace(chr(39), '')}.{df[0].lower()}@{rng.choice(DOMAINS)}",
    )

    # numbers
    ssn = f"{rng.randint(100, 665)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    v["ssn"] = (
        T.SSN,
        rng.choice(
            (
                f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}",
                f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}",
                ssn,
                f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}",
            )
        ),
    )
    v["ssn4"] = (T.SSN, ssn[5:])
    v["ssn4_said"] = (T.SSN, say_digits(ssn[5:], rng))
    mrn = rng.choice(
        (
            digits(rng, 8),
            "E" + digits(rng, 7),
            digits(rng, 7),
            "00" + digits(rng, 6),
            f"{digits(rng, 3)}-{digits(rng, 4)}",
            "MR" + digits(rng, 6),
        )
    )
    v["mrn"] = (T.MRN, mrn)
    core = mrn.replace("-", "")
    v["mrn_said"] = (T.MRN, say_digits(core, rng))
    wrong_mrn, i = swap_pair(core, rng)
    v["mrn_said_wrong"] = (T.MRN, say_digits(wrong_mrn, rng))
    v["mrn_fix"] = (
        None,
        f"{ONES[int(core[i])]} {ONES[int(core[i + 1])]} not {ONES[int(core[i + 1])]} {ONES[int(core[i])]}",
    )
    v["mrn2"] = (T.MRN, rng.choice(("H", "")) + digits(rng, rng.choice((7, 8, 9))))
    v["member"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                letters(rng, 3) + digits(rng, 9),
                "W" + digits(rng, 9),
                f"{letters(rng, 3)} {digits(rng, 5)} {digits(rng, 4)}",
                f"MBR-{digits(rng, 5)}-{digits(rng, 4)}",
                digits(rng, 11),
                f"{letters(rng, 2)}{digits(rng, 7)}-0{rng.randint(1, 4)}",
            )
        ),
    )
    v["member_said"] = (
        T.HEALTH_PLAN_ID,
        say_digits(letters(rng, 3) + digits(rng, 8), rng, nato=rng.random() < 0.5),
    )
    v["group"] = (
        T.HEALTH_PLAN_ID,
        rng.choice(
            (
                digits(rng, 6),
                f"{digits(rng, 5)}-{digits(rng, 2)}",
                "GRP" + digits(rng, 5),
                letters(rng, 1) + digits(rng, 7),
            )
        ),
    )
    v["mbi"] = (T.HEALTH_PLAN_ID, mbi(rng))
    v["medicaid"] = (
        T.HEALTH_PLAN_ID,
        rng.choice((digits(rng, 10), letters(rng, 2) + digits(rng, 8), digits(rng, 9) + letters(rng, 1))),
    )
    v["acct"] = (
        T.ACCOUNT,
        rng.choice(
            (
                digits(rng, 9),
                f"{digits(rng, 7)}-{digits(rng, 2)}",
                "A" + digits(rng, 8),
                f"PA{digits(rng, 10)}",
                f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            )
        ),
    )
    v["acct_said"] = (T.ACCOUNT, say_digits(v["acct"][1], rng))
    v["fin"] = (
        T.ACCOUNT,
        rng.choice((digits(rng, 10), "V" + digits(rng, 9), f"{digits(rng, 2)}-{digits(rng, 8)}")),
    )
    v["claim"] = (
        T.ACCOUNT,
        rng.choice(
            (
                f"CLM-{visit[0] % 100}-{digits(rng, 7)}",
                digits(rng, 13),
                f"{digits(rng, 4)}{letters(rng, 2)}{digits(rng, 6)}",
            )
        ),
    )
    npi = rng.choice("12") + digits(rng, 9)
    v["npi"] = (T.LICENSE, npi)
    v["npi_said"] = (T.LICENSE, say_digits(npi, rng))
    v["dea"] = (
        T.LICENSE,
        rng.choice("ABFGM") + dl[0].upper().replace("'", "X") + digits(rng, 7)
        if dl[0].isalpha()
        else "B" + letters(rng, 1) + digits(rng, 7),
    )
    dea_raw = v["dea"][1]
    v["dea_said"] = (T.LICENSE, say_digits(dea_raw, rng, nato=True))
    v["dl"] = (
        T.LICENSE,
        rng.choice(
            (
                letters(rng, 1) + digits(rng, 7),
                f"{letters(rng, 1)}{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 4)}",
                digits(rng, 9),
                f"S{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
            )
        ),
    )
    v["lic"] = (
        T.LICENSE,
        rng.choice(
            (
                f"RN{digits(rng, 6)}",
                f"MD.{digits(rng, 6)}",
                f"{digits(rng, 2)}-{digits(rng, 6)}",
                f"EMT-P {digits(rng, 5)}",
                f"G{digits(rng, 5)}",
                f"LPN {digits(rng, 6)}",
            )
        ),
    )
    plate = rng.choice(
        (
            f"{rng.randint(1, 9)}{letters(rng, 3)}{digits(rng, 3)}",
            f"{letters(rng, 3)}-{digits(rng, 4)}",
            f"{letters(rng, 2)} {digits(rng, 2)} {letters(rng, 3)}",
            f"{digits(rng, 3)} {letters(rng, 3)}",
        )
    )
    v["plate"] = (T.VEHICLE_ID, plate)
    v["plate_said"] = (T.VEHICLE_ID, say_digits(plate, rng, nato=True))
    v["vin"] = (T.VEHICLE_ID, vin(rng))
    v["serial"] = (
        T.DEVICE_ID,
        rng.choice(
            (
                f"{letters(rng, 3)}{digits(rng, 6)}",
                f"SN{digits(rng, 9)}",
                f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 3)}",
                f"{letters(rng, 2)}{digits(rng, 2)}{letters(rng, 1)}{digits(rng, 5)}",
            )
        ),
    )
    v["serial_said"] = (
        T.DEVICE_ID,
        say_digits(letters(rng, 2) + digits(rng, 7), rng, nato=rng.random() < 0.5),
    )
    v["udi"] = (T.DEVICE_ID, f"(01){digits(rng, 14)}(21){letters(rng, 2)}{digits(rng, 6)}")
    tok = "".join(rng.choice(string.ascii_lowercase + string.digits) for _ in range(rng.randint(6, 10)))
    v["url"] = (
        T.URL,
        rng.choice(
            (
                f"https://telehealth.example.org/join/{tok}",
                f"https://care.example.com/v/{tok}",
                f"http://portal.example.net/msg?id={tok}",
                f"https://vri.example.test/s/{tok}",
                f"meet.example.org/{dl.lower().replace(' ', '').replace(chr(39), '')}-{tok[:4]}",
            )
        ),
    )
    v["url2"] = (
        T.URL,
        f"https://files.example.com/u/{tok[::-1]}/{rng.choice(('rash', 'wound', 'img', 'upload'))}",
    )
    v["ip"] = (
        T.IP_ADDRESS,
        rng.choice(
            (
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"2001:db8:{rng.randint(1, 65535):x}::{rng.randint(1, 65535):x}",
            )
        ),
    )
    v["ip2"] = (
        T.IP_ADDRESS,
        f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
    )
    v["voiceprint"] = (
        T.BIOMETRIC,
        rng.choice(
            (
                f"VP-{digits(rng, 8)}",
                f"VX{digits(rng, 2)}-{digits(rng, 4)}-{letters(rng, 1)}",
                f"vprint_{digits(rng, 6)}",
                f"VBIO{digits(rng, 7)}",
            )
        ),
    )
    v["fingerprint"] = (
        T.BIOMETRIC,
        rng.choice((f"FP-{digits(rng, 6)}", f"FPT{digits(rng, 8)}", f"palm-{digits(rng, 5)}")),
    )
    v["photo"] = (
        T.PHOTO,
        rng.choice(
            (
                f"IMG_{digits(rng, 4)}.JPG",
                f"face_{digits(rng, 6)}.jpg",
                f"pt_photo_{digits(rng, 7)}.png",
                f"selfie_{digits(rng, 8)}_{digits(rng, 4)}.heic",
                f"PHOTO-{digits(rng, 6)}",
            )
        ),
    )
    v["rx"] = (
        T.OTHER_ID,
        rng.choice((digits(rng, 7), f"RX{digits(rng, 7)}", f"{digits(rng, 3)}-{digits(rng, 5)}")),
    )
    v["rx_said"] = (T.OTHER_ID, say_digits(v["rx"][1], rng))
    v["rx_old_said"] = (T.OTHER_ID, say_digits(digits(rng, 7), rng))
    v["case"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"NL-{visit[0] % 100}-{digits(rng, 6)}",
                f"TC{digits(rng, 8)}",
                f"{digits(rng, 6)}-{letters(rng, 1)}",
                f"CS{digits(rng, 7)}",
            )
        ),
    )
    v["job"] = (
        T.OTHER_ID,
        rng.choice((digits(rng, 7), f"J{digits(rng, 8)}", f"{digits(rng, 4)}-{digits(rng, 4)}")),
    )
    v["dictator_id"] = (
        T.OTHER_ID,
        rng.choice((digits(rng, 5), f"D{digits(rng, 4)}", f"{letters(rng, 2)}{digits(rng, 3)}")),
    )
    v["interp_id"] = (T.OTHER_ID, rng.choice((digits(rng, 5), digits(rng, 6), f"INT-{digits(rng, 4)}")))
    v["accession"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{letters(rng, 1)}{visit[0] % 100}-{digits(rng, 6)}",
                f"CH{digits(rng, 8)}",
                f"{digits(rng, 2)}{letters(rng, 2)}{digits(rng, 7)}",
            )
        ),
    )
    v["accession_said"] = (T.OTHER_ID, say_digits(f"{letters(rng, 1)}{digits(rng, 7)}", rng, nato=True))
    v["pa"] = (
        T.OTHER_ID,
        rng.choice((f"PA{digits(rng, 9)}", f"AUTH-{digits(rng, 6)}", f"{digits(rng, 4)}-{digits(rng, 5)}")),
    )
    v["username"] = (
        T.OTHER_ID,
        rng.choice(
            (
                f"{f[:1].lower()}{last.lower().replace(' ', '').replace(chr(39), '')}{rng.randint(1, 99)}",
                f"{rf.lower()}_{last[:3].lower()}",
                f"user{digits(rng, 6)}",
            )
        ),
    )
    v["docket"] = (T.OTHER_ID, f"{visit[0] % 100}-CV-{digits(rng, 5)}")
    v["emp"] = (T.OTHER_ID, rng.choice((f"E{digits(rng, 6)}", digits(rng, 6), f"EMP-{digits(rng, 5)}")))
    return v


def words_num(num: str) -> str:
    n = int(num)
    if n < 100:
        return words(n)
    if len(num) == 3:
        return (
            f"{ONES[int(num[0])]} {('oh ' + ONES[int(num[2])]) if num[1] == '0' else words(int(num[1:]))}"
            if num[1:] != "00"
            else f"{ONES[int(num[0])]} hundred"
        )
    hi, lo = int(num[:2]), int(num[2:])
    return f"{words(hi)} {('hundred' if lo == 0 else ('oh ' + ONES[lo]) if lo < 10 else words(lo))}"


# --- look-alikes ------------------------------------------------------------------------------------

DRUGS = (
    "metoprolol succinate 50 mg PO daily",
    "lisinopril 20 mg daily",
    "apixaban (Eliquis) 5 mg BID",
    "amoxicillin-clavulanate 875/125 mg BID x 7 days",
    "insulin glargine 22 units qHS",
    "sertraline 100 mg",
    "albuterol HFA 2 puffs q4h PRN",
    "furosemide 40 mg PO BID",
    "levothyroxine 88 mcg",
    "ondansetron 4 mg ODT",
    "acetaminophen 650 mg q6h PRN",
    "prednisone 40 mg x 5 days",
    "Ozempic 0.5 mg weekly",
    "Jardiance 10 mg",
    "warfarin 5 mg (INR goal 2-3)",
    "ceftriaxone 1 g IV q24h",
    "oxycodone 5 mg q6h PRN",
    "methadone 80 mg",
)
DRUGS_SAID = (
    "lisinopril twenty milligrams once a day",
    "metformin five hundred twice daily",
    "Eliquis five BID",
    "albuterol two puffs every four hours as needed",
    "Lasix forty milligrams by mouth",
    "Norco five three twenty-five",
    "insulin lispro six units with meals",
    "amoxicillin eight seventy-five twice a day for ten days",
)
ICD = (
    "I10",
    "E11.65",
    "J45.41",
    "R07.9",
    "N39.0",
    "J06.9",
    "R50.9",
    "O26.893",
    "F32.1",
    "I48.91",
    "Z79.01",
    "K21.9",
    "M54.50",
    "R11.2",
    "J18.9",
    "Z00.129",
)
CPT = (
    "99214",
    "99213",
    "99442",
    "99443",
    "98966",
    "98967",
    "G2012",
    "G2252",
    "99495",
    "99496",
    "T1013",
    "99441",
    "93000",
    "71046",
)
EPONYMS = (
    "Graves' disease",
    "Bell's palsy",
    "Parkinson disease",
    "Crohn's disease",
    "Hashimoto thyroiditis",
    "Down syndrome",
    "Addison disease",
    "Cushing syndrome",
    "Guillain-Barré",
    "Alzheimer dementia",
    "Ménière's disease",
    "Raynaud phenomenon",
    "Kawasaki disease",
    "Osgood-Schlatter",
    "Barrett esophagus",
)
ROLES = (
    "the attending",
    "the on-call hospitalist",
    "triage RN",
    "charge nurse",
    "the covering resident",
    "the scribe",
    "the medical interpreter",
    "the call-centre agent",
    "pharmacist on duty",
    "the PCP",
    "medical control",
    "the transcriptionist",
    "nurse supervisor",
)
ORGS = (
    "Blue Cross Blue Shield",
    "Medicare Part B",
    "Aetna",
    "Language Line",
    "CVS Pharmacy",
    "Walgreens",
    "the answering service",
    "MedSpeak Transcription",
    "Dragon Medical One",
    "the VRI vendor",
    "UnitedHealthcare",
    "Medicaid managed care",
    "Humana Gold Plus",
    "the nurse advice line",
)
LANGS = (
    "Spanish",
    "Vietnamese",
    "Haitian Creole",
    "Arabic (Levantine)",
    "Arabic (Egyptian)",
    "Cantonese",
    "Portuguese",
    "Somali",
    "Dari",
)
PROTOCOLS = (
    "Chest Pain - Adult",
    "Fever - Pediatric",
    "Abdominal Pain - Female",
    "Breathing Problems",
    "Headache",
    "Cough - Adult",
    "Vomiting - Pediatric",
    "Urination Pain - Female",
    "Rash - Widespread",
    "Medication Question Call",
    "Pregnancy - Decreased Fetal Movement",
    "Diabetes - High Blood Sugar",
)
DISPOS = (
    "Go to ED now",
    "Call 911",
    "See PCP within 24 hours",
    "See today in office",
    "Home care",
    "Urgent care within 4 hours",
    "Callback by PCP within 1 hour",
)


def lookalikes(rng: random.Random) -> dict[str, tuple[None, str]]:
    r = rng
    sbp, dbp = r.randint(96, 188), r.randint(54, 112)
    hr = r.randint(52, 128)
    t = round(r.uniform(36.1, 39.6), 1)
    spo2 = r.randint(86, 100)
    L = {
        "bp": f"{sbp}/{dbp}",
        "bp_said": f"{say_num(sbp)} over {say_num(dbp)}",
        "hr": str(hr),
        "hr_said": say_num(hr),
        "temp": f"{t} C",
        "temp_f": f"{round(t * 9 / 5 + 32, 1)}",
        "temp_said": f"{words(int(t * 9 / 5 + 32) % 100)} point {ONES[r.randint(0, 9)]}"
        if int(t * 9 / 5 + 32) < 100
        else f"one oh {ONES[int(t * 9 / 5 + 32) % 10]} point {ONES[r.randint(0, 9)]}",
        "spo2": f"{spo2}%",
        "spo2_said": f"{words(spo2)} percent" if spo2 < 100 else "a hundred percent",
        "rr": str(r.randint(12, 32)),
        "pain": f"{r.randint(0, 10)}/10",
        "pain_said": f"{words(r.randint(2, 10))} out of ten",
        "glucose": f"{r.randint(62, 488)} mg/dL",
        "glucose_said": words(r.randint(20, 99)) if r.random() < 0.3 else f"three {words(r.randint(10, 99))}",
        "a1c": f"{round(r.uniform(5.4, 12.9), 1)}%",
        "k": f"{round(r.uniform(2.6, 6.8), 1)} mmol/L (ref 3.5-5.1)",
        "na": f"{r.randint(118, 149)} mmol/L",
        "hgb": f"{round(r.uniform(5.9, 16.8), 1)} g/dL",
        "inr": f"{round(r.uniform(0.9, 6.5), 1)}",
        "trop": f"{round(r.uniform(0.01, 2.4), 2)} ng/mL (ref <0.04)",
        "lactate": f"{round(r.uniform(0.8, 7.9), 1)} mmol/L",
        "crit_val": r.choice(
            (
                "potassium 6.8",
                "glucose 38",
                "hemoglobin 6.1",
                "INR 7.4",
                "sodium 118",
                "troponin I 2.31",
                "lactate 5.6",
                "platelets 14",
            )
        ),
        "wt": f"{round(r.uniform(41.0, 142.0), 1)} kg",
        "wt_child": r.choice((f"{round(r.uniform(4.1, 14.0), 1)} kg", f"{r.randint(9, 30)} lb")),
        "pharmacy": r.choice(
            (
                "CVS Pharmacy",
                "Walgreens",
                "Rite Aid",
                "Costco pharmacy",
                "Walmart pharmacy",
                "the outpatient pharmacy",
            )
        ),
        "drug": r.choice(DRUGS),
        "drug2": r.choice(DRUGS),
        "drug_said": r.choice(DRUGS_SAID),
        "icd": r.choice(ICD),
        "icd2": r.choice(ICD),
        "cpt": r.choice(CPT),
        "ndc": f"{digits(r, 5)}-{digits(r, 4)}-{digits(r, 2)}",
        "loinc": r.choice(("2345-7", "2823-3", "718-7", "6690-2", "4548-4", "10839-9", "2160-0", "32693-4")),
        "snomed": r.choice(("38341003", "44054006", "195967001", "22298006", "386661006", "29857009")),
        "rev": r.choice(("0450", "0981", "0780", "0250", "0636")),
        "drg": f"DRG {r.choice((291, 292, 193, 194, 683, 871, 872, 470))}",
        "hcpcs": r.choice(("J1100", "J3490", "A0427", "A0429", "E0431", "T1013", "G0136")),
        "lot": f"{letters(r, 2)}{digits(r, 4)}{letters(r, 1)}",
        "form": r.choice(
            (
                "HIM-114 rev 3",
                "Form 22-B (2019)",
                "NUR-TEL-07 v4.2",
                "CMS-1500",
                "UB-04",
                "PFS-88 v2",
                "ROI-3 (rev. 2021)",
                "TRN-QA-12",
            )
        ),
        "policy": f"{r.choice(('NUR', 'HIM', 'PC', 'LEP', 'TEL'))}-{digits(r, 4)}",
        "protocol": r.choice(PROTOCOLS),
        "dispo": r.choice(DISPOS),
        "time": f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
        "time2": f"{r.randint(0, 23):02d}{r.randint(0, 59):02d}",
        "time_ampm": f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(('AM', 'PM', 'a.m.', 'p.m.', 'pm'))}",
        "time_said": r.choice(
            (
                "two in the morning",
                "about ten thirty",
                "quarter past six",
                "noon",
                "eight a m",
                "eleven forty-five p m",
                "three thirty",
            )
        ),
        "dur": f"{r.randint(0, 48)} min {r.randint(0, 59)} s",
        "dur2": f"00:{r.randint(0, 9):02d}:{r.randint(0, 59):02d}",
        "hold": f"{r.randint(0, 14)}:{r.randint(0, 59):02d}",
        "year": str(r.randint(1978, 2023)),
        "year2": str(r.randint(1990, 2024)),
        "age": str(r.randint(1, 89)),
        "age_words": words(r.randint(2, 89)),
        "age_mo": f"{r.randint(2, 23)}",
        "eponym": r.choice(EPONYMS),
        "eponym2": r.choice(EPONYMS),
        "role": r.choice(ROLES),
        "role2": r.choice(ROLES),
        "org": r.choice(ORGS),
        "lang": r.choice(LANGS),
        "room": r.choice(
            (
                f"Rm {r.randint(100, 899)}",
                f"Room {r.randint(2, 12)}{r.randint(10, 40)}-{r.choice('AB')}",
                f"Bed {r.randint(1, 32)}",
                f"Bay {r.randint(1, 14)}",
                f"Pod C-{r.randint(1, 12)}",
            )
        ),
        "ext": f"x{r.randint(2000, 7999)}",
        "money": f"${r.randint(5, 2400)}.{r.choice(('00', '50', '25', '99'))}",
        "copay": f"${r.choice((0, 10, 15, 20, 25, 35, 40, 50, 75))}",
        "score": r.choice(
            (
                f"PHQ-9 {r.randint(0, 27)}",
                f"GCS {r.randint(3, 15)}",
                f"NIHSS {r.randint(0, 22)}",
                f"CURB-65 {r.randint(0, 5)}",
                f"Wells {r.choice(('1.5', '3', '4.5', '6'))}",
                f"APGAR {r.randint(5, 9)}/{r.randint(7, 10)}",
                f"EPDS {r.randint(0, 24)}",
                f"GAD-7 {r.randint(0, 21)}",
                f"Morse {r.randint(0, 125)}",
            )
        ),
        "score2": r.choice(
            (
                f"Braden {r.randint(9, 23)}",
                f"MMSE {r.randint(12, 30)}/30",
                f"CHA2DS2-VASc {r.randint(0, 7)}",
                f"HEART {r.randint(0, 10)}",
                f"qSOFA {r.randint(0, 3)}",
            )
        ),
        "conf": f"{r.randint(61, 99)}%",
        "conf2": f"0.{r.randint(41, 99)}",
        "queue": f"{r.choice(('RN-TRIAGE', 'SCHED-GEN', 'RX-REFILL', 'PEDS-AH', 'OB-AH', 'SPANISH-Q'))}",
        "unit": r.choice(
            ("Medic 14", "Rescue 7", "Engine 22", "Medic 3", "Ambulance 41", "Squad 9", "Medic 112")
        ),
        "units": f"{r.randint(1, 3)} units",
        "o2": f"{r.randint(1, 6)} L NC",
        "ekg": r.choice(
            (
                "sinus tach at 118",
                "NSR, no acute ST changes",
                "AFib RVR 140s",
                "STE in II, III, aVF",
                "sinus brady 48",
                "paced rhythm",
            )
        ),
        "wpm": f"{r.randint(120, 190)}",
        "sr_engine": r.choice(
            (
                "SR engine v11.3",
                "ASR model 4.2.1",
                "Scribe-AI build 2024.3",
                "VoiceDraft 9",
                "Dragon Medical One",
                "speech engine 7.0",
            )
        ),
        "gcs_said": f"GCS {words(r.randint(3, 15))}",
        "bmi": f"{round(r.uniform(16.5, 48.0), 1)}",
        "pack": f"{r.randint(2, 60)} pack-years",
        "ga": f"{r.randint(8, 41)}w{r.randint(0, 6)}d",
        "g_p": f"G{r.randint(1, 6)}P{r.randint(0, 4)}",
        "qty": f"#{r.choice((30, 60, 90, 14, 20, 120))}",
        "refills": f"{r.randint(0, 5)} refills",
        "asset": f"Asset tag BIO-{digits(r, 5)}",
        "ticket": f"INC{digits(r, 7)}",
        "version": f"v{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}",
        "rate": f"{r.randint(40, 240)} mL/h",
        "mileage": f"{r.randint(2, 68)} miles",
        "pct": f"{r.randint(2, 98)}%",
        "line": str(r.randint(1, 12)),
        "option": str(r.randint(1, 9)),
        "count": str(r.randint(2, 40)),
    }
    return {k: (None, s) for k, s in L.items()}
