"""Any OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, vLLM's server, llama.cpp's server)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import openai

from mediflow.generators.teachers import register
from mediflow.generators.teachers.base import ChatRequest, Completion, Teacher, TeacherError

if TYPE_CHECKING:
    from mediflow.schemas.jobs import TeacherSpec
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
        client: openai.AsyncOpenAI | None = None,
    ) -> None:
        super().__init__(model)
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
            kwargs["response_format"] = {"type": "json_object"}
        return kwargs

    async def complete(self, request: ChatRequest) -> Completion:
        start = time.perf_counter()
        try:
            resp = await self._client.chat.completions.create(**self.request_kwargs(request))
        except openai.APIError as exc:
            raise map_openai_error(exc) from exc
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
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    return OpenAITeacher(
        spec.model or OpenAITeacher.default_model,
        base_url=spec.base_url or settings.openai_base_url,
        api_key=key,
        timeout_s=settings.teacher_timeout_s,
        max_retries=settings.teacher_max_retries,
    )
