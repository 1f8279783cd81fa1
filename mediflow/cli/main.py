"""The ``mediflow`` command line: one group, every command registered here and nowhere else."""

from __future__ import annotations

import click

from mediflow.cli.apidocs import api_docs
from mediflow.cli.data import corpus, export
from mediflow.cli.demo import demo
from mediflow.cli.eval import eval_group
from mediflow.cli.generate import generate, report, taxonomy
from mediflow.cli.jobs import jobs, preview, samples
from mediflow.cli.keys import keys
from mediflow.cli.models import models
from mediflow.cli.service import db, serve, worker
from mediflow.cli.train import train


@click.group()
@click.version_option(package_name="mediflow")
def main() -> None:
    """mediflow: synthetic clinical instruction data and MediPhi-style training."""


COMMANDS: tuple[click.Command, ...] = (
    serve,
    worker,
    db,
    generate,
    preview,
    jobs,
    samples,
    report,
    taxonomy,
    demo,
    corpus,
    export,
    keys,
    models,
    train,
    eval_group,
    api_docs,
)
for _command in COMMANDS:
    main.add_command(_command)
