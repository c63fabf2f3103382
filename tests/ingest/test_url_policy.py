"""URL policy: briefgen fetches only from public addresses unless told otherwise.

The test server is on loopback, so by default every fetch from it must be refused
before a request is sent; `allow_private` (briefgen.toml's `[sources]`) lets it
through. Public addresses are never contacted here: where a test needs a "public"
server, it declares 127.0.0.1 public by patching `hosts.refusal`.
"""

import socket

import pytest
from sourcefiles import MEALS, TRAM, html_page, rss, write

from briefgen.cli import main
from briefgen.ingest import hosts, load_sources
from briefgen.ingest.limits import Limits, in_force

STRICT = Limits(timeout=0.5, max_redirects=3)
OPEN = Limits(timeout=0.5, max_redirects=3, allow_private=True)


@pytest.mark.parametrize(
    ("ip", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("127.8.9.10", "loopback"),
        ("::1", "loopback"),
        ("::ffff:127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata service
        ("fe80::1%eth0", "link-local"),
        ("224.0.0.1", "multicast"),
        ("ff02::1", "multicast"),
        ("0.0.0.0", "unspecified"),  # reaches this machine on Linux
        ("::", "unspecified"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
        ("93.184.216.34", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_refusal_names_the_kind_of_every_non_public_address(ip, kind):
    assert hosts.refusal(ip) == kind


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "127.1", "2130706433", "0.0.0.0"])
def test_a_url_to_this_machine_is_refused_before_any_request(site, host):
    site.add("/tram", html_page(*TRAM[0]))
    port = site.base.rsplit(":", 1)[1]
    url = f"http://{host}:{port}/tram"
    articles, errors = load_sources([url], STRICT)
    assert articles == []
    (error,) = [str(e) for e in errors]
    assert error.startswith(f"{url}: refused: ")
    assert "not a public one; set [sources] allow_private = true" in error
    assert "\n" not in error
    assert site.requests == []


def test_allow_private_fetches_from_loopback(site):
    url = site.add("/tram", html_page(*TRAM[0]))
    articles, errors = load_sources([url], OPEN)
    assert errors == [] and [a.title for a in articles] == [TRAM[0][0]]


def test_a_urls_file_cannot_reach_loopback(site, tmp_path):
    url = site.add("/tram", html_page(*TRAM[0]))
    path = write(tmp_path, "reading.urls", f"{url}\n")
    articles, errors = load_sources([path], STRICT)
    assert articles == [] and "refused: 127.0.0.1 is a loopback address" in str(errors[0])
    assert site.requests == []


def test_a_local_feed_file_cannot_make_briefgen_fetch_loopback(site, tmp_path):
    link = site.add("/secret", html_page(*MEALS[0]))
    feed = write(
        tmp_path,
        "feed.rss",
        rss(
            "Post",
            [
                {"title": "Teaser", "date": "Tue, 05 Mar 2024 07:00:00 GMT", "link": link},
            ],
        ),
    )
    articles, errors = load_sources([feed], STRICT)
    assert articles == []
    assert f"{link}: refused: 127.0.0.1 is a loopback address" in str(errors[0])
    assert site.requests == []


@pytest.fixture
def loopback_is_public(monkeypatch):
    """Pretend 127.0.0.1 (the test server) is a public address; other loopback
    addresses stay refused, standing in for the internal network."""
    real = hosts.refusal
    monkeypatch.setattr(hosts, "refusal", lambda ip: None if ip == "127.0.0.1" else real(ip))


def test_a_redirect_to_a_private_address_is_refused(site, loopback_is_public):
    port = site.base.rsplit(":", 1)[1]
    start = site.add("/go", status=302, headers={"Location": f"http://127.0.0.2:{port}/admin"})
    articles, errors = load_sources([start], STRICT)
    assert articles == []
    assert str(errors[0]) == (
        f"{start}: refused: 127.0.0.2 is a loopback address, not a public one; "
        "set [sources] allow_private = true in briefgen.toml to fetch it"
    )
    assert [path for path, _ in site.requests] == ["/go"]


def test_dns_rebinding_cannot_swap_the_address_after_the_check(
    site, monkeypatch, loopback_is_public
):
    """The name is resolved once: the connection goes to the address that was checked,
    even if a second lookup would now answer with an internal address."""
    port = int(site.base.rsplit(":", 1)[1])
    site.add("/tram", html_page(*TRAM[0]))
    real = socket.getaddrinfo
    lookups = []

    def rebinding(host, *args, **kwargs):
        if host != "rebind.test":
            return real(host, *args, **kwargs)
        lookups.append(host)
        ip = "127.0.0.1" if len(lookups) == 1 else "127.0.0.2"  # public first, then not
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (ip, port))]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    articles, errors = load_sources([f"http://rebind.test:{port}/tram"], STRICT)
    assert errors == [] and [a.title for a in articles] == [TRAM[0][0]]
    assert lookups == ["rebind.test"]


def test_sources_allow_private_is_read_from_briefgen_toml(tmp_path):
    assert in_force(config=write(tmp_path, "a.toml", "")).allow_private is False
    on = write(tmp_path, "b.toml", "[sources]\nallow_private = true\noffline = true\n")
    assert (in_force(config=on).allow_private, in_force(config=on).offline) == (True, True)
    assert in_force(offline=False, config=on).offline is False


def test_cli_refuses_loopback_unless_briefgen_toml_allows_it(runner, site, tmp_path, monkeypatch):
    url = site.add("/tram", html_page(*TRAM[0]))
    monkeypatch.chdir(tmp_path)
    refused = runner.invoke(main, ["analyze", url, "--json"])
    assert refused.exit_code == 1
    assert f"briefgen: error: {url}: refused: 127.0.0.1 is a loopback address" in refused.stderr
    write(tmp_path, "briefgen.toml", "[sources]\nallow_private = true\n")
    allowed = runner.invoke(main, ["analyze", url, "--json"])
    assert allowed.exit_code == 0, allowed.stderr
    assert TRAM[0][0] in allowed.stdout


def test_a_bad_sources_value_is_a_config_error_naming_the_key(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "briefgen.toml", '[sources]\nallow_private = "maybe"\nproxy = 1\n')
    result = runner.invoke(main, ["analyze", str(write(tmp_path, "a.txt", "Title\n\nText."))])
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert "briefgen.toml: sources.allow_private: " in line
    assert "sources.proxy: unknown key" in line


def test_another_sections_problem_does_not_stop_reading_sources(tmp_path):
    path = write(tmp_path, "briefgen.toml", "[smtp]\nport = 0\n[sources]\noffline = true\n")
    assert in_force(config=path).offline is True


def test_connect_accepts_sockets_default_timeout_marker(site):
    port = int(site.base.rsplit(":", 1)[1])
    sock = hosts.connect(("127.0.0.1", port), socket._GLOBAL_DEFAULT_TIMEOUT, allow_private=True)
    sock.close()
    with pytest.raises(hosts.AddressRefused):
        hosts.connect(("127.0.0.1", port), socket._GLOBAL_DEFAULT_TIMEOUT)
