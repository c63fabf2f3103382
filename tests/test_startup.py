"""`briefgen --help` starts fast: nothing heavy is imported until a command needs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Each costs 15-110 ms to import (NOTES.md) and none is needed to print help.
HEAVY = (
    "spacy",
    "thinc",
    "vaderSentiment",
    "reportlab",
    "docx",
    "lxml",
    "markdown_it",
    "jinja2",
    "syntok",
    "rich",
    "distributed",
    "dask",
    "briefgen.analyse",
    "briefgen.render",
    "briefgen.ingest",
    "briefgen.pipeline",
)


def imported_by(*args: str) -> set[str]:
    """Top-level names of the modules `python -m briefgen ARGS` imported, from -X importtime."""
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "briefgen", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    return names


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["make", "--help"]])
def test_help_and_version_import_nothing_heavy(args):
    names = imported_by(*args)
    assert "click" in names  # the check itself works: it sees what was imported
    loaded = sorted(n for n in names for heavy in HEAVY if n == heavy or n.startswith(heavy + "."))
    assert loaded == []


# Loaders import their libraries on first use; URLs alone need the network modules, and
# the llm engine alone its HTTP client.
NOT_FOR_TEXT = (
    "http.client",
    "ssl",
    "urllib.request",
    "trafilatura",
    "pypdf",
    "feedparser",
    "httpx",
    "briefgen.analyse.llm",
)


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_brief_from_a_text_file_imports_no_network_or_other_format_library(tmp_path, jobs):
    source = tmp_path / "article.txt"
    source.write_text((ROOT / "briefgen" / "data" / "sample-article.txt").read_text("utf-8"))
    names = imported_by("make", "--jobs", jobs, "-o", str(tmp_path / "out"), str(source))
    assert {"briefgen.ingest.plain", "docx", "reportlab", "spacy"} <= names  # the brief was made
    # spaCy imports requests (and so http.client) itself; our loaders must not add more
    spacy_own = _imported_by_code("import spacy")
    assert sorted(names.intersection(NOT_FOR_TEXT) - spacy_own) == []


def _imported_by_code(code: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True
    )
    return {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


# Only make, analyze and `templates preview` (which briefs the sample) analyse; the other
# commands must not pay for spaCy (about a second to import and load).
ANALYSIS = ("spacy", "thinc", "briefgen.analyse")


def test_commands_that_do_not_analyse_do_not_import_spacy(tmp_path):
    source = tmp_path / "article.txt"
    source.write_text((ROOT / "briefgen" / "data" / "sample-article.txt").read_text("utf-8"))
    out = tmp_path / "out"
    assert "spacy" in imported_by("make", "--jobs", "1", "-o", str(out), str(source))
    pdfs = [str(p) for p in sorted(out.glob("*.pdf"))]
    assert pdfs
    for args in (
        ["templates", "list"],
        ["templates", "show", "policy-brief"],
        ["publish", str(tmp_path / "library"), *pdfs],
        ["distribute", "--status"],
    ):
        names = imported_by(*args)
        loaded = sorted(n for n in names for a in ANALYSIS if n == a or n.startswith(a + "."))
        assert loaded == [], args
    assert (tmp_path / "library" / "index.html").is_file()  # publish did its work
