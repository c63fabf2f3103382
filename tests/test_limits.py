"""Limits: defaults, briefgen.toml's [limits], environment overrides, and the messages."""

from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from briefgen import limits
from briefgen.errors import ConfigError, SourceError
from briefgen.ingest import load, load_sources


def test_environment_beats_briefgen_toml_which_beats_the_default(tmp_path, monkeypatch):
    config = tmp_path / "briefgen.toml"
    config.write_text('[limits]\nparagraphs = 10\ninput_bytes = "2MB"\n[other]\nx = 1\n')
    monkeypatch.setenv("BRIEFGEN_LIMIT_PARAGRAPHS", "7")
    in_force = limits.current(config)
    assert in_force.paragraphs == 7
    assert in_force.input_bytes == 2 * 1024 * 1024
    assert in_force.sentences == limits.Limits().sentences


@pytest.mark.parametrize(
    "table,problem",
    [
        ("paragrafs = 3", "limits.paragrafs: unknown limit"),
        ("paragraphs = 0", "limits.paragraphs: must be above 0"),
        ('paragraphs = "3MB"', "limits.paragraphs: expected a number"),
        ("pages = true", "limits.pages: expected a number"),
    ],
)
def test_bad_limits_in_briefgen_toml_are_config_errors(tmp_path, table, problem):
    config = tmp_path / "briefgen.toml"
    config.write_text(f"[limits]\n{table}\n")
    with pytest.raises(ConfigError, match=problem):
        limits.current(config)


def test_bad_limit_in_the_environment_names_the_variable(monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LIMIT_INPUT_BYTES", "lots")
    with pytest.raises(ConfigError, match="BRIEFGEN_LIMIT_INPUT_BYTES"):
        limits.current()


def test_too_big_a_file_is_refused_before_reading_with_the_way_to_raise_it(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text("Word. " * 400)
    monkeypatch.setenv("BRIEFGEN_LIMIT_INPUT_BYTES", "1KB")
    with pytest.raises(SourceError) as caught:
        load(path)
    assert str(caught.value) == (
        f"{path}: 2,400 bytes is over the 1,024 bytes limit (raise it with "
        "BRIEFGEN_MAX_SOURCE_MB, or input_bytes under [limits] in briefgen.toml)"
    )


@pytest.mark.parametrize(
    "name,text",
    [
        ("paragraphs", "\n\n".join(f"Paragraph {n} is here." for n in range(12))),
        ("sentences", " ".join(f"Sentence {n} is here." for n in range(30))),
    ],
)
def test_paragraph_and_sentence_counts_are_limited_per_source(tmp_path, monkeypatch, name, text):
    path = tmp_path / "a.md"
    path.write_text(f"# Title\n\n{text}\n")
    monkeypatch.setenv(f"BRIEFGEN_LIMIT_{name.upper()}", "10")
    articles, errors = load_sources([path])
    assert articles == []
    message = str(errors[0])
    assert message.startswith(f"{path}: ") and f"over the {name} limit of 10" in message
    monkeypatch.setenv(f"BRIEFGEN_LIMIT_{name.upper()}", "100")
    assert load(path).sentences


def test_page_count_check_for_pdf_loaders():
    in_force = limits.Limits(pages=5)
    limits.check_pages(5, in_force)
    with pytest.raises(limits.LimitError, match="6 pages, over the pages limit of 5"):
        limits.check_pages(6, in_force)


def test_zip_bomb_is_refused_by_declared_and_by_actual_size():
    in_force = limits.Limits(decompressed_bytes=1024 * 1024)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (4 * 1024 * 1024))
    assert len(buffer.getvalue()) < 20_000  # 4 MB squeezed into a few KB
    with zipfile.ZipFile(buffer) as archive:
        with pytest.raises(limits.LimitError, match="decompressed_bytes limit of 1MB"):
            limits.check_archive([i.file_size for i in archive.infolist()], in_force)
        with archive.open("word/document.xml") as member:
            with pytest.raises(limits.LimitError, match="inflates to over"):
                limits.read_limited(member, in_force)
    small = gzip.compress(b"<rss/>")
    assert limits.read_limited(gzip.GzipFile(fileobj=io.BytesIO(small)), in_force) == b"<rss/>"


def test_briefgen_toml_with_limits_is_valid_config_and_bad_limits_are_named(tmp_path):
    # Was: config.py rejected the [limits] table ("limits: unknown key"), so following the
    # README broke every command that reads briefgen.toml.
    from briefgen.config import load_config

    good = tmp_path / "briefgen.toml"
    good.write_text('[limits]\nparagraphs = 100\ninput_bytes = "2MB"\n')
    assert load_config(good).settings.limits == {"paragraphs": 100, "input_bytes": "2MB"}
    bad = tmp_path / "bad.toml"
    bad.write_text("[limits]\nparagrafs = 1\n")
    with pytest.raises(ConfigError, match="limits: paragrafs: unknown limit"):
        load_config(bad)
