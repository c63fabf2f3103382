"""Reading rendered files the way a reader would: poppler, Pillow, LibreOffice."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

POPPLER = pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils not installed")
LIBREOFFICE = pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
_BIDI_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def poppler_text(pdf: Path, page: int | None = None) -> str:
    """pdftotext's reading: NFKC-normalised (Arabic presentation forms become letters),
    bidi marks dropped, whitespace collapsed."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    raw = subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = _BIDI_MARKS.sub("", unicodedata.normalize("NFKC", raw))
    return " ".join(text.split())


def page_image(pdf: Path, page: int, dpi: int = 72):
    """Page `page` rendered by pdftoppm, as a Pillow image."""
    from PIL import Image

    stem = pdf.with_suffix("")
    out = Path(f"{stem}-p{page}")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            "-png",
            str(pdf),
            str(out),
        ],
        check=True,
    )
    return Image.open(f"{out}.png").convert("L")


def ink_box(image, threshold: int = 200) -> tuple[int, int, int, int] | None:
    """The bounding box (left, top, right, bottom) of every pixel darker than white."""
    return image.point(lambda v: 255 if v < threshold else 0).getbbox()


def pdf_fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts' table: one dict per font with its name and 'emb' column."""
    header, _, *lines = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    at = header.index("emb")
    return [{"name": line.split()[0], "emb": line[at : at + 3]} for line in lines if line]


def libreoffice_pdf(docx: Path) -> Path:
    """Convert a DOCX with LibreOffice headless; the PDF it writes."""
    profile = docx.parent / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(docx.parent),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return docx.with_suffix(".pdf")


def libreoffice_pdfs(docxs: list[Path], out: Path) -> dict[Path, Path]:
    """Convert DOCX files with LibreOffice headless in one call (its start-up is most of
    the cost), into folder `out`; each DOCX → the PDF LibreOffice wrote for it."""
    out.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{out / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, docxs),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return {docx: out / f"{docx.stem}.pdf" for docx in docxs}


def word_boxes(pdf: Path, page: int) -> list[tuple[str, float, float, float, float]]:
    """Every word on page `page` with its box (word, x0, y0, x1, y1), from pdftotext."""
    import html

    raw = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    pattern = re.compile(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
    )
    return [
        (html.unescape(m[5]), float(m[1]), float(m[2]), float(m[3]), float(m[4]))
        for m in pattern.finditer(raw)
    ]


def page_count(pdf: Path) -> int:
    """How many pages the PDF has, as pdfinfo says."""
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)[1])
