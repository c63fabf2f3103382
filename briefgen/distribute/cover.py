"""The cover note that goes with a distributed brief: bottom line up front.

A template folder may hold `email.txt.j2` (the plain-text note) and `email.html.j2`
(its HTML alternative). A template without them borrows the default template's note;
a template with only the text note gets an HTML version made from that text, so the
two never say different things.

Both run in the same guarded sandbox as brief templates (`render.jinja.note_environment`:
time, loop and size limits, no symlinks) with undefined variables as errors. The HTML note is
autoescaped; the text note is not (a plain-text email needs no escaping), but every
value has its control characters removed first. The context uses the same names as
`brief.md.j2` (`title`, `date`, `summary`, `proposal`, `outcome`) plus `reader`,
`sender` and `attachments`, and is built in `cover_context` alone.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from briefgen.address import Address
from briefgen.distribute.briefs import BriefFile
from briefgen.distribute.names import clean_text as clean

TEXT_NOTE = "email.txt.j2"
HTML_NOTE = "email.html.j2"
DEFAULT_TEMPLATE = "policy-brief"


def template_folder(name: str | None) -> Path:
    """The folder of template `name` (default policy-brief), via the render loader."""
    from briefgen.render.templates import load_template

    return load_template(name or DEFAULT_TEMPLATE).path


def cover_context(
    item: BriefFile, reader: Address, sender: Address, attachments: list[str]
) -> dict[str, Any]:
    """What a cover-note template sees."""
    from briefgen.render.context import STATUS_LABELS, format_date

    brief = item.brief
    outcome = {"status": "", "status_label": "", "text": ""}
    if brief is not None:
        status = brief.outcome.status
        outcome = {
            "status": status,
            "status_label": STATUS_LABELS.get(status, status),
            "text": clean(brief.outcome.text),
        }
    return {
        "title": " ".join(clean(item.title).split()),
        "date": format_date(item.date) if item.date else "",
        "iso_date": item.date.isoformat() if item.date else "",
        "summary": clean(item.summary),
        "proposal": clean(brief.proposal) if brief else "",
        "outcome": outcome,
        "reader": {"name": clean(reader.name), "email": reader.email},
        "sender": {"name": clean(sender.name), "email": sender.email},
        "attachments": list(attachments),
    }


def _environment(folder: Path, autoescape: bool) -> Any:
    from briefgen.render.jinja import note_environment

    return note_environment([folder, template_folder(DEFAULT_TEMPLATE)], autoescape)


def _render(env: Any, name: str, context: dict[str, Any]) -> str:
    """Render one note; any template problem is a `TemplateError` naming file and line."""
    from briefgen.render.jinja import render_with

    return render_with(env, Path(env.loader.searchpath[0]), name, context)


def _html_from_text(text: str) -> str:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    body = "\n".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>" for p in paragraphs)
    return f"<!DOCTYPE html>\n<html><body>\n{body}\n</body></html>\n"


class CoverNotes:
    """Renders cover notes with one template; the Jinja environments are built once."""

    def __init__(self, template: str | None = None) -> None:
        folder = template_folder(template)
        self._text_env = _environment(folder, autoescape=False)
        self._html_env = _environment(folder, autoescape=True)
        has_text = (folder / TEXT_NOTE).is_file()
        # a custom text note without its own HTML gets HTML made from that text
        self._own_html = (folder / HTML_NOTE).is_file() or not has_text

    def render(self, context: dict[str, Any]) -> tuple[str, str]:
        """The (plain text, HTML) cover note for one reader."""
        text = _render(self._text_env, TEXT_NOTE, context)
        if self._own_html:
            return text, _render(self._html_env, HTML_NOTE, context)
        return text, _html_from_text(text)
