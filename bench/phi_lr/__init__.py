"""Planted PHI set R: rehabilitation, disability services and assistive technology, written blind (see README.md).

340 notes with planted identifiers in 28 document types (IRF-PAI admissions, team conferences, discharge
plans, spinal cord and brain injury clinics, prosthetic and orthotic notes, DME delivery tickets, seating
evaluations and letters of medical necessity, power-chair repairs, AAC trials and funding requests, driver
rehabilitation and vehicle modification quotes, vocational rehabilitation, brain injury waiver paperwork,
independent-living intakes, home-modification work orders, AT loan closet logs, service-animal letters,
parking placards, paratransit eligibility, functional capacity evaluations, gait lab reports, portal
messages and therapy billing exports) and 110 look-alike notes without any identifier (FIM, Berg, MMT,
HCPCS L-/K-/E-codes, wheelchair models and parts, stock lots, form and programme codes, organisations'
numbers). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lr import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 125003
N_PHI = 340
N_CLEAN = 110


def lr_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set R's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "r",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
