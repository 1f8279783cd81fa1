"""PHI screening for generated samples and uploaded corpora: find, redact, surrogate, decide.

Detection is our one-pass engine (``phi_rules``: one compiled alternation plus set lookups in the
census name and GeoNames place lists of ``phi_lexicon``), covering the 18 HIPAA Safe Harbor kinds.
Presidio's offline pattern recognizers (``phi_presidio``) can be added with
``PhiScanner(use_presidio=True)``; they are off by default because on the planted sets they add
no recall the engine lacks and cost about ten times its CPU (``python -m bench.phi_recall``).
A learned token classifier (``phi_model``) can add the spans it finds where no rule finding is and
drop rule findings it is sure are no PHI (``PhiScanner(use_model=True)``; by default the
``MEDIFLOW_PHI_MODEL`` setting, on: in bench/phi_model_cv_a_to_u.txt's first-contact cross-author
figures it raised recall and lowered false positives; ``use_model=False`` is the rules alone).
Everything here is pure (no DB, no network); build one ``PhiScanner`` per process.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, NamedTuple

from mediflow.quality import phi_lexicon
from mediflow.quality.phi_model import load_tagger
from mediflow.quality.phi_rules import (
    run_rules,
    with_licence_shapes,
    with_row_codes,
    with_shapes_kept,
    with_signed_initials,
    with_staff_codes,
    without_organisation_numbers,
)
from mediflow.quality.phi_spoken import Spoken, widen, with_spoken_values
from mediflow.quality.phi_surrogate import Surrogator
from mediflow.quality.phi_types import PhiFinding, PhiType
from mediflow.quality.phi_zip import redact_location, zip_tail

__all__ = [
    "CorpusPhiPolicy",
    "PhiFinding",
    "PhiOutcome",
    "PhiPolicy",
    "PhiScanner",
    "PhiType",
    "apply_policy",
    "get_scanner",
    "merge_findings",
    "redact",
    "scan",
    "surrogate",
    "zip3_summary",
]


def _preference(finding: PhiFinding) -> tuple[float, int, int]:
    # Higher score first; on a tie the longer span (a full address beats its ZIP line) and then
    # our rules, whose type comes from a label, over Presidio's shape-only guess.
    return (-finding.score, -(finding.end - finding.start), 0 if finding.source != "presidio" else 1)


def merge_findings(candidates: Iterable[PhiFinding]) -> list[PhiFinding]:
    """Keep the preferred candidate wherever candidates overlap; return them sorted by start."""
    kept: list[PhiFinding] = []
    for candidate in sorted(candidates, key=_preference):
        if not any(candidate.overlaps(other) for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda f: (f.start, f.end))


# A run of more than LONG_RUN characters with no whitespace is no prose (a separator line, a pasted blob,
# hyphen-joined codes). Many rules read a token greedily from each place one may start, so inside such a
# run each start costs the rest of the run: scanning was quadratic in its length ("ID-" repeated: 5 s for
# 16,000 characters, hours for an uploaded megabyte). The rules read such a run with a space put in at
# least every RUN_PIECE characters, at the piece's last punctuation mark where it has one (so a code like
# "MRN-4471208" stays whole): the same length, so offsets hold, and the scan stays linear.
LONG_RUN = 256
RUN_PIECE = 128
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN + 1},}}")
_PUNCT = re.compile(r"[^\w\s]")


def with_breaks(text: str) -> str:
    """``text`` with a space at least every RUN_PIECE characters of each run longer than LONG_RUN."""
    runs = list(_LONG_RUN.finditer(text))
    if not runs:
        return text
    chars = list(text)
    for run in runs:
        start, end = run.span()
        while end - start > RUN_PIECE:
            piece = text[start : start + RUN_PIECE]
            marks = [m.start() for m in _PUNCT.finditer(piece) if m.start() > 0]
            cut = start + (marks[-1] if marks else RUN_PIECE - 1)
            chars[cut] = " "
            start = cut + 1
    return "".join(chars)


# A key=value log's or an export's keys in snake case ("pt_mrn=", "member_id:", '"patient_dob": '): the
# rules read labels as words, so the key's underscores are read as spaces (the same length: offsets hold).
# Only a key right before "=" or ":" (its closing quote between): an e-mail's or a file's underscores stay.
_SNAKE_KEY = re.compile(
    r"(?<![\w.@/\-?&;=])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?=[\"']?[ \t]*[=:](?![/:]))"
)
# A two-column export's line, a snake-case key, a comma and one value ("device_serial,PDM78759304"): its comma is
# read as the key's colon.
_KEY_COMMA = re.compile(r"(?m)^([a-z][a-z0-9]*(?:_[a-z0-9]+)+),(?=[^,\n]*\S[^,\n]*$)")
# A URL's query ("?pt_name=john&visit_no=9") keeps its underscores: the URL is read whole.
_URL = re.compile(r"(?i:https?://|ftp://|www\.)\S+")


# A form's dotted leader between a label and its value ("LAST NAME..........Boudreaux", "D.O.B. ............04/28/1930",
# "PALM ID............PV0957901"): four dots or more, read as blanks and the label's colon (the same length: offsets
# hold), so each rule that reads a labelled value reads this one (a name's field wants its colon). Not an ellipsis
# ("and then..."), nor a leader that ends its line.
_LEADER = re.compile(r"(?<=[A-Za-z#.):])[ \t]?+\.{4,}+(?=[ \t]*+[^\s.])")


def with_leaders(text: str) -> str:
    """``text`` with its dotted leaders (``_LEADER``) read as a colon and blanks."""
    if "...." not in text:
        return text
    chars = list(text)
    for leader in _LEADER.finditer(text):
        first = leader.start() + (chars[leader.start()] != ".")
        colon = text[leader.start() - 1] != ":" and text[leader.end() : leader.end() + 1] != ":"
        for i in range(first, leader.end()):  # the last dot the colon, right before the value or its quote
            chars[i] = ":" if colon and i == leader.end() - 1 else " "
    return "".join(chars)


def with_keys_spaced(text: str) -> str:
    """``text`` with the underscores of its snake-case keys read as spaces, and the comma after a two-column
    export's key (``_KEY_COMMA``) as a colon."""
    if "_" not in text:
        return text
    if "," in text and "\n" in text:
        commas = [m.end(1) for m in _KEY_COMMA.finditer(text)]
        if len(commas) > 1:  # a list of keys and values, not one line that happens to hold a comma
            chars = list(text)
            for i in commas:
                chars[i] = ":"
            text = "".join(chars)
    keys = list(_SNAKE_KEY.finditer(text))
    if not keys:
        return text
    if "://" in text or "www." in text:
        urls = [m.span() for m in _URL.finditer(text)]
        keys = [k for k in keys if not any(a <= k.start() < b for a, b in urls)]
    chars = list(text)
    for key in keys:
        for i in range(key.start(), key.end()):
            if chars[i] == "_":
                chars[i] = " "
    return "".join(chars)


def with_zpl_fields(text: str) -> str:
    """``text`` with each ZPL "^FD" command read as blanks, so that its field data starts a word: a ZPL
    label's (a wristband's, a specimen label's) field data follows the command with no blank, and
    "^FDMRN 9924-9313-6^FS" is read as "   MRN 9924-9313-6^FS" (the same length: offsets hold)."""
    return text.replace("^FD", "   ")


# An OCR'd fax misreads a label's letters: "o" as "0" ("Gr0up:", "Teleph0ne", "C0VER SHEET"), "b" as "6"
# ("Mem6er"), "I" as "l" ("NPl #", "lD:") and "i" as "l" ("Referrlng Physlclan:", "Offlce fax #"). Candidates: a
# word with 0, 1, 5 or 6 among its letters (a 6 after a letter only: "6lbs" is a weight), a word in capitals with an
# "l", and a word with an "l" right before a label's colon or "#" (or one word before it). One that is no English
# word, and that one reading of its suspect characters makes an English word (or a label's abbreviation), is read as
# that word: the same length, so offsets hold.
# What follows a label's word: its colon or "#", right after it or after one more word.
_LABEL_END = r"[ \t]*[:#]|[ \t]+[A-Za-z]+[ \t]*[:#]"
_OCR_WORD = re.compile(
    r"(?<![\w\-/@.])(?:"
    r"(?=[A-Za-z]*[0156][A-Za-z])(?=(?:[0156]*[A-Za-z]){2})[A-Za-z0156]++"
    r"|(?=[A-Z]*l)(?=l*[A-Z])[A-Zl]++"
    rf"|(?=[A-Za-z]*l)[A-Za-z]++(?={_LABEL_END})"
    r")(?![\w\-/@])"
)
_OCR_LABELS = frozenset(
    {"npi", "mrn", "dob", "ssn", "dea", "id", "no", "to", "dr", "md", "pcp", "fin", "acct"}
)
_OCR_READS = {"0": "o", "1": "li", "5": "s", "6": "b", "l": "i"}
_LABEL_AFTER = re.compile(_LABEL_END)
_NUMBER_AFTER = re.compile(r"[ \t]+\d")


def _reads_as_capitals(word: str) -> bool:
    """Whether a misread word is read in capitals: most of its letters are, or every one that is no suspect ("lD" is
    "ID", "NPl" is "NPI")."""
    return sum(c.isupper() for c in word) > len(word) // 2 or all(
        c.isupper() for c in word if c not in _OCR_READS
    )


def _ocr_reading(word: str, label: bool, value_after: bool = False) -> str | None:
    """The English word (or label abbreviation) that ``word`` misreads, if one reading of it gives one; a label's
    abbreviation also right before a number ("NPl 1588987408": ``value_after``)."""
    if (
        phi_lexicon.is_english(word)
        or word.lower() in _OCR_LABELS
        or word.lower() in phi_lexicon.census_names()
    ):
        return None  # a word, a label, or a name ("Allen" is no misread "Alien", "Marla" no "Maria")
    suspects = [i for i, c in enumerate(word) if c in _OCR_READS and (i or c != "6")]
    if not suspects or len(suspects) > 4:
        return None
    upper = _reads_as_capitals(word)
    if not upper and len(word) < 5 and all(word[i] == "l" for i in suspects):
        return None  # "Trl #27" is a trail, not "Tri"
    options = [[word[i], *_OCR_READS[word[i]]] for i in suspects]
    for choice in itertools.product(*options):
        chars = list(word)
        for i, c in zip(suspects, choice, strict=True):
            chars[i] = c.upper() if upper else c
        reading = "".join(chars)
        if reading == word:
            continue
        if reading.lower() in _OCR_LABELS and (label or value_after):
            return reading
        if len(reading) >= 3 and (label or len(reading) >= 4) and phi_lexicon.is_english(reading):
            return reading
    return None


def with_ocr_labels(text: str) -> str:
    """``text`` with the words an OCR misread in labels read as the words they are (see ``_OCR_WORD``)."""
    chars: list[str] | None = None
    for match in _OCR_WORD.finditer(text):
        word = match.group()
        reading = _ocr_reading(
            word,
            _LABEL_AFTER.match(text, match.end()) is not None,
            _NUMBER_AFTER.match(text, match.end()) is not None,
        )
        if reading is not None:
            chars = list(text) if chars is None else chars
            chars[match.start() : match.end()] = reading
    return text if chars is None else "".join(chars)


class PhiScanner:
    """Finds PHI in text. Construct once and reuse; ``scan`` is thread-safe."""

    def __init__(
        self, use_presidio: bool = False, dictionaries: bool = True, use_model: bool | None = None
    ) -> None:
        self._dictionaries = dictionaries
        if dictionaries:
            phi_lexicon.load()
        if use_model is None:
            from mediflow.core.settings import get_settings

            use_model = get_settings().phi_model
        self._tagger = load_tagger() if use_model else None
        self._analyzer: Any = None
        if use_presidio:  # imported here: Presidio and its spaCy pipeline take seconds to load
            from mediflow.quality.phi_presidio import build_analyzer

            self._analyzer = build_analyzer()

    def scan(self, text: str) -> list[PhiFinding]:
        if not text:
            return []
        return self._finish(self._rules(text))

    def scan_many(self, texts: Sequence[str]) -> list[list[PhiFinding]]:
        """``scan`` of each text, the same findings: the rules read every text first, then the classifier
        reviews them all, so that neither's tables and caches push the other's out of the CPU's between two
        texts (~12 % less CPU than a ``scan`` each over 64 notes, ~7 % over 4: bench.phi_recall)."""
        pending = [self._rules(text) if text else None for text in texts]
        return [[] if job is None else self._finish(job) for job in pending]

    def _rules(self, text: str) -> _Pending:
        # values said aloud are read as written ("five five five" as "555"), each in its own span
        # (and broken again: a long run of number words is one long token once written)
        read, spoken = with_spoken_values(with_breaks(text))
        if spoken:
            read = with_breaks(read)
        read = with_ocr_labels(with_zpl_fields(with_keys_spaced(read)))
        # ordered and non-overlapping; the structured fields' readers read the text as written. A dotted leader is
        # read as a colon by the rules only: the classifier learnt forms with their dots
        found = list(run_rules(with_leaders(read), self._dictionaries, structure=text))
        return _Pending(text, read, spoken, found)

    def _finish(self, job: _Pending) -> list[PhiFinding]:
        text, read, spoken, findings = job
        if self._tagger is not None:
            reviewed = with_signed_initials(read, findings, self._tagger.review(read, findings))
            findings = with_shapes_kept(read, findings, reviewed)
        if spoken:
            findings = widen(findings, spoken)
        if read is not text:  # a finding's text is the caller's characters, not the space put in
            findings = [replace(f, text=text[f.start : f.end]) for f in findings]
        findings = with_row_codes(text, without_organisation_numbers(text, with_staff_codes(text, findings)))
        findings = with_licence_shapes(text, findings)
        if self._analyzer is None:
            return findings
        from mediflow.quality.phi_presidio import presidio_findings

        return merge_findings([*findings, *presidio_findings(self._analyzer, text)])

    def scan_fields(self, fields: Mapping[str, str | None]) -> dict[str, list[PhiFinding]]:
        names = list(fields)
        found = self.scan_many([fields[name] or "" for name in names])
        return dict(zip(names, found, strict=True))


class _Pending(NamedTuple):
    """A text the rules have read and the classifier has yet to review (``PhiScanner._rules``)."""

    text: str
    read: str  # the text as the rules read it (spoken values written, OCR'd labels mended)
    spoken: list[Spoken]  # what ``with_spoken_values`` rewrote, for ``widen``
    findings: list[PhiFinding]


_scanner: PhiScanner | None = None
_scanner_lock = threading.Lock()


def get_scanner() -> PhiScanner:
    """The process-wide scanner, built on first use."""
    global _scanner
    with _scanner_lock:
        if _scanner is None:
            _scanner = PhiScanner()
        return _scanner


def scan(text: str) -> list[PhiFinding]:
    """Merged, non-overlapping PHI findings in ``text``, sorted by position."""
    return get_scanner().scan(text)


def redact(text: str, findings: Iterable[PhiFinding]) -> str:
    """``text`` with every finding's span replaced by ``[TYPE]``; a ZIP keeps what Safe Harbor allows.

    A location ending in a ZIP code keeps its first three digits where that area holds more than
    20,000 people (``[LOCATION] 021**``) and writes ``000**`` where it does not (see ``phi_zip``).
    """
    parts: list[str] = []
    cursor = 0
    for finding in merge_findings(findings):
        parts.append(text[cursor : finding.start])
        parts.append(
            redact_location(finding.text) if finding.type is PhiType.LOCATION else f"[{finding.type.value}]"
        )
        cursor = finding.end
    parts.append(text[cursor:])
    return "".join(parts)


def surrogate(text: str, findings: Iterable[PhiFinding], surrogator: Surrogator | None = None) -> str:
    """``text`` with every finding replaced by a realistic stand-in (see ``phi_surrogate``).

    Pass one ``Surrogator`` for all the fields of one document so that names and the date
    shift stay consistent across them.
    """
    surrogator = surrogator or Surrogator()
    parts: list[str] = []
    cursor = 0
    for finding in merge_findings(findings):
        parts.append(text[cursor : finding.start])
        parts.append(surrogator.replace(finding))
        cursor = finding.end
    parts.append(text[cursor:])
    return "".join(parts)


class PhiPolicy(StrEnum):
    """What to do with a sample that contains PHI."""

    FLAG = "flag"  # keep it unchanged, record the findings and counts
    REDACT = "redact"  # keep it with every finding replaced by [TYPE]
    SURROGATE = "surrogate"  # keep it with realistic stand-ins, consistent within the sample
    DROP = "drop"  # do not store it (counted as filtered, reason "phi")


class CorpusPhiPolicy(StrEnum):
    """What an upload into a corpus does with PHI; the text stored is what PIT jobs read."""

    FLAG = "flag"  # store unchanged, count findings per document
    REDACT = "redact"  # store with every finding replaced by [TYPE]
    SURROGATE = "surrogate"  # store with realistic stand-ins (dates shifted per document)
    REFUSE = "refuse"  # refuse the whole upload if any document holds PHI


@dataclass(frozen=True)
class PhiOutcome:
    """The result of screening one sample's fields under a policy."""

    policy: PhiPolicy
    findings: dict[str, list[PhiFinding]]
    drop: bool
    redacted: dict[str, str | None] | None = None
    summary: dict[str, int] = field(default_factory=dict)
    # ZIP codes found, by their first three digits: "allowed" may stay, "restricted" become 000.
    zip3: dict[str, list[str]] = field(default_factory=dict)

    @property
    def has_phi(self) -> bool:
        return any(self.findings.values())

    @property
    def total(self) -> int:
        return sum(self.summary.values())


def zip3_summary(findings: Iterable[PhiFinding]) -> dict[str, list[str]]:
    """The ZIP3 prefixes of the ZIP codes found: which may stay and which must become 000."""
    out: dict[str, set[str]] = {}
    for finding in findings:
        tail = zip_tail(finding.text) if finding.type is PhiType.LOCATION else None
        if tail is not None:
            out.setdefault("restricted" if tail.restricted else "allowed", set()).add(tail.zip3)
    return {kind: sorted(prefixes) for kind, prefixes in sorted(out.items())}


def _summary(findings: Mapping[str, list[PhiFinding]]) -> dict[str, int]:
    counts = Counter(f.type.value for found in findings.values() for f in found)
    return dict(sorted(counts.items()))


def apply_policy(
    policy: PhiPolicy | str,
    fields: Mapping[str, str | None],
    scanner: PhiScanner | None = None,
    *,
    seed: int | None = None,
) -> PhiOutcome:
    """Scan every field and decide: keep (flag), rewrite (redact, surrogate) or drop the sample.

    ``seed`` fixes the surrogates and the date shift (one per call, shared by all fields).
    """
    policy = PhiPolicy(policy)
    findings = (scanner or get_scanner()).scan_fields(fields)
    has_phi = any(findings.values())
    redacted = None
    if policy is PhiPolicy.REDACT:
        redacted = {
            name: None if value is None else redact(value, findings[name]) for name, value in fields.items()
        }
    elif policy is PhiPolicy.SURROGATE:
        surrogator = Surrogator(seed)
        redacted = {
            name: None if value is None else surrogate(value, findings[name], surrogator)
            for name, value in fields.items()
        }
    return PhiOutcome(
        policy=policy,
        findings=findings,
        drop=policy is PhiPolicy.DROP and has_phi,
        redacted=redacted,
        summary=_summary(findings),
        zip3=zip3_summary(f for found in findings.values() for f in found),
    )
