"""Task families: what an item holds, how it is asked, how a reply is read, and how a task is scored.

Each family is a pydantic item model plus three pure functions (``prompt``, ``reference_reply`` for
few-shot turns, ``score``), testable without a model. Metrics come back as fractions; the harness
shows them x100 and a task's score is the mean of its metrics (as CLUE does).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mediflow.core.registries import EVAL_FAMILIES
from mediflow.evaluation import metrics as m


class Item(BaseModel):
    """Fields every suite line carries."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=200)
    task: str = Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
    family: str


ItemT = TypeVar("ItemT", bound=Item)


@dataclass(frozen=True)
class Family(Generic[ItemT]):
    name: str
    item_type: type[ItemT]
    system: str
    prompt: Callable[[ItemT], str]
    reference_reply: Callable[[ItemT], str]
    score: Callable[[Sequence[ItemT], Sequence[str]], dict[str, float]]
    description: str = ""


def register(family: Family[Any]) -> Family[Any]:
    EVAL_FAMILIES.register(family.name, family)
    return family


def get_family(name: str) -> Family[Any]:
    return EVAL_FAMILIES.get(name)


def family_names() -> tuple[str, ...]:
    return EVAL_FAMILIES.names()


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


# --- multiple choice (LongHealth, MedConceptsQA) ---------------------------------------------------

_LETTERS = "ABCDEF"
_ANSWER_IS = re.compile(r"answer is:?\s*\(?([A-F])\b", re.IGNORECASE)
_LONE_LETTER = re.compile(r"(?<![A-Za-z])\(?([A-F])[\).:]?(?![A-Za-z])")


class MultipleChoiceItem(Item):
    question: str = Field(min_length=1)
    context: str = ""
    options: dict[str, str] = Field(min_length=2, max_length=6)
    answer: str

    @model_validator(mode="after")
    def _letters(self) -> MultipleChoiceItem:
        if bad := sorted(set(self.options) - set(_LETTERS)):
            raise ValueError(f"options keys must be letters A-F, got {bad}")
        if self.answer not in self.options:
            raise ValueError(f"answer {self.answer!r} is not one of the options {sorted(self.options)}")
        return self


def parse_choice(output: str, options: Sequence[str]) -> str | None:
    """ "The correct answer is X" first (the CLUE convention), else the first lone option letter."""
    if found := _ANSWER_IS.search(output):
        letter = found.group(1).upper()
        return letter if letter in options else None
    for found in _LONE_LETTER.finditer(output):
        if found.group(1) in options:
            return found.group(1)
    return None


def _mc_prompt(item: MultipleChoiceItem) -> str:
    opts = "\n".join(f"{k}. {v}" for k, v in sorted(item.options.items()))
    context = f"{item.context}\n\n" if item.context else ""
    return f"{context}{item.question}\n{opts}\nReply with 'The correct answer is X', X being one letter."


def _mc_score(items: Sequence[MultipleChoiceItem], outputs: Sequence[str]) -> dict[str, float]:
    preds = [parse_choice(o, list(i.options)) for i, o in zip(items, outputs, strict=True)]
    return {"accuracy": m.accuracy(preds, [i.answer for i in items])}


register(
    Family(
        "multiple_choice",
        MultipleChoiceItem,
        "You are a clinical expert answering multiple-choice questions.",
        _mc_prompt,
        lambda i: f"The correct answer is {i.answer}.",
        _mc_score,
        "accuracy over option letters",
    )
)

# --- classification and NLI (MedNLI, SDoH) ----------------------------------------------------------


class ClassificationItem(Item):
    text: str = Field(min_length=1)
    question: str = "Classify the text."
    labels: list[str] = Field(min_length=2)
    answer: str

    @model_validator(mode="after")
    def _answer_is_label(self) -> ClassificationItem:
        if self.answer not in self.labels:
            raise ValueError(f"answer {self.answer!r} is not one of labels {self.labels}")
        return self


def parse_label(output: str, labels: Sequence[str]) -> str | None:
    """The one label the reply names (whole words, any case); none or several named → no answer."""
    low = output.lower()
    named = [lab for lab in labels if re.search(rf"(?<![a-z0-9]){re.escape(lab.lower())}(?![a-z0-9])", low)]
    return named[0] if len(named) == 1 else None


def _cls_prompt(item: ClassificationItem) -> str:
    return f"{item.text}\n\n{item.question}\nAnswer with exactly one of: {', '.join(item.labels)}."


def _cls_score(items: Sequence[ClassificationItem], outputs: Sequence[str]) -> dict[str, float]:
    preds = [parse_label(o, i.labels) or "" for i, o in zip(items, outputs, strict=True)]
    gold = [i.answer for i in items]
    labels = sorted({lab for i in items for lab in i.labels})
    return {"accuracy": m.accuracy(preds, gold), "macro_f1": m.macro_f1(preds, gold, labels)}


register(
    Family(
        "classification",
        ClassificationItem,
        "You are a clinical expert. Answer with the label only.",
        _cls_prompt,
        lambda i: i.answer,
        _cls_score,
        "accuracy and macro-F1 over labels; a reply naming no label or several counts as wrong",
    )
)

# --- question answering (MedicationQA, RRS QA, MeDiSumQA) -----------------------------------------


class QaItem(Item):
    question: str = Field(min_length=1)
    context: str = ""
    answers: list[str] = Field(min_length=1)


def _qa_prompt(item: QaItem) -> str:
    return f"{item.context}\n\nQuestion: {item.question}" if item.context else item.question


def _qa_score(items: Sequence[QaItem], outputs: Sequence[str]) -> dict[str, float]:
    pairs = list(zip(items, outputs, strict=True))
    return {
        "exact_match": _mean([m.exact_match(o, i.answers) for i, o in pairs]),
        "f1": _mean([m.token_f1(o, i.answers) for i, o in pairs]),
        "rougeL": _mean([max(m.rouge_l(o, a) for a in i.answers) for i, o in pairs]),
    }


register(
    Family(
        "qa",
        QaItem,
        "You are a clinical expert. Answer concisely.",
        _qa_prompt,
        lambda i: i.answers[0],
        _qa_score,
        "exact match, token F1 and ROUGE-L against the best reference",
    )
)

# --- summarization (Problem List Summarization, MeQSum) ---------------------------------------------


class SummarizationItem(Item):
    document: str = Field(min_length=1)
    instruction: str = "Summarize the text."
    reference: str = Field(min_length=1)


def _rouge_scores(pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    per = [m.rouge(pred, ref) for pred, ref in pairs]
    return {k: _mean([p[k] for p in per]) for k in ("rouge1", "rouge2", "rougeL")}


register(
    Family(
        "summarization",
        SummarizationItem,
        "You are a clinical expert writing faithful, concise summaries.",
        lambda i: f"{i.instruction}\n\n{i.document}",
        lambda i: i.reference,
        lambda items, outs: _rouge_scores([(o, i.reference) for i, o in zip(items, outs, strict=True)]),
        "ROUGE-1/2/L F-measure",
    )
)

# --- entity extraction --------------------------------------------------------------------------------


class Entity(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    type: str = Field(min_length=1)
    text: str = Field(min_length=1)


class ExtractionItem(Item):
    text: str = Field(min_length=1)
    entity_types: list[str] = Field(min_length=1)
    entities: list[Entity]

    @model_validator(mode="after")
    def _known_types(self) -> ExtractionItem:
        if bad := sorted({e.type for e in self.entities} - set(self.entity_types)):
            raise ValueError(f"entities use types not in entity_types: {bad}")
        return self


def parse_entities(output: str, types: Sequence[str]) -> set[tuple[str, str]]:
    """Lines "type: text" (one entity per line) whose type is one asked for."""
    wanted = {t.lower() for t in types}
    found = set()
    for line in output.splitlines():
        kind, sep, text = line.strip().lstrip("-* ").partition(":")
        if sep and kind.strip().lower() in wanted and text.strip():
            found.add(m.entity_key(kind, text))
    return found


def _ext_score(items: Sequence[ExtractionItem], outputs: Sequence[str]) -> dict[str, float]:
    counts = [
        m.set_counts(parse_entities(o, i.entity_types), {m.entity_key(e.type, e.text) for e in i.entities})
        for i, o in zip(items, outputs, strict=True)
    ]
    return {"entity_f1": m.micro_f1(counts)}


register(
    Family(
        "extraction",
        ExtractionItem,
        "You are a clinical information extraction system.",
        lambda i: (
            f"{i.text}\n\nList every entity of types {', '.join(i.entity_types)}, one per line as 'type: text'."
        ),
        lambda i: "\n".join(f"{e.type}: {e.text}" for e in i.entities) or "none",
        _ext_score,
        "micro entity F1 on (type, normalised text)",
    )
)

# --- coding (MeDiSumCode, ICD-10-CM) -----------------------------------------------------------------

ICD10 = re.compile(r"\b([A-TV-Z][0-9][0-9AB](?:\.[0-9A-TV-Z]{1,4})?)\b")


class CodingItem(Item):
    text: str = Field(min_length=1)
    instruction: str = "List the ICD-10-CM codes for this note, separated by commas."
    codes: list[str] = Field(min_length=1)

    @field_validator("codes")
    @classmethod
    def _icd10(cls, value: list[str]) -> list[str]:
        if bad := [c for c in value if not ICD10.fullmatch(c.upper())]:
            raise ValueError(f"not ICD-10-CM codes: {bad}")
        return [c.upper() for c in value]


def parse_codes(output: str) -> set[str]:
    return {c.upper() for c in ICD10.findall(output.upper())}


def _code_score(items: Sequence[CodingItem], outputs: Sequence[str]) -> dict[str, float]:
    preds = [parse_codes(o) for o in outputs]
    exact = [m.set_counts(p, i.codes) for i, p in zip(items, preds, strict=True)]
    prefix = [
        m.set_counts({m.code_prefix(c) for c in p}, {m.code_prefix(c) for c in i.codes})
        for i, p in zip(items, preds, strict=True)
    ]
    return {"code_f1": m.micro_f1(exact), "code_f1_3char": m.micro_f1(prefix)}


register(
    Family(
        "coding",
        CodingItem,
        "You are a clinical coder.",
        lambda i: f"{i.instruction}\n\n{i.text}",
        lambda i: ", ".join(i.codes),
        _code_score,
        "micro F1 over exact codes and over 3-character categories",
    )
)

# --- error detection and correction (MEDEC) ---------------------------------------------------------

_ERROR_REPLY = re.compile(
    r"error\s*(?:in\s*sentence\s*)?#?\s*(\d+)\s*[:\-]\s*(.*)", re.IGNORECASE | re.DOTALL
)


class ErrorCorrectionItem(Item):
    sentences: list[str] = Field(min_length=1)
    error_sentence: int | None = Field(default=None, ge=0, description="Index of the wrong sentence")
    correction: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> ErrorCorrectionItem:
        if (self.error_sentence is None) != (self.correction is None):
            raise ValueError("error_sentence and correction go together (both set, or both null)")
        if self.error_sentence is not None and self.error_sentence >= len(self.sentences):
            raise ValueError(f"error_sentence {self.error_sentence} is past the last sentence")
        return self


def parse_error_reply(output: str) -> tuple[bool, int | None, str]:
    """(flags an error, sentence index, corrected sentence) from "ERROR <i>: <sentence>" or "CORRECT"."""
    if found := _ERROR_REPLY.search(output):
        return (
            True,
            int(found.group(1)),
            found.group(2).strip().splitlines()[0] if found.group(2).strip() else "",
        )
    return False, None, ""


def _ec_prompt(item: ErrorCorrectionItem) -> str:
    lines = "\n".join(f"{n}: {s}" for n, s in enumerate(item.sentences))
    return (
        f"{lines}\n\nThe note may hold one clinical error. If it does, reply 'ERROR <sentence number>: "
        "<corrected sentence>'; if not, reply 'CORRECT'."
    )


def _ec_reply(item: ErrorCorrectionItem) -> str:
    return "CORRECT" if item.error_sentence is None else f"ERROR {item.error_sentence}: {item.correction}"


def _ec_score(items: Sequence[ErrorCorrectionItem], outputs: Sequence[str]) -> dict[str, float]:
    parsed = [parse_error_reply(o) for o in outputs]
    flags = m.accuracy([p[0] for p in parsed], [i.error_sentence is not None for i in items])
    sentences = m.accuracy([p[1] for p in parsed], [i.error_sentence for i in items])
    corrections = [
        m.rouge_l(p[2], i.correction) if p[0] and p[1] == i.error_sentence else 0.0
        for i, p in zip(items, parsed, strict=True)
        if i.correction is not None
    ]
    return {"flag_accuracy": flags, "sentence_accuracy": sentences, "correction_rougeL": _mean(corrections)}


register(
    Family(
        "error_correction",
        ErrorCorrectionItem,
        "You are a clinician reviewing notes for medical errors.",
        _ec_prompt,
        _ec_reply,
        _ec_score,
        "error flag accuracy, error sentence accuracy, ROUGE-L of the correction (0 when the wrong sentence)",
    )
)

# --- note generation from dialogue (ACI-Bench) --------------------------------------------------------


class NoteGenerationItem(Item):
    dialogue: str = Field(min_length=1)
    reference: str = Field(min_length=1)
    sections: list[str] = Field(default_factory=list, description="Headings the note must hold")


def _note_prompt(item: NoteGenerationItem) -> str:
    heads = f" with sections {', '.join(item.sections)}" if item.sections else ""
    return f"Write the clinical note{heads} for this visit.\n\n{item.dialogue}"


def _note_score(items: Sequence[NoteGenerationItem], outputs: Sequence[str]) -> dict[str, float]:
    pairs = list(zip(items, outputs, strict=True))
    scores = _rouge_scores([(o, i.reference) for i, o in pairs])
    scores["section_coverage"] = _mean([m.section_coverage(o, i.sections) for i, o in pairs])
    return scores


register(
    Family(
        "note_generation",
        NoteGenerationItem,
        "You are a clinical scribe writing visit notes.",
        _note_prompt,
        lambda i: i.reference,
        _note_score,
        "ROUGE-1/2/L and the share of required sections present",
    )
)
