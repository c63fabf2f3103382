"""A distribution run, in order: check → plan → send → report.

1. Check everything that can be checked before a single message leaves: the reader
   list (done by `lists`), the attachments, the SMTP settings and password, and one
   cover note per brief (a template error must not stop a run half way).
2. Plan from the ledger: a reader already `delivered` is skipped, one `in doubt` is
   reported and not guessed about; `--resend-in-doubt` sends the in-doubt ones again,
   `--resend` sends to everyone again.
3. Send, one message at a time over one connection, paced by the rate limit. Each
   attempt is written to the ledger before it starts and confirmed after; transient
   failures are retried with exponential backoff, permanent ones recorded. A message
   sent whole whose reply never came is `in doubt` and not retried: the server may
   have it, and a retry would be a second copy in the reader's inbox.
4. Report every brief × reader with its status; `Report.complete` says whether
   every reader has the brief, which becomes the exit code.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from briefgen.address import Address, parse_address
from briefgen.config import Config, smtp_password
from briefgen.distribute import ledger as ledger_mod
from briefgen.distribute.briefs import BriefFile
from briefgen.distribute.cover import CoverNotes
from briefgen.distribute.ledger import DEFERRED, DELIVERED, FAILED, IN_DOUBT, Ledger
from briefgen.distribute.lists import DistributionList
from briefgen.distribute.mail import build_message, check_attach, read_attachments
from briefgen.distribute.smtp import InDoubt, Permanent, SmtpTransport, Transient
from briefgen.errors import ConfigError

ALREADY = "already delivered"
CHECK_THEN_RESEND = "check with the reader, then use --resend-in-doubt"
WOULD_SEND = "would send"
NOT_SENT = "not sent"
OK_STATUSES = (DELIVERED, ALREADY, WOULD_SEND)
MAX_BACKOFF = 300.0


@dataclass(frozen=True)
class Result:
    """What happened to one brief for one reader in this run."""

    title: str
    reader: Address
    status: str
    detail: str = ""


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    aborted: str | None = None
    dry_run: bool = False

    @property
    def complete(self) -> bool:
        """True when every reader has (or, in a dry run, would get) every brief."""
        return self.aborted is None and all(r.status in OK_STATUSES for r in self.results)

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for result in self.results:
            counts[result.status] = counts.get(result.status, 0) + 1
        return counts


class _Pacer:
    """Spaces sends at least 60/rate seconds apart (no waiting without a rate)."""

    def __init__(self, per_minute: float | None, sleep: Callable[[float], None]) -> None:
        self.interval = 60.0 / per_minute if per_minute else 0.0
        self.sleep = sleep
        self.next = 0.0

    def wait(self) -> None:
        if not self.interval:
            return
        delay = self.next - time.monotonic()
        if delay > 0:
            self.sleep(delay)
        self.next = max(time.monotonic(), self.next) + self.interval


def _sender(config: Config) -> Address:
    if config.settings.smtp is None:
        raise ConfigError(f"{config.where}: no [smtp] section; it says how to send (see README)")
    return parse_address(config.settings.smtp.sender)


def _plan(
    item: BriefFile,
    readers: DistributionList,
    ledger: Ledger | None,
    resend: bool,
    resend_in_doubt: bool = False,
) -> Iterator[tuple[Address, Result | None]]:
    """(reader, None) to send, or (reader, Result) when the ledger says not to."""
    for reader in readers.readers:
        entry = ledger.get(item.key, reader.key) if ledger else None
        if entry and not resend:
            if entry.status == DELIVERED:
                yield reader, Result(item.title, reader, ALREADY, entry.message_id)
                continue
            if entry.status in (IN_DOUBT, ledger_mod.SENDING) and not resend_in_doubt:
                detail = f"{entry.detail or 'no reply to it'}; {CHECK_THEN_RESEND}"
                yield reader, Result(item.title, reader, IN_DOUBT, detail)
                continue
        yield reader, None


def distribute(
    briefs: list[BriefFile],
    readers: DistributionList,
    config: Config,
    *,
    attach: list[str] | None = None,
    resend: bool = False,
    resend_in_doubt: bool = False,
    dry_run: bool = False,
    template: str | None = None,
    transport: SmtpTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    progress: Callable[[Result], None] | None = None,
) -> Report:
    """Send each brief to each reader who does not have it yet; see the module docstring."""
    sender = _sender(config)
    formats = check_attach(attach or list(config.settings.distribute.attach))
    notes = CoverNotes(template or config.settings.distribute.template)
    payloads = {item.key: read_attachments(item, formats) for item in briefs}
    for item in briefs:  # a broken cover note fails here, before anything is sent
        build_message(item, readers.readers[0], sender, notes, payloads[item.key])
    ledger_path = config.resolve(config.settings.distribute.ledger)
    report = Report(dry_run=dry_run)

    def record(result: Result) -> None:
        report.results.append(result)
        if progress:
            progress(result)

    if dry_run:
        ledger = Ledger(ledger_path) if ledger_path.is_file() else None
        for item in briefs:
            for reader, known in _plan(item, readers, ledger, resend, resend_in_doubt):
                record(known or Result(item.title, reader, WOULD_SEND))
        if ledger:
            ledger.close()
        return report

    smtp = config.settings.smtp
    assert smtp is not None
    transport = transport or SmtpTransport(smtp, smtp_password())
    with Ledger(ledger_path) as ledger, ledger.exclusive():
        ledger.mark_in_doubt()
        run = _Run(ledger, transport, sender, notes, smtp.retries, smtp.backoff, sleep)
        pacer = _Pacer(smtp.rate_per_minute, sleep)
        try:
            for item in briefs:
                for reader, known in _plan(item, readers, ledger, resend, resend_in_doubt):
                    if known:
                        record(known)
                    elif report.aborted:
                        record(Result(item.title, reader, NOT_SENT, report.aborted))
                    else:
                        result = run.deliver(item, reader, payloads[item.key], pacer)
                        if result.status == NOT_SENT:
                            report.aborted = result.detail
                        record(result)
        except BaseException:
            transport.abort()
            raise
        transport.close()
    return report


@dataclass
class _Run:
    """The sending half of a run: one message, with its retries, at a time."""

    ledger: Ledger
    transport: SmtpTransport
    sender: Address
    notes: CoverNotes
    retries: int
    backoff: float
    sleep: Callable[[float], None]

    def deliver(
        self, item: BriefFile, reader: Address, payload: dict[str, bytes], pacer: _Pacer
    ) -> Result:
        """Send one message, retrying transient failures; every attempt in the ledger."""
        message = build_message(item, reader, self.sender, self.notes, payload)
        data = message.as_bytes()
        message_id = str(message["Message-ID"])
        last = ""
        connected_once = False
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(min(self.backoff * 2 ** (attempt - 1), MAX_BACKOFF))
            try:
                self.transport.connect()
            except Transient as exc:
                last = str(exc)
                continue
            connected_once = True
            pacer.wait()
            self.ledger.begin(item.key, item.title, reader)
            try:
                reply = self.transport.send(data, self.sender.email, reader.email)
            except Transient as exc:
                last = str(exc)
                self.ledger.finish(item.key, reader.key, DEFERRED, message_id, last)
                continue
            except Permanent as exc:
                self.ledger.finish(item.key, reader.key, FAILED, message_id, str(exc))
                return Result(item.title, reader, FAILED, str(exc))
            except InDoubt as exc:  # never retried on its own: it may be in the inbox
                self.ledger.finish(item.key, reader.key, IN_DOUBT, message_id, str(exc))
                return Result(item.title, reader, IN_DOUBT, f"{exc}; {CHECK_THEN_RESEND}")
            except BaseException:
                # interrupted: if DATA had not begun, nothing left; otherwise in doubt
                if not self.transport.data_started:
                    self.ledger.finish(item.key, reader.key, DEFERRED, message_id, "interrupted")
                raise
            self.ledger.finish(item.key, reader.key, DELIVERED, message_id, reply)
            return Result(item.title, reader, DELIVERED, message_id)
        if not connected_once:  # the server never answered: stop the whole run
            return Result(item.title, reader, NOT_SENT, last)
        return Result(item.title, reader, DEFERRED, last)
