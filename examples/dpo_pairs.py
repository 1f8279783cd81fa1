"""DPO pairs by error injection → `dpo` export → SFT then DPO on a base model, all with the SDK.

    export MEDIFLOW_API_URL=http://127.0.0.1:8000 MEDIFLOW_API_KEY=mfk_...
    python examples/dpo_pairs.py -n 40 --model gpt-4o-mini --base-model smollm2

The job judges every row (the DPO split is the top-quality subset: judge medians ≥ --min-quality) and
has the teacher rewrite each kept answer with one deliberate error (`rejected_output`, `error_type`),
which the judge must confirm. The `dpo` export holds prompt/chosen/rejected; the `sft` export the
same rows' prompt/completion. With --base-model (a directory under the server's models root, see
`mediflow models import`) a `training` worker runs SFT → DPO on them (POST /v1/training-runs), the
same as

    mediflow train recipe.yaml   # the recipe this script prints, exports named by export_id
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import yaml

from mediflow.client import Client
from mediflow.schemas.exports import ExportPublic

SPLITS = {"train": 0.75, "validation": 0.25}  # the trainers read both; 0.25 keeps a small job's non-empty


def generate_pairs(api: Client, n: int, model: str, min_quality: float) -> str:
    job = api.create_job(
        {
            "n_samples": n,
            "task_types": ["question_answering", "summarization"],
            "output_formats": ["plain_text"],
            "teacher": {"backend": "openai", "model": model, "concurrency": 8},
            "quality": {
                "judge": {"k": 1},
                "dpo": {"enabled": True, "min_scores": {"quality": min_quality}},
            },
        }
    )
    job = api.wait_job(job.id, poll_s=0.5)
    print(f"job {job.status}: done {job.counts.done}, failed {job.counts.failed}")
    done = api.list_samples(job_id=job.id, status="done", limit=200).items
    pairs = [s for s in done if s.rejected_output]
    print(f"dpo pairs: {len(pairs)} of {len(done)} done rows")
    if pairs:
        s = pairs[0]
        print(
            f"- [{s.error_type}] chosen:   {(s.output or '')[:100]}\n  rejected: {(s.rejected_output or '')[:100]}"
        )
    else:  # every row says why it made no pair
        for s in done[:3]:
            print(f"- row {s.index}: no pair: {s.checks.get('dpo') if s.checks else None}")
    return job.id


def export(api: Client, job_id: str, fmt: str) -> ExportPublic:
    made = api.wait_export(
        api.create_export({"format": fmt, "job_ids": [job_id], "splits": SPLITS}).id, poll_s=0.5
    )
    if made.status != "completed":
        raise SystemExit(f"{fmt} export {made.status}: {made.error}")
    print(f"{fmt} export {made.id}: {made.counts and made.counts.get('splits')}")
    return made


def sft_dpo_recipe(base_model: str, sft_id: str, dpo_id: str, steps: int | None) -> dict[str, Any]:
    def hparams(lr: float) -> dict[str, Any]:
        return {
            "learning_rate": lr,
            "batch_size": 4,
            "max_length": 256,
            "precision": "fp32",
            "max_steps": steps,
        }

    return {
        "name": "sft-dpo-example",
        "base_model": base_model,
        "device": "cpu",
        "threads": 1,
        "alignment": {
            "sft": {"export_id": sft_id, "hparams": hparams(1e-4)},
            "dpo": {"export_id": dpo_id, "beta": 0.1, "hparams": hparams(5e-6)},
        },
        "evaluate": {"max_eval_rows": 8, "generation_prompts": 0, "max_length": 256},
    }


def train(api: Client, base_model: str, sft: ExportPublic, dpo: ExportPublic, steps: int | None) -> None:
    name = Path(base_model).name
    base = next((m for m in api.list_models().items if m.name == name), None)
    base = base or api.import_model({"path": base_model, "name": name})
    recipe = sft_dpo_recipe(base.base_model, sft.id, dpo.id, steps)
    print("recipe (`mediflow train recipe.yaml` submits the same):")
    print("  " + yaml.safe_dump(recipe, sort_keys=False).replace("\n", "\n  ").rstrip())
    run = api.wait_run(api.create_run({"recipe": recipe}).id, poll_s=1.0)
    if run.status != "completed":
        raise SystemExit(f"training run {run.status}: {run.error}")
    for step in ("sft", "dpo"):
        print(f"{step}: train loss {run.metrics[step].get('train_loss')}")
    for step, metrics in run.metrics.items():
        if step.startswith("eval-"):
            losses = {label: s.get("loss") for label, s in metrics["exports"].items()}
            print(f"validation loss after {step.removeprefix('eval-')}: {losses}")
    print(f"final model: {run.final_model}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("-n", type=int, default=40)
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--min-quality", type=float, default=4.0, help="Judge median a pair's row needs")
    parser.add_argument("--out", type=Path, default=Path("example-dpo"))
    parser.add_argument("--base-model", default=None, help="A model directory under the models root")
    parser.add_argument("--steps", type=int, default=None, help="At most this many steps per phase")
    args = parser.parse_args(argv)
    with Client() as api:
        job_id = generate_pairs(api, args.n, args.model, args.min_quality)
        sft, dpo = export(api, job_id, "sft"), export(api, job_id, "dpo")
        print(f"dpo dataset: {api.unpack_export_to(dpo.id, args.out)}")
        if args.base_model is not None:
            train(api, args.base_model, sft, dpo, args.steps)


if __name__ == "__main__":
    main()
