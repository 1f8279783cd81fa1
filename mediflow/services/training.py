"""Use cases behind the training-run endpoints: turn a request into a runnable recipe, submit, read.

Everything a recipe names is checked here, at the boundary, so a worker never starts on a recipe that
cannot run: exports referenced by id must exist, be completed and have the right format; local paths
must stay under their root (models under MEDIFLOW_MODELS_DIR, datasets under the artifacts root) and
exist. Problems come back as one 422 naming every bad field.
"""

from __future__ import annotations

import copy
from collections import deque
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from sqlalchemy.orm import Session

from mediflow.core.errors import InvalidRequestError, NotFoundError, field_path
from mediflow.core.paths import PathEscapeError, resolve_under
from mediflow.core.settings import Settings
from mediflow.schemas.present import present
from mediflow.schemas.training import (
    TrainingProgress,
    TrainingRunCreate,
    TrainingRunLinks,
    TrainingRunPublic,
)
from mediflow.storage import ownership
from mediflow.storage import training_runs as store
from mediflow.storage.models import Export, ExportStatus, TrainingRun, new_id
from mediflow.training.recipe import Recipe, RecipeError, builtin_recipe_path

RUNS_PATH = "/v1/training-runs"
Problem = tuple[tuple[str | int, ...], str]  # (location under the recipe, reason)
# The splits every trainer reads (mediflow.training.data, not imported here: it loads `datasets`).
REQUIRED_SPLITS = ("train", "validation")


class RecipeRejected(InvalidRequestError):
    """422 with one detail per bad field, each named ``recipe.<path>``."""

    def __init__(self, problems: list[Problem]) -> None:
        details = [(field_path(("recipe", *loc)), msg.removeprefix("Value error, ")) for loc, msg in problems]
        super().__init__(*details[0], details=details)
        self.args = ("invalid request: " + "; ".join(f"{f}: {r}" for f, r in details[:3]),)


def runs_dir(settings: Settings) -> Path:
    return settings.resolved_artifacts_dir / "training-runs"


def submit_run(session: Session, body: TrainingRunCreate, settings: Settings) -> TrainingRun:
    """Validate and resolve the recipe, then store the run (committed) for a training worker."""
    recipe = build_recipe(session, body, settings)
    run_id = new_id()
    run_dir = runs_dir(settings) / run_id
    run = store.create_run(session, recipe.name, recipe.model_dump(mode="json"), str(run_dir), run_id)
    session.commit()
    return run


def build_recipe(session: Session, body: TrainingRunCreate, settings: Settings) -> Recipe:
    if body.recipe is not None:
        data = copy.deepcopy(body.recipe)
    else:
        assert body.recipe_name is not None
        base = yaml.safe_load(builtin_recipe_path(body.recipe_name).read_text(encoding="utf-8"))
        data = deep_merge(base, body.overrides)
    problems = _resolve_export_ids(session, data)
    if problems:
        raise RecipeRejected(problems)
    try:
        recipe = Recipe.model_validate(data)
    except ValidationError as exc:
        raise RecipeRejected([(tuple(e["loc"]), e["msg"]) for e in exc.errors()]) from None
    recipe, problems = _resolve_paths(recipe, settings)
    problems += _foreign_datasets(session, recipe, settings) + _over_ceilings(recipe.model_dump(), settings)
    if problems:
        raise RecipeRejected(problems)
    try:
        recipe.check_paths()  # the library's own check: a guard against anything missed above
    except RecipeError as exc:
        raise RecipeRejected([((), str(exc))]) from None
    return recipe


def deep_merge(base: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """Mappings merge key by key; anything else (lists included) is replaced.

    Naming an export by ``export_id`` replaces the built-in recipe's directory for it (and vice versa).
    """
    out = dict(base)
    if "export_id" in overrides:
        out = {k: v for k, v in out.items() if k not in ("path", "export")}
    elif overrides.keys() & {"path", "export"}:
        out.pop("export_id", None)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


# Where a recipe names an export: (location of the holding mapping, key the directory goes in, format).
# A None format means "the mapping's own `kind`" (an ExportRef); the export's format fills it in.
Slot = tuple[tuple[str | int, ...], dict[str, Any], str, str | None]


def _export_slots(data: dict[str, Any]) -> list[Slot]:
    slots: list[Slot] = []
    for i, expert in enumerate(_list(data.get("experts"))):
        slots.append((("experts", i), expert, "path", "pit"))
    alignment = _dict(data.get("alignment"))
    for kind in ("sft", "dpo"):
        if isinstance(alignment.get(kind), dict):
            slots.append((("alignment", kind), alignment[kind], "export", kind))
    validation = _dict(data.get("slerp")).get("validation")
    if isinstance(validation, dict):
        slots.append((("slerp", "validation"), validation, "path", None))
    for i, ref in enumerate(_list(_dict(data.get("evaluate")).get("exports"))):
        slots.append((("evaluate", "exports", i), ref, "path", None))
    return [s for s in slots if isinstance(s[1], dict)]  # malformed parts are left to validation


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _resolve_export_ids(session: Session, data: dict[str, Any]) -> list[Problem]:
    """Replace every ``export_id`` with that export's dataset directory, in place."""
    problems: list[Problem] = []
    for loc, holder, key, wanted in _export_slots(data):
        if "export_id" not in holder:
            continue
        export_id = holder.pop("export_id")
        where = (*loc, "export_id")
        if key in holder:
            problems.append((where, f"give either export_id or {key}, not both"))
            continue
        export = session.get(Export, str(export_id))
        if export is None or not ownership.may_see(session, export):
            raise NotFoundError(f"{_dotted(('recipe', *where))}: export {export_id!r} not found")
        fmt = wanted or holder.setdefault("kind", export.format)
        if export.format != fmt:
            problems.append((where, f"export {export_id} has format {export.format!r}; {fmt!r} is needed"))
        elif export.status != ExportStatus.completed.value or not export.artifact_path:
            problems.append((where, f"export {export_id} is {export.status}; it must be completed"))
        else:
            holder[key] = export.artifact_path
    return problems


def _foreign_datasets(session: Session, recipe: Recipe, settings: Settings) -> list[Problem]:
    """A project's key may train only on its own project's exports (admins on any directory)."""
    if ownership.caller_project(session) is None:
        return []
    exports_root = settings.resolved_artifacts_dir / "exports"
    problems: list[Problem] = []
    for loc, holder, key, _ in _export_slots(recipe.model_dump()):
        if holder.get(key) is None:
            continue
        path = Path(holder[key])
        parts = path.relative_to(exports_root).parts if path.is_relative_to(exports_root) else ()
        export = session.get(Export, parts[0]) if parts else None
        if export is None or not ownership.may_see(session, export):
            problems.append(((*loc, key), "name one of this project's exports (export_id)"))
    return problems


def _over_ceilings(data: Any, settings: Settings, loc: tuple[str | int, ...] = ()) -> list[Problem]:
    """Epochs and step caps anywhere in the recipe stay under the server's ceilings."""
    limits = {"epochs": settings.max_training_epochs, "max_steps": settings.max_training_steps}
    problems: list[Problem] = []
    items = data.items() if isinstance(data, dict) else enumerate(data) if isinstance(data, list) else ()
    for k, v in items:
        if k in limits and isinstance(v, int | float) and v > limits[k]:
            problems.append(((*loc, k), f"at most {limits[k]:g} on this server"))
        else:
            problems += _over_ceilings(v, settings, (*loc, k))
    return problems


def _dotted(loc: tuple[str | int, ...]) -> str:
    """("recipe", "experts", 0, "path") -> "recipe.experts[0].path", as validation errors name fields."""
    return "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc).lstrip(".")


def _resolve_paths(recipe: Recipe, settings: Settings) -> tuple[Recipe, list[Problem]]:
    """Every path made absolute under its root and checked to exist; the problems name their field."""
    data = recipe.model_dump()
    problems: list[Problem] = []
    models, datasets = settings.resolved_models_dir, settings.resolved_artifacts_dir
    # The library resolves a recipe against one root holding models/ and exports/ (the built-in
    # recipes say models/tiny-llama); the service's models root is that models/ folder itself.
    raw_base = Path(data["base_model"])
    if not raw_base.is_absolute() and raw_base.parts[:1] == ("models",) and len(raw_base.parts) > 1:
        data["base_model"] = Path(*raw_base.parts[1:])
    base = _checked(data, ("base_model",), models, "config.json", problems)
    if base is not None:
        data["base_model"] = base
    for loc, holder, key, _ in _export_slots(data):
        # A pit export holds stage1/ and stage2/ DatasetDicts; sft and dpo exports are one DatasetDict.
        must_hold = "stage1" if loc[0] == "experts" or holder.get("kind") == "pit" else "dataset_dict.json"
        resolved = _checked(holder, (*loc, key), datasets, must_hold, problems)
        if resolved is not None:
            holder[key] = resolved
            parts = ("stage1", "stage2") if must_hold == "stage1" else ("",)
            for part in parts:
                for split in REQUIRED_SPLITS:
                    split_dir = resolved / part / split
                    if _split_rows(split_dir) == 0:
                        where = f"{part}/{split}" if part else split
                        state = "empty" if split_dir.is_dir() else "missing"
                        problems.append(
                            (
                                (*loc, key),
                                f"export {resolved.name}: its {where!r} split is {state}; "
                                "re-export with more rows or other splits",
                            )
                        )
    _resolve_suites(data, datasets, problems)
    return (Recipe.model_validate(data) if not problems else recipe), problems


def _split_rows(split_dir: Path) -> int:
    """Rows in a saved split (0 when it is missing): a trainer dies on an empty validation split."""
    import pyarrow as pa

    total = 0
    for arrow in sorted(split_dir.glob("*.arrow")):
        with pa.memory_map(str(arrow)) as source:
            total += sum(batch.num_rows for batch in pa.ipc.open_stream(source))
    return total


def _resolve_suites(data: dict[str, Any], root: Path, problems: list[Problem]) -> None:
    """Task suites (selection, evaluate.suite) other than `bundled` are files under the artifacts root."""
    for loc, holder in (
        (("selection",), data.get("selection")),
        (("evaluate", "suite"), _dict(data.get("evaluate")).get("suite")),
    ):
        if not isinstance(holder, dict) or holder.get("suite") in (None, "bundled"):
            continue
        try:
            path = resolve_under(root, holder["suite"])
        except PathEscapeError as exc:
            problems.append(((*loc, "suite"), f"{exc}; suites must lie under {root}"))
            continue
        if not path.exists():
            problems.append(((*loc, "suite"), f"{holder['suite']} does not exist under {root}"))
        else:
            holder["suite"] = path


def _checked(
    holder: dict[str, Any], loc: tuple[str | int, ...], root: Path, must_hold: str, problems: list[Problem]
) -> Path | None:
    raw = holder[str(loc[-1])]
    try:
        path = resolve_under(root, raw)
    except PathEscapeError as exc:
        problems.append((loc, f"{exc}; paths must lie under {root}"))
        return None
    if not path.is_dir():
        hint = (
            " (mediflow never downloads models: put it under the models root)"
            if loc[0] == "base_model"
            else ""
        )
        problems.append((loc, f"{raw} is not an existing directory under {root}{hint}"))
        return None
    if not (path / must_hold).exists():
        problems.append((loc, f"{raw} has no {must_hold}"))
        return None
    return path


def run_public(run: TrainingRun) -> TrainingRunPublic:
    base = f"{RUNS_PATH}/{run.id}"
    return present(
        TrainingRunPublic,
        run,
        progress=present(TrainingProgress, run),
        metrics=_in_run_order(run.metrics or {}, run.steps),
        artifacts=_in_run_order(run.artifacts or {}, run.steps),
        links=TrainingRunLinks(self=base, cancel=f"{base}/cancel", logs=f"{base}/logs"),
    )


def _in_run_order(by_step: dict[str, Any], steps: list[str] | None) -> dict[str, Any]:
    """JSONB does not keep key order; the plan's order is the one a reader expects."""
    order = {step: i for i, step in enumerate(steps or [])}
    return dict(sorted(by_step.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))


def log_tail(run: TrainingRun, tail: int | None) -> str:
    """The run's train.log (library events + the worker's own lines); the last ``tail`` lines if given."""
    path = Path(run.run_dir) / "train.log"
    if not path.is_file():
        return ""
    with open(path, encoding="utf-8", errors="replace") as fh:
        if tail is None:
            return fh.read()
        return "".join(deque(fh, maxlen=tail))
