"""Planted PHI set U: research, genomics and data exchange, written blind (see README.md).

340 notes with planted identifiers in 33 document types (trial screening logs, re-consent and eConsent
trails, biobank manifests, cytogenetics and pathology labels, pedigrees, cascade letters, newborn-screening
follow-up, tumour and rare-disease registries, SAE and AE reports, IRB and DUA correspondence with
linkage-key exhibits, HIE query results and record-locator listings, CDA-like and key=value exports,
cohort extracts, de-identification audit worksheets, remote-monitoring / voice / driving study logs ...)
beside many codes that are not identifiers (protocol and site numbers, genes, HGVS, rsIDs, stock lots),
and 110 look-alike notes without any identifier. Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_u import templates, values

SEED = 11642
N_PHI = 340
N_CLEAN = 110


def u_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set U's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "u",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
