"""The pipeline: corpus -> text -> extraction -> quads -> validated store."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad, QuerySolutions, Store

from .corpus import Document, load_corpus
from .docs import docs_are_current, render_ontology_docs, write_ontology_docs
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


def extract_all(
    documents: list[Document], extractor: Extractor, progress: Progress | None = None
) -> list[Extraction]:
    out = []
    for done, doc in enumerate(documents, start=1):
        out.append(extractor.extract(doc))
        if progress is not None:
            progress(doc.doc_id, done, len(documents))
    return out


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
    extractor = Extractor.from_files()
    extractions = extract_all(documents, extractor, progress)
    summary.extract_seconds = time.perf_counter() - started

    quads: list[Quad] = [
        *file_quads(ontology_file(), ONTOLOGY_GRAPH),
        *file_quads(reference_file(), REFERENCE_GRAPH),
    ]
    for doc, extraction in zip(documents, extractions, strict=True):
        quads.extend(document_quads(doc, extraction))
        summary.per_document[doc.doc_id] = len(extraction.mentions)
        summary.mentions += len(extraction.mentions)
        summary.characters += len(doc.text)
    summary.documents = len(documents)
    summary.entities = len({e.iri.value for x in extractions for e in x.entities})
    summary.quads = len(quads)

    def check(store: Store) -> None:
        if not validate:
            return
        report = validate_store(store)
        summary.report = report
        if not report.conforms():
            first = report.violations[0]
            raise ValidationFailed(
                f"{len(report.violations)} SHACL violation(s); the previous store stays in "
                f"service. First: {first.focus}: {first.message}"
            )

    # Rendered before publishing, so a pyLODE failure leaves the store in service as it was.
    docs = None if docs_are_current(store_dir) else render_ontology_docs()
    summary.generation = publish(store_dir, quads, check)
    if docs is not None:
        write_ontology_docs(store_dir, docs)
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
