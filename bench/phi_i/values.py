"""Invented values for set I: identifiers (typed, become gold spans) and clinical look-alikes (untyped).

Every identifier is made up: phones are 555-01xx, mail and web addresses use example.* domains, IP
addresses come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32), SSNs use the never-issued 9xx area. Labelling decisions are in README.md.
"""

from __future__ import annotations

import random
import string
import unicodedata

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

FIRST = (
    "Zoë", "Ngọc Anh", "Søren", "Łucja", "Maëlle", "Joaquín", "Adaeze", "Tamsin", "Ilse", "Kwabena",
    "Rosalind", "Dmitri", "Aroha", "Benedikt", "Yaretzi", "Håkon", "Priyanka", "Calloway", "Oluwaseun",
    "Mireille", "Teodoro", "Saoirse", "Kenji", "Wilhelmina", "Fenella", "Ezequiel", "Ngaire", "Bartholomew",
    "Leocadia", "Thandiwe", "Radomír", "Inès", "Lorcan", "Marisela", "Odalys", "Pascale", "Ignatius",
    "Gudrun", "Tiberius", "Anouk", "Jessamyn", "Cosimo", "Ayşe", "Nkechi", "Ruairí", "Émilie",
)  # fmt: skip
LAST = (
    "Vasquez-Oduya", "Þórsdóttir", "Nakagawa-Reyes", "Quillfeather", "Dąbrowski", "Mbeki-Lund",
    "O'Sullivan", "van der Meer", "Ferreira da Costa", "Kowalczyk", "Haddad", "Okonkwo", "Lindqvist",
    "Achterberg", "Castellanos", "Yılmaz", "Raghunathan", "Petrosyan", "Begaye", "Tuilagi", "Szabó",
    "Oyelowo", "Brannigan", "Marchetti", "Thorvaldsen", "Abernethy-Kaur", "Delacroix", "Rautenbach",
    "Nguyễn", "Featherstonehaugh", "Pellegrini", "Zawadzki", "Ikeda", "Mwangi", "Cárdenas", "Halvorsen",
    "St. Clair", "MacAskill", "Villanueva", "Oduya", "Kristiansen", "Ferncliffe", "Amankwah", "Lévesque",
)  # fmt: skip
STREETS = (
    "Larkspur Hollow Rd", "Quayside Terrace", "Old Tannery Lane", "Wexcombe Ave", "Cinder Mill Road",
    "N. Halvard St", "Blackthorn Ct", "Sorrel Ridge Dr", "Pemberly Way", "Ironwood Circle", "Gullhaven Pl",
    "Calle Arroyo Seco", "E 143rd Street", "Rue des Tanneurs", "Moorcroft Blvd", "Kestrel Point Pkwy",
)  # fmt: skip
CITIES = (
    "Marquette", "Port Kessler", "Ashtabula", "Bellingham", "Yakima", "Kittery", "Sault Ste. Marie",
    "Bemidji", "Walla Walla", "Chillicothe", "Presque Isle", "Nacogdoches", "Hood River", "Escanaba",
    "Coeur d'Alene", "Dalhart", "Truth or Consequences", "Winnemucca", "Brattleboro", "Ely",
)  # fmt: skip
COUNTIES = (
    "Houghton County", "Okanogan County", "Aroostook County", "Coos County", "Chaffee County",
    "Lincoln Parish", "Door County", "Kenai Peninsula Borough", "Pend Oreille County", "Tioga County",
)  # fmt: skip
STATES = ("MI", "WA", "ME", "OH", "MN", "TX", "OR", "NV", "VT", "ID", "NM")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
)  # fmt: skip
UNITS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
AREA_CODES = ("906", "509", "207", "440", "218", "936", "541", "775", "802", "208", "575", "360")
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"  # no I, O or Q in a VIN
MAIL_DOMAINS = ("example.org", "example.com", "example.net", "mail.example.org", "corp.example.com")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _ascii(text: str) -> str:
    """A name as it would appear in a mail address: no diacritics, spaces or apostrophes."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c for c in flat.lower() if c.isalnum() or c == "-")


def _age_words(age: int) -> str:
    tens = {9: "ninety", 10: "one hundred"}
    if age >= 100:
        rest = age - 100
        return "one hundred" + (f" and {UNITS[rest]}" if rest else "")
    unit = UNITS[age % 10]
    return tens[age // 10] + (f"-{unit}" if unit else "")


def _date_forms(rng: random.Random) -> dict[str, str]:
    year = rng.choice((2024, 2025, 2026))
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    hour, minute = rng.randint(0, 23), rng.choice((0, 5, 12, 20, 34, 41, 47, 55))
    mon = MONTHS[month - 1]
    return {
        "numeric": rng.choice(
            (f"{month:02d}/{day:02d}/{year}", f"{month}/{day}/{year % 100:02d}", f"{day:02d}.{month:02d}.{year}")
        ),
        "iso": f"{year}-{month:02d}-{day:02d}",
        "iso_time": rng.choice(
            (f"{year}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}", f"{year}{month:02d}{day:02d}{hour:02d}{minute:02d}")
        ),
        "written": rng.choice((f"{mon} {day}, {year}", f"{day} {mon} {year}", f"{mon} {day}th, {year}")),
        "abbrev": rng.choice((f"{day:02d}-{mon[:3].upper()}-{year}", f"{mon[:3]} {day} '{year % 100:02d}", f"{day}{mon[:3]}{year % 100:02d}")),
        "no_year": rng.choice((f"{mon[:3]} {day}", f"{month}/{day}", f"{day} {mon}", f"{mon} {day}")),
        "ordinal": f"the {ORDINALS[day - 1]} of {mon}",
        "with_time": rng.choice(
            (f"{month}/{day}/{year} @ {hour:02d}{minute:02d}", f"{mon[:3]} {day} at {hour}:{minute:02d}", f"{day:02d}/{month:02d} {hour:02d}:{minute:02d}h")
        ),
    }  # fmt: skip


def _birth(rng: random.Random) -> str:
    """A birth date of someone now in their late 80s or older, with its year."""
    year, month, day = rng.randint(1919, 1937), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice((f"{month:02d}/{day:02d}/{year}", f"{MONTHS[month - 1]} {day}, {year}", f"{year}{month:02d}{day:02d}", f"{day}-{MONTHS[month - 1][:3]}-{year}"))  # fmt: skip


def _phone(rng: random.Random) -> str:
    area, tail = rng.choice(AREA_CODES), f"01{rng.randint(0, 99):02d}"
    return rng.choice(
        (f"({area}) 555-{tail}", f"{area}-555-{tail}", f"{area}.555.{tail}", f"+1 {area} 555 {tail}", f"1-{area}-555-{tail}")
    )  # fmt: skip


def _vin(rng: random.Random) -> str:
    return "".join(rng.choice(VIN_CHARS) for _ in range(17))


def _person(rng: random.Random) -> tuple[str, str, str]:
    return rng.choice(FIRST), rng.choice(LAST), rng.choice(string.ascii_uppercase.replace("X", ""))


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One invented identity per note: every key a template of set I may use."""
    first, last, initial = _person(rng)
    c_first, c_last, c_initial = _person(rng)
    c2_first, c2_last, _ = _person(rng)
    f_first, f_last, _ = _person(rng)
    n_first, _, _ = _person(rng)
    d1, d2, d3, d4 = (_date_forms(rng) for _ in range(4))
    age = rng.randint(90, 106)
    ip4 = rng.choice(("192.0.2", "198.51.100", "203.0.113"))
    hexes = "".join(rng.choice("0123456789abcdef") for _ in range(12))
    ident = {
        # names
        "pt": (PhiType.NAME, f"{first} {last}"),
        "pt_first": (PhiType.NAME, first),
        "pt_last": (PhiType.NAME, last),
        "pt_formal": (PhiType.NAME, f"{last}, {first} {initial}."),
        "pt_caps": (PhiType.NAME, f"{last.upper()}, {first.upper()}"),
        "pt_hl7": (PhiType.NAME, f"{_ascii(last).upper()}^{_ascii(first).upper()}^{initial}"),
        "pt_lower": (PhiType.NAME, f"{first.lower()} {last.lower()}"),
        "clin": (PhiType.NAME, f"{c_first} {c_last}"),
        "clin_short": (PhiType.NAME, f"{c_first[0]}. {c_last}"),
        "clin_last": (PhiType.NAME, c_last),
        "clin_init": (PhiType.NAME, f"{c_first} {c_initial}. {c_last}"),
        "clin2": (PhiType.NAME, f"{c2_first} {c2_last}"),
        "clin2_last": (PhiType.NAME, c2_last),
        "nurse": (PhiType.NAME, n_first),
        "fam": (PhiType.NAME, f"{f_first} {f_last}"),
        "fam_first": (PhiType.NAME, f_first),
        # places smaller than a state
        "street": (PhiType.LOCATION, f"{rng.randint(3, 9899)} {rng.choice(STREETS)}"),
        "street_unit": (PhiType.LOCATION, f"{rng.randint(3, 899)} {rng.choice(STREETS)}, Unit {rng.randint(1, 40)}{rng.choice('ABCD')}"),
        "city": (PhiType.LOCATION, rng.choice(CITIES)),
        "city2": (PhiType.LOCATION, rng.choice(CITIES)),
        "county": (PhiType.LOCATION, rng.choice(COUNTIES)),
        "zip": (PhiType.LOCATION, rng.choice((_digits(rng, 5), f"{_digits(rng, 5)}-{_digits(rng, 4)}"))),
        "state": (None, rng.choice(STATES)),
        "gps": (PhiType.LOCATION, f"{rng.uniform(30, 48):.4f}N {rng.uniform(68, 123):.4f}W"),
        "base": (PhiType.LOCATION, rng.choice(("Camp Ridgeholt", "Fort Aldane", "Naval Station Gullhaven", "FOB Saltmarsh"))),
        # dates
        "date": (PhiType.DATE, d1["numeric"]),
        "date_iso": (PhiType.DATE, d1["iso"]),
        "date_time": (PhiType.DATE, d2["iso_time"]),
        "date_written": (PhiType.DATE, d2["written"]),
        "date_abbr": (PhiType.DATE, d3["abbrev"]),
        "date_noyear": (PhiType.DATE, d3["no_year"]),
        "date_ord": (PhiType.DATE, d4["ordinal"]),
        "date_with_time": (PhiType.DATE, d4["with_time"]),
        "date2": (PhiType.DATE, d4["numeric"]),
        "dob": (PhiType.DATE, _birth(rng)),
        "dob_hl7": (PhiType.DATE, f"{rng.randint(1919, 1990)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"),
        # ages over 89
        "age_old": (PhiType.AGE, str(age)),
        "age_old_words": (PhiType.AGE, _age_words(age)),
        # contact
        "phone": (PhiType.PHONE, _phone(rng)),
        "phone2": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "email": (PhiType.EMAIL, f"{_ascii(first)}.{_ascii(last)}{rng.randint(1, 99)}@{rng.choice(MAIL_DOMAINS)}"),
        "email_clin": (PhiType.EMAIL, f"{_ascii(c_first)[0]}{_ascii(c_last)}@{rng.choice(MAIL_DOMAINS)}"),
        "url": (PhiType.URL, rng.choice((
            f"https://portal.example.org/u/{_ascii(first)}-{_ascii(last)}",
            f"http://www.example.com/~{_ascii(last)}{rng.randint(1, 9)}",
            f"https://social.example.net/@{_ascii(first)}{_ascii(last)[:4]}",
            f"example.org/fundraiser/{_ascii(last)}-family-{_digits(rng, 3)}",
        ))),
        "ip": (PhiType.IP_ADDRESS, rng.choice((f"{ip4}.{rng.randint(2, 254)}", f"2001:db8:{rng.randint(1, 0xfff):x}::{rng.randint(1, 0xff):x}"))),
        # numbers
        "ssn": (PhiType.SSN, rng.choice((f"9{_digits(rng, 2)}-{_digits(rng, 2)}-{_digits(rng, 4)}", f"9{_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 4)}", f"9{_digits(rng, 8)}"))),
        "mrn": (PhiType.MRN, rng.choice((_digits(rng, 8), f"E{_digits(rng, 7)}", f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}", f"MC{_digits(rng, 6)}"))),
        "plan": (PhiType.HEALTH_PLAN_ID, rng.choice((
            f"{_letters(rng, 3)}{_digits(rng, 9)}",
            f"{rng.randint(1, 9)}{_letters(rng, 2)}{rng.randint(1, 9)}-{_letters(rng, 1)}{rng.randint(1, 9)}{_letters(rng, 1)}-{_letters(rng, 2)}{_digits(rng, 2)}",
            f"W{_digits(rng, 8)} {rng.randint(1, 3):02d}",
        ))),
        "claim": (PhiType.ACCOUNT, rng.choice((f"CLM-{_digits(rng, 9)}", f"{_digits(rng, 2)}-{_digits(rng, 6)}-{_letters(rng, 1)}", f"WC{_digits(rng, 7)}"))),
        "account": (PhiType.ACCOUNT, rng.choice((_digits(rng, 10), f"{_digits(rng, 4)}-{_digits(rng, 6)}", f"HB{_digits(rng, 8)}"))),
        "dea": (PhiType.LICENSE, f"{rng.choice('ABFGM')}{_letters(rng, 1)}{_digits(rng, 7)}"),
        "npi": (PhiType.LICENSE, f"1{_digits(rng, 9)}"),
        "license": (PhiType.LICENSE, rng.choice((f"MD{_digits(rng, 6)}", f"RN{_digits(rng, 7)}", _digits(rng, 7), f"{rng.randint(43, 48)}.{_digits(rng, 6)}"))),
        "dl": (PhiType.LICENSE, rng.choice((f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}", f"{_letters(rng, 2)}{_digits(rng, 6)}", f"WDL{_letters(rng, 3)}{_digits(rng, 3)}{_letters(rng, 2)}"))),
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        "plate": (PhiType.VEHICLE_ID, rng.choice((f"{rng.randint(1, 9)}{_letters(rng, 3)}{_digits(rng, 3)}", f"{_letters(rng, 3)}-{_digits(rng, 4)}", f"{_letters(rng, 2)} {_digits(rng, 2)}{_letters(rng, 2)}"))),
        "tail": (PhiType.VEHICLE_ID, f"N{rng.randint(1, 9)}{_digits(rng, 2)}{_letters(rng, 2)}"),
        "device": (PhiType.DEVICE_ID, rng.choice((f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}", f"SN{_digits(rng, 2)}-{_digits(rng, 5)}-{_digits(rng, 2)}", f"{_digits(rng, 4)}{_letters(rng, 2)}{_digits(rng, 4)}"))),
        "udi": (PhiType.DEVICE_ID, f"(01)0{_digits(rng, 13)}(17){_digits(rng, 6)}(21){_letters(rng, 2)}{_digits(rng, 5)}"),
        "bio": (PhiType.BIOMETRIC, rng.choice((f"FPT-{_digits(rng, 5)}-{rng.choice('LR')}{rng.randint(1, 5)}", f"VPR-{hexes[:8]}", f"IRC:{hexes}", f"PV{_digits(rng, 6)}"))),
        "photo": (PhiType.PHOTO, rng.choice((f"IMG_{_digits(rng, 4)}.JPG", f"face_{_ascii(last)[:6]}_{_digits(rng, 3)}.png", f"DSC{_digits(rng, 5)}.jpg", f"PHOTO-{_letters(rng, 2)}{_digits(rng, 5)}"))),
        "other": (PhiType.OTHER_ID, rng.choice((f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}", f"{_digits(rng, 2)}-{_letters(rng, 2)}-{_digits(rng, 5)}", f"{_letters(rng, 2)}{_digits(rng, 7)}"))),
        "tag": (PhiType.OTHER_ID, f"{_letters(rng, 1)}{_digits(rng, 6)}"),
        "subject": (PhiType.OTHER_ID, f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}"),
        "donor": (PhiType.OTHER_ID, f"{_letters(rng, 4)}{_digits(rng, 3)}"),
        "din": (PhiType.OTHER_ID, f"W{_digits(rng, 4)} {_digits(rng, 2)} {_digits(rng, 6)}"),
        "case": (PhiType.OTHER_ID, f"{rng.choice(('ME', 'CI', 'PS'))}{_digits(rng, 2)}-{_digits(rng, 5)}"),
        "dodid": (PhiType.OTHER_ID, _digits(rng, 10)),
        "accession": (PhiType.OTHER_ID, f"{rng.choice('SHCM')}{_digits(rng, 2)}-{_digits(rng, 5)}"),
        "docket": (PhiType.OTHER_ID, f"{rng.randint(1, 9)}:{_digits(rng, 2)}-cv-{_digits(rng, 5)}"),
    }  # fmt: skip
    return ident


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical text that looks like an identifier to a careless rule but is none."""
    choice = rng.choice
    return {
        "dose": (None, choice(("40 mg/m2", "0.5 mcg/kg/min", "1,250 mg", "2 units/kg", "7.5 mg", "600 mg PO", "15 mL/kg bolus"))),
        "dose2": (None, choice(("4 mg IV q6h PRN", "10 units SC nightly", "325 mg daily", "1 g IV q8h", "50 mcg/h"))),
        "schedule": (None, choice(("BID x 5 days", "q4-6h PRN", "TID with meals", "every 21 days", "days 1, 8 and 15", "weekly x 6"))),
        "bp": (None, f"{rng.randint(88, 168)}/{rng.randint(44, 98)}"),
        "hr": (None, str(rng.randint(52, 171))),
        "rr": (None, str(rng.randint(10, 34))),
        "spo2": (None, f"{rng.randint(84, 100)}%"),
        "temp": (None, choice(("37.2", "38.9", "36.4", "101.3F", "35.8 C"))),
        "lab": (None, choice(("Hgb 8.9 g/dL", "K 5.8", "INR 1.3", "Plt 42 K", "lactate 4.1", "Cr 2.07", "ANC 380", "CD4 212 cells/uL", "fibrinogen 142"))),
        "lab2": (None, choice(("Na 131", "WBC 14.2", "TSH 0.02", "HbA1c 8.4%", "bili 11.6", "pH 7.21", "trough 17.4", "VL <20 copies/mL"))),
        "score": (None, choice(("GCS 14", "APGAR 8/9", "ESI 2", "MELD 22", "ECOG 1", "Karnofsky 70", "NIHSS 6", "Braden 13", "CTCAE grade 3", "qSOFA 2"))),
        "score2": (None, choice(("Apgars 7 and 9", "TBSA 18%", "Morse 45", "PHQ-9 of 17", "Ballard 34 wk", "SOFA 9", "Child-Pugh B8", "Rockwood 6"))),
        "eponym": (None, choice(("Graves' disease", "Parkinson disease", "a Foley catheter", "Hodgkin lymphoma", "Down syndrome", "a Whipple", "Crohn's disease", "Addison's"))),
        "eponym2": (None, choice(("Swan-Ganz catheter", "Babinski sign", "Kussmaul breathing", "Cushing triad", "Apgar", "Bishop score 7", "Lund-Browder chart", "Ranson criteria"))),
        "brand": (None, choice(("Keytruda", "Alaris pump", "Pyxis", "Wound VAC", "Omnipod", "Pitocin", "Cellcept", "Biktarvy", "Mepilex Ag", "Tegaderm"))),
        "brand2": (None, choice(("Prograf", "Neulasta", "Decadron", "Zofran", "Silvadene", "Duragesic", "Precedex", "Solu-Medrol"))),
        "role": (None, choice(("the attending", "the charge nurse", "the on-call fellow", "the resident", "the unit clerk", "the coordinator", "the chaplain"))),
        "year": (None, str(rng.choice((1998, 2009, 2014, 2017, 2019, 2021)))),
        "age": (None, str(rng.randint(19, 89))),
        "age_words": (None, choice(("sixty-two", "seventy-four", "eighty-nine", "forty-one", "twenty-eight"))),
        "ga": (None, choice(("34+2 weeks", "27 weeks 5 days", "39w1d", "31 wk"))),
        "weight": (None, choice(("1,840 g", "3.21 kg", "82 kg", "61.4 kg", "112 lb"))),
        "room": (None, choice(("Rm 412B", "bed 7", "Pod C-14", "chair 9", "LDR 3", "Isolette 11", "Bay 6"))),
        "lot": (None, f"Lot {rng.randint(10, 99)}{choice('ABCK')}{rng.randint(100, 999)}"),
        "icd": (None, choice(("O80", "T31.21", "Z94.0", "C50.912", "B20", "A15.0", "P07.33", "F32.2", "S72.001A"))),
        "cpt": (None, choice(("99223", "96413", "36430", "59400", "92507", "97110", "99291"))),
        "loinc": (None, choice(("2345-7", "718-7", "4548-4", "2160-0", "20447-9"))),
        "ndc": (None, choice(("0409-4888-01", "0006-3026-02", "61958-2501-1", "0069-0160-01"))),
        "time": (None, choice(("0345", "14:20", "2215", "07:05", "1130", "23:50"))),
        "time2": (None, choice(("06:40", "1900", "12:15", "0210", "16:55"))),
        "duration": (None, choice(("3 h 20 min", "45 minutes", "12 days", "6 weeks", "90 min"))),
        "count": (None, str(rng.randint(2, 48))),
    }  # fmt: skip
