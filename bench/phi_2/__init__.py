"""Planted PHI set 2: occupational, forensic and legal medicine, written blind (see README.md).

340 notes with planted identifiers in 28 document types (pre-placement and fitness-for-duty exams,
DOT/FMCSA driver forms, FAA AME worksheets, federal custody and control forms and MRO logs, breath
alcohol forms, workers' compensation first reports, IMEs and claim diaries, OSHA 300 logs, respirator
fit tests, hearing-conservation audiograms, SSA consultative exams, life-insurance paramedical exams,
SANE records, evidence chain of custody, medical examiner investigations and autopsies, legal blood
draws, subpoena/ROI logs, competency and custody evaluations, expert reports, jail intake screening),
and 110 look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_2 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 31859
N_PHI = 340
N_CLEAN = 110


def two_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 2's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "2",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
