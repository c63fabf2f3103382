"""Every file in tests/hostile/inputs/ through `briefgen make`, judged by README.md's table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_support import (
    analyse,
    in_docx_text,
    in_pdf_text,
    read_docx,
    read_pdf,
    shown_texts,
)

from briefgen.cli import main
from briefgen.render import render
from briefgen.render.templates import load_template

HERE = Path(__file__).resolve().parent
INPUTS = HERE / "inputs"
ROW = re.compile(r"^\| `(?P<file>[^`]+)` \| (?P<attack>.+) \| (?P<outcome>[^|]+) \|$")


def expectations() -> dict[str, str]:
    rows = (ROW.match(line) for line in (HERE / "README.md").read_text().splitlines())
    return {m["file"]: m["outcome"].strip() for m in rows if m}


def test_every_input_has_a_row_saying_what_it_attacks():
    assert sorted(expectations()) == sorted(p.name for p in INPUTS.iterdir())


@pytest.fixture
def make(tmp_path, monkeypatch):
    monkeypatch.setattr("briefgen.work.analyse_story", analyse)

    def run(source: Path):
        out = tmp_path / "out"
        result = CliRunner().invoke(main, ["make", str(source), "-o", str(out), "-f", "pdf,docx"])
        return result, out

    return run


@pytest.mark.parametrize("name,outcome", sorted(expectations().items()))
def test_hostile_input_is_made_literally_or_refused_in_one_line(make, name, outcome):
    result, out = make(INPUTS / name)
    assert "Traceback" not in result.output and "internal error" not in result.output
    if outcome.startswith("refused:"):
        assert result.exit_code == 1, result.output
        lines = result.output.strip().splitlines()
        assert lines[0].startswith(f"briefgen: error: {INPUTS / name}: ")
        assert outcome.removeprefix("refused:").strip() in lines[0]
        assert not [p for p in out.glob("*") if p.is_file()]
        return
    assert outcome == "made"
    assert result.exit_code == 0, result.output
    [pdf] = out.glob("*.pdf")
    [docx] = out.glob("*.docx")
    assert pdf.stem == docx.stem and len(pdf.name.encode()) < 120
    from briefgen.ingest import load
    from briefgen.model import Story

    brief = analyse(Story((load(INPUTS / name),)))
    # the Markdown the files were made from: trimmed to the template's page budget
    markdown = render(brief, load_template(None), ["md"])["md"].decode()
    pdf_text, docx_text = read_pdf(pdf.read_bytes()), read_docx(docx.read_bytes())
    shown = list(shown_texts(brief, markdown))
    assert brief.title in shown
    for text in shown:
        assert in_docx_text(text, docx_text), text[:80]
        assert in_pdf_text(text, pdf_text), text[:80]
