"""Planted PHI set J (key "j"): Spanish-language and bilingual care in the US and Puerto Rico, written blind.

340 notes with planted identifiers in 29 document types (bilingual registration and consent forms,
discharge instructions, interpreter logs, promotora home visits, FQHC sliding-fee and Medicaid/CHIP
applications, school forms, prenatal and well-child visits, farmworker and border clinics, Puerto Rico
admissions, Plan Vital cards, HL7 feeds, letters from Mexican and Central American clinics, consular and
immigration paperwork, ACAA claims, telehealth, pharmacy, WIC, lab, billing, death and newborn records),
and 110 look-alike notes without any identifier. Made by ``bench.phi_planted.note_set`` (see README.md).
"""

from __future__ import annotations

from bench.phi_lj import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 104729
N_PHI = 340
N_CLEAN = 110


def lj_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set J's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "j",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
