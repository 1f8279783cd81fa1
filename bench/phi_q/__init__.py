"""Planted PHI set Q: machine-made and system text around the record, written blind (see README.md).

340 notes with planted identifiers in 31 document types (EHR access audits, break-the-glass overrides,
C-CDA and FHIR fragments, DICOM tag dumps, PACS worklists, ASTM and HL7 v2 lab feeds, NCPDP SCRIPT, X12
270/271 and 837, scheduling exports, SMS and pager logs, IVR and voicemail transcripts, raw dictation,
OCR'd faxes, wristband print jobs, portal e-mails, reset tickets, interface error queues, MPI merges,
kiosk, remote-monitoring, telemetry, pump, door, cabinet, release-of-information and parking logs) and 110
look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_q import templates, values

SEED = 1627
N_PHI = 340
N_CLEAN = 110


def q_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
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
