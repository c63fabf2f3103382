"""Which text counts as right-to-left."""

from __future__ import annotations

import sys
import unicodedata

from briefgen.render.bidi import has_rtl


def test_has_rtl_knows_every_right_to_left_character_and_no_other():
    rtl = {"R", "AL"}
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert has_rtl(f"a{char}b") == (unicodedata.bidirectional(char) in rtl), hex(code)


def test_has_rtl_in_text():
    assert has_rtl("He said قال today") and has_rtl("שלום")
    assert not has_rtl("“Plain” text — 2024, Ελλάδα, 中国") and not has_rtl("")
