"""Planted PHI set K (prefix "k"): scanned, faxed and OCR'd paper as it reaches a health record, written blind.

340 notes with planted identifiers in 28 document types (fax cover sheets and paged fax headers, outside
records indexes, release-of-information letters and handwritten authorizations, text extracted from PDFs,
OCR'd lab reports, green-screen captures, typewritten ALL-CAPS discharge summaries, insurance card and ID
scans, lab requisitions, referral packets, prior-auth fax-backs, pharmacy refill faxes, death-certificate
worksheets, signature pages, imaging batch indexes, Bates-stamped legal copies ...), and 110 look-alike
notes without any identifier (blank forms, fax line reports, batch QA summaries, fee schedules). Made by
``bench.phi_planted.note_set``; see README.md for how it was written and the labelling decisions.
"""

from __future__ import annotations

from bench.phi_lk import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 107377
N_PHI = 340
N_CLEAN = 110


def lk_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set K's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "k",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
