"""Which network addresses briefgen may fetch from: public ones only, by default.

A URL in a `.urls` file, a feed entry's link or a redirect could point briefgen at
the machine it runs on or at the network behind it (`http://127.0.0.1:8080/admin`,
`http://169.254.169.254/` cloud metadata, a router at 192.168.1.1), and the answer
would become a brief (server-side request forgery). So every connection is made by
`connect`: it resolves the host once, refuses loopback, private, link-local,
multicast, unspecified, reserved and other non-public addresses, connects to an
address it has just checked (never resolving the name again, so a DNS answer that
changes between check and use, "DNS rebinding", cannot slip through), and checks
the peer address of the socket it got. `[sources] allow_private = true` in
briefgen.toml lifts the refusal, for an intranet or a test server on loopback.
"""

from __future__ import annotations

import ipaddress
import socket

from briefgen.errors import SourceError


def is_url(value: object) -> bool:
    """True for an http(s) URL given as a string."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


ALLOW_HINT = "set [sources] allow_private = true in briefgen.toml to fetch it"


class AddressRefused(SourceError):
    """A host resolved only to addresses that briefgen may not fetch from."""


def refusal(ip: str) -> str | None:
    """Why `ip` is not a public address ("loopback", "private", …), or None if it is.

    >>> refusal("127.0.0.1"), refusal("::ffff:10.0.0.1"), refusal("93.184.216.34")
    ('loopback', 'private', None)
    """
    try:
        address = ipaddress.ip_address(ip.split("%", 1)[0])  # drop an IPv6 zone ("fe80::1%eth0")
    except ValueError:
        return "unparsable"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped  # ::ffff:127.0.0.1 reaches 127.0.0.1
    # Order matters: Python counts loopback and link-local as "private" too.
    for kind in ("loopback", "link_local", "multicast", "unspecified", "reserved", "private"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    if not address.is_global:  # 100.64.0.0/10 (carrier-grade NAT) and the like
        return "non-public"
    return None


def _refused(host: str, ip: str, kind: str) -> AddressRefused:
    shown = host if host == ip else f"{host} ({ip})"
    return AddressRefused(f"refused: {shown} is a {kind} address, not a public one; {ALLOW_HINT}")


def connect(
    address: tuple[str, int],
    timeout: object = None,
    source_address: tuple[str, int] | None = None,
    *,
    allow_private: bool = False,
) -> socket.socket:
    """A TCP connection to `address` (host, port), made only to an address that passes
    `refusal` unless `allow_private`; a drop-in for `socket.create_connection`."""
    host, port = address
    found = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)
    refused: AddressRefused | None = None
    last: OSError | None = None
    for family, kind, proto, _, sockaddr in found:
        ip = str(sockaddr[0])
        reason = None if allow_private else refusal(ip)
        if reason:
            refused = refused or _refused(host, ip, reason)
            continue
        sock = socket.socket(family, kind, proto)
        try:
            if isinstance(timeout, int | float):  # not socket's "global default" marker
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)  # the address just checked, not the name again
            peer = str(sock.getpeername()[0])
            reason = None if allow_private else refusal(peer)
            if reason:
                raise _refused(host, peer, reason)
            return sock
        except OSError as exc:
            sock.close()
            last = exc
        except AddressRefused:
            sock.close()
            raise
    if last is not None:
        raise last
    if refused is not None:
        raise refused
    raise OSError(f"{host}: no address to connect to")
