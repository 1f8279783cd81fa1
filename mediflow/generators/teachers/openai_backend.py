"""Any OpenAI-compatible chat endpoint (OpenAI, Azure OpenAI, vLLM's server, llama.cpp's server).

At a few hundred calls in flight the client's own CPU decides how busy the teacher stays, so each call
takes the official client's lean path: its aiohttp transport (the SDK's recommended transport for high
concurrency; httpx's pool scans every connection per request) and ``client.post`` with a body that is
already plain JSON, so the SDK neither re-walks the params against its type hints nor builds pydantic
models of the answer. Errors, retries, auth headers and Azure's deployment URLs still come from the
official client. Per call this costs about a third of ``chat.completions.create`` here
(``python -m bench.teacher_overhead`` prints both).
"""

from __future__ import annotations

import json
import logging
import time
from typing import TYPE_CHECKING, Any

import openai

from mediflow.core.egress import EgressPolicy, refused_in_chain
from mediflow.core.secrets import redact_error
from mediflow.generators.teachers import register
from mediflow.generators.teachers.base import ChatRequest, Completion, Teacher, TeacherError
from mediflow.generators.teachers.egress import guarded_http_client
from mediflow.generators.teachers.endpoints import BoundEndpoint, bind

if TYPE_CHECKING:
    import httpx2

    from mediflow.core.settings import Settings
    from mediflow.schemas.teacher import TeacherSpec

log = logging.getLogger(__name__)


def http_client() -> httpx2.AsyncClient | None:
    """The SDK's aiohttp transport when the ``aiohttp`` extra is installed, else its default (httpx)."""
    try:
        return openai.DefaultAioHttpClient()
    except RuntimeError:  # the SDK raises this when aiohttp is missing
        log.info("aiohttp is not installed; the OpenAI client uses httpx (slower at high concurrency)")
        return None


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
        egress: EgressPolicy | None = None,
    ) -> None:
        super().__init__(model)
        self.server = server
        # Local servers (vLLM, llama.cpp) ignore the key but the client insists on one.
        self._client = client or openai.AsyncOpenAI(
            base_url=base_url,
            api_key=api_key or "not-needed",
            timeout=timeout_s,
            max_retries=max_retries,
            http_client=guarded_http_client(egress, timeout_s) if egress is not None else http_client(),
        )

    def request_body(self, request: ChatRequest) -> dict[str, Any]:
        """The JSON body of one chat-completions call."""
        kwargs: dict[str, Any] = {"model": self.model, "messages": request.messages, **request.sampling()}
        if request.wants_json:
            kwargs.update(structured_output(self.server, request.json_schema or {}))
        return kwargs

    async def complete(self, request: ChatRequest) -> Completion:
        start = time.perf_counter()
        try:
            raw = await self._client.post("/chat/completions", body=self.request_body(request), cast_to=bytes)
        except openai.APIError as exc:
            # Some providers echo the key in error messages; the reason is stored and served.
            raise redact_error(map_openai_error(exc), self._client.api_key) from exc
        return parse_chat_completion(raw, time.perf_counter() - start)

    async def aclose(self) -> None:
        await self._client.close()


def parse_chat_completion(raw: bytes, latency_s: float) -> Completion:
    """The first choice and the token usage of a chat-completions reply; a malformed one is an error."""
    try:
        data = json.loads(raw)
        choices = data.get("choices") or []
        if not choices:
            raise TeacherError("empty_response", "the teacher returned no choices")
        choice = choices[0]
        content = (choice.get("message") or {}).get("content")
        usage = data.get("usage") or {}
        return Completion(
            text=content if isinstance(content, str) else "",
            tokens_in=int(usage.get("prompt_tokens") or 0),
            tokens_out=int(usage.get("completion_tokens") or 0),
            latency_s=latency_s,
            finish_reason=choice.get("finish_reason"),
        )
    except (ValueError, TypeError, AttributeError) as exc:
        raise TeacherError("bad_response", f"unreadable chat completion: {exc}"[:300]) from exc


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
        return {"structured_outputs": {"json": schema}}
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
    if (refused := refused_in_chain(exc)) is not None:
        return TeacherError("egress_refused", str(refused), permanent=True)
    if isinstance(exc, openai.APITimeoutError):
        if _refused(exc):
            return TeacherError("teacher_unreachable", str(exc.__cause__ or exc))
        return TeacherError("teacher_timeout", str(exc))
    if isinstance(exc, openai.APIConnectionError):
        return TeacherError("teacher_unreachable", str(exc))
    if isinstance(exc, openai.APIStatusError):
        status = exc.status_code
        retry_after = _retry_after(exc)
        if status == 429:
            return TeacherError("rate_limited", _short(exc), retry_after_s=retry_after, status_code=status)
        if 300 <= status < 400:  # redirects are never followed: a key must not travel on
            return TeacherError("teacher_redirect", _short(exc), permanent=True, status_code=status)
        if status in (401, 403):
            return TeacherError("teacher_auth", _short(exc), permanent=True, status_code=status)
        if 400 <= status < 500 and status not in (408, 409):
            return TeacherError("teacher_rejected", _short(exc), permanent=True, status_code=status)
        return TeacherError("teacher_error", _short(exc), retry_after_s=retry_after, status_code=status)
    return TeacherError("teacher_error", str(exc))


def _refused(exc: BaseException) -> bool:
    """A connection that failed without timing out; the aiohttp transport reports it as a timeout."""
    seen: BaseException | None = exc.__cause__ or exc.__context__
    for _ in range(6):
        if seen is None:
            return False
        if isinstance(seen, OSError) and not isinstance(seen, TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _retry_after(exc: openai.APIStatusError) -> float | None:
    value = exc.response.headers.get("retry-after") if exc.response is not None else None
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _short(exc: openai.APIStatusError) -> str:
    return f"HTTP {exc.status_code}: {exc.message}"[:500]


def _egress(settings: Settings, bound: BoundEndpoint) -> EgressPolicy:
    # An ad-hoc URL is held to the operator's allow-list alone; a bound endpoint's origin is listed.
    return settings.egress_policy(with_teachers=bound.secret is not None or bound.name is not None)


def _bound(spec: TeacherSpec, settings: Settings) -> BoundEndpoint:
    """Bind again in the worker: what the API accepted must still hold before a key is sent."""
    from mediflow.core.errors import InvalidRequestError

    try:
        return bind(spec, settings)
    except InvalidRequestError as exc:
        raise TeacherError("teacher_refused", str(exc), permanent=True) from None


@register("openai")
def _factory(spec: TeacherSpec, settings: Settings) -> Teacher:
    bound = _bound(spec, settings)
    return OpenAITeacher(
        spec.model or OpenAITeacher.default_model,
        base_url=bound.base_url,
        api_key=bound.api_key,
        timeout_s=settings.teacher_timeout_s,
        # Retries happen one level up (GovernedTeacher), where they also steer the adaptive limit.
        max_retries=0,
        server=bound.server if spec.name else spec.server,
        egress=_egress(settings, bound),
    )


class AzureOpenAITeacher(OpenAITeacher):
    """Azure OpenAI through the official client; ``model`` is the deployment name."""

    backend = "azure"
    default_model = "gpt-4o"


@register("azure")
def _azure_factory(spec: TeacherSpec, settings: Settings) -> Teacher:
    bound = _bound(spec.model_copy(update={"backend": "azure"}) if spec.name else spec, settings)
    if not bound.base_url:
        raise TeacherError("teacher_unavailable", "no Azure endpoint: set MEDIFLOW_AZURE_ENDPOINT", True)
    deployment = spec.model or AzureOpenAITeacher.default_model
    client = openai.AsyncAzureOpenAI(
        azure_endpoint=bound.base_url,
        azure_deployment=deployment,
        api_version=settings.azure_api_version,
        api_key=bound.api_key or "not-needed",
        timeout=settings.teacher_timeout_s,
        max_retries=0,
        http_client=guarded_http_client(_egress(settings, bound), settings.teacher_timeout_s),
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
