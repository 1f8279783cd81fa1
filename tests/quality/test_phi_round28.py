"""Tuning round 28 (2026-12-04), read off the misses of sets k (scanned, faxed and OCR'd paper) and l (the many
cultures of patients and families): names in their own script, a registration screen's label-value rows, a fax
named in brackets after its number, a system user's code, an A-Number in spaced threes and immigrants' and
employers' numbers. Each rule fires on fresh values and stays quiet on its look-alikes."""

from __future__ import annotations

import pytest

from mediflow.quality import phi_table
from mediflow.quality.phi import PhiScanner


@pytest.fixture(scope="module")
def scanner() -> PhiScanner:
    return PhiScanner(use_model=False)


def _found(scanner: PhiScanner, text: str) -> set[tuple[str, str]]:
    return {(f.type.name, f.text) for f in scanner.scan(text)}


NOTE = (
    "Interpreter note, oncology clinic. Family meeting held with the patient's daughter and son-in-law, who\n"
    "asked that the plan be explained again in the afternoon. Questions about chemotherapy timing answered.\n"
)


@pytest.mark.parametrize(
    "name",
    [
        "مريم عبد الله الحسيني",  # Arabic
        "Шевченко Олена Петрівна",  # Cyrillic
        "Νίκος Αντωνίου",  # Greek
        "김민준",  # Korean
        "王秀英",  # Chinese
        "ሰላም ተስፋዬ",  # Ethiopic
        "רחל כהן",  # Hebrew
    ],
)
def test_a_name_in_its_own_script_inside_latin_text(scanner: PhiScanner, name: str) -> None:
    text = NOTE + f"Patient signed in her own script as ({name}) and confirmed her date of birth.\n"
    assert ("NAME", name) in _found(scanner, text)


def test_a_text_written_in_another_script_is_not_read_word_by_word(scanner: PhiScanner) -> None:
    text = "Инструкция: принимать по одной таблетке два раза в день после еды. Не пить алкоголь.\n" * 3
    assert not any(t == "NAME" for t, _ in _found(scanner, text))


def test_a_long_run_of_another_script_is_a_translation_not_a_name(scanner: PhiScanner) -> None:
    text = (
        NOTE * 3
        + "Printed instructions: 每天早上 服用 一片 药物 饭后 服用 不要 饮酒 如有 不适 请 联系 医生\n"
    )
    assert not any(t == "NAME" for t, _ in _found(scanner, text))


def test_a_registration_screens_label_value_rows() -> None:
    text = (
        "DOB|1962-11-30|MRN|Q5512098|SSN|512-44-0917\n"
        "Addr|4417 Juniper Hollow Dr|Apt|12-C|City|Fairhope|ST|AL|ZIP|36532\n"
    )
    found = {(f.type.name, f.text) for f in phi_table.table_findings(text)}
    assert {("MRN", "Q5512098"), ("SSN", "512-44-0917")} <= found
    assert {("LOCATION", "4417 Juniper Hollow Dr"), ("LOCATION", "12-C"), ("LOCATION", "Fairhope")} <= found
    assert ("LOCATION", "36532") in found
    assert not any(v == "AL" for _, v in found)


def test_a_tables_header_row_is_no_label_value_row() -> None:
    text = "MRN|Name|DOB|ZIP\n"
    assert not list(phi_table.table_findings(text))


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ('Line 4  from (512) 555-0172  ("personal fax")  2p  handwritten note', "(512) 555-0172"),
        ("Actual destination: 919-555-0133 (Dr Abernethy's home fax, digits transposed)", "919-555-0133"),
        ("reply to 303.555.0119 (his e-fax)", "303.555.0119"),
    ],
)
def test_a_fax_named_in_brackets_after_its_number(scanner: PhiScanner, text: str, number: str) -> None:
    assert ("FAX", number) in _found(scanner, text)


def test_a_phone_whose_brackets_deny_a_fax_stays_a_phone(scanner: PhiScanner) -> None:
    assert ("PHONE", "(512) 555-0148") in _found(scanner, "call (512) 555-0148 (cell, not fax)")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("F3=EXIT F12=CANCEL        USER RWHITFIELD  TERM ADMITTING", "RWHITFIELD"),
        ("D: LARSEN, PIA / TRANSCRIBED 11-MAR-1990 / MT KOKAFOR", "KOKAFOR"),
    ],
)
def test_a_system_users_code_of_an_initial_and_a_surname(scanner: PhiScanner, text: str, code: str) -> None:
    assert ("NAME", code) in _found(scanner, text)


def test_codes_after_those_words_that_are_no_surnames_stay_quiet(scanner: PhiScanner) -> None:
    found = _found(scanner, "Transferred from MT HOOD clinic; USER ADMIN logged off; MT CARMEL outreach")
    assert not any(t == "NAME" for t, _ in found), found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("A-Number A 441 207 935   USCIS online account no. QK-771204", "A 441 207 935"),
        ("A-Number A 441 207 935   USCIS online account no. QK-771204", "QK-771204"),
        ("Alien # (A-number): A 209 554 817", "A 209 554 817"),
        ("Employer ID card: WRK-5512. DL Q4471209", "WRK-5512"),
    ],
)
def test_immigrants_and_employers_numbers(scanner: PhiScanner, text: str, value: str) -> None:
    assert ("OTHER_ID", value) in _found(scanner, text)
