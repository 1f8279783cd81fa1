"""A headerless row (an audit log's line, a quoted export, a registry's extract): a code-shaped cell in the
row of a person's name is that person's identifier (OTHER_ID: no header says which kind), added where no
other reading found it. The names and values here are fresh (no planted set uses them)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest

from mediflow.quality.phi import PhiScanner, PhiType
from mediflow.quality.phi_rules import with_row_codes
from mediflow.quality.phi_table import row_codes, table_findings
from mediflow.quality.phi_types import PhiFinding
from tests.support.phi import found, found_by_rules

T = PhiType

AUDIT = "AUDIT|2025-02-17 08:41:09|QUARSHIE^BENEDIKT|K77310|READ|PATIENT|ORDERS"
EXPORT = '"11-Mar-2025 0912","VANTERPOOL, IMOGEN","Q430918852","27415309","HR 88","Lindqvist"'
REGISTRY = "CG23-55018\tT2290417\tOYELOWO^MARISKA^J\t19611204\tC50.9"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (AUDIT, "K77310"),
        (EXPORT, "Q430918852"),
        (EXPORT, "27415309"),
        (REGISTRY, "T2290417"),
        ('pump_gw,2025-06-02T10:11:12Z,88412907R,"Okafor, Demetria L.",START,heparin', "88412907R"),
    ],
)
def test_a_code_in_the_row_of_a_name_is_found(text: str, value: str) -> None:
    assert (T.OTHER_ID, value) in found_by_rules(text)
    assert any(v == value for _, v in found(text))  # with the classifier too (of whatever type it reads)


@pytest.mark.parametrize("end", ["\r\n", "\n"])
@pytest.mark.parametrize("sep", ["\t", ",", "|"])
def test_the_last_cell_is_read_whatever_ends_the_line(sep: str, end: str) -> None:
    # two rows, the second the text's last line with no line end after it
    row = sep.join(["2024-04-06", "Imogen Vanterpool", "READ", "W81287"])
    text = row + end + row
    codes = [f for f in PhiScanner(use_model=False).scan(text) if f.text == "W81287"]
    assert [f.start for f in codes] == [len(row) - 6, len(text) - 6]
    assert all(f.type is T.OTHER_ID for f in codes)


def test_an_export_with_a_header_and_windows_line_ends_is_read_by_its_columns() -> None:
    # the twin of the rows above: a header's last name kept the carriage return, and no column was typed
    text = "patient_id,last,first,acct\r\nE4471208,Vanterpool,Imogen,A-998812\r\n"
    findings = {(f.type, f.text) for f in table_findings(text)}
    assert {(T.MRN, "E4471208"), (T.ACCOUNT, "A-998812")} <= findings


def test_a_cell_padded_with_a_no_break_space_or_blanks_in_its_quotes_is_read() -> None:
    text = 'x\tImogen Vanterpool\t\xa0E832526851\xa0\tdone\n|Imogen Vanterpool|" Q430918852 "|x|'
    spans = {f.text: (f.start, f.end) for f in row_codes(text, _names(text))}
    assert text[slice(*spans["E832526851"])] == "E832526851"
    assert text[slice(*spans["Q430918852"])] == "Q430918852"


@pytest.mark.parametrize(
    "cell",
    [
        "122/64",  # a blood pressure
        "9440/3",  # an ICD-O morphology
        "2106-3",  # a race or LOINC code
        "207Q00000X",  # a provider taxonomy
        "E66.01",  # a dotted ICD-10 code
        "E0431",  # a HCPCS code
        "0006-3026-02",  # an NDC
        "95810",  # a five-digit number (a CPT code, a count)
        "1874.50",  # an amount
        "2025-03-14",  # dates
        "20250314",
    ],
)
def test_a_look_alike_in_the_row_of_a_name_is_no_code(cell: str) -> None:
    text = f'"VANTERPOOL, IMOGEN","{cell}","READ","done"'
    assert not [f for f in row_codes(text, _names(text)) if f.text == cell and f.type is not T.DATE]


@pytest.mark.parametrize("cell", ["08231988", "23081988", "19880823"])
def test_eight_digits_that_are_a_date_in_the_row_of_a_name_are_a_date(cell: str) -> None:
    text = f'"VANTERPOOL, IMOGEN","{cell}","READ","done"'
    assert [(f.type, f.text) for f in row_codes(text, _names(text))] == [(T.DATE, cell)]


@pytest.mark.parametrize("cell", ["13231988", "08321988", "08231788", "86669483"])
def test_eight_digits_that_are_no_date_stay_a_code(cell: str) -> None:
    text = f'"VANTERPOOL, IMOGEN","{cell}","READ","done"'
    assert [(f.type, f.text) for f in row_codes(text, _names(text))] == [(T.OTHER_ID, cell)]


def _names(text: str) -> list[PhiFinding]:
    return [f for f in PhiScanner(use_model=False).scan(text) if f.type is T.NAME]


def test_a_row_needs_a_name_in_a_cell_of_its_own() -> None:
    # no name in the row: an inventory's codes are no one's
    assert not list(row_codes("BIN-4,Q430918852,27415309,sealed", []))
    # prose with commas: the name shares its "cell" with a number, so the line is no row
    prose = "0951 IMOGEN VANTERPOOL (emp 4471), c/o chest pain, Q430918852, 128, 88%."
    assert not list(row_codes(prose, _names(prose)))
    # fewer than three delimiters: a sentence, not a row
    short = '"VANTERPOOL, IMOGEN","Q430918852"'
    assert not list(row_codes(short, _names(short)))


def test_what_was_found_keeps_its_type() -> None:
    # a cell another reading typed (here a record number) is left as it is: only gaps are filled
    text = '"VANTERPOOL, IMOGEN","Q430918852","27415309","x","y"'
    names = _names(text)
    start = text.index("Q430918852")
    mrn = PhiFinding(T.MRN, start, start + 10, "Q430918852", 0.9, "model")
    out = with_row_codes(text, sorted([*names, mrn], key=lambda f: f.start))
    assert (T.MRN, "Q430918852") in [(f.type, f.text) for f in out]
    assert (T.OTHER_ID, "27415309") in [(f.type, f.text) for f in out]
    assert [f for f in out if f.text == "Q430918852"] == [mrn]


@pytest.mark.parametrize(
    "make",
    [
        # a long export, a name in every row
        lambda n: "".join(f'"{i:05d}","KELLER, MARIA","E{4400000 + i}","done"\n' for i in range(n // 40)),
        # one line: many names, one huge cell with a digit at its end, then delimiters
        lambda n: "Maria Keller " * (n // 13) + "1,,,",
        # one line of many cells, a name in every fourth
        lambda n: "Keller, Maria,E4471208,x," * (n // 25),
    ],
    ids=["a long export", "one huge cell of names", "one long row"],
)
def test_rows_are_read_in_linear_time(make: Callable[[int], str]) -> None:
    def cpu(text: str) -> float:
        names = _names_fast(text)
        best = float("inf")
        for _ in range(3):
            t = time.process_time()
            list(row_codes(text, names))
            best = min(best, time.process_time() - t)
        return best

    small, large = cpu(make(6000)), cpu(make(48000))
    assert large < 13 * small + 0.02, f"{small:.4f}s for 6,000 characters, {large:.4f}s for 48,000"


def _names_fast(text: str) -> list[PhiFinding]:
    # every "Maria Keller" and "KELLER, MARIA" as a name, without the scanner's own cost
    return [
        PhiFinding(T.NAME, m.start(), m.end(), m.group(), 0.7, "rule")
        for m in re.finditer(r"KELLER, MARIA|Maria Keller|Keller, Maria", text)
    ]
