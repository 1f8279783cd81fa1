"""vLLM's in-process offline engine (``vllm.LLM``) for GPU workers that run the teacher themselves.

Optional extra ``mediflow[vllm]``; imported lazily, with a clear error when missing. Concurrent
stage calls are micro-batched into one ``LLM.chat`` call with a SamplingParams per request, and JSON
requests get vLLM's structured-output (guided decoding) params.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from mediflow.generators.teachers import register
from mediflow.generators.teachers.base import ChatRequest, Completion, Teacher, TeacherError
from mediflow.generators.teachers.batcher import MicroBatcher
from mediflow.generators.teachers.local import EngineCache, hub_offline, local_model_dir

if TYPE_CHECKING:
    from mediflow.core.settings import Settings
    from mediflow.schemas.teacher import TeacherSpec

INSTALL_HINT = "pip install 'mediflow[vllm]' on a CUDA machine"


def import_vllm() -> Any:
    try:
        import vllm
    except ImportError as exc:
        raise TeacherError(
            "teacher_unavailable", f"vLLM is not installed ({INSTALL_HINT})", permanent=True
        ) from exc
    return vllm


def sampling_params(vllm: Any, request: ChatRequest) -> Any:
    """ChatRequest -> vllm.SamplingParams, with structured output for JSON requests."""
    kwargs = request.sampling()
    if request.wants_json:
        schema = request.json_schema or {"type": "object"}
        # vLLM >= 0.10 names it structured_outputs; older releases guided_decoding.
        if hasattr(vllm.sampling_params, "StructuredOutputsParams"):
            kwargs["structured_outputs"] = vllm.sampling_params.StructuredOutputsParams(json=schema)
        else:
            kwargs["guided_decoding"] = vllm.sampling_params.GuidedDecodingParams(json=schema)
    return vllm.SamplingParams(**kwargs)


def to_completion(output: Any, latency_s: float) -> Completion | TeacherError:
    """vllm.RequestOutput -> Completion."""
    if not output.outputs:
        return TeacherError("empty_response", "vLLM returned no candidates")
    best = output.outputs[0]
    return Completion(
        text=best.text,
        tokens_in=len(output.prompt_token_ids or []),
        tokens_out=len(best.token_ids or []),
        latency_s=latency_s,
        finish_reason=best.finish_reason,
    )


class VllmTeacher(Teacher):
    backend = "vllm"

    def __init__(
        self,
        model: str,
        *,
        llm: Any = None,
        engine_kwargs: dict[str, Any] | None = None,
        max_batch: int = 256,
    ) -> None:
        super().__init__(model)
        self._vllm = import_vllm()
        self._llm = llm if llm is not None else self._vllm.LLM(model=model, **(engine_kwargs or {}))
        self._batcher = MicroBatcher(self.run_batch, max_batch=max_batch, max_wait_s=0.005)

    def run_batch(self, requests: list[ChatRequest]) -> list[Completion | TeacherError]:
        params = [sampling_params(self._vllm, r) for r in requests]
        start = time.perf_counter()
        outputs = self._llm.chat([r.messages for r in requests], params, use_tqdm=False)
        latency = time.perf_counter() - start
        return [to_completion(o, latency) for o in outputs]

    async def complete(self, request: ChatRequest) -> Completion:
        return await self._batcher.submit(request)


_engines = EngineCache()


@register("vllm")
def _factory(spec: TeacherSpec, settings: Settings) -> Teacher:
    if settings.hub_models and spec.model and not spec.model.startswith((".", "/")):
        model = spec.model  # a hub id, allowed by the operator
    else:
        hub_offline(settings)
        model = str(local_model_dir(spec.model, settings, "vllm"))
    # Loading weights onto the GPU takes minutes: engines are shared by every job of this worker
    # process, at most engine_cache_size of them; each job gets its own teacher (and batcher).
    llm = _engines.get(model, settings.engine_cache_size, lambda: import_vllm().LLM(model=model))
    return VllmTeacher(model, llm=llm)
