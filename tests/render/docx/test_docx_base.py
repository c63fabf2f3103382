"""Briefs made one after another in one process share their template's prepared base
document: each gets its own template's look, and none leaks into another."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
from builders import brief
from conftest import ROOT

from briefgen import clock
from briefgen.render import render
from briefgen.render.templates import load_template

TEMPLATES = ROOT / "templates"


def _template_without_reference(tmp_path: Path, name: str, accent: str, font: str):
    """policy-brief in `name`'s folder with python-docx's default base, `accent` and `font`."""
    folder = tmp_path / name
    shutil.copytree(TEMPLATES / "policy-brief", folder)
    (folder / "reference.docx").unlink()
    toml = (folder / "template.toml").read_text(encoding="utf-8")
    toml = toml.replace('accent = "#1F3A5F"', f'accent = "{accent}"')
    toml = toml.replace("[fonts]", f'[fonts]\ndocx = "{font}"')
    assert accent in toml and font in toml
    (folder / "template.toml").write_text(toml, encoding="utf-8")
    return load_template(str(folder))


def _look(path: Path) -> tuple[str, str]:
    document = docx.Document(str(path))
    return str(document.styles["Title"].font.color.rgb), document.styles["Normal"].font.name


def test_templates_on_one_base_keep_their_own_colours_and_fonts(tmp_path):
    red = _template_without_reference(tmp_path, "red", "#AA0000", "Georgia")
    blue = _template_without_reference(tmp_path, "blue", "#0000BB", "Verdana")
    made = {}
    with clock.fixed(clock.now()):
        for n, template in enumerate([red, blue, red, blue]):
            path = tmp_path / f"{n}.docx"
            path.write_bytes(render(brief(), template, ["docx"])["docx"])
            made[n] = path
    assert _look(made[0]) == ("AA0000", "Georgia")
    assert _look(made[1]) == ("0000BB", "Verdana")
    assert made[0].read_bytes() == made[2].read_bytes()  # nothing leaked from blue
    assert made[1].read_bytes() == made[3].read_bytes()
