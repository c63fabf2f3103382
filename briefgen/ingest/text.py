"""Text hygiene and segmentation, done once at ingest for every format.

`normalise` makes text safe and uniform (mojibake repaired, Unicode NFC, no control
characters, one kind of space and newline); `split_sentences` cuts a body into paragraphs and
sentences with syntok, which knows abbreviations (Mr., U.S., Gen.), decimals and
closing quotation marks, where a regular expression would not.
"""

from __future__ import annotations

import re
import unicodedata

import syntok.segmenter as segmenter

from briefgen import limits
from briefgen.model import Sentence

# C0 and C1 controls except tab and newline, DEL, noncharacters and lone surrogates:
# python-docx refuses them (ValueError: All strings must be XML compatible) and
# reportlab prints them as boxes. Zero-width joiners stay: emoji and Indic need them.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\ud800-\udfff"
    "\U0001fffe\U0001ffff\U0010fffe\U0010ffff]"
)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_BLANK_LINES = re.compile(r"\n\s*\n")
# UTF-8 read as Windows-1252 or Latin-1 leaves a lead byte (Â, Ã, â) followed by a
# character from the upper half of cp1252: "cafÃ©", "â€œquotedâ€\x9d". Only text
# that shows this pattern is handed to ftfy, which costs 35 ms to import.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2\u00c3\u00c5\u00e2][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178"
    "\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as a legacy encoding ("CafÃ©" → "Café").

    ftfy's `fix_encoding` only reverses encoding mix-ups; it leaves curly quotes,
    ligatures and widths alone, so correct text comes back unchanged.
    """
    if not _MOJIBAKE_HINT.search(text):
        return text
    import ftfy

    return ftfy.fix_encoding(text)


def normalise(text: str) -> str:
    """Return `text` in NFC with unified newlines and spaces and no control characters.

    >>> normalise("Caf\\u0065\\u0301\\x0b  au\\u00a0lait\\r\\n")
    'Café\\nau lait\\n'
    """
    text = repair_mojibake(text)
    text = _LINE_BREAKS.sub("\n", text)
    text = _UNSAFE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines)


# A line that opens a list's item: "- A freeze on fuel duty", "• Extra police".
_ITEM = re.compile(r"\s*[-*•▪●◦]\s+\S")


def split_paragraphs(text: str) -> list[str]:
    """Split normalised text at blank lines; lines inside a paragraph are joined, but
    each item of a list (two items or more, or one after a colon) is a paragraph of
    its own: items seldom end with a full stop, so joined they read as one sentence.
    A dash opening a single wrapped line is the sentence going on."""
    paragraphs = []
    for block in _BLANK_LINES.split(text):
        lines: list[str] = []
        written = block.split("\n")
        listed = sum(1 for line in written if _ITEM.match(line)) > 1
        for line in written:
            if _ITEM.match(line) and lines and (listed or lines[-1].rstrip().endswith(":")):
                paragraphs.append(" ".join(lines))
                lines = []
            if line.strip():
                lines.append(line)
        if lines:
            paragraphs.append(" ".join(lines))
    return paragraphs


# Titles written before a name. syntok splits "Gov. J. B. Pritzker" after "Gov.",
# taking the initial for a new sentence; a sentence never ends on one of these.
# (Sorted list from common English newspaper usage; "Jr." and "Inc." are not here
# because they do end sentences.)
TITLE_ABBREVIATIONS = frozenset(
    "Adm Ald Amb Atty Brig Capt Cdr Cllr Cmdr Col Coun Cpl Cr Det Dr Fr Gen Gov Hon Insp "
    "Lt Maj Messrs Mr Mrs Ms Msgr Pres Prof Rep Reps Rev Sen Sens Sgt Supt".split()
)
_ENDS_WITH_TITLE = re.compile(r"(?:^|[\s(])(\w+)\.$")


def _continues(previous: str) -> bool:
    """True when `previous` cannot end a sentence, so the next piece belongs to it."""
    if previous.endswith(";"):
        return True
    # syntok may end a sentence after brackets ("the Public Health (Vaping) (Amendment)
    # | Bill 2025"); a sentence closes inside them ("(See below.)"), not after them
    if previous.endswith(")") and previous[-2:-1] not in (".", "!", "?"):
        return True
    match = _ENDS_WITH_TITLE.search(previous)
    return bool(match and match.group(1) in TITLE_ABBREVIATIONS)


def _pieces(paragraph: str) -> list[str]:
    """syntok's sentences, sliced verbatim from `paragraph` by their token offsets."""
    pieces = []
    for chunk in segmenter.analyze(paragraph):
        for tokens in chunk:
            if tokens:
                start = tokens[0].offset
                end = tokens[-1].offset + len(tokens[-1].value)
                pieces.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in pieces:
        if merged and _continues(paragraph[merged[-1][0] : merged[-1][1]]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return [paragraph[start:end].strip() for start, end in merged]


def split_sentences(paragraphs: list[str]) -> tuple[Sentence, ...]:
    """Number the sentences of `paragraphs` from 0, keeping their text verbatim.

    More paragraphs or sentences than the limits allow is a `limits.LimitError`.

    >>> [s.text for s in split_sentences(["Gov. J. B. Li met Mr. Wu in the U.S. on Jan. 5. Hi."])]
    ['Gov. J. B. Li met Mr. Wu in the U.S. on Jan. 5.', 'Hi.']
    """
    in_force = limits.current()
    limits.check("paragraphs", len(paragraphs), "{value} paragraphs", in_force)
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs):
        for text in _pieces(paragraph):
            if text:
                sentences.append(Sentence(len(sentences), number, text))
        # Checked as we go, so a source far over the limit is not split to the end.
        limits.check("sentences", len(sentences), "over {value} sentences", in_force)
    return tuple(sentences)
