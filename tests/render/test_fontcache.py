"""Font metrics read back from the cache give the same PDF as fonts parsed afresh."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Renders a brief in a fresh process (fonts are registered once per process) and prints
# the PDF's digest and whether the fonts came from the cache.
RENDER = """
import datetime as dt, hashlib, sys
sys.path[:0] = [{root!r}, {tests!r}]
from builders import brief
from briefgen import clock
from briefgen.render import fontcache, render
from briefgen.render.templates import load_template
loaded = []
original = fontcache._restore
fontcache._restore = lambda *a: loaded.append(1) or original(*a)
with clock.fixed(dt.datetime(2024, 5, 1, tzinfo=dt.UTC)):
    text = brief("Café, Ελλάδα, Москва: *bold* _italic_")
    pdf = render(text, load_template(None), ["pdf"])["pdf"]
print(hashlib.sha256(pdf).hexdigest(), len(loaded))
"""


def render_in_process(cache: Path) -> tuple[str, int]:
    code = RENDER.format(root=str(ROOT), tests=str(ROOT / "tests"))
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    digest, restored = out.stdout.split()
    return digest, int(restored)


def test_cached_fonts_give_the_same_pdf_bytes(tmp_path):
    parsed, restored = render_in_process(tmp_path)
    assert restored == 0
    assert len(list((tmp_path / "briefgen" / "fonts").glob("*.marshal"))) == 4
    cached, restored = render_in_process(tmp_path)
    assert restored == 4
    assert cached == parsed


def test_a_damaged_cache_is_ignored(tmp_path):
    parsed, _ = render_in_process(tmp_path)
    for path in (tmp_path / "briefgen" / "fonts").glob("*.marshal"):
        path.write_bytes(b"\x00not marshal")
    again, restored = render_in_process(tmp_path)
    assert (again, restored) == (parsed, 0)


def test_no_cache_folder_still_renders(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would go")
    digest, restored = render_in_process(blocked)
    assert restored == 0 and len(digest) == 64
