"""PDF: the text layer, page by page, without running headers, footers and page numbers.

A line is a running header (footer) when it is among the first (last) few lines of most
pages, compared with its digits masked, so "Pagina 3 van 12" and "Jaarplan 2023 - 4"
repeat. Lines of a page number alone are dropped wherever they stand at a page's edge.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter

from ..errors import InputError

_EDGE = 2  # lines at the top and at the bottom of a page that may be a header or footer
_MOST = 0.5  # share of the pages a line must repeat on to be a header or footer
_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|page|blz\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?"
    r"(?:\s*(?:/|van|of|de|sur)\s*\d{1,4})?$",
    re.IGNORECASE,
)


def _key(line: str) -> str:
    return " ".join(_DIGITS.sub("#", line).lower().split())


def _pages(data: bytes) -> list[list[str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:5] == b"%PDF-":
        raise InputError("not a PDF file (no %PDF- header)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("the PDF is encrypted")
        return [(page.extract_text() or "").splitlines() for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as error:
        raise InputError(f"cannot read the PDF: {error}") from None


def _edges(lines: list[str]) -> tuple[list[int], list[int]]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:_EDGE], filled[-_EDGE:]


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """The pages without their running headers, footers and page numbers."""
    top: Counter[str] = Counter()
    bottom: Counter[str] = Counter()
    for lines in pages:
        head, tail = _edges(lines)
        top.update({_key(lines[i]) for i in head})
        bottom.update({_key(lines[i]) for i in tail})
    needed = max(2, int(_MOST * len(pages)) + 1) if len(pages) > 2 else 2
    out = []
    for lines in pages:
        head, tail = _edges(lines)
        drop = {i for i in head if top[_key(lines[i])] >= needed}
        drop |= {i for i in tail if bottom[_key(lines[i])] >= needed}
        drop |= {i for i in head + tail if _PAGE_NUMBER.match(lines[i].strip())}
        out.append([line for i, line in enumerate(lines) if i not in drop])
    return out


def read_pdf(data: bytes, name: str) -> tuple[str, dict[str, str]]:
    pages = _pages(data)
    if not any(line.strip() for lines in pages for line in lines):
        raise InputError("the PDF has no text layer (a scan?); run OCR on it first")
    kept = strip_running_lines(pages)
    text = "\n\n".join("\n".join(line.rstrip() for line in lines).strip("\n") for lines in kept)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text + "\n", {}
