"""What the PHI scanner finds in a text, as (category, text) pairs: what the rule tables assert."""

from __future__ import annotations

from mediflow.quality.phi import PhiScanner, PhiType, scan

# The rules alone (the classifier's additions and vetoes are tested with it), built on first use.
_rules: PhiScanner | None = None


def found(text: str) -> list[tuple[PhiType, str]]:
    return [(f.type, f.text) for f in scan(text)]


def found_by_rules(text: str) -> list[tuple[PhiType, str]]:
    """As ``found``, with the rule engine alone (``PhiScanner(use_model=False)``)."""
    global _rules
    if _rules is None:
        _rules = PhiScanner(use_model=False)
    return [(f.type, f.text) for f in _rules.scan(text)]
