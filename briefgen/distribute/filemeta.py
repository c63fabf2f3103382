"""What a PDF or Word file says about itself: title, subject and handling marking.

Used when a brief comes without make's record (a file made elsewhere), and for the
handling marking, which the record does not hold: briefgen's renderers write it as the
DOCX's category and after "policy brief" in the PDF's Keywords.
"""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import DistributionError

# what briefgen's renderers put first in a PDF's Keywords, before the handling marking
_KEYWORDS_PREFIX = "policy brief"


def pdf_info(pdf: Path) -> dict[str, str]:
    """The PDF's document information by name without the slash: Title, Subject..."""
    import logging

    from pypdf import PdfReader  # heavy: load only when a file has no record
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings would garble the output
    try:
        info = dict(PdfReader(pdf).metadata or {})
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise DistributionError(f"{pdf}: not a readable PDF ({exc})") from None
    return {str(key).lstrip("/"): str(value or "") for key, value in info.items()}


def docx_info(docx: Path) -> dict[str, str]:
    """The Word file's core properties by local name: title, subject, category..."""
    import zipfile

    from defusedxml import ElementTree

    try:
        with zipfile.ZipFile(docx) as archive:
            data = archive.read("docProps/core.xml")
        root = ElementTree.fromstring(data)
    except KeyError:
        return {}
    except Exception as exc:  # a damaged zip or XML, whichever library noticed first
        raise DistributionError(f"{docx}: not a readable Word file ({exc})") from None
    return {child.tag.rsplit("}", 1)[-1]: child.text or "" for child in root}


def handling_marking(files: dict[str, Path]) -> str:
    """The handling marking a brief's files carry ("" if none or unreadable)."""
    try:
        if "docx" in files:
            return docx_info(files["docx"]).get("category", "").strip()
        if "pdf" in files:
            head, _, marking = pdf_info(files["pdf"]).get("Keywords", "").partition(",")
            return marking.strip() if head.strip() == _KEYWORDS_PREFIX else ""
    except DistributionError:
        pass  # a file that cannot be read has no marking; its reader says why elsewhere
    return ""
