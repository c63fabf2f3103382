"""What a template sees: a plain context built from the `Brief` in one function.

Templates never reach into the model; if a template needs something new, it is added
here. Values are plain text (escaped when printed) except the citation markers, which
are Markdown links to the numbered source list.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from briefgen.model import Brief, Citation
from briefgen.render.escape import MarkdownSafe
from briefgen.render.settings import TemplateSettings

STANCE_LABELS = {
    "proposer": "Proposer",
    "supporter": "Supports",
    "opponent": "Opposes",
    "mixed": "Mixed",
    "neutral": "Neutral",
}
STATUS_LABELS = {
    "passed": "Passed",
    "approved": "Approved",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
    "pending": "Pending",
    "postponed": "Postponed",
    "left_open": "Left open",
    "unknown": "Unknown",
}


def source_anchor(number: int) -> str:
    return f"src-{number}"


def format_date(value: dt.date | None) -> str:
    """13 July 2023 (no locale, so the same bytes on every machine)."""
    return f"{value.day} {value.strftime('%B')} {value.year}" if value else "undated"


def build_context(brief: Brief, settings: TemplateSettings) -> dict[str, Any]:
    """The template context for `brief` under a template's `settings`."""
    numbers = {source.id: n for n, source in enumerate(brief.sources, start=1)}

    def cite(citations: tuple[Citation, ...]) -> MarkdownSafe:
        """Markers like [1:4] (source 1, sentence 4) linking to the source list."""
        marks = []
        for c in citations:
            n = numbers.get(c.source)
            if n is not None:
                marks.append(f"[\\[{n}:{c.sentence + 1}\\]](#{source_anchor(n)})")
        return MarkdownSafe(" ".join(marks))

    def actor_name(actor_id: str | None) -> str | None:
        actor = brief.actor(actor_id)
        return actor.name if actor else None

    limit = settings["sections.max_points"]
    headings = settings.headings
    sections = []
    for key in settings["sections.order"]:
        section = brief.section(key)
        sections.append(
            {
                "key": key,
                "heading": headings[key],
                "points": [
                    {"text": p.text, "cite": cite(p.citations), "actor": actor_name(p.actor)}
                    for p in section.points[:limit]
                ],
            }
        )
    actors = [
        {
            "name": a.name,
            "kind": a.kind,
            "role": a.role or "",
            "affiliation": a.affiliation or "",
            "stance": a.stance,
            "stance_label": STANCE_LABELS.get(a.stance, a.stance),
            "cite": cite(a.evidence[:1]),
        }
        for a in brief.actors
    ]
    return {
        "title": brief.title,
        "date": format_date(brief.date),
        "iso_date": brief.date.isoformat() if brief.date else "",
        "summary": brief.summary,
        "proposal": brief.proposal,
        "sections": sections,
        "actors": actors,
        "quotes": [
            {
                "text": q.text,
                "speaker": actor_name(q.speaker) or "Unattributed",
                "cite": cite((q.citation,)),
            }
            for q in brief.quotes
        ],
        "outcome": {
            "status": brief.outcome.status,
            "status_label": STATUS_LABELS.get(brief.outcome.status, brief.outcome.status),
            "text": brief.outcome.text,
            "cite": cite(brief.outcome.citations),
        },
        "sources": [
            {
                "number": n,
                "anchor": source_anchor(n),
                "title": s.title,
                "date": format_date(s.date) if s.date else "",
                "outlet": s.outlet or "",
                "url": s.url or "",
                "path": s.path or "",
            }
            for n, s in enumerate(brief.sources, start=1)
        ],
        "engine": f"{brief.engine.name} {brief.engine.version}",
        "warnings": list(brief.warnings),
    }
