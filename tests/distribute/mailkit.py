"""Test kit: a real SMTP server on loopback (aiosmtpd), a test CA, and tiny made briefs.

`MailServer` records every message it accepts and can be told to misbehave the way
real servers do: refuse a recipient (550), answer 451 once, drop the connection
before the message (at RCPT TO) or after it (with or without keeping it), go silent,
or hold a message until the test lets it go (to kill the client mid-send).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email
import ipaddress
import json
import socket
import ssl
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from email import policy
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from builders import brief

from briefgen.model import brief_to_dict, slug_for


@dataclass
class Received:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class Behaviour:
    """How the server misbehaves; every rule is keyed on something the test chose."""

    refuse: dict[str, str] = field(default_factory=dict)  # address → "550 ..." at RCPT
    defer_once: set[str] = field(default_factory=set)  # 451 at DATA the first time
    drop_at: set[int] = field(default_factory=set)  # drop the line at these DATA counts
    drop_rcpt_at: set[int] = field(default_factory=set)  # drop at these RCPT TO counts
    stall_rcpt_at: set[int] = field(default_factory=set)  # 1.5 s silence at these RCPT counts
    keep_then_drop: set[int] = field(default_factory=set)  # keep the message, drop, no reply
    keep_then_stall: set[int] = field(default_factory=set)  # keep it, then 1.5 s silence
    hold_at: int | None = None  # wait at this DATA count until `release` is set
    hold_rcpt: str | None = None  # or wait at RCPT TO of this address
    stall_at: set[int] = field(default_factory=set)  # say nothing for 1.5 s at these DATA counts
    arrived: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


class Mailbox:
    """The aiosmtpd handler: records accepted messages, misbehaves on request."""

    def __init__(self, behaviour: Behaviour | None = None) -> None:
        self.behaviour = behaviour or Behaviour()
        self.received: list[Received] = []
        self.data_commands = 0
        self.rcpt_commands = 0
        self.sessions: set[int] = set()

    @property
    def connections(self) -> int:
        """How many connections said EHLO (one per SMTP session)."""
        return len(self.sessions)

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        self.sessions.add(id(session))
        return responses

    async def _hold(self) -> None:
        self.behaviour.arrived.set()
        deadline = time.monotonic() + 30
        while not self.behaviour.release.is_set() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.rcpt_commands += 1
        if self.rcpt_commands in self.behaviour.drop_rcpt_at:
            server.transport.close()
            return "421 closing"
        if self.rcpt_commands in self.behaviour.stall_rcpt_at:
            await asyncio.sleep(1.5)
        if address == self.behaviour.hold_rcpt:
            await self._hold()
        if address in self.behaviour.refuse:
            return self.behaviour.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.data_commands += 1
        count = self.data_commands
        if count in self.behaviour.drop_at:
            server.transport.close()
            return "421 closing"
        if count in self.behaviour.stall_at:
            await asyncio.sleep(1.5)  # cancelled, message unrecorded, when the client hangs up
        for rcpt in envelope.rcpt_tos:
            if rcpt in self.behaviour.defer_once:
                self.behaviour.defer_once.discard(rcpt)
                return "451 4.3.0 Try again later"
        message = email.message_from_bytes(envelope.original_content, policy=policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), message))
        if count in self.behaviour.keep_then_drop:  # queued, then the line goes dead
            server.transport.close()
            return "421 closing"
        if count in self.behaviour.keep_then_stall:  # queued, but the reply is never seen
            await asyncio.sleep(1.5)
        if count == self.behaviour.hold_at:  # accepted, but the reply is slow to come
            await self._hold()
        return f"250 2.0.0 Ok: queued as Q{count}"

    def to(self, address: str) -> list[Received]:
        """Every accepted message for `address`."""
        return [r for r in self.received if address in r.rcpt_tos]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@dataclass
class Credentials:
    user: str
    password: str

    def __call__(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and (
            auth_data.login.decode() == self.user and auth_data.password.decode() == self.password
        )
        return AuthResult(success=ok, handled=False)


@contextmanager
def mail_server(mailbox: Mailbox, port: int | None = None, **smtp_options):
    """Run an SMTP server on 127.0.0.1 for the duration of the block; yields the port."""
    port = port or free_port()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port, **smtp_options)
    controller.start()
    try:
        yield port
    finally:
        controller.stop()


def make_ca_and_server_cert(folder: Path) -> tuple[Path, ssl.SSLContext]:
    """A test CA (its PEM file, for the client) and a server TLS context it signed."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)

    def name(common: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("briefgen test CA"))
        .issuer_name(name("briefgen test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("localhost"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem = folder / "test-ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_pem, key_pem = folder / "server.pem", folder / "server.key"
    cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_pem, key_pem)
    return ca_pem, context


def write_pdf(path: Path, title: str, subject: str, body: str = "A brief.") -> Path:
    """A one-page PDF made with reportlab, with Title and Subject metadata."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), invariant=1)
    pdf.setTitle(title)
    pdf.setSubject(subject)
    pdf.drawString(72, 720, body)
    pdf.showPage()
    pdf.save()
    return path


def write_docx(path: Path, text: str) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def make_briefs(
    project: Path,
    titles: list[str],
    docx: bool = False,
    dates: list[str] | None = None,
    summaries: list[str] | None = None,
) -> Path:
    """`project/output/` as `briefgen make` leaves it: PDFs (+ DOCX) and last-make.json."""
    out = project / "output"
    (out / ".briefgen").mkdir(parents=True, exist_ok=True)
    entries = []
    for n, title in enumerate(titles, start=1):
        summary = summaries[n - 1] if summaries else f"Bottom line of brief {n}: the vote is close."
        made = brief(summary, title=title)
        if dates:
            day = dt.date.fromisoformat(dates[n - 1])
            made = replace(made, date=day, slug=slug_for(day, title))
        stem = made.slug
        files = {"pdf": str(write_pdf(out / f"{stem}.pdf", made.title, made.summary))}
        if docx:
            files["docx"] = str(write_docx(out / f"{stem}.docx", made.summary))
        entries.append({"brief": brief_to_dict(made), "files": files})
    (out / ".briefgen" / "last-make.json").write_text(json.dumps({"briefs": entries}))
    return out


def write_config(
    project: Path,
    port: int,
    recipients: list[str],
    *,
    security: str = "none",
    timeout: float = 5,
    backoff: float = 0,
    extra_smtp: str = "",
    extra: str = "",
) -> Path:
    """A briefgen.toml for the loopback server, with one list called `readers`."""
    path = project / "briefgen.toml"
    path.write_text(
        f"""
[smtp]
host = "127.0.0.1"
port = {port}
security = "{security}"
sender = "Briefing Unit <briefs@example.org>"
timeout = {timeout}
backoff = {backoff}
{extra_smtp}

[lists.readers]
recipients = {json.dumps(recipients)}
{extra}
"""
    )
    return path


def readers(n: int) -> list[str]:
    return [f"Reader {i} <reader{i}@example.org>" for i in range(1, n + 1)]
