"""Running one export: select, split, stream to Parquet, build DatasetDicts, card, archive, push.

Two passes over one database snapshot: the first reads only ids and grouping keys to assign splits,
the second streams full rows into Parquet shards. Memory stays bounded by the batch size plus ~80
bytes per row for the split assignment.
"""

from __future__ import annotations

import logging
import shutil
import traceback
from collections.abc import Callable, Mapping, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.orm import Session

from mediflow.core.settings import Settings
from mediflow.core.statuses import ReviewStatus
from mediflow.evaluation.contamination import SuiteIndex, contamination_screen
from mediflow.exports import store
from mediflow.exports.archive import make_archive
from mediflow.exports.card import write_card
from mediflow.exports.formats import ExportFormat, Row, get_format
from mediflow.exports.hub import push_to_hub
from mediflow.exports.reader import (
    KEY_COLUMNS,
    ROW_COLUMNS,
    index_ranges,
    sample_filter,
    stream_documents,
    stream_samples,
)
from mediflow.exports.splits import SplitAssigner
from mediflow.exports.stats import ExportStats
from mediflow.exports.writer import ShardWriter, save_dataset_dict
from mediflow.schemas.exports import ExportCreate
from mediflow.storage.db import session_scope
from mediflow.storage.leases import Heartbeat, new_worker_id
from mediflow.storage.models import SampleReview
from mediflow.storage.reviews import EDITABLE_FIELDS, states_for

log = logging.getLogger(__name__)


class EmptyExportError(ValueError):
    pass


class LeaseLostError(RuntimeError):
    """The export was presumed dead and re-queued; another worker now runs it."""


def export_dir(settings: Settings, export_id: str) -> Path:
    return settings.resolved_artifacts_dir / "exports" / export_id


def run_export(export_id: str, settings: Settings, worker_id: str | None = None) -> str:
    """Run an export to the end; "completed", "failed", "lost" (taken over) or "skipped" (not ours)."""
    url = settings.resolved_database_url
    worker_id = worker_id or new_worker_id()
    stall = timedelta(seconds=settings.stall_timeout_s)
    with session_scope(url) as session:
        if not store.claim_export(session, export_id, worker_id, stall):
            return "skipped"  # final, or alive on another worker: a duplicate or late message
        export = store.get_export(session, export_id)
        spec = ExportCreate.model_validate(export.spec)
        project_id = None if export.all_projects else export.project_id
    out = export_dir(settings, export_id)
    stats = ExportStats()
    with Heartbeat(
        url,
        lambda s: store.heartbeat(s, export_id, worker_id),
        settings.heartbeat_interval_s,
        f"export-heartbeat-{export_id}",
    ) as lease:

        def check_lease() -> None:
            if lease.lost.is_set():
                raise LeaseLostError(f"export {export_id} was taken over by another worker")

        try:
            _write(out, export_id, spec, stats, settings, check_lease, project_id)
            check_lease()
            archive = make_archive(out, out.with_name(f"{export_id}.tar.gz"))
        except LeaseLostError as exc:
            log.warning("%s; leaving it to that worker", exc)
            return "lost"
        except Exception as exc:  # the export records why; the worker lives on
            log.error("export %s failed: %s\n%s", export_id, exc, traceback.format_exc())
            with session_scope(url) as session:
                if store.holds(session, export_id, worker_id):
                    store.fail_export(session, export_id, f"{type(exc).__name__}: {exc}", stats.as_counts())
            return "failed"
        with session_scope(url) as session:
            if not store.holds(session, export_id, worker_id):
                return "lost"
            store.complete_export(session, export_id, stats.as_counts(), str(out), str(archive))
    if spec.push_to_hub is not None:
        return _push(export_id, out, spec, settings)
    return "completed"


def _push(export_id: str, out: Path, spec: ExportCreate, settings: Settings) -> str:
    assert spec.push_to_hub is not None
    token = settings.hf_token.get_secret_value() if settings.hf_token else None
    try:
        push_to_hub(out, spec.push_to_hub, token, settings.hf_endpoint, settings.egress_policy())
    except Exception as exc:
        with session_scope(settings.resolved_database_url) as session:
            store.fail_export(session, export_id, f"export written to {out}, but {exc}")
        return "failed"
    return "completed"


def _write(
    out: Path,
    export_id: str,
    spec: ExportCreate,
    stats: ExportStats,
    settings: Settings,
    check_lease: Callable[[], None],
    project_id: str | None = None,
) -> None:
    shutil.rmtree(out, ignore_errors=True)  # a retried export starts clean
    out.mkdir(parents=True)
    fmt = get_format(spec.format, spec)
    ratios = spec.split_ratios()
    with session_scope(settings.resolved_database_url) as session:
        _snapshot(session)
        conds = sample_filter(spec, fmt, project_id)
        ranges = index_ranges(spec)
        assigner = SplitAssigner(ratios, spec.seed, fmt.group_by_document)
        for batch in stream_samples(session, KEY_COLUMNS, conds, settings.export_batch_rows, ranges):
            assigner.add(batch)
        assigner.assign()
        screen = contamination_screen(spec.exclude_contaminated, settings)
        writer = ShardWriter(
            out / "parquet",
            {t: fmt.schema(t) for t in fmt.targets},
            settings.export_shard_rows,
            settings.export_batch_rows,
        )
        _write_rows(
            session,
            fmt,
            conds,
            ranges,
            assigner,
            writer,
            stats,
            settings.export_batch_rows,
            check_lease,
            screen,
        )
        jobs = store.job_specs(session, list(stats.jobs))
    files = writer.close()
    if stats.rows == 0:
        raise EmptyExportError(
            "no rows match the selection (check job_ids, corpus_ids, statuses and min_scores)"
        )
    configs = []
    for target in fmt.targets:
        # An empty split is never written (a trainer would die on it); the export says so instead.
        by_split = {split: files[(target, split)] for split in ratios if files.get((target, split))}
        for split in ratios:
            if split not in by_split:
                where = f"{target}/{split}" if target else split
                stats.warnings.append(
                    f"split {where!r} came out empty ({ratios[split]:g} of {stats.rows} rows, near-duplicates "
                    "and documents kept on one side) and was not written; export more rows or change splits"
                )
        save_dataset_dict(by_split, fmt.schema(target), out / target)
        prefix = f"parquet/{target}/" if target else "parquet/"
        configs.append(
            {
                "config_name": target or "default",
                "data_files": [{"split": s, "path": f"{prefix}{s}-*.parquet"} for s in by_split],
            }
        )
    for warning in stats.warnings:
        log.warning("export %s: %s", export_id, warning)
    write_card(out, export_id, spec, stats, jobs, configs)


def _snapshot(session: Session) -> None:
    """Both passes must see the same rows while jobs keep writing: one repeatable-read snapshot on
    PostgreSQL.

    SQLite gets none: pysqlite sends no BEGIN before a SELECT, so each page query reads the database as
    it is when it runs. Pass two may then meet rows committed after pass one (they have no split and are
    skipped), miss rows that left the selection meanwhile, and read a row whose status moved between two
    selected statuses from both ranges (``stream_samples`` keeps it once).
    """
    if session.get_bind().dialect.name == "postgresql":
        session.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def _reviewed(row: Row, state: SampleReview | None, stats: ExportStats) -> Row:
    """The row as a person left it: a reviewer's edit replaces the generated columns it corrects."""
    if state is None or state.status == ReviewStatus.unreviewed.value:
        return row
    stats.reviewed[state.status] += 1
    if not state.edits:
        return row
    stats.edited += 1
    return {**row, **{k: v for k, v in state.edits.items() if k in EDITABLE_FIELDS}}


def _write_rows(
    session: Session,
    fmt: ExportFormat,
    conds: Sequence[ColumnElement[bool]],
    ranges: Sequence[tuple[str, str]],
    assigner: SplitAssigner,
    writer: ShardWriter,
    stats: ExportStats,
    batch: int,
    check_lease: Callable[[], None],
    screen: SuiteIndex | None = None,
) -> None:
    names = assigner.names
    for rows in stream_samples(session, ROW_COLUMNS, conds, batch, ranges):
        check_lease()  # a worker presumed dead stops writing files another worker now owns
        ids = [r["id"] for r in rows]
        codes = assigner.splits_of(ids)
        reviews = states_for(session, ids)
        for stored, code in zip(rows, codes, strict=True):
            if code < 0:  # committed after pass one; it belongs to the next export
                continue
            split = names[int(code)]
            row = _reviewed(stored, reviews.get(stored["id"]), stats)
            if screen is not None and screen.hits(_row_text(row)):  # the row as it would be exported
                stats.contaminated += 1
                continue
            stats.add(row, split)
            for target, record in fmt.convert(row):
                writer.add(target, split, record)
    if not fmt.group_by_document:
        return
    for docs in stream_documents(session, assigner.documents, batch):
        for doc in docs:
            code = assigner.documents.get(int(doc["id"]))
            if code is None:
                continue
            if screen is not None and screen.hits(doc["text"]):
                stats.contaminated += 1
                continue
            stats.documents += 1
            for target, record in fmt.document(int(doc["id"]), doc["text"]):
                writer.add(target, names[code], record)


def _row_text(row: Mapping[str, Any]) -> str:
    return "\n".join(str(row.get(k) or "") for k in ("instruction", "input", "output", "rejected_output"))
