"""Exact and near-duplicate detection on constructed clinical notes."""

from __future__ import annotations

import hashlib

import pytest
from datasketch import LeanMinHash, MinHash

from mediflow.quality.dedup import (
    DedupConfig,
    Deduplicator,
    _permutations,
    content_hash,
    make_minhash,
    minhash_from_bytes,
    minhash_to_bytes,
    normalise,
    sample_text,
    shingles,
)

INSTRUCTION = (
    "Summarise the key findings of this CT chest report for the referring clinician in three bullet points."
)

CT_NOTE = """\
CT CHEST WITH CONTRAST
CLINICAL INDICATION: 64-year-old with persistent cough and 5 kg weight loss over three months.
TECHNIQUE: Axial images from the thoracic inlet to the adrenal glands after 80 mL intravenous contrast.
COMPARISON: Chest radiograph from two weeks prior.
FINDINGS:
Lungs: A 2.3 cm spiculated mass in the right upper lobe abuts the pleura. Scattered centrilobular
emphysema, upper-lobe predominant. No pneumothorax.
Pleura: Small right pleural effusion without loculation.
Mediastinum: Enlarged right paratracheal lymph node measuring 1.6 cm in short axis. Heart size normal.
Upper abdomen: A 1.1 cm low-attenuation lesion in the left adrenal gland, indeterminate.
IMPRESSION:
1. Spiculated right upper lobe mass, highly suspicious for primary lung malignancy.
2. Right paratracheal lymphadenopathy and small right effusion; staging PET-CT recommended.
3. Indeterminate left adrenal nodule; characterise with adrenal protocol CT or MRI.
"""

# Same template type (CT chest), different patient and findings: must NOT be a near duplicate.
CT_NOTE_OTHER = """\
CT CHEST WITH CONTRAST
CLINICAL INDICATION: 47-year-old with acute pleuritic chest pain and tachycardia after a long flight.
TECHNIQUE: Axial images from the thoracic inlet to the adrenal glands after 70 mL intravenous contrast.
COMPARISON: None available.
FINDINGS:
Lungs: Peripheral wedge-shaped opacity in the left lower lobe consistent with infarction. No mass.
Pulmonary arteries: Filling defects in the left lower lobe segmental and subsegmental arteries.
Pleura: Trace left pleural effusion.
Mediastinum: No lymphadenopathy. RV/LV ratio 0.9, no septal bowing.
Upper abdomen: Unremarkable.
IMPRESSION:
1. Acute left lower lobe segmental pulmonary embolism with small pulmonary infarct.
2. No CT evidence of right heart strain.
"""


def edited(text: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def discharge_summary(age: int, diagnosis: str, course: str, meds: str) -> str:
    """A templated note: shared headings and boilerplate, case-specific content."""
    return (
        f"DISCHARGE SUMMARY\nThe patient is a {age}-year-old admitted with {diagnosis}.\n"
        f"HOSPITAL COURSE: {course}\n"
        f"DISCHARGE MEDICATIONS: {meds}\n"
        "FOLLOW-UP: Primary care within 7 days. Return to the emergency department for chest pain, "
        "shortness of breath, fever or any new concerning symptom.\n"
        "CONDITION AT DISCHARGE: Stable, ambulating independently, tolerating a regular diet."
    )


SUMMARIES = [
    discharge_summary(
        71,
        "community-acquired pneumonia of the right lower lobe",
        "Treated with ceftriaxone 1 g IV daily and azithromycin 500 mg for three days, then oral amoxicillin. "
        "Oxygen weaned to room air on day 3; CRP fell from 182 to 41 mg/L.",
        "Amoxicillin 1 g three times daily for 2 more days; paracetamol 1 g as needed.",
    ),
    discharge_summary(
        58,
        "decompensated heart failure with reduced ejection fraction (EF 30%)",
        "Diuresed with IV furosemide 40 mg twice daily, net negative 6 L, weight down 5.2 kg. "
        "Sacubitril/valsartan started; potassium and creatinine stable.",
        "Furosemide 40 mg daily; sacubitril/valsartan 49/51 mg twice daily; bisoprolol 2.5 mg daily.",
    ),
    discharge_summary(
        34,
        "diabetic ketoacidosis precipitated by missed insulin doses",
        "Fixed-rate insulin infusion and 5 L crystalloid; anion gap closed within 14 hours. "
        "Transitioned to basal-bolus insulin; seen by the diabetes educator.",
        "Insulin glargine 22 units at night; insulin aspart 6 units with meals; glucose meter.",
    ),
    discharge_summary(
        80,
        "NSTEMI with a culprit lesion in the left circumflex artery",
        "Drug-eluting stent to the proximal circumflex on day 2 via radial access. "
        "Peak troponin 2 400 ng/L. Echocardiogram: EF 50% with inferolateral hypokinesis.",
        "Aspirin 75 mg daily; ticagrelor 90 mg twice daily for 12 months; atorvastatin 80 mg at night.",
    ),
]


def test_normalise_and_hash_ignore_case_and_whitespace() -> None:
    assert normalise("  Right\tUpper   LOBE\n\nmass ") == "right upper lobe mass"
    assert content_hash("Right upper\nlobe") == content_hash("right   UPPER lobe ")
    assert content_hash("right upper lobe") != content_hash("left upper lobe")
    assert len(content_hash("x")) == 64


def test_shingles_are_word_trigrams() -> None:
    assert shingles("A b c D") == {"a b c", "b c d"}
    assert shingles("two words") == {"two words"}


def test_exact_duplicate_after_case_and_whitespace_changes() -> None:
    dedup = Deduplicator()
    first = dedup.check("a", INSTRUCTION, CT_NOTE)
    assert not first.is_duplicate and first.kind is None
    noisy = "  " + CT_NOTE.upper().replace("\n", " \n\n ").replace(" ", "  ")
    second = dedup.check("b", INSTRUCTION.lower(), noisy)
    assert (second.is_duplicate, second.duplicate_of, second.kind) == (True, "a", "exact")
    assert second.similarity == 1.0
    assert second.content_hash == first.content_hash


def test_near_duplicate_with_a_few_words_changed() -> None:
    dedup = Deduplicator()
    dedup.check("original", INSTRUCTION, CT_NOTE)
    variant = edited(
        CT_NOTE,
        {"persistent cough": "chronic cough", "80 mL": "75 mL", "highly suspicious": "very suspicious"},
    )
    result = dedup.check("variant", INSTRUCTION, variant)
    assert (result.is_duplicate, result.duplicate_of, result.kind) == (True, "original", "near")
    assert result.similarity is not None and 0.8 <= result.similarity < 1.0


def test_same_template_different_findings_are_not_duplicates() -> None:
    dedup = Deduplicator()
    assert not dedup.check("ct-1", INSTRUCTION, CT_NOTE).is_duplicate
    assert not dedup.check("ct-2", INSTRUCTION, CT_NOTE_OTHER).is_duplicate
    for n, summary in enumerate(SUMMARIES):
        result = dedup.check(f"ds-{n}", "Write a problem list from this discharge summary.", summary)
        assert not result.is_duplicate, (n, result)
        assert result.similarity is None or result.similarity < 0.8
    assert len(dedup) == 2 + len(SUMMARIES)


def test_template_similarity_is_well_below_threshold() -> None:
    # Guard for the shingle choice: two notes sharing a template but not findings stay far from 0.8.
    config = DedupConfig()
    a = make_minhash(sample_text(INSTRUCTION, CT_NOTE), config)
    b = make_minhash(sample_text(INSTRUCTION, CT_NOTE_OTHER), config)
    assert a.jaccard(b) < 0.5
    c, d = (make_minhash(s, config) for s in SUMMARIES[:2])
    assert c.jaccard(d) < 0.5


def test_first_seen_wins_and_duplicates_are_not_indexed() -> None:
    dedup = Deduplicator()
    dedup.check(1, INSTRUCTION, CT_NOTE)
    assert dedup.check(2, INSTRUCTION, CT_NOTE).duplicate_of == 1
    assert dedup.check(3, INSTRUCTION, CT_NOTE).duplicate_of == 1
    assert 2 not in dedup and 1 in dedup


def test_rechecking_the_same_id_does_not_match_itself() -> None:
    dedup = Deduplicator()
    dedup.check("s-1", INSTRUCTION, CT_NOTE)
    assert not dedup.check("s-1", INSTRUCTION, CT_NOTE).is_duplicate


def test_seeding_from_earlier_jobs() -> None:
    earlier = [("job1:0", sample_text(INSTRUCTION, CT_NOTE)), ("job1:1", SUMMARIES[0])]
    dedup = Deduplicator()
    assert dedup.seed(earlier) == 2
    near = edited(CT_NOTE, {"5 kg": "6 kg", "1.6 cm": "1.7 cm"})
    assert dedup.check("job2:0", INSTRUCTION, near).duplicate_of == "job1:0"
    instruction, _, body = SUMMARIES[0].partition("\n")
    exact = dedup.check("job2:1", instruction, body)
    assert (exact.kind, exact.duplicate_of) == ("exact", "job1:1")
    assert not dedup.check("job2:2", INSTRUCTION, CT_NOTE_OTHER).is_duplicate


def test_seeding_from_stored_columns_matches_rehashing() -> None:
    first = Deduplicator().check("old", INSTRUCTION, CT_NOTE)
    dedup = Deduplicator()
    dedup.seed_stored("old", first.content_hash, first.minhash)
    variant = edited(CT_NOTE, {"Small right": "Moderate right"})
    result = dedup.check("new", INSTRUCTION, variant)
    assert (result.kind, result.duplicate_of) == ("near", "old")
    with pytest.raises(ValueError, match="num_perm"):
        Deduplicator(DedupConfig(num_perm=64)).seed_stored("old", first.content_hash, first.minhash)


def test_minhash_bytes_round_trip() -> None:
    signature = make_minhash(CT_NOTE, DedupConfig())
    data = minhash_to_bytes(signature)
    assert isinstance(data, bytes)
    restored = minhash_from_bytes(data)
    assert restored == signature
    assert restored.jaccard(signature) == 1.0


def test_signatures_are_deterministic_for_a_fixed_seed() -> None:
    config = DedupConfig(seed=7)
    assert minhash_to_bytes(make_minhash(CT_NOTE, config)) == minhash_to_bytes(make_minhash(CT_NOTE, config))
    assert minhash_to_bytes(make_minhash(CT_NOTE, config)) != minhash_to_bytes(
        make_minhash(CT_NOTE, DedupConfig(seed=8))
    )
    variant = edited(CT_NOTE, {"2.3 cm": "2.4 cm"})
    runs = []
    for _ in range(2):
        dedup = Deduplicator(config)
        dedup.check("a", INSTRUCTION, CT_NOTE)
        runs.append(dedup.check("b", INSTRUCTION, variant))
    assert runs[0] == runs[1] and runs[0].is_duplicate


@pytest.mark.parametrize(
    "config", [DedupConfig(), DedupConfig(seed=7), DedupConfig(num_perm=64, shingle_words=2)], ids=repr
)
def test_signatures_equal_a_minhash_drawing_its_own_permutations(config: DedupConfig) -> None:
    # make_minhash reuses one drawing of the permutations per (num_perm, seed); a MinHash built the
    # plain way draws them from its seed each time. Stored signatures must not tell them apart.
    for text in (CT_NOTE, INSTRUCTION, "short text", ""):
        plain = MinHash(num_perm=config.num_perm, seed=config.seed, scheme="affine32")
        plain.update_batch([s.encode("utf-8") for s in sorted(shingles(text, config.shingle_words))])
        assert minhash_to_bytes(make_minhash(text, config)) == minhash_to_bytes(LeanMinHash(plain))
    with pytest.raises(ValueError):  # the shared drawing is read-only
        _permutations(config.num_perm, config.seed)[0][0] = 1


def test_shingles_are_the_word_ngrams_at_every_offset() -> None:
    for text in (CT_NOTE, INSTRUCTION, "one two three four", "one two", ""):
        words = normalise(text).split(" ")
        for size in (1, 2, 3, 5):
            expected = (
                {" ".join(words)}
                if len(words) <= size
                else {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}
            )
            assert shingles(text, size) == expected, (text[:20], size)


def test_threshold_is_configurable() -> None:
    heavy = edited(
        CT_NOTE,
        {
            "persistent cough": "chronic cough",
            "Scattered centrilobular": "Mild paraseptal",
            "Small right pleural effusion": "Moderate right pleural effusion",
            "Heart size normal": "Mild cardiomegaly",
            "staging PET-CT recommended": "recommend staging PET-CT",
        },
    )
    loose, strict = DedupConfig(threshold=0.5), DedupConfig(threshold=0.95)
    results = []
    for config in (loose, strict):
        dedup = Deduplicator(config)
        dedup.check("a", INSTRUCTION, CT_NOTE)
        results.append(dedup.check("b", INSTRUCTION, heavy).is_duplicate)
    assert results == [True, False]


def test_recall_over_many_lightly_edited_copies() -> None:
    # Each copy changes one measurement (true Jaccard ~0.96); LSH must surface every one of them.
    dedup = Deduplicator()
    dedup.check("original", INSTRUCTION, CT_NOTE)
    for n in range(40):
        variant = CT_NOTE.replace("2.3 cm spiculated", f"{n + 30} mm spiculated")
        result = dedup.check(f"copy-{n}", INSTRUCTION, variant)
        assert (result.kind, result.duplicate_of) == ("near", "original"), n
    assert len(dedup) == 1


def test_stored_signature_format_is_stable() -> None:
    # Signatures live in the database across jobs: a datasketch upgrade that changes hashing or the
    # byte layout must fail here, not silently stop matching old rows. Same value in every process.
    data = minhash_to_bytes(make_minhash("The patient denies chest pain or dyspnoea.", DedupConfig()))
    assert len(data) == 8 + 4 + 1 + 128 * 4
    assert hashlib.sha256(data).hexdigest() == (
        "1ffd94afc69c7d793f06061c223451f3fd5f95dffbf15ec7afa31b6f076c9331"
    )
