"""group: `Article`s → `Story`s, one story per proposal.

For now each article is its own story; `--one-brief` puts them all in one.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.model import Article, Story


def group(articles: Sequence[Article], one_brief: bool = False) -> list[Story]:
    """The stories to brief: all articles together, or one story per article."""
    if not articles:
        return []
    if one_brief:
        return [Story(tuple(articles))]
    return [Story((article,)) for article in articles]
