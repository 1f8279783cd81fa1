"""PIT from a corpus, all the way: upload documents, generate task data over them, export it for
pre-instruction tuning, then (with --base-model) train an expert and score every stage, all with the SDK.

    export MEDIFLOW_API_URL=http://127.0.0.1:8000 MEDIFLOW_API_KEY=mfk_...
    python examples/pit_corpus.py notes.jsonl --text-field text -n 40 --base-model smollm2

The export (stage1/ task data, stage2/ task data + documents) is what a recipe's `experts` name by
`export_id`. --base-model is a model directory under the server's models root (`mediflow models
import` or `mediflow models import-embedded` put one there); the script imports it for your project
(POST /v1/models), runs PIT stage 1 → stage 2 → SLERP into the base on a `training` worker
(POST /v1/training-runs), then scores the base and every model the run made on the bundled task suite
(POST /v1/evaluations) and prints the scores per stage. --steps caps each training phase (smoke runs).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mediflow.client import Client
from mediflow.schemas.base_models import BaseModelPublic
from mediflow.schemas.exports import ExportPublic


def pit_export(
    api: Client, documents: Path, text_field: str, n: int, model: str, name: str = "notes"
) -> ExportPublic:
    corpus = next((c for c in api.list_corpora().items if c.name == name), None) or api.create_corpus(
        {"name": name}
    )
    with documents.open("rb") as fh:
        added = api.add_documents(corpus.id, fh, filename=documents.name, text_field=text_field)
    print(f"corpus {corpus.id}: {added.added} new documents, {added.corpus.stats.documents} in all")
    job = api.create_job(
        {
            "kind": "pit",
            "corpus_id": corpus.id,
            "n_samples": n,
            "pit": {"tasks": ["qa", "summary"], "chunk_tokens": 256},
            "teacher": {"backend": "openai", "model": model},
        }
    )
    job = api.wait_job(job.id, poll_s=0.5)
    print(f"pit job {job.status}: {job.counts.done} rows kept of {job.counts.planned}")
    # A validation split for the trainer's losses; 0.25 keeps it non-empty on a small corpus.
    body = {"format": "pit", "corpus_ids": [corpus.id], "splits": {"train": 0.75, "validation": 0.25}}
    export = api.wait_export(api.create_export(body).id, poll_s=0.5)
    if export.status != "completed":
        raise SystemExit(f"export {export.status}: {export.error}")
    print(f"pit export {export.id}: {export.counts and export.counts.get('splits')}")
    return export


def import_base_model(api: Client, path: str) -> BaseModelPublic:
    """The project's import of ``path`` (under the server's models root), made once."""
    name = Path(path).name
    known = next((m for m in api.list_models().items if m.name == name), None)
    return known or api.import_model({"path": path, "name": name})


def expert_recipe(base_model: str, export_id: str, steps: int | None) -> dict[str, Any]:
    """One PIT expert on the export (the paper's two stages), SLERPed back into the base."""

    def phase(epochs: int, lr: float) -> dict[str, Any]:
        return {
            "epochs": epochs,
            "learning_rate": lr,
            "batch_size": 4,
            "max_length": 256,
            "precision": "fp32",
            "max_steps": steps,
        }

    return {
        "name": "pit-example",
        "base_model": base_model,
        "device": "cpu",
        "threads": 1,
        "experts": [{"name": "notes", "export_id": export_id}],
        "pit": {"stage1": phase(1, 1e-4), "stage2": phase(2, 3e-4)},
        "slerp": {"ratios": [0.25], "dtype": "float32"},
        "evaluate": {"max_eval_rows": 8, "generation_prompts": 0, "max_length": 256},
    }


def train_and_evaluate(api: Client, base: BaseModelPublic, export: ExportPublic, steps: int | None) -> None:
    run = api.create_run({"recipe": expert_recipe(base.base_model, export.id, steps)})
    print(f"training run {run.id} queued: {run.recipe['experts'][0]['path']}")
    run = api.wait_run(run.id, poll_s=1.0)
    if run.status != "completed":
        raise SystemExit(f"training run {run.status}: {run.error}")
    print("validation loss per stage (pit-notes export):")
    for step, metrics in run.metrics.items():
        if step.startswith("eval-"):
            losses = {name: s.get("loss") for name, s in metrics["exports"].items()}
            print(f"  {step.removeprefix('eval-'):<12} {losses}")
    models = [{"label": "base", "path": base.base_model}]
    models += [{"label": step, "training_run_id": run.id, "step": step} for step in run.artifacts]
    evaluation = api.create_evaluation(
        {
            "models": models,
            "suite": "bundled",
            "options": {"max_items_per_task": 2, "max_new_tokens": 16, "batch_size": 8},
        }
    )
    evaluation = api.wait_evaluation(evaluation.id, poll_s=1.0)
    if evaluation.status != "completed":
        raise SystemExit(f"evaluation {evaluation.status}: {evaluation.error}")
    print(f"task scores per stage (evaluation {evaluation.id}, bundled suite, 0-100):")
    for label, scores in evaluation.results.items():
        tasks = " ".join(f"{task}={score.score:.1f}" for task, score in scores.tasks.items())
        average = "-" if scores.average is None else f"{scores.average:.1f}"
        print(f"  {label:<12} average {average}  {tasks}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("documents", type=Path, help=".jsonl, .txt or .parquet")
    parser.add_argument("--text-field", default="text")
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--out", type=Path, default=Path("example-pit"))
    parser.add_argument(
        "--base-model", default=None, help="Train on this model (a directory under the models root)"
    )
    parser.add_argument("--steps", type=int, default=None, help="At most this many steps per phase")
    args = parser.parse_args(argv)
    with Client() as api:
        export = pit_export(api, args.documents, args.text_field, args.n, args.model)
        print(f"pit dataset: {api.unpack_export_to(export.id, args.out)}")
        if args.base_model is not None:
            base = import_base_model(api, args.base_model)
            print(f"base model {base.name}: {base.architecture}, base_model {base.base_model}")
            train_and_evaluate(api, base, export, args.steps)


if __name__ == "__main__":
    main()
