from pathlib import Path

import pytest
from builders import brief

from briefgen.errors import ConfigError, TemplateError, UsageError
from briefgen.render import check_formats, render, to_markdown
from briefgen.render.templates import available, load_template

SHIPPED_TOML = Path(__file__).resolve().parents[2] / "templates/policy-brief/template.toml"


def make_template(folder: Path, body: str, toml: str = 'name = "mine"\n') -> Path:
    folder.mkdir(parents=True)
    (folder / "template.toml").write_text(toml)
    (folder / "brief.md.j2").write_text(body)
    return folder


def test_default_template_is_policy_brief():
    template = load_template(None)
    assert template.name == "policy-brief"
    assert template.settings["page.size"] == "A4"


def test_unknown_template_lists_the_known_ones():
    with pytest.raises(UsageError, match=r"unknown template 'nope' \(known: .*policy-brief"):
        load_template("nope")


def test_project_templates_override_shipped_ones(tmp_path):
    make_template(tmp_path / "templates" / "policy-brief", "# Mine\n", 'name = "policy-brief"\n')
    found = available(tmp_path)
    assert found["policy-brief"] == tmp_path / "templates" / "policy-brief"
    assert to_markdown(brief(), load_template("policy-brief", tmp_path)) == "# Mine\n"


def test_template_by_folder_path(tmp_path):
    folder = make_template(tmp_path / "t", "# {{ title }}\n")
    assert to_markdown(brief(title="A*B"), load_template(str(folder))) == "# A\\*B\n"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('name = "x"\ncolour = "red"\n', "colour: unknown key"),
        ('[page]\nsize = "A3"\n', "page.size: must be one of A4, Letter"),
        ('[page]\nmargin_mm = "wide"\n', "page.margin_mm: expected int or float, got str"),
        ("[sections]\nmax_points = true\n", "sections.max_points: expected int, got bool"),
        ('[sections]\norder = ["outcome", "gossip"]\n', "unknown section 'gossip'"),
        ("name = \n", "not valid TOML"),
    ],
)
def test_invalid_settings_name_the_file_and_key(tmp_path, toml, message):
    folder = make_template(tmp_path / "bad", "x", toml)
    with pytest.raises(ConfigError) as info:
        load_template(str(folder))
    assert str(folder / "template.toml") in str(info.value)
    assert message in str(info.value)


def test_shipped_settings_are_valid():
    assert SHIPPED_TOML.is_file()
    load_template(str(SHIPPED_TOML.parent))


def test_undefined_variable_names_template_file_and_line(tmp_path):
    folder = make_template(tmp_path / "t", "# {{ title }}\n\n{{ no_such_thing }}\n")
    with pytest.raises(TemplateError) as info:
        to_markdown(brief(), load_template(str(folder)))
    assert f"{folder / 'brief.md.j2'}:3" in str(info.value)
    assert "no_such_thing" in str(info.value)


def test_syntax_error_names_template_file_and_line(tmp_path):
    folder = make_template(tmp_path / "t", "ok\n{% if %}\n")
    with pytest.raises(TemplateError, match=r"brief\.md\.j2:2"):
        to_markdown(brief(), load_template(str(folder)))


def test_sandbox_refuses_reaching_into_python(tmp_path):
    body = "{{ title.__class__.__mro__[1].__subclasses__() }}\n"
    folder = make_template(tmp_path / "t", body)
    with pytest.raises(TemplateError, match="brief.md.j2"):
        to_markdown(brief(), load_template(str(folder)))


def test_unknown_format_lists_known_ones():
    with pytest.raises(UsageError, match=r"unknown format 'odt' \(known: pdf, docx"):
        check_formats(["pdf", "odt"])


def test_json_rendering_is_the_contract():
    import json

    data = json.loads(render(brief("x"), load_template(None), ["json"])["json"])
    assert data["sections"]["opponents"]["points"][0]["text"] == "x"


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("[fonts]\nsystem = 1\n", "fonts.system: expected bool, got int"),
        ('[fonts]\nfallbacks = ["nope.ttf"]\n', "fonts.fallbacks: font file not found: 'nope.ttf'"),
        ('[fonts]\nregular = "nope.ttf"\n', "fonts.regular: file not found"),
        ('[colours]\ntext = "black"\n', "colours.text: expected a colour as #RRGGBB"),
        ("[page]\nmargin_mm = 90\n", "page.margin_mm: must be between 0 and 60"),
        ("[page]\nmax_pages = -1\n", "page.max_pages: must be 0 or more"),
        ('[branding]\nmotto = "x"\n', "branding.motto: unknown key"),
        ("[headings]\nappendix = 3\n", "headings.appendix: expected str, got int"),
    ],
)
def test_new_settings_are_validated_too(tmp_path, toml, message):
    folder = make_template(tmp_path / "bad", "x", toml)
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_template(str(folder))


@pytest.mark.parametrize("name", ["policy-brief", "one-pager", "memo", "dossier"])
def test_every_shipped_template_loads_and_renders_to_markdown(name):
    template = load_template(name)
    assert template.name == name and template.description
    markdown = to_markdown(brief("A point."), template)
    assert markdown.startswith("# ")


def test_a_fault_in_a_shipped_template_would_name_its_file_and_line(tmp_path):
    import shutil

    copy = tmp_path / "memo"
    shutil.copytree(load_template("memo").path, copy)
    body = (copy / "brief.md.j2").read_text().replace("{{ date }}", "{{ date.nope() }}", 1)
    (copy / "brief.md.j2").write_text(body)
    line = body.splitlines().index(next(x for x in body.splitlines() if "date.nope" in x)) + 1
    with pytest.raises(TemplateError, match=rf"memo/brief\.md\.j2:{line}"):
        to_markdown(brief(), load_template(str(copy)))
