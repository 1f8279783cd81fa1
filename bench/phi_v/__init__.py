"""Planted PHI set V: long-term, residential and community-based care, written blind (see README.md).

340 notes with planted identifiers in 30 document types from nursing homes and skilled nursing (MDS
items and validation reports, care-plan conferences, fall and injury reports, wound rounds, eMAR and
controlled-substance count sheets, cabinet biometric audits, wander-tag and nurse-call logs, tray cards,
face sheets, Medicare non-coverage and bed-hold notices, trust-fund ledgers, state survey excerpts),
assisted living, ICF/IID group homes, PACE, adult day services, guardianship, representative payees,
Medicaid waiver level-of-care, PASRR, ombudsman, APS and discharge-to-community (MFP) plans; and 110
look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_v import templates, values

SEED = 12753
N_PHI = 340
N_CLEAN = 110


def v_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set V's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "V",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
