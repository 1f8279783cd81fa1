"""LLM-as-judge scoring of generated samples on the five MediFlow criteria, with self-consistency.

MediFlow scored every row with a judge model sampled 5 times and kept the per-criterion median.
Here ``JudgeStage`` is the pure prompt/parse step, ``aggregate_judgements`` the pure vote math,
``JudgeConfig.passes`` the pure filter, and ``judge_sample`` the only code that calls a teacher.
"""

from __future__ import annotations

import asyncio
import math
import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mediflow.generators.stages import (
    PromptTemplate,
    Row,
    Stage,
    StageOutputError,
    parse_json_object,
    register_prompt_stage,
)
from mediflow.generators.teachers.base import ChatRequest, Completion, Message, Teacher, TeacherError

Criterion = Literal["quality", "alignment", "coherence", "realism", "difficulty"]
CRITERIA: tuple[Criterion, ...] = ("quality", "alignment", "coherence", "realism", "difficulty")
SCORE_MIN, SCORE_MAX = 1, 5
RATIONALE_MAX_CHARS = 300  # bounds the tokens a vote spends (and llama.cpp's grammar size)

_RUBRIC = """\
Score each criterion with an integer from 1 (worst) to 5 (best).

quality - correctness and completeness of the ANSWER. 5: every statement is clinically correct and \
supported by the document, nothing asked for is missing. 3: mostly correct, with a minor error or a \
minor omission. 1: wrong, unsupported (hallucinated) or missing the point.
alignment - how faithfully the ANSWER follows the INSTRUCTION and the required output format, and \
how well the INSTRUCTION fits the intended task type. 5: does exactly what was asked, in exactly the \
required format. 3: partly follows it or deviates from the format in a minor way. 1: ignores the \
instruction, answers a different task, or uses the wrong format (e.g. prose where JSON was required).
coherence - logical consistency and clarity of the sample as a whole. 5: instruction, document and \
answer are consistent with each other, free of contradictions and clearly organised. 3: some \
confusing or inconsistent passages. 1: self-contradictory or incomprehensible.
realism - how plausible the DOCUMENT is as a real clinical document of its type and the TASK as \
real clinical NLP work. 5: indistinguishable from a real document (terminology, structure, values, \
abbreviations) and a task a clinician or system would need. 3: plausible but generic or slightly \
off. 1: clinically impossible values or findings, or an artificial task.
difficulty - how demanding the task actually is for a strong clinical language model, judged on \
what the task requires, NOT on the planned level. 1: the answer is copied from one sentence. \
3: combining several facts or applying common clinical knowledge. 5: multi-step expert reasoning \
across the whole document (e.g. reconciling conflicting findings, coding with exclusions).
"""

JUDGE_TEMPLATE = PromptTemplate(
    name="mediflow.judge",
    version="1",
    system=(
        "You are a strict clinical expert who reviews synthetic training data for medical language "
        "models. You judge each sample on its own merits and never reward length for its own sake."
    ),
    user=(
        "Review this sample.\n\n"
        "Task type: {task_name} - {task_description}\n"
        "Document type: {document_name}\n"
        "Planned difficulty: level {difficulty_level} of 6 ({difficulty_name})\n"
        "Required output format: {output_format}\n\n"
        "INSTRUCTION:\n{instruction}\n\nDOCUMENT:\n{input}\n\nANSWER:\n{output}\n\n"
        "{rubric}\n"
        "Reply with only a JSON object: a short 'rationale' (at most two sentences) first, then the "
        "integer scores 'quality', 'alignment', 'coherence', 'realism', 'difficulty'."
    ),
)


def judgement_schema() -> dict[str, Any]:
    """JSON schema of one judge vote.

    ``rationale`` is listed (and asked for) first so a free-running judge reasons before scoring;
    llama.cpp's grammar moves optional keys last and ignores integer bounds (hence the enum), and
    ``validate_judgement`` re-checks every vote anyway.
    """
    # The enum is what a grammar enforces (llama.cpp ignores integer bounds: SmolLM2 scored 6, 10, -5).
    score = {
        "type": "integer",
        "minimum": SCORE_MIN,
        "maximum": SCORE_MAX,
        "enum": list(range(SCORE_MIN, SCORE_MAX + 1)),
    }
    properties: dict[str, Any] = {"rationale": {"type": "string", "maxLength": RATIONALE_MAX_CHARS}}
    properties.update({name: dict(score) for name in CRITERIA})
    return {
        "type": "object",
        "properties": properties,
        "required": list(CRITERIA),
        "additionalProperties": False,
    }


def _judge_context(row: Row) -> dict[str, Any]:
    # Rows re-read from storage or the public dataset carry only the public columns; fall back to
    # them so old rows can be (re-)judged without the planning context.
    context = dict(row)
    context.setdefault("task_name", row["task_type"])
    context.setdefault("task_description", "")
    context.setdefault("document_name", row.get("input_data", "clinical document"))
    context.setdefault("difficulty_name", "unspecified")
    context["rubric"] = _RUBRIC
    return context


def _score(value: Mapping[str, Any], name: str) -> int:
    if name not in value:
        raise StageOutputError("invalid_judgement", f"missing score {name!r}")
    raw = value[name]
    # bool is an int subclass; "true" is not a score. Integral floats (4.0) are accepted.
    if isinstance(raw, bool) or not isinstance(raw, int | float):
        raise StageOutputError("invalid_judgement", f"{name}={raw!r} is not a number")
    if raw != int(raw):
        raise StageOutputError("invalid_judgement", f"{name}={raw!r} is not an integer")
    if not SCORE_MIN <= raw <= SCORE_MAX:
        raise StageOutputError("invalid_judgement", f"{name}={raw!r} out of range {SCORE_MIN}..{SCORE_MAX}")
    return int(raw)


def validate_judgement(value: Mapping[str, Any]) -> dict[str, Any]:
    """One vote as {criterion: int, "rationale": str}; raises StageOutputError("invalid_judgement")."""
    vote: dict[str, Any] = {name: _score(value, name) for name in CRITERIA}
    rationale = value.get("rationale")
    vote["rationale"] = str(rationale)[:RATIONALE_MAX_CHARS] if rationale is not None else ""
    return vote


@register_prompt_stage
class JudgeStage(Stage):
    name = "judge"
    output_column = "judgement"
    max_tokens = 256
    template = JUDGE_TEMPLATE

    def format_input(self, row: Row) -> list[Message]:
        return self.template.render(_judge_context(row))

    def wants_json(self, row: Row) -> bool:
        return True

    def json_schema(self, row: Row) -> dict[str, Any]:
        return judgement_schema()

    def format_output(self, text: str, row: Row) -> dict[str, Any]:
        try:
            value = parse_json_object(text)
        except StageOutputError as exc:
            # An unreadable vote is just an invalid vote: self-consistency absorbs it, no repair turn.
            raise StageOutputError("invalid_judgement", f"{exc.reason}: {exc.detail}") from None
        return validate_judgement(value)


@dataclass(frozen=True)
class CriterionStats:
    median: float
    spread: int  # max - min of the valid votes
    stdev: float  # population stdev; 0.0 for a single vote
    votes: tuple[int, ...]


@dataclass(frozen=True)
class JudgeResult:
    """Aggregated votes for one sample; ``failure_reason`` is set instead of scores when too few were valid."""

    scores: dict[str, float]
    stats: dict[str, CriterionStats]
    valid_votes: int
    total_votes: int
    invalid_reasons: tuple[str, ...] = ()
    rationales: tuple[str, ...] = ()
    failure_reason: str | None = None
    failure_detail: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    latency_s: float = 0.0

    @property
    def ok(self) -> bool:
        return self.failure_reason is None

    def columns(self) -> dict[str, float]:
        """The public MediFlow score columns (medians)."""
        return dict(self.scores)

    def details(self) -> dict[str, Any]:
        """Everything kept for inspection (spreads, votes, invalid votes), JSON-serialisable."""
        return {
            "valid_votes": self.valid_votes,
            "total_votes": self.total_votes,
            "invalid_reasons": list(self.invalid_reasons),
            "rationales": list(self.rationales),
            "stats": {
                name: {"median": s.median, "spread": s.spread, "stdev": s.stdev, "votes": list(s.votes)}
                for name, s in self.stats.items()
            },
            "failure_reason": self.failure_reason,
            "failure_detail": self.failure_detail,
        }


def _pstdev(values: Sequence[int]) -> float:
    """Population stdev in floats: ``statistics.pstdev`` works in exact fractions, ~37 us a call, most
    of a sample's judge aggregation on the event loop (~190 of ~225 us); a few integer votes need no
    exactness beyond the 4 decimals kept."""
    mean = math.fsum(values) / len(values)
    return math.sqrt(math.fsum((v - mean) ** 2 for v in values) / len(values))


def _stats(values: Sequence[int]) -> CriterionStats:
    return CriterionStats(
        median=float(statistics.median(values)),
        spread=max(values) - min(values),
        stdev=round(_pstdev(values), 4),
        votes=tuple(values),
    )


def aggregate_judgements(
    votes: Sequence[Mapping[str, Any]],
    min_valid_votes: int = 3,
    invalid_reasons: Sequence[str] = (),
) -> JudgeResult:
    """Per-criterion median over the valid votes; ``invalid_reasons`` are votes that already failed upstream."""
    valid: list[dict[str, Any]] = []
    reasons = list(invalid_reasons)
    for vote in votes:
        try:
            valid.append(validate_judgement(vote))
        except StageOutputError as exc:
            reasons.append(str(exc))
    total = len(votes) + len(invalid_reasons)
    if len(valid) < max(min_valid_votes, 1):
        detail = f"{len(valid)} of {total} votes valid, need {min_valid_votes}"
        if reasons:
            detail += "; " + "; ".join(reasons[:5])
        return JudgeResult(
            scores={},
            stats={},
            valid_votes=len(valid),
            total_votes=total,
            invalid_reasons=tuple(reasons),
            failure_reason="judge_failed",
            failure_detail=detail,
        )
    stats: dict[str, CriterionStats] = {name: _stats([v[name] for v in valid]) for name in CRITERIA}
    return JudgeResult(
        scores={name: s.median for name, s in stats.items()},
        stats=stats,
        valid_votes=len(valid),
        total_votes=total,
        invalid_reasons=tuple(reasons),
        rationales=tuple(v["rationale"] for v in valid if v["rationale"]),
    )


# A row is kept when the judge's median finds it at least acceptable on every content criterion;
# difficulty is descriptive (the plan sets it), so it does not filter.
DEFAULT_THRESHOLDS: dict[Criterion, float] = {
    "quality": 3.0,
    "alignment": 3.0,
    "coherence": 3.0,
    "realism": 3.0,
}


class JudgeConfig(BaseModel):
    """How a job judges its samples and which ones it keeps."""

    model_config = ConfigDict(extra="forbid")

    k: int = Field(default=5, ge=1, le=15, description="Judge samples per row (self-consistency)")
    temperature: float = Field(
        default=0.7, ge=0.0, le=2.0, description="Judge sampling temperature; >0 so the k votes differ"
    )
    min_valid_votes: int | None = Field(
        default=None, ge=1, le=15, description="Valid votes needed; a majority of k if unset"
    )
    thresholds: dict[Criterion, float] = Field(
        default_factory=lambda: dict(DEFAULT_THRESHOLDS),
        description=(
            "Minimum median per criterion; a sample below any is filtered. The default keeps rows the "
            "judge finds at least acceptable (3 of 5) on quality, alignment, coherence and realism; {} "
            "keeps everything"
        ),
    )

    @field_validator("thresholds")
    @classmethod
    def _in_scale(cls, value: dict[Criterion, float]) -> dict[Criterion, float]:
        for name, threshold in value.items():
            if not SCORE_MIN <= threshold <= SCORE_MAX:
                raise ValueError(f"threshold for {name} must be within {SCORE_MIN}..{SCORE_MAX}")
        return value

    @model_validator(mode="after")
    def _votes_fit(self) -> JudgeConfig:
        if self.min_valid_votes is not None and self.min_valid_votes > self.k:
            raise ValueError(f"min_valid_votes ({self.min_valid_votes}) cannot exceed k ({self.k})")
        return self

    @property
    def required_votes(self) -> int:
        return self.min_valid_votes if self.min_valid_votes is not None else self.k // 2 + 1

    def passes(self, result: JudgeResult) -> tuple[bool, str | None]:
        """(True, None), or (False, why) naming the first failing criterion in CRITERIA order."""
        if not result.ok:
            return False, f"{result.failure_reason}: {result.failure_detail}"
        for name in CRITERIA:
            threshold = self.thresholds.get(name)
            if threshold is not None and result.scores[name] < threshold:
                return False, f"{name} {result.scores[name]:.1f} < {threshold:.1f}"
        return True, None


@dataclass
class _Vote:
    value: dict[str, Any] | None = None
    error: str | None = None
    completion: Completion | None = None


def vote_seed(seed: int, index: int, vote: int) -> int:
    # Distinct per vote: a backend that honours seeds would otherwise return k identical votes.
    return (seed * 1_000_003 + index * 9_176 + vote * 7_919 + 17) % 2**31


async def _one_vote(teacher: Teacher, stage: JudgeStage, request: ChatRequest, row: Row) -> _Vote:
    try:
        completion = await teacher.complete(request)
    except TeacherError as exc:
        return _Vote(error=f"{exc.reason}: {exc.message}")
    try:
        return _Vote(value=stage.format_output(completion.text, row), completion=completion)
    except StageOutputError as exc:
        return _Vote(error=str(exc), completion=completion)


async def judge_sample(teacher: Teacher, row: Row, config: JudgeConfig, seed: int = 0) -> JudgeResult:
    """Run ``config.k`` judge calls concurrently and aggregate them; never raises for a bad vote."""
    stage = JudgeStage()
    messages = stage.format_input(row)
    schema = stage.json_schema(row)  # read-only, like the messages: the k votes share it
    requests = [
        ChatRequest(
            messages=messages,
            max_tokens=stage.max_tokens,
            temperature=config.temperature,
            seed=vote_seed(seed, int(row.get("index", 0)), n),
            json_schema=schema,
        )
        for n in range(config.k)
    ]
    votes = await asyncio.gather(*(_one_vote(teacher, stage, r, row) for r in requests))
    result = aggregate_judgements(
        [v.value for v in votes if v.value is not None],
        min_valid_votes=config.required_votes,
        invalid_reasons=[v.error for v in votes if v.error is not None],
    )
    completions = [v.completion for v in votes if v.completion is not None]
    return _with_usage(result, completions)


def _with_usage(result: JudgeResult, completions: Sequence[Completion]) -> JudgeResult:
    return replace(
        result,
        tokens_in=sum(c.tokens_in for c in completions),
        tokens_out=sum(c.tokens_out for c in completions),
        latency_s=sum(c.latency_s for c in completions),
    )


REJECTION_CHECK_TEMPLATE = PromptTemplate(
    name="mediflow.rejection_check",
    version="1",
    system=(
        "You are a strict clinical reviewer. You compare a correct answer with a rewritten one and say "
        "whether the rewrite really contains the claimed kind of error."
    ),
    user=(
        "INSTRUCTION:\n{instruction}\n\nDOCUMENT:\n{input}\n\nCORRECT ANSWER:\n{output}\n\n"
        "REWRITTEN ANSWER:\n{rejected_output}\n\n"
        "Claimed error type: {error_type} - {error_description}.\n"
        "Does the rewritten answer contain an error of exactly this type that the correct answer does "
        "not have? Reply with only a JSON object: 'explanation' (one sentence naming the error, or "
        "saying none is there) and 'contains_error' (true or false)."
    ),
)


def rejection_check_schema() -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {
            "explanation": {"type": "string", "maxLength": RATIONALE_MAX_CHARS},
            "contains_error": {"type": "boolean"},
        },
        "required": ["explanation", "contains_error"],
    }


@dataclass(frozen=True)
class RejectionCheck:
    contains_error: bool
    explanation: str
    tokens_in: int = 0
    tokens_out: int = 0
    latency_s: float = 0.0


async def check_rejection(
    teacher: Teacher, row: Row, error_description: str, seed: int = 0
) -> RejectionCheck:
    """Ask the judge whether ``row["rejected_output"]`` really contains its ``error_type``.

    An unreadable verdict counts as "not verified": a pair is only kept when the judge says yes.
    """
    messages = REJECTION_CHECK_TEMPLATE.render({**row, "error_description": error_description})
    request = ChatRequest(
        messages=messages,
        max_tokens=160,
        temperature=0.0,
        seed=vote_seed(seed, int(row.get("index", 0)), 97),
        json_schema=rejection_check_schema(),
    )
    completion = await teacher.complete(request)
    usage = (completion.tokens_in, completion.tokens_out, completion.latency_s)
    try:
        value = parse_json_object(completion.text)
    except StageOutputError as exc:
        return RejectionCheck(False, f"unreadable verdict: {exc.detail}", *usage)
    verdict = value.get("contains_error")
    explanation = str(value.get("explanation", ""))[:RATIONALE_MAX_CHARS]
    return RejectionCheck(verdict is True, explanation, *usage)
