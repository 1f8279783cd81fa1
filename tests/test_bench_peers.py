"""bench.peers' workload and the JSON protocol of its peer runner (no peer installed, no network)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.peer_runner import (
    DEDUP_KEEP,
    SpecError,
    _complete,
    _split,
    check_result,
    check_spec,
    render,
)
from bench.peer_runner import (
    PEERS as RUNNER_PEERS,
)
from bench.peers import PEERS, RUNNER, parse_args, peer_rows, peer_spec
from bench.teacher_overhead import workload_rows
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
