"""Article text that reaches a header or a file name, made harmless.

A brief's title comes from a news article, and anything in it could otherwise end up
as an email header (a title "Vote\\nBcc: list@example.org" would add a recipient) or
as a file name that some operating system refuses (`CON.pdf`, `a:b?.pdf`, a name of
300 characters). Every header value and file name built from brief text goes through
one of these two functions.
"""

from __future__ import annotations

import re
import unicodedata

# Everything a mail parser or a terminal might treat as a line break or a control:
# C0/C1 controls, DEL, NEL, the Unicode line and paragraph separators.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
_SPACES = re.compile(r"\s+")
# What XML 1.0 and a plain-text email cannot carry; tab and line breaks stay.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_UNSAFE_FILE = re.compile(r"[^a-z0-9._-]+")
# Names Windows reserves whatever the extension (CON.pdf cannot be created there).
WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {
    f"{kind}{n}" for kind in ("com", "lpt") for n in range(10)
}


def clean_text(text: str) -> str:
    """Text without control characters or lone surrogates (tab and newlines stay)."""
    return _CONTROLS.sub("", text)


def header_text(text: str, limit: int = 200) -> str:
    """One line of at most `limit` characters, fit for a header value like Subject."""
    line = _SPACES.sub(" ", _BREAKS.sub(" ", text)).strip()
    if len(line) > limit:
        line = line[: limit - 1].rsplit(" ", 1)[0].rstrip() + "…"
    return line


def file_stem(text: str, limit: int = 80) -> str:
    """A lower-case ASCII stem that every operating system accepts: "2023-07-13-vote"."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = _UNSAFE_FILE.sub("-", folded.lower()).strip(".-_")
    stem = re.sub(r"-{2,}", "-", stem)[:limit].rstrip(".-_")
    if not stem:
        return "brief"
    if stem.split(".")[0] in WINDOWS_RESERVED:
        stem = f"brief-{stem}"
    return stem
