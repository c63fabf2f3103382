"""Fonts per run of characters, right-to-left order, and warnings for uncovered scripts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from builders import brief

from briefgen.render import render
from briefgen.render.bidi import order_line, visual_text
from briefgen.render.fonts import FontChain, script_of
from briefgen.render.templates import load_template

ARABIC = "قال الوزير"
CJK = "中国"


def test_runs_switch_font_where_the_main_font_lacks_glyphs():
    chain = FontChain(system=True)
    runs = chain.runs(f"Россия and {CJK} ok")
    assert runs[0] == ("DejaVuSans", "Россия and ")
    if shutil.which("fc-list") and len(runs) == 3:
        # A space stays in the run it follows, so runs break only where glyphs demand.
        assert runs[1][1] == CJK + " " and runs[1][0] != "DejaVuSans"
        assert runs[2] == ("DejaVuSans", "ok")
    else:
        pytest.skip("no system font covers Chinese here")


def test_bold_text_falls_back_to_the_regular_face_then_to_others():
    chain = FontChain(system=False)
    assert chain.runs("Bold Ελλάδα", bold=True) == [("DejaVuSans-Bold", "Bold Ελλάδα")]
    # DejaVu Sans Oblique has no Arabic; the upright face draws it.
    assert chain.runs("ب", italic=True) == [("DejaVuSans", "ب")]


def test_a_script_no_font_covers_is_named_in_a_warning_and_the_brief_is_made(tmp_path):
    folder = tmp_path / "no-system-fonts"
    folder.mkdir()
    (folder / "template.toml").write_text('name = "x"\n[fonts]\nsystem = false\n')
    (folder / "brief.md.j2").write_text("# {{ title }}\n\n{{ summary }}\n")
    out = render(brief(f"Talks in {CJK} and ひらがな"), load_template(str(folder)), ["pdf"])
    assert out["pdf"].startswith(b"%PDF")
    assert len(out.warnings) == 2
    assert "Han (Chinese/Japanese/Korean ideographs)" in out.warnings[0]
    assert "Japanese Hiragana" in out.warnings[1]


def test_configured_fallback_font_is_used_before_the_system(tmp_path):
    folder = tmp_path / "configured"
    folder.mkdir()
    font = Path(__file__).resolve().parents[2] / "briefgen/fonts/DejaVuSans-Bold.ttf"
    shutil.copy(font, folder / "extra.ttf")
    toml = 'name = "x"\n[fonts]\nregular = "extra.ttf"\nsystem = false\nfallbacks = ["extra.ttf"]\n'
    (folder / "template.toml").write_text(toml)
    (folder / "brief.md.j2").write_text("{{ summary }}\n")
    assert render(brief("x"), load_template(str(folder)), ["pdf"])["pdf"].startswith(b"%PDF")


def test_script_names():
    assert script_of("中") == "Han (Chinese/Japanese/Korean ideographs)"
    assert script_of("अ") == "Devanagari"


@pytest.mark.parametrize(
    ("words", "rtl", "drawn"),
    [
        (["He", "said", "A1", "B1", "today"], False, ["He", "said", "A1", "B1", "today"]),
        (["He", "said", "قال", "الوزير", "today"], False, ["He", "said", "الوزير", "قال", "today"]),
        (
            ["قال", "الوزير", "NATO", "Japan", "اليوم"],
            True,
            ["اليوم", "NATO", "Japan", "الوزير", "قال"],
        ),
        (["قال", "2024", "الوزير"], True, ["الوزير", "2024", "قال"]),
    ],
)
def test_words_of_a_line_are_drawn_in_bidi_order(words, rtl, drawn):
    assert order_line(words, lambda w: w, rtl) == drawn


def test_arabic_is_reshaped_into_joined_forms_and_reversed():
    shown = visual_text(ARABIC)
    assert shown != ARABIC
    assert all("\ufe70" <= c <= "\ufeff" or c == " " for c in shown)  # presentation forms
    assert shown.split(" ")[0] == visual_text("الوزير")  # last word is drawn first


def test_one_character_no_font_has_does_not_give_up_on_its_script(monkeypatch):
    # Was: after ﷲ (no font has it) found no system font, the chain gave up on all
    # of Arabic, and ب, which a system font has, printed as a box too.
    from briefgen.render import fonts

    oblique = fonts.BUNDLED["italic"]  # DejaVu Sans Oblique: no Arabic at all
    upright = fonts.BUNDLED["regular"]
    monkeypatch.setattr(fonts, "system_fonts_for", lambda char: [upright] if char == "ب" else [])
    chain = FontChain(dict.fromkeys(fonts.STYLES, oblique), system=True)
    assert chain.runs("ﷲ") == [("DejaVuSans-Oblique", "ﷲ")]  # a box: nothing covers it
    assert chain.runs("ب") == [("DejaVuSans", "ب")]
    assert chain.warnings() and "Arabic" in chain.warnings()[0]


def test_fontconfig_charsets_are_read_as_ranges():
    from briefgen.render.fonts import _ranges

    assert _ranges("4e00-9fff 20-7e a0") == [(0x20, 0x7E), (0xA0, 0xA0), (0x4E00, 0x9FFF)]


@pytest.mark.skipif(not shutil.which("fc-list"), reason="fontconfig not installed")
@pytest.mark.parametrize("char", ["a", "ب", "中", "\ufdf2"])
def test_system_fonts_for_a_character_are_those_fontconfig_names_for_it(char):
    import subprocess

    from briefgen.render.fonts import system_fonts_for

    listing = subprocess.run(
        ["fc-list", f":charset={ord(char):x}", "file"], capture_output=True, text=True
    ).stdout
    named = {line.split(":")[0].strip() for line in listing.splitlines() if line.strip()}
    expected = {f for f in named if f.lower().endswith((".ttf", ".ttc", ".otf"))}
    assert {str(p) for p in system_fonts_for(char)} == expected


def test_a_combining_mark_stays_with_its_base_only_when_that_font_can_draw_it(tmp_path):
    # Found by the thorough hypothesis profile: a Cyrillic titlo (U+0483) after a CJK
    # ideograph was put in the CJK font, which has no glyph for it; pdftotext then lost
    # the rest of the line. The mark now goes to a font that has it.
    from readers import poppler_text

    from briefgen.render.fonts import _cmaps

    text = "x\u3400\u0483y stays"
    chain = FontChain(system=True)
    runs = chain.runs(text)
    if len(runs) < 2:
        pytest.skip("no system font covers CJK Extension A here")
    for font, piece in runs:
        assert all(ord(char) in _cmaps[font] for char in piece), (font, piece)
    pdf = tmp_path / "mark.pdf"
    pdf.write_bytes(render(brief(text), load_template(None), ["pdf"])["pdf"])
    assert text in poppler_text(pdf)
