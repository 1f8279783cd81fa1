"""The PHI engine of another commit against this tree's: same findings, and the CPU of each.

Usage: python -m bench.phi_identical [--ref 67271cc] [--sets ABCDEFG] [--rounds 5] [--model]

The ``mediflow/quality/phi*.py`` files of ``--ref`` are read with ``git show`` into a temporary
package (``phi_baseline``, its imports rewritten to point at itself) and imported beside
``mediflow.quality``. Both scanners, with and without the dictionaries, read every note of the
planted sets; the script fails (exit 1) unless every note gets the same findings (start, end,
category, and also text, score and source) from both. It runs on the tuning sets (``bench.phi_sets.TUNING``,
A-M since round 12); a held-out set (N, O) is never loaded here.

Then each set is scanned ``--rounds`` times by each engine in turn (old, new; new, old; ...), CPU
time per 1,000 characters: the first round (dictionary caches cold, as in ``bench.phi_recall``)
and the median of the later ones. The load average is printed before and after.

The default ``--ref`` is main's last commit before the speed work of issue 15. With ``--model`` both
scanners run with the learned classifier on (``PhiScanner(use_model=True)``; both read the weights
shipped in this tree), so that a change to the classifier's scoring can be shown to change no finding;
without it the rule engines are compared with the classifier left out.
"""

from __future__ import annotations

import argparse
import importlib
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.phi_planted import PlantedNote
from bench.phi_sets import TUNING, makers
from mediflow.quality import phi as this_phi

BASELINE_REF = "67271cc"  # main before issue 15 (PHI screen CPU)
PACKAGE = "phi_baseline"
SETS = makers(TUNING)

Key = list[tuple[int, int, str, str, float, str]]
Scan = Callable[[str], Key]


def load_baseline(ref: str, root: Path) -> ModuleType:
    """``mediflow/quality/phi*.py`` at ``ref``, importable as ``phi_baseline.phi`` and so on."""
    repo = Path(__file__).resolve().parent.parent
    listing = subprocess.run(
        ["git", "ls-tree", "--name-only", ref, "mediflow/quality/"],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    package = root / PACKAGE
    package.mkdir()
    (package / "__init__.py").write_text("")
    for path in listing:
        name = Path(path).name
        if not re.fullmatch(r"phi\w*\.py", name):
            continue
        source = subprocess.run(
            ["git", "show", f"{ref}:{path}"], cwd=repo, check=True, capture_output=True, text=True
        ).stdout
        source = source.replace("from mediflow.quality import ", f"from {PACKAGE} import ")
        source = source.replace("mediflow.quality.phi", f"{PACKAGE}.phi")
        (package / name).write_text(source)
    sys.path.insert(0, str(root))
    return importlib.import_module(f"{PACKAGE}.phi")


def keyed(scan: Callable[[str], list[Any]]) -> Scan:
    return lambda text: [(f.start, f.end, f.type.value, f.text, f.score, f.source) for f in scan(text)]


def compare(name: str, old: Scan, new: Scan, notes: Sequence[PlantedNote]) -> int:
    """How many notes get different findings; prints where."""
    differ = findings = 0
    for note in notes:
        a, b = old(note.text), new(note.text)
        findings += len(b)
        if a != b:
            differ += 1
            print(
                f"  DIFF {name} {note.id}: only old {sorted(set(a) - set(b))}, only new {sorted(set(b) - set(a))}"
            )
    print(f"  {name:<28}{len(notes):>5} notes {findings:>6} findings  {differ} notes differ")
    return differ


def cpu_ms_per_1k(scan: Scan, notes: Sequence[PlantedNote], chars: int) -> float:
    started = time.process_time()
    for note in notes:
        scan(note.text)
    return (time.process_time() - started) * 1e6 / chars


def time_side_by_side(
    old: Scan, new: Scan, notes: Sequence[PlantedNote], rounds: int
) -> dict[str, list[float]]:
    chars = sum(len(n.text) for n in notes)
    times: dict[str, list[float]] = {"old": [], "new": []}
    for i in range(rounds):
        order = (("old", old), ("new", new)) if i % 2 == 0 else (("new", new), ("old", old))
        for label, scan in order:
            times[label].append(cpu_ms_per_1k(scan, notes, chars))
    return times


def with_model(phi: ModuleType, **options: bool) -> Any:
    """The scanner of ``phi`` with the learned classifier on."""
    return phi.PhiScanner(use_model=True, **options)


def rules_only(phi: ModuleType, **options: bool) -> Any:
    """The rule engine of ``phi``: the learned classifier (on by default since it shipped) left out,
    where that commit has one."""
    try:
        return phi.PhiScanner(use_model=False, **options)
    except TypeError:  # a commit before the classifier
        return phi.PhiScanner(**options)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--ref", default=BASELINE_REF, help="the commit whose engine is the old one")
    parser.add_argument("--sets", default="ABCDEFG")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes per engine and set (0: none)")
    parser.add_argument(
        "--model",
        action="store_true",
        help="both scanners with the learned classifier on (rules alone if not)",
    )
    args = parser.parse_args()
    if not set(args.sets) <= set(SETS):
        parser.error(f"--sets takes keys of {''.join(SETS)} (case matters), not {args.sets!r}")
    if args.rounds < 0:
        parser.error("--rounds must be 0 or more")

    with tempfile.TemporaryDirectory() as tmp:
        old_phi = load_baseline(args.ref, Path(tmp))
        make = with_model if args.model else rules_only
        old_scanner, new_scanner = make(old_phi), make(this_phi)
        old_bare = make(old_phi, dictionaries=False)
        new_bare = make(this_phi, dictionaries=False)
    old, new = keyed(old_scanner.scan), keyed(new_scanner.scan)
    notes = {key: SETS[key]() for key in args.sets}

    engine = f"{args.ref} (classifier on)" if args.model else args.ref
    print(f"old engine: {engine}; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    timing: dict[str, dict[str, list[float]]] = {}
    if args.rounds:
        for key, set_notes in notes.items():
            old(set_notes[0].text), new(set_notes[0].text)  # the same warm-up as bench.phi_recall
            timing[key] = time_side_by_side(old, new, set_notes, args.rounds)

    differ = 0
    print("identical findings (start, end, category, text, score, source):")
    for key, set_notes in notes.items():
        differ += compare(f"{key} dictionaries", old, new, set_notes)
        differ += compare(f"{key} no dictionaries", keyed(old_bare.scan), keyed(new_bare.scan), set_notes)

    if timing:
        print(f"\nms CPU / 1k chars, {args.rounds} alternating rounds per engine:")
        print(
            f"{'set':<5}{'chars':>9}{'old 1st':>10}{'new 1st':>10}{'old med':>10}{'new med':>10}{'new/old':>9}"
        )
        for key, t in timing.items():
            chars = sum(len(n.text) for n in notes[key])
            later_old, later_new = t["old"][1:] or t["old"], t["new"][1:] or t["new"]
            med_old, med_new = statistics.median(later_old), statistics.median(later_new)
            print(
                f"{key:<5}{chars:>9}{t['old'][0]:>10.3f}{t['new'][0]:>10.3f}"
                f"{med_old:>10.3f}{med_new:>10.3f}{med_new / med_old:>8.2f}x"
            )
        print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print("\nIDENTICAL" if not differ else f"\nDIFFERENT: {differ} note scans differ")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
