"""Source files built by the tests themselves: pages, DOCX, PDF and feeds we wrote.

Three invented stories, each told twice in different words, so grouping tests and
the end-to-end test know which articles belong together:
TRAM (a city's tram extension), TOLL (a bridge toll) and MEALS (free school meals).
"""

from __future__ import annotations

import html
import io
from pathlib import Path

TRAM = [
    (
        "Council backs tram extension to harbour",
        "2024-03-05",
        [
            "Riverside city council voted on Tuesday to extend the tram line to the harbour "
            "district, a plan Mayor Ana Lima first floated last spring.",
            "Lima said the tram extension would take thousands of cars off Harbour Road. "
            '"This is a good day for Riverside," she said.',
            "Shopkeepers on Quay Street oppose the tram plan, warning of two years of roadworks. "
            "Their association, led by Tomas Berg, will appeal the council decision.",
        ],
    ),
    (
        "Quay Street traders to fight Riverside tram line",
        "2024-03-07",
        [
            "Traders on Quay Street have hired lawyers to challenge the Riverside tram "
            "extension approved by the council this week.",
            "Tomas Berg, who chairs the Quay Street traders' association, said the harbour "
            "tram works would ruin small shops. Mayor Ana Lima defended the tram line.",
            "The council expects the first trams to reach the harbour in 2027.",
        ],
    ),
]

TOLL = [
    (
        "Assembly approves Northgate Bridge toll",
        "2024-03-04",
        [
            "The regional assembly approved a toll on the Northgate Bridge on Monday after a "
            "debate that split the governing coalition.",
            "Transport minister Piet Vos proposed the bridge toll to pay for repairs to the "
            "ageing Northgate crossing.",
            "The Road Users League opposed the toll, saying commuters would pay twice. "
            "The Northgate toll starts in September.",
        ],
    ),
    (
        "Drivers vow to challenge Northgate toll",
        "2024-03-06",
        [
            "The Road Users League said it would take the Northgate Bridge toll to court, two "
            "days after the assembly backed the charge.",
            "Piet Vos, the transport minister, said the toll was the only way to fund repairs "
            "to the bridge. League chair Mira Holt called the Northgate toll unfair.",
        ],
    ),
]

MEALS = [
    (
        "Eastvale to offer free school meals",
        "2024-03-05",
        [
            "Eastvale district will give every primary pupil a free school lunch from "
            "September, schools chief Ruth Okafor announced.",
            "Okafor said free meals would help families hit by rising food prices. The "
            "Eastvale Taxpayers Alliance opposed the school meals plan as too costly.",
        ],
    ),
    (
        "Eastvale school meals plan draws praise and doubts",
        "2024-03-08",
        [
            "Parents in Eastvale welcomed the free school meals plan set out by Ruth Okafor.",
            "The Eastvale Taxpayers Alliance repeated its objection to the cost of the free "
            "lunches, and asked the district to publish its school meals budget.",
        ],
    ),
]


def html_page(
    title: str,
    date: str,
    paragraphs: list[str],
    outlet: str = "Riverside Gazette",
    url: str = "https://gazette.example/news/1",
) -> str:
    """A saved news page with navigation, an advert, a script and comments around it."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return f"""<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8">
<title>{html.escape(title)} | {html.escape(outlet)}</title>
<meta property="og:site_name" content="{html.escape(outlet)}">
<meta property="og:title" content="{html.escape(title)}">
<meta name="author" content="Jo Writer">
<meta property="article:published_time" content="{date}T08:00:00Z">
<link rel="canonical" href="{url}">
<script>var tracker = "SCRIPT-TEXT-MUST-NOT-APPEAR";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/sport">NAVIGATION-MUST-NOT-APPEAR</a></nav>
<article><h1>{html.escape(title)}</h1>
{body}
</article>
<aside class="advert">ADVERT-MUST-NOT-APPEAR: cheap flights</aside>
<section id="comments" class="comments"><h2>Comments</h2>
<div class="comment"><p>COMMENT-MUST-NOT-APPEAR, great read</p></div></section>
<footer>Copyright {html.escape(outlet)}</footer>
</body></html>"""


def docx_bytes(title: str, date: str | None, paragraphs: list[str]) -> bytes:
    """A clipping as Word writes it: heading, date line, body."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=1)
    if date:
        document.add_paragraph(f"Published {date}")
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def pdf_bytes(title: str, date: str | None, paragraphs: list[str], *, text: bool = True) -> bytes:
    """A PDF made with reportlab; `text=False` draws only shapes, like a scan."""
    from reportlab.graphics.shapes import Drawing, Rect
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title=title, author="Desk Editor", invariant=1)
    styles = getSampleStyleSheet()
    if not text:
        drawing = Drawing(400, 600)
        for row in range(40):
            drawing.add(Rect(10, 10 + row * 14, 380 - (row % 5) * 30, 8))
        doc.build([drawing])
        return out.getvalue()
    story = [Paragraph(html.escape(date), styles["Normal"]), Spacer(1, 6)] if date else []
    for paragraph in paragraphs:
        story += [Paragraph(html.escape(paragraph), styles["Normal"]), Spacer(1, 6)]
    doc.build(story)
    return out.getvalue()


def rss(title: str, entries: list[dict[str, str]], link: str = "https://news.example/") -> str:
    """An RSS 2.0 feed; an entry with "content" carries full text, else only its link."""
    items = []
    for entry in entries:
        content = entry.get("content")
        encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
        items.append(f"""<item><title>{html.escape(entry["title"])}</title>
<link>{html.escape(entry["link"])}</link>
<pubDate>{entry["date"]}</pubDate>
<description>{html.escape(entry.get("summary", "Read more."))}</description>{encoded}</item>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>{html.escape(title)}</title><link>{link}</link><language>en</language>
<description>News</description>
{"".join(items)}
</channel></rss>"""


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path
