"""Planted PHI set U: social care and community services around health, written blind (see README.md).

340 notes with planted identifiers in 28 document types (community health worker visit logs, AHC HRSN and
PRAPARE screenings, 211 and referral-platform exports, street medicine and outreach, shelter and medical
respite, housing navigation and supportive housing, medical-legal partnership, utility shut-off letters,
benefits enrolment, ride and voucher logs, produce prescriptions, interpreter and faith-community notes,
jail re-entry handoffs, discharge-barrier huddles and case conferences ...), and 110 look-alike notes
without any identifier (screening scores, Z codes, grant numbers, voucher amounts, bus routes, bed numbers,
agency hotlines). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lu import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 132500
N_PHI = 340
N_CLEAN = 110


def lu_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set U's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "u",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
