"""Coverage-guided fuzzing (atheris) of every loader registered in `ingest.LOADERS`.

    python tests/fuzz/fuzz_loaders.py                    # each loader for 60 s
    python tests/fuzz/fuzz_loaders.py --seconds 600 --loader .md
    python tests/fuzz/fuzz_loaders.py --list

The loaders come from the registry, so a new loader (HTML, DOCX, PDF, feeds) is
fuzzed as soon as it is registered; seeds are the files with its suffix under tests/
and sources/. The network is off (fuzzed feeds and URL lists name hosts). A crash is
any exception other than `BriefgenError`, an article that
breaks ingest's contract, a file name that is too long, or text that does not come
back from the template's Markdown escaping unchanged (see `check`). libFuzzer saves the input as
`tests/fuzz/crashes/crash-<sha1>`: move it to `tests/fuzz/regressions/<suffix>/`, where
`test_fuzz_regressions.py` replays it on every run, and fix the code.

Each loader runs in its own process (atheris ends the process when it stops); the
summary line per loader gives the number of executions, which CI prints.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(ROOT))

MAX_LEN = 65_536
"""Longest input tried (bytes): long enough for real articles, short enough to be fast."""

# Ingest's promise about every article it returns (ingest/text.py's `normalise`).
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


@contextlib.contextmanager
def network_off() -> Iterator[None]:
    """Fuzzed feeds and .urls lists name hosts: every lookup and connection fails here."""
    import socket

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network is off while fuzzing")

    saved = socket.getaddrinfo, socket.create_connection, socket.socket.connect
    socket.getaddrinfo = socket.create_connection = refuse  # type: ignore[assignment]
    socket.socket.connect = refuse  # type: ignore[method-assign]
    try:
        yield
    finally:
        socket.getaddrinfo, socket.create_connection, socket.socket.connect = saved


def check(suffix: str, data: bytes, folder: Path) -> None:
    """Load `data` as a file with `suffix`; raise if the loader misbehaves."""
    from briefgen.errors import BriefgenError
    from briefgen.ingest import load_file
    from briefgen.model import Article, slug_for
    from briefgen.render import blocks
    from briefgen.render.escape import markdown

    path = folder / f"input{suffix}"
    path.write_bytes(data)
    with network_off():
        loaded = list(load_file(path))
    for item in loaded:
        if isinstance(item, BriefgenError):
            message = str(item)
            assert message and "\n" not in message, f"error message not one line: {message!r}"
            continue
        assert isinstance(item, Article), f"a loader yielded {type(item).__name__}"
        check_article(item, slug_for, blocks, markdown)


def check_article(article, slug_for, blocks, markdown) -> None:  # noqa: ANN001
    """Ingest's promises about one article, and that its text survives the escaping."""
    assert article.sentences, "an article without sentences"
    for number, sentence in enumerate(article.sentences):
        assert sentence.index == number, "sentence indexes are not 0, 1, 2, ..."
        assert sentence.text.strip() == sentence.text != "", f"bad sentence {sentence.text!r}"
        assert not _FORBIDDEN.search(sentence.text), f"control character in {sentence.text!r}"
    assert not _FORBIDDEN.search(article.title), f"control character in {article.title!r}"
    slug = slug_for(article.date, article.title)
    assert len(slug) <= 91 and re.fullmatch(r"[0-9a-z-]+", slug), f"bad file name {slug!r}"
    for text in [article.title, *(s.text for s in article.sentences[:20])]:
        # What the template prints must come back from the Markdown as the same text.
        parsed = blocks.parse(markdown(text))
        if text.strip():
            assert len(parsed) == 1 and isinstance(parsed[0], blocks.Paragraph), parsed
            back = " ".join(blocks.plain_text(parsed[0].spans).split())
            assert back == " ".join(text.split()), f"escaping changed {text!r} to {back!r}"


def loader_suffixes() -> dict[str, str]:
    """One suffix per distinct loader function: {".txt": "briefgen.ingest.plain.load"}."""
    from briefgen.ingest import LOADERS

    chosen: dict[str, str] = {}
    seen = set()
    for suffix, loader in LOADERS.items():
        # `lazy("plain")` makes a new wrapper per suffix; its docstring names the loader.
        key = (loader.__module__, loader.__qualname__, loader.__doc__)
        if key not in seen:
            seen.add(key)
            chosen[suffix] = (loader.__doc__ or loader.__qualname__).strip().splitlines()[0]
    return chosen


def seeds(suffix: str) -> list[Path]:
    """Files with `suffix` (or any suffix of the same loader) under tests/ and sources/."""
    from briefgen.ingest import LOADERS

    def key(loader):  # noqa: ANN001, ANN202
        return (loader.__module__, loader.__qualname__, loader.__doc__)

    same = {s for s, f in LOADERS.items() if key(f) == key(LOADERS[suffix])}
    found = []
    for top in (ROOT / "tests", ROOT / "sources"):
        found += [p for p in top.rglob("*") if p.is_file() and p.suffix.lower() in same]
    regressions = HERE / "regressions" / suffix.lstrip(".")
    if regressions.is_dir():
        found += [p for p in regressions.iterdir() if p.is_file()]
    return sorted(p for p in found if p.stat().st_size <= MAX_LEN)


def fuzz_one(suffix: str, libfuzzer_args: list[str]) -> None:
    """Run atheris on one loader in this process (never returns)."""
    import atheris

    with atheris.instrument_imports():
        import briefgen.ingest  # noqa: F401  (instrumented for coverage, with its loaders)
        import briefgen.render.blocks  # noqa: F401
        import briefgen.render.escape  # noqa: F401

    folder = Path(tempfile.mkdtemp(prefix="briefgen-fuzz-", dir=_fast_tmp()))

    def target(data: bytes) -> None:
        check(suffix, data, folder)

    atheris.Setup([sys.argv[0], *libfuzzer_args], target)
    atheris.Fuzz()


def _fast_tmp() -> str | None:
    return "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None


def run_all(suffixes: list[str], seconds: int, extra: list[str]) -> int:
    """Fuzz each loader in a child process; print one summary line each; 1 on a crash."""
    crashes_dir = HERE / "crashes"
    crashes_dir.mkdir(exist_ok=True)
    failed = False
    total = 0
    for suffix in suffixes:
        corpus = Path(tempfile.mkdtemp(prefix="briefgen-corpus-"))
        for n, seed in enumerate(seeds(suffix)):
            shutil.copy(seed, corpus / f"seed-{n}{seed.suffix}")
        args = [
            f"-max_total_time={seconds}",
            f"-artifact_prefix={crashes_dir}/",
            f"-max_len={MAX_LEN}",
            "-rss_limit_mb=4096",
            "-timeout=20",
            *extra,
            str(corpus),
        ]
        command = [sys.executable, __file__, "--one", suffix, "--", *args]
        done = subprocess.run(command, capture_output=True, text=True)
        log = done.stdout + done.stderr
        runs = re.search(r"Done (\d+) runs in (\d+) second", log)
        count = int(runs.group(1)) if runs else 0
        total += count
        crashed = done.returncode != 0
        failed |= crashed
        verdict = "CRASH (see tests/fuzz/crashes/)" if crashed else "no crash"
        print(f"fuzz {suffix}: {count} executions in {seconds} s, {verdict}", flush=True)
        if crashed:
            print(log[-3000:], file=sys.stderr)
        shutil.rmtree(corpus, ignore_errors=True)
    print(f"fuzz: {total} executions over {len(suffixes)} loader(s)")
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60, help="time budget per loader")
    parser.add_argument("--loader", action="append", help="suffix to fuzz (repeatable)")
    parser.add_argument("--list", action="store_true", help="list the loaders and exit")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("extra", nargs="*", help="arguments passed on to libFuzzer")
    args = parser.parse_args()
    if args.one:
        fuzz_one(args.one, args.extra)
    loaders = loader_suffixes()
    if args.list:
        for suffix, name in loaders.items():
            print(f"{suffix:10} {name}  ({len(seeds(suffix))} seeds)")
        return 0
    unknown = [s for s in args.loader or [] if s not in loaders]
    if unknown:
        parser.error(f"no loader for {unknown[0]} (known: {', '.join(loaders)})")
    return run_all(args.loader or list(loaders), args.seconds, args.extra)


if __name__ == "__main__":
    sys.exit(main())
