"""Planted PHI set 6: imaging, clinical photography, telehealth and connected devices, written blind
(see README.md).

340 notes with planted identifiers in 28 document types (teleradiology reads, DICOM header dumps, PACS
worklists, image-exchange requests, mammography recall and breast-density letters, teledermatology and
clinical photography logs, wound photos, diabetic retinal screening, photo consents, video-visit and
telehealth support records, remote patient monitoring enrolments and exports, CGM, Holter/event/loop,
CPAP downloads, hearing/vision apps, portal messages, symptom-app exports, biometric check-in, device
returns, mobile mammography coach logs, lung-screening registry, contrast reactions, imaging prior
authorisation, telestroke), and 110 look-alike notes without any identifier. Made by
``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_6 import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 71293
N_PHI = 340
N_CLEAN = 110


def six_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set 6's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "6",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
