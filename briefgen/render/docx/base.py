"""The document every DOCX starts from: the template's `reference.docx`, emptied of
content, or python-docx's default; parsed and prepared once per process and look.

Parsing a DOCX costs twice what copying one does, so each base is prepared once and
every brief gets a deep copy. The styles part (350 KB of XML in python-docx's default)
is the same in every brief of one template: it takes the look of the template's PDF
once (`styles`), and is then shared by every copy instead of copied, and serialized once
(`Base.blobs`, used by `archive.save`). Nothing may change a shared part after that.
"""

from __future__ import annotations

import copy
import functools
from dataclasses import dataclass, field
from typing import Any

from docx import Document
from docx.oxml.ns import qn

from briefgen.errors import ConfigError
from briefgen.render.docx import styles
from briefgen.render.docx.styles import Look

REFERENCE = "reference.docx"
SHARED_PARTS = ("/word/styles.xml",)


@dataclass(frozen=True)
class Base:
    """A prepared base document, the serialized bytes of its shared parts, and the
    style ids found so far in it (see `writer.Writer.style_id`)."""

    document: Any
    blobs: dict[Any, bytes]
    style_ids: dict[str, str | None] = field(default_factory=dict)


def base_key(template: Any) -> tuple[str, int]:
    """(path, modification time) of the template's reference.docx, or ("", 0)."""
    reference = template.path / REFERENCE
    return (str(reference), reference.stat().st_mtime_ns) if reference.is_file() else ("", 0)


def parsed_base(reference: str) -> Any:
    """The base document, parsed and emptied of content."""
    if not reference:
        return Document()
    try:
        document = Document(reference)
    except Exception as exc:  # python-docx raises several kinds on a broken package
        raise ConfigError(f"{reference}: not a usable DOCX ({exc})") from exc
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def has_style(document: Any, name: str) -> bool:
    return any(style.name == name for style in document.styles)


@functools.lru_cache(maxsize=32)
def prepared_base(reference: str, mtime_ns: int, look: Look) -> Base:
    """The base with the styles of the template's PDF (`look`, see `styles`); its
    shared parts serialized. Once per process, file version and look."""
    document = parsed_base(reference)  # `mtime_ns` only keys the cache
    styles.apply(document, look)
    parts = document.part.package.parts
    blobs = {part: part.blob for part in parts if str(part.partname) in SHARED_PARTS}
    return Base(document, blobs)


def new_document(base: Base) -> Any:
    """A deep copy of `base.document` that shares, not copies, its shared parts."""
    return copy.deepcopy(base.document, {id(part): part for part in base.blobs})
