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

from bench.phi_planted import PlantedSet
from bench.phi_unseen import templates, values
from bench.phi_unseen.templates import NEGATIVE_TEMPLATES, TEMPLATES

__all__ = ["NEGATIVE_TEMPLATES", "TEMPLATES", "unseen_notes"]

unseen_notes = PlantedSet("D", templates, values, seed=4242, n_phi=320, n_clean=100)
