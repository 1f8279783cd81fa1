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
from mediflow.generators.plan import PlanAnnotations, PlanAxes, PlanItem, build_grouped_plan
from mediflow.generators.quotas import quota_plan
from mediflow.generators.stages import GENERATION_STAGES
from mediflow.generators.taxonomy import default_taxonomy
from mediflow.generators.teachers import Teacher
from mediflow.schemas.jobs import GenerationJobCreate, PitOptions
from mediflow.storage.jobs import ShardPlan


def _pit(spec: GenerationJobCreate) -> tuple[str, PitOptions, int]:
    assert spec.corpus_id is not None and spec.pit is not None, "validated by GenerationJobCreate"
    assert spec.n_samples is not None, "validated by GenerationJobCreate: pit jobs have no quota"
    return spec.corpus_id, spec.pit, spec.n_samples


def initial_plan(spec: GenerationJobCreate) -> list[PlanItem]:
    """A mediflow job's first plan (before any top-up): a pure function of the spec and its seed."""
    axes = plan_axes(spec)
    if spec.quota is None:
        assert spec.n_samples is not None, "validated by GenerationJobCreate"
        return build_grouped_plan(spec.n_samples, axes, spec.seed, spec.instructions_per_document)
    q = spec.quota
    return quota_plan(axes, q.stratum, q.kept_per_stratum, spec.seed, spec.instructions_per_document)


def planned_count(session: Session, spec: GenerationJobCreate) -> int:
    """How many rows the job will plan; for PIT also checks the corpus exists and has documents."""
    if spec.kind != "pit":
        plan_axes(spec)  # refuses a subset whose tasks, documents and levels cannot be combined
        if spec.quota is None:
            assert spec.n_samples is not None
            return spec.n_samples
        planned = len(initial_plan(spec))
        if spec.n_samples is not None and planned > spec.n_samples:
            raise InvalidRequestError(
                "n_samples",
                f"the quota plans {planned} rows ({spec.quota.kept_per_stratum} in each stratum) before any "
                f"top-up, more than n_samples={spec.n_samples}; raise it, omit it, or coarsen quota.stratum",
            )
        return planned
    corpus_id, pit, n_samples = _pit(spec)
    corpora.get_corpus(session, corpus_id)
    total = count_pit_items(
        corpora.document_token_counts(session, corpus_id), len(pit.tasks), pit.chunk_tokens
    )
    if total == 0:
        raise InvalidRequestError(
            "corpus_id", f"corpus {corpus_id!r} has no documents; add some before starting a pit job"
        )
    return min(n_samples, total)


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
        return initial_plan(spec)
    corpus_id, pit, n_samples = _pit(spec)
    corpus = corpora.get_corpus(session, corpus_id)
    counts = corpora.document_token_counts(session, corpus_id)
    return build_pit_plan(counts, pit.tasks, pit.chunk_tokens, corpus.name, n_samples)


def stage_names(spec: GenerationJobCreate) -> tuple[str, ...]:
    return pit_stage_names(_pit(spec)[1].tasks) if spec.kind == "pit" else GENERATION_STAGES


def make_pipeline(
    spec: GenerationJobCreate,
    teacher: Teacher,
    sampling: Sampling,
    url: str,
    topups: list[PlanItem] | None = None,
    stored: ShardPlan | None = None,
) -> Pipeline:
    """``stored``: the shard's rows with the ranks the plan stored; without ranks (a plan stored before
    they were), ``topups``, the job's top-up rows so far, and the whole plan recomputed give them."""
    names = stage_names(spec)
    if spec.kind != "pit":
        # Scenarios and planned labels come from ranks in the plan.
        if stored is not None and stored.ranks is not None:
            annotations = PlanAnnotations.of_rows(stored.ranks, stored.grouped, default_taxonomy(), spec.seed)
        else:
            items = initial_plan(spec) + list(topups or [])
            annotations = PlanAnnotations.of(items, default_taxonomy(), spec.seed)
        return Pipeline(teacher, default_taxonomy(), sampling, names, annotations=annotations)
    source = ChunkSource(url, _pit(spec)[1].chunk_tokens)
    return PitPipeline(teacher, default_taxonomy(), sampling, names, load_chunk=source)
