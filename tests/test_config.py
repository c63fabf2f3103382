"""briefgen.toml: the shape users copy from the README loads; mistakes are all reported."""

import pytest

from briefgen.config import load_config, parse_settings, smtp_password
from briefgen.errors import ConfigError

README_SHAPE = """
[smtp]
host = "smtp.example.org"
port = 587
security = "starttls"   # or "ssl" or "none"
user = "briefs"
sender = "Briefing Unit <briefs@example.org>"

[lists.readers]
recipients = ["Ana Silva <ana@example.org>", "ben@example.org"]
"""


def test_the_readme_shape_loads(tmp_path):
    (tmp_path / "briefgen.toml").write_text(README_SHAPE)
    config = load_config(project_dir=tmp_path)
    smtp = config.settings.smtp
    assert (smtp.host, smtp.effective_port, smtp.security, smtp.user) == (
        "smtp.example.org",
        587,
        "starttls",
        "briefs",
    )
    assert config.settings.lists["readers"].recipients[1] == "ben@example.org"
    assert config.resolve(config.settings.distribute.ledger) == (
        tmp_path / ".briefgen" / "ledger.sqlite"
    )


def test_the_readme_shows_this_shape(tmp_path):
    from conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    blocks = [b.split("```", 1)[0] for b in readme.split("```toml\n")[1:]]
    assert README_SHAPE.strip() in [b.strip() for b in blocks]


def test_no_file_means_defaults(tmp_path):
    config = load_config(project_dir=tmp_path)
    assert config.settings.smtp is None and config.settings.lists == {}


@pytest.mark.parametrize(
    ("data", "expected_error"),
    [
        (
            {"smtp": {"host": "h", "sender": "a@example.org", "password": "x"}},
            "smtp.password: not allowed in the file; set BRIEFGEN_SMTP_PASSWORD",
        ),
        (
            {"smtp": {"host": "h", "sender": "a@example.org", "security": "tls"}},
            "smtp.security: Input should be 'starttls', 'ssl' or 'none'",
        ),
        ({"smtp": {"host": "h", "sender": "not an address"}}, "smtp.sender: 'not an address'"),
        ({"smtp": {"sender": "a@example.org"}}, "smtp.host: Field required"),
        ({"smtp": {"host": "h", "sender": "a@example.org", "port": 0}}, "smtp.port:"),
        ({"lists": {"board": {}}}, "lists.board: a list needs recipients or a csv file"),
        (
            {"lists": {"board": {"recipients": ["a@example.org"], "tags": ["x"]}}},
            "lists.board: tags select rows of a csv file",
        ),
        ({"colour": "blue"}, "colour: unknown key"),
        ({"distribute": {"attach": ["pdf", "odt"]}}, "distribute.attach[1]:"),
    ],
)
def test_mistakes_name_the_file_and_key(data, expected_error):
    with pytest.raises(ConfigError) as error:
        parse_settings(data, "briefgen.toml")
    assert f"briefgen.toml: {expected_error}" in str(error.value)


def test_every_problem_is_reported_at_once():
    data = {"smtp": {"host": "", "sender": "x"}, "lists": {"a": {}}, "extra": 1}
    with pytest.raises(ConfigError) as error:
        parse_settings(data, "f.toml")
    message = str(error.value)
    for key in ("smtp.host", "smtp.sender", "lists.a", "extra"):
        assert f"f.toml: {key}:" in message


def test_broken_toml_is_a_config_error(tmp_path):
    path = tmp_path / "briefgen.toml"
    path.write_text("[smtp\nhost = 1")
    with pytest.raises(ConfigError, match="briefgen.toml: not valid TOML"):
        load_config(path)


def test_password_comes_from_the_environment_only(monkeypatch):
    monkeypatch.delenv("BRIEFGEN_SMTP_PASSWORD", raising=False)
    assert smtp_password() is None
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "s3cret")
    assert smtp_password() == "s3cret"


def test_every_setting_has_a_docstring():
    import ast
    import inspect

    from briefgen import config
    from briefgen.config import Settings

    def models(model):
        yield model
        for info in model.model_fields.values():
            annotation = info.annotation
            for candidate in (annotation, *getattr(annotation, "__args__", ())):
                if isinstance(candidate, type) and hasattr(candidate, "model_fields"):
                    yield from models(candidate)

    classes = {
        node.name: node
        for node in ast.parse(inspect.getsource(config)).body
        if isinstance(node, ast.ClassDef)
    }
    for model in models(Settings):
        body = classes[model.__name__].body
        documented = {
            field.target.id
            for field, after in zip(body, body[1:], strict=False)
            if isinstance(field, ast.AnnAssign)
            and isinstance(field.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
            and after.value.value.strip()
        }
        for name in model.model_fields:
            assert name in documented, f"{model.__name__}.{name} has no docstring"


def test_branding_table_is_accepted_beside_smtp(tmp_path):
    (tmp_path / "briefgen.toml").write_text('[branding]\norganisation = "Unit"\n')
    assert load_config(project_dir=tmp_path).settings.branding.organisation == "Unit"
