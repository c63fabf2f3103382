"""URLs and feeds served by a real HTTP server on loopback, awkward cases included."""

import dataclasses

import pytest
from sourcefiles import MEALS, TOLL, TRAM, html_page, paragraphs_html, rss, write

from briefgen.ingest import load_sources
from briefgen.ingest.limits import USER_AGENT, Limits

# allow_private: the test server is on loopback, which briefgen refuses by default.
LIMITS = Limits(timeout=0.5, max_download_bytes=200_000, max_redirects=3, allow_private=True)


def messages(errors):
    return [str(e) for e in errors]


def test_url_on_the_command_line_is_fetched_with_our_user_agent(site):
    url = site.add("/tram", html_page(*TRAM[0]))
    articles, errors = load_sources([url], LIMITS)
    assert errors == []
    assert articles[0].title == TRAM[0][0]
    assert articles[0].path == url
    assert site.requests[0][1]["User-Agent"] == USER_AGENT


def test_redirect_is_followed_and_the_article_keeps_its_canonical_url(site):
    site.add("/old", status=301, headers={"Location": "/tram"})
    site.add("/tram", html_page(*TRAM[0]))
    articles, errors = load_sources([site.url("/old")], LIMITS)
    assert errors == [] and articles[0].url == "https://gazette.example/news/1"


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda s: s.add("/p", html_page(*TRAM[0]), delay=2.0), "timed out after 0.5 s"),
        (
            lambda s: (
                s.add("/p", status=302, headers={"Location": "/q"}),
                s.add("/q", status=302, headers={"Location": "/p"}),
            ),
            "too many redirects (more than 3) or a loop",
        ),
        (lambda s: None, "HTTP 404 Not Found"),
        (lambda s: s.add("/p", b"x" * 300_000), "0.3 MB is over the 0.2 MB limit"),
        (lambda s: s.add("/p", b"<p>" + b"x" * 10_000, chunks=100), "MB is over the 0.2 MB limit"),
        (
            lambda s: s.add("/p", b"%PDF-1.4 ...", content_type="application/pdf"),
            "not a web page or feed (application/pdf)",
        ),
        (
            lambda s: s.add("/p", "<html><body><nav>Home</nav></body></html>"),
            "no article text found",
        ),
        (
            lambda s: s.add("/p", status=302, headers={"Location": "file:///etc/passwd"}),
            "redirected to a non-web address",
        ),
    ],
    ids=[
        "slow",
        "redirect-loop",
        "404",
        "oversized",
        "endless",
        "not-html",
        "empty-page",
        "redirect-to-file",
    ],
)
def test_a_failing_url_is_reported_and_the_batch_carries_on(site, setup, message):
    setup(site)
    good = site.add("/good", html_page(*TOLL[0]))
    articles, errors = load_sources([site.url("/p"), good], LIMITS)
    assert [a.title for a in articles] == [TOLL[0][0]]
    assert len(errors) == 1
    assert str(errors[0]).startswith(site.url("/p") + ": ")
    assert message in str(errors[0])


def test_urls_file_skips_comments_and_reports_bad_lines(site, tmp_path):
    first = site.add("/a", html_page(*TRAM[0]))
    second = site.add("/b", html_page(*MEALS[0], url="https://gazette.example/news/2"))
    path = write(
        tmp_path,
        "today.urls",
        f"# morning reading\n{first}\n\nftp://old.example/file\n  {second}  \n"
        f"{site.url('/gone')}\n",
    )
    articles, errors = load_sources([path], LIMITS)
    assert [a.title for a in articles] == [TRAM[0][0], MEALS[0][0]]
    assert messages(errors) == [
        f"{path}:4: not an http(s) URL: 'ftp://old.example/file'",
        f"{site.url('/gone')}: HTTP 404 Not Found",
    ]


def test_feed_entry_without_content_has_its_link_fetched(site):
    page = site.add(
        "/meals-2", html_page(*MEALS[1], outlet="Eastvale Post", url="https://post.example/meals")
    )
    entries = [
        {
            "title": MEALS[0][0],
            "date": "Tue, 05 Mar 2024 07:00:00 GMT",
            "link": site.url("/meals-1"),
            "content": paragraphs_html(MEALS[0][2]),
        },
        {
            "title": MEALS[1][0],
            "date": "Fri, 08 Mar 2024 07:00:00 GMT",
            "link": page,
            "summary": "Parents welcomed the plan...",
        },
        {"title": "Gone", "date": "Fri, 08 Mar 2024 07:00:00 GMT", "link": site.url("/gone")},
    ]
    feed = site.add("/feed", rss("Eastvale Post", entries), content_type="application/rss+xml")
    articles, errors = load_sources([feed], LIMITS)
    assert [a.title for a in articles] == [MEALS[0][0], MEALS[1][0]]
    assert articles[1].url == "https://post.example/meals"
    assert articles[1].sentences[0].text.startswith("Parents in Eastvale")
    assert messages(errors) == [f"{site.url('/gone')}: HTTP 404 Not Found"]
    fetched = [path for path, _ in site.requests]
    assert fetched == ["/feed", "/meals-2", "/gone"]  # the entry with content: not fetched


def test_download_limit_is_configurable(site):
    url = site.add("/tram", html_page(*TRAM[0]))
    tight = dataclasses.replace(LIMITS, max_download_bytes=500)
    articles, errors = load_sources([url], tight)
    assert articles == [] and "over the" in str(errors[0])
