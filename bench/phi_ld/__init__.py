"""Planted PHI set LD: surgery and the surgical specialties, written blind (see README.md).

340 notes with planted identifiers in 29 document types as surgeons, residents and surgical nurses write
them (consults and H&Ps, operative and brief op notes, trauma and acute-care surgery notes, burn flowsheets
and graft logs, neurosurgery/spine, vascular and wound-vac, colorectal and ostomy, breast and endocrine
letters, hernia and bariatric follow-up, paediatric letters to parents, consents and risk discussions,
post-op calls, pathology requisitions, implant registry forms, SSI surveillance, M&M submissions, referral
replies, resident case logs), and 110 look-alike notes without any identifier (ASA classes, Clavien-Dindo
grades, blood loss, drain outputs, suture and mesh sizes, implant models and stock lots, CPT/ICD/HCPCS
codes, wound classes, TBSA, BMI). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_ld import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 86453
N_PHI = 340
N_CLEAN = 110


def ld_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set LD's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "d",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
