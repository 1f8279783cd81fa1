"""Generator G: a seventh planted set, the held-out set (written and committed before the engine ran on it).

Sets A-F all informed engine fixes, so none of them gives an honest held-out figure any more. G's
author had not read the engine, its tests or the other sets' templates, value pools or READMEs; its
genres (interpreter-assisted visits, cardiac rehab, bariatric and IVF clinics, SANE exams, refugee
and farmworker health, street outreach, travel and sports medicine, allergy testing, infusion chair,
endoscopy and cath lab logs, urgent care discharge, utilisation review, POLST, VA exams, foster care,
immunisation registry, lactation, transfer centre) and formats are its own. Scoring and placeholder
filling are shared with A (``bench.phi_planted``). See README.md. Do not tune the engine on G.
"""

from __future__ import annotations

from bench.phi_g import templates, values
from bench.phi_g.templates import NEGATIVE_TEMPLATES, TEMPLATES
from bench.phi_planted import PlantedSet

__all__ = ["NEGATIVE_TEMPLATES", "TEMPLATES", "g_notes"]

g_notes = PlantedSet("G", templates, values, seed=717, n_phi=342, n_clean=112)
