"""Planted PHI set S: emergencies, security and the edges of life, written blind (see README.md).

340 notes with planted identifiers in 30 document types where identity is uncertain or physical: mass-casualty
triage tags and family reunification, unidentified ("trauma alias") patients and their later identification,
wandering-patient alerts, security and police hand-offs, SANE evidence custody, infant security tags, biometric
enrolment and door logs, birth worksheets and newborn screening cards, surrogacy and adoption papers, medical
examiner intake, cremation and decedent property, tissue referral calls, repatriation and assistance letters,
search and rescue, maritime and expedition medicine, air and ground ambulance reports, crash reports, implanted
device cards and interrogations, forensic identification and visitor ID scans; and 110 look-alike notes without
any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_s import templates, values

SEED = 9491
N_PHI = 340
N_CLEAN = 110


def s_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set S's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "s",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
