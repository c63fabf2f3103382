"""End to end: a mixed inbox folder → one brief per story, every source cited.

The folder holds the sample article, a saved page, a DOCX, a PDF, a feed and a
`.urls` file whose pages (and one feed entry's link) are served on loopback, plus
malformed inputs that must each cost one line of error and nothing else.
"""

import json
import shutil

import pytest
from sourcefiles import (
    MEALS,
    TOLL,
    TRAM,
    docx_bytes,
    html_page,
    paragraphs_html,
    pdf_bytes,
    rss,
    write,
)

from briefgen.cli import main


@pytest.fixture
def inbox(tmp_path, site, sample, monkeypatch):
    # The pages are served on loopback, which briefgen refuses unless briefgen.toml
    # (read from the current folder) allows private addresses.
    write(tmp_path, "briefgen.toml", "[sources]\nallow_private = true\n")
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "inbox"
    folder.mkdir()
    shutil.copy(sample, folder / sample.name)
    write(folder, "tram.html", html_page(*TRAM[0]))
    write(folder, "tram-traders.docx", docx_bytes(*TRAM[1]))
    write(folder, "toll.pdf", pdf_bytes(*TOLL[0]))
    site.add("/meals-1", html_page(*MEALS[0], outlet="Eastvale Post", url=site.url("/meals-1")))
    site.add("/meals-2", html_page(*MEALS[1], outlet="Valley News", url=site.url("/meals-2")))
    entries = [
        {
            "title": TOLL[1][0],
            "date": "Wed, 06 Mar 2024 07:00:00 GMT",
            "link": "https://herald.example/toll",
            "content": paragraphs_html(TOLL[1][2]),
        },
        {
            "title": MEALS[0][0],
            "date": "Tue, 05 Mar 2024 07:00:00 GMT",
            "link": site.url("/meals-1"),
        },
    ]
    write(folder, "herald.rss", rss("Northgate Herald", entries))
    write(folder, "reading.urls", f"# today\n{site.url('/meals-2')}\n{site.url('/gone')}\n")
    # malformed inputs
    write(folder, "broken.pdf", b"%PDF-1.4\nthis is not really a PDF\n")
    write(folder, "scan.pdf", pdf_bytes("Scan", None, [], text=False))
    write(folder, "damaged.docx", b"PK\x03\x04 not really a zip")
    return folder


EXPECTED_STORIES = 4  # the sample, TRAM, TOLL and MEALS


def cited(briefs):
    return {s["path"] for b in briefs for s in b["sources"]}


def test_make_writes_one_brief_per_story_citing_every_source(runner, inbox, site, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["make", str(inbox), "-o", str(out), "-f", "json,pdf"])
    briefs = [json.loads(p.read_text()) for p in sorted(out.glob("*.json"))]
    assert len(briefs) == EXPECTED_STORIES
    assert len(list(out.glob("*.pdf"))) == EXPECTED_STORIES
    assert cited(briefs) == {
        str(inbox / "000_30a42b39eb7b2967.txt"),
        str(inbox / "tram.html"),
        str(inbox / "tram-traders.docx"),
        str(inbox / "toll.pdf"),
        f"{inbox / 'herald.rss'} entry 1",
        site.url("/meals-1"),
        site.url("/meals-2"),
    }
    together = sorted(sorted(s["path"].rsplit("/", 1)[-1] for s in b["sources"]) for b in briefs)
    assert together == [
        ["000_30a42b39eb7b2967.txt"],
        ["herald.rss entry 1", "toll.pdf"],
        ["meals-1", "meals-2"],
        ["tram-traders.docx", "tram.html"],
    ]
    errors = [line for line in result.stderr.splitlines() if line.startswith("briefgen: error:")]
    assert [e.split(": ")[2] for e in errors] == [
        str(inbox / "broken.pdf"),
        str(inbox / "damaged.docx"),
        site.url("/gone"),  # from reading.urls, which sorts before scan.pdf
        str(inbox / "scan.pdf"),
    ]
    assert "HTTP 404" in errors[2] and "no text layer" in errors[3]
    assert "made 4 brief(s); 4 failed" in result.stderr
    assert result.exit_code == 1


def test_one_brief_puts_every_source_in_one_brief(runner, inbox, tmp_path):
    out = tmp_path / "out"
    runner.invoke(main, ["make", str(inbox), "-o", str(out), "-f", "json", "--one-brief"])
    (brief,) = [json.loads(p.read_text()) for p in out.glob("*.json")]
    assert len(brief["sources"]) == 7


def test_stories_lists_the_grouping_without_making_briefs(runner, inbox, tmp_path):
    result = runner.invoke(main, ["stories", str(inbox)])
    lines = result.stdout.splitlines()
    heads = [line.split(" ", 1)[1] for line in lines if not line.startswith(" ")]
    assert sorted(heads[1:]) == sorted(f"{s[0][0]} (2 articles)" for s in (TRAM, TOLL, MEALS))
    entry = f"{inbox / 'herald.rss'} entry 1"
    assert f"   - 2024-03-06 Northgate Herald: {TOLL[1][0]} ({entry})" in lines
    assert not (tmp_path / "output").exists()
    assert result.exit_code == 1  # the malformed inputs are still reported
