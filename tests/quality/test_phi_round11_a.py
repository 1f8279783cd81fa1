"""PHI rule classes added in tuning round 11 (sets J and K became tuning sets) for names, places, dates and
ages: each with lines that must fire and look-alikes that must not. The names, places and values here are
fresh (no planted set uses them). They test the rules alone: the learned classifier is retrained on J and K
after this round."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found_by_rules as found

T = PhiType


DETECTIONS = [
    # Vietnamese letters (Latin Extended Additional) inside names
    ("Seen today with her son Nguyễn Quốc Bảo at bedside.", T.NAME, "Nguyễn Quốc Bảo"),
    ("Patient: TRẦN VĂN\nDOB 1951", T.NAME, "TRẦN VĂN"),
    # dates: Roman-numeral months, a dashed month and day or a lower-case month before a full stop,
    # a d-m-yyyy date after a session's word
    ("Last seen 7/IV/2025 in clinic.", T.DATE, "7/IV/2025"),
    ("Bloods due 30.XI.2026, fasting", T.DATE, "30.XI.2026"),
    ("Recheck booked for Nov-03.", T.DATE, "Nov-03"),
    ("the cast comes off september 14.", T.DATE, "september 14"),
    ("Therapy session 14-7-2026. Mood better.", T.DATE, "14-7-2026"),
    # ages: after "died at", "age today"
    ("her father died at 96 in the spring", T.AGE, "96"),
    ("DOB 1931 -- age today 94\nvision poor", T.AGE, "94"),
    # hospitals named after their town, and a saint's hospital of a town
    (
        "Flown to Tarrowfield Regional Medical Center overnight.",
        T.LOCATION,
        "Tarrowfield",
    ),
    ("Records from Lake Corrin Community Hospital arrived.", T.LOCATION, "Lake Corrin"),
    ("transfer to Hope General Hospital tonight", T.LOCATION, "Hope"),
    ("Referred by Saint Brendan Hospital of Marrowby.", T.LOCATION, "Saint Brendan Hospital of Marrowby"),
    # a place after a preposition only a place follows
    ("The ride never showed up in Quenmoor. K 5.0", T.LOCATION, "Quenmoor"),
    ("transfer from Ostrevik to Hallam Cross approved", T.LOCATION, "Ostrevik"),
    # military installations; a town and a ZIP in a table's fields, a town on the line after the street
    ("He served at Naval Station Crellin in 1988.", T.LOCATION, "Naval Station Crellin"),
    ("He trained at Joint Base Ellory in 2004.", T.LOCATION, "Joint Base Ellory"),
    ("Oduya, Ren | 77 Quarry Hollow Rd | Tessington | 40418 | son", T.LOCATION, "Tessington"),
    ("Oduya, Ren | 77 Quarry Hollow Rd | Tessington | 40418 | son", T.LOCATION, "40418"),
    ("new address is 902 Foxmoor Terrace,\nBellhaven 30512-0099. thanks", T.LOCATION, "Bellhaven"),
    # a person's town after "of"; a ZIP after a town written with an apostrophe
    ("private orthopedist, Dr. Tamsin Okafor of\nFarrowdale, saw him twice.", T.LOCATION, "Farrowdale"),
    ("from 214 Placid Creek Drive, Coeur d'Alene 83814-1819.", T.LOCATION, "83814-1819"),
    # chat speakers, lower case and capitalised, and their mentions in the thread
    (
        "clinic chat\ndesta: is the clinic open sunday\nRN Ola: yes 9 to 1\ndesta: ok thanks\nRN Ola: see you desta",
        T.NAME,
        "desta",
    ),
    (
        "texts\nFaith: on my way\nMarisol: ok\nFaith: parking now\nMarisol: room 4",
        T.NAME,
        "Faith",
    ),
    # an initial and a surname that is a word where a signature stands; "Surname, Given I."
    ("Prepared by R. Sunday, RN; reviewed later", T.NAME, "R. Sunday"),
    ("Oakley, Tamsin R. | 12 Elm Rd | son", T.NAME, "Oakley, Tamsin R."),
    # lower-case names in calls and chats: after "pt" with an age, after "hi"
    ("pt zorya, 44 y, took 10 tabs", T.NAME, "zorya"),
    ("[2:01 PM] Aran: hi june, can you hear me?", T.NAME, "june"),
    # a name before its age in years; a name visited, then the age in brackets
    ("Mapping visit. Tovah, 93 years old, hears well.", T.NAME, "Tovah"),
    ("Chaplain note. Visited Ivy (101) and her son.", T.NAME, "Ivy"),
    # "from may 21.": a lower-case month that is a word, after a date's cue
    ("light duty from may 21.", T.DATE, "may 21"),
    # a GeoNames town that is a word, after an address
    ("lives at 12 Birch Rd, Unit 4, Normal, McLean County.", T.LOCATION, "Normal"),
    # two-letter surnames after an initial, a signature on its own line, a principal investigator,
    # capitals before a DoD ID, a month that is also a name after "Mom"
    ("MD: H. Do", T.NAME, "H. Do"),
    ("Sent by R. Ng, volunteer coordinator", T.NAME, "R. Ng"),
    ("repair sent.\nQ. Cash, Au.D.", T.NAME, "Q. Cash"),
    ("PI Major Rivers to sign off next week.", T.NAME, "Major Rivers"),
    ("1 urgent -- OKAFOR-LINDE, TEMPERANCE, DoD ID 1122334455", T.NAME, "OKAFOR-LINDE, TEMPERANCE"),
    ("Mom April would like a text.", T.NAME, "April"),
    # a newborn's surname after "Baby Boy"; a hospital of a system named after its town
    ("NICU SIGN-OUT\nBaby Boy Marchetti — MRN 5512", T.NAME, "Marchetti"),
    ("Route: Mercy Fort Dellow, then home.", T.LOCATION, "Mercy Fort Dellow"),
    # a person's role, then a name (one that is also a word too)
    ("Tech: Chance\nAHI 12/h", T.NAME, "Chance"),
    ("MD: R. Sterling", T.NAME, "R. Sterling"),
    ("Crew T. Hardy / B. Stone.", T.NAME, "T. Hardy"),
    ("Mom Summer would like a call back.", T.NAME, "Summer"),
]


@pytest.mark.parametrize(("text", "phi_type", "value"), DETECTIONS)
def test_round11_rules_find(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found(text)


LOOK_ALIKES = [
    # Roman numerals without a year, fractions that are scores
    ("Pedigree: II-3 affected, III-1 carrier; cranial nerves II-XII intact.", T.DATE),
    ("Knee pain at 4/10 today, Beighton 5/9.", T.DATE),
    ("centenarian cohort study enrolment closed", T.AGE),
    # hospitals that name no town
    ("Admitted to Sacred Heart Medical Center and then University Hospital.", T.LOCATION),
    ("Transferred to Mercy Medical Center.", T.LOCATION),
    ("Flowers sent to Delgado Memorial Hospital.", T.LOCATION),
    # brands, products and words that are also given names
    ("Machine: NxStage System One. Monitor OmniBed checked per LactMed.", T.NAME),
    ("Pump: Baxter Sigma Spectrum running; Item: SimplyGo Mini.", T.NAME),
    ("Frank blood in the drain. Grace period ends Friday.", T.NAME),
    ("Observe the dog for ten days; dogs named Rascal are common here.", T.NAME),
    ("PTSD REVIEW\nThe Veteran was seen.", T.NAME),
    ("She describes talking to Mom in the kitchen.", T.NAME),
    # a form's labels at line starts are no chat
    ("Plan: rest\nDx: sprain\nResp: clear\nNote: none", T.NAME),
    # a month before a given name and a surname, a unit before a word, a callsign, a pet, a model
    ("Visit done by April de la Cruz on Monday.", T.DATE),
    ("UF goal 2.5 L. Dialysate 2K bath.", T.NAME),
    ("Callsign: Dustwing, frequency 121.5", T.NAME),
    ('Bitten by a dog "Rascal" while walking.', T.NAME),
    ("Set up Luna G3 auto-CPAP at 9 cm H2O.", T.NAME),
    ("Physical therapy with Ivy Parish next week.", T.LOCATION),
    ("Room B, Bed A. Follow-up", T.NAME),
    ("The Veteran, Rose Z. Okafor-Bell, was seen.", T.LOCATION),
    # "Baby Boy" is no name; a field's label before a name; a country written short; French form words
    ("NICU SIGN-OUT\nBaby Boy Marchetti — MRN 5512", None),
    ("Dive log\nBuddy: Ansel Morrow, 555-0100.", None),
    ("WWII/Korea era veteran seen.", T.NAME),
    ("Vaccins: rage J0/J7.\nPaludisme: atovaquone-proguanil.", T.NAME),
    ("Referral to Mercy Okafor.", T.LOCATION),
    # a device's model before its serial, after its maker or a product's cue
    ("Pump: Baxter Vega Prime, serial 0542-QQ-14520.", T.NAME),
    ("Item: SimplyGo Mini    Serial: QAP374473I", T.NAME),
    ("seen by Dr. Lena Brandt of Cardiology, today", T.LOCATION),
    ("letter from Mary Jones of Smith, Barney and Co.", T.LOCATION),
    # a role before a word, a credential or a county
    ("MD Reading of the film is pending.", T.NAME),
    ("Crew Resource management training", T.NAME),
]


@pytest.mark.parametrize(("text", "phi_type"), LOOK_ALIKES)
def test_round11_look_alikes_do_not_fire(text: str, phi_type: PhiType | None) -> None:
    if phi_type is None:  # the words that must stay: "Baby Boy", "Buddy"
        assert not [t for _, t in found(text) if t.split()[0] in ("Baby", "Buddy")], text
        return
    assert not [t for k, t in found(text) if k is phi_type], text
