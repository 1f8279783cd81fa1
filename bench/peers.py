"""mediflow against the open-source generators a user would otherwise pick, side by side in one run.

The workload is ``bench.teacher_overhead``'s: a loopback OpenAI-compatible teacher in its own process
(100 ms a call), three chained calls per sample with mediflow's own prompts (document, instruction,
answer; ``max_tokens`` 512, temperature 0.7), the same samples (plan and seed) on every side, and at most
``level`` calls in flight on every side. For each level the sides run alternating, best of ``--repeat``:

- sdk / bare: ``teacher_overhead``'s asyncio loops (``chat.completions.create`` + a semaphore; the
  strict lean loop);
- peers, each pip-installed at a pinned version into its own venv under ``.bench/peers/<name>/``
  (gitignored, reused when its pins match) and run there as a subprocess (``bench/peer_runner.py``) that
  reports samples, wall time and CPU time back as JSON. Telemetry, hub and cost-map downloads are off,
  and each run gets a fresh working directory with the peer's cache off, so nothing is reused:
  - distilabel: a ``Pipeline`` of ``LoadDataFromDicts`` >> one ``Task`` per stage with ``OpenAILLM``
    on the teacher's base_url. Its concurrency is each task's ``input_batch_size`` (a batch is one
    ``asyncio.gather``; each step is a process), so ``level`` is split among the three steps; raw
    input/output columns off. ``distilabel+dedup`` adds its ``MinHashDedup`` over instruction + input;
  - curator: one ``curator.LLM`` per stage (``backend="openai"``, ``base_url`` and
    ``max_concurrent_requests=level`` in ``backend_params``, rate limits lifted), each run over the
    previous stage's dataset, as its docs chain calls. ``curator+screen`` adds what a curator user adds
    for mediflow's default guarantees (curator has neither): Presidio's analyzer over every generated
    instruction, input and output (the offline pattern recognizers mediflow's ``phi_presidio`` loads,
    on a blank spaCy pipeline), then datasketch MinHash LSH near-duplicate removal over instruction +
    input with distilabel+dedup's settings; both inside the timed run, in the runner's process;
- not measured: DataDreamer (``datadreamer-dev`` 0.46) requires torch, bitsandbytes, ctransformers,
  faiss, setfit and trl 0.9.6 for any pipeline: an unpinned torch pulls a multi-GB CUDA build, not a
  cheap peer for an OpenAI-compatible loop;
- mediflow: ``pd`` (the job with PHI screening and dedup on, the judge off: 3 calls per sample,
  compared per sample) and ``dflt`` (every quality default, the judge too: ~8 calls per sample,
  compared per teacher call), through the REST API and a worker as a user submits them.

It prints, per level, each side's samples/s, teacher calls per sample and the most calls the teacher
held at once (both counted by the teacher: a cached or over-concurrent side shows), its ratio to the
sdk loop, and the client CPU per sample (loops: this process; peers: the runner and its children;
mediflow: API, worker and polling). Then the best peer and mediflow's ratio over it (issue 16 asks for
>= 1.8x at 64 in flight), and mediflow's ratio over the best peer that does the quality work pd and dflt
do (``distilabel+dedup``, ``curator+screen``): the like-for-like comparison; and the teacher-bound
ceiling (the calls in flight over the latency, over pd's calls per sample: what no client can pass) with
the share of it that 1.8x the best peer asks of pd. A peer's time is its
pipeline call (interpreter start and imports excluded, distilabel's step start-up included); a job's is
its worker's, from start to finish.

    python -m bench.peers [--levels 16 64] [--repeat 2] [--seconds 4] [--peers distilabel curator]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import string
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.peer_runner import PEER_VARIANTS, PROTOCOL, QUALITY_VARIANTS, check_result
from bench.procs import load_average
from bench.teacher_overhead import (
    JOB_SIDES,
    Best,
    Run,
    job_sides,
    loop_sides,
    measure,
    peak_in_flight,
    reset_peak,
    running_bench,
    teacher_calls,
    workload_rows,
    workload_size,
)
from mediflow.generators.stages import GENERATION_STAGES, Stage, answer_key, get_prompt_stage

ROOT = Path(__file__).resolve().parent.parent
PEER_HOME = ROOT / ".bench" / "peers"
RUNNER = Path(__file__).resolve().parent / "peer_runner.py"
MAX_TOKENS, TEMPERATURE, MODEL = 512, 0.7, "loopback"  # as bare_loop's calls
# Every peer runs with these: no telemetry, no hub, no cost-map download, no result cache, quiet logs.
OFFLINE_ENV = {
    "HF_HUB_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "DO_NOT_TRACK": "1",
    "TELEMETRY_ENABLED": "false",  # curator's posthog client
    "CURATOR_DISABLE_CACHE": "1",
    "CURATOR_DISABLE_RICH_DISPLAY": "1",
    "LITELLM_LOCAL_MODEL_COST_MAP": "True",  # litellm (curator imports it) fetches its cost map otherwise
    "NO_PROXY": "127.0.0.1,localhost",
    "DISTILABEL_LOG_LEVEL": "WARNING",  # its INFO logs a line per request from every step process
}


@dataclass(frozen=True)
class Peer:
    """A generator measured against mediflow: pinned requirements, the variants its runner implements."""

    name: str
    requirements: tuple[str, ...]

    @property
    def variants(self) -> tuple[str, ...]:
        return PEER_VARIANTS[self.name]

    @property
    def venv(self) -> Path:
        return PEER_HOME / self.name

    @property
    def python(self) -> Path:
        return self.venv / "bin" / "python"

    def side(self, variant: str) -> str:
        return self.name if variant == "plain" else f"{self.name}+{variant}"


PEERS = {
    p.name: p
    for p in (
        # distilabel imports requests without declaring it; its MinHashDedup fails on datasketch 2
        # ("'MinHashLSH' has no attribute '_require_bytes_keys'"): the release before it.
        Peer("distilabel", ("distilabel[openai]==1.5.3", "datasketch==1.6.5", "requests==2.32.5")),
        # curator+screen's Presidio (its pattern recognizers over a blank spaCy pipeline, as mediflow's
        # phi_presidio builds it) and datasketch; spacy and tldextract are imported by the runner itself.
        Peer(
            "curator",
            (
                "bespokelabs-curator==0.1.31",
                "presidio-analyzer==2.2.366",
                "spacy==3.8.14",
                "tldextract==5.4.0",
                "datasketch==2.0.0",
            ),
        ),
    )
}


class PeerError(RuntimeError):
    """A peer that could not be installed or did not finish a run; the message says why."""


def ensure_venv(peer: Peer) -> None:
    """Create the peer's venv and pip-install its pins, unless a venv with exactly these pins is there."""
    marker = peer.venv / ".pins"
    pins = "\n".join(peer.requirements)
    if marker.exists() and marker.read_text() == pins and peer.python.exists():
        return
    peer.venv.parent.mkdir(parents=True, exist_ok=True)
    steps = [
        [sys.executable, "-m", "venv", str(peer.venv)],
        [str(peer.python), "-m", "pip", "install", "--quiet", *peer.requirements],
    ]
    for cmd in steps:
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            raise PeerError(f"{peer.name}: `{' '.join(cmd)}` failed: {(done.stderr or done.stdout)[-2000:]}")
    marker.write_text(pins)


def template_fields(stage: Stage) -> set[str]:
    t = stage.template
    return {f for text in (t.system, t.user) for _, f, _, _ in string.Formatter().parse(text) if f}


def stage_specs() -> list[dict[str, str]]:
    stages = [get_prompt_stage(s) for s in GENERATION_STAGES]
    return [
        {
            "name": s.name,
            "system": s.template.system,
            "user": s.template.user,
            "output_column": s.output_column,
        }
        for s in stages
    ]


def peer_rows(n: int, seed: int) -> list[dict[str, Any]]:
    """The same samples as the loops', as the columns the templates read (``answer_key`` filled in).

    A stage whose reply must be JSON (a planted error, a json answer) would need mediflow's parser: the
    workload has none, and this refuses one rather than compare unlike work.
    """
    stages = [get_prompt_stage(s) for s in GENERATION_STAGES]
    produced = {s.output_column for s in stages}
    wanted = set().union(*(template_fields(s) for s in stages)) - produced
    rows = []
    for ctx in workload_rows(n, seed):
        if any(s.wants_json(ctx) for s in stages):
            raise ValueError(
                f"sample {ctx['index']} asks for a JSON reply; the peers' workload is plain text"
            )
        full = {**ctx, "answer_key": answer_key(ctx)}
        rows.append({k: full[k] for k in sorted(wanted)})
    return rows


def peer_spec(
    peer: str, variant: str, base_url: str, n: int, level: int, seed: int, work: Path
) -> dict[str, Any]:
    return {
        "protocol": PROTOCOL,
        "peer": peer,
        "variant": variant,
        "base_url": base_url,
        "model": MODEL,
        "concurrency": level,
        "max_tokens": MAX_TOKENS,
        "temperature": TEMPERATURE,
        "work_dir": str(work),
        "stages": stage_specs(),
        "rows": peer_rows(n, seed),
    }


@dataclass
class PeerRun:
    """A peer side's runs: its last result and every failure (a side that failed prints why)."""

    peer: Peer
    variant: str
    tmp: Path
    base_url: str
    last: dict[str, Any] = field(default_factory=dict)
    runs: int = 0

    def __call__(self, n: int, level: int, seed: int) -> float:
        self.runs += 1
        work = self.tmp / f"{self.peer.side(self.variant)}-{self.runs}"
        work.mkdir(parents=True)
        spec_path, out_path, log_path = work / "spec.json", work / "result.json", work / "peer.log"
        spec = peer_spec(self.peer.name, self.variant, self.base_url, n, level, seed, work / "run")
        spec_path.write_text(json.dumps(spec))
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "LANG": "C.UTF-8",
            "HOME": str(work / "home"),  # caches under ~ start empty too
            **OFFLINE_ENV,
        }
        with log_path.open("w") as log:
            # Its own session: on a timeout the peer's step processes go with it (killed by group id).
            proc = subprocess.Popen(
                [str(self.peer.python), str(RUNNER), str(spec_path), str(out_path)],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                start_new_session=True,
            )
            try:
                returncode = proc.wait(timeout=max(600.0, n / 2))
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
                raise PeerError(f"{self.peer.side(self.variant)} timed out; its log: {log_path}") from None
        if returncode or not out_path.exists():
            tail = log_path.read_text()[-1500:]
            raise PeerError(f"{self.peer.side(self.variant)} exited {returncode}: {tail}")
        result = check_result(json.loads(out_path.read_text()))
        if result["samples"] != n:
            raise PeerError(f"{self.peer.side(self.variant)} returned {result['samples']} of {n} samples")
        self.last = result
        return float(n / result["wall_s"])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--latency", type=float, default=0.1, help="Teacher latency per call, seconds")
    parser.add_argument("--levels", type=int, nargs="+", default=[16, 64], help="Calls in flight")
    parser.add_argument("--seconds", type=float, default=4.0, help="Target duration of an ideal run")
    parser.add_argument("--repeat", type=int, default=2, help="Alternating runs per side; the best counts")
    parser.add_argument("--db", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--peers", nargs="+", choices=sorted(PEERS), default=sorted(PEERS))
    parser.add_argument(
        "--no-dedup",
        action="store_true",
        help=f"Skip the peers' screening and dedup variants ({', '.join(quality_sides())})",
    )
    args = parser.parse_args(argv)
    if min(args.levels) < len(GENERATION_STAGES) or args.repeat < 1:
        parser.error(
            f"every level must be at least {len(GENERATION_STAGES)} (a call per chained stage: distilabel "
            "splits the level among its steps) and --repeat at least 1"
        )
    return args


def main() -> None:
    args = parse_args()
    peers = []
    for name in args.peers:
        try:
            ensure_venv(PEERS[name])
            peers.append(PEERS[name])
        except PeerError as exc:
            print(f"not measured: {exc}", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="mediflow-peers-"))
    with running_bench(args.latency, args.db, workers=1) as bench:
        print(
            f"teacher latency {args.latency * 1000:.0f} ms per call, 3 chained calls per sample, mediflow's "
            f"prompts; db={args.db}; load average {load_average()}",
            flush=True,
        )
        bench.warm_up(defaults=True)
        sides: dict[str, Run] = {**loop_sides(bench.base_url), **job_sides(bench, True, lean_job=False)}
        peer_runs: dict[str, PeerRun] = {}
        for peer in peers:
            for variant in peer.variants:
                if variant in QUALITY_VARIANTS and args.no_dedup:
                    continue
                run = PeerRun(peer, variant, tmp, bench.base_url)
                try:
                    run(8, 4, 997)  # warm-up: imports compiled, the venv's pages cached
                except PeerError as exc:
                    print(f"not measured: {exc}", flush=True)
                    continue
                print(
                    f"{peer.side(variant)} {run.last['version']} (pinned in {peer.venv}){checks_text(run.last)}",
                    flush=True,
                )
                peer_runs[peer.side(variant)] = run
                sides[peer.side(variant)] = run
        for level in args.levels:
            n = workload_size(level, args.latency, args.seconds)
            best = {name: Best() for name in sides}
            peak = dict.fromkeys(sides, 0)
            failed: dict[str, str] = {}
            for rep in range(args.repeat):
                for name, run in sides.items():
                    if name in failed:
                        continue
                    reset_peak(bench.tmp)
                    try:
                        if name in peer_runs:
                            calls = teacher_calls(bench.tmp)
                            rate = run(n, level, level + rep)
                            used = float(peer_runs[name].last["cpu_s"])
                            measured = (rate, used, teacher_calls(bench.tmp) - calls)
                        else:
                            pids = bench.job_pids if name in JOB_SIDES else ()
                            measured = measure(bench.tmp, run, (n, level, level + rep), *pids)
                    except (PeerError, RuntimeError) as exc:
                        failed[name] = str(exc)
                        continue
                    best[name].add(n, *measured)
                    peak[name] = max(peak[name], peak_in_flight(bench.tmp))
            report(level, n, args.repeat, best, peak, failed, peer_runs, args.latency)
        print(f"load average at the end {load_average()}")


def report(
    level: int,
    n: int,
    repeat: int,
    best: dict[str, Best],
    peak: dict[str, int],
    failed: dict[str, str],
    peers: dict[str, PeerRun],
    latency: float,
) -> None:
    sdk = best["sdk"]
    print(f"\n{level} calls in flight, {n} samples a run, best of {repeat}:")
    print(f"{'side':>17} {'samples/s':>10} {'calls/smp':>10} {'peak':>5} {'x sdk':>7} {'cpu ms/smp':>11}")
    for name, b in best.items():
        if name in failed:
            print(f"{name:>17} failed: {failed[name][-400:]}")
            continue
        # dflt makes more calls per sample (the judge): its ratio is per teacher call, the others' per sample
        ratio = b.call_rate / sdk.call_rate if name == "dflt" else b.rate / sdk.rate
        per = " per call" if name == "dflt" else ""
        print(
            f"{name:>17} {b.rate:>10.1f} {b.calls_per_sample:>10.2f} {peak[name]:>5} {ratio:>7.3f} "
            f"{b.cpu_ms:>11.2f}{per}"
        )
    for name, run in peers.items():
        if name not in failed and run.last.get("checks"):
            print(f"{name:>17} last run: {n} samples{checks_text(run.last)}")
    for line in peer_summary(level, best, failed, list(peers), latency):
        print(line)


def quality_sides() -> list[str]:
    """The peer sides that screen for PHI or remove near duplicates, as mediflow's pd and dflt jobs do."""
    return [p.side(v) for p in PEERS.values() for v in p.variants if v in QUALITY_VARIANTS]


def checks_text(result: dict[str, Any]) -> str:
    checks = result.get("checks") or {}
    return "".join(f", {k.replace('_', ' ')} {v}" for k, v in checks.items())


TARGET_OVER_BEST_PEER = 1.8  # issue 16: pd's ratio to the sdk loop over the best peer's, at 64 in flight


def peer_summary(
    level: int,
    best: dict[str, Best],
    failed: dict[str, str],
    peer_sides: list[str],
    latency: float | None = None,
) -> list[str]:
    """mediflow's pd and dflt over the best peer of every side, then over the best peer side that does the
    quality work they do (``distilabel+dedup``, ``curator+screen``): issue 16 compares like with like.

    With the teacher's ``latency``, also what no client can beat: ``level`` calls always in flight, each
    taking ``latency``, make ``level / latency`` calls a second, so pd (at its measured calls per sample)
    can make at most that over its calls per sample; and the share of that ceiling which the target
    (1.8x the best peer's ratio) asks of pd. When the best peer runs near the sdk loop's pace the target
    can lie above the ceiling, and no client reaches it."""
    measured = [p for p in peer_sides if p not in failed]
    if not measured or "sdk" in failed:
        return ["no peer measured: no ratio over the best peer"]
    sdk = best["sdk"]
    mine = {
        name: best[name].call_rate / sdk.call_rate if name == "dflt" else best[name].rate / sdk.rate
        for name in ("pd", "dflt")
        if name in best and name not in failed
    }
    top = max(measured, key=lambda p: best[p].rate)
    top_ratio = best[top].rate / sdk.rate
    lines = [f"best peer: {top} at {top_ratio:.3f}x the sdk loop (of every peer side)"]
    for name, unit in (("pd", "per sample"), ("dflt", "per teacher call")):
        if name in mine:
            lines.append(
                f"mediflow {name}: {mine[name]:.3f}x the sdk loop {unit}, "
                f"{mine[name] / top_ratio:.2f}x the best peer's ratio"
            )
    screening = [p for p in measured if p in quality_sides()]
    if not screening:
        lines.append("no peer that screens or dedups measured: no like-for-like ratio")
    else:
        like = max(screening, key=lambda p: best[p].rate)
        like_ratio = best[like].rate / sdk.rate
        lines.append(
            f"best peer that screens or dedups, like pd and dflt (of {', '.join(screening)}): "
            f"{like} at {like_ratio:.3f}x the sdk loop"
        )
        for name, unit in (("pd", "per sample"), ("dflt", "per teacher call")):
            if name in mine:
                lines.append(
                    f"mediflow {name}: {mine[name] / like_ratio:.2f}x that like-for-like peer's ratio ({unit})"
                )
    if latency and "pd" in mine and best["pd"].calls_per_sample > 0:
        ceiling = level / latency / best["pd"].calls_per_sample
        need = TARGET_OVER_BEST_PEER * top_ratio * sdk.rate
        lines.append(
            f"teacher-bound ceiling for pd: {level} calls in flight / {latency * 1000:.0f} ms / "
            f"{best['pd'].calls_per_sample:.2f} calls a sample = {ceiling:.1f} samples/s "
            f"({ceiling / sdk.rate:.3f}x the sdk loop); pd reached {best['pd'].rate / ceiling:.0%} of it"
        )
        lines.append(
            f"{TARGET_OVER_BEST_PEER}x the best peer's ratio asks pd for {need:.1f} samples/s: "
            f"{need / ceiling:.0%} of the ceiling"
        )
    if level >= 64:
        lines.append(
            f"(issue 16's target: >= {TARGET_OVER_BEST_PEER}x the best peer's ratio at 64 in flight)"
        )
    return lines


if __name__ == "__main__":
    main()
