"""Identifiers said aloud and written down in words (``mediflow.quality.phi_spoken``): each is read as a form
writes it, found with the cue before it, and reported over the whole spoken span. Fresh values (no planted set
uses them); look-alikes that are numbers in words but no identifier must not fire."""

from __future__ import annotations

import pytest

from mediflow.quality.phi import PhiScanner, PhiType
from mediflow.quality.phi_spoken import spoken_values, widen, with_spoken_values
from mediflow.quality.phi_types import PhiFinding
from tests.support.phi import found_by_rules

T = PhiType


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("six-one-seven-two-zero-four-eight", "6172048"),
        ("three one two, five five five, zero one eight two", "312-555-0182"),
        ("seven oh eight - triple five - oh one nine four", "708-555-0194"),
        ("double oh four one seven", "00417"),
        ("zero, zero, four, one, nine, two, six", "0041926"),
        ("M R four four one two nine", "MR44129"),
        ("Kilo-Tango-two-two-eight-one-five", "KT22815"),
        ("P-Q-nine-nine-zero-three", "PQ9903"),
        ("August ninth nineteen fifty-two", "August 9, 1952"),
        ("november thirty twenty twenty-four", "November 30, 2024"),
        ("October first", "October 1"),
        ("the eleventh of March two thousand and six", "11 March 2006"),
        ("the twenty-second of July", "22 July"),
        ("oh two fourteen nineteen eighty-eight", "02/14/1988"),
        ("twelve oh three nineteen thirty", "12/03/1930"),
        ("oh seven twenty-nine", "07/29"),
        ("bartek underscore nowak at post dot example dot org", "bartek_nowak@post.example.org"),
        ("l dot ferreira at mail dot example dot test", "l.ferreira@mail.example.test"),
    ],
)
def test_a_spoken_value_is_written_as_a_form_holds_it(said: str, written: str) -> None:
    text = f"caller said {said} then hung up"
    values = spoken_values(text)
    assert [(text[v.start : v.end], v.written) for v in values] == [(said, written)]
    read, _ = with_spoken_values(text)
    assert len(read) == len(text)  # offsets hold
    assert read.startswith(f"caller said {written} ")


@pytest.mark.parametrize(
    "text",
    [
        "take one to two tablets by mouth every four to six hours",
        "BP one twenty over eighty, pulse seventy-two",
        "one nine not nine one",  # a correction's fragment: two digits identify nobody
        "may twenty patients be seen by the team",
        "march one mile a day, then two",
        "rated pain six out of ten, down from eight",
        "we met at the clinic dot com booth",  # "dot com" after a plain word with no address shape
        "one twenty",
        "in nineteen ninety-five she moved",  # a year alone is no date
        "took one Main Street bus to the clinic",  # one digit before a street: a bus's, a building's
    ],
)
def test_numbers_in_words_that_are_no_identifier_are_left_alone(text: str) -> None:
    assert found_by_rules(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        (
            "medical record number six-one-seven-two-zero-four-eight period",
            T.MRN,
            "six-one-seven-two-zero-four-eight",
        ),
        ("MRN read by caller: four four one two nine oh six", T.MRN, "four four one two nine oh six"),
        (
            'MRN dictated "zero, zero, six, one, three, eight, two" - matches',
            T.MRN,
            "zero, zero, six, one, three, eight, two",
        ),
        (
            "call the son at three one two, five five five, zero one eight two if labs are abnormal",
            T.PHONE,
            "three one two, five five five, zero one eight two",
        ),
        (
            "Phone: seven oh eight - triple five - oh one nine four\n",
            T.PHONE,
            "seven oh eight - triple five - oh one nine four",
        ),
        ("date of birth August ninth nineteen fifty-two period", T.DATE, "August ninth nineteen fifty-two"),
        (
            "DOB given as oh two fourteen nineteen eighty-eight, then",
            T.DATE,
            "oh two fourteen nineteen eighty-eight",
        ),
        (
            "born on the eleventh of March two thousand and six.",
            T.DATE,
            "the eleventh of March two thousand and six",
        ),
        (
            "or email me bartek underscore nowak at post dot example dot org okay",
            T.EMAIL,
            "bartek underscore nowak at post dot example dot org",
        ),
        (
            'NPI "one six four two nine zero three three eight one" and',
            T.LICENSE,
            "one six four two nine zero three three eight one",
        ),
        (
            "Concentrator serial K-T-two-two-eight-one-five, working",
            T.DEVICE_ID,
            "K-T-two-two-eight-one-five",
        ),
        (
            "we're at home at six, two, one, eight North Larkspur Ave my cell",
            T.LOCATION,
            "six, two, one, eight North Larkspur Ave",
        ),
        # after a table's bar: the guards look for a word's start after any punctuation
        (
            "29|11:59|Okafor Linnea|march fourth nineteen eighty-one|R",
            T.DATE,
            "march fourth nineteen eighty-one",
        ),
        # a house number said in pairs before its street
        (
            "we're at home at ninety-two fourteen W. Alder Lane my cell",
            T.LOCATION,
            "ninety-two fourteen W. Alder Lane",
        ),
        (
            'Address dictated "four sixty-one E. Quarry Rd" typed as',
            T.LOCATION,
            "four sixty-one E. Quarry Rd",
        ),
        ("fall at home, five oh three Tamarack Ct. GCS ten", T.LOCATION, "five oh three Tamarack Ct"),
    ],
)
def test_a_spoken_identifier_is_found_over_its_whole_spoken_span(
    text: str, kind: PhiType, value: str
) -> None:
    assert (kind, value) in found_by_rules(text)


def test_spoken_findings_carry_the_callers_characters_and_exact_offsets() -> None:
    text = "Rückruf: Zoë said her number is three one two, five five five, zero one eight two — danke"
    findings = PhiScanner(use_model=False).scan(text)
    phone = [f for f in findings if f.type is T.PHONE]
    assert len(phone) == 1
    assert (
        text[phone[0].start : phone[0].end]
        == phone[0].text
        == "three one two, five five five, zero one eight two"
    )


def test_widen_keeps_findings_ordered_and_apart() -> None:
    text = "x four four one two nine y"
    _, values = with_spoken_values(text)
    (value,) = values
    # two findings inside one written value: the first takes the spoken span, the second is dropped
    first = PhiFinding(T.MRN, value.start, value.start + 3, "441", 0.9, "rule")
    second = PhiFinding(T.OTHER_ID, value.start + 3, value.start + 5, "29", 0.6, "rule")
    widened = widen([first, second], values)
    assert [(f.type, f.start, f.end) for f in widened] == [(T.MRN, value.start, value.end)]


def test_a_text_without_number_words_is_returned_as_it_is() -> None:
    text = "MRN 4471208, seen 03/02/2024 at 14:10 by Dr. Okafor."
    read, values = with_spoken_values(text)
    assert read is text and values == []
