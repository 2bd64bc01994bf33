"""The one exception hierarchy of benelux-kg.

The CLI maps these to exit codes and a one-line message; the HTTP layer maps them to a
status code and an ``application/problem+json`` body. Nothing else should reach a user.
"""

from __future__ import annotations


class BkgError(Exception):
    """Base class of every error benelux-kg reports to a user."""

    exit_code = 2
    http_status = 500
    title = "Error"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.source:
            where = f"{self.source}:{self.line}: " if self.line else f"{self.source}: "
        return f"{where}{self.message}"


class InputError(BkgError):
    """A document, manifest or RDF file that cannot be read as what it claims to be."""

    http_status = 400
    title = "Bad input"


class QueryError(BkgError):
    """A SPARQL query that does not parse, or that the endpoint refuses to run."""

    http_status = 400
    title = "Malformed query"

    def __init__(self, message: str, *, position: tuple[int, int] | None = None):
        super().__init__(message)
        self.position = position


class StoreError(BkgError):
    """The store is missing, locked or unreadable."""

    http_status = 503
    title = "Store unavailable"


class ValidationFailed(BkgError):
    """The graph does not conform to the shapes; the store was not published."""

    exit_code = 1
    http_status = 422
    title = "Validation failed"


class ExtractionFailed(BkgError):
    """The extractor failed on a document: a bug in benelux-kg, not in the document. The
    message names the document, so that it can be reported; nothing was published."""

    exit_code = 3
    http_status = 500
    title = "Extraction failed"
