"""The embedded teacher's llama.cpp model answers a real multi-token chat prompt on this CPU.

A one-token prompt does not reach the batched matrix multiply that crashed on AMX machines, so this
asks a real chat question, in a child process: a segfault fails the test instead of the test worker.
"""

from __future__ import annotations

import subprocess
import sys
import types

import pytest

from mediflow.generators.teachers.embedded import _ggml_uses_amx, _plain_weight_buffers

CHAT = """
import json
from mediflow.generators.teachers.embedded import _load, shipped_model_path
model = _load(shipped_model_path(), 1024, 2)
reply = model.create_chat_completion(
    messages=[{"role": "user", "content": "Name one common symptom of influenza in adults."}],
    max_tokens=8, temperature=0.0,
)
print(json.dumps(reply["choices"][0]["message"]["content"]))
"""


def test_the_shipped_model_answers_a_multi_token_chat_prompt() -> None:
    pytest.importorskip("llama_cpp")
    done = subprocess.run([sys.executable, "-c", CHAT], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, f"exit {done.returncode}: {done.stderr[-2000:]}"
    assert done.stdout.strip().strip('"'), "the model returned no text"


def test_amx_is_read_from_ggmls_own_cpu_report() -> None:
    assert _ggml_uses_amx(b"CPU : SSE3 = 1 | AVX512 = 1 | AMX_INT8 = 1 | LLAMAFILE = 1 |")
    assert not _ggml_uses_amx(b"CPU : SSE3 = 1 | AVX2 = 1 | FMA = 1 | LLAMAFILE = 1 |")


def test_plain_weight_buffers_turn_off_extra_buffer_types_for_one_load_only() -> None:
    class Params:
        use_extra_bufts = True

    bindings = types.SimpleNamespace(llama_model_default_params=Params)
    with _plain_weight_buffers(bindings):
        assert bindings.llama_model_default_params().use_extra_bufts is False
    assert bindings.llama_model_default_params is Params
    assert bindings.llama_model_default_params().use_extra_bufts is True
    with pytest.raises(RuntimeError), _plain_weight_buffers(bindings):
        raise RuntimeError("a failed load")
    assert bindings.llama_model_default_params is Params
