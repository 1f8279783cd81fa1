"""Planted PHI set O: health coverage and benefits paperwork as members, beneficiaries and claimants
see and send it, written blind (see README.md).

340 notes with planted identifiers in 30 document types (explanations of benefits and appeals,
coordination-of-benefits and accident/subrogation questionnaires, ID card scans, Marketplace, Medicaid/CHIP
and Medicare Savings Program paperwork, Medicare enrolment and IRMAA letters, COBRA notices, HSA/FSA claims
and receipts, disability claims and attending physician statements, SSDI/SSI, VA community care and travel,
patient assistance and copay cards, premium invoices, good-faith estimates and No Surprises disputes,
external review, grievances, authorisation letters, portal logs and voice-biometric audits), and 110
look-alike notes without any identifier (plan names, payer IDs, NAIC codes, BIN/PCN, CARC/RARC, CPT/HCPCS/
ICD-10, money, form numbers, organisations' toll-free numbers and PO boxes). Made by
``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_lo import templates, values
from bench.phi_planted import PlantedNote, note_set

SEED = 117443
N_PHI = 340
N_CLEAN = 110


def lo_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set O's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "o",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
