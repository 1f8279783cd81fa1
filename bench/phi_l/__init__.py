"""Set L: a planted PHI set written blind (outpatient and community care notes), seed 1223.

340 notes with identifiers (26 styles in turn) and 110 identifier-free look-alike notes; see README.md.
"""

from __future__ import annotations

from bench.phi_l import templates, values
from bench.phi_planted import PlantedSet

__all__ = ["l_notes"]

l_notes = PlantedSet("L", templates, values, seed=1223, n_phi=340, n_clean=110)
