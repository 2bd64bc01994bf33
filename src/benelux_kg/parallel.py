"""Extraction of a whole corpus, on every core when it is large.

Worker processes import this module, the extractor and the graph mapping only: not the
build, the validator or rdflib, which they do not need (pySHACL and rdflib alone cost a
worker ~0.8 s to start).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TypeVar

from pyoxigraph import NamedNode, Quad, RdfFormat, serialize

from .corpus import Document
from .errors import BkgError, ExtractionFailed
from .extract import Extraction, Extractor
from .graph import document_quads
from .namespaces import document_graph
from .store import with_merged_default

Progress = Callable[[str, int, int], None]  # (document id, done, total)
T = TypeVar("T")


# Below this many characters (about three seconds of extraction) starting worker processes
# costs more than it saves.
PARALLEL_MIN_CHARACTERS = 1_000_000
_worker_extractor: Extractor | None = None


def _start_extract_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def _in_worker(task: Callable[[Extractor, Document], T], doc: Document) -> T:
    assert _worker_extractor is not None, "the extraction worker was not initialised"
    return task(_worker_extractor, doc)


@dataclass(frozen=True)
class DocumentGraph:
    """What a build keeps of one document: a few counts, and its quads as N-Quads."""

    doc_id: str
    mentions: int
    entities: frozenset[str]  # the IRIs of what it mentions
    quads: int  # in the document's named graph
    nquads: bytes  # those quads, and each one's triple in the default graph (the merge)


def graph_of(extractor: Extractor, doc: Document) -> DocumentGraph:
    """Extract ``doc`` and serialise its graph: the work a build gives an extraction worker.

    The worker makes the quads too, and sends them as N-Quads, which Oxigraph's bulk loader
    reads without creating a Python object per quad: in the build process, making and
    loading two million quads one Python object at a time costs as much as extracting.
    """
    extraction = extractor.extract(doc)
    quads = list(document_quads(doc, extraction))
    nquads = merged_nquads(quads, document_graph(doc.doc_id))
    return DocumentGraph(
        doc.doc_id,
        len(extraction.mentions),
        frozenset(e.iri.value for e in extraction.entities),
        len(quads),
        nquads,
    )


def merged_nquads(quads: list[Quad], graph: NamedNode) -> bytes:
    """N-Quads of ``quads``, each also in the default graph (see
    :func:`benelux_kg.store.with_merged_default`). When every quad is in ``graph``, the
    default graph's lines are the named ones without their graph term: a byte replacement,
    three times cheaper than making and serialising a second Python object per quad."""
    named = serialize(quads, format=RdfFormat.N_QUADS)
    assert named is not None  # without an output, serialize returns the bytes
    # A line ends with its graph term; a literal's line break is escaped as \n.
    suffix = f" {graph} .\n".encode()
    if named.count(b"\n") == named.count(suffix):
        return named + named.replace(suffix, b" .\n")
    merged = serialize(with_merged_default(quads), format=RdfFormat.N_QUADS)
    assert merged is not None
    return merged


def extract_one(extractor: Extractor, doc: Document) -> Extraction:
    """The task of extracting one document (see :func:`map_documents`)."""
    return extractor.extract(doc)


def extraction_workers(documents: list[Document]) -> int:
    """How many processes to extract ``documents`` with: every core, for a large corpus."""
    if len(documents) < 2 or sum(len(d.text) for d in documents) < PARALLEL_MIN_CHARACTERS:
        return 1
    return max(1, min(len(os.sched_getaffinity(0)), len(documents)))


def extract_all(
    documents: list[Document],
    extractor: Extractor,
    progress: Progress | None = None,
    *,
    workers: int | None = None,
) -> list[Extraction]:
    """Extract every document, in the order given (see :func:`map_documents`)."""
    done = dict(map_documents(documents, extractor, extract_one, progress, workers=workers))
    return [done[i] for i in range(len(documents))]


@contextmanager
def failure_named(doc: Document) -> Iterator[None]:
    """An error that is no BkgError, raised by work on ``doc``, becomes ExtractionFailed
    naming the document: a bug in benelux-kg, not a stack trace for the user."""
    try:
        yield
    except BkgError:
        raise
    except Exception as error:
        raise ExtractionFailed(
            f"the extractor failed on this document ({type(error).__name__}: {error}); this "
            "is a bug in benelux-kg, not in the document: please report it with the "
            "document. Nothing was published",
            source=str(doc.path),
        ) from error


def extract_guarded(extractor: Extractor, doc: Document) -> Extraction:
    """``extractor.extract(doc)``, a failure of which names the document (ExtractionFailed)."""
    with failure_named(doc):
        return extractor.extract(doc)


def map_documents(
    documents: list[Document],
    extractor: Extractor,
    task: Callable[[Extractor, Document], T],
    progress: Progress | None = None,
    *,
    workers: int | None = None,
) -> Iterator[tuple[int, T]]:
    """``(index, task(extractor, document))`` for every document, as each is done.

    A document's extraction depends on nothing but the document and the extractor, so a
    large corpus is spread over ``workers`` processes (default: every core once the corpus
    is large, see :func:`extraction_workers`) with the same result as one process.
    ``task`` must be a module-level function, which a worker process can import.
    """
    workers = extraction_workers(documents) if workers is None else max(1, workers)
    if workers == 1:
        for done, doc in enumerate(documents, start=1):
            with failure_named(doc):
                result = task(extractor, doc)
            if progress is not None:
                progress(doc.doc_id, done, len(documents))
            yield done - 1, result
        return
    # Longest first, so that no process is left with one long document at the end; "spawn"
    # because a build may run inside a server with threads, which forking would not copy.
    order = sorted(range(len(documents)), key=lambda i: -len(documents[i].text))
    pool = ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_extract_worker,
        initargs=(extractor,),
    )
    try:
        pending = {pool.submit(_in_worker, task, documents[i]): i for i in order}
        for done, future in enumerate(as_completed(pending), start=1):
            i = pending[future]
            with failure_named(documents[i]):
                result = future.result()
            if progress is not None:
                progress(documents[i].doc_id, done, len(documents))
            yield i, result
    finally:
        # A consumer that stops early (a failed load) does not wait for the whole corpus.
        pool.shutdown(wait=True, cancel_futures=True)
