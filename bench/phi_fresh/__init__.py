"""Generator C: a third planted set, written after every rule change and never tuned against.

Set B's first run informed fixes (see README), so B stopped being held out; C restores an
unseen estimate. Its note types, name pools, places, label wordings and formats are its own.
Scoring and placeholder filling are shared with A (``bench.phi_planted``).
"""

from __future__ import annotations

import random
import string
from datetime import date, timedelta

from bench.phi_planted import PlantedNote, note_set
from mediflow.quality.phi_types import PhiType

T = PhiType
Value = tuple[PhiType | None, str]

GIVEN = [
    "Harriet",
    "Malcolm",
    "Juanita",
    "Dwayne",
    "Mildred",
    "Orlando",
    "Beatrice",
    "Cedric",
    "Francesca",
    "Leroy",
    "Annette",
    "Vikram",
    "Soledad",
    "Ignatius",
    "Lorraine",
    "Tobias",
    "Rhonda",
    "Augustin",
    "Wilhelmina",
    "Jasper",
    "Consuelo",
    "Everett",
    "Ngozi",
    "Hamid",
    "Petra",
    "Clarence",
    "Ayesha",
    "Dominic",
    "Greta",
    "Marvin",
    "Yesenia",
    "Rupert",
    "Lillian",
    "Ezekiel",
    "Carmen",
    "Bao",
]
FAMILY = [
    "Fairweather",
    "Okonjo",
    "Lindqvist",
    "Beaumont",
    "Szymanski",
    "Quintero",
    "Haldane",
    "Mbeki",
    "Rosenthal",
    "Cavanaugh",
    "Takahashi",
    "Ellison",
    "Figueroa",
    "Pokorny",
    "Adeyemi",
    "Blackburn",
    "Marchetti",
    "Strand",
    "Obi",
    "Gutierrez",
    "Whitfield",
    "Nakagawa",
    "Dempsey",
    "Oyelaran",
    "Fontaine",
    "Kwiatkowski",
    "Sutherland",
    "Abernathy",
    "Medina",
    "Thibodeaux",
]
CITIES = (
    ("Pueblo", "CO"),
    ("Macon", "GA"),
    ("Yakima", "WA"),
    ("Billings", "MT"),
    ("Lafayette", "LA"),
    ("Syracuse", "NY"),
    ("Joliet", "IL"),
    ("Erie", "PA"),
    ("Odessa", "TX"),
    ("Roanoke", "VA"),
    ("Muncie", "IN"),
    ("Bangor", "ME"),
)
COUNTIES = ("Bexar County", "Maricopa County", "Allegheny County", "Caddo Parish", "Onondaga County")


def _d(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _a(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))


def _date(rng: random.Random, start: date, days: int) -> str:
    d = start + timedelta(days=rng.randrange(days))
    return rng.choice(
        [
            f"{d.month}/{d.day}/{d.year}",
            f"{d:%d %B %Y}",
            f"{d:%b %d, %Y}",
            f"{d:%Y-%m-%d}",
            f"{d:%m-%d-%y}",
            f"{d:%A, %B} {d.day}",
            f"{d:%B} {d.day}",
            f"{d.month}/{d.day}",
            f"{d:%d%b%Y}".upper(),
            f"{d:%B %Y}",
        ]
    )


def _phone(rng: random.Random) -> str:
    a, b, c = f"{rng.randint(2, 9)}{_d(rng, 2)}", f"{rng.randint(2, 9)}{_d(rng, 2)}", _d(rng, 4)
    return rng.choice([f"{a}-{b}-{c}", f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"1 {a} {b} {c}", f"{a}/{b}-{c}"])


def identifiers(rng: random.Random) -> dict[str, Value]:
    g1, f1 = rng.choice(GIVEN), rng.choice(FAMILY)
    g2, f2 = rng.choice(GIVEN), rng.choice(FAMILY)
    g3, f3 = rng.choice(GIVEN), rng.choice(FAMILY)
    city, state = rng.choice(CITIES)
    vin = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16)) + _d(rng, 1)
    c = rng.choice
    labelled = {
        "ssn": (
            T.SSN,
            c(
                [
                    ("SSN#", f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 4)}"),
                    ("social:", f"{_d(rng, 3)}-{_d(rng, 2)}-{_d(rng, 4)}"),
                    ("SS No.", _d(rng, 9)),
                ]
            ),
        ),
        "mrn": (
            T.MRN,
            c(
                [
                    ("MRN:", _d(rng, 7)),
                    ("Medical Rec #", f"{_a(rng, 2)}{_d(rng, 6)}"),
                    ("Chart no.", _d(rng, 8)),
                    ("Hospital ID", f"H{_d(rng, 7)}"),
                ]
            ),
        ),
        "plan": (
            T.HEALTH_PLAN_ID,
            c(
                [
                    ("Aetna member ID", f"W{_d(rng, 9)}"),
                    (
                        "Medicare #",
                        f"{rng.randint(1, 9)}{_a(rng, 1)}{_d(rng, 1)}{_a(rng, 1)}-{_a(rng, 1)}{_d(rng, 2)}-{_a(rng, 2)}{_d(rng, 2)}",
                    ),
                    ("policy number", f"P{_d(rng, 8)}"),
                    ("subscriber #", _d(rng, 11)),
                ]
            ),
        ),
        "acct": (
            T.ACCOUNT,
            c(
                [
                    ("Account:", _d(rng, 8)),
                    ("acct #", f"{_d(rng, 4)}-{_d(rng, 4)}"),
                    ("invoice no.", f"INV{_d(rng, 6)}"),
                    ("claim number", f"C{_d(rng, 9)}"),
                ]
            ),
        ),
        "lic": (
            T.LICENSE,
            c(
                [
                    ("NPI:", f"1{_d(rng, 9)}"),
                    ("DEA no.", f"F{_a(rng, 1)}{_d(rng, 7)}"),
                    ("state license", f"{_a(rng, 2)}-{_d(rng, 5)}"),
                    ("driver's lic.", f"{_a(rng, 1)}{_d(rng, 8)}"),
                ]
            ),
        ),
        "veh": (
            T.VEHICLE_ID,
            c(
                [
                    ("plate number", f"{_a(rng, 3)} {_d(rng, 3)}"),
                    ("VIN:", vin),
                    ("tag", f"{_d(rng, 3)}-{_a(rng, 3)}"),
                    ("vehicle ID", f"V{_d(rng, 6)}"),
                ]
            ),
        ),
        "dev": (
            T.DEVICE_ID,
            c(
                [
                    ("serial no.", f"SN{_d(rng, 8)}"),
                    ("device serial", f"{_a(rng, 2)}{_d(rng, 7)}"),
                    ("IMEI", _d(rng, 15)),
                    ("implant S/N", f"{_d(rng, 5)}-{_a(rng, 2)}"),
                ]
            ),
        ),
        "bio": (
            T.BIOMETRIC,
            c(
                [
                    ("fingerprint template", f"FT{_d(rng, 7)}"),
                    ("retina scan ID", f"R-{_d(rng, 6)}"),
                    ("voiceprint ID", f"VPR{_d(rng, 5)}"),
                    ("facial geometry template", f"FG{_d(rng, 6)}"),
                ]
            ),
        ),
        "photo": (
            T.PHOTO,
            c(
                [
                    ("photo:", f"IMG_{_d(rng, 4)}.JPG"),
                    ("patient photograph", f"portrait_{_d(rng, 4)}.jpg"),
                    ("face image", f"FACE{_d(rng, 6)}"),
                    ("headshot file", f"hs_{_d(rng, 5)}.png"),
                ]
            ),
        ),
        "other": (
            T.OTHER_ID,
            c(
                [
                    ("employee #", _d(rng, 6)),
                    ("passport", f"{_a(rng, 2)}{_d(rng, 7)}"),
                    ("trial subject ID", f"TS-{_d(rng, 5)}"),
                    ("military ID", _d(rng, 10)),
                ]
            ),
        ),
    }
    values: dict[str, Value] = {
        "pt": (T.NAME, f"{g1} {f1}"),
        "pt_g": (T.NAME, g1),
        "pt_f": (T.NAME, f1),
        "pt_lf": (T.NAME, f"{f1}, {g1}"),
        "kin": (T.NAME, f"{g2} {f2}"),
        "doc": (T.NAME, f"{g3} {f3}"),
        "doc_f": (T.NAME, f3),
        "dob": (T.DATE, _date(rng, date(1926, 1, 1), 365 * 70)),
        "d1": (T.DATE, _date(rng, date(2022, 1, 1), 800)),
        "d2": (T.DATE, _date(rng, date(2022, 1, 1), 800)),
        "old": (T.AGE, str(rng.randint(90, 104))),
        "tel": (T.PHONE, _phone(rng)),
        "fax": (T.FAX, _phone(rng)),
        "mail": (
            T.EMAIL,
            f"{g1.lower()}.{f1.lower()}{rng.randint(1, 99)}@{c(['example.com', 'example.org'])}",
        ),
        "addr": (
            T.LOCATION,
            f"{rng.randint(2, 9999)} {c(['Elm', 'Cypress', 'Lakeshore', 'Mill Creek', 'Pioneer'])} "
            f"{c(['Road', 'St.', 'Ave', 'Drive', 'Ct'])}, {city}, {state} {_d(rng, 5)}",
        ),
        "city": (T.LOCATION, city),
        "county": (T.LOCATION, c(COUNTIES)),
        "zip": (T.LOCATION, _d(rng, 5)),
        "url": (
            T.URL,
            c([f"https://www.example.com/{f1.lower()}", f"http://portal.example.org/p?id={_d(rng, 5)}"]),
        ),
        "ip": (
            T.IP_ADDRESS,
            f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ),
    }
    for key, (kind, (label, value)) in labelled.items():
        values[f"{key}_l"], values[key] = (None, label), (kind, value)
    return values


def lookalikes(rng: random.Random) -> dict[str, Value]:
    c = rng.choice
    return {
        "med": (
            None,
            c(
                [
                    "Lipitor 40 mg qhs",
                    "Zoloft 50 mg daily",
                    "Plavix 75 mg",
                    "Flomax 0.4 mg",
                    "Lovenox 40 mg SC daily",
                ]
            ),
        ),
        "dx": (
            None,
            c(
                [
                    "Addison disease",
                    "Hashimoto's",
                    "Meniere disease",
                    "Wilson disease",
                    "Tourette syndrome",
                    "Guillain-Barre",
                ]
            ),
        ),
        "score": (
            None,
            c(["GCS 13", "APGAR 9/9", "ESI 4", "Glasgow 15", "Wells 3", "HEART score 4", "pain 7/10"]),
        ),
        "vitals": (
            None,
            f"BP {rng.randint(98, 170)}/{rng.randint(55, 99)} P {rng.randint(55, 120)} T 98.{rng.randint(0, 9)}F",
        ),
        "lab": (None, c(["Na 131", "K 3.2", "Hgb 10.1", "plt 98K", "glucose 212", "Cr 1.8", "INR 1.1"])),
        "young": (None, str(rng.randint(20, 88))),
        "yr": (None, str(rng.randint(2001, 2022))),
        "role": (
            None,
            c(["the night nurse", "the covering physician", "Nutrition Services", "the wound care team"]),
        ),
    }


TEMPLATES: dict[str, tuple[str, ...]] = {
    "obstetrics": (
        "OB visit {d1}: {pt} (G3P2) at 32 weeks. {vitals}. Partner {kin} present. Next visit {d2}. "
        "{plan_l} {plan}. Contact {tel}.",
    ),
    "psych_intake": (
        "Psychiatric intake. Pt is a {old} year old retired teacher from {city}, brought by {kin}. "
        "DOB {dob}. {mrn_l} {mrn}. Prior dx {dx}. {score}. Pt's email {mail}.",
    ),
    "wound_care": (
        "Wound care note {d1}. {pt_lf} -- sacral wound 3 x 2 cm. {role} following. {photo_l} {photo}. "
        "{dev_l} {dev} (wound vac). Next dressing change {d2}.",
    ),
    "requisition": (
        "LAB REQUISITION\nPatient: {pt}\nDOB: {dob}   Sex: F\n{ssn_l} {ssn}\nAddress: {addr}\n"
        "Ordering: {doc}, {lic_l} {lic}\nTests: CBC, BMP ({lab})\nBill to {acct_l} {acct}",
    ),
    "run_sheet": (
        "AMBULANCE RUN SHEET {d1}\nCalled to {addr} for a fall. Pt {pt_g} {pt_f}, age {old}. "
        "{vitals}. Daughter {kin} ({tel}). Unit vehicle {veh_l} {veh}. Crew: {doc}.",
    ),
    "letter": (
        "Dear {pt_g},\n\nThank you for visiting our clinic on {d1}. Your {lab} result was reviewed by "
        "Dr. {doc_f}. Please call {tel} or fax records to {fax}.\n\nWarm wishes,\n{doc}",
    ),
    "appeal": (
        "Re: appeal for {pt_lf}, {plan_l} {plan}, {acct_l} {acct}. The denial dated {d1} cites {dx}. "
        "Please respond to {mail} or fax {fax}.",
    ),
    "email_thread": (
        "From: {doc} <{mail}>\nSent: {d1}\nSubject: {pt_f} follow-up\n\n{pt_g} missed the {d2} "
        "appointment. Her son {kin} says she moved to {county}. Logged in from {ip}.",
    ),
    "fax_cover": (
        "FAX COVER SHEET\nTo: {doc}   Fax: {fax}\nFrom: {city} Family Practice   Phone: {tel}\n"
        "Re: {pt}, DOB {dob}, {mrn_l} {mrn}\nPages: 4",
    ),
    "genetics": (
        "Genetics note: proband {pt}, {old}, lives in {city}, {zip}. {bio_l} {bio} collected for "
        "the biobank; {other_l} {other}. Family history of {dx}.",
    ),
    "occ_health": (
        "Occupational health: {pt} ({other_l} {other}) seen {d1} after a forklift incident. "
        "{vitals}. Cleared to return {d2}. Parking {veh_l} {veh}. Portal {url}.",
    ),
    "security": (
        "Badge access review: {pt_lf} entered via {bio_l} {bio} at 02:14 on {d1}. "
        "{photo_l} {photo} matched. {dev_l} {dev} logged from {ip}. Verified by {doc}.",
    ),
}

NEGATIVE: tuple[str, ...] = (
    "Medication review by {role}: {med}; hold if SBP < 100. {lab}. {score}.",
    "{young}-year-old with {dx}, diagnosed {yr}. {vitals}. Continue {med}.",
    "Triage: {score}; {vitals}. Seen by {role}. Discharged with instructions for {dx}.",
    "Follow up in 3-4 weeks. {lab}; repeat in 1 week. {young} y/o, {score}. Started {med} in {yr}.",
)


def fresh_notes(seed: int = 2026, n_phi: int = 320, n_clean: int = 100) -> list[PlantedNote]:
    return note_set(
        "C",
        TEMPLATES,
        NEGATIVE,
        identifiers=identifiers,
        lookalikes=lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
