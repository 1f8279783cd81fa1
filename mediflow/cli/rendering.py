"""Rendering a job report (GET /v1/generation-jobs/{id}/report) as terminal tables."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def _table(title: str, columns: list[str], rows: list[list[Any]]) -> Table:
    table = Table(title=title)
    for i, col in enumerate(columns):
        table.add_column(col, justify="left" if i == 0 else "right")
    for row in rows:
        table.add_row(*(str(v) for v in row))
    return table


def print_report(report: dict[str, Any], console: Console) -> None:
    cost = f" · cost ${report['cost']:.4f}" if report.get("cost") is not None else ""
    console.print(
        f"[bold]job {report['job_id']}[/] {report['status']} · planned {report['planned']} · "
        f"tokens {report['tokens_in']} in / {report['tokens_out']} out{cost}"
    )
    statuses = [[k, v] for k, v in report["statuses"].items() if v]
    console.print(_table("rows by status", ["status", "rows"], statuses))
    if report["failures"]:
        rows = [[f["status"], f["stage"] or "", f["reason"] or "", f["count"]] for f in report["failures"]]
        console.print(_table("not kept", ["status", "stage", "reason", "rows"], rows))
    for key, title in (
        ("by_task_type", "task types"),
        ("by_difficulty", "difficulty"),
        ("by_output_format", "output format"),
        ("by_document_type", "document types"),
    ):
        rows = [[m["value"], m["planned"], m["kept"]] for m in report[key]]
        console.print(_table(title, [title, "planned", "kept"], rows))
    if quota := report.get("quota"):
        rows = [
            [
                " / ".join(str(v) for v in q["stratum"].values()),
                q["planned"],
                q["kept"],
                q["topped_up"],
                q["short"],
            ]
            for q in quota["strata"]
        ]
        title = (
            f"quota: {quota['kept_per_stratum']} kept per {' x '.join(quota['stratum_keys'])} · "
            f"{quota['met']} met, {quota['short']} short · top-up rounds {quota['rounds']}/{quota['max_rounds']}"
        )
        console.print(_table(title, ["stratum", "planned", "kept", "topped up", "short"], rows))
        if quota.get("stopped_short"):
            console.print(f"stopped short: {quota['stopped_short']}")
    judged = {k: v for k, v in report["judge"].items() if v["count"]}
    if judged:
        scales = ["1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5"]
        rows = [
            [k, v["count"], v["mean"], *(v["histogram"].get(s, 0) for s in scales)] for k, v in judged.items()
        ]
        console.print(_table("judge scores (medians)", ["criterion", "rows", "mean", *scales], rows))
    if report["phi"]:
        console.print(
            _table(
                f"PHI findings ({report['phi_rows']} rows)",
                ["type", "findings"],
                list(map(list, report["phi"].items())),
            )
        )
    if report["dpo_pairs"]:
        console.print(
            _table("DPO pairs", ["error type", "pairs"], list(map(list, report["dpo_pairs"].items())))
        )
    if report.get("dpo_unpaired"):
        console.print(
            _table(
                "kept rows without a DPO pair",
                ["reason", "rows"],
                list(map(list, report["dpo_unpaired"].items())),
            )
        )
