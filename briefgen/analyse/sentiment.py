"""How positive or negative a speaker's words are, from a published lexicon.

VADER (Hutto and Gilbert, 2014; the `vaderSentiment` package, MIT) scores a text
from -1 to 1 with a hand-rated lexicon of 7,500 English words and rules for negation,
degree words and contrast. briefgen reads it as a weak signal of a speaker's side when
their words hold no explicit stance cue ("a missed opportunity", "we are proud").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Quantities VADER reads as praise: "a great deal of harm" scores +0.15, "much harm" -0.54.
QUANTITIES = re.compile(r"\ba (?:great|good) deal of\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=4096)  # several steps score one sentence
def polarity(text: str) -> float:
    """VADER's compound score of `text`, from -1 (negative) to 1 (positive)."""
    return float(_analyzer().polarity_scores(QUANTITIES.sub("much", text))["compound"])
