"""Planted PHI set R: the back office of a health system, written blind (see README.md).

340 notes with planted identifiers in 30 document types from revenue cycle and payer work (coding queries,
claim status calls, denial and appeal worksheets, 835/EOB line explanations, collection and payment-plan
letters, financial-assistance applications, COB and eligibility, pharmacy-benefit prior authorizations, DME
and transport claims, parking disputes), the medical staff office (re-credentialing, payer enrolment,
licence/DEA verification, locum packets, background checks) and patient identity and records work (duplicate
record reviews, identity-theft reports, subpoena responses, guardianship/POA, demographic changes, portal
identity proofing, estate claims, accounting of disclosures), and 110 look-alike notes without any
identifier (codes, money, payer names, form and policy numbers, years, times, extensions, phone-tree options).
Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_r import templates, values

SEED = 8381
N_PHI = 340
N_CLEAN = 110


def r_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set R's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "r",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
