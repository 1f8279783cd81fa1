"""Values for planted set LA (academic medicine and clinical teaching): one invented identity and
teaching context per note (``identifiers``) and the clinical/educational filler that is not PHI
(``lookalikes``). Everything is drawn from the ``rng`` passed in; nothing here is real."""

from __future__ import annotations

import random

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- people -----------------------------------------------------------------------------------------

FIRST = (
    "Ana",
    "Tomasz",
    "Oluwaseun",
    "Mei",
    "Rajesh",
    "Siobhan",
    "Kwame",
    "Ingrid",
    "Mateo",
    "Fatima",
    "Dmitri",
    "Aaliyah",
    "Hiroshi",
    "Guadalupe",
    "Bongani",
    "Leilani",
    "Nikolai",
    "Priya",
    "Eamon",
    "Xochitl",
    "Yusuf",
    "Marguerite",
    "Thanh",
    "Chidinma",
    "Bjorn",
    "Ximena",
    "Anand",
    "Rosa",
    "Kofi",
    "Hope",
    "Faith",
    "Will",
    "Frank",
    "Rose",
    "Sunny",
    "Dallas",
    "Austin",
    "Florence",
    "Sydney",
    "Jean-Luc",
    "Mary-Kate",
    "Zeynep",
    "Tariq",
    "Nkechi",
    "Soo-jin",
    "Lars",
    "Ayesha",
    "Paolo",
    "Ngozi",
    "Declan",
    "Imani",
    "Wojciech",
    "Lucia",
    "Hamid",
    "Kalani",
    "Yael",
    "Bartholomew",
    "Esi",
)
NICK = (
    "Bobby",
    "Peggy",
    "Tommy",
    "Liz",
    "Manny",
    "Bea",
    "Chuck",
    "Dot",
    "Sal",
    "Gigi",
    "Jojo",
    "Ike",
)
LAST = (
    "Ruiz",
    "Kowalczyk",
    "Adeyemi",
    "Chen",
    "Venkataraman",
    "O'Sullivan",
    "Mensah",
    "Lindqvist",
    "de la Cruz",
    "van der Berg",
    "Nakamura",
    "Okonkwo",
    "Haddad",
    "Nguyen",
    "MacAllister",
    "D'Amico",
    "Santos-Oliveira",
    "Petrov",
    "Abernathy-Cole",
    "Banerjee",
    "Bishop",
    "Baker",
    "Young",
    "Church",
    "Love",
    "Hunter",
    "Marsh",
    "Lincoln",
    "Jackson",
    "Florence",
    "Winter",
    "Small",
    "Dos Santos",
    "al-Rashid",
    "Van Buren",
    "St. Clair",
    "Tran",
    "Papadopoulos",
    "Oyelaran",
    "Fitzgerald",
    "Kealoha",
    "Ben-David",
    "Szabo",
    "Mwangi",
    "Castillo",
    "Reyes",
    "Ito",
    "Moreau",
    "Gallagher",
    "Wright-Okafor",
    "Delacroix",
    "Le",
    "Park",
    "Iyer",
    "Achterberg",
    "Ferreira",
)
MIDDLE = "ABCDEFGHJKLMNPRSTW"


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(MIDDLE), rng.choice(LAST)


def _full(rng: random.Random, p: tuple[str, str, str]) -> str:
    first, mid, last = p
    return rng.choice((f"{first} {last}", f"{first} {mid}. {last}", f"{first} {last}"))


def _last_first(rng: random.Random, p: tuple[str, str, str]) -> str:
    first, mid, last = p
    return rng.choice((f"{last}, {first}", f"{last}, {first} {mid}.", f"{last},{first}"))


def _ocr(rng: random.Random, s: str) -> str:
    """A little scanner damage: one or two look-alike glyph swaps."""
    swaps = (("l", "1"), ("o", "0"), ("m", "rn"), ("e", "c"), ("S", "5"), ("i", "l"), ("B", "8"))
    out = s
    for _ in range(rng.randint(1, 2)):
        a, b = rng.choice(swaps)
        if a in out:
            idx = out.index(a)
            out = out[:idx] + b + out[idx + 1 :]
    return out


# --- dates ------------------------------------------------------------------------------------------

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


def _ymd(rng: random.Random, lo: int = 2023, hi: int = 2026) -> tuple[int, int, int]:
    return rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)


def _date(rng: random.Random, lo: int = 2023, hi: int = 2026, short_ok: bool = True) -> str:
    y, m, d = _ymd(rng, lo, hi)
    mon = MONTHS[m - 1]
    forms = [
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {mon[:3]} {y}",
        f"{mon} {d}, {y}",
        f"{d:02d}-{mon[:3].upper()}-{y}",
        f"{d}.{m:02d}.{y}",
        f"{mon[:3]}. {d}, {y}",
        f"{m}/{d}/{y}",
    ]
    if short_ok:
        forms += [
            f"{m}/{d}",
            f"{mon[:3]} {d}",
            f"{d}-{mon[:3]}",
            f"{mon} {d}th" if d not in (1, 2, 3, 21, 22, 23) else f"{mon} {d}",
        ]
    return rng.choice(forms)


def _datetime(rng: random.Random) -> str:
    y, m, d = _ymd(rng)
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 12, 17, 30, 41, 48, 55))
    return rng.choice(
        (
            f"{m:02d}/{d:02d}/{y} {hh:02d}:{mm:02d}",
            f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:00",
            f"{d} {MONTHS[m - 1][:3]} {y} {hh:02d}{mm:02d}",
            f"{m}/{d}/{y % 100:02d} @ {hh:02d}{mm:02d}",
        )
    )


# --- places -----------------------------------------------------------------------------------------

STREETS = (
    "Larkspur",
    "Wexford",
    "Old Mill",
    "Quarry Hill",
    "Tamarack",
    "Bellweather",
    "Cedar Hollow",
    "Ridgeback",
    "Magnolia",
    "Canal",
    "Juniper",
    "Harbor View",
    "Orchard",
    "Kingfisher",
    "Fenwick",
    "Sawgrass",
    "Pelham",
    "Alder Creek",
    "Copper Beech",
    "Rosewood",
)
SUFFIX = ("St", "Ave", "Rd", "Blvd", "Lane", "Dr", "Ct", "Way", "Street", "Avenue", "Terrace", "Pike")
CITIES = (
    "Harlow Springs",
    "New Tilbury",
    "Fairhaven",
    "Marston",
    "Port Ellery",
    "Cold Brook",
    "Elmira Falls",
    "Dunmore",
    "Oak Bluff",
    "Wyandotte Hills",
    "Bramford",
    "Loma Seca",
    "East Kittering",
    "Sable Point",
    "Chesterton",
    "Riverbend",
    "Glenrock",
    "Mount Verity",
    "Santa Ines",
    "Brookhollow",
    "Lake Aurelia",
    "Pinecastle",
)
COUNTIES = (
    "Kittredge County",
    "Alder County",
    "Marlow County",
    "San Benito Viejo County",
    "Hollis County",
    "Greer Parish",
    "Tamsin County",
    "Oxbow County",
)
HOODS = (
    "Eastgate",
    "the Flats",
    "Little Saigon",
    "Ironbound",
    "Cabbagetown",
    "Mill Village",
    "Southside",
    "Hyde Terrace",
    "Pilsen Row",
    "Old Fourth Ward",
)
STATES = ("MA", "OH", "NY", "Pennsylvania", "TX", "CA", "Georgia", "MN", "IL", "WA", "NC", "Michigan")
FAC_KIND = (
    "Community Hospital",
    "Regional Medical Center",
    "Memorial Hospital",
    "General Hospital",
    "Medical Center",
    "Health Center",
    "Critical Access Hospital",
)


def _street(rng: random.Random) -> str:
    n = rng.choice((str(rng.randint(2, 98)), str(rng.randint(100, 999)), str(rng.randint(1000, 24999))))
    pre = rng.choice(("", "", "N ", "S. ", "West ", "E "))
    return f"{n} {pre}{rng.choice(STREETS)} {rng.choice(SUFFIX)}"


def _unit(rng: random.Random) -> str:
    return rng.choice(
        (
            f"Apt {rng.randint(1, 9)}{rng.choice('ABCDEF')}",
            f"Unit {rng.randint(2, 420)}",
            f"#{rng.randint(2, 40)}",
            f"Apt. {rng.randint(101, 1204)}",
            f"Ste {rng.randint(100, 900)}",
            f"Lot {rng.randint(3, 88)}",
        )
    )


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(1001, 99950):05d}"
    return z if rng.random() < 0.75 else f"{z}-{rng.randint(1, 9999):04d}"


# --- numbers ----------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _phone(rng: random.Random) -> str:
    a = rng.choice(("617", "312", "216", "412", "734", "503", "919", "608", "470", "215", "651"))
    x = f"{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({a}) 555-01{x}",
            f"{a}-555-01{x}",
            f"{a}.555.01{x}",
            f"+1 {a} 555 01{x}",
            f"{a} 555 01{x}",
            f"1-{a}-555-01{x}",
            f"({a})555-01{x} x{rng.randint(100, 9999)}",
            f"{a}55501{x}",
        )
    )


def _ssn(rng: random.Random) -> str:
    a, b, c = rng.randint(101, 665), rng.randint(10, 99), rng.randint(1000, 9999)
    return rng.choice((f"{a}-{b}-{c}", f"{a} {b} {c}", f"{a}{b}{c}", f"{a}-{b}-{c}"))


def _npi(rng: random.Random) -> str:
    return rng.choice("12") + _digits(rng, 9)


def _dea(rng: random.Random) -> str:
    return rng.choice("ABFGM") + rng.choice("ABCDEFGHKLMRSTW") + _digits(rng, 7)


def _vin(rng: random.Random) -> str:
    return _alnum(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")


def _plate(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(1, 9)}{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 3)}",
            f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}-{_digits(rng, 4)}",
            f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {_digits(rng, 4)}",
            f"{_digits(rng, 3)} {_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}",
        )
    )


def _age90(rng: random.Random, n: int) -> str:
    words = {
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
    }
    if n in words and rng.random() < 0.3:
        return words[n]
    return str(n)


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"203.0.113.{rng.randint(1, 254)}",
            f"198.51.100.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
        )
    )


def _slug(s: str) -> str:
    return "".join(ch for ch in s.lower().replace(" ", ".") if ch.isalnum() or ch == ".")


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented patient, family member, care team and teaching context, every value typed."""
    N, L, D, A = PhiType.NAME, PhiType.LOCATION, PhiType.DATE, PhiType.AGE
    pt = _person(rng)
    rel = (rng.choice(FIRST), rng.choice(MIDDLE), rng.choice((pt[2], rng.choice(LAST))))
    att, res, res2, fel, stu, rn, chief, coord, author2, pd = (_person(rng) for _ in range(10))
    y = rng.randint(2023, 2026)
    old = rng.randint(90, 104)  # the patient's age when it is over 89; the DOB agrees with it
    by, bm, bd = y - old - rng.randint(0, 1), rng.randint(1, 12), rng.randint(1, 28)
    dob = rng.choice(
        (
            f"{bm:02d}/{bd:02d}/{by}",
            f"{bm}/{bd}/{by}",
            f"{by}-{bm:02d}-{bd:02d}",
            f"{bd} {MONTHS[bm - 1][:3]} {by}",
            f"{MONTHS[bm - 1]} {bd}, {by}",
            f"{bd:02d}-{MONTHS[bm - 1][:3].upper()}-{by}",
            f"{bd}.{bm:02d}.{by}",
        )
    )
    stu_email_dom = rng.choice(("med.example.org", "students.example.edu.test", "mail.example.com"))
    pt_email_user = rng.choice(
        (_slug(pt[0]) + _digits(rng, 2), _slug(pt[0][0] + pt[2]), _slug(pt[2]) + "." + _slug(pt[0][:3]))
    )
    v: dict[str, Value] = {
        # patient
        "pt_full": (N, _full(rng, pt)),
        "pt_first": (N, pt[0]),
        "pt_last": (N, pt[2]),
        "pt_lf": (N, _last_first(rng, pt)),
        "pt_caps": (N, f"{pt[2].upper()}, {pt[0].upper()}"),
        "pt_init": (N, f"{pt[0][0]}. {pt[2]}"),
        "pt_nick": (N, rng.choice(NICK)),
        "pt_ocr": (N, _ocr(rng, f"{pt[0]} {pt[2]}")),
        "rel_full": (N, _full(rng, rel)),
        "rel_first": (N, rel[0]),
        # teaching team
        "att_full": (N, _full(rng, att)),
        "att_last": (N, att[2]),
        "att_lf": (N, _last_first(rng, att)),
        "res_full": (N, _full(rng, res)),
        "res_last": (N, res[2]),
        "res_lf": (N, _last_first(rng, res)),
        "res_first": (N, res[0]),
        "res2_full": (N, _full(rng, res2)),
        "res2_last": (N, res2[2]),
        "fel_full": (N, _full(rng, fel)),
        "fel_last": (N, fel[2]),
        "stu_full": (N, _full(rng, stu)),
        "stu_last": (N, stu[2]),
        "stu_first": (N, stu[0]),
        "rn_full": (N, _full(rng, rn)),
        "rn_first": (N, rn[0]),
        "chief_full": (N, _full(rng, chief)),
        "chief_first": (N, chief[0]),
        "coord_full": (N, _full(rng, coord)),
        "author2_full": (N, f"{author2[0]} {author2[1]}. {author2[2]}"),
        "pd_last": (N, pd[2]),
        # dates
        "dob": (D, dob),
        "stu_dob": (D, _date(rng, 1994, 2002, short_ok=False)),
        "adm": (D, _date(rng)),
        "dc": (D, _date(rng)),
        "proc_date": (D, _date(rng)),
        "event_date": (D, _date(rng)),
        "conf_date": (D, _date(rng)),
        "sig_date": (D, _date(rng, short_ok=False)),
        "swap1": (D, _date(rng)),
        "swap2": (D, _date(rng)),
        "death_date": (D, _date(rng)),
        "dt_time": (D, _datetime(rng)),
        "dt_time2": (D, _datetime(rng)),
        "date_short": (D, f"{rng.randint(1, 12)}/{rng.randint(1, 28)}"),
        "date_words": (D, f"{MONTHS[rng.randint(0, 11)]} {rng.randint(1, 28)}"),
        "date_iso": (D, f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
        # age over 89
        "age90": (A, _age90(rng, old)),
        # places
        "street": (L, _street(rng)),
        "unit": (L, _unit(rng)),
        "city": (L, rng.choice(CITIES)),
        "city2": (L, rng.choice(CITIES)),
        "county": (L, rng.choice(COUNTIES)),
        "zip": (L, _zip(rng)),
        "hood": (L, rng.choice(HOODS)),
        "osh": (L, f"{rng.choice(CITIES)} {rng.choice(FAC_KIND)}"),
        # contact
        "pt_phone": (PhiType.PHONE, _phone(rng)),
        "rel_phone": (PhiType.PHONE, _phone(rng)),
        "pager": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "pt_email": (
            PhiType.EMAIL,
            f"{pt_email_user}@{rng.choice(('example.com', 'mail.example.org', 'inbox.test'))}",
        ),
        "chief_email": (PhiType.EMAIL, f"{_slug(chief[0])}.{_slug(chief[2])}@{stu_email_dom}"),
        "res_email": (PhiType.EMAIL, f"{_slug(res[0])}.{_slug(res[2])}@{stu_email_dom}"),
        "stu_email": (PhiType.EMAIL, f"{_slug(stu[0][0] + stu[2])}{_digits(rng, 1)}@{stu_email_dom}"),
        "url": (
            PhiType.URL,
            rng.choice(
                (
                    f"https://teachingfile.example.org/case/{_digits(rng, 5)}",
                    f"https://pacs-edu.hospital.test/viewer?acc={_alnum(rng, 10)}",
                    f"http://lecturecap.example.org/v/{_alnum(rng, 8, 'abcdefghkmnpqrstuvwxyz23456789')}",
                    f"https://www.example.com/gofund/{_slug(pt[0])}-{_slug(pt[2])}-recovery",
                    f"https://portal.example.org/chart/{_digits(rng, 8)}/media",
                )
            ),
        ),
        "url2": (
            PhiType.URL,
            rng.choice(
                (
                    f"https://box.example.com/s/{_alnum(rng, 12, 'abcdefghkmnpqrstuvwxyz0123456789')}",
                    f"https://redcap.example.org/surveys/?s={_alnum(rng, 10)}",
                    f"www.example.org/~{_slug(pt[2])}/blog",
                )
            ),
        ),
        "ip": (PhiType.IP_ADDRESS, _ip(rng)),
        # identifiers
        "ssn": (PhiType.SSN, _ssn(rng)),
        "mrn": (
            PhiType.MRN,
            rng.choice(
                (
                    _digits(rng, 8),
                    f"E{_digits(rng, 7)}",
                    f"{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                    f"MR{_digits(rng, 6)}",
                    _digits(rng, 7),
                    f"000{_digits(rng, 6)}",
                )
            ),
        ),
        "mrn2": (
            PhiType.MRN,
            rng.choice((_digits(rng, 9), f"H{_digits(rng, 6)}", f"{_digits(rng, 3)}-{_digits(rng, 4)}")),
        ),
        "hpid": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 9)}",
                    f"{rng.randint(1, 9)}{_alnum(rng, 2, 'ACDEFGHJKMNPRTUVWXY')}{rng.randint(0, 9)}-{_alnum(rng, 2, 'ACDEFGHJKMNPRTUVWXY')}{rng.randint(0, 9)}-{_alnum(rng, 2, 'ACDEFGHJKMNPRTUVWXY')}{_digits(rng, 2)}",
                    f"W{_digits(rng, 9)}",
                    f"{_alnum(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 8)}",
                    f"ZGP{_digits(rng, 6)}-0{rng.randint(1, 4)}",
                )
            ),
        ),
        "group_no": (
            PhiType.HEALTH_PLAN_ID,
            rng.choice((_digits(rng, 6), f"GRP-{_digits(rng, 5)}", f"{_digits(rng, 3)}{_alnum(rng, 3)}")),
        ),
        "acct": (
            PhiType.ACCOUNT,
            rng.choice(
                (
                    _digits(rng, 9),
                    f"{_digits(rng, 2)}-{_digits(rng, 7)}",
                    f"V{_digits(rng, 8)}",
                    f"FIN{_digits(rng, 8)}",
                )
            ),
        ),
        "claim": (
            PhiType.ACCOUNT,
            rng.choice(
                (f"CLM-{y}-{_digits(rng, 7)}", f"{_digits(rng, 13)}", f"C{_digits(rng, 4)}-{_digits(rng, 5)}")
            ),
        ),
        "npi": (PhiType.LICENSE, _npi(rng)),
        "dea": (PhiType.LICENSE, _dea(rng)),
        "lic": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"MD.{_digits(rng, 6)}",
                    f"G{_digits(rng, 5)}",
                    f"TL-{_digits(rng, 5)}",
                    f"{_digits(rng, 2)}-{_digits(rng, 6)}",
                    f"RN{_digits(rng, 7)}",
                )
            ),
        ),
        "ecfmg": (
            PhiType.LICENSE,
            f"{rng.randint(0, 1)}-{_digits(rng, 3)}-{_digits(rng, 3)}-{rng.randint(0, 9)}",
        ),
        "dl": (
            PhiType.LICENSE,
            rng.choice(
                (
                    f"{rng.choice('ABCDSW')}{_digits(rng, 8)}",
                    f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
                    f"S{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                )
            ),
        ),
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        "plate": (PhiType.VEHICLE_ID, _plate(rng)),
        "dev": (
            PhiType.DEVICE_ID,
            rng.choice(
                (
                    f"{_alnum(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{_digits(rng, 6)}{rng.choice('HSRV')}",
                    f"SN {_digits(rng, 2)}{_alnum(rng, 5)}",
                    f"(01)00{_digits(rng, 12)}(17){y % 100 + 2:02d}0{rng.randint(1, 9)}31(21){_alnum(rng, 8)}",
                    f"NG{_digits(rng, 7)}H",
                    f"{_digits(rng, 10)}",
                )
            ),
        ),
        "dev2": (
            PhiType.DEVICE_ID,
            rng.choice(
                (f"LOT {_alnum(rng, 7)}-{_digits(rng, 2)}", f"S/N {_alnum(rng, 9)}", f"RT{_digits(rng, 8)}")
            ),
        ),
        "bio": (
            PhiType.BIOMETRIC,
            rng.choice(
                (
                    f"FP-TPL-{_digits(rng, 7)}",
                    f"PV-{_digits(rng, 5)}-{_alnum(rng, 2)}",
                    f"VP{_digits(rng, 4)}-{_alnum(rng, 2)}",
                    f"IRIS-{_digits(rng, 7)}",
                    f"RET-{_alnum(rng, 6)}",
                    f"palmtpl_{_alnum(rng, 8, 'abcdef0123456789')}",
                )
            ),
        ),
        "photo": (
            PhiType.PHOTO,
            rng.choice(
                (
                    f"IMG_{y}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{_digits(rng, 4)}.jpg",
                    f"{_slug(pt[2])}_face_frontal.png",
                    f"DSC{_digits(rng, 5)}.JPG",
                    f"PHOTO-{_digits(rng, 6)}",
                    f"clinphoto_{_digits(rng, 7)}_AP.tif",
                    f"face_{_alnum(rng, 6, 'abcdef0123456789')}.heic",
                )
            ),
        ),
        # other ids
        "acc": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"RAD{y % 100}-{_digits(rng, 6)}",
                    f"CT{_digits(rng, 8)}",
                    f"S{y % 100}-{_digits(rng, 5)}",
                    f"A{_digits(rng, 9)}",
                )
            ),
        ),
        "tf_case": (
            PhiType.OTHER_ID,
            rng.choice(
                (f"TF-{y}-{_digits(rng, 4)}", f"RCL{_digits(rng, 5)}", f"MMC-{_digits(rng, 3)}-{y % 100}")
            ),
        ),
        "study_id": (
            PhiType.OTHER_ID,
            rng.choice(
                (
                    f"SIM-{_digits(rng, 3)}-{_digits(rng, 2)}",
                    f"QI{y % 100}-{_digits(rng, 4)}",
                    f"SUBJ{_digits(rng, 5)}",
                )
            ),
        ),
        "stu_id": (
            PhiType.OTHER_ID,
            rng.choice((f"S{_digits(rng, 7)}", f"{_digits(rng, 8)}", f"AAMC {_digits(rng, 8)}")),
        ),
        "emp_id": (
            PhiType.OTHER_ID,
            rng.choice((f"E{_digits(rng, 6)}", f"{_digits(rng, 6)}", f"EMP-{_digits(rng, 5)}")),
        ),
        "orcid": (
            PhiType.OTHER_ID,
            f"0000-000{rng.randint(1, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}{rng.choice('0123456789X')}",
        ),
        "event_no": (
            PhiType.OTHER_ID,
            rng.choice((f"EV-{y}-{_digits(rng, 5)}", f"PSN{_digits(rng, 7)}", f"RL{_digits(rng, 6)}")),
        ),
        "rx_no": (
            PhiType.OTHER_ID,
            rng.choice((f"Rx {_digits(rng, 7)}", f"{_digits(rng, 7)}-{_digits(rng, 2)}")),
        ),
        "dl_state": (None, rng.choice(STATES)),
        "state": (None, rng.choice(STATES)),
    }
    return v


# --- look-alikes --------------------------------------------------------------------------------------

DRUGS = (
    "vancomycin 1,250 mg IV q12h",
    "piperacillin-tazobactam 4.5 g IV q6h",
    "heparin 18 units/kg/h",
    "enoxaparin 1 mg/kg SC q12h",
    "furosemide 40 mg IV BID",
    "insulin glargine 22 units qHS",
    "metoprolol tartrate 25 mg PO BID",
    "ceftriaxone 2 g IV daily",
    "apixaban 5 mg BID",
    "norepinephrine 0.08 mcg/kg/min",
    "prednisone 60 mg daily",
    "methylprednisolone 1 g IV x3 days",
    "KCl 40 mEq PO x2",
    "amiodarone 150 mg IV over 10 min",
    "lactated Ringer's 30 mL/kg",
    "acetaminophen 650 mg q6h PRN",
    "hydromorphone 0.5 mg IV q3h PRN",
    "magnesium sulfate 2 g IV",
    "dexamethasone 6 mg daily",
    "levetiracetam 1,000 mg BID",
    "octreotide 50 mcg/h",
    "ceftaroline 600 mg q8h",
)
BRANDS = (
    "Eliquis",
    "Xarelto",
    "Lovenox",
    "Keppra",
    "Impella CP",
    "Zosyn",
    "Jardiance",
    "Entresto",
    "Ozempic",
    "Humira",
    "Narcan",
    "Precedex",
    "Levophed",
    "Omnipod 5",
    "Dexcom G7",
    "MitraClip",
    "WATCHMAN FLX",
    "LUCAS 3",
    "Foley",
    "PleurX",
    "Sengstaken-Blakemore tube",
    "Bair Hugger",
)
LABS = (
    "Na 128 mmol/L (135-145)",
    "K 6.1 mmol/L (3.5-5.1)",
    "Cr 2.4 mg/dL (0.6-1.2)",
    "lactate 4.8 mmol/L (<2.0)",
    "troponin I 1.92 ng/mL (<0.04)",
    "WBC 18.6 K/uL (4.0-11.0)",
    "Hgb 6.8 g/dL (12.0-16.0)",
    "plt 41 K/uL (150-400)",
    "INR 3.4",
    "TSH <0.01 mIU/L (0.4-4.0)",
    "free T4 4.2 ng/dL (0.8-1.8)",
    "lipase 1,840 U/L (13-60)",
    "BNP 2,310 pg/mL",
    "ferritin 12,400 ng/mL",
    "A1c 11.2%",
    "pH 7.08 / pCO2 22 / HCO3 7",
    "anion gap 26",
    "CK 48,000 U/L",
    "ammonia 142 umol/L",
    "procalcitonin 9.6 ng/mL",
    "D-dimer 4.1 mcg/mL FEU (<0.5)",
    "bili 7.9 mg/dL",
    "albumin 2.1 g/dL (3.5-5.0)",
    "ESR 104 mm/h",
    "CRP 212 mg/L",
)
VITALS = (
    "BP 88/52, HR 124, RR 28, SpO2 89% on 4 L NC, T 38.9 C",
    "BP 186/104, HR 58, RR 14, SpO2 97% RA",
    "T 39.4, HR 131, BP 94/60 (MAP 71), RR 30, SpO2 91% on 6 L",
    "HR 42, BP 78/40, RR 18, SpO2 95%",
    "BP 142/88 HR 96 RR 20 SpO2 93% RA T 37.8",
    "MAP 58 on norepi, HR 112, UOP 15 mL/h",
    "BP 104/62, HR 148 irregular, RR 24, SpO2 96%",
    "GCS 9 (E2V2M5), BP 210/118, HR 54",
)
SCORES = (
    "CURB-65 3",
    "Wells 6.5",
    "HEART 5",
    "MELD-Na 27",
    "CHA2DS2-VASc 4",
    "HAS-BLED 3",
    "qSOFA 2",
    "SOFA 9",
    "NIHSS 14",
    "GCS 13",
    "PESI class IV",
    "Child-Pugh C",
    "TIMI 4",
    "Glasgow-Blatchford 12",
    "Ranson 5",
    "APACHE II 23",
    "CIWA-Ar 18",
    "Caprini 6",
    "Padua 5",
    "ABCD2 4",
    "Centor 3",
)
ICD = (
    "I26.99",
    "N17.9",
    "J18.9",
    "A41.9",
    "E11.65",
    "K85.90",
    "I21.4",
    "E05.00",
    "D59.3",
    "M31.30",
    "I50.23",
    "K72.90",
    "R57.0",
    "G93.41",
    "J96.01",
    "E87.1",
    "T81.4XXA",
    "I63.9",
    "D65",
    "K92.2",
)
CPT = (
    "99223",
    "99233",
    "36556",
    "31500",
    "32555",
    "49083",
    "62270",
    "36620",
    "93503",
    "99291",
    "20610",
    "33361",
    "43239",
    "76937",
    "99497",
    "92950",
    "31622",
    "36415",
)
HCPCS = ("J1100", "J2543", "J0878", "G0378", "A4216", "J3490", "Q9967")
EPONYMS = (
    "Graves' disease",
    "Parkinson disease",
    "Kussmaul respirations",
    "Trousseau sign",
    "Virchow's triad",
    "Cushing reflex",
    "Murphy's sign",
    "Charcot triad",
    "Beck's triad",
    "Hashimoto thyroiditis",
    "Guillain-Barre syndrome",
    "Takotsubo cardiomyopathy",
    "Whipple procedure",
    "Addison disease",
    "Wernicke encephalopathy",
    "Kawasaki disease",
    "Osler nodes",
    "Janeway lesions",
    "Stevens-Johnson syndrome",
    "Still's disease",
    "Sjogren syndrome",
    "Budd-Chiari syndrome",
)
DX = (
    "submassive PE",
    "thyroid storm",
    "HLH",
    "necrotizing pancreatitis",
    "DKA with euglycemic features",
    "TTP",
    "Takotsubo after seizure",
    "GPA with alveolar hemorrhage",
    "Ludwig angina",
    "spontaneous coronary artery dissection",
    "disseminated histoplasmosis",
    "Wernicke encephalopathy",
    "adrenal crisis",
    "lithium toxicity",
    "aortic dissection, type A",
    "cryptococcal meningitis",
    "tumor lysis syndrome",
    "NMS vs serotonin syndrome",
    "anti-NMDA receptor encephalitis",
    "endocarditis with septic emboli",
)
ROOMS = (
    "Osler Auditorium",
    "Halsted Conference Room B",
    "Sim Lab 3",
    "Blalock Room",
    "Lecture Hall 2C",
    "the Peabody Room",
    "Auditorium 1 (Main)",
    "Pavilion 4 classroom 410",
    "the Flexner Room",
    "Zoom room MedEd-7",
    "Ward 7 West teaching room",
    "Learning Commons 214",
)
ORGS = (
    "University Hospital",
    "the Department of Medicine",
    "the Simulation Center",
    "Graduate Medical Education",
    "the Office of Student Affairs",
    "the School of Medicine",
    "the Clinical Competency Committee",
    "the Residency Program",
    "the Division of Hospital Medicine",
    "the Teaching Faculty Academy",
)
JOURNALS = (
    "J Gen Intern Med",
    "JAMA Intern Med",
    "BMJ Case Reports",
    "J Hosp Med",
    "Ann Intern Med",
    "N Engl J Med",
    "Am J Med",
    "Acad Med",
    "Clin Case Rep",
    "J Am Coll Cardiol Case Rep",
    "Chest",
)
ROLES = (
    "the night float",
    "the attending",
    "the senior resident",
    "the intern",
    "the charge nurse",
    "the MICU fellow",
    "the chief resident",
    "the sub-I",
    "the program coordinator",
    "the hospitalist",
    "the consult fellow",
    "pharmacy",
    "the rapid response RN",
    "the preceptor",
)
PGY = ("PGY-1", "PGY-2", "PGY-3", "PGY-4", "PGY-5", "MS3", "MS4", "PGY1", "PGY 2", "R3", "F1")
MILESTONES = (
    "PC1",
    "PC2",
    "PC3",
    "PC4",
    "PC5",
    "MK1",
    "MK2",
    "SBP1",
    "SBP2",
    "SBP3",
    "PBLI1",
    "PBLI2",
    "PROF1",
    "PROF3",
    "ICS1",
    "ICS2",
    "ICS3",
)
COURSES = ("MED 7210", "SURG 742", "IDM-601", "CLIN 5400", "PEDS 7100", "EM-730", "NEUR 7450")


def _dose(rng: random.Random) -> str:
    return rng.choice(DRUGS)


def _count(rng: random.Random) -> str:
    return rng.choice(
        (
            f"{rng.randint(3, 40)}/{rng.choice((10, 15, 20, 25, 30))}",
            f"{rng.randint(1, 60)}",
            f"{rng.randint(0, 12)} of {rng.randint(12, 25)}",
        )
    )


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical and educational filler: codes, doses, labs, scores, rooms, PGY levels ... never PHI."""
    y = rng.randint(2015, 2026)
    doi_pre = rng.choice(
        (
            "10.1001/jamainternmed",
            "10.1007/s11606",
            "10.1136/bcr",
            "10.1002/jhm",
            "10.7326/M",
            "10.1056/NEJMcps",
        )
    )
    pairs = {
        "dose": _dose(rng),
        "dose2": _dose(rng),
        "dose3": _dose(rng),
        "brand": rng.choice(BRANDS),
        "brand2": rng.choice(BRANDS),
        "lab": rng.choice(LABS),
        "lab2": rng.choice(LABS),
        "lab3": rng.choice(LABS),
        "vitals": rng.choice(VITALS),
        "vitals2": rng.choice(VITALS),
        "score": rng.choice(SCORES),
        "score2": rng.choice(SCORES),
        "icd": rng.choice(ICD),
        "icd2": rng.choice(ICD),
        "cpt": rng.choice(CPT),
        "cpt2": rng.choice(CPT),
        "hcpcs": rng.choice(HCPCS),
        "drg": f"DRG {rng.choice(('871', '291', '064', '378', '177', '682', '853'))}",
        "ndc": f"{_digits(rng, 5)}-{_digits(rng, 4)}-{_digits(rng, 2)}",
        "loinc": rng.choice(
            ("2345-7", "2160-0", "718-7", "6690-2", "10839-9", "33762-6", "2524-7", "1742-6")
        ),
        "snomed": rng.choice(("59282003", "44054006", "233604007", "91302008", "22298006", "35489007")),
        "eponym": rng.choice(EPONYMS),
        "eponym2": rng.choice(EPONYMS),
        "dx": rng.choice(DX),
        "dx2": rng.choice(DX),
        "room": rng.choice(ROOMS),
        "room2": rng.choice(ROOMS),
        "org": rng.choice(ORGS),
        "journal": rng.choice(JOURNALS),
        "journal2": rng.choice(JOURNALS),
        "doi": f"doi:{doi_pre}.{y}.{_digits(rng, 4)}"
        if rng.random() < 0.5
        else f"doi:{doi_pre}-{_digits(rng, 3)}-{_digits(rng, 5)}-{rng.randint(1, 9)}",
        "ms_id": rng.choice(
            (
                f"JGIM-D-{y % 100:02d}-{_digits(rng, 5)}",
                f"bcr-{y}-{_digits(rng, 6)}",
                f"JHM-{y % 100:02d}-{_digits(rng, 4)}.R1",
                f"CCR3-{y % 100:02d}-{_digits(rng, 4)}",
            )
        ),
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "pgy": rng.choice(PGY),
        "pgy2": rng.choice(PGY),
        "ms": rng.choice(MILESTONES),
        "ms2": rng.choice(MILESTONES),
        "ms_level": rng.choice(("2", "2.5", "3", "3.5", "4", "1.5", "4.5")),
        "ms_level2": rng.choice(("2", "2.5", "3", "3.5", "4")),
        "epa": f"EPA {rng.randint(1, 13)}",
        "epa_level": rng.choice(("2", "3", "3b", "4", "2a")),
        "block": f"Block {rng.randint(1, 13)}",
        "block2": f"Block {rng.randint(1, 13)}",
        "slide": f"slide {rng.randint(2, 48)}",
        "slide2": f"Slide {rng.randint(2, 48)}",
        "course": rng.choice(COURSES),
        "count": _count(rng),
        "count2": _count(rng),
        "year": str(y),
        "year2": str(rng.randint(1998, 2024)),
        "ay": f"AY {y}-{(y + 1) % 100:02d}",
        "age": str(rng.randint(18, 89)),
        "age2": str(rng.randint(19, 88)),
        "age_peds": str(rng.randint(2, 17)),
        "time": f"{rng.randint(0, 23):02d}{rng.choice(('00', '15', '30', '45', '07', '52'))}",
        "time2": f"{rng.randint(6, 19)}:{rng.choice(('00', '15', '30', '45'))}",
        "bed": rng.choice(
            (
                f"MICU bed {rng.randint(1, 24)}",
                f"7 West rm {rng.randint(701, 745)}",
                f"bed {rng.randint(1, 30)}B",
                f"4 North {rng.randint(401, 440)}-{rng.choice('AB')}",
                f"CCU {rng.randint(1, 12)}",
                f"ED pod C{rng.randint(1, 18)}",
            )
        ),
        "bed2": rng.choice(
            (f"rm {rng.randint(301, 360)}", f"SDU {rng.randint(1, 16)}", f"5E-{rng.randint(10, 40)}")
        ),
        "money": f"${rng.randint(2, 900) * 25:,}",
        "money2": f"${rng.randint(1, 60) * 100:,}.00",
        "policy": f"{rng.choice(('GME', 'MS', 'HIM', 'PC', 'EDU'))}-{rng.randint(100, 499)}",
        "form": f"{rng.choice(('GME', 'SOM', 'PR', 'HIM'))}-{rng.randint(10, 99)} v{rng.randint(1, 9)}",
        "stock_lot": f"{_alnum(rng, 5)}",
        "ext": f"x{rng.randint(2000, 7999)}",
        "hours": str(rng.randint(52, 80)),
        "pct": f"{rng.randint(40, 99)}%",
        "program_no": f"{rng.choice(('140', '040', '120', '440'))}{_digits(rng, 7)}",
        "clia": f"{_digits(rng, 2)}D{_digits(rng, 7)}",
        "group_npi": _npi(rng),
        "cme": f"{rng.choice(('1.0', '1.5', '0.75', '2.0'))}",
        "n_pts": str(rng.randint(6, 48)),
        "week": str(rng.randint(1, 4)),
        "ef": f"LVEF {rng.randint(15, 70)}%",
        "vent": rng.choice(
            ("AC/VC 420/18/PEEP 10/FiO2 60%", "HFNC 50 L/60%", "BiPAP 14/6", "PRVC 380 x 22, PEEP 14")
        ),
    }
    return {k: (None, v) for k, v in pairs.items()}
