"""Generator E: a fifth planted set, the held-out set (written and committed before the engine ran on it).

Sets A-D all informed engine fixes, so none of them gives an honest held-out figure any more. E's
note genres (labour and delivery, psychiatric intake, anaesthesia pre-op, dialysis, well-child,
release of information, occupational health, chaplaincy, transplant, poison centre, insurance
appeal, sleep study, fax cover sheet, text messages, death pronouncement, community paramedic),
templates, surrounding text, name/place pools and identifier formats are its own. Scoring and
placeholder filling are shared with A (``bench.phi_planted``). See README.md for the first run.
Do not tune the engine on E.
"""

from __future__ import annotations

from bench.phi_e import templates, values
from bench.phi_e.templates import NEGATIVE_TEMPLATES, TEMPLATES
from bench.phi_planted import PlantedSet

__all__ = ["NEGATIVE_TEMPLATES", "TEMPLATES", "e_notes"]

e_notes = PlantedSet("E", templates, values, seed=515, n_phi=336, n_clean=110)
