"""Planted PHI set 8: pharmacy and medication management, written blind (see README.md).

340 notes with planted identifiers in 30 pharmacy document types (prescription labels and hard copies,
e-prescriptions, refill faxes, clarification calls, controlled-substance logs and order-form receipts,
waste and cabinet-override records, compounding and IV batch records, MTM reviews, med sync, 340B audits,
prior authorisations and claim rejects, vaccine records, mail-order and cold-chain logs, counselling,
poison-centre calls, recall notifications, error reports, drive-thru pickups, assistance programmes,
workers' comp, long-term care, IVR/portal logs, specialty intake, investigational drugs, transfers) and
110 look-alike notes without any identifier (NDCs, sig codes, BIN/PCN, reject codes, stock lots, doses,
labs, money). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_8 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 90217
N_PHI = 340
N_CLEAN = 110


def eight_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 8's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "8",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
