"""Font subsets kept between PDFs: the same bytes as made afresh, fonts still embedded."""

from __future__ import annotations

import io

from builders import brief
from pypdf import PdfReader

from briefgen.render import render
from briefgen.render.pdf import subsets as pdf_subsets
from briefgen.render.templates import load_template


def _pdf(text: str) -> bytes:
    return render(brief(text=text), load_template(None), ["pdf"])["pdf"]


def test_a_kept_subset_gives_the_same_bytes_as_a_fresh_one():
    _pdf("Warm-up “quotes” — and dashes.")
    pdf_subsets._SUBSETS.clear()
    fresh = _pdf("The minister’s plan — “a good one”.")
    assert pdf_subsets._SUBSETS  # made and kept
    kept = _pdf("The minister’s plan — “a good one”.")
    assert kept == fresh


def test_documents_with_other_characters_get_their_own_subset():
    first, second = _pdf("Plain words."), _pdf("Ελληνικά και Русский.")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(second)).pages)
    assert "Ελληνικά" in text and "Русский" in text
    assert first != second


def test_the_cache_is_bounded():
    pdf_subsets._SUBSETS.clear()
    for n in range(pdf_subsets.KEEP + 5):
        _pdf(f"Word {chr(0x100 + n)}.")  # a new character each time: a new subset
    assert len(pdf_subsets._SUBSETS) <= pdf_subsets.KEEP
