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

from bench.phi_e.templates import NEGATIVE_TEMPLATES, TEMPLATES
from bench.phi_e.values import identifiers, lookalikes
from bench.phi_planted import PlantedNote, note_set

__all__ = ["NEGATIVE_TEMPLATES", "TEMPLATES", "e_notes"]


def e_notes(seed: int = 515, n_phi: int = 336, n_clean: int = 110) -> list[PlantedNote]:
    """``n_phi`` notes with identifiers (genres in turn) and ``n_clean`` look-alike notes without any."""
    return note_set(
        "E",
        TEMPLATES,
        NEGATIVE_TEMPLATES,
        identifiers=identifiers,
        lookalikes=lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
