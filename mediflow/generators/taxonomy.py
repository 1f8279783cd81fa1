"""Loading the packaged (or a user's) taxonomy YAML into validated models."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from mediflow.schemas.taxonomy import Taxonomy

PACKAGED = "taxonomy.yaml"


def load_taxonomy_file(path: str | Path) -> Taxonomy:
    with open(path, encoding="utf-8") as fh:
        return Taxonomy.model_validate(yaml.safe_load(fh))


@lru_cache
def default_taxonomy() -> Taxonomy:
    """The taxonomy shipped with mediflow (``mediflow/generators/taxonomy.yaml``)."""
    text = resources.files("mediflow.generators").joinpath(PACKAGED).read_text(encoding="utf-8")
    return Taxonomy.model_validate(yaml.safe_load(text))
