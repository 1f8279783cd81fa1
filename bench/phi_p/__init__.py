"""Planted PHI set P: community, outpatient and public-health settings outside the hospital, written blind
(see README.md).

340 notes with planted identifiers in 29 document types (school nurse logs, workers' compensation forms,
travel clinic consults, immunization registry exports, WIC, tele-visits, pharmacy refill lines, home aide
timesheets, community paramedicine, street medicine, jail sick call, camp and sports forms, dental recall,
optometry, hearing and lead screening, TB DOT, syringe services, placard, jury and FMLA certifications, DME
delivery, adult day, foster care, refugee screening, research prescreens, mobile mammography, contact
tracing), as forms, tables, exports, messages, letters and prose, and 110 look-alike notes without any
identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_p import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 1526
N_PHI = 340
N_CLEAN = 110


def p_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
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
