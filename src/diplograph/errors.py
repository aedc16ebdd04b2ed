"""The errors diplograph raises.

The library never exits the process: it raises one of these, and the CLI turns
each into a one-line message and the exit code documented in the README
(1: the work failed or the graph is invalid; 2: bad invocation).
"""

from __future__ import annotations


class DiplographError(Exception):
    """Base class: a failure a user can act on, with a one-line message."""

    exit_code = 1


class InputError(DiplographError):
    """The article, facts file or RDF file cannot be read as what it claims to be."""


class FactsError(InputError):
    """A facts file is malformed; the message names the file, line and field."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.source, self.line, self.field = source, line, field
        where = source or "facts"
        if line is not None:
            where = f"{where}:{line}"
        prefix = f"{where}: {field}: " if field else f"{where}: "
        super().__init__(prefix + message)


class UsageError(DiplographError):
    """An option value that makes no sense (an unknown format, a bad date)."""

    exit_code = 2


class ValidationFailed(DiplographError):
    """The graph violates the SHACL shapes; ``report`` holds the findings."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class OutputError(DiplographError):
    """The output cannot be written where it was asked to go."""
