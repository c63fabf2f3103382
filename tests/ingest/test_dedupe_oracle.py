"""Wire-copy merging finds exactly the copies that comparing every pair found.

`merge_copies` compares only the pairs its shingle index proposes; the plain version,
which compares each article with every earlier one, is kept here as the oracle. Random
batches full of copies (trimmed, extended, reworded at the edges, repeated by other
outlets) must merge the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import hypothesis.strategies as st
from builders import article
from hypothesis import given, settings

from briefgen.ingest.dedupe import CONTAINMENT, _same_source, containment, merge_copies, shingles
from briefgen.model import Article

MANY = settings(max_examples=max(200, settings().max_examples))


def plain_merge_copies(articles: Sequence[Article]) -> list[Article]:
    """Each article compared with every earlier one, as merge_copies did (quadratic)."""
    prints = [shingles(a) for a in articles]
    owner = list(range(len(articles)))
    for j in range(len(articles)):
        for i in range(j):
            if owner[i] == i and containment(prints[i], prints[j]) >= CONTAINMENT:
                owner[j] = i
                break
    merged: list[Article] = []
    for i in range(len(articles)):
        if owner[i] != i:
            continue
        members = [articles[k] for k in range(len(articles)) if owner[k] == i]
        members.sort(key=lambda a: -len(a.text))
        main, rest = members[0], []
        for other in members[1:]:
            if not _same_source(main, other) and all(not _same_source(o, other) for o in rest):
                rest.append(other)
        merged.append(replace(main, copies=(*main.copies, *rest)))
    return merged


# Few words, so that shingles repeat across unrelated texts too.
WORDS = ["toll", "bridge", "vote", "council", "road", "tax", "city"]


@st.composite
def batches(draw: st.DrawFn) -> list[Article]:
    """Texts and copies of earlier texts with a few words cut or added at either end."""
    texts: list[list[str]] = []
    made = []
    for n in range(draw(st.integers(0, 10))):
        if texts and draw(st.booleans()):
            words = list(draw(st.sampled_from(texts)))
            cut = draw(st.integers(0, max(0, len(words) // 4)))
            words = words[cut:] if draw(st.booleans()) else words[: len(words) - cut]
            words += draw(st.lists(st.sampled_from(WORDS), max_size=3))
        else:
            words = draw(st.lists(st.sampled_from(WORDS), max_size=40))
        texts.append(words)
        outlet = draw(st.sampled_from(["Herald", "Courier", None]))
        url = draw(st.sampled_from([None, "https://herald.example/toll"]))
        made.append(
            replace(article(" ".join(words) + ".", path=f"{n}.txt"), outlet=outlet, url=url)
        )
    return made


@MANY
@given(batches())
def test_merge_copies_matches_comparing_every_pair(batch: list[Article]) -> None:
    assert merge_copies(batch) == plain_merge_copies(batch)
