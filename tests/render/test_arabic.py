"""Arabic in the PDF: every word the reshaper joins comes back out of pdftotext intact."""

from __future__ import annotations

import subprocess
import unicodedata

import pytest
from arabic_reshaper.ligatures import LIGATURES
from builders import brief
from readers import POPPLER, poppler_text

from briefgen.render import render
from briefgen.render.bidi import LIGATURES_ON, visual_word
from briefgen.render.pdf.fixes import reading
from briefgen.render.templates import load_template

ALLAH = "الله"  # arabic-reshaper's default turns it into U+FDF2, which DejaVu Sans lacks
HARAKAT = "مُحَمَّد"  # short-vowel marks, which the reshaper deletes by default


def _lam_alef_words() -> list[str]:
    """Each ligature the reshaper may form, alone (after ا, which does not join
    forward) and at the end of a joined word (after ب): every Lam-Alef form."""
    matches = [match for name, (match, _) in LIGATURES if name in LIGATURES_ON]
    return [before + match for match in matches for before in ("ا", "ب")]


WORDS = [ALLAH, f"عبد {ALLAH}", "السلام", "الآن", "تلألأ", "ملآن", "والإمام", HARAKAT]
WORDS += _lam_alef_words()


def test_the_words_cover_every_ligature_the_reshaper_forms():
    drawn = {c for word in WORDS for c in visual_word(word)}
    assert {chr(c) for c in range(0xFEF5, 0xFEFD)} <= drawn  # Lam-Alef, isolated and final
    assert not {c for c in drawn if "LIGATURE" in unicodedata.name(c) and c < "\ufef5"}


def test_allah_is_drawn_as_its_letters_not_the_ligature_no_font_here_has():
    assert "\ufdf2" not in visual_word(ALLAH)
    assert len(visual_word(ALLAH)) == 4


def test_harakat_are_kept():
    # Every letter and mark, in joined forms (NFKC maps them back), a word reversed.
    assert sorted(unicodedata.normalize("NFKC", visual_word(HARAKAT))) == sorted(HARAKAT)


def test_presentation_forms_read_back_as_letters_and_ligatures_as_themselves():
    assert reading(0xFE8D) == "\u0627"  # alef, isolated form
    assert reading(0xFEE4) == "\u0645"  # meem, medial form
    assert reading(0xFE70) == "\u064b"  # fathatan, spacing form (NFKC adds a space)
    assert reading(0xFEFB) == "\ufefb"  # Lam-Alef: see `reading`
    assert reading(0x41) == "A" and reading(0x1F60D) == "\U0001f60d"


@pytest.fixture(scope="module")
def pdf(tmp_path_factory):
    path = tmp_path_factory.mktemp("arabic") / "brief.pdf"
    text = " ".join(f"{word} و" for word in WORDS)  # a neutral letter between words
    out = render(brief(text=text, title=ALLAH), load_template(None), ["pdf"])
    path.write_bytes(out["pdf"])
    assert not out.warnings  # no character printed as a box
    return path


@POPPLER
@pytest.mark.parametrize("word", WORDS)
def test_every_joined_word_survives_pdftotext(pdf, word):
    assert f" {word} " in f" {poppler_text(pdf)} "


@POPPLER
def test_pdftotext_gets_the_letters_themselves_not_their_presentation_forms(pdf):
    raw = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert ALLAH in raw and HARAKAT in raw  # no NFKC needed
    arabic = {c for c in raw if "ARABIC" in unicodedata.name(c, "")}
    assert {c for c in arabic if c >= "\ufb50"} <= {chr(c) for c in range(0xFEF5, 0xFEFD)}
