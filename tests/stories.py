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
