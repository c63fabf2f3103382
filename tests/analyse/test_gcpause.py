"""The collector pause: safe only because analysis makes no cyclic garbage; always undone."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from briefgen.analyse import analyse
from briefgen.analyse.gcpause import collector_paused
from briefgen.ingest import load_sources
from briefgen.model import Story

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev"


def _stories() -> list[Story]:
    articles, _ = load_sources([ROOT / "sources"])
    stories = [Story(tuple(articles))]
    if DEV.is_dir():  # real articles where they lie; one story of all of them too
        dev, _ = load_sources(sorted(DEV.glob("*.txt")))
        stories += [Story((a,)) for a in dev] + [Story(tuple(dev))]
    return stories


def test_analysis_leaves_no_cyclic_garbage_for_the_collector_to_find() -> None:
    # The pause relies on this: were the engine to make cycles, they would pile up
    # until the end of the analysis. gc.collect() counts what only it could free.
    for story in _stories():
        gc.collect()
        was = gc.isenabled()
        gc.disable()
        try:
            analyse(story)
            found = gc.collect()
        finally:
            if was:
                gc.enable()
        assert found == 0, f"{story.articles[0].path}: {found} objects in cycles"


def test_the_collector_runs_again_after_an_analysis_even_one_that_fails() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()
    analyse(_stories()[0])
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


@pytest.mark.parametrize("main_first", [True, False])
def test_overlapping_pauses_in_threads_restore_the_collector_only_at_the_end(
    main_first: bool,
) -> None:
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with collector_paused():
            inside.set()
            release.wait(10)

    worker = threading.Thread(target=hold)
    with collector_paused():
        if main_first:  # the other thread begins while this one holds the pause
            worker.start()
            inside.wait(10)
    if not main_first:
        worker.start()
        inside.wait(10)
        with collector_paused():
            pass
    assert not gc.isenabled(), "the other thread still analyses"
    release.set()
    worker.join(10)
    assert gc.isenabled()
