"""Counts gathered while rows stream past, for the export record and the dataset card."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

CRITERIA = ("quality", "alignment", "coherence", "realism", "difficulty")


@dataclass
class ExportStats:
    rows: int = 0
    documents: int = 0
    splits: Counter[str] = field(default_factory=Counter)
    task_types: Counter[str] = field(default_factory=Counter)
    document_types: Counter[str] = field(default_factory=Counter)
    difficulty_levels: Counter[str] = field(default_factory=Counter)
    output_formats: Counter[str] = field(default_factory=Counter)
    # Scores rounded to 0.1: the histogram needs no list of every score, whatever the row count.
    scores: dict[str, Counter[float]] = field(default_factory=lambda: {c: Counter() for c in CRITERIA})
    teachers: Counter[str] = field(default_factory=Counter)
    prompt_versions: dict[str, set[str]] = field(default_factory=dict)
    jobs: Counter[str] = field(default_factory=Counter)
    # Rows a person reviewed, by outcome, and how many of them carry a reviewer's edit.
    reviewed: Counter[str] = field(default_factory=Counter)
    edited: int = 0
    warnings: list[str] = field(default_factory=list)  # shown on the export (e.g. an empty split)
    contaminated: int = 0  # rows and documents left out for overlapping an evaluation suite

    def add(self, row: Mapping[str, Any], split: str) -> None:
        self.rows += 1
        self.splits[split] += 1
        self.task_types[row["task_type"]] += 1
        self.document_types[row["input_data"]] += 1
        self.difficulty_levels[str(row["difficulty_level"])] += 1
        self.output_formats[row["output_format"]] += 1
        for criterion in CRITERIA:
            if row[criterion] is not None:
                self.scores[criterion][round(float(row[criterion]), 1)] += 1
        self.teachers[f"{row['teacher_backend']}/{row['teacher_model']}"] += 1
        for stage, version in (row["prompt_versions"] or {}).items():
            self.prompt_versions.setdefault(stage, set()).add(str(version))
        self.jobs[row["job_id"]] += 1

    def as_counts(self) -> dict[str, Any]:
        """JSON for the export record."""
        return {
            "rows": self.rows,
            "documents": self.documents,
            "splits": dict(self.splits),
            "task_types": dict(self.task_types),
            "document_types": dict(self.document_types),
            "difficulty_levels": dict(self.difficulty_levels),
            "output_formats": dict(self.output_formats),
            "teachers": dict(self.teachers),
            "jobs": dict(self.jobs),
            "reviewed": sum(self.reviewed.values()),
            "review_outcomes": dict(self.reviewed),
            "edited": self.edited,
            "warnings": list(self.warnings),
        } | ({"contaminated_excluded": self.contaminated} if self.contaminated else {})
