"""Ingest: from an original file (txt, md, html, pdf) to the stored text of the corpus.

Each format has a reader that turns the original bytes into the text the graph's offsets
point into; the corpus keeps that text as ``{doc-id}.txt`` and the original's checksum in
the manifest. Readers refuse what they cannot read faithfully (empty files, binary data
posing as text, invalid UTF-8, a PDF without a text layer) with an :class:`InputError`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..corpus import valid_doc_id
from ..errors import InputError
from .html import read_html
from .markdown import read_markdown
from .pdf import read_pdf
from .plain import read_plain

__all__ = ["FORMATS", "Ingested", "TooLarge", "ingest_bytes", "ingest_file"]

Reader = Callable[[bytes, str], tuple[str, dict[str, str]]]

# The reader of each file name suffix: adding a format means adding a line.
FORMATS: dict[str, tuple[str, Reader]] = {
    ".txt": ("txt", read_plain),
    ".text": ("txt", read_plain),
    ".md": ("md", read_markdown),
    ".markdown": ("md", read_markdown),
    ".html": ("html", read_html),
    ".htm": ("html", read_html),
    ".pdf": ("pdf", read_pdf),
}


class TooLarge(InputError):
    http_status = 413
    title = "Document too large"


@dataclass(frozen=True)
class Ingested:
    """A document ready for the corpus: its stored text and where it came from."""

    doc_id: str
    text: str  # the stored text: offsets of the graph count code points of this
    sha256: str  # of the original file's bytes
    format: str  # txt, md, html or pdf
    metadata: dict[str, str] = field(default_factory=dict)  # found in the file (a title)


def ingest_bytes(name: str, data: bytes, *, max_bytes: int | None = None) -> Ingested:
    """Read the original file ``name`` (only its suffix and stem matter) from ``data``."""
    path = Path(name)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted(FORMATS))
        raise InputError(
            f"unknown document format {suffix or '(none)'!r}; use {known}", source=name
        )
    if not valid_doc_id(path.stem):
        raise InputError(
            f"{path.stem!r} is not a usable document id (letters, digits, '_', '.', '-')",
            source=name,
        )
    if max_bytes is not None and len(data) > max_bytes:
        raise TooLarge(f"{len(data)} bytes, more than the limit of {max_bytes}", source=name)
    fmt, reader = FORMATS[suffix]
    try:
        text, metadata = reader(data, name)
    except InputError as error:
        error.source = error.source or name
        raise
    if not text.strip():
        raise InputError("no text left once the markup is removed", source=name)
    return Ingested(path.stem, text, hashlib.sha256(data).hexdigest(), fmt, metadata)


def ingest_file(path: Path, *, max_bytes: int | None = None) -> Ingested:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise InputError(f"cannot read the file: {error.strerror}", source=str(path)) from None
    if max_bytes is not None and size > max_bytes:
        raise TooLarge(f"{size} bytes, more than the limit of {max_bytes}", source=str(path))
    return ingest_bytes(str(path), path.read_bytes(), max_bytes=max_bytes)
