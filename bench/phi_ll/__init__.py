"""Planted PHI set L: the many cultures of patients and families in US care, written blind (see README.md).

340 notes with planted identifiers in 28 document types about how records hold names and identities
(registration screens, interpreter and cultural-liaison notes, refugee screenings, community health centre
visits, herbal-use histories, end-of-life family meetings, faith and diet accommodations, wrong-patient
reports, duplicate-record merges, witnessed interpreted consents, language-line logs, home visits to
multigenerational households, letters from overseas relatives, newborn temporary names, HL7 alias
segments ...) and 110 look-alike notes without any identifier. Names come from Vietnamese, Chinese,
Korean, Filipino, South Asian, Arabic, Persian, Somali, Ethiopian, Eritrean, West African, Haitian,
Russian, Ukrainian, Polish, Greek, Hmong, Navajo, Pacific Islander, Brazilian and other traditions, in
family-first and given-first order, with patronymics, particles, mononyms, native scripts and aliases.
Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_ll import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 109891
N_PHI = 340
N_CLEAN = 110


def ll_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set L's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "l",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
