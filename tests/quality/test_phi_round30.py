"""Tuning round 30 (2026-12-04), read off the identifiers the tuning sets' notes found with the wrong category (the
confusion between the code categories: a member's ID read as an other identifier, a chart's number with its MR
prefix, a biometric template or a photograph under its column): each rule fires on fresh values and stays quiet on
its look-alikes."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiScanner


@pytest.fixture(scope="module")
def scanner() -> PhiScanner:
    return PhiScanner(use_model=False)


def _found(scanner: PhiScanner, text: str) -> set[tuple[str, str]]:
    return {(f.type.name, f.text) for f in scanner.scan(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (" INS1...: Cedar-Vale Health    ID: 771-208-416-02    GRP: 55019274", "771-208-416-02"),
        ("BIN 610014  PCN ADV  GRP 4471920  ID 90218837461  PERS 01", "90218837461"),
        ("Ins: Harbor Mutual  ID 318-552-904-01  Grp GRP-44017", "318-552-904-01"),
        ("MEMBER / AFILIADO ... ROSA QUON\nID KLT550193377   GRP GRP-11804", "KLT550193377"),
    ],
)
def test_a_bare_id_beside_a_plans_group_or_an_insurers_label_is_the_members(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("HEALTH_PLAN_ID", value) in _found(scanner, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lot: 4471  ID 2231987  Group A (control)",
        "RE: Imre Dale   DOB 05/05/1949   ID 95304347849   Case AUTH-BQ95315",
    ],
)
def test_a_bare_id_without_a_plans_group_stays_an_other_identifier(scanner: PhiScanner, text: str) -> None:
    assert not any(t == "HEALTH_PLAN_ID" for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PATIENT QUON, MATILDE  #MR551203  acct 4471092213", "MR551203"),
        ("That is what her chart, number MR0883312, says.", "MR0883312"),
        ("pharmacy profile # MRN-7730019; delivery to the home", "MRN-7730019"),
    ],
)
def test_a_chart_number_with_its_mr_prefix_after_a_bare_label(
    scanner: PhiScanner, text: str, value: str
) -> None:
    assert ("MRN", value) in _found(scanner, text)


def test_a_passport_whose_number_starts_with_mr_stays_a_passport(scanner: PhiScanner) -> None:
    found = _found(scanner, "Pt then showed passport MR0551827 (exp 02-May-2031) at the desk")
    assert ("OTHER_ID", "MR0551827") in found and ("MRN", "MR0551827") not in found


def test_a_biometric_template_and_a_photo_under_their_columns(scanner: PhiScanner) -> None:
    text = (
        "mrn,patient,dob,template_id,photo_ref,consent_signed\n"
        '22-80-114,"Dale, Imre",3 March 1951,FP551902QX,PH44190273,04 June 2021\n'
        '5510-229,"QUON, ABRIL",9 July 1966,VP-7730-QKRT,DSC55019.JPG,\n'
    )
    found = _found(scanner, text)
    assert {("BIOMETRIC", "FP551902QX"), ("BIOMETRIC", "VP-7730-QKRT"), ("PHOTO", "PH44190273")} <= found


def test_a_template_column_of_words_or_years_holds_nothing(scanner: PhiScanner) -> None:
    text = "report,template,version,updated\ndischarge,standard,3,2024\nreferral,short form,2,2023\n"
    assert not any(t in ("BIOMETRIC", "PHOTO") for t, _ in _found(scanner, text))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Date of birth: 14 Dec 1950     Place: Kolkata", "Kolkata"),
        ("CHW is community member (same village: Majuro).", "Majuro"),
        ("Home island/atoll: Chennai. Lives with her son.", "Chennai"),
        ("Lugar de nacimiento: Mashhad", "Mashhad"),
        ("Family now living in Mashhad near relatives", "Mashhad"),
    ],
)
def test_a_town_abroad_after_a_field_that_names_a_place(scanner: PhiScanner, text: str, town: str) -> None:
    assert ("LOCATION", town) in _found(scanner, text)


def test_a_place_field_with_no_town_the_gazetteer_knows_holds_no_place(scanner: PhiScanner) -> None:
    found = _found(scanner, "Place: Exam Room 4   Village: n/a   Town: unknown")
    assert not any(t == "LOCATION" for t, _ in found)


@pytest.fixture(scope="module")
def default_scanner() -> PhiScanner:
    return PhiScanner(use_model=True)


@pytest.mark.parametrize(
    ("text", "postcode"),
    [
        (
            "HSE - GENERAL MEDICAL SERVICES - REFERRAL / REQUEST FORM      Form FMed 3\n"
            "Surname: Quon     Forename(s): Abril     Date of Birth: 03/10/1984\n"
            "Address: 17 Bothar na Tra, Gortnahoe, Galway, Co. Clare    Eircode: H91 W2KP\n"
            "Phone: 066-555 0144\n",
            "H91 W2KP",
        ),
        (
            "NURSING HOME TRANSFER LETTER  (IE)\nResident: Imre Dale, aged 91, GMS 4471092F\n"
            "Gortnahoe, Letterkenny, F92 KX4T\nNOK: Abril Quon (061) 555 0177\n",
            "F92 KX4T",
        ),
        ("Mrs Abril Quon\n    2/41 Church View, Sydney NSW 2000\n\nThank you for referring Abril.\n", "2000"),
    ],
)
def test_a_postcode_abroad_the_rules_read_stays_past_the_classifier(
    default_scanner: PhiScanner, text: str, postcode: str
) -> None:
    assert ("LOCATION", postcode) in _found(default_scanner, text)


def test_four_digits_after_no_state_stay_no_postcode(default_scanner: PhiScanner) -> None:
    found = _found(default_scanner, "Glucose 2000 mg/dL? no: 200. Ward 2000 block C.\n")
    assert ("LOCATION", "2000") not in found
