"""Planted PHI set 0: quality, safety, privacy and compliance work inside a health system, written blind
(see README.md).

340 notes with planted identifiers in 29 document types (safety-event and incident reports, RCA2 action
plans, sentinel-event briefs, peer-review referrals, M&M lists, falls and pressure-injury registries,
malpractice claims and legal holds, privacy investigations and breach letters, EHR access audits and
break-the-glass reviews, accounting of disclosures, amendment requests, HIPAA authorisations, NHSN
worksheets, outbreak line lists, needlestick reports, plans of correction, hotline intakes, policy
attestations, diversion investigations, MedWatch drafts, security reports, grievance letters, biometric
consent audits, social-media privacy complaints), and 110 look-alike notes without any identifier (harm
scales, event taxonomy, NHSN criteria, audit event codes, policy and form numbers, rates, ICD-10 codes,
organisation numbers, units and rooms). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_0 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 61483
N_PHI = 340
N_CLEAN = 110


def zero_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 0's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "0",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
