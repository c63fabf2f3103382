"""Our XML escapers behave exactly as the standard library's (which is slow to import)."""

from __future__ import annotations

import itertools
from xml.sax.saxutils import escape, quoteattr

from briefgen.render.escape import xml_attribute, xml_escape

PIECES = ["a", "&", "<", ">", '"', "'", "\n", "\t", "\r", "&amp;", " ", "é"]


def test_same_output_as_saxutils_for_every_short_mix_of_special_characters():
    for n in range(1, 4):
        for combo in itertools.product(PIECES, repeat=n):
            text = "".join(combo)
            assert xml_escape(text) == escape(text), text
            assert xml_attribute(text) == quoteattr(text), text
