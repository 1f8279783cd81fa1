"""What the default PHI scanner finds in a text, as (category, text) pairs: what the rule tables assert."""

from __future__ import annotations

from mediflow.quality.phi import PhiType, scan


def found(text: str) -> list[tuple[PhiType, str]]:
    return [(f.type, f.text) for f in scan(text)]
