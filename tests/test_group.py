import datetime as dt
import random
from dataclasses import replace

from builders import article
from sourcefiles import MEALS, TOLL, TRAM

from briefgen.group import group


def made(stories, n, date=None):
    title, day, paragraphs = stories[n]
    return article(*paragraphs, title=title, date=date or day, path=f"{title}.txt")


def titles(stories):
    return [[a.title for a in s.articles] for s in stories]


def test_articles_about_the_same_proposal_become_one_story_each():
    mixed = [
        made(TRAM, 0),
        made(TOLL, 0),
        made(MEALS, 0),
        made(TOLL, 1),
        made(TRAM, 1),
        made(MEALS, 1),
    ]
    assert titles(group(mixed)) == [
        [TRAM[0][0], TRAM[1][0]],
        [TOLL[0][0], TOLL[1][0]],
        [MEALS[0][0], MEALS[1][0]],
    ]


def test_grouping_does_not_depend_on_input_order_beyond_story_order():
    mixed = [made(s, n) for s in (TRAM, TOLL, MEALS) for n in (0, 1)]
    random.Random(7).shuffle(mixed)
    found = {frozenset(a.title for a in s.articles) for s in group(mixed)}
    assert found == {frozenset(t for t, _, _ in s) for s in (TRAM, TOLL, MEALS)}


def test_story_lists_its_articles_oldest_first():
    later, earlier = made(TOLL, 1), made(TOLL, 0)
    (story,) = group([later, earlier])
    assert story.title == TOLL[0][0]


def test_articles_far_apart_in_time_are_separate_stories():
    old = made(TRAM, 0, date="2019-01-10")
    assert len(group([old, made(TRAM, 1)], window_days=365)) == 2
    assert len(group([old, made(TRAM, 1)], window_days=3650)) == 1


def test_one_brief_puts_everything_together():
    mixed = [made(TRAM, 0), made(TOLL, 0)]
    (story,) = group(mixed, one_brief=True)
    assert {a.title for a in story.articles} == {TRAM[0][0], TOLL[0][0]}


def test_undated_articles_still_group_and_come_last():
    undated = replace(made(MEALS, 1), date=None)
    (story,) = group([undated, made(MEALS, 0)])
    assert [a.date for a in story.articles] == [dt.date(2024, 3, 5), None]


def test_single_article_and_no_articles():
    assert titles(group([made(TRAM, 0)])) == [[TRAM[0][0]]]
    assert group([]) == []
