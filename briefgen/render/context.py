"""What a template sees: a plain context built from the `Brief` in one function.

Templates never reach into the model; if a template needs something new, it is added
here. Values are plain text (escaped when printed) except the citation markers, which
are Markdown links to the numbered source list, and `stance_chart`, a ready-made
fenced block. Lists are already cut to the template's limits (`sections.max_*`), or
to tighter `limits` when a page budget forces trimming (see `render.fit`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import PureWindowsPath
from typing import Any

from briefgen.model import SECTION_KEYS, Actor, Article, Brief, Citation
from briefgen.render import chart, evidence, fit
from briefgen.render.branding import Branding
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
# An actor's stance in words, for a key reason when nothing better is at hand.
STANCE_REASONS = {
    "proposer": "Put the proposal forward",
    "supporter": "Named as supporting the proposal",
    "opponent": "Named as opposing the proposal",
    "mixed": "Named with a mixed view of the proposal",
    "neutral": "Named in the coverage without taking a side",
}
WEB = ("http://", "https://")
# A key reason is a table cell: a long sentence is cut (its citation leads to the whole).
REASON_CHARS = 240
MATRIX_STANCES = chart.STANCE_ORDER
MARK = "●"


def source_anchor(number: int) -> str:
    return f"src-{number}"


def format_date(value: dt.date | None) -> str:
    """13 July 2023 (no locale, so the same bytes on every machine)."""
    return f"{value.day} {value.strftime('%B')} {value.year}" if value else "undated"


def file_name(path: str | None) -> str:
    """The last part of a local path, whichever the separator ("C:\\a\\b.txt" → "b.txt");
    "" for none or for a web address (that is shown as a URL, not a file)."""
    if not path or path.startswith(WEB):
        return ""
    return PureWindowsPath(path).name


def clip(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, at a space when there is one in its
    second half, with "…" to show the cut ("A long sentence that…")."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ", limit // 2)
    return (cut[:space] if space > 0 else cut).rstrip(" ,;:") + "…"


def key_reason(
    brief: Brief, actor: Actor, matched: dict[str, Article]
) -> tuple[str, Sequence[Citation]]:
    """Why `actor` stands where it does, in words, for an actor no point is attributed
    to: its first quote, else its first evidence sentence (when the article is at
    hand), else its stance in words; each with the citation it rests on."""
    for quote in brief.quotes:
        if quote.speaker == actor.id:
            return f"“{quote.text}”", (quote.citation,)
    for citation in actor.evidence:
        text = evidence.sentence_text(matched, citation)
        if text:
            return text, (citation,)
    stance = STANCE_REASONS.get(actor.stance, "Named in the coverage")
    return stance, actor.evidence[:1]


def default_limits(settings: TemplateSettings) -> dict[str, int | None]:
    """How many items of each list the template shows: section keys, quotes, actors."""
    points = settings.limit("points")
    return {key: points for key in SECTION_KEYS} | {
        "quotes": settings.limit("quotes"),
        "actors": settings.limit("actors"),
    }


def build_context(
    brief: Brief,
    settings: TemplateSettings,
    *,
    branding: Branding | None = None,
    articles: Sequence[Article] = (),
    limits: dict[str, int | None] | None = None,
) -> dict[str, Any]:
    """The template context for `brief` under a template's `settings`.

    `articles` (the story's articles, when at hand) supply the text of cited sentences
    for evidence and the appendix; `limits` overrides `default_limits` per key.
    """
    limit = default_limits(settings) | (limits or {})
    numbers = {source.id: n for n, source in enumerate(brief.sources, start=1)}
    matched = evidence.match_articles(brief, articles)

    def cite(citations: Sequence[Citation]) -> MarkdownSafe:
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

    headings = settings.headings
    order = settings["sections.order"]
    sections = []
    for key in (k for k in order if k in SECTION_KEYS):
        points = brief.section(key).points[: limit[key]]
        sections.append(
            {
                "key": key,
                "heading": headings[key],
                "points": [
                    {"text": p.text, "cite": cite(p.citations), "actor": actor_name(p.actor)}
                    for p in points
                ],
            }
        )
    reasons: dict[str, tuple[str, Sequence[Citation]]] = {}
    for section in brief.sections:
        for point in section.points:
            if point.actor and point.actor not in reasons:
                reasons[point.actor] = (point.text, point.citations)
    shown = chart.top_actors(brief, limit["actors"])
    actors = []
    for a in brief.actors:
        if a.id not in shown:
            continue
        first = a.evidence[:1]
        reason_text, reason_citations = reasons.get(a.id) or key_reason(brief, a, matched)
        actors.append(
            {
                "name": a.name,
                "kind": a.kind,
                "role": a.role or "",
                "affiliation": a.affiliation or "",
                "stance": a.stance,
                "stance_label": STANCE_LABELS.get(a.stance, a.stance),
                "cite": cite(first),
                "reason": clip(reason_text, REASON_CHARS),
                "reason_cite": cite(reason_citations),
                "marks": [MARK if a.stance == s else "" for s in MATRIX_STANCES],
                "evidence": [
                    {"cite": cite((c,)), "text": evidence.sentence_text(matched, c)}
                    for c in a.evidence
                ],
            }
        )
    cited_count: dict[str, int] = {}
    for c in evidence.cited(brief):
        cited_count[c.source] = cited_count.get(c.source, 0) + 1
    return {
        "title": brief.title,
        "date": format_date(brief.date),
        "iso_date": brief.date.isoformat() if brief.date else "",
        "summary": brief.summary,
        "proposal": brief.proposal,
        "parts": [{"key": key, "heading": headings[key]} for key in order],
        "headings": headings,
        "sections": sections,
        "section": {s["key"]: s for s in sections},
        "actors": actors,
        "stance_columns": [STANCE_LABELS[s] for s in MATRIX_STANCES],
        "stance_chart": chart.to_fence(chart.entries(brief, limit["actors"])),
        "quotes": [
            {
                "text": q.text,
                "speaker": actor_name(q.speaker) or "Unattributed",
                "cite": cite((q.citation,)),
            }
            for q in brief.quotes[: limit["quotes"]]
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
                "url": s.url if s.url and s.url.startswith(WEB) else "",
                # The file's name alone: its folder is the analyst's file system, which
                # a mailed or published brief must not show (and a reader cannot open).
                "file": file_name(s.path),
                "path": file_name(s.path),
                "author": (matched[s.id].author or "") if s.id in matched else "",
                "language": (matched[s.id].language or "") if s.id in matched else "",
                "sentences": len(matched[s.id].sentences) if s.id in matched else 0,
                "cited": cited_count.get(s.id, 0),
            }
            for n, s in enumerate(brief.sources, start=1)
        ],
        "excerpts": [
            {
                "cite": cite((x.citation,)),
                "before": x.before,
                "sentence": x.sentence,
                "after": x.after,
            }
            for x in evidence.excerpts(brief, matched)
        ],
        "has_articles": bool(matched),
        "branding": {k: str(v) if v else "" for k, v in asdict(branding or Branding()).items()},
        "engine": f"{brief.engine.name} {brief.engine.version}",
        "warnings": list(brief.warnings),
        # What a page budget dropped (empty when nothing was), for the closing line.
        "left_out": fit.left_out(brief, default_limits(settings), limit, headings),
    }
