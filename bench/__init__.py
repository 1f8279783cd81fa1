"""Benchmarks, run from the checkout as ``python -m bench.NAME``, and the data they plant."""
