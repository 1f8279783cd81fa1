"""The ``mediflow`` command line and its API client."""

from mediflow.cli.main import main

__all__ = ["main"]
