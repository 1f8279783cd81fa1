"""``mediflow api-docs``: the static API reference page (docs/api.md), built from the OpenAPI document."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import click

HEADER = (
    "# mediflow REST API reference\n\n"
    "Generated from the service's OpenAPI document by `mediflow api-docs --out docs/api.md`; do not edit "
    "by hand. Every endpoint but `/healthz` and `/readyz` needs `Authorization: Bearer <key>`; errors "
    'have one shape, `{"error": {"code", "message", "details": [{"field", "reason"}]}}`.\n'
)


def openapi_document() -> dict[str, Any]:
    from mediflow.api.main import create_app
    from mediflow.core.settings import Settings

    with tempfile.TemporaryDirectory() as tmp:  # the app wants a data dir; nothing is written to it
        doc: dict[str, Any] = create_app(Settings(data_dir=Path(tmp), _env_file=None)).openapi()
    return doc


def _type(schema: dict[str, Any] | bool) -> str:
    if not isinstance(schema, dict):  # JSON Schema's `true`: anything
        return "any"
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in schema:
        return " or ".join(_type(s) for s in schema["anyOf"])
    if "enum" in schema:
        return " \\| ".join(f"`{v}`" for v in schema["enum"])
    if "const" in schema:
        return f"`{schema['const']}`"
    kind = schema.get("type", "any")
    if kind == "array":
        return f"list of {_type(schema.get('items', {}))}"
    if kind == "object" and "additionalProperties" in schema:
        return f"map of {_type(schema['additionalProperties'])}"
    return str(kind) + (f" ({schema['format']})" if "format" in schema else "")


def _cell(text: Any) -> str:
    return str(text or "").replace("\n", " ").replace("|", "\\|")


def render(doc: dict[str, Any]) -> str:
    out = [HEADER, f"API version {doc['info']['version']}.\n", "## Operations\n"]
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            out.append(f"### `{method.upper()} {path}`\n")
            out.append(f"Operation id `{op['operationId']}` · tag *{op['tags'][0]}*\n")
            if op.get("description"):
                out.append(_cell(op["description"]) + "\n")
            params = op.get("parameters", [])
            if params:
                out.append("| parameter | in | type | required | description |\n|---|---|---|---|---|")
                for p in params:
                    out.append(
                        f"| `{p['name']}` | {p['in']} | {_type(p.get('schema', {}))} | "
                        f"{'yes' if p.get('required') else 'no'} | {_cell(p.get('description'))} |"
                    )
                out.append("")
            body = op.get("requestBody")
            if body:
                kinds = ", ".join(f"`{ct}` {_type(c.get('schema', {}))}" for ct, c in body["content"].items())
                out.append(f"Request body: {kinds}\n")
            out.append("| status | body |\n|---|---|")
            for code, resp in op["responses"].items():
                content = resp.get("content", {})
                kinds = ", ".join(f"`{ct}` {_type(c.get('schema', {}))}" for ct, c in content.items())
                out.append(f"| {code} | {kinds or _cell(resp.get('description'))} |")
            out.append("")
    out.append("## Schemas\n")
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        out.append(f"### {name}\n")
        if schema.get("description"):
            out.append(_cell(schema["description"]) + "\n")
        props = schema.get("properties", {})
        if props:
            required = set(schema.get("required", []))
            out.append("| field | type | required | default | description |\n|---|---|---|---|---|")
            for field, spec in props.items():
                default = json.dumps(spec["default"]) if "default" in spec else ""
                out.append(
                    f"| `{field}` | {_type(spec)} | {'yes' if field in required else 'no'} | "
                    f"{_cell(default)} | {_cell(spec.get('description'))} |"
                )
            out.append("")
    return "\n".join(out).rstrip() + "\n"


@click.command("api-docs")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write here.")
@click.option("--openapi", "as_json", is_flag=True, help="Print the OpenAPI document (JSON) instead.")
def api_docs(out: Path | None, as_json: bool) -> None:
    """The API reference as Markdown (or the OpenAPI JSON), from the running code, no server needed."""
    doc = openapi_document()
    text = json.dumps(doc, indent=2) + "\n" if as_json else render(doc)
    if out is None:
        click.echo(text, nl=False)
    else:
        out.write_text(text, encoding="utf-8")
        click.echo(f"wrote {out}")
