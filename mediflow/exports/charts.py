"""PNG charts for the dataset card: task distribution bars and judge-score histograms.

``matplotlib.figure.Figure`` renders with the Agg canvas without touching pyplot's global state, so
this is safe in worker threads and needs no display.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from matplotlib.figure import Figure


def bar_chart(counts: Counter[str], title: str, path: Path) -> Path:
    items = counts.most_common()
    fig = Figure(figsize=(8, max(2.5, 0.3 * len(items) + 1)))
    ax = fig.add_subplot()
    ax.barh([k for k, _ in reversed(items)], [v for _, v in reversed(items)], color="#3b7dd8")
    ax.set_title(title)
    ax.set_xlabel("rows")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    return path


def score_histograms(scores: dict[str, Counter[float]], path: Path) -> Path | None:
    """One histogram per judge criterion; None when no row has a judge score."""
    scored = {c: s for c, s in scores.items() if s}
    if not scored:
        return None
    fig = Figure(figsize=(3.2 * len(scored), 2.8))
    for i, (criterion, counter) in enumerate(scored.items(), start=1):
        ax = fig.add_subplot(1, len(scored), i)
        values = sorted(counter)
        ax.bar(values, [counter[v] for v in values], width=0.08 if len(values) > 5 else 0.4, color="#d8733b")
        ax.set_title(criterion)
        ax.set_xlabel("score")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    return path


def instruction_map(points: list[tuple[float, float]], task_types: list[str], path: Path) -> Path | None:
    """Instructions in 2-D (PCA of sentence embeddings), one colour per task type."""
    if len(points) < 3:
        return None
    fig = Figure(figsize=(8, 6))
    ax = fig.add_subplot()
    for task in sorted(set(task_types)):
        xs = [p[0] for p, t in zip(points, task_types, strict=True) if t == task]
        ys = [p[1] for p, t in zip(points, task_types, strict=True) if t == task]
        ax.scatter(xs, ys, s=10, alpha=0.7, label=task)
    ax.set_title("instructions by task type (PCA of all-MiniLM-L6-v2 embeddings)")
    ax.legend(fontsize=6, markerscale=1.5, loc="best")
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    return path
