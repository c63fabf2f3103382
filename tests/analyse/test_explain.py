"""The explanation: the cue and sentence behind every actor and the outcome."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from briefgen.analyse import explain
from briefgen.cli import main
from briefgen.model import Story
from tests.builders import article


def test_every_listed_actor_and_the_outcome_are_explained() -> None:
    story = Story(
        (
            article(
                "The city council on Monday rejected the plan to build a bus depot in Riverside.",
                "Mayor Ana Lima does not support the depot plan.",
                title="Council rejects depot",
            ),
        )
    )
    lines = explain(story)
    assert lines[0].startswith("a1 Ana Lima (person): opponent")
    assert "“support”" in lines[0] and "negated" in lines[0] and "[s1:2]" in lines[0]
    assert lines[-1].startswith("outcome: rejected") and "“rejected”" in lines[-1]


def test_the_cli_prints_the_explanation(tmp_path: Path, runner: CliRunner) -> None:
    source = tmp_path / "depot.txt"
    source.write_text(
        " date 2024-05-01 Title: Council rejects depot\n\n"
        "The city council on Monday rejected the plan to build a bus depot.\n\n"
        "Residents opposed the depot plan.\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["analyze", str(source), "--explain"])
    assert result.exit_code == 0, result.output
    assert "outcome: rejected" in result.output
    assert "Residents" in result.output.split("WHY", 1)[1]
