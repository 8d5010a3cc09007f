"""Benchmarks: ``python -m bench NAME [--cards N] --json`` prints a JSON object of figures."""
