"""Planted PHI set 5: inpatient adult medicine, critical care and cardiology, written blind (see README.md).

340 notes with planted identifiers in 28 document types (ICU flowsheets, I-PASS and SBAR handoffs,
ventilator and ECMO logs, code blue and rapid-response records, telemetry alarm exports, pacemaker/ICD/
LVAD/loop-recorder device notes, cath and EP lab reports, stroke alert timelines, sepsis audits,
hospitalist H&Ps and progress notes, consults, transfer-center and bed-board logs, discharge med recs,
mortality reviews, goals-of-care and POLST forms, interpreter/chaplain notes, line and restraint
audits, fax referrals, echo reports), and 110 look-alike notes without any identifier (drips in
mcg/kg/min, vent settings, scores, troponin and lactate with reference ranges, lead models and stock
lots, codes, rooms, times). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_5 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 63817
N_PHI = 340
N_CLEAN = 110


def five_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 5's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "5",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
