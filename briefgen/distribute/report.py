"""Distribution results and the ledger as plain text for the terminal."""

from __future__ import annotations

from briefgen.distribute.ledger import IN_DOUBT, SENDING, Entry
from briefgen.distribute.send import Report, Result

IN_DOUBT_ADVICE = (
    "the server may have them: ask the readers or the mail server's log, then send"
    " again with --resend-in-doubt"
)

_COLUMNS = ("updated", "status", "tries", "reader", "brief", "message id / detail")


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def result_line(result: Result) -> str:
    """`delivered        Ana Silva <ana@example.org>  Brief title  (detail)`."""
    detail = f"  ({_cut(result.detail, 80)})" if result.detail else ""
    return f"{result.status:<17} {result.reader}  {_cut(result.title, 50)}{detail}"


def summary(report: Report) -> str:
    """One line: how many of each status, and what to do next."""
    counts = ", ".join(f"{n} {status}" for status, n in sorted(report.counts().items()))
    if report.dry_run:
        return f"dry run, nothing sent: {counts or 'nothing to do'}"
    if report.aborted:
        return f"stopped: {report.aborted}; {counts}; run again to send the rest"
    if report.complete:
        return f"every reader has every brief: {counts}"
    if report.counts().get(IN_DOUBT):
        return f"not everything was delivered: {counts}; in doubt: {IN_DOUBT_ADVICE}"
    return f"not everything was delivered: {counts}; see above, then run again to retry"


def status_table(entries: list[Entry]) -> str:
    """The ledger as an aligned table, newest change first."""
    if not entries:
        return "the ledger is empty: nothing has been sent yet\n"
    rows = [
        (
            e.updated.replace("T", " ").removesuffix("+00:00"),
            e.status,
            str(e.attempts),
            _cut(f"{e.reader_name} <{e.reader}>" if e.reader_name else e.reader, 40),
            _cut(e.title, 40),
            _cut(e.detail if e.status != "delivered" else e.message_id, 60),
        )
        for e in entries
    ]
    widths = [max(len(r[i]) for r in [_COLUMNS, *rows]) for i in range(len(_COLUMNS))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in [_COLUMNS, *rows]
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines + _in_doubt_lines(entries)) + "\n"


def _in_doubt_lines(entries: list[Entry]) -> list[str]:
    """Below the table: every message in doubt, and what to do about it."""
    doubtful = [e for e in entries if e.status in (IN_DOUBT, SENDING)]
    if not doubtful:
        return []
    lines = ["", f"{len(doubtful)} message(s) in doubt; {IN_DOUBT_ADVICE}:"]
    for e in doubtful:
        reader = f"{e.reader_name} <{e.reader}>" if e.reader_name else e.reader
        lines.append(f"  in doubt  {reader}  {_cut(e.title, 60)}  {e.message_id}".rstrip())
    return lines
