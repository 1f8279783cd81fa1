"""Planted PHI set V: neurology, neurosurgery and neurodevelopmental services, written blind (see README.md).

340 notes with planted identifiers in 30 document types (video-EEG/EMU admissions, routine EEG reports,
seizure-diary exports, EMG/NCS, MS infusion logs, botulinum toxin clinics, DBS/VNS/RNS sessions, shunt valve
adjustments, spine navigation logs, stroke, concussion, ALS and Duchenne clinics, autism/ADHD and
neuropsychological evaluations, MSLT reports, driving-restriction letters, neurogenetics results, HL7 feeds,
prior-authorisation faxes, claim exports ...) and 110 look-alike notes without any identifier, full of
scores, stimulation parameters, valve settings, vertebral levels, codes and device models. Made by
``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lv import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 135000
N_PHI = 340
N_CLEAN = 110


def lv_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set V's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "v",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
