"""distribute: rendered briefs → readers (email, publish), recorded in a ledger."""
