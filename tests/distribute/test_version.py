"""One version everywhere: pyproject, the package, the CLI, the library and the engine.

The manifest once said "briefgen 0.1.0" while the briefs said 0.2.0 (issue 14).
"""

import importlib.metadata
import json
import tomllib

import pytest
from conftest import ROOT
from mailkit import make_briefs

from briefgen import __version__
from briefgen.analyse import EXTRACTIVE_VERSION
from briefgen.cli import main
from briefgen.distribute.briefs import find_briefs
from briefgen.distribute.publish import publish


def test_pyproject_takes_its_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    dynamic = project["tool"]["setuptools"]["dynamic"]["version"]
    assert dynamic == {"attr": "briefgen.__version__"}


def test_the_installed_metadata_agrees():
    installed = importlib.metadata.version("briefgen")
    if installed != __version__:
        pytest.fail(f"installed as {installed}, package says {__version__}: pip install -e .")


def test_the_engine_in_every_brief_has_the_package_version():
    assert EXTRACTIVE_VERSION == __version__


def test_cli_and_library_manifest_say_the_same_version(tmp_path, runner):
    assert runner.invoke(main, ["--version"]).output.strip() == f"briefgen, version {__version__}"
    publish(tmp_path / "site", find_briefs(None, make_briefs(tmp_path, ["River tax vote"])))
    manifest = json.loads((tmp_path / "site" / "manifest.json").read_text())
    assert manifest["generator"] == f"briefgen {__version__}"
