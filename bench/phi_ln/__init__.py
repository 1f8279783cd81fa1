"""Planted PHI set n (folder ``phi_ln``): eldercare, guardianship and the paperwork at the end of life.

340 notes with planted identifiers in 28 document types (POLST/MOLST, advance-directive registry, health
care proxy and power-of-attorney pages, guardianship and conservatorship court papers, Adult Protective
Services intake and findings, representative-payee notices, Part D and Medicare Advantage appeals, hospice
election and recertification, out-of-hospital DNR, comfort-care orders, cremation authorisation, medical
examiner intake, donation referral, death pronouncement, estate record requests, bereavement calls, memory
care admission, elder-abuse screening, adult day enrolment, PERS devices, home modification, proxy portal
audit, long-term-care Medicaid), written blind (see README.md), and 110 look-alike notes without any
identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_ln import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 114889
N_PHI = 340
N_CLEAN = 110


def ln_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set n's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "n",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
