"""Runs one peer generator (distilabel, curator) on a ``bench.peers`` workload, in that peer's own venv.

It is started as a script by the venv's own python (``python bench/peer_runner.py SPEC OUT``), so it
imports nothing from mediflow and only the standard library at the top; the peer is imported inside its
runner. The protocol is two JSON files:

- SPEC (written by ``bench.peers``): ``protocol``, ``peer``, ``variant`` (one of ``PEER_VARIANTS[peer]``),
  ``base_url``, ``model``, ``concurrency`` (the most calls in flight), ``max_tokens``, ``temperature``,
  ``work_dir`` (fresh for each run: the peers' caches and outputs go there), ``stages`` (each
  ``{"name", "system", "user", "output_column"}``, templates filled with ``str.format_map`` exactly as
  mediflow's ``PromptTemplate.render`` does) and ``rows`` (one context per sample).
- OUT (written here): ``protocol``, ``peer``, ``variant``, ``version`` (the peer package's),
  ``samples`` (rows the peer returned with every stage's column filled), ``wall_s`` (the pipeline's run,
  from the call that starts it to its result, imports excluded) and ``cpu_s`` (this process's user +
  system CPU over that span, with its reaped children: distilabel runs a process per step), and
  optionally ``checks`` (what a screening or dedup variant found: rows with PHI, duplicates).
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

PROTOCOL = 1
# The variants each peer's runner implements (bench.peers runs each as a side, ``plain`` under the peer's
# name, the others as ``peer+variant``). ``dedup`` and ``screen`` do what mediflow's pd and dflt sides do on
# top of generation: near-duplicate removal (both) and PHI screening of every text (``screen``).
PEER_VARIANTS: dict[str, tuple[str, ...]] = {
    "distilabel": ("plain", "dedup"),
    "curator": ("plain", "screen"),
}
VARIANTS = tuple(dict.fromkeys(v for vs in PEER_VARIANTS.values() for v in vs))
QUALITY_VARIANTS = ("dedup", "screen")
SPEC_KEYS = (
    "protocol",
    "peer",
    "variant",
    "base_url",
    "model",
    "concurrency",
    "max_tokens",
    "temperature",
    "work_dir",
    "stages",
    "rows",
)
RESULT_KEYS = ("protocol", "peer", "variant", "version", "samples", "wall_s", "cpu_s")
STAGE_KEYS = ("name", "system", "user", "output_column")
DEDUP_COLUMN = "dedup_text"  # instruction + "\n" + input: what mediflow's dedup reads (quality/dedup.py)
DEDUP_KEEP = "keep_row_after_minhash_filtering"  # distilabel's MinHashDedup verdict (True / False)
PHI_COLUMN = "phi_entities"  # curator+screen: Presidio's findings in the row, {entity type: count}
SCREENED_COLUMNS = ("instruction", "input", "output")  # what mediflow's PHI screen reads (quality/gate.py)
# mediflow/quality/phi_presidio.py's recognizer set and score floor, replicated: the peer venv cannot
# import mediflow. Presidio entity names; the recognizers are built in _presidio_analyzer.
PRESIDIO_ENTITIES = (
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "URL",
    "IP_ADDRESS",
    "US_SSN",
    "MEDICAL_LICENSE",
    "US_DRIVER_LICENSE",
    "US_NPI",
    "US_MBI",
    "US_HEALTH_INSURANCE_MEMBER_ID",
    "CREDIT_CARD",
    "MAC_ADDRESS",
)
PRESIDIO_MIN_SCORE = 0.4
# distilabel+dedup's MinHashDedup settings (tokenizer="ngrams": character 5-grams; its defaults otherwise),
# so the two dedup sides do the same work: 128 permutations, seed 1, LSH threshold 0.9, query then insert.
MINHASH_NGRAM, MINHASH_PERM, MINHASH_SEED, MINHASH_THRESHOLD = 5, 128, 1, 0.9


class SpecError(ValueError):
    """A spec or result file that does not follow the protocol."""


def render(stage: Mapping[str, str], row: Mapping[str, Any]) -> list[dict[str, str]]:
    """The chat messages of one stage for one row (the sample so far): mediflow's PromptTemplate.render."""
    return [
        {"role": "system", "content": stage["system"].format_map(row)},
        {"role": "user", "content": stage["user"].format_map(row)},
    ]


def _require(data: Any, keys: tuple[str, ...], what: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise SpecError(f"{what} must be a JSON object, got {type(data).__name__}")
    missing = [k for k in keys if k not in data]
    if missing:
        raise SpecError(f"{what} lacks {', '.join(missing)}")
    if "protocol" in keys and data["protocol"] != PROTOCOL:
        raise SpecError(f"{what} speaks protocol {data['protocol']!r}, this runner {PROTOCOL}")
    return data


def check_spec(data: Any) -> dict[str, Any]:
    spec = _require(data, SPEC_KEYS, "spec")
    if spec["peer"] not in PEERS:
        raise SpecError(f"unknown peer {spec['peer']!r}; known: {', '.join(PEERS)}")
    known = PEER_VARIANTS[spec["peer"]]
    if spec["variant"] not in known:
        raise SpecError(f"unknown variant {spec['variant']!r} of {spec['peer']}; known: {', '.join(known)}")
    if not isinstance(spec["concurrency"], int) or spec["concurrency"] < 1:
        raise SpecError(f"concurrency must be a positive integer, got {spec['concurrency']!r}")
    if not spec["stages"] or not spec["rows"]:
        raise SpecError("spec has no stages or no rows")
    for stage in spec["stages"]:
        _require(stage, STAGE_KEYS, "stage")
    return spec


def check_result(data: Any) -> dict[str, Any]:
    result = _require(data, RESULT_KEYS, "result")
    for key in ("samples", "wall_s", "cpu_s"):
        if not isinstance(result[key], int | float) or result[key] < 0:
            raise SpecError(f"result {key} must be a non-negative number, got {result[key]!r}")
    if result["wall_s"] == 0:
        raise SpecError("result wall_s is 0")
    checks = result.get("checks", {})
    if not isinstance(checks, dict) or not all(isinstance(v, int) and v >= 0 for v in checks.values()):
        raise SpecError(f"result checks must map names to non-negative integers, got {checks!r}")
    return result


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def _complete(rows: list[dict[str, Any]], columns: list[str]) -> int:
    """Rows with every one of ``columns`` filled: a failed call or step leaves a peer's column empty or
    None (distilabel logs a failed batch and passes it on filled with None)."""
    return sum(all(row.get(c) not in (None, "") for c in columns) for row in rows)


# What a peer's run returns: complete samples, and what its screening or dedup found (``checks``).
Outcome = tuple[int, dict[str, int]]
Runner = Callable[[dict[str, Any]], tuple[str, Callable[[], Outcome]]]


def run_distilabel(spec: dict[str, Any]) -> tuple[str, Callable[[], Outcome]]:
    """A distilabel Pipeline: the rows, one Task per stage (chained), optionally its MinHashDedup."""
    import distilabel
    from distilabel.models.llms import OpenAILLM
    from distilabel.pipeline import Pipeline
    from distilabel.steps import LoadDataFromDicts, MinHashDedup
    from distilabel.steps.tasks import Task

    stages: list[dict[str, str]] = spec["stages"]
    dedup = spec["variant"] == "dedup"

    class PromptStage(Task):  # type: ignore[misc]
        """One mediflow prompt stage as a distilabel task: the row's columns in, one column out."""

        system: str
        user: str
        columns: list[str]
        output_column: str
        join_for_dedup: bool = False

        @property
        def inputs(self) -> list[str]:
            return self.columns

        @property
        def outputs(self) -> list[str]:
            return [self.output_column, *([DEDUP_COLUMN] if self.join_for_dedup else [])]

        def format_input(self, input: dict[str, Any]) -> list[dict[str, str]]:
            return render({"system": self.system, "user": self.user}, input)

        def format_output(self, output: str | None, input: dict[str, Any] | None = None) -> dict[str, Any]:
            out: dict[str, Any] = {self.output_column: output}
            if self.join_for_dedup:
                row = input or {}
                out[DEDUP_COLUMN] = f"{row.get('instruction') or ''}\n{row.get('input') or ''}"
            return out

    # Steps run in forked processes and are pickled by reference: the class must be a module global.
    PromptStage.__qualname__ = PromptStage.__name__
    globals()[PromptStage.__name__] = PromptStage

    # Its concurrency is a Task's input_batch_size (one asyncio.gather per batch, a process per step):
    # the calls in flight are at most the sum over the chained steps, so the level is split among them.
    per_step = _split(spec["concurrency"], len(stages))
    columns = list(spec["rows"][0])
    with Pipeline(name="mediflow-peer-bench", cache_dir=str(Path(spec["work_dir"]) / "cache")) as pipeline:
        # The loader's own default batch (50) unless a step takes more: it never holds a step back.
        step: Any = LoadDataFromDicts(data=spec["rows"], batch_size=max(50, per_step[0]))
        done: list[str] = []
        for i, stage in enumerate(stages):
            task = PromptStage(
                name=f"stage_{stage['name']}",
                llm=OpenAILLM(
                    model=spec["model"],
                    base_url=spec["base_url"],
                    api_key="bench",
                    max_retries=0,
                    timeout=120,
                    generation_kwargs={
                        "max_new_tokens": spec["max_tokens"],
                        "temperature": spec["temperature"],
                    },
                ),
                system=stage["system"],
                user=stage["user"],
                columns=[c for c in columns + done if "{" + c + "}" in stage["system"] + stage["user"]],
                output_column=stage["output_column"],
                join_for_dedup=dedup and i == len(stages) - 1,
                input_batch_size=per_step[i],
                add_raw_output=False,
                add_raw_input=False,
            )
            step = step >> task
            done.append(stage["output_column"])
        if dedup:
            step >> MinHashDedup(tokenizer="ngrams", storage="dict", input_mappings={"text": DEDUP_COLUMN})

    def run() -> Outcome:
        distiset = pipeline.run(use_cache=False)
        rows = [row for config in distiset.values() for row in config["train"]]
        samples = _complete(rows, [s["output_column"] for s in stages] + ([DEDUP_KEEP] if dedup else []))
        return samples, ({"duplicates": sum(r.get(DEDUP_KEEP) is False for r in rows)} if dedup else {})

    return distilabel.__version__, run


def _split(total: int, parts: int) -> list[int]:
    """``total`` as ``parts`` positive integers that add up to it (at least 1 each)."""
    base, extra = divmod(total, parts)
    return [max(1, base + (i < extra)) for i in range(parts)]


def run_curator(spec: dict[str, Any]) -> tuple[str, Callable[[], Outcome]]:
    """curator: one ``curator.LLM`` per stage, each over the previous stage's dataset (its chaining).

    ``screen`` adds what a curator user adds to get mediflow's default guarantees, curator having
    neither: Presidio's analyzer over every generated text (``_phi_counts``), then near-duplicate
    removal over instruction + input with datasketch's MinHash LSH (``_keep_verdicts``), both after the
    last stage, in this process, inside the timed run. The analyzer is built (and run once) before it, as
    mediflow's worker warms its screening pool before a job.
    """
    from importlib.metadata import version
    from importlib.util import find_spec

    # curator counts tokens with tiktoken's cl100k_base, which tiktoken downloads; litellm (a curator
    # dependency) ships that file: point tiktoken at it, offline.
    litellm = find_spec("litellm")
    if litellm is not None and litellm.origin:
        bundled = Path(litellm.origin).parent / "litellm_core_utils" / "tokenizers"
        os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(bundled))

    from bespokelabs import curator

    stages: list[dict[str, str]] = spec["stages"]

    def stage_llm(stage: dict[str, str]) -> Any:
        class StageLLM(curator.LLM):  # type: ignore[misc,name-defined]
            def prompt(self, row: dict[str, Any]) -> list[dict[str, str]]:
                return render(stage, row)

            def parse(self, row: dict[str, Any], response: str) -> dict[str, Any]:
                return {**row, stage["output_column"]: response}

        return StageLLM(
            model_name=spec["model"],
            backend="openai",
            generation_params={"max_tokens": spec["max_tokens"], "temperature": spec["temperature"]},
            backend_params={
                "base_url": spec["base_url"],
                "api_key": "bench",
                "max_concurrent_requests": spec["concurrency"],
                # No rate limit but the concurrency: a local server sends no rate-limit headers, and
                # curator's defaults (for hosted APIs) would throttle below the teacher's rate.
                "max_requests_per_minute": 10_000_000,
                "max_tokens_per_minute": 10_000_000_000,
                "max_retries": 0,
                "require_all_responses": True,
            },
        )

    llms = [stage_llm(s) for s in stages]
    screen = spec["variant"] == "screen"
    analyzer = _presidio_analyzer() if screen else None

    def run() -> Outcome:
        data: Any = spec["rows"]
        for llm in llms:
            data = llm(data, working_dir=str(Path(spec["work_dir"]) / "curator")).dataset
        rows = list(data)
        columns = [s["output_column"] for s in stages]
        if analyzer is None:
            return _complete(rows, columns), {}
        for row in rows:
            row[PHI_COLUMN] = _phi_counts(analyzer, row)
        for row, keep in zip(rows, _keep_verdicts(rows), strict=True):
            row[DEDUP_KEEP] = keep
        checks = {
            "phi_rows": sum(bool(r[PHI_COLUMN]) for r in rows),
            "duplicates": sum(not r[DEDUP_KEEP] for r in rows),
        }
        return _complete(rows, [*columns, PHI_COLUMN, DEDUP_KEEP]), checks

    return version("bespokelabs-curator"), run


def _presidio_analyzer() -> Any:
    """Presidio's AnalyzerEngine as mediflow/quality/phi_presidio.py builds it: its offline pattern
    recognizers only, a blank spaCy pipeline (no model download), email domains checked against
    tldextract's bundled suffix list (no fetch); run once so its first call's set-up is not timed."""
    import spacy
    import tldextract
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer import predefined_recognizers as recognizers
    from presidio_analyzer.nlp_engine import SpacyNlpEngine

    extract = tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)

    class OfflineEmailRecognizer(recognizers.EmailRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return extract(pattern_text).fqdn != ""

    class BlankSpacyNlpEngine(SpacyNlpEngine):
        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}  # type: ignore[assignment]  # None until load()

        def _doc_to_nlp_artifact(self, doc: Any, language: str) -> Any:
            artifacts = super()._doc_to_nlp_artifact(doc, language)
            # a blank pipeline has no lemmatizer: without this, context words never lift a weak match
            artifacts.lemmas = [token.lower_ for token in doc]
            return artifacts

    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in (
        recognizers.PhoneRecognizer(),
        OfflineEmailRecognizer(),
        recognizers.UrlRecognizer(),
        recognizers.IpRecognizer(),
        recognizers.UsSsnRecognizer(),
        recognizers.MedicalLicenseRecognizer(),
        recognizers.UsLicenseRecognizer(),
        recognizers.UsNpiRecognizer(),
        recognizers.UsMbiRecognizer(),
        recognizers.UsHealthInsuranceMemberIdRecognizer(),
        recognizers.CreditCardRecognizer(),
        recognizers.MacAddressRecognizer(),
    ):
        registry.add_recognizer(recognizer)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=BlankSpacyNlpEngine(), supported_languages=["en"])
    found = _phi_counts(analyzer, {"input": "Call 555-201-7788 or mail jo@example.org"})
    if not found:
        raise RuntimeError("the Presidio analyzer found no PHI in a planted phone number and email")
    return analyzer


def _phi_counts(analyzer: Any, row: dict[str, Any]) -> dict[str, int]:
    """Presidio's findings (score >= PRESIDIO_MIN_SCORE) in the row's screened texts, by entity type."""
    counts: dict[str, int] = {}
    for column in SCREENED_COLUMNS:
        text = row.get(column) or ""
        if not text:
            continue
        for hit in analyzer.analyze(
            text=text, language="en", entities=list(PRESIDIO_ENTITIES), score_threshold=PRESIDIO_MIN_SCORE
        ):
            counts[hit.entity_type] = counts.get(hit.entity_type, 0) + 1
    return counts


def char_ngrams(text: str, n: int = MINHASH_NGRAM) -> set[bytes]:
    """distilabel's ``tokenize_on_ngrams``: the set of character n-grams (none when shorter than n)."""
    return {text[i : i + n].encode("utf-8") for i in range(len(text) - n + 1)}


def _keep_verdicts(rows: list[dict[str, Any]]) -> list[bool]:
    """MinHash LSH over instruction + input, first seen kept: a row whose signature the index already
    holds a candidate for is a near duplicate and is not inserted (distilabel's MinHashDedup.process)."""
    from datasketch import MinHash, MinHashLSH

    texts = [f"{r.get('instruction') or ''}\n{r.get('input') or ''}" for r in rows]
    signatures = MinHash.bulk([char_ngrams(t) for t in texts], num_perm=MINHASH_PERM, seed=MINHASH_SEED)
    lsh = MinHashLSH(threshold=MINHASH_THRESHOLD, num_perm=MINHASH_PERM)
    verdicts = []
    for i, signature in enumerate(signatures):
        keep = not lsh.query(signature)
        if keep:
            lsh.insert(str(i), signature)
        verdicts.append(keep)
    return verdicts


PEERS: dict[str, Runner] = {
    "distilabel": run_distilabel,
    "curator": run_curator,
}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: peer_runner.py SPEC.json RESULT.json", file=sys.stderr)
        return 2
    spec = check_spec(json.loads(Path(argv[0]).read_text()))
    os.makedirs(spec["work_dir"], exist_ok=True)
    version, run = PEERS[spec["peer"]](spec)
    cpu, start = _cpu_seconds(), time.perf_counter()
    samples, checks = run()
    wall, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    result = {
        "protocol": PROTOCOL,
        "peer": spec["peer"],
        "variant": spec["variant"],
        "version": version,
        "samples": samples,
        "wall_s": wall,
        "cpu_s": cpu,
        "checks": checks,
    }
    Path(argv[1]).write_text(json.dumps(check_result(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
