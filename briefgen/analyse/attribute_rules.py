"""The pipeline's attribute ruler, its exact one-token rules answered by lookup.

spaCy's English pipelines set each token's coarse part of speech, some morphology
and a few lemmas with an attribute ruler: about 180 token patterns ("TAG is VBZ and
LOWER is 's" → AUX) run through spaCy's general Matcher, which tries every pattern
at every token and cost a sixth of the parse (20 ms per 1,000 words). Most of those
patterns only ask whether a token's tag, form or dependency label equals a value, and
a dictionary answers that directly. `speed_up` gives the ruler a matcher that does so
and hands the other patterns (spans of two tokens, regular expressions, negated sets)
to a Matcher of their own; the ruler itself, and how it applies what matched, is
spaCy's. The matches, and so the annotations, are the same.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import product
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# The token attributes an exact rule may test, and how a token gives each.
READERS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_"}
Values = tuple[str, ...]


def _choices(value: object) -> list[str] | None:
    """The strings a pattern's value accepts, if it is a string or {"IN": [strings]}."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"}:
        options = value["IN"]
        if isinstance(options, list) and all(isinstance(o, str) for o in options):
            return options
    return None


class ExactFirstMatcher:
    """Called as the ruler calls its Matcher; returns (match id, start, end) triples."""

    def __init__(self, ruler) -> None:
        from spacy.matcher import Matcher

        self.original = ruler.matcher  # still answers `get`, which the ruler's errors use
        self.rest = Matcher(ruler.vocab, validate=False)
        # attributes tested → their values → the ids of the rules that match
        self.exact: dict[tuple[str, ...], dict[Values, list[int]]] = defaultdict(
            lambda: defaultdict(list)
        )
        for i, entry in enumerate(ruler.patterns):  # rule i has the match key str(i)
            key = str(i)
            match_id = ruler.vocab.strings.add(key)
            others = []
            for pattern in entry["patterns"]:
                spec = pattern[0] if len(pattern) == 1 else None
                choices = (
                    {a: _choices(v) for a, v in spec.items()}
                    if spec and set(spec) <= set(READERS)
                    else {}
                )
                if not choices or any(c is None for c in choices.values()):
                    others.append(pattern)
                    continue
                attrs = tuple(sorted(choices))
                for values in product(*(choices[a] for a in attrs)):
                    self.exact[attrs][values].append(match_id)
            if others:
                self.rest.add(key, others)
        self.tests = [([READERS[a] for a in attrs], table) for attrs, table in self.exact.items()]

    def __getattr__(self, name: str):
        return getattr(self.original, name)  # `get`, `len`: the ruler's own Matcher

    def __call__(self, doc: Doc, allow_missing: bool = False, as_spans: bool = False):
        if as_spans:
            raise ValueError("ExactFirstMatcher gives (match id, start, end) triples only")
        found = list(self.rest(doc, allow_missing=allow_missing))
        for token in doc:
            for readers, table in self.tests:
                ids = table.get(tuple(getattr(token, r) for r in readers))
                if ids:
                    found.extend((match_id, token.i, token.i + 1) for match_id in ids)
        return found


def speed_up(nlp: Language) -> None:
    """Give the pipeline's attribute ruler, if it has one, the lookup matcher."""
    for _, component in nlp.pipeline:
        if type(component).__name__ == "AttributeRuler":
            component.matcher = ExactFirstMatcher(component)
