"""The errors diplograph raises.

The library never exits the process: it raises one of these, and the CLI turns
each into a one-line message and the exit code documented in the README
(1: the work failed or the graph is invalid; 2: bad invocation).
"""

from __future__ import annotations

import unicodedata


def one_line(message: str) -> str:
    """The message with line breaks and control characters written as escapes (``\\n``, ``\\x1b``).

    Messages quote file names and words of the input, which may hold any character: a
    newline in a file name must not split the message, nor an escape sequence drive the
    user's terminal.
    """
    return "".join(c.encode("unicode_escape").decode("ascii")
                   if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in message)


class DiplographError(Exception):
    """Base class: a failure a user can act on, with a one-line message."""

    exit_code = 1

    def __init__(self, message: str = "") -> None:
        super().__init__(one_line(message))


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
