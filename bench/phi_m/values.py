"""Set M's invented values: ``identifiers`` (typed, each a gold span) and ``lookalikes`` (untyped filler).

Every value is made up here: names from pools of many origins, numbers drawn at random (NPI, DEA, VIN,
MBI and SSN shaped to pass their published check rules), e-mail and web addresses under example.*
domains or invented hosts. A note calls ``identifiers`` once, so the keys of one note describe one
patient, one relative, a few staff and one encounter.
"""

from __future__ import annotations

import datetime
import random
import string
import unicodedata

from mediflow.quality.phi_types import PhiType

Value = tuple[PhiType | None, str]


def _pool(text: str) -> tuple[str, ...]:
    """A word list written as ``a | b | c`` over several lines (names may hold spaces)."""
    return tuple(item.strip() for item in text.split("|") if item.strip())


# --- names ----------------------------------------------------------------------------------------

FIRST = _pool(
    """
    Adaeze | Oluwaseun | Marisela | Thuy | Nguyen Van | Siobhán | Eilidh | Bartholomew | Joaquín |
    Renée | Zoë | Søren | Ingrid | Mikael | Priyanka | Harpreet | Anil | Yusuf | Fatima | Layla |
    Amara | Kwabena | Tatiana | Dmitri | Anastasiya | Wiremu | Aroha | Keoni | Leilani | Hye-jin |
    Min-seo | Jae | Takumi | Haruka | Mei | Xiaoling | Bongani | Thandiwe | Esperanza | Guadalupe |
    Rosario | Björn | Agnieszka | Wojciech | Ioana | Călin | Hamza | Noor | Dawit | Tigist |
    Chinonso | Rangi | Paulo | Conceição | Françoise | Hélène | Jean-Baptiste | Ana-Maria |
    Mary-Kate | Rose | Hope | Faith | Grace | Will | Frank | Hunter | Summer | Dawn | Sunny | Rowan |
    Ash | June | April | Jordan | Bill | Pat | Mercy | Precious | Blessing | Olive | Ezekiel | Ruth |
    Tobias | Imogen | Declan | Niamh | Cormac | Ayaan | Zainab | Omari
    """
)
LAST = _pool(
    """
    Okafor | Adeyemi-Clarke | Nwosu | Tran | Nguyễn | Phạm | Ó Briain | O'Shaughnessy | MacLeòid |
    McAllister | van der Berg | van Houten | de la Cruz | de los Santos | del Río | Dos Santos |
    da Silva | di Matteo | Lo Bianco | von Ahlefeldt | al-Hashimi | El-Sayed | Abu Ghazaleh |
    bin Rashid | Lindqvist | Åkesson | Østergaard | Nieminen | Kowalczyk | Wiśniewska | Dvořák |
    Szabó | Popescu | Ionescu | Papadopoulos | Yılmaz | Öztürk | Khatri | Venkataraman | Chakraborty |
    Sandhu | Gill | Kaur | Kim | Park | Choi | Watanabe | Nakamura-Reyes | Zhang | Huang | Mthembu |
    Dlamini | Haile | Tesfaye | Kealoha | Te Whata | Ngata | Baker | Bishop | Young | Love | Short |
    Rich | Moody | Snow | Winter | Stone | Fox | Hale | Bell | Cross | Hart | Friend | Sharp |
    Street | House | Church | Banks | Field | Brown-Whitfield | St. Clair | Fitzgerald-Nakashima |
    Oyelaran | Quispe | Mamani | Huamán | Ferreira | Gonçalves | Marchetti | Rossi | Kovačević |
    Petrović | Jovanović | Abramowitz
    """
)
INITIALS = "ABCDEFGHJKLMNPRSTVW"


class _Person:
    def __init__(self, rng: random.Random) -> None:
        self.first = rng.choice(FIRST)
        self.last = rng.choice(LAST)
        self.mi = rng.choice(INITIALS)

    def full(self, rng: random.Random) -> str:
        return rng.choice(
            (f"{self.first} {self.last}", f"{self.first} {self.mi}. {self.last}", f"{self.first} {self.last}")
        )

    def last_first(self) -> str:
        return f"{self.last}, {self.first} {self.mi}."

    def caps(self) -> str:
        return f"{self.last.upper()}, {self.first.upper()}"

    def hl7(self) -> str:
        return f"{self.last.upper()}^{self.first.upper()}^{self.mi}"


# --- dates ----------------------------------------------------------------------------------------

MONTHS = _pool(
    """
    January | February | March | April | May | June | July | August | September | October | November |
    December
    """
)
ORDINAL_WORDS = _pool(
    """
    first | second | third | fourth | fifth | sixth | seventh | eighth | ninth | tenth | eleventh |
    twelfth | thirteenth | fourteenth | fifteenth | sixteenth | seventeenth | eighteenth |
    nineteenth | twentieth | twenty-first | twenty-second | twenty-third | twenty-fourth |
    twenty-fifth | twenty-sixth | twenty-seventh | twenty-eighth | twenty-ninth | thirtieth |
    thirty-first
    """
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ES_MONTHS = _pool(
    """
    enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | octubre |
    noviembre | diciembre
    """
)


def _suffix(day: int) -> str:
    if 10 < day % 100 < 14:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _date(rng: random.Random, y0: int, y1: int) -> tuple[int, int, int]:
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def _fmt_date(rng: random.Random, y: int, m: int, d: int, *, yearless: bool = True) -> str:
    mon = MONTHS[m - 1]
    forms = [
        f"{m:02d}/{d:02d}/{y}",
        f"{m}/{d}/{y % 100:02d}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d} {mon[:3]} {y}",
        f"{mon} {d}, {y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d:02d}-{mon[:3].upper()}-{y}",
        f"{mon[:3]}. {d}, {y}",
        f"{d}{_suffix(d)} {mon} {y}",
        f"{m}-{d}-{y}",
    ]
    if yearless:
        forms += [
            f"{m}/{d}",
            f"{mon} {d}{_suffix(d)}",
            f"{mon[:3]} {d}",
            f"the {ORDINAL_WORDS[d - 1]} of {mon}",
        ]
    return rng.choice(forms)


def _datetime(rng: random.Random, y: int, m: int, d: int) -> str:
    hh, mm = rng.randint(0, 23), rng.randint(0, 59)
    return rng.choice(
        (
            f"{m:02d}/{d:02d}/{y} {hh:02d}:{mm:02d}",
            f"{y}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}",
            f"{d} {MONTHS[m - 1][:3]} {y} {hh:02d}{mm:02d}h",
            f"{y}-{m:02d}-{d:02d} {hh:02d}:{mm:02d}",
        )
    )


# --- places ---------------------------------------------------------------------------------------

STREETS = _pool(
    """
    Larkspur Ridge Rd | Calle Las Flores | Tamarack Court | Old Mill Pond Lane | Rue Champlain |
    Kalanianaʻole Hwy | Wyandotte Street | Quail Hollow Drive | Avenida Juárez | Pinecrest Terrace |
    Harbour View Parade | Boundary Bay Road | Chickasaw Trail | Elm | Main Street | Spring Garden St |
    Hawthorn Crescent | Martin Luther King Jr Blvd | Cedar Bluff Way | Route 9W | County Road 418 |
    Sycamore Hollow | Rosewood Ave | Magnolia Bend | Orchard Street | Bay Shore Boulevard
    """
)
CITIES = _pool(
    """
    Bellhaven | Port Ardmore | Ridgefield Springs | Marrowstone | Cedar Falls | Santa Inés |
    Lake Orrin | New Carthage | Two Rivers | Bridgewater | Oakmont | Hollister Bay | Wasilla |
    Grand Coulee | Saint-Laurent | Pikesville | Hope | Liberty | Independence | Paradise |
    Chula Vista | Ypsilanti | Walla Walla | Kaneohe | Truth or Consequences | Eden Prairie
    """
)
COUNTIES = _pool(
    """
    Okanogan County | Tillamook County | Harlan County | Pima County | Kanawha County |
    Mahoning County | Ste. Genevieve County | Clatsop County | Bexar County | Aroostook County
    """
)
HOODS = _pool(
    """
    Ballard | Little Saigon | Pilsen | Ironbound | Five Points | Boyle Heights | Germantown |
    Fells Point | Kakaʻako | Old Town North | Southside Flats | Chinatown-International District
    """
)
STATES = ("WA", "OR", "NM", "OH", "WV", "KY", "ME", "MI", "TX", "HI", "AK", "MN", "Oregon", "Texas")
FACILITY_KINDS = _pool(
    """
    Regional Medical Center | Community Hospital | General Hospital | Memorial Hospital |
    Rehabilitation Institute | Behavioral Health Center | Cancer Center | Skilled Nursing & Rehab
    """
)


def _zip(rng: random.Random) -> str:
    z = f"{rng.randint(1, 99):02d}{rng.randint(0, 999):03d}"
    return z if rng.random() < 0.7 else f"{z}-{rng.randint(0, 9999):04d}"


# --- numbers --------------------------------------------------------------------------------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _letters(rng: random.Random, n: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(rng.choice(pool) for _ in range(n))


def _luhn_check(payload: str) -> int:
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return (10 - total % 10) % 10


def _npi(rng: random.Random) -> str:
    body = rng.choice("12") + _digits(rng, 8)
    return body + str(_luhn_check("80840" + body))


def _dea(rng: random.Random, last: str) -> str:
    d = [rng.randint(0, 9) for _ in range(6)]
    check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    first = "".join(c for c in last.upper() if c in string.ascii_uppercase)[:1] or "X"
    return rng.choice("ABFGM") + first + "".join(map(str, d)) + str(check)


_VIN_VALUES = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9), strict=True))}
_VIN_VALUES.update(dict(zip("JKLMNPR", (1, 2, 3, 4, 5, 7, 9), strict=True)))
_VIN_VALUES.update(dict(zip("STUVWXYZ", range(2, 10), strict=True)))
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _vin(rng: random.Random) -> str:
    pool = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    chars = list(rng.choice(("1HG", "2T1", "3FA", "5YJ", "JM1", "KNM", "WBA", "1FT", "4T4")))
    chars += [rng.choice(pool) for _ in range(14)]
    chars[9] = rng.choice("NPRSTV")  # model year 2022-2027
    chars[8] = "0"
    total = sum(_VIN_VALUES[c] * w for c, w in zip(chars, _VIN_WEIGHTS, strict=True))
    chars[8] = "X" if total % 11 == 10 else str(total % 11)
    return "".join(chars)


def _mbi(rng: random.Random) -> str:
    alpha = "ACDEFGHJKMNPQRTUVWXY"
    alnum = alpha + string.digits
    raw = (
        rng.choice("123456789")
        + rng.choice(alpha)
        + rng.choice(alnum)
        + rng.choice(string.digits)
        + rng.choice(alpha)
        + rng.choice(alnum)
        + rng.choice(string.digits)
        + rng.choice(alpha)
        + rng.choice(alpha)
        + rng.choice(string.digits)
        + rng.choice(string.digits)
    )
    return raw if rng.random() < 0.5 else f"{raw[:4]}-{raw[4:7]}-{raw[7:]}"


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    a, g, s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    return rng.choice((f"{a}-{g}-{s}", f"{a} {g} {s}", f"{a}{g}{s}", f"{a}.{g}.{s}"))


def _phone(rng: random.Random) -> str:
    area = f"{rng.choice('23456789')}{_digits(rng, 2)}"
    ex = f"{rng.choice('23456789')}{_digits(rng, 2)}"
    ln = _digits(rng, 4)
    return rng.choice(
        (
            f"({area}) {ex}-{ln}",
            f"{area}-{ex}-{ln}",
            f"{area}.{ex}.{ln}",
            f"+1 {area} {ex} {ln}",
            f"1-{area}-{ex}-{ln}",
            f"{area} {ex} {ln}",
            f"({area}){ex}-{ln}",
        )
    )


def _email(rng: random.Random, p: _Person) -> str:
    first = _ascii(p.first.split()[0].lower())
    last = _ascii(p.last.lower().replace(" ", "").replace("'", ""))
    user = rng.choice(
        (
            f"{first}.{last}",
            f"{first[0]}{last}{rng.randint(1, 99)}",
            f"{last}_{first}",
            f"{first}{rng.randint(1950, 2005)}",
        )
    )
    host = rng.choice(
        (
            "example.com",
            "mail.example.org",
            "example.net",
            "patients.example.edu",
            "inbox.example.co.uk",
            "correo.example.mx",
        )
    )
    return f"{user}@{host}"


_FOLD = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "ı": "i", "đ": "d", "æ": "ae", "œ": "oe", "ʻ": ""})


def _ascii(text: str) -> str:
    """An e-mail or URL user part from a name: diacritics dropped, as mail systems make them."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode("ascii", "ignore").decode()


def _ip(rng: random.Random) -> str:
    return rng.choice(
        (
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"{rng.choice((23, 64, 98, 142, 203, 71))}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"2001:db8:{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
            f"fe80::{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}:{rng.randint(0, 0xFFFF):x}",
        )
    )


def _url(rng: random.Random, p: _Person) -> str:
    slug = _ascii(p.last.lower().replace(" ", "-").replace("'", ""))
    return rng.choice(
        (
            f"https://portal.example-health.org/chart/{_digits(rng, 7)}",
            f"http://www.example.com/~{slug}",
            f"https://myrecords.example.net/patients/{slug}-{_digits(rng, 4)}/summary",
            f"www.example.org/memorial/{slug}",
            f"https://telehealth.example.com/join/{_letters(rng, 3).lower()}-{_digits(rng, 4)}-{_letters(rng, 3).lower()}",
            f"https://example.edu/trials/site{_digits(rng, 3)}/subject?id={_digits(rng, 6)}",
            f"ftp://files.example.org/roi/{_digits(rng, 8)}.pdf",
        )
    )


# An ID's shapes: "#" a digit, "@" a capital letter (no I, O or Q), "%Y" / "%y" the encounter's year
# in four / two digits; anything else is written as is.
ID_SHAPES: dict[str, tuple[str, ...]] = {
    "mrn": ("########", "###-##-##", "@#######", "####-####", "00#######", "MR######", "##-######-#"),
    "mrn_digits": ("#######", "########", "#########"),
    "member": ("@@@#########", "W#########", "#########-0#", "@@### ### ###", "ZGP########", "###########"),
    "medicaid": ("########@", "MCD-#########", "@@#######"),
    "group": ("GRP-######", "#####", "@@@####", "####-###"),
    "acct": ("##########", "###-######", "PA########", "##@#######", "HB-####-####"),
    "fin": ("##########", "%Y######", "V########", "E###-#####"),
    "claim": ("%Y#########", "CLM-##-#######", "##@##########", "#############", "@###-#####-##"),
    "dl": ("@#######", "@@@@@*@@###@@", "###-###-###", "D####-#####-##", "#########"),
    "lic": ("RN######", "MD.#####", "LCSW-####", "@@########", "PA-C #####", "C-######"),
    "plate": ("#@@@###", "@@@-####", "@@@ ###", "### @@@", "@@##@@@"),
    "serial": ("@@@######@", "SN########", "####-#####", "@@##@#####", "##########", "@###@@####"),
    "bio": (
        "FP-%Y-######",
        "VP#####-@",
        "IRIS-@@######",
        "PV#######",
        "RTN-####-####",
        "##@@@@####",
        "GAIT-######",
        "BIO#########",
    ),
    "accession": ("S%y-#####", "C%y-####", "NG##-######", "RAD########", "@@%y######", "@%y-#####"),
    "subject": ("###-####", "SUBJ-#####", "@@@-##-###", "S###@##"),
    "other": ("######", "W#######", "%Y-#####", "@@-######"),
    "pa_ref": ("PA#########", "%y@#######", "AUTH-####-@@@@", "UM########"),
    "case_no": ("%Y-MH-####", "##-#####-MH", "##-#####-PR", "##-#####-CV", "CIV#######", "%y-@@-#####"),
    "donor": ("@@@###", "@@@@##", "DN-#######"),
    "emp": ("E######", "#######", "EMP-#####", "@@#####"),
    "rx": ("#######", "RX########", "###-#####"),
    "inmate": ("######", "A######", "#####-###"),
}
_CAPITALS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _fill_shape(rng: random.Random, shape: str, year: int) -> str:
    shape = shape.replace("%Y", str(year)).replace("%y", f"{year % 100:02d}")
    return "".join(
        rng.choice(string.digits) if c == "#" else rng.choice(_CAPITALS) if c == "@" else c for c in shape
    )


def _udi(rng: random.Random) -> str:
    """A GS1 UDI: device identifier (01), expiry date (17), serial (21)."""
    expiry = f"{rng.randint(26, 31)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    return f"(01){_digits(rng, 14)}(17){expiry}(21){_letters(rng, 2)}{_digits(rng, 6)}"


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One note's identifiers, every one a gold span of its type (the few untyped keys say so)."""
    pt, kin, doc, doc2, rn, staff, staff2 = (_Person(rng) for _ in range(7))
    if rng.random() < 0.4:
        kin.last = pt.last
    N, L, D = PhiType.NAME, PhiType.LOCATION, PhiType.DATE

    def dob() -> str:
        return _fmt_date(rng, *_date(rng, 1926, 2008), yearless=False)

    by, bm, bd = _date(rng, 1926, 2008)
    ey, em, ed = _date(rng, 2023, 2025)
    # one encounter's dates in order: admission first, then procedure, events, discharge, death
    start = datetime.date(ey, em, ed)
    timeline = [start, *sorted(start + datetime.timedelta(days=rng.randint(0, 240)) for _ in range(8))]

    def event(i: int, yearless: bool = True) -> str:
        d = timeline[i]
        return _fmt_date(rng, d.year, d.month, d.day, yearless=yearless)

    def event_dt(i: int) -> str:
        d = timeline[i]
        return _datetime(rng, d.year, d.month, d.day)

    wd = timeline[3]
    age = rng.randint(90, 106)
    city = rng.choice(CITIES)
    county = rng.choice(COUNTIES)
    fac_town = rng.choice(CITIES)

    def shape(kind: str) -> str:
        return _fill_shape(rng, rng.choice(ID_SHAPES[kind]), ey)

    return {
        # names
        "pt": (N, pt.full(rng)),
        "pt_first": (N, pt.first),
        "pt_last": (N, pt.last),
        "pt_lf": (N, pt.last_first()),
        "pt_caps": (N, pt.caps()),
        "pt_last_lower": (N, pt.last.lower()),
        "pt_initial": (N, f"{pt.first[0]}. {pt.last}"),
        "doc_initial": (N, f"{doc.first[0]}. {doc.last}"),
        "pt_hl7": (N, pt.hl7()),
        "kin": (N, kin.full(rng)),
        "kin_first": (N, kin.first),
        "kin_last": (N, kin.last),
        "kin_rel": (
            None,
            rng.choice(("spouse", "daughter", "son", "sister", "brother", "mother", "partner", "nephew")),
        ),
        "kin_caps": (N, kin.caps()),
        "kin_hl7": (N, kin.hl7()),
        "doc": (N, doc.full(rng)),
        "doc_last": (N, doc.last),
        "doc_lf": (N, doc.last_first()),
        "doc_hl7": (N, doc.hl7()),
        "doc2": (N, doc2.full(rng)),
        "doc2_last": (N, doc2.last),
        "rn": (N, rn.full(rng)),
        "rn_first": (N, rn.first),
        "staff": (N, staff.full(rng)),
        "staff_first": (N, staff.first),
        "staff_last": (N, staff.last),
        "staff2": (N, staff2.full(rng)),
        "staff2_caps": (N, staff2.caps()),
        # dates
        "dob": (D, dob()),
        "dob_us": (D, f"{bm:02d}/{bd:02d}/{by}"),
        "dob_iso": (D, f"{by}-{bm:02d}-{bd:02d}"),
        "dob_hl7": (D, f"{by}{bm:02d}{bd:02d}"),
        "dob_es": (D, f"{bd} de {ES_MONTHS[bm - 1]} de {by}"),
        # a birth date that agrees with the age over 89 the same note states
        "dob_old": (D, _fmt_date(rng, ey - age - 1, bm, bd, yearless=False)),
        "adm": (D, event(0, yearless=False)),
        "adm_dt": (D, _datetime(rng, ey, em, ed)),
        "adm_hl7": (D, f"{ey}{em:02d}{ed:02d}{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}"),
        "proc": (D, event(1, yearless=False)),
        "evt": (D, event(2)),
        "evt_dt": (D, event_dt(3)),
        "dc": (D, event(4)),
        "evt2": (D, event(5)),
        "evt_dt2": (D, event_dt(6)),
        "evt3": (D, event(7)),
        "evt_weekday": (D, f"{WEEKDAYS[wd.weekday()]}, {MONTHS[wd.month - 1]} {wd.day}{_suffix(wd.day)}"),
        "evt_written": (D, f"the {ORDINAL_WORDS[wd.day - 1]} of {MONTHS[wd.month - 1]}"),
        "evt_short": (D, rng.choice((f"{em}/{ed}", f"{MONTHS[em - 1][:3]} {ed}", f"{ed}/{em}"))),
        "dod": (D, event(8, yearless=False)),
        # ages over 89
        "age90": (PhiType.AGE, str(age)),
        "age90_word": (PhiType.AGE, _AGE_WORDS[age - 90]),
        # places
        "street": (L, f"{rng.randint(1, 19999)} {rng.choice(STREETS)}"),
        "street2": (L, f"{rng.randint(1, 9999)} {rng.choice(STREETS)}"),
        "unit": (
            L,
            rng.choice(
                (
                    f"Apt {rng.randint(1, 40)}{rng.choice('ABCDEF')}",
                    f"Unit {rng.randint(1, 999)}",
                    f"#{rng.randint(2, 80)}",
                    f"Suite {rng.randint(100, 950)}",
                    f"Lot {rng.randint(1, 120)}",
                )
            ),
        ),
        "city": (L, city),
        "city2": (L, rng.choice(CITIES)),
        "county": (L, county),
        "county_caps": (L, county.upper()),
        "hood": (L, rng.choice(HOODS)),
        "zip": (L, _zip(rng)),
        "zip2": (L, _zip(rng)),
        "fac": (L, f"{fac_town} {rng.choice(FACILITY_KINDS)}"),
        "fac2": (L, f"{rng.choice(CITIES)} {rng.choice(FACILITY_KINDS)}"),
        "state": (None, rng.choice(STATES)),
        # contact
        "phone": (PhiType.PHONE, _phone(rng)),
        "phone2": (PhiType.PHONE, _phone(rng)),
        "cell": (PhiType.PHONE, _phone(rng)),
        "fax": (PhiType.FAX, _phone(rng)),
        "fax2": (PhiType.FAX, _phone(rng)),
        "email": (PhiType.EMAIL, _email(rng, pt)),
        "email2": (PhiType.EMAIL, _email(rng, kin)),
        "email_doc": (PhiType.EMAIL, _email(rng, doc)),
        "email_staff": (PhiType.EMAIL, _email(rng, staff)),
        "url": (PhiType.URL, _url(rng, pt)),
        "url2": (PhiType.URL, _url(rng, kin)),
        "ip": (PhiType.IP_ADDRESS, _ip(rng)),
        "ip2": (PhiType.IP_ADDRESS, _ip(rng)),
        # numbers: drawn from the shapes in ID_SHAPES, or made by a check rule
        "ssn": (PhiType.SSN, _ssn(rng)),
        "mrn": (PhiType.MRN, shape("mrn")),
        "mrn2": (PhiType.MRN, shape("mrn")),
        "mrn_digits": (PhiType.MRN, shape("mrn_digits")),
        "member": (PhiType.HEALTH_PLAN_ID, shape("member")),
        "mbi": (PhiType.HEALTH_PLAN_ID, _mbi(rng)),
        "medicaid": (PhiType.HEALTH_PLAN_ID, shape("medicaid")),
        "group": (PhiType.HEALTH_PLAN_ID, shape("group")),
        "acct": (PhiType.ACCOUNT, shape("acct")),
        "fin": (PhiType.ACCOUNT, shape("fin")),
        "claim": (PhiType.ACCOUNT, shape("claim")),
        "claim2": (PhiType.ACCOUNT, shape("claim")),
        "npi": (PhiType.LICENSE, _npi(rng)),
        "npi2": (PhiType.LICENSE, _npi(rng)),
        "dea": (PhiType.LICENSE, _dea(rng, doc.last)),
        "dl": (PhiType.LICENSE, shape("dl")),
        "lic": (PhiType.LICENSE, shape("lic")),
        "vin": (PhiType.VEHICLE_ID, _vin(rng)),
        "plate": (PhiType.VEHICLE_ID, shape("plate")),
        "serial": (PhiType.DEVICE_ID, shape("serial")),
        "serial2": (PhiType.DEVICE_ID, shape("serial")),
        "udi": (PhiType.DEVICE_ID, _udi(rng)),
        "bio": (PhiType.BIOMETRIC, shape("bio")),
        "bio2": (PhiType.BIOMETRIC, shape("bio")),
        "photo": (PhiType.PHOTO, _photo(rng, pt)),
        "photo2": (PhiType.PHOTO, _photo(rng, pt)),
        "accession": (PhiType.OTHER_ID, shape("accession")),
        "accession2": (PhiType.OTHER_ID, shape("accession")),
        "subject": (PhiType.OTHER_ID, shape("subject")),
        "other": (PhiType.OTHER_ID, shape("other")),
        "pa_ref": (PhiType.OTHER_ID, shape("pa_ref")),
        "case_no": (PhiType.OTHER_ID, shape("case_no")),
        "donor": (PhiType.OTHER_ID, shape("donor")),
        "emp": (PhiType.OTHER_ID, shape("emp")),
        "rx": (PhiType.OTHER_ID, shape("rx")),
        "inmate": (PhiType.OTHER_ID, shape("inmate")),
    }


_AGE_WORDS = _pool(
    """
    ninety | ninety-one | ninety-two | ninety-three | ninety-four | ninety-five | ninety-six |
    ninety-seven | ninety-eight | ninety-nine | one hundred | one hundred and one |
    one hundred and two | one hundred three | one hundred four | one hundred five | one hundred six
    """
)


def _photo(rng: random.Random, p: _Person) -> str:
    slug = _ascii(p.last.lower().replace(" ", "_").replace("'", ""))
    return rng.choice(
        (
            f"IMG_{rng.randint(2023, 2026)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{_digits(rng, 4)}.jpg",
            f"face_{slug}_{_digits(rng, 3)}.png",
            f"PH-{_digits(rng, 7)}",
            f"{slug}_portrait.jpeg",
            f"DSC{_digits(rng, 5)}.JPG",
            f"pt_photo_{_digits(rng, 8)}.heic",
            f"FACE{_digits(rng, 6)}",
        )
    )


# --- look-alikes ----------------------------------------------------------------------------------

DRUGS = _pool(
    """
    Eliquis 5 mg | metoprolol tartrate 25 mg | Lasix 40 mg IV | heparin 5,000 units SC |
    vancomycin 1.25 g | piperacillin-tazobactam 4.5 g | Keppra 750 mg | Zosyn |
    Precedex 0.4 mcg/kg/h | norepinephrine 0.08 mcg/kg/min | insulin glargine 22 units |
    Ozempic 0.5 mg weekly | Xarelto 20 mg | Narcan 0.4 mg | Ativan 1 mg | haloperidol 2.5 mg IM |
    olanzapine 10 mg | Depakote ER 1,000 mg | Entresto 49/51 mg | Jardiance 10 mg |
    propofol 30 mcg/kg/min | cefazolin 2 g | TXA 1 g | ondansetron 4 mg | Tylenol 650 mg q6h
    """
)
DEVICES = _pool(
    """
    Foley 16 Fr | Swan-Ganz catheter | Impella CP | BiPAP 12/5 | Optiflow at 50 L / 60% |
    PICC 5 Fr double lumen | Jackson-Pratt drain | Pleur-evac | Bair Hugger | Alaris pump |
    Medtronic MiniMed 780G | Dexcom G7 | Zoll LifeVest | Hemovac | Salem sump 18 Fr |
    Passy-Muir valve | Blakemore tube | Da Vinci Xi
    """
)
EPONYMS = _pool(
    """
    Graves' disease | Parkinson disease | Whipple procedure | Bell's palsy | Cushing syndrome |
    Hashimoto thyroiditis | Crohn's disease | Barrett esophagus | Guillain-Barré syndrome |
    Addison disease | Wilms tumor | Kawasaki disease | Hodgkin lymphoma | Meckel diverticulum |
    a Nissen fundoplication | Charcot foot | Bence Jones proteinuria | Ranson criteria | Apley test
    """
)
ROLES = _pool(
    """
    the attending | the charge nurse | the on-call resident | the intensivist | the house supervisor |
    the circulating RN | the scrub tech | the anesthesiologist | the PI | the study coordinator |
    the unit clerk | the social worker | the bed manager | pharmacy | the rapid response team
    """
)
ICD = _pool(
    """
    I21.4 | J96.01 | A41.9 | N17.9 | E11.65 | F20.9 | F32.2 | S72.001A | C50.911 | Z99.11 | T81.4XXA |
    R65.21 | U07.1 | K85.90
    """
)
CPT = _pool(
    """
    99291 | 99223 | 36556 | 31500 | 47562 | 88305 | 88112 | 70450 | 71046 | 93306 | 97161 | 90834
    """
)
LOINC = ("2160-0", "718-7", "2823-3", "6690-2", "33762-6", "1920-8", "4548-4", "32693-4")
NDC = ("0409-4888-02", "0338-0049-04", "63323-262-01", "0703-3013-03", "0143-9875-25")
PRODUCT = ("REF 2500-0144", "cat. no. MX-4410", "model 8015", "REF 12004", "kit code QX-22", "SKU 18-204")
UNITS = _pool(
    """
    MICU | SICU | CVICU | 4 West | 5 North | PACU | L&D | ED pod C | NICU | Step-down 6B | Rehab 3
    """
)
LAB_RANGES = _pool(
    """
    135-145 | 3.5-5.1 | 150-450 | 4.0-11.0 | 0.6-1.2 | 70-99 | 12.0-15.5 | 0.00-0.04 | 22-29
    """
)


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical filler that resembles identifiers but is none: doses, vitals, labs, scores, codes."""
    age = rng.randint(18, 89)
    minute = rng.randint(0, 23 * 60)
    chat_times = {}
    for i in range(1, 9):  # a chat's timestamps, rising by a few minutes a line
        chat_times[f"t{i}"] = f"{minute // 60 % 24:02d}:{minute % 60:02d}"
        minute += rng.choice((0, 0, 1, 1, 2, 3, 5, 11))
    return {
        key: (None, text)
        for key, text in {
            "drug": rng.choice(DRUGS),
            "drug2": rng.choice(DRUGS),
            "device": rng.choice(DEVICES),
            "eponym": rng.choice(EPONYMS),
            "role": rng.choice(ROLES),
            "role2": rng.choice(ROLES),
            "bp": f"{rng.randint(86, 182)}/{rng.randint(42, 104)}",
            "map": str(rng.randint(55, 110)),
            "hr": str(rng.randint(48, 138)),
            "rr": str(rng.randint(10, 34)),
            "spo2": f"{rng.randint(86, 100)}%",
            "temp": f"{rng.uniform(35.6, 39.9):.1f}",
            "na": str(rng.randint(124, 149)),
            "k": f"{rng.uniform(2.9, 6.1):.1f}",
            "cr": f"{rng.uniform(0.5, 4.8):.2f}",
            "wbc": f"{rng.uniform(2.1, 24.0):.1f}",
            "hgb": f"{rng.uniform(6.2, 15.9):.1f}",
            "plt": str(rng.randint(38, 512)),
            "lactate": f"{rng.uniform(0.6, 7.9):.1f}",
            "inr": f"{rng.uniform(0.9, 3.8):.1f}",
            "trop": f"{rng.uniform(0.01, 2.4):.2f}",
            "gcs": str(rng.randint(3, 15)),
            "esi": str(rng.randint(1, 5)),
            "apgar": f"{rng.randint(3, 9)}/{rng.randint(6, 10)}",
            "nihss": str(rng.randint(0, 26)),
            "rass": str(rng.randint(-5, 2)),
            "fio2": f"{rng.choice((21, 28, 35, 40, 50, 60, 80, 100))}%",
            "peep": str(rng.choice((5, 8, 10, 12, 14))),
            "age": str(age),
            "age2": str(rng.randint(1, 89)),
            "year": str(rng.randint(1968, 2025)),
            "year2": str(rng.randint(1990, 2024)),
            "time": f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}",
            "time2": f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM', 'am', 'pm'))}",
            "room": f"{rng.randint(2, 9)}{rng.randint(0, 40):02d}",
            "bed": f"{rng.randint(1, 30)}{rng.choice('ABCD')}",
            "unit_name": rng.choice(UNITS),
            "icd": rng.choice(ICD),
            "icd2": rng.choice(ICD),
            "cpt": rng.choice(CPT),
            "cpt2": rng.choice(CPT),
            "loinc": rng.choice(LOINC),
            "ndc": rng.choice(NDC),
            "product": rng.choice(PRODUCT),
            "range": rng.choice(LAB_RANGES),
            "los": str(rng.randint(1, 41)),
            "pct": f"{rng.randint(5, 95)}%",
            "ef": f"{rng.randint(15, 65)}%",
            "qty": str(rng.randint(2, 120)),
            "amount": f"${rng.randint(120, 98000):,}.{rng.randint(0, 99):02d}",
            "amount2": f"${rng.randint(40, 9000):,}.00",
            "hours": str(rng.choice((24, 48, 72, 14 * 24))),
            "ext": f"x{rng.randint(2000, 7999)}",
            "ref_range": f"{rng.randint(2, 9)}.{rng.randint(0, 9)}-{rng.randint(10, 14)}.{rng.randint(0, 9)}",
            "ct": str(rng.randint(14, 38)),
            "bmi": f"{rng.uniform(16.5, 48.0):.1f}",
            "wt": f"{rng.uniform(38.0, 142.0):.1f}",
            "ua": f"{rng.randint(50, 900)}",
            "pain": str(rng.randint(0, 10)),
            "braden": str(rng.randint(9, 23)),
            "phq": str(rng.randint(0, 27)),
            "mmse": str(rng.randint(8, 30)),
            "fim": str(rng.randint(18, 126)),
            "asa": rng.choice(("I", "II", "III", "IV", "IIIE")),
            "cycles": str(rng.randint(1, 12)),
            "grade": str(rng.randint(1, 5)),
            **chat_times,
        }.items()
    }
