"""Extraction of a whole corpus, on every core when it is large.

Worker processes import this module and the extractor only: not the build, the validator or
the store, which they do not need (pySHACL and rdflib alone cost a worker ~0.8 s to start).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed

from .corpus import Document
from .extract import Extraction, Extractor

Progress = Callable[[str, int, int], None]  # (document id, done, total)


# Below this many characters (about three seconds of extraction) starting worker processes
# costs more than it saves.
PARALLEL_MIN_CHARACTERS = 1_000_000
_worker_extractor: Extractor | None = None


def _start_extract_worker(extractor: Extractor) -> None:
    global _worker_extractor
    _worker_extractor = extractor


def _extract_in_worker(doc: Document) -> Extraction:
    assert _worker_extractor is not None, "the extraction worker was not initialised"
    return _worker_extractor.extract(doc)


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
    """Extract every document, in the order given.

    A document's extraction depends on nothing but the document and the extractor, so a
    large corpus is spread over ``workers`` processes (default: every core once the corpus
    is large, see :func:`extraction_workers`) with the same result as one process.
    """
    workers = extraction_workers(documents) if workers is None else max(1, workers)
    out: list[Extraction | None] = [None] * len(documents)
    if workers == 1:
        for done, doc in enumerate(documents, start=1):
            out[done - 1] = extractor.extract(doc)
            if progress is not None:
                progress(doc.doc_id, done, len(documents))
        return [x for x in out if x is not None]
    # Longest first, so that no process is left with one long document at the end; "spawn"
    # because a build may run inside a server with threads, which forking would not copy.
    order = sorted(range(len(documents)), key=lambda i: -len(documents[i].text))
    with ProcessPoolExecutor(
        workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_extract_worker,
        initargs=(extractor,),
    ) as pool:
        pending = {pool.submit(_extract_in_worker, documents[i]): i for i in order}
        for done, future in enumerate(as_completed(pending), start=1):
            i = pending[future]
            out[i] = future.result()
            if progress is not None:
                progress(documents[i].doc_id, done, len(documents))
    return [x for x in out if x is not None]
