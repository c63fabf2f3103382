"""The source sentences behind citations, for templates that show them in context.

A `Brief` cites sentences by index and does not carry article text (its JSON contract
stays small), so the dossier's evidence columns and appendix need the story's
articles. The renderer is given them when it has them (`briefgen make`, `templates
preview`); without them those parts say the text is not at hand.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from briefgen.model import Article, Brief, Citation


@dataclass(frozen=True)
class Excerpt:
    """A cited sentence with the sentences around it, as the appendix shows it."""

    citation: Citation
    before: str
    sentence: str
    after: str


def match_articles(brief: Brief, articles: Sequence[Article]) -> dict[str, Article]:
    """Source id → article: by path, else by file name, else by position when the
    brief has exactly one source per article."""
    by_path = {a.path: a for a in articles}
    by_name = {Path(a.path).name: a for a in articles}
    same_length = len(articles) == len(brief.sources)
    matched: dict[str, Article] = {}
    for n, source in enumerate(brief.sources):
        if source.path in by_path:
            matched[source.id] = by_path[source.path]
        elif source.path and Path(source.path).name in by_name:
            matched[source.id] = by_name[Path(source.path).name]
        elif same_length:
            matched[source.id] = articles[n]
    return matched


def _sentence(article: Article | None, index: int) -> str:
    if article is None or not 0 <= index < len(article.sentences):
        return ""
    return article.sentences[index].text


def sentence_text(matched: dict[str, Article], citation: Citation) -> str:
    """The text of the cited sentence, or '' when its article is not at hand."""
    return _sentence(matched.get(citation.source), citation.sentence)


def cited(brief: Brief) -> list[Citation]:
    """Every citation in the brief, once each, by source order then sentence."""
    found: set[Citation] = set()
    for section in brief.sections:
        for point in section.points:
            found.update(point.citations)
    for actor in brief.actors:
        found.update(actor.evidence)
    found.update(q.citation for q in brief.quotes)
    found.update(brief.outcome.citations)
    order = {s.id: n for n, s in enumerate(brief.sources)}
    known = [c for c in found if c.source in order]
    return sorted(known, key=lambda c: (order[c.source], c.sentence))


def excerpts(brief: Brief, matched: dict[str, Article]) -> list[Excerpt]:
    """Each cited sentence with its neighbours (same paragraph or not)."""
    out = []
    for citation in cited(brief):
        article = matched.get(citation.source)
        text = _sentence(article, citation.sentence)
        if text:
            before = _sentence(article, citation.sentence - 1)
            after = _sentence(article, citation.sentence + 1)
            out.append(Excerpt(citation, before, text, after))
    return out
