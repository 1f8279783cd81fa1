"""What the console's pages show, computed from service results (pure functions, no I/O)."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from markupsafe import Markup, escape

from mediflow.api.ui import charts
from mediflow.schemas.jobs import GenerationJobPublic
from mediflow.schemas.report import JobReport

PAGE_ROWS = 50  # rows per page in the sample browser: never more are loaded


def job_live(job: GenerationJobPublic, now: datetime) -> dict[str, Any]:
    """Progress with the rate (rows a second since it started), ETA and cost so far."""
    c = job.counts
    finished = c.planned - c.pending
    rate = eta = None
    if job.started_at is not None and finished:
        end = job.finished_at or now
        elapsed = max((end - job.started_at).total_seconds(), 1e-3)
        rate = finished / elapsed
        eta = c.pending / rate if c.pending and job.finished_at is None else None
    return {
        "id": job.id,
        "status": job.status,
        "progress": job.progress,
        "percent": round(job.progress * 100, 1),
        "planned": c.planned,
        "finished": finished,
        "done": c.done,
        "failed": c.failed,
        "gated": c.filtered + c.duplicate + c.phi,
        "rate": round(rate, 2) if rate is not None else None,
        "eta_s": round(eta) if eta is not None else None,
        "cost": job.tokens.cost,
    }


def report_charts(report: JobReport) -> dict[str, Markup]:
    """The coverage report as charts: heat map, judge histograms, failure reasons, PHI per category."""
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for cell in report.cells:
        key = (cell.task_type, f"level {cell.difficulty_level}")
        cells[key][0] += cell.planned
        cells[key][1] += cell.kept
    rows = sorted({t for t, _ in cells})
    cols = sorted({d for _, d in cells})
    out = {
        "heatmap": charts.heatmap(
            rows,
            cols,
            {k: (v[0], v[1]) for k, v in cells.items()},
            "Kept of planned rows per task type and difficulty level",
        ),
        "failures": charts.bar_chart(
            [(f"{f.status}: {f.reason or f.stage or 'n/a'}", f.count) for f in report.failures if f.count],
            "Rows not kept, by reason",
        ),
        "phi": charts.bar_chart(
            sorted(report.phi.items(), key=lambda kv: -kv[1]), "PHI findings per identifier type"
        ),
    }
    for name, dist in report.judge.items():
        out[f"judge_{name}"] = charts.histogram(dist.histogram, f"{name} (judge median)")
    return out


def highlight(text: str | None, spans: Sequence[tuple[int, int, str]]) -> Markup:
    """The text, escaped, with each PHI span in a <mark> naming its type."""
    if not text:
        return Markup("")
    parts: list[str] = []
    cursor = 0
    for start, end, kind in sorted(spans):
        if start < cursor:
            continue
        parts.append(str(escape(text[cursor:start])))
        parts.append(
            f'<mark class="phi" title="PHI: {escape(kind)}"><span class="visually-hidden">PHI {escape(kind)}: '
            f"</span>{escape(text[start:end])}</mark>"
        )
        cursor = end
    parts.append(str(escape(text[cursor:])))
    return Markup("".join(parts))


def judge_votes(checks: dict[str, Any] | None) -> list[dict[str, Any]]:
    """Per criterion: the median, the votes and their spread, from the judge's stored details."""
    stats = ((checks or {}).get("judge") or {}).get("stats") or {}
    return [
        {"criterion": name, "median": s.get("median"), "votes": s.get("votes", []), "spread": s.get("spread")}
        for name, s in stats.items()
    ]


_STEP = re.compile(r"train_step (\S+) (\{.*\})\s*$")


def loss_series(log: str) -> dict[str, list[tuple[float, float]]]:
    """Training loss per step, per recipe step, from the run's train.log event lines."""
    series: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for line in log.splitlines():
        m = _STEP.search(line)
        if not m:
            continue
        try:
            fields = ast.literal_eval(m.group(2))
        except (ValueError, SyntaxError):
            continue
        if isinstance(fields, dict) and fields.get("loss") is not None and fields.get("step") is not None:
            series[m.group(1)].append((float(fields["step"]), float(fields["loss"])))
    return dict(series)


def duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    s = int(seconds)
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m {s % 60:02d}s"
    return f"{s // 3600}h {s % 3600 // 60:02d}m"
