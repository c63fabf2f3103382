"""The content decides whether a file is text, never its name (issue 15, item 7)."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from briefgen.errors import SourceError
from briefgen.ingest.files import read_text
from briefgen.ingest.sniff import binary_kind

ROOT = Path(__file__).resolve().parent.parent.parent


def no_nul_bytes(seed: int, size: int) -> bytes:
    return bytes(b for b in random.Random(seed).randbytes(size * 2) if b)[:size]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + no_nul_bytes(1, 2000), "binary data (a PNG image), not text"),
        (b"\xff\xd8\xff\xe1" + no_nul_bytes(2, 2000), "binary data (a JPEG image), not text"),
        (b"\x1f\x8b\x08\x08" + no_nul_bytes(3, 2000), "binary data (a gzip archive), not text"),
        (no_nul_bytes(4, 4096), "binary data, not text"),
    ],
    ids=["PNG without NUL", "JPEG without NUL", "gzip without NUL", "random bytes"],
)
def test_binary_data_named_txt_is_refused(tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    with pytest.raises(SourceError) as caught:
        read_text(path)
    assert str(caught.value) == f"{path}: {message}"


def test_a_real_png_named_txt_is_refused_as_a_png(tmp_path):
    path = tmp_path / "photo.txt"
    shutil.copy(ROOT / "docs" / "gallery" / "memo.png", path)
    with pytest.raises(SourceError, match=r"binary data \(a PNG image\), not text"):
        read_text(path)


@pytest.mark.parametrize(
    "content",
    [
        b"GIF89a is the format the council's web team still uses.\n",
        b"ID3 tags were the topic of the hearing.\n",
        " date 2024-03-01 Title: Café\n\nThe levy passed.\x1a".encode("cp1252"),
        b"Control\x01 \x1b[31mcharacters\x1b[0m in a pasted terminal log.\n",
    ],
    ids=[
        "text starting like a GIF",
        "text starting like an MP3",
        "cp1252 with a DOS end mark",
        "UTF-8 with a few controls",
    ],
)
def test_text_that_decodes_as_text_is_kept_whatever_it_starts_with(tmp_path, content):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    assert read_text(path).strip()


def test_binary_kind_reads_signatures():
    assert binary_kind(b"\x89PNG\r\n\x1a\n\x00\x00") == "a PNG image"
    assert binary_kind(b"RIFF\x10\x00\x00\x00WEBPVP8 ") == "a WebP image"
    assert binary_kind(b"The council met.") is None
