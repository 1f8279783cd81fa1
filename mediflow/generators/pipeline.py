"""Running the stages of one sample against a teacher, and many samples concurrently."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from mediflow.core.rows import PlanItem, SampleResult
from mediflow.generators.stages import (
    GENERATION_STAGES,
    Stage,
    StageOutputError,
    get_prompt_stage,
    repair_messages,
)
from mediflow.generators.teachers.base import ChatRequest, Teacher, TeacherError
from mediflow.schemas.taxonomy import Taxonomy


@dataclass(frozen=True)
class Sampling:
    temperature: float
    max_tokens: int
    top_p: float | None = None
    seed: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "temperature": self.temperature,
            "max_tokens": self.max_tokens,
            "top_p": self.top_p,
            "seed": self.seed,
        }


def sample_context(item: PlanItem, taxonomy: Taxonomy) -> dict[str, Any]:
    """Everything the prompt templates may refer to for one planned sample."""
    task = taxonomy.task(item.task_type)
    doc = taxonomy.document(item.document_type)
    level = taxonomy.difficulty(item.difficulty_level)
    fmt = taxonomy.output_format(item.output_format)
    format_instruction = fmt.description
    if item.output_format == "json" and task.json_hint:
        format_instruction += f" Use this shape: {task.json_hint}"
    return {
        "index": item.index,
        "task_type": task.id,
        "task_name": task.name,
        "task_description": task.description,
        "input_data": doc.id,
        "document_name": doc.name,
        "document_description": doc.description,
        "document_family": taxonomy.family_of(doc.id).name,
        "difficulty_level": level.level,
        "difficulty_name": level.name,
        "difficulty_description": level.description,
        "output_format": fmt.id,
        "format_instruction": format_instruction,
    }


def prompt_versions(stage_names: Iterable[str]) -> dict[str, str]:
    return {name: get_prompt_stage(name).template.ref for name in stage_names}


class SampleGate(Protocol):
    async def apply(self, row: dict[str, Any], result: SampleResult) -> None: ...


class Pipeline:
    """Runs the generation stages of one sample in order; callers run many samples at once."""

    def __init__(
        self,
        teacher: Teacher,
        taxonomy: Taxonomy,
        sampling: Sampling,
        stage_names: tuple[str, ...] = GENERATION_STAGES,
    ) -> None:
        self.teacher = teacher
        self.taxonomy = taxonomy
        self.sampling = sampling
        self.stages: list[Stage] = [get_prompt_stage(n) for n in stage_names]
        # Runs after the stages of a sample that succeeded: PHI, judge, DPO (mediflow.quality.gate).
        self.gate: SampleGate | None = None

    def _request(
        self, stage: Stage, messages: list[dict[str, str]], row: dict[str, Any], n: int
    ) -> ChatRequest:
        # A distinct, reproducible seed per (job seed, sample, stage) for backends that honour seeds.
        seed = (self.sampling.seed * 1_000_003 + row["index"] * 31 + n) % 2**31
        return ChatRequest(
            messages=messages,
            max_tokens=min(self.sampling.max_tokens, stage.max_tokens),
            temperature=self.sampling.temperature,
            top_p=self.sampling.top_p,
            seed=seed,
            json_schema=stage.json_schema(row),
        )

    async def context(self, item: PlanItem) -> dict[str, Any]:
        """The prompt variables of one sample; other job kinds (PIT) override this and ``stages_for``."""
        return sample_context(item, self.taxonomy)

    def stages_for(self, item: PlanItem) -> list[Stage]:
        return self.stages

    async def run(self, item: PlanItem) -> SampleResult:
        row = await self.context(item)
        result = SampleResult(index=item.index, status="done")
        for n, stage in enumerate(self.stages_for(item)):
            try:
                columns = await self.run_stage(stage, row, result, n)
            except TeacherError as exc:
                result.attempts += int(exc.extra.get("attempts", 1))
                return result.fail(stage.name, exc.reason, exc.message)
            except StageOutputError as exc:
                return result.fail(stage.name, exc.reason, exc.detail)
            row.update(columns)
            result.columns.update(columns)
        if self.gate is not None:
            await self.gate.apply(row, result)
        return result

    async def run_stage(
        self, stage: Stage, row: dict[str, Any], result: SampleResult, n: int
    ) -> dict[str, Any]:
        messages = stage.format_input(row)
        request = self._request(stage, messages, row, n)
        completion = await self.teacher.complete(request)
        result.add(completion, stage.name)
        try:
            return stage.format_output(completion.text, row)
        except StageOutputError as exc:
            if exc.reason != "invalid_json":
                raise
            # Repair once by re-asking with the error; a second failure fails the sample.
            retry = self._request(stage, repair_messages(messages, completion.text, exc), row, n + 100)
            completion = await self.teacher.complete(retry)
            result.add(completion, stage.name)
            return stage.format_output(completion.text, row)
