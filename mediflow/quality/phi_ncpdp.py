"""Identifiers in NCPDP Telecommunication (D.0) pharmacy claims, read from their field: in
``310-CA=MADISON<FS>311-CB=FOX`` the field's number and ID say that MADISON is the patient's first name and
FOX their last, though no word names them.

A switch's trace or a pharmacy system's log writes a claim's fields readably, each with its number and its
two-character ID ("302-C2 CARDHOLDER ID=GKZ234347324", "503-F3=IRG5178134"), separated by the field separator
written out ("<FS>"), by two blanks or by a line's end; a raw claim puts the field separator (0x1C) before
each field's ID and its value ("\\x1cCAMADISON"). Read: the patient's and the cardholder's names, the
patient's address, ZIP, phone and e-mail, birth and service dates, the cardholder, group, Medicaid and
Medigap IDs (HEALTH_PLAN_ID), the prescription's number, the prior-authorisation and authorisation numbers
(OTHER_ID), and the prescriber's ID (an NPI: LICENSE), names and phone. Not the pharmacy's service provider
ID (201-B1: an organisation's number, CONVENTIONS.md) nor a code, a quantity or an amount.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType

# The field's two-character ID -> what its value is (NCPDP Telecommunication Standard D.0 data dictionary).
FIELDS: dict[str, PhiType] = {
    "C1": T.HEALTH_PLAN_ID,  # 301 group ID
    "C2": T.HEALTH_PLAN_ID,  # 302 cardholder ID
    "C4": T.DATE,  # 304 date of birth
    "CA": T.NAME,  # 310 patient first name
    "CB": T.NAME,  # 311 patient last name
    "CC": T.NAME,  # 312 cardholder first name
    "CD": T.NAME,  # 313 cardholder last name
    "CM": T.LOCATION,  # 322 patient street address
    "CN": T.LOCATION,  # 323 patient city
    "CP": T.LOCATION,  # 325 patient ZIP
    "CQ": T.PHONE,  # 326 patient phone
    "HN": T.EMAIL,  # 350 patient e-mail
    "2A": T.HEALTH_PLAN_ID,  # 359 Medigap ID
    "N5": T.HEALTH_PLAN_ID,  # 115 Medicaid ID number
    "D1": T.DATE,  # 401 date of service
    "D2": T.OTHER_ID,  # 402 prescription / service reference number
    "DE": T.DATE,  # 414 date prescription written
    "DB": T.LICENSE,  # 411 prescriber ID
    "DR": T.NAME,  # 427 prescriber last name
    "2J": T.NAME,  # 364 prescriber first name
    "PM": T.PHONE,  # 498 prescriber phone
    "EV": T.OTHER_ID,  # 462 prior authorization number submitted
    "F3": T.OTHER_ID,  # 503 authorization number
    "E8": T.DATE,  # 443 other payer date
}
# The field numbers that go with each ID, so that "310-CA" is read only as the standard numbers it.
_NUMBERS = {
    "C1": "301", "C2": "302", "C4": "304", "CA": "310", "CB": "311", "CC": "312", "CD": "313", "CM": "322",
    "CN": "323", "CP": "325", "CQ": "326", "HN": "350", "2A": "359", "N5": "115", "D1": "401", "D2": "402",
    "DE": "414", "DB": "411", "DR": "427", "2J": "364", "PM": "498", "EV": "462", "F3": "503", "E8": "443",
}  # fmt: skip
_SEPARATOR = r"(?:<FS>|<GS>|<RS>|[\x1c\x1d\x1e])"
# "310-CA=MADISON", "312-CC FIRST=RENÉE", "302-C2 CARDHOLDER ID=GKZ234347324": the number, the ID, a name of
# the field in capitals, "=", then the value up to a separator, two blanks, a tab or the line's end.
_READABLE = re.compile(
    r"(?<![\w\-])(?P<number>\d{3})-(?P<id>[A-Z0-9]{2})(?:[ ][A-Z][A-Z&/.]*(?:[ ][A-Z][A-Z&/.]*){0,3})?[ ]?=[ ]?"
    rf"(?P<value>(?:(?!{_SEPARATOR})[^\s=]|[ ](?![ =])(?=\S))+)"
)
# A raw claim: the field separator, the ID, the value ("\x1cCAMADISON").
_RAW = re.compile(rf"(?:\x1c|<FS>)(?P<id>{'|'.join(FIELDS)})(?P<value>(?:(?!{_SEPARATOR})[^\n\r])+)")
_HAS_DIGIT = re.compile(r"\d")
# Some field every readable claim's patient or prescription segment writes.
_CHEAP = ("-CA", "-CB", "-C2", "-C4", "-D2", "-DB", "-F3")


def has_fields(text: str) -> bool:
    """Whether ``text`` may hold an NCPDP claim's fields (a cheap test first)."""
    return "\x1c" in text or "<FS>" in text or any(key in text for key in _CHEAP)


def ncpdp_findings(text: str) -> Iterator[PhiFinding]:
    """The identifiers in the NCPDP claim fields of ``text``, by field ID."""
    readable = False
    for match in _READABLE.finditer(text):
        field = match.group("id")
        if _NUMBERS.get(field) != match.group("number"):
            continue
        readable = True
        yield from _value(field, match.start("value"), match.group("value"))
    if readable or "\x1c" not in text:
        return
    for match in _RAW.finditer(text):
        yield from _value(match.group("id"), match.start("value"), match.group("value"))


def _value(field: str, start: int, value: str) -> Iterator[PhiFinding]:
    phi_type = FIELDS[field]
    value = value.rstrip(" ;,")
    if len(value) < 2:
        return
    if phi_type is T.NAME and _HAS_DIGIT.search(value):
        return  # a name holds no digit
    if phi_type not in (T.NAME, T.LOCATION, T.EMAIL) and not _HAS_DIGIT.search(value):
        return  # an identifier, a date or a phone holds digits
    yield PhiFinding(phi_type, start, start + len(value), value, 0.85, "field")
