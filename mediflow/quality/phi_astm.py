"""Identifiers in ASTM E1394 / CLSI LIS2-A2 messages (a laboratory analyser's records), read from their
field: in ``P|1||MR995822||PAPADOPOULOS^NILS^L||19831206`` the record type and the field's position say that
MR995822 is the patient's ID and PAPADOPOULOS^NILS^L their name, though no label names them.

The delimiters are the message's own, from its header record (``H|\\^&``: field, repeat, component and
escape characters); a record may carry its frame number and ``<STX>`` before its type. Read:

- the patient record (``P``): the practice's, the laboratory's and the third patient ID (P.3-P.5: MRN),
  the patient's and the mother's maiden names (P.6, P.7: NAME), the birth date (P.8), the address
  (P.11: street, city and ZIP, not the state's or country's code) and telephone (P.13), and the attending physician (P.14: a name, or an ID
  then a name);
- the order record (``O``): the specimen ID and the instrument's specimen ID (O.3, O.4: OTHER_ID);
- the result record (``R``): the operator (R.11), when it is a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediflow.quality.phi_types import PhiFinding, PhiType, field_finding

T = PhiType

_HEADER = re.compile(
    r"(?:^|(?<=[\r\n]))(?:<STX>|\x02)?\d?H(?P<field>[^\w\s])(?P<repeat>[^\w\s])(?P<component>[^\w\s])(?P<escape>[^\w\s])"
)
# A record starts a line; records end at a carriage return (the standard's) or a line break.
_RECORD = "(?:^|(?<=[\\r\\n]))(?:<STX>|\\x02)?\\d?(?P<type>[POR]){field}[^\\r\\n]*"
_NAME_PART = re.compile(r"[^\W\d_][^\d_]*")
_STATE_OR_COUNTRY = re.compile(r"[A-Z]{2}|USA?|United States")
_DATE = re.compile(r"(?:19|20)\d{6}(?:\d{4,6})?")


def has_records(text: str) -> bool:
    """Whether ``text`` may hold ASTM records: a header record somewhere (a cheap test first)."""
    return "H|" in text or ("H" in text and _HEADER.search(text) is not None)


def astm_findings(text: str) -> Iterator[PhiFinding]:
    """The identifiers in the ASTM patient, order and result records of ``text``."""
    header = _HEADER.search(text)
    if header is None:
        return
    field, component, repeat = header.group("field"), header.group("component"), header.group("repeat")
    if len({field, component, repeat}) < 3:
        return
    for record in re.finditer(_RECORD.format(field=re.escape(field)), text):
        line = record.group()
        end = len(line)
        for marker in ("<CR>", "<ETX>", "\r"):
            if marker in line:
                end = min(end, line.index(marker))
        offset = record.start()
        fields: list[tuple[int, str]] = []
        pos = record.start("type")
        for value in line[pos - offset : end].split(field):
            fields.append((pos, value))
            pos += len(value) + 1
        yield from _record(record.group("type"), fields, component, repeat)


def _field(fields: list[tuple[int, str]], number: int) -> tuple[int, str]:
    """Field ``number`` (the record type is field 1), as (offset, text)."""
    return fields[number - 1] if number <= len(fields) else (0, "")


def _value(phi_type: PhiType, offset: int, value: str) -> PhiFinding | None:
    """A field's value; an identifier's holds a digit."""
    if phi_type not in (T.NAME, T.LOCATION) and not any(c.isdigit() for c in value):
        return None
    return field_finding(phi_type, offset, value)


def _components(offset: int, value: str, component: str) -> list[tuple[int, str]]:
    out = []
    for part in value.split(component):
        out.append((offset, part))
        offset += len(part) + 1
    return out


def _name(offset: int, value: str, component: str) -> PhiFinding | None:
    """A name written last^first^middle as one NAME, when its parts are words."""
    parts = [p for _, p in _components(offset, value, component) if p.strip()]
    if not parts or not all(_NAME_PART.fullmatch(p.strip()) for p in parts):
        return None
    return _value(T.NAME, offset, value.rstrip(component))


def _record(kind: str, fields: list[tuple[int, str]], component: str, repeat: str) -> Iterator[PhiFinding]:
    found: list[PhiFinding | None] = []
    if kind == "P":
        for number in (3, 4, 5):
            offset, value = _field(fields, number)
            first = value.split(repeat)[0].split(component)[0]
            found.append(_value(T.MRN, offset, first))
        for number in (6, 7):
            found.append(_name(*_field(fields, number), component))
        offset, value = _field(fields, 8)
        if _DATE.fullmatch(value.strip()):
            found.append(_value(T.DATE, offset, value))
        # street^city^state^ZIP^country, though senders put the parts where they like ("^^" for an empty
        # second line): every part but a state's or a country's code
        parts = _components(*_field(fields, 11), component)
        found += [_value(T.LOCATION, o, v) for o, v in parts if not _STATE_OR_COUNTRY.fullmatch(v.strip())]
        offset, value = _field(fields, 13)
        found.append(_value(T.PHONE, offset, value.split(repeat)[0]))
        offset, value = _field(fields, 14)
        parts = _components(offset, value, component)
        if parts and any(c.isdigit() for c in parts[0][1]):  # an ID, then the physician's name
            found.append(_value(T.LICENSE, *parts[0]))
            if len(parts) > 1:
                found.append(_name(parts[1][0], component.join(p for _, p in parts[1:]), component))
        else:
            found.append(_name(offset, value, component))
    elif kind == "O":
        for number in (3, 4):
            offset, value = _field(fields, number)
            found.append(_value(T.OTHER_ID, offset, value.split(component)[0]))
    elif kind == "R":
        found.append(_name(*_field(fields, 11), component))
    yield from (f for f in found if f is not None)
