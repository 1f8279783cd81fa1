"""The learned PHI token classifier (``phi_model``): the shipped weights, what it finds and what it leaves.

The sentences are written here with names and places that no planted set (A-G) uses and without a
label cue, so they test what the classifier learned and not a set's templates.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from bench.phi_sets import TUNING
from bench.phi_train import TRAINING
from mediflow.quality import phi_model
from mediflow.quality.phi import PhiScanner
from mediflow.quality.phi_model import (
    FEATURE_VERSION,
    LABELS,
    Analysis,
    PhiTagger,
    add_model_findings,
    combine,
    covering,
    load_tagger,
    read_tagger,
    relabel_key,
    relabel_margin,
    span_key,
    tokenize,
)
from mediflow.quality.phi_model_train import LabelledNote, train
from mediflow.quality.phi_types import PhiFinding, PhiType

T = PhiType
MODEL = Path(phi_model.__file__).with_name(phi_model.MODEL_FILE)


def test_shipped_weights_match_their_manifest() -> None:
    manifest = json.loads(MODEL.with_suffix(".json").read_text())
    assert hashlib.sha256(MODEL.read_bytes()).hexdigest() == manifest["sha256"]
    assert manifest["feature_version"] == FEATURE_VERSION
    # Trained on tuning sets only (A-M, P-Y, 1, 2 and 5-0; a and b are tuning sets it has not seen), never a held-out
    # one (N, O, Z, 3, 4).
    assert sorted(manifest["training_sets"]) == sorted(TRAINING)
    assert set(TRAINING) <= set(TUNING)
    tagger = load_tagger()
    assert len(tagger.features) == manifest["features"] > 1000
    assert tagger.thresholds == manifest["thresholds"]
    assert {t.value: v for t, v in tagger.vetoes.items()} == manifest["vetoes"]
    assert {relabel_key(*pair): v for pair, v in tagger.relabels.items()} == manifest["relabels"]


def test_a_changed_weights_file_is_refused(tmp_path: Path) -> None:
    copy = tmp_path / MODEL.name
    data = bytearray(MODEL.read_bytes())
    data[len(data) // 2] ^= 0xFF
    copy.write_bytes(bytes(data))
    copy.with_suffix(".json").write_text(MODEL.with_suffix(".json").read_text())
    with pytest.raises(ValueError, match="sha256"):
        read_tagger(copy)


FINDS = [
    ("Radovan Hrabal tolerated the infusion without incident.", T.NAME, "Radovan"),
    ("Discussed the plan with Ifeoluwa Adebanjo and her brother.", T.NAME, "Adebanjo"),
    ("Bronwyn Ashcombe arrived late for her appointment.", T.NAME, "Bronwyn"),
    # labelled from the A-S model to the A-Y one, O for the A-2 model (A-M, P-Y, 1 and 2), labelled again by the
    # A-0 model (A-M, P-Y, 1, 2 and 5-0)
    ("Siddharth was walking the halls with his son Teodoro.", T.NAME, "Siddharth"),
    ("She moved here from Nacogdoches last spring.", T.LOCATION, "Nacogdoches"),
    ("He drove in from Ottumwa for the appointment.", T.LOCATION, "Ottumwa"),
    ("Lives in Escanaba with her sister.", T.LOCATION, "Escanaba"),
    ("Plate KJW4471 was noted in the ambulance bay.", T.VEHICLE_ID, "KJW4471"),
    ("Call him back at 419-555-0187 after 5 pm.", T.PHONE, "419-555-0187"),
    ("Chart number 88412093 pulled for the review.", T.MRN, "88412093"),
]


def _labelled(text: str) -> set[tuple[PhiType, str]]:
    """What the classifier labels, at any margin (the shipped thresholds decide what is reported)."""
    return {(f.type, t) for f, _ in load_tagger().analyse(text).spans for t in f.text.split()}


@pytest.mark.parametrize(
    ("text", "phi_type", "word"),
    # (a sentence-first given name before a verb, "Siddharth was walking ...", stayed O until the A-S model)
    FINDS,
)
def test_finds_identifiers_without_a_cue(text: str, phi_type: PhiType, word: str) -> None:
    assert (phi_type, word) in _labelled(text)


def test_the_shipped_thresholds_hold_back_unsure_spans() -> None:
    """Look-alikes the model half-believes (spans below their thresholds) are not added: an eponym of a hearing
    test. (Until the A-2 model a weekday in a report's title and a DRG's number at a row's start were such spans;
    the A-0 model, trained on 31 authors, labels none of them.)"""
    text = "Dressed with Kerlix and Coban; Rinne and Weber normal."
    assert load_tagger().analyse(text).spans  # it does label some of them...
    assert load_tagger().find(text) == []  # ...but not by the margins the shipped thresholds ask
    assert PhiScanner(use_model=True).scan(text) == []


def test_the_model_is_on_by_default() -> None:
    assert PhiScanner()._tagger is load_tagger()
    assert PhiScanner(use_model=False)._tagger is None


def test_covering_marks_the_tokens_a_finding_overlaps() -> None:
    text = "Seen by Amsel Quorrin on 03/04 today."
    tokens = tokenize(text)
    name = PhiFinding(T.NAME, text.index("Quorrin"), text.index("Quorrin") + 7, "Quorrin", 0.9, "rule")
    date = PhiFinding(T.DATE, text.index("03/04"), text.index("03/04") + 5, "03/04", 0.9, "rule")
    assert covering(tokens, [date, name]) == [None, None, None, T.NAME, None, T.DATE, None]
    assert covering(tokens, []) == [None] * len(tokens)


def test_runs_stop_at_rule_findings_and_only_vetoable_ones_are_scored() -> None:
    text = "Radovan Hrabal tolerated the infusion without incident."
    tagger = load_tagger()
    assert [f.text for f, _ in tagger.analyse(text).spans] == ["Radovan Hrabal"]
    surname = PhiFinding(T.NAME, 8, 14, "Hrabal", 0.9, "rule")
    beside = tagger.analyse(text, [surname])
    assert [f.text for f, _ in beside.spans] == ["Radovan"]  # the given name alone, no longer dropped
    assert (8, 14) in {(s, e) for s, e, _ in beside.o_margins}  # scored for a veto (inside=None)
    unscored = tagger.analyse(text, [surname], inside=())
    assert (8, 14) not in {(s, e) for s, e, _ in unscored.o_margins}
    assert [f.text for f, _ in unscored.spans] == ["Radovan"]


SCORED = [
    "Mr. Hollis Brandvold, 58, seen 03/14/2023 at 41 Quarry Rd, Tamworth; call 603-555-0142.",
    'Plate: KJW-4471 (white van)\nBadge # 0042 issued; Name: Quorrin, Amsel\n\n"Seen" at 41 Quarry Rd.',
    "MRN: 88412093 Acct= 55 a b c d e f g h Tamworth\r\nZIP 03276 | DOB 03/14/1961",
    "(Zyxwvq) **Qqqq9** <Xx-7> lives in Ottumwa, IA; SSN 123-45-6789.",
    "lower case words only here",
    "",
]


def _reference_ids(tagger: PhiTagger, text: str) -> tuple[list[int], list[int], list[int]]:
    """The ids of ``note_features``' strings, as the training sees them, looked up one by one."""
    positions: list[int] = []
    ids: list[int] = []
    offsets: list[int] = []
    for i, feats in phi_model.note_features(tokenize(text)):
        positions.append(i)
        offsets.append(len(ids))
        ids += [tagger._index[f] for f in feats if f in tagger._index]
    return positions, ids, offsets


@pytest.mark.parametrize("text", SCORED)
def test_cached_feature_ids_are_those_of_the_feature_strings(text: str) -> None:
    """The scorer's cached ids (no strings built) are the training features' ids in the same order, so
    the sums and every finding are those of looking the strings up; a cold and a warm cache agree."""
    shipped = load_tagger()
    tagger = PhiTagger(shipped.features, shipped.weights, shipped.thresholds, shipped.vetoes)  # cold caches
    expected = _reference_ids(tagger, text)
    for _ in range(2):
        positions, ids, offsets = tagger.feature_ids(tokenize(text))
        assert (positions, ids.tolist(), offsets.tolist()) == expected
    if expected[0]:
        assert len(expected[1]) > 10 * len(expected[0])  # known context features were looked up


def test_a_full_cache_starts_again_and_keeps_learning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache that reaches its bound is emptied and takes the new word (it does not stop learning once the
    first words filled it), and the ids read through it stay those of the feature strings."""
    monkeypatch.setattr(phi_model, "_CACHE_LIMIT", 8)
    shipped = load_tagger()
    tagger = PhiTagger(shipped.features, shipped.weights, shipped.thresholds, shipped.vetoes)
    text = " ".join(f"ID{i:05d} Okafor-{i}" for i in range(40))
    positions, ids, offsets = tagger.feature_ids(tokenize(text))
    assert (positions, ids.tolist(), offsets.tolist()) == _reference_ids(tagger, text)
    assert 0 < len(tagger._words) <= 8 and f"Okafor-{39}" in tagger._words  # the last word is kept
    assert len(tagger._norms) <= 8


def test_cached_feature_ids_of_a_model_with_few_features() -> None:
    """Only known features count; a token with none has an empty segment and scores zeros."""
    features = ["cue=none", "w-1=plate", "cue2=<L>|plate", "w-1w=plate|XdX", "tr=:"]
    tagger = PhiTagger(features, np.ones((len(features), len(phi_model.LABELS)), dtype=np.float32))
    text = "Plate: K9Q ok\n- Zq\nId: K9Q"
    positions, ids, offsets = tagger.feature_ids(tokenize(text))
    assert (positions, ids.tolist(), offsets.tolist()) == _reference_ids(tagger, text)
    scored, sums = tagger.scores(tokenize(text))
    assert scored == [0, 1, 4, 5, 6]  # not "ok" (lower case) nor "-" (no letter or digit)
    # Plate: tr=:, cue=none; K9Q: w-1=plate, w-1w=plate|XdX, cue2=<L>|plate; Zq: cue=none (a cue
    # does not reach past its line); Id: tr=:, cue=none; the last K9Q: none (its cue is "id")
    assert sums.tolist() == [[v] * len(phi_model.LABELS) for v in (2.0, 3.0, 1.0, 2.0, 0.0)]


@pytest.mark.parametrize("text", SCORED)
def test_tokens_are_their_text_and_count_lines(text: str) -> None:
    for token in tokenize(text):
        assert text[token.start : token.end] == token.word
        assert token.line == text.count("\n", 0, token.start)
        assert text[token.start - len(token.lead) : token.start] == token.lead
        assert text[token.end : token.end + len(token.trail)] == token.trail


REVIEWED = [
    "Mr. Hollis Brandvold, 58, seen 03/14/2023 at 41 Quarry Rd, Tamworth; call 603-555-0142.",
    "Dressed with Kerlix; acct 88120431; Dr. Amsel Quorrin; lives in Escanaba; plate KJW4471.",
    "He is a spry 97 and walks daily with his son Teodoro.",
]


@pytest.mark.parametrize("text", REVIEWED)
def test_scoring_only_what_a_veto_needs_changes_no_finding(text: str) -> None:
    """The scanner scores no token inside a rule finding that no veto can drop: the same findings as
    when every token is scored."""
    tagger = load_tagger()
    rules = PhiScanner(use_model=False).scan(text)
    everything = combine(
        rules, tagger.analyse(text, rules), tagger.thresholds, tagger.vetoes, tagger.relabels
    )
    assert tagger.review(text, rules) == everything


QUIET = [
    "Metoprolol 25 mg PO BID, lisinopril 10 mg daily.",
    "GCS 15, NIHSS 4, Wells score 2.",
    "Positive Babinski sign; Kernig negative.",
    "Started Eliquis 5 mg and Keppra 500 mg at bedtime.",
    "HbA1c 7.2 %, LDL 98 mg/dL, eGFR 54.",
    "History of Parkinson disease and Hodgkin lymphoma in remission.",
    "BP 132/84, HR 72, SpO2 97 % on room air.",
    "Follow up with Cardiology in 2 weeks; repeat CBC and BMP.",
]


@pytest.mark.parametrize("text", QUIET)
def test_quiet_on_clinical_look_alikes(text: str) -> None:
    assert load_tagger().analyse(text).spans == []  # not even below the thresholds


def test_the_scanner_adds_what_only_the_model_finds() -> None:
    text = "He is a spry 97 and walks daily."
    assert PhiScanner(use_model=False).scan(text) == []
    assert [(f.type, f.text, f.source) for f in PhiScanner(use_model=True).scan(text)] == [
        (T.AGE, "97", "model")
    ]
    assert PhiScanner(use_model=True).scan("He is a spry 67 and walks daily.") == []


def test_model_findings_never_override_a_rule() -> None:
    rule = PhiFinding(T.DATE, 10, 20, "x" * 10, 0.9, "rule")
    overlapping = PhiFinding(T.NAME, 15, 25, "x" * 10, 0.5, "model")
    apart = PhiFinding(T.NAME, 30, 35, "x" * 5, 0.5, "model")
    assert add_model_findings([rule], [overlapping, apart]) == [rule, apart]


def test_combine_applies_thresholds_and_vetoes_per_type() -> None:
    name_rule = PhiFinding(T.NAME, 0, 5, "Xxxxx", 0.6, "rule")
    date_rule = PhiFinding(T.DATE, 10, 15, "01/02", 0.9, "rule")
    weak = PhiFinding(T.NAME, 20, 25, "Yyyyy", 0.5, "model")
    strong = PhiFinding(T.LOCATION, 30, 35, "Zzzzz", 0.5, "model")
    analysis = Analysis(
        spans=[(weak, 4.0), (strong, 30.0)],
        o_margins=[(0, 5, 12.0), (10, 15, 50.0), (20, 25, -4.0), (30, 35, -30.0)],
    )
    thresholds = {"NAME": 10.0, "LOCATION": 20.0, "LOCATION+": 0.0}
    # The NAME rule finding is "O" by 12 >= its veto 10; DATE has no veto, so 50 does not matter.
    assert combine([name_rule, date_rule], analysis, thresholds, {T.NAME: 10.0}) == [date_rule, strong]
    assert combine([name_rule, date_rule], analysis, thresholds, {T.NAME: 15.0}) == [
        name_rule,
        date_rule,
        strong,
    ]
    assert combine([], analysis, {}, {}) == []
    # A span of several tokens has its own threshold ("LOCATION+"), so 30 is not enough alone.
    street = PhiFinding(T.LOCATION, 40, 52, "12 Quarry Rd", 0.5, "model")
    two = Analysis(spans=[(street, 5.0), (strong, 15.0)], o_margins=[])
    assert combine([], two, thresholds, {}) == [street]
    assert [span_key(street), span_key(strong)] == ["LOCATION+", "LOCATION"]


def _label_scores(*rows: dict[PhiType, float]) -> np.ndarray:
    scores = np.zeros((len(rows), len(LABELS)), dtype=np.float32)
    for i, row in enumerate(rows):
        for phi_type, value in row.items():
            scores[i, LABELS.index(phi_type.value)] = value
    return scores


def test_a_dictionary_finding_takes_the_type_the_words_around_it_prefer() -> None:
    # "Mo lives in Harmony Falls, near Ola": the word lists called "Harmony Falls" a name.
    place = PhiFinding(T.NAME, 12, 25, "Harmony Falls", 0.6, "dictionary")
    analysis = Analysis(
        spans=[],
        o_margins=[(12, 19, -20.0), (20, 25, -20.0), (32, 35, -5.0)],
        scores=_label_scores({T.NAME: 10, T.LOCATION: 18}, {T.NAME: 5, T.LOCATION: 9}, {T.NAME: 5}),
    )
    assert relabel_margin(place, analysis, T.LOCATION) == 12.0  # (18 + 9) - (10 + 5), over both tokens
    to_place = {(T.NAME, T.LOCATION): 12.0}
    assert combine([place], analysis, {}, {}, to_place) == [replace(place, type=T.LOCATION)]
    assert combine([place], analysis, {}, {}, {(T.NAME, T.LOCATION): 12.5}) == [place]
    assert combine([place], analysis, {}, {}) == [place]
    # A rule read it after a cue ("Patient: Harmony Falls"): its type is the cue's, the model's guess is not asked.
    cued = replace(place, source="rule")
    assert combine([cued], analysis, {}, {}, to_place) == [cued]
    # Only the tokens inside the finding count: "Ola" alone prefers NAME; a finding over no scored token stays.
    ola = PhiFinding(T.NAME, 32, 35, "Ola", 0.6, "dictionary")
    mo = PhiFinding(T.NAME, 0, 2, "Mo", 0.6, "dictionary")
    assert (
        relabel_margin(ola, analysis, T.LOCATION) == -5.0 and relabel_margin(mo, analysis, T.LOCATION) is None
    )
    assert combine([mo, ola], analysis, {}, {}, {(T.NAME, T.LOCATION): -10.0}) == [
        mo,
        replace(ola, type=T.LOCATION),
    ]
    # A veto is applied first: a finding dropped is not relabelled.
    assert combine([place], analysis, {}, {T.NAME: -25.0}, to_place) == []


def test_relabels_are_saved_and_read(tmp_path: Path) -> None:
    tagger = train(_tiny(), epochs=2, seed=7, min_count=1, relabels={(T.NAME, T.LOCATION): 20.0})
    path = tmp_path / "m.npz"
    assert tagger.save(path, {})["relabels"] == {"NAME>LOCATION": 20.0}
    assert read_tagger(path).relabels == {(T.NAME, T.LOCATION): 20.0}
    # A manifest written before relabels existed reads as none.
    manifest = json.loads(path.with_suffix(".json").read_text())
    del manifest["relabels"]
    path.with_suffix(".json").write_text(json.dumps(manifest))
    assert read_tagger(path).relabels == {}


TINY = [
    ("Seen today with Ms. Orlova about her knee.", [(T.NAME, "Orlova")]),
    ("Mr. Dvorak reports less pain after therapy.", [(T.NAME, "Dvorak")]),
    ("Plate ABC1234 logged at the gate.", [(T.VEHICLE_ID, "ABC1234")]),
    ("Plate QRT9981 logged at the gate.", [(T.VEHICLE_ID, "QRT9981")]),
    ("Aspirin 81 mg daily and Lipitor 40 mg.", []),
    ("Wells score 4, GCS 15.", []),
]


def _tiny() -> list[LabelledNote]:
    notes = []
    for text, spans in TINY * 3:
        notes.append(LabelledNote(text, tuple((t, text.index(w), text.index(w) + len(w)) for t, w in spans)))
    return notes


def test_training_is_deterministic_and_learns(tmp_path: Path) -> None:
    first = train(_tiny(), epochs=4, seed=7, min_count=1)
    second = train(_tiny(), epochs=4, seed=7, min_count=1)
    assert first.features == second.features
    assert np.array_equal(first.weights, second.weights)
    a = first.save(tmp_path / "a.npz", {"seed": 7})
    b = second.save(tmp_path / "b.npz", {"seed": 7})
    assert a["sha256"] == b["sha256"]
    reread = read_tagger(tmp_path / "a.npz")
    assert reread.features == first.features
    found = {(f.type, f.text) for f in reread.find("Plate ZZK5512 logged at the gate.")}
    assert (T.VEHICLE_ID, "ZZK5512") in found
    assert reread.find("Aspirin 81 mg daily and Lipitor 40 mg.") == []


def test_weights_that_do_not_fit_the_labels_are_refused() -> None:
    with pytest.raises(ValueError, match="labels"):
        PhiTagger(["b"], np.zeros((1, 3)))


def _random_texts(count: int, seed: int) -> list[str]:
    """Texts of words, numbers, label cues, edge punctuation, non-ASCII letters and digits and every
    kind of whitespace, in random order: what the scorer's columns and cached ids must get right."""
    rng = random.Random(seed)
    pieces = [
        "Quorrin", "amsel", "KJW-4471", "03/14/2023", "Tamworth,", "(Zyxwvq)", "**Qqqq9**", "<Xx-7>",
        "Plate:", "Badge", "#", "0042", "Acct=", "MRN:", "Dr.", "O'Brien", "“Hollis”", "‘x’", "-", "...",
        "É", "Ǆemal", "Straße", "١٢٣", "10²", "①", "ﬁne", "İstanbul", "x", "a", "b:", "=", ":", "'", '"',
        "603-555-0142.", "12", "1899", "2024", "999999", "Mr.", "NAME", "St.", "#12", "(", ")", "*",
    ]  # fmt: skip
    spaces = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "\r\n", "\u00a0", "\u2003", "\x0b", " \n "]
    texts = []
    for _ in range(count):
        parts = [rng.choice(spaces) if rng.random() < 0.1 else ""]
        for _ in range(rng.randrange(0, 60)):
            parts.append(
                rng.choice(pieces) if rng.random() < 0.8 else rng.choice(pieces) + rng.choice(pieces)
            )
            parts.append(rng.choice(spaces))
        texts.append("".join(parts[:-1] if rng.random() < 0.5 else parts))
    return texts


RANDOM = _random_texts(300, seed=15)


def test_columns_are_the_tokens() -> None:
    """``columns`` (one regex pass, no step per token) gives ``tokenize``'s tokens, field by field."""
    for text in [*SCORED, *REVIEWED, *RANDOM]:
        assert phi_model.columns(text) == phi_model.Columns.of(tokenize(text)), text


def _old_shape(word: str) -> str:
    """The shape as features version 1 defined it, one character at a time."""
    out = []
    for c in word[:16]:
        out.append("d" if c.isdigit() else "X" if c.isupper() else "x" if c.isalpha() else c)
    return "".join(out)


def test_shapes_and_digit_counts_are_those_of_the_character_loop() -> None:
    rng = random.Random(3)
    alphabet = "aZ9-./#'²①١ÉǅßİΣς\u00a0x"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 24))) for _ in range(2000)]
    for word in words:
        shape = _old_shape(word)
        assert phi_model._shape(word) == shape
        short = "".join(c for i, c in enumerate(shape) if i == 0 or shape[i - 1] != c)
        assert phi_model._sshape(word) == short
        feats = phi_model._word_features(word)
        assert f"nd={min(sum(c.isdigit() for c in word), 12)}" in feats
        assert f"s={shape}" in feats and f"ss={short}" in feats


def test_a_number_with_a_superscript_is_scored() -> None:
    """ "10²" is a digit string to ``isdigit`` but not to ``int``: it gets no number bucket, no error."""
    assert not any(f.startswith("num=") for f in phi_model._word_features("10²"))
    assert "num=month" in phi_model._word_features("12")
    assert PhiScanner(use_model=True).scan("Wound 12 cm², dose 10² units") == []


def test_cached_feature_ids_of_random_texts_are_those_of_the_feature_strings() -> None:
    """On random texts, cold and warm, with and without ``wanted``: the ids of the strings, in order."""
    shipped = load_tagger()
    tagger = PhiTagger(shipped.features, shipped.weights, shipped.thresholds, shipped.vetoes)
    rng = random.Random(7)
    for text in RANDOM:
        expected = _reference_ids(tagger, text)
        positions, ids, offsets = tagger.feature_ids(tokenize(text))
        assert (positions, ids.tolist(), offsets.tolist()) == expected
        cols = phi_model.columns(text)
        wanted = [rng.random() < 0.7 for _ in cols.words]
        positions, ids, offsets = tagger.feature_ids(cols, wanted)
        keep = [k for k, i in enumerate(expected[0]) if wanted[i]]
        bounds = [*expected[2], len(expected[1])]
        assert positions == [expected[0][k] for k in keep]
        assert ids.tolist() == [j for k in keep for j in expected[1][bounds[k] : bounds[k + 1]]]
