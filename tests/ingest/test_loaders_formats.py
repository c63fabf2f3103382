import datetime as dt
import json

import pytest
from sourcefiles import TOLL, TRAM, docx_bytes, html_page, pdf_bytes, rss, write

from briefgen.errors import SourceError
from briefgen.ingest import load, load_file, load_sources
from briefgen.model import Article


def body(article: Article) -> str:
    return " ".join(s.text for s in article.sentences)


def test_html_page_gives_article_text_and_metadata_without_page_furniture(tmp_path):
    title, date, paragraphs = TRAM[0]
    path = write(tmp_path, "page.html", html_page(title, date, paragraphs))
    article = load(path)
    assert article.title == title
    assert article.date == dt.date(2024, 3, 5)
    assert (article.outlet, article.author) == ("Riverside Gazette", "Jo Writer")
    assert article.url == "https://gazette.example/news/1"
    assert article.language == "en-gb"
    assert article.sentences[0].text.startswith("Riverside city council voted")
    assert len(article.paragraphs) == 3
    for furniture in ("SCRIPT", "NAVIGATION", "ADVERT", "COMMENT"):
        assert f"{furniture}-MUST-NOT-APPEAR" not in article.text


def test_html_page_in_windows_1252_declared_by_meta_tag(tmp_path):
    page = html_page("Café owners object", "2024-03-05", ["Café owners “object” to the fee. " * 6])
    page = page.replace('charset="utf-8"', 'charset="windows-1252"')
    path = write(tmp_path, "page.htm", page.encode("cp1252"))
    assert "Café owners “object” to the fee." in load(path).text


def test_docx_clipping_gives_heading_date_line_and_body(tmp_path):
    title, date, paragraphs = TOLL[0]
    path = write(tmp_path, "clip.docx", docx_bytes(title, "4 March 2024", paragraphs))
    article = load(path)
    assert article.title == title
    assert article.date == dt.date(2024, 3, 4)
    assert article.sentences[0].text.startswith("The regional assembly approved")
    assert "Published" not in article.text
    assert len(article.paragraphs) == 3


def test_pdf_gives_title_from_metadata_date_line_and_paragraphs(tmp_path):
    title, date, paragraphs = TOLL[0]
    path = write(tmp_path, "clip.pdf", pdf_bytes(title, "March 4, 2024", paragraphs))
    article = load(path)
    assert (article.title, article.author) == (title, "Desk Editor")
    assert article.date == dt.date(2024, 3, 4)
    assert [" ".join(s.text for s in p) for p in article.paragraphs] == paragraphs


def test_scanned_pdf_without_text_layer_is_reported_as_such(tmp_path):
    path = write(tmp_path, "scan.pdf", pdf_bytes("Scan", None, [], text=False))
    with pytest.raises(SourceError, match=r"scan\.pdf: PDF has no text layer .*OCR"):
        load(path)


def test_jsonl_gives_one_article_per_line_and_reports_a_bad_line(tmp_path):
    lines = [
        json.dumps(
            {
                "title": t,
                "date": d,
                "text": "\n\n".join(p),
                "url": f"https://x.example/{n}",
                "outlet": "Wire",
            }
        )
        for n, (t, d, p) in enumerate(TRAM)
    ]
    path = write(tmp_path, "feed.jsonl", "\n".join([lines[0], "{not json", lines[1], "{}"]))
    found = list(load_file(path))
    articles = [f for f in found if isinstance(f, Article)]
    errors = [str(f) for f in found if isinstance(f, SourceError)]
    assert [a.title for a in articles] == [TRAM[0][0], TRAM[1][0]]
    assert articles[1].date == dt.date(2024, 3, 7)
    assert (articles[0].outlet, articles[0].url) == ("Wire", "https://x.example/0")
    assert errors[0].startswith(f"{path}:2: invalid JSON")
    assert errors[1] == f'{path}:4: object has no "text"'


def test_json_list_with_html_text(tmp_path):
    items = [{"title": "Toll", "date": "4 March 2024", "text": "<p>First part.</p><p>Second.</p>"}]
    article = load(write(tmp_path, "a.json", json.dumps(items)))
    assert [len(p) for p in article.paragraphs] == [1, 1]
    assert article.date == dt.date(2024, 3, 4)


def test_feed_file_uses_full_content_of_each_entry(tmp_path):
    entries = [
        {
            "title": t,
            "date": "Mon, 04 Mar 2024 09:00:00 +0000",
            "link": "https://n.example/t",
            "content": "".join(f"<p>{p}</p>" for p in paras),
        }
        for t, _, paras in TOLL
    ]
    path = write(tmp_path, "news.rss", rss("Northgate Herald", entries))
    articles, errors = load_sources([path])
    assert errors == []
    assert [a.title for a in articles] == [TOLL[0][0], TOLL[1][0]]
    assert {a.outlet for a in articles} == {"Northgate Herald"}
    assert articles[0].date == dt.date(2024, 3, 4)
    assert articles[0].sentences[0].text.startswith("The regional assembly")


@pytest.mark.parametrize(
    ("name", "make", "expected"),
    [
        ("clipping.txt", lambda: pdf_bytes(*TOLL[0]), TOLL[0][0]),  # a PDF saved as .txt
        ("saved-page", lambda: html_page(*TRAM[0]), TRAM[0][0]),  # no suffix at all
        ("word-file.bin", lambda: docx_bytes(*TOLL[0]), TOLL[0][0]),
        (
            "page.html",
            lambda: rss(
                "Herald",
                [
                    {
                        "title": "T",
                        "date": "4 Mar 2024",
                        "link": "https://n.example/",
                        "content": "<p>Feed entry body.</p>",
                    }
                ],
            ),
            "T",
        ),
    ],
)
def test_content_decides_when_the_suffix_lies_or_is_missing(tmp_path, name, make, expected):
    path = write(tmp_path, name, make())
    articles, errors = load_sources([path])
    assert errors == []
    assert [a.title for a in articles] == [expected]


def test_folder_picks_up_files_without_suffix_by_content_and_skips_others(tmp_path):
    write(tmp_path, "saved-page", html_page(*TRAM[0]))
    write(tmp_path, "photo.jpg", b"\xff\xd8\xff\xe0 not an article")
    articles, errors = load_sources([tmp_path])
    assert ([a.title for a in articles], errors) == ([TRAM[0][0]], [])
