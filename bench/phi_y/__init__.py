"""Planted PHI set Y: what patients, families and the public write, written blind (see README.md).

340 notes with planted identifiers in 28 document types written by patients and relatives and handed to a
clinic (caregiver diaries and shared-care notebooks, grievance letters and comment cards, compliments,
patient-advocate logs, crowdfunding and prayer-chain posts, forum posts flagged to a clinic, symptom-tracker
and wearable exports, letters to employers and schools, hand-filled advance-directive worksheets, home
medication lists, relatives' e-mails and texts, obituary and memorial drafts, patient-written histories),
and 110 look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_y import templates, values

SEED = 16086
N_PHI = 340
N_CLEAN = 110


def y_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set Y's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "y",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
