"""Compile a pattern with its word alternations factored by first character (a trie), and read the
literals every match of a pattern starts with (``prefix_guard``).

CPython's ``re`` tries the alternatives of ``(?i:patient|pt|name|...)`` one by one at every
position, and a case-insensitive literal has no fast rejection, so the PHI engine's long label
lists cost a step per alternative at every word. ``compile_factored`` parses the pattern, merges
the alternatives that start with the same literal character (``p(?:atient|t)|name``), then the
ones after that, and compiles the result. It matches exactly what ``re.compile`` of the same
source matches, with the same groups:

* only alternatives that start with a plain literal are moved, and only past alternatives that
  start with another literal: at one position at most one of two such literals can match
  (case-insensitively, ASCII letters fold to distinct letters; the long s, the dotless i and the Kelvin sign only
  join their own letter, and other characters stay in place), so the order in which ``re`` tries
  what can match at a position is unchanged;
* any other alternative (a group, a class, a lookaround, an empty one) is a barrier that no
  alternative crosses;
* within a merged group the alternatives keep their order, and the literal stays in the same
  flag scope.

Then every alternative that starts with a case-insensitive ASCII letter starts with the set of
what that letter matches instead (``(?i:p)`` -> ``[pP]``, outside IGNORECASE): ``re`` rejects an
alternative whose leading literal or set misses the next character without entering it, and it has
no such test for a case-insensitive literal. The set is exactly what the letter matches (``FOLDS``),
so the matches are the same; on the PHI engine it saves ~8 % of the pattern's time.

Before it factors a sequence, it moves each lookbehind that a literal follows past that literal
(``_sunk``: ``(?<!court )order`` -> ``order(?<!court order)``), the same condition read later, so a
label's lookbehinds run only where its word is and the word joins the trie of its neighbours.

``prefix_guard`` reads the literal characters every match of a pattern starts with; the PHI engine
puts that lookahead before a rule, as a trie of sets that ``re`` skips at once.

It uses CPython's private parser and compiler (``re._parser``, ``re._compiler``, as ``phi_rules``
already does for its first-character guards); where they are missing or differ, it falls back to
``re.compile`` of the same source, which finds the same matches more slowly.
"""

from __future__ import annotations

import logging
import re
from typing import Any

try:
    import _sre
    import re._compiler as _compiler
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # another Python implementation: plain re.compile
    _parser = None

_ASCII = frozenset(range(128))
# What an ASCII letter matches under IGNORECASE (Unicode): its two cases, and for three letters one or
# two more (the dotless i and the dotted capital I, the Kelvin sign, the long s). test_phi_regex checks
# this table against ``re`` over every code point.
FOLDS: dict[str, str] = {
    **{c: c + c.upper() for c in "abcdefghijklmnopqrstuvwxyz"},
    "i": "iI\u0130\u0131",
    "k": "kK\u212a",
    "s": "sS\u017f",
}


def _key(code: int, icase: bool) -> int | None:
    """What a leading literal is grouped by: its code, or its lower case under IGNORECASE; None
    when it must stay where it is (a non-ASCII literal: it may fold onto an ASCII letter)."""
    if code not in _ASCII:
        return None
    return ord(chr(code).lower()) if icase else code


def _sunk(state: Any, data: list[Any]) -> list[Any]:
    """``data`` (a sequence of items) with each run of lookbehinds that a literal follows moved past the
    literals that follow it, each lookbehind reading them too: ``(?<!court )order`` becomes
    ``order(?<!court order)``. The two match at the same places (the literals are the text before the
    new place, so "not X before the old place" reads "not X + literals before the new one"), but
    ``re`` evaluates a lookbehind wherever it stands, and a label's lookbehind before its word ran at
    every word the engine tried; after the word it runs only where the word is. A moved lookbehind's
    width grows by the literals' count, so it stays of fixed width, and it keeps the flags in scope."""
    out: list[Any] = []
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j][0] in (_c.ASSERT, _c.ASSERT_NOT) and data[j][1][0] == -1:
            j += 1
        k = j
        while k < len(data) and data[k][0] is _c.LITERAL:
            k += 1
        if j == i or k == j:  # no lookbehind here, or no literal after the run
            out.append(data[i])
            i += 1
            continue
        literals = data[j:k]
        out += literals
        for op, (direction, body) in data[i:j]:
            moved = _parser.SubPattern(state, [*body.data, *literals])
            out.append((op, (direction, moved)))
        i = k
    return out


def _factor(items: Any, flags: int) -> None:
    """Factor every alternation in a parsed pattern, in place (its lookbehinds first sunk, ``_sunk``);
    ``flags`` are those in force (the pattern's global ones at the top, then each group's)."""
    items.data = _sunk(items.state, items.data)
    for index, (op, av) in enumerate(items.data):
        if op is _c.BRANCH:
            for alternative in av[1]:
                _factor(alternative, flags)
            items.data[index] = (op, (av[0], _merged(items.state, av[1], flags)))
        elif op is _c.SUBPATTERN:
            _group, add, remove, body = av
            _factor(body, (flags | add) & ~remove)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            _factor(av[2], flags)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _factor(av[1], flags)
        elif op is _c.ATOMIC_GROUP:
            _factor(av, flags)
        elif op is _c.GROUPREF_EXISTS:
            _factor(av[1], flags)
            if av[2] is not None:
                _factor(av[2], flags)


def _with_fast_heads(state: Any, alternatives: list[Any], flags: int) -> list[Any]:
    """The alternatives, each that starts with a case-insensitive letter starting with the same
    letters as a case-sensitive set instead (``(?i:p)atient`` -> ``[pP]atient``).

    ``re`` skips an alternative at once where the next character is not its leading literal or
    in its leading set, but it has no such test for a case-insensitive literal: it enters that
    alternative to fail there, which is most of the cost of a long label list at every word. Under the
    ASCII flag a letter matches its two cases only (no long s, no Kelvin sign), and only an ASCII letter
    gets a set."""
    if not flags & _c.SRE_FLAG_IGNORECASE:
        return alternatives
    ascii_only = bool(flags & (_c.SRE_FLAG_ASCII | _c.SRE_FLAG_LOCALE))
    out = []
    for alternative in alternatives:
        first = alternative.data[0] if alternative.data else None
        code = first[1] if first is not None and first[0] is _c.LITERAL else None
        # under ASCII a non-ASCII literal stays as written
        letter = "" if code is None or (ascii_only and code >= 128) else chr(code).lower()
        if letter in FOLDS:
            chars = letter + letter.upper() if ascii_only else FOLDS[letter]
            head = _parser.SubPattern(state, [(_c.IN, [(_c.LITERAL, ord(c)) for c in chars])])
            # a group with no number compiles to its body alone, here without IGNORECASE
            alternative = _parser.SubPattern(
                state, [(_c.SUBPATTERN, (None, 0, _c.SRE_FLAG_IGNORECASE, head)), *alternative.data[1:]]
            )
        out.append(alternative)
    return out


def _merged(state: Any, alternatives: list[Any], flags: int) -> list[Any]:
    icase = bool(flags & _c.SRE_FLAG_IGNORECASE)
    out: list[Any] = []  # alternatives, or [literal item, [rests]] groups being filled
    open_groups: dict[int, list[Any]] = {}  # key -> its group, since the last barrier
    for alternative in alternatives:
        first = alternative.data[0] if alternative.data else None
        key = _key(first[1], icase) if first is not None and first[0] is _c.LITERAL else None
        if key is None:
            out.append(alternative)
            open_groups = {}
            continue
        group = open_groups.get(key)
        if group is not None and group[0] == first:  # the same literal (not "p" beside "P")
            group[1].append(_parser.SubPattern(state, alternative.data[1:]))
        elif group is not None:  # "p" and "P" under IGNORECASE: keep order, start afresh
            out.append(alternative)
            open_groups = {}
        else:
            group = [first, [_parser.SubPattern(state, alternative.data[1:])], alternative]
            open_groups[key] = group
            out.append(group)
    result = []
    for entry in out:
        if not isinstance(entry, list):
            result.append(entry)
        elif len(entry[1]) == 1:
            result.append(entry[2])  # alone: left as written
        else:
            rests = entry[1]
            inner = _parser.SubPattern(state, [(_c.BRANCH, (None, _merged(state, rests, flags)))])
            result.append(_parser.SubPattern(state, [entry[0], (_c.SUBPATTERN, (None, 0, 0, inner))]))
    return _with_fast_heads(state, result, flags)


def compile_factored(source: str) -> re.Pattern[str]:
    """``re.compile(source)``, with alternations factored by first character (see the module)."""
    if _parser is None:
        return re.compile(source)
    tree = _parser.parse(source, 0)  # a bad pattern raises re.error here, as re.compile would
    try:
        _factor(tree, tree.state.flags)  # a global "(?i)" or "(?a)" is in force from the start
        code = _compiler._code(tree, 0)
        state = tree.state
        index_group: list[str | None] = [None] * state.groups
        for name, number in state.groupdict.items():
            index_group[number] = name
        return _sre.compile(source, state.flags, code, state.groups - 1, state.groupdict, tuple(index_group))
    except (AttributeError, TypeError, ValueError, IndexError) as exc:
        logging.getLogger(__name__).warning("regex factoring unavailable (%s): plain re.compile", exc)
        return re.compile(source)


# --- what every match starts with ------------------------------------------------------------------
# A label's rule tries dozens of label alternatives at every word, most of them behind a group or a
# flag that ``_merged`` may not move (``(?:placer[ \t]+)?order``, ``(?i:cps|aps)[ \t]+case``): ~1 us a
# word for the longest ones. ``prefix_guard`` reads, from the parsed pattern, the literal text that
# every match starts with (up to PREFIX_CHARS characters: "mrn", "pass", "ord"), and writes it as one
# lookahead, which ``compile_factored`` makes a trie: at a word that starts no label it fails after a
# character or two. It is a necessary condition read from the pattern itself, so adding it before the
# pattern changes no match.

PREFIX_CHARS = 4
_MAX_PREFIXES = 4000
_SMALL_SET = 12  # a set of up to this many characters is read as that many prefixes
_Prefix = tuple[tuple[int, bool], ...]  # (code point, under IGNORECASE) per character


class _Unknown(Exception):
    """A match may start with text no short list of literals describes."""


def _set_chars(av: Any) -> list[int]:
    codes: list[int] = []
    for sub, value in av:
        if sub is _c.LITERAL:
            codes.append(value)
        elif sub is _c.RANGE and value[1] - value[0] < _SMALL_SET:
            codes.extend(range(value[0], value[1] + 1))
        else:  # a negation, a category, a wide range
            raise _Unknown
        if len(codes) > _SMALL_SET:
            raise _Unknown
    return codes


def _extend(opens: set[_Prefix], chars: list[int], flags: int, closed: set[_Prefix]) -> set[_Prefix]:
    icase = bool(flags & _c.SRE_FLAG_IGNORECASE)
    out: set[_Prefix] = set()
    for prefix in opens:
        for code in chars:
            longer = (*prefix, (code, icase))
            (closed if len(longer) >= PREFIX_CHARS else out).add(longer)
    return out


def _walk(items: Any, flags: int, opens: set[_Prefix], closed: set[_Prefix]) -> set[_Prefix]:
    """The prefixes still open after ``items`` (a sequence), given those open before; the prefixes that
    end (a non-literal follows, or PREFIX_CHARS are read) go into ``closed``. ``flags`` are those in
    force, as in ``_factor``."""
    for op, av in items:
        if not opens:
            break
        if len(opens) + len(closed) > _MAX_PREFIXES:
            raise _Unknown
        if op is _c.LITERAL:
            opens = _extend(opens, [av], flags, closed)
        elif op is _c.IN:
            try:
                chars = _set_chars(av)
            except _Unknown:
                closed |= opens
                return set()
            opens = _extend(opens, chars, flags, closed)
        elif op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
            continue  # zero width: what follows is what the match starts with
        elif op is _c.SUBPATTERN:
            _group, add, remove, body = av
            opens = _walk(body, (flags | add) & ~remove, opens, closed)
        elif op is _c.ATOMIC_GROUP:
            opens = _walk(av, flags, opens, closed)
        elif op is _c.BRANCH:
            after: set[_Prefix] = set()
            for alternative in av[1]:
                after |= _walk(alternative, flags, set(opens), closed)
            opens = after
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            low, high, body = av
            once = _walk(body, flags, set(opens), closed)
            if high == 1:  # read once, or not at all
                opens = (opens | once) if low == 0 else once
            else:  # more repetitions may follow: what one reads ends there
                closed |= once
                opens = set(opens) if low == 0 else set()
        else:  # any other item: the literal prefix ends here
            closed |= opens
            return set()
    return opens


def _char(code: int, icase: bool) -> str:
    """One character as the engine reads it first: a set of its cases under IGNORECASE (``re`` skips an
    alternative that starts with a set or a literal without entering it), else itself."""
    char = chr(code)
    if not icase or char.upper() == char.lower():
        return re.escape(char)
    folds = FOLDS.get(char.lower())
    return f"[{folds}]" if folds is not None else f"(?i:{re.escape(char)})"


def _trie(prefixes: list[tuple[str, ...]]) -> str:
    """An alternation that matches where one of ``prefixes`` (each a sequence of ``_char``) does, as a
    trie: each step tries the characters that may come next, each once."""
    if any(not p for p in prefixes):
        return ""  # a prefix ends here: whatever follows, the guard holds
    heads: dict[str, list[tuple[str, ...]]] = {}
    for prefix in prefixes:
        heads.setdefault(prefix[0], []).append(prefix[1:])
    parts = [head + _trie(rests) for head, rests in sorted(heads.items())]
    return parts[0] if len(parts) == 1 else f"(?:{'|'.join(parts)})"


def prefix_guard(source: str) -> str | None:
    """A lookahead that every match of ``source`` satisfies: the literal characters its matches start
    with (up to PREFIX_CHARS), in the case rules they are matched by; None when a match may start
    otherwise (a class, a digit, an empty prefix) or the list would be long."""
    if _parser is None:
        return None
    try:
        closed: set[_Prefix] = set()
        tree = _parser.parse(source, 0)  # a global "(?i)" is in its state's flags, not in a group
        opens = _walk(tree.data, tree.state.flags, {()}, closed)
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    prefixes = list(opens | closed)
    if not prefixes or () in prefixes or len(prefixes) > _MAX_PREFIXES:
        return None
    return f"(?={_trie([tuple(_char(c, i) for c, i in p) for p in prefixes])})"
