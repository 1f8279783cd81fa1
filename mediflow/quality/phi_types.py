"""Value types shared by the PHI scanner, its rules and the planted test set."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Literal


class PhiType(StrEnum):
    """The identifier kinds we screen for (HIPAA Safe Harbor categories that occur in notes)."""

    PERSON = "PERSON"
    DATE_OF_BIRTH = "DATE_OF_BIRTH"
    PHONE = "PHONE"
    FAX = "FAX"
    EMAIL = "EMAIL"
    ADDRESS = "ADDRESS"
    SSN = "SSN"
    MRN = "MRN"
    ACCOUNT = "ACCOUNT"
    URL = "URL"
    IP_ADDRESS = "IP_ADDRESS"
    DEVICE_ID = "DEVICE_ID"
    LICENSE = "LICENSE"
    HEALTH_PLAN_ID = "HEALTH_PLAN_ID"


Source = Literal["presidio", "rule"]


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
