"""Blocks → DOCX with python-docx, using the real Word styles a reader can edit.

A `reference.docx` in the template folder, when there is one, is the base document
whose styles (and page furniture) every brief inherits, as pandoc's `--reference-doc`
does (`base`). `writer` turns blocks into paragraphs and tables, `page` sets the page
and its header and footer, `wordml` writes what python-docx has no API for, and
`archive` writes the ZIP.
"""

from __future__ import annotations

from typing import Any

from briefgen.clock import now
from briefgen.render import blocks as b
from briefgen.render.docx import archive
from briefgen.render.docx.base import base_key, new_document, prepared_base
from briefgen.render.docx.page import page_setup
from briefgen.render.docx.styles import Look
from briefgen.render.docx.writer import Writer, keep_end_together
from briefgen.render.escape import xml_clean


def render_docx(
    blocks: tuple[b.Block, ...], meta: dict[str, str], template: Any, branding: Any = None
) -> bytes:
    """The DOCX bytes for `blocks`; `meta` holds title, author, subject, keywords, lang."""
    settings = template.settings
    look = Look.from_settings(settings)
    base = prepared_base(*base_key(template), look)
    document = new_document(base)
    page_setup(document, settings, branding)  # first: the writer sizes to the page
    writer = Writer(document, look, settings, base.style_ids)
    for block in blocks:
        writer.block(block)
    keep_end_together(document.element.body)
    props = document.core_properties
    # Core properties hold at most 255 characters; python-docx raises past that.
    props.title = xml_clean(meta.get("title", ""))[:255]
    props.author = xml_clean(meta.get("author", ""))[:255]
    props.subject = xml_clean(meta.get("subject", ""))[:255]
    props.keywords = xml_clean(meta.get("keywords", ""))
    props.category = xml_clean(getattr(branding, "classification", "") or "")
    props.comments = "Made by briefgen; citations [n:i] point to source n, sentence i."
    props.language = meta.get("lang", "en")
    when = now()
    props.created = props.modified = when.replace(tzinfo=None)
    props.last_modified_by = "briefgen"
    props.revision = 1
    # Not document.save(): it dates ZIP entries with the wall clock and deflates the
    # same style parts (hundreds of KB) for every brief (see archive).
    return archive.save(document, when, base.blobs)
