"""distribute: rendered briefs → readers.

Email to distribution lists (`lists` → `mail` → `smtp`, every delivery recorded in the
`ledger`), or a static briefing library on disk (`publish`). `briefs` finds which
brief a PDF is; `send` runs a distribution from plan to report.
"""
