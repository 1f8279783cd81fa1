"""Generate → inspect → export → TRL SFT, with the SDK.

    export MEDIFLOW_API_URL=http://127.0.0.1:8000 MEDIFLOW_API_KEY=mfk_...
    python examples/generate_export_sft.py -n 20 --model gpt-4o-mini --base-model /path/to/hf-model

Workers need a teacher (OPENAI_API_KEY / OPENAI_BASE_URL); --base-model is any local Hugging Face
causal LM directory (e.g. one from `mediflow models import-embedded`), trained for a few SFT steps on CPU.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mediflow.client import Client


def generate_and_export(n: int, model: str, out: Path) -> Path:
    """A job, two samples and the report printed, an sft export downloaded and unpacked; its directory."""
    with Client() as api:
        job = api.create_job(
            {
                "n_samples": n,
                "task_types": ["summarization", "question_answering"],
                "teacher": {"backend": "openai", "model": model, "concurrency": 8},
            }
        )
        print(
            f"job {job.id}: {job.counts.planned} planned; estimate was {api.estimate_job(job.spec).calls} calls"
        )
        job = api.wait_job(job.id, poll_s=0.5)
        print(f"job {job.status}: done {job.counts.done}, failed {job.counts.failed}, cost {job.tokens.cost}")
        for sample in api.list_samples(job_id=job.id, status="done", limit=2).items:
            print(f"- [{sample.task_type}] {sample.instruction}\n  -> {(sample.output or '')[:120]}")
        report = api.job_report(job.id)
        print("rows by status:", {k: v for k, v in report.statuses.items() if v})
        export = api.create_export(
            {"format": "sft", "job_ids": [job.id], "splits": {"train": 0.8, "validation": 0.2}}
        )
        export = api.wait_export(export.id, poll_s=0.5)
        if export.status != "completed":
            raise SystemExit(f"export {export.status}: {export.error}")
        for warning in export.warnings:
            print("warning:", warning)
        return api.unpack_export_to(export.id, out)


def train_sft(dataset_dir: Path, base_model: Path, out: Path, steps: int = 3) -> float:
    """A few TRL SFT steps on the export's train split (CPU); the final training loss."""
    import torch
    from datasets import load_from_disk
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import SFTConfig, SFTTrainer

    torch.set_num_threads(1)
    data = load_from_disk(str(dataset_dir))
    args = SFTConfig(
        output_dir=str(out / "sft"),
        max_steps=steps,
        per_device_train_batch_size=2,
        max_length=256,
        use_cpu=True,
        bf16=False,
        report_to="none",
        save_strategy="no",
        logging_steps=1,
    )
    trainer = SFTTrainer(
        model=AutoModelForCausalLM.from_pretrained(base_model),
        args=args,
        train_dataset=data["train"],
        eval_dataset=data["validation"],
        processing_class=AutoTokenizer.from_pretrained(base_model),
    )
    loss = trainer.train().training_loss
    print(f"SFT: {trainer.state.global_step} steps, loss {loss:.4f}")
    return float(loss)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--model", default="gpt-4o-mini")
    parser.add_argument("--out", type=Path, default=Path("example-out"))
    parser.add_argument("--base-model", type=Path, default=None, help="Local HF model dir to fine-tune")
    args = parser.parse_args(argv)
    dataset = generate_and_export(args.n, args.model, args.out)
    print(f"dataset: {dataset}")
    if args.base_model is not None:
        train_sft(dataset, args.base_model, args.out)


if __name__ == "__main__":
    main()
