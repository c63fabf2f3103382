"""The stance chart: who stands where, sized by how much of the coverage they take.

The template places the chart by printing `{{ stance_chart }}`, a fenced Markdown
block whose lines carry the data (`supporter 25.0% Name`), so the one Markdown
document says where the chart goes and what it shows, and reads sensibly as plain
Markdown. `layout` turns the data into boxes and labels once; `chart.draw` draws that
layout with reportlab graphics (PDF) and with Pillow (the PNG in the DOCX).

An actor's coverage is the number of distinct source sentences the brief cites for
them (their evidence, their points and their quotes), as a share of all actors'.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.model import Brief, Citation
from briefgen.render.escape import MarkdownSafe, xml_clean

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


@dataclass(frozen=True)
class Entry:
    stance: str
    share: float  # of all coverage, 0..1
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


def top_actors(brief: Brief, limit: int | None = None) -> set[str]:
    """Ids of the `limit` actors with most coverage (all when `limit` is None)."""
    weights = coverage(brief)
    ranked = sorted(brief.actors, key=lambda a: (-weights[a.id], a.name, a.id))
    return {a.id for a in ranked[:limit]}


def entries(brief: Brief, limit: int | None = None) -> list[Entry]:
    """One entry per shown actor, grouped by stance, largest coverage first in a group."""
    weights = coverage(brief)
    total = sum(weights.values()) or 1
    shown = top_actors(brief, limit)
    rank = {stance: n for n, stance in enumerate(STANCE_ORDER)}
    actors = sorted(
        (a for a in brief.actors if a.id in shown),
        key=lambda a: (rank.get(a.stance, len(rank)), -weights[a.id], a.name),
    )
    return [Entry(a.stance, weights[a.id] / total, a.name) for a in actors]


def to_fence(items: list[Entry]) -> MarkdownSafe:
    """The chart as a fenced block for the template to print (empty without actors)."""
    if not items:
        return MarkdownSafe("")
    # Each line starts with the stance, so a name can never close the fence; names are
    # put on one line and cleaned of characters no format can hold.
    lines = [
        f"{e.stance} {e.share * 100:.1f}% {' '.join(xml_clean(e.name).split())}" for e in items
    ]
    return MarkdownSafe("```" + FENCE_INFO + "\n" + "\n".join(lines) + "\n```\n")


def from_fence(body: str) -> tuple[Entry, ...]:
    """Parse a chart fence's lines back; lines that do not parse are skipped."""
    out = []
    for line in body.splitlines():
        parts = line.split(maxsplit=2)
        if len(parts) == 3 and parts[0] in STANCE_COLOURS and parts[1].endswith("%"):
            try:
                share = float(parts[1][:-1]) / 100
            except ValueError:
                continue
            out.append(Entry(parts[0], share, parts[2]))
    return tuple(out)


def layout(items: tuple[Entry, ...], width: float, size: float = 8) -> Layout:
    """One row per stance present: its label, then a bar per actor as wide as their share.

    Bars are scaled so the largest group fills the width; each actor's name sits
    under their bar, shortened by the drawer when it does not fit.
    """
    groups = [(s, [e for e in items if e.stance == s]) for s in STANCE_ORDER]
    groups = [(s, es) for s, es in groups if es]
    label_w, gap, bar_h, name_h, row_gap = 62.0, 2.0, 12.0, size + 3, 6.0
    row_h = bar_h + name_h + row_gap
    height = max(1, len(groups)) * row_h
    full = max((sum(e.share for e in es) for _, es in groups), default=1.0) or 1.0
    room = width - label_w
    boxes: list[Box] = []
    labels: list[Label] = []
    for n, (stance, group) in enumerate(groups):
        top = height - n * row_h
        bar_y = top - bar_h
        labels.append(Label(0, bar_y + 3, STANCE_LABELS[stance], size + 1, bold=True))
        x = label_w
        for entry in group:
            w = max(3.0, room * entry.share / full - gap)
            boxes.append(Box(x, bar_y, w, bar_h, STANCE_COLOURS[stance]))
            pct = f"{entry.share * 100:.0f}%"
            labels.append(Label(x + 2, bar_y + 3, pct, size - 1, "#FFFFFF", True, w - 3))
            labels.append(Label(x, bar_y - size - 1, entry.name, size, max_width=w))
            x += w + gap
    return Layout(width, height, tuple(boxes), tuple(labels))
