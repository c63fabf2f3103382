"""The phrase index: where the words of a phrase written apart may hang."""

from __future__ import annotations

import pytest

from briefgen.analyse import lexicon
from briefgen.analyse.nlp import parse_texts


def _phrases(index: lexicon.PhraseIndex, text: str) -> set[str]:
    (doc,) = parse_texts([text])
    return {" ".join(m.cue.words) for m in index.find(doc)}


@pytest.mark.parametrize(
    "text",
    [
        "The council put the plan on hold.",  # "on hold" under the object
        "The council put its plan to build a bus depot in Riverside on hold.",  # its clause
    ],
)
def test_a_phrase_around_its_object(text: str) -> None:
    assert "put on hold" in _phrases(lexicon.outcome_cues(), text)
