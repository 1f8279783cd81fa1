"""The bundled suite: synthetic clinical items written here from a seed (no third-party text).

Twelve tasks shaped like CLUE+'s (NLI, problem lists, question summaries, long-note multiple choice,
medication QA, report QA, ICD-10 concepts, coding, entity extraction, error correction, visit notes,
social determinants), ``PER_TASK`` items each. The facts are drawn from small tables below, so every
gold answer is right by construction. It exists so tests and ``make`` targets run offline; it measures
whether a pipeline works, not how a model compares with published scores.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from mediflow.evaluation.families import Item, get_family
from mediflow.evaluation.suites import Suite, build_suite

PER_TASK = 25
SEED = 13

# condition, ICD-10-CM code, drug, dose, a symptom, a finding
CONDITIONS = [
    (
        "community-acquired pneumonia",
        "J18.9",
        "amoxicillin",
        "1 g three times daily",
        "productive cough",
        "right lower lobe consolidation",
    ),
    ("type 2 diabetes mellitus", "E11.9", "metformin", "500 mg twice daily", "polyuria", "HbA1c of 8.9%"),
    ("essential hypertension", "I10", "amlodipine", "5 mg daily", "headache", "blood pressure 168/96"),
    (
        "atrial fibrillation",
        "I48.91",
        "apixaban",
        "5 mg twice daily",
        "palpitations",
        "irregularly irregular rhythm",
    ),
    (
        "acute kidney injury",
        "N17.9",
        "intravenous saline",
        "1 L over 4 hours",
        "reduced urine output",
        "creatinine 2.4 mg/dL",
    ),
    ("heart failure", "I50.9", "furosemide", "40 mg daily", "ankle swelling", "ejection fraction 30%"),
    ("asthma exacerbation", "J45.901", "prednisone", "40 mg daily", "wheeze", "peak flow 55% of predicted"),
    (
        "urinary tract infection",
        "N39.0",
        "nitrofurantoin",
        "100 mg twice daily",
        "dysuria",
        "positive urine nitrites",
    ),
    ("hypothyroidism", "E03.9", "levothyroxine", "50 mcg daily", "fatigue", "TSH 11.2 mIU/L"),
    (
        "iron deficiency anemia",
        "D50.9",
        "ferrous sulfate",
        "325 mg daily",
        "exertional dyspnea",
        "ferritin 6 ng/mL",
    ),
    ("major depressive disorder", "F32.9", "sertraline", "50 mg daily", "low mood", "PHQ-9 score of 18"),
    ("gout", "M10.9", "colchicine", "0.6 mg twice daily", "painful swollen toe", "uric acid 9.8 mg/dL"),
]
SEXES = ["man", "woman"]
NAMES = ["the patient"]
SDOH = {
    "housing instability": "lives in a shelter since losing the apartment last month",
    "food insecurity": "often skips meals because money for groceries runs out",
    "transportation barrier": "missed two appointments because there is no bus to the clinic",
    "no social need": "lives with a supportive partner in their own home and drives to visits",
}


def _case(rng: random.Random) -> dict[str, Any]:
    cond, code, drug, dose, symptom, finding = rng.choice(CONDITIONS)
    return {
        "cond": cond,
        "code": code,
        "drug": drug,
        "dose": dose,
        "symptom": symptom,
        "finding": finding,
        "age": rng.randint(21, 88),
        "sex": rng.choice(SEXES),
        "days": rng.randint(2, 12),
    }


def _note(c: dict[str, Any]) -> str:
    return (
        f"A {c['age']}-year-old {c['sex']} presented with {c['symptom']} for {c['days']} days. "
        f"Examination and tests showed {c['finding']}. The diagnosis was {c['cond']}. "
        f"{c['drug'].capitalize()} {c['dose']} was started."
    )


def _other(rng: random.Random, c: dict[str, Any]) -> tuple[str, ...]:
    return rng.choice([x for x in CONDITIONS if x[0] != c["cond"]])


def _nli(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    kind = rng.choice(["entailment", "contradiction", "neutral"])
    hypothesis = {
        "entailment": f"The patient has {c['cond']}.",
        "contradiction": f"The patient has no {c['symptom']}.",
        "neutral": "The patient has a family history of colon cancer.",
    }[kind]
    return {
        "family": "classification",
        "text": f"Premise: {_note(c)}\nHypothesis: {hypothesis}",
        "question": "Does the premise entail, contradict, or say nothing about the hypothesis?",
        "labels": ["entailment", "contradiction", "neutral"],
        "answer": kind,
    }


def _problems(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    o = _other(rng, c)
    doc = _note(c) + f" History of {o[0]}, on {o[2]}."
    return {
        "family": "summarization",
        "instruction": "List the patient's problems, separated by semicolons.",
        "document": doc,
        "reference": f"{c['cond']}; {o[0]}",
    }


def _qsum(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    opener = rng.choice(["Hello doctor,", "Hi,", "Good morning,"])
    q = (
        f"{opener} my {rng.choice(['mother', 'father', 'brother'])} was told they have {c['cond']} and "
        f"was given {c['drug']}. They worry a lot and read many things online. What are the side effects "
        f"of {c['drug']}? Thanks for any help."
    )
    return {
        "family": "summarization",
        "instruction": "Summarize the consumer health question in one short question.",
        "document": q,
        "reference": f"What are the side effects of {c['drug']}?",
    }


def _choices(rng: random.Random, right: str, column: int) -> dict[str, Any]:
    """Options A-D: ``right`` and three other values of that CONDITIONS column, shuffled."""
    wrong = rng.sample([x[column] for x in CONDITIONS if x[column] != right], 3)
    options = [right, *wrong]
    rng.shuffle(options)
    return {"options": dict(zip("ABCD", options, strict=True)), "answer": "ABCD"[options.index(right)]}


def _longmc(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    choices = _choices(rng, c["drug"], 2)
    notes = " ".join(_note(_case(rng)) for _ in range(2))
    return {
        "family": "multiple_choice",
        "context": f"Day 1: {_note(c)} Later notes: {notes}",
        "question": f"Which drug was started on day 1 for the {c['cond']}?",
        **choices,
    }


def _medqa(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    return {
        "family": "qa",
        "question": f"In this note, what dose of {c['drug']} was started?",
        "context": _note(c),
        "answers": [c["dose"]],
    }


def _rrsqa(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    return {
        "family": "qa",
        "question": "What finding is reported?",
        "context": f"Report: {c['finding']} noted. No other acute abnormality.",
        "answers": [c["finding"]],
    }


def _concepts(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    return {
        "family": "multiple_choice",
        "question": f"What is the description of the ICD-10-CM code {c['code']}?",
        **_choices(rng, c["cond"], 0),
    }


def _coding(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    o = _other(rng, c)
    return {
        "family": "coding",
        "text": _note(c) + f" Also treated for {o[0]}.",
        "codes": [c["code"], o[1]],
    }


def _ner(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    return {
        "family": "extraction",
        "text": _note(c),
        "entity_types": ["problem", "drug"],
        "entities": [{"type": "problem", "text": c["cond"]}, {"type": "drug", "text": c["drug"]}],
    }


def _medec(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    sentences = [
        f"A {c['age']}-year-old {c['sex']} presented with {c['symptom']}.",
        f"Tests showed {c['finding']}.",
        f"The diagnosis was {c['cond']}.",
        f"{c['drug'].capitalize()} {c['dose']} was started.",
    ]
    if rng.random() < 0.5:
        return {"family": "error_correction", "sentences": sentences}
    wrong_drug = _other(rng, c)[2]
    correct = sentences[3]
    sentences[3] = f"{wrong_drug.capitalize()} {c['dose']} was started."
    return {"family": "error_correction", "sentences": sentences, "error_sentence": 3, "correction": correct}


def _aci(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    dialogue = (
        f"Doctor: What brings you in today?\nPatient: I have had {c['symptom']} for {c['days']} days.\n"
        f"Doctor: Your results show {c['finding']}. This is {c['cond']}.\n"
        f"Doctor: I will start {c['drug']} {c['dose']}.\nPatient: Thank you."
    )
    reference = (
        f"Subjective: {c['symptom']} for {c['days']} days.\nObjective: {c['finding']}.\n"
        f"Assessment: {c['cond']}.\nPlan: start {c['drug']} {c['dose']}."
    )
    return {
        "family": "note_generation",
        "dialogue": dialogue,
        "reference": reference,
        "sections": ["Subjective", "Objective", "Assessment", "Plan"],
    }


def _sdoh(rng: random.Random, c: dict[str, Any]) -> dict[str, Any]:
    label = rng.choice(sorted(SDOH))
    return {
        "family": "classification",
        "text": f"Social history: the patient {SDOH[label]}. {_note(c)}",
        "question": "Which social determinant of health does the social history describe?",
        "labels": sorted(SDOH),
        "answer": label,
    }


TASKS: dict[str, Callable[[random.Random, dict[str, Any]], dict[str, Any]]] = {
    "nli": _nli,
    "problem-list": _problems,
    "question-summary": _qsum,
    "long-note-mc": _longmc,
    "medication-qa": _medqa,
    "report-qa": _rrsqa,
    "icd10-concepts": _concepts,
    "icd10-coding": _coding,
    "entities": _ner,
    "error-correction": _medec,
    "visit-note": _aci,
    "social-needs": _sdoh,
}


def bundled_items(seed: int = SEED, per_task: int = PER_TASK) -> list[dict[str, Any]]:
    out = []
    for task, make in TASKS.items():
        rng = random.Random(f"{seed}:{task}")
        for n in range(per_task):
            out.append({"id": f"{task}-{n:03d}", "task": task} | make(rng, _case(rng)))
    return out


@lru_cache(maxsize=4)
def bundled_suite(seed: int = SEED, per_task: int = PER_TASK) -> Suite:
    """The bundled suite (12 tasks x ``per_task`` items), identical for the same seed."""
    items: list[tuple[Item, str]] = []
    for data in bundled_items(seed, per_task):
        items.append((get_family(data["family"]).item_type.model_validate(data), data["id"]))
    return build_suite("bundled", items)
