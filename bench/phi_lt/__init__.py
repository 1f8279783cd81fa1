"""Planted PHI set LT: dermatology, aesthetic medicine and plastic surgery, written blind (see README.md).

340 notes with planted identifiers in 28 document types (general and paediatric dermatology, Mohs logs,
total-body photography, dermatopathology, phototherapy logs, iPLEDGE, biologic prior authorisations, patch
tests, burn and wound clinics, med-spa intake, neurotoxin/filler/laser/tattoo/hair-restoration records,
breast-implant cards and recall letters, quotes, financing, photo consents, teledermatology, complaints,
biometric kiosk audits, ride releases, HL7/fixed-width referrals, OCR'd faxes) and 110 look-alike notes
without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lt import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 130007
N_PHI = 340
N_CLEAN = 110


def lt_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set LT's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "t",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
