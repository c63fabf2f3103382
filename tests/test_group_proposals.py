"""Grouping on what is proposed, not on who is named.

The articles are written for these tests (an invented country, minister and
parties): two plans of one minister in one month, reported in the same words about
the same people, and one of them reported again weeks later by another outlet.
"""

import json

from builders import article
from sourcefiles import html_page, write

from briefgen.cli import main
from briefgen.group import group, people, singular, terms

LORRY_CHARGE = (
    "Minister unveils lorry congestion charge for city centres",
    "2025-03-02",
    [
        "Transport Secretary Tomas Okafor has unveiled plans for a congestion charge on "
        "heavy lorries entering city centres during the day.",
        "Under the scheme, lorries over 12 tonnes would pay a daily charge, with the money "
        "going to bus services and cycle lanes.",
        "Mr Okafor told Parliament the congestion charge would cut delays and pollution.",
        "The opposition Civic Party said the charge was a tax on small hauliers, and its "
        "transport spokeswoman Ines Varga said the lorry charge would push up shop prices.",
        "Mr Okafor's Union Party has a majority of 40 in Parliament.",
    ],
)

NIGHT_FLIGHTS = (
    "Minister plans night flight ban at regional airports",
    "2025-03-20",
    [
        "Transport Secretary Tomas Okafor wants to ban night flights at regional airports "
        "between 11pm and 6am.",
        "Residents near runways have complained for years about aircraft noise keeping them awake.",
        "Mr Okafor told Parliament the night flight ban would protect the sleep of "
        "families living under flight paths.",
        "The opposition Civic Party said the ban would cost jobs at airports, and its "
        "transport spokeswoman Ines Varga said airlines would move routes abroad.",
        "Mr Okafor's Union Party has a majority of 40 in Parliament.",
    ],
)

LORRY_CHARGE_LATER = (
    "Hauliers lose fight against city lorry charge",
    "2025-04-28",
    [
        "Road hauliers have lost their campaign against the daily congestion charge on "
        "heavy lorries in city centres, after MPs approved it by 212 votes to 170.",
        "Lorries over 12 tonnes will pay to enter city centres between 7am and 7pm "
        "from next January.",
        "The Road Haulage Federation said many small firms would go out of business.",
        "The government says the charge will fund buses and cycle lanes.",
    ],
)


def made(story, path):
    title, day, paragraphs = story
    return article(*paragraphs, title=title, date=day, path=path)


def members(stories):
    return [[a.path for a in s.articles] for s in stories]


def test_two_plans_of_one_minister_in_one_month_are_two_stories():
    batch = [made(LORRY_CHARGE, "lorry.txt"), made(NIGHT_FLIGHTS, "flights.txt")]
    assert members(group(batch)) == [["lorry.txt"], ["flights.txt"]]


def test_one_plan_reported_on_different_days_by_different_outlets_is_one_story():
    batch = [
        made(LORRY_CHARGE_LATER, "later.txt"),
        made(NIGHT_FLIGHTS, "flights.txt"),
        made(LORRY_CHARGE, "lorry.txt"),
    ]
    assert members(group(batch)) == [["lorry.txt", "later.txt"], ["flights.txt"]]


def test_people_named_with_a_title_are_not_terms():
    lorry = made(LORRY_CHARGE, "lorry.txt")
    assert {"okafor", "tomas"} <= people(lorry)
    assert "varga" not in people(lorry)  # never "Ms Varga": kept, a rare slip
    found = terms(lorry)
    assert not {"okafor", "tomas", "tomas okafor"} & set(found)
    assert found["congestion charge"] > found["congestion"] / 2
    assert found["lorry"] > 0  # "lorries" and "lorry" are one term


def test_plurals_fold_by_spelling():
    assert [singular(w) for w in ("casinos", "policies", "taxes", "bus", "crisis", "class")] == [
        "casino",
        "policy",
        "tax",
        "bus",
        "crisis",
        "class",
    ]


def test_acronyms_keep_their_capitals():
    found = terms(article("The US backs the ID cards plan.", title="ID cards"))
    assert found["ID card"] > 0 and "us" not in found and found["US"] > 0


def sample_format(story) -> str:
    title, day, paragraphs = story
    return f" date {day} Title: {title}\n\n" + "\n\n".join(paragraphs) + "\n"


def test_stories_json_lists_each_story_with_its_articles(runner, tmp_path):
    write(tmp_path, "lorry.txt", sample_format(LORRY_CHARGE))
    write(tmp_path, "flights.txt", sample_format(NIGHT_FLIGHTS))
    title, day, paragraphs = LORRY_CHARGE_LATER
    page = html_page(title, day, paragraphs, outlet="Haulage Weekly", url="https://hw.example/1")
    write(tmp_path, "later.html", page)
    result = runner.invoke(main, ["stories", "--json", str(tmp_path)])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    # Files are read in name order (flights, later, lorry); a story is titled by its
    # oldest article, and stories come in the order of their first file.
    assert [(s["number"], s["title"]) for s in found["stories"]] == [
        (1, NIGHT_FLIGHTS[0]),
        (2, LORRY_CHARGE[0]),
    ]
    lorry = found["stories"][1]
    assert lorry["articles"] == [
        {
            "title": LORRY_CHARGE[0],
            "date": "2025-03-02",
            "outlet": None,
            "path": str(tmp_path / "lorry.txt"),
            "url": None,
            "copies": [],
        },
        {
            "title": LORRY_CHARGE_LATER[0],
            "date": "2025-04-28",
            "outlet": "Haulage Weekly",
            "path": str(tmp_path / "later.html"),
            "url": "https://hw.example/1",
            "copies": [],
        },
    ]
    assert list(lorry) == ["number", "title", "articles"]
