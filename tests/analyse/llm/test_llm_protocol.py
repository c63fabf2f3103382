"""The llm engine's side of the protocol: retries with back-off, structured output
where the server takes it, the cache, the key, and errors of one line."""

from __future__ import annotations

import json
import socket

from llmcase import analyze, good_answer

from briefgen.cli import main

pytest_plugins = ["llmcase"]  # the fixtures: model, project


def test_429_and_5xx_are_retried_until_an_answer(runner, project, model):
    model.then(429, {"error": "slow down"}, {"Retry-After": "0"})
    model.then(503, {"error": "overloaded"})
    brief, why, _ = analyze(runner)
    assert len(model.requests) == 3
    assert brief["sections"]["outcome"]["points"][0]["text"].startswith("The council approved")
    assert "llm: 3 request(s), 100 prompt and 20 completion tokens" in brief["warnings"][0]


def test_retries_give_up_with_one_line_naming_the_endpoint(runner, project, model):
    for _ in range(3):
        model.then(500, {"error": "boom"})
    result = runner.invoke(main, ["analyze", "article.txt", "--engine", "llm"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert f"the language model at {model.base_url}/chat/completions failed: HTTP 500" in lines[0]
    assert len(model.requests) == 3  # retries = 2


def test_an_unreachable_endpoint_is_one_line_naming_it(runner, project):
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    (project / "briefgen.toml").write_text(
        f'[llm]\nbase_url = "http://127.0.0.1:{port}/v1"\nmodel = "m"\nbackoff = 0\n'
    )
    result = runner.invoke(main, ["analyze", "article.txt", "--engine", "llm"])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert (
        f"the language model at http://127.0.0.1:{port}/v1/chat/completions cannot be "
        "reached" in result.stderr
    )
    assert "Traceback" not in result.output


def test_structured_output_is_asked_for_and_dropped_where_refused(runner, project, model):
    model.then(400, {"error": "response_format json_schema is not supported"})
    model.then(500, {"error": "response_format: Input should be 'text' or 'json_object'"})
    analyze(runner)
    forms = [body.get("response_format", {}).get("type") for body, _ in model.requests]
    assert forms == ["json_schema", "json_object", None]
    schema = model.requests[0][0]["response_format"]["json_schema"]["schema"]
    assert set(schema["required"]) >= {"actors", "points", "outcome", "bottom_line"}


def test_the_prompt_numbers_sentences_as_the_brief_cites_them(runner, project, model):
    analyze(runner)
    body, _ = model.requests[0]
    user = body["messages"][-1]["content"]
    assert "[1:2] Councillor David Okafor opposed the plan" in user
    assert body["temperature"] == 0
    assert body["model"] == "crafted"


def test_a_rerun_is_answered_from_the_cache(runner, project, model):
    analyze(runner)
    sent = len(model.requests)
    brief, _, _ = analyze(runner)
    assert len(model.requests) == sent
    assert "0 request(s), 1 answer(s) from the cache" in brief["warnings"][0]
    assert list((project / ".briefgen" / "llm-cache").glob("*.json"))


def test_the_key_comes_from_the_variable_named(runner, project, model, monkeypatch):
    toml = project / "briefgen.toml"
    toml.write_text(toml.read_text() + 'api_key_env = "TEST_LLM_KEY"\n')
    monkeypatch.setenv("TEST_LLM_KEY", "sk-test-123")
    analyze(runner)
    assert model.requests[0][1]["Authorization"] == "Bearer sk-test-123"
    assert "sk-test-123" not in json.dumps(model.requests[0][0])


def test_a_key_written_into_the_file_is_refused(runner, project, model):
    toml = project / "briefgen.toml"
    toml.write_text(toml.read_text() + 'api_key_env = "sk-live-abc123/xyz"\n')
    result = runner.invoke(main, ["analyze", "article.txt", "--engine", "llm"])
    assert result.exit_code == 1
    assert "llm.api_key_env: give the NAME of an environment variable" in result.stderr
    assert not model.requests


def test_engine_llm_without_an_llm_table_is_a_usage_error(runner, project, model):
    (project / "briefgen.toml").unlink()
    result = runner.invoke(main, ["analyze", "article.txt", "--engine", "llm"])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "needs an [llm] table in briefgen.toml" in result.stderr
    assert "Traceback" not in result.output
    assert not model.requests


def test_the_offline_engine_stays_the_default_and_sends_nothing(runner, project, model):
    result = runner.invoke(main, ["analyze", "article.txt", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["engine"]["name"] == "extractive"
    assert not model.requests


def test_analysis_engine_in_the_file_chooses_llm(runner, project, model):
    toml = project / "briefgen.toml"
    toml.write_text('[analysis]\nengine = "llm"\n' + toml.read_text())
    result = runner.invoke(main, ["analyze", "article.txt", "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["engine"]["name"] == "llm"


def test_make_and_preview_take_engine_llm(runner, project, model):
    result = runner.invoke(
        main, ["make", "article.txt", "--engine", "llm", "-f", "md", "-j", "1", "-o", "out"]
    )
    assert result.exit_code == 0, result.output
    made = next((project / "out").glob("*.md")).read_text()
    assert "Okafor opposed the plan, saying it would overload schools." in made
    assert "llm: 1 request(s)" in result.stderr  # the run report, per story
    model.answer(good_answer())
    result = runner.invoke(
        main, ["templates", "preview", "policy-brief", "--engine", "llm", "-f", "md", "-o", "p"]
    )
    assert result.exit_code == 0, result.output
    assert model.requests[-1][0]["messages"][-1]["content"].count("Macron") > 0
