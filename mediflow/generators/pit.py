"""Pre-instruction tuning (PIT) task data: per document chunk, QA pairs, a summary, entities, relations.

As in the MediPhi recipe, a teacher turns each chunk of a domain corpus (guidelines, PubMed, notes,
MedWiki, codes) into task data; experts are first trained on that task data, then on it plus the raw
documents. Stages here are pure like ``stages.py``; ``PitPipeline`` feeds them chunk text instead of
a taxonomy cell, so PIT rows go through the same pipeline, provenance and status machinery.
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, ClassVar

from mediflow.corpora.tokens import n_chunks
from mediflow.generators.pipeline import Pipeline
from mediflow.generators.plan import PlanItem
from mediflow.generators.stages import (
    PromptTemplate,
    Row,
    Stage,
    StageOutputError,
    clean_text,
    get_prompt_stage,
    parse_json_object,
    register_prompt_stage,
)

PIT_PREFIX = "pit_"
# PIT rows have no difficulty level; 0 is outside MediFlow's 1..6 so the two never mix up.
PIT_DIFFICULTY = 0
ChunkLoader = Callable[[int, int], Awaitable[str]]

_SYSTEM = (
    "You are a clinical expert who turns medical source text into training data for language models. "
    "Stay strictly grounded in the passage: never add facts it does not state."
)
_PASSAGE = "Passage from the {corpus_name} corpus:\n\n{document}\n\n"


def task_type_of(task: str) -> str:
    return PIT_PREFIX + task


def _strings(obj: dict[str, Any], key: str, fields: Sequence[str]) -> list[dict[str, str]]:
    """The non-empty ``{field: str}`` items of ``obj[key]``; an empty result is an output error."""
    items = obj.get(key)
    if not isinstance(items, list):
        raise StageOutputError("invalid_json", f"expected a list under {key!r}")
    kept = [
        {f: str(it[f]).strip() for f in fields}
        for it in items
        if isinstance(it, dict) and all(isinstance(it.get(f), str) and it[f].strip() for f in fields)
    ]
    if not kept:
        raise StageOutputError("empty_output", f"no item under {key!r} has all of {', '.join(fields)}")
    return kept


class PitStage(Stage):
    """A PIT task: instruction text stored on the row, and a renderer to plain LM text for export."""

    task: ClassVar[str]
    instruction: ClassVar[str]

    def columns(self, row: Row, output: str) -> dict[str, Any]:
        return {"instruction": self.instruction, "input": row["document"], "output": output}

    @classmethod
    def render(cls, output: str) -> str:
        return output


class _JsonPitStage(PitStage):
    key: ClassVar[str]
    fields: ClassVar[tuple[str, ...]]

    def wants_json(self, row: Row) -> bool:
        return True

    def json_schema(self, row: Row) -> dict[str, Any]:
        item = {"type": "object", "properties": {f: {"type": "string"} for f in self.fields}}
        return {"type": "object", "properties": {self.key: {"type": "array", "items": item}}}

    def format_output(self, text: str, row: Row) -> dict[str, Any]:
        items = self.ground(_strings(parse_json_object(text), self.key, self.fields), row)
        return self.columns(row, json.dumps({self.key: items}, ensure_ascii=False))

    def ground(self, items: list[dict[str, str]], row: Row) -> list[dict[str, str]]:
        return items


@register_prompt_stage
class PitQAStage(_JsonPitStage):
    name = "pit_qa"
    task = "qa"
    key = "pairs"
    fields = ("question", "answer")
    max_tokens = 600
    instruction = "Write question-answer pairs that are answered by the passage."
    template = PromptTemplate(
        name="pit.qa",
        version="1",
        system=_SYSTEM,
        user=_PASSAGE
        + "Write 3 to 5 question-answer pairs that a clinician might ask and that this passage answers. "
        "Each question must be self-contained (name the drug, condition or test; never say 'the passage'). "
        'Reply with only a JSON object: {{"pairs": [{{"question": "...", "answer": "..."}}]}}',
    )

    @classmethod
    def render(cls, output: str) -> str:
        pairs = json.loads(output)["pairs"]
        return "\n\n".join(f"Question: {p['question']}\nAnswer: {p['answer']}" for p in pairs)


@register_prompt_stage
class PitSummaryStage(PitStage):
    name = "pit_summary"
    task = "summary"
    max_tokens = 400
    instruction = "Summarise the passage."
    template = PromptTemplate(
        name="pit.summary",
        version="1",
        system=_SYSTEM,
        user=_PASSAGE
        + "Summarise this passage in 2 to 4 sentences for a clinician, keeping every key number, drug "
        "and recommendation. Reply with the summary only.",
    )

    def format_output(self, text: str, row: Row) -> dict[str, Any]:
        summary = clean_text(text)
        if len(summary) < 20:
            raise StageOutputError("empty_output", f"summary of {len(summary)} characters")
        return self.columns(row, summary)

    @classmethod
    def render(cls, output: str) -> str:
        return f"Summary: {output}"


@register_prompt_stage
class PitEntitiesStage(_JsonPitStage):
    name = "pit_entities"
    task = "entities"
    key = "entities"
    fields = ("text", "type")
    max_tokens = 500
    instruction = "List the medical named entities in the passage with their types."
    template = PromptTemplate(
        name="pit.entities",
        version="1",
        system=_SYSTEM,
        user=_PASSAGE
        + "List the medical named entities in this passage, copying each exactly as written. Types: "
        "condition, drug, dose, procedure, test, anatomy, organism, code, other. Reply with only a JSON "
        'object: {{"entities": [{{"text": "...", "type": "..."}}]}}',
    )

    def ground(self, items: list[dict[str, str]], row: Row) -> list[dict[str, str]]:
        """Entities must be copied from the passage; invented ones are dropped, none left is a failure."""
        doc = row["document"].lower()
        kept = [it for it in items if it["text"].lower() in doc]
        if not kept:
            raise StageOutputError("ungrounded_output", "no listed entity occurs in the passage")
        return kept

    @classmethod
    def render(cls, output: str) -> str:
        items = json.loads(output)["entities"]
        return "Named entities:\n" + "\n".join(f"- {e['text']} ({e['type']})" for e in items)


@register_prompt_stage
class PitRelationsStage(_JsonPitStage):
    name = "pit_relations"
    task = "relations"
    key = "relations"
    fields = ("head", "relation", "tail")
    max_tokens = 500
    instruction = "Extract the relations between medical entities stated in the passage."
    template = PromptTemplate(
        name="pit.relations",
        version="1",
        system=_SYSTEM,
        user=_PASSAGE
        + "Extract the relations this passage states between medical entities (e.g. treats, causes, "
        "contraindicated_with, dose_of, diagnosed_by, interacts_with). Reply with only a JSON object: "
        '{{"relations": [{{"head": "...", "relation": "...", "tail": "..."}}]}}',
    )

    @classmethod
    def render(cls, output: str) -> str:
        items = json.loads(output)["relations"]
        return "Relations:\n" + "\n".join(f"- {r['head']} {r['relation']} {r['tail']}" for r in items)


def pit_stage(task_type: str) -> PitStage:
    stage = get_prompt_stage(task_type)
    if not isinstance(stage, PitStage):
        raise KeyError(f"{task_type!r} is not a PIT task type")
    return stage


def render_task_text(task_type: str, output: str) -> str:
    """A stored PIT row as plain language-model text (the ``text`` column of a ``pit`` export)."""
    return type(pit_stage(task_type)).render(output)


def pit_stage_names(tasks: Sequence[str]) -> tuple[str, ...]:
    return tuple(task_type_of(t) for t in tasks)


def count_pit_items(token_counts: Sequence[tuple[int, int]], n_tasks: int, chunk_tokens: int) -> int:
    return sum(n_chunks(n, chunk_tokens) for _, n in token_counts) * n_tasks


def build_pit_plan(
    token_counts: Sequence[tuple[int, int]],
    tasks: Sequence[str],
    chunk_tokens: int,
    corpus_name: str,
    limit: int,
) -> list[PlanItem]:
    """One item per (document chunk x task), document by document, at most ``limit`` items."""
    items: list[PlanItem] = []
    for doc_id, n_tokens in token_counts:
        for chunk in range(n_chunks(n_tokens, chunk_tokens)):
            for task in tasks:
                if len(items) >= limit:
                    return items
                fmt = "plain_text" if task == "summary" else "json"
                items.append(
                    PlanItem(len(items), task_type_of(task), corpus_name, PIT_DIFFICULTY, fmt, doc_id, chunk)
                )
    return items


class PitPipeline(Pipeline):
    """Runs the one PIT stage an item names, on the text of its document chunk."""

    # Several rows share one corpus chunk as input on purpose: what each adds is its output.
    dedup_field = "output"

    def __init__(self, *args: Any, load_chunk: ChunkLoader, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.load_chunk = load_chunk
        self._by_name = {s.name: s for s in self.stages}

    async def context(self, item: PlanItem) -> dict[str, Any]:
        if item.document_id is None or item.chunk_index is None:
            raise ValueError(f"PIT item {item.index} has no document chunk")
        return {
            "index": item.index,
            "task_type": item.task_type,
            "corpus_name": item.document_type,
            "output_format": item.output_format,
            "document": await self.load_chunk(item.document_id, item.chunk_index),
        }

    def stages_for(self, item: PlanItem) -> list[Stage]:
        return [self._by_name[item.task_type]]
