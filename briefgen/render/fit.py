"""Page budgets: trim a brief by rank until its PDF fits `page.max_pages`.

Points within a section, quotes and actors are listed most important first, so
trimming drops items from the end of a list, whole items only (never mid-sentence).
Each step takes one item from the longest list (sections keep at least one point,
quotes one quote, the actor table and chart those the bottom line names and each
stance's leader);
the steps form one fixed sequence, and a binary search over it finds the fewest
steps whose PDF fits, laying the PDF out a handful of times rather than once per step
(a version too long only up to its first page past the budget; only the version kept
is written). That is the fewest when the page count never grows from one step to the
next; it can (the closing line that lists what was left out grows), and the search
may then keep a later step than the first that fits.

The decision is made once, on the PDF, and is format-neutral: it is a set of limits
(`render` turns them into the one Markdown every format is made from, so the DOCX
holds what the PDF holds), and `left_out` words what they dropped for the closing line.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from briefgen.model import SECTION_KEYS, Brief
from briefgen.render import chart

Limits = dict[str, int | None]
# On a tie, trim these first: quotes and the actor table before the argument itself.
TIE_ORDER = ("quotes", "actors", "outcome", "proposal", "supporters", "opponents")


def _counts(brief: Brief, limits: Limits) -> dict[str, int]:
    sizes = {key: len(brief.section(key).points) for key in SECTION_KEYS}
    sizes |= {"quotes": len(brief.quotes), "actors": len(brief.actors)}
    return {k: n if (cap := limits.get(k)) is None else min(n, cap) for k, n in sizes.items()}


def trim_steps(brief: Brief, limits: Limits) -> list[Limits]:
    """Ever tighter limits, one item fewer at each step, down to the floors."""
    counts = _counts(brief, limits)
    # A section keeps a point and the quotes a quote: an empty list would read as
    # "none found in the sources".
    floors = {k: (1 if k != "actors" and counts[k] else 0) for k in counts}
    # The actors the bottom line names stay in the chart and the table.
    floors["actors"] = min(counts["actors"], chart.essential(brief))
    steps: list[Limits] = [dict(limits)]
    while True:
        room = {k: counts[k] - floors[k] for k in counts if counts[k] > floors[k]}
        if not room:
            return steps
        most = max(room.values())
        key = next(k for k in TIE_ORDER if room.get(k) == most)
        counts[key] -= 1
        steps.append(steps[-1] | {key: counts[key]})


def fit(
    brief: Brief, limits: Limits, max_pages: int, pages_for: Callable[[Limits], int]
) -> tuple[Limits, bool]:
    """The loosest limits whose PDF has at most `max_pages` pages, and whether it fits."""
    steps = trim_steps(brief, limits)
    if pages_for(steps[0]) <= max_pages:
        return steps[0], True
    # The answer lies in steps[low..high] if anywhere; the last step is measured only
    # if every other step is too long (`pages_for` is expected to cache).
    low, high = 1, len(steps) - 1
    while low < high:
        middle = (low + high) // 2
        if pages_for(steps[middle]) <= max_pages:
            high = middle
        else:
            low = middle + 1
    return steps[high], pages_for(steps[high]) <= max_pages


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def left_out(brief: Brief, shown: Limits, limits: Limits, headings: Mapping[str, str]) -> str:
    """What `limits` drop from what the template would show (`shown`), in words:
    "2 points under Supporters, 1 quote and 3 actors"; empty when nothing is dropped."""
    before, after = _counts(brief, shown), _counts(brief, limits)
    parts = [
        _count(before[key] - after[key], "point", "points") + f" under {headings[key]}"
        for key in SECTION_KEYS
        if before[key] > after[key]
    ]
    for key, one, many in (("quotes", "quote", "quotes"), ("actors", "actor", "actors")):
        if before[key] > after[key]:
            parts.append(_count(before[key] - after[key], one, many))
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
