"""Standard task metrics, implemented here (pure Python, no downloads) so every number is inspectable.

Every function returns a fraction in [0, 1]; the harness reports them x100 as CLUE does. Text is
normalised the SQuAD way for EM/F1 (lowercase, no punctuation or articles) and tokenised into
lowercase alphanumeric words for ROUGE (no stemming, unlike rouge-score's optional Porter stemmer).
"""

from __future__ import annotations

import re
import string
from collections import Counter
from collections.abc import Iterable, Sequence

_ARTICLES = re.compile(r"\b(a|an|the)\b")
_PUNCT = str.maketrans("", "", string.punctuation)
_WORD = re.compile(r"[a-z0-9]+")


def normalize_answer(text: str) -> str:
    """SQuAD normalisation: lowercase, drop punctuation and articles, squeeze whitespace."""
    text = _ARTICLES.sub(" ", text.lower().translate(_PUNCT))
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """ROUGE tokens: lowercase alphanumeric runs."""
    return _WORD.findall(text.lower())


def accuracy(predictions: Sequence[object], references: Sequence[object]) -> float:
    _same_length(predictions, references)
    if not references:
        return 0.0
    return sum(p == r for p, r in zip(predictions, references, strict=True)) / len(references)


def macro_f1(
    predictions: Sequence[str], references: Sequence[str], labels: Iterable[str] | None = None
) -> float:
    """Unweighted mean of per-label F1 over ``labels`` (default: the labels seen in the references)."""
    _same_length(predictions, references)
    classes = sorted(set(labels) if labels is not None else set(references))
    if not classes:
        return 0.0
    scores = []
    for c in classes:
        tp = sum(p == c and r == c for p, r in zip(predictions, references, strict=True))
        fp = sum(p == c and r != c for p, r in zip(predictions, references, strict=True))
        fn = sum(p != c and r == c for p, r in zip(predictions, references, strict=True))
        scores.append(_f1(tp, fp, fn))
    return sum(scores) / len(scores)


def exact_match(prediction: str, references: Sequence[str]) -> float:
    """1.0 when the normalised prediction equals any normalised reference."""
    pred = normalize_answer(prediction)
    return float(any(pred == normalize_answer(r) for r in references))


def token_f1(prediction: str, references: Sequence[str]) -> float:
    """SQuAD token F1 against the best-matching reference."""
    return max((_token_f1(prediction, r) for r in references), default=0.0)


def _token_f1(prediction: str, reference: str) -> float:
    pred, ref = normalize_answer(prediction).split(), normalize_answer(reference).split()
    if not pred or not ref:
        return float(pred == ref)
    common = sum((Counter(pred) & Counter(ref)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(pred), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def rouge_n(prediction: str, reference: str, n: int) -> float:
    """ROUGE-N F-measure over clipped n-gram counts."""
    pred, ref = _ngrams(words(prediction), n), _ngrams(words(reference), n)
    overlap = sum((pred & ref).values())
    return _prf(overlap, sum(pred.values()), sum(ref.values()))


def rouge_l(prediction: str, reference: str) -> float:
    """ROUGE-L F-measure: longest common subsequence of the two token lists."""
    pred, ref = words(prediction), words(reference)
    return _prf(lcs_length(pred, ref), len(pred), len(ref))


def rouge(prediction: str, reference: str) -> dict[str, float]:
    return {
        "rouge1": rouge_n(prediction, reference, 1),
        "rouge2": rouge_n(prediction, reference, 2),
        "rougeL": rouge_l(prediction, reference),
    }


def lcs_length(a: Sequence[str], b: Sequence[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, start=1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def set_counts(predicted: Iterable[object], gold: Iterable[object]) -> tuple[int, int, int]:
    """(true positives, false positives, false negatives) of two sets."""
    p, g = set(predicted), set(gold)
    return len(p & g), len(p - g), len(g - p)


def micro_f1(counts: Iterable[tuple[int, int, int]]) -> float:
    """F1 of summed (tp, fp, fn) counts: span/entity F1 and code F1 over a whole task."""
    tp = fp = fn = 0
    for a, b, c in counts:
        tp, fp, fn = tp + a, fp + b, fn + c
    return _f1(tp, fp, fn)


def entity_key(kind: str, text: str) -> tuple[str, str]:
    """Entities match on (type, normalised text): strict span F1 on the surface form."""
    return kind.strip().lower(), normalize_answer(text)


def code_prefix(code: str, length: int = 3) -> str:
    """ICD-10 category: the first three characters ("E11.9" → "E11")."""
    return code.replace(".", "").upper()[:length]


def section_coverage(output: str, sections: Sequence[str]) -> float:
    """Share of required section headings that appear in ``output`` (case-insensitive)."""
    if not sections:
        return 1.0
    low = output.lower()
    return sum(s.lower() in low for s in sections) / len(sections)


def _ngrams(tokens: Sequence[str], n: int) -> Counter[tuple[str, ...]]:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _prf(overlap: int, n_pred: int, n_ref: int) -> float:
    if overlap == 0 or n_pred == 0 or n_ref == 0:
        return 0.0
    precision, recall = overlap / n_pred, overlap / n_ref
    return 2 * precision * recall / (precision + recall)


def _f1(tp: int, fp: int, fn: int) -> float:
    if tp == 0:
        return 0.0
    return 2 * tp / (2 * tp + fp + fn)


def _same_length(a: Sequence[object], b: Sequence[object]) -> None:
    if len(a) != len(b):
        raise ValueError(f"{len(a)} predictions for {len(b)} references")
