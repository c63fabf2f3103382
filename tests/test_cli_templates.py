"""`briefgen templates ...` and the branding options, through click's CliRunner."""

from __future__ import annotations

from pathlib import Path

import docx
from conftest import pdf_text

from briefgen.cli import main


def test_list_names_each_template_with_its_description(runner):
    result = runner.invoke(main, ["templates", "list"])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names == ["dossier", "memo", "one-pager", "policy-brief"]
    assert "TO, FROM, DATE, SUBJECT" in result.output


def test_show_tells_where_it_lives_and_its_settings(runner):
    result = runner.invoke(main, ["templates", "show", "one-pager"])
    assert result.exit_code == 0
    assert "path: " in result.output and "one-pager" in result.output
    assert "page.max_pages = 1" in result.output
    assert "reference.docx" in result.output


def test_new_copies_into_the_project_and_the_copy_overrides_nothing_else(runner, tmp_path):
    with runner.isolated_filesystem(temp_dir=tmp_path):
        result = runner.invoke(main, ["templates", "new", "ours", "--from", "memo"])
        assert result.exit_code == 0, result.output
        assert 'name = "ours"' in open("templates/ours/template.toml").read()
        listed = runner.invoke(main, ["templates", "list"]).output
        assert "ours" in listed and "memo" in listed
        descriptions = [line.split(None, 1)[1] for line in listed.splitlines()]
        assert len(set(descriptions)) == len(descriptions)  # no two identical lines
        (ours,) = [line for line in listed.splitlines() if line.startswith("ours ")]
        assert "Copy of memo: A memo: TO, FROM" in ours
        again = runner.invoke(main, ["templates", "new", "ours"])
        assert again.exit_code == 2 and "already exists" in again.output
        bad = runner.invoke(main, ["templates", "new", "../up"])
        assert bad.exit_code == 2 and "template name" in bad.output


def test_a_copy_says_what_it_was_copied_from_whatever_the_original_wrote(runner, tmp_path):
    from briefgen.render.templates import load_template, new_template

    plain = new_template("plain", "memo", tmp_path)
    toml = plain / "template.toml"
    lines = toml.read_text().splitlines()
    toml.write_text("\n".join(x for x in lines if not x.startswith("description")) + "\n")
    bare = load_template(str(new_template("bare", str(plain), tmp_path)))
    assert bare.description == "Copy of plain:"
    toml.write_text(
        toml.read_text().replace('name = "plain"', "name = 'plain'\ndescription = 'Ça'")
    )
    again = load_template(str(new_template("again", str(plain), tmp_path)))
    assert again.description == "Copy of plain: Ça"


def test_preview_renders_the_sample_with_branding(runner, tmp_path, sample):
    with runner.isolated_filesystem(temp_dir=tmp_path):
        result = runner.invoke(
            main,
            [
                "templates",
                "preview",
                "memo",
                "-o",
                "out",
                "--org",
                "Unit X",
                "--to",
                "Minister",
                "--classification",
                "RESTRICTED",
            ],
        )
        assert result.exit_code == 0, result.output
        assert result.output.split() == ["out/preview-memo.pdf", "out/preview-memo.docx"]
        text = " ".join(pdf_text("out/preview-memo.pdf").split())
        assert "TO: Minister" in text and "FROM: Unit X" in text and "RESTRICTED" in text
        assert "Macron" in text  # the sample article's brief
        document = docx.Document("out/preview-memo.docx")
        footer = document.sections[0].footer.tables[0].rows[0].cells
        assert [cell.text for cell in footer] == ["", "RESTRICTED", "Page 1 of 1"]


def test_make_reads_branding_from_briefgen_toml_and_options_override_it(
    runner, tmp_path, sample, monkeypatch
):
    from briefgen.pipeline import hand_made_sample

    # This is about branding, so the analysis is the hand-made sample brief.
    monkeypatch.setattr("briefgen.work.analyse_story", lambda story: hand_made_sample())
    with runner.isolated_filesystem(temp_dir=tmp_path):
        open("briefgen.toml", "w").write(
            '[branding]\norganisation = "Toml Unit"\nclassification = "FROM TOML"\n'
        )
        result = runner.invoke(
            main, ["make", str(sample), "-f", "pdf", "-o", "out", "--classification", "OPTION"]
        )
        assert result.exit_code == 0, result.output
        text = pdf_text(next(Path("out").glob("*.pdf")))
        assert "Toml Unit" in text and "OPTION" in text and "FROM TOML" not in text


def test_unknown_template_in_preview_is_a_usage_error(runner):
    result = runner.invoke(main, ["templates", "preview", "nope"])
    assert result.exit_code == 2 and "unknown template 'nope'" in result.output
