"""What the llm engine's tests share: a crafted model on loopback, and a project
folder whose briefgen.toml points at it, holding an article written for these tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from modelserver import Model, serve

from briefgen.analyse import ENGINE_VARIABLE
from briefgen.config import LLM_VARIABLE

# Sentences [1:1] … [1:6] (the first line is the title).
ARTICLE = """\
Eastfield council approves housing plan for old rail yard

Mayor Alice Brennan proposed a plan to build 400 homes on the old rail yard in Eastfield.

Councillor David Okafor opposed the plan, saying it would overload local schools. \
“This plan will bring young families back to the town centre,” Brennan said.

The Eastfield Residents Association backed the proposal. A newsletter printed a \
photograph of Alice Brennan beside the rail yard. The council approved the plan by 9 \
votes to 4 on Tuesday.
"""


def good_answer() -> dict:
    """An answer whose every statement is grounded in ARTICLE."""
    return {
        "proposal": {
            "text": "Mayor Alice Brennan proposed building 400 homes on the old rail yard.",
            "sentences": ["1:1"],
        },
        "actors": [
            {
                "name": "Alice Brennan",
                "kind": "person",
                "stance": "proposer",
                "sentences": ["1:1", "1:3"],
            },
            {"name": "David Okafor", "kind": "person", "stance": "opponent", "sentences": ["1:2"]},
        ],
        "points": {
            "proposal": [
                {
                    "text": "Brennan proposed 400 homes on the old rail yard in Eastfield.",
                    "sentences": ["1:1"],
                }
            ],
            "supporters": [
                {
                    "text": "Brennan said the plan will bring young families back to the town.",
                    "actor": "Alice Brennan",
                    "sentences": ["1:3"],
                }
            ],
            "opponents": [
                {
                    "text": "Okafor opposed the plan, saying it would overload schools.",
                    "actor": "David Okafor",
                    "sentences": ["1:2"],
                }
            ],
            "outcome": [
                {"text": "The council approved the plan by 9 votes to 4.", "sentences": ["1:6"]}
            ],
        },
        "quotes": [
            {
                "text": "This plan will bring young families back to the town centre",
                "speaker": "Alice Brennan",
                "sentence": "1:3",
            }
        ],
        "outcome": {"status": "approved", "sentences": ["1:6"]},
        "bottom_line": {
            "text": "The council approved Mayor Alice Brennan's plan for 400 homes, which "
            "David Okafor opposed.",
            "sentences": ["1:1", "1:2", "1:6"],
        },
    }


@pytest.fixture
def model() -> Iterator[Model]:
    found = Model()
    server, thread = serve(found)
    found.answer(good_answer())
    yield found
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def project(tmp_path: Path, model: Model, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with briefgen.toml ([llm] at the crafted model) and article.txt; the
    engine choice the CLI leaves in the environment is undone after the test."""
    monkeypatch.setenv(ENGINE_VARIABLE, "extractive")
    monkeypatch.delenv(LLM_VARIABLE, raising=False)
    monkeypatch.setenv(LLM_VARIABLE, "")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefgen.toml").write_text(
        f'[llm]\nbase_url = "{model.base_url}"\nmodel = "crafted"\nbackoff = 0.01\n'
        "retries = 2\ntimeout = 10\n",
        encoding="utf-8",
    )
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def analyze(runner, *extra: str) -> tuple[dict, str, int]:
    """`briefgen analyze article.txt --engine llm --json --explain`: the brief, the
    WHY lines (stderr) and the exit code."""
    from briefgen.cli import main

    result = runner.invoke(
        main, ["analyze", "article.txt", "--engine", "llm", "--json", "--explain", *extra]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr, result.exit_code
