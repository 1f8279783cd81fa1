"""Planted PHI set W: care that crosses systems and borders, written blind (see README.md).

340 notes with planted identifiers in 29 document types -- immigration medical exams (civil-surgeon and
panel-physician forms, vaccination worksheets, eMedical logs), refugee resettlement and domestic
screening, international patient offices and medical tourism, cross-border ground and air-medical
repatriation, military treatment facility and deployment records, Indian Health Service and tribal
CHR notes, correctional and detention transfers, cruise-ship and offshore infirmaries, travel-assistance
cases, transnational tissue shipments, translated and reconciled foreign records, consular death
reports, HL7 international registration, VA FMP and TRICARE overseas claims, binational TB referrals,
seafarer medicals -- with foreign identifiers (passports, A-numbers, visa/case numbers, foreign health
numbers, DoD IDs) next to US ones; and 110 look-alike notes without any identifier. Made by
``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_w import templates, values

SEED = 13864
N_PHI = 340
N_CLEAN = 110


def w_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set W's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "W",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
