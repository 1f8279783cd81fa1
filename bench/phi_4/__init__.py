"""Planted PHI set 4: psychiatry, addiction and crisis services, written blind (see README.md).

340 notes with planted identifiers in 29 document types (inpatient psychiatric admissions, seclusion and
restraint logs, involuntary-hold applications and commitment orders, crisis-line and mobile-crisis
records, crisis-stabilisation notes, ECT records, opioid treatment programme dosing and take-home bottle
logs, PDMP printouts, clozapine REMS entries, peer-recovery and recovery-residence documents, safety
plans, group rosters, psychological testing, eating-disorder weigh-ins, ACT huddles, psychiatric advance
directives, 42 CFR Part 2 consents, court and probation updates ...), and 110 look-alike notes without
any identifier (doses, scores, codes, legal sections, programme names). Made by
``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_4 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 52391
N_PHI = 340
N_CLEAN = 110


def four_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 4's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "4",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
