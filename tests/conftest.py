"""Shared fixtures: the sample article, a CLI runner, a readable PDF/DOCX text, and a web
server on loopback (`site`)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import settings

# Hypothesis profiles, chosen with HYPOTHESIS_PROFILE (default: ci).
# ci: bounded, for every change (.ci/run); thorough: by hand, e.g.
#   HYPOTHESIS_PROFILE=thorough python -m pytest tests/hostile -q
# ci is derandomized: every run tries the same examples, so CI cannot fail on a case
# that a random draw happened to find; new cases come from the thorough profile.
settings.register_profile(
    "ci", max_examples=30, deadline=None, print_blob=True, derandomize=True, database=None
)
settings.register_profile("thorough", max_examples=2_000, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sources" / "000_30a42b39eb7b2967.txt"


@pytest.fixture
def sample() -> Path:
    return SAMPLE


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def pdf_text(path: Path) -> str:
    """The PDF's text as a reader gets it: poppler's pdftotext where installed, else pypdf."""
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
        ).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def docx_text(path: Path) -> str:
    """Every paragraph and table cell of a DOCX, one per line, read with python-docx."""
    import docx

    document = docx.Document(str(path))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


@pytest.fixture
def site():
    """A web server on loopback serving the pages a test adds to it."""
    from webserver import Site, serve

    site = Site()
    server, thread = serve(site)
    yield site
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
