"""How long does it take to send one brief to 200 readers? (run by hand)

    python benchmarks/distribute_200.py [--readers 200] [--runs 3]

Renders a real brief with the policy-brief template (PDF with embedded fonts), starts
an SMTP server on 127.0.0.1 (aiosmtpd, accepting everything), and times
`briefgen.distribute.send.distribute` end to end: cover notes, MIME messages, SMTP over
one connection, and two synced ledger commits per message. Each run uses a fresh
ledger. Only loopback traffic; the server stops when the script ends.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aiosmtpd.controller import Controller  # noqa: E402

from briefgen.config import load_config  # noqa: E402
from briefgen.distribute.briefs import find_briefs  # noqa: E402
from briefgen.distribute.lists import load_list  # noqa: E402
from briefgen.distribute.send import distribute  # noqa: E402
from briefgen.model import (  # noqa: E402
    Brief,
    Citation,
    Engine,
    Outcome,
    Point,
    Section,
    Source,
    brief_to_dict,
    slug_for,
)
from briefgen.render import render  # noqa: E402
from briefgen.render.templates import load_template  # noqa: E402


class Sink:
    def __init__(self) -> None:
        self.count = 0
        self.bytes = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        self.bytes += len(envelope.original_content or b"")
        return "250 OK"


def sample_brief() -> Brief:
    """A made-up two-page brief (no text from any real article)."""
    cite = (Citation("s1", 0),)
    line = "The council's finance committee weighed the levy against the harbour budget."
    points = tuple(Point(f"{line} Point {n}.", cite) for n in range(5))
    sections = tuple(
        Section(key, key.title(), points) for key in ("proposal", "supporters", "opponents")
    ) + (Section("outcome", "Outcome", points[:2]),)
    day = dt.date(2024, 5, 1)
    title = "Harbour levy vote postponed"
    return Brief(
        title=title,
        date=day,
        slug=slug_for(day, title),
        summary="The levy was postponed to June; the harbour budget is unchanged.",
        proposal="A levy on harbour traffic, proposed by the finance committee.",
        sections=sections,
        actors=(),
        quotes=(),
        outcome=Outcome("postponed", "The vote moved to June.", cite),
        sources=(Source("s1", "Harbour levy", day, None, None, "made-up.txt"),),
        engine=Engine("benchmark", "0"),
    )


def prepare(project: Path, readers: int, port: int) -> None:
    out = project / "output"
    (out / ".briefgen").mkdir(parents=True)
    brief = sample_brief()
    pdf = out / f"{brief.slug}.pdf"
    pdf.write_bytes(render(brief, load_template(None), ["pdf"])["pdf"])
    record = {"briefs": [{"brief": brief_to_dict(brief), "files": {"pdf": str(pdf)}}]}
    (out / ".briefgen" / "last-make.json").write_text(json.dumps(record))
    recipients = [f"Reader {i} <reader{i}@example.org>" for i in range(readers)]
    (project / "briefgen.toml").write_text(
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
        f'sender = "Briefing Unit <briefs@example.org>"\n\n'
        f"[lists.readers]\nrecipients = {json.dumps(recipients)}\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    times = []
    try:
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as folder:
                project = Path(folder)
                prepare(project, args.readers, port)
                config = load_config(project / "briefgen.toml")
                briefs = find_briefs(None, project / "output")
                readers = load_list("readers", config)
                start = time.perf_counter()
                report = distribute(briefs, readers, config)
                times.append(time.perf_counter() - start)
                assert report.complete, report.counts()
                pdf_size = briefs[0].pdf.stat().st_size
    finally:
        controller.stop()
    median = statistics.median(times)
    print(
        f"{args.readers} readers, PDF {pdf_size / 1024:.0f} KiB, message"
        f" {sink.bytes / sink.count / 1024:.0f} KiB: median {median:.2f} s"
        f" ({median / args.readers * 1000:.1f} ms per message) over {args.runs} runs;"
        f" all runs: {', '.join(f'{t:.2f}' for t in times)} s"
    )


if __name__ == "__main__":
    main()
