"""Text broken into lines by measured width, for what is drawn outside paragraphs
(chart labels, the page header), where nothing may be cut off."""

from __future__ import annotations

from collections.abc import Callable

# (text, size, bold) → width in points.
Measure = Callable[[str, float, bool], float]


def wrap(text: str, width: float, size: float, measure: Measure, bold: bool = False) -> list[str]:
    """`text` in lines no wider than `width`, broken between words; a word wider than
    the line is broken between characters, so nothing is ever cut off."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if measure(candidate, size, bold) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        line = ""
        for char in word:
            if line and measure(line + char, size, bold) > width:
                lines.append(line)
                line = ""
            line += char
    if line or not lines:
        lines.append(line)
    return lines
