"""A brief as plain text for the terminal (`briefgen analyze` without --json)."""

from __future__ import annotations

import textwrap

from briefgen.model import Brief, Citation, Story

WIDTH = 88


def _cite(citations: tuple[Citation, ...]) -> str:
    return " ".join(f"[{c.source}:{c.sentence + 1}]" for c in citations)


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def show_brief(brief: Brief) -> str:
    """The brief's title, bottom line, sections, actors and outcome as wrapped text."""
    lines = [brief.title, "=" * min(len(brief.title), WIDTH), ""]
    lines += [
        _wrap(f"Bottom line: {brief.summary}", ""),
        "",
        _wrap(f"Proposal: {brief.proposal}", ""),
        "",
    ]
    for section in brief.sections:
        lines.append(section.heading.upper())
        for point in section.points:
            lines.append(_wrap(f"- {point.text} {_cite(point.citations)}"))
        if not section.points:
            lines.append("  (none found)")
        lines.append("")
    lines.append("ACTORS")
    for actor in brief.actors:
        detail = ", ".join(x for x in (actor.kind, actor.role, actor.affiliation) if x)
        lines.append(
            _wrap(f"- {actor.name} ({detail}): {actor.stance} {_cite(actor.evidence[:3])}")
        )
    lines += ["", _wrap(f"OUTCOME: {brief.outcome.status} — {brief.outcome.text}", "")]
    for warning in brief.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines).rstrip() + "\n"


def show_stories(stories: list[Story]) -> str:
    """Each story's title and its articles (date, outlet, headline, where from)."""
    lines = []
    for number, story in enumerate(stories, start=1):
        count = len(story.articles)
        lines.append(f"{number}. {story.title} ({count} article{'s' if count != 1 else ''})")
        for article in story.articles:
            for edition in article.editions:
                copy = "   copy: " if edition is not article else "   - "
                when = edition.date.isoformat() if edition.date else "undated"
                outlet = f" {edition.outlet}:" if edition.outlet else ""
                lines.append(f"{copy}{when}{outlet} {edition.title} ({edition.path})")
    return "\n".join(lines)
