"""The command line, end to end, through click's CliRunner and real file readers."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, docx_text, pdf_text

from briefgen import __version__
from briefgen.cli import main
from briefgen.errors import BriefgenError
from briefgen.ingest import load

SCHEMA = json.loads((ROOT / "briefgen" / "schema" / "brief.schema.json").read_text())
SECTION_HEADINGS = ["Bottom line up front", "The proposal", "Supporters", "Opponents", "Outcome"]


def actor_stances(data: dict) -> dict[str, str]:
    return {a["name"]: a["stance"] for a in data["actors"]}


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    """`briefgen make SAMPLE -o OUT -f pdf,docx,json` run once for the module."""
    from click.testing import CliRunner

    out = tmp_path_factory.mktemp("out")
    sample = ROOT / "sources" / "000_30a42b39eb7b2967.txt"
    result = CliRunner().invoke(main, ["make", str(sample), "-o", str(out), "-f", "pdf,docx,json"])
    assert result.exit_code == 0, result.output
    return out, result


def test_make_writes_dated_pdf_and_docx_and_prints_each_path(made):
    out, result = made
    written = sorted(p.name for p in out.iterdir() if p.is_file())
    assert all(name.startswith("2023-07-13-") for name in written)
    assert {Path(n).suffix for n in written} == {".pdf", ".docx", ".json"}
    assert sorted(Path(line).name for line in result.output.split()) == written


@pytest.mark.parametrize("reader", [pdf_text, docx_text], ids=["pdf", "docx"])
def test_brief_shows_sections_actors_and_a_quote(made, reader):
    out, _ = made
    suffix = ".pdf" if reader is pdf_text else ".docx"
    text = " ".join(reader(next(out.glob(f"*{suffix}"))).split())
    for heading in SECTION_HEADINGS + ["Actors", "Key quotes", "Sources"]:
        assert heading in text
    assert "Macron" in text and "Opposes" in text
    assert "China" in text
    # A quote from the article after its speaker: "Emmanuel Macron — “We should ...”"
    # (the sentence may also be a section's point, where no dash precedes it).
    quote = "We should stick to a close partnership"
    starts = [m.start() for m in re.finditer(re.escape(quote), text)]
    assert any("Macron — “" in text[max(0, start - 40) : start] for start in starts), starts


def test_json_output_matches_the_schema_and_names_opponents(made):
    out, _ = made
    data = json.loads(next(out.glob("*.json")).read_text())
    jsonschema.validate(data, SCHEMA)
    assert data["date"] == "2023-07-13"


def test_analyze_json_validates_and_puts_france_side_and_china_in_opposition(runner, sample):
    result = runner.invoke(main, ["analyze", str(sample), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    jsonschema.validate(data, SCHEMA)
    stances = actor_stances(data)
    assert stances.get("China") == "opponent"
    assert "opponent" in {stances.get("Emmanuel Macron"), stances.get("France")}
    assert data["outcome"]["status"] == "left_open"
    sentences = len(load(sample).sentences)
    for section in data["sections"].values():
        for point in section["points"]:
            assert point["citations"], point
            assert all(0 <= c["sentence"] < sentences for c in point["citations"])


def test_analyze_readable_view(runner, sample):
    result = runner.invoke(main, ["analyze", str(sample)])
    assert result.exit_code == 0, result.output
    assert "OPPONENTS" in result.output and "China" in result.output


def test_version_and_help_on_every_command(runner):
    assert runner.invoke(main, ["--version"]).output.strip() == f"briefgen, version {__version__}"
    for args in (
        ["--help"],
        ["make", "--help"],
        ["analyze", "--help"],
        ["templates", "--help"],
        ["templates", "list", "--help"],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 0 and "Usage:" in result.output


def test_templates_list(runner):
    result = runner.invoke(main, ["templates", "list"])
    assert result.exit_code == 0
    assert "policy-brief" in [line.split()[0] for line in result.output.splitlines()]


# --- errors: one line, the right exit code, no traceback ---------------------------


def one_line_error(result) -> str:
    lines = [line for line in result.output.splitlines() if line.startswith("briefgen: error:")]
    assert lines, result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_missing_source_is_one_line_exit_1(runner, tmp_path):
    result = runner.invoke(main, ["make", str(tmp_path / "nope.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "nope.txt: no such file or folder" in one_line_error(result)


def test_unknown_template_is_usage_error_exit_2(runner, sample, tmp_path):
    result = runner.invoke(main, ["make", str(sample), "-t", "fancy", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown template 'fancy'" in one_line_error(result)


def test_unknown_format_is_usage_error_exit_2(runner, sample, tmp_path):
    result = runner.invoke(main, ["make", str(sample), "-f", "pdf,odt", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert "unknown format 'odt'" in one_line_error(result)
    assert not list(tmp_path.glob("*.pdf"))


def test_output_folder_that_is_a_file(runner, sample, tmp_path):
    target = tmp_path / "taken"
    target.write_text("x")
    result = runner.invoke(main, ["make", str(sample), "-o", str(target)])
    assert result.exit_code == 1
    assert "output folder is a file" in one_line_error(result)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_output_folder_not_writable(runner, sample, tmp_path):
    target = tmp_path / "ro"
    target.mkdir()
    target.chmod(0o500)
    result = runner.invoke(main, ["make", str(sample), "-o", str(target)])
    assert result.exit_code == 1
    assert "not writable" in one_line_error(result)


def test_output_name_taken_by_a_folder(runner, sample, tmp_path):
    (tmp_path / "placeholder").mkdir()
    first = runner.invoke(main, ["make", str(sample), "-o", str(tmp_path), "-f", "pdf"])
    pdf = next(tmp_path.glob("*.pdf"))
    pdf.unlink()
    pdf.mkdir()
    result = runner.invoke(main, ["make", str(sample), "-o", str(tmp_path), "-f", "pdf"])
    assert first.exit_code == 0 and result.exit_code == 1
    assert "a folder has that name" in one_line_error(result)


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "file is empty"), (b"\x00\x01\x02\x03binary", "binary data")],
)
def test_bad_source_among_good_ones_is_reported_and_the_rest_are_made(
    runner, sample, tmp_path, content, message
):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    out = tmp_path / "out"
    result = runner.invoke(main, ["make", str(bad), str(sample), "-o", str(out), "-f", "pdf"])
    assert result.exit_code == 1
    assert f"{bad}: {message}" in one_line_error(result)
    assert len(list(out.glob("2023-07-13-*.pdf"))) == 1
    assert "made 1 brief(s); 1 failed" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [(["make", "nope.txt"], "no such file"), (["make", "-t", "fancy"], "unknown template")],
)
def test_debug_flag_lets_the_exception_through(runner, tmp_path, args, message):
    result = runner.invoke(main, ["--debug", *args, "-o", str(tmp_path)])
    assert isinstance(result.exception, BriefgenError)
    assert message in str(result.exception)


def test_a_render_warning_names_the_brief_it_is_about(runner, tmp_path):
    # two stories in one run: a warning must say which brief it concerns
    folder = tmp_path / "no-system-fonts"
    folder.mkdir()
    (folder / "template.toml").write_text('name = "x"\n[fonts]\nsystem = false\n')
    (folder / "brief.md.j2").write_text("# {{ title }}\n\n{{ summary }}\n")
    plain = tmp_path / "depot.txt"
    plain.write_text(
        "Council weighs bus depot\n\nThe city council is considering a plan to build a bus "
        "depot in Riverside. Residents oppose the depot plan.\n"
    )
    hiragana = tmp_path / "talks.txt"
    hiragana.write_text(
        "Ministers back ひらがな school plan\n\nThe education ministry proposed a plan to "
        "teach ひらがな in every school. Teachers welcomed the school plan.\n"
    )
    out = tmp_path / "out"
    result = runner.invoke(
        main, ["make", str(plain), str(hiragana), "-t", str(folder), "-f", "pdf", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if "Hiragana" in line]
    assert len(warnings) == 1
    slug = next(p.stem for p in out.glob("*.pdf") if "hiragana" in p.stem or "school" in p.stem)
    assert warnings[0].startswith(f"briefgen: warning: {slug}: ")
