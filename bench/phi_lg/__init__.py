"""Planted PHI set G (``lg``): public, population and community health work, written blind (see README.md).

340 notes with planted identifiers in 30 document types (notifiable-condition case reports, outbreak line
lists, contact tracing, TB case management and video DOT, STI partner services, lead and water case files,
foodborne complaints, vital-records amendments and burial-transit permits, registry merges, school
exemptions and health-room logs, promotora, syringe-services, naloxone, shelter and street-outreach notes,
refugee follow-ups, WIC referrals, home visiting, public-health-lab submissions, isolation orders, reporting
portal audits, ELR HL7 messages, animal bites, perinatal hepatitis B) and 110 look-alike notes without any
identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lg import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 98311
N_PHI = 340
N_CLEAN = 110


def lg_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set G's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "g",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
