"""Invented values for set 4 (psychiatry, addiction and crisis services).

``identifiers(rng)`` makes one invented identity and its context (patient, relatives, staff, places,
dates, every kind of number); ``lookalikes(rng)`` makes the clinical and administrative filler that is
not PHI (scores, doses, codes, rooms, legal sections, programme names without a town). Only ``rng`` is
used, so a seed gives the same values every time.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from mediflow.quality.phi_types import PhiType as T

Value = tuple[T | None, str]

# --- name lists (many origins, hyphens, particles, apostrophes, word- and place-names) -------------

FIRST = (
    "Ana",
    "Marisol",
    "Priya",
    "Oluwaseun",
    "Nguyen",
    "Thi Lan",
    "Siobhan",
    "Dmitri",
    "Aleksandra",
    "Kwame",
    "Fatima",
    "Yusuf",
    "Mei-Ling",
    "Hiroshi",
    "Ingrid",
    "Bjorn",
    "Rosa",
    "Guadalupe",
    "Jean-Luc",
    "Marie-Claire",
    "Hope",
    "Faith",
    "Summer",
    "Grant",
    "Will",
    "Frank",
    "Rose",
    "Hunter",
    "Autumn",
    "Destiny",
    "Jordan",
    "Chelsea",
    "Paris",
    "Austin",
    "Florence",
    "Madison",
    "Lincoln",
    "Troy",
    "Dakota",
    "Sierra",
    "Amir",
    "Leila",
    "Tariq",
    "Aoife",
    "Ciaran",
    "Tupac",
    "Keanu",
    "Noelani",
    "Ayesha",
    "Rahul",
    "Deepika",
    "Chidi",
    "Ngozi",
    "Sven",
    "Katarzyna",
    "Wojciech",
    "Esperanza",
    "Joaquin",
    "Xiomara",
    "DeShawn",
    "LaToya",
    "Tyrell",
    "Bao",
    "Minh",
    "Soo-jin",
    "Jae-won",
    "Ezekiel",
    "Miriam",
    "Avraham",
    "Shoshana",
    "Lakshmi",
    "Anh",
    "Darnell",
    "Precious",
    "Birgit",
    "Ebony",
    "Wren",
    "River",
    "Sky",
    "Guillermo",
    "Consuelo",
    "Ibrahim",
    "Zainab",
    "Mateus",
    "Iolanthe",
)
MIDDLE = "ABCDEFGHJKLMNPRSTVW"
LAST = (
    "Ruiz",
    "de la Cruz",
    "van der Berg",
    "O'Neill",
    "D'Angelo",
    "McAllister",
    "MacLeod",
    "Nguyen",
    "Okonkwo",
    "Adeyemi",
    "Kowalczyk",
    "Brzezinski",
    "Haddad",
    "Al-Sayed",
    "Ben-David",
    "Rosenthal",
    "Yamamoto",
    "Takahashi",
    "Park",
    "Choi",
    "Patel",
    "Venkataraman",
    "Chatterjee",
    "Oyelaran",
    "Mensah",
    "Fitzgerald",
    "St. John",
    "Villanueva-Ortiz",
    "Garcia-Lopez",
    "Smith-Jones",
    "Whitehorse",
    "Running Bear",
    "Young",
    "Bishop",
    "Church",
    "Wood",
    "Hill",
    "Brown",
    "Frank",
    "Rich",
    "Best",
    "Moody",
    "Sober",
    "Swindle",
    "Lovelace",
    "Cotton",
    "Jordan",
    "Lincoln",
    "Houston",
    "Dallas",
    "Florence",
    "Chester",
    "du Pont",
    "van Houten",
    "von Stein",
    "da Silva",
    "dos Santos",
    "Le",
    "Tran",
    "Pham",
    "Ng",
    "Kaur",
    "Singh",
    "Abernathy",
    "Quiñones",
    "Müller",
    "Lindqvist",
    "Papadopoulos",
    "Ivanova",
    "Nakamura-Reyes",
    "Blackwood",
    "Castellanos",
    "Delacroix",
    "Oduya",
)
NICK = (
    "Bobby",
    "Kiki",
    "Junior",
    "Tito",
    "Mack",
    "Cookie",
    "Boo",
    "Sunny",
    "Lulu",
    "Chuy",
    "Dee",
    "Pookie",
    "Tink",
    "Red",
    "Bubba",
    "Mimi",
    "Gigi",
    "Smitty",
    "Nene",
    "Chip",
)

CITY = (
    "Port Alder",
    "Millbrook",
    "Cedar Falls",
    "Eastvale",
    "Lindenhurst",
    "Bellmont",
    "Ashby",
    "Winslow",
    "Fairhaven",
    "Marlow Springs",
    "Hope",
    "Liberty",
    "Paradise",
    "Independence",
    "Orange",
    "Normal",
    "Delta",
    "Kessling",
    "New Castile",
    "Oak Hollow",
    "Bridgewater",
    "Silver Lake",
    "Harlan",
    "Greystone",
    "Canton",
    "Fort Ambrose",
    "Lake Tamsin",
    "North Ridley",
    "San Benito Heights",
    "Poplar Bluff",
    "Eureka",
    "Sterling",
    "Carthage",
    "Monroe",
    "Goshen",
    "Ypsilanti",
    "Tallmadge",
    "Wapato",
    "Chula Vista",
    "Saint Albans",
)
COUNTY = (
    "Alder",
    "Kittredge",
    "Lake",
    "Marion",
    "Santa Inez",
    "St. Clair",
    "Du Page",
    "Harlan",
    "Bexley",
    "Ottawa",
    "Cheshire",
    "Pocahontas",
    "Wyandot",
    "Yellow Medicine",
    "Washoe",
    "Kern",
    "Clearwater",
)
STREET = (
    "Larkspur",
    "Commerce",
    "Old Mill",
    "Martin Luther King Jr",
    "Cesar Chavez",
    "Sycamore",
    "Elm",
    "Division",
    "Harbor View",
    "Juniper Ridge",
    "Orchard",
    "Brewery",
    "Tanner",
    "Calle Azul",
    "Rue Beaumont",
    "Quarry",
    "Railroad",
    "Pleasant Valley",
    "Saint Anne",
    "Kings Hwy",
    "Fourth",
    "23rd",
    "Magnolia",
)
SUFFIX = ("Ave", "St", "Road", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Terrace", "Street", "Avenue", "Cir")
HOOD = (
    "Eastside",
    "Old Town",
    "the Flats",
    "Brightmoor",
    "Fruitvale",
    "Little Saigon",
    "Southpark",
    "Riverbend",
    "Five Points",
    "Mill District",
    "Hilltop",
    "the Bottoms",
    "Chinatown",
    "Westgate",
)
STATES = ("OR", "WA", "CA", "FL", "OH", "MI", "TX", "NY", "PA", "AZ", "NM", "GA", "MN", "Oregon", "Florida")
FAC_KIND = (
    "Behavioral Health Center",
    "Regional Medical Center",
    "Psychiatric Hospital",
    "Community Hospital",
    "Mental Health Urgent Care",
    "General Hospital",
    "Crisis Center",
    "Recovery Hospital",
)


def _pick(rng: random.Random, seq):
    return seq[rng.randrange(len(seq))]


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(_pick(rng, alphabet) for _ in range(n))


def _alnum(rng: random.Random, n: int) -> str:
    return _letters(rng, n, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


# --- dates ----------------------------------------------------------------------------------------

MON = (
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


def fmt_date(d: dt.date, style: str) -> str:
    m3 = MON[d.month - 1][:3]
    return {
        "us": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "us_short": f"{d.month}/{d.day}/{d.year % 100:02d}",
        "iso": d.isoformat(),
        "dmy_mon": f"{d.day:02d}-{m3}-{d.year}",
        "long": f"{MON[d.month - 1]} {d.day}, {d.year}",
        "eu": f"{d.day} {MON[d.month - 1]} {d.year}",
        "mon_d": f"{m3} {d.day}, {d.year}",
        "dot": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "caps": f"{d.day:02d}{m3.upper()}{d.year}",
        "nodash": f"{d.year}{d.month:02d}{d.day:02d}",
        "md": f"{d.month}/{d.day}",
        "mon_day": f"{m3} {d.day}",
        "day_mon": f"{d.day} {m3}",
    }[style]


FULL_STYLES = ("us", "us_short", "iso", "dmy_mon", "long", "eu", "mon_d", "dot", "caps")


def _rand_date(rng: random.Random) -> str:
    return _pick(rng, FULL_STYLES)


def _datetime(rng: random.Random, d: dt.date) -> str:
    h, mi = rng.randrange(24), rng.randrange(60)
    return _pick(
        rng,
        (
            f"{fmt_date(d, 'us')} {h:02d}:{mi:02d}",
            f"{d.isoformat()}T{h:02d}:{mi:02d}",
            f"{fmt_date(d, 'us_short')} @ {h:02d}{mi:02d}",
            f"{fmt_date(d, 'dmy_mon')} {h:02d}{mi:02d}",
            f"{fmt_date(d, 'mon_d')} {(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
        ),
    )


# --- identifier formats ---------------------------------------------------------------------------


def _phone(rng: random.Random) -> str:
    a = rng.choice([212, 301, 312, 360, 415, 503, 541, 614, 702, 727, 813, 919, 971, 305, 248, 520])
    line = f"01{rng.randrange(100):02d}"
    return _pick(
        rng,
        (
            f"({a}) 555-{line}",
            f"{a}-555-{line}",
            f"{a}.555.{line}",
            f"+1 {a} 555 {line}",
            f"1-{a}-555-{line}",
            f"{a}/555-{line}",
            f"{a}555{line}",
            f"({a})555-{line}",
        ),
    )


def _luhn_digit(payload: str) -> str:
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
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def _dea(rng: random.Random, last: str) -> str:
    first = rng.choice("ABFGMX")
    second = next((c for c in last.upper() if c.isalpha()), "Z")
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return f"{first}{second}{''.join(map(str, d))}{check}"


_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
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
    chars = [_pick(rng, _VIN_CHARS) for _ in range(17)]
    chars[9] = _pick(rng, "KLMNPRS")
    total = sum(_VIN_VAL[c] * w for c, w in zip(chars, _VIN_W, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _plate(rng: random.Random) -> str:
    return _pick(
        rng,
        (
            f"{rng.randrange(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 3)} {_digits(rng, 3)}",
            f"{_digits(rng, 3)} {_letters(rng, 3)}",
            f"{_letters(rng, 2)}{_digits(rng, 2)}{_letters(rng, 2)}",
        ),
    )


def _mbi(rng: random.Random) -> str:
    ok = "ACDEFGHJKMNPQRTUVWXY"
    an = ok + "0123456789"
    s = (
        str(rng.randrange(1, 10))
        + _letters(rng, 1, ok)
        + _letters(rng, 1, an)
        + _digits(rng, 1)
        + _letters(rng, 1, ok)
        + _letters(rng, 1, an)
        + _digits(rng, 1)
        + _letters(rng, 2, ok)
        + _digits(rng, 2)
    )
    return rng.choice((s, f"{s[:4]}-{s[4:7]}-{s[7:]}"))


def _ssn(rng: random.Random) -> str:
    area = rng.randrange(101, 665)
    grp, ser = rng.randrange(1, 100), rng.randrange(1, 10000)
    return _pick(
        rng,
        (
            f"{area:03d}-{grp:02d}-{ser:04d}",
            f"{area:03d} {grp:02d} {ser:04d}",
            f"{area:03d}{grp:02d}{ser:04d}",
            f"{area:03d}-{grp:02d}-{ser:04d}",
        ),
    )


def _ip(rng: random.Random) -> str:
    return _pick(
        rng,
        (
            f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            f"198.51.100.{rng.randrange(1, 255)}",
            f"203.0.113.{rng.randrange(1, 255)}",
            f"2001:db8:{rng.randrange(65536):x}:{rng.randrange(65536):x}::{rng.randrange(1, 65536):x}",
        ),
    )


def _slug(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalpha())


def _name(rng: random.Random) -> tuple[str, str, str]:
    return _pick(rng, FIRST), _pick(rng, MIDDLE), _pick(rng, LAST)


_OCR = {"0": "O", "1": "l", "5": "S", "8": "B", "/": "l"}


def _ocr(rng: random.Random, text: str) -> str:
    """Scanner damage: a few characters read as look-alike letters (the span is what the page shows)."""
    out = [(_OCR[c] if c in _OCR and rng.random() < 0.3 else c) for c in text]
    return "".join(out)


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented person and context: every value typed, so each becomes a gold span."""
    v: dict[str, Value] = {}
    N, L, D = T.NAME, T.LOCATION, T.DATE

    first, mi, last = _name(rng)
    v["pt_first"] = (N, first)
    v["pt_last"] = (N, last)
    v["pt_full"] = (N, rng.choice((f"{first} {last}", f"{first} {mi}. {last}")))
    v["pt_fl"] = (N, f"{first} {last}")
    v["pt_lf"] = (N, rng.choice((f"{last}, {first}", f"{last}, {first} {mi}.")))
    v["pt_lf_caps"] = (N, f"{last.upper()}, {first.upper()}" + rng.choice(("", f" {mi}")))
    v["pt_caps"] = (N, f"{first.upper()} {last.upper()}")
    v["pt_init_last"] = (N, f"{first[0]}. {last}")
    v["pt_hl7"] = (N, f"{last.upper().replace(' ', '')}^{first.upper()}^{mi}")
    v["pt_nick"] = (N, _pick(rng, NICK))
    for key in (
        "rel",
        "rel2",
        "md",
        "md2",
        "rn",
        "rn2",
        "sw",
        "peer",
        "atty",
        "po",
        "psych",
        "pharm",
        "counselor",
        "house_mgr",
        "witness",
        "tech",
        "judge",
        "officer",
        "clin3",
    ):
        f, m, la = _name(rng)
        v[f"{key}_full"] = (N, rng.choice((f"{f} {la}", f"{f} {m}. {la}", f"{f} {la}")))
        v[f"{key}_first"] = (N, f)
        v[f"{key}_last"] = (N, la)
        v[f"{key}_init"] = (N, f"{f[0]}. {la}")
    v["rel_rel"] = (
        None,
        _pick(
            rng,
            (
                "mother",
                "father",
                "sister",
                "brother",
                "wife",
                "husband",
                "partner",
                "aunt",
                "grandmother",
                "son",
                "daughter",
                "roommate",
                "cousin",
            ),
        ),
    )

    # places
    city, city2, city3 = rng.sample(CITY, 3)
    v["street"] = (L, f"{rng.randrange(2, 9899)} {_pick(rng, STREET)} {_pick(rng, SUFFIX)}")
    v["street2"] = (L, f"{rng.randrange(2, 9899)} {_pick(rng, STREET)} {_pick(rng, SUFFIX)}")
    v["unit"] = (
        L,
        _pick(
            rng,
            (
                f"Apt {rng.randrange(1, 40)}{rng.choice('ABCD')}",
                f"Unit {rng.randrange(1, 300)}",
                f"#{rng.randrange(100, 999)}",
                f"Trlr {rng.randrange(1, 80)}",
                f"Apt. {rng.randrange(1, 20)}",
                f"Ste {rng.randrange(100, 500)}",
            ),
        ),
    )
    v["city"] = (L, city)
    v["city2"] = (L, city2)
    v["city3"] = (L, city3)
    v["city_caps"] = (L, city.upper())
    v["county"] = (L, f"{_pick(rng, COUNTY)} County")
    v["county2"] = (L, f"{_pick(rng, COUNTY)} County")
    zip5 = f"{rng.randrange(10, 99)}{_digits(rng, 3)}"
    v["zip"] = (L, zip5)
    v["zip4"] = (L, f"{zip5}-{_digits(rng, 4)}")
    v["hood"] = (L, _pick(rng, HOOD))
    v["fac_town"] = (L, f"{city2} {_pick(rng, FAC_KIND)}")
    v["fac_town2"] = (
        L,
        rng.choice((f"{city3} {_pick(rng, FAC_KIND)}", f"{_pick(rng, FAC_KIND)} of {city3}")),
    )
    v["state_hosp"] = (L, f"{city3} State Hospital")
    v["jail"] = (
        L,
        f"{_pick(rng, COUNTY)} County {rng.choice(('Jail', 'Detention Center', 'Correctional Facility'))}",
    )
    v["state"] = (None, _pick(rng, STATES))

    # dates
    base = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(0, 1200))
    age = rng.randrange(19, 78)
    dob = base - dt.timedelta(days=age * 365 + rng.randrange(0, 365))
    st = _rand_date(rng)
    v["dob"] = (D, fmt_date(dob, _rand_date(rng)))
    v["dob_us"] = (D, fmt_date(dob, "us"))
    v["dob_iso"] = (D, fmt_date(dob, "iso"))
    v["dob_hl7"] = (D, fmt_date(dob, "nodash"))
    v["dob_ocr"] = (D, _ocr(rng, fmt_date(dob, "us")))
    v["age_pt"] = (None, str(age))
    for i in range(1, 7):
        d = base + dt.timedelta(days=(i - 1) * rng.randrange(1, 6))
        v[f"d{i}"] = (D, fmt_date(d, st if i % 2 else _rand_date(rng)))
        v[f"us{i}"] = (D, fmt_date(d, "us"))
        v[f"iso{i}"] = (D, fmt_date(d, "iso"))
        v[f"md{i}"] = (D, fmt_date(d, _pick(rng, ("md", "mon_day", "day_mon"))))
        v[f"dt{i}"] = (D, _datetime(rng, d))
        v[f"hl7d{i}"] = (D, fmt_date(d, "nodash") + f"{rng.randrange(24):02d}{rng.randrange(60):02d}")
    log_style = _pick(rng, ("md", "us", "us_short", "iso", "mon_day"))
    for i in range(1, 8):
        v[f"log{i}"] = (D, fmt_date(base + dt.timedelta(days=i - 1), log_style))
    fut = base + dt.timedelta(days=rng.randrange(10, 120))
    v["future"] = (D, fmt_date(fut, _rand_date(rng)))
    v["future_long"] = (D, fmt_date(fut, "long"))
    v["past"] = (D, fmt_date(base - dt.timedelta(days=rng.randrange(30, 2000)), _rand_date(rng)))
    v["past_md"] = (D, fmt_date(base - dt.timedelta(days=rng.randrange(30, 300)), "mon_day"))
    words = (
        "ninety",
        "ninety-one",
        "ninety-two",
        "ninety-three",
        "ninety-four",
        "ninety-five",
        "ninety-six",
        "ninety-seven",
        "ninety-eight",
        "ninety-nine",
        "one hundred",
        "one hundred and one",
    )
    a90 = rng.randrange(90, 102)
    v["age90"] = (T.AGE, str(a90))
    dob90 = base - dt.timedelta(days=a90 * 365 + a90 // 4 + rng.randrange(1, 360))
    v["dob90"] = (D, fmt_date(dob90, _rand_date(rng)))
    v["dob90_us"] = (D, fmt_date(dob90, "us"))
    v["dob90_iso"] = (D, fmt_date(dob90, "iso"))
    v["dob90_ocr"] = (D, _ocr(rng, fmt_date(dob90, "us")))
    v["age90w"] = (T.AGE, words[a90 - 90])
    v["age90b"] = (T.AGE, str(rng.randrange(90, 104)))

    # contact
    v["phone"] = (T.PHONE, _phone(rng))
    v["phone2"] = (T.PHONE, _phone(rng))
    v["phone3"] = (T.PHONE, _phone(rng))
    v["phone_ocr"] = (T.PHONE, _ocr(rng, v["phone"][1]))
    v["fax"] = (T.FAX, _phone(rng))
    v["fax2"] = (T.FAX, _phone(rng))
    dom = _pick(
        rng,
        (
            "example.com",
            "example.org",
            "mail.example.com",
            "recovery.test",
            "example.net",
            "clinic.example.org",
            "inbox.test",
        ),
    )
    v["email"] = (
        T.EMAIL,
        _pick(
            rng,
            (
                f"{_slug(first)}.{_slug(last)}@{dom}",
                f"{_slug(first)[0]}{_slug(last)}{rng.randrange(1, 99)}@{dom}",
                f"{_slug(last)}_{_slug(first)}{rng.randrange(70, 99)}@{dom}",
            ),
        ),
    )
    sf, _, sl = _name(rng)
    v["email_staff"] = (
        T.EMAIL,
        f"{_slug(sf)[0]}{_slug(sl)}@{_pick(rng, ('bh.example.org', 'county.example.gov.test', 'otp.example.com', 'courts.test'))}",
    )
    v["url"] = (
        T.URL,
        _pick(
            rng,
            (
                f"https://portal.example.org/chart/{_alnum(rng, 8)}",
                f"https://telehealth.example.com/visit/{_alnum(rng, 4)}-{_alnum(rng, 4)}",
                f"www.example.org/residents/{_digits(rng, 5)}",
                f"http://recovery.example.net/u/{_slug(first)}{_digits(rng, 3)}",
                f"https://meet.example.com/j/{_digits(rng, 10)}",
            ),
        ),
    )
    v["url2"] = (
        T.URL,
        _pick(
            rng,
            (
                f"https://pdmp.example.gov.test/report/{_alnum(rng, 10)}",
                f"https://rems.example.com/patient/{_digits(rng, 8)}",
                f"https://court.example.org/docket/{_alnum(rng, 6)}",
            ),
        ),
    )
    v["ip"] = (T.IP_ADDRESS, _ip(rng))
    v["ip2"] = (T.IP_ADDRESS, _ip(rng))

    # national and institutional numbers
    v["ssn"] = (T.SSN, _ssn(rng))
    v["mrn"] = (
        T.MRN,
        _pick(
            rng,
            (
                _digits(rng, 8),
                f"BH-{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 2)}",
                f"E{_digits(rng, 7)}",
                f"00{_digits(rng, 6)}",
                f"M{_digits(rng, 2)}-{_digits(rng, 5)}",
            ),
        ),
    )
    v["mrn2"] = (
        T.MRN,
        _pick(rng, (_digits(rng, 7), f"PSY{_digits(rng, 6)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}")),
    )
    v["otp_id"] = (T.MRN, f"{_pick(rng, ('OTP', 'MM', 'C'))}-{_digits(rng, 5)}")
    v["medicaid"] = (
        T.HEALTH_PLAN_ID,
        _pick(
            rng,
            (
                f"{_letters(rng, 2)}{_digits(rng, 8)}",
                f"{_digits(rng, 9)}{rng.choice('ABCFG')}",
                f"{_digits(rng, 8)}",
                f"9{_digits(rng, 7)}-{_digits(rng, 2)}",
            ),
        ),
    )
    v["mbi"] = (T.HEALTH_PLAN_ID, _mbi(rng))
    v["member"] = (
        T.HEALTH_PLAN_ID,
        _pick(
            rng,
            (
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 9)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
                f"U{_digits(rng, 8)}01",
            ),
        ),
    )
    v["group"] = (
        T.HEALTH_PLAN_ID,
        _pick(rng, (_digits(rng, 6), f"GRP-{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 4)}")),
    )
    v["fin"] = (
        T.ACCOUNT,
        _pick(rng, (_digits(rng, 10), f"V{_digits(rng, 9)}", f"{_digits(rng, 4)}-{_digits(rng, 6)}")),
    )
    v["acct"] = (
        T.ACCOUNT,
        _pick(rng, (f"{_digits(rng, 2)}-{_digits(rng, 7)}", f"A{_digits(rng, 8)}", _digits(rng, 9))),
    )
    v["claim"] = (
        T.ACCOUNT,
        _pick(
            rng,
            (
                f"CLM-{base.year}-{_digits(rng, 8)}",
                f"{_digits(rng, 13)}",
                f"{_digits(rng, 5)}{_letters(rng, 2)}{_digits(rng, 5)}",
            ),
        ),
    )
    v["npi"] = (T.LICENSE, _npi(rng))
    v["npi2"] = (T.LICENSE, _npi(rng))
    v["dea"] = (T.LICENSE, _dea(rng, v["md_last"][1]))
    v["dl"] = (
        T.LICENSE,
        _pick(
            rng,
            (
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                f"{_digits(rng, 9)}",
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
            ),
        ),
    )
    v["lic"] = (
        T.LICENSE,
        _pick(
            rng,
            (
                _digits(rng, 5),
                f"{_letters(rng, 2)}{_digits(rng, 6)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}",
                f"{_letters(rng, 3)}.{_digits(rng, 7)}",
            ),
        ),
    )
    v["lic2"] = (
        T.LICENSE,
        _pick(
            rng,
            (
                _digits(rng, 6),
                f"{_letters(rng, 1)}{_digits(rng, 5)}",
                f"{_digits(rng, 4)}-{_letters(rng, 1)}",
            ),
        ),
    )
    v["vin"] = (T.VEHICLE_ID, _vin(rng))
    v["plate"] = (T.VEHICLE_ID, _plate(rng))
    v["dev_ect"] = (
        T.DEVICE_ID,
        _pick(
            rng, (f"SN {_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 6)}", f"TH4-{_digits(rng, 6)}")
        ),
    )
    v["dev_ankle"] = (
        T.DEVICE_ID,
        _pick(
            rng,
            (
                f"{_letters(rng, 2)}{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_alnum(rng, 2)}",
                f"SCR{_digits(rng, 6)}",
            ),
        ),
    )
    v["dev_breath"] = (
        T.DEVICE_ID,
        _pick(rng, (f"SL{_digits(rng, 8)}", f"{_alnum(rng, 10)}", f"BRZ-{_digits(rng, 5)}-{_alnum(rng, 3)}")),
    )
    v["dev_box"] = (
        T.DEVICE_ID,
        _pick(rng, (f"LB-{_digits(rng, 6)}", f"MW{_digits(rng, 7)}", f"{_alnum(rng, 4)}-{_alnum(rng, 4)}")),
    )
    v["udi"] = (T.DEVICE_ID, f"(01)00{_digits(rng, 12)}(21){_alnum(rng, 8)}")
    v["bio_fp"] = (
        T.BIOMETRIC,
        _pick(
            rng, (f"FP-{_alnum(rng, 12)}", f"{_alnum(rng, 8)}-{_alnum(rng, 4)}", f"fpt_{_digits(rng, 10)}")
        ),
    )
    v["bio_palm"] = (
        T.BIOMETRIC,
        _pick(rng, (f"PV{_digits(rng, 9)}", f"PALM-{_alnum(rng, 6)}-{_digits(rng, 2)}")),
    )
    v["bio_iris"] = (T.BIOMETRIC, _pick(rng, (f"IRS{_alnum(rng, 9)}", f"iris-{_alnum(rng, 6).lower()}")))
    v["bio_voice"] = (T.BIOMETRIC, _pick(rng, (f"VP-{_digits(rng, 8)}", f"VX{_alnum(rng, 10)}")))
    v["photo"] = (
        T.PHOTO,
        _pick(
            rng,
            (
                f"IMG_{fmt_date(base, 'nodash')}_{_digits(rng, 4)}.jpg",
                f"pt_photo_{_digits(rng, 7)}.png",
                f"PH-{_digits(rng, 7)}.jpg",
                f"{_slug(last)}_{_slug(first)}_face.jpeg",
                f"DSC{_digits(rng, 5)}.JPG",
            ),
        ),
    )
    v["photo_id"] = (
        T.PHOTO,
        _pick(rng, (f"PHOTO-{_digits(rng, 6)}", f"PIC{_digits(rng, 8)}", f"BKG-{_digits(rng, 7)}-F")),
    )

    # other unique numbers
    yr = base.year
    v["case_no"] = (
        T.OTHER_ID,
        _pick(
            rng,
            (
                f"{yr % 100}MH{_digits(rng, 5)}",
                f"MH-{yr}-{_digits(rng, 6)}",
                f"{yr}-PR-{_digits(rng, 4)}",
                f"{_digits(rng, 2)}-{_digits(rng, 5)}-{_letters(rng, 2)}",
            ),
        ),
    )
    v["docket"] = (
        T.OTHER_ID,
        _pick(
            rng,
            (
                f"CR{yr % 100}-{_digits(rng, 6)}",
                f"{_digits(rng, 4)}CF{_digits(rng, 6)}",
                f"DUI-{_digits(rng, 5)}",
            ),
        ),
    )
    v["petition"] = (T.OTHER_ID, f"{_pick(rng, ('P', 'PET', 'IVH'))}{_digits(rng, 6)}")
    v["incident"] = (
        T.OTHER_ID,
        _pick(rng, (f"{yr % 100}-{_digits(rng, 6)}", f"INC{_digits(rng, 8)}", f"MCT-{_digits(rng, 5)}")),
    )
    v["pdmp_req"] = (T.OTHER_ID, _pick(rng, (f"RQ{_digits(rng, 10)}", f"{_alnum(rng, 6)}-{_alnum(rng, 6)}")))
    for i in range(1, 5):
        v[f"rx{i}"] = (
            T.OTHER_ID,
            _pick(rng, (_digits(rng, 7), f"RX{_digits(rng, 7)}", f"{_digits(rng, 1)}-{_digits(rng, 6)}")),
        )
    v["rems_id"] = (
        T.OTHER_ID,
        _pick(rng, (_digits(rng, 9), f"CZ{_digits(rng, 7)}", f"REMS-{_alnum(rng, 8)}")),
    )
    v["doc_no"] = (
        T.OTHER_ID,
        _pick(rng, (f"{_letters(rng, 1)}{_digits(rng, 6)}", f"#{_digits(rng, 7)}", _digits(rng, 8))),
    )
    v["booking"] = (T.OTHER_ID, f"{yr % 100}{_digits(rng, 6)}")
    v["prob_case"] = (
        T.OTHER_ID,
        _pick(rng, (f"PB{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}-P")),
    )
    v["study"] = (T.OTHER_ID, f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}")
    v["specimen"] = (
        T.OTHER_ID,
        _pick(
            rng,
            (
                f"U{_digits(rng, 9)}",
                f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 5)}",
                f"TOX{_digits(rng, 7)}",
            ),
        ),
    )
    v["pa_ref"] = (T.OTHER_ID, _pick(rng, (f"PA{_digits(rng, 9)}", f"{_alnum(rng, 3)}{_digits(rng, 7)}")))
    v["emp"] = (T.OTHER_ID, _pick(rng, (f"E{_digits(rng, 6)}", _digits(rng, 6), f"EMP-{_digits(rng, 5)}")))
    v["bed_req"] = (T.OTHER_ID, f"BR-{_digits(rng, 7)}")
    return v


# --- look-alikes ----------------------------------------------------------------------------------

ICD_F = (
    "F20.0",
    "F20.9",
    "F25.0",
    "F31.2",
    "F31.81",
    "F32.2",
    "F33.1",
    "F41.1",
    "F43.10",
    "F10.239",
    "F11.20",
    "F11.23",
    "F12.20",
    "F14.20",
    "F15.20",
    "F50.01",
    "F50.2",
    "F60.3",
    "F90.2",
    "F10.20",
    "F13.20",
    "F19.20",
    "F05",
    "F03.90",
    "F42.2",
    "F43.12",
    "R45.851",
    "T40.1X1A",
    "Z91.51",
    "F29",
    "F39",
)
DSM = (
    "Opioid use disorder, severe, on maintenance therapy",
    "Alcohol use disorder, moderate",
    "Schizoaffective disorder, bipolar type",
    "Major depressive disorder, recurrent, severe without psychotic features",
    "Bipolar I disorder, current episode manic, severe",
    "Anorexia nervosa, restricting type",
    "Posttraumatic stress disorder",
    "Borderline personality disorder",
    "Stimulant use disorder, methamphetamine, severe",
    "Schizophrenia, multiple episodes, currently in acute episode",
    "Bulimia nervosa, moderate",
    "Cannabis use disorder, mild",
    "Unspecified psychosis",
    "Alcohol withdrawal, with perceptual disturbances",
)
BRAND = (
    "Clozaril",
    "Sublocade",
    "Vivitrol",
    "Invega Sustenna",
    "Abilify Maintena",
    "Narcan",
    "Zyprexa Relprevv",
    "Methadose",
    "Suboxone",
    "Zubsolv",
    "Lucemyra",
    "Brixadi",
    "Aristada",
    "Lithobid",
    "Seroquel XR",
    "Ativan",
)
EPONYM = (
    "Korsakoff syndrome",
    "Wernicke encephalopathy",
    "Parkinson disease",
    "Tourette syndrome",
    "Graves' disease",
    "Cushing syndrome",
    "Huntington disease",
    "Capgras delusion",
    "Clérambault syndrome",
    "Ganser syndrome",
    "Hashimoto thyroiditis",
    "Lewy body dementia",
    "Alzheimer disease",
    "Munchausen syndrome",
)
ROLE = (
    "the attending",
    "the charge RN",
    "the covering psychiatrist",
    "the on-call LIP",
    "the unit clerk",
    "the house supervisor",
    "the ACT team lead",
    "the medical director",
    "the dosing nurse",
    "the night RN",
    "the designated examiner",
    "the CSU psychiatrist",
    "the peer specialist",
    "the program director",
)
ORG = (
    "Bridgeway Treatment Services",
    "New Leaf Recovery Residence",
    "Second Wind Peer Services",
    "Harbor Light OTP",
    "Crossroads Crisis Stabilization Unit",
    "Oxford House",
    "Lighthouse ACT Team",
    "Pathways Eating Disorder Program",
    "Serenity Sober Living",
    "Turning Point Withdrawal Management",
    "Beacon Mobile Crisis",
    "Clean Slate Clinic",
    "Recovery Café",
    "Alano Club",
    "SMART Recovery",
    "NAMI Family-to-Family",
    "Mothers Against Drunk Driving",
)
GROUPS = (
    "DBT Skills",
    "Seeking Safety",
    "Relapse Prevention",
    "Anger Management",
    "Moral Reconation Therapy",
    "Matrix IOP",
    "Illness Management & Recovery",
    "Meal Support",
    "Body Image",
    "Men's Process",
    "Women's Trauma",
    "CBT for Psychosis",
    "Wellness Recovery Action Plan",
    "Medication Education",
)
LEGAL = (
    "§5150",
    "W&I Code §5250",
    "Baker Act (F.S. 394.463)",
    "Marchman Act (F.S. 397.675)",
    "72-hour hold",
    "§5270.15",
    "MHL §9.39",
    "ORS 426.070",
    "RCW 71.05.150",
    "Section 12(a)",
    "Sec. 302",
    "14-day certification",
    "§5350 conservatorship",
    "Kendra's Law (MHL §9.60)",
    "Laura's Law AOT",
    "Section 35",
)
UNITS = (
    "4 West",
    "PES",
    "CSU",
    "5 North Adult",
    "Geri-Psych",
    "Adolescent Unit",
    "PICU",
    "Detox 2B",
    "3 East",
    "Behavioral Health ED pod",
    "EDU",
    "Women's Unit",
)


def _score(rng: random.Random, hi: int) -> str:
    return str(rng.randrange(0, hi + 1))


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and administrative filler that is not PHI (all untyped)."""
    v: dict[str, str] = {}
    v["phq9"] = _score(rng, 27)
    v["gad7"] = _score(rng, 21)
    v["audit"] = _score(rng, 40)
    v["ciwa"] = _score(rng, 35)
    v["ciwa2"] = _score(rng, 20)
    v["cows"] = _score(rng, 30)
    v["cows2"] = _score(rng, 15)
    v["bprs"] = str(rng.randrange(18, 95))
    v["ymrs"] = _score(rng, 45)
    v["moca"] = f"{rng.randrange(14, 31)}/30"
    v["cssrs"] = _pick(
        rng,
        (
            "screen negative",
            "positive - wish to be dead, no method",
            "ideation with method, no intent",
            "ideation with intent and plan (item 5 YES)",
            "lifetime attempt, none past 3 mo",
            "low risk",
        ),
    )
    v["risk"] = _pick(rng, ("low", "moderate", "high", "imminent"))
    v["bp"] = f"{rng.randrange(92, 176)}/{rng.randrange(52, 104)}"
    v["hr"] = str(rng.randrange(48, 131))
    v["rr"] = str(rng.randrange(12, 26))
    v["spo2"] = f"{rng.randrange(90, 101)}%"
    v["temp"] = rng.choice(
        (f"{rng.randrange(970, 1012) / 10:.1f} F", f"{rng.randrange(360, 385) / 10:.1f} C")
    )
    kg = rng.randrange(340, 1300) / 10
    v["wt_kg"] = f"{kg:.1f}"
    v["wt_lb"] = f"{kg * 2.2046:.1f}"
    v["ht_cm"] = str(rng.randrange(150, 193))
    v["bmi"] = f"{rng.randrange(128, 420) / 10:.1f}"
    v["bmi_low"] = f"{rng.randrange(128, 185) / 10:.1f}"
    v["pct_ebw"] = f"{rng.randrange(68, 96)}%"
    v["wt_delta"] = rng.choice(("+0.4 kg", "-0.2 kg", "+1.1 kg", "+0.0 kg", "-0.6 kg", "+0.8 kg"))
    mg = rng.randrange(10, 181, 5)
    v["meth_mg"] = str(mg)
    v["meth_ml"] = f"{mg / 10:.1f}"
    v["meth_mg2"] = str(mg + rng.choice((0, 5, 10, -5)))
    v["bup_mg"] = rng.choice(("8", "12", "16", "24", "4", "2"))
    v["mme"] = str(rng.randrange(15, 420))
    v["bottles"] = str(rng.randrange(1, 14))
    v["th_days"] = rng.choice(("1", "2", "6", "13", "27"))
    v["phase"] = rng.choice(("Phase I", "Phase II", "Phase III", "Phase IV", "Phase V", "Phase VI"))
    v["icd"] = _pick(rng, ICD_F)
    v["icd2"] = _pick(rng, ICD_F)
    v["icd3"] = _pick(rng, ICD_F)
    v["dsm"] = _pick(rng, DSM)
    v["dsm2"] = _pick(rng, DSM)
    v["cpt"] = _pick(
        rng,
        (
            "90791",
            "90792",
            "90837",
            "90834",
            "90853",
            "90870",
            "99223",
            "99232",
            "96130",
            "96136",
            "90839",
            "90840",
            "H0015",
            "99408",
        ),
    )
    v["cpt2"] = _pick(rng, ("90833", "96131", "96137", "99233", "90847", "G0396", "99285"))
    v["hcpcs"] = _pick(
        rng,
        (
            "H0020",
            "J2315",
            "Q9991",
            "G2067",
            "G2068",
            "H0010",
            "H2011",
            "S9484",
            "J2426",
            "H0038",
            "G2078",
            "T1016",
        ),
    )
    v["ndc"] = _pick(
        rng,
        (
            "0054-4538-25",
            "12496-1208-3",
            "65757-300-01",
            "0078-0126-05",
            "50458-560-01",
            "0409-1219-01",
            "69547-353-02",
            "0406-8725-34",
        ),
    )
    v["loinc"] = _pick(
        rng,
        (
            "3879-4",
            "19659-2",
            "26453-1",
            "14314-9",
            "3423-1",
            "19295-5",
            "5643-2",
            "44249-1",
            "70274-6",
            "69737-5",
        ),
    )
    v["snomed"] = _pick(
        rng, ("5602001", "191816009", "35489007", "58214004", "13746004", "56882008", "7200002", "231485007")
    )
    v["rev"] = _pick(rng, ("0114", "0124", "0901", "0912", "0913", "0944", "0945", "0918", "1002"))
    v["drg"] = _pick(
        rng,
        (
            "885 Psychoses",
            "881 Depressive neuroses",
            "896 Alcohol/drug abuse w MCC",
            "897 Alcohol/drug abuse w/o MCC",
            "882 Neuroses except depressive",
            "876 O.R. proc w principal dx of mental illness",
        ),
    )
    v["lot"] = f"{_alnum(rng, 6)}"
    v["form"] = _pick(
        rng,
        (
            "DHCS 1801",
            "MH-302",
            "Form BH-17 v3.2",
            "SAMHSA-2 rev 4",
            "CF-MH 3052a",
            "DMH 7/94",
            "OMH 471",
            "Form 9.39",
            "CF 3100",
            "PD-11 v2",
        ),
    )
    v["policy"] = _pick(
        rng,
        (
            "Policy BH-RR-014",
            "PC.02.03.01",
            "Policy NUR-SR-221",
            "OTP-SOP-09",
            "P&P 5.12",
            "LD.04.01.07",
            "Policy MH-4402",
            "Standard NPSG.15.01.01",
        ),
    )
    v["time1"] = f"{rng.randrange(24):02d}{rng.randrange(60):02d}"
    v["time2"] = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}"
    v["time3"] = f"{rng.randrange(24):02d}{rng.randrange(60):02d}"
    v["time4"] = f"{rng.randrange(1, 13)}:{rng.randrange(60):02d} {rng.choice(('am', 'pm', 'AM', 'PM'))}"
    v["year"] = str(rng.randrange(1988, 2023))
    v["year2"] = str(rng.randrange(2005, 2024))
    v["age_la"] = str(rng.randrange(18, 90))
    v["age_onset"] = str(rng.randrange(11, 40))
    v["age_kid"] = str(rng.randrange(3, 17))
    v["eponym"] = _pick(rng, EPONYM)
    v["brand"] = _pick(rng, BRAND)
    v["brand2"] = _pick(rng, BRAND)
    v["role"] = _pick(rng, ROLE)
    v["role2"] = _pick(rng, ROLE)
    v["org"] = _pick(rng, ORG)
    v["org2"] = _pick(rng, ORG)
    v["grp"] = _pick(rng, GROUPS)
    v["grp2"] = _pick(rng, GROUPS)
    v["legal"] = _pick(rng, LEGAL)
    v["legal2"] = _pick(rng, LEGAL)
    v["unit_name"] = _pick(rng, UNITS)
    v["ext"] = str(rng.randrange(2000, 8000))
    v["ext2"] = str(rng.randrange(2000, 8000))
    v["money"] = f"${rng.randrange(20, 2500):,}.{rng.randrange(100):02d}"
    v["money2"] = f"${rng.randrange(100, 900)}"
    v["room"] = f"{rng.randrange(2, 6)}{rng.randrange(10, 40):02d}"
    v["room2"] = f"{rng.randrange(2, 6)}{rng.randrange(10, 40):02d}-{rng.choice('AB')}"
    v["bed"] = str(rng.randrange(1, 5))
    v["grp_room"] = rng.choice(
        ("Group Room C", "Rm 114", "Dayroom", "Conference B", "Rm 2-207", "the Annex", "Room 9")
    )
    v["anc"] = f"{rng.randrange(900, 6500):,}"
    v["anc_ref"] = "1,500-7,800/µL"
    v["wbc"] = f"{rng.randrange(28, 120) / 10:.1f}"
    v["li"] = f"{rng.randrange(3, 15) / 10:.1f}"
    v["cloz_lvl"] = str(rng.randrange(180, 900))
    v["na"] = str(rng.randrange(128, 146))
    v["k"] = f"{rng.randrange(28, 52) / 10:.1f}"
    v["phos"] = f"{rng.randrange(18, 48) / 10:.1f}"
    v["mg_lab"] = f"{rng.randrange(13, 25) / 10:.1f}"
    v["bac"] = f"0.{rng.randrange(0, 30):03d}"
    v["ast"] = str(rng.randrange(18, 320))
    v["qtc"] = str(rng.randrange(390, 510))
    v["uds"] = _pick(
        rng,
        (
            "FEN+ BUP+ MTD-",
            "THC+ AMP+ MAMP+ OPI- FEN-",
            "all negative",
            "BUP+ NORBUP+ FEN-",
            "MTD+ EDDP+ COC+",
            "FEN+ XYL+ BZO-",
            "OPI+ 6-MAM+ FEN+",
            "ETG+ (1,840 ng/mL)",
        ),
    )
    v["ect_charge"] = f"{rng.randrange(10, 101, 5)}%"
    v["ect_mc"] = str(rng.randrange(100, 1001, 25))
    v["ect_sz"] = str(rng.randrange(18, 95))
    v["ect_motor"] = str(rng.randrange(12, 70))
    v["ect_n"] = str(rng.randrange(1, 13))
    v["pw"] = rng.choice(("0.25", "0.3", "0.37", "0.5", "1.0"))
    v["etomidate"] = str(rng.randrange(8, 25))
    v["methohex"] = str(rng.randrange(50, 140, 10))
    v["sux"] = str(rng.randrange(40, 140, 10))
    v["fsiq"] = str(rng.randrange(62, 135))
    v["vci"] = str(rng.randrange(60, 140))
    v["pri"] = str(rng.randrange(60, 140))
    v["wmi"] = str(rng.randrange(60, 140))
    v["psi"] = str(rng.randrange(60, 140))
    v["pctile"] = str(rng.randrange(1, 99))
    v["pctile2"] = str(rng.randrange(1, 99))
    v["tscore"] = str(rng.randrange(40, 95))
    v["tscore2"] = str(rng.randrange(40, 95))
    v["ss"] = str(rng.randrange(1, 20))
    v["ss2"] = str(rng.randrange(1, 20))
    v["tomm"] = str(rng.randrange(31, 51))
    v["asam"] = rng.choice(("3.7-WM", "3.5", "3.1", "2.1", "1.0", "3.2-WM", "4-WM", "OTP 1"))
    v["narx"] = str(rng.randrange(0, 999))
    v["n_presc"] = str(rng.randrange(1, 9))
    v["n_pharm"] = str(rng.randrange(1, 6))
    v["qty"] = str(rng.randrange(7, 121))
    v["days"] = str(rng.choice((7, 14, 28, 30, 5, 3)))
    v["cloz_mg"] = str(rng.randrange(50, 901, 25))
    v["hold_hrs"] = rng.choice(("72", "24", "48", "120", "14-day"))
    v["seclusion_min"] = str(rng.randrange(10, 240, 5))
    v["checks"] = rng.choice(("q15", "q5", "1:1", "q30", "constant observation"))
    v["nicotine"] = rng.choice(("14 mg patch", "21 mg patch", "2 mg gum PRN", "4 mg lozenge"))
    v["haldol"] = rng.choice(("5", "10", "2", "7.5"))
    v["ativan"] = rng.choice(("1", "2", "0.5"))
    v["bena"] = rng.choice(("25", "50"))
    v["nalox"] = rng.choice(("4 mg nasal", "0.4 mg IM", "8 mg nasal (Kloxxado)", "2 x 4 mg kits"))
    v["calls"] = str(rng.randrange(2, 40))
    v["pct"] = f"{rng.randrange(1, 100)}%"
    v["version"] = f"v{rng.randrange(1, 9)}.{rng.randrange(0, 20)}"
    v["lai"] = rng.choice(
        (
            "paliperidone palmitate 234 mg IM deltoid",
            "aripiprazole monohydrate 400 mg IM gluteal",
            "haloperidol decanoate 100 mg IM",
            "fluphenazine decanoate 25 mg IM",
            "Sublocade 300 mg SC abdomen",
            "naltrexone ER 380 mg IM gluteal",
            "risperidone ER 50 mg IM",
        )
    )
    v["site"] = rng.choice(
        ("L deltoid", "R deltoid", "L ventrogluteal", "R dorsogluteal", "abdomen RLQ", "abdomen LUQ")
    )
    return {k: (None, s) for k, s in v.items()}
