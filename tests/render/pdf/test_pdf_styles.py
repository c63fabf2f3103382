"""PDF paragraph styles: made once per template and fonts, from the template's settings."""

from __future__ import annotations

from briefgen.render.fonts import font_chain
from briefgen.render.pdf.styles import styles_for
from briefgen.render.templates import load_template


def test_styles_are_made_once_per_template_and_follow_its_settings():
    brief, memo = load_template("policy-brief").settings, load_template("memo").settings
    fonts = font_chain(brief)
    assert styles_for(brief, fonts) is styles_for(brief, fonts)
    body = styles_for(brief, fonts)["body"]
    assert body.fontSize == float(brief["fonts.size"]) and body.fontName == fonts.face()
    other = styles_for(memo, font_chain(memo))["body"]
    assert other is not body and other.fontSize == float(memo["fonts.size"])
