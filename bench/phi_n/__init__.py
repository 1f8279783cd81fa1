"""Planted PHI set N: hospital specialties and allied services, written blind (see README.md).

340 notes with planted identifiers in 28 document types (oncology infusion, transplant, NICU, psychiatry,
oral surgery, radiation therapy, genetics, hospice, rehabilitation, interpreter services, chaplaincy,
patient transport, blood bank, organ procurement ...), half of them tables and exports, and 110
look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_n import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 1425
N_PHI = 340
N_CLEAN = 110


def n_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set N's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "n",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
