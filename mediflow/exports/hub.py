"""Optional upload of an export to the Hugging Face Hub; never done unless the spec asks for it."""

from __future__ import annotations

from pathlib import Path

from mediflow.schemas.exports import HubTarget


class HubPushError(RuntimeError):
    pass


def push_to_hub(export_dir: Path, target: HubTarget, token: str | None, endpoint: str | None) -> str:
    """Upload the card, charts and Parquet shards (what the Hub viewer reads); returns the repo URL."""
    if not token:
        raise HubPushError("push_to_hub needs a Hugging Face token: set MEDIFLOW_HF_TOKEN")
    from huggingface_hub import HfApi

    api = HfApi(endpoint=endpoint, token=token)
    where = endpoint or "https://huggingface.co"
    try:
        repo = api.create_repo(target.repo_id, repo_type="dataset", private=target.private, exist_ok=True)
        api.upload_folder(
            folder_path=str(export_dir),
            repo_id=target.repo_id,
            repo_type="dataset",
            allow_patterns=["README.md", "charts/*", "parquet/**"],
        )
    except Exception as exc:  # network, auth, quota: one clear message, the export itself stays
        raise HubPushError(
            f"could not push to {target.repo_id} on {where}: {type(exc).__name__}: {exc}"
        ) from exc
    return str(repo)
