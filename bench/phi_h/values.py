"""Set H's values: every identifier is invented, every look-alike is ordinary clinical filler.

``identifiers(rng)`` gives one fictional person's identifiers (typed: each becomes a gold span);
``lookalikes(rng)`` gives the clinical numbers, codes and words around them (untyped: never gold).
Phones are 555-01xx, mail and web addresses use example.com/.org/.net and the .example/.test
names, IPs come from the documentation ranges (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24,
2001:db8::/32), SSNs use the never-issued 9xx area. Labelling decisions: README.md.
"""

from __future__ import annotations

import random
import string
import unicodedata

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]

# --- people ----------------------------------------------------------------------------------------

FIRST = (
    "Odalys",
    "Thérèse",
    "Bjørn",
    "Ngozi",
    "Wendell",
    "Marisela",
    "Kaito",
    "Ilse",
    "Dağhan",
    "Rosalind",
    "Tomasz",
    "Yesenia",
    "Anneliese",
    "Kwabena",
    "Lucía",
    "Fenna",
    "Ravindra",
    "Hollis",
    "Zoë",
    "Eamon",
    "Priyamvada",
    "Augustin",
    "Magdalena",
    "Desmond",
    "Saoirse",
    "Ignacio",
    "Perpetua",
    "Lorcan",
    "Hanne",
    "Obinna",
    "Verity",
    "Casimir",
    "Renée",
    "Tadeusz",
    "Mahalia",
    "Jovan",
    "Araceli",
    "Grier",
    "Søren",
    "Ifeoma",
    "Leopold",
    "Nuala",
    "Ezequiel",
    "Ottilie",
    "Barnaby",
    "Joaquín",
    "Wilhelmina",
    "Hope",
    "Faith",
    "Rose",
    "Forrest",
    "Sterling",
    "Amber",
    "Dale",
    "Summer",
    "Grant",
    "June",
)
LAST = (
    "Quillfeather",
    "Oyelaran",
    "Hrdlička",
    "Vanterpool",
    "Abernethy",
    "Szczepański",
    "Mbatha",
    "Duchesneau",
    "Iwasaki-Holm",
    "Ferreira da Costa",
    "O'Dowd",
    "McAllister",
    "Tønnesen",
    "Haverkamp",
    "Okonkwo",
    "Laforêt",
    "Bellweather",
    "Zúñiga",
    "Kowalczyk",
    "Achterberg",
    "Rautiainen",
    "Nwachukwu",
    "Delacroix-Ames",
    "Pettigrew",
    "Sandoval",
    "Marchetti",
    "Yilmazer",
    "Stroud",
    "Villanueva",
    "Lindqvist",
    "Cavanagh",
    "Ebbesen",
    "Thistlewood",
    "Gallardo",
    "Prendergast",
    "Whitcombe",
    "Hunter",
    "Price",
    "Young",
    "Bishop",
    "Fields",
    "Marsh",
    "Carpenter",
    "Winter",
    "Banks",
    "Rivers",
    "Nakashima",
    "Ó Súilleabháin",
    "Dimitrova",
    "Achebe-Lund",
    "Castellanos",
    "Brandvold",
    "Fairweather",
)
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTVW"

# --- places (invented streets and towns; states are not identifiers and stay unlabelled) ----------

STREETS = (
    "Larch Hollow Rd",
    "Quarry Bend Lane",
    "Tamsin Court",
    "Old Mill Pike",
    "Heronsgate Ave",
    "Cobbler's Row",
    "Wrenfield Drive",
    "Saltmarsh Way",
    "Bellhaven Terrace",
    "Juniper Spur Road",
    "Kestrel Ridge Blvd",
    "Ashgrove Circle",
    "Fennimore St",
    "Lantern Hill Rd",
    "Orchard Gap Lane",
    "Pellow Street",
    "Marrowbone Trail",
    "Calle Almendro",
    "Rue des Tanneurs",
    "Birchwood Loop",
)
UNITS = ("Apt 4B", "Unit 12", "#207", "Lot 31", "Trlr 9", "Apt. 3C", "Suite 5")
TOWNS = (
    "Millbrook Falls",
    "East Wrenford",
    "Port Haldane",
    "Cinderford Springs",
    "Lake Oswin",
    "Marrowdale",
    "North Tessaly",
    "Bramwell Junction",
    "San Ildefonso Viejo",
    "Ferrisburg",
    "Castlemere",
    "Ostrava Heights",
    "Glenquarry",
    "Pembrook Mills",
    "Stillwater Crossing",
    "Aldenport",
    "Yarrow Point",
    "Kilbride Ferry",
    "Hatchet Creek",
    "Lower Moresby",
)
COUNTIES = (
    "Tamsin County",
    "Oswin County",
    "Haldane Parish",
    "Wrenford County",
    "Marrowdale Borough",
    "Glenquarry County",
    "Ferris County",
    "Bramwell County",
)
STATES = ("OR", "ME", "NM", "WI", "KY", "VT", "ID", "NE", "Oregon", "Vermont", "New Mexico", "Kentucky")

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
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _ascii(text: str) -> str:
    """Diacritics dropped, as a mail or web address would spell the name ("Laforêt" -> "Laforet")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def _luhn_digit(number: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return str((10 - total % 10) % 10)


def npi(rng: random.Random) -> str:
    """A 10-digit NPI whose check digit is right (Luhn over the 80840 prefix), invented."""
    body = rng.choice("12") + _digits(rng, 8)
    return body + _luhn_digit("80840" + body)


def dea(rng: random.Random, surname: str) -> str:
    """A DEA registration number with a valid check digit, invented."""
    d = [rng.randrange(10) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    initial = next((c for c in surname.upper() if c in string.ascii_uppercase), "X")
    return rng.choice("ABFM") + initial + "".join(map(str, d)) + str(check)


_VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VIN_VALUE = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        (1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9),
        strict=True,
    )
)
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin(rng: random.Random) -> str:
    """A 17-character VIN (no I, O, Q) with its check digit in place, invented."""
    chars = [rng.choice(_VIN_ALPHABET) for _ in range(17)]
    chars[8] = "0"
    total = sum((_VIN_VALUE.get(c) or int(c)) * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def mbi(rng: random.Random) -> str:
    """A Medicare beneficiary identifier in the 11-character CMS shape, invented."""
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + string.digits
    raw = (
        rng.choice("123456789") + rng.choice(alpha) + rng.choice(alnum) + rng.choice(string.digits)
        + rng.choice(alpha) + rng.choice(alnum) + rng.choice(string.digits)
        + rng.choice(alpha) + rng.choice(alpha) + _digits(rng, 2)
    )  # fmt: skip
    return rng.choice((raw, f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"))


def _number_words(n: int) -> str:
    tens = {9: "ninety", 10: "one hundred"}
    if n >= 100:
        rest = n - 100
        return "one hundred" + (f" and {ONES[rest]}" if rest else "")
    word = tens[n // 10]
    return word + (f"-{ONES[n % 10]}" if n % 10 else "")


def _phone(rng: random.Random) -> tuple[str, str]:
    area = rng.choice(("503", "207", "505", "608", "859", "802", "208", "402"))
    line = f"01{rng.randrange(100):02d}"
    return area, line


def _phone_text(rng: random.Random) -> str:
    area, line = _phone(rng)
    shapes = (
        f"({area}) 555-{line}",
        f"{area}-555-{line}",
        f"{area}.555.{line}",
        f"+1 {area} 555 {line}",
        f"{area} 555 {line}",
        f"1-{area}-555-{line}",
        f"{area}555{line}",
        f"+1-{area}-555-{line}",
    )
    return rng.choice(shapes)


def _date_forms(rng: random.Random, year_lo: int = 2021, year_hi: int = 2026) -> dict[str, str]:
    year = rng.randint(year_lo, year_hi)
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    name = MONTHS[month - 1]
    hh, mm = rng.randint(0, 23), rng.choice((0, 5, 10, 15, 20, 30, 40, 45, 50))
    return {
        "slash": f"{month:02d}/{day:02d}/{year}",
        "slash_short": f"{month}/{day}/{str(year)[2:]}",
        "noyear": f"{month}/{day}",
        "iso": f"{year}-{month:02d}-{day:02d}",
        "written": f"{name} {day}, {year}",
        "written_noyear": f"{name} {_ordinal(day)}",
        "euro": f"{day:02d}.{month:02d}.{year}",
        "dmy": f"{day} {name[:3]} {year}",
        "dmy_caps": f"{day:02d}{name[:3].upper()}{year}",
        "mon_year": f"{name} {year}",
        "abbrev": f"{name[:3]} {day}",
        "dashed": f"{day:02d}-{name[:3]}-{str(year)[2:]}",
        "weekday": f"{rng.choice(DAYS)}, {name} {day}",
        "ordinal_of": f"the {_ordinal(day)} of {name}",
        "stamp": f"{month:02d}/{day:02d}/{year} {hh:02d}:{mm:02d}",
        "compact": f"{year}{month:02d}{day:02d}",
    }


def _person(rng: random.Random) -> tuple[str, str]:
    return rng.choice(FIRST), rng.choice(LAST)


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One fictional patient, the people around them and every identifier their records carry."""
    first, last = _person(rng)
    mid = rng.choice(MIDDLE_INITIALS)
    kin_first, kin_last = _person(rng)
    out: dict[str, Value] = {}

    def put(kind: PhiType, **values: str) -> None:
        for key, text in values.items():
            out[key] = (kind, text)

    put(
        PhiType.NAME,
        pt=f"{first} {last}",
        pt_first=first,
        pt_last=last,
        pt_lf=f"{last}, {first} {mid}.",
        pt_caps=f"{last.upper()}, {first.upper()}",
        pt_lower=first.lower(),
        pt_initialed=f"{first} {mid}. {last}",
        kin=f"{kin_first} {kin_last}",
        kin_first=kin_first,
        kin2_first=rng.choice(FIRST),
        dr1=" ".join(_person(rng)),
        dr1_last=rng.choice(LAST),
        dr2=" ".join(_person(rng)),
        dr2_last=rng.choice(LAST),
        rn=" ".join(_person(rng)),
        rn_first=rng.choice(FIRST),
        staff_lf="{1}, {0}".format(*_person(rng)),
    )
    put(
        PhiType.LOCATION,
        street=f"{rng.randint(3, 9899)} {rng.choice(STREETS)}",
        street2=f"{rng.randint(3, 9899)} {rng.choice(STREETS)}",
        unit=rng.choice(UNITS),
        town=rng.choice(TOWNS),
        town2=rng.choice(TOWNS),
        county=rng.choice(COUNTIES),
        zip=f"{rng.randint(10, 99)}{_digits(rng, 3)}",
        zip4=f"{rng.randint(10, 99)}{_digits(rng, 3)}-{_digits(rng, 4)}",
    )
    out["state"] = (None, rng.choice(STATES))  # a state alone is not a Safe Harbor identifier
    for tag, forms in (
        ("d1", _date_forms(rng)),
        ("d2", _date_forms(rng)),
        ("d3", _date_forms(rng)),
        ("dob", _date_forms(rng, 1930, 2019)),
    ):
        for form, text in forms.items():
            out[f"{tag}_{form}"] = (PhiType.DATE, text)
    age = rng.randint(90, 106)
    put(PhiType.AGE, age=str(age), age_words=_number_words(age), age2=str(rng.randint(90, 104)))
    put(PhiType.PHONE, phone=_phone_text(rng), phone2=_phone_text(rng), cell=_phone_text(rng))
    put(PhiType.FAX, fax=_phone_text(rng), fax2=_phone_text(rng))
    handle = rng.choice(
        (f"{first}.{last}", f"{first[0]}{last}", f"{last}{rng.randint(1, 99)}", f"{first}_{last[:3]}")
    )
    handle = "".join(c for c in _ascii(handle).lower() if c.isalnum() or c in "._")
    domain = rng.choice(("example.com", "example.org", "example.net", "mail.example", "post.test"))
    staff = rng.choice(("nurse.line", "intake", "priorauth", "records", "clinic.desk"))
    put(
        PhiType.EMAIL,
        email=f"{handle}@{domain}",
        staff_email=f"{staff}@{rng.choice(('example.org', 'care.example'))}",
    )
    area = rng.randint(900, 999)
    group, serial = f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    put(
        PhiType.SSN,
        ssn=rng.choice((f"{area}-{group}-{serial}", f"{area} {group} {serial}", f"{area}{group}{serial}")),
    )
    put(
        PhiType.MRN,
        mrn=rng.choice(
            (
                _digits(rng, 8),
                f"{rng.choice('HKMZ')}{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 2)}-{_digits(rng, 3)}",
            )
        ),
        mrn2=rng.choice((_digits(rng, 7), f"MR{_digits(rng, 6)}")),
    )
    put(
        PhiType.HEALTH_PLAN_ID,
        member=rng.choice(
            (
                f"{_letters(rng, 3)}{_digits(rng, 9)}",
                f"W{_digits(rng, 4)}-{_digits(rng, 5)}",
                f"{_letters(rng, 2)}-{_digits(rng, 8)}-0{rng.randint(1, 4)}",
            )
        ),
        mbi=mbi(rng),
        medicaid=f"{_letters(rng, 2)}{_digits(rng, 5)}{_letters(rng, 1)}",
    )
    put(
        PhiType.ACCOUNT,
        acct=rng.choice((_digits(rng, 10), f"{_digits(rng, 4)}-{_digits(rng, 6)}", f"A{_digits(rng, 9)}")),
        claim=f"{rng.choice(('CLM', 'C', ''))}{_digits(rng, 2)}{rng.choice(('-', ''))}{_digits(rng, 9)}",
        fin=f"{_digits(rng, 11)}",
    )
    put(
        PhiType.LICENSE,
        npi=npi(rng),
        dea=dea(rng, last),
        dl=rng.choice(
            (
                f"{_letters(rng, 1)}{_digits(rng, 7)}",
                f"{_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 3)}",
                f"DL{_digits(rng, 8)}",
            )
        ),
        rn_lic=rng.choice((f"RN{_digits(rng, 6)}", f"{_digits(rng, 7)}", f"RN-{_digits(rng, 5)}")),
        emt_cert=f"{rng.choice(('P', 'E', 'A'))}{_digits(rng, 6)}",
    )
    plate = rng.choice(
        (
            f"{_digits(rng, 1)}{_letters(rng, 3)}{_digits(rng, 3)}",
            f"{_letters(rng, 3)}-{_digits(rng, 4)}",
            f"{_letters(rng, 2)} {_digits(rng, 2)}{_letters(rng, 2)}",
        )
    )
    put(PhiType.VEHICLE_ID, vin=vin(rng), plate=plate)
    udi_di = f"0{_digits(rng, 13)}"
    put(
        PhiType.DEVICE_ID,
        serial=rng.choice(
            (
                f"{_letters(rng, 3)}{_digits(rng, 6)}{_letters(rng, 1)}",
                f"SN{_digits(rng, 9)}",
                f"{_digits(rng, 4)}-{_letters(rng, 2)}{_digits(rng, 4)}",
            )
        ),
        serial2=f"{_letters(rng, 2)}{_digits(rng, 7)}",
        udi=f"(01){udi_di}(17){rng.randint(26, 31)}{rng.randint(1, 12):02d}28(21){_letters(rng, 2)}{_digits(rng, 5)}",
    )
    slug = "".join(c for c in _ascii(f"{first}-{last}").lower() if c.isalnum() or c == "-")
    put(
        PhiType.URL,
        url=rng.choice((
            f"https://www.example.com/{slug}",
            f"https://portal.example.org/chart/{_digits(rng, 6)}",
            f"www.example.net/u/{slug}",
            f"http://{slug}.example.com/fundraiser",
            f"https://tele.care.example/room/{_letters(rng, 4, string.ascii_lowercase)}-{_digits(rng, 4)}",
        )),
    )  # fmt: skip
    put(
        PhiType.IP_ADDRESS,
        ip=rng.choice(
            (
                f"192.0.2.{rng.randint(1, 254)}",
                f"198.51.100.{rng.randint(1, 254)}",
                f"203.0.113.{rng.randint(1, 254)}",
            )
        ),
        ipv6=f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
    )
    put(
        PhiType.BIOMETRIC,
        fingerprint=f"{rng.choice(('FP', 'FPT', 'LS'))}-{_digits(rng, 4)}-{_letters(rng, 2)}{_digits(rng, 2)}",
        voiceprint=f"VP{_digits(rng, 7)}",
        iris=f"IRS-{_letters(rng, 1)}{_digits(rng, 6)}",
        palm=f"PV{_digits(rng, 3)}{_letters(rng, 3)}{_digits(rng, 2)}",
    )
    put(
        PhiType.PHOTO,
        photo=rng.choice(
            (
                f"IMG_{_digits(rng, 4)}.jpg",
                f"face_{_digits(rng, 6)}.png",
                f"DSC{_digits(rng, 5)}.JPG",
                f"portrait-{_letters(rng, 3, string.ascii_lowercase)}{_digits(rng, 3)}.heic",
            )
        ),
        photo_id=f"PH-{_digits(rng, 7)}",
    )
    put(
        PhiType.OTHER_ID,
        accession=rng.choice(
            (
                f"S{rng.randint(21, 26)}-{rng.randint(1, 29999)}",
                f"{_letters(rng, 2)}{_digits(rng, 2)}-{_digits(rng, 5)}",
            )
        ),
        cad=f"{rng.randint(21, 26)}-{_digits(rng, 6)}",
        inmate=f"{rng.choice(('', 'A', 'B', 'R'))}{_digits(rng, 6)}",
        employee=f"E{_digits(rng, 6)}",
        student=f"{_digits(rng, 2)}-{_digits(rng, 5)}",
        case_no=f"{_letters(rng, 2)}{_digits(rng, 7)}",
        rx=f"Rx{_digits(rng, 7)}",
        auth_ref=f"PA-{_digits(rng, 4)}-{_letters(rng, 3)}{_digits(rng, 3)}",
        kindred=f"K{_digits(rng, 4)}",
        subject=f"{_letters(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}",
    )
    return out


# --- look-alikes -----------------------------------------------------------------------------------

DRUGS = (
    "metoprolol succinate 50 mg daily",
    "apixaban 5 mg BID",
    "furosemide 40 mg PO q AM",
    "sertraline 100 mg qhs",
    "insulin glargine 22 units at bedtime",
    "levothyroxine 88 mcg daily",
    "oxycodone 5 mg q4h PRN",
    "amoxicillin 875 mg BID x 10 days",
    "sevelamer 800 mg TID with meals",
    "haloperidol 0.5 mg q6h PRN agitation",
    "morphine oral solution 2.5 mg q2h PRN",
    "prednisolone acetate 1% 1 gtt OD QID",
    "latanoprost 0.005% 1 gtt OU qhs",
    "epoetin alfa 4,000 units",
)
BRANDS = (
    "Eliquis",
    "Lantus",
    "Jardiance",
    "Entresto",
    "Xarelto",
    "Ozempic",
    "Keppra",
    "Seroquel",
    "Narcan",
    "Humira",
)
ESA = ("epoetin alfa 4,000 units IV", "darbepoetin 40 mcg IV q2 weeks", "Mircera 100 mcg IV monthly")
CPAPS = ("ResMed AirSense 11 AutoSet", "DreamStation 2 Auto", "AirMini travel unit")
AIDS = ("Phonak Lumity 90 RIC", "Oticon Real 1 miniRITE", "Signia Pure Charge&Go 7AX")
DEVICES = (
    "Foley catheter",
    "Hickman line",
    "Dexcom G7",
    "Omnipod",
    "ResMed AirSense 11",
    "Pleurx drain",
    "Mepilex border",
    "Wound VAC",
    "Oticon hearing aid",
    "LifeVest",
)
EPONYMS = (
    "Graves' disease",
    "Parkinson's disease",
    "Hashimoto thyroiditis",
    "Bell's palsy",
    "Crohn's disease",
    "Alzheimer dementia",
    "Raynaud phenomenon",
    "Cushing syndrome",
    "Sjögren syndrome",
    "Guillain-Barré syndrome",
    "Addison disease",
    "Wilson disease",
    "Meniere's disease",
)
ROLES = (
    "the attending",
    "the charge nurse",
    "the covering resident",
    "the on-call pharmacist",
    "the social worker",
    "the hospitalist",
    "the night aide",
    "the unit clerk",
)
ICD = ("E11.65", "N18.6", "I50.32", "F32.1", "L89.154", "H40.1131", "G47.33", "J44.1", "Z99.2", "K08.409")
CPT = ("99214", "90935", "97597", "92134", "70450", "95810", "92557", "41899", "99349", "G0299")
LOINC = ("2345-7", "4548-4", "2160-0", "718-7", "33914-3", "6690-2")
NDC = ("0002-8215-01", "50090-3164-0", "0310-6225-30", "68180-0517-09")


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical filler that looks like identifiers to a careless rule: never a gold span."""
    r = rng.randint
    pick = rng.choice
    vals = {
        "drug": pick(DRUGS),
        "drug2": pick(DRUGS),
        "brand": pick(BRANDS),
        "device": pick(DEVICES),
        "eponym": pick(EPONYMS),
        "eponym2": pick(EPONYMS),
        "role": pick(ROLES),
        "icd": pick(ICD),
        "icd2": pick(ICD),
        "cpt": pick(CPT),
        "loinc": pick(LOINC),
        "ndc": pick(NDC),
        "bp": f"{r(96, 178)}/{r(52, 102)}",
        "bp2": f"{r(96, 178)}/{r(52, 102)}",
        "hr": str(r(48, 128)),
        "rr": str(r(12, 30)),
        "temp": f"{r(96, 102)}.{r(0, 9)}",
        "spo2": str(r(86, 100)),
        "weight": f"{r(41, 139)}.{r(0, 9)}",
        "glucose": str(r(62, 388)),
        "glucose2": str(r(62, 388)),
        "k": f"{r(3, 6)}.{r(0, 9)}",
        "na": str(r(126, 148)),
        "cr": f"{r(0, 9)}.{r(10, 99)}",
        "hgb": f"{r(7, 15)}.{r(0, 9)}",
        "inr": f"{r(1, 4)}.{r(0, 9)}",
        "a1c": f"{r(5, 13)}.{r(0, 9)}",
        "gcs": str(r(3, 15)),
        "esi": str(r(1, 5)),
        "apgar": f"{r(5, 9)}/{r(7, 10)}",
        "meld": str(r(6, 38)),
        "phq9": str(r(0, 27)),
        "mmse": str(r(9, 30)),
        "pps": str(pick((10, 20, 30, 40, 50))),
        "ahi": f"{r(2, 88)}.{r(0, 9)}",
        "ktv": f"1.{r(0, 6)}",
        "urr": str(r(58, 79)),
        "bfr": str(pick((300, 350, 400, 450))),
        "uf": f"{r(0, 4)}.{r(0, 9)}",
        "va": f"20/{pick((20, 25, 30, 40, 60, 80, 200))}",
        "va2": f"20/{pick((20, 25, 30, 40, 50, 70, 100))}",
        "iop": str(r(9, 34)),
        "iop2": str(r(9, 34)),
        "db": str(pick((25, 30, 40, 45, 55, 65, 70))),
        "db2": str(pick((35, 50, 60, 75))),
        "hz": str(pick((500, 1000, 2000, 4000, 8000))),
        "tooth": str(r(1, 16)),
        "tooth2": str(r(17, 32)),
        "wound": f"{r(1, 9)}.{r(0, 9)} x {r(1, 6)}.{r(0, 9)} x 0.{r(1, 9)}",
        "wound2": f"{r(1, 5)}.{r(0, 9)} x {r(1, 4)}.{r(0, 9)} x 0.{r(1, 9)}",
        "wound3": f"{r(1, 9)}.{r(0, 9)} x {r(1, 6)}.{r(0, 9)} x {r(0, 2)}.{r(1, 9)}",
        "esa": pick(ESA),
        "cpap": pick(CPAPS),
        "aid": pick(AIDS),
        "age_ok": str(r(2, 89)),
        "age_ok2": str(r(18, 89)),
        "year": str(r(1978, 2025)),
        "year2": str(r(1990, 2025)),
        "room": str(r(101, 748)),
        "bed": str(r(1, 24)),
        "chair": str(r(1, 18)),
        "lot": f"{_letters(rng, 1)}{r(1, 9)}{_letters(rng, 1)}{r(100, 999)}{_letters(rng, 1)}",
        "time": f"{r(0, 23):02d}{pick(('00', '15', '30', '45', '10', '50'))}",
        "time2": f"{r(1, 12)}:{pick(('00', '15', '30', '45', '05'))} {pick(('am', 'pm'))}",
        "pack_years": str(r(5, 60)),
        "bmi": f"{r(16, 48)}.{r(0, 9)}",
        "score": str(r(0, 10)),
        "count": str(r(2, 14)),
        "mg": str(pick((0.5, 1, 2, 2.5, 5, 10, 25, 50, 100, 250, 500))),
        "pct": str(r(5, 95)),
    }
    return {key: (None, text) for key, text in vals.items()}
