"""The package ships what a plain `pip install .` needs."""

import tomllib

from conftest import ROOT


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "briefgen").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_shipped_templates_and_fonts_are_package_data():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert config["package-dir"]["briefgen.templates"] == "templates"
    assert "fonts/*" in config["package-data"]["briefgen"]
    assert (ROOT / "briefgen" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (ROOT / "briefgen" / "fonts" / "LICENSE-DejaVu.txt").is_file()
