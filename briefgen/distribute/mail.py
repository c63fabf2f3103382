"""One email per brief and reader: subject, cover note (text + HTML), attachments.

Each reader gets a message addressed to them alone, so no reader sees another's
address. Every header value built from brief text passes through `header_text`;
attachment names through `file_stem`.
"""

from __future__ import annotations

import datetime as dt
from email import policy
from email.headerregistry import Address as HeaderAddress
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from briefgen.address import Address
from briefgen.distribute.briefs import BriefFile
from briefgen.distribute.cover import CoverNotes, cover_context
from briefgen.distribute.names import file_stem, header_text
from briefgen.errors import DistributionError

MIME_TYPES = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
}


def check_attach(formats: list[str]) -> list[str]:
    """The attachment formats, validated; an unknown one lists the known ones."""
    unknown = [f for f in formats if f not in MIME_TYPES]
    if unknown or not formats:
        raise DistributionError(
            f"cannot attach {', '.join(unknown) or 'nothing'} (known: {', '.join(MIME_TYPES)})"
        )
    return list(dict.fromkeys(formats))


def attachment_names(item: BriefFile, formats: list[str]) -> dict[str, str]:
    """Format → the file name the reader sees, safe on every operating system."""
    stem = file_stem(item.slug or item.title)
    return {fmt: f"{stem}.{fmt}" for fmt in formats}


def read_attachments(item: BriefFile, formats: list[str]) -> dict[str, bytes]:
    """The bytes of each attached file, read once per brief (not once per reader)."""
    payloads = {}
    for fmt in formats:
        path = item.files.get(fmt)
        if path is None:
            raise DistributionError(f"{item.pdf}: brief {item.title!r} has no {fmt} file")
        try:
            payloads[fmt] = path.read_bytes()
        except OSError as exc:
            raise DistributionError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return payloads


def _header_address(address: Address) -> HeaderAddress:
    local, _, domain = address.email.rpartition("@")
    return HeaderAddress(display_name=header_text(address.name), username=local, domain=domain)


def build_message(
    item: BriefFile,
    reader: Address,
    sender: Address,
    notes: CoverNotes,
    payloads: dict[str, bytes],
    now: dt.datetime | None = None,
) -> EmailMessage:
    """The message for one reader: headers, cover note as text and HTML, attachments."""
    names = attachment_names(item, list(payloads))
    text, html = notes.render(cover_context(item, reader, sender, list(names.values())))
    message = EmailMessage(policy=policy.SMTP)
    message["From"] = _header_address(sender)
    message["To"] = _header_address(reader)
    message["Subject"] = header_text(item.title) or "Policy brief"
    message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain=sender.domain)
    message.set_content(text, cte="quoted-printable")
    message.add_alternative(html, subtype="html", cte="quoted-printable")
    for fmt, data in payloads.items():
        maintype, subtype = MIME_TYPES[fmt]
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=names[fmt])
    return message
