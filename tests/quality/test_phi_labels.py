"""PHI rule classes added when set F became a tuning set: label families written the many ways a
form or a clinician writes them, code formats, and the look-alikes that must not fire next to them.
The lines are written here, with names, places and codes that no planted set (A-F) uses."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiType
from tests.support.phi import found

T = PhiType


DETECTIONS = [
    # SSN: masked, "on file", "last four" (the span is the four digits)
    ("SSN on file XXX-XX-7310, verified at intake.", T.SSN, "XXX-XX-7310"),
    ("soc sec #: ###-##-2207 per the card", T.SSN, "###-##-2207"),
    ("SSN last 4: 6612 given for billing", T.SSN, "6612"),
    ("social security number ending in 0935 confirmed", T.SSN, "0935"),
    # biometrics: the template's code a few words after the cue, brackets and bars allowed
    ("Enrolled by thumbprint (TP-55018823) at the kiosk.", T.BIOMETRIC, "TP-55018823"),
    ("iris scan | IR0047719", T.BIOMETRIC, "IR0047719"),
    ("Voice biometric for the refill line saved under VB-QXR-4471.", T.BIOMETRIC, "VB-QXR-4471"),
    ("AFIS hit on prints, record ZK-20019946.", T.BIOMETRIC, "ZK-20019946"),
    # badge, case, authorisation, encounter written bare, with a long code
    ("Door log (badge K-40917) shows entry at 0300.", T.OTHER_ID, "K-40917"),
    ("Reported to the state registry, case RV24-88310.", T.OTHER_ID, "RV24-88310"),
    ("Payer gave prior auth QX7713902 through March.", T.OTHER_ID, "QX7713902"),
    ("pre-cert 4471-BN-2280 on file", T.OTHER_ID, "4471-BN-2280"),
    ("Encounter 5501-2298-40 closed.", T.ACCOUNT, "5501-2298-40"),
    # a field of its own: "(ID ...)" or ", ID ..." with a long code
    ("Ingeborg Tveit (ID 310572298), grade 4", T.OTHER_ID, "310572298"),
    # payer words with a word between them and "ID"; a pharmacy benefit; spaced member codes
    ("Medicare Advantage ID 7QX4-TT2-MK19 on the card.", T.HEALTH_PLAN_ID, "7QX4-TT2-MK19"),
    ("drug plan (ID YRK 5510 20931) denied the refill", T.HEALTH_PLAN_ID, "YRK 5510 20931"),
    # licences written as a state and a number; ID/DL fields
    ("Ruaidhri Okwuosa, LCSW, lic OR 0044187", T.LICENSE, "OR 0044187"),
    ("Applicant ID/DL K510-2297-3318 checked.", T.LICENSE, "K510-2297-3318"),
    # ISBT 128 donation numbers, label or not
    ("Transfused W0412 25 330918 without reaction.", T.OTHER_ID, "W0412 25 330918"),
    # a fax number after "fax ... to", the label far back in the sentence
    ("Please fax the signed consent and both op notes to 541-555-0177 today.", T.FAX, "541-555-0177"),
    # dates: dotted with a two-digit year, a day of the month alone, a month and an apostrophe year
    ("Recheck 11.27.23 in the Yreka clinic.", T.DATE, "11.27.23"),
    ("Symptoms began the 23rd; seen Saturday the 4th with her son.", T.DATE, "the 23rd"),
    ("Symptoms began the 23rd; seen Saturday the 4th with her son.", T.DATE, "the 4th"),
    ("Coughing since Nov '22 per the daughter.", T.DATE, "Nov '22"),
    # full-face photographs described before their code
    ("Facial photos (front, both sides) filed as FP-IMG-44017.", T.PHOTO, "FP-IMG-44017"),
]


@pytest.mark.parametrize(("text", "phi_type", "value"), DETECTIONS)
def test_detects_the_label_families(text: str, phi_type: PhiType, value: str) -> None:
    assert (phi_type, value) in found(text)


NOT_CODES = (T.OTHER_ID, T.ACCOUNT, T.BIOMETRIC, T.HEALTH_PLAN_ID, T.LICENSE)


@pytest.mark.parametrize(
    ("text", "never"),
    [
        # scores over the same total, and score names before a fraction
        ("Pain 6/10 at rest, 3/10 after ice. BIMS 13/15. SLUMS 21/30. Braden 14/23.", (T.DATE,)),
        # ordinals that count something, versions and lab values are no dates
        ("Weight at the 5th percentile; the 3rd time this year; the 4th toe; the 2nd dose.", (T.DATE,)),
        ("Firmware 2.14.3 installed; K 4.1, Mg 1.9.", (T.DATE,)),
        # Safe Harbor's own age bucket is no one's age
        ("Participants aged 90 or older are reported together; ages 95 and up too.", (T.AGE,)),
        # words that are labels elsewhere, followed by short numbers, dates or years
        (
            "Telephone encounter 3/19 09:10. The case was discussed; case 2 of 3. Badge 12. Auth pending.",
            NOT_CODES,
        ),
        ("Encounter 04JUN23 14:05 for wound check; in case 2021 labs are needed.", NOT_CODES),
        # retina, a clinic word, is no biometric label
        ("Retina clinic. 78yo F, dry AMD OU.", NOT_CODES),
        # an email's mailbox is no account number
        ("Portal account ingeborg.tveit42@mail.example.org reset.", NOT_CODES),
        # a catalogue reference stays a product code
        ("Catalog number CX-8812, ref # 100-2231, bed #12A.", NOT_CODES),
    ],
)
def test_lookalikes_next_to_the_label_families(text: str, never: tuple[PhiType, ...]) -> None:
    findings = found(text)
    assert not any(t in never for t, _ in findings), findings


def test_credentials_after_a_name_are_not_a_state() -> None:
    findings = found("Signed: Ingeborg Tveit, MS, CCC-SLP. Counselor Ruaidhri Okwuosa, MS, CGC.")
    assert not any(t is T.LOCATION for t, _ in findings), findings
    assert (T.LOCATION, "Yreka, MS") in found("Moved from Yreka, MS last year.")


def test_a_state_after_a_place_cue_stays() -> None:
    findings = found("To: Washington DMV Medical Review Unit")
    assert not any(t is T.LOCATION for t, _ in findings), findings


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a known town naming a site, the site word after a modifier or an ampersand
        ("INTAKE SCREENING - Yreka City Jail", "Yreka"),
        ("Referred to the Bozeman Eye Institute for a second opinion.", "Bozeman"),
        ("Wound care at Yreka Wound & Hyperbaric Center weekly.", "Yreka"),
        # a two-word town whose first word is an English word, after an address
        ("Mail to 14 Larch Ct, Fall River. Next visit in May.", "Fall River"),
    ],
)
def test_a_town_naming_a_site_is_a_place(text: str, place: str) -> None:
    findings = found(text)
    assert (T.LOCATION, place) in findings, findings
    assert not any(t is T.NAME for t, _ in findings), findings


def test_short_capitals_after_with_are_no_name() -> None:
    # rolling walker, contact guard assist / stand-by assist
    assert not any(t is T.NAME for t, _ in found("Gait 200 ft with RW, CGA; stairs with SPC, SBA."))


def test_a_name_after_an_ampersand_is_a_whole_word() -> None:
    assert not any(v == "Hyperbari" for _, v in found("Fennimore Wound & Hyperbaric Center"))


@pytest.mark.parametrize(
    "text",
    [
        # products after their field or verb: dressings, hearing aids, cushions, thickeners
        "Dressing: Fennimore foam. Fitted Osterberg Nova RIC today; seat cushion Ruaidhri cushion.",
        # an eponymous method alone in brackets after a measurement
        "IOP 17/21 (Osterberg). Cup-disc 0.4.",
        # a language after an interpreter or a language word
        "Telehealth, interpreter-assisted (Kittitas, vendor line). Pt speaks Osterberg at home.",
        # a brand next to a generic drug; a list label before drug names
        "Duplicate therapy (Osterberg and rivaroxaban) stopped. Meds: metoprolol 25 mg daily.",
    ],
)
def test_products_methods_and_languages_are_no_names(text: str) -> None:
    findings = found(text)
    assert not any(t is T.NAME for t, _ in findings), findings


def test_names_next_to_the_product_rules_still_found() -> None:
    assert (T.NAME, "Ingeborg Tveit") in found("Bay 4. Pt (Ingeborg Tveit) alert, Braden 14.")
    assert (T.NAME, "Ingeborg Tveit") in found("ext. 22: mom (Ingeborg Tveit) is 97 and fell again.")


def test_a_saints_name_naming_a_site_is_a_place() -> None:
    assert (T.LOCATION, "St. Walburga's of Yreka") in found(
        "Records from St. Walburga's of Yreka, fax 541-555-0102."
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an initial and a surname, with or without a cue
        ("Wound vac checked by RN K. Osterberg this morning.", "K. Osterberg"),
        ("Consent witnessed (R. Tveit) at 0900.", "R. Tveit"),
        # nicknames
        ('Resident (goes by "Dodo") ate 50 %.', "Dodo"),
        ("Preferred name: Bitsy   Lifetime occupation: nurse", "Bitsy"),
        # one given name before a bracketed age
        ("Ruaidhri (14 yo) seen for asthma.", "Ruaidhri"),
        # a portal message in lower case
        ("hello its ingeborg, can i get a refill", "ingeborg"),
    ],
)
def test_names_without_a_surname_cue(text: str, name: str) -> None:
    assert (T.NAME, name) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lactate 2.1 mmol/L. Current meds reviewed. E. coli grew. Bed C. Pain controlled.",
        "hi its me, urgent. It's okay, thanks.",
        "Abdomen (40 cm) soft. Pain (10 yo scale).",
    ],
)
def test_lookalikes_of_the_name_rules(text: str) -> None:
    assert not any(t is T.NAME for t, _ in found(text)), found(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Her family is from Osterberg Flats, Yreka; no consanguinity.", "Yreka"),
        ("Visit at home (Tveit Hollow, off 12 Larch Ct).", "Tveit Hollow"),
        ('He says he wants to "go home to Kittitas".', "Kittitas"),
        ("Nurse log - Fennimore Elementary", "Fennimore Elementary"),
        ("ORAL SURGERY - Bozeman Family Dental", "Bozeman"),
    ],
)
def test_places_after_home_and_from(text: str, place: str) -> None:
    assert (T.LOCATION, place) in found(text), found(text)


def test_a_field_label_after_home_to_is_no_place() -> None:
    assert (T.LOCATION, "Address") not in found("Discharged home to Address: 14 Larch Ct, Yreka, CA 96097.")


def test_a_chart_number_in_brackets_after_a_patient() -> None:
    assert (T.MRN, "K40917733") in found("Portal thread - pt Ingeborg Tveit (K40917733)")
    assert (T.MRN, "555-0142") not in found("Call Ingeborg Tveit (555-0142) today.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Enrolled subject 771-402 (R. Tveit) on day 1.", "771-402"),
        ("Cross-match: BB specimen Q55-810233 received.", "Q55-810233"),
    ],
)
def test_subject_and_specimen_codes(text: str, code: str) -> None:
    assert (T.OTHER_ID, code) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tegaderm to base, Fennimore Breeze BID.",  # a dose frequency after it
        "Referral faxed to Mercy Hospital downtown.",  # a site word after it
        "Cultures grew Klebsiella pneumoniae and Borrelia burgdorferi.",  # genus and species
    ],
)
def test_products_sites_and_species_are_no_names(text: str) -> None:
    assert not any(t is T.NAME for t, _ in found(text)), found(text)


def test_a_name_before_a_labelled_unit_number_stays() -> None:
    findings = found("records for Tveit, Precious Unit No. 37-41-288 sent")
    assert (T.MRN, "37-41-288") in findings, findings
