"""The sample brief that `briefgen templates preview` renders.

It is made from the sample article shipped in the package: through the real
analysis when this install has it, else from a hand-made brief of the same article
(`data/sample-brief.json`), so a preview works from any folder after a plain install.
"""

from __future__ import annotations

import json
from pathlib import Path

from briefgen.model import Article, Brief, Story, brief_from_dict

DATA = Path(__file__).resolve().parent.parent / "data"
ARTICLE = DATA / "sample-article.txt"
HAND_MADE = DATA / "sample-brief.json"


def sample_article() -> Article:
    from briefgen.ingest import load_sources

    articles, errors = load_sources([ARTICLE])
    if errors:
        raise errors[0]
    return articles[0]


def hand_made() -> Brief:
    return brief_from_dict(json.loads(HAND_MADE.read_text(encoding="utf-8")))


def sample() -> tuple[Brief, list[Article]]:
    """The sample brief and the article it cites."""
    article = sample_article()
    try:
        from briefgen.analyse import analyse
    except ImportError:
        return hand_made(), [article]
    return analyse(Story((article,))), [article]
