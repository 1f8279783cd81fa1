"""Planted set J: held-out notes written unseen (see README.md); its first run is recorded there."""

from __future__ import annotations

from bench.phi_j import templates, values
from bench.phi_planted import PlantedSet

__all__ = ["j_notes"]

j_notes = PlantedSet(prefix="J", templates=templates, values=values, seed=1021, n_phi=340, n_clean=110)
