"""Identifiers named by their element or key in HL7 CDA documents (C-CDA XML) and FHIR resources (JSON, or
the flattened printouts of them that logs and error queues hold), whatever the value looks like: in
``<city>Rugby</city>`` or ``city: "Hope"`` the key says the word is a town, though the word alone is a
surname or an English word.

Read:

- CDA elements: ``given`` and ``family`` (NAME); ``streetAddressLine``, ``city``, ``county`` and
  ``postalCode`` (LOCATION); and NCPDP SCRIPT's (e-prescribing): names, address, ``NPI``, ``DEANumber``
  and ``StateLicenseNumber``, ``CardholderID`` and ``GroupID``, ``SocialSecurity``, the EHR's record
  number, telephone and fax ``Number``s; a ``telecom``'s ``value`` (``tel:`` PHONE, ``fax:`` FAX); an ``id``'s
  ``extension``, typed by its ``root`` OID (SSN, NPI, a state's driver's licence, Medicare), else a
  record number (MRN) inside ``patientRole``;
- FHIR keys: ``family`` and ``given`` (NAME), ``line``, ``city``, ``district`` and ``postalCode``
  (LOCATION), quoted values, one or a list; an ``identifier``'s ``value`` typed by its ``system`` (the US
  Core SSN, NPI, MBI, driver's licence URIs and OIDs; another system: MRN); a ``telecom``'s ``value`` by
  its system (phone, fax).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType

_ELEMENTS = {
    # CDA
    "given": T.NAME,
    "family": T.NAME,
    "streetAddressLine": T.LOCATION,
    "city": T.LOCATION,
    "county": T.LOCATION,
    "postalCode": T.LOCATION,
    # NCPDP SCRIPT (e-prescribing)
    "LastName": T.NAME,
    "FirstName": T.NAME,
    "MiddleName": T.NAME,
    "AddressLine1": T.LOCATION,
    "AddressLine2": T.LOCATION,
    "City": T.LOCATION,
    "PostalCode": T.LOCATION,
    "NPI": T.LICENSE,
    "DEANumber": T.LICENSE,
    "StateLicenseNumber": T.LICENSE,
    "CardholderID": T.HEALTH_PLAN_ID,
    "GroupID": T.HEALTH_PLAN_ID,
    "SocialSecurity": T.SSN,
    "MedicalRecordIdentificationNumberEHR": T.MRN,
    "PatientAccountNumber": T.ACCOUNT,
}
_ELEMENT = re.compile(rf"<(?P<tag>{'|'.join(_ELEMENTS)})(?:[ \t][^>\n]*)?>(?P<v>[^<\n]{{1,80}})</(?P=tag)>")
# NCPDP's numbers: <PrimaryTelephone><Number>...</Number>, <Fax><Number>...</Number>
_NUMBER = re.compile(
    r"<(?P<kind>PrimaryTelephone|HomeTelephone|WorkTelephone|CellularTelephone|Beeper|OtherTelephone|Fax)>"
    r"[ \t]*<Number>(?P<v>[^<\n]{4,30})</Number>"
)
_TELECOM = re.compile(r"<telecom\b[^>\n]{0,200}?\bvalue=\"(?P<kind>tel|fax):(?P<v>[^\"\n]{4,40})\"")
_CDA_ID = re.compile(
    r"<id\b(?=[^>\n]{0,200}\broot=\"(?P<root>[0-9.]+)\")(?=[^>\n]{0,200}\bextension=\"(?P<v>[^\"\n]{3,40})\")[^>\n]{0,400}>"
)
# A person's identifier by its assigning system: the US Core URIs and the OIDs behind them.
_SYSTEMS: tuple[tuple[re.Pattern[str], PhiType], ...] = (
    (re.compile(r"(?:urn:oid:)?2\.16\.840\.1\.113883\.4\.1$|.*/us-ssn$"), T.SSN),
    (re.compile(r"(?:urn:oid:)?2\.16\.840\.1\.113883\.4\.6$|.*/us-npi$"), T.LICENSE),
    (re.compile(r"(?:urn:oid:)?2\.16\.840\.1\.113883\.4\.3(?:\.\d+)?$|.*driver.*"), T.LICENSE),
    (
        re.compile(r"(?:urn:oid:)?2\.16\.840\.1\.113883\.4\.(?:572|927)$|.*/us-mbi$|.*medicare.*"),
        T.HEALTH_PLAN_ID,
    ),
)
_FHIR_NAME_OR_PLACE = re.compile(
    r"(?<!\w)\"?(?P<key>family|given|line|city|district|postalCode)\"?[ \t]*:[ \t]*(?P<values>\[[^\]\n]{0,200}\]|\"[^\"\n]{1,80}\")"
)
_FHIR_KEYS = {
    "family": T.NAME,
    "given": T.NAME,
    "line": T.LOCATION,
    "city": T.LOCATION,
    "district": T.LOCATION,
    "postalCode": T.LOCATION,
}
_QUOTED = re.compile(r"\"([^\"\n]{1,80})\"")
# system: "..." then value: "..." (a FHIR identifier or telecom, JSON or printed), on one line
_SYSTEM_VALUE = re.compile(
    r"\"?system\"?[ \t]*:[ \t]*\"(?P<system>[^\"\n]{1,120})\"[ \t]*,?[ \t]*\"?value\"?[ \t]*:[ \t]*\"(?P<v>[^\"\n]{3,60})\""
)
_TELECOM_SYSTEMS = {"phone": T.PHONE, "fax": T.FAX, "sms": T.PHONE, "pager": T.PHONE}
_HAS_DIGIT = re.compile(r"\d")


def has_markup(text: str) -> bool:
    """Whether ``text`` may hold CDA elements or FHIR keys read here (a cheap test first)."""
    return "</" in text or "system" in text or "family" in text or "city" in text or "<id " in text


def _system_type(system: str) -> PhiType | None:
    for pattern, phi_type in _SYSTEMS:
        if pattern.match(system):
            return phi_type
    return None


def markup_findings(text: str) -> Iterator[PhiFinding]:
    """The values of ``text``'s CDA elements and FHIR keys that name a person's identifiers."""
    for match in _ELEMENT.finditer(text):
        yield from _value(_ELEMENTS[match.group("tag")], match.start("v"), match.group("v"))
    for match in _NUMBER.finditer(text):
        yield from _value(
            T.FAX if match.group("kind") == "Fax" else T.PHONE, match.start("v"), match.group("v")
        )
    for match in _TELECOM.finditer(text):
        yield from _value(
            T.FAX if match.group("kind") == "fax" else T.PHONE, match.start("v"), match.group("v")
        )
    role_start, role_end = text.find("<patientRole"), text.find("</patientRole>")
    for match in _CDA_ID.finditer(text):
        phi_type = _system_type(match.group("root"))
        if (
            phi_type is None
            and role_start >= 0
            and role_start < match.start()
            and (role_end < 0 or match.start() < role_end)
        ):
            phi_type = T.MRN
        if phi_type is not None and _HAS_DIGIT.search(match.group("v")):
            yield from _value(phi_type, match.start("v"), match.group("v"))
    for match in _FHIR_NAME_OR_PLACE.finditer(text):
        phi_type = _FHIR_KEYS[match.group("key")]
        for quoted in _QUOTED.finditer(match.group("values")):
            yield from _value(phi_type, match.start("values") + quoted.start(1), quoted.group(1))
    for match in _SYSTEM_VALUE.finditer(text):
        system = match.group("system").strip()
        phi_type = _TELECOM_SYSTEMS.get(system.lower()) or _system_type(system)
        if phi_type is None and ("/" in system or system.startswith("urn:")):
            phi_type = T.MRN  # an identifier assigned by another system: a record's
        if phi_type is None or phi_type is T.NAME:
            continue
        if phi_type in (T.PHONE, T.FAX) or _HAS_DIGIT.search(match.group("v")):
            yield from _value(phi_type, match.start("v"), match.group("v"))


def _value(phi_type: PhiType, start: int, value: str) -> Iterator[PhiFinding]:
    stripped = value.strip()
    if len(stripped) < 2 or (phi_type is T.NAME and _HAS_DIGIT.search(stripped)):
        return
    begin = start + value.index(stripped)
    yield PhiFinding(phi_type, begin, begin + len(stripped), stripped, 0.85, "field")
