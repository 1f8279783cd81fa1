"""Training recipes: validated models for the MediPhi recipe (PIT → SLERP → merge → SFT → DPO).

A recipe is data. It is validated at the boundary (``load_recipe`` / ``recipe_from_dict``), its relative
paths are resolved against a caller-given root, and only then handed to the runner: mergekit takes any
relative path for a hub id, so nothing downstream ever sees a relative path.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from mediflow.core.registries import MERGE_METHODS
from mediflow.core.registry import one_of
from mediflow.evaluation.harness import EvalOptions
from mediflow.evaluation.search import SearchBudget

_NAME = r"^[a-z0-9][a-z0-9_-]*$"

if TYPE_CHECKING:
    MergeMethod = str
else:
    MergeMethod = one_of("merge method", MERGE_METHODS.keys)
Precision = Literal["fp32", "bf16", "fp16"]
ExportKind = Literal["sft", "dpo", "pit"]
MergeDtype = Literal["float32", "bfloat16", "float16"]

# Which of our merge parameters each mergekit method reads; anything else set is a recipe mistake.
METHOD_PARAMS = MERGE_METHODS


class RecipeError(ValueError):
    """A recipe that cannot be run as written (bad values, missing local paths)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class LoraSettings(_Strict):
    r: int = Field(default=16, ge=1)
    alpha: int = Field(default=32, ge=1)
    dropout: float = Field(default=0.05, ge=0.0, lt=1.0)
    target_modules: list[str] | Literal["all-linear"] = Field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"],
        description="Module names to adapt, or 'all-linear' (peft picks every linear layer but the head)",
    )


class Hyperparameters(_Strict):
    """One training phase. ``warmup`` < 1 is a ratio of total steps, ≥ 1 a step count."""

    epochs: float = Field(default=1.0, gt=0)
    learning_rate: float = Field(default=1e-4, gt=0)
    batch_size: int = Field(default=8, ge=1)
    grad_accumulation: int = Field(default=1, ge=1)
    max_length: int = Field(default=2048, ge=8)
    warmup: float = Field(default=0.0, ge=0)
    lr_scheduler: str = "linear"
    weight_decay: float = Field(default=0.0, ge=0)
    max_steps: int | None = Field(default=None, ge=1, description="Caps the phase; for smoke runs")
    tuning: Literal["full", "lora"] = "full"
    lora: LoraSettings = Field(default_factory=LoraSettings)
    precision: Precision = "bf16"
    seed: int = 42
    gradient_checkpointing: bool = False
    logging_steps: int = Field(default=1, ge=1)


class ExportRef(_Strict):
    """A dataset export written by mediflow's exporter (see ``mediflow.training.data``)."""

    kind: ExportKind
    path: Path
    name: str | None = Field(default=None, pattern=_NAME, description="Key in eval metrics")

    @property
    def label(self) -> str:
        return self.name or f"{self.kind}-{self.path.name}"


class Expert(_Strict):
    name: str = Field(pattern=_NAME)
    path: Path = Field(description="A `pit` export directory (stage1/ and stage2/)")


class PitSettings(_Strict):
    stage1: Hyperparameters = Field(default_factory=lambda: Hyperparameters(epochs=1, learning_rate=1e-4))
    stage2: Hyperparameters = Field(default_factory=lambda: Hyperparameters(epochs=2, learning_rate=3e-4))


class SlerpSettings(_Strict):
    ratios: list[float] = Field(default_factory=lambda: [0.10, 0.25, 0.50], min_length=1)
    validation: ExportRef | None = Field(
        default=None, description="Pick the ratio with the lowest loss here; without it use ratios[0]"
    )
    max_eval_rows: int | None = Field(default=None, ge=1, description="Defaults to evaluate.max_eval_rows")
    dtype: MergeDtype = "bfloat16"

    @field_validator("ratios")
    @classmethod
    def _ratios_in_range(cls, value: list[float]) -> list[float]:
        bad = [r for r in value if not 0.0 < r <= 1.0]
        if bad:
            raise ValueError(f"slerp ratios must be in (0, 1], got {bad}")
        return value


SuiteRef = Literal["bundled"] | Path
"""``bundled`` (the suite mediflow writes itself) or a JSONL suite file / directory."""


class SuiteScoring(EvalOptions):
    """A suite and how to score it (see ``mediflow.evaluation``): greedy, optionally few-shot."""

    suite: SuiteRef = "bundled"


class MergeSearch(SearchBudget):
    """Evolutionary (CMA-ES) search of the merge's per-expert parameters, scored on ``selection``.

    Searched per expert: ``weight`` in ``weight_range`` and, where the method takes them, ``density`` in
    ``density_range`` and ``gamma`` in ``gamma_range``. The recipe's own values are the start point.
    """

    weight_range: tuple[float, float] = (0.1, 1.5)
    density_range: tuple[float, float] = (0.1, 1.0)
    gamma_range: tuple[float, float] = (0.0, 0.2)


class MergeSettings(_Strict):
    method: MergeMethod = "breadcrumbs"
    weight: float = Field(default=1.0, gt=0, description="Weight of every expert unless in `weights`")
    weights: dict[str, float] = Field(default_factory=dict, description="Per-expert weight overrides")
    density: float | None = Field(default=None, gt=0, le=1)
    gamma: float | None = Field(default=None, ge=0, lt=1)
    normalize: bool = True
    dtype: MergeDtype = "bfloat16"
    search: MergeSearch | None = Field(
        default=None, description="Tune the parameters by CMA-ES (needs selection)"
    )

    @model_validator(mode="after")
    def _params_match_method(self) -> MergeSettings:
        wanted = METHOD_PARAMS[self.method]
        given = {p for p in ("density", "gamma") if getattr(self, p) is not None}
        if extra := given - wanted:
            raise ValueError(f"merge method {self.method!r} does not take {sorted(extra)}")
        if missing := wanted - given:
            raise ValueError(f"merge method {self.method!r} needs {sorted(missing)}")
        return self


class SftSettings(_Strict):
    export: Path = Field(description="An `sft` export (prompt/completion)")
    hparams: Hyperparameters = Field(default_factory=Hyperparameters)


class DpoSettings(_Strict):
    export: Path = Field(description="A `dpo` export (prompt/chosen/rejected)")
    hparams: Hyperparameters = Field(default_factory=lambda: Hyperparameters(learning_rate=5e-6))
    beta: float = Field(default=0.1, gt=0)


class AlignmentSettings(_Strict):
    sft: SftSettings | None = None
    dpo: DpoSettings | None = None


class EvaluateSettings(_Strict):
    enabled: bool = True
    exports: list[ExportRef] | None = Field(
        default=None, description="Validation sets to score; default: the SFT export and every PIT export"
    )
    max_eval_rows: int = Field(default=64, ge=1)
    generation_prompts: int = Field(default=3, ge=0)
    max_new_tokens: int = Field(default=64, ge=1)
    batch_size: int = Field(default=8, ge=1)
    max_length: int = Field(default=1024, ge=8)
    include_base: bool = Field(default=True, description="Also score the base model, as a reference")
    suite: SuiteScoring | None = Field(
        default=None, description="Also score every model on this task suite; the run report compares them"
    )

    @field_validator("exports")
    @classmethod
    def _unique_labels(cls, value: list[ExportRef] | None) -> list[ExportRef] | None:
        labels = [ref.label for ref in value or []]
        if dupes := sorted({n for n in labels if labels.count(n) > 1}):
            raise ValueError(f"evaluate.exports need distinct names, repeated: {dupes}")
        return value


class Recipe(_Strict):
    name: str = Field(pattern=_NAME)
    description: str = ""
    base_model: Path = Field(description="Local model directory (with config.json); never a hub id")
    experts: list[Expert] = Field(default_factory=list)
    pit: PitSettings = Field(default_factory=PitSettings)
    slerp: SlerpSettings = Field(default_factory=SlerpSettings)
    merge: MergeSettings = Field(default_factory=lambda: MergeSettings(density=0.9, gamma=0.01))
    alignment: AlignmentSettings = Field(default_factory=AlignmentSettings)
    evaluate: EvaluateSettings = Field(default_factory=EvaluateSettings)
    selection: SuiteScoring | None = Field(
        default=None,
        description="Validation suite deciding the SLERP ratio and the merge (highest average score); "
        "without it the SLERP ratio falls back to the lowest validation loss",
    )
    device: Literal["auto", "cpu", "cuda"] = "auto"
    threads: int | None = Field(default=None, ge=1, description="torch CPU threads; None leaves torch's")

    @model_validator(mode="after")
    def _unique_experts(self) -> Recipe:
        names = [e.name for e in self.experts]
        if dupes := sorted({n for n in names if names.count(n) > 1}):
            raise ValueError(f"expert names must be unique, repeated: {dupes}")
        if unknown := sorted(set(self.merge.weights) - set(names)):
            raise ValueError(f"merge.weights names unknown experts: {unknown}")
        if self.merge.search is not None and self.selection is None:
            raise ValueError("merge.search scores candidates on a suite: set `selection`")
        return self

    def resolved(self, root: Path) -> Recipe:
        """A copy with every path made absolute against ``root`` (absolute paths stay as they are)."""
        data = _map_paths(self.model_dump(), lambda p: p if p.is_absolute() else (root / p).resolve())
        return Recipe.model_validate(data)

    def check_paths(self) -> None:
        """Raise ``RecipeError`` naming every input path that is relative or missing."""
        problems = [f"{where}: {msg}" for where, msg in _path_problems(self)]
        if problems:
            raise RecipeError("recipe paths are not usable:\n  " + "\n  ".join(problems))


def _map_paths(value: Any, fn: Callable[[Path], Path]) -> Any:
    if isinstance(value, Path):
        return fn(value)
    if isinstance(value, dict):
        return {k: _map_paths(v, fn) for k, v in value.items()}
    if isinstance(value, list):
        return [_map_paths(v, fn) for v in value]
    return value


def _path_problems(recipe: Recipe) -> list[tuple[str, str]]:
    checks: list[tuple[str, Path, str]] = [("base_model", recipe.base_model, "config.json")]
    checks += [
        (f"experts[{e.name}]", e.path, stage) for e in recipe.experts for stage in ("stage1", "stage2")
    ]
    if recipe.alignment.sft:
        checks.append(("alignment.sft.export", recipe.alignment.sft.export, ""))
    if recipe.alignment.dpo:
        checks.append(("alignment.dpo.export", recipe.alignment.dpo.export, ""))
    if recipe.slerp.validation:
        checks.append(("slerp.validation", recipe.slerp.validation.path, ""))
    checks += [
        (f"evaluate.exports[{i}]", ref.path, "") for i, ref in enumerate(recipe.evaluate.exports or [])
    ]
    problems = []
    for where, scoring in (("evaluate.suite", recipe.evaluate.suite), ("selection", recipe.selection)):
        if scoring is not None and isinstance(scoring.suite, Path) and not scoring.suite.exists():
            problems.append((f"{where}.suite", f"{scoring.suite} does not exist"))
    for where, path, must_hold in checks:
        if not path.is_absolute():
            problems.append((where, f"{path} is relative; resolve the recipe against a root first"))
        elif not path.is_dir():
            hint = (
                " (mediflow never downloads models: give a local directory)" if where == "base_model" else ""
            )
            problems.append((where, f"{path} is not an existing local directory{hint}"))
        elif must_hold and not (path / must_hold).exists():
            problems.append((where, f"{path} has no {must_hold}"))
    return problems


def recipe_from_dict(data: dict[str, Any], *, root: Path | None = None, check_paths: bool = True) -> Recipe:
    """Validate ``data``, resolve its paths against ``root`` (default: cwd) and optionally check them."""
    try:
        recipe = Recipe.model_validate(data).resolved(Path(root or Path.cwd()).resolve())
    except ValueError as exc:  # pydantic's ValidationError is a ValueError; re-raise as one type
        raise RecipeError(f"invalid recipe: {exc}") from exc
    if check_paths:
        recipe.check_paths()
    return recipe


def load_recipe(path: str | Path, *, root: Path | None = None, check_paths: bool = True) -> Recipe:
    """Load a recipe YAML; relative paths inside are taken relative to ``root`` (default: cwd)."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    if not isinstance(data, dict):
        raise RecipeError(f"{path}: a recipe must be a YAML mapping")
    return recipe_from_dict(data, root=root, check_paths=check_paths)


def builtin_recipes() -> list[str]:
    """Names of the recipes shipped in ``mediflow/training/recipes``."""
    folder = resources.files("mediflow.training").joinpath("recipes")
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def builtin_recipe_path(name: str) -> Path:
    if name not in builtin_recipes():
        raise RecipeError(f"no built-in recipe {name!r}; known: {builtin_recipes()}")
    return Path(str(resources.files("mediflow.training").joinpath("recipes", f"{name}.yaml")))
