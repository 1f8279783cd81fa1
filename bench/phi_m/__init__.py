"""Planted PHI set M: inpatient, administrative and research paperwork, written unseen (see README.md).

``m_notes()`` makes 340 notes with identifiers (styles in turn) and 110 identifier-free look-alike notes
at seed 1324, through ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_m import templates, values
from bench.phi_planted import PlantedSet

__all__ = ["m_notes"]

m_notes = PlantedSet("phi-m", templates, values, seed=1324, n_phi=340, n_clean=110)
