"""Human-readable documentation of the ontology, written by pyLODE when the store is built.

The page lives beside the generations, at ``{store}/docs/ontology.html``, and is served at
``/ontology``. It is rendered again only when the ontology file changes: a sidecar holds the
sha256 of the Turtle it was made from.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from .errors import BkgError, InputError
from .reference import parse_turtle
from .resources import ontology_file

DOCS = "docs"


def ontology_docs_path(store_dir: Path) -> Path:
    return store_dir / DOCS / "ontology.html"


def _digest_path(store_dir: Path) -> Path:
    return ontology_docs_path(store_dir).with_suffix(".sha256")


def _digest(ontology: Path) -> str:
    return hashlib.sha256(ontology.read_bytes()).hexdigest()


def docs_are_current(store_dir: Path, ontology: Path | None = None) -> bool:
    digest = _digest_path(store_dir)
    return (
        ontology_docs_path(store_dir).is_file()
        and digest.is_file()
        and digest.read_text(encoding="ascii").strip() == _digest(ontology or ontology_file())
    )


def render_ontology_docs(ontology: Path | None = None) -> str:
    """The ontology as one self-contained HTML page (pyLODE's OntPub profile, CSS inlined)."""
    from pylode import OntPub

    source = ontology or ontology_file()
    parse_turtle(source)  # a syntax error names file and line; pyLODE would only exit
    # pyLODE logs its progress on the root logger; keep a build's output to what we print.
    root = logging.getLogger()
    level = root.level
    root.setLevel(logging.WARNING)
    try:
        html: str = OntPub(ontology=str(source)).make_html(include_css=True)
    except (Exception, SystemExit) as error:  # pyLODE raises or exits on what it cannot render
        message = f"pyLODE cannot document the ontology: {error}"
        raise BkgError(message, source=str(source)) from None
    finally:
        root.setLevel(level)
    return html


def write_ontology_docs(store_dir: Path, html: str, ontology: Path | None = None) -> Path:
    """Write ``html`` (and the digest of the ontology it documents) atomically."""
    target = ontology_docs_path(store_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    for path, text in (
        (target, html),
        (_digest_path(store_dir), _digest(ontology or ontology_file()) + "\n"),
    ):
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    return target


_Rendered = tuple[str, str | None, int | None, bool]  # html or message, source, line, ok


def _render_in_worker(ontology: str | None) -> _Rendered:
    """The page, or the error's parts: an error crosses the process boundary as plain
    values (an exception with keyword arguments does not survive pickling)."""
    try:
        return render_ontology_docs(Path(ontology) if ontology else None), None, None, True
    except InputError as error:
        return error.message, error.source, error.line, False
    except BkgError as error:
        return error.message, error.source, None, False


class DocsRendering:
    """:func:`render_ontology_docs` in another process (spawned: the caller may have threads),
    so that a build renders the documentation while it extracts the documents."""

    def __init__(self, ontology: Path | None = None) -> None:
        self._pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
        self._future: Future[_Rendered] = self._pool.submit(
            _render_in_worker, str(ontology) if ontology else None
        )

    def result(self) -> str:
        try:
            text, source, line, ok = self._future.result()
        finally:
            self.close()
        if ok:
            return text
        if line is not None:  # the ontology does not parse
            raise InputError(text, source=source, line=line)
        raise BkgError(text, source=source)

    def close(self) -> None:
        self._future.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)
