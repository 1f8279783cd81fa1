"""The whole pipeline on CPU, decided and reported by task scores: loopback teacher → generation job
(judge + DPO pairs) → sft and dpo exports → tiny-cpu recipe (SLERP ratio and merge chosen on the
bundled suite, a small CMA-ES merge search) → every model scored, one table.

    python -m bench.eval_e2e [WORKDIR] [--samples 32]

The teacher is the loopback OpenAI-compatible server (tests/support/loopback.py); the PIT experts use
the synthetic PIT exports of tests/support/training.py (a PIT corpus job needs uploaded corpora, which
the generation tests cover). Exports also drop any row sharing a 13-gram with the bundled suite. The
model is a tiny random Llama: its scores are near zero and not the point; the pipeline and the
decisions are. Takes ~2 minutes here.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from mediflow.core.settings import Settings
from mediflow.exports.run import export_dir, run_export
from mediflow.schemas.exports import ExportCreate
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.services.exports import submit_export
from mediflow.services.generation import submit_job
from mediflow.storage.db import session_scope
from mediflow.storage.migrate import upgrade
from mediflow.training import builtin_recipe_path, load_recipe, run_recipe
from mediflow.training.recipe import Recipe
from mediflow.workers.runner import JobRunner
from tests.support.loopback import LoopbackTeacher, Reply, _stage_of
from tests.support.training import _patient, build_pit_export, build_tiny_llama, clinical_note

SCORING = {"suite": "bundled", "max_items_per_task": 2, "max_new_tokens": 8, "batch_size": 24}


def teacher_reply(request: dict[str, Any], n: int) -> Reply:
    text = " ".join(str(m.get("content", "")) for m in request["messages"])
    if "Review this sample." in text:
        scores = {"quality": 5, "alignment": 4, "coherence": 4, "realism": 4, "difficulty": 3}
        return Reply(json.dumps({"rationale": "faithful", **scores}))
    if "Rewrite the correct answer" in text:
        return Reply("Left lower lobe pneumonia, supported by a pleural effusion.")
    # Varied notes, instructions and answers: the exporter keeps near-duplicates in one split, so
    # near-identical replies would all land in one split and leave the others empty.
    rng = random.Random(n)
    p = _patient(rng)
    stage = _stage_of(request)
    if stage == "document":
        return Reply(clinical_note(p) + f" Follow-up in {rng.randint(2, 30)} days with {rng.choice(WHO)}.")
    if stage == "instruction":
        return Reply(
            f"{rng.choice(ASKS)} Mention the {rng.choice(['dose', 'duration', 'symptoms', 'plan'])}."
        )
    return Reply(
        f"The {p['doc_type']} describes {p['condition']}; {p['medication']} was started ({p['symptoms'][0]})."
    )


WHO = ["the GP", "cardiology", "the respiratory clinic", "nephrology", "the diabetes nurse", "endocrinology"]
ASKS = [
    "What is the main diagnosis in this note?",
    "Summarise the assessment and plan for a colleague.",
    "Which medication was started, and why?",
    "List the presenting symptoms and their duration.",
    "Explain the plan to the patient in plain words.",
    "What follow-up is arranged?",
]


def generate(settings: Settings, samples: int) -> str:
    with LoopbackTeacher(teacher_reply) as srv:
        spec = GenerationJobCreate.model_validate(
            {
                "n_samples": samples,
                "output_formats": ["plain_text"],
                "task_types": ["question_answering", "summarization"],
                "teacher": {
                    "backend": "openai",
                    "base_url": srv.base_url,
                    "model": "loopback",
                    "concurrency": 4,
                },
                "quality": {"judge": {"k": 1}, "dpo": {"enabled": True}, "dedup": {"enabled": False}},
            }
        )
        with session_scope(settings.resolved_database_url) as s:
            job_id = submit_job(s, spec, settings=settings)[0].id
        outcome = JobRunner(job_id, settings).run()
    if outcome != "finished":
        raise RuntimeError(f"generation job {job_id} ended {outcome}")
    return job_id


def export(settings: Settings, job_id: str, fmt: str) -> Path:
    spec = {"format": fmt, "job_ids": [job_id], "splits": {"train": 0.8, "validation": 0.2, "test": 0.0}}
    with session_scope(settings.resolved_database_url) as s:
        export_id = submit_export(
            s, ExportCreate.model_validate(spec | {"exclude_contaminated": ["bundled"]}), settings
        ).id
    if run_export(export_id, settings) != "completed":
        raise RuntimeError(f"{fmt} export {export_id} did not complete")
    return export_dir(settings, export_id)


def recipe(root: Path, sft: Path, dpo: Path) -> Recipe:
    data = load_recipe(builtin_recipe_path("tiny-cpu"), root=root, check_paths=False).model_dump()
    data["alignment"]["sft"]["export"] = sft
    data["alignment"]["dpo"]["export"] = dpo
    data["slerp"]["validation"] = {"kind": "sft", "path": sft, "name": "sft-val"}
    data["evaluate"] |= {
        "suite": SCORING,
        "generation_prompts": 0,
        "exports": [{"kind": "sft", "path": sft, "name": "sft-val"}],
    }
    data["selection"] = SCORING
    data["merge"]["search"] = {"max_evaluations": 4, "seed": 0, "population_size": 4}
    out = Recipe.model_validate(data)
    out.check_paths()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("workdir", nargs="?", type=Path, default=None)
    parser.add_argument("--samples", type=int, default=48)
    args = parser.parse_args(argv)
    root = (args.workdir or Path(tempfile.mkdtemp(prefix="mediflow-eval-e2e-"))).resolve()
    started = time.monotonic()
    settings = Settings(data_dir=root / "data")
    settings.ensure_dirs()
    upgrade(settings.resolved_database_url)
    job_id = generate(settings, args.samples)
    sft, dpo = export(settings, job_id, "sft"), export(settings, job_id, "dpo")
    print(f"generated and exported in {time.monotonic() - started:.0f}s: sft {sft}, dpo {dpo}", flush=True)
    build_tiny_llama(root / "models" / "tiny-llama")
    build_pit_export(root / "exports" / "pit-notes", seed=1, domain="notes")
    build_pit_export(root / "exports" / "pit-guidelines", seed=2, domain="guidelines")
    summary = run_recipe(recipe(root, sft, dpo), root / "run")
    steps = summary["steps"]
    for name in ("slerp-notes", "slerp-guidelines"):
        m = steps[name]["metrics"]
        print(
            f"{name}: ratio {m['ratio']} ({m['selected_by']}); candidates {[(c['ratio'], c['average']) for c in m['candidates']]}"
        )
    merge = steps["merge"]["metrics"]
    print(
        f"merge: {merge['selected_by']}; recipe params {merge['recipe_params_score']}, search best {merge['search']['best_score']} over {merge['search']['evaluations']} candidates"
    )
    print(Path(summary["report"]["markdown"]).read_text(encoding="utf-8"))
    print(
        f"report: {summary['report']['markdown']}  chart: {summary['report']['chart']}  total {time.monotonic() - started:.0f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
