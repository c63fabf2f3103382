"""Talking to the mail server: one connection per run, one transaction per message.

`SmtpTransport.send` runs MAIL FROM / RCPT TO / DATA itself (rather than smtplib's
`sendmail`) so that every reply is seen and sorted: 2xx delivered, 4xx and a dropped
connection `Transient` (worth retrying), 5xx `Permanent`. Once the whole message has
gone out, silence is different: a dropped connection or a timeout before the server's
reply to it is `InDoubt`, because the server may already have queued the message and
sending it again would give the reader a second copy. Problems no retry can fix
(login refused, no STARTTLS, an untrusted certificate) are `DistributionError`s that
end the run. The password is used for login and appears in no message.
"""

from __future__ import annotations

import re
import smtplib
import socket
import ssl

from briefgen.config import PASSWORD_VARIABLE, SmtpSettings
from briefgen.errors import ConfigError, DistributionError


class Transient(Exception):
    """Worth trying again: a 4xx reply, a timeout or a dropped connection."""


class Permanent(Exception):
    """The server refused for good (5xx): retrying would not help."""


class InDoubt(Exception):
    """The whole message went out and no reply came: the server may or may not have it."""


# RFC 5321 4.5.2: a line of the message that starts with "." gets a second one.
_LEADING_DOT = re.compile(rb"(?m)^\.")


def _reply_text(code: int, text: bytes | str) -> str:
    message = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(message.split())}".strip()


class SmtpTransport:
    """A lazily opened, reused SMTP connection with the settings of `[smtp]`."""

    def __init__(self, settings: SmtpSettings, password: str | None) -> None:
        if settings.user and not password:
            raise ConfigError(f"smtp.user is set: put the password in {PASSWORD_VARIABLE}")
        if settings.user and settings.security == "none":
            raise ConfigError(
                "smtp.user is set but smtp.security is 'none': refusing to send the password"
                " unencrypted (use 'starttls' or 'ssl')"
            )
        self.settings = settings
        self._password = password
        self._conn: smtplib.SMTP | None = None
        # True from the server's 354 go-ahead on: the message may be on its way
        self.data_started = False

    @property
    def where(self) -> str:
        return f"{self.settings.host}:{self.settings.effective_port}"

    def _tls_context(self) -> ssl.SSLContext:
        cafile = str(self.settings.ca_file) if self.settings.ca_file else None
        try:
            return ssl.create_default_context(cafile=cafile)
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(f"smtp.ca_file: cannot load {cafile} ({exc})") from None

    def _open(self) -> smtplib.SMTP:
        s = self.settings
        # gethostname, not smtplib's default getfqdn, which can stall on a slow resolver
        helo = socket.gethostname() or "localhost"
        if s.security == "ssl":
            return smtplib.SMTP_SSL(
                s.host, s.effective_port, helo, timeout=s.timeout, context=self._tls_context()
            )
        conn = smtplib.SMTP(s.host, s.effective_port, helo, timeout=s.timeout)
        conn.ehlo()
        if s.security == "starttls":
            if not conn.has_extn("starttls"):
                conn.close()
                raise DistributionError(f"{self.where}: the server does not offer STARTTLS")
            conn.starttls(context=self._tls_context())
            conn.ehlo()
        return conn

    def connect(self) -> None:
        """Open the connection and log in, unless it is already open."""
        if self._conn is not None:
            return
        conn = None
        try:
            conn = self._open()
            if self.settings.user:
                conn.login(self.settings.user, self._password or "")
        except smtplib.SMTPAuthenticationError as exc:
            self._discard(conn)
            raise DistributionError(
                f"{self.where}: login refused for user {self.settings.user!r}"
                f" ({_reply_text(exc.smtp_code, exc.smtp_error)})"
            ) from None
        except smtplib.SMTPNotSupportedError as exc:
            self._discard(conn)
            raise DistributionError(f"{self.where}: {exc}") from None
        except ssl.SSLError as exc:
            self._discard(conn)
            raise DistributionError(f"{self.where}: TLS failed ({exc.reason or exc})") from None
        except smtplib.SMTPResponseException as exc:
            self._discard(conn)
            reply = _reply_text(exc.smtp_code, exc.smtp_error)
            if 400 <= exc.smtp_code < 500:
                raise Transient(f"{self.where}: {reply}") from None
            raise DistributionError(
                f"{self.where}: the server refused the session ({reply})"
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            self._discard(conn)
            raise Transient(f"{self.where}: cannot connect ({exc})") from None
        self._conn = conn

    def _discard(self, conn: smtplib.SMTP | None) -> None:
        if conn is not None:
            try:
                conn.close()
            except OSError:
                pass
        if conn is self._conn:
            self._conn = None

    def close(self) -> None:
        """Say QUIT politely; a connection that is already gone is simply dropped."""
        if self._conn is None:
            return
        try:
            self._conn.quit()
        except (OSError, smtplib.SMTPException):
            pass
        self._discard(self._conn)
        self._conn = None

    def abort(self) -> None:
        """Drop the connection at once, without QUIT (on Ctrl-C nobody wants to wait)."""
        self._discard(self._conn)

    def _refused(self, conn: smtplib.SMTP, code: int, text: bytes | str, step: str) -> Exception:
        """The exception for a refusal at `step`, after resetting the transaction."""
        reply = f"{step}: {_reply_text(code, text)}"
        if code == 421 or code < 0:  # the server is closing the connection
            self._discard(conn)
            return Transient(reply)
        try:
            conn.rset()
        except (OSError, smtplib.SMTPException):
            self._discard(conn)
        return Permanent(reply) if 500 <= code < 600 else Transient(reply)

    def send(self, data: bytes, sender: str, recipient: str) -> str:
        """Send one message to one recipient: the server's reply, or an exception.

        `Transient` and `Permanent` mean the server does not have the message;
        `InDoubt` that it went out whole and the reply never came.
        """
        self.data_started = False
        self.connect()
        conn = self._conn
        assert conn is not None
        try:
            code, text = conn.mail(sender)
            if code != 250:
                raise self._refused(conn, code, text, "MAIL FROM")
            code, text = conn.rcpt(recipient)
            if code not in (250, 251):
                raise self._refused(conn, code, text, "RCPT TO")
            code, text = conn.docmd("data")
            if code != 354:  # no go-ahead: nothing of the message was sent
                raise self._refused(conn, code, text, "DATA")
            self.data_started = True
            conn.send(_terminated(data))
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            # the end-of-data line is the last thing sent: if sending failed before it
            # left, the server cannot have accepted the message, so trying again is safe
            self._discard(conn)
            raise Transient(f"connection lost ({exc or type(exc).__name__})") from None
        return self._final_reply(conn)

    def _final_reply(self, conn: smtplib.SMTP) -> str:
        """The server's answer to a message sent whole; `InDoubt` if none comes."""
        try:
            code, text = conn.getreply()
        except (OSError, smtplib.SMTPException) as exc:
            self._discard(conn)
            raise InDoubt(
                "the whole message was sent but the server's reply never came"
                f" ({exc or type(exc).__name__}): it may have the message"
            ) from None
        if code < 0:  # not an SMTP reply at all: what the server did is unknown
            self._discard(conn)
            raise InDoubt(f"the server answered the message with {_reply_text(code, text)!r}")
        if code != 250:
            raise self._refused(conn, code, text, "DATA")
        return _reply_text(code, text)


def _terminated(data: bytes) -> bytes:
    """The message as it goes after DATA: leading dots doubled, ended by CRLF.CRLF."""
    body = _LEADING_DOT.sub(b"..", data)
    if not body.endswith(b"\r\n"):
        body += b"\r\n"
    return body + b".\r\n"
