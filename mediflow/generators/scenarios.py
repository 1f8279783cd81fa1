"""Seeded case scenarios: who the patient is, where, with what, written by whom.

Every attribute is drawn from its own balanced sequence: values come in seeded shuffled blocks, so
within any prefix of a document type's samples each allowed value appears within one of the others.
Diversity across a job is therefore planned (ages, settings, conditions, styles spread evenly), and
a scenario is a pure function of (job seed, document type, rank of the sample within that type).
Conditions come from the packaged code list ``conditions.yaml`` (ICD-10-CM).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, Literal, TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, Field

from mediflow.schemas.taxonomy import DocumentType, Taxonomy

T = TypeVar("T")
Population = Literal["adult", "pediatric", "obstetric"]


class Condition(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(pattern=r"^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
    name: str
    system: str
    population: Population | None = None
    sex: Literal["female", "male"] | None = None


class ConditionList(BaseModel):
    version: str
    conditions: list[Condition] = Field(min_length=1)


@lru_cache
def default_conditions() -> ConditionList:
    text = resources.files("mediflow.generators").joinpath("conditions.yaml").read_text(encoding="utf-8")
    return ConditionList.model_validate(yaml.safe_load(text))


AGE_BANDS: dict[Population, tuple[str, ...]] = {
    "adult": (
        "young adult (18-39 years)",
        "middle-aged adult (40-64 years)",
        "older adult (65-79 years)",
        "elderly adult (80-89 years)",
    ),
    "pediatric": (
        "newborn (0-28 days)",
        "infant (1-11 months)",
        "young child (1-5 years)",
        "school-age child (6-11 years)",
        "adolescent (12-17 years)",
    ),
    "obstetric": ("young adult (18-39 years)", "young adult (18-39 years)", "adult (40-45 years)"),
}
SETTINGS = (
    "inpatient medical ward",
    "intensive care unit",
    "emergency department",
    "specialist outpatient clinic",
    "primary care practice",
    "telehealth visit",
    "long-term care facility",
    "home health visit",
)
ACUITY = ("routine", "urgent", "emergent", "critical")
SPECIALTIES: dict[str, tuple[str, ...]] = {
    "cardiovascular": ("cardiology", "internal medicine"),
    "neurological": ("neurology", "neurosurgery"),
    "respiratory": ("pulmonology", "internal medicine"),
    "gastrointestinal": ("gastroenterology", "general surgery"),
    "renal": ("nephrology", "urology"),
    "endocrine": ("endocrinology", "family medicine"),
    "infectious": ("infectious diseases", "internal medicine"),
    "oncology": ("medical oncology", "surgical oncology"),
    "hematologic": ("hematology", "internal medicine"),
    "musculoskeletal": ("orthopedics", "rheumatology"),
    "mental_health": ("psychiatry", "family medicine"),
    "obstetric": ("obstetrics", "maternal-fetal medicine"),
    "dermatologic": ("dermatology", "wound care"),
    "other": ("ophthalmology", "family medicine"),
}
PEDIATRIC_SYSTEMS = frozenset(
    {"respiratory", "infectious", "gastrointestinal", "endocrine", "neurological", "hematologic"}
)
COMORBIDITY_COUNTS = (0, 1, 2, 3)
CLINICIAN_ROLES = (
    "attending physician",
    "resident physician",
    "nurse practitioner",
    "physician assistant",
    "registered nurse",
    "clinical pharmacist",
)
CLINICIAN_STYLES = (
    "terse, abbreviation-heavy",
    "full narrative prose",
    "templated EHR note with headings",
    "dictated and transcribed, slightly conversational",
    "problem-oriented with bullet points",
)
CONSUMER_ROLES = ("the patient", "a parent", "an adult child caring for the patient", "a spouse or partner")
CONSUMER_STYLES = (
    "rambling and anxious",
    "brief, with spelling mistakes",
    "detailed and chronological",
    "frustrated after a previous visit",
)


def balanced_pick(values: Sequence[T], key: str, rank: int) -> T:
    """The ``rank``-th value of a sequence made of seeded shuffles of ``values``, one per block."""
    if not values:
        raise ValueError(f"nothing to pick from for {key}")
    block, position = divmod(rank, len(values))
    return values[_block_order(key, block, len(values))[position]]


@lru_cache(maxsize=4096)
def _block_order(key: str, block: int, n: int) -> tuple[int, ...]:
    """The seeded shuffle of one block, as positions: a shuffle's swaps depend on its length alone, so
    this is the order ``random.Random(f"{key}:{block}").shuffle`` gives any n values. Cached: the n
    samples of a block share it, where seeding and shuffling anew cost each of them ~20 us a pick."""
    order = list(range(n))
    random.Random(f"{key}:{block}").shuffle(order)
    return tuple(order)


def population_of(doc: DocumentType) -> Population:
    return doc.population if doc.population in ("pediatric", "obstetric") else "adult"  # type: ignore[return-value]


def conditions_for(doc: DocumentType, conditions: Sequence[Condition]) -> list[Condition]:
    population = population_of(doc)
    systems = set(doc.systems) if doc.systems else None

    def allowed(c: Condition) -> bool:
        if systems is not None and c.system not in systems:
            return False
        if population == "obstetric":
            return c.population == "obstetric"
        if population == "pediatric":
            return c.population == "pediatric" or (c.population is None and c.system in PEDIATRIC_SYSTEMS)
        return c.population in (None, "adult")

    found = [c for c in conditions if allowed(c)]
    # A narrow system list with no entry for the population falls back to the population alone.
    return found or [c for c in conditions if c.population in (None, population)]


def sample_scenario(
    taxonomy: Taxonomy, document_type: str, seed: int, rank: int, conditions: ConditionList | None = None
) -> dict[str, Any]:
    """The case attributes of the ``rank``-th sample of ``document_type`` in a job with ``seed``."""
    doc = taxonomy.document(document_type)
    features = taxonomy.features_of(document_type)
    codes = conditions or default_conditions()

    def pick(name: str, values: Sequence[T]) -> T:
        return balanced_pick(values, f"mediflow.scenario:{seed}:{document_type}:{name}", rank)

    population = population_of(doc)
    condition = pick("condition", conditions_for(doc, codes.conditions))
    sexes = (
        [condition.sex]
        if condition.sex
        else (["female"] if population == "obstetric" else ["female", "male"])
    )
    n_comorbid = pick("comorbidity_count", COMORBIDITY_COUNTS)
    others = [c for c in codes.conditions if c.code != condition.code and c.population in (None, "adult")]
    rng = random.Random(f"mediflow.scenario:{seed}:{document_type}:comorbidities:{rank}")
    comorbidities = [f"{c.name} ({c.code})" for c in rng.sample(others, min(n_comorbid, len(others)))]
    consumer = "consumer_message" in features
    return {
        "age_band": pick("age_band", AGE_BANDS[population]),
        "sex": pick("sex", sexes),
        "setting": pick("setting", SETTINGS),
        "specialty": pick("specialty", SPECIALTIES.get(condition.system, ("internal medicine",))),
        "condition": {"code": condition.code, "name": condition.name, "system": condition.system},
        "comorbidities": comorbidities if population != "pediatric" else comorbidities[:1],
        "acuity": pick("acuity", ACUITY),
        "author_role": pick("author_role", CONSUMER_ROLES if consumer else CLINICIAN_ROLES),
        "note_style": pick("note_style", CONSUMER_STYLES if consumer else CLINICIAN_STYLES),
    }


def describe_scenario(scenario: dict[str, Any]) -> str:
    """The scenario as prompt lines."""
    condition = scenario["condition"]
    comorbid = ", ".join(scenario["comorbidities"]) or "none"
    return "\n".join(
        [
            f"- Patient: {scenario['sex']}, {scenario['age_band']}",
            f"- Main condition: {condition['name']} (ICD-10-CM {condition['code']})",
            f"- Comorbidities: {comorbid}",
            f"- Care setting (unless the document type fixes it): {scenario['setting']}",
            f"- Specialty: {scenario['specialty']}; acuity: {scenario['acuity']}",
            f"- Written by: {scenario['author_role']}; style: {scenario['note_style']}",
        ]
    )
