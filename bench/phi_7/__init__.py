"""Planted PHI set 7: laboratory medicine and pathology, written blind (see README.md).

340 notes with planted identifiers in 30 document types (LIS result reports and cumulative panels,
requisitions and order-entry printouts, rejection and recollection logs, critical-value call logs,
microbiology and blood-culture line lists, surgical, frozen-section and cytology reports, molecular
reports, send-out manifests, point-of-care logs, courier and draw-station sheets, ABNs and billing,
proficiency testing and QC, corrected reports, pathologist consult letters, legal blood alcohol and
DNA relationship chain-of-custody forms, HL7 result feeds, portal audits ...) and 110 look-alike notes
without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_7 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 83911
N_PHI = 340
N_CLEAN = 110


def seven_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 7's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "7",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
