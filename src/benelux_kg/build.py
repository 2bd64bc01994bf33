"""The pipeline: corpus -> text -> extraction -> quads -> validated store."""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad, QuerySolutions, Store

from .corpus import Document, load_corpus
from .docs import DocsRendering, docs_are_current, write_ontology_docs
from .errors import ValidationFailed
from .extract import Extraction, Extractor
from .graph import document_quads
from .namespaces import BKG, DCTERMS, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from .reference import parse_turtle
from .resources import ontology_file, reference_file
from .store import current_name, open_read_only, publish, writer_lock
from .validate import Report, validate_store


@dataclass
class BuildSummary:
    documents: int = 0
    characters: int = 0
    mentions: int = 0
    entities: int = 0
    quads: int = 0
    extract_seconds: float = 0.0
    total_seconds: float = 0.0
    generation: Path | None = None
    report: Report | None = None
    per_document: dict[str, int] = field(default_factory=dict)


def file_quads(path: Path, graph: NamedNode) -> Iterator[Quad]:
    for s, p, o in parse_turtle(path):
        yield Quad(s, p, o, graph)  # type: ignore[arg-type]


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


def build(
    corpus_dir: Path,
    store_dir: Path,
    *,
    validate: bool = True,
    progress: Progress | None = None,
) -> BuildSummary:
    """Build the store from every document of ``corpus_dir``; publish only if it conforms."""
    started = time.perf_counter()
    summary = BuildSummary()
    documents = load_corpus(corpus_dir)
    # The ontology's documentation is rendered in another process while the documents are
    # extracted, and written only once the store is published.
    docs = None if docs_are_current(store_dir) else DocsRendering()
    try:
        extractor = Extractor.from_files()
        extractions = extract_all(documents, extractor, progress)
    except BaseException:
        if docs is not None:
            docs.close()
        raise
    summary.extract_seconds = time.perf_counter() - started

    fixed = [
        *file_quads(ontology_file(), ONTOLOGY_GRAPH),
        *file_quads(reference_file(), REFERENCE_GRAPH),
    ]
    for doc, extraction in zip(documents, extractions, strict=True):
        summary.per_document[doc.doc_id] = len(extraction.mentions)
        summary.mentions += len(extraction.mentions)
        summary.characters += len(doc.text)
    summary.documents = len(documents)
    summary.entities = len({e.iri.value for x in extractions for e in x.entities})

    def quads() -> Iterator[Quad]:
        # Made while the store takes them: a large corpus's quads never sit in one list.
        yield from fixed
        summary.quads = len(fixed)
        for doc, extraction in zip(documents, extractions, strict=True):
            for quad in document_quads(doc, extraction):
                summary.quads += 1
                yield quad

    def check(store: Store) -> None:
        if not validate:
            return
        # Per named graph, on every core for a large store (see benelux_kg.validate).
        report = validate_store(store)
        summary.report = report
        if not report.conforms():
            first = report.violations[0]
            where = f" (in {first.locations[0].describe()})" if first.locations else ""
            raise ValidationFailed(
                f"{len(report.violations)} SHACL violation(s); the previous store stays in "
                f"service. First: {first.focus}{where}: {first.message} "
                "(`benelux-kg validate` on the previous store, or `benelux-kg export` and "
                "`benelux-kg validate FILE`, lists them all)"
            )

    # Awaited before publishing, so a pyLODE failure leaves the store in service as it was.
    html = docs.result() if docs is not None else None
    summary.generation = publish(store_dir, quads(), check)
    if html is not None:
        write_ontology_docs(store_dir, html)
    summary.total_seconds = time.perf_counter() - started
    return summary


@dataclass(frozen=True)
class Inventory:
    """The documents and the extracted entities of a store, to say what a rebuild changed."""

    documents: frozenset[str] = frozenset()
    entities: frozenset[str] = frozenset()

    @classmethod
    def of(cls, store: Store) -> Inventory:
        def column(query: str) -> frozenset[str]:
            rows = store.query(query)
            assert isinstance(rows, QuerySolutions)
            return frozenset(str(row[0].value) for row in rows)

        return cls(
            column(
                f"SELECT DISTINCT ?i WHERE {{ GRAPH ?g {{ ?d a <{BKG}SourceDocument> ; "
                f"<{DCTERMS}identifier> ?i }} }}"
            ),
            column(f"SELECT DISTINCT ?e WHERE {{ GRAPH ?g {{ ?m <{BKG}refersTo> ?e }} }}"),
        )


@dataclass(frozen=True)
class Rebuilt:
    summary: BuildSummary
    before: Inventory
    after: Inventory
    recovered: list[str]

    def changes(self) -> dict[str, int]:
        b, a = self.before, self.after
        return {
            "documents added": len(a.documents - b.documents),
            "documents removed": len(b.documents - a.documents),
            "entities added": len(a.entities - b.entities),
            "entities removed": len(b.entities - a.entities),
        }


def rebuild(
    corpus_dir: Path,
    store_dir: Path,
    *,
    validate: bool = True,
    progress: Progress | None = None,
) -> Rebuilt:
    """Build again from the corpus (after recovering any unfinished change), and compare."""
    from .update import LOCK_WAIT, recover

    with writer_lock(store_dir, wait=LOCK_WAIT):
        recovered = recover(corpus_dir, store_dir) if current_name(store_dir) else []
        before = Inventory.of(open_read_only(store_dir)) if current_name(store_dir) else Inventory()
        summary = build(corpus_dir, store_dir, validate=validate, progress=progress)
        after = Inventory.of(open_read_only(store_dir))
    return Rebuilt(summary, before, after, recovered)
