"""Planted PHI set C: emergency and unscheduled care, written blind (see README.md).

340 notes with planted identifiers in 30 document types (ED triage and tracking boards, physician and
nursing notes, fast track and urgent care, EMS run reports and radio handoffs, trauma activations and
registry abstracts, stroke and STEMI alert logs, boarding, LWBS, AMA and elopement records, return-visit
reviews, high-utilizer care plans, case management and social work, SANE and abuse referrals, work and
school notes, discharge instructions in English and Spanish, EMTALA transfers, ED prescriptions,
registration face sheets, unidentified-patient logs, virtual urgent care and an HL7 ADT feed), and 110
look-alike notes without any identifier (ESI levels, GCS, vitals, door-to-needle times, ISS/RTS,
ambulance unit numbers, bays and hallway beds, ICD-10/CPT/HCPCS codes, doses). Made by
``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lc import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 81239
N_PHI = 340
N_CLEAN = 110


def lc_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set C's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "c",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
