"""One error tree. The CLI turns every `BriefgenError` into one line and an exit code.

Messages are written for the user: what went wrong, where (file, line, key), and
what to do about it.
"""

from __future__ import annotations


class BriefgenError(Exception):
    """Base class of every error briefgen reports to the user (exit code 1)."""

    exit_code = 1


class UsageError(BriefgenError):
    """The command line asked for something that does not exist (exit code 2)."""

    exit_code = 2


class SourceError(BriefgenError):
    """A source could not be read or understood."""


class AnalysisError(BriefgenError):
    """The engine could not make a brief from the sources."""


class TemplateError(BriefgenError):
    """A template is missing, invalid, or failed while rendering."""


class RenderError(BriefgenError):
    """An output file could not be produced or written."""


class DistributionError(BriefgenError):
    """A brief could not be delivered."""


class ConfigError(BriefgenError):
    """briefgen.toml or a template's settings are invalid."""
