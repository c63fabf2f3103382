"""A run killed mid-send loses nothing, and the one message in flight is marked in doubt."""

import os
import signal
import subprocess
import sys

from conftest import ROOT
from mailkit import Behaviour, Mailbox, mail_server, make_briefs, readers, write_config

from briefgen.config import load_config
from briefgen.distribute.briefs import find_briefs
from briefgen.distribute.ledger import read_ledger
from briefgen.distribute.lists import load_list
from briefgen.distribute.send import ALREADY, distribute

TITLES = ["River tax vote", "Port expansion plan"]


def statuses(project):
    rows = read_ledger(project / ".briefgen" / "ledger.sqlite")
    return {(e.title, e.reader): e.status for e in rows}


def _default_sigint() -> None:
    # A suite started in the background (`cmd &` without job control, nohup) ignores
    # SIGINT, and a child inherits that, so Python never turns Ctrl-C into
    # KeyboardInterrupt. Ctrl-C at a terminal, where SIGINT is not ignored, is tested.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start_and_stop(project, behaviour, port, sig):
    """Run `briefgen distribute` in a child process; send it `sig` once the server holds."""
    child = subprocess.Popen(
        [sys.executable, "-m", "briefgen", "distribute", "--to", "readers"],
        cwd=project,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_default_sigint,
    )
    try:
        assert behaviour.arrived.wait(30), "the held command never reached the server"
        child.send_signal(sig)
        return child.communicate(timeout=20)
    finally:
        behaviour.release.set()
        if child.poll() is None:
            child.kill()


def test_kill_during_send_then_rerun(tmp_path):
    make_briefs(tmp_path, TITLES)
    behaviour = Behaviour(hold_at=3)  # the server sits on the 3rd message's reply
    box = Mailbox(behaviour)
    with mail_server(box) as port:
        write_config(tmp_path, port, readers(4))
        start_and_stop(tmp_path, behaviour, port, signal.SIGKILL)
        assert len(box.received) == 3  # the server took the message the client died on

        assert statuses(tmp_path) == {
            (TITLES[0], "reader1@example.org"): "delivered",
            (TITLES[0], "reader2@example.org"): "delivered",
            (TITLES[0], "reader3@example.org"): "sending",
        }
        config = load_config(tmp_path / "briefgen.toml")
        rerun = distribute(
            find_briefs(None, tmp_path / "output"), load_list("readers", config), config
        )
    assert rerun.counts() == {ALREADY: 2, "in doubt": 1, "delivered": 5}
    assert not rerun.complete  # in doubt is not "delivered": the exit code says so
    (doubt,) = [r for r in rerun.results if r.status == "in doubt"]
    assert (doubt.title, doubt.reader.email) == (TITLES[0], "reader3@example.org")
    assert statuses(tmp_path)[(TITLES[0], "reader3@example.org")] == "in doubt"
    for i in range(1, 5):  # nobody got anything twice, nobody was left out
        got = sorted(r.message["Subject"] for r in box.to(f"reader{i}@example.org"))
        assert got == sorted(TITLES), f"reader{i}"


def test_ctrl_c_before_the_message_went_out_leaves_nothing_in_doubt(tmp_path):
    make_briefs(tmp_path, TITLES[:1])
    behaviour = Behaviour(hold_rcpt="reader2@example.org")
    box = Mailbox(behaviour)
    with mail_server(box) as port:
        write_config(tmp_path, port, readers(3))
        _, stderr = start_and_stop(tmp_path, behaviour, port, signal.SIGINT)
    assert "briefgen: error: interrupted" in stderr
    assert statuses(tmp_path) == {
        (TITLES[0], "reader1@example.org"): "delivered",
        (TITLES[0], "reader2@example.org"): "deferred",  # sent again by the next run
    }
