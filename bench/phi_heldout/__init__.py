"""Generator B: the held-out planted set the scanner is reported on, never tuned against.

Independent of generator A (``bench.phi_planted``): its own note types (home health, hospice,
pharmacy, immunization, research, transfer, incident, dental, telehealth chat, case management,
prior authorisation, ED triage), name pools, places, label wordings and date/phone formats.
Scoring (``evaluate``) and placeholder filling (``render``) are shared with A.
"""

from __future__ import annotations

from bench.phi_heldout import templates, values
from bench.phi_heldout.templates import NEGATIVE_TEMPLATES, TEMPLATES
from bench.phi_planted import PlantedSet

__all__ = ["NEGATIVE_TEMPLATES", "TEMPLATES", "heldout_notes"]

heldout_notes = PlantedSet("B", templates, values, seed=101, n_phi=320, n_clean=100)
