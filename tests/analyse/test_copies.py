"""Repeated wire copy: the indexed finder decides as comparing every pair would, and its
work grows with the story, not with the square of it."""

from __future__ import annotations

import random
from collections import Counter
from difflib import SequenceMatcher

from briefgen.analyse import copies


def _every_pair(sentences: list[tuple[int, str]]) -> set[int]:
    """The rule itself: a sentence nearly equal (difflib ratio ≥ 0.85, words in order) to
    an earlier sentence of at least 6 words from another article."""
    out = set()
    for i, (article, text) in enumerate(sentences):
        for other, earlier in sentences[:i]:
            a, b = earlier.lower().split(), text.lower().split()
            if other != article and len(a) >= 6:
                if SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85:
                    out.add(i)
                    break
    return out


def _edited(words: list[str], vocabulary: list[str], rng: random.Random) -> list[str]:
    words = list(words)
    for _ in range(rng.randint(0, 4)):
        op = rng.randrange(3)
        if op == 0 and words:
            words[rng.randrange(len(words))] = rng.choice(vocabulary)
        elif op == 1:
            words.insert(rng.randint(0, len(words)), rng.choice(vocabulary))
        elif words:
            words.pop(rng.randrange(len(words)))
    return words


def test_the_index_finds_exactly_the_copies_that_comparing_every_pair_finds() -> None:
    rng = random.Random(7)
    found = 0
    for _ in range(400):
        # few words, many repeats and near-misses: the cases where a filter could err
        vocabulary = [f"w{k}" for k in range(rng.randint(2, 25))] + ["The", "the", "THE"]
        wires = [
            [rng.choice(vocabulary) for _ in range(rng.randint(0, 22))]
            for _ in range(rng.randint(1, 5))
        ]
        story = [
            (rng.randint(0, 3), " ".join(_edited(rng.choice(wires), vocabulary, rng)))
            for _ in range(rng.randint(1, 20))
        ]
        expected = _every_pair(story)
        assert copies.duplicates(story) == expected, story
        found += len(expected)
    assert found > 500  # the stories did hold copies to find


def _distinct_story(articles: int, per_article: int = 8) -> list[tuple[int, str]]:
    """Articles of their own sentences, with some words every story shares."""
    return [
        (a, f"officials said the p{a}x{k} plan would cost c{a}x{k} dollars for d{a}x{k} e{a}x{k}")
        for a in range(articles)
        for k in range(per_article)
    ]


def _finder(story: list[tuple[int, str]]) -> copies.Finder:
    rarity: Counter[copies.Item] = Counter()
    for _, text in story:
        rarity.update(copies.items(copies.copy_words(text)))
    finder = copies.Finder(rarity)
    for article, text in story:
        finder.add(article, text)
    return finder


def test_sentences_that_share_only_common_words_are_never_compared() -> None:
    # comparing each sentence with every earlier one would make ~150,000 comparisons;
    # sharing 7 of 11 words, no two can be copies
    assert _finder(_distinct_story(70)).compared == 0


def test_comparisons_grow_with_the_story_not_its_square() -> None:
    def story(articles: int) -> list[tuple[int, str]]:
        wire = [
            f"the agency said plan w{k} would cost x{k} million over y{k} years z{k}"
            for k in range(4)
        ]
        own = _distinct_story(articles, per_article=4)
        return [(a, text) for a in range(articles) for text in wire] + own

    small, large = _finder(story(20)), _finder(story(200))
    # every repeated wire sentence is settled by about one comparison
    assert large.compared <= 2 * 4 * 200
    assert large.compared <= 12 * small.compared


def test_one_article_repeats_no_other() -> None:
    text = "the council voted on monday to approve the new depot plan"
    assert copies.duplicates([(0, text), (0, text)]) == set()
    assert copies.duplicates([(0, text), (1, text)]) == {1}


def test_a_copy_exactly_at_the_ratio_is_found_either_way_round() -> None:
    # 17 of 23 words: 2 × 17 / (23 + 17) = 0.85, the least ratio of a copy
    long = [f"w{k}" for k in range(23)]
    short = long[:17]
    assert copies.duplicates([(0, " ".join(long)), (1, " ".join(short))]) == {1}
    assert copies.duplicates([(0, " ".join(short)), (1, " ".join(long))]) == {1}
    # one word fewer in common is not a copy
    fewer = long[:16] + ["other"]
    assert copies.duplicates([(0, " ".join(long)), (1, " ".join(fewer))]) == set()
