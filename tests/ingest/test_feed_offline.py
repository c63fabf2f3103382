"""Feeds whose links cannot be fetched, and --offline: the entry's own text is used.

An entry that carries at least a paragraph in its description becomes an article
from that text, with one warning, when its link fails or briefgen is offline; a
teaser alone is still an error. Offline, nothing is fetched at all.
"""

import pytest
from sourcefiles import MEALS, TOLL, TRAM, html_page, paragraphs_html, rss, write

from briefgen.cli import main
from briefgen.errors import UsageError
from briefgen.ingest import feed, load_sources
from briefgen.ingest.limits import Limits

ONLINE = Limits(timeout=0.5, allow_private=True)  # the test server is on loopback
OFFLINE = Limits(timeout=0.5, allow_private=True, offline=True)

PARAGRAPH = " ".join(MEALS[0][2])  # a news paragraph (42 words), not a teaser
WORDS = len(PARAGRAPH.split())
assert feed.PARAGRAPH_WORDS <= WORDS < feed.FULL_TEXT_WORDS


def entries(site):
    return [
        {
            "title": TOLL[0][0],
            "date": "Mon, 04 Mar 2024 07:00:00 GMT",
            "link": site.url("/toll"),
            "content": paragraphs_html(TOLL[0][2]),
        },
        {
            "title": MEALS[0][0],
            "date": "Tue, 05 Mar 2024 07:00:00 GMT",
            "link": site.url("/meals"),
            "summary": PARAGRAPH,
        },
        {
            "title": TRAM[0][0],
            "date": "Tue, 05 Mar 2024 07:00:00 GMT",
            "link": site.url("/tram"),
            "summary": "Read more about the tram...",
        },
    ]


def test_a_dead_link_falls_back_to_the_entrys_own_paragraph_with_one_warning(site, tmp_path):
    path = write(tmp_path, "post.rss", rss("Eastvale Post", entries(site)))
    articles, errors = load_sources([path], ONLINE)
    assert [a.title for a in articles] == [TOLL[0][0], MEALS[0][0]]
    meals = articles[1]
    assert meals.url == site.url("/meals")  # the article keeps the link as its URL
    assert meals.text == PARAGRAPH
    assert meals.warnings == (
        f"{path} entry 2: {site.url('/meals')}: HTTP 404 Not Found; "
        f"used the entry's own text ({WORDS} words) instead",
    )
    assert articles[0].warnings == ()
    # the teaser is too short to stand in for the article: still an error
    assert [str(e) for e in errors] == [f"{site.url('/tram')}: HTTP 404 Not Found"]


def test_a_link_that_works_is_still_preferred_to_the_summary(site, tmp_path):
    site.add("/meals", html_page(*MEALS[1], url="https://post.example/meals"))
    path = write(tmp_path, "post.rss", rss("Eastvale Post", entries(site)[1:2]))
    (article,), errors = load_sources([path], ONLINE)
    assert errors == [] and article.warnings == ()
    assert article.sentences[0].text.startswith("Parents in Eastvale")


def test_offline_fetches_nothing_and_uses_each_entrys_own_text(site, tmp_path):
    path = write(tmp_path, "post.rss", rss("Eastvale Post", entries(site)))
    articles, errors = load_sources([path], OFFLINE)
    assert site.requests == []
    assert [a.title for a in articles] == [TOLL[0][0], MEALS[0][0]]
    assert articles[1].warnings == (
        f"{path} entry 2: link not fetched (offline); used the entry's own text ({WORDS} words) "
        "instead",
    )
    assert [str(e) for e in errors] == [
        f"{path} entry 3: only a teaser (5 words) and briefgen is offline, so its link was "
        "not fetched; drop --offline (or [sources] offline) to fetch it"
    ]


def test_offline_a_url_given_is_an_error_that_says_why(site):
    with pytest.raises(UsageError, match="a URL, but briefgen is offline"):
        load_sources([site.url("/tram")], OFFLINE)
    assert site.requests == []


def test_offline_a_urls_file_is_one_error(site, tmp_path):
    path = write(tmp_path, "reading.urls", f"{site.url('/a')}\n{site.url('/b')}\n")
    articles, errors = load_sources([path], OFFLINE)
    assert articles == [] and len(errors) == 1
    assert str(errors[0]).startswith(f"{path}: a list of URLs, not read: briefgen is offline")
    assert site.requests == []


def test_cli_offline_url_is_a_usage_error(runner, site):
    result = runner.invoke(main, ["analyze", "--offline", site.url("/tram")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"briefgen: error: {site.url('/tram')}: a URL, but")
    assert len(result.stderr.splitlines()) == 1
    assert site.requests == []


def test_cli_warns_once_for_the_fallback_and_sources_offline_applies(
    runner, site, tmp_path, monkeypatch
):
    path = write(tmp_path, "post.rss", rss("Eastvale Post", entries(site)[1:2]))
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "briefgen.toml", "[sources]\noffline = true\n")
    result = runner.invoke(main, ["analyze", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines() == [
        f"briefgen: warning: {path} entry 1: link not fetched (offline); "
        f"used the entry's own text ({WORDS} words) instead"
    ]
    assert site.requests == []


def test_make_offline_prints_the_warning_and_makes_the_brief(runner, site, tmp_path):
    path = write(tmp_path, "post.rss", rss("Eastvale Post", entries(site)[1:2]))
    out = tmp_path / "out"
    result = runner.invoke(
        main, ["make", str(path), "--offline", "-o", str(out), "-f", "json", "-j", "1"]
    )
    assert result.exit_code == 0, result.stderr
    assert "briefgen: warning: " in result.stderr and "link not fetched (offline)" in result.stderr
    assert len(list(out.glob("*.json"))) == 1
    assert site.requests == []


def test_an_entry_without_a_link_uses_its_own_paragraph(tmp_path):
    path = write(
        tmp_path,
        "post.rss",
        rss(
            "Eastvale Post",
            [
                {
                    "title": MEALS[0][0],
                    "date": "Tue, 05 Mar 2024 07:00:00 GMT",
                    "link": "",
                    "summary": PARAGRAPH,
                },
            ],
        ),
    )
    (article,), errors = load_sources([path], ONLINE)
    assert errors == [] and article.text == PARAGRAPH
    assert article.warnings == (
        f"{path} entry 1: no web link to fetch the article from; "
        f"used the entry's own text ({WORDS} words) instead",
    )
