"""Speed and memory benchmarks, run by hand: `python -m benchmarks.NAME` (see README.md)."""
