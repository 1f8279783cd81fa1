"""Planted PHI set 1: maternal, newborn and child health, written blind (see README.md).

340 notes with planted identifiers in 29 document types (prenatal flowsheets, ultrasound and cfDNA reports,
birth logs and delivery records, newborn screening cards and hearing screens, NICU flowsheets and transfers,
birth-certificate worksheets and paternity acknowledgements, lactation consults and donor-milk labels,
well-child visits, growth-chart exports, immunization registry records and VXU messages, daycare, school and
sports forms, child-life and child-protection reports, foster-care and adoption summaries, IVF lab logs and
donor records, dental and vision screens, WIC referrals), with the mother's, baby's and parents' identities
side by side, and 110 look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_1 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 24683
N_PHI = 340
N_CLEAN = 110


def one_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 1's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "1",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
