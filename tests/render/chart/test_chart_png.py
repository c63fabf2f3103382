"""The DOCX chart's PNG: measured from cached font metrics (the same numbers and
pixels as with the PDF's font chain, no reportlab once cached) and encoded by us."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.render import chart
from briefgen.render.chart import draw as chart_draw
from briefgen.render.chart import fonts as chart_fonts
from briefgen.render.chart.fonts import ChartFonts, cache_folder
from briefgen.render.fonts import FontChain, font_chain
from briefgen.render.templates import load_template

ROOT = Path(__file__).resolve().parents[3]
LONG = "Confederation of European Business Associations and Chambers of Commerce"
NAMES = ("Ana Lima", "Zoë Ægir-Łukasiewicz", "Ministry of Finance", LONG, "Bo", "A.B.")


@pytest.fixture
def settings(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    chart_fonts._metrics.cache_clear()  # as in a new process
    yield load_template("policy-brief").settings
    chart_fonts._metrics.cache_clear()  # nothing read from this cache outlives the test


def _layout(names: tuple[str, ...]) -> chart.Layout:
    stances = ("proposer", "supporter", "opponent")
    items = tuple(chart.Entry(stances[n % 3], 1 + n, name) for n, name in enumerate(names))
    return chart.layout(items, 300, 8)


def test_cached_widths_equal_the_font_chains_and_survive_a_restart(settings):
    first = chart_fonts.chart_fonts(settings)
    assert first is not None and list(cache_folder().iterdir())  # the metrics were kept
    chart_fonts._metrics.cache_clear()
    again = chart_fonts.chart_fonts(settings)  # read back from the cache file
    assert again is not None
    chain = font_chain(settings)
    for text in (*NAMES, "50%", "…", ""):
        for bold in (False, True):
            expected = chain.width(text, 7.3, bold)
            assert first.width(text, 7.3, bold) == again.width(text, 7.3, bold) == expected


def test_chart_png_is_the_same_as_drawn_with_the_whole_font_chain(settings):
    layout = _layout(NAMES)  # LONG is shortened with an ellipsis to fit its bar
    fonts, files = chart_draw.png_fonts(layout, settings)
    assert isinstance(fonts, ChartFonts)
    assert chart_draw.png(layout, fonts, files) == chart_draw.png(layout, font_chain(settings))


def test_png_bytes_hold_the_images_pixels():
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (37, 11), "white")
    ImageDraw.Draw(image).text((1, 9), "Ab…", fill="#D55E00", anchor="ls")
    decoded = Image.open(io.BytesIO(chart_draw.png_bytes(image)))
    assert (decoded.mode, decoded.size) == ("RGB", (37, 11))
    assert decoded.tobytes() == image.tobytes()


def test_a_name_the_main_font_cannot_draw_goes_through_the_whole_chain(settings):
    fonts, _ = chart_draw.png_fonts(_layout(("Ana Lima", "李克强")), settings)
    assert isinstance(fonts, FontChain)


def test_a_docx_only_process_with_cached_metrics_does_not_import_reportlabs_modules(tmp_path):
    # The dossier has a chart and no page budget (a budget is measured on the PDF).
    code = f"""
import sys
from pathlib import Path
from briefgen.analyse import analyse
from briefgen.ingest import load
from briefgen.model import Story
from briefgen.render import render
from briefgen.render.templates import load_template
brief = analyse(Story((load(Path({str(ROOT / "sources" / "000_30a42b39eb7b2967.txt")!r})),)))
data = render(brief, load_template("dossier"), ["docx"])["docx"]
assert b"word/media/" in data  # the chart's picture is there
print(sorted(m for m in sys.modules if m.startswith("reportlab.")))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(tmp_path)}
    runs = [
        subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        for _ in range(2)
    ]
    assert [r.returncode for r in runs] == [0, 0], runs[0].stderr + runs[1].stderr
    assert "reportlab.pdfbase" in runs[0].stdout  # the first run asks reportlab
    assert runs[1].stdout.strip() == "[]"


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", None])
def test_a_damaged_metrics_cache_is_measured_again(settings, damage):
    import marshal

    assert chart_fonts.chart_fonts(settings) is not None
    for cached in cache_folder().iterdir():
        cached.write_bytes(marshal.dumps((1, 2, 3)) if damage is None else damage)
    chart_fonts._metrics.cache_clear()
    again = chart_fonts.chart_fonts(settings)
    assert again is not None
    assert again.width("Ana Lima", 8, True) == font_chain(settings).width("Ana Lima", 8, True)
