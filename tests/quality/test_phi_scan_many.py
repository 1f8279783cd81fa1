"""``PhiScanner.scan_many``: the rules read a batch of texts first, then the classifier reviews them all. The
findings are those of a ``scan`` each, whatever the batch holds (empty texts, values said aloud, OCR'd labels,
table rows whose codes recur), and the places that screen many texts at once use it."""

from __future__ import annotations

import pytest

from bench.phi_sets import set_notes
from mediflow.quality.phi import PhiScanner, apply_policy

TEXTS = [
    "",
    "Seen with her neighbor Rusty MacDonald at 41 Quarry Rd, Tamworth; call 603-555-0142.",
    "Caller gave her date of birth as march third nineteen forty one and MRN seven seven two one four.",
    "Gr0up: 88120431   NPl # 1234567893",
    'mrn,name,dob\n7712044,"Okafor, Ada",1950-02-03\n7712044,"Okafor, Ada",1950-02-03\n',
    "   ",
    "Mill Pkwy is not a drug. She moved back to Eastgate last spring.",
]


@pytest.mark.parametrize("use_model", [True, False])
def test_a_batch_finds_what_a_scan_each_finds(use_model: bool) -> None:
    scanner = PhiScanner(use_model=use_model)
    assert scanner.scan_many(TEXTS) == [scanner.scan(text) for text in TEXTS]
    assert scanner.scan_many([]) == []


def test_a_batch_of_planted_notes_finds_what_a_scan_each_finds() -> None:
    # T is spoken and transcribed care (values said aloud), Q machine-made text (tables, logs, HL7)
    notes = [n.text for key in "TQ" for n in set_notes(key)[::6]]
    scanner = PhiScanner()
    assert scanner.scan_many(notes) == [scanner.scan(text) for text in notes]


def test_a_samples_fields_are_scanned_as_one_batch(monkeypatch: pytest.MonkeyPatch) -> None:
    scanner = PhiScanner()
    batches: list[list[str]] = []
    original = PhiScanner.scan_many

    def spy(self: PhiScanner, texts: list[str]) -> list[list[object]]:
        batches.append(list(texts))
        return original(self, texts)  # type: ignore[return-value]

    monkeypatch.setattr(PhiScanner, "scan_many", spy)
    fields = {"instruction": "Summarise.", "input": TEXTS[1], "output": None}
    outcome = apply_policy("redact", fields, scanner)
    assert batches == [["Summarise.", TEXTS[1], ""]]
    assert outcome.findings["input"] == scanner.scan(TEXTS[1]) and outcome.findings["output"] == []
