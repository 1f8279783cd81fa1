"""A loopback HTTP server that speaks the OpenAI chat-completions protocol with scripted answers.

It is a real server on 127.0.0.1 (uvicorn in a background thread), so the official ``openai`` client,
its retries and timeouts, and our error mapping are exercised exactly as against vLLM or OpenAI.
Tests and benchmarks script it with a responder: ``(request_json, call_number) -> Reply``.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import random
import re
import socket
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route


@dataclass
class Reply:
    content: str = ""
    status: int = 200
    delay_s: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    error_message: str = "scripted error"
    usage: tuple[int, int] | None = None  # (prompt, completion) tokens; estimated if unset
    finish_reason: str = "stop"


Responder = Callable[[dict[str, Any], int], "Reply | Awaitable[Reply]"]


def _words(messages: list[dict[str, Any]]) -> int:
    return sum(len(str(m.get("content", "")).split()) for m in messages)


def _stage_of(request: dict[str, Any]) -> str:
    """Guess which mediflow stage sent a request, from its prompt wording."""
    text = " ".join(str(m.get("content", "")) for m in request.get("messages", []))
    if "Write one instruction" in text:
        return "instruction"
    if "Answer format:" in text:
        return "output"
    if text.startswith("You are an experienced clinician") or "Reply with the document text only" in text:
        return "document"
    return "other"


_FINDINGS = [
    "Right lower lobe airspace consolidation with air bronchograms.",
    "Small left pleural effusion layering posteriorly.",
    "Heart size is at the upper limit of normal.",
    "No pneumothorax is identified.",
    "Mild interstitial prominence at both bases, likely chronic.",
    "Calcified granuloma in the left upper lobe, unchanged.",
    "Endotracheal tube tip 4 cm above the carina.",
    "Right internal jugular catheter terminates in the superior vena cava.",
    "Patchy opacity in the lingula suspicious for early infection.",
    "Hyperinflated lungs with flattened hemidiaphragms consistent with emphysema.",
    "Degenerative changes of the thoracic spine.",
    "Blunting of the right costophrenic angle.",
    "Vascular congestion without frank pulmonary edema.",
    "Healed fracture of the left sixth rib.",
    "Elevated right hemidiaphragm, stable since the prior study.",
    "Nodular density in the right mid lung measuring 8 mm.",
    "Aortic knob calcification.",
    "Subsegmental atelectasis at the left base.",
    "Sternotomy wires are intact.",
    "Mediastinal contours are within normal limits.",
]
_INDICATIONS = [
    "cough and fever",
    "shortness of breath",
    "chest pain",
    "hypoxia after surgery",
    "follow-up of pneumonia",
]


def clinical_document(call_no: int) -> str:
    """A plausible chest X-ray report that differs from call to call (so dedup keeps them apart)."""
    rng = random.Random(call_no)
    findings = rng.sample(_FINDINGS, 6)
    return (
        f"CHEST X-RAY, PA AND LATERAL\nIndication: {rng.choice(_INDICATIONS)} for {rng.randint(1, 14)} days.\n"
        f"Findings: {' '.join(findings)}\nImpression: {findings[0]}"
    )


def requested_schema(request: dict[str, Any]) -> dict[str, Any] | None:
    """The JSON Schema a request constrains its answer to (OpenAI json_schema or llama.cpp form)."""
    fmt = request.get("response_format") or {}
    if fmt.get("type") == "json_schema":
        return fmt.get("json_schema", {}).get("schema")
    return fmt.get("schema")


PLANTED_ERROR = (
    "The bacteremia was treated with oral amoxicillin for methicillin-resistant Staphylococcus aureus."
)


def schema_instance(schema: dict[str, Any], call_no: int, name: str = "answer") -> Any:
    """A valid instance of the (simple) JSON Schemas mediflow sends, varied by call number."""
    if "enum" in schema:
        return schema["enum"][-1]  # pinned labels have one value; judge scores list 1..5 (5 passes)
    kind = schema.get("type", "object")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "object":
        props = schema.get("properties") or {"answer": {"type": "string"}}
        return {key: schema_instance(sub, call_no, key) for key, sub in props.items()}
    if kind == "array":
        return [schema_instance(schema.get("items", {"type": "string"}), call_no, name)]
    if kind == "integer":
        return int(schema.get("maximum", 4))
    if kind == "number":
        return 4.0
    if kind == "boolean":
        return True
    if "pattern" in schema:
        return "J18.9"
    return f"{name.replace('_', ' ')}: right lower lobe pneumonia with consolidation (call {call_no})"


def clinical_reply(request: dict[str, Any], call_no: int) -> Reply:
    """A plausible answer for each mediflow stage; JSON in the requested shape when asked for JSON."""
    stage = _stage_of(request)
    schema = requested_schema(request)
    if schema and "error_sentence" in schema.get("properties", {}) and "document" in schema["properties"]:
        # The document stage planting an error for error detection: the sentence must be in the note.
        return Reply(
            json.dumps(
                {
                    "document": f"{clinical_document(call_no)}\nPlan: {PLANTED_ERROR}",
                    "error_sentence": PLANTED_ERROR,
                    "corrected_sentence": PLANTED_ERROR.replace("oral amoxicillin", "intravenous vancomycin"),
                    "error_type": "pharmacotherapy",
                }
            )
        )
    if schema:
        return Reply(json.dumps(schema_instance(schema, call_no)))
    if request.get("response_format"):
        return Reply(
            json.dumps(
                {
                    "answer": f"Community-acquired pneumonia (call {call_no})",
                    "evidence": ["RLL consolidation"],
                }
            )
        )
    if stage == "document":
        return Reply(clinical_document(call_no))
    if stage == "instruction":
        return Reply("Identify the most likely diagnosis from the report and cite the supporting finding.")
    # A planned NLI label is in the answer key of the prompt: a consistent teacher states it.
    key = re.search(r"label = (\w+)", " ".join(str(m.get("content", "")) for m in request["messages"]))
    label = f" Label: {key.group(1)}." if key else ""
    return Reply(
        f"Right lower lobe pneumonia, supported by consolidation with air bronchograms (call {call_no}).{label}"
    )


class LoopbackTeacher:
    """Start with ``with LoopbackTeacher(responder) as server:``; point clients at ``server.base_url``."""

    def __init__(
        self, responder: Responder = clinical_reply, model: str = "loopback-teacher", *, record: bool = True
    ) -> None:
        self.responder = responder
        self.model = model
        # record=False keeps only the count: a million-sample benchmark must not hold every request.
        self.record = record
        self._count = 0
        self.requests: list[dict[str, Any]] = []
        self.authorizations: list[str] = []  # the Authorization header of each call, for secret tests
        self.headers: list[dict[str, str]] = []  # every header of each call (Azure sends api-key)
        self._lock = threading.Lock()
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self.port = 0

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def teacher_spec(self, **overrides: Any) -> dict[str, Any]:
        """A job spec's ``teacher`` section that points at this server, as an OpenAI-compatible endpoint."""
        return {"backend": "openai", "base_url": self.base_url, "model": "loopback", **overrides}

    @property
    def calls(self) -> int:
        with self._lock:
            return self._count

    async def _chat(self, request: Request) -> Response:
        body = await request.json()
        if "deployment" in request.path_params:
            body = {**body, "_azure": {**request.path_params, **request.query_params}}
        with self._lock:
            self._count += 1
            call_no = self._count
            if self.record:
                self.requests.append(body)
                self.authorizations.append(request.headers.get("authorization", ""))
                self.headers.append(dict(request.headers))
        reply = self.responder(body, call_no)
        if inspect.isawaitable(reply):
            reply = await reply
        assert isinstance(reply, Reply)
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.status != 200:
            err = {"error": {"message": reply.error_message, "type": "scripted", "code": reply.status}}
            return JSONResponse(err, status_code=reply.status, headers=reply.headers)
        prompt, completion = reply.usage or (
            int(_words(body.get("messages", [])) * 1.3) + 8,
            max(1, int(len(reply.content.split()) * 1.3)),
        )
        payload = {
            "id": f"chatcmpl-{call_no}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": reply.content},
                    "finish_reason": reply.finish_reason,
                }
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": completion,
                "total_tokens": prompt + completion,
            },
        }
        return JSONResponse(payload, headers=reply.headers)

    async def _models(self, _: Request) -> Response:
        return JSONResponse({"object": "list", "data": [{"id": self.model, "object": "model"}]})

    def start(self) -> LoopbackTeacher:
        app = Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat, methods=["POST"]),
                # Azure OpenAI's path shape: the deployment is in the URL, api-version in the query.
                Route("/openai/deployments/{deployment}/chat/completions", self._chat, methods=["POST"]),
                Route("/v1/models", self._models, methods=["GET"]),
            ]
        )
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            app, log_level="warning", access_log=False, backlog=2048, timeout_keep_alive=30
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("loopback teacher did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)

    def __enter__(self) -> LoopbackTeacher:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def fixed_latency_reply(latency_s: float, completion_words: int = 120) -> Responder:
    """Answers every stage after ``latency_s`` with about ``completion_words`` words (realistic usage)."""
    filler = " ".join(["finding"] * completion_words)

    async def reply(request: dict[str, Any], call_no: int) -> Reply:
        await asyncio.sleep(latency_s)
        if request.get("response_format") or request.get("structured_outputs"):
            return Reply(json.dumps({"answer": filler}))
        return Reply(f"Call {call_no}. {filler}")

    return reply


def main() -> None:
    """``python -m tests.support.loopback --latency 0.1``: serve until killed (benchmarks, soak)."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--words", type=int, default=120)
    parser.add_argument("--port-file", required=True, help="Where to write the chosen port")
    args = parser.parse_args()
    server = LoopbackTeacher(fixed_latency_reply(args.latency, args.words)).start()
    with open(args.port_file, "w") as fh:
        fh.write(str(server.port))
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
