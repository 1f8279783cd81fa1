"""PHI screening recall/precision on the planted test set, per identifier type, and scan speed.

Usage: python -m bench.phi_recall [--seed 13] [--phi 240] [--clean 60] [--misses 10]
Prints numbers only; the pass/fail threshold lives in tests/quality/test_phi.py.
"""

from __future__ import annotations

import argparse
import time

from bench.phi_planted import Evaluation, evaluate, heldout_notes, planted_notes
from mediflow.quality.phi import PhiScanner


def print_table(result: Evaluation) -> None:
    print(f"{'type':<16}{'gold':>6}{'found':>7}{'recall':>8}{'pred':>6}{'prec':>7}{'FP':>5}")
    for phi_type, s in result.per_type.items():
        if s.gold or s.predicted:
            print(
                f"{phi_type.value:<16}{s.gold:>6}{s.found:>7}{s.recall:>8.3f}{s.predicted:>6}"
                f"{s.precision:>7.3f}{s.false_positives:>5}"
            )
    gold = sum(s.gold for s in result.per_type.values())
    found = sum(s.found for s in result.per_type.values())
    print(
        f"{'OVERALL':<16}{gold:>6}{found:>7}{result.recall:>8.3f}{'':>6}{result.precision:>7.3f}"
        f"{len(result.false_positives):>5}"
    )


def print_examples(result: Evaluation, limit: int) -> None:
    for note_id, gold in result.misses[:limit]:
        print(f"MISS {note_id} {gold.type.value}: {gold.text!r}")
    for note_id, finding in result.false_positives[:limit]:
        print(f"FP   {note_id} {finding.type.value} ({finding.source}): {finding.text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--phi", type=int, default=240, help="notes with planted PHI")
    parser.add_argument("--clean", type=int, default=60, help="notes without PHI")
    parser.add_argument("--misses", type=int, default=10, help="misses / false positives to print")
    args = parser.parse_args()

    started = time.perf_counter()
    scanner = PhiScanner()
    load_s = time.perf_counter() - started
    notes = planted_notes(args.seed, args.phi, args.clean)
    scanner.scan(notes[0].text)  # first call warms Presidio's caches; not part of throughput
    result = evaluate(scanner.scan, notes)

    print(f"planted notes: {len(notes)} ({args.phi} with PHI, {args.clean} without), seed {args.seed}")
    print_table(result)
    print(f"clean notes with any finding: {result.clean_notes_flagged}/{args.clean}")
    chars = sum(len(n.text) for n in notes)
    print(
        f"scanner load: {load_s:.2f} s; scan: {result.notes_per_second:.1f} notes/s "
        f"({chars / result.seconds / 1000:.1f} k chars/s, mean {chars / len(notes):.0f} chars/note)"
    )
    print_examples(result, args.misses)

    heldout = evaluate(scanner.scan, heldout_notes(args.seed + 16))
    print(f"\nheld-out styles (never tuned against): {heldout.notes} notes")
    print_table(heldout)
    print_examples(heldout, args.misses)


if __name__ == "__main__":
    main()
