"""Planted sets F to Z, 0 to 9 and a to f (bench.phi_f ... bench.phi_z, bench.phi_0 ... bench.phi_9, bench.phi_la ...
bench.phi_lf), each written unseen by an independent author:
their shape only. The engine is scored on them by bench.phi_recall."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import cache

import pytest

from bench.phi_0 import zero_notes
from bench.phi_1 import one_notes
from bench.phi_2 import two_notes
from bench.phi_3 import three_notes
from bench.phi_4 import four_notes
from bench.phi_5 import five_notes
from bench.phi_6 import six_notes
from bench.phi_7 import seven_notes
from bench.phi_8 import eight_notes
from bench.phi_9 import nine_notes
from bench.phi_e import e_notes
from bench.phi_f import f_notes
from bench.phi_fresh import fresh_notes
from bench.phi_g import g_notes
from bench.phi_h import h_notes
from bench.phi_heldout import heldout_notes
from bench.phi_i import i_notes
from bench.phi_j import j_notes
from bench.phi_k import k_notes
from bench.phi_l import l_notes
from bench.phi_la import la_notes
from bench.phi_lb import lb_notes
from bench.phi_lc import lc_notes
from bench.phi_ld import ld_notes
from bench.phi_le import le_notes
from bench.phi_lf import lf_notes
from bench.phi_lg import lg_notes
from bench.phi_lh import lh_notes
from bench.phi_li import li_notes
from bench.phi_lj import lj_notes
from bench.phi_lk import lk_notes
from bench.phi_ll import ll_notes
from bench.phi_lm import lm_notes
from bench.phi_ln import ln_notes
from bench.phi_lo import lo_notes
from bench.phi_lp import lp_notes
from bench.phi_lq import lq_notes
from bench.phi_lr import lr_notes
from bench.phi_ls import ls_notes
from bench.phi_lt import lt_notes
from bench.phi_lu import lu_notes
from bench.phi_lv import lv_notes
from bench.phi_m import m_notes
from bench.phi_n import n_notes
from bench.phi_o import o_notes
from bench.phi_p import p_notes
from bench.phi_planted import GoldSpan, PlantedNote, evaluate, planted_notes
from bench.phi_q import q_notes
from bench.phi_r import r_notes
from bench.phi_s import s_notes
from bench.phi_t import t_notes
from bench.phi_u import u_notes
from bench.phi_unseen import unseen_notes
from bench.phi_v import v_notes
from bench.phi_w import w_notes
from bench.phi_x import x_notes
from bench.phi_y import y_notes
from bench.phi_z import z_notes
from mediflow.quality.phi_types import PhiFinding, PhiType

NoteSet = Callable[..., list[PlantedNote]]
# The sets in the order they were written (J and K at the same time, by two authors who saw neither
# each other's set nor A-I's; L and M later, also at the same time, by two authors who saw no other set;
# N and O after them, at the same time, blind likewise; P and Q after those, R and S after them, T and U
# after those, V and W after them, X and Y after those, the same way, Z alone after them, 1 and 2 after Z,
# at the same time, 3 and 4 after those, 5 and 6 after them, 7 and 8 after those, 9 and 0 after them, a and b after those, c and d after those, e and f after those, g and h after those, and i and j after those, the same way); each is checked against the sets before it
# (its note types must be new) and made again with another seed.
WRITTEN: tuple[NoteSet, ...] = (
    planted_notes,
    heldout_notes,
    fresh_notes,
    unseen_notes,
    e_notes,
    f_notes,
    g_notes,
    h_notes,
    i_notes,
    j_notes,
    k_notes,
    l_notes,
    m_notes,
    n_notes,
    o_notes,
    p_notes,
    q_notes,
    r_notes,
    s_notes,
    t_notes,
    u_notes,
    v_notes,
    w_notes,
    x_notes,
    y_notes,
    z_notes,
    one_notes,
    two_notes,
    three_notes,
    four_notes,
    five_notes,
    six_notes,
    seven_notes,
    eight_notes,
    nine_notes,
    zero_notes,
    la_notes,
    lb_notes,
    lc_notes,
    ld_notes,
    le_notes,
    lf_notes,
    lg_notes,
    lh_notes,
    li_notes,
    lj_notes,
    lk_notes,
    ll_notes,
    lm_notes,
    ln_notes,
    lo_notes,
    lp_notes,
    lq_notes,
    lr_notes,
    ls_notes,
    lt_notes,
    lu_notes,
    lv_notes,
)
SETS: dict[str, tuple[NoteSet, tuple[NoteSet, ...], int]] = {
    "F": (f_notes, WRITTEN[:5], 617),
    "G": (g_notes, WRITTEN[:6], 718),
    "H": (h_notes, WRITTEN[:7], 819),
    "I": (i_notes, WRITTEN[:8], 920),
    "J": (j_notes, WRITTEN[:9], 1122),
    "K": (k_notes, WRITTEN[:10], 2211),
    "L": (l_notes, WRITTEN[:11], 3221),
    "M": (m_notes, WRITTEN[:12], 4231),
    "N": (n_notes, WRITTEN[:13], 5241),
    "O": (o_notes, WRITTEN[:14], 6251),
    "P": (p_notes, WRITTEN[:15], 7361),
    "Q": (q_notes, WRITTEN[:16], 7271),
    # R and S were written at the same time: each against the sets before them, and against each other
    "R": (r_notes, (*WRITTEN[:17], s_notes), 8383),
    "S": (s_notes, WRITTEN[:18], 9493),
    # T and U likewise
    "T": (t_notes, (*WRITTEN[:19], u_notes), 10533),
    "U": (u_notes, WRITTEN[:20], 11644),
    # V and W likewise
    "V": (v_notes, (*WRITTEN[:21], w_notes), 12755),
    "W": (w_notes, WRITTEN[:22], 13866),
    # X and Y likewise
    "X": (x_notes, (*WRITTEN[:23], y_notes), 14977),
    "Y": (y_notes, WRITTEN[:24], 16088),
    "Z": (z_notes, WRITTEN[:25], 17205),
    # 1 and 2 likewise, as X and Y were
    "1": (one_notes, (*WRITTEN[:26], two_notes), 24687),
    "2": (two_notes, WRITTEN[:27], 31863),
    "3": (three_notes, (*WRITTEN[:28], four_notes), 40131),
    "4": (four_notes, WRITTEN[:29], 52397),
    "5": (five_notes, (*WRITTEN[:30], six_notes), 63823),
    "6": (six_notes, WRITTEN[:31], 71299),
    "7": (seven_notes, (*WRITTEN[:32], eight_notes), 83923),
    "8": (eight_notes, WRITTEN[:33], 90229),
    "9": (nine_notes, (*WRITTEN[:34], zero_notes), 57143),
    "0": (zero_notes, WRITTEN[:35], 61493),
    "a": (la_notes, (*WRITTEN[:36], lb_notes), 68927),
    "b": (lb_notes, WRITTEN[:37], 74171),
    "c": (lc_notes, (*WRITTEN[:38], ld_notes), 81249),
    "d": (ld_notes, WRITTEN[:39], 86463),
    "e": (le_notes, (*WRITTEN[:40], lf_notes), 91737),
    "f": (lf_notes, WRITTEN[:41], 95193),
    "g": (lg_notes, (*WRITTEN[:42], lh_notes), 98321),
    "h": (lh_notes, WRITTEN[:43], 99719),
    "i": (li_notes, (*WRITTEN[:44], lj_notes), 102851),
    "j": (lj_notes, WRITTEN[:45], 104739),
    "k": (lk_notes, (*WRITTEN[:46], ll_notes), 107387),
    "l": (ll_notes, WRITTEN[:47], 109901),
    "m": (lm_notes, (*WRITTEN[:48], ln_notes), 112307),
    "n": (ln_notes, WRITTEN[:49], 114899),
    "o": (lo_notes, (*WRITTEN[:50], lp_notes), 117453),
    "p": (lp_notes, WRITTEN[:51], 120003),
    "q": (lq_notes, (*WRITTEN[:52], lr_notes), 122511),
    "r": (lr_notes, WRITTEN[:53], 125013),
    "s": (ls_notes, (*WRITTEN[:54], lt_notes), 127513),
    "t": (lt_notes, WRITTEN[:55], 130017),
    "u": (lu_notes, (*WRITTEN[:56], lv_notes), 132510),
    "v": (lv_notes, WRITTEN[:57], 135010),
}


@cache
def _made(make: NoteSet) -> tuple[PlantedNote, ...]:
    """A set's notes at its own seed, made once per run: the fixture's, and the note types every later set is
    compared with (57 sets, each against all before it)."""
    return tuple(make())


@pytest.fixture(scope="module", params=sorted(SETS))
def held_out(request: pytest.FixtureRequest) -> tuple[str, list[PlantedNote]]:
    name: str = request.param
    return name, list(_made(SETS[name][0]))


def test_a_set_is_deterministic_for_a_seed(held_out: tuple[str, list[PlantedNote]]) -> None:
    name, notes = held_out
    make, _, other_seed = SETS[name]
    # the same seed: the same notes, each note type once (a set's notes are drawn in turn from one stream, so
    # its first notes are the same however many are asked for: every set was checked to hold this on
    # 2026-12-04, and a set that did not would fail here too)
    first = len({n.style for n in notes} - {"no_phi"})
    assert make(n_phi=first, n_clean=0) == notes[:first]
    # another seed: other texts from the first notes on
    assert [n.text for n in make(seed=other_seed, n_phi=first, n_clean=0)] != [n.text for n in notes[:first]]


def test_a_set_has_enough_notes_with_and_without_identifiers(held_out: tuple[str, list[PlantedNote]]) -> None:
    _, notes = held_out
    assert sum(1 for n in notes if n.spans) >= 330
    clean = [n for n in notes if n.style == "no_phi"]
    assert len(clean) >= 110
    assert all(not n.spans for n in clean)
    assert len({n.id for n in notes}) == len(notes)


def test_every_category_has_at_least_25_spans(held_out: tuple[str, list[PlantedNote]]) -> None:
    _, notes = held_out
    counts = Counter(span.type for note in notes for span in note.spans)
    assert {t: counts[t] for t in PhiType if counts[t] < 25} == {}
    for big in (PhiType.NAME, PhiType.DATE, PhiType.LOCATION):
        assert counts[big] >= 300


def test_gold_spans_are_exact(held_out: tuple[str, list[PlantedNote]]) -> None:
    _, notes = held_out
    for note in notes:
        for span in note.spans:
            assert note.text[span.start : span.end] == span.text, (note.id, span)
            # the value only: no label, no surrounding space, no trailing punctuation but a middle
            # initial's full stop ("Oyelaran, Marisol R.")
            assert span.text == span.text.strip() and span.text[-1] not in ",;:", (note.id, span)
            assert not span.text.endswith(".") or re.search(r"\b[A-Z]\.$", span.text), (note.id, span)


def test_every_template_is_filled_completely(held_out: tuple[str, list[PlantedNote]]) -> None:
    # a placeholder left unfilled (or a stray brace) would render as literal "{key}"
    _, notes = held_out
    assert not [n.id for n in notes if "{" in n.text or "}" in n.text]


# A set's note types are its first notes' (the types in turn): made from this many notes, not the whole set.
_TYPES_FROM = 80


@cache
def _note_types(make: NoteSet) -> frozenset[str]:
    """A set's note types, from its first notes (a set with as many types as those notes reads them all)."""
    types = frozenset(n.style for n in make(n_phi=_TYPES_FROM, n_clean=0))
    if len(types) >= _TYPES_FROM:
        types = frozenset(n.style for n in _made(make))
    return types - {"no_phi"}


def test_a_set_shares_no_note_type_with_the_sets_before_it(held_out: tuple[str, list[PlantedNote]]) -> None:
    name, notes = held_out
    styles = {n.style for n in notes} - {"no_phi"}
    assert len(styles) >= 16
    for other in SETS[name][1]:
        shared = styles & _note_types(other)
        assert not shared, shared


def test_the_scorer_counts_strictly_and_by_safe_harbor_removal() -> None:
    """A finding of the wrong category over an identifier is a strict miss and a false positive, yet it
    removes the identifier; a finding over no identifier is stray under both views."""
    text = "Claim 88-1234 filed; seen on the ward."
    note = PlantedNote("T-1", "t", text, (GoldSpan(PhiType.ACCOUNT, 6, 13, "88-1234"),))

    def scan(_: str) -> list[PhiFinding]:
        return [
            PhiFinding(PhiType.OTHER_ID, 6, 13, "88-1234", 0.9, "pattern"),
            PhiFinding(PhiType.NAME, 30, 34, "ward", 0.5, "dictionary"),
        ]

    result = evaluate(scan, [note])
    assert result.recall == 0.0 and len(result.misses) == 1
    assert len(result.false_positives) == 2 and result.fp_per_1000_notes == 2000.0
    assert result.removed_share == 1.0
    assert result.stray == 1 and result.stray_per_1000_notes == 1000.0
