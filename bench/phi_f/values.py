"""Set F's value pools: invented identifiers (typed) and clinical look-alikes (untyped filler).

Every identifier is made up: example.* domains, documentation IP ranges (RFC 5737 / RFC 3849),
mostly 555-01xx phone lines, random record numbers. A patient's values hang together inside one
note (the age agrees with the birth date, the pronouns with the name, the ZIP with the city line).
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- names ----------------------------------------------------------------------------------------

FEMALE = (
    "Adaeze", "Marisol", "Thuy", "Priyanka", "Oksana", "Fatima", "Siobhan", "Ngozi", "Yesenia",
    "Mei-Ling", "Halina", "Keisha", "Rosalind", "Esperanza", "Aigerim", "Dagny", "Leilani", "Zainab",
    "Bernadette", "Chiamaka", "Lucía", "Soo-jin", "Tamar", "Ifeoma", "Margarethe", "Shanice", "Rukhsana",
    "Gwendolyn", "Anh", "Nadezhda", "Precious", "Dolores", "Kalani", "Wilhelmina", "Yuki", "Graciela",
    "Mairead", "Temperance", "Ximena", "Laila",
)  # fmt: skip
MALE = (
    "Oluwaseun", "Tomasz", "Javier", "Rajesh", "Hamza", "Declan", "Kwame", "Dmitri", "Hiroshi",
    "Cornelius", "Jesús", "Bao", "Eamon", "Tevita", "Abdirahman", "Lorenzo", "Thaddeus", "Jae-won",
    "Mykola", "DeShawn", "Arjun", "Ignatius", "Kofi", "Reinaldo", "Alasdair", "Yusuf", "Wendell",
    "Quang", "Stanisław", "Malachi", "Efraín", "Chukwudi", "Percival", "Santiago", "Gideon", "Rustam",
    "Horace", "Tariq", "Lachlan", "Benedikt",
)  # fmt: skip
SURNAMES = (
    "Okafor", "Villanueva", "Nguyen", "Raghunathan", "Kowalczyk", "Al-Hashimi", "McCafferty", "O'Dowd",
    "Mensah", "Petrenko", "Takahashi", "Delacroix-Byrne", "Castañeda", "Haile", "Bergström", "Oyelaran",
    "Chaudhry", "Fitzgerald-Osei", "Lindqvist", "Mwangi", "Zielinski", "Abernathy", "Esposito",
    "Kaleikini", "de la Cruz", "Van Wyk", "Szabo", "Adeyemi", "MacGillivray", "Pham", "Tsosie",
    "Yilmaz", "Kuznetsova", "Onyango", "Whitfield", "Baptiste", "Gallagher", "Hernández-Ruiz", "Iqbal",
    "Rosenblatt", "Quintanilla", "Achterberg", "Sandoval", "Obi", "Dlamini", "Thorvaldsen", "Ferreira",
    "Kaczmarek", "St. Pierre", "Waweru", "Nakamura", "Brannigan", "Osei-Tutu", "Halloran", "Begay",
)  # fmt: skip
NICKNAMES = (
    "Sunny",
    "Bud",
    "Tink",
    "Dee",
    "Junior",
    "Pip",
    "Red",
    "Biscuit",
    "Nana Jo",
    "Tito",
    "Boo",
    "Skip",
)
MIDDLE = "ABCDEFGHJKLMNPRSTVW"

# --- places ---------------------------------------------------------------------------------------

# (city, county, state abbreviation, state name, ZIP prefix, a neighbourhood or township in it)
PLACES = (
    ("Walla Walla", "Walla Walla County", "WA", "Washington", "993", "Edgewood"),
    ("Hattiesburg", "Forrest County", "MS", "Mississippi", "394", "Palmers Crossing"),
    ("Bemidji", "Beltrami County", "MN", "Minnesota", "566", "Nymore"),
    ("Las Cruces", "Doña Ana County", "NM", "New Mexico", "880", "Mesilla Park"),
    ("Chillicothe", "Ross County", "OH", "Ohio", "456", "Ralston Gardens"),
    ("Bangor", "Penobscot County", "ME", "Maine", "044", "Little City"),
    ("Kokomo", "Howard County", "IN", "Indiana", "469", "Darrough Chapel"),
    ("Yakima", "Yakima County", "WA", "Washington", "989", "Barge-Chestnut"),
    ("Dothan", "Houston County", "AL", "Alabama", "363", "Woodland Hills"),
    ("Pueblo", "Pueblo County", "CO", "Colorado", "810", "Bessemer"),
    ("Hilo", "Hawaii County", "HI", "Hawaii", "967", "Waiākea Uka"),
    ("Scranton", "Lackawanna County", "PA", "Pennsylvania", "185", "Minooka"),
    ("Lake Charles", "Calcasieu Parish", "LA", "Louisiana", "706", "Goosport"),
    ("Eau Claire", "Chippewa County", "WI", "Wisconsin", "547", "Third Ward"),
    ("Brownsville", "Cameron County", "TX", "Texas", "785", "Southmost"),
    ("Fall River", "Bristol County", "MA", "Massachusetts", "027", "Flint Village"),
    ("Gallup", "McKinley County", "NM", "New Mexico", "873", "Rehoboth"),
    ("Rapid City", "Pennington County", "SD", "South Dakota", "577", "North Rapid"),
    ("Utica", "Oneida County", "NY", "New York", "135", "East Utica"),
    ("Kingsport", "Sullivan County", "TN", "Tennessee", "376", "Highland Park"),
    ("Modesto", "Stanislaus County", "CA", "California", "953", "Airport District"),
    ("Paducah", "McCracken County", "KY", "Kentucky", "420", "Lower Town"),
)
STREETS = (
    "Alder Creek Rd", "Tamarack Ln", "N Fremont Ave", "Old Mill Pike", "Sycamore Hollow Dr", "E 14th St",
    "Cottonwood Trl", "Bayou Teche Rd", "Kamehameha Ave", "Pulaski St", "Orchard Ridge Ct", "W Main St",
    "Magnolia Bluff Way", "County Road 1140", "Vinegar Hill Rd", "Calle Sonora", "Lakeshore Blvd",
    "Hemlock Cir", "Quarry St", "Saint Casimir Ave",
)  # fmt: skip
FACILITIES = {
    "hosp": ("{city} Regional Medical Center", "Mercy Hospital of {city}", "{city} General", "St. Brigid's of {city}"),
    "snf": ("{city} Rehabilitation & Nursing Center", "Good Samaritan Society – {city}", "{city} Veterans Home"),
    "hospice": ("{city} Community Hospice", "Hospice of {county}"),
    "dental": ("{city} Oral Surgery Associates", "{city} Family Dental"),
    "eye": ("{city} Eye Institute", "Retina Consultants of {city}"),
    "jail": ("{county} Detention Center", "{city} City Jail"),
    "school": ("{city} Middle School", "{hood} Elementary", "{city} High School"),
    "wound": ("{city} Wound & Hyperbaric Center", "Wound Care Center at {city} Regional"),
}  # fmt: skip

# --- dates ----------------------------------------------------------------------------------------

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def full_date(d: date, rng: random.Random) -> str:
    """A date with its year, in one of the ways US charts write it."""
    m, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return rng.choice(
        (
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{d.month}/{d.day}/{d.year}",
            f"{d.month:02d}-{d.day:02d}-{d.year}",
            f"{d.month}.{d.day}.{d.year % 100:02d}",
            d.isoformat(),
            f"{m} {d.day}, {d.year}",
            f"{mon} {d.day} {d.year}",
            f"{d.day} {mon} {d.year}",
            f"{d.day:02d}-{mon.upper()}-{d.year}",
            f"{d.day:02d}{mon.upper()}{d.year % 100:02d}",
            f"{m} {_ordinal(d.day)}, {d.year}",
        )
    )


def short_date(d: date, rng: random.Random) -> str:
    """A date without its year, as written when the year is obvious from context."""
    m, mon = MONTHS[d.month - 1], MONTHS[d.month - 1][:3]
    return rng.choice(
        (
            f"{d.month}/{d.day}",
            f"{m} {_ordinal(d.day)}",
            f"{d.day} {mon}",
            f"{mon} {d.day}",
            f"{mon}. {d.day}",
            f"{d.month:02d}/{d.day:02d}",
        )
    )


def any_date(d: date, rng: random.Random) -> str:
    return full_date(d, rng) if rng.random() < 0.6 else short_date(d, rng)


def weekday_date(d: date, rng: random.Random) -> str:
    wk = WEEKDAYS[d.weekday()]
    return rng.choice(
        (f"{wk}, {MONTHS[d.month - 1]} {d.day}", f"{wk[:3]} {d.month}/{d.day}", f"{wk} the {_ordinal(d.day)}")
    )


def month_year(d: date, rng: random.Random) -> str:
    m = MONTHS[d.month - 1]
    return rng.choice(
        (f"{m} {d.year}", f"{m[:3]} {d.year}", f"{d.month}/{d.year}", f"{m[:3]} '{d.year % 100:02d}")
    )


# --- ages -----------------------------------------------------------------------------------------

ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}


def _age_words(n: int) -> str:
    return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")


def age_phrase(n: int, rng: random.Random) -> str:
    """An adjective-style age: '92-year-old', '92 y/o', 'ninety-two-year-old' ..."""
    return rng.choice(
        (
            f"{n}-year-old",
            f"{n} y/o",
            f"{n}yo",
            f"{n} yo",
            f"{n} year old",
            f"{_age_words(n)}-year-old" if n < 100 else f"{n}-year-old",
            f"{n}-yr-old",
            f"{n} YO",
        )
    )


# --- numbers and codes ----------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def phone(rng: random.Random) -> str:
    area = rng.choice(("208", "319", "406", "505", "541", "608", "662", "717", "808", "915", "978"))
    line = f"01{_digits(rng, 2)}" if rng.random() < 0.7 else _digits(rng, 4)
    exchange = "555" if rng.random() < 0.75 else f"{rng.randint(2, 9)}{_digits(rng, 2)}"
    return rng.choice(
        (
            f"({area}) {exchange}-{line}",
            f"{area}-{exchange}-{line}",
            f"{area}.{exchange}.{line}",
            f"{area} {exchange} {line}",
            f"+1 {area} {exchange} {line}",
            f"1-{area}-{exchange}-{line}",
            f"({area}){exchange}-{line}",
            f"{area}/{exchange}-{line}",
        )
    )


def phone_ext(rng: random.Random) -> str:
    return phone(rng) + rng.choice(
        (f" ext. {_digits(rng, 4)}", f" x{_digits(rng, 3)}", f", ext {_digits(rng, 2)}")
    )


def ssn(rng: random.Random) -> str:
    area, group, serial = rng.randint(101, 665), rng.randint(10, 99), _digits(rng, 4)
    return rng.choice((f"{area}-{group}-{serial}", f"{area} {group} {serial}", f"{area}{group}{serial}"))


def masked_ssn(rng: random.Random) -> str:
    return rng.choice(("XXX-XX-", "***-**-", "xxx-xx-", "###-##-")) + _digits(rng, 4)


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    return rng.choice("123459JKLSVWYZ") + _letters(rng, 16, VIN_CHARS)


def plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 3)}",
        )
    )


def device_serial(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_letters(rng, 3)}{_digits(rng, 6)}{rng.choice('HRSV')}",
            f"SN {_digits(rng, 9)}",
            f"{_digits(rng, 2)}{_letters(rng, 2)}-{_digits(rng, 5)}",
            f"{_letters(rng, 1)}{_digits(rng, 7)}",
            f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_letters(rng, 2)}",
        )
    )


def udi(rng: random.Random, expiry: date) -> str:
    return (
        f"(01){_digits(rng, 14)}(17){expiry:%y%m%d}(10){_letters(rng, 2)}{_digits(rng, 4)}"
        f"(21){_letters(rng, 1)}{_digits(rng, 6)}"
    )


def dea(rng: random.Random) -> str:
    return rng.choice("ABFM") + _letters(rng, 1) + _digits(rng, 7)


def state_licence(rng: random.Random, state: str, profession: str) -> str:
    """A state professional licence number; boards put the profession in it, or not."""
    return rng.choice(
        (
            f"{state} {_digits(rng, 6)}",
            f"{profession}{_digits(rng, 6)}",
            f"{profession}.{_digits(rng, 7)}",
            f"{_digits(rng, 2)}-{_digits(rng, 5)}",
            f"{state}-{profession}-{_digits(rng, 5)}",
        )
    )


def driver_licence(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
            f"{_letters(rng, 1)}{_digits(rng, 8)}",
            f"{_digits(rng, 9)}",
            f"{_letters(rng, 2)}{_digits(rng, 6)}{_letters(rng, 1)}",
        )
    )


def ipv4(rng: random.Random) -> str:
    net = rng.choice(
        ("192.0.2", "198.51.100", "203.0.113", f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}")
    )
    return f"{net}.{rng.randint(2, 254)}"


def ipv6(rng: random.Random) -> str:
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(6)]
    if rng.random() < 0.5:
        return "2001:db8:" + ":".join(groups)
    return f"2001:db8:{groups[0]}::{groups[1]}" if rng.random() < 0.5 else "2001:db8::" + ":".join(groups[:2])


# --- the identifiers of one note ------------------------------------------------------------------


def _person(rng: random.Random, female: bool | None = None) -> tuple[str, str, bool]:
    if female is None:
        female = rng.random() < 0.5
    return rng.choice(FEMALE if female else MALE), rng.choice(SURNAMES), female


def _names(rng: random.Random) -> dict[str, Value]:
    first, last, female = _person(rng)
    doc_first, doc_last, _ = _person(rng)
    doc2_first, doc2_last, _ = _person(rng)
    rel_first, rel_last, rel_female = _person(rng)
    rel_last = last if rng.random() < 0.6 else rel_last
    rel2_first, rel2_last, rel2_female = _person(rng)
    staff_first, staff_last, _ = _person(rng)
    nurse_first, nurse_last, _ = _person(rng)
    parent_first, _, parent_female = _person(rng)
    mid = rng.choice(MIDDLE)
    n = PhiType.NAME
    pt_full = rng.choice((f"{first} {last}", f"{first} {mid}. {last}", f"{first} {last}"))
    return {
        "pt": (n, pt_full),
        "pt_first": (n, first),
        "pt_last": (n, last),
        "pt_caps": (n, f"{last.upper()}, {first.upper()}"),
        "pt_lastfirst": (n, f"{last}, {first} {mid}."),
        "pt_lc": (n, first.lower()),
        "pt_init": (n, f"{first[0]}. {last}"),
        "pt_nick": (n, rng.choice(NICKNAMES)),
        "doc": (n, f"{doc_first} {doc_last}"),
        "doc_last": (n, doc_last),
        "doc_init": (n, f"{doc_first[0]}. {doc_last}"),
        "doc2": (n, f"{doc2_first} {doc2_last}"),
        "doc2_last": (n, doc2_last),
        "doc2_init": (n, f"{doc2_first[0]}. {doc2_last}"),
        "rel": (n, f"{rel_first} {rel_last}"),
        "rel_first": (n, rel_first),
        "rel2": (n, f"{rel2_first} {rel2_last}"),
        "rel2_first": (n, rel2_first),
        "staff": (n, f"{staff_first} {staff_last}"),
        "staff_last": (n, staff_last),
        "nurse": (n, nurse_first),
        "nurse_full": (n, f"{nurse_first} {nurse_last}"),
        "parent": (n, f"{parent_first} {last if rng.random() < 0.7 else rng.choice(SURNAMES)}"),
        "parent_first": (n, parent_first),
        "parent_role": (None, rng.choice(("mother", "grandmother", "guardian")) if parent_female else rng.choice(("father", "grandfather", "guardian"))),
        "mother": (n, f"{rng.choice(FEMALE)} {last}"),
        "aunt": (n, rng.choice(FEMALE)),
        "brother": (n, f"{rng.choice(MALE)} {last}"),
        "hon": (None, ("Mrs." if rng.random() < 0.4 else "Ms.") if female else "Mr."),
        "he": (None, "she" if female else "he"),
        "He": (None, "She" if female else "He"),
        "him": (None, "her" if female else "him"),
        "his": (None, "her" if female else "his"),
        "His": (None, "Her" if female else "His"),
        "sex": (None, "F" if female else "M"),
        "woman": (None, "woman" if female else "man"),
        "child": (None, "daughter" if female else "son"),
        "rel_role": (None, rng.choice(("daughter", "niece", "wife", "sister")) if rel_female else rng.choice(("son", "nephew", "husband", "brother"))),
        "rel2_role": (None, rng.choice(("granddaughter", "sister", "neighbor")) if rel2_female else rng.choice(("grandson", "brother", "neighbor"))),
    }  # fmt: skip


def _places(rng: random.Random) -> dict[str, Value]:
    city, county, state, state_name, zip3, hood = rng.choice(PLACES)
    city2, county2, *_ = rng.choice(PLACES)
    zip5 = zip3 + _digits(rng, 2)
    number = rng.randint(12, 9870)
    street = f"{number} {rng.choice(STREETS)}"
    street = rng.choice(
        (
            street,
            street,
            f"{street}, Apt {rng.randint(1, 40)}{rng.choice('ABCD')}",
            f"{street} Unit {rng.randint(100, 420)}",
            f"{street} #{rng.randint(2, 30)}",
            f"PO Box {rng.randint(40, 9900)}",
            f"RR {rng.randint(1, 6)} Box {rng.randint(10, 300)}",
            f"{street}, Lot {rng.randint(2, 90)}",
        )
    )
    loc = PhiType.LOCATION
    return {
        "street": (loc, street),
        "street2": (loc, f"{rng.randint(100, 4999)} {rng.choice(STREETS)}"),
        "city": (loc, city),
        "city2": (loc, city2),
        "county": (loc, county),
        "county2": (loc, county2),
        "hood": (loc, hood),
        "zip": (loc, zip5),
        "zip4": (loc, f"{zip5}-{_digits(rng, 4)}"),
        **{
            f"fac_{kind}": (loc, rng.choice(names).format(city=where, county=area, hood=hood))
            for kind, names in FACILITIES.items()
            for where, area in [rng.choice(((city, county), (city2, county2)))]
        },
        "state": (None, state),
        "state_name": (None, state_name),
    }


def _dates(rng: random.Random) -> tuple[dict[str, Value], date]:
    visit = date(2019, 1, 1) + timedelta(days=rng.randint(0, 6 * 365))
    old = rng.random() < 0.45
    years = rng.randint(90, 104) if old else rng.randint(20, 89)
    dob = date(visit.year - years, rng.randint(1, 12), rng.randint(1, 28))
    if (dob.month, dob.day) > (visit.month, visit.day):
        dob = dob.replace(year=dob.year - 1)
    age_type = PhiType.AGE if old else None
    d = PhiType.DATE
    after = [visit + timedelta(days=k) for k in sorted(rng.sample(range(1, 60), 4))]
    before = [visit - timedelta(days=k) for k in sorted(rng.sample(range(3, 400), 3))]
    phrase = age_phrase(years, rng)
    values: dict[str, Value] = {
        "dob": (d, full_date(dob, rng)),
        "visit": (d, full_date(visit, rng)),
        "visit_s": (d, any_date(visit, rng)),
        "d1": (d, any_date(after[0], rng)),
        "d2": (d, any_date(after[1], rng)),
        "d3": (d, full_date(after[2], rng)),
        "d_prev": (d, any_date(before[2], rng)),
        "d_recent": (d, any_date(visit - timedelta(days=rng.randint(1, 6)), rng)),
        "d_prev2": (d, full_date(before[1], rng)),
        "d_wk": (d, weekday_date(after[0], rng)),
        "d_ord": (d, f"the {_ordinal(after[1].day)}"),
        "d_my": (d, month_year(before[0], rng)),
        "d_iso": (d, after[3].isoformat()),
        "d_exp": (d, full_date(visit + timedelta(days=rng.randint(200, 900)), rng)),
        "age": (age_type, phrase),
        "a_n": (None, "an" if phrase.startswith(("8", "11 ", "11-", "18", "eight")) else "a"),
        "age_n": (age_type, str(years)),
        "year_seen": (None, str(before[0].year)),
    }
    return values, visit


ASCII = str.maketrans("áéíóúñöåłńęśçã", "aeiounoalnesca")


def _handle(name: str) -> str:
    """A name as it appears in an e-mail address: lower case, ASCII letters only."""
    return "".join(c for c in name.lower().translate(ASCII) if c in string.ascii_lowercase)


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One note's invented identifiers (typed) and the untyped words that must agree with them."""
    dates, visit = _dates(rng)
    places = _places(rng)
    state = places["state"][1]
    values: dict[str, Value] = {**_names(rng), **places, **dates}
    first_h, last_h = _handle(values["pt_first"][1]), _handle(values["pt_last"][1])
    handle = first_h + last_h
    staff_handle = _handle(values["staff_last"][1])
    t = PhiType
    values |= {
        "phone": (t.PHONE, phone(rng)),
        "phone2": (t.PHONE, phone(rng)),
        "phone_ext": (t.PHONE, phone_ext(rng)),
        "fax": (t.FAX, phone(rng)),
        "fax2": (t.FAX, phone(rng)),
        "email": (t.EMAIL, rng.choice((f"{handle}{rng.randint(1, 99)}", f"{first_h[0]}.{last_h}", f"{handle[:6]}_{_digits(rng, 3)}", f"{last_h}{first_h[0]}")) + rng.choice(("@example.com", "@mail.example.net", "@example.org"))),
        "email2": (t.EMAIL, f"{staff_handle}.{rng.choice('abcdefghjkmnprst')}" + rng.choice(("@health.example.org", "@example.edu", "@clinic.example.com"))),
        "ssn": (t.SSN, ssn(rng)),
        "ssn_masked": (t.SSN, masked_ssn(rng)),
        "ssn4": (t.SSN, _digits(rng, 4)),
        "mrn": (t.MRN, rng.choice((_digits(rng, 8), _digits(rng, 7), f"M{_digits(rng, 7)}", f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}", f"E{_digits(rng, 9)}"))),
        "mrn2": (t.MRN, rng.choice((_digits(rng, 9), f"{_letters(rng, 2)}{_digits(rng, 6)}"))),
        "plan_id": (t.HEALTH_PLAN_ID, rng.choice((f"{_letters(rng, 3)}{_digits(rng, 9)}", f"{_letters(rng, 3)} {_digits(rng, 4)} {_digits(rng, 5)}", f"W{_digits(rng, 9)}", f"{_digits(rng, 9)}{rng.choice('ABC')}"))),
        "mbi": (t.HEALTH_PLAN_ID, f"{rng.randint(1, 9)}{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randint(0, 9)}-{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY')}{_letters(rng, 1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randint(0, 9)}-{_letters(rng, 2, 'ACDEFGHJKMNPQRTUVWXY')}{_digits(rng, 2)}"),
        "medicaid": (t.HEALTH_PLAN_ID, rng.choice((f"{_digits(rng, 11)}", f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}"))),
        "acct": (t.ACCOUNT, rng.choice((_digits(rng, 10), f"{_digits(rng, 3)}-{_digits(rng, 6)}", f"HAR{_digits(rng, 8)}", f"A{_digits(rng, 9)}"))),
        "acct2": (t.ACCOUNT, rng.choice((_digits(rng, 12), f"FIN {_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}"))),
        "dea": (t.LICENSE, dea(rng)),
        "npi": (t.LICENSE, f"{rng.choice('12')}{_digits(rng, 9)}"),
        "lic": (t.LICENSE, state_licence(rng, state, "MD")),
        "lic_pt": (t.LICENSE, state_licence(rng, state, "PT")),
        "lic_dds": (t.LICENSE, state_licence(rng, state, "DDS")),
        "lic_aud": (t.LICENSE, state_licence(rng, state, "AUD")),
        "lic_rph": (t.LICENSE, state_licence(rng, state, "RPH")),
        "dl": (t.LICENSE, driver_licence(rng)),
        "plate": (t.VEHICLE_ID, plate(rng)),
        "vin": (t.VEHICLE_ID, vin(rng)),
        "serial": (t.DEVICE_ID, device_serial(rng)),
        "serial2": (t.DEVICE_ID, device_serial(rng)),
        "udi": (t.DEVICE_ID, udi(rng, visit + timedelta(days=rng.randint(300, 1400)))),
        "url_portal": (t.URL, rng.choice((f"https://portal.example.org/chart/{_digits(rng, 7)}", f"https://mychart.example.org/p/{_letters(rng, 8, string.ascii_letters + string.digits)}"))),
        "url_care": (t.URL, rng.choice((f"https://www.example.com/{handle}", f"http://caring.example.net/site/{handle}{rng.randint(1, 99)}", f"www.example.net/remembering-{first_h}-{last_h}"))),
        "url_meet": (t.URL, rng.choice((f"telehealth.example.org/room/{_letters(rng, 4).lower()}-{_digits(rng, 4)}", f"https://meet.example.com/j/{_digits(rng, 10)}", f"https://vv.example.org/visit?id={_digits(rng, 8)}&pt={last_h}"))),
        "url_consent": (t.URL, f"https://redcap.example.edu/surveys/?s={_letters(rng, 10, string.ascii_uppercase + string.digits)}"),
        "ipv4": (t.IP_ADDRESS, ipv4(rng)),
        "ipv6": (t.IP_ADDRESS, ipv6(rng)),
        "bio": (t.BIOMETRIC, rng.choice((f"FP-{_digits(rng, 8)}", f"LS{_digits(rng, 10)}", f"BIO-{_letters(rng, 2)}{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_letters(rng, 3)}-{_digits(rng, 5)}"))),
        "voice": (t.BIOMETRIC, rng.choice((f"VP{_digits(rng, 7)}", f"VX-{_letters(rng, 3)}-{_digits(rng, 4)}"))),
        "photo": (t.PHOTO, rng.choice((f"IMG_{visit:%Y%m%d}_{_digits(rng, 4)}.jpg", f"DSC{_digits(rng, 5)}.JPG", f"face_{handle[:8]}_{_digits(rng, 3)}.png", f"PH-{_digits(rng, 7)}"))),
        "mugshot": (t.PHOTO, rng.choice((f"booking_photo_{_digits(rng, 6)}.jpg", f"MUG-{visit:%y}-{_digits(rng, 6)}", f"IMG{_digits(rng, 8)}.jpg"))),
        "emp_id": (t.OTHER_ID, rng.choice((f"E{_digits(rng, 6)}", f"{_digits(rng, 5)}", f"EMP-{_digits(rng, 5)}"))),
        "student_id": (t.OTHER_ID, rng.choice((f"S{_digits(rng, 8)}", f"{_digits(rng, 9)}"))),
        "case_no": (t.OTHER_ID, rng.choice((f"{visit.year}-{_digits(rng, 5)}", f"ME{visit.year % 100}-{_digits(rng, 4)}", f"CT-{_digits(rng, 6)}", f"{_letters(rng, 2)}{_digits(rng, 7)}"))),
        "inmate_no": (t.OTHER_ID, rng.choice((f"{_digits(rng, 7)}", f"{_letters(rng, 1)}{_digits(rng, 6)}", f"{visit.year % 100}-{_digits(rng, 5)}"))),
        "subject_id": (t.OTHER_ID, rng.choice((f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}", f"SUBJ{_digits(rng, 5)}", f"{_digits(rng, 3)}-{_digits(rng, 3)}"))),
        "claim_no": (t.OTHER_ID, rng.choice((f"{_digits(rng, 13)}", f"CLM-{_digits(rng, 4)}-{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 11)}"))),
        "rx_no": (t.OTHER_ID, rng.choice((f"{_digits(rng, 7)}", f"RX{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 5)}"))),
        "pa_ref": (t.OTHER_ID, rng.choice((f"PA{_digits(rng, 9)}", f"{_letters(rng, 3)}{_digits(rng, 6)}", f"{_digits(rng, 4)}-{_letters(rng, 2)}-{_digits(rng, 4)}"))),
        "accession": (t.OTHER_ID, rng.choice((f"BB{visit.year % 100}-{_digits(rng, 6)}", f"{_letters(rng, 1)}{_digits(rng, 2)}-{_digits(rng, 6)}"))),
        "unit_no": (t.OTHER_ID, f"W{_digits(rng, 4)} {visit.year % 100} {_digits(rng, 6)}"),
        "badge": (t.OTHER_ID, rng.choice((f"B-{_digits(rng, 5)}", f"{_digits(rng, 6)}"))),
    }  # fmt: skip
    return values


# --- look-alikes ----------------------------------------------------------------------------------

MEDS = (
    "metoprolol succinate 25 mg PO daily", "apixaban 5 mg PO BID", "furosemide 40 mg IV x1",
    "morphine sulfate 2.5 mg SL q2h PRN", "haloperidol 0.5 mg SQ q4h PRN agitation",
    "cephalexin 500 mg PO QID x 7 days", "insulin glargine 18 units SC qHS", "sertraline 50 mg daily",
    "levothyroxine 88 mcg qAM", "amoxicillin 2 g PO 1 h pre-procedure", "prednisolone acetate 1% 1 gtt OU QID",
    "gabapentin 300 mg TID", "ondansetron 4 mg ODT q8h PRN", "lorazepam 0.5 mg SL q4h PRN",
    "tamsulosin 0.4 mg qHS", "vancomycin 1.25 g IV q12h", "Eliquis 2.5 mg BID", "Lasix 20 mg qAM",
)  # fmt: skip
EPONYMS = (
    "Parkinson's disease", "Graves' disease", "Bell's palsy", "Hashimoto's thyroiditis", "Lewy body dementia",
    "Alzheimer's dementia", "Crohn's disease", "Ménière's disease", "Sjögren's syndrome", "Paget's disease",
    "Guillain-Barré syndrome", "Lyme disease", "Barrett's esophagus", "Down syndrome", "Addison's disease",
    "Huntington's disease", "Cushing's syndrome", "Wilson's disease", "Raynaud's phenomenon",
)  # fmt: skip
DEVICES = (
    "Foley catheter", "Jackson-Pratt drain", "PleurX catheter", "Passy-Muir valve", "PICC line",
    "Miami J collar", "G-tube", "suprapubic catheter", "Groshong catheter",
)  # fmt: skip
COMFORT = (
    "morphine 2.5 mg SL q2h PRN", "hydromorphone 0.5 mg SC q3h PRN", "lorazepam 0.5 mg SL q4h PRN",
    "glycopyrrolate 0.2 mg SC q4h PRN", "scopolamine 1.5 mg patch q72h", "haloperidol 0.5 mg SC q4h PRN",
)  # fmt: skip
BUGS = (
    "Coxsackie virus",
    "West Nile virus",
    "Norwalk virus",
    "Epstein-Barr virus",
    "Lyme (Borrelia burgdorferi)",
)
KINDS = {
    "hearing_aid": ("Oticon More", "Phonak Lumity", "Starkey Genesis", "ReSound Omnia", "Widex Moment"),
    "dressing": ("Mepilex Border", "Aquacel Ag", "Tegaderm", "Allevyn", "Xeroform", "Kerlix"),
    "cgm": ("Dexcom G7", "FreeStyle Libre 3", "Dexcom G6", "Guardian 4"),
    "pump": ("Omnipod 5", "Tandem t:slim X2", "MiniMed 780G"),
    "thickener": ("SimplyThick", "Thick-It", "ThickenUp Clear"),
    "anticoag": ("Eliquis", "Xarelto", "warfarin", "Pradaxa", "enoxaparin"),
    "cushion": ("ROHO cushion", "Jay cushion", "gel cushion"),
    "supplement": ("Ensure Plus", "Boost Breeze", "Glucerna", "Juven"),
}
ROLES = (
    "the attending", "the charge nurse", "the hospitalist", "the case manager", "the on-call resident",
    "the wound nurse", "the social worker", "the PT", "the SLP", "the pharmacist", "the covering NP",
    "the unit clerk", "the house supervisor", "the chaplain", "the hospice aide",
)  # fmt: skip
ICD = (
    "E11.65",
    "I48.91",
    "L89.154",
    "J44.1",
    "N18.4",
    "R13.12",
    "H40.1131",
    "G30.1",
    "C34.90",
    "Z51.5",
    "K02.52",
    "H90.3",
)
CPT = ("99214", "97110", "92610", "97597", "99497", "92557", "D7140", "36430", "99349", "G0299", "97530")
LABS = (
    "Hgb 8.1 g/dL", "K 5.4 mmol/L", "Cr 1.9 mg/dL", "INR 2.7", "WBC 13.2", "albumin 2.6 g/dL",
    "A1c 8.9%", "BNP 1,240 pg/mL", "Na 131", "plt 88K", "lactate 2.1", "TSH 0.02 mIU/L", "prealbumin 11 mg/dL",
)  # fmt: skip
SCORES = (
    "PPS 40%", "FAST 7c", "Braden 13", "Morse 65", "GCS 14", "ESI 2", "BIMS 9/15", "PHQ-9 of 12",
    "NIHSS 4", "CHA2DS2-VASc 5", "Berg 38/56", "MoCA 19/30", "PAS 7", "FOIS level 3", "Karnofsky 50",
    "Tinetti 16/28", "APGAR 8/9", "KPS 60", "ECOG 3",
)  # fmt: skip


def _clock(rng: random.Random) -> str:
    """A daytime clock time: morning hours are AM, the rest PM."""
    hour = rng.choice((7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5))
    half = "AM" if 7 <= hour <= 11 else "PM"
    return f"{hour}:{rng.randint(0, 59):02d} {half if rng.random() < 0.6 else half.lower()}"


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Untyped filler that looks like identifiers to a careless rule: none of it is PHI."""
    values = {
        "med": rng.choice(MEDS),
        "med2": rng.choice(MEDS),
        "epo": rng.choice(EPONYMS),
        "epo2": rng.choice(EPONYMS),
        "device": rng.choice(DEVICES),
        "comfort": rng.choice(COMFORT),
        "bug": rng.choice(BUGS),
        **{kind: rng.choice(names) for kind, names in KINDS.items()},
        "hgb": f"Hgb {rng.randint(55, 79) / 10} g/dL",
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "icd": rng.choice(ICD),
        "icd2": rng.choice(ICD),
        "cpt": rng.choice(CPT),
        "lab": rng.choice(LABS),
        "lab2": rng.choice(LABS),
        "score": rng.choice(SCORES),
        "score2": rng.choice(SCORES),
        "bp": f"{rng.randint(92, 178)}/{rng.randint(48, 98)}",
        "hr": str(rng.randint(52, 128)),
        "rr": str(rng.randint(12, 30)),
        "spo2": f"{rng.randint(86, 100)}%",
        "temp": f"{rng.choice(('36.', '37.', '38.'))}{rng.randint(0, 9)}",
        "tempf": f"{rng.randint(97, 101)}.{rng.randint(0, 9)}",
        "wt": f"{rng.randint(38, 131)}.{rng.randint(0, 9)} kg",
        "time": f"{rng.randint(0, 23):02d}{rng.choice(('00', '15', '30', '45', '10', '52'))}",
        "time2": _clock(rng),
        "year": str(rng.randint(1998, 2022)),
        "year2": str(rng.randint(1975, 2015)),
        "young": str(rng.randint(23, 88)),
        "kid_age": str(rng.randint(5, 17)),
        "grade": str(rng.randint(1, 12)),
        "dur": rng.choice(("x 3 days", "for 2 weeks", "x 6 months", "since last spring", "for ~10 yrs", "x 48 h")),
        "room": rng.choice((f"Rm {rng.randint(100, 799)}", f"room {rng.randint(2, 9)}{rng.randint(10, 40)}-B", f"bed {rng.randint(1, 32)}", f"Bay {rng.randint(1, 12)}")),
        "lot": f"{_letters(rng, 2)}{_digits(rng, 4)}",
        "gauge": f"{rng.choice((18, 20, 22, 24))}G",
        "pct": f"{rng.randint(5, 95)}%",
        "ratio": rng.choice(("1:1", "2:1", "1:1000", "3:1", "1:4")),
        "snellen": rng.choice(("20/20", "20/25", "20/40", "20/60", "20/200", "CF at 3 ft", "20/400")),
        "db": str(rng.choice((25, 30, 35, 40, 45, 55, 60, 65, 70, 80))),
        "db2": str(rng.choice((30, 40, 45, 50, 55, 60, 70, 75))),
        "job": rng.choice(("retired machinist", "schoolteacher", "dairy farmer", "LPN", "long-haul trucker", "homemaker", "postal carrier", "seamstress")),
        "lang": rng.choice(("Vietnamese", "Spanish", "Somali", "Haitian Creole", "Marshallese", "Arabic", "Russian", "Tigrinya", "Karen", "Mixteco")),
        "tooth": str(rng.randint(1, 32)),
        "pain": f"{rng.randint(0, 10)}/10",
        "suture": rng.choice(("4-0 Monocryl", "3-0 chromic gut", "5-0 nylon", "2-0 silk")),
        "cm": f"{rng.randint(1, 9)}.{rng.randint(0, 9)} x {rng.randint(1, 7)}.{rng.randint(0, 9)} x {rng.randint(0, 2)}.{rng.randint(1, 9)} cm",
        "ndc": f"{_digits(rng, 5)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
        "loinc": rng.choice(("2345-7", "4548-4", "718-7", "2160-0", "33914-3", "6690-2")),
        "count": str(rng.randint(2, 14)),
        "ml": str(rng.choice((50, 120, 240, 350, 500, 1000))),
    }  # fmt: skip
    values["Role"] = values["role"][0].upper() + values["role"][1:]
    return {key: (None, text) for key, text in values.items()}
