"""render: `Brief` + template → bytes per format.

One template drives every format: the template renders the brief to Markdown, and
each renderer turns that one Markdown document into its format. Renderers are
registered by format name in `RENDERERS`. A template with a page budget
(`page.max_pages`) is trimmed by rank first (`fit`), so every format gets the same,
trimmed Markdown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from briefgen.errors import RenderError, UsageError
from briefgen.model import Article, Brief, brief_to_dict
from briefgen.render import blocks
from briefgen.render.branding import Branding
from briefgen.render.context import build_context, default_limits
from briefgen.render.jinja import render_template
from briefgen.render.templates import BODY, Template


@dataclass
class Job:
    """One brief being rendered: what every renderer needs, and where warnings go."""

    brief: Brief
    markdown: str
    template: Template
    branding: Branding
    lang: str = "en"
    warnings: list[str] = field(default_factory=list)
    measured: dict[str, Any] = field(default_factory=dict)
    """Markdown → the PDF `Layout` made of it while fitting a page budget."""

    @property
    def meta(self) -> dict[str, str]:
        author = self.branding.author or self.branding.organisation or "briefgen"
        return {
            "title": self.brief.title,
            "author": author,
            "subject": self.brief.summary,
            "keywords": ", ".join(x for x in ("policy brief", self.branding.classification) if x),
            "lang": self.lang,
        }


class Rendered(dict[str, bytes]):
    """Format → bytes, plus the warnings rendering raised (a script no font covers...)."""

    warnings: list[str]


Renderer = Callable[[Job], bytes]
# A renderer library failing on odd input; anything else is a bug and shows as one.
_RENDER_FAILURES = (ValueError, KeyError, IndexError, AttributeError, TypeError, OSError)


def _pdf(job: Job) -> bytes:
    from briefgen.render.pdf import lay_out  # reportlab is heavy: load on demand

    layout = job.measured.get(job.markdown)  # laid out while fitting the page budget
    if layout is None or not layout.complete:
        settings, branding = job.template.settings, job.branding
        layout = lay_out(blocks.parse(job.markdown), job.meta, settings, branding)
    result = layout.finish()
    job.warnings.extend(w for w in result.warnings if w not in job.warnings)
    return result.data


def _docx(job: Job) -> bytes:
    from briefgen.render.docx import render_docx  # python-docx is heavy: load on demand

    return render_docx(blocks.parse(job.markdown), job.meta, job.template, job.branding)


def _md(job: Job) -> bytes:
    return job.markdown.encode("utf-8")


def _html(job: Job) -> bytes:
    from html import escape

    from briefgen.render.escape import xml_clean

    body = blocks.to_html(job.markdown)
    title = escape(" ".join(xml_clean(job.brief.title).split()))
    page = (
        f'<!DOCTYPE html>\n<html lang="{escape(job.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )
    return page.encode("utf-8")


def _json(job: Job) -> bytes:
    text = json.dumps(brief_to_dict(job.brief), ensure_ascii=False, indent=2) + "\n"
    # UTF-8 cannot hold a lone surrogate (an engine other than ours may return one):
    # it becomes U+FFFD, as a decoder shows an undecodable byte.
    return re.sub("[\ud800-\udfff]", "\ufffd", text).encode("utf-8")


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


def template_branding(template: Template) -> Branding:
    """The template's own branding defaults (what applies when nothing overrides them)."""
    from briefgen.render.branding import resolve

    return resolve(template.settings.branding, template.path, config=None)


def to_markdown(
    brief: Brief,
    template: Template,
    branding: Branding | None = None,
    articles: Sequence[Article] = (),
    limits: dict[str, int | None] | None = None,
) -> str:
    """The template's Markdown for `brief` (cut to `limits` when given)."""
    context = build_context(
        brief,
        template.settings,
        branding=branding or template_branding(template),
        articles=articles,
        limits=limits,
    )
    return render_template(template.path, BODY, context)


def _fitted_markdown(job: Job, articles: Sequence[Article]) -> str:
    """The Markdown trimmed by rank until the PDF fits the template's page budget."""
    from briefgen.render import fit

    budget = job.template.settings["page.max_pages"]
    cache = job.measured

    def pages_for(limits: fit.Limits) -> int:
        """The page count, or budget + 1 for any version longer than the budget (it
        is laid out only that far, and only the version kept is ever written)."""
        job.markdown = to_markdown(job.brief, job.template, job.branding, articles, limits)
        if job.markdown not in cache:
            from briefgen.render.pdf import lay_out

            settings = job.template.settings
            cache[job.markdown] = lay_out(
                blocks.parse(job.markdown), job.meta, settings, job.branding, budget
            )
        return int(cache[job.markdown].pages)

    limits, fits = fit.fit(job.brief, default_limits(job.template.settings), budget, pages_for)
    if not fits:
        job.warnings.append(
            f"{job.template.name}: the brief does not fit on {budget} page(s) even with "
            "one point per section"
        )
    return to_markdown(job.brief, job.template, job.branding, articles, limits)


def _language(articles: Sequence[Article]) -> str:
    languages = sorted({a.language for a in articles if a.language})
    return languages[0] if len(languages) == 1 else "en"


def render(
    brief: Brief,
    template: Template,
    formats: list[str],
    *,
    branding: Branding | None = None,
    articles: Sequence[Article] = (),
) -> Rendered:
    """Render `brief` with `template` into each of `formats`.

    `articles` are the story's articles, if at hand: they give the text of cited
    sentences to templates that show it (the dossier's evidence and appendix).
    """
    check_formats(formats)
    branding = branding or template_branding(template)
    job = Job(brief, "", template, branding, _language(articles))
    fitting = bool(template.settings["page.max_pages"])
    out = Rendered()
    for fmt in ["markdown", *formats]:
        try:
            if fmt != "markdown":
                out[fmt] = RENDERERS[fmt](job)
            elif fitting:
                job.markdown = _fitted_markdown(job, articles)
            else:
                job.markdown = to_markdown(brief, template, branding, articles)
        except _RENDER_FAILURES as exc:
            where = f"{brief.slug}.{fmt}" if fmt != "markdown" else brief.slug
            detail = str(exc)[:200]  # an exception can quote a whole hostile string
            raise RenderError(f"{where}: could not be rendered ({detail})") from exc
    out.warnings = job.warnings
    return out


def context_for(brief: Brief, template: Template, **options: Any) -> dict[str, Any]:
    """The template context (for `templates show` and tests)."""
    return build_context(brief, template.settings, **options)
