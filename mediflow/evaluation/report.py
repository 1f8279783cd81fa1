"""Models side by side: one table of task scores (Markdown and JSON) and a PNG chart."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def comparison(results: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """``results``: model label → harness result, in display order. Returns tasks x models."""
    tasks: list[str] = []
    for r in results.values():
        tasks += [t for t in r["tasks"] if t not in tasks]
    rows = {t: {m: r["tasks"].get(t, {}).get("score") for m, r in results.items()} for t in tasks}
    return {
        "models": list(results),
        "tasks": rows,
        "average": {m: r.get("average") for m, r in results.items()},
    }


def markdown_table(table: dict[str, Any]) -> str:
    models = table["models"]
    lines = ["| task | " + " | ".join(models) + " |", "| --- |" + " ---: |" * len(models)]
    for task, scores in table["tasks"].items():
        lines.append(f"| {task} | " + " | ".join(_fmt(scores[m]) for m in models) + " |")
    lines.append("| **average** | " + " | ".join(f"**{_fmt(table['average'][m])}**" for m in models) + " |")
    return "\n".join(lines) + "\n"


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def chart(table: dict[str, Any], out: Path, title: str = "Task scores") -> Path:
    """Grouped bars: one group per task plus the average, one bar per model."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    models = table["models"]
    labels = [*table["tasks"], "average"]
    values = {
        m: [table["tasks"][t][m] or 0.0 for t in table["tasks"]] + [table["average"][m] or 0.0]
        for m in models
    }
    width = 0.8 / max(len(models), 1)
    fig, ax = plt.subplots(figsize=(max(8, len(labels) * 0.9), 4.5))
    for k, model in enumerate(models):
        xs = [i + k * width for i in range(len(labels))]
        ax.bar(xs, values[model], width, label=model)
    ax.set_xticks([i + 0.4 - width / 2 for i in range(len(labels))])
    ax.set_xticklabels(labels, rotation=40, ha="right", fontsize=8)
    ax.set_ylabel("score (0-100)")
    ax.set_title(title)
    ax.legend(fontsize=7, ncol=min(len(models), 4))
    fig.tight_layout()
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=100)
    plt.close(fig)
    return out


def write_report(
    results: dict[str, dict[str, Any]], out_dir: Path, title: str = "Task scores"
) -> dict[str, str]:
    """report.md, report.json and chart.png under ``out_dir``; returns their paths."""
    import json

    table = comparison(results)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.md").write_text(f"# {title}\n\n" + markdown_table(table), encoding="utf-8")
    (out_dir / "report.json").write_text(json.dumps(table, indent=2), encoding="utf-8")
    chart(table, out_dir / "chart.png", title)
    return {
        k: str(out_dir / f)
        for k, f in (("markdown", "report.md"), ("json", "report.json"), ("chart", "chart.png"))
    }
