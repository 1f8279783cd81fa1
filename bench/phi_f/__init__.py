"""Generator F: a sixth planted set, the held-out set (written and committed before the engine ran on it).

Sets A-E all informed engine fixes, so none of them gives an honest held-out figure any more. F was
written by an author who had not read the engine, its tests or the other sets' templates and values.
Its twenty-one note genres (hospice family meeting, home health OASIS, wound clinic, physical
therapy, swallow study, oral surgery, ophthalmology, audiology, genetics pedigree, blood bank,
nursing home MDS, prior authorization log, portal thread, telehealth, driver fitness report,
correctional intake, research enrolment, medical examiner, contact tracing, pharmacy callback,
school nurse log), templates, pools and identifier formats are its own. Scoring and placeholder
filling are shared with A (``bench.phi_planted``). See README.md for what counts as an identifier
here. Do not tune the engine on F.
"""

from __future__ import annotations

from bench.phi_f.templates import NEGATIVE_TEMPLATES, TEMPLATES
from bench.phi_f.values import identifiers, lookalikes
from bench.phi_planted import PlantedNote, note_set

__all__ = ["NEGATIVE_TEMPLATES", "TEMPLATES", "f_notes"]


def f_notes(seed: int = 616, n_phi: int = 340, n_clean: int = 112) -> list[PlantedNote]:
    """``n_phi`` notes with identifiers (genres in turn) and ``n_clean`` look-alike notes without any."""
    return note_set(
        "F",
        TEMPLATES,
        NEGATIVE_TEMPLATES,
        identifiers=identifiers,
        lookalikes=lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
