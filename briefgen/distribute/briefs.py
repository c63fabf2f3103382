"""Which brief is this PDF? Title, date and bottom line for the files to distribute.

`briefgen make` leaves `<output>/.briefgen/last-make.json` next to what it wrote:
`{"briefs": [{"brief": <brief JSON>, "files": {"pdf": path, "docx": path}}]}`. With no
PDFs named, distribute takes every brief listed there; given a PDF, it looks for that
record in the PDF's folder and falls back to the PDF's own metadata (Title, Subject)
when the PDF was made elsewhere.

A brief's `key` (its identity in the ledger) is the SHA-256 of its JSON when known, so
rendering the same brief again does not send it again; otherwise of the PDF's bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.errors import DistributionError
from briefgen.model import Brief, brief_from_dict, slug_for

LAST_MAKE = Path(".briefgen") / "last-make.json"
DEFAULT_OUTPUT = Path("output")


@dataclass(frozen=True)
class BriefFile:
    """A rendered brief ready to distribute: what it is and its files by format."""

    key: str
    title: str
    date: dt.date | None
    summary: str
    slug: str
    files: dict[str, Path]
    brief: Brief | None = None

    @property
    def pdf(self) -> Path:
        return self.files["pdf"]


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def _brief_key(data: dict[str, Any]) -> str:
    canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _read_record(folder: Path) -> list[dict[str, Any]] | None:
    """The entries of `folder/.briefgen/last-make.json`, or None if there is none."""
    path = folder / LAST_MAKE
    if not path.is_file():
        return None
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["briefs"]
        if not isinstance(entries, list):
            raise TypeError("'briefs' is not a list")
        return entries
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DistributionError(f"{path}: not a record of briefgen make ({exc})") from None


def _from_entry(entry: dict[str, Any], folder: Path, where: Path) -> BriefFile:
    try:
        data = entry["brief"]
        brief = brief_from_dict(data)
        # paths are as make wrote them; the files sit in the record's folder
        files = {fmt: folder / Path(p).name for fmt, p in sorted(entry["files"].items())}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DistributionError(f"{where}: a brief in the record is malformed ({exc})") from None
    return BriefFile(
        _brief_key(data), brief.title, brief.date, brief.summary, brief.slug, files, brief
    )


def _from_pdf_metadata(pdf: Path) -> BriefFile:
    """What the PDF says about itself: Title and Subject (the bottom line)."""
    from pypdf import PdfReader  # heavy: load only when a PDF has no record
    from pypdf.errors import PdfReadError

    try:
        info: dict[str, Any] = dict(PdfReader(pdf).metadata or {})
    except (PdfReadError, OSError, ValueError) as exc:
        raise DistributionError(f"{pdf}: not a readable PDF ({exc})") from None
    title = str(info.get("/Title") or "").strip() or pdf.stem
    summary = str(info.get("/Subject") or "").strip()
    files = {"pdf": pdf}
    docx = pdf.with_suffix(".docx")
    if docx.is_file():
        files["docx"] = docx
    slug = slug_for(None, pdf.stem) if pdf.stem else slug_for(None, title)
    return BriefFile(sha256_file(pdf), title, None, summary, slug, files)


def _check_files(item: BriefFile, where: Path) -> BriefFile:
    if "pdf" not in item.files:
        raise DistributionError(f"{where}: brief {item.title!r} has no PDF")
    if not item.pdf.is_file():
        raise DistributionError(f"{item.pdf}: no such file (run briefgen make again?)")
    return item


def briefs_from_output(output: Path = DEFAULT_OUTPUT) -> list[BriefFile]:
    """Every brief `briefgen make` last wrote into `output`."""
    entries = _read_record(output)
    if entries is None:
        raise DistributionError(
            f"{output / LAST_MAKE}: no record of briefgen make; run it first or name the PDFs"
        )
    where = output / LAST_MAKE
    return [_check_files(_from_entry(e, output, where), where) for e in entries]


def brief_for_pdf(pdf: Path) -> BriefFile:
    """The brief a PDF holds: from make's record in its folder, else from its metadata."""
    if not pdf.is_file():
        raise DistributionError(f"{pdf}: no such file")
    entries = _read_record(pdf.parent) or []
    for entry in entries:
        files = entry.get("files", {}) if isinstance(entry, dict) else {}
        if isinstance(files, dict) and Path(str(files.get("pdf", ""))).name == pdf.name:
            return _check_files(_from_entry(entry, pdf.parent, pdf.parent / LAST_MAKE), pdf)
    return _from_pdf_metadata(pdf)


def find_briefs(pdfs: list[Path] | None, output: Path = DEFAULT_OUTPUT) -> list[BriefFile]:
    """The briefs to distribute: the named PDFs, or what make last wrote. Each once."""
    found = [brief_for_pdf(p) for p in pdfs] if pdfs else briefs_from_output(output)
    unique: dict[str, BriefFile] = {}
    for item in found:
        unique.setdefault(item.key, item)
    return list(unique.values())
