"""A brief from one file of every input format the README lists, each written here.

Run by `.ci/run` in a brand-new virtual environment, this is what catches a format
whose library is missing from the installed package (as lxml_html_clean once was:
every web page failed on a fresh machine while CI's old environment hid it).
"""

import html
import json

import pytest
from sourcefiles import TOLL, TRAM, docx_bytes, html_page, paragraphs_html, pdf_bytes, rss, write

from briefgen.cli import main

TITLE, DATE, PARAGRAPHS = TRAM[0]
BODY = "\n\n".join(PARAGRAPHS)
DATELESS = {"plain.txt", "article.md"}  # formats with no date line (README's Input table)


def atom(title: str, date: str, paragraphs: list[str]) -> str:
    content = html.escape(paragraphs_html(paragraphs))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Riverside Gazette</title>
<id>urn:example:gazette</id><updated>{date}T08:00:00Z</updated>
<entry><title>{html.escape(title)}</title><id>urn:example:1</id>
<link href="https://gazette.example/news/1"/><updated>{date}T08:00:00Z</updated>
<content type="html">{content}</content></entry></feed>"""


def jsonl(title: str, date: str, paragraphs: list[str]) -> str:
    return json.dumps({"title": title, "date": date, "text": "\n\n".join(paragraphs)}) + "\n"


# name → the file's content (a function of the test server for the .urls file)
FORMATS = {
    "sample.txt": lambda site: f" date {DATE} Title: {TITLE}\n\nDate: 05.03.2024\n\n{BODY}\n",
    "plain.txt": lambda site: f"{TITLE}\n\n{BODY}\n",
    "article.md": lambda site: f"# {TITLE}\n\n{BODY}\n",
    "page.html": lambda site: html_page(TITLE, DATE, PARAGRAPHS),
    "clipping.docx": lambda site: docx_bytes(TITLE, DATE, PARAGRAPHS),
    "report.pdf": lambda site: pdf_bytes(TITLE, DATE, PARAGRAPHS),
    "article.json": lambda site: json.dumps({"title": TITLE, "date": DATE, "text": BODY}),
    "articles.jsonl": lambda site: jsonl(TITLE, DATE, PARAGRAPHS),
    "gazette.rss": lambda site: rss(
        "Riverside Gazette",
        [
            {
                "title": TITLE,
                "date": "Tue, 05 Mar 2024 07:00:00 GMT",
                "link": "https://gazette.example/news/1",
                "content": paragraphs_html(PARAGRAPHS),
            },
        ],
    ),
    "gazette.atom": lambda site: atom(TITLE, DATE, PARAGRAPHS),
    "reading.urls": lambda site: f"# today\n{site.add('/tram', html_page(*TRAM[0]))}\n",
}


def test_the_list_covers_the_readmes_input_table():
    from conftest import ROOT

    table = ROOT.joinpath("README.md").read_text().split("## Input", 1)[1].split("\n\n")[2]
    listed = {
        s
        for s in (
            ".txt",
            ".md",
            ".html",
            ".docx",
            ".pdf",
            ".json",
            ".jsonl",
            ".rss",
            ".atom",
            ".urls",
        )
        if f"`{s}`" in table
    }
    assert listed == {"." + name.rsplit(".", 1)[1] for name in FORMATS}


@pytest.mark.parametrize("name", FORMATS)
def test_make_writes_a_brief_from_one_file_of_each_format(
    runner, site, tmp_path, monkeypatch, name
):
    # the .urls page is served on loopback, which briefgen.toml must allow
    write(tmp_path, "briefgen.toml", "[sources]\nallow_private = true\n")
    monkeypatch.chdir(tmp_path)
    source = write(tmp_path, name, FORMATS[name](site))
    result = runner.invoke(main, ["make", str(source), "-f", "json,pdf,docx", "-j", "1"])
    assert result.exit_code == 0, result.stderr
    (made,) = sorted((tmp_path / "output").glob("*.json"))
    assert made.with_suffix(".pdf").stat().st_size > 1000
    assert made.with_suffix(".docx").stat().st_size > 1000
    brief = json.loads(made.read_text())
    (cited,) = brief["sources"]
    assert cited["title"] == TITLE
    if name.endswith(".urls"):
        assert cited["path"] == site.url("/tram")
    else:  # a feed's or JSON Lines file's article is named "<file> entry 1" or "<file>:1"
        assert cited["path"].startswith(str(source))
    if name not in DATELESS:
        assert cited["date"] == DATE
    texts = [p["text"] for section in brief["sections"].values() for p in section["points"]]
    assert PARAGRAPHS[0] in texts  # the first sentence is the proposal's point
    assert TOLL[0][0] not in json.dumps(brief)
