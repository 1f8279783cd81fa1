"""Planted set H: a ninth author's held-out set, written without reading the engine, its tests or the
other sets, and committed before the engine ever ran on it (bench/phi_h/README.md)."""

from __future__ import annotations

from bench.phi_h import templates, values
from bench.phi_planted import PlantedSet

h_notes = PlantedSet(prefix="H", templates=templates, values=values, seed=818, n_phi=340, n_clean=110)

__all__ = ["h_notes"]
