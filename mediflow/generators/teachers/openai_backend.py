"""Any OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, vLLM's server, llama.cpp's server)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import openai

from mediflow.generators.teachers import register
from mediflow.generators.teachers.base import ChatRequest, Completion, Teacher, TeacherError
from mediflow.secrets import redact_error, teacher_api_key

if TYPE_CHECKING:
    from mediflow.schemas.teacher import TeacherSpec
    from mediflow.settings import Settings


class OpenAITeacher(Teacher):
    backend = "openai"
    default_model = "gpt-4o"

    def __init__(
        self,
        model: str,
        *,
        base_url: str | None,
        api_key: str | None,
        timeout_s: float,
        max_retries: int,
        server: str = "openai",
        client: openai.AsyncOpenAI | None = None,
    ) -> None:
        super().__init__(model)
        self.server = server
        # Local servers (vLLM, llama.cpp) ignore the key but the client insists on one.
        self._client = client or openai.AsyncOpenAI(
            base_url=base_url,
            api_key=api_key or "not-needed",
            timeout=timeout_s,
            max_retries=max_retries,
        )

    def request_kwargs(self, request: ChatRequest) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "model": self.model,
            "messages": request.messages,
            "max_tokens": request.max_tokens,
            "temperature": request.temperature,
        }
        if request.top_p is not None:
            kwargs["top_p"] = request.top_p
        if request.seed is not None:
            kwargs["seed"] = request.seed
        if request.wants_json:
            kwargs.update(structured_output(self.server, request.json_schema or {}))
        return kwargs

    async def complete(self, request: ChatRequest) -> Completion:
        start = time.perf_counter()
        try:
            resp = await self._client.chat.completions.create(**self.request_kwargs(request))
        except openai.APIError as exc:
            # Some providers echo the key in error messages; the reason is stored and served.
            raise redact_error(map_openai_error(exc), self._client.api_key) from exc
        latency = time.perf_counter() - start
        if not resp.choices:
            raise TeacherError("empty_response", "the teacher returned no choices")
        choice = resp.choices[0]
        usage = resp.usage
        return Completion(
            text=choice.message.content or "",
            tokens_in=usage.prompt_tokens if usage else 0,
            tokens_out=usage.completion_tokens if usage else 0,
            latency_s=latency,
            finish_reason=choice.finish_reason,
        )

    async def aclose(self) -> None:
        await self._client.close()


def _is_any_object(schema: dict[str, Any]) -> bool:
    return not schema or schema == {"type": "object"}


def structured_output(server: str, schema: dict[str, Any]) -> dict[str, Any]:
    """How each kind of server is asked for JSON: the request fields to add.

    OpenAI, Azure and vLLM take the standard ``json_schema`` response format (vLLM's own
    ``structured_outputs`` extra is used there, since it also covers older servers' grammar backends);
    llama.cpp's server rejects ``json_schema`` and takes the schema inside ``json_object``. A schema
    that only says "an object" is plain JSON mode everywhere.
    """
    if _is_any_object(schema):
        return {"response_format": {"type": "json_object"}}
    if server == "llamacpp":
        return {"response_format": {"type": "json_object", "schema": schema}}
    if server == "vllm":
        return {"extra_body": {"structured_outputs": {"json": schema}}}
    if server == "generic":
        return {"response_format": {"type": "json_object"}}
    return {
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": schema, "strict": False},
        }
    }


def map_openai_error(exc: openai.APIError) -> TeacherError:
    """Turn the client's exception (after its own retries) into a stored failure reason."""
    if isinstance(exc, openai.APITimeoutError):
        return TeacherError("teacher_timeout", str(exc))
    if isinstance(exc, openai.APIConnectionError):
        return TeacherError("teacher_unreachable", str(exc))
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        retry_after = _retry_after(exc)
        if status == 429:
            return TeacherError("rate_limited", _short(exc), retry_after_s=retry_after, status_code=status)
        if status in (401, 403):
            return TeacherError("teacher_auth", _short(exc), permanent=True, status_code=status)
        if 400 <= status < 500 and status not in (408, 409):
            return TeacherError("teacher_rejected", _short(exc), permanent=True, status_code=status)
        return TeacherError("teacher_error", _short(exc), retry_after_s=retry_after, status_code=status)
    return TeacherError("teacher_error", str(exc))


def _retry_after(exc: openai.APIStatusError) -> float | None:
    value = exc.response.headers.get("retry-after") if exc.response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _short(exc: openai.APIStatusError) -> str:
    return f"HTTP {exc.status_code}: {exc.message}"[:500]


@register("openai")
def _factory(spec: TeacherSpec, settings: Settings) -> Teacher:
    key = teacher_api_key(spec.secret_ref, settings.openai_api_key)
    return OpenAITeacher(
        spec.model or OpenAITeacher.default_model,
        base_url=spec.base_url or settings.openai_base_url,
        api_key=key,
        timeout_s=settings.teacher_timeout_s,
        # Retries happen one level up (GovernedTeacher), where they also steer the adaptive limit.
        max_retries=0,
        server=spec.server,
    )


class AzureOpenAITeacher(OpenAITeacher):
    """Azure OpenAI through the official client; ``model`` is the deployment name."""

    backend = "azure"
    default_model = "gpt-4o"


@register("azure")
def _azure_factory(spec: TeacherSpec, settings: Settings) -> Teacher:
    endpoint = spec.base_url or settings.azure_endpoint
    if not endpoint:
        raise TeacherError("teacher_unavailable", "set MEDIFLOW_AZURE_ENDPOINT (or teacher.base_url)", True)
    key = teacher_api_key(spec.secret_ref, settings.azure_api_key)
    deployment = spec.model or AzureOpenAITeacher.default_model
    client = openai.AsyncAzureOpenAI(
        azure_endpoint=endpoint,
        azure_deployment=deployment,
        api_version=settings.azure_api_version,
        api_key=key,
        timeout=settings.teacher_timeout_s,
        max_retries=0,
    )
    return AzureOpenAITeacher(
        deployment,
        base_url=None,
        api_key=None,
        timeout_s=settings.teacher_timeout_s,
        max_retries=0,
        server="azure",
        client=client,
    )
