"""The engine's first-character guards: read from each rule's pattern, they skip only positions
where the rule cannot start, so the findings are the same with and without them."""

from __future__ import annotations

import re

import pytest

from bench.phi_planted import planted_notes
from bench.phi_unseen import unseen_notes
from mediflow.quality import phi_rules


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?i:mrn|chart)[ :]+\d+", {"m", "M", "c", "C"}),
        (r"(?<![\w])(?:Dr|Mrs?)\.?[ ]+[A-Z][a-z]+", {"D", "M"}),
        (r"\b\d{3}-\d{4}", {"DG"}),
        (r"(?:x)?y", {"x", "y"}),
        (r"[A-C]\w+", {"A", "B", "C"}),
    ],
)
def test_first_keys_reads_where_a_pattern_can_start(pattern: str, expected: set[str]) -> None:
    assert phi_rules.first_keys(pattern) == expected


@pytest.mark.parametrize("pattern", [r"\w+@x", r"[^ ]+", r".x", r"(?:a)?", r"(?=x)"])
def test_first_keys_is_any_character_when_unsure(pattern: str) -> None:
    assert phi_rules.first_keys(pattern) == frozenset(phi_rules._KEYS)


def test_guards_change_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [n.text for n in planted_notes()[::2] + unseen_notes()[::2]]
    guarded = [list(phi_rules.run_rules(t)) for t in texts]
    monkeypatch.setattr(phi_rules, "_guard", lambda keys, cls: "")
    # and the lookaheads of the literals a branch starts with (phi_regex.prefix_guard)
    monkeypatch.setattr(phi_rules, "_prefix_guard", lambda pattern: "")
    unguarded = phi_rules._compile(phi_rules.BRANCHES)
    # the honorifics (Mr ... Rev, since round 12 Dra, Sra, Mme, Frau, Herr, since round 15 an officer's rank:
    # Ofc, Dep, Det, Sgt, Cpl, Tpr, Insp, Trooper, Constable ...) start with these capitals
    assert unguarded.pattern != phi_rules.ENGINE.pattern and "(?=[CDFHIMOPRST])" in phi_rules.ENGINE.pattern
    monkeypatch.setattr(phi_rules, "ENGINE", unguarded)
    assert [list(phi_rules.run_rules(t)) for t in texts] == guarded
    assert sum(map(len, guarded)) > 2000


def test_engine_compiles_to_one_pattern() -> None:
    # (its groups are those of the branches' values after a label, and each branch's name per start class: 370 before
    # round 23, 420 with its identifiers abroad, 459 with round 26's national numbers abroad, 486 with round 29's, 501
    # with round 34's neurostimulator leads and HMIS clients; the budget grew from 500 to 525 then, well under the
    # parser's limit)
    assert isinstance(phi_rules.ENGINE, re.Pattern) and phi_rules.ENGINE.groups < 525


# Texts where a branch matches in an unusual way: a state glued to its town, a postcode, a name
# with an apostrophe before "'s", an initial with and without its dot, "Last,First" with no space.
AHEAD_EDGES = [
    "BostonMA 02139",
    # round 23: a town before an Australian state's code and postcode, a town before a Canadian province's code
    "2/14 Banksia Street, Wagga Wagga NSW 2650\n",
    "Dr. Ines Moreau\nRimouski, QC\n1160 Station Road, Red Deer, AB T4N 2J7\n",
    # round 22: a biometric template by its prefix or its file's name and format
    "verified with FP-TPL-55190273, PALM-TMPL-8812Q and palm_qxzvb5519.tpl; thumb-L.wsq; iris_r-4471.ist.",
    # round 17: a facility of its town, immigration numbers by shape
    "Panel site: Royal Infirmary of Sumy; Hillcrest Manor of Orchard Park; CEDAR HILL MANOR NURSING CENTER OF WESTBROOK",
    "receipt # EAC1793078843 (I-485); CURP GATB570330MTXHUYO6; Clínica San Rafael de Totonicapán",
    "Tevita Oduya (2/15/1978) and OKAFOR, ADA (3 Mar 1941) and Ruiz-Ortega, Ana (1941-03-02)",
    "sleeps near Carson Heights, Dunmore Square and O'Leary Flats; Safe Harbor",
    "Referring: Lompoc Valley Memorial; from Grand Forks Ambulatory Surgery Center; O'Neill Family Clinic",
    "seen in Boston,MA. 02139 today",
    "North Little Rock, AR 72114-1234",
    "London SW1A 1AA",
    "Glasgow, G12 8QQ",
    "O'Brien's wife called; D’Angelo’s son and Smith-Jones's daughter too",
    "Mary-Kate here, Nguyen covering, Okafor called",
    "J. Nwosu reports pain; J Nwosu reports pain; Ngozi Okonjo, 95, denies",
    "Okonjo,Mary\t12/03/1950 and SMITH, JOHN MRN 123456 and Ingrid von Trapp DOB 1/2/1930",
    "Ana de la Cruz Jr. (age 91) and Rivers, MD; Yuki Sato, MS, CCC-SLP; Jose Perez PA-C",
    "from Hood River, OR. Lives in Yellowstone County, near County of Marin and Baker Co. line",
    "Pt Malia here. Patient Tevita, seen. ÉMILE ZOLA and Ólafur Sigurðsson, 93, state ...",
]


def _guard_misses(branch: phi_rules.Branch, texts: list[str]) -> list[tuple[str, int]]:
    body, ahead = re.compile(branch.pattern), re.compile(branch.ahead)
    return [
        (text[pos : pos + 30], pos)
        for text in texts
        for pos in range(len(text))
        if body.match(text, pos) and not ahead.match(text, pos)
    ]


@pytest.mark.parametrize("branch", [b for b in phi_rules.BRANCHES if b.ahead], ids=lambda b: b.name)
def test_a_branch_lookahead_holds_wherever_the_branch_matches(branch: phi_rules.Branch) -> None:
    texts = AHEAD_EDGES + [n.text for n in planted_notes()[::7] + unseen_notes()[::7]]
    matched = sum(1 for t in texts for p in range(len(t)) if re.compile(branch.pattern).match(t, p))
    assert matched > 0  # the texts exercise the branch
    assert _guard_misses(branch, texts) == []


def test_lookaheads_turn_away_ordinary_words() -> None:
    ahead = {b.name: re.compile(b.ahead) for b in phi_rules.BRANCHES if b.ahead}
    text = "Pain. The patient has BP 120/80 in Room 12345. Follow up in 2 weeks."
    for name in ("person_before_id", "address_city_zip", "place_state", "county", "person_single"):
        starts = [m.start() for m in re.finditer(r"\b[A-Z]", text)]
        assert not any(ahead[name].match(text, p) for p in starts), name
    assert ahead["address_city_zip"].match("Boston, MA 02139")
    assert ahead["person_before_id"].match("Ngozi Okonjo MRN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word no list knows: a name only before a comma and a given name, or before a surname
        ("Seen with Tesfaye, Mary at the desk.", [("NAME", "Tesfaye, Mary")]),
        ("Okonjo, Mary reports pain.", [("NAME", "Okonjo, Mary")]),
        ("Henrik Schmidt arrived at noon.", [("NAME", "Henrik Schmidt")]),
        ("Known Wilson disease; Kawasaki disease; Tesfaye disease is not one.", []),
        ("Transferred from St. Brigid's of Yakima yesterday.", [("LOCATION", "St. Brigid's of Yakima")]),
        ("Dressing: Kerlix. Fitted Oticon More RIC.", []),
        ("Pain. The Patient was seen by Sione Young.", [("NAME", "Sione Young")]),
    ],
)
def test_capitalised_word_shortcuts_keep_the_findings(text: str, expected: list[tuple[str, str]]) -> None:
    """The look-ups skipped for most capitalised words (no list knows them, no "St" before them,
    a product cue read once per word) still find what main's engine found in these texts."""
    assert [(f.type.value, f.text) for f in phi_rules.run_rules(text)] == expected


@pytest.mark.parametrize(
    ("pattern", "spans"),
    [
        (r"(?<![\w])(?P<v>\d+)(?=[ ]mg)", True),
        (r"\b(?P<v>[A-Z][a-z]+)\b", True),
        (r"(?P<v>\d+)[ ]mg", False),  # the unit is part of the match, not of the value
        (r"(?i:mrn)[: ]+(?P<v>\d+)", False),
        (r"(?P<v>a)|b", False),  # an alternation: the value is not always set
        (r"(?P<v>a)(?P<v2>b)?", False),
        (r"(?:x(?P<v>a))", False),
    ],
)
def test_value_is_match_only_where_the_value_is_the_whole_match(pattern: str, spans: bool) -> None:
    assert phi_rules.value_is_match(pattern) is spans
    if spans:  # and then the match's span is the value's span
        m = re.search(pattern, "took 25 mg at Home today")
        assert m is not None and m.span() == m.span("v")


def test_branches_without_a_value_group_report_the_same_span() -> None:
    plain = [b for b in phi_rules.BRANCHES if phi_rules.value_is_match(b.pattern)]
    assert {"date", "cap", "person_before_id"} <= {b.name for b in plain}
    assert all(f"{b.name}_v__U" not in phi_rules.ENGINE.groupindex for b in plain)
    text = "Ngozi Okonjo MRN 4471902 seen 03/04/2021 at the clinic."
    assert [(f.type.value, f.text) for f in phi_rules.run_rules(text)] == [
        ("NAME", "Ngozi Okonjo"),
        ("MRN", "4471902"),
        ("DATE", "03/04/2021"),
    ]


@pytest.mark.parametrize(
    "branch", [b for b in phi_rules.BRANCHES if phi_rules._prefix_guard(b.pattern)], ids=lambda b: b.name
)
def test_a_branch_prefix_guard_holds_wherever_the_branch_matches(branch: phi_rules.Branch) -> None:
    # the lookahead the engine puts before a branch (phi_regex.prefix_guard), read from its pattern
    prefix = phi_rules._prefix_guard(branch.pattern)
    guarded = phi_rules.Branch(branch.name, branch.type, branch.pattern, branch.score, ahead=prefix)
    texts = AHEAD_EDGES + [n.text for n in planted_notes()[::11] + unseen_notes()[::11]]
    assert _guard_misses(guarded, texts) == []
