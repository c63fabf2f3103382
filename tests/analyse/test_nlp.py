"""The spaCy pipeline: which one is loaded, and what a sentence looks like to it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from briefgen.analyse import nlp
from briefgen.cli import main


def test_a_dateline_and_bullets_are_not_parsed_as_words() -> None:
    assert nlp.parseable("TOKYO • •Japan's regulator agreed.") == "Japan's regulator agreed."
    assert nlp.parseable("WASHINGTON (AP) — The Senate voted.") == "The Senate voted."
    assert nlp.parseable("NATO said so.") == "NATO said so."


def test_the_default_pipeline_parses_and_tags_entities() -> None:
    doc = nlp.parse_texts(["Senator Tom Reyes opposes the plan."])[0]
    assert [t.dep_ for t in doc if t.text == "opposes"] == ["ROOT"]
    assert any(e.label_ == "PERSON" and "Reyes" in e.text for e in doc.ents)


def test_a_pipeline_named_in_briefgen_toml_that_cannot_load_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(nlp.MODEL_VARIABLE, "")  # restored after the test
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefgen.toml").write_text('[analysis]\nspacy_model = "no_such_pipeline"\n')
    (tmp_path / "a.txt").write_text(
        " date 2024-05-01 Title: Depot\n\nThe council weighs a depot plan.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["analyze", "a.txt"])
    assert result.exit_code == 1
    assert "spaCy pipeline 'no_such_pipeline' cannot be loaded" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
