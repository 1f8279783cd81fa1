"""Values for set E: name, place and identifier pools typed by hand for this set alone.

Independent of sets A-D: the names, towns, streets, counties, label wordings and value formats are
new (written without looking at the engine's rules or word lists). Names come from many origins,
including given names that are also English words or months ("April", "Joy", "Precious") and
family names that are also words ("Fields", "Stone"); towns include ones that are also given names
("Tyler", "Florence"). Identifiers are random numbers in formats that EHRs, payers and registries
print. Dates include month-and-year and written-out forms; ages over 89 are sometimes spelled out.
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from mediflow.quality.phi_types import PhiType

T = PhiType
Value = tuple[PhiType | None, str]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


GIVEN = _words(
    "Obinna Chiamaka Folake Abebe Tigist Makena Wanjiru Njeri Mamadou Fatoumata Ousmane Aminata "
    "Khalid Rania Hamza Yasmin Omid Shirin Farhad Aarav Lakshmi Gurpreet Harjeet Anjali Venkatesh "
    "Meenakshi Farzana Tanvir Xiaoling Mei-ling Sung-min Hye-jin Takeshi Ayaka Ryo Nguyet Linh "
    "Somchai Malai Rizal Dewi Sione Mele Keoni Guadalupe Itzel Rodrigo Maricela Catalina Remedios "
    "Wojciech Agnieszka Grzegorz Halyna Taras Ludmila Matthias Friederike Giuseppe Carmela Benedetta "
    "Soren Astrid Pieter Marijke Eamon Brigid Fenwick Cormac Clementine Ambrose Winifred Hollis "
    "Delphine Thibault Aurelie Bartholomew Ottilie Aiyana Winona Dorcas Precious Blessing April Joy "
    "Dale Chase Tamsin Lachlan Isla Callum Mirela Dragan Zsofia Laszlo Tuomas Henna Kaveh Nasrin"
)

FAMILY = (
    *_words(
        "Ezeugwu Amoako Tesfaye Kiprop Diallo Traore Sabbagh Mansour Nasser Tehrani Rostami Bhattacharya "
        "Subramanian Sandhu Gill Chowdhury Rahman Zhang Liang Xu Kang Choi Matsumoto Fujita Pham Vu "
        "Srisai Santos Bautista Fonoti Soliai Kamakana Arriaga Zamora Cardenas Ochoa Dabrowski "
        "Wisniewski Lewandowski Shevchenko Bondarenko Kuznetsov Hoffmann Schreiber Esposito Russo Ricci "
        "Kristensen Jansen Donnelly Culhane McAllister Thornbury Pettibone Pennington Ashworth "
        "Blackwood Bellandi Laine Begay Yazzie Tsosie Fields Rivers Stone Heikkinen Young Wolfe Nagy "
        "Horvath Jafari Adeyinka Oosterhuis Sadeghi Carvalho Quinlan Castellano Gebremedhin"
    ),
    "Macaraeg",
    "van der Meer",
    "Two Bulls",
    "Al-Amin",
    "St. Clair",
    "Ruiz-Tagle",
)

# (town, state, ZIP): small and mid-size US towns, a few that are also given names or words.
TOWNS = (
    ("Hibbing", "MN", "55746"),
    ("Muskogee", "OK", "74401"),
    ("Walla Walla", "WA", "99362"),
    ("Bozeman", "MT", "59715"),
    ("Klamath Falls", "OR", "97601"),
    ("Paducah", "KY", "42001"),
    ("Houma", "LA", "70360"),
    ("Valdosta", "GA", "31601"),
    ("Dothan", "AL", "36301"),
    ("Hattiesburg", "MS", "39401"),
    ("Joplin", "MO", "64801"),
    ("Alamosa", "CO", "81101"),
    ("Kalispell", "MT", "59901"),
    ("Minot", "ND", "58701"),
    ("Dubuque", "IA", "52001"),
    ("Eau Claire", "WI", "54701"),
    ("Saginaw", "MI", "48601"),
    ("Altoona", "PA", "16601"),
    ("Caribou", "ME", "04736"),
    ("Rutland", "VT", "05701"),
    ("Roseburg", "OR", "97470"),
    ("Tyler", "TX", "75701"),
    ("Florence", "SC", "29501"),
    ("Carbondale", "IL", "62901"),
    ("Lake Charles", "LA", "70601"),
    ("Grand Junction", "CO", "81501"),
    ("Bethel", "AK", "99559"),
    ("Kingman", "AZ", "86401"),
)
NEIGHBOURHOODS = (
    "Overtown",
    "Boyle Heights",
    "Corktown",
    "the Tenderloin",
    "Five Points",
    "Germantown",
    "Spanish Harlem",
    "Hyde Park",
    "Southie",
    "Over-the-Rhine",
)
COUNTIES = (
    "Pima County",
    "McKinley County",
    "Harlan County",
    "Hidalgo County",
    "Terrebonne Parish",
    "Matanuska-Susitna Borough",
    "Apache Co.",
    "Bexar Cnty",
)
STREETS = (
    "N. Alvarado St",
    "W Cermak Rd",
    "Old Mill Lane",
    "Sandia Ln SE",
    "Hollow Creek Ct",
    "Avenida del Sol",
    "County Road 47",
    "King Street East",
    "Tamarack Trail",
    "Bayou Blue Rd",
    "Rainier Ave S",
    "Calle Bonita",
    "Dogwood Terr.",
    "Route 11",
)


def d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def a(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def an(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ACDEFGHJKMNPQRTUVWXY0123456789") for _ in range(n))


_ONES = _words("zero one two three four five six seven eight nine")


def spelled_age(n: int) -> str:
    """90..105 written out: 'ninety-three', 'one hundred and two'."""
    if n == 90:
        return "ninety"
    if n < 100:
        return f"ninety-{_ONES[n - 90]}"
    if n == 100:
        return "one hundred"
    return f"one hundred and {_ONES[n - 100]}"


def _ordinal(n: int) -> str:
    suffix = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def a_date(rng: random.Random, start: date, days: int) -> str:
    day = start + timedelta(days=rng.randrange(days))
    return rng.choice(
        [
            f"{_ordinal(day.day)} {day:%B} {day.year}",
            f"{day:%b}-{day.day:02d}-{day.year}",
            f"{day.year}/{day.month:02d}/{day.day:02d}",
            f"{day:%B} {day.year}",
            f"{day:%Y%m%d}",
            f"{day.month}/{day.day}",
            f"{day:%A}, {day:%B} {day.day}",
            f"{day.day}-{day:%b}",
            f"{day.month:02d}-{day.day:02d}-{day.year % 100:02d}",
            f"{day:%b} {day.day} '{day.year % 100:02d}",
            f"{day.day} {day:%B}",
            f"{day:%m/%d/%Y}",
        ]
    )


def phone(rng: random.Random) -> str:
    area, mid, last = f"{rng.randint(2, 9)}{d(rng, 2)}", f"{rng.randint(2, 9)}{d(rng, 2)}", d(rng, 4)
    return rng.choice(
        [
            f"({area}) {mid}-{last}",
            f"{area}.{mid}.{last}",
            f"+1 ({area}) {mid} {last}",
            f"{area}-{mid}-{last} ext. {rng.randint(2, 899)}",
            f"1-{area}-{mid}-{last}",
            f"{area}/{mid}-{last}",
            f"+1{area}{mid}{last}",
        ]
    )


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One patient's identifiers and the people and places around them; labels kept apart (``*_l``)."""
    c = rng.choice
    g1, f1 = c(GIVEN), c(FAMILY)
    g2, f2 = c(GIVEN), c(FAMILY)
    g3, f3 = c(GIVEN), c(FAMILY)
    g4, f4 = c(GIVEN), c(FAMILY)
    g5, f5 = c(GIVEN), c(FAMILY)
    town, state, zip5 = c(TOWNS)
    town2 = c(TOWNS)[0]
    vin = "".join(c("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    labelled: dict[str, tuple[PhiType, list[tuple[str, str]]]] = {
        "ssn": (
            T.SSN,
            [
                ("SSN:", f"{d(rng, 3)}-{d(rng, 2)}-{d(rng, 4)}"),
                ("social security number", d(rng, 9)),
                ("SS No.", f"{d(rng, 3)} {d(rng, 2)} {d(rng, 4)}"),
                ("Soc. Sec. #", f"{d(rng, 3)}.{d(rng, 2)}.{d(rng, 4)}"),
            ],
        ),
        "mrn": (
            T.MRN,
            [
                ("Hospital #", f"H{d(rng, 8)}"),
                ("Unit No.", f"{d(rng, 2)}-{d(rng, 2)}-{d(rng, 3)}"),
                ("chart number", d(rng, 7)),
                ("EMR#", f"{a(rng, 2)}{d(rng, 7)}"),
                ("MRN:", f"M{d(rng, 2)}-{d(rng, 5)}"),
                ("patient no.", d(rng, 9)),
            ],
        ),
        "plan": (
            T.HEALTH_PLAN_ID,
            [
                (
                    "Medicare MBI",
                    f"{rng.randint(1, 9)}{a(rng, 1)}{an(rng, 2)}-{a(rng, 1)}{an(rng, 2)}-{a(rng, 2)}{d(rng, 2)}",
                ),
                ("Aetna member ID", f"W{d(rng, 9)}"),
                ("Subscriber ID:", f"{a(rng, 3)}{d(rng, 9)}"),
                ("policy number", f"{d(rng, 4)}-{d(rng, 4)}-{d(rng, 2)}"),
                ("insurance ID", f"U{d(rng, 8)}{d(rng, 2)}"),
            ],
        ),
        "acct": (
            T.ACCOUNT,
            [
                ("FIN #", d(rng, 11)),
                ("Encounter no.", f"E{d(rng, 9)}"),
                ("Patient Account Number:", f"{d(rng, 4)}-{d(rng, 5)}"),
                ("statement acct", f"SA{d(rng, 8)}"),
                ("visit account", d(rng, 12)),
            ],
        ),
        "lic": (
            T.LICENSE,
            [
                ("DEA:", f"{c('ABFM')}{a(rng, 1)}{d(rng, 7)}"),
                ("NPI:", f"1{d(rng, 9)}"),
                ("state license #", f"{a(rng, 1)}-{d(rng, 6)}"),
                ("driver's license", f"{a(rng, 1)}{d(rng, 7)}"),
                ("DL#", f"{d(rng, 3)}-{d(rng, 3)}-{d(rng, 3)}"),
                ("LPN license no.", f"LPN.{d(rng, 7)}"),
            ],
        ),
        "veh": (
            T.VEHICLE_ID,
            [
                ("plate", f"{d(rng, 1)}{a(rng, 3)}{d(rng, 3)}"),
                ("license plate #", f"{a(rng, 2)}{d(rng, 1)}-{a(rng, 1)}{d(rng, 2)}"),
                ("VIN:", vin),
                ("vehicle identification number", vin),
                ("tags", f"{d(rng, 3)} {a(rng, 3)}"),
            ],
        ),
        "dev": (
            T.DEVICE_ID,
            [
                ("pacemaker serial", f"{a(rng, 3)}{d(rng, 6)}H"),
                ("insulin pump SN", f"{d(rng, 3)}-{d(rng, 3)}-{d(rng, 3)}"),
                ("hearing aid serial no.", f"{d(rng, 10)}"),
                ("CPAP serial number", f"{d(rng, 11)}"),
                ("IMEI", d(rng, 15)),
                ("UDI-DI", f"0{d(rng, 13)}"),
            ],
        ),
        "bio": (
            T.BIOMETRIC,
            [
                ("iris template", f"IR-{d(rng, 4)}-{a(rng, 2)}"),
                ("fingerprint hash", f"{d(rng, 4)}{c('abcdef')}{d(rng, 3)}{c('abcdef')}{d(rng, 2)}"),
                ("voiceprint enrollment", f"VE{d(rng, 7)}"),
                ("facial geometry ID", f"FG-{d(rng, 6)}"),
            ],
        ),
        "photo": (
            T.PHOTO,
            [
                ("headshot", f"headshot_{d(rng, 5)}.png"),
                ("clinical photograph", f"CP-{d(rng, 6)}.tiff"),
                ("face photo", f"face{d(rng, 4)}.jpeg"),
                ("selfie uploaded as", f"selfie-{d(rng, 3)}-{d(rng, 4)}.jpg"),
            ],
        ),
        "other": (
            T.OTHER_ID,
            [
                ("tribal enrollment no.", f"{d(rng, 3)}-{d(rng, 5)}"),
                ("inmate number", f"{a(rng, 1)}{d(rng, 6)}"),
                ("student ID", f"S{d(rng, 8)}"),
                ("CPS case #", f"{d(rng, 2)}-CP-{d(rng, 5)}"),
                ("UNOS ID", f"{a(rng, 3)}{d(rng, 3)}"),
                ("military service no.", f"{d(rng, 8)}"),
            ],
        ),
    }
    number = rng.randint(2, 9899)
    unit = c(
        ["", f" Apt {rng.randint(1, 40)}", f", Ste {rng.randint(100, 499)}", f" Lot {rng.randint(1, 90)}"]
    )
    street = c(STREETS)
    old_n = rng.randint(90, 105)
    values: dict[str, Value] = {
        "pt": (T.NAME, f"{g1} {f1}"),
        "pt_g": (T.NAME, g1),
        "pt_f": (T.NAME, f1),
        "pt_lf": (T.NAME, f"{f1}, {g1}"),
        "pt_up": (T.NAME, f"{f1.upper()} {g1.upper()}"),
        "kin": (T.NAME, f"{g2} {f2}"),
        "kin_g": (T.NAME, g2),
        "doc": (T.NAME, f"{g3} {f3}"),
        "doc_f": (T.NAME, f3),
        "nb": (T.NAME, f"{g4} {f4}"),
        "nb_g": (T.NAME, g4),
        "staff": (T.NAME, f"{g5} {f5}"),
        "staff_g": (T.NAME, g5),
        "dob": (T.DATE, a_date(rng, date(1918, 1, 1), 365 * 80)),
        "d1": (T.DATE, a_date(rng, date(2022, 6, 1), 800)),
        "d2": (T.DATE, a_date(rng, date(2022, 6, 1), 800)),
        "d3": (T.DATE, a_date(rng, date(2022, 6, 1), 800)),
        "old": (T.AGE, c([str(old_n), str(old_n), spelled_age(old_n)])),
        "tel": (T.PHONE, phone(rng)),
        "tel2": (T.PHONE, phone(rng)),
        "fax": (T.FAX, phone(rng)),
        "mail": (
            T.EMAIL,
            c(
                [
                    f"{g1.lower().replace('-', '')}.{f1.lower().replace(' ', '')}@example.co.uk",
                    f"{f1[0].lower()}{d(rng, 4)}@inbox.example",
                    f"{g1.lower().replace('-', '')}+clinic@example.io",
                    f"{f1.replace(' ', '')}{g1[0]}@Example.Com",
                ]
            ),
        ),
        "addr": (T.LOCATION, f"{number} {street}{unit}"),
        "addr_full": (T.LOCATION, f"{number} {street}{unit}, {town}, {state} {zip5}"),
        "pobox": (T.LOCATION, c([f"PO Box {rng.randint(10, 9999)}", f"RR 2 Box {rng.randint(1, 300)}"])),
        "town": (T.LOCATION, town),
        "town2": (T.LOCATION, town2),
        "zip": (T.LOCATION, c([zip5, f"{zip5}-{d(rng, 4)}"])),
        "hood": (T.LOCATION, c(NEIGHBOURHOODS)),
        "county": (T.LOCATION, c(COUNTIES)),
        "state": (None, state),
        "url": (
            T.URL,
            c(
                [
                    f"https://portal.example.health/p/{d(rng, 7)}",
                    f"example.org/records?pt={d(rng, 6)}",
                    f"http://{f1.lower().replace(' ', '')}.example.net/",
                    f"https://share.example.com/s/{an(rng, 10).lower()}",
                ]
            ),
        ),
        "ip": (
            T.IP_ADDRESS,
            c(
                [
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"{rng.randint(100, 199)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"fe80::{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}",
                    f"2607:f8b0:{rng.randint(1, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFF):x}",
                ]
            ),
        ),
    }
    for key, (kind, options) in labelled.items():
        label, value = c(options)
        values[f"{key}_l"], values[key] = (None, label), (kind, value)
    return values


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical text that looks like identifiers and is not: doses, scores, eponyms, lots, codes ..."""
    c = rng.choice
    return {
        "med": (
            None,
            c(
                [
                    "labetalol 200 mg PO BID",
                    "sertraline 50 mg qAM",
                    "Keppra 750 mg q12h",
                    "heparin 5,000 units SC q8h",
                    "oxytocin 2 mU/min",
                    "Trulicity 1.5 mg weekly",
                    "lithium 300 mg TID (level 0.8)",
                    "cefazolin 2 g IV on call to OR",
                    "Epogen 10,000 units with HD",
                ]
            ),
        ),
        "dx": (
            None,
            c(
                [
                    "Graves' disease",
                    "Parkinson disease",
                    "Lyme disease",
                    "Rocky Mountain spotted fever",
                    "West Nile encephalitis",
                    "Hashimoto thyroiditis",
                    "Guillain-Barre syndrome",
                    "Wilms tumor",
                    "Down syndrome",
                    "Addison's disease",
                    "Alzheimer dementia",
                    "Cushing syndrome",
                ]
            ),
        ),
        "score": (
            None,
            c(
                [
                    "ASA 3",
                    "Mallampati II",
                    "MoCA 22/30",
                    "Berg balance 41/56",
                    "Bishop score 7",
                    "Apgars 8 and 9",
                    "AHI 32.5",
                    "Kt/V 1.4",
                    "GAD-7 15",
                    "Wagner grade 2",
                    "qSOFA 1",
                ]
            ),
        ),
        "vitals": (
            None,
            f"BP {rng.randint(90, 190)}/{rng.randint(50, 110)}, P {rng.randint(55, 130)}, "
            f"R {rng.randint(12, 30)}, T {c(['97.9', '98.6', '100.8', '101.3'])} F, "
            f"O2 sat {rng.randint(86, 100)}% on {c(['RA', '2L NC', '40% FM'])}, wt {rng.randint(48, 140)} kg",
        ),
        "lab": (
            None,
            c(
                [
                    "Cr 4.7, BUN 62",
                    "INR 2.3",
                    "TSH 0.02",
                    "platelets 88K",
                    "Mg 1.6",
                    "HbA1c 7.2%",
                    "BNP 1,240",
                    "ferritin 412",
                    "pH 7.31 / pCO2 48",
                ]
            ),
        ),
        "lot": (None, c(["Lot EK5730", "lot # 3H27B", "NDC 0002-7510-01", "REF 6627", "Lot: 221B09"])),
        "size": (None, c(["16 Fr Foley", "7.5 ETT", "20G IV L AC", "#4 Miller blade", "3.0 x 18 mm stent"])),
        "young": (None, str(rng.randint(19, 89))),
        "kid_age": (None, c(["4 mo", "18 months", "2 yo", "6-year-old", "11 y/o"])),
        "yr": (None, str(rng.randint(1985, 2024))),
        "role": (
            None,
            c(
                [
                    "the anesthesiologist",
                    "the chaplain",
                    "Interpreter Services",
                    "the attending",
                    "the charge RN",
                    "the dialysis tech",
                    "the night float",
                ]
            ),
        ),
        "proc": (
            None,
            c(
                [
                    "Whipple procedure",
                    "Nissen fundoplication",
                    "Swan-Ganz placement",
                    "Foley insertion",
                    "Roux-en-Y bypass",
                    "Hartmann procedure",
                ]
            ),
        ),
        "time": (None, c(["0730", "14:20", "2315", "noon", "about 3 pm"])),
        "stage": (None, c(["Stage IIIA", "T2N1M0", "EF 35-40%", "BMI 31.4", "G3P2", "NYHA class III"])),
    }
