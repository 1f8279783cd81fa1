"""Planted PHI set X: perioperative, procedural and ancillary operations, written blind (see README.md).

340 notes with planted identifiers in 28 document types (OR schedules and booking sheets, case-log CSV
exports, anaesthesia records, PACU handoffs, implant and explant logs, sterile-processing tray traces and
IUSS logs, blood bank crossmatch, bedside transfusion checks and reaction work-ups, specimen chain of
custody, lab accessioning rejects, radiology protocolling and contrast logs, cath lab timelines, scope
reprocessing and endoscopy census, dialysis runs and guest-treatment requests, IV room labels and
compounding records, transport tickets, bed-board exports, EVS isolation logs, HL7 SIU booking messages,
pre-op checklists and frozen-section logs) and 110 look-alike notes without any identifier (block
utilisation, restock lists, QC, protocols, dashboards). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_x import templates, values

SEED = 14975
N_PHI = 340
N_CLEAN = 110


def x_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set X's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "x",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
