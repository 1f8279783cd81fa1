"""Planted PHI set P: HIV, viral hepatitis and sexual and reproductive health programmes, written blind.

340 notes with planted identifiers in 30 document types (Ryan White eligibility and recertification,
ADAP enrolment, HIV primary care, viral-load tracking exports, PrEP/PEP clinics and lab logs, HCV
treatment and specialty-pharmacy onboarding, Title X visits, LARC device logs, pregnancy-options
counselling, STI clinic and expedited partner therapy, gender-affirming and name/marker-change letters,
syringe services, 340B/copay cards, linkage and case management, anonymous testing, partner services,
HL7 results, telehealth audit trails, transport reimbursement, pharmacy pickup, perinatal HIV, fax
covers, portal messages, HOPWA referrals) and 110 look-alike notes without any identifier (see
README.md). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lp import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 119993
N_PHI = 340
N_CLEAN = 110


def lp_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set P's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "p",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
