"""Planted PHI set 3: oncology, transplant and other long-course specialty programmes, written blind.

340 notes with planted identifiers in 28 document types (cancer registry abstracts and NAACCR-style
extracts, tumour board lists, chemotherapy order sets, infusion-chair schedules, radiation-oncology
summaries and simulation sheets, CAR-T chain-of-identity labels, apheresis logs, unrelated-donor searches,
HLA typing reports, organ waitlist forms, living-donor workups, tacrolimus level logs, navigator notes,
survivorship plans, financial-assistance, free-drug and REMS forms, wig and lymphoedema garment orders,
pathway variance reports ...), and 110 look-alike notes without any identifier (doses in mg/m2 and AUC,
BSA, TNM, ECOG/KPS, Gy/fractions, HLA allele strings, MELD/KDPI/cPRA, codes, labs with ranges).
Made by ``bench.phi_planted.note_set``; see README.md for how it was written.
"""

from __future__ import annotations

from bench.phi_3 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 40127
N_PHI = 340
N_CLEAN = 110


def three_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 3's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "3",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
