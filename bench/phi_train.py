"""Train the PHI token classifier (``mediflow.quality.phi_model``) on the planted sets A-F, or measure it.

Usage:
  python -m bench.phi_train                 # train on A-F, write mediflow/quality/phi_model.npz + .json
  python -m bench.phi_train --cv            # leave-one-author-out: train on five sets, score the sixth
  python -m bench.phi_train --timing        # ms CPU per 1k chars, rules alone vs rules + classifier

The cross-author figure is the estimate for unseen text; the held-out set G is never read here.
Today's rules were tuned on all of A-F, so with them every fold's "rules" column is in-sample and
leaves the model almost nothing to add. --cv therefore also scores C-F against the rule engine as
committed just before each of those sets was written (``FIRST_CONTACT``, run from ``git archive``
in a subprocess): rules that had never seen the held-out author, as on new text. The per-type
margins the shipped model uses are chosen on those four folds (nested inside --cv's own figures).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.phi_e import e_notes
from bench.phi_f import f_notes
from bench.phi_fresh import fresh_notes
from bench.phi_heldout import heldout_notes
from bench.phi_planted import Evaluation, PlantedNote, evaluate, planted_notes
from bench.phi_unseen import unseen_notes
from mediflow.quality import phi_model
from mediflow.quality.phi import PhiScanner
from mediflow.quality.phi_model import SPAN_KEYS, Analysis, combine, span_key, vetoed
from mediflow.quality.phi_model_train import LabelledNote, train
from mediflow.quality.phi_types import PhiFinding, PhiType

SETS: dict[str, Callable[[], list[PlantedNote]]] = {
    "A": planted_notes,
    "B": heldout_notes,
    "C": fresh_notes,
    "D": unseen_notes,
    "E": e_notes,
    "F": f_notes,
}
SEED = 0
EPOCHS = 6
MIN_COUNT = 2
# Margins (best PHI label's score over "O", in averaged-perceptron units) tried per type, and what a
# type's spans added over the rules must reach to be reported at all.
GRID = (0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 40.0, 60.0)
VETO_GRID = (0.0, 5.0, 10.0, 15.0, 20.0, 30.0)
MIN_PRECISION = 0.8
MIN_ADDED = 5
WATCH = (PhiType.NAME, PhiType.LOCATION, PhiType.VEHICLE_ID, PhiType.PHOTO, PhiType.OTHER_ID, PhiType.LICENSE)
WATCH = (*WATCH, PhiType.PHONE)
# The engine as committed with each set, before it ever ran on it (B came with the engine's first
# version and A is the set it was written on: neither has such a commit).
FIRST_CONTACT = {"C": "4b03e60^", "D": "31bbc31", "E": "c79eb79", "F": "1f94d92"}


def labelled(notes: Sequence[PlantedNote]) -> list[LabelledNote]:
    return [LabelledNote(n.text, tuple((s.type, s.start, s.end) for s in n.spans)) for n in notes]


def replay(found: Sequence[list[PhiFinding]], notes: Sequence[PlantedNote]) -> Evaluation:
    """Score findings computed before (``evaluate`` calls its scan once per note, in order)."""
    it = iter(found)
    return evaluate(lambda _text: next(it), notes)


def row(name: str, result: Evaluation) -> str:
    cats = " ".join(f"{result.per_type[t].recall * 100:5.1f}" for t in WATCH)
    return f"{name:<22}{result.recall * 100:7.2f}{result.fp_per_1000_notes:8.1f}  {cats}"


def header() -> str:
    return f"{'':<22}{'recall':>7}{'FP/1k':>8}  " + " ".join(f"{t.value[:5]:>5}" for t in WATCH)


def first_contact(commit: str, notes: Sequence[PlantedNote]) -> list[list[PhiFinding]]:
    """The findings of the rule engine as committed at ``commit`` (run in a subprocess from a copy)."""
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(
            ["git", "archive", commit, "mediflow"], cwd=root, check=True, capture_output=True
        )
        subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
        done = subprocess.run(
            [sys.executable, "-c", _OLD_ENGINE],
            input=json.dumps([n.text for n in notes]),
            env={**os.environ, "PYTHONPATH": tmp},
            cwd=tmp,
            check=True,
            capture_output=True,
            text=True,
        )
    return [
        [
            PhiFinding(PhiType(t), start, end, text, score, source)
            for t, start, end, text, score, source in found
        ]
        for found in json.loads(done.stdout)
    ]


_OLD_ENGINE = """
import json, sys
from mediflow.quality.phi import PhiScanner
scanner = PhiScanner()
out = [[[f.type.value, f.start, f.end, f.text, f.score, f.source] for f in scanner.scan(t)] for t in json.load(sys.stdin)]
print(json.dumps(out))
"""


@dataclass
class Fold:
    """One held-out set: its notes, the rules' findings on it and the spans of a tagger trained without it."""

    key: str
    notes: list[PlantedNote]
    rules: list[list[PhiFinding]]
    analyses: list[Analysis]


def folds(epochs: int) -> tuple[list[Fold], list[Fold]]:
    """Leave-one-author-out over A-F, with today's rules, and over C-F with the rules of first contact."""
    notes = {key: make() for key, make in SETS.items()}
    rules = PhiScanner(use_model=False)
    today, first = [], []
    for held, held_notes in notes.items():
        tagger = train(
            [x for key, ns in notes.items() if key != held for x in labelled(ns)], epochs=epochs, seed=SEED
        )
        analyses = [tagger.analyse(n.text) for n in held_notes]
        today.append(Fold(held, held_notes, [rules.scan(n.text) for n in held_notes], analyses))
        if held in FIRST_CONTACT:
            first.append(Fold(held, held_notes, first_contact(FIRST_CONTACT[held], held_notes), analyses))
    return today, first


def added_counts(fold_list: Sequence[Fold]) -> tuple[Counter[tuple[str, float]], Counter[tuple[str, float]]]:
    """Per (span_key, threshold of GRID): model spans the rules did not overlap, and how many were right."""
    added: Counter[tuple[str, float]] = Counter()
    right: Counter[tuple[str, float]] = Counter()
    for fold in fold_list:
        for note, rule_found, analysis in zip(fold.notes, fold.rules, fold.analyses, strict=True):
            for span, margin in analysis.spans:
                if any(span.overlaps(r) for r in rule_found):
                    continue
                ok = any(
                    g.type is span.type and g.start < span.end and span.start < g.end for g in note.spans
                )
                for t in GRID:
                    if margin >= t:
                        added[span_key(span), t] += 1
                        right[span_key(span), t] += ok
    return added, right


def choose_thresholds(fold_list: Sequence[Fold]) -> dict[str, float]:
    """Per span_key (a type, "+" for spans of several tokens), the least margin at which the spans the
    model added over the rules were right at least MIN_PRECISION of the time (and at least MIN_ADDED
    of them); a key that never gets there is left out."""
    added, right = added_counts(fold_list)
    chosen = {}
    for key in SPAN_KEYS:
        for t in GRID:
            if added[key, t] >= MIN_ADDED and right[key, t] >= MIN_PRECISION * added[key, t]:
                chosen[key] = t
                break
    return chosen


def veto_counts(
    fold_list: Sequence[Fold],
) -> tuple[Counter[tuple[PhiType, float]], Counter[tuple[PhiType, float]]]:
    """Per (type, margin of VETO_GRID): rule findings the model would drop, and how many were wrong."""
    dropped: Counter[tuple[PhiType, float]] = Counter()
    wrong: Counter[tuple[PhiType, float]] = Counter()
    for fold in fold_list:
        for note, rule_found, analysis in zip(fold.notes, fold.rules, fold.analyses, strict=True):
            for f in rule_found:
                bad = not any(g.type is f.type and g.start < f.end and f.start < g.end for g in note.spans)
                for v in VETO_GRID:
                    if vetoed(f, analysis.o_margins, v):
                        dropped[f.type, v] += 1
                        wrong[f.type, v] += bad
    return dropped, wrong


def choose_vetoes(fold_list: Sequence[Fold]) -> dict[PhiType, float]:
    """Per type, the least margin of "O" at which the rule findings the model would drop were wrong at
    least MIN_PRECISION of the time (and at least MIN_ADDED of them); other types are never dropped."""
    dropped, wrong = veto_counts(fold_list)
    chosen = {}
    for phi_type in PhiType:
        for v in VETO_GRID:
            if (
                dropped[phi_type, v] >= MIN_ADDED
                and wrong[phi_type, v] >= MIN_PRECISION * dropped[phi_type, v]
            ):
                chosen[phi_type] = v
                break
    return chosen


def score(fold: Fold, thresholds: dict[str, float] | float, vetoes: dict[PhiType, float]) -> Evaluation:
    limits = dict.fromkeys(SPAN_KEYS, thresholds) if isinstance(thresholds, float) else thresholds
    found = [combine(r, a, limits, vetoes) for r, a in zip(fold.rules, fold.analyses, strict=True)]
    return replay(found, fold.notes)


def print_mean(name: str, results: Sequence[Evaluation]) -> None:
    recall = sum(r.recall for r in results) / len(results)
    fp = sum(r.fp_per_1000_notes for r in results) / len(results)
    cats = " ".join(f"{sum(r.per_type[t].recall for r in results) / len(results) * 100:5.1f}" for t in WATCH)
    print(f"{name:<22}{recall * 100:7.2f}{fp:8.1f}  {cats}")


def cross_validate(epochs: int) -> None:
    today, first = folds(epochs)
    for title, fold_list in (
        ("rules: the engine as committed before each set existed (first contact)", first),
        ("rules: today's engine, tuned on all of A-F (its column is in-sample)", today),
    ):
        print(f"\n== {title} ==")
        print(header())
        means: dict[str, list[Evaluation]] = {}
        for fold in fold_list:
            # Thresholds chosen on the other first-contact folds only: nested, so the held set never picks them.
            others = [f for f in first if f.key != fold.key]
            chosen, vetoes = choose_thresholds(others), choose_vetoes(others)
            print(f"-- held out {fold.key} ({len(fold.notes)} notes) --")
            rows = {
                "rules": replay(fold.rules, fold.notes),
                "+model adds": score(fold, chosen, {}),
                "+model adds+vetoes": score(fold, chosen, vetoes),
                "+model vetoes only": score(fold, {}, vetoes),
                "+model t=0 (all)": score(fold, 0.0, {}),
                "model alone t=0": replay([[f for f, _ in a.spans] for a in fold.analyses], fold.notes),
            }
            for name, result in rows.items():
                print(row(name, result))
                means.setdefault(name, []).append(result)
        print(f"-- mean over the {len(fold_list)} held-out authors --")
        for name, results in means.items():
            print_mean(name, results)
    print("\nchosen on all four first-contact folds (what the shipped model uses):")
    print("thresholds", choose_thresholds(first))
    print("vetoes", {t.value: v for t, v in choose_vetoes(first).items()})
    added, right = added_counts(first)
    print("spans added over the first-contact rules, all four folds, right/added at t=0, 10, 20, 30:")
    for key in SPAN_KEYS:
        cells = [f"{right[key, t]}/{added[key, t]}" for t in (0, 10, 20, 30)]
        print(f"  {key:<16}" + " ".join(f"{c:>9}" for c in cells))


def timing(rounds: int) -> None:
    """ms CPU per 1k chars on the same notes: the first pass (the model's per-word caches cold: every
    word new to the process pays its word-list lookups once), then ``rounds`` warm passes, interleaved
    so that a change in machine load hits both scanners alike."""
    notes = [n for make in SETS.values() for n in make()]
    chars = sum(len(n.text) for n in notes)
    scanners = {"rules": PhiScanner(use_model=False), "rules+model": PhiScanner(use_model=True)}
    tagger = phi_model.load_tagger()
    scans = {**{name: s.scan for name, s in scanners.items()}, "model alone": tagger.find}
    for scan in scans.values():
        scan(notes[0].text)
    cold = dict.fromkeys(scans, 0.0)
    warm = dict.fromkeys(scans, 0.0)
    for round_ in range(rounds + 1):
        for name, scan in scans.items():
            started = time.process_time()
            for n in notes:
                scan(n.text)
            (cold if round_ == 0 else warm)[name] += time.process_time() - started
    print(f"{'ms CPU / 1k chars':<18}{'first pass':>11}{'warm':>8}")
    for name in scans:
        first, rest = cold[name] * 1e6 / chars, warm[name] * 1e6 / (chars * rounds)
        print(f"{name:<18}{first:11.3f}{rest:8.3f}")
    print(
        f"({len(notes)} notes of A-F, {chars} chars, {rounds} warm rounds, load average {os.getloadavg()[0]:.2f})"
    )


def ship(epochs: int) -> None:
    _, first = folds(epochs)
    thresholds, vetoes = choose_thresholds(first), choose_vetoes(first)
    notes = {key: make() for key, make in SETS.items()}
    corpus = [x for ns in notes.values() for x in labelled(ns)]
    tagger = train(
        corpus, epochs=epochs, seed=SEED, min_count=MIN_COUNT, thresholds=thresholds, vetoes=vetoes
    )
    digest = hashlib.sha256("\0".join(n.text for n in corpus).encode("utf-8")).hexdigest()
    path = Path(phi_model.__file__).with_name(phi_model.MODEL_FILE)
    manifest = tagger.save(
        path,
        {
            "trained_by": "python -m bench.phi_train",
            "training_sets": {key: len(ns) for key, ns in notes.items()},
            "training_text_sha256": digest,
            "seed": SEED,
            "epochs": epochs,
            "min_count": MIN_COUNT,
            "thresholds_chosen_on": {
                "first_contact_engines": FIRST_CONTACT,
                "grid": list(GRID),
                "veto_grid": list(VETO_GRID),
                "min_precision": MIN_PRECISION,
                "min_added": MIN_ADDED,
            },
        },
    )
    print(f"thresholds {manifest['thresholds']}\nvetoes {manifest['vetoes']}")
    print(
        f"wrote {path} ({path.stat().st_size} bytes), {manifest['features']} features, sha256 {manifest['sha256']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--cv", action="store_true", help="leave-one-author-out over A-F (and C-F at first contact)"
    )
    parser.add_argument("--timing", action="store_true", help="CPU cost, rules alone vs rules + classifier")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds")
    args = parser.parse_args()
    if args.cv:
        cross_validate(args.epochs)
    elif args.timing:
        timing(args.rounds)
    else:
        ship(args.epochs)


if __name__ == "__main__":
    main()
