"""A signal inside a held step waits for the step to end (see briefgen.interrupt)."""

from __future__ import annotations

import os
import signal

import pytest

from briefgen.interrupt import Interrupted, deferred, held, stop_on_signals


def test_a_signal_inside_deferred_is_raised_when_the_step_ends():
    steps = []
    with pytest.raises(Interrupted) as caught, stop_on_signals(), deferred():
        os.kill(os.getpid(), signal.SIGTERM)
        steps.append("renamed")
        steps.append("reported")
    assert steps == ["renamed", "reported"]
    assert caught.value.signal_name == "SIGTERM"


def test_held_hands_the_signal_to_the_caller():
    with stop_on_signals():
        with held() as seen:
            os.kill(os.getpid(), signal.SIGINT)
        assert seen.signal_name == "SIGINT"
        with held() as later:  # the first signal was the one: a second is ignored
            os.kill(os.getpid(), signal.SIGINT)
        assert later.signal_name is None


def test_outside_a_held_step_the_signal_stops_at_once():
    with pytest.raises(Interrupted), stop_on_signals():
        os.kill(os.getpid(), signal.SIGTERM)
        pytest.fail("not stopped")
