"""Planted PHI set H: health care outside the United States, written blind (see README.md).

340 notes with planted identifiers in 29 document types written as English-language records outside the
US write them (NHS England, Scotland, Wales and Northern Ireland letters and discharges, Irish HSE/GMS
forms, Australian, New Zealand and Canadian records, Indian, South African, Singaporean, Hong Kong and
Gulf hospital printouts, ambulance report forms, fit notes, coroner and procurator-fiscal referrals,
overseas-visitor charging, fixed-width/CSV/HL7 extracts), with each country's identifier shapes and
check digits, and 110 look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lh import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 99709
N_PHI = 340
N_CLEAN = 110


def lh_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set H's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "h",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
