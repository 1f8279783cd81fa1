"""Planted set I: a held-out set written unseen (without reading the PHI engine, its tests or any other
set's templates and values), never tuned on. See README.md for its genres and labelling decisions."""

from __future__ import annotations

from bench.phi_i import templates, values
from bench.phi_planted import PlantedSet

__all__ = ["i_notes"]

i_notes = PlantedSet(prefix="I", templates=templates, values=values, seed=919, n_phi=340, n_clean=110)
