"""Values for set Q (disaster, mass-casualty, shelter and humanitarian medicine).

``identifiers(rng)`` invents one person (and the people, places and numbers around them) per note;
``lookalikes(rng)`` invents the clinical and incident-command filler that is not PHI. Everything is drawn
from ``rng`` only, so a seed gives the same set every time.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- people -----------------------------------------------------------------------------------------

FIRST = (
    "Amara",
    "Tomasz",
    "Siobhan",
    "Kwame",
    "Mei-Lin",
    "Jean-Baptiste",
    "Dolores",
    "Hope",
    "Faith",
    "Storm",
    "Rain",
    "Dallas",
    "Georgia",
    "Paris",
    "Chase",
    "Hunter",
    "Ngozi",
    "Thanh",
    "Arjun",
    "Priya",
    "Fatima",
    "Yusuf",
    "Hamid",
    "Leilani",
    "Kalani",
    "Ximena",
    "Guadalupe",
    "Oksana",
    "Bogdan",
    "Aiyana",
    "Dakota",
    "Sione",
    "Mateus",
    "Ioana",
    "Dmitri",
    "Wilhelmina",
    "Bartholomew",
    "Mercy",
    "Blessing",
    "Precious",
    "DeShawn",
    "LaToya",
    "Brandi",
    "Earl",
    "Ruby",
    "Pearl",
    "Opal",
    "Mabel",
    "Clifford",
    "Inês",
    "Zainab",
    "Abdirahman",
    "Hodan",
    "Farhiya",
    "Ahmad",
    "Saoirse",
    "Eoin",
    "Niamh",
    "Ingrid",
    "Søren",
    "Chidi",
    "Adaeze",
    "Kofi",
    "Akosua",
    "Hiroshi",
    "Yuki",
    "Sun-hee",
    "Ji-woo",
    "Minh",
    "Huong",
    "Nadia",
    "Rafael",
    "Concepción",
    "Jesús",
    "María José",
    "Royce",
    "Vernell",
    "Tallulah",
    "Cletus",
    "Marguerite",
    "Heath",
    "Sunny",
    "River",
    "Autumn",
    "Bernadette",
    "Lorenzo",
    "Thandiwe",
    "Rustam",
    "Gulnara",
    "Esperanza",
)
LAST = (
    "Okonkwo",
    "de la Cruz",
    "van der Merwe",
    "O'Brien",
    "D'Angelo",
    "MacLeod",
    "Nguyen",
    "Tran",
    "Pham",
    "Kowalczyk",
    "Wiśniewski",
    "Hernández-Ruiz",
    "García Márquez",
    "St. Pierre",
    "Al-Farsi",
    "Haddad",
    "Abdullahi",
    "Mohamud",
    "Begay",
    "Yazzie",
    "Tsosie",
    "Kealoha",
    "Kahananui",
    "Fonoti",
    "Tuilagi",
    "Rossi",
    "Esposito",
    "Schultz",
    "Petrov",
    "Ivanenko",
    "Kaur",
    "Singh",
    "Patel",
    "Chatterjee",
    "Kim",
    "Park",
    "Yamamoto",
    "Watanabe",
    "Lindqvist",
    "Johansson",
    "Brooks",
    "Hill",
    "Rivers",
    "Winter",
    "Frost",
    "Bishop",
    "Church",
    "Marsh",
    "Banks",
    "Fields",
    "Woods",
    "Stone",
    "Wolf",
    "Lake",
    "Florence",
    "Houston",
    "Jackson",
    "Washington",
    "Mercer",
    "Holiday",
    "Goodnight",
    "Moody",
    "Boudreaux",
    "Thibodeaux",
    "LeBlanc",
    "Fontenot",
    "Nakamura-Reyes",
    "Osei-Bonsu",
    "du Plessis",
    "Van Buren",
    "ten Brink",
    "Ó Briain",
    "McAllister",
    "Rahimi",
    "Karimi",
    "Baptiste",
    "Pierre-Louis",
    "Delacroix",
    "Oyelaran",
    "Mensah",
    "Whitehorse",
    "Runningwater",
    "Christmas",
    "Friday",
    "Sunday",
    "Savage",
    "Cash",
    "Story",
    "Flood",
)
NICK = (
    "Bubba",
    "Lulu",
    "Tink",
    "Junior",
    "Sonny",
    "Dee",
    "Bud",
    "Sissy",
    "Mac",
    "Peaches",
    "Red",
    "Boo",
    "Pops",
    "Nana",
    "Mimi",
    "Chuy",
    "Lupita",
    "Sasha",
    "Kiki",
    "Tiny",
)

# --- places (all invented or generic) ----------------------------------------------------------------

TOWNS = (
    "Millbrook",
    "Harlow Springs",
    "East Tamsin",
    "Bracken Falls",
    "Oak Hollow",
    "Dunmore",
    "Saltmarsh Point",
    "Verdell",
    "Kessler Junction",
    "Lone Pine Flats",
    "Riverside Bend",
    "San Esteban",
    "Port Gracie",
    "Hope",
    "Liberty",
    "Paradise",
    "Plains",
    "Friendship",
    "New Canaan Landing",
    "Bayou Sorrel",
    "Cutler Ridge",
    "Magnolia Grove",
    "Three Forks",
    "Pecan Valley",
    "Winslow Crossing",
    "Cold Harbor",
    "Mount Adair",
    "Redstone",
    "Ashby",
    "Fairhaven",
    "Lake Corrine",
    "Pine Bluff Hollow",
    "Chalmette Cove",
)
COUNTIES = (
    "Tamsin",
    "Harlan",
    "Bracken",
    "Verdell",
    "Kessler",
    "Adair",
    "Grayson",
    "Bienville",
    "Okaloosa",
    "Sabine",
    "Cordova",
    "Wexford",
    "Lanier",
    "Pocahontas",
    "Calloway",
)
HOODS = (
    "Bellwood Heights",
    "the Flats",
    "Cypress Gardens",
    "Northgate",
    "Mariner's Landing",
    "Old Town East",
    "Sycamore Terrace",
    "Bottoms",
    "Shady Acres",
    "Lakeview Estates",
    "Pecan Park",
    "Riverfront",
)
STREETS = (
    "Old Mill",
    "Bayou",
    "Magnolia",
    "Levee",
    "Cypress",
    "Pine Ridge",
    "Canal",
    "Ferry",
    "Oak Bend",
    "Pelican",
    "Heron",
    "Juniper",
    "Sawgrass",
    "Cottonwood",
    "Front",
    "Marsh",
    "Gulf Breeze",
    "Hickory",
    "Timberline",
    "Hollow Creek",
    "Ridgecrest",
    "Rio Bravo",
    "Spanish Moss",
    "Fireweed",
)
SUFFIX = (
    "Rd",
    "Road",
    "St",
    "Street",
    "Ave",
    "Lane",
    "Ln",
    "Dr",
    "Drive",
    "Ct",
    "Blvd",
    "Hwy",
    "Trail",
    "Way",
)
PARKS = ("Pinecrest MHP", "Shady Oaks Mobile Home Park", "Gulfview RV Park", "Riverbend Estates MHP")

AREA = (
    "225",
    "337",
    "504",
    "409",
    "713",
    "251",
    "850",
    "239",
    "530",
    "707",
    "406",
    "573",
    "808",
    "671",
    "787",
    "318",
    "912",
    "843",
    "479",
    "615",
)


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalnum())


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def _date(rng: random.Random, d: dt.date, styles: tuple[str, ...] | None = None) -> str:
    mon = d.strftime("%b")
    month = d.strftime("%B")
    options = styles or ("mdy", "iso", "dmy_txt", "txt", "mdy2", "mil", "dot", "dmy_slash")
    style = rng.choice(options)
    return {
        "mdy": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "iso": d.isoformat(),
        "dmy_txt": f"{d.day} {mon} {d.year}",
        "txt": f"{month} {d.day}, {d.year}",
        "mdy2": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "mil": f"{d.day:02d}{mon.upper()}{d.year % 100:02d}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy_slash": f"{d.day}/{d.month}/{d.year}",
        "short": f"{d.month}/{d.day}",
        "mon_day": f"{mon} {d.day}",
        "day_mon": f"{d.day} {month}",
    }[style]


def _phone(rng: random.Random) -> str:
    area, line = rng.choice(AREA), f"01{_digits(rng, 2)}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"{area}555{line}",
            f"1-{area}-555-{line}",
            f"({area})555-{line}",
            f"{area} 555-{line} ext {_digits(rng, 3)}",
        )
    )


def _fax(rng: random.Random) -> str:
    area, line = rng.choice(AREA), f"01{_digits(rng, 2)}"
    return rng.choice(
        (
            f"({area}) 555-{line}",
            f"{area}-555-{line}",
            f"{area}.555.{line}",
            f"+1 {area} 555 {line}",
            f"1 ({area}) 555-{line}",
            f"{area}/555-{line}",
        )
    )


def _ssn(rng: random.Random) -> str:
    a = rng.randint(1, 665)
    if a == 0 or a == 666:
        a = 123
    area, group, serial = f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{area}-{group}-{serial}", f"{area} {group} {serial}", f"{area}{group}{serial}"))


def _luhn_npi(rng: random.Random) -> str:
    base = rng.choice("12") + _digits(rng, 8)
    digits = [int(c) for c in "80840" + base]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)


def _dea(rng: random.Random, last: str) -> str:
    initial = (_ascii(last)[:1] or "x").upper()
    d = [int(c) for c in _digits(rng, 6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return rng.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


def _mbi(rng: random.Random) -> str:
    let = "ACDEFGHJKMNPQRTUVWXY"
    aln = let + "0123456789"
    raw = (
        str(rng.randint(1, 9))
        + rng.choice(let)
        + rng.choice(aln)
        + rng.choice("0123456789")
        + rng.choice(let)
        + rng.choice(aln)
        + rng.choice("0123456789")
        + rng.choice(let)
        + rng.choice(let)
        + _digits(rng, 2)
    )
    return raw if rng.random() < 0.6 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def _vin(rng: random.Random) -> str:
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = dict(
        zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
            strict=True,
        )
    )
    weights = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
    body = [rng.choice(chars) for _ in range(17)]
    body[0] = rng.choice("1245JK3")
    total = sum((int(c) if c.isdigit() else trans[c]) * w for c, w in zip(body, weights, strict=True))
    check = total % 11
    body[8] = "X" if check == 10 else str(check)
    return "".join(body)


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 1)} {_digits(rng, 4)}",
            f"{_letters(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 1)}{_letters(rng, 2)}-{_digits(rng, 2)}{_letters(rng, 1)}",
        )
    )


def _callsign(rng: random.Random) -> str:
    return rng.choice(
        (
            f"K{_letters(rng, 1)}{rng.randint(0, 9)}{_letters(rng, 3)}",
            f"W{rng.randint(0, 9)}{_letters(rng, 3)}",
            f"N{rng.randint(0, 9)}{_letters(rng, 2)}",
            f"A{_letters(rng, 1, 'ABCDEFGHIJKL')}{rng.randint(0, 9)}{_letters(rng, 2)}",
            f"KD{rng.randint(0, 9)}{_letters(rng, 3)}",
        )
    )


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient and the people, places, dates and numbers around them."""
    first, last = _person(rng)
    middle = rng.choice("ABCDEFGHJKLMNPRSTW")
    nok_first, nok_last = rng.choice(FIRST), rng.choice((last, last, rng.choice(LAST)))
    child_first = rng.choice(FIRST)
    clin_first, clin_last = _person(rng)
    rn_first, rn_last = _person(rng)
    medic_first, medic_last = _person(rng)
    staff_first, staff_last = _person(rng)
    worker_first, worker_last = _person(rng)
    vol_first, vol_last = _person(rng)
    vol2_first, vol2_last = _person(rng)
    ham_first, ham_last = _person(rng)
    miss_first, miss_last = rng.choice(FIRST), rng.choice((last, rng.choice(LAST)))

    town, fac_town, nh_town, dest_town, town2 = (rng.choice(TOWNS) for _ in range(5))
    county = rng.choice(COUNTIES)
    zip5 = f"{rng.randint(30000, 99899):05d}"
    street = rng.choice(
        (
            f"{rng.randint(1, 9899)} {rng.choice(('', '', 'N. ', 'W. ', 'S ', 'E '))}{rng.choice(STREETS)} {rng.choice(SUFFIX)}",
            f"{rng.randint(10, 29999)} County Road {rng.randint(2, 480)}",
            f"RR {rng.randint(1, 9)} Box {rng.randint(10, 999)}",
            f"{rng.randint(100, 9999)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}",
        )
    )
    unit = rng.choice(
        (
            f"Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f"Unit {rng.randint(1, 300)}",
            f"#{rng.randint(100, 999)}",
            f"Lot {rng.randint(1, 120)}",
            f"Trlr {rng.randint(1, 60)}",
            f"Lot {rng.randint(1, 90)}, {rng.choice(PARKS)}",
        )
    )
    fac_name = rng.choice(
        (
            f"{fac_town} Regional Medical Center",
            f"{fac_town} Community Hospital",
            f"{fac_town} General",
            f"{fac_town} Memorial Hospital",
            f"St. Anselm Hospital of {fac_town}",
            f"{fac_town} Medical Center",
        )
    )
    shelter = rng.choice(
        (
            f"{town2} High School",
            f"{town2} Civic Center",
            f"{town2} Middle School Gym",
            f"{town2} Fairgrounds Expo Hall",
            f"First Baptist Church of {town2}",
            f"{town2} Rec Center",
            f"{county} County Fairgrounds",
            f"{town2} Elementary",
        )
    )
    nh_name = rng.choice(
        (
            f"Ashgrove Manor of {nh_town}",
            f"{nh_town} Nursing & Rehab",
            f"{nh_town} Care Center",
            f"The Willows at {nh_town}",
            f"{nh_town} Health and Rehabilitation",
        )
    )
    dest_fac = rng.choice(
        (
            f"{dest_town} Regional Medical Center",
            f"{dest_town} Convalescent Center",
            f"{dest_town} VA Medical Center",
            f"{dest_town} Health Care Center",
        )
    )
    camp = rng.choice(
        (
            "Kalobeyei",
            "Dadaab-Hagadera",
            "Tal Abyad",
            "Nyarugusu",
            "Minawao",
            "Bidi Bidi",
            "Al Hol",
            "Cox's Bazar Camp 15",
            "Kutupalong",
            "Zaatari",
            "Ifo 2",
            "Mahama",
        )
    )
    block = rng.choice(
        (
            f"Block {rng.choice('ABCDEFGH')}-{rng.randint(1, 40)}",
            f"Zone {rng.randint(1, 9)}, Block {rng.randint(1, 60)}",
            f"Section {rng.randint(1, 12)} Plot {rng.randint(1, 400)}",
            f"Village {rng.randint(1, 9)} Cluster {rng.randint(1, 30)}",
        )
    )

    # dates
    event = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 1300))
    age = rng.randint(1, 89)
    dob = event - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    age90 = rng.randint(90, 104)
    dob90 = event - dt.timedelta(days=age90 * 365 + rng.randint(0, 364))
    admit = event + dt.timedelta(days=rng.randint(0, 3))
    dc = admit + dt.timedelta(days=rng.randint(1, 12))
    last_seen = event - dt.timedelta(days=rng.randint(0, 2))
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 12, 15, 20, 30, 41, 45, 50, 55))
    dtg = f"{event.day:02d}{hh:02d}{mm:02d}{rng.choice('ZRQ')}{event.strftime('%b').upper()}{event.year % 100:02d}"
    stamp = rng.choice(
        (
            f"{event.isoformat()} {hh:02d}:{mm:02d}",
            f"{event.month}/{event.day}/{event.year} {hh:02d}{mm:02d}",
            f"{event.isoformat()}T{hh:02d}:{mm:02d}:00",
            f"{event.day:02d}-{event.strftime('%b')}-{event.year} {hh:02d}:{mm:02d}",
        )
    )
    ones = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    words90 = (
        "ninety" + (f"-{ones[age90 - 90]}" if 90 < age90 < 100 else "")
        if age90 < 100
        else ("one hundred" + (f" and {ones[age90 - 100]}" if age90 > 100 else ""))
    )

    fe, le, ne = _ascii(first), _ascii(last), _ascii(nok_first)
    dom = rng.choice(("example.com", "example.org", "example.net", "mail.example.com", "shelter.test"))
    email = rng.choice(
        (
            f"{fe}.{le}@{dom}",
            f"{fe[0]}{le}{rng.randint(1, 99)}@{dom}",
            f"{le}.family@{dom}",
            f"{fe}_{rng.randint(1950, 2010)}@{dom}",
            f"{ne}{le}@{dom}",
        )
    )
    email2 = rng.choice(
        (
            f"{_ascii(worker_first)}.{_ascii(worker_last)}@redcross.example.org",
            f"{_ascii(vol_first)[0]}{_ascii(vol_last)}@mrc.example.gov",
            f"{_ascii(staff_first)}.{_ascii(staff_last)}@{_ascii(fac_town)}health.example.org",
            f"{_ascii(clin_last)}.{_ascii(clin_first)[0]}@dmat.example.gov",
        )
    )
    tok = _letters(rng, 3, "abcdefghjkmnpqrstuvwxyz") + _digits(rng, 4)
    url = rng.choice(
        (
            f"https://reunite.example.org/case/{_digits(rng, 7)}",
            f"http://www.{le}family.example.com/find-{fe}",
            f"https://safeandwell.example.org/s/{tok}",
            f"https://missing.example.net/p/{fe}-{le}-{_digits(rng, 4)}",
            f"https://www.fundraise.example.com/help-{fe}-{le}",
            f"https://photos.example.org/u/{tok}/shelter-{_digits(rng, 3)}",
        )
    )
    url2 = rng.choice(
        (
            f"https://esarvhp.example.gov/volunteer/{_digits(rng, 6)}",
            f"https://assist.example.gov/app/{_digits(rng, 9)}/docs",
            f"https://registry.example.org/r/{tok}",
            f"http://portal.example.net/member?id={_digits(rng, 8)}",
            f"https://outage.example.com/mb/{_digits(rng, 7)}",
            f"https://casefiles.example.org/c/{tok}",
        )
    )
    ip = rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            f"198.51.100.{rng.randint(2, 254)}",
            f"203.0.113.{rng.randint(2, 254)}",
            f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
        )
    )

    mrn = rng.choice(
        (
            _digits(rng, 8),
            f"M{_digits(rng, 7)}",
            f"FH-{_digits(rng, 6)}",
            f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"E{_digits(rng, 9)}",
            f"00{_digits(rng, 7)}",
            f"ACS{_digits(rng, 5)}",
        )
    )
    mrn2 = rng.choice(
        (_digits(rng, 7), f"{_letters(rng, 2)}{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 5)}")
    )
    tag = rng.choice(
        (
            _digits(rng, 7),
            f"ST{_digits(rng, 6)}",
            f"A-{_digits(rng, 5)}",
            f"{_letters(rng, 2)} {_digits(rng, 6)}",
            f"{_digits(rng, 3)}-{_digits(rng, 4)}",
            f"TT{_digits(rng, 8)}",
        )
    )
    tracking = rng.choice(
        (
            f"PT-{event.year % 100}-{_digits(rng, 6)}",
            f"JP{_digits(rng, 8)}",
            f"TRK{_digits(rng, 6)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}",
        )
    )
    fema = rng.choice(
        (
            _digits(rng, 9),
            f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"{_digits(rng, 2)}-{_digits(rng, 7)}",
        )
    )
    arc = rng.choice(
        (
            f"{rng.randint(1, 99):02d}-{_digits(rng, 6)}",
            f"C-{event.year % 100}-{_digits(rng, 7)}",
            f"DR{_digits(rng, 3)}-{_digits(rng, 5)}",
            f"RCV{_digits(rng, 8)}",
        )
    )
    dmort = rng.choice(
        (
            f"DM-{event.year % 100}-{_digits(rng, 4)}",
            f"PM{_digits(rng, 4)}",
            f"HR-{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 5)}",
            f"UID {_digits(rng, 4)}-{_letters(rng, 1)}",
        )
    )
    dmort2 = rng.choice((f"BB-{_digits(rng, 4)}", f"{_digits(rng, 5)}", f"AM-{_digits(rng, 4)}"))
    rx = rng.choice(
        (
            _digits(rng, 7),
            f"RX{_digits(rng, 7)}",
            f"{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"6{_digits(rng, 6)}-{_digits(rng, 2)}",
        )
    )
    vol_id = rng.choice(
        (
            f"MRC-{_digits(rng, 4)}-{_digits(rng, 3)}",
            _digits(rng, 7),
            f"V{_digits(rng, 6)}",
            f"ESAR{_digits(rng, 6)}",
        )
    )
    vol_id2 = rng.choice(
        (
            f"MRC-{_digits(rng, 4)}-{_digits(rng, 3)}",
            _digits(rng, 7),
            f"V{_digits(rng, 6)}",
            f"EMP{_digits(rng, 5)}",
        )
    )
    unhcr = rng.choice(
        (
            f"{_digits(rng, 3)}-{_digits(rng, 2)}C{_digits(rng, 5)}",
            f"{_letters(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"{_digits(rng, 3)}-{_digits(rng, 8)}",
        )
    )
    ration = rng.choice(
        (
            f"RC-{_digits(rng, 6)}",
            f"{_letters(rng, 1)}{_digits(rng, 7)}",
            f"HH{_digits(rng, 5)}/{rng.randint(1, 9)}",
        )
    )
    a_num = rng.choice(
        (
            f"A{_digits(rng, 9)}",
            f"A-{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
            f"{_digits(rng, 9)}",
        )
    )
    passport = rng.choice(
        (f"{_letters(rng, 1)}{_digits(rng, 8)}", f"{_letters(rng, 2)}{_digits(rng, 7)}", _digits(rng, 9))
    )
    shelter_id = rng.choice(
        (
            f"SH{_digits(rng, 5)}",
            f"{_letters(rng, 1)}-{_digits(rng, 4)}",
            f"WB{_digits(rng, 6)}",
            _digits(rng, 6),
        )
    )
    case_no = rng.choice(
        (
            f"{event.year}-MP-{_digits(rng, 5)}",
            f"MP{_digits(rng, 6)}",
            f"{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"RFC-{_digits(rng, 5)}",
        )
    )

    medicaid = rng.choice(
        (
            f"{_letters(rng, 2)}{_digits(rng, 8)}",
            _digits(rng, 10),
            _digits(rng, 12),
            f"{_digits(rng, 9)}{_letters(rng, 1)}",
        )
    )
    member = rng.choice(
        (
            f"W{_digits(rng, 9)}",
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"{_digits(rng, 9)}-0{rng.randint(1, 4)}",
            f"ZGP{_digits(rng, 8)}",
            f"H{_digits(rng, 8)}",
        )
    )
    group = rng.choice(
        (
            _digits(rng, 6),
            f"{_digits(rng, 5)}-{_digits(rng, 2)}",
            f"GRP{_digits(rng, 5)}",
            f"{_letters(rng, 1)}{_digits(rng, 5)}",
        )
    )
    mbi = _mbi(rng)

    fin = rng.choice(
        (
            _digits(rng, 10),
            f"FIN{_digits(rng, 8)}",
            f"ENC-{_digits(rng, 8)}",
            f"{_digits(rng, 4)}-{_digits(rng, 6)}",
            f"V{_digits(rng, 9)}",
        )
    )
    claim = rng.choice(
        (
            f"CLM{_digits(rng, 11)}",
            f"{event.year % 100}-{_digits(rng, 7)}-01",
            f"{_digits(rng, 3)}{_letters(rng, 1)}{_digits(rng, 8)}",
            f"EPAP-{_digits(rng, 9)}",
        )
    )
    utility = rng.choice(
        (
            f"{_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 4)}",
            f"{_digits(rng, 3)}-{_digits(rng, 6)}-{rng.randint(0, 9)}",
            _digits(rng, 11),
            f"{_digits(rng, 8)}-{_digits(rng, 2)}",
        )
    )

    rn_lic = rng.choice(
        (
            f"RN{_digits(rng, 7)}",
            f"RN {_digits(rng, 6)}",
            f"{_digits(rng, 6)}",
            f"R{_digits(rng, 6)}",
            f"{_letters(rng, 2)}-RN-{_digits(rng, 5)}",
        )
    )
    md_lic = rng.choice(
        (
            f"MD{_digits(rng, 5)}",
            f"{_letters(rng, 1)}{_digits(rng, 5)}",
            f"{_digits(rng, 2)}-{_digits(rng, 5)}",
            f"DO {_digits(rng, 4)}",
        )
    )
    emt = rng.choice(
        (f"E{_digits(rng, 7)}", f"P{_digits(rng, 6)}", f"{_digits(rng, 6)}", f"EMT-P {_digits(rng, 5)}")
    )
    dl = rng.choice(
        (
            f"{_letters(rng, 1)}{_digits(rng, 7)}",
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            _digits(rng, 9),
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 6)}",
        )
    )

    o2_sn = rng.choice(
        (
            f"{_digits(rng, 1)}{_letters(rng, 1)}{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"CT{_digits(rng, 7)}",
            f"{_letters(rng, 3)}{_digits(rng, 8)}",
            f"SN{_digits(rng, 9)}",
        )
    )
    vent_sn = rng.choice(
        (
            f"TV{_digits(rng, 7)}",
            f"{_digits(rng, 2)}{_letters(rng, 1)}{_digits(rng, 7)}",
            f"{_letters(rng, 2)}{_digits(rng, 5)}-{_letters(rng, 1)}",
            f"(01)00{_digits(rng, 12)}(21){_letters(rng, 1)}{_digits(rng, 6)}",
        )
    )
    dev_sn = rng.choice(
        (
            f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
            f"{_digits(rng, 4)}-{_digits(rng, 5)}",
            f"(01)0{_digits(rng, 13)}(21){_digits(rng, 8)}",
            f"PJN{_digits(rng, 6)}",
            f"NX{_digits(rng, 7)}",
        )
    )

    fp = rng.choice(
        (
            f"FP-{event.year}-{_digits(rng, 6)}",
            f"AFIS {_digits(rng, 10)}",
            f"TPL{_digits(rng, 7)}",
            f"LF-{_digits(rng, 5)}-{rng.randint(1, 10)}",
        )
    )
    iris = rng.choice(
        (
            f"IRX-{_digits(rng, 6)}",
            f"BIMS-{_letters(rng, 2)}{_digits(rng, 7)}",
            f"IR{_digits(rng, 8)}",
            f"PALM-{_digits(rng, 6)}",
        )
    )
    photo = rng.choice(
        (
            f"IMG_{_digits(rng, 4)}.JPG",
            f"face_{_digits(rng, 5)}.jpg",
            f"DVI_PM_{_digits(rng, 4)}_face.jpg",
            f"reunif_photo_{_digits(rng, 5)}.png",
            f"PH-{event.year % 100}-{_digits(rng, 4)}",
            f"DSC{_digits(rng, 5)}.JPG",
            f"{le}_{fe}_portrait.jpeg",
        )
    )
    photo2 = rng.choice(
        (f"IMG_{_digits(rng, 4)}.HEIC", f"intake_{_digits(rng, 6)}.jpg", f"PX{_digits(rng, 6)}")
    )

    return {
        # names
        "pt_full": (PhiType.NAME, f"{first} {last}"),
        "pt_first": (PhiType.NAME, first),
        "pt_last": (PhiType.NAME, last),
        "pt_lf": (
            PhiType.NAME,
            rng.choice(
                (f"{last}, {first} {middle}.", f"{last}, {first}", f"{last.upper()}, {first.upper()}")
            ),
        ),
        "pt_caps": (
            PhiType.NAME,
            rng.choice(
                (
                    f"{last.upper()}, {first.upper()}",
                    f"{first.upper()} {last.upper()}",
                    f"{last.upper()} {first.upper()}",
                )
            ),
        ),
        "pt_fml": (PhiType.NAME, f"{first} {middle}. {last}"),
        "pt_nick": (PhiType.NAME, rng.choice(NICK)),
        "pt_init": (PhiType.NAME, f"{first[0]}. {last}"),
        "nok_full": (PhiType.NAME, f"{nok_first} {nok_last}"),
        "nok_first": (PhiType.NAME, nok_first),
        "nok_last": (PhiType.NAME, nok_last),
        "child_full": (PhiType.NAME, f"{child_first} {last}"),
        "child_first": (PhiType.NAME, child_first),
        "clin_full": (PhiType.NAME, f"{clin_first} {clin_last}"),
        "clin_last": (PhiType.NAME, clin_last),
        "clin_init": (PhiType.NAME, f"{clin_first[0]}. {clin_last}"),
        "rn_full": (PhiType.NAME, f"{rn_first} {rn_last}"),
        "rn_last": (PhiType.NAME, rn_last),
        "rn_first": (PhiType.NAME, rn_first),
        "medic_full": (PhiType.NAME, f"{medic_first} {medic_last}"),
        "medic_last": (PhiType.NAME, medic_last),
        "staff_full": (PhiType.NAME, f"{staff_first} {staff_last}"),
        "staff_last": (PhiType.NAME, staff_last),
        "worker_full": (PhiType.NAME, f"{worker_first} {worker_last}"),
        "worker_first": (PhiType.NAME, worker_first),
        "vol_full": (PhiType.NAME, f"{vol_first} {vol_last}"),
        "vol_lf": (PhiType.NAME, f"{vol_last.upper()}, {vol_first}"),
        "vol2_full": (PhiType.NAME, f"{vol2_first} {vol2_last}"),
        "vol2_lf": (PhiType.NAME, f"{vol2_last.upper()}, {vol2_first}"),
        "ham_full": (PhiType.NAME, f"{ham_first} {ham_last}"),
        "ham_first": (PhiType.NAME, ham_first),
        "missing_full": (PhiType.NAME, f"{miss_first} {miss_last}"),
        "missing_first": (PhiType.NAME, miss_first),
        # places
        "street": (PhiType.LOCATION, street),
        "unit": (PhiType.LOCATION, unit),
        "city": (PhiType.LOCATION, town),
        "city_caps": (PhiType.LOCATION, town.upper()),
        "county": (
            PhiType.LOCATION,
            rng.choice((f"{county} County", f"{county} County", f"{county} Parish", f"{county} Cnty")),
        ),
        "county_bare": (PhiType.LOCATION, county),
        "zip": (PhiType.LOCATION, zip5),
        "zip4": (PhiType.LOCATION, f"{zip5}-{_digits(rng, 4)}"),
        "hood": (PhiType.LOCATION, rng.choice(HOODS)),
        "fac_name": (PhiType.LOCATION, fac_name),
        "fac_city": (PhiType.LOCATION, fac_town),
        "shelter": (PhiType.LOCATION, shelter),
        "shelter_city": (PhiType.LOCATION, town2),
        "nh_name": (PhiType.LOCATION, nh_name),
        "nh_street": (
            PhiType.LOCATION,
            f"{rng.randint(100, 9999)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}",
        ),
        "nh_city": (PhiType.LOCATION, nh_town),
        "dest_fac": (PhiType.LOCATION, dest_fac),
        "dest_city": (PhiType.LOCATION, dest_town),
        "camp": (PhiType.LOCATION, camp),
        "block": (PhiType.LOCATION, block),
        "street2": (PhiType.LOCATION, f"{rng.randint(1, 9899)} {rng.choice(STREETS)} {rng.choice(SUFFIX)}"),
        # dates
        "dob": (PhiType.DATE, _date(rng, dob)),
        "dob90": (PhiType.DATE, _date(rng, dob90)),
        "d_event": (PhiType.DATE, _date(rng, event)),
        "d_event_short": (PhiType.DATE, _date(rng, event, ("short", "mon_day", "day_mon"))),
        "d_admit": (PhiType.DATE, _date(rng, admit)),
        "d_dc": (PhiType.DATE, _date(rng, dc)),
        "d_seen": (PhiType.DATE, _date(rng, last_seen, ("txt", "mdy", "mon_day", "dmy_txt", "short"))),
        "d_next": (
            PhiType.DATE,
            _date(rng, dc + dt.timedelta(days=rng.randint(2, 30)), ("mdy", "iso", "mon_day", "mdy2")),
        ),
        "dtg": (PhiType.DATE, dtg),
        "stamp": (PhiType.DATE, stamp),
        # ages
        "age90": (PhiType.AGE, str(age90)),
        "age90_words": (PhiType.AGE, words90),
        "age": (None, str(age)),  # context for the DOB above; ages up to 89 are not gold
        # contact
        "pt_phone": (PhiType.PHONE, _phone(rng)),
        "nok_phone": (PhiType.PHONE, _phone(rng)),
        "clin_phone": (PhiType.PHONE, _phone(rng)),
        "site_phone": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _fax(rng)),
        "email": (PhiType.EMAIL, email),
        "email2": (PhiType.EMAIL, email2),
        "url": (PhiType.URL, url),
        "url2": (PhiType.URL, url2),
        "ip": (PhiType.IP_ADDRESS, ip),
        "ssn": (PhiType.SSN, _ssn(rng)),
        # records and plans
        "mrn": (PhiType.MRN, mrn),
        "mrn2": (PhiType.MRN, mrn2),
        "medicaid": (PhiType.HEALTH_PLAN_ID, medicaid),
        "member": (PhiType.HEALTH_PLAN_ID, member),
        "group": (PhiType.HEALTH_PLAN_ID, group),
        "mbi": (PhiType.HEALTH_PLAN_ID, mbi),
        "fin": (PhiType.ACCOUNT, fin),
        "claim": (PhiType.ACCOUNT, claim),
        "utility": (PhiType.ACCOUNT, utility),
        # licences
        "rn_lic": (PhiType.LICENSE, rn_lic),
        "md_lic": (PhiType.LICENSE, md_lic),
        "npi": (PhiType.LICENSE, _luhn_npi(rng)),
        "dea": (PhiType.LICENSE, _dea(rng, clin_last)),
        "emt": (PhiType.LICENSE, emt),
        "dl": (PhiType.LICENSE, dl),
        "callsign": (PhiType.LICENSE, _callsign(rng)),
        "callsign2": (PhiType.LICENSE, _callsign(rng)),
        # vehicles and devices
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        "plate": (PhiType.VEHICLE_ID, _plate(rng)),
        "plate2": (PhiType.VEHICLE_ID, _plate(rng)),
        "o2_sn": (PhiType.DEVICE_ID, o2_sn),
        "vent_sn": (PhiType.DEVICE_ID, vent_sn),
        "dev_sn": (PhiType.DEVICE_ID, dev_sn),
        # biometrics and photos
        "fp": (PhiType.BIOMETRIC, fp),
        "iris": (PhiType.BIOMETRIC, iris),
        "photo": (PhiType.PHOTO, photo),
        "photo2": (PhiType.PHOTO, photo2),
        # other identifiers
        "tag": (PhiType.OTHER_ID, tag),
        "tracking": (PhiType.OTHER_ID, tracking),
        "fema": (PhiType.OTHER_ID, fema),
        "arc": (PhiType.OTHER_ID, arc),
        "dmort": (PhiType.OTHER_ID, dmort),
        "dmort2": (PhiType.OTHER_ID, dmort2),
        "rx": (PhiType.OTHER_ID, rx),
        "vol_id": (PhiType.OTHER_ID, vol_id),
        "vol_id2": (PhiType.OTHER_ID, vol_id2),
        "unhcr": (PhiType.OTHER_ID, unhcr),
        "ration": (PhiType.OTHER_ID, ration),
        "a_num": (PhiType.OTHER_ID, a_num),
        "passport": (PhiType.OTHER_ID, passport),
        "shelter_id": (PhiType.OTHER_ID, shelter_id),
        "case_no": (PhiType.OTHER_ID, case_no),
    }


# --- look-alikes -------------------------------------------------------------------------------------

MEDS = (
    "metoprolol tartrate 25 mg PO BID",
    "furosemide (Lasix) 40 mg PO daily",
    "apixaban (Eliquis) 5 mg BID",
    "insulin glargine 22 units SC qHS",
    "levetiracetam 500 mg PO BID",
    "albuterol HFA 2 puffs q4h PRN",
    "amlodipine 10 mg daily",
    "sertraline 100 mg daily",
    "carbidopa-levodopa 25/100 1 tab TID",
    "methadone 85 mg daily (OTP, guest-dosed)",
    "buprenorphine-naloxone 8/2 mg SL BID",
    "lisinopril 20 mg daily",
    "levothyroxine 88 mcg daily",
    "tiotropium (Spiriva) 18 mcg inh daily",
    "sevelamer 800 mg TID with meals",
    "prednisone 40 mg x 5 days",
    "ondansetron 4 mg ODT q8h PRN",
    "acetaminophen 650 mg PO q6h PRN",
    "clozapine 300 mg qHS",
    "lithium carbonate 300 mg TID",
    "hydroxyurea 1000 mg daily",
    "tacrolimus 2 mg BID",
    "insulin lispro sliding scale",
    "nitroglycerin 0.4 mg SL PRN",
    "warfarin 5 mg (INR 2.7)",
)
ICD = (
    "T67.01XA",
    "X30.XXXA",
    "T75.1XXA",
    "J44.1",
    "N18.6",
    "Z99.11",
    "Z99.81",
    "Z99.2",
    "T59.4X1A",
    "W54.0XXA",
    "X37.0XXA",
    "T33.821A",
    "T58.01XA",
    "E11.65",
    "I50.23",
    "S72.001A",
    "T69.021A",
    "J96.01",
    "T71.9XXA",
    "Y92.250",
    "Z59.01",
    "F43.0",
    "E86.0",
    "T68.XXXA",
    "L03.115",
    "A09",
)
CPT = (
    "99283",
    "99285",
    "36415",
    "94640",
    "90935",
    "96372",
    "99291",
    "12002",
    "29125",
    "93000",
    "99213",
    "96374",
    "82962",
    "J1100",
    "J0171",
    "E1390",
    "E0431",
    "A4615",
    "E0424",
    "J2405",
    "A0427",
    "A0429",
)
NDC = (
    "0409-4888-02",
    "0338-0049-04",
    "63323-0262-01",
    "0641-6142-25",
    "49502-0697-02",
    "0591-0405-01",
    "69097-0842-05",
    "0054-0018-25",
    "76329-3369-1",
    "43598-0750-11",
)
LOINC = ("2345-7", "2823-3", "2160-0", "6298-4", "20570-8", "59408-5", "2708-6", "33914-3", "2524-7")
TRIAGE = (
    "IMMEDIATE (RED)",
    "DELAYED (YELLOW)",
    "MINOR (GREEN)",
    "EXPECTANT (GREY)",
    "DECEASED (BLACK)",
    "P1 / RED",
    "P2 / YELLOW",
    "P3 / GREEN",
    "T1",
    "T2",
    "T3",
    "Immediate",
    "Delayed",
    "Minimal",
)
RESOURCE = (
    "ALS Ambulance Strike Team, Type 1",
    "DMAT Type II",
    "MRC Type 3 Team",
    "FMS Tier 2",
    "Ambulance Bus (AMBUS) Type 1",
    "Hazmat Entry Team Type 2",
    "Mass Decon Team Type 1",
    "Shelter Management Team Type 3",
    "NIMS 3-509-1143",
    "Air Ambulance (Rotary) Type 2",
    "Medical Strike Team Type 2",
    "Generator 150-200 kW Type 3",
    "Potable Water Tender Type 2",
)
ICS = (
    "ICS 213",
    "ICS 214",
    "ICS 205A",
    "ICS 206",
    "ICS 309",
    "HICS 251",
    "HICS 254",
    "HICS 255",
    "ICS 201",
    "ICS 204",
    "ICS 215A",
    "HICS 252",
    "ICS 218",
    "ICS 211",
)
ROLES = (
    "the charge nurse",
    "the shelter manager",
    "Medical Branch Director",
    "the IC",
    "the PIO",
    "Safety Officer",
    "the Logistics Section Chief",
    "Planning Section Chief",
    "the on-call attending",
    "DMAT team commander",
    "Operations",
    "the triage officer",
    "the MRC unit leader",
    "Liaison Officer",
    "the night supervisor",
    "Staging Area Manager",
    "the decon lead",
    "Transportation Unit Leader",
)
ORGS = (
    "American Red Cross",
    "the Salvation Army canteen",
    "Southern Baptist Disaster Relief",
    "Medical Reserve Corps",
    "the county OEM",
    "State EOC",
    "NDMS",
    "ASPR",
    "the VOAD coordinator",
    "Team Rubicon",
    "the utility co-op",
    "the regional healthcare coalition",
    "DMORT",
    "the state health department",
    "UNHCR",
    "MSF",
    "IOM",
)
BRANDS = (
    "Inogen One G5",
    "SimplyGo Mini",
    "Trilogy Evo",
    "Astral 150",
    "NxStage System One",
    "EpiPen",
    "Narcan",
    "DuoNeb",
    "Combitube",
    "SAM Splint",
    "CAT tourniquet",
    "i-gel",
    "Zoll X Series",
    "LUCAS 3.1",
    "Vapotherm",
    "Pyxis",
    "Kendall SCD",
    "Lifepak 15",
    "EZ-IO",
    "Bair Hugger",
)
EPONYMS = (
    "Cheyne-Stokes respirations",
    "Kussmaul breathing",
    "Parkinson's disease",
    "Addison's disease",
    "Graves' disease",
    "Hashimoto thyroiditis",
    "Alzheimer dementia",
    "Crohn's disease",
    "Guillain-Barre",
    "Beck's triad",
    "Cushing reflex",
    "Hodgkin lymphoma",
    "Down syndrome",
    "Raynaud's",
    "Bell's palsy",
)
HIGHWAYS = (
    "I-10 EB closed at MM 133",
    "US-90 eastbound at the drawbridge",
    "SR 29 open one lane",
    "I-45 contraflow in effect",
    "Hwy 87 washed out near MM 112",
    "CR 480 impassable",
    "I-5 NB chain control",
    "US-101 closed both directions",
    "SR-70 under evacuation order",
    "I-40 at exit 236",
    "FM 2920 flooded",
    "Route 9W detour via Route 32",
    "I-94 closed wind chill",
    "LA-1 at the floodgate",
)
GRIDS = (
    "USNG 15R YP 12345 67890",
    "15S VD 4410 2287",
    "29.7604 N, 95.3698 W",
    "38.4404, -122.7141",
    "USNG 10S EH 2241 8873",
    "N 30 27.12 W 089 05.33",
    "MGRS 17R LL 89112 14590",
    "41.8827, -87.6233",
    "grid J-7 (county map book p. 44)",
    "LZ at 33.52 N 86.80 W",
)
WEATHER = (
    "T 104 F, heat index 112 F, RH 48%",
    "wind chill -28 F, sustained 25 mph",
    "sustained 85 mph, gusts 110",
    "rainfall 14.2 in / 24 h",
    "river crest 31.4 ft (flood stage 22 ft)",
    "AQI 312 (hazardous), PM2.5 262",
    "ambient 38 C / WBGT 31.5",
    "storm surge 9-12 ft",
    "snow 22 in, drifts to 5 ft",
    "Red Flag Warning, RH 7%",
    "Cat 4, 947 mb",
    "EF3 track 14 mi long",
    "overnight low 9 F",
    "Excessive Heat Warning through 2000",
)
HOTLINES = ("211", "988", "711 (TTY)", "911", "511", "the state 211 line", "dial 988, press 1", "text 211")
RADIO = (
    "MED-9 talkgroup",
    "146.520 MHz simplex",
    "CALCORD 156.075",
    "VMED28",
    "8TAC92",
    "EOC net on 147.300+ PL 100.0",
    "HEAR 155.340",
    "ch. 3 (County Fire Tac 2)",
    "MARS channel 4",
    "NTP tactical FIRE-MED 2",
)


def _vitals(rng: random.Random) -> dict[str, str]:
    sbp = rng.randint(78, 196)
    return {
        "bp": f"{sbp}/{rng.randint(40, min(sbp - 20, 118))}",
        "hr": str(rng.randint(44, 156)),
        "rr": str(rng.randint(8, 38)),
        "spo2": f"{rng.randint(78, 100)}%",
        "temp": rng.choice((f"{rng.randint(955, 1074) / 10:.1f} F", f"{rng.randint(350, 419) / 10:.1f} C")),
        "gcs": str(rng.randint(6, 15)),
        "glucose": str(rng.randint(38, 540)),
        "pain": f"{rng.randint(0, 10)}/10",
    }


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical, logistic and incident-command text that is not an identifier."""
    v = _vitals(rng)
    year = rng.randint(1998, 2025)
    count = rng.randint(40, 480)
    occ = rng.randint(10, count)
    red, yellow, green, black = rng.randint(0, 12), rng.randint(0, 25), rng.randint(3, 60), rng.randint(0, 4)
    gen_kw = rng.choice((20, 45, 60, 150, 200, 350, 500))
    fuel = rng.randint(8, 98)
    inc_year = rng.randint(23, 26)
    values: dict[str, str] = {
        **v,
        "age_l": str(rng.randint(2, 89)),
        "age_l2": str(rng.randint(18, 89)),
        "year": str(year),
        "year2": str(rng.randint(1965, 2019)),
        "time": f"{rng.randint(0, 23):02d}{rng.choice(('00', '05', '12', '18', '30', '41', '47', '55'))}",
        "time2": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        "time3": f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
        "med1": rng.choice(MEDS),
        "med2": rng.choice(MEDS),
        "med3": rng.choice(MEDS),
        "icd": rng.choice(ICD),
        "icd2": rng.choice(ICD),
        "cpt": rng.choice(CPT),
        "cpt2": rng.choice(CPT),
        "ndc": rng.choice(NDC),
        "loinc": rng.choice(LOINC),
        "snomed": rng.choice(
            ("409966000", "57134006", "276181004", "75934005", "371708003", "40595009", "62315008")
        ),
        "triage": rng.choice(TRIAGE),
        "triage2": rng.choice(TRIAGE),
        "resource": rng.choice(RESOURCE),
        "resource2": rng.choice(RESOURCE),
        "ics": rng.choice(ICS),
        "ics2": rng.choice(ICS),
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "org": rng.choice(ORGS),
        "org2": rng.choice(ORGS),
        "brand": rng.choice(BRANDS),
        "brand2": rng.choice(BRANDS),
        "eponym": rng.choice(EPONYMS),
        "highway": rng.choice(HIGHWAYS),
        "highway2": rng.choice(HIGHWAYS),
        "grid": rng.choice(GRIDS),
        "grid2": rng.choice(GRIDS),
        "weather": rng.choice(WEATHER),
        "w_heat": rng.choice(
            (
                "T 104 F, heat index 112 F",
                "ambient 38 C / WBGT 31.5",
                "Excessive Heat Warning through 2000",
                f"heat index {rng.randint(103, 121)} F, overnight low {rng.randint(80, 89)} F",
                "day 6 over 100 F",
            )
        ),
        "w_cold": rng.choice(
            (
                "wind chill -28 F, sustained 25 mph",
                "snow 22 in, drifts to 5 ft",
                "overnight low 9 F",
                f"ice accretion 0.{rng.randint(3, 9)} in",
                f"low {-rng.randint(2, 30)} F, wind chill {-rng.randint(20, 45)} F",
            )
        ),
        "w_storm": rng.choice(
            (
                "sustained 85 mph, gusts 110",
                "Cat 4, 947 mb",
                "storm surge 9-12 ft",
                "rainfall 14.2 in / 24 h",
                f"Cat {rng.randint(1, 5)}, landfall est. {rng.randint(6, 72)} h",
                "river crest 31.4 ft (flood stage 22 ft)",
            )
        ),
        "aqi": rng.choice(
            (f"AQI {rng.randint(151, 499)}", f"PM2.5 {rng.randint(60, 400)} ug/m3", "AQI 312 (hazardous)")
        ),
        "road": rng.choice(
            (
                "I-10",
                "US-90",
                "SR 29",
                "Hwy 87",
                "CR 480",
                "FM 2920",
                "Route 9W",
                "I-45 southbound",
                "US-101",
                "SR-70",
                "I-94",
                "LA-1",
                "Hwy 20 at MM 44",
                "the I-5 on-ramp",
            )
        ),
        "team": rng.choice(
            (
                "DMAT CA-6",
                "DMAT Type II",
                "MRC Type 3 Team",
                "FMS Tier 2 strike team",
                "NDMS IRCT-Medical",
                "DMAT TX-1",
                "ALS Ambulance Strike Team, Type 1",
                "Medical Strike Team Type 2",
                "DMAT FL-5",
            )
        ),
        "o2_brand": rng.choice(
            ("Inogen One G5", "SimplyGo Mini", "EverFlo", "Millennium M10", "Rove 6", "Eclipse 5")
        ),
        "vent_brand": rng.choice(
            ("Trilogy Evo", "Astral 150", "LTV 1150", "VOCSN", "Trilogy 100", "Vivo 65")
        ),
        "weather2": rng.choice(WEATHER),
        "hotline": rng.choice(HOTLINES),
        "radio": rng.choice(RADIO),
        "incident_no": rng.choice(
            (
                f"{inc_year + 2000}-{rng.choice(('TXFIRE', 'CALNU', 'LAHUR', 'MIWNT', 'NCFLD'))}-{rng.randint(1, 9999):06d}",
                f"INC-{inc_year}-{rng.randint(100, 9999)}",
                f"CA-{rng.choice(('LNU', 'BTU', 'SKU'))}-{rng.randint(1000, 99999):06d}",
                f"HCC-{inc_year}{rng.randint(1, 99):02d}",
            )
        ),
        "mission_no": rng.choice(
            (
                f"Mission {inc_year}-{rng.randint(1, 9999):04d}",
                f"EMAC REQ-20{inc_year}-{rng.randint(1, 300):03d}",
                f"MA {rng.randint(1, 99)}-{rng.randint(100, 999)}",
                f"ESF-8 tasking {inc_year}-{rng.randint(10, 999)}",
            )
        ),
        "dr_no": f"FEMA-{rng.randint(4500, 4899)}-DR",
        "beds": f"{occ}/{count} cots occupied ({rng.randint(0, 30)} medical, {rng.randint(0, 8)} isolation)",
        "census": f"R {red} / Y {yellow} / G {green} / B {black}",
        "census_total": str(red + yellow + green + black),
        "generator": f"{gen_kw} kW diesel, fuel {fuel}%, est. {max(2, fuel * 3 // 4)} h runtime",
        "o2_supply": rng.choice(
            (
                f"H-cylinders x{rng.randint(1, 12)}, E-cylinders x{rng.randint(4, 60)}",
                f"LOX dewar {rng.randint(10, 95)}% (~{rng.randint(3, 40)} h at current draw)",
                f"{rng.randint(2, 30)} concentrators running, {rng.randint(0, 9)} on standby",
                f"bulk O2 {rng.randint(20, 95)}%, {rng.randint(100, 2200)} psi reserve manifold",
            )
        ),
        "o2_flow": rng.choice(
            ("2 L/min NC", "4 L NC", "15 L NRB", "30 L/40% HFNC", "1.5 LPM continuous", "pulse setting 3")
        ),
        "water": f"{rng.randint(40, 4000)} gal potable on site",
        "lab1": rng.choice(
            (
                f"K {rng.randint(28, 78) / 10:.1f} mmol/L (3.5-5.1)",
                f"CK {rng.randint(200, 48000):,} U/L",
                f"COHb {rng.randint(1, 38)}%",
                f"lactate {rng.randint(9, 98) / 10:.1f} mmol/L",
                f"Na {rng.randint(118, 162)} mmol/L (135-145)",
                f"creatinine {rng.randint(6, 140) / 10:.1f} mg/dL",
                f"Hgb {rng.randint(52, 178) / 10:.1f} g/dL",
                f"core temp {rng.randint(380, 432) / 10:.1f} C",
            )
        ),
        "lab2": rng.choice(
            (
                f"BUN {rng.randint(6, 140)} mg/dL (7-20)",
                f"INR {rng.randint(9, 62) / 10:.1f}",
                f"troponin {rng.randint(1, 900) / 100:.2f} ng/mL",
                f"pH {rng.randint(690, 748) / 100:.2f}",
                f"WBC {rng.randint(18, 260) / 10:.1f} K/uL",
                f"cholinesterase {rng.randint(20, 100)}% of baseline",
            )
        ),
        "score": rng.choice(
            (
                f"NEWS2 {rng.randint(0, 14)}",
                f"CFS {rng.randint(1, 9)}",
                f"Braden {rng.randint(8, 23)}",
                f"PHQ-2 {rng.randint(0, 6)}",
                f"MUAC {rng.randint(100, 160)} mm",
                f"RTS {rng.randint(2, 12)}",
                f"Katz ADL {rng.randint(0, 6)}/6",
                f"WHZ -{rng.randint(1, 4)}",
            )
        ),
        "lot": rng.choice(
            (
                f"Lot 24K{rng.randint(100, 999)}",
                f"lot {rng.randint(1000000, 9999999)}",
                f"LOT# {rng.choice('ABCEFGH')}{rng.randint(10000, 99999)}",
                f"cache lot PD-{rng.randint(100, 999)}",
            )
        ),
        "policy": rng.choice(
            (
                f"Policy EM-{rng.randint(1, 19):02d}.{rng.randint(1, 40)}",
                f"SOP {rng.randint(100, 999)}-{rng.choice('ABC')}",
                f"Annex F section {rng.randint(2, 9)}.{rng.randint(1, 12)}",
                f"P&P {rng.randint(1, 99)}-{rng.randint(100, 999)}",
            )
        ),
        "form_ver": rng.choice(("v3.2", "Rev. 4", "ver 2.1", "Rev. C", "v5", "edition 11")),
        "money": rng.choice(
            (
                f"${rng.randint(20, 4000)}.{rng.randint(0, 99):02d}",
                f"${rng.randint(1, 42)},{rng.randint(0, 999):03d}",
                f"${rng.randint(100, 900)}",
                f"USD {rng.randint(50, 2500)}",
            )
        ),
        "room": rng.choice(
            (
                f"Cot {rng.randint(1, 300)}",
                f"Pod {rng.choice('ABCDEF')} bed {rng.randint(1, 40)}",
                f"Row {rng.choice('ABCDEFGHJK')}-{rng.randint(1, 30)}",
                f"Tent {rng.randint(1, 12)}, bay {rng.randint(1, 20)}",
                f"Room {rng.randint(100, 499)}{rng.choice(('', 'A', 'B'))}",
                f"Bed {rng.randint(1, 250)}",
            )
        ),
        "room2": rng.choice(
            (
                f"Cot {rng.randint(1, 300)}",
                f"Bay {rng.randint(1, 24)}",
                f"Ward {rng.randint(1, 6)} bed {rng.randint(1, 30)}",
            )
        ),
        "unit_call": rng.choice(
            (
                f"Medic {rng.randint(1, 99)}",
                f"Rescue {rng.randint(1, 30)}",
                f"AMBUS {rng.randint(1, 9)}",
                f"Ambulance {rng.randint(1, 80)}",
                f"Medic {rng.randint(100, 299)}",
                f"LifeFlight {rng.randint(1, 6)}",
                f"AST {rng.randint(1, 9)}{rng.choice('ABC')}-{rng.randint(1, 5)}",
                f"Bus {rng.randint(1, 60)}",
            )
        ),
        "unit_call2": rng.choice(
            (
                f"Medic {rng.randint(1, 99)}",
                f"Squad {rng.randint(1, 30)}",
                f"Air {rng.randint(1, 9)}",
                f"Truck {rng.randint(1, 40)}",
            )
        ),
        "tactical": rng.choice(
            (
                "Shelter 3",
                "CCP Alpha",
                "Medical Branch",
                "Staging 2",
                "Decon North",
                "FRC",
                "Base",
                "Triage 1",
                "EOC Medical",
                "Mobile 4",
                "Net Control",
            )
        ),
        "tactical2": rng.choice(
            ("Shelter 1", "CCP Bravo", "Transport", "HCC Desk", "Logistics", "Morgue Ops", "Hospital Net")
        ),
        "pct": f"{rng.randint(1, 99)}%",
        "num": str(rng.randint(2, 60)),
        "num2": str(rng.randint(2, 400)),
        "acres": f"{rng.randint(120, 140000):,} acres, {rng.randint(0, 95)}% contained",
        "dose_iv": rng.choice(
            (
                "NS 1 L bolus",
                "LR 30 mL/kg",
                "D50 25 g IV",
                "ceftriaxone 1 g IV",
                "ketamine 0.3 mg/kg IV",
                "hydroxocobalamin 5 g IV",
                "atropine 2 mg IM q5min",
                "2-PAM 600 mg IM",
                "TXA 1 g IV over 10 min",
                "calcium gluconate 3 g IV",
                "insulin 10 u + D50 25 g",
                "morphine 4 mg IV",
                "dexamethasone 10 mg IV",
            )
        ),
        "contam": rng.choice(
            (
                "chlorine gas",
                "anhydrous ammonia",
                "organophosphate (chlorpyrifos)",
                "diesel/floodwater",
                "hydrofluoric acid",
                "smoke / CO",
                "unknown white powder",
                "sewage-contaminated floodwater",
                "sulfuric acid mist",
                "hydrogen sulfide",
            )
        ),
        "rad": rng.choice(("0.02 mR/h (background)", "12 cpm above bkg", "<2x background", "0.8 uSv/h")),
        "ph_paper": rng.choice(("pH 7 after irrigation", "pH 9 -> 7.5 after 2 L", "pH 4 initial")),
        "state": rng.choice(
            ("LA", "TX", "FL", "CA", "NC", "MS", "AL", "OR", "MT", "MO", "Louisiana", "Texas", "Florida")
        ),
        "shift": rng.choice(
            ("A shift", "B shift", "nights", "0700-1900", "1900-0700", "op period 3", "OP 12")
        ),
        "opperiod": f"OP {rng.randint(1, 30)}",
        "ver": f"{rng.randint(1, 9)}.{rng.randint(0, 20)}",
        "kg": f"{rng.randint(3, 150)} kg",
        "diet": rng.choice(
            (
                "renal diet",
                "diabetic / consistent carb",
                "pureed, nectar-thick liquids",
                "halal",
                "gluten free",
                "low sodium",
                "tube feeds Jevity 1.5 @ 60 mL/h",
                "regular",
                "kosher",
            )
        ),
        "mobility": rng.choice(
            ("wheelchair", "walker", "bedbound - 2 assist", "ambulatory", "cane", "Hoyer lift", "stretcher")
        ),
    }
    return {k: (None, val) for k, val in values.items()}
