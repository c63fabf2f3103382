"""Table column widths sized to their content, for Word's fixed table layout.

Word given no widths makes every column equal: a column of one-word stances got as
much room as the evidence beside it, and long words broke inside ("geographicall y").
Here each column gets at least its longest word (so no word breaks while the page
allows it), short columns (a stance, a role) are set whole, and the longest text
takes the rest.

Widths are estimated from character counts: python-docx cannot measure text, and an
estimate on the generous side (DejaVu Sans's widest common letters) only costs a
little spare room.
"""

from __future__ import annotations

from collections.abc import Sequence

# Average advance of a character, in ems: DejaVu Sans is wide (its lower case
# averages about 0.55 em, capitals and bold more).
EM_PER_CHAR = 0.6
BOLD_EM_PER_CHAR = 0.66
PADDING_PT = 2 * 5.4 + 1  # Word's default cell margins (0.075 in each side), and a rule


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The estimated width in points of `text` set at `size` points."""
    return len(text) * size * (BOLD_EM_PER_CHAR if bold else EM_PER_CHAR)


def _needs(cells: Sequence[tuple[str, bool]], size: float) -> tuple[float, float]:
    """(narrowest, natural) width of a column: its longest word, its longest cell."""
    narrowest = natural = 0.0
    for text, bold in cells:
        words = text.split() or [""]
        narrowest = max(narrowest, max(text_width(w, size, bold) for w in words))
        natural = max(natural, text_width(text, size, bold))
    return narrowest + PADDING_PT, natural + PADDING_PT


def widths(columns: Sequence[Sequence[tuple[str, bool]]], room: float, size: float) -> list[float]:
    """The width in points of each column, adding up to `room`.

    `columns` holds each column's cells as (text, bold). Every column gets its longest
    word; the room left is poured in evenly, a column stopping once its longest cell
    fits on one line, so short columns (a stance, a role) are set whole and the
    longest text takes the rest. If the longest words alone are wider than the room,
    they are scaled down together (and break: the page has no more room).
    """
    if not columns:
        return []
    needs = [_needs(cells, size) for cells in columns]
    width = [least for least, _ in needs]
    natural = [max(n) for n in needs]
    if sum(width) >= room:
        return [room * w / sum(width) for w in width]
    left = room - sum(width)
    growing = [i for i, w in enumerate(width) if natural[i] > w]
    while left > 1e-6 and growing:
        step = min(left / len(growing), min(natural[i] - width[i] for i in growing))
        for i in growing:
            width[i] += step
        left -= step * len(growing)
        growing = [i for i in growing if natural[i] - width[i] > 1e-6]
    return [w + left * w / sum(width) for w in width]  # all fit whole: spread the rest
