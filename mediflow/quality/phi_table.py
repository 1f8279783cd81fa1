"""Pipe tables and CSV extracts: an identifier's category from its column's header.

A Markdown table ("| Patient | MRN | Date |") or a plain one whose columns are split by bars
("tube | subject | collected") names what each column holds in its first row. A code under "MRN" is a
record number and one under "subject" a study subject's ID whatever its shape, though nothing on its
own line says so. ``table_findings`` reads each block of lines holding a bar, takes its first row as
the header when that row holds words only (a row such as "| MRN | 4471208 |" is a labelled field,
which the rules read), and types the code-shaped cells of every later row by their column. A CSV
extract ("patient_id,last,first,dob,acct,plan_member,pcp_npi") is read the same way: a line of three
column names or more (letters, "_", "#"; no digit, no colon), then the rows under it with commas (quoted
cells kept whole). A header written in snake case is read word by word from its end ("pcp_npi" is an
NPI's column, "plan_member" a plan's).

Only identifier columns are typed (record, account, plan, licence, vehicle, device and other numbers,
phones and faxes); names, places and dates are left to the rules, but for a date of eight digits in a
person's row (``row_codes``). Pure and cheap: a text without a bar and a line break is not read.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence

from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType

# A header cell, lower case, its "#", "no.", "number" or "ID" cut ("MRN #" -> "mrn", "Subject ID" ->
# "subject"), then looked up here.
_HEADERS: dict[str, PhiType] = {
    **dict.fromkeys(
        [
            "mrn",
            "mr",
            "medical record",
            "med rec",
            "chart",
            "record",
            "patient",  # only once "ID" or "number" is cut: "patient" alone heads names (not typed)
            "pt",
            "pat",
            "hospital",
            "icn",
            "nhs",
            "ur",
            "pid",
            "empi",
            "patientennr",
            "patienten nr",
        ],
        T.MRN,
    ),
    **dict.fromkeys(
        [
            "account",
            "acct",
            "fin",
            "har",
            "csn",
            "encounter",
            "visit",
            "claim",
            "invoice",
            "billing",
            "fall",
            "fallnr",
        ],
        T.ACCOUNT,
    ),
    **dict.fromkeys(
        [
            "member",
            "policy",
            "subscriber",
            "insurance",
            "plan",
            "mbi",
            "medicaid",
            "medicare",
            "group",
            "payer",
        ],
        T.HEALTH_PLAN_ID,
    ),
    **dict.fromkeys(["ssn", "social security"], T.SSN),
    **dict.fromkeys(
        ["npi", "dea", "license", "licence", "lic", "certificate", "cert", "dl", "driver's license"],
        T.LICENSE,
    ),
    **dict.fromkeys(["vin", "plate", "license plate", "licence plate"], T.VEHICLE_ID),
    **dict.fromkeys(["serial", "s/n", "sn", "udi", "device", "device serial", "imei"], T.DEVICE_ID),
    # a biometric enrolment's template ("template_id", "biometric_template", "FP_TEMPLATE", "user_bio", "bio_id")
    **dict.fromkeys(
        [
            "template",
            "biometric",
            "biometric template",
            "fp template",
            "fingerprint",
            "fingerprint template",
            "palm",
            "palm template",
            "palm vein",
            "iris",
            "iris template",
            "voiceprint",
            "voice template",
            "user bio",
            "bio",
            "bio id",
        ],
        T.BIOMETRIC,
    ),
    # a photograph's reference ("photo_ref", "HEADSHOT", "face_photo")
    **dict.fromkeys(
        ["photo", "photo ref", "photo file", "photograph", "headshot", "face photo", "portrait", "mugshot"],
        T.PHOTO,
    ),
    **dict.fromkeys(
        [
            "subject",
            "subj",
            "participant",
            "study",
            "accession",
            "acc",
            "specimen",
            "sample",
            "booking",
            "inmate",
            "doc",
            "employee",
            "emp",
            "pers nr",
            "pers.-nr.",
            "personalnr",
            "student",
            "case",
            "rx",
            "prescription",
            "donor",
            "kit",
            "passport",
            "auth",
            "prior auth",
            # research and data exchange: a linkage key, an HIE's or a registry's person, a family, a
            # specimen's derivatives ("linkage_key", "hie_id", "SUBJID", "GUID", "fam", "aliquot")
            "linkage key",
            "link key",
            "linkage",
            "hie",
            "hie person",
            "mpi",
            "guid",
            "subjid",
            "usubjid",
            "family",
            "fam",
            "registry",
            "aliquot",
            "derivative",
            "block",
            "screening",
            "randomization",
            "randomisation",
            "envelope",
            # a triage or tracking tag's number ("tag_no", "Tag #")
            "tag",
        ],
        T.OTHER_ID,
    ),
    **dict.fromkeys(["phone", "tel", "telephone", "cell", "mobile", "contact"], T.PHONE),
    **dict.fromkeys(["fax"], T.FAX),
    # a ZIP column: only its cells of five digits (or ZIP+4) are identifiers (a ZIP3 "011" is kept by a
    # limited data set)
    **dict.fromkeys(["zip", "zip code", "zipcode", "zip5", "postal", "postal code", "postcode"], T.LOCATION),
    # an age column: only its cells of 90 or more are identifiers ("age" "100"; DICOM's "094Y")
    **dict.fromkeys(["age", "pt age", "patient age", "age yrs", "age years", "alter", "edad"], T.AGE),
}
# Cut from a header's end: what says "the number of" ("Subject ID", "MRN #", "Claim No.").
_TAIL_WORDS = r"nos?\.?|number|num|id|identifier|code"
_HEADER_TAIL = re.compile(rf"(?:[ \t]*(?:\#|{_TAIL_WORDS}))+$")
_HEADER_TAIL_WORD = re.compile(rf"(?:[ \t]*\#|[ \t]+(?:{_TAIL_WORDS}))+$")  # the same, each word a word
# Headers whose cut form names people rather than numbers: typed only with their "ID"/"#" word.
_NEEDS_TAIL = frozenset(
    ["patient", "pt", "pat", "hospital", "record", "member", "subscriber", "group", "plan", "case",
     # a research column's word alone heads counts and years ("Registry | 2023", "Screening | 120")
     "registry", "screening", "randomization", "randomisation", "family", "fam", "block", "aliquot",
     "derivative", "hie", "envelope", "tag"]
)  # fmt: skip

# A cell that holds a code: letters, digits and inner separators, three digits or more, no word of lower
# case letters ("plasma", "4 mg" fail; "K6955270", "I08-464-4145", "626-16-34" pass).
_CODE_CELL = re.compile(r"#?(?=(?:[^\d\s]*\d){3})[A-Z0-9](?:[A-Z0-9]|[.\-/ ](?=[A-Z0-9])){2,29}")
_ZIP_CELL = re.compile(r"\d{5}(?:-\d{4})?")
# A biometric template's name: letters, an underscore or none, then a code with three digits or more ("fpt_55019274_R1",
# a gait template's "gt5528896").
_TEMPLATE_CELL = re.compile(
    r"[A-Za-z]{1,12}_?(?=(?:[A-Za-z_]*\d){3})[A-Za-z0-9]{2,20}(?:_[A-Za-z0-9]{1,12}){0,2}"
)
# A key in lower-case hexadecimal, 16 digits or more, or a UUID, with a digit and a letter in it.
_KEY_CELL = re.compile(
    r"(?=[a-f]*\d)(?=\d*[a-f])(?:[0-9a-f]{16,64}|[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12})"
)
# A date-shaped cell ("2025-03-14", "14.03.2025", "3/14/25") is never a code.
# A date in eight digits: year first ("19880823"), month first ("08231988") or day first ("23081988"). The rules
# (phi_rules) read dates written so from these too.
YMD8 = r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])"
MDY8 = r"(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:19|20)\d{2}"
DMY8 = r"(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])(?:19|20)\d{2}"


def day_month(sep: str) -> str:
    """A day and a month in either order, each in its range, joined by ``sep`` (the rules' numeric dates read it too)."""
    return rf"(?:(?:0?[1-9]|1[0-2]){sep}(?:0?[1-9]|[12]\d|3[01])|(?:1[3-9]|2\d|3[01]){sep}(?:0?[1-9]|1[0-2]))"


_DATE_CELL = re.compile(
    # a day and a month in range ("65-72-8765" is a chart number's shape, no date)
    r"\d{4}[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:0?[1-9]|[12]\d|3[01])"
    + "|"
    + day_month(r"[/.\-]")
    + r"[/.\-](?:\d{4}|\d{2})"
    rf"|{YMD8}"  # eight digits that are a date ("86669483" is none)
)
_COMPACT_DATE_CELL = re.compile(rf"{MDY8}|{DMY8}|{YMD8}")
_SEPARATOR_ROW = re.compile(r"[ \t|:\-=+]*")
_PHONE_DIGITS = 7


def has_table(text: str) -> bool:
    return ("|" in text or "," in text or "\t" in text or "  " in text) and "\n" in text


# A CSV header: three column names or more, each of letters, and digits after the first letter
# ("patient_id", "Plan member", "MRN #", "zip3").
# A cell takes its trailing spaces for good (possessive): were they shared with the "[ \t]*" before the
# comma, a line that is no header would be tried in every split of every cell's spaces (~7x the CPU per
# padded column: 1.4 s for eight).
_CSV_HEADER = re.compile(
    # (a row number's column may be headed "#" alone: "#,Patient,DOB,MRN")
    r'[ \t]*"?(?:#|[A-Za-z][A-Za-z0-9_ #./]{0,29}+)"?(?:[ \t]*,[ \t]*"?[A-Za-z][A-Za-z0-9_ #./]{0,29}+"?){2,}[ \t]*'
)
# (nor a tag's last word: an "asset_tag" or a "vehicle_tag" is no triage tag; "tag_no" is read whole)
_CSV_NOT_KEY = frozenset(["patient", "pt", "pat", "hospital", "record", "tag"])
_INITIALS_HEADERS = frozenset(
    [
        "initials",
        "subj initials",
        "subject initials",
        "pt initials",
        "patient initials",
        "participant initials",
    ]
)
# A CSV's name columns: a cell under "last" or "patient_name" is a person's name (no rule reads a bare
# "Bird" between commas) when it is written as one: capitalised (or after a particle), letters, spaces,
# hyphens, apostrophes, dots, at most one comma ("Nwosu, Imogen P.").
_CSV_NAME_HEADERS = frozenset(
    [
        "last", "first", "middle", "surname", "given", "name", "patient", "last name", "first name",
        "middle name", "given name", "family name", "full name", "patient name", "pt name", "member name",
        "subscriber name", "guarantor name", "client name", "resident name", "student name", "pat name",
        "pcp name", "provider name", "physician name", "attending name", "contact name", "nok name",
        "emergency contact", "emergency contact name", "patient last name", "patient first name", "pt last name",
        "pt first name", "last nm", "first nm", "pat last name", "pat first name", "lname", "fname", "forename",
        "forenames", "given names", "first names", "decedent", "deceased", "decedent name", "griever", "bereaved",
        "caregiver", "caregiver name", "guardian", "guardian name", "parent", "parent name", "proxy", "proxy name",
        *_INITIALS_HEADERS,
    ]
)  # fmt: skip
_NAME_CELL = re.compile(r"[^\W\d_](?:[^\W\d_]|[ '’.\-]{1,2}(?=[^\W\d_])|,[ \t]*(?=[^\W\d_])){0,40}\.?")
_NAME_PARTICLES = (
    "van ",
    "von ",
    "de ",
    "del ",
    "della ",
    "da ",
    "di ",
    "du ",
    "le ",
    "la ",
    "bin ",
    "al-",
    "el-",
)


def _name_cell(value: str) -> bool:
    return (
        _NAME_CELL.fullmatch(value) is not None
        and value.count(",") <= 1
        and (value[0].isupper() or value.lower().startswith(_NAME_PARTICLES))
    )


def _csv_cells(line: str, offset: int, tight: bool = False) -> list[tuple[int, int]]:
    """The spans of a CSV row's cells, trimmed; a comma inside double quotes splits nothing, nor (``tight``)
    a comma before a space."""
    spans: list[tuple[int, int]] = []
    start, quoted = 0, False
    padded = line + ","
    for index, char in enumerate(padded):
        if char == '"':
            quoted = not quoted
        elif (
            char == ","
            and not quoted
            and not (tight and index + 1 < len(line) and padded[index + 1] in " \t")
        ):
            piece = line[start:index]
            left = start + (len(piece) - len(piece.lstrip(' \t"')))
            right = index - (len(piece) - len(piece.rstrip(' \t"')))
            spans.append((offset + left, offset + max(left, right)))
            start = index + 1
    return spans


def _csv_header_type(cell: str) -> PhiType | None:
    """A CSV column's type: the whole name, else its words from the end ("pcp npi" -> npi)."""
    key = " ".join(cell.lower().replace("_", " ").split()).rstrip(".")
    found = _header_type(key)
    if found is not None:
        return found
    words = key.split()
    for n in range(len(words) - 1, 0, -1):
        tail = " ".join(words[n:])
        if tail not in _CSV_NOT_KEY and (found := _HEADERS.get(_HEADER_TAIL.sub("", tail).strip())):
            return found
    return None


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with its offset."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line.removesuffix("\r")))  # a Windows line's end is no part of its last cell
        offset += len(line) + 1
    return lines


# A column of places: a street address (its first or second line), a city, a town or a county ("ADDR_LINE_1",
# "City", "county"). A cell under it is a LOCATION when it holds a letter ("Saline", "6874 N MILL POND CT",
# "#24"), in a table that also has a column of identifiers or names (a table of cities alone is no person's).
_PLACE_HEADERS = frozenset(
    [
        "city", "town", "county", "address", "addr", "street", "street address", "home address",
        "address line 1", "address line1", "addr line 1", "addr line1", "address 1", "addr 1", "addr1", "line1",
        "line 1", "address line 2", "address line2", "addr line 2", "addr line2", "address 2", "addr 2", "addr2",
        "line2", "line 2", "patient city", "pt city", "patient address", "pt address", "home city",
        "residence city", "city of residence", "county of residence", "patient county", "res city", "res county",
        "apt", "apt no", "unit no", "suite",
    ]
)  # fmt: skip
_NO_PLACE = frozenset(["NULL", "NONE", "N/A", "UNKNOWN"])
_PLACE_CELL = re.compile(r"(?=[^\n]*[^\W\d_])[^\W_]?[\w#][\w .,'’#\-/]{0,59}")


def _place_cell(value: str) -> bool:
    return _PLACE_CELL.fullmatch(value) is not None and value.upper() not in _NO_PLACE


def _header_columns(
    names: list[str], words: list[str] | None = None
) -> tuple[list[PhiType | None], list[bool], list[bool]] | None:
    """A CSV's or an aligned export's header: each column's type, whether it holds names and whether it
    holds places (by ``words`` too, the names as words, where given); None when the table is not read (a table
    of names alone is read only under an initials column: "Sodium,140" under "name" is a lab's)."""
    words = names if words is None else words
    # (a camel-case name read as words types its column only when the words are a header whole: "PhotoRef")
    typed = [
        _csv_header_type(name) or (_HEADERS.get(word) if word != name and word not in _NEEDS_TAIL else None)
        for name, word in zip(names, words, strict=True)
    ]
    columns = _ages_of_people(typed, names)
    if not any(columns) and not any(name in _INITIALS_HEADERS for name in names):
        return None
    return (
        columns,
        [a in _CSV_NAME_HEADERS or b in _CSV_NAME_HEADERS for a, b in zip(names, words, strict=True)],
        [a in _PLACE_HEADERS or b in _PLACE_HEADERS for a, b in zip(names, words, strict=True)],
    )


# A sum of money with its thousands separated by commas ("$1,050.00", "12,480"), a CSV row's last cell unquoted.
_AMOUNT = re.compile(r"[$€£]?[ ]?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?")


def _csv_findings(text: str) -> Iterator[PhiFinding]:
    lines = _lines(text)
    index = 0
    while index < len(lines):
        head_offset, head = lines[index]
        index += 1
        if head.count(",") < 2 or not _CSV_HEADER.fullmatch(head):
            continue
        head_cells = _csv_cells(head, head_offset)
        names = [" ".join(text[s:e].lower().replace("_", " ").split()) for s, e in head_cells]
        # (camel case read as words for a person's or a place's column: "FirstName" is "first name"; not for a
        # type, where "AgeGroup" would be a plan's "group")
        header = _header_columns(names, [_column_words(text[s:e]) for s, e in head_cells])
        if header is None:
            continue
        columns, person, place = header
        while index < len(lines) and lines[index][1].count(",") >= 2:
            offset, line = lines[index]
            index += 1
            cells = _csv_cells(line, offset)
            if len(cells) > len(columns) and ", " not in head:
                # an unquoted "March 12, 1981" or "LAST, FIRST": a machine's commas have no space after them
                cells = _csv_cells(line, offset, tight=True)
            if len(cells) > len(columns) and _AMOUNT.fullmatch(
                text, cells[len(columns) - 1][0], cells[-1][1]
            ):
                # the last column's sum, its thousands unquoted ("...,95810,$1,050.00" under "...,cpt,charge")
                cells = [*cells[: len(columns) - 1], (cells[len(columns) - 1][0], cells[-1][1])]
            if len(cells) != len(columns):
                continue  # which cell is which is unclear
            for column, is_name, is_place, (start, end) in zip(columns, person, place, cells, strict=False):
                if end <= start:
                    continue
                yield from _typed_cell(text[start:end], start, column, is_name, is_place)


def _cells(line: str, offset: int, sep: str = "|") -> list[tuple[int, int]]:
    """The spans of a row's cells (between bars, or ``sep``; a leading or trailing one opens no cell), trimmed."""
    spans: list[tuple[int, int]] = []
    start = 0
    pieces = line.split(sep)
    for index, piece in enumerate(pieces):
        end = start + len(piece)
        edge = index in (0, len(pieces) - 1)
        if not (edge and not piece.strip()):
            left = start + (len(piece) - len(piece.lstrip()))
            right = end - (len(piece) - len(piece.rstrip()))
            spans.append((offset + left, offset + max(left, right)))
        start = end + 1
    return spans


# One column of a pair side by side ("MRN_A | MRN_B" of a duplicate-record report, "PHONE_1, PHONE_2").
_PAIR_END = re.compile(r"[ _](?:[ab]|[12])$")


def _header_type(cell: str) -> PhiType | None:
    key = " ".join(cell.lower().replace(":", " ").split())
    # the tail as a word first: "medicaid id" is "medicaid", not "medica" ("acctno" is "acct")
    for cut in (_HEADER_TAIL_WORD.sub("", key).strip(), _HEADER_TAIL.sub("", key).strip()):
        if cut != key and cut in _HEADERS:
            return _HEADERS[cut]
    if key in _HEADERS and key not in _NEEDS_TAIL:
        return _HEADERS[key]
    if (single := _PAIR_END.sub("", key)) != key:
        return _header_type(single)
    return None


# A bar table's header cell: a column's name, a digit at most within it ("DX1", "ADDR_LINE_1"); an empty cell.
_PIPE_HEADER_CELL = re.compile(r"(?:#|[A-Za-z][A-Za-z0-9_ #./\-()]{0,39})?")
_HEADER_DIGITS = re.compile(r"\d.*\d")


# A grid's border line, as a database shell or a text-mode report draws it ("+------+-----+"): no bar, yet in the table.
_GRID_BORDER = re.compile(r"[ \t]*\+(?:[\-=]{2,}\+)+[ \t]*")


def _blocks(text: str) -> Iterator[list[tuple[int, str]]]:
    """Runs of consecutive lines that hold a bar (or are a grid's border), as (offset, line) pairs."""
    block: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if "|" in line or _GRID_BORDER.fullmatch(line):
            block.append((offset, line))
        else:
            if len(block) >= 2:
                yield block
            block = []
        offset += len(line) + 1
    if len(block) >= 2:
        yield block


# An age cell of 90 or more, with a unit or none: the number alone is the identifier.
_AGE_CELL = re.compile(r"0?(9\d|1[01]\d)(?:[ ]?(?:[YyJa]|yo|yrs?|years?|años|Jahre))?")


def _value_type(value: str, column: PhiType) -> bool:
    if column in (T.PHONE, T.FAX):
        # (not a date under a column that names a contact: "next_contact" ... "2023-08-17")
        return sum(c.isdigit() for c in value) >= _PHONE_DIGITS and _DATE_CELL.fullmatch(value) is None
    if column is T.AGE:
        return _AGE_CELL.fullmatch(value) is not None
    if column is T.LOCATION:
        return _ZIP_CELL.fullmatch(value) is not None
    if column is T.OTHER_ID and _KEY_CELL.fullmatch(value):
        return True  # a linkage key or a hash in lower case ("a7bd07f4d66e92bc...", a UUID)
    if column is T.BIOMETRIC and _TEMPLATE_CELL.fullmatch(value):
        return True  # a template's name as a reader writes it ("fpt_55019274_R1")
    return (
        _CODE_CELL.fullmatch(value) is not None
        and _DATE_CELL.fullmatch(value) is None
        and not _placeholder(value)
    )


def _placeholder(value: str) -> bool:
    """A cell of zeros ("0000000", "000-00-0000"): a field left unfilled, nobody's number."""
    return not value.strip("0-. #")


_PERSON_COLUMN = re.compile(
    r"(?i:name|patient|resident|client|member|participant|camper|student|child|person|guest|visitor|attendee|"
    r"dob|birth|born|pt\b|last|first)"
)


def _ages_of_people(columns: list[PhiType | None], names: list[str]) -> list[PhiType | None]:
    """The columns' types, an age column's only when the header also names a person (a drug's or a lot's
    age is nobody's)."""
    if any(_PERSON_COLUMN.search(name) for name in names):
        return columns
    return [None if c is T.AGE else c for c in columns]


def _typed_cell(
    value: str, start: int, column: PhiType | None, is_name: bool, is_place: bool
) -> Iterator[PhiFinding]:
    """A cell's finding under its column: an identifier's, a person's name or a place."""
    if column is not None and _value_type(value, column):
        yield _cell_finding(column, start, value)
    elif is_name and _name_cell(value):
        yield PhiFinding(T.NAME, start, start + len(value), value, 0.7, "field")
    elif is_place and _place_cell(value):
        yield PhiFinding(T.LOCATION, start, start + len(value), value, 0.7, "field")


def _cell_finding(column: PhiType, start: int, value: str) -> PhiFinding:
    """A typed cell's finding: the whole cell, or an age cell's number alone."""
    if column is T.AGE:
        age = _AGE_CELL.fullmatch(value)
        assert age is not None
        start, value = start + age.start(1), age.group(1)
    return PhiFinding(column, start, start + len(value), value, 0.8, "field")


# Tab-separated and fixed-width exports ("Datum<TAB>Name<TAB>Patientennr.", "#  AccessionNo     PatientID"):
# cells split by tabs or by two spaces or more; a header of three cells or more that are words (camel case
# read as words: "PatientID" is "patient id"), then the rows under it with as many cells.
_WIDE_GAP = re.compile(r"\t+| {2,}")
# (a digit inside a column's name: "A1C", "PHQ9", "ADDRESS_LINE2")
_ALIGNED_HEADER_CELL = re.compile(r"#|[A-Za-z][A-Za-z0-9_ #./\-]{0,29}")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def _column_words(name: str) -> str:
    """A column's name as lower-case words: camel case and underscores split ("PatientID" -> "patient id",
    "ADDR_LINE_1" -> "addr line 1")."""
    return " ".join(_CAMEL.sub(" ", name).lower().replace("_", " ").split())


def _aligned_cells(line: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for gap in _WIDE_GAP.finditer(line):
        if gap.start() > start:
            spans.append((offset + start, offset + gap.start()))
        start = gap.end()
    stripped = line.rstrip()
    if len(stripped) > start:
        spans.append((offset + start, offset + len(stripped)))
    return [
        (a + (len(line[a - offset : b - offset]) - len(line[a - offset : b - offset].lstrip())), b)
        for a, b in spans
    ]


def _aligned_findings(text: str) -> Iterator[PhiFinding]:
    lines = _lines(text)
    index = 0
    while index < len(lines):
        head_offset, head = lines[index]
        index += 1
        if not ("\t" in head or "  " in head.strip()):
            continue
        spans = _aligned_cells(head, head_offset)
        cells = [text[a:b] for a, b in spans]
        if len(cells) < 3 or not all(_ALIGNED_HEADER_CELL.fullmatch(c) for c in cells):
            continue
        names = [_column_words(c) for c in cells]
        header = _header_columns(names)
        if header is None:
            continue
        columns, person, place = header
        while index < len(lines):
            offset, line = lines[index]
            row = _aligned_cells(line, offset)
            if len(row) != len(columns):
                break
            index += 1
            for column, is_name, is_place, (start, end) in zip(columns, person, place, row, strict=True):
                yield from _typed_cell(text[start:end], start, column, is_name, is_place)


# An SQL statement that inserts rows with its columns named: "INSERT INTO [dbo].[Patient] ([MRN],[Last]) VALUES
# (N'E4471208',N'Bird'), (...);". Each value is typed by its column's name, as a CSV's cell by its header's.
_SQL_INSERT = re.compile(
    r"(?i:insert[ \t]+into)[ \t]+[\w.\[\]\"`]+[ \t]*\((?P<columns>[^()\n]{1,2000})\)\s*(?i:values)\s*"
    r"(?P<rows>\((?:[^()']|'(?:[^'\n]|'')*')*\)(?:\s*,\s*\((?:[^()']|'(?:[^'\n]|'')*')*\))*)"
)
_SQL_ROW = re.compile(r"\((?P<values>(?:[^()']|'(?:[^'\n]|'')*')*)\)")
# A value: a quoted string (N'...' in T-SQL), a number, NULL or an expression up to the next comma.
_SQL_VALUE = re.compile(r"\s*(?:N?'(?P<quoted>(?:[^'\n]|'')*)'|(?P<bare>[^,']*))\s*(?:,|$)")


def _sql_findings(text: str) -> Iterator[PhiFinding]:
    for statement in _SQL_INSERT.finditer(text):
        names = [_column_words(name.strip().strip('[]"`')) for name in statement.group("columns").split(",")]
        header = _header_columns(names)
        if header is None:
            continue
        columns, person, place = header
        for row in _SQL_ROW.finditer(text, statement.start("rows"), statement.end("rows")):
            cells: list[tuple[int, str]] = []
            at, end = row.start("values"), row.end("values")
            while at < end and (cell := _SQL_VALUE.match(text, at, end)) is not None and cell.end() > at:
                if cell.group("quoted") is not None:
                    cells.append((cell.start("quoted"), cell.group("quoted")))
                else:
                    cells.append((cell.start("bare"), cell.group("bare").strip()))
                at = cell.end()
            if len(cells) != len(columns):
                continue  # which value is which is unclear
            for column, is_name, is_place, (start, value) in zip(columns, person, place, cells, strict=True):
                if value and "''" not in value:
                    yield from _typed_cell(value, start, column, is_name, is_place)


def _label_kind(cell: str) -> tuple[PhiType | None, bool, bool] | None:
    """What a label cell names (a type, a name, a place), or None when it names nothing known."""
    name = _column_words(cell).rstrip(":")
    column = _csv_header_type(name)
    is_name, is_place = name in _CSV_NAME_HEADERS, name in _PLACE_HEADERS
    return (column, is_name, is_place) if column or is_name or is_place else None


def _pair_rows(text: str) -> Iterator[PhiFinding]:
    """A registration screen's row of labels and values side by side ("Addr|9048 Sycamore Ct|Apt|7-B|City|Springdale|
    ST|AR|ZIP|99153"): each value typed by the label before it, in a row of four cells or more where two labels
    or more are known and no value is itself a label (a table's header row is no such row)."""
    offset = 0
    for line in text.split("\n"):
        if line.count("|") >= 3:
            cells = _cells(line, offset)
            if len(cells) >= 4 and len(cells) % 2 == 0:
                kinds = [_label_kind(text[a:b]) for a, b in cells[0::2]]
                values = cells[1::2]
                if sum(k is not None for k in kinds) >= 2 and not any(
                    _label_kind(text[a:b]) for a, b in values if not _DIGIT.search(text, a, b)
                ):
                    for kind, (a, b) in zip(kinds, values, strict=True):
                        if kind is not None and b > a:
                            yield from _typed_cell(text[a:b], a, *kind)
        offset += len(line) + 1


def table_findings(text: str) -> Iterator[PhiFinding]:
    """The code-shaped cells under an identifier column's header, typed by that header."""
    if "INSERT" in text or "insert" in text:
        yield from _sql_findings(text)
    if "|" in text:
        yield from _pair_rows(text)
    if "," in text:
        yield from _csv_findings(text)
    if "\t" in text or "  " in text:
        yield from _aligned_findings(text)
    if "|" not in text:
        return
    for block in _blocks(text):
        rows = [(offset, line) for offset, line in block if not _SEPARATOR_ROW.fullmatch(line)]
        if len(rows) < 2:
            continue
        head_offset, head = rows[0]
        header = [text[s:e] for s, e in _cells(head, head_offset)]
        if any(_HEADER_DIGITS.search(cell) or not _PIPE_HEADER_CELL.fullmatch(cell) for cell in header):
            continue  # "| MRN | 4471208 |": a labelled field, not a header
        columns = _ages_of_people([_header_type(cell) for cell in header], header)
        names = [_column_words(c) for c in header]
        # a database's column names ("PAT_ID", "ADDR_LINE_1", "PatientName"): their words, their places
        words = _header_columns(names) if any("_" in c or _CAMEL.search(c) for c in header) else None
        person, place = (words[1], words[2]) if words else ([False] * len(header), [False] * len(header))
        if words:
            columns = [a or b for a, b in zip(columns, words[0], strict=True)]
        if not any(columns):
            continue
        framed = head.lstrip().startswith("|")
        for offset, line in rows[1:]:
            if framed and not line.lstrip().startswith("|"):
                continue  # under a framed header, a line that does not open with a bar is no row of it
            cells = _cells(line, offset)
            for column, is_name, is_place, (start, end) in zip(columns, person, place, cells, strict=False):
                if end > start:
                    yield from _typed_cell(text[start:end], start, column, is_name, is_place)


# --- a headerless row: a person's name in one cell makes its identifier-shaped cells someone's ----------
# An audit log's line ("AUDIT|2024-04-06 17:18:22|MCALLISTER^KALANI|W81287|READ|PATIENT"), a quoted export
# ('"08-Apr-2024 1404","MAC AN TSAOIR, HOPE","E832526851","16845222"'), a registry's extract: no header
# names the columns, so what kind of number a cell holds is not known (OTHER_ID), but a code in the row
# of a person's name is that person's. A cell is a code when it is one token of capitals, digits and inner
# separators with four digits or more; not a date, a pure number under six digits, a decimal, a fraction
# or a blood pressure ("9440/3", "122/64"), a LOINC or race code ("2106-3"), a provider taxonomy
# ("207Q00000X"), a dotted ICD-10 code ("E66.01"), a HCPCS code ("E0431"), an NDC ("0006-3026-02") or a
# room and bed ("3063A", "5158-D").
_ROW_CODE = re.compile(r"(?=(?:\D*\d){4})[A-Z0-9](?:[A-Z0-9]|[\-/.](?=[A-Z0-9])){3,29}")
_NOT_ROW_CODE = re.compile(
    r"\d{1,5}|\d*\.[\d.]*|\d+/\d+|\d{3,5}-\d|\d{3}[A-Z0-9]\d{5}X|[A-Z]\d{2}\.[0-9A-Z]{1,4}|[A-Z]\d{4}"
    r"|\d{4,5}-\d{3,4}-\d{1,2}"
    # a room's number and a bed's letter ("3063A", "5158-D", "237-A"): where the patient lies, not who
    r"|\d{3,4}-?[A-Z]"
)
_DIGIT = re.compile(r"\d")
_ROW_DELIMITERS = 3  # a line with three bars, tabs or commas or more is a row


def _row_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the line ``text[start:end]`` by its delimiter (bars, tabs, then commas), or none."""
    if end > start and text[end - 1] == "\r":  # as in _lines: a Windows line's end is no part of a cell
        end -= 1
    line = text[start:end]
    if line.count("|") >= _ROW_DELIMITERS:
        return _cells(line, start)
    if line.count("\t") >= _ROW_DELIMITERS:
        return _cells(line, start, "\t")
    if line.count(",") >= _ROW_DELIMITERS:
        return _csv_cells(line, start)
    return []


def row_codes(text: str, found: Sequence[PhiFinding]) -> Iterator[PhiFinding]:
    """OTHER_ID for each code-shaped cell of a delimited row that has a person's name found in a cell of
    its own (a cell with no digit, not "emp 4471, Keller"), and DATE for a cell of eight digits that is a
    date ("08231988"); the caller keeps only those no finding covers.
    Linear in the text: each line is searched for once, and each cell read for a digit once."""
    names: dict[int, list[PhiFinding]] = {}  # by the start of their line
    line_start = searched = 0
    for name in sorted((f for f in found if f.type is T.NAME), key=lambda f: f.start):
        newline = text.rfind("\n", searched, name.start)
        if newline >= 0:
            line_start = newline + 1
        searched = name.start
        names.setdefault(line_start, []).append(name)
    for start, in_line in names.items():
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if "<cr>" in text[start:end] or "<CR>" in text[start:end]:
            continue  # HL7 segments a log wrote on one line: no table's row (phi_hl7 reads them by field)
        cells = _row_cells(text, start, end)
        if not cells:
            continue
        starts = [a for a, _ in cells]
        digitless: dict[int, bool] = {}
        for name in in_line:
            index = bisect.bisect_right(starts, name.start) - 1
            a, b = cells[index]
            if a <= name.start and name.end <= b:
                if index not in digitless:
                    digitless[index] = _DIGIT.search(text, a, b) is None
                if digitless[index]:
                    break
        else:
            continue
        for a, b in cells:
            value = text[a:b].strip().strip('"').strip()  # a no-break space, blanks inside the quotes
            if _COMPACT_DATE_CELL.fullmatch(value):
                # a person's row holds their date of birth, written without separators ("08231988")
                a += text[a:b].index(value)
                yield PhiFinding(T.DATE, a, a + len(value), value, 0.5, "field")
            elif (
                _ROW_CODE.fullmatch(value)
                and not _NOT_ROW_CODE.fullmatch(value)
                and not _DATE_CELL.fullmatch(value)
                and not _placeholder(value)
            ):
                a += text[a:b].index(value)
                yield PhiFinding(T.OTHER_ID, a, a + len(value), value, 0.5, "field")
