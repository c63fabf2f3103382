"""The sentence ranker: what it learns, that it learns it the same way twice, and how
a section chooses its sentences with it and without it."""

from __future__ import annotations

from briefgen.analyse import candidates, ranker
from briefgen.analyse.ranker import Ranker, Weights
from tests.analyse.helpers import LEAD, analysis_of

NAMES = candidates.NAMES
DETAIL = (
    "The depot would hold forty buses and open in two years.",
    "It would cost twelve million pounds, paid from the transport budget.",
    "The site was a car park until the spring.",
    "Buses now park on the street overnight.",
    "The depot would have a roof of solar panels.",
    "Its doors would face away from the houses.",
)


def row(**values: float) -> tuple[float, ...]:
    return tuple(values.get(name, 0.0) for name in NAMES)


def synthetic() -> tuple[dict[str, list[tuple[float, ...]]], dict[str, list[bool]]]:
    """Rows in which a sentence is key exactly when someone speaks in it."""
    rows = [row(speech=float(n % 2), length=float(n % 5)) for n in range(40)]
    labels = [bool(n % 2) for n in range(40)]
    return dict.fromkeys(candidates.SECTIONS, rows), dict.fromkeys(candidates.SECTIONS, labels)


def test_the_fit_learns_a_simple_rule():
    fitted = ranker.fit(*synthetic())
    for key in candidates.SECTIONS:
        spoken, unspoken = fitted.score(key, row(speech=1.0)), fitted.score(key, row())
        assert spoken > 0 > unspoken, key


def test_supporters_learn_from_both_sides_and_opponents_from_their_own():
    rows, labels = synthetic()  # key when someone speaks
    short = [row(short=float(n % 2), length=float(n % 5)) for n in range(40)]
    fitted = ranker.fit(rows | {"supporters": short}, labels)  # supporters: key when short
    assert fitted.score("supporters", row(short=1.0)) > fitted.score("supporters", row())
    assert fitted.score("supporters", row(speech=1.0)) > fitted.score("supporters", row())
    assert fitted.score("opponents", row(short=1.0)) == fitted.score("opponents", row())


def test_the_same_rows_give_the_same_weights_and_they_survive_json():
    first, second = ranker.fit(*synthetic()), ranker.fit(*synthetic())
    assert first.to_json() == second.to_json()
    loaded = ranker.from_json(first.to_json())
    assert loaded is not None
    assert (
        abs(loaded.score("opponents", row(speech=1.0)) - first.score("opponents", row(speech=1.0)))
        < 1e-4
    )


def test_weights_for_other_features_are_not_used():
    data = ranker.fit(*synthetic()).to_json().replace('"rule_rank"', '"retired_feature"')
    assert ranker.from_json(data) is None


def only(name: str, weight: float) -> Ranker:
    """A hand-set ranker that weighs one feature."""
    weights = tuple(weight if n == name else 0.0 for n in NAMES)
    one = Weights((0.0,) * len(NAMES), (1.0,) * len(NAMES), (0.0, *weights))
    return Ranker(tuple((name, one) for name in sorted(set(ranker.REGRESSION.values()))))


def test_a_section_takes_more_points_only_while_the_scores_stay_close():
    scores = [5.0, 4.0, 3.0, 2.0, 1.9, 1.8, 1.7, 0.0]
    assert ranker.size(scores, 0.0, 4) == 4
    assert ranker.size(scores, 0.15, 4) == ranker.MOST_POINTS == 6  # 1.7 would be a seventh
    assert ranker.size([5.0, 4.0, 3.0, 2.0, 1.0], 0.5, 4) == 4  # the fifth trails by 1
    assert ranker.size([5.0, 4.0], 1.0, 4) == 2


def test_the_gap_is_the_widest_that_keeps_sections_to_their_mean_size():
    close = [3.0, 2.0, 1.0, 0.0, -0.1]  # a fifth 0.1 behind the fourth
    far = [3.0, 2.0, 1.0, 0.0, -0.5]  # 0.5 behind
    # a gap of 0.5 would give both five points, over the mean of four and a half
    gap = ranker.fit_gap({("proposal", 1): close, ("proposal", 2): far})
    assert abs(gap - 0.1) < 1e-9
    assert ranker.fit_gap({("proposal", 1): close, ("proposal", 2): close}) == 0.0


def test_the_fit_sets_the_gap_only_when_it_knows_each_rows_story():
    rows = [row(speech=float(n % 2), length=n % 10 / 10) for n in range(40)]
    labels = [bool(n % 2) for n in range(40)]
    by_key = dict.fromkeys(candidates.SECTIONS, rows), dict.fromkeys(candidates.SECTIONS, labels)
    stories = dict.fromkeys(candidates.SECTIONS, [n // 10 for n in range(40)])
    assert ranker.fit(*by_key).gap == 0.0
    fitted = ranker.fit(*by_key, stories)
    assert fitted.gap > 0.0
    loaded = ranker.from_json(fitted.to_json())
    assert loaded is not None and loaded.gap == round(fitted.gap, 6)
    sizes = [
        ranker.size(
            sorted((fitted.score("proposal", r) for r in rows[s : s + 10]), reverse=True),
            fitted.gap,
            4,
        )
        for s in range(0, 40, 10)
    ]
    assert sum(sizes) / len(sizes) <= ranker.MEAN_POINTS


def test_opposition_is_ranked_by_the_order_within_each_story():
    # in four stories the longest sentence is key; four more, of longer sentences, have
    # no key sentence: row by row, length looks like a sign of no key sentence at all
    rows = [row(length=float(base + n)) for base in (0, 10) for _ in range(4) for n in range(5)]
    labels = [base == 0 and n == 4 for base in (0, 10) for _ in range(4) for n in range(5)]
    stories = [(base, s) for base in (0, 10) for s in range(4) for _ in range(5)]
    fitted = ranker.fit(
        dict.fromkeys(candidates.SECTIONS, rows),
        dict.fromkeys(candidates.SECTIONS, labels),
        dict.fromkeys(candidates.SECTIONS, stories),
    )
    assert fitted.score("opponents", row(length=4.0)) > fitted.score("opponents", row())
    # the pointwise regressions learn the reverse from the same rows
    assert fitted.score("proposal", row(length=4.0)) < fitted.score("proposal", row())
    # without the stories, the opponents' regression is pointwise too
    plain = ranker.fit(
        dict.fromkeys(candidates.SECTIONS, rows), dict.fromkeys(candidates.SECTIONS, labels)
    )
    assert plain.score("opponents", row(length=4.0)) < plain.score("opponents", row())


def test_without_a_ranker_a_section_takes_the_rules_first_sentences():
    analysis = analysis_of(LEAD, *DETAIL)
    orders = candidates.rule_orders(analysis)
    with ranker.using(None):
        chosen = ranker.choose(analysis)
    assert chosen["proposal"] == orders["proposal"][:4]
    assert chosen["outcome"] == orders["outcome"][:4]


def test_a_ranker_orders_the_sentences_the_rules_would_not_take():
    analysis = analysis_of(LEAD, *DETAIL)
    with ranker.using(only("late", 1.0)):  # the later in the article, the better
        chosen = ranker.choose(analysis)
    assert [pos for pos, _ in chosen["proposal"]] == [6, 5, 4, 3]


def test_a_ranker_with_a_gap_takes_the_close_calls_after_the_fourth():
    late = only("late", 1.0)  # each sentence scores 1/6 below the one after it
    analysis = analysis_of(LEAD, *DETAIL)
    with ranker.using(Ranker(late.regressions, gap=0.2)):
        chosen = ranker.choose(analysis)
    assert [pos for pos, _ in chosen["proposal"]] == [6, 5, 4, 3, 2, 1]
    with ranker.using(Ranker(late.regressions, gap=0.1)):
        assert len(ranker.choose(analysis)["proposal"]) == 4


def test_a_side_no_one_takes_stays_empty_under_a_ranker():
    analysis = analysis_of(LEAD, *DETAIL)
    assert not candidates.rule_orders(analysis)["opponents"]
    with ranker.using(only("late", 1.0)):
        assert ranker.choose(analysis)["opponents"] == []


def test_every_sentence_is_a_candidate_with_one_value_per_feature():
    analysis = analysis_of(LEAD, *DETAIL)
    found = candidates.candidates(analysis)
    for key in candidates.SECTIONS:
        assert [c.pos for c in found[key]] == list(range(len(DETAIL) + 1))
        assert all(len(c.values) == len(NAMES) for c in found[key])
    lead = found["proposal"][0].values
    assert lead[NAMES.index("lead")] == 1.0 and lead[NAMES.index("rule_chosen")] == 1.0
