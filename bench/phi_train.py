"""Train the PHI token classifier (``mediflow.quality.phi_model``) on tuning sets (``TRAINING``: A-M, P-Y, 1, 2 and 5-0), or measure it.

Usage:
  python -m bench.phi_train                 # train on A-M, P-Y, 1, 2 and 5-0, write mediflow/quality/phi_model.npz + .json
  python -m bench.phi_train --cv            # leave-one-author-out: train on all sets but one, score that one
  python -m bench.phi_train --cv --sets ABCDEFGHIJKLM   # the same over other tuning sets
  python -m bench.phi_train --timing        # ms CPU per 1k chars, rules alone vs rules + classifier

The cross-author figure is the estimate for unseen text; held-out sets (``bench.phi_sets`` outside
``TUNING``) are never read here. Today's rules were tuned on every set here, so with them a fold's "rules" column is
in-sample and leaves the model almost nothing to add. --cv therefore also scores C-M against the
rule engine as committed just before each of those sets was written (``FIRST_CONTACT``, run from
``git archive`` in a subprocess): rules that had never seen the held-out author, as on new text.
The thresholds, vetoes, price and share the shipped model uses are chosen on those first-contact folds
(``select``), and --cv chooses them for each held-out author on the others only (nested).
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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.phi_planted import Evaluation, PlantedNote, score_findings
from bench.phi_sets import TUNING, makers
from mediflow.quality import phi_model
from mediflow.quality.phi import PhiScanner
from mediflow.quality.phi_model import (
    SPAN_KEYS,
    Analysis,
    PhiTagger,
    combine,
    relabel_key,
    relabel_margin,
    relabel_names,
    span_key,
    vetoed,
)
from mediflow.quality.phi_model_train import LabelledNote, train
from mediflow.quality.phi_types import PhiFinding, PhiType

# The sets the shipped classifier is trained on: A-M, P-Y, 1, 2 and 5-0, every tuning set but a and b (trained on all
# 33 on 2026-12-04, its thresholds chosen the same way, it was measured and not shipped: README, "PHI screening").
# Its additions go through the rules' context checks (``phi_guard``), here as in the scanner: trained on A-K and on
# A-M without them it was measured and not shipped (look-alikes the rules leave alone fired; README, "PHI screening").
TRAINING = "ABCDEFGHIJKLMPQRSTUVWXY12567890"
assert set(TRAINING) <= set(TUNING), "the classifier trains on tuning sets only"
SEED = 0
EPOCHS = 6
MIN_COUNT = 2
# Margins (best PHI label's score over "O", in averaged-perceptron units) tried per type, and what a
# type's spans added over the rules must reach to be reported at all.
GRID = (0.0, 5.0, 10.0, 15.0, 20.0, 25.0, 30.0, 40.0, 60.0)
VETO_GRID = (0.0, 5.0, 10.0, 15.0, 20.0, 30.0)
# Prices tried, in found identifiers per false positive (see ``choose``), and the shares of the false
# positives the vetoes remove that the additions may bring back, largest first (see ``choose_share``).
PRICES = (1.0, 1.5, 2.0, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0, 15.0, 20.0, 30.0, 50.0, 100.0)
SHARES = (1.0, 0.75, 0.5, 0.25, 0.0)
# The types whose rule findings the model may veto: not a date, whose form the rules read ("7 sept", "4 giugno"
# in running text were vetoed by the A-W model's DATE veto, chosen on the folds for a version number's or a page
# counter's look-alikes; those are the rules' to refuse, and a date missed is the identifier most often kept);
# nor a social security number, which the rules read by its label only (the A-2 model's SSN veto, chosen on the
# folds at margin 0, dropped "soc sec #: ###-##-2207" and "social security number ending in 0935").
VETO_TYPES = tuple(t for t in PhiType if t not in (PhiType.DATE, PhiType.SSN))
# What a right rule finding dropped costs in wrong ones dropped: a veto must be right 80 % of the time.
VETO_COST = 4.0
MIN_ADDED = 5
# The relabels tried: a dictionary finding's type (a word list's guess: "Harmony" is a given name and a town)
# for the other, where the model's scores of the words around it prefer that one by a margin of RELABEL_GRID.
# What a right finding relabelled costs in wrong ones put right: a relabel must be right 2 times in 3.
RELABEL_PAIRS = ((PhiType.NAME, PhiType.LOCATION), (PhiType.LOCATION, PhiType.NAME))
RELABEL_GRID = (0.0, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 60.0)
RELABEL_COST = 2.0
WATCH = (PhiType.NAME, PhiType.LOCATION, PhiType.VEHICLE_ID, PhiType.PHOTO, PhiType.OTHER_ID, PhiType.LICENSE)
WATCH = (*WATCH, PhiType.PHONE)
# The engine as committed with each set, before it ever ran on it (B came with the engine's first
# version and A is the set it was written on: neither has such a commit).
FIRST_CONTACT = {
    "C": "4b03e60^",
    "D": "31bbc31",
    "E": "c79eb79",
    "F": "1f94d92",
    "G": "f4ad0d4",
    # Each set's own commit: it added the set alone, to the engine of the commit before it. (The A-I
    # model shipped before had its thresholds chosen on C-G; the A-M model's were chosen on C-M, the A-Q model's on C-M, P and Q.)
    "H": "9531f89",
    "I": "05f7a2c",
    "J": "434455b",
    "K": "60d2835",
    "L": "9d4eb7e",
    "M": "96d3b42",
    # P and Q were added together, to the round-12 engine: one commit is both sets' first contact.
    "P": "7731bbe",
    "Q": "7731bbe",
    # R and S likewise, to the engine of round 15's first parts.
    "R": "c4e690a",
    "S": "c4e690a",
    # T and U likewise, to the engine of round 15 (c844ca6).
    "T": "ee876e3",
    "U": "ee876e3",
    # V and W likewise, to the engine of round 16 (7c9b0e3).
    "V": "3f308fd",
    "W": "3f308fd",
    # X and Y likewise, to the engine of round 17 (067955b).
    "X": "9ce2f49",
    "Y": "9ce2f49",
    # 1 and 2 likewise, to the engine of the relabels (1a2079b) and 5de7c5b.
    "1": "1b7cebd",
    "2": "1b7cebd",
    # 5 and 6 likewise, to the engine of round 19 with the drug words (b524c9d).
    "5": "0050afc",
    "6": "0050afc",
    # 7 and 8 likewise, to the engine of round 20 (2d61be5).
    "7": "00d549a",
    "8": "00d549a",
    # 9 and 0 likewise, to the engine of round 21 (f5cfe5f).
    "9": "f1da59d",
    "0": "f1da59d",
    # a and b likewise, to the engine of round 22 (c0d87a9).
    "a": "d65c0e0",
    "b": "d65c0e0",
    # c and d likewise, to the engine of round 23 (b7933e3).
    "c": "b188860",
    "d": "b188860",
    # e and f likewise, to the engine of round 24 (ef0d230).
    "e": "a21fbc2",
    "f": "a21fbc2",
}


def labelled(notes: Sequence[PlantedNote]) -> list[LabelledNote]:
    return [LabelledNote(n.text, tuple((s.type, s.start, s.end) for s in n.spans)) for n in notes]


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
    """One held-out set: its notes, the rules' findings on it and what a tagger trained without it
    makes of each note beside those findings (``analyses``) and alone (``alone``)."""

    key: str
    notes: list[PlantedNote]
    rules: list[list[PhiFinding]]
    analyses: list[Analysis]
    alone: list[Analysis]


def folds(epochs: int, sets: str) -> tuple[list[Fold], list[Fold]]:
    """Leave-one-author-out over all sets, with today's rules, and over those of FIRST_CONTACT with
    the rules of first contact. Every token is scored (``inside=None``), so that vetoes of any type can
    be chosen; the spans are those the scanner gets (no token a rule finding covers joins one)."""
    notes = {key: make() for key, make in makers(sets).items()}
    rules = PhiScanner(use_model=False)
    today, first = [], []
    for held, held_notes in notes.items():
        tagger = train(
            [x for key, ns in notes.items() if key != held for x in labelled(ns)], epochs=epochs, seed=SEED
        )
        alone = [tagger.analyse(n.text) for n in held_notes]
        today.append(_fold(held, held_notes, [rules.scan(n.text) for n in held_notes], tagger, alone))
        if held in FIRST_CONTACT:
            found = first_contact(FIRST_CONTACT[held], held_notes)
            first.append(_fold(held, held_notes, found, tagger, alone))
    return today, first


def _fold(
    key: str,
    notes: list[PlantedNote],
    found: list[list[PhiFinding]],
    tagger: PhiTagger,
    alone: list[Analysis],
) -> Fold:
    analyses = [tagger.analyse(n.text, f) for n, f in zip(notes, found, strict=True)]
    return Fold(key, notes, found, analyses, alone)


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


def _best(options: Sequence[tuple[float, float, int]]) -> float | None:
    """The setting of the (setting, gain, spans it touches) option that gains most, if one gains at
    all; an option that touches fewer than MIN_ADDED spans is too thin to judge and never wins."""
    best, most = None, 0.0
    for setting, gain, n in options:
        if n >= MIN_ADDED and gain > most:
            best, most = setting, gain
    return best


Choice = tuple[dict[str, float], dict[PhiType, float], float]


def choose(fold_list: Sequence[Fold], share: float) -> Choice:
    """Vetoes per type, then add thresholds per span_key whose false positives those vetoes pay for.

    Each type takes the veto margin of VETO_GRID whose dropped rule findings gain most (wrong -
    VETO_COST * right: at least 4 wrong for every right one it drops), or none. Then, at a price of
    ``p`` found identifiers per false positive, each key independently takes the threshold of GRID
    whose added spans gain most (right - p * wrong), or none; the cheapest price of PRICES at which
    the additions bring no more false positives than ``share`` times those the vetoes remove wins:
    the most recall for fewer false positives on these folds."""
    added, right = added_counts(fold_list)
    dropped, wrong = veto_counts(fold_list)
    vetoes: dict[PhiType, float] = {}
    fp_removed = 0
    for phi_type in VETO_TYPES:
        gains = [
            (
                v,
                wrong[phi_type, v] - VETO_COST * (dropped[phi_type, v] - wrong[phi_type, v]),
                dropped[phi_type, v],
            )
            for v in VETO_GRID
        ]
        v = _best(gains)
        if v is not None:
            vetoes[phi_type] = v
            fp_removed += wrong[phi_type, v]
    for price in PRICES:
        thresholds: dict[str, float] = {}
        fp_added = 0
        for key in SPAN_KEYS:
            t = _best(
                [(t, right[key, t] - price * (added[key, t] - right[key, t]), added[key, t]) for t in GRID]
            )
            if t is not None:
                thresholds[key] = t
                fp_added += added[key, t] - right[key, t]
        if fp_added <= fp_removed * share:
            return thresholds, vetoes, price
    return {}, vetoes, float("inf")


def choose_share(fold_list: Sequence[Fold]) -> float:
    """The largest of SHARES at which, leaving each of ``fold_list`` out in turn and choosing on the
    rest, the held-out folds' mean recall rises and their mean false positives do not (0 if none):
    how far the additions may eat into what the vetoes save, judged on authors the choice never saw."""
    for share in SHARES:
        recall = fp = 0.0
        for fold in fold_list:
            thresholds, vetoes, _ = choose([f for f in fold_list if f is not fold], share)
            with_model, rules = score(fold, thresholds, vetoes), score_findings(fold.rules, fold.notes)
            recall += with_model.recall - rules.recall
            fp += with_model.fp_per_1000_notes - rules.fp_per_1000_notes
        if recall > 0 and fp <= 0:
            return share
    return 0.0


def select(fold_list: Sequence[Fold]) -> tuple[Choice, float]:
    """Thresholds, vetoes and price chosen on ``fold_list`` at the share ``choose_share`` picks there."""
    share = choose_share(fold_list)
    return choose(fold_list, share), share


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


Relabels = dict[tuple[PhiType, PhiType], float]


def relabel_counts(
    fold_list: Sequence[Fold],
) -> tuple[Counter[tuple[PhiType, PhiType, float]], Counter[tuple[PhiType, PhiType, float]]]:
    """Per (own type, other type, margin of RELABEL_GRID): dictionary findings the relabel would put right
    (an identifier of the other type under them, none of their own) and put wrong (the reverse)."""
    right: Counter[tuple[PhiType, PhiType, float]] = Counter()
    wrong: Counter[tuple[PhiType, PhiType, float]] = Counter()
    for fold in fold_list:
        for note, rule_found, analysis in zip(fold.notes, fold.rules, fold.analyses, strict=True):
            for f in rule_found:
                if f.source != "dictionary":
                    continue
                under = {g.type for g in note.spans if g.start < f.end and f.start < g.end}
                for own, other in RELABEL_PAIRS:
                    if f.type is not own or (own in under) == (other in under):
                        continue
                    margin = relabel_margin(f, analysis, other)
                    for v in RELABEL_GRID:
                        if margin is not None and margin >= v:
                            (right if other in under else wrong)[own, other, v] += 1
    return right, wrong


def choose_relabels(fold_list: Sequence[Fold]) -> Relabels:
    """Per pair of RELABEL_PAIRS, the margin of RELABEL_GRID whose relabels gain most (right -
    RELABEL_COST * wrong, over at least MIN_ADDED of them), or none."""
    right, wrong = relabel_counts(fold_list)
    chosen: Relabels = {}
    for own, other in RELABEL_PAIRS:
        gains = [
            (
                v,
                right[own, other, v] - RELABEL_COST * wrong[own, other, v],
                right[own, other, v] + wrong[own, other, v],
            )
            for v in RELABEL_GRID
        ]
        v = _best(gains)
        if v is not None:
            chosen[own, other] = v
    return chosen


def _names(vetoes: dict[PhiType, float]) -> dict[str, float]:
    return {t.value: v for t, v in vetoes.items()}


def score(
    fold: Fold,
    thresholds: dict[str, float] | float,
    vetoes: dict[PhiType, float],
    relabels: Relabels | None = None,
) -> Evaluation:
    limits = dict.fromkeys(SPAN_KEYS, thresholds) if isinstance(thresholds, float) else thresholds
    found = [combine(r, a, limits, vetoes, relabels) for r, a in zip(fold.rules, fold.analyses, strict=True)]
    return score_findings(found, fold.notes)


def print_mean(name: str, results: Sequence[Evaluation]) -> None:
    recall = sum(r.recall for r in results) / len(results)
    fp = sum(r.fp_per_1000_notes for r in results) / len(results)
    cats = " ".join(f"{sum(r.per_type[t].recall for r in results) / len(results) * 100:5.1f}" for t in WATCH)
    print(f"{name:<22}{recall * 100:7.2f}{fp:8.1f}  {cats}")


def cross_validate(epochs: int, sets: str) -> None:
    today, first = folds(epochs, sets)
    for title, fold_list in (
        ("rules: the engine as committed before each set existed (first contact)", first),
        ("rules: today's engine, tuned on all of these sets (its column is in-sample)", today),
    ):
        print(f"\n== {title} ==")
        print(header())
        means: dict[str, list[Evaluation]] = {}
        for fold in fold_list:
            # Thresholds chosen on the other first-contact folds only: nested, so the held set never picks them.
            others = [f for f in first if f.key != fold.key]
            (chosen, vetoes, price), share = select(others)
            relabels = choose_relabels(others)
            print(
                f"-- held out {fold.key} ({len(fold.notes)} notes; share {share}, price {price}, vetoes {_names(vetoes)}, "
                f"relabels {relabel_names(relabels)}) --"
            )
            rows = {
                "rules": score_findings(fold.rules, fold.notes),
                "+model adds": score(fold, chosen, {}),
                "+model adds+vetoes": score(fold, chosen, vetoes),
                "+adds+vetoes+relabels": score(fold, chosen, vetoes, relabels),
                "+model vetoes only": score(fold, {}, vetoes),
                "+model t=0 (all)": score(fold, 0.0, {}),
                "model alone t=0": score_findings([[f for f, _ in a.spans] for a in fold.alone], fold.notes),
            }
            for name, result in rows.items():
                print(row(name, result))
                means.setdefault(name, []).append(result)
        print(f"-- mean over the {len(fold_list)} held-out authors --")
        for name, results in means.items():
            print_mean(name, results)
    print(f"\nchosen on all {len(first)} first-contact folds (what the shipped model uses):")
    (thresholds, vetoes, price), share = select(first)
    print(f"share {share}, price {price} identifiers per false positive\nthresholds {thresholds}")
    print("vetoes", _names(vetoes))
    print("relabels", relabel_names(choose_relabels(first)))
    put_right, put_wrong = relabel_counts(first)
    print("dictionary findings relabelled, all first-contact folds, put right/put wrong at each margin:")
    for own, other in RELABEL_PAIRS:
        cells = [f"{put_right[own, other, v]}/{put_wrong[own, other, v]}" for v in RELABEL_GRID]
        print(f"  {relabel_key(own, other):<16}" + " ".join(f"{c:>9}" for c in cells))
    added, right = added_counts(first)
    print("spans added over the first-contact rules, all folds, right/added at t=0, 10, 20, 30:")
    for key in SPAN_KEYS:
        cells = [f"{right[key, t]}/{added[key, t]}" for t in (0, 10, 20, 30)]
        print(f"  {key:<16}" + " ".join(f"{c:>9}" for c in cells))


def timing(rounds: int, sets: str) -> None:
    """ms CPU per 1k chars on the same notes: the first pass (the model's per-word caches cold: every
    word new to the process pays its word-list lookups once), then ``rounds`` warm passes, interleaved
    so that a change in machine load hits both scanners alike."""
    notes = [n for make in makers(sets).values() for n in make()]
    names = sets
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
        f"({len(notes)} notes of {names}, {chars} chars, {rounds} warm rounds, load average {os.getloadavg()[0]:.2f})"
    )


def ship(epochs: int, sets: str) -> None:
    _, first = folds(epochs, sets)
    (thresholds, vetoes, price), share = select(first)
    relabels = choose_relabels(first)
    notes = {key: make() for key, make in makers(sets).items()}
    corpus = [x for ns in notes.values() for x in labelled(ns)]
    tagger = train(
        corpus,
        epochs=epochs,
        seed=SEED,
        min_count=MIN_COUNT,
        thresholds=thresholds,
        vetoes=vetoes,
        relabels=relabels,
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
                "first_contact_engines": {k: v for k, v in FIRST_CONTACT.items() if k in sets},
                "grid": list(GRID),
                "veto_grid": list(VETO_GRID),
                "prices": list(PRICES),
                "price": price,
                "shares": list(SHARES),
                "veto_cost": VETO_COST,
                "share": share,
                "min_added": MIN_ADDED,
                "relabel_grid": list(RELABEL_GRID),
                "relabel_cost": RELABEL_COST,
            },
        },
    )
    print(
        f"thresholds {manifest['thresholds']}\nvetoes {manifest['vetoes']}\nrelabels {manifest['relabels']}"
    )
    print(
        f"wrote {path} ({path.stat().st_size} bytes), {manifest['features']} features, sha256 {manifest['sha256']}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--cv", action="store_true", help="leave-one-author-out over the sets (and at first contact)"
    )
    parser.add_argument("--timing", action="store_true", help="CPU cost, rules alone vs rules + classifier")
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds")
    parser.add_argument("--sets", default=TRAINING, help=f"tuning sets to train on (default {TRAINING})")
    args = parser.parse_args()
    if not args.sets or not set(args.sets) <= set(TUNING):
        parser.error(f"--sets takes tuning sets only ({TUNING}), not {args.sets!r}")
    sets = "".join(sorted(set(args.sets)))
    if args.cv:
        cross_validate(args.epochs, sets)
    elif args.timing:
        timing(args.rounds, sets)
    else:
        ship(args.epochs, sets)


if __name__ == "__main__":
    main()
