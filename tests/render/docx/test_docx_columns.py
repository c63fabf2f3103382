"""Column widths: every column gets its longest word; short columns are set whole; the
longest text takes the rest."""

from __future__ import annotations

import pytest

from briefgen.render.docx.columns import PADDING_PT, text_width, widths

SIZE = 9.0


def _column(*cells: str, header: str = "") -> list[tuple[str, bool]]:
    return [(header, True), *((cell, False) for cell in cells)]


def test_short_columns_are_set_whole_and_the_long_text_takes_the_rest():
    evidence = "The Chamber of Commerce opposed the toll and said shoppers would stay away. " * 4
    columns = [
        _column("Chamber of Commerce", "Cyclists", header="Actor"),
        _column("Opposes", "Proposer", header="Stance"),
        _column(evidence, "Short.", header="Evidence"),
    ]
    actor, stance, wide = widths(columns, 480, SIZE)
    assert actor == pytest.approx(text_width("Chamber of Commerce", SIZE) + PADDING_PT)
    assert stance == pytest.approx(text_width("Proposer", SIZE) + PADDING_PT)
    assert actor + stance + wide == pytest.approx(480)


def test_no_column_is_narrower_than_its_longest_word_while_the_page_allows():
    columns = [_column("geographically " * 30), _column("x " * 400), _column("y " * 400)]
    first, *_ = widths(columns, 300, SIZE)
    assert first >= text_width("geographically", SIZE) + PADDING_PT


def test_text_that_fits_leaves_the_spare_room_shared_in_proportion():
    narrow, wide = widths([_column("a"), _column("abc")], 100, SIZE)
    ratio = (text_width("abc", SIZE) + PADDING_PT) / (text_width("a", SIZE) + PADDING_PT)
    assert narrow + wide == pytest.approx(100) and wide / narrow == pytest.approx(ratio)


def test_words_wider_than_the_page_are_scaled_down_together():
    columns = [_column("w" * 80), _column("v" * 40)]
    assert widths(columns, 200, SIZE) == pytest.approx([200 * 2 / 3, 200 / 3], rel=0.02)
