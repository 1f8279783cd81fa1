"""Running the stages of one sample against a teacher, and many samples concurrently."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from mediflow.core.rows import PlanItem, SampleResult
from mediflow.generators.plan import PlanAnnotations
from mediflow.generators.scenarios import describe_scenario
from mediflow.generators.shapes import answer_schema
from mediflow.generators.stages import (
    GENERATION_STAGES,
    Stage,
    StageOutputError,
    get_prompt_stage,
    repair_messages,
)
from mediflow.generators.teachers.base import ChatRequest, Teacher, TeacherError
from mediflow.schemas.taxonomy import TaskType, Taxonomy


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


# Document length by level (words); tasks that want long inputs get the long range at levels 4-6.
_LENGTH = {1: (150, 250), 2: (200, 300), 3: (250, 400), 4: (300, 500), 5: (400, 650), 6: (500, 800)}
_LONG = (700, 1100)
REPAIRABLE = ("invalid_json", "schema_mismatch")


# Clinical English runs about 1.5 tokens a word (abbreviations, doses, numbers): a document asked for
# must fit the tokens its call may write, or every reply is cut at max_tokens and retried in vain.
TOKENS_PER_WORD = 1.5


def length_rule(level: int, long_input: bool, features: frozenset[str], max_tokens: int | None = None) -> str:
    low, high = _LENGTH.get(level, (250, 400))
    long_doc = long_input and level >= 4 and bool(features & {"multi_section", "dialogue"})
    if long_doc:
        low, high = _LONG
    if max_tokens is not None and high * TOKENS_PER_WORD > max_tokens:
        # The job's max_tokens is below what this level's length needs: ask for what fits.
        high = max(40, int(max_tokens / TOKENS_PER_WORD) // 10 * 10)
        low = max(20, high * 3 // 5 // 10 * 10)
        return f"about {low}-{high} words (no longer: the reply is limited to {max_tokens} tokens)."
    if long_doc:
        return f"a long, complete document of about {low}-{high} words with all its usual sections."
    return f"about {low}-{high} words."


def dates_rule(level: int, features: frozenset[str]) -> str:
    if "timeline" in features or level >= 4:
        return (
            "Timing matters here: give the sequence of events with relative dates and clock times "
            "(hospital day 2, three days after admission, 14:30) and at most the year; never a full "
            "calendar date."
        )
    return "Do not use calendar dates."


def sample_context(
    item: PlanItem,
    taxonomy: Taxonomy,
    annotations: PlanAnnotations | None = None,
    document_tokens: int | None = None,
) -> dict[str, Any]:
    """Everything the prompt templates may refer to for one planned sample; ``document_tokens`` is what
    the document call may write (the job's cap or the stage's), which bounds the length asked for."""
    task = taxonomy.task(item.task_type)
    doc = taxonomy.document(item.document_type)
    level = taxonomy.difficulty(item.difficulty_level)
    fmt = taxonomy.output_format(item.output_format)
    features = taxonomy.features_of(doc.id)
    label = annotations.planned_label(item) if annotations is not None else None
    scenario = annotations.scenario(item) if annotations is not None else None
    group = annotations.group_of(item) if annotations is not None else None
    format_instruction = fmt.description
    if item.output_format == "json" and task.json_hint:
        format_instruction += f" Use this shape: {task.json_hint}"
    planted = task.id == "error_detection_correction" and label not in (None, "none")
    return {
        "index": item.index,
        "task_type": task.id,
        "task_name": task.name,
        "task_description": task.description,
        "task_directive": task.document_directive or "a realistic document of its type.",
        "input_data": doc.id,
        "document_name": doc.name,
        "document_description": doc.description,
        "document_family": taxonomy.family_of(doc.id).name,
        "difficulty_level": level.level,
        "difficulty_name": level.name,
        "difficulty_description": level.description,
        "level_directive": level.document_directive,
        "length_rule": length_rule(level.level, task.long_input, features, document_tokens),
        "dates_rule": dates_rule(level.level, features),
        "scenario": scenario,
        "scenario_text": describe_scenario(scenario)
        if scenario
        else "- (no scenario: choose a typical case)",
        "planned_label": label,
        "label_field": task.labels.field if task.labels else None,
        "label_rule": _label_rule(task, label),
        "planted_error": f"one {label} error" if planted else "",
        "reply_rule": _reply_rule(label if planted else None),
        "answer_schema": answer_schema(task, label),
        "output_format": fmt.id,
        "format_instruction": format_instruction,
        "also_for_rule": _also_for_rule(taxonomy, item, group),
        "variant_rule": _variant_rule(item, group),
        "shared_document": [it.index for it in group] if group else None,
        # Rows asking the same task of one shared document share their input on purpose: after the
        # first, what each adds is its instruction and answer, so MinHash dedup compares those.
        "dedup_on_answer": any(
            it.task_type == item.task_type and it.index < item.index for it in group or []
        ),
    }


def _also_for_rule(taxonomy: Taxonomy, item: PlanItem, group: list[PlanItem] | None) -> str:
    """For the row that writes a shared document: the other tasks it must also serve."""
    others = sorted({it.task_type for it in group or [] if it.task_type != item.task_type})
    if not others:
        return ""
    names = "; ".join(f"{taxonomy.task(t).name} ({taxonomy.task(t).description.strip()})" for t in others)
    return f"The same document will also be the input of these tasks, so it must suit them too: {names}\n"


def _variant_rule(item: PlanItem, group: list[PlanItem] | None) -> str:
    """For rows asking the same task of one shared document: which of them this is, so they differ."""
    same = [it.index for it in group or [] if it.task_type == item.task_type]
    if len(same) < 2:
        return ""
    return (
        f"This document gets {len(same)} different instructions for this task; this is number "
        f"{same.index(item.index) + 1}. Ask about a different aspect of the document (another finding, "
        "problem, section or question) than the obvious first one, so that no two of them are alike.\n"
    )


def _label_rule(task: TaskType, label: str | None) -> str:
    if task.labels is None or label is None:
        return ""
    return task.labels.instruction.format(label=label) + "\n"


def _reply_rule(error_type: str | None) -> str:
    if error_type is None:
        return "Reply with the document text only."
    return (
        f"Plant exactly ONE realistic {error_type} error (as in the MEDEC benchmark) in a single sentence "
        "of the note; everything else must be correct and consistent. Reply with only a JSON object: "
        '"document" (the full note text, containing the erroneous sentence verbatim), "error_sentence", '
        '"corrected_sentence" and "error_type".'
    )


def provenance_of(row: dict[str, Any]) -> dict[str, Any] | None:
    """What the case design fixed for one row: the scenario, the planned label and any planted error,
    and (several instructions per document) the rows sharing its document, the first of which wrote it."""
    if row.get("scenario") is None:
        return None
    case = {**row["scenario"], "planned_label": row.get("planned_label"), "gold": row.get("_gold")}
    if row.get("shared_document"):
        case["shared_document"] = {"written_by": row["shared_document"][0], "rows": row["shared_document"]}
    return case


def prompt_versions(stage_names: Iterable[str]) -> dict[str, str]:
    return {name: get_prompt_stage(name).template.ref for name in stage_names}


class SampleGate(Protocol):
    async def apply(self, row: dict[str, Any], result: SampleResult) -> None: ...


class Pipeline:
    """Runs the generation stages of one sample in order; callers run many samples at once."""

    # The column deduplicated with the instruction: what makes one sample of this kind new.
    dedup_field = "input"

    def __init__(
        self,
        teacher: Teacher,
        taxonomy: Taxonomy,
        sampling: Sampling,
        stage_names: tuple[str, ...] = GENERATION_STAGES,
        annotations: PlanAnnotations | None = None,
    ) -> None:
        self.teacher = teacher
        self.annotations = annotations
        self.taxonomy = taxonomy
        self.sampling = sampling
        self.stages: list[Stage] = [get_prompt_stage(n) for n in stage_names]
        # Runs after the stages of a sample that succeeded: PHI, judge, DPO (mediflow.quality.gate).
        self.gate: SampleGate | None = None
        # Shared documents: group -> the one document call (its columns), and how many rows still
        # need it in this run (``expect``), so it is dropped once the last of them has it.
        self._documents: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._waiting: Counter[int] = Counter()

    def expect(self, items: Iterable[PlanItem]) -> None:
        """The rows this run will start, so shared documents are kept exactly as long as needed."""
        for it in items:
            if it.group is not None:
                self._waiting[it.group] += 1

    def prefill(self, group: int, columns: dict[str, Any]) -> None:
        """A shared document written before (a resumed shard): its rows reuse it, no new call."""
        done: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        done.set_result(columns)
        self._documents[group] = done

    def _request(
        self, stage: Stage, messages: list[dict[str, str]], row: dict[str, Any], n: int
    ) -> ChatRequest:
        # A distinct, reproducible seed per (job seed, sample, stage) for backends that honour seeds.
        seed = (self.sampling.seed * 1_000_003 + row["index"] * 31 + n) % 2**31
        return ChatRequest(
            messages=messages,
            max_tokens=min(self.sampling.max_tokens, stage.max_tokens),  # the job's cap wins
            temperature=self.sampling.temperature,
            top_p=self.sampling.top_p,
            seed=seed,
            json_schema=stage.json_schema(row),
        )

    async def context(self, item: PlanItem) -> dict[str, Any]:
        """The prompt variables of one sample; other job kinds (PIT) override this and ``stages_for``."""
        return sample_context(item, self.taxonomy, self.annotations, self.document_tokens)

    @property
    def document_tokens(self) -> int | None:
        document = next((s for s in self.stages if s.name == "document"), None)
        return min(self.sampling.max_tokens, document.max_tokens) if document else None

    def stages_for(self, item: PlanItem) -> list[Stage]:
        return self.stages

    async def run(self, item: PlanItem) -> SampleResult:
        row = await self.context(item)
        result = SampleResult(index=item.index, status="done")
        for n, stage in enumerate(self.stages_for(item)):
            try:
                if stage.name == "document" and item.group is not None and self.annotations is not None:
                    columns = await self._shared_document(stage, item, result)
                else:
                    columns = await self.run_stage(stage, row, result, n)
            except TeacherError as exc:
                result.attempts += int(exc.extra.get("attempts", 1))
                return result.fail(stage.name, exc.reason, exc.message)
            except StageOutputError as exc:
                return result.fail(stage.name, exc.reason, exc.detail)
            row.update(columns)
            result.columns.update({k: v for k, v in columns.items() if not k.startswith("_")})
        case = provenance_of(row)
        if case is not None:
            result.columns["scenario"] = case
        if self.gate is not None:
            await self.gate.apply(row, result)
        return result

    async def _shared_document(self, stage: Stage, item: PlanItem, result: SampleResult) -> dict[str, Any]:
        """One teacher call per group: the first row of the group to run makes it (and is charged for
        it), with the group's first row's context; the others wait for it, or share its failure."""
        assert item.group is not None and self.annotations is not None
        future = self._documents.get(item.group)
        if future is None:  # set before any await, so the group's other rows find it
            future = asyncio.ensure_future(self._write_document(stage, self.annotations.lead(item), result))
            self._documents[item.group] = future
        try:
            return dict(await asyncio.shield(future))
        finally:
            if self._waiting[item.group] > 0:
                self._waiting[item.group] -= 1
                if not self._waiting[item.group]:
                    del self._waiting[item.group]
                    self._documents.pop(item.group, None)

    async def _write_document(self, stage: Stage, lead: PlanItem, result: SampleResult) -> dict[str, Any]:
        return await self.run_stage(stage, await self.context(lead), result, 0)

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
            if exc.reason not in REPAIRABLE:
                raise
            # Repair once by re-asking with the error; a second failure fails the sample.
            retry = self._request(stage, repair_messages(messages, completion.text, exc), row, n + 100)
            completion = await self.teacher.complete(retry)
            result.add(completion, stage.name)
            return stage.format_output(completion.text, row)
