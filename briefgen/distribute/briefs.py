"""Which brief is this PDF? Title, date and bottom line for the files to distribute.

`briefgen make` leaves `<output>/.briefgen/last-make.json` next to what it wrote:
`{"briefs": [{"brief": <brief JSON>, "files": {"pdf": path, "docx": path}}]}`, and
`./.briefgen/last-output.json` saying which folder that was (`make -o DIR`). With no
files named, distribute and publish take every brief listed in that folder's record;
given a PDF (or, for publish, a DOCX), they look for the record in the file's folder
and fall back to the file's own metadata (title, subject) when it was made elsewhere.

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

from briefgen.distribute.filemeta import docx_info, pdf_info
from briefgen.errors import BriefgenError, DistributionError
from briefgen.model import Brief, brief_from_dict, slug_for

LAST_MAKE = Path(".briefgen") / "last-make.json"
LAST_OUTPUT = Path(".briefgen") / "last-output.json"
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

    @property
    def main_file(self) -> Path:
        """The file that names the brief: its PDF, else its DOCX, else any."""
        return self.files.get("pdf") or self.files.get("docx") or next(iter(self.files.values()))


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
    info = pdf_info(pdf)
    title = info.get("Title", "").strip() or pdf.stem
    files = {"pdf": pdf}
    docx = pdf.with_suffix(".docx")
    if docx.is_file():
        files["docx"] = docx
    slug = slug_for(None, pdf.stem) if pdf.stem else slug_for(None, title)
    return BriefFile(sha256_file(pdf), title, None, info.get("Subject", "").strip(), slug, files)


def _from_docx_metadata(docx: Path) -> BriefFile:
    """What a Word file says about itself: title and subject (the bottom line)."""
    core = docx_info(docx)
    title = core.get("title", "").strip() or docx.stem
    summary = core.get("subject", "").strip()
    return BriefFile(sha256_file(docx), title, None, summary, docx.stem, {"docx": docx})


def _check_files(item: BriefFile, where: Path, need_pdf: bool = True) -> BriefFile:
    """`item`, if the files to send (its PDF) or publish (PDF and DOCX) are there."""
    wanted = ("pdf",) if need_pdf else tuple(f for f in ("pdf", "docx") if f in item.files)
    if not wanted or wanted[0] not in item.files:
        files = "PDF" if need_pdf else "PDF or Word file"
        raise DistributionError(f"{where}: brief {item.title!r} has no {files}")
    for fmt in wanted:
        if not item.files[fmt].is_file():
            raise DistributionError(f"{item.files[fmt]}: no such file (run briefgen make again?)")
    return item


def remember_output(out_dir: Path, here: Path = Path(".")) -> list[str]:
    """Note in `here` that make last wrote into `out_dir`; warnings if it cannot."""
    from briefgen.outputs import write_atomic

    text = json.dumps({"output": str(out_dir.resolve())}, ensure_ascii=False) + "\n"
    try:
        (here / LAST_OUTPUT.parent).mkdir(exist_ok=True)
        write_atomic(here / LAST_OUTPUT, text.encode("utf-8"))
    except (OSError, BriefgenError) as exc:
        return [f"{here / LAST_OUTPUT}: cannot note where make wrote ({exc})"]
    return []


def last_output(here: Path = Path(".")) -> Path:
    """The folder make last wrote into from `here` (`output` if it left no note)."""
    try:
        folder = json.loads((here / LAST_OUTPUT).read_text(encoding="utf-8"))["output"]
        if isinstance(folder, str) and folder:
            return Path(folder)
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no note, or a damaged one: the default folder is the best guess
    return DEFAULT_OUTPUT


def _record_of(output: Path | None) -> tuple[Path, list[dict[str, Any]]]:
    """The folder make last wrote into (`last_output()` by default) and its record."""
    output = last_output() if output is None else output
    entries = _read_record(output)
    if entries is None:
        raise DistributionError(
            f"{output / LAST_MAKE}: no record of briefgen make; run it first or name the files"
        )
    return output, entries


def briefs_from_output(output: Path | None = None) -> list[BriefFile]:
    """Every brief `briefgen make` last wrote into `output` (default: `last_output()`)."""
    output, entries = _record_of(output)
    where = output / LAST_MAKE
    return [_check_files(_from_entry(e, output, where), where) for e in entries]


def _in_record(path: Path, fmt: str) -> BriefFile | None:
    """The brief of `path` from make's record in its folder, if it is listed there."""
    for entry in _read_record(path.parent) or []:
        files = entry.get("files", {}) if isinstance(entry, dict) else {}
        if isinstance(files, dict) and Path(str(files.get(fmt, ""))).name == path.name:
            item = _from_entry(entry, path.parent, path.parent / LAST_MAKE)
            return _check_files(item, path, need_pdf=fmt == "pdf")
    return None


def brief_for_pdf(pdf: Path) -> BriefFile:
    """The brief a PDF holds: from make's record in its folder, else from its metadata."""
    if not pdf.is_file():
        raise DistributionError(f"{pdf}: no such file")
    return _in_record(pdf, "pdf") or _from_pdf_metadata(pdf)


def brief_for_file(path: Path) -> BriefFile:
    """The brief a PDF or DOCX holds (a DOCX with a PDF beside it is that PDF's brief)."""
    if path.suffix.lower() != ".docx":
        return brief_for_pdf(path)
    if not path.is_file():
        raise DistributionError(f"{path}: no such file")
    found = _in_record(path, "docx")
    if found is None and path.with_suffix(".pdf").is_file():
        found = brief_for_pdf(path.with_suffix(".pdf"))
    return found or _from_docx_metadata(path)


def find_briefs(pdfs: list[Path] | None, output: Path | None = None) -> list[BriefFile]:
    """The briefs to distribute: the named PDFs, or what make last wrote. Each once."""
    found = [brief_for_pdf(p) for p in pdfs] if pdfs else briefs_from_output(output)
    unique: dict[str, BriefFile] = {}
    for item in found:
        unique.setdefault(item.key, item)
    return list(unique.values())


def briefs_to_publish(paths: list[Path]) -> tuple[list[BriefFile], list[str]]:
    """The briefs of the named PDF and DOCX files, and one line for each file that is not
    a brief; with no names, what make last wrote (PDF or DOCX alike)."""
    found: list[BriefFile] = []
    problems: list[str] = []
    if paths:
        for path in paths:
            try:
                found.append(brief_for_file(path))
            except DistributionError as exc:
                problems.append(str(exc))
        return found, problems
    output, entries = _record_of(None)
    where = output / LAST_MAKE
    for entry in entries:
        try:
            found.append(_check_files(_from_entry(entry, output, where), where, need_pdf=False))
        except DistributionError as exc:
            problems.append(str(exc))
    return found, problems
