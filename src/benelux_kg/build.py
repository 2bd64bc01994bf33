"""The pipeline: corpus -> text -> extraction -> quads -> validated store."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from pyoxigraph import NamedNode, Quad, QuerySolutions, Store

from .corpus import load_corpus
from .docs import DocsRendering, docs_are_current, write_ontology_docs
from .errors import ValidationFailed
from .extract import Extraction, Extractor
from .graph import document_quads
from .namespaces import BKG, DCTERMS, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from .parallel import (
    PARALLEL_MIN_CHARACTERS,
    Progress,
    extract_all,
    extract_one,
    extraction_workers,
    graph_of,
    map_documents,
)
from .reference import parse_turtle
from .resources import ontology_file, reference_file
from .store import current_name, open_read_only, publish, writer_lock
from .validate import Report, validate_store

__all__ = [  # the extraction helpers live in .parallel, which workers import alone
    "PARALLEL_MIN_CHARACTERS",
    "BuildSummary",
    "Progress",
    "build",
    "extract_all",
    "extraction_workers",
]


@dataclass
class BuildSummary:
    documents: int = 0
    characters: int = 0
    mentions: int = 0
    entities: int = 0
    quads: int = 0
    extract_seconds: float = 0.0  # until the last document was extracted (and loaded)
    validate_seconds: float = 0.0
    total_seconds: float = 0.0
    generation: Path | None = None
    report: Report | None = None
    per_document: dict[str, int] = field(default_factory=dict)


def file_quads(path: Path, graph: NamedNode) -> Iterator[Quad]:
    for s, p, o in parse_turtle(path):
        yield Quad(s, p, o, graph)  # type: ignore[arg-type]


def build(
    corpus_dir: Path,
    store_dir: Path,
    *,
    validate: bool = True,
    progress: Progress | None = None,
) -> BuildSummary:
    """Build the store from every document of ``corpus_dir``; publish only if it conforms.

    With a large corpus, the store loads each document's quads as soon as an extraction
    worker has made them, so that loading overlaps extraction.
    """
    started = time.perf_counter()
    summary = BuildSummary()
    documents = load_corpus(corpus_dir)
    summary.documents = len(documents)
    summary.characters = sum(len(doc.text) for doc in documents)
    extractor = Extractor.from_files()
    # The ontology's documentation is rendered in another process while the documents are
    # extracted, and written only once the store is published.
    docs = None if docs_are_current(store_dir) else DocsRendering()
    html: str | None = None
    fixed = [
        *file_quads(ontology_file(), ONTOLOGY_GRAPH),
        *file_quads(reference_file(), REFERENCE_GRAPH),
    ]
    entities: set[str] = set()

    def counted(doc_id: str, mentions: int, quads: int, iris: Iterable[str]) -> None:
        summary.per_document[doc_id] = mentions
        summary.mentions += mentions
        summary.quads += quads
        entities.update(iris)

    def extracted() -> None:
        summary.entities = len(entities)
        summary.extract_seconds = time.perf_counter() - started

    def chunks() -> Iterator[bytes]:
        # Made by the extraction workers; read by the store's bulk loader as they come.
        for _, graph in map_documents(documents, extractor, graph_of, progress):
            counted(graph.doc_id, graph.mentions, graph.quads, graph.entities)
            yield graph.nquads
        extracted()

    def quads() -> Iterator[Quad]:
        # In one process, quads go to the store as they are made, without N-Quads between.
        for i, extraction in map_documents(documents, extractor, extract_one, progress):
            doc = documents[i]
            made = list(document_quads(doc, extraction))
            counted(doc.doc_id, len(extraction.mentions), len(made), _iris(extraction))
            yield from made
        extracted()

    def check(store: Store) -> None:
        nonlocal html
        checked = time.perf_counter()
        if validate:
            # Per named graph, on every core for a large store (see benelux_kg.validate).
            report = validate_store(store)
            summary.report = report
            if not report.conforms():
                first = report.violations[0]
                where = f" (in {first.locations[0].describe()})" if first.locations else ""
                raise ValidationFailed(
                    f"{len(report.violations)} SHACL violation(s); the previous store stays "
                    f"in service. First: {first.focus}{where}: {first.message} "
                    "(`benelux-kg validate` on the previous store, or `benelux-kg export` "
                    "and `benelux-kg validate FILE`, lists them all)"
                )
        summary.validate_seconds = time.perf_counter() - checked
        # Awaited before publishing, so a pyLODE failure leaves the store in service as it was.
        html = docs.result() if docs is not None else None

    try:
        summary.quads = len(fixed)
        if extraction_workers(documents) > 1:
            summary.generation = publish(store_dir, fixed, check, nquads=chunks())
        else:
            summary.generation = publish(store_dir, chain(fixed, quads()), check)
    finally:
        if docs is not None:
            docs.close()
    if html is not None:
        write_ontology_docs(store_dir, html)
    summary.total_seconds = time.perf_counter() - started
    return summary


def _iris(extraction: Extraction) -> Iterator[str]:
    return (e.iri.value for e in extraction.entities)


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
