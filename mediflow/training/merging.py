"""mergekit glue: build merge configurations and run them, always on absolute local paths."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from safetensors import safe_open
from transformers import AutoTokenizer

from mediflow.training.recipe import MergeSettings


def _local(path: Path) -> str:
    # mergekit treats any relative path as a Hugging Face hub id and would try to download it.
    if not path.is_absolute():
        raise ValueError(f"mergekit needs absolute paths, got {path}")
    return str(path)


def slerp_config(base: Path, expert: Path, ratio: float, dtype: str) -> dict[str, Any]:
    """SLERP from the base (t=0) towards the expert (t=1)."""
    return {
        "merge_method": "slerp",
        "base_model": _local(base),
        "models": [{"model": _local(base)}, {"model": _local(expert)}],
        "parameters": {"t": ratio},
        "dtype": dtype,
    }


def multi_merge_config(
    base: Path,
    models: dict[str, Path],
    settings: MergeSettings,
    per_model: dict[str, dict[str, float]] | None = None,
) -> dict[str, Any]:
    """One mergekit config for the recipe's merge method over the SLERPed experts.

    ``per_model`` overrides weight/density/gamma per expert (what the merge search varies).
    """
    entries = []
    for name, path in models.items():
        params: dict[str, Any] = {"weight": settings.weights.get(name, settings.weight)}
        params |= {p: getattr(settings, p) for p in ("density", "gamma") if getattr(settings, p) is not None}
        params |= (per_model or {}).get(name, {})
        entries.append({"model": _local(path), "parameters": params})
    config: dict[str, Any] = {"merge_method": settings.method, "models": entries, "dtype": settings.dtype}
    if settings.method == "linear":
        config["parameters"] = {"normalize": settings.normalize}
    else:  # every other method merges task vectors relative to the base
        config["base_model"] = _local(base)
        config["parameters"] = {"normalize": settings.normalize}
    return config


def run_mergekit(
    config: dict[str, Any], out_dir: Path, *, tokenizer_from: Path, cuda: bool = False, seed: int = 0
) -> Path:
    """Run one merge and save ``tokenizer_from``'s tokenizer beside it.

    Every model we merge descends from the same base, so its tokenizer is the right one; mergekit's own
    copy picks the first model for ``linear`` and only logs when that fails, leaving a model without one.
    """
    # Imported here: mergekit is heavy and only merge stages need it.
    from mergekit.config import MergeConfiguration
    from mergekit.merge import run_merge
    from mergekit.options import MergeOptions

    options = MergeOptions(
        copy_tokenizer=False,
        cuda=cuda,
        lazy_unpickle=False,
        low_cpu_memory=False,
        random_seed=seed,  # dare_ties samples its drop mask
        safe_serialization=True,
        quiet=True,
    )
    run_merge(MergeConfiguration.model_validate(config), _local(out_dir), options=options)
    AutoTokenizer.from_pretrained(_local(tokenizer_from)).save_pretrained(str(out_dir))
    return out_dir


def non_finite_tensors(model_dir: Path) -> list[str]:
    """Names of saved tensors holding NaN/inf, read one tensor at a time to bound memory."""
    bad = []
    for file in sorted(model_dir.glob("*.safetensors")):
        with safe_open(str(file), framework="pt") as fh:
            for name in fh.keys():  # noqa: SIM118 - safe_open handles are not iterable
                tensor = fh.get_tensor(name)
                if tensor.is_floating_point() and not tensor.isfinite().all():
                    bad.append(name)
    return bad
