"""Identifiers in HL7 v2 messages, read from their field: in ``PID|1||E0781781^^^HOSP^MR`` the
segment and the field's position say that ``E0781781`` is a chart number, though no label names it.

Only the fields of the v2.x standard that hold identifiers of a person or of their orders are read
(ORC/OBR placer and filler order numbers, a lab's accession, are OTHER_ID; a message's own control IDs,
codes and dates are left to the other rules). A person's name field ("KING^HAMID^H" in
PID-5, a clinician's "1234567890^OKAFOR^CHIDI" in PV1-7 or RXA-10) is one NAME from the family name to the
last name component, carets included: no other rule reads a name written with carets.

The delimiters are the message's own: MSH-1 is the field separator and MSH-2 the component, repetition,
escape and subcomponent characters, so ``MSH^~|\\&^`` (fields split by carets, components by tildes) is
read as well as the usual ``MSH|^~\\&|``; without an MSH segment, the standard ones.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from mediflow.quality import phi_lexicon as lex
from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType

# (segment, field number) -> the first and last component of a person's name (XPN: family name first; XCN:
# an ID, then the family name).
NAME_FIELDS: dict[tuple[str, int], tuple[int, int]] = {
    ("PID", 5): (1, 3),  # patient name
    ("PID", 6): (1, 3),  # mother's maiden name
    ("NK1", 2): (1, 3),  # next of kin
    ("GT1", 3): (1, 3),  # guarantor
    ("IN1", 16): (1, 3),  # insured
    ("PV1", 7): (2, 4),  # attending doctor
    ("PV1", 8): (2, 4),  # referring doctor
    ("PV1", 9): (2, 4),  # consulting doctor
    ("PV1", 17): (2, 4),  # admitting doctor
    ("ORC", 12): (2, 4),  # ordering provider
    ("OBR", 16): (2, 4),  # ordering provider
    ("RXA", 10): (2, 4),  # administering provider
    ("AIP", 3): (2, 4),  # an appointment's personnel (a surgeon, an anaesthetist)
    ("MRG", 7): (1, 3),  # the prior patient name of a merged record
    ("NK1", 30): (1, 3),  # a next of kin's contact person
}
# XCN fields whose first component is a clinician's or a staff member's identifier: an NPI (ten digits, a 1
# or a 2 first) is a LICENSE, any other (a user's or an employee's number, "EMP-26789", "U51980") OTHER_ID.
# Written without an identifier ("|KAYA^SAKURA^C|"), the name starts at the first component.
STAFF_FIELDS: frozenset[tuple[str, int]] = frozenset(
    {
        ("EVN", 5),  # the operator who sent the event
        ("PD1", 4),  # the patient's primary care provider
        ("ORC", 10),  # entered by
        ("ORC", 11),  # verified by
        ("ORC", 19),  # action by
        ("OBX", 16),  # responsible observer
        ("TXA", 5),  # a document's primary activity provider
        ("TXA", 9),  # its originator
        ("TXA", 10),  # its assigned authenticator
        ("TXA", 22),  # its authentication person
        ("AIG", 3),  # an appointment's resource (a clinician)
        ("SCH", 12),  # placer contact person
        ("SCH", 16),  # filler contact person
        ("SCH", 20),  # entered by
        ("FT1", 20),  # a charge's performer
        ("FT1", 21),  # a charge's orderer
        ("DG1", 16),  # diagnosing clinician
        ("PR1", 12),  # procedure practitioner
        ("PV1", 52),  # other healthcare provider
        ("ROL", 4),  # a role's person
        ("OBR", 28),  # result copies to
        ("NTE", 5),  # a note's author
    }
)
_NPI = re.compile(r"[12]\d{9}")
# A telephone number as an XTN's first component holds it: digits and a phone's punctuation, an extension
_PHONE_VALUE = re.compile(r"[+(]?\d[\d ().\-]{5,}\d(?:[ ]?(?i:x|ext\.?)[ ]?\d{1,6})?")
# A staff member's identifier: letters and digits, dashes inside, a digit among them ("EMP-26789", "U51980")
_STAFF_ID = re.compile(r"(?=[A-Za-z\-]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){2,19}")
# A name component: letters (any script), spaces, apostrophes, hyphens, dots; no digit.
_NAME_PART = re.compile(r"[^\W\d_][^\d_^|~&]*")
# A telephone field (XTN, read by ``_phones``): the number as written (1), or a v2.5 number's area code (6) and local
# number (7), in each repetition.
_PHONE = ((1, T.PHONE), (6, T.PHONE), (7, T.PHONE))
# An address (XAD): street, other designation (a unit), city, ZIP and county; not the state (4) nor the country (6).
_ADDRESS = ((1, T.LOCATION), (2, T.LOCATION), (3, T.LOCATION), (5, T.LOCATION), (9, T.LOCATION))
# (segment, field number) -> (component number, category) for each component read.
FIELDS: dict[tuple[str, int], tuple[tuple[int, PhiType], ...]] = {
    ("PID", 2): ((1, T.MRN),),  # patient ID (external)
    ("PID", 3): ((1, T.MRN),),  # patient identifier list
    ("PID", 4): ((1, T.MRN),),  # alternate patient ID
    ("PID", 11): _ADDRESS,  # address
    ("NK1", 4): _ADDRESS,  # next of kin's address
    ("GT1", 5): _ADDRESS,  # guarantor's address
    ("IN1", 19): _ADDRESS,  # insured's address
    ("PID", 13): _PHONE,  # home phone
    ("PID", 14): _PHONE,  # business phone
    ("NK1", 5): _PHONE,  # next of kin's phone
    ("NK1", 6): _PHONE,  # next of kin's business phone
    ("GT1", 6): _PHONE,  # guarantor's home phone
    ("GT1", 7): _PHONE,  # guarantor's business phone
    ("PID", 18): ((1, T.ACCOUNT),),  # patient account number
    ("PID", 19): ((1, T.SSN),),  # SSN
    ("PID", 20): ((1, T.LICENSE),),  # driver's licence
    ("PV1", 7): ((1, T.LICENSE),),  # attending doctor's ID (an NPI)
    ("PV1", 8): ((1, T.LICENSE),),  # referring doctor
    ("PV1", 9): ((1, T.LICENSE),),  # consulting doctor
    ("PV1", 17): ((1, T.LICENSE),),  # admitting doctor
    ("PV1", 19): ((1, T.ACCOUNT),),  # visit number
    ("ORC", 2): ((1, T.OTHER_ID),),  # placer order number
    ("ORC", 3): ((1, T.OTHER_ID),),  # filler order number (a lab's accession)
    ("ORC", 12): ((1, T.LICENSE),),  # ordering provider
    ("OBR", 2): ((1, T.OTHER_ID),),  # placer order number
    ("OBR", 3): ((1, T.OTHER_ID),),  # filler order number
    ("OBR", 16): ((1, T.LICENSE),),  # ordering provider
    ("RXA", 10): ((1, T.LICENSE),),  # administering provider (a vaccine's)
    ("IN1", 2): ((1, T.HEALTH_PLAN_ID),),  # insurance plan ID
    ("IN1", 8): ((1, T.HEALTH_PLAN_ID),),  # group number
    ("IN1", 36): ((1, T.HEALTH_PLAN_ID),),  # policy number
    ("IN1", 49): ((1, T.HEALTH_PLAN_ID),),  # insured's ID number
    ("GT1", 12): ((1, T.SSN),),  # guarantor SSN
    ("AIP", 3): ((1, T.LICENSE),),  # an appointment's personnel's ID (an NPI)
    ("SCH", 1): ((1, T.OTHER_ID),),  # placer appointment ID
    ("SCH", 2): ((1, T.OTHER_ID),),  # filler appointment ID
    ("FT1", 23): ((1, T.OTHER_ID),),  # a charge's filler order number
    ("SPM", 2): ((1, T.OTHER_ID),),  # specimen ID
    ("OBX", 18): ((1, T.DEVICE_ID),),  # the instance identifier of the equipment that measured
    ("MRG", 1): ((1, T.MRN),),  # the prior patient identifier of a merged record
    ("MRG", 2): ((1, T.MRN),),  # its prior alternate patient ID
    ("MRG", 3): ((1, T.ACCOUNT),),  # its prior account number
    ("MRG", 5): ((1, T.ACCOUNT),),  # its prior visit number
}
# Fields that also hold a payer's short plan code ("PLAN01") or a short running order number ("12"): an
# identifier there has three digits or more (order numbers: five).
_MIN_DIGITS = {
    ("IN1", 2): 3,
    ("IN1", 8): 3,
    ("ORC", 2): 5,
    ("ORC", 3): 5,
    ("OBR", 2): 5,
    ("OBR", 3): 5,
    ("SCH", 1): 5,
    ("SCH", 2): 5,
    ("FT1", 23): 5,
    ("SPM", 2): 5,
    ("OBX", 18): 4,
}
_SEGMENT_NAMES = tuple(sorted({name for name, _ in (*FIELDS, *NAME_FIELDS, *STAFF_FIELDS)}))
# Where a segment begins: at a line's start, pasted into a log line after a blank or a colon
# ("payload excerpt: PID|1||..."), or after a carriage return a log wrote out ("...|2.4<cr>EVN|A28|...",
# a bare "\r").
_SEGMENT_START = r"(?m)(?:^|(?<=[ \t:\r])|(?<=<cr>)|(?<=<CR>))"
# A segment's text: up to the line's end or a carriage return, written or bare.
_SEGMENT_BODY = r"(?:[^\n\r<]|<(?!cr>|CR>))*"
# MSH, its field separator (MSH-1) and its encoding characters (MSH-2: component, repetition, escape,
# subcomponent), at a line's start.
_MSH = re.compile(r"(?m)^MSH([^\w\s])([^\w\s]{4})")
# A value worth a finding: an identifier holds a digit; a place's name may not.
_HAS_DIGIT = re.compile(r"\d")


class Delimiters(NamedTuple):
    field: str = "|"
    component: str = "^"
    repetition: str = "~"
    subcomponent: str = "&"


STANDARD = Delimiters()


def delimiters(text: str) -> Delimiters:
    """The delimiters the text's first MSH segment declares; the standard ones without one."""
    if "MSH" not in text or (msh := _MSH.search(text)) is None:
        return STANDARD
    field, encoding = msh.group(1), msh.group(2)
    component, repetition, subcomponent = encoding[0], encoding[1], encoding[3]  # [2] is the escape
    if len({field, component, repetition, subcomponent}) < 4:
        return STANDARD  # not an MSH header (a separator repeated): read nothing new into it
    return Delimiters(field, component, repetition, subcomponent)


def has_segments(text: str) -> bool:
    """Whether ``text`` may hold an HL7 v2 segment this module reads (a cheap test first)."""
    field = delimiters(text).field
    return any(name + field in text for name in _SEGMENT_NAMES)


@lru_cache(maxsize=16)
def _segment_pattern(field: str) -> re.Pattern[str]:
    names = "|".join(_SEGMENT_NAMES)
    return re.compile(rf"{_SEGMENT_START}({names}){re.escape(field)}{_SEGMENT_BODY}")


def hl7_findings(text: str) -> Iterator[PhiFinding]:
    """The identifiers in the HL7 v2 segments of ``text``, by field position."""
    sep = delimiters(text)
    for segment in _segment_pattern(sep.field).finditer(text):
        name = segment.group(1)
        offset = segment.start()
        for number, field in enumerate(segment.group().split(sep.field)):
            if (name, number) == ("PID", 3):
                yield from _identifier_list(field, offset, sep)
                offset += len(field) + 1
                continue
            wanted = FIELDS.get((name, number))
            if wanted is _PHONE:
                yield from _phones(field, offset, sep)
            elif wanted:
                yield from _components(field, offset, wanted, sep, _MIN_DIGITS.get((name, number), 1))
            person = NAME_FIELDS.get((name, number))
            if person:
                yield from _person(field.split(sep.repetition)[0], offset, sep, *person)
            elif (name, number) in STAFF_FIELDS:
                yield from _staff(field.split(sep.repetition)[0], offset, sep)
            offset += len(field) + 1


def _components(
    field: str,
    offset: int,
    wanted: tuple[tuple[int, PhiType], ...],
    sep: Delimiters = STANDARD,
    min_digits: int = 1,
) -> Iterator[PhiFinding]:
    parts = field.split(sep.component)
    starts = [0]
    for part in parts[:-1]:
        starts.append(starts[-1] + len(part) + 1)
    for component, phi_type in wanted:
        if component > len(parts):
            continue
        value = parts[component - 1].split(sep.subcomponent)[0].split(sep.repetition)[0].strip()
        if len(value) < 3 or (phi_type is not T.LOCATION and not _HAS_DIGIT.search(value)):
            continue
        if phi_type is not T.LOCATION and len(_HAS_DIGIT.findall(value)) < min_digits:
            continue
        if phi_type is T.PHONE and not _PHONE_VALUE.fullmatch(value):
            continue  # an e-mail address or a code in the XTN's first component ("ana1970@mail.com^NET^Internet")
        start = offset + starts[component - 1] + parts[component - 1].index(value)
        yield PhiFinding(phi_type, start, start + len(value), value, 0.85, "field")


def _phones(field: str, offset: int, sep: Delimiters) -> Iterator[PhiFinding]:
    """Each repetition of a telephone field ("555-0139^PRN^PH~^PRN^CP^^1^612^5550177"): its number as written, else
    its area code and local number; an e-mail address there is left to the e-mail rule."""
    start = 0
    for repetition in field.split(sep.repetition):
        parts = repetition.split(sep.component)
        # (an area code alone is no phone's shape: ``_components`` reads the local number only)
        yield from _components(
            repetition, offset + start, _PHONE[:1] if parts[0].strip() else _PHONE[1:], sep
        )
        start += len(repetition) + 1


def _person(field: str, offset: int, sep: Delimiters, first: int, last: int) -> Iterator[PhiFinding]:
    """A name field's family name to its last given name, as one finding ("KING^HAMID^H")."""
    parts = field.split(sep.component)
    if len(parts) < first or not _NAME_PART.fullmatch(parts[first - 1].strip()):
        return
    starts = [0]
    for part in parts[:-1]:
        starts.append(starts[-1] + len(part) + 1)
    end_part = first
    for index in range(first, min(last, len(parts)) + 1):
        if parts[index - 1].strip():
            if not _NAME_PART.fullmatch(parts[index - 1].strip()):
                break
            end_part = index
    family = parts[first - 1]
    start = offset + starts[first - 1] + (len(family) - len(family.lstrip()))
    end = offset + starts[end_part - 1] + len(parts[end_part - 1].rstrip())
    if end - start >= 2:
        yield PhiFinding(PhiType.NAME, start, end, field[start - offset : end - offset], 0.85, "field")


def _staff(field: str, offset: int, sep: Delimiters) -> Iterator[PhiFinding]:
    """A clinician's or a staff member's XCN: the identifier typed by its shape, then the name; with no
    identifier ("KAYA^SAKURA^C"), the name from the first component. Only where the components read as a
    person's name: not a code and its text ("Z00.00^Encounter for general adult medical exam^I10") nor a
    phone ("^WPN^PH"), which a sender may write where the standard puts a person."""
    parts = [part.strip() for part in field.split(sep.component)]
    ident = parts[0].split(sep.subcomponent)[0].strip()
    if (
        len(parts) >= 3
        and _STAFF_ID.fullmatch(ident)
        and parts[1]
        and parts[2]
        and _known_name(parts[1], parts[2])
    ):
        phi_type = T.LICENSE if _NPI.fullmatch(ident) else T.OTHER_ID
        yield from _components(field, offset, ((1, phi_type),), sep)
        yield from _person(field, offset, sep, 2, 4)
    elif len(parts) >= 2 and parts[1] and _NAME_PART.fullmatch(ident) and _known_name(ident, parts[1]):
        yield from _person(field, offset, sep, 1, 3)


# PID-3's identifier type code (CX.5) says what each repetition is: "499.31.1560^^^SSA^SS" is an SSN.
_ID_TYPES = {
    "SS": PhiType.SSN,
    "DL": PhiType.LICENSE,
    "PN": PhiType.OTHER_ID,
    "PPN": PhiType.OTHER_ID,
    "SR": PhiType.OTHER_ID,  # a state registry's ID (an immunization registry's)
    "MA": PhiType.HEALTH_PLAN_ID,  # a Medicaid number
    "MC": PhiType.HEALTH_PLAN_ID,  # a Medicare number
    "MB": PhiType.HEALTH_PLAN_ID,  # a member number
    "SN": PhiType.HEALTH_PLAN_ID,  # a subscriber number
    "AN": PhiType.ACCOUNT,  # an account number
    "VN": PhiType.ACCOUNT,  # a visit number
    "EI": PhiType.OTHER_ID,  # an employee number
    "NPI": PhiType.LICENSE,
}
# Without a type code, an immunization registry as the assigning authority (CX.4: "IIS", "WIR", "SIIS"):
# the registry's own number for the person, not a chart number.
_REGISTRY_AUTHORITY = re.compile(r"(?i:\b(?:S?IIS|WIR|IMMUN\w*|REGISTRY)\b)")
# An immigration authority assigning the number: an A-Number, whatever its type code says.
_IMMIGRATION_AUTHORITY = re.compile(r"(?i:\b(?:USCIS|DHS|INS|ICE|CBP)\b)")


def _identifier_list(field: str, offset: int, sep: Delimiters) -> Iterator[PhiFinding]:
    """Each repetition of PID-3 ("E0531288^^^CLINIC^MR~118196842^^^SSA^SS"), typed by its code (MRN else)."""
    start = 0
    for repetition in field.split(sep.repetition):
        parts = repetition.split(sep.component)
        phi_type = _ID_TYPES.get(parts[4].strip().upper(), PhiType.MRN) if len(parts) > 4 else PhiType.MRN
        if len(parts) == 4:  # the type code where the assigning authority goes ("606-75-1622^^^SS")
            phi_type = _ID_TYPES.get(parts[3].strip().upper(), phi_type)
        if (
            (len(parts) < 5 or not parts[4].strip())
            and len(parts) > 3
            and _REGISTRY_AUTHORITY.search(parts[3])
        ) or (len(parts) > 3 and _IMMIGRATION_AUTHORITY.search(parts[3])):
            phi_type = PhiType.OTHER_ID  # a registry's number; an A-Number ("A205379090^^^USCIS^AN")
        yield from _components(repetition, offset + start, ((1, phi_type),), sep)
        start += len(repetition) + 1


# --- a name written as HL7 writes it, outside a segment ----------------------------------------------
# An interface engine's audit or error log, a check-in kiosk's record, a ZPL wristband's field data (after
# "^FD") or a release-of-information log copy a patient's name as HL7's XPN: "NAKAMURA-LEE^ÇAĞLA^K",
# "Rose^Haruka". A family name, a given name and an optional middle name or initial, each of letters
# (with inner blanks, hyphens, apostrophes); not a later component of a longer field (no caret, tilde
# or ampersand before it) and with no letter or digit right after.
# A letter, with the combining marks of a decomposed accent ("MU\u0308LLER").
_LETTER = r"(?:[^\W\d_]|[\u0300-\u036f])"
_LETTERS = rf"{_LETTER}+(?:[\-'’]{_LETTER}+)*"
_CARET_NAME = re.compile(
    # a family name of several words only where a field begins ("|MAC GIOLLA PHÁDRAIG^THẢO|"); in running
    # text ("rule for FONTAINE^MEI-LING^D") one word, so that the words before it stay out
    rf"(?:(?:(?<=[|=,;\"(\[\t])|(?<=\^FD))({_LETTERS}(?:[ ]{_LETTERS}){{0,3}})|(?<![^\W_]|[\^~&\\'’\-\u0300-\u036f])({_LETTERS}))"
    # a given name of two words only where the field ends after it
    rf"\^({_LETTERS}(?:[ ]{_LETTERS}(?=\^|[|,;\"\t\n)\]]|$))?)(?:\^({_LETTER}+\.?))?"
    r"(?![\w'’\-\u0300-\u036f])",
    re.MULTILINE,
)
# Lines (or a segment pasted into a log line) that an HL7 segment fills: their carets separate codes and
# their names sit in fields that ``hl7_findings`` reads by position ("F^Female^HL70001" is no name). A
# Z-segment only with a pipe after its name: "ZHU^WEI^L" is a name.
_SEGMENT_IDS = (
    "MSH|EVN|PID|PD1|PV1|PV2|NK1|GT1|IN1|IN2|IN3|ORC|OBR|OBX|NTE|SPM|TQ1|AL1|DG1|PR1|RXA|RXR|RXE|RXO|RXD|"
    "RXG|MRG|SCH|AIS|AIG|AIL|AIP|TXA|FT1|ACC|UB1|UB2|ROL|CTD|MSA|ERR|QRD|QPD|RCP|BHS|BTS|FHS|FTS"
)
_ANY_SEGMENT = re.compile(rf"{_SEGMENT_START}(?:(?:{_SEGMENT_IDS})[|^]|Z[A-Z0-9]{{2}}\|){_SEGMENT_BODY}")
_US_STATES = frozenset(lex.US_STATE_CODES)
_NAME_PIECES = re.compile(r"[ '’\-]")


def has_carets(text: str) -> bool:
    return "^" in text


def _known_name(family: str, given: str, strict: bool = False) -> bool:
    """Whether "FAMILY^GIVEN" reads as a person's name, not a code and its text ("CHR^Christian",
    "VIEW^Patient Chart", "DALLAS^TX"): every piece capitalised, none a clinical word, neither a state's
    code; the given name a census given name or name-shaped (no English word), and a piece of the family
    name a census name or name-shaped of four letters or more (a code's two or three letters are not)."""
    family_pieces = [p for p in _NAME_PIECES.split(family) if p]
    given_pieces = [p for p in _NAME_PIECES.split(given) if p]
    pieces = family_pieces + given_pieces
    if not all(p[0].isupper() for p in pieces) or any(lex.medical_word(p) for p in pieces):
        return False
    if given.split()[0].upper() in _US_STATES or family.split()[-1].upper() in _US_STATES:
        return False
    names = lex.census_names()
    first = given_pieces[0]
    if not (
        first.lower() in lex.first_names()
        or (len(first) >= 3 and lex.name_shaped(first))
        # a given name that is also a word ("BOND^HOPE"): only after a census family name of four letters
        or (
            not strict
            and len(given_pieces) == 1
            and first.lower() in names
            and any(len(p) >= 4 and p.lower() in names for p in family_pieces)
        )
    ):
        return False
    return any(p.lower() in names or (len(p) >= 4 and lex.name_shaped(p)) for p in family_pieces)


_ZIP_NEXT = re.compile(r"\^\d{5}(?:-\d{4})?(?![\w\-])")


def caret_names(text: str) -> Iterator[PhiFinding]:
    """The names written "FAMILY^GIVEN^M" outside HL7 segments, one NAME each, carets included."""
    skip = [m.span() for m in _ANY_SEGMENT.finditer(text)]
    starts = [a for a, _ in skip]
    for match in _CARET_NAME.finditer(text):
        start = match.start()
        inside = bisect.bisect_right(starts, start) - 1  # the segment spans are ordered and disjoint
        if inside >= 0 and start < skip[inside][1]:
            continue
        family, given = match.group(1) or match.group(2), match.group(3)
        end = match.end()
        middle = match.group(4)
        if middle is not None and middle.upper() in _US_STATES and _ZIP_NEXT.match(text, match.end()):
            continue  # "...Juniper Ridge Way^Kinnick^MN^35273": an address's street end, town, state and ZIP
        if middle is not None and len(middle) == 2 and middle.isupper():
            end = match.start(4) - 1  # "^FS", a ZPL command after the name, or a two-letter code
        if not _known_name(family, given):
            # the given name's first word alone, never a word a census list merely holds ("VIEW^Patient Chart")
            if " " not in given or not _known_name(family, given.split()[0], strict=True):
                continue
            end = match.start(3) + len(given.split()[0])  # "Rose^Haruka went": the given name's first word
        yield PhiFinding(PhiType.NAME, start, end, text[start:end], 0.85, "field")
