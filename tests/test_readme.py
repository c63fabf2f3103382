"""The README stays true to the code: every command is documented, the two commands exist."""

import click
from conftest import ROOT

from briefgen.cli import main

README = (ROOT / "README.md").read_text()


def command_paths(group: click.Group, prefix: str = "briefgen") -> list[str]:
    paths = []
    for name, command in sorted(group.commands.items()):
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            paths += command_paths(command, path)
        else:
            paths.append(path)
    return paths


def test_every_command_has_help_and_a_line_in_the_readme():
    for path in command_paths(main):
        assert f"`{path}" in README, f"README does not mention {path}"
    for command in main.commands.values():
        assert command.help, f"{command.name} has no help text"


def test_readme_opens_with_the_two_commands():
    block = README.split("```sh\n", 1)[1].split("```", 1)[0]
    lines = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert lines == ["pip install . && briefgen make", "bash scripts/test"]
    assert (ROOT / "scripts" / "test").is_file()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install -q . && briefgen make" in ci and "bash scripts/test" in ci


def test_readme_image_exists():
    assert (ROOT / "docs" / "sample-brief.png").is_file()
