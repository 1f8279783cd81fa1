"""What differs between job kinds: how the plan is built and which pipeline runs it.

``mediflow`` jobs plan stratified taxonomy cells; ``pit`` jobs plan (document chunk x task) over a
corpus. The runner, storage and API treat both alike through these three functions.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from mediflow.core.errors import InvalidRequestError
from mediflow.corpora import store as corpora
from mediflow.corpora.chunks import ChunkSource
from mediflow.generators.pipeline import Pipeline, Sampling
from mediflow.generators.pit import PitPipeline, build_pit_plan, count_pit_items, pit_stage_names
from mediflow.generators.plan import PlanAnnotations, PlanAxes, PlanItem, build_plan
from mediflow.generators.stages import GENERATION_STAGES
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.generators.teachers import Teacher
from mediflow.schemas.jobs import GenerationJobCreate, PitOptions


def _pit(spec: GenerationJobCreate) -> tuple[str, PitOptions]:
    assert spec.corpus_id is not None and spec.pit is not None, "validated by GenerationJobCreate"
    return spec.corpus_id, spec.pit


def planned_count(session: Session, spec: GenerationJobCreate) -> int:
    """How many rows the job will plan; for PIT also checks the corpus exists and has documents."""
    if spec.kind != "pit":
        plan_axes(spec)  # refuses a subset whose tasks, documents and levels cannot be combined
        return spec.n_samples
    corpus_id, pit = _pit(spec)
    corpora.get_corpus(session, corpus_id)
    total = count_pit_items(
        corpora.document_token_counts(session, corpus_id), len(pit.tasks), pit.chunk_tokens
    )
    if total == 0:
        raise InvalidRequestError(
            "corpus_id", f"corpus {corpus_id!r} has no documents; add some before starting a pit job"
        )
    return min(spec.n_samples, total)


def plan_axes(spec: GenerationJobCreate) -> PlanAxes:
    return PlanAxes.resolve(
        default_taxonomy(),
        spec.task_types,
        spec.document_types,
        spec.difficulty_levels,
        spec.output_formats,
        spec.level_weights,
    )


def plan_items(session: Session, spec: GenerationJobCreate) -> list[PlanItem]:
    if spec.kind != "pit":
        return build_plan(spec.n_samples, plan_axes(spec), spec.seed)
    corpus_id, pit = _pit(spec)
    corpus = corpora.get_corpus(session, corpus_id)
    counts = corpora.document_token_counts(session, corpus_id)
    return build_pit_plan(counts, pit.tasks, pit.chunk_tokens, corpus.name, spec.n_samples)


def stage_names(spec: GenerationJobCreate) -> tuple[str, ...]:
    return pit_stage_names(_pit(spec)[1].tasks) if spec.kind == "pit" else GENERATION_STAGES


def make_pipeline(spec: GenerationJobCreate, teacher: Teacher, sampling: Sampling, url: str) -> Pipeline:
    names = stage_names(spec)
    if spec.kind != "pit":
        # Scenarios and planned labels come from ranks in the plan, which any worker can recompute.
        items = build_plan(spec.n_samples, plan_axes(spec), spec.seed)
        annotations = PlanAnnotations.of(items, default_taxonomy(), spec.seed)
        return Pipeline(teacher, default_taxonomy(), sampling, names, annotations=annotations)
    source = ChunkSource(url, _pit(spec)[1].chunk_tokens)
    return PitPipeline(teacher, default_taxonomy(), sampling, names, load_chunk=source)
