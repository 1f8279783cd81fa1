"""Identifiers in ASC X12 healthcare transactions (837 claims, 270/271 eligibility, 276/277, 835, 834),
read from their element: in ``NM1*IL*1*PRICE*FEMKE****MI*M7870379900~`` the segment, its qualifiers
and the element's position say that PRICE and FEMKE are a person's names and M7870379900 a member ID,
though no label names them.

The delimiters are the interchange's own: ISA's fourth character separates elements and its 106th
ends segments (``~`` without an ISA); a segment may also end at a line break. Only the elements of the
005010 implementation guides that hold a person's identifiers are read:

- ``NM1``: the last, first and middle names of a person (NM102 ``1``; an organisation's name is left to
  the other rules) and the ID its qualifier (NM108) names: ``MI`` member, ``MR`` Medicaid recipient
  (HEALTH_PLAN_ID), ``XX`` NPI (LICENSE), ``34`` SSN. A payer's or an employer's ID is no person's;
- ``N3`` (address lines) and ``N4`` (city and ZIP; the state alone is no identifier): LOCATION;
- ``REF``: the reference its qualifier (REF01) names (``SY`` SSN, ``EA`` medical record, ``1W``/``0F``/
  ``IG``/``6P``/``1L``: plan IDs, ``F8``/``D9``/``EJ``: claim and patient account numbers, ``0B``/``1G``:
  licences, ``G1``/``9F``/``9A``/``Y4``: prior-authorisation and referral numbers). An employer's or
  a lab's number (``EI``, ``X4``) is no person's;
- ``CLM01`` (the patient control number: an ACCOUNT), an 835's ``CLP01`` and ``CLP07`` (the patient control
  number and the payer's claim control number: ACCOUNTs), ``PER`` (a contact's name and its ``TE``/``FX``/
  ``EM`` numbers), ``SBR03`` (the group or policy number);
- dates: ``DMG02``, ``DTP03`` (the date, or both ends of a ``RD8`` range), ``ISA09``, ``GS04``, ``BHT04``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from mediflow.quality.phi_types import PhiFinding, PhiType, field_finding

T = PhiType

# NM108 (ID code qualifier) -> what NM109 is, for a person's IDs.
_NM1_IDS = {"MI": T.HEALTH_PLAN_ID, "MR": T.HEALTH_PLAN_ID, "XX": T.LICENSE, "34": T.SSN, "II": T.OTHER_ID}
# REF01 (reference qualifier) -> what REF02 is.
_REF_IDS = {
    "SY": T.SSN,
    "EA": T.MRN,
    "1W": T.HEALTH_PLAN_ID,  # member ID
    "0F": T.HEALTH_PLAN_ID,  # subscriber number
    "IG": T.HEALTH_PLAN_ID,  # insurance policy number
    "6P": T.HEALTH_PLAN_ID,  # group number
    "1L": T.HEALTH_PLAN_ID,  # group or policy number
    "23": T.HEALTH_PLAN_ID,  # client number
    "3H": T.HEALTH_PLAN_ID,  # case number (Medicaid)
    "F8": T.ACCOUNT,  # original reference (the payer's claim control number)
    "D9": T.ACCOUNT,  # claim number
    "EJ": T.ACCOUNT,  # patient account number
    "1K": T.ACCOUNT,  # payer's claim number
    "0B": T.LICENSE,  # state licence number
    "1G": T.LICENSE,  # provider UPIN
    "HPI": T.LICENSE,  # NPI
    "G1": T.OTHER_ID,  # prior authorisation number
    "9F": T.OTHER_ID,  # referral number
    "9A": T.OTHER_ID,  # repriced claim reference
    "Y4": T.OTHER_ID,  # agency claim number
    "LX": T.OTHER_ID,  # qualified products list (a device's)
}
_PER_NUMBERS = {"TE": T.PHONE, "FX": T.FAX, "EM": T.EMAIL, "CP": T.PHONE, "HP": T.PHONE, "WP": T.PHONE}
# Elements that hold a date: (segment, element) -> its format qualifier's element (None: always CCYYMMDD
# or YYMMDD).
_DATES = {("DMG", 2): 1, ("DTP", 3): 2, ("ISA", 9): None, ("GS", 4): None, ("BHT", 4): None}
_SEGMENTS = ("NM1", "N3", "N4", "REF", "CLM", "CLP", "PER", "SBR", "DMG", "DTP", "ISA", "GS", "BHT")
_DATE_VALUE = re.compile(r"(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_HAS_DIGIT = re.compile(r"\d")
_ISA = re.compile(r"(?m)^[ \t]*ISA(?=[^\w\s])")
# A PER contact that is a desk, not a person ("PROVIDER SERVICES", "Claims Department").
_DESK_WORDS = frozenset(
    [
        "SERVICES",
        "SERVICE",
        "SUPPORT",
        "DEPARTMENT",
        "DEPT",
        "DESK",
        "OFFICE",
        "CENTER",
        "CENTRE",
        "TEAM",
        "UNIT",
        "LINE",
        "BILLING",
        "CLAIMS",
        "ELIGIBILITY",
        "PROVIDER",
        "CUSTOMER",
        "HELPDESK",
    ]
)
_NAME_PART = re.compile(r"[^\W\d_][^\d_]*")


def _separators(text: str) -> tuple[str, str]:
    """The element separator and the segment terminator (ISA's, else ``*`` and ``~``)."""
    header = _ISA.search(text)  # at a line's start: not "ISA" in prose before the interchange
    isa = header.end() - 3 if header else -1
    if isa >= 0 and len(text) >= isa + 106 and not text[isa + 3].isalnum():
        element, terminator = text[isa + 3], text[isa + 105]
        if not terminator.isalnum() and terminator != element:
            return element, terminator
    return "*", "~"


def has_segments(text: str) -> bool:
    """Whether ``text`` may hold X12 segments: two of the segments read here at least (a cheap test first)."""
    if "*" not in text and "ISA" not in text:
        return False
    element, _ = _separators(text)
    return (
        sum(text.count(f"{name}{element}") for name in ("NM1", "N3", "N4", "REF", "DMG", "CLM", "CLP", "ISA"))
        >= 2
    )


@lru_cache(maxsize=16)
def _segment_pattern(element: str, terminator: str) -> re.Pattern[str]:
    """A segment's ID at a line's start or after a terminator, then its first element separator."""
    names = "|".join(_SEGMENTS)
    return re.compile(rf"(?m)(?:(?<={re.escape(terminator)})|^)[ \t]*({names}){re.escape(element)}")


def x12_findings(text: str) -> Iterator[PhiFinding]:
    """The identifiers in the X12 segments of ``text``, by element position and qualifier."""
    element, terminator = _separators(text)
    for segment in _segment_pattern(element, terminator).finditer(text):
        start = segment.end(1)
        end = start
        while end < len(text) and text[end] not in (terminator, "\n"):
            end += 1
        yield from _segment(segment.group(1), text, start, end, element)


def _elements(text: str, start: int, end: int, element: str) -> list[tuple[int, str]]:
    """(offset, value) of each element after the segment's ID: index 1 is the segment's 01 element."""
    out: list[tuple[int, str]] = [(start, "")]
    pos = start + 1
    for value in text[start + 1 : end].split(element):
        out.append((pos, value))
        pos += len(value) + 1
    return out


def _segment(name: str, text: str, start: int, end: int, element: str) -> Iterator[PhiFinding]:
    els = _elements(text, start, end, element)

    def at(i: int) -> tuple[int, str]:
        return els[i] if i < len(els) else (end, "")

    found: list[PhiFinding | None] = []
    if name == "NM1":
        if at(2)[1] == "1":  # a person: last, first, middle
            found += [
                field_finding(T.NAME, *at(i)) for i in (3, 4, 5) if _NAME_PART.fullmatch(at(i)[1].strip())
            ]
        kind = _NM1_IDS.get(at(8)[1].strip())
        if kind is not None and _HAS_DIGIT.search(at(9)[1]):
            found.append(field_finding(kind, *at(9)))
    elif name == "N3":
        found += [field_finding(T.LOCATION, *at(i)) for i in (1, 2)]
    elif name == "N4":
        found += [field_finding(T.LOCATION, *at(i)) for i in (1, 3)]
    elif name == "REF":
        kind = _REF_IDS.get(at(1)[1].strip())
        if kind is not None and _HAS_DIGIT.search(at(2)[1]):
            found.append(field_finding(kind, *at(2)))
    elif name == "CLM":
        if _HAS_DIGIT.search(at(1)[1]):
            found.append(field_finding(T.ACCOUNT, *at(1)))
    elif name == "CLP":  # an 835 remittance's claim: the patient control number and the payer's claim number
        found += [field_finding(T.ACCOUNT, *at(i)) for i in (1, 7) if _HAS_DIGIT.search(at(i)[1])]
    elif name == "SBR":
        if _HAS_DIGIT.search(at(3)[1]):
            found.append(field_finding(T.HEALTH_PLAN_ID, *at(3)))
    elif name == "PER":
        contact = at(2)[1].strip()
        if _NAME_PART.fullmatch(contact) and not _DESK_WORDS.intersection(contact.upper().split()):
            found.append(field_finding(T.NAME, *at(2)))
        for i in (3, 5, 7):
            kind = _PER_NUMBERS.get(at(i)[1].strip())
            if kind is not None:
                found.append(field_finding(kind, *at(i + 1)))
    else:
        for (segment, index), qualifier in _DATES.items():
            if segment != name:
                continue
            offset, value = at(index)
            if qualifier is not None and at(qualifier)[1].strip() == "RD8" and "-" in value:
                first, _, second = value.partition("-")
                found += [_date(offset, first), _date(offset + len(first) + 1, second)]
            else:
                found.append(_date(offset, value))
    yield from (f for f in found if f is not None)


def _date(offset: int, value: str) -> PhiFinding | None:
    stripped = value.strip()
    if not _DATE_VALUE.fullmatch(stripped):
        return None
    return field_finding(T.DATE, offset, value)
