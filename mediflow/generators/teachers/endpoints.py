"""Where a teacher call goes and which key (if any) goes with it: the one place a credential is bound.

A key is only ever paired with the endpoint the operator declared it for:
- ``teacher.name`` picks a named teacher from settings (``MEDIFLOW_TEACHERS``): its backend, URL, key
  (``secret_ref``), allowed models and projects;
- no name and no URL: the server's default endpoint for the backend (``MEDIFLOW_OPENAI_BASE_URL`` /
  ``MEDIFLOW_AZURE_ENDPOINT``) with the server's key for it;
- ``teacher.base_url`` (ad-hoc): only when ``MEDIFLOW_ADHOC_TEACHER_URLS`` is on, only on the egress
  allow-list, and never with a key;
- ``teacher.secret_ref`` in a job is refused: a job cannot pick a key, only a teacher.

The API binds every teacher of a job when it is submitted (a clear 422 otherwise) and the worker binds
them again before any call, so a spec that became invalid (settings changed) never sends a key.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import SecretStr

from mediflow.core.egress import EgressRefused
from mediflow.core.errors import InvalidRequestError
from mediflow.core.secrets import MissingSecretError, resolve_secret_ref
from mediflow.core.settings import OPENAI_DEFAULT_URL, Settings, TeacherEndpoint
from mediflow.schemas.jobs import GenerationJobCreate
from mediflow.schemas.teacher import TeacherSpec

REMOTE_BACKENDS = frozenset({"openai", "azure"})
LOCAL_BACKENDS = frozenset({"transformers", "vllm"})


@dataclass(frozen=True)
class BoundEndpoint:
    backend: str
    base_url: str | None
    secret: SecretStr | None
    server: str
    name: str | None = None

    @property
    def api_key(self) -> str | None:
        return self.secret.get_secret_value() if self.secret else None


def job_teachers(job: GenerationJobCreate) -> list[tuple[str, TeacherSpec]]:
    """Every teacher a job may call, with the field that names it."""
    out = [("teacher", job.teacher)]
    if job.quality.judge is not None and job.quality.judge.teacher is not None:
        out.append(("quality.judge.teacher", job.quality.judge.teacher))
    if job.quality.dpo.weaker_teacher is not None:
        out.append(("quality.dpo.weaker_teacher", job.quality.dpo.weaker_teacher))
    return out


def named_teachers(settings: Settings, project_id: str | None) -> dict[str, TeacherEndpoint]:
    """The named teachers a project may use (all of them for admins and workers: ``project_id`` None)."""
    return {
        n: t
        for n, t in settings.teachers.items()
        if project_id is None or t.projects is None or project_id in t.projects
    }


def default_url(backend: str, settings: Settings) -> str | None:
    if backend == "azure":
        return settings.azure_endpoint
    return settings.openai_base_url or OPENAI_DEFAULT_URL


def bind(
    spec: TeacherSpec, settings: Settings, project_id: str | None = None, *, field: str = "teacher"
) -> BoundEndpoint:
    """The endpoint and key of one teacher spec, or InvalidRequestError naming the field and reason."""
    if spec.secret_ref is not None:
        raise InvalidRequestError(
            f"{field}.secret_ref",
            "a job cannot choose a key; keys are bound to named teachers: set teacher.name",
        )
    if spec.name is not None:
        return _bind_named(spec, settings, project_id, field)
    if spec.backend not in REMOTE_BACKENDS:
        if spec.base_url is not None:
            raise InvalidRequestError(f"{field}.base_url", f"the {spec.backend} backend takes no base_url")
        return BoundEndpoint(spec.backend, None, None, spec.server)
    if spec.base_url is not None:
        return _bind_adhoc(spec, settings, field)
    url = default_url(spec.backend, settings)
    if url is None:
        raise InvalidRequestError(
            f"{field}.backend", f"no default {spec.backend} endpoint on this server; set teacher.name"
        )
    secret = settings.azure_api_key if spec.backend == "azure" else settings.openai_api_key
    _check_egress(settings, url, f"{field}.backend")
    return BoundEndpoint(spec.backend, url, secret, spec.server)


def _bind_named(spec: TeacherSpec, settings: Settings, project_id: str | None, field: str) -> BoundEndpoint:
    assert spec.name is not None
    usable = named_teachers(settings, project_id)
    endpoint = usable.get(spec.name)
    if endpoint is None:
        valid = ", ".join(sorted(usable)) or "none are configured"
        raise InvalidRequestError(f"{field}.name", f"unknown teacher {spec.name!r}; valid: {valid}")
    if spec.base_url is not None:
        raise InvalidRequestError(f"{field}.base_url", "a named teacher's endpoint is set by the operator")
    if spec.backend not in ("embedded", endpoint.backend):  # "embedded" is the spec's default
        raise InvalidRequestError(
            f"{field}.backend", f"teacher {spec.name!r} is a {endpoint.backend} teacher"
        )
    model = spec.model or endpoint.default_model
    if endpoint.models is not None and model not in endpoint.models:
        raise InvalidRequestError(
            f"{field}.model", f"teacher {spec.name!r} serves only: {', '.join(endpoint.models)}"
        )
    secret = None
    if endpoint.secret_ref is not None:
        try:
            secret = resolve_secret_ref(endpoint.secret_ref)
        except MissingSecretError:
            # Checked on the API too, so a misconfigured server says so before a job is stored.
            raise InvalidRequestError(
                f"{field}.name", f"teacher {spec.name!r} has no key on this server (ask the operator)"
            ) from None
    _check_egress(settings, endpoint.base_url, f"{field}.name")
    return BoundEndpoint(endpoint.backend, endpoint.base_url, secret, endpoint.server, spec.name)


def _bind_adhoc(spec: TeacherSpec, settings: Settings, field: str) -> BoundEndpoint:
    assert spec.base_url is not None
    if not settings.adhoc_teacher_urls:
        raise InvalidRequestError(
            f"{field}.base_url",
            "ad-hoc teacher endpoints are off on this server; name an operator teacher with teacher.name",
        )
    try:
        # Only the operator's allow-list counts here, not the named teachers' origins: a job must not
        # reach a named teacher's endpoint without going through its name (and its limits).
        settings.egress_policy(with_teachers=False).check_url(spec.base_url)
    except EgressRefused as exc:
        raise InvalidRequestError(f"{field}.base_url", str(exc)) from None
    return BoundEndpoint(spec.backend, spec.base_url, None, spec.server)


def _check_egress(settings: Settings, url: str, field: str) -> None:
    try:
        settings.egress_policy().check_url(url)
    except EgressRefused as exc:
        raise InvalidRequestError(field, f"the endpoint is refused by the egress policy: {exc}") from None


def endpoint_identity(spec: TeacherSpec, settings: Settings) -> str:
    """What tells endpoints apart in cache and limiter keys: backend, teacher name and URL."""
    if spec.name is not None and spec.name in settings.teachers:
        url: str | None = settings.teachers[spec.name].base_url
    elif spec.base_url is not None:
        url = spec.base_url
    else:
        url = default_url(spec.backend, settings) if spec.backend in REMOTE_BACKENDS else None
    return f"{spec.backend}|{spec.name or ''}|{url or ''}"
