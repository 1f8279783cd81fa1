"""Planted PHI set K: held-out, written unseen (no engine, test or other set's templates read).

Nineteen uncommon note genres (VA disability exams, sick call, oncology infusion, lactation, opioid
treatment, utilisation review, trial monitoring, dialysis, jail intake, interfacility transport, DME
delivery, multilingual biobank consent, ...) in ``templates``; invented identifiers and clinical
look-alikes in ``values``. See README.md for how it was written and its labelling decisions.
"""

from __future__ import annotations

from bench.phi_k import templates, values
from bench.phi_planted import PlantedSet

__all__ = ["k_notes"]

k_notes = PlantedSet(prefix="K", templates=templates, values=values, seed=1122, n_phi=340, n_clean=110)
