"""Set O: a held-out planted PHI set of paperwork outside the hospital chart, written blind.

Patient-portal messages, payer statements and prior-authorization faxes, pharmacy-benefit, legal
and vital-records documents, court-ordered evaluations, workers' compensation, public-health and
zoonosis reports, research consent and recruitment, phone triage logs and voicemail transcripts;
much of it free prose or OCR-damaged scans. Written from the labelling conventions alone
(bench/phi_planted/CONVENTIONS.md), without reading the engine; see README.md.
"""

from __future__ import annotations

from bench.phi_o import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 1526
N_PHI = 340
N_CLEAN = 110


def o_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """``n_phi`` notes with identifiers (note types in turn) and ``n_clean`` look-alike notes without any."""
    return note_set(
        "O",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
