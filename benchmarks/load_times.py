"""Per-format load time for a typical article (about 330 words, 5 paragraphs).

Each format is written by this script (reportlab for the PDF, python-docx for the
DOCX, a loopback server for the URL), then loaded N times in one warm process; the
median is reported, and the first load (which pays the format's library imports)
separately. Run from the repository root:  python benchmarks/load_times.py [N]
"""

from __future__ import annotations

import html
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from webserver import Site, serve  # noqa: E402

from briefgen.ingest import load_sources  # noqa: E402
from briefgen.ingest.limits import Limits  # noqa: E402

TITLE = "Harbour council approves ferry fare freeze"
PARAGRAPH = (
    "The harbour council voted on Thursday to freeze ferry fares for two years, a plan "
    "put forward by transport chair Lena Moss after a winter of complaints from island "
    "residents. Moss said the freeze would cost the council about four million a year. "
    "The ferry operators' association opposed the plan, warning that routes could be cut. "
    '"We cannot run boats on goodwill," said its director, Karl Dunn. '
)
PARAGRAPHS = [PARAGRAPH] * 5  # ~330 words


def page() -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in PARAGRAPHS)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{TITLE}</title>'
        f'<meta property="article:published_time" content="2024-05-02"></head><body>'
        f"<nav>Home News Sport</nav><article><h1>{TITLE}</h1>{body}</article>"
        f"<footer>Copyright</footer></body></html>"
    )


def docx_bytes() -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(TITLE, 1)
    for p in PARAGRAPHS:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_bytes() -> bytes:
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    out = io.BytesIO()
    style = getSampleStyleSheet()["Normal"]
    flowables = [Paragraph(html.escape(p), style) for p in PARAGRAPHS]
    SimpleDocTemplate(out, title=TITLE).build(flowables)
    return out.getvalue()


def feed() -> str:
    content = "".join(f"<p>{html.escape(p)}</p>" for p in PARAGRAPHS)
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>'
        f"<item><title>{TITLE}</title><link>https://h.example/1</link>"
        f"<pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate>"
        f"<description><![CDATA[{content}]]></description></item></channel></rss>"
    )


def main(n: int) -> None:
    folder = Path(tempfile.mkdtemp())
    files = {
        "txt": " date 2024-05-02 Title: " + TITLE + "\n\n" + "\n\n".join(PARAGRAPHS),
        "md": f"# {TITLE}\n\n" + "\n\n".join(PARAGRAPHS),
        "html": page(),
        "docx": docx_bytes(),
        "pdf": pdf_bytes(),
        "json": json.dumps({"title": TITLE, "date": "2024-05-02", "text": "\n\n".join(PARAGRAPHS)}),
        "rss": feed(),
    }
    sources: dict[str, str | Path] = {}
    for fmt, content in files.items():
        path = folder / f"article.{fmt}"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        sources[fmt] = path
    site = Site()
    server, _ = serve(site)
    sources["url"] = site.add("/article", page())
    limits = Limits()
    print(f"{'format':<6} {'first load':>11} {'median':>9}   (N={n}, one warm process)")
    for fmt, source in sources.items():
        times = []
        for _ in range(n + 1):
            start = time.perf_counter()
            articles, errors = load_sources([source], limits)
            times.append(time.perf_counter() - start)
            assert len(articles) == 1 and not errors, (fmt, errors)
        print(f"{fmt:<6} {times[0] * 1000:>8.1f} ms {statistics.median(times[1:]) * 1000:>6.2f} ms")
    server.shutdown()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50)
