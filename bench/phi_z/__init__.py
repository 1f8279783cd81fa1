"""Planted PHI set Z: allied, ancillary and home-based outpatient services, written blind (see README.md).

340 notes with planted identifiers in 28 document types (dental hygiene and oral surgery, dental claim
forms, optical lab orders and contact-lens fits, hearing-aid fitting and audiograms, podiatry,
chiropractic, PT/OT/SLP plans and evaluations, home health EVV, hospice continuous care, home infusion,
specialty-pharmacy refill calls, cold-chain courier manifests, DME proof-of-delivery and oxygen rental
ledgers, PAP compliance downloads, O&P casting, polysomnography, SUD and bilingual behavioural-health
intake, ostomy/wound supply orders, dietitian notes, prior-auth faxes and OCR'd referrals), and 110
look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_z import templates, values

SEED = 17203
N_PHI = 340
N_CLEAN = 110


def z_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set Z's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "z",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
