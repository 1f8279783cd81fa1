"""Write (or check) the PHI scanner's list of drug words, ``mediflow/quality/phi_drugs.txt.gz``.

Usage: python -m bench.phi_drug_words [--check]

The words are the single-word names and brands of ``drug-named-entity-recognition`` 2.0.9's dictionary
(PyPI, MIT; compiled by its authors from DrugBank, MeSH, MedlinePlus and Wikipedia): "cytotec",
"pediarix", "apixaban". The scanner reads the list to know that a capitalised word is a drug, not a
person's or a place's name (``phi_lexicon.drug_words``). It ships as a derived word list (one word a
line, gzip) rather than as the package: the package's dictionary is a 1.6 MB pickle that takes seconds
to load, in every process that scans, and a pickle is code to run. ``--check`` (the tests run it) says
whether the shipped list is exactly what the installed package gives.

The package's pickle is read with an unpickler that refuses every class, so it can only build the
plain dicts, lists and strings the dictionary is made of.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import io
import pickle
import re
import sys
from importlib import metadata, resources
from pathlib import Path
from typing import Any

PACKAGE = "drug-named-entity-recognition"
VERSION = "2.0.9"
OUT = Path(__file__).resolve().parents[1] / "mediflow" / "quality" / "phi_drugs.txt.gz"
# A word of letters, with inner hyphens ("chlor-trimeton"), of three letters or more: what a capitalised
# token of a note can be. Names with digits, slashes or spaces ("interleukin-2", "regen-cov" stays) are
# no single word a name could be taken for.
_WORD = re.compile(r"[^\W\d_]{3,}(?:-[^\W\d_]+)*|[^\W\d_]+(?:-[^\W\d_]+)+")


class _PlainUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"refused: {module}.{name} (the drug dictionary holds plain data only)")


def derive() -> list[str]:
    """The sorted, lower-cased single-word variants of the installed package's dictionary."""
    installed = metadata.version(PACKAGE)
    if installed != VERSION:
        raise SystemExit(f"{PACKAGE} {installed} is installed; the list is derived from {VERSION}")
    raw = (
        resources.files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2").read_bytes()
    )
    data = _PlainUnpickler(io.BytesIO(bz2.decompress(raw))).load()
    variants = data["drug_variant_to_canonical"]
    return sorted({v.lower() for v in variants if _WORD.fullmatch(v)})


def header() -> str:
    return (
        f"# single-word drug names and brands of {PACKAGE} {VERSION} (MIT, Fast Data Science Ltd; "
        "from DrugBank, MeSH, MedlinePlus, Wikipedia), written by bench/phi_drug_words.py\n"
    )


def text(words: list[str]) -> str:
    """The list as it is shipped, before compression: the header line, then one word a line."""
    return header() + "".join(f"{w}\n" for w in words)


def render(words: list[str]) -> bytes:
    return gzip.compress(text(words).encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare the shipped list with the package's")
    args = parser.parse_args(argv)
    words = derive()
    if args.check:
        shipped = gzip.decompress(OUT.read_bytes()).decode("utf-8")
        if shipped != text(words):
            print(
                f"{OUT} differs from {PACKAGE} {VERSION}: run python -m bench.phi_drug_words", file=sys.stderr
            )
            return 1
        print(f"{OUT.name}: {len(words)} words, as {PACKAGE} {VERSION} gives them")
        return 0
    OUT.write_bytes(render(words))
    print(f"wrote {OUT} ({len(words)} words, {OUT.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
