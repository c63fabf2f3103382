"""Sending to a real SMTP server on loopback: what arrives, and what the ledger says.

Every test ends by checking the promise of the feature: each reader has each brief
exactly once (after a rerun where the first run could not finish).
"""

import io
import time

import pytest
from mailkit import (
    Behaviour,
    Credentials,
    Mailbox,
    mail_server,
    make_briefs,
    make_ca_and_server_cert,
    readers,
    write_config,
)
from pypdf import PdfReader

from briefgen.config import load_config
from briefgen.distribute.briefs import find_briefs
from briefgen.distribute.ledger import read_ledger
from briefgen.distribute.lists import load_list
from briefgen.distribute.send import ALREADY, NOT_SENT, distribute
from briefgen.errors import DistributionError

TITLES = ["River tax vote", "Port expansion plan"]


def run(project, **options):
    config = load_config(project / "briefgen.toml")
    briefs = find_briefs(None, project / "output")
    return distribute(briefs, load_list("readers", config), config, **options)


def ledger(project):
    return {(e.title, e.reader): e for e in read_ledger(project / ".briefgen" / "ledger.sqlite")}


def assert_each_reader_has_each_brief_once(box, n_readers, titles=TITLES):
    for i in range(1, n_readers + 1):
        subjects = sorted(r.message["Subject"] for r in box.to(f"reader{i}@example.org"))
        assert subjects == sorted(titles), f"reader{i}"


@pytest.fixture
def project(tmp_path):
    make_briefs(tmp_path, TITLES)
    return tmp_path


def test_every_reader_gets_every_brief_over_one_connection(project):
    box = Mailbox()
    with mail_server(box) as port:
        write_config(project, port, readers(3))
        report = run(project)
    assert report.complete and report.counts() == {"delivered": 6}
    assert box.connections == 1
    assert_each_reader_has_each_brief_once(box, 3)
    for received in box.received:
        message = received.message
        assert received.rcpt_tos == [message["To"].addresses[0].addr_spec]
        assert received.mail_from == "briefs@example.org"
        assert message["From"] == "Briefing Unit <briefs@example.org>"
        (pdf,) = [
            p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"
        ]
        assert PdfReader(io.BytesIO(pdf.get_content())).metadata.title == message["Subject"]
        entry = ledger(project)[(message["Subject"], received.rcpt_tos[0])]
        assert (entry.status, entry.attempts) == ("delivered", 1)
        assert entry.message_id == message["Message-ID"]


def test_a_second_run_sends_nothing_and_resend_sends_again(project):
    box = Mailbox()
    with mail_server(box) as port:
        write_config(project, port, readers(2))
        run(project)
        again = run(project)
        assert again.complete and again.counts() == {ALREADY: 4}
        assert len(box.received) == 4
        resent = run(project, resend=True)
    assert resent.counts() == {"delivered": 4} and len(box.received) == 8


def test_starttls_with_a_private_ca_and_login(project, tmp_path_factory, monkeypatch):
    ca_file, context = make_ca_and_server_cert(tmp_path_factory.mktemp("tls"))
    box = Mailbox()
    options = dict(
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        authenticator=Credentials("briefs", "s3cret pass"),
    )
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "s3cret pass")
    with mail_server(box, **options) as port:
        write_config(
            project,
            port,
            readers(2),
            security="starttls",
            extra_smtp=f'user = "briefs"\nca_file = "{ca_file}"',
        )
        report = run(project)
    assert report.complete
    assert_each_reader_has_each_brief_once(box, 2)


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_ssl_from_the_start(project, tmp_path_factory, monkeypatch):
    ca_file, context = make_ca_and_server_cert(tmp_path_factory.mktemp("tls"))
    box = Mailbox()
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "pw")
    # aiosmtpd offers AUTH only after its own STARTTLS, hence auth_require_tls=False here
    with mail_server(
        box,
        ssl_context=context,
        auth_required=True,
        auth_require_tls=False,
        authenticator=Credentials("u", "pw"),
    ) as port:
        write_config(
            project,
            port,
            readers(1),
            security="ssl",
            extra_smtp=f'user = "u"\nca_file = "{ca_file}"',
        )
        assert run(project).complete
    assert_each_reader_has_each_brief_once(box, 1)


@pytest.mark.parametrize(
    ("password", "ca", "expected_error"),
    [
        ("wrong", True, "login refused for user 'briefs'"),
        ("s3cret", False, "TLS failed"),
    ],
)
def test_login_or_certificate_failure_stops_before_sending(
    project, tmp_path_factory, monkeypatch, password, ca, expected_error
):
    ca_file, context = make_ca_and_server_cert(tmp_path_factory.mktemp("tls"))
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", password)
    box = Mailbox()
    options = dict(
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        authenticator=Credentials("briefs", "s3cret"),
    )
    with mail_server(box, **options) as port:
        extra = 'user = "briefs"' + (f'\nca_file = "{ca_file}"' if ca else "")
        write_config(project, port, readers(2), security="starttls", extra_smtp=extra)
        with pytest.raises(DistributionError, match=expected_error) as error:
            run(project)
    assert password not in str(error.value)
    assert box.received == [] and ledger(project) == {}


def test_a_refused_recipient_is_recorded_and_served_on_the_rerun(project):
    behaviour = Behaviour(refuse={"reader2@example.org": "550 5.1.1 Mailbox unavailable"})
    box = Mailbox(behaviour)
    with mail_server(box) as port:
        write_config(project, port, readers(3))
        report = run(project)
        assert not report.complete and report.counts() == {"delivered": 4, "failed": 2}
        entry = ledger(project)[(TITLES[0], "reader2@example.org")]
        assert entry.status == "failed" and "550 5.1.1 Mailbox unavailable" in entry.detail
        behaviour.refuse.clear()  # the reader's mailbox is fixed
        rerun = run(project)
    assert rerun.complete and rerun.counts() == {ALREADY: 4, "delivered": 2}
    assert_each_reader_has_each_brief_once(box, 3)


def test_451_then_accepted_is_retried_within_the_run(project):
    box = Mailbox(Behaviour(defer_once={"reader2@example.org"}))
    with mail_server(box) as port:
        write_config(project, port, readers(3))
        report = run(project)
    assert report.complete
    assert ledger(project)[(TITLES[0], "reader2@example.org")].attempts == 2
    assert_each_reader_has_each_brief_once(box, 3)


def test_a_connection_dropped_before_the_message_is_reopened_and_the_message_sent(project):
    box = Mailbox(Behaviour(drop_rcpt_at={3}))
    with mail_server(box) as port:
        write_config(project, port, readers(3))
        report = run(project)
    assert report.complete and box.connections == 2
    assert ledger(project)[(TITLES[0], "reader3@example.org")].attempts == 2
    assert_each_reader_has_each_brief_once(box, 3)


def test_retries_back_off_exponentially(project):
    box = Mailbox(Behaviour(drop_rcpt_at={1, 2, 3}))
    waits = []
    with mail_server(box) as port:
        write_config(project, port, readers(1), backoff=1.5)
        report = run(project, sleep=waits.append)
    assert report.complete and waits == [1.5, 3.0, 6.0]
    assert ledger(project)[(TITLES[0], "reader1@example.org")].attempts == 4
    assert_each_reader_has_each_brief_once(box, 1)


def test_a_server_that_stops_answering_times_out_and_is_tried_again(project):
    box = Mailbox(Behaviour(stall_rcpt_at={2}))
    with mail_server(box) as port:
        write_config(project, port, readers(2), timeout=0.5)
        start = time.monotonic()
        report = run(project)
        elapsed = time.monotonic() - start
    assert report.complete and elapsed < 1.4
    assert ledger(project)[(TITLES[0], "reader2@example.org")].attempts == 2
    assert_each_reader_has_each_brief_once(box, 2)


def test_a_server_that_keeps_failing_leaves_deferred_rows_for_the_rerun(project):
    behaviour = Behaviour(drop_rcpt_at=set(range(3, 100)))
    box = Mailbox(behaviour)
    with mail_server(box) as port:
        write_config(project, port, readers(3), extra_smtp="retries = 1")
        report = run(project)
        assert not report.complete
        statuses = sorted(e.status for e in ledger(project).values())
        assert statuses == ["deferred"] * 4 + ["delivered"] * 2
        behaviour.drop_rcpt_at.clear()
        assert run(project).complete
    assert_each_reader_has_each_brief_once(box, 3)


def copies(box, reader, title):
    return sum(r.message["Subject"] == title for r in box.to(reader))


def test_a_message_kept_but_never_confirmed_is_in_doubt_and_not_sent_twice(project):
    """Issue 15: the server queues the message, then the line drops before its 250."""
    box = Mailbox(Behaviour(keep_then_drop={3}))
    with mail_server(box) as port:
        write_config(project, port, readers(3))
        report = run(project)
        assert not report.complete
        assert report.counts() == {"delivered": 5, "in doubt": 1}
        (doubt,) = [r for r in report.results if r.status == "in doubt"]
        assert (doubt.title, doubt.reader.email) == (TITLES[0], "reader3@example.org")
        assert "--resend-in-doubt" in doubt.detail
        row = ledger(project)[(TITLES[0], "reader3@example.org")]
        assert (row.status, row.attempts) == ("in doubt", 1)
        assert row.message_id == box.to("reader3@example.org")[0].message["Message-ID"]
        assert_each_reader_has_each_brief_once(box, 3)  # once: no automatic retry

        rerun = run(project)  # a plain rerun does not guess either
        assert rerun.counts() == {ALREADY: 5, "in doubt": 1}
        assert copies(box, "reader3@example.org", TITLES[0]) == 1

        resent = run(project, resend_in_doubt=True)  # the explicit way
    assert resent.counts() == {ALREADY: 5, "delivered": 1} and resent.complete
    assert copies(box, "reader3@example.org", TITLES[0]) == 2
    assert ledger(project)[(TITLES[0], "reader3@example.org")].status == "delivered"


def test_a_reply_that_times_out_after_the_message_is_in_doubt(project):
    box = Mailbox(Behaviour(keep_then_stall={2}))
    with mail_server(box) as port:
        write_config(project, port, readers(2), timeout=0.5)
        report = run(project)
    assert report.counts() == {"delivered": 3, "in doubt": 1}
    assert ledger(project)[(TITLES[0], "reader2@example.org")].attempts == 1
    assert_each_reader_has_each_brief_once(box, 2)


def test_a_drop_after_the_message_is_in_doubt_even_when_the_server_lost_it(project):
    """The client cannot tell a server that kept the message from one that did not."""
    box = Mailbox(Behaviour(drop_at={2}))  # gone after the message, which is not kept
    with mail_server(box) as port:
        write_config(project, port, readers(2))
        report = run(project)
        assert report.counts() == {"delivered": 3, "in doubt": 1}
        assert copies(box, "reader2@example.org", TITLES[0]) == 0
        assert run(project, resend_in_doubt=True).complete
    assert_each_reader_has_each_brief_once(box, 2)


def test_a_server_that_is_down_stops_the_run_and_the_rerun_sends_everything(project):
    box = Mailbox()
    with mail_server(box) as port:
        pass  # started and stopped: nothing listens on the port now
    write_config(project, port, readers(2), extra_smtp="retries = 1")
    report = run(project)
    assert report.aborted and "cannot connect" in report.aborted
    assert report.counts() == {NOT_SENT: 4} and ledger(project) == {}
    with mail_server(box, port=port):
        assert run(project).complete
    assert_each_reader_has_each_brief_once(box, 2)


def test_the_rate_limit_paces_sending(project):
    box = Mailbox()
    with mail_server(box) as port:
        write_config(project, port, readers(2), extra_smtp="rate_per_minute = 600")
        start = time.monotonic()
        assert run(project).complete
        elapsed = time.monotonic() - start
    assert elapsed >= 0.3  # 4 messages, 0.1 s apart


def test_dry_run_sends_nothing_and_writes_no_ledger(project):
    box = Mailbox()
    with mail_server(box) as port:
        write_config(project, port, readers(2))
        report = run(project, dry_run=True)
    assert report.complete and report.counts() == {"would send": 4}
    assert box.received == [] and not (project / ".briefgen").exists()
