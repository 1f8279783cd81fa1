"""Context rules for the identifiers Presidio's offline pattern recognizers miss.

Without a NER model Presidio finds no names, and it knows nothing about MRNs, member IDs or
serial numbers. Most identifiers in clinical notes are announced by a label ("MRN:", "DOB",
"Fax", "Mr."), so each rule is a label followed by a value shape; only values with a shape that
is unmistakable on its own (formatted phone numbers, emails, street addresses, dashed SSNs, GS1
UDIs) are flagged without a label. Bare clinical numbers (doses, labs, vitals, codes, visit
dates) match none of these shapes, which is what keeps false positives low.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from mediflow.quality.phi_types import PhiFinding, PhiType

# --- building blocks -----------------------------------------------------------------------------

# A label is often followed by "#", "No.", "number" or "ID" and then ":", "=", "-" or "is".
_LABEL_TAIL = (
    r"(?:[ \t]*(?i:\#|nos?\b\.?|number\b|num\b|id\b|identifier\b))?"
    r"[ \t]*(?:[:=|\#\-–.][ \t]*)*(?:(?i:is|was|of)[ \t]+)?"
)
# An identifier value: 4-25 characters, at least one digit, inner dashes/dots/slashes allowed.
# Groups of digits separated by single spaces (NHS-style "943 476 5919") are accepted too.
# A numeric date right after "Encounter" or "Visit" is when, not which: never an identifier value.
_NUMERIC_DATE = r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2})(?![\w/.\-])"
_ID_VALUE = (
    r"(?P<v>\d{3}[ ]\d{3}[ ]\d{4}(?!\w)"
    rf"|(?!{_NUMERIC_DATE})(?=[A-Za-z0-9\-/.]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[\-/.](?=[A-Za-z0-9])){{3,24}}(?!\w))"
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DATE = (
    r"(?:\d{1,2}[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?!\d)"
    r"|\d{4}[/.\-]\d{1,2}[/.\-]\d{1,2}(?!\d)"
    rf"|(?i:{_MONTH})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?i:{_MONTH})\.?,?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[\-][ \t]?(?i:{_MONTH})[\-][ \t]?\d{{2,4}}"
    r"|(?:19|20)\d{6}(?!\d))"
)

# Name tokens: "Smith", "McDonald", "O'Brien", "Smith-Jones", "García", "SMITH"; initials "J.".
_U = "A-ZÀ-ÖØ-Þ"
_L = "a-zß-öø-ÿ"
_CAP = rf"(?:[{_U}]['’][{_U}][{_L}]+|[{_U}][{_L}]+(?:[{_U}][{_L}]+)?(?:[\-'’][{_U}][{_L}]+)?)"
_UPPER = rf"(?:[{_U}]{{2,}}(?:[\-'’][{_U}]{{2,}})?)"
# An initial is a capital with a period or standing alone ("John S" must not stop inside "Smith").
_INITIAL = rf"(?:[A-Z](?:\.|(?![{_L}A-Z'’\-])))"
_PARTICLE = r"(?:(?:van|von|der|den|de|del|della|da|di|la|le|du|bin|ter|ten|dos|das)[ \t]+){0,2}"
_PARTICLE_REQ = r"(?:(?:van|von|der|den|de|del|della|da|di|la|le|du|bin|ter|ten|dos|das)[ \t]+){1,2}"
_PARTICLE_REQ = r"(?:(?:van|von|der|den|de|del|della|da|di|la|le|du|bin|ter|ten|dos|das)[ \t]+){1,2}"
_SUFFIX = r"(?:,?[ \t]+(?:Jr|Sr|II|III|IV)\.?)?"
_FULL_NAME = rf"{_CAP}(?:[ \t]+(?:{_INITIAL}|{_CAP}))?[ \t]+{_PARTICLE}{_CAP}{_SUFFIX}"
_LAST_FIRST = (
    rf"(?:(?:{_PARTICLE_REQ})?{_CAP}|{_UPPER}),[ \t]*(?:{_CAP}|{_UPPER})(?:[ \t]+{_INITIAL}(?![a-z]))?"
)
_UPPER_NAME = rf"{_UPPER}(?:[ \t]+{_INITIAL})?(?:[ \t]+{_UPPER}){{1,2}}"
_ANY_NAME = rf"(?:{_LAST_FIRST}|{_FULL_NAME}|{_UPPER_NAME})"

_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|"
    "NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR"
)
_STREET_SUFFIX = (
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|"
    r"Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Crescent|Cres|Close|"
    r"Row|Pike|Alley|Loop|Plaza|Grove|Gardens|Hill|Heights|Mews)"
)
_STREET_WORD = r"(?:[A-Z][A-Za-z'\-]*|\d{1,3}(?:st|nd|rd|th))"
_CITY_STATE_ZIP = (
    rf"[A-Z][A-Za-z.'\-]+(?:[ \t]+[A-Z][A-Za-z.'\-]+){{0,2}},[ \t]*(?:{_STATES})\.?[ \t]+\d{{5}}(?:-\d{{4}})?"
    r"|[A-Z][A-Za-z'\-]+(?:[ \t]+[A-Z][A-Za-z'\-]+)?,?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}"
)
_UNIT = (
    r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Rm|Room|\#)\.?[ \t]*\#?[ \t]*[A-Za-z0-9\-]+)"
)
_STREET = (
    rf"\b\d{{1,6}}[A-Z]?[ \t]+(?:[NSEW]\.?[ \t]+)?(?:{_STREET_WORD}[ \t]+){{1,4}}{_STREET_SUFFIX}\b\.?"
    rf"{_UNIT}?"
)
_PO_BOX = r"\b(?:P\.?[ \t]?O\.?[ \t]*Box|Post[ \t]+Office[ \t]+Box)[ \t]+\d{1,6}"

_PHONE_US = (
    r"(?<![\w/.\-])(?:\+?1[ \t.\-]?)?(?:\(\d{3}\)[ \t]?|\d{3}[ \t.\-])\d{3}[ \t.\-]\d{4}"
    r"(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?(?![\w/\-]|\.\d)"
)
_PHONE_INTL = r"(?<![\w+])\+(?:[2-9]\d{0,2})(?:[ \t.\-]?\(?\d{1,4}\)?){2,5}(?![\w\-])"
_PHONE_ANY = rf"(?P<v>{_PHONE_US}|{_PHONE_INTL}|\+?\(?\d[\d \t().\-]{{7,18}}\d(?![\w\-]))"
_PHONE_LABEL = (
    r"(?i:phone|ph|tel|telephone|cell(?:ular)?|mobile|mob|home|work|office|pager|beeper|"
    r"contact(?:[ \t]+(?:no|number))?|call(?:[ \t]+(?:back|me))?(?:[ \t]+at)?|reach(?:ed)?[ \t]+at|"
    r"fax|facsimile|fax[ \t]+(?:it[ \t]+)?to|whatsapp|text)\b|\b[TFHMCW]\b"
)
# Which label governs a number: the last one on its line before it.
# A bare letterhead letter ("T 555-... F 555-...") counts only right in front of the number.
_FAX_LABEL = re.compile(r"(?i:\bfax(?:ed)?\b|\bfacsimile\b)|\bF\b[ \t]*[:.]|\bF[ \t]+$")
_VOICE_LABEL = re.compile(
    r"(?i:\b(?:phone|ph|tel|telephone|cell|mobile|mob|home|work|office|pager|call|contact)\b)"
    r"|\b[TPHMC]\b[ \t]*[:.]|\b[TPHMC][ \t]+$"
)

# Names announced by a field label, a greeting or a sign-off. Short generic labels ("to", "re")
# only count with a colon, otherwise "referred to Memorial Hospital" would be a name.
_PERSON_PHRASE = (
    r"(?i:patient(?:'s)?(?:[ \t]+(?:full[ \t]+)?name)?|pt(?:[ \t]+name)?|name|full[ \t]+name|legal[ \t]+name|"
    r"preferred[ \t]+name|guarantor|insured|subscriber(?:[ \t]+name)?|policy[ \t]*holder|"
    r"emergency[ \t]+contact|next[ \t]+of[ \t]+kin|nok|contact[ \t]+person|"
    r"mother(?:'s)?(?:[ \t]+name)?|father(?:'s)?(?:[ \t]+name)?|spouse|caregiver|guardian|"
    r"attending(?:[ \t]+(?:physician|provider|surgeon))?|referring(?:[ \t]+(?:physician|provider|doctor))?|"
    r"pcp|primary[ \t]+care(?:[ \t]+(?:physician|provider))?|ordering(?:[ \t]+(?:physician|provider))?|"
    r"surgeon|anesthesiologist|radiologist|pathologist|"
    r"(?:dictated|transcribed|signed|electronically[ \t]+signed|reviewed|verified|reported|read|"
    r"interpreted|authored|approved|completed|seen|examined|referred|ordered|prepared|accompanied)[ \t]+by|"
    r"dear|sincerely|regards|best[ \t]+regards|kind[ \t]+regards|warm[ \t]+regards|"
    r"yours[ \t]+(?:sincerely|truly|faithfully)|thank[ \t]+you|thanks)"
)
_PERSON_FIELD = (
    r"(?i:author|cc|re|attn|attention|to|from|signature|provider|physician|clinician|nurse|assistant)"
)
_PERSON_LABEL = rf"(?:{_PERSON_PHRASE}[ \t]*[:,\-–]?|{_PERSON_FIELD}[ \t]*:)"
_ID_LABEL_AHEAD = (
    r"(?:(?i:d\.?o\.?b\b|date[ \t]+of[ \t]+birth|birth[ \t]*date|born\b|mrn\b|mr\#|med(?:ical)?[ \t]+rec|"
    r"chart[ \t]+\#|hospital[ \t]+no|patient[ \t]+id|accession|ssn\b|social[ \t]+sec|age[ \t:]|aged\b|"
    r"s/n\b|sn:|serial|device|imei|member[ \t]+id|policy|insurance|acct|account)"
    r"|\d{1,3}[ \t\-]?(?i:y/?o\b|yo\b|years?\b|-year))"
)
_HONORIFIC = r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Rev|Sr)\b\.?"
_CREDENTIAL = (
    r"(?:MD|M\.D\.|DO|D\.O\.|RN|NP|PA-C|PA|MBBS|MBChB|FRCP|FRCS|FACS|FACC|PhD|DNP|APRN|CNM|FNP|FNP-BC|"
    r"MSN|BSN|LPN|DDS|DMD|PharmD|RPh|MSW|LCSW|OT|PT|DPT|CRNA)\b"
)
_RELATION = (
    r"(?i:wife|husband|son|daughter|mother|father|sister|brother|spouse|partner|niece|nephew|"
    r"grandson|granddaughter|grandmother|grandfather|aunt|uncle|friend|neighbou?r|fianc[ée]e?)"
)

# Words that end a name: capitalised clinical or function words that follow a label.
_NOT_NAME = frozenset(
    str.split(
        """
    the a an and or of with without for to in on at by from is was no not none unknown n/a na
    patient pt name hospital clinic center centre medical medicine health healthcare department dept
    service unit ward room bed floor emergency urgent care team office practice group general
    internal family surgery surgical cardiology neurology oncology radiology pathology pediatrics
    pediatric obstetrics gynecology psychiatry orthopedics urology nephrology dermatology
    gastroenterology pulmonology endocrinology hematology infectious disease diseases icu ed er
    nurse nursing doctor physician surgeon resident fellow attending staff provider consultant
    discharge admission summary report note history physical exam assessment plan diagnosis chief
    complaint impression findings result results lab labs laboratory imaging procedure left right
    bilateral anterior posterior superior inferior medial lateral upper lower chest abdomen head
    neck heart lung lungs liver kidney brain artery vein descending alert oriented stable denies
    reports presents complains normal negative positive mg ml kg mmol dl hr bp rr spo2 temp prn bid
    tid qid daily md do rn np pa january february march april may june july august september october
    november december monday tuesday wednesday thursday friday saturday sunday today yesterday
    tomorrow date time dob mrn ssn phone fax email address re dear sir madam colleague
    """
    )
)


@dataclass(frozen=True, slots=True)
class Rule:
    """A regex whose group ``v`` (or whole match) is an identifier of ``type``."""

    name: str
    type: PhiType
    pattern: re.Pattern[str]
    score: float


def _rule(name: str, phi_type: PhiType, pattern: str, score: float) -> Rule:
    return Rule(name, phi_type, re.compile(pattern), score)


def _labelled(name: str, phi_type: PhiType, label: str, value: str = _ID_VALUE, score: float = 0.9) -> Rule:
    return _rule(name, phi_type, rf"(?<![\w/])(?:{label}){_LABEL_TAIL}{value}", score)


# --- rules ---------------------------------------------------------------------------------------

RULES: tuple[Rule, ...] = (
    # Persons
    _rule(
        "person_honorific",
        PhiType.PERSON,
        rf"{_HONORIFIC}[ \t]+(?P<v>{_PARTICLE_REQ}{_CAP}|{_INITIAL}[ \t]+{_CAP}|{_CAP}(?:[ \t]+{_INITIAL})?(?:[ \t]+{_PARTICLE}{_CAP})?|{_UPPER})",
        0.85,
    ),
    _rule(
        "person_label",
        PhiType.PERSON,
        rf"(?<![\w']){_PERSON_LABEL}\s{{0,6}}(?:{_HONORIFIC}[ \t]+)?(?P<v>{_ANY_NAME})",
        0.8,
    ),
    _rule(
        "person_credential",
        PhiType.PERSON,
        rf"(?P<v>{_FULL_NAME}|{_INITIAL}[ \t]+{_CAP}),?[ \t]+{_CREDENTIAL}",
        0.85,
    ),
    # A name right before a DOB, MRN, age or serial: "Jane Roe (DOB ...)", "Jane Roe | MRN ...".
    _rule(
        "person_before_id",
        PhiType.PERSON,
        rf"(?P<v>{_LAST_FIRST}|{_FULL_NAME})(?=[ \t]*[,(|;:–—\-]?[ \t]*\(?[ \t]*{_ID_LABEL_AHEAD})",
        0.8,
    ),
    # A message signed off on its own line: "— Omar", "-- Jane Roe".
    _rule(
        "person_dash_signature",
        PhiType.PERSON,
        rf"(?m)^[ \t]*(?:—|–|--?)[ \t]*(?P<v>{_CAP}(?:[ \t]+(?:{_INITIAL}[ \t]+)?{_CAP})?)[ \t]*$",
        0.75,
    ),
    _rule(
        "person_my_name",
        PhiType.PERSON,
        rf"(?i:my[ \t]+name[ \t]+is|my[ \t]+name's|call[ \t]+me)[ \t]+(?P<v>{_FULL_NAME}|{_CAP})",
        0.8,
    ),
    _rule(
        "person_intro",
        PhiType.PERSON,
        rf"(?i:i[ \t]+am|i'm|this[ \t]+is|is[ \t]+this|speaking[ \t]+(?:to|with)|spoke[ \t]+(?:to|with))[ \t]+(?P<v>{_FULL_NAME})",
        0.75,
    ),
    _rule(
        "person_relation",
        PhiType.PERSON,
        rf"\b{_RELATION}(?:,|[ \t]+(?:is|named|called))?[ \t]+(?P<v>{_FULL_NAME})",
        0.75,
    ),
    # Dates of birth: only dates announced as a birth date; visit dates are not identifiers here.
    _rule(
        "dob",
        PhiType.DATE_OF_BIRTH,
        r"(?<![\w])(?i:d\.?[ \t]?o\.?[ \t]?b\b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|birthdate|"
        r"birthday|born(?:[ \t]+on)?|b/d)"
        r"(?:[ \t]*\([^)\n]{0,20}\))?[ \t]*(?:/[ \t]*(?i:age)[ \t]*)?[:=|\-–,]?[ \t]*(?:(?i:is|was|on)[ \t]+)?"
        rf"(?P<v>{_DATE})",
        0.95,
    ),
    # A birth date asked for in one dialogue turn and given in the next.
    _rule(
        "dob_dialogue",
        PhiType.DATE_OF_BIRTH,
        r"(?i:date[ \t]+of[ \t]+birth|birth[ \t]*date|birthday|\bdob\b|when[ \t]+were[ \t]+you[ \t]+born)"
        # only a question answered on the next line by the patient's side, not a form's next field
        rf"[^\n]{{0,60}}\?[ \t]*\n[ \t]*(?i:patient|pt|mother|father|parent|caller|a)[ \t]*:[^\n\d]{{0,30}}?"
        rf"(?P<v>{_DATE})",
        0.85,
    ),
    # Phones and faxes (FAX vs PHONE is decided from the label in front, see phone_type()).
    _rule(
        "phone_labelled",
        PhiType.PHONE,
        rf"(?:{_PHONE_LABEL})[ \t]*(?:\#|no\.?|number)?[ \t]*[:.=\-]?[ \t]*(?:\([a-zA-Z]+\)[ \t]*)?{_PHONE_ANY}",
        0.9,
    ),
    _rule("phone_us", PhiType.PHONE, rf"(?P<v>{_PHONE_US})", 0.7),
    _rule("phone_intl", PhiType.PHONE, rf"(?P<v>{_PHONE_INTL})", 0.65),
    _rule(
        "email",
        PhiType.EMAIL,
        r"(?<![\w.+\-])(?P<v>[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,})\b",
        0.95,
    ),
    _rule(
        "url", PhiType.URL, r"(?i)(?P<v>\b(?:https?|ftp)://[^\s<>\"'()\[\]]+|\bwww\.[^\s<>\"'()\[\]]+)", 0.9
    ),
    _rule(
        "ipv4",
        PhiType.IP_ADDRESS,
        r"(?<![\w.])(?P<v>(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d))(?![\w]|\.\d)",
        0.85,
    ),
    _rule(
        "ipv6",
        PhiType.IP_ADDRESS,
        r"(?<![\w:])(?P<v>(?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}|(?:[0-9A-Fa-f]{1,4}:){1,6}:(?:[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){0,5})?|::(?:[0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})(?![\w:])",
        0.85,
    ),
    # Addresses: a numbered street with a suffix (plus unit and city line), a PO box, or a labelled one.
    _rule(
        "address_street",
        PhiType.ADDRESS,
        rf"(?P<v>(?:{_STREET}|{_PO_BOX})(?:(?:,[ \t]*|[ \t]*\n[ \t]*|[ \t]+)(?:{_CITY_STATE_ZIP}))?)",
        0.85,
    ),
    _rule("address_city_zip", PhiType.ADDRESS, rf"(?P<v>\b(?:{_CITY_STATE_ZIP})\b)", 0.7),
    _labelled(
        "address_label",
        PhiType.ADDRESS,
        # "MAC address", "IP address", "email address" announce other identifiers
        r"(?<!MAC )(?<!IP )(?<!mail )"
        r"(?i:home[ \t]+address|mailing[ \t]+address|address|addr|residence|resides[ \t]+at|lives[ \t]+at)",
        r"(?P<v>\d[^\n;]{3,80}?)(?=[ \t]*(?:\n|;|$|\.[ \t]|[ \t]{2}))",
        0.8,
    ),
    # SSNs: any 9-digit shape after an SSN label; dashed 3-2-4 on its own (Presidio drops invalid ones).
    _labelled(
        "ssn_label",
        PhiType.SSN,
        r"(?i:social[ \t]+security(?:[ \t]+(?:number|no\.?|\#))?|soc(?:ial)?\.?[ \t]+sec(?:urity)?\.?|"
        r"\bssn|ss\#|ss[ \t]+\#|ss[ \t]+no\.?)",
        r"(?P<v>\d{3}[ \t.\-]?\d{2}[ \t.\-]?\d{4}|(?:xxx|\*{3})[ \-]?(?:xx|\*{2})[ \-]?\d{4})(?!\d)",
        0.95,
    ),
    _rule("ssn_dashed", PhiType.SSN, r"(?<![\w\-/.])(?P<v>\d{3}-\d{2}-\d{4})(?![\w\-]|\.\d)", 0.6),
    # Record, account, plan, device and licence numbers need their label.
    _labelled(
        "mrn",
        PhiType.MRN,
        r"(?i:medical[ \t]+record(?:[ \t]+(?:number|no\.?|\#))?|med(?:ical)?[ \t]+rec(?:ord)?\.?|"
        r"mrn|mr[ \t]*\#|mr[ \t]+no\.?|chart(?:[ \t]+(?:number|no\.?|\#))?|hospital[ \t]+(?:number|no\.?|\#|id)|"
        r"patient[ \t]+(?:id|identifier|number|no\.?)|pt[ \t]+id|unit[ \t]+(?:number|no\.?)|"
        r"nhs[ \t]+(?:number|no\.?)?|ur[ \t]+(?:number|no\.?)|case[ \t]+(?:number|no\.?|\#)|"
        r"accession(?:[ \t]+(?:number|no\.?|\#))?|specimen[ \t]+(?:id|number|no\.?|\#))",
    ),
    _labelled(
        "account",
        PhiType.ACCOUNT,
        r"(?i:(?<!on )(?<!on the )account|acct|a/c|billing(?:[ \t]+(?:account|number|no\.?|\#|id))?|"
        r"invoice|encounter|visit(?:[ \t]+(?:number|no\.?|\#|id))|fin|financial[ \t]+(?:number|no\.?|\#)|"
        r"claim|credit[ \t]+card|card[ \t]+(?:number|no\.?|\#)|bank[ \t]+account|routing)",
    ),
    _labelled(
        "health_plan",
        PhiType.HEALTH_PLAN_ID,
        r"(?i:member|subscriber|policy|insurance|insurer|health[ \t]+plan(?:[ \t]+beneficiary)?|"
        r"beneficiary|medicare(?:[ \t]+beneficiary)?|medicaid|mbi|hicn|plan|group|payer|coverage|"
        r"(?:blue[ \t]+cross|bcbs|aetna|cigna|humana|united(?:healthcare)?|kaiser)(?:[ \t]+(?:member|policy|plan))?)",
    ),
    _labelled(
        "device",
        PhiType.DEVICE_ID,
        r"(?i:serial|device(?:[ \t]+(?:serial|identifier))?|implant(?:[ \t]+serial)?|udi|imei|meid|"
        r"model/serial|asset[ \t]+tag|mac(?:[ \t]+address)?)|\bS/N|\bSN\b",
    ),
    _rule("udi_gs1", PhiType.DEVICE_ID, r"(?P<v>\(01\)\d{14}(?:\(\d{2,4}\)[A-Za-z0-9\-]+)*)", 0.9),
    _rule(
        "mac",
        PhiType.DEVICE_ID,
        r"(?<![\w:\-])(?P<v>[0-9A-Fa-f]{2}(?:([:\-])[0-9A-Fa-f]{2})(?:\2[0-9A-Fa-f]{2}){4})(?![\w:\-])",
        0.8,
    ),
    _labelled(
        "license",
        PhiType.LICENSE,
        r"(?i:driver'?s?[ \t]+licen[sc]e|driving[ \t]+licen[sc]e|licen[sc]e|lic\.?|"
        r"dea(?:[ \t]+registration)?|npi|certificate|registration)|\bDL\b|\bCDL\b",
    ),
    _rule(
        "mbi",
        PhiType.HEALTH_PLAN_ID,
        r"(?<![\w\-])(?P<v>[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9]\d-?[AC-HJKMNP-RT-Y]{2}\d{2})(?![\w\-])",
        0.8,
    ),
)


def _name_end(value: str) -> int:
    """Length of the leading part of ``value`` that is a name (cut at the first clinical word)."""
    end = 0
    for token in re.finditer(rf"[A-Za-z{_U}{_L}][A-Za-z{_U}{_L}.'’\-]*", value):
        word = token.group().lower().rstrip(".")
        if len(word) > 1 and word in _NOT_NAME:  # single letters are initials, not "a"
            break
        end = token.end()
    return end


# After a title or "my name is" one word is a name; after other labels a single capitalised word
# is too often a place or a department, so two are required.
_SINGLE_NAME_RULES = frozenset({"person_honorific", "person_my_name", "person_dash_signature"})


def _clean_person(rule: Rule, start: int, value: str) -> tuple[int, int] | None:
    """Trim a person candidate at the first non-name word; reject it if too little is left."""
    kept = value[: _name_end(value)].rstrip(" ,")
    tokens = re.findall(rf"[A-Za-z{_U}{_L}][A-Za-z{_U}{_L}'’\-]*", kept)
    min_tokens = 1 if rule.name in _SINGLE_NAME_RULES else 2
    if len(tokens) < min_tokens or len(kept.replace(".", "")) < 2:
        return None
    return start, start + len(kept)


def phone_type(text: str, start: int) -> PhiType:
    """FAX when the last phone-ish label on the same line before ``start`` says fax."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    last_fax = max((m.end() for m in _FAX_LABEL.finditer(before)), default=-1)
    last_voice = max((m.end() for m in _VOICE_LABEL.finditer(before)), default=-1)
    return PhiType.FAX if last_fax > last_voice else PhiType.PHONE


def _value_span(match: re.Match[str]) -> tuple[int, int]:
    if "v" in match.re.groupindex and match.group("v") is not None:
        return match.span("v")
    return match.span()


def _strip_trailing(text: str, start: int, end: int) -> int:
    """URLs and free-text values should not swallow sentence punctuation."""
    while end > start and text[end - 1] in ".,;:!?)'\"":
        end -= 1
    return end


def run_rules(text: str) -> Iterator[PhiFinding]:
    """Every rule match in ``text``; overlaps are resolved by the caller."""
    for rule in RULES:
        for match in rule.pattern.finditer(text):
            start, end = _value_span(match)
            phi_type = rule.type
            if phi_type is PhiType.PERSON:
                span = _clean_person(rule, start, text[start:end])
                if span is None:
                    continue
                start, end = span
            elif phi_type in (PhiType.URL, PhiType.ADDRESS, PhiType.EMAIL):
                end = _strip_trailing(text, start, end)
            elif phi_type is PhiType.PHONE:
                end = _strip_trailing(text, start, end)
                if sum(c.isdigit() for c in text[start:end]) < 7:
                    continue
                phi_type = phone_type(text, start)
            if end > start:
                yield PhiFinding(phi_type, start, end, text[start:end], rule.score, "rule")
