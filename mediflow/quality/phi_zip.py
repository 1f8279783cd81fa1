"""The three-digit ZIP exception of Safe Harbor (45 CFR 164.514(b)(2)(i)(B)).

The first three digits of a ZIP code may stay when the area they cover (all ZIP codes sharing
them) holds more than 20,000 people; otherwise they become 000. HHS's de-identification guidance
lists the three-digit areas at or under 20,000 people by the 2000 census: ``RESTRICTED_ZIP3``.
Redaction writes ``021**`` (or ``000**``) where the ZIP was; surrogates keep the allowed prefix
with two made-up digits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# HHS, "Guidance Regarding Methods for De-identification of PHI" (2012), section 2.4, from the
# 2000 census: the 17 three-digit ZIP areas with 20,000 or fewer people.
RESTRICTED_ZIP3 = frozenset(
    [
        "036",
        "059",
        "063",
        "102",
        "203",
        "556",
        "692",
        "790",
        "821",
        "823",
        "830",
        "831",
        "878",
        "879",
        "884",
        "890",
        "893",
    ]
)

# A five-digit ZIP (or ZIP+4) at the end of a location finding: the whole finding ("02139"),
# or the tail of an address ("12 Elm St, Cambridge, MA 02139").
_TRAILING_ZIP = re.compile(r"(?<![\d\-])(?P<zip3>\d{3})\d{2}(?:-\d{4})?$")


@dataclass(frozen=True, slots=True)
class ZipTail:
    """Where a ZIP sits in a location text, and what Safe Harbor lets it become."""

    start: int  # offset of the ZIP inside the text
    zip3: str  # its first three digits as written
    restricted: bool  # the area holds 20,000 people or fewer: the prefix must become 000

    @property
    def kept(self) -> str:
        """The three digits that may stay: the prefix, or 000 for a restricted area."""
        return "000" if self.restricted else self.zip3

    @property
    def generalized(self) -> str:
        return f"{self.kept}**"


def zip_tail(text: str) -> ZipTail | None:
    """The ZIP at the end of ``text`` (a LOCATION finding), if there is one."""
    match = _TRAILING_ZIP.search(text.rstrip())
    if match is None:
        return None
    zip3 = match.group("zip3")
    return ZipTail(match.start(), zip3, zip3 in RESTRICTED_ZIP3)


def redact_location(text: str) -> str:
    """``[LOCATION]`` for a place, keeping the ZIP3 Safe Harbor allows: ``[LOCATION] 021**``, ``000**``."""
    tail = zip_tail(text)
    if tail is None:
        return "[LOCATION]"
    return tail.generalized if tail.start == 0 else f"[LOCATION] {tail.generalized}"
