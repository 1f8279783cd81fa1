"""The ``mediflow`` command line: one group, every command registered here and nowhere else."""

from __future__ import annotations

import click

from mediflow.cli.data import corpus, export
from mediflow.cli.demo import demo
from mediflow.cli.eval import eval_group
from mediflow.cli.generate import generate, report, taxonomy
from mediflow.cli.keys import keys
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
    report,
    taxonomy,
    demo,
    corpus,
    export,
    keys,
    train,
    eval_group,
)
for _command in COMMANDS:
    main.add_command(_command)
