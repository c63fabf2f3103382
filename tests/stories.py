"""Small made-up policy articles written for these tests, as sample-format files."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "harbour-tax": (
        "2024-03-04",
        "Port Alden Council Proposes a Harbour Tax on Cruise Ships",
        [
            "The Port Alden city council proposed a harbour tax of ten euros per cruise "
            "passenger on Monday. Mayor Ines Varga said the money would repair the old quay.",
            "The Cruise Operators Guild opposed the tax. “Visitors will simply sail past us,” "
            "said Tomas Reil, the guild's chair.",
            "Shopkeepers on Quay Street backed the plan, saying crowds already block the lane. "
            "The council will vote on the tax in April.",
        ],
    ),
    "night-trains": (
        "2023-11-20",
        "Ministers Back Plan to Revive Night Trains Across the North",
        [
            "Transport minister Lena Okafor proposed reviving three night-train lines across "
            "the northern provinces. She said rail was the cleanest way to cross the region.",
            "The Regional Airline Association criticised the plan as a waste of public money. "
            "Its director, Paul Brandt, said demand was too low.",
            "Parliament approved the first line on Thursday by a wide margin.",
        ],
    ),
    "school-phones": (
        "2024-09-02",
        "Education Board Weighs Ban on Phones in Classrooms",
        [
            "The Lakeshire education board proposed banning mobile phones in classrooms from "
            "January. Board chair Amira Castel said pupils needed fewer distractions.",
            "The pupils' union opposed the ban. “We use our phones to learn,” said its "
            "spokesperson, Dev Patel.",
            "Parents' groups supported the idea. The board postponed its decision until spring.",
        ],
    ),
}


def write_articles(folder: Path, names: list[str] | None = None) -> Path:
    """Write the test articles (all, or `names`) into `folder` as .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or list(ARTICLES):
        date, title, paragraphs = ARTICLES[name]
        body = "\n\n".join(paragraphs)
        (folder / f"{name}.txt").write_text(f" date {date} Title: {title}\n\n{body}\n", "utf-8")
    return folder


# One proposal told by three outlets: a story with several sources, many actors (one
# with a very long name) and quotes on both sides, as page composition is tested on.
CONGESTION = {
    "congestion-herald": (
        "2025-02-03",
        "Valmora Mayor Proposes a Congestion Charge for the Old Town",
        [
            "Valmora's mayor, Sofia Brandt, proposed a daily congestion charge of eight euros "
            "for cars entering the old town on Monday. Brandt said the charge would cut "
            "traffic by a third and pay for new tram lines.",
            "The Green Alliance welcomed the proposal. “Clean air is not a luxury,” said "
            "Marta Quist, the alliance's spokesperson.",
            "The Federation of Small Retailers and Independent Shopkeepers of the Northern "
            "Districts opposed the charge, saying it would drive customers to the malls on "
            "the ring road.",
            "The city council will vote on the charge in March.",
        ],
    ),
    "congestion-courier": (
        "2025-02-04",
        "Shopkeepers and Taxi Drivers Line Up Against Valmora's Road Charge",
        [
            "The Valmora Chamber of Commerce criticised the congestion charge as a tax on "
            "workers who cannot afford the tram. Its president, Henrik Dahl, said the city "
            "had not studied the effect on small firms.",
            "The Taxi Drivers' Association also rejected the plan. “Our members will pay "
            "twice, once at the barrier and once in lost fares,” said Nadia Ferreira, who "
            "leads the association.",
            "The Cyclists' Union backed the charge and asked for the money to go to safe "
            "cycle lanes. Transport minister Karl Osei said the government would study the "
            "plan but had doubts about its cost.",
        ],
    ),
    "congestion-times": (
        "2025-03-12",
        "Valmora Council Delays Vote on Congestion Charge",
        [
            "The Valmora city council postponed its vote on the congestion charge until "
            "June after a heated debate on Tuesday.",
            "Councillor Pia Lund, who leads the opposition group, said the charge was "
            "rushed. “We cannot ask families to pay before the trams run,” she said.",
            "Mayor Sofia Brandt said she would present a revised plan with exemptions for "
            "residents. The Green Alliance urged the council to approve it without delay.",
            "The Residents' Association of the Old Town supported the charge, saying the "
            "streets had become unsafe for children.",
        ],
    ),
}

# Who says what in the long article: (name, role, stance verb phrase, reason).
_VOICES = (
    (
        "Minister Aleksander Nowak",
        "the finance minister",
        "proposed",
        "the levy would raise two billion a year for flood defences",
    ),
    (
        "the Coastal Communities Network",
        "a group of seaside towns",
        "supported",
        "towns on the shore had waited a decade for new sea walls",
    ),
    (
        "the National Farmers' Confederation",
        "the farmers' lobby",
        "opposed",
        "the levy would fall hardest on farms in the river valleys",
    ),
    (
        "Senator Ruth Okonkwo",
        "chair of the budget committee",
        "criticised",
        "the government had not said how the money would be ring-fenced",
    ),
    (
        "the Insurance Federation",
        "the insurers' trade body",
        "welcomed",
        "lower flood damage would keep premiums affordable",
    ),
    (
        "Mayor Tobias Lindqvist",
        "the mayor of Eastharbour",
        "backed",
        "his city had flooded three times in five years",
    ),
    (
        "the Confederation of European Business Associations and Chambers of Commerce",
        "a business federation",
        "rejected",
        "a new levy would deter investment at a difficult time",
    ),
    (
        "the Green Party",
        "the opposition party",
        "supported",
        "climate adaptation could not wait for the next election",
    ),
)


def long_article(rounds: int = 6) -> tuple[str, str, list[str]]:
    """A long made-up article (about 250 words a round) on one proposal, with many
    actors, quotes on both sides and an outcome: (date, title, paragraphs)."""
    paragraphs = [
        "The government proposed a national flood levy on Monday, a charge of forty "
        "euros a year on every household to pay for sea walls and river defences. "
        "Finance minister Aleksander Nowak said the levy would raise two billion a year."
    ]
    for n in range(rounds):
        for name, role, verb, reason in _VOICES[n % 2 :: 2] if n % 3 else _VOICES:
            who = name[0].upper() + name[1:]
            paragraphs.append(
                f"{who}, {role}, {verb} the levy in round {n + 1} of the debate, saying "
                f"{reason}. The argument was repeated at a hearing in the capital, where "
                f"witnesses spoke for more than an hour about the cost of the defences "
                f"and about who should pay for them."
            )
        paragraphs.append(
            f"“We cannot keep paying for the damage after every storm,” said Aleksander "
            f"Nowak at the {n + 1}. hearing. “The levy is unfair to people who live far "
            f"from any river,” said Ruth Okonkwo in reply."
        )
    paragraphs.append(
        "Parliament postponed its vote on the levy until the autumn, after the budget "
        "committee asked for a study of its effect on rural households."
    )
    return "2025-04-07", "Government Proposes a National Flood Levy", paragraphs


def write_story(folder: Path, articles: dict[str, tuple[str, str, list[str]]]) -> list[Path]:
    """Write `articles` (name → date, title, paragraphs) into `folder` as .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (date, title, paragraphs) in articles.items():
        path = folder / f"{name}.txt"
        body = "\n\n".join(paragraphs)
        path.write_text(f" date {date} Title: {title}\n\n{body}\n", "utf-8")
        paths.append(path)
    return paths
