"""``mediflow generate``, ``mediflow report`` and ``mediflow taxonomy``: jobs through the API.

A job is one spec (GenerationJobCreate): ``--spec FILE`` (YAML or JSON, the same body REST and the SDK
take), with flags laid over it. Flags name what they set: ``--output-format`` (not the export format),
``--teacher-concurrency`` (teacher calls in flight, not worker jobs), ``--max-tokens-per-call`` (not the
job's ``--budget-tokens``); anything without a flag is reachable with ``--set path=value``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any, get_args

import click
import yaml
from pydantic import ValidationError
from rich.console import Console

from mediflow.cli.common import api, api_options, read_mapping
from mediflow.schemas.quality import PhiSpec

# The spec's own list, so the flag offers exactly what the API takes (surrogate included).
SAMPLE_PHI_POLICIES = list(get_args(PhiSpec.model_fields["policy"].annotation))

console = Console()


def _set_path(body: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, leaf = dotted.split(".")
    node = body
    for key in parents:
        child = node.setdefault(key, {})
        if not isinstance(child, dict):
            raise click.BadParameter(f"{key} in {dotted!r} is not a mapping", param_hint="--set")
        node = child
    node[leaf] = value


def _assignment(text: str) -> tuple[str, Any]:
    path, sep, raw = text.partition("=")
    if not sep or not path:
        raise click.BadParameter(f"{text!r} is not PATH=VALUE (e.g. quality.judge.k=3)", param_hint="--set")
    return path, yaml.safe_load(raw) if raw else None


def _price(text: str) -> dict[str, float]:
    try:
        inp, out = (float(x) for x in text.split(","))
    except ValueError:
        raise click.BadParameter(
            f"{text!r} is not IN,OUT (USD per million tokens)", param_hint="--price"
        ) from None
    return {"input_per_million": inp, "output_per_million": out}


# flag name -> where it goes in the spec
_TEACHER_FLAGS = {
    "teacher_name": "name",
    "backend": "backend",
    "model": "model",
    "base_url": "base_url",
    "server": "server",
    "secret_ref": "secret_ref",
    "temperature": "temperature",
    "max_tokens_per_call": "max_tokens",
    "teacher_concurrency": "concurrency",
    "max_concurrency": "max_concurrency",
    "rpm": "rpm_limit",
    "tpm": "tpm_limit",
    "max_retries": "max_retries",
}


def build_job_body(spec: dict[str, Any] | None = None, **opts: Any) -> dict[str, Any]:
    """The spec file's mapping with every flag the user set laid over it; unset flags leave it alone."""
    body: dict[str, Any] = json.loads(json.dumps(spec or {}))
    for key in ("n_samples", "kind", "seed", "shards"):
        if opts.get(key) is not None:
            body[key] = opts[key]
    if opts.get("corpus"):
        body["corpus_id"] = opts["corpus"]
    if opts.get("pit_tasks"):
        _set_path(body, "pit.tasks", list(opts["pit_tasks"]))
    for key in ("task_types", "document_types", "difficulty_levels", "output_formats"):
        if opts.get(key):
            body[key] = list(opts[key])
    for flag, field in _TEACHER_FLAGS.items():
        if opts.get(flag) is not None:
            _set_path(body, f"teacher.{field}", opts[flag])
    if opts.get("price"):
        _set_path(body, "teacher.price", _price(opts["price"]))
    if opts.get("budget_tokens") is not None:
        _set_path(body, "budget.max_tokens", opts["budget_tokens"])
    if opts.get("budget_cost") is not None:
        _set_path(body, "budget.max_cost", opts["budget_cost"])
    if opts.get("judge") is not None:
        _set_path(body, "quality.judge.enabled", opts["judge"])
    if opts.get("judge_votes") is not None:
        _set_path(body, "quality.judge.k", opts["judge_votes"])
    if opts.get("phi_policy"):
        _set_path(body, "quality.phi.policy", opts["phi_policy"])
    if opts.get("dpo") is not None:
        _set_path(body, "quality.dpo.enabled", opts["dpo"])
    for assignment in opts.get("sets") or ():
        _set_path(body, *_assignment(assignment))
    if "n_samples" not in body and "quota" not in body:
        raise click.UsageError("give -n/--n-samples, or a --spec file with n_samples or a quota")
    return body


def job_options(fn: Any) -> Any:
    """Every spec field a flag can set; shared by generate and preview so their flags agree."""
    options = [
        click.option(
            "--spec",
            "spec_file",
            type=click.Path(exists=True, dir_okay=False, path_type=Path),
            help="A job spec (YAML or JSON): the POST /v1/generation-jobs body; flags override it.",
        ),
        click.option("-n", "--n-samples", type=int, default=None),
        click.option("--kind", type=click.Choice(["mediflow", "pit"]), default=None),
        click.option("--corpus", default=None, help="pit jobs: the corpus id (see `mediflow corpus list`)."),
        click.option(
            "--pit-task", "pit_tasks", multiple=True, help="pit jobs: qa, summary, entities, relations."
        ),
        click.option("--task-type", "task_types", multiple=True, help="Repeat for several; default all."),
        click.option("--document-type", "document_types", multiple=True),
        click.option("--difficulty", "difficulty_levels", type=int, multiple=True),
        click.option(
            "--output-format", "--format", "output_formats", multiple=True, help="plain_text and/or json"
        ),
        click.option(
            "--teacher",
            "teacher_name",
            default=None,
            help="A named teacher the operator declared (MEDIFLOW_TEACHERS): its endpoint, key and limits.",
        ),
        click.option(
            "--backend", default=None, help="Teacher backend (embedded, openai, azure, vllm, transformers)."
        ),
        click.option("--model", default=None),
        click.option(
            "--base-url",
            default=None,
            help="An ad-hoc OpenAI-compatible endpoint, if the server allows them (never sent a key).",
        ),
        click.option(
            "--server",
            type=click.Choice(["openai", "azure", "vllm", "llamacpp", "generic"]),
            default=None,
            help="What serves --base-url (decides how JSON output is asked for).",
        ),
        click.option(
            "--secret-ref",
            default=None,
            help="Refused by the API: keys are bound to named teachers by the operator (use --teacher).",
        ),
        click.option("--temperature", type=float, default=None),
        click.option(
            "--max-tokens-per-call",
            "--max-tokens",
            "max_tokens_per_call",
            type=int,
            default=None,
            help="Upper bound of one teacher answer.",
        ),
        click.option(
            "--teacher-concurrency",
            "--concurrency",
            "teacher_concurrency",
            type=int,
            default=None,
            help="Teacher calls in flight to start with.",
        ),
        click.option("--max-concurrency", type=int, default=None, help="Ceiling of the adaptive limit."),
        click.option("--rpm", type=int, default=None, help="Requests per minute, all workers."),
        click.option("--tpm", type=int, default=None, help="Tokens per minute, all workers."),
        click.option("--max-retries", type=int, default=None),
        click.option("--price", default=None, help="IN,OUT USD per million tokens (else the price table)."),
        click.option("--budget-tokens", type=int, default=None, help="Stop the job after this many tokens."),
        click.option("--budget-cost", type=float, default=None, help="Stop the job after this many USD."),
        click.option("--judge/--no-judge", default=None, help="LLM-as-a-judge votes on every sample."),
        click.option("--judge-votes", type=int, default=None, help="Judge votes per sample (default 5)."),
        click.option(
            "--phi-policy",
            type=click.Choice(SAMPLE_PHI_POLICIES),
            default=None,
            help="What a generated row with PHI becomes (quality.phi.policy; default flag).",
        ),
        click.option("--dpo/--no-dpo", default=None, help="Make DPO pairs (rejected outputs)."),
        click.option("--shards", type=int, default=None, help="Celery tasks the job is split into."),
        click.option("--seed", type=int, default=None),
        click.option(
            "--set", "sets", multiple=True, help="PATH=VALUE for any other spec field, e.g. quality.judge.k=3"
        ),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def body_from_options(spec_file: Path | None, opts: dict[str, Any]) -> dict[str, Any]:
    return build_job_body(read_mapping(spec_file, "--spec") if spec_file else None, **opts)


@click.command()
@job_options
@click.option(
    "--estimate", is_flag=True, help="Print the expected calls, tokens, cost and time; submit nothing."
)
@click.option(
    "--print-spec", is_flag=True, help="Print the request body and exit (a --spec file to start from)."
)
@click.option("--idempotency-key", default=None)
@click.option("--wait/--no-wait", default=True, show_default=True, help="Follow progress until the job ends.")
@api_options
def generate(
    spec_file: Path | None,
    estimate: bool,
    print_spec: bool,
    idempotency_key: str | None,
    wait: bool,
    api_url: str | None,
    api_key: str | None,
    **opts: Any,
) -> None:
    """Submit a generation job (a --spec file and/or flags) to the API and follow it."""
    body = body_from_options(spec_file, opts)
    if print_spec:
        click.echo(yaml.safe_dump(body, sort_keys=False), nl=False)
        return
    with api(api_url, api_key) as client:
        if estimate:
            print_estimate(client.estimate_job(body).model_dump(mode="json"))
            return
        job = client.create_job(body, idempotency_key=idempotency_key)
        console.print(f"job [bold]{job.id}[/] {job.status}: {job.counts.planned} samples planned")
        if wait:
            from mediflow.cli.progress import follow_job, print_summary

            job = follow_job(client, job.id, console)
            print_summary(client, job, console, n_examples=0)
            if job.status == "failed":
                sys.exit(1)


def print_estimate(est: dict[str, Any]) -> None:
    cost = (
        f"${est['cost']:.4f}"
        if est["cost"] is not None
        else "unknown (no price for this model: --price IN,OUT)"
    )
    minutes = est["seconds"] / 60
    console.print(
        f"{est['planned']} samples · {est['calls']} teacher calls · ~{est['tokens_in']:,} tokens in, "
        f"~{est['tokens_out']:,} out · cost {cost} · time ~{minutes:.1f} min on one worker"
    )
    top = est.get("top_ups")
    if top:

        def rng(key: str, fmt: str = "{:,.0f}") -> str:
            s = top[key]
            return f"{fmt.format(s['expected'])} ({fmt.format(s['low'])}–{fmt.format(s['high'])})"

        keep = top["keep_rate"]
        console.print(
            f"quota top-ups on top: ~{rng('rows')} rows in {rng('rounds')} rounds · {rng('calls')} calls · "
            f"time ~{rng('seconds', '{:,.0f}')} s"
            + (
                f" · cost ${top['cost']['expected']:.4f} (${top['cost']['low']:.4f}–${top['cost']['high']:.4f})"
                if top["cost"]
                else ""
            )
            + f" · keep rate {keep['expected']:.0%} ({keep['low']:.0%}–{keep['high']:.0%}), {top['keep_rate_source']}",
            highlight=False,
        )
    console.print(f"assumptions: {json.dumps(est['assumptions'])}", highlight=False)


@click.command()
@click.argument("job_id")
@api_options
def report(job_id: str, api_url: str | None, api_key: str | None) -> None:
    """Print a job's coverage and quality report as tables."""
    from mediflow.cli.rendering import print_report

    with api(api_url, api_key) as client:
        print_report(client.job_report(job_id).model_dump(mode="json"), console)


@click.command()
def taxonomy() -> None:
    """Print the packaged taxonomy."""
    from rich.table import Table

    from mediflow.generators.taxonomy import default_taxonomy

    tax = default_taxonomy()
    table = Table(title=f"task types (taxonomy {tax.version})")
    table.add_column("id")
    table.add_column("family")
    table.add_column("description")
    for t in tax.task_types:
        table.add_row(t.id, t.family, t.description)
    console.print(table)
    for fam in tax.document_families:
        console.print(f"[bold]{fam.name}[/]: " + ", ".join(d.id for d in fam.document_types))
    console.print("difficulty levels: " + ", ".join(f"{d.level} {d.name}" for d in tax.difficulty_levels))
    console.print("output formats: " + ", ".join(o.id for o in tax.output_formats))


def validate_body(body: dict[str, Any]) -> None:
    """Client-side check with the API's own schema, for commands that run without the API (preview)."""
    from mediflow.schemas.jobs import GenerationJobCreate

    try:
        GenerationJobCreate.model_validate(body)
    except ValidationError as exc:
        raise click.ClickException(
            "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        ) from None
