"""Every status a resource can have, and which of them are final: the one list API, CLI and SDK read.

A status set typed twice drifts (the CLI once polled a ``budget_exhausted`` job forever), so clients
derive their "is it over?" test from ``FINAL`` here instead of retyping it.
"""

from __future__ import annotations

import enum


class Lifecycle(enum.StrEnum):
    """The statuses of a queued resource; ``FINAL_STATUSES`` (below) says which of them end it."""

    @property
    def is_final(self) -> bool:
        return self in FINAL_STATUSES[type(self)]


class JobStatus(Lifecycle):
    queued = "queued"
    running = "running"
    completed = "completed"
    failed = "failed"
    cancelling = "cancelling"
    cancelled = "cancelled"
    # A budget cap was reached: the job stopped cleanly and kept what it produced.
    budget_exhausted = "budget_exhausted"


FINAL_JOB_STATUSES = frozenset(
    {JobStatus.completed, JobStatus.failed, JobStatus.cancelled, JobStatus.budget_exhausted}
)


class ShardStatus(enum.StrEnum):
    queued = "queued"
    running = "running"
    finished = "finished"


class SampleStatus(enum.StrEnum):
    pending = "pending"
    done = "done"  # generated and kept
    failed = "failed"  # a stage failed; failed_stage and failure_reason say why
    filtered = "filtered"  # below a judge threshold; kept in storage with the reason
    duplicate = "duplicate"  # a near or exact duplicate of duplicate_of
    phi = "phi"  # dropped by the PHI policy "drop"
    cancelled = "cancelled"  # never run: job cancelled, budget exhausted


# Samples that are over: whatever happened, nothing more will be done to them.
FINISHED_SAMPLE_STATUSES = frozenset(set(SampleStatus) - {SampleStatus.pending})
# Finished but not kept: the quality gate removed them (they count toward progress, not toward done).
GATED_SAMPLE_STATUSES = frozenset({SampleStatus.filtered, SampleStatus.duplicate, SampleStatus.phi})


class ExportStatus(Lifecycle):
    queued = "queued"
    running = "running"
    completed = "completed"
    failed = "failed"


FINAL_EXPORT_STATUSES = frozenset({ExportStatus.completed, ExportStatus.failed})


class TrainingStatus(Lifecycle):
    queued = "queued"
    running = "running"
    completed = "completed"
    failed = "failed"
    cancelling = "cancelling"
    cancelled = "cancelled"


FINAL_TRAINING_STATUSES = frozenset(
    {TrainingStatus.completed, TrainingStatus.failed, TrainingStatus.cancelled}
)


class ReviewDecision(enum.StrEnum):
    """What one reviewer decided about one sample."""

    accept = "accept"
    reject = "reject"
    edit = "edit"  # accepted with corrections; the original row stays as generated


class ReviewStatus(enum.StrEnum):
    """A sample's review outcome over all its reviewers (each reviewer's latest decision counts)."""

    unreviewed = "unreviewed"
    accepted = "accepted"  # every reviewer accepted or edited
    rejected = "rejected"  # every reviewer rejected
    disputed = "disputed"  # reviewers disagree


FINAL_STATUSES: dict[type[Lifecycle], frozenset[Lifecycle]] = {
    JobStatus: FINAL_JOB_STATUSES,
    ExportStatus: FINAL_EXPORT_STATUSES,
    TrainingStatus: FINAL_TRAINING_STATUSES,
}

# Plain strings for clients that read JSON (CLI, SDK): one place, derived from the enums above.
FINAL = {
    "generation_job": frozenset(s.value for s in FINAL_JOB_STATUSES),
    "export": frozenset(s.value for s in FINAL_EXPORT_STATUSES),
    "training_run": frozenset(s.value for s in FINAL_TRAINING_STATUSES),
    # Evaluations run on the training queue and take its statuses.
    "evaluation": frozenset(s.value for s in FINAL_TRAINING_STATUSES),
}
