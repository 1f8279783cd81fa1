"""Compile a pattern with its word alternations factored by first character (a trie).

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


def _factor(items: Any, icase: bool) -> None:
    """Factor every alternation in a parsed pattern, in place."""
    for index, (op, av) in enumerate(items.data):
        if op is _c.BRANCH:
            for alternative in av[1]:
                _factor(alternative, icase)
            items.data[index] = (op, (av[0], _merged(items.state, av[1], icase)))
        elif op is _c.SUBPATTERN:
            _group, add, remove, body = av
            _factor(
                body, (icase or bool(add & _c.SRE_FLAG_IGNORECASE)) and not remove & _c.SRE_FLAG_IGNORECASE
            )
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
            _factor(av[2], icase)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            _factor(av[1], icase)
        elif op is _c.ATOMIC_GROUP:
            _factor(av, icase)
        elif op is _c.GROUPREF_EXISTS:
            _factor(av[1], icase)
            if av[2] is not None:
                _factor(av[2], icase)


def _with_fast_heads(state: Any, alternatives: list[Any], icase: bool) -> list[Any]:
    """The alternatives, each that starts with a case-insensitive letter starting with the same
    letters as a case-sensitive set instead (``(?i:p)atient`` -> ``[pP]atient``).

    ``re`` skips an alternative at once where the next character is not its leading literal or
    in its leading set, but it has no such test for a case-insensitive literal: it enters that
    alternative to fail there, which is most of the cost of a long label list at every word."""
    if not icase:
        return alternatives
    out = []
    for alternative in alternatives:
        first = alternative.data[0] if alternative.data else None
        if first is not None and first[0] is _c.LITERAL and chr(first[1]).lower() in FOLDS:
            chars = FOLDS[chr(first[1]).lower()]
            head = _parser.SubPattern(state, [(_c.IN, [(_c.LITERAL, ord(c)) for c in chars])])
            # a group with no number compiles to its body alone, here without IGNORECASE
            alternative = _parser.SubPattern(
                state, [(_c.SUBPATTERN, (None, 0, _c.SRE_FLAG_IGNORECASE, head)), *alternative.data[1:]]
            )
        out.append(alternative)
    return out


def _merged(state: Any, alternatives: list[Any], icase: bool) -> list[Any]:
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
            inner = _parser.SubPattern(state, [(_c.BRANCH, (None, _merged(state, rests, icase)))])
            result.append(_parser.SubPattern(state, [entry[0], (_c.SUBPATTERN, (None, 0, 0, inner))]))
    return _with_fast_heads(state, result, icase)


def compile_factored(source: str) -> re.Pattern[str]:
    """``re.compile(source)``, with alternations factored by first character (see the module)."""
    if _parser is None:
        return re.compile(source)
    tree = _parser.parse(source, 0)  # a bad pattern raises re.error here, as re.compile would
    try:
        _factor(tree, False)
        code = _compiler._code(tree, 0)
        state = tree.state
        index_group: list[str | None] = [None] * state.groups
        for name, number in state.groupdict.items():
            index_group[number] = name
        return _sre.compile(source, state.flags, code, state.groups - 1, state.groupdict, tuple(index_group))
    except (AttributeError, TypeError, ValueError, IndexError) as exc:
        logging.getLogger(__name__).warning("regex factoring unavailable (%s): plain re.compile", exc)
        return re.compile(source)
