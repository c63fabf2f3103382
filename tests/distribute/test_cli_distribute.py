"""`briefgen distribute` and `--status` through the command line: output and exit codes."""

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

from briefgen.cli import main

TITLES = ["River tax vote", "Port expansion plan"]


@pytest.fixture
def project(tmp_path, monkeypatch):
    make_briefs(tmp_path, TITLES, docx=True)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("BRIEFGEN_DEBUG", raising=False)
    return tmp_path


def test_dry_run_first_shows_who_would_get_what(project, runner):
    box = Mailbox()
    with mail_server(box) as port:
        write_config(project, port, readers(2))
        result = runner.invoke(main, ["distribute", "--to", "readers", "--dry-run"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert sum(line.startswith("would send") for line in lines) == 4
    assert "Reader 2 <reader2@example.org>  Port expansion plan" in result.output
    assert lines[-1] == "dry run, nothing sent: 4 would send"
    assert box.received == []


def test_send_then_status_table(project, runner):
    box = Mailbox(Behaviour(refuse={"reader2@example.org": "550 5.1.1 No such user"}))
    with mail_server(box) as port:
        write_config(project, port, readers(2))
        sent = runner.invoke(main, ["distribute", "--to", "readers", "--attach", "pdf,docx"])
    assert sent.exit_code == 1
    assert "briefgen: error: not everything was delivered: 2 delivered, 2 failed" in sent.output
    assert len(box.received) == 2
    assert all(len(list(r.message.iter_attachments())) == 2 for r in box.received)
    status = runner.invoke(main, ["distribute", "--status"])
    assert status.exit_code == 0
    table = status.output.splitlines()
    assert table[0].split() == [
        "updated",
        "status",
        "tries",
        "reader",
        "brief",
        "message",
        "id",
        "/",
        "detail",
    ]
    rows = table[2:]
    assert len(rows) == 4
    assert sum(" failed " in row and "reader2@example.org" in row for row in rows) == 2
    assert sum(" delivered " in row and "reader1@example.org" in row for row in rows) == 2


def test_in_doubt_is_reported_listed_and_resent_only_on_request(project, runner):
    box = Mailbox(Behaviour(keep_then_drop={2}))
    with mail_server(box) as port:
        write_config(project, port, readers(2))
        sent = runner.invoke(main, ["distribute", "--to", "readers"])
        again = runner.invoke(main, ["distribute", "--to", "readers"])
        status = runner.invoke(main, ["distribute", "--status"])
        resent = runner.invoke(main, ["distribute", "--to", "readers", "--resend-in-doubt"])
    assert sent.exit_code == 1 and again.exit_code == 1
    assert "error: not everything was delivered: 3 delivered, 1 in doubt;" in sent.output
    assert "--resend-in-doubt" in sent.output.splitlines()[-1]
    assert "1 already delivered" not in again.output and "3 already delivered" in again.output
    assert status.exit_code == 0
    listed = status.output.split("--resend-in-doubt:", 1)[1].strip().splitlines()
    assert "1 message(s) in doubt;" in status.output
    assert len(listed) == 1 and "reader2@example.org" in listed[0]
    assert TITLES[0] in listed[0]
    assert resent.exit_code == 0, resent.output
    assert [r.rcpt_tos for r in box.received].count(["reader2@example.org"]) == 3


def test_status_of_an_empty_ledger(project, runner):
    result = runner.invoke(main, ["distribute", "--status"])
    assert result.exit_code == 0 and "nothing has been sent yet" in result.output


@pytest.mark.parametrize(
    ("args", "code", "expected_error"),
    [
        (["distribute"], 2, "say who gets the briefs with --to LIST"),
        (["distribute", "--to", "staff"], 2, "unknown distribution list 'staff'"),
        (["distribute", "--to", "readers", "--attach", "odt"], 1, "cannot attach odt"),
        (["distribute", "--to", "readers", "missing.pdf"], 1, "missing.pdf: no such file"),
    ],
)
def test_mistakes_are_one_line(project, runner, args, code, expected_error):
    write_config(project, 2525, readers(1))
    result = runner.invoke(main, args)
    assert result.exit_code == code
    assert result.output.strip().splitlines() == [
        f"briefgen: error: {result.output.split('error: ', 1)[1].strip()}"
    ]
    assert expected_error in result.output


def test_an_invalid_address_stops_everything_before_sending(project, runner):
    box = Mailbox()
    with mail_server(box) as port:
        write_config(project, port, ["ok@example.org", "Bob <bob@example>"])
        result = runner.invoke(main, ["distribute", "--to", "readers"])
    assert result.exit_code == 1
    assert "1 invalid address(es), nothing sent" in result.output
    assert "lists.readers.recipients[1]: 'Bob <bob@example>'" in result.output
    assert box.received == []


def test_the_password_never_reaches_output_ledger_or_messages(
    project, runner, monkeypatch, tmp_path_factory
):
    secret = "pw-7d1f-secret"
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", secret)
    ca_file, context = make_ca_and_server_cert(tmp_path_factory.mktemp("tls"))
    box = Mailbox()
    options = dict(
        tls_context=context,
        require_starttls=True,
        auth_required=True,
        authenticator=Credentials("briefs", secret),
    )
    with mail_server(box, **options) as port:
        extra = f'user = "briefs"\nca_file = "{ca_file}"'
        write_config(project, port, readers(1), security="starttls", extra_smtp=extra)
        result = runner.invoke(main, ["distribute", "--to", "readers"])
        assert result.exit_code == 0, result.output
        status = runner.invoke(main, ["distribute", "--status"])
    assert len(box.received) == 2
    assert secret not in result.output + status.output
    assert all(secret.encode() not in p.read_bytes() for p in (project / ".briefgen").iterdir())
    assert all(secret not in r.message.as_string() for r in box.received)


def test_a_password_is_never_sent_unencrypted(project, runner, monkeypatch):
    monkeypatch.setenv("BRIEFGEN_SMTP_PASSWORD", "pw")
    write_config(project, 2525, readers(1), security="none", extra_smtp='user = "briefs"')
    result = runner.invoke(main, ["distribute", "--to", "readers"])
    assert result.exit_code == 1
    assert "refusing to send the password unencrypted" in result.output


def test_a_user_without_a_password_is_told_where_to_put_it(project, runner, monkeypatch):
    monkeypatch.delenv("BRIEFGEN_SMTP_PASSWORD", raising=False)
    write_config(project, 2525, readers(1), security="starttls", extra_smtp='user = "briefs"')
    result = runner.invoke(main, ["distribute", "--to", "readers"])
    assert result.exit_code == 1
    assert "put the password in BRIEFGEN_SMTP_PASSWORD" in result.output
