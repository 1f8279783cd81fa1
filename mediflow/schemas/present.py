"""Turning a stored row into its public model without retyping the column list.

``present(Model, row, **derived)`` reads from ``row`` every attribute the model declares (the model's
fields are the one column list), then applies what has to be computed or renamed. A row is never
returned as is: only what the public model declares leaves the process.
"""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)


def present(model: type[M], row: Any, **derived: Any) -> M:
    values = {
        name: getattr(row, name) for name in model.model_fields if name not in derived and hasattr(row, name)
    }
    return model.model_validate({**values, **derived})
