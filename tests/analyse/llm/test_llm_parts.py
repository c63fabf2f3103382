"""A long story is asked about in parts, whole sources together while they fit, and
the answers are merged by the offline engine's rules."""

from __future__ import annotations

from briefgen.analyse.llm.answer import ActorClaim, Answer, Cited, merge
from briefgen.analyse.llm.prompt import parts
from briefgen.analyse.nlp import Sent


def sents(*sources: list[str]) -> list[Sent]:
    out: list[Sent] = []
    for article, texts in enumerate(sources):
        for index, text in enumerate(texts):
            out.append(Sent(len(out), article, index, 0, text, None, index == 0))  # type: ignore[arg-type]
    return out


def shape(chunks: list[list[Sent]]) -> list[list[tuple[int, int]]]:
    return [[(s.article, s.index) for s in chunk] for chunk in chunks]


def test_whole_sources_share_a_part_while_they_fit():
    story = sents(["a" * 20], ["b" * 20], ["c" * 20, "d" * 20, "e" * 20])
    # each sentence counts its length plus 8 for its [n:m] label: 28; the third source
    # (84) fits a part of its own rather than being cut after one sentence
    assert shape(parts(story, limit=90)) == [[(0, 0), (1, 0)], [(2, 0), (2, 1), (2, 2)]]


def test_a_source_longer_than_a_part_is_cut_between_sentences():
    story = sents(["a" * 20], ["b" * 20, "c" * 20, "d" * 20, "e" * 20])
    chunks = shape(parts(story, limit=60))
    assert chunks == [[(0, 0)], [(1, 0), (1, 1)], [(1, 2), (1, 3)]]
    assert shape(parts(story)) == [[(0, 0), (1, 0), (1, 1), (1, 2), (1, 3)]]


def test_merged_answers_take_the_earliest_proposal_and_the_latest_outcome():
    first = Answer(
        proposal=Cited("A tram line", ("1:1",)),
        actors=[ActorClaim("Ann Ross", "person", "proposer", ("1:1",))],
        status=Cited("approved", ("1:2",)),
    )
    second = Answer(
        proposal=Cited("A tram", ("2:1",)),
        actors=[ActorClaim("Ben Lee", "person", "opponent", ("2:1",))],
        status=Cited("rejected", ("2:3",)),
    )
    merged = merge([first, second], latest=0)
    assert merged.proposal == first.proposal
    assert [a.name for a in merged.actors] == ["Ann Ross", "Ben Lee"]
    assert merged.status == first.status
    assert merge([first, second], latest=1).status == second.status
