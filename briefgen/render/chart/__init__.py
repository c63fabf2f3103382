"""The stance chart: who stands where, and how much of the brief each actor takes.

The template places the chart by printing `{{ stance_chart }}`, a fenced Markdown
block whose lines carry the data (`supporter 3 Name`: stance, cited sentences, name),
so the one Markdown document says where the chart goes and what it shows, and reads
sensibly as plain Markdown. `layout` turns the data into boxes and labels once;
`chart.draw` draws that layout with reportlab graphics (PDF) and with Pillow (the PNG
in the DOCX).

One row per actor, grouped by stance: the stance, the actor's full name (wrapped,
never cut), and a bar as long as the number of distinct source sentences the brief
cites for them (their evidence, their points and their quotes). A caption under the
bars says so: an earlier chart printed each actor's share of those sentences as a bare
percentage, which beside a referendum result read as a vote share.

The chart and the actor table show the same actors (`top_actors`): those the bottom
line names and the leading voice of each stance come first, so the chart never lacks
a stance the brief names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from briefgen.model import Actor, Brief, Citation
from briefgen.render.escape import MarkdownSafe, xml_clean
from briefgen.render.lines import Measure, wrap

FENCE_INFO = "chart"
STANCE_ORDER = ("proposer", "supporter", "mixed", "neutral", "opponent")
STANCE_LABELS = {
    "proposer": "Proposes",
    "supporter": "Supports",
    "mixed": "Mixed",
    "neutral": "Neutral",
    "opponent": "Opposes",
}
# Colour-blind-safe hues (Okabe–Ito palette), one per stance.
STANCE_COLOURS = {
    "proposer": "#0072B2",
    "supporter": "#009E73",
    "mixed": "#E69F00",
    "neutral": "#999999",
    "opponent": "#D55E00",
}
CAPTION = (
    "Bar length and number: the source sentences this brief cites for each actor "
    "(their evidence, points and quotes)."
)


@dataclass(frozen=True)
class Entry:
    stance: str
    sentences: int  # distinct source sentences cited for the actor
    name: str


@dataclass(frozen=True)
class Box:
    x: float
    y: float  # from the bottom, as in PDF
    width: float
    height: float
    fill: str


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # baseline, from the bottom
    text: str
    size: float
    colour: str = "#1A1A1A"
    bold: bool = False
    max_width: float = 0.0  # 0: no limit


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    boxes: tuple[Box, ...]
    labels: tuple[Label, ...]


def coverage(brief: Brief) -> dict[str, int]:
    """Actor id → distinct sentences cited for them (at least 1)."""
    cites: dict[str, set[Citation]] = {a.id: set(a.evidence) for a in brief.actors}
    for section in brief.sections:
        for point in section.points:
            if point.actor in cites:
                cites[point.actor].update(point.citations)
    for quote in brief.quotes:
        if quote.speaker in cites:
            cites[quote.speaker].add(quote.citation)
    return {actor_id: max(1, len(found)) for actor_id, found in cites.items()}


def named_actors(brief: Brief) -> set[str]:
    """Ids of the actors the bottom line names, by name or alias, as whole words.

    Longer names are matched first and blanked out, so "Brandt" is not taken as named
    where the bottom line says "Sofia Brandt" (an engine may list both)."""
    text = brief.summary
    named: set[str] = set()
    forms = sorted(
        ((name, actor.id) for actor in brief.actors for name in (actor.name, *actor.aliases)),
        key=lambda form: (-len(form[0]), form),
    )
    for name, actor_id in forms:
        if not name.strip():
            continue
        pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
        if re.search(pattern, text):
            named.add(actor_id)
            text = re.sub(pattern, " ", text)
    return named


def _leaders(actors: Iterable[Actor], weights: dict[str, int] | None = None) -> set[str]:
    """Ids of the most cited actor of each stance but neutral (`actors` in that order
    already when `weights` is None)."""
    if weights is not None:
        actors = sorted(actors, key=lambda a: (-weights[a.id], a.name, a.id))
    leaders: dict[str, str] = {}
    for actor in actors:
        if actor.stance != "neutral":
            leaders.setdefault(actor.stance, actor.id)
    return set(leaders.values())


def ranked_actors(brief: Brief) -> list[Actor]:
    """Actors in the order the chart and the actor table keep them under a limit.

    First the leading voice of each stance other than neutral (so no stance the
    brief reports is missing), then those the bottom line names, then the others
    with a stance, then by coverage.
    """
    weights = coverage(brief)
    by_weight = sorted(brief.actors, key=lambda a: (-weights[a.id], a.name, a.id))
    leading, named = _leaders(by_weight), named_actors(brief)
    return sorted(
        by_weight,
        key=lambda a: (
            a.id not in leading,
            a.id not in named,
            a.stance == "neutral",
            -weights[a.id],
            a.name,
            a.id,
        ),
    )


def essential(brief: Brief) -> int:
    """How many actors head `ranked_actors` because they must be shown: each stance's
    leading voice and those the bottom line names (a page budget keeps at least these)."""
    return len(named_actors(brief) | _leaders(brief.actors, coverage(brief)))


def top_actors(brief: Brief, limit: int | None = None) -> set[str]:
    """Ids of the `limit` actors shown (all when `limit` is None), see `ranked_actors`;
    never fewer than the `essential` ones, whom the bottom line names."""
    if limit is not None:
        limit = max(limit, essential(brief))
    return {a.id for a in ranked_actors(brief)[:limit]}


def entries(brief: Brief, limit: int | None = None) -> list[Entry]:
    """One entry per shown actor, grouped by stance, most cited first in a group."""
    weights = coverage(brief)
    shown = top_actors(brief, limit)
    rank = {stance: n for n, stance in enumerate(STANCE_ORDER)}
    actors = sorted(
        (a for a in brief.actors if a.id in shown),
        key=lambda a: (rank.get(a.stance, len(rank)), -weights[a.id], a.name),
    )
    return [Entry(a.stance, weights[a.id], a.name) for a in actors]


def to_fence(items: list[Entry]) -> MarkdownSafe:
    """The chart as a fenced block for the template to print (empty without actors)."""
    if not items:
        return MarkdownSafe("")
    # Each line starts with the stance, so a name can never close the fence; names are
    # put on one line and cleaned of characters no format can hold.
    lines = [f"{e.stance} {e.sentences} {' '.join(xml_clean(e.name).split())}" for e in items]
    return MarkdownSafe("```" + FENCE_INFO + "\n" + "\n".join(lines) + "\n```\n")


def from_fence(body: str) -> tuple[Entry, ...]:
    """Parse a chart fence's lines back; lines that do not parse are skipped."""
    out = []
    for line in body.splitlines():
        parts = line.split(maxsplit=2)
        if len(parts) == 3 and parts[0] in STANCE_COLOURS and parts[1].isascii():
            if parts[1].isdigit():
                out.append(Entry(parts[0], int(parts[1]), parts[2]))
    return tuple(out)


def estimate(text: str, size: float, bold: bool = False) -> float:
    """A generous width for `text` when no font is at hand: wide (CJK) characters a
    full em, others 0.64 em (DejaVu Sans averages about 0.55, its bold 0.62)."""
    ems = sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.64 for c in text)
    return ems * size


def layout(
    items: tuple[Entry, ...], width: float, size: float = 8, measure: Measure | None = None
) -> Layout:
    """One row per actor under their stance: stance, full name, bar, count; a caption.

    `measure` gives text widths in the drawing's fonts (an estimate when None): names
    wrap within their column, and the bars share what is left, the longest bar
    filling it.
    """
    measure = measure or estimate
    line_h, bar_h, gap, group_gap = size * 1.25, size * 1.2, 3.0, 4.0
    stances = [s for s in STANCE_ORDER if any(e.stance == s for e in items)]
    stance_w = max((measure(STANCE_LABELS[s], size, True) for s in stances), default=0) + 8
    most = max((e.sentences for e in items), default=1) or 1
    count_w = measure(str(most), size, False) + 6
    name_room = (width - stance_w - count_w) * 0.45
    name_w = min(name_room, max((measure(e.name, size, False) for e in items), default=0) + 6)
    bar_x = stance_w + name_w
    bar_room = max(10.0, width - bar_x - count_w)
    caption = wrap(CAPTION, width, size - 0.5, measure)

    rows: list[tuple[Entry, list[str], bool]] = []
    for stance in stances:
        for n, entry in enumerate(e for e in items if e.stance == stance):
            rows.append((entry, wrap(entry.name, name_w - 6, size, measure), n == 0))
    height = sum(max(bar_h, len(lines) * line_h) + gap for _, lines, _ in rows)
    height += group_gap * (len(stances) - 1) + len(caption) * line_h + 4
    boxes: list[Box] = []
    labels: list[Label] = []
    top = height
    for entry, lines, first in rows:
        if first and top < height:
            top -= group_gap
        baseline = top - bar_h + (bar_h - size) / 2 + size * 0.2
        if first:
            labels.append(Label(0, baseline, STANCE_LABELS[entry.stance], size, bold=True))
        for n, line in enumerate(lines):
            labels.append(Label(stance_w, baseline - n * line_h, line, size))
        bar_w = max(2.0, bar_room * entry.sentences / most)
        boxes.append(Box(bar_x, top - bar_h, bar_w, bar_h, STANCE_COLOURS[entry.stance]))
        labels.append(Label(bar_x + bar_w + 3, baseline, str(entry.sentences), size))
        top -= max(bar_h, len(lines) * line_h) + gap
    for n, line in enumerate(caption):
        labels.append(Label(0, top - size - n * line_h, line, size - 0.5, "#555555"))
    return Layout(width, height, tuple(boxes), tuple(labels))
