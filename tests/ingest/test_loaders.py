import datetime as dt
from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.ingest import load, load_sources


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_sample_format_with_title_and_date_line(tmp_path):
    path = write(
        tmp_path,
        "a.txt",
        " date 2024-03-02 Title: Council Backs Tram Plan\n\nDate: 02.03.2024\n\n"
        "The council backed the plan. Critics object.\n\nA vote follows.\n",
    )
    article = load(path)
    assert article.title == "Council Backs Tram Plan"
    assert article.date == dt.date(2024, 3, 2)
    assert [s.text for s in article.sentences] == [
        "The council backed the plan.",
        "Critics object.",
        "A vote follows.",
    ]


def test_date_only_header_takes_headline_from_first_body_line(tmp_path):
    text = " date 2021-11-30\nMayor Unveils Parking Levy\n\nThe mayor spoke.\n"
    path = write(tmp_path, "b.txt", text)
    article = load(path)
    assert article.title == "Mayor Unveils Parking Levy"
    assert [s.text for s in article.sentences] == ["The mayor spoke."]


def test_date_only_header_without_headline_keeps_first_sentence(tmp_path):
    path = write(tmp_path, "c.txt", " date 2021-11-30\nThe mayor spoke.\n\nThen left.\n")
    article = load(path)
    assert article.title == "c"
    assert article.sentences[0].text == "The mayor spoke."


def test_plain_text_without_header(tmp_path):
    path = write(tmp_path, "d.txt", "Water Levy Shelved\n\nThe levy was shelved on Monday.\n")
    article = load(path)
    assert (article.title, article.date) == ("Water Levy Shelved", None)


def test_markdown_heading_is_title_and_syntax_is_dropped(tmp_path):
    path = write(
        tmp_path, "e.md", "# Port Deal Signed\n\nThe *port* deal was [signed](http://x).\n"
    )
    article = load(path)
    assert article.title == "Port Deal Signed"
    assert article.sentences[0].text == "The port deal was signed."


def test_windows_1252_text_is_decoded(tmp_path):
    path = write(tmp_path, "f.txt", b"Caf\xe9 owners \x93object\x94 to the fee.")
    assert load(path).sentences[0].text == "Café owners “object” to the fee."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "file is empty"),
        ("blank.txt", "  \n\n ", "file is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("bad-date.txt", " date 2024-13-45 Title: X\n\nBody.", "invalid date"),
        ("header-only.txt", " date 2024-01-01 Title: X\n", "no article text"),
        ("notes.xyz", "text", "unsupported file type"),
    ],
)
def test_bad_files_raise_source_error_naming_the_file(tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(SourceError) as info:
        load(path)
    assert str(path) in str(info.value)
    assert message in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="no such file"):
        load(tmp_path / "gone.txt")


def test_batch_carries_on_past_a_bad_file(tmp_path):
    write(tmp_path, "1-good.txt", "Good one.\n")
    write(tmp_path, "2-empty.txt", "")
    write(tmp_path, "3-good.md", "# T\n\nAlso good.\n")
    write(tmp_path, ".hidden.txt", "skipped")
    articles, errors = load_sources([tmp_path])
    assert [Path(a.path).name for a in articles] == ["1-good.txt", "3-good.md"]
    assert len(errors) == 1 and "2-empty.txt" in str(errors[0])


def test_folder_without_articles_is_reported(tmp_path):
    (tmp_path / "sub").mkdir()
    articles, errors = load_sources([tmp_path / "sub"])
    assert articles == [] and "holds no articles" in str(errors[0])
