"""Identifiers in a passport's or an ID card's machine-readable zone (ICAO 9303), read from their position:
in ``P<CANBEN<DAVID<<PRIYA<<<...`` over ``AJ656783<3CAN4509113M2512023<<<...`` no label says that BEN DAVID is
the holder's surname, AJ656783 the document's number, 450911 the birth date and 251202 the expiry.

Read, where a scanned or copied MRZ is pasted into a record (an international patient's registration, an
immigration exam):

- the first line of a passport (TD3: ``P``, a type letter or ``<``, the issuing state, then the names): the
  surname and the given names (NAME), each as written, ``<`` inside them for a space or a hyphen;
- the second line (TD3, and the same layout on a visa, MRV-A): the document's number (OTHER_ID), the birth
  date and the expiry date (DATE, YYMMDD).

A line is read only where it has the zone's shape from its start to its filler, so that prose never is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediflow.quality.phi_types import PhiFinding, PhiType, field_finding

T = PhiType

_NAMES = re.compile(
    r"(?m)^[ \t]*[PV][A-Z<][A-Z<]{3}(?P<names>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)<*[ \t]*$"
)
_DATA = re.compile(
    r"(?m)^[ \t]*(?P<number>[A-Z0-9<]{9})[0-9<](?P<state>[A-Z<]{3})(?P<birth>\d{6})[0-9<][MFX<](?P<expiry>\d{6})[0-9<]"
    r"[A-Z0-9<]{14,16}[ \t]*$"
)


def has_zone(text: str) -> bool:
    """Whether ``text`` may hold a machine-readable zone: its filler, twice (a cheap test first)."""
    return "<<" in text


def mrz_findings(text: str) -> Iterator[PhiFinding]:
    found: list[PhiFinding | None] = []
    for line in _NAMES.finditer(text):
        start = line.start("names")
        surname, _, given = line.group("names").partition("<<")
        found.append(field_finding(T.NAME, start, surname))
        found.append(field_finding(T.NAME, start + len(surname) + 2, given))
    for line in _DATA.finditer(text):
        number = line.group("number").rstrip("<")
        if any(c.isdigit() for c in number) and len(number) >= 5:
            found.append(field_finding(T.OTHER_ID, line.start("number"), number))
        found.extend(
            field_finding(T.DATE, line.start(group), line.group(group)) for group in ("birth", "expiry")
        )
    yield from sorted((f for f in found if f is not None), key=lambda f: f.start)
