"""Generated story files for layout tests: a three-source story and a long article.

Made up for these tests (no real outlet), written as files so they go through the
real loaders: the outlet, URL and date of a web page come from its meta tags.
"""

from __future__ import annotations

from pathlib import Path

# One proposal told by three outlets, for the layout of a multi-source brief. Each is
# written as a saved article (`date ... Title: ...`, then paragraphs), with an outlet
# and URL where a reader would find it; the third is a local file with neither.
TOLL_STORY = {
    "toll-herald": (
        "2024-03-04",
        "Riverside Council Proposes a Congestion Toll on the Old Bridge",
        [
            "The Riverside city council proposed a congestion toll of four euros a day on "
            "cars crossing the Old Bridge on Monday. Mayor Ines Varga said the toll would "
            "pay for a new tram line and cut the queues that block the bridge every morning.",
            "The Chamber of Commerce opposed the toll. “Shoppers will simply drive to the "
            "malls outside the city,” said Tomas Reil, the chamber's president.",
            "The Cyclists' Union supported the plan and asked for a protected lane on the "
            "bridge. Its chair, Amira Castel, said the bridge was the most dangerous crossing "
            "in the region.",
        ],
    ),
    "toll-gazette": (
        "2024-03-05",
        "Traders Warn Old Bridge Toll Would Empty the Centre",
        [
            "Shop owners on Quay Street warned that the proposed toll on the Old Bridge "
            "would empty the city centre. The Retailers' Association said takings had "
            "already fallen by a tenth since the bridge works began.",
            "Deputy mayor Paul Brandt defended the plan. “Every euro of the toll goes into "
            "the tram, and the tram brings the shoppers back,” he said.",
            "The Green Party backed the toll but asked that it apply to lorries as well. "
            "The Drivers' Club called it a tax on people who live outside the tram network.",
            "The council will vote on the toll in April after a public consultation.",
        ],
    ),
    "toll-notes": (
        "2024-03-08",
        "Council Delays Vote on Bridge Toll After Consultation Draws Thousands",
        [
            "Riverside council postponed its vote on the Old Bridge toll until June after "
            "more than four thousand residents answered the consultation.",
            "Mayor Ines Varga said the council would publish every answer before it voted. "
            "The Chamber of Commerce welcomed the delay and repeated its opposition.",
            "Transport minister Lena Okafor said the government would fund half of the tram "
            "line if the toll passed. The Drivers' Club promised to challenge the toll in court.",
        ],
    ),
}
TOLL_OUTLETS = {
    "toll-herald": ("Riverside Herald", "https://herald.example/news/bridge-toll"),
    "toll-gazette": ("Quay Street Gazette", "https://gazette.example/2024/03/toll-traders"),
}


def write_toll_story(folder: Path) -> list[Path]:
    """The three toll articles as files in `folder`: two as saved web pages (outlet and
    URL in their meta tags), one as plain text with neither."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (date, title, paragraphs) in TOLL_STORY.items():
        if name in TOLL_OUTLETS:
            outlet, url = TOLL_OUTLETS[name]
            body = "".join(f"<p>{p}</p>" for p in paragraphs)
            page = (
                f'<html lang="en"><head><title>{title}</title>'
                f'<meta property="og:site_name" content="{outlet}">'
                f'<meta property="og:url" content="{url}">'
                f'<meta property="article:published_time" content="{date}T08:00:00Z">'
                f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
            )
            path = folder / f"{name}.html"
            path.write_text(page, "utf-8")
        else:
            path = folder / f"{name}.txt"
            path.write_text(f" date {date} Title: {title}\n\n" + "\n\n".join(paragraphs), "utf-8")
        paths.append(path)
    return paths


_LONG_TURNS = (
    "The finance committee proposed a levy of {n} per cent on vacant homes in district {n}.",
    "Councillor Maria Lenz said the levy would bring {n} empty flats back onto the market.",
    "The Landlords' Federation opposed the levy and said it would punish owners who "
    "renovate slowly in district {n}.",
    "“We cannot wait another {n} years for the market to fix itself,” said Maria Lenz.",
    "The Tenants' Alliance supported the plan and published a list of {n} empty buildings.",
    "Economist Omar Haddad said the evidence from other cities was mixed, and that "
    "district {n} had fewer vacant homes than the committee claimed.",
)


def long_article_text(paragraphs: int = 40) -> str:
    """A full-length saved article (about 60 words a paragraph) on one proposal, for
    page breaks: the same few actors argue over many paragraphs."""
    body = []
    for n in range(paragraphs):
        turn = _LONG_TURNS[n % len(_LONG_TURNS)].format(n=n + 2)
        body.append(f"{turn} {_LONG_TURNS[(n + 3) % len(_LONG_TURNS)].format(n=n + 7)}")
    body.append("The council postponed the vote on the vacant homes levy until the autumn.")
    title = "Finance Committee Proposes a Levy on Vacant Homes"
    return f" date 2024-06-12 Title: {title}\n\n" + "\n\n".join(body) + "\n"
