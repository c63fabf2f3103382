import io
import zipfile

import pytest
from sourcefiles import TOLL, docx_bytes, rss, write

from briefgen.errors import SourceError
from briefgen.ingest import load, load_sources


def docx_with_extra(name: str, data: bytes) -> bytes:
    """A real DOCX with one more member added to its zip."""
    out = io.BytesIO(docx_bytes(*TOLL[0]))
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(name, data)
    return out.getvalue()


def test_docx_decompression_bomb_is_refused_before_it_is_opened(tmp_path):
    path = write(tmp_path, "bomb.docx", docx_with_extra("word/media/pad.xml", b"\0" * 30_000_000))
    assert path.stat().st_size < 200_000
    with pytest.raises(SourceError, match=r"bomb\.docx: word/media/pad\.xml inflates \d+ times"):
        load(path)


def test_docx_that_unpacks_too_large_in_total_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_LIMIT_DECOMPRESSED_BYTES", "100000")
    path = write(tmp_path, "big.docx", docx_with_extra("extra.bin", bytes(range(256)) * 500))
    with pytest.raises(
        SourceError,
        match=r"big\.docx: inflates to [\d,]+ bytes, over the "
        r"decompressed_bytes limit of 100,000",
    ):
        load(path)


def test_zip_that_is_not_a_word_document(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(SourceError, match=r"not\.docx: not a readable Word document"):
        load(write(tmp_path, "not.docx", out.getvalue()))


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<rss version="2.0"><channel><title>&lol4;</title>
<item><title>x</title><description>&lol4;</description></item></channel></rss>"""

EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title>
<item><title>x</title><description>&secret;</description></item></channel></rss>"""


@pytest.mark.parametrize("feed", [BILLION_LAUGHS, EXTERNAL], ids=["expansion", "external"])
def test_feed_declaring_entities_is_refused(tmp_path, feed):
    path = write(tmp_path, "evil.xml", feed)
    articles, errors = load_sources([path])
    assert articles == [] and len(errors) == 1
    assert str(errors[0]).startswith(f"{path}: feed refused: it declares XML entities")
    assert "root:" not in str(errors[0])


def test_links_inside_a_page_or_a_fed_entry_with_content_are_not_fetched(tmp_path):
    """Only a feed entry without content has its link followed; this one has content."""
    entry = {
        "title": "T",
        "date": "4 Mar 2024",
        "link": "http://127.0.0.1:9/never",
        "content": '<p>Body text here. <img src="http://127.0.0.1:9/pixel.gif"></p>',
    }
    articles, errors = load_sources([write(tmp_path, "f.rss", rss("Herald", [entry]))])
    assert errors == [] and articles[0].text == "Body text here."
