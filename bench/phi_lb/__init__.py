"""Planted PHI set LB: outpatient specialty clinics and their paperwork, written blind (see README.md).

340 notes with planted identifiers in 31 document types from specialty outpatient clinics outside oncology,
psychiatry, maternity, dialysis and chronic-disease programmes (ophthalmology fields, IOL cards and injection
logs, cochlear-implant mapping and audiograms, Mohs maps, biopsy and phototherapy logs, stone clinic, vasectomy
and cystoscopy, joint injections, arthroplasty registry, cast clinic, return to play, EEG, EMG, botulinum
maps, DBS programming, seizure diaries, endoscopy recall and capsule studies, allergy tests, sleep and pain
clinics, hand surgery consents, referral triage, prior-authorisation faxes, pre-visit questionnaires, results
and consult letters in UK, Irish, Australian, Canadian and US styles), and 110 look-alike notes without any
identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lb import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 74161
N_PHI = 340
N_CLEAN = 110


def lb_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set LB's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "b",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
