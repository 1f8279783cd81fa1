"""Set G's value pools: invented identifiers (typed) and clinical look-alikes (untyped filler).

Every identifier is made up: 555 exchanges, example.* domains, documentation IP ranges
(192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32), SSN areas that were never issued or
random digit strings. Formats vary on purpose: the point of G is text a scanner has not seen.
"""

from __future__ import annotations

import random
import string
import unicodedata
from collections.abc import Callable
from datetime import date, timedelta

from bench.phi_planted.values import Value
from mediflow.quality.phi_types import PhiType as T


def _pool(text: str) -> tuple[str, ...]:
    # pools are written as one "; "-separated string so the formatter keeps them compact
    return tuple(text.split("; "))


FIRST = _pool(
    "Guadalupe; Xiomara; Jesús; Maricela; Itzel; Rigoberto; Nguyen Thi; Minh; Huong; Wei; Xiaoling; "
    "Haruto; Sakura; Ji-woo; Seo-yeon; Priyanka; Rajesh; Anjali; Harpreet; Chukwuemeka; Ngozi; Abebe; "
    "Tigist; Kwame; Amara; Oluwaseun; Fatou; Dmytro; Oksana; Bogdan; Katarzyna; Zbigniew; Svetlana; "
    "Yusuf; Layla; Khalid; Mariam; Omar; Siobhan; Padraig; Eilidh; Callum; Mairead; Tobias; Brittany; "
    "DeShawn; Latoya; Jaxon; Kateri; Wanbli; Ahanu; Moana; Keoni; Esperanza; Bao; Farhan; Noor; "
    "Ileana; Tamsin; Rosalind; Ezekiel; Pita; Ayşe; Mehmet"
)
LAST = _pool(
    "Villaseñor; Quintanilla; Ochoa; Zepeda; Barragán; Tran; Pham; Nguyen; Zhao; Liang; Takahashi; "
    "Morimoto; Park; Choi; Raghunathan; Chaudhary; Sandhu; Grewal; Okonkwo; Adeyemi; Mensah; Tesfaye; "
    "Gebremedhin; Diallo; Ndiaye; Kovalenko; Shevchuk; Wiśniewska; Grzybowski; Petrov; Al-Rashid; "
    "Haddad; Nasser; El-Amin; McGillivray; MacAulay; O'Donoghue; O'Rourke; Ní Bhriain; "
    "Fitzgerald-Oyelowo; Castellanos-Reyes; Whitehorse; Runningwater; Kahananui; Fa'amausili; "
    "Bergström; Lindqvist; Van der Berg; DeGroot; St. Pierre; Thibodeaux; Washington; Jefferson; "
    "Yilmaz; Öztürk; Mukherjee; Banerjee; Hakimi; Rahimi; Abernathy; Pruitt; Kowalczyk"
)
NICK = ("Lupe", "Chuy", "Rigo", "Bogdi", "Katya", "Paddy", "Tash", "Mimi", "Seun", "Kwam", "Xio", "Deke")
STREET = _pool(
    "Calle Ventura; Rainier Ave S; Old Orchard Rd; NE 132nd St; Pinewood Ct; Kamehameha Hwy; W Cermak "
    "Rd; Magnolia Blvd; County Road 14; Sunnyside Ave; Bluebonnet Ln; Tamarack Dr; E Lake Sammamish "
    "Pkwy SE; Martin Luther King Jr Way; Avenida del Sol; Quarry Hill Rd"
)
UNIT = ("Apt 3B", "Unit 14", "#207", "Trlr 9", "Space 41", "Lot 18", "Apt. 1102", "Ste 5")
CITY = _pool(
    "Wenatchee; Yakima; Pasco; Salinas; Watsonville; Immokalee; Homestead; Dalton; Garden City; "
    "Hermiston; Brownsville; Las Cruces; Worthington; Storm Lake; Hilo; Kahului; Fargo; Bowling "
    "Green; Lowell; Lewiston; Greeley; Kennewick; Toppenish; Gallup; Dearborn; Hamtramck; Clarkston; "
    "Utica; Sioux Falls; Minot"
)
COUNTY = _pool(
    "Yakima County; Monterey County; Collier County; Franklin County; Umatilla County; Cameron "
    "County; Doña Ana County; Nobles County; Hawaii County; Weld County; Cass County; Wayne County; "
    "Oneida County; Chelan County; Whitfield County"
)
HOOD = _pool(
    "Rainier Beach; Pilsen; Little Saigon; East Boise Bench; Southside Flats; Five Points; Little "
    "Haiti; Logan Square; the Tenderloin; Old Town Barrio; Riverside Terrace"
)
FACILITY = (
    "{c} Valley Memorial",
    "{c} Community Health Center",
    "Sisters of Mercy Hospital - {c}",
    "{c} Regional Medical Center",
    "{c} Family Clinic",
    "St. Anselm's of {c}",
    "{c} Ambulatory Surgery Ctr",
)
SHELTER = ("Union Gospel Mission", "Hope Harbor Shelter", "the Pallet village on 9th", "Casa Esperanza")
WEEKDAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH = (
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
ROLE = _pool(
    "the attending; charge nurse; the fellow; PGY-2; the hospitalist; case manager; the APP; night "
    "supervisor; respiratory therapist; unit clerk; the intensivist"
)


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _a(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _ord(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


# Every element of a date except the year alone counts; month+year ("Jan 2023") is a date element.
DATE_FORMATS: tuple[Callable[[date, random.Random], str], ...] = (
    lambda d, r: f"{d.month}/{d.day}/{d.year}",
    lambda d, r: f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
    lambda d, r: f"{d.month}-{d.day}-{d.year}",
    lambda d, r: f"{d.month:02d}.{d.day:02d}.{d.year}",
    lambda d, r: d.isoformat(),
    lambda d, r: f"{MONTH[d.month - 1]} {_ord(d.day)}",
    lambda d, r: f"{MONTH[d.month - 1]} {d.day}, {d.year}",
    lambda d, r: f"{d.day} {MONTH[d.month - 1][:3]}",
    lambda d, r: f"{d.day:02d}{MONTH[d.month - 1][:3].upper()}{d.year}",
    lambda d, r: f"{MONTH[d.month - 1][:3]} {d.year}",
    lambda d, r: f"{WEEKDAY[d.weekday()]} {d.month}/{d.day}",
    lambda d, r: f"{WEEKDAY_LONG[d.weekday()]}, {MONTH[d.month - 1]} {d.day}",
    lambda d, r: f"{d.month}/{d.day}",
    lambda d, r: (
        f"{d.month}/{d.day}/{d.year % 100:02d} {r.randint(0, 23):02d}{r.choice(('00', '15', '30', '45'))}"
    ),
    lambda d, r: f"{d.day}-{MONTH[d.month - 1][:3]}-{d.year % 100:02d}",
)


def _date(rng: random.Random, base: date, spread: int) -> str:
    when = base + timedelta(days=rng.randint(-spread, spread))
    return rng.choice(DATE_FORMATS)(when, rng)


def _phone(rng: random.Random) -> str:
    area = rng.choice(("509", "831", "239", "956", "701", "808", "313", "970", "575", "706"))
    line = f"{rng.randint(100, 199):04d}"
    style = rng.randrange(7)
    number = (
        f"({area}) 555-{line}",
        f"{area}-555-{line}",
        f"{area}.555.{line}",
        f"+1 {area} 555 {line}",
        f"555-{line}",
        f"1-{area}-555-{line}",
        f"{area}/555-{line}",
    )[style]
    if rng.random() < 0.25:
        number += rng.choice((" x", " ext. ", " ext ", "x")) + _d(rng, rng.choice((3, 4)))
    return number


def _ssn(rng: random.Random) -> str:
    area, group, serial = f"9{_d(rng, 2)}", _d(rng, 2), _d(rng, 4)
    return rng.choice(
        (
            f"{area}-{group}-{serial}",
            f"{area} {group} {serial}",
            f"{area}{group}{serial}",
            f"XXX-XX-{serial}",
            f"***-**-{serial}",
            f"xxx-xx-{serial}",
        )
    )


def _names(rng: random.Random) -> dict[str, Value]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    people = {k: (rng.choice(FIRST), rng.choice(LAST)) for k in ("rel", "doc", "doc2", "rn", "interp")}
    initial = f"{rng.choice(FIRST)[0]}. {rng.choice(LAST)}"
    return {
        "pt": (T.NAME, f"{first} {last}"),
        "pt_first": (T.NAME, first),
        "pt_last": (T.NAME, last),
        "pt_lf": (T.NAME, rng.choice((f"{last.upper()}, {first.upper()}", f"{last}, {first}"))),
        "pt_lc": (T.NAME, first.lower()),
        "pt_nick": (T.NAME, rng.choice(NICK)),
        "rel": (T.NAME, " ".join(people["rel"])),
        "rel_first": (T.NAME, people["rel"][0]),
        "doc": (T.NAME, people["doc"][1]),
        "doc_full": (T.NAME, " ".join(people["doc"])),
        "doc2": (T.NAME, people["doc2"][1]),
        "rn": (T.NAME, people["rn"][0]),
        "rn_full": (T.NAME, " ".join(people["rn"])),
        "interp": (T.NAME, " ".join(people["interp"])),
        "initial": (T.NAME, initial),
    }


def _places(rng: random.Random) -> dict[str, Value]:
    city, zip5 = rng.choice(CITY), f"{rng.randint(10, 99)}{_d(rng, 3)}"
    street = f"{rng.randint(2, 29999)} {rng.choice(STREET)}"
    return {
        "street": (T.LOCATION, street),
        "street_unit": (T.LOCATION, f"{street} {rng.choice(UNIT)}"),
        "pobox": (
            T.LOCATION,
            rng.choice((f"PO Box {_d(rng, 4)}", f"P.O. Box {_d(rng, 3)}", f"RR 2 Box {_d(rng, 2)}")),
        ),
        "city": (T.LOCATION, city),
        "city2": (T.LOCATION, rng.choice(CITY)),
        "county": (T.LOCATION, rng.choice(COUNTY)),
        "zip": (T.LOCATION, zip5),
        "zip4": (T.LOCATION, f"{zip5}-{_d(rng, 4)}"),
        "hood": (T.LOCATION, rng.choice(HOOD)),
        "facility": (T.LOCATION, rng.choice(FACILITY).format(c=rng.choice(CITY))),
        "shelter": (T.LOCATION, rng.choice(SHELTER)),
        "cross": (
            T.LOCATION,
            f"{rng.choice(('5th', '12th', 'Alder', 'Division', 'Grand'))} and "
            f"{rng.choice(('Main', 'Pine', '3rd', 'Cedar', 'Lincoln'))}",
        ),
    }


def _dates(rng: random.Random) -> dict[str, Value]:
    visit = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    dob = date(rng.randint(1936, 2004), rng.randint(1, 12), rng.randint(1, 28))
    teen = date(rng.randint(2006, 2011), rng.randint(1, 12), rng.randint(1, 28))
    child = date(rng.randint(2008, 2023), rng.randint(1, 12), rng.randint(1, 28))
    birth_formats = DATE_FORMATS[:5] + DATE_FORMATS[6:7] + DATE_FORMATS[8:9]
    return {
        "dob": (T.DATE, rng.choice(birth_formats)(dob, rng)),
        "dob_child": (T.DATE, rng.choice(birth_formats)(child, rng)),
        "dob_teen": (T.DATE, rng.choice(birth_formats)(teen, rng)),
        "dob_infant": (
            T.DATE,
            (visit - timedelta(days=rng.randint(1, 20))).strftime(rng.choice(("%m/%d/%Y", "%m/%d", "%b %d"))),
        ),
        **{f"d{i}": (T.DATE, _date(rng, visit, 60)) for i in range(1, 5)},
        "d_ord": (T.DATE, f"the {_ord(rng.randint(1, 28))}"),
        "d_my": (T.DATE, f"{MONTH[rng.randrange(12)][:3]} {rng.randint(2018, 2025)}"),
        "d_written": (T.DATE, f"{MONTH[visit.month - 1]} {_ord(visit.day)}"),
        "d_iso": (T.DATE, visit.isoformat()),
    }


def _decade(age: int) -> str:
    # the phrase must agree with the number in the same note; any of them tells an age over 89 by itself
    if age >= 100:
        return "over 100"
    if age <= 92:
        return "early nineties"
    return "mid-90s" if age <= 96 else "late nineties"


def _ages(rng: random.Random) -> dict[str, Value]:
    age = rng.randint(90, 104)
    return {
        "age": (T.AGE, str(age)),
        "age_words": (
            T.AGE,
            rng.choice(("ninety-one", "ninety-three", "ninety-six", "ninety-eight", "one hundred")),
        ),
        "age_decade": (T.AGE, _decade(age)),
    }


def _ascii(name: str) -> str:
    # mail systems fold "Núñez" to "nunez"; apostrophes, hyphens and spaces drop out
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c for c in folded.lower() if c.isalpha()) or "pt"


def _contacts(rng: random.Random, names: dict[str, Value]) -> dict[str, Value]:
    first, last = _ascii(names["pt_first"][1].split()[0]), _ascii(names["pt_last"][1])
    domain = rng.choice(
        ("example.com", "example.org", "example.net", "mail.example.com", "clinic.example.org")
    )
    return {
        "phone": (T.PHONE, _phone(rng)),
        "phone2": (T.PHONE, _phone(rng)),
        "fax": (T.FAX, _phone(rng)),
        "email": (
            T.EMAIL,
            rng.choice(
                (
                    f"{first}.{last}@{domain}",
                    f"{first[0]}{last}{_d(rng, 2)}@{domain}",
                    f"{last}_{first}+portal@{domain}",
                    f"{first.upper()}{_d(rng, 3)}@{domain}",
                )
            ),
        ),
        "email_staff": (
            T.EMAIL,
            f"{rng.choice(('care.team', 'nurse.line', 'records', 'clinic.frontdesk'))}@{domain}",
        ),
        "url": (
            T.URL,
            rng.choice(
                (
                    f"https://portal.{domain}/u/{last}-{_d(rng, 4)}",
                    f"www.{domain}/p/{first}-{last}",
                    f"http://{domain}/share/{_a(rng, 3).lower()}{_d(rng, 5)}",
                    f"https://telehealth.{domain}/room/{last}{_d(rng, 3)}",
                )
            ),
        ),
        "ip": (
            T.IP_ADDRESS,
            rng.choice(
                (
                    f"192.0.2.{rng.randint(2, 254)}",
                    f"198.51.100.{rng.randint(2, 254)}",
                    f"203.0.113.{rng.randint(2, 254)}",
                    f"2001:db8::{rng.randint(16, 4095):x}:{rng.randint(16, 65535):x}",
                    f"2001:0db8:{_d(rng, 4)}:0000:0000:8a2e:0370:{rng.randint(4096, 65535):x}",
                )
            ),
        ),
    }


def _numbers(rng: random.Random) -> dict[str, Value]:
    return {
        "ssn": (T.SSN, _ssn(rng)),
        "mrn": (
            T.MRN,
            rng.choice(
                (
                    _d(rng, 8),
                    f"{_d(rng, 3)}-{_d(rng, 4)}",
                    f"H{_d(rng, 7)}",
                    f"E{_d(rng, 9)}",
                    f"{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 2)}-{_d(rng, 1)}",
                )
            ),
        ),
        "plan": (
            T.HEALTH_PLAN_ID,
            rng.choice(
                (
                    f"{_d(rng, 9)}WA",
                    f"{_d(rng, 1)}{_a(rng, 2)}{_d(rng, 1)}-{_a(rng, 2)}{_d(rng, 1)}-{_a(rng, 2)}{_d(rng, 2)}",
                    f"XJG{_d(rng, 9)}",
                    f"ZGP{_d(rng, 8)}01",
                    f"M{_d(rng, 10)}",
                    f"{_d(rng, 11)}",
                )
            ),
        ),
        "acct": (
            T.ACCOUNT,
            rng.choice(
                (
                    _d(rng, 10),
                    f"HAR {_d(rng, 8)}",
                    f"{_d(rng, 2)}-{_d(rng, 5)}-{_d(rng, 1)}",
                    f"FIN{_d(rng, 9)}",
                    f"V{_d(rng, 8)}",
                )
            ),
        ),
        "dea": (T.LICENSE, f"{rng.choice('ABFM')}{rng.choice('CDGKMPRT')}{_d(rng, 7)}"),
        "npi": (T.LICENSE, f"1{_d(rng, 9)}"),
        "lic": (
            T.LICENSE,
            rng.choice((f"MD{_d(rng, 8)}", f"A{_d(rng, 6)}", f"{_d(rng, 6)}", f"ME {_d(rng, 5)}")),
        ),
        "dl": (
            T.LICENSE,
            rng.choice(
                (
                    f"WDL{_a(rng, 3)}{_d(rng, 2)}{_a(rng, 2)}{_d(rng, 2)}B",
                    f"D{_d(rng, 7)}",
                    f"S{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 3)}-0",
                    _d(rng, 9),
                )
            ),
        ),
        "plate": (
            T.VEHICLE_ID,
            rng.choice(
                (
                    f"{_d(rng, 1)}{_a(rng, 3)}{_d(rng, 3)}",
                    f"{_a(rng, 3)} {_d(rng, 4)}",
                    f"{_a(rng, 3)}-{_d(rng, 3)}",
                    f"{_d(rng, 3)} {_a(rng, 3)}",
                )
            ),
        ),
        "vin": (
            T.VEHICLE_ID,
            f"{_d(rng, 1)}{_a(rng, 4)}{_d(rng, 2)}{_a(rng, 1)}{_d(rng, 1)}{_a(rng, 1)}{_d(rng, 7)}",
        ),
        "serial": (
            T.DEVICE_ID,
            rng.choice(
                (
                    f"{_a(rng, 3)}{_d(rng, 6)}{_a(rng, 1)}",
                    f"{_d(rng, 4)}-{_a(rng, 2)}{_d(rng, 3)}",
                    f"{_d(rng, 1)}{_a(rng, 1)}{_d(rng, 1)}{_a(rng, 2)}{_d(rng, 1)}",
                    f"PM{_d(rng, 7)}",
                )
            ),
        ),
        "udi": (
            T.DEVICE_ID,
            f"(01)00{_d(rng, 12)}(17){rng.randint(26, 29)}{rng.randint(1, 12):02d}30(21){_a(rng, 2)}{_d(rng, 5)}",
        ),
        "fp": (
            T.BIOMETRIC,
            rng.choice(
                (f"FP-{_d(rng, 5)}-{rng.choice('LR')}", f"LT{_d(rng, 8)}", f"FPT {_a(rng, 2)}{_d(rng, 6)}")
            ),
        ),
        "vp": (T.BIOMETRIC, rng.choice((f"VP{_d(rng, 7)}", f"VX-{_d(rng, 4)}-{_a(rng, 2)}"))),
        "iris": (
            T.BIOMETRIC,
            rng.choice(
                (f"RET-{_a(rng, 2)}{_d(rng, 4)}", f"IRS{_d(rng, 6)}", f"PV-{_d(rng, 3)}-{_a(rng, 3)}")
            ),
        ),
        "photo": (
            T.PHOTO,
            rng.choice(
                (
                    f"IMG_{_d(rng, 4)}.JPG",
                    f"DSC_{_d(rng, 4)}.jpg",
                    f"PHOTO-{_d(rng, 4)}-{_d(rng, 4)}",
                    f"face_{_d(rng, 6)}.png",
                    f"MEDIA-{_a(rng, 2)}{_d(rng, 5)}",
                )
            ),
        ),
        "anum": (
            T.OTHER_ID,
            rng.choice(
                (
                    f"A{_d(rng, 3)}-{_d(rng, 3)}-{_d(rng, 3)}",
                    f"A0{_d(rng, 8)}",
                    f"{_d(rng, 3)} {_d(rng, 3)} {_d(rng, 3)}",
                )
            ),
        ),
        "emp": (T.OTHER_ID, rng.choice((f"EMP-{_d(rng, 6)}", _d(rng, 6), f"E{_d(rng, 5)}"))),
        "student": (T.OTHER_ID, rng.choice((f"STU{_d(rng, 7)}", _d(rng, 9)))),
        "case": (
            T.OTHER_ID,
            rng.choice(
                (f"{rng.randint(22, 25)}-{_d(rng, 6)}", f"CPS-{_d(rng, 7)}", f"{_a(rng, 2)}{_d(rng, 8)}")
            ),
        ),
        "claim": (T.OTHER_ID, rng.choice((f"CLM{_d(rng, 11)}", f"{_d(rng, 4)}-{_d(rng, 4)}-{_d(rng, 4)}"))),
        "subj": (T.OTHER_ID, rng.choice((f"SUBJ-{_d(rng, 3)}-{_d(rng, 4)}", f"{_a(rng, 3)}-{_d(rng, 3)}"))),
        "kit": (T.OTHER_ID, f"SK-{rng.randint(22, 25)}-{_d(rng, 4)}"),
        "badge": (T.OTHER_ID, rng.choice((f"BDG{_d(rng, 5)}", f"#{_d(rng, 5)}"))),
        "dod": (T.OTHER_ID, _d(rng, 10)),
        "vafile": (T.OTHER_ID, f"C {_d(rng, 2)} {_d(rng, 3)} {_d(rng, 3)}"),
        "passport": (T.OTHER_ID, f"{_a(rng, 1)}{_d(rng, 8)}"),
        "oid_embryo": (T.OTHER_ID, f"{_a(rng, 2)}{_d(rng, 4)}-E{rng.randint(1, 9)}"),
        "oid2_donor": (T.OTHER_ID, f"{_d(rng, 5)}"),
        "oid2_icvp": (T.OTHER_ID, f"YF{_d(rng, 7)}"),
        "oid2_polst": (T.OTHER_ID, f"POLST-{_d(rng, 8)}"),
        "oid_hmis": (T.OTHER_ID, f"{_d(rng, 6)}"),
        "oid_i94": (T.OTHER_ID, f"{_d(rng, 9)}A{_d(rng, 1)}"),
        "oid_iis": (T.OTHER_ID, f"IIS{_d(rng, 8)}"),
    }


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented person's identifiers plus the staff, places and numbers around them."""
    names = _names(rng)
    return {**names, **_places(rng), **_dates(rng), **_ages(rng), **_contacts(rng, names), **_numbers(rng)}


DOSE = _pool(
    "metoprolol succinate 25 mg PO daily; apixaban 5 mg BID; atorvastatin 80 mg nightly; Entresto "
    "49/51 mg BID; semaglutide 0.5 mg SC weekly; lisinopril 10 mg daily; clopidogrel 75 mg daily; "
    "empagliflozin 10 mg daily; furosemide 40 mg PO daily; insulin glargine 22 units qHS"
)
ACUTE_RX = _pool(
    "amoxicillin-clavulanate 875 mg BID x7d; benzonatate 100 mg TID PRN; doxycycline 100 mg BID x7 days; "
    "azithromycin 500 mg day 1 then 250 mg x4 days; albuterol HFA 2 puffs q4h PRN"
)
PAIN_RX = ("naproxen 500 mg BID with food", "ibuprofen 600 mg q6h PRN", "acetaminophen 1 g q8h PRN")
WOUND_RX = ("cephalexin 500 mg QID x5 days", "mupirocin ointment TID", "doxycycline 100 mg BID x10 days")
STIM = (
    "Gonal-f 225 IU SC nightly",
    "Menopur 150 IU SC nightly",
    "ganirelix 250 mcg SC daily",
    "Follistim 200 IU",
)
GAH = (
    "estradiol valerate 10 mg IM q7d",
    "spironolactone 100 mg BID",
    "testosterone cypionate 50 mg SC weekly",
    "estradiol 2 mg SL BID",
)
PREMED = (
    "acetaminophen 650 mg PO + diphenhydramine 25 mg IV",
    "methylprednisolone 100 mg IV",
    "cetirizine 10 mg PO",
)
MALARIA = ("atovaquone-proguanil 250/100 mg daily", "doxycycline 100 mg daily", "mefloquine 250 mg weekly")
BRAND = _pool(
    "Eliquis; Ozempic; Remicade; Humira; Xolair; Entresto; Gonal-f; Plan B; Narcan; Vivitrol; Dexcom "
    "G7; Omnipod 5; Watchman; Impella CP; Boston Scientific; Medtronic"
)
EPONYM = _pool(
    "Graves' disease; Parkinson's; Bell's palsy; Crohn's; Hashimoto's; Barrett's esophagus; "
    "Raynaud's; Sjögren's; Still's disease; Osgood-Schlatter; Wolff-Parkinson-White; a Whipple; a "
    "Foley; Kawasaki disease; Addison's"
)
CODE = _pool(
    "ICD-10 E66.01; Z68.41; CPT 93458; CPT 43239; LOINC 4548-4; J45.40; Z30.09; RxNorm 860975; HCPCS "
    "J1745; T78.40XA; Z23; I25.10; O09.521; CPT 95004 x40"
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Untyped clinical filler that resembles identifiers: numbers, codes, eponyms, brands, roles."""
    values = {
        "dose": rng.choice(DOSE),
        "dose2": rng.choice(DOSE),
        "acute_rx": rng.choice(ACUTE_RX),
        "stim": rng.choice(STIM),
        "pain_rx": rng.choice(PAIN_RX),
        "wound_rx": rng.choice(WOUND_RX),
        "gah": rng.choice(GAH),
        "premed": rng.choice(PREMED),
        "malaria": rng.choice(MALARIA),
        "kid_age": str(rng.randint(5, 17)),
        "chol": str(rng.randint(55, 95)),
        "time2": f"{rng.randint(6, 22):02d}{rng.choice(('05', '20', '35', '50'))}",
        "fr": f"{rng.choice((5, 6, 7))} Fr",
        "brand": rng.choice(BRAND),
        "brand2": rng.choice(BRAND),
        "eponym": rng.choice(EPONYM),
        "code": rng.choice(CODE),
        "code2": rng.choice(CODE),
        "role": rng.choice(ROLE),
        "bp": f"{rng.randint(98, 168)}/{rng.randint(54, 98)}",
        "hr": str(rng.randint(52, 118)),
        "rr": str(rng.randint(12, 24)),
        "spo2": f"{rng.randint(90, 100)}%",
        "temp": f"{rng.uniform(36.1, 38.6):.1f}",
        "wt": f"{rng.uniform(48, 168):.1f} kg",
        "bmi": f"{rng.uniform(19, 52):.1f}",
        "a1c": f"{rng.uniform(5.1, 11.8):.1f}%",
        "hgb": f"{rng.uniform(7.9, 15.8):.1f}",
        "cr": f"{rng.uniform(0.5, 2.9):.2f}",
        "k": f"{rng.uniform(3.1, 5.6):.1f}",
        "inr": f"{rng.uniform(0.9, 3.4):.1f}",
        "lvef": f"{rng.randint(20, 65)}%",
        "year": str(rng.randint(1998, 2024)),
        "year2": str(rng.randint(2005, 2024)),
        "age_ok": str(rng.randint(2, 89)),
        "age_ok2": str(rng.randint(18, 89)),
        "dur": rng.choice(
            ("for 3 days", "for 2 weeks", "for 6 months", "for 48 h", "for 10 days", "for 3 weeks")
        ),
        "room": f"{rng.randint(2, 9)}{rng.randint(10, 60)}{rng.choice(('', '-B', 'A'))}",
        "lot": f"{_a(rng, 2)}{_d(rng, 4)}",
        "gauge": f"{rng.choice((18, 19, 20, 22))}G",
        "time": f"{rng.randint(6, 22):02d}{rng.choice(('00', '10', '25', '40', '55'))}",
        "pct": f"{rng.randint(5, 95)}%",
        "ratio": f"{rng.randint(1, 4)}:{rng.choice((1, 2, 4, 10))}",
        "gcs": str(rng.randint(9, 15)),
        "esi": str(rng.randint(1, 5)),
        "score": str(rng.randint(0, 9)),
        "nihss": str(rng.randint(0, 21)),
        "wheal": f"{rng.randint(3, 14)} mm",
        "count": str(rng.randint(2, 40)),
        "mets": f"{rng.uniform(2.0, 9.5):.1f}",
        "ext_ok": f"ext {rng.randint(2, 9)}{rng.randint(100, 999)}",
        "unit": rng.choice(("4 West", "CVICU", "5 North", "PACU bay 3", "MICU")),
    }
    return {key: (None, text) for key, text in values.items()}
