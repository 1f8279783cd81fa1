"""A small learned token classifier for PHI, run beside the rules (``phi_rules``) to find what they miss.

An averaged perceptron over sparse, readable features of each token that could be an identifier
(a capitalised word, anything with a digit or a symbol; plain lower-case words are never scored):
the word, its shape, prefixes and suffixes, its membership in the name, place and English word lists
of ``phi_lexicon``, the words around it on its line and the label cue before it ("Plate:", "Badge #").
It is trained by ``bench.phi_train`` on the planted tuning sets (its manifest names them) and ships as
``phi_model.npz`` (feature strings and float16 weights) with ``phi_model.json`` (training sets, seed, feature
version, sha256).
Consecutive tokens with the same predicted type on one line become one span, kept only where the
rules' context checks allow it (``phi_guard``: no drug after "allergic to", no age after "HR is").
``PhiScanner`` adds a span only where no rule finding overlaps it and its margin over "not PHI" reaches its type's
threshold, one per type and length (``span_key``: one token or more), chosen by ``bench.phi_train``;
a key whose added spans were mostly wrong gets none. A finding the word lists typed (source "dictionary") takes the
other of NAME and LOCATION where its tokens' scores prefer that type by the manifest's ``relabels`` margin.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import re
import zipfile
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from itertools import accumulate, compress, groupby, repeat
from operator import and_, is_not, itemgetter, ne, sub
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from mediflow.quality import phi_lexicon as lex
from mediflow.quality.phi_guard import guarded
from mediflow.quality.phi_types import PhiFinding, PhiType

__all__ = [
    "FEATURE_VERSION",
    "LABELS",
    "Analysis",
    "Columns",
    "PhiTagger",
    "Token",
    "add_model_findings",
    "candidate",
    "columns",
    "combine",
    "context_features",
    "covering",
    "load_tagger",
    "note_features",
    "reported",
    "span_key",
    "tokenize",
]

FEATURE_VERSION = 1
LABELS: tuple[str, ...] = ("O", *(t.value for t in PhiType))
_LABEL_INDEX = {label: i for i, label in enumerate(LABELS)}
_TYPES = {t.value: t for t in PhiType}
MODEL_FILE = "phi_model.npz"
MANIFEST_FILE = "phi_model.json"
SCORE = 0.5  # below every rule's score: where they overlap, the rules' span and type win

_LEAD = "([{<\"'“‘*#"
_TRAIL = ".,;:)]}>\"'”’!?*"
_GAP_CHUNK = re.compile(r"(\s*)(\S+)")
_CUE_TRAIL = frozenset(":#=")
_CUE_REACH = 6  # tokens back along the line where a label cue still names the value
_PAD = ["<L>"] * 3
_NORM, _OWN = itemgetter(0), itemgetter(2)  # of a word's row in a tagger's cache (``_Words``)


class Token(NamedTuple):
    """A whitespace-separated chunk with its edge punctuation split off: ``word`` is ``text[start:end]``."""

    start: int
    end: int
    word: str
    lead: str  # punctuation stripped before the word ("(", "#")
    trail: str  # punctuation stripped after it (":", ",")
    line: int


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    line = 0
    end = 0
    new = tuple.__new__  # Token(...) goes through a Python-level __new__: a third of the cost
    # findall gives strings, no match objects (a quarter of finditer's cost): each chunk with the
    # whitespace before it, whose length gives the chunk's offset and whose "\n" its line.
    for gap, chunk in _GAP_CHUNK.findall(text):
        if "\n" in gap:
            line += gap.count("\n")
        start = end + len(gap)
        end = start + len(chunk)
        if chunk[0] not in _LEAD and chunk[-1] not in _TRAIL:  # most words: nothing to strip
            tokens.append(new(Token, (start, end, chunk, "", "", line)))
            continue
        word = chunk.lstrip(_LEAD)
        core = word.rstrip(_TRAIL)
        if core:
            first = start + len(chunk) - len(word)
            lead = chunk[: len(chunk) - len(word)]
            tokens.append(new(Token, (first, first + len(core), core, lead, word[len(core) :], line)))
    return tokens


class Columns(NamedTuple):
    """The tokens of a text (``tokenize``'s) as columns: one list per field."""

    starts: list[int]
    ends: list[int]
    words: list[str]
    leads: list[str]
    trails: list[str]
    lines: list[int]

    @classmethod
    def of(cls, tokens: Sequence[Token]) -> Columns:
        if not tokens:
            return cls([], [], [], [], [], [])
        return cls(*map(list, zip(*tokens, strict=True)))


def _class(chars: str) -> str:
    return "".join(re.escape(c) for c in chars)


# A chunk as (whitespace before it, lead, word, trail): the lead taken greedily (as lstrip does), the
# word up to its last character that is no trail punctuation (the rest is the trail, as rstrip takes).
_PARTS = re.compile(
    rf"(\s*)(?=\S)([{_class(_LEAD)}]*)((?:\S*[^\s{_class(_TRAIL)}])?)([{_class(_TRAIL)}]*)(?=\s|\Z)"
)


def columns(text: str) -> Columns:
    """``tokenize(text)`` as columns, with no Python step per token: one regex pass, then the offsets
    and line numbers from the parts' lengths by ``map`` and ``accumulate``."""
    found = _PARTS.findall(text)
    if not found:
        return Columns([], [], [], [], [], [])
    gaps, leads, words, trails = zip(*found, strict=True)
    word_len = list(map(len, words))
    trail_len = list(map(len, trails))
    sizes = map(sum, zip(map(len, gaps), map(len, leads), word_len, trail_len, strict=True))
    ends = list(map(sub, accumulate(sizes), trail_len))
    starts = list(map(sub, ends, word_len))
    lines = list(accumulate(map(str.count, gaps, repeat("\n"))))
    if all(word_len):
        return Columns(starts, ends, list(words), list(leads), list(trails), lines)
    # A chunk of punctuation alone is no token.
    return Columns(*(list(compress(c, word_len)) for c in (starts, ends, words, leads, trails, lines)))


def candidate(word: str) -> bool:
    """A word the classifier scores: not a plain lower-case word and not punctuation alone."""
    return not (word.isalpha() and word.islower()) and any(c.isalnum() for c in word)


class _ShapeOf(dict[int, str]):
    """What a character is in a word's shape, by its code point (for ``str.translate``): "d" for a digit,
    "X" for an upper-case letter, "x" for another letter, the character itself otherwise."""

    def __missing__(self, code: int) -> str:
        c = chr(code)
        shape = "d" if c.isdigit() else "X" if c.isupper() else "x" if c.isalpha() else c
        self[code] = shape  # at most one entry per distinct character seen
        return shape


_SHAPE_OF = _ShapeOf()
_KEY = itemgetter(0)  # of a (key, group) pair of groupby


def _shape(word: str) -> str:
    return word[:16].translate(_SHAPE_OF)


def _short(shape: str) -> str:
    """``shape`` with every run of one character written once ("XXxxdd" -> "Xxd")."""
    return "".join(map(_KEY, groupby(shape)))


@lru_cache(maxsize=65536)
def _sshape(word: str) -> str:
    return _short(_shape(word))


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    """A context word as a feature: lower case, digits as 0, at most 20 characters."""
    return re.sub(r"\d", "0", word.lower()[:20])


def _number_bucket(value: int, digits: int) -> str:
    """Where a bare number falls: day or month, age under or over 89, a year, or only its length."""
    if digits > 4:
        return f"len{digits}"
    for bound, name in ((12, "month"), (31, "day"), (89, "age"), (120, "old"), (1899, "small")):
        if value <= bound:
            return name
    return "year" if value <= 2099 else "large"


@lru_cache(maxsize=65536)
def _word_features(word: str) -> tuple[str, ...]:
    """The features of a word itself (cached: words repeat across notes)."""
    lw = word.lower().rstrip(".")
    whole = word.translate(_SHAPE_OF)  # "d" stands for a digit alone: letters are "x" or "X"
    shape = whole[:16]
    feats = [
        "b",
        f"w={_norm(word)}",
        f"s={shape}",
        f"ss={_short(shape)}",
        f"p3={lw[:3]}",
        f"x3={lw[-3:]}",
        f"x2={lw[-2:]}",
        f"n={min(len(word), 12)}",
        f"nd={min(whole.count('d'), 12)}",
    ]
    if word.isdecimal():  # not isdigit: int() refuses "10²" (a digit, but no decimal one)
        feats.append(f"num={_number_bucket(int(word[:6]), len(word))}")
    if word[:1].isupper():
        alpha = word.replace("-", "").replace("'", "")
        if alpha.isalpha():
            flags = (
                ("fn", lw in lex.first_names()),
                ("sn", lw in lex.surnames()),
                ("cn", lw in lex.census_names()),
                ("town", lw in lex.us_towns()),
                ("cty", lw in lex.us_counties()),
                ("state", lw in lex.countries_and_states()),
                ("eng", lw in lex.english_words()),
                ("com", lex.is_common(lw)),
                ("med", lex.medical_word(lw)),
                ("nshape", lex.name_shaped(word)),
                ("caps", word.isupper() and len(word) > 1),
            )
            feats.extend(f"lex={name}" for name, on in flags if on)
            if not any(on for _, on in flags):
                feats.append("lex=none")
    return tuple(feats)


def context_features(
    tokens: Sequence[Token], wanted: Sequence[bool] | None = None
) -> list[tuple[int, list[str]]]:
    """For every candidate token (of those ``wanted``, if given), its position and the features of its
    punctuation and line context: the words around it, its neighbours' shapes, and the nearest label
    cue before it ("Plate:")."""
    norms = [_norm(t.word) for t in tokens]
    # Each token's line as a window: "<L>" pads every line three tokens either side, so that the
    # neighbours of token i are window[i + off - 3 : i + off + 3] with no bounds or line checks.
    padded: list[str] = []
    where: list[int] = []  # index of each token in ``padded``
    line = -1
    for i, token in enumerate(tokens):
        if token.line != line:
            padded += _PAD
            line = token.line
        where.append(len(padded))
        padded.append(norms[i])
    padded += _PAD
    out = []
    cue = -1
    for i, token in enumerate(tokens):
        line = token.line
        if cue >= 0 and (tokens[cue].line != line or i - cue > _CUE_REACH):
            cue = -1
        word = token.word
        if (wanted is None or wanted[i]) and not (word.isalpha() and word.islower()) and candidate(word):
            k = where[i]
            prev, nxt = padded[k - 1], padded[k + 1]
            feats = [
                f"ld={token.lead}",
                f"tr={token.trail}",
                f"w-3={padded[k - 3]}",
                f"w-2={padded[k - 2]}",
                f"w-1={prev}",
                f"w+1={nxt}",
                f"w+2={padded[k + 2]}",
                f"w-1w={prev}|{_sshape(word)}",
                f"tr-1={tokens[i - 1].trail}" if prev != "<L>" else "tr-1=<L>",
                f"s-1={_sshape(tokens[i - 1].word)}" if prev != "<L>" else "s-1=<L>",
                f"s+1={_sshape(tokens[i + 1].word)}" if nxt != "<L>" else "s+1=<L>",
            ]
            if cue >= 0:
                before = norms[cue - 1] if cue and tokens[cue - 1].line == line else "<L>"
                feats += [f"cue={norms[cue]}", f"cue2={before}|{norms[cue]}", f"cued={i - cue}"]
            else:
                feats.append("cue=none")
            out.append((i, feats))
        if token.trail and _CUE_TRAIL.intersection(token.trail):
            cue = i
    return out


def note_features(tokens: Sequence[Token]) -> list[tuple[int, list[str]]]:
    """Every candidate token's position and all its features (its word's and its context's)."""
    return [(i, [*_word_features(tokens[i].word), *feats]) for i, feats in context_features(tokens)]


def covering(tokens: Sequence[Token] | Columns, findings: Sequence[PhiFinding]) -> list[PhiType | None]:
    """For each token, the type of a finding it overlaps (None where it overlaps none)."""
    cols = tokens if isinstance(tokens, Columns) else Columns.of(tokens)
    out: list[PhiType | None] = [None] * len(cols.words)
    if not findings:
        return out
    ordered = sorted(findings, key=lambda f: f.start)
    starts, ends = cols.starts, cols.ends
    for f in ordered:
        i = bisect.bisect_right(starts, f.start) - 1  # the last token starting at or before it
        if i < 0 or ends[i] <= f.start:
            i += 1
        while i < len(starts) and starts[i] < f.end:
            out[i] = f.type
            i += 1
    return out


# Entries per cache of feature ids: a bound on memory in a long-lived worker. A full cache starts again empty
# rather than keeping its first words for good: identifiers that never recur (every MRN, phone and date is a word
# of its own) fill it within a few thousand notes, and a cache that then took no new word left every later word
# to be looked up again at each sight (set Y scanned a third time after A-X: ~4 % more CPU than starting again).
_CACHE_LIMIT = 65536
_NO = -1  # the id of a feature the model does not have
_CONTEXT = 11  # context features of every candidate before its cue's (lead ... s+1)


def _keep(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Store ``value`` in one of the tagger's caches; a full cache starts again empty (``_CACHE_LIMIT``)."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value


class _Ids(dict[Any, int]):
    """The id of the feature ``prefix`` + a value (a tuple's parts joined by "|"), ``_NO`` where the
    model has no such feature, by the value: a hit is one dict lookup and no string is built."""

    def __init__(self, index: Mapping[str, int], prefix: str) -> None:
        super().__init__()
        self._feature_index = index
        self._prefix = prefix

    def __missing__(self, value: Any) -> int:
        text = "|".join(map(str, value)) if isinstance(value, tuple) else str(value)
        found = self._feature_index.get(self._prefix + text, _NO)
        _keep(self, value, found)
        return found


class _Words(dict[str, tuple[Any, ...]]):
    """What a tagger needs of a word, once per word: its context form (``_norm``), its short shape,
    the ids of its own features (None if it is no ``candidate``), and the ids of its shape as the
    token before a candidate ("s-1=") and after one ("s+1=")."""

    def __init__(self, index: Mapping[str, int]) -> None:
        super().__init__()
        self._feature_index = index

    def __missing__(self, word: str) -> tuple[Any, ...]:
        index = self._feature_index
        shape = _sshape(word)
        own = [i for i in map(index.get, _word_features(word)) if i is not None] if candidate(word) else None
        row = (_norm(word), shape, own, index.get(f"s-1={shape}", _NO), index.get(f"s+1={shape}", _NO))
        _keep(self, word, row)
        return row


class _Norms(dict[str, tuple[int, ...]]):
    """The ids of a context word (``_norm``) in each place around a candidate: w-3, w-2, w-1, w+1,
    w+2, and as its label cue ("cue=")."""

    PREFIXES = ("w-3=", "w-2=", "w-1=", "w+1=", "w+2=", "cue=")

    def __init__(self, index: Mapping[str, int]) -> None:
        super().__init__()
        self._feature_index = index

    def __missing__(self, norm: str) -> tuple[int, ...]:
        row = tuple(self._feature_index.get(prefix + norm, _NO) for prefix in self.PREFIXES)
        _keep(self, norm, row)
        return row


class _Cues(dict[str, bool]):
    """Whether a trail makes its token a label cue ("Plate:", "Badge #", "Acct="), by the trail."""

    def __missing__(self, trail: str) -> bool:
        found = bool(_CUE_TRAIL.intersection(trail))
        _keep(self, trail, found)
        return found


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the tagger makes of one text (``PhiTagger.analyse``)."""

    spans: list[tuple[PhiFinding, float]]  # runs of one PHI type, with their best margin over "O"
    o_margins: list[tuple[int, int, float]]  # (start, end, margin of "O" over the best type) per token
    # each scored token's score per label (a row per token of ``o_margins``, in its order)
    scores: np.ndarray = field(default_factory=lambda: np.zeros((0, len(LABELS)), dtype=np.float32))


class PhiTagger:
    """Labels candidate tokens with a PHI type or "O" and joins them into findings."""

    def __init__(
        self,
        features: Sequence[str],
        weights: np.ndarray,
        thresholds: Mapping[str, float] | None = None,
        vetoes: Mapping[PhiType, float] | None = None,
        relabels: Mapping[tuple[PhiType, PhiType], float] | None = None,
    ) -> None:
        if weights.shape != (len(features), len(LABELS)):
            raise ValueError(
                f"weights {weights.shape} do not fit {len(features)} features x {len(LABELS)} labels"
            )
        self.features = tuple(features)
        self.weights = np.asarray(weights, dtype=np.float32)
        # The least margin over "O" at which a span is reported, by ``span_key`` (all at 0 if unset).
        self.thresholds = dict.fromkeys(SPAN_KEYS, 0.0) if thresholds is None else dict(thresholds)
        # The least margin of "O" at which a rule finding of each type is dropped (none if unset).
        self.vetoes = dict(vetoes or {})
        # The least margin of another type over a dictionary finding's own at which the finding takes that
        # type, by (own type, other type): where a word list guessed the kind ("Harmony" a given name or a
        # town), the words around it may say which (see ``relabelled``).
        self.relabels = dict(relabels or {})
        self._index = {f: i for i, f in enumerate(self.features)}
        # Caches per tagger (not lru_cache): the ids of each word's and context word's features.
        self._closed = np.vstack([self.weights, np.zeros((1, len(LABELS)), dtype=np.float32)])
        self._words = _Words(self._index)
        self._norms = _Norms(self._index)
        self._cues = _Cues()
        index = self._index
        self._ld, self._tr, self._tr1 = _Ids(index, "ld="), _Ids(index, "tr="), _Ids(index, "tr-1=")
        self._w1w, self._cue2, self._cued = _Ids(index, "w-1w="), _Ids(index, "cue2="), _Ids(index, "cued=")

    def feature_ids(
        self, tokens: Sequence[Token] | Columns, wanted: Sequence[bool] | None = None
    ) -> tuple[list[int], np.ndarray, np.ndarray]:
        """The candidate token positions (of those ``wanted``, if given), the ids of their known features
        one token after another, each token's in the order of ``note_features``, and where each token's
        ids begin: the same ids as looking up ``note_features``' strings, in the same order (so the
        same sums to the last bit), without building a string. Each word's and context word's ids are
        cached; an unknown feature's ``_NO`` is dropped at the end, in one numpy step. What is done for
        every token (its word's ids, the lines' padding, the label cues) is done by ``map`` and
        ``compress``; only the candidates take a Python step each."""
        cols = tokens if isinstance(tokens, Columns) else Columns.of(tokens)
        words, leads, trails, lines = cols.words, cols.leads, cols.trails, cols.lines
        rows = list(map(self._words.__getitem__, words))
        scored: Iterable[bool] = map(is_not, map(_OWN, rows), repeat(None))  # a candidate
        if wanted is not None:
            scored = map(and_, scored, wanted)
        positions = list(compress(range(len(words)), scored))
        if not positions:
            return [], np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
        # Each line padded with "<L>" three tokens either side, as in ``context_features``: the lines'
        # context words (a slice of ``norms`` each) between runs of three "<L>"; token i is at
        # padded[i + 3 * (lines begun up to it)].
        norms = list(map(_NORM, rows))
        breaks = list(compress(range(1, len(lines)), map(ne, lines[1:], lines)))  # first tokens of lines
        padded: list[str] = list(_PAD)
        begin = 0
        for end in breaks:
            padded += norms[begin:end]
            padded += _PAD
            begin = end
        padded += norms[begin:]
        padded += _PAD
        slots = list(map(self._norms.__getitem__, padded))  # the ids of padded[k] in each place
        cues = list(compress(range(len(trails)), map(self._cues.__getitem__, trails)))  # label cues
        ld, tr, tr1, w1w, cue2, cued = self._ld, self._tr, self._tr1, self._w1w, self._cue2, self._cued
        index = self._index
        first_tr1, first_s1, last_s1 = tr1["<L>"], index.get("s-1=<L>", _NO), index.get("s+1=<L>", _NO)
        no_cue = index.get("cue=none", _NO)
        ids: list[int] = []
        starts: list[int] = []
        for i in positions:
            row = rows[i]
            k = i + 3 * bisect.bisect_right(breaks, i) + 3
            prev = padded[k - 1]
            starts.append(len(ids))
            ids += row[2]
            if prev != "<L>":
                trail1, shape1 = tr1[trails[i - 1]], rows[i - 1][3]
            else:
                trail1, shape1 = first_tr1, first_s1
            ids += (
                ld[leads[i]],
                tr[trails[i]],
                slots[k - 3][0],
                slots[k - 2][1],
                slots[k - 1][2],
                slots[k + 1][3],
                slots[k + 2][4],
                w1w[prev, row[1]],
                trail1,
                shape1,
                rows[i + 1][4] if padded[k + 1] != "<L>" else last_s1,
            )
            # The last label cue before the token names it if it is on its line, _CUE_REACH tokens back at most.
            c = bisect.bisect_left(cues, i) - 1
            cue = cues[c] if c >= 0 else -1
            if cue >= 0 and i - cue <= _CUE_REACH and lines[cue] == lines[i]:
                cue_norm = norms[cue]
                before = norms[cue - 1] if cue and lines[cue - 1] == lines[i] else "<L>"
                ids += (slots[k - i + cue][5], cue2[before, cue_norm], cued[i - cue])
            else:
                ids.append(no_cue)
        every = np.array(ids, dtype=np.intp)
        known = every != _NO
        # Where each token's known ids begin: how many known ids come before its first.
        offsets = (np.cumsum(known) - known)[starts]
        return positions, every[known], offsets

    def scores(
        self, tokens: Sequence[Token] | Columns, wanted: Sequence[bool] | None = None
    ) -> tuple[list[int], np.ndarray]:
        """The candidate token positions (of those ``wanted``, if given) and their label scores."""
        positions, ids, offsets = self.feature_ids(tokens, wanted)
        if not positions:
            return [], np.zeros((0, len(LABELS)), dtype=np.float32)
        # A zero row closes the last segment; take() copies the same rows as indexing, faster.
        gathered = self._closed.take(np.append(ids, len(self.features)), axis=0)
        summed = np.add.reduceat(gathered, offsets, axis=0)
        # A token whose features are all unknown has an empty segment: reduceat gives a row there, not 0.
        ends = np.append(offsets[1:], len(ids))
        summed[offsets == ends] = 0.0
        return positions, summed

    def analyse(
        self,
        text: str,
        rule_findings: Sequence[PhiFinding] = (),
        inside: Container[PhiType] | None = None,
    ) -> Analysis:
        """Score the candidate tokens once: the runs labelled with a PHI type (with their best margin
        over "O") and each scored token's margin of "O" over its best PHI type.

        Runs are made only of tokens no rule finding overlaps (what a rule found is never added again);
        the tokens inside a rule finding are scored only where its type is in ``inside`` (those whose
        findings may be vetoed; all types if None), so that the model costs little where rules found much."""
        cols = columns(text)
        covered = covering(cols, rule_findings)
        wanted = None
        if rule_findings and inside is not None:
            scored = {None, *(t for t in PhiType if t in inside)}
            wanted = list(map(scored.__contains__, covered))
        positions, scores = self.scores(cols, wanted)
        if not positions:
            return Analysis([], [])
        best = scores.argmax(axis=1)
        o_margins = (scores[:, 0] - scores[:, 1:].max(axis=1)).tolist()
        margins = (scores[np.arange(len(positions)), best] - scores[:, 0]).tolist()
        spans: list[tuple[PhiFinding, float]] = []
        run: list[Any] | None = None  # label, first token, last token, margin
        lines = cols.lines
        for pos, label, margin in zip(positions, best.tolist(), margins, strict=True):
            if label == 0 or covered[pos] is not None:
                continue
            if run and run[0] == label and run[2] == pos - 1 and lines[run[2]] == lines[pos]:
                run[2], run[3] = pos, max(run[3], margin)
                continue
            if run:
                spans.append(self._finding(text, cols, run))
            run = [label, pos, pos, margin]
        if run:
            spans.append(self._finding(text, cols, run))
        spans = [(kept, margin) for span, margin in spans if (kept := guarded(text, span)) is not None]
        starts = map(cols.starts.__getitem__, positions)
        ends = map(cols.ends.__getitem__, positions)
        return Analysis(spans, list(zip(starts, ends, o_margins, strict=True)), scores)

    def find(self, text: str, thresholds: Mapping[str, float] | None = None) -> list[PhiFinding]:
        """The spans whose margin reaches the threshold of their ``span_key`` (default: the model's);
        a key without a threshold is never reported."""
        return reported(self.analyse(text).spans, self.thresholds if thresholds is None else thresholds)

    def review(self, text: str, rule_findings: Sequence[PhiFinding]) -> list[PhiFinding]:
        """The rules' findings less those the model vetoes, plus the spans it adds where no rule is."""
        inside = {*self.vetoes, *(own for own, _ in self.relabels)}
        analysis = self.analyse(text, rule_findings, inside=inside)
        out = combine(rule_findings, analysis, self.thresholds, self.vetoes, self.relabels)
        # A name the rules read in quotes (a nickname after its cue: 'goes by "Dodo"') is the writer's own
        # marking of a name: no veto drops it.
        kept = [f for f in rule_findings if _quoted_name(text, f) and not any(f.overlaps(o) for o in out)]
        return sorted([*out, *kept], key=lambda f: (f.start, f.end)) if kept else out

    @staticmethod
    def _finding(text: str, cols: Columns, run: list[Any]) -> tuple[PhiFinding, float]:
        start, end = int(cols.starts[run[1]]), int(cols.ends[run[2]])
        return PhiFinding(_TYPES[LABELS[run[0]]], start, end, text[start:end], SCORE, "model"), run[3]

    def save(self, path: Path, manifest: dict[str, Any]) -> dict[str, Any]:
        """Write the weights (``path``) and the manifest beside it (``.json``); returns the manifest."""
        blob = "\n".join(self.features).encode("utf-8")
        arrays: dict[str, np.ndarray] = {
            "features": np.frombuffer(blob, dtype=np.uint8),
            "weights": self.weights.astype(np.float16),
        }
        # An .npz written entry by entry with a fixed timestamp: the same weights give the same bytes.
        with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, array in arrays.items():
                info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with archive.open(info, "w") as fh:
                    np.lib.format.write_array(fh, array, allow_pickle=False)
        manifest = {
            **manifest,
            "feature_version": FEATURE_VERSION,
            "labels": list(LABELS),
            "features": len(self.features),
            "thresholds": dict(self.thresholds),
            "vetoes": {t.value: v for t, v in self.vetoes.items()},
            "relabels": relabel_names(self.relabels),
            "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        }
        path.with_suffix(".json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        return manifest


_QUOTES = frozenset("\"“”'‘’")


def _quoted_name(text: str, finding: PhiFinding) -> bool:
    return (
        finding.type is PhiType.NAME
        and finding.source == "rule"
        and finding.start > 0
        and text[finding.start - 1] in _QUOTES
        and text[finding.end : finding.end + 1] in _QUOTES
    )


def read_tagger(path: Path) -> PhiTagger:
    """A tagger from a weights file and its manifest; refuses a file whose hash or version does not match."""
    manifest = json.loads(path.with_suffix(".json").read_text())
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != manifest["sha256"]:
        raise ValueError(f"{path.name}: sha256 {digest} is not the manifest's {manifest['sha256']}")
    if manifest["feature_version"] != FEATURE_VERSION or tuple(manifest["labels"]) != LABELS:
        raise ValueError(
            f"{path.name} was trained for feature version {manifest['feature_version']}, "
            f"this code computes version {FEATURE_VERSION}: retrain it (python -m bench.phi_train)"
        )
    with np.load(path, allow_pickle=False) as data:
        features = bytes(data["features"]).decode("utf-8").split("\n")
        weights = data["weights"]
    thresholds = {str(k): float(v) for k, v in manifest["thresholds"].items()}
    vetoes = {PhiType(t): float(v) for t, v in manifest["vetoes"].items()}
    relabels = {_relabel_pair(k): float(v) for k, v in manifest.get("relabels", {}).items()}
    return PhiTagger(features, weights, thresholds, vetoes, relabels)


@lru_cache(maxsize=1)
def load_tagger() -> PhiTagger:
    """The shipped tagger (``mediflow/quality/phi_model.npz``), read once per process."""
    with resources.as_file(resources.files("mediflow.quality").joinpath(MODEL_FILE)) as path:
        return read_tagger(path)


def add_model_findings(
    rule_findings: Sequence[PhiFinding], model_findings: Sequence[PhiFinding]
) -> list[PhiFinding]:
    """The rules' findings plus every model finding that overlaps none of them, sorted by position."""
    added = [m for m in model_findings if not any(m.overlaps(r) for r in rule_findings)]
    if not added:
        return list(rule_findings)
    return sorted([*rule_findings, *added], key=lambda f: (f.start, f.end))


def _tokens_inside(finding: PhiFinding, o_margins: Sequence[tuple[int, int, float]]) -> range:
    """The positions in ``o_margins`` of the scored tokens inside ``finding``. ``o_margins`` is in text order
    (as ``analyse`` gives it): the first is found by bisection."""
    first = end = bisect.bisect_right(
        o_margins, finding.start, key=lambda t: t[1]
    )  # first token ending after start
    while end < len(o_margins) and o_margins[end][0] < finding.end:
        end += 1
    return range(first, end)


def vetoed(finding: PhiFinding, o_margins: Sequence[tuple[int, int, float]], veto: float) -> bool:
    """Whether every candidate token inside ``finding`` is "O" by at least ``veto`` (and there is one)."""
    inside = _tokens_inside(finding, o_margins)
    return bool(inside) and all(o_margins[i][2] >= veto for i in inside)


def relabel_key(own: PhiType, other: PhiType) -> str:
    """How a relabel's (own type, other type) is written in the manifest: "NAME>LOCATION"."""
    return f"{own.value}>{other.value}"


def relabel_names(relabels: Mapping[tuple[PhiType, PhiType], float]) -> dict[str, float]:
    """Relabels as the manifest writes them: {"NAME>LOCATION": 5.0}."""
    return {relabel_key(own, other): v for (own, other), v in relabels.items()}


def _relabel_pair(key: str) -> tuple[PhiType, PhiType]:
    own, other = key.split(">")
    return PhiType(own), PhiType(other)


def relabel_margin(finding: PhiFinding, analysis: Analysis, other: PhiType) -> float | None:
    """How far ``other`` outscores the finding's own type, summed over the scored tokens inside it (None
    where none is scored)."""
    inside = _tokens_inside(finding, analysis.o_margins)
    if not inside or len(analysis.scores) < inside.stop:
        return None
    summed = analysis.scores[inside.start : inside.stop].sum(axis=0)
    return float(summed[_LABEL_INDEX[other.value]] - summed[_LABEL_INDEX[finding.type.value]])


def relabelled(
    finding: PhiFinding, analysis: Analysis, relabels: Mapping[tuple[PhiType, PhiType], float]
) -> PhiFinding:
    """A finding the dictionaries typed (source "dictionary": a word list's guess, no cue), with the type
    the model prefers where that type outscores its own by the relabel's margin; any other as it is."""
    if finding.source != "dictionary":
        return finding
    for (own, other), least in relabels.items():
        if own is finding.type:
            margin = relabel_margin(finding, analysis, other)
            if margin is not None and margin >= least:
                return replace(finding, type=other)
    return finding


def combine(
    rule_findings: Sequence[PhiFinding],
    analysis: Analysis,
    thresholds: Mapping[str, float],
    vetoes: Mapping[PhiType, float],
    relabels: Mapping[tuple[PhiType, PhiType], float] | None = None,
) -> list[PhiFinding]:
    """Drop the rule findings of a type with a veto margin that the model calls "O" by that margin (never
    one read from a structured field, whose position says what it is), give a dictionary finding the type
    a relabel prefers (``relabelled``), then add the model's spans that reach their type's threshold and
    overlap no rule finding."""
    kept = [
        f
        for f in rule_findings
        if f.type not in vetoes or f.source == "field" or not vetoed(f, analysis.o_margins, vetoes[f.type])
    ]
    if relabels:
        kept = [relabelled(f, analysis, relabels) for f in kept]
    return add_model_findings(kept, reported(analysis.spans, thresholds))


def span_key(finding: PhiFinding) -> str:
    """What a span's threshold is chosen for: its type, with "+" when it holds more than one token
    (a first and last name, a street address: far more often right than a single word)."""
    return finding.type.value + ("+" if any(c.isspace() for c in finding.text) else "")


SPAN_KEYS: tuple[str, ...] = tuple(t.value + multi for t in PhiType for multi in ("", "+"))


def reported(spans: Sequence[tuple[PhiFinding, float]], thresholds: Mapping[str, float]) -> list[PhiFinding]:
    """The spans whose margin reaches the threshold of their ``span_key``."""
    out = []
    for finding, margin in spans:
        limit = thresholds.get(span_key(finding))
        if limit is not None and margin >= limit:
            out.append(finding)
    return out
