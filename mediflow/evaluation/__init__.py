"""Clinical task evaluation: task families and metrics, JSONL suites, a batched greedy harness,
contamination checks, side-by-side reports and an evolutionary merge search.

Calls only ``mediflow.core``; torch/transformers are imported when a model is loaded, mergekit when a
merge runs. The training stages call it to score models and to choose SLERP ratios and merges.
"""
