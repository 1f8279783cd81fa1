"""Planted PHI set Q: disasters, mass-casualty incidents and humanitarian and shelter medicine, written blind.

340 notes with planted identifiers in 28 document types as the people on the ground write them (START/SALT
triage tags, casualty collection logs, alternate-care-site tracking boards, family reunification intake and
missing-person inquiries, evacuation manifests, shelter and medical-needs shelter logs, MRC/DMAT rosters and
encounter forms, heat/winter/hurricane outreach, power-dependent registries, emergency refills, DMORT/DVI
intake, FEMA and Red Cross casework, refugee camp clinics, decon logs, ICS-213 and radio traffic, HICS
situation reports), and 110 look-alike notes without any identifier, full of incident numbers, resource types,
triage colours, bed counts, generator and oxygen figures, grid references, highways, weather, vitals and doses.
Made by ``bench.phi_planted.note_set``; see README.md.
"""

from __future__ import annotations

from bench.phi_lq import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 122501
N_PHI = 340
N_CLEAN = 110


def lq_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set Q's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "q",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
