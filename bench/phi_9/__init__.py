"""Planted PHI set 9: chronic-disease and long-term specialty programmes outside oncology, written blind.

340 notes with planted identifiers in 29 document types (in-centre and home dialysis flowsheets, PD cycler
uploads, vascular-access logs, CKD letters, ESRD evidence worksheets, anticoagulation INR logs and home
self-testing, insulin-pump/CGM downloads, diabetes education, endocrinology, heart-failure clinic, cardiac
and pulmonary rehab, cystic fibrosis, haemophilia and sickle-cell centres, biologic infusion, rheumatology,
Ryan White recertification, HIV clinic, hepatitis C, MS infusion, bariatric, allergy shots, specialty
pharmacy and patient-assistance renewals, dialysis transport, biometric check-in, HL7 lab feeds), and 110
look-alike notes without any identifier. Made by ``bench.phi_planted.note_set`` (see README.md).
"""

from __future__ import annotations

from bench.phi_9 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 57131
N_PHI = 340
N_CLEAN = 110


def nine_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 9's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "9",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
