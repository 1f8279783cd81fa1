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
from dataclasses import replace

from mediflow.quality import phi_lexicon as lex
from mediflow.quality.phi_rules import (
    _AU_STATES,
    _CAR_MAKERS,
    _EPONYM_AFTER,
    _HONORIFIC,
    _MONTH_ANYCASE,
    _MONTH_NAMES,
    _PAIR_THING_AFTER,
    _RELATION,
    _SPECIALTY_END,
    DRUG_WORDS,
    _not_a_person_here,
    _product_cue,
    _word,
    car_name,
    journal_at,
    named_hall,
    scale_fraction,
)
from mediflow.quality.phi_types import PhiFinding, PhiType

__all__ = ["guarded", "plausible"]

T = PhiType
_REACH = 30  # characters back where a cue still names the value after it
# Each cue is read in a window that ends where the span starts: \Z is that end ($ would also match
# before a line break there, and "Meds:\nMaria Lopez" would read as a list of drugs).

# A drug's, an allergy's or a finding's verb, or a diagnosis: a capitalised word after it is a drug, a
# sign or a disease ("switched to Vyepti", "allergic to Macrobid", "positive Chvostek", "history of
# Hodgkin"). The rules' cues hold "on", "take" and "via" too, which they read only before words shaped
# like products; here they would turn away "checked on Nkechi Adeyemi".
_THING_VERB_BEFORE = re.compile(
    rf"(?<!\w)(?i:{DRUG_WORDS}|history[ \t]+of|hx[ \t]+of|h/o|"
    r"diagnos(?:is|ed)[ \t]+(?:of|with)|suspected|rule[ \t]+out|r/o|family[ \t]+history[ \t]+of)[ \t]+\Z"
)
# A drug's, an allergy's or a product's list: a name after its label is a brand, not a person
# ("Allergies: Penicillin, Sulfa", "Meds: Eliquis, Keppra").
_LIST_LABEL_BEFORE = re.compile(
    r"(?<!\w)(?i:allerg(?:y|ies)|meds|medications?|rx|drugs?|supplies|products?)[ \t]*:[ \t]*"
    r"(?:[^\n:;.]*,[ \t]*)?\Z"
)

# A number after a vital sign, a lab or a score ("HR is 95", "SpO2 92", "pulse was 94"), with up to a
# few words between; or followed by its unit: a measurement, never a person's age.
_MEASURE_BEFORE = re.compile(
    r"(?<!\w)(?i:hr|rr|bp|sbp|dbp|map|pulse|heart[ \t]+rate|resp(?:iratory|irations|s)?(?:[ \t]+rate)?|spo2|sp02|"
    r"o2|sats?|saturation|fio2|pao2|etco2|temp(?:erature)?|tmax|wt|weight|ht|height|bmi|glucose|bg|fsbs|"
    r"sugars?|hgb|hct|plt|wbc|bun|a1c|ef|score|percent|percentile|iq)(?!\w)[^\d\n.;]{0,14}\Z"
)
_UNIT_AFTER = re.compile(
    r"[ \t]*(?:%|°|(?i:percent|per[ \t]*cent|mg|mcg|ml|l|g|kg|lbs?|pounds|cm|mm|mmhg|bpm|beats|breaths|"
    r"units?|degrees?|/min|min|minutes|seconds|hours?|days?|weeks?|times|x|on[ \t]+room[ \t]+air|"
    r"milligrams?|micrograms?|milliliters?|kilograms?)(?!\w))"
)
# Safe Harbor's own aggregate ("90 or older", "95+", "ages 95 and up"): a group, not one person's age.
# "and up" and "and over" only after "age(s)" or "aged" ("He is 96 and up in a chair" is one person).
_AGGREGATE_AFTER = re.compile(
    r"[ \t]*(?:\+(?!\d)|(?i:or[ \t]+(?:older|over|above|more)|and[ \t]+(?:older|above))\b)"
)
# A number that closes a label numbers what follows it ("Guideline 95:", "Question 92:"): no age.
_LABEL_END_AFTER = re.compile(r"[ \t]*:(?!\d)")
_AGE_GROUP_AFTER = re.compile(r"[ \t]+(?i:and[ \t]+(?:up|over))\b")
_AGES_BEFORE = re.compile(r"(?<!\w)(?i:ages?|aged)[ \t]+\Z")

# Five digits after a code system's name or a lab test's capitals ("LOINC 30341", "HGBNC 20912"), or
# with a check digit after them ("2345-7"): a code, not a ZIP. Capitals that name a place ("BOSTON
# 02118", "MASSACHUSETTS") or a ZIP's label stay a ZIP's.
_CODE_BEFORE = re.compile(
    # (or a stock lot's, a batch's or a control's number: "QC lot 55102")
    r"(?:(?<!\w)(?i:loinc|cpt|hcpcs|ndc|icd(?:-?(?:9|10))?(?:-?cm)?|snomed(?:[ \t\-]?ct)?|drg|rxnorm|cvx|lot|batch|control)"
    r"|(?<!\w)(?P<caps>[A-Z]{3,})\d*)[ \t:#]*\Z"
)
_ZIP_LABELS = frozenset(["zip", "zipcode", "postal", "plz", "cp", "code"])
_CHECK_DIGIT_AFTER = re.compile(r"-\d(?!\d)")
_DIGITS = re.compile(r"\d{5}(?:-\d{4})?")

# A close-up of a lesion or a wound shows no face, as the rules' photo branch reads it: the code that
# names such a picture ("photo of wound taken today (WND-20441)") is the wound's, not the person's.
_BODY_IMAGE_BEFORE = re.compile(
    r"(?<!\w)(?i:photo(?:graph)?s?|images?|pictures?|pics?|close-?up)[ \t]+(?:of[ \t]+)?(?:the[ \t]+)?"
    r"(?:[a-z]+[ \t]+)?(?i:lesions?|wounds?|ulcers?|rash|burns?|incisions?)\b[^\n]{0,30}\Z"
)

# A day of the month written alone ("the 29th") is no date before what is counted in order: "the 3rd
# time", "the 5th percentile", "the 4th toe", "the 2nd dose".
_ORDINAL = re.compile(r"(?:the[ \t]+)?\d{1,2}(?:st|nd|rd|th)", re.IGNORECASE)
_COUNTED_AFTER = re.compile(
    r"[ \t]+(?i:times?|doses?|toes?|fingers?|digits?|percentile|centile|grade|trimester|degree|cycles?|"
    r"lines?|floor|round|attempts?|child|pregnancy|generation|ribs?|nerves?|ventricle|intercostal|place|"
    r"decade|session|episode|fraction|metatarsal|metacarpal|cranial|lumbar|thoracic|cervical|sacral|"
    r"heart|stage|step|postoperative|post-?op|hospital[ \t]+day|pod|hd|week|month|year|day|visit|"
    r"admission|birthday|infusion|shot|vaccine|booster|course|set|opinion)(?!\w)"
)


# A month's or a weekday's name alone, possessive or not (the given names April, May, June, August).
_CALENDAR_WORD = re.compile(
    r"(?i:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?"
)


_PERSON_BEFORE = re.compile(rf"(?<!\w)(?:{_RELATION}|{_HONORIFIC}|(?i:pt|patient|named|called))[ \t,:]*\Z")


def guarded(text: str, finding: PhiFinding) -> PhiFinding | None:
    """The span the model adds as the rules' checks leave it (``plausible``), or None. A date that is no date's
    shape but an identifier's (five characters or more, four digits: "01.04.1955 78211582", a record number after
    a date of birth) stays, as an other identifier: the model saw a code where a date's words are."""
    if plausible(text, finding):
        return finding
    if finding.type is T.DATE and _CODE_SHAPE.fullmatch(finding.text):
        return replace(finding, type=T.OTHER_ID)
    return None


# (not a fiscal year, a year's week or quarter: "FY2024", "2024-W10", "2024-Q3")
_CODE_SHAPE = re.compile(
    r"(?!(?i:FY|CY)?(?:19|20)\d\d(?:[\-/ ]?(?i:W|Q|H)\d{1,2})?$)(?!(?i:FY|CY)\d)"
    r"(?=(?:[A-Za-z\-]*\d){4})[A-Za-z0-9][A-Za-z0-9\-]{4,}"
)


_DASH_AFTER = re.compile(r"[ \t]+[\-–—][ \t]")
_NODES_AFTER = re.compile(r"[ \t]+(?i:lymph[ \t]+)?(?i:nodes?|LNs?)\b")
_NODES_BEFORE = re.compile(r"\b(?i:nodes?|LNs?)[ \t]*(?::[ \t]*)?\Z")
_MONTH_ALONE = re.compile(rf"(?:{_MONTH_NAMES})\.?")
_COMPARISON_BEFORE = re.compile(r"[<>≤≥][ \t]*\Z")
_CLOCK_TIME = re.compile(r"(?:[A-Z]{2}[ ])?(?:[01]\d|2[0-3])[0-5]\d")
_AU_STATE_BEFORE = re.compile(rf"\b(?:{_AU_STATES}|Vic|Qld|Tas)\.?[ \t]*\Z")


def plausible(text: str, finding: PhiFinding) -> bool:
    """Whether a span the model adds survives the rules' context checks for its type."""
    start, end = finding.start, finding.end
    # "JAMA Intern Med", "N Engl J": a journal; "Osler Auditorium": a room named after someone
    if finding.type in (T.NAME, T.LOCATION) and (
        journal_at(text, start, end) or named_hall(text, start, end)
    ):
        return False
    if finding.type is T.NAME:
        return _name_fits(text, start, end)
    if finding.type is T.AGE:
        digits = "".join(c for c in finding.text if c.isdigit())
        if digits and int(digits) < 90:
            return False  # "Pt 72yo": an age of 89 or under is no identifier (Safe Harbor)
        return not (
            _MEASURE_BEFORE.search(text, max(0, start - _REACH), start)
            or _UNIT_AFTER.match(text, end)
            or _AGGREGATE_AFTER.match(text, end)
            or _LABEL_END_AFTER.match(text, end)
            or _COMPARISON_BEFORE.search(text, max(0, start - 4), start)  # "fever > 101 F": a threshold
            or (_AGE_GROUP_AFTER.match(text, end) and _AGES_BEFORE.search(text, max(0, start - 12), start))
        )
    if finding.type is T.LOCATION and _DIGITS.fullmatch(finding.text):
        return not (_code_before(text, start) or _CHECK_DIGIT_AFTER.match(text, end))
    # (not a dash before the word: "University Hospital Orange - Procedure Room 3" is a place, then a room)
    if (
        finding.type in (T.LOCATION, T.NAME)
        and _EPONYM_AFTER.match(text, end)
        and not _DASH_AFTER.match(text, end)
    ):
        return (
            False  # "San Francisco syncope rule", "McBurney point": a name inside a rule's or a sign's name
        )
    if finding.type is T.LOCATION and _MONTH_ALONE.fullmatch(finding.text):
        return False  # "moved to Cincinnati in May": a month, no town
    if finding.type is T.LOCATION and _CLOCK_TIME.fullmatch(finding.text):
        # "Surgeon at bedside 2102", "To CT 0603": a clock time (with a scanner's or a state's letters), no
        # postcode, unless an Australian state's abbreviation is before it ("Parramatta NSW 2150")
        return _AU_STATE_BEFORE.search(text, max(0, start - 8), start) is not None
    if finding.type in (T.PHONE, T.FAX) and sum(c.isdigit() for c in finding.text) < 7:
        return False  # "/ 901 058 72 /": two digits of a record number are no phone
    if finding.type is T.LOCATION and _STREET_TYPE_ALONE.fullmatch(finding.text):
        return False  # "The Blvd entrance is closed.": a street's type names no place
    if finding.type is T.PHOTO and _FACE_SHEET_BEFORE.search(text, max(0, start - 16), start):
        return False  # "Facesheet PH-998877": a chart's face sheet, no photograph
    if finding.type in (T.OTHER_ID, T.PHOTO):
        return _BODY_IMAGE_BEFORE.search(text, max(0, start - 80), start) is None
    if finding.type is T.DATE and (
        _NODES_BEFORE.search(text, max(0, start - 8), start) or _NODES_AFTER.match(text, end)
    ):
        return False  # "sentinel nodes 3/23": a lymph node count
    if finding.type is T.DATE and _BARE_FRACTION.fullmatch(finding.text) and scale_fraction(text, start, end):
        return False  # "Vanderbilt parent: inattentive 3/9", "ESS 6/24": a score over its total, as the rules read it
    if finding.type is T.DATE and _ORDINAL.fullmatch(finding.text):
        return _COUNTED_AFTER.match(text, end) is None
    if finding.type is T.DATE:
        return _date_shaped(text, start, end)
    if (
        finding.type is T.VEHICLE_ID
    ):  # a plate holds a letter or five characters ("Plate count 245." is a count)
        return any(c.isalpha() for c in finding.text) or sum(c.isalnum() for c in finding.text) >= 5
    return True


# What a date the model adds must hold: a month's name (or a Roman month, "12.III.2024"), or numbers that can be a
# day and a month, a month and a year, or a compact date ("20240305", "030524"); a day's number alone only beside a
# word (the model scores no lower-case word, so "12 czerwca 2026" reaches here as "12" and "2026"). A weekday alone
# ("Monday") is no date. Its neighbours' words make the model read a line's number ("5." after a date of birth), a
# session count ("session 6/36"), a record number after a date ("01.04.1955 78211582") or a stock lot ("strip lot
# 202611A19") as dates; the rules' own dates never reach here.
_MONTH_WORD = re.compile(rf"(?<![A-Za-z]){_MONTH_ANYCASE}")
_BARE_FRACTION = re.compile(r"\d{1,2}/\d{1,2}")
_ROMAN_MONTH = re.compile(
    r"\d[ \t]*[.\-/ ][ \t]*(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)[ \t]*[.\-/ ][ \t]*\d"
)
_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})[ \t]*[/.\-][ \t]*(\d{1,2})(?!\d)")
_MONTH_YEAR = re.compile(
    r"(?<!\d)(?:(\d{4})[ \t]*[/.\-][ \t]*(\d{1,2})|(\d{1,2})[ \t]*[/.\-][ \t]*(\d{4}))(?!\d)"
)
_SPACED = re.compile(r"(?<!\d)(\d{4})[ \t]+(\d{1,2})[ \t]+(\d{1,2})(?!\d)")  # "2024 03 05"
_COMPACT = re.compile(r"(?<!\d)(\d{6}|\d{8})(?!\d)")
# An OCR'd date's letters in place of digits ("O6/17/19G0", "1l-30-2O22"), read as the digits they stand for.
_OCR_DIGITS = str.maketrans("OoDlIiSsGBZ", "00011155682")
_DATE_WORDS = re.compile(r"(?i)(?<=\d)(?:st|nd|rd|th)\b|(?<=\d)T(?=\d)|(?<=\d)Z\b|\b(?:am|pm)\b")
_WORD_BEFORE = re.compile(r"[A-Za-zÀ-ÿ]{2,}\.?[ \t]+\Z")
_WORD_AFTER = re.compile(r"[ \t]+[A-Za-zÀ-ÿ]{2,}")


def _date_shaped(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` can be a date, or a piece of one, by its own characters and its neighbours."""
    span = text[start:end]
    if _MONTH_WORD.search(span) or _ROMAN_MONTH.search(span):
        return True
    digits = span.translate(_OCR_DIGITS) if any(c.isdigit() for c in span) else span
    pieces = digits.replace(",", " ").split()
    if all(p.isdigit() for p in pieces) and any(len(p) <= 2 for p in pieces) and len(pieces) <= 2:
        # a day, or a day and its year ("26, 2026" after "Jan."), beside a month's word in any language
        return all(
            1 <= int(p) <= 31 if len(p) <= 2 else len(p) == 4 and 1800 <= int(p) <= 2100 for p in pieces
        ) and bool(_WORD_BEFORE.search(text, max(0, start - 16), start) or _WORD_AFTER.match(text, end))
    if digits.isdigit() and len(digits) == 4:  # a year, beside the rest of its date
        return 1800 <= int(digits) <= 2100
    if any(c.isascii() and c.isalpha() for c in _DATE_WORDS.sub("", digits)):
        # a code's letters ("202611A19"); words between numbers pass, and so do other scripts' ("2024年3月5日")
        return " " in span.strip()
    if any(not c.isascii() and c.isalpha() for c in digits):
        return True
    for m in _DAY_MONTH.finditer(digits):
        a, b = int(m.group(1)), int(m.group(2))
        if (1 <= a <= 12 and 1 <= b <= 31) or (1 <= b <= 12 and 1 <= a <= 31):
            return True
    for m in _MONTH_YEAR.finditer(digits):
        year, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if 1800 <= int(year) <= 2100 and 1 <= int(month) <= 12:
            return True
    for m in _SPACED.finditer(digits):
        if 1800 <= int(m.group(1)) <= 2100 and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31:
            return True
    for m in _COMPACT.finditer(digits):
        d = m.group(1)
        if len(d) == 8:
            shapes = ((d[4:6], d[6:]), (d[:2], d[2:4]), (d[2:4], d[:2]))
        else:
            shapes = ((d[2:4], d[4:]), (d[:2], d[2:4]), (d[2:4], d[:2]))
        if any(1 <= int(month) <= 12 and 1 <= int(day) <= 31 for month, day in shapes):
            return True
    return False


_FACE_SHEET_BEFORE = re.compile(r"(?i:face[ \t\-]?sheet)[ \t:#\-]*\Z")


# A street's type alone, its word or its abbreviation ("Blvd", "Pkwy", "Avenue").
_STREET_TYPE_ALONE = re.compile(
    r"(?i:(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|parkway|pkwy|"
    r"highway|hwy|circle|cir|terrace|way|trail|trl|square|sq)\.?)"
)


def _code_before(text: str, start: int) -> bool:
    cue = _CODE_BEFORE.search(text, max(0, start - 16), start)
    if cue is None or cue.group("caps") is None:
        return cue is not None
    word = cue.group("caps").lower()  # a lab test's capitals, unless they name a place or a ZIP
    return not (word in _ZIP_LABELS or word in lex.us_places() or word in lex.countries_and_states())


_DIGIT = re.compile(r"\d")
_FIELD_BEFORE = re.compile(r"[:=][ \t]*\Z")


# A Spanish or Portuguese form's label words, which the classifier may read as a given name before a field.
_FORM_WORDS_ABROAD = frozenset(
    str.split(
        """
    caso expediente paciente nacimiento cita hijos hijo hija asistente trabajadora trabajador fecha nombre apellido
    apellidos domicilio direccion dirección telefono teléfono medico médico seguro tarjeta clinica clínica
    folio firma sexo edad estado ciudad condado proveedor recibido enviado notas motivo
    """
    )
)


def _name_fits(text: str, start: int, end: int) -> bool:
    """Not a drug, a product, a disease, a test or a specialty, by the words around it."""
    span = text[start:end]
    if _DIGIT.search(span):
        return False  # "^FO40,70^A0N" in a label's layout: a name holds no digit
    words = span.split()
    first = _word(words[0])
    if len(span) == 1 and _FIELD_BEFORE.search(text, max(0, start - 4), start):
        return False  # "Witnessed: Y  Monitored: Y": a field's yes or no, no initial
    if (
        len(words) == 1
        and words[0].isupper()
        and words[0].isalpha()
        and len(words[0]) >= 6
        and first not in lex.census_names()
        and (lex.is_english(first) or lex.medical_word(first))
    ):
        return False  # "CARDIOLOGY CONSULTATION": a heading's word in capitals
    if _product_cue(words[0]) or text[end : end + 1] == "-":
        return False  # "Fitted Osterberg", "Roux-en-Y"
    if first in _CAR_MAKERS and car_name(text, start, end, words):
        return False  # "own vehicle, Nissan Altima sedan": a car
    if (
        len(words) == 1
        and _CALENDAR_WORD.fullmatch(words[0])
        and not _PERSON_BEFORE.search(text, max(0, start - _REACH), start)
    ):
        return False  # "April's schedule is full": a month alone, not "son April flew in"
    if len(words) == 1 and _SPECIALTY_END.search(first) and first not in lex.census_names():
        return False  # "Physiatry", "Vietnamese"; not "Reese"
    if len(words) == 1 and first.lower() in _FORM_WORDS_ABROAD:
        return False  # "Caso SNAP 016307678", "Expediente (MRN):": a Spanish form's label, no name
    before = max(0, start - _REACH)
    if _THING_VERB_BEFORE.search(text, before, start) or _LIST_LABEL_BEFORE.search(
        text, max(0, start - 80), start
    ):
        return False  # "switched to Vyepti", "history of Hodgkin", "Allergies: Penicillin, Sulfa"
    if _EPONYM_AFTER.match(text, end) or _PAIR_THING_AFTER.match(text, end):
        return False  # "Chvostek sign", "Senokot nightly", "Trelegy Ellipta inhaler"
    return not _not_a_person_here(text, start, end)
