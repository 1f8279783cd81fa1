"""Value types shared by the PHI scanner, its rules and the planted test sets."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class PhiType(StrEnum):
    """The HIPAA Safe Harbor identifier kinds (45 CFR 164.514(b)(2)(i)), one category each.

    Item (C) is split in two: DATE (every element of a date but the year) and AGE (ages over 89).
    The value is what a redaction writes: ``[NAME]``, ``[DATE]`` ...
    """

    NAME = "NAME"  # (A) names
    LOCATION = "LOCATION"  # (B) street address, city, county, precinct, ZIP
    DATE = "DATE"  # (C) birth, admission, discharge, death, procedure, visit dates
    AGE = "AGE"  # (C) ages over 89
    PHONE = "PHONE"  # (D)
    FAX = "FAX"  # (E)
    EMAIL = "EMAIL"  # (F)
    SSN = "SSN"  # (G)
    MRN = "MRN"  # (H) medical record numbers
    HEALTH_PLAN_ID = "HEALTH_PLAN_ID"  # (I) health plan beneficiary numbers
    ACCOUNT = "ACCOUNT"  # (J) account numbers
    LICENSE = "LICENSE"  # (K) certificate/licence numbers (DEA, NPI, driver's licence)
    VEHICLE_ID = "VEHICLE_ID"  # (L) vehicle identifiers, serials, plates
    DEVICE_ID = "DEVICE_ID"  # (M) device identifiers and serials
    URL = "URL"  # (N)
    IP_ADDRESS = "IP_ADDRESS"  # (O)
    BIOMETRIC = "BIOMETRIC"  # (P) finger and voice prints
    PHOTO = "PHOTO"  # (Q) full-face photographs (references to the image)
    OTHER_ID = "OTHER_ID"  # (R) any other unique identifying number, characteristic or code


# "field": read from a structured field's position (an HL7 v2, X12 or ASTM field, a table's column under
# its header): the position says what the value is, so the classifier never vetoes it.
Source = Literal["presidio", "rule", "dictionary", "model", "field"]


@dataclass(frozen=True, slots=True)
class PhiFinding:
    """One identifier found in a text: ``text == source_text[start:end]``."""

    type: PhiType
    start: int
    end: int
    text: str
    score: float
    source: Source

    def overlaps(self, other: PhiFinding) -> bool:
        return self.start < other.end and other.start < self.end

    def to_dict(self) -> dict[str, object]:
        return {
            "type": self.type.value,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": round(self.score, 3),
            "source": self.source,
        }


def field_finding(phi_type: PhiType, offset: int, value: str) -> PhiFinding | None:
    """What a structured field's reader (X12, ASTM, CDA/FHIR/NCPDP) reports for ``value``, read at
    ``offset`` of the text: the value without its blanks, two characters or more, source ``field``."""
    stripped = value.strip()
    if len(stripped) < 2:
        return None
    start = offset + value.index(stripped)
    return PhiFinding(phi_type, start, start + len(stripped), stripped, 0.85, "field")
