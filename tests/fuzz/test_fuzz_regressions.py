"""Every input the fuzzer ever crashed on, replayed; plus a quick hypothesis fuzz of every
registered loader so the suite fuzzes a little even where atheris is not installed."""

from __future__ import annotations

from pathlib import Path

import hypothesis.strategies as st
import pytest
from fuzz_loaders import check, loader_suffixes
from hypothesis import HealthCheck, given, settings

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
CASES = sorted(p for p in REGRESSIONS.rglob("*") if p.is_file() and p.name != "README.md")


@pytest.mark.parametrize("path", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_fuzzer_crash_stays_fixed(path, tmp_path):
    check(f".{path.parent.name}", path.read_bytes(), tmp_path)


SEEDS = [
    b" date 2024-01-01 Title: A\n\nOne. Two.\n",
    b"# Heading\n\nSome *text* here.\n",
    b"\xef\xbb\xbfText with a BOM.\n",
]


@pytest.mark.parametrize("suffix", sorted(loader_suffixes()))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=2000), st.sampled_from(SEEDS)))
def test_every_loader_takes_any_bytes(suffix, data, tmp_path):
    check(suffix, data, tmp_path)
