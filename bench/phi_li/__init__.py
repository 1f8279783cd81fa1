"""Planted PHI set LI: machine-generated health data, written blind (see README.md).

340 notes with planted identifiers in 30 document types as systems write them (HL7 v2 ADT, ORU, ORM/OML,
SIU, MDM, VXU, DFT; FHIR YAML, brace-less JSON lines and flattened key/value dumps; X12 837, 835,
270/271, 278; NCPDP D.0 fields; C-CDA XML; CSV/TSV and warehouse extracts; SQL INSERTs and query
results; integration-engine, API, fax-server and NEMT logs; dead-letter queues; EHR audit trails;
de-identification QA reports; ZPL/EPL label streams; device middleware exports), and 110 look-alike
notes without any identifier (ACKs, master files, heartbeats, DDL, charge masters, payer sheets,
printer status ...). Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_li import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 102841
N_PHI = 340
N_CLEAN = 110


def li_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set LI's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "i",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
