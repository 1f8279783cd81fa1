"""Planted PHI set T: spoken and transcribed care, written blind (see README.md).

340 notes with planted identifiers in 28 document types that start as speech: raw speech-recognition
dictation drafts ("period", "new paragraph", misheard words), ambient AI-scribe drafts, nurse advice-line
triage, voicemail-to-text, interpreter-mediated visits (Spanish, Vietnamese, Haitian Creole, Arabic in
transliteration, ASL by video), answering-service slips, scheduling scripts, telehealth chats and caption
files, care-team text threads, phone identity read-backs, EMS radio traffic, verbal orders, critical-value
read-backs and deposition transcripts. Most identifiers are written the ordinary way; about a fifth are
read digit by digit, spelled, or corrected mid-sentence. Plus 110 look-alike notes without any identifier.
Made by ``bench.phi_planted.note_set``.
"""

from __future__ import annotations

from bench.phi_planted import PlantedNote, note_set
from bench.phi_t import templates, values

SEED = 10531
N_PHI = 340
N_CLEAN = 110


def t_notes(seed: int = SEED, n_phi: int = N_PHI, n_clean: int = N_CLEAN) -> list[PlantedNote]:
    """Set T's notes: ``n_phi`` with identifiers (document types in turn), then ``n_clean`` without."""
    return note_set(
        "t",
        templates.TEMPLATES,
        templates.NEGATIVE_TEMPLATES,
        identifiers=values.identifiers,
        lookalikes=values.lookalikes,
        seed=seed,
        n_phi=n_phi,
        n_clean=n_clean,
    )
