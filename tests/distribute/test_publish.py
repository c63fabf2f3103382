"""`briefgen publish DIR`: a library a browser shows, a feed that parses, honest hashes."""

import hashlib
import json
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from mailkit import make_briefs, write_pdf

from briefgen.cli import main
from briefgen.distribute.briefs import brief_for_pdf, find_briefs
from briefgen.distribute.publish import publish

ATOM = "{http://www.w3.org/2005/Atom}"
HOSTILE = "Levy <script>alert(1)</script> & AT&T \x00\x1b"


class Library(HTMLParser):
    """What a reader of index.html sees: each brief's title, date, bottom line, links."""

    def __init__(self) -> None:
        super().__init__()
        self.briefs: list[dict] = []
        self.links: list[str] = []
        self.scripts = 0
        self._field: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "script":
            self.scripts += 1
        if tag == "li" and "brief" in classes:
            self.briefs.append({"title": "", "date": "", "bottom": "", "links": []})
        elif tag == "h2" and self.briefs:
            self._field = "title"
        elif tag == "p" and "date" in classes:
            self._field = "date"
        elif tag == "p" and "bottom-line" in classes:
            self._field = "bottom"
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
            if self.briefs:
                self.briefs[-1]["links"].append(attrs["href"])

    def handle_endtag(self, tag):
        if tag in ("h2", "p"):
            self._field = None

    def handle_data(self, data):
        if self._field and self.briefs:
            self.briefs[-1][self._field] += data


def visible(folder: Path) -> list[Path]:
    """What the library serves: not its lock file (hidden, like temporary files)."""
    return [p for p in folder.iterdir() if not p.name.startswith(".")]


def read_library(html: str) -> Library:
    parser = Library()
    parser.feed(html)
    return parser


@pytest.fixture
def library(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")  # 2024-06-01
    out = make_briefs(
        tmp_path,
        ["Port expansion plan", HOSTILE, "River tax vote"],
        docx=True,
        dates=["2024-03-02", "2024-05-20", "2024-04-11"],
    )
    folder = tmp_path / "library"
    publish(folder, find_briefs(None, out))
    return folder


def test_index_lists_every_brief_newest_first_with_working_links(library):
    page = read_library((library / "index.html").read_text())
    assert [b["title"] for b in page.briefs] == [
        "Levy <script>alert(1)</script> & AT&T ",
        "River tax vote",
        "Port expansion plan",
    ]
    assert [b["date"] for b in page.briefs] == ["20 May 2024", "11 April 2024", "2 March 2024"]
    assert page.briefs[1]["bottom"] == "Bottom line: Bottom line of brief 3: the vote is close."
    assert page.scripts == 0
    for link in page.links:
        assert (library / unquote(link)).is_file(), link
    assert all(len(b["links"]) == 3 for b in page.briefs)  # title, PDF, Word


def test_manifest_hashes_every_file(library):
    manifest = json.loads((library / "manifest.json").read_text())
    files = manifest["files"]
    on_disk = {p.name for p in visible(library) if p.name != "manifest.json"}
    assert set(files) == on_disk
    for name, info in files.items():
        assert info["sha256"] == hashlib.sha256((library / name).read_bytes()).hexdigest()


def test_feed_is_atom_with_an_entry_per_brief(library):
    feed = ET.parse(library / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries][1:] == [
        "River tax vote",
        "Port expansion plan",
    ]
    for entry in entries:
        assert entry.findtext(f"{ATOM}id").startswith("urn:uuid:")
        for link in entry.findall(f"{ATOM}link"):
            assert (library / link.get("href")).is_file()


def test_file_names_are_safe_on_every_system(tmp_path):
    made = tmp_path / "made"
    made.mkdir()
    odd = [write_pdf(made / name, name, "A bottom line.") for name in ("CON.pdf", 'a:b?"c.pdf')]
    folder = tmp_path / "library"
    publish(folder, [brief_for_pdf(pdf) for pdf in odd])
    names = sorted(p.name for p in visible(folder))
    assert names == ["a-b-c.pdf", "brief-con.pdf", "feed.xml", "index.html", "manifest.json"]


def test_publishing_again_updates_in_place(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717200000")
    out = make_briefs(tmp_path, ["River tax vote", "Port plan"], dates=["2024-04-11"] * 2)
    folder = tmp_path / "library"
    first = publish(folder, find_briefs(None, out))
    index_before = (folder / "index.html").read_bytes()
    again = publish(folder, find_briefs(None, out))
    assert (len(first.added), again.added, again.updated) == (2, [], [])
    assert (folder / "index.html").read_bytes() == index_before

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1717286400")  # a day later
    shutil.rmtree(out)
    out = make_briefs(
        tmp_path, ["River tax vote"], dates=["2024-04-11"], summaries=["The tax passed."]
    )
    changed = publish(folder, find_briefs(None, out))
    assert changed.updated == ["2024-04-11-river-tax-vote.pdf"] and changed.total == 2
    manifest = json.loads((folder / "manifest.json").read_text())
    river = next(b for b in manifest["briefs"] if b["title"] == "River tax vote")
    assert (river["summary"], river["published"], river["updated"]) == (
        "The tax passed.",
        "2024-06-01T00:00:00Z",
        "2024-06-02T00:00:00Z",
    )
    assert "The tax passed." in (folder / "index.html").read_text()


def test_publish_command(tmp_path, monkeypatch, runner):
    make_briefs(tmp_path, ["River tax vote"])
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["publish", "site"])
    assert result.exit_code == 0, result.output
    assert "site/index.html: 1 brief(s); 1 added, 0 updated, 0 unchanged" in result.output
    assert (tmp_path / "site" / "2024-05-01-river-tax-vote.pdf").is_file()


CHROMIUM = shutil.which("chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium(tmp_path: Path, *args: str) -> str:
    done = subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_chromium_shows_the_library(library, tmp_path):
    from PIL import Image

    url = (library / "index.html").as_uri()
    shot = tmp_path / "library.png"
    chromium(tmp_path, "--window-size=1000,900", f"--screenshot={shot}", url)
    image = Image.open(shot).convert("L")
    dark = sum(image.histogram()[:128])
    assert image.size == (1000, 900) and dark > 2000  # text, not a blank page

    page = read_library(chromium(tmp_path, "--dump-dom", url))  # the DOM Chromium built
    assert len(page.briefs) == 3 and page.scripts == 0
    assert page.briefs[0]["title"].startswith("Levy <script>")
    for link in page.links:
        target = urlsplit(link)
        assert target.scheme in ("", "file") and (library / unquote(target.path)).is_file()
