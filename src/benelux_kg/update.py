"""Add, replace and remove one document of a built store, atomically.

The steps of a change, under the store's writer lock:

1. recover whatever a killed change left behind (see :func:`recover`);
2. read the new document and extract it (the same extractor as a build: entity IRIs come
   from the reference data and the slug rules, so a new mention of a known entity is
   linked to the existing one, and no IRI ever changes);
3. stage the new stored text and manifest in ``corpus/.pending/{change}/``, with an
   intent file naming the generation that will hold the change;
4. derive that generation from the one in service (a checkpoint of hard links: constant
   cost), replace the document's named graph there, and validate what changed;
5. put the generation in service: the one atomic rename that commits the change;
6. move the staged text and manifest into the corpus.

Killed before 5, the store is as before and recovery discards the staged files and the
unfinished generation; killed after it, the store is as after and recovery finishes 6.
"""

from __future__ import annotations

import functools
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import rdflib
from pyoxigraph import NamedNode, QuerySolutions, QueryTriples, RdfFormat, Store, serialize

from .corpus import (
    METADATA_KEYS,
    Document,
    StagedChange,
    apply_staged,
    discard_staged,
    read_manifest,
    stage,
    staged_changes,
    valid_doc_id,
)
from .errors import InputError, ValidationFailed
from .extract import Extractor
from .graph import document_quads
from .ingest import Ingested, ingest_file
from .namespaces import BKG, DCTERMS, PROV, document_graph
from .parallel import extract_guarded
from .resources import reference_file
from .store import (
    add_quads,
    current_name,
    derive,
    discard,
    new_generation_name,
    open_read_only,
    put_in_service,
    remove_named_graph,
    writer_lock,
)
from .validate import Report, validate_graph

LOCK_WAIT = 60.0  # seconds a change waits for another writer to finish


class DuplicateDocument(InputError):
    http_status = 409
    title = "Duplicate document"


class UnknownDocument(InputError):
    http_status = 404
    title = "No such document"


@dataclass
class UpdateSummary:
    """What one change did to the graph."""

    action: str  # added, replaced or removed
    doc_id: str
    generation: str = ""
    mentions: int = 0
    quads: int = 0
    entities_added: list[str] = field(default_factory=list)  # new to the graph
    entities_merged: list[str] = field(default_factory=list)  # already known, now linked
    entities_removed: list[str] = field(default_factory=list)  # no document supports them
    validation: str = "skipped"
    warnings: int = 0
    seconds: float = 0.0

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        return (
            f"{self.action} {self.doc_id}: {self.mentions} mentions, {self.quads} quads; "
            f"entities {len(self.entities_added)} added, {len(self.entities_merged)} merged, "
            f"{len(self.entities_removed)} removed; validation {self.validation}"
            f"{f' ({self.warnings} warnings)' if self.warnings else ''}; "
            f"{self.seconds:.2f} s"
        )


@functools.lru_cache(maxsize=4)
def _extractor(reference: Path, mtime: float) -> Extractor:
    return Extractor.from_files(reference)


def extractor() -> Extractor:
    """The extractor of the current reference data, built once per process."""
    path = reference_file()
    return _extractor(path, path.stat().st_mtime)


def parse_metadata(pairs: Iterable[str]) -> dict[str, str]:
    """``["title=Jaarplan", ...]`` as a dict, refusing keys the manifest does not know."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or key.strip() not in METADATA_KEYS:
            raise InputError(
                f"metadata must be KEY=VALUE with KEY one of {', '.join(METADATA_KEYS)}: {pair!r}"
            )
        out[key.strip()] = value.strip()
    return out


def add_file(
    corpus_dir: Path,
    store_dir: Path,
    path: Path,
    metadata: dict[str, str] | None = None,
    *,
    max_bytes: int | None = None,
    validate: bool = True,
) -> UpdateSummary:
    return add_document(
        corpus_dir, store_dir, ingest_file(path, max_bytes=max_bytes), metadata, validate=validate
    )


def add_document(
    corpus_dir: Path,
    store_dir: Path,
    ingested: Ingested,
    metadata: dict[str, str] | None = None,
    *,
    validate: bool = True,
) -> UpdateSummary:
    """Add ``ingested`` to the corpus and the store, or replace the document of its id."""
    started = time.perf_counter()
    doc_id = ingested.doc_id
    with writer_lock(store_dir, wait=LOCK_WAIT):
        recover(corpus_dir, store_dir)
        current = open_read_only(store_dir)
        same = _document_with_checksum(current, ingested.sha256)
        if same is not None:
            raise DuplicateDocument(
                f"the same file (sha256 {ingested.sha256[:12]}...) is already document {same}",
                source=doc_id,
            )
        replacing = current.contains_named_graph(document_graph(doc_id))
        del current
        manifest = read_manifest(corpus_dir)
        known = manifest.get(doc_id, {}) if replacing else {}
        entry = {**ingested.metadata, **known, **(metadata or {})}
        entry.update(sha256=ingested.sha256, format=ingested.format)
        doc = Document(
            doc_id,
            ingested.text,
            corpus_dir / f"{doc_id}.txt",
            ingested.sha256,
            {k: v for k, v in entry.items() if k in METADATA_KEYS},
        )
        extraction = extract_guarded(extractor(), doc)
        quads = list(document_quads(doc, extraction))
        summary = UpdateSummary("replaced" if replacing else "added", doc_id)
        summary.mentions = len(extraction.mentions)
        graph = document_graph(doc_id)
        new_entities = {e.iri.value for e in extraction.entities}

        def change(store: Store) -> None:
            before = _entities_of(store, graph)
            if replacing:
                remove_named_graph(store, graph)
            add_quads(store, quads)
            summary.quads = _count(store, graph)
            elsewhere = _known_elsewhere(store, new_entities | before, graph)
            summary.entities_added = sorted(new_entities - elsewhere)
            summary.entities_merged = sorted(new_entities & elsewhere)
            summary.entities_removed = sorted(before - new_entities - elsewhere)
            if validate:
                _check(summary, _validate(store, graph, new_entities))

        _commit(
            corpus_dir,
            store_dir,
            summary,
            change,
            texts={doc_id: ingested.text},
            manifest={**manifest, doc_id: entry},
        )
    summary.seconds = time.perf_counter() - started
    return summary


def remove_document(
    corpus_dir: Path, store_dir: Path, doc_id: str, *, validate: bool = True
) -> UpdateSummary:
    """Remove a document: its named graph, and so every entity only it supported."""
    started = time.perf_counter()
    if not valid_doc_id(doc_id):
        raise UnknownDocument(f"{doc_id!r} is not a document id", source=str(store_dir))
    graph = document_graph(doc_id)
    with writer_lock(store_dir, wait=LOCK_WAIT):
        recover(corpus_dir, store_dir)
        if not open_read_only(store_dir).contains_named_graph(graph):
            raise UnknownDocument(f"no document {doc_id!r} in the store", source=str(store_dir))
        manifest = read_manifest(corpus_dir)
        manifest.pop(doc_id, None)
        summary = UpdateSummary("removed", doc_id)

        def change(store: Store) -> None:
            before = _entities_of(store, graph)
            summary.quads = _count(store, graph)
            remove_named_graph(store, graph)
            elsewhere = _known_elsewhere(store, before, graph)
            summary.entities_removed = sorted(before - elsewhere)
            if validate:
                _check(summary, _validate(store, None, elsewhere))

        _commit(corpus_dir, store_dir, summary, change, removed=[doc_id], manifest=manifest)
    summary.seconds = time.perf_counter() - started
    return summary


def _commit(
    corpus_dir: Path,
    store_dir: Path,
    summary: UpdateSummary,
    change: Callable[[Store], None],
    *,
    manifest: dict[str, dict[str, str]],
    texts: dict[str, str] | None = None,
    removed: list[str] | None = None,
) -> None:
    name = new_generation_name(store_dir)
    staged = stage(
        corpus_dir,
        f"{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}",
        texts=texts or {},
        removed=removed or [],
        manifest=manifest,
        intent={"generation": name, "store": str(store_dir.resolve()), "doc_id": summary.doc_id},
    )
    try:
        derive(store_dir, name, change)
    except BaseException:
        discard_staged(staged)
        raise
    put_in_service(store_dir, name)  # the commit point
    apply_staged(corpus_dir, staged)
    summary.generation = name


def recover(corpus_dir: Path, store_dir: Path) -> list[str]:
    """Finish or undo the changes a killed process left staged; say what was done.

    A change whose generation is in service is finished (its files moved into the
    corpus); any other is undone (its staged files and its generation deleted).
    """
    done: list[str] = []
    store = str(store_dir.resolve())
    with writer_lock(store_dir, wait=LOCK_WAIT):
        for staged in staged_changes(corpus_dir):
            intent = staged.intent
            if intent is not None and intent.get("store") != store:
                continue  # staged for another store built from this corpus
            done.append(_recover_one(corpus_dir, store_dir, staged))
    return done


def _recover_one(corpus_dir: Path, store_dir: Path, staged: StagedChange) -> str:
    intent = staged.intent
    if intent is None:
        discard_staged(staged)
        return f"removed the unfinished staging {staged.directory.name}"
    generation = str(intent.get("generation", ""))
    if generation and generation == current_name(store_dir):
        apply_staged(corpus_dir, staged)
        return f"finished the change of {intent.get('doc_id')}"
    if generation:
        discard(store_dir, generation)
    discard_staged(staged)
    return f"undid the unfinished change of {intent.get('doc_id')}"


# --- Queries on the store ----------------------------------------------------------------


def _document_with_checksum(store: Store, sha256: str) -> str | None:
    query = f"""SELECT ?id WHERE {{ GRAPH ?g {{
        ?d <{BKG}sha256> "{sha256}" ; <{DCTERMS}identifier> ?id }} }} LIMIT 1"""
    rows = store.query(query)
    assert isinstance(rows, QuerySolutions)
    for row in rows:
        return str(row["id"].value)
    return None


def _entities_of(store: Store, graph: NamedNode) -> set[str]:
    rows = store.query(
        f"SELECT DISTINCT ?e WHERE {{ GRAPH <{graph.value}> {{ ?m <{BKG}refersTo> ?e }} }}"
    )
    assert isinstance(rows, QuerySolutions)
    return {row["e"].value for row in rows}


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in sorted(iris))


def _known_elsewhere(store: Store, entities: set[str], graph: NamedNode) -> set[str]:
    """The entities some graph other than ``graph`` says something about."""
    if not entities:
        return set()
    rows = store.query(
        f"""SELECT DISTINCT ?e WHERE {{ VALUES ?e {{ {_values(entities)} }}
            GRAPH ?h {{ ?e ?p ?o }} FILTER (?h != <{graph.value}>) }}"""
    )
    assert isinstance(rows, QuerySolutions)
    return {row["e"].value for row in rows}


def _count(store: Store, graph: NamedNode) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, graph))


def _validate(store: Store, graph: NamedNode | None, entities: set[str]) -> Report:
    """Validate a change: the nodes of the document's graph and its entities, with what
    every graph says of the entities (their provenance from other documents aside: it
    grows with the corpus and no shape needs more than one), and the types of what they
    point at. Those neighbours are there for ``sh:class``; they are not checked themselves
    (their own descriptions are not all there), so their results are left out.
    """
    own = f"{{ GRAPH <{graph.value}> {{ ?s ?p ?o }} }} UNION" if graph is not None else ""
    other = f"FILTER (?h != <{graph.value}>)" if graph is not None else ""
    query = f"""CONSTRUCT {{ ?s ?p ?o . ?o a ?t }} WHERE {{
        {own}
        {{ VALUES ?s {{ {_values(entities)} }} GRAPH ?h {{ ?s ?p ?o }}
           FILTER (?p != <{PROV}wasDerivedFrom>) {other} }}
        OPTIONAL {{ GRAPH ?k {{ ?o a ?t }} }} }}"""
    triples = store.query(query)
    assert isinstance(triples, QueryTriples)
    data = rdflib.Graph()
    data.parse(data=serialize(triples, format=RdfFormat.N_TRIPLES), format="nt")
    focus = set(entities)
    if graph is not None:
        quads = store.quads_for_pattern(None, None, None, graph)
        focus |= {q.subject.value for q in quads if isinstance(q.subject, NamedNode)}
    report = validate_graph(data)
    return Report(tuple(r for r in report.results if r.focus in focus))


def _check(summary: UpdateSummary, report: Report) -> None:
    summary.warnings = len(report.warnings)
    if not report.conforms():
        first = report.violations[0]
        summary.validation = f"{len(report.violations)} violation(s)"
        raise ValidationFailed(
            f"{len(report.violations)} SHACL violation(s); nothing was changed. "
            f"First: {first.focus}: {first.message}",
            source=summary.doc_id,
        )
    summary.validation = "conforms"


def document_ids(store_dir: Path) -> list[str]:
    """The ids of the documents in service."""
    rows = open_read_only(store_dir).query(
        f"""SELECT ?id WHERE {{ GRAPH ?g {{ ?d a <{BKG}SourceDocument> ;
            <{DCTERMS}identifier> ?id }} }} ORDER BY ?id"""
    )
    assert isinstance(rows, QuerySolutions)
    return [str(row["id"].value) for row in rows]


__all__ = [
    "DuplicateDocument",
    "UnknownDocument",
    "UpdateSummary",
    "add_document",
    "add_file",
    "document_ids",
    "parse_metadata",
    "recover",
    "remove_document",
]
