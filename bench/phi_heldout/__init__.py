"""Generator B: the held-out planted set the scanner is reported on, never tuned against.

Independent of generator A (``bench.phi_planted``): its own note types (home health, hospice,
pharmacy, immunization, research, transfer, incident, dental, telehealth chat, case management,
prior authorisation, ED triage), name pools, places, label wordings and date/phone formats.
Scoring (``evaluate``) and placeholder filling (``render``) are shared with A.
"""

from __future__ import annotations

from bench.phi_heldout.templates import NEGATIVE_TEMPLATES, TEMPLATES
from bench.phi_heldout.values import identifiers, lookalikes
from bench.phi_planted import PlantedNote, note_set

__all__ = ["NEGATIVE_TEMPLATES", "TEMPLATES", "heldout_notes"]


def heldout_notes(seed: int = 101, n_phi: int = 320, n_clean: int = 100) -> list[PlantedNote]:
    """``n_phi`` notes with identifiers (styles in turn) and ``n_clean`` look-alike notes without any."""
    return note_set(
        "B",
        TEMPLATES,
        NEGATIVE_TEMPLATES,
        identifiers=identifiers,
        lookalikes=lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
