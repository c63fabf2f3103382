"""Templates travel to workers as bytes and load the same there."""

from __future__ import annotations

import pickle

import pytest
from builders import brief

from briefgen.errors import TemplateError
from briefgen.render import portable, to_markdown
from briefgen.render.templates import load_template


def test_unpack_in_the_packing_process_returns_the_same_template():
    template = load_template(None)
    assert portable.unpack(portable.pack(template)) is template


def test_unpacked_elsewhere_the_template_renders_the_same(monkeypatch):
    template = load_template(None)
    shipped = pickle.loads(pickle.dumps(portable.pack(template)))
    monkeypatch.setattr(portable, "_LOADED", {})  # as in a fresh worker process
    copy = portable.unpack(shipped)
    assert copy.path != template.path
    assert copy.path.name == template.path.name
    assert to_markdown(brief("Quay repairs."), copy) == to_markdown(
        brief("Quay repairs."), template
    )


def test_a_file_name_that_escapes_the_folder_is_refused(monkeypatch):
    bad = portable.PortableTemplate("evil", (("../outside.txt", b"x"),), "d1")
    monkeypatch.setattr(portable, "_LOADED", {})
    with pytest.raises(TemplateError, match="bad file name"):
        portable.unpack(bad)


def test_hidden_files_do_not_travel(tmp_path):
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "template.toml").write_text('name = "mine"\n')
    (folder / "brief.md.j2").write_text("# {{ title }}\n")
    (folder / ".secret").write_text("token")
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "x.pyc").write_bytes(b"\0")
    names = [name for name, _ in portable.pack(load_template(str(folder))).files]
    assert names == ["brief.md.j2", "template.toml"]
