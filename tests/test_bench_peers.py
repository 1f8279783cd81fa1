"""bench.peers' workload and the JSON protocol of its peer runner (no peer installed, no network)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.peer_runner import (
    DEDUP_KEEP,
    PEER_VARIANTS,
    PRESIDIO_ENTITIES,
    PRESIDIO_MIN_SCORE,
    SpecError,
    _complete,
    _keep_verdicts,
    _phi_counts,
    _presidio_analyzer,
    _split,
    char_ngrams,
    check_result,
    check_spec,
    render,
)
from bench.peer_runner import (
    PEERS as RUNNER_PEERS,
)
from bench.peers import PEERS, RUNNER, parse_args, peer_rows, peer_spec, peer_summary, quality_sides
from bench.teacher_overhead import Best, workload_rows
from mediflow.generators.stages import GENERATION_STAGES, get_prompt_stage


def test_peers_render_exactly_mediflows_prompts() -> None:
    """Every stage of every sample, rendered by the runner from the spec, is what mediflow would send."""
    spec = peer_spec("curator", "plain", "http://127.0.0.1:1/v1", 24, 16, 7, Path("/tmp/unused"))
    contexts = workload_rows(24, 7)
    stages = [get_prompt_stage(s) for s in GENERATION_STAGES]
    assert len(spec["rows"]) == len(contexts) == 24
    for row, ctx in zip(spec["rows"], contexts, strict=True):
        peer_row, mediflow_row = dict(row), dict(ctx)
        for i, (stage_spec, stage) in enumerate(zip(spec["stages"], stages, strict=True)):
            assert render(stage_spec, peer_row) == stage.format_input(mediflow_row)
            reply = f"reply {i} to sample {ctx['index']}"  # what a teacher's answer adds to the row
            peer_row[stage_spec["output_column"]] = mediflow_row[stage.output_column] = reply
    # Samples differ (the plan's axes), so a peer cannot reuse one prompt for all.
    assert len({json.dumps(r, sort_keys=True) for r in spec["rows"]}) > 1


def test_rows_carry_only_what_the_templates_read() -> None:
    rows = peer_rows(5, 3)
    produced = {get_prompt_stage(s).output_column for s in GENERATION_STAGES}
    assert "answer_key" in rows[0] and not produced & set(rows[0])
    assert all(json.loads(json.dumps(r)) == r for r in rows)  # plain JSON values


def test_spec_is_checked() -> None:
    spec = peer_spec("distilabel", "dedup", "http://127.0.0.1:1/v1", 4, 16, 1, Path("/tmp/unused"))
    assert check_spec(json.loads(json.dumps(spec)))["concurrency"] == 16
    for change, message in [
        ({"peer": "datadreamer"}, "unknown peer"),
        ({"variant": "judge"}, "unknown variant"),
        ({"variant": "screen"}, "unknown variant 'screen' of distilabel; known: plain, dedup"),
        ({"protocol": 99}, "protocol 99"),
        ({"concurrency": 0}, "positive integer"),
        ({"rows": []}, "no stages or no rows"),
    ]:
        with pytest.raises(SpecError, match=message):
            check_spec({**spec, **change})
    with pytest.raises(SpecError, match="lacks base_url"):
        check_spec({k: v for k, v in spec.items() if k != "base_url"})
    with pytest.raises(SpecError, match="stage lacks user"):
        check_spec({**spec, "stages": [{"name": "x", "system": "s", "output_column": "o"}]})


def test_result_is_checked() -> None:
    good = {
        "protocol": 1,
        "peer": "curator",
        "variant": "plain",
        "version": "0.1.31",
        "samples": 10,
        "wall_s": 2.0,
        "cpu_s": 0.5,
    }
    assert check_result(good) == good
    with pytest.raises(SpecError, match="samples must be a non-negative number"):
        check_result({**good, "samples": -1})
    with pytest.raises(SpecError, match="wall_s is 0"):
        check_result({**good, "wall_s": 0})
    with pytest.raises(SpecError, match="lacks cpu_s"):
        check_result({k: v for k, v in good.items() if k != "cpu_s"})
    with pytest.raises(SpecError, match="must be a JSON object"):
        check_result([good])
    checked = {**good, "variant": "screen", "checks": {"phi_rows": 0, "duplicates": 7}}
    assert check_result(checked) == checked
    with pytest.raises(SpecError, match="checks must map names to non-negative integers"):
        check_result({**checked, "checks": {"duplicates": -1}})


def test_runner_script_refuses_a_bad_spec_before_importing_a_peer(tmp_path: Path) -> None:
    """The runner is a plain script (run by each peer's venv python): it fails clearly, writes no result."""
    spec = peer_spec("curator", "plain", "http://127.0.0.1:1/v1", 2, 4, 1, tmp_path / "run")
    (tmp_path / "spec.json").write_text(json.dumps({**spec, "peer": "datadreamer"}))
    done = subprocess.run(
        [sys.executable, str(RUNNER), str(tmp_path / "spec.json"), str(tmp_path / "out.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "unknown peer 'datadreamer'" in done.stderr
    assert not (tmp_path / "out.json").exists()


def test_every_level_is_split_among_the_chained_steps() -> None:
    for total in (3, 16, 64, 65, 256):
        parts = _split(total, 3)
        assert sum(parts) == total and max(parts) - min(parts) <= 1


def test_arguments() -> None:
    args = parse_args(["--levels", "16", "64", "--repeat", "2", "--peers", "curator"])
    assert args.levels == [16, 64] and args.repeat == 2 and args.peers == ["curator"]
    assert set(PEERS) == set(RUNNER_PEERS)  # the bench installs what the runner can run
    with pytest.raises(SystemExit):
        parse_args(["--levels", "2"])
    with pytest.raises(SystemExit):
        parse_args(["--peers", "unknown"])


def test_only_complete_rows_count() -> None:
    """A failed call or a failed dedup batch (distilabel passes it on filled with None) is not a sample."""
    cols = ["input", "instruction", "output", DEDUP_KEEP]
    rows = [
        {"input": "d", "instruction": "i", "output": "o", DEDUP_KEEP: True},
        {"input": "d", "instruction": "i", "output": "o", DEDUP_KEEP: False},  # a duplicate, still made
        {"input": "d", "instruction": "i", "output": None, DEDUP_KEEP: True},
        {"input": "d", "instruction": "", "output": "o", DEDUP_KEEP: True},
        {"input": "d", "instruction": "i", "output": "o", DEDUP_KEEP: None},
        {"input": "d", "instruction": "i", "output": "o"},
    ]
    assert _complete(rows, cols) == 2
    assert _complete(rows, cols[:3]) == 4


def test_each_peer_runs_the_variants_its_runner_implements() -> None:
    assert {name: peer.variants for name, peer in PEERS.items()} == PEER_VARIANTS
    assert PEERS["curator"].side("screen") == "curator+screen"
    assert quality_sides() == ["distilabel+dedup", "curator+screen"]
    spec = peer_spec("curator", "screen", "http://127.0.0.1:1/v1", 4, 16, 1, Path("/tmp/unused"))
    assert check_spec(json.loads(json.dumps(spec)))["variant"] == "screen"
    with pytest.raises(SpecError, match="unknown variant 'dedup' of curator; known: plain, screen"):
        check_spec({**spec, "variant": "dedup"})
    assert parse_args(["--no-dedup"]).no_dedup


def _best(rate: float, calls_per_sample: float = 3.0) -> Best:
    best = Best()
    best.add(100, rate, 0.5, int(100 * calls_per_sample))
    return best


def test_summary_compares_with_every_peer_and_with_the_peers_that_screen() -> None:
    """sdk 100/s; curator 1.00x, curator+screen 0.50x, distilabel+dedup 0.18x; pd 1.10x; dflt 1.20x per call."""
    best = {
        "sdk": _best(100),
        "pd": _best(110),
        "dflt": _best(45, 8.0),  # 360 calls/s against the sdk's 300
        "curator": _best(100),
        "curator+screen": _best(50),
        "distilabel": _best(20),
        "distilabel+dedup": _best(18),
    }
    peers = ["distilabel", "distilabel+dedup", "curator", "curator+screen"]
    lines = peer_summary(64, best, {}, peers)
    assert lines == [
        "best peer: curator at 1.000x the sdk loop (of every peer side)",
        "mediflow pd: 1.100x the sdk loop per sample, 1.10x the best peer's ratio",
        "mediflow dflt: 1.200x the sdk loop per teacher call, 1.20x the best peer's ratio",
        "best peer that screens or dedups, like pd and dflt (of distilabel+dedup, curator+screen): "
        "curator+screen at 0.500x the sdk loop",
        "mediflow pd: 2.20x that like-for-like peer's ratio (per sample)",
        "mediflow dflt: 2.40x that like-for-like peer's ratio (per teacher call)",
        "(issue 16's target: >= 1.8x the best peer's ratio at 64 in flight)",
    ]
    # A failed side drops out of both comparisons; so does a failed mediflow side.
    lines = peer_summary(16, best, {"curator+screen": "exited 1", "dflt": "x"}, peers)
    assert lines[2].endswith("(of distilabel+dedup): distilabel+dedup at 0.180x the sdk loop")
    assert lines[3] == "mediflow pd: 6.11x that like-for-like peer's ratio (per sample)"
    assert len(lines) == 4 and not any(line.startswith("mediflow dflt") for line in lines)
    lines = peer_summary(16, best, {}, ["curator"])
    assert lines[-1] == "no peer that screens or dedups measured: no like-for-like ratio"
    # With the teacher's latency: 64 calls in flight at 100 ms make 640 calls/s, 213.3 samples/s at 3
    # calls a sample (2.133x this sdk loop); 1.8x curator's 1.000x asks pd for 180 samples/s.
    lines = peer_summary(64, best, {}, peers, latency=0.1)
    assert lines[-3:] == [
        "teacher-bound ceiling for pd: 64 calls in flight / 100 ms / 3.00 calls a sample = 213.3 samples/s "
        "(2.133x the sdk loop); pd reached 52% of it",
        "1.8x the best peer's ratio asks pd for 180.0 samples/s: 84% of the ceiling",
        "(issue 16's target: >= 1.8x the best peer's ratio at 64 in flight)",
    ]
    best["curator"] = _best(125)  # a best peer at 1.25x the sdk loop: the target is past the ceiling
    assert peer_summary(64, best, {}, peers, latency=0.1)[-2].endswith(
        "asks pd for 225.0 samples/s: 105% of the ceiling"
    )
    assert peer_summary(16, best, {"curator": "x"}, ["curator"]) == [
        "no peer measured: no ratio over the best peer"
    ]


def test_screen_dedup_keeps_the_first_of_near_duplicates() -> None:
    """curator+screen's dedup: distilabel's character 5-grams, first seen kept, near copies flagged."""
    pytest.importorskip("datasketch")
    assert char_ngrams("abcdef") == {b"abcde", b"bcdef"} and char_ngrams("abc") == set()
    note = (
        "Patient seen in clinic for follow-up of type 2 diabetes. HbA1c 7.9 %, up from 7.1 % in spring. "
        "No hypoglycaemia reported. Feet examined: sensation intact, no ulcers. Metformin continued at "
        "1 g twice daily; empagliflozin 10 mg added. Review in three months with repeat HbA1c and eGFR."
    )
    rows = [
        {"instruction": "Summarise the note.", "input": note},
        {"instruction": "Summarise the note.", "input": note.replace("7.9", "7.8")},  # one character
        {"instruction": "List the drugs.", "input": "Discharged on apixaban 5 mg twice daily after AF."},
        {"instruction": "Summarise the note.", "input": note},
    ]
    assert _keep_verdicts(rows) == [True, False, True, False]


def test_screen_replicates_mediflows_presidio_analyzer() -> None:
    """The runner's copy of phi_presidio's analyzer (the peer venv cannot import mediflow) finds what
    mediflow's own finds, above the same score, on a text with several kinds of identifier."""
    pytest.importorskip("presidio_analyzer")
    from mediflow.quality.phi_presidio import MIN_SCORE, build_analyzer

    assert PRESIDIO_MIN_SCORE == MIN_SCORE
    text = (
        "Seen 03/04/2024. Call (617) 555-0142 or write to j.doe@mailhost.org; portal https://mychart.example.com, "
        "host 10.2.3.4, card 4111 1111 1111 1111, device 00:1A:2B:3C:4D:5E, medical license BB1234567."
    )
    mine, theirs = _presidio_analyzer(), build_analyzer()

    def found(analyzer: object) -> list[tuple[str, int, int]]:
        hits = analyzer.analyze(  # type: ignore[attr-defined]
            text=text, language="en", entities=list(PRESIDIO_ENTITIES), score_threshold=PRESIDIO_MIN_SCORE
        )
        return sorted((h.entity_type, h.start, h.end) for h in hits)

    assert found(mine) == found(theirs)
    counts = _phi_counts(mine, {"instruction": "Summarise.", "input": text, "output": "No identifiers here."})
    assert {"EMAIL_ADDRESS", "IP_ADDRESS", "CREDIT_CARD", "MAC_ADDRESS"} <= set(counts)
    assert _phi_counts(mine, {"instruction": "Call 3.", "input": "finding finding finding"}) == {}
