"""Per-task answer shapes: the JSON Schema a row's answer must follow, and a validator for it.

The schema sent as structured output and the one validated are the same object, so a backend that
ignores structured output (or a grammar that drops bounds) is still caught. The validator covers
the JSON Schema subset the taxonomy uses: type, enum, properties, required, additionalProperties,
items, minItems, minProperties, minLength, pattern.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from mediflow.schemas.taxonomy import TaskType

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def label_value(raw: str) -> Any:
    """A planned label as its JSON value: "true"/"false" are booleans, "none" is null."""
    return {"true": True, "false": False, "none": None}.get(raw, raw)


def answer_schema(task: TaskType, label: str | None = None) -> dict[str, Any]:
    """The task's answer schema, with the planned label (if any) pinned to its one value."""
    schema = copy.deepcopy(task.json_schema)
    if label is None or task.labels is None:
        return schema
    props = schema.setdefault("properties", {})
    value = label_value(label)
    props[task.labels.field] = {"enum": [value]}
    if task.id == "error_detection_correction":
        props["has_error"] = {"enum": [value is not None]}
    return schema


def _is_type(value: Any, name: str) -> bool:
    if isinstance(value, bool) and name in ("integer", "number"):
        return False
    return isinstance(value, _TYPES[name])


def shape_errors(value: Any, schema: dict[str, Any], path: str = "$") -> list[str]:
    """Every way ``value`` breaks ``schema``; empty when it fits."""
    errors: list[str] = []
    kind = schema.get("type")
    if kind is not None:
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(_is_type(value, k) for k in kinds):
            return [f"{path}: expected {' or '.join(kinds)}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{path}: {value!r} is not one of {schema['enum']!r}"]
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                errors.append(f"{path}: missing {name!r}")
        props = schema.get("properties", {})
        for name, sub in props.items():
            if name in value:
                errors += shape_errors(value[name], sub, f"{path}.{name}")
        if schema.get("additionalProperties") is False:
            errors += [f"{path}: unexpected {k!r}" for k in value if k not in props]
        if len(value) < schema.get("minProperties", 0):
            errors.append(f"{path}: needs at least {schema['minProperties']} fields")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: needs at least {schema['minItems']} items")
        if "items" in schema:
            for i, item in enumerate(value):
                errors += shape_errors(item, schema["items"], f"{path}[{i}]")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: shorter than {schema['minLength']} characters")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']}")
    return errors
