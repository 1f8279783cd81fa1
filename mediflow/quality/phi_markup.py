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
- FHIR keys, in JSON or printed as paths (``address[0].city = Hope``): ``family``, ``given`` and a
  name's ``text`` (NAME), ``line``, ``city``, ``district`` and ``postalCode`` (LOCATION), a Coverage's
  ``subscriberId`` and its group class's ``value`` (HEALTH_PLAN_ID), a Device's ``serialNumber`` and UDI
  ``carrierHRF`` (DEVICE_ID), a beneficiary's, patient's or subscriber's ``display`` (NAME); quoted values,
  one or a list, or a bare value; an ``identifier``'s ``value`` typed by its ``system`` (the US Core SSN,
  NPI, MBI, driver's licence URIs and OIDs; another system: MRN); a ``telecom``'s ``value`` by its system
  (phone, fax).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mediflow.quality.phi_types import PhiFinding, PhiType, field_finding

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
_ELEMENT = re.compile(
    rf"<(?P<tag>{'|'.join(_ELEMENTS)})(?:[ \t][^>\n]{0, 200})?>(?P<v>[^<\n]{{1,80}})</(?P=tag)>"
)
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
# A FHIR element, in JSON ('"city": "Hope"') or printed as a path ("address[0].city = Hope",
# "class[0].value = 642384"): its path, its key, then one quoted value, a list of them, or a bare value up
# to a run of blanks or the line's end.
_FHIR_ELEMENT = re.compile(
    r"(?m)(?<![\w\]])\"?(?P<path>(?:[A-Za-z]+(?:\[\d+\])?\.){0,4})"
    r"(?P<key>family|given|line|city|district|postalCode|subscriberId|serialNumber|carrierHRF|text|display|value)"
    r"(?:\[\d+\])?\"?[ \t]*[:=][ \t]*"
    r"(?P<values>\[[^\]\n]{0,200}\]|\"[^\"\n]{1,80}\"|[^\s\"\[,{][^\n]{0,79}?(?=[ \t]{2,}|[ \t]*$))"
)
_FHIR_KEYS = {
    "family": T.NAME,
    "given": T.NAME,
    "line": T.LOCATION,
    "city": T.LOCATION,
    "district": T.LOCATION,
    "postalCode": T.LOCATION,
    "subscriberId": T.HEALTH_PLAN_ID,  # Coverage.subscriberId
    "serialNumber": T.DEVICE_ID,  # Device.serialNumber
    "carrierHRF": T.DEVICE_ID,  # Device.udiCarrier.carrierHRF
}
# Keys that name a person's identifier only on some paths: a name's text, a reference's display for a
# person (the beneficiary, the patient, the subscriber), a Coverage class's value when its type is a group.
_PERSON_PATHS = ("beneficiary.", "patient.", "subject.", "subscriber.", "policyHolder.")
_QUOTED = re.compile(r"\"([^\"\n]{1,80})\"")
# system then value (a FHIR identifier or telecom), JSON or printed ("identifier[0].system = ...  identifier[0].value = ...")
_SYSTEM_VALUE = re.compile(
    r"\"?system\"?[ \t]*[:=][ \t]*\"?(?P<system>[^\"\s]{1,120})\"?[ \t]*(?:,[ \t]*)?"
    r"(?:[A-Za-z]+(?:\[\d+\])?\.)?\"?value\"?[ \t]*[:=][ \t]*\"?(?P<v>[^\"\n]{3,60}?)\"?(?=[ \t]{2,}|[ \t]*[\n,;\]]|[ \t]*$|\")"
)
_GROUP_CLASS = re.compile(r"class(?:\[\d+\])?\.type[ \t]*[:=][ \t]*\"?group\b")
_TELECOM_SYSTEMS = {"phone": T.PHONE, "fax": T.FAX, "sms": T.PHONE, "pager": T.PHONE}
_HAS_DIGIT = re.compile(r"\d")


def has_markup(text: str) -> bool:
    """Whether ``text`` may hold CDA elements or FHIR keys read here (a cheap test first)."""
    return (
        "</" in text
        or "system" in text
        or "family" in text
        or "city" in text
        or "<id " in text
        or "]." in text
    )


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
    for match in _FHIR_ELEMENT.finditer(text):
        key, path = match.group("key"), match.group("path")
        fhir_type = _FHIR_KEYS.get(key)
        if (key == "text" and path.rstrip(".").split("[")[0].endswith("name")) or (
            key == "display" and path.startswith(_PERSON_PATHS)
        ):
            fhir_type = T.NAME
        elif (
            key == "value"
            and path.startswith("class")
            and _GROUP_CLASS.search(text, max(0, match.start() - 80), match.start())
        ):
            fhir_type = T.HEALTH_PLAN_ID
        if fhir_type is None:
            continue
        values, start = match.group("values"), match.start("values")
        if values[0] in '["':
            for quoted in _QUOTED.finditer(values):
                yield from _value(fhir_type, start + quoted.start(1), quoted.group(1))
        elif fhir_type is not T.NAME or not any(c in values for c in "=:/"):
            yield from _value(fhir_type, start, values)
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
    """A value's finding; a name holds no digit."""
    finding = field_finding(phi_type, start, value)
    if finding is not None and not (phi_type is T.NAME and _HAS_DIGIT.search(finding.text)):
        yield finding


# --- any XML export's leaf elements, read as labelled fields ---------------------------------------------
# A registry's, a vendor's or a form's own XML ("<RegistryId>IIS2111</RegistryId>", "<Zip>38577</Zip>",
# "<Guardian>Ana Ruiz</Guardian>"): the element's name says what its value is, as a label would, so the
# rules read "Registry Id: IIS2111" (``phi_rules``). A leaf element only: a value on one line, no markup in it.
LEAF_ELEMENT = re.compile(
    r"<(?:[A-Za-z][\w.\-]*:)?(?P<tag>[A-Za-z][\w.\-]{0,40})(?:[ \t][^<>\n]{0,200})?>(?P<v>[^<>\n]{2,120})"
    r"</(?:[A-Za-z][\w.\-]*:)?(?P=tag)>"
)
_WORD_BREAK = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[_.\-]")


# Names that say nothing of what the value is: an organisation's <name> as well as a person's, HTML's cells
# and CDA's narrative. Their values are left to the rules' pass over the whole text.
_GENERIC_TAGS = frozenset(
    re.findall(
        r"\w+",
        "name text title display value code description comment note content item entry label caption "
        "p td th li span div b i u em strong a font br",
    )
)


def has_elements(text: str) -> bool:
    return "</" in text


# A "...Name" element names a person only after a person's word ("PatientName", "GuardianName",
# "LastName"); "DrugName", "PanelName", "LabName" name things.
_PERSON_WORDS = frozenset(
    re.findall(
        r"\w+",
        "patient pt first last middle given family sur surname maiden full legal preferred nick guardian parent "
        "mother father spouse contact emergency kin guarantor subscriber insured member caregiver provider "
        "physician doctor prescriber nurse user author signer witness referring attending ordering person",
    )
)


def read_as_label(tag: str) -> bool:
    """Whether an element's name reads as a label: not a generic one (``_GENERIC_TAGS``), and a "...Name"
    only after a person's word."""
    if tag.lower() in _GENERIC_TAGS:
        return False
    words = tag_words(tag).lower().split()
    return words[-1] != "name" or any(w in _PERSON_WORDS for w in words[:-1])


def tag_words(tag: str) -> str:
    """An element's name as the words of a label: "RegistryId" -> "Registry Id", "pt_dob" -> "pt dob"."""
    return _WORD_BREAK.sub(" ", tag)
