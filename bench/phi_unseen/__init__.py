"""Generator D: a fourth planted set, written after the last engine change and run once unseen.

Its own note genres (ED triage, SBAR handoff, pathology, referral letters, portal messages,
discharge instructions, telephone encounters, registration tables, all-caps transcription, run-on
social work notes, device clinic, research consent, access audit logs), formats (pipes and tabs,
headers, all caps, no punctuation), names typed by hand from many origins (not the census lists the
engine reads), and look-alikes (device models, ICD/CPT/LOINC codes, rooms, fractions, scores).
Scoring and placeholder filling are shared with A (``bench.phi_planted``). See README.md for the
first-run figure.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_unseen.templates import NEGATIVE_TEMPLATES, TEMPLATES
from bench.phi_unseen.values import identifiers, lookalikes

__all__ = ["NEGATIVE_TEMPLATES", "TEMPLATES", "unseen_notes"]


def unseen_notes(seed: int = 4242, n_phi: int = 320, n_clean: int = 100) -> list[PlantedNote]:
    """``n_phi`` notes with identifiers (genres in turn) and ``n_clean`` look-alike notes without any."""
    return note_set(
        "D",
        TEMPLATES,
        NEGATIVE_TEMPLATES,
        identifiers=identifiers,
        lookalikes=lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
