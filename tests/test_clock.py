"""The clock: SOURCE_DATE_EPOCH, and a fixed time for work done elsewhere."""

from __future__ import annotations

import datetime as dt
import threading

from briefgen import clock


def test_source_date_epoch_sets_now(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert clock.now() == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)


def test_fixed_time_wins_inside_the_block_only(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    when = dt.datetime(2001, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    with clock.fixed(when):
        assert clock.now() == when
    assert clock.now().year == 2023


def test_fixed_time_does_not_leak_into_other_threads(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    seen = []
    with clock.fixed(dt.datetime(2001, 2, 3, tzinfo=dt.UTC)):
        thread = threading.Thread(target=lambda: seen.append(clock.now().year))
        thread.start()
        thread.join()
    assert seen == [2023]
