"""Two deliberately simple baselines, scored beside the engine for scale.

- lead-3: the first three sentences of the story in every section; no actors.
- cue-word: capitalised names in sentences holding a support or an opposition word;
  the first such sentences as the sections; the first outcome word as the status.
They use their own small word lists on purpose: they show what naive methods reach.
"""

from __future__ import annotations

import re

from briefgen.model import (
    DEFAULT_HEADINGS,
    Actor,
    Brief,
    Citation,
    Engine,
    Outcome,
    Point,
    Section,
    Story,
    slug_for,
)

SUPPORT = re.compile(
    r"\b(support\w*|back(s|ed|ing)?|favou?r\w*|approv\w*|prais\w*|welcom\w*|endors\w*|applaud\w*)\b",
    re.I,
)
OPPOSE = re.compile(
    r"\b(oppos\w*|against|reject\w*|critici[sz]\w*|critics?|condemn\w*|denounc\w*|slam\w*)\b", re.I
)
STATUS = [
    ("passed", re.compile(r"\bpass(ed|es)\b", re.I)),
    ("approved", re.compile(r"\bapprov(ed|es)\b", re.I)),
    ("rejected", re.compile(r"\b(reject(ed|s)|vetoe?d|denied|voted down)\b", re.I)),
    ("withdrawn", re.compile(r"\bwithdr[ae]wn?\b", re.I)),
    ("postponed", re.compile(r"\b(postponed|delayed)\b", re.I)),
    ("pending", re.compile(r"\b(will vote|pending|scheduled)\b", re.I)),
]
NAME = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*")
NOT_NAMES = {
    "The",
    "A",
    "An",
    "But",
    "However",
    "In",
    "On",
    "At",
    "It",
    "He",
    "She",
    "They",
    "This",
    "We",
    "I",
}


def _sentences(story: Story) -> list[tuple[str, Citation]]:
    return [
        (s.text, Citation(f"s{n}", s.index))
        for n, article in enumerate(story.articles, start=1)
        for s in article.sentences
    ]


def _brief(
    story: Story,
    name: str,
    sections: dict[str, list[tuple[str, Citation]]],
    actors: tuple[Actor, ...],
    status: str,
) -> Brief:
    date = max((a.date for a in story.articles if a.date), default=None)
    title = story.title
    return Brief(
        title=title,
        date=date,
        slug=slug_for(date, title),
        summary="",
        proposal="",
        sections=tuple(
            Section(key, heading, tuple(Point(text, (c,)) for text, c in sections.get(key, [])))
            for key, heading in DEFAULT_HEADINGS.items()
        ),
        actors=actors,
        quotes=(),
        outcome=Outcome(status, ""),
        sources=(),
        engine=Engine(name, "baseline"),
    )


def lead3(story: Story) -> Brief:
    """The first three sentences in every section."""
    first = _sentences(story)[:3]
    return _brief(story, "lead-3", {key: first for key in DEFAULT_HEADINGS}, (), "unknown")


def _names(text: str) -> list[str]:
    names = []
    for match in NAME.finditer(text):
        words = match.group().split()
        while words and words[0] in NOT_NAMES:
            words.pop(0)
        if words:
            names.append(" ".join(words))
    return names


def cue_words(story: Story) -> Brief:
    """Capitalised names in sentences with support or opposition words."""
    sentences = _sentences(story)
    support = [(t, c) for t, c in sentences if SUPPORT.search(t)]
    oppose = [(t, c) for t, c in sentences if OPPOSE.search(t)]
    actors: list[Actor] = []
    seen: set[tuple[str, str]] = set()
    for stance, chosen in (("supporter", support), ("opponent", oppose)):
        for text, c in chosen:
            for name in _names(text):
                if (name, stance) not in seen:
                    seen.add((name, stance))
                    actors.append(
                        Actor(f"a{len(actors) + 1}", name, "person", stance, evidence=(c,))
                    )
    status, outcome = "unknown", []
    for text, c in sentences:
        for label, pattern in STATUS:
            if pattern.search(text):
                if status == "unknown":
                    status = label
                outcome.append((text, c))
                break
    sections = {
        "proposal": sentences[:3],
        "supporters": support[:3],
        "opponents": oppose[:3],
        "outcome": outcome[:3],
    }
    return _brief(story, "cue-word", sections, tuple(actors), status)


BASELINES = {"lead-3": lead3, "cue-word": cue_words}
