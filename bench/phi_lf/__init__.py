"""Planted PHI set F (key ``f``): inpatient nursing and the hospital's allied teams, written blind (see README.md).

340 notes with planted identifiers in 28 document types (shift assessments, SBAR handoffs, care plans, Morse
and Braden records, restraint and sitter logs, I&O and MAR excerpts, education records, discharge planning and
case management, PT/OT/SLP, dietitian, respiratory therapy, chaplain, volunteer and interpreter logs, bed board
and transport requests, belongings, lost and found, visitor logs, rapid response, CIWA, pump double checks,
elopement alerts, admission databases), and 110 look-alike notes without any identifier (scores, vitals, drips,
oxygen settings, rooms, units, shift times, diets, doses and codes). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lf import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 95183
N_PHI = 340
N_CLEAN = 110


def lf_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set F's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "f",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
