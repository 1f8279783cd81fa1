"""The rules' context checks, applied to what the learned classifier adds.

The classifier (``phi_model``) reads a token and a few words around it; the rules (``phi_rules``) read
cues further out: a drug's verb or dose around a capitalised word, a vital sign's name before a number,
a code system's name before five digits. A span the model adds where no rule finding is still goes
through the checks the rules would have made had they found it: ``plausible`` says whether it survives.
Without them, a model trained on more notes adds drug brands as names ("allergic to Macrobid"), vitals
as ages ("HR is 95") and LOINC codes as ZIPs (bench/phi_model_cv_a_to_m.txt, the A-M retrain).
"""

from __future__ import annotations

import re

from mediflow.quality.phi_rules import (
    _DIAGNOSIS_BEFORE,
    _EPONYM_AFTER,
    _PAIR_THING_AFTER,
    _PAIR_THING_BEFORE,
    _SPECIALTY_END,
    _not_a_person_here,
    _product_cue,
    _word,
)
from mediflow.quality.phi_types import PhiFinding, PhiType

__all__ = ["plausible"]

T = PhiType
_REACH = 30  # characters back where a cue still names the value after it

# A drug's, an allergy's or a product's list: a name after its label is a brand, not a person
# ("Allergies: Penicillin, Sulfa", "Meds: Eliquis, Keppra").
_LIST_LABEL_BEFORE = re.compile(
    r"(?i:allerg(?:y|ies)|meds?|medications?|rx|drugs?|supplies|products?)[ \t]*:[ \t]*(?:[^\n:;.]*,[ \t]*)?$"
)

# A number after a vital sign, a lab or a score ("HR is 95", "SpO2 92", "pulse was 94"), with up to a
# few words between; or followed by its unit: a measurement, never a person's age.
_MEASURE_BEFORE = re.compile(
    r"(?i:\b(?:hr|rr|bp|sbp|dbp|map|pulse|heart[ \t]+rate|resp\w*(?:[ \t]+rate)?|spo2|sp02|o2|sats?|saturation|"
    r"oxygen|fio2|pao2|etco2|temp\w*|t(?:max)?|wt|weight|ht|height|bmi|glucose|bg|fsbs|sugars?|hgb|hct|plt|wbc|"
    r"na|k|cl|bun|cr|a1c|ef|score|level|rate|percent|percentile|iq)\b[^\d\n.;]{0,14})$"
)
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:%|°|(?i:percent|per[ \t]*cent|mg|mcg|ml|l\b|g\b|kg|lbs?|pounds|cm|mm|mmhg|bpm|beats|breaths|"
    r"units?|degrees?|/min|min\b|minutes|seconds|hours?|days?|weeks?|times|x\b|on[ \t]+room[ \t]+air|"
    r"milligrams?|micrograms?|milliliters?|kilograms?))"
)
# Safe Harbor's own aggregate ("90 or older", "ages 95 and up"): a group, not one person's age.
_AGGREGATE_AFTER = re.compile(
    r"[ \t]*(?:\+|(?i:or[ \t]+(?:older|over|above|more)|and[ \t]+(?:up|over|older|above)))"
)

# Five digits after a code system's name or a test's capitals ("LOINC 30341", "HGBNC 20912"), or with a
# check digit after them ("2345-7"): a code, not a ZIP.
_CODE_BEFORE = re.compile(
    r"(?:\b(?i:loinc|cpt|hcpcs|ndc|icd(?:-?(?:9|10))?(?:-?cm)?|snomed(?:[ \t\-]?ct)?|drg|rxnorm|cvx|code|panel|"
    r"order|test|assay|lot)|\b(?!(?:ZIP|ZIPCODE|POSTAL|PLZ|CP)\b)[A-Z]{3,}\d*)[ \t:#]*$"
)
_CHECK_DIGIT_AFTER = re.compile(r"-\d(?!\d)")
_DIGITS = re.compile(r"\d{5}(?:-\d{4})?")

# A day of the month written alone ("the 29th") is a date only before a preposition, a clause's end or
# a capital, as the rules read it ("the 3rd time", "the 5th percentile", "the 4th toe" are not).
_ORDINAL = re.compile(r"(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
_DAY_WORD_AFTER = re.compile(
    r"[ \t]+(?!(?:of|at|with|near|and|or|to|in|on|for|before|after|when|until|through|from|by)\b)[a-z]"
)


def plausible(text: str, finding: PhiFinding) -> bool:
    """Whether a span the model adds survives the rules' context checks for its type."""
    if finding.type is T.NAME:
        return _name_fits(text, finding.start, finding.end)
    if finding.type is T.AGE:
        return not (
            _MEASURE_BEFORE.search(text, max(0, finding.start - _REACH), finding.start)
            or _UNIT_AFTER.match(text, finding.end)
            or _AGGREGATE_AFTER.match(text, finding.end)
        )
    if finding.type is T.LOCATION and _DIGITS.fullmatch(finding.text):
        return not (
            _CODE_BEFORE.search(text, max(0, finding.start - 16), finding.start)
            or _CHECK_DIGIT_AFTER.match(text, finding.end)
        )
    if finding.type is T.DATE and _ORDINAL.fullmatch(finding.text):
        return _DAY_WORD_AFTER.match(text, finding.end) is None
    return True


def _name_fits(text: str, start: int, end: int) -> bool:
    """Not a drug, a product, a disease, a test or a specialty, by the words around it."""
    words = text[start:end].split()
    if any(_product_cue(w) for w in words) or _SPECIALTY_END.search(_word(words[-1])):
        return False
    if text[end : end + 1] == "-":
        return False  # "Roux-en-Y"
    before = max(0, start - _REACH)
    if (
        _PAIR_THING_BEFORE.search(text, before, start)
        or _DIAGNOSIS_BEFORE.search(text, before, start)
        or _LIST_LABEL_BEFORE.search(text, max(0, start - 80), start)
    ):
        return False  # "switched to Vyepti", "history of Hodgkin", "Allergies: Penicillin, Sulfa"
    if _EPONYM_AFTER.match(text, end) or _PAIR_THING_AFTER.match(text, end):
        return False  # "Chvostek sign", "Senokot nightly", "Trelegy Ellipta inhaler"
    return not _not_a_person_here(text, start, end)
