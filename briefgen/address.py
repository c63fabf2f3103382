"""Email addresses, checked strictly before anything is sent.

The standard library's `email.utils.parseaddr` accepts nearly anything and guesses
(`"ana@example.org, ben@example.org"` quietly becomes one of the two), so a list with
a typo would lose a reader without a word. Here an address is accepted only if it is
one plain `local@domain` (optionally as `Name <local@domain>`) that a mail server will
take; anything else raises `AddressError` saying what is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# RFC 5322 dot-atom local part; quoted local parts are legal but so rare in real lists
# that they are far more likely a typo than an address.
_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_NAMED = re.compile(r"(?P<name>[^<>]*)<(?P<addr>[^<>]*)>")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


class AddressError(ValueError):
    """The text is not one deliverable email address."""


@dataclass(frozen=True)
class Address:
    """A checked address: `email` is `local@domain` with the domain in lower case."""

    name: str
    email: str

    @property
    def key(self) -> str:
        """The address as the ledger and de-duplication compare it (case-insensitive)."""
        return self.email.lower()

    @property
    def domain(self) -> str:
        return self.email.rpartition("@")[2]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>" if self.name else self.email


def _check_domain(domain: str, text: str) -> str:
    try:
        ascii_domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise AddressError(f"{text!r}: the domain {domain!r} is not a valid name") from None
    labels = ascii_domain.split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        raise AddressError(f"{text!r}: the domain {domain!r} is not a valid name")
    if len(ascii_domain) > 253:
        raise AddressError(f"{text!r}: the domain is too long")
    return domain.lower()


def check_email(addr: str, text: str | None = None) -> str:
    """`addr` if it is a plain `local@domain`, with the domain lower-cased."""
    text = addr if text is None else text
    if addr.count("@") != 1:
        raise AddressError(f"{text!r}: not an email address (needs exactly one @)")
    local, domain = addr.split("@")
    if not local or not domain:
        raise AddressError(f"{text!r}: not an email address (something is missing around @)")
    if not local.isascii():
        raise AddressError(f"{text!r}: non-ASCII before the @ is not supported")
    if not _LOCAL.fullmatch(local) or len(local) > 64:
        raise AddressError(f"{text!r}: the part before @ is not valid")
    return f"{local}@{_check_domain(domain, text)}"


def parse_address(text: str) -> Address:
    """`"Ana Silva <ana@example.org>"` or `"ana@example.org"` → `Address`, or `AddressError`."""
    if _CONTROL.search(text):
        raise AddressError(f"{text!r}: contains a line break or control character")
    stripped = text.strip()
    if not stripped:
        raise AddressError("empty address")
    if "<" in stripped or ">" in stripped:
        match = _NAMED.fullmatch(stripped)
        if not match:
            raise AddressError(f"{text!r}: not of the form 'Name <address>'")
        name = match["name"].strip().strip('"').strip()
        addr = match["addr"].strip()
    else:
        name, addr = "", stripped
    if "," in addr or ";" in addr:
        raise AddressError(f"{text!r}: one address per entry, please")
    if any(c.isspace() for c in addr):
        raise AddressError(f"{text!r}: an address cannot contain a space")
    return Address(name, check_email(addr, text))
