"""The dataset card (README.md) of an export: provenance, counts, charts, license, synthetic notice."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mediflow.core.errors import UnavailableError
from mediflow.exports.charts import bar_chart, instruction_map, score_histograms
from mediflow.exports.stats import ExportStats
from mediflow.schemas.exports import ExportCreate

SYNTHETIC_NOTICE = (
    "**This dataset is synthetic.** Every row was written by a language model (the teacher models "
    "listed below) from prompts, or from the source documents of a corpus for PIT data. It contains no "
    "real patient records, may contain clinical errors, and must not be used for clinical decisions."
)


def write_card(
    out_dir: Path,
    export_id: str,
    spec: ExportCreate,
    stats: ExportStats,
    jobs: Mapping[str, Mapping[str, Any]],
    configs: list[dict[str, Any]],
) -> Path:
    """Write README.md and charts/*.png under ``out_dir``; ``jobs``: job id -> {kind, spec}."""
    charts = out_dir / "charts"
    charts.mkdir(parents=True, exist_ok=True)
    images = [
        ("Task distribution", bar_chart(stats.task_types, "rows per task type", charts / "task_types.png"))
    ]
    images.append(
        (
            "Document types",
            bar_chart(stats.document_types, "rows per document type", charts / "document_types.png"),
        )
    )
    histograms = score_histograms(stats.scores, charts / "judge_scores.png")
    parts = [
        _front_matter(spec, stats, configs),
        f"# mediflow export `{export_id}` ({spec.format})\n",
        f"> {SYNTHETIC_NOTICE}\n",
        _provenance(stats, jobs),
        _selection(spec),
        _counts(stats),
        _review(stats),
        "## Judge scores\n",
        f"![judge score histograms](charts/{histograms.name})\n"
        if histograms
        else "No row has judge scores.\n",
        *[f"## {title}\n\n![{title}](charts/{path.name})\n" for title, path in images],
        _diversity(out_dir, charts),
    ]
    path = out_dir / "README.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def _front_matter(spec: ExportCreate, stats: ExportStats, configs: list[dict[str, Any]]) -> str:
    """The card's YAML header through huggingface_hub's own card data class (the Hub's field rules)."""
    from huggingface_hub import DatasetCardData

    # The Hub wants a name for a custom license.
    license_name = (spec.license_name or "mediflow-synthetic") if spec.license == "other" else None
    data = DatasetCardData(
        license=spec.license,
        language=["en"],
        pretty_name=f"mediflow {spec.format} export",
        tags=["synthetic", "medical", "clinical", "mediflow"],
        size_categories=[_size_category(stats.rows)],
        configs=configs,
        license_name=license_name,
    )
    return "---\n" + data.to_yaml() + "\n---\n"


def _size_category(n: int) -> str:
    for limit, label in (
        (1_000, "n<1K"),
        (10_000, "1K<n<10K"),
        (100_000, "10K<n<100K"),
        (1_000_000, "100K<n<1M"),
    ):
        if n < limit:
            return label
    return "1M<n<10M"


def _provenance(stats: ExportStats, jobs: Mapping[str, Mapping[str, Any]]) -> str:
    lines = ["## How it was generated\n", "Teachers (backend/model: rows):\n"]
    lines += [f"- `{t}`: {n}" for t, n in stats.teachers.most_common()]
    lines += ["", "Prompt template versions:\n"]
    lines += [f"- `{stage}`: {', '.join(sorted(v))}" for stage, v in sorted(stats.prompt_versions.items())]
    lines += ["", "Generation jobs (rows in this export, then how each was made):\n"]
    for job_id, n in stats.jobs.most_common():
        job = jobs.get(job_id, {})
        lines.append(f"- `{job_id}` ({job.get('kind', '?')}): {n} rows")
        lines.append(f"  ```json\n  {json.dumps(public_spec(job.get('spec', {})), sort_keys=True)}\n  ```")
    return "\n".join(lines) + "\n"


# What a card may say about a teacher: its name, backend and model; never its URL, key or limits.
_TEACHER_FIELDS = ("name", "backend", "model", "temperature", "top_p", "max_tokens")


def public_teacher(teacher: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not teacher:
        return None
    return {k: teacher[k] for k in _TEACHER_FIELDS if teacher.get(k) is not None}


def public_spec(spec: Mapping[str, Any]) -> dict[str, Any]:
    """A job spec fit for a public card: teachers by name, no endpoints, budgets or corpus ids."""
    out = {k: v for k, v in spec.items() if k not in ("teacher", "budget", "quality", "corpus_id")}
    out["teacher"] = public_teacher(spec.get("teacher"))
    quality = spec.get("quality") or {}
    judge = quality.get("judge") or None
    if judge:
        out["judge"] = {"k": judge.get("k"), "teacher": public_teacher(judge.get("teacher"))}
    dpo = quality.get("dpo") or {}
    if dpo.get("enabled"):
        out["dpo"] = {
            "strategy": dpo.get("strategy"),
            "weaker_teacher": public_teacher(dpo.get("weaker_teacher")),
        }
    return out


def _selection(spec: ExportCreate) -> str:
    body = json.dumps(spec.model_dump(mode="json", exclude={"push_to_hub"}), indent=2, sort_keys=True)
    return (
        "## Selection and splits\n\nRows were selected and split with this export spec (splits are "
        "stratified by task type; near-duplicates, and all rows of one source document, share a split):"
        f"\n\n```json\n{body}\n```\n"
    )


def _table(title: str, counts: Counter[str]) -> str:
    rows = "\n".join(f"| {k} | {v} |" for k, v in sorted(counts.items()))
    return f"### {title}\n\n| {title.lower()} | rows |\n|---|---|\n{rows}\n"


def _review(stats: ExportStats) -> str:
    n = sum(stats.reviewed.values())
    outcomes = ", ".join(f"{v} {k}" for k, v in sorted(stats.reviewed.items()))
    return (
        f"## Human review\n\n{n} of {stats.rows} rows were reviewed by a person"
        + (f" ({outcomes}; {stats.edited} carry a reviewer's edit)" if n else "")
        + ".\n"
    )


def _counts(stats: ExportStats) -> str:
    parts = [
        f"## Counts\n\n{stats.rows} rows"
        + (f", {stats.documents} source documents" if stats.documents else "")
    ]
    parts += [
        _table("Split", stats.splits),
        _table("Task type", stats.task_types),
        _table("Document type", stats.document_types),
        _table("Difficulty level", stats.difficulty_levels),
        _table("Output format", stats.output_formats),
    ]
    return "\n".join(parts)


DIVERSITY_ROWS = 500  # the embedding pass is the card's only heavy step; a sample shows the spread


def _diversity(out_dir: Path, charts: Path) -> str:
    """Diversity metrics and the instruction map, for exports that carry instructions and task types."""
    try:
        from datasets import load_from_disk

        from mediflow.quality.diversity import diversity_metrics, embed, map_2d

        train = load_from_disk(str(out_dir))["train"]
    except (FileNotFoundError, KeyError, ImportError):
        return ""
    if not {"instruction", "task_type"} <= set(train.column_names) or len(train) == 0:
        return ""
    sample = train.select(range(min(len(train), DIVERSITY_ROWS)))
    instructions, tasks = list(sample["instruction"]), list(sample["task_type"])
    try:
        vectors = embed(instructions)
    except UnavailableError as exc:
        return f"## Diversity\n\nNot measured: {exc}\n"
    metrics = diversity_metrics(instructions, vectors).as_dict()
    rows = "\n".join(f"| {k} | {v} |" for k, v in metrics.items())
    points = [(float(x), float(y)) for x, y in map_2d(vectors)]
    chart = instruction_map(points, tasks, charts / "instruction_map.png")
    image = f"\n![instruction map](charts/{chart.name})\n" if chart else ""
    return (
        f"## Diversity\n\nInstructions of the first {len(instructions)} train rows, embedded with "
        "all-MiniLM-L6-v2 (offline): distinct-n over words, spread = mean cosine distance to the "
        "centroid, nn = cosine similarity to the nearest other instruction.\n\n"
        f"| metric | value |\n|---|---|\n{rows}\n{image}"
    )
