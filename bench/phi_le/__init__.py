"""Planted PHI set E (folder ``phi_le``): primary care and internal medicine outpatient practice, written blind.

340 notes with planted identifiers in 29 document types (annual physicals and Medicare wellness visits,
hypertension / diabetes / COPD / depression follow-ups, nurse triage and phone messages, refill queues,
lab and imaging result letters, referrals and eConsults, care-gap CSVs and panel registries, controlled
substance agreements and PDMP reviews, FMLA, disability and work-status paperwork, immunization records,
pre-operative clearance, home health certifications, advance care planning, transition-of-care calls,
portal messages, DOT exams, parking placards, remote BP monitoring), and 110 look-alike notes without any
identifier. Made by ``bench.phi_planted.note_set``; see README.md for how it was written and labelled.
"""

from __future__ import annotations

from bench.phi_le import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 91727
N_PHI = 340
N_CLEAN = 110


def le_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set E's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "e",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
