"""Long lines and long runs without whitespace: the scan stays linear and offsets hold.

An uploaded corpus can hold a megabyte on one line, a pasted blob, or a separator of thousands of
characters. Rules that read a token or a field greedily from each place one may start cost the rest of
the run or line at every start: "ID-" repeated took 5 s for 16,000 characters and a long line of
capitals 1.6 s for 64,000, growing with the square of the length.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from mediflow.quality import phi
from mediflow.quality.phi import LONG_RUN, RUN_PIECE, PhiScanner, PhiType, with_breaks


@pytest.fixture(scope="module")
def scanner() -> PhiScanner:
    s = PhiScanner(use_model=False)
    s.scan("Seen by Dr. Maria Keller in Springfield, Ohio on 03/04/2021.")
    return s


def test_short_runs_are_read_as_written() -> None:
    text = "MRN-4471208 " + "x" * LONG_RUN + " Seen by Dr. Keller."
    assert with_breaks(text) is text


def test_a_long_run_is_read_in_pieces_at_its_punctuation() -> None:
    text = "ab " + "ID-" * 1000 + " cd"
    read = with_breaks(text)
    assert len(read) == len(text)
    changed = [i for i, (a, b) in enumerate(zip(text, read, strict=True)) if a != b]
    assert changed and all(text[i] == "-" and read[i] == " " for i in changed)
    assert max(len(piece) for piece in read.split()) <= RUN_PIECE
    blob = "Q" * 1000  # no punctuation: cut every RUN_PIECE characters
    assert max(len(piece) for piece in with_breaks(blob).split()) <= RUN_PIECE


def test_findings_beside_long_runs_are_the_same_and_keep_the_callers_characters(scanner: PhiScanner) -> None:
    note = "Patient: Maria Keller, MRN 4471208, seen 03/04/2021."
    head, tail = "=-" * 400 + "\n", "\n" + "ab.cd/" * 300
    alone = scanner.scan(note)
    found = scanner.scan(head + note + tail)
    shifted = [
        (f.type, f.start - len(head), f.end - len(head), f.text) for f in found if f.start >= len(head)
    ]
    assert shifted[: len(alone)] == [(f.type, f.start, f.end, f.text) for f in alone]
    assert {PhiType.NAME, PhiType.MRN, PhiType.DATE} <= {f.type for f in alone}
    text = head + note + tail
    assert all(f.text == text[f.start : f.end] for f in found)


def _cpu(scanner: PhiScanner, text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.process_time()
        scanner.scan(text)
        best = min(best, time.process_time() - t)
    return best


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "ID-" * (n // 3),
        lambda n: "A'" * (n // 2),
        lambda n: "AB CD " * (n // 6),
        lambda n: "Patient: Maria Keller. " + "Keller saw Keller and " * (n // 22),
        lambda n: "Keller, Maria " * (n // 14),
        # the structured fields' readers, on one line or many: XML without a blank, CDA ids never closed,
        # X12 segments, DICOM attributes, ASTM records, a fixed-width table
        lambda n: "<LastName>Keller</LastName><City>Hope</City>" * (n // 45),
        lambda n: '<id root="2.16.840.1.113883.19.5" ' * (n // 36),
        lambda n: "NM1*IL*1*KELLER*MARIA****MI*W4471208~N3*12 ELM ST~" * (n // 50),
        lambda n: "PatientID ........ 4471208\n" * (n // 27),
        lambda n: "H|\\^&\n" + "P|1||4471208||KELLER^MARIA||19500304\n" * (n // 38),
        lambda n: "MRN        Name         Acct\n" + "4471208    Maria Keller  A-998812\n" * (n // 35),
        # a line of blanks after a DICOM attribute (cubic once), identifiers each written twice, a CDA
        # element never closed
        lambda n: "PatientID 1234567\n" + " " * n + "\n",
        lambda n: "".join(f"MRN {7000000 + i} seen; again {7000000 + i}.\n" for i in range(n // 36)),
        lambda n: "<city " * (n // 6),
        # words an OCR may have misread, each before a label's colon, long and many
        lambda n: ("Physlclan" * 30 + ": Gr0up ") * (n // 278),
        # HL7 segment lines between names written with carets (each name once checked against the lines)
        lambda n: "OBX|1|CE|GLU^GLUCOSE^L||F^Female^HL70001|KOWALCZYK^IRENA\n" * (n // 55),
        # a fixed-width report's padded columns, the padding growing with the text: the facility rule's
        # look-ahead split each run of blanks across its three repeats (cubic in the run: 1.6 s for eight
        # runs of 320 blanks)
        pytest.param(lambda n: ("Word" + " " * (n // 16 - 4)) * 16, marks=pytest.mark.timeout(120)),
        pytest.param(lambda n: ("Word" + "\t" * (n // 16 - 4)) * 16, marks=pytest.mark.timeout(120)),
        # bare ID labels on one line: each read back to its line's start before the payer's word was bounded
        lambda n: "Medicaid lab run, ID: QZ1234X; " * (n // 31),
        # ten digits in brackets on one line: each NPI's role was looked for back to the line's start (15 s for
        # 37,500 characters)
        lambda n: "x (1215550108) " * (n // 15),
    ],
    ids=[
        "hyphen-joined codes",
        "apostrophes",
        "a line of capitals",
        "a name recurring",
        "Surname, Given",
        "XML elements",
        "CDA ids never closed",
        "X12 segments",
        "DICOM attributes",
        "ASTM records",
        "a fixed-width table",
        "a line of blanks after a DICOM attribute",
        "identifiers written twice",
        "CDA elements never closed",
        "OCR-misread label words",
        "segments between caret names",
        "columns padded with blanks",
        "columns padded with tabs",
        "bare ID labels on one line",
        "bracketed ten digits on one line",
    ],
)
def test_scan_cost_grows_linearly_with_the_length(scanner: PhiScanner, make: Callable[[int], str]) -> None:
    # Eight times the text: about eight times the CPU (the quadratic scan took 18-60 times).
    small, large = _cpu(scanner, make(6000)), _cpu(scanner, make(48000))
    assert large < 13 * small + 0.05, f"{small:.3f}s for 6,000 characters, {large:.3f}s for 48,000"


def test_a_padded_comma_separated_line_is_read_in_linear_time(scanner: PhiScanner) -> None:
    # A CSV header's cells and the spaces before a comma could share a cell's padding: a line that was
    # no header was tried in every split (1.4 s for eight padded cells, ~7x per cell more).
    text = "Results below\n" + "Name      ," * 8 + " 45\nEnd"
    assert _cpu(scanner, text) < 0.1
    header = "patient_id , last ,first,  dob , plan member\n1234567, Nwosu, Imogen, 03/04/1950, XK-448812\n"
    assert any(f.type is PhiType.NAME and f.text == "Nwosu" for f in scanner.scan(header))


@pytest.mark.timeout(60)
def test_a_padded_header_after_a_biometric_cue_is_read_in_linear_time(scanner: PhiScanner) -> None:
    # A dispensing cabinet's report: "BIO-ID" is a biometric cue, and up to seven words may stand between
    # a cue and its template's code. Each word's blanks were split in every way between the two blank runs
    # around its optional bracket or colon before the seven failed: 1.5 s for this one header line, about
    # three times more for each ten blanks added.
    header = "TIME                 USER                 BIO-ID            PATIENT                  MRN"
    header += "          MED                    QTY"
    row = "2024-06-21 09:23:36  Nguyen Rivers     FTMPL5894361     Price, Ivy E.     84 553 391     Keppra 500 mg"
    assert _cpu(scanner, header + "\n" + row + "\n") < 0.1
    wider = "BIO-ID" + "".join(
        " " * 60 + word for word in ("PATIENT", "MRN", "MED", "QTY", "USER", "DOB", "BED")
    )
    assert _cpu(scanner, wider) < 0.1
    # what the cue still reads: a template's code a few words on
    found = scanner.scan("Cabinet bio-ID   :   FTMPL5894361 verified")
    assert [(f.type, f.text) for f in found] == [(PhiType.BIOMETRIC, "FTMPL5894361")]


def test_no_pattern_splits_a_run_of_blanks_between_two_loops() -> None:
    # "[ \t]*[:#]?[ \t]*" splits a run of blanks between its two loops in every way before it fails;
    # "[ \t]*(?:[:#][ \t]*)?" matches the same text, trying the same ends first (see phi_rules' header).
    idiom = re.compile(r"\[ \\t\]\*(?:\[(?:\\.|[^\]\\])*\]|\\.|[^\\\[\](){}*+?|])\?\[ \\t\]\*(?![+?])")
    package = Path(phi.__file__).parent
    found = [
        f"{path.name}:{source[: m.start()].count(chr(10)) + 1}"
        for path in sorted(package.glob("phi*.py"))
        for source in [path.read_text(encoding="utf-8")]
        for m in idiom.finditer(source)
        if not source[source.rfind("\n", 0, m.start()) + 1 : m.start()].lstrip().startswith("#")
    ]
    assert found == []
