"""Identifiers in DICOM header dumps, read from their attribute: in ``(0010,0020) PatientID LO "0601-6575-2"``
or ``PatientID .......... HSP-7590210`` the attribute says the value is a chart number, though its keyword
is written in camel case, which no label rule reads.

A line is one attribute: its tag (``(gggg,eeee)``, optional), its keyword, its value representation
(optional), then its value, quoted or after blanks, dots, ``:`` or ``=`` (up to the line's end, a closing
quote or a run of blanks). Only the attributes of PS3.6 that hold a person's identifiers are read: the
names of the patient and of the clinicians and operators (a ``Last^First`` value is one NAME), the
patient's IDs (MRN), the accession number (OTHER_ID), the patient's address, telephone numbers and age
(an age string such as ``093Y`` is an AGE when 90 or over), a device's serial number and the dates. An
attribute is found by its keyword or by its tag.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType

# keyword -> (tag, category)
ATTRIBUTES: dict[str, tuple[str, PhiType]] = {
    "PatientName": ("0010,0010", T.NAME),
    "OtherPatientNames": ("0010,1001", T.NAME),
    "PatientBirthName": ("0010,1005", T.NAME),
    "PatientMotherBirthName": ("0010,1060", T.NAME),
    "ReferringPhysicianName": ("0008,0090", T.NAME),
    "PhysiciansOfRecord": ("0008,1048", T.NAME),
    "PerformingPhysicianName": ("0008,1050", T.NAME),
    "NameOfPhysiciansReadingStudy": ("0008,1060", T.NAME),
    "OperatorsName": ("0008,1070", T.NAME),
    "RequestingPhysician": ("0032,1032", T.NAME),
    "ScheduledPerformingPhysicianName": ("0040,0006", T.NAME),
    "ResponsiblePerson": ("0010,2297", T.NAME),
    "PatientID": ("0010,0020", T.MRN),
    "OtherPatientIDs": ("0010,1000", T.MRN),
    "MedicalRecordLocator": ("0010,1090", T.MRN),
    "AccessionNumber": ("0008,0050", T.OTHER_ID),
    "PatientAddress": ("0010,1040", T.LOCATION),
    "PatientTelephoneNumbers": ("0010,2154", T.PHONE),
    "PatientAge": ("0010,1010", T.AGE),
    "DeviceSerialNumber": ("0018,1000", T.DEVICE_ID),
    "PatientBirthDate": ("0010,0030", T.DATE),
    "StudyDate": ("0008,0020", T.DATE),
    "SeriesDate": ("0008,0021", T.DATE),
    "AcquisitionDate": ("0008,0022", T.DATE),
    "ContentDate": ("0008,0023", T.DATE),
    "PerformedProcedureStepStartDate": ("0040,0244", T.DATE),
}
_BY_TAG = {tag: (keyword, phi_type) for keyword, (tag, phi_type) in ATTRIBUTES.items()}
# A line's head: its tag (optional), its keyword (a whole word), its value representation (optional).
_HEAD = re.compile(
    r"[ \t]*+(?:\((?P<tag>[0-9A-Fa-f]{4},[0-9A-Fa-f]{4})\)[ \t]*+)?(?P<keyword>[A-Z][A-Za-z]++)?"
    r"(?:[ \t]++(?P<vr>[A-Z]{2})(?![\w^]))?"
)
# What separates the head from the value: a dotted leader, ":" or "=" (blanks around), or two blanks or a
# tab; the value is quoted, or runs to a run of two blanks or the line's end. Possessive throughout, so
# a line of blanks is read once (three competing "[ \t]*" made it cubic in the run's length).
_SEPARATOR = re.compile(r"[ \t]*+[.:=][ \t.:=]*+|[ \t]{2,}+|\t")
_VALUE = re.compile(r"[ \t]*+(?:\"(?P<quoted>[^\"\n]*)\"|(?P<bare>[^ \t\n](?:[^ \t\n]|[ \t](?![ \t]|$))*+))")
_VRS = frozenset(
    [
        "AE",
        "AS",
        "AT",
        "CS",
        "DA",
        "DS",
        "DT",
        "FD",
        "FL",
        "IS",
        "LO",
        "LT",
        "OB",
        "OD",
        "OF",
        "OW",
        "PN",
        "SH",
        "SL",
        "SQ",
        "SS",
        "ST",
        "TM",
        "UI",
        "UL",
        "UN",
        "US",
        "UT",
    ]
)
_AGE = re.compile(r"(\d{3})[Yy]")
_CHEAP = ("PatientID", "PatientName", "(0010,", "AccessionNumber")


def has_attributes(text: str) -> bool:
    """Whether ``text`` may hold a DICOM header dump (a cheap test first)."""
    return any(marker in text for marker in _CHEAP)


def _attribute(keyword: str | None, tag: str | None) -> PhiType | None:
    if tag is not None and tag.upper() in _BY_TAG:
        return _BY_TAG[tag.upper()][1]
    if keyword is None:
        return None
    if keyword in ATTRIBUTES:
        return ATTRIBUTES[keyword][1]
    # a shortened keyword in camel case ("PatientTelephone" for PatientTelephoneNumbers), never a longer one
    # nor a plain word ("Requesting", "Performed": the start of a sentence)
    if sum(c.isupper() for c in keyword) < 2:
        return None
    matches = {
        phi_type
        for name, (_, phi_type) in ATTRIBUTES.items()
        if name.startswith(keyword) and len(keyword) >= 9
    }
    return matches.pop() if len(matches) == 1 else None


def dicom_findings(text: str) -> Iterator[PhiFinding]:
    """The identifiers in the DICOM attributes of ``text``, one per attribute line."""
    offset = 0
    for raw in text.split("\n"):
        line = raw[:-1] if raw.endswith("\r") else raw
        found = _line(line, offset)
        if found is not None:
            yield found
        offset += len(raw) + 1


def _line(line: str, offset: int) -> PhiFinding | None:
    head = _HEAD.match(line)
    if head is None or (head.group("keyword") is None and head.group("tag") is None):
        return None
    phi_type = _attribute(head.group("keyword"), head.group("tag"))
    if phi_type is None:
        return None
    pos = head.end()
    separator = _SEPARATOR.match(line, pos)
    if separator is not None:
        pos = separator.end()
    elif head.group("tag") is None and head.group("vr") is None:
        return None  # "PatientName Smith" in prose: no dump's layout
    value_match = _VALUE.match(line, pos)
    if value_match is None:
        return None
    group = "quoted" if value_match.group("quoted") is not None else "bare"
    value = value_match.group(group)
    start = value_match.start(group)
    stripped = value.strip()
    if not stripped or (group == "bare" and stripped in _VRS):
        return None
    start += value.index(stripped)
    value = stripped
    if len(value) > 2 and value[0] == "[" and value[-1] == "]":
        # dcmdump writes a value in square brackets: "(0010,1010) AS [094Y]"
        value = value[1:-1].strip()
        if not value:
            return None
        start += stripped.index(value)
    if phi_type is T.AGE:
        age = _AGE.fullmatch(value)
        if age is None or int(age.group(1)) < 90:
            return None
        value = age.group(1)
    elif (phi_type is not T.NAME and phi_type is not T.LOCATION and not any(c.isdigit() for c in value)) or (
        phi_type is T.NAME and any(c.isdigit() for c in value)
    ):
        return None
    return PhiFinding(phi_type, offset + start, offset + start + len(value), value, 0.85, "field")
