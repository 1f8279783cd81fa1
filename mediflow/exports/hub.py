"""Optional upload of an export to the Hugging Face Hub; never done unless the spec asks for it.

The Hub endpoint goes through the same egress policy as teacher calls: its URL is checked here, and
every HTTP call huggingface_hub then makes runs on ``hub_http.pinned_client`` (each connection
resolved once, its address checked, that address dialled; no redirects; the token only to the Hub).
A repository is private unless the spec says otherwise, and one that already exists is left alone
unless the spec asks to overwrite it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mediflow.core.egress import EgressPolicy, EgressRefused, refused_in_chain
from mediflow.schemas.exports import HubTarget

if TYPE_CHECKING:
    from huggingface_hub import HfApi

HUB_DEFAULT = "https://huggingface.co"


class HubPushError(RuntimeError):
    pass


def check_hub_egress(endpoint: str | None, policy: EgressPolicy) -> str:
    """The Hub URL if its shape passes the policy (its origin is always allowed: the operator set it).

    Its addresses are checked where each connection is made (``hub_http.PinnedBackend``), not here.
    """
    url = endpoint or HUB_DEFAULT
    try:
        policy.with_origins([url]).check_url(url)
    except EgressRefused as exc:
        raise HubPushError(f"the Hub endpoint is refused by the egress policy: {exc}") from None
    return url


def push_to_hub(
    export_dir: Path,
    target: HubTarget,
    token: str | None,
    endpoint: str | None,
    policy: EgressPolicy | None = None,
) -> str:
    """Upload the card, charts and Parquet shards (what the Hub viewer reads); returns the repo URL."""
    if not token:
        raise HubPushError("push_to_hub needs a Hugging Face token: set MEDIFLOW_HF_TOKEN")
    policy = policy or EgressPolicy()
    where = check_hub_egress(endpoint, policy)
    from huggingface_hub import HfApi

    from mediflow.exports.hub_http import pinned_hub  # huggingface_hub and httpx2: the export extra

    api = HfApi(endpoint=where, token=token)
    with pinned_hub(policy, where):
        return _push(api, export_dir, target, where)


def _push(api: HfApi, export_dir: Path, target: HubTarget, where: str) -> str:
    try:
        if not target.overwrite and api.repo_exists(target.repo_id, repo_type="dataset"):
            raise HubPushError(
                f"{target.repo_id} already exists on {where}; set push_to_hub.overwrite to upload into it"
            )
        repo = api.create_repo(target.repo_id, repo_type="dataset", private=target.private, exist_ok=True)
        api.upload_folder(
            folder_path=str(export_dir),
            repo_id=target.repo_id,
            repo_type="dataset",
            allow_patterns=["README.md", "charts/*", "parquet/**"],
        )
    except HubPushError:
        raise
    except Exception as exc:  # network, auth, quota: one clear message, the export itself stays
        if refused := refused_in_chain(exc):
            raise HubPushError(f"the Hub call was refused by the egress policy: {refused}") from exc
        raise HubPushError(f"could not push to {target.repo_id} on {where}: {type(exc).__name__}") from exc
    return str(repo)
