"""The pipeline: corpus -> text -> extraction -> quads -> validated store."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import NamedNode, Quad, Store

from .corpus import Document, load_corpus
from .errors import ValidationFailed
from .extract import Extraction, Extractor
from .graph import document_quads
from .namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from .reference import parse_turtle
from .resources import ontology_file, reference_file
from .store import publish
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


def extract_all(documents: list[Document], extractor: Extractor) -> list[Extraction]:
    return [extractor.extract(doc) for doc in documents]


def build(corpus_dir: Path, store_dir: Path, *, validate: bool = True) -> BuildSummary:
    """Build the store from every document of ``corpus_dir``; publish only if it conforms."""
    started = time.perf_counter()
    summary = BuildSummary()
    documents = load_corpus(corpus_dir)
    extractor = Extractor.from_files()
    extractions = extract_all(documents, extractor)
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

    summary.generation = publish(store_dir, quads, check)
    summary.total_seconds = time.perf_counter() - started
    return summary
