"""Planted PHI set S: sexual, reproductive and gender-affirming health, written blind (see README.md).

340 notes with planted identifiers in 31 document types (STI express visits, expedited partner therapy,
DIS field records, HIV test logs, PrEP/PEP, Ryan White recertification, HIV case management and
viral-load flowsheets, Title X family planning, LARC registers with device lots/serials/UDIs, pregnancy
options and abortion care, early pregnancy loss, fertility preservation, gender-affirming hormone care,
name/gender-marker letters, chosen-name registration, confidential communications, judicial bypass,
SANE follow-up, lab requisitions and HL7 results, online contraception audits, morbidity reports,
drive-through testing, biometric check-in, dispensing cabinets, implant records and abortion-fund
travel vouchers), and 110 look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_ls import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 127503
N_PHI = 340
N_CLEAN = 110


def ls_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set S's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "s",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
