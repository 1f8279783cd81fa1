"""Planted PHI set M: student, athletic and camp health, written blind (see README.md).

340 notes with planted identifiers in 29 document types (college health visits, immunization holds, TB
screening of international students, meningitis and insurance hard-waivers, counselling intake and crisis
follow-up, accommodation letters, athletic-training logs, ImPACT/SCAT baselines and return-to-play, PPE
forms, NCAA and high-school eligibility, team-physician notes, camp infirmary logs and MARs, parents' camp
forms, study-abroad and field-trip clearances, residence-hall and campus-police reports, student-employee
injuries, SEVIS memos, biometric access logs ...) and 110 look-alike notes without any identifier.
Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lm import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 112297
N_PHI = 340
N_CLEAN = 110


def lm_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set M's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "m",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
