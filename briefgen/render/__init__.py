"""render: `Brief` + template → bytes per format.

One template drives every format: the template renders the brief to Markdown, and
each renderer turns that one Markdown document into its format. Renderers are
registered by format name in `RENDERERS`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from briefgen.errors import RenderError, UsageError
from briefgen.model import Brief, brief_to_dict
from briefgen.render import blocks
from briefgen.render.context import build_context
from briefgen.render.jinja import render_template
from briefgen.render.templates import BODY, Template

Renderer = Callable[[Brief, str, Template], bytes]


def _meta(brief: Brief) -> dict[str, str]:
    return {"title": brief.title, "author": "briefgen", "subject": brief.summary, "lang": "en"}


def _pdf(brief: Brief, markdown: str, template: Template) -> bytes:
    from briefgen.render.pdf import render_pdf  # reportlab is heavy: load on demand

    return render_pdf(blocks.parse(markdown), _meta(brief), template.settings)


def _docx(brief: Brief, markdown: str, template: Template) -> bytes:
    from briefgen.render.docx import render_docx  # python-docx is heavy: load on demand

    return render_docx(blocks.parse(markdown), _meta(brief), template.settings)


def _md(brief: Brief, markdown: str, template: Template) -> bytes:
    return markdown.encode("utf-8")


def _html(brief: Brief, markdown: str, template: Template) -> bytes:
    from html import escape

    body = blocks.to_html(markdown)
    page = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(brief.title)}</title>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
    return page.encode("utf-8")


def _json(brief: Brief, markdown: str, template: Template) -> bytes:
    return (json.dumps(brief_to_dict(brief), ensure_ascii=False, indent=2) + "\n").encode()


RENDERERS: dict[str, Renderer] = {
    "pdf": _pdf,
    "docx": _docx,
    "md": _md,
    "html": _html,
    "json": _json,
}


def check_formats(formats: list[str]) -> list[str]:
    """The formats, validated; an unknown one is a `UsageError` listing the known ones."""
    unknown = [f for f in formats if f not in RENDERERS]
    if unknown:
        raise UsageError(f"unknown format {unknown[0]!r} (known: {', '.join(RENDERERS)})")
    return formats


def to_markdown(brief: Brief, template: Template) -> str:
    """The template's Markdown for `brief`."""
    return render_template(template.path, BODY, build_context(brief, template.settings))


def render(brief: Brief, template: Template, formats: list[str]) -> dict[str, bytes]:
    """Render `brief` with `template` into each of `formats`."""
    markdown = to_markdown(brief, template)
    out: dict[str, bytes] = {}
    for fmt in check_formats(formats):
        try:
            out[fmt] = RENDERERS[fmt](brief, markdown, template)
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as exc:
            raise RenderError(f"{brief.slug}.{fmt}: could not be rendered ({exc})") from exc
    return out


def context_for(brief: Brief, template: Template) -> dict[str, Any]:
    """The template context (for `templates show` and tests)."""
    return build_context(brief, template.settings)
