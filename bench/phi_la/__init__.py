"""Planted PHI set LA: academic medicine and clinical teaching, written blind (see README.md).

340 notes with planted identifiers in 28 document types where real patients' details travel through
education paperwork (resident sign-out lists, morning report and grand-rounds speaker notes, M&M slides,
case-report drafts and journal cover letters, radiology teaching-file entries, ACGME case logs,
simulation debriefs built on an index patient, evaluations, consents to teach and to observe, lecture
capture requests, QI patient lists ...), and 110 look-alike notes without any identifier (curricula,
schedules, answer keys, milestone summaries). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_la import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 68917
N_PHI = 340
N_CLEAN = 110


def la_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set LA's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "a",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
