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

from briefgen.analyse import lexicon

# Quantities VADER reads as praise: "a great deal of harm" scores +0.15, "much harm" -0.54.
QUANTITIES = re.compile(r"\ba (?:great|good) deal of\b", re.IGNORECASE)


# Words that name what policy news is about, not how the speaker finds it: VADER rates
# "ban" -2.6, "cuts" -1.2, "increase" +1.3, "charities" +2.2, "party" +1.7, "supporters"
# +1.9 and "interest" +2.0 (its sense of curiosity, not of rates or of a public
# interest), so "the ban will protect children" read as a complaint. The proposal nouns,
# collective nouns and institutions are our own lists; the rest are named here.
TOPICAL = frozenset("supporter supporters interest interests".split())


@lru_cache(maxsize=1)
def _analyzer() -> Any:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer()
    topical = lexicon.proposal_nouns() | lexicon.group_nouns() | lexicon.institutions() | TOPICAL
    for word in topical:
        analyzer.lexicon.pop(word, None)
    return analyzer


@lru_cache(maxsize=4096)  # several steps score one sentence
def polarity(text: str) -> float:
    """VADER's compound score of `text`, from -1 (negative) to 1 (positive)."""
    return float(_analyzer().polarity_scores(QUANTITIES.sub("much", text))["compound"])
